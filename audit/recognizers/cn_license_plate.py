"""CN_LICENSE_PLATE: vehicle plates, including the 8-character new-energy plates (粤B·D12345), also with full-width
letters or digits and with digits read aloud (川A 幺两三四五)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.base import ZhPattern, ZhPatternRecognizer
from audit.recognizers.digit_view import read_digits

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "[A-HJ-NP-Z]"                    # I and O are not used
_SEP = "[·•・.\\- ]?"
_NEW_ENERGY = "(?:[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])"
_REGULAR = "(?=[A-HJ-NP-Z]*[0-9])[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]"
# a space may part the province from the letter as well (浙 A 12345, as a form's fields or a pasted list print it)
_PLATE = f"[{PROVINCES}] ?{_LETTER}{_SEP}(?:{_NEW_ENERGY}|{_REGULAR})(?![A-Za-z0-9])"
# Each spoken digit is one character, so a plate read aloud reads as figures one character for one.
_SPOKEN_AS_FIGURES = str.maketrans(SPOKEN_DIGITS)


class CnLicensePlateRecognizer(ZhPatternRecognizer):
    ENTITY = "CN_LICENSE_PLATE"
    PATTERNS = [ZhPattern("CN licence plate", _PLATE, 0.6)]
    TRIGGER = f"[{PROVINCES}][ 　]?[A-Za-zＡ-Ｚ]"
    CONTEXT_WORDS = ("车牌", "车辆", "牌照", "名下车", "汽车")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        return super().analyze(read_digits(text).folded.translate(_SPOKEN_AS_FIGURES), entities, nlp_artifacts, regex_flags)
