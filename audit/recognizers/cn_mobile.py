"""CN_MOBILE: mainland mobile numbers, written in digits or, in call transcripts, spoken as characters."""

from __future__ import annotations

from presidio_analyzer import Pattern

from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.base import (
    DIGIT,
    NOT_DIGIT_AFTER,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPatternRecognizer,
    digits_only,
)

# Number segments allocated to mobile networks (MIIT numbering plan), by their first three digits.
MOBILE_PREFIXES = frozenset(
    [f"13{d}" for d in range(10)] + [f"18{d}" for d in range(10)]
    + ["145", "146", "147", "148", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159",
       "162", "165", "166", "167", "170", "171", "172", "173", "174", "175", "176", "177", "178",
       "190", "191", "192", "193", "195", "196", "197", "198", "199"]
)

_SPOKEN_HAN = "[" + "".join(SPOKEN_DIGITS) + "]"
# A transcript may write some digits as figures (幺三八 1234 五六七八): a spoken number is any mix of the
# two with at least one spoken character; all figures is the written pattern's.
_SPOKEN = f"(?:{_SPOKEN_HAN}|{DIGIT})"
# Pauses between any two digits: spaces, commas, hyphens, dashes, dots, at most three in a row (幺三五 - 零…).
_SPOKEN_SEP = "[ 　，,、\\-－—.·…/]{0,3}"

_WRITTEN = (f"{NOT_DIGIT_BEFORE}(?<![+＋])(?:(?:[+＋]|00){{0,1}}86{SEPARATOR}?)?[1１][3-9３-９]{DIGIT}"
            f"(?:{SEPARATOR}?{DIGIT}{{4}}){{2}}{NOT_DIGIT_AFTER}")
# Bounded by non-digits: a pause before the next sentence (…五六七八，九点前回电) is no twelfth digit, nor
# is 一 or 两 where it is part of a word: ending one before (星期一, 第一) or starting one after
# (…五六七八一直关机, 两天). Any other digit character next to the number makes it longer than 11.
_HAN = "[\u4e00-\u9fa5]"
_OTHER_DIGITS_BEFORE = "[" + "".join(sorted(set(SPOKEN_DIGITS) - {"一"})) + "]"
_OTHER_DIGITS_AFTER = "[" + "".join(sorted(set(SPOKEN_DIGITS) - {"一", "两"})) + "]"
_NOT_DIGIT_BEFORE = f"(?<!{DIGIT})(?<!{_OTHER_DIGITS_BEFORE})(?<!(?:{_SPOKEN}|(?!{_HAN}).|^)一)"
_NOT_DIGIT_AFTER = f"(?!{DIGIT})(?!{_OTHER_DIGITS_AFTER})(?![一两](?:{_SPOKEN}|(?!{_HAN})))"
_SPOKEN_NUMBER = (f"{_NOT_DIGIT_BEFORE}(?=(?:{_SPOKEN}{_SPOKEN_SEP}){{0,10}}{_SPOKEN_HAN})"
                  f"[一幺么1１]{_SPOKEN_SEP}{_SPOKEN}(?:{_SPOKEN_SEP}{_SPOKEN}){{9}}{_NOT_DIGIT_AFTER}")


def mobile_digits(value: str) -> str:
    """The 11 national digits of a written or spoken number (country code dropped)."""
    number = digits_only("".join(SPOKEN_DIGITS.get(ch, ch) for ch in value))
    if len(number) == 13 and number.startswith("86"):
        number = number[2:]
    elif len(number) == 15 and number.startswith("0086"):
        number = number[4:]
    return number


class CnMobileRecognizer(ZhPatternRecognizer):
    """13812345678, +86 138-1234-5678, １３８１２３４５６７８, 一三八幺二三四五六七八."""

    ENTITY = "CN_MOBILE"
    PATTERNS = [Pattern("CN mobile", _WRITTEN, 0.6), Pattern("CN mobile spoken", _SPOKEN_NUMBER, 0.5)]
    TRIGGER = f"[1１][3-9３-９]|[一幺么1１]{_SPOKEN_SEP}{_SPOKEN}"
    CONTEXT_WORDS = ("手机", "电话", "致电", "联系", "号码", "来电", "短信", "微信", "回电", "拨打", "打给")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS

    def validate_result(self, pattern_text: str) -> bool | None:
        """A valid prefix keeps the pattern score (context can still raise it); any other is dropped."""
        number = mobile_digits(pattern_text)
        return None if len(number) == 11 and number[:3] in MOBILE_PREFIXES else False
