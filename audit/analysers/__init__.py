"""The message analysers, by name. Imported lazily: the PII analyser pulls in Presidio and spaCy."""

from __future__ import annotations

from collections import OrderedDict
from importlib import import_module
from pathlib import Path

from audit.analysers.base import MessageAnalyser
from audit.paths import LEXICONS

MESSAGE_ANALYSERS = {
    "wording": "audit.analysers.wording:WordingAnalyser",
    "notice": "audit.analysers.notice:NoticeAnalyser",
    "pii": "audit.analysers.pii:PiiAnalyser",
    "template": "audit.analysers.template:TemplateAnalyser",
    "conduct": "audit.analysers.conduct:ConductAnalyser",
}


def analyser_class(name: str) -> type[MessageAnalyser]:
    try:
        module, cls = MESSAGE_ANALYSERS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown analyzer {name!r}; known: {', '.join(MESSAGE_ANALYSERS)}, frequency") from None
    return getattr(import_module(module), cls)


def build_analysers(names: list[str], lexicons: Path | None = None, **options: object) -> list[MessageAnalyser]:
    """Build the named message analysers from the rule packs; options go to every analyser that takes them."""
    return [analyser_class(name).from_lexicons(lexicons, **options) for name in names]


# Analysers built for scans in this process, by what built them: a caller of `audit.scan` per message or per batch
# pays the build (rules, patterns, the classifier: ~0.4 s for wording alone, seconds with PII) once, not per call.
_SCAN_ANALYSERS: OrderedDict[tuple, list[MessageAnalyser]] = OrderedDict()
_SCAN_ANALYSERS_KEPT = 4


def _lexicons_state(root: Path) -> tuple:
    """Each file of the rules folder with its size and modification time: a rule file edited in place, or one added
    or removed, makes the next scan build afresh (~2 ms to ask)."""
    return tuple((str(path), stat.st_size, stat.st_mtime_ns) for path in sorted(root.rglob("*"))
                 if path.is_file() and (stat := path.stat()))


def scan_analysers(names: list[str], lexicons: Path | None = None, **options: object) -> list[MessageAnalyser]:
    """`build_analysers` for a scan, kept for the scans that follow with the same analysers, rules folder (and files
    in it unchanged) and options; the last few such sets are kept. The gate builds its own and holds them."""
    root = Path(lexicons or LEXICONS).resolve()
    key = (tuple(names), str(root), repr(sorted(options.items())), _lexicons_state(root))
    built = _SCAN_ANALYSERS.pop(key, None) or build_analysers(names, lexicons, **options)
    _SCAN_ANALYSERS[key] = built
    while len(_SCAN_ANALYSERS) > _SCAN_ANALYSERS_KEPT:
        _SCAN_ANALYSERS.popitem(last=False)
    return built
