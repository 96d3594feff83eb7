"""The released hand-labelled PIPL sets and batches the PIPL classifier learns from (issue 14).

The PIPL sets `pipl_heldout_b` … `_be` and the batches `pipl_dev*` of `benchmarks/data/` were written by many writers
and have all been tuned on by the rules, so as evaluation they are spent: they train the classifier of
`pii.sensitive` and `pii.excessive` (audit/models/pipl.npz). Only the files named below are ever read (no glob: a set
written later, `pipl_heldout_bf` and on, never enters by accident); the wording sets, `lawful_messages.jsonl` and the
Weibo data stay out.

Each message becomes one sample of its agent's speech as the PII analyser reads it at run time
(`training.released_sets.agent_speech`: a call given as text becomes speaker turns, and a customer reading out their
own data is not the agent's speech), with its message-level labels among `MODEL_CATEGORIES`,
`source` naming its file. Whole files go to the dev split, never some of their messages, so that dev measures
writers training never saw: `DEV_SETS`, N and O (L and M, the newest two before them, when N and O are left out for
the leave-sets-out check), and the batches a fixed hash of their name picks (`DEV_BATCH_PERCENT`). P–S, newer,
were read as independent sets and then joined training, not dev: as dev P pushed the thresholds to .99 / .91 and
cost N its recall.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.message import Message
from training.released_sets import DATA, agent_speech, split_by_hash

# oldest first
PIPL_SETS = tuple(f"pipl_heldout_{letter}.jsonl" for letter in (*"bcdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be"))
# the batches written up to this change, named one by one: a batch written later joins by being added here
PIPL_BATCHES = tuple(f"pipl_{name}.jsonl" for name in (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev5b", "dev6", "dev6b", "dev7", "dev7b", "dev8", "dev8b", "dev9", "dev9b",
    "dev10", "dev10b", "dev11", "dev11b", "dev12", "dev12b", "dev13", "dev13b", "dev14", "dev14b", "dev15", "dev15b",
    "dev16", "dev16b", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60"))
PIPL_FILES = PIPL_SETS + PIPL_BATCHES
DEV_SETS = ("pipl_heldout_n.jsonl", "pipl_heldout_o.jsonl")
DEV_SET_COUNT = len(DEV_SETS)
DEV_BATCH_PERCENT = 15       # of the batches, by a hash of the file's name
# What the classifier learns: pii.unmasked_identifier is the recognizers' (a number is found, not worded), and
# pii.third_party_disclosure, trained as a third column, only added false findings to the rules' (trained without
# K and L: at thresholds .5-.95 none right on K or L, one wrong on L; on dev one right, two wrong).
MODEL_CATEGORIES = ("pii.sensitive", "pii.excessive")
# A rule's example weighs this many messages of the sets (see `rule_example_samples`). Trained without K and L, L's
# sensitive fused F1: .925 without the examples (7 of tests/test_pii_pipl.py's lawful near misses flagged), .932 at
# weight 1 (3 flagged), .940 at 3 and at 5; K's and L's excessive equal throughout.
RULE_EXAMPLE_WEIGHT = 3.0


def dev_sets(names: Sequence[str]) -> tuple[str, ...]:
    """`DEV_SETS` when both are read; else the newest `DEV_SET_COUNT` sets read that are older than them."""
    if all(name in names for name in DEV_SETS):
        return DEV_SETS
    older = PIPL_SETS[:PIPL_SETS.index(DEV_SETS[0])]
    return tuple(name for name in older if name in names)[-DEV_SET_COUNT:]


def pipl_samples(names: Sequence[str] = PIPL_FILES) -> list[dict]:
    """The samples of these files (names of `PIPL_FILES`), in file and line order
    (`training.released_sets.agent_speech`)."""
    unknown = [name for name in names if name not in PIPL_FILES]
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: not a released PIPL file (see PIPL_FILES)")
    dev = dev_sets(names)
    samples = []
    for name in names:
        split = split_by_hash(name, dev, PIPL_BATCHES, DEV_BATCH_PERCENT)
        for record, speech in agent_speech(DATA / name):
            samples.append({"labels": sorted(set(record.extra["categories"]) & set(MODEL_CATEGORIES)),
                            "turns": [{"speaker": "agent", "text": text} for text in speech],
                            "message_id": record.message_id, "source": name, "split": split})
    return samples


def rule_example_samples() -> list[dict]:
    """The shipped pii rules' own examples (must and must not match, written by the team in its own words: lawful near
    misses above all), each labelled with the categories the rules alone find in it, read as `audit rules test` reads
    it (an SMS to the debtor, or to a third party for a third-party rule). The released sets hold few of the near
    misses the rules' context words clear (an address the debtor asked letters to go to, an illness the callee raised
    first), which the classifier, blind to that context, otherwise flags. Training split only."""
    from audit.analysers.pii import PiiAnalyser  # builds the rules: only when training
    from audit.paths import LEXICONS
    from audit.rulepack import load_rules

    rules = load_rules([LEXICONS], analyzer="pii")
    analyser = PiiAnalyser(rules, model=False)
    examples = dict.fromkeys((text, rule.body.get("recipient") == "third_party") for rule in rules
                             for text in (*rule.match_examples, *rule.no_match_examples))
    messages = [Message(message_id=f"example-{i}", campaign_id="rule-examples", channel="sms", text=text,
                        recipient_type="third_party" if third_party else "debtor")
                for i, (text, third_party) in enumerate(examples)]
    return [{"labels": sorted({f.category for f in found} & set(MODEL_CATEGORIES)), "text": message.text,
             "message_id": message.message_id, "source": "rule examples", "split": "train", "weight": RULE_EXAMPLE_WEIGHT}
            for message, found in zip(messages, analyser.analyse_many(messages))]
