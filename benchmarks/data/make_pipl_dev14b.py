"""Writes `pipl_dev14b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev14`, in
voices that batch has little of, measured once before any rule was changed for it.

Voices: Douyin, Xianyu, QQ, LINE and WhatsApp messages, a debt-transfer notice, a guarantor's notice, a field-visit
record copied to a guarantor, a landlord's WeChat, an HR department's e-mail, robot calls with keypad menus, ASR
calls, Henan, Hakka, Teochew and Cantonese speech, and Taiwan's and Hong Kong's characters. Families by the id's first
letter after `b-`, as in `make_pipl_dev14`; its decisions on the open questions hold here too.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev14b.jsonl
--no-weibo`, 58 messages, 15 lawful), after the first two tuning commits on `pipl_dev14`: `pii.unmasked_identifier`
P 1.000 R 1.000 F1 1.000, `pii.third_party_disclosure` 1.000 / 0.778 / 0.875, `pii.sensitive` P 0.955 R 0.913 F1 0.933,
`pii.excessive` P 1.000 R 0.900 F1 0.947, `pii.*` micro P 0.978 R 0.898 F1 0.936. Missed: a Taiwanese pregnancy kept
in bed (安胎), a daughter's swimming-team Saturdays at a sports centre, a pupil and her father named to a class's QQ
group (read as sensitive and a disclosure, not excessive), a field-visit record copied to a guarantor, a guarantor
told the borrower's arrears; flagged: a conditional relief offer to whoever holds subsistence status (若您是低保户).

`python -m benchmarks.data.make_pipl_dev14b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV14B_FILE = "pipl_dev14b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "app", "debtor", "[抖音私信] 看你视频里说你妈白血病在做骨髓移植，还有钱拍视频，没钱还款？", "", "S"),
    ("b-h02", "sms", "debtor", "恁爹那肝硬化腹水住院中不中，俺们都打听清了，钱该还还得还。", "", "S"),
    ("b-h03", "email", "third_party", "主题：员工债务告知\n致华辰电子人力资源部：\n贵司员工冼志坚患有帕金森病，近期频繁请病假，其在我司贷款逾期已久，请贵司予以关注。",
     "P:冼志坚", "ST"),
    ("b-h04", "call", "debtor", "坐席：您好 这里 是 信和 贷后 系统 检测 到 您 近期 多次 在 市 精神 卫生 中心 就诊 如需 延期 请 按 1\n客户：1", "", "S"),
    ("b-h05", "sms", "debtor", "你阿公哮喘每个礼拜去社区医院做雾化，我们都知。", "", "S"),
    ("b-p01", "app", "debtor", "[LINE] 妳現在安胎在家躺著，老公又沒工作，這筆錢你們打算怎麼還？", "", "S"),
    ("b-p02", "sms", "debtor", "你老婆二胎B超查出来是个儿子吧，恭喜，先把欠款还了再说。", "", "S"),
    ("b-c01", "sms", "debtor", "你女儿在市游泳队训练，每周六上午在体育中心，教练我们也认识。", "", "S"),
    ("b-c02", "app", "third_party", "[QQ群] 初一（5）班的家长们，班上谷雨桐的爸爸谷建业在我们平台欠款不还，请大家帮忙转告。",
     "P:谷雨桐|P:谷建业", "STX"),
    ("b-c03", "email", "debtor", "主旨：最後通知\n麥先生：\n令郎現就讀於沙田區一所小學五年級，每日由外傭接送，閣下應以家庭為重，盡快還款。", "", "S"),
    ("b-w01", "sms", "debtor", "你每天凌晨三点去江南批发市场进货，我们的人在门口等你。", "", "S"),
    ("b-w02", "app", "debtor", "[闲鱼消息] 你这周在闲鱼上卖了两台手机，收了四千多，钱够还我们了吧？", "", "S"),
    ("b-w03", "call", "debtor", "坐席：你 每个 礼拜五 下午 都 在 城南 驾校 练 车 吧 我们 过去 找 你 方便 吗\n客户：……", "", "S"),
    ("b-w04", "sms", "debtor", "你送外卖每天中午都在万象城那一片跑单，我们找得到你。", "", "S"),
    ("b-w05", "notice", "third_party", "外访记录（抄送担保人）\n债务人邢立新近一周每晚十点后回到城东出租屋，白天在物流园装卸。", "P:邢立新",
     "ST"),
    ("b-f01", "sms", "debtor", "你家宅基地拆迁补偿款八十多万上个月到账了，别再说没钱。", "", "S"),
    ("b-f02", "email", "debtor", "主题：资产核查\n您好，经查您名下有两个车位、一家奶茶店的股份，请优先处置偿还我司欠款。", "", "S"),
    ("b-f03", "app", "debtor", "[微信] 你支付宝里那笔黄金积存有二十多克，卖了就够还。", "", "S"),
    ("b-r01", "sms", "debtor", "你是基督徒，每周三晚上都去查经班，主内弟兄姊妹知道你借钱不还吗？", "", "S"),
    ("b-r02", "call", "debtor", "坐席：你 一个 穆斯林 天天 做 五次 礼拜 怎么 就 不 守 信用\n客户：你别扯我的信仰", "", "S"),
    ("b-k01", "sms", "debtor", "你以前有吸毒记录，公安系统里一查就有，别逼我们。", "", "S"),
    ("b-k02", "app", "debtor", "[语音转文字] 你 的 指纹 和 声纹 在 我们 系统 里 都 有 备份 换 手机 也 没 用", "", "S"),
    ("b-k03", "email", "debtor", "主题：还款提醒\n您好，您登记的身份为残疾军人，享受优抚待遇，我司仍希望您按约还款。", "", "S"),
    ("b-x01", "sms", "debtor", "【恒信资产】债权转让通知：姚振华先生，您原在某平台的借款已转让我司，您的住址南昌市青山湖区北京东路699号6栋1单元502已登记在案。",
     "P:姚振华|A:南昌市青山湖区北京东路699号6栋1单元502", "X"),
    ("b-x02", "app", "debtor", "[抖音私信] 龚海涛，你老婆欧阳丽在县一中当老师，你小舅子欧阳斌开货车，要不要我们去找他们？",
     "P:龚海涛|P:欧阳丽|P:欧阳斌", "X"),
    ("b-x03", "call", "debtor", "坐席：喂 是 闵 建 军 吧 你 在 顺丰 速运 宝安 分部 做 仓管 对 吧 你 家 住 西乡 街道 流塘 新村 7 巷 12 号\n客户：你查我？",
     "P:闵 建 军|A:西乡 街道 流塘 新村 7 巷 12 号", "X"),
    ("b-x04", "sms", "debtor", "你姑姑的电话13807426631、你表哥的电话15580426697我们都打过了，他们都知道你欠钱。",
     "M:13807426631|M:15580426697", "UX"),
    ("b-x05", "email", "debtor", "主旨：催告函\n葉志明先生：\n台端現任職於桃園龜山某電子廠品保課，戶籍地址為桃園市中壢區中山路120號5樓，請於七日內清償。",
     "P:葉志明|A:桃園市中壢區中山路120號5樓", "X"),
    ("b-x06", "app", "debtor", "[WhatsApp] 何家輝，你細佬何家俊喺葵涌貨櫃碼頭開車，你老婆喺醫院做護士，我哋全部知。", "P:何家輝|P:何家俊", "X"),
    ("b-x07", "notice", "debtor", "上门通知\n借款人：冉伟\n家庭住址：重庆市渝北区龙溪街道金紫山小区3栋12-4\n父亲：冉德明\n母亲：秦素芬\n我司将于近期上门拜访。",
     "P:冉伟|A:重庆市渝北区龙溪街道金紫山小区3栋12-4|P:冉德明|P:秦素芬", "X"),
    ("b-x08", "sms", "debtor", "涂国平，你屋家老弟涂国安在镇上开摩托车店，我们都识得。", "P:涂国平|P:涂国安", "X"),
    ("b-t01", "sms", "third_party", "【恒信资产】担保人您好：借款人孔令军在我司的借款已逾期210天，本息合计五万三千元，请您依约履行担保责任。", "P:孔令军",
     "T"),
    ("b-t02", "app", "third_party", "[微信] 房东大哥，住你二楼的那个小杜欠我们平台四千块钱，麻烦你见到他提醒下。", "", "T"),
    ("b-t03", "email", "third_party", "主题：关于贵司员工借款逾期\n致启明科技行政部：\n贵司员工阮志平在我司的信用贷款已逾期，欠款三万八千元，请贵司协助联系。",
     "P:阮志平", "T"),
    ("b-t04", "call", "third_party", "坐席：您好 这里 是 诚信 贷 智能 语音 您 的 朋友 向 东 在 我司 的 借款 已 逾期 请 提醒 其 尽快 还款\n联系人：知道了",
     "P:向 东", "T"),
    ("b-t05", "sms", "third_party", "阿伯，你个孙林泽鹏欠阮公司八千银，叫伊紧还。", "P:林泽鹏", "T"),
    ("b-t06", "notice", "third_party", "致新丰村村委会：\n贵村村民晏国富（住新丰村二组）在我司借款逾期，本息两万元，请村委会协助通知。",
     "P:晏国富|A:新丰村二组", "TX"),
    ("b-u01", "sms", "debtor", "【诚信贷】您好，您的还款卡6228480433182130123余额不足，请于今日18点前存入。", "B:6228480433182130123", "U"),
    ("b-u02", "call", "debtor", "坐席：跟 您 核对 一下 身份证 号 幺 幺 零 幺 零 五 幺 九 八 七 零 三 幺 五 二 四 幺 四 对 吗\n客户：对",
     "I:幺 幺 零 幺 零 五 幺 九 八 七 零 三 幺 五 二 四 幺 四", "U"),
    ("b-u03", "app", "debtor", "[WhatsApp] 你身份證500112199206143729我哋已經登記，唔好再避。", "I:500112199206143729", "U"),
    ("b-u04", "email", "debtor", "主题：账户核对\n您好，系统登记的您的手机号为 186 0731 5528，身份证号为230103197902081567，如有误请回复。",
     "M:186 0731 5528|I:230103197902081567", "U"),
    ("b-u05", "sms", "debtor", "恁那张卡6212261703009010123里一分钱都没有，赶紧存。", "B:6212261703009010123", "U"),
    ("b-u06", "notice", "debtor", "债权转让通知书\n债务人：龙海平\n身份证号：360102198811232419\n请自收到本通知之日起向受让人履行还款义务。",
     "P:龙海平|I:360102198811232419", "U"),
    ("b-n01", "sms", "debtor", "【恒信资产】债权转让通知：您在原平台的借款已依法转让至我司，还款账户尾号6612，其他约定不变。", "", ""),
    ("b-n02", "app", "debtor", "[抖音私信] 您好，我们是官方客服，关于账单问题请通过APP内在线客服咨询，我们不会私信索要个人信息。", "", ""),
    ("b-n03", "call", "debtor", "坐席：您好 这里 是 诚信 贷 智能 语音 您 本期 账单 已 出 查询 请 按 1 人工 请 按 0\n客户：0", "", ""),
    ("b-n04", "sms", "debtor", "您好，您在APP提交的因病延期申请已通过，无需再提供其他材料。", "", ""),
    ("b-n05", "email", "debtor", "主题：在职证明开具\n您好，您申请的在职证明已开具，请到人力资源部前台领取。", "", ""),
    ("b-n06", "sms", "debtor", "您好，本期帳單新台幣2,680元已扣款成功，感謝您的支持。", "", ""),
    ("b-n07", "app", "debtor", "[WhatsApp] 你好，今期供款已收到，多謝。如有查詢請致電客服熱線。", "", ""),
    ("b-n08", "sms", "debtor", "【市第一人民医院】您预约的骨科门诊号为12号，请于周二上午八点半到二楼候诊。", "", ""),
    ("b-n09", "sms", "debtor", "您好，我司营业部地址：郑州市金水区农业路72号国际企业中心A座15层，工作日9:00-17:00。",
     "A:郑州市金水区农业路72号国际企业中心A座15层", ""),
    ("b-n10", "app", "debtor", "[QQ群] 各位家长，本周五学校组织研学，请孩子七点半到校门口集合。", "", ""),
    ("b-n11", "call", "debtor", "客户：我 老公 住院 了 我 在 医院 陪护\n坐席：您 先 照顾 家人 我们 这 期 先 不 催 您 方便 时 再 联系", "", ""),
    ("b-n12", "sms", "debtor", "您好，为保障账户安全，本次登录需进行声纹验证，请按提示朗读数字。", "", ""),
    ("b-n13", "sms", "debtor", "恁好，这个月嘞账单记得还哈，有啥事打客服。", "", ""),
    ("b-n14", "notice", "debtor", "结清证明\n借款人：姚*华\n证件号：3601**********2419\n上述借款已全部结清。", "", ""),
    ("b-n15", "sms", "debtor", "您好，若您是低保户或有特殊困难，可向我司申请减免部分利息。", "", ""),
]


def write_dev14b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV14B_FILE, (record(*message, dev=14) for message in MESSAGES))


if __name__ == "__main__":
    write_dev14b()
