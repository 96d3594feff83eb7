"""Wording development batch d (issue 9): reproducible, read by the evaluation with its labels, and shaped as
promised (both halves, every wording category, third-party messages marked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.data.make_wording_dev_d import HERE, OUTPUT, write
from benchmarks.eval import JUDGED_CATEGORIES, WORDING_CATEGORIES, load_labelled, read_messages

BATCH = HERE / OUTPUT


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with BATCH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write(tmp_path).read_bytes() == BATCH.read_bytes(), "stale: rerun python -m benchmarks.data.make_wording_dev_d"


def test_every_record_loads_through_the_evaluation(records: list[dict]) -> None:
    messages = read_messages(BATCH)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert len(set(r["message_id"] for r in records)) == len(records)
    assert all(r["message_id"].startswith("WD-") for r in records)
    assert len(load_labelled(BATCH, "labels")) == len(records)


def test_labels_are_judged_categories_and_cover_every_wording_category(records: list[dict]) -> None:
    for record in records:
        assert set(record["labels"]) <= set(JUDGED_CATEGORIES), record["message_id"]
        assert record["labels"] == sorted(set(record["labels"])), record["message_id"]
    assert {label for r in records for label in r["labels"]} >= set(WORDING_CATEGORIES)


@pytest.mark.parametrize(("prefix", "smallest"), [("WD-0", 60), ("WD-2", 40)])
def test_each_batch_is_half_violating_and_half_compliant_near_misses(records: list[dict], prefix: str,
                                                                      smallest: int) -> None:
    batch = [r for r in records if r["message_id"].startswith(prefix)]
    violating = sum(1 for r in batch if r["labels"])
    assert smallest <= len(batch) <= 80
    assert abs(violating - (len(batch) - violating)) <= len(batch) // 8


def test_a_disclosure_is_labelled_only_on_messages_to_a_third_party(records: list[dict]) -> None:
    for record in records:
        if "pii.third_party_disclosure" in record["labels"]:
            assert record["recipient_type"] == "third_party", record["message_id"]
