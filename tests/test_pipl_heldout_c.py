"""The third independent held-out set for PII entities and PIPL categories (issue 14): reproducible, read as
the scanner reads it, labelled with contract codes only, entity offsets on their strings, shaped as promised."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.message import Message
from audit.vocabulary import CHANNELS, ENTITY_TYPES
from benchmarks.data.make_pipl_heldout_c import (
    HERE,
    SECTIONS,
    SET_FILE,
    write_set,
)
from benchmarks.data.set_format import entity_spans
from benchmarks.eval import read_messages
from tests.set_support import (
    check_entity_offsets,
    check_no_text_written_twice,
    check_sorted_pii_categories,
    check_weighted_to_the_pipl_categories,
    disclosures_only_to_third_parties,
)


@pytest.fixture(scope="module")
def pipl() -> list[Message]:
    return read_messages(HERE / SET_FILE)


def entity_values(pipl: list[Message], *types: str) -> list[str]:
    return [m.text[s["start"]:s["end"]] for m in pipl for s in m.extra["entities"] if s["entity_type"] in types]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_set(tmp_path)
    assert written.read_bytes() == (HERE / SET_FILE).read_bytes(), "stale: rerun make_pipl_heldout_c"


def test_ids_run_in_order_and_every_record_carries_the_set_fields(pipl: list[Message]) -> None:
    assert [m.message_id for m in pipl] == [f"PC-{n:04d}" for n in range(1, len(pipl) + 1)]
    assert all(m.debtor_id and m.recipient_type in ("debtor", "third_party") for m in pipl)
    assert all(set(m.extra) == {"entities", "categories"} for m in pipl)


def test_categories_are_sorted_pii_contract_codes(pipl: list[Message]) -> None:
    check_sorted_pii_categories(pipl)


def test_set_is_weighted_to_the_pipl_categories(pipl: list[Message]) -> None:
    check_weighted_to_the_pipl_categories(pipl, set(CHANNELS))


def test_disclosure_only_where_someone_other_than_the_debtor_receives_it(pipl: list[Message]) -> None:
    disclosures_only_to_third_parties(pipl, "categories")


def test_calls_are_speaker_turns_with_customers_speaking(pipl: list[Message]) -> None:
    calls = [m for m in pipl if m.channel == "call"]
    assert len(calls) >= 25
    assert all(len(m.turns) >= 2 for m in calls)
    assert sum(1 for m in calls if any(t.speaker == "third_party" for t in m.turns)) >= 5


def test_entity_offsets_match_the_strings_written_in_the_script(pipl: list[Message]) -> None:
    literals = {text: entities for entries in SECTIONS.values() for _, _, text, entities, _ in entries}
    check_entity_offsets(pipl, literals)


def test_identifiers_come_in_hard_forms(pipl: list[Message]) -> None:
    values = entity_values(pipl, "CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_BANK_CARD", "CN_PASSPORT")
    assert sum(1 for v in values if any(c in v for c in "幺洞两拐勾")) >= 8      # read aloud
    assert sum(1 for v in values if any("０" <= c <= "９" for c in v)) >= 4    # full-width digits
    assert any(v.count(".") == 2 for v in values)                              # dotted groups
    assert any(len(v) == 15 and v.isdigit() for v in entity_values(pipl, "CN_ID_CARD"))   # old resident ID
    assert {t for m in pipl for t in (s["entity_type"] for s in m.extra["entities"])} == set(ENTITY_TYPES)


def test_person_names_come_in_informal_forms(pipl: list[Message]) -> None:
    names = entity_values(pipl, "PERSON")
    assert sum(1 for n in names if n[0] in "小老阿" and len(n) == 2) >= 5      # 小王, 老李, 阿May
    assert sum(1 for n in names if "·" in n) >= 3                              # foreign names in characters
    assert sum(1 for n in names if len(n) == 2 and n[0] == n[1]) >= 2          # 丽丽


def test_a_missing_entity_string_fails_naming_message_and_string() -> None:
    with pytest.raises(ValueError, match=r"PC-9999: entity CN_MOBILE '13900000000' is not in the text"):
        entity_spans("PC-9999", "您尾号0000的账单已逾期", [("CN_MOBILE", "13900000000")])


def test_a_repeated_entity_string_takes_its_next_place() -> None:
    spans = entity_spans("PC-9999", "王芳说王芳会还", [("PERSON", "王芳"), ("PERSON", "王芳")])
    assert [(s["start"], s["end"]) for s in spans] == [(0, 2), (3, 5)]


def test_overlapping_entity_strings_fail_naming_both() -> None:
    with pytest.raises(ValueError, match=r"PC-9999: entity PERSON '李明' overlaps PERSON '李明华'"):
        entity_spans("PC-9999", "李明华欠款", [("PERSON", "李明华"), ("PERSON", "李明")])


def test_no_text_is_written_twice(pipl: list[Message]) -> None:
    check_no_text_written_twice(pipl)
