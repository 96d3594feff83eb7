"""The call-conduct analyser: utterance classes, the sequence-rule operators, the five conduct categories with the
turn each points at, the callee's identity, negation, calls as text and as turns, timing facts, and rule-pack
errors. All calls are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.analysers import build_analysers
from audit.analysers.conduct import ConductAnalyser
from audit.call_timing import call_timing, timing_by_agent
from audit.cli import main
from audit.errors import RulePackError
from audit.finding import Severity
from audit.message import Message, Turn, parse_call_text
from audit.rulepack import Rule, load_pack

INTRO = "坐席：您好，这里是暖阳消费金融贷后管理部，请问是赵敏本人吗？"


@pytest.fixture(scope="module")
def shipped() -> ConductAnalyser:
    return ConductAnalyser.from_lexicons()


def call(text: str, recipient_type: str = "unknown", channel: str = "call") -> Message:
    return Message("m1", "c1", channel, text=text, recipient_type=recipient_type)


def found(analyser: ConductAnalyser, message: Message) -> list[tuple[str, int]]:
    return [(f.category, f.turn) for f in analyser.analyse(message)]


def rule(body: dict, rule_id: str = "conduct.test") -> Rule:
    return Rule(id=rule_id, category="conduct.cease_ignored", severity=Severity.HIGH, regulation="测试",
                explanation="测试。", analyzer="conduct", pack="test", path="test.yml", body=body)


def fires(body: dict, text: str, recipient_type: str = "unknown") -> list[int]:
    """The turns the one rule `body` points at in the call `text`."""
    analyser = ConductAnalyser([rule(body)])
    return [f.turn for f in analyser.analyse(call(text, recipient_type))]


# --- the five categories and the turn each points at ---------------------------------------------------------

def test_no_self_identification_points_at_the_agents_first_turn(shipped: ConductAnalyser) -> None:
    text = "客户：喂？\n坐席：喂，是赵敏吗？\n客户：是我。\n坐席：你那笔钱什么时候还？"
    assert ("conduct.no_self_identification", 1) in found(shipped, call(text))
    late = "坐席：喂，是赵敏吗？\n客户：是我。\n坐席：您的借款今天能还吗？\n客户：嗯。\n坐席：我是暖阳消费金融的客服。"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(late))     # only in its third turn


def test_self_introduction_in_the_second_agent_turn_is_enough(shipped: ConductAnalyser) -> None:
    text = "坐席：请问是赵敏女士吗？\n客户：是的。\n坐席：您好，我是恒远商务信息咨询有限公司的工作人员，受暖阳消费金融委托联系您。"
    assert found(shipped, call(text)) == []


def test_an_institution_that_never_says_why_lacks_self_identification(shipped: ConductAnalyser) -> None:
    """Contract 5: who calls AND why in the first two turns; a demand in the third with no purpose before is late."""
    unsaid = f"{INTRO}\n客户：是我\n坐席：您现在在家吗？\n客户：在\n坐席：今天下午五点前必须还上。"
    assert found(shipped, call(unsaid)) == [("conduct.no_self_identification", 0)]
    said = f"{INTRO}\n客户：是我\n坐席：来电是提醒您本期借款还款的事，您现在在家吗？\n客户：在\n坐席：今天下午五点前能还上吗？"
    assert found(shipped, call(said)) == []
    # told nothing because the callee is not the debtor, or because the agent still checks who answered
    third_party = f"{INTRO}\n第三方：我是他爸\n坐席：他几点回来？\n第三方：晚上\n坐席：好的，麻烦让他回个电话。"
    assert found(shipped, call(third_party, "third_party")) == []
    asked_again = f"{INTRO}\n客户：啊？\n坐席：请问您贵姓？\n客户：是我，姓赵\n坐席：赵女士，您的借款逾期十五天了。"
    assert found(shipped, call(asked_again)) == []


@pytest.mark.parametrize("opening", [
    "坐席：您好，这是一通来自4008123456热线的提醒电话，请问您是赵敏女士本人吗？本人请按1。",   # a hotline number
    "坐席：喂 我係客服中心嘅 请问系唔系赵敏小姐",                                          # a generic unit in Cantonese
    "坐席：喂 你好 和岳商务咨询的 请问是赵敏吗",                                            # an agency, no lender
    "坐席：你好 我是贷款公司的 找一下赵敏",                                                 # a generic company
    "坐席：喂 我们是银行委托的 是赵敏吧",                                                   # a bank, unnamed
    "坐席：喂 喂 你好 这边是 呃 那个 金融 金融中心的 找下赵敏",                              # ASR fillers, a generic unit
    "坐席：您好，这里是贷后催收管理中心，请问是赵敏女士吗",                                  # generic words combined
])
def test_a_number_a_generic_unit_or_a_lone_agency_is_nobody(shipped: ConductAnalyser, opening: str) -> None:
    text = f"{opening}\n客户：1 是我\n坐席：赵女士，您的借款逾期十五天了。"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


def test_disclosure_before_verification_points_at_the_disclosing_turn(shipped: ConductAnalyser) -> None:
    text = ("坐席：您好，这里是暖阳消费金融。\n客户：嗯，什么事？\n坐席：请问您贵姓？\n客户：姓赵。\n"
            "坐席：您在暖阳借的5000元已经逾期两个月了。")
    assert found(shipped, call(text)) == [("conduct.disclosure_before_verification", 4)]


def test_disclosure_after_confirmation_is_lawful(shipped: ConductAnalyser) -> None:
    # a yes after a filler, Cantonese 我系, a robot script's keypad 1 for "I am"
    for answer in ("是的。", "我就是，什么事？", "对，是我。", "呃 是 你哪里", "我系 做咩啊", "[按键1]"):
        text = f"{INTRO}\n客户：{answer}\n坐席：您的借款5000元已逾期两个月，想跟您确认一下还款时间。"
        assert found(shipped, call(text)) == [], answer


@pytest.mark.parametrize("opening, answer", [
    ("您好，这里是暖阳消费金融，请问是赵*女士吗？", "是的。"),                 # a masked name keeps only a surname and a character
    ("喂，钱*是吧？这里是暖阳消费金融，有件事要跟您本人说。", "是我 啥事"),      # … or the surname alone
    ("您好，暖阳消费金融来电，赵*本人请按1，非本人请按2。", "1"),   # a robot's keypad question
    ("喂，阿拉暖阳消费金融，寻侬有点事体，侬是钱*先生伐？", "是个"),   # Shanghainese
    ("您好，这里是暖阳消费金融，为保护您的信息，请先在APP里完成身份验证后我们再说。", "已经验证通过了"),
])
def test_identity_asked_and_confirmed_in_the_forms_lenders_use(shipped: ConductAnalyser, opening: str,
                                                                 answer: str) -> None:
    text = f"坐席：{opening}\n客户：{answer}\n坐席：您的借款5000元已逾期两个月，想跟您确认一下还款时间。"
    assert found(shipped, call(text)) == []
    unanswered = f"坐席：{opening}\n客户：什么？\n坐席：您的借款5000元已逾期两个月，想跟您确认一下还款时间。"
    assert ("conduct.disclosure_before_verification", 2) in found(shipped, call(unanswered))


def test_a_thread_that_says_identity_was_verified_before_may_go_on(shipped: ConductAnalyser) -> None:
    text = ("坐席：钱先生，接着昨天的话题，暖阳消费金融客服阿丽，您昨天电话里已经核实过身份了。\n客户：嗯 知道\n"
            "坐席：那笔两千块的欠款已经逾期二十天了，您看这周能安排吗？")
    assert found(shipped, call(text, channel="app")) == []


def test_a_yes_that_answers_no_identity_question_is_no_confirmation(shipped: ConductAnalyser) -> None:
    text = "坐席：您好，这里是暖阳消费金融。\n客户：嗯。\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(text)) == [("conduct.disclosure_before_verification", 2)]


def test_third_party_pressed_points_at_the_agent_turn_after_the_denial(shipped: ConductAnalyser) -> None:
    text = (f"{INTRO}\n客户：我不是，她是我女儿。\n坐席：那麻烦您转告她给我们回电。\n客户：好。\n"
            "坐席：你是她家人，你得督促她赶紧还钱。")
    # a bare demand names no amount, overdue status, lender or product: pressing, not disclosure (contract 5)
    assert found(shipped, call(text)) == [("conduct.third_party_pressed", 4)]
    told = text.replace("你得督促她赶紧还钱", "她的借款已经逾期两个月了，你得督促她")
    assert sorted(found(shipped, call(told))) == [("conduct.disclosure_before_verification", 4),
                                                  ("conduct.third_party_pressed", 4)]


def test_a_third_party_asked_only_for_a_call_back_is_lawful(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：你打错了，我不认识她。\n坐席：不好意思，打扰了。"
    assert found(shipped, call(text)) == []


def test_hardship_ignored_points_at_the_agent_turn_that_presses(shipped: ConductAnalyser) -> None:
    text = (f"{INTRO}\n客户：是我。\n坐席：您的借款逾期了。\n客户：我刚失业，老公又住院了。\n坐席：嗯。\n"
            "坐席：这不是理由，今天必须还。")
    assert found(shipped, call(text)) == [("conduct.hardship_ignored", 5)]


def test_hardship_answered_with_relief_is_lawful_even_when_repayment_follows(shipped: ConductAnalyser) -> None:
    text = (f"{INTRO}\n客户：是我，我刚失业。\n坐席：理解您的情况，可以为您申请分期。\n客户：好。\n"
            "坐席：那分期以后每月尽快还款就可以。")
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("answer", ["我理解您的情况，但是今天必须把钱还上。", "分期不行，你必须一次性还清。"])
def test_lip_service_and_refused_relief_are_no_answer_to_hardship(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：是我，我失业了，能不能分期？\n坐席：{answer}"
    assert found(shipped, call(text)) == [("conduct.hardship_ignored", 2)]


def test_cease_ignored_points_at_the_agent_turn_that_keeps_pressing(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，你们别再打了，我要投诉。\n坐席：投诉也没用，我们每天都会打。"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]


@pytest.mark.parametrize("request_", ["这笔钱不是我借的", "以后请找我律师", "我要投诉你们"])
def test_disputes_complaints_and_lawyers_are_stop_requests(shipped: ConductAnalyser, request_: str) -> None:
    text = f"{INTRO}\n客户：是我。{request_}。\n坐席：那你什么时候还？"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]


def test_negation_we_will_not_call_again_is_no_pressing(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，别再打了。\n坐席：好的，我们不会再打扰您。"
    assert found(shipped, call(text)) == []
    threat = f"{INTRO}\n客户：是我，别再打了。\n坐席：我们还会再打扰您，直到你还。"
    assert found(shipped, call(threat)) == [("conduct.cease_ignored", 2)]
    # the class matcher applies the negation rules too: a negated hardship is none
    assert "hardship" not in shipped.utterances.find("我没有失业，就是忘了")
    assert "hardship" in shipped.utterances.find("我上个月失业了")


@pytest.mark.parametrize("hardship", ["厂里裁员，我被裁了", "我妈在做化疗", "家里老人上周走了", "我刚生完孩子",
                                      "我们那遭了洪水", "老板拖了我三个月工资", "公司倒闭了", "我出车祸腿断了",
                                      "我工伤落下残疾干不了活"])
@pytest.mark.parametrize("press", ["那你也得想个法子，先凑一点转过来。", "请您务必于今日内完成还款。",
                                   "那是你跟老板的事，说个还款日期吧。"])
def test_hardship_and_pressing_in_other_words(shipped: ConductAnalyser, hardship: str, press: str) -> None:
    text = f"{INTRO}\n客户：是我\n坐席：您的借款逾期了。\n客户：{hardship}\n坐席：{press}"
    assert found(shipped, call(text)) == [("conduct.hardship_ignored", 4)]


@pytest.mark.parametrize("answer", ["这样啊，您先别着急，我们可以把剩下的分成几期还。", "请您节哀，这几天先不打扰您，之后再商量还款。",
                                    "那您先安心治病，我帮您申请缓还。"])
def test_hardship_acknowledged_in_other_words_is_lawful(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：是我\n坐席：您的借款逾期了。\n客户：我住院了，刚做完手术\n坐席：{answer}"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("request_", ["莫再打咯", "甭打了", "再打我就报警", "我要打12378投诉你们暴力催收",
                                      "我已经向金融监管局反映了", "这张卡是别人冒用我身份证办的", "钱我早就还清了",
                                      "我已经委托律师处理了"])
def test_stop_requests_in_other_words_pressed(shipped: ConductAnalyser, request_: str) -> None:
    text = f"{INTRO}\n客户：是我，{request_}\n坐席：那可不行，你今天必须还。"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]
    acknowledged = f"{INTRO}\n客户：是我，{request_}\n坐席：好的，已经帮您登记，核实期间暂停催收，后续不再来电。"
    assert found(shipped, call(acknowledged)) == []


@pytest.mark.parametrize("answer", ["是我", "我就是", "俺就是", "系我啊"])
def test_dialect_confirmations_confirm_identity(shipped: ConductAnalyser, answer: str) -> None:
    text = f"坐席：您好，这里是暖阳消费金融。\n客户：{answer}\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("answer", ["嗯", "对", "你说", "嗯 你说", "是的，怎么了"])
def test_a_bare_yes_confirms_only_when_it_answers_the_identity_question(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(text)) == []
    unasked = f"坐席：您好，这里是暖阳消费金融。\n客户：{answer}\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(unasked)) == [("conduct.disclosure_before_verification", 2)]


@pytest.mark.parametrize("opening", ["你好请问是赵敏吗我这边暖阳小贷的", "您好，暖阳银行信用卡中心给您来电，请问是赵敏女士吗？",
                                     "您好，这里是星河数科，请问是赵敏女士吗？"])
def test_introductions_without_the_usual_words(shipped: ConductAnalyser, opening: str) -> None:
    assert found(shipped, call(f"坐席：{opening}\n客户：是我\n坐席：您的借款逾期了，今天能还吗？")) == []


@pytest.mark.parametrize("request_", ["你们再这样我就去告你们", "这事你找我律师谈", "天天打有完没完", "这账我不认，手续费乱收",
                                      "我要走法律程序", "我已经投诉过了", "别在打了"])   # 在: ASR's homophone of 再
def test_indirect_stop_requests_pressed_and_acknowledged(shipped: ConductAnalyser, request_: str) -> None:
    text = f"{INTRO}\n客户：是我，{request_}\n坐席：那你今天先还五百。"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]
    acknowledged = f"{INTRO}\n客户：是我，{request_}\n坐席：好的，您的意见记下了，后续改为书面通知。"
    assert found(shipped, call(acknowledged)) == []


@pytest.mark.parametrize("hardship", ["饭都吃不上了", "我刚出院", "家里出了事", "我被人骗了", "老公跑了，就我一个人带孩子",
                                      "我也想还，可是真没有", "日子都过不下去了"])
@pytest.mark.parametrize("press", ["那你总得想想办法。", "借的时候怎么不说？", "再难也得还。"])
def test_indirect_hardship_pressed(shipped: ConductAnalyser, hardship: str, press: str) -> None:
    text = f"{INTRO}\n客户：是我\n坐席：您的借款逾期了。\n客户：{hardship}\n坐席：{press}"
    assert found(shipped, call(text)) == [("conduct.hardship_ignored", 4)]
    relieved = f"{INTRO}\n客户：是我\n坐席：您的借款逾期了。\n客户：{hardship}\n坐席：可以把还款日往后挪一个月。"
    assert found(shipped, call(relieved)) == []


def test_after_a_stop_request_a_debt_detail_or_a_demand_after_lip_service_is_pressing(shipped: ConductAnalyser) -> None:
    detail = f"{INTRO}\n客户：是我，不要再打了\n坐席：你欠的三千块已经逾期九十天了。"
    assert found(shipped, call(detail)) == [("conduct.cease_ignored", 2)]
    lip_service = f"{INTRO}\n客户：是我，不要再打了\n坐席：好的记录了，但是今天之内必须还。"
    assert found(shipped, call(lip_service)) == [("conduct.cease_ignored", 2)]


def test_the_callees_own_offer_to_repay_may_be_answered(shipped: ConductAnalyser) -> None:
    cease = f"{INTRO}\n客户：是我，别打了\n坐席：好的，给您备注了。\n客户：那我二十号还行吗\n坐席：可以，二十号前还上就行。"
    assert found(shipped, call(cease)) == []
    hardship = f"{INTRO}\n客户：是我，我失业了\n坐席：嗯。\n客户：我月底拿到补偿金先还一千\n坐席：好的，月底前先还一千。"
    assert found(shipped, call(hardship)) == []
    unoffered = f"{INTRO}\n客户：是我，我失业了\n坐席：嗯。\n客户：这个月还不上\n坐席：月底前先还一千。"
    assert found(shipped, call(unoffered)) == [("conduct.hardship_ignored", 4)]


@pytest.mark.parametrize("answer", ["是是是", "啊对", "是嘞", "对找我干嘛", "我是，你们哪里"])
def test_more_indirect_confirmations_answering_the_identity_question(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(text)) == []
    unasked = f"坐席：您好，这里是暖阳消费金融。\n客户：{answer}\n坐席：您的借款5000元已逾期两个月。"
    assert found(shipped, call(unasked)) == [("conduct.disclosure_before_verification", 2)]


def test_verification_against_the_records_and_a_department_name_are_no_disclosure(shipped: ConductAnalyser) -> None:
    digits = "坐席：您好，这里是暖阳消费金融，请报一下身份证后四位。\n客户：3305\n坐席：好的，和系统预留的一致，您的借款逾期了。"
    assert found(shipped, call(digits)) == []
    department = "坐席：您好，这里是暖阳银行个人贷款服务中心，请问是赵敏女士吗？\n客户：你打错了\n坐席：抱歉打扰了。"
    assert found(shipped, call(department)) == []


def test_a_product_named_分期_is_no_relief_offer(shipped: ConductAnalyser) -> None:
    assert "relief_options" not in shipped.utterances.find("你这期分期逾期了")
    assert "relief_options" in shipped.utterances.find("可以帮您申请分期")
    text = f"{INTRO}\n客户：是我，我失业了\n坐席：你这期分期逾期了，今天必须还。"
    assert found(shipped, call(text)) == [("conduct.hardship_ignored", 2)]


@pytest.mark.parametrize("answer", ["好的，请让她联系我们处理一下。", "好的，麻烦让她抓紧回个电话。", "这是她本人的事务，需要她本人处理，请她回电。"])
def test_a_call_back_in_words_that_sound_like_pressure_is_lawful(shipped: ConductAnalyser, answer: str) -> None:
    assert found(shipped, call(f"{INTRO}\n第三方：我是她同事\n坐席：{answer}")) == []


def test_a_relatives_phone_is_a_denial_and_pressing_the_relative_is_found(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：不是，这是我爸的手机\n坐席：那你是她家人，她的事你不管谁管？"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))
    lawful = f"{INTRO}\n客户：不是，这是我爸的手机\n坐席：好的，麻烦您转告她回个电话，打扰了。"
    assert found(shipped, call(lawful)) == []


# --- families found by the third development set (conduct_dev3) and the held-out set's errors ------------------

@pytest.mark.parametrize("opening", ["您好，我是工号3316，请问是赵敏女士吗？", "喂你好这里是贷后管理中心请问是赵敏本人吗",
                                     "您好 这边是银行的 找一下赵敏", "您好，我们是催收部门的，请问是赵敏女士吗？"])
def test_a_staff_number_or_a_generic_unit_names_no_institution(shipped: ConductAnalyser, opening: str) -> None:
    text = f"坐席：{opening}\n客户：是我\n坐席：赵女士，您的借款逾期了。"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


@pytest.mark.parametrize("opening", ["喂您好 暖阳分期 请问是赵敏吗", "您好，工号3316，暖阳数科客户服务中心，请问是赵敏女士吗？",
                                     "你好 暖阳分期 找赵敏", "喂 请问系唔系赵敏\n客户：系 边位\n坐席：我係暖阳银行信用卡中心嘅职员 有啲嘢同你讲"])
def test_a_bare_brand_a_staff_number_before_it_and_cantonese_introduce(shipped: ConductAnalyser, opening: str) -> None:
    text = f"坐席：{opening}\n客户：是我\n坐席：赵女士，您的借款逾期了。"
    assert "conduct.no_self_identification" not in dict(found(shipped, call(text)))


@pytest.mark.parametrize(("opening", "answer"), [("喂 你好 暖阳小额贷款 赵敏吧", "嗯"), ("喂 赵敏吗 我是暖阳小贷的", "是 咋了"),
                                                 ("您好 这里是暖阳银行信用卡中心 请问是赵敏女士吗", "是 你讲")])
def test_names_asked_around_the_introduction_answered_indirectly_confirm(shipped: ConductAnalyser, opening: str,
                                                                          answer: str) -> None:
    text = f"坐席：{opening}\n客户：{answer}\n坐席：你的借款逾期了。"
    assert "conduct.disclosure_before_verification" not in dict(found(shipped, call(text)))


@pytest.mark.parametrize("answer", ["有事吗 你找她干嘛", "喂 你说啥 信号不好"])
def test_the_debtor_in_the_third_person_or_a_bad_line_is_no_confirmation(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：她的借款逾期二十天了。"
    assert ("conduct.disclosure_before_verification", 2) in found(shipped, call(text))


def test_a_lender_named_小额贷款_does_not_hide_a_debt_detail_in_the_same_unpunctuated_turn(
        shipped: ConductAnalyser) -> None:
    text = "坐席：喂你好我是暖阳小额贷款的请问赵敏是你吧你借款逾期十天了\n客户：嗯"
    assert ("conduct.disclosure_before_verification", 0) in found(shipped, call(text))
    named = "坐席：您好 这里是暖阳小额贷款 请问是赵敏吗\n客户：不是 打错了\n坐席：好的 打扰了"
    assert found(shipped, call(named)) == []


@pytest.mark.parametrize(("request_", "press"), [
    ("这通电话我已经录音了", "你录吧，录了也得还"),
    ("那笔钱我上个月已经全部还清了", "没显示就是没还，今天再转一次"),
    ("我不认识你们 别打了", "别装了，今天把钱还了"),        # a clause-wide unless (不认识) once cleared 别打了
    ("我打过12378了", "打12378也没用，这周必须还清"),       # 12378 in a brush-off acknowledges nothing
    ("别打电话 发短信", "发短信你又不回，晚上我再打给你"),
])
def test_stop_requests_and_brush_offs_in_new_words(shipped: ConductAnalyser, request_: str, press: str) -> None:
    text = f"{INTRO}\n客户：是我，{request_}\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("said", "answer"), [
    ("我还以为早还完了", "系统显示还有一期没还，您可以在APP上查看。"),               # a belief, no dispute
    ("这个利息不对", "明白，您对利息有疑问，我给您讲一下，本金剩余两千，利息三百。"),  # the dispute named back, explained
])
def test_a_belief_or_a_dispute_named_back_is_no_cease_ignored(shipped: ConductAnalyser, said: str, answer: str) -> None:
    text = f"{INTRO}\n客户：是我，{said}\n坐席：{answer}"
    assert "conduct.cease_ignored" not in dict(found(shipped, call(text)))


@pytest.mark.parametrize("press", ["那你替她把这事处理一下", "你去跟她好好谈谈", "她不出面我们每天给你打", "那你把她身份证号码发给我们",
                                   "她再躲下去不好看，你也跑不了"])
def test_third_parties_handed_the_debt_persuaded_threatened_or_asked_for_papers(shipped: ConductAnalyser,
                                                                               press: str) -> None:
    text = f"{INTRO}\n第三方：我是她邻居\n坐席：{press}"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("denial", ["唔系 佢係我表妹", "赵敏是我女儿 她不在"])
def test_cantonese_and_name_first_denials(shipped: ConductAnalyser, denial: str) -> None:
    text = f"{INTRO}\n客户：{denial}\n坐席：那你先帮她还上"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))
    asked = f"{INTRO}\n客户：{denial}\n坐席：好的，麻烦请她回个电话，谢谢"
    assert found(shipped, call(asked)) == []


def test_a_third_partys_hardship_or_stop_words_are_judged_as_third_party_pressing_only(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我是她老公 她住院了 别打了\n坐席：那你们家属得想办法 今天之内还上"
    assert dict(found(shipped, call(text))).keys() & {"conduct.hardship_ignored", "conduct.cease_ignored"} == set()
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["我们厂今年开春就关门了", "系我 我老豆上个礼拜入咗医院", "我一直在家闲着，到处找活",
                                      "我刚做完心脏搭桥", "我得伺候瘫在床上的老娘，出不去干活"])
@pytest.mark.parametrize("press", ["那你跟身边的朋友借点先还上", "那也得抽空把这期弄了", "这不耽误你还钱",
                                   "今天不还我们就按流程走", "让你儿子这个月帮你把两千还了"])
def test_hardship_said_indirectly_pressed_in_new_words(shipped: ConductAnalyser, hardship: str, press: str) -> None:
    text = f"{INTRO}\n客户：{hardship}\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("said", "press"), [
    ("这事我交给绿师了", "绿师管不了，你今天就换"),                     # ASR: 绿师 for 律师, 换 for 还
    ("你们搞错人了，我没接过这笔钱", "系统里是你的名字，先按系统的金额还了"),
    ("别再打了", "您要是今天还上，我们自然就不会再打了"),             # a promise to stop on a condition acknowledges nothing
])
def test_asr_homophones_mistaken_identity_and_conditional_promises(shipped: ConductAnalyser, said: str,
                                                                   press: str) -> None:
    text = f"{INTRO}\n客户：是我，{said}\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("answer", ["是俺", "是额 啥事体"])
def test_more_dialect_confirmations(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：您的借款余期了二十天。"          # 余期: ASR's 逾期
    assert found(shipped, call(text)) == []
    unanswered = f"坐席：您好，这里是暖阳消费金融，您的借款余期了二十天。\n客户：{answer}"
    assert ("conduct.disclosure_before_verification", 0) in found(shipped, call(unanswered))


def test_a_new_baby_in_hospital_brushed_aside_in_cantonese(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：系我 我老婆啱啱生咗BB 仲喺医院\n坐席：关我哋咩事 今日起码还一千"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["公司把我优化了", "厂里让我待岗", "我爱人年初走了"])
@pytest.mark.parametrize("press", ["那你跟你爸妈开个口，这个月总要有个交代", "那还一百也行，表示个态度，今天转"])
def test_laid_off_and_bereaved_in_other_words_pressed_for_a_token_payment(shipped: ConductAnalyser, hardship: str,
                                                                         press: str) -> None:
    text = f"{INTRO}\n客户：是我，{hardship}\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_a_sympathy_word_earlier_does_not_answer_a_later_demand(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，我爱人上个月走了\n坐席：节哀。\n客户：嗯\n坐席：那您把车处理掉，先把欠款结了"
    assert ("conduct.hardship_ignored", 4) in found(shipped, call(text))
    relief = f"{INTRO}\n客户：是我，我爱人上个月走了\n坐席：节哀，这期可以给您延期一个月。\n客户：嗯\n坐席：那下个月十号前还款可以吗？"
    assert found(shipped, call(relief)) == []


def test_a_loan_said_to_be_a_fraud_is_a_dispute_not_hardship(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，这笔贷款是被骗的，我报案了\n坐席：报案归报案，钱先还"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]


@pytest.mark.parametrize(("said", "press"), [("我不认这笔，先给我看合同", "合同你签的时候怎么不看"),
                                             ("把我的号码删了", "删号码不可能，你把钱还了我们自然不打")])
def test_a_contract_asked_for_or_a_number_to_delete_brushed_aside(shipped: ConductAnalyser, said: str,
                                                                 press: str) -> None:
    text = f"{INTRO}\n客户：是我，{said}\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_an_in_law_leaned_on_and_a_colleague_told_the_amount(shipped: ConductAnalyser) -> None:
    in_law = f"{INTRO}\n客户：她是我儿媳 不在这\n坐席：您是长辈，您说话她肯定听，让她这礼拜把事情了了"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(in_law))
    colleague = f"{INTRO}\n第三方：我是她同事\n坐席：她在我们这借了两万多，三个月没还了"
    assert ("conduct.disclosure_before_verification", 2) in found(shipped, call(colleague))


@pytest.mark.parametrize("opening", ["喂 你好 我这儿是那个贷款公司的 找赵敏", "您好，这里是智能客服，请问是赵敏女士吗？"])
def test_that_loan_company_or_a_bare_robot_names_nobody(shipped: ConductAnalyser, opening: str) -> None:
    text = f"坐席：{opening}\n客户：是我\n坐席：您的借款到期了"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


def test_a_name_asked_是吧_after_the_brand_is_answered_by_说(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 你好 暖阳小贷 赵敏是吧\n客户：说\n坐席：你那笔借款逾期七天了"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("hardship", ["我刚做完剖腹产", "一场暴雨庄稼全毁了", "我现在坐轮椅", "家里老人刚火化", "我病倒了起不来床"])
def test_each_hardship_family_in_words_no_set_used(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我，{hardship}\n坐席：那能还多少还多少，今天转"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))
    relief = f"{INTRO}\n客户：是我，{hardship}\n坐席：您先顾好自己，我们可以把还款日往后延一个月。"
    assert found(shipped, call(relief)) == []


@pytest.mark.parametrize("request_", ["再打我就发到网上曝光", "我们法庭见", "我已经申请了法律援助"])
def test_public_exposure_court_and_legal_aid_are_stop_requests(shipped: ConductAnalyser, request_: str) -> None:
    text = f"{INTRO}\n客户：是我，{request_}\n坐席：随便你，今天必须还"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_a_third_party_told_they_are_the_guarantor_is_pressed(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我是她表哥\n坐席：你是她担保人，她不出面就只能找你了"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("hardship", "press"), [("家里遭贼了，积蓄全没了", "那你手机上总能转账吧"),
                                                 ("我们村发洪水路断了", "路断了不影响网银")])
def test_robbed_or_cut_off_and_told_the_phone_still_works(shipped: ConductAnalyser, hardship: str, press: str) -> None:
    text = f"{INTRO}\n客户：是我，{hardship}\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_a_card_used_by_someone_else_is_a_dispute_not_hardship(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，这张卡被盗刷了\n坐席：那也得先还上"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]


def test_a_complaint_answered_with_you_pay_or_no_end(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 暖阳分期 赵敏吗\n客户：是 你们有完没完\n坐席：你不还我们就没完"
    assert found(shipped, call(text)) == [("conduct.cease_ignored", 2)]      # 是 你们… confirms: no disclosure


def test_在吗_answered_在_你说_confirms_and_这边的催收员_names_nobody(shipped: ConductAnalyser) -> None:
    there = "坐席：喂 你好 暖阳分期 赵敏在吗\n客户：在 你说\n坐席：赵女士你分期逾期了"
    assert found(shipped, call(there)) == []
    nobody = "坐席：您好，我是这边的催收员小孙，请问是赵敏女士吗？\n客户：是的\n坐席：您的借款逾期了"
    assert found(shipped, call(nobody)) == [("conduct.no_self_identification", 0)]


def test_a_third_party_asked_to_pledge_the_debtors_things(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我是她房东\n坐席：她屋里有什么值钱的先帮她抵一下"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("hardship", "press"), [("我男人从架子上摔下来了，家里没进项", "那饭钱里挪点出来先还"),
                                                 ("我得守着植物人老公，出不了门", "请您务必于本周内完成还款")])
def test_a_husband_injured_or_in_a_coma_pressed(shipped: ConductAnalyser, hardship: str, press: str) -> None:
    text = f"{INTRO}\n客户：是我，{hardship}\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("opening", "answer"), [("喂 是赵敏吗 这边暖阳银行的", "嗯"), ("您好，暖阳银行，请问是赵敏女士吗？", "咋")])
def test_a_name_before_the_bank_and_a_bare_咋_confirm(shipped: ConductAnalyser, opening: str, answer: str) -> None:
    text = f"坐席：{opening}\n客户：{answer}\n坐席：您的贷款逾期了"
    assert found(shipped, call(text)) == []


def test_a_third_party_asked_to_lend_the_debtor_the_instalment(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我是她发小\n坐席：你先借她三千，让她把这期还上"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("press", ["最迟明天中午", "请于本周五前完成还款", "那你这个月能还吗", "给个准信", "还了就没事了",
                                   "再拖你会被起诉", "那我们只能采取法律措施"])
def test_deadlines_dates_and_legal_steps_are_demands(shipped: ConductAnalyser, press: str) -> None:
    text = f"{INTRO}\n客户：是我，你们这样打是违规的\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_a_third_party_asked_where_the_debtor_works(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我是她表弟\n坐席：你叫她别躲了，她现在在哪上班？"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("illness", ["我得了红斑狼疮，一直在吃激素", "我有糖尿病并发症", "孩子早产在保温箱里"])
def test_named_illnesses_pressed(shipped: ConductAnalyser, illness: str) -> None:
    text = f"{INTRO}\n客户：是我，{illness}\n坐席：吃药也不影响还钱，今晚之前转过来"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("said", "press"), [("再打我就去你们门口拉横幅", "拉吧，钱还是要还"),
                                             ("这笔钱我不该还", "你用了额度就得还"),
                                             ("不方便，别烦我", "那您方便的时候还一下也行")])
def test_protests_disputes_and_fed_up_callees_pressed_gently_or_not(shipped: ConductAnalyser, said: str,
                                                                    press: str) -> None:
    text = f"{INTRO}\n客户：是我，{said}\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_working_for_a_bank_without_naming_oneself_is_no_introduction(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 我们是帮银行处理账务的 赵敏吗\n客户：是\n坐席：你那个卡逾期了"
    assert found(shipped, call(text)) == [("conduct.no_self_identification", 0)]


@pytest.mark.parametrize("answer", ["我不是赵敏 开玩笑的 是我", "不是本人能接这个电话吗 是我"])
def test_a_denial_taken_back_or_asked_rhetorically_is_no_denial(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：赵女士，您的借款逾期了，今天能还吗？"
    assert "conduct.third_party_pressed" not in dict(found(shipped, call(text)))


def test_a_complaint_noted_and_the_debt_left_for_today_is_acknowledged(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，我已经投诉你们了\n坐席：您的借款的事，您的投诉我们已知悉并记录，今天不再跟您谈还款了。"
    assert found(shipped, call(text)) == []


def test_asking_whether_the_customer_still_works_is_no_demand(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，我在做透析\n坐席：那您现在还上班吗？"      # 还上班 is not 还上
    assert found(shipped, call(text)) == []


def test_customer_speech_is_never_a_finding(shipped: ConductAnalyser) -> None:
    text = ("客户：你好，我是赵敏，我借的5000元逾期了，今天必须还清。\n客户：我失业了。\n客户：别再打了，今天必须还。")
    assert found(shipped, call(text)) == []


def test_a_rule_reported_on_the_customer_is_refused() -> None:
    with pytest.raises(RulePackError, match="report"):
        ConductAnalyser([rule({"steps": {"x": {"speaker": "customer", "any": ["hardship"]}}})])


# --- identity: from the transcript and from recipient_type ---------------------------------------------------

def test_a_third_party_recipient_is_never_the_debtor(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我。\n坐席：您的借款5000元逾期了，请尽快还款。"
    assert found(shipped, call(text, "debtor")) == []
    assert found(shipped, call(text, "third_party")) == [("conduct.third_party_pressed", 2)]


def test_a_third_party_recipient_is_pressed_only_after_it_spoke(shipped: ConductAnalyser) -> None:
    # told the debt before anyone answered: disclosure there; pressing is what follows the callee's first words
    text = "坐席：喂，这里是暖阳消费金融，找刘洋，他借款欠了一万一了。\n第三方：我是他同事。\n坐席：那你跟他说赶紧还。"
    assert found(shipped, call(text, "third_party")) == [("conduct.disclosure_before_verification", 0),
                                                         ("conduct.third_party_pressed", 2)]


def test_a_third_party_speaker_has_denied_being_the_debtor(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：他出去了。\n坐席：他欠我们5000元，你让他赶紧还。"
    assert sorted(found(shipped, call(text))) == [("conduct.disclosure_before_verification", 2),
                                                  ("conduct.third_party_pressed", 2)]


# --- the operators, one by one -------------------------------------------------------------------------------

CEASE = f"{INTRO}\n客户：是我，别再打了。\n坐席：好的。\n客户：嗯。\n坐席：那你今天必须还。"


def test_after_and_speaker() -> None:
    steps = {"stop": {"speaker": "customer", "any": ["stop_request"]},
             "press": {"speaker": "agent", "any": ["payment_demand"], "after": "stop"}}
    assert fires({"steps": steps}, CEASE) == [4]
    before_the_stop = "坐席：您好，这里是暖阳消费金融，今天必须还。\n客户：别再打了。"
    assert fires({"steps": steps}, before_the_stop) == []
    said_by_the_customer = f"{INTRO}\n客户：是我，别再打了。\n客户：我今天必须还吗？\n坐席：好的。"
    assert fires({"steps": steps}, said_by_the_customer) == []


def test_within_counts_turns_from_the_named_step() -> None:
    steps = {"stop": {"speaker": "customer", "any": ["stop_request"]},
             "press": {"speaker": "agent", "any": ["payment_demand"], "after": "stop", "within": 2}}
    assert fires({"steps": steps}, CEASE) == []            # 3 turns after
    steps["press"]["within"] = 3
    assert fires({"steps": steps}, CEASE) == [4]


def test_before_in_a_not_condition() -> None:
    steps = {"press": {"speaker": "agent", "any": ["payment_demand"]}}
    unless_confirmed = {"speaker": "callee", "any": ["identity_confirmation"], "before": "press"}
    body = {"steps": steps, "not": [unless_confirmed]}
    assert fires(body, "坐席：今天必须还。\n客户：我就是本人。\n坐席：那今天必须还。") == [0]
    assert fires(body, "坐席：请问是本人吗？\n客户：我就是本人。\n坐席：那今天必须还。") == []


def test_rule_level_not_between_two_steps() -> None:
    steps = {"stop": {"speaker": "customer", "any": ["stop_request"]},
             "press": {"speaker": "agent", "any": ["payment_demand"], "after": "stop"}}
    body = {"steps": steps, "not": [{"speaker": "agent", "any": ["acknowledgement"], "after": "stop",
                                     "before": "press"}]}
    assert fires(body, CEASE) == [4]
    acknowledged = CEASE.replace("坐席：好的。", "坐席：好的，已为您登记。")
    assert fires(body, acknowledged) == []


def test_any_all_and_class_not_in_one_turn() -> None:
    text = f"{INTRO}\n客户：是我。\n坐席：您的借款逾期了。\n客户：嗯。\n坐席：您的借款逾期了，今天必须还。"
    assert fires({"steps": {"t": {"speaker": "agent", "any": ["debt_detail", "payment_demand"]}}}, text) == [2]
    assert fires({"steps": {"t": {"speaker": "agent", "all": ["debt_detail", "payment_demand"]}}}, text) == [4]
    assert fires({"steps": {"t": {"speaker": "agent", "any": ["debt_detail"], "not": ["payment_demand"]}}},
                 text) == [2]
    assert fires({"steps": {"t": {"speaker": "agent", "any": ["debt_detail"], "not": ["identity_question"]}}},
                 text) == [2]


def test_a_step_given_as_a_list_is_any_of_its_conditions() -> None:
    steps = {"t": [{"speaker": "agent", "any": ["relief_options"]}, {"speaker": "agent", "any": ["dismissal"]}]}
    assert fires({"steps": steps}, f"{INTRO}\n客户：是我。\n坐席：那是你的事。") == [2]


def test_nth_and_answers() -> None:
    text = "坐席：喂？\n客户：谁啊？\n坐席：请问是赵敏本人吗？\n客户：是的。"
    assert fires({"steps": {"t": {"speaker": "agent", "nth": 2}}}, text) == [2]
    confirmed = {"c": {"speaker": "callee", "any": ["affirmation"], "answers": ["identity_question"]},
                 "t": {"speaker": "agent", "after": "c"}}
    assert fires({"steps": confirmed}, text + "\n坐席：好的。") == [4]
    assert fires({"steps": confirmed}, "坐席：喂？\n客户：是的。\n坐席：好的。") == []


# --- calls as text and as turns, chats, evidence ----------------------------------------------------------------

def test_a_call_as_turns_gives_the_findings_of_the_same_call_as_text(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我，我住院了。\n坐席：住院也得还，今天必须还。"
    as_turns = Message("m1", "c1", "call", turns=parse_call_text(text))
    assert found(shipped, as_turns) == found(shipped, call(text)) == [("conduct.hardship_ignored", 2)]


def test_an_app_chat_with_speaker_lines_is_judged_and_a_plain_app_message_is_not(shipped: ConductAnalyser) -> None:
    chat = call("客服：你好，你欠的3000元逾期了。\n用户：你是谁？", channel="app")
    assert shipped.applies_to(chat)
    assert ("conduct.disclosure_before_verification", 0) in found(shipped, chat)
    assert not shipped.applies_to(call("您的账单已逾期，请尽快还款。", channel="app"))
    assert not shipped.applies_to(call("坐席：您好", channel="sms"))


def test_findings_carry_rule_metadata_and_masked_evidence(shipped: ConductAnalyser) -> None:
    message = call("坐席：喂，赵敏，你的手机13800138000登记的借款逾期了。\n客户：你谁？")
    findings = {f.category: f for f in shipped.analyse(message)}
    whole_turn = findings["conduct.no_self_identification"]
    assert whole_turn.turn == 0 and whole_turn.analyzer == "conduct" and whole_turn.regulation
    assert "13800138000" not in whole_turn.evidence and whole_turn.evidence.startswith("喂，赵")
    span = findings["conduct.disclosure_before_verification"]
    turn_text = message.turns[0].text if message.turns else parse_call_text(message.text)[0].text
    assert span.evidence == turn_text[span.start:span.end] == "借款"


def test_the_conduct_analyser_is_registered() -> None:
    (analyser,) = build_analysers(["conduct"])
    assert isinstance(analyser, ConductAnalyser) and analyser.rules


# --- timing facts -------------------------------------------------------------------------------------------------

def test_call_timing_talk_share_interruptions_and_silence() -> None:
    turns = [Turn("agent", "您好", 0.0, 4.0), Turn("customer", "嗯", 4.5, 10.0),
             Turn("agent", "今天必须还", 8.0, 12.0), Turn("customer", "好", 15.0, 16.0)]
    timing = call_timing(turns)
    assert timing.agent_talk_share == pytest.approx(8 / 14.5)
    assert timing.interruptions == 1                        # the agent started at 8 s, the customer spoke to 10 s
    assert timing.longest_silence == pytest.approx(3.0)     # 12 s to 15 s
    assert timing.duration == pytest.approx(16.0)
    assert call_timing([Turn("agent", "您好"), Turn("customer", "嗯", 1.0, 2.0)]) is None


def test_timing_by_agent_rolls_up_timed_calls() -> None:
    timed = [Turn("agent", "您好", 0.0, 2.0), Turn("customer", "嗯", 1.0, 3.0), Turn("agent", "好", 7.0, 8.0)]
    calm = [Turn("agent", "您好", 0.0, 1.0), Turn("customer", "嗯", 1.0, 4.0)]
    messages = [Message("a", "c1", "call", turns=timed, agent_id="AG-1"),
                Message("b", "c1", "call", turns=calm, agent_id="AG-1"),
                Message("c", "c1", "call", turns=[Turn("agent", "您好")], agent_id="AG-2")]
    frame = timing_by_agent(messages)
    assert frame.to_dict("records") == [{
        "campaign_id": "c1", "agent_id": "AG-1", "calls": 2, "agent_talk_share": pytest.approx((3 / 5 + 1 / 4) / 2),
        "interruptions": 0, "interruptions_per_call": 0.0, "longest_silence": pytest.approx(4.0)}]
    assert timing_by_agent([]).empty


# --- rule-pack errors ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("steps", "key", "reason"), [
    ("{t: {speaker: agent, any: [no_such_class]}}", "steps.t", "unknown class"),
    ("{t: {speaker: agent, around: 3}}", "steps.t", "unknown operator"),
    ("{s: {speaker: customer}, t: {speaker: agent, after: s, within: 0}}", "steps.t", "'within' must be a positive"),
    ("{s: {speaker: customer}, t: {speaker: agent, after: s, within: two}}", "steps.t", "'within' must be a positive"),
    ("{s: {speaker: customer}, t: {speaker: agent, after: s, within: 2.5}}", "steps.t", "'within' must be a positive"),
    ("{t: {speaker: agent, after: later}}", "steps.t", "no step before"),
    ("{t: {speaker: robot}}", "steps.t", "speaker"),
])
def test_a_bad_sequence_rule_names_file_rule_and_key(tmp_path: Path, steps: str, key: str, reason: str) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(f"""pack: bad
analyzer: conduct
rules:
  - id: conduct.bad.rule
    category: conduct.cease_ignored
    severity: high
    regulation: 测试
    explanation: 测试。
    steps: {steps}
    examples:
      match: ["坐席：你好"]
