"""The tests of the labelled sets, one table per kind of set: each row names a set's generator, file, id prefix,
size bounds, shares and channels, and every test runs the shared checks of `tests/set_support.py` on each row it
applies to. A set's own extra checks stay beside the table as small named tests; the test ids name the set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from audit.message import Message
from benchmarks.data import (
    make_conduct_heldout_d,
    make_conduct_heldout_e,
    make_conduct_heldout_f,
    make_heldout_d,
    make_heldout_e,
    make_heldout_f,
    make_heldout_g,
    make_heldout_h,
    make_pipl_heldout_d,
    make_pipl_heldout_e,
    make_pipl_heldout_f,
    make_pipl_heldout_g,
    make_pipl_heldout_h,
)
from benchmarks.data.set_format import WORDING_LABEL_CODES
from benchmarks.eval import read_messages
from tests import conduct_set_support as call_set
from tests.set_support import (
    check_calls_timed_and_as_text_to_every_recipient,
    check_compliant_share,
    check_entity_spans,
    check_every_pii_category,
    check_ids_in_order,
    check_regenerated_byte_identical,
    check_size,
    check_sorted_pii_categories,
    check_wording_labels,
)

EVERY_CHANNEL = frozenset({"sms", "notice", "call", "app", "email"})


@cache
def messages_of(path: Path) -> list[Message]:
    """A set's messages as the evaluation reads them, read once per test process."""
    return read_messages(path)


def rows(table: dict[str, NamedTuple], applies: str | None = None) -> list:
    """The table's rows as pytest cases named after their set; with `applies`, only the rows whose field of that
    name is set."""
    return [pytest.param(row, id=name) for name, row in table.items() if applies is None or getattr(row, applies)]


# --- the held-out wording sets (issue 9) -------------------------------------------------------------------------

class HeldoutWordingSet(NamedTuple):
    generator: ModuleType                   # its `write_set` rewrites `HERE / WORDING_FILE`
    id_prefix: str | None                   # ids run PREFIX-0001, … in order
    sizes: tuple[int, int | None]
    every_category: int                     # each of the eight categories labels at least this many messages
    compliant_share: tuple[float, float]
    every_code: bool                        # every wording label code occurs
    channels: frozenset[str] | None
    every_recipient_and_call_form: bool = False

    @property
    def path(self) -> Path:
        return self.generator.HERE / self.generator.WORDING_FILE


HELDOUT_WORDING = {
    "d": HeldoutWordingSet(make_heldout_d, None, (420, None), 30, (0.40, 0.55), False, None),
    "e": HeldoutWordingSet(make_heldout_e, "HE", (460, 520), 32, (0.42, 0.52), True, None),
    "f": HeldoutWordingSet(make_heldout_f, "HF", (460, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL),
    "g": HeldoutWordingSet(make_heldout_g, "HG", (460, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "h": HeldoutWordingSet(make_heldout_h, "HH", (460, 540), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
}


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING))
def test_heldout_wording_set_is_regenerated_byte_identical(held_out: HeldoutWordingSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(held_out.generator.write_set, held_out.path, tmp_path)


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING))
def test_heldout_wording_set_is_read_as_the_scanner_reads_it_with_every_category_and_its_compliant_share(
        held_out: HeldoutWordingSet) -> None:
    messages = messages_of(held_out.path)
    check_size(messages, held_out.sizes)
    if held_out.id_prefix:
        check_ids_in_order(messages, held_out.id_prefix)
    check_wording_labels(messages, held_out.every_category, held_out.compliant_share)
    if held_out.every_code:
        assert {c for m in messages for c in m.extra["labels"]} == set(WORDING_LABEL_CODES.values())
    if held_out.channels:
        assert {m.channel for m in messages} == held_out.channels


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING, "every_recipient_and_call_form"))
def test_heldout_wording_set_reaches_every_recipient_and_gives_calls_as_timed_turns_and_as_text(
        held_out: HeldoutWordingSet) -> None:
    check_calls_timed_and_as_text_to_every_recipient(messages_of(held_out.path))


# --- the held-out PIPL sets (issue 14) ---------------------------------------------------------------------------

class HeldoutPiplSet(NamedTuple):
    generator: ModuleType                   # its `write_set` rewrites `HERE / SET_FILE`
    id_prefix: str | None                   # ids run PREFIX-0001, … in order
    sizes: tuple[int, int | None]
    compliant_share: tuple[float, float] | None
    channels: frozenset[str] | None

    @property
    def path(self) -> Path:
        return self.generator.HERE / self.generator.SET_FILE


