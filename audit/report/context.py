"""Masked context windows: where in a message a finding sits, with personal data masked.

Reports never copy message text except through here. The whole text goes through the one masking
function (`mask_evidence`: every entity the PII recognizers find, in the house style, then a net for
long digit runs and e-mail), which keeps the length, so finding offsets stay valid; only then is the
window cut. Its edges and the finding's span are widened to whole "tokens" (runs of digits, Latin
letters and the punctuation inside numbers and e-mail addresses), so no number is shown cut in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.masking import mask_evidence
from audit.message import Message, Turn, parse_call_text

WINDOW = 30             # characters of context on each side of the finding
MAX_TOKEN_WIDENING = 60  # a side whose token runs on longer than this is dropped rather than shown

_TOKEN_CHAR = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ@._%+\-－*＊]")
_DIGIT = re.compile(r"[0-9０-９]")
_SPACES = " 　"


@dataclass(frozen=True, slots=True)
class MaskedContext:
    before: str
    hit: str
    after: str
    clipped_before: bool
    clipped_after: bool

    def to_dict(self) -> dict:
        return {"before": self.before, "hit": self.hit, "after": self.after}


def call_turns(message: Message) -> list[Turn] | None:
    """A call's turns as the conduct analyser numbers them: given, or parsed from a speaker-prefixed text."""
    if message.turns is not None:
        return message.turns
    return parse_call_text(message.text) if message.text else None


def segment_text(message: Message, turn: int | None) -> str | None:
    """The text a finding's offsets point into: one turn of a call, or the whole body."""
    if turn is not None:
        turns = call_turns(message)
        if turns is None or not 0 <= turn < len(turns):
            return None
        return turns[turn].text
    return message.text


def masked_context(text: str, start: int, end: int, window: int = WINDOW) -> MaskedContext | None:
    """The finding `text[start:end]` with up to `window` characters each side, every part masked."""
    if not 0 <= start <= end <= len(text):
        return None
    hit_start, hit_end = _widen_left(text, start), _widen_right(text, end)
    if hit_start is None or hit_end is None:
        return None
    lo = _widen_left(text, max(0, hit_start - window))
    hi = _widen_right(text, min(len(text), hit_end + window))
    masked = mask_personal_data(text)
    before = "" if lo is None else masked[lo:hit_start]
    after = "" if hi is None else masked[hit_end:hi]
    return MaskedContext(
        before=_one_line(before), hit=_one_line(masked[hit_start:hit_end]), after=_one_line(after),
        clipped_before=lo != 0, clipped_after=hi != len(text),
    )


def mask_personal_data(text: str) -> str:
    """`text` through the one masking function (same length)."""
    masked = mask_evidence(text)
    if len(masked) != len(text):        # offsets would no longer fit: never show an unaligned text
        raise ValueError("house masking changed the text's length")
    return masked


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def _widen_left(text: str, pos: int) -> int | None:
    """Move `pos` left to the start of the token it cuts; None when that token is too long to show."""
    limit = max(0, pos - MAX_TOKEN_WIDENING)
    while pos > 0 and _cuts_token(text, pos):
        if pos == limit:
            return None
        pos -= 1
    return pos


def _widen_right(text: str, pos: int) -> int | None:
    limit = min(len(text), pos + MAX_TOKEN_WIDENING)
    while pos < len(text) and _cuts_token(text, pos):
        if pos == limit:
            return None
        pos += 1
    return pos


def _cuts_token(text: str, pos: int) -> bool:
    """Whether `pos` falls inside a token; a space inside a number ("138 0013 8000") joins it."""
    if not 0 < pos < len(text):
        return False
    left, right = text[pos - 1], text[pos]
    if left in _SPACES:
        return pos >= 2 and bool(_DIGIT.match(text[pos - 2]) and _DIGIT.match(right))
    if right in _SPACES:
        return pos + 1 < len(text) and bool(_DIGIT.match(left) and _DIGIT.match(text[pos + 1]))
    return bool(_TOKEN_CHAR.match(left) and _TOKEN_CHAR.match(right))
