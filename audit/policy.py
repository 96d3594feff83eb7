"""Contact policies: the numbers the frequency rules use (contract section 3), loaded from YAML.

A policy is a shipped profile (`lexicons/policies/<name>.yml`) or a user's file. Every key is
optional; a missing key disables its rule. Each number's source is written as a trailing comment
on its line (`call: 3   # GB/T 45251-2025 ...`): the file stays the one place a reader checks,
and the frequency analyser cites that comment in its findings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from audit.errors import AuditError
from audit.paths import LEXICONS
from audit.rulepack import read_yaml
from audit.vocabulary import CONTACT_CHANNELS, DEBTOR_EVENTS, did_you_mean

POLICY_DIR = LEXICONS / "policies"


TOP_KEYS = {
    "name", "description", "timezone", "allowed_hours", "daily_cap", "daily_connected_cap",
    "per_recipient_daily_cap", "rolling_cap", "after_conversation_days", "third_party", "cease_events",
    "gate", "report", "stages", "templates", "require_template",
}
STAGE_KEYS = {"name", "days_overdue"}
# Channels whose messages can carry a template; calls never do (contract section 3a).
TEMPLATE_CHANNELS = ("sms", "notice", "app", "email")
THIRD_PARTY_KEYS = {"per_day", "window_days", "per_window"}


class PolicyError(AuditError):
    """A policy file is invalid: names the file and the key."""

    def __init__(self, path: str | Path, key: str | None, reason: str) -> None:
        self.path, self.key, self.reason = str(path), key, reason
        where = self.path + (f" key '{key}'" if key else "")
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Stage:
    """A collection stage: `days_overdue` from `low` to `high`, both inclusive; None is open-ended."""

    name: str
    low: int | None
    high: int | None

    def holds(self, days_overdue: int) -> bool:
        return (self.low is None or days_overdue >= self.low) and (self.high is None or days_overdue <= self.high)


@dataclass(frozen=True)
class Policy:
    name: str
    timezone: str                                  # IANA zone
    allowed_hours: tuple[time, time] | None        # [start, end): contact at/after end or before start breaches
    daily_cap: Mapping[str, int]                   # channel -> attempts to the debtor per local day
    daily_connected_cap: Mapping[str, int]
    per_recipient_daily_cap: Mapping[str, int]
    rolling_window_days: int | None
    rolling_cap: Mapping[str, int]
    after_conversation_days: int | None
    third_party_per_day: int | None
    third_party_window_days: int | None
    third_party_per_window: int | None
    cease_events: tuple[str, ...]
    gate: Mapping[str, Any]      # raw `gate:` section (pre-send decision table), validated by the gate module
    report: Mapping[str, Any]    # raw `report:` section (verdict thresholds), validated by the report module
    source_path: str
    description: str = ""
    sources: Mapping[str, str] = field(default_factory=dict)   # dotted key -> its trailing comment
    stages: tuple[Stage, ...] = ()              # collection stages, in order (contract section 3a)
    templates: Path | None = None               # the template registry, resolved against the policy file
    require_template: tuple[str, ...] = ()      # channels whose messages must use a registered template

    def stage_of(self, days_overdue: int) -> str | None:
        """The name of the stage `days_overdue` falls in (stages never overlap), None outside every stage."""
        return next((stage.name for stage in self.stages if stage.holds(days_overdue)), None)

    def source(self, key: str) -> str:
        """The citation for a dotted key (`third_party.per_day`): the comments on it and on its parents.

        A user's file without comments is cited by policy name and key, so a finding always says
        which number it applied.
        """
        parts = key.split(".")
        found = [self.sources[k] for k in (".".join(parts[:d]) for d in range(1, len(parts) + 1)) if k in self.sources]
        return "; ".join(found) or f"contact policy {self.name}: {key}"


def list_policies() -> list[str]:
    """Names of the shipped profiles."""
    return sorted(p.stem for p in POLICY_DIR.glob("*.yml"))


def policy_path(name_or_path: str | Path) -> Path:
    """The file of a shipped profile name, or the given file."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yml", ".yaml"} or candidate.exists() or len(candidate.parts) > 1:
        if not candidate.is_file():
            raise PolicyError(candidate, None, "no such policy file")
        return candidate
    shipped = POLICY_DIR / f"{name_or_path}.yml"
    if not shipped.is_file():
        raise PolicyError(name_or_path, None, f"no such policy profile{did_you_mean(name_or_path, list_policies())}; "
                                              f"shipped profiles: {', '.join(list_policies())}, or give a YAML file")
    return shipped


