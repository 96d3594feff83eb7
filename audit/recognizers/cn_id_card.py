"""CN_ID_CARD: resident identity card numbers (GB 11643-1999), 18 digits or the 15-digit legacy form."""

from __future__ import annotations

from datetime import date

from audit.recognizers.base import (
    DIGIT,
    NOT_DIGIT_BEFORE,
    REFERENCE_WORDS,
    SEPARATOR,
    ZhPattern,
    ZhPatternRecognizer,
    digits_only,
)

# First two digits: the province-level division (GB/T 2260), 71 Taiwan, 81 Hong Kong, 82 Macao.
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82",
})
# Prefecture digits (3-4) GB/T 2260 gives or gave, in any province: cities 01-20, the old prefectures (地区, 盟, 自治州)
# 21-35 that the 15-digit IDs of the 1980s-90s carry, Xinjiang's 40-43, Guangdong's 51-53 and the counties under a
# province 90. A 15-digit number has no check character, so a reference number with a date in it (449912880512123)
# is told from an ID by this only.
LEGACY_PREFECTURES = frozenset(
    [f"{n:02d}" for n in range(1, 36)] + ["40", "41", "42", "43", "51", "52", "53", "90"])
EARLIEST_BIRTH = date(1900, 1, 1)     # an ID's birth date is past and no earlier than this
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

_SEP = f"{SEPARATOR}?"
_END = "(?![0-9０-９*＊A-Za-zＸｘ])"


def check_char(first17: str) -> str:
    return CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def is_valid_id(value: str) -> bool:
    """Area code, birth date (19YYMMDD in the 15-digit form) and, for 18 digits, the check character."""
    number = digits_only(value).upper()
    if not (len(number) == 18 and number[:17].isdigit() or len(number) == 15 and number.isdigit()):
        return False
    born = birth_date(number)
    if not plausible_area_code(number[:6]) or born is None or not EARLIEST_BIRTH <= born <= date.today():
        return False
    if len(number) == 15:       # no check character: the prefecture must be one GB/T 2260 has or had
        return number[:1] != FOREIGN_RESIDENT_LEAD and number[2:4] in LEGACY_PREFECTURES
    return check_char(number[:17]) == number[17]


# The residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, 2018) carry an ID's 18 characters and
# checksum with these regions and no prefecture: 810000…, 820000…, 830000….
PERMIT_REGIONS = frozenset({"810000", "820000", "830000"})


# The foreign permanent residence ID card of 2023 (外国人永久居留身份证) carries an ID's birth date and check character
# behind 9, the issuing province's code and the holder's nationality (ISO 3166 numeric): 9 31 840 19800512 123 X.
FOREIGN_RESIDENT_LEAD = "9"


def plausible_area_code(code: str) -> bool:
    """A known province and a prefecture within it, a residence permit's region, or a foreign permanent resident's
    9 and province: a document number starting 110000 or 990105 is no ID."""
    return (code in PERMIT_REGIONS or code[:2] in PROVINCE_CODES and code[2:4] != "00"
            or code[:1] == FOREIGN_RESIDENT_LEAD and code[1:3] in PROVINCE_CODES)


def birth_date(value: str) -> date | None:
    """The birth date an ID number carries (digits 7-14 of 18; 19YYMMDD in the 15-digit form), None where it holds
    none or a date that cannot be."""
    number = digits_only(value).upper()
    if len(number) == 18:
        birth = number[6:14]
    elif len(number) == 15:
        birth = "19" + number[6:12]
    else:
        return None
    try:
        return date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
    except ValueError:
        return None


def age_on(born: date, on: date) -> int:
    """Whole years from `born` to `on` (a birthday not yet reached that year does not count)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class CnIdCardRecognizer(ZhPatternRecognizer):
    """18-digit IDs, also grouped 6-8-4, 6-4-4-4, 6-6-6, in fours, broken anywhere (15 + 3) or otherwise in groups of
    three or more; 15-digit legacy IDs."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        # Separators may follow the region (6), the year (10), the month (12) or the day (14).
        ZhPattern("CN ID 18", f"{NOT_DIGIT_BEFORE}[1-9１-９]{DIGIT}{{5}}{_SEP}{DIGIT}{{4}}{_SEP}{DIGIT}{{2}}{_SEP}"
                              f"{DIGIT}{{2}}{_SEP}{DIGIT}{{3}}[0-9０-９XxＸｘ]{_END}", 0.4),
        # grouped by fours as a card is (5001 1220 0112 0708 00): the checksum tells it from a card
        ZhPattern("CN ID 18 in fours", f"{NOT_DIGIT_BEFORE}[1-9１-９]{DIGIT}{{3}}(?:{SEPARATOR}{DIGIT}{{4}}){{3}}{SEPARATOR}"
                                       f"{DIGIT}[0-9０-９XxＸｘ]{_END}", 0.4),
        # 18 digits broken anywhere where a wrapped line or a form's field split them (15 + 3: 330106198708072 410,
        # 6 + 9 + 3): exactly 18, so the checksum judges every one; six in a row among them, as the trigger asks
        ZhPattern("CN ID 18 broken anywhere", f"{NOT_DIGIT_BEFORE}(?=(?:{DIGIT}|{SEPARATOR}){{0,17}}?{DIGIT}{{6}})"
                                              f"[1-9１-９](?:{_SEP}{DIGIT}){{16}}{_SEP}[0-9０-９XxＸｘ]{_END}", 0.4),
        # the legacy 15 digits, also grouped 6-6-3 by spaces, hyphens or dots (510103.650723.191)
        ZhPattern("CN ID 15", f"{NOT_DIGIT_BEFORE}[1-9１-９]{DIGIT}{{5}}(?P<sep>[ .\\-－]?){DIGIT}{{6}}(?P=sep){DIGIT}{{3}}{_END}", 0.3),
        # any other grouping in threes or more (110 105 1990 0307 1239), or the province apart (44 0305 1985 …): the
        # validator counts the digits and checks them
        ZhPattern("CN ID grouped otherwise", f"{NOT_DIGIT_BEFORE}[1-9１-９]{DIGIT}{{1,7}}(?:{SEPARATOR}{DIGIT}{{3,8}}){{2,5}}"
                                             f"[XxＸｘ]?{_END}", 0.4),
    ]
    TRIGGER = f"{DIGIT}{{6}}|{DIGIT}{{3}}{SEPARATOR}{DIGIT}{{3}}"
    CONTEXT_WORDS = ("身份证", "证件号", "身份号码", "公民身份", "证件")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    READS_DIGITS = True

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_id(pattern_text)
