"""`audit mask`: write messages with their personal data masked, and the entities found (contract 4a); a thin
command over `audit.masking.mask`, which `audit.mask` runs from Python."""

from __future__ import annotations

import base64
import json
from collections import Counter
from datetime import date, time
from pathlib import Path
from typing import IO

import click

from audit.cli.options import LEXICONS_OPTION, TEXT_OPTION
from audit.errors import exit_on_error
from audit.masking import OPERATORS


@click.command()
@click.argument("messages", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", default="-", show_default=True, help="Masked JSON Lines file ('-': stdout).")
@click.option("--encoding", default=None, help="Encoding of CSV and JSON Lines inputs, e.g. gb18030.")
@click.option("--operator", "operator_specs", multiple=True, metavar="TYPE=OPERATOR[:VALUE]",
              help="How to mask an entity type (or DEFAULT): mask (house style, the default), "
                   "replace:<text>, redact, hash. Repeatable, e.g. --operator PERSON=replace:<姓名>.")
@LEXICONS_OPTION
@TEXT_OPTION
def mask(messages: str, out: str, encoding: str | None, operator_specs: tuple[str, ...],
         lexicons: Path | None, text: str | None) -> None:
    """Mask the personal data in MESSAGES (JSON Lines, CSV or Parquet; '-' or nothing: stdin), or --text.

    Each output line is the input record with `text` (or each turn's `text`) masked and `entities`:
    type, start, end (into the original text, of that turn for calls), turn and score. Numbers keep
    their last four digits, names their surname. Exit 2 on a bad record, naming file, line and field.
    """
    from audit.atomic import atomic_output
    from audit.masking import mask as mask_messages
    from audit.masking import operator_configs
    from audit.readers import STDIN, text_messages

    if text is not None and messages != STDIN:
        raise click.UsageError("give MESSAGES or --text, not both")

    operators = {}
    for spec in operator_specs:        # TYPE=OPERATOR[:VALUE]; a later one for the same type wins
        entity_type, _, operator = spec.partition("=")
        operators[entity_type] = operator
        try:
            operator_configs({entity_type: operator})
        except ValueError:
            raise click.BadParameter(f"{spec!r}: expected TYPE=OPERATOR[:VALUE], OPERATOR one of "
                                     f"{', '.join(OPERATORS)}", param_hint="--operator") from None
    counts: Counter = Counter()
    written = 0
    with exit_on_error(), atomic_output(out) as handle:
        source = text_messages(text) if text is not None else messages
        for masked in mask_messages(source, operators=operators, encoding=encoding, lexicons=lexicons):
            counts.update(e["entity_type"] for e in masked["entities"])
            _write(handle, masked)
            written += 1
    summary = ", ".join(f"{t} {n}" for t, n in counts.most_common()) or "none"
    click.echo(f"masked {written} message(s); entities: {summary}", err=True)


def _write(handle: IO[str], record: dict) -> None:
    handle.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")


def _json_value(value: object) -> str:
    """Parquet values JSON has no type for: dates and times in ISO 8601, bytes in base64, decimals (and
    durations) as their text, so no digit is lost."""
    if isinstance(value, (date, time)):     # datetime is a date
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    return str(value)
