"""Calls of the sample campaign written for the call-conduct rules (lexicons/conduct/): one or more for each rule,
and lawful calls beside them (identity verified first, relief offered, a stop request recorded, a third party only
asked for a call-back). Fixed text, no randomness: `samples/generate.py` appends them after its own messages.

Everything is invented: people, companies, amounts.
"""

from __future__ import annotations

# (message_id, campaign_id, debtor_id, recipient_type, agent_id, sent_at, timed, turns)
CALLS = [
    ("CD-0001", "ag-2026-10-out", "D-1046", "debtor", "AG-207", "2026-10-13T10:12:00+08:00", True, [
        ("agent", "喂，是柯一鸣吗？"),
        ("customer", "是我，你哪位？"),
        ("agent", "你在暖阳借的钱逾期四十天了，今天必须还。"),
        ("customer", "我知道了。"),
    ]),
    ("CD-0002", "ag-2026-10-out", "D-1047", "debtor", "AG-211", "2026-10-14T15:40:00+08:00", True, [
        ("agent", "您好，我是恒远商务信息咨询有限公司的工作人员，受暖阳消费金融委托联系您。"),
        ("customer", "什么事？"),
        ("agent", "您在暖阳借的六千块已经逾期两个月了，请尽快还款。"),
        ("customer", "你找谁啊？我不是他，他是我弟弟。"),
        ("agent", "那你是他家人，你替他还了吧，不然我们天天打给你。"),
    ]),
    ("CD-0003", "cc-2026-10-m3", "D-1030", "debtor", "AG-203", "2026-10-15T11:05:00+08:00", False, [
        ("agent", "您好，这里是蓉城银行信用卡中心，请问是桂若溪女士本人吗？"),
        ("customer", "是我。我上个月被裁员了，现在一点收入都没有。"),
        ("agent", "这不是理由，您今天之内必须把欠款还上。"),
        ("customer", "我真的没钱。"),
    ]),
    ("CD-0004", "cc-2026-10-m3", "D-1031", "debtor", "AG-203", "2026-10-16T16:20:00+08:00", True, [
        ("agent", "您好，这里是蓉城银行信用卡中心，请问是宁书豪先生本人吗？"),
        ("customer", "我就是。我老婆刚住院做手术，这个月实在还不上。"),
        ("agent", "很抱歉听到这个消息，我们可以为您申请延期还款，或者做个性化分期。"),
        ("customer", "那太好了，分期吧。"),
        ("agent", "好的，我帮您登记分期申请，稍后短信通知您结果。"),
    ]),
    ("CD-0005", "ag-2026-10-out", "D-1052", "debtor", "AG-219", "2026-10-19T14:02:00+08:00", False, [
        ("agent", "您好，我是恒远商务信息咨询有限公司的，受暖阳消费金融委托，请问是阎佳琪本人吗？"),
        ("customer", "是我。你们别再打了，这笔钱不是我借的。"),
        ("agent", "不是你借的也得还，我们明天继续打。"),
    ]),
    ("CD-0006", "ag-2026-10-out", "D-1053", "debtor", "AG-219", "2026-10-20T10:30:00+08:00", True, [
        ("agent", "您好，我是恒远商务信息咨询有限公司的，受暖阳消费金融委托，请问是邵子墨本人吗？"),
        ("customer", "是我，我已经请了律师，以后找我律师。"),
        ("agent", "好的，已为您登记，请提供您律师的联系方式，我们会与您的律师沟通，不会再打扰您。"),
    ]),
    ("CD-0007", "ag-2026-10-out", "D-1054", "third_party", "AG-225", "2026-10-21T17:45:00+08:00", False, [
        ("agent", "您好，我是恒远商务信息咨询有限公司的，请问您认识计语嫣吗？"),
        ("third_party", "认识，我是她同事。"),
        ("agent", "麻烦您转告她给我们回个电话，谢谢，打扰了。"),
    ]),
    ("CD-0008", "cc-2026-10-m3", "D-1033", "debtor", "AG-208", "2026-10-22T09:50:00+08:00", False, [
        ("agent", "您好，这里是蓉城银行信用卡中心，请问是伏天佑先生本人吗？"),
        ("customer", "是的，什么事？"),
        ("agent", "您的信用卡欠款4800元已逾期20天，想跟您确认一下还款时间。"),
        ("customer", "下周发工资就还。"),
        ("agent", "好的，我帮您登记一下，谢谢您。"),
    ]),
]


def conduct_calls() -> list[dict]:
    """The calls as message records (contract section 1): timed ones as turns, the others as prefixed text."""
    records = []
    for message_id, campaign_id, debtor_id, recipient_type, agent_id, sent_at, timed, turns in CALLS:
        record = {"message_id": message_id, "campaign_id": campaign_id, "channel": "call", "debtor_id": debtor_id,
                  "recipient_type": recipient_type, "agent_id": agent_id}
        if timed:
            record["turns"] = _timed(turns)
        else:
            prefix = {"agent": "坐席", "customer": "客户", "third_party": "联系人"}
            record["text"] = "\n".join(f"{prefix[speaker]}：{text}" for speaker, text in turns)
        record["sent_at"] = sent_at
        records.append(record)
    return records


def _timed(turns: list[tuple[str, str]]) -> list[dict]:
    """Seconds as ASR output gives them; an agent turn after an angry customer starts before the customer stops
    (an interruption, for the timing facts)."""
    clock, out = 0.0, []
    for speaker, text in turns:
        length = round(1.0 + len(text) * 0.25, 1)
        cut_in = speaker == "agent" and out and out[-1]["speaker"] != "agent" and "必须" in text
        start = round(clock - 1.5 if cut_in else clock, 1)
        out.append({"speaker": speaker, "text": text, "start": start, "end": round(start + length, 1)})
        clock = start + length + 0.8
    return out
