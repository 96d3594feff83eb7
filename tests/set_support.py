"""What the tests of the hand-written sets had copied from one another: checks of PII categories, their
weighting and entity offsets (PIPL sets B and C), the tests of the conduct sets B and C, which differ only in
their set, and the tests every wording and every PIPL development batch passes. Checks that every labelled call set shares
live in tests/conduct_set_support.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from audit.message import Message
from audit.vocabulary import CATEGORIES, ENTITY_TYPES
from benchmarks.eval import JUDGED_CATEGORIES, WORDING_CATEGORIES, load_labelled, read_messages
from tests import conduct_set_support as call_set

PII_CATEGORIES = {c for c in CATEGORIES if c.startswith("pii.")}
DISCLOSURE = "pii.third_party_disclosure"

# entity strings as written in a generator, by the text they are written in
Literals = dict[str, list[tuple[str, str]]]


def check_regenerated_byte_identical(write: Callable[[Path], Path], written_set: Path, directory: Path) -> None:
    """The set's generator, writing into `directory`, rewrites `written_set` byte for byte."""
    assert write(directory).read_bytes() == written_set.read_bytes(), f"stale: rerun python -m {write.__module__}"


def check_ids_in_order(messages: list[Message], prefix: str) -> None:
    """Ids run `PREFIX-0001`, `PREFIX-0002`, … in the order of the file."""
    assert [m.message_id for m in messages] == [f"{prefix}-{n:04d}" for n in range(1, len(messages) + 1)]


def check_size(items: list, sizes: tuple[int, int | None]) -> None:
    """At least `sizes[0]` items, and at most `sizes[1]` unless that is None."""
    low, high = sizes
    assert len(items) >= low and (high is None or len(items) <= high), len(items)


def check_compliant_share(labels: list[list[str]], share: tuple[float, float]) -> None:
    """The share of messages with no label lies within `share`."""
    low, high = share
    assert low <= sum(1 for found in labels if not found) / len(labels) <= high


def check_calls_timed_and_as_text_to_every_recipient(messages: list[Message]) -> None:
    """Messages reach debtors, third parties and unknown recipients; every call has turns, some timed and
    some written as prefixed text."""
    assert {m.recipient_type for m in messages} == {"debtor", "third_party", "unknown"}
    calls = [m for m in messages if m.channel == "call"]
    assert all(m.turns for m in calls)
    timed = [m for m in calls if m.turns[0].start is not None]
    assert timed and len(timed) < len(calls)


def message_body(message: Message) -> str:
    """A message's words: its turns one a line, or its text."""
    return "\n".join(turn.text for turn in message.turns) if message.turns else message.text


def check_no_text_written_twice(messages: list[Message]) -> None:
    """No two messages say the same words; a failure names the pair by id, never by text."""
    first_with: dict[str, str] = {}
    repeated = []
    for message in messages:
        body = message_body(message)
        if body in first_with:
            repeated.append((first_with[body], message.message_id))
        first_with.setdefault(body, message.message_id)
    assert repeated == []


def disclosures_only_to_third_parties(messages: list[Message], field: str) -> list[Message]:
    """The messages whose `field` (labels or categories) holds a disclosure, each of them to a third party."""
    disclosed = [m for m in messages if DISCLOSURE in m.extra[field]]
    assert [m.message_id for m in disclosed if m.recipient_type != "third_party"] == []
    return disclosed


def check_sorted_wording_codes(wording: list[Message]) -> None:
    """Each message's labels: sorted, once each, wording categories or a disclosure."""
    for message in wording:
        labels = message.extra["labels"]
        assert labels == sorted(set(labels)), message.message_id
        assert set(labels) <= {*WORDING_CATEGORIES, DISCLOSURE} <= set(CATEGORIES), message.message_id


def check_half_violating_over_every_wording_category(wording: list[Message]) -> None:
    """Held-out wording sets B and C: at least 420 messages, 45-55% with a wording category, each category on at
    least 35 messages and at least 30 messages with more than one."""
    assert len(wording) >= 420
    violating = [set(m.extra["labels"]) & set(WORDING_CATEGORIES) for m in wording]
    assert 0.45 <= sum(1 for found in violating if found) / len(wording) <= 0.55
    per_category = Counter(label for m in wording for label in m.extra["labels"])
    assert {c: per_category[c] for c in WORDING_CATEGORIES if per_category[c] < 35} == {}
    assert sum(1 for found in violating if len(found) > 1) >= 30


