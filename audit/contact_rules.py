"""The contact rules of a policy (contract section 3) as one table, executed by two engines.

Each rule names what it counts (`Unit`), over which stretch of time (`Window`), the policy setting
that switches it on and holds its number(s), its severity and the sentence that explains a breach.
Two engines run the table: the batch analyser (`audit.analysers.frequency`, vectorised over a whole
log) and the pre-send gate (`audit.gate.ContactRules`, one prospective contact against its recorded
history). Each engine implements every unit and window once; a new rule over an existing unit and
window is one more row here (and its test).

Counting, alike in both engines (the parity test in tests/test_gate.py holds them to it):
- Caps count the contact being judged: the contact that takes a count past its cap breaches.
- `CONNECTED_CALLS` counts only contacts whose outcome is `connected`. A logged contact without that
  outcome never counts nor breaches. A prospective call in the gate has no outcome yet; the gate
  judges it as the call it would be if answered (one more connected call), because it cannot refuse
  a call once it connects. A message that carries the log's `outcome` (a log replayed through the
  gate) is judged with it, exactly as the batch analyser judges that log.
- `RECIPIENT_ATTEMPTS` counts attempts to one `recipient` value, whoever the debtor; a debtor
  contact without `recipient` counts as to the debtor's own number, a third-party one without it is
  not counted.
- `DEBTOR_ATTEMPTS` and `CONNECTED_CALLS` concern contacts to the debtor; `THIRD_PARTY` counts
  third-party contacts about the debtor on every channel.

Explanations are `str.format` templates; the fields a template may use are `EXPLANATION_FIELDS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from string import Formatter

from audit.policy import Policy
from audit.vocabulary import Severity


class Unit(Enum):
    """What a rule counts (or judges), per debtor unless said otherwise."""

    EVERY_CONTACT = "every contact, to anyone"
    DEBTOR_ATTEMPTS = "attempts to the debtor on the channel, connected or not"
    CONNECTED_CALLS = "contacts with the debtor on the channel whose outcome is connected"
    RECIPIENT_ATTEMPTS = "attempts to one recipient number or address on the channel, about any debtor"
    THIRD_PARTY = "attempts to third parties about the debtor, every channel"


class Window(Enum):
    LOCAL_HOURS = "the contact's local time of day, outside the allowed hours"
    LOCAL_DAY = "the contact's local calendar day"
    ROLLING = "the N days before the contact, (t - N x 24 h, t]"
    AFTER_CONVERSATION = "local dates d ... d+N-1 after a connected call on date d"
    FROM_CEASE = "from the debtor's first cease event on the channel (or on every channel) on"


COUNTED = (Window.LOCAL_DAY, Window.ROLLING)      # windows with a cap; the others breach on any contact

# Fields an explanation template may name, and what each holds.
EXPLANATION_FIELDS = {
    "n": "the count with this contact (for AFTER_CONVERSATION: the day after the conversation, 1-based)",
    "cap": "the cap", "days": "the window's days", "hours": "the allowed hours, 08:00–22:00",
    "action": "致电债务人, 向第三方发送短信, ...", "channel_name": "电话, 短信, ...",
    "same_recipient": "拨打同一号码, ...", "clock": "the local time, 22:30:00",
    "talk_day": "the date of the conversation, 2026-03-02",
    "when": "the cease event's time in the policy's zone, 2026-03-02 11:00",
    "event": "要求停止联系, ...", "scope": "（短信渠道） for a cease on one channel, else empty",
}


@dataclass(frozen=True)
class ContactRule:
    rule_id: str            # may name {channel}: one rule id per capped channel
    category: str
    setting: str            # the `Policy` attribute that switches the rule on: caps per channel, one cap or the window's days
    policy_key: str         # its dotted key in the policy file, cited as the finding's regulation
    unit: Unit
    window: Window
    severity: Severity
    explanation: str        # a template over EXPLANATION_FIELDS
    days: str | None = None     # the `Policy` attribute with the window's days
    channel: str | None = None  # the one channel the rule concerns (None: as the setting says, or every channel)

    def explain(self, **fields: object) -> str:
        return self.explanation.format(**fields)

    def fields(self) -> list[str]:
        """The fields its explanation names, in order."""
        return [name for _, name, _, _ in Formatter().parse(self.explanation) if name]


# Severity: a breach of hours, a cease request, a connected-call cap or third-party limits is
# harassment in itself; a count of attempts over a cap is a matter of degree.
CONTACT_RULES: tuple[ContactRule, ...] = (
    ContactRule("frequency.time_window", "frequency.time_window", "allowed_hours", "allowed_hours",
                Unit.EVERY_CONTACT, Window.LOCAL_HOURS, Severity.HIGH,
                "当地时间{clock}{action}，不在允许联系时段{hours}内"),
    ContactRule("frequency.daily_cap.{channel}", "frequency.daily_cap", "daily_cap", "daily_cap",
                Unit.DEBTOR_ATTEMPTS, Window.LOCAL_DAY, Severity.MEDIUM,
                "当日第{n}次{action}，超过每日{cap}次上限"),
    ContactRule("frequency.daily_connected_cap.{channel}", "frequency.daily_cap", "daily_connected_cap",
                "daily_connected_cap", Unit.CONNECTED_CALLS, Window.LOCAL_DAY, Severity.HIGH,
                "当日第{n}次与债务人接通{channel_name}，超过每日{cap}次上限"),
    ContactRule("frequency.per_recipient_daily_cap.{channel}", "frequency.daily_cap", "per_recipient_daily_cap",
                "per_recipient_daily_cap", Unit.RECIPIENT_ATTEMPTS, Window.LOCAL_DAY, Severity.MEDIUM,
                "当日第{n}次{same_recipient}，超过每日{cap}次上限"),
    ContactRule("frequency.rolling_cap.{channel}", "frequency.rolling_cap", "rolling_cap", "rolling_cap",
                Unit.DEBTOR_ATTEMPTS, Window.ROLLING, Severity.MEDIUM,
                "{days}日内第{n}次{action}，超过{days}日{cap}次上限", days="rolling_window_days"),
    ContactRule("frequency.after_conversation", "frequency.rolling_cap", "after_conversation_days",
                "after_conversation_days", Unit.DEBTOR_ATTEMPTS, Window.AFTER_CONVERSATION, Severity.MEDIUM,
                "{talk_day}已与债务人接通电话，通话后第{n}天再次致电；通话当日起{days}日内不得再致电",
                days="after_conversation_days", channel="call"),
    ContactRule("frequency.third_party.per_day", "frequency.third_party", "third_party_per_day",
                "third_party.per_day", Unit.THIRD_PARTY, Window.LOCAL_DAY, Severity.HIGH,
                "当日第{n}次就该债务{action}，超过每日{cap}次上限"),
    ContactRule("frequency.third_party.per_window", "frequency.third_party", "third_party_per_window",
                "third_party.per_window", Unit.THIRD_PARTY, Window.ROLLING, Severity.HIGH,
                "{days}日内第{n}次就该债务{action}，超过{days}日{cap}次上限", days="third_party_window_days"),
    ContactRule("frequency.after_cease", "frequency.after_cease", "cease_events", "cease_events",
                Unit.DEBTOR_ATTEMPTS, Window.FROM_CEASE, Severity.HIGH,
                "债务人已于{when}{event}{scope}，此后仍{action}"),
)


@dataclass(frozen=True)
class Limit:
    """One rule as a policy sets it: for one channel (or every channel), with its cap and window."""

    rule: ContactRule
    rule_id: str
    channel: str | None      # None: contacts on every channel count
    cap: int | None          # None: any contact in the window breaches
    days: int | None
    regulation: str          # the policy's citation for the number


def limits(policy: Policy) -> tuple[Limit, ...]:
    """The rules of `CONTACT_RULES` that `policy` switches on, one `Limit` per capped channel, in table order."""
    found = []
    for rule in CONTACT_RULES:
        value = getattr(policy, rule.setting)
        days = getattr(policy, rule.days) if rule.days else None
        if value is None or (isinstance(value, (Mapping, tuple)) and not value) or (rule.days and days is None):
            continue
        if isinstance(value, Mapping):          # caps per channel
            found += [Limit(rule, rule.rule_id.format(channel=channel), channel, cap, days,
                            policy.source(f"{rule.policy_key}.{channel}")) for channel, cap in value.items()]
        else:
            cap = value if rule.window in COUNTED else None
            found.append(Limit(rule, rule.rule_id, rule.channel, cap, days, policy.source(rule.policy_key)))
    return tuple(found)
