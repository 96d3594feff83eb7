"""The matching view of Chinese text: what wording rules are matched against, with a way back.

`normalise(text)` folds away the tricks agents use to slip wording past keyword filters while
keeping an exact map from every character of the view to the character it came from:

- NFKC per character (full-width ｓｂ and ２４ become sb and 24; a character that expands,
  such as ㈱, maps all its outputs to itself);
- traditional to simplified Chinese with OpenCC t2s (per character, plus a phrase-level pass
  whenever the text holds a traditional character and the pass keeps the length);
- case folding;
- removal of separators: whitespace, punctuation, symbols, emoji, zero-width and other format
  characters (傻 逼, 傻*逼, 傻\u200b逼 and 傻😊逼 all become 傻逼), except the emoji that stand for a word
  (`lexicons/data/emoji.yml`: 🔪 reads 刀, 👮 警察), which the view reads as that word, mapped back to the emoji;
- dialect words folded to the standard word the rules are written in (`lexicons/data/dialect.yml`: Cantonese 喺 reads
  在, 屋企 家里, Wu 侬 你), one character for one and a word for a word of the same length; the PII view reads the
  same table (`fold_dialect`);
- collectors' homophone and look-alike typos (`lexicons/data/typing.yml`) folded to the word meant (通训录 -> 通讯录,
  你在不还 -> 你再不还), one character for one so offsets stay exact, in lexicon terms as in messages.

Removing punctuation also removes clause structure, so it is recorded on the side. Boundary rule:
a run of 。！？!? or a line break is a sentence end, a run of ，,；; a clause break; a boundary
counts only when the view text on each side of it, up to the neighbouring boundary, is at least
`MIN_CLAUSE_CHARS` characters long. A lone 。 or ， inside a word (傻。逼, 弄，死，你) is a dodge,
not a boundary; 你是骗子。我们会上门 has a real one.

Pinyin (`pinyin_tokens`, `pinyin_keys`): messages are turned into pinyin with a per-character table
filled lazily, never by running pypinyin over a whole message; term keys are built once at load.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import chain, combinations, compress, product
from pathlib import Path

import opencc

from audit.paths import LEXICONS
from audit.rulepack import read_yaml

MIN_CLAUSE_CHARS = 2

SENTENCE_ENDS = "。！？!?｡\n\r\u2028\u2029"
CLAUSE_BREAKS = "，,；;"   # not 、: an enumeration stays under one verb (不采取泼漆、堵门)

# Unicode categories that survive: letters, digits and spacing marks. Everything else
# (Z*, P*, S* incl. emoji, C* incl. zero-width/format chars, Mn/Me incl. variation selectors) is a separator.
_KEPT_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Mc"})

_T2S = opencc.OpenCC("t2s")
# Half of an emoji cut off by a length limit leaves a lone surrogate, which OpenCC cannot take (it encodes to UTF-8).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
EMOJI_WORDS_FILE = LEXICONS / "data" / "emoji.yml"
TYPING_FILE = LEXICONS / "data" / "typing.yml"
DIALECT_FILE = LEXICONS / "data" / "dialect.yml"
VIEW_DATA = (EMOJI_WORDS_FILE, TYPING_FILE, DIALECT_FILE)     # what the view is made of besides this module


def _emoji_words() -> dict[int, str]:
    """Code point -> the word an emoji stands for (lexicons/data/emoji.yml)."""
    words = read_yaml(EMOJI_WORDS_FILE)["words"]    # the project's loader: a key repeated is refused
    return {ord(emoji): word for emoji, word in words.items()}


_EMOJI_WORDS = _emoji_words()


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate (not UTF-8 encodable) replaced by U+FFFD: one code point for one, so
    offsets into `text` stay exact."""
    return _LONE_SURROGATE.sub("\ufffd", text)


@lru_cache(maxsize=64)     # a message is converted for the PERSON trigger, its names and the PII rules: once
def to_simplified(text: str) -> str:
    """OpenCC's traditional -> simplified conversion, for callers that keep their own layout (notice letters,
    name segmentation): one converter for the whole package. Lone surrogates become U+FFFD first."""
    return _T2S.convert(without_lone_surrogates(text))


