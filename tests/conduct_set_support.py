"""Checks shared by the tests of the labelled call sets (the conduct dev and held-out sets), and `CallSetTests`,
the tests every one of them passes: each set's own test adds its size, forms and id scheme."""

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
from benchmarks.eval_conduct import load_calls

CONDUCT = frozenset(category for category in CATEGORIES if category.startswith("conduct."))
# Categories that answer something the callee said: the labelled turn comes after a callee's turn.
ANSWERING = {"conduct.third_party_pressed", "conduct.hardship_ignored", "conduct.cease_ignored"}
# Full identifiers would be real-looking personal data: the sets use masked forms only.
FULL_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
FULL_ID_CARD = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])")


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def read_calls(path: Path) -> list[Message]:
    """The set's calls as the scanner reads them; a record the reader rejects fails the test."""
    messages = []
    for record in iter_messages(path):
        if isinstance(record, InputRecordError):
            raise record
        messages.append(record)
    return messages


def check_contract_calls(calls: list[Message], records: list[dict]) -> None:
    """Every record is a call with an agent who speaks, known speakers, and one turn per written turn or line."""
    assert len(calls) == len(records)
    assert len({message.message_id for message in calls}) == len(calls)
    for message, record in zip(calls, records):
        assert message.channel == "call" and message.turns and message.agent_id, message.message_id
        assert {turn.speaker for turn in message.turns} <= {"agent", "customer", "third_party"}
        assert "agent" in {turn.speaker for turn in message.turns}, message.message_id
        written_turns = record.get("turns") or record["text"].splitlines()
        assert len(message.turns) == len(written_turns), f"{message.message_id}: a text line lost its prefix"


def check_read_by_evaluation(path: Path, records: list[dict]) -> None:
    items = load_calls(path)
    assert [item.message.message_id for item in items] == [record["message_id"] for record in records]
    assert [item.expected for item in items] == [
        frozenset(label["category"] for label in record["labels"]) for record in records]


def check_labels(calls: list[Message]) -> None:
    """Each label names a conduct category once, on an agent turn: the agent's first for a missing
    self-introduction, one after the callee spoke for a category that answers the callee."""
    for message in calls:
        labels = message.extra["labels"]
        categories = [label["category"] for label in labels]
        assert len(categories) == len(set(categories)), message.message_id
        speakers = [turn.speaker for turn in message.turns]
        for label in labels:
            where = f"{message.message_id} {label}"
            assert set(label) == {"category", "turn"} and label["category"] in CONDUCT, where
            turn = label["turn"]
            assert isinstance(turn, int) and 0 <= turn < len(speakers), where
            assert speakers[turn] == "agent", where
            if label["category"] == "conduct.no_self_identification":
                assert turn == speakers.index("agent"), where
            if label["category"] in ANSWERING:
                assert any(speaker != "agent" for speaker in speakers[:turn]), where


def check_balance(records: list[dict], at_least_calls: int, at_least_per_category: int) -> None:
    """Size, a compliant share of 35–45%, and every conduct category in enough calls."""
    assert len(records) >= at_least_calls
    compliant = sum(1 for record in records if not record["labels"])
    assert 0.35 <= compliant / len(records) <= 0.45
    calls_per_category = Counter(category for record in records
                                 for category in {label["category"] for label in record["labels"]})
    assert set(calls_per_category) == CONDUCT
    assert min(calls_per_category.values()) >= at_least_per_category, calls_per_category


def overlapping_turns(records: list[dict]) -> int:
    """How often speech starts before the previous turn ends, over the timed calls (whose turns must each
    end after they start, in order of start)."""
    overlaps = 0
    for record in records:
        if "turns" not in record or "start" not in record["turns"][0]:
            continue
        spans = [(turn["start"], turn["end"]) for turn in record["turns"]]
        assert all(start < end for start, end in spans), record["message_id"]
        assert all(later[0] >= earlier[0] for earlier, later in zip(spans, spans[1:])), record["message_id"]
        overlaps += sum(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:]))
    return overlaps


def check_no_full_identifiers(records: list[dict]) -> None:
    for record in records:
        words = record.get("text") or " ".join(turn["text"] for turn in record["turns"])
        assert not FULL_MOBILE.search(words) and not FULL_ID_CARD.search(words), record["message_id"]


def check_forms_and_recipients(records: list[dict], at_least_overlaps: int) -> None:
    """Calls as text and as timed turns, speech that starts before the previous turn ends, and every kind of
    recipient (debtor, third party, unknown, and none given)."""
    assert any("text" in record for record in records)
    assert any("turns" in record and "start" in record["turns"][0] for record in records)
    assert overlapping_turns(records) >= at_least_overlaps, "speech that starts before the previous turn ends"
    recipients = Counter(record.get("recipient_type", "absent") for record in records)
    assert set(recipients) == {"debtor", "third_party", "unknown", "absent"}

class GeneratedSetTests:
    """What every hand-written set's tests share: its generator rewrites it byte for byte. A set's test class
    names the set's file as `SET` and its generator's writer as `write`."""

    SET: Path

    @staticmethod
    def write(directory: Path) -> Path:
        raise NotImplementedError

    @pytest.fixture(scope="class")
    def records(self) -> list[dict]:
        return read_records(self.SET)

    def test_script_regenerates_a_byte_identical_file(self, tmp_path: Path) -> None:
        written = self.write(tmp_path)
        assert written.read_bytes() == self.SET.read_bytes(), f"stale: rerun python -m {self.write.__module__}"


class CallSetTests(GeneratedSetTests):
    """The tests every labelled call set passes: its generator rewrites it byte for byte, every record is a
    contract call the conduct evaluation reads with its labels, each label names a conduct category on the
    agent turn where it shows, and no full identifier is written. A set's test module subclasses it as `Test…`,
    naming the set's file and its generator's writer, and adds what is particular to the set."""

    @pytest.fixture(scope="class")
    def calls(self) -> list[Message]:
        return read_calls(self.SET)

    def test_every_record_loads_as_a_contract_call_the_evaluation_reads(self, calls: list[Message],
                                                                         records: list[dict]) -> None:
        check_contract_calls(calls, records)
        check_read_by_evaluation(self.SET, records)

    def test_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(self, calls: list[Message]) -> None:
        check_labels(calls)

    def test_no_full_identifiers(self, records: list[dict]) -> None:
        check_no_full_identifiers(records)
