"""The wording analyser's fast paths find what the plain ones find: the Rust automaton (`Literals`) the matches
pyahocorasick finds, in its order; the sentence memo of rule patterns the findings of a fresh analyser, also once it
is full and forgotten; the speaker-label gate the labels of a chat written out, and none in an SMS."""

from __future__ import annotations

import ahocorasick
import pytest

from audit.analysers import wording
from audit.analysers.wording import WordingAnalyser
from audit.anchors import Literals
from audit.message import Message, speaker_spans

KEYS = ["上门", "门", "不会上门", "sb", "😀上", "会上"]


@pytest.mark.parametrize("text", ["我们不会上门打扰也不会上门", "😀上门sb😀会上门", "门门门", "没有任何键", ""])
def test_the_rust_automaton_finds_what_pyahocorasick_finds_in_its_order(text: str) -> None:
    plain = ahocorasick.Automaton()
    for key in KEYS:
        plain.add_word(key, key)
    plain.make_automaton()
    literals = Literals({key: key.upper() for key in KEYS})
    expected = [(last + 1 - len(key), last + 1, key.upper()) for last, key in plain.iter(text)] if text else []
    assert [(start, end, literals.payloads[k]) for k, start, end in literals.matches(text)] == expected


TEMPLATE = ["【青山小贷】{name}，您的欠款{amount}元已逾期，请尽快处理。我们不会上门打扰，也不会联系您的家人。",
            "{name}，欠{amount}块还装死？明天就去你单位堵你，你家门牌号我们都知道。"]
FILLS = [("赵先生", "1,200"), ("钱女士", "860"), ("孙先生", "15,300"), ("李女士", "99")]


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return [Message(f"m{i}", "c1", "sms", text=template.format(name=name, amount=amount))
            for i, (template, (name, amount)) in enumerate((t, f) for t in TEMPLATE for f in FILLS)]


def findings(analyser: WordingAnalyser, message: Message) -> list[dict]:
    return [finding.to_dict() for finding in analyser.analyse(message)]


def test_a_sentence_the_memo_knows_yields_the_findings_of_a_fresh_analyser(messages: list[Message],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    analyser = WordingAnalyser.from_lexicons(model=False)
    fresh = []
    for message in messages:       # each judged with nothing kept from the others
        analyser._span_matches.clear()
        fresh.append(findings(analyser, message))
    analyser._span_matches.clear()
    memoised = [findings(analyser, message) for message in messages]
    assert memoised == fresh
    assert all(memoised[len(FILLS):])           # the threat template is found every time
    assert analyser._span_matches               # and its repeated sentence was kept
    assert [findings(analyser, message) for message in messages] == memoised
    monkeypatch.setattr(wording, "SPAN_MATCHES_KEPT", 1)     # forgotten after every sentence
    assert [findings(analyser, message) for message in messages] == memoised


def test_speaker_labels_are_found_in_a_chat_written_out_and_none_in_an_sms() -> None:
    chat = "客户：我这个月真没钱\n专员：那您先还一部分 客户：好吧"
    assert [(span.speaker, chat[span.said:span.end]) for span in speaker_spans(chat)] == [
        ("customer", "我这个月真没钱"), ("agent", "那您先还一部分 "), ("customer", "好吧")]
    assert speaker_spans("【青山小贷】温馨提示：您的账单已出，请按时还款。") == []
