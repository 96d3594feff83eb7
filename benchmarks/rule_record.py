"""`python -m benchmarks.rule_record`: each wording rule's record on the released hand-labelled sets, and the rules whose
record is too poor for their finding to stand alone (lexicons/wording/context/corroboration.yml).

A rule's record counts the messages of the released sets (every set and batch training.released_sets names) where
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

Every other rule's fraction was one number, 0.001, until classifier b37a9e8; it is now chosen per category. Why: on
the unseen set R (analyst style) every compliant message the fused analyser flagged came from phrase rules, and
raising one fraction for every category bought little there. Measured at c47cb84 (classifier 4edc0ce, listed rules at
0.05, fused as benchmarks.eval, after judging corroboration after one_per_category), compliant messages flagged and
violating messages found on R and S (unseen), on P, Q and the dev batches (the classifier's dev split) and on the sets
it trained on, as the other rules' fraction rises (0.1 and 0.2 with the listed rules at the same fraction):

    fraction   R+S flagged  found     P+Q+dev flagged  found       trained flagged  found      lawful
    0.001      9/495        510/532   15/1238          1081/1121   91/7543          7508/7569  0/534
    0.01       9            509       9                1080        73               7505       0
    0.02       8            509       9                1075        69               7505       0
    0.05       7            508       8                1073        59               7497       0
    0.1        7            508       7                1070        48               7495       0
    0.2        7            506       6                1060        44               7488       0

Most of what a larger fraction drops is on the sets the classifier trained on (its scores on its own training data
read low for their compliant messages); on unseen text it drops about as many violating messages as compliant ones.
The rules' own examples tell the same per category: at 0.05, 9 of the 87 threat.third_party examples of 20+
characters go, 1 of the 29 coercion.debt_rollover ones. Hence the per-category criterion stated at OTHER_FRACTIONS,
fixed before it was run on b37a9e8; the listed rules' criterion took its present form ("no more lost than at the
smallest fraction") there, as told at FRACTIONS. On b37a9e8 (unseen: R, S and nine batches) it chooses: listed rules
0.05 (25 listed, as the record now holds B-S and every batch: condition_presence, relations_contact_held,
relations_will_receive, authority_document, credit_permanent and notice_euphemisms join, spoken_relations leaves),
others insult 0.002, violence 0.002, third_party 0.001, exposure 0.002, impersonation 0.005, legal 0.001, rollover
0.01, disclosure 0.001. Fused over
B-S, every batch and lawful: compliant flagged 122 -> 111 of 10,023; one category finding lost on unseen R (HR-0430's
violence, by condition_presence now listed: its classifier score is 0.004 of the threshold), message recall equal on
R, S and every dev batch (C .989 -> .985 and L .992 -> .988, both trained on).

    python -m benchmarks.rule_record            # the record, and what the fraction would keep and drop
    python -m benchmarks.rule_record --write    # ... and write corroboration.yml
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from audit.analysers import build_analysers
from audit.analysers.wording import (
    CORROBORATION_FILE,
    Corroboration,
    ReportedQuotations,
    WordingAnalyser,
    speech_chars,
    speech_view,
)
from audit.classifier import WordingClassifier
from audit.message import Message
from audit.normalise import Normalised
from audit.paths import LEXICONS
from benchmarks.cold_dev import COLD_DEV, INSULT
from benchmarks.eval import DATA, cold_findings, cold_rows, load_labelled
from training import COLD_DEV_LABELS, read_individual_labels
from training.released_sets import RELEASED_FILES, reports_a_collector, split_of_file

# Every released set and batch (training.released_sets names them: a set or batch joins the record when it joins
# the classifier's data, and an unreleased one never enters by accident)
RECORD_SETS = tuple(DATA / name for name in RELEASED_FILES)
# The record sets the shipped classifier never trained on: the dev split of training.released_sets, where the
# classifier only chose its thresholds (the module as committed with the model: run this after a retrained model is
# committed, not while released_sets is being edited ahead of it). Classifier 4edc0ce: P, Q and the hash-picked dev
# batches (k2, l2, m, n2, p, t3, x, aa2, ah).
CLASSIFIER_UNSEEN = frozenset(path.name for path in RECORD_SETS if split_of_file(path.name) == "dev")
# A rule is listed with at least this many findings on the record sets ...
MIN_FINDINGS = 4
# ... of which fewer than this share fall on messages labelled with its category: more than one miss in ten on the
# very sets the rules were tuned on (their misses there are the ones no tuning fixed), where issue 9 asks a category
# precision of 0.95 on unseen text. Four findings are the fewest where one miss is a record at all (one of three is a
# third of them, one of four a quarter).
MAX_PRECISION = 0.9
# A listed rule's finding stands when the classifier scores its category at a fraction of its threshold or more (or
# another rule of the category fires): the largest of FRACTIONS losing no more listed findings on label in the
# classifier-unseen sets than the smallest fraction does (one in MAX_OTHER_LOSS more where they are that many), and on
# all record sets at most one more than the smallest fraction. The second condition came with classifier 2944a5d,
# whose unseen sets hold too few listed findings to tell the fractions apart (31 of 31 kept at every one up to 0.5,
# which would drop 23 of the 40 listed rules' own examples of 20+ characters); on dabcd09 and c64fbe6 it changes
# nothing (0.02). The first asked "none lost" until classifier b37a9e8, where one finding on label in R is lost at
# every fraction (65 of 66 kept from 0.01 to 0.3): "none" then fell back to the smallest, 0.01, the loosest.
FRACTIONS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
# The classifier is asked only of agent speech this long (view characters) or longer: the record sets hold few short
# messages, the rules' own must-match examples many (the shipped tests' 煞笔 alone, 我们会让你付出惨痛的代价: the
# classifier scores them near 0). The length is the smallest of MIN_CHARS at which the smallest of OTHER_FRACTIONS
# drops at most one in MAX_EXAMPLE_LOSS of the other rules' examples of that length or more that find their rule's
# category.
MIN_CHARS = (0, 10, 15, 20, 25, 30)
MAX_EXAMPLE_LOSS = 200
# Every other rule's finding needs the classifier at a smaller fraction, chosen per category (the classifier reads
# some categories' lawful twins better than others'): the largest of OTHER_FRACTIONS, none above the listed rules'
# fraction, at which, of the other rules of the category, (1) the findings on label in the classifier-unseen sets that
# nothing corroborates and (2) the must-match examples of the length the classifier is asked of that it drops are each
# at most those at the smallest fraction plus one in MAX_OTHER_LOSS of them (issue 9 allows message recall 0.005 down:
# one in 200, so a category with fewer than 200 loses none more). (1) is text the classifier never saw, as new writers'
# will be; (2) is the plain violation in a few words, which the record sets hold little of (a category with no finding
# on label there keeps the smallest fraction).
OTHER_FRACTIONS = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
MAX_OTHER_LOSS = 200
# A finding inside a quotation the message reports (audit.analysers.wording.ReportedQuotations: 判决书：短信中写有“…”,
# 读者来信：催收短信说“…”, no 你/您, payment or pasted text outside the quotations) needs the classifier at a larger
# fraction, none below the listed rules': the sets label such reports two ways (training.released_sets.
# reports_a_collector), and the classifier, which read them whole, carries the convention where a phrase list would
# carry one head at a time. The largest of QUOTED_FRACTIONS at which such findings on label lose no more than at the
# smallest (one in MAX_OTHER_LOSS more where they are that many), in the classifier-unseen sets and, since those hold
# few (10 on label at 20f2b80: they cannot tell the fractions apart), on all record sets outside the campaigns whose
# reports the sets label two ways (reports_a_collector: the classifier never learnt their violating messages). None
# above half the threshold: a rule's finding needs no more than that. Measured at 7e47efa, before reports needed
# words of their own (classifier 38ad692; rules alone, a finding counted per rule and message): the unseen sets held
# 26 such findings on label and 1 off it (0.05-0.2 keep all 26, 0.3-0.7 keep 25); the classifier before 38ad692, on
# AL-AO and AX it had not read, keeps all 3 on label at every fraction up to 1 and drops 9 of 14 off label at 0.2
# (judgments, a defendant's statement, quality-check records, a reader's letter), 11 at 0.5. On the sets 38ad692
# trained on, 0.2 drops 20 off label and 35 on label, all 35 in reports_a_collector campaigns (judgments and news
# labelled as the collector's words): the label conflict this hands to the classifier.
QUOTED_FRACTIONS = (0.05, 0.1, 0.2, 0.3, 0.5)
# Long agent speech (`long_speech_chars` view characters or more): a finding asked at all needs the classifier at
# `long_speech_fraction` of its category's threshold at least, whatever the fractions above choose, since on a long
# message the classifier has read enough for a near-zero score to mean something, where on a short one its silence says
# little (min_speech_chars). Chosen by the fusion round of the session that began at 32380cb, with the classifier
# trained without BN-BQ (corroboration re-derived without them): of the rules' lone findings the fused scan kept on
# BN-BQ and CT-CW, those under 0.02 of the threshold in speech of 60+ characters were 0 on label and 11 off it (6 on
# compliant messages); from 40 characters, 5 on label and 19 off. Micro-F1 BN .904 -> .906, BO .851 -> .855, BP .898
# -> .899, BQ .898 -> .899, CT-CW summed 3.676 -> 3.684, no true finding lost; compliant flagged BN-BQ 32 -> 28, CT-CW
# 26 -> 24, lawful 0/534; the gate's counts unchanged. Chosen after reading those sets' figures, not by a criterion on
# the classifier-unseen record sets: the sets written after it (BR-BU) are its test. Not kept beside it: a classifier
# finding of 0.99+ standing through a message-level lawful voice (BN-BQ +7 findings, all on label; CT-CW +2 on label,
# +1 compliant, a rollover at 1.000), which would report a court's own signed summons the scan clears by design.
LONG_SPEECH_CHARS = 60
LONG_SPEECH_FRACTION = 0.02
# A finding the whole speech's score does not corroborate stands when the classifier scores its own sentence, read alone,
# at this fraction of the threshold (not a question: the agent asking back what it was told). Why: one violating
# sentence inside a letter, template or script of lawful sentences reads as lawful to the whole speech's score (the
# windows mix with it), and fusion dropped such findings: on `wording_labelled` (642 messages, each a lawful text with
# the violating sentences set among lawful ones) the fused scan lost 26 true rule findings to corroboration, rules alone
# F1 .941 against fused .920 (classifier of 97151e1). Chosen by reading those 26 losses, so the figures on
# `wording_labelled` are after tuning on it: fused .920 -> .936 with that classifier, .925 -> .938 with the retrained one
# of 61a08e9, compliant 0/352 throughout. On the classifier-unseen record sets (below), with the classifier of 97151e1,
# it revives 1 finding on label and 3 off label (2 compliant messages flagged more, of ~5,000:
# a signature line naming a street office, a regulator's notice quoting a transfer to the police); 0.2 revives fewer
# losses on `wording_labelled` (8 of 26 against 13) for one fewer off label there.
SENTENCE_FRACTION = 0.05
# In a message not addressed to the debtor (a third party's or of unknown recipient), every rule finding the classifier
# did not score over its threshold needs the whole speech at this fraction of it. Chosen with
# `python -m benchmarks.fusion_recipient` on CV and CW read with the rules and classifier of d841e50, which had never
# seen them: f 0.1, CV compliant flagged 13 -> 6, micro-F1 .922 -> .925 (4 true findings lost); CW 3 -> 3, .916 ->
# .916 (3 lost); 0.05 keeps 7 on CV, 0.5 keeps 5 at CW F1 .913. As built, a finding whose own sentence the classifier
# scores at the fraction stands too (as `sentence_fraction` asks elsewhere): CV 13 -> 7 at F1 .925, CW unchanged.
# Read as if every message were of unknown recipient (a feed without `recipient_type`), CV and CW give the same
# figures. Judged afterwards, once, on the then-unseen CX and CY.
NOT_TO_DEBTOR_FRACTION = 0.1
# The PII analyser's disclosure rules (lexicons/pii/third_party.yml: pii.third_party_disclosure, which the wording
# classifier has a column for) in long speech: their finding, when nothing else corroborates it (no finding of the
# category by the wording analyser, no score from the PII analyser's own classifier; another PII rule seconds none,
# being the same analyser's reading of the speech), needs the wording classifier's disclosure column at a fraction of
# its threshold (`long_speech_other_analysers`, asked where every analyser's findings meet:
# audit.pipeline.analyse_messages, WordingAnalyser.corroborate_others; a scan drops such a finding, the gate reviews
# it). The fraction: the largest of OTHER_FRACTIONS up to LONG_SPEECH_FRACTION (a PII rule is asked no more than a
# wording rule there) that loses no more of those findings on label than the smallest, on the classifier-unseen sets
# (one in MAX_OTHER_LOSS more where they are that many) and on all record sets (one more at most), as the listed
# rules' fraction is chosen. Why: the PII rules' disclosure findings met nothing that could doubt them, and the
# wording classifier's column reads a residents' notice warning of fake collectors, or a lender's letter to landlords,
# near 0. Measured by the fusion round of the session that began at 5e43909, with the classifier trained without
# BR-BU (121535c's model: make_corpus without them writes its corpus byte for byte) and corroboration re-derived
# without them, where this criterion chose 0.02 (on the classifier-unseen record sets it keeps 75 of 75 such findings
# on label and drops 2 of 2 off it; on all record sets 1,051 of 1,051 and 36 of 47): fused micro-F1 BR .934 -> .932,
# BS .901, BT .923 equal, BU .908 -> .913, summed 3.665 -> 3.669, compliant flagged 14 -> 10 of 892 (4 notices of BU);
# the unseen batches DC-DG summed 4.595 -> 4.604, compliant flagged 41 -> 35 of 1,150, no true finding lost there; CX-DB
# (trained on) unchanged; lawful 0/534; the gate's counts unchanged (it reviews a PII disclosure either way). One true
# finding lost: BR's email asking an employer to confirm a borrower's certificate (column at 0.001). 0.002 and 0.005
# keep two of BU's notices (compliant flagged 12), 0.01 drops as 0.02 does; 0.05 loses a true one of DD. Letting another PII rule second the finding, as a
# wording rule's does, kept BU's four notices (the debt and address rules fire together there) and still lost BR's:
# BR-BU summed 3.665 -> 3.663.
PII_DISCLOSURE = "pii.third_party_disclosure"
PII_FRACTIONS = tuple(f for f in OTHER_FRACTIONS if f <= LONG_SPEECH_FRACTION)   # a PII rule is asked no more
# The same findings in shorter agent speech (the classifier's `min_speech_chars` up to LONG_SPEECH_CHARS), where the
# wording analyser finds nothing at all in the message (no finding of any category: its rules, corroborated, or its
# classifier; `short_speech_other_analysers`, WordingAnalyser.corroborate_others): the largest of SHORT_PII_FRACTIONS
# chosen as at PII_DISCLOSURE (chosen_pii_fraction). The record seconds such a hit by any rules-alone wording finding or
# classifier category of the message (`Hit.wording_silent`), a little more than the scan's findings after
# corroboration do. Why: in the leave-sets-out check of the fusion round of the session that began at 71565862
# (classifier trained without CR-CU, corroboration re-derived without them), the compliant messages the fused scan
# flagged on CR-CU were 7, 3, 7 and 5 of ~230 each: 10 of them the PII analyser's disclosure rules (CT 5, CU 5), 8 in
# speech under 60 characters, which nothing asked (a CU call that never reached the debtor, a pass-the-message and a
# number-check SMS, a fan's comment reporting the posts, a mother's forum post asking where to complain), each read
# ~0 by the disclosure column and in a message where the wording analyser found nothing else; the wording rules'
# lone findings were 5 of the 22 (2 of them in reported quotations the classifier scores at 0.9 of the threshold).
# The short exposure posts labelled disclosure too carry the disclosure beside the exposure the wording analyser
# finds, and their disclosure column reads as low: hence asked only where the analyser is silent. On the record sets
# (less CR-CU) such hits: 0.001 keeps 8,054 of 8,054 on label and drops 30 of 103 off it (all compliant), 0.002 keeps
# 8,053 and drops 35, 0.005 and 0.01 keep 8,052 and drop 41 and 43; on the classifier-unseen sets 651 on label,
# 0.001 keeps all, 0.002 650, none off label there. It chose 0.002. On CR-CU: compliant flagged 7, 3, 7, 5 -> 7, 3,
# 6, 1; micro-F1 CR .924, CS .920 equal, CT .911 -> .912, CU .857 equal; 5 compliant messages cleared for 3
# disclosures on label lost, all CU live-room comments (an exposure post the fused scan also misses as exposure);
# CL-CQ and the dev batch fo unchanged (compliant flagged and F1); lawful 0/534 and wording_labelled (.934, 0/352)
# unchanged. Chosen after reading CR-CU's flags: the sets written after it are its test.
SHORT_PII_FRACTIONS = PII_FRACTIONS


@dataclass
class Hit:
    """One message where a rule's finding stands in the rules-alone scan."""

    source: str
    labelled: bool          # the message is labelled with the finding's category
    compliant: bool         # the message is labelled with no category at all
    ratio: float | None     # the classifier's score for the category over its threshold (None: not a model category)
    seconded: bool          # another rule's finding of the same category is in the message (for a quoted one: outside
                            # a reported quotation)
    quoted: bool = False    # every finding of the rule here lies in a reported quotation (ReportedQuotations)
    conflicted: bool = False    # the message's campaign holds reports the sets label two ways (reports_a_collector)
    speech_chars: int = 0   # the agent speech's view characters (LONG_SPEECH_CHARS: long speech asks more)
    wording_silent: bool = False    # (a PII hit) the wording analyser finds nothing in the message: no rule finding of
                                    # any category, no classifier category at its threshold (SHORT_PII_FRACTIONS)


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
            segments = list(item.message.agent_segments())
            views = [speech_view(s.text) for s in segments]
            ratios = threshold_ratios(classifier, views)
            texts = {s.turn: s.text for s in segments}
            reported_quotations = ReportedQuotations.of(texts)
            quoted = {(f.rule_id, f.category): True for f in findings}
            for f in findings:
                quoted[f.rule_id, f.category] &= reported_quotations.holds(f.turn, f.start, f.end)
            # another rule's finding seconds one only outside a reported quotation (as WordingAnalyser._corroborated)
            unquoted = Counter(category for (_, category), reported in quoted.items() if not reported)
            for (rule_id, category), reported in quoted.items():
                record = records.setdefault(rule_id, Record(category))
                record.hits.append(Hit(path.name, category in item.expected, not item.expected, ratios.get(category),
                                       unquoted[category] > (not reported), reported,
                                       reports_a_collector(item.message.campaign_id),
                                       speech_chars(views)))
    return records


