"""Shared by the PII tests: one EntityFinder per test process (building it loads jieba, ~1 s)."""

from __future__ import annotations

from functools import cache

from audit.recognizers.finder import EntityFinder


@cache
def shared_finder() -> EntityFinder:
    return EntityFinder()
