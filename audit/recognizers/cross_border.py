"""Identifiers of people who live or work outside the mainland: Hong Kong, Macao and Taiwan identity cards, the Taiwan
residents' travel permit (台胞证), and phone numbers on the Hong Kong, Macao, Taiwan and foreign numbering plans.

The contract's entity types are the mainland's (section 4); each of these is found under the nearest one (an identity
card as CN_ID_CARD, the 台胞证 as CN_PASSPORT, a phone as CN_MOBILE), masked, and counted by the unmasked-identifier
rules, but carries OUTSIDE_MAINLAND_KEY: it is no entity of the ten mainland shapes, and the labelled sets leave it
out of their entity spans (they count the message as pii.unmasked_identifier), so `EntityFinder.find` lists it only
for what masks or judges a text, as a nickname is listed (finder.py).

Each shape carries its own check where it has one (the Hong Kong ID's check figure, the Taiwan ID's checksum, the
numbering plan's mobile ranges: a Hong Kong landline 2xxx xxxx or 3xxx xxxx, a Macao landline 28xx xxxx is no
mobile), and a bare shape that other numbers share (eight figures, a Macao ID, a 台胞证) needs the word that names it.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.base import REFERENCE_WORDS, ZhPattern, ZhPatternRecognizer, digits_only

OUTSIDE_MAINLAND_KEY = "outside_mainland"

_EDGE_BEFORE, _EDGE_AFTER = "(?<![A-Za-z0-9*])", "(?![A-Za-z0-9*])"


def _mark(results: list[RecognizerResult]) -> list[RecognizerResult]:
    for result in results:
        result.recognition_metadata = {**(result.recognition_metadata or {}), OUTSIDE_MAINLAND_KEY: True}
    return results


class _OutsideMainlandRecognizer(ZhPatternRecognizer):
    """A pattern recognizer whose every result is an identifier outside the mainland (OUTSIDE_MAINLAND_KEY)."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        return _mark(super().analyze(text, entities, nlp_artifacts, regex_flags))


# --- Hong Kong identity card: one letter (two, the first W or X, on some), six figures, the check figure (0-9 or A), often in brackets.
_HKID = f"{_EDGE_BEFORE}[WX]?[A-Z][0-9]{{6}}(?:[（(][0-9A][)）]|[0-9A]){_EDGE_AFTER}"


def hkid_check(body: str) -> str:
    """The check figure of a Hong Kong ID's letters and six figures: a single letter counts a space (36) before it,
    letters A-Z count 10-35, weights 9 down to 2, and 11 minus the sum modulo 11 is the check (10 written A)."""
    letters, figures = body[:-6], body[-6:]
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in figures]
    check = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1))) % 11) % 11
    return "A" if check == 10 else str(check)


def is_valid_hkid(value: str) -> bool:
    compact = re.sub("[（()）]", "", value).upper()
    return len(compact) in (8, 9) and hkid_check(compact[:-1]) == compact[-1]


# ... read aloud, as an agent checks it on a call and speech recognition writes it (Z 七九九零零三 括号 一): the letters as
# written, the figures as characters or figures with pauses, the check figure after the word for a bracket. Its check
# figure must hold, as a written one's must.
_SPOKEN_FIGURE = f"[0-9{''.join(SPOKEN_DIGITS)}]"
_SPOKEN_HKID = re.compile(f"(?<![A-Za-z0-9])([WX]?[A-Z]) ?((?:{_SPOKEN_FIGURE}[ ，,、]?){{6}})"
                          f"(?:括号|括弧|bracket|[（(])? ?({_SPOKEN_FIGURE}|A)(?: ?[)）]|(?![0-9{''.join(SPOKEN_DIGITS)}]))")


def spoken_hkids(text: str) -> list[tuple[int, int]]:
    """Spans of Hong Kong IDs read aloud whose check figure holds."""
    spans = []
    for match in _SPOKEN_HKID.finditer(text):
        figures = "".join(SPOKEN_DIGITS.get(c, c) for c in match.group(2) if c not in " ，,、")
        check = SPOKEN_DIGITS.get(match.group(3), match.group(3))
        if len(figures) == 6 and hkid_check(match.group(1) + figures) == check:
            spans.append((match.start(), match.end()))
    return spans