def pii_disclosure_hits(rules: WordingAnalyser, classifier: WordingClassifier, min_chars: int = LONG_SPEECH_CHARS,
                        sets: tuple[Path, ...] = RECORD_SETS) -> list[Hit]:
    """The PII analyser's disclosure findings by rule on `sets` (its classifier fused, as a scan runs it: a rule finding
    its classifier agrees with carries a score and is seconded), one hit a rule and message, in agent speech of
    `min_chars` or more (long speech, LONG_SPEECH_CHARS, asks every lone one; shorter speech, a lone one where the
    wording analyser finds nothing: `short_pii_hits`), seconded by a wording rule's finding of the category or by the
    PII classifier's score (another PII rule seconds none: WordingAnalyser.corroborate_others); `ratio` is the wording
    classifier's disclosure column."""
    pii = build_analysers(["pii"])[0]
    hits = []
    for path in sets:
        items = [item for item in load_labelled(path, "labels") if pii.applies_to(item.message)]
        for item, found in zip(items, pii.analyse_many([item.message for item in items])):
            disclosures = [f for f in found if f.category == PII_DISCLOSURE and f.detector is None]
            if not disclosures:
                continue
            segments = list(item.message.agent_segments())
            views = [speech_view(s.text) for s in segments]
            chars = speech_chars(views)
            if chars < min_chars:
                continue
            wording_found = rules.analyse(item.message) if rules.applies_to(item.message) else []
            wording_rules = {f.rule_id for f in wording_found if f.category == PII_DISCLOSURE}
            predicted = classifier.predict(views, any(item.message.addressed_to_third_party(s) for s in segments)) \
                if views else []
            ratio = threshold_ratios(classifier, views).get(PII_DISCLOSURE)
            for rule_id in {f.rule_id for f in disclosures}:
                scored = any(f.score is not None for f in disclosures if f.rule_id == rule_id)
                hits.append(Hit(path.name, PII_DISCLOSURE in item.expected, not item.expected, ratio,
                                scored or bool(wording_rules), speech_chars=chars,
                                wording_silent=not wording_found and not predicted))
    return hits


