"""Wording development batch k2 (compliant texts by others, second look): reproducible, read by the evaluation
with its labels, and shaped as promised (two thirds compliant, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_k2
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevK2(WordingBatchTests):
    SET = make_wording_dev_k2.HERE / make_wording_dev_k2.OUTPUT
    write = staticmethod(make_wording_dev_k2.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 80, (0.6, 0.72), 3)
