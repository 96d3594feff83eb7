"""The wording analyser: negation, lawful context, co-occurrence, obfuscated forms, speakers and offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.analysers.recent import RecentFindings
from audit.analysers.wording import WordingAnalyser
from audit.errors import RulePackError
from audit.message import Message, Turn, parse_call_text
from audit.normalise import normalise
from audit.rulepack import load_pack
from audit.vocabulary import Severity

ENGINE_PACK = """
pack: test.engine
analyzer: wording
defaults:
  regulation: 信用卡业务监督管理办法 第68条
  severity: high
  explanation: 测试规则。
rules:
  - id: t.visit
    category: threat.violence
    terms: [上门找你, 上门]
    patterns: ['再不还.{0,6}(打断|弄死)']
    unless: [拜访]
    examples: {match: [再不还就上门找你]}
  - id: t.family
    category: threat.third_party
    terms: [联系您的家人, 联系你的家人]
    examples: {match: [我们会联系您的家人]}
  - id: t.not_negatable
    category: threat.violence
    terms: [砸门]
    negatable: false
    examples: {match: [不会砸门的]}
  - id: t.court_today
    category: misleading.legal
    terms: [传票]
    requires: [今天, 今日]
    window: 6
    examples: {match: [今天就给你发传票]}
  - id: t.sb
    category: abuse.insult
    terms: [傻逼, sb]
    pinyin: true
    negatable: false
    examples: {match: [傻逼]}
  - id: t.account
    category: abuse.insult
    patterns: ['打款到\\d{6,}']
    examples: {match: [打款到6222020200112233445]}
  - id: t.harm
    category: threat.violence
    terms: [打断你的腿, 打断腿, 你的腿]
    examples: {match: [打断你的腿]}
  - id: t.expose
    category: threat.exposure
    terms: [曝光你, 传唤你]
    pinyin: true
    examples: {match: [爆光你]}
  - id: t.typed_label
    category: abuse.insult
    terms: [老赖, 寄生虫]
    pinyin: latin
    examples: {match: [laolai]}
  - id: t.lawyer
    category: misleading.impersonation
    terms: [律师函]
    unless_message: [执业证号, 受托]
    examples: {match: [明天给你发律师函]}
  - id: t.dishonest
    category: misleading.legal
    terms: [失信被执行人]
    unless_sentence: [判决]
    examples: {match: [明天就把你列为失信被执行人]}
"""


@pytest.fixture(scope="module")
def analyser(tmp_path_factory: pytest.TempPathFactory) -> WordingAnalyser:
    path = tmp_path_factory.mktemp("packs") / "engine.yml"
    path.write_text(ENGINE_PACK, encoding="utf-8")
    return WordingAnalyser(load_pack(path))


def fired(analyser: WordingAnalyser, text: str) -> set[str]:
    return {f.rule_id for f in analyser.analyse(Message("m1", "c1", "sms", text=text))}


@pytest.mark.parametrize(("text", "threat"), [
    ("我们不会上门", False),
    ("再不还就上门找你", True),
    ("不还就上门", True),
    ("如果不还，我们就上门", True),
    ("没有还款的话我们就上门找你", True),            # 没有 + 还款: a condition, not a negation
    ("不要逼我们上门", True),
    ("我们会不会上门取决于您", True),                # 会不会: a question, not a negation
    ("我们从未说过要上门", False),
    ("我们不会上门，但再不还就上门找你", True),       # the negator is in the other clause
    ("严禁工作人员上门", False),
    ("我们不得不上门找你", True),                   # 不得不: an obligation, not a negation
    ("我司将安排人员上门拜访", False),               # lawful context in the clause
    ("请配合拜访。我们明天上门找你", True),          # lawful context in another sentence does not clear it
])
def test_negation_and_lawful_context(analyser: WordingAnalyser, text: str, threat: bool) -> None:
    assert ("t.visit" in fired(analyser, text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("我们不会以任何方式联系您的家人", False),          # a strong negator governs the rest of its clause
    ("我司绝不会在任何情况下联系你的家人", False),
    ("严禁催收人员以任何理由联系您的家人", False),
    ("我们不会因为您逾期几天就联系您的家人", False),     # 就 under 因为 stays inside the negation
    ("我们不会再等了今天就联系你的家人", True),          # 就 between: the negator no longer reaches
    ("你不会还钱的话我们只好联系你的家人", True),
    ("我们没有办法只能先联系你的家人", True),            # 没有 is no clause negator: only 4 chars back
])
def test_strong_negators_govern_the_rest_of_their_clause(analyser: WordingAnalyser, text: str, threat: bool) -> None:
    assert ("t.family" in fired(analyser, text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("你不会上门找你爸妈要钱吗", True),                 # a taunt ending in 吗 is no negation
    ("我们不会上门找你吗？你试试", True),
    ("我们难道不会上门找你？", True),
    ("你不能上门找你爸妈借借呢", True),
    ("我们不会上门找你，请放心", False),
    ("我们不会上门找你。有疑问吗？", False),            # the question is another sentence
])
def test_a_negator_in_a_question_is_a_taunt(analyser: WordingAnalyser, text: str, threat: bool) -> None:
    assert ("t.visit" in fired(analyser, text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("别以为我们不会上门找你", True),                   # the debtor's belief, not our promise
    ("你还觉得我们不会上门找你", True),
    ("我们不会上门找你，以为您会主动联系", False),       # 以为 after the negator changes nothing
])
def test_a_negator_after_a_belief_word_is_no_negation(analyser: WordingAnalyser, text: str, threat: bool) -> None:
    assert ("t.visit" in fired(analyser, text)) is threat


def test_unless_message_clears_a_rule_anywhere_in_the_agents_words(analyser: WordingAnalyser) -> None:
    assert "t.lawyer" in fired(analyser, "三天内不还，明天给你发律师函。")
    assert "t.lawyer" not in fired(analyser, "本所受托处理您的欠款事宜。如仍未还款，本所将发送律师函。")
    turns = [Turn("agent", "我是张律师，执业证号13101200000000001。"), Turn("customer", "嗯"),
             Turn("agent", "我们会给您寄律师函")]
    assert "t.lawyer" not in {f.rule_id for f in analyser.analyse(Message("m1", "c1", "call", turns=turns))}
    customer_says = [Turn("customer", "你有执业证号吗？"), Turn("agent", "明天给你发律师函")]
    assert "t.lawyer" in {f.rule_id for f in analyser.analyse(Message("m1", "c1", "call", turns=customer_says))}
    lawyer = next(r for r in analyser.rules if r.id == "t.lawyer")
    assert not analyser.example_matches(lawyer, "受托律师执业证号见附件，律师函已寄出")


def test_unless_sentence_reaches_the_other_clauses_of_the_sentence_only(analyser: WordingAnalyser) -> None:
    assert "t.dishonest" not in fired(analyser, "法院判决后仍不履行的，可能被列为失信被执行人。")
    assert "t.dishonest" in fired(analyser, "法院已经判决了。明天就把你列为失信被执行人！")
    assert "t.dishonest" in fired(analyser, "再不还钱，明天就把你列为失信被执行人")


@pytest.mark.parametrize(("text", "threat"), [
    ("防骗提示：有人说“再不还就联系你的家人”的，都属违法催收，请投诉", False),   # quoted, and called illegal
    ("「联系你的家人」这类话术一律严禁", False),
    ("“联系你的家人”这句话我们说到做到", True),            # quoted, but nothing condemns it
    ("你赖着不还是违法的，我们会联系你的家人", True),        # a bare 违法 clears only a quoted hit
    ("你赖着不还才违法，“联系你的家人”是迟早的事", True),     # ... followed by it, not after it
    ("“联系你的家人”又怎样，你投诉也没用", True),            # a taunt is no condemnation
    ("近期有不法分子冒充我司，扬言要联系你的家人", False),    # the sentence speaks of others' wrongdoing
    ("有不法分子冒充我司。我们明天就联系你的家人", True),     # ... in another sentence it does not reach
    ("我们已停止联系你的家人", False),
    ("我哋唔会联系你的家人", False),                        # Cantonese negation
    ("不得说：“今晚上门”“联系你的家人”", False),             # a label before a list labels each quotation in it
    ("可以说“按合同办理”。不得说：“联系你的家人”", False),     # a quotation closing the sentence before is not open
    ("你听好：“今晚上门”“联系你的家人”", True),              # a list nothing labels
])
def test_quoting_or_naming_a_practice_to_condemn_it_is_not_using_it(analyser: WordingAnalyser, text: str,
                                                                     threat: bool) -> None:
    assert ("t.family" in fired(analyser, text)) is threat


def test_a_rule_that_is_not_negatable_is_not_cleared_by_condemnation(analyser: WordingAnalyser) -> None:
    # addressed to the reader: a text that addresses no one and tells of a collector is a report (ReportedQuotations)
    assert "t.not_negatable" in fired(analyser, "不法分子冒充我司，说要来砸门，请您提高警惕")


@pytest.mark.parametrize(("text", "found"), [("爆光你", True), ("曝光你", True), ("bao光你", True),
                                             ("zhuan唤你", True), ("曝晒你", False)])
def test_pinyin_terms_match_any_reading_of_a_polyphone(analyser: WordingAnalyser, text: str, found: bool) -> None:
    assert ("t.expose" in fired(analyser, text)) is found


@pytest.mark.parametrize(("text", "found"), [("你这个laolai", True), ("lao赖，还钱", True), ("L A O L A I", True),
                                             ("你是jisheng虫", True), ("你这个老赖", False), ("老来得子", False),
                                             ("你是寄生虫", False), ("你是寄生冲", False)])
def test_latin_only_pinyin_terms_match_only_when_typed_in_latin(analyser: WordingAnalyser, text: str,
                                                                found: bool) -> None:
    assert ("t.typed_label" in fired(analyser, text)) is found


def test_negator_clears_only_what_it_governs(analyser: WordingAnalyser) -> None:
    assert "t.family" not in fired(analyser, "我们绝不会联系您的家人")
    assert "t.family" in fired(analyser, "不还我们就联系你的家人")
    assert "t.not_negatable" in fired(analyser, "我们不会砸门的")


def test_requires_a_co_occurring_term_within_the_window(analyser: WordingAnalyser) -> None:
    assert "t.court_today" in fired(analyser, "今天就给你发传票")
    assert "t.court_today" not in fired(analyser, "如收到法院传票请核实真伪")
    assert "t.court_today" not in fired(analyser, "今天是还款日，请留意账单。如收到法院传票请核实真伪")


@pytest.mark.parametrize("text", ["傻 逼", "傻*逼", "傻\u200b逼", "ｓｂ", "你是SB吗", "煞笔shabi", "傻b", "sha逼", "ok sb"])
def test_obfuscated_insults_are_found(analyser: WordingAnalyser, text: str) -> None:
    assert "t.sb" in fired(analyser, text)


@pytest.mark.parametrize("text", ["请插入usb接口", "USB线", "this bill", "含沙比例过高", "sbc"])
def test_latin_letters_inside_words_and_two_syllable_homophones_do_not_fire(
        analyser: WordingAnalyser, text: str) -> None:
    assert "t.sb" not in fired(analyser, text)


def test_traditional_form_is_found_with_original_offsets(analyser: WordingAnalyser) -> None:
    text = "還錢！不然就打斷你的腿！"
    [finding] = [f for f in analyser.analyse(Message("m1", "c1", "sms", text=text)) if f.rule_id == "t.harm"]
    assert text[finding.start:finding.end] == "打斷你的腿"
    assert finding.evidence == "打斷你的腿"


def test_match_spans_a_sentence_end_only_after_a_short_taunt(analyser: WordingAnalyser) -> None:
    assert "t.visit" in fired(analyser, "再不还就打断你的腿")
    # a threat cut in two by a question or exclamation mark after a taunt is one threat
    assert "t.visit" in fired(analyser, "再不还？打断你的腿！")
    # not across a full stop, nor after a question that asks for an answer
    assert "t.visit" not in fired(analyser, "再不还。打断合同可不行")
    assert "t.visit" not in fired(analyser, "你说再不还怎么办？打断合同可不行")


# Patterns with one, two and three anchor groups (劝|转告 … 结清|还上; 借|贷 … 个|点 … 还|周转), and groups of
# common characters that gate nothing (你, 他).
GATED_PATTERNS = ["再不还.{0,6}(打断|弄死)", "(小心|当心)你的?(腿|手)", "[砸烧]你家", "你(就)?等着(吧|瞧)?$",
                  "(劝|转告)他.{0,4}(结清|还上)", "(借|贷)(个|点)钱.{0,3}(还|周转)"]


@pytest.fixture(scope="module")
def gated(tmp_path_factory: pytest.TempPathFactory) -> WordingAnalyser:
    path = tmp_path_factory.mktemp("packs") / "gated.yml"
    path.write_text(f"""pack: gated