def long_pii_hits(hits: list[Hit]) -> list[Hit]:
    """Of `pii_disclosure_hits`, those in long speech (LONG_SPEECH_CHARS or more): every lone one is asked."""
    return [hit for hit in hits if hit.speech_chars >= LONG_SPEECH_CHARS]


def short_pii_hits(hits: list[Hit]) -> list[Hit]:
    """Of `pii_disclosure_hits`, those in shorter speech, seconded too by any finding of the wording analyser in the
    message (asked only where it finds nothing: SHORT_PII_FRACTIONS)."""
    return [replace(hit, seconded=hit.seconded or not hit.wording_silent) for hit in hits
            if hit.speech_chars < LONG_SPEECH_CHARS]


def chosen_pii_fraction(hits: list[Hit], fractions: tuple[float, ...] = PII_FRACTIONS) -> float:
    """The fraction the PII analyser's lone disclosure findings in long speech need, chosen as stated at
    PII_DISCLOSURE (of `fractions`; in shorter speech, SHORT_PII_FRACTIONS, by the same criterion)."""
    unseen = [hit for hit in hits if hit.source in CLASSIFIER_UNSEEN]
    least = min(fractions)
    if not any(hit.labelled for hit in unseen):
        return least
    return max(f for f in fractions if hits_within_loss(unseen, f, least)
               and on_label_lost(hits, f) <= on_label_lost(hits, least) + 1)


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