def to_simplified_in_place(text: str) -> str:
    """`text` in simplified characters when the conversion keeps every offset (t2s is one character for one, but
    not always), else as written: for readers whose spans must stay the text's (recognizers, rule words)."""
    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


# The dialect folds of lexicons/data/dialect.yml (著 of Taiwan writing among them: t2s keeps it, a simplified character
# too): characters as a str.translate table, words as one regex, for each view that reads them.
_VIEWS = ("both", "wording", "pii")


def _word_alternatives(entries: dict[str, dict]) -> list[str]:
    """The regex alternatives of word folds (word -> {as:, unless_previous:, unless_next:}), one per first character
    (so that a position tries one branch, not one per word: the pass is on every view), its words longest first,
    each with the characters that may not stand before or after it."""
    rests: dict[str, list[str]] = {}
    for word, entry in sorted(entries.items(), key=lambda item: -len(item[0])):
        before, after = entry.get("unless_previous"), entry.get("unless_next")
        # the look-behind after the first character: every alternative opens with a literal, which re scans for fast
        first = re.escape(word[0])
        rests.setdefault(word[0], []).append((f"(?<![{re.escape(before)}]{first})" if before else "")
                                             + re.escape(word[1:]) + (f"(?![{re.escape(after)}])" if after else ""))
    return [re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in rests.items()]


def _entry(entry: str | dict) -> dict:
    """A fold's entry as a mapping: a bare standard word is {as: it}."""
    return entry if isinstance(entry, dict) else {"as": entry}


def _dialect_folds() -> dict[str, tuple[dict[int, str], dict[str, dict]]]:
    """The folds of lexicons/data/dialect.yml, read once, for each view that reads them ('wording', 'pii'): char ->
    standard char, and word -> its entry ({as:, unless_previous:, unless_next:})."""
    data = read_yaml(DIALECT_FILE)
    folds: dict[str, tuple[dict[int, str], dict[str, dict]]] = {"wording": ({}, {}), "pii": ({}, {})}
    char_views: dict[str, str] = {}
    for char, entry in data["characters"].items():
        entry = _entry(entry)
        views = entry.get("views", "both")
        if len(char) != 1 or len(entry["as"]) != 1 or views not in _VIEWS:
            raise ValueError(f"{DIALECT_FILE}: {char!r} -> {entry['as']!r} is no fold of one character for one")
        char_views[char] = views
        for view, (chars, _) in folds.items():
            if views in ("both", view):
                chars[ord(char)] = entry["as"]
    # a word is written as each view it is folded in reads it: no character one of them folds
    folded = {views: {char for char, char_in in char_views.items() if views == "both" or char_in in ("both", views)}
              for views in _VIEWS}
    for word, entry in data["words"].items():
        entry = _entry(entry)
        views = entry.get("views", "both")
        if views not in _VIEWS or folded[views].intersection(word) or folded[views].intersection(entry["as"]):
            raise ValueError(f"{DIALECT_FILE}: {word!r} -> {entry['as']!r} spells a folded character")
        for view, (_, words) in folds.items():
            if views in ("both", view):
                words[word] = entry
    return folds


def _word_regex(*tables: tuple[dict, Path]) -> tuple[re.Pattern[str], dict[str, str]]:
    """Word folds of one or more tables (entries, file) as one regex, longest word first, and word -> standard."""
    entries: dict[str, dict] = {}
    for table, source in tables:
        for word, entry in table.items():
            entry = _entry(entry)
            if len(entry["as"]) != len(word):
                raise ValueError(f"{source}: {word!r} and {entry['as']!r} differ in length (offsets would shift)")
            if word in entries:
                raise ValueError(f"{source}: {word!r} is folded twice")
            entries[word] = entry
    return (re.compile("|".join(_word_alternatives(entries)) or "(?!)"),
            {word: entry["as"] for word, entry in entries.items()})