""", encoding="utf-8")
    with pytest.raises(RulePackError) as error:
        ConductAnalyser(load_pack(path))
    message = str(error.value)
    assert str(path) in message and "conduct.bad.rule" in message and f"'{key}'" in message and reason in message


def test_an_officer_adds_a_sequence_rule_in_yaml_and_rules_test_runs_its_examples(tmp_path: Path) -> None:
    pack = tmp_path / "threats_after_dispute.yml"
    pack.write_text("""pack: conduct.local
analyzer: conduct
rules:
  - id: conduct.local.demand_after_dispute
    category: conduct.cease_ignored
    severity: medium
    regulation: 内部质检规则
    explanation: 客户提出异议后三轮内，坐席仍催要还款。
    steps:
      dispute: {speaker: customer, any: [stop_request]}
      press: {speaker: agent, any: [payment_demand], after: dispute, within: 3}
    examples:
      match: ["坐席：您好，这里是暖阳消费金融。\\n客户：这笔钱不是我借的。\\n坐席：那你今天必须还。"]
      no_match: ["坐席：您好，这里是暖阳消费金融。\\n客户：这笔钱不是我借的。\\n坐席：好的，已为您登记异议。"]
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(pack)])
    assert result.exit_code == 0, result.output
    assert "2 passed, 0 failed" in result.output
    broken = pack.read_text(encoding="utf-8").replace("好的，已为您登记异议。", "那你今天必须还。")
    pack.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(pack)])
    assert result.exit_code == 1 and "no_match[0]" in result.output


