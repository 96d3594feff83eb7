"""Wording development batch k (compliant texts by others, in others' voices): reproducible, read by the
evaluation with its labels, and shaped as promised (two thirds compliant, every category present)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_k
from benchmarks.eval import JUDGED_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevK(WordingBatchTests):
    SET = make_wording_dev_k.HERE / make_wording_dev_k.OUTPUT
    write = staticmethod(make_wording_dev_k.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        assert len(records) >= 190
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.6 <= compliant / len(records) <= 0.72
        per_category = Counter(c for r in records for c in r["labels"])
        assert all(per_category[c] >= 8 for c in JUDGED_CATEGORIES)
