"""The quarterly roll-up: monthly rates per category, campaign ranking, agents against last quarter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from audit.cli import main
from audit.report.quarterly import Quarter, write_quarterly_report

# Q2 (earlier quarter): campaign "Q2-A", agent A1 sends 4 messages, one abusive.
# Q3 (reported quarter): "Q3-A" (A1, 2 messages, both abusive) and "Q3-B" (A2, 4 messages, one
# threat in August); one message without sent_at; one finding whose message is not given.
MESSAGES = [
    *[{"message_id": f"p{i}", "campaign_id": "Q2-A", "channel": "sms", "agent_id": "A1",
       "text": "您好，请按时还款。" if i else "老赖快还钱", "sent_at": f"2026-05-0{i + 1}T09:00:00+08:00"} for i in range(4)],
    {"message_id": "a1", "campaign_id": "Q3-A", "channel": "sms", "agent_id": "A1", "text": "老赖，还钱！",
     "sent_at": "2026-07-02T10:00:00+08:00"},
    {"message_id": "a2", "campaign_id": "Q3-A", "channel": "sms", "agent_id": "A1", "text": "骗子，还钱！",
     "sent_at": "2026-07-03T10:00:00+08:00"},
    *[{"message_id": f"b{i}", "campaign_id": "Q3-B", "channel": "sms", "agent_id": "A2",
       "text": "再不还就上门" if i == 0 else "请按时还款。", "sent_at": f"2026-08-0{i + 1}T20:00:00+08:00"} for i in range(4)],
    {"message_id": "b9", "campaign_id": "Q3-B", "channel": "sms", "agent_id": "A2", "text": "请还款。"},
    # 2026-09-30 23:30 in Shanghai is still September, though it is 15:30 UTC
    {"message_id": "b8", "campaign_id": "Q3-B", "channel": "sms", "agent_id": "A2", "text": "请还款。",
     "sent_at": "2026-09-30T23:30:00+08:00"},
]


def insult(mid: str, campaign: str) -> dict:
    return {"message_id": mid, "campaign_id": campaign, "analyzer": "wording", "category": "abuse.insult",
            "rule_id": "wording.insult.laolai", "severity": "high", "evidence": "老赖",
            "regulation": "民法典 第1024条", "explanation": "侮辱债务人。"}


Q2_FINDINGS = [insult("p0", "Q2-A")]
Q3_FINDINGS = [
    insult("a1", "Q3-A"), insult("a2", "Q3-A"),
    {"message_id": "b0", "campaign_id": "Q3-B", "analyzer": "wording", "category": "threat.violence",
     "rule_id": "wording.violence.visit", "severity": "critical", "evidence": "上门",
     "regulation": "催收工作指引", "explanation": "以上门相威胁。"},
    insult("zz", "Q3-B"),
]


@pytest.fixture()
def files(tmp_path: Path) -> dict:
    def jsonl(name: str, records: list[dict]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return path

    return {"messages": jsonl("messages.jsonl", MESSAGES), "q2": jsonl("q2.jsonl", Q2_FINDINGS),
            "q3": jsonl("q3.jsonl", Q3_FINDINGS), "out": tmp_path / "out"}


@pytest.fixture()
def rollup(files: dict) -> dict:
    folder = write_quarterly_report([files["q3"], files["q2"]], [files["messages"]], files["out"], quarter="2026Q3")
    assert sorted(p.name for p in folder.iterdir()) == ["quarterly.html", "quarterly.xlsx", "summary.json"]
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


def test_quarter_parsing():
    assert Quarter.parse("2026Q3").months() == ["2026-07", "2026-08", "2026-09"]
    assert str(Quarter.parse("2026-q1").previous()) == "2025Q4"
    with pytest.raises(ValueError, match="2026Q3"):
        Quarter.parse("2026-07")


def test_months_start_with_the_first_quarter_that_has_data(rollup):
    assert rollup["months"] == ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]
    assert [q["quarter"] for q in rollup["by_quarter"]] == ["2026Q2", "2026Q3"]


def test_monthly_rates_per_category(rollup):
    months = {m["month"]: m for m in rollup["by_month"]}
    assert months["2026-05"]["messages"] == 4
    assert months["2026-05"]["by_category"]["abuse.insult"] == {"findings": 1, "per_1000": 250.0}
    assert months["2026-07"]["by_category"]["abuse.insult"] == {"findings": 2, "per_1000": 1000.0}
    assert months["2026-08"]["by_category"]["threat.violence"]["per_1000"] == 250.0
    assert months["2026-09"]["messages"] == 1                               # local date, not UTC
    assert months["2026-06"]["by_category"]["abuse.insult"]["per_1000"] is None   # no messages: no rate


def test_quarter_totals_and_reconciliation(rollup):
    q2, q3 = rollup["by_quarter"]
    assert (q2["messages"], q2["findings"]) == (4, 1)
    assert (q3["messages"], q3["findings"], q3["critical"]) == (7, 3, 1)
    inputs = rollup["inputs"]
    assert inputs["messages"]["read"] == inputs["messages"]["scanned"] + inputs["messages"]["rejected"] == len(MESSAGES)
    assert inputs["findings"] == 5
    assert inputs["findings_dated_in_window"] + inputs["findings_undated_or_outside"] == inputs["findings"]
    assert inputs["findings_undated_or_outside"] == 1                        # zz has no message
    assert inputs["messages_without_sent_at"] == 1


def test_campaign_ranking_and_agents_against_last_quarter(rollup):
    ranking = [(r["rank"], r["campaign_id"], r["findings_per_1000"]) for r in rollup["campaign_ranking"]]
    assert ranking == [(1, "Q3-A", 1000.0), (2, "Q3-B", 200.0)]              # Q2-A sent nothing in Q3
    agents = {a["agent_id"]: a for a in rollup["top_agents"]}
    assert list(agents) == ["A1", "A2"]
    assert agents["A1"]["findings_per_1000"] == 1000.0 and agents["A1"]["previous_findings_per_1000"] == 250.0
    assert agents["A2"]["previous_findings_per_1000"] is None               # A2 did not work in Q2


def test_html_and_xlsx(files, rollup):
    folder = files["out"] / "2026Q3"
    html = (folder / "quarterly.html").read_text(encoding="utf-8")
    assert "季度合规汇总" in html and html.count("<svg") >= 3 and "侮辱谩骂" in html
    workbook = load_workbook(folder / "quarterly.xlsx")
    ranking = workbook.worksheets[0]
    assert ranking.freeze_panes == "A2" and ranking.auto_filter.ref == "A1:F3"
    assert [c.value for c in ranking[2]][:2] == [1, "Q3-A"]
    summary_cells = [c.value for row in workbook.worksheets[1].iter_rows() for c in row]
    assert "2026Q2" in summary_cells and "2026-08" in summary_cells


def test_cli_quarterly(files):
    runner = CliRunner()
    ok = runner.invoke(main, ["quarterly", str(files["q3"]), str(files["q2"]), "--messages", str(files["messages"]),
                              "--quarter", "2026Q3", "--out", str(files["out"]), "--lang", "en"])
    assert ok.exit_code == 0, ok.output
    assert "Quarterly compliance roll-up" in (files["out"] / "2026Q3" / "quarterly.html").read_text(encoding="utf-8")
    bad = runner.invoke(main, ["quarterly", str(files["q3"]), "--messages", str(files["messages"]),
                               "--quarter", "Q3", "--out", str(files["out"])])
    assert bad.exit_code == 2 and "--quarter" in bad.output


CONTACTS = """contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type,outcome,agent_id
c1,Q2-A,D1,call,2026-05-02T23:30:00+08:00,debtor,no_answer,A1
c2,Q2-A,D1,call,2026-05-03T10:00:00+08:00,debtor,connected,A1
c3,Q3-A,D2,call,2026-07-02T10:00:00+08:00,debtor,connected,A1
c4,Q3-A,D2,call,2026-07-02T22:30:00+08:00,debtor,no_answer,A1
c5,Q3-B,D3,call,2026-08-01T09:00:00+08:00,debtor,busy,A2
c6,Q3-B,D3,call,2026-08-01T10:00:00+08:00,debtor,busy,A2
c7,Q3-B,D3,call,2026-08-01T11:00:00+08:00,debtor,busy,A2
c8,Q3-B,D3,call,2026-08-01T12:00:00+08:00,debtor,busy,A2
"""


def late_call(contact_id: str, campaign: str, debtor: str) -> dict:
    return {"contact_id": contact_id, "debtor_id": debtor, "campaign_id": campaign, "analyzer": "frequency",
            "category": "frequency.time_window", "rule_id": "frequency.allowed_hours", "severity": "high",
            "regulation": "GB/T 45251-2025", "explanation": "在允许时段之外联系。"}


def test_frequency_breach_rates_per_agent_and_month(files, tmp_path):
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    breaches = tmp_path / "frequency.jsonl"
    breaches.write_text("".join(json.dumps(late_call(*args), ensure_ascii=False) + "\n"
                                for args in (("c1", "Q2-A", "D1"), ("c4", "Q3-A", "D2"))), encoding="utf-8")
    folder = write_quarterly_report([files["q3"], files["q2"], breaches], [files["messages"]], files["out"],
                                    quarter="2026Q3", contacts_path=contacts)
    rollup = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    months = {m["month"]: m for m in rollup["by_month"]}
    assert months["2026-05"]["contacts"] == 2
    assert months["2026-05"]["by_category"]["frequency.time_window"] == {"findings": 1, "per_1000": 500.0}
    assert months["2026-08"]["by_category"]["frequency.time_window"] == {"findings": 0, "per_1000": 0.0}
    agents = rollup["top_agents_frequency"]
    assert [(a["agent_id"], a["contacts"], a["contacts_in_breach"]) for a in agents] == [("A1", 2, 1), ("A2", 4, 0)]
    assert agents[0]["breach_per_1000"] == 500.0 and agents[0]["previous_breach_per_1000"] == 500.0
    assert rollup["inputs"]["findings_undated_or_outside"] == 1               # still only zz
    html = (folder / "quarterly.html").read_text(encoding="utf-8")
    assert "频次违规率最高的催收员" in html and "非允许时段联系" in html


def test_cli_quarterly_without_data_in_the_quarter_warns_and_writes_nothing(files):
    result = CliRunner().invoke(main, ["quarterly", str(files["q3"]), "--messages", str(files["messages"]),
                                       "--quarter", "2025Q1", "--out", str(files["out"])])
    assert result.exit_code == 1
    assert "warning:" in result.output and "2025Q1" in result.output
    assert not (files["out"] / "2025Q1").exists()
