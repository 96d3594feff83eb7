"""Training data and scripts for the models that ship inside the package (see README)."""

import csv
from pathlib import Path

WORDING_CORPUS = Path(__file__).parent / "wording_corpus.jsonl"
# Our hand labels of sampled COLD rows: does the comment attack one person? (see benchmarks.cold_dev). Train's 600
# (random.Random(9) sampling of its offensive rows, 106 attack one person) do not train the classifier: weighing
# those 106 as insults at 10 or 30 (with or without the group attacks as negatives) found no more of dev's labelled
# attacks at a given share of its safe comments flagged than the model trained without them.
COLD_DEV_LABELS = Path(__file__).parent / "cold_dev_individual.csv"
COLD_TRAIN_LABELS = Path(__file__).parent / "cold_train_individual.csv"


def read_individual_labels(path: Path) -> dict[int, bool]:
    """COLD data row number (0-based, after the header) -> whether the hand label says the comment attacks one
    person."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(row["row"]): row["attack_individual"] == "1" for row in csv.DictReader(handle)}
