"""Writes `pipl_dev16.jsonl`: a fresh PIPL batch for the round on `pii.sensitive` recall and `pii.excessive` precision
after sets J and K were released, in voices others write in, measured once with the shipped code before any rule was
changed for it.

Voices: lenders' SMS templates with 【】 signatures and 退订 tails, robot scripts (按1/按2), ASR call transcripts with
spaced words and fillers, WeChat family, school-parents', fellow-villagers', colleagues' and owners' group chats,
letters to employers, landlords and residents' committees, e-mail with 主题/主旨 lines, visit records and notices with
field lines, Cantonese, Sichuanese, north-eastern, Hokkien and Shanghainese speech, and traditional characters.
Families by the id's first letter, as in `make_pipl_dev14`: h health, p pregnancy, m mental health and addiction,
d disability, c children, w whereabouts and routines, f finances and assets, r religion, k records, biometrics and
specific identities, x excessive, t third-party disclosure, u unmasked identifiers, n lawful (among them the debtor's
own data given back where the message needs it, relief offers that name no condition, and a lender's own addresses).

Decisions, by contract section 5, as in `make_pipl_dev13` and `make_pipl_dev14`: a relative's name or number told to
the debtor is `pii.excessive`; the debtor's name with a home address or employer is `pii.excessive` unless the message
is a letter that needs it (the addressee line of a notice posted to that address, a change of address the debtor
asked for, confirmed back to them); the debtor's own name alone, or a masked name, is not; a condition named in a
relief the debtor asked for is `pii.sensitive` (it is still health data written out), a generic hardship is not.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev16.jsonl
--no-weibo`, 154 messages, 44 lawful, on 29bf19e): `pii.sensitive` P 0.918 R 0.833 F1 0.874, `pii.excessive` P 0.893
R 1.000 F1 0.943, `pii.third_party_disclosure` P 1.000 R 0.966 F1 0.982, `pii.unmasked_identifier` P 1.000 R 1.000
(first written with nine ids and cards whose check digits were wrong, R 0.667, micro F1 0.903; the numbers were then
given valid check digits, as every batch's are), `pii.*` micro P 0.944 R 0.922 F1 0.933. Missed sensitive: a son
boarding at a school home on Fridays, a Hokkien kindergarten pick-up, a morning flight and the airport, a nightly
barbecue stall told to an owners' group, gym evenings, a north-eastern market stall at four, foreign-currency savings,
a wife's bank and when she leaves work, a gambling-support group; missed disclosure: a guarantor told the arrears;
flagged: community health checks and a village vaccination day, a free clinic at a church, a hospital invoice
received, a mother's care home (excessive), a market stall (excessive), an owner's building told to the owners'
committee (excessive).

After the first run two labels were brought into line with the released sets and the rule packs' recorded decisions:
a guarantor told the borrower's arrears (first t09, now n45) is no disclosure (third_party.yml: the guarantee signed
provides for it), and an owner named with the building to the owners' committee (t21) is `pii.excessive`, as sets
E, G, H and I label a resident named with the flat to a building's or a community's body.

`python -m benchmarks.data.make_pipl_dev16` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV16_FILE = "pipl_dev16.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # health: the debtor's or a relative's condition, treatment, ward or medicine
    ("h01", "sms", "debtor", "【小象优品】尊敬的客户，了解到您近期在省人民医院血透室做透析，请保重身体，同时请于本周内归还逾期款1,460元。", "", "S"),
    ("h02", "call", "debtor", "坐席：呃 你 爸 那个 尿毒症 不是 一直 在 透析 嘛 那 你 也 不能 一直 拖 着 我们 这 边\n客户：你怎么知道的", "", "S"),
    ("h03", "app", "third_party", "[家长群] 各位家长，一年级二班龚雪梅妈妈欠我们平台八千块，听说她查出来宫颈癌了在做放疗，麻烦转告她联系我们。",
     "P:龚雪梅", "ST"),
    ("h04", "sms", "debtor", "你老汉儿痛风发了住进骨科病房嘛，我们都晓得，欠款还是得安排哈。", "", "S"),
    ("h05", "email", "debtor", "主旨：繳款提醒\n蕭先生您好：\n得知您母親因阿茲海默症入住長照機構，本公司深表關心，惟本期帳款新台幣九千元仍請於十日內繳納。", "", "S"),
    ("h06", "call", "debtor", "坐席：你 媳妇 不是 刚 做完 甲状腺 手术 吗 天天 吃 优甲乐 那 钱 你 总 得 还\n客户：……", "", "S"),
    ("h07", "sms", "debtor", "你阿爺中咗風喺瑪麗醫院ICU，我哋知，但係筆數都要搞掂。", "", "S"),
    ("h08", "app", "debtor", "[语音转文字] 你 那个 乙肝 大 三阳 的 事 我们 查 到 了 你 不 想 让 你 单位 知道 吧", "", "S"),
    ("h09", "notice", "third_party", "致恒瑞电子有限公司行政部：\n贵司员工鲍立新患有严重腰椎间盘突出，每周三下午请假做理疗，其在我司借款已逾期，请贵司督促还款。",
     "P:鲍立新", "ST"),
    ("h10", "sms", "debtor", "侬屋里厢老娘做好心脏搭桥还勒瑞金住院，阿拉晓得的，钞票还是要还。", "", "S"),
    ("h11", "call", "debtor", "坐席：您好 这里 是 借呗 智能 客服 系统 显示 您 因 白血病 正在 化疗 申请 延期 请 按 1 转 人工 请 按 2\n客户：1", "", "S"),
    ("h12", "sms", "debtor", "你家老太太老年痴呆天天往外跑，你有空照顾她，没空还钱？", "", "S"),
    ("h13", "app", "debtor", "[微信] 你不是在县中医院针灸科扎针治面瘫嘛，明天上午我们在门口等你。", "", "S"),
    # pregnancy and childbirth
    ("p01", "sms", "debtor", "你老婆做试管婴儿花了好几万吧，有这钱不先还我们？", "", "S"),
    ("p02", "call", "debtor", "坐席：你 那个 剖腹产 出院 也 一个 月 了 吧 月子 坐 完 了 该 处理 一下 了\n客户：你们怎么查我", "", "S"),
    ("p03", "app", "third_party", "[同事群] 财务部的邝丽娟怀了二胎在家保胎，她欠我们一万多，谁跟她熟的帮忙说一声。", "P:邝丽娟", "ST"),
    ("p04", "email", "debtor", "主旨：帳務通知\n您好，聽說您太太正在安胎，本公司仍需提醒您本期帳款已逾期二十天。", "", "S"),
    # mental health and addiction
    ("m01", "sms", "debtor", "你在七院住过精神科，这事你领导知道不？赶紧还钱。", "", "S"),
    ("m02", "call", "debtor", "坐席：你 那个 赌 瘾 戒 了 没 有 啊 上 回 不是 进 过 戒赌 互助 会 嘛\n客户：关你什么事", "", "S"),
    ("m03", "app", "third_party", "[老乡群] 谁跟牛振华熟？他吸过冰毒进过强戒所，现在欠我们三万，帮忙找一下。", "P:牛振华", "ST"),
    ("m04", "sms", "debtor", "您好，得知您有双相情感障碍正在服用碳酸锂，我们可以为您申请暂缓催收，请回复1。", "", "S"),
    # disability
    ("d01", "sms", "debtor", "你一只眼睛失明还能开网约车，那就能还钱。", "", "S"),
    ("d02", "call", "debtor", "坐席：你 儿子 自闭症 在 康复 中心 一 个 月 好几 千 我们 知道 你 困难 但\n客户：你别说我儿子", "", "S"),
    ("d03", "app", "third_party", "[村群] 坐轮椅的那个焦大勇欠我们公司五千，他截瘫在家，村里谁去他家帮我们说一下。", "P:焦大勇", "ST"),
    # children and minors
    ("c01", "sms", "debtor", "你女儿在实验小学四年级五班，每天下午四点半放学走东门，我们认识她。", "", "S"),
    ("c02", "call", "debtor", "坐席：你 小子 在 那个 博文 中学 住校 礼拜 五 下午 回家 对 吧\n客户：你们想干嘛", "", "S"),
    ("c03", "app", "debtor", "[微信] 你儿子每周六上午在少年宫学钢琴，九点到十一点，我们的人会去看看。", "", "S"),
    ("c04", "sms", "debtor", "恁查某囝佇幼稚园大班，逐工下晡四点阿嬷去载，阮攏知。", "", "S"),
    ("c05", "notice", "third_party", "致育英小学班主任：\n贵班学生邢浩宇的母亲邢玉芳拖欠我司贷款三万元，请老师转告家长尽快联系我司。",
     "P:邢浩宇|P:邢玉芳", "STX"),
    ("c06", "sms", "debtor", "你閨女今年才十五歲，在補習班學數學，你忍心讓她知道你欠錢？", "", "S"),
    ("c07", "call", "debtor", "坐席：你 家 老二 是 不 是 在 那个 阳光 托管 班 中午 在 那 吃饭\n客户：别碰我孩子", "", "S"),
    # whereabouts, routines and travel
    ("w01", "sms", "debtor", "你每天早上六点半在滨江公园跑步，跑完去对面早餐店吃面，我们都清楚。", "", "S"),
    ("w02", "call", "debtor", "坐席：你 这 礼拜 在 三亚 度假 住 的 是 亚龙湾 那 个 酒店 吧 有钱 旅游 没 钱 还款\n客户：……", "", "S"),
    ("w03", "app", "debtor", "[语音转文字] 你 每天 晚上 十点 下 夜班 从 厂 里 后门 出来 走 那 条 小路 回 宿舍", "", "S"),
    ("w04", "sms", "debtor", "你明早八点二十的航班飞成都，我们的同事在双流机场T2等你。", "", "S"),
    ("w05", "app", "third_party", "[业主群] 9栋的邬志远每天晚上都在小区门口的烧烤摊喝酒，他欠我们公司两万，大家碰到提醒他。", "P:邬志远", "ST"),
    ("w06", "email", "debtor", "主旨：外訪通知\n詹小姐：\n經查您每週一、三、五晚間於中山區健身房上課，本公司專員將於近日前往拜訪。", "", "S"),
    ("w07", "sms", "debtor", "你天天下午在老年活动中心打麻将，打到五点才回家，我们去那儿找你也行。", "", "S"),
    ("w08", "call", "debtor", "坐席：你 搁 那 批发 市场 卖 菜 早上 四 点 就 出 摊 了 我们 瞅 着 呢\n客户：瞅啥瞅", "", "S"),
    ("w09", "app", "debtor", "[微信] 你女朋友住的那个公寓我们知道了，你这几天晚上都睡在她那儿。", "", "S"),
    # finances and assets beyond what the message needs
    ("f01", "sms", "debtor", "你公积金账户里还有六万多，提出来还我们一点不行吗？", "", "S"),
    ("f02", "call", "debtor", "坐席：你 在 建行 那 张 卡 上 个 月 工资 进 了 一万 二 我们 都 看 到 了\n客户：你们怎么能查我流水", "", "S"),
    ("f03", "email", "debtor", "主旨：資產說明\n林先生：\n查得您名下於富邦銀行有外幣存款美元兩萬元，請優先清償本公司帳款。", "", "S"),
    ("f04", "app", "debtor", "[语音转文字] 你 基金 账户 里 还 有 八 万 块 市值 我们 查 得 到 赎回 一点 来 还", "", "S"),
    ("f05", "sms", "debtor", "你老婆名下那套学区房值三百万，别跟我们哭穷。", "", "S"),
    # religion
    ("r01", "sms", "debtor", "你每个礼拜天都去福音堂做礼拜，信主的人欠债不还？", "", "S"),
    ("r02", "app", "third_party", "[清真寺群] 各位乡老，马海龙欠我们公司一万五，他每个主麻日都来礼拜，请大家劝劝他。", "P:马海龙", "ST"),
    ("r03", "call", "debtor", "坐席：你 不是 皈依 了 吗 吃 素 念 佛 的 人 还 赖 账\n客户：你们别扯这个", "", "S"),
    # records, biometrics and specific identities
    ("k01", "sms", "debtor", "你以前因为醉驾判过拘役，有案底的人还敢赖账？", "", "S"),
    ("k02", "app", "debtor", "[微信] 你借款时录的声纹和人脸视频我们都存着，不还就拿去用。", "", "S"),
    ("k03", "call", "debtor", "坐席：你 是 党员 吧 还 在 社区 当 网格员 我们 跟 你们 支部 说 一声\n客户：你们敢", "", "S"),
    ("k04", "sms", "debtor", "你是失独家庭每月领着特扶金，我们都清楚，别再躲了。", "", "S"),
    ("k05", "email", "debtor", "主题：还款提醒\n您好，您是在读研究生同时是社区矫正对象，我们不希望此事影响您，请尽快还款。", "", "S"),
    # excessive: more than the message needs about the debtor and the family
    ("x01", "sms", "debtor", "【信融分期】房建国先生，您登记的现住址为合肥市蜀山区长江西路139号金域华府7栋1502，单位为安徽江淮汽车，请今日还款。",
     "P:房建国|A:合肥市蜀山区长江西路139号金域华府7栋1502", "X"),
    ("x02", "call", "debtor", "坐席：喂 是 葛 春 燕 吧 你 老公 叫 庞 志 远 你 婆婆 叫 何 翠 兰 我们 都 有 电话\n客户：你们到底想怎样",
     "P:葛 春 燕|P:庞 志 远|P:何 翠 兰", "X"),
    ("x03", "email", "debtor", "主题：逾期处理通知\n耿晓峰先生：\n您就职于苏州工业园区星湖街328号创意产业园B座的一家游戏公司，住吴中区东吴北路99号，请三日内处理。",
     "P:耿晓峰|A:苏州工业园区星湖街328号创意产业园B座|A:吴中区东吴北路99号", "X"),
    ("x04", "sms", "debtor", "你姐的电话13517316629我们有，你妹夫的18874023356也有，你看着办。", "M:13517316629|M:18874023356", "UX"),
    ("x05", "app", "debtor", "[微信] 巫志华，你舅舅巫建平在镇上开药店，你表妹巫倩在县医院当护士，要不我们去坐坐？",
     "P:巫志华|P:巫建平|P:巫倩", "X"),
    ("x06", "sms", "debtor", "洪志明，你老婆張慧敏喺荃灣嗰間銀行返工，我哋知佢幾點收工。", "P:洪志明|P:張慧敏", "SX"),
    ("x07", "notice", "debtor", "外访记录\n被访人：阮国栋\n居住地址：长沙市雨花区韶山中路419号凯宾商业广场3栋1806\n同住人：妻子严秀英\n外访结果：未见本人。",
     "P:阮国栋|A:长沙市雨花区韶山中路419号凯宾商业广场3栋1806|P:严秀英", "X"),
    ("x08", "sms", "debtor", "你表弟董浩在京东物流开车，电话15273128847，我们今天给他打过了。", "P:董浩|M:15273128847", "UX"),
    ("x09", "email", "debtor", "主旨：緊急聯絡人通知\n呂先生您好：\n您登錄之緊急聯絡人為胞兄呂俊傑，任職於高雄市政府工務局，若您持續未繳，本公司將與其聯繫。",
     "P:呂俊傑", "X"),
    ("x10", "call", "debtor", "坐席：谭 海 洋 先生 你 住 的 是 武侯 区 二环路 南 四段 51 号 那个 小区 对 吧 你 丈人 谢 德 贵 也 住 那 里\n客户：你们怎么知道",
     "P:谭 海 洋|A:武侯 区 二环路 南 四段 51 号|P:谢 德 贵", "X"),
    ("x11", "sms", "debtor", "郭秋生，你家在黄岛区长江中路216号，你女婿在海尔上班，你自己想想。", "P:郭秋生|A:黄岛区长江中路216号", "X"),
    ("x12", "app", "debtor", "[语音转文字] 韦 立 东 你 大舅 哥 叫 覃 勇 在 城管 局 你 小姨子 叫 覃 丽 开 美甲 店 我们 都 知道",
     "P:韦 立 东|P:覃 勇|P:覃 丽", "X"),
    ("x13", "sms", "debtor", "侬叫殷志坚对伐，住勒普陀区真北路1588弄6号，侬阿弟勒隔壁修车，阿拉晓得。", "P:殷志坚|A:普陀区真北路1588弄6号", "X"),
    ("x14", "sms", "debtor", "欧阳明先生您好，您的借款已逾期。您父亲欧阳振华的电话13974018826已列为联系人，我司将与其核实。",
     "P:欧阳明|P:欧阳振华|M:13974018826", "UX"),
    ("x15", "email", "debtor", "主题：还款提示\n尊敬的柏宇航先生：\n据您预留资料，您在中建三局二公司任职，您的母亲常桂芝住在孝感老家，请尽快处理欠款。",
     "P:柏宇航|P:常桂芝", "X"),
    ("x16", "sms", "debtor", "麥家輝，你住喺觀塘協和街88號6樓B，你阿媽喺街市賣魚，我哋隨時上嚟。", "P:麥家輝|A:觀塘協和街88號6樓B", "X"),
    ("x17", "notice", "debtor", "催收告知函\n借款人：钱立峰\n户籍地址：湖北省黄冈市浠水县清泉镇新华街27号\n配偶：汤秀兰\n配偶单位：浠水县第一中学\n请于收到本函后七日内还款。",
     "P:钱立峰|A:湖北省黄冈市浠水县清泉镇新华街27号|P:汤秀兰", "X"),
    ("x18", "app", "debtor", "[语音转文字] 鲁 长 江 你 老 丈人 家 在 道外 区 靖宇 街 你 媳妇 叫 孟 丽 我们 都 门儿清",
     "P:鲁 长 江|P:孟 丽", "X"),
    ("x19", "sms", "debtor", "你二哥项德胜在区法院当书记员，你嫂子在税务局，要不要我们去找他们？", "P:项德胜", "X"),
    ("x20", "email", "debtor", "主题：联系人核实\n您好，您填写的联系人为：配偶 江建军 15807316628、儿子 江涛 17773124490，我司将定期与其联系核实。",
     "P:江建军|M:15807316628|P:江涛|M:17773124490", "UX"),
    ("x21", "sms", "debtor", "你同事符晓东跟我们说了，你住在城西那个出租屋，房东姓雷，我们改天上门。", "P:符晓东", "X"),
    ("x22", "call", "debtor", "坐席：你 前妻 叫 萧 玉 梅 现在 在 汉口 开 服装 店 我们 也 可以 找 她\n客户：我们早离了", "P:萧 玉 梅", "X"),
    # third-party disclosure
    ("t01", "sms", "third_party", "【安盈资产】您好，您的亲属金志军在我司的借款已逾期95天，欠款一万八千元，请督促其尽快还款。", "P:金志军", "T"),
    ("t02", "notice", "third_party", "致锦绣花园社区居委会：\n辖区居民卓庆丰在我司的消费贷款已逾期五个月，本息合计二万三千元，恳请居委会协助联系本人。",
     "P:卓庆丰", "T"),
    ("t03", "notice", "third_party", "房东您好：\n您的租客程晓辉在我司借款逾期未还，欠款一万一千元，如他退租请及时告知我们。", "P:程晓辉", "T"),
    ("t04", "call", "third_party", "坐席：喂 是 喻 师傅 吧 您 车间 的 骆 军 在 我们 这 贷款 逾期 了 您 帮 忙 跟 他 说 一下\n联系人：我跟他不熟",
     "P:骆 军", "T"),
    ("t05", "app", "third_party", "[公司群] 各位同事，采购部的凌云峰欠我们平台一万五逾期两个月了，见到他让他回个电话。", "P:凌云峰", "T"),
    ("t06", "email", "third_party", "主旨：帳款協尋\n致 信義大廈管理委員會：\n貴大廈住戶溫家豪積欠本公司信貸款項新台幣十二萬元，敬請轉知本人儘速處理。",
     "P:溫家豪", "T"),
    ("t07", "call", "third_party", "坐席：您好 这里 是 有钱 花 智能 客服 您 的 紧急 联系人 聂 波 的 借款 已 逾期 九十 天 请 转告 其 还款 确认 请 按 1\n联系人：1",
     "P:聂 波", "T"),
    ("t08", "sms", "third_party", "喂，你老表邹平在我们这借的钱拖了四个月了，你帮忙喊他还一哈嘛。", "P:邹平", "T"),
    ("t10", "notice", "third_party", "致鸿达建材有限公司：\n贵司员工戴志鹏拖欠我司借款，本息共计三万一千元，现请贵司协助通知其本人并代为扣款。",
     "P:戴志鹏", "T"),
    ("t11", "app", "third_party", "[楼栋群] 邻居们好，3单元的冉小波欠我们公司一万多，他住8楼西户，大家帮忙转告。", "P:冉小波", "TX"),
    ("t12", "sms", "third_party", "您好，您的儿媳冯艳在我司欠款一万元，身份证号430102199103083822，请您转告她尽快还款。",
     "P:冯艳|I:430102199103083822", "TU"),
    ("t13", "call", "third_party", "坐席：你 是 他 房东 吧 你 那个 租客 段 鹏 欠 我们 网贷 六千 他 电话 18670314459 打 不 通\n联系人：我不清楚",
     "P:段 鹏|M:18670314459", "TU"),
    ("t14", "sms", "third_party", "你好，你拍檔梁偉明欠我哋財務公司兩萬蚊，佢唔聽電話，唔該你話聲佢知。", "P:梁偉明", "T"),
    ("t15", "notice", "third_party", "致白沙村村委会：\n贵村村民贺长贵（住白沙村五组7号）在我司借款逾期，欠款三万五千元，请村委协助督促。",
     "P:贺长贵|A:白沙村五组7号", "TX"),
    ("t16", "email", "third_party", "主题：员工欠款告知\n致远航物流有限公司人事部：\n贵司员工宋文斌在我司的贷款逾期六十天，欠款一万二千元，其工资卡6217003810022481132，请协助扣划。",
     "P:宋文斌|B:6217003810022481132", "TU"),
    ("t17", "app", "third_party", "[家族群] 三姑，你家侄子黎文杰在外面欠了网贷两万多，我们是平台的，请家里人帮忙劝劝。", "P:黎文杰", "T"),
    ("t18", "sms", "third_party", "您好，您的丈夫施国平在我司的借款已严重逾期，金额八千六百元，请转告。", "P:施国平", "T"),
    ("t19", "call", "third_party", "坐席：喂 您 是 詹 永 强 的 母亲 吧 他 在 我们 这 的 分期 还 差 五千 没 还\n联系人：他好久不回家了",
     "P:詹 永 强", "T"),
    ("t20", "sms", "third_party", "同学你好，你室友罗一鸣在我们平台借了四千块逾期了，麻烦让他尽快还。", "P:罗一鸣", "T"),
    ("t21", "notice", "third_party", "尊敬的业主委员会：\n贵小区12栋业主唐卫东长期拖欠我司车贷，逾期八个月，请贵会协助联系。", "P:唐卫东", "TX"),
    # unmasked identifiers
    ("u01", "sms", "debtor", "【易借】您好，您的还款卡6217857000065432112本期扣款失败，请及时存入资金。", "B:6217857000065432112", "U"),
    ("u02", "call", "debtor", "坐席：我 核 一下 您 身份证 是 四 三 零 一 零 二 一 九 八 八 零 五 二 一 三 零 一 七 吗\n客户：对",
     "I:四 三 零 一 零 二 一 九 八 八 零 五 二 一 三 零 一 七", "U"),
    ("u03", "sms", "debtor", "你身份證號碼440106199004157715名下筆貸款已經逾期，請盡快處理。", "I:440106199004157715", "U"),
    ("u04", "app", "debtor", "[微信] 你的号码15973124468我们已经登记了，接不接随你。", "M:15973124468", "U"),
    ("u05", "notice", "debtor", "逾期催告函\n借款人：任志强\n身份证号：110105198806151617\n还款账户：6228480402564890018\n请于十日内还款。",
     "P:任志强|I:110105198806151617|B:6228480402564890018", "U"),
    ("u06", "email", "debtor", "主题：扣款失败\n您好，您的还款账户 6222 0210 0109 8765 438 本期扣款失败，请于周五前存入足额款项。",
     "B:6222 0210 0109 8765 438", "U"),
    ("u07", "sms", "debtor", "您好，您预留的手机号186-7314-2209暂时无法接通，请尽快回电。", "M:186-7314-2209", "U"),
    ("u08", "call", "debtor", "坐席：你 那 张 卡 6230 5200 1234 5678 901 我们 今天 再 扣 一次\n客户：别扣了",
     "B:6230 5200 1234 5678 901", "U"),
    ("u09", "sms", "debtor", "【分期乐】尊敬的用户，您绑定的手机号13574125896将收到还款提醒，如号码变更请及时修改。", "M:13574125896", "U"),
    ("u10", "app", "debtor", "[语音转文字] 你 手机 是 幺 五 八 七 三 幺 二 六 四 五 九 吧 一直 不 接", "M:幺 五 八 七 三 幺 二 六 四 五 九", "U"),
    ("u11", "email", "debtor", "主旨：身分核對\n您好，本公司登記之身分證號為35020319920812301X，如有錯誤請回覆。", "I:35020319920812301X", "U"),
    ("u12", "sms", "debtor", "侬格卡6212264000012345670里向没钞票了，快点打进去。", "B:6212264000012345670", "U"),
    ("u13", "app", "debtor", "[语音机器人] 您好，系统显示您的还款手机号为一九九 七三幺二 八八四六，确认请按1，修改请按2。", "M:一九九 七三幺二 八八四六", "U"),
    ("u14", "sms", "debtor", "你好，你工资卡6214837312456787尾数都对得上，下周发工资我们会申请扣划。", "B:6214837312456787", "U"),
    # lawful: no finding
    ("n01", "sms", "debtor", "【小象优品】您好，您本期应还1,460元已逾期3天，请尽快还款。如有困难可申请分期，客服400-820-6677。退订回T", "", ""),
    ("n02", "sms", "debtor", "您好，如您本人或家人正在住院治疗，可回复“延期”申请顺延，无需提供任何病历资料。", "", ""),
    ("n03", "call", "debtor", "坐席：您 好 为了 保护 您 的 隐私 请问 是 房 先生 本人 吗\n客户：是", "", ""),
    ("n04", "email", "debtor", "主题：地址变更确认\n郑先生您好：\n您申请将账单寄送地址变更为“杭州市西湖区文三路90号”已办理完成，如非本人操作请致电客服。", "", ""),
    ("n05", "notice", "debtor", "催收函\n致：黄志刚 先生\n您于2025年8月在我司借款1万元，截至今日逾期62天，应还本息10,860元。请于2026年4月20日前还款。", "P:黄志刚", ""),
    ("n06", "sms", "debtor", "【分期乐】尊敬的客户，您好。根据国家规定，我司不会向您的家人、同事或通讯录联系人透露您的借款信息。", "", ""),
    ("n07", "app", "debtor", "[业主群] 物业通知：本周日上午社区医院在小区门口免费测血压血糖，欢迎各位业主参加。", "", ""),
    ("n08", "sms", "debtor", "您好，您申请的因病延期还款已审核通过，新的还款日为5月15日，祝您早日康复。", "", ""),
    ("n09", "call", "third_party", "坐席：您好 请问 您 认识 机主 吗 我们 有 急事 找 他 麻烦 让 他 回 个 电话\n联系人：打错了", "", ""),
    ("n10", "sms", "debtor", "您好，您是否属于低保、残疾、重大疾病等特殊困难群体？如是，可申请减免罚息，详询客服。", "", ""),
    ("n11", "email", "third_party", "主题：在职核实\n您好，申请人已授权我司向贵单位核实其在职状态，请仅回复“在职”或“离职”。", "", ""),
    ("n12", "notice", "debtor", "还款提醒\n借款人：李*\n合同号：XY2025081200123\n应还金额：2,300元\n还款账户：尾号4459", "", ""),
    ("n13", "app", "debtor", "[微信] 您好，我是您的专属客服小周，您上次说孩子开学手头紧，这个月可以先还最低还款额。", "", ""),
    ("n14", "sms", "debtor", "【银行】您好，我行营业部地址为长沙市芙蓉区五一大道368号，周一至周五9:00-17:00办理还款业务。", "", ""),
    ("n15", "call", "debtor", "坐席：先生 您好 您 之前 说 在 外地 出差 那 我们 下 周一 再 联系 您 可以 吗\n客户：可以", "", ""),
    ("n16", "sms", "debtor", "您好，您在我司的借款已结清，感谢您的信任。如需结清证明请在APP内下载。", "", ""),
    ("n17", "notice", "debtor", "尊敬的客户：\n我司已收到您提交的医院诊断证明，已为您办理停催三个月，期间不会有人联系您的家人或单位。", "", ""),
    ("n18", "sms", "debtor", "您好，宗教节日期间我们暂停外呼，节后再与您联系。祝节日快乐。", "", ""),
    ("n19", "app", "debtor", "[家长群] 班主任：明天下午四点家长会，请各位家长准时到校，带好孩子的成绩单。", "", ""),
    ("n20", "sms", "debtor", "您好，您本人在电话中告知的新手机号已更新，原号码尾号6629将不再接收通知。", "", ""),
    ("n21", "email", "debtor", "主旨：繳款方式\n您好，您可至全家、7-11超商代收或以ATM轉帳繳納本期帳款，謝謝。", "", ""),
    ("n22", "call", "debtor", "坐席：您 说 您 母亲 生病 了 这个 我们 理解 您 看 能 不能 先 定 个 分期 方案\n客户：可以", "", ""),
    ("n23", "sms", "debtor", "你好，我系信和財務嘅職員，想同你傾下還款安排，方便時請回電。", "", ""),
    ("n24", "notice", "debtor", "调解通知书\n申请人：某某消费金融有限公司\n被申请人：（已隐去）\n调解地点：本中心三楼第二调解室\n时间：2026年4月28日上午9时", "", ""),
    ("n25", "app", "debtor", "[微信] 亲，您上次说的那笔学费我们理解，可以申请延期一个月，需要的话回复我哈。", "", ""),
    ("n26", "sms", "debtor", "【借呗】您好，为保障您的权益，请勿向他人透露验证码。如遇困难请拨打官方客服95188。", "", ""),
    ("n27", "call", "third_party", "坐席：您好 我们 是 某 金融 的 请问 这 是 孟 先生 的 电话 吗\n联系人：不是 你 打错 了\n坐席：好的 打扰 了", "", ""),
    ("n28", "email", "debtor", "主题：投诉处理结果\n您好，关于您投诉我司员工向您父亲透露欠款一事，经核查属实，已对该员工处罚并向您致歉。", "", ""),
    ("n29", "sms", "debtor", "恁好，恁这月的钱还没还，有困难可以打客服讲，阮会帮恁想办法。", "", ""),
    ("n30", "sms", "debtor", "你好，这礼拜天福音堂门口有义诊，需要的街坊可以去看看。——社区", "", ""),
    ("n31", "notice", "debtor", "陈女士：\n您好！您信中所述孩子住院一事，我们深表同情，已按您的要求暂停催收至6月底。", "", ""),
    ("n32", "call", "debtor", "坐席：这个 号码 是 您 本人 在 用 的 吗 我们 确认 一下 联系 方式\n客户：是的", "", ""),
    ("n33", "sms", "debtor", "您好，您的还款已到账，本期剩余应还0元。如对账单有疑问，请联系客服。", "", ""),
    ("n34", "app", "debtor", "[村群] 村委通知：明天上午在村卫生室打疫苗，60岁以上老人请带身份证。", "", ""),
    ("n35", "email", "debtor", "主題：分期方案\n王先生您好：\n依您來電所述，我們提供十二期零利率分期方案，如同意請回覆本郵件。", "", ""),
    ("n36", "sms", "debtor", "您好，我司营业时间为每天9点至18点，如需线下办理，请前往公司前台。", "", ""),
    ("n37", "call", "debtor", "坐席：好 的 那 您 先 去 医院 照顾 孩子 我们 这 边 先 给 您 备注 一下 下 周 再 说\n客户：谢谢", "", ""),
    ("n38", "sms", "debtor", "【安逸花】温馨提示：近期有不法分子冒充客服，请认准官方热线，切勿向陌生账户转账。", "", ""),
    ("n39", "app", "debtor", "[微信] 收到您发来的住院发票照片了，资料已提交审核，审核通过后会短信通知您。", "", ""),
    ("n40", "notice", "debtor", "还款通知\n客户姓名：周**\n身份证：4301**********1234\n逾期金额：3,200元\n请于7日内还款。", "", ""),
    ("n41", "sms", "debtor", "您好，您的减免申请需要补充材料，请在APP上传，我们不会通过电话索要任何证件照片。", "", ""),
    ("n42", "email", "third_party", "主题：担保责任告知\n您好，您作为借款合同的担保人，依合同约定负有担保责任，具体情况请联系借款人本人或我司客服。", "", ""),
    ("n43", "sms", "debtor", "你好，我是一起打球的老刘，周六下午三点球场见，记得带球拍。", "", ""),
    ("n44", "app", "debtor", "[同学群] 下周三班级聚会在老地方，大家带上家属，费用AA。", "", ""),
    ("n45", "sms", "third_party", "您好，我们受托处理滕文亮的逾期借款九千元，您是他的担保人，请转告他联系我们，否则将由您承担。", "P:滕文亮", ""),
]


def write_dev16(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV16_FILE, (record(*message, dev=16) for message in MESSAGES))


if __name__ == "__main__":
    write_dev16()
