"""The finding: one rule hit, in the contract's output format (contract section 4)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from audit.masking import mask_field
from audit.vocabulary import Severity

if TYPE_CHECKING:
    from audit.message import Message
    from audit.rulepack import Rule


@dataclass(slots=True)
class Finding:
    """One finding. `evidence` must already be masked: a Finding never holds raw personal data."""

    analyzer: str
    category: str
    rule_id: str
    severity: Severity
    campaign_id: str
    regulation: str
    explanation: str
    message_id: str | None = None
    contact_id: str | None = None
    debtor_id: str | None = None
    start: int | None = None
    end: int | None = None
    turn: int | None = None
    entity_type: str | None = None
    evidence: str | None = None
    detector: str | None = None     # "model" for a classifier-only wording finding; None: a rule's
    score: float | None = None      # the classifier's probability for the category, when it ran and agreed

    def to_dict(self) -> dict:
        """Contract field order; fields that do not apply are left out. Every output (findings files,
        reports, gate verdicts) is made from this: a `debtor_id` that is an identifier (an ID card, a
        mobile, a card number) is masked here; an account key (D20260301) is kept, findings join on it."""
        out: dict = {}
        for name in FIELD_ORDER:
            value = getattr(self, name)
            if value is not None:
                out[name] = value.value if isinstance(value, Severity) else value
        if isinstance(self.debtor_id, str):
            out["debtor_id"] = mask_field(self.debtor_id, net=False)
        return out

    @classmethod
    def of_rule(cls, rule: Rule, message: Message, **where: Any) -> Finding:
        """The finding of a rule pack's `rule` on `message`: the rule's metadata and the message's ids
        (message, campaign, debtor), plus `where` it is (start, end, turn, entity_type, evidence, score)."""
        return cls(analyzer=rule.analyzer, category=rule.category, rule_id=rule.id, severity=rule.severity,
                   campaign_id=message.campaign_id, regulation=rule.regulation, explanation=rule.explanation,
                   message_id=message.message_id, debtor_id=message.debtor_id, **where)

    def of_message(self, message: Message) -> Finding:
        """A copy of this finding carrying `message`'s ids (message, campaign, debtor): the finding of a message that
        says what the judged one said. Built from the fields read at once (dataclasses.replace looks the fields up
        and builds keyword arguments for every copy: three times the cost)."""
        copy = Finding(*_all_fields(self))
        copy.message_id, copy.campaign_id, copy.debtor_id = message.message_id, message.campaign_id, message.debtor_id
        return copy

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["severity"] = Severity.parse(kwargs["severity"])
        return cls(**kwargs)

    def sort_key(self) -> tuple:
        return (self.campaign_id, self.message_id or self.contact_id or "", self.turn or 0,
                self.start if self.start is not None else -1, self.rule_id)


FIELD_ORDER = ("message_id", "contact_id", "debtor_id", "campaign_id", "analyzer", "category", "rule_id",
               "severity", "start", "end", "turn", "entity_type", "evidence", "regulation", "explanation", "detector",
               "score")
_all_fields = attrgetter(*(f.name for f in fields(Finding)))     # every field, in the order __init__ takes them
