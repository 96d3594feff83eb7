"""The digit view: numbers as the numeric recognizers read them, with an exact map back to the text.

Call centres and speech recognition write digits as characters (幺三八, 洞洞两两, 拐, 勾), mix them with
figures and group them by pauses (一三零一零二 一九八零…). One reader serves every numeric recognizer
(ID card, mobile, landline, bank card, passport), so each keeps one written pattern:

- `folded`: the text with full-width digits and letters, full-width dots and dash variants folded to
  ASCII one character for one (offsets unchanged): １３８, Ｅ１２３４５６７８, 010—62345678;
- `spoken`: only when the text holds a spoken run, the folded text with each run rewritten as plain
  digits and its pauses dropped, with the map back to the original (`DigitView.to_original`).

A spoken run is at least MIN_RUN_DIGITS digits, figures or characters, at least one of them a
character, at most three pause characters between two. Runs of figures alone stay as written: their
separators are each recognizer's business (a date next to a phone number must not merge with it), and
the recognizers read both views, so a figure number glued to a word such as 怎么 is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.recognizers import SPOKEN_DIGITS

MIN_RUN_DIGITS = 7     # the shortest number read here: a local landline number without its area code

_DASHES = "‐‑‒–—―−﹣－"
_FOLD = {**{ord(ch): chr(ord(ch) - 0xFEE0) for ch in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺｘ．"},
         **{ord(ch): "-" for ch in _DASHES}}
_DIGIT_OF = {**SPOKEN_DIGITS, **{chr(ord("０") + d): str(d) for d in range(10)}, **{str(d): str(d) for d in range(10)}}
_SPOKEN = "".join(SPOKEN_DIGITS)
_TOKEN = f"[0-9０-９{_SPOKEN}]"
_PAUSE = "[ 　，,、\\-－—.·…/]{0,3}"
# 么 closing a word (什么, 怎么, 那么) is no digit: a run neither starts with it nor counts it as the digit before.
_WORD_ENDING_ME = "(?<=[什怎那这多要])么"
_RUN = re.compile(f"(?:(?<!{_TOKEN})|(?<={_WORD_ENDING_ME}))(?!{_WORD_ENDING_ME}){_TOKEN}"
                  f"(?:{_PAUSE}{_TOKEN}){{{MIN_RUN_DIGITS - 1},}}")
_HAN_WORD = re.compile(f"[\u4e00-\u9fa5](?<![{_SPOKEN}])")


@dataclass(frozen=True, slots=True)
class DigitView:
    """A text with its spoken runs read as digits, and the original index of each view character."""

    text: str
    index: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the view span [start, end) was read from."""
        return self.index[start], self.index[end - 1] + 1


@dataclass(frozen=True, slots=True)
class ReadDigits:
    folded: str
    spoken: DigitView | None     # None: the text holds no spoken run
    spoken_spans: tuple[tuple[int, int], ...]


def fold(text: str) -> str:
    """Full-width digits, letters and dots and every dash to ASCII, one character for one."""
    return text.translate(_FOLD)


@lru_cache(maxsize=256)      # every numeric recognizer reads the same text: one reading each
def read_digits(text: str) -> ReadDigits:
    folded = fold(text)
    runs = [span for span in map(_trimmed, _RUN.finditer(text)) if span]
    if not runs:
        return ReadDigits(folded, None, ())
    parts: list[str] = []
    index: list[int] = []
    done = 0
    for start, end in runs:
        parts.append(folded[done:start])
        index.extend(range(done, start))
        for at in range(start, end):
            digit = _DIGIT_OF.get(text[at])
            if digit is not None:
                parts.append(digit)
                index.append(at)
        done = end
    parts.append(folded[done:])
    index.extend(range(done, len(text)))
    return ReadDigits(folded, DigitView("".join(parts), index), tuple(runs))


def _trimmed(run: re.Match) -> tuple[int, int] | None:
    """The run without a last 一 or 两 that starts a word (…五六七八一直关机, 两天); None when too short."""
    text, start, end = run.string, run.start(), run.end()
    if text[end - 1] in "一两" and _HAN_WORD.match(text, end):
        end -= 1
        while end > start and text[end - 1] not in _DIGIT_OF:
            end -= 1
    digits = sum(ch in _DIGIT_OF for ch in text[start:end])
    spoken = any(ch in SPOKEN_DIGITS for ch in text[start:end])
    return (start, end) if digits >= MIN_RUN_DIGITS and spoken else None
