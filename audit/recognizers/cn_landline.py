"""CN_LANDLINE: fixed-line numbers with their area code: 010-12345678, (0755)8888 6666, +86-10-62345678,
010—62345678 (every dash reads as a hyphen in the digit view), 零幺零 六二三四 五六七八 read aloud. An extension
written after the number (转806, 分机 3302, -8021, ext. 21) is part of it: the whole number one dials to reach that
desk is what a compliance officer quotes as evidence and what masking must hide (the sets' writers label it either way;
`landline_without_extension` gives the number alone, as the scorer reads both)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.base import (
    DIGIT,
    NOT_DIGIT_AFTER,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPattern,
    ZhPatternRecognizer,
)
from audit.recognizers.digit_view import fold, read_digits

# Area codes: 010, 02x, or 0 + three digits starting 3-9; local numbers start 2-8 and have 7-8 digits.
_AREA = f"0(?:10|2{DIGIT}|[3-9３-９]{DIGIT}{{2}})"
_INTERNATIONAL_AREA = f"(?<![+＋0-9])(?:[+＋]|00)86{SEPARATOR}?(?:10|2{DIGIT}|[3-9３-９]{DIGIT}{{2}})"   # +86-10-…
# Not the tail of a longer number grouped in fours (卡号6226-0993-2255-1240, 合同号 2026 0412 8804 1521 37)
_NOT_IN_GROUPS = "(?<![0-9０-９]{4}[ \\-－./])"
# A seven-digit local number may also be grouped 4 + 3 (0755-6929 988).
_LANDLINE = (f"{NOT_DIGIT_BEFORE}{_NOT_IN_GROUPS}(?:[(（]{_AREA}[)）]|{_AREA}|{_INTERNATIONAL_AREA}){SEPARATOR}?[2-8２-８]"
             f"(?:{DIGIT}{{2,3}}{SEPARATOR}?{DIGIT}{{4}}|{DIGIT}{{3}}{SEPARATOR}{DIGIT}{{3}}){NOT_DIGIT_AFTER}")

# Hong Kong and Macau fixed lines (eight digits starting 2 or 3, after (852)/(853) or +852, a space between or not) and Taiwan's (a one-digit
# area code 02-08 in brackets or after +886, then seven or eight digits), as lenders across the border write them.
_CROSS_BORDER = (f"{NOT_DIGIT_BEFORE}(?:(?:[(（]85[23][)）]|(?<![+＋0-9])(?:[+＋]|00)85[23]){SEPARATOR}?[23]{DIGIT}{{3}}"
                 f"|(?:[(（]0[2-8][)）]|(?<![+＋0-9])(?:[+＋]|00)886{SEPARATOR}?[2-8])"
                 f"{SEPARATOR}?[2-9]{DIGIT}{{2,3}}){SEPARATOR}?{DIGIT}{{4}}{NOT_DIGIT_AFTER}")
# Taiwan's one-digit area code without brackets, hyphens between all three groups (02-2261-5599, as courts and lenders
# there print it): no mainland code is two digits, and the hyphens keep a run of digits from reading as one; not the
# tail of a longer hyphenated number (2026-02-2261-5599).
_TAIWAN_HYPHENATED = f"{NOT_DIGIT_BEFORE}(?<![0-9０-９][ \\-－./])0[2-8]-[2-9]{DIGIT}{{2,3}}-{DIGIT}{{4}}{NOT_DIGIT_AFTER}"

# A local number without its area code (8762 3310, 八七六二 三三幺洞), found only right after the word that makes it a
# fixed line (你家座机…, 单位电话是…): scored below the threshold, `analyze` raises it there. Not the tail of a 400 or a
# longer grouped number (400-820-5588).
_LOCAL = f"{NOT_DIGIT_BEFORE}(?<![0-9０-９][ \\-－./])[2-8２-８]{DIGIT}{{2,3}}{SEPARATOR}?{DIGIT}{{4}}{NOT_DIGIT_AFTER}"
_LOCAL_SCORE = 0.1
_LOCAL_PATTERN = "CN local number after a fixed-line word"
_FIXED_LINE_WORDS = "座机|固话|宅电|家里电话|家庭电话|单位电话|办公电话|公司电话|办公室电话"
_FIXED_LINE_RIGHT_BEFORE = re.compile(f"(?:{_FIXED_LINE_WORDS})(?:号码?)?(?:是|为)?[：: ]{{0,2}}$")

# An extension right after the number: 转/分机/ext/x or a hyphen, then one to five figures and no more, or after 转/分机
# one to five digits read aloud (转八零二, 转 幺零两), which no word goes on from (转一下, 转两次 are no extension).
_SPOKEN = "".join(SPOKEN_DIGITS)
_EXTENSION = re.compile("[ ]?(?:(?:转|轉|分机|分機|内线|ext\\.?|x|-)[ ]?[0-9]{1,5}(?![0-9]|[-./][0-9])"
                        f"|(?:转|轉|分机|分機|内线)[ ]?[{_SPOKEN}]{{1,5}}(?![{_SPOKEN}下次遍个天号给到位趟]))", re.IGNORECASE)
_EXTENSION_AT_END = re.compile(f"(?:{_EXTENSION.pattern})$", re.IGNORECASE)
_SPOKEN_AS_FIGURES = str.maketrans(SPOKEN_DIGITS)
# A number one can dial without what follows it: a whole mainland, Hong Kong, Macau or Taiwan landline, or a local one.
_WHOLE_NUMBER = re.compile("|".join(f"(?:{p})" for p in (_LANDLINE, _CROSS_BORDER, _TAIWAN_HYPHENATED, _LOCAL)))


def landline_without_extension(number: str) -> str:
    """The number without the extension written after it (0571-8762 3310转806: 0571-8762 3310); a hyphen's last group
    that the number needs is no extension ((010) 6523-8890, 02-2345-6789: what is left before it is too short to dial)."""
    folded = fold(number)
    match = _EXTENSION_AT_END.search(folded)
    if match is None or not _WHOLE_NUMBER.fullmatch(folded.translate(_SPOKEN_AS_FIGURES), 0, match.start()):
        return number
    return number[:match.start()]


class CnLandlineRecognizer(ZhPatternRecognizer):
    ENTITY = "CN_LANDLINE"
    PATTERNS = [ZhPattern("CN landline", _LANDLINE, 0.55), ZhPattern("HK, Macau or Taiwan landline", _CROSS_BORDER, 0.55),
                ZhPattern("Taiwan landline, hyphenated", _TAIWAN_HYPHENATED, 0.55),
                ZhPattern(_LOCAL_PATTERN, _LOCAL, _LOCAL_SCORE)]
    TRIGGER = f"0{DIGIT}|8[56]|{_FIXED_LINE_WORDS}"
    CONTEXT_WORDS = ("电话", "座机", "固话", "致电", "联系", "拨打", "来电", "热线")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS    # 发票代码 044031900111 has a landline's shape
    READS_DIGITS = True

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """An area code read aloud in brackets (（洞拐五五）八三两六…) keeps its opening bracket, as a written one does; an
        extension written after the number joins it."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        folded = read_digits(text).folded if results else text     # read once already, for the match
        for result in results:
            if result.start and text[result.start - 1] in "(（" and any(c in ")）" for c in text[result.start:result.end]):
                result.start -= 1
            extension = _EXTENSION.match(folded, result.end)
            if extension:
                result.end = extension.end()
        return results

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """A local number without its area code is kept, at the pattern score of a whole one, only right after a
        fixed-line word (before the spoken readings are weighed, so that a local number dropped there leaves the
        whole number read aloud around it: 0571 然后 8762 3310)."""
        if result.analysis_explanation is None or result.analysis_explanation.pattern_name != _LOCAL_PATTERN:
            return True
        if not _FIXED_LINE_RIGHT_BEFORE.search(text, max(0, result.start - 12), result.start):
            return False
        result.score = 0.55
        return True
