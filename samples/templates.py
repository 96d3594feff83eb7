"""Sample messages sent with registered templates (samples/templates.yml), for the
template analyser: most conform, some drift (edited wording, an unmasked name), some go out at the wrong
stage, some use a template that is unknown, retired or not yet approved, or none at all.

`template_messages(debtors, start)` is called by generate.py; it draws from its own seeded generator, so
the other sample files stay as they were. Everything is invented.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

SEED = 20261013
DAYS = 14

# template_id -> (channel, text, days_overdue range it is approved for); texts as in the registry.
TEMPLATES = {
    "CL-REM-01": ("sms", "【暖阳消费金融】{name}您好，您的“暖阳借”账单{amount}元将于{due}到期，请按时还款。如已还款请忽略。",
                  (-7, 0)),
    "CL-REM-02": ("app", "您的“暖阳借”账单{amount}元到期日为{due}，可在App首页点击“立即还款”完成还款，支持储蓄卡。", (-7, 6)),
    "CL-OD-03": ("sms", "【暖阳消费金融】{name}您好，您的“暖阳借”账单已逾期{days}天，欠款{amount}元，请于{deadline}前还款，"
                        "以免产生更多罚息。详询{hotline}。", (1, 6)),
    "CL-OD-07": ("sms", "【暖阳消费金融】{name}您好，您的“暖阳借”账单已逾期{days}天，欠款{amount}元。逾期信息将按规定报送征信机构，"
                        "如需协商还款方案请致电{hotline}。", (7, 14)),
    "CL-OD-07-APP": ("app", "您的账单已逾期{days}天，欠款{amount}元。如对欠款金额有疑问，可在App“账单-异议申请”中提交，"
                            "我们会在5个工作日内答复。", (7, 40)),
    "CL-OD-15": ("sms", "【暖阳消费金融】{name}您好，您的“暖阳借”账单已逾期{days}天，欠款合计{amount}元。我司将依法维护合法权益，"
                        "如有异议请致电{hotline}。还款请只使用官方渠道{url}。", (15, 40)),
    "AG-OD-07": ("sms", "【恒远商务】受暖阳消费金融委托，提醒{name}：您的借款已逾期{days}天，欠款{amount}元，请于{deadline}前还款。"
                        "回电{hotline}。", (7, 14)),
    "AG-OD-15": ("sms", "【恒远商务】受暖阳消费金融委托，提醒{name}：您尾号{card}的借款已逾期{days}天，欠款{amount}元。"
                        "如需协商请回电{hotline}。", (15, 40)),
}
RETIRED = ("CL-OD-03-V1", "sms", "【暖阳消费金融】{name}您好，您的账单已逾期{days}天，欠款{amount}元，请尽快还款。详询{hotline}。")
NOT_YET = ("CL-OD-15-V2", "sms", "【暖阳消费金融】{name}您好，您的账单已逾期{days}天。请于{deadline}前结清欠款{amount}元，"
                                 "或致电{hotline}申请分期。")
# Edits agents make to approved wording: (what the template says, what goes out instead).
EDITS = [
    ("请按时还款。", "请按时还款，否则我们将采取进一步措施。"),
    ("以免产生更多罚息。", "否则后果自负。"),
    ("如需协商还款方案请致电", "今天必须还清，别再拖了，致电"),
    ("请于{deadline}前还款。", "请今天下午5点前还款，过时不候。"),
    ("如已还款请忽略。", ""),
    ("我司将依法维护合法权益，", "我司已准备起诉材料，"),
]
CAMPAIGN_OF = {"CL": "cl-2026-10-m1", "AG": "ag-2026-10-out"}


def template_messages(debtors: list, start: datetime) -> list[dict]:
    """About 60 templated SMS and app messages over the fortnight from `start`, for the lender's and the
    agency's debtors (the agency sends only its AG-* templates)."""
    rng = random.Random(SEED)
    by_campaign = {cid: [d for d in debtors if d.campaign.campaign_id == cid] for cid in CAMPAIGN_OF.values()}
    records: list[dict] = []

    def message(template_id: str, channel: str, text: str, days_overdue: int | None, *, name_masked: bool = True,
                campaign: str | None = None, with_vars: bool = False) -> None:
        campaign = campaign or CAMPAIGN_OF[template_id[:2]]
        debtor = rng.choice(by_campaign[campaign])
        sent = start + timedelta(days=rng.randrange(DAYS), hours=rng.randint(9, 19), minutes=rng.randint(0, 59))
        due, deadline = sent - timedelta(days=days_overdue or 0), sent + timedelta(days=5)
        values = {
            "name": debtor.name[0] + "*" * (len(debtor.name) - 1) if name_masked else debtor.name,
            "amount": f"{rng.randint(8, 600) * 50:,}.00" if rng.random() < 0.3 else str(rng.randint(8, 600) * 50),
            "due": f"{due.month}月{due.day}日", "deadline": f"{deadline.month}月{deadline.day}日",
            "days": str(days_overdue), "hotline": debtor.campaign.hotline, "url": "https://nuanyang.example.cn/pay",
            "card": f"{rng.randint(1000, 9999)}",
        }
        record = {"campaign_id": campaign, "channel": channel, "debtor_id": debtor.debtor_id, "recipient_type": "debtor",
                  "agent_id": "SYS" if channel == "app" else f"AG-{rng.randint(201, 230)}", "text": text.format(**values),
                  "sent_at": sent.isoformat()}
        if template_id:
            record["template_id"] = template_id
        if days_overdue is not None:
            record["days_overdue"] = days_overdue
        if with_vars:
            record["template_vars"] = {k: v for k, v in values.items() if "{" + k + "}" in text}
        records.append(record)

    for template_id, (channel, text, (low, high)) in TEMPLATES.items():      # conforming, at their stage
        for _ in range(5):
            message(template_id, channel, _spaced(rng, text), rng.randint(low, high), with_vars=rng.random() < 0.5)
    for template_id, edit in zip(rng.sample(sorted(TEMPLATES), 6), EDITS):   # drift: edited wording
        channel, text, (low, high) = TEMPLATES[template_id]
        text = text.replace(*edit) if edit[0] in text else text.replace("。", "。" + edit[1], 1)
        message(template_id, channel, text, rng.randint(low, high))
    for template_id in ("CL-REM-01", "CL-OD-07", "AG-OD-07"):                 # drift: the full name filled in
        channel, text, (low, high) = TEMPLATES[template_id]
        message(template_id, channel, text, rng.randint(low, high), name_masked=False)
    for template_id, days in (("CL-OD-15", 2), ("AG-OD-15", 4), ("CL-REM-01", 9), ("CL-OD-03", 20)):  # wrong stage
        channel, text, _ = TEMPLATES[template_id]
        message(template_id, channel, text, days)
    message(RETIRED[0], RETIRED[1], RETIRED[2], 4)                           # unapproved: retired, not yet
    message(NOT_YET[0], NOT_YET[1], NOT_YET[2], 20)
    message("CL-URGENT-99", "sms", "【暖阳消费金融】{name}您好，您的欠款{amount}元请务必今日处理。", 10)   # unknown id
    message("", "sms", "【恒远商务】{name}：您的欠款{amount}元已逾期，请立即回电{hotline}。", 12, campaign="ag-2026-10-out")
    records.sort(key=lambda r: r["sent_at"])
    return [{"message_id": f"TM-{n:04d}", **record} for n, record in enumerate(records, 1)]


def _spaced(rng: random.Random, text: str) -> str:
    """Some gateways add spaces or swap to half-width punctuation: not drift."""
    if rng.random() < 0.2:
        return text.replace("，", ", ").replace("：", ": ")
    return text
