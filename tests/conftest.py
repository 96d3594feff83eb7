"""Fixtures the test modules share: the PII tests' `finder`, one EntityFinder per test process (building it loads
jieba, about a second; a module that needs another finder defines its own fixture of that name), and the wording
rules alone with and without the lawful voices (`wording_rules`, `wording_rules_without_voices`), which the wording
pack tests read and the voice tests compare."""

from __future__ import annotations

import pytest

from audit.analysers.wording import WordingAnalyser
from audit.recognizers.finder import EntityFinder
from tests.pii_support import shared_finder


@pytest.fixture(scope="session")
def finder() -> EntityFinder:
    return shared_finder()


@pytest.fixture(scope="module")
def wording_rules() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons(model=False)


@pytest.fixture(scope="module")
def wording_rules_without_voices() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons(model=False, lawful=None)
