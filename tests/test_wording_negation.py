"""Negation in the wording analyser: where a negator, by its shape, clears nothing (a contrast after it, a taunt
or a condition after it, a negator split by a clause break), and real negations that must keep clearing."""
import pytest

from audit.analysers.wording import WordingAnalyser
from audit.message import Message


def categories(wording_rules: WordingAnalyser, text: str) -> set[str]:
    return {finding.category for finding in wording_rules.analyse(Message("m1", "c1", "sms", text=text))}


@pytest.mark.parametrize("text, category", [
    ("不仅不可爱还很恶心", "abuse.insult"),                       # the contrast 还很 ends 不可's scope
    ("他不会认错反而说你是垃圾", "abuse.insult"),
    ("不要瞎逼逼", "abuse.insult"),                               # the prohibition's manner is the insult
    ("你已经算诈骗了晓得不？要判刑的哦。", "misleading.legal"),     # 不要 split by the question mark is no negator
    ("没有就去卖血啊，一次能卖几百，卖几次不就够了。", "coercion.debt_rollover"),
    ("那你不会想办法 随便编个理由 借个几千块 先把我们这个还了再说", "coercion.debt_rollover"),
    ("你爸妈那边不是有点养老钱吗 先拿来应应急嘛", "coercion.debt_rollover"),
    ("閣下將被禁止出境及被拘留，請立即還款。", "misleading.legal"),
    ("你以为我们不会去你单位找你领导吗", "threat.third_party"),    # no turn before the question: a taunt
])
def test_negator_shapes_that_clear_nothing(wording_rules: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(wording_rules, text)


@pytest.mark.parametrize("text", [
    "我们不会上门找你",
    "我们绝不会把你的照片发到网上",
    "我们不会上门找你，反而会帮您申请延期",     # the contrast after the negated hit leaves it negated
    "逾期不会坐牢，而是会影响征信",
    "您不用担心会坐牢",
    "不会吓唬你说坐牢",
    "我们不是要骂你是老赖",
    # a spoken turn to a new point before the question: it asks about that point, not a taunt of the promise
    "我们 不会 联系 你 单位 也不会 打 你们 老板 电话 就是 呃 这个月 还能 还一点吗",
    "我们不会去你家里 就是说 你看月底能还一部分吗",
])
def test_real_negations_still_clear(wording_rules: WordingAnalyser, text: str) -> None:
    assert not categories(wording_rules, text)


@pytest.mark.parametrize("text, asked", [
    # an A-not-A question put to no one asks (an FAQ's question, answered after it); its 不会 is no taunt
    ("有用户问：花呗逾期会不会坐牢？答：正常逾期属于民事纠纷。", True),
    ("客户问：不还款会不会坐牢？正常逾期是民事纠纷。", True),
    # … unless it is put to the reader, answered yes, or the negative question's taunt (没钱不会去借吗)
    ("不还钱会不会坐牢，你自己想想吧？", False),
    ("欠钱不还会不会坐牢？会的。", False),
])
def test_a_not_a_question_is_asked(wording_rules: WordingAnalyser, text: str, asked: bool) -> None:
    assert ("misleading.legal" not in categories(wording_rules, text)) is asked


@pytest.mark.parametrize("text, category", [
    # 'not' inside another word, 'never' inside whenever: a Latin negator counts only as a word of its own
    ("Another late month and you will be arrested at work.", "misleading.legal"),
    ("Whenever you skip a payment we will phone your boss.", "threat.third_party"),
])
def test_latin_negators_only_as_whole_words(wording_rules: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(wording_rules, text)


@pytest.mark.parametrize("text", [
    "You will not be arrested over this balance.",
    "We will never phone your boss about this account.",
    "Your details won't be posted on Facebook.",
])
def test_english_negations_clear(wording_rules: WordingAnalyser, text: str) -> None:
    assert not categories(wording_rules, text) - {"pii.third_party_disclosure"}
