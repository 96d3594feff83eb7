"""`audit gate`: message JSON Lines on stdin, one verdict per line on stdout, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import main


def line(message_id: str, text: str, **fields) -> str:
    record = {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text, **fields}
    return json.dumps(record, ensure_ascii=False) + "\n"


COMPLIANT = line("G-1", "您好，您本月账单已逾期，请于3月10日前登录App还款。")
THREAT = line("G-2", "再不还钱就去你家打断你的腿。")
INSULT = line("G-3", "你这个老赖，赶紧还钱。")


def run(stdin: str, *args: str):
    return CliRunner().invoke(main, ["gate", *args], input=stdin)


@pytest.fixture(scope="module")
def verdicts():
    result = run(COMPLIANT + THREAT + INSULT)
    assert result.exit_code == 1, result.output     # G-2 is blocked
    return [json.loads(x) for x in result.stdout.splitlines()]


def test_one_verdict_per_message_in_order(verdicts):
    assert [(v["message_id"], v["decision"]) for v in verdicts] == [("G-1", "allow"), ("G-2", "block"), ("G-3", "review")]
    assert "threat.violence" in {f["category"] for f in verdicts[1]["findings"]}
    assert "wording.insult.contempt_label" in {r["rule_id"] for r in verdicts[2]["reasons"]}


@pytest.mark.parametrize(("stdin", "fail_on", "code"), [
    pytest.param(COMPLIANT + THREAT, "block", 1, id="blocked"),
    pytest.param(COMPLIANT + INSULT, "block", 0, id="review_is_not_block"),
    pytest.param(COMPLIANT + INSULT, "review", 1, id="review"),
    pytest.param(COMPLIANT, "review", 0, id="all_allowed"),
])
def test_fail_on_sets_the_exit_code(stdin, fail_on, code):
    result = run(stdin, "--fail-on", fail_on)
    assert result.exit_code == code
    assert "gate: " in result.stderr


def test_bad_record_stops_with_file_line_and_field():
    result = run(COMPLIANT + '{"message_id": "G-9", "campaign_id": "C", "channel": "fax", "text": "您好"}\n')
    assert result.exit_code == 2
    assert "<stdin>:2 field 'channel': unknown channel 'fax'" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["message_id"] == "G-1"


def test_skip_goes_on_after_a_bad_record():
    bad_zone = line("G-8", "您好", debtor_id="D-1", recipient_tz="Mars/Base")
    result = run(bad_zone + "{not json}\n" + COMPLIANT, "--on-error", "skip")
    assert result.exit_code == 0
    assert [json.loads(x)["message_id"] for x in result.stdout.splitlines()] == ["G-1"]
    assert "<stdin>:1 field 'recipient_tz'" in result.stderr and "<stdin>:2: invalid JSON" in result.stderr
    assert "2 rejected" in result.stderr


def test_record_with_a_file_store_persists_between_runs(tmp_path):
    store = f"sqlite:///{tmp_path / 'gate.db'}"
    third_party = {"debtor_id": "D-CLI", "recipient_type": "third_party", "sent_at": "2026-03-02T10:00:00+08:00"}
    first = run(line("T-1", "您好，请转告机主回电。", **third_party), "--store", store, "--record")
    assert json.loads(first.stdout)["recorded"] is True
    second = run(line("T-2", "您好，请转告机主回电。", **third_party), "--store", store, "--fail-on", "block")
    assert second.exit_code == 1
    assert json.loads(second.stdout)["reasons"][0]["rule_id"] == "frequency.third_party.per_day"


def test_unknown_policy_is_exit_2():
    result = run(COMPLIANT, "--policy", "no-such-profile")
    assert result.exit_code == 2 and "no such policy profile" in result.stderr
