"""Wording development batch e (issue 9): reproducible, read by the evaluation with its labels, and shaped as
promised (half violating, every wording category, the guarantor and group-chat families present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.data.make_wording_dev_e import HERE, OUTPUT, write
from benchmarks.eval import JUDGED_CATEGORIES, WORDING_CATEGORIES, load_labelled, read_messages

BATCH = HERE / OUTPUT


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with BATCH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write(tmp_path).read_bytes() == BATCH.read_bytes(), "stale: rerun python -m benchmarks.data.make_wording_dev_e"


def test_every_record_loads_through_the_evaluation(records: list[dict]) -> None:
    messages = read_messages(BATCH)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert len({r["message_id"] for r in records}) == len(records) >= 120
    assert len(load_labelled(BATCH, "labels")) == len(records)


def test_labels_are_judged_categories_and_cover_every_wording_category(records: list[dict]) -> None:
    for record in records:
        assert set(record["labels"]) <= set(JUDGED_CATEGORIES), record["message_id"]
    assert {label for r in records for label in r["labels"]} >= set(WORDING_CATEGORIES)


def batch_of(record: dict) -> int:
    """1 for WE-001…, 2 for WE-201…, 3 for WE-301…"""
    number = int(record["message_id"].removeprefix("WE-"))
    return 1 if number < 200 else number // 100


def first_batch(record: dict) -> bool:
    return batch_of(record) == 1


@pytest.mark.parametrize(("batch_number", "smallest"), [(1, 120), (2, 50), (3, 40)])
def test_each_batch_is_half_violating_and_half_compliant_near_misses(records: list[dict], batch_number: int,
                                                                      smallest: int) -> None:
    batch = [r for r in records if batch_of(r) == batch_number]
    violating = sum(1 for r in batch if r["labels"])
    assert len(batch) >= smallest
    assert abs(violating - (len(batch) - violating)) <= len(batch) // 8


def test_signed_guarantors_are_compliant_third_party_messages(records: list[dict]) -> None:
    guarantors = [r for r in records if first_batch(r)
                  and ("保证人" in r.get("text", "") or "担保人" in "".join(t["text"] for t in r.get("turns", [])))]
    assert len(guarantors) == 2
    assert all(r["recipient_type"] == "third_party" and r["labels"] == [] for r in guarantors)
