"""`python -m benchmarks.eval`: how well the analysers do on labelled data they were not written from.

Sections:
- wording: each labelled set judged three ways, by the phrase rules alone, by the trained classifier
  alone and by both fused (what `audit scan` runs). Per category and micro-averaged precision / recall / F1
  at message level (a message is predicted positive for a category when the detector yields it), message-
  level recall and precision (a violating message gets any wording finding), the false-flag rate on
  compliant messages, and the misjudged messages of the fused detector. Sets (field `labels`):
  `data/wording_heldout_aw.jsonl` and `data/wording_heldout_av.jsonl` (the newest, written the same ways at the end of
  the session that began at 3bcafd9 and read once there: AV real texts as a distressed-debt buyer holds them after a
  year: the originators' inherited templates and robot scripts, assignment notices, its own templates by stage, its
  agencies' and freelancers' texts, chats, visits and ASR calls in dialect, settlement offers, lawyers' letters, court
  e-delivery, complaints, compliance memos and news; AW a careful analyst's quarter of small-town and rural credit
  (rent-to-own, GPS-tracked car loans, a rural co-operative, a pawnshop, tuition loans, pay-later), written as section
  5's boundary pairs),
  `data/wording_heldout_au.jsonl` and `data/wording_heldout_at.jsonl` (written at the start of the session
  that began at 3bcafd9 by people who read none of the rules, the corpus or the other sets, read at its start and end:
  AT real texts as a provincial regulator's complaint office and a consumer-protection association gather them from
  complaints against many lenders and agencies: SMS and push texts transcribed from screenshots, recordings as ASR text
  in dialect, chats, voice messages, complaint-platform posts, lenders' replies, agencies' scripts handed in during
  inspection, inspection reports and penalty notices; AU a careful analyst's quarter of the spoken side of collection
  at a rural commercial bank and a consumer-finance company: robot logs, agents' calls, body-camera visits, calls to
  relatives, cadres, employers and guarantors, voice messages, dialect ASR, written as section 5's boundary pairs),
  `data/wording_heldout_as.jsonl` and `data/wording_heldout_ar.jsonl` (written the same ways at the end of the session
  that began at b847157, read once there and once at the next start, then tuned on and joined the classifier's
  training: AR real texts as a consumer-finance company's legal department
  and outside counsel hold them: its own, instructed and posed law firms' letters, court e-delivery, mediation and
  arbitration notices real and fake, templates by stage, robot scripts, ASR calls, chats with families, HR replies,
  debtors' lawyers, complaint files, regulators' inquiries, judgments and news quoting collection texts; AS a careful
  analyst's quarter at a large bank's card centre and two online lenders, written as section 5's boundary pairs),
  `data/wording_heldout_aq.jsonl` and `data/wording_heldout_ap.jsonl` (written at the start of the session
  that began at b847157 by people who read none of the rules, the corpus or the other sets, read at its start and end,
  then tuned on and joined the classifier's training: AP real texts as an
  outsourced agency's archive holds them when a bank client audits it: its SMS platform's send logs by stage, robot
  logs and scripts, agents' chats, field-visit notes, ASR calls in dialect, QA notes, training handouts and
  banned-phrase lists, complaint replies and the bank's audit memo; AQ a careful analyst's half-year at a city bank's
  card centre, an auto-finance company and a small-loan company in lower-tier cities, weighted to sarcasm and mild
  contempt, third parties asked to help, veiled violence, hinted exposure and legal claims stated as certainty),
  `data/wording_heldout_ao.jsonl` and `data/wording_heldout_an.jsonl` (written the same ways at the end of the session
  that began at 6ff666a, read once there and once at the next start, then tuned on and joined the classifier's
  training: AN the texts a lender's complaint and compliance desk
  handles in a year and what the public writes: retyped screenshots in complaints, the lender's replies, regulators'
  forwards, review-call transcripts, quality checks, agencies' SMS and robot logs, legal vendors' letters, app and
  official-account pushes, short-video and forum posts, judgments on soft-violence collection, news, Hong Kong,
  Macau, Taiwan and Malaysian letters; AO a careful analyst's quarter of a platform's consumer credit and a consumer
  finance company with their agencies, robots and legal vendors, weighted to threats over two sentences or turns,
  third parties asked to help, hinted exposure and veiled menace),
  `data/wording_heldout_am.jsonl` and `data/wording_heldout_al.jsonl` (written at the start of the
  session that began at 6ff666a by people who read none of the rules, the corpus or the other sets, read there at
  the start and the end, then tuned on and joined the classifier's training: AL real texts as
  a regulator's inspection gathers them in one province: deployed SMS and push templates, robot scripts and logs,
  ASR calls in dialect, chats, letters and their OCR, texts quoted in judgments, penalty decisions, complaints, news
  and legal Q&A, agencies' quality checks; AM a careful analyst's quarter of a credit-card centre and a car-loan
  finance company with their agencies, legal vendors and robots, weighted to third parties pressed indirectly,
  hinted exposure, veiled violence and surveillance and sarcasm),
  `data/wording_heldout_ak.jsonl` and `data/wording_heldout_aj.jsonl` (written the same ways at the end of
  the session that began at 1a403ed, read once there, then tuned on and joined the classifier's training: AJ a
  careful analyst's set over a micro-lender's and a city
  bank's retail credit in lower-tier cities and the countryside, weighted to threats over two sentences or turns,
  sarcasm and veiled menace, AK outside and field texts from sources unlike the earlier sets': short-video comments,
  forum threads, debtors' groups, agencies' script sheets and work chats, mediation records, police notices,
  templates, TTS robot logs, ASR calls and Hong Kong, Macau, Taiwan and Malaysian letters),
  `data/wording_heldout_ai.jsonl` and `data/wording_heldout_ah.jsonl` (written at the start of the session
  that began at 1a403ed the same ways, scored at its start and end, then tuned on and joined the classifier's
  training: AH a careful analyst's
  quarter of a consumer finance company's and its agencies' collection over cards, pay-later, car, installment, rent,
  shop and student loans, weighted to third parties pressed indirectly, hinted exposure, legal claims in few words and
  veiled violence, AI texts from outside and from the field: judgments, penalty decisions, complaint records and posts,
  news, legal articles, deployed templates, robot scripts, ASR calls, chats, QC notes, OCR'd letters, regional speech
  and obfuscation), `data/wording_heldout_ag.jsonl` and `data/wording_heldout_af.jsonl` (written the same ways at the
  end of the session that began at d768883, read once there and once at the start of the next, then tuned on and
  joined the classifier's training: AF a careful analyst's set over rural co-operatives, pawnshops
  and title loans, medical and education loans, merchant cash advances, P2P wind-downs, bad-debt buyers, guarantors
  and payroll loans, AG deployed templates, robot scripts, ASR calls, chats, QC notes, letters and regional speech),
  `data/wording_heldout_ae.jsonl` and `data/wording_heldout_ad.jsonl` (written at the start of the session
  that began at d768883 the same ways, scored at its start and end, then tuned on and joined the classifier's
  training: AD a careful analyst's
  sample of one lender's month of traffic over every kind of consumer credit, weighted to pressure through third
  parties said indirectly, hinted exposure and legal claims in few words, AE texts as they reach a compliance officer
  from outside: regulators' and courts' quotes, complaints, news, deployed templates, robot scripts, ASR calls, chats,
  OCR'd letters and regional speech), `data/wording_heldout_ac.jsonl` and `data/wording_heldout_ab.jsonl` (written
  the same ways at the end of the session that began at cdbbd1b, read once there and once at the start of the next,
  then tuned on and joined the classifier's training: AB a careful analyst's set over mainstream consumer credit and
  every collection stage with section 5's boundary pairs written out, AC deployed templates, robot scripts, ASR calls,
  chats, letters and regional speech), `data/wording_heldout_a.jsonl` and `data/wording_heldout_z.jsonl` (written at
  the start of the session that began at cdbbd1b the same ways, scored at its start and end, then tuned on and joined
  the classifier's training: Z as a careful analyst's set over cosmetic-surgery, training-course and rent loans, farm loans,
  platforms' pay-later, guarantee companies and bad-debt buyers, weighted to pressure through third parties, hinted
  exposure and impersonation by signature, A in real senders' styles weighted to complaint-platform posts, forum
  answers, judgments for soft-violence collection, app inbox letters, bulk SMS templates, robot logs, debt-friend
  chats, agency papers and Macau and Hong Kong letters; the letter A was free, the earliest sets began at B),
  `data/wording_heldout_y.jsonl` and `data/wording_heldout_x.jsonl` (written at the end of the session that began at
  f1957cd the same ways, read once there and once at the start of the next, then joined the classifier's training: X as a careful analyst's set over bank consumer loans, installment for cars, homes and medical care,
  carrier phones, merchant and driver loans and outsourced agents under targets, Y in real senders' styles weighted to
  case bulletins, judgments, short-video comment threads, robot-call logs, Hong Kong and Taiwanese letters and
  southern speech), `data/wording_heldout_w.jsonl` and `data/wording_heldout_v.jsonl` (written at the start of
  that session the same ways, scored at its start and end, then joined the classifier's training: V as a careful
  analyst's set over credit cards, platform credit, student, county and supply-chain loans, pawn and heirs, with
  threats spread over two sentences, sarcasm and veiled menace beside their lawful twins, W in real lenders' and
  collectors' styles, weighted to retyped screenshots, template exports, node scripts, ASR calls, quoted penalty
  decisions and judgments, regional speech and obfuscation),
  `data/wording_heldout_u.jsonl` and `data/wording_heldout_t.jsonl` (written the same ways a session earlier,
  scored once and released: the classifier's dev split since),
  `data/wording_heldout_s.jsonl` and `data/wording_heldout_r.jsonl` (two sessions earlier),
  `data/wording_heldout_q.jsonl` and `data/wording_heldout_p.jsonl` (three sessions earlier),
  `data/wording_heldout_o.jsonl` and `data/wording_heldout_n.jsonl` (four sessions earlier),
  `data/wording_heldout_m.jsonl` and `data/wording_heldout_l.jsonl` (five sessions earlier),
  `data/wording_heldout_k.jsonl` and `data/wording_heldout_j.jsonl` (six sessions earlier), `data/wording_heldout_i.jsonl` (written the same way a session before J),
  `data/wording_heldout_h.jsonl` (two sessions before J), `data/wording_heldout_g.jsonl`
  (three sessions before J), `data/wording_heldout_f.jsonl`
  (written the same way before G; collection texts quoted in reports enter it as the collector's own
  words, and reports that quote violating words are left out),
  `data/wording_heldout_e.jsonl` (which labels news and police reports, court texts and advice columns that
  quote a collector compliant: only an agent's or template's own words are judged), `data/wording_heldout_d.jsonl`,
  `data/wording_heldout_c.jsonl`, `data/wording_heldout_b.jsonl` and `data/wording_realstyle.jsonl` (written
  the same way in earlier sessions; their errors have since been read and tuned on). Since the session that
  began at 9c251d9 the classifier also trains on the released sets and the `wording_dev_*` batches, and since
  the session that began at 1a403ed on B-S, V-Z, A and AB-AG and chooses its thresholds on T, U and some batches
  (`training/released_sets.py`): on those sets the classifier's and the fused figures are training or dev
  figures; only AH, AI and the sets written later are independent of it. Then
  `data/lawful_messages.jsonl` (lawful messages only: the false-flag rate), the training corpus's
  synthetic dev split (families training never saw; thresholds were chosen on it) and `data/wording_labelled.jsonl`
  (the older set, used in tuning earlier rules).
- gate: the pre-send gate (cn-default, no contact history) on the wording sets: how many messages with a
  severe category (threat.*, misleading.*) it allows, and how many compliant ones it blocks or reviews.
- notice: `data/notice_labelled.jsonl` (field `missing`: required elements absent). Precision / recall /
  F1 over (message, element) pairs.
- cold: COLD test split (real social-media comments, each fed as an agent SMS). Share of safe rows
  flagged with any wording category, and abuse.insult recall on attack-individual rows. COLD texts are
  real people's words, so only counts and rule ids are printed, never the texts.
- pii, conduct, template: run `benchmarks/eval_<section>.py`'s `main()` (PII figures, then the held-out
  `data/pii_heldout.jsonl`, `data/pipl_heldout_b.jsonl`, `data/pipl_heldout_c.jsonl`, `data/pipl_heldout_d.jsonl`,
  `data/pipl_heldout_e.jsonl`, `data/pipl_heldout_f.jsonl`, `data/pipl_heldout_g.jsonl`, `data/pipl_heldout_h.jsonl`, `data/pipl_heldout_i.jsonl`, `data/pipl_heldout_j.jsonl`, `data/pipl_heldout_k.jsonl`, `data/pipl_heldout_l.jsonl`, `data/pipl_heldout_m.jsonl`, `data/pipl_heldout_n.jsonl`, `data/pipl_heldout_o.jsonl`, `data/pipl_heldout_p.jsonl`, `data/pipl_heldout_q.jsonl`, `data/pipl_heldout_r.jsonl`, `data/pipl_heldout_s.jsonl` (written at the end of the session that began at cdbbd1b, read once there and once at the next start, then tuned on) `data/pipl_heldout_t.jsonl` and `data/pipl_heldout_u.jsonl` (written at the start and the end of the session that began at d768883, then tuned on) `data/pipl_heldout_v.jsonl` and `data/pipl_heldout_w.jsonl` (written at the start and the end of the session that began at 1a403ed, then tuned on) `data/pipl_heldout_x.jsonl` and `data/pipl_heldout_y.jsonl` (written at the start and the end of the session that began at 6ff666a, then tuned on) `data/pipl_heldout_z.jsonl` and `data/pipl_heldout_aa.jsonl` (written at the start and the end of the session that began at b847157, then tuned on) `data/pipl_heldout_ab.jsonl` (written at the start of the session that began at 3bcafd9, apart from the rules) and the newest, `data/pipl_heldout_ac.jsonl` (written at the end of that session, read once there); call conduct on `data/conduct_calls.jsonl`, then the held-out
  `data/conduct_heldout_b.jsonl` to `data/conduct_heldout_e.jsonl` and the newest, `data/conduct_heldout_f.jsonl`; template conformance on `data/template_labelled.jsonl`).

The labelled sets are synthetic (invented people, numbers and companies), so their texts are printed
with the errors.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

import click

from audit.analysers.base import MessageAnalyser
from audit.analysers.wording import speech_view
from audit.errors import InputRecordError
from audit.finding import Finding
from audit.message import Message, Turn
from audit.pipeline import analyse_message
from training import COLD_DIR, cold_text

DATA = Path(__file__).parent / "data"
# the independent sets, newest first (each written apart from the rules; all but the newest since tuned on)
WORDING_SETS = (*(DATA / f"wording_heldout_{name}.jsonl" for name in ("dc", "db", "da", "cz", "cy", "cx", "cw", "cv", "cu", "ct", "cs", "cr", "cq", "cp", "co", "cn", "cm", "cl", "ck", "cj", "ci", "ch", "cg", "cf", "ce", "cd", "cc", "cb", "ca", "bz", "by", "bx", "bw", "bv", "bu", "bt", "bs", "br", "bq", "bp", "bo", "bn", "bm", "bl", "bk", "bj", "bi", "bh", "bg", "bf", "be", "bd", "bc", "bb", "ba", "az", "ay", "ax", "aw", "av", "au", "at", "as", "ar", "aq", "ap", "ao", "an", "am", "al", "ak", "aj", "ai", "ah", "ag", "af", "ae", "ad", "ac", "ab", *"azyxwvutsrqponmlkjihgfedcb")),
                DATA / "wording_realstyle.jsonl", DATA / "lawful_messages.jsonl", DATA / "wording_labelled.jsonl")
# the sections of benchmarks/eval_<name>.py judge their default set, then these held-out ones (`--set`)
HELD_OUT_SETS = {"pii": (DATA / "pii_heldout.jsonl", *(DATA / f"pipl_heldout_{letter}.jsonl" for letter in (*"bcdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf"))),
                 "conduct": (DATA / "conduct_heldout_b.jsonl", DATA / "conduct_heldout_c.jsonl",
                             DATA / "conduct_heldout_d.jsonl", DATA / "conduct_heldout_e.jsonl",
                             DATA / "conduct_heldout_f.jsonl")}
HELD_OUT_ARGS = {"pii": ("--no-weibo",)}      # the Weibo figures are the same for every set: printed once
CORPUS_DEV = Path(__file__).parent.parent / "training" / "wording_corpus.jsonl"
NOTICE_SET = DATA / "notice_labelled.jsonl"
GATE_CLOCK = "2026-06-10T10:00:00+08:00"   # a Wednesday morning in Beijing
COLD_TEST = COLD_DIR / "test.csv"

WORDING_CATEGORIES = ("abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
                      "misleading.impersonation", "misleading.legal", "coercion.debt_rollover")
# the sets also label disclosures to third parties, which the classifier (and the PII rules) report
JUDGED_CATEGORIES = (*WORDING_CATEGORIES, "pii.third_party_disclosure")
NOTICE_ELEMENTS = ("debtor_id", "amount", "days_overdue", "deadline", "repay_channel", "contact",
                   "letter_number", "issue_date", "legal_notice")
MISSING_RULE_PREFIX = "notice.missing."
COLD_SAFE, COLD_ATTACK_INDIVIDUAL = "0", "1"     # `label` 0 = safe; `fine-grained-label` 1 = attack individual


# ---------------------------------------------------------------- metrics


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: set[str], predicted: set[str]) -> None:
        self.tp += len(expected & predicted)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)


def score_by_class(pairs: Iterable[tuple[set[str], set[str]]], classes: Iterable[str]) -> dict[str, Scores]:
    """Per-class and micro-averaged ("micro") scores of (expected, predicted) label sets, one pair per item.

    Labels outside `classes`, expected or predicted, are ignored: they belong to another analyser.
    """
    classes = tuple(classes)
    scores = {c: Scores() for c in (*classes, "micro")}
    for expected, predicted in pairs:
        expected, predicted = expected & set(classes), predicted & set(classes)
        for c in classes:
            scores[c].add(expected & {c}, predicted & {c})
        scores["micro"].add(expected, predicted)
    return scores


# ---------------------------------------------------------------- labelled data


@dataclass(frozen=True)
class Labelled:
    message: Message
    expected: frozenset[str]


def read_messages(path: Path) -> list[Message]:
    """Every message of a set file; any bad record is an error."""
    from audit.readers import iter_messages

    messages = []
    for record in iter_messages(path):
        if isinstance(record, InputRecordError):
            raise record
        messages.append(record)
    return messages


def load_labelled(path: Path, field_name: str) -> list[Labelled]:
    """The messages of a labelled set with their expected labels; any bad record is an error."""
    items = []
    for line, record in enumerate(read_messages(path), start=1):
        if field_name not in record.extra or not isinstance(record.extra[field_name], list):
            raise InputRecordError(str(path), line, field_name, "missing or not a list")
        items.append(Labelled(record, frozenset(record.extra[field_name])))
    return items


def predicted_categories(analyser: MessageAnalyser, message: Message) -> set[str]:
    return {f.category for f in analyser.analyse(message)} if analyser.applies_to(message) else set()


def predicted_missing(analyser: MessageAnalyser, message: Message) -> set[str]:
    if not analyser.applies_to(message):
        return set()
    return {f.rule_id.removeprefix(MISSING_RULE_PREFIX) for f in analyser.analyse(message)
            if f.rule_id.startswith(MISSING_RULE_PREFIX)}


@dataclass
class SetResult:
    scores: dict[str, Scores]
    errors: list[tuple[Message, frozenset[str], set[str]]]
    flagged_clean: int          # items with no expected label that got a prediction
    clean: int
    seconds: float

    @property
    def false_flag_rate(self) -> float:
        return self.flagged_clean / self.clean if self.clean else 0.0


def evaluate(items: list[Labelled], predict, classes: tuple[str, ...]) -> SetResult:
    """Run `predict(message) -> set of labels` over a labelled set and score it."""
    started = time.perf_counter()
    predictions = [predict(item.message) & set(classes) for item in items]
    seconds = time.perf_counter() - started
    scores = score_by_class(((set(i.expected), p) for i, p in zip(items, predictions)), classes)
    errors = [(i.message, i.expected, p) for i, p in zip(items, predictions) if p != i.expected]
    clean = [p for i, p in zip(items, predictions) if not i.expected]
    return SetResult(scores, errors, sum(1 for p in clean if p), len(clean), seconds)


# ---------------------------------------------------------------- COLD


@dataclass
class ColdResult:
    safe: int = 0
    safe_flagged: int = 0
    attack_individual: int = 0
    attack_individual_insult: int = 0
    rules_on_safe: Counter = field(default_factory=Counter)

    @property
    def safe_flag_rate(self) -> float:
        return self.safe_flagged / self.safe if self.safe else 0.0

    @property
    def insult_recall(self) -> float:
        return self.attack_individual_insult / self.attack_individual if self.attack_individual else 0.0


def cold_rows(path: Path) -> Iterator[dict[str, str]]:
    """COLD's rows, each comment's escaped line breaks and quotes read as those characters (`training.cold_text`)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {**row, "TEXT": cold_text(row["TEXT"])}


