"""`audit scan` end to end: counts add up, bad records fail or are listed, exit codes, output formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import main

MESSAGES = [
    {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "recipient_type": "debtor",
     "text": "【安信消费金融】您的账单已逾期15天，请尽快通过官方APP还款，如有困难可申请分期。"},
    {"message_id": "m2", "campaign_id": "c1", "channel": "sms", "text": "你这个老赖，再不还钱就打断你的腿！"},
    {"message_id": "m3", "campaign_id": "c1", "channel": "call",
     "text": "坐席：您好，这里是还款中心，我们不会上门打扰您。\n客户：你个傻逼，滚！"},
]
BAD = {"message_id": "m4", "campaign_id": "c1", "channel": "fax", "text": "您好"}


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def run(args, **kwargs):
    return CliRunner().invoke(main, args, catch_exceptions=False, **kwargs)


def read_findings(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_scan_finds_agent_abuse_only_and_counts_add_up(tmp_path):
    src = write_jsonl(tmp_path / "m.jsonl", MESSAGES)
    out = tmp_path / "findings.jsonl"
    result = run(["scan", str(src), "--analyzers", "wording", "--out", str(out)])
    assert result.exit_code == 0, result.output
    findings = read_findings(out)
    assert {f["message_id"] for f in findings} == {"m2"}          # the customer's insult in m3 is not judged
    assert {"abuse.insult", "threat.violence"} <= {f["category"] for f in findings}
    for f in findings:
        assert f["analyzer"] == "wording" and f["regulation"] and f["explanation"]
        assert MESSAGES[1]["text"][f["start"]:f["end"]] == f["evidence"]
    assert "read 3, scanned 3, rejected 0" in result.stderr


def test_bad_record_fails_with_file_line_and_field(tmp_path):
    src = write_jsonl(tmp_path / "m.jsonl", [*MESSAGES, BAD])
    result = run(["scan", str(src), "--analyzers", "wording", "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert f"{src}:4 field 'channel'" in result.stderr
    assert not (tmp_path / "f.jsonl").exists()          # no half-written findings file


def test_skip_lists_rejects_without_their_text_and_counts_add_up(tmp_path):
    src = write_jsonl(tmp_path / "m.jsonl", [BAD, *MESSAGES])
    out = tmp_path / "f.jsonl"
    result = run(["scan", str(src), "--analyzers", "wording", "--on-error", "skip", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "read 4, scanned 3, rejected 1" in result.stderr
    [reject] = read_findings(tmp_path / "f.rejects.jsonl")
    assert reject == {"file": str(src), "line": 1, "field": "channel", "reason": reject["reason"]}
    assert "fax" in reject["reason"]


@pytest.mark.parametrize(("threshold", "code"), [("critical", 1), ("low", 1)])
def test_fail_on_severity_sets_exit_code(tmp_path, threshold, code):
    src = write_jsonl(tmp_path / "m.jsonl", MESSAGES)
    result = run(["scan", str(src), "--analyzers", "wording", "--fail-on", threshold, "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == code


def test_clean_input_passes_fail_on(tmp_path):
    src = write_jsonl(tmp_path / "m.jsonl", MESSAGES[:1])
    result = run(["scan", str(src), "--analyzers", "wording", "--fail-on", "low", "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 0
    assert read_findings(tmp_path / "f.jsonl") == []


def test_stdin_input_with_table_on_terminal(tmp_path):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in MESSAGES)
    result = run(["scan", "-", "--analyzers", "wording", "--format", "table", "--out", str(tmp_path / "f.jsonl")],
                 input=data)
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["id", "turn", "severity", "category", "rule_id", "evidence"]
    assert rows and all(row.startswith("m2") for row in rows)


def test_unknown_analyser_and_missing_inputs_are_usage_errors(tmp_path):
    src = write_jsonl(tmp_path / "m.jsonl", MESSAGES)
    assert run(["scan", str(src), "--analyzers", "tone"]).exit_code == 2
    assert run(["scan"]).exit_code == 2
