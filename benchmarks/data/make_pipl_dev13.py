"""Writes `pipl_dev13.jsonl`: a fresh PIPL batch for the round on `pii.sensitive` and `pii.excessive` after set I was
released, in voices others write in, measured once with the shipped code before any rule was changed for it.

Voices: lenders' SMS templates with their 【】 signatures and 退订 tails, robot outbound scripts (按1/按2 menus),
ASR call transcripts with spaced words, WeChat family, parents', tenants' and village group chats, letters to
employers, landlords, schools and residents' committees, e-mail with 主题/主旨 lines, field-visit (外访) notes read out,
Cantonese, Hokkien, Shanghainese, Sichuanese, Hunanese and north-eastern speech, and traditional characters. Families
by the id's first letter, as in `make_pipl_dev11`: h health, p pregnancy and fertility, m mental health and addiction,
d disability, c children, w whereabouts, routines and travel, f finances and assets, r religion, k records,
biometrics and specific identities, x excessive, t third-party disclosure, u unmasked identifiers, n lawful.

Decisions on the open questions, by contract section 5, as in `make_pipl_dev11`: relief offered for a hardship names
no sensitive data when it stays generic (因病, 您说的困难) and is `pii.sensitive` when it names the condition, the
ward or the treatment; a relative's name or number is `pii.excessive` (a relative's mobile written out is also an
unmasked identifier); a plate with where the car stands is `pii.sensitive` (whereabouts), the plate alone nothing; an
address without any name is not `pii.excessive` (the contract's example is a full name with an address); a lender's
own office, a hospital's own bill and a school's own fee notice name nobody's sensitive data.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev13.jsonl
--no-weibo`, 148 messages, 46 lawful): `pii.unmasked_identifier` P 0.957 R 1.000 F1 0.978,
`pii.third_party_disclosure` 0.966 / 0.966 / 0.966, `pii.sensitive` P 0.917 R 0.863 F1 0.889, `pii.excessive` P 0.952
R 0.952 F1 0.952, `pii.*` micro P 0.942 R 0.927 F1 0.934; structured ids 0.958 / 0.958, PERSON 0.922 / 0.810, ADDRESS
0.636 / 0.700. Missed: a sister-in-law carrying her third child (怀着三胎), a Hong Kong secondary-two pupil's school and
student number, a Hokkien junior-high year and cram-school hour, a flight bought, a plate parked at a border car park
(read as an identifier instead), a tenant's midnight return told to a tenants' group, a Hokkien home and wife's stall,
a guarantor told the borrower's debt; flagged: directions by metro to the lender's own office, a sixteen-year-old
apprentice's workshop read as excessive, 下落 and an employer told a spouse read as whereabouts, a campaign notice to an
owners' committee read as a disclosure.

`python -m benchmarks.data.make_pipl_dev13` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV13_FILE = "pipl_dev13.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # health: the debtor's or a relative's condition, treatment, ward or medicine
    ("h01", "sms", "debtor", "【分期乐享】尊敬的客户，我们注意到您近期在省人民医院心内科装了两个支架，术后请保重身体，欠款还请本周内结清。",
     "", "S"),
    ("h02", "call", "debtor", "坐席：你 爸 那个 尿毒症 每 礼拜 透析 两 回 我们 都 打听 过 了\n客户：你们打听这个干嘛", "", "S"),
    ("h03", "app", "third_party", "[微信群] 各位老乡，沈玉兰欠我们两万三，她说她乳腺癌复查要花钱，谁信啊，大家帮忙催催。",
     "P:沈玉兰", "ST"),
    ("h04", "notice", "third_party", "致恒远建材有限公司行政部：\n贵司员工周立新患乙肝大三阳，长期服用恩替卡韦，现拖欠我司借款一万五，请贵司协助督促。",
     "P:周立新", "ST"),
    ("h05", "sms", "debtor", "你屋头婆娘痛风犯了天天吃秋水仙碱，药钱有，还我们的钱就没得？", "", "S"),
    ("h06", "email", "debtor", "主旨：還款提醒\n黃小姐您好：\n得知令堂罹患阿茲海默症，目前安置在北投的長照中心，費用不低，但貸款仍請依約繳納。", "",
     "S"),
    ("h07", "sms", "debtor", "您好，您提到父亲因股骨头坏死在骨科住院做置换手术，我们已为您暂停本月扣款。", "", "S"),
    ("h08", "app", "debtor", "[语音转文字] 你 上 个 月 体检 查出 来 甲状腺 结节 四 类 要 做 穿刺 我们 知道 但 钱 还是 得 还", "", "S"),
    ("h09", "sms", "debtor", "侬屋里厢老娘中风瘫在床上，请个护工一个月七八千，侬铜钿有的。", "", "S"),
    ("h10", "call", "debtor", "坐席：您 好 这边 看到 您 上次 说 您 在 做 血液 透析 每 周 三 次 那 这 期 您 看 能 还 多少\n客户：我尽量", "",
     "S"),
    # pregnancy and fertility
    ("p01", "sms", "debtor", "你老婆在妇幼做试管婴儿，一次好几万都掏得出来，还我们八千就没钱？", "", "S"),
    ("p02", "app", "debtor", "[语音转文字] 你 现在 怀孕 五 个 月 了 吧 上 次 产检 是 在 区 妇保 院 我们 的 人 看到 你 了", "", "S"),
    ("p03", "sms", "debtor", "妳上個月剛小產，身體要緊，但欠款還是要處理。", "", "S"),
    ("p04", "app", "third_party", "[家族群] 二嫂罗春燕怀着三胎还在网上借钱，欠我们平台一万多了，家里人管管吧。", "P:罗春燕", "ST"),
    # mental health and addiction
    ("m01", "sms", "debtor", "你在精卫中心住过两个月，诊断双相情感障碍，我们都有资料，别装糊涂。", "", "S"),
    ("m02", "call", "debtor", "坐席：你 老公 赌博 上瘾 输 了 几十 万 还 在 戒赌 互助会 去 过 吧\n客户：你们怎么知道的", "", "S"),
    ("m03", "email", "third_party", "主题：关于员工欠款\n致瑞丰物业人事部：\n贵司保安队长吕国强曾因酗酒住院戒断治疗，现欠我司贷款未还，请贵司知悉并督促。",
     "P:吕国强", "ST"),
    # disability
    ("d01", "sms", "debtor", "你是视力二级残疾，看不清短信是吧？那我们派人上门念给你听。", "", "S"),
    ("d02", "call", "debtor", "坐席：你 儿子 自闭症 在 特殊 教育 学校 上学 一 年 学费 不少 吧\n客户：别扯我儿子", "", "S"),
    ("d03", "app", "third_party", "[村民群] 村里的残疾人孙长贵，一条腿截肢了，还欠我们公司九千块，各位乡亲见到他说一声。",
     "P:孙长贵", "ST"),
    # children and minors
    ("c01", "sms", "debtor", "你女儿在实验小学四年级二班，每天下午四点十分放学，我们记下了。", "", "S"),
    ("c02", "app", "debtor", "[语音转文字] 你 儿子 周末 在 少年宫 学 钢琴 周六 上午 九 点 的 课 对 吧", "", "S"),
    ("c03", "notice", "third_party", "致阳光幼儿园园长：\n贵园大班学生何梓涵的母亲何丽娟在我司借款逾期半年，请园方转告家长尽快联系我司。",
     "P:何梓涵|P:何丽娟", "STX"),
    ("c04", "sms", "debtor", "你個仔喺聖保羅書院讀中二，學號我哋都有，你自己諗下。", "", "S"),
    ("c05", "email", "debtor", "主题：还款事宜\n谢先生：\n您儿子今年十六岁，在汽修厂当学徒，您总不希望我们去厂里找他吧。", "", "S"),
    ("c06", "sms", "debtor", "恁囝佇国中读二年，逐工下昏七点补习班才放，阮攏知。", "", "S"),
    # whereabouts, routines and travel
    ("w01", "sms", "debtor", "【信达分期】系统显示您已购买12月18日上海虹桥飞往三亚的航班，请在出行前结清欠款。", "", "S"),
    ("w02", "call", "debtor", "坐席：你 现在 就 在 万达 三 楼 那 家 火锅 店 吃饭 吧 我们 的 人 就 在 楼下\n客户：你们想干嘛", "", "S"),
    ("w03", "app", "debtor", "[微信] 你每天早上七点二十坐地铁4号线从天通苑到西单上班，出站走C口，要不要我们在C口等你？", "", "S"),
    ("w04", "sms", "debtor", "你每個禮拜三晚上都去銅鑼灣嗰間健身室做運動，我哋下次喺門口等你。", "", "S"),
    ("w05", "email", "debtor", "主题：外访通知\n蒋女士：\n经核实您目前入住锦江之星酒店806房，外访人员将于今晚前往与您面谈。", "", "S"),
    ("w06", "sms", "debtor", "【合盛金融】您名下车辆粤B7K3X9现停放于福田区皇岗路口岸停车场，我司人员已到现场。", "V:粤B7K3X9", "S"),
    ("w07", "call", "debtor", "坐席：你 一般 周五 下班 都 回 老家 县城 坐 的 是 六 点 那 班 大巴 是 吧\n客户：……", "", "S"),
    ("w08", "sms", "debtor", "你娃每天夜里都在大学城那个网吧通宵，早上六点才出来，我们晓得。", "", "S"),
    ("w09", "app", "third_party", "[租户群] 402的租客每天晚上十二点才下班回来，欠了我们平台的钱，房东帮忙留意下。", "", "ST"),
    # finances and assets beyond what the message needs
    ("f01", "sms", "debtor", "你工资卡每月十五号进账一万二，余额宝里还有三万多，别跟我们哭穷。", "", "S"),
    ("f02", "call", "debtor", "坐席：你 名下 还有 一 份 平安 的 分红 险 现金 价值 四 万 多 可以 退保 还 钱\n客户：那是给孩子的", "", "S"),
    ("f03", "email", "debtor", "主題：財產狀況\n鄭先生：\n經查您在富邦證券的股票帳戶市值約新台幣八十萬元，另有定存兩筆，請即刻清償。", "", "S"),
    ("f04", "notice", "third_party", "致鼎盛电子厂财务科：\n贵厂员工陶建平每月实发工资六千八，其建设银行工资卡另有存款两万，请协助代扣我司欠款。",
     "P:陶建平", "ST"),
    ("f05", "sms", "debtor", "征信显示你还欠着招行信用卡四万、花呗一万二、京东白条八千，你拆东墙补西墙能撑多久？", "", "S"),
    ("f06", "app", "debtor", "[语音转文字] 你 老婆 名下 那 套 学区 房 还 没 抵押 吧 我们 查 过 了 市值 两百 多 万", "", "S"),
    ("f07", "sms", "debtor", "你住房公積金賬戶有五萬幾，提出來還咗佢啦。", "", "S"),
    # religion
    ("r01", "sms", "debtor", "你每礼拜天都去福音堂做礼拜，弟兄姊妹知道你欠钱不还吗？", "", "S"),
    ("r02", "call", "debtor", "坐席：你 不是 回族 天天 去 清真寺 做 礼拜 吗 欠 钱 不 还 说得过去 吗\n客户：你什么意思", "", "S"),
    ("r03", "email", "third_party", "主旨：會員欠款\n致 慈恩寺 管理委員會：\n貴寺皈依弟子劉秀琴積欠本公司款項新台幣六萬元，懇請代為勸導。",
     "P:劉秀琴", "ST"),
    # records, biometrics and specific identities
    ("k01", "sms", "debtor", "你指纹和人脸数据都在我们系统里，跑到哪里都能找到你。", "", "S"),
    ("k02", "call", "debtor", "坐席：你 前 年 因为 醉驾 判 过 拘役 吧 有 案底 的 人 还 不 老实\n客户：那跟这个没关系", "", "S"),
    ("k03", "app", "debtor", "[语音转文字] 你 的 声纹 我们 已经 录 下来 了 你 换 号码 打 进来 也 认得 出", "", "S"),
    ("k04", "sms", "debtor", "你家是建档立卡贫困户，每年领扶贫补助，借钱的时候怎么不说？", "", "S"),
    ("k05", "sms", "debtor", "你是艾滋病感染者，这事要是让你单位知道了会怎样，自己想。", "", "S"),
    # excessive: more than the message needs about the debtor and the family
    ("x01", "sms", "debtor", "【众鑫贷】葛振宇先生，您住在长沙市岳麓区麓山南路186号5栋1203，在湖南建工集团上班，请今日内还款。",
     "P:葛振宇|A:长沙市岳麓区麓山南路186号5栋1203", "X"),
    ("x02", "call", "debtor", "坐席：喂 柏文涛 你 爸 柏德胜 你 妈 唐秀芝 你 姐 柏文静 我们 都 有 名单\n客户：你们想怎样",
     "P:柏文涛|P:柏德胜|P:唐秀芝|P:柏文静", "X"),
    ("x03", "email", "debtor", "主题：催收函\n洪建明先生：\n您现任职于苏州工业园区星海电子有限公司品质部，家住吴中区宝带西路1188号，请于五日内还款。",
     "P:洪建明|A:吴中区宝带西路1188号", "X"),
    ("x04", "sms", "debtor", "你老婆的手机13974526318我们打过了，你再不接我们就天天打她的。", "M:13974526318", "UX"),
    ("x05", "app", "debtor", "[语音转文字] 汪海 你 老丈人 汪 福 在 县 医院 当 司机 你 小姨子 汪 晓 梅 在 信用社 我们 都 知道",
     "P:汪海|P:汪 福|P:汪 晓 梅", "X"),
    ("x06", "sms", "debtor", "簡志豪，你太太蔡佩君喺沙田新城市廣場做銷售，你唔想我哋去佢公司就還錢。", "P:簡志豪|P:蔡佩君", "X"),
    ("x07", "notice", "debtor", "外访通知书\n被访人：邹伟\n家庭住址：合肥市蜀山区长江西路500号绿地蓝海7栋1602\n单位：安徽江淮汽车\n我司外访人员将于近日上门。",
     "P:邹伟|A:合肥市蜀山区长江西路500号绿地蓝海7栋1602", "X"),
    ("x08", "sms", "debtor", "你哥的电话18607315529、你嫂子的电话15873120046都在我们手上，你看着办。",
     "M:18607315529|M:15873120046", "UX"),
    ("x09", "email", "debtor", "主旨：聯絡人核實\n許先生：\n您填寫的聯絡人為胞弟許家銘，任職於新竹科學園區聯華電子，本公司將與其確認您的近況。",
     "P:許家銘", "X"),
    ("x10", "call", "debtor", "坐席：史 志 鹏 先生 您好 您 的 家庭 住址 是 通州 区 梨园 镇 云景 里 12 号楼 3 单元 501 您 爱人 叫 韩 丽 对 吧\n客户：对",
     "P:史 志 鹏|A:通州 区 梨园 镇 云景 里 12 号楼 3 单元 501|P:韩 丽", "X"),
    ("x11", "sms", "debtor", "温建军，你二儿子温浩在市一中读高三，大儿子温磊在电力局上班，你不要脸他们还要脸。",
     "P:温建军|P:温浩|P:温磊", "SX"),
    ("x12", "app", "debtor", "[微信] 鲍志强，我们知道你现在住在你岳母家，滨湖新区紫云路88号，你岳母叫江翠兰。",
     "P:鲍志强|A:滨湖新区紫云路88号|P:江翠兰", "X"),
    ("x13", "sms", "debtor", "汝兜佇泉州市丰泽区刺桐路123号，汝某林秀霞佇菜市仔卖鱼，阮攏知，钱紧还。",
     "A:泉州市丰泽区刺桐路123号|P:林秀霞", "X"),
    ("x14", "email", "debtor", "主题：最后通知\n尊敬的邝永康先生：\n根据我司记录，您的工作单位为广州白云国际机场股份有限公司地勤部，您的配偶为何淑贞，请尽快还款。",
     "P:邝永康|P:何淑贞", "X"),
    ("x15", "sms", "debtor", "阿拉晓得侬叫俞家明，住勒徐汇区漕溪北路45弄8号，侬屋里厢阿哥俞家伟勒银行做事体。",
     "P:俞家明|A:徐汇区漕溪北路45弄8号|P:俞家伟", "X"),
    ("x16", "sms", "debtor", "卓文斌，你在比亚迪宝安园区上班，你表弟卓亮也在那边做工，要不要我们去厂门口找你们两个？",
     "P:卓文斌|P:卓亮", "X"),
    ("x17", "email", "debtor", "主题：紧急联系人确认\n您好，您预留的紧急联系人为母亲邓桂英，电话13607418825，如您继续失联我们将每日与她联系。",
     "P:邓桂英|M:13607418825", "UX"),
    # third-party disclosure
    ("t01", "sms", "third_party", "【鑫融催收】您好，您的同事申建国在我司借款已逾期九十天，欠款一万一千元，请转告他速还。", "P:申建国", "T"),
    ("t02", "notice", "third_party", "致东湖花园业主委员会：\n贵小区业主冉志远在我司的消费贷款已逾期，本息合计两万六千元，请协助通知其本人。",
     "P:冉志远", "T"),
    ("t03", "call", "third_party", "坐席：大姐 您 是 龚 磊 的 姐姐 吧 他 在 我们 这 借 了 一万 到 现在 没 还\n联系人：我不管他的事",
     "P:龚 磊", "T"),
    ("t04", "app", "third_party", "[老乡群] 大家好，凤阳老乡季永福在我们平台借了六千块三个月没还了，谁跟他熟让他联系一下。", "P:季永福",
     "T"),
    ("t05", "sms", "third_party", "您好，您的房客包晓东拖欠我司分期款4,300元已逾期，请您提醒他尽快处理，谢谢。", "P:包晓东", "T"),
    ("t06", "email", "third_party", "主題：協尋債務人\n您好，貴公司前員工翁志誠積欠本公司信用貸款新台幣十五萬元，如知其下落請告知。", "P:翁志誠",
     "T"),
    ("t07", "call", "third_party", "坐席：您好 这里 是 速借 宝 的 智能 客服 您 的 好友 滕 飞 的 借款 已 逾期 请 您 转告 按 1 确认\n联系人：1",
     "P:滕 飞", "T"),
    ("t08", "sms", "third_party", "阿叔，你个侄子巫建华欠我们公司八千块，电话一直唔接，你帮我们讲下佢。", "P:巫建华", "T"),
    ("t09", "notice", "third_party", "致城关镇新华村村民委员会：\n贵村村民廖德明（住新华村五组）在我司贷款逾期一年，欠款三万二，请村委协助催告。",
     "P:廖德明|A:新华村五组", "TX"),
    ("t10", "sms", "third_party", "您好，您丈夫柯建勇在我司的借款逾期，他现在在嘉兴恒达模具厂上班，请转告他还款。",
     "P:柯建勇", "TX"),
    ("t11", "app", "third_party", "[微信] 你是卞雨欣的室友吧？她欠我们平台三千五，身份证350102199508170625，你让她回个话。",
     "P:卞雨欣|I:350102199508170625", "TU"),
    ("t12", "sms", "third_party", "您好，您的朋友宁志刚欠我司网贷逾期未还，其手机号18830472615已停机，如有联系方式请告知。",
     "P:宁志刚|M:18830472615", "TU"),
    ("t13", "call", "third_party", "坐席：喂 是 车 老师 吗 你们 学校 的 体育 老师 冷 建 军 欠 我们 钱 三 个 月 了\n联系人：这是学校电话",
     "P:冷 建 军", "T"),
    ("t14", "sms", "third_party", "喂，你系唔系梁家樂嘅老豆？佢欠我哋公司兩萬蚊，你叫佢快啲還。", "P:梁家樂", "T"),
    ("t15", "notice", "third_party", "致宏图物流有限公司人力资源部：\n贵司司机甘永强（身份证430104198609231579）欠我司借款一万八千元，请协助代扣工资。",
     "P:甘永强|I:430104198609231579", "TU"),
    ("t16", "app", "third_party", "[小区群] 3号楼的邻居们，2单元的费志平欠我们一万二不还，他老婆在楼下开小卖部，大家帮忙说说。",
     "P:费志平", "TX"),
    ("t17", "sms", "third_party", "你好，恁兄弟苗振华欠阮公司一万五，伊的银行卡6217002834561291232扣不着钱，叫伊紧存。",
     "P:苗振华|B:6217002834561291232", "TU"),
    ("t18", "email", "third_party", "主题：担保责任告知\n致保证人雷女士：\n借款人雷春生（您的弟弟）在我司的借款已逾期150天，本息合计四万七千元，依约请您承担保证责任。",
     "P:雷春生", "T"),
    ("t19", "call", "third_party", "坐席：老 哥 你 是 他 邻居 吧 隔壁 那个 小 谷 在 我们 网贷 逾期 了 你 帮忙 喊 他 一声\n联系人：行", "", "T"),
    ("t20", "sms", "third_party", "尊敬的用户，您通讯录中的好友欠款人祁海峰已严重逾期，欠款金额5,800元，请提醒其还款。", "P:祁海峰", "T"),
    # unmasked identifiers
    ("u01", "sms", "debtor", "【金诚贷】您好，您的借记卡6228480433127651233本期扣款失败，请存入足额资金。",
     "B:6228480433127651233", "U"),
    ("u02", "call", "debtor", "坐席：我 跟 您 核对 一下 身份证 号 三 二 零 五 零 二 一 九 九 零 零 七 一 四 二 八 三 三 对 吧\n客户：对",
     "I:三 二 零 五 零 二 一 九 九 零 零 七 一 四 二 八 三 三", "U"),
    ("u03", "sms", "debtor", "您好，您身份證號碼210102199211304265名下的分期已逾期，請盡快還款。", "I:210102199211304265", "U"),
    ("u04", "app", "debtor", "[微信] 你的手机号13572604189我们已经上报，不还就等着吧。", "M:13572604189", "U"),
    ("u05", "notice", "debtor", "催收函\n债务人：闵志华\n证件号码：440106197903053910\n还款账户：6222023701488561234\n请于十五日内还款。",
     "P:闵志华|I:440106197903053910|B:6222023701488561234", "U"),
    ("u06", "email", "debtor", "主题：还款卡确认\n您好，您绑定的还款卡为 6214 8360 2715 9431 232，请确认是否继续使用。",
     "B:6214 8360 2715 9431 232", "U"),
    ("u07", "sms", "debtor", "你好，你登记的电话189-2741-6630打不通，请回电。", "M:189-2741-6630", "U"),
    ("u08", "call", "debtor", "坐席：你 那个 卡 号 是 6225 8801 9274 6351 235 吧 我们 明天 再 扣 一次\n客户：里面没钱",
     "B:6225 8801 9274 6351 235", "U"),
    ("u09", "sms", "debtor", "你張身份證530102198802264736我哋已經登記咗，唔還錢就等住。", "I:530102198802264736", "U"),
    ("u10", "sms", "debtor", "【安心借】请核对：您的预留手机号为15290378416，如有变更请及时更新。", "M:15290378416", "U"),
    ("u11", "app", "debtor", "[语音转文字] 你 的 手机 号 幺 八 六 零 七 七 三 幺 五 五 二 九 我们 打 了 一 天 了",
     "M:幺 八 六 零 七 七 三 幺 五 五 二 九", "U"),
    ("u12", "email", "debtor", "主旨：身分核對\n您好，系統中您的身分證號為13010219910611358X，若有誤請回覆本信。", "I:13010219910611358X", "U"),
    ("u13", "sms", "debtor", "你侬的银行卡6230580001834721238里厢没铜钿，快点存进去。", "B:6230580001834721238", "U"),
    ("u14", "notice", "debtor", "逾期告知书\n借款人：莫小兵\n联系电话：17708452391\n逾期金额：3,460元\n请按时还款。",
     "P:莫小兵|M:17708452391", "U"),
    ("u15", "call", "debtor", "坐席：您 留 的 号码 是 一 三 六 八 二 七 四 五 九 三 零 是 您 本人 的 吧\n客户：是",
     "M:一 三 六 八 二 七 四 五 九 三 零", "U"),
    # lawful, in the same voices: hard ones where the words of a sensitive or excessive message appear
    ("n01", "sms", "debtor", "【分期乐享】您好，您本期应还1,460元，还款日为12月22日，请保持尾号1233的账户余额充足。退订回T", "", ""),
    ("n02", "sms", "debtor", "【省人民医院】您好，您的住院押金余额不足，请于明日前到住院部一楼收费处补缴。", "", ""),
    ("n03", "call", "debtor", "客户：我 爸 住院 了 我 这 个 月 真 没 钱\n坐席：理解 您 的 情况 我们 可以 帮 您 申请 延期 一 个 月", "", ""),
    ("n04", "sms", "debtor", "您好，您因病申请的延期还款已通过，请于2027年1月20日前还款。", "", ""),
    ("n05", "app", "debtor", "【登录提醒】为保障账户安全，本次还款需完成人脸识别验证，请在光线充足处操作。", "", ""),
    ("n06", "email", "debtor", "主题：隐私政策更新\n我司仅在您授权时收集人脸、指纹等生物识别信息用于身份验证，不会用于催收或向第三方提供。", "", ""),
    ("n07", "sms", "debtor", "您好，如需到店办理，可乘地铁2号线到人民广场站3号口，步行五分钟至我司服务中心。", "", ""),
    ("n08", "sms", "debtor", "【学而思分期】您好，您为孩子办理的课程分期本月应还680元，请按时还款。", "", ""),
    ("n09", "sms", "debtor", "您好，重阳节将至，祝您与家人身体健康、万事顺意。【众鑫贷】", "", ""),
    ("n10", "call", "debtor", "坐席：您好 这里 是 信达 分期 的 智能 客服 您 的 账单 已 出 还款 请 按 1 咨询 请 按 2\n客户：2", "", ""),
    ("n11", "sms", "debtor", "您好，您的还款已到账，感谢您的信任。如需开具结清证明，请在APP提交申请。", "", ""),
    ("n12", "app", "debtor", "[家长群] 各位家长好，本周五下午三点半放学，请准时接孩子。", "", ""),
    ("n13", "sms", "debtor", "你好，呢期要還一千二，記得準時入數，唔該晒。", "", ""),
    ("n14", "sms", "debtor", "汝好，汝这个月的钱已经收着，多谢汝。", "", ""),
    ("n15", "email", "debtor", "主旨：繳款通知\n您好，您本期應繳金額為新台幣2,450元，繳款期限為12月25日，如已繳納請忽略。", "", ""),
    ("n16", "sms", "debtor", "侬好，侬格账单礼拜五到期，记得还哦，有啥问题打客服。", "", ""),
    ("n17", "notice", "debtor", "结清证明\n借款人：葛*宇\n证件号码：4301**********1579\n上述借款已于2026年11月30日全部结清。", "", ""),
    ("n18", "sms", "debtor", "您好，您的手机号139****6318已完成实名认证。", "", ""),
    ("n19", "call", "debtor", "客户：我 老婆 刚 生 孩子 这 个 月 开销 大\n坐席：恭喜 您 这 个 月 可以 先 还 最低 额 下 个 月 再 补", "", ""),
    ("n20", "sms", "debtor", "您好，您说的家里困难我们已经记录，可为您办理分期，请在APP内提交申请。", "", ""),
    ("n21", "email", "third_party", "主题：在职核实回复\n您好，经查询，该人员确系我单位员工，其余信息依规不予提供。", "", ""),
    ("n22", "sms", "debtor", "如需线下还款，请至我司营业部：成都市武侯区天府大道北段1700号环球中心E1区9楼（工作日9:00-17:30）。",
     "A:成都市武侯区天府大道北段1700号环球中心E1区9楼", ""),
    ("n23", "app", "debtor", "[村民群] 通知：本周六上午在村委会大院开展金融知识宣传，请各位村民按时参加。", "", ""),
    ("n24", "sms", "debtor", "您好，我司承诺不会联系您的家人、朋友和工作单位，只与您本人沟通还款事宜。", "", ""),
    ("n25", "call", "third_party", "坐席：您好 请问 是 韩 先生 吗\n联系人：打错了\n坐席：抱歉 打扰 您 了 再见", "", ""),
    ("n26", "sms", "debtor", "【信达分期】您的账单已出，本期应还2,100元。如遇突发疾病等特殊困难，可致电客服申请延期。", "", ""),
    ("n27", "notice", "debtor", "还款计划确认书\n借款人：柏*涛\n分期期数：12期\n每期应还：860元\n首期还款日：2027年1月10日", "", ""),
    ("n28", "email", "debtor", "主题：您的还款计划\n您好，您提到最近身体不好，我们已将本月还款日顺延十五天，期间不收罚息。", "", ""),
    ("n29", "sms", "debtor", "您好，您本月的账单可通过微信、支付宝或银行转账还款，到账后系统自动核销。", "", ""),
    ("n30", "app", "debtor", "[语音转文字] 您好 我 是 众鑫 的 客服 小 王 您 的 账单 明天 到期 记得 还款 哦 有 问题 随时 联系 我", "", ""),
    ("n31", "sms", "debtor", "还款可到福音路18号我司门店办理，周日休息。", "A:福音路18号", ""),
    ("n32", "sms", "debtor", "你好嘛，这个月的钱记到还哈，莫拖，拖了要收滞纳金的。", "", ""),
    ("n33", "notice", "third_party", "致东湖花园业主委员会：\n我司将于本月在小区开展反诈骗宣传，届时请物业协助张贴海报，谢谢配合。", "", ""),
    ("n34", "sms", "debtor", "您好，根据您提交的收入证明，您的分期方案已调整为每月还款950元。", "", ""),
    ("n35", "call", "debtor", "坐席：您 好 现在 方便 吗\n客户：我 在 医院 排队 挂号 呢\n坐席：好的 那 您 先 忙 我们 下午 再 联系", "", ""),
    ("n36", "sms", "debtor", "您好，您申请的征信异议已受理，我们将在15个工作日内核查并回复。", "", ""),
    ("n37", "email", "debtor", "主题：扣款提醒\n您好，本月10日将从您尾号5235的还款卡自动扣款1,320元，请确保余额充足。", "", ""),
    ("n38", "sms", "debtor", "你好呀，你这个月的钱还冇还咯，记得今天弄一下，有么子问题打客服。", "", ""),
    ("n39", "app", "debtor", "[微信] 客户：我 下 周 出差 去 三亚\n客服：好的，出差前记得把本期1,200元还上，祝您一路顺利。", "", ""),
    ("n40", "sms", "debtor", "您好，学生暑期勿借网贷，谨防校园贷诈骗。【众鑫贷】提醒您理性消费。", "", ""),
    ("n41", "sms", "debtor", "您好，您的车辆抵押登记已解除，可携带行驶证和身份证到车管所办理后续手续。", "", ""),
    ("n42", "call", "debtor", "坐席：您 好 按照 规定 我们 只 核实 您 本人 身份 请问 您 是 葛 先生 本人 吗\n客户：是的", "", ""),
    ("n43", "sms", "debtor", "親愛的客戶您好，本公司不會向您的家人、雇主或鄰居透露您的帳務資訊，敬請安心。", "", ""),
    ("n44", "email", "debtor", "主题：投诉处理结果\n您好，您投诉的催收人员泄露您家人信息一事经核实属实，涉事人员已停职，我们向您致歉。", "", ""),
    ("n45", "sms", "debtor", "【安心借】您好，您的借款已逾期3天，请尽快还款以免影响信用。客服热线400-820-3366。", "", ""),
    ("n46", "notice", "debtor", "年终对账单\n账户：尾号1234\n本年累计还款：14,600元\n剩余本金：3,200元\n如有异议请联系客服。", "", ""),
]


def write_dev13(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV13_FILE, (record(*message, dev=13) for message in MESSAGES))


if __name__ == "__main__":
    write_dev13()
