"""CN_USCC: unified social credit codes (GB 32100-2015) with their check character."""

from __future__ import annotations

from audit.recognizers.base import REFERENCE_WORDS, ZhPattern, ZhPatternRecognizer
from audit.recognizers.cn_id_card import PROVINCE_CODES

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"      # no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CODE_CHAR = "[0-9A-HJ-NPQRTUWXY]"
_USCC = f"(?<![A-Za-z0-9])[1-9A-HJ-NPQRTUWXY][1-9][0-9]{{6}}{_CODE_CHAR}{{9}}{_CODE_CHAR}(?![A-Za-z0-9])"


# The registering office's place (characters 3 to 8): a province's code, or 100000 for an office of the state.
NATIONAL_REGION = "100000"


def is_valid_uscc(value: str) -> bool:
    """The check character, and a place a registering office is in: 18 figures that pass the check by chance
    (a customer number 330106199413021234) name no place."""
    code = value.upper()
    if len(code) != 18 or any(ch not in CHARSET for ch in code):
        return False
    if code[2:4] not in PROVINCE_CODES and code[2:8] != NATIONAL_REGION:
        return False
    remainder = sum(CHARSET.index(ch) * w for ch, w in zip(code[:17], WEIGHTS)) % 31
    return CHARSET[(31 - remainder) % 31] == code[17]


class CnUsccRecognizer(ZhPatternRecognizer):
    ENTITY = "CN_USCC"
    PATTERNS = [ZhPattern("CN USCC", _USCC, 0.4)]
    TRIGGER = "[0-9]{6}[0-9A-Za-z]{10}"
    CONTEXT_WORDS = ("信用代码", "统一社会信用代码", "营业执照", "税号")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS      # 客户编号 …, 订单号 …: a reference, unless a context word names the code

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_uscc(pattern_text)
