"""The second held-out conduct call set (issue 11): reproducible, contract calls the evaluation reads,
labels on the speaker and turn where each category shows, and shaped as promised (size, compliant share,
every category, call forms, timings, lengths, recipients)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from audit.message import Message
from benchmarks.data.make_conduct_heldout_b import HELDOUT_FILE, HERE, write_heldout
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

SET = HERE / HELDOUT_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return read_records(SET)


@pytest.fixture(scope="module")
def calls() -> list[Message]:
    return read_calls(SET)


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_heldout(tmp_path)
    assert written.read_bytes() == SET.read_bytes(), "stale: rerun python -m benchmarks.data.make_conduct_heldout_b"


def test_every_record_loads_as_a_contract_call(calls: list[Message], records: list[dict]) -> None:
    check_contract_calls(calls, records)
    assert [message.message_id for message in calls] == [f"CB-{n:03d}" for n in range(1, len(calls) + 1)]
    assert all(message.turns[0].speaker == "agent" for message in calls)


def test_the_conduct_evaluation_reads_the_set_with_its_labels(records: list[dict]) -> None:
    check_read_by_evaluation(SET, records)


def test_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(calls: list[Message]) -> None:
    check_labels(calls)


def test_size_compliant_share_and_every_category(records: list[dict]) -> None:
    check_balance(records, 150, 22)


def test_forms_timings_lengths_and_recipients(records: list[dict], calls: list[Message]) -> None:
    as_text = [record for record in records if "text" in record]
    timed = [record for record in records if "turns" in record and "start" in record["turns"][0]]
    untimed = [record for record in records if "turns" in record and "start" not in record["turns"][0]]
    assert 0.2 <= len(as_text) / len(records) <= 0.3
    assert len(timed) > len(records) / 2 and untimed
    overlaps = overlapping_turns(records)
    assert overlaps > 0, "some speech starts before the previous turn ends"
    lengths = [len(message.turns) for message in calls]
    assert sum(length >= 15 for length in lengths) >= 10 and max(lengths) <= 30
    assert sum(length <= 5 for length in lengths) >= 20
    recipients = Counter(record.get("recipient_type", "absent") for record in records)
    assert set(recipients) == {"debtor", "third_party", "unknown", "absent"}


def test_no_full_identifiers(records: list[dict]) -> None:
    check_no_full_identifiers(records)
