"""The frequency analyser: a contact log judged against a contact policy (contract sections 2 and 3).

The batch engine of the table of contact rules (`audit.contact_rules`, which also says how each unit
counts where the contract leaves a choice): every counting unit and window is implemented once here,
and each rule the policy switches on runs through them.

Everything is vectorised over the whole log: contacts are put in judging order once (time, then
`contact_id`), each rule is a few sorts, group-wise counts and comparisons over numpy arrays, and
explanations are built a column at a time. No Python loop runs per contact.

Judging order: contacts in time order, equal timestamps in `contact_id` order; a cap counts the
contact being judged, so the contact that takes a count past its cap breaches and so does every
later one in the same day or window. Days and hours are the recipient's local ones (`recipient_tz`,
else the policy's zone). `after_conversation_days` compares local dates; a debtor's calls are
assumed to share one zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from string import Formatter

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.contact_phrases import ACTION, CHANNEL_NAME, EVENT_PHRASE, SAME_RECIPIENT, WHO
from audit.contact_rules import EXPLANATION_FIELDS, Limit, Unit, Window, limits
from audit.contacts import NS_PER_DAY, local_wall_ns, outside_hours
from audit.finding import Finding, Severity
from audit.policy import Policy
from audit.vocabulary import CONTACT_CHANNELS, CONTACT_RECIPIENT_TYPES, DEBTOR_EVENTS

FINDING_COLUMNS = ["contact_id", "debtor_id", "campaign_id", "analyzer", "category", "rule_id", "severity",
                   "regulation", "explanation", "timestamp", "channel", "agent_id", "recipient_type"]


@dataclass
class _Breaches:
    """The contacts (positions in judging order) one rule finds, with an explanation each."""

    rows: np.ndarray
    rule_id: str
    category: str
    severity: Severity
    regulation: str
    explanation: pd.Series


class _JudgingOrder:
    """The contact log as numpy arrays in judging order: `order[i]` is the original row of the i-th contact."""

    def __init__(self, contacts: pd.DataFrame, default_zone: str) -> None:
        table = pa.table({"t": _utc_ns(contacts["timestamp"]), "id": pa.array(contacts["contact_id"].astype(str))})
        self.order = pc.sort_indices(table, sort_keys=[("t", "ascending"), ("id", "ascending")]).to_numpy()
        o = self.order
        self.ts = table.column("t").to_numpy()[o]
        zones = contacts["recipient_tz"] if "recipient_tz" in contacts.columns else None
        self.local = local_wall_ns(contacts["timestamp"], zones, default_zone)[o]
        self.day = self.local // NS_PER_DAY
        debtor_codes, self.debtors = pd.factorize(contacts["debtor_id"], sort=False)
        self.debtor = debtor_codes[o].astype(np.int64)
        self.channel = _codes(contacts["channel"], CONTACT_CHANNELS)[o]
        rtype = _codes(contacts["recipient_type"], CONTACT_RECIPIENT_TYPES)[o]
        self.to_debtor, self.to_third_party = rtype == 0, rtype == 1
        outcome = contacts["outcome"] if "outcome" in contacts.columns else pd.Series(index=contacts.index, dtype=str)
        self.connected = outcome.eq("connected").to_numpy(dtype=bool, na_value=False)[o]
        self.recipient = self._recipient_codes(contacts)

    def _recipient_codes(self, contacts: pd.DataFrame) -> np.ndarray:
        """Who per-recipient caps count per: the `recipient` number; without one, a contact to the debtor
        counts as to the debtor's own number and a third-party contact is not counted (-1)."""
        n_debtors = len(self.debtors)
        if "recipient" in contacts.columns:
            codes, _ = pd.factorize(contacts["recipient"], sort=False)
            codes = codes[self.order].astype(np.int64)
        else:
            codes = np.full(len(self.order), -1, dtype=np.int64)
        shifted = np.where(codes >= 0, codes + n_debtors, -1)
        return np.where((codes < 0) & self.to_debtor, self.debtor, shifted)

    def channel_phrases(self, table: dict[str, str], rows: np.ndarray) -> pd.Series:
        return pd.Series(np.array([table[c] for c in CONTACT_CHANNELS], dtype=object)[self.channel[rows]], dtype=str)

    def actions(self, rows: np.ndarray) -> pd.Series:
        """致电债务人, 向第三方发送短信, ... for each row."""
        phrases = np.array([[ACTION[c].format(WHO[r]) for r in CONTACT_RECIPIENT_TYPES] for c in CONTACT_CHANNELS], dtype=object)
        return pd.Series(phrases[self.channel[rows], self.to_third_party[rows].astype(int)], dtype=str)


