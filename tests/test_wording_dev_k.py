"""Wording development batch k (compliant texts by others, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (two thirds compliant, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_k
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevK(WordingBatchTests):
    SET = make_wording_dev_k.HERE / make_wording_dev_k.OUTPUT
    write = staticmethod(make_wording_dev_k.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 190, (0.6, 0.72), 8)
