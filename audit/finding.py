"""The finding: one rule hit, in the contract's output format (contract section 4)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum

from audit.masking import mask_field


class Severity(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(str(value).lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r}; expected one of low, medium, high, critical") from None


_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}

ANALYZERS = ("wording", "pii", "frequency", "notice", "conduct", "template")
DETECTORS = ("rule", "model")   # a wording finding from the phrase rules, or from the trained classifier alone

CATEGORIES = frozenset({
    "abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
    "misleading.impersonation", "misleading.legal", "coercion.debt_rollover",
    "pii.unmasked_identifier", "pii.third_party_disclosure", "pii.sensitive", "pii.excessive",
    "frequency.time_window", "frequency.daily_cap", "frequency.rolling_cap",
    "frequency.third_party", "frequency.after_cease",
    "notice.missing_element",
    "conduct.no_self_identification", "conduct.disclosure_before_verification", "conduct.third_party_pressed",
    "conduct.hardship_ignored", "conduct.cease_ignored",
    "template.unapproved", "template.drift", "template.wrong_stage",
})


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
