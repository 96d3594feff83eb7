"""Wording development batch o (the families the first tuning round left): reproducible,
read by the evaluation with its labels, and shaped as promised (about six in ten violating, every category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_o
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevO(WordingBatchTests):
    SET = make_wording_dev_o.HERE / make_wording_dev_o.OUTPUT
    write = staticmethod(make_wording_dev_o.write)

    def test_six_in_ten_violating_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 105, (0.55, 0.65), 4, violating=True)
