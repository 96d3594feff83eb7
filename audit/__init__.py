"""collection-audit: compliance auditing of Chinese debt-collection communications.

`import audit` stays light: the public classes load on first use (`audit.Gate` pulls in the analysers).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {"Gate": "audit.gate"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
