"""The second independent held-out sets (issues 9 and 14): reproducible, read as the scanner reads them,
labelled with contract codes only, entity offsets on their strings, and shaped as promised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.message import Message
from benchmarks.data.make_heldout_b import (
    HERE,
    PII_MIXED,
    PIPL_FILE,
    PIPL_SECTIONS,
    WORDING_FILE,
    write_sets,
)
from benchmarks.eval import read_messages
from tests.set_support import (
    check_entity_offsets,
    check_half_violating_over_every_wording_category,
    check_no_text_written_twice,
    check_sorted_pii_categories,
    check_sorted_wording_codes,
    check_weighted_to_the_pipl_categories,
    disclosures_only_to_third_parties,
    timed_calls_beside_prefixed_text,
)


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
    check_sorted_wording_codes(wording)


def test_wording_set_is_half_violating_over_every_category(wording: list[Message]) -> None:
    check_half_violating_over_every_wording_category(wording)
    assert len({m.campaign_id for m in wording}) >= 8      # one campaign per register


def test_wording_calls_come_as_turns_and_as_prefixed_text(wording: list[Message]) -> None:
    timed_calls_beside_prefixed_text(wording)


def test_disclosure_only_where_a_third_party_receives_it(wording: list[Message], pipl: list[Message]) -> None:
    disclosed = disclosures_only_to_third_parties(wording, "labels") + disclosures_only_to_third_parties(pipl, "categories")
    assert len(disclosed) >= 30


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


def test_no_text_is_written_twice(wording: list[Message], pipl: list[Message]) -> None:
    check_no_text_written_twice(wording + pipl)


def test_records_keep_their_fields_as_written() -> None:
    first = json.loads((HERE / WORDING_FILE).read_text(encoding="utf-8").splitlines()[0])
    assert first["message_id"] == "HB-0001" and list(first)[:3] == ["message_id", "campaign_id", "channel"]
    assert list(first)[-1] == "labels"