def test_an_unknown_rule_key_and_a_missing_identity_class_are_errors(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="unknown key"):
        ConductAnalyser([rule({"steps": {"t": {"speaker": "agent"}}, "within": 2})])
    classes = tmp_path / "utterances.yml"
    classes.write_text("classes:\n  identity_denial: {terms: [打错了]}\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="identity_confirmation") as error:
        ConductAnalyser([], utterances=classes)
    assert str(classes) in str(error.value)
    classes.write_text("clause_conditions: [还是, '，']\nclasses:\n  identity_denial: {terms: [打错了]}\n"
                       "  identity_confirmation: {terms: [是我]}\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="clause_conditions") as error:
        ConductAnalyser([], utterances=classes)
    assert str(classes) in str(error.value)


SPOKEN = ["您好，这里是暖阳消费金融", "请问是赵敏本人吗？", "是我", "不是，打错了", "我失业了", "别再打了", "今天必须还",
          "您的借款5000元逾期了", "好的，已登记", "我们不会再打扰您", "可以申请分期", "他是我儿子"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["agent", "customer", "third_party"]),
                          st.one_of(st.sampled_from(SPOKEN), st.text(max_size=40))), max_size=12),
       st.sampled_from(["debtor", "third_party", "unknown"]))
def test_any_call_gives_findings_on_agent_turns_with_offsets_inside_them(
        shipped: ConductAnalyser, turns: list[tuple[str, str]], recipient_type: str) -> None:
    message = Message("m1", "c1", "call", turns=[Turn(speaker, text) for speaker, text in turns],
                      recipient_type=recipient_type)
    for finding in shipped.analyse(message):
        turn = message.turns[finding.turn]
        assert turn.speaker == "agent"
        assert 0 <= finding.start <= finding.end <= len(turn.text)