def unseen_hits_of_others(records: dict[str, Record], category: str) -> list[Hit]:
    """The unlisted rules' findings of `category` in the classifier-unseen sets."""
    return [hit for record in records.values() if record.category == category and not record.listed()
            for hit in record.hits if hit.source in CLASSIFIER_UNSEEN]


# COLD dev's comments hand-labelled as attacks on one person (training/cold_dev_individual.csv): insults no released
# set holds, which the classifier never trained on. The insult rules' fraction is chosen on them too, as unseen
# findings on label. Why: chosen on the released sets alone at db0ab53, 0.01 (kept 291 of 291 there) dropped 5 of the
# 113 attacks COLD dev's fused scan found at 0.001, with the same 19 of its 3,220 safe comments flagged.
def cold_dev_attack_hits(rules: WordingAnalyser, classifier: WordingClassifier, min_chars: int) -> list[Hit]:
    """COLD dev's hand-labelled attacks on one person where the insult rules' finding stands and the classifier is
    asked (speech of `min_chars` or more), one hit a comment, seconded when two insult rules fire."""
    labels = read_individual_labels(COLD_DEV_LABELS)
    hits = []
    for n, row in enumerate(cold_rows(COLD_DEV)):
        view = speech_view(row["TEXT"])
        if not labels.get(n) or len(view.text) < min_chars:
            continue
        rule_ids = {f.rule_id for f in cold_findings(rules, f"cold-dev-{n}", row["TEXT"]) if f.category == INSULT}
        if rule_ids:
            hits.append(Hit(COLD_DEV.name, True, False, threshold_ratios(classifier, [view])[INSULT],
                            len(rule_ids) > 1))
    return hits


