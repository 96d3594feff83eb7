"""CN_MOBILE: mainland mobile numbers, written in digits or, in call transcripts, spoken as characters
(the digit view reads those, digit_view.py)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from audit.recognizers.base import (
    DIGIT,
    GROUP_SEPARATOR,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPattern,
    ZhPatternRecognizer,
    digits_only,
)
from audit.recognizers.cn_bank_card import is_card_or_id
from audit.recognizers.digit_view import digits_in, digits_read_before

# Number segments allocated to mobile networks (MIIT numbering plan), by their first three digits.
MOBILE_PREFIXES = frozenset(
    [f"13{d}" for d in range(10)] + [f"18{d}" for d in range(10)]
    + ["145", "146", "147", "148", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159",
       "162", "165", "166", "167", "170", "171", "172", "173", "174", "175", "176", "177", "178",
       "190", "191", "192", "193", "195", "196", "197", "198", "199"]
)
# A mobile's shape on a segment not (yet) allocated (169, 179, 160…) is scored below the threshold: only a word that
# calls it a phone (手机, 电话…) lifts it over, as writers and new allocations do not follow the plan; bare, it is more
# likely a reference number.
UNALLOCATED_SCORE = 0.3
# ... and so does the number's place in a contact list: in brackets right after whose it is (外甥女韦晓琳（140…）), right
# after a relation in brackets (谭国安（父）169…), or listed beside another number of a mobile's shape (195…、161…).
_OWNER_BRACKETS = re.compile("[\u4e00-\u9fff][（(]$")
_CLOSING_BRACKET = re.compile("[）)]")
_RELATION_BEFORE = re.compile("[（(][\u4e00-\u9fff]{1,3}[）)][：: ]?$")
_MOBILE_SHAPE = f"[1１][3-9３-９]{DIGIT}{{9}}"
_LIST_SEPARATOR = "(?:[、，,/／]| ?或 ?| ?和 ?)"
_MOBILE_LISTED_BEFORE = re.compile(f"(?<![0-9０-９]){_MOBILE_SHAPE}{_LIST_SEPARATOR}$")
_MOBILE_LISTED_AFTER = re.compile(f"{_LIST_SEPARATOR}{_MOBILE_SHAPE}(?![0-9０-９])")

# Eleven digits followed by an X are the end of a resident ID read aloud (…幺勾勾三幺幺幺六 五勾八X), not a mobile.
# Grouped 3-4-4 or 4-4-3 (1381 2345 678), or as a hand typed it (1356 704 3318, 130-677-21538, 13600 918872: two to
# four groups, the first of three to five digits, the validator counts eleven); not an amount (13800138000元,
# 13812345678.00). A country code in brackets ((86)186…) stays outside the span, as the forms set labels it.
_WRITTEN = (f"{NOT_DIGIT_BEFORE}(?<![+＋])(?:(?:[+＋]|00){{0,1}}86{SEPARATOR}?)?[1１][3-9３-９]{DIGIT}"
            f"(?:(?:{GROUP_SEPARATOR}?{DIGIT}{{4}}){{2}}|{DIGIT}{GROUP_SEPARATOR}{DIGIT}{{4}}{GROUP_SEPARATOR}{DIGIT}{{3}}"
            f"|{DIGIT}{{0,3}}(?:{GROUP_SEPARATOR}{DIGIT}{{2,8}}){{1,3}})"
            f"(?![0-9０-９*＊XxＸｘ元]|[.．][0-9０-９])")
# Dotted like a sum in thousands (13.760.091.238), a way to slip a number past filters; scored low, so only a
# context word (手机号, 致电) keeps it, and commas (a sum of money) are not read.
_DOTTED = f"{NOT_DIGIT_BEFORE}[1１][3-9３-９](?:[.．·・]{DIGIT}{{3}}){{3}}(?![0-9０-９]|[.．·・][0-9０-９])"

# The first three digits in brackets as an area code is written ((158)0279-3306, （139）1234 5678).
_BRACKETED = (f"[(（][1１][3-9３-９]{DIGIT}[)）] ?{DIGIT}{{4}}{GROUP_SEPARATOR}?{DIGIT}{{4}}"
              f"(?![0-9０-９*＊XxＸｘ元]|[.．][0-9０-９])")


_IP_ADDRESS = re.compile("[0-9]{1,3}(?:[.．][0-9]{1,3}){3}")
# Grouped 4-4-3 right after a group of four figures, the match is the tail of a longer number grouped in fours
# (流水号 2026 0412 1382 6074 459), not a mobile.
_FOUR_FOUR_THREE = re.compile("[1１][3-9３-９][0-9０-９]{2}[ \\-－./][0-9０-９]{4}[ \\-－./][0-9０-９]{3}")
_GROUP_OF_FOUR_BEFORE = re.compile("[0-9０-９]{4}[ \\-－./]$")
# A card's or a utility account's number of a mobile's shape, labelled so right before it (公交卡号 158…, 电费户号：158…);
# only right before: a table's header (| 电话 | 卡号 |) may name the next column's number.
_CARD_OR_ACCOUNT_LABEL = re.compile("(?<!手机)(?:卡号|户号)(?:码)?(?:是|为)?[：: ]{0,2}$")
# ... and a hyphen after a group of at most ten figures (not a whole mobile before it: 138…-139… lists two numbers)
_JOINED_TO_FIGURES_BEFORE = re.compile("(?<![0-9０-９])[0-9０-９]{1,10}[\\-－]$")


# A country code written before the national number (+86 , 0086-, ＋８６): one read aloud (加八六 …) holds no digits
# that `digits_only` counts, so the scorer reads such a span as the finder gives it.
_COUNTRY_CODE = re.compile("(?:[+＋]|00|００)?(?:86|８６)[ \\-－.．]*")


def country_code_width(number: str) -> int:
    """How many characters of a found mobile are its country code (0 when none): the sets' writers put it inside the
    span or leave it outside, and the contract is silent, so the scorer reads a mobile either way."""
    code = _COUNTRY_CODE.match(number)
    return code.end() if code and len(mobile_digits(number)) == 11 and len(digits_only(number)) > 11 else 0


def _placed_as_a_contact(text: str, start: int, end: int) -> bool:
    """Whether a contact list places the number at [start, end) as someone's phone: in brackets right after whose it
    is, right after a relation in brackets, or beside another number of a mobile's shape."""
    before = text[max(0, start - 14):start]
    return (_OWNER_BRACKETS.search(before) is not None and _CLOSING_BRACKET.match(text, end) is not None
            or _RELATION_BEFORE.search(before) is not None
            or _MOBILE_LISTED_BEFORE.search(before) is not None
            or _MOBILE_LISTED_AFTER.match(text, end) is not None)


