"""Training data and scripts for the models that ship inside the package (see README)."""

import csv
import os
import re
from pathlib import Path

# The public datasets (COLD, Weibo NER) beside the checkout, as `../shared/datasets/`; AUDIT_SHARED_DATASETS names
# another folder (a second checkout or worktree elsewhere). Read in place, never copied into the project.
SHARED_DATASETS = Path(os.environ.get("AUDIT_SHARED_DATASETS") or Path(__file__).resolve().parents[2] / "shared" / "datasets")
COLD_DIR = SHARED_DATASETS / "cold"

WORDING_CORPUS = Path(__file__).parent / "wording_corpus.jsonl"
# Our hand labels of sampled COLD rows: does the comment attack one person? (see benchmarks.cold_dev). Train's 600
# (random.Random(9) sampling of its offensive rows, 106 attack one person) do not train the classifier: weighing
# those 106 as insults at 10 or 30 (with or without the group attacks as negatives) found no more of dev's labelled
# attacks at a given share of its safe comments flagged than the model trained without them.
COLD_DEV_LABELS = Path(__file__).parent / "cold_dev_individual.csv"
COLD_TRAIN_LABELS = Path(__file__).parent / "cold_train_individual.csv"
# 1,800 more of train's offensive rows, drawn where an attack on one person is likelier: a random.Random(10) shuffle
# of the offensive rows not in the file above that hold one of model.yml's `addressees` (你, 他, 楼主, 这个女的...);
# 551 of them attack one person (the rest attack a group, or nobody in particular), by the same reading as dev's.
# These 657 do not train the classifier either. Weighed as insults at 1, 3 or 10 (the other offensive rows at 0.03),
# the insult column's trainer-chosen threshold rose (.66 -> .89-.96: it scores more of COLD dev's safe comments high,
# mostly ones fusion drops as prejudice talk or addressed to no one); with that bound counted after fusion and halved
# to 0.2% of COLD dev's safe comments, a full retrain at 4c44410 (weight 3, threshold .68 -> .88) found 116 of dev's
# 189 attacks on one person with 39 safe comments flagged, against 114 with 38 for the model trained without them,
# and lost 15 collection insults (B-S, batches, lawful: insult tp 1267 -> 1252, fp 40 -> 38). Group attacks as
# negatives of insults (weight 1) did worse than leaving them as they are.
COLD_TRAIN_ADDRESSED_LABELS = Path(__file__).parent / "cold_train_individual_addressed.csv"
# A second opinion for insults was tried and withdrawn (December 2026, commits 3756a45..ae75355, reverted): a character
# CNN (torch for training, numpy inference, 2.1 MB) trained on COLD train with these hand labels at 3 and the corpus,
# asked where the n-gram insult score lay between a floor and the threshold, raising it to the threshold at 0.999.
# Chosen on COLD dev it found 121 instead of 115 of dev's 189 attacks on one person at 36 of 3,220 safe comments both
# ways; on COLD test, read once, it found 132 instead of 130 of 288 attacks and flagged 69 instead of 61 of 3,216 safe
# comments: what dev promised did not carry over. Alone the CNN ranked dev's attacks worse than the n-grams (36-43%
# against 53% above the score that flags 1% of safe comments); other weights, a second seed and averaged networks did
# no better.


def read_individual_labels(path: Path) -> dict[int, bool]:
    """COLD data row number (0-based, after the header) -> whether the hand label says the comment attacks one
    person."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(row["row"]): row["attack_individual"] == "1" for row in csv.DictReader(handle)}


# COLD's scraped comments keep some escapes as two characters: a line break as a backslash and r (or n), a quote as
# a backslash and a quote. Read as written, the backslash drops out of the wording view and the r stays a Latin r,
# which the pinyin view reads as 日 (a backslash-r before 你 read as an obscenity). The benchmarks read them as the
# characters they stand for; the trainer reads COLD as written (see `training.train_wording_model.read_cold`).
_COLD_ESCAPE = re.compile(r'\\([rn"\\])')
_COLD_UNESCAPED = {"r": "\n", "n": "\n", '"': '"', "\\": "\\"}


def cold_text(raw: str) -> str:
    """A COLD comment with its escaped line breaks, quotes and backslashes read as those characters."""
    return _COLD_ESCAPE.sub(lambda match: _COLD_UNESCAPED[match.group(1)], raw) if "\\" in raw else raw
