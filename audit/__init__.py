"""collection-audit: compliance auditing of Chinese debt-collection communications.

The library API (see the README's "From Python and pandas"):

- `scan(messages, contacts=..., ...)` -> `ScanResult`: findings and counts, as `audit scan` finds them
  (`Scan(...).findings()` streams them, for files too large to hold the findings of);
- `scan_frame(df)` -> a DataFrame of findings for a DataFrame of messages;
- `mask(messages)` -> each message masked, with the entities found (contract 4a);
- `analyse_contacts(df, policy)` -> the frequency findings of a contact log, as a DataFrame;
- `Gate` -> the pre-send gate.

`import audit` stays light: each name loads its module on first use (`audit.Gate` pulls in the analyzers).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.gate import Gate
    from audit.masking import mask
    from audit.pipeline import Scan, ScanResult, analyse_contacts, scan, scan_frame

__all__ = ["Gate", "Scan", "ScanResult", "__version__", "analyse_contacts", "mask", "scan", "scan_frame"]

_LAZY = {
    "Gate": "audit.gate",
    "Scan": "audit.pipeline",
    "ScanResult": "audit.pipeline",
    "analyse_contacts": "audit.pipeline",
    "mask": "audit.masking",
    "scan": "audit.pipeline",
    "scan_frame": "audit.pipeline",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":       # from the installed package's metadata (reading it costs ~20 ms)
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("collection-audit")
        except PackageNotFoundError:     # a checkout that was never installed
            return "0+unknown"
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY, "__version__"])