def timed_calls_beside_prefixed_text(wording: list[Message]) -> list[Message]:
    """Held-out wording sets B and C: at least 40 calls as timed turns and 40 as prefixed text, and 25 lawful calls
    in which the customer speaks. Returns the timed calls."""
    calls = [m for m in wording if m.channel == "call"]
    timed = [m for m in calls if all(t.start is not None and t.end is not None for t in m.turns)]
    assert len(timed) >= 40 and len(calls) - len(timed) >= 40
    customer_answered_lawfully = [m for m in calls if not m.extra["labels"]
                                  and any(t.speaker == "customer" for t in m.turns)]
    assert len(customer_answered_lawfully) >= 25
    return timed


def check_sorted_pii_categories(pipl: list[Message]) -> None:
    for message in pipl:
        categories = message.extra["categories"]
        assert categories == sorted(set(categories)), message.message_id
        assert set(categories) <= PII_CATEGORIES, message.message_id


def check_weighted_to_the_pipl_categories(pipl: list[Message], channels: set[str]) -> None:
    """At least 180 messages, most of them in the two PIPL categories, 60 compliant, on `channels`."""
    assert len(pipl) >= 180
    per_category = Counter(c for m in pipl for c in m.extra["categories"])
    assert per_category["pii.sensitive"] >= 50 and per_category["pii.excessive"] >= 50
    assert per_category["pii.unmasked_identifier"] >= 20 and per_category[DISCLOSURE] >= 20
    assert sum(1 for m in pipl if not m.extra["categories"]) >= 60
    assert {m.channel for m in pipl} == channels


def check_entity_spans(pipl: list[Message]) -> None:
    """Every entity span lies in its text and has a contract type."""
    for message in pipl:
        assert all(s["entity_type"] in ENTITY_TYPES and 0 <= s["start"] < s["end"] <= len(message.text)
                   for s in message.extra["entities"]), message.message_id


def check_entity_offsets(pipl: list[Message], literals: Literals) -> None:
    """Every span lies in its text, has a contract type, and covers a string the generator wrote."""
    check_entity_spans(pipl)
    for message in pipl:
        found = sorted((s["entity_type"], message.text[s["start"]:s["end"]]) for s in message.extra["entities"])
        assert found == sorted(literals[message.text]), message.message_id


def check_every_pii_category(pipl: list[Message], at_least: int) -> None:
    """Each pii category, and no other, labels at least `at_least` messages."""
    per_category = Counter(c for m in pipl for c in m.extra["categories"])
    assert set(per_category) == PII_CATEGORIES
    assert min(per_category.values()) >= at_least


def check_wording_labels(messages: list[Message], at_least: int, compliant_share: tuple[float, float]) -> None:
    """Unique ids; labels sorted contract wording codes, each of the eight categories in at least `at_least`
    messages; the share of compliant messages within `compliant_share`."""
    assert len({m.message_id for m in messages}) == len(messages)
    labels = [m.extra["labels"] for m in messages]
    assert all(set(found) <= set(CATEGORIES) and found == sorted(found) for found in labels)
    per_category = Counter(category for found in labels for category in found)
    assert len(per_category) == 8 and min(per_category.values()) >= at_least
    low, high = compliant_share
    assert low <= sum(1 for found in labels if not found) / len(messages) <= high



def check_size_share_and_categories(records: list[dict], size: int, share: tuple[float, float],
                                    every_category: int = 0, *, violating: bool = False) -> None:
    """A wording batch's shape: at least `size` records, the share of compliant ones (of violating ones with
    `violating`) within `share`, and every judged category labelling at least `every_category` records."""
    assert len(records) >= size
    counted = sum(1 for r in records if bool(r["labels"]) == violating)
    low, high = share
    assert low <= counted / len(records) <= high
    per_category = Counter(c for r in records for c in r["labels"])
    assert all(per_category[c] >= every_category for c in JUDGED_CATEGORIES)

