"""The one masking function (`audit.masking.mask_evidence`) and every output that goes through it.

Numbers a collector writes with full-width hyphens or speaks digit by digit must not reach a findings
file, a report or an error message; a `debtor_id` that is an ID number neither. All numbers invented.
"""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit.analysers.pii import PiiAnalyser
from audit.analysers.wording import WordingAnalyser
from audit.finding import Finding, Severity
from audit.masking import mask_evidence
from audit.message import Message
from audit.paths import LEXICONS
from audit.pipeline import write_finding
from audit.report import write_campaign_reports
from audit.rulepack import load_pack, load_rules
from tests.pii_support import shared_finder

MOBILE_FULL_WIDTH_HYPHENS = "139－8765－4321"      # full-width hyphens (U+FF0D) between the groups
MOBILE_SPOKEN = "幺三九八七六五四三二幺"              # 13987654321 read out digit by digit
ID_NUMBER = "110105199003071239"                   # invented, valid check digit
# What must never show: the middle digits of each, in any width or spoken.
SECRETS = ("8765", "８７６５", "八七六五", "19900307")

# A wording rule whose span takes in what follows 打款到 (test_wording.py has the same shape of rule).
PACK = """
pack: test.masking
analyzer: wording
defaults:
  regulation: 信用卡业务监督管理办法 第68条
  severity: high
  explanation: 测试规则。
rules:
  - id: t.pay_to
    category: coercion.debt_rollover
    patterns: ['马上打款到.{11}']      # the normalised view has no punctuation: 11 digits
    examples: {match: [马上打款到13987654321]}
"""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"请马上打给{MOBILE_FULL_WIDTH_HYPHENS}", "请马上打给***－****－4321", id="full_width_hyphens"),
    pytest.param("请致电１３９８７６５４３２１", "请致电*******４３２１", id="full_width_digits"),
    pytest.param(f"号码{MOBILE_SPOKEN}记一下", "号码*******四三二幺记一下", id="spoken_digits"),
    pytest.param("号码139—8765—4321", "号码***—****—4321", id="em_dashes"),     # no recognizer: the net
    pytest.param(f"身份证{ID_NUMBER}", "身份证**************1239", id="id_number"),
    pytest.param("客户李娜逾期", "客户李*逾期", id="name"),
    pytest.param("邮箱wang.jianguo@example.com", "邮箱w***********@example.com", id="email"),
])
def test_personal_data_is_masked_to_the_same_length(text: str, expected: str) -> None:
    assert mask_evidence(text) == expected


@pytest.mark.parametrize("text", ["逾期95天，欠款8650元", "您尾号4321的卡", "138****4321", "再不还钱就上门", ""])
def test_what_is_no_personal_data_is_left_as_it_is(text: str) -> None:
    assert mask_evidence(text) == text


def test_masking_twice_changes_nothing_more() -> None:
    text = f"李娜，{MOBILE_FULL_WIDTH_HYPHENS}，{MOBILE_SPOKEN}，{ID_NUMBER}，a.b@example.com"
    once = mask_evidence(text)
    assert mask_evidence(once) == once and len(once) == len(text)


def test_email_net_is_linear() -> None:
    """50,000 letters with no @ took 9 s: the net's e-mail regex tried every start against every end."""
    def cost(n: int) -> float:
        text = "a" * n
        start = time.thread_time()
        mask_evidence(text)
        return time.thread_time() - start

    small, large = min(cost(12_500) for _ in range(3)), min(cost(50_000) for _ in range(3))
    assert large < 0.5 and large / 4 < 3 * max(small, 0.001)


def test_debtor_id_that_is_an_id_number_is_masked_in_a_finding() -> None:
    finding = Finding("frequency", "frequency.daily_cap", "frequency.daily_cap.sms", Severity.HIGH, "c1", "x", "y",
                      contact_id="k1", debtor_id=ID_NUMBER)
    assert finding.to_dict()["debtor_id"] == "**************1239"
    finding.debtor_id = "13987654321"
    assert finding.to_dict()["debtor_id"] == "*******4321"
    finding.debtor_id = "D20260301"          # an account key, no identifier: kept, findings join on it
    assert finding.to_dict()["debtor_id"] == "D20260301"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wording finding on each number and the pii analyser's (both carry the debtor), written as every
    output: findings.jsonl, then the campaign report (findings.csv, findings.xlsx, summary.json,
    report.html) built from it."""
    folder = tmp_path_factory.mktemp("masking")
    pack = folder / "pack.yml"
    pack.write_text(PACK, encoding="utf-8")
    analysers = [WordingAnalyser(load_pack(pack)),
                 PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder())]
    messages = [Message(f"m{i}", "CMP-M", "sms", text=f"再不还，马上打款到{number}，否则后果自负", debtor_id=ID_NUMBER)
                for i, number in enumerate((MOBILE_FULL_WIDTH_HYPHENS, MOBILE_SPOKEN))]
    findings = [f for message in messages for analyser in analysers for f in analyser.analyse(message)]
    assert [(f.rule_id, f.debtor_id) for f in findings] == [("t.pay_to", ID_NUMBER), ("pii.unmasked.mobile", ID_NUMBER)] * 2
    with (folder / "findings.jsonl").open("w", encoding="utf-8") as handle:
        for finding in findings:
            write_finding(handle, finding)
    (folder / "messages.jsonl").write_text("".join(
        json.dumps({"message_id": m.message_id, "campaign_id": m.campaign_id, "channel": "sms", "text": m.text,
                    "debtor_id": m.debtor_id}, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    write_campaign_reports(folder / "findings.jsonl", [folder / "messages.jsonl"], folder / "reports")
    return folder


def _outputs(folder: Path) -> dict[str, str]:
    report = folder / "reports" / "CMP-M"
    workbook = load_workbook(report / "findings.xlsx")
    with (report / "findings.csv").open(encoding="utf-8-sig", newline="") as handle:
        csv_text = "\n".join(",".join(row) for row in csv.reader(handle))
    return {
        "findings.jsonl": (folder / "findings.jsonl").read_text(encoding="utf-8"),
        "findings.csv": csv_text,
        "findings.xlsx": "\n".join(str(cell.value) for sheet in workbook.worksheets
                                   for row in sheet.iter_rows() for cell in row),
        "summary.json": (report / "summary.json").read_text(encoding="utf-8"),
        "report.html": (report / "report.html").read_text(encoding="utf-8"),
    }


@pytest.mark.parametrize("name", ["findings.jsonl", "findings.csv", "findings.xlsx", "summary.json", "report.html"])
def test_no_output_holds_the_numbers(outputs: Path, name: str) -> None:
    text = _outputs(outputs)[name]
    for secret in SECRETS:
        assert secret not in text, (name, secret)


def test_findings_file_shows_masked_evidence_and_debtor(outputs: Path) -> None:
    records = [json.loads(line) for line in _outputs(outputs)["findings.jsonl"].splitlines()]
    assert [r["evidence"] for r in records if r["analyzer"] == "wording"] == ["马上打款到***－****－4321",
                                                                             "马上打款到*******四三二幺"]
    assert [r["debtor_id"] for r in records if r["analyzer"] == "pii"] == ["**************1239"] * 2


@pytest.mark.parametrize("name", ["findings.csv", "findings.xlsx", "summary.json"])
def test_tables_and_summary_show_the_masked_evidence(outputs: Path, name: str) -> None:
    assert "马上打款到***－****－4321" in _outputs(outputs)[name]
