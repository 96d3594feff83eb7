"""Wording development batch f (lawful legal consequences): reproducible, read by the evaluation with its
labels, and shaped as promised (about two thirds compliant, the false legal claims present)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.data.make_wording_dev_f import HERE, OUTPUT, write
from benchmarks.eval import JUDGED_CATEGORIES, load_labelled, read_messages

BATCH = HERE / OUTPUT


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write(tmp_path).read_bytes() == BATCH.read_bytes(), "stale: rerun python -m benchmarks.data.make_wording_dev_f"


def test_every_record_loads_with_judged_labels_and_two_thirds_are_compliant() -> None:
    records = [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines()]
    assert [m.message_id for m in read_messages(BATCH)] == [r["message_id"] for r in records]
    assert len(load_labelled(BATCH, "labels")) == len(records) >= 60
    assert all(set(r["labels"]) <= set(JUDGED_CATEGORIES) for r in records)
    compliant = sum(1 for r in records if not r["labels"])
    legal = sum(1 for r in records if "misleading.legal" in r["labels"])
    assert 0.6 <= compliant / len(records) <= 0.72 and legal >= 25