@pytest.mark.parametrize(("question", "answer"), [("喂 庄晓峰吗", "是"), ("喂 是赵铁柱不", "嗯呐 咋的了"),
                                                  ("你好 是白秀珍女士吗", "是 你哪位")])
def test_a_bare_name_asked_and_answered_is_a_verified_callee(shipped: ConductAnalyser, question: str,
                                                            answer: str) -> None:
    text = f"坐席：{question}\n客户：{answer}\n坐席：我是瀚海消费金融的，您的借款逾期二十天了，今天能还吗？"
    assert "conduct.disclosure_before_verification" not in [c for c, _ in found(shipped, call(text, "debtor"))]
    unverified = f"坐席：{question}\n客户：你谁啊\n坐席：我是瀚海消费金融的，您的借款逾期二十天了，今天能还吗？"
    assert "conduct.disclosure_before_verification" in [c for c, _ in found(shipped, call(unverified, "debtor"))]


@pytest.mark.parametrize("opening", ["青禾小贷的 我姓孙 找一下魏东来", "我瀚海消费金融的 是赵铁柱不"])
def test_an_institution_named_at_the_start_of_a_turn_identifies_the_caller(shipped: ConductAnalyser,
                                                                         opening: str) -> None:
    text = f"坐席：{opening}\n客户：是我\n坐席：您的借款逾期十天了，今天能处理吗？"
    assert "conduct.no_self_identification" not in [c for c, _ in found(shipped, call(text, "debtor"))]
    anonymous = "坐席：喂 找一下魏东来\n客户：是我\n坐席：你那笔钱什么时候还？"
    assert "conduct.no_self_identification" in [c for c, _ in found(shipped, call(anonymous, "debtor"))]


