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


def _columns(ctx: click.Context, param: click.Parameter, value: str | None) -> dict[str, str] | None:
    """FIELD=COLUMN,... or a YAML file of FIELD: COLUMN, checked against the contract's fields."""
    if value is None:
        return None
    from audit.readers import CONTRACT_FIELDS
    from audit.vocabulary import did_you_mean

    if Path(value).suffix in (".yml", ".yaml"):
        import yaml

        from audit.errors import RulePackError
        from audit.rulepack import read_yaml

        try:
            mapping = read_yaml(Path(value))
        except (OSError, RulePackError, yaml.YAMLError) as exc:
            raise click.BadParameter(f"{value}: cannot read: {exc}") from None
        if not isinstance(mapping, dict):
            raise click.BadParameter(f"{value}: expected a mapping of contract field to column name")
    else:
        pairs = [item.partition("=") for item in value.split(",") if item.strip()]
        if not pairs or any(not sep or not field.strip() or not column.strip() for field, sep, column in pairs):
            raise click.BadParameter(f"{value!r}: expected FIELD=COLUMN,... (e.g. text=内容,message_id=编号) "
                                     "or a .yml file")
        mapping = {field.strip(): column.strip() for field, _, column in pairs}
    for field in mapping:
        if field not in CONTRACT_FIELDS:
            raise click.BadParameter(f"{field!r} is no contract field{did_you_mean(str(field), CONTRACT_FIELDS)}; "
                                     f"fields: {', '.join(CONTRACT_FIELDS)}")
    return {str(field): str(column) for field, column in mapping.items()}


COLUMNS_OPTION = click.option(
    "--columns", default=None, callback=_columns, metavar="FIELD=COLUMN,...|FILE.yml",
    help="The file's own column names for contract fields, e.g. text=内容,message_id=编号 (or a YAML file "
         "of field: column).")
