"""Wording development batch m2 (the lawful voices, precision side, second reading, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (about two thirds compliant, every judged category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_m2
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevM2(WordingBatchTests):
    SET = make_wording_dev_m2.HERE / make_wording_dev_m2.OUTPUT
    write = staticmethod(make_wording_dev_m2.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 90, (0.60, 0.72), 3)
