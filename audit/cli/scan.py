"""`audit scan`: run every analyzer that applies and write findings per the contract (a thin command over
`audit.pipeline.Scan`, which `audit.scan` runs from Python)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import click

from audit.atomic import atomic_output, make_parent
from audit.cli.options import COLUMNS_OPTION, LEXICONS_OPTION, TEXT_OPTION
from audit.errors import AuditError, exit_on_error
from audit.finding import Finding
from audit.pipeline import Scan, ScanCounts, write_finding
from audit.vocabulary import SEVERITIES, Severity


@click.command()
@click.argument("messages", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", "out", default="-", show_default=True, help="Findings JSON Lines file ('-': stdout).")
@click.option("--analyzers", default=None,
              help="Comma-separated: wording,notice,pii,template,conduct,frequency. Default: all that apply to the inputs.")
@click.option("--encoding", default=None,
              help="Encoding of CSV and JSON Lines inputs, e.g. gb18030 (UTF-8 with or without BOM is detected).")
@COLUMNS_OPTION
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
@LEXICONS_OPTION
@TEXT_OPTION
def scan(messages: tuple[str, ...], out: str, analyzers: str | None, encoding: str | None, on_error: str,
         rejects: str | None, fail_on: str | None, fmt: str, notice_profile: str, contacts: str | None,
         events: str | None, policy: str, report_dir: str | None, lang: str, dask_address: str | None,
         lexicons: Path | None, text: str | None, columns: dict[str, str] | None) -> None:
    """Scan MESSAGES (JSON Lines, CSV or Parquet; '-' for stdin), or --text, and write findings.

    Prints read / scanned / rejected counts and a summary on stderr. Exit 0 when clean or below
    --fail-on, 1 when a finding reaches --fail-on, 2 on bad input or rules.
    """
    if text is not None and messages:
        raise click.UsageError("give MESSAGES or --text, not both")
    if text is not None and report_dir:
        raise click.UsageError("--report reads message files: save the text as JSON Lines first")
    if columns and report_dir:
        raise click.UsageError("--report reads the contract's column names: rename the columns first")
    if not messages and text is None and not contacts:
        raise click.UsageError("give MESSAGES (or --text), --contacts, or both")
    if events and not contacts:
        raise click.UsageError("--events goes with --contacts")
    if report_dir and out == "-":
        raise click.UsageError("--report needs --out FILE (the report is built from the findings file)")
    rejects_path = rejects or _default_rejects(out)
    shown: list[Finding] = []
    with exit_on_error():       # every option is checked here, before the first record is read
        try:
            job = Scan(_message_source(messages, text), contacts=contacts, events=events, policy=policy,
                       analyzers=analyzers.split(",") if analyzers else None, encoding=encoding,
                       notice_profile=notice_profile, lexicons=lexicons, dask=dask_address, progress=True,
                       columns=columns)
        except ValueError as exc:          # an unknown analyzer, or one its inputs do not allow
            raise AuditError(str(exc)) from None
        if report_dir:
            make_parent(report_dir)     # an unwritable report folder stops the scan before it starts
        with atomic_output(out) as handle, ExitStack() as stack:
            from audit.readers import RejectsWriter

            rejects_file = stack.enter_context(RejectsWriter(rejects_path)) if on_error == "skip" else None
            for finding in job.findings(rejects_file):
                write_finding(handle, finding)
                if fmt == "table":
                    shown.append(finding)
        if fmt == "table":
            _print_table(shown)
        _print_summary(job.message_counts, job.contact_counts, out, rejects_path)
        if report_dir:
            from audit.report import write_campaign_reports
            written = write_campaign_reports(out, list(messages), report_dir, contacts_path=contacts,
                                             policy=policy, lang=lang, encoding=encoding)
            click.echo(f"reports: {len(written)} campaign(s) in {report_dir}", err=True)
    worst = [c.worst() for c in (job.message_counts, job.contact_counts) if c and c.worst()]
    if fail_on and any(s.rank >= Severity(fail_on).rank for s in worst):
        sys.exit(1)


def _message_source(messages: tuple[str, ...], text: str | None) -> list[str] | Iterator[dict] | None:
    if text is not None:
        from audit.readers import text_messages

        return text_messages(text)
    return list(messages) or None


def _default_rejects(out: str) -> str:
    return "rejects.jsonl" if out == "-" else str(Path(out).with_suffix("")) + ".rejects.jsonl"


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