def load_policy(name_or_path: str | Path) -> Policy:
    """Load and validate a shipped profile (`cn-default`) or a policy file.

    A file may start from another policy with `extends: NAME` (a shipped profile, or a file relative to this
    one): each top-level key it gives replaces that key of the base, so a deployment adds its template
    registry to `cn-default` without copying its numbers. One level only; relative paths in the file
    (`templates:`) are relative to the file that names them."""
    path = policy_path(name_or_path)
    data, text = _read_policy(path)
    base = data.pop("extends", None)
    if base is not None:
        if not isinstance(base, str) or not base.strip():
            raise PolicyError(path, "extends", f"must name a shipped profile or a policy file, got {base!r:.60}")
        relative = path.parent / base
        base_path = policy_path(relative if relative.is_file() else base)
        if base_path.resolve() == path.resolve():
            raise PolicyError(path, "extends", "a policy cannot extend itself")
        base_data, base_text = _read_policy(base_path)
        if "extends" in base_data:
            raise PolicyError(base_path, "extends", "a base policy cannot extend another (one level only)")
        data, text = {**base_data, **data}, base_text + "\n" + text
    return _parse(path, data, _trailing_comments(text))


def _read_policy(path: Path) -> tuple[dict, str]:
    try:
        data = read_yaml(path)      # strict: a key written twice is an error, not a silently kept last value
        text = path.read_text(encoding="utf-8")
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(path, None, f"cannot read YAML: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(path, None, "a policy is a mapping of the keys in the contract, section 3")
    return data, text


def _parse(path: Path, data: dict, sources: dict[str, str]) -> Policy:
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise PolicyError(path, sorted(unknown)[0], f"unknown key; known keys: {', '.join(sorted(TOP_KEYS))}")
    rolling = dict(_mapping(path, data, "rolling_cap"))
    window_days = _count(path, "rolling_cap.window_days", rolling.pop("window_days", None), minimum=1)
    rolling_cap = _caps(path, "rolling_cap", rolling)
    if rolling_cap and window_days is None:
        raise PolicyError(path, "rolling_cap.window_days", "rolling caps need 'window_days'")
    third = _mapping(path, data, "third_party")
    unknown = set(third) - THIRD_PARTY_KEYS
    if unknown:
        raise PolicyError(path, f"third_party.{sorted(unknown)[0]}",
                          f"unknown key; known keys: {', '.join(sorted(THIRD_PARTY_KEYS))}")
    tp_window = _count(path, "third_party.window_days", third.get("window_days"), minimum=1)
    tp_per_window = _count(path, "third_party.per_window", third.get("per_window"))
    if tp_per_window is not None and tp_window is None:
        raise PolicyError(path, "third_party.window_days", "'per_window' needs 'window_days'")
    return Policy(
        name=str(data.get("name") or path.stem),
        timezone=_zone(path, data.get("timezone", "Asia/Shanghai")),
        allowed_hours=_hours(path, data.get("allowed_hours")),
        daily_cap=_caps(path, "daily_cap", _mapping(path, data, "daily_cap")),
        daily_connected_cap=_caps(path, "daily_connected_cap", _mapping(path, data, "daily_connected_cap")),
        per_recipient_daily_cap=_caps(path, "per_recipient_daily_cap", _mapping(path, data, "per_recipient_daily_cap")),
        rolling_window_days=window_days,
        rolling_cap=rolling_cap,
        after_conversation_days=_count(path, "after_conversation_days", data.get("after_conversation_days"), minimum=1),
        third_party_per_day=_count(path, "third_party.per_day", third.get("per_day")),
        third_party_window_days=tp_window,
        third_party_per_window=tp_per_window,
        cease_events=_events(path, data.get("cease_events")),
        gate=_mapping(path, data, "gate"),
        report=_mapping(path, data, "report"),
        source_path=str(path),
        description=str(data.get("description") or "").strip(),
        sources=sources,
        stages=_stages(path, data.get("stages")),
        templates=_registry_path(path, data.get("templates")),
        require_template=_template_channels(path, data.get("require_template")),
    )


def _mapping(path: Path, data: dict, key: str) -> dict:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PolicyError(path, key, f"must be a mapping, got {value!r:.60}")
    return value


def _count(path: Path, key: str, value: Any, minimum: int = 0) -> int | None:
    if value is None:
        return None
    # bool is an int in Python: `call: yes` must not become a cap of 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(path, key, f"must be a whole number, got {value!r}")
    if value < minimum:
        raise PolicyError(path, key, f"must be at least {minimum}, got {value}")
    return value


def _caps(path: Path, key: str, value: dict) -> dict[str, int]:
    caps = {}
    for channel, cap in value.items():
        if channel not in CONTACT_CHANNELS:
            raise PolicyError(path, f"{key}.{channel}", f"unknown channel; channels: {', '.join(CONTACT_CHANNELS)}")
        caps[channel] = _count(path, f"{key}.{channel}", cap)
    return caps


def _zone(path: Path, value: Any) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise PolicyError(path, "timezone", f"unknown IANA time zone {value!r} (e.g. Asia/Shanghai)") from None
    return str(value)


_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _hours(path: Path, value: Any) -> tuple[time, time] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise PolicyError(path, "allowed_hours", f'must be a list of two times, e.g. ["08:00", "22:00"], got {value!r}')
    start, end = (_clock(path, item) for item in value)
    if start >= end:
        raise PolicyError(path, "allowed_hours", f"the start {value[0]} must come before the end {value[1]}")
    return start, end


def _clock(path: Path, value: Any) -> time:
    if isinstance(value, int):
        # YAML 1.1 reads an unquoted 22:00 as the sexagesimal number 1320.
        raise PolicyError(path, "allowed_hours", f'quote the times, e.g. ["08:00", "22:00"] (YAML read {value!r})')
    match = _TIME_RE.match(str(value))
    hour, minute, second = (int(g or 0) for g in match.groups()) if match else (99, 0, 0)
    if hour > 23 or minute > 59 or second > 59:
        raise PolicyError(path, "allowed_hours", f"bad time {value!r}; use HH:MM from 00:00 to 23:59")
    return time(hour, minute, second)


def _events(path: Path, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PolicyError(path, "cease_events", f"must be a list of events, got {value!r:.60}")
    for event in value:
        if event not in DEBTOR_EVENTS:
            raise PolicyError(path, "cease_events", f"unknown event {event!r}; events: {', '.join(DEBTOR_EVENTS)}")
    return tuple(value)


def _stages(path: Path, value: Any) -> tuple[Stage, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PolicyError(path, "stages", f"must be a list of {{name, days_overdue: [from, to]}}, got {value!r:.60}")
    stages: list[Stage] = []
    for index, item in enumerate(value):
        key = f"stages[{index}]"
        if not isinstance(item, dict) or set(item) != STAGE_KEYS:
            raise PolicyError(path, key, f"a stage is {{name, days_overdue: [from, to]}}, got {item!r:.60}")
        name, bounds = item["name"], item["days_overdue"]
        if not isinstance(name, str) or not name.strip():
            raise PolicyError(path, f"{key}.name", f"must be a non-empty name, got {name!r}")
        if any(stage.name == name for stage in stages):
            raise PolicyError(path, f"{key}.name", f"stage {name!r} is named twice")
        if not isinstance(bounds, list) or len(bounds) != 2:
            raise PolicyError(path, f"{key}.days_overdue", f"must be [from, to] (null: open), got {bounds!r:.60}")
        for bound in bounds:
            if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int)):
                raise PolicyError(path, f"{key}.days_overdue", f"bounds are whole numbers of days or null, got {bound!r}")
        low, high = bounds
        if low is not None and high is not None and low > high:
            raise PolicyError(path, f"{key}.days_overdue", f"from {low} is after to {high}")
        stage = Stage(name, low, high)
        for other in stages:
            if _overlap(stage, other):
                raise PolicyError(path, f"{key}.days_overdue", f"overlaps stage {other.name!r} "
                                                               f"[{other.low}, {other.high}]: a day has one stage")
        stages.append(stage)
    return tuple(stages)


def _overlap(a: Stage, b: Stage) -> bool:
    low = max(x for x in (a.low, b.low, -(1 << 62)) if x is not None)
    high = min(x for x in (a.high, b.high, 1 << 62) if x is not None)
    return low <= high


def _registry_path(path: Path, value: Any) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(path, "templates", f"must be the registry's file name, got {value!r:.60}")
    registry = (Path(path).parent / value.strip()).resolve()
    if not registry.is_file():
        raise PolicyError(path, "templates", f"no such template registry {value.strip()!r} (relative to the policy file)")
    return registry


def _template_channels(path: Path, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PolicyError(path, "require_template", f"must be a list of channels, got {value!r:.60}")
    for channel in value:
        if channel not in TEMPLATE_CHANNELS:
            raise PolicyError(path, "require_template",
                              f"unknown channel {channel!r}; channels with templates: {', '.join(TEMPLATE_CHANNELS)}")
    return tuple(value)


_KEY_LINE_RE = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][\w-]*)\s*:(?P<rest>.*)$")
_QUOTED_RE = re.compile(r"\"[^\"]*\"|'[^']*'")


def _trailing_comments(text: str) -> dict[str, str]:
    """Map each block-style key (dotted: `daily_cap.call`) to the comment at the end of its line."""
    comments: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in text.splitlines():
        match = _KEY_LINE_RE.match(line)
        if not match:
            continue
        indent, key = len(match["indent"]), match["key"]
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, key))
        # Find the comment's start outside quoted values, so a '#' inside "..." is not one.
        rest = f" {match['rest']}"
        start = _QUOTED_RE.sub(lambda m: "x" * len(m.group()), rest).find(" #")
        comment = rest[start + 2:].strip() if start >= 0 else ""
        if comment:
            comments[".".join(k for _, k in stack)] = comment
    return comments
