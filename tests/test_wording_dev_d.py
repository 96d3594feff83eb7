"""Wording development batch d (issue 9): reproducible, read by the evaluation with its labels, and shaped as
promised (both halves, every wording category, third-party messages marked)."""

from __future__ import annotations

import pytest

from benchmarks.data import make_wording_dev_d
from benchmarks.eval import WORDING_CATEGORIES
from tests.set_support import WordingBatchTests


class TestWordingDevD(WordingBatchTests):
    SET = make_wording_dev_d.HERE / make_wording_dev_d.OUTPUT
    write = staticmethod(make_wording_dev_d.write)

    def test_ids_and_every_wording_category(self, records: list[dict]) -> None:
        assert all(r["message_id"].startswith("WD-") for r in records)
        assert {label for r in records for label in r["labels"]} >= set(WORDING_CATEGORIES)

    @pytest.mark.parametrize(("prefix", "smallest"), [("WD-0", 60), ("WD-2", 40)])
    def test_each_batch_is_half_violating_and_half_compliant_near_misses(self, records: list[dict], prefix: str,
                                                                          smallest: int) -> None:
        batch = [r for r in records if r["message_id"].startswith(prefix)]
        violating = sum(1 for r in batch if r["labels"])
        assert smallest <= len(batch) <= 80
        assert abs(violating - (len(batch) - violating)) <= len(batch) // 8

    def test_a_disclosure_is_labelled_only_on_messages_to_a_third_party(self, records: list[dict]) -> None:
        for record in records:
            if "pii.third_party_disclosure" in record["labels"]:
                assert record["recipient_type"] == "third_party", record["message_id"]
