"""The fourth conduct development set (issue 11): reproducible, contract calls the evaluation reads, labels on
the agent turn where each category shows, and shaped as promised (size, compliant share, every category,
robot keypad answers, agencies, call forms, overlapping speech, recipients)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from audit.message import Message
from benchmarks.data.make_conduct_dev4 import DEV4_FILE, HERE, write_dev4
from tests.conduct_set_support import (
    check_balance,
    check_contract_calls,
    check_labels,
    check_no_full_identifiers,
    check_read_by_evaluation,
    overlapping_turns,
    read_calls,
    read_records,
)

SET = HERE / DEV4_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return read_records(SET)


@pytest.fixture(scope="module")
def calls() -> list[Message]:
    return read_calls(SET)


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_dev4(tmp_path)
    assert written.read_bytes() == SET.read_bytes(), "stale: rerun python -m benchmarks.data.make_conduct_dev4"


def test_every_record_loads_as_a_contract_call(calls: list[Message], records: list[dict]) -> None:
    check_contract_calls(calls, records)
    assert all(message.turns[0].speaker == "agent" for message in calls)
    assert all(message.message_id.startswith("D4-") for message in calls)


def test_the_conduct_evaluation_reads_the_set_with_its_labels(records: list[dict]) -> None:
    check_read_by_evaluation(SET, records)


def test_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(calls: list[Message]) -> None:
    check_labels(calls)


def test_size_compliant_share_and_every_category(records: list[dict]) -> None:
    check_balance(records, 60, 8)


def test_keypad_answers_agencies_forms_overlaps_and_recipients(calls: list[Message], records: list[dict]) -> None:
    keypad = [m for m in calls if any(t.speaker != "agent" and t.text.strip()[:1] in {"1", "2", "3"} for t in m.turns)]
    assert len(keypad) >= 8, "robot scripts answered with a bare key"
    assert sum("委托" in m.turns[0].text for m in calls) >= 5, "agencies that say whom they act for"
    as_text = [record for record in records if "text" in record]
    timed = [record for record in records if "turns" in record and "start" in record["turns"][0]]
    assert as_text and timed
    assert overlapping_turns(records) >= 2, "speech that starts before the previous turn ends"
    recipients = Counter(record.get("recipient_type", "absent") for record in records)
    assert set(recipients) == {"debtor", "third_party", "unknown", "absent"}


def test_no_full_identifiers(records: list[dict]) -> None:
    check_no_full_identifiers(records)
