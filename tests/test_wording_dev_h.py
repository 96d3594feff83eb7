"""Wording development batch h (the classifier, in others' voices): reproducible, read by the evaluation with
its labels, and shaped as promised (half compliant, every category present)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_h
from benchmarks.eval import JUDGED_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevH(WordingBatchTests):
    SET = make_wording_dev_h.HERE / make_wording_dev_h.OUTPUT
    write = staticmethod(make_wording_dev_h.write)

    def test_half_compliant_and_every_category_present(self, records: list[dict]) -> None:
        assert len(records) >= 200
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.45 <= compliant / len(records) <= 0.55
        per_category = Counter(c for r in records for c in r["labels"])
        assert all(per_category[c] >= 10 for c in JUDGED_CATEGORIES)