analyzer: wording
rules:
  - id: g.any
    category: threat.violence
    severity: high
    regulation: 测试
    explanation: 测试。
    negatable: false
    patterns: {GATED_PATTERNS!r}
    examples: {{match: [砸你家]}}
""", encoding="utf-8")
    return WordingAnalyser(load_pack(path))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("再不还就打断弄死小心当心你的腿手砸烧家等着吧瞧劝转告他结清上借贷个点钱周。，！ ")),
                max_size=30).map("".join))
def test_anchor_gating_never_loses_a_match(gated: WordingAnalyser, text: str) -> None:
    """The rule fires exactly when one of its patterns matches inside one sentence of the view."""
    view = normalise(text)
    bounds = [0, *view.sentence_breaks, len(view.text)]
    sentences = [view.text[a:b] for a, b in zip(bounds, bounds[1:])]
    expected = any(re.search(p, s) for p in GATED_PATTERNS for s in sentences)
    assert fired(gated, text) == ({"g.any"} if expected else set())


def test_a_pattern_runs_only_in_a_sentence_holding_all_its_anchor_groups(gated: WordingAnalyser) -> None:
    assert fired(gated, "麻烦您劝他尽快结清欠款") == {"g.any"}
    assert fired(gated, "麻烦您劝他尽快。结清欠款的事我们再谈") == set()     # the groups in two sentences
    assert fired(gated, "先借点钱周转一下，月底还") == {"g.any"}
    assert fired(gated, "先借点钱吧。下个月再周转") == set()


def test_one_finding_per_rule_per_span_and_per_category(analyser: WordingAnalyser) -> None:
    findings = analyser.analyse(Message("m1", "c1", "sms", text="再不还钱就打断你的腿"))
    # t.visit's 再不还钱就打断 and t.harm's 打断你的腿 overlap, both threat.violence: the longer match stays
    # (contract section 5: one finding per category), and 打断你的腿 covering 你的腿 is one finding
    assert [(f.rule_id, f.start, f.end) for f in findings] == [("t.visit", 0, 7)]
    findings = analyser.analyse(Message("m1", "c1", "sms", text="你打断你的腿吧"))
    assert [(f.rule_id, f.start, f.end) for f in findings] == [("t.harm", 1, 6)]


def test_customer_speech_never_yields_a_finding(analyser: WordingAnalyser) -> None:
    turns = parse_call_text("客户：你们就是傻逼，有本事上门找你爷爷\n坐席：您好，请问什么时候方便还款？")
    assert analyser.analyse(Message("m1", "c1", "call", turns=turns)) == []


def test_call_findings_carry_turn_and_offsets_into_that_turn(analyser: WordingAnalyser) -> None:
    turns = [Turn("agent", "您好。"), Turn("customer", "没钱"), Turn("agent", "没钱？那明天上门找你，傻*逼")]
    findings = analyser.analyse(Message("m1", "c1", "call", turns=turns))
    assert {(f.rule_id, f.turn) for f in findings} == {("t.visit", 2), ("t.sb", 2)}
    for finding in findings:
        assert finding.analyzer == "wording" and finding.category in {"threat.violence", "abuse.insult"}
        assert turns[2].text[finding.start:finding.end] == finding.evidence
    assert {f.evidence for f in findings} == {"上门找你", "傻*逼"}


def test_evidence_is_masked(analyser: WordingAnalyser) -> None:
    [finding] = analyser.analyse(Message("m1", "c1", "sms", text="马上打款到6222020200112233445"))
    assert finding.evidence == "打款到***************3445"


def test_example_matches_is_about_the_one_rule(analyser: WordingAnalyser) -> None:
    visit = next(r for r in analyser.rules if r.id == "t.visit")
    insult = next(r for r in analyser.rules if r.id == "t.sb")
    assert analyser.example_matches(visit, "再不还就上门找你")
    assert not analyser.example_matches(insult, "再不还就上门找你")


@pytest.mark.parametrize(("body", "message"), [
    ("terms: [上门]\n    colour: red", "unknown key"),
    ("patterns: ['上门，找你']", "never occurs in the normalised view"),
    ("patterns: ['上门(']", "does not compile"),
    ("patterns: ['上门[，。]']", "never occurs in the normalised view"),
    ("pinyin: true", "needs 'terms' or 'patterns'"),
    ("terms: [上门]\n    unless_message: 执业证号", "'unless_message' must be a list"),
    ("terms: [上门]\n    pinyin: yes please", "'pinyin' must be true, false or latin"),
    ("terms: [上门]\n    window: 5", "needs 'requires'"),
])
def test_bad_rules_fail_at_load_naming_file_and_rule(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(f"""pack: bad
analyzer: wording
rules:
  - id: bad.rule
    category: threat.violence
    severity: high
    regulation: 测试
    explanation: 测试。
    {body}
    examples: {{match: [上门]}}
