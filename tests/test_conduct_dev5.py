"""The fifth conduct development set (self-identification): reproducible, contract calls the evaluation reads,
labels on the agent turn where each category shows, every violation with its twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.message import Message
from benchmarks.data.make_conduct_dev5 import CALLS, DEV5_FILE, HERE, write_dev5
from tests.conduct_set_support import (
    check_contract_calls,
    check_labels,
    check_no_full_identifiers,
    check_read_by_evaluation,
    read_calls,
    read_records,
)

SET = HERE / DEV5_FILE
SELF_ID = "conduct.no_self_identification"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return read_records(SET)


@pytest.fixture(scope="module")
def calls() -> list[Message]:
    return read_calls(SET)


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_dev5(tmp_path)
    assert written.read_bytes() == SET.read_bytes(), "stale: rerun python -m benchmarks.data.make_conduct_dev5"


def test_records_are_contract_calls_with_valid_labels(calls: list[Message], records: list[dict]) -> None:
    check_contract_calls(calls, records)
    check_labels(calls)
    check_read_by_evaluation(SET, records)
    check_no_full_identifiers(records)


def test_every_violation_has_a_twin_that_identifies_itself(records: list[dict]) -> None:
    """`sNN` lacks self-identification and `okNN` does not: at least 50 calls, half of them twins."""
    assert len(records) >= 50
    by_id = {record["message_id"].split("-", 2)[2]: record for record in records}     # D5-057-b2-s01 -> b2-s01
    violations = [name for name, _, _, _ in CALLS if name.rsplit("-", 1)[-1].startswith("s")]
    assert len(violations) * 2 == len(records)
    for name in violations:
        twin = name.replace("s", "ok", 1) if name.startswith("s") else name.replace("-s", "-ok")
        assert SELF_ID in {label["category"] for label in by_id[name]["labels"]}, name
        assert SELF_ID not in {label["category"] for label in by_id[twin]["labels"]}, name
