"""The quarterly roll-up: every campaign of a quarter, with trends against the earlier quarters given.

Findings carry no date, so each is dated by what it is about: its message's `sent_at` (local date
as sent) or its contact's timestamp (the recipient's local time). Findings that cannot be dated are
counted and shown, never silently dropped. Output: `DIR/<quarter>/` with quarterly.html,
quarterly.xlsx and summary.json, written as one folder.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from markupsafe import Markup

from audit.atomic import staged_folder, write_text_atomic
from audit.contacts import local_wall_ns, read_contacts
from audit.report import charts
from audit.report.campaign import report_policy
from audit.report.figures import SEVERITIES, per_1000
from audit.report.html import Labels, render
from audit.report.inputs import FindingIndex, ReadCounts, iter_messages, load_findings
from audit.report.tables import Table, write_xlsx

SUMMARY_SCHEMA = "collection-audit/quarterly-summary/1"
EARLIER_QUARTERS = 3            # trends reach back this many quarters, when their data is given
TOP_AGENTS = 15
TREND_CATEGORIES = 8            # lines in the monthly trend chart (the most frequent categories)
CHARTED_CAMPAIGNS = 15
FREQUENCY_PREFIX = "frequency."
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text.strip())
        if not match:
            raise ValueError(f"quarter {text!r}: expected YEARQn, e.g. 2026Q3")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    def months(self) -> list[str]:
        return [f"{self.year}-{3 * (self.number - 1) + i:02d}" for i in (1, 2, 3)]

    def previous(self) -> Quarter:
        return Quarter(self.year, self.number - 1) if self.number > 1 else Quarter(self.year - 1, 4)

    @classmethod
    def of_month(cls, month: str) -> Quarter:
        year, mon = month.split("-")
        return cls(int(year), (int(mon) - 1) // 3 + 1)


@dataclass
class Rate:
    base: int = 0           # messages (or contacts)
    findings: int = 0
    critical: int = 0
    flagged: int = 0

    def to_dict(self) -> dict:
        return {"messages": self.base, "findings": self.findings, "critical": self.critical,
                "flagged_messages": self.flagged, "findings_per_1000": per_1000(self.findings, self.base),
                "critical_per_1000": per_1000(self.critical, self.base)}


class EmptyQuarter(Exception):
    """The quarter holds no dated message and no contact: a report of it would be empty, and an empty
    report filed by mistake (a wrong --quarter, the wrong files) reads as a clean quarter."""


@dataclass
class QuarterTally:
    months: list[str]
    by_month: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    month_categories: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_campaign: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))        # target quarter
    by_agent: dict[Quarter, dict[str, Rate]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Rate)))
    contacts_by_month: Counter = field(default_factory=Counter)
    # per quarter and agent: contacts (base) and contacts with a frequency finding (findings)
    agent_contacts: dict[Quarter, dict[str, Rate]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Rate)))
    undated_messages: int = 0
    dated_findings: set[int] = field(default_factory=set)


def write_quarterly_report(
    findings_paths: Sequence[str | Path],
    messages_paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    quarter: str,
    contacts_path: str | Path | None = None,
    policy: str | Path | None = None,
    lang: str = "zh",
    encoding: str | None = None,
) -> Path:
    """Write `out_dir/<quarter>/` (quarterly.html, quarterly.xlsx, summary.json); return the folder.

    Raises `EmptyQuarter`, writing nothing, when no message or contact of the files falls in the quarter."""
    labels = Labels(lang)
    target = Quarter.parse(quarter)
    zone = report_policy(policy)[1].timezone
    findings = [f for path in findings_paths for f in load_findings(path)]
    index = FindingIndex(findings)
    months = [m for q in _quarters_back(target) for m in q.months()]
    counts = ReadCounts()
    tally = QuarterTally(months)
    for message in iter_messages(messages_paths, counts, encoding):
        _add_message(tally, index, message, target)
    contact_counts = _add_contacts(tally, index, contacts_path, zone, encoding, target) if contacts_path else None
    if not any(tally.by_month[m].base or tally.contacts_by_month[m] for m in target.months()):
        raise EmptyQuarter(f"no message sent and no contact made in {target} in the files given "
                           f"({counts.read} message(s) read); no report written")
    summary = _summary(tally, index, target, counts, contact_counts, findings_paths, messages_paths)
    folder = Path(out_dir) / str(target)
    with staged_folder(folder) as staging:
        write_text_atomic(staging / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        ranking, others = _tables(summary, labels)
        write_xlsx(staging / "quarterly.xlsx", (labels["ranking_sheet"], ranking), (labels["summary_sheet"], others))
        write_text_atomic(staging / "quarterly.html", render(
            "quarterly.html.j2", labels, s=summary, charts=_charts(summary, labels), generated_at=summary["generated_at"]))
    return folder


def _quarters_back(target: Quarter) -> list[Quarter]:
    quarters = [target]
    for _ in range(EARLIER_QUARTERS):
        quarters.insert(0, quarters[0].previous())
    return quarters


def _add_message(tally: QuarterTally, index: FindingIndex, message, target: Quarter) -> None:
    positions = index.for_message(message)
    if message.sent_at is None:
        tally.undated_messages += 1
        return
    month = message.sent_at.strftime("%Y-%m")        # the local date the message was sent on
    if month not in tally.months:
        return
    tally.dated_findings.update(positions)
    found = [index.findings[p] for p in positions]
    critical = sum(f["severity"] == "critical" for f in found)
    rates = [tally.by_month[month]]
    quarter = Quarter.of_month(month)
    if quarter == target:
        rates.append(tally.by_campaign[message.campaign_id])
    if message.agent_id and quarter in (target, target.previous()):
        rates.append(tally.by_agent[quarter][message.agent_id])
    for rate in rates:
        rate.base += 1
        rate.findings += len(found)
        rate.critical += critical
        rate.flagged += bool(found)
    tally.month_categories[month].update(f["category"] for f in found)


def _add_contacts(tally: QuarterTally, index: FindingIndex, path: str | Path, zone: str, encoding: str | None,
                  target: Quarter) -> dict:
    """Contacts per month (the base of frequency rates), the month of each frequency finding, and
    each agent's contacts and breached contacts in this quarter and the one before."""
    frame, counts = read_contacts(path, encoding=encoding, on_error="skip")
    if not frame.empty:
        wall = local_wall_ns(frame["timestamp"], frame.get("recipient_tz"), zone)
        months = np.datetime_as_string(wall.astype("datetime64[ns]"), unit="M")
        ids = frame["contact_id"].astype(str).to_numpy()
        agents = frame["agent_id"].astype(object).to_numpy() if "agent_id" in frame else [None] * len(frame)
        compared = {str(q): q for q in (target, target.previous())}
        tally.contacts_by_month.update(m for m in months if m in tally.months)
        for contact_id, month, agent in zip(ids, months, agents):
            if month not in tally.months:
                continue
            positions = index.by_contact.get(contact_id)
            if positions:
                tally.dated_findings.update(positions)
                tally.month_categories[month].update(index.findings[p]["category"] for p in positions)
            quarter = compared.get(str(Quarter.of_month(month)))
            if quarter is not None and isinstance(agent, str):
                rate = tally.agent_contacts[quarter][agent]
                rate.base += 1
                rate.findings += bool(positions)
    return {"read": counts.read, "accepted": len(frame), "rejected": counts.rejected}


