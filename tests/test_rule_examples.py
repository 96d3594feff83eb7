"""Every example of every shipped rule pack, for every analyser: `match` examples must fire their rule,
`no_match` examples must not. Case ids are `<pack>::<rule id>::match[i]` / `no_match[i]`."""

from __future__ import annotations

from functools import cache

import pytest

from audit.analysers import MESSAGE_ANALYSERS, analyser_class
from audit.analysers.base import MessageAnalyser
from audit.paths import LEXICONS
from audit.rulepack import Rule, load_rules


def _cases() -> list:
    cases = []
    for rule in load_rules([LEXICONS]):
        for kind, texts in (("match", rule.match_examples), ("no_match", rule.no_match_examples)):
            for index, text in enumerate(texts):
                cases.append(pytest.param(rule, kind, text, id=f"{rule.pack}::{rule.id}::{kind}[{index}]"))
    return cases


@cache
def _analyser(name: str) -> MessageAnalyser | str:
    """The analyser built from the shipped lexicons, or why it cannot be (its module is not written yet)."""
    if name not in MESSAGE_ANALYSERS:
        return f"'{name}' rules are not judged message by message"
    module = MESSAGE_ANALYSERS[name].split(":")[0]
    try:
        return analyser_class(name).from_lexicons()
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return f"analyser module {module} does not exist yet"


@pytest.mark.parametrize(("rule", "kind", "text"), _cases())
def test_rule_example(rule: Rule, kind: str, text: str) -> None:
    analyser = _analyser(rule.analyzer)
    if isinstance(analyser, str):
        pytest.skip(analyser)
    fired = analyser.example_matches(rule, text)
    assert fired == (kind == "match"), f"{rule.id} should {'' if kind == 'match' else 'not '}match: {text}"
