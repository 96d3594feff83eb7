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


NEGATED_TAIL = "我们不会上门打扰，也绝不会联系您的家人，请主动联系我们协商。"


def test_a_negated_tail_after_the_sentence_naming_bank_and_amount_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A template's negated sentence after the one naming the bank and the amount: its hits are judged (a context pass
    over the view) for the first message only, and found negated in every one."""
    analyser = WordingAnalyser.from_lexicons(model=False)
    scanned: list[str] = []
    scan = analyser._scan_context
    monkeypatch.setattr(analyser, "_scan_context", lambda view, scans=None: scanned.append(view.text) or scan(view, scans))
    messages = [Message(f"m{i}", "c1", "sms", text=f"【{bank}】温馨提示：您的账户存在逾期欠款{amount}元。{NEGATED_TAIL}")
                for i, (bank, amount) in enumerate([("青山小贷", "1,200"), ("远山银行", "860"), ("锦程信用卡中心", "15,300")])]
    assert [findings(analyser, message) for message in messages] == [[], [], []]
    assert len(scanned) == 1
    assert analyser._judged_hits([wording.speech_view(messages[0].text)], [None])[0] == []


def test_what_the_sentence_before_a_tail_says_still_counts_for_it() -> None:
    """拉横幅 counts near a word of the debt (public_posting `requires` 还钱 within 12 characters), here the last word
    of the sentence before the same tail: each message is judged as a fresh analyser judges it, in any order."""
    texts = ["【青山小贷】拖了很久了，快去还钱。下周就在村口拉横幅。", "【青山小贷】拖了很久了，快去赚钱。下周就在村口拉横幅。"]
    messages = [Message(f"m{i}", "c1", "sms", text=text) for i, text in enumerate(texts * 2)]
    fresh = [findings(WordingAnalyser.from_lexicons(model=False), message) for message in messages[:2]]
    assert [f["rule_id"] for f in fresh[0]] == ["wording.exposure.public_posting"] and fresh[1] == []
    analyser = WordingAnalyser.from_lexicons(model=False)
    assert [findings(analyser, message) for message in messages] == [
        [{**f, "message_id": message.message_id} for f in fresh[i % 2]] for i, message in enumerate(messages)]
