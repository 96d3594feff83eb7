"""CN_PASSPORT: PRC passports (E12345678, EA1234567, older G12345678; P/S/D official series)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from audit.recognizers.base import ZhPatternRecognizer

_EDGE_BEFORE, _EDGE_AFTER = "(?<![A-Za-z0-9*])", "(?![A-Za-z0-9*])"


class CnPassportRecognizer(ZhPatternRecognizer):
    """The letter-and-digit shapes also occur in order numbers, so the weak ones need 护照 nearby."""

    ENTITY = "CN_PASSPORT"
    PATTERNS = [
        # a space may follow the letter: E 一五五 二九 零七三 read aloud is E 15529073 in the digit view
        Pattern("CN passport E/G", f"{_EDGE_BEFORE}[EG] ?[0-9]{{8}}{_EDGE_AFTER}", 0.5),
        Pattern("CN passport EA", f"{_EDGE_BEFORE}E[A-HJ-NP-Z][0-9]{{7}}{_EDGE_AFTER}", 0.5),
        Pattern("CN passport official", f"{_EDGE_BEFORE}[PSD][0-9]{{7}}{_EDGE_AFTER}", 0.3),
    ]
    TRIGGER = "(?i)[EGPSD][A-Z ]?[0-9]{7}"
    CONTEXT_WORDS = ("护照", "passport", "Passport", "证件号")
    READS_DIGITS = True     # Ｅ１２３４５６７８ and E幺二三四五六七八 read as E12345678
