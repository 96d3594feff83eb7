"""Property-based fuzzing (Hypothesis) of the readers, the normaliser and the report writers (issue 10):
whatever the input, a record comes back or is rejected with its line, the offset map stays exact, and a
report set is written or refused with a clear error, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.errors import AuditError, InputRecordError
from audit.message import Message
from audit.normalise import normalise, to_simplified
from audit.readers import iter_messages
from audit.report import write_campaign_reports
from audit.report.campaign import MAX_FOLDER_NAME_BYTES

# what hostile text is made of: lone surrogates (a cut emoji), controls, line ends, quotes, bidi overrides,
# traditional characters (OpenCC), characters NFKC expands or folds, emoji
HOSTILE = ["\ud83d", "\ude00", "\udc80", "\x00", "\x01", "\b", "\x7f", "\r", "\n", "\r\n", '"', ",", "\ufeff",
           "\u202e", "\u2066", "\u200b", "頭髮", "乾淨", "著", "㈱", "ｓｂ", "２４", "😊", "傻", "逼", "。", "，", "CON"]
TEXT = st.lists(st.one_of(st.characters(exclude_categories=()), st.sampled_from(HOSTILE)), max_size=20).map("".join)
ENCODABLE_TEXT = TEXT.map(lambda t: "".join(c for c in t if unicodedata.category(c) != "Cs"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def in_temp_folder(test):
    """Hypothesis runs a test many times: each run gets a folder of its own."""
    def run(*args, **kwargs):
        with tempfile.TemporaryDirectory() as folder:
            return test(Path(folder), *args, **kwargs)
    run.__name__, run.__doc__ = test.__name__, test.__doc__
    return run


# ---------------------------------------------------------------- readers


@FAST
@given(texts=st.lists(ENCODABLE_TEXT, min_size=1, max_size=8), line_end=st.sampled_from(["\n", "\r\n", "\r"]))
def test_csv_written_by_a_csv_writer_reads_back_exactly(texts, line_end):
    with tempfile.TemporaryDirectory() as folder:
        buffer = io.StringIO()
        # Python 3.11's writer leaves a line break unquoted unless it is the line end's; RFC 4180 quotes it
        quoting = csv.QUOTE_ALL if any("\r" in text or "\n" in text for text in texts) else csv.QUOTE_MINIMAL
        writer = csv.writer(buffer, lineterminator=line_end, quoting=quoting)
        writer.writerow(["message_id", "campaign_id", "channel", "text"])
        writer.writerows([f"m{n}", "C-1", "sms", text] for n, text in enumerate(texts))
        path = Path(folder) / "m.csv"
        path.write_bytes(buffer.getvalue().encode("utf-8"))
        records = list(iter_messages(path))
    assert len(records) == len(texts)
    for text, record in zip(texts, records):
        if text.strip():
            assert isinstance(record, Message) and record.text == text
        else:
            assert isinstance(record, InputRecordError) and record.field == "text"


@FAST
@given(body=st.binary(max_size=300))
def test_any_bytes_after_a_csv_header_are_records_or_rejections(body):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.csv"
        path.write_bytes(b"message_id,campaign_id,channel,text\n" + body)
        records = list(iter_messages(path))
    lines = body.count(b"\n") + body.count(b"\r") - body.count(b"\r\n") + 2
    for record in records:
        assert isinstance(record, (Message, InputRecordError))
        if isinstance(record, InputRecordError):
            assert 2 <= record.line <= lines
    ids = [r.message_id for r in records if isinstance(r, Message)]
    assert len(ids) == len(set(ids))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                           max_leaves=8)


@FAST
@given(lines=st.lists(st.one_of(
    JSON_VALUES.map(json.dumps),
    st.fixed_dictionaries({"message_id": TEXT, "campaign_id": TEXT, "channel": st.sampled_from(["sms", "call", "x"]),
                           "text": TEXT}, optional={"turns": JSON_VALUES, "sent_at": TEXT}).map(json.dumps),
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b).map(lambda b: b.decode("latin-1")),
), min_size=1, max_size=6))
def test_any_json_lines_are_records_or_rejections_one_per_line(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.jsonl"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
        records = list(iter_messages(path))
    # blank: nothing but ASCII white space (a JSON Lines file is bytes; a BOM opens the file, not a record)
    blank = sum(1 for n, line in enumerate(lines)
                if not line.removeprefix("\ufeff" if n == 0 else "").encode("utf-8", "surrogatepass").strip())
    assert len(records) == len(lines) - blank
    for record in records:
        if isinstance(record, Message):
            assert json.dumps(record.text, ensure_ascii=False).encode("utf-8")   # writable: no lone surrogate


# ---------------------------------------------------------------- normaliser


@FAST
@given(text=TEXT)
def test_the_offset_map_stays_exact_for_any_text(text):
    view = normalise(text)
    assert len(view.index) == len(view.text)
    assert list(view.index) == sorted(view.index)
    assert all(0 <= i < len(text) for i in view.index)
    for position in range(len(view.text)):
        start, end = view.to_original(position, position + 1)
        assert 0 <= start < end <= len(text)
        assert unicodedata.category(text[start]) != "Cs"        # a lone surrogate never reaches the view
    assert all(0 < b < len(view.text) for b in view.clause_breaks)
    assert set(view.sentence_breaks) <= set(view.clause_breaks)
    cleaned = normalise(text.translate({c: "\ufffd" for c in range(0xD800, 0xE000)}))
    assert (cleaned.text, list(cleaned.index)) == (view.text, list(view.index))
    assert isinstance(to_simplified(text), str)


# ---------------------------------------------------------------- report writers


CAMPAIGN_IDS = st.one_of(TEXT.filter(lambda t: t.strip()), st.sampled_from(["CON", "nul.txt", "催收" * 45, "..", "a/b"]))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns=st.dictionaries(CAMPAIGN_IDS, TEXT.filter(lambda t: t.strip()), min_size=1, max_size=3),
       evidence=TEXT, agent_id=TEXT)
def test_reports_are_written_or_refused_clearly(campaigns, evidence, agent_id):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        messages = [{"message_id": f"m{n}", "campaign_id": c, "channel": "sms", "text": t, "agent_id": agent_id or "A"}
                    for n, (c, t) in enumerate(campaigns.items())]
        findings = [{"message_id": m["message_id"], "campaign_id": m["campaign_id"], "analyzer": "wording",
                     "category": "abuse.insult", "rule_id": "wording.insult.generic", "severity": "high",
                     "evidence": evidence, "start": 0, "end": 1} for m in messages]
        for name, records in (("f.jsonl", findings), ("m.jsonl", messages)):
            (base / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        out = base / "out"
        try:
            folders = write_campaign_reports(base / "f.jsonl", [base / "m.jsonl"], out)
        except AuditError:
            return
        for report in folders:
            assert report.parent == out and len(report.name.encode("utf-8")) <= MAX_FOLDER_NAME_BYTES
            assert {p.name for p in report.iterdir()} == {"report.html", "summary.json", "findings.csv",
                                                          "findings.xlsx"}
        assert not (out / "INCOMPLETE").exists()