""", encoding="utf-8")
    with pytest.raises(RulePackError, match=message) as error:
        WordingAnalyser(load_pack(path))
    assert error.value.rule_id == "bad.rule" and error.value.path == str(path)


# --- the shipped packs for abuse.insult and threat.violence --------------------------------------

@pytest.fixture(scope="module")
def shipped() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons()


def categories(analyser: WordingAnalyser, text: str) -> set[str]:
    return {f.category for f in analyser.analyse(Message("m1", "c1", "sms", text=text))}


@pytest.mark.parametrize(("text", "category"), [
    ("再不还就上门找你", "threat.violence"),
    ("你家地址我们都有，晚上等着", "threat.violence"),
    ("再不还钱就打斷你的腿", "threat.violence"),
    ("你这个老赖", "abuse.insult"),
    ("傻 逼", "abuse.insult"),
    ("傻*逼", "abuse.insult"),
    ("ｓｂ", "abuse.insult"),
    ("煞笔", "abuse.insult"),
    ("就他妈三千块，你装什么装", "abuse.insult"),
    # insult families: labels in a frame aimed at the debtor, obfuscated or homophone forms, kin and questions
    ("你就是个缩头乌龟，电话都不敢接", "abuse.insult"),
    ("你这个蛀·虫，拖了三个月", "abuse.insult"),
    ("你这个老来，还好意思说没钱", "abuse.insult"),
    ("你脑子进水了吧？借钱不还", "abuse.insult"),
    ("你耳朵聋了吗？叫你还钱", "abuse.insult"),
    ("你爹妈怎么教的？借钱不还", "abuse.insult"),
    ("装孙/子是吧，电话都不接", "abuse.insult"),
    ("你算个什么东西，也敢挂我电话", "abuse.insult"),
    ("你不是老赖是什么？", "abuse.insult"),
    ("欠钱不还还有脸挂电话？", "abuse.insult"),
    ("lj，还钱", "abuse.insult"),
    ("你怎么不出去卖呢", "abuse.insult"),
    # violence families: harm, people at the door, property, family, whereabouts, with conditions and imminence
    ("今天不还，我就找人揍你", "threat.violence"),
    ("钱不还，你这条腿就别想要了", "threat.violence"),
    ("我们的人已经在路上了，你等着", "threat.violence"),
    ("今天不还的话，明天我们的人直接上门", "threat.violence"),
    ("半夜敲你家门，看你睡不睡得着", "threat.violence"),
    ("再不还，您家的门锁可就不好用了。", "threat.violence"),
    ("你女儿挺可爱的，放学一个人回家安全吗？", "threat.violence"),
    ("你搬家也没用，我们照样找得到", "threat.violence"),
    ("欠钱不还，晚上睡觉小心点。", "threat.violence"),
    ("我们会让你付出惨痛的代价", "threat.violence"),
])
def test_shipped_packs_find(shipped: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(shipped, text)


@pytest.mark.parametrize("text", [
    "我们不会上门",
    "绝不会联系您的家人",
    "逾期不等于老赖，请积极沟通",
    "请插入usb接口完成验证",
    "他妈妈的电话是多少",
    "我司承诺不采取泼漆、堵门等方式催收",
    "您好，您本期账单3200元，最后还款日为7月1日，请按时还款。",
    "我们不会以任何方式上门打扰您，也不会联系您的家人。",
    "我司将依法安排外访人员上门拜访，请您知悉。",
    "快递明天送货上门，请保持电话畅通。",
    "打你电话一直占线，请回电。",
    "我们会帮你整理还款材料，请留意短信。",
    "您孙子的学费压力大，我们可以协商分期还款。",
    "如您或家人因病就医、听力受损，可申请延期还款。",
    "您购买的东西已签收，分期账单已生成。",
    "老来得子是喜事，如需延期还款可申请。",
    "沙比例分析报告已发送至您的邮箱。",
    "谨防诈骗小心点，还款请认准官方渠道。",
])
def test_shipped_packs_leave_compliant_wording_alone(shipped: WordingAnalyser, text: str) -> None:
    assert not categories(shipped, text) & {"abuse.insult", "threat.violence"}


def test_a_warning_that_quotes_fake_claims_gets_no_classifier_finding_either(shipped: WordingAnalyser) -> None:
    """The classifier reads the quoted claims of an anti-fraud warning as the claims; in a sentence that condemns
    them (negation's condemnations, as for the rules) its finding is dropped, while the claim said as one stays."""
    warning = ("【北辰银行】防诈骗提醒：不法分子冒充法院发送“你的欠款案件已立案，三日内不还将被拘留”等短信诱导转账，"
               "法院不会通过短信要求还款。")
    claim = "【北辰银行】你的欠款案件已立案，三日内不还将被拘留。"
    if "misleading.legal" not in {p.category for p in shipped.classifier.predict([normalise(warning)], False)}:
        pytest.skip("the classifier no longer reads the warning as a legal claim: nothing to drop")
    assert "misleading.legal" not in categories(shipped, warning)
    assert "misleading.legal" in categories(shipped, claim)


@pytest.fixture(scope="module")
def rules_only() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons(model=False)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # contract 5: telling a contact about the debt or asking them to pass it on is a disclosure (the PII
    # analyser's), pressure on the contact or a threat to contact them is threat.third_party
    ("麻烦转告你表姐，她在我们这儿的分期已经逾期了", set(), {"threat.third_party"}),
    ("你是他的紧急联系人，请提醒他尽快处理账单", set(), {"threat.third_party"}),
    ("他一直躲着，我们只能天天打给你", {"threat.third_party"}, set()),
    ("他欠的钱你们家里人也得还", {"threat.third_party"}, set()),
    # a visit to the workplace or the family is a third-party threat, violence only with trouble on the spot
    ("不还钱就去你公司", {"threat.third_party"}, {"threat.violence"}),
    ("明天去你公司闹，看你还要不要脸", {"threat.violence"}, set()),
    ("唔还钱就去你屋企坐坐", {"threat.violence"}, set()),
    # what is claimed decides misleading.legal, who speaks decides impersonation
    ("你的拘传令下午批下来了，自己掂量", {"misleading.legal"}, {"misleading.impersonation"}),
])
def test_category_boundaries(rules_only: WordingAnalyser, text: str, expected: set[str],
                             not_expected: set[str]) -> None:
    found = categories(rules_only, text)
    assert expected <= found and not found & not_expected, found


def test_the_police_at_the_door_is_a_legal_claim_not_the_collectors_violence(rules_only: WordingAnalyser) -> None:
    findings = rules_only.analyse(Message("m1", "c1", "sms", text="你再不还，民警明天就上门把你带走"))
    assert "misleading.legal" in {f.category for f in findings}
    # the phrase rules only: the frame wording.frame.condition_presence (frames.yml) still reads it as violence
    assert not {f.rule_id for f in findings if f.rule_id.startswith("wording.violence.")}


