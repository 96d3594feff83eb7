"""The library API: the README's Python and pandas examples run as they are written, and `audit.scan` keeps the
command's reject semantics (every record scanned or rejected, fail or skip)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import audit
from audit.cli import main
from audit.errors import InputRecordError
from audit.finding import FIELD_ORDER
from audit.paths import LEXICONS
from audit.policy import PolicyError

CHECKOUT = Path(__file__).resolve().parent.parent
SECTION = "## From Python and pandas"


def readme_blocks() -> list[str]:
    """The python blocks of the README's API section, in order."""
    readme = (CHECKOUT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(SECTION):]
    section = section[:section.index("\n## ", len(SECTION))]
    return re.findall(r"^```python\n(.*?)^```$", section, flags=re.DOTALL | re.MULTILINE)


@pytest.fixture
def in_a_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The examples' relative paths (samples/...) as in the repository folder; what they write goes to tmp."""
    (tmp_path / "samples").symlink_to(CHECKOUT / "samples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_block(index: int) -> dict:
    namespace: dict = {}
    exec(compile(readme_blocks()[index], f"README.md python block {index + 1}", "exec"), namespace)
    return namespace


def test_the_readme_has_the_three_api_examples() -> None:
    blocks = readme_blocks()
    assert len(blocks) == 3
    assert "audit.scan(" in blocks[0] and "audit.scan_frame(" in blocks[1] and "Gate(" in blocks[2]


def test_readme_python_example_scans_the_sample_like_the_command(in_a_working_folder: Path) -> None:
    ns = run_block(0)
    result, findings = ns["result"], ns["findings"]
    assert result.messages.read == result.messages.scanned + result.messages.rejected == 365
    assert result.contacts.read == 1934 and result.contacts.findings > 0
    assert result.worst() is audit.finding.Severity.CRITICAL
    assert list(findings.columns) == list(FIELD_ORDER)
    assert len(findings) == result.messages.findings + result.contacts.findings
    assert set(findings["analyzer"]) >= {"wording", "pii", "notice", "frequency"}


def test_readme_pandas_example_finds_masks_and_judges_contacts(in_a_working_folder: Path) -> None:
    ns = run_block(1)
    findings, frequency, masked = ns["findings"], ns["frequency"], ns["masked"]
    assert set(findings["message_id"]) == {"m2"}
    assert {"abuse.insult", "threat.violence"} <= set(findings["category"])
    text = ns["messages"].loc[1, "text"]
    for row in findings.itertuples():
        assert text[row.start:row.end] == row.evidence
    assert len(frequency) > 0 and set(frequency["analyzer"]) == {"frequency"}
    assert all(c.startswith("frequency.") for c in frequency["category"])
    assert frequency["contact_id"].notna().all() and frequency["message_id"].isna().all()
    assert masked.loc[2, "text"] == "张*您好，您尾号5678的账单请尽快处理。"
    assert [e["entity_type"] for e in masked.loc[2, "entities"]] == ["PERSON"]


def test_readme_gate_example_decides(in_a_working_folder: Path) -> None:
    ns = run_block(2)
    verdict = ns["verdict"]
    # a lawful text: only the clock can stop it (sent outside 08:00-22:00 Beijing time)
    assert {f.category for f in verdict.findings} <= {"frequency.time_window"}
    assert verdict.decision == ("block" if verdict.findings else "allow")
    assert (in_a_working_folder / "gate.db").exists()


RECORDS = [
    {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "text": "你这个老赖，再不还钱就打断你的腿！"},
    {"message_id": "m2", "campaign_id": "c1", "channel": "fax", "text": "您好"},
    {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "text": "重复的编号"},
    {"message_id": "m3", "campaign_id": "c1", "channel": "sms", "text": "您的账单已逾期，请尽快还款。"},
]


def test_scan_of_records_fails_at_the_first_bad_one_naming_position_and_field() -> None:
    with pytest.raises(InputRecordError, match=r"<records>:2 field 'channel': unknown channel 'fax'"):
        audit.scan(RECORDS, analyzers=["wording"])


def test_scan_of_records_skips_bad_ones_and_counts_add_up() -> None:
    result = audit.scan(RECORDS, analyzers=["wording"], on_error="skip")
    counts = result.messages
    assert (counts.read, counts.scanned, counts.rejected) == (4, 2, 2)
    assert [(e.line, e.field) for e in result.rejected] == [(2, "channel"), (3, "message_id")]
    assert "first at record 1" in result.rejected[1].reason
    assert {f.message_id for f in result.findings} == {"m1"}
    assert counts.findings == len(result.findings) and result.contacts is None


def test_scan_frame_reads_gaps_as_absent_and_names_a_bad_row() -> None:
    frame = pd.DataFrame([{**RECORDS[0], "days_overdue": 3}, {**RECORDS[3], "days_overdue": None}])
    findings = audit.scan_frame(frame, analyzers=["wording"])
    assert set(findings["message_id"]) == {"m1"} and findings["start"].dtype == "Int64"
    with pytest.raises(InputRecordError, match=r"<records>:2 field 'channel'"):
        audit.scan_frame(pd.DataFrame(RECORDS[:2]), analyzers=["wording"])
    skipped = audit.scan_frame(pd.DataFrame(RECORDS[:2]), analyzers=["wording"], on_error="skip")
    assert skipped.attrs["rejected"] == [{"file": "<records>", "line": 2, "field": "channel",
                                          "reason": "unknown channel 'fax'; expected one of sms, notice, call, app, email"}]


def test_scan_rejects_unknown_analyzers_and_missing_inputs() -> None:
    with pytest.raises(ValueError, match="unknown analyzer"):
        audit.scan(RECORDS, analyzers=["tone"])
    with pytest.raises(ValueError, match="frequency analyzer needs contacts"):
        audit.scan(RECORDS, analyzers=["frequency"])
    with pytest.raises(ValueError, match="give messages, contacts, or both"):
        audit.scan()


def test_mask_fails_on_a_bad_record_and_refuses_an_unknown_operator() -> None:
    with pytest.raises(InputRecordError, match=r"<records>:2 field 'channel'"):
        list(audit.mask(RECORDS[:2]))
    with pytest.raises(ValueError, match="OPERATOR one of mask, replace, redact, hash"):
        list(audit.mask(RECORDS[:1], operators={"PERSON": "scramble"}))


def test_import_audit_loads_no_analyzer_changes_no_environment_and_exposes_the_api() -> None:
    code = ("import os, sys, audit; assert [m for m in sys.modules if m.startswith('audit')] == ['audit'];"
            "assert set(audit.__all__) <= set(dir(audit)); environ = dict(os.environ);"
            "import audit.paths, audit.pipeline, audit.recognizers.finder; assert dict(os.environ) == environ;"
            "print(audit.__version__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*\n", done.stdout)
    assert (CHECKOUT / "audit" / "py.typed").exists()


def test_another_lexicons_folder_brings_its_rules_profiles_and_policies(tmp_path: Path) -> None:
    lexicons = tmp_path / "lexicons"
    shutil.copytree(LEXICONS / "notice", lexicons / "notice")
    (lexicons / "notice" / "profiles" / "default.yml").write_text("name: default\nelements: [amount]\n",
                                                                  encoding="utf-8")
    (lexicons / "policies").mkdir()
    (lexicons / "policies" / "house.yml").write_text("name: house\ntimezone: Asia/Shanghai\n"
                                                     "allowed_hours: ['09:00', '18:00']\n", encoding="utf-8")
    letter = {"message_id": "n1", "campaign_id": "c1", "channel": "notice", "text": "请尽快联系我们。"}
    result = audit.scan([letter], analyzers=["notice"], lexicons=lexicons)
    assert [f.rule_id for f in result.findings] == ["notice.missing.amount"]
    (tmp_path / "letters.jsonl").write_text(json.dumps(letter, ensure_ascii=False) + "\n", encoding="utf-8")
    command = CliRunner().invoke(main, ["scan", str(tmp_path / "letters.jsonl"), "--analyzers", "notice",
                                        "--lexicons", str(lexicons), "--out", str(tmp_path / "found.jsonl")])
    assert command.exit_code == 0, command.output
    assert [json.loads(line)["rule_id"] for line in (tmp_path / "found.jsonl").open(encoding="utf-8")] == \
        ["notice.missing.amount"]
    contacts = pd.DataFrame([{"contact_id": "k1", "campaign_id": "c1", "debtor_id": "D1", "channel": "call",
                              "timestamp": "2026-03-02T08:30:00+08:00", "recipient_type": "debtor"}])
    with pytest.raises(PolicyError, match="no such policy profile"):
        audit.analyse_contacts(contacts, policy="house")
    csv = tmp_path / "contacts.csv"
    contacts.to_csv(csv, index=False)
    found = audit.scan(contacts=csv, policy="house", lexicons=lexicons).to_frame()
    assert list(found["rule_id"]) == ["frequency.time_window"]


def test_scans_in_one_process_share_their_analysers_until_a_rule_file_changes(tmp_path: Path) -> None:
    from audit.analysers import scan_analysers

    lexicons = tmp_path / "lexicons"
    shutil.copytree(LEXICONS / "notice", lexicons / "notice")
    profile = lexicons / "notice" / "profiles" / "default.yml"
    profile.write_text("name: default\nelements: [amount]\n", encoding="utf-8")
    letter = {"message_id": "n1", "campaign_id": "c1", "channel": "notice", "text": "请尽快联系我们。"}
    built = scan_analysers(["notice"], lexicons, notice_profile="default", policy="cn-default")
    assert scan_analysers(["notice"], lexicons, notice_profile="default", policy="cn-default") is built
    assert scan_analysers(["notice"], lexicons, notice_profile="credit-card", policy="cn-default") is not built
    assert [f.rule_id for f in audit.scan([letter], analyzers=["notice"], lexicons=lexicons).findings] == \
        ["notice.missing.amount"]
    # the profile edited in place: the next scan reads it
    profile.write_text("name: default\nelements: [contact]\n", encoding="utf-8")
    assert [f.rule_id for f in audit.scan([letter], analyzers=["notice"], lexicons=lexicons).findings] == \
        ["notice.missing.contact"]