_DIALECT_FOLDS = _dialect_folds()
_EXTRA_FOLDS, _DIALECT_WORD_ENTRIES = _DIALECT_FOLDS["wording"]
_PII_FOLDS = _DIALECT_FOLDS["pii"][0]
_PII_WORDS, _PII_WORD_FIXES = _word_regex((_DIALECT_FOLDS["pii"][1], DIALECT_FILE))


def fold_dialect(text: str) -> str:
    """`text` (in simplified characters) with the dialect characters and words the PII rules read folded to the
    standard ones (lexicons/data/dialect.yml), offsets kept: the PII view, and its rules' words."""
    return _PII_WORDS.sub(_pii_word, text.translate(_PII_FOLDS))


def _pii_word(word: re.Match[str]) -> str:
    return _PII_WORD_FIXES[word.group()]


def dialect_word_in(source: str) -> str | None:
    """A dialect word the wording view folds away that `source` (a rule pattern) spells, if any: such a pattern
    never matches as written."""
    found = _dialect_words().search(source)
    return found.group() if found else None


@cache
def _dialect_words() -> re.Pattern[str]:
    """The wording view's dialect words alone (the view folds them in one pass with the typos, `_TYPOS`): built when a
    rule pattern is first judged, not at import, since a scan whose patterns are remembered never asks."""
    return _word_regex((_DIALECT_WORD_ENTRIES, DIALECT_FILE))[0]


class _CharTable(dict):
    """A str.translate table filled on first sight of each character (one unicodedata call per char, ever)."""

    def __missing__(self, code: int) -> str | None:
        _learn(code)
        return self[code]


_VIEW = _CharTable()     # char -> its view characters ('' dropped), traditional folded per character
_PRE_T2S = _CharTable()  # the same before t2s, for the phrase-level OpenCC pass
_WIDTH = _CharTable()    # char -> '\x00' dropped, '\x01' one view char, '\x02' more than one (for the map back)
# The marked view `normalise` reads in one translate: the view with a mark for each boundary character (which the
# view drops) and one after each traditional character, deleted again by str.replace (C speed).
_SENTENCE_MARK, _CLAUSE_MARK, _TRADITIONAL_MARK = "\x01", "\x02", "\x03"
_MARKED = _CharTable()
_MARK_RUN_SPLIT = re.compile("([\x01\x02]+)")     # captured: split keeps the runs
_BMP = 0x10000
_UNSEEN = "\U0010ffff"      # a noncharacter: no view or marked view holds it
_PAST_BMP = re.compile("[\U00010000-\U0010ffff]")


class _ListTable:
    """A _CharTable's BMP characters as a list, which str.translate reads faster (an index where a dict hashes: the
    marked view 2.6 -> 1.8 us a benchmark SMS). A character not seen yet reads as _UNSEEN and one past the BMP (an
    emoji) is past the list's end, which translate leaves as it is; a text whose translation holds either is
    translated by the _CharTable, which learns its characters, and they join the list."""

    __slots__ = ("_table", "_list")

    def __init__(self, table: _CharTable) -> None:
        self._table = table
        self._list = [_UNSEEN] * _BMP

    def translate(self, text: str) -> str:
        translated = text.translate(self._list)
        if _PAST_BMP.search(translated) is None:
            return translated
        translated = text.translate(self._table)
        for char in set(text):
            if ord(char) < _BMP:
                self._list[ord(char)] = self._table[ord(char)]
        return translated


_MARKED_LIST = _ListTable(_MARKED)
_WIDTH_LIST = _ListTable(_WIDTH)


def _learn(code: int) -> None:
    char = chr(code)
    kept = _EMOJI_WORDS.get(code) or "".join(c for c in unicodedata.normalize("NFKC", char).casefold()
                                            if unicodedata.category(c) in _KEPT_CATEGORIES)
    simplified = "".join(_T2S.convert(c) for c in kept).translate(_EXTRA_FOLDS)     # kept: no lone surrogate
    _VIEW[code] = simplified
    _PRE_T2S[code] = kept
    _WIDTH[code] = chr(min(len(simplified), 2))
    if char in SENTENCE_ENDS:       # every boundary character is a separator: dropped from the view
        _MARKED[code] = _SENTENCE_MARK
    elif char in CLAUSE_BREAKS:
        _MARKED[code] = _CLAUSE_MARK
    else:
        _MARKED[code] = simplified + _TRADITIONAL_MARK if simplified != kept else simplified


