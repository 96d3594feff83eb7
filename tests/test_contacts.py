"""Reading contact logs and debtor events: validation naming file, line and field; skip mode; dtypes."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from audit.contacts import contacts_frame, local_wall_ns, read_contacts, read_events
from audit.errors import InputRecordError

GOOD = {"contact_id": "CT-0001", "campaign_id": "CMP-2026-03", "debtor_id": "D20260301", "channel": "call",
        "timestamp": "2026-03-02T10:15:00+08:00", "recipient_type": "debtor", "outcome": "connected",
        "duration_s": 95, "agent_id": "AG-017", "recipient": "h-9a1c", "crm_batch": "B7"}


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


class Collected:
    def __init__(self) -> None:
        self.errors: list[InputRecordError] = []

    def write(self, error: InputRecordError) -> None:
        self.errors.append(error)


@pytest.mark.parametrize(("change", "field", "reason"), [
    ({"debtor_id": None}, "debtor_id", "missing"),
    ({"channel": "fax"}, "channel", "unknown channel"),
    ({"recipient_type": "unknown"}, "recipient_type", "unknown recipient_type"),
    ({"outcome": "hung_up"}, "outcome", "unknown outcome"),
    ({"timestamp": "2026-03-02 10:15"}, "timestamp", "no UTC offset"),
    ({"timestamp": "2026-02-30T10:15:00+08:00"}, "timestamp", "not an ISO 8601"),
    ({"timestamp": "昨天上午"}, "timestamp", "not an ISO 8601"),
    ({"duration_s": -4}, "duration_s", "0 or more"),
    ({"duration_s": "long"}, "duration_s", "number of seconds"),
    ({"recipient_tz": "China/Beijing"}, "recipient_tz", "unknown IANA time zone"),
])
def test_a_bad_record_fails_naming_file_line_and_field(tmp_path, change, field, reason):
    bad = {k: v for k, v in {**GOOD, "contact_id": "CT-0002", **change}.items() if v is not None}
    path = write_jsonl(tmp_path / "contacts.jsonl", [GOOD, bad])
    with pytest.raises(InputRecordError) as caught:
        read_contacts(path)
    assert (caught.value.path, caught.value.line, caught.value.field) == (str(path), 2, field)
    assert reason in caught.value.reason


def test_duplicate_contact_id_names_both_lines(tmp_path):
    path = write_jsonl(tmp_path / "contacts.jsonl", [GOOD, {**GOOD, "contact_id": "CT-0002"}, GOOD])
    with pytest.raises(InputRecordError) as caught:
        read_contacts(path)
    assert (caught.value.line, caught.value.field) == (3, "contact_id")
    assert "first at line 1" in caught.value.reason


def test_skip_mode_lists_rejects_and_counts_add_up(tmp_path):
    records = [GOOD, {**GOOD, "contact_id": "CT-0002", "channel": "pigeon"}, {**GOOD, "contact_id": "CT-0003"}, GOOD]
    path = tmp_path / "contacts.jsonl"
    write_jsonl(path, records)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    rejects = Collected()
    frame, counts = read_contacts(path, on_error="skip", rejects=rejects)
    assert list(frame["contact_id"]) == ["CT-0001", "CT-0003"]
    assert (counts.read, counts.rejected) == (5, 3)
    assert [(e.line, e.field) for e in rejects.errors] == [(2, "channel"), (5, None), (4, "contact_id")]


def test_compact_dtypes_and_extra_fields_carried_through(tmp_path):
    path = write_jsonl(tmp_path / "contacts.jsonl", [GOOD, {**GOOD, "contact_id": "CT-0002", "timestamp": "2026-03-02T02:16:00Z"}])
    frame, _ = read_contacts(path)
    assert str(frame["timestamp"].dtype) == "datetime64[ns, UTC]"
    assert all(isinstance(frame[c].dtype, pd.CategoricalDtype)
               for c in ("campaign_id", "debtor_id", "channel", "recipient_type", "outcome", "agent_id", "recipient"))
    assert frame["duration_s"].dtype == np.float32
    assert list(frame["crm_batch"]) == ["B7", "B7"]
    assert (frame["timestamp"].iloc[1] - frame["timestamp"].iloc[0]) == pd.Timedelta(minutes=1)


def test_csv_with_bom_and_parquet_read_alike(tmp_path):
    frame = pd.DataFrame([GOOD, {**GOOD, "contact_id": "CT-0002", "channel": "sms", "outcome": "delivered"}])
    csv_path, parquet_path = tmp_path / "c.csv", tmp_path / "c.parquet"
    frame.to_csv(csv_path, index=False, encoding="utf-8-sig")
    frame.to_parquet(parquet_path, index=False)
    from_csv, _ = read_contacts(csv_path)
    from_parquet, _ = read_contacts(parquet_path)
    assert from_csv[["contact_id", "channel", "timestamp"]].equals(from_parquet[["contact_id", "channel", "timestamp"]])


def test_gb18030_csv_needs_and_takes_the_encoding(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame([{**GOOD, "crm_batch": "华东一组"}]).to_csv(path, index=False, encoding="gb18030")
    frame, _ = read_contacts(path, encoding="gb18030")
    assert frame["crm_batch"].iloc[0] == "华东一组"


def test_a_csv_without_a_required_column_fails_once_at_the_header(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame([GOOD]).drop(columns=["recipient_type"]).to_csv(path, index=False)
    with pytest.raises(InputRecordError) as caught:
        read_contacts(path, on_error="skip")
    assert (caught.value.line, caught.value.field) == (1, "recipient_type")


def test_events_are_validated_too(tmp_path):
    path = write_jsonl(tmp_path / "events.jsonl", [
        {"debtor_id": "D20260301", "timestamp": "2026-03-03T09:00:00+08:00", "event": "cease_request", "channel": "call"},
        {"debtor_id": "D20260302", "timestamp": "2026-03-03T09:00:00+08:00", "event": "moved_house"},
    ])
    with pytest.raises(InputRecordError) as caught:
        read_events(path)
    assert (caught.value.line, caught.value.field) == (2, "event")
    events, counts = read_events(path, on_error="skip")
    assert list(events["event"]) == ["cease_request"] and counts.rejected == 1


def test_local_wall_clock_uses_recipient_zone_else_the_default():
    frame = contacts_frame([GOOD, {**GOOD, "contact_id": "CT-0002", "recipient_tz": "America/New_York"}])
    wall = local_wall_ns(frame["timestamp"], frame["recipient_tz"], "Asia/Shanghai")
    as_text = np.datetime_as_string(wall.astype("datetime64[ns]"), unit="m")
    assert list(as_text) == ["2026-03-02T10:15", "2026-03-01T21:15"]


def test_chunked_reading_gives_the_same_frame(tmp_path):
    records = [{**GOOD, "contact_id": f"CT-{i:04d}", "debtor_id": f"D2026{i % 7:04d}", "agent_id": f"AG-{i % 3}",
                **({"recipient_tz": "Asia/Urumqi"} if i % 5 == 0 else {})} for i in range(40)]
    path = write_jsonl(tmp_path / "contacts.jsonl", records)
    whole, _ = read_contacts(path)
    chunked, _ = read_contacts(path, chunksize=6)
    assert isinstance(chunked["debtor_id"].dtype, pd.CategoricalDtype)
    assert chunked.astype(str).equals(whole.astype(str))
