"""A second opinion on insults: a small character CNN, run in numpy, beside the n-gram classifier (audit.classifier).

The n-gram model scores what is said; insults that argue without a classic insult word (你是被伤得多深才会得出这种
结论, 打自己脸吗) share few n-grams with the collection corpus's insults. This model reads the same text (the agent
speech as the n-grams read it, `audit.classifier.feature_text` of each view, joined by NUL) as a sequence: each
character's embedding and that of the character pair it opens (both hashed into one table of `2**TABLE_BITS` rows,
digits read as 0 as the n-grams read them) summed, convolutions of a few widths, ReLU, the maximum over the text
and a logistic output. `python -m training.train_insult_model` trains it with torch (a training-only dependency) and
writes `audit/models/insult.npz`; inference is a handful of numpy operations per message, loaded on first use.

It only ever speaks for `abuse.insult`, and only on a message the n-gram classifier already scores at least
`floor` for insults (`lexicons/wording/context/insult_model.yml`), so the scan of an ordinary SMS campaign never runs
it. On such a message its score at `threshold` or more raises the insult score to the n-gram threshold at least
(`second_opinion`); the fusion's filters (no addressee, talk of prejudice) apply as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from audit.classifier import _code_points
from audit.errors import RulePackError
from audit.rulepack import read_yaml

MODEL_FILE = Path(__file__).parent / "models" / "insult.npz"
CONFIG_NAME = "insult_model.yml"      # beside the n-gram classifier's model.yml
TABLE_BITS = 15
_UNIGRAM_HASH = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM_HASH = np.uint64(0xC2B2AE3D27D4EB4F)
_BITS = np.uint64(21)


def character_rows(text: str) -> np.ndarray:
    """Per character of `text`, the embedding rows of it and of the pair it opens (2 x len), as training reads them."""
    codes = _code_points(text)
    shift = np.uint64(64 - TABLE_BITS)
    unigrams = (codes * _UNIGRAM_HASH) >> shift
    following = np.append(codes[1:], np.uint64(0))      # the last character opens a pair with nothing
    bigrams = (((codes << _BITS) | following) * _BIGRAM_HASH) >> shift
    return np.stack([unigrams, bigrams]).astype(np.int64)


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """When the insult model is asked (`floor`: the n-gram insult score from which, below the n-gram threshold) and
    what it takes to raise that score to the threshold (`threshold`: its own score)."""
    floor: float
    threshold: float

    def raise_insults(self, scores: np.ndarray, speeches: Sequence[str], column: int, ngram_threshold: float,
                      model: Callable[[], InsultModel] | None = None) -> None:
        """Raise, in place, the insult column of `scores` (messages x categories, of these speeches) to the n-gram
        threshold where the n-grams score at least `floor` but less than the threshold and the model agrees."""
        asked = np.flatnonzero((scores[:, column] >= self.floor) & (scores[:, column] < ngram_threshold))
        if not len(asked):
            return
        agreed = (model or shipped_model)().scores([speeches[m] for m in asked.tolist()]) >= self.threshold
        scores[asked[agreed], column] = ngram_threshold


class InsultModel:
    """The character CNN's weights: an embedding table, one convolution per width, the output layer."""

    def __init__(self, embeddings: np.ndarray, convolutions: Sequence[tuple[np.ndarray, np.ndarray]],
                 output: np.ndarray, bias: float) -> None:
        dimension = embeddings.shape[1]
        # one more row, of zeros, for the padding after each text
        self._embeddings = np.vstack([embeddings.astype(np.float32), np.zeros((1, dimension), dtype=np.float32)])
        self._widest = max(w.shape[2] for w, _ in convolutions)
        # a width-k convolution as one matrix over k consecutive embeddings laid side by side
        self._convolutions = [(w.astype(np.float32).transpose(2, 1, 0).reshape(-1, w.shape[0]), b.astype(np.float32))
                              for w, b in convolutions]
        # each output column's filter width
        self._widths = np.concatenate([np.full(w.shape[0], w.shape[2]) for w, _ in convolutions])
        self._output, self._bias = output.astype(np.float32), float(bias)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> InsultModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                widths = data["widths"].tolist()
                return cls(data["embeddings"], [(data[f"conv{k}"], data[f"conv{k}_bias"]) for k in widths],
                           data["output"], float(data["bias"].reshape(-1)[0]))
        except (OSError, KeyError, ValueError) as exc:
            raise RulePackError(path, f"cannot load the insult model: {exc}") from None

    def score(self, text: str) -> float:
        """The probability that `text` (agent speech as the n-grams read it) insults someone."""
        return float(self.scores([text])[0])

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """`score` of each text, in one pass: the texts laid end to end, each padded with zeros to at least the widest
        filter and then by `widest - 1` more, so that no window of one text reaches the next; a filter of width k
        reads the windows starting up to k - 1 before the end of its text (or of its padding to the widest), as
        training does."""
        reach = [max(len(t), self._widest) for t in texts]          # window starts a text has
        block = [r + self._widest - 1 for r in reach]
        rows = character_rows("".join(t + "\x00" * (b - len(t)) for t, b in zip(texts, block)))
        offsets = np.cumsum([0, *block])
        position = np.arange(offsets[-1]) - np.repeat(offsets[:-1], block)      # within its text's block
        padding = position >= np.repeat([len(t) for t in texts], block)
        rows[:, padding] = len(self._embeddings) - 1
        x = self._embeddings[rows[0]] + self._embeddings[rows[1]]
        starts = len(x) - self._widest + 1
        stacked = np.hstack([x[i:starts + i] for i in range(self._widest)])
        hidden = np.maximum(np.hstack([_product(stacked[:, :len(w)], w) + b for w, b in self._convolutions]), 0)
        last = np.repeat(reach, block)[:starts, None] - self._widths[None, :]     # a filter's last start in its text
        hidden *= position[:starts, None] <= last
        pooled = np.maximum.reduceat(hidden, offsets[:-1], axis=0)
        return 1.0 / (1.0 + np.exp(-(pooled @ self._output + self._bias)))


# Rows of a matrix product taken at once. A larger product (a text of more than ~40 characters) makes OpenBLAS split it
# over threads, which on a loaded machine costs 1-20 ms instead of tens of microseconds: measured, products of 48 to 128
# rows by 160 x 64 took 60-20,000 us, of 32 rows 8 us.
PRODUCT_ROWS = 32


def _product(rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """rows @ weights, PRODUCT_ROWS rows at a time (each one small product, on one thread)."""
    if len(rows) <= PRODUCT_ROWS:
        return rows @ weights
    return np.vstack([rows[i:i + PRODUCT_ROWS] @ weights for i in range(0, len(rows), PRODUCT_ROWS)])


def load_second_opinion(path: Path) -> SecondOpinion:
    """The floor and threshold of an `insult_model.yml`."""
    data = read_yaml(path)
    values = {key: data.get(key) if isinstance(data, dict) else None for key in ("floor", "threshold")}
    for key, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise RulePackError(path, f"{key}: a number in (0, 1], got {value!r}")
    return SecondOpinion(float(values["floor"]), float(values["threshold"]))


@cache
def shipped_model() -> InsultModel:
    """The shipped model, read once, on the first message that needs it."""
    return InsultModel.load()
