"""The hand labels of COLD dev's attack-individual rows (training/cold_dev_individual.csv), the proxy that
`benchmarks.cold_dev` measures: they name dev rows, each once, with the id dev.csv gives them; only offensive rows
attack an individual (as in COLD test, where attack-individual is a kind of offensive)."""

from __future__ import annotations

import csv

import pytest

from benchmarks.cold_dev import COLD_DEV, INDIVIDUAL_LABELS, read_individual_labels
from benchmarks.eval import cold_rows


def test_the_labels_are_a_sample_of_1120_rows_each_judged_once() -> None:
    with INDIVIDUAL_LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1120
    assert len({row["row"] for row in rows}) == 1120
    assert {row["attack_individual"] for row in rows} == {"0", "1"}
    assert sum(read_individual_labels().values()) == 189


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