class FrequencyAnalyser:
    """Judges a contact log (and optional debtor events) against one `Policy`: every rule of
    `audit.contact_rules.CONTACT_RULES` the policy switches on."""

    name = "frequency"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.limits = limits(policy)

    def analyse(self, contacts: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
        """One row per finding (columns `FINDING_COLUMNS`), in judging order then rule id.

        `contacts` and `events` are as `audit.contacts.read_contacts` / `read_events` return them.
        `timestamp` in the result is the contact's local time, ISO 8601 with its offset.
        """
        if contacts.empty:
            return _no_findings()
        log = _JudgingOrder(contacts, self.policy.timezone)
        parts = [self._breaches(log, limit, events) for limit in self.limits]
        return _findings_frame(contacts, log, [p for p in parts if len(p.rows)])

    def findings(self, contacts: pd.DataFrame, events: pd.DataFrame | None = None) -> Iterator[Finding]:
        """The same findings as `analyse`, as `Finding` objects."""
        frame = self.analyse(contacts, events)
        for row in frame[["contact_id", "debtor_id", "campaign_id", "category", "rule_id", "severity",
                          "regulation", "explanation"]].itertuples(index=False):
            yield Finding(analyzer=self.name, category=row.category, rule_id=row.rule_id,
                          severity=Severity(row.severity), campaign_id=str(row.campaign_id),
                          regulation=row.regulation, explanation=row.explanation,
                          contact_id=str(row.contact_id), debtor_id=str(row.debtor_id))

    # ------------------------------------------------------------ the table's units and windows

    def _breaches(self, log: _JudgingOrder, limit: Limit, events: pd.DataFrame | None) -> _Breaches:
        rows, group = _counted(log, limit)
        window = limit.rule.window
        if window is Window.LOCAL_HOURS:
            rows, fields = self._outside_hours(log, rows)
        elif window is Window.LOCAL_DAY:
            rows, fields = _over_cap(rows, running_count(_pair(group, log.day[rows])), limit.cap)
        elif window is Window.ROLLING:
            rows, fields = _over_cap(rows, window_count(log.ts[rows], group, limit.days * NS_PER_DAY), limit.cap)
        elif window is Window.AFTER_CONVERSATION:
            rows, fields = _after_conversation(log, rows, group, limit.days)
        else:
            rows, fields = self._after_cease(log, rows, events)
        rule = limit.rule
        if not len(rows):
            return _Breaches(rows, limit.rule_id, rule.category, rule.severity, limit.regulation, pd.Series(dtype=str))
        text = _render(rule.explanation, len(rows),
                       lambda name: fields[name] if name in fields else _field(log, limit, rows, name))
        return _Breaches(rows, limit.rule_id, rule.category, rule.severity, limit.regulation, text)

    def _outside_hours(self, log: _JudgingOrder, rows: np.ndarray) -> tuple[np.ndarray, dict]:
        start, end = self.policy.allowed_hours
        rows = rows[outside_hours(log.local[rows], (start, end))]
        return rows, {"clock": pd.Series(_local_iso(log.local[rows]), dtype=str).str.slice(11, 19),
                      "hours": f"{start:%H:%M}–{end:%H:%M}"}

    def _after_cease(self, log: _JudgingOrder, rows: np.ndarray, events: pd.DataFrame | None) -> tuple[np.ndarray, dict]:
        no_rows = rows[:0]
        if events is None or events.empty:
            return no_rows, {}
        ceases = events[events["event"].astype(str).isin(self.policy.cease_events)]
        debtor = pd.Index(log.debtors).get_indexer(ceases["debtor_id"].astype(str))
        channel = (_codes(ceases["channel"], CONTACT_CHANNELS) if "channel" in ceases.columns
                   else np.full(len(ceases), -1))
        known = debtor >= 0
        if not known.any():
            return no_rows, {}
        # The earliest cease per (debtor, channel); channel -1 applies to every channel.
        earliest = (pd.DataFrame({"key": _cease_key(debtor[known], channel[known]),
                                  "ts": _utc_ns(ceases["timestamp"])[known],
                                  "event": _codes(ceases["event"], DEBTOR_EVENTS)[known]})
                    .sort_values(["key", "ts"], kind="stable").drop_duplicates("key"))
        for_all = _lookup(earliest, _cease_key(log.debtor[rows], np.full(len(rows), -1)))
        for_channel = _lookup(earliest, _cease_key(log.debtor[rows], log.channel[rows]))
        use_channel = for_channel["ts"] < for_all["ts"]     # on a tie the cease on every channel is named
        cease_ts = np.where(use_channel, for_channel["ts"], for_all["ts"])
        event = np.where(use_channel, for_channel["event"], for_all["event"])
        after = log.ts[rows] >= cease_ts
        rows, cease_ts, event, use_channel = rows[after], cease_ts[after], event[after], use_channel[after]
        when = pd.Series(_local_iso(_zone_wall_ns(cease_ts, self.policy.timezone)), dtype=str).str.slice(0, 16).str.replace("T", " ")
        scope = np.where(use_channel, "（" + log.channel_phrases(CHANNEL_NAME, rows).to_numpy(dtype=object) + "渠道）", "")
        phrase = pd.Series(np.array([EVENT_PHRASE[e] for e in DEBTOR_EVENTS], dtype=object)[event], dtype=str)
        return rows, {"when": when, "event": phrase, "scope": pd.Series(scope, dtype=str)}


def _counted(log: _JudgingOrder, limit: Limit) -> tuple[np.ndarray, np.ndarray]:
    """The rows (in judging order) the limit's unit counts, and the group each is counted in."""
    unit = limit.rule.unit
    if unit is Unit.EVERY_CONTACT:
        mask, group = np.ones(len(log.order), dtype=bool), log.debtor
    elif unit is Unit.DEBTOR_ATTEMPTS:
        mask, group = log.to_debtor, log.debtor
    elif unit is Unit.CONNECTED_CALLS:
        mask, group = log.to_debtor & log.connected, log.debtor
    elif unit is Unit.RECIPIENT_ATTEMPTS:
        mask, group = log.recipient >= 0, log.recipient
    else:
        mask, group = log.to_third_party, log.debtor
    if limit.channel is not None:
        mask = mask & (log.channel == _channel_code(limit.channel))
    rows = np.flatnonzero(mask)
    return rows, group[rows]


def _over_cap(rows: np.ndarray, count: np.ndarray, cap: int) -> tuple[np.ndarray, dict]:
    over = count > cap
    return rows[over], {"n": _text(count[over])}


def _after_conversation(log: _JudgingOrder, rows: np.ndarray, group: np.ndarray, days: int) -> tuple[np.ndarray, dict]:
    last_day = last_connected_day(group, log.day[rows], log.connected[rows])
    day = log.day[rows]
    within = (last_day != _NONE) & (day <= last_day + days - 1)
    rows, last_day, day = rows[within], last_day[within], day[within]
    return rows, {"n": _text(day - last_day + 1), "talk_day": pd.Series(_iso_day(last_day), dtype=str)}


def _field(log: _JudgingOrder, limit: Limit, rows: np.ndarray, name: str) -> str | pd.Series:
    """An explanation field every rule may use: the limit's numbers, or how each contact was made."""
    if name == "cap":
        return str(limit.cap)
    if name == "days":
        return str(limit.days)
    if name == "action":
        return log.actions(rows)
    if name == "channel_name":
        return log.channel_phrases(CHANNEL_NAME, rows)
    if name == "same_recipient":
        return log.channel_phrases(SAME_RECIPIENT, rows)
    raise KeyError(f"explanation field {name!r} of {limit.rule_id} is not one of {', '.join(EXPLANATION_FIELDS)}")


def _render(template: str, size: int, value) -> pd.Series:
    """`template` filled in a column at a time: `value(name)` gives a field's text, one string for
    every row or a Series of `size`; runs of constant text are joined before touching a column."""
    text: pd.Series | None = None
    pending = ""
    for literal, name, _, _ in Formatter().parse(template):
        pending += literal
        if name:
            piece = value(name)
            if isinstance(piece, str):
                pending += piece
                continue
            if text is None:
                text = pending + piece if pending else piece
            else:
                text = text + pending + piece if pending else text + piece
            pending = ""
    if text is None:
        return pd.Series([pending] * size, dtype=str)
    return text + pending if pending else text


# ---------------------------------------------------------------- vectorised counting


_NONE = np.iinfo(np.int64).min


def running_count(group: np.ndarray) -> np.ndarray:
    """For rows in judging order: the 1-based count of each row among the rows of its group so far."""
    perm = np.argsort(group, kind="stable")          # stable: judging order kept within a group
    ordered = group[perm]
    index = np.arange(len(ordered))
    starts = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, bool)
    first = np.maximum.accumulate(np.where(starts, index, 0))
    count = np.empty(len(ordered), dtype=np.int64)
    count[perm] = index - first + 1
    return count