def mobile_digits(value: str) -> str:
    """The 11 national digits of a number as the digit view reads it (country code dropped)."""
    number = digits_only(value)
    if len(number) == 13 and number.startswith("86"):
        number = number[2:]
    elif len(number) == 15 and number.startswith("0086"):
        number = number[4:]
    return number


class CnMobileRecognizer(ZhPatternRecognizer):
    """13812345678, +86 138-1234-5678, 139.1088.2765, １３８１２３４５６７８, 一三八幺二三四五六七八."""

    ENTITY = "CN_MOBILE"
    PATTERNS = [ZhPattern("CN mobile", _WRITTEN, 0.6), ZhPattern("CN mobile, dotted in thousands", _DOTTED, 0.3),
                ZhPattern("CN mobile, first group in brackets", _BRACKETED, 0.6)]
    TRIGGER = "1[3-9]"
    READS_DIGITS = True
    # ... and what only a phone does or suffers (你老婆的号…也关机, 停机, 打不通, 空号): they lift a number on a segment not
    # (yet) allocated over the threshold, as writers and new allocations use them.
    CONTEXT_WORDS = ("手机", "电话", "致电", "联系", "号码", "来电", "短信", "微信", "回电", "拨打", "打给",
                     "关机", "停机", "打不通", "空号", "打过", "没人接", "不接", "拒接", "接听", "拨通")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """A country code read aloud (加八六 幺三八…) keeps its 加, as a written one keeps its +; a number on an
        unallocated segment is scored low (UNALLOCATED_SCORE)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if (mobile_digits(digits_in(text, result.start, result.end))[:3] not in MOBILE_PREFIXES
                    and not _placed_as_a_contact(text, result.start, result.end)):
                result.score = min(result.score, UNALLOCATED_SCORE)
            if result.start and text[result.start - 1] == "加" and text[result.start] == "八":
                result.start -= 1
        return results

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not the last eleven figures of a longer number grouped in fours, nor of a reference joined by a hyphen
        ((2026)0412-13914115184), nor a number a card's or an account's label names unless a phone word says otherwise
        (你卡号是 一五 八六… 不对 你手机号是这个吧), nor the end of a card or an ID read over two turns."""
        before = text[max(0, result.start - 12):result.start]
        if (_FOUR_FOUR_THREE.fullmatch(text, result.start, result.end) and _GROUP_OF_FOUR_BEFORE.search(before)
                or _JOINED_TO_FIGURES_BEFORE.search(before)
                or _CARD_OR_ACCOUNT_LABEL.search(before) and not self.context_word(text, result.start, result.end)):
            return False
        # a turn that goes on a card or an ID the speaker began reading in the turn before (您记一下六二二二 零二零六 /
        # 客户：等下我拿笔 / 坐席：一七四八 一八零六二八零): its digits are that number's last ones
        read_before = digits_read_before(text, result.start)
        return not (read_before and is_card_or_id(read_before + digits_in(text, result.start, result.end)))

    def validate_result(self, pattern_text: str) -> bool | None:
        """Eleven national digits keep the pattern score (context can still raise it; `analyze` lowers an unallocated
        segment's); any other count is dropped, and so is an IP address, four dotted numbers up to 255
        (192.168.138.26 holds eleven figures with a 192 in front)."""
        if _IP_ADDRESS.fullmatch(pattern_text) and all(int(part) <= 255 for part in re.split("[.．]", pattern_text)):
            return False
        return None if len(mobile_digits(pattern_text)) == 11 else False
