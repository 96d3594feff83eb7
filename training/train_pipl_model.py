"""`python -m training.train_pipl_model`: train the PIPL classifier and choose its thresholds (issue 14).

One command, offline and deterministic: reads the released PIPL sets and batches `training.pipl_corpus` names (never
`pipl_heldout_bf` and on, a wording set, the lawful set or Weibo) and the pii rules' own examples labelled by the rules
(`pipl_corpus.rule_example_samples`: the team's lawful near misses), trains the wording classifier's design on them
(`training.train_wording_model.train`: character n-grams of each window of the normalised agent speech, one logistic
regression per category, multiple-instance learning over the windows) and writes `audit/models/pipl.npz` and the
thresholds of `lexicons/pii/context/model.yml`.

Thresholds are chosen on the dev split (whole files: the newest two sets read and the batches
`pipl_corpus.DEV_BATCH_PERCENT` picks), dev messages scored as at run time: per category the lowest threshold whose
precision, the classifier alone, reaches the wording trainer's `TARGET_PRECISION` while it flags at most
`MAX_OTHERS_FLAGGED` of dev's messages without the category (`train_wording_model.choose_threshold`). Not the best F1
of rules and classifier together on dev: the rules were tuned on every released set, so on dev they miss next to
nothing (sensitive recall .996 on I, J and the batches) and that choice put the thresholds at .96-.998, where the
classifier adds nothing on a set the rules were not tuned on.

`--leave-out FILE…` leaves released files unread: the leave-sets-out check trains without them and measures on them
(`python -m benchmarks.eval_pii --set FILE --no-weibo`); `--model` and `--lexicons` write the artefacts elsewhere.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import numpy as np

from audit.analysers.pii import PIPL_CONFIG_FILE, PIPL_MODEL_FILE
from audit.classifier import WordingClassifier
from audit.paths import LEXICONS
from training.pipl_corpus import MODEL_CATEGORIES, PIPL_FILES, pipl_samples, rule_example_samples
from training.train_wording_model import (
    agent_views,
    choose_threshold,
    train,
    window_features,
    write_model,
    write_thresholds,
)

CATEGORIES = MODEL_CATEGORIES
# Of dev's messages without the category, per category: a classifier finding counts where the rules find nothing, so
# each message it flags without the category is a false finding added, lawful or of a neighbouring category (on the
# leave-I,J-out check its false findings were mostly those: a child's name read as sensitive, a contact asked where
# the debtor goes after work). The wording trainer's limit on lawful messages, 1 in 400, over all of them. Trained
# without K and L, a 0.97 precision target with that limit on the lawful messages alone chose sensitive .65 and
# excessive .81, which flagged 1.2% and 0.5% of these, and added 4 false excessive findings on L for 3 right ones.
# 1 in 300 since L and M became dev: of dev's 1,065 messages without sensitive, 1 in 400 allowed 2 flagged, and one
# message more put the threshold at .98 instead of .93, finding 324 instead of 417 of dev's 597 (precision .99 both);
# on M, which no rule was tuned on, fused sensitive F1 .883 at .98, .890 at .93.
MAX_OTHERS_FLAGGED = 1 / 300


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", nargs="+", default=[], choices=PIPL_FILES, metavar="FILE",
                        help="released files not to read (the leave-sets-out check: train without them, measure on them)")
    parser.add_argument("--no-rule-examples", action="store_true", help="train without the rules' own examples")
    parser.add_argument("--model", type=Path, default=PIPL_MODEL_FILE, help="where the model goes")
    parser.add_argument("--lexicons", type=Path, default=LEXICONS,
                        help="lexicon folder whose pii/context/model.yml gets the thresholds (copied from the shipped "
                             "one when it has none)")
    args = parser.parse_args()
    started = time.process_time()
    samples = pipl_samples([name for name in PIPL_FILES if name not in args.leave_out])
    train_set = [s for s in samples if s["split"] == "train"] + ([] if args.no_rule_examples else rule_example_samples())
    dev_set = [s for s in samples if s["split"] == "dev"]
    print(f"{len(samples)} messages: {len(train_set)} train, {len(dev_set)} dev of "
          + " ".join(sorted({s['source'].removesuffix('.jsonl') for s in dev_set})))
    for sample in train_set:
        sample["_windows"] = window_features(sample)
    vocabulary, weights, bias = train(train_set, categories=CATEGORIES)
    write_model(args.model, vocabulary, weights, bias, CATEGORIES)
    print(f"{len(vocabulary)} n-grams -> {args.model} ({args.model.stat().st_size / 1e6:.1f} MB)")

    config_path = args.lexicons / PIPL_CONFIG_FILE
    if not config_path.exists():
        config_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(LEXICONS / PIPL_CONFIG_FILE, config_path)
    classifier = WordingClassifier.load(args.lexicons, args.model, PIPL_CONFIG_FILE)
    scores = classifier.scores_many([agent_views(s) for s in dev_set])
    thresholds = {}
    print(f"{'category':28} {'threshold':>9} {'dev P':>6} {'dev R':>6} {'dev n':>6}")
    for c, category in enumerate(CATEGORIES):
        truth = np.array([category in s["labels"] for s in dev_set])
        thresholds[category] = choose_threshold(scores[:, c], truth, [(~truth, MAX_OTHERS_FLAGGED)])
        print(f"{category:28} {thresholds[category][0]:9.3f} {thresholds[category][1]:6.2f} "
              f"{thresholds[category][2]:6.2f} {truth.sum():6d}")
    write_thresholds(config_path, thresholds)
    print(f"thresholds -> {config_path}; {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
