"""Frequency rules on hand-made logs: hour edges, local midnight, ties, caps, cease events, explanations."""

from __future__ import annotations

import dataclasses

import pytest

from audit.analysers.frequency import FINDING_COLUMNS, FrequencyAnalyser
from audit.contacts import contacts_frame, events_frame
from audit.policy import load_policy

CN = load_policy("cn-default")
STRICT = load_policy("cn-strict")
REGF = load_policy("us-regf")


def contact(cid: str, timestamp: str, **fields) -> dict:
    record = {"contact_id": cid, "campaign_id": "CMP-2026-03", "debtor_id": "D20260301", "channel": "call",
              "timestamp": timestamp, "recipient_type": "debtor", "agent_id": "AG-017"}
    return {**record, **fields}


def run(policy, contacts: list[dict], events: list[dict] | None = None):
    return FrequencyAnalyser(policy).analyse(contacts_frame(contacts), events_frame(events) if events else None)


def hits(policy, contacts: list[dict], events: list[dict] | None = None) -> list[tuple[str, str]]:
    frame = run(policy, contacts, events)
    return list(zip(frame["contact_id"].astype(str), frame["rule_id"].astype(str)))


@pytest.mark.parametrize(("policy", "timestamp", "outside"), [
    (CN, "2026-03-02T22:00:00+08:00", True),
    (CN, "2026-03-02T21:59:59+08:00", False),
    (CN, "2026-03-02T07:59:59+08:00", True),
    (CN, "2026-03-02T08:00:00+08:00", False),
    (STRICT, "2026-03-02T21:00:00+08:00", True),      # end of [08:00, 21:00) is outside
    (STRICT, "2026-03-02T20:59:59+08:00", False),
    (CN, "2026-03-02T13:59:59Z", False),              # 21:59:59 in Shanghai
    (CN, "2026-03-02T14:00:00Z", True),               # 22:00:00 in Shanghai
    (CN, "2026-03-02T09:00:00-05:00", True),          # 22:00 in Shanghai, whatever offset it was logged in
])
def test_allowed_hours_edges_in_local_wall_clock(policy, timestamp, outside):
    assert (("T1", "frequency.time_window") in hits(policy, [contact("T1", timestamp)])) is outside


def test_recipient_zone_decides_the_hour():
    # 08:30 in Shanghai is 19:30 of the day before in New York: fine there, yet 21:30 New York is not.
    log = [contact("T1", "2026-03-02T08:30:00+08:00", recipient_tz="America/New_York"),
           contact("T2", "2026-03-03T10:30:00+08:00", recipient_tz="America/New_York")]
    assert hits(REGF, log) == [("T2", "frequency.time_window")]
    explanation = run(REGF, log)["explanation"].iloc[0]
    assert explanation == "当地时间21:30:00致电债务人，不在允许联系时段08:00–21:00内"


def test_connected_calls_over_the_daily_cap_and_the_explanation():
    log = [contact(f"C{i}", f"2026-03-02T{h}:00:00+08:00", outcome="connected") for i, h in enumerate((9, 11, 14, 16, 18))]
    log.append(contact("C9", "2026-03-02T17:00:00+08:00", outcome="no_answer"))   # attempts that do not connect do not count
    frame = run(CN, log)
    assert list(frame["contact_id"]) == ["C3", "C4"]
    assert set(frame["rule_id"]) == {"frequency.daily_connected_cap.call"}
    assert list(frame["explanation"]) == ["当日第4次与债务人接通电话，超过每日3次上限", "当日第5次与债务人接通电话，超过每日3次上限"]
    assert set(frame["category"]) == {"frequency.daily_cap"}
    assert frame["regulation"].iloc[0].startswith("GB/T 45251-2025")


def test_local_midnight_starts_a_new_day_in_the_recipients_zone():
    # Shanghai: 3 calls late on 2 March, the 4th at 00:00:00 on 3 March -> a new day, no cap breach.
    late = ["2026-03-02T20:00:00+08:00", "2026-03-02T21:00:00+08:00", "2026-03-02T21:59:59+08:00",
            "2026-03-03T00:00:00+08:00"]
    log = [contact(f"C{i}", ts, outcome="connected") for i, ts in enumerate(late)]
    assert ("C3", "frequency.daily_connected_cap.call") not in hits(CN, log)
    # In Urumqi (UTC+6) the same instants are 18:00 ... 22:00 of one day: the 4th breaches, and is late.
    urumqi = [{**c, "recipient_tz": "Asia/Urumqi"} for c in log]
    assert hits(CN, urumqi) == [("C3", "frequency.daily_connected_cap.call"), ("C3", "frequency.time_window")]


