"""Masking of personal data in evidence and in masked output (house convention, regulations.md CN-GBT35273-7.2).

`mask_evidence` is the safety net every analyser applies to its evidence: any run of 7 or more
digits (ID, card, phone; full-width digits included) keeps only its last four, and an e-mail
keeps only its first character and domain.
"""

from __future__ import annotations

import re

_LONG_DIGITS = re.compile(r"(?:[0-9０-９][\s\-]?){6,}[0-9０-９Xx]")
_EMAIL = re.compile(r"([A-Za-z0-9])[A-Za-z0-9._%+\-]*(@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})")


def keep_last(value: str, keep: int = 4, mask: str = "*") -> str:
    """Mask every character but the last `keep` (separators are masked too, so length is kept)."""
    if len(value) <= keep:
        return mask * len(value)
    return mask * (len(value) - keep) + value[-keep:]


def mask_digits(value: str, keep: int = 4) -> str:
    """Mask all but the last `keep` digits of a number, leaving its separators in place."""
    digits_seen, out = 0, []
    for ch in reversed(value):
        if ch.isalnum():
            digits_seen += 1
            out.append(ch if digits_seen <= keep else "*")
        else:
            out.append(ch)
    return "".join(reversed(out))


def mask_evidence(text: str) -> str:
    text = _LONG_DIGITS.sub(lambda m: mask_digits(m.group(0)), text)
    return _EMAIL.sub(lambda m: m.group(1) + "***" + m.group(2), text)