# --- families from dev3 batch f (calls written by others' voices: robots, dialects, long unpunctuated turns) ---

@pytest.mark.parametrize("press", ["我们不会天天打你但是今天必须还", "我们不会为难你的你还是这周把钱转过来"])
def test_a_refusal_does_not_negate_the_demand_after_it_in_one_unpunctuated_turn(shipped: ConductAnalyser,
                                                                               press: str) -> None:
    text = f"{INTRO}\n客户：是我 我下岗三个月了\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))
    promise = f"{INTRO}\n客户：是我 别再打了\n坐席：好的 我们不会再打扰您"      # a negated promise stays negated
    assert found(shipped, call(promise)) == []


@pytest.mark.parametrize("press", ["你不会去找份工啊 这周先还一千", "你不会去找份工啊这周先还一千", "我们不会天天打你的你这周先还一千"])
def test_a_pause_or_a_final_particle_ends_a_negators_reach(shipped: ConductAnalyser, press: str) -> None:
    """A space between words in a transcript is a pause, and 啊 / 的你 end a clause of speech: the demand after
    them is not negated by the 不会 before them (offsets stay those of the turn)."""
    text = f"{INTRO}\n客户：是我 我下岗三个月了\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))
    start, end = shipped.utterances.find(press)["payment_demand"]
    assert press[start:end] and "一千" in press[start:] and start > press.index("不会")
    kept = f"{INTRO}\n客户：是我 我下岗三个月了\n坐席：我们不会要求今天必须还 您先安心找工作"
    assert found(shipped, call(kept)) == []