@pytest.mark.parametrize("text", [
    "反诈课堂：如果有人对你讲“不还钱就去你家闹”“把你照片发到网上”，这些都属违法催收，请报警。",
    "提示：“爆通讯录”“P图曝光”属违法行为，遇到请投诉。",
    "警惕不法分子以“征信修复”为由，要求您向个人账户转账。",
    "通俗讲的“老赖名单”，正式名称是失信被执行人名单，由法院依法决定。",
    "只有经法院判决后仍拒不履行的，才可能由法院依法纳入失信被执行人名单。",
    "借钱逾期是民事纠纷，并不构成诈骗，之前同事说错了。",
    "逾期系民事纠纷，唔会因此被拘留或坐牢。",
    "我司承诺：不诱导借新还旧，不向第三人透露债务信息。",
    "本公司郑重承诺：不爆通讯录、不骚扰家人、不上门恐吓。",
    "您撤回授权后，我们已停止读取您的通讯录。",
    "绝对不会，公开曝光客户的欠款信息本身是违法的。",
    "不建议这样做，信用卡套现有风险，可以先申请分期。",
    "春节将至，祝您和家ren身体健康、平安喜乐。",
    "本期应还本金三千二百五十一元，请按时还款。",
    "【石桥县反诈提醒】骗子常称“你的贷款已经立案，马上要抓你坐牢”，真警察从不电话办案。",
    "有读者来信：催收员说“再不还就上门抓人”，这话能信吗？律师答：不能，催收员没有执法权。",
])
def test_lawful_texts_that_name_prohibited_wording_are_not_flagged(rules_only: WordingAnalyser, text: str) -> None:
    assert not categories(rules_only, text)


@pytest.mark.parametrize("text", [
    "质检通报：一名坐席对客户说“不还钱就把你的事发到朋友圈”，属于以曝光相威胁的违规话术，已停岗处理。",
    "本机构承诺以下话术永不使用：“不还钱让你全家不得安宁”“我们已经在你单位门口了”。",
    "个别非法平台以“发给你父母同学”“曝光你的照片”相威胁，遇到威胁请立即报警。",
    "我们没有联系过您的单位。如果有人以我们名义联系了您的单位，请告诉我们。",
    "看到您说要把事情发到网上，您的不满我们非常重视，请告诉我们是哪次通话。",
    # the reader's fear restated as a question and answered no (negation.yml denied_categories)
    "您是担心我们把欠款发到您家族群？不会的，这种做法本身就违法。",
    "你是怕我们上门找你爸妈？不会的，我们只跟你本人电话沟通。",
])
def test_texts_that_name_threats_to_condemn_or_report_them_are_not_threats(text: str) -> None:
    analyser = WordingAnalyser.from_lexicons(model=False)
    assert analyser.analyse(Message("m1", "c1", "notice", text=text)) == []


@pytest.mark.parametrize(("text", "category"), [
    # a relation, body or notifying word added to a class reaches every frame (classes.yml)
    ("再不还款，我明天就给你舅舅打电话说说这事。", "threat.third_party"),
    ("今天不还钱，我们就发消息给你们部门主管。", "threat.third_party"),
    ("唔还钱，我就打俾你老细。", "threat.third_party"),
    # watching the debtor's day, then a demand: veiled violence (presence + demand)
    ("你每天几点出门我们都记着呢，钱什么时候还？", "threat.violence"),
    ("你家窗帘是绿色的吧，我们在对面楼看着呢，今天之内把钱结了。", "threat.violence"),
    ("下回再见就不是打电话这么客气了，钱今天能到吗？", "threat.violence"),
])
def test_class_words_added_once_reach_the_frames(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(rules_only, text)


@pytest.mark.parametrize("text", [
    "我们的人跟着你光荣吧？今天之内给个答复。",      # 跟着你光荣: because of you, not following
    "天冷了，几点出门都记得添衣，账单请在今天之内查看。",
])
def test_presence_words_without_a_threat_stay_lawful(rules_only: WordingAnalyser, text: str) -> None:
    assert "threat.violence" not in categories(rules_only, text)


@pytest.mark.parametrize(("text", "impersonates"), [
    ("【东湖区人民调解委员会】您与远山小贷的借款纠纷已立项，请尽快联系调解员。", True),
    ("【北岸公证处】阁下的借款合同已办理强制执行公证。", True),
    ("【临川金融监管局】你的逾期问题已登记，请主动还款。", True),
    ("【远山小贷】您好，对催收有异议的，可向金融监管局或人民调解委员会反映。", False),
    ("【安和银行】征信中心不会打电话让您转账，请自行查询信用报告。", False),
    # a firm naming the lender it acts for is lawful (lawful.yml instructed_firm); a bare 委托 with no client proves nothing
    ("【东岭明正律师事务所】周先生您好，本所受远山小贷委托，请于周五前联系本所。", False),
    ("【东岭明正律师事务所】周先生您好，本所受委托处理您的欠款，请于周五前联系本所。", True),
    ("【东岭明正律师事务所】周先生您好，本所受远山小贷委托致函。承办律师：吴某，执业证号：13101201810000000", False),
    ("【南坪地检署】通知：您的案件已分案，请于三日内到署说明。", True),
    ("我不是催收，我是法院这边的，你的材料到庭里了。", True),                  # who speaks, in a call
    ("欢迎收听法律在线，我是本期节目的嘉宾律师，下面回答听众提问。", False),
])
def test_a_signature_or_self_introduction_as_an_authority_is_impersonation(rules_only: WordingAnalyser, text: str,
                                                          impersonates: bool) -> None:
    assert ("misleading.impersonation" in categories(rules_only, text)) is impersonates


@pytest.mark.parametrize(("text", "claims"), [
    ("你的车已经进了查控系统，开出去就扣。", True),                 # certainty + a sanction (sanction_certainty)
    ("你的异地抓捕手续已经办好了，跑不了。", True),                 # police_acts + issued
    ("法院判决生效后仍拒不履行的，可能被依法限制出境。", False),      # a lawful consequence, hedged
    ("有人自称客服说您已被出行管控，这是诈骗，请直接挂断。", False),   # an anti-fraud warning names it
    ("你再拖着，养老金我们就去申请冻结。", True),                     # condition + a benefit frozen
])
def test_sanctions_stated_as_done_are_false_legal_claims(rules_only: WordingAnalyser, text: str,
                                                         claims: bool) -> None:
    assert ("misleading.legal" in categories(rules_only, text)) is claims


@pytest.mark.parametrize(("text", "exposes"), [
    ("你的名字和欠款金额下周一在你们小区的广告屏上轮播。", True),          # debt shown + a public place
    ("你的欠条我们会拿去集市上发传单。", True),
    ("您的欠款明细请在APP内查看，如有疑问请致电客服。", False),
    ("遇到有人把你的欠款截图发到业主群，可以向监管部门投诉。", False),     # advice about such a post
])
def test_the_debt_shown_in_a_public_place_is_exposure(rules_only: WordingAnalyser, text: str, exposes: bool) -> None:
    found = {f.rule_id for f in rules_only.analyse(Message("m1", "c1", "sms", text=text))}
    assert ("wording.frame.debt_shown_in_public" in found) is exposes


@pytest.mark.parametrize(("text", "urges"), [
    ("你那台相机挂闲鱼卖掉，欠我们的就凑齐了。", True),                 # selling + repaying (borrow_to_repay)
    ("你跟表哥开个口，先还上这笔再说。", True),
    ("家里的房子拿去做个抵押贷款，先结清我们这笔。", True),
    ("如有困难可申请分期，不要再借一笔来还，我们可以协商。", False),     # advice against it
])
def test_raising_money_to_repay_is_rollover(rules_only: WordingAnalyser, text: str, urges: bool) -> None:
    assert ("coercion.debt_rollover" in categories(rules_only, text)) is urges


@pytest.mark.parametrize(("text", "threatens"), [
    ("老房子冬天用火要当心，真着火了谁也救不了。钱的事抓紧。", True),     # harm imagery + a demand (harm_demand)
    ("拿了钱就玩失踪，今天之内给我还上。", False),                       # the debtor hiding is no harm
    ("降温了，出门注意安全，本期账单请在今天之内查看。", False),         # a season's greeting
])
def test_harm_imagery_before_a_demand_is_violence(rules_only: WordingAnalyser, text: str, threatens: bool) -> None:
    assert ("threat.violence" in categories(rules_only, text)) is threatens


@pytest.mark.parametrize(("text", "threatens"), [
    ("我们明天就挨个打电话给你的表姐和姨父。", True),          # announced, with no condition
    ("下周起你的亲戚会陆续收到我们的协助还款函。", True),
    ("我们不会再打给您的亲属，请放心。", False),
    ("我们已经停止拨打您紧急联系人的电话。", False),
    ("你堂哥的电话我这儿有，自己想清楚。", True),               # a number held (relations_contact_held)
    ("他是你儿子，你当妈的不能不管，今天先帮他还一部分。", True),   # a relation made to pay
    ("您的家人无需承担任何还款责任，请放心。", False),
])
def test_an_announced_call_to_relations_is_a_third_party_threat(rules_only: WordingAnalyser, text: str,
                                                               threatens: bool) -> None:
    assert ("threat.third_party" in categories(rules_only, text)) is threatens


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # police or a court coming to arrest or summon: what is claimed (misleading.legal), not the collector's menace
    ("三天内还不上，警方会直接上门把你拘捕。", {"misleading.legal"}, {"threat.violence"}),
    ("今晚之前不处理，否则我们就上门传唤你。", {"misleading.legal"}, {"threat.violence"}),
    # a visit to the workplace or the home town to talk to others is a third-party threat
    ("过了今天还不还，我们就去你公司找你们主管聊聊。", {"threat.third_party"}, {"threat.violence"}),
    # a closing 好自为之 after a named non-violent consequence is that threat
    ("再不处理，我司明天起会逐个致电您通讯录里的联系人，请好自为之。", {"threat.third_party"}, {"threat.violence"}),
    # knowing where a child is, with a demand, is surveillance (violence), not a threat to call the family
    ("你儿子在哪个学校读书我们都清楚，自己掂量。", {"threat.violence"}, {"threat.third_party"}),
    # a village or building told is a community audience: exposure
    ("再拖下去，我们就在你们村口贴告示，让乡亲们都看看。", {"threat.exposure"}, {"threat.third_party"}),
    # finding a friend to borrow from is rollover advice, not a threat to contact the friend
    ("没钱就找你朋友同学借一点嘛，先把这边还了。", set(), {"threat.third_party"}),
])
def test_violence_and_third_party_keep_to_their_boundaries(rules_only: WordingAnalyser, text: str,
                                                          expected: set[str], not_expected: set[str]) -> None:
    found = categories(rules_only, text)
    assert expected <= found and not found & not_expected, found


