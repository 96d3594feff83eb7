"""Rates as every report section states them: per 1,000 of a base, and shares; None when the base is empty."""

from __future__ import annotations


def per_1000(count: int, base: int) -> float | None:
    return None if base == 0 else round(count * 1000 / base, 2)


def share(count: int, base: int) -> float | None:
    return None if base == 0 else round(count / base, 4)
