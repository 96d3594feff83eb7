"""Wording development batch n2 (the rules' recall on others' texts, second reading): reproducible,
read by the evaluation with its labels, and shaped as promised (about two thirds violating, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_n2
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevN2(WordingBatchTests):
    SET = make_wording_dev_n2.HERE / make_wording_dev_n2.OUTPUT
    write = staticmethod(make_wording_dev_n2.write)

    def test_two_thirds_violating_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 100, (0.60, 0.72), 4, violating=True)
