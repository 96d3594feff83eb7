"""The findings of messages judged lately in a scan, for messages that read alike: a campaign sends one template to
many debtors, and many of its messages are the same text word for word (a template without the debtor's name or
amount, the same threat pasted again and again). An analyser whose findings depend only on what a message says
(`MessageAnalyser.said`) judges such a text once in a scan and each later copy gets the same findings under its own ids.
The memory lives as long as one scan, not as the analyser: a caller that changes an analyser between two calls (a test
that stands in for its classifier) is judged afresh.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from audit.analysers.base import MessageAnalyser
from audit.finding import Finding
from audit.message import Message

RECENT_LIMIT = 16384    # texts remembered: a few MB; a template's copies arrive close together in a campaign's file


class RecentFindings:
    """`analyser.analyse_many` that judges each text (`analyser.said`) once while it is among the last RECENT_LIMIT
    texts looked up. The findings kept are never handed out: each message gets copies carrying its own message,
    campaign and debtor ids."""

    def __init__(self, analyser: MessageAnalyser, limit: int = RECENT_LIMIT) -> None:
        self.analyser = analyser
        self._limit = limit
        self._findings: dict[Hashable, list[Finding]] = {}

    def analyse_many(self, messages: Sequence[Message]) -> list[list[Finding]]:
        keys = [self.analyser.said(message) for message in messages]
        first: dict[Hashable, int] = {}     # each text not judged lately -> the first message that says it
        for i, key in enumerate(keys):
            if key is not None and key not in self._findings:
                first.setdefault(key, i)
        todo = sorted([*first.values(), *(i for i, key in enumerate(keys) if key is None)])
        judged = dict(zip(todo, self.analyser.analyse_many([messages[i] for i in todo])))
        for key, i in first.items():
            self._remember(key, judged[i])
        return [judged[i] if key is None else self._copies(key, message)
                for i, (key, message) in enumerate(zip(keys, messages))]

    def _remember(self, key: Hashable, findings: list[Finding]) -> None:
        if len(self._findings) >= self._limit:
            del self._findings[next(iter(self._findings))]     # the least recently used: a hit moves to the end
        self._findings[key] = findings

    def _copies(self, key: Hashable, message: Message) -> list[Finding]:
        findings = self._findings.pop(key)
        self._findings[key] = findings
        return [finding.of_message(message) for finding in findings]
