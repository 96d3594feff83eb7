"""The second independent held-out sets (issues 9 and 14): reproducible, read as the scanner reads them,
labelled with contract codes only, entity offsets on their strings, and shaped as promised."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.message import Message
from audit.vocabulary import CATEGORIES
from benchmarks.data.make_heldout_b import (
    HERE,
    PII_MIXED,
    PIPL_FILE,
    PIPL_SECTIONS,
    WORDING_FILE,
    write_sets,
)
from benchmarks.data.set_format import entity_spans
from benchmarks.eval import read_messages
from tests.set_support import (
    DISCLOSURE,
    check_entity_offsets,
    check_sorted_pii_categories,
    check_weighted_to_the_pipl_categories,
)

WORDING_CATEGORIES = ("abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
                      "misleading.impersonation", "misleading.legal", "coercion.debt_rollover")


def read_set(name: str) -> list[Message]:
    return read_messages(HERE / name)


@pytest.fixture(scope="module")
def wording() -> list[Message]:
    return read_set(WORDING_FILE)


@pytest.fixture(scope="module")
def pipl() -> list[Message]:
    return read_set(PIPL_FILE)


def test_script_regenerates_byte_identical_files(tmp_path: Path) -> None:
    written = write_sets(tmp_path)
    assert set(written) == {WORDING_FILE, PIPL_FILE}
    for name, path in written.items():
        assert path.read_bytes() == (HERE / name).read_bytes(), f"{name} is stale: rerun make_heldout_b"


def test_wording_labels_are_sorted_contract_codes(wording: list[Message]) -> None:
    for message in wording:
        labels = message.extra["labels"]
        assert labels == sorted(set(labels)), message.message_id
        assert set(labels) <= {*WORDING_CATEGORIES, DISCLOSURE}, message.message_id
        assert set(labels) <= CATEGORIES


def test_wording_set_is_half_violating_over_every_category(wording: list[Message]) -> None:
    assert len(wording) >= 420
    violating = [m for m in wording if set(m.extra["labels"]) & set(WORDING_CATEGORIES)]
    assert 0.45 <= len(violating) / len(wording) <= 0.55
    per_category = Counter(label for m in wording for label in m.extra["labels"])
    assert {c: per_category[c] for c in WORDING_CATEGORIES if per_category[c] < 35} == {}
    assert sum(1 for m in violating if len(set(m.extra["labels"]) & set(WORDING_CATEGORIES)) > 1) >= 30
    assert len({m.campaign_id for m in wording}) >= 8      # one campaign per register


def test_wording_calls_come_as_turns_and_as_prefixed_text(wording: list[Message]) -> None:
    calls = [m for m in wording if m.channel == "call"]
    as_turns = [m for m in calls if all(t.end is not None for t in m.turns)]
    assert len(as_turns) >= 40 and len(calls) - len(as_turns) >= 40
    angry_customer_calm_agent = [m for m in calls if not m.extra["labels"]
                                 and any(t.speaker == "customer" for t in m.turns)]
    assert len(angry_customer_calm_agent) >= 25


def test_disclosure_only_where_a_third_party_receives_it(wording: list[Message], pipl: list[Message]) -> None:
    disclosed = [m for m in wording if DISCLOSURE in m.extra["labels"]]
    disclosed += [m for m in pipl if DISCLOSURE in m.extra["categories"]]
    assert len(disclosed) >= 30
    assert [m.message_id for m in disclosed if m.recipient_type != "third_party"] == []


def test_pipl_categories_are_sorted_pii_codes(pipl: list[Message]) -> None:
    check_sorted_pii_categories(pipl)


def test_pipl_set_is_weighted_to_the_pipl_categories(pipl: list[Message]) -> None:
    check_weighted_to_the_pipl_categories(pipl, {"sms", "call", "app", "notice", "email"})


def test_entity_offsets_match_the_strings_written_in_the_script(pipl: list[Message]) -> None:
    literals = {text: entities for _, _, entries in PIPL_SECTIONS.values() for _, text, entities in entries}
    literals |= {text: entities for _, _, text, entities in PII_MIXED}
    check_entity_offsets(pipl, literals)
    for message in pipl:
        spans = message.extra["entities"]
        assert len({(s["start"], s["end"]) for s in spans}) == len(spans), message.message_id


def test_identifiers_come_in_hard_forms(pipl: list[Message]) -> None:
    values = [m.text[s["start"]:s["end"]] for m in pipl for s in m.extra["entities"]
              if s["entity_type"] != "PERSON" and s["entity_type"] != "ADDRESS"]
    assert sum(1 for v in values if any(c in v for c in "幺洞两拐")) >= 8       # read aloud
    assert sum(1 for v in values if any("０" <= c <= "９" for c in v)) >= 4     # full-width digits
    assert any(v.count(".") == 2 for v in values)                              # dotted groups
    assert any(len(v) == 15 and v.isdigit() for v in values)                   # old 15-digit resident ID


def test_a_missing_entity_string_fails_naming_message_and_string() -> None:
    with pytest.raises(ValueError, match=r"PB-9999: entity CN_MOBILE '13900000000' is not in the text"):
        entity_spans("PB-9999", "您尾号0000的账单已逾期", [("CN_MOBILE", "13900000000")])


def test_a_repeated_entity_string_takes_its_next_place() -> None:
    spans = entity_spans("PB-9999", "王芳说王芳会还", [("PERSON", "王芳"), ("PERSON", "王芳")])
    assert [(s["start"], s["end"]) for s in spans] == [(0, 2), (3, 5)]


def test_no_text_is_written_twice(wording: list[Message], pipl: list[Message]) -> None:
    bodies = Counter("\n".join(t.text for t in m.turns) if m.turns else m.text for m in wording + pipl)
    assert [text[:30] for text, count in bodies.items() if count > 1] == []


def test_records_keep_their_fields_as_written() -> None:
    first = json.loads((HERE / WORDING_FILE).read_text(encoding="utf-8").splitlines()[0])
    assert first["message_id"] == "HB-0001" and list(first)[:3] == ["message_id", "campaign_id", "channel"]
    assert list(first)[-1] == "labels"
