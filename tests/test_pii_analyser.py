"""The pii analyser on messages: who speaks, who hears, which PIPL category, and masked evidence only."""

from __future__ import annotations

import json

import pytest

from audit import masking
from audit.analysers.pii import PiiAnalyser
from audit.errors import RulePackError
from audit.finding import Severity
from audit.message import Message, Turn
from audit.paths import LEXICONS
from audit.rulepack import Rule, load_rules
from benchmarks.cost_curve import SHAPES, cost_ms, message_for, shape_text
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


def test_a_customer_line_of_a_chat_written_out_as_text_is_not_judged(analyser: PiiAnalyser) -> None:
    chat = Message(message_id="m1", campaign_id="c1", channel="app",
                   text=f"用户：我的手机是{MOBILE}，麻烦改下联系方式\n客服：好的，已为您登记，请留意短信。")
    assert analyser.analyse(chat) == []
    told_back = Message(message_id="m2", campaign_id="c1", channel="app",
                        text=f"用户：帮我查下账单\n客服：您的手机号是{MOBILE}对吧")
    assert categories(analyser.analyse(told_back)) == {"pii.unmasked_identifier"}


def test_an_agent_reading_the_number_out_is_a_leak_in_that_turn(analyser: PiiAnalyser) -> None:
    message = call(("customer", "喂？"), ("agent", f"您的手机号是{MOBILE}对吧"))
    (finding,) = analyser.analyse(message)
    assert (finding.category, finding.turn, finding.entity_type) == ("pii.unmasked_identifier", 1, "CN_MOBILE")
    assert MOBILE not in finding.evidence and finding.evidence.endswith("5678对吧")


def test_the_senders_own_number_to_call_back_is_no_leak_but_a_relatives_still_is(analyser: PiiAnalyser) -> None:
    relative = "15988776655"
    text = f"我是贷后专员小吴，有事打我手机{MOBILE}。你弟弟的手机{relative}我们也打过了。"
    findings = [f for f in analyser.analyse(sms(text)) if f.category == "pii.unmasked_identifier"]
    assert [text[f.start:f.end] for f in findings] == [relative]
    told_a_friend = analyser.analyse(sms(f"麻烦转告他方便时打我电话{MOBILE}，找王专员。", recipient="third_party"))
    assert "pii.third_party_disclosure" not in categories(told_a_friend)


def test_debt_revealed_to_a_third_party_in_a_call(analyser: PiiAnalyser) -> None:
    message = call(("agent", "您好，请问是张伟的家属吗？"), ("third_party", "我是他同事。"),
                   ("agent", "他在我们平台的借款已经逾期三个月了，欠款8650元。"))
    (disclosure,) = [f for f in analyser.analyse(message) if f.category == "pii.third_party_disclosure"]
    assert (disclosure.rule_id, disclosure.turn) == ("pii.third_party.debt", 2)
    assert message.turns[2].text[disclosure.start:disclosure.end] == "借款"   # one finding per turn, the first word


def test_the_callees_own_words_do_not_excuse_the_agents_answer(analyser: PiiAnalyser) -> None:
    """An `unless` word is read in the agent's earlier turns, not the callee's: a mother who says her son owes (我儿子欠…)
    is still a third party the agent tells the debt; the same words in a relative's own letter clear it."""
    message = call(("agent", "您好，请问是周磊的家属吗？"), ("third_party", "我是他妈，我儿子欠你们多少？"),
                   ("agent", "他在我们平台的借款已经逾期两个月了，欠款12400元。"))
    (disclosure,) = [f for f in analyser.analyse(message) if f.category == "pii.third_party_disclosure"]
    assert (disclosure.rule_id, disclosure.turn) == ("pii.third_party.debt", 2)
    letter = sms("你们的人打电话说我儿子欠了钱，还要去村里说，我已经录音了，再打我就报警。", recipient="third_party")
    assert "pii.third_party_disclosure" not in categories(analyser.analyse(letter))


def test_the_same_words_to_the_debtor_are_no_disclosure(analyser: PiiAnalyser) -> None:
    findings = analyser.analyse(sms("您在我们平台的借款已经逾期三个月了，欠款8650元。"))
    assert "pii.third_party_disclosure" not in categories(findings)


