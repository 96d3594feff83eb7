"""Writes `pipl_dev13b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev13`, in
voices that batch has little of, measured once before any rule was changed for it.

Voices: a field-visit (外访) team's shift report read back to the debtor, a property manager's and a landlord's
WeChat replies, a village loudspeaker script, Douyin and Xianyu direct messages, a QQ classmates' group, an HR
department's e-mail, a robot call with keypad menus, a debt-transfer notice, Hakka, Teochew, north-eastern,
Cantonese and Sichuanese speech, and Taiwan's and Hong Kong's characters. Families by the id's first letter after
`b-`, as in `make_pipl_dev13`; its decisions on the open questions hold here too.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev13b.jsonl
--no-weibo`, 53 messages, 16 lawful), after the first two tuning commits on `pipl_dev13`: `pii.unmasked_identifier`
P 1.000 R 0.714 F1 0.833, `pii.third_party_disclosure` 1.000 / 1.000 / 1.000, `pii.sensitive` P 0.867 R 0.650 F1 0.743,
`pii.excessive` P 1.000 R 0.571 F1 0.727, `pii.*` micro P 0.938 R 0.714 F1 0.811. Missed: a Cantonese knee replaced,
twins at a kindergarten, a pupil and his father named in a classmates' QQ group, a Shanghainese Sunday meeting, a
field-visit report of where the debtor sat at 19:20, two plots and a shop front 名下, a Hong Kong savings balance, a
Hakka brother's name and number, a Cantonese mother-in-law's shop; flagged: a hospital's own antenatal appointment and
a notice to the family read as sensitive. Two identifiers were missed because the numbers first written here failed
their checksums (an ID and a card); they were corrected after the first run (u01, u03) and are found since.

`python -m benchmarks.data.make_pipl_dev13b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV13B_FILE = "pipl_dev13b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "app", "debtor", "[外访记录] 2号组回报：债务人母亲腿部骨折打了石膏，在家卧床，债务人白天在家照顾，建议晚上再访。", "", "S"),
    ("b-h02", "sms", "debtor", "你老公肝腹水抽了两回了，家里有钱治病就有钱还款，别跟我们装。", "", "S"),
    ("b-h03", "call", "debtor", "坐席：阿叔 你 个 膝头 换 咗 人工 关节 行 唔 到 路 我哋 知 嘅\n客户：你哋查我？", "", "S"),
    ("b-h04", "email", "third_party", "主旨：員工欠款協助\n致 大成食品 人資處：\n貴公司員工賴俊宏患有第二型糖尿病，每週洗腎三次，積欠本公司新台幣九萬元，請協助轉知。",
     "P:賴俊宏", "ST"),
    ("b-p01", "sms", "debtor", "你婆娘刚做完人流，身体虚，这个月的钱你自己想办法。", "", "S"),
    ("b-m01", "app", "debtor", "[抖音私信] 你在心理科开的舍曲林一盒一百多，你吃得起药还不起钱？", "", "S"),
    ("b-c01", "sms", "debtor", "你孖仔喺油麻地嗰间幼稚园读K1，每朝八点半阿嫲送佢哋返学。", "", "S"),
    ("b-c02", "app", "third_party", "[QQ群] 大家好，高二（5）班的谭宇航，他爸谭志明在我们这借了一万八不还，同学们回家跟家长说一下。",
     "P:谭宇航|P:谭志明", "STX"),
    ("b-c03", "call", "debtor", "坐席：你 闺女 在 县 一中 住校 每 周五 下午 坐 校车 回来 我们 知道\n客户：你们别动孩子", "", "S"),
    ("b-w01", "app", "debtor", "[闲鱼私信] 你在二手群发的定位是万象城附近，这两天每天中午都在那摆摊卖旧手机吧。", "", "S"),
    ("b-w02", "sms", "debtor", "你每个礼拜二四六晚上都去江边那个夜钓点，我们的人去过两回了。", "", "S"),
    ("b-w03", "call", "debtor", "坐席：侬 礼拜天 下半天 两 点 钟 勒 静安寺 门口 碰头 个 朋友 阿拉 也 看到 了\n客户：……", "", "S"),
    ("b-w04", "notice", "debtor", "外访报告\n被访人：本人\n外访时间：12月3日19:20\n记录：被访人此时正在小区北门烧烤店与友人吃饭，外访员已当面告知还款。", "",
     "S"),
    ("b-w05", "sms", "debtor", "【宏利资产】系统监测到您近五天均在海南省三亚市活动，请立即返回处理欠款。", "", "S"),
    ("b-f01", "sms", "debtor", "你老婆的工商银行卡上个月进了三万多，她帮你还一点不行吗？", "", "S"),
    ("b-f02", "call", "debtor", "坐席：你 名下 那 两 块 宅基地 还有 镇上 一 间 门面 我们 都 查 到 了\n客户：那是我爸的", "", "S"),
    ("b-f03", "email", "debtor", "Subject: 財務資料\n朱先生：\n閣下於匯豐銀行之儲蓄戶口結餘約港幣十二萬，另持有股票若干，請盡快清還欠款。", "", "S"),
    ("b-r01", "sms", "debtor", "你每個月初一十五都去黃大仙上香，神仙都睇住你欠錢唔還。", "", "S"),
    ("b-k01", "app", "debtor", "[语音转文字] 你 是 退伍 军人 还 拿 着 伤残 抚恤 别 给 部队 丢脸", "", "S"),
    ("b-k02", "sms", "debtor", "你以前因为盗窃坐过两年牢，出来了还不学好。", "", "S"),
    ("b-x01", "sms", "debtor", "【鑫安普惠】尊敬的侯建新先生，您现居住于西安市雁塔区小寨东路126号百隆广场B座1902，请于本周内结清欠款。",
     "P:侯建新|A:西安市雁塔区小寨东路126号百隆广场B座1902", "X"),
    ("b-x02", "call", "debtor", "坐席：邵 先生 你 连襟 叫 吴 国 栋 在 顺丰 开 车 你 姨姐 叫 韦 敏 我们 都 晓得\n客户：你们怎么知道",
     "P:吴 国 栋|P:韦 敏", "X"),
    ("b-x03", "sms", "debtor", "涯知你老弟黄志坚在深圳龙岗做装修，佢电话13726458130，你唔还钱涯就打佢。", "P:黄志坚|M:13726458130", "UX"),
    ("b-x04", "email", "debtor", "主题：上门通知\n孔令辉：\n您登记的单位为武汉市江汉区新华路218号浦发银行大厦11楼中诚会计师事务所，我司外访员将于周三前往。",
     "P:孔令辉|A:武汉市江汉区新华路218号浦发银行大厦11楼", "X"),
    ("b-x05", "sms", "debtor", "曾伟强，你外母乸陈玉珍仲喺东莞虎门开糖水铺，我哋识路。", "P:曾伟强|P:陈玉珍", "X"),
    ("b-x06", "app", "debtor", "[微信] 甘露你好，你亲姐甘霖在市妇幼当护士，你前夫苏杭在开发区开货车，要我们去找他们吗？",
     "P:甘露|P:甘霖|P:苏杭", "X"),
    ("b-t01", "app", "third_party", "[业主群] 物业通知：有业主蓝建华在外欠网贷不还，催收公司已多次来电，请蓝先生尽快处理。",
     "P:蓝建华", "T"),
    ("b-t02", "call", "third_party", "坐席：您好 这里 是 速贷 分期 您 的 朋友 聂 海 在 我司 逾期 四十 天 欠款 六千 三 百 元 请 转告 他 还款 确认 请 按 1\n联系人：1",
     "P:聂 海", "T"),
    ("b-t03", "sms", "third_party", "老林你好，你们村的蓝永福欠我们公司两万块不还，村里广播能不能喊一下？", "P:蓝永福", "T"),
    ("b-t04", "notice", "third_party", "债权转让通知\n致邱国华的家属：\n邱国华名下借款本息32,600元已转让予我司，请督促其联系我司。", "P:邱国华|P:邱国华", "T"),
    ("b-t05", "sms", "third_party", "你好，你是房东吧？你租客岳强在我们这欠了九千，他手机15617284930老不接，麻烦让他回个电话。",
     "P:岳强|M:15617284930", "TU"),
    ("b-t06", "email", "third_party", "主题：协查\n致南方电网东莞供电局人事科：\n贵单位员工黎文斌在我司的借款逾期两个月，欠款一万零五百元，请协助转告。",
     "P:黎文斌", "T"),
    ("b-u01", "sms", "debtor", "你身份证号码36220219930718451X我们已经提交，你等着吧。", "I:36220219930718451X", "U"),
    ("b-u02", "app", "debtor", "[语音转文字] 你 手机 号 是 幺 五 八 二 三 四 零 六 七 七 一 吧 我们 打 了 八百 遍", "M:幺 五 八 二 三 四 零 六 七 七 一", "U"),
    ("b-u03", "email", "debtor", "主题：扣款失败\n您好，本期扣款卡 6217 2103 0012 8845 678 余额不足，扣款失败，请存入后回复。",
     "B:6217 2103 0012 8845 678", "U"),
    ("b-u04", "sms", "debtor", "您好，為確認身份，請問您的手機13922845106是否仍在使用？", "M:13922845106", "U"),
    ("b-u05", "notice", "debtor", "还款通知\n借款人：韦丽芳\n联系电话：18977123406\n应还金额：2,860元", "P:韦丽芳|M:18977123406", "U"),
    ("b-n01", "sms", "debtor", "【鑫安普惠】您的账单2,100元将于12月18日到期，可通过APP或尾号8845的卡还款。退订回T", "", ""),
    ("b-n02", "call", "debtor", "客户：我 妈 在 医院 做 化疗 我 这 两 个 月 真 拿 不 出\n坐席：明白 我们 先 给 您 停催 一个 月 您 照顾 好 家人", "",
     ""),
    ("b-n03", "sms", "debtor", "【市妇幼保健院】您好，您预约的产检时间为12月9日上午9:00，请携带医保卡准时就诊。", "", ""),
    ("b-n04", "app", "debtor", "[业主群] 物业通知：本周四上午9点至11点小区停水，请各位业主提前储水。", "", ""),
    ("b-n05", "sms", "debtor", "如需办理结清证明，请携带身份证到广州市天河区体育东路118号财富广场东塔12楼服务中心。",
     "A:广州市天河区体育东路118号财富广场东塔12楼", ""),
    ("b-n06", "email", "debtor", "主题：还款确认\n您好，您12月1日的还款1,500元已入账，尾号5678的卡不再扣款。", "", ""),
    ("b-n07", "sms", "debtor", "你好，今个月要还一千二，记得还哦，冇问题就唔使覆。", "", ""),
    ("b-n08", "call", "debtor", "坐席：您好 这里 是 速贷 分期 请 确认 您 是否 本人 是 请 按 1 不是 请 按 2\n客户：1", "", ""),
    ("b-n09", "sms", "debtor", "您好，您申请的因照顾家人暂缓还款已通过，下次还款日为2027年1月25日。", "", ""),
    ("b-n10", "app", "debtor", "[抖音私信] 您好，这里是官方客服号，请勿相信任何自称可以代还款、消征信的账号。", "", ""),
    ("b-n11", "sms", "debtor", "您好，您的借款合同及还款计划已发送至您登记的邮箱，请注意查收。", "", ""),
    ("b-n12", "notice", "debtor", "还款提醒\n借款人：侯*新\n应还金额：3,200元\n还款日：2026年12月20日", "", ""),
    ("b-n13", "sms", "debtor", "涯好，你这个月的钱已经收到了，多谢你。", "", ""),
    ("b-n14", "email", "third_party", "主题：回复贵司来函\n您好，本公司依规不向第三方提供员工个人信息，请贵司直接与当事人联系。", "", ""),
    ("b-n15", "sms", "debtor", "您好，我司支持清真饮食习惯客户在开斋节期间顺延还款，如有需要请在APP申请。", "", ""),
    ("b-n16", "call", "debtor", "坐席：您 好 方便 接听 吗\n客户：我 在 高铁 上 信号 不好\n坐席：好的 那 您 到站 后 我们 再 联系", "", ""),
]


def write_dev13b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV13B_FILE, (record(*message, dev=13) for message in MESSAGES))


if __name__ == "__main__":
    write_dev13b()