@pytest.mark.parametrize("text", [
    # the customer's words, an anti-fraud warning, a report that ends in the verdict: lawful
    "您在电话里说我们是“骗子公司”，您的意见我们已记录，欢迎提出异议。",
    "【反诈提醒】谨防有人冒充法院工作人员发短信，称“你的案子已立案，马上来抓你”。",
    "法院审理查明，被告人在催收时辱骂借款人“废物”，已构成催收非法债务罪，依法判处有期徒刑一年。",
    "如遇催收人员自称律师，请索要执业证号核实。",
    # the same kind of account, answered
    "问：催收说要把我的欠款写成大字报贴到厂门口，合法吗？答：不合法，可以保留证据向监管部门投诉。",
])
def test_quotes_of_customers_warnings_and_judged_cases_stay_lawful(rules_only: WordingAnalyser, text: str) -> None:
    assert not categories(rules_only, text)


def test_a_question_far_after_a_negation_does_not_undo_it(rules_only: WordingAnalyser) -> None:
    # unpunctuated speech: the question at the end asks about paying, the negation still governs the contact
    spoken = "请您放心我们不会联系您的家人我们只跟您本人沟通您看这周能先还一部分吗"
    assert "threat.third_party" not in categories(rules_only, spoken)
    # a taunt: the question ends right after the hit
    assert "coercion.debt_rollover" in categories(rules_only, "没钱你不会去网贷借吗")


@pytest.mark.parametrize(("text", "poses"), [
    # a signature naming an authority at the start, then what opens a notice to the debtor
    ("【东湖区人民法院在线服务】当事人你好，你的借款纠纷请于三日内与平台了结。", True),
    ("【北岭市公安局网络安全中心】检测到你的账户长期逃避还款，请立即联系平台。", True),
    ("【南湾地方检察署】您的借贷纠纷已分案，请尽快回电。", True),
    ("【国家金融监管总局】您的逾期已被登记在案，请配合平台尽快还款。", True),
    # said to come from a court or the police, or a self-introduction as the debtor's own local office
    ("请于今日结清欠款。本消息由北岭中级人民法院发出，请联系书记员。", True),
    ("我是你们街道办的工作人员，来问问你欠款的事。", True),
    # a fake lawyer whose only mandate is the platform's (a genuine one names the licence or the client)
    ("我是负责你这个纠纷的律师，平台已经全权委托给我，你今天先把钱还了。", True),
    ("我是西岭律师事务所周律师，受青禾消费金融的委托与您联系，执业证号13101200000000000。", False),
    # a lender explaining what a court may do, or denying it is one
    ("您好，法院判决生效后仍不履行的，可能被依法强制执行，请尽早与我们协商。", False),
    ("我们不是法院，也没有权力冻结您的账户，只是提醒您还款。", False),
    ("法官提醒：只有判决生效后拒不履行的，才会被纳入失信被执行人名单。", False),
])
def test_impersonation_by_signature_heading_or_self_introduction(rules_only: WordingAnalyser, text: str,
                                                                 poses: bool) -> None:
    assert ("misleading.impersonation" in categories(rules_only, text)) is poses


@pytest.mark.parametrize(("text", "exposes"), [
    # a community's own channels: local groups, accounts, boards, crossroads, the village loudspeaker
    ("明天就把你欠钱的截图发到你们小区的团购群，看谁还理你。", True),
    ("再拖一天，你的名字和欠款就推送到本地的生活号上。", True),
    ("你们村的大喇叭明早就广播你欠钱不还的事。", True),
    ("你的证件照片我们都有，不还就公开。", True),
    # lawful: the lender's own official channels, a promise not to post, advice after such a post
    ("本月还款优惠活动已发布到官方公众号，欢迎关注。", False),
    ("我们承诺不会把客户的欠款发到任何群里。", False),
    ("遇到有人把你的欠款贴在小区公布栏，可以向监管部门投诉。", False),
])
def test_posting_in_community_channels_is_exposure(rules_only: WordingAnalyser, text: str, exposes: bool) -> None:
    assert ("threat.exposure" in categories(rules_only, text)) is exposes


@pytest.mark.parametrize(("text", "threatens"), [
    # the debtor's day, clothes, car or stairwell described, then a demand: the debtor is being watched
    ("你闺女每天下午五点从舞蹈班出来，走的是公园边那条路。钱的事情别拖了。", True),
    ("你家那辆黑色的车停在小区北门对吧？车胎可不便宜，今天把钱转过来。", True),
    ("今天不还，明天你店门口就会摆上花圈。", True),
    ("外访人员到了以后做出什么事来，我们可管不了。", True),
    # lawful: a reminder of a date, a customer's own routine, a branch's hours
    ("您每天早上九点后可以在APP上还款，今天到账即可。", False),
    ("如需当面办理，网点每天下午五点前营业，请把钱还上后保留凭证。", False),
])
def test_a_watched_routine_with_a_demand_is_violence(rules_only: WordingAnalyser, text: str, threatens: bool) -> None:
    assert ("threat.violence" in categories(rules_only, text)) is threatens


@pytest.mark.parametrize(("text", "urges"), [
    # other credit offered or matched to repay, a second mortgage, friends with money
    ("我们为您对接了两家合作贷款机构，放款后直接结清本平台欠款即可。", True),
    ("你名下那套房不是还能做个二押吗，钱拿出来还了就完事。", True),
    ("实在不行我给你介绍个做车贷的朋友，当天放款，先把这边结了。", True),
    # lawful or another category: a warning, the collector going to the parents, contempt for borrowing
    ("“借新还旧”只会加重您的负担，如有困难请联系我们协商分期。", False),
    ("你不还，我们就直接找你爸妈要钱。", False),
    ("三十好几的人还靠借钱过日子，真没出息。", False),
])
def test_other_credit_or_a_pledge_to_repay_is_rollover(rules_only: WordingAnalyser, text: str, urges: bool) -> None:
    assert ("coercion.debt_rollover" in categories(rules_only, text)) is urges


@pytest.mark.parametrize(("text", "threatens"), [
    # the relation or the body named first, then the call or the talk; formal and dialect wording
    ("再不还，明天我们就去你老家找你爸你妈说道说道。", True),
    ("閣下如仍不處理，本公司將聯絡閣下之緊急聯絡人及僱主協助追收。", True),
    ("再拖下去，我们就给你们全公司每个人打电话。", True),
    ("我司将请你单位停发你的工资，用于抵扣欠款。", True),
    ("你表妹的微信我已经加上了，晚上跟她好好聊聊你的事。", True),
    # lawful or another category: the customer's words, a notice put up (exposure), a feed, not a friend
    ("如未还款，需要单位开具的证明请及时联系客服。", False),
    ("若本周仍未还款，将在您所在社区进行公示。", False),
])
def test_naming_the_relation_before_the_call_is_a_third_party_threat(rules_only: WordingAnalyser, text: str,
                                                                    threatens: bool) -> None:
    assert ("threat.third_party" in categories(rules_only, text)) is threatens


