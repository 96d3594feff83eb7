"""Contact logs and debtor status events (contract section 2): read, validate, and put in local time.

Both inputs are read in chunks through `audit.readers.iter_frames` and validated a whole column at a
time (never a Python loop per row). A valid log comes back as one DataFrame with compact dtypes:
categoricals for ids and enums, UTC `datetime64[ns]` timestamps, float32 durations, so ten million
contacts fit in well under a gigabyte. Fields outside the contract are carried through as strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.errors import InputRecordError
from audit.masking import mask_evidence
from audit.readers import STDIN_NAME, iter_frames
from audit.vocabulary import CONTACT_CHANNELS, CONTACT_RECIPIENT_TYPES, DEBTOR_EVENTS, OUTCOMES

NS_PER_DAY = 86_400 * 10**9

CONTACT_REQUIRED = ("contact_id", "campaign_id", "debtor_id", "channel", "timestamp", "recipient_type")
CONTACT_OPTIONAL = ("recipient", "outcome", "duration_s", "agent_id", "recipient_tz")
EVENT_REQUIRED = ("debtor_id", "timestamp", "event")
EVENT_OPTIONAL = ("channel",)

# Enum columns get a fixed categorical dtype, so chunks concatenate without widening to object.
ENUMS = {
    "channel": pd.CategoricalDtype(CONTACT_CHANNELS),
    "recipient_type": pd.CategoricalDtype(CONTACT_RECIPIENT_TYPES),
    "outcome": pd.CategoricalDtype(OUTCOMES),
    "event": pd.CategoricalDtype(DEBTOR_EVENTS),
}
# Ids repeat across rows (many contacts per debtor): categoricals store each once.
CATEGORICAL_IDS = ("campaign_id", "debtor_id", "agent_id", "recipient", "recipient_tz")

_OFFSET_RE = r"(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$"   # an ISO 8601 time ending in Z or an offset
_EARLIEST, _LATEST = pd.Timestamp.min.tz_localize("UTC"), pd.Timestamp.max.tz_localize("UTC")


class Rejects(Protocol):
    def write(self, error: InputRecordError) -> None: ...


@dataclass
class ReadCounts:
    """Every record read is either in the returned frame or rejected."""

    read: int = 0
    rejected: int = 0


def read_contacts(path: str | Path, *, encoding: str | None = None, on_error: Literal["fail", "skip"] = "fail",
                  rejects: Rejects | None = None, chunksize: int = 200_000) -> tuple[pd.DataFrame, ReadCounts]:
    """Read and validate a contact log; duplicate `contact_id`s are errors naming both lines.

    on_error="fail" raises the first `InputRecordError`; "skip" passes each to `rejects.write` and
    leaves the record out (of duplicates, the first occurrence stays).
    """
    return _read(path, encoding, on_error, rejects, chunksize, CONTACT_REQUIRED, CONTACT_OPTIONAL, unique="contact_id")


def read_events(path: str | Path, *, encoding: str | None = None, on_error: Literal["fail", "skip"] = "fail",
                rejects: Rejects | None = None, chunksize: int = 200_000) -> tuple[pd.DataFrame, ReadCounts]:
    """Read and validate debtor status events (`debtor_id`, `timestamp`, `event`, optional `channel`)."""
    return _read(path, encoding, on_error, rejects, chunksize, EVENT_REQUIRED, EVENT_OPTIONAL, unique=None)


def contacts_frame(records: list[dict]) -> pd.DataFrame:
    """Contact records already in memory (e.g. a contact about to be made) validated like a file's."""
    return _frame_from_records(records, CONTACT_REQUIRED, CONTACT_OPTIONAL, unique="contact_id")


def events_frame(records: list[dict]) -> pd.DataFrame:
    """Debtor status events already in memory, validated like a file's."""
    return _frame_from_records(records, EVENT_REQUIRED, EVENT_OPTIONAL, unique=None)


def _frame_from_records(records, required, optional, unique) -> pd.DataFrame:
    """Records are numbered 1, 2, ... in errors; the first invalid one raises `InputRecordError`."""
    raw = pd.DataFrame([{k: v if isinstance(v, str) else str(v) for k, v in r.items() if v is not None and v != ""}
                        for r in records], dtype=str)
    lines = np.arange(1, len(raw) + 1, dtype=np.int64)
    frame, errors = validate_frame("<records>", raw, lines, required, optional)
    if unique and not errors:
        errors = _unique("<records>", frame[unique], lines, unique)[1]
    if errors:
        raise errors[0]
    return _compact(frame.reset_index(drop=True)) if len(raw) else empty_frame(required, optional)


