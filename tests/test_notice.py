"""Notice analyser: required elements of collection letters, profiles, and rule-pack validation.

The letters in samples/notices/ are invented and complete; tests cut passages out of them and check
that exactly the elements those passages carried are reported missing.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from audit.analysers import build_analysers
from audit.analysers.notice import NoticeAnalyser, available_profiles, load_profile
from audit.errors import RulePackError
from audit.message import Message
from audit.paths import LEXICONS
from audit.rulepack import load_pack, load_rules
from audit.scan import analyse_message

LETTERS = Path(__file__).resolve().parent.parent / "samples" / "notices"
DEFAULT_NINE = ["debtor_id", "amount", "days_overdue", "deadline", "repay_channel", "contact",
                "letter_number", "issue_date", "legal_notice"]


def letter(name: str) -> str:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def cut(text: str, *passages: str) -> str:
    for passage in passages:
        assert passage in text, passage
        text = text.replace(passage, "")
    return text


def notice(text: str | None, channel: str = "notice") -> Message:
    return Message(message_id="N-1", campaign_id="C-2026-11", channel=channel, text=text)


@pytest.fixture(scope="module")
def rules():
    return load_rules([LEXICONS], analyzer="notice")


@pytest.fixture(scope="module")
def default(rules):
    return NoticeAnalyser(rules)


@pytest.fixture(scope="module")
def credit_card(rules):
    return NoticeAnalyser(rules, notice_profile="credit-card")


@pytest.mark.parametrize("name", ["bank_credit_card", "consumer_finance", "online_platform", "bank_traditional"])
def test_complete_letters_have_no_findings(default, name):
    assert default.analyse(notice(letter(name))) == []


@pytest.mark.parametrize("name", ["bank_credit_card", "bank_traditional"])
def test_complete_card_letters_pass_the_credit_card_profile(credit_card, name):
    assert credit_card.analyse(notice(letter(name))) == []


@pytest.mark.parametrize(("name", "passages", "missing"), [
    pytest.param("bank_credit_card", ["函件编号：HXCC-2026-110387"], ["letter_number"], id="no-letter-number"),
    pytest.param("bank_credit_card", ["已逾期68天", "已于2026年8月25日到期，至今未按约定还款，"], ["days_overdue"],
                 id="no-overdue-status"),
    pytest.param("bank_credit_card", ["2026年11月3日\n"], ["issue_date"], id="no-issue-date-other-dates-kept"),
    pytest.param("consumer_finance", ["　　如有疑问，请拨打我司官方客服电话400-123-4567（工作日9:00-18:00）。\n"], ["contact"],
                 id="no-contact"),
    pytest.param("consumer_finance", ["　　如您继续拖欠，我司将按照借款合同约定追究您的违约责任，并可能通过法律途径主张债权。\n"],
                 ["legal_notice"], id="no-legal-notice"),
    pytest.param("consumer_finance", ["请务必在收到本函后五个工作日内结清全部逾期款项。",
                                      "还款方式：登录“安盛消费金融”APP→我的借款→立即还款；或通过银行转账至我司对公账户"
                                      "（户名：安盛消费金融有限公司，开户行：华信银行上海分行，账号：3100****0123）。"],
                 ["deadline", "repay_channel"], id="no-deadline-no-channel"),
    pytest.param("consumer_finance", ["客户姓名：李*娟\n", "借款合同编号：ASXF-JK-20250612-0087\n", "李女士：\n"],
                 ["debtor_id"], id="no-debtor-identification"),
    pytest.param("online_platform", ["当前应还金额：３，２８０．５０元（本金３，０００．００元，服务费２８０．５０元）。\n"],
                 ["amount"], id="no-amount-full-width-digits"),
    pytest.param("online_platform", ["文号：YJ-CJ-20261103-0457\n", "发函日期：2026-11-03\n"],
                 ["letter_number", "issue_date"], id="no-number-no-date"),
    pytest.param("bank_traditional", ["欠款金額為人民幣伍萬貳仟元整。"], ["amount"], id="traditional-no-amount"),
    pytest.param("bank_traditional", ["　　逾期未還，本行將依法追究違約責任並提起訴訟。\n"], ["legal_notice"],
                 id="traditional-no-legal-notice"),
])
def test_letters_missing_elements_get_exactly_those_findings(default, name, passages, missing):
    findings = default.analyse(notice(cut(letter(name), *passages)))
    assert [f.rule_id for f in findings] == [f"notice.missing.{e}" for e in missing]


def test_objection_paragraph_carries_both_objection_channel_and_contact(credit_card):
    text = cut(letter("bank_credit_card"), "　　如您对上述欠款金额有异议，请于收到本函之日起7日内致电我行客服热线95999，"
                                           "并提交相关证明材料，我行将在核实后予以答复。\n")
    assert credit_card.missing_elements(text) == ["contact", "objection_channel"]


@pytest.mark.parametrize("name", ["consumer_finance", "online_platform"])
def test_credit_card_profile_adds_objection_channel_and_seal(default, credit_card, name):
    text = letter(name)
    assert default.missing_elements(text) == []
    assert credit_card.missing_elements(text) == ["objection_channel", "seal"]


def test_unsealed_disclaimer_is_not_a_seal(credit_card):
    text = letter("bank_credit_card").replace("（业务专用章）", "\n本函未加盖业务专用章无效。")
    assert credit_card.missing_elements(text) == ["seal"]


def test_finding_carries_rule_metadata_and_no_span_or_evidence(rules, default):
    [finding] = default.analyse(notice(cut(letter("bank_credit_card"), "函件编号：HXCC-2026-110387")))
    rule = next(r for r in rules if r.id == "notice.missing.letter_number")
    assert finding.to_dict() == {
        "message_id": "N-1", "campaign_id": "C-2026-11", "analyzer": "notice",
        "category": "notice.missing_element", "rule_id": "notice.missing.letter_number",
        "severity": rule.severity.value, "regulation": rule.regulation, "explanation": rule.explanation,
    }


def test_layout_variety_line_breaks_spaces_and_full_width(default):
    text = ("华 信 银 行 信 用 卡 中 心\r\n函件编号：ＨＸ－２０２６－０００１\r\n尊敬的周*先生：\n您已逾期\n４５天，欠款总额为\n"
            "人民币 ８，８００．００ 元。\n请于２０２６年１１月２０日\n前还款。还款方式：手机银行。\n"
            "客服热线：９５９９９\n逾期将依法报送征信。\n\n２０２６年１１月３日")
    assert default.missing_elements(text) == []


def test_empty_notice_misses_every_element(default, credit_card):
    assert [f.rule_id for f in default.analyse(notice(None))] == [f"notice.missing.{e}" for e in DEFAULT_NINE]
    assert len(credit_card.analyse(notice("   "))) == 11


@pytest.mark.parametrize("channel", ["sms", "call", "app", "email"])
def test_other_channels_are_not_judged(default, channel):
    message = notice("请尽快还款。", channel=channel)
    assert not default.applies_to(message)
    assert analyse_message(message, [default]) == []
    assert len(analyse_message(notice("请尽快还款。"), [default])) == len(DEFAULT_NINE)


def test_unknown_profile_is_an_error_listing_the_available_ones(rules):
    assert {"default", "credit-card"} <= set(available_profiles())
    with pytest.raises(RulePackError, match=r"unknown notice profile 'mortgage'; available: .*credit-card.*default"):
        NoticeAnalyser(rules, notice_profile="mortgage")


def test_profile_may_be_a_file_and_build_analysers_passes_the_option(tmp_path, rules):
    path = tmp_path / "short.yml"
    path.write_text("name: short\nelements: [amount, contact]\n", encoding="utf-8")
    analyser = NoticeAnalyser(rules, notice_profile=str(path), unrelated_option=True)
    assert analyser.missing_elements("请尽快还款。") == ["amount", "contact"]
    [built] = build_analysers(["notice"], notice_profile="credit-card", policy="cn-default")
    assert built.profile.elements[-2:] == ("objection_channel", "seal")
    assert load_profile("default").elements == tuple(DEFAULT_NINE)


def test_profile_needing_an_element_without_a_rule_is_an_error(tmp_path, rules):
    path = tmp_path / "extra.yml"
    path.write_text("elements: [amount, witness_signature]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="notice.missing.witness_signature"):
        NoticeAnalyser(rules, notice_profile=str(path))


PACK = """\
pack: t
analyzer: notice
defaults:
  category: notice.missing_element
  fragments:
    num: '\\d+'
