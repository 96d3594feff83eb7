"""`audit mask`: write messages with their personal data masked, and the entities found (contract 4a)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from datetime import date, time
from typing import IO

import click

from audit.errors import AuditError, exit_on_error
from audit.message import Message

OPERATORS = ("mask", "replace", "redact", "hash")


@click.command()
@click.argument("messages", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--out", default="-", show_default=True, help="Masked JSON Lines file ('-': stdout).")
@click.option("--encoding", default=None, help="Encoding of CSV inputs, e.g. gb18030.")
@click.option("--operator", "operator_specs", multiple=True, metavar="TYPE=OPERATOR[:VALUE]",
              help="How to mask an entity type (or DEFAULT): mask (house style, the default), "
                   "replace:<text>, redact, hash. Repeatable, e.g. --operator PERSON=replace:<姓名>.")
def mask(messages: str, out: str, encoding: str | None, operator_specs: tuple[str, ...]) -> None:
    """Mask the personal data in MESSAGES (JSON Lines, CSV or Parquet; '-' or nothing: stdin).

    Each output line is the input record with `text` (or each turn's `text`) masked and `entities`:
    type, start, end (into the original text, of that turn for calls), turn and score. Numbers keep
    their last four digits, names their surname. Exit 2 on a bad record, naming file, line and field.
    """
    operators = parse_operators(operator_specs)
    from audit.atomic import atomic_output
    from audit.readers import iter_messages
    from audit.recognizers.finder import EntityFinder

    finder = EntityFinder()
    counts: Counter = Counter()
    written = 0
    with exit_on_error(), atomic_output(out) as handle:
        for record in iter_messages(messages, encoding=encoding):
            if isinstance(record, AuditError):
                raise record
            masked = mask_message(record, finder, operators)
            counts.update(e["entity_type"] for e in masked["entities"])
            _write(handle, masked)
            written += 1
    summary = ", ".join(f"{t} {n}" for t, n in counts.most_common()) or "none"
    click.echo(f"masked {written} message(s); entities: {summary}", err=True)


def mask_message(message: Message, finder, operators: dict | None = None) -> dict:
    """The message as a contract record, its text masked, plus the entities found in it."""
    from audit.masking import mask_text

    record = _record(message)
    entities: list[dict] = []
    if message.text is not None:               # calls given as text are masked as one text
        found = finder.find(message.text)
        record["text"] = mask_text(message.text, found, operators)
        entities = [e.to_dict() for e in found]
    else:
        turns = []
        for index, turn in enumerate(message.turns or []):
            found = finder.find(turn.text)
            turns.append({**_turn(turn), "text": mask_text(turn.text, found, operators)})
            entities.extend({**e.to_dict(), "turn": index} for e in found)
        record["turns"] = turns
    record["entities"] = entities
    return record


def parse_operators(specs: tuple[str, ...]) -> dict | None:
    """`PERSON=replace:<姓名>`-style options to presidio-anonymizer operator configs (None: house masks)."""
    if not specs:
        return None
    from presidio_anonymizer.entities import OperatorConfig

    from audit.masking import house_operator

    configs = {}
    for spec in specs:
        entity_type, _, rest = spec.partition("=")
        name, _, value = rest.partition(":")
        if not entity_type or name not in OPERATORS:
            raise click.BadParameter(f"{spec!r}: expected TYPE=OPERATOR[:VALUE], OPERATOR one of "
                                     f"{', '.join(OPERATORS)}", param_hint="--operator")
        if name == "mask":
            configs[entity_type] = house_operator(entity_type)
        elif name == "replace":
            configs[entity_type] = OperatorConfig("replace", {"new_value": value or f"<{entity_type}>"})
        else:
            configs[entity_type] = OperatorConfig(name)
    return configs


def _record(message: Message) -> dict:
    record = {"message_id": message.message_id, "campaign_id": message.campaign_id, "channel": message.channel}
    optional = {"sent_at": message.sent_at.isoformat() if message.sent_at else None,
                "debtor_id": message.debtor_id, "recipient_type": message.recipient_type,
                "agent_id": message.agent_id, "template_id": message.template_id,
                "days_overdue": message.days_overdue, "template_vars": _masked_vars(message.template_vars)}
    record.update({k: v for k, v in optional.items() if v is not None})
    record.update(message.extra)
    return record


def _masked_vars(values: dict | None) -> dict | None:
    """Placeholder values may be names or numbers: masked like every other output."""
    from audit.masking import mask_field

    return None if values is None else {k: mask_field(v) if isinstance(v, str) else v for k, v in values.items()}


def _turn(turn) -> dict:
    fields = {k: v for k, v in (("speaker", turn.speaker), ("start", turn.start), ("end", turn.end)) if v is not None}
    return {**fields, **turn.extra}


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