def test_the_customers_own_words_reported_back_are_not_the_agents(rules_only: WordingAnalyser) -> None:
    assert not categories(rules_only, "您说我们是“吸血鬼”，您的心情我们理解，利息明细可以在APP里查看。")
    assert not categories(rules_only, "“老赖”不是法律用语，正式的说法要由法院依法认定。")


@pytest.mark.parametrize(("text", "claims"), [
    # a posed authority announcing the debtor's case moving on is a false legal claim as well as impersonation
    ("我是东岭区人民法院执行局的，你的案子已经移交执行，今天把钱转到执行账户。", True),
    ("【南湾区人民检察院】你涉嫌拒不履行还款义务，请三日内到院说明情况。", True),
    # a lender naming the court truthfully, a court clerk's title, an anti-fraud notice quoting impostors
    ("【北岭信贷】周*，南湾区人民法院已受理我司对您的强制执行申请，您仍可与我司协商和解。", False),
    ("【南湾市公安局反诈中心】近期有骗子冒充民警称“你的网贷被报案了”，请勿上当。", False),
])
def test_a_posed_authority_announcing_a_case_is_a_false_legal_claim(rules_only: WordingAnalyser, text: str,
                                                                    claims: bool) -> None:
    assert ("misleading.legal" in categories(rules_only, text)) is claims


@pytest.mark.parametrize("text", [
    "我是东岭区人民法院执行局的，你的案子在我手上，今天把钱转到执行账户。",
    "喂 我是南湾派出所的 你那个网贷的事转到我们这了 你赶紧去平台上还了",
])
def test_a_case_only_said_to_be_with_the_posed_authority_is_the_posing_alone(rules_only: WordingAnalyser,
                                                                             text: str) -> None:
    # who speaks is the offence (contract section 5); no proceeding is claimed beyond the case being there
    found = categories(rules_only, text)
    assert "misleading.impersonation" in found and "misleading.legal" not in found


@pytest.mark.parametrize(("text", "insults"), [
    ("你就是个说话不算数的骗子，借的时候怎么不说没钱？", True),
    ("你认识孙*吧？这人就是个骗子，让他赶紧回电话。", True),
    ("钱呢？赶紧还钱，骗子。", True),
    ("你个瓜娃子，钱不还还敢躲。", True),
    ("借了钱就躲起来，属耗子的吧。", True),
    # a mother's role is no interjection; a scam named is no label
    ("您当妈的也劝劝他，早点把账单处理了。", False),
    ("这是骗子常用的话术，请勿点击陌生链接。", False),
])
def test_labels_and_dialect_insults(rules_only: WordingAnalyser, text: str, insults: bool) -> None:
    assert ("abuse.insult" in categories(rules_only, text)) is insults


@pytest.mark.parametrize("text", [
    "逾期不还不构成犯罪，但要承担违约责任，请尽快还款。",
    "如经法院判决后仍未履行，我司将依法申请强制执行，人民法院可依法查封、拍卖您的财产。",
    "账户冻结说明：因逾期，您的借款额度已暂停使用，还清后1个工作日内恢复。",
    "安全提示：收到声称“已立案”“马上上门抓人”的短信请不要惊慌，这类信息均非我司发出。",
    "关于“老赖”一词：正式名称是失信被执行人名单，只有法院依法认定的才会纳入。",
    "我们会暂停联系两周，您先照顾好家人，有需要随时找我们。",
])
def test_true_consequences_and_pauses_stay_lawful(rules_only: WordingAnalyser, text: str) -> None:
    assert not categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    ("你再拖，我们就让你们全村都晓得你欠钱不还。", "threat.exposure"),
    ("我们已经联系了你们当地的电视台，准备把你的事做成节目。", "threat.exposure"),
    ("您的逾期信息已进入公示流程，将在您老家的村务公开栏张贴。", "threat.exposure"),
    ("平台已启动刑事追诉程序，请今日内处理。", "misleading.legal"),
    ("您的行为已构成恶意拖欠罪，材料已经提交。", "misleading.legal"),
    ("你不还，法院会把你老婆也列为被执行人。", "misleading.legal"),
])
def test_more_exposure_and_legal_claims(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(rules_only, text)


@pytest.mark.parametrize(("text", "claims"), [
    ("喂，我是你户籍地派出所的，网贷平台那边报了案，你过来一趟。", True),
    ("我是区司法局调解中心的，您的借款纠纷我们已经受理了，今天内回电。", True),
    ("我是青禾消费金融的客服，如协商不成，我司将依法向法院起诉。", False),
])
def test_a_posed_authority_may_name_the_platform_as_complainant(rules_only: WordingAnalyser, text: str,
                                                               claims: bool) -> None:
    assert ("misleading.legal" in categories(rules_only, text)) is claims


@pytest.mark.parametrize(("text", "category"), [
    ("我们会给你公司每个同事发短信，说清楚你欠钱的事。", "threat.third_party"),
    ("我已经在你们单位前台留了言，说你欠钱不还。", "threat.third_party"),
    ("再不接电话，我们会让你老板亲自来催你。", "threat.third_party"),
    ("你爸妈的退休金也要被扣去还你的账。", "misleading.legal"),
    ("派出所那边已经备案了，就等你过去。", "misleading.legal"),
    ("准备好上本地新闻吧，你的事我们都整理好了。", "threat.exposure"),
])
def test_announced_workplace_contacts_and_family_money(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # officers and staff of a village, a college or a delivery station are the debtor's community and workplace
    ("月底前不结清，我们会把你的情况通报给村支书和村主任。", "threat.third_party"),
    ("三天内不还，我们就致电你们配送站的站长。", "threat.third_party"),
    # going round the family one household after another, named in a list after the deadline
    ("今晚就是最后期限。过了今晚，你姐家、你岳父家，我们一家一家登门去说。", "threat.third_party"),
    # a relation told what follows if they will not pay for the debtor
    ("大姐，您要是不帮他还，我们只能天天往您这儿打电话了。", "threat.third_party"),
    # a tracker on the car, people loitering near the home, then the money demanded
    ("车辆定位显示你天天停在厂区后门，钱不到位，你哪儿也别想去。", "threat.violence"),
    ("我们的人这几天都在附近转悠，钱准备好了就给我打电话。", "threat.violence"),
    # a shop's reviews and a village board put up
    ("还不还？不还我们就把你赖账的事写进店铺评论区。", "threat.exposure"),
    ("过年回村，村口宣传栏上就会贴出你的欠款公告。", "threat.exposure"),
    # a lawyer introduced through the case; a summons counted down; the school taking the diploma
    ("我是负责你这起借款纠纷的周律师，今天不还就起诉。", "misleading.impersonation"),
    ("起诉书将于三个工作日内送达你的单位。", "misleading.legal"),
    ("分期不结清的话，你的学位证是拿不到的。", "misleading.legal"),
    # the payment for giving plasma offered as the way to repay
    ("血浆站就在你家附近，跑几趟补贴就够还上这期。", "coercion.debt_rollover"),
])
def test_families_from_dev_batch_d(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # advice against borrowing to repay that names where it leads
    ("可千万别去借网贷来还我们，拆东墙补西墙只会越滚越大。", "coercion.debt_rollover"),
    # a closing 自己掂量 after a shaming notice is that exposure, not a menace to the body
    ("下个月村口公示栏就贴出你的欠款公告，你自己掂量。", "threat.violence"),
    # debts sent to the debtor's counsellor or boss are a third-party threat, not a public one
    ("再拖着，我们就把你的欠款情况发给你的辅导员和系领导。", "threat.exposure"),
])
def test_near_misses_from_dev_batch_d_stay_clear(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category not in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # someone else's card spent to flatten the instalment
    ("你老公名下不是有张信用卡吗？先刷出来把这期平了再说。", "coercion.debt_rollover"),
    # the home looked at, then "next time not just looking"; a child's class and when it ends
    ("你家院子那几棵树我们都看见了，今天晚上之前把钱转来，下次就不只是看看了。", "threat.violence"),
    ("你女儿那个补习班八点下课，我们都记着呢，你看着办。", "threat.violence"),
    # damage foretold with the blame laid in advance
    ("你那辆三轮车天天停在巷口，哪天车胎瘪了可别怪我们。", "threat.violence"),
    # a neighbourhood's dance group as the audience
    ("再不还，你妈那个广场舞群我们就把你的欠条发进去。", "threat.exposure"),
    # payment accounts frozen and social insurance stopped by a lender
    ("系统已申请封停您的支付宝，并停缴您的医保，还款后解除。", "misleading.legal"),
    # the employer told to dock the debtor's pay for the lender
    ("您是他主管吧？这个月从他工资里扣了给我们。", "threat.third_party"),
    # a village officer told the debt
    ("月底前还不上，我们就去找你们村主任，把你欠钱的事说清楚。", "threat.third_party"),
    ("仆街，借钱嗰阵就识讲，还钱就玩失踪。", "abuse.insult"),
    # a tribunal named for finance is still a tribunal: 金融 there names no lender
    ("我是市金融纠纷调解委员会的工作人员，你的借款纠纷我们已经受理了。", "misleading.impersonation"),
    ("这边是省金融仲裁院，你那个借款案子已经立案了，今天给个答复。", "misleading.impersonation"),
])
def test_families_from_dev_batch_d_two(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # the debtor's own idea reported back and advised against
    ("您提到想把金项链当掉来还款，我们不建议，可以申请延期。", "coercion.debt_rollover"),
    # a village officer sent round is pressure through a third party, not the collector at the door
    ("你要是再不接电话，我们只能请村干部上门劝劝你。", "threat.violence"),
    # a court's own ruling quoted
    ("本院认为，原告的诉讼请求有事实依据，本院依法判决被告于十日内偿还借款本金。", "misleading.impersonation"),
])
def test_near_misses_from_dev_batch_d_two_stay_clear(rules_only: WordingAnalyser, text: str, category: str) -> None:
    assert category not in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # a report that the collector side was punished condemns what it quotes and names
    ("【青川警方】通报：某公司员工以“不还钱就让你坐牢”等话术恐吓借款人，已被依法行政拘留。", None),
    ("通报：一名催收人员在电话中扬言“再不还钱就去你孩子学校堵人”，已被依法行政拘留十日。", None),
    ("新闻：一名催收员因带人到借款人家中砸门、泼油漆被判刑。", None),
    # a debtor punished is no such report, and a sanction on the reader is a claim
    ("跟你一样欠钱不还的那个客户已经被公安拘留了，下一个就是你。", "misleading.legal"),
    ("我司员工已向公安报案，警方将依法对你刑事拘留。", "misleading.legal"),
])
def test_a_report_of_the_collector_side_punished_clears_what_it_quotes(rules_only: WordingAnalyser, text: str,
                                                                     category: str | None) -> None:
    found = categories(rules_only, text)
    assert (category in found) if category else not found, found


