"""The fusion estimate for speech not addressed to the debtor (`benchmarks.fusion_recipient`) on real analysers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from audit.analysers.wording import Corroboration
from audit.paths import LEXICONS
from benchmarks.eval import DATA, JUDGED_CATEGORIES, evaluate, load_labelled, wording_detectors
from benchmarks.fusion_recipient import policy_figures


def test_f_zero_is_the_scan_without_the_key_and_a_stricter_f_only_drops_findings(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (DATA / "wording_heldout_ct.jsonl").read_text(encoding="utf-8").splitlines()
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines[250:330]) + "\n", encoding="utf-8")      # calls, SMS and third parties
    figures = policy_figures(sample, (0.0, 0.1, 1.0))
    off = replace(Corroboration.load(LEXICONS / "wording" / "context" / "corroboration.yml"), not_to_debtor_fraction=None)
    monkeypatch.setattr(Corroboration, "load", classmethod(lambda cls, path: off))
    shipped = evaluate(load_labelled(sample, "labels"), wording_detectors()["both"], JUDGED_CATEGORIES)
    micro = shipped.scores["micro"]
    assert figures[0][1:] == (micro.tp, micro.fp, micro.fn, shipped.flagged_clean)
    for looser, stricter in zip(figures, figures[1:]):
        assert stricter[1] <= looser[1] and stricter[2] <= looser[2] and stricter[4] <= looser[4]
        assert stricter[1] + stricter[3] == looser[1] + looser[3]      # every label is found or missed
