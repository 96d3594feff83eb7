"""Wording development batch k2 (compliant texts by others, second look): reproducible, read by the evaluation
with its labels, and shaped as promised (two thirds compliant, every category present)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_k2
from benchmarks.eval import JUDGED_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevK2(WordingBatchTests):
    SET = make_wording_dev_k2.HERE / make_wording_dev_k2.OUTPUT
    write = staticmethod(make_wording_dev_k2.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        assert len(records) >= 80
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.6 <= compliant / len(records) <= 0.72
        per_category = Counter(c for r in records for c in r["labels"])
        assert all(per_category[c] >= 3 for c in JUDGED_CATEGORIES)
