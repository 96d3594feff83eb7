"""The message analysers, by name. Imported lazily: the PII analyser pulls in Presidio and spaCy."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from audit.analysers.base import MessageAnalyser
from audit.kept import kept

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


def scan_analysers(names: list[str], lexicons: Path | None = None, **options: object) -> list[MessageAnalyser]:
    """`build_analysers` for a scan, kept for the scans that follow with the same analysers, rules folder (its files
    unchanged) and options (`audit.kept`)."""
    return kept("analysers", lexicons, (tuple(names), repr(sorted(options.items()))),
                lambda: build_analysers(names, lexicons, **options))
