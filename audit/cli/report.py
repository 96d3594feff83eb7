"""`audit report` and `audit quarterly`: the documents compliance officers file and present."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit.errors import exit_on_error

_messages_option = click.option(
    "--messages", "messages", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False),
    help="Messages the findings were made from (JSON Lines, CSV or Parquet); repeat for several files.")
_contacts_option = click.option("--contacts", type=click.Path(exists=True, dir_okay=False), default=None,
                                help="Contact log (for frequency breaches per debtor/agent and calls by hour).")
_out_option = click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
                           help="Folder to write into.")
_policy_option = click.option("--policy", default="cn-default", show_default=True,
                              help="Policy profile or YAML file; its `report:` section sets the verdict thresholds.")
_lang_option = click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                            help="Report language.")
_encoding_option = click.option("--encoding", default=None, help="Encoding of CSV inputs, e.g. gb18030.")


@click.command()
@click.argument("findings", type=click.Path(exists=True, dir_okay=False))
@_messages_option
@_contacts_option
@_out_option
@_policy_option
@_lang_option
@_encoding_option
def report(findings: str, messages: tuple[str, ...], contacts: str | None, out_dir: str, policy: str,
           lang: str, encoding: str | None) -> None:
    """Write DIR/<campaign_id>/ (report.html, summary.json, findings.csv, findings.xlsx) per campaign."""
    from audit.report import write_campaign_reports

    with exit_on_error():
        folders = write_campaign_reports(findings, list(messages), out_dir, contacts_path=contacts,
                                         policy=policy, lang=lang, encoding=encoding)
    for folder in folders:
        click.echo(str(Path(folder) / "report.html"))
    click.echo(f"reports: {len(folders)} campaign(s) in {out_dir}", err=True)


@click.command()
@click.argument("findings", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@_messages_option
@click.option("--quarter", required=True, help="The quarter to report, e.g. 2026Q3; earlier quarters in the data give the trend.")
@_contacts_option
@_out_option
@_policy_option
@_lang_option
@_encoding_option
def quarterly(findings: tuple[str, ...], messages: tuple[str, ...], quarter: str, contacts: str | None,
              out_dir: str, policy: str, lang: str, encoding: str | None) -> None:
    """Roll up FINDINGS (one or more files) of every campaign into DIR/<quarter>/ (HTML, XLSX, JSON).

    A quarter without any dated message or contact in the files is a warning and exit 1, and no report is
    written."""
    from audit.report.quarterly import EmptyQuarter, Quarter, write_quarterly_report

    try:
        Quarter.parse(quarter)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--quarter") from None
    with exit_on_error():
        try:
            folder = write_quarterly_report(list(findings), list(messages), out_dir, quarter=quarter,
                                            contacts_path=contacts, policy=policy, lang=lang, encoding=encoding)
        except EmptyQuarter as exc:
            click.echo(f"warning: {exc}", err=True)
            sys.exit(1)
    click.echo(str(Path(folder) / "quarterly.html"))
