"""`python -m benchmarks.rule_record`: each wording rule's record on the released hand-labelled sets, and the rules whose
record is too poor for their finding to stand alone (lexicons/wording/context/corroboration.yml).

A rule's record counts the messages of the released sets (`wording_heldout_b` … `_m`, every `wording_dev_*` batch) where
the phrase rules alone report its finding (frames included, as `audit scan` keeps them: one finding per category and
overlap), and how many of those are labelled with the finding's category. A rule with at least `MIN_FINDINGS` such
messages and a precision below `MAX_PRECISION` is listed: its finding stands only when corroborated, by the classifier
scoring its category at `CLASSIFIER_FRACTION` of the threshold or more, or by another rule's finding of the same
category in the message (audit.analysers.wording, `Corroboration`).

The criterion and the fraction were chosen on these sets alone, before the then-unseen sets N and O were measured. The
classifier trains on most of them, so its scores there read higher than on unseen text: the fraction is the largest of
`FRACTIONS` that keeps every listed rule's finding on a message labelled with its category in the sets the classifier
never trained on (`CLASSIFIER_UNSEEN`), since issue 9 allows message recall to fall by 0.005 at most (one message in
two hundred). At 8749ee5 (classifier dabcd09): 15 rules listed; on the classifier-unseen sets 0.02 keeps 31 of 31
findings on label and drops 2 of 4 off it (0.05 keeps 30; 0.1 keeps 29, drops 3); on all record sets 0.02 keeps 288 of
291 and drops 17 of 54.

    python -m benchmarks.rule_record            # the record, and what the fraction would keep and drop
    python -m benchmarks.rule_record --write    # ... and write corroboration.yml
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from audit.analysers import build_analysers
from audit.analysers.wording import CORROBORATION_FILE, WordingAnalyser, speech_view
from audit.classifier import WordingClassifier
from audit.message import Message
from audit.normalise import Normalised
from audit.paths import LEXICONS
from benchmarks.eval import DATA, load_labelled
from training.released_sets import RELEASED_FILES, split_of_file

RECORD_SETS = (*(DATA / f"wording_heldout_{letter}.jsonl" for letter in "bcdefghijklm"),
               *sorted(DATA.glob("wording_dev_*.jsonl")))
# The record sets the shipped classifier never trained on: those training.released_sets does not read, and its dev
# files, where the classifier only chose its thresholds (the module as committed with the model: run this after a
# retrained model is committed, not while released_sets is being edited ahead of it). Classifier dabcd09: L, M and the
# batches aa-ab2; c64fbe6: the hash-picked dev batches, ac and ad.
CLASSIFIER_UNSEEN = frozenset(path.name for path in RECORD_SETS
                              if path.name not in RELEASED_FILES or split_of_file(path.name) == "dev")
# A rule is listed with at least this many findings on the record sets ...
MIN_FINDINGS = 4
# ... of which fewer than this share fall on messages labelled with its category: more than one miss in ten on the
# very sets the rules were tuned on (their misses there are the ones no tuning fixed), where issue 9 asks a category
# precision of 0.95 on unseen text. Four findings are the fewest where one miss is a record at all (one of three is a
# third of them, one of four a quarter).
MAX_PRECISION = 0.9
# A listed rule's finding stands when the classifier scores its category at a fraction of its threshold or more (or
# another rule of the category fires): the largest of FRACTIONS keeping every listed finding on label in the
# classifier-unseen sets, and on all record sets losing at most one more than the smallest fraction. The second
# condition came with classifier 2944a5d, whose unseen sets hold too few listed findings to tell the fractions apart
# (31 of 31 kept at every one up to 0.5, which would drop 23 of the 40 listed rules' own examples of 20+ characters);
# on dabcd09 and c64fbe6 it changes nothing (0.02).
FRACTIONS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
# Every other rule's finding needs the classifier at a far smaller fraction, where it sees next to nothing of the
# category: the largest of OTHER_FRACTIONS that drops at most one in MAX_OTHER_LOSS of their findings on label in the
# classifier-unseen sets (issue 9 allows message recall 0.005 down in all).
OTHER_FRACTIONS = (0.001, 0.002, 0.005, 0.01)
MAX_OTHER_LOSS = 500
# The classifier is asked only of agent speech this long (view characters) or longer: the record sets hold few short
# messages, the rules' own must-match examples many (the shipped tests' 煞笔 alone, 我们会让你付出惨痛的代价: the
# classifier scores them near 0). The length is the smallest of MIN_CHARS at which the other rules' fraction drops at
# most one in MAX_EXAMPLE_LOSS of the examples of that length or more that find their rule's category.
MIN_CHARS = (0, 10, 15, 20, 25, 30)
MAX_EXAMPLE_LOSS = 200


@dataclass
class Hit:
    """One message where a rule's finding stands in the rules-alone scan."""

    source: str
    labelled: bool          # the message is labelled with the finding's category
    compliant: bool         # the message is labelled with no category at all
    ratio: float | None     # the classifier's score for the category over its threshold (None: not a model category)
    seconded: bool          # another rule's finding of the same category is in the message


