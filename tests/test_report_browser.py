"""The report as an officer sees it: headless Chromium loads it, its script runs, its charts are there."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.report import write_campaign_reports
from audit.report.browser import find_chromium, render_page

pytestmark = pytest.mark.skipif(find_chromium() is None,
                                reason="chromium not installed (Debian package 'chromium'; .ci/run installs it)")

TEXTS = ["您好，您的账单已逾期3天，请尽快还款。", "老赖！再不还钱就去你单位闹，让你全家都知道。",
         "<img src=x onerror=alert(1)>请于今日还款", "催收函：您欠款8,000元，请按期还款。"]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    messages = [{"message_id": f"m{i}", "campaign_id": "催收-2026-07", "channel": "notice" if "催收函" in text else "sms",
                 "text": text, "agent_id": f"坐席{i % 2 + 1}", "template_id": f"T{i}",
                 "sent_at": f"2026-07-0{i + 1}T10:00:00+08:00"} for i, text in enumerate(TEXTS)]
    insult = TEXTS[1].index("老赖")
    findings = [
        {"message_id": "m1", "campaign_id": "催收-2026-07", "analyzer": "wording", "category": "abuse.insult",
         "rule_id": "wording.insult.laolai", "severity": "high", "start": insult, "end": insult + 2, "evidence": "老赖",
         "regulation": "民法典 第1024条", "explanation": "称债务人为“老赖”属于侮辱。"},
        {"message_id": "m1", "campaign_id": "催收-2026-07", "analyzer": "wording", "category": "threat.third_party",
         "rule_id": "wording.third_party.family", "severity": "critical", "start": 9, "end": 16, "evidence": TEXTS[1][9:16],
         "regulation": "催收工作指引", "explanation": "以告知家人相威胁。"},
        {"message_id": "m2", "campaign_id": "催收-2026-07", "analyzer": "wording", "category": "misleading.legal",
         "rule_id": "wording.legal.demo", "severity": "medium", "start": 0, "end": 4, "evidence": "<img",
         "regulation": "示例", "explanation": "示例。"},
        {"message_id": "m3", "campaign_id": "催收-2026-07", "analyzer": "notice", "category": "notice.missing_element",
         "rule_id": "notice.missing.deadline", "severity": "medium", "regulation": "信用卡业务监督管理办法 第69条",
         "explanation": "缺少还款期限。"},
    ]
    contacts = ["contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type,outcome,agent_id"]
    contacts += [f"k{h},催收-2026-07,D{h % 3},call,2026-07-03T{h:02d}:15:00+08:00,debtor,no_answer,坐席1" for h in range(6, 24)]
    (base / "messages.jsonl").write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in messages), encoding="utf-8")
    (base / "findings.jsonl").write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in findings), encoding="utf-8")
    (base / "contacts.csv").write_text("\n".join(contacts), encoding="utf-8")
    [folder] = write_campaign_reports(base / "findings.jsonl", [base / "messages.jsonl"], base / "out",
                                      contacts_path=base / "contacts.csv")
    return folder / "report.html"


def test_page_loads_its_script_runs_and_charts_render(report_page):
    rendered = render_page(report_page)
    assert re.search(r'<html[^>]*data-report-ready="ok"', rendered.dom), "the inline script did not run to its end"
    assert rendered.console == [], rendered.console                 # no script error, no CSP violation
    assert rendered.dom.count("<svg") >= 4                          # category, severity, channel, hours at least
    assert "侮辱谩骂" in rendered.dom and "各时段外呼次数" in rendered.dom   # Chinese labels reach the page
    assert "<img" not in rendered.dom and "&lt;img" in rendered.dom   # message text stayed text


def test_a_tampered_script_is_blocked(report_page, tmp_path):
    page = report_page.read_text(encoding="utf-8").replace('"data-report-ready", "ok"', '"data-report-ready", "no"')
    tampered = tmp_path / "tampered.html"
    tampered.write_text(page, encoding="utf-8")
    rendered = render_page(tampered)
    assert not re.search(r"<html[^>]*data-report-ready=", rendered.dom)
    assert any("Content Security Policy" in line for line in rendered.console)


def test_a_chinese_font_is_installed_for_chromium():
    """Without one, Chinese labels render as empty boxes (Debian package fonts-noto-cjk)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        pytest.skip("fontconfig's fc-list is not installed")
    families = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=True).stdout
    assert families.strip(), "no font covers Chinese: apt-get install fonts-noto-cjk"
