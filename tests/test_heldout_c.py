"""The third independent held-out wording set (issue 9): reproducible, read as the scanner reads it,
labelled with contract codes only, and shaped as promised (size, balance, categories, registers)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.message import Message
from audit.vocabulary import CATEGORIES, CHANNELS
from benchmarks.data.make_heldout_c import HERE, PACE, WORDING_FILE, write_set
from benchmarks.data.set_format import label_codes, timed_turns
from benchmarks.eval import read_messages

WORDING_CATEGORIES = ("abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
                      "misleading.impersonation", "misleading.legal", "coercion.debt_rollover")
DISCLOSURE = "pii.third_party_disclosure"
SMS_TEMPLATES = "hc-sms-templates"


@pytest.fixture(scope="module")
def wording() -> list[Message]:
    return read_messages(HERE / WORDING_FILE)


def _wording_labels(message: Message) -> set[str]:
    return set(message.extra["labels"]) & set(WORDING_CATEGORIES)


def _body(message: Message) -> str:
    return "\n".join(t.text for t in message.turns) if message.turns else message.text


def test_script_regenerates_the_file_byte_identical(tmp_path: Path) -> None:
    written = write_set(tmp_path)
    assert written.name == WORDING_FILE
    assert written.read_bytes() == (HERE / WORDING_FILE).read_bytes(), "stale: rerun make_heldout_c"


def test_every_line_loads_as_the_scanner_loads_messages(wording: list[Message]) -> None:
    lines = (HERE / WORDING_FILE).read_text(encoding="utf-8").splitlines()
    assert len(wording) == len(lines)
    assert [m.message_id for m in wording] == [f"HC-{n:04d}" for n in range(1, len(lines) + 1)]
    first = json.loads(lines[0])
    assert list(first)[:3] == ["message_id", "campaign_id", "channel"] and list(first)[-1] == "labels"
    assert all(m.sent_at is not None and m.debtor_id for m in wording)


def test_labels_are_sorted_contract_codes(wording: list[Message]) -> None:
    for message in wording:
        labels = message.extra["labels"]
        assert labels == sorted(set(labels)), message.message_id
        assert set(labels) <= {*WORDING_CATEGORIES, DISCLOSURE} <= CATEGORIES, message.message_id


def test_set_is_half_violating_over_every_category(wording: list[Message]) -> None:
    assert len(wording) >= 420
    violating = [m for m in wording if _wording_labels(m)]
    assert 0.45 <= len(violating) / len(wording) <= 0.55
    assert sum(1 for m in wording if not m.extra["labels"]) / len(wording) >= 0.4
    per_category = Counter(label for m in wording for label in m.extra["labels"])
    assert {c: per_category[c] for c in WORDING_CATEGORIES if per_category[c] < 35} == {}
    assert sum(1 for m in violating if len(_wording_labels(m)) > 1) >= 30


def test_registers_other_than_sms_templates_make_up_more_than_a_third(wording: list[Message]) -> None:
    others = [m for m in wording if m.campaign_id != SMS_TEMPLATES]
    assert len(others) >= len(wording) / 3
    assert len({m.campaign_id for m in wording}) >= 10      # one campaign per register
    assert {m.channel for m in wording} == set(CHANNELS)
    for campaign in {m.campaign_id for m in wording}:
        messages = [m for m in wording if m.campaign_id == campaign]
        assert any(_wording_labels(m) for m in messages) and any(not m.extra["labels"] for m in messages), campaign


def test_calls_come_as_timed_turns_and_as_prefixed_text(wording: list[Message]) -> None:
    calls = [m for m in wording if m.channel == "call"]
    as_turns = [m for m in calls if all(t.start is not None and t.end is not None for t in m.turns)]
    assert len(as_turns) >= 40 and len(calls) - len(as_turns) >= 40
    assert all(t.start < t.end for m in as_turns for t in m.turns)
    customer_answered_lawfully = [m for m in calls if not m.extra["labels"]
                                  and any(t.speaker == "customer" for t in m.turns)]
    assert len(customer_answered_lawfully) >= 25


def test_disclosure_only_where_a_third_party_receives_it(wording: list[Message]) -> None:
    disclosed = [m for m in wording if DISCLOSURE in m.extra["labels"]]
    assert len(disclosed) >= 20
    assert [m.message_id for m in disclosed if m.recipient_type != "third_party"] == []
    to_third_parties = [m for m in wording if m.recipient_type == "third_party"]
    assert sum(1 for m in to_third_parties if not m.extra["labels"]) >= 8     # lawful contact, nothing revealed


def test_no_text_is_written_twice(wording: list[Message]) -> None:
    bodies = Counter(_body(m) for m in wording)
    assert [text[:30] for text, count in bodies.items() if count > 1] == []


def test_lengths_vary_from_a_line_to_a_letter(wording: list[Message]) -> None:
    lengths = sorted(len(_body(m)) for m in wording)
    assert lengths[0] <= 20 and lengths[-1] >= 400


def test_an_unknown_label_letter_fails_naming_the_message() -> None:
    with pytest.raises(ValueError, match=r"HC-9999: unknown label letter\(s\) X"):
        label_codes("HC-9999", "VX")


def test_a_call_line_without_speaker_fails_naming_the_message() -> None:
    with pytest.raises(ValueError, match=r"HC-9999: every call line needs a speaker prefix"):
        timed_turns("HC-9999", ("坐席：您好", "这一行没有说话人"), PACE)
