"""Compiled regular expressions kept across runs (issue 9, start-up).

A start of `audit scan` compiles ~750 patterns (the wording rules and frames, the lawful voices, the notice
analyser's, the recognizers that mask evidence), and compiling was ~0.45 s of its ~1.5 s CPU: re's parser and its
charset optimiser, which walks each CJK range (`[\\u4e00-\\u9fa5]`: 20,902 characters) in Python. What the compiler
hands the regex engine is a list of ints (`_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`), so
`install()` wraps `re._compiler.compile` to keep those arguments in the user's cache folder as marshal data, keyed by
the pattern and its flags, and to build the pattern from them the next time (~10 µs instead of ~0.6 ms). The engine
validates the code it is given (a damaged entry raises, and is compiled again); the file is named by the Python
version and the engine's MAGIC, so another Python never reads it. The same pattern object results: the same code,
flags and groups, so matching is unchanged. Only the command line installs it (`audit.cli`): a library importer's
`re` is left alone.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
import threading
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler
except ImportError:     # Python 3.10: sre_compile
    _compiler = None    # type: ignore[assignment]

# at most this many entries are kept: past it, a run keeps only the patterns it compiled itself
MAX_ENTRIES = 5000

_lock = threading.Lock()
_state: dict[str, Any] = {}


def install() -> None:
    """Route re's compiles through the kept code (once a process; a no-op where re's internals differ)."""
    if _state or _compiler is None or not hasattr(_compiler, "_code") or not hasattr(_sre, "MAGIC"):
        return
    from audit.rulepack import cache_dir, keep_cached  # (their own patterns compile as before)
    path = cache_dir() / f"regex-code-{_version()}.marshal"
    original = _compiler.compile
    _state.update(original=original, entries=_load(path), used={}, added=False, path=path, keep=keep_cached)

    def compile(p: Any, flags: int = 0) -> Any:     # noqa: A001 - re._compiler's own name
        if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entries = _state["entries"]
        args = entries.get(key)
        if args is not None:
            try:
                pattern = _sre.compile(p, *args)
            except Exception:       # damaged entry: compiled anew below
                pass
            else:
                _state["used"][key] = args
                return pattern
        args = _arguments(p, int(flags))
        pattern = _sre.compile(p, *args)
        with _lock:
            entries[key] = _state["used"][key] = args
            if not _state["added"]:
                _state["added"] = True
                atexit.register(_save)
        return pattern

    _compiler.compile = compile


def _arguments(p: str | bytes, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile after the pattern (Python 3.11-3.13)."""
    parsed = _compiler._parser.parse(p, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]     # its opcodes are int subclasses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _version() -> str:
    return hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}".encode()).hexdigest()[:16]


def _load(path: Path) -> dict:
    try:
        loaded = marshal.loads(path.read_bytes())
    except Exception:       # none yet, or damaged: compiled anew
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _save() -> None:
    with _lock:
        if not _state.get("added"):
            return
        _state["added"] = False
        entries = _state["entries"] if len(_state["entries"]) <= MAX_ENTRIES else _state["used"]
        try:
            payload = marshal.dumps(entries)
        except ValueError:
            return
    _state["keep"](_state["path"], payload, "regex-code-*.marshal")
