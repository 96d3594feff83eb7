"""The identifier and address forms development batch (issue 14): reproducible, labelled as `set_format` labels
PII sets, contract messages, and shaped as its docstring promises (every form family and look-alikes present)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.vocabulary import ENTITY_TYPES
from benchmarks.data.make_pii_forms_dev import FORMS_FILE, HERE, write_forms
from benchmarks.eval import read_messages
from benchmarks.eval_pii import PII_CATEGORIES

FORMS = HERE / FORMS_FILE


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with FORMS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert write_forms(tmp_path).read_bytes() == FORMS.read_bytes(), "stale: rerun python -m benchmarks.data.make_pii_forms_dev"


def test_codes_are_the_contracts_and_spans_hold_text(records: list[dict]) -> None:
    assert len({r["message_id"] for r in records}) == len(records)
    for r in records:
        assert set(r["categories"]) <= set(PII_CATEGORIES), r["message_id"]
        assert {e["entity_type"] for e in r["entities"]} <= set(ENTITY_TYPES), r["message_id"]
        assert all(r["text"][e["start"]:e["end"]].strip() for e in r["entities"]), r["message_id"]


def test_shaped_as_promised(records: list[dict]) -> None:
    assert len(records) >= 190
    counts = Counter(e["entity_type"] for r in records for e in r["entities"])
    assert all(counts[t] >= 3 for t in ENTITY_TYPES if t != "PERSON"), counts
    texts = "".join(r["text"] for r in records)
    for form in ("幺", "洞", "拐", "勾", "三个八", "１", "－", "．", "　", "转8", "合同号", "运单", "案号", "组", "弄", "巷"):
        assert form in texts, form
    look_alikes = [r for r in records if r["campaign_id"] == "forms-lookalike"]
    assert len(look_alikes) >= 20 and not any(r["entities"] for r in look_alikes)


def test_every_record_reads_as_a_contract_message(records: list[dict]) -> None:
    messages = read_messages(FORMS)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    assert all(m.turns for m in messages if m.channel == "call")