rules:
  - id: notice.missing.amount
    severity: high
    regulation: 信用卡业务监督管理办法 第69条
    explanation: 未载明欠款金额。
    patterns: [{pattern}]
    examples:
      match: [欠款100元]
"""


@pytest.mark.parametrize(("pattern", "message"), [
    ("'欠款({num}元'", "patterns\\[0\\] is not a valid regex"),
    ("'欠款{money}'", "unknown fragment \\{money\\}"),
    ("'(?:欠款)?'", "matches empty text"),
])
def test_bad_patterns_are_errors_naming_file_and_rule(tmp_path, pattern, message):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern=pattern), encoding="utf-8")
    with pytest.raises(RulePackError, match=message) as info:
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))
    assert "pack.yml" in str(info.value) and "notice.missing.amount" in str(info.value)


def test_unknown_rule_key_and_wrong_id_are_errors(tmp_path):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern="'欠款{num}元'").replace("    patterns:", "    terms: [欠款]\n    patterns:"),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="unknown key\\(s\\) for a notice rule: terms"):
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))
    path.write_text(PACK.format(pattern="'欠款{num}元'").replace("notice.missing.amount", "notice.amount"),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="notice.missing.<element>"):
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))


def test_fragments_expand_and_example_matching_means_element_present(tmp_path):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern="'欠款{num}元'"), encoding="utf-8")
    [rule] = load_pack(path)
    analyser = NoticeAnalyser([rule], notice_profile=str(_profile(tmp_path)))
    assert analyser.example_matches(rule, "欠款１００元")
    assert not analyser.example_matches(rule, "欠款若干元")
    assert [f.rule_id for f in analyser.analyse(notice("欠款若干元"))] == ["notice.missing.amount"]


def _profile(folder: Path) -> Path:
    path = folder / "amount-only.yml"
    path.write_text(textwrap.dedent("""\
        name: amount-only
        elements: [amount]
    """), encoding="utf-8")
    return path