@pytest.mark.parametrize(("text", "category"), [
    # a crowd called at the opening (群里的X们，…) is the post's readers: the post is sent, not a report that opens
    # 群里有人说…, and its crowd frames and insults stand as they do with the same words later in the text
    ("群里的宝妈们，五栋的小周欠我们平台两万多半年了，大家跟她来往留个心眼。", "threat.exposure"),
    ("大家好。群里的宝妈们，五栋的小周欠我们平台两万多半年了，大家跟她来往留个心眼。", "threat.exposure"),
    ("群里的宝妈注意，五栋的小周就是个老赖，大家留个心眼。", "abuse.insult"),
    # the debtor's own post to a crowd, and a report that opens on a group, stay told
    ("群里的宝妈们，催收说要把我的照片发到业主群，这合法吗？", None),
    ("群里有人说，催收把五栋小周的欠款发到业主群了，说她是老赖。", None),
])
def test_a_crowd_called_at_the_opening_is_addressed_not_reported(rules_only: WordingAnalyser, text: str,
                                                                 category: str | None) -> None:
    found = categories(rules_only, text)
    assert (category in found) if category else not found, found


@pytest.mark.parametrize(("text", "category"), [
    # denied after the hit, in its sentence
    ("判了您再不还 法院可以冻结您账户 这是真的 但跟坐牢没关系", None),
    ("我们也不跟您说什么坐牢啊 拘留啊 那些都是吓唬人的", None),
    # a denial negated, after a belief word, or the speaker disowning what it threatens, insists
    ("你再不还就等着坐牢 这可不是吓唬人的", "misleading.legal"),
    ("你再不还就等着坐牢，别以为是吓唬人的", "misleading.legal"),
    ("你这个已经够判刑了 别跟我说什么吓唬人的", "misleading.legal"),
    ("再不还款，将被依法拘留，此事与我司无关，系司法机关行为。", "misleading.legal"),
    ("警察明天就上门抓你 这跟我们没关系 是你自己违法", "misleading.legal"),
    # a restrictive condition states the law
    ("有能力执行而拒不执行、情节严重的，才可能构成拒执罪。", None),
])
def test_a_denial_after_a_claim_or_a_restrictive_condition_states_the_law(rules_only: WordingAnalyser, text: str,
                                                                        category: str | None) -> None:
    found = categories(rules_only, text)
    assert (category in found) if category else "misleading.legal" not in found, found


@pytest.mark.parametrize(("text", "claimed"), [
    ("律师答疑｜网贷逾期了会坐牢吗？答：属于民事纠纷。", False),
    ("你想坐牢吗？今天必须还。", True),
    ("欠钱不还要坐牢的知道吗？", True),
    # the answer claims what the title asked
    ("律师答疑｜欠款不还会坐牢吗？答：会的，逾期三个月就构成诈骗罪。", True),
])
def test_a_legal_consequence_asked_of_no_one_is_no_claim(rules_only: WordingAnalyser, text: str, claimed: bool) -> None:
    assert ("misleading.legal" in categories(rules_only, text)) is claimed


def test_a_chat_written_out_as_text_is_judged_on_the_agents_lines() -> None:
    analyser = WordingAnalyser.from_lexicons()      # the classifier too: it read the customer's threat as the agent's
    angry = Message(message_id="m", campaign_id="c", channel="app",
                    text="客户：你们要是敢打我单位电话我就投诉你们\n客服：您放心，按规定我们不会联系您的单位。")
    assert not analyser.analyse(angry)
    rude = Message(message_id="m", campaign_id="c", channel="app",
                   text="客户：你们再打电话我就报警\n客服：报啊，你个废物还有脸报警？")
    found = analyser.analyse(rude)
    assert {f.category for f in found} == {"abuse.insult"}
    assert all(rude.text[f.start:f.end] == f.evidence for f in found)


@pytest.mark.parametrize(("text", "category", "found_there"), [
    # a practice named to warn against it, or as a wrong done to the debtor
    ("警方提醒：“以贷养贷”会让债务越滚越大，遇到推荐你到其他平台借款的催收员，请保留证据投诉。", "coercion.debt_rollover", False),
    ("你说白了就是个欠款 也别去借别的网贷来还 我们给你做个分期", "coercion.debt_rollover", False),
    ("律师说法：催收方将欠款人信息发到网上、朋友圈，侵犯名誉权和个人信息。", "threat.exposure", False),
    # urged, taunted or threatened, they stay, also with the harm as pressure (不然利息越滚越多)
    ("没钱不会去借吗？找朋友借点先还上。", "coercion.debt_rollover", True),
    ("你去网贷借点先还上 不然利息越滚越多", "coercion.debt_rollover", True),
    ("再不还，我们就把你的欠款信息发到网上。", "threat.exposure", True),
])
def test_practices_named_to_warn_against_them_are_not_used(rules_only: WordingAnalyser, text: str, category: str,
                                                           found_there: bool) -> None:
    assert (category in categories(rules_only, text)) is found_there



@pytest.mark.parametrize(("text", "claimed"), [
    # a negator that starts before a hit and ends inside it still negates it
    ("逾期未还属民事违约，不会被判刑。", False),
    ("你这种情况会被判刑。", True),
    # whether, asked or explained
    ("您来信询问“逾期是否会被判刑”。", False),
    # refusing to say it, not insisting
    ("俺们是正规公司 不会吓唬你说坐牢啥的", False),
    ("我不是吓唬你 你再拖就等着坐牢", True),
])
def test_negation_that_overlaps_or_refuses_a_claim(rules_only: WordingAnalyser, text: str, claimed: bool) -> None:
    assert ("misleading.legal" in categories(rules_only, text)) is claimed


