"""What reports read: the findings file (contract section 4) and the messages it was made from.

Findings are held in memory (they are few next to messages); messages are streamed once, and
only the texts of the messages chosen as examples are kept.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from audit.errors import InputRecordError
from audit.masking import mask_evidence
from audit.message import Message
from audit.readers import json_without_lone_surrogates
from audit.vocabulary import ANALYZERS, CATEGORIES, Severity

REQUIRED_FINDING_FIELDS = ("campaign_id", "analyzer", "category", "rule_id", "severity")
SHOWN_REJECTS = 20          # rejected records listed in a report; the count is always complete


def load_findings(path: str | Path) -> list[dict]:
    """Every finding of a JSON Lines file as a dict (extra fields kept); a bad line raises naming it."""
    findings = []
    with open(path, "rb") as handle:
        for line_no, line in enumerate(handle, start=1):
            if line_no == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            findings.append(_checked_finding(path, line_no, line))
    return findings


def _checked_finding(path: str | Path, line_no: int, line: bytes) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputRecordError(path, line_no, None, f"not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError:
        raise InputRecordError(path, line_no, None, "not valid UTF-8") from None
    except (RecursionError, ValueError):     # nested too deeply; an integer of more than 4,300 digits
        raise InputRecordError(path, line_no, None, "not valid JSON (nested too deeply or a number too long)") from None
    if not isinstance(record, dict):
        raise InputRecordError(path, line_no, None, "a finding is a JSON object")
    record = json_without_lone_surrogates(record)    # as the message readers do, so campaign ids still match
    for name in REQUIRED_FINDING_FIELDS:
        if not isinstance(record.get(name), str) or not record[name]:
            raise InputRecordError(path, line_no, name, "required field missing or not a string")
    if not (record.get("message_id") or record.get("contact_id")):
        raise InputRecordError(path, line_no, "message_id", "a finding names a message_id or a contact_id")
    if record["category"] not in CATEGORIES:
        raise InputRecordError(path, line_no, "category", f"unknown category {record['category']!r}")
    if record["analyzer"] not in ANALYZERS:
        raise InputRecordError(path, line_no, "analyzer", f"unknown analyzer {record['analyzer']!r}")
    try:
        record["severity"] = Severity.parse(record["severity"]).value
    except ValueError as exc:
        raise InputRecordError(path, line_no, "severity", str(exc)) from None
    return record


def message_key(campaign_id: str, message_id: str) -> tuple[str, str]:
    """Message ids are unique only within a campaign's file, so findings join on both."""
    return (campaign_id, message_id)


class FindingIndex:
    """Findings with lookups by message and by contact, as positions into `findings`."""

    def __init__(self, findings: list[dict]) -> None:
        self.findings = findings
        self.by_message: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_contact: dict[str, list[int]] = defaultdict(list)
        for position, finding in enumerate(findings):
            if finding.get("message_id"):
                self.by_message[message_key(finding["campaign_id"], finding["message_id"])].append(position)
            else:
                self.by_contact[finding["contact_id"]].append(position)

    def for_message(self, message: Message) -> list[int]:
        return self.by_message.get(message_key(message.campaign_id, message.message_id), [])


@dataclass
class ReadCounts:
    """Records read from the message files: every one is either scanned or rejected."""

    read: int = 0
    scanned: int = 0
    rejected: int = 0
    rejects: list[dict] = field(default_factory=list)   # the first SHOWN_REJECTS, reasons masked

    def to_dict(self) -> dict:
        return {"read": self.read, "scanned": self.scanned, "rejected": self.rejected,
                "rejected_records": self.rejects}


def iter_messages(paths: Iterable[str | Path], counts: ReadCounts, encoding: str | None = None
                  ) -> Iterator[Message]:
    """Stream the good messages of every file, counting the rejected ones in `counts`."""
    from audit.readers import iter_messages as read_file

    for path in paths:
        for record in read_file(path, encoding=encoding):
            counts.read += 1
            if isinstance(record, InputRecordError):
                counts.rejected += 1
                if len(counts.rejects) < SHOWN_REJECTS:
                    entry = record.to_dict()
                    entry["file"] = Path(entry["file"]).name
                    entry["reason"] = mask_evidence(entry["reason"])   # a reason may quote the bad value
                    counts.rejects.append(entry)
                continue
            counts.scanned += 1
            yield record
