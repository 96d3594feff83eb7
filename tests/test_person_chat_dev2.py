"""The second informal PERSON batch: reproducible, names where the script marks them, near misses kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.data.make_person_chat_dev2 import CHAT_DEV2_FILE, MESSAGES, write_chat_dev2
from benchmarks.data.make_person_dev import HERE, NAME_MARK
from benchmarks.eval import read_messages

BATCH = HERE / CHAT_DEV2_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with BATCH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write_chat_dev2(tmp_path).read_bytes() == BATCH.read_bytes(), \
        "stale: rerun python -m benchmarks.data.make_person_chat_dev2"


def test_entity_offsets_point_at_the_marked_names(records: list[dict]) -> None:
    assert 140 <= len(records) <= 170
    assert len({r["message_id"] for r in records}) == len(records)
    assert all(r["message_id"].startswith("person-chat2-") for r in records)
    for (_, _, _, marked), written in zip(MESSAGES, records, strict=True):
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == NAME_MARK.findall(marked)
        assert {e["entity_type"] for e in written["entities"]} <= {"PERSON"}, written["message_id"]


def test_batch_holds_near_misses_without_a_name(records: list[dict]) -> None:
    assert sum(not r["entities"] for r in records) >= 40


def test_every_record_reads_as_a_contract_message(records: list[dict]) -> None:
    messages = read_messages(BATCH)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert all(m.turns for m in messages if m.channel == "call")