# --- Taiwan national ID (身分證字號): a letter, 1 or 2 (the sex), eight figures, the last a checksum over the letter's
# two-figure code and the figures.
_TAIWAN_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
_TAIWAN_ID = f"{_EDGE_BEFORE}[A-Z][12][0-9]{{8}}{_EDGE_AFTER}"


def is_valid_taiwan_id(value: str) -> bool:
    value = value.upper()
    if len(value) != 10 or value[0] not in _TAIWAN_LETTERS or not value[1:].isdigit():
        return False
    code = _TAIWAN_LETTERS[value[0]]
    figures = [code // 10, code % 10, *(int(d) for d in value[1:])]
    return sum(f * w for f, w in zip(figures, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


# --- Macao identity card: 1, 5, 7 or 8, six figures and a check figure in brackets (its check is not published).
_MACAO_ID = f"{_EDGE_BEFORE}[1578][0-9]{{6}}[（(][0-9][)）]"


class HkTaiwanIdRecognizer(_OutsideMainlandRecognizer):
    """A Hong Kong ID that passes its check figure, a Taiwan ID that passes its checksum: an order number of the shape
    (B123456(3)) rarely does, and the words that name an identity card must be near."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = [ZhPattern("HK identity card", _HKID, 0.3), ZhPattern("Taiwan identity card", _TAIWAN_ID, 0.3)]
    TRIGGER = f"[A-Z][0-9]{{6}}|[A-Z][12][0-9]{{8}}|[A-Z] ?{_SPOKEN_FIGURE}{{2}}"
    CONTEXT_WORDS = ("身份证", "身分证", "身份號", "HKID", "hkid", "HK ID", "ID card", "Identity Card", "identity card",
                     "ID No", "证件", "字号")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    SPOKEN_SCORE = 0.3

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for start, end in spoken_hkids(text):
            if not any(start < r.end and r.start < end for r in results):
                results.append(RecognizerResult(self.ENTITY, start, end, self.SPOKEN_SCORE, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    OUTSIDE_MAINLAND_KEY: True}))
        return results

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_hkid(pattern_text) or is_valid_taiwan_id(pattern_text)


class MacaoIdRecognizer(_OutsideMainlandRecognizer):
    """A Macao ID: its shape is eight figures, so only right after the words that name it (澳门身份证, BIR)."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = [ZhPattern("Macao identity card", _MACAO_ID, 0.2)]
    TRIGGER = "[1578][0-9]{6}[（(]"
    CONTEXT_WORDS = ("澳门身份证", "澳门居民身份证", "澳门居民身分证", "BIR", "Macao ID", "Macau ID")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    CONTEXT_BOOST = 0.4


class TaiwanPermitRecognizer(_OutsideMainlandRecognizer):
    """The Mainland Travel Permit for Taiwan Residents (台胞证): eight figures (ten, with a letter in brackets, on the
    older booklets), which any number may be, so only right after the permit's name."""

    ENTITY = "CN_PASSPORT"
    PATTERNS = [ZhPattern("Taiwan residents' permit", "(?<![0-9A-Za-z*])(?:[0-9]{4} ?[0-9]{4}|[0-9]{10}(?:[（(][A-Z][)）])?)"
                                                      "(?![0-9*])", 0.1)]
    TRIGGER = "[0-9]{4} ?[0-9]{4}"
    CONTEXT_WORDS = ("台胞证", "来往大陆通行证", "台湾居民来往", "MTP")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    CONTEXT_BEFORE = 14      # 台胞证号码，我念给您：0203 4557
    CONTEXT_AFTER = 0
    CONTEXT_BOOST = 0.45
    READS_DIGITS = True


# --- Phones outside the mainland, by numbering plan. A country code written with + or 00, in brackets, or set off by a
# space or a hyphen; then the national number in groups.
_G = "[ \\-]?"       # a group separator
_CODE = "(?:(?:\\+|00)(?:{c})[ \\-]?|[（(]\\+?(?:{c})[)）] ?)"
# Mobile ranges: Hong Kong 4-7, 9 and 84-89 (2 and 3 are landlines, 800 toll-free, 81-83 paging and fixed); Macao 6
# (28 is the landline); Taiwan 9 (0 dropped after the code); Singapore 8 and 9; the Emirates 5; the United Kingdom 7;
# Australia 4; Malaysia 1; Japan 70/80/90; Korea 10; the Philippines 9; Thailand 6, 8, 9; Vietnam 3, 5, 7, 8, 9.
_PLANS = {
    "852": f"(?:[4-79][0-9]{{3}}|8[4-9][0-9]{{2}}){_G}[0-9]{{4}}",
    "853": f"6[0-9]{{3}}{_G}[0-9]{{4}}",
    "886": f"0?9[0-9]{{2}}{_G}[0-9]{{3}}{_G}[0-9]{{3}}",
    "65": f"[89][0-9]{{3}}{_G}[0-9]{{4}}",
    "971": f"0?5[0-9]{_G}[0-9]{{3}}{_G}[0-9]{{4}}",
    "44": f"0?7[0-9]{{3}}{_G}[0-9]{{3}}{_G}[0-9]{{3}}",
    "61": f"0?4[0-9]{{2}}{_G}[0-9]{{3}}{_G}[0-9]{{3}}",
    "60": f"0?1[0-9]{_G}[0-9]{{3,4}}{_G}[0-9]{{4}}",
    "81": f"0?[789]0{_G}[0-9]{{4}}{_G}[0-9]{{4}}",
    "82": f"0?10{_G}[0-9]{{3,4}}{_G}[0-9]{{4}}",
    "63": f"0?9[0-9]{{2}}{_G}[0-9]{{3}}{_G}[0-9]{{4}}",
    "66": f"0?[689][0-9]{_G}[0-9]{{3}}{_G}[0-9]{{4}}",
    "84": f"0?[35789][0-9]{_G}[0-9]{{3}}{_G}[0-9]{{4}}",
}
# ... and Hong Kong's, Macao's and Taiwan's codes also bare before a space or a hyphen (852 9771 5742), as a robot reads
# the number out; another code bare is too like any other figures.
_BARE_CODES = ("852", "853", "886")


def _with_code(code: str, national: str) -> str:
    bare = f"|(?<![0-9+]){code}[ \\-]" if code in _BARE_CODES else ""
    return f"(?:{_CODE.format(c=code)}{bare}){national}"


_PLANNED = "|".join(_with_code(code, national) for code, national in _PLANS.items())

# North America (+1) draws mobiles and landlines from one plan: a + or 00 code and the 3-3-4 groups, with a phone word.
_NORTH_AMERICA = f"(?:\\+|00)1{_G}[（(]?[2-9][0-9]{{2}}[)）]?{_G}[2-9][0-9]{{2}}{_G}[0-9]{{4}}"
_END = "(?![0-9*])"
# Hong Kong and Macao numbers are eight figures with no code where the text names the region and the phone
# (你老婆喺澳門嗰個電話 6841 2470, 你香港那个号码九零一七 零七九三): a region word and a phone word before the number.
# Not a group of a longer number (保全单号 8812 3045 6671 0093, 023-6788 1200-8015).
_EIGHT = f"(?<![0-9+*])(?<![0-9][ \\-])(?:[4-79][0-9]{{3}}|8[4-9][0-9]{{2}}){_G}[0-9]{{4}}(?![ \\-][0-9])"
_REGION = "(?:香港|澳门|澳門|新加坡|HK|hk|Macau|Macao)"
_PHONE = "(?:电话|電話|号码|號碼|手机|手機|打你|打过|打過|WhatsApp)"
# ... in either order (你澳门的电话 6841 2470, 我打你澳门 6698 5052), within the clause before the number
_REGION_AND_PHONE_BEFORE = re.compile(f"(?:{_REGION}[^。！？!?\n]{{0,8}}?{_PHONE}|{_PHONE}[^。！？!?\n]{{0,4}}?{_REGION})"
                                      "[^。！？!?\n0-9]{0,6}$")


# Foreign mobiles written as their country dials them, with its trunk 0 (058 740 1573, 07700 900 123) or their code
# bare as a number is read aloud (九七一 五零 七九六 五六一七): the shape is any number's, so only where the sentence names
# the country whose plan it fits (迪拜的号码, your new UAE number).
_COUNTRY_WORDS = {
    "971": ("阿联酋", "阿聯酋", "迪拜", "杜拜", "阿布扎比", "沙迦", "UAE", "Dubai", "Emirates", "Abu Dhabi"),
    "44": ("英国", "英國", "伦敦", "倫敦", "UK", "London"),
    "61": ("澳洲", "澳大利亚", "澳大利亞", "悉尼", "墨尔本", "墨爾本", "Australia", "Sydney", "Melbourne"),
    "60": ("马来西亚", "馬來西亞", "大马", "大馬", "吉隆坡", "Malaysia"),
    "81": ("日本", "东京", "東京", "大阪", "Japan", "Tokyo"),
    "82": ("韩国", "韓國", "首尔", "首爾", "Korea", "Seoul"),
    "63": ("菲律宾", "菲律賓", "马尼拉", "馬尼拉", "Philippines", "Manila"),
    "66": ("泰国", "泰國", "曼谷", "Thailand", "Bangkok"),
    "84": ("越南", "胡志明", "河内", "河內", "Vietnam"),
    "886": ("台湾", "台灣", "臺灣", "Taiwan"),
}
_NATIONAL = {code: re.compile(f"(?:{code}[ \\-]?|(?=0)){_PLANS[code]}") for code in _COUNTRY_WORDS}
_NAMED_COUNTRY = "|".join(f"(?:{code}[ \\-]?|(?=0)){_PLANS[code]}" for code in _COUNTRY_WORDS)
_SENTENCE_END = re.compile("[。！？!?\n]")
_AS_ITS_COUNTRY_DIALS = "foreign mobile as its country dials it"


def _country_named(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a number in national form names a country whose plan the number fits."""
    before = _SENTENCE_END.split(text[max(0, start - 30):start])[-1]
    after = _SENTENCE_END.split(text[end:end + 30], maxsplit=1)[0]
    digits = "".join(SPOKEN_DIGITS.get(c, c) for c in text[start:end] if c.isdigit() or c in SPOKEN_DIGITS)
    return any(_NATIONAL[code].fullmatch(digits) and any(w in before or w in after for w in words)
               for code, words in _COUNTRY_WORDS.items())


class CrossBorderMobileRecognizer(_OutsideMainlandRecognizer):
    """+852 6958 9723, (852)57831838, 00852-9017 0793, +853 6462 1038, +886 912 345 678, +65 9402 1423,
    00971-50-1216297, +1 604 555 0187; 澳门的电话 6841 2470 (the region and the phone named)."""

    ENTITY = "CN_MOBILE"
    PATTERNS = [ZhPattern("phone outside the mainland, by plan", f"(?:{_PLANNED}){_END}", 0.6),
                ZhPattern("North American phone", f"{_NORTH_AMERICA}{_END}", 0.4),
                ZhPattern("HK or Macao mobile without its code", f"{_EIGHT}{_END}", 0.6),
                ZhPattern(_AS_ITS_COUNTRY_DIALS, f"(?<![0-9+*])(?:{_NAMED_COUNTRY}){_END}", 0.6)]
    TRIGGER = "[0-9]{3}[ \\-]?[0-9]{3}"
    CONTEXT_WORDS = ("电话", "電話", "手机", "手機", "号码", "號碼", "WhatsApp", "whatsapp", "mobile", "Mobile", "phone",
                     "Phone", "number", "致电", "联系", "打", "Tel", "tel")
    NOT_CONTEXT_WORDS = REFERENCE_WORDS
    READS_DIGITS = True

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """A number without its country code only after a region word and a phone word; a landline's own label (办公室,
        座机, Tel, 传真) before a number with its code says it is the firm's line."""
        if (result.analysis_explanation is not None
                and result.analysis_explanation.pattern_name == _AS_ITS_COUNTRY_DIALS):
            return _country_named(text, result.start, result.end)
        digits = digits_only(text[result.start:result.end])
        if len(digits) == 8 and not re.match("[+(（]|00", text[result.start:result.end]):
            return _REGION_AND_PHONE_BEFORE.search(text, max(0, result.start - 24), result.start) is not None
        return True
