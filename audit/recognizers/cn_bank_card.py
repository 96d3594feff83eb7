"""CN_BANK_CARD: 16-19 digit card numbers (Luhn), also written in groups of four or in two parts."""

from __future__ import annotations

from audit.recognizers.base import (
    DIGIT,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPattern,
    ZhPatternRecognizer,
    digits_only,
)
from audit.recognizers.cn_id_card import is_valid_id

# An X right after the digits makes them the first 17 characters of a resident ID, never a card.
_NOT_CARD_AFTER = "(?![0-9０-９*＊XxＸｘ])"
# Whole, in groups of four, or in two to five parts of any length: the issuer's six digits (BIN) apart from the rest
# (622823-7907849960895), 6-6-7, a number wrapped over a line break anywhere (62264944 / 71302356), the last digit
# left over (621226 0969 2111 6357 7). The validator counts the digits (16 to 19); the first alternative that matches
# is the one kept.
_CARD = (f"{NOT_DIGIT_BEFORE}(?:{DIGIT}{{16,19}}|{DIGIT}{{4}}(?:{SEPARATOR}{DIGIT}{{4}}){{3}}"
         f"(?:{SEPARATOR}?{DIGIT}{{1,3}})?|{DIGIT}{{2,15}}(?:{SEPARATOR}{DIGIT}{{2,15}}){{0,3}}{SEPARATOR}{DIGIT}{{1,15}})"
         f"{_NOT_CARD_AFTER}")


def luhn_ok(number: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(number)):
        digit = int(ch)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def is_card_or_id(number: str) -> bool:
    """Whether `number`, digits only, passes as a whole card (16 to 19 digits and Luhn) or as a resident ID."""
    return 16 <= len(number) <= 19 and luhn_ok(number) or is_valid_id(number)


class CnBankCardRecognizer(ZhPatternRecognizer):
    ENTITY = "CN_BANK_CARD"
    PATTERNS = [ZhPattern("CN bank card", _CARD, 0.4)]
    TRIGGER = f"{DIGIT}{{4}}"
    CONTEXT_WORDS = ("卡号", "银行卡", "账号", "账户", "储蓄卡", "信用卡", "借记卡", "还款卡", "开户行")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    READS_DIGITS = True

    def validate_result(self, pattern_text: str) -> bool:
        """16 to 19 digits and Luhn; an 18-digit string that is a valid resident ID is the ID, not a card."""
        number = digits_only(pattern_text)
        return 16 <= len(number) <= 19 and luhn_ok(number) and not (len(number) == 18 and is_valid_id(number))