def test_address_told_to_a_third_party(analyser: PiiAnalyser) -> None:
    text = "他住在深圳市南山区科技园路1号阳光花园5栋1203室，对吧？"
    findings = analyser.analyse(sms(text, recipient="third_party"))
    assert [f.entity_type for f in findings if f.category == "pii.third_party_disclosure"] == ["ADDRESS"]


@pytest.mark.parametrize(("text", "rule_id"), [
    pytest.param("我们知道你老婆查出了乳腺癌。", "pii.sensitive.health", id="health"),
    pytest.param("我们知道你上个月在人民医院住院。", "pii.sensitive.health_general", id="health_general"),
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



# --- holder_under: an ID number's holder aged from the birth date it carries, on the message's send date -------------

CHILD_ID = "320502201503182041"     # invented, valid check character, born 2015-03-18


def _minor_id_rule(**body: object) -> Rule:
    return Rule(id="pii.t.minor_id", category="pii.sensitive", severity=Severity.HIGH, regulation="x", explanation="x",
                analyzer="pii", pack="t", path="lexicons/pii/t.yml",
                body={"entities": ["CN_ID_CARD"], "holder_under": 18, **body}, match_examples=["x"])


@pytest.mark.parametrize(("sent_at", "number", "found"), [
    ("2026-03-17T10:00:00+08:00", CHILD_ID, True),      # the day before the 11th birthday: a child
    ("2033-03-17T10:00:00+08:00", CHILD_ID, True),      # the day before the 18th: still a minor
    ("2033-03-18T10:00:00+08:00", CHILD_ID, False),     # the 18th birthday: of age
    ("2026-03-17T10:00:00+08:00", ID_NUMBER, False),    # born 1990: an adult's number is no minor's
])
def test_holder_under_ages_the_holder_on_the_send_date(sent_at: str, number: str, found: bool) -> None:
    from datetime import datetime

    analyser = PiiAnalyser([_minor_id_rule()], finder=shared_finder(), model=False)
    message = Message(message_id="m1", campaign_id="c1", channel="sms", text=f"子女身份证{number}，请核对。",
                      recipient_type="debtor", sent_at=datetime.fromisoformat(sent_at))
    assert bool(analyser.analyse(message)) is found


def test_holder_under_reads_a_number_read_aloud() -> None:
    analyser = PiiAnalyser([_minor_id_rule()], finder=shared_finder(), model=False)
    spoken = "三两洞五洞两 两洞幺五洞三幺八 两洞四幺"
    assert analyser.analyse(call(("agent", f"你儿子身份证 {spoken} 我们都有"), ("customer", "你们想干嘛")))


@pytest.mark.parametrize("body", [{"holder_under": True}, {"holder_under": 0},
                                  {"holder_under": 18, "entities": ["CN_MOBILE"]}])
def test_holder_under_takes_years_in_an_id_number_rule(body: dict) -> None:
    with pytest.raises(RulePackError, match="pii.t.minor_id.*holder_under"):
        PiiAnalyser([_minor_id_rule(**body)], finder=shared_finder(), model=False)

# --- cost: linear in the length of a message, whatever its shape (issue 10, item 2) ----------------------

@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_cost_grows_linearly_with_length(analyser: PiiAnalyser, shape: str) -> None:
    """Four times the length costs about four times as much: per character under 3x (re-masking per finding,
    surname windows and regexes made this quadratic, 140-270 ms at 2,000 characters). A ratio, not a time, so a
    loaded machine does not fail it; the absolute bound (50 ms at 2,000 characters) is
    `python -m benchmarks.cost_curve`'s to print."""
    short, long = (message_for("pii", shape_text(SHAPES[shape], size)) for size in (1000, 4000))
    analyser.analyse(long)                                           # regexes compiled, caches warm
    per_thousand_short = cost_ms(analyser.analyse, short, repeat=3)
    per_thousand_long = cost_ms(analyser.analyse, long, repeat=3) / 4
    assert per_thousand_long < 3 * max(per_thousand_short, 1.0)     # under 1 ms, noise is all there is


def test_a_segment_is_masked_once_not_once_per_finding(analyser: PiiAnalyser,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 characters with a phone number in each sentence made 694k mask_digits calls."""
    calls = []
    original = masking.mask_digits
    monkeypatch.setattr(masking, "mask_digits", lambda value, keep=4: calls.append(value) or original(value, keep))
    text = f"请致电{MOBILE}还款。" * 1000
    # the PIPL classifier may read a thousand numbers in one text as excessive: its evidence reuses the masked text
    findings = [f for f in analyser.analyse(sms(text)) if f.category == "pii.unmasked_identifier"]
    assert len(findings) == 1000 and all(f.evidence.count("*******5678") == 1 for f in findings)
    assert len(calls) == 1000                                       # one per number


# --- rule-pack validation (issue 10, item 8) ---------------------------------------------------------------

def pii_rule(**body: object) -> Rule:
    return Rule(id="pii.user.rule", category="pii.sensitive", severity=Severity.LOW, regulation="x",
                explanation="x", analyzer="pii", pack="t", path="lexicons/pii/user.yml", body=body,
                match_examples=["x"])


@pytest.mark.parametrize(("body", "key"), [
    pytest.param({"terms": ["住院"], "min_score": "high"}, "'min_score'", id="min_score_word"),
    pytest.param({"terms": ["住院"], "min_score": 2}, "'min_score'", id="min_score_above_1"),
    pytest.param({"terms": ["父亲"], "near": {"entities": ["PERSON"], "window": "abc"}}, "'near.window'",
                 id="window_word"),
    pytest.param({"terms": ["父亲"], "near": {"entities": ["PERSON"], "window": True}}, "'near.window'",
                 id="window_true"),
    pytest.param({"terms": ["父亲"], "near": {"window": 5}}, "'near'", id="near_without_entities"),
    pytest.param({"terms": [123]}, "'terms'", id="term_not_a_string"),
    pytest.param({"terms": "住院"}, "'terms'", id="terms_not_a_list"),
    pytest.param({"patterns": [123]}, "'patterns'", id="pattern_not_a_string"),
    pytest.param({"patterns": ["(?P<place>医院)", "(?P<place>诊所)"]}, "'patterns' clash", id="group_twice"),
    pytest.param({"patterns": ["住院", "(?i)icu"]}, "'patterns' clash", id="flag_not_at_start"),
    pytest.param({"terms": ["病"], "patterns": ["(住|看)\\1"]}, "numbered back-reference", id="backreference"),
    pytest.param({"patterns": ["(a+)+$"]}, "exponential", id="catastrophic_backtracking"),
    pytest.param({"patterns": ["a{4294967296}"]}, "'patterns'", id="huge_repeat"),
    pytest.param({"entities": 5}, "'entities'", id="entities_not_a_list"),
    pytest.param({"entities": ["CN_MOBILE"], "recipient": "everyone"}, "'recipient'", id="recipient"),
])
def test_a_bad_rule_body_is_an_error_naming_file_rule_and_key(body: dict, key: str) -> None:
    with pytest.raises(RulePackError) as raised:
        PiiAnalyser([pii_rule(**body)], finder=shared_finder())
    assert str(raised.value).startswith("lexicons/pii/user.yml rule 'pii.user.rule': ") and key in str(raised.value)


def test_patterns_are_searched_apart_except_behind_a_group_whose_words_start_one_another_and_find_the_same_match() -> None:
    from audit.analysers.pii import _alternation, _pattern_parts, _searches

    patterns = ["(?:你|您)(?:每天|平时)去", "(?:你|您)在[^，]{0,6}上班", "工资(?:卡)?到账", "(?:你|您)现在|住在",
                "(?:你|你们)家在", "(?:你|你们)老板"]
    searches = _searches(patterns)
    held = [sources for _, sources in searches]
    assert ["(?:你|您)(?:每天|平时)去"] in held and ["(?:你|您)现在|住在"] in held      # each alone
    assert ["(?:你|你们)家在", "(?:你|你们)老板"] in held        # 你 starts 你们: kept joined behind the group
    plain = _alternation(_pattern_parts(patterns))
    for text in ("您平时去哪", "听说你在城东厂里上班", "工资卡到账了", "他现在住在城西", "你们老板说你们家在城南", "无关的话"):
        expected = plain.search(text)
        found = [match for match in (regex.search(text) for regex, _ in searches) if match]
        first = min(found, key=lambda match: match.start(), default=None)
        assert (expected and expected.start()) == (first and first.start()), text


def test_each_pattern_runs_only_where_its_anchors_are_and_finds_the_leftmost_word_of_every_rule(
        analyser: PiiAnalyser) -> None:
    """The gate (one automaton over a view for every rule's anchors) never hides a match: on every example of
    every shipped rule, signed or not, the first word found starts where the rule's joined regex finds one."""
    from audit.analysers.pii import _first_word, _View

    texts = [text for c in analyser.compiled for text in (*c.rule.match_examples, *c.rule.no_match_examples)]
    texts += ["【安心贷】您的账户已逾期，请尽快还款", "你 老公 在 城东 那家 厂里 上班吧"]
    for text in texts:
        view = _View.of(text)
        alive = analyser.gate.alive(view)
        for compiled in (c for c in analyser.compiled if c.words is not None):
            for seen in (view.text, view.unsigned):
                expected, got = compiled.words.search(seen), _first_word(compiled, seen, alive)
                assert (expected and expected.start()) == (got and got.start()), (compiled.rule.id, text)


@pytest.mark.parametrize(("patterns", "text"), [
    pytest.param(["在KTV上班"], "听说你在ktv上班，在KTV上班的那个", id="case_sensitive_anchor"),
    pytest.param(["。是你家"], "【城东物业】是你家吧", id="anchor_in_the_blanked_signature"),
    pytest.param(["(?:你|你们)(?:公司在|单位在)城东"], "你们单位在城东", id="literal_group_with_a_prefix"),
])
def test_a_gated_pattern_still_finds_its_match(patterns: list[str], text: str) -> None:
    """Anchors are casefolded and looked up in the casefolded view; the 。 that blanks a 【signature】 in the view
    the rules read counts as found; patterns behind (?:你|你们) stay joined, in the order they were written."""
    found = PiiAnalyser([pii_rule(patterns=patterns)], finder=shared_finder()).analyse(sms(text))
    assert [f.rule_id for f in found] == ["pii.user.rule"]


def test_an_identifier_read_out_over_two_turns_is_found_where_it_starts(analyser):
    """The callee's 嗯 cuts the ID between two agent turns: no turn holds it whole, the message still discloses it,
    and neither turn's evidence shows its digits."""
    message = call(("agent", "您身份证号我念一下 幺幺洞幺洞五 幺九九洞洞三洞拐"), ("customer", "嗯"),
                   ("agent", "幺两三九 对吧"))
    found = [f for f in analyser.analyse(message) if f.category == "pii.unmasked_identifier"]
    assert [(f.rule_id, f.turn, f.entity_type) for f in found] == [("pii.unmasked.id_card", 0, "CN_ID_CARD")]
    assert not any(digit in found[0].evidence for digit in "幺洞五九三拐")


def test_a_number_the_callee_finishes_is_not_joined_to_the_agents(analyser):
    """The callee reads the rest of the card out: their own words, and the agent's half is no identifier."""
    message = call(("agent", "您尾号是 六二二二 洞两幺两"), ("customer", "三四五六 七八九洞 幺两八"),
                   ("agent", "好的 收到"))
    assert "pii.unmasked_identifier" not in categories(analyser.analyse(message))
    turns_apart = call(("agent", "您身份证号 幺幺洞幺洞五 幺九九洞洞三洞拐"), ("customer", "等一下 我说到哪了 你是谁啊 什么事情"),
                       ("agent", "幺两三九 对吧"))
    assert "pii.unmasked_identifier" not in categories(analyser.analyse(turns_apart))


def test_a_card_read_on_after_the_callee_with_words_that_carry_it_on(analyser):
    """后面是 opens the agent's next turn: the words carry the number on, and the card is read whole."""
    message = call(("agent", "您的卡号前面是六二二二 零二幺二 三四五六"), ("customer", "嗯"),
                   ("agent", "后面是七八九洞 幺两八 没错吧"))
    assert [f.rule_id for f in analyser.analyse(message) if f.category == "pii.unmasked_identifier"] == [
        "pii.unmasked.bank_card"]
