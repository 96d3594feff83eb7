"""Wording development batch g (lawful text written by others): reproducible, read by the evaluation with its
labels, and shaped as promised (about two thirds compliant hard negatives, violating twins in every wording
category, messages to third parties among them)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_wording_dev_g
from tests.set_support import WordingBatchTests


class TestWordingDevG(WordingBatchTests):
    SET = make_wording_dev_g.HERE / make_wording_dev_g.OUTPUT
    write = staticmethod(make_wording_dev_g.write)

    def test_two_thirds_compliant_and_every_category_violated(self, records: list[dict]) -> None:
        assert len(records) >= 240
        compliant = sum(1 for r in records if not r["labels"])
        assert 0.62 <= compliant / len(records) <= 0.70
        per_category = Counter(c for r in records for c in r["labels"])
        assert per_category["misleading.legal"] >= 50
        assert all(per_category[c] >= 3 for c in ("abuse.insult", "threat.violence", "threat.third_party",
                                                 "threat.exposure", "misleading.impersonation",
                                                 "coercion.debt_rollover", "pii.third_party_disclosure"))
        assert sum(1 for r in records if r["recipient_type"] == "third_party") >= 10