class Normalised:
    """The matching view of a text and the map back to the original."""

    __slots__ = ("text", "original", "sentence_breaks", "clause_breaks", "_index")

    def __init__(self, text: str, original: str, sentence_breaks: list[int], clause_breaks: list[int]) -> None:
        self.text = text
        self.original = original
        self.sentence_breaks = sentence_breaks     # view positions of counted sentence ends (before text[pos])
        self.clause_breaks = clause_breaks         # view positions of counted clause breaks, sentence ends included
        self._index: list[int] | range | None = None

    @property
    def index(self) -> list[int] | range:
        """The original index of each view character: built on first use, as most views never map a span back."""
        if self._index is None:
            self._index = _view_index(self.original, len(self.text))
        return self._index

    def view_offset(self, at: int) -> int:
        """The view position of original offset `at`: how many view characters come from before it
        (bisect_left(index, at)), counted from the nearer end of the text when no index is built."""
        if self._index is not None:
            return bisect_left(self._index, at)
        if at <= len(self.original) // 2:
            return len(self.original[:at].translate(_VIEW))
        return len(self.text) - len(self.original[at:].translate(_VIEW))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span [start, end) to the span of the original text it was read from."""
        index = self.index
        if start >= end:
            at = index[start] if start < len(index) else len(self.original)
            return at, at
        return index[start], index[end - 1] + 1

    def crosses_sentence(self, start: int, end: int) -> bool:
        """Whether a counted sentence end lies strictly inside the view span [start, end)."""
        return bisect_right(self.sentence_breaks, start) < bisect_left(self.sentence_breaks, end)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """The view span of the clause(s) holding [start, end): from the break before to the break after."""
        return _span_between(self.clause_breaks, start, end, len(self.text))

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The view span of the sentence(s) holding [start, end)."""
        return _span_between(self.sentence_breaks, start, end, len(self.text))

    def sentences(self) -> list[tuple[int, int]]:
        """The view span of each sentence, in order (an empty one between two breaks kept: callers count them)."""
        bounds = [0, *self.sentence_breaks, len(self.text)]
        return list(zip(bounds, bounds[1:]))


