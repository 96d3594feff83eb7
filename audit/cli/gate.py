"""`audit gate` (a filter: messages in, verdicts out) and `audit serve` (the gate over HTTP)."""

from __future__ import annotations

import functools
import gc
import ipaddress
import json
import os
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import click

from audit.cli.options import TEXT_OPTION
from audit.errors import AuditError, InputRecordError
from audit.vocabulary import DECISIONS


def _store_option(command):
    return click.option("--store", default=None, metavar="URL",
                        help="Contact history: sqlite:///relative.db or sqlite:////absolute/path.db (several "
                             "processes may share it), postgresql://..., default: in memory for this run.")(command)


def _deadline_option(command):
    return click.option("--check-deadline", default=2.0, show_default=True, type=click.FloatRange(0, min_open=True),
                        metavar="SECONDS", help="A check not done by then answers review (the policy's fail_open "
                                                "decides), and its contact is not recorded.")(command)


def _policy_option(command):
    return click.option("--policy", default="cn-default", show_default=True,
                        help="Contact policy and decision table: a shipped profile name or a YAML file.")(command)


def _build_gate(policy: str, store: str | None, lexicons: str | None, check_deadline: float):
    from audit.gate import Gate
    built = Gate(policy=policy, store=store, lexicons=Path(lexicons) if lexicons else None,
                 check_deadline_s=check_deadline)
    built.warm_up()      # first-use loading is not charged to the first message's deadline
    return built


@click.command()
@_policy_option
@_store_option
@click.option("--record", is_flag=True, help="Record each contact that is not blocked in the history (check and "
                                             "record in one atomic step).")
@click.option("--fail-on", type=click.Choice(["block", "review", "never"]), default="block", show_default=True,
              help="Exit 1 when any message got this decision or a stricter one (never: exit 0 whatever the verdicts).")
@click.option("--now", type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z"]), default=None,
              metavar="ISO", help="Judge messages without sent_at as sent at this time, e.g. 2026-03-02T10:00:00+08:00 "
                                  "(a record's own `now` field wins; default: the clock).")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default="fail", show_default=True,
              help="A record that breaks the contract: fail (exit 2) or skip (reported on stderr).")
@click.option("--lexicons", type=click.Path(exists=True, file_okay=False), default=None,
              help="Rule packs folder (default: the shipped lexicons).")
@_deadline_option
@TEXT_OPTION
def gate(policy: str, store: str | None, record: bool, fail_on: str, now: datetime | None, on_error: str,
         lexicons: str | None, check_deadline: float, text: str | None) -> None:
    """Judge message JSON Lines from stdin (or --text); write one verdict per line to stdout.

    Each verdict: message_id, decision (allow, review, block), reasons, findings, analysis_ms.
    A message without sent_at is judged at its `now` field, else --now, else the clock: contact
    hours and caps depend on it, and its contact reasons say which time. Exit 0 when no message
    is blocked, 1 when one is (--fail-on review: also reviewed; never: always 0), 2 on bad input,
    policy or store.
    """
    from audit.errors import InvalidField
    from audit.readers import RECORDS_NAME, STDIN, STDIN_NAME, iter_messages, iter_records, text_messages

    counts: Counter = Counter()
    try:
        checker = _build_gate(policy, store, lexicons, check_deadline)
        try:
            records = iter_records(text_messages(text)) if text is not None else iter_messages(STDIN)
            source = RECORDS_NAME if text is not None else STDIN_NAME
            for number, item in enumerate(records, 1):
                if not isinstance(item, InputRecordError):
                    try:
                        verdict = checker.check(item, record=record, now=now)
                    except InvalidField as exc:     # a field only the gate reads, e.g. recipient_tz
                        item = InputRecordError(source, number, exc.field, exc.reason)
                    else:
                        counts[verdict.decision] += 1
                        click.echo(json.dumps(verdict.to_dict(), ensure_ascii=False))
                        continue
                if on_error == "fail":
                    raise item
                click.echo(f"skipped: {item}", err=True)
                counts["rejected"] += 1
        finally:
            checker.close()
    except AuditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    summary = ", ".join(f"{counts[d]} {d}" for d in DECISIONS)
    click.echo(f"gate: {summary}" + (f", {counts['rejected']} rejected" if counts["rejected"] else ""), err=True)
    if fail_on != "never" and any(counts[d] for d in DECISIONS[DECISIONS.index(fail_on):]):
        sys.exit(1)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@_policy_option
@_store_option
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="File holding the bearer token every request must carry (health and docs excepted).")
@click.option("--max-body-bytes", default=256 * 1024, show_default=True, type=click.IntRange(1024),
              help="Larger request bodies get 413.")
@click.option("--lexicons", type=click.Path(exists=True, file_okay=False), default=None,
              help="Rule packs folder (default: the shipped lexicons).")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
              show_default=True, help="JSON log lines on stderr; info logs one line per request.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes, each with its own gate; more than one needs a shared --store (file or "
                   "PostgreSQL).")
@_deadline_option
@click.option("--read-timeout", default=10.0, show_default=True, type=click.FloatRange(0, min_open=True),
              metavar="SECONDS", help="A request's headers and body must arrive within this time, else the "
                                      "connection is closed.")
def serve(host: str, port: int, policy: str, store: str | None, token_file: str | None, max_body_bytes: int,
          lexicons: str | None, log_level: str, workers: int, check_deadline: float, read_timeout: float) -> None:
    """Serve the gate over HTTP: POST /v1/check, /v1/check/batch, /v1/events; GET /healthz, /metrics, /docs."""
    try:
        import uvicorn

        from audit.service import (
            SERVE_CONFIG_VARIABLE,
            GateHttpProtocol,
            configure_logging,
            create_app,
            read_token,
        )
    except ImportError as exc:
        raise click.ClickException(f"audit serve needs the serve extra: pip install 'collection-audit[serve]' ({exc})") from None
    try:
        token = read_token(token_file) if token_file else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--token-file") from None
    if token is None and not _is_loopback(host):
        click.echo(f"warning: serving on {host} without --token-file: anyone who can reach it can use the gate",
                   err=True)
    if workers > 1 and store in (None, "sqlite://", ":memory:"):
        raise click.UsageError("--workers above 1 needs a --store they share (sqlite:///FILE or postgresql://...)")
    configure_logging(log_level)
    # Our middleware writes the access log as JSON lines; uvicorn's own would be plain text.
    options = {"host": host, "port": port, "access_log": False, "log_config": None, "log_level": log_level,
               "server_header": False, "http": functools.partial(GateHttpProtocol, read_timeout_s=read_timeout)}
    try:
        if workers == 1:
            app = create_app(_build_gate(policy, store, lexicons, check_deadline), token=token,
                             max_body_bytes=max_body_bytes)
            gc.freeze()   # the rule packs and models live as long as the process: keep them out of every GC pass
            uvicorn.run(app, **options)
            return
        from audit.gate import Gate
        Gate(policy, store=store, analysers=()).close()    # a bad policy or store fails here, not in each worker
    except AuditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    os.environ[SERVE_CONFIG_VARIABLE] = json.dumps({
        "policy": str(policy), "store": store, "lexicons": lexicons, "token_file": token_file,
        "max_body_bytes": max_body_bytes, "log_level": log_level, "check_deadline_s": check_deadline})
    uvicorn.run("audit.service:app_from_environment", factory=True, workers=workers, **options)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