@pytest.mark.parametrize("answer", ["我不是赵敏 骗你的 就是我", "不是我啊 逗你呢 是我"])
def test_a_denial_taken_back_confirms_the_callee(shipped: ConductAnalyser, answer: str) -> None:
    text = f"{INTRO}\n客户：{answer}\n坐席：赵女士，您的借款逾期二十天了，欠款三千。"
    assert found(shipped, call(text)) == []
    kept = f"{INTRO}\n客户：我不是赵敏\n坐席：赵敏的借款逾期二十天了，欠款三千。"
    assert ("conduct.disclosure_before_verification", 2) in found(shipped, call(kept))


def test_a_robots_not_me_key_is_a_denial_only_when_it_answers_the_identity_menu(shipped: ConductAnalyser) -> None:
    menu = "坐席：您好，这里是暖阳消费金融，请问您是赵敏女士本人吗？本人请按1，非本人请按2。"
    text = f"{menu}\n客户：[按键2]\n坐席：请转告赵敏女士，她的借款已逾期，请尽快还款。"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))
    human = (f"{menu}\n客户：[按键1]\n坐席：赵女士，您的借款逾期了，还款请按1，转人工请按2。\n客户：[按键2]\n"
             "坐席：您好，人工客服为您服务，您的借款今天能还吗？")
    assert found(shipped, call(human)) == []


@pytest.mark.parametrize("opening", ["喂您好 这里是星川网贷 请问是赵敏女士吗", "你好 星川网贷 请问赵敏是你吗"])
def test_a_lender_named_as_a_wangdai_platform_identifies_the_caller(shipped: ConductAnalyser, opening: str) -> None:
    text = f"坐席：{opening}\n客户：是我\n坐席：您的借款逾期十天了"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize(("question", "answer"), [("喂，星川汽车金融的，是赵铁柱不？", "嗯呐"),
                                                  ("喂，瀚海银行，请问是赵铁柱吗？", "俺是，啥事")])
def test_a_name_asked_after_the_institution_and_answered_in_dialect_verifies(shipped: ConductAnalyser,
                                                                            question: str, answer: str) -> None:
    text = f"坐席：{question}\n客户：{answer}\n坐席：您的车贷逾期五天了。"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("told", ["你爸这笔车贷俩月没交了", "他那个网贷已经好几期没还了", "她这期月供一直没缴"])
def test_a_product_left_unpaid_told_to_a_third_party_discloses(shipped: ConductAnalyser, told: str) -> None:
    text = f"{INTRO}\n第三方：我是她儿子\n坐席：{told}"
    assert found(shipped, call(text))[:1] == [("conduct.disclosure_before_verification", 2)]
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["家里一分钱的进账都没有", "一场暴雪把羊圈压塌了", "腰椎病又犯了 下不了床",
                                      "店子黄摊了 一分钱也拿不出"])
