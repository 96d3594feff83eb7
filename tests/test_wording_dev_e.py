"""Wording development batch e (issue 9): reproducible, read by the evaluation with its labels, and shaped as
promised (half violating, every wording category, the guarantor and group-chat families present)."""

from __future__ import annotations

import pytest

from benchmarks.data import make_wording_dev_e
from benchmarks.eval import WORDING_CATEGORIES
from tests.set_support import WordingBatchTests


def batch_of(record: dict) -> int:
    """1 for WE-001…, 2 for WE-201…, 3 for WE-301…"""
    number = int(record["message_id"].removeprefix("WE-"))
    return 1 if number < 200 else number // 100


class TestWordingDevE(WordingBatchTests):
    SET = make_wording_dev_e.HERE / make_wording_dev_e.OUTPUT
    write = staticmethod(make_wording_dev_e.write)

    def test_size_and_every_wording_category(self, records: list[dict]) -> None:
        assert len(records) >= 120
        assert {label for r in records for label in r["labels"]} >= set(WORDING_CATEGORIES)

    @pytest.mark.parametrize(("batch_number", "smallest"), [(1, 120), (2, 50), (3, 40)])
    def test_each_batch_is_half_violating_and_half_compliant_near_misses(self, records: list[dict], batch_number: int,
                                                                          smallest: int) -> None:
        batch = [r for r in records if batch_of(r) == batch_number]
        violating = sum(1 for r in batch if r["labels"])
        assert len(batch) >= smallest
        assert abs(violating - (len(batch) - violating)) <= len(batch) // 8

    def test_signed_guarantors_are_compliant_third_party_messages(self, records: list[dict]) -> None:
        guarantors = [r for r in records if batch_of(r) == 1
                      and ("保证人" in r.get("text", "") or "担保人" in "".join(t["text"] for t in r.get("turns", [])))]
        assert len(guarantors) == 2
        assert all(r["recipient_type"] == "third_party" and r["labels"] == [] for r in guarantors)
