"""The data contract's vocabulary (../shared/contract/README.md), written once and imported everywhere:
readers and validators check values against it, the service's JSON schema lists it, analyzers and rule
packs are held to it. Spelling: "analyzer", as the contract and the CLI (`--analyzers`) write it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import Enum


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the known name nearest a misspelt one, '' when none is near."""
    near = difflib.get_close_matches(str(word), list(known), n=1, cutoff=0.6)
    return f" (did you mean {near[0]!r}?)" if near else ""


# Messages (contract section 1)
CHANNELS = ("sms", "notice", "call", "app", "email")
# Channel names as exports write them (Chinese, or capitalised), read as the contract's
CHANNEL_ALIASES = {"短信": "sms", "短讯": "sms", "SMS": "sms", "电话": "call", "通话": "call", "外呼": "call",
                   "催收函": "notice", "催告函": "notice", "函件": "notice", "律师函": "notice", "App": "app",
                   "APP": "app", "应用": "app", "邮件": "email", "电子邮件": "email", "Email": "email",
                   "E-mail": "email"}
RECIPIENT_TYPES = ("debtor", "third_party", "unknown")
SPEAKERS = ("agent", "customer", "third_party")

# Contact logs and debtor events (section 2); a contact's recipient is known, so there is no "unknown"
CONTACT_CHANNELS = ("call", "sms", "app", "email", "visit")
CONTACT_RECIPIENT_TYPES = ("debtor", "third_party")
OUTCOMES = ("connected", "no_answer", "busy", "failed", "delivered")
DEBTOR_EVENTS = ("cease_request", "dispute", "complaint", "hardship", "paid_in_full", "representative")

# Findings (section 4)
ANALYZERS = ("wording", "pii", "frequency", "notice", "conduct", "template")
DETECTORS = ("rule", "model")   # a wording finding from the phrase rules, or from the trained classifier alone
ENTITY_TYPES = ("CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_BANK_CARD", "EMAIL", "PERSON", "ADDRESS",
                "CN_PASSPORT", "CN_LICENSE_PLATE", "CN_USCC")

# The gate's answers, in order of strictness
DECISIONS = ("allow", "review", "block")


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
SEVERITIES = tuple(s.value for s in Severity)     # lowest first

# The taxonomy of categories (section 5)
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
