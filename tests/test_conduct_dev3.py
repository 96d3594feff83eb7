"""The third conduct development set (issue 11): reproducible, contract calls the evaluation reads, labels on
the agent turn where each category shows, and shaped as promised (size, compliant share, every category,
call forms, overlapping speech, recipients)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from audit.errors import InputRecordError
from audit.message import Message
from audit.readers import iter_messages
from audit.vocabulary import CATEGORIES
from benchmarks.data.make_conduct_dev3 import DEV3_FILE, HERE, write_dev3
from benchmarks.eval_conduct import load_calls

DEV3 = HERE / DEV3_FILE
CONDUCT = frozenset(category for category in CATEGORIES if category.startswith("conduct."))
# Categories that answer something the callee said: the labelled turn comes after a callee's turn.
ANSWERING = {"conduct.third_party_pressed", "conduct.hardship_ignored", "conduct.cease_ignored"}
FULL_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
FULL_ID_CARD = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DEV3.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def calls() -> list[Message]:
    messages = []
    for record in iter_messages(DEV3):
        if isinstance(record, InputRecordError):
            raise record
        messages.append(record)
    return messages


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_dev3(tmp_path)
    assert written.read_bytes() == DEV3.read_bytes(), "stale: rerun python -m benchmarks.data.make_conduct_dev3"


def test_every_record_loads_as_a_contract_call(calls: list[Message], records: list[dict]) -> None:
    assert len(calls) == len(records)
    assert len({message.message_id for message in calls}) == len(calls)
    for message in calls:
        assert message.channel == "call" and message.turns, message.message_id
        assert {turn.speaker for turn in message.turns} <= {"agent", "customer", "third_party"}
        assert message.turns[0].speaker == "agent" and message.agent_id, message.message_id


def test_the_conduct_evaluation_reads_the_set_with_its_labels(records: list[dict]) -> None:
    items = load_calls(DEV3)
    assert [item.expected for item in items] == [
        frozenset(label["category"] for label in record["labels"]) for record in records]


def test_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(calls: list[Message]) -> None:
    for message in calls:
        labels = message.extra["labels"]
        categories = [label["category"] for label in labels]
        assert len(categories) == len(set(categories)), message.message_id
        speakers = [turn.speaker for turn in message.turns]
        for label in labels:
            where = f"{message.message_id} {label}"
            assert set(label) == {"category", "turn"} and label["category"] in CONDUCT, where
            turn = label["turn"]
            assert speakers[turn] == "agent", where
            if label["category"] == "conduct.no_self_identification":
                assert turn == speakers.index("agent"), where
            if label["category"] in ANSWERING:
                assert any(speaker != "agent" for speaker in speakers[:turn]), where


def test_size_compliant_share_and_every_category(records: list[dict]) -> None:
    assert len(records) >= 120
    compliant = sum(1 for record in records if not record["labels"])
    assert 0.35 <= compliant / len(records) <= 0.45
    calls_per_category = Counter(category for record in records
                                 for category in {label["category"] for label in record["labels"]})
    assert set(calls_per_category) == CONDUCT
    assert min(calls_per_category.values()) >= 12, calls_per_category


def test_forms_overlaps_and_recipients(records: list[dict]) -> None:
    as_text = [record for record in records if "text" in record]
    timed = [record for record in records if "turns" in record and "start" in record["turns"][0]]
    assert as_text and timed
    overlaps = 0
    for record in timed:
        spans = [(turn["start"], turn["end"]) for turn in record["turns"]]
        assert all(start < end for start, end in spans), record["message_id"]
        assert all(later[0] > earlier[0] for earlier, later in zip(spans, spans[1:])), record["message_id"]
        overlaps += sum(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:]))
    assert overlaps >= 5, "speech that starts before the previous turn ends"
    recipients = Counter(record.get("recipient_type", "absent") for record in records)
    assert set(recipients) == {"debtor", "third_party", "unknown", "absent"}


def test_no_full_identifiers(records: list[dict]) -> None:
    for record in records:
        words = record.get("text") or " ".join(turn["text"] for turn in record["turns"])
        assert not FULL_MOBILE.search(words) and not FULL_ID_CARD.search(words), record["message_id"]
