"""The numbers of a campaign report, from findings + messages (+ contacts): what summary.json holds.

Rates are per 1,000 of what a finding is about: findings on messages per 1,000 messages, frequency
findings (on contact attempts) per 1,000 contacts. Every count reconciles with the inputs: the
categories' findings sum to the campaign's findings, and findings whose message is not among the
messages read are counted, never dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from audit.finding import Severity
from audit.masking import mask_evidence
from audit.message import Message
from audit.report.conduct import (
    ConductTally,
    choose_worst_calls,
    conduct_positions,
    conduct_summary,
    is_conversation,
)
from audit.report.contacts import ContactFacts
from audit.report.context import masked_context, segment_text
from audit.report.inputs import FindingIndex
from audit.report.rates import per_1000
from audit.report.templates import template_bearing, template_summary
from audit.report.verdict import judge

SEVERITIES = tuple(sorted((s.value for s in Severity), key=lambda v: -Severity(v).rank))
EXAMPLES_PER_CAMPAIGN = 8
TOP_RULES = 10
MISSING_ELEMENT_PREFIX = "notice.missing."
NOTICE_MISSING = "notice.missing_element"


@dataclass
class GroupTally:
    """Messages of one channel / agent / template, and the findings on them."""

    messages: int = 0
    flagged: int = 0
    findings: int = 0

    def row(self, key_name: str, key: str) -> dict:
        return {key_name: key, "messages": self.messages, "flagged_messages": self.flagged,
                "findings": self.findings, "findings_per_1000": per_1000(self.findings, self.messages),
                "flagged_per_1000": per_1000(self.flagged, self.messages)}


@dataclass
class CampaignTally:
    """Everything counted while the messages stream past, for one campaign."""

    campaign_id: str
    messages: int = 0
    flagged: int = 0
    notices: int = 0
    incomplete_notices: int = 0
    by_channel: dict[str, GroupTally] = field(default_factory=lambda: defaultdict(GroupTally))
    by_agent: dict[str, GroupTally] = field(default_factory=lambda: defaultdict(GroupTally))
    by_template: dict[str, GroupTally] = field(default_factory=lambda: defaultdict(GroupTally))
    matched: set[int] = field(default_factory=set)            # findings whose message was read
    contexts: dict[int, dict] = field(default_factory=dict)   # example finding -> masked context
    conduct: ConductTally = field(default_factory=ConductTally)
    template_messages: list[Message] = field(default_factory=list)   # template-bearing, without their words

    def add(self, message: Message, positions: list[int], index: FindingIndex, examples: set[int],
            worst_calls: set[str]) -> None:
        self.messages += 1
        flagged = bool(positions)
        self.flagged += flagged
        groups = [self.by_channel[message.channel]]
        if message.agent_id:
            groups.append(self.by_agent[message.agent_id])
        if message.template_id:
            groups.append(self.by_template[message.template_id])
        for group in groups:
            group.messages += 1
            group.flagged += flagged
            group.findings += len(positions)
        if message.channel == "notice":
            self.notices += 1
            self.incomplete_notices += any(index.findings[p]["category"] == NOTICE_MISSING for p in positions)
        self.matched.update(positions)
        for position in examples.intersection(positions):
            context = _context_of(message, index.findings[position])
            if context is not None:
                self.contexts[position] = context
        if is_conversation(message):
            self.conduct.add(message, [index.findings[p] for p in conduct_positions(index, positions)], worst_calls)
        kept = template_bearing(message, [index.findings[p] for p in positions])
        if kept is not None:
            self.template_messages.append(kept)


def _context_of(message: Message, finding: dict) -> dict | None:
    start, end = finding.get("start"), finding.get("end")
    text = segment_text(message, finding.get("turn"))
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    context = masked_context(text, start, end)
    return None if context is None else {**context.to_dict(), "clipped_before": context.clipped_before,
                                         "clipped_after": context.clipped_after}


def choose_examples(findings: list[dict], positions: list[int], limit: int = EXAMPLES_PER_CAMPAIGN) -> list[int]:
    """The findings to show as examples: worst first, one per rule before any rule repeats."""
    on_messages = [p for p in positions if findings[p].get("message_id")]
    ranked = sorted(on_messages, key=lambda p: (-Severity(findings[p]["severity"]).rank, findings[p]["rule_id"],
                                                findings[p]["message_id"], findings[p].get("start") or 0))
    first_of_rule, repeats, seen = [], [], set()
    for p in ranked:
        (repeats if findings[p]["rule_id"] in seen else first_of_rule).append(p)
        seen.add(findings[p]["rule_id"])
    return (first_of_rule + repeats)[:limit]


def campaign_figures(
    index: FindingIndex,
    messages: Iterable[Message],
    thresholds: dict,
    contacts: dict[str, ContactFacts] | None = None,
    stage_of: Callable[[int], str | None] | None = None,
) -> dict[str, dict]:
    """summary.json content for every campaign seen in findings, messages or contacts; `stage_of` names the
    collection stage of a number of days overdue (the policy's), for the template section."""
    positions_by_campaign: dict[str, list[int]] = defaultdict(list)
    for position, finding in enumerate(index.findings):
        positions_by_campaign[finding["campaign_id"]].append(position)
    examples = {c: choose_examples(index.findings, ps) for c, ps in positions_by_campaign.items()}
    example_sets = {c: set(ps) for c, ps in examples.items()}
    worst_calls = {c: choose_worst_calls(index, ps) for c, ps in positions_by_campaign.items()}
    worst_sets = {c: set(ids) for c, ids in worst_calls.items()}

    tallies: dict[str, CampaignTally] = {}
    for message in messages:
        tally = tallies.get(message.campaign_id) or tallies.setdefault(message.campaign_id,
                                                                       CampaignTally(message.campaign_id))
        tally.add(message, index.for_message(message), index, example_sets.get(message.campaign_id, set()),
                  worst_sets.get(message.campaign_id, set()))

    campaigns = sorted(set(positions_by_campaign) | set(tallies) | set(contacts or {}))
    return {
        c: _summary(tallies.get(c) or CampaignTally(c), index, positions_by_campaign.get(c, []),
                    examples.get(c, []), thresholds,
                    None if contacts is None else contacts.get(c) or ContactFacts(c), worst_calls.get(c, []), stage_of)
        for c in campaigns
    }


def _summary(tally: CampaignTally, index: FindingIndex, positions: list[int], examples: list[int],
             thresholds: dict, contacts: ContactFacts | None, worst_calls: list[str],
             stage_of: Callable[[int], str | None] | None) -> dict:
    findings = [index.findings[p] for p in positions]
    on_messages = [f for f in findings if f.get("message_id")]
    on_contacts = [f for f in findings if not f.get("message_id")]
    n_contacts = None if contacts is None else contacts.contacts

    severity_counts = Counter(f["severity"] for f in on_messages)
    high_or_worse = severity_counts["critical"] + severity_counts["high"]
    notice_rate = None if tally.notices == 0 else round(1 - tally.incomplete_notices / tally.notices, 4)
    unmatched = sum(1 for p in positions if index.findings[p].get("message_id") and p not in tally.matched)
    verdict = judge({
        "critical_per_1000_messages": per_1000(severity_counts["critical"], tally.messages),
        "high_per_1000_messages": per_1000(high_or_worse, tally.messages),
        "findings_per_1000_messages": per_1000(len(on_messages), tally.messages),
        "frequency_breaches_per_1000_contacts": None if not n_contacts else per_1000(len(on_contacts), n_contacts),
        "notice_completeness_below": notice_rate,
        "findings_without_message": unmatched,
    }, thresholds)

    return {
        "campaign_id": tally.campaign_id,
        "verdict": verdict.to_dict(),
        "totals": {
            "messages": tally.messages,
            "flagged_messages": tally.flagged,
            "flagged_per_1000": per_1000(tally.flagged, tally.messages),
            "findings": len(findings),
            "findings_on_messages": len(on_messages),
            "findings_on_contacts": len(on_contacts),
            "findings_without_message": unmatched,
            "findings_per_1000_messages": per_1000(len(on_messages), tally.messages),
            "contacts": n_contacts,
        },
        "by_category": _by_category(on_messages, on_contacts, tally.messages, n_contacts),
        "by_severity": _by_severity(on_messages, on_contacts, tally.messages, n_contacts),
        "by_channel": _group_rows("channel", tally.by_channel),
        "by_agent": _group_rows("agent_id", tally.by_agent),
        "by_template": _group_rows("template_id", tally.by_template),
        "top_rules": _top_rules(findings),
        "examples": [_example(index.findings[p], tally.contexts.get(p)) for p in examples],
        "notices": {
            "notices": tally.notices,
            "complete": tally.notices - tally.incomplete_notices,
            "completeness_rate": notice_rate,
            "missing_by_element": _missing_elements(on_messages),
        },
        "frequency": None if contacts is None else contacts.breach_figures(on_contacts),
        "conduct": conduct_summary(tally.conduct, on_messages, worst_calls),
        "templates": template_summary(tally.template_messages, on_messages, stage_of),
    }


def _by_category(on_messages: list[dict], on_contacts: list[dict], messages: int, contacts: int | None) -> list[dict]:
    rows = []
    for basis, findings, base in (("messages", on_messages, messages), ("contacts", on_contacts, contacts or 0)):
        counts = Counter(f["category"] for f in findings)
        for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            worst = max((f["severity"] for f in findings if f["category"] == category), key=lambda s: Severity(s).rank)
            rows.append({"category": category, "findings": n, "basis": basis, "per_1000": per_1000(n, base),
                         "worst_severity": worst})
    return rows


def _by_severity(on_messages: list[dict], on_contacts: list[dict], messages: int, contacts: int | None) -> list[dict]:
    on_m, on_c = Counter(f["severity"] for f in on_messages), Counter(f["severity"] for f in on_contacts)
    return [{"severity": s, "findings": on_m[s] + on_c[s],
             "findings_on_messages": on_m[s], "per_1000_messages": per_1000(on_m[s], messages),
             "findings_on_contacts": on_c[s], "per_1000_contacts": per_1000(on_c[s], contacts or 0)}
            for s in SEVERITIES]


def _group_rows(key_name: str, groups: dict[str, GroupTally]) -> list[dict]:
    ordered = sorted(groups.items(), key=lambda kv: (-(per_1000(kv[1].findings, kv[1].messages) or 0), kv[0]))
    return [tally.row(key_name, key) for key, tally in ordered]


def _top_rules(findings: list[dict]) -> list[dict]:
    counts = Counter(f["rule_id"] for f in findings)
    first = {}
    for f in findings:
        first.setdefault(f["rule_id"], f)
    return [{"rule_id": rule, "findings": n, "category": first[rule]["category"], "severity": first[rule]["severity"],
             "regulation": first[rule].get("regulation", ""), "explanation": first[rule].get("explanation", "")}
            for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_RULES]]


def _example(finding: dict, context: dict | None) -> dict:
    """A finding as shown: its (already masked) evidence, and a masked context when the message was read."""
    keys = ("message_id", "turn", "rule_id", "category", "severity", "regulation", "explanation")
    evidence = finding.get("evidence")
    return {**{k: finding.get(k) for k in keys}, "context": context,
            # masked upstream too; masking twice is harmless
            "evidence": mask_evidence(evidence) if isinstance(evidence, str) else None}


def _missing_elements(findings: list[dict]) -> dict[str, int]:
    counts = Counter(f["rule_id"][len(MISSING_ELEMENT_PREFIX):] for f in findings
                     if f["category"] == NOTICE_MISSING and f["rule_id"].startswith(MISSING_ELEMENT_PREFIX))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
