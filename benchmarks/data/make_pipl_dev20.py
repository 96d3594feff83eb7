"""Writes `pipl_dev20.jsonl`: a PIPL development batch (issue 14) weighted to `pii.excessive` and to `pii.sensitive`
in everyday words, with lawful near-misses, measured once with the shipped code after it was committed and before
any rule was changed on it.

Written by hand by the helper who then tunes the `pii.excessive` and `pii.sensitive` rule packs; it read the data
contract, the format lines of `make_pipl_dev19` (docstring, imports, the MESSAGES shape, `write_dev19`), the `record`
helper and the labels of earlier batches' family-member and guarantor messages, and no rule before the batch was
committed.

Voices: lenders' SMS templates with 【】 signatures, app inbox and WeChat private chats, parents', villagers', tenants'
and colleagues' group chats, e-mail with 主题 lines, letters and notices to debtors, schools, landlords and employers,
relief replies from consumer-protection desks, ASR calls with spaced words, and relatives' details in Cantonese,
Sichuanese, north-eastern, Shanghainese and Hokkien-flavoured speech and in traditional characters.
Families by the id's first letter, as in `make_pipl_dev17`: h health, p pregnancy, m mental health and addiction,
d disability, c children, w whereabouts and routines, f finances and assets, r religion, k records, biometrics and
specific identities, x excessive, t third-party disclosure, u unmasked identifiers, n lawful (a letter's addressee
line, the debtor's own name alone, masked echoes, a guarantor told of his own guarantee or its release, relief granted
without naming a condition, a lender's own office and route to it, a generic "things are hard" and security warnings
that name biometrics without holding any).

Decisions, by contract section 5 and as `make_pipl_dev19` states them: a family member, partner, ex-partner,
guarantor, roommate or landlord named to the debtor (full name, given name, nickname or 小名) or given by number is
`pii.excessive`, and so is a child's name beside the parent's in a message to a teacher or a parents' group; the
debtor's name with a home address or employer is `pii.excessive` unless the message is a letter that needs it; a
condition named back in a relief reply is `pii.sensitive` (dialysis, a mental illness, a disability grade,
breastfeeding), and so are a booked train, a checked-in flight, a hotel stay, a salary statement, biometrics (face,
fingerprint, voiceprint) and a child's school and class; a guarantor told of his own guarantee is no disclosure; a
full mobile in the text is `pii.unmasked_identifier` whoever it belongs to. Every identifier is invented and passes
`set_format.check_identifier`.

First run, after the batch was committed and before any rule was changed on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev20.jsonl --no-weibo`, 166 messages, 55 lawful, on afe38c3): `pii.sensitive` P 0.927 R 0.776
F1 0.844, `pii.excessive` P 0.974 R 0.673 F1 0.796, `pii.third_party_disclosure` P 0.941 R 1.000 F1 0.970,
`pii.unmasked_identifier` P 1.000 R 0.750 F1 0.857, `pii.*` micro P 0.954 R 0.757 F1 0.844; entities: structured ids
P/R 1.000, PERSON P 0.877 R 0.740, ADDRESS P 0.714 R 0.833. Missed excessive: a daughter's 小名, a brother's given
name in north-eastern speech, a landlord's and a guarantor's names, an adult son's name, a cousin's given name, an
in-law's nickname, a wife's given name in a call, an ex-wife's given name and number, roommates' names with the flat,
a grandmother in Cantonese, a godmother, relatives' names beside their numbers (father, mother, landlord), a child's
nickname in a parents' group, relatives told to a sister and to villagers; missed sensitive: dialysis and a stent
operation named in relief replies, a bipolar diagnosis, a breastfeeding certificate, 坐月子 in a call, a salary
statement, face-recognition results, a daughter's senior-high school, and a child's class beside the parent named to
a teacher; missed unmasked: a collector's own mobile in four forms. Flagged: the addressee line of a notice (excessive),
a guarantor told his guarantee was released (disclosure), and a relative's town and a husband's lorry (sensitive).
No label was changed after the run.

Must never be used as a held-out set: it is a development batch.

`python -m benchmarks.data.make_pipl_dev20` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV20_FILE = "pipl_dev20.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # excessive: family members named by full name, given name, nickname or 小名, told to the debtor
    ("x001", "sms", "debtor", "【借呗速达】邵先生，您女儿邵雨桐、儿子邵子航的情况我司已了解，请勿让孩子们为您的欠款操心，今日务必还款。", "P:邵雨桐|P:邵子航", "X"),
    ("x002", "app", "debtor", "姐你就别躲了，你家秀兰不是在镇上卫生院上班嘛，我们去找她问问也行", "P:秀兰", "X"),
    ("x003", "sms", "debtor", "你媳妇儿桂芝昨天接了我们电话，说家里的事都是你管，那这钱你啥时候给？", "P:桂芝", "X"),
    ("x004", "app", "debtor", "老周，你家闺女小名叫妞妞吧，长得挺俊的，当爹的欠钱不还让孩子咋抬头", "P:妞妞", "X"),
    ("x005", "call", "debtor", "坐席：喂 是 付 先生 吧\n客户：嗯 咋了\n坐席：付 先生 你 老婆 叫 春 燕 对吧 你 儿子 小 名 叫 豆 豆 我们 资料 上 都 有 你 这 钱 拖 了 三 个 月 了", "P:春 燕|P:豆 豆", "X"),
    ("x006", "sms", "debtor", "你屋头幺妹儿叫李小琴嘛，在成都春熙路卖衣服的，你再不还钱我们就去店头找她摆一哈", "P:李小琴", "X"),
    ("x007", "app", "debtor", "喂 你老豆陳志強喺元朗開緊茶餐廳啊嘛，你唔還錢我哋就去佢間舖度坐吓", "P:陳志強", "X"),
    ("x008", "sms", "debtor", "侬阿姐王美娟勿是勒徐汇区开美容院伐，侬勿还钞票阿拉就只好寻伊了", "P:王美娟", "X"),
    ("x009", "app", "debtor", "你家老二国庆在沈阳铁西那旮旯开出租吧，你再装听不见我们就找他唠唠", "P:国庆", "X"),
    ("x010", "email", "debtor", "主题：关于您的逾期账户\n崔女士：\n经核实，您的母亲胡淑贞、弟弟崔立新均为您的紧急联系人，为避免打扰家人，请于本周内还款。\n——\n和信资产 贷后三组", "P:胡淑贞|P:崔立新", "X"),
    ("x011", "notice", "debtor", "还款提醒函\n致：严国华\n您的配偶沈丽萍、女儿严可馨与您同住，本司不希望因您的欠款影响家庭，请于收到本函后五日内联系。\n宏泰资产管理", "P:严国华|P:沈丽萍|P:严可馨", "X"),
    ("x012", "sms", "debtor", "【速借宝】您的借款已逾期45天，您的父亲（欧阳建民，13912876504）已接到提醒，请您本人尽快处理。", "P:欧阳建民|M:13912876504", "UX"),
    ("x013", "app", "debtor", "你前夫江海涛的手机号15838260917我们拿到了，你们俩的事我们不管，你的欠款你自己要处理", "P:江海涛|M:15838260917", "UX"),
    ("x014", "call", "debtor", "坐席：喂 您好 是 鲁 女士 吗\n客户：是 我\n坐席：鲁 女士 你 的 担保 人 是 你 表哥 鲁 建 设 吧 他 电话 幺 八 六 七 幺 三 零 二 二 四 五 他 说 让 你 自己 处理", "P:鲁 建 设|M:幺 八 六 七 幺 三 零 二 二 四 五", "UX"),
    ("x015", "app", "debtor", "【协商中心】您好，您的房东何大姐（何翠芳）说您上个月就搬走了，新的住址请主动告知我们。", "P:何翠芳", "X"),
    ("x016", "sms", "debtor", "你前女友小敏我们也找过了，人家说早跟你没关系了，你还是自己把钱还了吧", "P:小敏", "X"),
    ("x017", "email", "debtor", "主题：担保情况说明\n龚先生：\n本笔借款的担保人为您的岳父梁振海（电话17756093318），如您继续逾期，我司将依约要求担保人履行责任。\n——\n中融信贷 风险管理部", "P:梁振海|M:17756093318", "UX"),
    ("x018", "app", "debtor", "你那个同居的男朋友叫阿杰吧，在星巴克当店长，我们可以去店里等你", "P:阿杰", "X"),
    ("x019", "sms", "debtor", "汪丽，你公公婆婆汪德胜和刘玉梅住哪我们都知道，老人家年纪大了别让他们跟着操心", "P:汪丽|P:汪德胜|P:刘玉梅", "X"),
    ("x020", "call", "debtor", "坐席：喂 宋 哥 哈\n客户：你 谁\n坐席：我 安 心 贷 的 宋 哥 你 家 大 小 子 叫 宋 浩 然 在 读 大学 吧 你 这 当 爹 的 欠 钱 不 还 他 知道 不", "P:宋 浩 然", "X"),
    ("x021", "app", "debtor", "阿妹，你阿爸阿母住在晋江安海那边我们知道，你阿兄陈文雄也在那边做鞋，钱要还啦", "P:陈文雄", "X"),
    ("x022", "notice", "debtor", "催收告知书\n借款人：邓宏伟\n紧急联系人：邓宏亮（弟）、邓小芬（姐）、许桂英（母）\n您的借款已逾期120天，请于7日内还款。\n信源资产", "P:邓宏伟|P:邓宏亮|P:邓小芬|P:许桂英", "X"),
    ("x023", "sms", "debtor", "【融e借】尊敬的姚先生，您的妻子方晓燕女士已知悉您的逾期情况，她表示愿意协助还款，请您与她商议后尽快处理。", "P:方晓燕", "X"),
    ("x024", "app", "debtor", "你儿子叫乐乐，你老婆婷婷在商场卖化妆品，一家人过得挺好嘛，怎么就不还钱呢", "P:乐乐|P:婷婷", "X"),
    ("x025", "email", "debtor", "主题：催款函（第二次）\n叶明杰先生：\n您的工作单位为华润万家（龙岗店）收银部，居住地址为深圳市龙岗区布吉街道三联村南岭路15号。请于3日内还清欠款9,600元。\n——\n南粤资产 外访组", "P:叶明杰|A:深圳市龙岗区布吉街道三联村南岭路15号", "X"),
    ("x026", "sms", "debtor", "廖志刚，你在顺丰龙华分部当快递员，住民治大道那个城中村的出租屋，不还钱我们就去分部找你们主管", "P:廖志刚", "X"),
    ("x028", "app", "debtor", "[微信] 哥们 你小舅子大军开的那个烧烤店我去过了 生意不错啊 要不你让他先帮你垫上", "P:大军", "X"),
    ("x029", "sms", "debtor", "你表姐翠花说你去广州打工了，你三叔也说联系不上你，躲是躲不掉的，早点还吧", "P:翠花", "X"),
    ("x030", "notice", "debtor", "律师函\n致：蒋文彬\n您的担保人蒋文军（兄）、您的配偶郭晓雯已分别收到本所函件，请您于收到本函之日起十日内清偿欠款。\n某某律师事务所", "P:蒋文彬|P:蒋文军|P:郭晓雯", "X"),
    ("x031", "app", "debtor", "亲，你室友小胖和阿龙都说你这个月换工作了，去了物流园那边，你还是回个电话吧", "P:小胖|P:阿龙", "X"),
    ("x032", "email", "debtor", "主题：协商还款\n范小姐：\n我们联系了您的姐姐范晓琳（18829354062），她说您最近在家带孩子，请您本人尽快与我们联系。\n——\n信诚资产 协商组", "P:范晓琳|M:18829354062", "UX"),
    ("x033", "sms", "debtor", "喂 你姑爷子二柱在工地开塔吊那个 我们认识他工头 你自己琢磨琢磨", "P:二柱", "X"),
    ("x034", "app", "debtor", "你女儿叫琪琪 在育英幼儿园中班 你不还钱 以后接送我们也看得到", "P:琪琪", "SX"),
    ("x035", "call", "debtor", "坐席：喂 您好 是 尤 先生 吗 我 这边 是 维 信 的\n客户：是\n坐席：尤 先生 您 之前 登记 的 联系 人 是 您 爱人 小 芳 和 您 姐 夫 老 钱 他们 都 说 联系 不 上 您", "P:小 芳", "X"),
    ("x036", "sms", "debtor", "【易借款】严先生，您在申请时预留的亲属联系人为严桂香（母亲，电话13580426671），我司将在您失联时与其联系。", "P:严桂香|M:13580426671", "UX"),
    ("x037", "app", "debtor", "俺知道你婆娘叫翠兰 在镇上开裁缝铺 你要再不接电话俺就上铺子里去说道说道", "P:翠兰", "X"),
    ("x038", "notice", "debtor", "上门通知\n致：柯晓东\n我司外访人员已于5月12日前往您父母柯永福、黄金花位于莆田市城厢区龙桥街道的住所，请您尽快与我司联系。\n闽信资产", "P:柯晓东|P:柯永福|P:黄金花|A:莆田市城厢区龙桥街道", "X"),
    ("x039", "app", "debtor", "你男人叫大刚吧 跑货车的 车停在物流园 我们都知道 这钱你俩谁还都行", "P:大刚", "X"),
    ("x040", "email", "debtor", "主题：最后提醒\n您好，您的合租室友谢雨晴、韩东已确认您仍在枫林苑3栋1102居住，请勿继续回避。\n——\n贷后服务部", "P:谢雨晴|P:韩东|A:枫林苑3栋1102", "X"),
    ("x041", "sms", "debtor", "你哋屋企阿嫲陳金好八十幾歲喇，你唔想佢知你欠錢就快啲還", "P:陳金好", "X"),
    ("x042", "call", "debtor", "坐席：喂 卢 先生 你 好 我 这边 是 分期 乐 的\n客户：嗯\n坐席：我们 联系 了 你 的 前妻 小 丽 她 电话 是 幺 三 三 七 六 零 幺 五 五 九 八 她 说 你们 早 离 了 让 我们 找 你", "P:小 丽|M:幺 三 三 七 六 零 幺 五 五 九 八", "UX"),
    ("x043", "app", "debtor", "你那个干妈刘凤琴不是挺有钱的嘛，在菜市场有两个摊位，让她先借你呗", "P:刘凤琴", "X"),
    ("x044", "sms", "debtor", "【众信分期】吕女士，经核实，您的房东张德友先生已确认您拖欠房租两个月，建议您优先处理我司欠款。", "P:张德友", "X"),
    ("x045", "app", "debtor", "阿伟你好，你阿公阿嬷我们不打扰，不过你阿叔林金水讲你在泉州做工，你得给个准话", "P:林金水", "X"),
    ("x056", "app", "debtor", "你房东老魏的电话166-3082-7714我存着呢，他说你押金都不要了连夜搬的，你这是要跑啊", "M:166-3082-7714", "UX"),
    # excessive with disclosure: a child's name beside the parent's to a teacher or a parents' group, relatives told
    ("x046", "app", "third_party", "[二年级三班家长群] 大家好，我找一下班上萱萱的妈妈，她叫钟丽娜，在我们平台欠款不还，认识的家长帮忙说一声", "P:萱萱|P:钟丽娜", "STX"),
    ("x047", "email", "third_party", "主题：请协助联系学生家长\n王老师您好：\n贵班学生童思远的父亲童建军在我司有逾期借款，多次联系未果，烦请转告其尽快与我司联系。\n——\n汇诚资产 外访部", "P:童思远|P:童建军", "STX"),
    ("x048", "call", "third_party", "坐席：喂 是 阳光 幼儿园 吗 我 找 一下 大 二 班 的 老师\n第三方：我就是\n坐席：你 们 班 有 个 小 朋友 叫 甜 甜 她 妈 妈 叫 石 晓 霞 在 我们 这 欠 款 了 麻烦 跟 她 说 一下", "P:甜 甜|P:石 晓 霞", "STX"),
    ("x049", "app", "third_party", "[兴趣班家长群] 请问小乐的爸爸郝志勇在群里吗？他在我们这里的借款逾期了，请看到的家长提醒一下。", "P:小乐|P:郝志勇", "STX"),
    ("x050", "sms", "third_party", "你好，你是姜浩的姑姑吧，他和他媳妇陈艳一起借的钱都逾期了，他闺女在实验小学上学，你们做亲戚的劝劝他", "P:姜浩|P:陈艳", "STX"),
    ("x051", "notice", "third_party", "致：光明小学四年级二班 班主任\n贵班学生卫子豪之母卫红梅在我司借款逾期，烦请转告家长与我司联系。\n长信资产管理有限公司", "P:卫子豪|P:卫红梅", "STX"),
    ("x052", "app", "third_party", "大姐你好，我是华融的，你弟弟贾建平、你弟媳孙莉莉都联系不上，他们欠我们三万多，你让他们回个电话", "P:贾建平|P:孙莉莉", "TX"),
    ("x053", "call", "third_party", "坐席：喂 是 孔 大 爷 吧\n第三方：是 我\n坐席：您 儿子 孔 伟 欠 了 我们 钱 他 媳妇 叫 小 梅 在 县 医院 上班 您 帮 我们 跟 他们 说 一下\n第三方：他们的事我不管", "P:孔 伟|P:小 梅", "TX"),
    ("x054", "email", "third_party", "主题：协查函\n尊敬的物业管理处：\n贵小区业主邹建华（7栋2单元601）及其妻子曹丽君在我司借款逾期，请协助告知其与我司联系。\n——\n恒信资产", "P:邹建华|A:7栋2单元601|P:曹丽君", "TX"),
    ("x055", "app", "third_party", "[村民群] 各位乡亲，王家庄王老四的儿子王小虎欠我们平台钱跑了，他媳妇带着娃在镇上租房子，谁知道告诉一声", "P:王老四|P:王小虎", "TX"),
    # sensitive: conditions named back in relief replies
    ("h001", "sms", "debtor", "【美好分期】谭先生，您提交的血液透析治疗记录已审核，本笔借款延期60天，期间不产生罚息。退订回T", "", "S"),
    ("h002", "app", "debtor", "【消息中心】您好，鉴于您正在接受乳腺癌术后化疗，我司已为您办理6个月停催，请安心治疗。", "", "S"),
    ("h003", "notice", "debtor", "关于困难帮扶申请的答复\n尊敬的客户：\n您因尿毒症需长期透析提出的减免申请已获批准，免除全部罚息，本金分24期偿还。\n消费者权益保护部", "", "S"),
    ("h004", "email", "debtor", "主题：延期申请审核结果\n柏先生您好：\n您提供的冠心病支架手术出院小结已收到，经审核同意本期账单顺延三个月。\n——\n客户服务中心", "", "S"),
    ("h005", "call", "debtor", "坐席：喂 是 范 阿姨 吧\n客户：是\n坐席：范 阿姨 您 老伴 中风 在 家 卧床 的 情况 我们 记下 了 这 个月 先 不 催 您 您 看 下 个月 能 还 多少", "", "S"),
    ("h006", "app", "debtor", "客服回复：您好，您说的甲亢复发住院的情况我们已备注，还款日可以往后推两周。", "", "S"),
    ("m001", "sms", "debtor", "【安居贷】陶女士，您提交的双相情感障碍诊断证明已收到，我司同意暂停催收90天，祝您早日康复。", "", "S"),
    ("m002", "app", "debtor", "您好，您家属说您最近抑郁症加重在吃药，这段时间我们不会打电话，等您好些再沟通还款。", "", "S"),
    ("m003", "email", "debtor", "主题：协商结果\n您好：\n关于您所述正在戒毒康复所接受康复治疗一事，我司同意将还款起始日推迟至您出所后一个月。\n——\n法务协商组", "", "S"),
    ("m004", "call", "debtor", "坐席：您 好 我 是 你 我 贷 的\n客户：嗯\n坐席：上 次 您 说 您 在 精 神 卫 生 中 心 看 焦 虑 症 我们 给 您 申请 了 延 期 您 看 收到 短信 没有", "", "S"),
    ("d001", "sms", "debtor", "【惠民小贷】您好，您的残疾人证（视力二级）已核验，罚息全免，本金可分18期。", "", "S"),
    ("d002", "notice", "debtor", "减免通知书\n致：裴**\n经核实您系肢体三级残疾，符合我司帮扶政策，现减免利息1,280元。\n某消费金融有限公司", "", "S"),
    ("d003", "app", "debtor", "您好，您儿子说您是聋哑人不方便接电话，以后我们都用短信联系您，还款计划已经发您了。", "", "S"),
    ("d004", "email", "debtor", "主题：残疾客户帮扶\n您好，您提交的智力残疾四级证明及低保证已收到，我司为您办理停息挂账。\n——\n客户关怀组", "", "S"),
    ("p001", "sms", "debtor", "【好期贷】您好，您提交的哺乳期证明已审核通过，宝宝满一周岁前您的账单每月只需还最低额。", "", "S"),
    ("p002", "app", "debtor", "亲，您说您怀孕七个月了不方便出门，那我们这期就先给您延后，生完孩子再说哈", "", "S"),
    ("p003", "call", "debtor", "坐席：喂 你好 我 是 马 上 消 费 的\n客户：我在坐月子呢\n坐席：哦 您 在 坐 月 子 那 我们 给 您 备 注 一 下 产 假 期 间 先 不 打 扰 您", "", "S"),
    ("p004", "email", "debtor", "主题：Re: 延期申请\n您好，您本月产检发现妊娠高血压需住院保胎的情况已记录，还款日顺延至下月20日。\n——\n客服中心", "", "S"),
    # sensitive: trips, hotels, routines
    ("w001", "sms", "debtor", "焦先生，您订了明早8点15分G1724次去郑州的高铁，走之前先把这期还了吧。", "", "S"),
    ("w002", "app", "debtor", "你都在白云机场值机了CZ3547去昆明，说明手头不紧，还差那两千块钱你就别拖了", "", "S"),
    ("w003", "call", "debtor", "坐席：喂 付 先生 你 现在 住 在 汉庭 酒店 火车站 店 八 楼 吧 我们 同事 就在 楼下\n客户：你们想干啥", "", "S"),
    ("w004", "sms", "debtor", "你这周三天都住在如家快捷酒店西湖店，有钱住酒店没钱还账？", "", "S"),
    ("w005", "app", "debtor", "每天早上七点半你从家开车走滨河路去公司，晚上九点多才回来，我们都看得见", "", "S"),
    ("w006", "email", "debtor", "主题：关于您的出行\n您好，我司了解到您已购买本周五上海虹桥飞往成都的机票，请在出行前结清逾期款项。\n——\n贷后管理部", "", "S"),
    ("w007", "sms", "debtor", "你每周二四晚上在健身房练到十点，周末去钓鱼，日子过得挺滋润啊，钱呢", "", "S"),
    ("w008", "app", "debtor", "你昨晚住的那个桔子酒店801我们前台问过了，你躲到哪都没用", "", "S"),
    ("w009", "notice", "debtor", "外访记录（抄送客户）\n客户每日早6点至下午2点在食品厂包装车间上早班，下班后在厂门口等公交回宿舍。\n外访员：小吴", "", "S"),
    ("w010", "call", "debtor", "坐席：喂 我 知道 你 今天 坐 的 K 五 八 九 次 卧铺 去 西安 下 午 四 点 到 站 要不 我们 在 出站 口 见 一 面", "", "S"),
    # sensitive: salary, accounts, biometrics, records
    ("f001", "sms", "debtor", "【安信贷】您提供的工资流水显示月均到账9,850元，扣除房贷后仍有余力，请按原计划还款。", "", "S"),
    ("f002", "app", "debtor", "你那个建行的工资卡每月10号进账七千多，你跟我说没钱？", "", "S"),
    ("f003", "email", "debtor", "主题：和解方案\n您好，根据您提交的近六个月工资条（税后月薪12,300元）及公积金缴存记录，我司建议每月还款3,000元。\n——\n协商组", "", "S"),
    ("f004", "notice", "debtor", "还款能力评估告知\n经查，您名下支付宝余额宝余额约4.2万元，微信零钱通1.1万元，具备还款能力。\n鑫源资产", "", "S"),
    ("f005", "call", "debtor", "坐席：我 们 查 到 您 社保 是 按 八 千 的 基数 交 的 说明 收入 不 低 那 这 个 钱 为 啥 不 还", "", "S"),
    ("k001", "sms", "debtor", "【数字金融】尊敬的客户，您于借款时录入的人脸信息与本次还款验证不一致，请本人到网点核验。", "", "S"),
    ("k002", "app", "debtor", "你借款时按的指纹和录的声纹我们都存着呢，别想着说不是你本人借的", "", "S"),
    ("k003", "email", "debtor", "主题：身份核验\n您好，系统显示您的人脸识别照片与身份证照片比对相似度为62%，未达标准，请补充材料。\n——\n风控中心", "", "S"),
    ("k004", "call", "debtor", "坐席：你 这个 声纹 我们 系统 里 比 对 过 了 就是 你 本人 接 的 电话 你 不要 说 打 错 了", "", "S"),
    ("k005", "sms", "debtor", "你是刑满释放人员，我们都查过了，这种情况你更得珍惜信用", "", "S"),
    ("c001", "app", "debtor", "你儿子在育才小学三年级二班，天天四点半放学，你这个当爸的也不想孩子看见我们吧", "", "S"),
    ("c002", "sms", "debtor", "您女儿今年高三在一中读书，我们理解您的压力，可以申请分期，但请别一直不接电话", "", "S"),
    ("r001", "app", "debtor", "你每周日都去教堂做礼拜，教友们知道你欠钱不还吗", "", "S"),
    ("r002", "sms", "debtor", "听说你初一十五都去灵隐寺烧香，菩萨也保佑不了欠钱不还的人", "", "S"),
    # third-party disclosure without excess
    ("t001", "sms", "third_party", "您好，我是速贷之家的，您同事贺鹏在我平台借款已逾期，请转告他今天联系我们。", "P:贺鹏", "T"),
    ("t002", "call", "third_party", "坐席：喂 你好 是 付 平 的 朋友 吗\n第三方：是啊\n坐席：他 在 我们 平台 有 笔 一万 多 的 借款 逾期 了 你 能 联系 上 他 吗", "P:付 平", "T"),
    ("t003", "email", "third_party", "主题：员工欠款告知\n人事部您好：贵司员工蔡文涛在我平台借款逾期60天，欠款8,700元，请协助转告。\n——\n某网络小贷", "P:蔡文涛", "T"),
    ("t004", "app", "third_party", "[业主群] 各位邻居，8栋的业主晏先生在我们平台欠款不还，认识的帮忙转告一下", "", "T"),
    ("t005", "notice", "third_party", "致：房东\n您的租客（陆某某）在我司借款逾期，请转告其联系我司。\n安泰资产", "", "T"),
    ("t006", "sms", "third_party", "叔叔你好 你侄子黎明在我们这借了钱一直没还 你当长辈的说说他", "P:黎明", "T"),
    # unmasked identifiers without excess
    ("u001", "sms", "debtor", "【急借】您好，您的专属催收专员小马，电话19916257730，请回电协商。", "M:19916257730", "U"),
    ("u002", "app", "debtor", "请把钱打到这个卡上 收款人刘**，有事打我手机15207718843", "M:15207718843", "U"),
    ("u003", "call", "debtor", "坐席：你 记 一下 我 的 号 幺 八 幺 零 五 六 三 七 七 二 九 有 事 直接 打 给 我", "M:幺 八 幺 零 五 六 三 七 七 二 九", "U"),
    ("u004", "email", "debtor", "主题：还款账户\n您好，请联系对接人韦经理（13376015598）办理结清手续。\n——\n贷后组", "M:13376015598", "U"),
    ("u005", "sms", "debtor", "【信达催收】请于今日18点前回电：１４７９５３０８２１６（外访组）。", "M:１４７９５３０８２１６", "U"),
    ("u006", "notice", "debtor", "还款账户\n户名：某资产管理有限公司\n账号：6217 0028 4519 6370 1\n请于五日内汇款并注明借款编号。", "B:6217 0028 4519 6370 1", "U"),
    ("u007", "app", "debtor", "加我微信吧，就是这个手机号 159 6204 4183，发个还款截图过来", "M:159 6204 4183", "U"),
    ("u008", "call", "debtor", "坐席：你 有 事 打 我 手 机 幺 七 三 二 幺 六 洞 九 四 五 八 别 打 客 服 了", "M:幺 七 三 二 幺 六 洞 九 四 五 八", "U"),
    # lawful: a letter's addressee line, the debtor's own name alone, masked echoes
    ("n001", "notice", "debtor", "还款通知书\n致：韩立新\n地址：太原市小店区长风街118号5号楼3单元402\n您在我司的借款已逾期30天，欠款3,560元，请于2024年8月15日前还款。\n晋信资产管理有限公司", "P:韩立新|A:太原市小店区长风街118号5号楼3单元402", ""),
    ("n002", "sms", "debtor", "【小花钱包】丁建国先生，您本期账单1,280元已逾期3天，请尽快还款，如已还款请忽略。", "P:丁建国", ""),
    ("n003", "app", "debtor", "尊敬的用户张**，您尾号0921的银行卡本期扣款失败，请确保卡内余额充足。", "", ""),
    ("n004", "email", "debtor", "主题：结清证明\n邱雅琪女士：\n您在我司的借款已全部结清，结清证明见附件。\n——\n客户服务中心", "P:邱雅琪", ""),
    ("n005", "notice", "debtor", "律师函\n致：彭志华先生\n送达地址：长沙市岳麓区麓山南路932号\n受委托人委托，现就您拖欠借款一事函告如下：请于十日内清偿欠款6,800元。\n湖南某律师事务所", "P:彭志华|A:长沙市岳麓区麓山南路932号", ""),
    ("n006", "call", "debtor", "坐席：您 好 请问 是 罗 明 先生 吗\n客户：是我\n坐席：罗 先生 您 好 我 是 招 联 的 您 本 期 账 单 还 差 五 百 元 今 天 能 处 理 吗", "P:罗 明", ""),
    ("n007", "app", "debtor", "您好，您绑定的手机号138****6620已更换成功。", "", ""),
    ("n008", "sms", "debtor", "【借呗】钱**，您预留的紧急联系人信息已更新，我们仅在无法联系您本人时使用。", "", ""),
    # lawful: guarantors told of their own guarantee or its release
    ("n009", "sms", "third_party", "【长城担保】尊敬的孔先生，您为借款人鲍建明提供的担保已于2024年6月1日随借款结清解除，特此告知。", "P:鲍建明", ""),
    ("n010", "notice", "third_party", "担保责任解除通知书\n致：保证人 熊国栋\n借款人已于本月清偿全部借款，您依保证合同承担的保证责任自即日起解除。\n某农村商业银行", "P:熊国栋", ""),
    ("n011", "email", "third_party", "主题：担保责任提示\n尊敬的保证人：\n您所担保的借款（借款人：舒红）本期未还，逾期金额2,400元，依您签署的保证合同特此提示。\n——\n某小额贷款公司", "P:舒红", ""),
    ("n012", "call", "third_party", "坐席：您 好 请问 是 保 证 人 杜 先 生 吗\n第三方：是\n坐席：杜 先生 您 担 保 的 那 笔 借 款 已 经 还 清 了 您 的 担 保 责 任 解 除 了 特 地 通 知 您 一 下", "", ""),
    ("n013", "app", "third_party", "【担保通知】您好，您作为共同借款人签署的借款本月已逾期，请按合同约定履行还款义务。", "", ""),
    # lawful: relief granted without naming a condition, generic hardship
    ("n014", "sms", "debtor", "【美好分期】您的延期还款申请已审核通过，本期账单顺延30天，期间不产生罚息。", "", ""),
    ("n015", "app", "debtor", "我知道你最近不容易，咱们商量个你能接受的方案，每月还多少你说个数。", "", ""),
    ("n016", "email", "debtor", "主题：困难帮扶政策\n尊敬的客户：\n如您因疾病、失业、家庭变故等原因还款困难，可通过App提交材料申请延期或分期。\n——\n消费者权益保护部", "", ""),
    ("n017", "call", "debtor", "坐席：您 好 我 是 中 原 消 费 的\n客户：我最近家里出了点事\n坐席：理 解 理 解 家 里 有 事 确 实 不 容 易 那 我 们 给 您 申 请 个 延 期 您 看 行 不 行", "", ""),
    ("n018", "notice", "debtor", "帮扶申请答复\n尊敬的客户：\n您提交的材料已审核，经评估您符合我司困难客户帮扶条件，自本月起减免罚息。\n某消费金融有限公司", "", ""),
    ("n019", "sms", "debtor", "知道你最近手头紧，这期先还一半也行，剩下的下个月补上。", "", ""),
    ("n020", "app", "debtor", "您好，考虑到您目前的实际困难，我们同意为您办理个性化分期，详情见App消息。", "", ""),
    ("n021", "email", "debtor", "主题：Re: 还款困难\n您好，已收到您的说明，请保重身体，我们为您延后一期，有问题随时联系。\n——\n客服小赵", "", ""),
    # lawful: lenders' offices, routes to them, appointments
    ("n022", "sms", "debtor", "【和信资产】如需线下协商，请至我司：广州市天河区体育西路191号中石化大厦18楼，地铁3号线体育西路站B出口。", "", ""),
    ("n023", "app", "debtor", "您预约的面谈时间为周四上午10点，地点在我司前台，请携带身份证原件。", "", ""),
    ("n024", "notice", "debtor", "还款方式说明\n1. App内还款；2. 对公转账至本公司账户；3. 至本公司营业厅办理。营业时间：工作日9:00-17:30。", "", ""),
    ("n025", "email", "debtor", "主题：调解通知\n您好，您的案件已转至某某区人民调解委员会，调解地点为区司法局三楼调解室，时间另行通知。\n——\n法务部", "", ""),
    ("n026", "call", "debtor", "坐席：您 要是 方便 可以 周 六 上 午 来 我 们 公 司 当 面 谈 地 址 我 短 信 发 您\n客户：好的", "", ""),
    # lawful: security warnings and KYC steps that name biometrics without holding any
    ("n027", "sms", "debtor", "【安心借】提醒：我司工作人员不会索要您的验证码、密码或人脸视频，谨防诈骗。", "", ""),
    ("n028", "app", "debtor", "温馨提示：修改绑定银行卡需进行人脸识别验证，请在光线充足的环境下操作。", "", ""),
    ("n029", "email", "debtor", "主题：账户安全提醒\n您好，为保障资金安全，大额还款时App可能要求指纹或面容验证，请本人操作。\n——\n安全中心", "", ""),
    # lawful: families mentioned without any name, number or detail
    ("n030", "sms", "debtor", "您好，我们不会联系您的家人，请您本人尽快回电协商还款。", "", ""),
    ("n031", "app", "debtor", "请您与家人商量后给我们一个还款方案，我们只和您本人沟通。", "", ""),
    ("n032", "call", "debtor", "坐席：您 要是 需要 跟 家 里 人 商 量 一 下 也 行 明 天 这 个 时 间 我 再 给 您 打\n客户：好", "", ""),
    ("n033", "email", "debtor", "主题：还款提醒\n温先生：\n您的借款将于3日后到期，金额2,150元，请按时还款。\n——\n贷后服务中心", "", ""),
    ("n034", "notice", "debtor", "逾期提醒函\n致：葛晓明\n您于2024年1月在我司借款20,000元，现已逾期15天，请于收到本函后7日内还款。如有异议请致电400-820-3366。\n某消费金融", "P:葛晓明", ""),
    # lawful: everyday messages with no debt and no excess
    ("n035", "app", "third_party", "[三年级二班家长群] 各位家长好，明天春游请给孩子带好水和帽子，早上七点五十在校门口集合。", "", ""),
    ("n036", "sms", "third_party", "【顺丰速运】您的快递已放至小区丰巢柜，取件码583201。", "", ""),
    ("n037", "email", "third_party", "主题：会议通知\n各位同事：周五下午三点在三楼会议室召开季度总结会，请准时参加。\n——\n行政部", "", ""),
    ("n038", "app", "third_party", "[业主群] 物业通知：本周六上午9点至12点小区停水检修，请各位业主提前储水。", "", ""),
    ("n039", "sms", "debtor", "【12306】您的退票申请已受理，退款将在7个工作日内原路返回。", "", ""),
    ("n040", "notice", "third_party", "通知\n各位租户：下月起垃圾分类投放时间调整为早7点至9点、晚6点至8点。\n房东", "", ""),
    # lawful: third parties asked for nothing but a call-back
    ("n041", "sms", "third_party", "您好，我们有件事想联系盛先生本人，麻烦您方便时转告他回个电话，谢谢。", "", ""),
    ("n042", "call", "third_party", "坐席：您 好 请问 是 庞 先 生 吗\n第三方：你打错了\n坐席：不 好 意 思 打 扰 了", "", ""),
    ("n043", "app", "third_party", "您好，请问您认识莫先生吗？有事想联系他本人，如果方便请让他回电，打扰了。", "", ""),
    # lawful: the debtor's own trip, stay or job named by the debtor's request, generic schedules
    ("n044", "sms", "debtor", "【花呗】您的账单日为每月1日，还款日为每月10日，请合理安排资金。", "", ""),
    ("n045", "app", "debtor", "您好，我们的客服工作时间为早9点到晚9点，其余时间可在App留言。", "", ""),
    ("n046", "email", "debtor", "主题：还款计划确认\n您好，按您选择的方案，每月15日还款1,000元，共12期，首期为下月15日。\n——\n协商组", "", ""),
    ("n047", "call", "debtor", "坐席：那 我 们 就 约 好 了 下 周 一 上 午 我 再 给 您 打 您 看 几 点 方 便\n客户：十点吧", "", ""),
    ("n048", "notice", "debtor", "结清确认函\n致：樊丽\n您在我司的借款已于2024年5月8日全部结清，特此确认。\n某小额贷款有限公司", "P:樊丽", ""),
    # lawful: court and public papers sent to the debtor
    ("n049", "notice", "debtor", "开庭通知\n原告：某小额贷款有限公司\n被告：鲍志强\n案由：借款合同纠纷\n开庭时间：2024年9月12日上午9时\n地点：某区人民法院第三法庭", "P:鲍志强", ""),
    ("n050", "email", "debtor", "主题：诉前调解告知\n吴女士：\n您的借款纠纷已申请诉前调解，调解员将电话联系您，如有疑问请联系本部门。\n——\n法务部", "", ""),
    ("n051", "sms", "debtor", "【汇信】您的借款已逾期，为避免影响您的个人征信，请尽快还款。退订回T", "", ""),
    ("n052", "app", "debtor", "您好，您申请的提前结清金额为5,236.40元，有效期至本月25日。", "", ""),
    ("n053", "sms", "debtor", "老哥 上次说好的月底 今天都28号了 给个准话 别让我难做", "", ""),
    ("n054", "call", "debtor", "坐席：您 好 这边 是 平 安 普 惠 的 回 访 您 对 我 们 的 服 务 满 意 吗\n客户：还行", "", ""),
    ("n055", "email", "debtor", "主题：债权转让通知\n尊敬的客户：\n根据债权转让协议，您的借款债权已转让至某资产管理公司，请按原合同向受让方还款。\n——\n某网络小贷", "", ""),
]


def write_dev20(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV20_FILE, (record(*message, dev=20) for message in MESSAGES))


if __name__ == "__main__":
    write_dev20()
