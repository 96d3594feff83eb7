"""The digit view: numbers as the numeric recognizers read them, with an exact map back to the text.

Call centres and speech recognition write digits as characters (幺三八, 洞洞两两, 拐, 勾), mix them with
figures and group them by pauses (一三零一零二 一九八零…). One reader serves every numeric recognizer
(ID card, mobile, landline, bank card, passport), so each keeps one written pattern:

- `folded`: the text with full-width digits and letters, full-width dots, slashes, at signs, underscores and spaces
  and dash variants folded to ASCII one character for one (offsets unchanged): １３８, Ｅ１２３４５６７８,
  010—62345678, ｗａｎｇ＠１６３．ｃｏｍ (the e-mail recognizer reads it too), an ID's X read aloud (…六叉), and a line
  break between two digits read as a space (a number wrapped over two lines);
- `spoken`: only when the text holds a spoken run, its readings as plain digits without pauses, each
  between a few characters of its context, with the map back to the original (`DigitView.to_original`).

A spoken run is at least MIN_RUN_DIGITS digits, figures or characters, at least one of them a
character (or figures one by one, a space between each: 1 3 8 1 2 …, as some speech recognition writes them, or in
the pairs or triples an agent reads a number out in: 33 01 06 19 …), at
most five pause characters between two; a repeat read as a count (三个八, 两个零) is that many digits. Runs of figures alone stay as written: their
separators are each recognizer's business (a date next to a phone number must not merge with it), and
the recognizers read both views, so a figure number glued to a word such as 怎么 is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.recognizers import SPOKEN_DIGITS

MIN_RUN_DIGITS = 7     # the shortest number read here: a local landline number without its area code

_DASHES = "‐‑‒–—―−﹣－"
_FOLD = {**{ord(ch): chr(ord(ch) - 0xFEE0) for ch in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                                                     "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ．／＠＿"},
         **{ord(ch): "-" for ch in _DASHES}, ord("\u3000"): " ",
         # zero-width spaces and joiners slipped between the groups to get a number past a filter
         **{ord(ch): " " for ch in "\u200b\u200c\u200d\u2060\ufeff"}}
_FOLDED = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
# The capital numerals of cheques and contracts (壹叁捌…, traditional 貳參陸 too), as a number is written to resist
# tampering: a run of them reads like a spoken one; an amount in capitals (壹万贰仟元) is broken by its units.
_CAPITAL_DIGITS = {"壹": "1", "贰": "2", "貳": "2", "叁": "3", "叄": "3", "參": "3", "肆": "4", "伍": "5", "陆": "6",
                   "陸": "6", "柒": "7", "捌": "8", "玖": "9"}
# Circled digits (①⑧⑨…), as a chat writes a number past a filter, read like spoken ones, and the homophones speech
# recognition writes for 幺 (腰三八…, 妖三八…).
_CIRCLED_DIGITS = {"⓪": "0", **{chr(ord("①") + d - 1): str(d) for d in range(1, 10)}}
_HOMOPHONE_DIGITS = {"腰": "1", "妖": "1"}
_CHARACTER_DIGITS = {**SPOKEN_DIGITS, **_CAPITAL_DIGITS, **_CIRCLED_DIGITS, **_HOMOPHONE_DIGITS}
_DIGIT_OF = {**_CHARACTER_DIGITS, **{chr(ord("０") + d): str(d) for d in range(10)}, **{str(d): str(d) for d in range(10)}}
_SPOKEN = "".join(_CHARACTER_DIGITS)
_SPOKEN_SET = frozenset(_CHARACTER_DIGITS)
_TOKEN = f"[0-9０-９{_SPOKEN}]"
# A repeat read as a count (三个八 is 888, 两个零 is 00): its 个 sits between the count and the digit like a pause; 双
# before a digit doubles it (幺五二 双零七三: 1520073).
_REPEAT_COUNTS = {"两": 2, "二": 2, "三": 3}
_DOUBLE = "双"
# A keycap emoji digit (1️⃣3️⃣8️⃣…) is a figure and two marks after it, which read as a pause.
_KEYCAP = "\ufe0f\u20e3"
# 杠 is how a dash is read aloud (零五七幺杠八六…); a bracket closes an area code read aloud (（洞拐五五）八三两六…); speech
# recognition writes the speaker's fillers between the groups (幺三八 嗯 两两五六…, 六二二二，呃，零二一二…, 六二八二 啊 八八…), and an agent
# reading a long number out joins its groups with 然后(是) or 接着(是) (六二二二 四八七五 然后是 七七幺八…) or the fillers
# 那个 and (再)就是 (幺三八 那个 两六洞拐…, 幺勾拐三 就是 幺拐两三…).
_PAUSE = (f"(?:[ 　，,、\\-－—.·…/杠)）嗯呃额唔啊{_KEYCAP}]|(?<=[{''.join(_REPEAT_COUNTS)}])个(?={_TOKEN})|{_DOUBLE}(?={_TOKEN})"
          f"|(?<=[{_SPOKEN} ])(?:(?:然后|接着)是?|那个|再?就是)(?=[ {_SPOKEN}])){{0,5}}")
# 么 closing a word (什么, 怎么, 那么) is no digit: a run neither starts with it nor counts it as the digit before.
_WORD_ENDING_ME = "[什怎那这多要]么"
# A run starts at a token with no token before it, or only a word-ending 么, and is no word-ending 么 itself.
# The first token comes first and the rest is looked behind for from the character after it, so that `re`
# skips every position that holds no token before it tries anything else (half the cost of the run search).
_RUN = re.compile(f"{_TOKEN}(?:(?<!{_TOKEN}.)|(?<={_WORD_ENDING_ME}.))(?<!{_WORD_ENDING_ME})"
                  f"(?:{_PAUSE}{_TOKEN}){{{MIN_RUN_DIGITS - 1},}}")
_HAN_WORD = re.compile(f"[\u4e00-\u9fa5](?<![{_SPOKEN}])")
# 一 or 两 closing a run starts a word with one of these after it (两天, 一直关机); before 吧, 以后 it is a digit
_WORD_AFTER = {"一": "直下定起样般共些点天个次遍会切律旦早周年月笔期块万千百再边半", "两": "天个年月次遍块万千百点周位家人岁边口件张笔期"}


# A reading is one candidate number of a run: a stretch of its pause-separated groups (a run may hold two
# numbers, or a number and a year: 幺三八…五六七八，二零二六年), read between a few characters of context
# (+86, a bracket, the E of a passport) so that each recognizer's own boundaries still apply.
MAX_READING_DIGITS = 20        # 0086 and a mobile, 19-digit cards: nothing longer is one identifier
MAX_INTERIOR_GROUPS = 12       # a longer run is read from its edges only: its readings grow with its groups squared
_CONTEXT_CHARS = 4
_GROUP = re.compile(f"{_TOKEN}+")


@dataclass(frozen=True, slots=True)
class DigitView:
    """The readings of a text's spoken runs, one per line, and the original index of each view character
    (the line breaks between readings map to -1 and are never part of a match)."""

    text: str
    index: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the view span [start, end) was read from."""
        return self.index[start], self.index[end - 1] + 1