def hits_within_loss(hits: list[Hit], fraction: float, least: float) -> bool:
    """Whether `fraction` drops at most one in MAX_OTHER_LOSS more of the findings `hits` on label than `least` does."""
    return on_label_lost(hits, fraction) <= on_label_lost(hits, least) + sum(hit.labelled for hit in hits) // MAX_OTHER_LOSS


def within_loss(hits: list[Hit], examples: list[Example], fraction: float) -> bool:
    """Whether `fraction` loses at most one in MAX_OTHER_LOSS more than the smallest of OTHER_FRACTIONS, of the
    findings `hits` on label and of the `examples`, each."""
    least = min(OTHER_FRACTIONS)
    return (hits_within_loss(hits, fraction, least)
            and sum(example_lost(e, fraction) for e in examples)
            <= sum(example_lost(e, least) for e in examples) + len(examples) // MAX_OTHER_LOSS)


def chosen_fractions(records: dict[str, Record], categories: tuple[str, ...], examples: list[Example],
                     min_chars: int, cold_attacks: list[Hit]) -> tuple[float, dict[str, float]]:
    """The listed rules' fraction and, per category of `categories`, the other rules', chosen on the classifier-unseen
    sets (for insults with COLD dev's attacks, `cold_attacks`) and the other rules' examples of `min_chars` or more
    as stated above."""
    every_listed = [hit for record in records.values() if record.listed() for hit in record.hits]
    of_listed = [hit for hit in every_listed if hit.source in CLASSIFIER_UNSEEN]
    least_lost = min(on_label_lost(every_listed, f) for f in FRACTIONS)
    fraction = max((f for f in FRACTIONS if hits_within_loss(of_listed, f, min(FRACTIONS))
                    and on_label_lost(every_listed, f) <= least_lost + 1),
                   default=min(FRACTIONS))
    listed_ids = {rule_id for rule_id, record in records.items() if record.listed()}
    other = {}
    for category in categories:
        hits = unseen_hits_of_others(records, category) + (cold_attacks if category == INSULT else [])
        own = [e for e in examples if e.category == category and e.rule_id not in listed_ids and e.chars >= min_chars]
        other[category] = max((f for f in OTHER_FRACTIONS
                               if f <= fraction and any(hit.labelled for hit in hits) and within_loss(hits, own, f)),
                              default=min(OTHER_FRACTIONS))
    return fraction, other


def quoted_hits(records: dict[str, Record], unseen: bool) -> list[Hit]:
    """Every rule's findings inside a reported quotation, on the classifier-unseen sets (`unseen`) or on all."""
    return [hit for record in records.values() for hit in record.hits
            if hit.quoted and (hit.source in CLASSIFIER_UNSEEN or not unseen)]


def agreed_quoted_hits(records: dict[str, Record]) -> list[Hit]:
    """Every rule's findings inside a reported quotation on all record sets, outside the campaigns whose reports the
    sets label two ways (`Hit.conflicted`)."""
    return [hit for hit in quoted_hits(records, unseen=False) if not hit.conflicted]


def chosen_quoted_fraction(records: dict[str, Record], fraction: float) -> float:
    """The fraction a finding in a reported quotation needs, chosen as stated at QUOTED_FRACTIONS, none below the
    listed rules' `fraction`."""
    unseen = quoted_hits(records, unseen=True)
    agreed = agreed_quoted_hits(records)
    candidates = [f for f in QUOTED_FRACTIONS if f >= fraction]
    return max((f for f in candidates if hits_within_loss(unseen, f, min(candidates))
                and hits_within_loss(agreed, f, min(candidates))), default=min(candidates))


@dataclass
class Example:
    """A rule's must-match example, sent as an SMS, where the rules find the rule's category."""

    rule_id: str
    category: str
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
            examples.append(Example(rule.id, rule.category, len(view.text), len(of_category) > 1,
                                    threshold_ratios(classifier, [view]).get(rule.category)))
    return examples


def example_lost(example: Example, fraction: float) -> bool:
    return not example.seconded and example.ratio is not None and example.ratio < fraction


def chosen_min_chars(examples: list[Example], listed: set[str]) -> int:
    """The smallest of MIN_CHARS from which the other rules' own examples lose at most one in MAX_EXAMPLE_LOSS at the
    smallest fraction; when none does, the one losing the smallest share of them."""
    others = [e for e in examples if e.rule_id not in listed]
    least = min(OTHER_FRACTIONS)
    lost = {chars: sum(example_lost(e, least) for e in others if e.chars >= chars) for chars in MIN_CHARS}
    asked = {chars: max(1, sum(e.chars >= chars for e in others)) for chars in MIN_CHARS}
    within = [chars for chars in MIN_CHARS if lost[chars] * MAX_EXAMPLE_LOSS <= asked[chars]]
    return min(within) if within else min(MIN_CHARS, key=lambda chars: (lost[chars] / asked[chars], chars))


def example_table(examples: list[Example], listed: set[str], fraction: float, other: dict[str, float]) -> list[str]:
    lines = []
    for chars in MIN_CHARS:
        of_listed = [e for e in examples if e.rule_id in listed and e.chars >= chars]
        of_others = [e for e in examples if e.rule_id not in listed and e.chars >= chars]
        lines.append(f"examples of {chars}+ characters: listed rules lose {sum(example_lost(e, fraction) for e in of_listed)}"
                     f"/{len(of_listed)}, other rules {sum(example_lost(e, other[e.category]) for e in of_others)}"
                     f"/{len(of_others)}")
    return lines


def fraction_lines(hits: list[Hit], fractions: tuple[float, ...]) -> list[str]:
    """For each fraction, the findings of `hits` it keeps on labelled messages and drops elsewhere (on compliant
    messages in brackets)."""
    bad = [h for h in hits if not h.labelled]
    lines = []
    for fraction in fractions:
        kept, good = on_label_kept(hits, fraction)
        dropped = [h for h in bad if not corroborated(h, fraction)]
        lines.append(f"  fraction {fraction:<5}: kept on label {kept}/{good}, dropped off label "
                     f"{len(dropped)}/{len(bad)} ({sum(h.compliant for h in dropped)} compliant)")
    return lines


def fraction_table(records: dict[str, Record], categories: tuple[str, ...]) -> list[str]:
    """What each candidate fraction keeps and drops: of the listed rules on all record sets and on the
    classifier-unseen ones, and of the other rules per category on the classifier-unseen ones."""
    lines = []
    every_listed = [hit for record in records.values() if record.listed() for hit in record.hits]
    for where, hits in (("all record sets", every_listed),
                        ("classifier-unseen sets", [h for h in every_listed if h.source in CLASSIFIER_UNSEEN])):
        lines.append(f"listed rules, {where}:")
        lines += fraction_lines(hits, FRACTIONS)
    for category in categories:
        lines.append(f"other rules of {category}, classifier-unseen sets:")
        lines += fraction_lines(unseen_hits_of_others(records, category), OTHER_FRACTIONS)
    for where, unseen in (("all record sets", False), ("classifier-unseen sets", True)):
        lines.append(f"findings in reported quotations, {where}:")
        lines += fraction_lines(quoted_hits(records, unseen), QUOTED_FRACTIONS)
    lines.append("findings in reported quotations, all record sets, campaigns labelled one way:")
    lines += fraction_lines(agreed_quoted_hits(records), QUOTED_FRACTIONS)
    return lines


def unseen_effect(records: dict[str, Record], fraction: float, other: dict[str, float], quoted: float) -> str:
    """What the chosen fractions keep of the findings on label and drop of the others, on the classifier-unseen sets,
    each finding asked as the scan asks it (`Corroboration.fraction_of`; never asked: it stands)."""
    policy = Corroboration(frozenset(rule_id for rule_id, record in records.items() if record.listed()), fraction,
                           other, quoted_fraction=quoted, long_chars=LONG_SPEECH_CHARS,
                           long_fraction=LONG_SPEECH_FRACTION)
    kept = on_label = dropped = off_label = 0
    for rule_id, record in records.items():
        for hit in record.hits:
            if hit.source in CLASSIFIER_UNSEEN:
                chosen = policy.fraction_of(rule_id, record.category, hit.quoted, hit.speech_chars)
                stands = chosen is None or corroborated(hit, chosen)
                on_label += hit.labelled
                off_label += not hit.labelled
                kept += hit.labelled and stands
                dropped += not hit.labelled and not stands
    return f"keep {kept} of {on_label} findings on label and drop {dropped} of {off_label} off it"


def pii_effect(hits: list[Hit], fraction: float) -> str:
    """What `fraction` keeps of the PII disclosure findings on label and drops of the others, on the
    classifier-unseen sets."""
    unseen = [hit for hit in hits if hit.source in CLASSIFIER_UNSEEN]
    kept, good = on_label_kept(unseen, fraction)
    bad = [hit for hit in unseen if not hit.labelled]
    return (f"keep {kept} of {good} findings on label and drop {sum(not corroborated(h, fraction) for h in bad)} of "
            f"{len(bad)} off it")


def corroboration_yaml(records: dict[str, Record], fraction: float, other: dict[str, float], min_chars: int,
                       quoted: float, pii_hits: list[Hit] | None = None, pii_fraction: float | None = None,
                       short_hits: list[Hit] | None = None, short_fraction: float | None = None) -> str:
    listed = sorted((rule_id for rule_id, record in records.items() if record.listed()),
                    key=lambda rule_id: (records[rule_id].category, rule_id))
    lines = [
        "# Phrase rules whose finding stands only when corroborated (issue 9: compliant messages flagged, per-category",
        "# precision). Written by `python -m benchmarks.rule_record --write`; do not edit by hand, change the criterion there.",
        "#",
        "# Record: the messages of every released set and batch (training.released_sets) where the phrase rules alone",
        "# report the rule's finding, and how many of them are labelled with its category.",
        f"# Criterion, fixed before the then-unseen sets N and O were measured: at least {MIN_FINDINGS} findings and a",
        f"# precision below {MAX_PRECISION}.",
        "# A listed rule's finding stands when the classifier scores its category at `classifier_fraction` of its threshold",
        "# or more, or when another rule's finding of the same category is in the message; any other rule's finding needs",
        "# its category's `other_rules_fraction` or a second rule. Otherwise the scan drops the finding and the pre-send",
        "# gate gets it at low severity, for review (audit.analysers.wording, Corroboration). Without the classifier",
        "# nothing is dropped. The fractions are chosen on the record sets the classifier never trained on (its dev",
        "# split), the other rules' per category so that neither their findings on label there nor their own examples",
        "# lose more than one in 200 beyond the smallest fraction's (benchmarks/rule_record.py). Why per category: raising",
        "# one fraction for all dropped as many violating messages as compliant ones on unseen text (the table there).",
        f"# On the classifier-unseen sets ({', '.join(sorted(name.removesuffix('.jsonl') for name in CLASSIFIER_UNSEEN))})",
        f"# the rules alone, with these fractions, {unseen_effect(records, fraction, other, quoted)}.",
        "# The classifier is asked only of agent speech of `min_speech_chars` view characters or more (chosen on the",
        "# rules' own must-match examples): on shorter text its silence says nothing.",
        "# A finding inside a quotation the message reports (判决书：短信中写有“…”; no 你/您, payment or pasted text",
        "# outside its quotations) needs `reported_quote_fraction` at least, and seconds no other: the sets label such",
        "# reports two ways, and the classifier, which read them whole, carries the convention (benchmarks/rule_record.py).",
        "# In agent speech of `long_speech_chars` or more, a finding asked at all needs `long_speech_fraction` at least: the",
        "# classifier has read enough there for a near-zero score to mean something (benchmarks/rule_record.py).",
        *([] if pii_fraction is None else [
            "# There too, a rule finding of another analyser in a category of `long_speech_other_analysers` (the PII",
            "# analyser's disclosure rules) needs the category's fraction when no finding of this analyser and no score",
            "# of its own analyser's classifier corroborate it (benchmarks/rule_record.py). On the classifier-unseen sets,",
            f"# of such findings in long speech, it would {pii_effect(pii_hits or [], pii_fraction)}.",
        ]),
        *([] if short_fraction is None else [
            "# In shorter speech (`min_speech_chars` up to `long_speech_chars`), such a finding needs the category's",
            "# fraction of `short_speech_other_analysers` when this analyser finds nothing at all in the message",
            "# (benchmarks/rule_record.py, SHORT_PII_FRACTIONS). On the classifier-unseen sets, of such findings there,",
            f"# it would {pii_effect(short_hits or [], short_fraction)}.",
        ]),
        "# A finding the whole speech's score does not corroborate stands when the classifier scores its own sentence,",
        "# read alone (not a question), at `sentence_fraction` of the threshold: one violating sentence among lawful",
        "# ones reads as lawful to the whole speech's score (benchmarks/rule_record.py, SENTENCE_FRACTION).",
        "# In a message not addressed to the debtor, a rule finding the classifier did not score over its threshold needs",
        "# the whole speech at `not_to_debtor_fraction` of it (benchmarks/rule_record.py, NOT_TO_DEBTOR_FRACTION).",
        f"classifier_fraction: {fraction}",
        "other_rules_fraction:",
        *(f"  {category}: {other[category]}" for category in sorted(other)),
        f"min_speech_chars: {min_chars}",
        f"reported_quote_fraction: {quoted}",
        f"long_speech_chars: {LONG_SPEECH_CHARS}",
        f"long_speech_fraction: {LONG_SPEECH_FRACTION}",
        *([] if pii_fraction is None else ["long_speech_other_analysers:", f"  {PII_DISCLOSURE}: {pii_fraction}"]),
        *([] if short_fraction is None else ["short_speech_other_analysers:", f"  {PII_DISCLOSURE}: {short_fraction}"]),
        f"sentence_fraction: {SENTENCE_FRACTION}",
        f"not_to_debtor_fraction: {NOT_TO_DEBTOR_FRACTION}",
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
    categories = tuple(classifier.categories)
    for line in fraction_table(records, categories):
        click.echo(line)
    listed = {rule_id for rule_id, record in records.items() if record.listed()}
    examples = rule_examples(rules, classifier)
    min_chars = chosen_min_chars(examples, listed)
    fraction, other = chosen_fractions(records, categories, examples, min_chars,
                                       cold_dev_attack_hits(rules, classifier, min_chars))
    quoted = chosen_quoted_fraction(records, fraction)
    for line in example_table(examples, listed, fraction, other):
        click.echo(line)
    every_pii_hit = pii_disclosure_hits(rules, classifier, min_chars)
    pii_hits, short_hits = long_pii_hits(every_pii_hit), short_pii_hits(every_pii_hit)
    click.echo(f"PII disclosure rules, lone findings in speech of {min_chars}-{LONG_SPEECH_CHARS - 1} characters "
               f"where the wording analyser finds nothing, all record sets:")
    for line in fraction_lines(short_hits, SHORT_PII_FRACTIONS):
        click.echo(line)
    click.echo("... on the classifier-unseen sets:")
    for line in fraction_lines([h for h in short_hits if h.source in CLASSIFIER_UNSEEN], SHORT_PII_FRACTIONS):
        click.echo(line)
    click.echo(f"PII disclosure rules, lone findings in speech of {LONG_SPEECH_CHARS}+ characters, all record sets:")
    for line in fraction_lines(pii_hits, PII_FRACTIONS):
        click.echo(line)
    click.echo("... on the classifier-unseen sets:")
    for line in fraction_lines([h for h in pii_hits if h.source in CLASSIFIER_UNSEEN],
                               PII_FRACTIONS):
        click.echo(line)
    pii_fraction = chosen_pii_fraction(pii_hits)
    short_fraction = chosen_pii_fraction(short_hits, SHORT_PII_FRACTIONS)
    click.echo(f"fractions: listed {fraction}, other rules {other}, in reported quotations {quoted}, PII disclosure "
               f"rules in long speech {pii_fraction}, in shorter speech where wording finds nothing {short_fraction}; "
               f"classifier asked from {min_chars} characters")
    if write:
        (LEXICONS / CORROBORATION_FILE).write_text(corroboration_yaml(records, fraction, other, min_chars, quoted,
                                                                      pii_hits, pii_fraction, short_hits,
                                                                      short_fraction), encoding="utf-8")
        click.echo(f"wrote {LEXICONS / CORROBORATION_FILE}")


if __name__ == "__main__":
    main()
