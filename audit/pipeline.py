"""The scan pipeline, and the library API over it: `scan`, `scan_frame` and `analyse_contacts`.

readers -> analysers -> findings, with counts that add up: every input record is either scanned or
rejected, and `ScanCounts` says how many of each. `audit scan` is a thin command over `Scan`.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from audit.analysers import MESSAGE_ANALYSERS, scan_analysers
from audit.analysers.base import MessageAnalyser
from audit.analysers.recent import RecentFindings
from audit.errors import InputRecordError
from audit.finding import FIELD_ORDER, Finding, Severity
from audit.message import Message

if TYPE_CHECKING:   # pandas loads only when a frame is asked for
    import pandas as pd

    from audit.contacts import Rejects
    from audit.policy import Policy

PathLike = str | os.PathLike
MessageSource = PathLike | Sequence[PathLike] | Iterable[Message | Mapping[str, Any]]   # or a pandas DataFrame
OnError = Literal["fail", "skip"]
CONTACT_ANALYZER = "frequency"     # judges the contact log, not messages


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
    return analyse_messages([message], analysers)[0]


def analyse_messages(messages: list[Message], analysers: list[MessageAnalyser],
                     recent: list[RecentFindings] | None = None) -> list[list[Finding]]:
    """All findings for each message, in a stable order; each analyser judges the messages it applies to
    together (`analyse_many`), so it can share work across them; with `recent` (one per analyser, for one scan), a
    text each has judged lately in the scan is not judged again."""
    found: list[list[Finding]] = [[] for _ in messages]
    for a, analyser in enumerate(analysers):
        applicable = [i for i, message in enumerate(messages) if analyser.applies_to(message)]
        judge = analyser if recent is None else recent[a]
        for i, findings in zip(applicable, judge.analyse_many([messages[i] for i in applicable])):
            found[i].extend(findings)
    # where every analyser's findings meet: one may corroborate (or not) another's (MessageAnalyser.corroborate_others)
    corroborating = [a for a in analysers if type(a).corroborate_others is not MessageAnalyser.corroborate_others]
    for analyser in corroborating:
        found = [analyser.corroborate_others(message, findings) for message, findings in zip(messages, found)]
    return [sorted(findings, key=Finding.sort_key) for findings in found]


SCAN_CHUNK = 256    # messages analysed together (the wording classifier scores a chunk in one pass)


def scan_records(
    records: Iterable[Message | InputRecordError],
    analysers: list[MessageAnalyser],
    counts: ScanCounts,
    on_reject: Callable[[InputRecordError], None],
) -> Iterator[Finding]:
    """Scan what a reader yields, in chunks of SCAN_CHUNK messages; each rejected record goes to `on_reject`
    (which may raise to stop), after the findings of every message read before it. A text an analyser judged earlier
    in the scan is not judged again (`RecentFindings`)."""
    chunk: list[Message] = []
    recent = [RecentFindings(analyser) for analyser in analysers]

    def findings_of_chunk() -> Iterator[Finding]:
        for findings in analyse_messages(chunk, analysers, recent):
            for finding in findings:
                counts.add_finding(finding)
                yield finding
        chunk.clear()

    for record in records:
        counts.read += 1
        if isinstance(record, InputRecordError):
            yield from findings_of_chunk()
            counts.rejected += 1
            on_reject(record)
            continue
        counts.scanned += 1
        chunk.append(record)
        if len(chunk) == SCAN_CHUNK:
            yield from findings_of_chunk()
    yield from findings_of_chunk()


# The same text as json.dumps(..., ensure_ascii=False), which builds an encoder per call when given an option
_FINDING_JSON = json.JSONEncoder(ensure_ascii=False)


def write_finding(handle: IO[str], finding: Finding) -> None:
    handle.write(_FINDING_JSON.encode(finding.to_dict()) + "\n")


# ---------------------------------------------------------------- the library API


def analyzer_names(requested: Iterable[str] | None, have_messages: bool, have_contacts: bool) -> list[str]:
    """The analyzers a scan runs: the ones requested, checked, or every one that applies to the inputs."""
    known = [*MESSAGE_ANALYSERS, CONTACT_ANALYZER]
    if requested is None:
        return ([*MESSAGE_ANALYSERS] if have_messages else []) + ([CONTACT_ANALYZER] if have_contacts else [])
    names = [n.strip() for n in requested if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown analyzer(s) {', '.join(unknown)}; known: {', '.join(known)}")
    if CONTACT_ANALYZER in names and not have_contacts:
        raise ValueError("the frequency analyzer needs contacts")
    return names


class RejectList(list):
    """Rejected records kept in memory (what `on_error="skip"` gives a Python caller)."""

    def write(self, error: InputRecordError) -> None:
        self.append(error)


class Scan:
    """One scan: its inputs and settings, checked when it is made; `findings()` runs it, streaming.

    `messages`: a file (JSON Lines, CSV, Parquet; '-' is stdin), a list of files, an iterable of message
    dicts (contract section 1) or `Message`s, or a DataFrame of messages. `contacts` and `events`: files of
    the contact log and of debtor events (contract section 2), judged against `policy` (a profile name, a
    YAML file or a `Policy`). `lexicons`: the rules folder (default: the shipped one); notice profiles and
    policies by name come from it too when it has them. `dask`: a scheduler address or `local:N` to scan
    message files on a cluster. `columns` maps contract fields to the files' own column names
    (`{"text": "内容"}`). The counts fill as the findings are drawn.
    """

    def __init__(self, messages: MessageSource | pd.DataFrame | None = None, *, contacts: PathLike | None = None,
                 events: PathLike | None = None, policy: str | Path | Policy = "cn-default",
                 analyzers: Iterable[str] | None = None, encoding: str | None = None,
                 notice_profile: str = "default", lexicons: Path | None = None, dask: str | None = None,
                 progress: bool = False, columns: Mapping[str, str] | None = None) -> None:
        if messages is None and contacts is None:
            raise ValueError("give messages, contacts, or both")
        if events is not None and contacts is None:
            raise ValueError("events go with contacts")
        self.paths, self.records = _split_source(messages)
        if dask and self.records is not None:
            raise ValueError("a cluster scan reads message files, not records in memory")
        if dask and columns:
            raise ValueError("a cluster scan reads the contract's column names (columns are not renamed there)")
        if dask and not isinstance(policy, (str, Path)):
            raise ValueError("a cluster scan takes the policy by name or file (workers load it themselves)")
        self.names = analyzer_names(analyzers, messages is not None, contacts is not None)
        self.contacts, self.events, self.policy = contacts, events, _policy_in(policy, lexicons)
        _check_settings(self.policy, notice_profile, lexicons)
        self.encoding, self.notice_profile, self.lexicons = encoding, notice_profile, lexicons
        self.dask, self.progress, self.columns = dask, progress, columns
        self.message_counts = ScanCounts() if messages is not None else None
        self.contact_counts = ScanCounts() if contacts is not None else None

    def findings(self, rejects: Rejects | None = None) -> Iterator[Finding]:
        """The findings, messages first, then contacts. Each rejected record goes to `rejects.write`; with
        no `rejects` the first one raises its `InputRecordError` (naming file, line and field)."""
        def on_reject(error: InputRecordError) -> None:
            if rejects is None:
                raise error
            rejects.write(error)

        message_names = [n for n in self.names if n != CONTACT_ANALYZER]
        if self.message_counts is not None:     # read and counted even when only frequency was asked for
            yield from self._message_findings(message_names, on_reject)
        if self.contact_counts is not None and CONTACT_ANALYZER in self.names:
            yield from self._contact_findings(rejects)

    def _message_findings(self, names: list[str], on_reject: Callable[[InputRecordError], None]) -> Iterator[Finding]:
        from audit.readers import iter_messages, iter_records

        options = {"notice_profile": self.notice_profile, "policy": self.policy}
        if self.dask:
            from audit.distributed import scan_on_cluster

            cluster_options = {**options, "lexicons": self.lexicons} if self.lexicons else options
            yield from scan_on_cluster([str(p) for p in self.paths], names, cluster_options, self.dask,
                                       self.message_counts, on_reject)
            return
        analysers = scan_analysers(names, self.lexicons, **options)
        # The analysers' word lists, patterns and models are frozen for the scan: the collector's full passes no
        # longer walk them (20 ms each, one every few thousand messages), then they are its again.
        gc.freeze()
        try:
            if self.records is not None:
                yield from scan_records(iter_records(self.records), analysers, self.message_counts, on_reject)
                return
            for path in self.paths:
                records = iter_messages(path, encoding=self.encoding, columns=self.columns)
                if self.progress:
                    records = _with_progress(records, str(path))
                yield from scan_records(records, analysers, self.message_counts, on_reject)
        finally:
            gc.unfreeze()

    def _contact_findings(self, rejects: Rejects | None) -> Iterator[Finding]:
        from audit.analysers.frequency import FrequencyAnalyser
        from audit.contacts import read_contacts, read_events

        counts, on_error = self.contact_counts, "fail" if rejects is None else "skip"
        contact_log, read = read_contacts(self.contacts, encoding=self.encoding, on_error=on_error, rejects=rejects)
        counts.read, counts.rejected, counts.scanned = read.read, read.rejected, len(contact_log)
        event_log = read_events(self.events, encoding=self.encoding, on_error=on_error, rejects=rejects)[0] \
            if self.events is not None else None
        for finding in FrequencyAnalyser(_policy(self.policy)).findings(contact_log, event_log):
            counts.add_finding(finding)
            yield finding


@dataclass
class ScanResult:
    """What `scan` returns: the findings, the counts of each input, and the records it rejected."""

    findings: list[Finding]
    messages: ScanCounts | None          # None when no messages were given
    contacts: ScanCounts | None          # None when no contact log was given
    rejected: list[InputRecordError]     # with on_error="skip"; empty with "fail" (the first one raises)

    def to_frame(self) -> pd.DataFrame:
        """The findings as a DataFrame, one row each, columns in the contract's field order."""
        return findings_frame(self.findings)

    def worst(self) -> Severity | None:
        """The highest severity found, None when nothing was found."""
        present = [c.worst() for c in (self.messages, self.contacts) if c is not None and c.worst()]
        return max(present, key=lambda s: s.rank) if present else None


