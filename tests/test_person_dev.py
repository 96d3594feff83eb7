"""The PERSON development set: reproducible, names where the script marks them, and a script that refuses a
mark left open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.data.make_person_dev import DEV_FILE, HERE, MESSAGES, NAME_MARK, record, write_dev
from benchmarks.eval import read_messages

DEV = HERE / DEV_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write_dev(tmp_path).read_bytes() == DEV.read_bytes(), "stale: rerun python -m benchmarks.data.make_person_dev"


def test_entity_offsets_point_at_the_marked_names(records: list[dict]) -> None:
    assert 60 <= len(records) <= 80
    assert len({r["message_id"] for r in records}) == len(records)
    for (_, _, _, marked), written in zip(MESSAGES, records, strict=True):
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == NAME_MARK.findall(marked)
        assert {e["entity_type"] for e in written["entities"]} <= {"PERSON"}, written["message_id"]


def test_set_holds_near_misses_without_a_name(records: list[dict]) -> None:
    assert sum(not r["entities"] for r in records) >= 12


def test_a_mark_left_open_is_refused() -> None:
    with pytest.raises(ValueError, match="x99"):
        record("x99", "sms", "debtor", "[[王建国]]您好，[[李红梅的借款已逾期。")


def test_every_record_reads_as_a_contract_message(records: list[dict]) -> None:
    messages = read_messages(DEV)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert all(m.turns for m in messages if m.channel == "call")