def test_equal_timestamps_are_judged_in_contact_id_order_whatever_the_input_order():
    same = "2026-03-02T10:00:00+08:00"
    log = [contact(cid, same, outcome="connected") for cid in ("C-d", "C-b", "C-c", "C-a")]
    assert hits(CN, log) == [("C-d", "frequency.daily_connected_cap.call")]
    assert hits(CN, log[::-1]) == [("C-d", "frequency.daily_connected_cap.call")]


def test_unsorted_input_gives_the_same_findings_as_sorted():
    log = [contact(f"C{i:02d}", f"2026-03-{2 + i % 3:02d}T{9 + i % 12:02d}:00:00+08:00",
                   outcome="connected" if i % 2 else "busy", recipient="h-7f3a") for i in range(24)]
    shuffled = log[5:] + log[:5][::-1]
    assert run(CN, shuffled).astype(str).values.tolist() == run(CN, log).astype(str).values.tolist()


def test_per_number_cap_counts_attempts_to_one_number_and_never_shows_it():
    number = "13800138000"   # invented; must not reach a finding
    log = [contact(f"C{i}", f"2026-03-02T{9 + i}:00:00+08:00", recipient=number, outcome="no_answer") for i in range(7)]
    log.append(contact("C8", "2026-03-02T17:30:00+08:00", recipient="h-other", outcome="no_answer"))
    frame = run(CN, log)
    assert list(zip(frame["contact_id"], frame["rule_id"].astype(str))) == [("C6", "frequency.per_recipient_daily_cap.call")]
    assert frame["explanation"].iloc[0] == "当日第7次拨打同一号码，超过每日6次上限"
    assert number not in frame.astype(str).to_csv()


def test_without_a_recipient_debtor_contacts_count_as_one_number():
    log = [contact(f"C{i}", f"2026-03-02T{9 + i}:00:00+08:00", outcome="no_answer") for i in range(7)]
    assert hits(CN, log) == [("C6", "frequency.per_recipient_daily_cap.call")]


def test_rolling_window_includes_t_minus_n_days_exclusive():
    # Reg F: more than 7 calls in 7 days. Calls one a day at 10:00 (New York): the 8th on day 8 sees
    # day 1's call exactly 7 x 24 h earlier, which is outside (t - 7d, t]: no breach.
    daily = [contact(f"C{d}", f"2026-04-{d:02d}T10:00:00-04:00") for d in range(1, 9)]
    assert [r for r in hits(REGF, daily) if r[1].startswith("frequency.rolling_cap")] == []
    # One second later than that, day 1's call is still inside: the 8th call breaches.
    tighter = daily[:7] + [contact("C8", "2026-04-07T23:59:59-04:00")]
    found = run(REGF, tighter)
    rolling = found[found["rule_id"] == "frequency.rolling_cap.call"]
    assert list(rolling["explanation"]) == ["7日内第8次致电债务人，超过7日7次上限"]


def test_no_call_in_the_days_that_begin_with_a_conversation():
    log = [contact("C1", "2026-04-01T10:00:00-04:00", outcome="connected"),
           contact("C2", "2026-04-01T15:00:00-04:00", outcome="no_answer"),   # same day: day 1
           contact("C3", "2026-04-07T20:00:00-04:00", outcome="no_answer"),   # day 7
           contact("C4", "2026-04-08T09:00:00-04:00", outcome="no_answer"),   # day 8: allowed again
           contact("C5", "2026-04-03T12:00:00-04:00", channel="sms")]         # not a call
    frame = run(REGF, log)
    assert list(zip(frame["contact_id"], frame["rule_id"].astype(str))) == [
        ("C2", "frequency.after_conversation"), ("C3", "frequency.after_conversation")]
    assert frame["explanation"].iloc[1] == "2026-04-01已与债务人接通电话，通话后第7天再次致电；通话当日起7日内不得再致电"
    assert set(frame["category"]) == {"frequency.rolling_cap"}


