"""Objects built from a rules folder, kept for the process while the folder's files are unchanged.

Building the analysers or the entity finder reads and compiles the rule packs (~0.5 s for wording, seconds with PII);
a library caller that scans or masks message by message would pay that at every call. A rule file edited in place,
added or removed makes the next call build afresh. The gate and the HTTP service build their own once and hold them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from audit.paths import LEXICONS

T = TypeVar("T")

KEPT_LIMIT = 4      # builds kept: a caller alternating a few rule folders or option sets does not rebuild
_kept: OrderedDict[tuple, Any] = OrderedDict()


def _folder_state(root: Path) -> tuple:
    """Each file of the folder with its size and modification time (~2 ms to ask of the shipped rules)."""
    return tuple((str(path), stat.st_size, stat.st_mtime_ns) for path in sorted(root.rglob("*"))
                 if path.is_file() and (stat := path.stat()))


def kept(kind: str, lexicons: Path | None, options: Hashable, build: Callable[[], T]) -> T:
    """`build()`, or what it built before for the same kind, rules folder (its files unchanged) and options."""
    root = Path(lexicons or LEXICONS).resolve()
    key = (kind, str(root), options, _folder_state(root))
    built = _kept.pop(key) if key in _kept else build()
    _kept[key] = built
    while len(_kept) > KEPT_LIMIT:
        _kept.popitem(last=False)
    return built
