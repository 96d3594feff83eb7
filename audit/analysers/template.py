"""Template conformance (contract sections 3a and 5): is the message an approved template, filled in
properly, sent at a stage it is approved for?

Per message of a channel that carries templates (never calls):
- `template.unapproved`: no `template_id` on a channel the policy's `require_template` lists, an id the
  registry does not hold (only this finding then), or a registered template not usable on the local send
  date (policy time zone; approved_at up to, not including, retired_at) or sent on another channel;
- `template.drift`: the text is not the template filled in (word-level diff), or a placeholder took a value
  of the wrong kind (an unmasked name where `masked_name` is required), or disagrees with `template_vars`;
- `template.wrong_stage`: `days_overdue` falls in a stage the template is not approved for, or in none.

A message without `sent_at` is judged as if sent on the day of the check (today in the policy's zone):
what the pre-send gate sees. Without `days_overdue` the stage is not judged.

Options: `policy` (a profile name, file or `Policy`). With no policy, or a policy without `templates`,
the analyser finds nothing.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from audit.analysers.base import MessageAnalyser
from audit.errors import RulePackError
from audit.finding import Finding
from audit.masking import mask_field
from audit.message import Message
from audit.policy import Policy, load_policy
from audit.rulepack import Rule, check_body_keys
from audit.templates import TEMPLATE_CHANNELS, Registry, Template, load_registry

CODES = ("template.unapproved", "template.drift", "template.wrong_stage")
BODY_KEYS = {"example_policy"}    # the tiny policy + registry a rule's examples are judged against


class TemplateJudge:
    """The judging itself, for one policy and its registry (the analyser and `audit templates diff` share it)."""

    def __init__(self, policy: Policy, registry: Registry, rules: dict[str, Rule]) -> None:
        self.policy, self.registry, self.rules = policy, registry, rules
        self.zone = ZoneInfo(policy.timezone)

    @classmethod
    def for_policy(cls, policy: Policy, rules: dict[str, Rule]) -> TemplateJudge | None:
        if policy.templates is None:
            return None
        missing = [code for code in CODES if code not in rules]
        if missing:
            raise RulePackError(policy.source_path, f"the policy names a template registry but no rule pack has a "
                                                    f"rule for {', '.join(missing)} (lexicons/template/)")
        return cls(policy, load_registry(policy.templates, [s.name for s in policy.stages]), rules)

    def judge(self, message: Message) -> list[Finding]:
        if message.channel not in TEMPLATE_CHANNELS or message.text is None:
            return []
        template = self.registry.get(message.template_id)
        if message.template_id is None:
            if message.channel in self.policy.require_template:
                return [self._finding(message, "template.unapproved",
                                      f"渠道 {message.channel} 须使用登记模板，该消息没有 template_id")]
            return []
        if template is None:
            return [self._finding(message, "template.unapproved", f"模板 {message.template_id} 不在模板登记册中")]
        findings = []
        unusable = self._unusable(message, template)
        if unusable:
            findings.append(self._finding(message, "template.unapproved", unusable))
        conformance = template.check(message.text, message.template_vars)
        if not conformance.conforms:
            start, end = conformance.span() or (None, None)
            evidence = f"模板 {mask_field(template.template_id)}：{conformance.evidence()}"   # masked once, here
            findings.append(self._finding(message, "template.drift", evidence, start, end, masked=True))
        if message.days_overdue is not None and self.policy.stages:
            stage = self.policy.stage_of(message.days_overdue)
            if stage not in template.stages:
                where = f"阶段 {stage}" if stage else "不属于任何催收阶段"
                findings.append(self._finding(
                    message, "template.wrong_stage", f"模板 {template.template_id} 获批阶段为 "
                    f"{'、'.join(template.stages)}；逾期 {message.days_overdue} 天（{where}）"))
        return findings

    def send_date(self, message: Message) -> date:
        """The local send date; a message not yet sent (no sent_at) is judged as if sent today."""
        moment = message.sent_at or datetime.now(self.zone)
        return moment.astimezone(self.zone).date()

    def _unusable(self, message: Message, template: Template) -> str | None:
        if message.channel not in template.channels:
            return f"模板 {template.template_id} 登记渠道为 {'、'.join(template.channels)}，却用于 {message.channel}"
        day = self.send_date(message)
        if day < template.approved_at:
            return f"模板 {template.template_id} 于 {_day(template.approved_at)} 获批，发送日 {_day(day)} 尚未获批"
        if template.retired_at is not None and day >= template.retired_at:
            return f"模板 {template.template_id} 已于 {_day(template.retired_at)} 停用，发送日 {_day(day)}"
        return None

    def _finding(self, message: Message, code: str, evidence: str, start: int | None = None,
                 end: int | None = None, masked: bool = False) -> Finding:
        rule = self.rules[code]
        return Finding.of_rule(rule, message, start=start, end=end,
                               evidence=evidence if masked else mask_field(evidence))


class TemplateAnalyser(MessageAnalyser):
    name = "template"
    channels = frozenset(TEMPLATE_CHANNELS)

    def __init__(self, rules: list[Rule], policy: str | Path | Policy | None = None, **options: object) -> None:
        super().__init__(rules, **options)
        for rule in rules:
            check_body_keys(rule, BODY_KEYS)
        self._rules = rules_by_code(rules)
        if isinstance(policy, (str, Path)):
            policy = load_policy(policy)
        self.judge = TemplateJudge.for_policy(policy, self._rules) if policy is not None else None
        self._example_judges: dict[str, TemplateJudge] = {}

    def analyse(self, message: Message) -> list[Finding]:
        return self.judge.judge(message) if self.judge is not None else []

    def example_matches(self, rule: Rule, text: str) -> bool:
        """An example is a message as a JSON object (message_id and campaign_id may be left out), judged against
        the rule's `example_policy` (a policy file beside the pack, with its tiny registry); it matches when
        the rule fires on it."""
        from audit.errors import InvalidField
        from audit.readers import message_from_dict

        try:
            record = json.loads(text)
            message = message_from_dict({"message_id": "example", "campaign_id": "examples", **record})
        except (ValueError, TypeError, InvalidField) as exc:
            raise RulePackError(rule.path, f"an example must be a message as a JSON object: {exc}", rule.id) from None
        policy_path = str(Path(rule.path).parent / str(rule.body.get("example_policy", "")))
        if policy_path not in self._example_judges:
            judge = TemplateJudge.for_policy(load_policy(policy_path), self._rules)
            if judge is None:
                raise RulePackError(policy_path, "an example policy needs 'templates'")
            self._example_judges[policy_path] = judge
        return any(f.rule_id == rule.id for f in self._example_judges[policy_path].judge(message))


def _day(day: date) -> str:
    """A date as evidence shows it (2026-10-01 would read as a long number to the masking net)."""
    return f"{day.year}年{day.month}月{day.day}日"


def rules_by_code(rules: list[Rule]) -> dict[str, Rule]:
    """The template rules by the code they report; a rule of another category is a pack error."""
    by_code = {}
    for rule in rules:
        if rule.category not in CODES:
            raise RulePackError(rule.path, f"a template rule's category is one of {', '.join(CODES)}", rule.id)
        by_code[rule.category] = rule
    return by_code
