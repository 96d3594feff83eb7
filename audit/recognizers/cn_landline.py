"""CN_LANDLINE: fixed-line numbers with their area code: 010-12345678, (0755)8888 6666, +86-10-62345678,
010—62345678 (every dash reads as a hyphen in the digit view), 零幺零 六二三四 五六七八 read aloud. An extension
after the number (转8, -801, ext 12) is no part of it: the span stops before it, as the sets' writers label it."""

from __future__ import annotations

from presidio_analyzer import Pattern, RecognizerResult

from audit.recognizers.base import (
    DIGIT,
    NOT_DIGIT_AFTER,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPatternRecognizer,
)

# Area codes: 010, 02x, or 0 + three digits starting 3-9; local numbers start 2-8 and have 7-8 digits.
_AREA = f"0(?:10|2{DIGIT}|[3-9３-９]{DIGIT}{{2}})"
_INTERNATIONAL_AREA = f"(?<![+＋0-9])(?:[+＋]|00)86{SEPARATOR}?(?:10|2{DIGIT}|[3-9３-９]{DIGIT}{{2}})"   # +86-10-…
# Not the tail of a longer number grouped in fours (卡号6226-0993-2255-1240, 合同号 2026 0412 8804 1521 37)
_NOT_IN_GROUPS = "(?<![0-9０-９]{4}[ \\-－./])"
# A seven-digit local number may also be grouped 4 + 3 (0755-6929 988).
_LANDLINE = (f"{NOT_DIGIT_BEFORE}{_NOT_IN_GROUPS}(?:[(（]{_AREA}[)）]|{_AREA}|{_INTERNATIONAL_AREA}){SEPARATOR}?[2-8２-８]"
             f"(?:{DIGIT}{{2,3}}{SEPARATOR}?{DIGIT}{{4}}|{DIGIT}{{3}}{SEPARATOR}{DIGIT}{{3}}){NOT_DIGIT_AFTER}")


class CnLandlineRecognizer(ZhPatternRecognizer):
    ENTITY = "CN_LANDLINE"
    PATTERNS = [Pattern("CN landline", _LANDLINE, 0.55)]
    TRIGGER = f"0{DIGIT}|86"
    CONTEXT_WORDS = ("电话", "座机", "固话", "致电", "联系", "拨打", "来电", "热线")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS    # 发票代码 044031900111 has a landline's shape
    READS_DIGITS = True

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """An area code read aloud in brackets (（洞拐五五）八三两六…) keeps its opening bracket, as a written one does."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.start and text[result.start - 1] in "(（" and any(c in ")）" for c in text[result.start:result.end]):
                result.start -= 1
        return results
