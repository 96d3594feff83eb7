"""The third independent held-out wording set (issue 9): reproducible, read as the scanner reads it,
labelled with contract codes only, and shaped as promised (size, balance, categories, registers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.message import Message
from audit.vocabulary import CHANNELS
from benchmarks.data.make_heldout_c import HERE, PACE, WORDING_FILE, write_set
from benchmarks.data.set_format import label_codes, timed_turns
from benchmarks.eval import WORDING_CATEGORIES, read_messages
from tests.set_support import (
    check_half_violating_over_every_wording_category,
    check_no_text_written_twice,
    check_sorted_wording_codes,
    disclosures_only_to_third_parties,
    message_body,
    timed_calls_beside_prefixed_text,
)

SMS_TEMPLATES = "hc-sms-templates"


@pytest.fixture(scope="module")
def wording() -> list[Message]:
    return read_messages(HERE / WORDING_FILE)


def _wording_labels(message: Message) -> set[str]:
    return set(message.extra["labels"]) & set(WORDING_CATEGORIES)


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
    check_sorted_wording_codes(wording)


def test_set_is_half_violating_over_every_category(wording: list[Message]) -> None:
    check_half_violating_over_every_wording_category(wording)
    assert sum(1 for m in wording if not m.extra["labels"]) / len(wording) >= 0.4


def test_registers_other_than_sms_templates_make_up_more_than_a_third(wording: list[Message]) -> None:
    others = [m for m in wording if m.campaign_id != SMS_TEMPLATES]
    assert len(others) >= len(wording) / 3
    assert len({m.campaign_id for m in wording}) >= 10      # one campaign per register
    assert {m.channel for m in wording} == set(CHANNELS)
    for campaign in {m.campaign_id for m in wording}:
        messages = [m for m in wording if m.campaign_id == campaign]
        assert any(_wording_labels(m) for m in messages) and any(not m.extra["labels"] for m in messages), campaign


def test_calls_come_as_timed_turns_and_as_prefixed_text(wording: list[Message]) -> None:
    as_turns = timed_calls_beside_prefixed_text(wording)
    assert all(t.start < t.end for m in as_turns for t in m.turns)


def test_disclosure_only_where_a_third_party_receives_it(wording: list[Message]) -> None:
    assert len(disclosures_only_to_third_parties(wording, "labels")) >= 20
    to_third_parties = [m for m in wording if m.recipient_type == "third_party"]
    assert sum(1 for m in to_third_parties if not m.extra["labels"]) >= 8     # lawful contact, nothing revealed


def test_no_text_is_written_twice(wording: list[Message]) -> None:
    check_no_text_written_twice(wording)


def test_lengths_vary_from_a_line_to_a_letter(wording: list[Message]) -> None:
    lengths = sorted(len(message_body(m)) for m in wording)
    assert lengths[0] <= 20 and lengths[-1] >= 400


def test_an_unknown_label_letter_fails_naming_the_message() -> None:
    with pytest.raises(ValueError, match=r"HC-9999: unknown label letter\(s\) X"):
        label_codes("HC-9999", "VX")


def test_a_call_line_without_speaker_fails_naming_the_message() -> None:
    with pytest.raises(ValueError, match=r"HC-9999: every call line needs a speaker prefix"):
        timed_turns("HC-9999", ("坐席：您好", "这一行没有说话人"), PACE)
