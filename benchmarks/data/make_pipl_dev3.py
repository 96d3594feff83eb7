"""Writes `pipl_dev3.jsonl`: the third PIPL development set, written fresh for issue 14 before the rules were
tuned on `pipl_heldout_c` (released for tuning) or on this set.

Written by hand, in one sitting, in other words than the earlier sets, across channels (SMS, app, e-mail,
collection notices, calls as speaker-prefixed lines), weighted to the families the independent sets still
found missed: relatives' health in passing (a father-in-law's stroke, a brother-in-law's cataract, a
grandmother's dementia, a child's asthma, a hospice ward), pregnancy said without the word (肚子里那个, 又有了,
建档, 奉子成婚, 下周剖), whereabouts and routine said in passing (badminton on Thursdays, the wholesale market
at five, a weekend back home, a hotel on a business trip, a parcel locker at two), a child's school and class
(初二（3）班, 大班, 寄宿, 附中), religion (福音堂, 吃素信佛, 回民, 受洗, 斋月), financial accounts beyond need
(余额宝, a payroll bank, a brokerage account, housing-fund balance, transfers to a brother, unused credit);
excessive data as a full name with a partial address (an estate, building, unit and room with no road; a
village and its group; rural addresses), an employer or a relative's workplace, relatives' names and numbers.
About 40% hold no PIPL category, many close to the line: hardship arrangements the debtor asked for (a parent
in hospital, a confinement, a job lost), addresses confirmed for letters the debtor asked for, branch and
office addresses, the agent's own name and desk, a religion-neutral offer, messages for a third party that
reveal nothing.

First run, before any rule was tuned on it or on `pipl_heldout_c`'s errors (`python -m benchmarks.eval_pii
--set benchmarks/data/pipl_dev3.jsonl --no-weibo`, 152 messages): `pii.sensitive` P 0.947 R 0.621 F1 0.750,
`pii.excessive` P 1.000 R 0.727 F1 0.842, `pii.*` micro-F1 0.809; PERSON P 0.983 R 0.935, ADDRESS P 0.944
R 0.773; identifiers 1.000 / 1.000. Figures measured after that are tuned on it.

Labels follow the other sets (`make_pipl_dev2`'s docstring): a full identifier is `pii.unmasked_identifier`;
a relative's name, a workplace, or a full name with a home is `pii.excessive`; where someone is at a given
time or by habit is `pii.sensitive`. Each message is (id, channel, recipient_type, text, entities, category
letters), written and checked as `make_pipl_dev2.record` does. All people, lenders, numbers and places are
invented.

`python -m benchmarks.data.make_pipl_dev3` rewrites the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record

DEV3_FILE = "pipl_dev3.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # --- sensitive: relatives' health, said in passing ----------------------------------------------------
    ("s01", "sms", "debtor", "你丈人去年中风以后一直卧床，家里开销大我们理解，可欠款总得有个说法吧。", "", "S"),
    ("s02", "call", "debtor", "坐席：是杭丽君吗\n客户：是我\n坐席：你婆婆的腰椎做完手术出院了没？出院了就该腾出手来处理欠款了。",
     "P:杭丽君", "S"),
    ("s03", "sms", "debtor", "听说你小舅子查出了白内障，要换晶体，这钱都舍得花，欠我们的就不舍得？", "", "S"),
    ("s04", "app", "debtor", "你外婆的阿尔茨海默越来越重了吧，家里请了保姆还是你在照看？", "", "S"),
    ("s05", "sms", "debtor", "你弟弟那个肾结石排出来没有？别老拿家里人的病当理由。", "", "S"),
    ("s06", "call", "debtor", "坐席：喂，祁海军吗\n客户：嗯\n坐席：你老丈人每周二、五去县医院打胰岛素、查血糖，你接送他，我们都知道，那正好顺路把钱还了。",
     "P:祁海军", "S"),
    ("s07", "email", "debtor", "主题：逾期提醒\n卞文涛先生：\n据了解，您母亲罹患帕金森多年，长期服用美多芭。此情况不影响您的还款义务，请于本月底前还款。",
     "P:卞文涛", "S"),
    ("s08", "sms", "debtor", "你女儿的哮喘又犯了吧，昨晚是不是又去儿童医院挂急诊了？", "", "S"),
    ("s09", "sms", "debtor", "你妈眼睛换了人工晶体，现在看得清了吧？看得清就让她看看你的账单。", "", "S"),
    ("s10", "call", "debtor", "坐席：你儿子的抽动症在哪看的？\n客户：这跟你们有什么关系\n坐席：没关系，我就是提醒你，看病要钱，欠款也要还。", "", "S"),
    ("s11", "sms", "debtor", "你爷爷住进了安宁病房，你有空去陪，没空回我们电话？", "", "S"),
    ("s12", "sms", "debtor", "你老婆生完孩子抑郁那阵子我们没催你，现在总该还了吧。", "", "S"),
    ("s13", "sms", "debtor", "你爸的老慢支一到冬天就喘，氧气机都搬回家了，你还有闲钱打牌？", "", "S"),
    ("s14", "app", "debtor", "你哥那条腿装了钢钉，干不了重活了吧，你们家谁来还？", "", "S"),
    # --- sensitive: pregnancy, said without the word ------------------------------------------------------
    ("p01", "sms", "debtor", "你老婆肚子里那个都七个月了吧，你还不赶紧把账结了？", "", "S"),
    ("p02", "call", "debtor", "坐席：是常雪梅吗\n客户：是\n坐席：听说你又有了，第二胎吧？预产期几月份？", "P:常雪梅", "S"),
    ("p03", "app", "debtor", "你媳妇这个月在妇幼建了档，一次检查好几百，钱倒是舍得花。", "", "S"),
    ("p04", "sms", "debtor", "你女朋友有了你的孩子，准备奉子成婚了吧，彩礼钱有，欠款没有？", "", "S"),
    ("p05", "sms", "debtor", "你儿媳下周剖，我们挑个合适的时间去医院看看她。", "", "S"),
    ("p06", "email", "third_party", "主题：协助联系\n人事部您好：\n贵司员工钟立伟在我司借款逾期，其近期常以陪妻子产检为由请假，请协助督促其还款。",
     "P:钟立伟", "ST"),
    # --- sensitive: whereabouts and routine, said in passing -----------------------------------------------
    ("w01", "sms", "debtor", "你每周四晚上都去体育馆打羽毛球，有钱打球没钱还款？", "", "S"),
    ("w02", "sms", "debtor", "你老公每天早上五点去批发市场进菜，六点半回来，对吧？", "", "S"),
    ("w03", "call", "debtor", "坐席：宫晓峰吗\n客户：哪位\n坐席：你上周末开车回老家了吧，油钱倒是有。", "P:宫晓峰", "S"),
    ("w04", "sms", "debtor", "你这几天在广州出差吧，住的是天河那家全季，我们查得到。", "", "S"),
    ("w05", "app", "debtor", "你每天中午在公司楼下那家沙县吃饭，我们的人跟你吃过同一家。", "", "S"),
    ("w06", "sms", "debtor", "听说你这阵子白天都在你丈母娘那边帮忙带孩子，挺闲的嘛。", "", "S"),
    ("w07", "sms", "debtor", "你周六上午是不是又去驾校练车了？", "", "S"),
    ("w08", "sms", "third_party", "你是他朋友吧，他欠我们的钱一直拖着，他每天晚上都在城中村那家大排档喝酒，你让他回个电话。", "", "ST"),
    ("w09", "sms", "debtor", "你媳妇这周回娘家住了，周日才回来，我们知道。", "", "S"),
    ("w10", "call", "debtor", "坐席：孔德明，你别说你在外地，你今天下午两点还在小区门口的快递柜取件。\n客户：你们跟踪我？", "P:孔德明", "S"),
    ("w11", "sms", "debtor", "你家老人每天傍晚在河堤上遛弯，一走就是一个小时。", "", "S"),
    ("w12", "sms", "debtor", "你下个月要去泰国旅游吧，机票都订好了，还说没钱？", "", "S"),
    ("w13", "notice", "debtor", "上门通知\n卓红梅：\n经核实，你每周一、三、五下午在城西社区老年活动中心教广场舞，我司人员将于周三下午前往与你面谈。",
     "P:卓红梅", "S"),
    ("w14", "call", "debtor", "坐席：是鲍志勇吗\n客户：你们怎么又打来\n坐席：你不是每天凌晨四点去菜市场杀鱼吗，这个点正好醒着。", "P:鲍志勇", "S"),
    # --- sensitive: a child's school and class ------------------------------------------------------------
    ("c01", "sms", "debtor", "你儿子在实验中学初二（3）班，成绩不错吧。", "", "S"),
    ("c02", "sms", "debtor", "你闺女在明德幼儿园上大班，下午四点接，我们知道。", "", "S"),
    ("c03", "call", "debtor", "坐席：叶庆丰吗\n客户：嗯\n坐席：你小儿子在镇上读寄宿，周五才回家，是吧？", "P:叶庆丰", "S"),
    ("c04", "app", "debtor", "你家老大今年考上了师大附中，学费交得起，欠款交不起？", "", "S"),
    ("c05", "sms", "debtor", "你孙子在东关小学读五年级，接送都是你老伴吧。", "", "S"),
    ("c06", "email", "third_party", "主题：协助联系\n王老师您好：\n贵班学生家长郝建平在我司借款逾期，请您转告其尽快与我司联系。", "P:郝建平", "ST"),
    ("c07", "sms", "debtor", "你女儿在县一中读高三，马上要高考了，你不想她分心吧？", "", "S"),
    # --- sensitive: religion --------------------------------------------------------------------------------
    ("r01", "sms", "debtor", "你每周日上午都去福音堂聚会，主没教你欠债要还吗？", "", "S"),
    ("r02", "sms", "debtor", "你妈吃素信佛，初一十五去灵隐烧香，香火钱倒是舍得。", "", "S"),
    ("r03", "call", "debtor", "坐席：马占林吗\n客户：是\n坐席：你们回民不是最讲诚信吗，怎么欠钱不还？", "P:马占林", "S"),
    ("r04", "sms", "debtor", "你是受过洗的人，每个礼拜都去望弥撒，良心过得去吗？", "", "S"),
    ("r05", "sms", "debtor", "你每年斋月都请假回老家，这个月的钱什么时候还？", "", "S"),
    # --- sensitive: financial accounts beyond need ---------------------------------------------------------
    ("f01", "sms", "debtor", "你余额宝里还躺着一万二，先转过来还款。", "", "S"),
    ("f02", "sms", "debtor", "你的工资卡是工行的，每月8号到账，我们清楚。", "", "S"),
    ("f03", "call", "debtor", "坐席：臧立国吗\n客户：是\n坐席：你股票账户里还有十几万市值，没钱是骗谁呢？", "P:臧立国", "S"),
    ("f04", "app", "debtor", "你的公积金账户里攒了三万多，提出来还款不就行了？", "", "S"),
    ("f05", "sms", "debtor", "你上个月给你弟转了八千，有钱给家里没钱还我们？", "", "S"),
    ("f06", "sms", "debtor", "你的信用卡还有四万多额度空着，刷出来先还了。", "", "S"),
    ("f07", "email", "debtor", "主题：还款能力说明\n经查询，您名下另有一张招商银行借记卡，近三个月流入资金约四万元。", "", "S"),
    ("f08", "sms", "debtor", "你家老头每个月退休金四千八，你找他要点不就行了？", "", "S"),
    ("f09", "sms", "debtor", "你微信零钱通里天天有进账，做生意的钱够还我们好几回了。", "", "S"),
    # --- excessive: a full name with a partial or rural address ---------------------------------------------
    ("a01", "sms", "debtor", "邱志明，你住的锦江花园二期11栋2单元601，这周我们会上门。", "P:邱志明|A:锦江花园二期11栋2单元601", "X"),
    ("a02", "sms", "debtor", "童秀英，你家在柳树湾村五组那栋两层小楼，我们认得路。", "P:童秀英|A:柳树湾村五组", "X"),
    ("a03", "call", "debtor", "坐席：是向东升吗\n客户：是\n坐席：你家是不是在石门镇白岩村三组，门口有棵大樟树？", "P:向东升|A:石门镇白岩村三组", "X"),
    ("a04", "notice", "debtor", "外访通知\n付雪琴女士：\n我司外访专员将于下周三上午到您家（金色港湾B座1703室）当面沟通还款事宜。\n顺达资产管理有限公司",
     "P:付雪琴|A:金色港湾B座1703室", "X"),
    ("a05", "sms", "debtor", "管建军，你租在富康家园7号楼402，房东姓何，我们已经打过招呼了。", "P:管建军|A:富康家园7号楼402", "X"),
    ("a06", "app", "debtor", "【融易借】尊敬的晏国平先生，您的居住地址：桂花小区14幢3单元502，我司将按此地址安排上门核实。",
     "P:晏国平|A:桂花小区14幢3单元502", "X"),
    ("a07", "sms", "debtor", "薛红，你爸妈住的那个老小区，纺织厂宿舍3栋，我们明天过去看看。", "P:薛红|A:纺织厂宿舍3栋", "X"),
    ("a08", "call", "debtor", "坐席：甘宇航对吧\n客户：对\n坐席：你住在大学城青年公寓A栋1209吧，我们下午过去。", "P:甘宇航|A:青年公寓A栋1209", "X"),
    ("a09", "sms", "debtor", "侯丽萍，你老家黄泥塘乡新屋组18号，你爸还在那边种地吧。", "P:侯丽萍|A:黄泥塘乡新屋组18号", "X"),
    ("a10", "email", "debtor", "主题：上门提醒\n阎志军：\n你位于海棠湾小区南区6号楼1单元301的住所，我司人员已去过两次，均无人应门。",
     "P:阎志军|A:海棠湾小区南区6号楼1单元301", "X"),
    ("a11", "sms", "debtor", "苗建平，你在十陵镇青龙村六组租的那间平房，我们知道。", "P:苗建平|A:十陵镇青龙村六组", "X"),
    ("a12", "sms", "debtor", "车晓东，幸福家园16栋3单元5楼，是你家吧？", "P:车晓东|A:幸福家园16栋3单元5楼", "X"),
    ("a13", "call", "third_party", "坐席：您好，是郑伟的家人吗\n第三方：我是他姐\n坐席：他欠我们的钱三个月没还，他住在南苑小区8栋2单元吧，你们平时去不去？",
     "P:郑伟|A:南苑小区8栋2单元", "XT"),
    ("a14", "sms", "debtor", "雷春生，你爸妈在清水河乡马鞍村二组住，我们已经去过一趟。", "P:雷春生|A:清水河乡马鞍村二组", "X"),
    ("a15", "call", "debtor", "坐席：你是滕小军吧\n客户：干嘛\n坐席：你住幸福里小区5号楼703，对门是个修车的，我们没找错吧？",
     "P:滕小军|A:幸福里小区5号楼703", "X"),
    ("a16", "sms", "debtor", "阮志华，你在城中村租的那间，工人新村东区二排十一号，我们记下了。", "P:阮志华|A:工人新村东区二排十一号", "X"),
    ("a17", "notice", "debtor", "催收告知书\n债务人：伍德林\n住址：平江县三市镇石桥村四组\n欠款本息合计：15,620元\n请于十日内联系我司。",
     "P:伍德林|A:平江县三市镇石桥村四组", "X"),
    ("a18", "call", "third_party", "坐席：你好，你是章国平的邻居吧\n第三方：是啊\n坐席：他家住3栋2单元501对吧，他欠款的事你知道吗",
     "P:章国平|A:3栋2单元501", "XT"),
    # --- excessive: an employer, the debtor's or a relative's -----------------------------------------------
    ("e01", "sms", "debtor", "你在顺发电器的仓库当保管员，你们仓库主管姓张吧。", "", "X"),
    ("e02", "sms", "debtor", "龙佳慧，你在人民医院儿科当护士，你们护士长知道你欠钱吗？", "P:龙佳慧", "X"),
    ("e03", "call", "debtor", "坐席：是蔡勇吗\n客户：是\n坐席：你还在申通快递城南分拨中心上班吧？我们找你们经理聊聊。", "P:蔡勇", "X"),
    ("e04", "app", "debtor", "你老公在区城管局开车，我们打到他单位去问问？", "", "X"),
    ("e05", "sms", "debtor", "你表姐在城关二小教数学，你不还钱，我们去学校找她。", "", "X"),
    ("e06", "notice", "debtor", "催收函\n债务人：柏文华\n工作单位：宏远建材有限公司销售部\n欠款金额：23,400元\n请于七日内还款。", "P:柏文华", "X"),
    ("e07", "sms", "debtor", "你在盒马的前置仓做分拣，我们可以直接去仓里找你。", "", "X"),
    ("e08", "sms", "debtor", "你媳妇在华联超市收银，找她很方便。", "", "X"),
    ("e09", "call", "debtor", "坐席：是饶建波吗\n客户：嗯\n坐席：你给恒兴驾校当教练，学员要是知道教练欠钱不还，会怎么想？", "P:饶建波", "X"),
    # --- excessive: relatives' names and numbers ------------------------------------------------------------
    ("n01", "sms", "debtor", "房立新，你爸房守义的电话我们也打了，他说管不了你。", "P:房立新|P:房守义", "X"),
    ("n02", "call", "debtor", "坐席：是单晓燕吗\n客户：是\n坐席：你妹妹晓琳是你的紧急联系人，她说你在外地。", "P:单晓燕|P:晓琳", "X"),
    ("n03", "sms", "debtor", "你表哥阿斌不是开修车铺的吗，找他借点。", "P:阿斌", "X"),
    ("n04", "sms", "debtor", "熊涛，你前妻余静的手机13907316628我们有，要不要给她打？", "P:熊涛|P:余静|M:13907316628", "XU"),
    ("n05", "app", "debtor", "你儿子叫牛牛，在读一年级吧。", "P:牛牛", "XS"),
    ("n06", "sms", "debtor", "汤晓军，你老婆的电话是一八七 零五九二 三三一四吧？我们打给她了。", "P:汤晓军|M:一八七 零五九二 三三一四", "U"),
    ("n07", "email", "debtor", "主题：联系人核实\n聂海波：\n你登记的紧急联系人有两位：母亲覃桂香、同事卢俊，我司均已联系。", "P:聂海波|P:覃桂香|P:卢俊", "X"),
    # --- third parties -------------------------------------------------------------------------------------
    ("t01", "sms", "third_party", "您好，我们是通达资产的，您儿子程磊在我司有笔借款已逾期，请转告他回电。", "P:程磊", "T"),
    ("t02", "sms", "third_party", "阿姨您好，您女婿石磊的借款逾期两个月了，他最近在县医院住院，您知道吧？", "P:石磊", "ST"),
    ("t03", "app", "third_party", "你好，你室友欠我们平台一万三，他每天早上七点出门上班，你跟他说一声。", "", "ST"),
    # --- lawful: hardship arrangements the debtor asked for -------------------------------------------------
    ("l01", "sms", "debtor", "您好，根据您的申请，因您父亲住院，本期还款日已调整至3月20日。", "", ""),
    ("l02", "call", "debtor", "坐席：您好，请问是尚先生吗\n客户：是，我爱人刚做完手术\n坐席：明白，那您先照顾家人，这个月我们不再打扰，下月初再联系您。", "", ""),
    ("l03", "sms", "debtor", "您上次来电说孩子住院，我们已按您的要求把还款日改到下月15号，祝孩子早日康复。", "", ""),
    ("l04", "call", "debtor", "坐席：您好，请问是戚女士吗\n客户：是，我现在怀孕了，身体不舒服\n坐席：好的，您怀孕期间我们把还款日往后延一个月，您注意身体。", "", ""),
    ("l05", "email", "debtor", "主题：协商还款方案\n宋晓梅女士：\n您好。您来电说明因照顾患病的母亲收入减少，经协商，您的欠款分12期偿还，每期680元。",
     "P:宋晓梅", ""),
    ("l06", "app", "debtor", "您好，您于3月5日提交的困难减免申请（家人重病）已审批通过，减免利息1,200元。", "", ""),
    ("l07", "call", "debtor", "坐席：您好，是毛先生吗\n客户：是，我最近失业了\n坐席：理解，您可以先申请延期三个月，我把申请链接发到您手机上。", "", ""),
    ("l08", "sms", "debtor", "您好，您反映的家中老人住院情况已记录，本月暂停提醒，请保重。", "", ""),
    ("l09", "call", "debtor", "坐席：是梁志刚先生吗\n客户：是\n坐席：您刚说您母亲在住院，那这期我们先帮您登记困难，暂缓催收，您放心照顾老人。", "P:梁志刚", ""),
    ("l10", "sms", "debtor", "您好，您的月子期间减免申请已提交，审核结果将短信通知。", "", ""),
    ("l11", "call", "debtor", "坐席：请问是江先生吗\n客户：是，我在医院，我妈住院了\n坐席：那您先忙，照顾好阿姨，还款的事我们下周再说。", "", ""),
    ("l12", "sms", "debtor", "您好，您说下周要去外地出差，那我们下周五再联系您。", "", ""),
    ("l13", "sms", "debtor", "您好，您上次说在工地上班白天不方便接电话，以后我们改在晚上7点后联系。", "", ""),
    ("l14", "sms", "debtor", "您好，您所说的家人患病情况，我们会严格保密，不会告知任何第三方。", "", ""),
    ("l15", "email", "debtor", "主题：延期确认\n曹建英女士：\n您好。您因分娩住院申请的延期还款已办理，新的还款日为7月10日。祝您和宝宝健康。",
     "P:曹建英", ""),
    # --- lawful: addresses confirmed for letters the debtor asked for, branch and office addresses ---------
    ("l16", "email", "debtor", "主题：对账单寄送地址确认\n祁海燕女士：\n您好。根据您的要求，纸质对账单将寄至您提供的地址：芙蓉区八一路188号润和小区3栋1单元802，如有误请回复本邮件。",
     "P:祁海燕|A:芙蓉区八一路188号润和小区3栋1单元802", ""),
    ("l17", "sms", "debtor", "尊敬的柯建华先生，您申请的分期还款协议已邮寄至您登记的通讯地址，请注意查收。", "P:柯建华", ""),
    ("l18", "call", "debtor", "坐席：您好，请问是房先生吗\n客户：是\n坐席：核对一下，您登记的地址还是在桂花小区吗？我们要寄结清证明。\n客户：对",
     "A:桂花小区", ""),
    ("l19", "sms", "debtor", "您好，本公司地址：武汉市江汉区建设大道568号新世界国贸大厦38层，欢迎来访协商。", "A:武汉市江汉区建设大道568号新世界国贸大厦38层", ""),
    ("l20", "sms", "debtor", "您好，周末营业厅照常营业，地址：长沙市岳麓区麓山南路932号。", "A:长沙市岳麓区麓山南路932号", ""),
    ("l21", "email", "debtor", "主题：结清证明\n任小燕女士：\n您的借款已于4月2日全部结清，结清证明已寄往您预留的通讯地址，请注意查收。", "P:任小燕", ""),
    ("l22", "sms", "debtor", "孙志强先生您好，您的结清证明已按您的要求寄到您单位，请查收。", "P:孙志强", ""),
    ("l23", "sms", "debtor", "您好，您本人的通讯地址如有变更，请及时告知，以免重要函件无法送达。", "", ""),
    ("l24", "notice", "debtor", "还款提醒函\n致：闵*英女士\n您在我司的借款已逾期31天，欠款金额4,280元。\n如有疑问，请拨打客服热线4008-001-234。", "", ""),
    ("l25", "sms", "debtor", "邝伟先生，按您的要求，下次上门协商改在您单位附近的星巴克，时间您定。", "P:邝伟", ""),
    ("l26", "call", "debtor", "坐席：请问是符女士吗，我们的函件需要本人签收\n客户：寄到我公司吧，前台代收\n坐席：好的，就按您说的寄到公司前台。", "", ""),
    # --- lawful: the agent's own name and desk, payments, promises ------------------------------------------
    ("l27", "call", "debtor", "坐席：您好，我是安信金融的客服代表秦露，工号3307，请问是汤女士吗\n客户：是\n坐席：您本期账单1,860元还未还款，今天能处理吗",
     "P:秦露", ""),
    ("l28", "sms", "debtor", "您好，我是您的客户经理岳琳，下周二我在东城支行坐班，您可以过来当面协商。", "P:岳琳", ""),
    ("l29", "sms", "debtor", "您好，您尾号6732的储蓄卡本期扣款失败，请确保余额充足。", "", ""),
    ("l30", "sms", "debtor", "您好，如您或家人身体不适、正在就医，可来电申请延期，我们会按规定处理。", "", ""),
    ("l31", "sms", "debtor", "您好，我们不会向您的单位、家人或通讯录联系人透露您的借款信息。", "", ""),
    ("l32", "sms", "debtor", "您好，您可就近到建设银行任一网点或通过手机银行还款。", "", ""),
    ("l33", "app", "debtor", "您好，您申请的停息挂账已受理，审核期间我们不会催收，请保持电话畅通。", "", ""),
    ("l34", "sms", "debtor", "您好，孕期、哺乳期客户可申请延期还款，详情请咨询客服。", "", ""),
    ("l35", "sms", "debtor", "您好，您的还款已到账，感谢您的配合。如有其他问题请拨打4008-556-789。", "", ""),
    ("l36", "sms", "debtor", "您好，您的账户已逾期5天，为避免影响征信，请尽快还款。", "", ""),
    ("l37", "sms", "debtor", "您好，您的孩子若在读高中或大学，家庭开支较大，可申请调整还款计划。", "", ""),
    ("l38", "sms", "debtor", "您好，您名下的借款共两笔，本期合计应还3,260元，请于25日前还款。", "", ""),
    ("l39", "sms", "debtor", "温馨提示：为保护账户安全，请勿向他人透露银行卡密码和验证码。", "", ""),
    ("l40", "sms", "debtor", "您好，我们已记录您提出的不再电话联系的要求，后续将通过短信与您沟通。", "", ""),
    ("l41", "sms", "debtor", "您好，若您因工作变动暂时无法还款，可登录APP申请延期。", "", ""),
    ("l42", "sms", "debtor", "您好，您本月的最低还款额为580元，按时还款不影响征信。", "", ""),
    ("l43", "sms", "debtor", "您好，您在我行的信用卡已逾期，请通过手机银行或任一网点还款。", "", ""),
    ("l44", "sms", "debtor", "您好，为核实身份，请回复您身份证号后四位。", "", ""),
    ("l45", "sms", "debtor", "您好，我们注意到您近期还款有困难，如需帮助请回复“困难”，我们会有专人联系。", "", ""),
    ("l46", "call", "debtor", "坐席：喂，您好，是葛女士吗\n客户：是，我在上班呢\n坐席：那不打扰您上班，您几点方便我们再打过来？\n客户：六点以后", "", ""),
    ("l47", "sms", "debtor", "您好，您的车贷已结清，抵押登记解除材料请于工作日到车管所办理。", "", ""),
    ("l48", "app", "debtor", "亲爱的用户，您的账单已生成，本期应还1,432.50元，最后还款日4月18日。", "", ""),
    ("l49", "sms", "debtor", "您好，您预留的紧急联系人信息已过期，请在APP中更新，我们不会主动联系联系人。", "", ""),
    ("l50", "call", "debtor", "坐席：您好，请问是邵先生吗\n客户：是我\n坐席：邵先生，您的借款今天到期，请记得还款，如已还款请忽略。", "", ""),
    ("l51", "sms", "debtor", "您好，如您的宗教节日或民族习俗与还款日冲突，可与客服协商调整。", "", ""),
    ("l52", "sms", "debtor", "您好，如您的工资发放日有变化，可申请调整还款日。", "", ""),
    ("l53", "app", "debtor", "您好，为您推荐的还款方式：支付宝、微信、银行转账，均可实时到账。", "", ""),
    ("l54", "sms", "debtor", "您好，您的借款将于明日到期，请提前确保还款卡余额充足。", "", ""),
    ("l55", "sms", "debtor", "您好，您可使用公积金提取的资金提前结清，具体请咨询当地公积金中心。", "", ""),
    # --- lawful: third parties told nothing -----------------------------------------------------------------
    ("l56", "sms", "third_party", "您好，请问是贺女士的家人吗？麻烦转告她方便时回个电话，谢谢。", "", ""),
    ("l57", "call", "third_party", "坐席：您好，我找一下汪建明\n第三方：他不在，我是他室友\n坐席：好的，麻烦您让他方便的时候回个电话，谢谢您。", "P:汪建明", ""),
    ("l58", "call", "third_party", "坐席：您好，这里是恒达金融，请问是龚磊的爱人吗\n第三方：是的\n坐席：麻烦您提醒他给我们回电，号码是4008-667-123，谢谢。",
     "P:龚磊", ""),
    ("l59", "sms", "third_party", "您好，打扰了，请您转告邵先生给我们回个电话，谢谢。", "", ""),
    ("l60", "call", "third_party", "坐席：您好，请问您是吴海峰的同事吗\n第三方：是，怎么了\n坐席：没什么大事，麻烦您转告他回个电话，谢谢。", "P:吴海峰", ""),
]


def write_dev3(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    path = folder / DEV3_FILE
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for message in MESSAGES:
            out.write(json.dumps(record(*message, dev=3), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_dev3()
