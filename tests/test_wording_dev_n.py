"""Wording development batch n (the rules' recall on others' texts after D to G were released): reproducible,
read by the evaluation with its labels, and shaped as promised (about two thirds violating, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_n
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevN(WordingBatchTests):
    SET = make_wording_dev_n.HERE / make_wording_dev_n.OUTPUT
    write = staticmethod(make_wording_dev_n.write)

    def test_two_thirds_violating_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 190, (0.60, 0.72), 4, violating=True)
