"""Writes `pipl_dev15b.jsonl`: a second, smaller batch on structured identifiers written halfway through the tuning on
`pipl_dev15`, in voices that batch has little of, measured once before any recognizer or rule was changed for it.

Voices: chat logs with a timestamp before each line, tables read by OCR with | between the cells, debt-transfer
notices, letters to a guarantor, court-styled SMS, Hong Kong and Taiwan forms in traditional characters and
full-width figures, an English e-mail, robot calls (请按1), ASR transcripts with 啊 or a count (三个二) inside a number,
chats that put an emoji or a tilde between the groups. Families by the id's first letter: k identifiers in those
voices (a number in pieces with words between, or given as 区号… then 号码…, carries no entity, as
`make_pipl_dev12` labels it), and n no finding: broadband, electricity, complaint, policy and contract numbers, an
agent's work phone and a Hong Kong lender's hotline (entities, no finding), masked forms, amounts, dates, an IP
address, trains and pick-up codes.

Passports are written with code H, alone in their message (`make_pipl_dev10.dev10_record`). All people, numbers,
lenders and places are invented; IDs and cards carry valid check digits.

First run, before any recognizer or rule was tuned on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev15b.jsonl --no-weibo`, 50 messages, 24 without a finding; code of commit 018ccd4 with the
e-mail and reference-word changes made for `pipl_dev15` before this batch was written): structured ids P 0.917
R 0.846 F1 0.880 (CN_MOBILE: an emoji or a tilde between the groups, a 4-4-3 tail of a refund number grouped in fours;
CN_BANK_CARD: 啊 between spoken groups; CN_LANDLINE: a broadband account number, a Hong Kong number with a space after
its (852)), CN_PASSPORT 1.000, `pii.unmasked_identifier` P 0.958 R 0.885.

`python -m benchmarks.data.make_pipl_dev15b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev10 import dev10_record
from benchmarks.data.set_format import write_jsonl

DEV15B_FILE = "pipl_dev15b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ('b-k01', 'app', 'debtor', '[聊天记录] 2026-04-12 13:38:26 催收员：你手机19798682828我们已经报备了', 'M:19798682828', 'U'),
    ('b-k02', 'app', 'debtor', '[表格OCR] | 身份证号 | 510107199902125963 | 手机 | 150 1222 0297 |', 'I:510107199902125963|M:150 1222 0297', 'U'),
    ('b-k03', 'notice', 'debtor', '债权转让通知\n原债权人已将您名下借款（还款账户6217 0091 7034 2366 719）转让给我司，请向我司还款。', 'B:6217 0091 7034 2366 719', 'U'),
    ('b-k04', 'notice', 'third_party', '致担保人：\n借款人（身份证号440304199704020881）逾期未还，请您依约履行担保责任。', 'I:440304199704020881', 'UT'),
    ('b-k05', 'call', 'debtor', '坐席：号码是 幺五洞幺 三个二 洞两勾拐 吧\n客户：对', 'M:幺五洞幺 三个二 洞两勾拐', 'U'),
    ('b-k06', 'sms', 'debtor', '閣下內地身份證號碼 350203196709281362 已登記，請盡快還款。', 'I:350203196709281362', 'U'),
    ('b-k08', 'app', 'debtor', '[微信] 你手机182🔥2001🔥8263 别以为换了微信就找不到你', 'M:182🔥2001🔥8263', 'U'),
    ('b-k09', 'sms', 'debtor', '【恒信贷】尊敬的客户，您的还款卡6225 8828 9078 6665今日扣款失败，请存入足额资金。拒收请回复R', 'B:6225 8828 9078 6665', 'U'),
    ('b-k10', 'call', 'debtor', '坐席：（语音通知）请确认您的手机号 幺勾三八 三幺两四 洞两三，确认请按1。\n客户：1', 'M:幺勾三八 三幺两四 洞两三', 'U'),
    ('b-k11', 'sms', 'debtor', '【执行通知】被执行人（证件号：4403 0419 9704 0208 81）请于三日内履行还款义务。', 'I:4403 0419 9704 0208 81', 'U'),
    ('b-k12', 'call', 'debtor', '坐席：身份证 三六零一零二 一九七一 零八一五 二二七九，您核对一下\n客户：对', 'I:三六零一零二 一九七一 零八一五 二二七九', 'U'),
    ('b-k13', 'app', 'debtor', '[ASR] 你 卡号 六二八二 啊 八八五四 八四六七 零七零五 一四八 别 说 没钱', 'B:六二八二 啊 八八五四 八四六七 零七零五 一四八', 'U'),
    ('b-k14', 'call', 'third_party', '坐席：零五九一 八七六二 零零四五，这是你们店里的电话吧？你们店员在我们这借款没还\n联系人：哪个店员', 'L:零五九一 八七六二 零零四五', 'UT'),
    ('b-k15', 'sms', 'debtor', '你手机(+86)17744024264我们打过很多次了', 'M:17744024264', 'U'),
    ('b-k16', 'app', 'debtor', '[OCR] 借款申请表 手机Mobile:16583873716 单位Company:（略）', 'M:16583873716', 'U'),
    ('b-k17', 'call', 'third_party', '坐席：他手机前三位一八六，中间二二九零，后四位七七三一，你帮我联系他，他欠款很久了\n联系人：……', '', 'UT'),
    ('b-k18', 'sms', 'debtor', '您单位座机，区号0591，号码8762 0045，我们已经核实。', '', 'U'),
    ('b-k19', 'sms', 'debtor', '你的护照号 E 3826 0744 我们有记录，出境前先还钱。', 'H:E 3826 0744', 'U'),
    ('b-k20', 'app', 'debtor', '[扫描件] 还款账户 6ZZ7 OO38 B8S3 9336 337', 'B:6ZZ7 OO38 B8S3 9336 337', 'U'),
    ('b-k22', 'app', 'debtor', '[微信] 你号码 192~7868~4335 我们存了', 'M:192~7868~4335', 'U'),
    ('b-k24', 'email', 'debtor', '主題：還款提醒\n身份證號碼：５１０１０７　２００１０１２０２１００\n請於七日內清償。', 'I:５１０１０７　２００１０１２０２１００', 'U'),
    ('b-k26', 'call', 'debtor', '坐席：你老公手机 幺九两拐 八六八四 三三五，我们也会打\n客户：别打他', 'M:幺九两拐 八六八四 三三五', 'UX'),
    ('b-k27', 'app', 'debtor', '[微信] 你身份证号码 21010219930520074X 我已经发到你们村群里了', 'I:21010219930520074X', 'U'),
    ('b-k28', 'sms', 'debtor', '您的还款卡622848 1049746507520已冻结，请联系客服。', 'B:622848 1049746507520', 'U'),
    ('b-k29', 'sms', 'debtor', '你单位座机０５９１－８７６２００４５我们已经打过了。', 'L:０５９１－８７６２００４５', 'U'),
    ('b-k30', 'email', 'debtor', '主题：Overdue notice\nDear customer, your registered mobile 134 9075 1163 will be reported to the credit bureau.', 'M:134 9075 1163', 'U'),
    ('b-n01', 'sms', 'debtor', '【中国移动】您的宽带账号 057187620045 已续费。', '', ''),
    ('b-n02', 'sms', 'debtor', '您的ETC通行记录：入口 2026-04-12 13:38，出口 2026-04-12 15:02，通行费 38.26 元。', '', ''),
    ('b-n03', 'sms', 'debtor', '订单编号：E202604121382 已支付。', '', ''),
    ('b-n04', 'sms', 'debtor', 'DHL 运单号 1382607445，预计周五送达。', '', ''),
    ('b-n05', 'sms', 'debtor', '【国家电网】户号 0591876200 本月电费 226.10 元。', '', ''),
    ('b-n06', 'sms', 'debtor', '您的快递已由丰巢柜代收，取件码 19798682。', '', ''),
    ('b-n07', 'call', 'debtor', '坐席：您的投诉单号是 幺九七九 八六八 两八两八，请您记录。\n客户：好', '', ''),
    ('b-n08', 'sms', 'debtor', '【银行】您账户*6665于04月12日13:38消费人民币1,382.60元。', '', ''),
    ('b-n09', 'sms', 'debtor', '您的保单号 440304199704020881 已生效。', '', ''),
    ('b-n10', 'sms', 'debtor', '退款流水号 2026 0412 1382 6074 459 已原路退回。', '', ''),
    ('b-n11', 'call', 'debtor', '坐席：我这边工号是 幺五洞幺 两两两，有问题您回拨 九五五八八\n客户：好', '', ''),
    ('b-n12', 'sms', 'debtor', '我是专员小韩，工作手机 17132650201，有事打给我。', 'M:17132650201', ''),
    ('b-n14', 'app', 'debtor', '[系统] 登录IP 192.168.138.26，如非本人操作请修改密码。', '', ''),
    ('b-n15', 'sms', 'debtor', '您的借款期数 12/24，已还 13,826.07 元，剩余 6,074.45 元。', '', ''),
    ('b-n16', 'sms', 'debtor', '您的身份证号 3502**********1362 已通过实名认证。', '', ''),
    ('b-n17', 'call', 'debtor', '坐席：您身份证后四位 幺三六两 对吧\n客户：对', '', ''),
    ('b-n18', 'sms', 'debtor', '【诉讼服务】（2026）闽0102民初13826号案件已立案，请登录诉讼服务网查看。', '', ''),
    ('b-n19', 'sms', 'debtor', '【12315】您的投诉编号 3501020260412138 已受理。', '', ''),
    ('b-n20', 'sms', 'debtor', '您的取件码 6-4-2-1，货架号 B08。', '', ''),
    ('b-n21', 'sms', 'debtor', '车次 G1938 检票口 B12，座位 06车 13F。', '', ''),
    ('b-n22', 'sms', 'debtor', '如有查詢，請致電 (852) 2138 6074。', 'L:(852) 2138 6074', ''),
    ('b-n23', 'sms', 'debtor', '【云闪付】验证码 382607，您正在绑定尾号6665的银行卡。', '', ''),
    ('b-n24', 'sms', 'debtor', '您的合同已签署，合同号 HT20260412-3501-0219-6709。', '', ''),
    ('b-n25', 'call', 'debtor', '坐席：（智能外呼）您本期账单金额 一千三百八十二点六 元，请按时还款。\n客户：好', '', ''),
]


def write_dev15b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV15B_FILE, (dev10_record(message, dev=15) for message in MESSAGES))


if __name__ == "__main__":
    write_dev15b()
