"""Per-campaign reports: figures that reconcile, verdicts, and documents that are safe to open."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from audit.cli import main
from audit.errors import InputRecordError
from audit.policy import PolicyError, load_policy
from audit.report import write_campaign_reports
from audit.report.campaign import folder_name
from audit.report.context import masked_context
from audit.report.html import attempt_columns
from audit.report.verdict import DEFAULT_THRESHOLDS, judge, thresholds_from_policy

ID_CARD = "110101199003077777"          # invented, valid check digit
MOBILE = "13800138000"                   # invented
CARD = "6222020200112233445"             # invented

# Campaign A: abuse, a threat, an ID number and an impersonating call; two notices, one incomplete.
SMS_ABUSE = f"张伟你这个老赖，再不还钱就打断你的腿！身份证{ID_CARD}都在我们手里。"
SMS_SCRIPT = "<script>alert(1)</script>不还钱就曝光你。联系人电话" + MOBILE
CALL_AGENT = f"你好，我是法院执行局的，明天上门抓你。你的卡号{CARD}已冻结。"
NOTICE_PARTIAL = "催收函：您尾号3445的信用卡欠款5,000元，已逾期30天。"
NOTICE_FULL = "催收函 编号2026-07-001：您欠款5,000元，已逾期30天，请于2026年8月1日前通过官方渠道还款。"


def message(mid: str, channel: str, campaign: str = "CMP-A", **fields) -> dict:
    return {"message_id": mid, "campaign_id": campaign, "channel": channel, **fields}


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def finding(mid: str, category: str, rule: str, severity: str, campaign: str = "CMP-A", **fields) -> dict:
    analyzer = category.split(".")[0]
    analyzer = {"abuse": "wording", "threat": "wording", "misleading": "wording", "coercion": "wording"}.get(analyzer, analyzer)
    return {"message_id": mid, "campaign_id": campaign, "analyzer": analyzer, "category": category, "rule_id": rule,
            "severity": severity, "regulation": "示例法规 第1条", "explanation": "示例说明。", **fields}


MESSAGES = [
    message("a1", "sms", text="您好，您本期账单已逾期，请及时还款。", agent_id="A01", template_id="T-REMIND"),
    message("a2", "sms", text=SMS_ABUSE, agent_id="A02", template_id="T-FREE"),
    message("a3", "sms", text=SMS_SCRIPT, agent_id="A02"),
    message("a4", "call", turns=[{"speaker": "agent", "text": CALL_AGENT}, {"speaker": "customer", "text": "你们到底是谁？"}],
            agent_id="A02"),
    message("a5", "notice", text=NOTICE_PARTIAL, agent_id="A01", template_id="T-NOTICE"),
    message("a6", "notice", text=NOTICE_FULL, agent_id="A01", template_id="T-NOTICE"),
    message("b1", "sms", campaign="CMP-B", text="温馨提示：您的账单将于3日后到期。", agent_id="A03"),
    message("b2", "sms", campaign="CMP-B", text="如有疑问请致电官方客服。", agent_id="A03"),
]

FINDINGS = [
    finding("a2", "abuse.insult", "wording.insult.laolai", "high", evidence="老赖", **span(SMS_ABUSE, "老赖")),
    finding("a2", "threat.violence", "wording.violence.harm", "critical", evidence="打断你的腿", **span(SMS_ABUSE, "打断你的腿")),
    finding("a2", "pii.unmasked_identifier", "pii.cn_id_card", "high", entity_type="CN_ID_CARD",
            evidence="**************7777", **span(SMS_ABUSE, ID_CARD)),
    finding("a3", "threat.exposure", "wording.exposure.generic", "high", evidence="曝光你", **span(SMS_SCRIPT, "曝光你")),
    # a span that cuts the phone number: the context must still never show its unmasked part
    finding("a3", "pii.unmasked_identifier", "pii.cn_mobile", "high", entity_type="CN_MOBILE",
            evidence="+86 *******8000", start=SMS_SCRIPT.index(MOBILE) + 2, end=SMS_SCRIPT.index(MOBILE) + 7,
            note='=HYPERLINK("http://example.invalid","还款")'),
    finding("a4", "misleading.impersonation", "wording.impersonation.court", "critical", turn=0,
            evidence="法院执行局", **span(CALL_AGENT, "法院执行局")),
    finding("a5", "notice.missing_element", "notice.missing.deadline", "medium"),
    finding("a5", "notice.missing_element", "notice.missing.letter_number", "medium"),
    finding("a9", "abuse.insult", "wording.insult.laolai", "high", evidence="老赖"),     # its message is not given
]

CONTACTS = """contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type,outcome,agent_id
k1,CMP-A,D-1001,call,2026-07-03T07:30:00+08:00,debtor,no_answer,A01
k2,CMP-A,D-1001,call,2026-07-03T10:05:00+08:00,debtor,connected,A01
k3,CMP-A,D-1002,call,2026-07-03T23:10:00+08:00,debtor,connected,A02
k4,CMP-A,D-1002,call,2026-07-04T10:00:00+08:00,debtor,no_answer,A02
k5,CMP-A,D-1002,sms,2026-07-04T11:00:00+08:00,debtor,delivered,A02
k6,CMP-B,D-2001,call,2026-07-04T15:00:00+08:00,debtor,busy,A03
"""

FREQUENCY_FINDINGS = [
    {"contact_id": "k1", "debtor_id": "D-1001", "campaign_id": "CMP-A", "analyzer": "frequency",
     "category": "frequency.time_window", "rule_id": "frequency.allowed_hours", "severity": "high",
     "regulation": "GB/T 45251-2025", "explanation": "在允许时段之外联系。"},
    {"contact_id": "k3", "debtor_id": "D-1002", "campaign_id": "CMP-A", "analyzer": "frequency",
     "category": "frequency.time_window", "rule_id": "frequency.allowed_hours", "severity": "high",
     "regulation": "GB/T 45251-2025", "explanation": "在允许时段之外联系。"},
]


def write_jsonl(path: Path, records: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def inputs(tmp_path: Path) -> dict:
    return {
        "messages": write_jsonl(tmp_path / "messages.jsonl", MESSAGES, ('{"campaign_id": "CMP-A", "channel": "sms"}',)),
        "findings": write_jsonl(tmp_path / "findings.jsonl", FINDINGS + FREQUENCY_FINDINGS),
        "contacts": _write(tmp_path / "contacts.csv", CONTACTS),
        "out": tmp_path / "reports",
    }


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def reports(inputs: dict) -> dict[str, Path]:
    folders = write_campaign_reports(inputs["findings"], [inputs["messages"]], inputs["out"],
                                     contacts_path=inputs["contacts"], policy="cn-default")
    return {f.name: f for f in folders}


def summary(folder: Path) -> dict:
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


def test_every_campaign_gets_a_complete_folder(reports):
    assert sorted(reports) == ["CMP-A", "CMP-B"]
    for folder in reports.values():
        assert sorted(p.name for p in folder.iterdir()) == ["findings.csv", "findings.xlsx", "report.html", "summary.json"]
    assert not [p for p in reports["CMP-A"].parent.iterdir() if p.name.startswith(".")]   # no leftovers


def test_counts_reconcile_with_the_inputs(reports):
    a, b = summary(reports["CMP-A"]), summary(reports["CMP-B"])
    read = a["inputs"]["messages"]
    assert (read["read"], read["scanned"], read["rejected"]) == (9, 8, 1)
    assert read["rejected_records"][0]["line"] == 9 and read["rejected_records"][0]["field"] == "message_id"
    assert a["totals"]["messages"] + b["totals"]["messages"] == read["scanned"]
    expected = len(FINDINGS) + len(FREQUENCY_FINDINGS)
    assert a["totals"]["findings"] == expected == a["inputs"]["findings"]
    assert sum(r["findings"] for r in a["by_category"]) == expected
    assert sum(r["findings"] for r in a["by_severity"]) == expected
    assert sum(r["messages"] for r in a["by_channel"]) == a["totals"]["messages"] == 6
    assert a["totals"]["findings_without_message"] == 1                     # a9 is counted, not dropped
    assert a["totals"]["findings_on_contacts"] == 2
    assert b["totals"]["findings"] == 0


def test_rates_are_per_1000_of_what_findings_are_about(reports):
    a = summary(reports["CMP-A"])
    sms = next(r for r in a["by_channel"] if r["channel"] == "sms")
    assert (sms["messages"], sms["flagged_messages"], sms["findings"]) == (3, 2, 5)
    assert sms["findings_per_1000"] == pytest.approx(1666.67)
    insult = next(r for r in a["by_category"] if r["category"] == "abuse.insult")
    assert insult["findings"] == 2 and insult["per_1000"] == pytest.approx(2 * 1000 / 6, abs=0.01)
    window = next(r for r in a["by_category"] if r["category"] == "frequency.time_window")
    assert window["basis"] == "contacts" and window["per_1000"] == pytest.approx(400.0)     # 2 of 5 contacts
    agent = {r["agent_id"]: r for r in a["by_agent"]}
    assert agent["A02"]["findings"] == 6 and agent["A01"]["findings"] == 2
    template = {r["template_id"]: r for r in a["by_template"]}
    assert template["T-NOTICE"]["messages"] == 2 and template["T-NOTICE"]["flagged_messages"] == 1


def test_notice_completeness_and_missing_elements(reports):
    notices = summary(reports["CMP-A"])["notices"]
    assert notices == {"notices": 2, "complete": 1, "completeness_rate": 0.5,
                       "missing_by_element": {"deadline": 1, "letter_number": 1}}
    assert summary(reports["CMP-B"])["notices"]["completeness_rate"] is None


def test_frequency_breaches_by_debtor_agent_and_hour(reports):
    f = summary(reports["CMP-A"])["frequency"]
    assert f["contacts"] == 5 and f["findings"] == 2
    assert f["calls_by_hour"][7] == 1 and f["calls_by_hour"][23] == 1 and f["calls_by_hour"][10] == 2
    assert sum(f["calls_by_hour"]) == 4                                     # the SMS is not a call
    assert [h for h, n in enumerate(f["breach_calls_by_hour"]) if n] == [7, 23]
    assert {r["debtor_id"] for r in f["by_debtor"]} == {"D-1001", "D-1002"}
    agents = {r["agent_id"]: r for r in f["by_agent"]}
    assert agents["A01"]["contacts_in_breach"] == 1 and agents["A01"]["breach_per_1000"] == 500.0
    assert agents["A02"]["breach_per_1000"] == pytest.approx(333.33)
    html = (reports["CMP-A"] / "report.html").read_text(encoding="utf-8")
    frequency_section = html[html.index('<section id="frequency">'):html.index('<section id="inputs">')]
    assert "违规的联系是至少违反一条频次规则的联系次数" in frequency_section


def test_top_rules_and_examples(reports):
    a = summary(reports["CMP-A"])
    assert a["top_rules"][0]["rule_id"] in {"wording.insult.laolai", "frequency.allowed_hours"}
    assert a["top_rules"][0]["findings"] == 2
    examples = a["examples"]
    assert [e["severity"] for e in examples[:2]] == ["critical", "critical"]
    assert len({e["rule_id"] for e in examples}) == len(examples)          # one per rule first
    threat = next(e for e in examples if e["rule_id"] == "wording.violence.harm")
    assert threat["context"]["hit"] == "打断你的腿"
    assert threat["context"]["before"] == "张*你这个老赖，再不还钱就"            # the name is masked
    call = next(e for e in examples if e["rule_id"] == "wording.impersonation.court")
    assert call["context"]["before"] == "你好，我是" and call["turn"] == 0
    assert call["context"]["after"].endswith("卡号***************3445")       # the card number masked whole


def test_verdicts_follow_the_thresholds(reports):
    a, b = summary(reports["CMP-A"]), summary(reports["CMP-B"])
    assert a["verdict"]["verdict"] == "fail"
    assert {r["metric"] for r in a["verdict"]["reasons"]} >= {"critical_per_1000_messages", "notice_completeness_below"}
    assert {"level": "attention", "metric": "findings_without_message", "value": 1, "threshold": 0} in a["verdict"]["reasons"]
    assert b["verdict"]["verdict"] == "pass" and b["verdict"]["reasons"] == []
    assert "notice_completeness_below" in b["verdict"]["not_evaluated"]


def test_judge_levels():
    thresholds = thresholds_from_policy({"fail": {"critical_per_1000_messages": 5},
                                         "attention": {"critical_per_1000_messages": 1}})
    quiet = dict.fromkeys(DEFAULT_THRESHOLDS["fail"], None)
    assert judge({**quiet, "critical_per_1000_messages": 0.5}, thresholds).level == "pass"
    assert judge({**quiet, "critical_per_1000_messages": 2}, thresholds).level == "attention"
    assert judge({**quiet, "critical_per_1000_messages": 6}, thresholds).level == "fail"
    assert judge({**quiet, "notice_completeness_below": 0.95}, thresholds).level == "attention"
    assert judge({**quiet, "notice_completeness_below": 0.5}, thresholds).level == "fail"


@pytest.mark.parametrize(("section", "key", "reason"), [
    ({"fail": {"critical_per_1000": 1}}, "report.fail.critical_per_1000", "unknown metric"),
    ({"fail": {"high_per_1000_messages": -1}}, "report.fail.high_per_1000_messages", "number >= 0"),
    ({"attention": {"notice_completeness_below": 95}}, "report.attention.notice_completeness_below", "share"),
    ({"fail": {"findings_per_1000_messages": 10}, "attention": {"findings_per_1000_messages": 50}},
     "report.attention.findings_per_1000_messages", "looser"),
    ({"warn": {}}, "report", "unknown key"),
])
def test_bad_report_section_names_the_key(section, key, reason):
    with pytest.raises(PolicyError) as raised:
        thresholds_from_policy(section, "my-policy.yml")
    assert raised.value.key == key and reason in raised.value.reason and "my-policy.yml" in str(raised.value)


def test_shipped_profiles_set_valid_thresholds_and_strict_is_stricter():
    default = thresholds_from_policy(load_policy("cn-default").report, "cn-default")
    strict = thresholds_from_policy(load_policy("cn-strict").report, "cn-strict")
    one_critical_in_2000 = {**dict.fromkeys(DEFAULT_THRESHOLDS["fail"], None), "critical_per_1000_messages": 0.5}
    assert judge(one_critical_in_2000, default).level == "attention"
    assert judge(one_critical_in_2000, strict).level == "fail"


def test_null_switches_a_check_off_and_missing_keys_take_defaults():
    thresholds = thresholds_from_policy({"fail": {"critical_per_1000_messages": None}})
    assert thresholds["fail"]["critical_per_1000_messages"] is None
    assert thresholds["fail"]["high_per_1000_messages"] == DEFAULT_THRESHOLDS["fail"]["high_per_1000_messages"]


def test_policy_file_report_section_sets_the_verdict(inputs, tmp_path):
    policy = _write(tmp_path / "lenient.yml", "name: lenient\ntimezone: Asia/Shanghai\nreport:\n"
                    "  fail: {critical_per_1000_messages: null, high_per_1000_messages: null,\n"
                    "         findings_per_1000_messages: null, frequency_breaches_per_1000_contacts: null,\n"
                    "         notice_completeness_below: 0.4}\n"
                    "  attention: {critical_per_1000_messages: 300}\n")
    folders = write_campaign_reports(inputs["findings"], [inputs["messages"]], inputs["out"], policy=str(policy))
    verdict = summary(next(f for f in folders if f.name == "CMP-A"))["verdict"]
    assert verdict["verdict"] == "attention"                               # 2 critical in 6 messages: 333 > 300
    assert {r["level"] for r in verdict["reasons"]} == {"attention"}
    assert "critical_per_1000_messages" in [r["metric"] for r in verdict["reasons"]]


def test_message_text_is_escaped_in_html(reports):
    html = (reports["CMP-A"] / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html
    assert '<script>alert' not in html
    assert html.count("<script") == 1                                      # only the page's own script
    assert "Content-Security-Policy" in html and "default-src &#39;none&#39;" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")   # nothing to fetch


def test_no_unmasked_personal_data_in_any_report_file(reports):
    secrets = [ID_CARD, MOBILE, CARD, ID_CARD[:10], MOBILE[:7], MOBILE[2:9], "张伟"]
    for folder in reports.values():
        for path in folder.iterdir():
            if path.suffix == ".xlsx":
                with zipfile.ZipFile(path) as archive:
                    raw = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
                assert not [s for s in secrets if s in raw], path.name
                text = "\n".join(str(c.value) for ws in load_workbook(path).worksheets
                                 for row in ws.iter_rows() for c in row if c.value is not None)
            else:
                text = path.read_text(encoding="utf-8-sig")
            assert not [s for s in secrets if s in text], path.name
            # no run of 7+ digits survives anywhere outside timestamps
            assert not re.search(r"\d{7,}", re.sub(r"\d{4}-\d\d-\d\dT[\d:+]+", "", text)), path.name


def test_formula_cells_are_neutralised_in_csv_and_xlsx(reports):
    with open(reports["CMP-A"] / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    mobile = next(r for r in rows if r["rule_id"] == "pii.cn_mobile")
    assert mobile["evidence"] == "'+86 *******8000"
    assert mobile["note"].startswith("'=HYPERLINK")
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())

    workbook = load_workbook(reports["CMP-A"] / "findings.xlsx")
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    cells = [c for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [c.value for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["message_id", "contact_id", "debtor_id"] and "note" in header
    assert sheet.max_row == len(FINDINGS) + len(FREQUENCY_FINDINGS) + 1
    assert len(workbook.worksheets) == 2


def test_context_never_shows_part_of_a_cut_number():
    text = f"请联系{MOBILE}，或致电客服"
    start = text.index(MOBILE) + 3                                          # a span inside the number
    context = masked_context(text, start, start + 4)
    shown = context.before + context.hit + context.after
    assert MOBILE not in shown and not re.search(r"\d{5,}", shown)
    assert context.hit.endswith("8000") and context.before == "请联系"


@settings(max_examples=80, deadline=None)
@given(prefix=st.text(alphabet="还款逾期 ab1-,。@", max_size=40), suffix=st.text(alphabet="还款逾期 ab1-,。@", max_size=40),
       start=st.integers(0, 100), length=st.integers(0, 25), window=st.integers(0, 40))
def test_no_context_window_shows_five_digits_of_a_number(prefix, suffix, start, length, window):
    text = prefix + MOBILE + suffix
    start = min(start, len(text))
    context = masked_context(text, start, min(len(text), start + length), window=window)
    if context is not None:
        shown = context.before + context.hit + context.after
        assert not [i for i in range(len(MOBILE) - 4) if MOBILE[i:i + 5] in shown], shown


def test_spaced_numbers_are_widened_as_one_token():
    text = "客户电话 138 0013 8000 已核实"
    start = text.index("0013")
    context = masked_context(text, start, start + 4)
    assert context.hit == "*** **** 8000" and context.before == "客户电话 " and context.after == " 已核实"


def test_context_window_is_clipped_and_marked():
    text = "前" * 50 + "老赖" + "后" * 50
    context = masked_context(text, 50, 52, window=10)
    assert (context.before, context.hit, context.after) == ("前" * 10, "老赖", "后" * 10)
    assert context.clipped_before and context.clipped_after
    assert masked_context(text, 90, 200) is None                            # offsets outside the text


def test_a_failed_write_leaves_the_previous_report(inputs, reports, monkeypatch):
    before = (reports["CMP-A"] / "summary.json").read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("audit.report.campaign.write_xlsx", crash)
    with pytest.raises(OSError):
        write_campaign_reports(inputs["findings"], [inputs["messages"]], inputs["out"])
    assert (reports["CMP-A"] / "summary.json").read_bytes() == before
    # no half-written folder, and the set says it is incomplete
    assert sorted(p.name for p in inputs["out"].iterdir()) == ["CMP-A", "CMP-B", "INCOMPLETE"]


def test_a_failed_first_write_leaves_nothing(inputs, monkeypatch, tmp_path):
    monkeypatch.setattr("audit.report.campaign.write_xlsx", lambda *a, **k: (_ for _ in ()).throw(OSError("boom")))
    out = tmp_path / "fresh"
    with pytest.raises(OSError):
        write_campaign_reports(inputs["findings"], [inputs["messages"]], out)
    assert [p.name for p in out.iterdir()] == ["INCOMPLETE"]     # no folder, and a marker of the cut-short run


def test_campaign_ids_cannot_escape_the_report_folder():
    assert folder_name("CMP-A") == "CMP-A"
    assert folder_name("催收-2026年7月") == "催收-2026年7月"
    for hostile in ("../../etc", "a/b", ".hidden", "a\\b"):
        name = folder_name(hostile)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert folder_name("a/b") != folder_name("a_b")


def test_bad_finding_line_is_named(inputs, tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", FINDINGS[:2], ('{"message_id": "a1", "campaign_id": "CMP-A", '
                      '"analyzer": "wording", "category": "abuse.insult", "rule_id": "x", "severity": "urgent"}',))
    with pytest.raises(InputRecordError) as raised:
        write_campaign_reports(bad, [inputs["messages"]], tmp_path / "out")
    assert (raised.value.line, raised.value.field) == (3, "severity")


def test_cli_report_in_english(inputs):
    result = CliRunner().invoke(main, ["report", str(inputs["findings"]), "--messages", str(inputs["messages"]),
                                       "--contacts", str(inputs["contacts"]), "--out", str(inputs["out"]), "--lang", "en"])
    assert result.exit_code == 0, result.output
    html = (inputs["out"] / "CMP-A" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Collection compliance audit" in html and "Threat of violence" in html
    assert summary(inputs["out"] / "CMP-A")["lang"] == "en"


def test_cli_report_chinese_by_default_and_bad_input_exits_2(inputs, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["report", str(inputs["findings"]), "--messages", str(inputs["messages"]),
                              "--out", str(inputs["out"])])
    assert ok.exit_code == 0, ok.output
    html = (inputs["out"] / "CMP-A" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html and "暴力威胁" in html and "不通过" in html
    bad = _write(tmp_path / "bad.jsonl", "{not json}\n")
    failed = runner.invoke(main, ["report", str(bad), "--messages", str(inputs["messages"]), "--out", str(tmp_path / "x")])
    assert failed.exit_code == 2 and "bad.jsonl:1" in failed.output


def test_scan_with_report_writes_reports_that_match_its_findings(inputs, tmp_path):
    findings = tmp_path / "scan" / "findings.jsonl"
    result = CliRunner().invoke(main, ["scan", str(inputs["messages"]), "--analyzers", "notice", "--on-error", "skip",
                                       "--out", str(findings), "--report", str(tmp_path / "scan" / "report")])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in findings.read_text(encoding="utf-8").splitlines()]
    a = summary(tmp_path / "scan" / "report" / "CMP-A")
    assert a["inputs"]["findings"] == len(written)
    assert a["totals"]["findings"] == sum(f["campaign_id"] == "CMP-A" for f in written)
    assert a["notices"]["notices"] == 2
    assert a["inputs"]["messages"]["read"] == len(MESSAGES) + 1


# Contact summary of campaign 催收-2026-08 (policy cn-default: Asia/Shanghai, 08:00-22:00). Agent A-007 works
# two local days, 3 and 5 attempts, one at 23:00 and one to a relative; A-009 one day of 2; one contact has no
# agent. Debtor ids are account numbers: they must only ever show masked.
SUMMARY_LOG = """contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type,outcome,agent_id
c01,催收-2026-08,ACC-88000000001,call,2026-08-03T09:00:00+08:00,debtor,connected,A-007
c02,催收-2026-08,ACC-88000000001,call,2026-08-03T14:00:00+08:00,debtor,no_answer,A-007
c03,催收-2026-08,ACC-88000000002,call,2026-08-03T23:00:00+08:00,debtor,no_answer,A-007
c04,催收-2026-08,ACC-88000000001,call,2026-08-04T08:30:00+08:00,debtor,busy,A-007
c05,催收-2026-08,ACC-88000000001,call,2026-08-04T10:00:00+08:00,third_party,connected,A-007
c06,催收-2026-08,ACC-88000000002,call,2026-08-04T11:00:00+08:00,debtor,connected,A-007
c07,催收-2026-08,ACC-88000000003,sms,2026-08-04T15:00:00+08:00,debtor,delivered,A-007
c08,催收-2026-08,ACC-88000000003,call,2026-08-04T16:00:00+08:00,debtor,no_answer,A-007
c09,催收-2026-08,ACC-88000000004,call,2026-08-05T10:00:00+08:00,debtor,connected,A-009
c10,催收-2026-08,ACC-88000000004,call,2026-08-05T21:59:00+08:00,debtor,no_answer,A-009
c11,催收-2026-08,ACC-88000000001,call,2026-08-06T09:00:00+08:00,debtor,no_answer,
"""
LATE_CALL = {"contact_id": "c03", "debtor_id": "ACC-88000000002", "campaign_id": "催收-2026-08",
             "analyzer": "frequency", "category": "frequency.time_window", "rule_id": "frequency.allowed_hours",
             "severity": "high", "regulation": "GB/T 45251-2025", "explanation": "在允许时段之外联系。"}


@pytest.fixture()
def summary_report(tmp_path: Path):
    def build(lang: str = "zh", policy: str | Path = "cn-default") -> Path:
        messages = write_jsonl(tmp_path / "m.jsonl", [message("s1", "sms", campaign="催收-2026-08",
                                                              text="您好，您的账单已逾期，请及时还款。", agent_id="A-007")])
        [folder] = write_campaign_reports(write_jsonl(tmp_path / "f.jsonl", [LATE_CALL]), [messages],
                                          tmp_path / f"out-{lang}", contacts_path=_write(tmp_path / "c.csv", SUMMARY_LOG),
                                          policy=policy, lang=lang)
        return folder
    return build


def test_contact_summary_per_agent_in_summary_json(summary_report):
    f = summary(summary_report())["frequency"]
    agents = {r["agent_id"]: r for r in f["by_agent"]}
    assert set(agents) == {"A-007", "A-009"}                                 # c11 has no agent
    a = agents["A-007"]
    assert (a["contacts"], a["days_contacted"], a["attempts_per_day_max"]) == (8, 2, 5)
    assert (a["attempts_per_day_mean"], a["attempts_per_day_median"], a["attempts_per_day_p90"]) == (4.0, 4.0, 4.8)
    assert (a["outside_hours"], a["outside_hours_share"]) == (1, 0.125)
    assert (a["third_party"], a["third_party_share"], a["connected_share"]) == (1, 0.125, 0.375)
    assert (a["contacts_in_breach"], a["breach_per_1000"]) == (1, 125.0)
    b = agents["A-009"]
    assert (b["contacts"], b["days_contacted"], b["outside_hours_share"], b["connected_share"]) == (2, 1, 0.0, 0.5)
    assert [r["agent_id"] for r in f["by_agent"]] == ["A-007", "A-009"]     # worst breach rate first


def test_campaign_contact_totals_top_debtors_and_distribution(summary_report):
    document = summary(summary_report())
    f = document["frequency"]
    assert (f["contacts"], f["debtors_contacted"], f["outside_hours"], f["third_party"]) == (11, 4, 1, 1)
    assert f["outside_hours_share"] == pytest.approx(1 / 11, abs=1e-4)
    top = f["top_debtors_by_contacts"]
    assert [r["debtor_id"] for r in top] == ["ACC-*******0001", "ACC-*******0003", "ACC-*******0004", "ACC-*******0002"]
    assert (top[0]["contacts"], top[0]["days_contacted"], top[0]["attempts_per_day_max"]) == (5, 3, 2)
    assert top[3]["outside_hours"] == 1
    # debtor-days: 0001 has 2, 2, 1; 0002 has 1, 1; 0003 and 0004 have 2 each
    assert f["attempts_per_day"] == [{"attempts": 1, "debtor_days": 3}, {"attempts": 2, "debtor_days": 4}]
    assert document["inputs"]["contact_policy"] == {"name": "cn-default", "timezone": "Asia/Shanghai",
                                                     "allowed_hours": ["08:00", "22:00"]}


def test_html_shows_the_contact_summary_in_both_languages(summary_report):
    zh = (summary_report() / "report.html").read_text(encoding="utf-8")
    table = zh[zh.index('id="contacts-by-agent"'):]
    table = table[:table.index("</table>")]
    row = table[table.index("A-007"):]
    row = row[:row.index("</tr>")]
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells == ["8", "2", "4.00", "4.00", "4.80", "5", "12.5%", "12.5%", "37.5%", "1", "125.00"]
    assert "按催收员的联系概况" in zh and "日次数P90" in zh and "08:00–22:00" in zh
    assert '<title>债务人每日被联系次数分布</title>' in zh                    # the distribution chart
    assert "ACC-*******0001" in zh and "88000000001" not in zh
    en = (summary_report("en") / "report.html").read_text(encoding="utf-8")
    assert "Contacts by agent" in en and "Debtors contacted most" in en and "<title>Attempts per debtor per day" in en


def test_contact_summary_sheet_in_the_workbook(summary_report):
    sheet = load_workbook(summary_report() / "findings.xlsx").worksheets[1]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r[:2] == ["催收员", "联系次数"])
    a007 = rows[rows.index(header) + 1]
    assert a007[:10] == ["A-007", 8, 2, 4.0, 4.0, 4.8, 5, 0.125, 0.125, 0.375]
    assert not [c for r in rows for c in r if isinstance(c, str) and "88000000001" in c]


def test_a_policy_without_allowed_hours_leaves_outside_hours_unjudged(summary_report, tmp_path):
    policy = _write(tmp_path / "no-hours.yml", "name: no-hours\ntimezone: Asia/Shanghai\n")
    folder = summary_report(policy=policy)
    f = summary(folder)["frequency"]
    assert f["outside_hours"] is None and f["outside_hours_share"] is None
    assert all(r["outside_hours_share"] is None for r in f["by_agent"] + f["top_debtors_by_contacts"])
    assert f["third_party_share"] == pytest.approx(1 / 11, abs=1e-4)     # the other figures stand
    assert "策略未设定，未评估" in (folder / "report.html").read_text(encoding="utf-8")


def test_attempts_chart_keeps_empty_days_and_gathers_the_busiest():
    columns = attempt_columns([{"attempts": 1, "debtor_days": 2}, {"attempts": 3, "debtor_days": 1},
                                {"attempts": 15, "debtor_days": 1}, {"attempts": 40, "debtor_days": 2}], "债务人·日")
    assert [c.label for c in columns] == [*map(str, range(1, 15)), "15+"]
    assert [c.value for c in columns[:4]] == [2, 0, 1, 0] and columns[-1].value == 3