HELDOUT_PIPL = {
    "d": HeldoutPiplSet(make_pipl_heldout_d, None, (220, None), None, None),
    "e": HeldoutPiplSet(make_pipl_heldout_e, None, (260, 320), (0.25, 0.35), None),
    "f": HeldoutPiplSet(make_pipl_heldout_f, "PF", (260, 320), (0.25, 0.35), EVERY_CHANNEL),
    "g": HeldoutPiplSet(make_pipl_heldout_g, "PG", (260, 320), (0.25, 0.35), EVERY_CHANNEL),
    "h": HeldoutPiplSet(make_pipl_heldout_h, "PH", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
}


@pytest.mark.parametrize("held_out", rows(HELDOUT_PIPL))
def test_heldout_pipl_set_is_regenerated_byte_identical(held_out: HeldoutPiplSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(held_out.generator.write_set, held_out.path, tmp_path)


@pytest.mark.parametrize("held_out", rows(HELDOUT_PIPL))
def test_heldout_pipl_set_is_balanced_over_contract_categories_with_entities_on_their_strings(
        held_out: HeldoutPiplSet) -> None:
    messages = messages_of(held_out.path)
    check_size(messages, held_out.sizes)
    assert len({m.message_id for m in messages}) == len(messages)
    if held_out.id_prefix:
        check_ids_in_order(messages, held_out.id_prefix)
    check_sorted_pii_categories(messages)
    check_every_pii_category(messages, 30)
    if held_out.compliant_share:
        check_compliant_share([m.extra["categories"] for m in messages], held_out.compliant_share)
    check_entity_spans(messages)
    if held_out.channels:
        assert {m.channel for m in messages} == held_out.channels


def test_heldout_pipl_set_h_writes_identifiers_every_way_and_keeps_its_decoys_unlabelled() -> None:
    """About a third of the messages carry an identifier entity, spoken and full-width forms among them, and
    every entity type the set promises occurs; the decoy section carries no category."""
    messages = messages_of(HELDOUT_PIPL["h"].path)
    identifier_types = {"CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT", "CN_LANDLINE"}
    with_identifier = [m for m in messages if any(e["entity_type"] in identifier_types for e in m.extra["entities"])]
    assert len(with_identifier) >= len(messages) / 4
    written = [m.text[e["start"]:e["end"]] for m in with_identifier for e in m.extra["entities"]]
    assert any(set(value) & set("幺洞两拐勾") for value in written)
    assert any(any("\uff10" <= c <= "\uff19" for c in value) for value in written)
    per_type = Counter(e["entity_type"] for m in messages for e in m.extra["entities"])
    assert all(per_type[t] >= 10 for t in ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD"))
    assert per_type["CN_PASSPORT"] and per_type["CN_LANDLINE"] and per_type["EMAIL"]
    decoys = [m for m in messages if m.campaign_id == "H-DECOYS"]
    assert decoys and all(not m.extra["categories"] for m in decoys)


# --- the labelled call sets (issue 11) ---------------------------------------------------------------------------

class CallSet(NamedTuple):
    path: Path
    write: Callable[[Path], Path]
    id_prefix: str | None = None            # every id starts with it
    opens_with_the_agent: bool = False      # every call's first turn is the agent's
    at_least_calls: int = 0                 # with `per_category`: size, a 35-45% compliant share and each
    per_category: int | None = None         # conduct category in at least `per_category` calls
    at_most_calls: int | None = None
    overlaps: int | None = None             # text and timed calls, this many overlapping turns, every recipient
    chats: bool = False                     # some records are typed chat threads (`medium: chat`)


CALL_SETS = {
    "heldout_d": CallSet(make_conduct_heldout_d.HERE / make_conduct_heldout_d.HELDOUT_FILE,
                         make_conduct_heldout_d.write_heldout, at_least_calls=150, per_category=25),
    "heldout_e": CallSet(make_conduct_heldout_e.HERE / make_conduct_heldout_e.HELDOUT_FILE,
                         make_conduct_heldout_e.write_heldout, at_least_calls=170, per_category=25,
                         at_most_calls=200, overlaps=5, chats=True),
    "heldout_f": CallSet(make_conduct_heldout_f.HERE / make_conduct_heldout_f.HELDOUT_FILE,
                         make_conduct_heldout_f.write_heldout, at_least_calls=160, per_category=25,
                         at_most_calls=200, overlaps=5, chats=True),
}


@cache
def call_records(path: Path) -> list[dict]:
    return call_set.read_records(path)


@cache
def calls_of(path: Path) -> list[Message]:
    return call_set.read_calls(path)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_is_regenerated_byte_identical(labelled: CallSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(labelled.write, labelled.path, tmp_path)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_loads_as_contract_calls_the_evaluation_reads(labelled: CallSet) -> None:
    records = call_records(labelled.path)
    call_set.check_contract_calls(calls_of(labelled.path), records)
    call_set.check_read_by_evaluation(labelled.path, records)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(labelled: CallSet) -> None:
    call_set.check_labels(calls_of(labelled.path))


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_writes_no_full_identifiers(labelled: CallSet) -> None:
    call_set.check_no_full_identifiers(call_records(labelled.path))


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "per_category"))
def test_call_set_size_compliant_share_and_every_category(labelled: CallSet) -> None:
    records = call_records(labelled.path)
    call_set.check_balance(records, labelled.at_least_calls, labelled.per_category)
    if labelled.at_most_calls:
        assert len(records) <= labelled.at_most_calls


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "overlaps"))
def test_call_set_forms_overlaps_and_recipients(labelled: CallSet) -> None:
    records = call_records(labelled.path)
    call_set.check_forms_and_recipients(records, labelled.overlaps)
    if labelled.chats:
        assert any(record.get("medium") == "chat" for record in records)


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "opens_with_the_agent"))
def test_call_set_opens_every_call_with_the_agent_under_its_prefix(labelled: CallSet) -> None:
    calls = calls_of(labelled.path)
    assert all(message.turns[0].speaker == "agent" for message in calls)
    if labelled.id_prefix:
        assert all(message.message_id.startswith(labelled.id_prefix) for message in calls)


def test_call_set_heldout_f_is_two_fifths_compliant_with_untimed_calls_outside_chats() -> None:
    records = call_records(CALL_SETS["heldout_f"].path)
    assert sum(1 for record in records if not record["labels"]) / len(records) >= 0.40
    assert any("turns" in record and "start" not in record["turns"][0] and "medium" not in record
               for record in records)
