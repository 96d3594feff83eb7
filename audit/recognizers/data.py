"""Word lists the recognizers read: YAML data files in lexicons/pii/data/ (data, not rule packs: `.yaml`)."""

from __future__ import annotations

from pathlib import Path

import yaml

from audit.errors import RulePackError
from audit.paths import LEXICONS
from audit.rulepack import read_yaml


def load_data(name: str, lexicons: Path | None = None) -> dict:
    path = (lexicons or LEXICONS) / "pii" / "data" / f"{name}.yaml"
    try:
        data = read_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(path, f"cannot read PII data file: {exc}") from exc
    if not isinstance(data, dict):
        raise RulePackError(path, "a PII data file is a mapping of lists")
    return data


def words(data: dict, key: str, path_hint: str) -> list[str]:
    """One list of strings from a data file, or a clear error naming the file and key."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RulePackError(path_hint, f"'{key}' must be a non-empty list of strings")
    return value
