"""Speaker labels in a chat or call written out as text: whose words the analysers judge."""

from __future__ import annotations

from audit.message import Message, Turn, parse_call_text, speaker_spans


def agent_text(message: Message) -> str:
    return "".join(segment.text for segment in message.agent_segments())


def test_a_pasted_chat_behind_an_export_tag_keeps_only_the_agent_s_words_offsets_kept() -> None:
    text = "[微信] 客户：再打电话我就找人收拾你们\n专员：陈先生，我们可以帮您申请分期"
    judged = agent_text(Message("m1", "c1", "app", text=text))
    assert len(judged) == len(text)
    assert "收拾" not in judged and "专员：陈先生，我们可以帮您申请分期" in judged


def test_labels_run_together_on_one_line_are_several_speakers_with_a_sentence_break_between() -> None:
    text = "客户：我没钱 催收专员：那就等着吧"
    judged = agent_text(Message("m1", "c1", "app", text=text))
    assert "没钱" not in judged and judged.endswith("催收专员：那就等着吧")
    assert judged[text.index("催收专员") - 1] == "\n"


def test_a_customer_s_reply_run_into_an_agent_turn_by_asr_is_not_the_agent_s() -> None:
    turn = "这边是云岫金融的 客户：我要报警抓你们 坐席：您有这个权利"
    judged = agent_text(Message("m1", "c1", "call", turns=[Turn("agent", turn)]))
    assert "报警" not in judged and "这边是云岫金融的" in judged and "您有这个权利" in judged


def test_a_letter_s_field_labels_without_an_agent_are_no_chat() -> None:
    text = "催收函\n借款人：陈某\n联系人：李某"
    assert agent_text(Message("m1", "c1", "notice", text=text)) == text


def test_a_label_inside_a_word_is_no_label() -> None:
    assert speaker_spans("如有疑问请联系客服：4008201357") == []


def test_a_call_given_as_text_splits_labels_on_one_line_and_keeps_wrapped_lines() -> None:
    turns = parse_call_text("坐席：您好 客户：嗯 坐席：您的账单\n已经逾期\n[10:32] 借款人：知道了")
    assert [(t.speaker, t.text) for t in turns] == [
        ("agent", "您好"), ("customer", "嗯"), ("agent", "您的账单\n已经逾期"), ("customer", "知道了")]


def test_words_before_the_first_label_are_the_agent_s_never_dropped() -> None:
    unlabelled_opening = parse_call_text("[语音转写] 坐席 您好 我是北辰小贷的 您手机尾号多少 客户：是我 坐席：好的")
    assert [(t.speaker, t.text) for t in unlabelled_opening] == [
        ("agent", "[语音转写] 坐席 您好 我是北辰小贷的 您手机尾号多少"), ("customer", "是我"), ("agent", "好的")]
    header = parse_call_text("ASR转写：坐席：你好 是柯文斌吧\n客户：嗯")
    assert [(t.speaker, t.text) for t in header] == [("agent", "ASR转写：\n你好 是柯文斌吧"), ("customer", "嗯")]
    header_line = parse_call_text("通话录音 2026-03-02\n客户：喂\n坐席：您好")
    assert [t.speaker for t in header_line] == ["agent", "customer", "agent"]


def test_a_hong_kong_vendor_s_staff_label_is_the_agent() -> None:
    turns = parse_call_text("職員：陳生你好，你張卡已經逾期 客戶：我下個禮拜還")
    assert [(t.speaker, t.text) for t in turns] == [("agent", "陳生你好，你張卡已經逾期"), ("customer", "我下個禮拜還")]


def test_speakers_in_brackets_as_asr_vendors_write_them_are_labels_the_colon_optional() -> None:
    turns = parse_call_text("（坐席）您好，这里是某某金融 （客户）你们再打我就投诉 【坐席】您有这个权利\n[借款人]：知道了")
    assert [(t.speaker, t.text) for t in turns] == [
        ("agent", "您好，这里是某某金融"), ("customer", "你们再打我就投诉"), ("agent", "您有这个权利"), ("customer", "知道了")]
    judged = agent_text(Message("m1", "c1", "app", text="微信：（客户）你是不是脑子有问题\n（坐席）好的，已登记"))
    assert "脑子" not in judged and "（坐席）好的，已登记" in judged


def test_a_channel_before_a_bracketed_label_is_a_tag_as_a_chat_export_writes_it() -> None:
    judged = agent_text(Message("m1", "c1", "app", text="微信（客户）：你们就是一群吸血鬼\n（坐席）：理解您的心情，我们可以协商"))
    assert "吸血鬼" not in judged and "理解您的心情" in judged


def test_a_role_in_brackets_inside_a_sentence_is_no_label() -> None:
    assert speaker_spans("致：马某（借款人）、刘某（共同借款人）") == []