def test_hardship_as_no_income_a_crushing_disaster_or_an_old_illness(shipped: ConductAnalyser,
                                                                     hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这个月先转两千过来"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("dispute", ["系我 但系嗰笔数唔系我借嘅", "是我 我朋友拿我名字开的卡", "是我 他们攞我资料去办的"])
def test_a_debt_disputed_as_identity_theft_in_cantonese_or_mandarin_is_a_stop_request(shipped: ConductAnalyser,
                                                                                      dispute: str) -> None:
    text = f"{INTRO}\n客户：{dispute}\n坐席：名下是你的，你都要先还"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


# --- families from dev3 batch g ------------------------------------------------------------------------------

@pytest.mark.parametrize("hardship", ["我爷爷昨天夜里过身了", "家里老太太上礼拜没的", "厂里好几个月都没工资",
                                      "上个月让老板撵走了", "穷得就剩这身衣服了", "镇上让我们撤离 现在住在安置点"])
def test_hardship_as_a_death_in_dialect_pay_withheld_a_firing_or_an_evacuation(shipped: ConductAnalyser,
                                                                               hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("press", ["那你记得还，礼拜五前", "今晚之前转两期过来", "下个月记着还"])
def test_a_deadline_or_a_reminder_to_pay_presses(shipped: ConductAnalyser, press: str) -> None:
    text = f"{INTRO}\n客户：是我 我爸前天去世了\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("stop", ["我已经打了12345了", "你们多扣了我两百", "征信报告上显示结清"])
def test_a_hotline_a_miscount_or_a_settled_record_is_a_stop_request(shipped: ConductAnalyser, stop: str) -> None:
    text = f"{INTRO}\n客户：是我 {stop}\n坐席：这周必须还清"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("press", ["他的工钱你先扣下来", "我们明天派人去他公司", "你跟他说我们会去他学校等他"])
def test_holding_back_the_debtors_money_or_sending_someone_presses_a_third_party(shipped: ConductAnalyser,
                                                                                  press: str) -> None:
    text = f"{INTRO}\n第三方：我是他老板\n坐席：{press}"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


def test_a_name_asked_behind_a_wangdai_platform_and_answered_verifies(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 星川网贷 赵敏是吧\n客户：嗯\n坐席：你借款逾期了"
    assert found(shipped, call(text)) == []


# --- families from dev3 batch h ------------------------------------------------------------------------------

def test_a_generic_overdue_accounts_centre_names_no_institution(shipped: ConductAnalyser) -> None:
    text = "坐席：您好，这边是全国欠款处置中心，请问是赵敏女士吗？\n客户：是\n坐席：请您尽快处理。"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["女儿脑瘫 我辞了工作在家照顾她", "我把工作辞了回老家伺候我妈"])
def test_a_childs_disability_or_work_given_up_to_care_is_hardship(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("press", ["现在转八百", "让他先替你把这期垫了"])
def test_an_amount_tonight_or_a_spouse_told_to_pay_presses(shipped: ConductAnalyser, press: str) -> None:
    text = f"{INTRO}\n客户：是我 我失业了\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("stop", ["我委托了一家债务调解机构 他们会联系你们", "你们这个年化超过法律规定了", "这是砍头息",
                                  "那张卡我去年就销户了"])
def test_a_mediator_an_unlawful_rate_or_a_closed_account_is_a_stop_request(shipped: ConductAnalyser,
                                                                          stop: str) -> None:
    text = f"{INTRO}\n客户：是我 {stop}\n坐席：这周必须还清"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_a_third_party_told_in_cantonese_to_have_the_debtor_pay_in_today(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n第三方：我系佢老婆\n坐席：你话佢听日俾钱"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


# --- families from dev3 batch i ------------------------------------------------------------------------------

@pytest.mark.parametrize("press", ["你去他屋里看看他在不在", "你敲开她房门问问", "他是不是躲起来了"])
def test_a_third_party_sent_to_look_for_the_debtor_is_pressed(shipped: ConductAnalyser, press: str) -> None:
    text = f"{INTRO}\n第三方：我是他室友\n坐席：{press}"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["我肝不好一直在治", "每周跑医院透三回"])
def test_an_organ_failing_or_regular_treatment_is_hardship(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_money_still_to_come_told_to_go_to_the_debt_presses(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我 工厂停产了\n坐席：发了遣散费拿来还"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_a_petition_to_the_authorities_is_a_stop_request(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我 我要去信访办\n坐席：这周必须还清"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_a_bare_yes_then_more_words_confirms(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是 刚下班在路上\n坐席：赵女士，您的借款逾期五天了。"
    assert found(shipped, call(text)) == []


# --- families from dev3 batch j ------------------------------------------------------------------------------

def test_relief_taken_back_in_the_same_sentence_does_not_answer_hardship(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我 我住院了\n坐席：可以帮您申请延期，不过这期今天得先还上"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))
    kept = f"{INTRO}\n客户：是我 我住院了\n坐席：可以帮您申请延期，这几天先不催您"
    assert found(shipped, call(kept)) == []


@pytest.mark.parametrize("hardship", ["我从楼梯上跌下来了", "胳膊上着石膏", "我在打劳动仲裁讨工资"])
def test_a_fall_a_cast_or_a_wage_claim_is_hardship(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))
    promised = f"{INTRO}\n客户：是我 我出车祸了\n坐席：那保险赔偿下来就还"      # money still to come, spent on the debt
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(promised))


def test_a_creditors_representative_names_no_institution(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 我们是代表债权方的 请问是赵敏吗\n客户：是\n坐席：您的借款逾期了"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


def test_calling_the_family_instead_ignores_a_stop_request(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我 别再打了\n坐席：你不接我们就只能找你爸妈"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


def test_names_nobody_must_be_well_formed(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "lexicons" / "conduct" / "context" / "utterances.yml").read_text("utf-8")
    broken = tmp_path / "utterances.yml"
    broken.write_text(source.replace("  classes: [self_introduction, lender_named]\n", "  classes: [no_such_class]\n", 1), "utf-8")
    with pytest.raises(RulePackError, match="names_nobody"):
        ConductAnalyser.from_lexicons(utterances=broken)


# --- parts and families from conduct_dev6 ----------------------------------------------------------------------

def test_a_part_a_pattern_names_must_be_defined(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "lexicons" / "conduct" / "context" / "utterances.yml").read_text("utf-8")
    broken = tmp_path / "utterances.yml"
    broken.write_text(source.replace("^{greeting}*+", "^{no_such_part}*+", 1), "utf-8")
    with pytest.raises(RulePackError, match="no part {no_such_part}"):
        ConductAnalyser.from_lexicons(utterances=broken)
    broken.write_text(source.replace("parts:\n", "parts:\n  Bad-Name: [x]\n", 1), "utf-8")
    with pytest.raises(RulePackError, match="'parts'"):
        ConductAnalyser.from_lexicons(utterances=broken)


@pytest.mark.parametrize("opening", ["喂 喂 蔺志远吧", "喂 禾木小贷 有件你本人的事 贺春明吧", "喂 是苗玉兰不 我这边是橙屿消费金融的 有点事",
                                     "喂 我是催收组的小周 詹国平吧", "我是衡川律师事务所的 受禾木小贷委托 有件事找殷晓霞本人"])
def test_a_bare_name_asked_anywhere_is_the_identity_question(shipped: ConductAnalyser, opening: str) -> None:
    """A surname and a given-name character before the question, wherever the name stands: 嗯 / 我是 answer it."""
    assert "identity_question" in shipped.utterances.find(opening)
    text = f"坐席：{opening}\n客户：嗯\n坐席：你借款逾期半个月了"
    assert "conduct.disclosure_before_verification" not in {category for category, _ in found(shipped, call(text))}


@pytest.mark.parametrize("demand", ["那你把钱还了吧", "你这笔钱明天还吧", "那你先还一期吧 我这边给你记上"])
def test_a_demand_ending_in_吧_is_no_name_question(shipped: ConductAnalyser, demand: str) -> None:
    assert "identity_question" not in shipped.utterances.find(demand)


@pytest.mark.parametrize("opening", ["哎 你好 橙屿消费金融的 有个事儿找阮立新", "亲，您好，橙屿消费金融提醒您，有一项您本人账户的事"])
def test_an_institution_after_哎_or_亲_introduces_the_caller(shipped: ConductAnalyser, opening: str) -> None:
    assert {"self_introduction", "purpose_stated"} <= shipped.utterances.find(opening).keys()


@pytest.mark.parametrize("answer", ["这是她弟弟 她不用这个号了", "不是 这号我刚办的"])
def test_a_relative_or_a_new_owner_of_the_number_denies(shipped: ConductAnalyser, answer: str) -> None:
    text = f"坐席：你好 禾木小贷的 有件事找一下滕雅琴\n客户：{answer}\n坐席：那让她把这个月的钱先交了"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["我爸上礼拜刚下葬", "我家养的猪全得病死光了", "我老公被抓进去了", "前天家里煤气罐炸了",
                                      "我现在大着肚子", "我间铺头执咗笠 而家冇收入"])
def test_hardship_beyond_the_contracts_list(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("press", ["莫拖了", "我们这个先还", "你再转一次", "你现在就转账", "也可以手机上还",
                                   "周五之前还上两千", "今日之内还五百先", "先把八百还了吧", "冇钱都要还"])
def test_pressing_in_other_words_after_hardship(shipped: ConductAnalyser, press: str) -> None:
    text = f"{INTRO}\n客户：是我 我失业了\n坐席：{press}"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_a_shop_flooded_in_cantonese_is_hardship(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：是我 上个月打风 个档口水浸咗 货都冇晒\n坐席：咁都要还 今日转过嚟"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_another_channel_asked_for_is_a_stop_request(shipped: ConductAnalyser) -> None:
    text = f"{INTRO}\n客户：我上班不方便接电话 有事发信息\n坐席：发信息你也不回啊 你现在就转账"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))
    kept = f"{INTRO}\n客户：我上班不方便接电话 有事发信息\n坐席：好的 收到您的要求 以后给您发短信联系"
    assert found(shipped, call(kept)) == []


@pytest.mark.parametrize("hardship", ["我一只手让机器绞了", "我腰椎间盘突出 躺了俩月了", "我老婆精神出了问题", "我们那边山洪 房子冲没了",
                                      "我男人在外头出了事 人没了", "我被逼得吃了药 刚洗完胃"])
def test_hardship_built_from_a_body_part_or_a_home_and_what_happened_to_it(shipped: ConductAnalyser,
                                                                           hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("excuse", ["我手机坏了", "手头有点紧", "我车坏了在修", "我手续还没办完", "你们系统有问题吧"])
def test_a_phone_a_car_or_paperwork_is_no_hardship(shipped: ConductAnalyser, excuse: str) -> None:
    assert "hardship" not in shipped.utterances.find(excuse)


@pytest.mark.parametrize("press", ["不然天天打", "你知唔知佢喺边度返工"])
def test_a_threat_to_keep_calling_or_the_debtors_workplace_presses_a_third_party(shipped: ConductAnalyser,
                                                                                 press: str) -> None:
    text = f"坐席：您好，这里是禾木小贷，有件事找殷晓霞\n第三方：打错了 没这人\n坐席：你让她接电话 {press}"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


def test_an_introduction_in_the_second_turn_still_owes_the_purpose(shipped: ConductAnalyser) -> None:
    """Contract 5: who AND why in the first two turns; an introduction that only answers 边位 leaves out why, unless
    the callee then asks why and the debt told answers it."""
    late = "坐席：喂 请问系唔系赵敏\n客户：系 边位\n坐席：我係暖阳银行信用卡中心嘅职员\n客户：系我\n坐席：赵女士，您的借款逾期了。"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(late))
    asked = "坐席：喂 请问系唔系赵敏\n客户：系 边位\n坐席：我係暖阳银行信用卡中心嘅职员\n客户：咩事\n坐席：赵女士，您的借款逾期了。"
    assert found(shipped, call(asked)) == []


def test_speech_reads_none_of_the_grammar_of_written_texts(shipped: ConductAnalyser) -> None:
    """A demand followed by 越滚越多 presses (a written warning's dismissal words do not clear it in a call)."""
    assert "payment_demand" in shipped.utterances.find("那更要抓紧把钱还了 不然利息越滚越多")


@pytest.mark.parametrize("answer", ["他在洗澡 你说吧", "什么事 我帮他转达", "他手机在我这"])
def test_the_debtor_spoken_of_as_someone_else_is_no_yes(shipped: ConductAnalyser, answer: str) -> None:
    """The callee speaks of the debtor as someone else (busy, their phone held, a message to pass on): the debt
    told next is disclosed to a third party, and pressed on them."""
    text = f"坐席：您好，这里是禾木小贷，有件事，请问是贺春明吗？\n客户：{answer}\n坐席：他的借款逾期十天了"
    assert {("conduct.disclosure_before_verification", 2), ("conduct.third_party_pressed", 2)} <= set(found(shipped, call(text)))


def test_identity_over_turns_a_correction_after_a_yes_makes_a_third_party(shipped: ConductAnalyser) -> None:
    corrected = ("坐席：您好，这里是禾木小贷，有件事，请问是贺春明吗？\n客户：是我\n坐席：您的借款逾期十天了\n"
                 "客户：其实我不是他 我是他哥 他让我接的\n坐席：那你帮他还上")
    assert found(shipped, call(corrected)) == [("conduct.third_party_pressed", 4)]
    family = ("坐席：您好，这里是禾木小贷，有件事，请问是贺春明吗？\n客户：是我\n坐席：您的借款逾期十天了\n"
              "客户：我老公他不在家 我做不了主\n坐席：那您今天先还一部分")
    assert found(shipped, call(family)) == []


@pytest.mark.parametrize("hardship", ["我们厂子搬到越南去了 全部人都遣散了", "孩子出生就有病 每个月光药就要五六千",
                                      "我老公吸毒进了戒毒所", "家里房子被法院拍卖了 一家人没地方住"])
def test_hardship_from_conduct_dev6_c3(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：那你这周必须还清"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize(("answer", "press"), [("谁啊 发错了吧", "您的分期已逾期15天 请核实"),
                                               ("不是 这是公司的号", "让她赶紧联系我们还钱"),
                                               ("我是他室友 他搬走了", "你给个地址 我们去找他")])
def test_chat_denials_and_a_visit_threatened_to_a_third_party(shipped: ConductAnalyser, answer: str,
                                                              press: str) -> None:
    text = f"坐席：您好，这里是禾木小贷，有件事，请问是贺春明吗？\n客户：{answer}\n坐席：{press}"
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


def test_asking_a_third_party_where_the_debtor_moved_is_no_pressing(shipped: ConductAnalyser) -> None:
    text = "坐席：喂 禾木小贷 贺春明在吗\n第三方：他搬走了 我是新租户\n坐席：那你知道他搬哪去了吗\n第三方：不知道\n坐席：好的 打扰了"
    assert found(shipped, call(text)) == []


@pytest.mark.parametrize("press", ["那你给个别的号 不然还打这个", "律师联系是律师的事 你这期还得还"])
def test_a_threat_to_keep_calling_or_a_lawyer_brushed_aside_ignores_a_stop(shipped: ConductAnalyser,
                                                                           press: str) -> None:
    text = f"{INTRO}\n客户：是我 以后不要打这个号码 有事找我律师\n坐席：{press}"
    assert ("conduct.cease_ignored", 2) in found(shipped, call(text))


@pytest.mark.parametrize("hardship", ["我老公在外面赌输了跑了 留了一屁股债给我", "我老公上个月过咗身 我一个人凑两个细路"])
def test_a_spouse_gone_or_dead_in_other_words_is_hardship(shipped: ConductAnalyser, hardship: str) -> None:
    text = f"{INTRO}\n客户：是我 {hardship}\n坐席：咁都要还 你今日还住一千先"
    assert ("conduct.hardship_ignored", 2) in found(shipped, call(text))


def test_a_wrong_number_told_to_think_again_is_pressed(shipped: ConductAnalyser) -> None:
    text = ("坐席：喂 你好 橙屿消费金融 有点事找下阮立新\n客户：你打错了 我不认识什么阮立新\n"
            "坐席：你再好好想想 不认识他怎么会留你的电话 你们肯定有关系")
    assert ("conduct.third_party_pressed", 2) in found(shipped, call(text))


def test_a_yes_from_a_contact_asked_by_name_confirms_nothing(shipped: ConductAnalyser) -> None:
    """是刘明的朋友张磊吗 asks for a contact: their 是 is no confirmation of being the debtor."""
    text = "坐席：您好，这里是禾木小贷，是贺春明的朋友张磊吗？\n客户：是\n坐席：贺春明的借款逾期三个月了"
    assert ("conduct.disclosure_before_verification", 2) in found(shipped, call(text))


@pytest.mark.parametrize("opening", ["我是远航企业管理有限公司的", "我是远航商务服务的", "我们是远航信息咨询的",
                                     "我哋係收數公司嘅", "我这边是催账的", "我是远航的 受债权方委托"])
def test_an_agency_by_its_kind_that_names_no_lender_does_not_identify_the_caller(shipped: ConductAnalyser,
                                                                               opening: str) -> None:
    text = f"坐席：喂 {opening} 找一下赵敏\n客户：我是\n坐席：你的借款逾期两个月了"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


@pytest.mark.parametrize("later", ["你那笔信用卡欠款现在在我们这边处理", "钱不是跟我们借的 是我们帮别人收的",
                                   "你的欠款已经委托到我们公司了"])
def test_a_short_brand_that_holds_someone_elses_debt_is_an_agency(shipped: ConductAnalyser, later: str) -> None:
    text = f"坐席：喂 我是远航的 找一下赵敏\n客户：我是 哪里\n坐席：你借款的事\n客户：啥\n坐席：{later}"
    assert ("conduct.no_self_identification", 0) in found(shipped, call(text))


@pytest.mark.parametrize("opening", ["我是远航企业管理有限公司的 受星川银行委托", "我是远航商务服务的 代表星川消费金融",
                                     "这里是星川银行信用卡中心", "这里是星川银行贷后管理部"])
def test_an_agency_naming_its_lender_or_a_lender_naming_itself_identifies_the_caller(shipped: ConductAnalyser,
                                                                                   opening: str) -> None:
    text = f"坐席：您好 {opening} 请问是赵敏女士吗\n客户：是我\n坐席：您的欠款现在由我们这边负责跟进"
    assert found(shipped, call(text)) == []