def _summary(tally: QuarterTally, index: FindingIndex, target: Quarter, counts: ReadCounts,
             contact_counts: dict | None, findings_paths, messages_paths) -> dict:
    findings = index.findings
    categories = Counter(findings[p]["category"] for p in tally.dated_findings)
    quarters = _quarters_back(target)
    while len(quarters) > 1 and not any(tally.by_month[m].base or tally.contacts_by_month[m]
                                        for m in quarters[0].months()):
        quarters.pop(0)             # earlier quarters are shown only when their data was given
    months = [m for q in quarters for m in q.months()]
    frequency_months = bool(tally.contacts_by_month)

    def monthly_rate(month: str, category: str) -> float | None:
        base = tally.contacts_by_month[month] if category.startswith(FREQUENCY_PREFIX) else tally.by_month[month].base
        return per_1000(tally.month_categories[month][category], base)

    previous = target.previous()
    agents = sorted(tally.by_agent[target].items(),
                    key=lambda kv: (-(per_1000(kv[1].findings, kv[1].base) or 0), kv[0]))[:TOP_AGENTS]
    return {
        "schema": SUMMARY_SCHEMA,
        "quarter": str(target),
        "generated_at": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
        "inputs": {
            "findings_files": [Path(p).name for p in findings_paths],
            "findings": len(findings),
            "findings_dated_in_window": len(tally.dated_findings),
            "findings_undated_or_outside": len(findings) - len(tally.dated_findings),
            "messages_files": [Path(p).name for p in messages_paths],
            "messages": counts.to_dict(),
            "messages_without_sent_at": tally.undated_messages,
            "contacts": contact_counts,
        },
        "months": months,
        "by_month": [{"month": m, "quarter": str(Quarter.of_month(m)), **tally.by_month[m].to_dict(),
                      "contacts": tally.contacts_by_month[m] if frequency_months else None,
                      "by_category": {c: {"findings": tally.month_categories[m][c], "per_1000": monthly_rate(m, c)}
                                      for c in sorted(categories)}}
                     for m in months],
        "by_quarter": [_quarter_row(q, tally) for q in quarters],
        "campaign_ranking": [
            {"rank": i, "campaign_id": c, **rate.to_dict()}
            for i, (c, rate) in enumerate(sorted(tally.by_campaign.items(),
                                                 key=lambda kv: (-(per_1000(kv[1].findings, kv[1].base) or 0), kv[0])),
                                          start=1)
        ],
        "top_agents": [
            {"agent_id": a, **rate.to_dict(),
             "previous_findings_per_1000": per_1000(tally.by_agent[previous][a].findings,
                                                    tally.by_agent[previous][a].base)
             if a in tally.by_agent[previous] else None}
            for a, rate in agents
        ],
        "top_agents_frequency": _agents_by_breach_rate(tally, target) if frequency_months else None,
        "categories": [c for c, _ in categories.most_common()],
        "severities": list(SEVERITIES),
    }


