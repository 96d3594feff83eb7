"""Fixtures the test modules share: the PII tests' `finder`, one EntityFinder per test process (building it loads
jieba, about a second). A module that needs another finder defines its own fixture of that name."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import shared_finder


@pytest.fixture(scope="session")
def finder() -> EntityFinder:
    return shared_finder()
