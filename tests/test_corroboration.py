"""Corroboration (lexicons/wording/context/corroboration.yml): a phrase rule with a poor record on the labelled sets
keeps its finding only when the classifier, or a second rule of the category, agrees; the gate reviews what a scan
drops."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np
import pytest

from audit.analysers.wording import (
    CORROBORATION_FILE,
    Corroboration,
    ReportedQuotations,
    WordingAnalyser,
    speech_view,
)
from audit.errors import RulePackError
from audit.gate import DEFAULT_RULE_FLOOR, Gate
from audit.message import Message
from audit.paths import LEXICONS
from audit.vocabulary import Severity

# A notary office claiming the debtor's case: wording.frame.posed_authority_claims_case, a listed rule, is the only
# misleading.legal finding (the posing itself is misleading.impersonation's, another rule's)
NOTARY = "这里是临河市公证处，您的借款合同已经做了强制执行公证，请三天内还清。"
NOTARY_RULE = "wording.frame.posed_authority_claims_case"
# A collector saying "we" have filed the case and a court officer is "coming to serve papers": two misleading.legal
# rules, the first listed
COURT = "你那个借款纠纷我们这里已经立案了，近期法院工作人员会上门送达，下午前跟平台联系。"
COURT_RULES = {"wording.legal.authority_own_case", "wording.legal.court_visit"}
COURT_LISTED = "wording.legal.authority_own_case"


# A workplace threat (wording.third_party.workplace, not a listed rule), said to the reader and reported in quotation
# marks by a quality check, a ruling, a reader's letter; and pasted as it was received
THREAT = "再拖着不还，就把这事告诉你们领导和同事"
SAID = f"{THREAT}，你自己掂量清楚。"
REPORTS = (f"质检复核：坐席对客户说了“{THREAT}”，已记过处理。",
           f"裁定书摘录：上诉人发给被害人的短信写着「{THREAT}」，本院认为已构成滋扰。",
           f'读者来信：催收员在电话里说"{THREAT}"，希望媒体关注此事。')
PASTED = (f"客户投诉，附原文：“{THREAT}”", f"你看看你们的催收发的什么：“{THREAT}”", f"“{THREAT}”，请今天内还款。",
          f"对方发来的短信：“{THREAT}”")


def sms(text: str) -> Message:
    return Message(message_id="M-1", campaign_id="CMP-1", channel="sms", text=text, recipient_type="debtor")


@pytest.fixture(scope="module")
def analyser() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons()


@pytest.fixture(scope="module")
def rules_alone() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons(model=False)


@pytest.fixture()
def classifier_sees(analyser: WordingAnalyser, monkeypatch: pytest.MonkeyPatch):
    """Make the classifier score every category at `ratio` of its threshold (0: it sees nothing)."""
    def set_ratio(ratio: float) -> None:
        thresholds = analyser.classifier.floors(None)
        monkeypatch.setattr(analyser.classifier, "scores_many",
                            lambda views: np.tile(thresholds * ratio, (len(views), 1)))
    return set_ratio


def rule_ids(analyser: WordingAnalyser, text: str) -> set[str]:
    return {finding.rule_id for finding in analyser.analyse(sms(text))}


def test_the_shipped_policy_lists_loaded_rules_and_asks_listed_ones_more():
    policy = Corroboration.load(LEXICONS / CORROBORATION_FILE)
    loaded = {rule.id for rule in WordingAnalyser.from_lexicons(model=False).rules}
    assert policy.rules and policy.rules <= loaded
    assert {NOTARY_RULE, COURT_LISTED} <= policy.rules
    others = policy.other_fraction.values() if isinstance(policy.other_fraction, Mapping) else [policy.other_fraction]
    assert others and all(0 < other <= policy.fraction <= 1 for other in others)
    assert policy.min_chars > len(speech_view(NOTARY).text) // 2 and policy.min_chars <= len(speech_view(NOTARY).text)


def test_a_listed_rule_is_dropped_when_the_classifier_sees_nothing_and_kept_when_it_agrees(analyser, classifier_sees):
    classifier_sees(0.0)
    assert NOTARY_RULE not in rule_ids(analyser, NOTARY)
    classifier_sees(analyser.corroboration.fraction)     # at the policy's fraction of the threshold: corroborated
    assert NOTARY_RULE in rule_ids(analyser, NOTARY)
    classifier_sees(1.0)        # over the threshold: kept, and carries the classifier's score
    [finding] = [f for f in analyser.analyse(sms(NOTARY)) if f.rule_id == NOTARY_RULE]
    assert finding.score is not None


def test_the_real_classifier_decides_by_its_score_for_the_category(analyser):
    thresholds = analyser.classifier.floors(None)
    category = analyser.classifier.categories.index("misleading.legal")
    ratio = analyser.classifier.scores_many([[speech_view(NOTARY)]])[0][category] / thresholds[category]
    assert (NOTARY_RULE in rule_ids(analyser, NOTARY)) == (ratio >= analyser.corroboration.fraction)


def test_a_second_rule_of_the_category_corroborates(analyser, classifier_sees):
    classifier_sees(0.0)
    assert rule_ids(analyser, COURT) >= COURT_RULES


def test_findings_over_one_phrase_are_one_voice_not_two(analyser, rules_alone, classifier_sees):
    # wording.rollover.borrow_anywhere (去借点钱) and the frames urge_borrow and borrow_to_repay read the same words:
    # one finding stays of them, and a frame over the rule's own phrase does not corroborate it
    text = "没钱就去借点钱，今天之内必须把这一期的账单还上，别再一天天往后拖了。"
    assert len(speech_view(text).text) >= analyser.corroboration.min_chars     # long enough for the classifier to be asked
    assert [f.category for f in rules_alone.analyse(sms(text))].count("coercion.debt_rollover") == 1
    classifier_sees(0.0)
    assert "coercion.debt_rollover" not in {f.category for f in analyser.analyse(sms(text))}
    classifier_sees(analyser.corroboration.fraction_of("wording.rollover.borrow_anywhere", "coercion.debt_rollover"))
    assert "coercion.debt_rollover" in {f.category for f in analyser.analyse(sms(text))}


def test_speech_too_short_for_the_classifier_is_not_asked(analyser, classifier_sees):
    classifier_sees(0.0)
    short = "你个煞笔"      # wording.insult.obscene, in four characters: too few n-grams for the classifier's silence to count
    assert len(speech_view(short).text) < analyser.corroboration.min_chars
    assert "abuse.insult" in {f.category for f in analyser.analyse(sms(short))}


def test_rules_alone_drop_nothing(rules_alone):
    assert rules_alone.corroboration is None
    assert NOTARY_RULE in rule_ids(rules_alone, NOTARY)


def test_the_gate_reviews_an_uncorroborated_finding_a_scan_drops(monkeypatch):
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=None)
    classifier = gate.wording.classifier
    monkeypatch.setattr(classifier, "scores_many", lambda views: np.zeros((len(views), len(classifier.categories))))
    monkeypatch.setattr(classifier, "scores", lambda views: np.zeros(len(classifier.categories)))
    verdict = gate.check({"message_id": "M-1", "campaign_id": "CMP-1", "channel": "sms", "text": NOTARY})
    assert verdict.decision == "review"
    [finding] = [f for f in verdict.findings if f.rule_id == NOTARY_RULE]
    assert finding.severity is Severity.LOW and "转人工复核" in finding.explanation
    gate.close()


def test_other_rules_ask_their_own_categorys_fraction(tmp_path):
    path = tmp_path / "corroboration.yml"
    path.write_text("classifier_fraction: 0.05\nother_rules_fraction:\n  abuse.insult: 0.002\n  threat.violence: 0.01\n"
                    "rules: [wording.insult.obscene]\n", encoding="utf-8")
    policy = Corroboration.load(path)
    assert policy.fraction_of("wording.insult.obscene", "abuse.insult") == 0.05
    assert policy.fraction_of("wording.insult.contempt_label", "abuse.insult") == 0.002
    assert policy.fraction_of("wording.violence.show_up", "threat.violence") == 0.01
    assert policy.fraction_of("wording.legal.jail", "misleading.legal") is None     # a category not given: not asked


def test_long_speech_asks_at_least_its_own_fraction_of_a_finding_asked_at_all(tmp_path):
    path = tmp_path / "corroboration.yml"
    path.write_text("classifier_fraction: 0.05\nother_rules_fraction:\n  abuse.insult: 0.002\n"
                    "long_speech_chars: 60\nlong_speech_fraction: 0.02\nrules: [wording.insult.obscene]\n",
                    encoding="utf-8")
    policy = Corroboration.load(path)
    assert policy.fraction_of("wording.insult.contempt_label", "abuse.insult", speech_chars=59) == 0.002
    assert policy.fraction_of("wording.insult.contempt_label", "abuse.insult", speech_chars=60) == 0.02
    assert policy.fraction_of("wording.insult.obscene", "abuse.insult", speech_chars=200) == 0.05   # already more
    assert policy.fraction_of("wording.legal.jail", "misleading.legal", speech_chars=200) is None   # never asked


@pytest.mark.parametrize(("body", "message"), [
    ("rules: []\n", "needs 'classifier_fraction' and 'rules'"),
    ("classifier_fraction: 0\nrules: []\n", "in (0, 1]"),
    ("classifier_fraction: 0.1\nother_rules_fraction: 2\nrules: []\n", "in (0, 1]"),
    ("classifier_fraction: 0.1\nother_rules_fraction:\n  abuse.insult: 0\nrules: []\n", "in (0, 1]"),
    ("classifier_fraction: 0.1\nrules: [1]\n", "a list of rule ids"),
    ("classifier_fraction: 0.1\nmin_speech_chars: -1\nrules: []\n", "a whole number"),
    ("classifier_fraction: 0.1\nlong_speech_chars: 60\nrules: []\n", "go together"),
    ("classifier_fraction: 0.1\nlong_speech_chars: 60\nlong_speech_fraction: 0\nrules: []\n", "in (0, 1]"),
    ("classifier_fraction: 0.1\nreported_quote_fraction: 1.5\nrules: []\n", "in (0, 1]"),
])
def test_a_bad_policy_is_refused(tmp_path, body, message):
    path = tmp_path / "corroboration.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RulePackError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Corroboration.load(path)


def hit_of(text: str) -> tuple[int, int]:
    start = text.index("告诉你们领导")
    return start, start + len("告诉你们领导")


@pytest.mark.parametrize("text", REPORTS)
def test_a_quotation_the_message_reports_is_told_apart(text):
    assert ReportedQuotations.of({None: text}).holds(None, *hit_of(text))


@pytest.mark.parametrize("text", (SAID, *PASTED))
def test_words_said_or_pasted_or_asked_for_payment_are_no_report(text):
    assert not ReportedQuotations.of({None: text}).holds(None, *hit_of(text))


def test_a_reported_quotation_in_one_turn_is_said_when_another_turn_addresses_the_reader():
    report = REPORTS[0]
    assert ReportedQuotations.of({0: report, 2: "已记录。"}).holds(0, *hit_of(report))
    assert not ReportedQuotations.of({0: report, 2: "你听清楚了吗？"}).holds(0, *hit_of(report))


def test_a_reported_quotation_needs_the_classifier_at_the_larger_fraction(analyser, classifier_sees):
    policy = analyser.corroboration
    workplace = policy.fraction_of("wording.third_party.workplace", "threat.third_party")
    assert policy.quoted_fraction is not None and workplace is not None and workplace < policy.quoted_fraction
    classifier_sees(workplace)      # enough for the threat said to the reader, not for the reported one
    assert "wording.third_party.workplace" in rule_ids(analyser, SAID)
    assert all("wording.third_party.workplace" not in rule_ids(analyser, text) for text in REPORTS)
    classifier_sees(policy.quoted_fraction)
    assert all("wording.third_party.workplace" in rule_ids(analyser, text) for text in REPORTS)


# Messages that tell of collection in their own words: a collector named in the third person with a verb of saying
# (quoted or paraphrased, no quotation marks needed), a quotation beside a review's verdict, the words pasted after a
# record's field label or on a line marked wrong, the writer as the one pressed; and their twins, where the words
# outside the quotation demand payment or speak to one reader as a sender does, or a call is written out by speaker
TOLD = (f"我是借款人的母亲，你们的业务员昨天打电话给我说{THREAT}，我们老两口吓得一晚没睡，请核实。",
        f"录音质检：坐席在通话中对客户家属说{THREAT}，判定为以告知第三方施压，扣5分。",
        f"拦截日志 / 被拦截短信：“{THREAT}” / 结论：违规，不予下发。",
        f"录音质检单\n录音摘录 03:12 坐席原话：{THREAT}，你看着办。\n判定：以告知第三方施压，扣5分。",
        f"工单（运营商转办）\n用户投诉号码发送内容：{THREAT}。\n核查结果：已关停该号码。",
        f"培训课件\n× {THREAT}\n√ 如协商不成，委托方可能依法向法院起诉",
        f"这半个月催收的天天打我电话，还说{THREAT}，我都不敢开机了。",
        # … quoted without marks: after a saying set off by spaces, under a speaker's label, under a label line, listed
        f"工单备注\n客户反映收到短信 {THREAT} ，要求核实。\n处理：已转质检复核录音。",
        f"录音时间轴\n01:05 客户：我最近手头紧\n01:20 坐席：{THREAT}\n质检意见：以告知第三方施压，扣25分。",
        f"拦截记录 #0088\n原短信内容如下\n{THREAT}\n命中：第三方施压 ｜ 动作：拦截并通知模板负责人",
        f"违规话术清单（本周新增）\n1. {THREAT}\n2. 今天不还就等着坐牢\n以上话术一律禁止，发现即按A类违规处理。")
SENT = (f"催收员说了，{THREAT}，请于今日内还清欠款。",
        f"审核通过的提醒：您的逾期信息已登记，“{THREAT}”，望知悉。",
        f"逾期告知\n短信内容：{THREAT}。\n请于今日内还清欠款，我们已做好上门准备。",
        f"坐席：{THREAT}，你看着办。\n客户：我在录音，我要投诉你们。",
        f"××市人民法院\n注意事项：{THREAT}，你自己掂量清楚。",
        f"01:05 客户：我最近手头紧，投诉也没用\n01:20 坐席：{THREAT}",
        f"我们的人这几天都在附近转悠，{THREAT}，钱准备好了就给我打电话。",
        f"喂 是张先生吧 {THREAT} 我跟你讲 你别不当回事 这通电话有录音",
        f"模板ID: T31 | 阶段: M3 | 内容: {THREAT}，审核快，先还清本平台欠款。")


@pytest.mark.parametrize("text", TOLD)
def test_a_message_telling_of_collection_is_a_report_as_a_whole(text):
    assert ReportedQuotations.of({None: text}).whole
    assert ReportedQuotations.of({None: text}).holds(None, *hit_of(text))


@pytest.mark.parametrize("text", SENT)
def test_a_message_that_demands_or_speaks_to_its_reader_is_no_report_as_a_whole(text):
    assert not ReportedQuotations.of({None: text}).whole


# Collection told in paraphrase, no quotation and no field label: a report's opening, or the collector side in the
# third person doing or saying something to the writer or to another; twins that greet or address their reader, where
# the sender names itself in the sentence, or an answer that states the claim itself
NARRATED = ("本院认为，被告在原告逾期后多次致电其工作单位，并告知同事其欠款情况，侵害了原告的隐私权。",
            "网友反映，某平台催收让她把老家的房子抵押出去还款，她觉得很不合理。",
            "法院查明，被告公司员工向借款人的联系人群发其欠款信息，并要求联系人代为还款。",
            "刚收到一条署名某区法院的短信，说我已被列为失信人，让我立即还款到平台账户。我查了根本没有此案。",
            "他们说要把我的照片发到小区业主群，我等了一周也没见发，大家别被吓到。")
NARRATED_SENT = ("您好，平台将把您的逾期信息推送至所在社区网格员。",
                 "致村民：本村村民王某拖欠借款拒不归还，催收公司已在村委会门口张贴其照片，望其家人知悉。",
                 "如在月底前仍未还款，本公司将在当地报纸及各大网络平台发布曝光公告。",
                 "问：逾期会被拘留吗？答：会的，逾期超过九十天就会被司法拘留。",
                 "运营群通知：本周起对逾期客户启用曝光方案，由外访组张贴到村委公告栏。")


# The debtor's side telling of collection to one who is no debtor (a lawyer, a desk), in the first person or in a record
# that dates what a collector said or quotes it as evidence; twins that forward what was received to that adviser, or
# where the sender names itself as the lawyer and speaks to its reader
SPEAKER_TOLD = ("周律师，他们昨天又打给我爸了，说再不还就去他厂里闹，我爸一晚上没睡着。",
                "客服您好：上周三你们外包的催收打到我单位前台，说要“让全公司都知道”，请核实并给个答复。",
                "致某某律师事务所王律师：附件是通话记录，其中两通提到“去你老家”，一通提到“找你孩子学校”，想请您看看能否投诉。",
                "事件记录：外包催收员于2026年3月4日在短信中称“你儿子几点放学我们都清楚”，拟作为证据提交。",
                "说实话那半年我是被他们逼得去借了三个口子，越借越多。")
SPEAKER_SENT = ("王律师您好，以下是对方发来的短信，原样转给您：“你再不还，明天就去你单位找你领导。”",
                "我是某某律所的律师，你的案子下周立案，今天不还就通知你单位。",
                "【某某律所】王律师提醒您：“你再不还，明天就去你单位找你领导。”")


@pytest.mark.parametrize("text", NARRATED + SPEAKER_TOLD)
def test_collection_told_in_paraphrase_or_by_the_debtors_side_is_a_report_as_a_whole(text):
    assert ReportedQuotations.of({None: text}).whole


@pytest.mark.parametrize("text", NARRATED_SENT + SPEAKER_SENT)
def test_a_text_that_addresses_or_names_its_sender_states_the_claim_or_forwards_to_an_adviser_is_no_report(text):
    assert not ReportedQuotations.of({None: text}).whole


def test_a_told_report_needs_the_classifier_and_rules_alone_clear_it(analyser, rules_alone, classifier_sees):
    told, sent = TOLD[0], SAID
    assert "wording.third_party.workplace" in rule_ids(rules_alone, sent)
    assert "wording.third_party.workplace" not in rule_ids(rules_alone, told)
    classifier_sees(analyser.corroboration.fraction_of("wording.third_party.workplace", "threat.third_party"))
    assert "wording.third_party.workplace" not in rule_ids(analyser, told)
    classifier_sees(analyser.corroboration.quoted_fraction)
    assert "wording.third_party.workplace" in rule_ids(analyser, told)


def test_the_reported_quotation_fraction_is_read_and_never_lowers_a_rules_own(tmp_path):
    path = tmp_path / "corroboration.yml"
    path.write_text("classifier_fraction: 0.3\nother_rules_fraction: 0.01\nreported_quote_fraction: 0.2\n"
                    "rules: [wording.insult.obscene]\n", encoding="utf-8")
    policy = Corroboration.load(path)
    assert policy.fraction_of("wording.insult.contempt_label", "abuse.insult", quoted=True) == 0.2
    assert policy.fraction_of("wording.insult.contempt_label", "abuse.insult") == 0.01
    assert policy.fraction_of("wording.insult.obscene", "abuse.insult", quoted=True) == 0.3


def test_a_confirmed_report_stands_at_medium_so_the_gate_reviews_it_where_the_words_said_are_blocked(analyser,
                                                                                                    classifier_sees,
                                                                                                    monkeypatch):
    # the report corroborated, and the words said over the gate's floor for blocking a severe rule finding
    classifier_sees(max(analyser.corroboration.quoted_fraction, DEFAULT_RULE_FLOOR["fraction"]))
    [reported] = [f for f in analyser.analyse(sms(TOLD[0])) if f.rule_id == "wording.third_party.workplace"]
    [said] = [f for f in analyser.analyse(sms(SAID)) if f.rule_id == "wording.third_party.workplace"]
    assert said.severity.rank > Severity.MEDIUM.rank and reported.severity is Severity.MEDIUM
    assert "转述或引用" in reported.explanation
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=None)
    monkeypatch.setattr(gate.wording.classifier, "scores_many", analyser.classifier.scores_many)   # the same scores
    try:
        assert gate.check({"message_id": "M-1", "campaign_id": "CMP-1", "channel": "sms", "text": SAID}).decision \
            == "block"
        assert gate.check({"message_id": "M-2", "campaign_id": "CMP-1", "channel": "sms", "text": TOLD[0]}).decision \
            == "review"
    finally:
        gate.close()


# A collector's words reported in a case (a judgment, a police report, news, a victim's account): the sets label them
# two ways, so each stands when the classifier confirms it at the reported fraction, and the rules alone report it
# only where the message does not tell of collection as a whole
REPORTED_CASES = (
    ("判决书认定，被告人在三个月里多次在短信中骂借款人“废物”“人渣”。", "abuse.insult"),
    ("案情简介：催收人员自称“城西区人民检察院的检察官”，要求借款人当天结清。", "misleading.impersonation"),
    ("公诉机关指控，被告人以“东湖仲裁委员会”名义给借款人群发还款通知。", "misleading.impersonation"),
    ("据警情通报，涉事催收员给借款人发短信称“你女儿几点放学我们都知道，钱今天到账”。", "threat.violence"),
    ("网友求助：催收员说“再不还就把你欠钱的事写成大字报贴到你们厂门口”，吓得我一晚没睡。", "threat.exposure"),
    ("据当地媒体报道，有催收员对借款人说：“不还钱就打电话到你单位，让你领导开除你。”", "threat.third_party"),
)


@pytest.mark.parametrize(("text", "category"), REPORTED_CASES)
def test_a_collectors_words_reported_in_a_case_stand_when_the_classifier_confirms_them(analyser, rules_alone,
                                                                                        classifier_sees, text, category):
    def found(by: WordingAnalyser) -> bool:
        return category in {finding.category for finding in by.analyse(sms(text))}

    assert len(speech_view(text).text) >= analyser.corroboration.min_chars     # long enough for the classifier to be asked
    assert found(rules_alone) is not ReportedQuotations.of({None: text}).whole
    classifier_sees(0.0)
    assert not found(analyser)
    classifier_sees(analyser.corroboration.quoted_fraction)
    assert found(analyser)


LAWFUL_LETTER = ("尊敬的客户：您的借款已逾期，请尽快通过官方渠道还款。如对账单有异议，可在三个工作日内提出。"
                 "我们不会上门，也不会联系您的家人。{claim}如需协商还款方案，请拨打客服热线。")
FALSE_DEADLINE = "律师函今天寄出，三天后法院直接来强制执行。"


def test_one_false_claim_among_lawful_sentences_stands_on_its_own_sentences_score(analyser, rules_alone, monkeypatch):
    text = LAWFUL_LETTER.format(claim=FALSE_DEADLINE)
    [finding] = rules_alone.analyse(sms(text))
    fraction = analyser.corroboration.fraction_of(finding.rule_id, finding.category, speech_chars=len(text))
    column = analyser.classifier.categories.index(finding.category)
    threshold = analyser.classifier.config[finding.category].threshold
    whole = analyser.classifier.scores([speech_view(text)])[column]
    alone = analyser.classifier.scores([speech_view(FALSE_DEADLINE)])[column]
    # the premise: the letter as a whole reads lawful to the classifier, the sentence alone does not
    assert whole < fraction * threshold and alone >= analyser.corroboration.sentence_fraction * threshold
    assert finding.rule_id in rule_ids(analyser, text)
    monkeypatch.setattr(analyser, "corroboration", dataclasses.replace(analyser.corroboration, sentence_fraction=None))
    assert finding.rule_id not in rule_ids(analyser, text)


def test_a_question_asked_back_gets_no_sentence_score(analyser, monkeypatch):
    # the classifier sees the category in a short text read alone, nothing in the whole letter
    thresholds = analyser.classifier.floors(None)
    monkeypatch.setattr(analyser.classifier, "scores_many", lambda speeches: np.array(
        [thresholds * (sum(len(view.text) for view in views) < 40) for views in speeches]))
    said = LAWFUL_LETTER.format(claim=FALSE_DEADLINE)
    assert "wording.legal.summons_deadline" in rule_ids(analyser, said)
    for asked in ("律师函今天寄出，三天后法院直接来强制执行？", "律师函今天寄出，三天后法院直接来强制执行 ?"):
        assert "wording.legal.summons_deadline" not in rule_ids(analyser, LAWFUL_LETTER.format(claim=asked))


def test_the_sentence_fraction_is_read_and_checked(tmp_path):
    path = tmp_path / "corroboration.yml"
    path.write_text("classifier_fraction: 0.3\nrules: []\nsentence_fraction: 0.05\n", encoding="utf-8")
    assert Corroboration.load(path).sentence_fraction == 0.05
    path.write_text("classifier_fraction: 0.3\nrules: []\n", encoding="utf-8")
    assert Corroboration.load(path).sentence_fraction is None
    path.write_text("classifier_fraction: 0.3\nrules: []\nsentence_fraction: 2\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="sentence_fraction"):
        Corroboration.load(path)