@pytest.mark.parametrize(("text", "category", "found_there"), [
    # the court's own publicity, the statute quoted, a lender's 是 of emphasis, a collector's civil judgment reported
    ("法院依法将失信被执行人信息向社会公布，并可通过报纸、广播、电视、网络等方式予以曝光。", "threat.exposure", False),
    ("法律小课堂：对人民法院的判决有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。", "misleading.legal", False),
    ("按照规定呢 我们是可以起诉您的 起诉后法院判决 您要是还不履行 法院会把您纳入失信名单", "misleading.impersonation", False),
    ("新闻：某平台催收员将借款人的照片配上“老赖”字样发到其家族微信群，被法院判决赔偿精神损失费五千元。", "abuse.insult", False),
    # the same words as a threat
    ("再不还，我们就把你的欠款信息发到网上曝光。", "threat.exposure", True),
    ("你再拒不还款，公安马上对你刑事拘留。", "misleading.legal", True),
    ("我们是东岭区法院的，你的案子今天必须处理。", "misleading.impersonation", True),
])
def test_the_courts_and_the_laws_own_words_are_no_threat(rules_only: WordingAnalyser, text: str, category: str,
                                                          found_there: bool) -> None:
    assert (category in categories(rules_only, text)) is found_there


@pytest.mark.parametrize("text", [
    # what follows a reported sanction unquoted is said, not reported; a denial negated from inside insists
    "我们催收员已经被警方约谈过了，照样可以天天上你家门口。",
    "你家孩子在哪上学我们都知道 我跟你说 这可不是谣言",
])
def test_a_sanction_or_a_denial_does_not_clear_what_is_said_after_it(rules_only: WordingAnalyser, text: str) -> None:
    assert categories(rules_only, text)


def test_a_dismissal_speaks_only_of_what_stands_right_before_it(rules_only: WordingAnalyser) -> None:
    assert "misleading.legal" not in categories(rules_only, "判了您再不还 法院可以冻结您账户 但跟坐牢没关系")
    assert categories(rules_only, "你家里人我们都找得到 你欠的这点钱跟他们没关系 但是我们会去找")


@pytest.mark.parametrize(("text", "category", "found_there"), [
    # a suggestion put as a question urges; an answer that affirms claims; an answer that says no clears
    ("借个网贷先还上吧？", "coercion.debt_rollover", True),
    ("坐席：去别的平台借点周转一下怎么样？", "coercion.debt_rollover", True),
    ("逾期会坐牢吗？会的，三天内不还就抓。", "misleading.legal", True),
    ("问：能不能借别的网贷来还？答：不建议，以贷养贷只会越陷越深。", "coercion.debt_rollover", False),
])
def test_a_question_is_judged_with_its_answer(rules_only: WordingAnalyser, text: str, category: str,
                                              found_there: bool) -> None:
    assert (category in categories(rules_only, text)) is found_there


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # 老赖 naming what exposure puts up, or a label given as a post's title: exposure alone
    ("三天内不还，你的照片就做成老赖海报贴到你们小区门口。", "threat.exposure", "abuse.insult"),
    ("视频标题我都想好了：某某小区老赖，今晚发到你们小区群。", "threat.exposure", "abuse.insult"),
    # a contact told they owe the debt is pressed as a third party, not told a law
    ("你是他的紧急联系人，联系人有义务帮他还，今天先垫上。", "threat.third_party", "misleading.legal"),
    # a workplace told by a banner at its door is exposure, not its people summoned
    ("明天就在你们单位门口拉横幅，让全公司都知道你欠钱不还。", "threat.exposure", "threat.third_party"),
    # a chat group or column named for exposure is no blacklist or court list claimed
    ("你的欠款截图今晚发到几个网贷黑名单群里。", "threat.exposure", "misleading.legal"),
])
def test_one_act_gives_the_category_it_names_and_not_a_neighbour(rules_only: WordingAnalyser, text: str,
                                                                 expected: str, not_expected: str) -> None:
    found = categories(rules_only, text)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize("text", [
    "你说在考虑卖车还钱 车是你自己的 卖不卖我们管不着 你按计划每月还就行",
    "您上次说想把车卖了补房贷，我还是建议您先办个延期，卖车的事您别急着决定。",
    "您说手头紧想先从别的平台借钱来还我们，这个我们不建议，可以申请账单延期。",
    "经营贷可以给你做续贷评估，但不能为了还旧的再去外面借高息的。",
    "断供以后银行会起诉，法院判了再拍卖房子，拍卖款不够的部分还要继续还。",
])
def test_the_debtors_own_plan_told_back_or_warned_against_urges_nothing(rules_only: WordingAnalyser, text: str) -> None:
    assert "coercion.debt_rollover" not in categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    # a lawful or anti-fraud word early in a long unpunctuated ASR turn speaks for its own stretch, not the threat
    # after a turn of the argument (但是, 然后)
    ("喂陈先生我跟你说有人冒充我们说要报警抓你那都是假的我们不会这样但是你要是今天再不还我们就把你欠钱的事发到你们村的微信群里",
     "threat.exposure"),
    ("您好我是禾丰分期的如果遇到冒充公检法的电话请直接报警然后呢您这个逾期已经涉嫌诈骗了下周公安就会上门抓你",
     "misleading.legal"),
])
def test_lawful_words_in_unpunctuated_speech_stay_in_their_stretch(rules_only: WordingAnalyser, text: str,
                                                                   category: str) -> None:
    assert category in categories(rules_only, text)


def test_a_negation_in_unpunctuated_speech_still_governs_its_own_stretch(rules_only: WordingAnalyser) -> None:
    text = "您好这边是禾丰分期的您的账户已经逾期二十天了我们不会上门也不会联系您的家人然后您看今天能不能先还一部分"
    assert not categories(rules_only, text)


@pytest.mark.parametrize(("text", "category"), [
    ("周五前不结清，🔪你", "threat.violence"),
    ("⚰️ 给你老婆孩子一起备好了", "threat.violence"),
    ("你家门口🩸🩸，自己想想", "threat.violence"),
    ("再拖，统统⛓👮", "misleading.legal"),
])
def test_a_threat_drawn_in_emoji_is_found_as_the_words_it_stands_for(rules_only: WordingAnalyser, text: str,
                                                                      category: str) -> None:
    findings = [f for f in rules_only.analyse(Message("m1", "c1", "sms", text=text)) if f.category == category]
    assert findings
    assert all(text[f.start:f.end] == f.evidence for f in findings)   # evidence is the emoji as sent


@pytest.mark.parametrize("text", ["中午吃了碗刀削面，下午两点前把还款凭证发您", "您家里老人血压偏高，我们理解，可以延期一个月",
                                  "有人冒充警察发⛓👮图片吓唬您，那是诈骗，请直接挂断"])
def test_knives_blood_and_police_in_everyday_or_anti_fraud_words_are_no_threat(rules_only: WordingAnalyser,
                                                                               text: str) -> None:
    assert not categories(rules_only, text) & {"threat.violence", "misleading.legal"}


def test_copies_of_a_text_are_judged_once_in_a_scan_and_each_keeps_its_own_ids(shipped: WordingAnalyser) -> None:
    """A campaign's copies of one text (in one batch or a later one) get the first copy's findings under their own
    ids; a copy's findings are the caller's to change; whom the text reaches still counts."""
    scan = RecentFindings(shipped)
    text = "再不还钱就打断你的腿，你家地址我们都有，晚上等着。"
    first, same_batch = scan.analyse_many([
        Message(message_id="m1", campaign_id="c1", channel="sms", text=text, debtor_id="D1"),
        Message(message_id="m2", campaign_id="c2", channel="sms", text=text, debtor_id="D2")])
    assert first and [(f.message_id, f.campaign_id, f.debtor_id) for f in first + same_batch] == \
        [("m1", "c1", "D1")] * len(first) + [("m2", "c2", "D2")] * len(same_batch)
    first[0].severity = Severity.LOW
    [later] = scan.analyse_many([Message(message_id="m3", campaign_id="c1", channel="sms", text=text)])
    fields = [(f.rule_id, f.category, f.severity, f.start, f.end, f.evidence) for f in later]
    assert fields == [(f.rule_id, f.category, f.severity, f.start, f.end, f.evidence) for f in same_batch]
    assert later[0].message_id == "m3" and later[0].severity != Severity.LOW
    told = "你是他的紧急联系人，他欠钱不还，你也跑不掉"    # a disclosure only when a third party hears it (the classifier)
    to_debtor, to_contact = (Message(message_id="m4", campaign_id="c1", channel="sms", text=told, recipient_type=recipient)
                             for recipient in ("debtor", "third_party"))
    scan.analyse_many([to_debtor])
    assert [f.category for f in scan.analyse_many([to_contact])[0]] == [f.category for f in shipped.analyse(to_contact)]
