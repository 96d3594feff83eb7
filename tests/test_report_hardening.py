"""Report sets under hostile data (issue 10, items 7 and 9): control characters, long, reserved and bidi campaign
ids, runs cut short and the leftovers of killed runs."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit.report import write_campaign_reports
from audit.report.campaign import INCOMPLETE_MARKER, MAX_FOLDER_NAME_BYTES, folder_name

REPORT_FILES = {"report.html", "summary.json", "findings.csv", "findings.xlsx"}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


def write_inputs(tmp_path: Path, campaigns: dict[str, str], agent_id: str = "A-01",
                 evidence: str = "傻逼") -> tuple[Path, Path]:
    """One message and one insult finding per campaign id -> (findings file, messages file)."""
    messages, findings = [], []
    for n, (campaign_id, text) in enumerate(campaigns.items()):
        messages.append({"message_id": f"m{n}", "campaign_id": campaign_id, "channel": "sms", "text": text,
                         "agent_id": agent_id})
        findings.append({"message_id": f"m{n}", "campaign_id": campaign_id, "analyzer": "wording",
                         "category": "abuse.insult", "rule_id": "wording.insult.generic", "severity": "high",
                         "regulation": "示例法规 第1条", "explanation": "示例说明。", "evidence": evidence,
                         "start": 0, "end": len(evidence)})
    lines = {"findings.jsonl": findings, "messages.jsonl": messages}
    for name, records in lines.items():
        (tmp_path / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    return tmp_path / "findings.jsonl", tmp_path / "messages.jsonl"


def test_control_characters_are_escaped_in_xlsx_and_kept_in_csv(tmp_path):
    findings, messages = write_inputs(tmp_path, {"C-1": "傻\b逼\x01，快还钱"}, agent_id="A\x01-07", evidence="傻\b逼")
    (folder,) = write_campaign_reports(findings, [messages], tmp_path / "out")
    assert {p.name for p in folder.iterdir()} == REPORT_FILES
    sheet = load_workbook(folder / "findings.xlsx").worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    row = [c.value for c in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert row[header.index("evidence")] == "傻\\x08逼"
    with open(folder / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["evidence"] == "傻\b逼"
    agents = load_workbook(folder / "findings.xlsx").worksheets[1]
    assert "A\\x01-07" in {c.value for row in agents.iter_rows() for c in row}
    assert "\x01" not in (folder / "report.html").read_text(encoding="utf-8")


def test_a_long_cjk_campaign_id_gets_a_bounded_unique_folder(tmp_path):
    first, second = "催收" * 40 + "一期", "催收" * 40 + "二期"          # 84 characters, 252 bytes each
    findings, messages = write_inputs(tmp_path, {first: "请尽快还款，傻逼", second: "请尽快还款，傻逼"})
    folders = write_campaign_reports(findings, [messages], tmp_path / "out")
    assert len({f.name for f in folders}) == 2
    for folder in folders:
        assert len(folder.name.encode("utf-8")) <= MAX_FOLDER_NAME_BYTES
        assert {p.name for p in folder.iterdir()} == REPORT_FILES
    assert folder_name(first).startswith("催收催收")


@pytest.mark.parametrize("campaign_id", ["CON", "nul", "Com1", "lpt9.txt", "aux.", "发票\u202egpj.exe", "a\u2066b"])
def test_reserved_names_and_bidi_controls_stay_out_of_folders_and_html(tmp_path, campaign_id):
    findings, messages = write_inputs(tmp_path, {campaign_id: "傻逼，快还钱"})
    (folder,) = write_campaign_reports(findings, [messages], tmp_path / "out")
    assert folder.name.split(".")[0].upper() not in RESERVED and not folder.name.endswith(".")
    assert not any(ch in folder.name for ch in "\u202e\u2066")
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "\u202e" not in html and "\u2066" not in html
    if "\u202e" in campaign_id:
        assert "发票[U+202E]gpj.exe" in html


def test_a_run_cut_short_leaves_a_marker_until_a_run_completes(tmp_path, monkeypatch):
    findings, messages = write_inputs(tmp_path, {"C-1": "傻逼，快还钱", "C-2": "傻逼，快还钱"})
    out = tmp_path / "out"
    from audit.report import campaign

    real = campaign._write_campaign

    def dies_on_the_second(folder, *args):
        if folder.name == "C-2":
            raise KeyboardInterrupt
        return real(folder, *args)

    monkeypatch.setattr(campaign, "_write_campaign", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        write_campaign_reports(findings, [messages], out)
    assert sorted(p.name for p in out.iterdir()) == ["C-1", INCOMPLETE_MARKER]
    monkeypatch.setattr(campaign, "_write_campaign", real)
    write_campaign_reports(findings, [messages], out)
    assert sorted(p.name for p in out.iterdir()) == ["C-1", "C-2"]


def test_leftovers_of_killed_runs_are_removed_at_the_next_run(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    out = tmp_path / "out"
    out.mkdir()
    stale_folder = out / f".C-1.{dead}.k3j2h1g0.partial"
    stale_folder.mkdir()
    (stale_folder / "summary.json").write_text("{}", encoding="utf-8")
    stale_file = out / f".C-1.{dead}.a1b2c3d4.tmp"
    stale_file.write_text("half", encoding="utf-8")
    running = out / f".C-9.{1}.zzzzzzzz.partial"        # pid 1 always runs: another run's work in progress
    running.mkdir()
    kept = out / ".notes.tmp"                            # not of our naming
    kept.write_text("mine", encoding="utf-8")
    findings, messages = write_inputs(tmp_path, {"C-1": "傻逼，快还钱"})
    write_campaign_reports(findings, [messages], out)
    assert sorted(p.name for p in out.iterdir()) == sorted(["C-1", running.name, kept.name])
