"""The legal basis as a report shows it: the published citations only.

A finding's `regulation` comes from a rule pack or a policy comment, where editors keep internal source ids
(`CN-GB45251-3P-01`), project references and notes. A compliance officer can look up none of them, so the
report keeps the titles and clauses and drops the rest."""

from __future__ import annotations

import re

_INTERNAL_ID = re.compile(r"\b(?:CN|US)-[A-Z0-9]+(?:-[A-Z0-9]+)*(?:/\d+)?")
_PROJECT_REFERENCE = re.compile(r"种子需求|本项目|\bseed\b|data contract|contract section", re.IGNORECASE)
_CJK_OR_DIGIT = re.compile(r"[\u4e00-\u9fff\d]")
_SEPARATORS_AFTER_OPEN = re.compile(r"([（(])[\s，,、:：]+")
_SEPARATORS_BEFORE_CLOSE = re.compile(r"[\s，,、:：]+([）)])")
_EMPTY_BRACKETS = re.compile(r"（\s*）|\(\s*\)")
# An English note: after a colon, or in brackets holding words (a clause mark such as "(b)(1)" holds none).
_ENGLISH_AFTER_COLON = re.compile(r"\s*:\s+[A-Za-z].*$")
_ENGLISH_IN_BRACKETS = re.compile(r"\s*\([A-Za-z][^()]*\s[^()]*\)")


def readable_citation(regulation: str, lang: str = "zh") -> str:
    """The citations of `regulation`, joined by '；', without internal ids or project references. In Chinese
    (`lang` "zh") English notes go too, and clauses with neither a Chinese character nor a number."""
    kept = []
    for clause in re.split(r"[；;]", regulation):
        if _PROJECT_REFERENCE.search(clause):
            continue
        clause = _INTERNAL_ID.sub("", clause)
        if lang == "zh":
            clause = _ENGLISH_IN_BRACKETS.sub("", _ENGLISH_AFTER_COLON.sub("", clause))
        clause = _SEPARATORS_BEFORE_CLOSE.sub(r"\1", _SEPARATORS_AFTER_OPEN.sub(r"\1", clause))
        clause = _EMPTY_BRACKETS.sub("", clause).strip(" ，,、:：")
        if _CJK_OR_DIGIT.search(clause) or (lang != "zh" and clause):
            kept.append(clause)
    return "；".join(kept)