@dataclass(frozen=True, slots=True)
class ReadDigits:
    """A text as the numeric recognizers read it: folded, and its spoken runs (spans in the text) read."""

    folded: str
    spoken: DigitView | None     # None: the text holds no spoken run
    spoken_spans: tuple[tuple[int, int], ...]


# A number wrapped over a line break (a pasted notice, a narrow SMS screen): the break reads as a space; not a line
# that opens a numbered list's next item (…1286\n2. 蒋涛 6212…, 3、…, 4）…): its ordinal is no digit of the number before.
_WRAPPED = re.compile("(?<=[0-9０-９])\n(?=[0-9０-９])(?![0-9０-９]{1,2}[.．、)）](?![0-9０-９]))")
# A middle dot or an underscore between two digits groups them as a hyphen does (110105·19900307·1239, 6222_0212_…).
_DOT_OR_UNDERSCORE_GROUPING = re.compile("(?<=[0-9])[·・_](?=[0-9])")
# An ID's check character X read aloud as 叉 right after its digits (…洞洞六叉), or typed as a multiplication sign.
_SPOKEN_X = re.compile(f"(?<=[0-9０-９{_SPOKEN}])[叉×]")
# What OCR reads for a digit on a scanned form or a photographed screen: O or o for 0, l or I for 1 (l3O1O2…, I5O 3347…),
# and, never first, S for 5, B for 8 and Z for 2 (lB7O O95l 457, 62Z2 O235…): a first S or B is a document's letter.
# Only inside a number: a stretch of figures and these letters, grouped by single spaces or hyphens, that no other
# letter touches (a document's first letter aside: E8l726O93), with six figures or more and no more such letters than
# figures.
_OCR_DIGITS = str.maketrans("OolISBZ", "0011582")
_OCR_NUMBER = re.compile("(?<![A-Za-z])(?:[A-HJ-NP-Z](?=[0-9]))?([0-9OolI](?:[ \\-]?[0-9OolISBZ]){6,})"
                         "(?![A-WYZa-wyz]|[Xx][A-Za-z])")
# a figure next to O, o, l or I, or S, B or Z between two figures
_OCR_HINT = re.compile("[0-9][OolI]|[OolI][0-9]|[0-9][SBZ][0-9]")


