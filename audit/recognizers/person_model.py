"""PERSON by a character CRF: names anywhere in informal text, in forms the surname rules do not cover.

The model (`audit/models/person.crfsuite`, python-crfsuite) tags each character B / I / O. It is trained by
`python -m training.train_person_model` on invented sentences (`training/make_person_corpus.py`): names in
many registers (microblog chatter among them), and COLD train comments with a pronoun replaced by an invented
name. Its features are the characters around, what the surname and name-character tables say of them, and the
jieba word each one is in (its length, how common it is, whether jieba's dictionary tags it as a name), how often
jieba sees the character alone and whether it makes a dictionary word with either neighbour: one
function builds them for training and for tagging. Training reads the surname, name-character and frame tables as
they stood when the model was trained (`training/make_person_corpus.py`, `STOCK_*`), tagging the live ones in
lexicons/pii/data, so an edit there moves a character's class at tagging without retraining the model.

A span counts when the model is sure of every character in it (`MIN_MARGINAL`); the recognizer asks the
model only about the stretches around surnames where a strong or compound surname starts no name its rules count (another
name counted in the same stretch does not close it), holds what it finds to the rules' checks of a given
name, and lets it replace a weaker surname candidate it overlaps or take a counted surname + one character to a third
(`whole_span_marginal`, the name's end included), and about two given-name characters with no surname that the rules'
checks of a given name alone let through, before what a person does or a clause's end
(`ZhPersonRecognizer._model_given_alone`). It is also asked, over a few characters either
side, about the weakest candidates the rules count with no frame (`span_marginal`), and vetoes those it all but
rules out. Asked over whole messages instead (Dec 5), it found 2 of Weibo dev's names the rules miss against 75 wrong
spans at any marginal over 0.5 (handles, hashtags, brands, 博文); trained with no COLD comment that the rules find a
name in (so that no real name is taught as none), 5 against 71, and its veto let through about as many wrong
candidates as right ones on COLD dev.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from audit.errors import RulePackError

MODEL = Path(__file__).resolve().parent.parent / "models" / "person.crfsuite"
# The lowest marginal probability of the tags in a span for it to count (0.5 to 0.9 gave the same Weibo dev
# figures once the rules' given-name checks apply; 0.7 keeps a margin either way).
MIN_MARGINAL = 0.7
SCORE_MODEL = 0.5
_PUNCTUATION = set("，。！？、；：“”‘’（）《》【】…—～·,.!?;:\"'()[]<>~@#/ \n\t")


class CharClasses:
    """What the word tables say about one character: a one-letter code per property it has."""

    def __init__(self, strong: frozenset[str], weak: frozenset[str], compound: frozenset[str],
                 given: frozenset[str], transliteration: frozenset[str]) -> None:
        self.compound_starts = frozenset(word[0] for word in compound)
        self._tables = (("S", strong), ("W", weak), ("G", given), ("T", transliteration),
                        ("C", self.compound_starts), ("X", frozenset("小老阿")))

    def of(self, char: str) -> str:
        code = "".join(letter for letter, table in self._tables if char in table)
        if code:
            return code
        if char in _PUNCTUATION:
            return "P"
        if char.isdigit():
            return "D"
        if char.isascii() and char.isalpha():
            return "L"
        return "H" if "\u4e00" <= char <= "\u9fa5" else "O"


def _freq_band(count: int | None) -> str:
    if not count:
        return "u"            # unknown to jieba: its HMM grouped these characters
    return "r" if count <= 20 else "m" if count <= 100 else "c"


def _char_band(count: int | None) -> str:
    """How often jieba sees a character alone: rare characters are mostly name characters (炤, 晏; 说 is 200k)."""
    return "r" if not count or count < 3000 else "m" if count < 30000 else "c"


def features(text: str, words: Sequence[str], classes: CharClasses, freq: dict[str, int],
             dictionary_names: frozenset[str], frames_before: tuple[str, ...],
             frames_after: tuple[str, ...]) -> list[list[str]]:
    """One list of feature strings per character of `text`; `words` is jieba's segmentation of it."""
    padded = "^^" + text + "$$"
    codes = [classes.of(char) for char in padded]
    word_of: list[str] = []
    for word in words:
        band = _freq_band(freq.get(word))
        name = "N" if word in dictionary_names else ""
        length = str(min(len(word), 4))
        if len(word) == 1:
            word_of.append(f"S{band}{name}")
        else:
            word_of.extend([f"B{length}{band}{name}", *[f"M{length}{band}{name}"] * (len(word) - 2),
                            f"E{length}{band}{name}"])
    common = {start: word for start, word in _starts(words) if _freq_band(freq.get(word)) == "c"}
    rows = []
    for at in range(len(text)):
        here = at + 2
        char, before, after = padded[here], padded[here - 1], padded[here + 1]
        row = [f"c={char}", f"p={before}", f"n={after}", f"p2={padded[here - 2]}", f"n2={padded[here + 2]}",
               f"pb={before}{char}", f"nb={char}{after}", f"k={codes[here]}", f"pk={codes[here - 1]}",
               f"nk={codes[here + 1]}", f"kk={codes[here - 1]}|{codes[here]}|{codes[here + 1]}",
               f"w={word_of[at]}", f"wk={word_of[at]}|{codes[here]}", f"cf={_char_band(freq.get(char))}",
               # whether the character and its neighbour make a dictionary word, whatever jieba's path chose
               f"bf={_pair_band(text[at:at + 2], freq, dictionary_names)}",
               f"bb={_pair_band(text[at - 1:at + 1] if at else '', freq, dictionary_names)}"]
        if at in common:
            row.append(f"wd={common[at]}")
        if text.endswith(frames_before, 0, at):
            row.append("frame_before")
        if text.startswith(frames_after, at + 1):
            row.append("frame_after")
        rows.append(row)
    return rows