def _read(path, encoding, on_error, rejects, chunksize, required, optional, unique):
    name = STDIN_NAME if str(path) == "-" else str(path)
    counts = ReadCounts()
    report = _error_handler(on_error, rejects, counts)
    tables: list[pa.Table] = []
    lines: list[np.ndarray] = []
    for chunk in iter_frames(path, encoding=encoding, chunksize=chunksize):
        counts.read += len(chunk.frame) + len(chunk.errors)
        _require_columns(name, path, chunk.frame, required)
        frame, errors = validate_frame(name, chunk.frame, chunk.lines, required, optional)
        report(sorted([*chunk.errors, *errors], key=lambda e: e.line))
        lines.append(chunk.lines[frame.index.to_numpy()])
        tables.append(_encoded(frame))
    if not tables:
        return empty_frame(required, optional), counts
    result = _compact(pa.concat_tables(tables, promote_options="default").to_pandas())
    del tables
    if unique:
        keep, errors = _unique(name, result[unique], np.concatenate(lines), unique)
        report(errors)
        if errors:
            result = result[keep].reset_index(drop=True)
    return result, counts


def _encoded(frame: pd.DataFrame) -> pa.Table:
    """A valid chunk, held in Arrow until the end with its repeating columns dictionary-encoded: the
    strings of ten million rows would not fit, and Arrow unifies the chunks' dictionaries into categoricals."""
    repeating = {*ENUMS, *CATEGORICAL_IDS}
    return pa.table({c: pc.dictionary_encode(pa.array(frame[c])) if c in repeating else pa.array(frame[c])
                     for c in frame.columns})


def _error_handler(on_error: str, rejects: Rejects | None, counts: ReadCounts) -> Callable[[list], None]:
    def report(errors: list[InputRecordError]) -> None:
        if errors and on_error == "fail":
            raise errors[0]
        counts.rejected += len(errors)
        if rejects is not None:
            for error in errors:
                rejects.write(error)
    return report


def _require_columns(name: str, path: str | Path, frame: pd.DataFrame, required: tuple[str, ...]) -> None:
    """A CSV or Parquet file without a required column fails as a whole, not once per row."""
    if Path(str(path)).suffix.lower() in {".csv", ".parquet"} and len(frame):
        for column in required:
            if column not in frame.columns:
                raise InputRecordError(name, 1, column, "the file has no such column")


def validate_frame(name: str, raw: pd.DataFrame, lines: np.ndarray, required: tuple[str, ...],
                   optional: tuple[str, ...]) -> tuple[pd.DataFrame, list[InputRecordError]]:
    """Check one chunk of raw string columns, a column at a time.

    Returns the valid rows (typed, original index kept) and one error per invalid row, naming its
    first bad field in contract order.
    """
    frame = raw.reindex(columns=[*dict.fromkeys([*required, *optional, *raw.columns])])
    for column in (*required, *optional):
        frame[column] = frame[column].astype("str")   # a column absent from a JSON Lines chunk is all NaN
    bad_field = pd.Series(pd.NA, index=frame.index, dtype=object)   # first problem per row
    reason = pd.Series(pd.NA, index=frame.index, dtype=object)

    def flag(mask: pd.Series, field: str, why: str) -> None:
        new = mask & bad_field.isna()
        bad_field[new] = field
        reason[new] = why

    for column in required:
        flag(frame[column].isna(), column, "missing")
    for column in ("channel", "recipient_type", "outcome", "event"):
        if column in frame.columns and column in (*required, *optional):
            values = frame[column]
            allowed = ENUMS[column].categories
            flag(values.notna() & ~values.isin(allowed), column,
                 f"unknown {column}; expected one of {', '.join(allowed)}")
    timestamps = _timestamps(frame["timestamp"], flag)
    if "duration_s" in frame.columns:
        duration = pd.to_numeric(frame["duration_s"], errors="coerce")
        flag(frame["duration_s"].notna() & ~(duration >= 0), "duration_s", "must be a number of seconds, 0 or more")
        frame["duration_s"] = duration.astype("float32")
    if "recipient_tz" in frame.columns:
        zones = frame["recipient_tz"]
        unknown = [z for z in zones.dropna().unique() if not is_zone(z)]
        flag(zones.isin(unknown), "recipient_tz", "unknown IANA time zone, e.g. Asia/Shanghai")
    frame["timestamp"] = timestamps
    bad = bad_field.notna().to_numpy()
    errors = [InputRecordError(name, int(line), field, why)
              for line, field, why in zip(lines[bad], bad_field[bad], reason[bad])]
    return frame[~bad], errors


