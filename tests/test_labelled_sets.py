"""The tests of the labelled sets, one table per kind of set: each row names a set's generator, file, id prefix,
size bounds, shares and channels, and every test runs the shared checks of `tests/set_support.py` on each row it
applies to. A set's own extra checks stay beside the table as small named tests; the test ids name the set."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from audit.message import Message
from benchmarks.data import (
    make_heldout_d,
    make_heldout_e,
    make_heldout_f,
    make_heldout_g,
    make_heldout_h,
)
from benchmarks.data.set_format import WORDING_LABEL_CODES
from benchmarks.eval import read_messages
from tests.set_support import (
    check_calls_timed_and_as_text_to_every_recipient,
    check_ids_in_order,
    check_regenerated_byte_identical,
    check_size,
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
