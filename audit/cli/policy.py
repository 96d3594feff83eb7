"""`audit policy`: the contact policies the frequency rules use (shipped profiles or a user's file)."""

from __future__ import annotations

import sys

import click

from audit.errors import AuditError
from audit.policy import list_policies, load_policy


@click.group()
def policy() -> None:
    """List and show contact policies (lexicons/policies/)."""


@policy.command("list")
def list_command() -> None:
    """Show each shipped profile with its description."""
    for name in list_policies():
        loaded = load_policy(name)
        click.echo(f"{name:<14} {loaded.description}")


@policy.command("show")
@click.argument("name_or_file")
def show(name_or_file: str) -> None:
    """Validate a profile NAME or a policy FILE and print it as written, with the sources in its comments."""
    try:
        loaded = load_policy(name_or_file)
    except AuditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    with open(loaded.source_path, encoding="utf-8") as handle:
        click.echo(handle.read(), nl=False)
