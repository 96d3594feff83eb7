"""Input readers (contract sections 1 and 2): stream records from JSON Lines, CSV or Parquet.

Two readers, one per kind of input:

- `iter_messages` turns message records into `Message`s. A bad record never stops it: it yields an
  `InputRecordError` in the record's place, so every record comes back exactly once and the caller
  decides to fail or skip. Only a problem with the file as a whole (unknown format or encoding, a CSV
  header without a required column, an unreadable Parquet file) raises.
- `iter_frames` hands tabular inputs (contact logs, debtor events) over in chunks of DataFrames of
  strings, for analysers that work on millions of rows at once.

Where a record is: JSON Lines -> its physical line; CSV -> the line it starts on (header is line 1; a line
ends at \n, \r\n or a lone \r); Parquet -> its 1-based row number.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from audit.atomic import make_parent, naming_output
from audit.errors import AuditError, InputRecordError, InvalidField
from audit.message import SPEAKER_PREFIXES, Message, Turn, parse_call_text
from audit.vocabulary import CHANNEL_ALIASES, CHANNELS, RECIPIENT_TYPES, SPEAKERS, did_you_mean

try:    # JSON Lines read several times faster where it reads a line as json does (see _json_line)
    import orjson
except ImportError:     # pragma: no cover - a dependency; json alone reads where an environment lacks it
    orjson = None

if TYPE_CHECKING:   # pandas and numpy load only when frames are read: message scans start faster without them
    import numpy as np
    import pandas as pd

STDIN = "-"
STDIN_NAME = "<stdin>"
RECORDS_NAME = "<records>"     # where errors say in-memory records (Python API) are
FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

CONTRACT_FIELDS = ("message_id", "campaign_id", "channel", "text", "turns", "sent_at", "debtor_id",
                   "recipient_type", "agent_id", "template_id", "template_vars", "days_overdue")
VERBATIM_FIELDS = ("text", "turns")     # offsets of findings point into text: never trimmed
_CONTRACT_FIELD_SET = frozenset(CONTRACT_FIELDS)
# The fields `message_from_dict` has read before it builds the message: a record with no other contract field (most
# SMS) is built without asking each optional field's reader, every one of which would say None
_READ_FIRST = frozenset({"message_id", "campaign_id", "channel", "text", "turns", "recipient_type"})
TURN_FIELDS = ("speaker", "text", "start", "end")
REQUIRED_COLUMNS = ("message_id", "campaign_id", "channel")

_PARQUET_MESSAGE_BATCH = 10_000     # rows turned into Python objects at a time: keeps memory flat
MAX_CSV_FIELD_CHARS = 128 * 1024    # a longer CSV cell rejects its record (the limit is the csv module's own)
MAX_QUOTED_LINES = 1_000            # lines one quoted CSV cell may span before its quote counts as never closed
_UTF8_BOM = b"\xef\xbb\xbf"
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")   # a JSON string escape of a UTF-16 surrogate
_UNDECODED_BYTE = re.compile("[\udc80-\udcff]")          # what errors="surrogateescape" makes of a bad byte
_PLAIN_WORD = re.compile(r"[A-Za-z_\-]{1,20}")
_SKIPPED_LINE = re.compile(r"Skipping line (\d+): (.*)", re.DOTALL)


class FrameChunk(NamedTuple):
    """One chunk of a tabular input (see `iter_frames`)."""

    frame: pd.DataFrame              # raw columns as strings; NaN where a value is missing or empty
    lines: np.ndarray                # per row, where it is in the file (int64)
    errors: list[InputRecordError]   # records of this stretch of the file that could not become a row


class Span(NamedTuple):
    """A slice of one JSON Lines or Parquet file that can be read on its own, for scans in parallel."""

    start: int           # JSON Lines: byte offset of its first line; Parquet: its first row group
    stop: int            # JSON Lines: byte offset just past it; Parquet: the row group after its last
    first_record: int    # line (JSON Lines) or row (Parquet) number of its first record


# ---------------------------------------------------------------- messages


def iter_messages(path: str | Path, *, encoding: str | None = None, span: Span | None = None,
                  columns: Mapping[str, str] | None = None) -> Iterator[Message | InputRecordError]:
    """Stream the message records of `path` ('-': JSON Lines on stdin), one `Message` or error each.

    `encoding` applies to CSV and JSON Lines (UTF-8 with or without BOM is the default; e.g. 'gb18030').
    `span` (from `plan_spans`) reads one slice only; duplicate ids are then checked within the slice.
    `columns` maps contract fields to the file's own names (`{"text": "内容"}`), for exports with other headers.
    """
    name = STDIN_NAME if str(path) == STDIN else str(path)
    unit = "row" if input_format(path) == "parquet" else "line"
    renamed = {column: field for field, column in (columns or {}).items()}
    return validated_messages(_raw_records(path, encoding, span, renamed), name, unit)


def iter_records(records: Iterable[Message | dict[str, Any]] | pd.DataFrame) -> Iterator[Message | InputRecordError]:
    """Messages already in memory (dicts in the contract's format, `Message`s, or the rows of a DataFrame),
    checked like a file's records: each bad one becomes an `InputRecordError` naming `<records>`, its 1-based
    position and field."""
    pandas = sys.modules.get("pandas")     # a DataFrame means pandas is loaded already: never load it here
    if pandas is not None and isinstance(records, pandas.DataFrame):
        records = frame_records(records)
    numbered = ((index, record if isinstance(record, (Message, dict)) else InputRecordError(
                    RECORDS_NAME, index, None, f"a message is a dict or a Message, got {_type_name(record)}"))
                for index, record in enumerate(records, start=1))
    return validated_messages(numbered, RECORDS_NAME, "record")


TEXT_CAMPAIGN = "text"     # the campaign of messages given as plain text


def text_messages(text: str) -> Iterator[dict[str, str]]:
    """Plain text as SMS records, one per non-empty line ('-': the lines of stdin), so a user can try a
    message without writing JSON: message ids `text-1`, `text-2`… in campaign `text`."""
    lines = sys.stdin if text == STDIN else text.splitlines()
    number = 0
    for line in lines:
        line = line.rstrip("\r\n")
        if line.strip():
            number += 1
            yield {"message_id": f"text-{number}", "campaign_id": TEXT_CAMPAIGN, "channel": "sms", "text": line}


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame's rows as records: empty cells (NaN, None, NaT) left out, numpy scalars as Python values,
    and whole numbers that pandas stored as floats (a column with gaps) as integers again."""
    import pandas as pd

    whole = {column for column in frame.columns if pd.api.types.is_float_dtype(frame[column])
             and (frame[column].dropna() % 1 == 0).all()}
    records = []
    for row in frame.to_dict("records"):
        record = {}
        for key, value in row.items():
            if pd.api.types.is_scalar(value) and pd.isna(value):
                continue
            if hasattr(value, "item") and pd.api.types.is_scalar(value) and not isinstance(value, pd.Timestamp):
                value = value.item()
            record[str(key)] = int(value) if key in whole else value
        records.append(record)
    return records


def validated_messages(records: Iterable[tuple[int, Message | dict[str, Any] | InputRecordError]], name: str,
                       unit: str) -> Iterator[Message | InputRecordError]:
    """Each raw record as a `Message`, or the error naming where it is (`name`, its `unit` number, the field);
    a repeated `message_id` is an error naming where it first occurred."""
    first_line_of: dict[str, int] = {}   # message_id -> where it first occurred, to name duplicates
    for line, record in records:
        if isinstance(record, InputRecordError):
            yield record
            continue
        try:
            message = record if isinstance(record, Message) else message_from_dict(record)
        except InvalidField as exc:
            yield InputRecordError(name, line, exc.field, exc.reason)
            continue
        first = first_line_of.setdefault(message.message_id, line)
        if first != line:
            from audit.masking import mask_evidence  # an id may be an ID card or account number

            yield InputRecordError(name, line, "message_id", f"duplicate message_id "
                                   f"{mask_evidence(message.message_id)!r} (first at {unit} {first})")
            continue
        yield message


def message_from_dict(record: dict[str, Any]) -> Message:
    """Validate one message record against the contract; raises `InvalidField` naming the field.

    Empty strings in contract fields count as absent (CSV cells), and spaces around ids, channel and
    recipient_type are dropped; `text` is kept exactly as sent. Fields outside the contract go to
    `Message.extra` untouched.
    """
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for k, v in record.items():     # one pass: a scan reads every record through here
        if k not in _CONTRACT_FIELD_SET:
            extra[k] = v
            continue
        if isinstance(v, str) and k not in VERBATIM_FIELDS:
            v = v.strip()
        if v is not None and v != "":
            values[k] = v
    message_id, campaign_id = _required_id(values, "message_id"), _required_id(values, "campaign_id")
    channel = values.get("channel")
    channel = CHANNEL_ALIASES.get(channel, channel) if isinstance(channel, str) else channel
    if channel is None:
        raise InvalidField("channel", "missing")
    if channel not in CHANNELS:
        raise InvalidField("channel", f"unknown channel {_shown(channel)}; expected one of {', '.join(CHANNELS)}")
    recipient_type = values.get("recipient_type", "unknown")
    if recipient_type not in RECIPIENT_TYPES:
        raise InvalidField("recipient_type", f"unknown recipient_type {_shown(recipient_type)}; "
                                             f"expected one of {', '.join(RECIPIENT_TYPES)}")
    text, turns = values.get("text"), values.get("turns")
    if text is not None and not isinstance(text, str):
        raise InvalidField("text", f"must be a string, got {_type_name(text)}")
    if text is not None and not text.strip():
        raise InvalidField("text", "is empty")
    if channel == "call":
        if turns is not None:
            turns = _turns(turns)
        elif text is not None:
            turns = parse_call_text(text)
            if turns is None:
                raise InvalidField("text", "a call given as text needs one turn per line, each starting with a "
                                           f"speaker prefix such as 坐席： or 客户： (known: {'、'.join(SPEAKER_PREFIXES)})")
        else:
            raise InvalidField("turns", "missing: a call needs turns or text")
    else:
        if turns is not None:
            raise InvalidField("turns", f"turns are for calls; channel is {channel}")
        if text is None:
            raise InvalidField("text", f"missing (required for channel {channel})")
    if values.keys() <= _READ_FIRST:
        return Message(message_id, campaign_id, channel, text, turns, recipient_type=recipient_type, extra=extra)
    return Message(
        message_id=message_id, campaign_id=campaign_id, channel=channel, text=text, turns=turns,
        sent_at=_sent_at(values.get("sent_at")), debtor_id=_optional_id(values, "debtor_id"),
        recipient_type=recipient_type, agent_id=_optional_id(values, "agent_id"),
        template_id=_optional_id(values, "template_id"), template_vars=_template_vars(values.get("template_vars")),
        days_overdue=_days_overdue(values.get("days_overdue")), extra=extra,
    )


def _required_id(values: dict[str, Any], field: str) -> str:
    value = _optional_id(values, field)
    if value is None:
        raise InvalidField(field, "missing")
    return value


def _optional_id(values: dict[str, Any], field: str) -> str | None:
    """Ids are strings; a JSON integer is taken as its digits (exports often lose the quotes)."""
    value = values.get(field)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidField(field, f"must be a string, got {_type_name(value)}")


def _sent_at(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if text[-1:] in ("Z", "z"):      # Python 3.10 fromisoformat does not take Z
            text = text[:-1] + "+00:00"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidField("sent_at", "not an ISO 8601 date-time, e.g. 2024-05-01T09:30:00+08:00") from None
    elif not isinstance(value, datetime):
        raise InvalidField("sent_at", f"must be an ISO 8601 string, got {_type_name(value)}")
    if value.tzinfo is None:
        raise InvalidField("sent_at", "has no UTC offset (add one, e.g. +08:00 or Z)")
    return value


def _json_cell(value: Any, field: str) -> Any:
    """A structured field as given, or parsed from the JSON string a CSV or Parquet cell holds."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError as exc:
        raise InvalidField(field, f"not valid JSON: {exc}") from None


def _turns(value: Any) -> list[Turn]:
    """Turns as a list of objects, or that list as a JSON string (CSV and Parquet cells)."""
    value = _json_cell(value, "turns")
    if not isinstance(value, list):
        raise InvalidField("turns", f"must be a list of {{speaker, text}} objects, got {_type_name(value)}")
    if not value:
        raise InvalidField("turns", "is empty")
    return [_turn(index, item) for index, item in enumerate(value)]


def _turn(index: int, item: Any) -> Turn:
    where = f"turns[{index}]"
    if not isinstance(item, dict):
        raise InvalidField(where, f"must be an object {{speaker, text, start?, end?}}, got {_type_name(item)}")
    speaker, text = item.get("speaker"), item.get("text")
    if speaker is None:
        raise InvalidField(f"{where}.speaker", "missing")
    if speaker not in SPEAKERS:
        raise InvalidField(f"{where}.speaker", f"unknown speaker {_shown(speaker)}; expected one of {', '.join(SPEAKERS)}")
    if not isinstance(text, str):
        raise InvalidField(f"{where}.text", "missing" if text is None else f"must be a string, got {_type_name(text)}")
    extra = {k: v for k, v in item.items() if k not in TURN_FIELDS}
    return Turn(speaker, text, _seconds(item.get("start"), f"{where}.start"), _seconds(item.get("end"), f"{where}.end"),
                extra)


def _template_vars(value: Any) -> dict[str, str | int | float] | None:
    """An object of placeholder name -> scalar value, or that object as a JSON string (CSV and Parquet cells)."""
    if value is None:
        return None
    value = _json_cell(value, "template_vars")
    if not isinstance(value, dict):
        raise InvalidField("template_vars", f"must be an object of placeholder values, got {_type_name(value)}")
    for name, item in value.items():
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise InvalidField(f"template_vars.{name}" if _PLAIN_WORD.fullmatch(str(name)) else "template_vars",
                               f"must be a string or a number, got {_type_name(item)}")
    return value


def _days_overdue(value: Any) -> int | None:
    """A whole number of days (negative before the due date); digits in a string are taken (CSV cells)."""
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,6}", value):
        return int(value)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise InvalidField("days_overdue", f"must be a whole number of days, got {_type_name(value)}")


def _seconds(value: Any, field: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise InvalidField(field, f"must be a number of seconds, got {_type_name(value)}")


def _shown(value: Any) -> str:
    """A bad value as it may appear in an error: only plain words (a shifted column may hold personal data)."""
    if isinstance(value, str) and _PLAIN_WORD.fullmatch(value):
        return repr(value)
    return f"({_type_name(value)} value not shown)"


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


# ---------------------------------------------------------------- raw records, per format


RawRecord = tuple[int, "dict[str, Any] | InputRecordError"]


def input_format(path: str | Path) -> str:
    """'jsonl', 'csv' or 'parquet', from the file name ('-' is JSON Lines on stdin); checks the file exists."""
    if str(path) == STDIN:
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise AuditError(f"{path}: unknown input format {suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(sorted(FORMATS))}")
    if not Path(path).is_file():
        raise AuditError(f"{path}: no such file")
    return FORMATS[suffix]


def _raw_records(path: str | Path, encoding: str | None, span: Span | None = None,
                 renamed: Mapping[str, str] | None = None) -> Iterator[RawRecord]:
    """The records of `path` as dicts (or errors); `renamed` maps the file's column names to contract fields."""
    fmt = input_format(path)
    if span is not None and (fmt == "csv" or str(path) == STDIN):
        raise AuditError(f"{path}: only JSON Lines and Parquet files can be read in slices")
    if fmt == "csv":
        yield from _csv_records(str(path), _csv_codec(path, encoding), renamed or {})
        return
    records = _jsonl_file_records(path, encoding, span) if fmt == "jsonl" else _parquet_records(str(path), span)
    if not renamed:
        yield from records
        return
    for line, record in records:
        yield line, record if isinstance(record, InputRecordError) else {renamed.get(k, k): v for k, v in record.items()}


def _jsonl_file_records(path: str | Path, encoding: str | None, span: Span | None) -> Iterator[RawRecord]:
    codec = _csv_codec(path, encoding)
    if str(path) == STDIN:
        yield from _jsonl_records(STDIN_NAME, _as_utf8(sys.stdin.buffer, codec))
    elif span is not None:
        with open(path, "rb") as handle:
            handle.seek(span.start)
            data = io.BytesIO(handle.read(span.stop - span.start))   # bounded by the span's size
        yield from _jsonl_records(str(path), _as_utf8(data, codec), span.first_record)
    else:
        with open(path, "rb") as handle:
            yield from _jsonl_records(str(path), _as_utf8(handle, codec))


def _as_utf8(handle: IO[bytes], codec: str) -> Iterable[bytes]:
    """The lines of `handle` as UTF-8 (JSON Lines in another --encoding, e.g. GB18030, re-encoded line by line;
    a byte the codec cannot read stays as it was, so its line is rejected as not valid text)."""
    if codec == "utf-8":
        return handle
    text = io.TextIOWrapper(handle, encoding=codec, errors="surrogateescape", newline="")
    return (line.encode("utf-8", "surrogateescape") for line in text)


def _jsonl_records(name: str, handle: Iterable[bytes], first_line: int = 1) -> Iterator[RawRecord]:
    """Each non-blank line parsed as a JSON object (blank lines, and a BOM, are not records)."""
    for number, raw in enumerate(handle, first_line):
        if number == 1:
            raw = raw.removeprefix(_UTF8_BOM)
        if not raw or raw.isspace():
            continue
        try:
            value = _json_line(raw)
        except UnicodeDecodeError:
            yield number, InputRecordError(name, number, None, "not valid text in the encoding read (UTF-8 unless "
                                                               "--encoding says another, e.g. gb18030)")
            continue
        except json.JSONDecodeError as exc:
            yield number, InputRecordError(name, number, None, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield number, InputRecordError(name, number, None, "invalid JSON: nested too deeply")
            continue
        except ValueError:      # Python refuses to convert integers of more than 4,300 digits
            yield number, InputRecordError(name, number, None, "invalid JSON: a number is too long")
            continue
        if not isinstance(value, dict):
            yield number, InputRecordError(name, number, None, f"expected a JSON object, got {_type_name(value)}")
        elif _ESCAPED_SURROGATE.search(raw):
            yield number, json_without_lone_surrogates(value)
        else:
            yield number, value


# A run of digits this long may be an integer beyond 64 bits, which orjson reads as a float and json as an int. It is
# looked for as zeros in the line with every digit made 0: bytes.translate and a substring search take a fifth of
# a regex's time.
_DIGITS_AS_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_LONG_DIGIT_RUN = b"0" * 19
# orjson reads nesting far deeper than json, which refuses it at Python's recursion limit: a line that may nest
# deeper than this is json's
_ORJSON_MAX_OPENINGS = 100


def _json_line(raw: bytes) -> Any:
    """json.loads of one line: by orjson, unless the line may hold what orjson reads otherwise (a long integer, deep
    nesting) or refuses where json reads it or names the error its own way (lone surrogates, NaN, 1e400, bytes that
    are not UTF-8): json then reads it, or raises what it raises."""
    if orjson is not None and raw.count(b"[") + raw.count(b"{") <= _ORJSON_MAX_OPENINGS \
            and _LONG_DIGIT_RUN not in raw.translate(_DIGITS_AS_ZEROS):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


def json_without_lone_surrogates(value: dict[str, Any]) -> dict[str, Any]:
    """A JSON object, in place, with lone surrogates (an emoji cut in half) replaced by U+FFFD, one for one: no
    output encoding can write them, and text offsets stay exact."""
    from audit.normalise import without_lone_surrogates

    stack = [value]                   # no recursion: the value may be nested as deeply as json allows
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, item in list(items):
            if isinstance(item, str):
                node[key] = without_lone_surrogates(item)
            elif isinstance(item, (dict, list)):
                stack.append(item)
        if isinstance(node, dict) and any(isinstance(k, str) and without_lone_surrogates(k) != k for k in node):
            cleaned = {without_lone_surrogates(k): v for k, v in node.items()}
            node.clear()
            node.update(cleaned)
    return value


def _csv_codec(path: str | Path, encoding: str | None) -> str:
    """The codec to decode CSV files with: a text encoding that keeps ASCII as is (pandas reads tabular inputs)."""
    if encoding is None:
        return "utf-8"
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise AuditError(f"{path}: unknown encoding {encoding!r}") from None
    if not info._is_text_encoding:      # rot13, base64, zlib ...: codecs, but not from bytes to text
        raise AuditError(f"{path}: {encoding!r} is not a text encoding (use UTF-8 or GB18030)")
    if info.name == "utf-8-sig":        # a BOM is dropped whatever the codec
        return "utf-8"
    if "a,\n".encode(info.name) != b"a,\n":
        raise AuditError(f"{path}: encoding {encoding!r} is not supported for CSV (use UTF-8 or GB18030)")
    return info.name


def _decode_hint(codec: str) -> str:
    if codec == "utf-8":
        return "bytes that are not valid UTF-8; if the file is GBK/GB18030 (e.g. saved by Excel), pass --encoding gb18030"
    return f"bytes that are not valid {codec}; check --encoding"


class _CsvRecords:
    """Physical lines (ending at \\n, \\r\\n or a lone \\r) grouped into CSV records, strictly.

    Each record is parsed alone (csv strict mode). One that is not valid CSV -- above all a quoted cell
    still open after MAX_QUOTED_LINES lines or at the end of the file, or a cell over MAX_CSV_FIELD_CHARS --
    is rejected at the line it starts on, and reading resumes at the line after it: its other lines are
    read again as records of their own. One stray quote costs one record, never the rest of the file.
    """

    def __init__(self, handle: IO[bytes], codec: str) -> None:
        # newline="": split at every line end but keep it, so quoted line breaks stay as written;
        # surrogateescape: a bad byte spoils its record only (see _UNDECODED_BYTE)
        text = io.TextIOWrapper(handle, encoding=codec, errors="surrogateescape", newline="")
        self._lines = enumerate(text, 1)
        self._pending: list[tuple[int, str]] = []   # lines to read again, last first
        self.codec = codec

    def _next_line(self) -> tuple[int, str] | None:
        if self._pending:
            return self._pending.pop()
        line = next(self._lines, None)
        if line is not None and line[0] == 1:
            return 1, line[1].removeprefix("\ufeff")
        return line

    def _record_lines(self, parts: list[tuple[int, str]]) -> Iterator[str]:
        """The text of `parts` (the record's first line), then further lines as csv asks for them, noted in `parts`."""
        yield parts[0][1]
        while len(parts) < MAX_QUOTED_LINES and (line := self._next_line()) is not None:
            parts.append(line)
            yield line[1]

    def __iter__(self) -> Iterator[tuple[int, list[str] | str]]:
        """(line, cells) per record, or (line, why) for a record that cannot be read."""
        while (first := self._next_line()) is not None:
            parts = [first]
            try:
                cells = next(csv.reader(self._record_lines(parts), strict=True), [])
            except csv.Error as exc:
                self._pending.extend(reversed(parts[1:]))
                reason = str(exc)
                if reason == "unexpected end of data":
                    reason = f"a quoted cell opened on this line is not closed within {len(parts)} line(s)"
                yield first[0], f"not valid CSV: {reason}"
                continue
            bad = next((number for number, line in parts if _UNDECODED_BYTE.search(line)), None)
            if bad is not None:
                yield bad, _decode_hint(self.codec)
            elif any(len(cell) > MAX_CSV_FIELD_CHARS for cell in cells):    # csv's own limit is process-wide
                yield first[0], f"not valid CSV: a cell is longer than {MAX_CSV_FIELD_CHARS} characters"
            else:
                yield first[0], cells


def _csv_records(name: str, codec: str, renamed: Mapping[str, str]) -> Iterator[RawRecord]:
    """Rows as {column: cell}; a record spanning lines (quoted newlines) is placed at its first line."""
    with open(name, "rb") as handle:
        records = iter(_CsvRecords(handle, codec))
        header = _csv_header(name, records, renamed)
        if header is None:
            return
        for line, cells in records:
            if isinstance(cells, str):
                yield line, InputRecordError(name, line, None, cells)
            elif not cells:
                continue    # blank line
            elif len(cells) != len(header):
                yield line, InputRecordError(name, line, None, f"row has {len(cells)} cells, the header has {len(header)}")
            else:
                yield line, dict(zip(header, cells))


def _csv_header(name: str, records: Iterator[tuple[int, list[str] | str]],
                renamed: Mapping[str, str]) -> list[str] | None:
    """The header, its columns renamed to contract fields by `renamed`; None for an empty file (a BOM alone
    included). A header without the required columns is one error listing them all; a column that is no
    contract field but looks like one is warned about on stderr (it would be carried through unread)."""
    line, header = next(records, (1, None))
    if header is None or header == []:
        return None
    if isinstance(header, str):
        raise InputRecordError(name, line, None, f"header: {header}")
    header = [renamed.get(column.strip(), column.strip()) for column in header]
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise InputRecordError(name, 1, duplicates[0], "column appears more than once in the header")
    unknown = [column for column in header if column not in CONTRACT_FIELDS]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        hints = "".join(f"; for {column}{did_you_mean(column, unknown)}" for column in missing
                        if did_you_mean(column, unknown))
        field = missing[0] if len(missing) == 1 else None
        raise InputRecordError(name, 1, field, f"the header lacks {', '.join(missing)} (required: "
                                              f"{', '.join(REQUIRED_COLUMNS)}, and text or turns){hints}; "
                                              "map other names with --columns FIELD=COLUMN,...")
    for column in unknown:
        hint = did_you_mean(column, [field for field in CONTRACT_FIELDS if field not in header])
        if hint:
            print(f"warning: {name}: column {column!r} is no contract field{hint}; it is carried through unread "
                  "(map it with --columns)", file=sys.stderr)
    return header


def _parquet_records(name: str, span: Span | None = None) -> Iterator[RawRecord]:
    row = span.first_record - 1 if span else 0
    row_groups = range(span.start, span.stop) if span else None
    for batch in _parquet_batches(name, _PARQUET_MESSAGE_BATCH, row_groups):
        for record in batch.to_pylist():
            row += 1
            yield row, record


def _parquet_batches(name: str, batch_size: int, row_groups: range | None = None) -> Iterator[Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        yield from pq.ParquetFile(name).iter_batches(batch_size=batch_size, row_groups=row_groups)
    except (pa.ArrowException, OSError) as exc:
        raise AuditError(f"{name}: not a readable Parquet file: {exc}") from None


def plan_spans(path: str | Path, target_bytes: int = 64 << 20) -> list[Span]:
    """Cut a JSON Lines or Parquet file into slices of about `target_bytes`, each readable on its own.

    JSON Lines slices end at line ends (one pass counts lines so errors keep their true line numbers);
    Parquet slices are whole row groups.
    """
    fmt = input_format(path)
    if fmt == "csv" or str(path) == STDIN:
        raise AuditError(f"{path}: a cluster scan reads JSON Lines or Parquet files (CSV records may span lines)")
    if fmt == "parquet":
        return _parquet_spans(str(path), target_bytes)
    spans, start, line = [], 0, 1
    with open(path, "rb") as handle:
        while True:
            block = handle.read(target_bytes)
            if not block:
                break
            block += handle.readline()          # finish the line the block cut through
            spans.append(Span(start, start + len(block), line))
            start += len(block)
            line += block.count(b"\n")
    return spans


def _parquet_spans(name: str, target_bytes: int) -> list[Span]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(name).metadata
    spans: list[Span] = []
    first_group, size, row, first_row = 0, 0, 1, 1
    for group in range(meta.num_row_groups):
        size += meta.row_group(group).total_byte_size
        row += meta.row_group(group).num_rows
        if size >= target_bytes or group == meta.num_row_groups - 1:
            spans.append(Span(first_group, group + 1, first_row))
            first_group, size, first_row = group + 1, 0, row
    return spans


# ---------------------------------------------------------------- tabular frames


def iter_frames(path: str | Path, *, encoding: str | None = None, chunksize: int = 200_000) -> Iterator[FrameChunk]:
    """Stream a tabular input in chunks of about `chunksize` rows, as `FrameChunk(frame, lines, errors)`.

    - `frame`: the raw columns, all as pandas strings; an empty or absent value is NaN (so "" never
      reaches a validator as a value). Rows with no value at all (blank CSV lines) are dropped.
      JSON Lines chunks hold the keys seen in that chunk: reindex to the columns you need.
      Non-string JSON/Parquet values are given as text ("12.5", "true"; lists and objects as JSON;
      Parquet timestamps as "2024-05-01 09:30:00.000000+0800").
    - `lines`: where each row is (JSON Lines: physical line; CSV: the line the row starts on, header is
      line 1, quoted newlines counted; Parquet: 1-based row number).
    - `errors`: records that could not become a row at all (a bad JSON line, a CSV row with more cells
      than the header), so that rows + errors always add up to the records read.
    """
    fmt = input_format(path)
    if fmt == "jsonl":
        if str(path) == STDIN:
            yield from _jsonl_frames(STDIN_NAME, sys.stdin.buffer, chunksize)
        else:
            with open(path, "rb") as handle:
                yield from _jsonl_frames(str(path), handle, chunksize)
    elif fmt == "csv":
        yield from _csv_frames(str(path), _csv_codec(path, encoding), chunksize)
    else:
        yield from _parquet_frames(str(path), chunksize)


def _jsonl_frames(name: str, handle: IO[bytes], chunksize: int) -> Iterator[FrameChunk]:
    import numpy as np
    import pandas as pd

    rows: list[dict[str, str | None]] = []
    lines: list[int] = []
    errors: list[InputRecordError] = []
    for number, record in _jsonl_records(name, handle):
        if isinstance(record, InputRecordError):
            errors.append(record)
        else:
            rows.append({k: None if v is None or v == "" else v if isinstance(v, str) else _as_text(v)
                         for k, v in record.items()})
            lines.append(number)
        if len(rows) + len(errors) >= chunksize:
            yield FrameChunk(pd.DataFrame(rows, dtype=str), np.asarray(lines, dtype=np.int64), errors)
            rows, lines, errors = [], [], []
    if rows or errors:
        yield FrameChunk(pd.DataFrame(rows, dtype=str), np.asarray(lines, dtype=np.int64), errors)


def _as_text(value: Any) -> str:
    """A JSON value as the text a CSV cell would hold."""
    return json.dumps(value, ensure_ascii=False)


def _csv_frames(name: str, codec: str, chunksize: int) -> Iterator[FrameChunk]:
    import numpy as np
    import pandas as pd

    try:
        reader = pd.read_csv(
            name, chunksize=chunksize, dtype=str, encoding="utf-8-sig" if codec == "utf-8" else codec,
            header=None,           # the header is read as row 0: pandas then expects its width on every row and
                                   # reports longer rows, instead of guessing an index column from the first one
            keep_default_na=False, na_values=[""],   # only an empty cell is missing: "NA" may be a value
            skip_blank_lines=False,                  # blank lines stay (as all-NaN rows) so lines can be counted
            on_bad_lines="warn",                     # a row with too many cells is reported, not fatal
        )
    except pd.errors.EmptyDataError:
        return
    except UnicodeDecodeError:
        raise _undecodable(name, codec) from None
    # pandas numbers records (header 1, blank lines included), not lines: quoted newlines are added on top.
    next_record = 1
    newlines_before = 0                 # quoted newlines in all rows so far
    skipped: dict[int, str] = {}        # pandas' number of a row it skipped -> why, until its chunk is numbered
    header: list[str] | None = None
    while True:
        try:
            frame = _next_chunk(reader, name, codec, skipped)
        except StopIteration:
            break
        numbers = next_record + np.arange(len(frame), dtype=np.int64)
        newlines = _newlines_per_row(frame)
        errors = []
        for number in sorted(skipped):
            if len(numbers) and number > numbers[-1]:
                break
            numbers[numbers >= number] += 1
            line = number + newlines_before + int(newlines[numbers < number].sum())
            errors.append(InputRecordError(name, line, None, skipped.pop(number)))
        lines = numbers + newlines_before + np.concatenate(([0], np.cumsum(newlines)[:-1])).astype(np.int64)
        if len(frame):
            next_record = int(numbers[-1]) + 1
            newlines_before += int(newlines.sum())
        keep = frame.notna().any(axis=1).to_numpy(copy=True)    # blank lines carry nothing
        if header is None:
            header = _frame_header(name, frame.iloc[0])
            keep[0] = False
        frame = frame[keep].set_axis(header, axis=1).reset_index(drop=True)
        yield FrameChunk(frame, lines[keep], errors)
    if skipped:
        errors = [InputRecordError(name, number + newlines_before, None, reason)
                  for number, reason in sorted(skipped.items())]
        yield FrameChunk(pd.DataFrame(columns=header), np.empty(0, dtype=np.int64), errors)


def _frame_header(name: str, cells: pd.Series) -> list[str]:
    header = ["" if isinstance(cell, float) else cell.strip() for cell in cells]   # NaN: an empty header cell
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise InputRecordError(name, 1, duplicates[0], "column appears more than once in the header")
    return header


def _next_chunk(reader: Iterator[pd.DataFrame], name: str, codec: str, skipped: dict[int, str]) -> pd.DataFrame:
    """The next chunk; rows pandas skips for having too many cells go to `skipped` (it reports them as warnings)."""
    import pandas as pd

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            frame = next(reader)
        except UnicodeDecodeError:
            raise _undecodable(name, codec) from None
        except pd.errors.ParserError as exc:
            raise AuditError(f"{name}: unreadable CSV: {exc}") from None
    for warning in caught:
        skipped_row = _SKIPPED_LINE.match(str(warning.message))
        if skipped_row:
            skipped[int(skipped_row.group(1))] = skipped_row.group(2).strip()
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return frame


def _newlines_per_row(frame: pd.DataFrame) -> np.ndarray:
    """Newlines inside each row's (quoted) cells: the extra lines the row takes in the file."""
    import numpy as np

    counts = np.zeros(len(frame), dtype=np.int64)
    for column in frame.columns:
        counts += frame[column].str.count("\n").fillna(0).to_numpy(dtype=np.int64)
    return counts


def _undecodable(name: str, codec: str) -> InputRecordError:
    """pandas only says a byte is bad, not where: find its line for the message."""
    with open(name, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                return InputRecordError(name, number, None, _decode_hint(codec))
    return InputRecordError(name, 0, None, _decode_hint(codec))


def _parquet_frames(name: str, chunksize: int) -> Iterator[FrameChunk]:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    first_row = 1
    for batch in _parquet_batches(name, chunksize):
        columns = {}
        for field, column in zip(batch.schema, batch.columns):
            if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                columns[field.name] = column
            elif pa.types.is_nested(field.type):
                columns[field.name] = pa.array([None if v is None else _as_text(v) for v in column.to_pylist()],
                                               type=pa.string())
            else:
                columns[field.name] = pc.cast(column, pa.string())
        frame = pa.table(columns).to_pandas().astype(str).replace("", np.nan)
        yield FrameChunk(frame, np.arange(first_row, first_row + len(frame), dtype=np.int64), [])
        first_row += len(frame)


# ---------------------------------------------------------------- rejects


class RejectsWriter:
    """Lists rejected records as JSON Lines `{"file", "line", "field", "reason"}` and counts them.

    Only where and why, never the record's content: it may hold personal data.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.count = 0
        self._handle: IO[str] | None = None

    def __enter__(self) -> RejectsWriter:
        make_parent(self.path)
        # truncated: no stale rejects from an earlier run; line-buffered: what was rejected before a run is
        # aborted or killed stays listed
        with naming_output(self.path):
            self._handle = open(self.path, "w", encoding="utf-8", buffering=1)
        return self

    def write(self, error: InputRecordError) -> None:
        if self._handle is None:
            raise RuntimeError("RejectsWriter is used outside its `with` block")
        self._handle.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")
        self.count += 1

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