def scan(messages: MessageSource | pd.DataFrame | None = None, *, contacts: PathLike | None = None, events: PathLike | None = None,
         policy: str | Path | Policy = "cn-default", analyzers: Iterable[str] | None = None,
         on_error: OnError = "fail", encoding: str | None = None, notice_profile: str = "default",
         lexicons: Path | None = None, dask: str | None = None) -> ScanResult:
    """Scan messages and/or a contact log as `audit scan` does, and return the findings with the counts.

    `messages` is a file, a list of files, or an iterable of message dicts / `Message`s (an error in one
    names `<records>`, its 1-based position and the field). `on_error="fail"` raises the first bad record's
    `InputRecordError`; `"skip"` lists it in `ScanResult.rejected` and goes on; either way every record is
    scanned or rejected (`read == scanned + rejected`). See `Scan` for the other arguments.
    """
    if on_error not in ("fail", "skip"):
        raise ValueError(f"on_error is 'fail' or 'skip', got {on_error!r}")
    job = Scan(messages, contacts=contacts, events=events, policy=policy, analyzers=analyzers, encoding=encoding,
               notice_profile=notice_profile, lexicons=lexicons, dask=dask)
    rejects = RejectList() if on_error == "skip" else None
    findings = list(job.findings(rejects))
    return ScanResult(findings, job.message_counts, job.contact_counts, list(rejects or []))