def cold_findings(analyser: MessageAnalyser, message_id: str, comment: str) -> list[Finding]:
    """The wording findings on a COLD comment fed as an agent SMS to the debtor."""
    message = Message(message_id=message_id, campaign_id="cold", channel="sms", text=comment, recipient_type="debtor")
    return [f for f in analyser.analyse(message) if f.category in WORDING_CATEGORIES]


def evaluate_cold(analyser: MessageAnalyser, rows: Iterable[dict[str, str]]) -> ColdResult:
    """Each COLD comment as an agent SMS: safe rows flagged (any wording category), insult recall on attacks."""
    result = ColdResult()
    for n, row in enumerate(rows, 1):
        findings = cold_findings(analyser, f"cold-{n}", row["TEXT"])
        if row["label"] == COLD_SAFE:
            result.safe += 1
            if findings:
                result.safe_flagged += 1
                result.rules_on_safe.update({f.rule_id for f in findings})
        if row["fine-grained-label"] == COLD_ATTACK_INDIVIDUAL:
            result.attack_individual += 1
            result.attack_individual_insult += any(f.category == "abuse.insult" for f in findings)
    return result


# ---------------------------------------------------------------- printing


def print_scores(scores: dict[str, Scores], width: int) -> None:
    click.echo(f"  {'':<{width}}  {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}")
    for name, s in scores.items():
        click.echo(f"  {name:<{width}}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}")


