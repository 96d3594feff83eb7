"""First use of the command line (issue 13): outputs that are devices, options checked before reading,
clear errors, plain text in, CSV exports with other headers."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main

CLEAN_SMS = "您好，您的账单已逾期，请于本月底前还款，如有疑问请致电客服。"


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


PHONE_SMS = "张先生您好，您登记的手机13912345678已停机，请处理逾期账单。"     # invented name and number


def _message_file(tmp_path: Path, text: str = CLEAN_SMS) -> Path:
    path = tmp_path / "messages.jsonl"
    record = {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "text": text}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. devices and FIFOs are written in place


def test_out_to_a_link_to_a_device_keeps_the_device(tmp_path: Path) -> None:
    sink = tmp_path / "sink"
    sink.symlink_to(os.devnull)
    result = _run("scan", str(_message_file(tmp_path)), "--out", str(sink))
    assert result.exit_code == 0, result.output
    assert sink.is_symlink() and sink.resolve() == Path(os.devnull).resolve()


def test_out_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = _run("scan", str(_message_file(tmp_path, PHONE_SMS)), "--analyzers", "pii", "--out", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert fifo.is_fifo()                  # not replaced by a regular file
    assert b'"message_id": "m1"' in received[0]


# ---------------------------------------------------------------- 2. every option checked before the first record


def _unreadable_records(tmp_path: Path) -> Path:
    path = tmp_path / "broken.jsonl"
    path.write_text("this line is not JSON\n", encoding="utf-8")
    return path


def _one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


def test_a_misspelt_policy_is_refused_without_contacts_with_a_suggestion(tmp_path: Path) -> None:
    line = _one_error_line(_run("scan", str(_unreadable_records(tmp_path)), "--analyzers", "pii",
                                "--policy", "cn-defualt"))
    assert "cn-defualt" in line and "did you mean 'cn-default'" in line


def test_a_missing_policy_file_is_refused_before_the_scan(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-policy.yml"
    line = _one_error_line(_run("scan", str(_unreadable_records(tmp_path)), "--analyzers", "pii",
                                "--policy", str(missing)))
    assert str(missing) in line


def test_report_with_a_bad_policy_stops_before_writing_findings(tmp_path: Path) -> None:
    out = tmp_path / "findings.jsonl"
    line = _one_error_line(_run("scan", str(_message_file(tmp_path)), "--analyzers", "wording", "--policy",
                                "cn-defualt", "--out", str(out), "--report", str(tmp_path / "report")))
    assert "cn-defualt" in line
    assert not out.exists() and not (tmp_path / "report").exists()


def test_a_misspelt_notice_profile_is_refused_even_when_notices_are_not_judged(tmp_path: Path) -> None:
    line = _one_error_line(_run("scan", str(_unreadable_records(tmp_path)), "--analyzers", "wording",
                                "--notice-profile", "credit-crad"))
    assert "credit-crad" in line and "did you mean 'credit-card'" in line


def test_an_unknown_analyzer_is_one_line_naming_the_known_ones(tmp_path: Path) -> None:
    line = _one_error_line(_run("scan", str(_unreadable_records(tmp_path)), "--analyzers", "wording,nonsense"))
    assert "nonsense" in line and "frequency" in line


# ---------------------------------------------------------------- 3. an unwritable output path is one error line


def test_out_under_a_file_names_the_path_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "taken" / "findings.jsonl"
    line = _one_error_line(_run("scan", str(_message_file(tmp_path)), "--analyzers", "pii", "--out", str(out)))
    assert str(out) in line and "folder" in line


def test_report_folder_under_a_file_stops_before_the_scan(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    out, report = tmp_path / "findings.jsonl", tmp_path / "taken" / "report"
    line = _one_error_line(_run("scan", str(_message_file(tmp_path)), "--analyzers", "pii", "--out", str(out),
                                "--report", str(report)))
    assert str(report) in line
    assert not out.exists()


def test_rejects_and_mask_outputs_under_a_file_name_the_path(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    rejects = tmp_path / "taken" / "rejects.jsonl"
    line = _one_error_line(_run("scan", str(_message_file(tmp_path)), "--analyzers", "pii", "--on-error", "skip",
                                "--rejects", str(rejects), "--out", str(tmp_path / "f.jsonl")))
    assert str(rejects) in line
    masked = tmp_path / "taken" / "masked.jsonl"
    assert str(masked) in _one_error_line(_run("mask", str(_message_file(tmp_path)), "--out", str(masked)))


# ---------------------------------------------------------------- 4. the gate's exit code and its clock

GATE_SMS = {"message_id": "g1", "campaign_id": "c1", "channel": "sms", "debtor_id": "D-NOW-1",
            "recipient_type": "debtor", "text": "您的账单已逾期，请尽快还款。"}
THREAT_SMS = {**GATE_SMS, "message_id": "g2", "text": "再不还钱就去你家打断你的腿。"}


def _gate(records: list[dict], *args: str):
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    result = _run("gate", *args, stdin=lines)
    return result, [json.loads(line) for line in result.stdout.splitlines()]


def test_gate_exits_1_when_a_message_is_blocked_as_the_readme_says() -> None:
    result, verdicts = _gate([THREAT_SMS], "--now", "2026-03-02T10:00:00+08:00")
    assert verdicts[0]["decision"] == "block" and result.exit_code == 1
    readme = Path(__file__).resolve().parents[1] / "README.md"
    assert "exit 1 when any message is blocked" in readme.read_text(encoding="utf-8")
    result, _ = _gate([THREAT_SMS], "--now", "2026-03-02T10:00:00+08:00", "--fail-on", "never")
    assert result.exit_code == 0


def test_gate_without_sent_at_judges_now_and_says_so() -> None:
    result, night = _gate([GATE_SMS], "--now", "2026-03-02T23:30:00+08:00")
    assert night[0]["decision"] == "block", result.output
    reason = night[0]["reasons"][0]
    assert reason["category"] == "frequency.time_window" and "now=2026-03-02T23:30:00+08:00" in reason["explanation"]
    result, day = _gate([GATE_SMS], "--now", "2026-03-02T10:00:00+08:00")
    assert day[0]["decision"] == "allow" and result.exit_code == 0


def test_a_records_now_field_fixes_its_clock() -> None:
    _, verdicts = _gate([{**GATE_SMS, "now": "2026-03-02T23:30:00+08:00"}], "--now", "2026-03-02T10:00:00+08:00")
    assert verdicts[0]["decision"] == "block"
    _, verdicts = _gate([{**GATE_SMS, "sent_at": "2026-03-02T10:00:00+08:00"}], "--now", "2026-03-02T23:30:00+08:00")
    assert verdicts[0]["decision"] == "allow"      # sent_at, when given, is what is judged


# ---------------------------------------------------------------- 5. audit rules list


def test_rules_list_refuses_an_unknown_analyzer_naming_the_known_ones() -> None:
    result = _run("rules", "list", "--analyzer", "wordnig")
    assert result.exit_code == 2
    assert "wordnig" in result.stderr and "did you mean 'wording'" in result.stderr
    assert "wording, pii, frequency, notice, conduct, template" in result.stderr


def test_rules_list_shows_the_frequency_rules_of_the_policy() -> None:
    everything = _run("rules", "list").stdout
    assert "frequency.time_window" in everything and "wording." in everything
    frequency = _run("rules", "list", "--analyzer", "frequency")
    assert frequency.exit_code == 0
    ids = [line.split()[0] for line in frequency.stdout.splitlines()]
    assert "frequency.after_cease" in ids and all(i.startswith("frequency.") for i in ids)
    assert "GB/T 45251" in frequency.stdout     # the policy's citation for the number


# ---------------------------------------------------------------- 6. plain text in

THREAT_TEXT = "再不还钱就去你家打断你的腿。"


def test_scan_text_gives_one_sms_per_line_with_text_ids() -> None:
    result = _run("scan", "--text", f"{PHONE_SMS}\n\n{THREAT_TEXT}", "--analyzers", "pii,wording")
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(f["message_id"], f["category"]) for f in findings} >= {
        ("text-1", "pii.unmasked_identifier"), ("text-2", "threat.violence")}
    assert {f["campaign_id"] for f in findings} == {"text"}
    assert "read 2, scanned 2" in result.stderr        # the blank line is no message


def test_scan_text_from_stdin() -> None:
    result = _run("scan", "--text", "-", "--analyzers", "wording", stdin=THREAT_TEXT + "\n")
    assert [json.loads(line)["message_id"] for line in result.stdout.splitlines()] == ["text-1"]


def test_mask_and_gate_take_plain_text() -> None:
    masked = _run("mask", "--text", "-", stdin=PHONE_SMS + "\n")
    record = json.loads(masked.stdout)
    assert record["message_id"] == "text-1" and "13912345678" not in record["text"] and "5678" in record["text"]
    gated = _run("gate", "--text", f"{CLEAN_SMS}\n{THREAT_TEXT}")
    assert [(v["message_id"], v["decision"]) for v in map(json.loads, gated.stdout.splitlines())] == [
        ("text-1", "allow"), ("text-2", "block")]
    assert gated.exit_code == 1


def test_text_and_message_files_together_are_refused(tmp_path: Path) -> None:
    result = _run("scan", str(_message_file(tmp_path)), "--text", THREAT_TEXT)
    assert result.exit_code == 2 and "not both" in result.output


# ---------------------------------------------------------------- 7. exports with other headers and encodings

CN_HEADER = "编号,批次,渠道,内容,debtorid,sent_time\n"
CN_COLUMNS = "text=内容,message_id=编号,campaign_id=批次,channel=渠道"


def _cn_export(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(CN_HEADER + f"A1,C1,短信,{THREAT_TEXT},D-1,2026-03-02\nA2,C1,催收函,{CLEAN_SMS},D-2,x\n"
                    f"A3,C1,电话,坐席：{CLEAN_SMS},D-3,x\nA4,C1,App,{CLEAN_SMS},D-4,x\n", encoding="utf-8")
    return path


def test_columns_map_another_header_and_chinese_channels_are_read(tmp_path: Path) -> None:
    result = _run("scan", str(_cn_export(tmp_path)), "--columns", CN_COLUMNS, "--analyzers", "wording")
    assert result.exit_code == 0, result.output
    assert "read 4, scanned 4, rejected 0" in result.stderr
    assert [json.loads(line)["message_id"] for line in result.stdout.splitlines()] == ["A1"]


def test_columns_from_a_yaml_file(tmp_path: Path) -> None:
    mapping = tmp_path / "columns.yml"
    mapping.write_text("text: 内容\nmessage_id: 编号\ncampaign_id: 批次\nchannel: 渠道\n", encoding="utf-8")
    result = _run("scan", str(_cn_export(tmp_path)), "--columns", str(mapping), "--analyzers", "wording")
    assert result.exit_code == 0 and "scanned 4" in result.stderr


def test_near_miss_columns_are_warned_about(tmp_path: Path) -> None:
    result = _run("scan", str(_cn_export(tmp_path)), "--columns", CN_COLUMNS, "--analyzers", "wording")
    assert "'debtorid'" in result.stderr and "did you mean 'debtor_id'" in result.stderr
    assert "'sent_time'" in result.stderr and "did you mean 'sent_at'" in result.stderr


def test_missing_required_columns_are_one_error_for_the_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("message,campaign,chanel,text\nA1,C1,sms,您好\n", encoding="utf-8")
    line = _one_error_line(_run("scan", str(path), "--analyzers", "wording"))
    assert f"{path}:1" in line and "message_id, campaign_id, channel" in line
    assert "did you mean 'message'" in line and "did you mean 'chanel'" in line and "--columns" in line


def test_a_misspelt_contract_field_in_columns_is_refused(tmp_path: Path) -> None:
    result = _run("scan", str(_cn_export(tmp_path)), "--columns", "txt=内容")
    assert result.exit_code == 2 and "did you mean 'text'" in result.output


def test_encoding_is_honoured_for_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "gbk.jsonl"
    record = {"message_id": "g1", "campaign_id": "c1", "channel": "短信", "text": THREAT_TEXT}
    path.write_bytes((json.dumps(record, ensure_ascii=False) + "\n").encode("gb18030"))
    result = _run("scan", str(path), "--encoding", "gb18030", "--analyzers", "wording")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["category"] == "threat.violence"
    assert "--encoding" in _one_error_line(_run("scan", str(path), "--analyzers", "wording"))
