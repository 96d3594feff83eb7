"""Readers under hostile input (issue 10, items 5, 6 and 9): every record is scanned or rejected with its
line, reading goes on after a bad record, and no command ends in a traceback or in exit 1."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.contacts import read_contacts
from audit.errors import InputRecordError
from audit.message import Message
from audit.normalise import normalise, to_simplified
from audit.readers import MAX_CSV_FIELD_CHARS, MAX_QUOTED_LINES, RejectsWriter, iter_messages

HEADER = "message_id,campaign_id,channel,text"
REMINDER = "您的账单已逾期{n}天，请尽快还款。"
ABUSE = "你这个傻逼，再不还钱明天派人上门抓你"
ID_NUMBER = "110101199001011237"        # invented
CONTACT_HEADER = "contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type"


def run(args: list[str]):
    """The CLI; a scan runs the notice analyser only unless told (it starts fastest)."""
    if args[0] == "scan" and "--analyzers" not in args:
        args = [*args, "--analyzers", "notice"]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def csv_file(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.write_bytes(end.join([HEADER, *lines, ""]).encode("utf-8"))
    return path


def jsonl_file(path: Path, lines: list[str | dict]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def sms(message_id: str, text: str = "您好，请尽快还款。") -> dict:
    return {"message_id": message_id, "campaign_id": "C-1", "channel": "sms", "text": text}


def outcome(records: list) -> tuple[list[str], list[tuple[int, str | None]]]:
    """Ids of the messages read, and (line, field) of the rejections."""
    return ([r.message_id for r in records if isinstance(r, Message)],
            [(r.line, r.field) for r in records if isinstance(r, InputRecordError)])


# ---------------------------------------------------------------- CSV quoting and line ends (item 5)


def test_an_unterminated_quote_costs_one_record_not_the_rest_of_the_file(tmp_path):
    lines = ['m0,C-1,sms,"您好，这里的引号没有关上'] + [f"m{n},C-1,sms,{REMINDER.format(n=n)}" for n in range(1, 1001)]
    records = list(iter_messages(csv_file(tmp_path / "m.csv", lines)))
    read, rejected = outcome(records)
    assert len(records) == 1001
    assert rejected == [(2, None)]
    assert read == [f"m{n}" for n in range(1, 1001)]
    assert records[1].text == REMINDER.format(n=1)
    assert "not closed" in records[0].reason


def test_scan_counts_add_up_and_exit_codes_hold_around_a_stray_quote(tmp_path):
    lines = ['m0,C-1,sms,"您好'] + [f"m{n},C-1,sms,{REMINDER.format(n=n)}" for n in range(1, 30)] + [f"m30,C-1,sms,{ABUSE}"]
    path = csv_file(tmp_path / "m.csv", lines)
    out = tmp_path / "f.jsonl"
    skipped = run(["scan", str(path), "--on-error", "skip", "--fail-on", "high", "--analyzers", "wording",
                   "--out", str(out)])
    assert skipped.exit_code == 1                                   # the findings of m30, not a crash
    assert "read 31, scanned 30, rejected 1" in skipped.stderr
    rejects = [json.loads(line) for line in (tmp_path / "f.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r["line"]) for r in rejects] == [(str(path), 2)]
    failed = run(["scan", str(path), "--out", str(tmp_path / "g.jsonl")])
    assert failed.exit_code == 2 and f"{path}:2: not valid CSV" in failed.stderr


def test_a_quote_left_open_mid_file_is_rejected_and_the_next_quoted_record_still_reads(tmp_path):
    lines = ['m1,C-1,sms,"第一行', "第二行", '继续"', 'm2,C-1,sms,"开了没关', 'm3,C-1,sms,"正常的，带逗号"',
             "m4,C-1,sms,再见"]
    read, rejected = outcome(list(iter_messages(csv_file(tmp_path / "m.csv", lines))))
    assert read == ["m1", "m3", "m4"]
    assert rejected == [(5, None)]


def test_quoted_line_breaks_are_kept_as_written_and_lines_still_count(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(f'{HEADER}\r\nm1,C-1,notice,"催缴函\r\n请于月底前还款"\r\nm2,C-1,sms,好的\r\nm3,C-1,bad,x\r\n'
                     .encode())
    first, second, third = iter_messages(path)
    assert first.text == "催缴函\r\n请于月底前还款" and second.text == "好的"
    assert (third.line, third.field) == (5, "channel")


def test_cr_only_line_ends_are_read(tmp_path):
    path = csv_file(tmp_path / "m.csv", ["m1,C-1,sms,您好", 'm2,C-1,notice,"催缴函\r第二行"', "m3,C-1,nope,x"],
                    end="\r")
    records = list(iter_messages(path))
    assert [r.text for r in records[:2]] == ["您好", "催缴函\r第二行"]
    assert (records[2].line, records[2].field) == (5, "channel")


def test_a_cell_over_128_kib_is_a_rejection_not_a_crash(tmp_path):
    lines = ["m1,C-1,sms," + "还" * (MAX_CSV_FIELD_CHARS + 1), "m2,C-1,sms,您好"]
    read, rejected = outcome(list(iter_messages(csv_file(tmp_path / "m.csv", lines))))
    assert (read, rejected) == (["m2"], [(2, None)])


def test_a_quoted_cell_may_span_many_lines_but_not_without_end(tmp_path):
    body = "\n".join(f"坐席：第{n}句" for n in range(MAX_QUOTED_LINES - 1))
    lines = [f'm1,C-1,call,"{body}"', 'm2,C-1,sms,"' + "\n".join(["x"] * (MAX_QUOTED_LINES + 5)) + '"']
    read, rejected = outcome(list(iter_messages(csv_file(tmp_path / "m.csv", lines))))
    assert read[0] == "m1"
    assert rejected[0] == (2 + MAX_QUOTED_LINES - 1, None)      # m2, on the line after m1's last


def test_text_after_a_closing_quote_is_a_rejection(tmp_path):
    read, rejected = outcome(list(iter_messages(csv_file(tmp_path / "m.csv", ['m1,C-1,sms,"您好"多余', "m2,C-1,sms,好"]))))
    assert (read, rejected) == (["m2"], [(2, None)])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_bom_only_file_is_empty(tmp_path, suffix):
    path = tmp_path / f"m{suffix}"
    path.write_bytes(b"\xef\xbb\xbf")
    assert list(iter_messages(path)) == []
    result = run(["scan", str(path), "--on-error", "skip", "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 0 and "read 0, scanned 0, rejected 0" in result.stderr


# ---------------------------------------------------------------- JSON records (item 6)


def test_deep_nesting_and_huge_numbers_are_rejections_of_their_line(tmp_path):
    nested = '{"message_id": "m1", "campaign_id": "C-1", "channel": "sms", "text": "您好", "x": ' + "[" * 100_000 \
        + "]" * 100_000 + "}"
    huge = '{"message_id": ' + "7" * 5000 + ', "campaign_id": "C-1", "channel": "sms", "text": "您好"}'
    path = jsonl_file(tmp_path / "m.jsonl", [nested, sms("m2"), huge, sms("m4")])
    records = list(iter_messages(path))
    assert outcome(records) == (["m2", "m4"], [(1, None), (3, None)])
    assert "nested too deeply" in records[0].reason and "number is too long" in records[2].reason


def test_a_cut_emoji_is_replaced_one_for_one_and_the_scan_completes(tmp_path):
    text = "你这个傻\ud83d逼，再不还钱明天派人上门抓你\ud83d"
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(sms("m1", text)) + "\n", encoding="utf-8")    # ASCII JSON: "\ud83d" escapes
    (message,) = iter_messages(path)
    assert message.text == text.replace("\ud83d", "\ufffd")
    out = tmp_path / "f.jsonl"
    result = run(["scan", str(path), "--out", str(out), "--on-error", "skip", "--analyzers", "wording"])
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    insult = next(f for f in findings if f["category"] == "abuse.insult")
    assert message.text[insult["start"]:insult["end"]] == "傻\ufffd逼"      # offsets still point into the text


def test_the_normaliser_takes_lone_surrogates_with_an_exact_map():
    text = "你這個傻\ud83d逼\udc00"
    view = normalise(text)
    assert view.text == "你这个傻逼"
    assert [text[i] for i in view.index] == list("你這個傻逼")
    assert to_simplified(text) == "你这个傻\ufffd逼\ufffd"


# ---------------------------------------------------------------- CLI: exit codes and encodings (item 6)


@pytest.mark.parametrize("codec", ["rot13", "base64", "zlib"])
def test_non_text_codecs_are_refused_with_exit_2(tmp_path, codec):
    path = csv_file(tmp_path / "m.csv", ["m1,C-1,sms,您好"])
    result = run(["scan", str(path), "--encoding", codec, "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert "not a text encoding" in result.stderr and "Traceback" not in result.output


def test_utf8_sig_is_accepted(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(("\ufeff" + HEADER + "\nm1,C-1,sms,您好\n").encode("utf-8"))
    result = run(["scan", str(path), "--encoding", "utf-8-sig", "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 0, result.output
    assert "read 1, scanned 1, rejected 0" in result.stderr


def test_an_unexpected_error_exits_2_without_traceback_even_with_fail_on(tmp_path, monkeypatch):
    def broken(messages, *analysers):
        raise RuntimeError("您好 " + messages[0].text)    # a message text must not be echoed either

    monkeypatch.setattr("audit.pipeline.analyse_messages", broken)
    path = jsonl_file(tmp_path / "m.jsonl", [sms("m1", ABUSE)])
    result = CliRunner().invoke(main, ["scan", str(path), "--fail-on", "low", "--analyzers", "notice",
                                          "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "internal error RuntimeError" in result.stderr and ABUSE not in result.output


def test_mask_writes_parquet_extras_of_every_type(tmp_path):
    table = pa.table({
        "message_id": ["m1"], "campaign_id": ["C-1"], "channel": ["sms"], "text": ["您好，请尽快还款。"],
        "queued_at": pa.array([datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)], pa.timestamp("us", tz="UTC")),
        "due": pa.array([date(2026, 3, 10)]),
        "amount": pa.array([Decimal("1280.50")], pa.decimal128(10, 2)),
        "blob": pa.array([b"\x00\xff"]),
    })
    pq.write_table(table, tmp_path / "m.parquet")
    out = tmp_path / "masked.jsonl"
    result = run(["mask", str(tmp_path / "m.parquet"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["queued_at"], record["due"], record["amount"], record["blob"]) == \
        ("2026-03-01T09:30:00+00:00", "2026-03-10", "1280.50", "AP8=")


# ---------------------------------------------------------------- contacts (item 6)


def test_contact_timestamps_outside_1677_2262_are_rejections(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("\n".join([CONTACT_HEADER, "K1,C-1,D1,call,2300-01-01T00:00:00+08:00,debtor",
                               "K2,C-1,D1,call,2026-10-12T08:00:00+08:00,debtor",
                               "K3,C-1,D1,call,1600-06-01T00:00:00Z,debtor", ""]), encoding="utf-8")
    rejected: list[InputRecordError] = []

    class Rejects:
        write = rejected.append

    frame, counts = read_contacts(path, on_error="skip", rejects=Rejects())
    assert list(frame["contact_id"]) == ["K2"]
    assert [(e.line, e.field) for e in rejected] == [(2, "timestamp"), (4, "timestamp")]
    assert (counts.read, counts.rejected) == (3, 2)


# ---------------------------------------------------------------- rejects (item 9)


def test_a_duplicate_id_number_is_masked_in_stderr_and_rejects(tmp_path):
    path = jsonl_file(tmp_path / "m.jsonl", [sms(ID_NUMBER), sms(ID_NUMBER)])
    skipped = run(["scan", str(path), "--on-error", "skip", "--out", str(tmp_path / "f.jsonl")])
    rejects = (tmp_path / "f.rejects.jsonl").read_text(encoding="utf-8")
    assert skipped.exit_code == 0 and "duplicate message_id" in rejects and "1237" in rejects
    failed = run(["scan", str(path), "--out", str(tmp_path / "g.jsonl")])
    assert failed.exit_code == 2 and "duplicate message_id" in failed.stderr
    assert ID_NUMBER not in rejects and ID_NUMBER not in failed.stderr and ID_NUMBER[:6] not in rejects


def test_rejects_are_on_disk_as_soon_as_they_are_written(tmp_path):
    path = tmp_path / "rejects.jsonl"
    with RejectsWriter(path) as rejects:
        rejects.write(InputRecordError("m.csv", 7, "channel", "missing"))
        # a run killed here (kill -9, no close) keeps what it rejected so far
        assert json.loads(path.read_text(encoding="utf-8")) == {"file": "m.csv", "line": 7, "field": "channel",
                                                                "reason": "missing"}
