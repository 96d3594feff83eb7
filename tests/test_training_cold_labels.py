"""Our hand labels of COLD rows as attacking one person or not: dev's (training/cold_dev_individual.csv), the proxy
that `benchmarks.cold_dev` measures, and train's (training/cold_train_individual.csv). They name rows, each once,
with the id the split gives them; only offensive rows attack an individual (as in COLD test, where
attack-individual is a kind of offensive)."""

from __future__ import annotations

import csv

import pytest

from audit.classifier import CONFIG_FILE, load_words
from audit.paths import LEXICONS
from benchmarks.cold_dev import COLD_DEV
from benchmarks.eval import cold_rows
from training import COLD_DEV_LABELS as INDIVIDUAL_LABELS
from training import (
    COLD_DIR,
    COLD_TRAIN_ADDRESSED_LABELS,
    COLD_TRAIN_LABELS,
    cold_text,
    read_individual_labels,
)

COLD_TRAIN = COLD_DIR / "train.csv"


def test_the_labels_are_a_sample_of_1120_rows_each_judged_once() -> None:
    with INDIVIDUAL_LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1120
    assert len({row["row"] for row in rows}) == 1120
    assert {row["attack_individual"] for row in rows} == {"0", "1"}
    assert sum(read_individual_labels(INDIVIDUAL_LABELS).values()) == 189


@pytest.mark.skipif(not COLD_DEV.exists(), reason="COLD dev split not in ../shared/datasets")
def test_every_labelled_row_is_a_dev_row_with_the_recorded_id_and_only_offensive_rows_attack() -> None:
    dev = list(cold_rows(COLD_DEV))
    offensive = 0
    with INDIVIDUAL_LABELS.open(encoding="utf-8", newline="") as handle:
        for label in csv.DictReader(handle):
            row = dev[int(label["row"])]
            assert row[""] == label["id"]
            assert row["label"] == "1" or label["attack_individual"] == "0"
            offensive += row["label"] == "1"
    assert offensive == 1060


@pytest.mark.skipif(not COLD_TRAIN.exists(), reason="COLD train split not in ../shared/datasets")
def test_the_train_labels_name_600_offensive_train_rows_with_their_ids() -> None:
    train = list(cold_rows(COLD_TRAIN))
    with COLD_TRAIN_LABELS.open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    assert len({label["row"] for label in labels}) == len(labels) == 600
    for label in labels:
        row = train[int(label["row"])]
        assert row[""] == label["id"] and row["label"] == "1"
    assert sum(read_individual_labels(COLD_TRAIN_LABELS).values()) == 106


@pytest.mark.skipif(not COLD_TRAIN.exists(), reason="COLD train split not in ../shared/datasets")
def test_the_addressed_train_labels_name_1800_other_offensive_rows_that_address_someone() -> None:
    train = list(cold_rows(COLD_TRAIN))
    addressees = load_words(LEXICONS / CONFIG_FILE, "addressees")
    with COLD_TRAIN_ADDRESSED_LABELS.open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    assert len({label["row"] for label in labels}) == len(labels) == 1800
    assert not {int(label["row"]) for label in labels} & set(read_individual_labels(COLD_TRAIN_LABELS))
    for label in labels:
        row = train[int(label["row"])]
        assert row[""] == label["id"] and row["label"] == "1"
        assert any(word in row["TEXT"] for word in addressees)
    assert sum(read_individual_labels(COLD_TRAIN_ADDRESSED_LABELS).values()) == 551



def test_cold_text_reads_escaped_line_breaks_and_quotes_as_those_characters() -> None:
    # an escaped line break before 你 is no Latin r (which the wording view reads as 日)
    assert cold_text(r"楼下\r你最喜欢哪首") == "楼下\n你最喜欢哪首"
    assert cold_text(r'他说\"算了\"\n再见 a\\b') == '他说"算了"\n再见 a\\b'
    assert cold_text("没有转义的评论") == "没有转义的评论"
