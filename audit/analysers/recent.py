"""The findings of messages judged lately, for messages that read alike: a campaign sends one template to many
debtors, and many of its messages are the same text word for word (a template without the debtor's name or amount,
the same threat pasted again and again). An analyser whose findings depend only on what a message says judges such a
text once and hands each later copy the same findings under the copy's own ids.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace

from audit.finding import Finding
from audit.message import Message

RECENT_LIMIT = 16384    # texts remembered: ~5 MB; a template's copies arrive close together in a campaign's file


class RecentFindings:
    """Findings by what a message says (`key`: anything hashable that holds every input the analyser reads but the
    message's ids), for the last RECENT_LIMIT texts looked up. The findings kept are never handed out: each message
    gets copies carrying its own message, campaign and debtor ids."""

    def __init__(self, limit: int = RECENT_LIMIT) -> None:
        self._limit = limit
        self._findings: dict[Hashable, list[Finding]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._findings

    def remember(self, key: Hashable, findings: list[Finding]) -> None:
        if len(self._findings) >= self._limit:
            del self._findings[next(iter(self._findings))]     # the least recently used: hits move to the end
        self._findings[key] = findings

    def findings_for(self, key: Hashable, message: Message) -> list[Finding]:
        """Copies of the findings kept under `key`, with `message`'s ids."""
        findings = self._findings.pop(key)
        self._findings[key] = findings
        return [replace(finding, message_id=message.message_id, campaign_id=message.campaign_id,
                        debtor_id=message.debtor_id) for finding in findings]