def shown_text(message: Message, limit: int = 160) -> str:
    """The agent's words of a synthetic message, on one line (customer turns are not judged)."""
    text = " / ".join(s.text for s in message.agent_segments()).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def print_errors(result: SetResult, limit: int, with_text: bool) -> None:
    if not result.errors or limit <= 0:
        return
    click.echo(f"  errors ({len(result.errors)}, showing {min(limit, len(result.errors))}):")
    for message, expected, predicted in result.errors[:limit]:
        missed, extra = sorted(expected - predicted), sorted(predicted - expected)
        click.echo(f"  - {message.message_id} [{message.channel}] expected {sorted(expected)} predicted "
                   f"{sorted(predicted)}  (missed {missed}, extra {extra})")
        if with_text:
            click.echo(f"      {shown_text(message)}")


def build(name: str, **options: object) -> MessageAnalyser | None:
    """The named analyser, or None (with a note) while its module or rules are not there yet."""
    from audit.analysers import build_analysers

    try:
        return build_analysers([name], **options)[0]
    except ModuleNotFoundError as exc:
        click.echo(f"[{name}] analyser not available ({exc}); section skipped")
        return None


def wording_detectors() -> dict[str, Callable[[Message], set[str]]] | None:
    """Label predictors for the phrase rules alone, the classifier alone and both fused (what `audit scan`
    reports for these categories)."""
    fused = build("wording")
    rules = build("wording", model=False)
    if fused is None or rules is None:
        return None
    classifier = fused.classifier

    def model_alone(message: Message) -> set[str]:
        segments = list(message.agent_segments())
        views = [speech_view(s.text) for s in segments]
        third_party = any(message.addressed_to_third_party(s) for s in segments)
        return {p.category for p in classifier.predict(views, third_party)} if views else set()

    # disclosures to third parties are the PII analyser's rules' to find too, as in `audit scan`, where the fused
    # wording analyser corroborates (or not) the PII analyser's findings (audit.pipeline.analyse_messages)
    pii = build("pii")

    def disclosures(message: Message) -> set[str]:
        found = predicted_categories(pii, message) if pii is not None else set()
        return found & {"pii.third_party_disclosure"}

    scanned = [a for a in (fused, pii) if a is not None]

    def fused_scan(message: Message) -> set[str]:
        found = {f.category for f in analyse_message(message, scanned)}
        return found & set(JUDGED_CATEGORIES)

    return {"rules": lambda m: predicted_categories(rules, m) | disclosures(m), "model": model_alone,
            "both": fused_scan}


