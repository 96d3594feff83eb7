"""The table of contact rules: well formed, resolved against policies, and run alike by both engines."""

from __future__ import annotations

import dataclasses

import audit.contact_rules as table
from audit.contact_rules import CONTACT_RULES, COUNTED, EXPLANATION_FIELDS, ContactRule, Unit, Window, limits
from audit.policy import Policy, load_policy
from audit.vocabulary import CATEGORIES, Severity
from tests.test_gate import assert_agree, replay

CN = load_policy("cn-default")


# The fields each window gives an explanation, besides the limit's numbers and how the contact was made.
WINDOW_FIELDS = {Window.LOCAL_HOURS: {"clock", "hours"}, Window.LOCAL_DAY: {"n"}, Window.ROLLING: {"n"},
                 Window.AFTER_CONVERSATION: {"n", "talk_day"}, Window.FROM_CEASE: {"when", "event", "scope"}}
EVERY_WINDOW = {"cap", "days", "action", "channel_name", "same_recipient"}


def test_every_rule_is_well_formed():
    assert len({rule.rule_id for rule in CONTACT_RULES}) == len(CONTACT_RULES)
    assert set(EXPLANATION_FIELDS) == EVERY_WINDOW.union(*WINDOW_FIELDS.values())
    fields = Policy.__dataclass_fields__
    for rule in CONTACT_RULES:
        assert rule.category in CATEGORIES and rule.category.startswith("frequency."), rule.rule_id
        assert set(rule.fields()) <= EVERY_WINDOW | WINDOW_FIELDS[rule.window], rule.rule_id
        assert rule.setting in fields and (rule.days is None or rule.days in fields), rule.rule_id
        # A cap needs a count to explain it; a rolling window its days.
        assert ("n" in rule.fields()) == (rule.window in COUNTED or rule.window is Window.AFTER_CONVERSATION), rule.rule_id
        assert (rule.days is not None) == (rule.window in (Window.ROLLING, Window.AFTER_CONVERSATION)), rule.rule_id


def test_the_contract_categories_of_each_policy_key():
    """Contract section 3: which category each policy key's findings carry."""
    category = {rule.policy_key: rule.category for rule in CONTACT_RULES}
    assert category == {
        "allowed_hours": "frequency.time_window", "daily_cap": "frequency.daily_cap",
        "daily_connected_cap": "frequency.daily_cap", "per_recipient_daily_cap": "frequency.daily_cap",
        "rolling_cap": "frequency.rolling_cap", "after_conversation_days": "frequency.rolling_cap",
        "third_party.per_day": "frequency.third_party", "third_party.per_window": "frequency.third_party",
        "cease_events": "frequency.after_cease",
    }


def test_a_policy_switches_on_one_limit_per_capped_channel_with_its_citation():
    found = {limit.rule_id: limit for limit in limits(CN)}
    assert set(found) == {"frequency.time_window", "frequency.daily_connected_cap.call",
                          "frequency.per_recipient_daily_cap.call", "frequency.third_party.per_day",
                          "frequency.third_party.per_window", "frequency.after_cease"}
    call = found["frequency.daily_connected_cap.call"]
    assert (call.channel, call.cap, call.days) == ("call", 3, None)
    assert call.regulation == CN.source("daily_connected_cap.call") and call.regulation.startswith("GB/T 45251-2025")
    per_window = found["frequency.third_party.per_window"]
    assert (per_window.channel, per_window.cap, per_window.days) == (None, 3, 7)
    strict = dataclasses.replace(CN, daily_cap={"call": 6, "sms": 3})
    assert [limit.rule_id for limit in limits(strict)][1:3] == ["frequency.daily_cap.call", "frequency.daily_cap.sms"]


def test_missing_keys_disable_their_rules_and_a_cap_of_zero_does_not():
    empty = dataclasses.replace(CN, allowed_hours=None, daily_cap={}, daily_connected_cap={}, per_recipient_daily_cap={},
                                rolling_cap={}, rolling_window_days=None, after_conversation_days=None,
                                third_party_per_day=None, third_party_per_window=None, cease_events=())
    assert limits(empty) == ()
    zero = dataclasses.replace(empty, third_party_per_day=0, after_conversation_days=3)
    assert [(limit.rule_id, limit.channel, limit.cap, limit.days) for limit in limits(zero)] == [
        ("frequency.after_conversation", "call", None, 3), ("frequency.third_party.per_day", None, 0, None)]


def test_explanations_fill_their_template():
    daily = next(rule for rule in CONTACT_RULES if rule.rule_id == "frequency.daily_cap.{channel}")
    assert daily.explain(n=4, cap=3, action="致电债务人") == "当日第4次致电债务人，超过每日3次上限"


# A rule nobody wrote yet, over an existing unit and window: connected calls in a rolling window.
CONNECTED_IN_WINDOW = ContactRule(
    "frequency.connected_in_window.{channel}", "frequency.rolling_cap", "daily_connected_cap", "daily_connected_cap",
    Unit.CONNECTED_CALLS, Window.ROLLING, Severity.MEDIUM,
    "{days}日内第{n}次与债务人接通{channel_name}，超过{days}日{cap}次上限", days="rolling_window_days")


def test_a_new_rule_is_one_row_of_the_table_and_both_engines_run_it(monkeypatch, tmp_path):
    monkeypatch.setattr(table, "CONTACT_RULES", (CONNECTED_IN_WINDOW,))
    policy = dataclasses.replace(CN, daily_connected_cap={"call": 2}, rolling_window_days=3)
    contacts = [{"contact_id": f"K-{day}{hour}", "campaign_id": "CMP", "debtor_id": "D-1", "channel": "call",
                 "recipient_type": "debtor", "timestamp": f"2026-03-0{day}T{hour}:00:00+08:00", "outcome": outcome}
                for day in (2, 3, 4, 6) for hour, outcome in (("10", "connected"), ("15", "no_answer"))]
    batch, judged = replay(policy, contacts, [])
    assert batch == {"K-410": {("frequency.connected_in_window.call", "frequency.rolling_cap", "medium",
                                policy.source("daily_connected_cap.call"),
                                "3日内第3次与债务人接通电话，超过3日2次上限")}}
    assert_agree(batch, judged)