def _ocr_read(match: re.Match) -> str:
    number = match.group(1)
    letters = sum(ch in "OolISBZ" for ch in number)
    if sum(ch.isdigit() for ch in number) < max(6, letters):
        return match.group()
    return match.group()[:match.start(1) - match.start()] + number.translate(_OCR_DIGITS)


def keycap_end(text: str, end: int) -> int:
    """`end`, or past the keycap marks right after it: a number read from keycap digits ends with its last keycap."""
    return end + len(_KEYCAP) if text.startswith(_KEYCAP, end) else end


def fold(text: str) -> str:
    """Full-width digits, letters, dots, slashes and spaces and every dash to ASCII, a line break between two digits
    to a space, a middle dot or an underscore between two digits to a hyphen, 叉 after a digit to X and the letters OCR
    reads for digits inside a number to those digits, one character for one."""
    # Most texts hold none of them: a search for one is ten times cheaper than translating character by character.
    folded = text.translate(_FOLD) if _FOLDED.search(text) else text
    if "叉" in folded or "×" in folded:
        folded = _SPOKEN_X.sub("X", folded)
    if "·" in folded or "・" in folded or "_" in folded:
        folded = _DOT_OR_UNDERSCORE_GROUPING.sub("-", folded)
    if _OCR_HINT.search(folded):
        folded = _OCR_NUMBER.sub(_ocr_read, folded)
    return _WRAPPED.sub(" ", folded) if "\n" in folded else folded


@lru_cache(maxsize=256)      # every numeric recognizer reads the same text: one reading each
def read_digits(text: str) -> ReadDigits:
    folded = fold(text)
    runs = [span for span in map(_trimmed, _RUN.finditer(text)) if span]
    if not runs:
        return ReadDigits(folded, None, ())
    readings = sorted((reading for start, end in runs for reading in _readings(text, start, end)),
                      key=lambda span: (-span[2], span[0]))
    parts: list[str] = []
    index: list[int] = []
    for start, end, _ in readings:
        before, after = max(0, start - _CONTEXT_CHARS), min(len(text), end + _CONTEXT_CHARS)
        digits = _read(text, start, end)
        parts += [folded[before:start], *(digit for digit, _ in digits), folded[end:after], "\n"]
        index += [*range(before, start), *(at for _, at in digits), *range(end, after), -1]
    return ReadDigits(folded, DigitView("".join(parts), index), tuple(runs))


def _readings(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, digits) of the run's stretches of whole groups that start where it starts or end where it
    ends, with MIN_RUN_DIGITS to MAX_READING_DIGITS digits, one of them spoken; in a run too long for one number
    and of a few groups, also those that start at any group, so that a number in the middle of three read in one
    breath is read, while a run of single digits costs a few readings, not one per pair of its groups. Figures
    one by one are read whole: their spaces say nothing of where a number starts or ends."""
    if _ONE_BY_ONE.fullmatch(text, start, end):
        digits = (end - start + 1) // 2
        return [(start, end, digits)] if digits <= MAX_READING_DIGITS else []
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(text, start, end)]
    if text[start] == "一" and start and _HAN_WORD.match(text, start - 1) and groups[0][1] > start + 1:
        # 一 after a word character may end that word (星期一, 第一): read the run with and without it.
        groups[0:1] = [(start, start + 1), (start + 1, groups[0][1])]
    starts = [group_start for group_start, _ in groups]
    ends = [group_end for _, group_end in groups]
    stretches = {(start, ends[i]) for i in _within_reach(groups)}
    stretches |= {(starts[-1 - i], end) for i in _within_reach(groups[::-1])}
    if len(groups) <= MAX_INTERIOR_GROUPS and sum(b - a for a, b in groups) > MAX_READING_DIGITS:
        # Three numbers or more listed in one breath (幺三八…，幺三九…，幺五二…): the ones between start at a group too.
        stretches |= {(starts[k], ends[k + i]) for k in range(1, len(groups) - 1) for i in _within_reach(groups[k:])}
    found = []
    for first, last in stretches:
        digits = len(_read(text, first, last))
        if MIN_RUN_DIGITS <= digits <= MAX_READING_DIGITS and _read_aloud(text[first:last]):
            found.append((first, last, digits))
    return found


def _read(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The digits of text[start:end] with the index each was read from; a repeat is its digit that many times, read
    from its characters in order (三个八: 8 from 三, 个 and 八; 两个零: 0 from 两 and 零), so that a span maps back whole."""
    digits: list[tuple[str, int]] = []
    at = start
    while at < end:
        char = text[at]
        if (char in _REPEAT_COUNTS and at + 2 < end and text[at + 1] == "个" and text[at + 2] in _DIGIT_OF):
            digit = _DIGIT_OF[text[at + 2]]
            digits += [(digit, at), (digit, at + 1)][:_REPEAT_COUNTS[char] - 1] + [(digit, at + 2)]
            at += 3
            continue
        if char == _DOUBLE and at + 1 < end and text[at + 1] in _DIGIT_OF:
            digits.append((_DIGIT_OF[text[at + 1]], at))
        if char in _DIGIT_OF:
            digits.append((_DIGIT_OF[char], at))
        at += 1
    return digits


