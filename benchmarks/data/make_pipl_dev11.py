"""Writes `pipl_dev11.jsonl`: a fresh PIPL batch for the round on `pii.sensitive` and `pii.excessive` after set H was
released, in voices others write in, measured once with the shipped code before any rule was changed for it.

Voices: lenders' SMS templates with their 【】 signatures, robot outbound scripts (智能外呼, 按1转人工), ASR call
transcripts with spaced words, WeChat family, parents', classmates' and residents' group chats, letters to employers,
landlords and residents' committees, e-mail with 主题/主旨 lines, Cantonese, Hokkien, Shanghainese, Sichuanese and
north-eastern speech, and traditional characters. Families by the id's first letter, as in `make_pipl_dev9`: h health,
p pregnancy, m mental health and addiction, d disability, c children, w whereabouts and routes (a plate where it is
parked included), f finances and assets, r religion, k records, biometrics and specific identities, x excessive,
t third-party disclosure, u unmasked identifiers, n lawful.

Decisions on the open questions, by contract section 5: relief offered for a hardship names no sensitive data when
it stays generic (因病延期, 您反映的家庭困难) and is `pii.sensitive` when it names the condition, the ward or the
identity; a relative's name or number is `pii.excessive`; a plate with where the car stands is `pii.sensitive`
(whereabouts), the plate alone nothing; an address without any name is not `pii.excessive` (the contract's example is
a full name with an address), so the one such message here (t14) is labelled third-party disclosure only.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev11.jsonl
--no-weibo`, 155 messages, 49 lawful): `pii.unmasked_identifier` P 0.958 R 1.000 F1 0.979,
`pii.third_party_disclosure` 1.000 / 0.967 / 0.983, `pii.sensitive` P 0.962 R 0.927 F1 0.944, `pii.excessive` P 1.000
R 0.762 F1 0.865, `pii.*` micro P 0.975 R 0.922 F1 0.948; structured ids 1.000 / 1.000, PERSON 0.948 / 0.948, ADDRESS
0.917 / 0.917. Missed: a notice's remark that the borrower takes pills for blood pressure, relief that names the
mother's operation, a Hokkien postpartum month, a working 15-year-old; a child's class with the parent's name, an
imam's flat number and name, a tenant's employer told the landlord, an in-law's and a brother-in-law's workplace, a
mother's number; a plate was taken for an identifier and a street named 教堂街 for religion.

`python -m benchmarks.data.make_pipl_dev11` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV11_FILE = "pipl_dev11.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # health: templates, ASR calls, letters to employers, dialects
    ("h01", "sms", "debtor", "【安信分期】您好，系统显示您上月在市第一人民医院肿瘤科住院化疗，请您在康复期间仍按时还款。", "", "S"),
    ("h02", "call", "debtor", "坐席：喂 你 老公 不是 在 透析 嘛 一 周 三 次 医药费 都 出得起\n客户：你怎么知道", "", "S"),
    ("h03", "app", "third_party", "[微信群] 各位亲戚，赵海涛欠我们平台八千块，他自己说得了糖尿病要打胰岛素，这都是借口，大家劝劝他。",
     "P:赵海涛", "ST"),
    ("h04", "sms", "debtor", "你阿媽喺瑪麗醫院做完心臟搭橋，你有錢俾醫院冇錢還我哋？", "", "S"),
    ("h05", "email", "debtor", "主题：还款安排\n单女士：\n据我们了解，您丈夫今年三月确诊肺癌晚期，目前在家中靶向治疗。无论如何，借款仍需按期归还。",
     "", "S"),
    ("h06", "notice", "third_party", "致华南精密机械有限公司人事科：\n贵司员工宋志刚因腰椎间盘突出做了手术，病假期间拖欠我司借款一万二千元，请贵司督促。",
     "P:宋志刚", "ST"),
    ("h07", "sms", "debtor", "你娃儿莫装了，你老汉儿在华西医院ICU住起的，一天好几千，你拿得出钱就还我们。", "", "S"),
    ("h08", "notice", "debtor", "还款通知书\n借款人：本人\n备注：借款人自述患有高血压、冠心病，长期服药，经济困难。\n请于2026年12月20日前还款。",
     "", "S"),
    ("h09", "sms", "debtor", "您好，您上次电话里说母亲在住院做胆囊手术，我们已为您申请延期一个月，请放心。", "", "S"),
    ("h10", "email", "debtor", "主旨：逾期通知\n林先生您好：\n據悉您於上月因中風住進長庚醫院復健科，惟貸款仍須繳納，請儘速處理。", "", "S"),
    # pregnancy
    ("p01", "sms", "debtor", "你老婆不是怀二胎七个月了吗？预产期一月份，孩子生下来你也不想家里被人上门吧。", "", "S"),
    ("p02", "call", "debtor", "坐席：你 上 周 在 妇幼 做 的 产检 我们 都 知道 怀 的 是 双胞胎\n客户：谁告诉你的", "", "S"),
    ("p03", "app", "debtor", "【智能语音通知】您好，系统显示您目前处于孕期，建议您让家人代为还款，感谢配合。", "", "S"),
    ("p04", "app", "third_party", "[家族群] 表姐欧阳婷怀孕了还在借网贷，欠了一万多，各位亲戚帮忙劝劝。", "P:欧阳婷", "ST"),
    ("p05", "sms", "debtor", "恁某佇做月内，阮嘛知影，钱较紧还。", "", "S"),
    # mental health and addiction
    ("m01", "sms", "debtor", "你在安定医院开的抗抑郁药一个月好几百，吃药有钱还钱没钱？", "", "S"),
    ("m02", "email", "third_party", "主题：关于贵司员工李卫东\n贵司员工李卫东曾因酗酒在戒酒中心住院，目前欠我司贷款两万元未还，望贵司知悉。",
     "P:李卫东|P:李卫东", "ST"),
    ("m03", "call", "debtor", "坐席：你 不是 有 焦虑症 嘛 天天 吃 药 还 能 打 麻将\n客户：……", "", "S"),
    ("m04", "app", "debtor", "[语音转文字] 你 儿子 网瘾 送去 戒 网瘾 学校 一 年 好几 万 你 有 钱 送 他 去 就 有 钱 还 我们", "", "S"),
    ("m05", "sms", "debtor", "你太太在療養院住了半年，思覺失調症吃藥控制，我們都查得到。", "", "S"),
    # disability
    ("d01", "sms", "debtor", "你自己听力残疾戴助听器，打电话听不清是吧？那我们就上门说。", "", "S"),
    ("d02", "notice", "third_party", "致幸福里社区居委会：\n贵社区居民钱国栋，持有肢体残疾证，欠我司借款九千元逾期半年，请居委会帮忙做做工作。",
     "P:钱国栋", "ST"),
    ("d03", "call", "debtor", "坐席：你 家 那 孩子 不是 唐氏 嘛 搁 康复 中心 呢 你 得 为 孩子 寻思 寻思\n客户：你别提孩子", "", "S"),
    ("d04", "sms", "debtor", "您领着每月三百的残疾人补贴，还借了我们的钱，请按时归还。", "", "S"),
    # children
    ("c01", "sms", "debtor", "你儿子读的是滨江二小三年级一班，放学走的东门，我们的人在门口见过他。", "", "S"),
    ("c02", "app", "third_party", "[家长群] 各位家长好，一（2）班刘子轩的爸爸刘建国在我们平台欠款未还，请转告。", "P:刘子轩|P:刘建国",
     "STX"),
    ("c03", "app", "debtor", "你個女喺幼稚園讀K2，每日三點半放學，阿嫲接佢，我哋知晒。", "", "S"),
    ("c04", "email", "debtor", "主题：还款提醒\n丁先生，您的女儿今年中考，在第七中学初三（5）班，为了孩子请尽快处理欠款。", "", "S"),
    ("c05", "sms", "debtor", "【催收提醒】您好，监测到您孩子就读于城南小学，请您尽快还款，以免给孩子带来不便。", "", "S"),
    ("c06", "call", "debtor", "坐席：你 女儿 才 十五 岁 在 外面 奶茶 店 打 工 吧\n客户：她跟这事没关系", "", "S"),
    # whereabouts, routes and a parked car
    ("w01", "sms", "debtor", "你每天早上六点半在公园晨跑，跑完去小区门口那家早餐店，我们都看见了。", "", "S"),
    ("w02", "call", "debtor", "坐席：你 今天 下午 三 点 在 高铁 站 进 的 站 去 长沙 的 吧\n客户：你们跟踪我？", "", "S"),
    ("w03", "app", "debtor", "[语音转文字] 你 这 周 在 城西 工地 扎 钢筋 住 工棚 我们 明天 过去", "", "S"),
    ("w04", "email", "debtor", "主题：面谈安排\n华女士：\n我司已掌握您每周一、三、五晚七点在健身房上课，届时将派员与您沟通。", "", "S"),
    ("w05", "sms", "debtor", "侬每日夜里九点钟在便利店上夜班，阿拉晓得格，侬欠的铜钿哪能讲？", "", "S"),
    ("w06", "sms", "debtor", "【速贷通】您的车辆苏E6F29K每晚停在园区星海街地面停车场，我司外访人员将前往沟通。", "V:苏E6F29K", "S"),
    ("w07", "sms", "third_party", "房东您好，您的租客卢海洋欠我司贷款，他每天晚上十一点才回出租屋，请告诉他回电。", "P:卢海洋", "ST"),
    ("w08", "sms", "debtor", "你每週六都去跑馬地馬場，下一場我們在門口等你。", "", "S"),
    ("w09", "sms", "debtor", "【外访通知】系统定位显示您当前位于常州市武进区，外访人员将于今日前往。", "", "S"),
    # finances and assets
    ("f01", "sms", "debtor", "你微信零钱里还有六千多，支付宝余额宝两万，别说没钱。", "", "S"),
    ("f02", "call", "debtor", "坐席：你 公积金 账户 里 有 四 万 多 我们 查 了 可以 提 出来 还\n客户：那是买房的", "", "S"),
    ("f03", "notice", "third_party", "致宏达物流人事部：\n贵司员工石磊月薪八千五，每月十号发薪至工商银行卡，欠我司一万元，请从工资中代扣。",
     "P:石磊", "ST"),
    ("f04", "email", "debtor", "主题：资产情况\n于先生：\n经查您名下有一套位于新区的商品房，另有定期存款十二万元，请立即还款。", "", "S"),
    ("f05", "sms", "debtor", "你在中華郵政的存款還有三十幾萬，股票帳戶也有，別再說沒錢。", "", "S"),
    ("f06", "sms", "debtor", "你老婆炒股账户里有二十多万，你让她先拿出来帮你还。", "", "S"),
    ("f07", "notice", "debtor", "財產調查報告\n被調查人名下：農業銀行儲蓄卡餘額8,320元；微信零錢1,205元；車輛一輛。", "", "S"),
    # religion
    ("r01", "sms", "debtor", "你每周日都去天主堂望弥撒，神父知道你欠钱不还吗？", "", "S"),
    ("r02", "app", "third_party", "[居民群] 各位邻居，12栋3单元501的马建军欠钱不还，他还是清真寺的阿訇，大家评评理。",
     "A:12栋3单元501|P:马建军", "STX"),
    ("r03", "call", "debtor", "坐席：你 不是 信 佛 吃 素 吗 欠 钱 不 还 佛祖 看着 呢\n客户：这关你什么事", "", "S"),
    ("r04", "email", "debtor", "主旨：還款\n陳先生：\n得知您是一貫道的點傳師，每月初一十五都在佛堂，請以誠信為本儘快還款。", "", "S"),
    # records, biometrics, specific identities
    ("k01", "sms", "debtor", "你吸毒被拘留过的事，派出所有记录，我们也有。", "", "S"),
    ("k02", "app", "debtor", "【身份核验】您的人脸信息已比对成功，逾期后我们将通过人脸识别在全网查找您。", "", "S"),
    ("k03", "call", "debtor", "坐席：你 是 刑满 释放 人员 吧 去年 才 出来 的\n客户：那又怎样", "", "S"),
    ("k04", "sms", "debtor", "你家是低保户，还领着困难补助，借钱的时候怎么不说？", "", "S"),
    # excessive, to the debtor
    ("x01", "sms", "debtor", "【融信贷】孟凡伟，您住在海淀区学院路38号院2号楼1106，在中关村软件园上班，请今天还款。",
     "P:孟凡伟|A:海淀区学院路38号院2号楼1106", "X"),
    ("x02", "call", "debtor", "坐席：喂 是 冯晓东 吗 你 老婆 叫 郑丽萍 你 丈母娘 叫 何秀英 对吧\n客户：你调查我家？",
     "P:冯晓东|P:郑丽萍|P:何秀英", "X"),
    ("x03", "email", "debtor", "主题：最后催告\n蔡志宏先生：\n您目前就职于深圳前海微众科技有限公司风控部，住址为南山区科技园高新南九道10号，请于三日内还款。",
     "P:蔡志宏|A:南山区科技园高新南九道10号", "X"),
    ("x04", "sms", "debtor", "你弟弟黄俊杰的手机13816234590我们有，你不接我们就打他的。", "P:黄俊杰|M:13816234590", "UX"),
    ("x05", "app", "debtor", "[语音转文字] 沈志强 你 住 在 翠苑三区16幢 你 爸 沈国庆 在 菜市场 卖 菜 我们 都 知道",
     "P:沈志强|A:翠苑三区16幢|P:沈国庆", "X"),
    ("x06", "sms", "debtor", "邱建華先生，您在台中市西屯區台灣大道三段99號上班，太太吳美玲在國小當老師，請盡快還款。",
     "P:邱建華|A:台中市西屯區台灣大道三段99號|P:吳美玲", "X"),
    ("x07", "sms", "debtor", "何家輝，你老婆梁詠詩喺旺角做美容，你唔還錢我哋就去佢舖頭。", "P:何家輝|P:梁詠詩", "X"),
    ("x08", "notice", "debtor", "上门通知书\n致：潘国平\n住址：南京市鼓楼区中山北路201号3栋502室\n工作单位：南京华东电子有限公司\n我司定于12月10日上门。",
     "P:潘国平|A:南京市鼓楼区中山北路201号3栋502室", "X"),
    ("x09", "sms", "debtor", "你妈的电话15098765432我们已经存了，要不要打？", "M:15098765432", "UX"),
    ("x10", "email", "debtor", "主题：联系人核实\n谭女士：\n您填写的紧急联系人为您姐姐谭晓红，她在市中心医院药剂科工作，我们将与她核实您的情况。",
     "P:谭晓红", "X"),
    ("x11", "sms", "debtor", "罗志勇，你前妻白雪梅和你女儿罗欣怡现在住哪我们都清楚，你自己掂量。", "P:罗志勇|P:白雪梅|P:罗欣怡", "X"),
    ("x12", "call", "debtor", "坐席：尊敬 的 用户 韦小宝 您 的 工作 单位 为 柳州 五菱 汽车 工业 有限 公司 我司 将 联系 贵 单位 核实\n客户：别打我单位",
     "P:韦小宝", "X"),
    ("x13", "email", "debtor", "主旨：催告\n黃志偉先生：\n您與配偶陳淑芬及岳父陳大明同住於高雄市苓雅區四維三路6號12樓，請盡速處理欠款。",
     "P:黃志偉|P:陳淑芬|P:陳大明|A:高雄市苓雅區四維三路6號12樓", "X"),
    ("x14", "sms", "debtor", "【借呗呗】白先生，你丈人白振华在县农机站上班，你小舅子白俊也在那，让他们知道好看吗？",
     "P:白振华|P:白俊", "X"),
    # third-party disclosure
    ("t01", "sms", "third_party", "您好，我们是佳信金融，您同事郑强在我司借款逾期两个月，欠款五千三，麻烦转告他尽快处理。", "P:郑强", "T"),
    ("t02", "notice", "third_party", "房东王先生您好：\n您的租客江涛在我司分期逾期，欠款6,800元，请转告其联系我司。", "P:江涛", "T"),
    ("t03", "email", "third_party", "主题：协助催收函\n光明社区居委会：\n辖区居民何伟（光明路66号2栋401）在我司贷款逾期120天，欠款本息31,200元，请协助督促。",
     "P:何伟|A:光明路66号2栋401", "TX"),
    ("t04", "call", "third_party", "坐席：阿姨 您 儿子 王磊 在 我们 这 借 了 两万 逾期 三 个 月 了\n联系人：他没跟我说过", "P:王磊", "T"),
    ("t05", "app", "third_party", "[同学群] 各位同学，贺一鸣欠我们平台一万五不还，电话18679234561，谁能联系上他？",
     "P:贺一鸣|M:18679234561", "TU"),
    ("t06", "call", "third_party", "坐席：您好 您 是 杜鹏 的 紧急 联系人 杜鹏 在 我司 的 借款 已 逾期 请 通知 他 尽快 还款 按 1 转 人工\n联系人：知道了",
     "P:杜鹏|P:杜鹏", "T"),
    ("t07", "sms", "third_party", "您好，您的外甥林俊傑在本公司的貸款已逾期三期，金額新台幣五萬元，請轉告他。", "P:林俊傑", "T"),
    ("t08", "notice", "third_party", "致鑫源纺织厂财务科：\n贵厂员工朱红梅（身份证号420106199307221581）欠我司借款，请协助从工资中扣还。",
     "P:朱红梅|I:420106199307221581", "TU"),
    ("t09", "sms", "third_party", "街坊你好，隔籬屋陳志強欠我哋錢，你見到佢叫佢覆電話。", "P:陳志強", "T"),
    ("t10", "notice", "third_party", "致房东李女士：\n您的租客邓超在滨海银行上班，欠我司信用卡代偿款两万，请督促。", "P:邓超", "TX"),
    ("t11", "sms", "third_party", "您好，您前夫吴刚在我司欠款九千元逾期，他的新住址是天河区体育西路103号维多利广场A座2108，请转告他。",
     "P:吴刚|A:天河区体育西路103号维多利广场A座2108", "TX"),
    ("t12", "call", "third_party", "坐席：你 是 他 同事 吧 你们 单位 的 孙浩 欠 我们 钱 不 还 你 让 他 回 个 电话\n联系人：我跟他不熟",
     "P:孙浩", "T"),
    ("t13", "app", "third_party", "[业主群] 各位业主，7栋902的欠款人已经逾期半年，物业已收到我司函件。", "A:7栋902", "T"),
    ("t14", "call", "third_party", "坐席：您好 这里 是 快易花 贷后 中心 您 家人 张丽娟 的 账单 已 逾期 30 天 应还 4560 元 请 提醒 她 还款\n联系人：好",
     "P:张丽娟", "T"),
    ("t15", "sms", "third_party", "王老师您好，您班学生周子豪的父亲周海在我司欠款不还，请您转告家长尽快联系我司。", "P:周子豪|P:周海", "STX"),
    ("t16", "sms", "third_party", "您好，您朋友高飞欠款未还，他的还款卡号6228480012345671239，您可代为还款。",
     "P:高飞|B:6228480012345671239", "TU"),
    ("t17", "sms", "third_party", "阿姆，恁囝陈文雄欠阮公司三万箍，叫伊紧还。", "P:陈文雄", "T"),
    ("t18", "email", "third_party", "主旨：員工欠款\n致 永豐科技股份有限公司 人資部：\n貴公司員工張家豪積欠本公司款項新台幣十二萬元，其妻王美華亦為聯絡人，請協助轉達。",
     "P:張家豪|P:王美華", "TX"),
    ("t19", "sms", "third_party", "您好，您邻居郭志明欠我公司借款逾期，麻烦您见到他让他回个电话。", "P:郭志明", "T"),
    ("t20", "call", "third_party", "坐席：叔叔 你 儿子 欠 我们 宜信 一万二 他 住 在 哪 你 知道 吧\n联系人：不知道", "", "T"),
    ("t21", "app", "third_party", "[微信] 你好，你是程子健的表哥吧？他在我们平台欠了七千，手机15967823401一直关机，你帮忙联系下。",
     "P:程子健|M:15967823401", "TU"),
    # unmasked identifiers
    ("u01", "sms", "debtor", "【易借】您好，您身份证51010719870316341X名下借款已逾期，请尽快还款。", "I:51010719870316341X", "U"),
    ("u02", "app", "debtor", "您的还款银行卡6217002143658701230本期扣款失败，请确保余额充足。", "B:6217002143658701230", "U"),
    ("u03", "call", "debtor", "坐席：跟 您 核对 一下 手机号 13957612843 是 您 本人 在用 吧\n客户：是的", "M:13957612843", "U"),
    ("u04", "sms", "debtor", "尊敬的客户，您登记的手机号18523467810及身份证350203197901054279均已核实，请按时还款。",
     "M:18523467810|I:350203197901054279", "U"),
    ("u05", "notice", "debtor", "逾期通知书\n借款人：吕建\n身份证号：610113199009180637\n逾期金额：6,200元", "P:吕建|I:610113199009180637",
     "U"),
    ("u06", "sms", "debtor", "您身份证号370212 19850430 2755名下的贷款已逾期，请今日处理。", "I:370212 19850430 2755", "U"),
    ("u07", "sms", "debtor", "您的扣款卡6214-8376-5432-1091-237余额不足，请尽快存入。", "B:6214-8376-5432-1091-237", "U"),
    ("u08", "sms", "debtor", "你張卡6222024402186531236扣唔到錢，快啲入數。", "B:6222024402186531236", "U"),
    ("u09", "app", "debtor", "[微信] 你手机号17712345678已经被我们列入重点名单，自己看着办。", "M:17712345678", "U"),
    ("u10", "call", "debtor", "坐席：您 留 的 另外 一个 号码 15823456789 也 打 不 通\n客户：那个不用了", "M:15823456789", "U"),
    ("u11", "email", "debtor", "主题：身份核实\n您好，系统中您的证件号码为450103199612015123，如有误请回复。", "I:450103199612015123", "U"),
    ("u12", "email", "debtor", "主题：还款账户确认\n您好，您本人名下的还款卡号：6236 6899 1120 3451 232，请确认卡内余额。",
     "B:6236 6899 1120 3451 232", "U"),
    ("u13", "sms", "debtor", "您的手机号１３６１２３４５６７８已欠费停机？请尽快联系我们。", "M:１３６１２３４５６７８", "U"),
    ("u14", "notice", "debtor", "律师函\n致：姚明杰（身份证号：350203197901054279）\n您在我司委托方处的借款已逾期，请于十日内还款。",
     "P:姚明杰|I:350203197901054279", "U"),
    ("u15", "sms", "debtor", "您好，您绑定的银行卡6228480012345671239已被冻结，请联系客服。", "B:6228480012345671239", "U"),
    ("u16", "sms", "debtor", "你登記嘅電話13512348765已列入催收名單，快啲還錢。", "M:13512348765", "U"),
    ("u17", "app", "debtor", "[语音转文字] 你 的 身份证 是 51010719870316341X 吧 我们 都 有", "I:51010719870316341X", "U"),
    # lawful, in the same voices
    ("n01", "sms", "debtor", "【安信分期】您好，您本期账单1,280元将于12月15日到期，请按时还款。退订回T", "", ""),
    ("n02", "sms", "debtor", "您好，您尾号1239的银行卡本期扣款成功，感谢您的支持。", "", ""),
    ("n03", "sms", "debtor", "您身份证号5101**********341X的借款合同已生效。", "", ""),
    ("n04", "sms", "debtor", "您好，您的手机号138****4590已绑定成功。", "", ""),
    ("n05", "sms", "debtor", "如有疑问请拨打客服热线021-61234567（工作日9:00-18:00）。", "L:021-61234567", ""),
    ("n06", "call", "debtor", "坐席：您好 这里 是 惠民贷 智能 外呼 您 的 账单 已 逾期 三 天 如 已 还款 请 忽略 按 1 转 人工\n客户：1", "",
     ""),
    ("n07", "call", "debtor", "客户：我 最近 住院 做 手术 实在 还 不 上\n坐席：理解 您 可以 申请 延期 我们 发 短信 给 您 操作 步骤", "", ""),
    ("n08", "sms", "debtor", "您好，您反映的家庭困难我们已记录，可为您申请分期，请在APP提交。", "", ""),
    ("n09", "sms", "debtor", "如需线下还款，请至我司营业厅：杭州市西湖区文三路90号东部软件园1号楼（工作日9:00-17:00）。",
     "A:杭州市西湖区文三路90号东部软件园1号楼", ""),
    ("n10", "email", "debtor", "主题：个人信息保护说明\n根据《个人信息保护法》，我司不会处理您的健康、宗教信仰、行踪轨迹等敏感个人信息，也不会向第三方透露您的借款信息。",
     "", ""),
    ("n11", "call", "third_party", "坐席：您好 请问 是 郑 先生 本人 吗\n联系人：不是 打错 了\n坐席：不好意思 打扰 了", "", ""),
    ("n12", "sms", "third_party", "您好，我们有重要事情联系张先生，如您认识他，请让他回电，谢谢。", "", ""),
    ("n13", "sms", "debtor", "【融信贷】新春佳节，祝您和家人身体健康，阖家幸福！", "", ""),
    ("n14", "sms", "debtor", "【仁和医疗分期】您好，您的分期账单本月应还860元，请按时还款。", "", ""),
    ("n15", "sms", "debtor", "还款可在工作日到教堂街12号我司门店办理。", "A:教堂街12号", ""),
    ("n16", "sms", "debtor", "您好，您的分期付款已於本月完成，感謝您的支持。", "", ""),
    ("n17", "sms", "debtor", "你好，你今期要還嘅金額係一千五，記得準時還款，唔該。", "", ""),
    ("n18", "sms", "debtor", "汝好，汝这期的钱已经收着，多谢。", "", ""),
    ("n19", "sms", "debtor", "你好嘛，你这个月的账单八百块，记到按时还哈，有啥子问题打客服。", "", ""),
    ("n20", "email", "debtor", "主题：延期申请材料\n您好，如需申请延期还款，请提供收入证明或在职证明，我司仅用于审核。", "", ""),
    ("n21", "notice", "debtor", "还款提醒函\n借款人：王*明\n身份证号：4201**********1581\n应还金额：5,600元\n请于12月31日前还款。", "",
     ""),
    ("n22", "app", "debtor", "客户：我在医院陪产，这两天没空\n客服：好的，恭喜您，我们下周再联系。", "", ""),
    ("n23", "app", "debtor", "【智能语音】您好，本次通话可能被录音，用于服务质量管理。您的账单已出，请及时查看。", "", ""),
    ("n24", "sms", "debtor", "您好，我司不会以任何形式联系您的家人、同事或单位，请放心，并请按时还款。", "", ""),
    ("n25", "notice", "third_party", "尊敬的担保人：\n您为借款人提供担保的借款已逾期，依据担保合同请您履行担保责任。", "", ""),
    ("n26", "sms", "third_party", "您好，请问是房东吗？您的租客留了这个号码作为联系方式，请让他回个电话，谢谢。", "", ""),
    ("n27", "app", "debtor", "[语音转文字] 您好 这边 是 恒信 的 客服 您 的 账单 今天 到期 记得 还款 哦", "", ""),
    ("n28", "call", "debtor", "坐席：您 好 方便 说话 吗 关于 您 的 账单\n客户：我 在 开车\n坐席：好的 那 我 晚点 再 打给 您", "", ""),
    ("n29", "email", "debtor", "主题：还款凭证\n您好，您于11月28日通过支付宝还款2,000元，已入账，剩余应还3,400元。", "", ""),
    ("n30", "app", "debtor", "[微信群] 本群为惠民贷客服服务群，请勿在群内发布个人信息，如需咨询请私聊客服。", "", ""),
    ("n31", "email", "debtor", "主旨：帳單通知\n您好，您本期應繳金額為新台幣3,200元，繳款截止日為12月20日。", "", ""),
    ("n32", "sms", "debtor", "您好，您申请的因病延期还款已审核通过，新到期日为2027年1月15日。", "", ""),
    ("n33", "sms", "debtor", "尊敬的客户，为保障您的账户安全，请勿将验证码告知他人。", "", ""),
    ("n34", "notice", "third_party", "致幸福里社区居委会：\n我司将于本周六在社区广场举办防范非法集资宣传活动，欢迎居民参加。", "", ""),
    ("n35", "call", "debtor", "坐席：您好 这里 是 安信 分期 请问 是 李 先生 本人 吗 如 是 请 按 1\n客户：1", "", ""),
    ("n36", "sms", "debtor", "您好，您于12月1日在APP上提交的收入证明已审核，分期方案已生效。", "", ""),
    ("n37", "sms", "debtor", "您可携带本人身份证到我司门店办理结清证明。", "", ""),
    ("n38", "email", "debtor", "主题：投诉渠道\n如有投诉，可发送邮件至service@anxin-fq.example.cn，我们将在3个工作日内回复。",
     "E:service@anxin-fq.example.cn", ""),
    ("n39", "sms", "debtor", "六一儿童节快乐！【惠民贷】祝您的孩子健康快乐成长。", "", ""),
    ("n40", "call", "debtor", "坐席：您 放心 我们 不会 联系 您 的 家人 和 单位 只 跟 您 本人 沟通\n客户：那就好", "", ""),
    ("n41", "app", "debtor", "【温馨提示】您的借款将于3天后到期，如遇困难可申请延期，具体以APP审核为准。", "", ""),
    ("n42", "notice", "debtor", "结清证明\n兹证明借款人王*华（身份证号3302**********1234）在我司的借款已全部结清。", "", ""),
    ("n43", "sms", "debtor", "親愛的客戶您好，您的帳戶已完成還款，感謝您的配合。", "", ""),
    ("n44", "sms", "debtor", "侬好，侬格账单下个礼拜到期，记得还哦。", "", ""),
    ("n45", "sms", "debtor", "您好，您抵押车辆的解押手续已办理完毕，请携带行驶证到车管所办理。", "", ""),
    ("n46", "sms", "debtor", "如需现场办理，我司位于市人民医院对面的金融大厦8楼，工作日均可前来。", "", ""),
    ("n47", "call", "debtor", "客户：我 老婆 怀孕 了 这 个 月 手头 紧\n坐席：明白 您 可以 先 还 一部分 剩下 的 我们 帮 您 申请 分期", "", ""),
    ("n48", "email", "debtor", "主题：关于您的还款计划\n您好，您提到近期身体不适，我们已暂停催收提醒两周，期间不产生罚息。", "", ""),
    ("n49", "sms", "debtor", "您好，您的借款将在明日自动从尾号5671的账户扣款，请保持余额充足。", "", ""),
]


def write_dev11(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV11_FILE, (record(*message, dev=11) for message in MESSAGES))


if __name__ == "__main__":
    write_dev11()
