"""Wording development batches i and i2 (lawful wording by others): reproducible, read by the evaluation with its labels,
and shaped as promised (two thirds compliant hard negatives, every category present)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_i, make_wording_dev_i2
from benchmarks.eval import JUDGED_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevI(WordingBatchTests):
    SET = make_wording_dev_i.HERE / make_wording_dev_i.OUTPUT
    write = staticmethod(make_wording_dev_i.write)

    def test_two_thirds_compliant_and_every_category_present(self, records: list[dict]) -> None:
        assert len(records) >= 240
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.62 <= compliant / len(records) <= 0.70
        per_category = Counter(c for r in records for c in r["labels"])
        assert all(per_category[c] >= 5 for c in JUDGED_CATEGORIES)


class TestWordingDevI2(WordingBatchTests):
    SET = make_wording_dev_i2.HERE / make_wording_dev_i2.OUTPUT
    write = staticmethod(make_wording_dev_i2.write)

    def test_two_thirds_compliant(self, records: list[dict]) -> None:
        assert len(records) >= 80
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.62 <= compliant / len(records) <= 0.70
