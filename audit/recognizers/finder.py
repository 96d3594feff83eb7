"""Find personal data in a text: our recognizers run directly, each only where its cheap trigger occurs.

Presidio's full pipeline (jieba + spaCy NLP artifacts, the AnalyzerEngine, then every recognizer) costs
~0.3 ms a message. None of our recognizers reads the NLP artifacts (context is judged by character window,
PERSON segments its own text), and each one declares a trigger that must occur wherever it can match. So
`find` runs the triggered recognizers' patterns, validators and context itself, then the engine's score
threshold and de-duplication: no spaCy pipeline, no engine, no per-call registry look-up or explanation
bookkeeping. The result is the same as `find_full`, Presidio's own pipeline (tested); the engine behind
`find_full` is built on its first call only.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from audit.recognizers.engine import LANGUAGE, load_presidio_core

load_presidio_core()    # before any recognizer imports Presidio: its recognizer classes without its engine and spaCy

from presidio_analyzer import EntityRecognizer, RecognizerResult  # noqa: E402

from audit.recognizers import build_recognizers  # noqa: E402
from audit.recognizers.base import ZhPatternRecognizer  # noqa: E402
from audit.recognizers.cross_border import OUTSIDE_MAINLAND_KEY  # noqa: E402
from audit.recognizers.person import NICKNAME_KEY  # noqa: E402

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Entity:
    """One piece of personal data: offsets into the text it was found in. `nickname`: a PERSON that is a nickname (小王,
    刘哥: `ZhPersonRecognizer.is_nickname`), masked as a name is but no finding. `outside_mainland`: an identifier of a
    resident outside the mainland (a Hong Kong ID, a +852 mobile: cross_border.py), under the nearest mainland type, which
    the rules count and masking masks but which is none of the contract's mainland shapes."""

    entity_type: str
    start: int
    end: int
    score: float
    nickname: bool = False
    outside_mainland: bool = False

    def to_dict(self) -> dict:
        return {"entity_type": self.entity_type, "start": self.start, "end": self.end,
                "score": round(self.score, 2)}


class EntityFinder:
    def __init__(self, lexicons: Path | None = None, score_threshold: float = DEFAULT_THRESHOLD, *,
                 compile_now: bool = True) -> None:
        """`compile_now`: compile every recognizer's patterns here, for a finder of whole messages (the pii analyser,
        `audit mask`, the gate), where every recognizer runs within the first few, which then wait no longer than the
        others; else each at its first search, for a finder of evidence snippets (`find_entities`), where most never
        run (~0.1 s of start-up, ADDRESS's patterns nearly all of it)."""
        self.recognizers = build_recognizers(lexicons)
        self.score_threshold = score_threshold
        self._analyzer: AnalyzerEngine | None = None
        if compile_now:
            for recognizer in self.recognizers:
                if isinstance(recognizer, ZhPatternRecognizer):
                    recognizer.compile_patterns()

    @property
    def analyzer(self) -> AnalyzerEngine:
        """Presidio's engine over the same recognizers, with the jieba/spaCy NLP engine: built on first use."""
        if self._analyzer is None:
            from audit.recognizers.engine import build_analyzer_engine

            self._analyzer = build_analyzer_engine(self.recognizers, self.score_threshold)
        return self._analyzer

    def find(self, text: str, *, nicknames: bool = False) -> list[Entity]:
        """All entities in `text`, running only the recognizers whose trigger occurs in it; with `nicknames`, the
        nicknames too (小王, 刘哥), for what masks the text: they are no personal data found, but are masked; and the
        identifiers of residents outside the mainland (+852 6958 9723, HKID C898419(9)), for what masks or judges it:
        none of the contract's mainland shapes, but masked and counted by the rules."""
        results: list[RecognizerResult] = []
        for recognizer in self.recognizers:
            if recognizer.triggered(text):
                found = recognizer.analyze(text, recognizer.supported_entities, None)
                # Our recognizers judge context on their own results only (base.py): no others, no artifacts.
                results += recognizer.enhance_using_context(text, found, [], None) if found else ()
        kept = [result for result in results if result.score >= self.score_threshold]
        return _entities(EntityRecognizer.remove_duplicates(kept), nicknames) if kept else []

    def find_full(self, text: str, *, nicknames: bool = False) -> list[Entity]:
        """Presidio's own pipeline, every recognizer and the jieba/spaCy NLP pass: the reference for `find`."""
        return _entities(self.analyzer.analyze(text, language=LANGUAGE), nicknames)


# Checksummed identifiers whose shapes coincide: an 18-digit resident ID may also pass Luhn or the
# USCC check. The check that also validated region and birth date is the more specific: it wins.
_CHECKSUM_PRECEDENCE = ("CN_ID_CARD", "CN_USCC", "CN_BANK_CARD")
_PHONES = ("CN_MOBILE", "CN_LANDLINE")


