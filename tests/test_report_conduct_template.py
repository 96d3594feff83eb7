"""The conduct and template sections of a campaign report, on real findings of the conduct and template
analysers over small invented campaigns: counts, worst calls with masked turns in order, turn timing per
agent, messages per template and stage, drift rates and diffs; and no section where it has nothing to say."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit.analysers.conduct import ConductAnalyser
from audit.analysers.template import TemplateAnalyser
from audit.pipeline import analyse_message
from audit.readers import message_from_dict
from audit.report import write_campaign_reports
from audit.report.browser import find_chromium, render_page

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

CAMPAIGN = "call-2026-11"
PHONE = "13912345678"        # invented; must never reach a report unmasked
CALLS = [
    # to a friend of the debtor: the debt told to them and pressed on them (two high findings, turn 2)
    {"message_id": "K-1", "agent_id": "A-01", "text": f"坐席：您好，请问是王磊吗？\n第三方：我不是，我是他朋友。\n"
                                                      f"坐席：他欠我们平台5000元逾期30天了，你让他赶紧还钱，不然你替他还。"
                                                      f"\n第三方：这跟我没关系。\n坐席：那你记一下，让他打{PHONE}。"},
    # no self-identification only (medium), turns with times: agent interrupts once
    {"message_id": "K-2", "agent_id": "A-02", "turns": [
        {"speaker": "agent", "text": "喂，王磊是吧？", "start": 0.0, "end": 4.0},
        {"speaker": "customer", "text": "是我，什么事？", "start": 4.5, "end": 8.0},
        {"speaker": "agent", "text": "你的账单赶紧处理一下，今天之内还上。", "start": 7.0, "end": 10.0},
        {"speaker": "customer", "text": "好的，我下午处理。", "start": 12.0, "end": 13.0}]},
    # lawful: identified, verified, relief offered
    {"message_id": "K-3", "agent_id": "A-02", "text": "坐席：您好，我是暖阳消费金融的客服，请问是王磊本人吗？\n客户：是我。\n"
                                                      "坐席：这次来电是提醒您账单已逾期5天，如有困难可以申请分期还款。\n客户：好的，谢谢。"},
]
CALL_RECORDS = [{"campaign_id": CAMPAIGN, "channel": "call", "recipient_type": "unknown", **c} for c in CALLS]

SMS_CAMPAIGN = "sms-2026-11"
OD03 = ("【暖阳消费金融】柯*您好，您的“暖阳借”账单已逾期4天，欠款880元，请于10月20日前还款，以免产生更多罚息。"
        "详询400-555-0101。")
DRIFTED = OD03.replace("以免产生更多罚息", "否则后果自负")
SMS = [
    {"message_id": "S-1", "agent_id": "B-01", "template_id": "CL-OD-03", "days_overdue": 4, "text": OD03},
    {"message_id": "S-2", "agent_id": "B-01", "template_id": "CL-OD-03", "days_overdue": 5, "text": DRIFTED},
    {"message_id": "S-3", "agent_id": "B-02", "template_id": "CL-OD-03", "days_overdue": 20, "text": OD03},
    {"message_id": "S-4", "agent_id": "B-02", "template_id": "CL-OD-03", "days_overdue": 3, "text": OD03},
    {"message_id": "S-5", "agent_id": "B-02", "text": "【暖阳消费金融】您的账单已逾期，请尽快还款。"},
]
SMS_RECORDS = [{"campaign_id": SMS_CAMPAIGN, "channel": "sms", "sent_at": "2026-10-15T10:00:00+08:00", **m} for m in SMS]
NOTICE = {"message_id": "N-1", "campaign_id": "letters-2026-11", "channel": "notice", "agent_id": "C-01",
          "text": "催收函：您欠款8,000元，请于2026年12月1日前还款。"}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("conduct_template")
    # the sample campaign's register, with every SMS bound to a template
    policy = base / "policy.yml"
    policy.write_text(f"extends: cn-default\nname: test\ntemplates: {SAMPLES / 'templates.yml'}\n"
                      "require_template: [sms]\n", encoding="utf-8")
    analysers = [ConductAnalyser.from_lexicons(), TemplateAnalyser.from_lexicons(policy=policy)]
    records = [*CALL_RECORDS, *SMS_RECORDS, NOTICE]
    findings = [f.to_dict() for r in records for f in analyse_message(message_from_dict(r), analysers)]
    (base / "messages.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    (base / "findings.jsonl").write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in findings), encoding="utf-8")
    folders = {}
    for lang in ("zh", "en"):
        for folder in write_campaign_reports(base / "findings.jsonl", [base / "messages.jsonl"], base / lang,
                                             policy=policy, lang=lang):
            folders[f"{folder.name}/{lang}"] = folder
    return folders


def summary(folder: Path) -> dict:
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


def test_conduct_counts_by_category_and_agent_reconcile_with_the_findings(reports):
    c = summary(reports[f"{CAMPAIGN}/zh"])["conduct"]
    assert c["calls"] == 3 and c["calls_with_findings"] == 2
    by_category = {r["category"]: r for r in c["by_category"]}
    assert {"conduct.disclosure_before_verification", "conduct.third_party_pressed",
            "conduct.no_self_identification"} <= set(by_category)
    assert sum(r["findings"] for r in c["by_category"]) == c["findings"]
    assert by_category["conduct.third_party_pressed"]["calls"] == 1
    agents = {r["agent_id"]: r for r in c["by_agent"]}
    assert agents["A-01"]["calls"] == 1 and agents["A-02"]["calls"] == 2
    assert agents["A-02"]["calls_with_findings"] == 1            # K-3 is lawful
    assert sum(r["findings"] for r in c["by_agent"]) == c["findings"]


def test_worst_calls_come_most_severe_first_with_masked_turns_in_order_and_the_finding_turn_marked(reports):
    worst = summary(reports[f"{CAMPAIGN}/zh"])["conduct"]["worst_calls"]
    assert [w["message_id"] for w in worst] == ["K-1", "K-2"]    # high findings before a medium one; lawful K-3 absent
    k1 = worst[0]
    assert [t["turn"] for t in k1["turns"]] == sorted(t["turn"] for t in k1["turns"])
    pressed = next(f for f in k1["findings"] if f["category"] == "conduct.third_party_pressed")
    marked = {t["turn"]: t for t in k1["turns"] if t["marked"]}
    assert pressed["turn"] in marked and "conduct.third_party_pressed" in marked[pressed["turn"]]["categories"]
    assert marked[pressed["turn"]]["hit"]                         # the finding's words are marked inside the turn
    assert next(t for t in k1["turns"] if t["turn"] == 1)["speaker"] == "third_party"
    for folder in (reports[f"{CAMPAIGN}/zh"], reports[f"{CAMPAIGN}/en"]):
        for name in ("summary.json", "report.html", "findings.csv"):
            text = (folder / name).read_text(encoding="utf-8-sig")
            assert PHONE not in text and "王磊" not in text, name


def test_the_html_shows_the_call_turns_in_order_with_the_marked_turn(reports):
    html = (reports[f"{CAMPAIGN}/zh"] / "report.html").read_text(encoding="utf-8")
    section = html[html.index('<section id="conduct">'):]
    section = section[:section.index("</section>")]
    assert "通话行为" in html and "向第三方施压" in section and 'class="agent marked"' in section
    assert section.index("第三方</span>") < section.index("<mark>欠我们</mark>")   # turn 1 shown before turn 2's mark
    english = (reports[f"{CAMPAIGN}/en"] / "report.html").read_text(encoding="utf-8")
    assert "Call conduct" in english and "Third party pressed" in english


def test_turn_timing_per_agent_from_start_and_end(reports):
    c = summary(reports[f"{CAMPAIGN}/zh"])["conduct"]
    assert c["timed_calls"] == 1
    [a02] = c["timing_by_agent"]
    # agent 0-4 s and 7-10 s, customer 4.5-8 s and 12-13 s: talk 7 of 11.5 s, one interruption (7 < 8), silence 2 s
    assert a02 == {"agent_id": "A-02", "calls": 1, "agent_talk_share": round(7 / 11.5, 4), "interruptions": 1,
                   "interruptions_per_call": 1.0, "longest_silence_s": 2.0}
    html = (reports[f"{CAMPAIGN}/zh"] / "report.html").read_text(encoding="utf-8")
    assert 'id="call-timing"' in html and "60.9%" in html


def test_template_section_counts_messages_per_template_and_stage_and_drift_rates(reports):
    t = summary(reports[f"{SMS_CAMPAIGN}/zh"])["templates"]
    assert t["messages"] == 5 and t["drift"] == 1 and t["unapproved"] == 1 and t["wrong_stage"] == 1
    stages = {(r["template_id"], r["stage"]): r["messages"] for r in t["by_template_stage"]}
    assert stages == {("CL-OD-03", "early"): 3, ("CL-OD-03", "late"): 1, (None, None): 1}   # S-5: no days overdue
    by_template = {r["template_id"]: r for r in t["by_template"]}
    assert by_template["CL-OD-03"]["messages"] == 4 and by_template["CL-OD-03"]["drift_rate"] == 0.25
    assert by_template[None]["unapproved"] == 1                  # no template id on a require_template channel
    by_agent = {r["agent_id"]: r for r in t["by_agent"]}
    assert by_agent["B-01"]["drift_rate"] == 0.5 and by_agent["B-02"]["drift_rate"] == 0.0


def test_drifted_messages_show_their_word_level_diff(reports):
    t = summary(reports[f"{SMS_CAMPAIGN}/zh"])["templates"]
    [example] = t["drift_examples"]
    assert example["message_id"] == "S-2" and example["template_id"] == "CL-OD-03" and example["agent_id"] == "B-01"
    assert "否则后果自负" in example["evidence"] and "以免产生更多罚息" in example["evidence"]
    html = (reports[f"{SMS_CAMPAIGN}/zh"] / "report.html").read_text(encoding="utf-8")
    assert '<section id="templates">' in html and "否则后果自负" in html and "（无模板编号）" in html


def test_spreadsheet_carries_both_sections(reports):
    sheet = load_workbook(reports[f"{CAMPAIGN}/en"] / "findings.xlsx", read_only=True)["Summary"]
    titles = {row[0] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert {"Call conduct", "Call conduct by agent", "Turn timing by agent"} <= titles
    sheet = load_workbook(reports[f"{SMS_CAMPAIGN}/en"] / "findings.xlsx", read_only=True)["Summary"]
    titles = {row[0] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert {"Template conformance", "Messages per template and stage", "Drift rate by agent"} <= titles


def test_sections_appear_only_when_the_campaign_has_calls_or_templates(reports):
    calls, sms, letters = (summary(reports[f"{c}/zh"]) for c in (CAMPAIGN, SMS_CAMPAIGN, "letters-2026-11"))
    assert calls["templates"] is None and sms["conduct"] is None
    assert letters["conduct"] is None and letters["templates"] is None
    html = (reports["letters-2026-11/zh"] / "report.html").read_text(encoding="utf-8")
    assert 'id="conduct"' not in html and 'id="templates"' not in html


@pytest.mark.skipif(find_chromium() is None, reason="chromium not installed (Debian package 'chromium')")
def test_both_sections_render_in_chromium_without_console_or_csp_errors(reports):
    for campaign in (CAMPAIGN, SMS_CAMPAIGN):
        rendered = render_page(reports[f"{campaign}/zh"] / "report.html")
        assert re.search(r'<html[^>]*data-report-ready="ok"', rendered.dom) and rendered.console == []
    assert "<svg" in rendered.dom[rendered.dom.index('id="templates"'):]     # the drift chart is drawn