@dataclass
class Record:
    category: str
    hits: list[Hit] = field(default_factory=list)

    @property
    def on_label(self) -> int:
        return sum(hit.labelled for hit in self.hits)

    @property
    def precision(self) -> float:
        return self.on_label / len(self.hits)

    def listed(self) -> bool:
        return len(self.hits) >= MIN_FINDINGS and self.precision < MAX_PRECISION


def rules_and_classifier() -> tuple[WordingAnalyser, WordingClassifier]:
    """The phrase rules alone (no classifier, so nothing corroborated) and the shipped classifier."""
    rules = build_analysers(["wording"], model=False)[0]
    assert isinstance(rules, WordingAnalyser)
    return rules, WordingClassifier.load(LEXICONS)


def threshold_ratios(classifier: WordingClassifier, views: list[Normalised]) -> dict[str, float]:
    """Per category, the classifier's score of the speech over the category's threshold."""
    return dict(zip(classifier.categories, (classifier.scores(views) / classifier.floors(None)).tolist()))


def rule_records(rules: WordingAnalyser, classifier: WordingClassifier,
                 sets: tuple[Path, ...] = RECORD_SETS) -> dict[str, Record]:
    """Per rule id, the messages of `sets` its finding stands in, as the phrase rules alone (`rules`) report them."""
    records: dict[str, Record] = {}
    for path in sets:
        for item in load_labelled(path, "labels"):
            if not rules.applies_to(item.message):
                continue
            findings = rules.analyse(item.message)
            if not findings:
                continue
            ratios = threshold_ratios(classifier, [speech_view(s.text) for s in item.message.agent_segments()])
            by_category = Counter(f.category for f in {(f.rule_id, f.category): f for f in findings}.values())
            for rule_id, category in {(f.rule_id, f.category) for f in findings}:
                record = records.setdefault(rule_id, Record(category))
                record.hits.append(Hit(path.name, category in item.expected, not item.expected, ratios.get(category),
                                       by_category[category] > 1))
    return records


def corroborated(hit: Hit, fraction: float) -> bool:
    return hit.seconded or (hit.ratio is not None and hit.ratio >= fraction)


def on_label_kept(hits: list[Hit], fraction: float) -> tuple[int, int]:
    """Of `hits` on a message labelled with the category, how many `fraction` keeps, and of how many."""
    good = [hit for hit in hits if hit.labelled]
    return sum(corroborated(hit, fraction) for hit in good), len(good)


def on_label_lost(hits: list[Hit], fraction: float) -> int:
    """Of `hits` on a message labelled with the category, how many `fraction` drops."""
    kept, good = on_label_kept(hits, fraction)
    return good - kept


