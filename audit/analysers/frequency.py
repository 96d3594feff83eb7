"""The frequency analyser: a contact log judged against a contact policy (contract sections 2 and 3).

Everything is vectorised over the whole log: contacts are put in judging order once (time, then
`contact_id`), each rule is a few sorts, group-wise counts and comparisons over numpy arrays, and
explanations are built a column at a time. No Python loop runs per contact.

Judging order: contacts in time order, equal timestamps in `contact_id` order; a cap counts the
contact being judged, so the contact that takes a count past its cap breaches and so does every
later one in the same day or window. Days and hours are the recipient's local ones (`recipient_tz`,
else the policy's zone).

Where the contract leaves a choice, this module takes these (the reference test follows them):
- `per_recipient_daily_cap` counts attempts to one `recipient` value whoever it belongs to; a debtor
  contact without `recipient` counts as to the debtor's own number, a third-party one without it is
  not counted for that cap (the third_party caps still apply).
- `daily_cap`, `daily_connected_cap`, `rolling_cap`, `after_conversation_days` and cease events concern
  contacts to the debtor (`recipient_type: debtor`); `third_party` caps count third-party contacts
  about the debtor on every channel.
- `after_conversation_days` compares local dates; a debtor's calls are assumed to share one zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.contact_phrases import ACTION, CHANNEL_NAME, EVENT_PHRASE, SAME_RECIPIENT, SEVERITY, WHO
from audit.contacts import NS_PER_DAY, RECIPIENT_TYPES, local_wall_ns, outside_hours
from audit.finding import Finding, Severity
from audit.policy import CONTACT_CHANNELS, DEBTOR_EVENTS, Policy

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
        rtype = _codes(contacts["recipient_type"], RECIPIENT_TYPES)[o]
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
        phrases = np.array([[ACTION[c].format(WHO[r]) for r in RECIPIENT_TYPES] for c in CONTACT_CHANNELS], dtype=object)
        return pd.Series(phrases[self.channel[rows], self.to_third_party[rows].astype(int)], dtype=str)


class FrequencyAnalyser:
    """Judges a contact log (and optional debtor events) against one `Policy`."""

    name = "frequency"

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def analyse(self, contacts: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
        """One row per finding (columns `FINDING_COLUMNS`), in judging order then rule id.

        `contacts` and `events` are as `audit.contacts.read_contacts` / `read_events` return them.
        `timestamp` in the result is the contact's local time, ISO 8601 with its offset.
        """
        if contacts.empty:
            return _no_findings()
        log = _JudgingOrder(contacts, self.policy.timezone)
        parts = [*self._time_window(log), *self._daily_caps(log), *self._rolling_caps(log),
                 *self._after_conversation(log), *self._third_party(log), *self._after_cease(log, events)]
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

    # ------------------------------------------------------------ rules

    def _time_window(self, log: _JudgingOrder) -> list[_Breaches]:
        if self.policy.allowed_hours is None:
            return []
        start, end = self.policy.allowed_hours
        rows = np.flatnonzero(outside_hours(log.local, self.policy.allowed_hours))
        clock = pd.Series(_local_iso(log.local[rows]), dtype=str).str.slice(11, 19)
        hours = f"{start:%H:%M}–{end:%H:%M}"
        text = "当地时间" + clock + log.actions(rows) + f"，不在允许联系时段{hours}内"
        return [_Breaches(rows, "frequency.time_window", "frequency.time_window", SEVERITY["time_window"],
                          self.policy.source("allowed_hours"), text)]

    def _daily_caps(self, log: _JudgingOrder) -> list[_Breaches]:
        found = []
        for channel, cap in self.policy.daily_cap.items():
            rows = np.flatnonzero(log.to_debtor & (log.channel == _channel_code(channel)))
            found.append(self._over_daily_cap(log, rows, log.debtor[rows], cap, "daily_cap", channel,
                                              lambda n, r: "当日第" + n + "次" + log.actions(r)))
        for channel, cap in self.policy.daily_connected_cap.items():
            rows = np.flatnonzero(log.to_debtor & log.connected & (log.channel == _channel_code(channel)))
            found.append(self._over_daily_cap(log, rows, log.debtor[rows], cap, "daily_connected_cap", channel,
                                              lambda n, r: "当日第" + n + "次与债务人接通" + log.channel_phrases(CHANNEL_NAME, r)))
        for channel, cap in self.policy.per_recipient_daily_cap.items():
            rows = np.flatnonzero((log.recipient >= 0) & (log.channel == _channel_code(channel)))
            found.append(self._over_daily_cap(log, rows, log.recipient[rows], cap, "per_recipient_daily_cap", channel,
                                              lambda n, r: "当日第" + n + "次" + log.channel_phrases(SAME_RECIPIENT, r)))
        return found

    def _over_daily_cap(self, log: _JudgingOrder, rows: np.ndarray, group: np.ndarray, cap: int, key: str,
                        channel: str, phrase) -> _Breaches:
        count = running_count(_pair(group, log.day[rows]))
        over = count > cap
        rows = rows[over]
        text = phrase(_text(count[over]), rows) + f"，超过每日{cap}次上限"
        return _Breaches(rows, f"frequency.{key}.{channel}", "frequency.daily_cap", SEVERITY[key],
                         self.policy.source(f"{key}.{channel}"), text)

    def _rolling_caps(self, log: _JudgingOrder) -> list[_Breaches]:
        days = self.policy.rolling_window_days
        found = []
        for channel, cap in self.policy.rolling_cap.items():
            rows = np.flatnonzero(log.to_debtor & (log.channel == _channel_code(channel)))
            count = window_count(log.ts[rows], log.debtor[rows], days * NS_PER_DAY)
            over = count > cap
            rows = rows[over]
            text = f"{days}日内第" + _text(count[over]) + "次" + log.actions(rows) + f"，超过{days}日{cap}次上限"
            found.append(_Breaches(rows, f"frequency.rolling_cap.{channel}", "frequency.rolling_cap",
                                   SEVERITY["rolling_cap"], self.policy.source(f"rolling_cap.{channel}"), text))
        return found

    def _after_conversation(self, log: _JudgingOrder) -> list[_Breaches]:
        days = self.policy.after_conversation_days
        if days is None:
            return []
        rows = np.flatnonzero(log.to_debtor & (log.channel == _channel_code("call")))
        last_day = last_connected_day(log.debtor[rows], log.day[rows], log.connected[rows])
        day = log.day[rows]
        within = (last_day != _NONE) & (day <= last_day + days - 1)
        rows, last_day, day = rows[within], last_day[within], day[within]
        text = (pd.Series(_iso_day(last_day), dtype=str) + "已与债务人接通电话，通话后第" + _text(day - last_day + 1)
                + f"天再次致电；通话当日起{days}日内不得再致电")
        return [_Breaches(rows, "frequency.after_conversation", "frequency.rolling_cap", SEVERITY["after_conversation"],
                          self.policy.source("after_conversation_days"), text)]

    def _third_party(self, log: _JudgingOrder) -> list[_Breaches]:
        p = self.policy
        rows = np.flatnonzero(log.to_third_party)
        found = []
        if p.third_party_per_day is not None:
            count = running_count(_pair(log.debtor[rows], log.day[rows]))
            over = count > p.third_party_per_day
            text = ("当日第" + _text(count[over]) + "次就该债务" + log.actions(rows[over])
                    + f"，超过每日{p.third_party_per_day}次上限")
            found.append(_Breaches(rows[over], "frequency.third_party.per_day", "frequency.third_party",
                                   SEVERITY["third_party"], p.source("third_party.per_day"), text))
        if p.third_party_per_window is not None:
            days = p.third_party_window_days
            count = window_count(log.ts[rows], log.debtor[rows], days * NS_PER_DAY)
            over = count > p.third_party_per_window
            text = (f"{days}日内第" + _text(count[over]) + "次就该债务" + log.actions(rows[over])
                    + f"，超过{days}日{p.third_party_per_window}次上限")
            found.append(_Breaches(rows[over], "frequency.third_party.per_window", "frequency.third_party",
                                   SEVERITY["third_party"], p.source("third_party.per_window"), text))
        return found

    def _after_cease(self, log: _JudgingOrder, events: pd.DataFrame | None) -> list[_Breaches]:
        if events is None or events.empty or not self.policy.cease_events:
            return []
        ceases = events[events["event"].astype(str).isin(self.policy.cease_events)]
        debtor = pd.Index(log.debtors).get_indexer(ceases["debtor_id"].astype(str))
        channel = (_codes(ceases["channel"], CONTACT_CHANNELS) if "channel" in ceases.columns
                   else np.full(len(ceases), -1))
        known = debtor >= 0
        if not known.any():
            return []
        # The earliest cease per (debtor, channel); channel -1 applies to every channel.
        earliest = (pd.DataFrame({"key": _cease_key(debtor[known], channel[known]),
                                  "ts": _utc_ns(ceases["timestamp"])[known],
                                  "event": _codes(ceases["event"], DEBTOR_EVENTS)[known]})
                    .sort_values(["key", "ts"], kind="stable").drop_duplicates("key"))
        rows = np.flatnonzero(log.to_debtor)
        for_all = _lookup(earliest, _cease_key(log.debtor[rows], np.full(len(rows), -1)))
        for_channel = _lookup(earliest, _cease_key(log.debtor[rows], log.channel[rows]))
        use_channel = for_channel["ts"] < for_all["ts"]
        cease_ts = np.where(use_channel, for_channel["ts"], for_all["ts"])
        event = np.where(use_channel, for_channel["event"], for_all["event"])
        after = log.ts[rows] >= cease_ts
        rows, cease_ts, event, use_channel = rows[after], cease_ts[after], event[after], use_channel[after]
        when = pd.Series(_local_iso(_zone_wall_ns(cease_ts, self.policy.timezone)), dtype=str).str.slice(0, 16).str.replace("T", " ")
        scope = np.where(use_channel, "（" + log.channel_phrases(CHANNEL_NAME, rows).to_numpy(dtype=object) + "渠道）", "")
        phrase = pd.Series(np.array([EVENT_PHRASE[e] for e in DEBTOR_EVENTS], dtype=object)[event], dtype=str)
        text = "债务人已于" + when + phrase + pd.Series(scope, dtype=str) + "，此后仍" + log.actions(rows)
        return [_Breaches(rows, "frequency.after_cease", "frequency.after_cease", SEVERITY["after_cease"],
                          self.policy.source("cease_events"), text)]


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
