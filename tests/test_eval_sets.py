"""The independent wording evaluation sets (issue 9): reproducible, valid per the contract, and shaped as promised."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from audit.errors import InputRecordError
from audit.message import Message
from audit.vocabulary import CHANNELS
from benchmarks.data.make_eval_sets import (
    DISCLOSURE,
    HERE,
    LABELS,
    LAWFUL_FILE,
    REALSTYLE_FILE,
    build,
    call,
    sms,
    write_sets,
)
from benchmarks.eval import WORDING_CATEGORIES, read_messages
from tests.conduct_set_support import FULL_ID_CARD, FULL_MOBILE


def read_set(name: str) -> list[Message]:
    return read_messages(HERE / name)


@pytest.fixture(scope="module")
def realstyle() -> list[Message]:
    return read_set(REALSTYLE_FILE)


@pytest.fixture(scope="module")
def lawful() -> list[Message]:
    return read_set(LAWFUL_FILE)


def labels_of(message: Message) -> list[str]:
    return message.extra["labels"]


def body(message: Message) -> str:
    return "\n".join(segment.text for segment in message.segments())


def test_script_regenerates_byte_identical_files(tmp_path: Path) -> None:
    written = write_sets(tmp_path)
    assert set(written) == {REALSTYLE_FILE, LAWFUL_FILE}
    for name, path in written.items():
        assert path.read_bytes() == (HERE / name).read_bytes(), f"{name} is stale: rerun make_eval_sets"


@pytest.mark.parametrize("name", [REALSTYLE_FILE, LAWFUL_FILE])
def test_every_record_is_a_contract_message_with_known_labels(name: str) -> None:
    messages = read_set(name)
    assert messages
    for message in messages:
        labels = labels_of(message)
        assert isinstance(labels, list) and labels == sorted(set(labels)), message.message_id
        assert set(labels) <= set(LABELS), message.message_id


def test_realstyle_is_mostly_violating_over_every_category(realstyle: list[Message]) -> None:
    assert len(realstyle) >= 360
    violating = [m for m in realstyle if labels_of(m)]
    assert 0.50 <= len(violating) / len(realstyle) <= 0.60
    per_category = Counter(label for m in realstyle for label in labels_of(m))
    assert {c: per_category[c] for c in WORDING_CATEGORIES if per_category[c] < 30} == {}
    assert sum(1 for m in violating if len(set(labels_of(m)) & set(WORDING_CATEGORIES)) > 1) >= 20
    assert {m.channel for m in realstyle} == set(CHANNELS)
    assert len({m.campaign_id for m in realstyle}) >= 8      # one campaign per register


def test_realstyle_calls_come_in_both_forms_with_customer_turns(realstyle: list[Message]) -> None:
    calls = [m for m in realstyle if m.channel == "call"]
    as_turns = [m for m in calls if all(t.end is not None for t in m.turns)]     # text-form calls have no times
    assert len(as_turns) >= 30 and len(calls) - len(as_turns) >= 30
    compliant_with_angry_customer = [m for m in calls if not labels_of(m)
                                     and any(t.speaker == "customer" for t in m.turns)]
    assert len(compliant_with_angry_customer) >= 20


def test_disclosure_is_labelled_only_where_a_third_party_hears_it(realstyle: list[Message]) -> None:
    disclosed = [m for m in realstyle if DISCLOSURE in labels_of(m)]
    assert len(disclosed) >= 15
    for message in disclosed:
        assert any(message.addressed_to_third_party(s) for s in message.agent_segments()), message.message_id


def test_lawful_set_is_all_compliant_on_every_channel(lawful: list[Message]) -> None:
    assert len(lawful) >= 520
    assert [m.message_id for m in lawful if labels_of(m)] == []
    by_channel = Counter(m.channel for m in lawful)
    assert min(by_channel[c] for c in CHANNELS) >= 40
    to_third_parties = [m for m in lawful if any(m.addressed_to_third_party(s) for s in m.agent_segments())]
    assert len(to_third_parties) >= 30


def test_no_text_is_written_twice_or_in_both_sets(realstyle: list[Message], lawful: list[Message]) -> None:
    bodies = Counter(body(m) for m in realstyle + lawful)
    assert [text for text, count in bodies.items() if count > 1] == []


def test_no_full_mobile_or_id_numbers(realstyle: list[Message], lawful: list[Message]) -> None:
    leaking = [m.message_id for m in realstyle + lawful
               if FULL_MOBILE.search(body(m)) or FULL_ID_CARD.search(body(m))]
    assert leaking == []


def test_a_bad_entry_is_an_error_naming_the_set_message_and_field() -> None:
    with pytest.raises(InputRecordError) as unknown_label:
        build("t", {"style": [sms("您好，请还款。", "threat.everything")]}, "some.jsonl")
    assert (unknown_label.value.path, unknown_label.value.line, unknown_label.value.field) == ("some.jsonl", 1, "labels")
    with pytest.raises(InputRecordError) as unprefixed_call:
        build("t", {"style": [sms("您好。"), call("没有说话人前缀的一行")]}, "some.jsonl")
    assert (unprefixed_call.value.line, unprefixed_call.value.field) == (2, "text")
    with pytest.raises(InputRecordError, match="written twice"):
        build("t", {"a": [sms("同一条")], "b": [sms("同一条")]}, "some.jsonl")