def scan_frame(messages: pd.DataFrame, *, on_error: OnError = "fail", analyzers: Iterable[str] | None = None,
               policy: str | Path | Policy = "cn-default", notice_profile: str = "default",
               lexicons: Path | None = None) -> pd.DataFrame:
    """Scan a DataFrame of messages (one row each, the contract's columns; empty cells count as absent) and
    return a DataFrame of findings in the contract's field order.

    A bad row raises an `InputRecordError` naming `<records>`, its 1-based position and the field; with
    `on_error="skip"` it is left out, and `result.attrs["rejected"]` lists where and why.
    """
    result = scan(messages, on_error=on_error, analyzers=analyzers, policy=policy,
                  notice_profile=notice_profile, lexicons=lexicons)
    frame = result.to_frame()
    frame.attrs["rejected"] = [error.to_dict() for error in result.rejected]
    return frame


def analyse_contacts(contacts: pd.DataFrame, policy: str | Path | Policy = "cn-default",
                     events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Judge a contact log (contract section 2, one row per attempt) and optional debtor events against a
    contact policy; return the frequency findings as a DataFrame in the contract's field order.

    Rows are validated like a file's; the first bad one raises an `InputRecordError` naming its position.
    """
    from audit.analysers.frequency import FrequencyAnalyser
    from audit.contacts import contacts_frame, events_frame
    from audit.readers import frame_records

    log = contacts_frame(frame_records(contacts))
    event_log = events_frame(frame_records(events)) if events is not None else None
    return findings_frame(FrequencyAnalyser(_policy(policy)).findings(log, event_log))


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """Findings as a DataFrame: the contract's fields in its order, personal data masked as in files."""
    import pandas as pd

    frame = pd.DataFrame([f.to_dict() for f in findings], columns=list(FIELD_ORDER))
    # offsets and turns stay whole numbers where some findings have none (pandas would make them floats)
    return frame.astype({"start": "Int64", "end": "Int64", "turn": "Int64"})


def _policy(policy: str | Path | Policy) -> Policy:
    from audit.policy import Policy, load_policy

    return policy if isinstance(policy, Policy) else load_policy(policy)


def _policy_in(policy: str | Path | Policy, lexicons: Path | None) -> str | Path | Policy:
    """A profile name is looked up in `lexicons/policies/` first, when another lexicons folder is given."""
    if lexicons is not None and isinstance(policy, str) and Path(policy).suffix not in (".yml", ".yaml"):
        candidate = Path(lexicons) / "policies" / f"{policy}.yml"
        if candidate.is_file():
            return candidate
    return policy


def _check_settings(policy: str | Path | Policy, notice_profile: str, lexicons: Path | None) -> None:
    """Load the policy and the notice profile once, so a misspelt name or a missing file stops the scan
    before its first record is read, whichever analyzers run (reports judge by the policy too)."""
    from audit.analysers.notice import PROFILES, load_profile

    _policy(policy)
    own_profiles = Path(lexicons) / "notice" / "profiles" if lexicons is not None else None
    load_profile(notice_profile, own_profiles if own_profiles is not None and own_profiles.is_dir() else PROFILES)


def _split_source(messages: MessageSource | None) -> tuple[list[PathLike], Iterable[Message | Mapping] | None]:
    """Message files, or records in memory."""
    if messages is None:
        return [], None
    if isinstance(messages, (str, os.PathLike)):
        return [messages], None
    if isinstance(messages, (list, tuple)) and messages and all(isinstance(m, (str, os.PathLike)) for m in messages):
        return list(messages), None
    return [], messages


def _with_progress(records: Iterator[Message | InputRecordError], path: str) -> Iterator[Message | InputRecordError]:
    """A progress bar on stderr for long files; none when stderr is not a terminal (as tqdm's disable=None would
    decide, without importing it)."""
    if hasattr(sys.stderr, "isatty") and not sys.stderr.isatty():
        return records
    from tqdm import tqdm

    return tqdm(records, desc=Path(path).name, unit=" msg", disable=None, leave=False, file=sys.stderr)
