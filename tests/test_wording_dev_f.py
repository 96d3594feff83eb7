"""Wording development batch f (lawful legal consequences): reproducible, read by the evaluation with its
labels, and shaped as promised (about two thirds compliant, the false legal claims present)."""

from __future__ import annotations

from benchmarks.data import make_wording_dev_f
from tests.set_support import WordingBatchTests


class TestWordingDevF(WordingBatchTests):
    SET = make_wording_dev_f.HERE / make_wording_dev_f.OUTPUT
    write = staticmethod(make_wording_dev_f.write)

    def test_two_thirds_compliant_and_the_false_legal_claims_present(self, records: list[dict]) -> None:
        assert len(records) >= 60
        compliant = sum(1 for r in records if not r["labels"])
        legal = sum(1 for r in records if "misleading.legal" in r["labels"])
        assert 0.6 <= compliant / len(records) <= 0.72 and legal >= 25
