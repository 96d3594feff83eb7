"""Property tests over the analysers (issue 10): any text -- lone surrogates from an emoji cut in half, control
characters, bidi marks, very long runs of one unit, the words negation and context scoping look at -- gives a
list of findings whose offsets lie inside the text (of their turn, for calls), never an exception."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.analysers import analyser_class
from audit.analysers.base import MessageAnalyser
from audit.finding import Finding
from audit.message import Message, Turn

# Pieces the analysers react to: insults, negators, conditions, scope keepers, question ends, numbers, places,
# names, plates, punctuation that breaks clauses and sentences, and characters normalisation drops or folds.
PIECES = ["不要脸", "老赖", "骗子", "傻逼", "sb", "上门", "联系你的家人", "不会", "绝不会", "没有", "以为", "就", "因为",
          "还款", "吗", "？", "，", "。", "\n", "13812345678", "138－1234－5678", "区", "客户张", "京A12345",
          "a@b.cn", "身份证", "110101199003077777", "律师函", "法院", "傳票", "騙子", "\u200b", "\u202e", "\ufeff",
          "\U0001F600", "\ud83d", "\ude00", "\x00", "\x08", "\r", "ｓｂ", "１２３"]

characters = st.one_of(
    st.characters(),                                  # any code point but surrogates
    st.integers(0xD800, 0xDFFF).map(chr),             # lone surrogates
    st.integers(0, 0x1F).map(chr),                    # control characters
)
texts = st.one_of(
    st.text(characters, max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(characters, max_size=3)), max_size=60).map("".join),
    st.builds(lambda unit, times: unit * times, st.text(characters, min_size=1, max_size=4) | st.sampled_from(PIECES),
              st.integers(1, 1500)),
)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def analyser(name: str) -> MessageAnalyser:
    return analyser_class(name).from_lexicons()


def check(name: str, message: Message) -> None:
    findings = analyser(name).analyse(message)
    assert isinstance(findings, list)
    for finding in findings:
        assert isinstance(finding, Finding) and finding.analyzer == name
        if finding.start is None:
            continue
        text = message.text if finding.turn is None else message.turns[finding.turn].text
        assert 0 <= finding.start <= finding.end <= len(text)


@FUZZ
@given(texts)
def test_wording_takes_any_text(text: str) -> None:
    check("wording", Message("m1", "c1", "sms", text=text))


@FUZZ
@given(texts)
def test_pii_takes_any_text(text: str) -> None:
    check("pii", Message("m1", "c1", "sms", text=text, recipient_type="third_party"))


@FUZZ
@given(texts)
def test_notice_takes_any_text(text: str) -> None:
    check("notice", Message("m1", "c1", "notice", text=text))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["agent", "customer", "third_party"]), texts), min_size=1, max_size=4))
def test_calls_keep_offsets_inside_their_turn(turns: list[tuple[str, str]]) -> None:
    message = Message("m1", "c1", "call", turns=[Turn(speaker, text) for speaker, text in turns])
    check("wording", message)
    check("pii", message)
