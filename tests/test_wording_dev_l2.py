"""Wording development batch l2 (the rules' recall, second reading, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (about two thirds violating, every judged category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_l2
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevL2(WordingBatchTests):
    SET = make_wording_dev_l2.HERE / make_wording_dev_l2.OUTPUT
    write = staticmethod(make_wording_dev_l2.write)

    def test_two_thirds_violating_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 100, (0.60, 0.72), 4, violating=True)
