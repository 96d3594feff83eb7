"""The pass / attention / fail verdict, judged against thresholds a policy file's `report:` section sets.

    report:
      fail:                                   # any threshold exceeded -> fail
        critical_per_1000_messages: 1.0       # critical findings per 1,000 messages  > value
        high_per_1000_messages: 10.0          # high or critical findings per 1,000    > value
        findings_per_1000_messages: 100.0     # all message findings per 1,000        > value
        frequency_breaches_per_1000_contacts: 50.0   # frequency findings per 1,000 contacts > value
        notice_completeness_below: 0.90       # share of notices with every element    < value
        findings_without_message: null        # findings whose message was not given  > value
      attention:                              # same keys; exceeded -> attention
        critical_per_1000_messages: 0.0
        findings_without_message: 0

A key left out takes the default below; `null` switches that check off. A metric with no data
(no notices, no contact log) is not judged and the report says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from audit.policy import PolicyError

LEVELS = ("fail", "attention")
RATE_METRICS = ("critical_per_1000_messages", "high_per_1000_messages", "findings_per_1000_messages",
                "frequency_breaches_per_1000_contacts",
                "findings_without_message")    # a count: findings whose message was not among those read
SHARE_METRICS = ("notice_completeness_below",)     # tripped when the share falls below the value
METRICS = RATE_METRICS + SHARE_METRICS

DEFAULT_THRESHOLDS: dict[str, dict[str, float | None]] = {
    "fail": {
        "critical_per_1000_messages": 1.0,
        "high_per_1000_messages": 10.0,
        "findings_per_1000_messages": 100.0,
        "frequency_breaches_per_1000_contacts": 50.0,
        "notice_completeness_below": 0.90,
        "findings_without_message": None,
    },
    "attention": {
        "critical_per_1000_messages": 0.0,
        "high_per_1000_messages": 2.0,
        "findings_per_1000_messages": 20.0,
        "frequency_breaches_per_1000_contacts": 10.0,
        "notice_completeness_below": 0.98,
        "findings_without_message": 0,      # the report could not see what they are about
    },
}


@dataclass(frozen=True)
class Verdict:
    level: str                       # pass | attention | fail
    reasons: list[dict]              # each tripped threshold: level, metric, value, threshold
    not_evaluated: list[str]         # metrics without data
    thresholds: dict[str, dict[str, float | None]]
    metrics: dict[str, float | None]

    def to_dict(self) -> dict:
        return {"verdict": self.level, "reasons": self.reasons, "not_evaluated": self.not_evaluated,
                "metrics": self.metrics, "thresholds": self.thresholds}


def thresholds_from_policy(section: Mapping | None, source: str = "policy") -> dict[str, dict[str, float | None]]:
    """Validate a policy's `report:` section (None: defaults) and merge it over the defaults."""
    merged = {level: dict(values) for level, values in DEFAULT_THRESHOLDS.items()}
    if section is None:
        return merged
    if not isinstance(section, Mapping):
        raise PolicyError(source, "report", "must be a mapping with 'fail' and/or 'attention'")
    unknown = set(section) - set(LEVELS)
    if unknown:
        raise PolicyError(source, "report", f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                                             f"expected {', '.join(LEVELS)}")
    for level, values in section.items():
        if values is None:
            continue
        if not isinstance(values, Mapping):
            raise PolicyError(source, f"report.{level}", "must be a mapping of metric: threshold")
        for metric, value in values.items():
            merged[level][metric] = _checked_threshold(source, level, metric, value)
    _check_order(source, merged)
    return merged


def _checked_threshold(source: str, level: str, metric: object, value: object) -> float | None:
    where = f"report.{level}.{metric}"
    if metric not in METRICS:
        raise PolicyError(source, where, f"unknown metric; known: {', '.join(METRICS)}")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise PolicyError(source, where, f"expected a number >= 0 or null, got {value!r}")
    if metric in SHARE_METRICS and value > 1:
        raise PolicyError(source, where, f"expected a share between 0 and 1 (0.95 = 95%), got {value!r}")
    return float(value)


def _check_order(source: str, thresholds: dict[str, dict[str, float | None]]) -> None:
    """Attention must trip no later than fail, or the verdict skips a step."""
    for metric in METRICS:
        fail, attention = thresholds["fail"][metric], thresholds["attention"][metric]
        if fail is None or attention is None:
            continue
        looser = attention < fail if metric in SHARE_METRICS else attention > fail
        if looser:
            raise PolicyError(source, f"report.attention.{metric}",
                              f"{attention:g} is looser than report.fail.{metric} ({fail:g})")


def judge(metrics: Mapping[str, float | None], thresholds: dict[str, dict[str, float | None]]) -> Verdict:
    """`metrics` maps each metric to its value, or None when there is no data to judge it on."""
    reasons, not_evaluated = [], []
    tripped_levels = set()
    for metric in METRICS:
        value = metrics.get(metric)
        if value is None:
            if any(thresholds[level][metric] is not None for level in LEVELS):
                not_evaluated.append(metric)
            continue
        for level in LEVELS:            # report only the worst level a metric trips
            limit = thresholds[level][metric]
            if limit is not None and _trips(metric, value, limit):
                reasons.append({"level": level, "metric": metric, "value": round(value, 4), "threshold": limit})
                tripped_levels.add(level)
                break
    level = next((lv for lv in LEVELS if lv in tripped_levels), "pass")
    return Verdict(level, reasons, not_evaluated, thresholds, dict(metrics))


def _trips(metric: str, value: float, limit: float) -> bool:
    return value < limit if metric in SHARE_METRICS else value > limit
