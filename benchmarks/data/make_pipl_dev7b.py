"""Writes `pipl_dev7b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev7`, in voices
that batch has little of, and measured once before any rule was changed for it.

Voices: Hokkien in characters (汝, 閣, 毋), Hunanese and Sichuanese (堂客, 怀起了), Hong Kong Cantonese (個仔, 阿妹,
樓下停車場), WeChat voice messages turned to text, door-to-door visit records, classmates' and neighbours' chats, a
name and an address typed with a space between every character, robot scripts with keypad options, e-mails to HR,
letters from law firms, and identifiers split where a form or a line broke them (15 + 3, 11 + 7, 6 + 6 + 6). Families
by the id's first letter after `b-`, as in `make_pipl_dev7`.

First run, before any rule was tuned on it but after the tuning on `pipl_dev7` had begun (`python -m
benchmarks.eval_pii --set benchmarks/data/pipl_dev7b.jsonl --no-weibo`, 82 messages, 20 lawful):
`pii.unmasked_identifier` 1.000 / 1.000, `pii.third_party_disclosure` 1.000 / 1.000, `pii.sensitive` P 1.000 R 0.909
F1 0.952, `pii.excessive` P 1.000 R 0.786 F1 0.880, `pii.*` micro P 1.000 R 0.905 F1 0.950; structured ids 1.000 /
1.000; PERSON P/R 0.846/0.880, ADDRESS 1.000/0.600; no lawful message flagged. The misses: Sichuanese 怀起了, a
brother's intellect (智力有问题), loans at other platforms, a name and an address typed a character at a time, a
Cantonese workplace with the boss named (老细姓马), and an address dictated in a call.
After tuning (no longer independent): sensitive 1.000 / 1.000, excessive P/R 1.000/0.929, micro F1 0.992; the
dictated address without a name (x02) is left, as in `make_pipl_dev7`.

Labels and the tuple form are `make_pipl_dev7`'s. All people, lenders, numbers and places are invented.

`python -m benchmarks.data.make_pipl_dev7b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV7B_FILE = "pipl_dev7b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "sms", "debtor", "汝老爸彼个肝病閣咧食藥仔，汝猶閣毋還錢？", "", "S"),
    ("b-h02", "app", "debtor", "[语音转文字] 你那个 老丈人 不是 刚 装了 心脏 起搏器 嘛 你 还 让 他 操心", "", "S"),
    ("b-h03", "sms", "debtor", "你老婆做完甲状腺手术天天吃优甲乐，这个我们也知道。", "", "S"),
    ("b-h04", "notice", "debtor", "上门走访记录\n当事人：祁永年\n走访情况：当事人自称痛风发作卧床，邻居证实其近两月每周去县医院抽血复查。",
     "P:祁永年", "S"),
    ("b-p01", "sms", "debtor", "你屋里堂客怀起了噻，六个月了，你还在外头躲？", "", "S"),
    ("b-p02", "call", "debtor", "坐席：那个 你 你媳妇 上个月 在 妇幼 做的 那个 唐筛 结果 出来 了 吧\n客户：你怎么知道", "", "S"),
    ("b-p03", "sms", "debtor", "妳太太在月子中心住了一個月，十幾萬都花得起，欠款倒是不還。", "", "S"),
    ("b-m01", "sms", "debtor", "你儿子去年休学是因为抑郁，学校那边我们也问过了。", "", "S"),
    ("b-m02", "app", "debtor", "[语音转文字] 你 媳妇 那个 精神 不太好 天天 吃 奥氮平 我们 都 晓得", "", "S"),
    ("b-m03", "sms", "debtor", "你老母成日自言自語，係咪老人痴呆？你仲唔返去睇下。", "", "S"),
    ("b-d01", "sms", "debtor", "你爸那条腿是假肢，走路一颠一颠的，你忍心？", "", "S"),
    ("b-d02", "call", "debtor", "坐席：你 弟弟 不是 智力 有 问题 嘛 我们 跟 他 说 他 也 听 不懂\n客户：你别欺负他", "", "S"),
    ("b-d03", "sms", "debtor", "你阿妹係失明人士，我哋打俾佢都冇用，只可以搵你。", "", "S"),
    ("b-c01", "sms", "debtor", "你孩子在城南中学初三（4）班，班主任姓方，对吧？", "", "S"),
    ("b-c02", "app", "debtor", "[语音转文字] 你 那个 小 闺女 在 向阳 幼儿园 小班 每天 下午 四点半 接 对吧", "", "S"),
    ("b-c03", "sms", "debtor", "你個仔喺將軍澳嗰間中學讀中二，每朝七點半出門。", "", "S"),
    ("b-c04", "sms", "debtor", "你外孙在县实验小学上二年级，每天是他外婆骑电动车接的吧。", "", "S"),
    ("b-w01", "sms", "debtor", "你这个月一直住在你前妻那边，白天在楼下小卖部打牌，我们都看着呢。", "", "S"),
    ("b-w02", "call", "debtor", "坐席：你 昨天 晚上 九点 多 是 不是 在 万达 楼下 吃 烧烤\n客户：你们跟踪我？", "", "S"),
    ("b-w03", "sms", "debtor", "你嗰架車日日停喺屋企樓下停車場B2，我哋啲人見到。", "", "S"),
    ("b-w04", "sms", "debtor", "你上个月去了两趟澳门，住的都是威尼斯人，别说没钱。", "", "S"),
    ("b-w05", "notice", "debtor", "外访记录\n被访人：喻德胜\n情况：被访人现借住其表弟处，每日上午十点后出门，常去镇上茶馆。", "P:喻德胜", "S"),
    ("b-f01", "sms", "debtor", "你微信里还有一万二的零钱，支付宝也有好几千，先还我们的。", "", "S"),
    ("b-f02", "sms", "debtor", "你老公在农行那张卡每月十五号进账八千多，家里不缺钱吧。", "", "S"),
    ("b-f03", "email", "debtor", "蓝先生：\n经核实，您名下另有股票账户一个，持仓市值约十二万元。请优先清偿本司欠款。", "", "S"),
    ("b-f04", "sms", "debtor", "你在别的几个平台一共借了八万多，都逾期了，我们这边也查得到。", "", "S"),
    ("b-r01", "sms", "debtor", "你每个礼拜五都去清真寺做主麻，真主也要你还钱吧？", "", "S"),
    ("b-r02", "sms", "debtor", "你老公在庙里当居士，天天念经，欠的钱就不念了？", "", "S"),
    ("b-r03", "sms", "debtor", "你們全家都係天主教徒，每個禮拜日都去望彌撒。", "", "S"),
    ("b-k01", "sms", "debtor", "你以前因为打架被判过缓刑，现在又欠钱不还。", "", "S"),
    ("b-k02", "app", "debtor", "[语音转文字] 你 前年 赌博 被 拘留 过 十 天 对吧 这个 事 你 单位 知道 吗", "", "S"),
    ("b-k03", "sms", "debtor", "你是刑满释放人员，找工作不容易，我们理解，但钱得还。", "", "S"),
    ("b-x01", "sms", "debtor", "龍家偉，你喺葵涌貨櫃碼頭做吊機司機，你老細姓馬，我哋搵得到。", "P:龍家偉", "X"),
    ("b-x02", "call", "debtor", "坐席：你 住 的 是 不是 那个 金色 家园 九 栋 一单元 六零二\n客户：你们想干嘛",
     "A:金色 家园 九 栋 一单元 六零二", "X"),
    ("b-x03", "sms", "debtor", "你姐夫叫鲍国兴，在县交通局上班，要不要我们去问问他？", "P:鲍国兴", "X"),
    ("b-x04", "sms", "debtor", "你侄女常晓雨在省人民医院当护士，我们可以去找她聊聊。", "P:常晓雨", "X"),
    ("b-x05", "notice", "debtor", "催款函\n债务人：符海林\n住址：海口市龙华区滨海大道105号百方广场18楼\n工作单位：海南某物流公司\n请于五日内还款。",
     "P:符海林|A:海口市龙华区滨海大道105号百方广场18楼", "X"),
    ("b-x06", "sms", "debtor", "柯 建 雄，廈 門 市 思 明 區 湖 濱 南 路 90 號，欠 錢 不 還，你 自 己 想 清 楚。",
     "P:柯 建 雄|A:廈 門 市 思 明 區 湖 濱 南 路 90 號", "X"),
    ("b-x07", "sms", "debtor", "你老婆叫傅晓玲，你儿子叫傅天宇，我们连名字都有，你还想躲？", "P:傅晓玲|P:傅天宇", "X"),
    ("b-x08", "app", "debtor", "【优享借】借款人巫建业，单位：顺通快递城西分部，已逾期60天，请立即还款。", "P:巫建业", "X"),
    ("b-x09", "call", "debtor", "坐席：你 在 那个 红星 美凯龙 卖 瓷砖 是吧 你们 店长 我们 认识\n客户：别去店里", "", "X"),
    ("b-x10", "sms", "debtor", "你小舅子邵明辉在开发区开了个汽修店，生意不错，要不要找他帮你还？", "P:邵明辉", "X"),
    ("b-x11", "sms", "debtor", "臧立新，你在西安市雁塔区科技路48号创业广场上班，我们下周过去找你。",
     "P:臧立新|A:西安市雁塔区科技路48号创业广场", "X"),
    ("b-x12", "email", "debtor", "温先生：\n您的妻子车美华（就职于市第三中学）已被登记为本笔借款的紧急联系人。请尽快处理欠款。", "P:车美华", "X"),
    ("b-x13", "sms", "debtor", "你大伯叫晏長福，住喺元朗，我哋會上去搵佢傾下。", "P:晏長福", "X"),
    ("b-x14", "sms", "debtor", "你女婿俞志峰在建行当客户经理吧，你的事要不要跟他说说？", "P:俞志峰", "X"),
    ("b-t01", "notice", "third_party", "致宏盛机械厂办公室：\n贵厂职工芮德明在我司借款逾期，欠款本息合计21,600元，请贵厂督促其还款。", "P:芮德明", "T"),
    ("b-t02", "call", "third_party", "坐席：喂 你好 是 芮德明 的 邻居 吧\n第三方：是啊\n坐席：他 欠 我们 平台 一万 多 快 半年 了 你 见到 他 跟 他 说 一声",
     "P:芮德明", "T"),
    ("b-t03", "app", "third_party", "[同学群] 各位老同学，咱们班的詹国强在网贷平台欠了三万多跑路了，谁有他的消息？", "P:詹国强", "T"),
    ("b-t04", "sms", "third_party", "阿叔你好，你个仔甘志文喺我哋公司借咗兩萬蚊，過咗期都未還，麻煩你叫佢覆電話。", "P:甘志文", "T"),
    ("b-t05", "sms", "third_party", "房东你好，租你房子的那个韦丽萍欠了我们八千块钱，逾期三个月了，你让她赶紧处理。", "P:韦丽萍", "T"),
    ("b-t06", "email", "third_party", "人事部负责人：\n贵司员工盛晓东在我司信用贷款已逾期，欠款12,800元，其近期因腰椎手术住院。请协助转告。",
     "P:盛晓东", "TS"),
    ("b-t07", "call", "third_party", "坐席：喂 你好 是 武建平 的 同事 吧\n第三方：对 你找他干嘛\n坐席：他 在 我们 这 的 贷款 逾期 了 你们 领导 在 吗",
     "P:武建平", "T"),
    ("b-t08", "sms", "third_party", "鄰居你好，住喺你隔籬嘅孔志豪欠我哋錢唔還，見到佢叫佢打返嚟。", "P:孔志豪", "T"),
    ("b-u01", "sms", "debtor", "你的身份证号350203198711225 22X我们已经提交给律师了。", "I:350203198711225 22X", "U"),
    ("b-u02", "call", "debtor", "坐席：你 手机 是 不是 幺八六 洞七五幺 两两四三\n客户：是", "M:幺八六 洞七五幺 两两四三", "U"),
    ("b-u03", "notice", "debtor", "律师函\n被函告人：褚海龙\n身份证号：44010619760\n203875X\n请于十日内清偿。", "P:褚海龙|I:44010619760\n203875X", "U"),
    ("b-u04", "app", "debtor", "【金满借】您尾号不是1194，您的完整卡号为6217 0038 7981 1351 194，请核对。", "B:6217 0038 7981 1351 194", "U"),
    ("b-u05", "sms", "debtor", "你的證件號碼２１０２０２１９８７１００８１５８９我哋已經記錄。", "I:２１０２０２１９８７１００８１５８９", "U"),
    ("b-u06", "call", "debtor", "坐席：身份证 三七洞幺洞两 幺勾八五洞三两六 八四两叉 是吧\n客户：嗯", "I:三七洞幺洞两 幺勾八五洞三两六 八四两叉", "U"),
    ("b-u07", "email", "debtor", "主题：账户信息\n您的还款卡：6225-8899-6784-9179-646，证件号：320583 199505 112125。", "B:6225-8899-6784-9179-646|I:320583 199505 112125", "U"),
    ("b-u08", "sms", "debtor", "你个新号码189-7441-0523我哋都查到，唔好再避。", "M:189-7441-0523", "U"),
    ("b-n01", "sms", "debtor", "【金满借】您尾号1194的还款卡今日扣款成功，本期已结清。", "", ""),
    ("b-n02", "sms", "debtor", "您好，您的身份证号3205**********2125已完成实名认证。", "", ""),
    ("b-n03", "call", "debtor", "坐席：您好 这里 是 金满借 智能 客服 您的 账单 已 出 如需 分期 请 按 一 人工 请 按 零\n客户：（按键1）", "", ""),
    ("b-n04", "sms", "debtor", "您好，我是贷后专员小杭，有事打我手机13675218840，工作日都在。", "P:小杭|M:13675218840", ""),
    ("b-n05", "call", "debtor", "客户：我刚做完手术在家休养，能不能缓几天\n坐席：可以的 我们 给 您 登记 延期 七天 祝您 早日 康复", "", ""),
    ("b-n06", "sms", "debtor", "您好，您的快递单号YT8847192036655已签收，如有疑问请联系快递员。", "", ""),
    ("b-n07", "sms", "debtor", "【优享借】本公司地址：厦门市思明区鹭江道8号国际银行大厦12楼，如需面谈请预约。",
     "A:厦门市思明区鹭江道8号国际银行大厦12楼", ""),
    ("b-n08", "sms", "debtor", "您好，您的借据号LN202612040088对应的账单已逾期3天，请尽快还款。", "", ""),
    ("b-n09", "sms", "debtor", "您好，如家中有特殊困难，您可在APP内申请延期，我们将在三个工作日内审核。", "", ""),
    ("b-n10", "sms", "debtor", "你上礼拜说等年终奖，年终奖发了吧？发了先还一部分。", "", ""),
    ("b-n11", "sms", "third_party", "您好，我们有急事找盛先生，麻烦请他方便时回个电话，谢谢。", "", ""),
    ("b-n12", "email", "debtor", "主题：还款提醒\n尊敬的客户：\n您本期应还2,380元，还款日为12月18日。如有疑问请致电0592-55120388。",
     "L:0592-55120388", ""),
    ("b-n13", "sms", "debtor", "您好，本平台对孕产期、重病客户提供延期还款服务，详情请咨询客服。", "", ""),
    ("b-n14", "sms", "debtor", "您好，您的订单号 3501 2026 1204 8873 已完成支付。", "", ""),
    ("b-n15", "call", "debtor", "客户：我信基督的 不会 赖账\n坐席：好的 那 您 看 这个月 什么 时候 方便 还款", "", ""),
    ("b-n16", "sms", "debtor", "您好，您的还款已到账2,000元，剩余应还1,380元。", "", ""),
    ("b-n17", "sms", "debtor", "您好，我司承诺不会向您的家人、单位透露任何借款信息。", "", ""),
    ("b-n18", "sms", "debtor", "您嘅還款日係每月二十號，有困難可以打熱線傾分期。", "", ""),
    ("b-n19", "sms", "debtor", "您好，您的医疗分期本期应还560元，请于15日前还款。", "", ""),
    ("b-n20", "sms", "debtor", "您好，您在APP中上传的工作证明已审核通过，感谢配合。", "", ""),
]


def write_dev7b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV7B_FILE, (record(*message, dev=7) for message in MESSAGES))


if __name__ == "__main__":
    write_dev7b()
