"""Writes `pipl_dev21.jsonl`: a PIPL development batch (issue 14) weighted to `pii.excessive` (family members,
partners, in-laws, guarantors, co-borrowers, colleagues, roommates and landlords named every way) and to unmasked
identifiers among as many decoys, with a third lawful near-misses, measured once with the shipped code after it was
committed and before any rule was changed on it.

Written by hand by the helper who then tunes the `pii.excessive` rules and the identifier recognizers; it read the
data contract, the format lines of `make_pipl_dev20` (docstring, imports, the MESSAGES shape, `write_dev20`), the
`record` helper and no rule before the batch was committed.

Voices: lenders' SMS templates with 【】 signatures, app and WeChat chats (collectors' half-literate threats, an
owners' group, a customer writing his own number), ASR calls with spaced words and numbers read aloud (幺, mixed
digits and words, an X check character), e-mail with 主题 lines and signatures, notices, lawyers' letters, a
transfer notice and letters to employers and residents' committees, in Cantonese, Sichuanese, north-eastern,
Shanghainese and Hokkien-flavoured speech and in traditional characters.
Families by the id's first letter: x excessive, s sensitive, t third-party disclosure, u unmasked identifiers (plain,
grouped by spaces, dots, slashes and hyphens, full-width, split by a line break, in a URL, read aloud, 15- and
18-digit IDs, 16- and 19-digit cards, a passport), n lawful (masked forms, contract, case, order, waybill, invoice,
ticket and agreement numbers, timestamps, amounts, 15-digit numbers whose month is not a month, a 19-digit id in a
URL that fails Luhn; families, colleagues and landlords mentioned without a name; a relative named by the customer
himself; the debtor's own name alone, a letter's addressee line, a guarantor told of his own guarantee or its
release, a contact asked only for a call-back, an agent's own name and office line, courts' and lenders' offices).

Decisions, by contract section 5 ("family members' names or numbers") and as `make_pipl_dev20` states them: a
family member, partner, ex-partner, in-law, guarantor, co-borrower, co-owner, partner in a business, colleague,
roommate or landlord named to anyone (full name, given name, nickname, 小名 or an English name) or given by number is
`pii.excessive`; so is the debtor's name with a home address or employer unless the message is a letter that needs
it (an addressee line); a full mobile, ID or card number in the text is `pii.unmasked_identifier` whoever it belongs
to, except the customer's own words in a chat; a guarantor told of his own guarantee is no disclosure. Every
identifier is invented and passes `set_format.check_identifier` (with slashes and line breaks taken out).

First run, after the batch was committed and before any rule was changed on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev21.jsonl --no-weibo`, 188 messages, 62 lawful, on 2ad03b6): `pii.excessive` P 0.981 R 0.707
F1 0.822, `pii.unmasked_identifier` P 1.000 R 0.864 F1 0.927, `pii.third_party_disclosure` P 0.900 R 1.000 F1 0.947,
`pii.sensitive` P 0.545 R 1.000 F1 0.706, `pii.*` micro P 0.903 R 0.812 F1 0.855; entities: structured ids P 0.978
R 0.936 (ID card R 0.923, mobile P/R 0.960, bank card R 0.875), PERSON P 0.950 R 0.800, ADDRESS P 0.923 R 1.000.
Missed excessive (22): relatives, in-laws, friends and colleagues named by given name or nickname (a wife's twice,
one in an abusive text, a 小名, a brother-in-law's nickname, a brother's in Shanghainese, a 连襟 in a call, a son's in
Cantonese and in Hokkien-flavoured speech, two children's nicknames, a best friend's, a father-in-law in north-eastern
speech, a mate's nickname, a sister-in-law's, three colleagues'), a business partner, a co-borrower, a co-owner, a
brother holding shares, a step-father, a guarantor's name beside his number and a guarantor named alone, an uncle
named in a contact line; flagged: a call saying the employer's address is not needed. Missed unmasked: a full-width
mobile, an ID in a URL, a mobile split over two turns, two collectors' numbers after 手机 and 回电, a 19-digit
card grouped 6-4-4-4-1. Sensitive flagged on ten messages that only name a relative, a move or a job (a relative's
job, a roommate's "moved", "took leave"), and on "your family are worried". No label was changed after the run.

Must never be used as a held-out set: it is a development batch.

`python -m benchmarks.data.make_pipl_dev21` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV21_FILE = "pipl_dev21.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # excessive: relatives, partners and in-laws named by full name, given name, nickname or 小名, told to the debtor
    ("x001", "sms", "debtor", "【融e借】尊敬的客户，您妹妹丽丽说您在外地打工，请您尽快登录APP处理逾期账单，以免影响征信。", "P:丽丽", "X"),
    ("x002", "app", "debtor", "你家那口子叫红梅吧？她说家里的钱都是你管着，别让我们再去问她了", "P:红梅", "X"),
    ("x003", "call", "debtor", "坐席：喂 您好 是 郝 先生 吗\n客户：对 你 哪位\n坐席：我 这边 是 易 贷 的 您 女儿 小 名 叫 甜 甜 对 吧 您 当 爸爸 的 也 该 给 孩子 做 个 榜样 把 账 清 了", "P:甜 甜", "X"),
    ("x004", "sms", "debtor", "【安信催收】吕建峰，你外甥吕浩然电话15104519189我们已联系过，请你今天下午五点前回电。", "P:吕建峰|P:吕浩然|M:15104519189", "UX"),
    ("x005", "app", "debtor", "张姐，你老公老陈不是在县自来水公司上班嘛，我们明天上午去他单位聊聊你这笔账", "P:老陈", "X"),
    ("x006", "email", "debtor", "主题：关于您名下借款的处理意见\n万女士您好：\n据您留存的资料，您的婆婆郑桂兰（手机18717116747）与您共同居住于江宁区双龙大道1188号12栋，请您本月内结清欠款，避免我们与家人沟通。\n——\n恒利资产 法务组", "P:郑桂兰|M:18717116747|A:江宁区双龙大道1188号12栋", "UX"),
    ("x007", "notice", "debtor", "催款通知书\n债务人：骆振宇\n经查，你的担保人为你的同事黄启明（身份证号320106198401070937），如你继续拖欠，本公司将向担保人追偿。\n鼎盛商务咨询有限公司", "P:骆振宇|P:黄启明|I:320106198401070937", "UX"),
    ("x008", "app", "debtor", "你阿媽何鳳儀喺荃灣街市賣菜嘛，你唔想我哋搵佢就快啲還錢啦", "P:何鳳儀", "X"),
    ("x009", "app", "debtor", "兄弟，你室友阿杰跟我们说你上周末就搬到城中村去了，躲是躲不掉的", "P:阿杰", "X"),
    ("x010", "call", "debtor", "坐席：喂，请问是滕丽娟吗？\n客户：是我，什么事\n坐席：你房东姓孔叫孔德胜，他讲你房租也欠了两个月，我们这边的钱你打算怎么处理？", "P:滕丽娟|P:孔德胜", "X"),
    ("x011", "sms", "debtor", "你老汉儿陶德福在镇上开个摩托车修理铺嘛，你再不接电话我们就去铺子头找他摆龙门阵", "P:陶德福", "X"),
    ("x012", "app", "debtor", "你小舅子二柱子昨儿个还给我们打电话呢，说你兜里有钱就是不还，咋整的", "P:二柱子", "X"),
    ("x013", "sms", "debtor", "【小象分期】您的紧急联系人乔小燕（您的表妹）表示无法联系到您，请您主动与我司联系处理逾期款项。", "P:乔小燕", "X"),
    ("x014", "email", "debtor", "主题：逾期提醒\n于先生：\n您在贷款申请时登记的配偶信息为：姓名 柴雪梅，电话 138 8798 3642，工作单位 市第二人民医院。请您于3日内处理逾期款项，否则我司将依约联系上述人员。\n——\n汇通信贷 客户服务部", "P:柴雪梅|M:138 8798 3642", "UX"),
    ("x015", "call", "debtor", "坐席：喂 你 好 是 蔡 先生 吧\n客户：嗯\n坐席：你 弟弟 蔡 文 龙 的 电话 幺 五 幺 三 四 幺 二 五 零 九 二 我们 打 过 了 他 说 你 们 早 就 分 家 了\n客户：那 你 们 找 我 干 嘛", "P:蔡 文 龙|M:幺 五 幺 三 四 幺 二 五 零 九 二", "UX"),
    ("x016", "app", "debtor", "你干妈秦阿姨（秦玉珍）说上个月刚借给过你两万，有钱借别人没钱还我们？", "P:秦玉珍", "X"),
    ("x017", "sms", "debtor", "符先生，您的合伙人邱志刚称您已退出店铺经营，请于今日内还款，勿让合作伙伴为难。", "P:邱志刚", "X"),
    ("x018", "notice", "debtor", "律师函\n致：时俊峰先生\n本所受华鑫小贷委托，就您的借款逾期事宜致函。据委托人提供的材料，您的妻子温晓雯现任职于金陵饭店财务部，请您妥善处理，勿使家人受累。\n江苏恒正律师事务所", "P:时俊峰|P:温晓雯", "X"),
    ("x019", "app", "third_party", "【业主群】大家好，我是物业的。12栋的住户莫国栋和他老婆周丽在外面欠了钱，催收的都打到物业来了，他家小孩叫莫小宝的，请大家留意一下", "P:莫国栋|P:周丽|P:莫小宝", "TX"),
    ("x020", "sms", "third_party", "【信达催收】您好，您哥哥熊家豪在我司借款逾期60天，其妻子卢敏手机18767926763一直关机，请您转告他尽快处理。", "P:熊家豪|P:卢敏|M:18767926763", "TUX"),
    ("x021", "call", "third_party", "坐席：您好，是石经理吗？我们找一下你们科室的芦静。\n客户：她今天不在，你哪里？\n坐席：我们是银行信用卡中心的，她欠款好几个月了，她老公叫付晓东对吧，电话也打不通", "P:芦静|P:付晓东", "TX"),
    ("x022", "app", "debtor", "妹子，你男朋友浩子昨天在朋友圈晒新手机，你们俩日子过得不错嘛，钱什么时候还", "P:浩子", "X"),
    ("x023", "sms", "debtor", "侬屋里厢阿弟阿强讲侬老早搬到闵行去了，侬钞票啥辰光还？", "P:阿强", "X"),
    ("x024", "email", "debtor", "主题：RE: 还款计划\n杜先生：\n您提出的分期方案我们已收到。另，您岳母林秀英女士昨日来电询问您的情况，我们已告知其联系您本人。请于本周五前确认方案。\n——\n安和金融 协商组", "P:林秀英", "X"),
    ("x025", "notice", "third_party", "协助函\n贵单位员工解文涛（身份证号码430104196904239822）在我司借款逾期，其妻姚芳、其子解一帆均无法联系，请贵单位督促其还款。\n诚信资产管理有限公司", "P:解文涛|I:430104196904239822|P:姚芳|P:解一帆", "TUX"),
    ("x026", "app", "debtor", "你老婆阿萍早就跟我們說了，家裡的錢都在你手上，錢的事你別再拖", "P:阿萍", "X"),
    ("x027", "sms", "debtor", "甘女士，您登记的联系人“舅舅 阮长青 151 5016 3617”已确认您本人近况，请勿再回避。", "P:阮长青|M:151 5016 3617", "UX"),
    ("x028", "call", "debtor", "坐席：喂 是 蒲 先生 吗\n客户：嗯 是 我\n坐席：你 那个 连襟 叫 老 黄 的 开 货车 的 说 你 最近 手头 宽裕 了\n客户：他 乱 说 的", "P:老 黄", "X"),
    ("x029", "app", "debtor", "亲，你儿媳妇小芸的电话17737188257我们已经存好了，你不想让她知道你欠钱就今天还上", "P:小芸|M:17737188257", "UX"),
    ("x030", "sms", "debtor", "【还呗】冯先生，系统显示您的共同借款人冯丽华（您的姐姐）已还款部分，剩余8,350.00元请您于4月18日前还清。", "P:冯丽华", "X"),
    ("x031", "email", "debtor", "主题：关于贵方租住房屋\n戴女士：\n您的房东沙志明先生（电话19998408045）向我司反映您已拖欠房租，您在我司的贷款亦已逾期，请尽快联系。", "P:沙志明|M:19998408045", "UX"),
    ("x032", "app", "debtor", "你表哥大伟在你们小区门口开超市那个，我们去买包烟顺便聊了聊你的事", "P:大伟", "X"),
    ("x033", "sms", "debtor", "许先生，您的前妻钟雅琴女士表示您仍有能力支付孩子抚养费，也请您按时归还本平台借款。", "P:钟雅琴", "X"),
    ("x034", "notice", "debtor", "上门拜访告知书\n尊敬的樊立伟先生：\n我司外访人员将于5月10日前往您的工作单位宏达机械厂（溧水区经济开发区24号）及您父亲樊长根的住处了解情况。\n江南外访服务中心", "P:樊立伟|A:溧水区经济开发区24号|P:樊长根", "X"),
    ("x035", "call", "debtor", "坐席：喂，係咪黎生呀？\n客户：係，咩事\n坐席：你個仔黎俊熙嘅電話我哋已經有咗，你唔想佢知就今日還錢", "P:黎俊熙", "X"),
    ("x036", "app", "debtor", "你们公司前台的小周说你今天请假了，别躲了，下午我们在公司楼下等你", "P:小周", "X"),
    ("x037", "sms", "debtor", "【快贷】您的工作证明显示您就职于远大物流有限公司，部门主管为邢海军，若继续逾期我司将核实工作信息。", "P:邢海军", "X"),
    ("x038", "app", "debtor", "宝妈，你家大宝叫果果二宝叫豆包是吧，当妈的欠钱不还以后孩子咋做人", "P:果果|P:豆包", "X"),
    ("x039", "email", "third_party", "主题：请协助联系\n单先生您好：\n您的侄子单晓峰在我司信用卡透支逾期，其母亲贺桂芳的电话一直无人接听，请您转告他们尽快联系我司。\n——\n某银行信用卡中心 贷后管理", "P:单晓峰|P:贺桂芳", "TX"),
    ("x040", "call", "third_party", "坐席：喂，你好，你是不是住在严家村三组的？\n客户：是啊，怎么了\n坐席：你隔壁的武大勇和他老婆桂香欠了我们平台钱，你见到他们叫他们还钱", "A:严家村三组|P:武大勇|P:桂香", "TX"),
    ("x041", "sms", "debtor", "程女士，我们已与您的女婿（史浩，14776012630）沟通，请您本人于今日18点前处理欠款。", "P:史浩|M:14776012630", "UX"),
    ("x042", "app", "debtor", "老乡，你在工地的带班师傅孟宪国我们认识，要不我们请他帮忙劝劝你？", "P:孟宪国", "X"),
    ("x043", "notice", "debtor", "还款催告函\n赖国强先生：\n你在我公司的借款已严重逾期。你的儿子赖思远、儿媳朱婷与你在同一小区居住（锦绣花园8栋），我公司不希望事情扩大，望你速来协商。\n金桥融资担保有限公司", "P:赖国强|P:赖思远|P:朱婷|A:锦绣花园8栋", "X"),
    ("x044", "sms", "debtor", "你弟媳小红说你在省城发财了，欠我们这点钱还不起？", "P:小红", "X"),
    ("x045", "app", "debtor", "阿伯，恁後生仔阿德講恁厝內攏是伊咧管錢，你無還，阮只好閣去揣伊", "P:阿德", "X"),
    ("x046", "call", "debtor", "坐席：喂，是宁海燕吗？\n客户：是，你是？\n坐席：我们是分期平台的，你爱人叫柯建华，在区税务局上班，对吧？你要是不处理，我们只能去他单位了。", "P:宁海燕|P:柯建华", "X"),
    ("x047", "email", "debtor", "主题：催告\n包先生：\n贵司股东名册显示，您与您的兄长包志远各持股50%，本笔借款请您个人尽快归还。\n——\n金穗小贷", "P:包志远", "X"),
    ("x048", "sms", "debtor", "【捷信】尊敬的客户蒋雨晨，您于2023年3月登记的家庭住址为栖霞区仙林大道88号和园5栋1104室，若您已搬离，请及时更新资料。", "P:蒋雨晨|A:栖霞区仙林大道88号和园5栋1104室", "X"),
    ("x049", "app", "debtor", "姐，你闺蜜小雅都替你着急了，她说你换了手机号，新号能不能告诉我们", "P:小雅", "X"),
    ("x050", "notice", "third_party", "协查函\n致：幸福里社区居委会\n辖区居民鲍春生（住幸福里6号楼2单元401）及其妻子华丽娜在我司借款逾期未还，请协助通知其本人联系我司。\n鑫泰商务", "P:鲍春生|A:幸福里6号楼2单元401|P:华丽娜", "TX"),
    ("x051", "app", "debtor", "小伙子，你对象婷婷在哪家美容店上班我们都清楚，你不想她丢脸就赶紧还", "P:婷婷", "X"),
    ("x052", "sms", "debtor", "谭先生，您的紧急联系人谭静（妹妹）及您母亲均已收到我司短信，请勿继续拖延。", "P:谭静", "X"),
    ("x053", "call", "debtor", "坐席：大哥，你家老丈人叫老于头儿是吧，住双城那旮旯，前两天我们还给他老人家打过电话\n客户：你们咋还找他呢", "P:老于头儿", "X"),
    ("x054", "app", "debtor", "你的保人卞小军手机19133904908，我们今天会通知他替你还款", "P:卞小军|M:19133904908", "UX"),
    ("x055", "email", "debtor", "主题：关于您的工资代扣\n秦先生：\n经了解，您目前就职于金鹰商贸有限公司，人事部负责人为吴佩佩。如您同意，可办理代扣还款。", "P:吴佩佩", "X"),
    ("x056", "sms", "debtor", "【普惠金融】您好，您的房产共有人马淑芬女士已知悉您的借款事宜，请您尽快处理。", "P:马淑芬", "X"),
    ("x057", "app", "debtor", "你姑父老钱在菜市场卖肉那个，我们昨天去买了二斤排骨，顺便问了问你", "P:老钱", "X"),
    ("x058", "call", "debtor", "坐席：陳小姐，你老公阿輝喺邊度返工我哋都知，你最好今日入數\n客户：你哋唔好亂嚟", "P:阿輝", "X"),
    ("x059", "sms", "debtor", "你哥梁伟开的那辆白色大众我们在他单位停车场见过，你不还就让他来还", "P:梁伟", "X"),
    ("x060", "app", "debtor", "你的老同学兼担保人任志强说他不会替你还，你还是自己想办法吧", "P:任志强", "X"),
    ("x061", "email", "debtor", "主题：还款提醒\n申先生：\n您名下车贷已逾期15天。您的妹妹申晓丽（18205513975）作为共同还款人已收到同样提醒。", "P:申晓丽|M:18205513975", "UX"),
    ("x062", "sms", "debtor", "尊敬的丁建新先生，您在永辉超市仙林店担任店长，收入稳定，请于今日还清逾期款项5,200元。", "P:丁建新", "X"),
    ("x063", "app", "debtor", "你哥们儿胖子说你最近在跑滴滴，挣得不少吧", "P:胖子", "X"),
    ("x064", "notice", "debtor", "债权转让通知\n致：邬丽君\n您在原债权人处的借款已转让至我司，您的原紧急联系人邬丽萍、邬建军已同步告知。\n华融资产管理", "P:邬丽君|P:邬丽萍|P:邬建军", "X"),
    ("x065", "call", "debtor", "坐席：喂 您好 请问 是 祁 红 霞 女士 吗\n客户：是 的\n坐席：祁 女士 您 母亲 叫 周 玉 兰 她 的 手机 一 三 八 七 二 一 五 零 零 三 五 我们 核实 了 一下 是 她 本人 对 吧", "P:祁 红 霞|P:周 玉 兰|M:一 三 八 七 二 一 五 零 零 三 五", "UX"),
    ("x066", "app", "debtor", "你同事们都在一个群里，王丹丹、刘宇、小黑子，要不要我们在群里说说你的事", "P:王丹丹|P:刘宇|P:小黑子", "X"),
    ("x067", "sms", "debtor", "【借点钱】您好，您的继父霍振东已代您还款2000元，剩余款项请您自行处理。", "P:霍振东", "X"),
    ("x068", "email", "debtor", "主题：关于您的住址核实\n温女士：\n我们按您预留地址（鼓楼区湖南路16号华侨大厦2103室）寄送的函件被退回，经询问，物业告知您已搬往女儿温馨处居住。请提供最新联系方式。", "A:鼓楼区湖南路16号华侨大厦2103室|P:温馨", "X"),
    ("x069", "app", "debtor", "哥，嫂子秀芝说你去外地了，去哪儿了总得说一声吧", "P:秀芝", "X"),
    ("x070", "call", "debtor", "坐席：喂，请问是蓝先生吗\n客户：谁啊\n坐席：你老婆小名叫丫丫是吧，她说让我们直接找你。", "P:丫丫", "X"),
    ("x071", "sms", "third_party", "曹先生您好，您为杭志远的借款提供担保，现借款已逾期，其妻子黎小梅电话关机，请您督促。", "P:杭志远|P:黎小梅", "X"),
    ("x072", "app", "debtor", "你女朋友叫Lily是吧，她那个英语培训机构我们也能找到", "P:Lily", "X"),
    ("x073", "notice", "debtor", "通知\n债务人龚海峰：\n你在贷款时提供的第二联系人为你的同事江小波（15819153580），我司已于昨日与其联系。", "P:龚海峰|P:江小波|M:15819153580", "UX"),
    ("x074", "sms", "debtor", "姓杨的你老婆叫什么你自己清楚 张秋菊是吧 还钱", "P:张秋菊", "X"),
    ("x075", "app", "debtor", "您好，您的合租室友刘畅、赵一航都说您已经一周没回住处了", "P:刘畅|P:赵一航", "X"),
    # sensitive: conditions, pregnancy, routines, stays, trips, pay, records, biometrics, a child's class
    ("s01", "sms", "debtor", "【分期乐】您提交的困难申请中提到您正在做化疗，我们已为您延期30天。", "", "S"),
    ("s02", "app", "debtor", "你不是说你老婆怀了二胎吗，五个多月了吧，更要把账理清楚", "", "S"),
    ("s03", "call", "debtor", "坐席：喂 是 谢 先生 吗\n客户：是\n坐席：我们 知道 您 每天 早上 七点 从 天河 客运站 坐 车 去 东莞 上班", "", "S"),
    ("s04", "sms", "debtor", "您好，系统显示您今晚入住如家酒店（火车站店）801房，方便的话请回电处理账单。", "", "S"),
    ("s05", "app", "third_party", "你外甥在戒毒所的事我们都知道了，他欠的钱总要有人还", "", "ST"),
    ("s06", "email", "debtor", "主题：还款能力评估\n您近6个月工资流水每月约7,800元，发薪日为每月10日，请于发薪当日还款。", "", "S"),
    ("s07", "notice", "debtor", "您的残疾人证（肢体二级）复印件已收到，减免申请审批中。", "", "S"),
    ("s08", "app", "debtor", "你儿子在实验小学四年级二班吧，几点放学我们也清楚", "", "S"),
    ("s09", "sms", "debtor", "您所在的教会每周日上午聚会，我们的外访人员会在那附近等您。", "", "S"),
    ("s10", "call", "debtor", "坐席：你 的 人脸 识别 照片 和 指纹 记录 都 在 我们 系统 里\n客户：那 又 怎样", "", "S"),
    ("s11", "app", "debtor", "听说你去年因为抑郁症住过院，现在好点了吧？身体好了就赶紧还钱", "", "S"),
    ("s12", "sms", "debtor", "系统显示您明早8:40乘坐G7021次列车从上海到南京，请您上车前完成还款。", "", "S"),
    # third-party disclosure without excess
    ("t01", "sms", "third_party", "【安逸花】您好，您的朋友邓伟在我平台的借款已逾期，金额3,680元，请转告其尽快还款。", "P:邓伟", "T"),
    ("t02", "call", "third_party", "坐席：喂，请问是刘强的同事吗？\n客户：是，怎么了\n坐席：他在我们这里欠了钱一直不还，你让他赶紧回个电话。", "P:刘强", "T"),
    ("t03", "app", "third_party", "各位群友，本群成员“阿凯”在我司欠款逾期三个月，请他看到消息后尽快处理。", "P:阿凯", "T"),
    ("t04", "email", "third_party", "主题：员工欠款情况告知\n贵公司人事部：\n贵司员工姜涛在我司借款已逾期92天，欠款本息合计21,430元，望贵司协助督促。", "P:姜涛", "T"),
    ("t05", "sms", "third_party", "您好，您的亲属蒋先生在我行信用卡已逾期，请提醒其还款。", "", "T"),
    ("t06", "call", "third_party", "坐席：喂 你好 我 这边 是 速 贷 平台 的 请问 你 认识 吕 洋 吗\n客户：认识 他 是 我 表弟\n坐席：他 在 我们 这 借 了 钱 三个 月 没 还 了 你 叫 他 还 一下", "P:吕 洋", "T"),
    ("t07", "notice", "third_party", "致房东：您的租户贝先生因欠款被列入我司重点催收名单，请协助通知其联系我们。", "", "T"),
    ("t08", "app", "third_party", "老同学，阿龙欠网贷的事你知道不？他现在一分钱都拿不出来，你劝劝他", "P:阿龙", "T"),
    ("t09", "sms", "third_party", "【金融服务】您好，车辆登记人郝明（您的丈夫）名下贷款逾期已被移交法务。", "P:郝明", "T"),
    ("t10", "email", "third_party", "主题：关于贵单位职工欠款事项\n您单位职工郭美玲于2022年在我公司办理的消费贷款现已逾期，请转告其本人。", "P:郭美玲", "T"),
    # unmasked identifiers every way, beside decoys (contract, case, order and waybill numbers, times, amounts)
    ("u01", "sms", "debtor", "【中银消费】尊敬的客户，您合同编号HT2023110800123456的借款已逾期，您绑定的还款卡6217850574392238100扣款失败，订单号20231108153022。", "B:6217850574392238100", "U"),
    ("u02", "app", "debtor", "您的身份证号 2301 0319 6906 0845 92 已实名认证，案件号（2024）苏0102民初3345号", "I:2301 0319 6906 0845 92", "U"),
    ("u03", "call", "debtor", "坐席：请 您 核对 一下 您 的 身份证 是 五 幺 零 幺 零 七 幺 九 七 零 零 五 二 八 八 八 三 五 对 吗\n客户：对", "I:五 幺 零 幺 零 七 幺 九 七 零 零 五 二 八 八 八 三 五", "U"),
    ("u04", "email", "debtor", "主题：还款凭证\n收款单号：SK202404120087\n交易时间：2024-04-12 14:32:07\n金额：3,200.00元\n付款卡号：6227 0033 3218 3852", "B:6227 0033 3218 3852", "U"),
    ("u05", "sms", "debtor", "请回拨专员手机：１８６１５５２３７８５，工单号WO-20240318-0071", "M:１８６１５５２３７８５", "U"),
    ("u06", "notice", "debtor", "逾期告知\n身份证号码：32010619960916665X\n借款合同号：JK-2022-015530\n逾期天数：87天", "I:32010619960916665X", "U"),
    ("u07", "app", "debtor", "点击链接查看账单 https://m.xd-pay.cn/bill?uid=8830271&idno=450103198911182349 合同号 9921004475", "I:450103198911182349", "U"),
    ("u08", "sms", "debtor", "您的银行卡号为6212 2644\n7879 1885，请确保余额充足", "B:6212 2644\n7879 1885", "U"),
    ("u09", "call", "debtor", "坐席：您 登记 的 手机 是 一 八 六 9 7 9 二 3 九 6 零 吗\n客户：是 的", "M:一 八 六 9 7 9 二 3 九 6 零", "U"),
    ("u10", "email", "debtor", "主题：出境核查\n您的护照号E87009737已被列入核查名单，请于三日内联系我司。", "", "U"),
    ("u11", "sms", "debtor", "您的卡号6228-4308-7232-2684-153已冻结，请联系客服。", "B:6228-4308-7232-2684-153", "U"),
    ("u12", "app", "debtor", "身份证：320106/197111/120663 请核对是否本人", "I:320106/197111/120663", "U"),
    ("u13", "notice", "debtor", "户名：陆文斌\n卡号：6217 8505 1700 1788 908\n开户行：建设银行", "P:陆文斌|B:6217 8505 1700 1788 908", "U"),
    ("u14", "sms", "debtor", "您的旧版身份证号330106850612123已失效，请上传新证件。", "I:330106850612123", "U"),
    ("u15", "call", "debtor", "坐席：我 核对 一下 您 的 号码 是 幺 三 五\n客户：嗯\n坐席：四 幺 九 九 二 四 七 五 对 吧", "", "U"),
    ("u16", "app", "debtor", "您好，您的微信绑定手机 +86 139-4742-5122 已验证", "M:139-4742-5122", "U"),
    ("u18", "sms", "debtor", "【人人贷】您的身份证号码 14010520020705823X 与预留信息不一致，请重新上传", "I:14010520020705823X", "U"),
    ("u19", "notice", "debtor", "扣款失败通知\n卡号 6227.0081.6851.4617\n应扣金额 1,520.00", "B:6227.0081.6851.4617", "U"),
    ("u20", "app", "debtor", "客服：请您核对，收款人手机号17798999709，订单号 202403151230456789", "M:17798999709", "U"),
    ("u21", "call", "debtor", "坐席：您 绑定 的 卡 是 六 二 二 七 零 零 零 七 六 二 六 三 零 七 六 六 今天 扣款 没 成功\n客户：我 晚点 存 钱", "B:六 二 二 七 零 零 零 七 六 二 六 三 零 七 六 六", "U"),
    ("u22", "sms", "debtor", "您的身份证号码为520102198504192736，案件编号2024-NJ-0318-0562，受理时间2024年3月18日10:25", "I:520102198504192736", "U"),
    ("u23", "app", "debtor", "你电话18615523785打不通就换这个号码15166885932？", "M:18615523785|M:15166885932", "U"),
    ("u24", "email", "debtor", "主题：合同寄送\n快递单号：SF1402938475612\n收件人：柯女士\n收件电话：18664173107", "M:18664173107", "U"),
    ("u25", "sms", "debtor", "【还款提醒】请于今日还款，银行卡尾号8856，回复TD退订。客服专员手机13938380311", "M:13938380311", "U"),
    ("u26", "notice", "debtor", "核实信息\n身份证号 360102200009247015\n手机 18775457084", "I:360102200009247015|M:18775457084", "U"),
    ("u27", "app", "debtor", "卡号：621226 0969 2111 6357 7", "B:621226 0969 2111 6357 7", "U"),
    ("u28", "sms", "debtor", "请回电 199-5945-0971（专员王工）", "M:199-5945-0971", "U"),
    ("u29", "call", "debtor", "坐席：身 份 证 号 二 三 零 幺 零 三 二 零 零 幺 零 四 幺 七 四 三 五 X 是 您 的 吧\n客户：是", "I:二 三 零 幺 零 三 二 零 零 幺 零 四 幺 七 四 三 五 X", "U"),
    ("u30", "app", "debtor", "你的新号码是19131224044吧？别以为换号就找不到你", "M:19131224044", "U"),
    # lawful: decoys (masked forms, contract, order, case, waybill and invoice numbers, timestamps, URLs, amounts)
    ("n01", "sms", "debtor", "【小赢卡贷】您尾号4417的账户本期应还1,268.50元，最后还款日2024-05-20，详询4008-820-820。", "", ""),
    ("n02", "app", "debtor", "您的借款合同编号：XD20240315000128，订单号：202403151230567812，请妥善保存。", "", ""),
    ("n03", "sms", "debtor", "您的手机号138****6632已完成验证，验证码574213，5分钟内有效。", "", ""),
    ("n04", "email", "debtor", "主题：结清证明\n借款编号：LN3301062024000158\n结清日期：2024年6月3日\n结清金额：12,680.00元\n——\n华信消费金融", "", ""),
    ("n05", "notice", "debtor", "案号：（2024）浙0106民初12857号\n开庭时间：2024年7月12日上午9:30\n地点：西湖区人民法院第三法庭（西湖区文三路118号）", "A:西湖区文三路118号", ""),
    ("n06", "sms", "debtor", "快递单号773201948562031已签收，如有疑问请致电95311。", "", ""),
    ("n07", "app", "debtor", "身份证号：3201**********1234 已通过实名认证", "", ""),
    ("n08", "sms", "debtor", "您的工单号320106871533087已受理，处理结果将短信通知。", "", ""),
    ("n09", "app", "debtor", "查看电子合同：https://h5.hx-credit.com/contract/view?id=6225880000136548813&t=1712900391", "", ""),
    ("n10", "email", "debtor", "主题：对账单\n交易流水号 2024041615300012345678\n时间 2024-04-16 15:30:00\n金额 ¥5,000.00", "", ""),
    ("n11", "call", "debtor", "坐席：您好 我 工号 是 8 0 2 7 5 请 问 是 本人 吗\n客户：是\n坐席：您 本期 账单 两 千 三 百 元 尾号 六 六 八 二 的 卡 已 扣款 成功", "", ""),
    ("n12", "sms", "debtor", "【南京银行】您尾号0937的信用卡于05月06日14:22消费1,999.00元，可用额度18,001.00元。", "", ""),
    ("n13", "app", "debtor", "客户：我的手机号是15024890745，你们打这个就行\n客服：好的，已为您更新联系方式", "M:15024890745", ""),
    ("n14", "sms", "debtor", "您的还款已到账，金额3,200元，交易时间2024/04/12 09:15:33，流水号P2024041200915330。", "", ""),
    ("n15", "notice", "debtor", "电子发票\n发票号码：04412300\n发票代码：144032309110\n开票日期：2024年4月1日", "", ""),
    ("n16", "sms", "debtor", "【美团月付】账单已出，应还金额468.20元，还款链接 https://mpay.example.cn/r/8F3k20240512 ，退订回T", "", ""),
    ("n17", "app", "debtor", "您的护照号码E5****574已登记，请携带原件办理", "", ""),
    ("n18", "call", "debtor", "坐席：好 的 您 记 一下 我们 的 客服 热线 四 零 零 八 八 幺 六 八 八 八\n客户：好", "", ""),
    ("n19", "email", "debtor", "主题：协商还款确认\n协议编号：XS-2024-05-000873\n首期还款日：2024年6月15日\n首期金额：1,050.00元\n剩余期数：11期", "", ""),
    ("n20", "sms", "debtor", "您的卡号6222 **** **** 5521已绑定成功。", "", ""),
    ("n21", "notice", "debtor", "统一社会信用代码：91320106MA1XK3T52P\n地址：建邺区江东中路359号国睿大厦2号楼16层", "A:建邺区江东中路359号国睿大厦2号楼16层", ""),
    ("n22", "app", "debtor", "您申请的减免已通过，减免编号JM20240601007，减免金额800元。", "", ""),
    ("n23", "sms", "debtor", "【京东金条】验证码 836152，您正在进行还款操作，请勿泄露。订单尾号7766。", "", ""),
    # lawful: families, colleagues and landlords mentioned without a name, number or detail
    ("n24", "sms", "debtor", "【借呗】您的账单已逾期3天，为免影响家人对您的信任，请及时处理。", "", ""),
    ("n25", "app", "debtor", "您好，我们不会联系您的家人和同事，请您放心，按约定时间还款即可。", "", ""),
    ("n26", "call", "debtor", "坐席：如果 您 现在 不方便 可以 让 家里人 提醒 您 回 个 电话 我们 不会 跟 他们 说 具体 情况\n客户：行", "", ""),
    ("n27", "email", "debtor", "主题：关于您的投诉\n关于您反映我司工作人员联系您母亲一事，我们已核实并对相关人员进行处理，今后不会再联系您的亲属。", "", ""),
    ("n28", "sms", "third_party", "您好，我是鑫融客服，有重要事情需要联系李先生，麻烦您转告他回电4001-886-552，谢谢。", "", ""),
    ("n29", "call", "third_party", "坐席：您好，请问您认识康雨桐吗？\n客户：认识，是我同事\n坐席：麻烦您让她方便时回个电话，谢谢。", "P:康雨桐", ""),
    ("n30", "app", "debtor", "您好，您的担保人已知悉本次展期安排，无需您另行通知。", "", ""),
    ("n31", "notice", "third_party", "担保责任告知书\n尊敬的范志诚先生：\n您于2023年5月签署的保证合同仍在有效期内，所担保的借款现已逾期，请您依约履行保证责任。\n宏源融资担保", "P:范志诚", ""),
    ("n32", "sms", "debtor", "王建平先生，您本月账单2,300元将于5月10日到期，请按时还款。", "P:王建平", ""),
    ("n33", "notice", "debtor", "还款通知书\n收件人：高志明\n地址：玄武区中山路18号德基公寓1204室\n您在我司的借款已逾期，请于十日内联系。", "P:高志明|A:玄武区中山路18号德基公寓1204室", ""),
    ("n34", "app", "debtor", "客服：理解您家里最近有困难，可以为您申请延期或分期，您看哪种方便？", "", ""),
    ("n35", "sms", "debtor", "【信用卡中心】您的亲属联系人信息已按您的要求删除。", "", ""),
    ("n36", "email", "debtor", "主题：信息更新\n您已成功将紧急联系人修改为“配偶”，如非本人操作请致电客服。", "", ""),
    ("n37", "call", "debtor", "坐席：你 家 里 人 知道 这 个 事 吗\n客户：不 知道 你 们 别 告 诉 他 们\n坐席：您 放心 我们 只 跟 您 本人 沟通", "", ""),
    ("n38", "app", "debtor", "我们不会去您单位，也不会联系您的同事，希望您理解配合。", "", ""),
    ("n39", "sms", "debtor", "【融360】温馨提示：请勿将账户密码、验证码告诉他人，包括您的家人朋友。", "", ""),
    ("n40", "notice", "debtor", "如您已更换住址，请通过APP更新，无需提供房东信息。", "", ""),
    ("n41", "app", "debtor", "客户：我老婆叫刘梅，她不知道这事，你们别找她\n客服：好的，我们只与您本人联系。", "P:刘梅", ""),
    ("n42", "call", "debtor", "坐席：喂 您好 是 罗 先生 吗\n客户：是 我 你们 别 去 找 我 弟弟 罗 小 军 啊 他 什么 都 不 知道\n坐席：好 的 我们 只 跟 您 本人 联系", "P:罗 小 军", ""),
    ("n43", "email", "debtor", "主题：还款确认\n您好，您的还款已确认到账。如有疑问请联系您的专属客户经理孙晓蕾，座机025-8432 1166。\n——\n苏宁金融 客户服务部", "P:孙晓蕾|L:025-8432 1166", ""),
    ("n44", "sms", "debtor", "【鼓楼法院】王某某诉李某某借款合同纠纷一案定于6月3日开庭，请准时到庭。", "", ""),
    ("n45", "app", "third_party", "各位邻居，周六上午小区停水，请提前储水。——物业", "", ""),
    ("n46", "sms", "debtor", "您好，您预约的面签时间为5月8日下午3点，地点：我司营业部（秦淮区汉中路2号金陵世纪大厦5楼）。", "A:秦淮区汉中路2号金陵世纪大厦5楼", ""),
    ("n47", "notice", "debtor", "调解通知书\n申请人：某消费金融公司\n被申请人：本人\n请于收到通知后7日内到调解中心（鼓楼区北京西路12号）参加调解。", "A:鼓楼区北京西路12号", ""),
    ("n48", "call", "third_party", "坐席：您 好 是 闫 先生 吗 您 之前 签 的 那 笔 担保 借 款 人 已经 还 清 了 您 的 担保 责任 也 解除 了\n客户：好 的 谢谢", "", ""),
    ("n49", "app", "debtor", "您好，我是您的专属顾问小李，工号A1027，有问题随时在APP里留言。", "", ""),
    ("n50", "sms", "debtor", "尊敬的客户，您的家庭住址变更申请已受理，新地址将于1个工作日内生效。", "", ""),
    ("n51", "email", "debtor", "主题：委托还款说明\n您授权由您的配偶代为还款，请其使用本人银行卡转账并在备注中填写合同号。", "", ""),
    ("n52", "notice", "debtor", "告知书\n根据您的申请，本公司已停止向您的紧急联系人发送任何信息。", "", ""),
    ("n53", "app", "debtor", "你家里人都挺担心你的，早点把事情处理了大家都安心", "", ""),
    ("n54", "call", "debtor", "坐席：您 的 单位 地址 我们 不 需要 只 要 您 按 时 还 款 就 行\n客户：嗯", "", ""),
    ("n55", "sms", "debtor", "【维信卡卡贷】徐丽华女士，您的提前还款申请已受理，结清后将自动开具结清证明。", "P:徐丽华", ""),
    ("n56", "email", "third_party", "主题：会议通知\n各位同事：本周五下午3点在三楼会议室召开季度总结会，请准时参加。", "", ""),
    ("n57", "app", "debtor", "您申请的困难减免已审批通过，免除罚息320元，请于6月30日前还清本金。", "", ""),
    ("n58", "notice", "debtor", "律师函\n致：邵国平先生\n本所受委托人委托，就您与委托人之间的借款合同纠纷致函如下：请于本函送达之日起七日内归还借款本金20,000元及利息。\n北京某律师事务所", "P:邵国平", ""),
    ("n59", "sms", "debtor", "您好，您的共同借款人已还清其名下份额，您名下剩余应还1,500元。", "", ""),
    ("n60", "call", "debtor", "坐席：我 是 信 用 卡 中 心 的 工 号 幺 五 三 八 二 请 问 是 孔 令 辉 本 人 吗\n客户：是 我", "P:孔 令 辉", ""),
    ("n61", "app", "debtor", "客户：我身份证号是320106197506013301 你们查一下\n客服：好的，已为您查询，证件号仅显示3201**********3301", "I:320106197506013301", ""),
    ("n62", "sms", "debtor", "【花呗】您的账单共计2,016.77元，其中分期手续费36.00元，账单日每月1日。", "", ""),
]


def write_dev21(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV21_FILE, (record(*message, dev=21) for message in MESSAGES))


if __name__ == "__main__":
    write_dev21()
