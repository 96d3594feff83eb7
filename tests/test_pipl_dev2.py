"""The second PIPL development set (issue 14): reproducible, entities where the script says they are, codes
the evaluation knows, messages the readers accept, and a script that refuses an entity not in its text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.vocabulary import ENTITY_TYPES
from benchmarks.data.make_pipl_dev2 import DEV2_FILE, HERE, MESSAGES, record, write_dev2
from benchmarks.eval import read_messages
from benchmarks.eval_pii import PII_CATEGORIES
from tests.pii_support import assert_offsets_on_written_strings

DEV2 = HERE / DEV2_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DEV2.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write_dev2(tmp_path).read_bytes() == DEV2.read_bytes(), "stale: rerun python -m benchmarks.data.make_pipl_dev2"


def test_entity_offsets_point_at_the_written_strings(records: list[dict]) -> None:
    assert_offsets_on_written_strings(MESSAGES, records)


def test_codes_are_the_contracts_and_ids_are_unique(records: list[dict]) -> None:
    assert len(records) >= 160
    assert len({r["message_id"] for r in records}) == len(records)
    for r in records:
        assert set(r["categories"]) <= set(PII_CATEGORIES), r["message_id"]
        assert {e["entity_type"] for e in r["entities"]} <= set(ENTITY_TYPES), r["message_id"]


def test_every_record_reads_as_a_contract_message(records: list[dict]) -> None:
    messages = read_messages(DEV2)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    calls = [m for m in messages if m.channel == "call"]
    assert calls and all(m.turns for m in calls)


def test_a_missing_entity_fails_loudly_naming_the_message() -> None:
    with pytest.raises(ValueError, match="q01.*王建国"):
        record("q01", "sms", "debtor", "您好，请尽快还款。", "P:王建国", "")
    with pytest.raises(ValueError, match="q02.*category"):
        record("q02", "sms", "debtor", "您好，请尽快还款。", "", "Z")
