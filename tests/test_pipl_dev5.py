"""The fifth PIPL development set (issue 14) and its second batch: reproducible, entities where the script says they
are, codes the evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names
present, lawful near misses)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.vocabulary import ENTITY_TYPES
from benchmarks.data.make_pipl_dev5 import DEV5_FILE, HERE, MESSAGES, write_dev5
from benchmarks.data.make_pipl_dev5b import DEV5B_FILE, write_dev5b
from benchmarks.data.make_pipl_dev5b import MESSAGES as BATCH_B
from benchmarks.eval import read_messages
from benchmarks.eval_pii import PII_CATEGORIES
from tests.pii_support import assert_offsets_on_written_strings

DEV5 = HERE / DEV5_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DEV5.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write_dev5(tmp_path).read_bytes() == DEV5.read_bytes(), "stale: rerun python -m benchmarks.data.make_pipl_dev5"


def test_entity_offsets_point_at_the_written_strings(records: list[dict]) -> None:
    assert_offsets_on_written_strings(MESSAGES, records)


def test_codes_are_the_contracts_and_ids_are_its_own(records: list[dict]) -> None:
    assert len({r["message_id"] for r in records}) == len(records)
    assert all(r["message_id"].startswith("pipl5-") and r["campaign_id"] == "pipl-dev5" for r in records)
    for r in records:
        assert set(r["categories"]) <= set(PII_CATEGORIES), r["message_id"]
        assert {e["entity_type"] for e in r["entities"]} <= set(ENTITY_TYPES), r["message_id"]


def test_shaped_as_promised(records: list[dict]) -> None:
    assert len(records) >= 250
    lawful = [r for r in records if not r["categories"]]
    assert all(r["message_id"].startswith("pipl5-n") for r in lawful)
    assert 0.25 <= len(lawful) / len(records) <= 0.40
    assert {r["channel"] for r in records} == {"sms", "app", "email", "notice", "call"}
    families = Counter(r["message_id"].split("-")[1][0] for r in records if "pii.sensitive" in r["categories"])
    assert all(families[f] >= 8 for f in "hpmdcwfrk"), families


def test_every_record_reads_as_a_contract_message(records: list[dict]) -> None:
    messages = read_messages(DEV5)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert all(m.turns for m in messages if m.channel == "call")


def test_second_batch_regenerates_and_is_shaped_as_promised(tmp_path: Path) -> None:
    written = write_dev5b(tmp_path)
    assert written.read_bytes() == (HERE / DEV5B_FILE).read_bytes(), "stale: rerun python -m benchmarks.data.make_pipl_dev5b"
    batch = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert_offsets_on_written_strings(BATCH_B, batch)
    assert len(batch) >= 80 and all(r["message_id"].startswith("pipl5-b-") for r in batch)
    assert all(r["message_id"].startswith("pipl5-b-n") for r in batch if not r["categories"])
    assert [m.message_id for m in read_messages(written)] == [r["message_id"] for r in batch]
