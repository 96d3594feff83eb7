"""Errors the toolkit raises on purpose; each names where the problem is."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class AuditError(Exception):
    """Base class: a problem with input, rules or configuration (exit code 2)."""


class InputRecordError(AuditError):
    """One input record is unusable: names the file, line (1-based) and field."""

    def __init__(self, path: str, line: int, field: str | None, reason: str) -> None:
        self.path, self.line, self.field, self.reason = str(path), line, field, reason
        where = f"{self.path}:{line}" + (f" field '{field}'" if field else "")
        super().__init__(f"{where}: {reason}")

    def to_dict(self) -> dict:
        return {"file": self.path, "line": self.line, "field": self.field, "reason": self.reason}


class InvalidField(ValueError):
    """A record's field breaks the contract (message, contact, event); whoever knows where the record came
    from adds that (the readers: file and line; the gate and the service: the request)."""

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field, self.reason = field, reason


class RulePackError(AuditError):
    """A rule pack or policy file is invalid: names the file and, when known, the rule."""

    def __init__(self, path: str, reason: str, rule_id: str | None = None) -> None:
        self.path, self.rule_id, self.reason = str(path), rule_id, reason
        where = self.path + (f" rule '{rule_id}'" if rule_id else "")
        super().__init__(f"{where}: {reason}")


@contextmanager
def exit_on_error() -> Iterator[None]:
    """Run a command's work so that no traceback reaches the user and every failure exits 2, never 1
    (the --fail-on code): an `AuditError` is printed as it is; anything else is a bug, named by its type
    and where it was raised only (its message may quote the input)."""
    try:
        yield
    except AuditError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 -- the last line of defence of a command
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        print(f"error: internal error {type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}; "
              "please report it", file=sys.stderr)
        sys.exit(2)
