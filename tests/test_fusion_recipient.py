"""The fusion estimate for speech not addressed to the debtor (`benchmarks.fusion_recipient`) on real analysers."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval import DATA, JUDGED_CATEGORIES, evaluate, load_labelled, wording_detectors
from benchmarks.fusion_recipient import policy_figures


def test_f_zero_is_the_shipped_scan_and_a_stricter_f_only_drops_findings(tmp_path: Path) -> None:
    lines = (DATA / "wording_heldout_ct.jsonl").read_text(encoding="utf-8").splitlines()
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines[250:330]) + "\n", encoding="utf-8")      # calls, SMS and third parties
    figures = policy_figures(sample, (0.0, 0.1, 1.0))
    shipped = evaluate(load_labelled(sample, "labels"), wording_detectors()["both"], JUDGED_CATEGORIES)
    micro = shipped.scores["micro"]
    assert figures[0][1:] == (micro.tp, micro.fp, micro.fn, shipped.flagged_clean)
    for looser, stricter in zip(figures, figures[1:]):
        assert stricter[1] <= looser[1] and stricter[2] <= looser[2] and stricter[4] <= looser[4]
        assert stricter[1] + stricter[3] == looser[1] + looser[3]      # every label is found or missed
