"""The scan pipeline: readers -> analysers -> findings file, with counts that add up.

Every input record is either scanned or listed as rejected; `ScanCounts` says how many of each.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from audit.analysers.base import MessageAnalyser
from audit.errors import InputRecordError
from audit.finding import Finding, Severity
from audit.message import Message


@dataclass
class ScanCounts:
    read: int = 0
    scanned: int = 0
    rejected: int = 0
    findings: int = 0
    by_category: Counter = field(default_factory=Counter)
    by_severity: Counter = field(default_factory=Counter)

    def add_finding(self, finding: Finding) -> None:
        self.findings += 1
        self.by_category[finding.category] += 1
        self.by_severity[finding.severity.value] += 1

    def merge(self, other: ScanCounts) -> None:
        """Add the counts of another part of the same scan (a slice scanned elsewhere)."""
        self.read += other.read
        self.scanned += other.scanned
        self.rejected += other.rejected
        self.findings += other.findings
        self.by_category.update(other.by_category)
        self.by_severity.update(other.by_severity)

    def worst(self) -> Severity | None:
        present = [Severity(s) for s in self.by_severity]
        return max(present, key=lambda s: s.rank) if present else None


def analyse_message(message: Message, analysers: list[MessageAnalyser]) -> list[Finding]:
    """All findings for one message, in a stable order."""
    findings = [f for a in analysers if a.applies_to(message) for f in a.analyse(message)]
    return sorted(findings, key=Finding.sort_key)


def scan_records(
    records: Iterable[Message | InputRecordError],
    analysers: list[MessageAnalyser],
    counts: ScanCounts,
    on_reject: Callable[[InputRecordError], None],
) -> Iterator[Finding]:
    """Scan what a reader yields; each rejected record goes to `on_reject` (which may raise to stop)."""
    for record in records:
        counts.read += 1
        if isinstance(record, InputRecordError):
            counts.rejected += 1
            on_reject(record)
            continue
        counts.scanned += 1
        for finding in analyse_message(record, analysers):
            counts.add_finding(finding)
            yield finding


def write_finding(handle: IO[str], finding: Finding) -> None:
    handle.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")
