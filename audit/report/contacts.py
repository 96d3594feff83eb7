"""Contact-log facts a campaign report needs: attempts per agent, calls by local hour, and who made
the contacts that frequency findings are about. Computed a column at a time from the validated log
that `audit.contacts.read_contacts` returns.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from audit.contacts import NS_PER_DAY, local_wall_ns, read_contacts
from audit.masking import mask_evidence

TOP_DEBTORS = 20
NS_PER_HOUR = 3600 * 10**9


@dataclass
class BreachedContact:
    agent_id: str | None
    call_hour: int | None       # local hour, for calls only


@dataclass
class ContactFacts:
    campaign_id: str
    contacts: int = 0
    by_agent: dict[str, int] = field(default_factory=dict)           # attempts per agent
    calls_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    breached: dict[str, BreachedContact] = field(default_factory=dict)  # only contacts with findings

    def breach_figures(self, findings: list[dict]) -> dict:
        """Frequency findings of this campaign, per debtor, per agent and per hour of the call."""
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
        return {
            "contacts": self.contacts,
            "findings": len(findings),
            "contacts_in_breach": len(breached),
            "per_1000_contacts": None if not self.contacts else round(len(findings) * 1000 / self.contacts, 2),
            "debtors_in_breach": len(by_debtor),
            "by_debtor": [
                # debtor ids can be account numbers: shown masked like any identifier
                {"debtor_id": mask_evidence(debtor), "findings": sum(cats.values()), "by_category": dict(cats)}
                for debtor, cats in sorted(by_debtor.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
            ][:TOP_DEBTORS],
            "by_agent": [
                {"agent_id": agent, "contacts": n, "contacts_in_breach": agent_breaches[agent],
                 "breach_per_1000": round(agent_breaches[agent] * 1000 / n, 2)}
                for agent, n in sorted(self.by_agent.items(), key=lambda kv: (-agent_breaches[kv[0]] / kv[1], kv[0]))
            ],
            "calls_by_hour": list(self.calls_by_hour),
            "breach_calls_by_hour": breach_hours,
        }


def read_contact_facts(path: str | Path, timezone: str, breached_ids: Iterable[str],
                       encoding: str | None = None) -> tuple[dict[str, ContactFacts], dict]:
    """Facts per campaign from a contact log, and its read counts (bad records are skipped and counted)."""
    frame, counts = read_contacts(path, encoding=encoding, on_error="skip")
    facts = contact_facts(frame, timezone, set(breached_ids))
    read = {"read": counts.read, "accepted": len(frame), "rejected": counts.rejected}
    return facts, read


def contact_facts(frame: pd.DataFrame, timezone: str, breached_ids: set[str]) -> dict[str, ContactFacts]:
    """Judge hours in the recipient's local time: `recipient_tz` when given, else the policy's zone."""
    if frame.empty:
        return {}
    zones = frame.get("recipient_tz")
    hours = (local_wall_ns(frame["timestamp"], zones, timezone) % NS_PER_DAY) // NS_PER_HOUR
    campaign = frame["campaign_id"].astype(str).to_numpy()
    agent = frame["agent_id"].astype(object).where(frame["agent_id"].notna(), None).to_numpy() \
        if "agent_id" in frame else np.full(len(frame), None, dtype=object)
    is_call = (frame["channel"].astype(str) == "call").to_numpy()

    facts = {c: ContactFacts(c) for c in pd.unique(campaign)}
    for c, n in Counter(campaign).items():
        facts[c].contacts = n
    for (c, a), n in Counter(zip(campaign[agent != None], agent[agent != None])).items():  # noqa: E711
        facts[c].by_agent[a] = n
    for (c, h), n in Counter(zip(campaign[is_call], hours[is_call])).items():
        facts[c].calls_by_hour[int(h)] = n
    for row in np.flatnonzero(frame["contact_id"].astype(str).isin(breached_ids).to_numpy()):
        facts[campaign[row]].breached[str(frame["contact_id"].iat[row])] = BreachedContact(
            agent[row], int(hours[row]) if is_call[row] else None)
    return facts