def _agents_by_breach_rate(tally: QuarterTally, target: Quarter) -> list[dict]:
    current, previous = tally.agent_contacts[target], tally.agent_contacts[target.previous()]
    ranked = sorted(current.items(), key=lambda kv: (-kv[1].findings / kv[1].base, kv[0]))[:TOP_AGENTS]
    return [{"agent_id": agent, "contacts": rate.base, "contacts_in_breach": rate.findings,
             "breach_per_1000": per_1000(rate.findings, rate.base),
             "previous_breach_per_1000": per_1000(previous[agent].findings, previous[agent].base)
             if agent in previous else None}
            for agent, rate in ranked]


def _quarter_row(quarter: Quarter, tally: QuarterTally) -> dict:
    rate = Rate()
    for month in quarter.months():
        m = tally.by_month.get(month)
        if m:
            rate.base += m.base
            rate.findings += m.findings
            rate.critical += m.critical
            rate.flagged += m.flagged
    return {"quarter": str(quarter), **rate.to_dict()}


def _charts(summary: dict, labels: Labels) -> dict[str, Markup]:
    per = labels["per_1000"]
    message_categories = [c for c in summary["categories"] if not c.startswith(FREQUENCY_PREFIX)]
    contact_categories = [c for c in summary["categories"] if c.startswith(FREQUENCY_PREFIX)]
    return {
        # two charts, because the rates have different bases (messages / contacts)
        "trend": _trend_chart(summary, message_categories, "messages", labels["trend_by_category"], labels),
        "trend_contacts": _trend_chart(summary, contact_categories, "contacts", labels["per_1000_contacts"], labels),
        "quarters": charts.bar_chart([charts.Bar(q["quarter"], q["findings_per_1000"] or 0, per)
                                      for q in summary["by_quarter"]], labels["trend_by_quarter"]),
        "ranking": charts.bar_chart([charts.Bar(r["campaign_id"], r["findings_per_1000"] or 0, per)
                                     for r in summary["campaign_ranking"][:CHARTED_CAMPAIGNS]], labels["campaign_ranking"]),
        "agents": charts.bar_chart([charts.Bar(r["agent_id"], r["findings_per_1000"] or 0, per)
                                    for r in summary["top_agents"]], labels["top_agents"]),
        "agents_frequency": charts.bar_chart([charts.Bar(r["agent_id"], r["breach_per_1000"] or 0, per, charts.BREACH)
                                              for r in summary["top_agents_frequency"] or []],
                                             labels["top_agents_frequency"]),
    }


def _trend_chart(summary: dict, categories: list[str], basis: str, title: str, labels: Labels) -> Markup:
    series = {labels.category_name(c): [row["by_category"][c]["per_1000"] if row[basis] else None
                                        for row in summary["by_month"]]
              for c in categories[:TREND_CATEGORIES]}
    return charts.line_chart(summary["months"], series, title, width=1000)


def _tables(summary: dict, labels: Labels) -> tuple[Table, list[Table]]:
    L = labels
    rate_columns = [L["messages"], L["findings"], L["per_1000_messages"], L["critical_findings"]]
    ranking = Table(L["campaign_ranking"], [L["rank"], L["campaign"], *rate_columns],
                    [[r["rank"], r["campaign_id"], r["messages"], r["findings"], r["findings_per_1000"], r["critical"]]
                     for r in summary["campaign_ranking"]])
    quarters = Table(L["trend_by_quarter"], [L["quarter"], *rate_columns],
                     [[q["quarter"], q["messages"], q["findings"], q["findings_per_1000"], q["critical"]]
                      for q in summary["by_quarter"]])
    months = Table(L["trend_by_category"], [L["month"], L["messages"], *[L.category_name(c) for c in summary["categories"]]],
                   [[m["month"], m["messages"], *[m["by_category"][c]["per_1000"] for c in summary["categories"]]]
                    for m in summary["by_month"]])
    agents = Table(L["top_agents"], [L["agent"], *rate_columns, L["previous_quarter"]],
                   [[a["agent_id"], a["messages"], a["findings"], a["findings_per_1000"], a["critical"],
                     a["previous_findings_per_1000"]] for a in summary["top_agents"]])
    tables = [quarters, months, agents]
    if summary["top_agents_frequency"] is not None:
        tables.append(Table(L["top_agents_frequency"],
                            [L["agent"], L["contacts"], L["frequency_breaches"], L["per_1000"], L["previous_quarter"]],
                            [[a["agent_id"], a["contacts"], a["contacts_in_breach"], a["breach_per_1000"],
                              a["previous_breach_per_1000"]] for a in summary["top_agents_frequency"]]))
    return ranking, tables
