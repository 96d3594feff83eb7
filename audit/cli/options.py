"""Options several commands share, written once."""

from __future__ import annotations

from pathlib import Path

import click

LEXICONS_OPTION = click.option(
    "--lexicons", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
    help="Rule packs folder (default: the shipped lexicons).")

TEXT_OPTION = click.option(
    "--text", default=None, metavar="TEXT|-",
    help="Plain text instead of MESSAGES: one SMS per line ('-': lines on stdin), ids text-1, text-2… "
         "in campaign 'text'.")
