"""`audit templates`: for officers editing the template register (contract section 3a).

- `check REGISTRY`: validate it against the policy's stages, list its templates, run each template's own
  examples (`examples: {match, no_match}`); exit 1 when an example fails, 2 when the registry is invalid.
- `diff --message JSON|FILE`: judge one message against the registry and show what differs; exit 1 when
  the message gets a finding.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from audit.errors import AuditError, exit_on_error

POLICY_HELP = "Policy whose stages (and, for diff, registry) apply: a shipped profile name or a YAML file."


@click.group()
def templates() -> None:
    """Check a template registry; judge one message against it."""


@templates.command("check")
@click.argument("registry", type=click.Path(exists=True, dir_okay=False))
@click.option("--policy", default="cn-default", show_default=True, help=POLICY_HELP)
def check(registry: str, policy: str) -> None:
    """Validate REGISTRY (YAML or CSV), list its templates and run their examples."""
    from audit.policy import load_policy
    from audit.templates import load_registry

    with exit_on_error():
        stages = [s.name for s in load_policy(policy).stages]
        loaded = load_registry(registry, stages)
    failed = 0
    for template in loaded.templates.values():
        until = f" – {template.retired_at}" if template.retired_at else ""
        slots = ", ".join(f"{p.name}:{p.type}" for p in template.placeholders.values())
        click.echo(f"{template.template_id:<16} {'/'.join(template.channels):<6} {'/'.join(template.stages):<16} "
                   f"{template.approved_at}{until}  {slots}")
        for kind, texts in (("match", template.match_examples), ("no_match", template.no_match_examples)):
            for index, text in enumerate(texts):
                conformance = template.check(text)
                if conformance.conforms != (kind == "match"):
                    failed += 1
                    why = conformance.evidence() or "conforms"
                    click.echo(f"  FAIL {kind}[{index}]: {why}")
    examples = sum(len(t.match_examples) + len(t.no_match_examples) for t in loaded.templates.values())
    click.echo(f"{len(loaded)} templates valid; examples: {examples - failed} passed, {failed} failed")
    if failed:
        sys.exit(1)


@templates.command("diff")
@click.option("--message", "message_arg", required=True,
              help="The message: a JSON object, or a file holding one (message_id and campaign_id may be left out).")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Registry to judge against instead of the policy's.")
@click.option("--policy", default="cn-default", show_default=True, help=POLICY_HELP)
def diff(message_arg: str, registry: str | None, policy: str) -> None:
    """Judge one message against the registry: its findings, what differs, the placeholder values found."""
    from audit.analysers.template import TemplateJudge, rules_by_code
    from audit.paths import LEXICONS
    from audit.policy import load_policy
    from audit.readers import InvalidField, message_from_dict
    from audit.rulepack import load_rules

    with exit_on_error():
        loaded = load_policy(policy)
        if registry:
            loaded = dataclasses.replace(loaded, templates=Path(registry))
        judge = TemplateJudge.for_policy(loaded, rules_by_code(load_rules([LEXICONS], analyzer="template")))
        if judge is None:
            raise AuditError(f"{loaded.source_path}: the policy names no template registry; give --registry")
        try:
            message = message_from_dict({"message_id": "message", "campaign_id": "-", **_record(message_arg)})
        except InvalidField as exc:
            raise AuditError(f"--message: {exc}") from None
        findings = judge.judge(message)
        template = judge.registry.get(message.template_id)
        if template is not None and message.text is not None:
            for slot in template.check(message.text, message.template_vars).slots:
                click.echo(f"{{{slot.name}}} = {template.placeholders[slot.name].masked(slot.value)}")
        for finding in findings:
            click.echo(f"{finding.rule_id}  {finding.evidence}")
        if not findings:
            click.echo("conforms: no template finding")
    if findings:
        sys.exit(1)


def _record(value: str) -> dict:
    try:
        text = value if value.lstrip().startswith("{") else Path(value).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditError(f"--message: not a JSON object nor a readable file: {exc}") from None
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise AuditError(f"--message: not a JSON object: {exc}") from None
    if not isinstance(record, dict):
        raise AuditError("--message: not a JSON object")
    return record
