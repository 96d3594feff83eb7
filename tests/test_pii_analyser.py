"""The pii analyser on messages: who speaks, who hears, which PIPL category, and masked evidence only."""

from __future__ import annotations

import json

import pytest

from audit.analysers.pii import PiiAnalyser
from audit.errors import RulePackError
from audit.finding import Severity
from audit.message import Message, Turn
from audit.paths import LEXICONS
from audit.rulepack import Rule, load_rules
from tests.pii_support import shared_finder

ID_NUMBER = "110105199003071239"       # invented, valid check digit
CARD_NUMBER = "6222021234567890128"    # invented, valid Luhn
MOBILE = "13812345678"


@pytest.fixture(scope="module")
def analyser() -> PiiAnalyser:
    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder())


def sms(text: str, recipient: str = "debtor") -> Message:
    return Message(message_id="m1", campaign_id="c1", channel="sms", text=text, recipient_type=recipient)


def call(*turns: tuple[str, str]) -> Message:
    return Message(message_id="m2", campaign_id="c1", channel="call",
                   turns=[Turn(speaker, text) for speaker, text in turns])


def categories(findings) -> set[str]:
    return {f.category for f in findings}


def test_full_id_and_card_in_an_sms_are_unmasked_identifiers(analyser: PiiAnalyser) -> None:
    text = f"您好，您的身份证号{ID_NUMBER}名下还款卡{CARD_NUMBER}已逾期，请尽快还款。"
    findings = analyser.analyse(sms(text))
    by_type = {f.entity_type: f for f in findings if f.category == "pii.unmasked_identifier"}
    assert set(by_type) == {"CN_ID_CARD", "CN_BANK_CARD"}
    card = by_type["CN_BANK_CARD"]
    assert text[card.start:card.end] == CARD_NUMBER
    assert card.evidence.count("0128") == 1 and CARD_NUMBER not in card.evidence
    assert card.severity is Severity.HIGH and "个人信息保护法" in card.regulation


def test_masked_forms_are_not_leaks(analyser: PiiAnalyser) -> None:
    text = "您尾号0128的还款卡已逾期，预留手机138****5678，身份证110***********1239。"
    assert analyser.analyse(sms(text)) == []


def test_a_customer_reading_their_own_number_is_not_a_leak(analyser: PiiAnalyser) -> None:
    message = call(("agent", "请您核对一下身份信息。"), ("customer", f"我的身份证号是{ID_NUMBER}"))
    assert analyser.analyse(message) == []


def test_an_agent_reading_the_number_out_is_a_leak_in_that_turn(analyser: PiiAnalyser) -> None:
    message = call(("customer", "喂？"), ("agent", f"您的手机号是{MOBILE}对吧"))
    (finding,) = analyser.analyse(message)
    assert (finding.category, finding.turn, finding.entity_type) == ("pii.unmasked_identifier", 1, "CN_MOBILE")
    assert MOBILE not in finding.evidence and finding.evidence.endswith("5678对吧")


def test_debt_revealed_to_a_third_party_in_a_call(analyser: PiiAnalyser) -> None:
    message = call(("agent", "您好，请问是张伟的家属吗？"), ("third_party", "我是他同事。"),
                   ("agent", "他在我们平台的借款已经逾期三个月了，欠款8650元。"))
    (disclosure,) = [f for f in analyser.analyse(message) if f.category == "pii.third_party_disclosure"]
    assert (disclosure.rule_id, disclosure.turn) == ("pii.third_party.debt", 2)
    assert message.turns[2].text[disclosure.start:disclosure.end] == "借款"   # one finding per turn, the first word


def test_the_same_words_to_the_debtor_are_no_disclosure(analyser: PiiAnalyser) -> None:
    findings = analyser.analyse(sms("您在我们平台的借款已经逾期三个月了，欠款8650元。"))
    assert "pii.third_party_disclosure" not in categories(findings)


def test_address_told_to_a_third_party(analyser: PiiAnalyser) -> None:
    text = "他住在深圳市南山区科技园路1号阳光花园5栋1203室，对吧？"
    findings = analyser.analyse(sms(text, recipient="third_party"))
    assert [f.entity_type for f in findings if f.category == "pii.third_party_disclosure"] == ["ADDRESS"]


@pytest.mark.parametrize(("text", "rule_id"), [
    pytest.param("我们知道你上个月在人民医院住院。", "pii.sensitive.health", id="health"),
    pytest.param("你儿子在阳光小学读三年级吧？", "pii.sensitive.minors", id="minors"),
    pytest.param("我们知道你现在在东莞一家工厂打工。", "pii.sensitive.whereabouts", id="whereabouts"),
    pytest.param("尊敬的王建国先生，您位于杭州市西湖区文三路90号的住所将有人上门。",
                 "pii.excessive.name_with_address", id="name_with_address"),
    pytest.param("你父亲李国强的电话我们也有。", "pii.excessive.family_contact", id="family"),
])
def test_sensitive_and_excessive_rules(analyser: PiiAnalyser, text: str, rule_id: str) -> None:
    assert rule_id in {f.rule_id for f in analyser.analyse(sms(text))}


def test_no_finding_holds_an_unmasked_identifier(analyser: PiiAnalyser) -> None:
    text = (f"尊敬的王建国先生，您的身份证{ID_NUMBER}、卡号{CARD_NUMBER}、手机{MOBILE}，"
            "住址杭州市西湖区文三路90号，邮箱wang.jianguo@example.com")
    dumped = json.dumps([f.to_dict() for f in analyser.analyse(sms(text, "third_party"))], ensure_ascii=False)
    for secret in (ID_NUMBER, CARD_NUMBER, MOBILE, "王建国", "文三路90号", "wang.jianguo"):
        assert secret not in dumped


def test_a_rule_naming_an_unknown_entity_type_is_a_clear_error() -> None:
    rule = Rule(id="pii.bad", category="pii.sensitive", severity=Severity.LOW, regulation="x", explanation="x",
                analyzer="pii", pack="t", path="lexicons/pii/t.yml", body={"entities": ["CN_PHONE"]},
                match_examples=["x"])
    with pytest.raises(RulePackError, match="pii.bad.*CN_PHONE"):
        PiiAnalyser([rule], finder=shared_finder())
