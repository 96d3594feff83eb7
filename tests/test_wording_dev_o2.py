"""Wording development batch o (the families the first tuning round left, second reading): reproducible,
read by the evaluation with its labels, and shaped as promised (about six in ten violating, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_o2
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevO2(WordingBatchTests):
    SET = make_wording_dev_o2.HERE / make_wording_dev_o2.OUTPUT
    write = staticmethod(make_wording_dev_o2.write)

    def test_six_in_ten_violating_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 40, (0.52, 0.65), 2, violating=True)
