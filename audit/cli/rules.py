"""`audit rules`: list the rule packs and run their examples, for officers who edit YAML rules."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit.cli.options import LEXICONS_OPTION
from audit.contact_rules import limits
from audit.errors import AuditError
from audit.paths import LEXICONS
from audit.pipeline import CONTACT_ANALYZER
from audit.policy import load_policy
from audit.rulepack import load_rules
from audit.vocabulary import ANALYZERS, did_you_mean


@click.group()
def rules() -> None:
    """Inspect and test the rule packs in lexicons/."""


@rules.command("list")
@click.option("--analyzer", default=None, help=f"Only this analyzer's rules: {', '.join(ANALYZERS)}.")
@click.option("--policy", default="cn-default", show_default=True,
              help="Contact policy whose frequency rules are listed: a shipped profile name or a YAML file.")
@LEXICONS_OPTION
def list_rules(analyzer: str | None, policy: str, lexicons: Path | None) -> None:
    """Show every rule: id, category, severity and the regulation it rests on, the rule packs' and the
    frequency rules the contact policy switches on. Exit 2 for an unknown analyzer or when there is none."""
    lexicons = lexicons or LEXICONS
    if analyzer is not None and analyzer not in ANALYZERS:
        click.echo(f"error: unknown analyzer {analyzer!r}{did_you_mean(analyzer, ANALYZERS)}; "
                   f"known: {', '.join(ANALYZERS)}", err=True)
        sys.exit(2)
    try:
        rows = [(rule.id, rule.category, rule.severity.value, rule.regulation)
                for rule in load_rules([lexicons], analyzer=analyzer)]
        packs_have_rules = bool(rows) or analyzer == CONTACT_ANALYZER     # frequency rules live in the policy
        if analyzer in (None, CONTACT_ANALYZER):
            rows += [(limit.rule_id, limit.rule.category, limit.rule.severity.value, limit.regulation)
                     for limit in limits(load_policy(policy))]
    except AuditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not packs_have_rules or not rows:
        click.echo(f"error: no rules found in {lexicons}" + (f" for analyzer {analyzer}" if analyzer else ""), err=True)
        sys.exit(2)
    for rule_id, category, severity, regulation in rows:
        click.echo(f"{rule_id:<48} {category:<26} {severity:<8} {regulation}")
    click.echo(f"{len(rows)} rules", err=True)


@rules.command("test")
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="Also list the examples that pass.")
@LEXICONS_OPTION
def test_rules(files: tuple[Path, ...], verbose: bool, lexicons: Path | None) -> None:
    """Run every example of the rules in FILES (default: all packs of --lexicons).

    Exit 1 when an example fails: a `match` example its rule does not match, or a `no_match`
    example it does; exit 2 when there is no rule to test (a wrong folder is no success).
    """
    from audit.rulecheck import check_examples, rules_under_test

    lexicons = lexicons or LEXICONS
    try:
        all_rules = rules_under_test(list(files), lexicons)
        only = {r.id for r in load_rules(list(files))} if files else None
        results = list(check_examples(all_rules, only, lexicons))
    except AuditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not results:
        click.echo(f"error: no rules found in {', '.join(map(str, files)) or lexicons}", err=True)
        sys.exit(2)
    failed = [r for r in results if not r.passed]
    for result in results:
        if verbose or not result.passed:
            mark = "ok  " if result.passed else "FAIL"
            expectation = "should match" if result.kind == "match" else "should not match"
            click.echo(f"{mark} {result.case_id}: {expectation}: {result.text}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)
