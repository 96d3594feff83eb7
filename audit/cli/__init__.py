"""`audit`: the command line. Each command lives in its own module and is imported only when run,
so `audit scan` never pays for the HTTP stack and `audit gate` never for the report renderer.

Exit codes: 0 clean, 1 findings at or above --fail-on (or blocked messages), 2 bad input or rules.
"""

from __future__ import annotations

from importlib import import_module

import click

from audit import regex_cache

COMMANDS = {
    "scan": "audit.cli.scan:scan",
    "rules": "audit.cli.rules:rules",
    "mask": "audit.cli.mask:mask",
    "policy": "audit.cli.policy:policy",
    "templates": "audit.cli.templates:templates",
    "report": "audit.cli.report:report",
    "quarterly": "audit.cli.report:quarterly",
    "gate": "audit.cli.gate:gate",
    "serve": "audit.cli.gate:serve",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        regex_cache.install()       # before the command's modules compile their patterns at import
        return getattr(import_module(module), attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="collection-audit")
def main() -> None:
    """Compliance audit of Chinese debt-collection communications."""
