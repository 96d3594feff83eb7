"""The insult second opinion: the character CNN's numpy inference, when it is asked, what it raises, its config."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audit.classifier import WordingClassifier
from audit.errors import RulePackError
from audit.insult_model import (
    TABLE_BITS,
    InsultModel,
    SecondOpinion,
    character_rows,
    load_second_opinion,
    shipped_model,
)
from audit.paths import LEXICONS


def tiny_model() -> InsultModel:
    """Embeddings of one dimension, 1 for the rows of 废 and of the pair 废物, 0 elsewhere; one width-3 filter that
    sums three consecutive characters' embeddings: a window over 废物 sums 2."""
    embeddings = np.zeros((1 << TABLE_BITS, 1), dtype=np.float32)
    rows = character_rows("废物")
    embeddings[rows[0, 0]] = embeddings[rows[1, 0]] = 1.0
    convolution = np.ones((1, 1, 3), dtype=np.float32)         # filters x dimension x width, as torch lays it out
    return InsultModel(embeddings, [(convolution, np.zeros(1, dtype=np.float32))], np.array([4.0]), -6.0)


def test_character_rows_hash_each_character_and_the_pair_it_opens_reading_digits_as_zero() -> None:
    rows = character_rows("欠5天")
    assert rows.shape == (2, 3) and rows.max() < 1 << TABLE_BITS
    assert (rows == character_rows("欠9天")).all()      # digits read as 0, as the n-grams read them
    assert rows[0, 0] == character_rows("欠")[0, 0] and rows[1, 0] != character_rows("欠")[1, 0]


def test_the_score_is_the_strongest_window_of_the_text_through_the_output_layer() -> None:
    model = tiny_model()
    insult = model.score("你就是个废物")
    assert insult == pytest.approx(1 / (1 + np.exp(-(4.0 * 2 - 6.0))), abs=1e-6)     # 废 + 废物's rows
    assert model.score("请按时还款") == pytest.approx(1 / (1 + np.exp(6.0)), abs=1e-6)
    assert model.score("废物") == pytest.approx(insult)       # shorter than the widest filter: padded, not refused


def test_texts_scored_together_score_as_each_alone() -> None:
    model = tiny_model()
    texts = ["请按时还款", "废物", "你就是个废物，还不还钱", "废", "还款废物"]
    assert model.scores(texts) == pytest.approx([model.score(t) for t in texts], abs=1e-6)
    assert model.scores(["还款废", "物"])[0] < model.score("还款废物")     # no window reaches the next text


class Agreeing:
    """A stand-in for the CNN: agrees that a speech insults when it holds 废."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def scores(self, texts: list[str]) -> np.ndarray:
        self.asked.extend(texts)
        return np.array([0.95 if "废" in text else 0.1 for text in texts])


def test_the_second_opinion_is_asked_only_between_floor_and_threshold_and_raises_to_the_threshold() -> None:
    scores = np.array([[0.1, 0.50], [0.1, 0.50], [0.9, 0.10], [0.1, 0.80]])
    speeches = ["你这废柴", "请按时还款", "废", "你这个废物"]
    model = Agreeing()
    SecondOpinion(floor=0.3, threshold=0.9).raise_insults(scores, speeches, 1, 0.7, lambda: model)
    assert model.asked == ["你这废柴", "请按时还款"]       # below the floor, or found already: not asked
    assert scores.tolist() == [[0.1, 0.7], [0.1, 0.5], [0.9, 0.1], [0.1, 0.8]]   # only the insult column moves


def test_config_needs_a_floor_and_a_threshold_in_zero_one(tmp_path: Path) -> None:
    path = tmp_path / "insult_model.yml"
    path.write_text("floor: 0.2\nthreshold: 0.9\n", encoding="utf-8")
    assert load_second_opinion(path) == SecondOpinion(0.2, 0.9)
    for n, text in enumerate(("floor: 0.2\n", "floor: 0\nthreshold: 0.9\n", "floor: 0.2\nthreshold: 1.5\n",
                              "floor: yes\nthreshold: 1\n")):
        path = tmp_path / f"bad_{n}.yml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(RulePackError):
            load_second_opinion(path)


def test_the_shipped_classifier_asks_the_shipped_second_opinion() -> None:
    classifier = WordingClassifier.load(LEXICONS)
    assert classifier.second_opinion == load_second_opinion(LEXICONS / "wording" / "context" / "insult_model.yml")
    assert 0 < classifier.second_opinion.floor < classifier.config["abuse.insult"].threshold
    model = shipped_model()
    assert model.score("你是不是脑子进水了，这种话也说得出口，打自己脸吗") > model.score("您好，您本月账单已出，请按时还款。")
