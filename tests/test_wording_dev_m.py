"""Wording development batch m (the lawful voices, precision side, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (about two thirds compliant, every judged category present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_m
from tests.set_support import WordingBatchTests, check_size_share_and_categories


class TestWordingDevM(WordingBatchTests):
    SET = make_wording_dev_m.HERE / make_wording_dev_m.OUTPUT
    write = staticmethod(make_wording_dev_m.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        check_size_share_and_categories(records, 190, (0.60, 0.72), 5)