def _span_between(breaks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """From the last break at or before `start` to the first break at or after `end`."""
    before = bisect_right(breaks, start)
    after = bisect_left(breaks, end)
    return (breaks[before - 1] if before else 0), (breaks[after] if after < len(breaks) else length)


def normalise(text: str) -> Normalised:
    """The matching view of `text`, its map back to `text` and its counted sentence and clause breaks."""
    view, marked = _view_and_marked(text)
    if len(view) == len(marked):
        return Normalised(view, text, [], [])
    sentence_breaks, clause_breaks = _boundaries(marked, len(view))
    return Normalised(view, text, sentence_breaks, clause_breaks)


def _view_and_marked(text: str) -> tuple[str, str]:
    """The view of `text` and its marked form (a mark for each boundary character, none for traditional ones)."""
    # One C-level translate to the marked view and C-level deletes of its marks: no Python call per character once
    # each char has been seen; the map back is built only when asked for (Normalised.index).
    marked = _MARKED_LIST.translate(text)
    traditional = _TRADITIONAL_MARK in marked
    if traditional:
        marked = marked.replace(_TRADITIONAL_MARK, "")
    view = marked.replace(_SENTENCE_MARK, "").replace(_CLAUSE_MARK, "")
    view = _phrase_t2s(text, view) if traditional else view
    return _fold_typos(view), marked


def _view_index(text: str, view_len: int) -> list[int] | range:
    """The original index of each of the `view_len` view characters of `text`."""
    widths = _WIDTH_LIST.translate(text)
    if "\x02" in widths:
        return [i for i, char in enumerate(text) for _ in _VIEW[ord(char)]]
    return range(len(text)) if view_len == len(text) else list(compress(range(len(text)), widths.encode("latin-1")))


def _phrase_t2s(text: str, per_char: str) -> str:
    """OpenCC's phrase-level conversion (乾淨 -> 干净, 頭髮 -> 头发) when it keeps offsets exact."""
    before = text.translate(_PRE_T2S)
    phrased = to_simplified(before).translate(_EXTRA_FOLDS)
    return phrased if len(phrased) == len(before) == len(per_char) else per_char


# --- collectors' typos --------------------------------------------------------------------------

def _typo_folds() -> tuple[re.Pattern[str], dict[str, str]]:
    """The homophone typos of lexicons/data/typing.yml and the dialect words of lexicons/data/dialect.yml the wording
    view reads, as one regex (each with the characters that may not stand before or after it; one pass over the
    view, the longest word first) and typo or word -> the word meant."""
    return _word_regex((read_yaml(TYPING_FILE)["homophones"], TYPING_FILE), (_DIALECT_WORD_ENTRIES, DIALECT_FILE))


_TYPOS, _TYPO_FIXES = _typo_folds()


def _fold_typos(view: str) -> str:
    return _TYPOS.sub(lambda match: _TYPO_FIXES[match.group()], view)


def _boundaries(marked: str, view_len: int) -> tuple[list[int], list[int]]:
    """The counted sentence and clause breaks of a view from its marked form (boundary marks, no traditional
    ones). A run of marks is one boundary: the marks of boundary characters split only by dropped ones meet.
    One C-level split gives the view pieces between the runs and the runs themselves; a boundary counts when the
    pieces on both sides hold MIN_CLAUSE_CHARS, which also leaves out a run at either end of the view."""
    parts = _MARK_RUN_SPLIT.split(marked)       # piece, run, piece, ..., piece
    sentences: list[int] = []
    clauses: list[int] = []
    pos = 0
    before = len(parts[0])
    for i in range(1, len(parts), 2):
        after = len(parts[i + 1])
        pos += before
        if before >= MIN_CLAUSE_CHARS and after >= MIN_CLAUSE_CHARS:
            clauses.append(pos)
            if _SENTENCE_MARK in parts[i]:
                sentences.append(pos)
        before = after
    return sentences, clauses


@lru_cache(maxsize=1 << 16)
def normalise_term(term: str) -> str:
    """A lexicon term in view form (so terms written with punctuation or in traditional still match): the view of
    `normalise`, without the map back or the boundaries (a rule pack's thousands of terms load faster). Kept per
    term: building the wording analyser asks 33k times for 15.5k distinct texts (a term in several rules, a context
    word in several voices, the examples normalised for the anchors' counts and again for the pinyin ranks)."""
    return _view_and_marked(term)[0]


# --- pinyin -------------------------------------------------------------------------------------

PINYIN_SEP = "|"


class _PinyinTable(dict):
    """A str.translate table: view char -> '|' + its pinyin token (a toneless syllable for CJK, the letter
    itself for a-z, '#' otherwise), filled on first sight of each char."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if "a" <= char <= "z":
            token = char
        elif "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            token = _syllable(char)
        else:
            token = "#"
        self[code] = PINYIN_SEP + token
        return self[code]


def _syllable(char: str) -> str:
    readings = _readings(char)
    return readings[0] if readings else "#"


def _readings(char: str) -> list[str]:
    """The toneless readings of a CJK character, the usual one first (曝: pu, bao)."""
    readings: list[str] = []
    for reading in (_single_char_readings().get(ord(char)) or "").split(","):
        decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")   # lǜ -> lv
        toneless = "".join(c for c in decomposed if not unicodedata.combining(c))
        if toneless and toneless not in readings:
            readings.append(toneless)
    return readings


@lru_cache(maxsize=1)
def _single_char_readings() -> dict[int, str]:
    """pypinyin's per-character table (code point -> 'lǜ,lù', default reading first).

    Loaded on its own: importing pypinyin also loads its phrase dictionaries and trains its segmenter,
    0.2-0.5 s of start-up spent on whole-text conversion, which this toolkit never does.
    """
    spec = importlib.util.find_spec("pypinyin")
    table = Path(spec.origin).parent / "pinyin_dict.py" if spec and spec.origin else None
    if table is None or not table.exists():       # a pypinyin without the table file: the public API
        from pypinyin import pinyin_dict
        return pinyin_dict.pinyin_dict
    module_spec = importlib.util.spec_from_file_location("_pypinyin_single_chars", table)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict


_PINYIN = _PinyinTable()


def pinyin_tokens(view: str) -> str:
    """The pinyin view of a normalised text: '|ni|shi|sha|bi|', one token per view character."""
    return view.translate(_PINYIN) + PINYIN_SEP


# Up to this many syllables a term's characters may each be spelt any way (cao你ma, 傻bi). A longer term
# is spelt in homophones with at most LATIN_TYPED_SYLLABLES of them typed in Latin (gong安局, 以dai养dai), in
# initials throughout or in letters throughout: with every mix, one 9-character phrase (3 forms per character,
# times each character's readings) has over 100,000 keys and start-up takes seconds.
MIXED_SPELLING_MAX_SYLLABLES = 3
LATIN_TYPED_SYLLABLES = 2


@lru_cache(maxsize=4096)
def pinyin_keys(term: str) -> tuple[str, ...]:
    """Every pinyin-view key that spells `term` (a normalised CJK term): per character, any of its readings
    (a message is read with each character's usual reading, so 爆光 matches 曝光 read bao), that reading's
    initial typed in Latin (傻b, cnm) or the reading typed in Latin (shabi, 傻bi).
    Two-syllable terms are spelt only with some Latin typing and some full syllable (shabi, 傻b, sha逼): their
    pure homophones and two-letter initials (sb) belong in the lexicon as terms of their own.
    Terms longer than MIXED_SPELLING_MAX_SYLLABLES: see _long_term_keys.

    Terms with a character that has no pinyin get no keys.
    """
    readings = [_readings(c) if _PINYIN[ord(c)][1:] != c else [c] for c in term]
    if not readings or not all(readings):
        return ()
    if len(readings) > MIXED_SPELLING_MAX_SYLLABLES:
        return _long_term_keys(readings)
    choices = [{form for r in options for form in (r, r[0], *_typed(r))} for options in readings]
    combos = product(*choices)
    if len(readings) < 3:
        # Two syllables are too often something else, as homophones (操你 ~ 草拟, 傻逼 ~ 含沙比例) or as two
        # initials (nm in 5nm, cn in .cn): only forms with some Latin typing and some full syllable count.
        combos = (c for c in combos if any(len(part) > 1 for part in c)
                  and any(part not in options for part, options in zip(c, readings)))
    return tuple(sorted(PINYIN_SEP + PINYIN_SEP.join(combo) + PINYIN_SEP for combo in combos))


def _typed(reading: str) -> tuple[str, ...]:
    """A reading typed in Latin, one token a letter; the ü that j, q, x and y spell u also as the v keyboards type
    for it (jv留 for 拘留, qv for 去)."""
    typed = PINYIN_SEP.join(reading)
    if reading[:1] in ("j", "q", "x", "y") and reading[1:2] == "u":
        return typed, PINYIN_SEP.join(reading[0] + "v" + reading[2:])
    return (typed,)


def _long_term_keys(readings: list[list[str]]) -> tuple[str, ...]:
    """Keys of a long term: homophones with up to LATIN_TYPED_SYLLABLES syllables typed in letters, all initials
    (nmsl), all letters."""
    syllables = [set(options) for options in readings]
    typed = [{form for r in options for form in _typed(r)} for options in readings]
    spellings = [[{r[0] for r in options} for options in readings], typed]
    for count in range(LATIN_TYPED_SYLLABLES + 1):
        for latin in combinations(range(len(readings)), count):
            spellings.append([typed[i] if i in latin else syllables[i] for i in range(len(readings))])
    combos = chain.from_iterable(product(*choices) for choices in spellings)
    return tuple(sorted({PINYIN_SEP + PINYIN_SEP.join(combo) + PINYIN_SEP for combo in combos}))