def corpus_dev_items(path: Path) -> list[Labelled]:
    """The synthetic families of the training corpus's dev split as labelled messages. Its released files (a set's
    or batch's agent speech, with `source` naming the file) are judged as the files themselves, channel and
    recipient included: `wording_heldout_l` and `_m` are among the shipped sets."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            sample = json.loads(line)
            if sample["split"] != "dev" or "source" in sample:
                continue
            turns = [Turn(t["speaker"], t["text"]) for t in sample["turns"]] if sample.get("turns") else None
            message = Message(f"dev-{n}", "corpus-dev", sample["channel"], text=sample.get("text"), turns=turns,
                              recipient_type=sample.get("recipient_type", "unknown"))
            items.append(Labelled(message, frozenset(sample["labels"])))
    return items


def message_level(items: list[Labelled], predict) -> tuple[float, float]:
    """Recall and precision of "this message violates" (any wording category)."""
    flagged = [bool(predict(i.message) & set(JUDGED_CATEGORIES)) for i in items]
    violating = [bool(i.expected & set(JUDGED_CATEGORIES)) for i in items]
    tp = sum(f and v for f, v in zip(flagged, violating))
    return (tp / sum(violating) if any(violating) else 0.0), (tp / sum(flagged) if any(flagged) else 0.0)


def run_wording_set(name: str, items: list[Labelled], detectors: dict, errors: int, errors_of: str = "both") -> None:
    """Print each detector's figures on one labelled set, then the misjudged messages of `errors_of`'s detector."""
    positives = sum(1 for i in items if i.expected & set(JUDGED_CATEGORIES))
    click.echo(f"== wording: {name}: {len(items)} messages, {positives} violating")
    listed_result = None
    for detector, predict in detectors.items():
        result = evaluate(items, predict, JUDGED_CATEGORIES)
        recall, precision = message_level(items, predict)
        micro = result.scores["micro"]
        click.echo(f"  [{detector}] micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}; "
                   f"message-level R {recall:.3f} P {precision:.3f}; compliant flagged "
                   f"{result.false_flag_rate:.3f} ({result.flagged_clean}/{result.clean}); {result.seconds:.2f} s")
        if positives:
            print_scores({c: v for c, v in result.scores.items() if c != "micro"}, 26)
        if detector == errors_of:
            listed_result = result
    if listed_result is not None:
        print_errors(listed_result, errors, with_text=True)


def run_wording(errors: int, sets: tuple[Path, ...] = WORDING_SETS, corpus_dev: bool = True,
                errors_of: str = "both") -> None:
    detectors = wording_detectors()
    if detectors is None:
        return
    for path in sets:
        if path.exists():
            run_wording_set(path.name, load_labelled(path, "labels"), detectors, errors, errors_of)
        else:
            click.echo(f"== wording: {path.name} not found; skipped")
    if corpus_dev and CORPUS_DEV.exists():
        run_wording_set("training corpus, dev split (thresholds chosen here)", corpus_dev_items(CORPUS_DEV),
                        detectors, errors=0)


SEVERE_PREFIXES = ("threat.", "misleading.")
FORM_PREFIXES = ("notice.", "conduct.")    # what a message's form lacks, not what its words say


def run_gate(sets: tuple[Path, ...] = WORDING_SETS) -> None:
    """The pre-send gate (cn-default, no contact history) on the wording sets: severe messages allowed,
    compliant messages blocked. A message without `sent_at` is judged as sent at GATE_CLOCK, inside contact
    hours, so the figures do not depend on the hour the benchmark runs."""
    from audit.gate import Gate

    gate = Gate("cn-default", check_deadline_s=None)
    try:
        for path in sets:
            if not path.exists():
                continue
            items = load_labelled(path, "labels")
            verdicts = [gate.check(item.message, now=GATE_CLOCK) for item in items]
            decisions = [v.decision for v in verdicts]
            severe = [d for i, d in zip(items, decisions) if any(c.startswith(SEVERE_PREFIXES) for c in i.expected)]
            clean = [v for i, v in zip(items, verdicts) if not i.expected]
            reviewed = [v for v in clean if v.decision == "review"]
            # A letter or a call excerpt of the sets lacks a notice's elements or a call's opening: say how many
            # reviews the wording and PII checks alone make.
            by_content = [v for v in reviewed if any(not r.category.startswith(FORM_PREFIXES) for r in v.reasons)]
            click.echo(f"== gate: {path.name}: severe messages allowed "
                       f"{severe.count('allow')}/{len(severe)}; compliant messages blocked "
                       f"{sum(v.decision == 'block' for v in clean)}/{len(clean)}, reviewed {len(reviewed)}/{len(clean)} "
                       f"({len(by_content)} for wording or personal data, the rest for a notice's elements or a "
                       "call's conduct alone)")
    finally:
        gate.close()


def run_notice(errors: int, profile: str) -> None:
    click.echo(f"== notice: {NOTICE_SET.name} (profile {profile})")
    analyser = build("notice", notice_profile=profile)
    if analyser is None:
        return
    items = load_labelled(NOTICE_SET, "missing")
    result = evaluate(items, lambda m: predicted_missing(analyser, m), NOTICE_ELEMENTS)
    click.echo(f"  {len(items)} notices: {result.clean} complete; (message, element) pairs; "
               f"analysed in {result.seconds:.2f} s")
    print_scores(result.scores, 14)
    click.echo(f"  complete notices flagged: {result.flagged_clean}/{result.clean}")
    print_errors(result, errors, with_text=False)


def run_cold(path: Path) -> None:
    click.echo(f"== cold: {path}")
    if not path.exists():
        click.echo("  COLD test file not found; section skipped")
        return
    for detector, options in (("rules", {"model": False}), ("both", {})):
        analyser = build("wording", **options)
        if analyser is None:
            return
        started = time.perf_counter()
        result = evaluate_cold(analyser, cold_rows(path))
        click.echo(f"  [{detector}] analysed in {time.perf_counter() - started:.2f} s")
        print_cold(result)


def print_cold(result: ColdResult) -> None:
    click.echo(f"  safe rows (label 0) flagged: {result.safe_flag_rate:.3f} ({result.safe_flagged}/{result.safe})")
    click.echo(f"  abuse.insult recall on attack-individual rows (fine-grained 1): {result.insult_recall:.3f} "
               f"({result.attack_individual_insult}/{result.attack_individual})")
    if result.rules_on_safe:
        top = ", ".join(f"{rule} {n}" for rule, n in result.rules_on_safe.most_common(8))
        click.echo(f"  rules firing on safe rows: {top}")


def run_section_module(name: str) -> None:
    """Run `benchmarks/eval_<name>.py`'s `main()` (the pii, conduct and template sections live there)."""
    click.echo(f"== {name}")
    if not (Path(__file__).parent / f"eval_{name}.py").exists():
        click.echo(f"  benchmarks/eval_{name}.py not there; section skipped")
        return
    main_of_section = import_module(f"benchmarks.eval_{name}").main
    if isinstance(main_of_section, click.Command):
        main_of_section.main(args=[], standalone_mode=False)
        for held_out in HELD_OUT_SETS.get(name, ()):
            main_of_section.main(args=["--set", str(held_out), *HELD_OUT_ARGS.get(name, ())], standalone_mode=False)
        return
    argv, sys.argv = sys.argv, [f"eval_{name}"]     # an argparse main: its defaults, not this command's options
    try:
        main_of_section()
    finally:
        sys.argv = argv


