"""The vectorised frequency analyser against a plain, obviously-correct reference, on random small logs.

The reference below follows the contract's semantics (section 3) line by line, one contact at a
time, with Python datetimes and zoneinfo: nothing shared with the analyser's numpy code.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from audit.analysers.frequency import FrequencyAnalyser
from audit.contacts import contacts_frame, events_frame
from audit.policy import CONTACT_CHANNELS, DEBTOR_EVENTS, Policy

BASE = datetime(2026, 3, 1, tzinfo=timezone.utc)
DEBTORS = ("D001", "D002", "D003")
ZONES = (None, "Asia/Shanghai", "America/New_York", "Europe/London", "Asia/Kathmandu")
OFFSETS = (timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5)),
           timezone(timedelta(hours=5, minutes=45)))


def reference(contacts: list[dict], events: list[dict], policy: Policy) -> set[tuple[str, str]]:
    """(contact_id, rule_id) of every breach, judged contact by contact."""
    def parsed(c: dict) -> dict:
        at = datetime.fromisoformat(c["timestamp"].replace("Z", "+00:00"))
        local = at.astimezone(ZoneInfo(c.get("recipient_tz") or policy.timezone))
        return {**c, "at": at, "date": local.date(), "clock": local.time().replace(tzinfo=None)}

    log = sorted((parsed(c) for c in contacts), key=lambda c: (c["at"], c["contact_id"]))
    found = set()
    for i, c in enumerate(log):
        so_far = log[: i + 1]          # caps count the contact being judged
        before = log[:i]
        to_debtor = c["recipient_type"] == "debtor"

        def count(rows, **same) -> int:
            return sum(all(r.get(k) == v for k, v in same.items()) for r in rows)

        if policy.allowed_hours:
            start, end = policy.allowed_hours
            if c["clock"] < start or c["clock"] >= end:
                found.add((c["contact_id"], "frequency.time_window"))
        if to_debtor:
            mine = [r for r in so_far if r["debtor_id"] == c["debtor_id"] and r["recipient_type"] == "debtor"]
            cap = policy.daily_cap.get(c["channel"])
            if cap is not None and count(mine, channel=c["channel"], date=c["date"]) > cap:
                found.add((c["contact_id"], f"frequency.daily_cap.{c['channel']}"))
            cap = policy.daily_connected_cap.get(c["channel"])
            if (cap is not None and c.get("outcome") == "connected"
                    and count(mine, channel=c["channel"], date=c["date"], outcome="connected") > cap):
                found.add((c["contact_id"], f"frequency.daily_connected_cap.{c['channel']}"))
            cap = policy.rolling_cap.get(c["channel"])
            window = timedelta(days=policy.rolling_window_days or 0)
            if cap is not None and sum(r["channel"] == c["channel"] and r["at"] > c["at"] - window for r in mine) > cap:
                found.add((c["contact_id"], f"frequency.rolling_cap.{c['channel']}"))
            n = policy.after_conversation_days
            if n and c["channel"] == "call" and any(
                    r["debtor_id"] == c["debtor_id"] and r["recipient_type"] == "debtor" and r["channel"] == "call"
                    and r.get("outcome") == "connected" and r["date"] <= c["date"] <= r["date"] + timedelta(days=n - 1)
                    for r in before):
                found.add((c["contact_id"], "frequency.after_conversation"))
            if any(e["debtor_id"] == c["debtor_id"] and e["event"] in policy.cease_events
                   and e.get("channel") in (None, c["channel"])
                   and datetime.fromisoformat(e["timestamp"].replace("Z", "+00:00")) <= c["at"] for e in events):
                found.add((c["contact_id"], "frequency.after_cease"))
        else:
            theirs = [r for r in so_far if r["debtor_id"] == c["debtor_id"] and r["recipient_type"] == "third_party"]
            if policy.third_party_per_day is not None and count(theirs, date=c["date"]) > policy.third_party_per_day:
                found.add((c["contact_id"], "frequency.third_party.per_day"))
            window = timedelta(days=policy.third_party_window_days or 0)
            if (policy.third_party_per_window is not None
                    and sum(r["at"] > c["at"] - window for r in theirs) > policy.third_party_per_window):
                found.add((c["contact_id"], "frequency.third_party.per_window"))
        # One number: the `recipient` dialled; without one, the debtor's own number (debtor contacts only).
        number = c.get("recipient") or (("debtor", c["debtor_id"]) if to_debtor else None)
        cap = policy.per_recipient_daily_cap.get(c["channel"])
        if cap is not None and number is not None:
            same_number = [r for r in so_far if (r.get("recipient") or (
                ("debtor", r["debtor_id"]) if r["recipient_type"] == "debtor" else None)) == number]
            if count(same_number, channel=c["channel"], date=c["date"]) > cap:
                found.add((c["contact_id"], f"frequency.per_recipient_daily_cap.{c['channel']}"))
    return found


caps = st.dictionaries(st.sampled_from(CONTACT_CHANNELS), st.integers(0, 3), max_size=3)


@st.composite
def policies(draw) -> Policy:
    start = draw(st.integers(0, 12))
    end = draw(st.integers(start + 1, 23))
    window = draw(st.integers(1, 3))
    return Policy(
        name="random", timezone=draw(st.sampled_from(["Asia/Shanghai", "America/New_York"])),
        allowed_hours=draw(st.sampled_from([None, (time(start, 0), time(end, 0)), (time(start, 30), time(end, 30))])),
        daily_cap=draw(caps), daily_connected_cap=draw(caps), per_recipient_daily_cap=draw(caps),
        rolling_window_days=window, rolling_cap=draw(caps),
        after_conversation_days=draw(st.sampled_from([None, 1, 2, 7])),
        third_party_per_day=draw(st.sampled_from([None, 0, 1, 2])),
        third_party_window_days=window, third_party_per_window=draw(st.sampled_from([None, 1, 3])),
        cease_events=tuple(draw(st.lists(st.sampled_from(DEBTOR_EVENTS), unique=True, max_size=3))),
        gate={}, report={}, source_path="<random>",
    )


def _iso(at: datetime, offset: timezone) -> str:
    text = at.astimezone(offset).isoformat()
    return text.replace("+00:00", "Z")


# Few distinct instants on whole hours (and a second either side), so that equal timestamps (judged
# in contact_id order), contacts exactly a window apart and events at a contact's instant happen often.
instants_st = st.builds(lambda hour, second: hour * 3600 + second, st.integers(0, 6 * 24), st.sampled_from((0, 0, 1, -1)))


LOG_CHANNELS = ("call", "call", "sms", "visit")


@st.composite
def contact_logs(draw, instants: list[int] | None = None, channels: tuple[str, ...] = LOG_CHANNELS) -> list[dict]:
    # A debtor's contacts share one zone, as one person's phone does.
    zone_of = {d: draw(st.sampled_from(ZONES)) for d in DEBTORS}
    instants = instants or draw(st.lists(instants_st, min_size=1, max_size=12))
    size = draw(st.integers(0, 40))
    ids = draw(st.lists(st.integers(0, 999), min_size=size, max_size=size, unique=True))
    log = []
    for number in ids:
        debtor = draw(st.sampled_from(DEBTORS))
        record = {
            "contact_id": f"C{number:03d}", "campaign_id": "CMP-2026-03", "debtor_id": debtor,
            "channel": draw(st.sampled_from(channels)),
            "timestamp": _iso(BASE + timedelta(seconds=draw(st.sampled_from(instants))), draw(st.sampled_from(OFFSETS))),
            "recipient_type": draw(st.sampled_from(("debtor", "debtor", "third_party"))),
            "outcome": draw(st.sampled_from((None, "connected", "no_answer"))),
            "recipient": draw(st.sampled_from((None, "hash-a1", "hash-b2"))),
            "recipient_tz": zone_of[debtor],
        }
        log.append({k: v for k, v in record.items() if v is not None})
    return log


@st.composite
def event_logs(draw, instants: list[int]) -> list[dict]:
    events = []
    for _ in range(draw(st.integers(0, 4))):
        event = {"debtor_id": draw(st.sampled_from(DEBTORS)), "event": draw(st.sampled_from(DEBTOR_EVENTS)),
                 "timestamp": _iso(BASE + timedelta(seconds=draw(st.sampled_from(instants))), timezone.utc),
                 "channel": draw(st.sampled_from((None, "call", "sms")))}
        events.append({k: v for k, v in event.items() if v is not None})
    return events


@st.composite
def audits(draw, channels: tuple[str, ...] = LOG_CHANNELS) -> tuple[list[dict], list[dict]]:
    """A contact log and events drawn from the same few instants (events at a contact's very instant)."""
    instants = draw(st.lists(instants_st, min_size=1, max_size=12))
    return draw(contact_logs(instants, channels)), draw(event_logs(instants))


# No "explain" phase: it re-parses this file with libcst and takes minutes on a failure.
QUICK_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)


