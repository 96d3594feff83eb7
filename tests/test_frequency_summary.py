"""Contact summary per debtor and per agent: attempts per local day, outside-hours and third-party shares."""

from __future__ import annotations

from audit.contact_summary import attempts_per_day_distribution, contact_summary, local_contact_facts
from audit.contacts import contacts_frame
from audit.policy import load_policy

CN = load_policy("cn-default")


def contact(cid, timestamp, debtor="D20260301", agent="AG-017", **fields):
    return {"contact_id": cid, "campaign_id": "CMP-2026-03", "debtor_id": debtor, "channel": "call",
            "timestamp": timestamp, "recipient_type": "debtor", "agent_id": agent, **fields}


LOG = contacts_frame([
    # D1: three attempts on 2 March (one at 22:30, one to a relative), one on 3 March at 07:00 local
    contact("C1", "2026-03-02T09:00:00+08:00", outcome="connected"),
    contact("C2", "2026-03-02T22:30:00+08:00"),
    contact("C3", "2026-03-02T12:00:00+08:00", recipient_type="third_party"),
    contact("C4", "2026-03-02T23:00:00Z", agent="AG-020"),          # 07:00 on 3 March in Shanghai
    # D2: one attempt, judged in New York: 21:30 there is inside cn-default's 08:00-22:00
    contact("C5", "2026-03-03T10:30:00+08:00", debtor="D20260302", agent="AG-020", recipient_tz="America/New_York"),
    contact("C6", "2026-03-03T11:00:00+08:00", debtor="D20260302", agent=None),
])
FACTS = local_contact_facts(LOG, CN)


def test_per_debtor_summary():
    summary = contact_summary(FACTS)
    assert list(summary.index) == ["D20260301", "D20260302"]
    d1 = summary.loc["D20260301"]
    assert (d1["contacts"], d1["days_contacted"], d1["attempts_per_day_max"], d1["attempts_per_day_mean"]) == (4, 2, 3, 2.0)
    assert (d1["outside_hours"], d1["outside_hours_share"]) == (2, 0.5)
    assert (d1["third_party"], d1["third_party_share"], d1["connected_share"]) == (1, 0.25, 0.25)
    d2 = summary.loc["D20260302"]
    assert (d2["contacts"], d2["days_contacted"], d2["outside_hours"]) == (2, 2, 0)   # New York day 2 March, Shanghai 3 March


def test_per_agent_summary_leaves_out_contacts_without_an_agent():
    summary = contact_summary(FACTS, by="agent_id")
    assert summary["contacts"].to_dict() == {"AG-017": 3, "AG-020": 2}
    assert summary.loc["AG-017", "attempts_per_day_max"] == 3
    assert summary.loc["AG-020", "outside_hours_share"] == 0.5


def test_attempts_per_day_distribution():
    assert attempts_per_day_distribution(FACTS).to_dict() == {1: 3, 3: 1}


def test_empty_log():
    assert contact_summary(FACTS.iloc[:0]).empty