def digits_in(text: str, start: int, end: int) -> str:
    """The digits text[start:end] reads as, written, full-width, spoken or OCR'd (a repeat read as a count counts)."""
    return "".join(digit for digit, _ in _read(read_digits(text).folded, start, end))


# A turn that opens with a number (after a filler or the words that carry a number on: 嗯 …, 后面是 …) whose speaker's turn
# before ended on digits, the other side's short words between: the number may go on the one read in that turn (坐席：…您记一下
# 六二二二 零二零六 / 客户：等下我拿笔 / 坐席：一七四八 一八零六二八零…).
_SPEAKER = "[^\n：:]{1,8}[：:]"
_READ_ON_TURN = re.compile(f"(?:^|\n)(?P<speaker>{_SPEAKER})[^\n]*?(?P<run>[{''.join(_DIGIT_OF)}](?:[ 　，,、]*"
                           f"[{''.join(_DIGIT_OF)}])*)[ 　，,、。…]*\n(?:(?!(?P=speaker)){_SPEAKER}[^0-9０-９\n]{{0,12}}\n)+"
                           "(?P=speaker)[ 　]*(?:[嗯呃啊][ ，,]*)?(?:(?:后面|后边|剩下的?|然后|接着)(?:的)?(?:是|就是)?[ ，,：:]*)?$")
_READ_ON_REACH = 160     # characters looked back: two turns of a call


def digits_read_before(text: str, start: int) -> str:
    """The digits the speaker's turn before ended on, where the number at `start` opens a turn that may go on them (the
    other side's short words between: 嗯, 等下我拿笔); "" otherwise."""
    match = _READ_ON_TURN.search(text, max(0, start - _READ_ON_REACH), start)
    return digits_in(text, match.start("run"), match.end("run")) if match else ""


def _within_reach(groups: list[tuple[int, int]]) -> range:
    """How many of `groups`, taken from the first, hold at most MAX_READING_DIGITS digits: range(count)."""
    length = count = 0
    for group_start, group_end in groups:
        length += group_end - group_start
        if length > MAX_READING_DIGITS:
            break
        count += 1
    return range(count)


def _trimmed(run: re.Match) -> tuple[int, int] | None:
    """The run without a last 一 or 两 that starts a word (…五六七八一直关机, 两天); None when too short."""
    text, start, end = run.string, run.start(), run.end()
    if text[end - 1] in _WORD_AFTER and end < len(text) and text[end] in _WORD_AFTER[text[end - 1]]:
        end -= 1
        while end > start and text[end - 1] not in _DIGIT_OF:
            end -= 1
    digits = sum(ch in _DIGIT_OF for ch in text[start:end])
    return (start, end) if digits >= MIN_RUN_DIGITS and _read_aloud(text[start:end]) else None


# Speech recognition may also write a number figure by figure, one space between each (1 3 8 1 2 3 4 5 6 7 8), and a
# chat a hyphen between each (1-3-8-1-2-…) to slip it past a filter.
_ONE_BY_ONE = re.compile("[0-9０-９](?:[ \\-][0-9０-９])+")
# ... or in the pairs or triples an agent reads it in (33 01 06 19 88 …, 62 17 00 61 …, 430 104 1970 011 913 08): five
# groups or more of figures, apart by spaces, a Chinese comma or a filler only (never a dot, dash, slash or a comma,
# which sums, dates and references are grouped by), most of them of one to three figures.
_SHORT_GROUPS = re.compile("[0-9０-９]{1,4}(?:(?:[ 　，]|[ ]?[嗯呃额][ ]?){1,3}[0-9０-９]{1,4}){4,}")
_FIGURES = re.compile("[0-9０-９]+")
_SPOKEN_JOINER = re.compile("然后|接着|那个|就是")


def _read_aloud(run: str) -> bool:
    """A number read aloud: one spoken digit at least, figures one by one, or figures in pairs or triples."""
    if not _SPOKEN_SET.isdisjoint(run) or _ONE_BY_ONE.fullmatch(run) is not None or _KEYCAP in run:
        return True
    if _SPOKEN_JOINER.search(run):      # figures joined by 然后, 接着, 那个 or 就是 are read out too (0571 然后 8762 3310)
        return True
    if _SHORT_GROUPS.fullmatch(run) is None:
        return False
    groups = _FIGURES.findall(run)
    return 2 * sum(len(group) <= 3 for group in groups) > len(groups)
