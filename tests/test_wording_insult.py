"""Insults as collectors write and speak them (lexicons/wording/insult.yml), judged by the rules alone on whole
messages, so the context pass has its say: regional speech, a debtor called a cheat to a relative, rhetorical
questions about the debtor's worth, praise meant the other way; and the texts beside them that are no insult (a
threat's shame to come, a word defined, a debtor's own words about the lender, a label the speaker was called)."""

from __future__ import annotations

import pytest

from audit.analysers.wording import WordingAnalyser
from audit.message import Message
from audit.readers import message_from_dict

INSULT = "abuse.insult"


def sms(text: str) -> Message:
    return message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms", "recipient_type": "debtor",
                              "text": text})


def insult_rules(wording_rules: WordingAnalyser, text: str) -> set[str]:
    return {finding.rule_id for finding in wording_rules.analyse(sms(text)) if finding.category == INSULT}


@pytest.mark.parametrize(("text", "rule_id"), [
    ("你個衰人，借完錢就唔覆機。", "wording.insult.dialect_label"),
    ("你这人咋这么虎呢，一个电话都不敢接。", "wording.insult.dialect_label"),
    ("你龟儿躲哪点去了，钱还不还嘛。", "wording.insult.dialect_label"),
    ("你就是个辣鸡，电话也不敢接。", "wording.insult.dialect_label"),
    ("你的同事小林是个骗子，借了钱就不见人。", "wording.insult.cheat_charge"),
    ("像你这种张嘴就来的骗子，我们见得多了。", "wording.insult.cheat_charge"),
    ("一千块都拿不出来，你活着图什么？", "wording.insult.worth_question"),
    ("你爹妈是怎么教你的，借了不还还有理了？", "wording.insult.worth_question"),
    ("拖成这样，跟街边讨饭的有什么区别。", "wording.insult.worth_question"),
    ("借了钱装没看见，你良心不会痛吗？", "wording.insult.worth_question"),
    ("欠钱不还，你连三岁小孩都不如。", "wording.insult.worth_question"),
    ("我们的诚信楷模，今天打算还了吗？", "wording.insult.mock_praise"),
    ("哟，大老板终于舍得接电话了。", "wording.insult.mock_praise"),
    ("躲债这份演技，不去当演员真是可惜了。", "wording.insult.mock_praise"),
    ("你是不是zz，说几遍了还不懂。", "wording.insult.latin_abbreviation"),
])
def test_an_insult_of_each_shape_is_found_by_its_rule(wording_rules: WordingAnalyser, text: str, rule_id: str) -> None:
    assert rule_id in insult_rules(wording_rules, text)


@pytest.mark.parametrize("text", [
    # a threat's shame to come is the threat's business
    "再不还，我们就把催款函寄到你们单位，看你还有没有脸上班。",
    # the word defined or denied
    "您这个情况不算老赖，老赖是法院判决后有能力却不履行的人。",
    # a debtor's own words about the lender, and a label the speaker was called
    "你们这帮放贷的畜生，别再打我家里电话了。",
    "上周催收的喊我老赖，我已经录音投诉了。",
    # an award and a customer tier in earnest
    "我行正在评选年度诚信标兵，按时还款的客户均可报名。",
    "感谢您按时还款，您已升级为诚信楷模客户。",
    "恭喜您，本期欠款已全部结清。",
    # an anti-fraud warning and a slogan
    "凡是让您转账到个人账户的就是个骗子，请立即报警。",
    "诚信为本，不做失信小人，按时还款可积累信用。",
    # a homophone spelling only counts said to someone
    "香辣鸡翅套餐的分期账单已出。",
    # a due date before 你, and a Taiwan dollar amount
    "本期还款日你可以提前一天转入还款卡。",
    "您本期應繳金額為NT$3,200，請於月底前繳納。",
])
def test_texts_beside_them_that_are_no_insult(wording_rules: WordingAnalyser, text: str) -> None:
    assert insult_rules(wording_rules, text) == set()
