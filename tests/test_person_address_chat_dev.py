"""The ADDRESS leftovers batch of Dec 4 (`address_chat_dev.jsonl`, issue 14): reproducible, addresses where the
script marks them, near misses kept, every record a contract message. (Named test_person_* as the PERSON
batches' tests are: one owner for the informal batches of issue 14.)"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.data import make_address_chat_dev
from benchmarks.data.make_person_dev import HERE
from benchmarks.eval import read_messages

BATCH = HERE / make_address_chat_dev.ADDRESS_CHAT_DEV_FILE


def _records() -> list[dict]:
    with BATCH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert make_address_chat_dev.write_address_chat_dev(tmp_path).read_bytes() == BATCH.read_bytes()


def test_entity_offsets_point_at_the_marked_addresses() -> None:
    records = _records()
    assert 35 <= len(records) <= 45
    assert len({r["message_id"] for r in records}) == len(records)
    for (_, _, _, marked), written in zip(make_address_chat_dev.MESSAGES, records, strict=True):
        marks = make_address_chat_dev.ADDRESS_MARK.findall(marked)
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == marks
        assert {e["entity_type"] for e in written["entities"]} <= {"ADDRESS"}


def test_batch_holds_near_misses_without_an_address() -> None:
    assert sum(not r["entities"] for r in _records()) >= 15


def test_every_record_reads_as_a_contract_message() -> None:
    assert [m.message_id for m in read_messages(BATCH)] == [r["message_id"] for r in _records()]
