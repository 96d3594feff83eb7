"""Writes `pipl_dev12b.jsonl`: a second, smaller batch on structured identifiers written halfway through the tuning on
`pipl_dev12`, in forms that batch has little of, measured once before any recognizer or rule was changed for it.

Voices: WeChat chats and group posts that dodge a filter (keycap emoji digits, circled digits, a hyphen between every
digit, # for @), OCR'd tables with | between the cells, court papers wrapped over lines, e-mails with Tel: lines,
voice robots and ASR call transcripts (双 for a doubled digit, 杠 with spaces, 那个 between groups, digits one by one),
bank notices. Families by the id's first letter: k identifiers in hard forms (also given in pieces with words between,
which carry no entity, as `make_pipl_dev12` labels them), ne an e-mail, n no finding (order, membership, waybill,
work-order and invoice numbers, an IP address, an ICP licence, masked forms, amounts and dates, an agent's work phone,
the lender's hotline).

Passports are written with code H, alone in their message (`make_pipl_dev10.dev10_record`). All people, numbers,
lenders and places are invented; IDs and cards carry valid check digits.

First run, before any recognizer or rule was tuned on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev12b.jsonl --no-weibo`, 50 messages, 17 without a finding): structured ids P 0.963 R 0.788
F1 0.867 (CN_MOBILE P 0.900 R 0.600: keycap and circled digits, a hyphen between every digit, 双, OCR letters
outnumbering half the figures, 那个 between spoken groups; an IP address taken for a dotted mobile; EMAIL: # for @),
CN_PASSPORT R 0.500 (EB 2817 463), `pii.unmasked_identifier` P 0.958 R 0.697 (also: a workplace's Tel: line, an ID
read in spoken pieces, a mobile as 前7位…后4位…, a landline read digit by digit to a third party).

`python -m benchmarks.data.make_pipl_dev12b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev10 import dev10_record
from benchmarks.data.set_format import write_jsonl

DEV12B_FILE = "pipl_dev12b.jsonl"
KEYCAP = "\ufe0f\u20e3"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ('b-k01', 'app', 'debtor', f'[微信] 催收员：你手机 {KEYCAP.join("13905718830")}{KEYCAP} 我们已经发群里了',
     f'M:{KEYCAP.join("13905718830")}{KEYCAP}', 'U'),
    ('b-k03', 'sms', 'debtor', '你手机1-3-8-2-6-0-7-4-4-5-9我们记住了', 'M:1-3-8-2-6-0-7-4-4-5-9', 'U'),
    ('b-k04', 'app', 'debtor', '[表格识别] | 姓名 | 李* | 身份证号 | 440305197412285359 | 手机 | 15207364418 |',
     'I:440305197412285359|M:15207364418', 'U'),
    ('b-k05', 'call', 'debtor', '坐席：你手机 幺三八 两六 洞拐 四四 五九 对吧\n客户：对', 'M:幺三八 两六 洞拐 四四 五九', 'U'),
    ('b-k06', 'call', 'debtor', '坐席：你那个号码 幺五二 双零七三 六四四幺 是吧\n客户：是', 'M:幺五二 双零七三 六四四幺', 'U'),
    ('b-k07', 'sms', 'debtor', '【催收】您的手机号码 ①⑧⑨②②⑥⑦③⑤⑤⑧ 已列入重点名单', 'M:①⑧⑨②②⑥⑦③⑤⑤⑧', 'U'),
    ('b-k08', 'email', 'debtor', '主题：催款函\nTel：(0571)87623310-8021（你单位）\n请转告你的领导。', 'L:(0571)87623310-8021', 'U'),
    ('b-k09', 'call', 'debtor', '坐席：身份证号码 四二零幺洞六 两洞洞洞幺幺幺九 幺三三幺 对吗\n客户：对', 'I:四二零幺洞六 两洞洞洞幺幺幺九 幺三三幺', 'U'),
    ('b-k10', 'sms', 'debtor', '你身份证４５０１０３－１９９２－０９０４－１９２Ｘ我们已经上报', 'I:４５０１０３－１９９２－０９０４－１９２Ｘ', 'U'),
    ('b-k11', 'app', 'debtor', '[ASR] 您 的 银行卡 号 是 六二 二五 八八 八九 九四 零零 三五 八七 一 对吧', 'B:六二 二五 八八 八九 九四 零零 三五 八七 一', 'U'),
    ('b-k12', 'notice', 'debtor', '起诉状\n被告：陈*\n身份证号码：620102\n197803133284\n诉讼请求：偿还借款本息', 'I:620102\n197803133284', 'U'),
    ('b-k13', 'call', 'third_party', '坐席：你是他老婆吧，他的卡 六二一四 八三八八 二七五六 八二二六 四三零 里面没钱了，你们家谁来还\n联系人：……',
     'B:六二一四 八三八八 二七五六 八二二六 四三零', 'UT'),
    ('b-k14', 'sms', 'debtor', '你的号码是 l39 o57l 883o 吧，别装死。', 'M:l39 o57l 883o', 'U'),
    ('b-k15', 'call', 'debtor', '坐席：您的手机号是一三八、二六零七、四四五九吗？\n客户：是', 'M:一三八、二六零七、四四五九', 'U'),
    ('b-k16', 'sms', 'debtor', '你老婆手机+86 198 2207 6653，我们也联系过了。', 'M:+86 198 2207 6653', 'U'),
    ('b-k17', 'call', 'debtor', '坐席：身份证号 前面 四二零一零六 中间 二零零零一一一九 最后 一三三一 都对得上\n客户：嗯', '', 'U'),
    ('b-k18', 'sms', 'debtor', '你的手机号码前7位1590571，后4位3348，别想躲。', '', 'U'),
    ('b-k19', 'call', 'debtor', '坐席：您的座机是不是 零五七幺 杠 八七六二 杠 三三幺洞\n客户：是', 'L:零五七幺 杠 八七六二 杠 三三幺洞', 'U'),
    ('b-k20', 'app', 'third_party', '[语音转文字] 他 的 电话 是 零 七 五 五 二 六 八 八 四 一 三 零 你 转告 他 还钱',
     'L:零 七 五 五 二 六 八 八 四 一 三 零', 'UT'),
    ('b-k21', 'sms', 'debtor', '您的借记卡 6227 0040 8581 6243（中国建设银行）已绑定为还款卡，如非本人操作请联系客服。',
     'B:6227 0040 8581 6243', 'U'),
    ('b-k22', 'email', 'debtor', '主题：护照信息核对\n您提交的护照号码为 EB 2817 463，请确认。', 'H:EB 2817 463', 'U'),
    ('b-k23', 'app', 'debtor', '[OCR] 持卡人：＊＊ 卡号：６２８２ ８８７５ ９５７２ ８９５３ 有效期：０８／２９', 'B:６２８２ ８８７５ ９５７２ ８９５３', 'U'),
    ('b-k24', 'call', 'debtor', '坐席：你 号码 是 一 五 二 零 七 三 六 四 四 一 八 吧\n客户：嗯', 'M:一 五 二 零 七 三 六 四 四 一 八', 'U'),
    ('b-k25', 'app', 'third_party', '[微信群] 各位亲友，刘某某欠款不还，他手机 13826074459，身份证 110108200110172566，看到请转告',
     'M:13826074459|I:110108200110172566', 'UT'),
    ('b-k26', 'sms', 'debtor', '你家座机是 0592-5310 2288 吧？再不还我们就打到你家里。', 'L:0592-5310 2288', 'U'),
    ('b-k27', 'call', 'third_party', '坐席：您是他同事吧，麻烦转告他，他的手机 幺九三 五五七幺 洞八两六 已经停机了，让他尽快还款\n联系人：好',
     'M:幺九三 五五七幺 洞八两六', 'UT'),
    ('b-k28', 'sms', 'debtor', '你的手机157 229 066 15我们已经记下了', 'M:157 229 066 15', 'U'),
    ('b-k29', 'sms', 'debtor', '【紧急】客户韩*的身份证号为「640104196811052857」，请核实。', 'I:640104196811052857', 'U'),
    ('b-k30', 'call', 'debtor', '坐席：你 卡号 尾号 不是 六五一五 吗 全号 是 六二一七 零零六一 七零二八 六五一五\n客户：是',
     'B:六二一七 零零六一 七零二八 六五一五', 'U'),
    ('b-k31', 'sms', 'debtor', '你的身份证号码 4 2 0 1 0 6 2 0 0 0 1 1 1 9 1 3 3 1 我们有', 'I:4 2 0 1 0 6 2 0 0 0 1 1 1 9 1 3 3 1', 'U'),
    ('b-k32', 'call', 'debtor', '坐席：你单位的电话 区号是零七五五 电话是二六八八四一三零 你们老板我们也认识\n客户：……', '', 'U'),
    ('b-k33', 'app', 'debtor', '[ASR] 你 的 手机 号码 幺三八 那个 两六洞拐 那个 四四五九', 'M:幺三八 那个 两六洞拐 那个 四四五九', 'U'),
    ('b-k34', 'call', 'debtor', '坐席：你护照号码 E 幺两八四 洞三六七 是吧 出境我们也查得到\n客户：……', 'H:E 幺两八四 洞三六七', 'U'),
    ('b-ne01', 'email', 'debtor', '主题：联系方式\n你的邮箱 chenjie88#163.com（#换成@）我们已经发了律师函', 'E:chenjie88#163.com', ''),
    ('b-n01', 'sms', 'debtor', '【京东】您的订单号 1382 6074 4591 2 已签收，售后电话 400-606-5500。', '', ''),
    ('b-n02', 'sms', 'debtor', '您的会员卡号 8800 1382 6074 积分 1,382 分。', '', ''),
    ('b-n03', 'sms', 'debtor', '服务器 IP 192.168.138.26 已恢复，请重新登录。', '', ''),
    ('b-n04', 'notice', 'debtor', '京ICP备13826074号-1 版权所有 某某小额贷款有限公司', '', ''),
    ('b-n05', 'sms', 'debtor', '您的快递单号 YT 7731 2546 8812 已签收。', '', ''),
    ('b-n06', 'call', 'debtor', '坐席：您的借款编号 二零二六 零四幺二 八八洞四 您记一下\n客户：好', '', ''),
    ('b-n07', 'sms', 'debtor', '验证码：382607（5分钟内有效），尾号4459的手机正在登录。', '', ''),
    ('b-n08', 'sms', 'debtor', '您的工单 1069 0138 2607 已受理，回复TD退订。', '', ''),
    ('b-n09', 'email', 'debtor', '主题：对账单\n账单周期 2026/03/12-2026/04/11，本期应还 13,826.07 元，卡号末四位 6243。', '', ''),
    ('b-n10', 'app', 'debtor', '[OCR] 身份证号：6401**********2857 有效期：2016.05.10-2036.05.10', '', ''),
    ('b-n11', 'sms', 'debtor', '案号（2026）京0108民初13822号，开庭时间2026年5月12日9时30分。', '', ''),
    ('b-n12', 'sms', 'debtor', '物流编号 SF1382607445912 派送中，快递员电话 95338。', '', ''),
    ('b-n13', 'call', 'debtor', '坐席：（语音机器人）您本期应还一千三百八十二元六角，请于四月十八日前还款。按1确认。\n客户：1', '', ''),
    ('b-n14', 'sms', 'debtor', '您好，我是贷后专员小何，工作手机 17356182290，有问题可以打这个。', 'M:17356182290', ''),
    ('b-n15', 'sms', 'debtor', '发票号码 13826074，校验码 44591 23810 55622 38817。', '', ''),
    ('b-nl16', 'sms', 'debtor', '【安信分期】客服热线 0571-8826 0744（工作日 9:00-18:00）。', 'L:0571-8826 0744', ''),
]


def write_dev12b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV12B_FILE, (dev10_record(message, dev=12) for message in MESSAGES))


if __name__ == "__main__":
    write_dev12b()
