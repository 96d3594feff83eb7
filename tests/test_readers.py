"""Input readers: every format, every error kind with its line and field, counts that add up, streaming."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from audit.errors import AuditError, InputRecordError
from audit.message import Message, Turn
from audit.readers import RejectsWriter, iter_frames, iter_messages, message_from_dict

SMS = "【某某消费金融】尊敬的客户，您的借款已逾期5天，应还金额1280.00元，请于5月10日前还款。"
NOTICE = "催缴函\n编号：CJ-2024-0001\n您在我司的借款已逾期30天，请于2024年6月1日前归还欠款。"
CALL_TEXT = "坐席：您好，这里是某某消费金融，请问是借款人本人吗？\n客户:是我，我这周发工资就还。\n坐席： 好的，请按时还款。"
CST = timezone(timedelta(hours=8))


def record(message_id: str = "m1", **fields) -> dict:
    base = {"message_id": message_id, "campaign_id": "camp-202405", "channel": "sms", "text": SMS}
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def write_jsonl(path: Path, lines: list) -> Path:
    """Dicts become JSON; strings are written as they are (for broken lines)."""
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def errors_of(records: list) -> list[tuple[int, str | None]]:
    return [(r.line, r.field) for r in records if isinstance(r, InputRecordError)]


# ---------------------------------------------------------------- JSON Lines


def test_jsonl_messages_with_contract_fields_and_extras(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [
        record("m1", sent_at="2024-05-03T10:15:00+08:00", debtor_id="D-0001", recipient_type="debtor",
               agent_id="A17", template_id="T-overdue-5", batch="第3批", score=0.82, tags=["首逾"]),
        record("m2", channel="notice", text=NOTICE, sent_at="2024-05-03T02:15:00Z"),
    ])
    first, second = iter_messages(path)
    assert first == Message("m1", "camp-202405", "sms", SMS, None, datetime(2024, 5, 3, 10, 15, tzinfo=CST),
                            "D-0001", "debtor", "A17", "T-overdue-5",
                            {"batch": "第3批", "score": 0.82, "tags": ["首逾"]})
    assert second.channel == "notice" and second.text == NOTICE
    assert second.sent_at == first.sent_at            # Z is UTC: same instant
    assert second.recipient_type == "unknown"         # contract default
    assert second.extra == {}


def test_jsonl_integer_ids_become_strings(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [record(10086, campaign_id=202405, debtor_id=77)])
    (message,) = iter_messages(path)
    assert (message.message_id, message.campaign_id, message.debtor_id) == ("10086", "202405", "77")


def test_call_given_as_turns(tmp_path):
    turns = [{"speaker": "agent", "text": "您好，请问是王先生吗？", "start": 0, "end": 2.5},
             {"speaker": "third_party", "text": "他不在，我是他同事。", "start": 2.5, "end": 5, "asr_confidence": 0.91}]
    path = write_jsonl(tmp_path / "calls.jsonl", [record("c1", channel="call", text=None, turns=turns)])
    (message,) = iter_messages(path)
    assert message.turns == [Turn("agent", "您好，请问是王先生吗？", 0.0, 2.5),
                             Turn("third_party", "他不在，我是他同事。", 2.5, 5.0, {"asr_confidence": 0.91})]
    assert message.text is None


def test_call_given_as_speaker_prefixed_text_with_both_colons(tmp_path):
    path = write_jsonl(tmp_path / "calls.jsonl", [record("c1", channel="call", text=CALL_TEXT)])
    (message,) = iter_messages(path)
    assert [(t.speaker, t.text) for t in message.turns] == [
        ("agent", "您好，这里是某某消费金融，请问是借款人本人吗？"),
        ("customer", "是我，我这周发工资就还。"),
        ("agent", "好的，请按时还款。"),
    ]


def test_blank_lines_are_not_records_but_count_as_lines(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", ["", record("m1"), "   ", record("m2", channel="fax")])
    records = list(iter_messages(path))
    assert len(records) == 2
    assert errors_of(records) == [(4, "channel")]


# every error kind, with the line and field it must name
BAD_RECORDS = [
    ('{"message_id": "m9", "campaign_id": ', None, "invalid JSON"),
    ('["m9", "camp-202405", "sms"]', None, "JSON object"),
    ('"只有一句话"', None, "JSON object"),
    (record(None), "message_id", "missing"),
    (record("  "), "message_id", "missing"),
    (record("m9", campaign_id=None), "campaign_id", "missing"),
    (record("m9", channel=None), "channel", "missing"),
    (record("m9", channel="wechat"), "channel", "unknown channel 'wechat'"),
    (record("m9", channel="13800138000"), "channel", "not shown"),
    (record("m9", text=None), "text", "missing"),
    (record("m9", channel="email", text=None), "text", "missing"),
    (record("m9", text="  \n "), "text", "empty"),
    (record("m9", text=["您好"]), "text", "string"),
    (record(["m9"]), "message_id", "string"),
    (record("m9", recipient_type="family"), "recipient_type", "unknown recipient_type"),
    (record("m9", sent_at="2024年5月3日 10:15"), "sent_at", "ISO 8601"),
    (record("m9", sent_at="2024-05-03T10:15:00"), "sent_at", "UTC offset"),
    (record("m9", sent_at="2024-05-03"), "sent_at", "UTC offset"),
    (record("m9", sent_at=1714702500), "sent_at", "ISO 8601"),
    (record("m9", channel="call", text=None), "turns", "needs turns or text"),
    (record("m9", channel="call", text="您好，请问是王先生吗？\n不是，你打错了。"), "text", "speaker prefix"),
    (record("m9", channel="call", text=None, turns="坐席：您好"), "turns", "not valid JSON"),
    (record("m9", channel="call", text=None, turns={"speaker": "agent", "text": "您好"}), "turns", "list"),
    (record("m9", channel="call", text=None, turns=[]), "turns", "empty"),
    (record("m9", channel="call", text=None, turns=["坐席：您好"]), "turns[0]", "object"),
    (record("m9", channel="call", text=None, turns=[{"text": "您好"}]), "turns[0].speaker", "missing"),
    (record("m9", channel="call", text=None,
            turns=[{"speaker": "agent", "text": "您好"}, {"speaker": "robot", "text": "请按1"}]),
     "turns[1].speaker", "unknown speaker 'robot'"),
    (record("m9", channel="call", text=None, turns=[{"speaker": "agent"}]), "turns[0].text", "missing"),
    (record("m9", channel="call", text=None, turns=[{"speaker": "agent", "text": "您好", "start": "0:05"}]),
     "turns[0].start", "number"),
    (record("m9", turns=[{"speaker": "agent", "text": "您好"}]), "turns", "for calls"),
]


@pytest.mark.parametrize(("bad", "field", "reason"), BAD_RECORDS)
def test_each_error_kind_names_line_and_field(tmp_path, bad, field, reason):
    path = write_jsonl(tmp_path / "m.jsonl", [record("m1"), "", bad, record("m2")])
    records = list(iter_messages(path))
    assert [r.message_id for r in records if isinstance(r, Message)] == ["m1", "m2"]
    (error,) = [r for r in records if isinstance(r, InputRecordError)]
    assert (error.path, error.line, error.field) == (str(path), 3, field)
    assert reason in error.reason
    assert str(error).startswith(f"{path}:3")


def test_error_reasons_never_echo_personal_data(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [
        record("m1", channel="张三 13800138000"),
        record("m2", recipient_type="110101199003077777"),
        record("m3", channel="call", text=None, turns=[{"speaker": "李四", "text": "你好"}]),
    ])
    reasons = " ".join(r.reason for r in iter_messages(path))
    for secret in ("张三", "13800138000", "110101199003077777", "李四"):
        assert secret not in reasons


def test_duplicate_message_id_rejects_the_second_occurrence(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [record("m1"), record("m2"), record("m1", text="第二次发送")])
    records = list(iter_messages(path))
    assert [r.message_id for r in records[:2]] == ["m1", "m2"]
    error = records[2]
    assert (error.line, error.field) == (3, "message_id")
    assert "duplicate" in error.reason and "line 1" in error.reason


def test_counts_add_up_on_a_mixed_file(tmp_path):
    lines = []
    for i in range(60):
        kind = i % 6
        lines.append({0: record(f"m{i}"), 1: "{broken", 2: record(f"m{i}", channel="fax"),
                      3: record(f"m{i}", channel="call", text=CALL_TEXT), 4: record("m0"),
                      5: record(f"m{i}", sent_at="昨天")}[kind])
    path = write_jsonl(tmp_path / "mixed.jsonl", lines)
    records = list(iter_messages(path))
    messages = [r for r in records if isinstance(r, Message)]
    errors = [r for r in records if isinstance(r, InputRecordError)]
    assert len(records) == 60
    assert (len(messages), len(errors)) == (20, 40)
    assert sorted(e.line for e in errors) == [i + 1 for i in range(60) if i % 6 not in (0, 3)]


def test_stdin_jsonl_streams_lazily(monkeypatch):
    """200k records on stdin: the first message comes back after reading only its own line."""
    consumed = 0

    def lines():
        nonlocal consumed
        for i in range(200_000):
            consumed += 1
            yield (json.dumps(record(f"m{i}", text=f"您的借款已逾期{i % 90 + 1}天，请尽快还款。"),
                              ensure_ascii=False) + "\n").encode()

    class FakeStdin:
        buffer = lines()

    monkeypatch.setattr("sys.stdin", FakeStdin)
    records = iter_messages("-")
    first = next(records)
    assert first.message_id == "m0" and consumed == 1
    next_thousand = [next(records) for _ in range(1000)]
    assert next_thousand[-1].message_id == "m1000" and consumed == 1001


def test_stdin_errors_are_named_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(b'{"message_id": "m1"\n')

    monkeypatch.setattr("sys.stdin", FakeStdin)
    (error,) = iter_messages("-")
    assert (error.path, error.line) == ("<stdin>", 1)


def test_message_from_dict_validates_one_record():
    message = message_from_dict(record("m1", channel="app", text="您的账单已出，请在App内查看。"))
    assert message.channel == "app"


# ---------------------------------------------------------------- CSV


CSV_HEADER = ["message_id", "campaign_id", "channel", "text", "turns", "sent_at", "debtor_id", "recipient_type",
              "批次", "备注"]
CSV_ROWS = [
    ["00123", "202405", "sms", SMS, "", "2024-05-03T10:15:00+08:00", "", "", "第3批", ""],
    ["00124", "202405", " call ", CALL_TEXT, "", "", "D-0002 ", "debtor", "第3批", "复核"],
    ["00125", "202405", "call", "",
     json.dumps([{"speaker": "agent", "text": "您好，这里是某某消费金融。", "start": 0, "end": 3}], ensure_ascii=False),
     "", "", "third_party", "", ""],
]


@pytest.mark.parametrize("bom", [False, True], ids=["utf8", "utf8-bom"])
def test_csv_messages(tmp_path, bom):
    path = write_csv(tmp_path / "m.csv", CSV_HEADER, CSV_ROWS, encoding="utf-8-sig" if bom else "utf-8")
    sms, call_text, call_turns = iter_messages(path)
    assert (sms.message_id, sms.campaign_id) == ("00123", "202405")     # numbers stay strings, zeros kept
    assert sms.text == SMS and sms.sent_at == datetime(2024, 5, 3, 10, 15, tzinfo=CST)
    assert sms.debtor_id is None and sms.recipient_type == "unknown"    # empty contract cells are absent
    assert sms.extra == {"批次": "第3批", "备注": ""}                        # empty extra cells stay ''
    assert [t.speaker for t in call_text.turns] == ["agent", "customer", "agent"]
    assert (call_text.channel, call_text.debtor_id) == ("call", "D-0002")   # spaces around cells dropped
    assert call_turns.turns == [Turn("agent", "您好，这里是某某消费金融。", 0.0, 3.0)]
    assert call_turns.recipient_type == "third_party"


def test_csv_errors_name_the_line_a_multiline_record_starts_on(tmp_path):
    rows = [CSV_ROWS[1],                                                # a call: lines 2-4
            ["00130", "202405", "sms", "", "", "", "", "", "", ""],     # line 5: empty text
            ["00131", "202405", "letter", "您好\n请还款", "", "", "", "", "", ""],  # lines 6-7
            ["00132", "202405", "sms", SMS, "", "", "", "", "", ""],     # line 8
            ["00133", "202405", "sms", SMS]]                            # line 9: short row
    path = write_csv(tmp_path / "m.csv", CSV_HEADER, rows)
    records = list(iter_messages(path))
    assert len(records) == 5
    assert errors_of(records) == [(5, "text"), (6, "channel"), (9, None)]
    assert "4 cells" in records[4].reason


def test_csv_gb18030_with_encoding(tmp_path):
    path = write_csv(tmp_path / "gbk.csv", CSV_HEADER, CSV_ROWS, encoding="gb18030")
    messages = list(iter_messages(path, encoding="gb18030"))
    assert [m.text for m in messages[:1]] == [SMS]
    assert messages[0].extra["批次"] == "第3批"
    assert all(isinstance(m, Message) for m in messages)


def test_csv_gb18030_without_encoding_names_line_and_suggests_the_option(tmp_path):
    header = ["message_id", "campaign_id", "channel", "text"]
    path = write_csv(tmp_path / "gbk.csv", header, [["m1", "c1", "sms", "ok ascii"], ["m2", "c1", "sms", SMS],
                                                    ["m3", "c1", "sms", "fine"]], encoding="gb18030")
    records = list(iter_messages(path))
    assert len(records) == 3
    assert errors_of(records) == [(3, None)]
    assert "--encoding gb18030" in records[1].reason


def test_csv_file_level_problems_raise(tmp_path):
    no_channel = write_csv(tmp_path / "a.csv", ["message_id", "campaign_id", "text"], [["m1", "c1", SMS]])
    with pytest.raises(InputRecordError) as caught:
        list(iter_messages(no_channel))
    assert (caught.value.line, caught.value.field) == (1, "channel")
    with pytest.raises(AuditError, match="unknown encoding"):
        list(iter_messages(no_channel, encoding="gb-nonsense"))
    with pytest.raises(AuditError, match="not supported"):
        list(iter_messages(no_channel, encoding="utf-16"))
    with pytest.raises(AuditError, match="unknown input format"):
        list(iter_messages(tmp_path / "m.xlsx"))
    with pytest.raises(AuditError, match="no such file"):
        list(iter_messages(tmp_path / "missing.jsonl"))


# ---------------------------------------------------------------- Parquet


def write_parquet(path: Path, rows: list[dict], schema: pa.Schema | None = None, row_group_size: int = 2) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=row_group_size)
    return path


def test_parquet_messages_native_turns_json_turns_and_timestamps(tmp_path):
    turn = pa.struct([("speaker", pa.string()), ("text", pa.string()), ("start", pa.float64()), ("end", pa.float64())])
    schema = pa.schema([("message_id", pa.string()), ("campaign_id", pa.string()), ("channel", pa.string()),
                        ("text", pa.string()), ("turns", pa.list_(turn)), ("turns_json", pa.string()),
                        ("sent_at", pa.timestamp("s", tz="Asia/Shanghai")), ("score", pa.float64())])
    sent = datetime(2024, 5, 3, 10, 15, tzinfo=CST)
    rows = [
        {"message_id": "p1", "campaign_id": "c1", "channel": "sms", "text": SMS, "sent_at": sent, "score": 0.5},
        {"message_id": "p2", "campaign_id": "c1", "channel": "call",
         "turns": [{"speaker": "agent", "text": "您好，这里是某某消费金融。", "start": 0.0, "end": None}]},
        {"message_id": "p3", "campaign_id": "c1", "channel": "call", "text": CALL_TEXT},
        {"message_id": "p4", "campaign_id": "c1", "channel": "sms"},
        {"message_id": "p2", "campaign_id": "c1", "channel": "sms", "text": SMS},
    ]
    path = write_parquet(tmp_path / "m.parquet", rows, schema)
    records = list(iter_messages(path))
    p1, p2, p3 = records[:3]
    assert p1.sent_at == sent and p1.extra == {"turns_json": None, "score": 0.5}
    assert p2.turns == [Turn("agent", "您好，这里是某某消费金融。", 0.0, None)]
    assert len(p3.turns) == 3
    assert errors_of(records) == [(4, "text"), (5, "message_id")]
    assert "row 2" in records[4].reason


def test_parquet_turns_as_json_string_and_naive_timestamp(tmp_path):
    rows = [{"message_id": "p1", "campaign_id": "c1", "channel": "call",
             "turns": json.dumps([{"speaker": "customer", "text": "我下周还。"}], ensure_ascii=False),
             "sent_at": datetime(2024, 5, 3, 10, 15)}]
    records = list(iter_messages(write_parquet(tmp_path / "m.parquet", rows)))
    assert errors_of(records) == [(1, "sent_at")]
    rows[0]["sent_at"] = None
    (message,) = iter_messages(write_parquet(tmp_path / "m2.parquet", rows))
    assert message.turns == [Turn("customer", "我下周还。")]


def test_unreadable_parquet_raises(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(AuditError, match="not a readable Parquet file"):
        list(iter_messages(path))


# ---------------------------------------------------------------- rejects


def test_rejects_writer_lists_where_and_why_never_the_text(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", [record("m1", channel="fax", text="请联系张三 13800138000"),
                                              record("m2"), "{oops"])
    rejects_path = tmp_path / "out" / "rejects.jsonl"
    with RejectsWriter(rejects_path) as rejects:
        for item in iter_messages(path):
            if isinstance(item, InputRecordError):
                rejects.write(item)
    assert rejects.count == 2
    written = rejects_path.read_text(encoding="utf-8")
    assert [json.loads(line) for line in written.splitlines()] == [
        {"file": str(path), "line": 1, "field": "channel",
         "reason": "unknown channel 'fax'; expected one of sms, notice, call, app, email"},
        {"file": str(path), "line": 3, "field": None, "reason": "invalid JSON: Expecting property name enclosed in "
                                                                "double quotes at column 2"},
    ]
    assert "13800138000" not in written and "张三" not in written


# ---------------------------------------------------------------- frames


CONTACT_HEADER = ["contact_id", "campaign_id", "debtor_id", "channel", "timestamp", "recipient_type", "outcome",
                  "duration_s"]


def frames_of(path: Path, **kwargs) -> tuple[list[dict], list[int], list[InputRecordError]]:
    rows, lines, errors = [], [], []
    for frame, frame_lines, frame_errors in iter_frames(path, **kwargs):
        assert all(str(dtype) in ("str", "object") for dtype in frame.dtypes)
        rows += frame.to_dict("records")
        lines += frame_lines.tolist()
        errors += frame_errors
    return rows, lines, errors


def test_frames_csv_lines_across_chunks_blank_multiline_and_bad_rows(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        ",".join(CONTACT_HEADER) + "\n"                                                       # 1
        "k1,c1,D1,call,2024-05-03T09:00:00+08:00,debtor,connected,35\n"                        # 2
        "\n"                                                                                    # 3
        "k2,c1,D1,sms,2024-05-03T09:05:00+08:00,debtor,delivered,\n"                           # 4
        'k3,c1,D1,visit,2024-05-03T10:00:00+08:00,third_party,"多行\n备注",\n'                 # 5-6
        "k4,c1,D2,call,2024-05-03T11:00:00+08:00,debtor,NA,12,extra-cell\n"                    # 7: too many cells
        "k5,c1,D2,call,2024-05-03T12:00:00+08:00,debtor,NA,12\n"                               # 8
        "k6,c1,D2\n",                                                                           # 9: short row
        encoding="utf-8")
    for chunksize in (2, 3, 100):
        rows, lines, errors = frames_of(path, chunksize=chunksize)
        assert [r["contact_id"] for r in rows] == ["k1", "k2", "k3", "k5", "k6"]
        assert lines == [2, 4, 5, 8, 9], chunksize
        assert [(e.line, e.field) for e in errors] == [(7, None)]
        assert "expected 8 fields, saw 9" in errors[0].reason
    assert math.isnan(rows[1]["duration_s"])        # empty cell: missing
    assert rows[3]["outcome"] == "NA"               # "NA" is a value, not missing
    assert rows[0]["duration_s"] == "35"
    assert math.isnan(rows[4]["channel"])


def test_frames_csv_longer_first_row_is_an_error_not_an_index(tmp_path):
    """pandas would take a first row one cell longer than the header as an index column and shift every row."""
    path = tmp_path / "contacts.csv"
    path.write_text("contact_id,debtor_id,channel\n"
                    "k1,D1,call,13800138000\n"
                    "k2,D2,sms\n", encoding="utf-8")
    rows, lines, errors = frames_of(path)
    assert rows == [{"contact_id": "k2", "debtor_id": "D2", "channel": "sms"}]
    assert lines == [3]
    assert [e.line for e in errors] == [2]
    assert "13800138000" not in errors[0].reason


def test_frames_csv_duplicate_header_column_raises(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("contact_id,debtor_id,debtor_id\nk1,D1,D2\n", encoding="utf-8")
    with pytest.raises(InputRecordError) as caught:
        frames_of(path)
    assert (caught.value.line, caught.value.field) == (1, "debtor_id")


def test_frames_csv_bom_and_gb18030(tmp_path):
    rows = [["k1", "c1", "D1", "call", "2024-05-03T09:00:00+08:00", "debtor", "已接通", "35"]]
    bom = write_csv(tmp_path / "bom.csv", CONTACT_HEADER, rows, encoding="utf-8-sig")
    gbk = write_csv(tmp_path / "gbk.csv", CONTACT_HEADER, rows, encoding="gb18030")
    assert frames_of(bom)[0][0]["contact_id"] == "k1"
    assert frames_of(gbk, encoding="gb18030")[0][0]["outcome"] == "已接通"
    with pytest.raises(InputRecordError, match="--encoding gb18030") as caught:
        frames_of(gbk)
    assert caught.value.line == 2


def test_frames_jsonl_bad_line_is_an_error_not_a_crash(tmp_path):
    path = write_jsonl(tmp_path / "contacts.jsonl", [
        {"contact_id": "k1", "debtor_id": "D1", "duration_s": 35.5, "outcome": "", "meta": {"坐席组": "A"}},
        "",
        "{not json",
        {"contact_id": "k2", "debtor_id": 1001, "recipient_tz": None, "verified": True},
        "[]",
        {"contact_id": "k3", "debtor_id": "D3"},
    ])
    for chunksize in (1, 2, 100):
        rows, lines, errors = frames_of(path, chunksize=chunksize)
        assert [r["contact_id"] for r in rows] == ["k1", "k2", "k3"]
        assert lines == [1, 4, 6]
        assert [e.line for e in errors] == [3, 5]
    by_id = {r["contact_id"]: r for r in rows}
    assert by_id["k1"]["duration_s"] == "35.5" and by_id["k1"]["meta"] == '{"坐席组": "A"}'
    assert math.isnan(by_id["k1"]["outcome"])
    assert by_id["k2"]["debtor_id"] == "1001" and by_id["k2"]["verified"] == "true"
    assert math.isnan(by_id["k2"]["recipient_tz"])


def test_frames_parquet_row_numbers_and_text_values(tmp_path):
    start = datetime(2024, 5, 3, 9, 0, tzinfo=CST)
    rows = [{"contact_id": f"k{i}", "debtor_id": f"D{i % 2}", "timestamp": start + timedelta(minutes=i),
             "duration_s": i * 10 if i != 2 else None, "outcome": "" if i == 3 else "connected"}
            for i in range(5)]
    path = write_parquet(tmp_path / "contacts.parquet", rows, row_group_size=2)
    got, lines, errors = frames_of(path, chunksize=2)
    assert lines == [1, 2, 3, 4, 5] and errors == []
    assert [r["contact_id"] for r in got] == ["k0", "k1", "k2", "k3", "k4"]
    assert got[1]["duration_s"] == "10" and math.isnan(got[2]["duration_s"])
    assert math.isnan(got[3]["outcome"])
    assert datetime.fromisoformat(got[4]["timestamp"]) == start + timedelta(minutes=4)