@click.command()
@click.option("--section", type=click.Choice(["wording", "gate", "notice", "cold", "pii", "conduct", "template",
                                               "all"]),
              default="all",
              show_default=True)
@click.option("--errors", "errors", type=int, default=30, show_default=True, help="How many misjudged messages to list.")
@click.option("--errors-of", "errors_of", type=click.Choice(["rules", "model", "both"]), default="both",
              show_default=True, help="Whose misjudged wording messages to list: the rules alone, the classifier "
                                      "alone, or both fused (what `audit scan` reports).")
@click.option("--notice-profile", default="default", show_default=True)
@click.option("--cold", "cold_path", type=click.Path(dir_okay=False, path_type=Path), default=COLD_TEST,
              show_default=True, help="COLD test.csv (UTF-8 with BOM).")
@click.option("--wording-set", "wording_sets", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Judge these labelled files instead of the shipped wording sets (wording and gate sections; "
                   "the corpus dev split is left out). Repeatable.")
def main(section: str, errors: int, errors_of: str, notice_profile: str, cold_path: Path,
         wording_sets: tuple[Path, ...]) -> None:
    """Evaluate the analysers on the labelled sets and COLD; print the figures."""
    sets = wording_sets or WORDING_SETS
    if section in ("wording", "all"):
        run_wording(errors, sets, corpus_dev=not wording_sets, errors_of=errors_of)
    if section in ("gate", "all"):
        run_gate(sets)
    if section in ("notice", "all"):
        run_notice(errors, notice_profile)
    if section in ("cold", "all"):
        run_cold(cold_path)
    for name in ("pii", "conduct", "template"):
        if section in (name, "all"):
            run_section_module(name)


if __name__ == "__main__":
    main()
