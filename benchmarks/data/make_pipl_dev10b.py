"""Writes `pipl_dev10b.jsonl`: a second, smaller batch on structured identifiers written halfway through the tuning on
`pipl_dev10`, in forms and voices that batch has little of, and measured once before any recognizer was changed for it.
g01 relabelled after its first run: a country code in brackets ((+86)135…) stays outside the mobile's span, as
`pii_forms_dev` labels (86)186….

Voices: Cantonese and Hong Kong notices in traditional characters, court service papers, WeChat group screenshots, voice
robots, call transcripts that read 杠 for a dash, 〇 for zero, figures one by one or a trailing 叉, e-mails. Families by
the id's first letter, as in `make_pipl_dev10`: s read aloud, g mobiles in odd groupings (with +86 in brackets, 86-,
enumeration commas, asterisks between the groups), w full-width, o the 15-digit legacy ID, l landlines, p passports and
permits, e e-mails, n no finding (order, waybill, transaction and IMEI numbers, a QQ number, a parcel code, clock times,
sums, an ID given only by its first six and last four, a 400 hotline).

First run, before any recognizer was tuned on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev10b.jsonl --no-weibo`, 48 messages): structured ids P 0.958 R 0.852
F1 0.902 (CN_MOBILE P 0.889 R 0.667: enumeration commas, asterisks between groups, a 5-6 grouping, the bracketed
country code), `pii.unmasked_identifier` P 1.000 R 0.897.

`python -m benchmarks.data.make_pipl_dev10b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev10 import dev10_record
from benchmarks.data.set_format import write_jsonl

DEV10B_FILE = "pipl_dev10b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…" with H for a passport, category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ('b-s01', 'call', 'debtor', '坐席：您登记的号码是 幺三八杠幺六六洞杠四两拐幺 对吧\n客户：对', 'M:幺三八杠幺六六洞杠四两拐幺', 'U'),
    ('b-s02', 'app', 'debtor', '[語音轉寫] 你 身份證 三三〇二〇三 一九八四 〇七一二 六三四六 我哋 全部 有 記錄', 'I:三三〇二〇三 一九八四 〇七一二 六三四六', 'U'),
    ('b-s03', 'call', 'debtor', '坐席：你手机 幺3九 2648 洞05拐 换号了吗\n客户：没换', 'M:幺3九 2648 洞05拐', 'U'),
    ('b-s04', 'call', 'third_party', '坐席：您好，您丈夫欠我们平台的钱，他的还款卡 六两两拐 洞洞勾两 拐拐拐五 六八两勾 幺拐洞 一直没钱\n联系人：我不知道', 'B:六两两拐 洞洞勾两 拐拐拐五 六八两勾 幺拐洞', 'UT'),
    ('b-s05', 'app', 'debtor', '[录音转写] 你 老家 座机 零幺零 六二三四 五五七八 我们 打 了 十 几 次', 'L:零幺零 六二三四 五五七八', 'U'),
    ('b-s06', 'call', 'debtor', '坐席：护照号码 E 六三零 幺八 两七四 是你本人吧\n客户：是', 'H:E 六三零 幺八 两七四', 'U'),
    ('b-s07', 'call', 'debtor', '坐席：身份证 53 0102 幺勾勾六 洞两两三 八幺六拐 你核对一下\n客户：对的', 'I:53 0102 幺勾勾六 洞两两三 八幺六拐', 'U'),
    ('b-s08', 'app', 'debtor', '[ASR] 你 手机 号码 是 一 八 六 二 三 零 一 七 七 四 五 没错 吧', 'M:一 八 六 二 三 零 一 七 七 四 五', 'U'),
    ('b-s09', 'call', 'debtor', '坐席：你这个号 幺三拐五五 两洞八八幺九 我们会一直打\n客户：随便', 'M:幺三拐五五 两洞八八幺九', 'U'),
    ('b-s10', 'call', 'debtor', '坐席：身份证号 四幺洞幺洞两 幺勾八洞洞幺洞幺 洞洞洞叉，最后是叉对吧\n客户：对', 'I:四幺洞幺洞两 幺勾八洞洞幺洞幺 洞洞洞叉', 'U'),
    ('b-g01', 'email', 'debtor', '主题：联系方式核实\n您好，您预留的手机号码为 (+86)13570284461，如有变更请及时告知。请尽快还款。', 'M:13570284461', 'U'),
    ('b-g02', 'sms', 'debtor', '你手机86-15915738206我们已经加入外访名单。', 'M:86-15915738206', 'U'),
    ('b-g03', 'app', 'debtor', '[微信群截图] 群主：大家看看，这个人的手机 189 2556 7013，欠钱不还', 'M:189 2556 7013', 'U'),
    ('b-g04', 'sms', 'debtor', '你号码138、2607、4459我们会一直打到你接为止', 'M:138、2607、4459', 'U'),
    ('b-g05', 'sms', 'debtor', '手機177 023 65518係咪你嘅？唔還錢我哋就上門。', 'M:177 023 65518', 'U'),
    ('b-g06', 'sms', 'debtor', '你電話１５０・１３７２・８８９４已經登記咗。', 'M:１５０・１３７２・８８９４', 'U'),
    ('b-g07', 'sms', 'debtor', '你电话13600 918872已停机？没关系我们有你家人的。', 'M:13600 918872', 'U'),
    ('b-g08', 'sms', 'debtor', '你号码187*1826*4035别以为加了星号我们就看不懂', 'M:187*1826*4035', 'U'),
    ('b-w01', 'notice', 'debtor', '【法院送達】\n受送達人身份證號碼：４４０１０６１９８７０５１９９３９０\n請於收到本通知後十日內履行。', 'I:４４０１０６１９８７０５１９９３９０', 'U'),
    ('b-w02', 'sms', 'debtor', '您的還款帳戶６２１７９９３６３９２７７１２７９８９已被凍結。', 'B:６２１７９９３６３９２７７１２７９８９', 'U'),
    ('b-w03', 'sms', 'debtor', '你公司座機０７５５－８６１２ ３３９０我哋打咗好多次。', 'L:０７５５－８６１２ ３３９０', 'U'),
    ('b-w04', 'sms', 'debtor', '你護照Ｅ７０３１６２４８我哋已經記錄。', 'H:Ｅ７０３１６２４８', 'U'),
    ('b-o01', 'notice', 'debtor', '户籍证明\n公民身份号码（旧）：510104620805117\n请核对。', 'I:510104620805117', 'U'),
    ('b-no02', 'sms', 'debtor', '您的IMEI 861234567890123 设备已绑定。', '', ''),
    ('b-o03', 'sms', 'debtor', '你那张老身份证 420106 691105 213 我们留了复印件', 'I:420106 691105 213', 'U'),
    ('b-no04', 'sms', 'debtor', '工单号 330106199913451 已关闭。', '', ''),
    ('b-l01', 'sms', 'debtor', '你家座机 010 - 6234 5578 一直没人接', 'L:010 - 6234 5578', 'U'),
    ('b-nl02', 'notice', 'debtor', '调解通知\n调解员电话：0571-8502 7716（转 3）\n请于工作日来电。', 'L:0571-8502 7716', ''),
    ('b-l03', 'sms', 'debtor', '你老公单位的座机(021)5899-3370我们打了，他同事都知道了', 'L:(021)5899-3370', 'U'),
    ('b-nl04', 'sms', 'debtor', '您好，我司客服电话为400-820-5588，工作时间9:00-18:00。', '', ''),
    ('b-l05', 'sms', 'debtor', '你家里电话是0591-87365421吧，你妈接的', 'L:0591-87365421', 'U'),
    ('b-p01', 'sms', 'debtor', '你的港澳通行證號碼C 6027 3318我們已記錄', 'H:C 6027 3318', 'U'),
    ('b-p02', 'sms', 'debtor', '你护照号码EB8273516过期了也没用', 'H:EB8273516', 'U'),
    ('b-np03', 'sms', 'debtor', '运单号E12345678CN已签收', '', ''),
    ('b-ne01', 'email', 'debtor', '你的邮箱 chen.hao(at)163.com 我们已经发了催款函', '', ''),
    ('b-ne02', 'email', 'debtor', '你的邮箱 Li_Ming2001@Outlook.COM 我们已经发了律师函', 'E:Li_Ming2001@Outlook.COM', ''),
    ('b-n01', 'sms', 'debtor', '【顺丰】您的快递单号SF 1402 7733 6651 0已到达驿站。', '', ''),
    ('b-n02', 'sms', 'debtor', '您的QQ号1381234567已解绑。', '', ''),
    ('b-n03', 'sms', 'debtor', '您的交易单号 4200 0012 3420 2604 1288 17 已退款。', '', ''),
    ('b-n04', 'sms', 'debtor', '【贷后】还款请至APP，客服时间 13:00-18:00，周末 09:00-12:00。', '', ''),
    ('b-n05', 'sms', 'debtor', '您的借款金额¥13,812.00，期数12，月还1,151.00元。', '', ''),
    ('b-n06', 'app', 'debtor', '[客服] 您身份证前六位330106、后四位1237，已核验通过。', '', ''),
    ('b-n07', 'sms', 'debtor', '您的还款账户尾号 8826，扣款金额 2,000.00 元。', '', ''),
    ('b-n08', 'call', 'debtor', '坐席：（语音机器人）您的订单号幺三八 幺二三四 五六七八 已发货，按1查询物流。\n客户：1', '', ''),
    ('b-n09', 'sms', 'debtor', '您的快递取件码 13-5-1208，请凭码取件。', '', ''),
    ('b-n10', 'notice', 'debtor', '判决书（摘录）\n（2026）粤0304民初28817号\n原告：某小额贷款有限公司', '', ''),
    ('b-n11', 'sms', 'debtor', '合同号：62220212 34567890 128，请核对。', '', ''),
    ('b-n12', 'sms', 'debtor', '您的流水号 138 1234 5678 9012 已生成。', '', ''),
]


def write_dev10b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV10B_FILE, map(dev10_record, MESSAGES))


if __name__ == "__main__":
    write_dev10b()
