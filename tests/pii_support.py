"""Shared by the PII tests: one EntityFinder per test process (building it loads jieba, ~1 s)."""

from __future__ import annotations

from functools import cache

from audit.analysers.pii import PiiAnalyser
from audit.message import Message
from audit.recognizers.finder import EntityFinder


@cache
def shared_finder() -> EntityFinder:
    return EntityFinder()


def assert_offsets_on_written_strings(messages: list[tuple[str, ...]], records: list[dict]) -> None:
    """A hand-written PIPL set (`make_pipl_dev2`'s tuple form): each record's entities point at the strings its
    script names, in order, and none is empty."""
    for (_, _, _, _, entities, _), written in zip(messages, records, strict=True):
        expected = [item.partition(":")[2] for item in entities.split("|") if item]
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == expected, written["message_id"]
        assert all(e["start"] < e["end"] for e in written["entities"]), written["message_id"]


def person_names(finder: EntityFinder, text: str) -> list[str]:
    """The PERSON strings the finder reports in `text`, in order."""
    return [text[e.start:e.end] for e in finder.find(text) if e.entity_type == "PERSON"]


def sms_categories(analyser: PiiAnalyser, text: str, recipient: str = "debtor") -> set[str]:
    """The categories `analyser` finds in an SMS of `text` sent to a `recipient`."""
    message = Message(message_id="m", campaign_id="c", channel="sms", text=text, recipient_type=recipient)
    return {f.category for f in analyser.analyse(message)}