class HeldoutCallSetTests(call_set.CallSetTests):
    """The tests of a held-out conduct call set written in the call notation (B, C): besides every call set's,
    its ids in order, its size and compliant share, and its forms (text and timed turns, overlaps, lengths,
    recipients). A set's test module subclasses it as `Test…`, naming the set's file, its generator's writer
    and its message id prefix."""

    ID_PREFIX: str

    def test_ids_run_in_order(self, calls: list[Message]) -> None:
        assert [message.message_id for message in calls] == [f"{self.ID_PREFIX}-{n:03d}" for n in range(1, len(calls) + 1)]

    def test_size_compliant_share_and_every_category(self, records: list[dict]) -> None:
        call_set.check_balance(records, 150, 22)

    def test_forms_timings_lengths_and_recipients(self, records: list[dict], calls: list[Message]) -> None:
        as_text = [record for record in records if "text" in record]
        timed = [record for record in records if "turns" in record and "start" in record["turns"][0]]
        untimed = [record for record in records if "turns" in record and "start" not in record["turns"][0]]
        assert 0.2 <= len(as_text) / len(records) <= 0.3
        assert len(timed) > len(records) / 2 and untimed
        overlaps = call_set.overlapping_turns(records)
        assert overlaps > 0, "some speech starts before the previous turn ends"
        lengths = [len(message.turns) for message in calls]
        assert sum(length >= 15 for length in lengths) >= 10 and max(lengths) <= 30
        assert sum(length <= 5 for length in lengths) >= 20
        recipients = Counter(record.get("recipient_type", "absent") for record in records)
        assert set(recipients) == {"debtor", "third_party", "unknown", "absent"}


def check_loads_through_the_wording_evaluation(path: Path, records: list[dict]) -> None:
    """A wording batch: the evaluation reads every record, with unique ids, and its labels."""
    assert [m.message_id for m in read_messages(path)] == [r["message_id"] for r in records]
    assert len({r["message_id"] for r in records}) == len(records)
    assert len(load_labelled(path, "labels")) == len(records)


def check_sorted_judged_labels(records: list[dict]) -> None:
    for record in records:
        assert set(record["labels"]) <= set(JUDGED_CATEGORIES), record["message_id"]
        assert record["labels"] == sorted(set(record["labels"])), record["message_id"]


def check_pipl_dev_shape(records: list[dict], lawful_prefix: str | None, *, at_least: int = 250,
                         lawful_share: tuple[float, float] = (0.25, 0.40), families: str = "hpmdcwfrk",
                         per_family: int = 8) -> None:
    """A PIPL development set: at least `at_least` messages on every channel, `lawful_share` of them lawful
    (their ids starting with `lawful_prefix` unless it is None), and every sensitive family, named by the first
    letter after the id prefix, at least `per_family` times. The defaults are those of sets 4 to 8 (families:
    health, pregnancy, mental health, disability, a child's schooling, whereabouts, finance, religion, criminal
    record)."""
    assert len(records) >= at_least
    lawful = [r for r in records if not r["categories"]]
    if lawful_prefix is not None:
        assert all(r["message_id"].startswith(lawful_prefix) for r in lawful)
    low, high = lawful_share
    assert low <= len(lawful) / len(records) <= high
    assert {r["channel"] for r in records} == {"sms", "app", "email", "notice", "call"}
    per_family_found = Counter(r["message_id"].split("-")[1][0] for r in records if "pii.sensitive" in r["categories"])
    assert all(per_family_found[f] >= per_family for f in families), per_family_found


def check_pipl_codes_and_ids(records: list[dict], id_prefix: str) -> None:
    """Unique ids under `id_prefix`; the contract's categories and entity types, on non-empty spans."""
    assert len({r["message_id"] for r in records}) == len(records)
    for r in records:
        assert r["message_id"].startswith(id_prefix), r["message_id"]
        assert set(r["categories"]) <= PII_CATEGORIES, r["message_id"]
        assert {e["entity_type"] for e in r["entities"]} <= set(ENTITY_TYPES), r["message_id"]
        assert all(r["text"][e["start"]:e["end"]].strip() for e in r["entities"]), r["message_id"]


def check_reads_as_contract_messages_with_calls(path: Path, records: list[dict]) -> None:
    """The readers take every record, in order, and the set holds calls, each with its turns."""
    messages = read_messages(path)
    assert [m.message_id for m in messages] == [r["message_id"] for r in records]
    calls = [m for m in messages if m.channel == "call"]
    assert calls and all(m.turns for m in calls)