def _entities(results: list[RecognizerResult], nicknames: bool = False) -> list[Entity]:
    kept = _resolve_checksum_overlaps(results)
    # A mobile read twice in one breath (幺三八 两六洞拐 四四五九 幺三八 …) may pass as a card read across the two: a card
    # that a mobile reaches into from outside is no card.
    kept = _drop_overlapped(kept, "CN_BANK_CARD", "CN_MOBILE", from_outside=True)
    # A phone number read inside a card or ID number that passed its checksum (卡号 六二二六 零九三二 六六幺六…: the
    # last groups look like a landline) is part of that number, not a number of its own.
    kept = _drop_inside(kept, _PHONES, _CHECKSUM_PRECEDENCE)
    # Numbers listed in one breath (幺三九 洞五七幺 八八三洞，幺五二 …) may read as a landline across two mobiles: a
    # landline that overlaps a mobile is a misreading of their groups.
    kept = _drop_overlapped(kept, "CN_LANDLINE", "CN_MOBILE")
    # A "name" inside an address is part of a place name (枫林湾, 王府井), not a person; inside a number written in
    # capitals (…伍陆柒捌) it is three of its digits.
    kept = _drop_inside(kept, ("PERSON",), ("ADDRESS", *_CHECKSUM_PRECEDENCE, *_PHONES))
    # Two readings of one address that overlap or touch (…兴发路26号 and 镇…兴发路26号301, …华南城2号|交易广场P09栋) are
    # one address: their union, masked whole, not two entities.
    kept = _merge_touching(kept, "ADDRESS")
    # A number that is an e-mail address's local part (13826074459@163.com, QQ mail's habit) is part of the address:
    # one entity, masked whole.
    kept = _drop_inside(kept, (*_CHECKSUM_PRECEDENCE, *_PHONES), ("EMAIL",))
    found = (Entity(r.entity_type, r.start, r.end, r.score, bool((r.recognition_metadata or {}).get(NICKNAME_KEY)),
                    bool((r.recognition_metadata or {}).get(OUTSIDE_MAINLAND_KEY))) for r in kept)
    return sorted((e for e in found if nicknames or not (e.nickname or e.outside_mainland)),
                  key=lambda e: (e.start, -e.end, e.entity_type))


def _merge_touching(results: list[RecognizerResult], entity_type: str) -> list[RecognizerResult]:
    """`results` with those of `entity_type` that overlap or touch merged into one spanning them, at the best score."""
    spans = sorted((r for r in results if r.entity_type == entity_type), key=lambda r: (r.start, -r.end))
    if len(spans) < 2:
        return results
    merged: list[RecognizerResult] = []
    for result in spans:
        last = merged[-1] if merged else None
        if last is not None and result.start <= last.end:
            if result.end > last.end or result.score > last.score:
                merged[-1] = RecognizerResult(entity_type, last.start, max(last.end, result.end),
                                              max(last.score, result.score), last.analysis_explanation,
                                              last.recognition_metadata)
        else:
            merged.append(result)
    return [r for r in results if r.entity_type != entity_type] + merged


def _drop_inside(results: list[RecognizerResult], inner: tuple[str, ...],
                 outer: tuple[str, ...]) -> list[RecognizerResult]:
    """`results` without those of an `inner` type that lie within one of an `outer` type."""
    outers = [r for r in results if r.entity_type in outer]
    return [r for r in results if r.entity_type not in inner or not any(
        o.start <= r.start and r.end <= o.end for o in outers)]


def _drop_overlapped(results: list[RecognizerResult], dropped: str, by: str,
                     from_outside: bool = False) -> list[RecognizerResult]:
    """`results` without those of type `dropped` that a result of type `by` overlaps (with `from_outside`, only one
    that reaches in from outside: a `dropped` result holding the other whole stays)."""
    others = [r for r in results if r.entity_type == by]
    return [r for r in results if r.entity_type != dropped or not any(
        o.start < r.end and r.start < o.end and not (from_outside and r.start <= o.start and o.end <= r.end)
        for o in others)]


def _resolve_checksum_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drops a card or USCC result that overlaps a result of a type earlier in `_CHECKSUM_PRECEDENCE`."""
    def rank(result: RecognizerResult) -> int:
        return _CHECKSUM_PRECEDENCE.index(result.entity_type)

    ranked = [r for r in results if r.entity_type in _CHECKSUM_PRECEDENCE]
    return [r for r in results if r.entity_type not in _CHECKSUM_PRECEDENCE or not any(
        rank(other) < rank(r) and other.start < r.end and r.start < other.end for other in ranked)]


_default: EntityFinder | None = None
_default_lock = threading.Lock()


def find_entities(text: str) -> list[Entity]:
    """Entities in `text` to mask, nicknames among them (`EntityFinder.find`), with the shipped word lists (the finder
    is built on first use, ~0.35 s, PERSON's jieba dictionary most of it; once, even when the gate's worker threads mask
    their first evidence at the same time).
    Its patterns compile at their first search: the evidence it masks is short, and most of it holds no digit, @ or
    address word, so most recognizers never search."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = EntityFinder(compile_now=False)
    return _default.find(text, nicknames=True)