def _pair_band(pair: str, freq: dict[str, int], dictionary_names: frozenset[str]) -> str:
    if len(pair) < 2:
        return "-"
    return _freq_band(freq.get(pair)) + ("N" if pair in dictionary_names else "")


def _starts(words: Sequence[str]) -> list[tuple[int, str]]:
    result, at = [], 0
    for word in words:
        result.append((at, word))
        at += len(word)
    return result


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each B I* run."""
    spans, start = [], None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I":
            spans.append((start, index))
            start = None
        if tag == "B":
            start = index
    return spans


class PersonTagger:
    """The shipped model, opened once; `names` gives the spans it is sure of."""

    def __init__(self, path: Path = MODEL) -> None:
        if not path.is_file():
            raise RulePackError(path, "the PERSON model is missing: run `python -m training.train_person_model`")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def span_marginal(self, rows: list[list[str]], start: int, end: int) -> float:
        """How sure the model is that text[start:end] is one name: the least marginal of its B I* tags."""
        self._tagger.set(rows)
        return min([self._tagger.marginal("B", start)] + [self._tagger.marginal("I", at) for at in range(start + 1, end)])

    def whole_span_marginal(self, rows: list[list[str]], start: int, end: int) -> float:
        """`span_marginal`, also held to how sure the model is that the name ends at `end` (沈砚之 is no name in 沈砚之和)."""
        sure = self.span_marginal(rows, start, end)
        return min(sure, 1 - self._tagger.marginal("I", end)) if end < len(rows) else sure

    def names(self, rows: list[list[str]]) -> list[tuple[int, int, float]]:
        tags = self._tagger.tag(rows)
        found = []
        for start, end in spans_from_tags(tags):
            sure = min(self._tagger.marginal(tags[at], at) for at in range(start, end))
            if sure >= MIN_MARGINAL:
                found.append((start, end, SCORE_MODEL))
        return found