def window_count(ts: np.ndarray, group: np.ndarray, window_ns: int) -> np.ndarray:
    """For rows in judging order (`ts` ascending): how many rows of the same group fall in
    (t - window, t] up to and including this one (same-timestamp rows after it do not count)."""
    n = len(ts)
    position = np.arange(n, dtype=np.int64)
    first_inside = np.searchsorted(ts, ts - window_ns, side="right")   # first position with ts > t - window
    perm = np.argsort(group, kind="stable")          # by group, then judging order
    key = group[perm] * (n + 1)
    # In that order both the keys and the window starts ascend, so one search finds every start.
    window_start = np.searchsorted(key + position[perm], key + first_inside[perm], side="left")
    count = np.empty(n, dtype=np.int64)
    count[perm] = position - window_start + 1
    return count


def last_connected_day(group: np.ndarray, day: np.ndarray, connected: np.ndarray) -> np.ndarray:
    """For rows in judging order: the latest day of a connected row of the same group strictly
    before this one (`_NONE` when there is none)."""
    if not len(day):
        return day.copy()
    perm = np.argsort(group, kind="stable")
    low = day.min()
    span = int(day.max() - low) + 2
    base = group[perm] * span
    # Offset each group by its code, so one running maximum over the array never crosses groups.
    running = np.maximum.accumulate(base + np.where(connected[perm], day[perm] - low + 1, 0))
    before = np.r_[-1, running[:-1]]
    result = np.empty(len(day), dtype=np.int64)
    result[perm] = np.where(before >= base + 1, before - base - 1 + low, _NONE)
    return result


