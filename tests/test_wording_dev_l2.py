"""Wording development batch l2 (the rules' recall, second reading, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (about two thirds violating, every judged category present)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_l2
from benchmarks.eval import JUDGED_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevL2(WordingBatchTests):
    SET = make_wording_dev_l2.HERE / make_wording_dev_l2.OUTPUT
    write = staticmethod(make_wording_dev_l2.write)

    def test_two_thirds_violating_and_every_category_present(self, records: list[dict]) -> None:
        assert len(records) >= 100
        violating = sum(1 for r in records if r["labels"])
        assert 0.60 <= violating / len(records) <= 0.72
        per_category = Counter(c for r in records for c in r["labels"])
        assert all(per_category[c] >= 4 for c in JUDGED_CATEGORIES)