def test_third_party_caps_per_day_and_per_week():
    log = [contact(f"P{i}", ts, recipient_type="third_party", channel="sms") for i, ts in enumerate(
        ["2026-03-02T10:00:00+08:00", "2026-03-02T11:00:00+08:00", "2026-03-04T10:00:00+08:00",
         "2026-03-06T10:00:00+08:00", "2026-03-12T10:00:00+08:00"])]
    assert hits(CN, log) == [("P1", "frequency.third_party.per_day"), ("P3", "frequency.third_party.per_window")]
    frame = run(CN, log)
    assert list(frame["explanation"]) == ["当日第2次就该债务向第三方发送短信，超过每日1次上限",
                                          "7日内第4次就该债务向第三方发送短信，超过7日3次上限"]
    assert set(frame["category"]) == {"frequency.third_party"}


def test_cease_applies_from_its_timestamp_on_its_channel_or_all():
    log = [contact("C1", "2026-03-02T09:59:59+08:00"), contact("C2", "2026-03-02T10:00:00+08:00"),
           contact("S1", "2026-03-02T11:00:00+08:00", channel="sms"),
           contact("C3", "2026-03-02T12:00:00+08:00", debtor_id="D20260399")]   # another debtor
    by_call = [{"debtor_id": "D20260301", "timestamp": "2026-03-02T02:00:00Z", "event": "cease_request", "channel": "call"}]
    assert hits(CN, log, by_call) == [("C2", "frequency.after_cease")]
    everything = [{"debtor_id": "D20260301", "timestamp": "2026-03-02T10:00:00+08:00", "event": "representative"}]
    assert hits(CN, log, everything) == [("C2", "frequency.after_cease"), ("S1", "frequency.after_cease")]
    frame = run(CN, log, everything)
    assert frame["explanation"].iloc[1] == "债务人已于2026-03-02 10:00已委托代理人或律师处理，此后仍向债务人发送短信"


def test_events_outside_the_policys_cease_list_do_not_stop_contact():
    log = [contact("C1", "2026-03-02T10:00:00+08:00")]
    assert hits(CN, log, [{"debtor_id": "D20260301", "timestamp": "2026-03-01T10:00:00+08:00", "event": "hardship"}]) == []


def test_a_user_policy_with_daily_cap(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("name: mine\ndaily_cap:\n  sms: 2   # house rule 7.1\n", encoding="utf-8")
    log = [contact(f"S{i}", f"2026-03-02T{10 + i}:00:00+08:00", channel="sms") for i in range(3)]
    frame = run(load_policy(path), log)
    assert list(frame["rule_id"].astype(str)) == ["frequency.daily_cap.sms"]
    assert frame["explanation"].iloc[0] == "当日第3次向债务人发送短信，超过每日2次上限"
    assert frame["regulation"].iloc[0] == "house rule 7.1"


def test_findings_frame_and_finding_objects_agree():
    log = [contact("C1", "2026-03-02T23:10:00+08:00", agent_id="AG-031")]
    frame = run(CN, log)
    assert list(frame.columns) == FINDING_COLUMNS
    row = frame.iloc[0]
    assert (row["timestamp"], row["channel"], row["agent_id"], row["recipient_type"], row["analyzer"], row["severity"]) == (
        "2026-03-02T23:10:00+08:00", "call", "AG-031", "debtor", "frequency", "high")
    [finding] = FrequencyAnalyser(CN).findings(contacts_frame(log))
    assert finding.to_dict() == {
        "contact_id": "C1", "debtor_id": "D20260301", "campaign_id": "CMP-2026-03", "analyzer": "frequency",
        "category": "frequency.time_window", "rule_id": "frequency.time_window", "severity": "high",
        "regulation": CN.source("allowed_hours"), "explanation": "当地时间23:10:00致电债务人，不在允许联系时段08:00–22:00内"}


def test_an_empty_log_has_no_findings():
    assert run(CN, []).empty


def test_rules_the_policy_leaves_out_do_not_run():
    quiet = dataclasses.replace(CN, allowed_hours=None)
    assert hits(quiet, [contact("C1", "2026-03-02T03:00:00+08:00")]) == []
