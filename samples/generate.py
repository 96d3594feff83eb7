"""Regenerate the bundled sample campaign: `python samples/generate.py` (fixed seed, same files every run).

Writes, next to this script:
- campaign.jsonl: ~300 outbound messages of three campaigns (SMS, app, e-mail, notices, calls);
- contacts.csv: ~2,000 contact attempts over two weeks for 60 debtors, some breaching cn-default;
- events.csv: debtor status events (cease requests, disputes, hardship, ...).

Everything is invented: people, companies, numbers. Identifiers that a message leaks are obviously
synthetic (1380013xxxx phones, 6222000000… cards, IDs born 1990-01-01) but pass their checksums, so
the PII analyser has something real-looking to find. The sentences are not those of the evaluation
set in benchmarks/data/.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import opencc
from calls import conduct_calls  # samples/calls.py: calls for the conduct rules
from templates import template_messages  # samples/templates.py: messages sent with registered templates

HERE = Path(__file__).parent
SEED = 20261012
CST = timezone(timedelta(hours=8))
START = datetime(2026, 10, 12, tzinfo=CST)      # a Monday; the log covers two weeks
DAYS = 14

rng = random.Random(SEED)
TRADITIONAL = opencc.OpenCC("s2tw")

# ---------------------------------------------------------------- synthetic identifiers

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(n: int) -> str:
    """An 18-digit resident ID with a valid GB 11643 check digit, born 1990-01-01 (sequence n)."""
    body = f"11010119900101{n % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


def bank_card(n: int) -> str:
    """A 19-digit 6222 0000… card number with a valid Luhn check digit."""
    body = f"622200000000{n:06d}"
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return body + str((10 - total % 10) % 10)


def mobile(n: int) -> str:
    return f"1380013{n % 10000:04d}"


# ---------------------------------------------------------------- people and campaigns

SURNAMES = "柯桂宁阎邵计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙"
GIVEN = "一鸣若溪书豪佳琪子墨语嫣天佑诗涵泽宇雅静铭轩安琪俊熙梦瑶博文晓彤振华美玲永康丽萍伟东淑芬"


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    lender: str
    product: str
    sender: str          # who writes the messages: the lender or its collection agency
    hotline: str
    violation_rate: float


CAMPAIGNS = (
    Campaign("cl-2026-10-m1", "暖阳消费金融有限公司", "“暖阳借”现金贷", "暖阳消费金融有限公司", "400-555-0101", 0.08),
    Campaign("cc-2026-10-m3", "蓉城银行信用卡中心", "蓉城银行信用卡", "蓉城银行信用卡中心", "400-555-0202", 0.2),
    Campaign("ag-2026-10-out", "暖阳消费金融有限公司", "“暖阳借”现金贷", "恒远商务信息咨询有限公司", "400-555-0303", 0.45),
)
DEBTORS_PER_CAMPAIGN = (25, 20, 15)


@dataclass(frozen=True)
class Debtor:
    debtor_id: str
    name: str
    campaign: Campaign
    number: int          # drives the debtor's synthetic phone, ID and card


def make_debtors() -> list[Debtor]:
    debtors, n = [], 0
    for campaign, count in zip(CAMPAIGNS, DEBTORS_PER_CAMPAIGN):
        for _ in range(count):
            n += 1
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 2])))
            debtors.append(Debtor(f"D-{1000 + n}", name, campaign, n))
    return debtors


# ---------------------------------------------------------------- sentences (not those of the evaluation set)

REMINDERS = [
    "您的{product}第{period}期账单{amt}元已于{due}到期，目前尚未入账，请及时处理。",
    "{name}您好，您{due}到期的款项还未入账，如已还款请忽略。",
    "逾期会按合同约定产生罚息，建议您今天登录App完成还款。",
    "您可以在App首页点击“立即还款”，支持储蓄卡和支付宝。",
    "如需协商还款方案，请回复1或致电{hotline}。",
    "我们已收到您的部分还款{part}元，剩余{rest}元请于{deadline}前结清。",
    "您申请的延期还款已通过，新的还款日为{deadline}。",
    "您的逾期信息将按规定报送征信机构，请尽快处理以免影响个人信用。",
    "还款请只使用官方渠道，任何要求转到个人账户的都是诈骗。",
    "我们理解您的情况，可以为您申请最长3个月的分期。",
    "您当前已逾期{days}天，欠款合计{amt}元。",
    "还款成功后额度将在1个工作日内恢复。",
    "本条提醒由{sender}发出，详询{hotline}。",
    "如对欠款金额有疑问，可在App“账单-异议申请”中提交，我们会在5个工作日内答复。",
]
CALL_AGENT = [
    "您好，这里是{sender}，请问是{name}本人吗？",
    "我这边是{sender}的贷后专员，工号{emp}，本次通话会录音。",
    "您的{product}现在逾期{days}天，欠款{amt}元，想跟您确认一下还款时间。",
    "那您看{deadline}之前能不能先还一期？",
    "可以的，我帮您登记一下，到时候系统会再提醒您。",
    "如果一次还不上，我们可以申请分期，您每个月压力小一点。",
    "好的，理解您的情况，我们尊重您的意见。",
    "逾期记录会报送征信，所以还是建议您尽早处理。",
    "如果长期不还，我们有可能依法起诉，但现在还是希望协商。",
    "那就不打扰您了，祝您生活顺利。",
]
CALL_CUSTOMER = [
    "是我，什么事？",
    "我知道，这个月手头紧。",
    "下周五发工资，发了就还。",
    "能不能先还一半？",
    "你们别老打电话了，我在上班。",
    "行，你把还款方式发我短信。",
    "我家里老人生病，能不能宽限一个月？",
    "你们再这样天天打，我就去投诉你们！",
    "滚，烦死了，老子没钱。",
    "好的好的，知道了。",
]
THIRD_PARTY_SAYS = ["我是他朋友，怎么了？", "我不太清楚他的情况。", "你们是谁？找他干嘛？", "他好久没回来了。"]
THIRD_PARTY_OK = [
    "您好，请问您能联系上{name}吗？麻烦让他回电{hotline}，谢谢。",
    "不方便说具体事情，只需要他本人回个电话。",
    "好的，打扰了，之后不会再联系您。",
]
# Agent wording that breaks the rules: (sentence, categories it violates).
VIOLATIONS = [
    ("你再装死试试，我们明天就去你家门口等你。", ["threat.violence"]),
    ("再拖，就让你见识一下什么叫上门服务。", ["threat.violence"]),
    ("通讯录里备注“老妈”的那个号码，我们先打过去了。", ["threat.third_party"]),
    ("你们单位的座机我们打了三次了，领导说会找你谈。", ["threat.third_party"]),
    ("你老公知道你在外面借钱吗？要不我们帮你告诉他。", ["threat.third_party"]),
    ("你儿子学校的家长群，我们也能进去问问。", ["threat.third_party"]),
    ("明天就把你的照片贴到你们村祠堂门口。", ["threat.exposure"]),
    ("信不信把你做成表情包发到群里，让大家都认识你。", ["threat.exposure"]),
    ("不还钱就让你在整个小区出名。", ["threat.exposure"]),
    ("本人系{city}市中级人民法院执行干警，现通知你履行还款义务。", ["misleading.impersonation"]),
    ("我是县公安局经济犯罪侦查科的，你的借款情况我们已经掌握。", ["misleading.impersonation"]),
    ("你就等着被抓去拘留十五天吧。", ["misleading.legal"]),
    ("你的案底已经在系统里了，以后找工作都难。", ["misleading.legal"]),
    ("检察院已经在走流程了，这个数额够判了。", ["misleading.legal", "misleading.impersonation"]),
    ("你这种赖皮，活该被人看不起。", ["abuse.insult"]),
    ("sb玩意儿，电话都不敢接。", ["abuse.insult"]),
    ("你這個騙子，借錢的時候可不是這麼說的。", ["abuse.insult"]),
    ("把你的车过户给我们朋友，账就平了。", ["coercion.debt_rollover"]),
    ("给你介绍个急用钱的渠道，日息千分之五，借了先还我们。", ["coercion.debt_rollover"]),
    ("再不還，你們全家的徵信都要完蛋，孩子以後考不了公務員。", ["misleading.legal"]),
    ("不还就爆你通 讯 录，一个都跑不掉。", ["threat.third_party"]),
    ("你个老 赖，还好意思跟我谈分期？", ["abuse.insult"]),
]
# Personal data that should not be in an outbound message (the PII analyser's job).
PII_LEAKS = [
    "经核实，您登记的身份证号为{id}，请确认是否本人借款。",
    "请核对您的还款卡号{card}，确认无误后再转账。",
    "您的紧急联系人{contact}（手机{contact_phone}）已知悉此事。",
    "您本人手机{phone}多次无法接通，请尽快回电。",
]
THIRD_PARTY_DISCLOSURES = [
    "您好，您的朋友{name}在{lender}借款{amt}元已逾期{days}天，请您转告他尽快还款。",
    "{name}是您的家人吧？他欠我们{amt}元，已经逾期很久了，麻烦您督促一下。",
    "他欠钱不还，你是他朋友就帮他还了吧，不然我们天天打给你。",
]
SENSITIVE = [
    "听说您最近在市第三人民医院住院，出院后请尽快处理欠款。",
    "我们知道您每天晚上七点以后都在城南健身房。",
]

# Notice (letter) parts; each is one required element, so a letter can leave some out.
NOTICE_PARTS = {
    "debtor_id": ["当事人：{name}（证件号码{id_masked}）", "客户：{name}，客户编号{customer_no}"],
    "amount": ["截至{asof}，贵方拖欠本息合计人民币{amt}元。", "尚欠金额：{amt}元（含本金、利息及违约金）。"],
    "days_overdue": ["上述款项已逾期{days}天。", "逾期时长：{days}日。"],
    "deadline": ["请贵方于{deadline}前清偿全部欠款。", "最后还款期限为{deadline}。"],
    "repay_channel": ["还款账户：户名{lender}，账号尾号{acct}，开户行蓉城银行锦江支行。",
                      "可通过{lender}官方App“账单-还款”或银行转账至我司对公账户还款。"],
    "contact": ["联系电话：{hotline}。", "如有疑问请拨打{hotline}（9:00-18:00）。"],
    "legal_notice": ["逾期不还的，我司将依法报送征信并保留向人民法院起诉的权利。",
                     "依据借款合同及《民法典》相关规定，我司有权依法追索欠款及违约金。"],
}
NOTICE_TITLES = ["逾期欠款提示函", "债务催收通知", "还款告知书"]
CITIES = ["锦川", "临江", "安澜"]


# ---------------------------------------------------------------- messages


def month_day(moment: datetime) -> str:
    return f"{moment.month}月{moment.day}日"


def slots(debtor: Debtor, day: int) -> dict:
    """Fill-ins for one message sent on `day` of the fortnight: dates fall before or after it as they should."""
    c, n = debtor.campaign, debtor.number
    sent = START + timedelta(days=day)
    amt = rng.randint(8, 600) * 50 + rng.choice([0, 18, 66])
    part = rng.randint(1, max(1, amt // 200)) * 100
    return {
        "name": debtor.name, "product": c.product, "lender": c.lender, "sender": c.sender, "hotline": c.hotline,
        "period": rng.randint(2, 12), "amt": amt, "part": part, "rest": amt - part, "days": rng.randint(5, 120),
        "due": month_day(sent - timedelta(days=rng.randint(5, 40))), "emp": f"{7000 + n}",
        "deadline": month_day(sent + timedelta(days=rng.choice([3, 5, 7, 10, 15]))),
        "issued": f"2026年{month_day(sent)}", "asof": f"2026年{month_day(sent - timedelta(days=1))}",
        "city": rng.choice(CITIES), "id": resident_id(n), "card": bank_card(n),
        "phone": mobile(n), "contact": rng.choice(SURNAMES) + rng.choice(["女士", "先生"]),
        "contact_phone": mobile(5000 + n), "id_masked": resident_id(n)[:1] + "*" * 13 + resident_id(n)[-4:],
        "customer_no": f"K{20260000 + n}", "acct": f"{rng.randint(1000, 9999)}",
    }


def traditional_or_not(text: str) -> str:
    """A few messages go out in traditional characters (some templates are shared with HK/TW teams)."""
    if rng.random() < 0.08:
        return TRADITIONAL.convert(text)
    return text


def outbound_text(s: dict, violating: bool) -> str:
    parts = [rng.choice(REMINDERS) for _ in range(rng.randint(1, 3))]
    if violating:
        parts.insert(rng.randint(0, len(parts)), rng.choice(VIOLATIONS)[0])
    if rng.random() < 0.06:
        parts.append(rng.choice(PII_LEAKS))
    return traditional_or_not("".join(dict.fromkeys(parts)).format(**s))


def call_turns(s: dict, violating: bool) -> list[tuple[str, str]]:
    turns = [("agent", CALL_AGENT[0].format(**s)), ("customer", CALL_CUSTOMER[0])]
    if rng.random() < 0.5:
        turns += [("agent", CALL_AGENT[1].format(**s)), ("customer", "嗯，你说。")]
    for _ in range(rng.randint(2, 4)):
        turns.append(("agent", rng.choice(CALL_AGENT[2:-1]).format(**s)))
        turns.append(("customer", rng.choice(CALL_CUSTOMER[1:])))
    if violating:
        turns.insert(rng.randrange(2, len(turns), 2), ("agent", rng.choice(VIOLATIONS)[0].format(**s)))
    if rng.random() < 0.08:
        turns.insert(2, ("agent", rng.choice(SENSITIVE + PII_LEAKS).format(**s)))
    turns.append(("agent", CALL_AGENT[-1]))
    return turns


def third_party_turns(s: dict, violating: bool) -> list[tuple[str, str]]:
    turns = [("agent", THIRD_PARTY_OK[0].format(**s)), ("third_party", rng.choice(THIRD_PARTY_SAYS))]
    if violating:
        turns.append(("agent", rng.choice(THIRD_PARTY_DISCLOSURES).format(**s)))
        turns.append(("third_party", rng.choice(THIRD_PARTY_SAYS)))
    turns.append(("agent", rng.choice(THIRD_PARTY_OK[1:]).format(**s)))
    return turns


def as_call_record(turns: list[tuple[str, str]]) -> dict:
    """Half the calls come as timed turns (ASR output), half as speaker-prefixed lines (QA export)."""
    if rng.random() < 0.5:
        t, out = 0.0, []
        for speaker, text in turns:
            length = round(1.0 + len(text) * 0.25, 1)
            out.append({"speaker": speaker, "text": text, "start": round(t, 1), "end": round(t + length, 1)})
            t += length + 0.6
        return {"turns": out}
    prefix = {"agent": rng.choice(["坐席", "催收员"]), "customer": rng.choice(["客户", "借款人"]), "third_party": "联系人"}
    return {"text": "\n".join(f"{prefix[sp]}：{tx}" for sp, tx in turns)}


def notice_text(s: dict) -> str:
    missing = set(rng.sample(sorted(NOTICE_PARTS), rng.choice([0, 0, 1, 1, 2])))
    parts = {k: rng.choice(v).format(**s) for k, v in NOTICE_PARTS.items() if k not in missing}
    head = [rng.choice(NOTICE_TITLES)]
    if rng.random() < 0.8:
        head.append(f"编号：{s['sender'][:2]}函〔2026〕{rng.randint(100, 999)}号")
    body = [parts.get("debtor_id", "尊敬的客户："),
            f"贵方在{s['lender']}办理的{s['product']}未按约定履行还款义务，特此函告："]
    body += [parts[k] for k in ("amount", "days_overdue", "deadline", "repay_channel", "legal_notice") if k in parts]
    body += [parts["contact"]] if "contact" in parts else []
    body += ["特此通知。", s["sender"]]
    if rng.random() < 0.85:
        body.append(s["issued"])
    return "\n".join(head + body)


def sent_at(day: int, hour_range: tuple[int, int] = (9, 20)) -> str:
    moment = START + timedelta(days=day, hours=rng.randint(*hour_range), minutes=rng.randint(0, 59))
    return moment.isoformat()


# Messages per campaign and channel: (channel, count, how the message is made).
PLAN = {
    "cl-2026-10-m1": [("sms", 80), ("app", 40)],
    "cc-2026-10-m3": [("call", 40), ("notice", 25), ("email", 20), ("sms", 5)],
    "ag-2026-10-out": [("call", 40), ("third_party_call", 15), ("sms", 25), ("app", 10)],
}


def make_messages(debtors: list[Debtor]) -> list[dict]:
    records = []
    for campaign in CAMPAIGNS:
        own = [d for d in debtors if d.campaign is campaign]
        for channel, count in PLAN[campaign.campaign_id]:
            for _ in range(count):
                debtor = rng.choice(own)
                day = rng.randrange(DAYS)
                s = slots(debtor, day)
                violating = rng.random() < campaign.violation_rate
                record = {"campaign_id": campaign.campaign_id, "channel": channel, "debtor_id": debtor.debtor_id,
                          "recipient_type": "debtor", "agent_id": f"AG-{rng.randint(201, 230)}"}
                if channel in ("sms", "app"):
                    record["text"] = (f"【{campaign.sender[:4]}】" if channel == "sms" else "") + outbound_text(s, violating)
                    rng.randint(1, 6)   # was a made-up template id; drawn still, so the rest of the sample is as it was
                elif channel == "email":
                    record["text"] = f"尊敬的{debtor.name}：\n{outbound_text(s, violating)}\n{campaign.sender}"
                elif channel == "notice":
                    record["text"] = notice_text(s)
                elif channel == "call":
                    record.update(as_call_record(call_turns(s, violating)))
                else:
                    record.update(channel="call", recipient_type="third_party")
                    record.update(as_call_record(third_party_turns(s, violating)))
                record["sent_at"] = sent_at(day)
                records.append(record)
    records.sort(key=lambda r: (r["campaign_id"], r["sent_at"]))
    prefixes = {"cl-2026-10-m1": "CL", "cc-2026-10-m3": "CC", "ag-2026-10-out": "AG"}
    numbered = []
    for n, record in enumerate(records, 1):
        numbered.append({"message_id": f"{prefixes[record['campaign_id']]}-{n:04d}", **record})
    return numbered


# ---------------------------------------------------------------- contact log and events

CALL_OUTCOMES = (["connected"] * 35 + ["no_answer"] * 45 + ["busy"] * 10 + ["failed"] * 10)


@dataclass
class Contact:
    debtor: Debtor
    channel: str
    when: datetime
    recipient_type: str = "debtor"
    recipient: str = ""
    outcome: str | None = None
    tz: str = ""


def recipient_hash(debtor: Debtor, who: int = 0) -> str:
    """A stand-in for a hashed phone number: stable per debtor and contact person."""
    return f"h{(debtor.number * 7919 + who * 104729) % 16**8:08x}"


def at(day: int, hour: int, minute: int) -> datetime:
    return START + timedelta(days=day, hours=hour, minutes=minute)


def ordinary_day(debtor: Debtor, day: int) -> list[Contact]:
    """A compliant day: a few calls and at most one SMS, 08:30-20:59, at most 3 connected calls."""
    out, connected = [], 0
    for _ in range(rng.choice([0, 1, 1, 2, 2, 2, 3, 3])):
        outcome = rng.choice(CALL_OUTCOMES)
        if outcome == "connected":
            connected += 1
            if connected > 2:
                outcome = "no_answer"
        out.append(Contact(debtor, "call", at(day, rng.randint(8, 20), rng.randint(0, 59)),
                           recipient=recipient_hash(debtor), outcome=outcome))
    if rng.random() < 0.5:
        out.append(Contact(debtor, "sms", at(day, rng.randint(9, 19), rng.randint(0, 59)),
                           recipient=recipient_hash(debtor), outcome="delivered"))
    return out


def make_contacts(debtors: list[Debtor]) -> tuple[list[Contact], list[dict]]:
    contacts: list[Contact] = []
    events: list[dict] = []
    for debtor in debtors:
        for day in range(DAYS):
            contacts += ordinary_day(debtor, day)
    d = {x.debtor_id: x for x in debtors}

    # Contacts at night (cn-default allows 08:00-22:00): late calls, an early SMS; 21:59 is just inside.
    for debtor_id, day, hour, minute, channel in [("D-1046", 2, 22, 15, "call"), ("D-1047", 5, 23, 40, "call"),
                                                  ("D-1050", 9, 7, 20, "call"), ("D-1012", 3, 6, 55, "sms"),
                                                  ("D-1055", 11, 22, 0, "call"), ("D-1030", 7, 21, 59, "call")]:
        outcome = "delivered" if channel == "sms" else "no_answer"
        contacts.append(Contact(d[debtor_id], channel, at(day, hour, minute), recipient=recipient_hash(d[debtor_id]),
                                outcome=outcome))
    # A debtor in Xinjiang: 23:30 Beijing time is 21:30 in Asia/Urumqi, inside the allowed hours there.
    contacts.append(Contact(d["D-1033"], "call", at(4, 23, 30), recipient=recipient_hash(d["D-1033"]),
                            outcome="no_answer", tz="Asia/Urumqi"))

    # More than 3 connected calls with one debtor on one day.
    for debtor_id, day in [("D-1048", 3), ("D-1052", 8), ("D-1027", 10)]:
        for k in range(5):
            contacts.append(Contact(d[debtor_id], "call", at(day, 10 + k * 2, 5), recipient=recipient_hash(d[debtor_id]),
                                    outcome="connected"))
    # Redialling one number: 9 unanswered attempts in an afternoon.
    for debtor_id, day in [("D-1049", 1), ("D-1058", 6)]:
        for k in range(9):
            contacts.append(Contact(d[debtor_id], "call", at(day, 13, k * 6), recipient=recipient_hash(d[debtor_id]),
                                    outcome="no_answer"))

    # Third parties: the outsourced agency rings the debtors' contacts, some too often.
    for debtor in [x for x in debtors if x.campaign.campaign_id == "ag-2026-10-out"]:
        heavy = debtor.debtor_id in ("D-1051", "D-1053", "D-1056")
        for day in rng.sample(range(DAYS), 6 if heavy else 2):
            for who in range(1, (3 if heavy else 1) + 1):
                contacts.append(Contact(debtor, "call", at(day, rng.randint(9, 19), rng.randint(0, 59)), "third_party",
                                        recipient_hash(debtor, who), rng.choice(["connected", "no_answer"])))

    # Status events. The collectors honoured D-1005's "no calls" (SMS goes on), D-1011's "no SMS" and
    # D-1018's payment; they kept calling D-1029 (asked to stop) and D-1054 (now has a lawyer).
    events += [
        {"debtor_id": "D-1005", "timestamp": at(4, 15, 20), "event": "cease_request", "channel": "call"},
        {"debtor_id": "D-1029", "timestamp": at(6, 11, 0), "event": "cease_request", "channel": ""},
        {"debtor_id": "D-1054", "timestamp": at(3, 9, 45), "event": "representative", "channel": ""},
        {"debtor_id": "D-1018", "timestamp": at(8, 16, 10), "event": "paid_in_full", "channel": ""},
        {"debtor_id": "D-1040", "timestamp": at(2, 10, 30), "event": "dispute", "channel": ""},
        {"debtor_id": "D-1022", "timestamp": at(5, 14, 0), "event": "hardship", "channel": ""},
        {"debtor_id": "D-1057", "timestamp": at(7, 20, 5), "event": "complaint", "channel": ""},
        {"debtor_id": "D-1011", "timestamp": at(9, 10, 0), "event": "cease_request", "channel": "sms"},
    ]
    honoured = [e for e in events if e["debtor_id"] in ("D-1005", "D-1011", "D-1018")]

    def stopped(c: Contact) -> bool:
        return any(e["debtor_id"] == c.debtor.debtor_id and e["channel"] in ("", c.channel)
                   and c.when >= e["timestamp"] for e in honoured)

    kept = [c for c in contacts if not stopped(c)]
    return kept, events


# ---------------------------------------------------------------- writing


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_contacts(path: Path, contacts: list[Contact]) -> None:
    contacts = sorted(contacts, key=lambda c: (c.when, c.debtor.debtor_id, c.channel, c.recipient))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["contact_id", "campaign_id", "debtor_id", "channel", "timestamp", "recipient_type",
                         "recipient", "outcome", "duration_s", "agent_id", "recipient_tz"])
        for n, c in enumerate(contacts, 1):
            duration = rng.randint(25, 420) if c.outcome == "connected" and c.channel == "call" else (
                0 if c.channel == "call" else "")
            agent = f"AG-{rng.randint(201, 230)}" if c.channel == "call" else "SYS"
            writer.writerow([f"C-{n:06d}", c.debtor.campaign.campaign_id, c.debtor.debtor_id, c.channel,
                             c.when.isoformat(), c.recipient_type, c.recipient, c.outcome or "", duration, agent, c.tz])


def write_events(path: Path, events: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["debtor_id", "timestamp", "event", "channel"])
        for e in sorted(events, key=lambda e: e["timestamp"]):
            writer.writerow([e["debtor_id"], e["timestamp"].isoformat(), e["event"], e["channel"]])


def main() -> None:
    debtors = make_debtors()
    messages = make_messages(debtors) + conduct_calls() + template_messages(debtors, START)
    contacts, events = make_contacts(debtors)
    write_jsonl(HERE / "campaign.jsonl", messages)
    write_contacts(HERE / "contacts.csv", contacts)
    write_events(HERE / "events.csv", events)
    print(f"{len(messages)} messages, {len(contacts)} contacts, {len(events)} events written to {HERE}")


if __name__ == "__main__":
    main()