def _timestamps(raw: pd.Series, flag: Callable) -> pd.Series:
    """ISO 8601 with an offset (Z included) -> UTC. A time without an offset is ambiguous: an error.

    Timestamps are held in nanoseconds, which reach from 1677 to 2262 only: a time outside is an error of its row.
    """
    parsed = pd.to_datetime(raw, utc=True, format="ISO8601", errors="coerce")
    present = raw.notna()
    flag(present & parsed.isna(), "timestamp", "not an ISO 8601 date-time, e.g. 2026-03-01T09:30:00+08:00")
    flag(present & ~raw.str.contains(_OFFSET_RE, regex=True, na=False), "timestamp",
         "has no UTC offset (add one, e.g. +08:00 or Z)")
    out_of_range = (parsed < _EARLIEST) | (parsed > _LATEST)
    flag(out_of_range, "timestamp", f"outside the years {_EARLIEST.year}-{_LATEST.year} that can be represented")
    return parsed.mask(out_of_range).astype("datetime64[ns, UTC]")


def is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _unique(name: str, ids: pd.Series, lines: np.ndarray, field: str) -> tuple[np.ndarray, list[InputRecordError]]:
    """Keep the first of each id; every later occurrence is an error naming both lines."""
    later = ids.duplicated(keep="first").to_numpy()
    if not later.any():
        return ~later, []
    first_line = pd.Series(lines, index=ids.to_numpy()).groupby(level=0).min()
    dup_ids = ids[later]
    # An id may be an ID card or account number: the one masking function shows it (readers do the same).
    errors = [InputRecordError(name, int(line), field,
                               f"duplicate {field} {mask_evidence(str(value))!r} (first at line {first_line[value]})")
              for line, value in zip(lines[later], dup_ids)]
    return ~later, sorted(errors, key=lambda e: e.line)


def _compact(frame: pd.DataFrame) -> pd.DataFrame:
    for column, dtype in ENUMS.items():
        if column in frame.columns:
            frame[column] = frame[column].astype(dtype)
    for column in CATEGORICAL_IDS:
        if column in frame.columns:
            frame[column] = frame[column].astype("category")
    return frame


def empty_frame(required: tuple[str, ...], optional: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=str) for c in (*required, *optional)})
    frame["timestamp"] = pd.Series(dtype="datetime64[ns, UTC]")
    if "duration_s" in frame.columns:
        frame["duration_s"] = frame["duration_s"].astype("float32")
    return _compact(frame)


def local_wall_ns(timestamps: pd.Series, zones: pd.Series | None, default_zone: str) -> np.ndarray:
    """Local wall-clock time of each UTC timestamp, as int64 ns since 1970-01-01 00:00 local.

    The zone is the row's `recipient_tz` when given, else `default_zone`; one conversion per distinct
    zone, not per row. `// NS_PER_DAY` gives the local calendar day, `% NS_PER_DAY` the time of day.
    """
    utc = pd.DatetimeIndex(timestamps)
    result = np.empty(len(utc), dtype=np.int64)
    if zones is None:
        zones = pd.Series(pd.NA, index=timestamps.index, dtype=object)
    codes, uniques = pd.factorize(zones.astype(object).fillna(default_zone), sort=False)
    for code, zone in enumerate(uniques):
        rows = np.flatnonzero(codes == code)
        result[rows] = utc[rows].tz_convert(zone).tz_localize(None).as_unit("ns").asi8
    return result


def outside_hours(wall_ns: np.ndarray, allowed: tuple[time, time]) -> np.ndarray:
    """Whether each local wall-clock time falls outside [start, end) of the allowed hours."""
    start, end = (((t.hour * 60 + t.minute) * 60 + t.second) * 10**9 for t in allowed)
    time_of_day = wall_ns % NS_PER_DAY
    return (time_of_day < start) | (time_of_day >= end)
