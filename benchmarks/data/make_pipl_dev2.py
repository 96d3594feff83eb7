"""Writes `pipl_dev2.jsonl`: the second, harder development set of `pii.sensitive` and `pii.excessive`.

`pipl_dev.jsonl` scores near 1.0 and no longer teaches much; independent sets written by others still
found whole families missed (issue 14). These messages were written by hand for this file, before the
rules were tuned on them, weighted to what others write and the rules missed: excessive data spread over
sentences and call turns (the name in the greeting, the address three turns later), names written
informally (a given name after 你老婆, 老王), addresses in many forms (village and group, dormitory, building
site, rented room, a building and room without a street), employers named by brand or department, and
family members' names with their numbers read aloud; sensitive data as relatives' illnesses, 住院, 化疗,
抑郁, 透析, 孕检, daily routine (when one leaves work, the school run, the mahjong parlour one frequents),
a child's class and school, WeChat, Alipay and bank balances, and credit-report details told to a third
party. About a third are lawful near misses: a masked name with the branch address, the hospital named in
a hardship plan the debtor asked for, the debtor's own address as the delivery address of a formal notice,
尾号 numbers, promises not to contact anyone, payment channels.

Labels follow the other sets: a full identifier (also a relative's number, read aloud or not) is
`pii.unmasked_identifier`; a relative's *name* or a full name with a home or workplace is `pii.excessive`;
where someone is at a given time or by habit is `pii.sensitive`, where they live is `pii.excessive`.

Each message is (id, channel, recipient_type, text, entities, category letters). Calls are written as the
contract's speaker-prefixed lines. Entities are `CODE:text` joined by `|`, in the order they occur; the script
finds each one after the previous and fails naming the message when one is not in the text. The codes and
category letters are `make_pipl_dev`'s. All people, lenders, numbers and places are invented.

`python -m benchmarks.data.make_pipl_dev2` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev2.jsonl` evaluates it.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.data.make_pipl_dev import CATEGORY_CODES, ENTITY_CODES, HERE

DEV2_FILE = "pipl_dev2.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # --- excessive: spread over sentences and turns ------------------------------------------------------
    ("x01", "call", "debtor", "坐席：喂，是韩志远吗？\n客户：嗯，什么事\n坐席：你的借款逾期四十天了。\n客户：我知道，最近手头紧\n"
     "坐席：手头紧？你住的城北新村7栋2单元301不是你自己买的房吗？", "P:韩志远|A:城北新村7栋2单元301", "X"),
    ("x02", "call", "debtor", "坐席：请问是郑佳怡女士吗\n客户：是我\n坐席：郑女士您的账单逾期了\n客户：下周还\n"
     "坐席：下周？你老公在市自来水公司上班，工资不是挺稳定的吗", "P:郑佳怡", "X"),
    ("x03", "sms", "debtor", "林海涛，别以为换了号我们就找不到你。你家在宝安区西乡街道固戍二路那片城中村，门口有个快递驿站。",
     "P:林海涛|A:宝安区西乡街道固戍二路", "X"),
    ("x04", "call", "debtor", "坐席：是蒋德胜本人吧\n客户：对\n坐席：你这笔钱拖了两个月了\n客户：我在想办法\n坐席：想办法？"
     "你闺女蒋小雨在银泰百货卖化妆品，要不我们去问问她有没有办法", "P:蒋德胜|P:蒋小雨", "X"),
    ("x05", "app", "debtor", "【速融分期】谢文斌：您的借款已逾期。经核实，您的居住地为南湖区城南街道枫桥村五组18号。请于三日内处理。",
     "P:谢文斌|A:南湖区城南街道枫桥村五组18号", "X"),
    ("x06", "sms", "debtor", "冯志强你好。欠款的事你一直躲着。你那个宿舍我们打听到了，富士康龙华园区C区8栋宿舍412，周末过去找你。",
     "P:冯志强|A:龙华园区C区8栋宿舍412", "X"),
    ("x07", "call", "debtor", "坐席：潘国华是吧\n客户：你哪位\n坐席：青禾金融的，你欠款三个月了\n客户：过段时间再说\n"
     "坐席：别过段时间了，你现在干活的那个工地，滨江新城二期项目部，我们知道在哪", "P:潘国华", "X"),
    ("x08", "email", "debtor", "主题：关于您的逾期借款\n罗雅琴女士：\n您好。您的借款已逾期62天。\n另外，您目前在星河湾小区12幢1802室租住一事我司已知悉。\n"
     "请尽快还款。", "P:罗雅琴|A:星河湾小区12幢1802室", "X"),
    ("x09", "sms", "debtor", "杜振华，你租的那间出租屋在岗头村东区三巷7号二楼，房东我们也认识，自己掂量。",
     "P:杜振华|A:岗头村东区三巷7号二楼", "X"),
    ("x10", "call", "debtor", "坐席：请问是贺明轩吗\n客户：是\n坐席：您在嘉禾小贷的借款逾期了\n客户：嗯\n坐席：您还在美团外卖城西站点送餐吧，站长电话我们有的",
     "P:贺明轩", "X"),
    ("x11", "notice", "debtor", "催收通知书\n致：邹玉梅\n你于2026年3月借款8000元，至今未还。经查你在和顺超市连锁收银岗工作，"
     "其门店经理已被我司列为联系人。\n望于五日内处理。\n瑞恒资产管理有限公司", "P:邹玉梅", "X"),
    ("x12", "sms", "debtor", "曾晓光，你在顺丰速运宝安分部当仓管的事我们清楚，别逼我们去你单位。", "P:曾晓光", "X"),
    ("x13", "app", "debtor", "【鑫达借】孟凡超先生，您就职于华瑞医药的销售部，您的主管已被登记为单位联系人。", "P:孟凡超", "X"),
    ("x14", "sms", "debtor", "你在县人民医院后勤科上班吧，科长姓什么我们都知道。", "", "X"),
    ("x15", "call", "debtor", "坐席：你好，龚立新？\n客户：对\n坐席：你在蜜雪冰城人民路那家店打工是吧，我们可以直接过去", "P:龚立新", "X"),
    ("x16", "sms", "debtor", "丁晓军，你老婆丽丽的手机我们有，你不还我们就找她。", "P:丁晓军|P:丽丽", "X"),
    ("x17", "call", "debtor", "坐席：喂 是范永胜吗\n客户：是\n坐席：你儿子小军在哪上班我们都清楚\n客户：你们别找他", "P:范永胜|P:小军", "X"),
    ("x18", "sms", "debtor", "许国梁，你弟许国栋的电话幺五八 六七幺二 三四零九，我们已经打过了。", "P:许国梁|P:许国栋|M:幺五八 六七幺二 三四零九", "XU"),
    ("x19", "call", "debtor", "坐席：韦丽娜对吧\n客户：嗯\n坐席：你姐韦丽萍的手机是一三九零五七二八八一六吧，她说她不管", "P:韦丽娜|P:韦丽萍|M:一三九零五七二八八一六", "XU"),
    ("x20", "sms", "debtor", "老王，你媳妇春梅在纺织厂三车间上班，下班我们在厂门口等她。", "P:老王|P:春梅", "X"),
    ("x21", "sms", "debtor", "石建新，你丈母娘孙桂兰还住在孙庄村吧，我们过去坐坐。", "P:石建新|P:孙桂兰|A:孙庄村", "X"),
    ("x22", "email", "debtor", "主题：还款\n严志刚：\n你名下的借款已逾期。你的岳父叶福来、小舅子叶小峰我们都已联系，请不要让家人为难。",
     "P:严志刚|P:叶福来|P:叶小峰", "X"),
    ("x23", "call", "debtor", "坐席：是贾婷婷吗\n客户：你说\n坐席：你欠的钱到底什么时候还\n客户：月底\n坐席：月底？你对象阿杰不是在4S店卖车吗，让他先帮你垫上",
     "P:贾婷婷|P:阿杰", "X"),
    ("x24", "sms", "debtor", "段明，你家住锦绣花园9号楼3单元402，你老婆在幼儿园当老师，这些都不用我们多说了吧。", "P:段明|A:锦绣花园9号楼3单元402", "X"),
    ("x25", "notice", "debtor", "律师函\n欧阳红：\n经查，你现居于海淀区上地西里雅园一区6号楼，你的工作单位为北京蓝海科技有限公司研发中心。\n"
     "请于收函之日起七日内清偿欠款。\n北京恒正律师事务所", "P:欧阳红|A:海淀区上地西里雅园一区6号楼", "X"),
    ("x26", "sms", "debtor", "鲁大勇，你在滴滴上跑车，车就停在你住的龙湖小区地库B2层，我们去那儿等你。", "P:鲁大勇|A:龙湖小区", "XS"),
    ("x27", "call", "debtor", "坐席：您好，是柴文静女士吗\n客户：是的\n坐席：您的信用卡逾期了，另外您的紧急联系人柴文强先生电话打不通，他是您哥哥吧",
     "P:柴文静|P:柴文强", "X"),
    ("x28", "app", "debtor", "【安易贷】钟晓丽，你的家庭成员：丈夫黄海波，女儿黄欣怡，都在我们的记录里。", "P:钟晓丽|P:黄海波|P:黄欣怡", "X"),
    ("x29", "sms", "debtor", "吴振东，你在京东物流亚一仓夜班分拣，这份工作你还想不想要了？", "P:吴振东", "X"),
    ("x30", "call", "debtor", "坐席：喂，卢刚吗\n客户：是\n坐席：你住的那个地方，开发区工业大道旁边的工人宿舍3号楼，我们的人下午就到", "P:卢刚|A:工人宿舍3号楼",
     "X"),
    ("x31", "sms", "debtor", "邓丽君女士，您位于滨海新区港城大道88号的门面房我们已去过，店员说您不在。", "P:邓丽君|A:滨海新区港城大道88号", "X"),
    ("x32", "sms", "debtor", "苏明亮，你妈在老家秀水镇东街开小卖部，我们周末过去一趟。", "P:苏明亮|A:秀水镇东街", "X"),
    ("x33", "call", "debtor", "坐席：喂，是胡海燕吗？\n客户：你们怎么又打来了\n坐席：胡女士，你老公老周在城建二公司当司机，我们打到他单位问问？",
     "P:胡海燕|P:老周", "X"),
    ("x34", "notice", "debtor", "上门催收告知书\n陶建国：\n我司外访人员将于本周六前往你的住所（青山区和平街道红卫路22号院3栋）与你本人面谈。\n"
     "安泰资产管理有限公司", "P:陶建国|A:青山区和平街道红卫路22号院3栋", "X"),
    ("x35", "sms", "debtor", "马红梅，你在招商银行南山支行对公业务部上班，你们行长知道你欠钱吗？", "P:马红梅", "X"),
    ("x36", "call", "debtor", "坐席：是戴国庆吧\n客户：嗯\n坐席：你舅舅戴春生在镇上开五金店，你表妹的电话我们也有", "P:戴国庆|P:戴春生", "X"),
    ("x37", "app", "debtor", "【佰仟金融】熊磊：您所在的单位为拼多多商家运营部，您的同事刘一鸣已接到我司来电。", "P:熊磊|P:刘一鸣", "X"),
    ("x38", "sms", "debtor", "黎志勇，你住的那栋楼，3号楼2单元，几点出门几点回来我们都有数。", "P:黎志勇|A:3号楼2单元", "XS"),
    ("x39", "call", "debtor", "坐席：你好，请问是庞晓雯吗\n客户：是我\n坐席：庞女士，你在建行借的钱不还，你爸庞德海、你妈刘秀芝知道吗",
     "P:庞晓雯|P:庞德海|P:刘秀芝", "X"),
    ("x40", "email", "debtor", "主题：最后提醒\n宁浩然先生：\n我方已掌握您的居住信息（紫荆苑小区5栋1单元）及您在万达广场的工作岗位。请尽快与我们联系。",
     "P:宁浩然|A:紫荆苑小区5栋1单元", "X"),
    ("x41", "sms", "debtor", "金宝，你老家在金家湾村二组，你爸妈还住那吧？", "P:金宝|A:金家湾村二组", "X"),
    ("x42", "call", "debtor", "坐席：尹红霞吗\n客户：是\n坐席：你女婿刘浩是在工商局上班吧，让他帮你还不行吗", "P:尹红霞|P:刘浩", "X"),
    ("x43", "sms", "debtor", "廖明，你们科室主任的电话我们已经拿到了，你自己选吧。", "P:廖明", "X"),
    ("x44", "notice", "debtor", "催告函\n收件人：易春燕\n本公司已查明，易春燕现住荷塘区新华西路17号新华小区9栋，其配偶彭志远在株洲电力机车厂上班。\n"
     "请于十日内还款。", "P:易春燕|P:易春燕|A:荷塘区新华西路17号新华小区9栋|P:彭志远", "X"),
    ("x45", "sms", "debtor", "程立伟，你在海底捞万象城店当领班，下周我们去店里吃饭顺便聊聊。", "P:程立伟", "X"),
    ("x51", "sms", "debtor", "小芳，你和你老公陈建在万家福超市对面那栋楼租房住，3楼东户，对吧？", "P:小芳|P:陈建", "X"),
    # --- excessive to a third party, together with the disclosure ------------------------------------------
    ("x46", "call", "third_party", "坐席：您好，请问您是魏晓峰的家人吗？\n第三方：我是他姐\n坐席：他借我们的钱逾期了，他现在住大学城南路的蓝湾公寓对吧",
     "P:魏晓峰|A:大学城南路的蓝湾公寓", "XT"),
    ("x47", "sms", "third_party", "您好，您同事方丽娟在贵公司财务部任职，她在我司的借款已逾期三个月，请您转告。", "P:方丽娟", "XT"),
    ("x48", "call", "third_party", "坐席：喂，是侯建的老婆吧\n第三方：你们谁\n坐席：你老公侯建欠了我们两万多，他在城东汽修厂修车你知道吧", "P:侯建|P:侯建",
     "XT"),
    ("x49", "sms", "third_party", "叔叔您好，您侄子彭飞欠我司8600元未还，他住在桂花苑小区三期8栋，麻烦您让他回电。", "P:彭飞|A:桂花苑小区三期8栋", "XT"),
    ("x50", "call", "third_party", "坐席：你是郝志明的同事吗\n第三方：是啊\n坐席：他在我们这借款逾期了，他老婆刘春霞的电话你有没有", "P:郝志明|P:刘春霞",
     "XT"),
    ("x52", "call", "third_party", "坐席：你是曾凡的房东吧\n第三方：是\n坐席：他租的是你家城中村六巷12号的房子，他欠了我们网贷三万",
     "P:曾凡|A:城中村六巷12号", "XT"),
    # --- family numbers and identifiers only: pii.unmasked_identifier, no other data -----------------------
    ("u01", "call", "debtor", "坐席：你妈的电话是幺三九 五七幺二 六六八四吧\n客户：你们别打她", "M:幺三九 五七幺二 六六八四", "U"),
    ("u02", "sms", "debtor", "你哥的手机13857126694我们打了好几次了，你自己看着办。", "M:13857126694", "U"),
    ("u03", "call", "debtor", "坐席：你老公的号码一五八 零六七二 五五三一对吧，我们跟他说了\n客户：你们太过分了", "M:一五八 零六七二 五五三一", "U"),
    # --- sensitive: health and pregnancy ----------------------------------------------------------------
    ("s01", "sms", "debtor", "你妈肺癌做完第三次化疗了吧，你还有闲钱出去玩？", "", "S"),
    ("s02", "call", "debtor", "坐席：你老婆不是刚做完孕检吗，四个多月了吧\n客户：关你们什么事", "", "S"),
    ("s03", "sms", "debtor", "你爸每周三次去县医院血透，开销大我们理解，但欠款也得还。", "", "S"),
    ("s04", "app", "debtor", "听说你儿子抑郁了在家休学，你更应该把家里的事处理好，先把钱还了。", "", "S"),
    ("s05", "sms", "debtor", "你前段时间在中医院住了半个月，出院了就该还钱了。", "", "S"),
    ("s06", "call", "debtor", "坐席：你岳父是不是在肿瘤医院住着呢\n客户：你们怎么知道\n坐席：我们什么不知道", "", "S"),
    ("s07", "sms", "debtor", "你媳妇预产期是下个月吧，月子钱有，还款的钱没有？", "", "S"),
    ("s08", "sms", "debtor", "你婆婆偏瘫好几年了，家里开销大也不是不还钱的理由。", "", "S"),
    ("s09", "call", "debtor", "坐席：你上回说你有抑郁，吃着药呢，那药钱哪来的\n客户：你管不着", "", "S"),
    ("s10", "email", "debtor", "主题：逾期提醒\n您好，我们注意到您近期多次前往市第三医院心理科就诊，但这不影响您的还款义务。", "", "S"),
    ("s11", "sms", "third_party", "你好，你是曹磊的朋友吧？他欠我们钱，听说他老婆在做试管，花了不少吧？", "P:曹磊", "ST"),
    ("s12", "call", "third_party", "坐席：你是黄丽的邻居吧\n第三方：对\n坐席：她是不是肾不好，经常去医院透析，她欠我们一万多一直没还", "P:黄丽",
     "ST"),
    ("s13", "sms", "debtor", "你女儿在儿童医院住院输液那几天我们没打扰你，现在该处理了。", "", "S"),
    ("s14", "app", "debtor", "你爷爷脑梗住进ICU的事我们知道，但欠款不能一直拖。", "", "S"),
    ("s15", "sms", "debtor", "你自己乙肝小三阳的事，要不要我们告诉你同事？", "", "S"),
    ("s16", "call", "debtor", "坐席：你不是查出来有甲亢吗，天天请假在家\n客户：那又怎样", "", "S"),
    ("s17", "sms", "debtor", "你老婆怀二胎了吧，上周在妇幼做的四维彩超。", "", "S"),
    ("s18", "notice", "debtor", "催收函\n毛建军：\n据了解，你患有严重的腰椎间盘突出，长期在家休养。但身体原因不影响还款责任，请于七日内结清。\n"
     "汇通资产管理有限公司", "P:毛建军", "S"),
    ("s19", "sms", "debtor", "你弟弟精神上有问题，常年在康宁医院住着，你家的情况我们都清楚。", "", "S"),
    # --- sensitive: whereabouts and daily routine ----------------------------------------------------------
    ("s20", "sms", "debtor", "你每天晚上六点半从公司出来，走到公交站要十分钟，对吧？", "", "S"),
    ("s21", "call", "debtor", "坐席：你每天早上七点四十送孩子去学校，我们的人看见过\n客户：你们想干嘛", "", "S"),
    ("s22", "sms", "debtor", "你天天下午都在东街那家麻将馆打牌，有钱打牌没钱还？", "", "S"),
    ("s23", "sms", "debtor", "你几点下班我们都知道，今天就在你单位门口等你。", "", "S"),
    ("s24", "app", "debtor", "你周六上午都去体育馆游泳，周日回你妈家吃饭，别说找不到你。", "", "S"),
    ("s25", "call", "debtor", "坐席：你昨晚十一点才回的家吧\n客户：你们跟踪我？\n坐席：你自己心里清楚", "", "S"),
    ("s26", "sms", "debtor", "你最近天天去人才市场找工作，我们的人看到了，找到了先把钱还了。", "", "S"),
    ("s27", "sms", "third_party", "你好，请转告谭小龙，他每晚都在夜市烧烤摊那儿喝酒，欠我们的钱赶紧还。", "P:谭小龙", "ST"),
    ("s28", "call", "debtor", "坐席：你这几天都住在你表姐家吧\n客户：没有\n坐席：别骗我们了，楼下那辆白色电动车是你的", "", "S"),
    ("s29", "sms", "debtor", "你每周四晚上去城西的教会聚会，我们也可以去那找你。", "", "S"),
    ("s30", "sms", "debtor", "你上礼拜五晚上在金沙娱乐城待到凌晨两点。", "", "S"),
    ("s31", "call", "debtor", "坐席：你不是每天中午在公司楼下那家面馆吃饭嘛\n客户：……", "", "S"),
    ("s32", "app", "debtor", "你明天上午的航班去昆明，机票信息我们看到了。", "", "S"),
    ("s33", "sms", "debtor", "你每天下班先去菜市场再回家，这个时间点我们都掌握了。", "", "S"),
    ("s52", "sms", "debtor", "你老公每天晚上在滨江路夜市摆摊卖烤串，一般十二点收摊。", "", "S"),
    # --- sensitive: minors ------------------------------------------------------------------------------
    ("s34", "sms", "debtor", "你儿子在实验二小四年级三班，班主任姓陈，对吧？", "", "S"),
    ("s35", "call", "debtor", "坐席：你每天下午四点去接孩子，幼儿园门口人挺多的吧\n客户：你什么意思", "", "S"),
    ("s36", "sms", "debtor", "你女儿在市一中读高二，住校，周五下午回家。", "", "S"),
    ("s37", "app", "debtor", "你家小孩周末在少年宫学钢琴，我们也去看过。", "", "S"),
    ("s38", "sms", "third_party", "你好，你是詹华的姐姐吧，他儿子在新华小学上学，他欠的钱你管不管？", "P:詹华", "ST"),
    ("s39", "call", "debtor", "坐席：你闺女是不是在育才中学初一六班\n客户：你们想干什么", "", "S"),
    ("s40", "sms", "debtor", "你外孙每天坐8路公交去上学，这条线我们也坐过。", "", "S"),
    # --- sensitive: accounts, balances, credit reports ----------------------------------------------------
    ("s41", "sms", "debtor", "你微信钱包里还有五千多，支付宝还有两千，凑一凑就够了。", "", "S"),
    ("s42", "call", "debtor", "坐席：你的招行储蓄卡上周刚进账一万二，怎么就没钱了\n客户：那是工资", "", "S"),
    ("s43", "sms", "debtor", "你余额宝里那三万别放着了，先拿来还我们。", "", "S"),
    ("s44", "app", "debtor", "系统显示你在农商行开了一个新账户，存了两万，为什么不还款？", "", "S"),
    ("s45", "sms", "third_party", "你好，你是彭浩的同事吧，他征信上已经有七笔逾期了，你劝劝他。", "P:彭浩", "ST"),
    ("s46", "call", "third_party", "坐席：你是他爸吧\n第三方：是\n坐席：你儿子征信报告上还有四家网贷没还，信用卡也都刷爆了", "", "ST"),
    ("s47", "sms", "debtor", "你上个月从工资卡转了八千给你老婆，钱都去哪了我们清楚。", "", "S"),
    ("s48", "email", "debtor", "主题：关于您的还款能力\n您好，经查您名下邮储银行账户余额为23,600元，完全具备还款能力。", "", "S"),
    ("s49", "sms", "debtor", "你每个月公积金交一千八，收入不低，别装穷。", "", "S"),
    ("s50", "call", "debtor", "坐席：你的京东金融还有一万多额度没用，先借出来还我们\n客户：我不想再借了", "", "S"),
    ("s51", "sms", "third_party", "麻烦转告周伟，他在我们这儿欠的钱再不还，他征信上的记录会越来越难看，他名下那辆车也在抵押。", "P:周伟", "ST"),
    # --- both -------------------------------------------------------------------------------------------
    ("m01", "sms", "debtor", "关晓东，你妈刘素芬在中心医院做透析，你住的春晖苑我们也去过。", "P:关晓东|P:刘素芬|A:春晖苑", "XS"),
    ("m02", "call", "debtor", "坐席：喂 是莫文涛吗\n客户：是\n坐席：你老婆小燕在县医院住院保胎是吧，我们去病房看看她？", "P:莫文涛|P:小燕", "XS"),
    ("m03", "app", "debtor", "郭晨，你在平安保险电销中心上班，每天晚上九点下班，我们在楼下等你。", "P:郭晨", "XS"),
    ("m04", "notice", "debtor", "告知函\n万俊杰：\n经查，你的儿子万子轩就读于滨江实验小学二年级，你的妻子在城关镇卫生院工作。请于三日内还款。",
     "P:万俊杰|P:万子轩", "XS"),
    ("m05", "sms", "third_party", "你好，请问是杨丽华的家属吗？她在我司的贷款逾期了，她是不是正在人民医院化疗？她住的碧桂园3期我们也去过。",
     "P:杨丽华|A:碧桂园3期", "XST"),
    # --- lawful near misses -----------------------------------------------------------------------------
    ("n01", "sms", "debtor", "【瑞丰银行】尊敬的王*军先生，您可前往杭州市西湖区文三路90号瑞丰银行营业部办理还款，营业时间9:00-17:00。",
     "A:杭州市西湖区文三路90号", ""),
    ("n02", "sms", "debtor", "【安和消费金融】您好，根据您提交的市第一人民医院住院证明，已为您办理延期还款三个月，请安心治疗。", "", ""),
    ("n03", "notice", "debtor", "逾期催告函\n收件人：邵志强\n送达地址：长沙市岳麓区枫林三路56号\n您的借款（合同号HX20260311）已逾期45天，"
     "欠款7300元。请于2026年12月20日前还款，如有异议请致电4008-123-456。\n华信消费金融有限公司",
     "P:邵志强|A:长沙市岳麓区枫林三路56号", ""),
    ("n04", "sms", "debtor", "您尾号6688的储蓄卡将于今日扣款，请确保余额充足。", "", ""),
    ("n05", "call", "debtor", "坐席：您好，我是华信金融的客服小李，工号2731，请问是冯女士吗\n客户：是\n坐席：您尾号3456的借款本期还未还款，请问今天能处理吗",
     "", ""),
    ("n06", "app", "debtor", "您好，您申请的困难帮扶已通过。考虑到您母亲正在住院化疗，本期起停息挂账六个月。", "", ""),
    ("n07", "sms", "debtor", "我们不会联系您的单位和家人，也不会透露您的任何信息，请放心。", "", ""),
    ("n08", "sms", "debtor", "您可通过微信、支付宝或银行卡转账还款，账户名：华信消费金融有限公司。", "", ""),
    ("n09", "call", "debtor", "坐席：您说您爱人刚生完孩子，我们理解，这个月先不催，下个月您方便了再说\n客户：谢谢", "", ""),
    ("n10", "sms", "third_party", "您好，请问您认识陈志明吗？麻烦请他方便时回个电话，谢谢。", "P:陈志明", ""),
    ("n11", "notice", "debtor", "还款提示函\n尊敬的吕*婷女士：\n您的借款已逾期10天。线下还款网点：成都市锦江区红星路二段88号。\n如有困难可申请分期。",
     "A:成都市锦江区红星路二段88号", ""),
    ("n12", "sms", "debtor", "请问您每天几点方便接听电话？我们会在您方便的时间联系。", "", ""),
    ("n13", "sms", "debtor", "您的个人征信报告可通过中国人民银行征信中心官网免费查询。", "", ""),
    ("n14", "app", "debtor", "如您家中有学龄儿童、老人就医等特殊困难，可申请个性化分期。", "", ""),
    ("n15", "call", "debtor", "坐席：您刚才说孩子在上初中，学费压力大，我们可以帮您申请延期\n客户：那太好了", "", ""),
    ("n16", "sms", "debtor", "您好，您本期应还1280元，可使用微信零钱或支付宝余额还款。", "", ""),
    ("n17", "email", "debtor", "主题：还款确认\n尊敬的客户：\n您尾号0128的银行卡已成功还款3200元，账户已结清，感谢配合。", "", ""),
    ("n18", "notice", "debtor", "律师函\n致：欧阳*先生\n受华信消费金融委托，就您借款逾期一事致函。请于收函后十日内与我所联系。\n本所地址：广州市天河区珠江新城华夏路16号。",
     "A:广州市天河区珠江新城华夏路16号", ""),
    ("n19", "sms", "debtor", "您好，我是您的专属客户经理张敏，如需协商还款请致电4008-123-456。", "P:张敏", ""),
    ("n20", "call", "debtor", "坐席：您上次说在医院陪护父亲，现在情况好点了吗？还款的事我们可以往后延一个月\n客户：好多了谢谢", "", ""),
    ("n21", "sms", "debtor", "为保护您的隐私，我们不会向任何第三方透露您的住址、单位或病情。", "", ""),
    ("n22", "app", "debtor", "请在工资到账后及时还款，避免产生逾期记录。", "", ""),
    ("n23", "sms", "debtor", "请确保尾号5521的还款账户余额不低于本期应还金额2150元。", "", ""),
    ("n24", "call", "third_party", "坐席：您好，请问是陆先生的家人吗\n第三方：是，我是他妈\n坐席：阿姨您好，麻烦您转告他给我们回个电话，谢谢", "", ""),
    ("n25", "sms", "debtor", "为了家人和孩子，请保持良好的信用记录，按时还款。", "", ""),
    ("n26", "notice", "debtor", "还款通知\n尊敬的韩*明先生：\n您于2026年5月在我司申请的借款已逾期。请于本月25日前还款。\n我司地址：郑州市金水区花园路39号。",
     "A:郑州市金水区花园路39号", ""),
    ("n27", "sms", "debtor", "如您因住院、生育等原因暂时无法还款，可提交证明申请延期。", "", ""),
    ("n28", "call", "debtor", "坐席：我们这边是工作日早上九点到晚上六点上班，您下班后也可以在APP上留言\n客户：好的", "", ""),
    ("n29", "sms", "debtor", "您好，您预留的联系电话尾号7788已停用，请登录APP更新联系方式。", "", ""),
    ("n30", "app", "debtor", "您好，您已成功办理停催。我们已备注您在家照顾怀孕的妻子，三个月内不再电话联系。", "", ""),
    ("n31", "sms", "debtor", "您好，您的借款将于明天到期，请提前将款项存入尾号3388的银行卡。", "", ""),
    ("n32", "call", "debtor", "坐席：是宋立新先生本人吗\n客户：是\n坐席：宋先生您好，您在我们平台的借款逾期五天了，金额2680元，请问今天方便处理吗",
     "P:宋立新", ""),
    ("n33", "sms", "debtor", "温馨提示：还款日前请确认还款卡内资金充足，您也可以使用其他银行卡主动还款。", "", ""),
    ("n34", "email", "debtor", "主题：分期方案\n吴女士您好：\n按您的申请，结合您提供的父亲在省人民医院的透析费用单据，已为您调整为24期还款。", "", ""),
    ("n35", "sms", "debtor", "您好，我们每天9点到21点提供人工服务，您几点方便都可以来电。", "", ""),
    ("n36", "notice", "debtor", "催收通知\n借款人：田*\n证件号：3301**********1237\n欠款金额：5400元\n请于十日内通过官方渠道还款。", "", ""),
    ("n37", "sms", "debtor", "您好，如您已搬家或更换工作单位，请在APP中更新资料。", "", ""),
    ("n38", "call", "debtor", "坐席：您说您在工地干活不方便接电话，那我们晚上八点后再打给您可以吗\n客户：行", "", ""),
    ("n39", "sms", "third_party", "您好，您是黄先生的紧急联系人，请他尽快登录APP查看消息，谢谢。", "", ""),
    ("n40", "app", "debtor", "您的账户已逾期3天，逾期会影响您的征信记录，请尽快还款。", "", ""),
    ("n41", "sms", "debtor", "祝您父亲手术顺利。考虑到您的情况，本期还款顺延一个月，无需额外费用。", "", ""),
    ("n42", "call", "debtor", "坐席：请问是马丽吗\n客户：我是\n坐席：马女士您好，核对一下，您身份证号后四位是1237对吗\n客户：对", "P:马丽", ""),
    ("n43", "sms", "debtor", "如需邮寄结清证明，请回复收件地址。", "", ""),
    ("n44", "email", "debtor", "主题：逾期提醒\n尊敬的李*华先生：您的信用卡账单已逾期，最低还款额860元，请登录手机银行还款。", "", ""),
    ("n45", "sms", "debtor", "您好，本周六我们在人民路营业厅举办还款咨询日，欢迎您来现场协商。", "", ""),
    ("n46", "call", "third_party", "坐席：您好，我找一下刘建华\n第三方：他不在，我是他同事\n坐席：好的，那麻烦您跟他说一下，让他方便时回电，谢谢",
     "P:刘建华", ""),
    ("n47", "app", "debtor", "您好，您上传的诊断证明已审核通过，减免申请正在处理中。", "", ""),
    ("n48", "sms", "debtor", "您好，您的工作单位信息是否有变化？如有变化请在APP中更新。", "", ""),
    ("n49", "sms", "debtor", "您好，您本人名下的借款已逾期，请勿让家人代为承担，我们也不会联系他们。", "", ""),
    ("n51", "sms", "debtor", "您好，请问您是刘*强先生本人吗？如是本人请回复1。", "", ""),
    ("n50", "notice", "debtor", "催收函\n收件人：杜*峰\n邮寄地址：重庆市渝北区*****\n你的借款已逾期，请于十日内还款。", "", ""),
]


def record(message_id: str, channel: str, recipient_type: str, text: str, entities: str, categories: str) -> dict:
    """One contract message with its entities' offsets found in the text, each after the one before."""
    found, cursor = [], 0
    for item in filter(None, entities.split("|")):
        code, _, value = item.partition(":")
        if code not in ENTITY_CODES or not value:
            raise ValueError(f"{message_id}: entity {item!r} is not CODE:text with CODE one of {''.join(ENTITY_CODES)}")
        start = text.find(value, cursor)
        if start < 0:
            raise ValueError(f"{message_id}: entity {value!r} is not in the text after offset {cursor}")
        found.append({"entity_type": ENTITY_CODES[code], "start": start, "end": start + len(value)})
        cursor = start + len(value)
    unknown = set(categories) - set(CATEGORY_CODES)
    if unknown:
        raise ValueError(f"{message_id}: category letters {sorted(unknown)} are not among {''.join(CATEGORY_CODES)}")
    return {"message_id": f"pipl2-{message_id}", "campaign_id": "pipl-dev2", "channel": channel,
            "recipient_type": recipient_type, "debtor_id": f"D2-{message_id}", "text": text, "entities": found,
            "categories": sorted(CATEGORY_CODES[letter] for letter in categories)}


def write_dev2(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    path = folder / DEV2_FILE
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for message in MESSAGES:
            out.write(json.dumps(record(*message), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_dev2()