def chosen_fractions(records: dict[str, Record]) -> tuple[float, float]:
    """The listed rules' fraction and the other rules', chosen on the classifier-unseen sets as stated above."""
    unseen = [hit for record in records.values() for hit in record.hits if hit.source in CLASSIFIER_UNSEEN]
    listed = {id(hit) for record in records.values() if record.listed() for hit in record.hits}
    of_listed = [hit for hit in unseen if id(hit) in listed]
    of_others = [hit for hit in unseen if id(hit) not in listed]
    every_listed = [hit for record in records.values() if record.listed() for hit in record.hits]
    least_lost = min(on_label_lost(every_listed, f) for f in FRACTIONS)
    fraction = max((f for f in FRACTIONS
                    if on_label_lost(of_listed, f) == 0 and on_label_lost(every_listed, f) <= least_lost + 1),
                   default=min(FRACTIONS))
    others_on_label = sum(hit.labelled for hit in of_others)
    other = max((f for f in OTHER_FRACTIONS if on_label_lost(of_others, f) * MAX_OTHER_LOSS <= others_on_label),
                default=min(OTHER_FRACTIONS))
    return fraction, other


@dataclass
class Example:
    """A rule's must-match example, sent as an SMS, where the rules find the rule's category."""

    rule_id: str
    chars: int              # view characters
    seconded: bool          # another rule of the category fires too
    ratio: float | None     # as Hit.ratio


def rule_examples(rules: WordingAnalyser, classifier: WordingClassifier) -> list[Example]:
    """The rules' must-match examples that find their rule's category, with what the classifier scores there."""
    examples = []
    for rule in rules.rules:
        for text in rule.match_examples:
            found = rules.analyse(Message(message_id="example", campaign_id="examples", channel="sms", text=text,
                                          recipient_type="debtor"))
            of_category = {f.rule_id for f in found if f.category == rule.category}
            if not of_category:
                continue
            view = speech_view(text)
            examples.append(Example(rule.id, len(view.text), len(of_category) > 1,
                                    threshold_ratios(classifier, [view]).get(rule.category)))
    return examples


def example_lost(example: Example, fraction: float) -> bool:
    return not example.seconded and example.ratio is not None and example.ratio < fraction


def chosen_min_chars(examples: list[Example], listed: set[str], other_fraction: float) -> int:
    others = [e for e in examples if e.rule_id not in listed]
    return min(chars for chars in MIN_CHARS
               if sum(example_lost(e, other_fraction) for e in others if e.chars >= chars) * MAX_EXAMPLE_LOSS
               <= sum(e.chars >= chars for e in others))


def example_table(examples: list[Example], listed: set[str], fraction: float, other_fraction: float) -> list[str]:
    lines = []
    for chars in MIN_CHARS:
        of_listed = [e for e in examples if e.rule_id in listed and e.chars >= chars]
        of_others = [e for e in examples if e.rule_id not in listed and e.chars >= chars]
        lines.append(f"examples of {chars}+ characters: listed rules lose {sum(example_lost(e, fraction) for e in of_listed)}"
                     f"/{len(of_listed)}, other rules {sum(example_lost(e, other_fraction) for e in of_others)}"
                     f"/{len(of_others)}")
    return lines


def fraction_table(records: dict[str, Record]) -> list[str]:
    """For each candidate fraction, the findings it keeps on labelled messages and drops elsewhere (on compliant
    messages in brackets), of the listed rules and of the others, on all record sets and on the classifier-unseen ones."""
    lines = []
    listed = {id(hit) for record in records.values() if record.listed() for hit in record.hits}
    every = [hit for record in records.values() for hit in record.hits]
    for rules, fractions, pick in (("listed rules", FRACTIONS, lambda hit: id(hit) in listed),
                                   ("other rules", OTHER_FRACTIONS, lambda hit: id(hit) not in listed)):
        for where, hits in (("all record sets", [h for h in every if pick(h)]),
                            ("classifier-unseen sets", [h for h in every if pick(h) and h.source in CLASSIFIER_UNSEEN])):
            bad = [h for h in hits if not h.labelled]
            lines.append(f"{rules}, {where}: {sum(h.labelled for h in hits)} findings on label, {len(bad)} off "
                         f"({sum(h.compliant for h in bad)} on compliant messages)")
            for fraction in fractions:
                kept, good = on_label_kept(hits, fraction)
                dropped = [h for h in bad if not corroborated(h, fraction)]
                lines.append(f"  fraction {fraction:<5}: kept on label {kept}/{good}, dropped off label "
                             f"{len(dropped)}/{len(bad)} ({sum(h.compliant for h in dropped)} compliant)")
    return lines


