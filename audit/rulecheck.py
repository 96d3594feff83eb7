"""Run every rule's own examples: what `audit rules test` and the test suite both do.

A `match` example must make its rule match, a `no_match` example must not; what "match" means is the
analyser's (see each analyser's `example_matches`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from audit.analysers import analyser_class
from audit.paths import LEXICONS
from audit.rulepack import Rule, load_rules


@dataclass(slots=True)
class ExampleResult:
    rule: Rule
    kind: str          # "match" or "no_match"
    index: int
    text: str
    passed: bool

    @property
    def case_id(self) -> str:
        return f"{self.rule.pack}::{self.rule.id}::{self.kind}[{self.index}]"


def rules_under_test(paths: list[Path] | None = None, lexicons: Path = LEXICONS) -> list[Rule]:
    """The rules of the given pack files, analysed alongside the rules of the same analyzer in `lexicons`.

    With no paths: every rule in `lexicons` (default: the shipped ones). A file given here replaces the
    rules it redefines, so an officer can test an edited copy of a pack without touching `lexicons/`.
    """
    shipped = load_rules([lexicons])
    if not paths:
        return shipped
    edited = load_rules(paths)
    replaced = {r.id for r in edited} | {Path(r.path).resolve() for r in edited}
    return [r for r in shipped if r.id not in replaced and Path(r.path).resolve() not in replaced] + edited


def check_examples(rules: list[Rule], only: set[str] | None = None, lexicons: Path = LEXICONS) -> Iterator[ExampleResult]:
    """Yield one result per example of the rules whose ids are in `only` (default: all of `rules`).

    Each analyser is built once from all of `rules` for it, with the context files of `lexicons` (negation, lawful
    voices: `MessageAnalyser.context_options`), so an example is judged as a scan judges it.
    """
    by_analyser = sorted(rules, key=lambda r: r.analyzer)
    for name, group in groupby(by_analyser, key=lambda r: r.analyzer):
        group_rules = list(group)
        cls = analyser_class(name)
        analyser = cls(group_rules, **cls.context_options(lexicons))
        for rule in group_rules:
            if only is not None and rule.id not in only:
                continue
            for kind, texts in (("match", rule.match_examples), ("no_match", rule.no_match_examples)):
                for index, text in enumerate(texts):
                    hit = analyser.example_matches(rule, text)
                    yield ExampleResult(rule, kind, index, text, hit == (kind == "match"))