@settings(max_examples=200, deadline=None, phases=QUICK_PHASES, suppress_health_check=[HealthCheck.too_slow])
@given(audits(), policies())
def test_vectorised_rules_match_the_reference(log, policy):
    contacts, events = log
    frame = FrequencyAnalyser(policy).analyse(contacts_frame(contacts), events_frame(events) if events else None)
    got = set(zip(frame["contact_id"].astype(str), frame["rule_id"].astype(str)))
    assert got == reference(contacts, events, policy)
    assert len(frame) == len(got)      # one finding per contact and rule


@settings(max_examples=50, deadline=None, phases=QUICK_PHASES)
@given(contact_logs(), st.randoms(use_true_random=False))
def test_input_order_does_not_change_findings(contacts, rnd):
    policy = Policy(name="p", timezone="Asia/Shanghai", allowed_hours=(time(8), time(22)), daily_cap={"call": 1},
                    daily_connected_cap={}, per_recipient_daily_cap={"call": 2}, rolling_window_days=2,
                    rolling_cap={"sms": 1}, after_conversation_days=2, third_party_per_day=1,
                    third_party_window_days=2, third_party_per_window=2, cease_events=(), gate={}, report={},
                    source_path="<test>")
    shuffled = contacts[:]
    rnd.shuffle(shuffled)
    first = FrequencyAnalyser(policy).analyse(contacts_frame(contacts))
    second = FrequencyAnalyser(policy).analyse(contacts_frame(shuffled))
    assert first.astype(str).values.tolist() == second.astype(str).values.tolist()
