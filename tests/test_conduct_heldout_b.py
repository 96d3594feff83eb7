"""The second held-out conduct call set (issue 11): reproducible, contract calls the evaluation reads,
labels on the speaker and turn where each category shows, and shaped as promised (size, compliant share,
every category, call forms, timings, lengths, recipients)."""

from __future__ import annotations

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
    read_calls,
    read_records,
)
from tests.set_support import check_call_forms_timings_lengths_and_recipients

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
    check_call_forms_timings_lengths_and_recipients(records, calls)


def test_no_full_identifiers(records: list[dict]) -> None:
    check_no_full_identifiers(records)
