"""Writes `pipl_dev16b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev16`, in
voices that batch has little of, measured once before any rule was changed for it.

Voices: a delivery rider's group, a factory's shift group, a property manager's letter, a hospital ward's nurse
station, a Hakka and a Teochew voice, a Taiwanese e-mail, a robot call with 按键 menus, a lawyer's letter that names
only what it needs, and a debtor-facing notice that repeats the debtor's own address because it is posted there.
Families by the id's first letter as in `make_pipl_dev16`; decisions as there: a relative named to the debtor is
`pii.excessive`, the debtor's own address on a letter posted to it is not, a workplace told without a name or an
address is not excessive but is whereabouts when it comes with the hours someone is there.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev16b.jsonl
--no-weibo`, 50 messages, 15 lawful), after the first tuning commit on `pipl_dev16` (da9530a): `pii.sensitive` P 1.000
R 0.889 F1 0.941, `pii.excessive` P 0.857 R 1.000 F1 0.923, `pii.third_party_disclosure` P 1.000 R 0.875 F1 0.933,
`pii.unmasked_identifier` 1.000 / 1.000, `pii.*` micro P 0.972 R 0.921 F1 0.946. Missed: a steel plate still in a
rider's leg, a Taiwanese weekend stall at a wharf, a guarantor told the borrower's arrears; flagged: a home village
named to a fellow-villagers' group (excessive).

After the first run the guarantor's message (first t05, now n16) was relabelled without a finding, as
`make_pipl_dev16` records.

`python -m benchmarks.data.make_pipl_dev16b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV16B_FILE = "pipl_dev16b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "app", "debtor", "[骑手群私聊] 兄弟你腿上钢板还没取吧，跑单跑得挺勤快，欠的钱也勤快点还。", "", "S"),
    ("b-h02", "call", "debtor", "坐席：你 老母 那个 帕金森 手 抖 得 厉害 吧 你 还有 心思 躲 我们\n客户：你们调查我家？", "", "S"),
    ("b-h03", "sms", "debtor", "汝阿爸佇中心医院做血透，一礼拜三摆，阮攏知，钱着紧还。", "", "S"),
    ("b-h04", "email", "debtor", "主旨：還款提醒\n您好，得知您先前因憂鬱症住院兩週，目前仍定期回診，本公司仍請您於月底前繳清。", "", "S"),
    ("b-h05", "app", "third_party", "[工友群] 三车间的喻海平得了尘肺病在家养着，他欠我们平台一万二，谁去看他顺便说一声。", "P:喻海平", "ST"),
    ("b-p01", "sms", "debtor", "你老婆在妇幼建了档，预产期就这个月底，你还有心思不还钱？", "", "S"),
    ("b-m01", "call", "debtor", "坐席：你 上 个 月 不是 在 精神 卫生 中心 住 了 半 个 月 吗\n客户：你们怎么知道的", "", "S"),
    ("b-d01", "sms", "debtor", "你耳朵聋了戴助听器，电话听不见，那短信总看得见吧？", "", "S"),
    ("b-c01", "app", "debtor", "[语音转文字] 你 那 个 细 妹 在 镇 中心 小学 读 二 年级 放学 自己 走 回家 是 吧", "", "S"),
    ("b-c02", "sms", "debtor", "你家老大每周日下午在青少年宫练跆拳道，练完四点出来，我们的人见过他。", "", "S"),
    ("b-w01", "app", "third_party", "[厂区群] 谁认识包装线的尚文军？他这礼拜上夜班，从晚上十点到早上六点，欠我们钱不还。", "P:尚文军", "ST"),
    ("b-w02", "sms", "debtor", "你每个礼拜六都去城北那家足疗店，一待就是一下午，钱倒是舍得花。", "", "S"),
    ("b-w03", "call", "debtor", "坐席：你 后天 下午 的 动车 回 老家 吧 我们 在 车站 那 边 也 有 人\n客户：你们跟踪我？", "", "S"),
    ("b-w04", "email", "debtor", "主旨：拜訪通知\n鄭先生：\n經查您週末固定於淡水漁人碼頭擺攤，本公司人員將於本週六前往拜訪。", "", "S"),
    ("b-f01", "sms", "debtor", "你支付宝里的余额宝还有三万多，先拿出来把我们的账平了。", "", "S"),
    ("b-f02", "call", "debtor", "坐席：你 名下 还有 一 套 商铺 在 出租 每 个 月 租金 八千 我们 都 查 了\n客户：那是我妈的", "", "S"),
    ("b-r01", "sms", "debtor", "你每月初一都去南普陀上香，菩萨也保佑不了欠债不还的人。", "", "S"),
    ("b-k01", "app", "debtor", "[微信] 你是刑满释放人员，社区矫正的档案我们都看过。", "", "S"),
    ("b-x01", "sms", "debtor", "饶志平，你住在顺德区大良街道南国东路3号碧桂花城8座，你老婆在美的上班，自己掂量。",
     "P:饶志平|A:顺德区大良街道南国东路3号碧桂花城8座", "X"),
    ("b-x02", "call", "debtor", "坐席：是 詹 国 平 吧 你 姑父 叫 严 春 生 在 镇 上 开 农资 店 我们 找 过 他 了\n客户：关他什么事",
     "P:詹 国 平|P:严 春 生", "X"),
    ("b-x03", "email", "debtor", "主题：催收提醒\n温立群先生：\n您现任职于东莞市长安镇锦厦社区的精工五金制品厂，住址为长安镇沙头南区二巷5号，请尽快处理欠款。",
     "P:温立群|A:长安镇沙头南区二巷5号", "X"),
    ("b-x04", "sms", "debtor", "你哥邝志雄的电话13823415567我们也拨了，你家里人都知道了。", "P:邝志雄|M:13823415567", "UX"),
    ("b-x05", "app", "debtor", "[微信] 伍家明，你大伯伍德昌在村里当支书，你堂弟伍俊在派出所当辅警，要不要我们去聊聊？",
     "P:伍家明|P:伍德昌|P:伍俊", "X"),
    ("b-x06", "notice", "debtor", "外访记录\n被访人：邓春华\n现住址：佛山市南海区桂城街道海三路28号\n同住人员：母亲 邓李氏、儿子 邓小龙\n结果：本人不在。",
     "P:邓春华|A:佛山市南海区桂城街道海三路28号|P:邓小龙", "X"),
    ("b-t01", "sms", "third_party", "您好，您的女婿吕国庆在我司的借款已逾期80天，欠款一万四千元，请您转告他尽快处理。", "P:吕国庆", "T"),
    ("b-t02", "notice", "third_party", "致金桂苑物业服务中心：\n贵小区业主郑家兴拖欠我司贷款两万元，逾期半年，请物业协助转告。", "P:郑家兴", "T"),
    ("b-t03", "call", "third_party", "坐席：喂 您 是 霍 文 斌 的 同事 吧 他 在 我们 平台 的 贷款 逾期 了 麻烦 您 让 他 回 个 电话\n联系人：我只是同事",
     "P:霍 文 斌", "T"),
    ("b-t04", "app", "third_party", "[同乡会群] 各位乡亲，老家石门村的卢建华在我们公司借了两万块一直不还，大家见到劝劝他。", "P:卢建华", "T"),
    ("b-t06", "email", "third_party", "主旨：員工欠款告知\n致 聯合物流股份有限公司：\n貴公司員工施志明積欠本公司信用貸款新台幣十五萬元，敬請轉知。",
     "P:施志明", "T"),
    ("b-u01", "sms", "debtor", "【恒信】您好，您尾号不是4459吗？您的卡6222600810012345674本期扣款失败，请存入资金。", "B:6222600810012345674", "U"),
    ("b-u02", "call", "debtor", "坐席：身份证 三二零五 八三 一九九二 一一零四 零零零七 是您本人的吧\n客户：是",
     "I:三二零五 八三 一九九二 一一零四 零零零七", "U"),
    ("b-u03", "sms", "debtor", "你的身份证510104198707220005我们已经交给合作律所了。", "I:510104198707220005", "U"),
    ("b-u04", "app", "debtor", "[语音转文字] 你 手机 幺 八 二 七 三 幺 五 六 四 四 八 我们 天天 打", "M:幺 八 二 七 三 幺 五 六 四 四 八", "U"),
    ("b-u05", "email", "debtor", "主题：还款账户变更\n您好，您的还款信用卡6259650871234567892已逾期，请及时还款。", "B:6259650871234567892", "U"),
    # lawful: no finding
    ("b-n01", "notice", "debtor", "催收函\n致：覃国栋 先生\n地址：南宁市青秀区民族大道100号\n您在我司的借款已逾期45天，应还本息8,620元，请于5月10日前还款。", "P:覃国栋", ""),
    ("b-n02", "sms", "debtor", "您好，您来电告知家人住院，我们已为您备注，本月暂不催收，祝家人早日康复。", "", ""),
    ("b-n03", "app", "debtor", "[工友群] 通知：本周五下午两点在厂区医务室统一体检，请各班组长组织员工参加。", "", ""),
    ("b-n04", "call", "debtor", "坐席：您 好 这里 是 安心 借 客服 请问 您 现在 方便 接听 吗 方便 请 按 1 不方便 请 按 2\n客户：1", "", ""),
    ("b-n05", "sms", "debtor", "【银行】尊敬的客户，您的信用卡本期账单已出，最低还款额500元，到期还款日5月8日。", "", ""),
    ("b-n06", "email", "debtor", "主旨：分期申請結果\n您好，您申請的帳款分期已核准，共12期，每期新台幣三千元，謝謝。", "", ""),
    ("b-n07", "sms", "debtor", "您好，我们理解您目前工作不稳定，可申请延期还款，详情请致电客服。", "", ""),
    ("b-n08", "app", "debtor", "[同乡会群] 下个月十五号同乡会在老地方聚餐，报名找会长。", "", ""),
    ("b-n09", "call", "third_party", "坐席：您好 请问 这 是 汪 先生 的 电话 吗\n联系人：他是我朋友 你们是哪里\n坐席：我们 有 事 找 他 麻烦 请 他 回 电 谢谢", "", ""),
    ("b-n10", "sms", "debtor", "您好，您的驾驶证将于下月到期，请及时到车管所换证。", "", ""),
    ("b-n11", "notice", "debtor", "律师函\n致：林建文 先生\n受某某消费金融有限公司委托，就您逾期借款一事函告如下：请于十五日内与委托人联系协商还款。", "P:林建文", ""),
    ("b-n12", "sms", "debtor", "你好，我是楼下超市的，你上周订的米到了，有空来拿。", "", ""),
    ("b-n13", "app", "debtor", "[微信] 您好，您上传的病历资料已收到，延期申请正在审核，请耐心等待。", "", ""),
    ("b-n14", "sms", "debtor", "您好，本公司不会因您的宗教信仰、民族或健康状况区别对待，如有疑问请致电客服。", "", ""),
    ("b-n15", "call", "debtor", "坐席：您 说 您 在 上 夜班 白天 不 方便 那 我们 改 成 晚上 七 点 前 联系 您 可以 吗\n客户：可以", "", ""),
    ("b-n16", "sms", "third_party", "您好，您作为担保人，借款人秦晓峰的借款一万元已逾期四个月，请您督促其还款或代为清偿。", "P:秦晓峰", ""),
]


def write_dev16b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV16B_FILE, (record(*message, dev=16) for message in MESSAGES))


if __name__ == "__main__":
    write_dev16b()