def _pair(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Two non-negative-or-small int arrays as one int64 key."""
    if not len(second):
        return first.astype(np.int64)
    low = second.min()
    return first.astype(np.int64) * (int(second.max() - low) + 1) + (second - low)


def _cease_key(debtor: np.ndarray, channel: np.ndarray) -> np.ndarray:
    return debtor.astype(np.int64) * (len(CONTACT_CHANNELS) + 1) + channel.astype(np.int64) + 1


def _lookup(table: pd.DataFrame, keys: np.ndarray) -> dict[str, np.ndarray]:
    """The earliest cease for each key (`table` sorted by key, not empty); ts is int64 max where there is none."""
    sorted_keys = table["key"].to_numpy()
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    hit = sorted_keys[at] == keys
    return {"ts": np.where(hit, table["ts"].to_numpy()[at], np.iinfo(np.int64).max),
            "event": np.where(hit, table["event"].to_numpy()[at], 0)}


# ---------------------------------------------------------------- conversions


def _utc_ns(timestamps: pd.Series) -> np.ndarray:
    return pd.DatetimeIndex(pd.to_datetime(timestamps, utc=True)).as_unit("ns").asi8


def _codes(values: pd.Series, categories: tuple[str, ...]) -> np.ndarray:
    """Codes into `categories` (-1 for missing), cheap when `values` is already categorical."""
    return pd.Categorical(values, categories=list(categories)).codes.astype(np.int64)


def _channel_code(channel: str) -> int:
    return CONTACT_CHANNELS.index(channel)


def _text(numbers: np.ndarray) -> pd.Series:
    return pd.Series(numbers, dtype=np.int64).astype(str)


def _local_iso(wall_ns: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(wall_ns.astype("datetime64[ns]").astype("datetime64[s]"))


def _iso_day(day: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(day.astype("datetime64[D]"))


def _zone_wall_ns(utc_ns: np.ndarray, zone: str) -> np.ndarray:
    return pd.DatetimeIndex(utc_ns.astype("datetime64[ns]")).tz_localize("UTC").tz_convert(zone).tz_localize(None).asi8


def _offsets(wall_ns: np.ndarray, utc_ns: np.ndarray) -> pd.Series:
    """"+08:00" per row, from the difference between local wall-clock and UTC."""
    minutes = (wall_ns - utc_ns) // (60 * 10**9)
    unique, inverse = np.unique(minutes, return_inverse=True)
    labels = np.array([f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}" for m in unique], dtype=object)
    return pd.Series(labels[inverse], dtype=str)


def _no_findings() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in FINDING_COLUMNS})


def _findings_frame(contacts: pd.DataFrame, log: _JudgingOrder, parts: list[_Breaches]) -> pd.DataFrame:
    if not parts:
        return _no_findings()
    rows = np.concatenate([p.rows for p in parts])
    rule = np.concatenate([np.full(len(p.rows), i) for i, p in enumerate(parts)])

    def per_rule(attribute: str) -> pd.Categorical:
        values = [getattr(p, attribute) for p in parts]
        return pd.Categorical(np.array([getattr(v, "value", v) for v in values], dtype=object)[rule])

    frame = pd.DataFrame({
        "_row": rows, "rule_id": per_rule("rule_id"), "category": per_rule("category"),
        "severity": per_rule("severity"), "regulation": per_rule("regulation"),
        "explanation": pd.concat([p.explanation for p in parts], ignore_index=True),
    }).sort_values(["_row", "rule_id"], kind="stable", ignore_index=True)
    original = log.order[frame["_row"].to_numpy()]
    taken = contacts.iloc[original].reset_index(drop=True)
    local = log.local[frame["_row"].to_numpy()]
    frame["timestamp"] = pd.Series(_local_iso(local), dtype=str) + _offsets(local, log.ts[frame["_row"].to_numpy()])
    frame["analyzer"] = "frequency"
    for column in ("contact_id", "debtor_id", "campaign_id", "channel", "agent_id", "recipient_type"):
        frame[column] = taken[column] if column in taken.columns else pd.Series(pd.NA, index=frame.index, dtype=str)
    return frame[FINDING_COLUMNS]
