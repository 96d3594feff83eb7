"""The hand labels of COLD dev's attack-individual rows (training/cold_dev_individual.csv), the proxy that
`benchmarks.cold_dev` measures: they name offensive dev rows, each once, with the id dev.csv gives them."""

from __future__ import annotations

import csv

import pytest

from benchmarks.cold_dev import COLD_DEV, INDIVIDUAL_LABELS, read_individual_labels
from benchmarks.eval import cold_rows


def test_the_labels_are_a_sample_of_400_rows_each_judged_once() -> None:
    with INDIVIDUAL_LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 400
    assert len({row["row"] for row in rows}) == 400
    assert {row["attack_individual"] for row in rows} == {"0", "1"}
    assert sum(read_individual_labels().values()) == 71


@pytest.mark.skipif(not COLD_DEV.exists(), reason="COLD dev split not in ../shared/datasets")
def test_every_labelled_row_is_an_offensive_dev_row_with_the_recorded_id() -> None:
    dev = list(cold_rows(COLD_DEV))
    with INDIVIDUAL_LABELS.open(encoding="utf-8", newline="") as handle:
        for label in csv.DictReader(handle):
            row = dev[int(label["row"])]
            assert row[""] == label["id"] and row["label"] == "1"
