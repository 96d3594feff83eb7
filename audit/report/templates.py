"""The template section of a campaign report (contract sections 3a and 5, `template.*`).

Messages per template and collection stage, drift rate per template and per agent, and the drifted
messages with their diff: the finding's evidence already holds the masked word-level diff. The figures come
from `audit.templates.template_usage` over the campaign's template-bearing messages, kept while the messages
stream past without their words.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from audit.masking import mask_evidence
from audit.message import Message
from audit.report.rates import share
from audit.templates import template_usage

TEMPLATE_PREFIX = "template."
DRIFT = "template.drift"
DRIFT_EXAMPLES = 10         # drifted messages shown per campaign; the counts are complete
CODES = ("unapproved", "drift", "wrong_stage")


def template_bearing(message: Message, findings: list[dict]) -> Message | None:
    """What the section keeps of a message that names a template or got a template finding (None otherwise):
    its ids, agent and days overdue, not its words."""
    if message.template_id is None and not any(f["category"].startswith(TEMPLATE_PREFIX) for f in findings):
        return None
    return Message(message.message_id, message.campaign_id, message.channel, agent_id=message.agent_id,
                   template_id=message.template_id, days_overdue=message.days_overdue)


def template_summary(kept: list[Message], findings: list[dict],
                     stage_of: Callable[[int], str | None] | None) -> dict | None:
    """The section's figures for summary.json; None when no message of the campaign bears a template."""
    if not kept:
        return None
    template_findings = [f for f in findings if f["category"].startswith(TEMPLATE_PREFIX)]
    usage = template_usage(kept, template_findings, stage_of)
    by_id = {m.message_id: m for m in kept}
    drifted = sorted((f for f in template_findings if f["category"] == DRIFT and f.get("message_id") in by_id),
                     key=lambda f: f["message_id"])
    return {
        "messages": len(usage),
        "templates": int(usage["template_id"].nunique()),
        **{code: int(usage[code].sum()) for code in CODES},
        "drift_rate": share(int(usage["drift"].sum()), len(usage)),
        "by_template_stage": _rows(usage.groupby(["template_id", "stage"], dropna=False).size().rename("messages")
                                   .reset_index().sort_values(["template_id", "stage"], na_position="last")),
        "by_template": _rates(usage, "template_id"),
        "by_agent": _rates(usage, "agent_id"),
        "drift_examples": [{"message_id": f["message_id"], "template_id": by_id[f["message_id"]].template_id,
                            "agent_id": by_id[f["message_id"]].agent_id, "rule_id": f["rule_id"],
                            "severity": f["severity"],
                            # masked upstream too; masking twice is harmless
                            "evidence": mask_evidence(f["evidence"]) if isinstance(f.get("evidence"), str) else None}
                           for f in drifted[:DRIFT_EXAMPLES]],
    }


def _rates(usage: pd.DataFrame, key: str) -> list[dict]:
    """Messages and findings per `key` (template or agent), the drift rate first, worst first."""
    grouped = usage.groupby(key, dropna=False)[list(CODES)].agg(["size", "sum"])
    rows = []
    for name, row in grouped.iterrows():
        messages = int(row[("drift", "size")])
        rows.append({key: None if pd.isna(name) else name, "messages": messages,
                     **{code: int(row[(code, "sum")]) for code in CODES},
                     "drift_rate": share(int(row[("drift", "sum")]), messages)})
    return sorted(rows, key=lambda r: (-(r["drift_rate"] or 0), -r["messages"], r[key] is None, r[key] or ""))


def _rows(frame: pd.DataFrame) -> list[dict]:
    """A frame as JSON rows, pandas' missing values as null."""
    return [{k: (None if pd.isna(v) else v.item() if hasattr(v, "item") else v) for k, v in row.items()}
            for row in frame.to_dict("records")]
