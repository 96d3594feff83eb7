"""Writes `pii_forms_dev.jsonl`: a development batch for structured identifiers and addresses in every form they
are written or read aloud in (issue 14), written fresh before any recognizer was tuned on it.

How it was written: by hand, in one sitting, from the families the issue and set E's first scoring name rather
than from the recognizers' patterns, in the voices others write in: lenders' templates with a 【signature】, robot
call scripts, ASR call transcripts (no punctuation, fillers, words split by spaces), agents' informal SMS and chat,
case-style notices and e-mails. The numbers are invented and drawn from a seeded generator (valid check digits,
birth dates, Luhn, USCC check characters), then written in the form each message needs: read aloud with 幺 洞 两
拐 勾 or 一 零 二 七 九, mixed with figures, grouped by spaces or commas, 三个八-style repeats; full-width digits and
separators (dots, dashes, the full-width hyphen, ideographic spaces, slashes); extensions after a landline (转8,
-801, the label stops before them, as set E's writer labelled); numbers wrapped over a line break; plates with a
space or a dot; passports and permits of every series (E, EA-less E, G, P, S, D, H and M home-return permits, C
exit-entry permits); USCCs; old 15-digit IDs. Look-alikes that are not identifiers sit among them: contract,
order, waybill, invoice, case and transaction numbers, IMEIs, amounts, dates, verification codes and 400 numbers,
some of them passing a checksum. Addresses in informal forms: 小区 + 栋 + 单元 + 室 with Chinese numerals, 村 + 组,
街道 + 门牌, a landmark before or after (附近, 对面: outside the span), building names, 道 / 里 / 弄 / 巷, and where an
address ends before the words that follow it.

Entities are labelled as `set_format.pipl_records` labels them (entity strings to spans, identifiers checked as
well formed); `set_format` knows only E passports, so the other series are checked here by their own shape.
Categories: a full identifier is `pii.unmasked_identifier` (a licence plate, a lender's own hotline and a
company's USCC are not; a debtor's own home landline is; the plates were labelled identifiers until the plate was
decided no identifier by contract section 5, as every released set labels it: a plate with where the car stands is
`pii.sensitive`, alone it is nothing); a home address told to the debtor with a visit, or a
third party's, is `pii.excessive`; disclosure to a third party is `pii.third_party_disclosure`.

First run, before any change (`python -m benchmarks.eval_pii --set benchmarks/data/pii_forms_dev.jsonl --no-weibo`):
First batch, 194 messages, 174 entities. Structured identifiers (ID, mobile, landline, card, e-mail) P 0.933 R 0.822 F1 0.874 (101);
ID P 1.000 R 0.897, mobile 0.971 / 0.868, landline 0.667 / 0.667, card 1.000 / 0.733, e-mail 1.000 / 0.750,
passport 1.000 / 0.667, plate 1.000 / 0.857, USCC 1.000 / 1.000; ADDRESS P 0.833 R 0.686 F1 0.753 (51); all
entities P 0.894 R 0.776. Categories: `pii.unmasked_identifier` P 0.987 R 0.787; `pii.excessive` R 0.093 (a
home address told to the debtor without a name is labelled excessive here, which the rules do not read so).
A second batch of 43 (campaign `forms-second-batch`), written after the first was tuned on, first run on its own:
structured identifiers P 1.000 R 0.850 (20: a landline grouped 4-3 after a full-width hyphen, a mobile with spaces
around its hyphens and an e-mail typed full width missed), ADDRESS P 0.583 R 0.538 (13: 1203房, a staircase
entrance 三门, a long building name after the house number, a brand with 的 in it, 7-2-301). The same writer as the
first batch: it measures the reach over one writer's forms, not over others'. After the fixes both batches led to
(no longer independent), the whole set of 237: structured identifiers P 1.000 R 0.992 (the 4-3 landline left),
ADDRESS P 0.952 R 0.922.

`python -m benchmarks.data.make_pii_forms_dev` rewrites the file.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from unittest import mock

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry, write_jsonl

HERE = Path(__file__).parent
FORMS_FILE = "pii_forms_dev.jsonl"
ID_PREFIX = "forms"

ID, MOB, LAND, CARD, MAIL, ADDR, PASS, PLATE, USCC, PER = ("CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_BANK_CARD",
                                                            "EMAIL", "ADDRESS", "CN_PASSPORT", "CN_LICENSE_PLATE",
                                                            "CN_USCC", "PERSON")
U, X, D, S = [UNMASKED], [EXCESSIVE], [DISCLOSURE], [SENSITIVE]

_rng = random.Random(20261204)

# --- invented numbers, well formed -------------------------------------------------------------------------

_AREAS = ("110105", "310104", "440305", "330106", "510107", "420102", "320102", "370202", "500103", "610113",
          "350203", "430104", "130102", "410105", "210102", "230103", "450103", "520102", "530102", "360102")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _digits(count: int) -> str:
    return "".join(str(_rng.randrange(10)) for _ in range(count))


def _birth(first_year: int, last_year: int) -> str:
    return f"{_rng.randint(first_year, last_year)}{_rng.randint(1, 12):02d}{_rng.randint(1, 28):02d}"


def id18(check_x: bool = False) -> str:
    """An 18-digit resident ID with a real area, birth date and check character (ending X when asked)."""
    while True:
        first17 = _rng.choice(_AREAS) + _birth(1960, 2002) + _digits(3)
        check = "10X98765432"[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]
        if (check == "X") == check_x:
            return first17 + check


def id15() -> str:
    return _rng.choice(_AREAS) + _birth(1950, 1984)[2:] + _digits(3)


def _luhn_complete(partial: str) -> str:
    total = 0
    for position, char in enumerate(reversed(partial + "0")):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return partial + str((10 - total % 10) % 10)


def card(prefix: str = "6222", length: int = 19) -> str:
    return _luhn_complete(prefix + _digits(length - len(prefix) - 1))


def mobile(prefix: str | None = None) -> str:
    return (prefix or _rng.choice(("138", "139", "135", "186", "152", "177", "199", "158", "181", "133"))) + _digits(8)


def landline(area: str) -> str:
    return area + str(_rng.randint(2, 8)) + _digits(7 if len(area) <= 3 else 6)


def uscc() -> str:
    charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "91" + _rng.choice(_AREAS) + "".join(_rng.choice(charset) for _ in range(9))
    remainder = sum(charset.index(c) * w for c, w in zip(body, weights)) % 31
    return body + charset[(31 - remainder) % 31]


# --- the forms they are written in ---------------------------------------------------------------------------

_CALL = dict(zip("0123456789", "洞幺两三四五六拐八勾"))
_PLAIN = dict(zip("0123456789", "零一二三四五六七八九"))
_FULL = {str(d): chr(0xFF10 + d) for d in range(10)}


def groups(value: str, sizes: tuple[int, ...]) -> list[str]:
    parts, at = [], 0
    for size in sizes:
        parts.append(value[at:at + size])
        at += size
    if at < len(value):
        parts.append(value[at:])
    return parts


def say(value: str, sizes: tuple[int, ...] = (), sep: str = " ", style: str = "call") -> str:
    """Read aloud: `call` (幺 洞 两 拐 勾), `plain` (一 零 二 七 九), `mix` (every other group in figures)."""
    parts = groups(value, sizes) if sizes else [value]
    spoken = []
    for index, part in enumerate(parts):
        if style == "mix" and index % 2:
            spoken.append(part)
        else:
            table = _PLAIN if style == "plain" else _CALL
            spoken.append("".join(table.get(c, c) for c in part))
    return sep.join(spoken)


def full(value: str, sizes: tuple[int, ...] = (), sep: str = "") -> str:
    """Full-width digits (and letters), grouped by `sep`."""
    wide = "".join(_FULL.get(c, chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c) for c in value)
    return sep.join(groups(wide, sizes)) if sizes else wide


def grouped(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    return sep.join(groups(value, sizes))


def _other_passport_or_set_check(message_id: str, entity_type: str, value: str) -> None:
    """`set_format.check_identifier` on the value as it reads it: the separators it does not strip (commas, 、,
    slashes, full-width dots and spaces, a line break, a +86) taken out and 三个八-style repeats written out. Passports and
    permits of the series it does not know are checked by their own shape: G, H, M, C + 8 digits (H and M
    home-return permits, C exit-entry permits), P, S, D + 7 digits."""
    plain = _REPEAT.sub(lambda m: m.group(2) * _COUNTS[m.group(1)], re.sub(_NOT_READ, "", value))
    if entity_type == "CN_PASSPORT" and set_format.plain_digits(plain)[:1] in tuple("GHMCPSD"):
        if not re.fullmatch(r"[GHMC][0-9]{8}|[PSD][0-9]{7}", set_format.plain_digits(plain)):
            raise ValueError(f"{message_id}: CN_PASSPORT {value!r} is not well formed")
        return
    _set_check(message_id, entity_type, plain)


_NOT_READ = re.compile("[，,、/／　．\\n]|^[+＋]86")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4}
_REPEAT = re.compile("([两二三四])个([0-9零一二三四五六七八九洞幺两拐勾])")
_set_check = set_format.check_identifier


def E(channel: str, recipient: str, text: str, entities: list[tuple[str, str]] | None = None,
      categories: list[str] | None = None) -> PiplEntry:
    return (channel, recipient, text, entities or [], categories or [])


def _mobiles() -> list[PiplEntry]:
    m = [mobile() for _ in range(40)]
    s = [
        say(m[0], (3, 4, 4)), say(m[1], (3, 4, 4), "，", "plain"), say(m[2], (3, 4, 4), " ", "mix"), say(m[3]),
        say(m[4], (3, 8), " ", "mix"), say(m[5], (3, 4, 4), "、"), say(m[6], (3, 3, 5), " ", "plain"),
    ]
    return [
        E("call", "debtor", f"坐席：您好 核对一下 您登记的手机号是{s[0]}对吧\n客户：对 是我", [(MOB, s[0])], U),
        E("call", "debtor", f"坐席：嗯 那个 你留的紧急联系人电话{s[1]} 打过去没人接\n客户：我不知道", [(MOB, s[1])], U + D),
        E("call", "debtor", f"坐席：你老婆号码是不是 {s[2]} 我们昨天打了她说不认识你", [(MOB, s[2])], U),
        E("call", "debtor", f"坐席：喂您好这里是信和金融 您尾号的那个号码{s[3]}现在还用吗\n客户：还用", [(MOB, s[3])], U),
        E("call", "debtor", f"坐席：你报一下新号码\n客户：{s[4]}\n坐席：好的 我记一下", [(MOB, s[4])], []),
        E("call", "third_party", f"坐席：您好 请问是{s[5]}的机主吗 我们找一下您儿子", [(MOB, s[5])], U + D),
        E("call", "debtor", f"坐席：那你 你弟弟的手机 {s[6]} 是他本人在用吧", [(MOB, s[6])], U),
        E("sms", "debtor", f"【安家分期】您预留手机{full(m[7])}已停机，请尽快更新联系方式。", [(MOB, full(m[7]))], U),
        E("sms", "debtor", f"你哥的号{full(m[8], (3, 4, 4), '－')}我们已经打通了，你自己看着办。",
          [(MOB, full(m[8], (3, 4, 4), '－'))], U),
        E("app", "debtor", f"尊敬的客户，您绑定的手机号{grouped(m[9], (3, 4, 4), '/')}将于明日解绑，请及时还款。",
          [(MOB, grouped(m[9], (3, 4, 4), '/'))], U),
        E("sms", "debtor", f"你姐电话{grouped(m[10], (3, 4, 4), '.')}，我们会一直打到你还钱为止。",
          [(MOB, grouped(m[10], (3, 4, 4), '.'))], U),
        E("sms", "debtor", f"你媳妇的手机{full(m[11], (3, 4, 4), '．')}，要不要我们跟她聊聊？",
          [(MOB, full(m[11], (3, 4, 4), '．'))], U),
        E("email", "debtor", f"主题：联系方式核实\n您好，您在申请表中填写的手机号码为 +86 {grouped(m[12], (3, 4, 4), ' ')}，"
          f"如已变更请回复本邮件。", [(MOB, f"+86 {grouped(m[12], (3, 4, 4), ' ')}")], U),
        E("sms", "debtor", f"你同事（{full(m[13], (3, 4, 4), '　')}）说你早就辞职了，躲是躲不掉的。",
          [(MOB, full(m[13], (3, 4, 4), '　'))], U),
        E("app", "debtor", f"尊敬的用户：您的紧急联系人手机号{m[14][:7]}\n{m[14][7:]}已被系统标记为无效，请补充新的联系人。",
          [(MOB, f"{m[14][:7]}\n{m[14][7:]}")], U),
        E("sms", "debtor", f"你爸号码{m[15]}，你妈号码{grouped(m[16], (3, 4, 4), '-')}，都在我们通讯录里。",
          [(MOB, m[15]), (MOB, grouped(m[16], (3, 4, 4), '-'))], U),
        E("call", "debtor", "坐席：你那个备用号 幺三九 三个八 五六两拐幺 是你本人的吧\n客户：不是我的",
          [(MOB, "幺三九 三个八 五六两拐幺")], U),
        E("call", "debtor", "坐席：号码我再念一遍 幺八六 两个零 七七三 洞勾幺 对不对\n客户：对",
          [(MOB, "幺八六 两个零 七七三 洞勾幺")], U),
        E("call", "debtor", f"坐席：你媳妇那个号 {say(m[17][:3])} {m[17][3:7]} {say(m[17][7:], style='plain')} 打不通",
          [(MOB, f"{say(m[17][:3])} {m[17][3:7]} {say(m[17][7:], style='plain')}")], U),
        E("sms", "debtor", f"您好，我是贷后专员小周，有事请回电{m[18]}（微信同号），今天务必处理。", [(MOB, m[18])], []),
        E("app", "debtor", f"您的账户尾号{m[19][-4:]}的手机号已验证，验证码{_digits(6)}，五分钟内有效。", [], []),
        E("sms", "debtor", f"您的借款已逾期，请勿相信他人代还，回复请拨{m[20][:3]}****{m[20][-4:]}的专属客服。", [], []),
        E("call", "debtor", f"坐席：你这个号码 {say(m[21], (3, 4, 4), '，', 'plain')}，\n坐席：还有你单位同事的号我们也有",
          [(MOB, say(m[21], (3, 4, 4), '，', 'plain'))], U),
        E("notice", "debtor", f"催收告知函\n联系电话：{full(m[22])}\n紧急联系人电话：{full(m[23], (3, 4, 4), ' ')}\n请于五日内还款。",
          [(MOB, full(m[22])), (MOB, full(m[23], (3, 4, 4), ' '))], U),
        E("sms", "debtor", f"你女朋友手机{m[24][:3]} {m[24][3:7]} {m[24][7:]}，她知道你欠钱吗", [(MOB, f"{m[24][:3]} {m[24][3:7]} {m[24][7:]}")], U),
        E("call", "debtor", f"坐席：嗯你说你的号是 {say(m[25], (3, 4, 4), ' ', 'plain')} 吗 就这个号 一直关机",
          [(MOB, say(m[25], (3, 4, 4), ' ', 'plain'))], U),
        E("call", "debtor", f"坐席：您好这里是智能语音助手 您的联系人{say(m[26], (3, 4, 4), '-')}已确认\n客户：什么联系人",
          [(MOB, say(m[26], (3, 4, 4), '-'))], U),
        E("sms", "debtor", f"【优分期】手机号：{m[27][:3]}-{m[27][3:7]}-{m[27][7:]}的用户，您本期账单已逾期。",
          [(MOB, f"{m[27][:3]}-{m[27][3:7]}-{m[27][7:]}")], U),
    ]


def _ids() -> list[PiplEntry]:
    i = [id18() for _ in range(20)] + [id18(check_x=True) for _ in range(3)]
    o = [id15() for _ in range(6)]
    return [
        E("call", "debtor", f"坐席：身份证号我念一下 {say(i[0], (6, 8, 4))} 对吧\n客户：对", [(ID, say(i[0], (6, 8, 4)))], U),
        E("call", "debtor", f"坐席：你身份证是不是{say(i[1], (6, 4, 4, 4), '，', 'plain')}", [(ID, say(i[1], (6, 4, 4, 4), '，', 'plain'))], U),
        E("call", "debtor", f"坐席：证件号 {say(i[2], (6, 8, 4), ' ', 'mix')} 没错吧", [(ID, say(i[2], (6, 8, 4), ' ', 'mix'))], U),
        E("call", "debtor", f"坐席：那您把身份证号报一下\n客户：{say(i[3], (3, 3, 4, 4, 4), ' ', 'plain')}\n坐席：好的",
          [(ID, say(i[3], (3, 3, 4, 4, 4), ' ', 'plain'))], []),
        E("call", "debtor", f"坐席：身份证最后是X的那个 {say(i[20], (6, 8, 4))} 是你本人吧", [(ID, say(i[20], (6, 8, 4)))], U),
        E("sms", "debtor", f"【鑫融】您的身份证号{full(i[4])}已被列入逾期名单，请速处理。", [(ID, full(i[4]))], U),
        E("notice", "debtor", f"律师函\n被函告人身份证号码：{full(i[5], (6, 8, 4), '　')}\n请于收函后七日内清偿。",
          [(ID, full(i[5], (6, 8, 4), '　'))], U),
        E("email", "debtor", f"主题：实名信息核对\n您登记的身份证号为{grouped(i[6], (6, 8, 4), '-')}，如有误请于三日内更正。",
          [(ID, grouped(i[6], (6, 8, 4), '-'))], U),
        E("sms", "debtor", f"你老婆身份证{i[7]}我们都有，别逼我们去她单位。", [(ID, i[7])], U),
        E("app", "debtor", f"您提交的证件号{i[21][:10]}\n{i[21][10:]}审核未通过，请重新上传。", [(ID, f"{i[21][:10]}\n{i[21][10:]}")], U),
        E("notice", "debtor", f"起诉告知书\n被告：身份证号{grouped(i[8], (6, 4, 4, 4), ' ')}，住所地见附件。",
          [(ID, grouped(i[8], (6, 4, 4, 4), ' '))], U),
        E("sms", "debtor", f"你弟身份证号{i[9][:6]}.{i[9][6:14]}.{i[9][14:]}，他是你的担保人你知道吗",
          [(ID, f"{i[9][:6]}.{i[9][6:14]}.{i[9][14:]}")], U),
        E("call", "debtor", f"坐席：老身份证是十五位的 {say(o[0], (6, 6, 3))} 对吧", [(ID, say(o[0], (6, 6, 3)))], U),
        E("notice", "debtor", f"催收函\n借款人（旧身份证号：{o[1]}）已逾期九十天。", [(ID, o[1])], U),
        E("sms", "debtor", f"您父亲老身份证{full(o[2])}登记的担保信息已失效。", [(ID, full(o[2]))], U),
        E("email", "debtor", f"主题：资料补充\n您提供的是旧版十五位身份证号 {grouped(o[3], (6, 6, 3), ' ')}，请补充新版证件。",
          [(ID, grouped(o[3], (6, 6, 3), ' '))], U),
        E("call", "debtor", f"坐席：嗯 身份证号码{say(i[10], (6, 8, 4), '、', 'plain')}是你老公的吧", [(ID, say(i[10], (6, 8, 4), '、', 'plain'))], U),
        E("sms", "debtor", f"身份证：{i[22][:-1]}x 的持有人，您的欠款已转入法务。", [(ID, f"{i[22][:-1]}x")], U),
        E("app", "debtor", f"经核实，您的身份证号{i[11][:6]}********{i[11][-4:]}对应账户已逾期，请尽快处理。", [], []),
        E("call", "debtor", f"坐席：你的 身份证 {i[12][:6]} {say(i[12][6:14])} {i[12][14:]} 这个是你的吧",
          [(ID, f"{i[12][:6]} {say(i[12][6:14])} {i[12][14:]}")], U),
        E("notice", "debtor", f"民事起诉状\n原告：恒信小额贷款有限公司\n被告：身份证号码{i[13]}，男，汉族。\n诉讼请求：判令被告偿还借款本金。",
          [(ID, i[13])], U),
        E("sms", "debtor", f"你担保人的身份证{full(i[14], (6, 8, 4), '－')}，我们明天把材料寄到他单位。",
          [(ID, full(i[14], (6, 8, 4), '－'))], U),
    ]


def _cards() -> list[PiplEntry]:
    c = [card("6222"), card("6217", 19), card("6228", 19), card("6225", 16), card("4367", 16), card("6214", 16),
         card("6230", 19), card("5187", 16), card("6226", 16), card("6212", 19), card("6259", 16), card("6217", 19),
         card("6222", 19), card("6228", 19)]
    return [
        E("call", "debtor", f"坐席：你的还款卡 {say(c[0], (4, 4, 4, 4))} 今天存进去\n客户：知道了", [(CARD, say(c[0], (4, 4, 4, 4)))], U),
        E("call", "debtor", f"坐席：卡号是{say(c[1], (4, 4, 4, 4), '，', 'plain')}吗", [(CARD, say(c[1], (4, 4, 4, 4), '，', 'plain'))], U),
        E("call", "debtor", f"坐席：那个 扣款卡 {say(c[2], (6, 13), ' ', 'mix')} 里面没钱", [(CARD, say(c[2], (6, 13), ' ', 'mix'))], U),
        E("sms", "debtor", f"【诚易贷】请向您的还款卡{full(c[3], (4, 4, 4, 4), ' ')}存入欠款3280元。",
          [(CARD, full(c[3], (4, 4, 4, 4), ' '))], U),
        E("sms", "debtor", f"信用卡{full(c[4])}已逾期，请及时还款。", [(CARD, full(c[4]))], U),
        E("app", "debtor", f"您绑定的储蓄卡{grouped(c[5], (4, 4, 4, 4), '-')}余额不足，扣款失败。", [(CARD, grouped(c[5], (4, 4, 4, 4), '-'))], U),
        E("email", "debtor", f"主题：代扣失败通知\n您尾号{c[6][-4:]}的银行卡代扣失败，请于今日补足余额。", [], []),
        E("notice", "debtor", f"还款通知\n还款账户：{grouped(c[7], (4, 4, 4, 4), '　')}\n开户行：中国建设银行\n请于本月20日前还款。",
          [(CARD, grouped(c[7], (4, 4, 4, 4), '　'))], U),
        E("sms", "debtor", f"你老婆的工资卡{c[8][:8]}\n{c[8][8:]}我们已经申请冻结了。", [(CARD, f"{c[8][:8]}\n{c[8][8:]}")], U),
        E("call", "debtor", f"坐席：你 你那张卡 {c[9][:4]} {say(c[9][4:12])} {c[9][12:]} 是不是你的工资卡",
          [(CARD, f"{c[9][:4]} {say(c[9][4:12])} {c[9][12:]}")], U),
        E("sms", "debtor", f"请向卡号{grouped(c[10], (4, 4, 4, 4), '.')}转账还款，户名为您本人。", [(CARD, grouped(c[10], (4, 4, 4, 4), '.'))], U),
        E("app", "debtor", f"银行卡号：{c[11]}\n持卡人：本人\n本期应还：1,860.00元", [(CARD, c[11])], U),
        E("call", "debtor", f"坐席：你报一下卡号\n客户：{say(c[12], (4, 4, 4, 4), ' ', 'plain')}\n坐席：收到",
          [(CARD, say(c[12], (4, 4, 4, 4), ' ', 'plain'))], []),
        E("sms", "debtor", f"你爸的银行卡{full(c[13], (6, 13), '－')}，我们查到了。", [(CARD, full(c[13], (6, 13), '－'))], U),
    ]


def _landlines() -> list[PiplEntry]:
    a = [landline("0571"), landline("010"), landline("021"), landline("0755"), landline("028"), landline("0731"),
         landline("020"), landline("0592"), landline("027"), landline("0531"), landline("0512"), landline("023")]
    return [
        E("sms", "debtor", f"【华信金融】如有疑问请致电{a[0][:4]}-{a[0][4:]}转8，工作日9:00-18:00。", [(LAND, f"{a[0][:4]}-{a[0][4:]}")], []),
        E("notice", "debtor", f"律师函\n联系人：赵律师\n电话：{a[1][:3]}-{a[1][3:]}-801\n本所地址见信封。", [(LAND, f"{a[1][:3]}-{a[1][3:]}")], []),
        E("sms", "debtor", f"你家座机{full(a[2][:3])}－{full(a[2][3:])}一直没人接，我们只能上门。",
          [(LAND, f"{full(a[2][:3])}－{full(a[2][3:])}")], U),
        E("call", "debtor", f"坐席：你们家座机 {say(a[3][:4])} {say(a[3][4:])} 是你爸接的", [(LAND, f"{say(a[3][:4])} {say(a[3][4:])}")], U),
        E("sms", "debtor", f"你单位电话（{a[4][:3]}）{a[4][3:7]} {a[4][7:]}，要我们打过去问问吗？",
          [(LAND, f"（{a[4][:3]}）{a[4][3:7]} {a[4][7:]}")], U),
        E("email", "debtor", f"主题：协商还款\n如需协商，请拨打{a[5][:4]} {a[5][4:]}转分机3，或回复本邮件。", [(LAND, f"{a[5][:4]} {a[5][4:]}")], []),
        E("sms", "debtor", f"你家里的固话{full(a[6])}我们已经知道了。", [(LAND, full(a[6]))], U),
        E("call", "debtor", f"坐席：那 您家里电话是{say(a[7][:4], style='plain')} {say(a[7][4:], (3, 4), ' ', 'plain')}对吧",
          [(LAND, f"{say(a[7][:4], style='plain')} {say(a[7][4:], (3, 4), ' ', 'plain')}")], U),
        E("sms", "debtor", f"【融e借】客服热线400-820-{_digits(4)}，官方还款渠道请认准本号码。", [], []),
        E("notice", "debtor", f"催收告知书\n借款人：余*\n住宅电话：{a[8][:3]}—{a[8][3:]}\n请于五日内处理。", [(LAND, f"{a[8][:3]}—{a[8][3:]}")], U),
        E("sms", "debtor", f"你老家的座机 {a[9][:4]}/{a[9][4:]} 你妈接的，她说管不了你。", [(LAND, f"{a[9][:4]}/{a[9][4:]}")], U),
        E("app", "debtor", f"如需人工服务，请拨打+86-{a[10][1:4]}-{a[10][4:]}-2036，我们将竭诚为您服务。", [(LAND, f"+86-{a[10][1:4]}-{a[10][4:]}")], []),
        E("sms", "debtor", f"你单位座机{a[11][:3]}-{a[11][3:]}转602，我们找你们领导谈。", [(LAND, f"{a[11][:3]}-{a[11][3:]}")], U),
    ]


def _passports() -> list[PiplEntry]:
    return [
        E("sms", "debtor", "您预留的护照号码E63018254需要更新，请联系客服。", [(PASS, "E63018254")], U),
        E("call", "debtor", "坐席：护照号码是 E 幺两八 四五 洞勾六 对吧", [(PASS, "E 幺两八 四五 洞勾六")], U),
        E("sms", "debtor", "你护照Ｅ８２０４５１７３我们已经报备了，出不了境的。", [(PASS, "Ｅ８２０４５１７３")], U),
        E("email", "debtor", "主题：出境信息核实\n您登记的旧版护照G50318847已过期，请提供新护照号码。", [(PASS, "G50318847")], U),
        E("notice", "debtor", "告知函\n借款人持有公务护照P3061825，我司已向其单位发函。", [(PASS, "P3061825")], U),
        E("sms", "debtor", "您的因公护照号S8043362已记录在案。", [(PASS, "S8043362")], U),
        E("app", "debtor", "证件类型：外交护照 证件号：D1027784\n请核实您的借款人信息。", [(PASS, "D1027784")], U),
        E("sms", "debtor", "你的回乡证H60218834我们有复印件，别以为回香港就没事。", [(PASS, "H60218834")], U),
        E("call", "debtor", "坐席：你那个 港澳居民来往内地通行证 M 八两三四 五六幺洞 是你的吧", [(PASS, "M 八两三四 五六幺洞")], U),
        E("sms", "debtor", "你办的往来港澳通行证C27715038我们查到了，出关记录也有。", [(PASS, "C27715038")], U),
        E("email", "debtor", "主题：资料核对\n护照号：E 1703 6628，签发地：广东，请确认是否为您本人证件。", [(PASS, "E 1703 6628")], U),
        E("sms", "debtor", "【顺达物流】您的EMS邮件EA836250174CN已签收，如非本人签收请致电客服。", [], []),
        E("app", "debtor", "您的订单E20261130558已发货，预计三日内送达。", [], []),
        E("call", "debtor", "坐席：护照号E两八拐 四六 洞五三 我们核对过了", [(PASS, "E两八拐 四六 洞五三")], U),
    ]


def _plates_uscc_mail() -> list[PiplEntry]:
    code = [uscc() for _ in range(4)]
    return [
        E("sms", "debtor", "你那辆粤B 7K352停在哪我们清楚。", [(PLATE, "粤B 7K352")], []),
        E("sms", "debtor", "车牌浙A.D39217的车主，你的车我们盯着呢。", [(PLATE, "浙A.D39217")], []),
        E("app", "debtor", "您名下车辆苏E·5Q829已登记为抵押物，请按时还款。", [(PLATE, "苏E·5Q829")], []),
        E("call", "debtor", "坐席：你那个车 川A 幺两三四五 白色的 停在你们小区门口", [(PLATE, "川A 幺两三四五")], S),
        E("sms", "debtor", "你老婆开的那辆沪C·F8826我们拍了照片。", [(PLATE, "沪C·F8826")], []),
        E("sms", "debtor", "京N-2M7L9停在你单位楼下，车是你的吧？", [(PLATE, "京N-2M7L9")], S),
        E("notice", "debtor", f"委托函\n委托方：恒信小额贷款有限公司\n统一社会信用代码：{code[0]}\n受托方负责催收事宜。", [(USCC, code[0])], []),
        E("email", "debtor", f"主题：还款账户说明\n收款单位：安和资产管理有限公司（统一社会信用代码 {code[1]}），请认准对公账户。",
          [(USCC, code[1])], []),
        E("sms", "debtor", f"你开的那个小店营业执照{code[2]}我们也查到了，法人是你老婆。", [(USCC, code[2])], []),
        E("sms", "debtor", "有问题发邮件到 lihua_0512＠163.com 或 zhangmin.fin@qq.com 都可以找到我们。",
          [(MAIL, "lihua_0512＠163.com"), (MAIL, "zhangmin.fin@qq.com")], []),
        E("email", "debtor", "主题：你女儿的邮箱\n你女儿邮箱 chen.yuxin2009@126.com 我们会把欠款明细发过去。",
          [(MAIL, "chen.yuxin2009@126.com")], U),
    ]


def _lookalikes() -> list[PiplEntry]:
    luhn_order = card("6201", 19)         # passes Luhn, but it is an order number
    valid_like_id = id18()                # a valid ID's shape, written as a transaction serial
    return [
        E("sms", "debtor", f"【安信】您的借款合同号{luhn_order}已逾期，请尽快还款。", [], []),
        E("app", "debtor", f"订单编号：{grouped(card('6000', 16), (4, 4, 4, 4), ' ')}，商品已签收。", [], []),
        E("sms", "debtor", f"您的还款交易流水号{valid_like_id}，如有疑问请联系客服。", [], []),
        E("sms", "debtor", "您的顺丰运单SF1486239705318已签收，感谢使用。", [], []),
        E("app", "debtor", "快递单号：773069513826417，中通快递派送中。", [], []),
        E("email", "debtor", "主题：发票已开具\n发票代码：044031900111\n发票号码：13572468\n价税合计：¥1,380.00", [], []),
        E("notice", "debtor", "执行通知书\n案号：（2026）浙0106民初11382号\n被执行人应于本通知送达之日起十日内履行。", [], []),
        E("sms", "debtor", "您本期应还13,812.45元，最低还款额1,381.25元，请于2026-12-15前还款。", [], []),
        E("app", "debtor", "设备IMEI：356938035643809 已绑定您的账户。", [], []),
        E("sms", "debtor", "验证码381275，您正在申请提前还款，请勿泄露给他人。", [], []),
        E("notice", "debtor", "还款协议\n协议编号：310104 2026 1203 118\n甲方：恒信小额贷款有限公司", [], []),
        E("email", "debtor", "主题：对账单\n账单周期：20261101-20261130\n借据号：2026110113800138000\n请查收附件。", [], []),
        E("sms", "debtor", "【京东】您的订单号 2026 1130 5576 0843 已出库，请注意查收。", [], []),
        E("app", "debtor", "工号10237581为您服务，本次通话将被录音。", [], []),
        E("sms", "debtor", "您的申请单号：4401 0519 8703 1276 已受理，三个工作日内回复。", [], []),
        E("notice", "debtor", "受理回执\n文件编号110000880101001\n请妥善保管。", [], []),
        E("sms", "debtor", "【中通快递】取件码 1-3-8812，请至驿站取件。", [], []),
        E("sms", "debtor", "您本月账单金额为13,862.00元，已还1,386.20元，剩余未还12,475.80元。", [], []),
        E("app", "debtor", "充值订单 No.20261203571088123 已完成，到账金额500元。", [], []),
        E("notice", "debtor", "判决书\n（2026）粤0305民初20571号\n原告：安信小额贷款有限公司\n被告应于判决生效之日起十日内还款。", [], []),
        E("sms", "debtor", "您的保单号 P202612030088 已生效，如需退保请致电客服。", [], []),
        E("email", "debtor", "主题：电子回单\n交易参考号：5102 0719 8803 1521 0032\n付款金额：8,000.00元", [], []),
        E("sms", "debtor", "您的车辆VIN码LSVAU2180N2183746已完成年检预约。", [], []),
        E("app", "debtor", "您的分期合同HT-20261204-0571-88123456已生成，请在App内查看。", [], []),
        E("email", "debtor", "主题：结清证明\n贷款编号：LN1390138000012，已于2026年11月30日结清。", [], []),
        E("sms", "debtor", "您于2026年12月01日 13:58:21 的还款5,000.00元已到账，剩余本金13,900.00元。", [], []),
        E("notice", "debtor", "仲裁通知\n仲裁案号：（2026）杭仲字第0571号\n申请人：恒信小额贷款有限公司", [], []),
    ]


def _mixed() -> list[PiplEntry]:
    """Several identifiers, an address and look-alikes in one message, as notices, scripts and chats carry them."""
    i, o, c, m = [id18() for _ in range(8)], id15(), [card("6217", 19), card("6222", 16), card("6228", 19)], \
        [mobile() for _ in range(12)]
    t = [landline("0571"), landline("025"), landline("0769")]
    return [
        E("notice", "debtor", f"债务催收告知书\n身份证号：{i[0]}\n联系电话：{m[0]}\n还款卡号：{grouped(c[0], (4, 4, 4, 4), ' ')}\n"
          f"合同编号：HT{_digits(14)}\n欠款金额：23,618.40元", [(ID, i[0]), (MOB, m[0]), (CARD, grouped(c[0], (4, 4, 4, 4), ' '))], U),
        E("call", "debtor", f"坐席：我核对一下信息 身份证 {say(i[1], (6, 8, 4), ' ', 'plain')} 手机 {say(m[1], (3, 4, 4))} "
          "住址 锦绣家园 六栋 三单元 四零二 都对吧\n客户：对",
          [(ID, say(i[1], (6, 8, 4), ' ', 'plain')), (MOB, say(m[1], (3, 4, 4))), (ADDR, "锦绣家园 六栋 三单元 四零二")], U + X),
        E("email", "debtor", f"主题：借款人信息确认\n证件号码：{full(i[2])}\n手机：{full(m[2], (3, 4, 4), '－')}\n"
          f"邮箱：wang.lei1988@163.com\n订单号：{_digits(18)}",
          [(ID, full(i[2])), (MOB, full(m[2], (3, 4, 4), '－')), (MAIL, "wang.lei1988@163.com")], U),
        E("sms", "debtor", f"你老婆电话{m[3]}，你妈电话{m[4]}，你家在新华路街道光明里7号，要我们一个个去问吗？",
          [(MOB, m[3]), (MOB, m[4]), (ADDR, "新华路街道光明里7号")], U + X),
        E("app", "debtor", f"您的借款（借据号{_digits(19)}）已逾期，还款卡尾号{c[1][-4:]}余额不足，请于今日补足。", [], []),
        E("notice", "debtor", f"律师函\n致：身份证号{o}的持有人\n住所：长沙市雨花区韶山中路419号1栋2单元803\n本所电话：{t[0][:4]}-{t[0][4:]}",
          [(ID, o), (ADDR, "长沙市雨花区韶山中路419号1栋2单元803"), (LAND, f"{t[0][:4]}-{t[0][4:]}")], U + X),
        E("call", "debtor", f"坐席：您好这里是安信智能客服 您的还款卡{say(c[2], (6, 13), ' ', 'mix')}扣款失败 "
          "如需人工服务请按零\n客户：（按键0）", [(CARD, say(c[2], (6, 13), ' ', 'mix'))], U),
        E("sms", "debtor", f"【速贷】您好，您在我司的借款已逾期，客服电话{t[1][:3]}-{t[1][3:]}，营业执照号请在官网查询。",
          [(LAND, f"{t[1][:3]}-{t[1][3:]}")], []),
        E("sms", "debtor", f"你的手机{m[5][:3]}****{m[5][-4:]}打不通，你哥的号码{m[6]}我们也有了。", [(MOB, m[6])], U),
        E("call", "third_party", f"坐席：您好 您是{say(m[7], (3, 4, 4), ' ', 'plain')}的机主吗 我们找一下您的同事\n第三方：打错了",
          [(MOB, say(m[7], (3, 4, 4), ' ', 'plain'))], U + D),
        E("sms", "third_party", f"您好，您的亲戚身份证号{i[3]}在我司逾期，请转告他联系{m[8]}。", [(ID, i[3]), (MOB, m[8])], U + D),
        E("notice", "debtor", f"还款提醒\n尊敬的客户：您的身份证号{i[4][:4]}**********{i[4][-4:]}，手机{m[9][:3]}****{m[9][-4:]}，"
          f"本期应还2,600.00元。\n客服热线：{t[2][:4]}-{t[2][4:]}", [(LAND, f"{t[2][:4]}-{t[2][4:]}")], []),
        E("call", "debtor", f"坐席：你身份证{i[5][:6]} {say(i[5][6:14], style='plain')} {say(i[5][14:])}\n坐席：车牌 粤B D12345 我们都有",
          [(ID, f"{i[5][:6]} {say(i[5][6:14], style='plain')} {say(i[5][14:])}"), (PLATE, "粤B D12345")], U),
        E("sms", "debtor", f"您好，您的还款日为2026年12月15日，应还金额{_digits(4)}.00元，合同号{grouped(_digits(16), (4, 4, 4, 4), '-')}。",
          [], []),
        E("app", "debtor", f"实名信息：身份证{full(i[6], (6, 8, 4), ' ')}，预留手机{full(m[10])}。如信息有误，请在App内修改。",
          [(ID, full(i[6], (6, 8, 4), ' ')), (MOB, full(m[10]))], U),
        E("sms", "debtor", f"{i[7]}是你的身份证吧？{m[11]}是你的号吧？城西区胜利街道幸福路56号是你家吧？",
          [(ID, i[7]), (MOB, m[11]), (ADDR, "城西区胜利街道幸福路56号")], U + X),
    ]


def _addresses() -> list[PiplEntry]:
    return [
        E("sms", "debtor", "你住的阳光小区5栋2单元1102室我们记下了，这周末过去。", [(ADDR, "阳光小区5栋2单元1102室")], X),
        E("call", "debtor", "坐席：你家是不是在 幸福里小区 3栋 2单元 602 我们下午过去", [(ADDR, "幸福里小区 3栋 2单元 602")], X),
        E("call", "debtor", "坐席：碧水湾三期十二栋一单元五零二 是你家吧\n客户：你们想干嘛", [(ADDR, "碧水湾三期十二栋一单元五零二")], X),
        E("sms", "debtor", "你老家在李家坝村三组，你爸妈还在那种地吧？", [(ADDR, "李家坝村三组")], X),
        E("sms", "debtor", "你丈母娘住在清河镇新桥村七组23号，我们去坐坐。", [(ADDR, "清河镇新桥村七组23号")], X),
        E("notice", "debtor", "上门通知\n家庭住址：解放街道中山路128号\n我司人员将于本周五上门。", [(ADDR, "解放街道中山路128号")], X),
        E("sms", "debtor", "你家在东大街46号附2号，门口那个修车铺是你舅开的吧。", [(ADDR, "东大街46号附2号")], X),
        E("sms", "debtor", "万达广场对面的金色家园2栋，你住几楼我们都清楚。", [(ADDR, "金色家园2栋")], X),
        E("call", "debtor", "坐席：你就住人民医院附近的那个锦绣小区对吧", [(ADDR, "锦绣小区")], X),
        E("email", "debtor", "主题：上门核实\n您的单位地址：华润大厦A座1502，我司将于下周一前往核实。", [(ADDR, "华润大厦A座1502")], X),
        E("sms", "debtor", "你租的房子在淮海中路358弄12号，房东我们联系过了。", [(ADDR, "淮海中路358弄12号")], X),
        E("sms", "debtor", "你爸住和平里九区3号楼，我们明天过去看看老人家。", [(ADDR, "和平里九区3号楼")], X),
        E("call", "debtor", "坐席：五一路南二巷8号 那是你家吧 我们的人已经到巷子口了", [(ADDR, "五一路南二巷8号")], X),
        E("sms", "debtor", "你住红旗道88号吧，楼下那个超市我们也去过。", [(ADDR, "红旗道88号")], X),
        E("notice", "debtor", "催收函\n送达地址：湖南省邵阳市隆回县桃洪镇\n请于收函后七日内还款。", [(ADDR, "湖南省邵阳市隆回县桃洪镇")], []),
        E("sms", "debtor", "【安信】线下还款请至杭州市拱墅区湖墅南路88号营业厅办理。", [(ADDR, "杭州市拱墅区湖墅南路88号")], []),
        E("sms", "debtor", "你在南京西路1266弄3号602室租的那间房，房租都交不起了？", [(ADDR, "南京西路1266弄3号602室")], X),
        E("call", "debtor", "坐席：嗯 你家是在 那个 城关镇 建设巷 七号 对吧\n客户：不是", [(ADDR, "城关镇 建设巷 七号")], X),
        E("sms", "debtor", "你住的翠湖花园东区8幢301，我们这两天就过去。", [(ADDR, "翠湖花园东区8幢301")], X),
        E("sms", "debtor", "你爸妈在向阳镇石门村五组18号，你不还钱我们就去找他们。", [(ADDR, "向阳镇石门村五组18号")], X),
        E("notice", "debtor", "外访通知\n您的居住地址：武侯区玉林街道玉林北路2号附1号3栋2单元401\n我司外访人员将于近日上门。",
          [(ADDR, "武侯区玉林街道玉林北路2号附1号3栋2单元401")], X),
        E("sms", "debtor", "你公司在科技园南区的深圳湾创业广场B座18楼，我们去前台等你。", [(ADDR, "深圳湾创业广场B座18楼")], X),
        E("app", "debtor", "您的结清证明将寄往：江苏省苏州市工业园区星湖街328号创意产业园5栋，请注意查收。",
          [(ADDR, "江苏省苏州市工业园区星湖街328号创意产业园5栋")], []),
        E("call", "debtor", "坐席：你家不就在 金沙江路 一零八八弄 十二号 嘛 我们找得到", [(ADDR, "金沙江路 一零八八弄 十二号")], X),
        E("sms", "debtor", "你住的那个老小区，纺织厂宿舍5栋，我们去过两回了。", [(ADDR, "纺织厂宿舍5栋")], X),
        E("sms", "third_party", "您好，您的邻居住在滨江花园7栋1单元，他欠我司钱一直不还，麻烦转告。", [(ADDR, "滨江花园7栋1单元")], X + D),
        E("sms", "debtor", "你在城中村租的那间，下沙村东六巷12号三楼，我们记下了。", [(ADDR, "下沙村东六巷12号三楼")], X),
        E("email", "debtor", "主题：函件寄送\n还款协议已寄至您指定的地址：广州市天河区天河路385号太古汇一座2801，请查收。",
          [(ADDR, "广州市天河区天河路385号太古汇一座2801")], []),
        E("sms", "debtor", "你爸在老家开的小卖部，就在黄泥塘乡政府旁边，我们找得到。", [], []),
        E("sms", "debtor", "我司地址：深圳市南山区科苑路15号科兴科学园B栋3单元12楼，欢迎来访协商。",
          [(ADDR, "深圳市南山区科苑路15号科兴科学园B栋3单元12楼")], []),
        E("call", "debtor", "坐席：你是住在 锦华苑 十二幢 二单元 三零一 吧", [(ADDR, "锦华苑 十二幢 二单元 三零一")], X),
        E("sms", "debtor", "你媳妇在龙华区民治街道白石龙一区68栋开了个店，生意不错嘛。", [(ADDR, "龙华区民治街道白石龙一区68栋")], X),
        E("sms", "debtor", "你住的保利香槟国际3期11号楼2单元1704，你车停在B1层。", [(ADDR, "保利香槟国际3期11号楼2单元1704")], X),
        E("notice", "debtor", "法院传票\n送达地址：重庆市渝中区解放碑民族路188号\n案由：借款合同纠纷", [(ADDR, "重庆市渝中区解放碑民族路188号")], []),
        E("sms", "debtor", "你爸妈住在梧桐村村口那栋白房子，我们这周去看看。", [(ADDR, "梧桐村")], X),
        E("sms", "debtor", "你那个门面在步行街中段，叫什么阿芳奶茶，我们去喝过了。", [], []),
        E("call", "debtor", "坐席：你住在长虹路二段十四号院三号楼对吧", [(ADDR, "长虹路二段十四号院三号楼")], X),
        E("sms", "debtor", "你二姨家在朝阳区双井街道富力城C区5号楼，我们过去问问你的下落。", [(ADDR, "朝阳区双井街道富力城C区5号楼")], X),
        E("sms", "debtor", "你家楼下，也就是梅林一村18栋，我们的人在等你。", [(ADDR, "梅林一村18栋")], X),
        E("call", "debtor", "坐席：你现在住 那个 白云区 嘉禾街道 望岗村 二社 十五号 对不对", [(ADDR, "白云区 嘉禾街道 望岗村 二社 十五号")], X),
        E("sms", "debtor", "你家在九龙坡区杨家坪正街39号附5号，你楼下那家火锅店我们吃过了。", [(ADDR, "九龙坡区杨家坪正街39号附5号")], X),
        E("sms", "debtor", "你老家是河南省信阳市固始县胡族铺镇张庄村，你爸叫什么我们也知道。", [(ADDR, "河南省信阳市固始县胡族铺镇张庄村")], X),
        E("app", "debtor", "您的账单地址：浙江省杭州市西湖区文三路478号华星时代广场A座1203室。如有变更请及时更新。",
          [(ADDR, "浙江省杭州市西湖区文三路478号华星时代广场A座1203室")], []),
        E("sms", "debtor", "你住的那栋楼，东湖小区十四栋，楼道口有个快递柜对吧。", [(ADDR, "东湖小区十四栋")], X),
        E("sms", "debtor", "你在富士康上班，住观澜大道114号宿舍区C栋，我们去门口等你。", [(ADDR, "观澜大道114号宿舍区C栋")], X),
        E("call", "debtor", "坐席：你妈住在 南湖路 十八号 那个 机械厂 家属院 我们去过了", [(ADDR, "南湖路 十八号")], X),
        E("notice", "debtor", "上门告知书\n被访人住址：天津市和平区南京路青年大厦1206\n请于约定时间在家等候。", [(ADDR, "天津市和平区南京路青年大厦1206")], X),
        E("sms", "debtor", "你家对门住的是谁我们都清楚，桃源居12区3栋那套房子不是你的吧。", [(ADDR, "桃源居12区3栋")], X),
        E("sms", "debtor", "【平安普惠】还款可至本司门店：长沙市芙蓉区五一大道389号华美欧大厦23楼。", [(ADDR, "长沙市芙蓉区五一大道389号华美欧大厦23楼")], []),
    ]


def _second_batch() -> list[PiplEntry]:
    """Written after the first batch was tuned on, and measured once on its own before anything was tuned on it."""
    i, m, c = [id18() for _ in range(6)], [mobile() for _ in range(10)], [card("6217", 19), card("6228", 16), card("6222", 19)]
    o, t = id15(), [landline("0755"), landline("010"), landline("0371")]
    return [
        E("call", "debtor", f"坐席：身份证 {say(i[0], (3, 3, 4, 4, 4), ' ', 'plain')} 这个是你吧", [(ID, say(i[0], (3, 3, 4, 4, 4), ' ', 'plain'))], U),
        E("call", "debtor", f"坐席：号码是{say(m[0][:3])} {say(m[0][3:7], style='plain')} {m[0][7:]} 吧 你老婆的",
          [(MOB, f"{say(m[0][:3])} {say(m[0][3:7], style='plain')} {m[0][7:]}")], U),
        E("sms", "debtor", f"你单位电话{t[0][:4]}－{t[0][4:8]} {t[0][8:]}转分机201，我们打过了。", [(LAND, f"{t[0][:4]}－{t[0][4:8]} {t[0][8:]}")], U),
        E("call", "debtor", f"坐席：座机 {say(t[1][:3])} {say(t[1][3:])} 转 八 是你们单位吧", [(LAND, f"{say(t[1][:3])} {say(t[1][3:])}")], U),
        E("sms", "debtor", f"【速借】您的手机号(86){m[1]}已完成实名认证。", [(MOB, m[1])], U),
        E("app", "debtor", f"卡号：{c[0][:4]} {say(c[0][4:8], style='plain')} {c[0][8:12]} {say(c[0][12:], style='plain')}，请核对。",
          [(CARD, f"{c[0][:4]} {say(c[0][4:8], style='plain')} {c[0][8:12]} {say(c[0][12:], style='plain')}")], U),
        E("email", "debtor", "主题：邮箱变更\n您的新邮箱ｗａｎｇｆａｎｇ＠１６３．ｃｏｍ已绑定。", [(MAIL, "ｗａｎｇｆａｎｇ＠１６３．ｃｏｍ")], []),
        E("notice", "debtor", f"告知书\n旧身份证号：{o[:6]}-{o[6:12]}-{o[12:]}\n新身份证号：{i[1]}", [(ID, f"{o[:6]}-{o[6:12]}-{o[12:]}"), (ID, i[1])], U),
        E("sms", "debtor", f"你手机{m[2][:3]}-{m[2][3:7]}-{m[2][7:]}、{m[3][:3]} {m[3][3:7]} {m[3][7:]}两个号都停机了，换号也没用。",
          [(MOB, f"{m[2][:3]}-{m[2][3:7]}-{m[2][7:]}"), (MOB, f"{m[3][:3]} {m[3][3:7]} {m[3][7:]}")], U),
        E("call", "debtor", f"坐席：你的卡 {say(c[1], (4, 4, 4, 4), '，')} 余额不足\n客户：我知道", [(CARD, say(c[1], (4, 4, 4, 4), '，'))], U),
        E("sms", "debtor", f"身份证号码：{i[2][:6]} {i[2][6:10]} {i[2][10:14]} {i[2][14:]}（本人），请于今日还款。",
          [(ID, f"{i[2][:6]} {i[2][6:10]} {i[2][10:14]} {i[2][14:]}")], U),
        E("app", "debtor", f"您的身份证{full(i[3][:6])} {full(i[3][6:14])} {full(i[3][14:])}已通过认证。",
          [(ID, f"{full(i[3][:6])} {full(i[3][6:14])} {full(i[3][14:])}")], U),
        E("call", "debtor", "坐席：护照号码 E 拐八两 洞洞三 五勾 我们都有记录", [(PASS, "E 拐八两 洞洞三 五勾")], U),
        E("sms", "debtor", "你港澳通行证C 6630 1825，出入境记录我们都调了。", [(PASS, "C 6630 1825")], U),
        E("sms", "debtor", "你那台宝马 浙B·8K2M3 停在单位地库，我们拍了。", [(PLATE, "浙B·8K2M3")], S),
        E("sms", "debtor", f"你妹手机号码{full(m[4][:3])} {full(m[4][3:7])} {full(m[4][7:])}，要我们打给她吗", [(MOB, f"{full(m[4][:3])} {full(m[4][3:7])} {full(m[4][7:])}")], U),
        E("call", "third_party", f"坐席：您好 您是{say(m[5], (3, 4, 4), '')}的家属吗 他欠我们的钱\n第三方：不认识", [(MOB, say(m[5], (3, 4, 4), ''))], U + D),
        E("notice", "debtor", f"执行通知\n被执行人身份证号：{i[4][:-4]}\n{i[4][-4:]}\n请自觉履行。", [(ID, f"{i[4][:-4]}\n{i[4][-4:]}")], U),
        E("email", "debtor", f"主题：联系人\n紧急联系人电话：{m[6][:3]} - {m[6][3:7]} - {m[6][7:]}", [(MOB, f"{m[6][:3]} - {m[6][3:7]} - {m[6][7:]}")], U),
        E("sms", "debtor", f"你老公的卡{c[2][:6]} {c[2][6:]}，我们也查到了。", [(CARD, f"{c[2][:6]} {c[2][6:]}")], U),
        E("sms", "debtor", f"【金鼎】如有疑问请致电{t[2][:4]}-{t[2][4:]}（工作日），或关注公众号。", [(LAND, f"{t[2][:4]}-{t[2][4:]}")], []),
        # look-alikes
        E("sms", "debtor", "您乘坐的G1382次列车已检票，座位号05车12F。", [], []),
        E("app", "debtor", "邮编：310012，收件人：王**，请核对邮寄信息。", [], []),
        E("sms", "debtor", "您的借款金额为138,123.00元，期限12期。", [], []),
        E("email", "debtor", "主题：账单\n账单编号 BL-2026-1204-138001380000，应还金额2,300.00元。", [], []),
        E("sms", "debtor", "您的申请编号 622202 123456 7890 128 已受理。", [], []),
        E("app", "debtor", "快递单号YT6630182596512，圆通速递派送中。", [], []),
        E("notice", "debtor", "调解书编号：（2026）浙0571调字第138号", [], []),
        E("sms", "debtor", "本次还款交易号：20261204 13800138 000，请保留。", [], []),
        E("sms", "debtor", "航班CA1831已起飞，如需协助请联系航空公司。", [], []),
        # addresses
        E("sms", "debtor", "你住的怡景花园B座1203房，我们上去敲过门。", [(ADDR, "怡景花园B座1203房")], X),
        E("call", "debtor", "坐席：你家在 那个 机关大院 五号楼 三门 四零二 对吧", [(ADDR, "机关大院 五号楼 三门 四零二")], X),
        E("sms", "debtor", "你老家在石桥镇石桥村委会后面，第三组十八号，对吧。", [(ADDR, "第三组十八号")], X),
        E("sms", "debtor", "你爸住在南湖新村12幢305室，我们这周去看看。", [(ADDR, "南湖新村12幢305室")], X),
        E("notice", "debtor", "外访通知\n外访地址：广东省佛山市顺德区大良街道新桂路18号美的海岸花园6座\n外访时间：12月8日", [(ADDR, "广东省佛山市顺德区大良街道新桂路18号美的海岸花园6座")], X),
        E("call", "debtor", "坐席：你是不是住 长江路 三百二十八号 七栋 我们到楼下了", [(ADDR, "长江路 三百二十八号 七栋")], X),
        E("sms", "debtor", "你在城关镇东街二巷5号开的那家店，我们去过了。", [(ADDR, "城关镇东街二巷5号")], X),
        E("sms", "debtor", "你妈住的和谐家园，我们门口等着呢。", [(ADDR, "和谐家园")], X),
        E("app", "debtor", "您的收货地址：北京市海淀区中关村大街27号中关村大厦12层1201。", [(ADDR, "北京市海淀区中关村大街27号中关村大厦12层1201")], []),
        E("sms", "debtor", "你住在幸福村六组，家门口那棵树我们都认得。", [(ADDR, "幸福村六组")], X),
        E("sms", "debtor", "你在滨江区长河街道江虹路1750号润和信雅达创意中心3号楼上班吧？", [(ADDR, "滨江区长河街道江虹路1750号润和信雅达创意中心3号楼")], X),
        E("call", "debtor", "坐席：你住那个 红星小区 十栋 二单元 我们知道", [(ADDR, "红星小区 十栋 二单元")], X),
        E("sms", "debtor", "你住的金地格林小镇7-2-301，我们记下了。", [(ADDR, "金地格林小镇7-2-301")], X),
    ]


def sections() -> dict[str, list[PiplEntry]]:
    """Every section in order; the numbers are drawn afresh from the seed on each call, so a rerun writes the same."""
    _rng.seed(20261204)
    return {"forms-mobile": _mobiles(), "forms-id": _ids(), "forms-card": _cards(), "forms-landline": _landlines(),
            "forms-passport": _passports(), "forms-plate-uscc-mail": _plates_uscc_mail(),
            "forms-lookalike": _lookalikes(), "forms-address": _addresses(), "forms-mixed": _mixed(),
            "forms-second-batch": _second_batch()}


def records() -> list[dict]:
    with mock.patch.object(set_format, "check_identifier", _other_passport_or_set_check):
        return set_format.pipl_records(sections(), ID_PREFIX)


def write_forms(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / FORMS_FILE, records())


if __name__ == "__main__":
    write_forms()
