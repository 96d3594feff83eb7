"""`python -m benchmarks.fusion_recipient --set FILE…`: what a stricter fusion for speech not addressed to the debtor
does to a labelled wording set, fraction by fraction (issue 9): how corroboration.yml's `not_to_debtor_fraction` was
chosen, and how to choose it again.

On the sets written by others, the phrase rules' false flags sit almost all in messages to a third party or of
unknown recipient (CV, CW, CT and CU with the rules of d841e50: 24 of 106 such compliant messages flagged by the rules
alone, against 5 of 545 compliant messages to the debtor). This prints, for each fraction f, the fused scan's
figures when a rule finding (this analyser's or the PII analyser's disclosures) in a message whose recipient is not
the debtor stands only where the classifier scores its category at f x its threshold or more. f = 0 is the scan
without the key (the analyser is built with it off). The whole speech's score is asked, not also the finding's own
sentence as the shipped policy does, so it is an estimate of the policy, a little stricter than its exact result.
Counts only, no texts. Run it on sets the rules and the classifier have not read, or it measures
the tuning.

    python -m benchmarks.fusion_recipient --set benchmarks/data/wording_dev_fo.jsonl
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from audit.analysers.wording import speech_view
from audit.pipeline import analyse_message
from benchmarks.eval import JUDGED_CATEGORIES, build, load_labelled

FRACTIONS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0)


def policy_figures(path: Path, fractions: tuple[float, ...] = FRACTIONS) -> list[tuple[float, int, int, int, int]]:
    """(f, true findings, false findings, missed, compliant messages flagged) of the fused scan under each `f`."""
    judged = set(JUDGED_CATEGORIES)
    fused, pii = build("wording"), build("pii")
    fused.corroboration = replace(fused.corroboration, not_to_debtor_fraction=None)     # f = 0: the key off
    classifier = fused.classifier
    thresholds = dict(zip(classifier.categories, classifier.thresholds()))
    read = []       # per message: its labels, whether it is addressed to the debtor, its findings with their scores
    for item in load_labelled(path, "labels"):
        message = item.message
        segments = list(message.agent_segments())
        scores = dict(zip(classifier.categories, classifier.scores([speech_view(s.text) for s in segments]))) \
            if segments else {}
        findings = [(f.category, f.detector, scores.get(f.category, 0.0))
                    for f in analyse_message(message, [a for a in (fused, pii) if a is not None])
                    if f.category in judged]
        read.append((item.expected & judged, message.recipient_type == "debtor", findings))
    figures = []
    for fraction in fractions:
        tp = fp = fn = flagged = 0
        for expected, to_debtor, findings in read:
            kept = {category for category, detector, score in findings
                    if detector == "model" or to_debtor or score >= fraction * thresholds.get(category, 1.0)}
            tp, fp, fn = tp + len(kept & expected), fp + len(kept - expected), fn + len(expected - kept)
            flagged += not expected and bool(kept)
        figures.append((fraction, tp, fp, fn, flagged))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", type=Path, nargs="+", required=True, help="labelled wording sets")
    for path in parser.parse_args().sets:
        print(f"== {path.name}")
        for fraction, tp, fp, fn, flagged in policy_figures(path):
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"  f={fraction:<5} micro F1 {f1:.3f} P {precision:.3f} R {recall:.3f} (tp {tp}, fp {fp}, fn {fn}); "
                  f"compliant flagged {flagged}")


if __name__ == "__main__":
    main()
