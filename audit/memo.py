"""A bounded memo of computed results (a template's sentences recur across a campaign's file, so the analysers keep
what they computed for a text)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict that holds at most `kept` results and forgets them all at once when full: a clear() is atomic where
    threads share the owner (a service), a delete of the oldest is not; a campaign's recurring keys are back after a
    few messages."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self.kept = kept

    def keep(self, key: K, value: V) -> V:
        """Keep `value` for `key` and return it."""
        if len(self) >= self.kept:
            self.clear()
        self[key] = value
        return value