def corroboration_yaml(records: dict[str, Record], fraction: float, other: float, min_chars: int) -> str:
    listed = sorted((rule_id for rule_id, record in records.items() if record.listed()),
                    key=lambda rule_id: (records[rule_id].category, rule_id))
    lines = [
        "# Phrase rules whose finding stands only when corroborated (issue 9: compliant messages flagged, per-category",
        "# precision). Written by `python -m benchmarks.rule_record --write`; do not edit by hand, change the criterion there.",
        "#",
        "# Record: the messages of the released sets (wording_heldout_b … _m, every wording_dev_* batch) where the phrase",
        "# rules alone report the rule's finding, and how many of them are labelled with its category.",
        f"# Criterion, fixed before the then-unseen sets N and O were measured: at least {MIN_FINDINGS} findings and a",
        f"# precision below {MAX_PRECISION}.",
        "# A listed rule's finding stands when the classifier scores its category at `classifier_fraction` of its threshold",
        "# or more, or when another rule's finding of the same category is in the message; any other rule's finding needs",
        "# `other_rules_fraction` or a second rule. Otherwise the scan drops the finding and the pre-send gate gets it at low",
        "# severity, for review (audit.analysers.wording, Corroboration). Without the classifier nothing is dropped.",
        "# Both fractions are chosen on the record sets the classifier never trained on (benchmarks/rule_record.py).",
        "# The classifier is asked only of agent speech of `min_speech_chars` view characters or more (chosen on the",
        "# rules' own must-match examples): on shorter text its silence says nothing.",
        f"classifier_fraction: {fraction}",
        f"other_rules_fraction: {other}",
        f"min_speech_chars: {min_chars}",
        "rules:",
    ]
    for rule_id in listed:
        record = records[rule_id]
        lines.append(f"  - {rule_id}    # {record.on_label} of {len(record.hits)} on label ({record.precision:.2f})")
    return "\n".join(lines) + "\n"


@click.command()
@click.option("--write", is_flag=True, help="Write lexicons/wording/context/corroboration.yml.")
def main(write: bool) -> None:
    """Each wording rule's record on the released sets; the rules that need corroboration."""
    rules, classifier = rules_and_classifier()
    records = rule_records(rules, classifier)
    click.echo(f"{'rule':<58} {'on':>4} {'all':>4} {'P':>5}")
    for rule_id, record in sorted(records.items(), key=lambda item: (item[1].precision, -len(item[1].hits))):
        if record.on_label < len(record.hits):
            mark = "  listed" if record.listed() else ""
            click.echo(f"{rule_id:<58} {record.on_label:4d} {len(record.hits):4d} {record.precision:5.2f}{mark}")
    click.echo(f"{sum(r.listed() for r in records.values())} of {len(records)} rules with findings listed")
    for line in fraction_table(records):
        click.echo(line)
    listed = {rule_id for rule_id, record in records.items() if record.listed()}
    fraction, other = chosen_fractions(records)
    examples = rule_examples(rules, classifier)
    for line in example_table(examples, listed, fraction, other):
        click.echo(line)
    min_chars = chosen_min_chars(examples, listed, other)
    click.echo(f"fractions: listed {fraction}, other rules {other}; classifier asked from {min_chars} characters")
    if write:
        (LEXICONS / CORROBORATION_FILE).write_text(corroboration_yaml(records, fraction, other, min_chars), encoding="utf-8")
        click.echo(f"wrote {LEXICONS / CORROBORATION_FILE}")


if __name__ == "__main__":
    main()
