"""Write the labelled template set: `python benchmarks/data/template_make_set.py` (fixed seed, same files every run).

- template_registry.yml: 24 invented templates (SMS, app, e-mail, notice) of an invented lender and agency;
- template_policy.yml: the stages of seed 002 and that registry;
- template_labelled.jsonl: ~200 messages, each with `labels` (the template.* codes it must get, [] for none):
  conforming ones (some with spaces and half-width punctuation, thousands separators, with and without
  template_vars), calls (never judged), and each kind of finding: drift (a clause added or removed, a word
  changed, an unmasked name, a full card number, a value disagreeing with template_vars), wrong stage,
  unapproved (unknown id, none on SMS/app, retired, not yet approved, another channel), and mixes.

The cases are written from the contract's semantics (section 3a), not from the analyser's code.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).parent
rng = random.Random(20261203)
CST = timezone(timedelta(hours=8))
STAGES = {"reminder": (-7, 0), "early": (1, 6), "mid": (7, 14), "late": (15, 60)}
TYPES = {"name": "masked_name", "amount": "amount", "due": "date", "deadline": "date", "days": "days",
         "card": "masked_number", "hotline": "phone", "link": "url", "product": "text"}

# (id, channel, stages, text); approval dates are set below.
TEMPLATES = [
    ("RM-SMS-1", "sms", ["reminder"], "【青禾金融】{name}您好，您的{product}账单{amount}元将于{due}到期，请按时还款。"),
    ("RM-SMS-2", "sms", ["reminder"], "【青禾金融】温馨提示：您尾号{card}的借款本期应还{amount}元，还款日{due}。如已还款请忽略。"),
    ("RM-APP-1", "app", ["reminder"], "{name}，您本期应还{amount}元，还款日{due}，点击{link}即可还款。"),
    ("RM-MAIL-1", "email", ["reminder", "early"], "尊敬的{name}：您的{product}账单{amount}元到期日为{due}。如有疑问请致电{hotline}。青禾金融客户服务中心"),
    ("EA-SMS-1", "sms", ["early"], "【青禾金融】{name}您好，您的借款已逾期{days}天，欠款{amount}元，请于{deadline}前还款。客服{hotline}。"),
    ("EA-SMS-2", "sms", ["early"], "【青禾金融】您尾号{card}的账户已逾期{days}天，为避免产生罚息，请尽快还款。详询{hotline}。"),
    ("EA-SMS-3", "sms", ["early", "mid"], "【青禾金融】{name}您好，您{due}到期的{amount}元尚未入账，逾期会按合同约定产生罚息。"),
    ("EA-APP-1", "app", ["early"], "您的账单已逾期{days}天，欠款{amount}元。可在App“账单-还款”中完成还款，支持储蓄卡。"),
    ("EA-APP-2", "app", ["early", "mid"], "如需协商还款方案，请在App内提交申请或致电{hotline}，我们会在3个工作日内联系您。"),
    ("MD-SMS-1", "sms", ["mid"], "【青禾金融】{name}您好，您的借款已逾期{days}天，欠款{amount}元。逾期信息将按规定报送征信机构，请尽快处理。"),
    ("MD-SMS-2", "sms", ["mid"], "【青禾金融】您尾号{card}的借款逾期{days}天，欠款{amount}元，请于{deadline}前还款，协商请致电{hotline}。"),
    ("MD-SMS-3", "sms", ["mid", "late"], "【青禾金融】{name}您好，如您近期还款有困难，可致电{hotline}申请延期或分期。"),
    ("MD-APP-1", "app", ["mid"], "您的借款已逾期{days}天，欠款{amount}元，逾期记录可能影响您的个人信用，请尽快还款。"),
    ("MD-MAIL-1", "email", ["mid", "late"], "尊敬的{name}：截至{due}，您的{product}欠款合计{amount}元，已逾期{days}天。请于{deadline}前还款。青禾金融"),
    ("LT-SMS-1", "sms", ["late"], "【青禾金融】{name}您好，您的借款已逾期{days}天，欠款合计{amount}元。我司将依法维护合法权益，异议请致电{hotline}。"),
    ("LT-SMS-2", "sms", ["late"], "【青禾金融】您尾号{card}的借款已逾期{days}天。还款请只使用官方渠道{link}，任何要求转到个人账户的都是诈骗。"),
    ("LT-SMS-3", "sms", ["late"], "【安信商务】受青禾金融委托提醒{name}：您的借款已逾期{days}天，欠款{amount}元，请于{deadline}前还款。回电{hotline}。"),
    ("LT-APP-1", "app", ["late"], "您的借款已逾期{days}天，欠款{amount}元。如对欠款有异议，可在App“账单-异议申请”中提交。"),
    ("LT-NOTICE-1", "notice", ["late"], "催收通知\n{name}：\n您在青禾金融办理的{product}已逾期{days}天，尚欠{amount}元。\n请于{deadline}前还款。\n联系电话：{hotline}\n青禾金融"),
    ("OLD-SMS-1", "sms", ["early"], "【青禾金融】{name}您好，您的借款已逾期{days}天，请尽快还款。"),
    ("OLD-SMS-2", "sms", ["mid"], "【青禾金融】您的借款已逾期，欠款{amount}元，请速还。"),
    ("NEW-SMS-1", "sms", ["late"], "【青禾金融】{name}您好，您的借款已逾期{days}天，可致电{hotline}申请个性化分期。"),
    ("NEW-APP-1", "app", ["early", "mid"], "您的账单已逾期{days}天，欠款{amount}元，现可申请最长6期分期。"),
    ("ANY-SMS-1", "sms", ["reminder", "early", "mid", "late"], "【青禾金融】您的还款已到账{amount}元，感谢您的支持。"),
]
APPROVED, RETIRED = {}, {}
for tid, *_ in TEMPLATES:
    APPROVED[tid] = date(2026, 1, 1)
RETIRED["OLD-SMS-1"], RETIRED["OLD-SMS-2"] = date(2026, 9, 1), date(2026, 10, 15)
APPROVED["NEW-SMS-1"], APPROVED["NEW-APP-1"] = date(2026, 11, 1), date(2026, 10, 20)
WINDOW = (datetime(2026, 10, 5, tzinfo=CST), 28)     # messages sent 5 Oct .. 1 Nov
BY_ID = {t[0]: t for t in TEMPLATES}
SURNAMES, GIVEN = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张", "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英"
PRODUCTS = ["青禾随借", "青禾分期", "青禾信用卡", "青禾车贷"]
HOTLINES = ["400-820-1234", "95512", "021-61234567"]
ADDED = ["否则后果自负。", "今天不还就上报你单位。", "再不还款将采取进一步措施！", "请立即还款，不要再拖延了。",
         "逾期将影响您子女上学。", "我们的同事明天会上门拜访。"]
CHANGED = [("请按时还款", "务必今天还款"), ("请尽快还款", "必须马上还款"), ("请尽快处理", "限你今天处理"),
           ("按规定报送征信机构", "上报全国失信名单"), ("依法维护合法权益", "立即起诉你"), ("还款日", "最后期限"),
           ("请于", "必须在"), ("客服", "催收专员"), ("欢迎", "警告")]


def person() -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 2])))


def values(sent: datetime, days: int) -> dict[str, str]:
    name = person()
    due = sent - timedelta(days=days)
    deadline = sent + timedelta(days=rng.choice([3, 5, 7]))
    amount = rng.randint(2, 3000) * 10
    return {
        "name": name[0] + "*" * (len(name) - 1),
        "amount": f"{amount:,}.00" if rng.random() < 0.3 else str(amount),
        "due": f"{due.month}月{due.day}日" if rng.random() < 0.7 else due.date().isoformat(),
        "deadline": f"{deadline.month}月{deadline.day}日",
        "days": str(max(days, 0)), "card": f"{rng.randint(1000, 9999)}", "hotline": rng.choice(HOTLINES),
        "link": "https://m.qinghe.example.cn/pay", "product": rng.choice(PRODUCTS),
    }


def usable(tid: str, day: date) -> bool:
    return APPROVED[tid] <= day and (tid not in RETIRED or day < RETIRED[tid])


def draw(tid: str, in_stage: bool = True, usable_only: bool = True) -> tuple[datetime, int]:
    """A send time at which the template is (or, usable_only=False, may not be) approved, and days overdue
    in (or out of) its stages."""
    while True:
        sent = WINDOW[0] + timedelta(days=rng.randrange(WINDOW[1]), hours=rng.randint(9, 20), minutes=rng.randint(0, 59))
        if not usable_only or usable(tid, sent.date()):
            break
    stages = BY_ID[tid][2]
    pool = [d for s, (lo, hi) in STAGES.items() for d in range(lo, hi + 1) if (s in stages) == in_stage]
    pool += [] if in_stage else list(range(-20, -7))      # before every stage
    return sent, rng.choice(pool)


def spaced(text: str) -> str:
    """Gateway noise that is not drift: half-width punctuation, spaces, full-width digits."""
    choice = rng.random()
    if choice < 0.4:
        return text.replace("，", ", ").replace("。", ". ").replace("：", ": ")
    if choice < 0.7:
        return text.replace("，", " ，").replace("【", "[").replace("】", "] ")
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def record(n: int, tid: str | None, channel: str, text: str, sent: datetime, days: int | None, labels: list[str],
           vals: dict | None = None, with_vars: bool = False) -> dict:
    out = {"message_id": f"TL-{n:04d}", "campaign_id": "tl-2026-10", "channel": channel, "debtor_id": f"D-{rng.randint(1, 400):04d}",
           "recipient_type": "debtor", "agent_id": f"AG-{rng.randint(1, 9)}", "text": text, "sent_at": sent.isoformat()}
    if tid:
        out["template_id"] = tid
    if days is not None:
        out["days_overdue"] = days
    if with_vars and vals is not None:
        template_text = BY_ID[tid][3]
        out["template_vars"] = {k: v for k, v in vals.items() if "{" + k + "}" in template_text}
    out["labels"] = sorted(labels)
    return out


def build() -> list[dict]:
    rows: list[dict] = []
    live = [t[0] for t in TEMPLATES if t[0] not in ("OLD-SMS-1", "NEW-SMS-1")]

    def add(*args, **kwargs) -> None:
        rows.append(record(len(rows) + 1, *args, **kwargs))

    for _ in range(90):                                              # conforming
        tid = rng.choice(live)
        sent, days = draw(tid)
        vals = values(sent, days)
        text = BY_ID[tid][3].format(**vals)
        add(tid, BY_ID[tid][1], spaced(text) if rng.random() < 0.3 else text, sent, days, [], vals,
            with_vars=rng.random() < 0.5)
    for _ in range(12):                                              # calls, with or without an id: never judged
        tid = rng.choice(live)
        sent, days = draw(tid)
        call = "坐席：您好，这里是青禾金融。\n客户：什么事？\n坐席：" + BY_ID[tid][3].format(**values(sent, days)).split("\n")[0]
        add(tid if rng.random() < 0.5 else None, "call", call, sent, days, [])
    for _ in range(36):                                              # drift: wording
        tid = rng.choice(live)
        sent, days = draw(tid)
        vals = values(sent, days)
        text = BY_ID[tid][3].format(**vals)
        changes = [c for c in CHANGED if c[0] in text]
        how = rng.random()
        if how < 0.4 or not changes:
            cut = text.rfind("。", 0, len(text) - 1)
            text = text[:cut + 1] + rng.choice(ADDED) + text[cut + 1:] if cut > 0 else text + rng.choice(ADDED)
        elif how < 0.75:
            text = text.replace(*rng.choice(changes), 1)
        else:
            sentences = [s for s in text.split("。") if s]
            if len(sentences) > 1:
                sentences.pop(rng.randrange(1, len(sentences)))
                text = "。".join(sentences) + "。"
            else:
                text = text.replace(*changes[0], 1)
        add(tid, BY_ID[tid][1], text, sent, days, ["template.drift"], vals, with_vars=rng.random() < 0.3)
    for _ in range(16):                                              # drift: a value of the wrong kind
        tid = rng.choice([t for t in live if "{name}" in BY_ID[t][3] or "{card}" in BY_ID[t][3]])
        sent, days = draw(tid)
        vals = values(sent, days)
        if "{name}" in BY_ID[tid][3]:
            vals["name"] = person()
        else:
            vals["card"] = "6222" + "".join(rng.choice("0123456789") for _ in range(12))
        add(tid, BY_ID[tid][1], BY_ID[tid][3].format(**vals), sent, days, ["template.drift"], vals,
            with_vars=rng.random() < 0.3)
    for _ in range(4):                                               # drift: text disagrees with template_vars
        tid = rng.choice([t for t in live if "{amount}" in BY_ID[t][3]])
        sent, days = draw(tid)
        vals = values(sent, days)
        text = BY_ID[tid][3].format(**vals)
        vals["amount"] = str(int(float(vals["amount"].replace(",", ""))) + 500)
        add(tid, BY_ID[tid][1], text, sent, days, ["template.drift"], vals, with_vars=True)
    for _ in range(22):                                              # wrong stage
        tid = rng.choice([t for t in live if t != "ANY-SMS-1"])
        sent, days = draw(tid, in_stage=False)
        vals = values(sent, days)
        add(tid, BY_ID[tid][1], BY_ID[tid][3].format(**vals), sent, days, ["template.wrong_stage"], vals)
    for _ in range(6):                                               # wrong stage and drift
        tid = rng.choice([t for t in live if t != "ANY-SMS-1"])
        sent, days = draw(tid, in_stage=False)
        text = BY_ID[tid][3].format(**values(sent, days))
        text = text.replace("。", "。" + rng.choice(ADDED), 1) if "。" in text[:-1] else text + rng.choice(ADDED)
        add(tid, BY_ID[tid][1], text, sent, days, ["template.drift", "template.wrong_stage"])
    for n in range(8):                                               # unapproved: unknown id (only that)
        tid = rng.choice(live)
        sent, days = draw(tid, in_stage=n % 2 == 0)
        text = BY_ID[tid][3].format(**values(sent, days)) + (rng.choice(ADDED) if n % 3 == 0 else "")
        add(f"{tid}-X{n}", BY_ID[tid][1], text, sent, days, ["template.unapproved"])
    for _ in range(6):                                               # unapproved: no id on SMS/app; none on e-mail
        sent = WINDOW[0] + timedelta(days=rng.randrange(WINDOW[1]), hours=10)
        add(None, rng.choice(["sms", "app"]), "【青禾金融】您的借款已逾期，请尽快还款。", sent, rng.randint(1, 30),
            ["template.unapproved"])
        add(None, "email", "尊敬的客户：您的借款已逾期，请尽快还款。青禾金融", sent, rng.randint(1, 30), [])
    for tid in ("OLD-SMS-1", "OLD-SMS-2", "NEW-SMS-1", "NEW-APP-1"):  # unapproved: retired / not yet, on the day
        for _ in range(3):
            while True:
                sent, days = draw(tid, usable_only=False)
                if not usable(tid, sent.date()):
                    break
            vals = values(sent, days)
            add(tid, BY_ID[tid][1], BY_ID[tid][3].format(**vals), sent, days, ["template.unapproved"], vals)
    boundary = datetime(2026, 10, 14, 23, 30, tzinfo=CST)             # the last local day of OLD-SMS-2, sent as UTC
    vals = values(boundary, 8)
    add("OLD-SMS-2", "sms", BY_ID["OLD-SMS-2"][3].format(**vals), boundary.astimezone(timezone.utc), 8, [], vals)
    after = datetime(2026, 10, 15, 0, 30, tzinfo=CST)
    add("OLD-SMS-2", "sms", BY_ID["OLD-SMS-2"][3].format(**vals), after.astimezone(timezone.utc), 8,
        ["template.unapproved"], vals)
    for _ in range(3):                                               # unapproved: an SMS template sent as app
        tid = rng.choice([t for t in live if BY_ID[t][1] == "sms"])
        sent, days = draw(tid)
        add(tid, "app", BY_ID[tid][3].format(**values(sent, days)), sent, days, ["template.unapproved"])
    return rows


def registry() -> list[dict]:
    out = []
    for tid, channel, stages, text in TEMPLATES:
        entry = {"template_id": tid, "channel": channel, "stages": stages, "text": text,
                 "approved_at": APPROVED[tid].isoformat()}
        if tid in RETIRED:
            entry["retired_at"] = RETIRED[tid].isoformat()
        entry["placeholders"] = {k: v for k, v in TYPES.items() if "{" + k + "}" in text}
        out.append(entry)
    return out


POLICY = """\
# The labelled template set's policy (benchmarks/data/template_make_set.py): seed 002's stages, its registry.
name: template-labelled
timezone: Asia/Shanghai
stages:
  - {name: reminder, days_overdue: [-7, 0]}
  - {name: early,    days_overdue: [1, 6]}
  - {name: mid,      days_overdue: [7, 14]}
  - {name: late,     days_overdue: [15, null]}
templates: template_registry.yml
require_template: [sms, app]
"""


def main() -> None:
    rows = build()
    (HERE / "template_registry.yml").write_text(
        "# Invented registry of the labelled template set (written by template_make_set.py).\n"
        + yaml.safe_dump(registry(), allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    (HERE / "template_policy.yml").write_text(POLICY, encoding="utf-8")
    with open(HERE / "template_labelled.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages, {len(TEMPLATES)} templates written to {HERE}")


if __name__ == "__main__":
    main()
