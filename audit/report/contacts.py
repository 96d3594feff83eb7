"""Contact-log facts a campaign report needs, per campaign.

The contact summary (per agent and per debtor: attempts per local day, outside-hours, third-party and
connected shares; the attempts-per-day distribution) is `audit.contact_summary`'s, only reshaped
here for summary.json. What stays here is report-specific: calls by local hour, and which agent made
each contact that a frequency finding is about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from audit.contact_summary import attempts_per_day_distribution, contact_summary, local_contact_facts
from audit.contacts import read_contacts
from audit.masking import mask_evidence
from audit.policy import Policy

TOP_DEBTORS = 20
SHARE_DIGITS = 4


@dataclass
class BreachedContact:
    agent_id: str | None
    call_hour: int | None       # local hour, for calls only


@dataclass
class ContactFacts:
    campaign_id: str
    contacts: int = 0
    debtors: int = 0
    outside_hours: int | None = 0     # None: the policy sets no allowed hours
    third_party: int = 0
    by_agent: dict[str, dict] = field(default_factory=dict)          # agent -> its contact-summary row
    top_debtors: list[dict] = field(default_factory=list)            # most contacted first, ids masked
    attempts_per_day: dict[int, int] = field(default_factory=dict)   # attempts in a local day -> debtor-days
    calls_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    breached: dict[str, BreachedContact] = field(default_factory=dict)  # only contacts with findings

    def breach_figures(self, findings: list[dict]) -> dict:
        """The campaign's contact summary with its frequency findings per debtor, agent and call hour."""
        breached = {f["contact_id"] for f in findings if f.get("contact_id")}
        breach_hours = [0] * 24
        agent_breaches: Counter = Counter()
        for contact_id in breached:
            contact = self.breached.get(contact_id)
            if contact is None:
                continue
            if contact.call_hour is not None:
                breach_hours[contact.call_hour] += 1
            if contact.agent_id:
                agent_breaches[contact.agent_id] += 1
        by_debtor: dict[str, Counter] = defaultdict(Counter)
        for f in findings:
            by_debtor[f.get("debtor_id") or ""][f["category"]] += 1

        def breach_rate(agent: str) -> float:
            return round(agent_breaches[agent] * 1000 / self.by_agent[agent]["contacts"], 2)

        return {
            "contacts": self.contacts,
            "findings": len(findings),
            "contacts_in_breach": len(breached),
            "per_1000_contacts": None if not self.contacts else round(len(findings) * 1000 / self.contacts, 2),
            "debtors_contacted": self.debtors,
            "debtors_in_breach": len(by_debtor),
            "outside_hours": self.outside_hours,
            "outside_hours_share": _share(self.outside_hours, self.contacts),
            "third_party": self.third_party,
            "third_party_share": _share(self.third_party, self.contacts),
            "by_debtor": [
                # debtor ids can be account numbers: shown masked like any identifier
                {"debtor_id": mask_evidence(debtor), "findings": sum(cats.values()), "by_category": dict(cats)}
                for debtor, cats in sorted(by_debtor.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
            ][:TOP_DEBTORS],
            "by_agent": [
                {"agent_id": agent, **row, "contacts_in_breach": agent_breaches[agent],
                 "breach_per_1000": breach_rate(agent)}
                for agent, row in sorted(self.by_agent.items(), key=lambda kv: (-breach_rate(kv[0]), kv[0]))
            ],
            "top_debtors_by_contacts": self.top_debtors,
            "attempts_per_day": [{"attempts": n, "debtor_days": days} for n, days in self.attempts_per_day.items()],
            "calls_by_hour": list(self.calls_by_hour),
            "breach_calls_by_hour": breach_hours,
        }


def read_contact_facts(path: str | Path, policy: Policy, breached_ids: Iterable[str],
                       encoding: str | None = None) -> tuple[dict[str, ContactFacts], dict]:
    """Facts per campaign from a contact log, and its read counts (bad records are skipped and counted)."""
    frame, counts = read_contacts(path, encoding=encoding, on_error="skip")
    facts = contact_facts(frame, policy, set(breached_ids))
    read = {"read": counts.read, "accepted": len(frame), "rejected": counts.rejected}
    return facts, read


def contact_facts(frame: pd.DataFrame, policy: Policy, breached_ids: set[str]) -> dict[str, ContactFacts]:
    """Hours and days are the recipient's local ones: `recipient_tz` when given, else the policy's zone."""
    if frame.empty:
        return {}
    local = local_contact_facts(frame, policy)
    hours = local["hour"].to_numpy()
    agent = frame["agent_id"].astype(object).where(frame["agent_id"].notna(), None).to_numpy() \
        if "agent_id" in frame else np.full(len(frame), None, dtype=object)
    is_call = (frame["channel"].astype(str) == "call").to_numpy()
    contact_ids = frame["contact_id"].astype(str)
    is_breached = contact_ids.isin(breached_ids).to_numpy()
    ids = np.where(is_breached, contact_ids.to_numpy(dtype=object), None)   # only breached contacts need theirs

    facts = {}
    for campaign_id, rows in frame.groupby("campaign_id", observed=True).indices.items():
        campaign = _summarised(str(campaign_id), _slice(local, rows), policy)
        campaign.calls_by_hour = np.bincount(hours[rows][is_call[rows]], minlength=24).tolist()
        for row in rows[is_breached[rows]]:
            campaign.breached[ids[row]] = BreachedContact(agent[row], int(hours[row]) if is_call[row] else None)
        facts[campaign.campaign_id] = campaign
    return facts


def _summarised(campaign_id: str, contacts: pd.DataFrame, policy: Policy) -> ContactFacts:
    """One campaign's contact summary from its contacts' local facts: every contact has a debtor, so the
    debtors' rows add up to the campaign."""
    debtors = contact_summary(contacts, by="debtor_id")
    agents = contact_summary(contacts, by="agent_id")
    distribution = attempts_per_day_distribution(contacts, by="debtor_id")
    top = _records(debtors.head(TOP_DEBTORS), "debtor_id")
    by_agent = _records(agents, "agent_id")
    for row in top:
        row["debtor_id"] = mask_evidence(row["debtor_id"])
    outside_hours: int | None = int(debtors["outside_hours"].sum())
    if policy.allowed_hours is None:
        # without allowed hours nothing is outside them: "not judged", not a reassuring 0%
        outside_hours = None
        for row in (*top, *by_agent):
            row["outside_hours"] = row["outside_hours_share"] = None
    return ContactFacts(
        campaign_id, contacts=len(contacts), debtors=len(debtors),
        outside_hours=outside_hours, third_party=int(debtors["third_party"].sum()),
        by_agent={row.pop("agent_id"): row for row in by_agent},
        top_debtors=top,
        attempts_per_day={int(n): int(days) for n, days in distribution.items()},
    )


def _slice(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """One campaign's facts, its id categoricals cut to the ids it has (group-bys over all the log's are slow)."""
    part = frame.iloc[rows]
    return part.assign(**{c: part[c].cat.remove_unused_categories() for c in ("debtor_id", "agent_id")
                          if c in part and isinstance(part[c].dtype, pd.CategoricalDtype)})


def _records(summary: pd.DataFrame, key: str) -> list[dict]:
    """Summary rows as JSON-ready dicts (Python numbers; the p90's float noise rounded away)."""
    records = summary.rename_axis(key).reset_index().to_dict("records")
    return [{k: str(v) if k == key else round(v, SHARE_DIGITS) if isinstance(v, float) else v
             for k, v in record.items()} for record in records]


def _share(part: int | None, whole: int) -> float | None:
    return None if part is None or not whole else round(part / whole, SHARE_DIGITS)
