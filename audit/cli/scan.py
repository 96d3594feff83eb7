"""`audit scan`: run every analyser that applies and write findings per the contract."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import click

from audit.analysers import MESSAGE_ANALYSERS, build_analysers
from audit.atomic import atomic_output
from audit.errors import InputRecordError, exit_on_error
from audit.finding import Finding, Severity
from audit.scan import ScanCounts, scan_records, write_finding

SEVERITIES = [s.value for s in Severity]


@click.command()
@click.argument("messages", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", "out", default="-", show_default=True, help="Findings JSON Lines file ('-': stdout).")
@click.option("--analyzers", default=None,
              help="Comma-separated: wording,notice,pii,template,conduct,frequency. Default: all that apply to the inputs.")
@click.option("--encoding", default=None, help="Encoding of CSV inputs, e.g. gb18030 (UTF-8 with or without BOM is detected).")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default="fail", show_default=True,
              help="fail: stop at the first bad record (exit 2); skip: list it in the rejects file and go on.")
@click.option("--rejects", type=click.Path(dir_okay=False), default=None,
              help="Where --on-error skip lists rejected records (default: next to --out).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Exit 1 when a finding at or above this severity exists.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="table: also print the findings as a table on the terminal.")
@click.option("--notice-profile", default="default", show_default=True, help="Required notice elements: default, credit-card.")
@click.option("--contacts", type=click.Path(exists=True, dir_okay=False), default=None, help="Contact log for frequency rules.")
@click.option("--events", type=click.Path(exists=True, dir_okay=False), default=None, help="Debtor status events (cease requests ...).")
@click.option("--policy", default="cn-default", show_default=True, help="Contact policy: a shipped profile name or a YAML file.")
@click.option("--report", "report_dir", type=click.Path(file_okay=False), default=None,
              help="Also write per-campaign reports into this folder.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Report language.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Scan on a Dask cluster: a scheduler address (tcp://host:8786), or local:N for N local "
                   "worker processes. JSON Lines and Parquet inputs.")
def scan(messages: tuple[str, ...], out: str, analyzers: str | None, encoding: str | None, on_error: str,
         rejects: str | None, fail_on: str | None, fmt: str, notice_profile: str, contacts: str | None,
         events: str | None, policy: str, report_dir: str | None, lang: str, dask_address: str | None) -> None:
    """Scan MESSAGES (JSON Lines, CSV or Parquet; '-' for stdin) and write findings.

    Prints read / scanned / rejected counts and a summary on stderr. Exit 0 when clean or below
    --fail-on, 1 when a finding reaches --fail-on, 2 on bad input or rules.
    """
    if not messages and not contacts:
        raise click.UsageError("give MESSAGES, --contacts, or both")
    if events and not contacts:
        raise click.UsageError("--events goes with --contacts")
    names = _analyser_names(analyzers, bool(messages), bool(contacts))
    if report_dir and out == "-":
        raise click.UsageError("--report needs --out FILE (the report is built from the findings file)")
    rejects_path = rejects or _default_rejects(out)
    with exit_on_error():
        message_counts, contact_counts, shown = _run(
            messages, out, names, encoding, on_error, rejects_path, notice_profile,
            contacts, events, policy, dask_address, collect_table=fmt == "table")
        if fmt == "table":
            _print_table(shown)
        _print_summary(message_counts, contact_counts, out, rejects_path)
        if report_dir:
            from audit.report import write_campaign_reports
            written = write_campaign_reports(out, list(messages), report_dir, contacts_path=contacts,
                                             policy=policy, lang=lang, encoding=encoding)
            click.echo(f"reports: {len(written)} campaign(s) in {report_dir}", err=True)
    worst = [c.worst() for c in (message_counts, contact_counts) if c and c.worst()]
    if fail_on and any(s.rank >= Severity(fail_on).rank for s in worst):
        sys.exit(1)


def _analyser_names(requested: str | None, have_messages: bool, have_contacts: bool) -> list[str]:
    known = [*MESSAGE_ANALYSERS, "frequency"]
    if requested:
        names = [n.strip() for n in requested.split(",") if n.strip()]
        unknown = [n for n in names if n not in known]
        if unknown:
            raise click.BadParameter(f"unknown analyser(s) {', '.join(unknown)}; known: {', '.join(known)}",
                                     param_hint="--analyzers")
        if "frequency" in names and not have_contacts:
            raise click.UsageError("the frequency analyser needs --contacts")
        return names
    return ([*MESSAGE_ANALYSERS] if have_messages else []) + (["frequency"] if have_contacts else [])


def _default_rejects(out: str) -> str:
    return "rejects.jsonl" if out == "-" else str(Path(out).with_suffix("")) + ".rejects.jsonl"


def _run(messages, out, names, encoding, on_error, rejects_path, notice_profile, contacts, events,
         policy, dask_address, collect_table):
    from audit.readers import RejectsWriter, iter_messages

    message_names = [n for n in names if n != "frequency"]
    shown: list[Finding] = []
    message_counts = ScanCounts() if messages else None
    contact_counts = None
    with ExitStack() as stack:
        handle = stack.enter_context(atomic_output(out))
        rejects = stack.enter_context(RejectsWriter(rejects_path)) if on_error == "skip" else None

        def on_reject(error: InputRecordError) -> None:
            if rejects is None:
                raise error
            rejects.write(error)

        def emit(findings) -> None:
            for finding in findings:
                write_finding(handle, finding)
                if collect_table:
                    shown.append(finding)

        if messages and dask_address:
            from audit.distributed import scan_on_cluster
            emit(scan_on_cluster(list(messages), message_names, {"notice_profile": notice_profile, "policy": policy},
                                 dask_address, message_counts, on_reject))
        elif messages:
            analysers = build_analysers(message_names, notice_profile=notice_profile, policy=policy)
            for path in messages:
                records = _with_progress(iter_messages(path, encoding=encoding), path)
                emit(scan_records(records, analysers, message_counts, on_reject))
        if contacts:
            contact_counts = ScanCounts()
            emit(_frequency_findings(contacts, events, policy, encoding, on_error, rejects, contact_counts))
    return message_counts, contact_counts, shown


def _frequency_findings(contacts, events, policy_name, encoding, on_error, rejects, counts) -> Iterator[Finding]:
    from audit.analysers.frequency import FrequencyAnalyser
    from audit.contacts import read_contacts, read_events
    from audit.policy import load_policy

    policy = load_policy(policy_name)
    contact_log, read = read_contacts(contacts, encoding=encoding, on_error=on_error, rejects=rejects)
    counts.read, counts.rejected = read.read, read.rejected
    counts.scanned = len(contact_log)
    event_log = read_events(events, encoding=encoding, on_error=on_error, rejects=rejects)[0] if events else None
    for finding in FrequencyAnalyser(policy).findings(contact_log, event_log):
        counts.add_finding(finding)
        yield finding


def _with_progress(records, path: str):
    """A progress bar on stderr for long files (tqdm hides itself when stderr is not a terminal)."""
    from tqdm import tqdm
    return tqdm(records, desc=Path(path).name, unit=" msg", disable=None, leave=False, file=sys.stderr)


def _print_table(findings: list[Finding]) -> None:
    columns = ("id", "turn", "severity", "category", "rule_id", "evidence")
    rows = [[f.message_id or f.contact_id or "", "" if f.turn is None else str(f.turn), f.severity.value,
             f.category, f.rule_id, f.evidence or ""] for f in findings]
    widths = [max([len(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in rows:
        click.echo("  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths)))


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _print_summary(message_counts: ScanCounts | None, contact_counts: ScanCounts | None, out: str,
                   rejects_path: str) -> None:
    lines = []
    for label, c in (("messages", message_counts), ("contacts", contact_counts)):
        if c is None:
            continue
        lines.append(f"{label}: read {c.read}, scanned {c.scanned}, rejected {c.rejected}; findings {c.findings}")
        for category, n in sorted(c.by_category.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {category:<28} {n}")
        if c.by_severity:
            lines.append("  by severity: " + ", ".join(f"{s} {c.by_severity[s]}" for s in reversed(SEVERITIES)
                                                      if c.by_severity[s]))
    if any(c and c.rejected for c in (message_counts, contact_counts)):
        lines.append(f"rejected records listed in {rejects_path}")
    if out != "-":
        lines.append(f"findings written to {out}")
    click.echo("\n".join(lines), err=True)
