"""Contact summary for reports: how hard each debtor was pursued, and by whom (issue 4, part 5).

Per debtor or per agent: contacts, the distribution of attempts per local day, the share of contacts
outside the policy's allowed hours, and the share that went to third parties. Computed with pandas
group-bys over the validated log (`audit.contacts.read_contacts`), in the recipients' local time.

Converting to local time is the costly step, so it is done once per log by `local_contact_facts`;
the summaries take those facts, and callers that need several summaries (one per campaign, per
debtor and per agent) slice the same facts.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from audit.contacts import NS_PER_DAY, local_wall_ns, outside_hours
from audit.policy import Policy

SUMMARY_COLUMNS = ["contacts", "days_contacted", "attempts_per_day_mean", "attempts_per_day_median",
                   "attempts_per_day_p90", "attempts_per_day_max", "outside_hours", "outside_hours_share",
                   "third_party", "third_party_share", "connected_share"]


NS_PER_HOUR = 3600 * 10**9


def local_contact_facts(contacts: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """Per contact: debtor, agent and campaign, local day and hour, and whether it was outside the allowed
    hours, to a third party, or connected. Same index as `contacts`."""
    zones = contacts["recipient_tz"] if "recipient_tz" in contacts.columns else None
    wall = local_wall_ns(contacts["timestamp"], zones, policy.timezone)
    outcome = contacts["outcome"] if "outcome" in contacts.columns else pd.Series(pd.NA, index=contacts.index)
    missing = pd.Series(pd.NA, index=contacts.index, dtype=str)
    return pd.DataFrame({
        "debtor_id": contacts["debtor_id"],
        "agent_id": contacts["agent_id"] if "agent_id" in contacts.columns else missing,
        "campaign_id": contacts["campaign_id"],
        "day": wall // NS_PER_DAY,
        "hour": (wall % NS_PER_DAY) // NS_PER_HOUR,
        "outside": (outside_hours(wall, policy.allowed_hours) if policy.allowed_hours
                    else np.zeros(len(contacts), dtype=bool)),
        "third_party": contacts["recipient_type"].eq("third_party").to_numpy(dtype=bool, na_value=False),
        "connected": outcome.eq("connected").to_numpy(dtype=bool, na_value=False),
    }, index=contacts.index)


def contact_summary(facts: pd.DataFrame, by: Literal["debtor_id", "agent_id"] = "debtor_id") -> pd.DataFrame:
    """One row per debtor (or agent), indexed by it, with `SUMMARY_COLUMNS`, most contacts first.

    Contacts without the `by` value (no agent_id) are left out. Attempts per day count every
    contact (connected or not, debtor or third party) on each local day the entity had any.
    """
    facts = facts.dropna(subset=[by])
    if facts.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS, index=pd.Index([], name=by))
    per_day = facts.groupby([by, "day"], observed=True).size().groupby(level=0, observed=True)
    totals = facts.groupby(by, observed=True).agg(
        contacts=("outside", "size"), outside_hours=("outside", "sum"), third_party=("third_party", "sum"),
        connected=("connected", "sum"))
    summary = pd.DataFrame({
        "contacts": totals["contacts"],
        "days_contacted": per_day.size(),
        "attempts_per_day_mean": per_day.mean().round(2),
        "attempts_per_day_median": per_day.median(),
        "attempts_per_day_p90": per_day.quantile(0.9).round(2),
        "attempts_per_day_max": per_day.max(),
        "outside_hours": totals["outside_hours"],
        "outside_hours_share": (totals["outside_hours"] / totals["contacts"]).round(4),
        "third_party": totals["third_party"],
        "third_party_share": (totals["third_party"] / totals["contacts"]).round(4),
        "connected_share": (totals["connected"] / totals["contacts"]).round(4),
    })
    return summary.sort_values(["contacts", "attempts_per_day_max"], ascending=False, kind="stable")


def attempts_per_day_distribution(facts: pd.DataFrame,
                                  by: Literal["debtor_id", "agent_id"] = "debtor_id") -> pd.Series:
    """How many (debtor or agent, local day) pairs had 1, 2, 3, ... attempts: index attempts, value pairs."""
    facts = facts.dropna(subset=[by])
    per_day = facts.groupby([by, "day"], observed=True).size()
    return per_day.value_counts().sort_index().rename_axis("attempts_per_day").rename("days")
