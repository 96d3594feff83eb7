"""Wording development batch ec (training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_ec`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py` and the skeleton lines of batch cs,
before any detector was run on it; no detector, scan or benchmark was run on these texts. Its theme is obfuscation
and spelling as collectors use it to slip past keyword filters: pinyin and pinyin initials (lao赖, sb, nmsl, fy for
法院, jc for 警察, txl for 通讯录, yq, zx, wd, xyk, tx), homophones and near-homophones (发院, 法苑, 乃拘令, 坐劳,
刑是, 警查, 派处所, 通迅录, 暴光, 同缉, 网代, 骗纸, 老来, 单伟), characters split by spaces as OCR of scanned
letters gives them (法 院 传 票), full-width and half-width mixes (ＦＹ, ｓｂ, ｔｘｌ), traditional characters and
Cantonese from Hong Kong and Taiwan lenders' mainland agents, emoji and symbols standing for words (🏠, 👮, 🔪, ⛓️,
📢, 📸, 🩸), Latin letters inside words (jia里, gong司, xing事), numbers for words (250, 748, 2B, 38, 886, 9494),
zero-width characters (U+200B, U+200C) and punctuation inserted between characters (曝.光, 通-讯-录, 单_位), and repeated
characters. Violating: every one of the eight categories in these spellings, from template SMS, collectors' app
chats, letters, e-mails and calls (speaker-tagged, and ASR without punctuation with homophones and numbers read
aloud), to debtors and to spouses, parents, siblings, colleagues, HR, neighbours, roommates and classmates; and a
debtor's paste of what a collector sent. Beside nearly every violating text stands a lawful twin in the same
spelling, voice and channel: young agents' friendly reminders with emoji and repeated characters, pinyin in
agents' names and in brand names (a product name ending in 借 or 花 is no advice to borrow), traditional-character
notices stating the lawful path (支付命令, 起訴) with its conditions, OCR of genuine transfer notices, court
service notices and reminder letters, anti-fraud notices that quote the obfuscated threats to warn, a regulator's
notice and a QA training sheet that list the evasive spellings to forbid them, a journalist's and a debtor's
lawyer's letters, apologies, hardship pauses, instalments, and calls where the customer swears and the agent stays
lawful. About half is compliant; every channel (SMS, app, notice, e-mail, call) is used.

Labels follow contract section 5 and label what each text DOES, whatever its spelling: an obfuscated word is read
as the word it stands for (fy立案 is 法院立案, 👮上门 is police at the door, lao赖 is 老赖). A sender or speaker
that signs or introduces itself as a court, procuratorate, police office, arbitration commission, regulator or
government office, or as a law firm or lawyer it is not (a 【…律师事务所】 signature on a collection SMS, "我是负责
你案子的lv师"), is impersonation; a collector that names itself truthfully and says it may sue, or that a lawyer's
letter may follow, is not. Jail, 拘留, police at the door, 立案, 传票, 通缉, 追逃, frozen cards, criminal records,
effects on children's schooling, army or civil-service checks, or a judgment or enforcement said to exist, for an
ordinary consumer debt, is misleading.legal; the lawful path stated with its conditions (may sue, a court decides,
after a judgment) is compliant. Posting photos, IDs or debts on 朋友圈, 抖音, forums, village or building groups,
notice boards, banners, local media or loudspeakers is exposure; telling phone contacts, family, employer, HR or
colleagues, or threatening to, is third party. Watching the home, the route to work or a child's school with a
demand, people at the door or at the parents' home, knives and fire are violence. Urging other lenders, 口子,
credit-card cash-out, or selling or pledging a car, house, phone or blood and organs is rollover. Insults, in
whatever spelling or number (sb, nmsl, 250, 748, 🐶, 🤡), are abuse.insult. Messages to a third party ("@") that
reveal the debt (amount, overdue, lender) are disclosure, and third party too when they press the third party to pay,
act or suffer calls; a request to pass on a call-back, with no debt named, is compliant. A debtor's, relative's,
journalist's, lawyer's, regulator's or court's own words are never labelled; a debtor's paste of a message as
received carries that message's labels. Texts whose label was uncertain were left out. All people, numbers,
companies, courts, firms, links and places are invented; the public hotlines (110, 12368, 12378, 12348) are real ones.

First run at 9dff8e9 (the session's post-release retrain), before any rule was changed on it: fused micro-F1 0.942,
compliant flagged 1/220 (rules alone 3, classifier alone 0); rules alone 0.876, classifier alone 0.901; fused
impersonation R .828, third_party R .830; gate: severe allowed 2/154, compliant blocked 1/220.
Joined training in the session that began at 19390c6, after its first run.

Output (deterministic): `wording_dev_ec.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_ec.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line. Violating and compliant entries are
# written section by section, one spelling family a section, so that a violating text's lawful twin stands at about
# the same place in the compliant section; VIOLATING and COMPLIANT join the sections in the same order.

# --- pinyin and pinyin initials: template SMS and collectors' app chats -------------------------------------
_V_PINYIN = (
    ("PY-SMS", "sms", "I", "{name}你个lao赖，欠钱不还还有脸换号？今天下午5点前把${amount}打过来。"),
    ("PY-SMS", "sms", "L", "【速易分期】{name}，您的欠款已报fy立案，明日jc上门带人，拘留15天起步，速回电400-613-2288。"),
    ("PY-SMS", "sms", "PL", "【东城区fy执行局】{name}，你的案件已进入强zhi执行程序，3日内不履行将司法ju留。"),
    ("PY-APP", "app", "T", "再不还就爆你txl，你通讯录前20个人每个都打一遍，让他们都知道你yq了。"),
    ("PY-APP", "app", "E", "明天把你的zp和sfz做成图发dy和ks，标题就写“某某yq不还”，你自己选。"),
    ("PY-APP", "app", "I", "nmsl，借的时候装孙子，还的时候装死？"),
    ("PY-SMS", "sms", "R", "{name}，实在没钱就去撸几个口zi，xyk也能tx，先把我们这笔平了再说。"),
    ("PY-APP", "app", "V", "你住哪我们都清楚，今晚兄di们去你jia门口坐坐，你看着办。"),
    ("PY-APP", "app", "IL", "sb一个，你以为几千块钱就不用坐lao？逾期满90天自动转xing事，等着吃牢fan吧。"),
    ("PY-SMS", "sms", "PT", "【律师函】本所受委托处理您的欠款，ls已调取您的gz单位信息，3日内未处理将向单位发函并联系hr。——鼎衡lvshi事务所"),
    ("PY-APP", "app", "E", "不还就给你做dzb，贴你们xiao区门口和村委会，让全村都认识你。"),
    ("PY-SMS", "sms", "TL", "{name}你好，你的情况已经提交gaj经侦，你家里人和单位我们会逐一tongzhi。"),
    ("PY-APP", "app", "R", "别跟我哭穷，你那辆che不是还在吗？卖了或者押了，钱不就有了。"),
    ("PY-APP", "app", "V", "你女儿在实验xiao学三年级二班对吧，放学4点半，我们的人认得她。今天不还你自己想。"),
    ("PY-SMS", "sms", "I", "欠钱不还的LL（老赖）一个，真给你爸妈丢人。"),
    ("PY-APP", "app", "L", "你这种情况已经构成诈pian罪了知道吗，借款不还=诈骗，zx记录跟你一辈子，孩子考gong务员政审都过不了。"),
    ("PY-SMS", "sms", "PL", "【市gong安局反诈中心】您的网贷逾期账户涉嫌违法，请于今日联系办案民jing处理，逾期将依法拘传：0591-8766****。"),
    ("PY-APP", "app", "T", "你不接是吧，那我直接打你lao婆和你ma，问问她们知不知道你在外面欠了多少。"),
    ("PY-SMS", "sms", "E", "{name}，若今日仍未还kuan，我司将把你的欠款信息挂到本地论tan和微bo“失信曝光”专栏。"),
    ("PY-APP", "app", "IV", "cnm，再装死试试，信不信我找人把你tui打断。"),
    ("PY-APP", "app", "R", "帮你联系好了一个下kuan快的平台，日息千分之五，借出来先还我们，链接：t.cn/Rx8kQ2"),
    ("PY-SMS", "sms", "L", "通知：您的逾期已上报，法院chuan票已寄出，将在3个工作日内由民jing送达，请勿外出。"),
)
_C_PINYIN = (
    ("PY-SMS", "sms", "", "{name}您好，这边是速易分期hk（还款）提醒：您的账单${amount}已yq3天，今天还款可免违约金，有困难请回电400-613-2288协商。"),
    ("PY-SMS", "sms", "", "【速易分期】{name}，您的欠款逾期已超90天。如仍未协商，我司保留依法向fy（法院）起诉的权利，是否立案由法院审查决定；起诉前您仍可申请分期。"),
    ("PY-SMS", "sms", "", "【速易分期】提醒：近期有人冒充“xx区fy执行局”“jc”发短信称要拘留，请勿相信。本公司不会以法院、公安名义联系您，核实请拨400-613-2288。"),
    ("PY-APP", "app", "", "您好，您预留的紧急lian系人我们只会在联系不上您本人时用来确认联系方式，不会透露欠款情况。方便的话今天回个电话吧。"),
    ("PY-APP", "app", "", "{name}，您上次说想用zfb（支付宝）分两次还，第一期${amount}已收到，第二期截止10号，到时我再提醒您🙂"),
    ("PY-APP", "app", "", "您说话比较冲可以理解，我们这边不会计较。您方便说说现在的情况吗？能还多少我们一起商量个方案。"),
    ("PY-SMS", "sms", "", "{name}，逾期会持续产生罚xi并影响个人征信（zx），请尽量通过官方app还款；如确有困难可申请延期，不建议借新还旧。"),
    ("PY-APP", "app", "", "您好，我们不会上门，也不会去您jia里。如需面谈，可以到我们公司柜台或者线上视频，地址在app“关于我们”里。"),
    ("PY-APP", "app", "", "跟您说明一下：普通借款逾期属于民事纠纷，不会因此坐lao。但如果我们起诉并胜诉，法院判决后仍不履行，可能被列为失信被执行人，影响出行和高消费。"),
    ("PY-SMS", "sms", "", "{name}您好，我是速易分期的催收专员小王，不是ls（律师）。您的账单已逾期45天，公司可能委托律所依法起诉，起诉前您还有机会协商分期，联系我：400-613-2288转6。"),
    ("PY-APP", "app", "", "小区门口的公告栏我们不会贴任何东西，请放心。您的信息只用于本次还款沟通。"),
    ("PY-SMS", "sms", "", "{name}您好，系统显示您本月账单未还清。速易分期不会联系gaj或您单位，也不会上门，如收到此类信息请拨打官方客服核实。"),
    ("PY-APP", "app", "", "您说che是上班要用的，那我们不谈车的事。先看看每月能还多少，最长可以申请12期。"),
    ("PY-APP", "app", "", "您说周六要陪孩子上课外班，那我们改约周日上午10点电话，您看可以吗？"),
    ("PY-SMS", "sms", "", "温馨提示：本平台严禁催收人员使用“LL”“老赖”等侮辱性称呼，如遇请拨打投诉电话400-613-2299。"),
    ("PY-APP", "app", "", "借款逾期不构成诈pian，这点您放心。但征信zx会记录逾期，结清后按规定保留5年，所以尽早处理对您更有利。"),
    ("PY-SMS", "sms", "", "【速易分期】警惕冒充“gong安局反诈中心”“民jing”的催款短信，公安机关不会替平台催收，也不会让您转账到个人账户。"),
    ("PY-APP", "app", "", "您不方便接电话的话，我们就文字沟通，您家里人那边我们不会联系的。"),
    ("PY-SMS", "sms", "", "{name}，您的还kuan计划已更新：每月15日还${amount}，共6期。如有疑问请在app内联系在线客服。"),
    ("PY-APP", "app", "", "理解您现在情绪不好，我们不会再频繁打扰。您看哪天方便，我们约个时间聊聊还款方案？"),
    ("PY-APP", "app", "", "有客户反映收到“帮你下kuan”“口zi”的推广，请注意：我们从不推荐其他借款平台，也不建议以贷养贷。"),
    ("PY-SMS", "sms", "", "提示：法院传票由法院依法送达，可拨12368诉讼服务热线核实；我司仅为债权人，不能发出传票。目前您的账户尚未起诉，欢迎协商。"),
)

# --- homophones and near-homophones -------------------------------------------------------------------------
_V_HOMOPHONE = (
    ("HOMO-SMS", "sms", "L", "{name}，你的案子已移交发院，乃拘令明天下达，到时候别说没提醒你。"),
    ("HOMO-SMS", "sms", "L", "再不还款就等着坐劳吧，刑是案件不是闹着玩的，留了案底孩子以后当兵考公都受影响。"),
    ("HOMO-APP", "app", "T", "你的通迅录我们已经导出来了，紧及联系人一个都跑不了，今晚挨个打。"),
    ("HOMO-APP", "app", "E", "准备好被暴光吧，你的照骗和身分证号明天上本地头条号。"),
    ("HOMO-SMS", "sms", "PL", "【城关区人民法苑】{name}，你涉及借贷纠纷一案已开庭审理，请速与书记元联系：0731-8544****。"),
    ("HOMO-SMS", "sms", "PL", "我是城北派处所的警宫李某，你借款的事平台报到我们这里了，明天上午9点来所里说明情况。"),
    ("HOMO-APP", "app", "I", "你这个老来，脸皮比城墙还厚，借钱的时候叫哥，还钱的时候装死。"),
    ("HOMO-APP", "app", "V", "我们的仁已经到你家楼下了，看到你那辆白色的车了，下来聊聊还是我们上去？"),
    ("HOMO-APP", "app", "R", "去别的平台借点嘛，网代那么多，随便一家都能周专，先把这边还上。"),
    ("HOMO-APP", "app", "R", "实在不行去卖血，卖个肾也就几万块，够还了。这不是开完笑。"),
    ("HOMO-SMS", "sms", "L", "{name}，经审核你已被列入网上同缉名单，出行高铁飞机将被当场扣留，请立即还款撤销。"),
    ("HOMO-APP", "app", "IT", "垃鸡一个，明天你们公司群里就能看到你的欠款截图，让同事都看看你是什么货色。"),
    ("HOMO-SMS", "sms", "T", "亲，你单伟的电话我们有了，明天上班时间直接打给你领导，说说你欠钱的事。"),
    ("HOMO-APP", "app", "E", "你村里的微信群我们已经进去了，不还钱就在群里发你的欠条，让全村评评理。"),
    ("HOMO-EMAIL", "email", "PL", "主题：关于您涉嫌恶意透支的刑是立案通知\n发件人：市公安局经侦支队\n{name}：您的信用卡透支已达立案标准，请于三日内到案说明，逾期将网上追逃。"),
    ("HOMO-APP", "app", "V", "小心点走夜路，别哪天被人堵在巷子里，到时候别怪我没提醒。钱准备好了吗？"),
    ("HOMO-SMS", "sms", "I", "欠债不还的骗纸，你的信用已经破产，我们看不起你这种人。"),
    ("HOMO-APP", "app", "VTL", "你父母年纪大了吧？我们的人明天去你老家坐坐，跟二老讲讲你要坐劳的事。"),
    ("HOMO-SMS", "sms", "R", "您可以考虑用信用卡套先，或者找朋友借、找高利代周转，今天务必结清。"),
    ("HOMO-APP", "app", "I", "脑子有饼吧你，欠钱还理直气壮，真是个废物点心。"),
)
_C_HOMOPHONE = (
    ("HOMO-SMS", "sms", "", "{name}您好，有客户收到“案子已移交发院、乃拘令明天下达”之类的短信，那不是我们发的。我司如需起诉会先书面通知您，是否受理由法院决定。"),
    ("HOMO-SMS", "sms", "", "【利丰小贷】普通借贷逾期属民事纠纷，不会“坐劳”，也不影响子女当兵、考公。但逾期会上报征信，请尽快联系我们协商：400-720-1166。"),
    ("HOMO-APP", "app", "", "您的通讯录我们没有读取权限，也不会联系您的紧急联系人催款，请放心。还款的事我们直接跟您沟通。"),
    ("HOMO-APP", "app", "", "网传“欠款会被暴光上头条”是谣言，合规机构不会公开借款人信息。如您收到此类威胁，可截图发给我们或拨打12378投诉。"),
    ("HOMO-SMS", "sms", "", "【利丰小贷】贷后提醒：您的借款已逾期12天。本公司是债权人，不是法院；如双方协商不成，我司可能依法起诉，届时以法院送达的文书为准。"),
    ("HOMO-CALL", "call", "", "坐席：您好，我是利丰小贷的贷后专员，工号0273，不是派出所的。\n客户：前两天有人打电话说是派处所的警官，让我去所里。\n坐席：那个不是我们，也不是真警察。借款的事属于民事，我们只会跟您协商，您可以报警核实那个号码。\n客户：好，那我这个月能先还一千吗？\n坐席：可以的，我给您登记。"),
    ("HOMO-APP", "app", "", "这边是利丰小贷客服，之前有同事言语不当给您造成困扰，我们道歉。已经换成我跟进，您看还款方面有什么需要帮忙的？"),
    ("HOMO-APP", "app", "", "我们没有派人去您家，也不会上门。之前那条“我们的仁在楼下”的信息不是本公司发出的，请保存截图，我们会协助您报警。"),
    ("HOMO-APP", "app", "", "不建议您去别的平台借网代来还我们，以贷养贷只会越滚越多。我们可以先停息挂账三个月，您看行不行？"),
    ("HOMO-APP", "app", "", "卖血卖肾这种话谁说的？我们公司绝对不允许这样讲，您把聊天记录发我，我马上上报质检处理。"),
    ("HOMO-SMS", "sms", "", "关于“网上同缉名单”：债务逾期不会被通缉，只有法院判决后拒不履行才可能被限制高消费，且须经法院决定。"),
    ("HOMO-APP", "app", "", "您放心，您公司和同事我们一个都不会联系，欠款信息只有您本人和我们知道。"),
    ("HOMO-SMS", "sms", "", "亲，按规定我们不会联系您的单wei和领导，只在工作日9:00-20:00联系您本人。如需调整联系时间请回复。"),
    ("HOMO-APP", "app", "", "村里有人说在群里看到催款的截图？那不是我们发的，我们不会进任何村群。您可以把截图给我，我们一起向平台举报。"),
    ("HOMO-EMAIL", "email", "", "主题：关于近期冒充“公安局经侦支队”邮件的风险提示\n尊敬的客户：近期出现以“刑是立案通知”为题的诈骗邮件，发件人冒充公安机关。利丰小贷郑重声明：信用卡或贷款逾期属民事纠纷，公安机关不会发邮件催收，请勿点击其中链接。"),
    ("HOMO-APP", "app", "", "今天聊得挺顺利，谢谢理解。按咱们说的下周一还第一期${amount}，有变化提前跟我说一声就行。"),
    ("HOMO-SMS", "sms", "", "我司坚决反对催收人员用“骗纸”“老来”等谐音侮辱客户，发现一起处理一起。投诉：400-720-1199。"),
    ("HOMO-APP", "app", "", "二老年纪大了，我们不会去打扰他们的。您这边自己处理就好，有困难可以申请延期。"),
    ("HOMO-SMS", "sms", "", "温馨提示：请勿用信用卡套先或找高利代周转还款，我司可提供最长12期的分期方案，详询在线客服。"),
    ("HOMO-APP", "app", "", "我这个脑子，刚才把还款日说错了，是25号不是15号，给您添麻烦了。"),
)

# --- characters split by spaces (OCR of scanned letters, spaced SMS) ----------------------------------------
_V_SPLIT = (
    ("SPLIT-SMS", "sms", "L", "{name}：法 院 传 票 已 出，拘 留 名 单 已 报，速 还 ${amount} 撤 诉。"),
    ("SPLIT-SMS", "sms", "E", "不 还 就 曝 光，你 的 照 片 已 经 P 好 了，明 天 发 朋 友 圈 和 抖 音。"),
    ("SPLIT-APP", "app", "T", "通 讯 录 已 备 份，今 天 不 还 全 部 群 发 你 欠 钱 的 事。"),
    ("SPLIT-OCR", "notice", "PL", "[OCR 扫描件]\n人 民 法 院\n执 行 通 知 书\n被执行人：{name}\n经 查，你 拖 欠 借 款 ${amount} 元，本 院 决 定 对 你 采 取 司 法 拘 留 措 施，限 三 日 内 履 行。\n（ 盖 章 ）"),
    ("SPLIT-OCR", "notice", "EL", "催 收 公 告\n欠 款 人 {name}，身 份 证 号 3301**********2417，拖 欠 不 还，已 构 成 诈 骗。特 此 张 贴 公 示，望 知 情 者 转 告。\n速易分期贷后部"),
    ("SPLIT-SMS", "sms", "V", "你 家 门 口 那 条 路 我 们 很 熟，你 儿 子 几 点 放 学 我 们 也 知 道。钱 今 晚 到 账。"),
    ("SPLIT-SMS", "sms", "I", "老 赖 {name}，骗 子 一 个，有 本 事 借 没 本 事 还。"),
    ("SPLIT-SMS", "sms", "R", "没 钱 就 去 借，花 呗 借 呗 信 用 卡 都 刷 一 遍，今 天 必 须 到 账。"),
    ("SPLIT-APP", "app", "P", "我 是 负 责 你 案 子 的 律 师，事 务 所 那 边 已 经 在 准 备 材 料 了，你 现 在 打 这 个 电 话 还 来 得 及。"),
    ("SPLIT-SMS", "sms", "T", "你 公 司 人 事 电 话 我 们 已 经 查 到，下 午 就 打 过 去 让 他 们 扣 你 工 资。"),
    ("SPLIT-OCR", "notice", "@DT", "[扫描件·第1页]\n致 {name} 亲 属：\n贵 亲 属 在 我 司 借 款 逾 期，如 仍 不 处 理，我 司 将 逐 一 走 访 其 父 母、配 偶 及 工 作 单 位，请 督 促 其 还 款。\n瑞通资产管理"),
    ("SPLIT-SMS", "sms", "L", "刑 事 立 案 通 知：因 你 恶 意 拖 欠，已 移 送 公 安 机 关，逾 期 不 还 将 上 网 追 逃。——速易分期风控中心"),
    ("SPLIT-APP", "app", "IV", "你 这 种 人 渣 就 该 被 收 拾，我 们 的 兄 弟 今 晚 过 去 找 你 谈 谈。"),
    ("SPLIT-SMS", "sms", "EI", "我 们 已 联 系 本 地 电 视 台 新 闻 热 线，准 备 做 一 期 老 赖 专 题，主 角 就 是 你。"),
    ("SPLIT-OCR", "notice", "V", "[手机拍照识别]\n{name}：我 司 外 访 人 员 将 于 本 周 六 上 午 到 你 住 处 门 口 等 候，直 至 你 出 来 面 谈 为 止，请 你 家 人 也 在 家。"),
    ("SPLIT-SMS", "sms", "R", "有 房 有 车 还 说 没 钱？房 子 抵 押 一 下 就 几 十 万，别 跟 我 哭 穷。"),
    ("SPLIT-APP", "app", "I", "还 钱 ！ 你 这 个 不 要 脸 的 东 西 ！"),
    ("SPLIT-SMS", "sms", "PL", "【国 家 金 融 监 管 总 局】您 在 平 台 的 欠 款 已 被 列 为 恶 意 逃 废 债，将 冻 结 名 下 全 部 银 行 卡。"),
)
_C_SPLIT = (
    ("SPLIT-SMS", "sms", "", "{name}：您 的 借 款 已 逾 期 20 天，请 尽 快 还 款 ${amount}。如 有 困 难 可 申 请 分 期，客 服 400-613-2288。"),
    ("SPLIT-SMS", "sms", "", "提 醒：任 何 以“曝 光”“发 朋 友 圈”相 威 胁 的 催 收 都 是 违 规 的，请 截 图 并 拨 打 12378 投 诉。"),
    ("SPLIT-APP", "app", "", "您 的 通 讯 录 信 息 我 们 没 有 收 集，也 不 会 群 发 任 何 消 息，请 放 心。"),
    ("SPLIT-OCR", "notice", "", "[OCR 扫描件]\n××市××区人民法院\n民 事 起 诉 状 副 本 送 达 告 知\n被告：{name}\n原告速易科技小额贷款有限公司诉你借款合同纠纷一案，本院已立案受理，案号（2024）×0105民初8817号。请于收到之日起十五日内提交答辩状。\n（院 印）"),
    ("SPLIT-OCR", "notice", "", "债 权 转 让 通 知 书\n{name} 先 生 / 女 士：\n根 据《民 法 典》第 五 百 四 十 六 条，速易分期已将对您的借款债权转让给瑞通资产管理有限公司。自本通知送达之日起，请向受让人还款。如有异议，可在 30 日内致电 400-613-2288 核实。\n速易分期（盖章）"),
    ("SPLIT-SMS", "sms", "", "您 好，您 孩 子 的 事 我 们 不 会 打 听，也 不 会 联 系 学 校。还 款 的 事 咱 们 大 人 之 间 谈。"),
    ("SPLIT-SMS", "sms", "", "质 检 通 报：坐 席 0412 在 短 信 中 称 客 户 为“老 赖”“骗 子”，已 停 岗 培 训。请 全 体 人 员 引 以 为 戒。"),
    ("SPLIT-SMS", "sms", "", "不 建 议 您 刷 信 用 卡 或 借 其 他 网 贷 来 还 款，我 们 可 以 为 您 减 免 部 分 罚 息。"),
    ("SPLIT-APP", "app", "", "我 不 是 律 师，是 速易分期 的 贷 后 专 员。如 果 公 司 决 定 起 诉，会 委 托 律 所 正 式 发 函，届 时 您 可 以 核 实 律 师 执 业 证。"),
    ("SPLIT-SMS", "sms", "", "我 们 不 会 联 系 您 的 公 司 人 事，也 无 权 扣 您 工 资。工 资 只 有 在 法 院 生 效 判 决 后 才 可 能 被 依 法 执 行。"),
    ("SPLIT-OCR", "notice", "@", "[扫描件·第1页]\n致 {name} 先 生 / 女 士 家 属：\n您 好，我 们 有 重 要 事 项 需 与 {name} 本 人 联 系，烦 请 转 告 其 回 电 400-613-2288。此 信 不 涉 及 您 的 任 何 义 务。\n客户服务部"),
    ("SPLIT-SMS", "sms", "", "关 于 网 上 流 传 的“刑 事 立 案 通 知”：本 公 司 从 未 发 送 此 类 短 信，逾 期 借 款 不 会 被 移 送 公 安。请 通 过 官 方 app 核 实 账 户 状 态。"),
    ("SPLIT-APP", "app", "", "您 说 最 近 被 人 上 门 骚 扰？那 一 定 不 是 我 们 的 人，我 们 没 有 外 访。请 您 先 报 警，我 这 边 也 会 向 公 司 反 映。"),
    ("SPLIT-SMS", "sms", "", "本 地 电 视 台 近 期 报 道 了 暴 力 催 收 乱 象，我 司 重 申：不 上 门、不 曝 光、不 骚 扰 亲 友。"),
    ("SPLIT-OCR", "notice", "", "[手机拍照识别]\n外 访 预 约 函\n{name}：如 您 同 意，我 司 工 作 人 员 可 于 您 方 便 的 时 间 在 我 司 营 业 厅 与 您 面 谈 还 款 方 案；您 也 可 以 拒 绝 面 谈，改 为 电 话 或 线 上 沟 通。预约电话：400-613-2288。"),
    ("SPLIT-SMS", "sms", "", "房 子 车 子 是 您 的 生 活 必 需，我 们 不 会 要 求 您 变 卖。我 们 先 按 您 的 收 入 定 个 分 期。"),
    ("SPLIT-APP", "app", "", "还 款 提 醒 ！ 今 天 是 最 后 一 天 免 息 期 ！ 别 忘 啦 ～"),
    ("SPLIT-SMS", "sms", "", "【速易分期】提 醒：国 家 金 融 监 管 总 局 不 会 直 接 联 系 个 人 催 收，也 不 会 冻 结 银 行 卡。请 勿 相 信 冒 充 监 管 部 门 的 短 信。"),
    ("SPLIT-OCR", "notice", "", "[OCR] 还 款 提 醒 函\n{name}：截 至 2024 年 6 月 30 日，您 在 我 司 的 借 款 本 金 ${amount} 元 已 逾 期 42 天。请 于 7 月 15 日 前 通 过 官 方 app 或 对 公 账 户 还 款。如 有 异 议 请 致 电 400-613-2288。\n速易科技小额贷款有限公司 2024 年 7 月 1 日"),
)

# --- full-width and half-width mixes ------------------------------------------------------------------------
_V_WIDTH = (
    ("FW-SMS", "sms", "L", "【ＱＵＩＣＫ贷后】{name}，你的欠款已由ＦＹ受理，ＪＣ将于明日上门带走协助调查。"),
    ("FW-SMS", "sms", "I", "ｓｂ，别装死，欠钱不还的垃圾。"),
    ("FW-SMS", "sms", "T", "你的ｔｘｌ我们已经拿到，今晚１０点前不还，３００个联系人每人一条短信。"),
    ("FW-SMS", "sms", "E", "最后通牒：明天上午把你的欠款信息和照片发到你所在小区的业主群和ＸＸ论坛。"),
    ("FW-SMS", "sms", "PL", "【ＸＸ市公安局】{name}：你在网贷平台的欠款已被认定为诈骗，请于４８小时内到经侦大队报到。"),
    ("FW-SMS", "sms", "R", "建议你今天去ｘｘ借、ｘｘ花这些平台各借一点，凑够${amount}先还我们，不然后果自负。"),
    ("FW-SMS", "sms", "V", "我们已经在你家楼下了，车牌号ｘ·A3K29，你不出来我们就一直等。"),
    ("FW-EMAIL", "email", "PLT", "From: 鑫诚商务咨询 <cs03@xc-cs.cn>\nSubject: 【最后通知】\n{name}：我是负责你案子的ｌｖ师王某，你再不还款，我将向法院申请对你强制拘留，并通知你的工作单位。"),
    ("FW-SMS", "sms", "L", "{name}，根据《刑法》第１９２条你已涉嫌集资诈骗，若不还款今天下午将进行网上通缉。"),
    ("FW-SMS", "sms", "IE", "欠钱不还的ＬＬ，你的头像和名字已经放到抖ｙｉｎ的曝光视频里了，播放量破万了哈哈。"),
    ("FW-SMS", "sms", "T", "你老婆电话１３８＊＊＊＊５５２１我们打过了，她说不管，那就打你岳父。"),
    ("FW-EMAIL", "email", "R", "Subject: 还款方案建议\n{name}您好，建议您申请“快闪贷”“秒下款”等平台额度（附链接 http://kx-d.cn/a9），当天到账即可结清本平台欠款，避免进一步处理。"),
    ("FW-SMS", "sms", "V", "再不还你就等着，你上班那条路我们派人天天跟着，ｏｋ？"),
    ("FW-SMS", "sms", "I", "２５０一个，借钱的时候怎么没见你这么难联系？"),
    ("FW-SMS", "sms", "@D", "【ＱＵＩＣＫ分期】{name}的联系人您好，其账户已逾期３０天，欠款${amount}，请督促其还款。"),
)
_C_WIDTH = (
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】{name}，您本期账单${amount}将于０３月１５日到期，请按时还款。退订回Ｔ"),
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】亲，您的账单已逾期５天，可在ａｐｐ“我的-还款”一键还款，如有疑问回复ＫＦ转人工。"),
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】您的ｔｘｌ（通讯录）授权已按您的要求关闭，我们不会以任何形式联系您的联系人。"),
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】我司不会在业主群、论坛等公开场合发布客户欠款信息。如发现此类行为请举报：４００－８８２－６６１０。"),
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】防骗提醒：公安机关不会通过短信通知“欠款被认定为诈骗”，也不会要求您到经侦报到后转账。"),
    ("FW-SMS", "sms", "", "【ＱＵＩＣＫ分期】为避免以贷养贷，我们不建议您从其他平台借款还款。现可申请３－１２期延期分期，详情ａｐｐ内查看。"),
    ("FW-SMS", "sms", "", "您好，明天上午我们外访同事不会去您家，所有沟通都通过电话和ａｐｐ进行。"),
    ("FW-EMAIL", "email", "", "From: 华信律师事务所 <notice@hx-lawfirm.cn>\nSubject: 关于借款合同纠纷的律师函\n{name}女士：本所接受ＱＵＩＣＫ分期委托，请您在收到本函后１５日内与本所或委托人协商还款。如协商不成，委托人可能依法提起民事诉讼。本函不代表法院裁决。律师执业信息可在司法行政机关网站查询。"),
    ("FW-SMS", "sms", "", "{name}，您好。根据《民法典》第６７６条，借款人未按约定还款的，应按约定或国家有关规定支付逾期利息。请尽快还款以免利息增加。"),
    ("FW-SMS", "sms", "", "我司不会制作或传播任何“曝光视频”。若您在抖ｙｉｎ等平台看到冒用我司名义的视频，请向平台举报并告知我们。"),
    ("FW-SMS", "sms", "", "您好，您预留的紧急联系人１３８＊＊＊＊５５２１已停机，麻烦您更新一下联系方式，谢谢。"),
    ("FW-EMAIL", "email", "", "Subject: 您的延期还款申请已通过\n{name}您好，您申请的３个月延期已审批通过，新还款日为２０２４年０９月１５日，期间不计罚息。如有疑问请回复本邮件。"),
    ("FW-SMS", "sms", "", "收到您反映的被跟踪问题，我们高度重视。本公司没有任何外访人员在您所在城市，建议您立即报警，我们配合调查。"),
    ("FW-SMS", "sms", "", "您好，上次电话没打通，是因为号码错了一位，抱歉打扰。请于本周内回电４００－８８２－６６１０。"),
    ("FW-SMS", "sms", "@", "您好，如您认识{name}，请转告其致电４００－８８２－６６１０，谢谢。"),
)

# --- traditional characters and Cantonese: Hong Kong and Taiwan lenders' mainland agents --------------------
_V_TRADITIONAL = (
    ("TRAD-SMS", "sms", "L", "【匯通財務】{name}閣下：閣下拖欠款項已轉交律師行，如三日內不清還，警方將上門拘捕，後果自負。"),
    ("TRAD-SMS", "sms", "I", "你條粉腸借錢唔還，仲好意思扮失蹤？"),
    ("TRAD-SMS", "sms", "V", "我哋嘅人已經喺你屋企樓下，你唔落嚟我哋就上去搵你同你老婆傾。"),
    ("TRAD-APP", "app", "T", "你唔還錢，我哋就打俾你公司同你阿媽，等佢哋知道你係咩人。"),
    ("TRAD-APP", "app", "E", "聽日將你嘅相同欠款單貼滿你屋邨嘅電梯大堂，俾全座人睇。"),
    ("TRAD-SMS", "sms", "PL", "【臺北地方法院】{name}君：本院已核發拘票，請於五日內清償新臺幣貳拾萬元，否則強制拘提到案。"),
    ("TRAD-SMS", "sms", "R", "閣下可考慮向其他財務公司申請私人貸款，或者將信用卡套現，盡快清還本公司欠款。"),
    ("TRAD-EMAIL", "email", "PL", "寄件者：香港特別行政區警務處 商業罪案調查科\n主旨：有關閣下拖欠貸款之調查\n{name}先生：本科現正調查閣下涉嫌拖欠匯通財務貸款一事，請於收到電郵後48小時內聯絡本科探員，否則將申請拘捕令。"),
    ("TRAD-APP", "app", "I", "死老賴，借錢時講到天花龍鳳，還錢就玩消失，真係廢柴。"),
    ("TRAD-SMS", "sms", "L", "台端積欠本公司款項已逾期，依法將移送檢調單位偵辦詐欺罪，並通報出境管制。"),
    ("TRAD-SMS", "sms", "E", "若台端再不處理，本公司將於您戶籍地里長辦公處及社區公佈欄張貼催繳公告。"),
    ("TRAD-APP", "app", "T", "你同事阿明、阿欣我哋都已經加咗微信，今日開始逐個話佢哋知你欠錢唔還。"),
    ("TRAD-CALL", "call", "V", "坐席：喂，{name}呀？我哋知道你個仔讀邊間小學㗎。\n客户：你想點？\n坐席：唔想點，聽日之前還錢，大家相安無事。"),
    ("TRAD-SMS", "sms", "R", "你有樓喺大陸？賣咗佢或者拎去按揭，錢咪嚟咗囉。"),
    ("TRAD-SMS", "sms", "IL", "扑街，唔還錢就等住坐監，案底跟你一世，你啲仔女考公務員都冇得考。"),
    ("TRAD-NOTICE", "notice", "PL", "最後催告函\n發文單位：臺灣士林地方檢察署\n受文者：{name}\n主旨：台端涉嫌詐欺案，請於文到七日內償還積欠之新臺幣參拾伍萬元整，逾期即發布通緝。"),
    ("TRAD-SMS", "sms", "@D", "陳生你好，{name}喺我哋匯通財務借咗錢，已經逾期兩個月，麻煩你叫佢盡快還款。"),
    ("TRAD-SMS", "sms", "@DT", "{name}嘅屋企人：佢欠我哋十萬，你哋唔幫佢還，我哋每日都會打嚟。"),
)
_C_TRADITIONAL = (
    ("TRAD-SMS", "sms", "", "【匯通財務】{name}閣下：閣下之貸款已逾期15日，請盡快聯絡本公司客戶服務部（+852 2811 ****）商討還款安排。本公司不會委派任何人上門。"),
    ("TRAD-SMS", "sms", "", "唔好意思呀{name}生，頭先同事講嘢唔啱聽，我代佢同你講聲對唔住。還款方面有咩困難可以同我傾。"),
    ("TRAD-SMS", "sms", "", "【匯通財務】本公司職員不會到閣下住所或工作地點收數，如有人自稱本公司職員上門，請即報警。"),
    ("TRAD-APP", "app", "", "閣下嘅資料只會用作今次還款聯絡，我哋唔會聯絡你嘅公司同家人，請放心。"),
    ("TRAD-APP", "app", "", "本公司從不張貼任何欠款單，如發現有人冒本公司名義張貼，請影相並聯絡我哋。"),
    ("TRAD-SMS", "sms", "", "【台灣銀通】{name}君您好：台端信用卡帳款已逾期，本行得依法向法院聲請支付命令；法院核發支付命令後，台端可於20日內提出異議。詳洽(02)2577-****。"),
    ("TRAD-SMS", "sms", "", "提醒：請勿以信用卡預借現金或向其他貸款機構借款償還本行欠款，本行可提供協商分期方案。"),
    ("TRAD-EMAIL", "email", "", "寄件者：匯通財務 客戶服務部\n主旨：防騙提示\n客戶您好：近日有人冒充「香港警務處商業罪案調查科」發出電郵，聲稱調查拖欠貸款。拖欠貸款屬民事事宜，警方不會代財務公司追數。如有懷疑請致電警方熱線查詢。"),
    ("TRAD-APP", "app", "", "我哋明白你而家手頭緊，唔緊要，可以申請延遲還款三個月，期間唔計罰息。"),
    ("TRAD-SMS", "sms", "", "台端積欠款項如仍未清償，本公司得依民事訴訟程序向法院起訴。債務逾期屬民事糾紛，不涉刑責，亦不影響出入境。歡迎來電協商。"),
    ("TRAD-SMS", "sms", "", "本公司依法催收，不會至台端戶籍地或社區張貼任何公告，亦不會向鄰里揭露台端資料。"),
    ("TRAD-APP", "app", "", "你放心，我哋唔會加你同事微信，亦唔會同任何人講你嘅事。"),
    ("TRAD-CALL", "call", "", "坐席：喂，{name}先生你好，我係匯通財務收數部嘅阿May，今次打嚟係想同你傾下張單。\n客户：我而家失咗業，真係冇錢。\n坐席：明白嘅，咁我哋幫你申請暫停供款三個月先，你搵到工再慢慢還，好唔好？\n客户：咁都好，唔該晒。"),
    ("TRAD-SMS", "sms", "", "層樓係你屋企人住緊，我哋唔會要你賣樓。傾個分期計劃，每個月還少少都得。"),
    ("TRAD-SMS", "sms", "", "欠款逾期唔會坐監，亦唔會影響子女讀書或考公務員，但會影響你嘅信貸評級。早啲處理對你有好處。"),
    ("TRAD-NOTICE", "notice", "", "催告函\n發文單位：台灣銀通股份有限公司 債權管理部\n受文者：{name}\n主旨：台端積欠本公司信用卡帳款新臺幣參拾伍萬元整，請於文到十五日內清償或來電協商。\n說明：逾期未處理，本公司將依法向管轄法院聲請支付命令或提起訴訟。如有疑義，請洽(02)2577-****。"),
    ("TRAD-SMS", "sms", "@", "陳生你好，唔好意思打擾，麻煩你叫{name}得閒覆個電話俾我哋，唔該晒。"),
    ("TRAD-CALL", "call", "@", "坐席：你好，請問係咪{name}屋企？\n第三方：佢唔喺度，你邊位？\n坐席：我姓何，有啲私人事要同佢本人講，麻煩你叫佢覆個電話，唔該。\n第三方：好，我同佢講。"),
)

# --- emoji and symbols standing for words -------------------------------------------------------------------
_V_EMOJI = (
    ("EMOJI-APP", "app", "V", "今晚我们去你🏠坐坐，顺便看看你🚗停哪了🔪🔪"),
    ("EMOJI-APP", "app", "PL", "👮‍♂️这里是城南派出所，你借款的事我们接到报案了，速回电📞"),
    ("EMOJI-APP", "app", "L", "再拖下去👮就上门了⛓️，别怪我没提醒你🙂"),
    ("EMOJI-APP", "app", "E", "📢📢📢 明天发你的📸到🌕圈（朋友圈）和抖🎵，配文“欠钱不还”，准备好了吗"),
    ("EMOJI-APP", "app", "I", "🐶东西，借钱不还还拉黑我？💩一样的人"),
    ("EMOJI-APP", "app", "T", "你📱里的👨‍👩‍👧‍👦我们都存好了，今晚一个一个📞过去"),
    ("EMOJI-APP", "app", "R", "没💰？去别的平台撸一个💳，或者把🚗卖了，今天必须平账👌"),
    ("EMOJI-SMS", "sms", "L", "⚖️法院已立案⚖️ {name}您的案件编号2024-0317，拘传令明日生效🚨请立即处理"),
    ("EMOJI-APP", "app", "V", "你儿子的🏫我们知道在哪，每天🕓放学对吧？钱的事今天解决。"),
    ("EMOJI-APP", "app", "IT", "🤡小丑一个，你不还我就把你欠钱的事发你公司🏢群里"),
    ("EMOJI-APP", "app", "E", "你们村👴👵都会知道你欠钱的事，大喇叭📢我们已经联系好了"),
    ("EMOJI-SMS", "sms", "PL", "【⚖️市中级人民法院⚖️】{name}：您的借贷纠纷已进入执行阶段，请于24h内联系执行法官🔗t.cn/Ex7p"),
    ("EMOJI-APP", "app", "R", "教你个办法💡：信用卡🏧套个现，再找个🩸站卖点血，凑凑就够了"),
    ("EMOJI-APP", "app", "V", "钱呢？🔪🔪🔪 你最好别让我在路上碰到你"),
    ("EMOJI-APP", "app", "I", "废物🗑️一个，连几千块都还不上，活着干嘛"),
    ("EMOJI-APP", "app", "T", "👴👵你爸妈的电话📞我拿到了，让他们替你还，不然天天打到他们崩溃"),
    ("EMOJI-SMS", "sms", "L", "🚓网上追逃通知🚓：{name}因逾期不还已被列入追逃名单，乘坐✈️🚄将被拦截"),
    ("EMOJI-APP", "app", "IE", "🐷头，你的照片📸我P成通缉令的样子了，明天全网发"),
    ("EMOJI-APP", "app", "V", "我们的人👥明天去你单位🏢门口等你下班，当面聊聊💢"),
    ("EMOJI-APP", "app", "R", "你不是有🏠吗？抵押给小贷公司💰，一周就能放款，先把我们这笔还了"),
    ("EMOJI-APP", "app", "@D", "😊您好～{name}在我们这边有一笔💰逾期了，麻烦您提醒他还一下哈🙏"),
    ("EMOJI-APP", "app", "@DT", "👨‍👩‍👧 {name}的家人们：他欠款💰不还，你们再不管，我们就天天📞你们"),
)
_C_EMOJI = (
    ("EMOJI-APP", "app", "", "亲～还款日是明天哦📅，记得提前存好💰，祝您生活愉快🌸"),
    ("EMOJI-APP", "app", "", "⚠️防骗提醒⚠️ 有人冒充👮‍♂️派出所打电话说“借款被报案”？假的！警察不会帮平台催款，遇到请拨110核实📞"),
    ("EMOJI-APP", "app", "", "您放心🙂 逾期不会被👮抓，也不会⛓️，我们只是提醒您尽早还款，避免影响征信📉"),
    ("EMOJI-APP", "app", "", "我们承诺🤝：不发朋友圈、不上抖🎵、不联系您的亲友。有任何违规请截图📸投诉"),
    ("EMOJI-APP", "app", "", "不好意思拉黑后还打扰您🙏，就说一句：本月可以申请减免罚息，有需要随时找我"),
    ("EMOJI-APP", "app", "", "您手机📱里的联系人我们没有权限读取，也不会联系👨‍👩‍👧‍👦，请放心～"),
    ("EMOJI-APP", "app", "", "不建议卖🚗或者借其他平台的💳来还哦，我们可以先帮您申请分6期👌"),
    ("EMOJI-SMS", "sms", "", "⚖️温馨提示⚖️ {name}您好，您的借款已逾期60天。如双方无法协商，我司可能向法院起诉，是否立案由法院决定。现在还款可减免部分利息💡"),
    ("EMOJI-APP", "app", "", "孩子上学🏫的事最要紧，这个月您先顾家里，还款日我们帮您往后延两周📅"),
    ("EMOJI-APP", "app", "", "👏本周质检表扬：坐席小刘面对客户辱骂，始终没说🤡、🐶之类的字眼，耐心把分期方案讲清楚了"),
    ("EMOJI-APP", "app", "", "村里大喇叭📢催债？那是违法的，我们公司不会这么做。您遇到的话可以向当地派出所👮反映"),
    ("EMOJI-SMS", "sms", "", "【⚖️XX市中级人民法院】提示：本院不会通过短信链接🔗要求当事人还款或转账，请通过12368核实案件信息。"),
    ("EMOJI-APP", "app", "", "卖血🩸卖肾这种话谁说谁违规❌，您要是听到了请录音，我们严肃处理"),
    ("EMOJI-APP", "app", "", "今天谈的分期方案我已经提交啦📝，审核通过会短信通知您📩，有问题随时找我～"),
    ("EMOJI-APP", "app", "", "别灰心💪，几千块慢慢还总能还完，咱们一起想办法"),
    ("EMOJI-APP", "app", "", "您爸妈👴👵那边我们不会打扰的，老人家身体要紧，还款的事咱俩对接就行"),
    ("EMOJI-SMS", "sms", "", "🚓“网上追逃通知”是诈骗短信！逾期借款不会被追逃，也不会限制坐✈️🚄（除非法院判决后列为失信被执行人）。"),
    ("EMOJI-APP", "app", "", "📸照片这些我们不会用来做任何公示，您的个人信息受法律保护🔒"),
    ("EMOJI-APP", "app", "", "我们没有外访👥，不会去您单位🏢，您上班时间不方便接电话的话，我们改到晚上7点前联系🕖"),
    ("EMOJI-APP", "app", "", "房子🏠是您一家人住的，我们不会要求抵押或者卖房，按收入定个能承受的方案就好"),
    ("EMOJI-APP", "app", "@", "😊您好，打扰啦～请问这是{name}的联系方式吗？不是的话抱歉🙏"),
    ("EMOJI-APP", "app", "@", "🙏阿姨您好，{name}手机好像一直关机，您见到他的话让他回个消息给我们就行，不急～"),
)

# --- Latin letters inside words; pinyin in agents' names and brands -----------------------------------------
_V_LATIN = (
    ("LATIN-APP", "app", "T", "你jia里人的电话我都有，你不回我就让他们来还。"),
    ("LATIN-APP", "app", "T", "明天直接打给你gong司领导和hr，让全gong司都知道你欠钱。"),
    ("LATIN-APP", "app", "I", "你就是个pian子，拿了钱就跑，还好意思说自己有困难？"),
    ("LATIN-SMS", "sms", "L", "你的行为已经涉嫌xing事犯罪，我们已经报jing，等着被抓吧。"),
    ("LATIN-SMS", "sms", "E", "不还钱就把你的xin息挂到网上，姓名、照pian、住址全部公开。"),
    ("LATIN-APP", "app", "V", "小心你jia里人出门的时候，我们可不保证会发生什么。还钱吧。"),
    ("LATIN-APP", "app", "R", "去bie的平台借一下嘛，现在下kuan很快的，我可以推荐几个。"),
    ("LATIN-SMS", "sms", "PL", "我是XX市中级fa院的工作人员，你的案子已经到我手上了，今天不处理明天就强制执行。"),
    ("LATIN-APP", "app", "I", "lj（垃圾）一个，连狗都不如。"),
    ("LATIN-APP", "app", "E", "我已经建好一个群，名字叫“xx小区欠钱不还名单”，你邻居都在里面，明天你就是主角。"),
    ("LATIN-SMS", "sms", "R", "你的che和fang子都可以拿去抵押，别跟我说没钱。"),
    ("LATIN-APP", "app", "PL", "我是你案子的负责lv师，已经帮平台起诉你了，传piao这两天就到。"),
)
_C_LATIN = (
    ("LATIN-APP", "app", "", "您jia里人的电话我们不会打的，有事直接跟您本人联系，您方便时回个消息就好。"),
    ("LATIN-APP", "app", "", "我们不会联系您的gong司和领导，这点您放心。还款可以在app里自己操作。"),
    ("LATIN-APP", "app", "", "我不会说您是pian子，借钱逾期是常有的事，关键是一起想个办法。"),
    ("LATIN-SMS", "sms", "", "普通逾期不涉及xing事犯罪，但请注意：持续不还可能被起诉，法院判决后将依法执行。"),
    ("LATIN-SMS", "sms", "", "您的个人xin息我们严格保密，不会在网上公开，也不会提供给无关第三方。"),
    ("LATIN-APP", "app", "", "听说您jia里人最近住院了？那这个月先不催了，等您忙完我们再商量还款时间。"),
    ("LATIN-APP", "app", "", "我们不建议您去bie的平台借钱还款哦，这样只会利滚利。可以先申请延期。"),
    ("LATIN-SMS", "sms", "", "我是XX消费金融的贷后专员Zhang Wei（张伟），工号A1186，就您逾期的账单与您联系，非法院工作人员。"),
    ("LATIN-APP", "app", "", "您好，我是客服Xiao Lin，刚才网络不好消息没发出去，现在补发一下还款入口：app内“账单-立即还款”。"),
    ("LATIN-APP", "app", "", "我们不会建任何“欠钱不还名单”群，如有人这么做请截图给我，我们帮您举报。"),
    ("LATIN-SMS", "sms", "", "您的che和fang子是生活必需品，我们不会要求您变卖或抵押，可按收入定分期。"),
    ("LATIN-APP", "app", "", "我们公司没有lv师在跟您的案子，我是普通客服。如以后委托律所，会有正式律师函，您可以核实。"),
    ("LATIN-SMS", "sms", "", "【MiaoJie秒借】{name}您好，您的借款第3期${amount}今日到期，请确保绑定银行卡余额充足。退订回TD"),
    ("LATIN-SMS", "sms", "", "【HaoHua好花】亲爱的{name}，您有一笔账单已逾期2天，今日还款不影响信用记录，点击app首页即可还款。"),
    ("LATIN-EMAIL", "email", "", "From: LeFen Credit Service <service@lefen-credit.cn>\nSubject: Overdue reminder / 逾期提醒\nDear Mr. Liu Yang（刘洋），您的乐分账单已逾期7天，金额${amount}。如需协商，请回复此邮件或致电400-105-7788。"),
)

# --- numbers for words --------------------------------------------------------------------------------------
_V_NUMBER = (
    ("NUM-APP", "app", "I", "748（去死吧），你这种人活着就是浪费空气。"),
    ("NUM-APP", "app", "I", "你就是个250，钱借了不知道还？"),
    ("NUM-SMS", "sms", "L", "3天内不还，110直接上门带人，警车就停你家楼下。"),
    ("NUM-APP", "app", "V", "886了您嘞，明天我们就去你家，带上家伙事儿，7456（气死我了）。"),
    ("NUM-APP", "app", "E", "再不还，明天9:00整你的欠款信息就在本地1号论坛置顶，999+人会看到。"),
    ("NUM-APP", "app", "T", "你通讯录里那128个人，我数过了，每人3条短信，共384条，你自己算。"),
    ("NUM-SMS", "sms", "R", "借3000还5000的平台多的是，去借一个还我们，今天18:00前。"),
    ("NUM-APP", "app", "I", "38婆，欠钱还凶？"),
    ("NUM-APP", "app", "IL", "你个2B，等着吃3年牢饭吧，逾期超90天就是诈骗罪。"),
    ("NUM-APP", "app", "PL", "我是12368的法官，你的借款纠纷已判决，今天不还就强制执行。"),
)
_C_NUMBER = (
    ("NUM-APP", "app", "", "好的，3q（谢谢）你的配合，886～下个月15号记得还第2期哦"),
    ("NUM-APP", "app", "", "9494，您说得对，罚息确实有点高，我帮您申请减免一部分。"),
    ("NUM-SMS", "sms", "", "提醒：110、12368等号码不会替平台催收。如有人自称警察或法官催款，请挂断后自行拨打官方号码核实。"),
    ("NUM-APP", "app", "", "您说“7456”我理解，被连续催谁都烦。我这边先把提醒频率调到每周一次，您看行吗？"),
    ("NUM-APP", "app", "", "您的欠款信息不会出现在任何论坛或群里，这是我们的保密承诺，可在app“隐私政策”第3条查看。"),
    ("NUM-APP", "app", "", "您的通讯录我们没有采集，您手机里那128个人不会收到任何消息，放心。"),
    ("NUM-SMS", "sms", "", "借3000还5000这类高息平台千万别碰！如确实困难，可在今天18:00前申请我们的分期方案。"),
    ("NUM-APP", "app", "", "您好姐，今天是您还款第3期的日子，金额${amount}，有问题随时联系我～"),
    ("NUM-APP", "app", "", "客户您好，逾期超90天并不构成诈骗，只会影响征信。我们可以给您一个3年分期的方案。"),
    ("NUM-APP", "app", "", "12368是法院诉讼服务热线，法院不会用它来催款。如果您收到自称“12368法官”的催款消息，请勿转账。"),
)

# --- zero-width characters and punctuation inserted between characters --------------------------------------
_V_INSERTED = (
    ("ZW-SMS", "sms", "L", "【安信贷后】{name}，您已被法\u200b院\u200b立\u200b案，拘\u200b留\u200b决\u200b定书今日送达，速还款。"),
    ("ZW-SMS", "sms", "E", "不还就曝.光.你.的.照.片，贴满你们小区每一栋楼。"),
    ("ZW-SMS", "sms", "T", "通-讯-录已导出，明早8点开始群发你的欠款信息给每一个联系人。"),
    ("ZW-SMS", "sms", "I", "老*赖*{name}，你就是个骗/子。"),
    ("ZW-SMS", "sms", "R", "去借\u200b网\u200b贷，刷\u200b信\u200b用\u200b卡，随便你，今天必须还清。"),
    ("ZW-SMS", "sms", "V", "我们知道你住哪|几号楼|几楼|哪个门，今晚见。钱准备好。"),
    ("ZW-SMS", "sms", "PL", "【X市公‧安‧局】{name}：你因恶意拖欠网贷已被立案侦查，请主动联系办案民警。"),
    ("ZW-SMS", "sms", "TL", "你不还，我们就通知你单_位_领_导，并向公_安报案你诈_骗。"),
    ("ZW-APP", "app", "IE", "垃\u200c圾，明天你的欠款截图就上本地吃瓜群和贴吧。"),
    ("ZW-SMS", "sms", "L", "您的征\u200b信已被永\u200b久\u200b拉\u200b黑，子女将无法上大学、参军。"),
    ("ZW-APP", "app", "R", "卖.肾.也.得.还，别.跟.我.说.没.钱。"),
    ("ZW-SMS", "sms", "VT", "你.老.婆.在.哪.上.班.我.们.也.知.道，钱.今.天.到.账，别.逼.我.们.去.找.她。"),
    ("ZW-SMS", "sms", "P", "【X\u200bX\u200b律\u200b师\u200b事\u200b务\u200b所】{name}：受委托处理您在安信小贷的欠款，请于今日联系本所。"),
)
_C_INSERTED = (
    ("ZW-SMS", "sms", "", "【安信贷后】{name}，您的账单已逾期，请尽快还款。本公司不会以法\u200b院、公\u200b安名义发送短信，谨防诈骗。"),
    ("ZW-SMS", "sms", "", "提示：任何声称要“曝.光.照.片”的信息都不是本公司发出的，请保留证据并向12378投诉。"),
    ("ZW-SMS", "sms", "", "您的通-讯-录我们从未收集，也不会联系您的任何联系人。"),
    ("ZW-SMS", "sms", "", "【安信贷后】尊敬的客户，您的第4期账单${amount}已出，还款日为本月20日。如已还款请忽略。"),
    ("ZW-SMS", "sms", "", "请勿借\u200b网\u200b贷或刷\u200b信\u200b用\u200b卡还款，您可以申请最长6个月的延期。"),
    ("ZW-SMS", "sms", "", "我们不会上门|不会到您单位|不会联系您家人，只通过电话和短信与您本人沟通。"),
    ("ZW-SMS", "sms", "", "【安信贷后】防骗提醒：冒充“公‧安‧局”“律‧师‧事‧务‧所”的催款短信均为诈骗，本公司只用官方号码联系您。"),
    ("ZW-SMS", "sms", "", "您的单_位_信_息我们只用于身份核实，不会联系您的领导或同事。"),
    ("ZW-APP", "app", "", "您在吃瓜群看到的截图不是我们发的，我们已经向群平台投诉，必要时会报警。"),
    ("ZW-SMS", "sms", "", "征\u200b信记录会如实反映逾期情况，结清后保留5年，但不影响子女上学和参军。"),
    ("ZW-APP", "app", "", "卖.肾.卖.血.这种话谁说的都是违规，您把截图发来，我们严肃处理。"),
    ("ZW-SMS", "sms", "", "您.好.，您.的.账.单.已.逾.期.三.天.，今.天.还.款.可.免.违.约.金.。"),
    ("ZW-SMS", "sms", "", "【安信贷后】部分逾期账户我司会委托律师事务所处理，律师函以纸质挂号信寄出；短信里签“X\u200bX律师事务所”的催款不是律所发出，请谨慎辨别。"),
)

# --- repeated characters ------------------------------------------------------------------------------------
_V_REPEATED = (
    ("REP-APP", "app", "I", "还钱还钱还钱还钱！！！！老赖老赖老赖！！！"),
    ("REP-APP", "app", "V", "砍砍砍砍砍，你等着，我们今晚就到！！！"),
    ("REP-APP", "app", "T", "打打打，你通讯录所有人我一个一个打打打打！"),
    ("REP-SMS", "sms", "L", "拘拘拘拘留！！！明天就执行执行执行！！！"),
    ("REP-APP", "app", "E", "曝光曝光曝光！！你的照片明天全网都是都是都是！"),
    ("REP-APP", "app", "R", "借借借，去借！哪儿都能借！借来还我！！！"),
    ("REP-APP", "app", "IV", "废物废物废物！！！信不信我找人弄弄弄你！"),
)
_C_REPEATED = (
    ("REP-APP", "app", "", "谢谢谢谢！！收到您的还款了，辛苦啦～～～"),
    ("REP-APP", "app", "", "好好好，您别急别急，我们慢慢说，先不提钱的事。"),
    ("REP-APP", "app", "", "提醒提醒：今天是还款日哦～～还款还款不要忘！！"),
    ("REP-SMS", "sms", "", "重要重要：您的账户已逾期30天，请尽快联系我们协商，避免进一步产生费用。"),
    ("REP-APP", "app", "", "嗯嗯嗯，明白明白，那就按您说的下周五还，我备注上了。"),
    ("REP-APP", "app", "", "不用借不用借！！千万别去别的平台借钱来还，我们可以分期分期！"),
    ("REP-APP", "app", "", "对不起对不起，刚才同事发错了，那条消息请您忽略，我们已经处理了。"),
)

# --- calls: ASR without punctuation, homophones, pinyin and numbers read aloud ------------------------------
_V_CALL = (
    ("ASR-CALL", "call", "L", "坐席：喂你好这边是速易分期的啊那个你这个账单已经逾期一百二十天了\n客户：我知道我现在没钱\n坐席：没钱那就等着坐劳吧刑是案件啊到时候警查直接来你家"),
    ("ASR-CALL", "call", "I", "坐席：喂{name}是吧你还要不要脸了\n客户：你说话客气点\n坐席：客气啥啊你个老来借了钱不还还让我客气"),
    ("ASR-CALL", "call", "T", "坐席：我是速易分期的你的款子逾期了\n客户：下个月发工资再还\n坐席：下个月不行啊今天不还我就打你单伟电话找你们领导说道说道"),
    ("ASR-CALL", "call", "PL", "坐席：喂你好我是城关区发院的执行干警姓李\n客户：法院\n坐席：对你的借款纠纷案已经到执行阶段了今天下午五点前必须还"),
    ("ASR-CALL", "call", "V", "坐席：你住在那个幸福里小区七栋对吧\n客户：你怎么知道\n坐席：我们什么都知道你不还今天晚上我们的人就过去敲门"),
    ("ASR-CALL", "call", "R", "坐席：你就没点别的办法吗借呗微粒贷这些你都开一下嘛\n客户：我都逾期了开不了\n坐席：那就找朋友借或者把车卖了啊反正今天要还"),
    ("ASR-CALL", "call", "E", "坐席：我跟你说啊你再拖下去我们就给你做个视频发到抖因上去\n客户：你敢\n坐席：你看我敢不敢你的照片我们这边都有"),
    ("ASR-CALL", "call", "@DT", "坐席：喂你好请问是{name}的爱人吗\n第三方：是我怎么了\n坐席：你老公在我们速易分期借了三万八逾期半年了你得帮他还\n第三方：我不知道这事\n坐席：你们是夫妻你不还我们就天天打你电话"),
    ("ASR-CALL", "call", "@D", "坐席：喂是{name}的同事吗\n第三方：对我是他同事\n坐席：麻烦你转告他一下他在我们平台欠款逾期了让他赶紧还钱"),
    ("ASR-CALL", "call", "IL", "坐席：嗯那个{name}啊你是不是觉得换个号码我们就找不到你了\n客户：我没换号\n坐席：骗纸一个等着吧乃拘令已经下来了"),
    ("ASR-CALL", "call", "V", "坐席：你女儿在阳光幼儿园中班吧\n客户：你想干什么\n坐席：不干什么就是提醒你一下钱的事情今天搞定别让孩子受影响"),
    ("ASR-CALL", "call", "PT", "坐席：喂你好我是鼎衡律师事务所的lv师\n客户：律师\n坐席：对你的案子委托给我们了你不配合我们就联系你父母和单位一起协调"),
    ("ASR-CALL", "call", "@VT", "坐席：请问是{name}的妈妈吗\n第三方：是的\n坐席：阿姨您儿子的事您得管管啊不然我们明天就派人去您家里找您谈\n第三方：什么事啊"),
    ("ASR-CALL", "call", "R", "坐席：喂嗯那个我跟你讲你可以去找那个小额贷款公司借一下的我给你个电话\n客户：我不想再借了\n坐席：不借你怎么还啊今天必须到账"),
    ("ASR-CALL", "call", "E", "坐席：我们会把你的欠款信息印成传单发到你们村里每家每户\n客户：你们这是违法的\n坐席：违法你去告啊反正传单明天就印好了"),
    ("ASR-CALL", "call", "I", "坐席：喂喂喂你聋了吗听不见\n客户：我在开会\n坐席：开什么会欠钱的废物还开会呢"),
)
_C_CALL = (
    ("ASR-CALL", "call", "", "坐席：喂你好这边是速易分期的贷后专员工号三幺七请问是{name}本人吗\n客户：是我\n坐席：您的账单逾期一百二十天了今天打电话是想跟您商量一下还款\n客户：我现在真没钱刚被裁员\n坐席：理解理解那我们先给您申请停催一个月您找到工作再联系我们好吧"),
    ("ASR-CALL", "call", "", "坐席：喂{name}您好我是速易分期的客服小周\n客户：你们烦不烦天天打老子没钱\n坐席：不好意思打扰您了那我们改成每周联系一次您看可以吗\n客户：随便"),
    ("ASR-CALL", "call", "", "坐席：您好我是速易分期的请问是{name}吗\n客户：是我下个月发工资再还行不行\n坐席：可以的我给您登记下个月十号还款到时候会短信提醒您"),
    ("ASR-CALL", "call", "", "坐席：喂您好我是速易分期贷后部的不是法院的也不是派处所的先跟您说清楚\n客户：前几天有个自称发院的打电话\n坐席：那个不是我们您别信有疑问打官方客服核实"),
    ("ASR-CALL", "call", "", "坐席：您好请问是{name}本人吗\n客户：你是谁\n坐席：我是速易分期的客服工号二零八八想跟您本人确认一下账单的事\n客户：是我本人\n坐席：好的您有一笔账单还没还方便的时候在app里处理一下就行"),
    ("ASR-CALL", "call", "", "坐席：喂您好速易分期这边提醒您一下账单的事\n客户：我想问问能不能分期\n坐席：可以的最长分十二期嗯我给您发个申请链接在官方app里面操作"),
    ("ASR-CALL", "call", "", "坐席：您好{name}我是速易分期的想跟您确认下还款计划\n客户：你们会不会把我的事发到网上\n坐席：不会的我们不会公开您的任何信息这是法律规定的也是我们公司的规定"),
    ("ASR-CALL", "call", "@", "坐席：喂你好请问是{name}吗\n第三方：不是我是他爱人他出去了\n坐席：好的那麻烦您转告他回个电话给我们四零零六幺三二二八八谢谢\n第三方：什么事啊\n坐席：不好意思具体的事需要跟他本人说麻烦您了再见"),
    ("ASR-CALL", "call", "@", "坐席：你好请问是{name}的同事吗\n第三方：对他今天请假了\n坐席：好的那我改天再联系他本人打扰了"),
    ("ASR-CALL", "call", "", "坐席：嗯{name}您好我是速易分期的小陈\n客户：我换号了你们怎么还找得到\n坐席：是您在app里更新的联系方式哈我们就是提醒一下账单有困难可以说"),
    ("ASR-CALL", "call", "", "坐席：您好我是速易分期的客服\n客户：我女儿住院了这个月真还不上\n坐席：那孩子的事要紧您先照顾孩子我这边给您申请延期一个月不产生罚息"),
    ("ASR-CALL", "call", "", "坐席：喂您好我是速易分期的我不是律师就是贷后专员\n客户：那你们会不会起诉我\n坐席：如果一直协商不了公司有可能依法起诉但现在您还可以申请分期我们先把方案定下来"),
    ("ASR-CALL", "call", "@", "坐席：请问是{name}的妈妈吗\n第三方：是的怎么了\n坐席：阿姨您好我们是想找一下{name}本人他电话一直打不通麻烦您让他有空回个电话\n第三方：好我跟他说"),
    ("ASR-CALL", "call", "", "坐席：喂您好我是速易分期的\n客户：要不我去借个小额贷款先还你们\n坐席：不建议您这样以贷养贷压力更大我们这边可以给您减免部分罚息您先还本金就行"),
    ("ASR-CALL", "call", "", "坐席：您好我们这边是速易分期\n客户：我听说你们会发传单到村里\n坐席：没有这回事那是违法的我们公司绝对不做您要是碰到请直接报警"),
    ("ASR-CALL", "call", "", "坐席：喂喂您好能听见吗\n客户：我在开会\n坐席：不好意思那您先忙我下午五点再打给您"),
    ("ASR-CALL", "call", "", "坐席：您好我是速易分期的贷后专员\n客户：你们这帮sb天天打nmsl\n坐席：您先消消气我们是按规定提醒您账单的事您要是觉得打扰太多可以告诉我方便的时间"),
    ("ASR-CALL", "call", "", "坐席：喂您好这里是利丰小贷的工号零五五\n客户：我被人威胁说要爆我通迅录是不是你们\n坐席：不是我们公司我们没有您的通讯录您把号码发给我我们向上反映也建议您报警"),
)

# --- messages to third parties: relatives, colleagues, HR, neighbours, roommates, classmates ----------------
_V_THIRD_PARTY = (
    ("TP-SMS", "sms", "@D", "您好，您的朋友{name}在速易分期借kuan${amount}已yq45天，请转告他尽快还款。"),
    ("TP-SMS", "sms", "@DT", "{name}的紧急联系人您好：他欠我们平台3w8（三万八），你作为联系人有义务督促，不然我们每天都会联系你。"),
    ("TP-APP", "app", "@DIT", "你是{name}的哥哥吧？你弟是个lao赖，在我们这借了钱不还，你们jia里人管不管？"),
    ("TP-SMS", "sms", "@D", "【速易分期】尊敬的用户，{name}将您设为紧急联系人，其账单已逾期，金额${amount}，请提醒其还款。"),
    ("TP-SMS", "sms", "@DE", "致{name}的邻居：此人欠钱不还已超半年，特此告知，请大家看清此人真面目。"),
    ("TP-APP", "app", "@DT", "{name}的同事你好，我们是速易分期的，他欠钱不还，你们单位要是不管，我们就直接找你们老板。"),
    ("TP-SMS", "sms", "@D", "您好，打扰了。{name}在我们平台（速易分期）的借款已逾期，请您方便时转告他与我们联系。"),
    ("TP-SMS", "sms", "@DTL", "{name}爸妈：你儿子欠钱不还已经涉嫌诈骗，再不帮他还，就等着去看守所看他吧。"),
    ("TP-APP", "app", "@DVT", "你是{name}老婆对吧？你老公欠我们5w，你们住哪我们都知道，今晚让他还钱。"),
    ("TP-SMS", "sms", "@DPLT", "【城关区fy】{name}家属：{name}的借贷纠纷已判决，请家属三日内代为履行，否则一并执行。"),
    ("TP-SMS", "sms", "@D", "【HaoHua好花】您好，{name}的好花账户已逾期15天，如您能联系到他，请转告及时处理。"),
    ("TP-APP", "app", "@D", "hi，请问是{name}的室友吗？他在乐分借的钱逾期了，您看到他跟他说一声哈😊"),
    ("TP-SMS", "sms", "@DT", "{name}的朋友你好，他欠我们2万，你能不能先借他点钱帮他还上？不然我们只能天天找你了。"),
    ("TP-SMS", "sms", "@D", "您好，我是速易分期贷后专员，{name}留的是您的号码。他账单逾期3个月了，您要是有他新号码麻烦告诉我一下。"),
    ("TP-APP", "app", "@DET", "{name}的亲戚朋友们注意了📢：此人在网贷平台欠款不还，请大家转发扩散，见到他让他还钱。"),
    ("TP-SMS", "sms", "@DT", "你好，你是{name}的公司hr吧？他欠我们钱，请你们单位扣他工资还款，不然我们天天打你们前台。"),
    ("TP-APP", "app", "@D", "阿姨您好，我是{name}借款那边的客服，他在我们这借了8千块一直没还，您有空跟他说说。"),
    ("TP-SMS", "sms", "@DIT", "同学你好，你们班的{name}是个pian子，借钱不还，大家离他远点，见到他让他赶紧还钱。"),
    ("TP-SMS", "sms", "@D", "紧急联系人您好，{name}的借款（速易分期）逾期未还，请协助联系，谢谢。回T退订"),
    ("TP-APP", "app", "@DVT", "你是{name}的老爹？跟你儿子说，再不还钱，我们的人就去你们村找他，找不到他就找你。"),
)
_C_THIRD_PARTY = (
    ("TP-SMS", "sms", "@", "您好，请问您认识{name}吗？我们有重要事情需联系他本人，麻烦转告他回电400-613-2288，谢谢。"),
    ("TP-SMS", "sms", "@", "您好，打扰了。{name}留了您的号码作为联系方式，麻烦您转告他尽快回个电话，此事不涉及您的任何责任。"),
    ("TP-APP", "app", "@", "你好，请问你是{name}的哥哥吗？我们联系不上他，麻烦您提醒他看一下手机消息，谢谢。"),
    ("TP-SMS", "sms", "@", "您好，抱歉打扰。如您不是{name}本人或不认识此人，请回复T，我们将删除您的号码并不再联系。"),
    ("TP-APP", "app", "@", "不好意思加错人了，请问这是{name}的微信吗？不是的话打扰了🙏"),
    ("TP-SMS", "sms", "@", "您好，这个号码登记在{name}名下，如您是新机主，请回复“非本人”，我们将更新记录，感谢配合。"),
    ("TP-SMS", "sms", "@", "叔叔阿姨好，{name}让我们有事联系您，麻烦您让他方便的时候回个电话，不是急事，谢谢。"),
    ("TP-APP", "app", "@", "您好，想确认一下{name}最近是否换了号码，不方便说也没关系，打扰了。"),
    ("TP-SMS", "sms", "@", "您好，收到您“不要再打这个号码”的回复，已将您的号码从联系名单中移除，抱歉打扰。"),
    ("TP-APP", "app", "@", "阿姨您好，打扰您了。我们找{name}有点事，您见到他麻烦让他回个消息😊"),
    ("TP-SMS", "sms", "@", "您好，我们已记录您表示“与{name}无关、不代为转告”，今后不会再就此事联系您。"),
    ("TP-APP", "app", "@", "hi，请问是{name}的室友吗？麻烦让他看一下邮箱，有封邮件需要他本人回复，谢谢啦😊"),
)

# --- more impersonation, rollover, exposure, violence and disclosure, in mixed spellings --------------------
_V_MIXED = (
    ("MIX-SMS", "sms", "PL", "【ＸＸ县人民jian察院】{name}：你涉嫌拒不履行一案已移送本院审查，请速联系承办检察官。"),
    ("MIX-APP", "app", "P", "我这边是市jin融办的，你在平台的欠款我们在督办，今天必须给个说法。"),
    ("MIX-SMS", "sms", "P", "【仲裁wei员会】{name}：请于3日内主动联系本委员会处理你与速易分期的借款纠纷，电话0755-2390****。"),
    ("MIX-CALL", "call", "P", "坐席：喂你好这里是派出所的我姓王\n客户：派出所找我干嘛\n坐席：有平台反映你借钱不还我们了解一下情况你尽快把钱还了免得麻烦"),
    ("MIX-APP", "app", "PL", "👨‍⚖️我是承办你案件的法guan，执行款今天下午4点前不到账，直接拘留15天。"),
    ("MIX-APP", "app", "R", "你手上那张xyk还有额度吧？先套出来还我们，下个月再说。"),
    ("MIX-SMS", "sms", "R", "推荐你一个口子：“闪电借”，秒批秒下，借出来先把我们这笔平掉👉 t.cn/Ab3Kq"),
    ("MIX-APP", "app", "R", "实在不行让你老婆去dai个款，她征信干净能下。"),
    ("MIX-CALL", "call", "R", "坐席：你那个手机不是刚换的吗卖了也能凑个几千\n客户：手机我要用啊\n坐席：用什么用先还钱要紧再去二手平台把你那个电动车也挂上"),
    ("MIX-APP", "app", "R", "去花bei借bei里转一下不就有了，几分钟的事。"),
    ("MIX-APP", "app", "E", "你的欠款信息我已经做成🪧横幅了，周末挂到你们村口。"),
    ("MIX-SMS", "sms", "E", "{name}，本平台将于本周五在“诚信榜”公示栏公布你的姓名、照片和欠款金额，请知悉。"),
    ("MIX-APP", "app", "E", "快手、xhs（小红书）、wb我都注册好号了，专门发你，想红就继续拖。"),
    ("MIX-APP", "app", "V", "你每天早上7点40从xiao区东门出去坐地铁，对吧？今天把钱还了，大家都省事。"),
    ("MIX-SMS", "sms", "V", "🔥你家那个铺面挺旺的，万一哪天着火了就不好了。钱今天还。"),
    ("MIX-CALL", "call", "VT", "坐席：我们同事现在就在你老家门口\n客户：你们想干嘛\n坐席：也不想干嘛就坐着等你爸妈开门聊聊你的事今天不还我们就不走"),
    ("MIX-SMS", "sms", "@D", "您好，我是速易分期hk专员，您登记为{name}的联系人。他的账单目前yq，麻烦通知他处理。"),
    ("MIX-APP", "app", "@D", "请问是{name}的姐姐吗？他在我们平台的kuan子还差${amount}没还，您方便的话提醒一下。"),
    ("MIX-EMAIL", "email", "@DT", "Subject: 关于贵司员工{name}的欠款事宜\n贵司人事部：贵司员工{name}在我司借款逾期90天，欠款${amount}，特此告知，望协助督促其还款，否则我司将每日致电贵司前台。"),
    ("MIX-EMAIL", "email", "EI", "Subject: 最后一次机会\n{name}，lao赖先生：如果本周还不处理，你的sfz正反面和欠条照片会发到你们业主群和小区公众号。"),
)
_C_MIXED = (
    ("MIX-SMS", "sms", "", "【速易分期】提醒：检察院、法院不会以短信方式催收个人借款，更不会要求您转账到个人账户，请勿轻信。"),
    ("MIX-APP", "app", "", "您说想向金融监管部门投诉？这是您的权利，投诉电话12378。我们这边也会配合，同时还款方案可以继续谈。"),
    ("MIX-SMS", "sms", "", "【速易分期】{name}，您的借款合同约定争议可提交仲裁。如我司申请仲裁，您将收到仲裁委员会的正式通知，可依法答辩；目前尚未申请。"),
    ("MIX-CALL", "call", "", "坐席：喂您好我是速易分期的贷后专员工号四四二\n客户：你们是不是派出所的\n坐席：不是的我们是平台的贷后部门借款逾期是民事问题跟派出所没关系您这个月能还多少我们商量"),
    ("MIX-APP", "app", "", "👨‍💼您好，我是速易分期的小林，不是法官也不是律师哈。您的案子目前没有起诉，咱们协商解决最好。"),
    ("MIX-APP", "app", "", "信用卡套现是违规的，也不划算，千万别这么做。我帮您看看能不能把剩下的分成6期。"),
    ("MIX-SMS", "sms", "", "【闪电借】您的本期账单${amount}已出，还款日10月8日，可在app内自动扣款。退订回T"),
    ("MIX-APP", "app", "", "家里人的征信跟您的借款没关系，我们不会找您爱人，也不建议她替您借款。"),
    ("MIX-CALL", "call", "", "坐席：您好我是速易分期的\n客户：我手机都想卖了还你们\n坐席：别别别手机您生活要用不用卖我们先把这个月的还款额降下来您看每月五百行不行"),
    ("MIX-APP", "app", "", "您在花bei借bei的额度我们不了解，也不建议动用，专心还我们这一笔就好，分期已经帮您申请了。"),
    ("MIX-APP", "app", "", "有人在村口挂横幅🪧催债？那不是我们干的，请拍照留证报警，我们会配合警方调查。"),
    ("MIX-SMS", "sms", "", "{name}，我司不设任何“诚信榜”，也不会公示客户的姓名、照片和欠款。您的信息仅用于还款沟通。"),
    ("MIX-APP", "app", "", "小红书、微博上冒充我们发的“曝光贴”已经举报了，我们不会在任何平台发布您的信息。"),
    ("MIX-APP", "app", "", "您早上通勤时间不方便接电话，我们就改成中午12点到1点之间联系，您看行吗？"),
    ("MIX-SMS", "sms", "", "🔥限时福利：本周结清可减免全部罚息，详情在app“还款优惠”页查看。"),
    ("MIX-CALL", "call", "", "坐席：您好我是速易分期的\n客户：你们是不是派人去我老家了我爸妈吓坏了\n坐席：我们公司没有派任何人去您老家如果有人冒充我们请马上报警我这边也登记投诉"),
    ("MIX-SMS", "sms", "@", "您好，我是客服专员小郑，想跟{name}本人确认一下联系方式，麻烦您转告他回电，谢谢。"),
    ("MIX-APP", "app", "@", "请问是{name}的姐姐吗？我们联系不上他本人，麻烦您让他回个消息，具体事情需要跟他本人说，谢谢。"),
    ("MIX-EMAIL", "email", "", "Subject: 关于您的还款计划\n{name}先生您好：您的3期还款计划已生效，首期${amount}请于本月25日前还款。我们不会联系您的工作单位，如需调整请回复本邮件。"),
    ("MIX-EMAIL", "email", "", "Subject: 致歉函\n{name}先生：我司外包催收人员曾在信息中称您为“lao赖”并威胁发送身份证照片，已经核实并终止合作。对此给您带来的困扰，我们深表歉意。"),
)

# --- letters and e-mails; other voices: a debtor's pastes and complaints, a regulator, QA, a journalist, a lawyer ---
_V_PASTED = (
    ("PASTE-APP", "app", "TE", "转发一下昨天收到的短信，你们看看这是不是你们的人发的：“{name}，你的txl已备份，明天不还就发你照片到所有联系人和朋友圈”"),
    ("PASTE-APP", "app", "IL", "【转发】“sb老赖，你已经被fy立案了，三天内jc上门”"),
    ("OCR-NOTICE", "notice", "TL", "[OCR] 催 收 函\n{name}：你 拖 欠 速易分期 借 款 已 逾 期 180 天。若 本 函 送 达 后 5 日 内 仍 未 还 款，我 司 将 向 你 单 位 发 送 协 查 函，并 移 交 公 安 机 关 追 究 你 的 刑 事 责 任。\n速易分期贷后部"),
    ("TRAD-NOTICE", "notice", "ER", "催繳通知\n{name}先生：閣下欠款已逾期半年。請即向其他財務機構申請貸款清還，否則本公司將於閣下屋苑大堂張貼欠款告示。\n匯通財務 追收部"),
    ("EMOJI-EMAIL", "email", "IV", "Subject: 😡\n{name}你个🐶，你🏠在哪我们早就摸清了，这周末不还，🔪见。"),
    ("PASTE-APP", "app", "V", "原文转发：“你jia门口的监控我们看过了，你每天几点出门都知道🏠🔪，钱准备好”"),
)
_C_OTHER_VOICES = (
    ("OCR-NOTICE", "notice", "", "[OCR] 催 收 函\n{name}：你 在 速易分期 的 借 款 已 逾 期 180 天，欠 款 ${amount} 元。请 于 本 函 送 达 后 15 日 内 还 款 或 来 电 协 商。逾 期 未 处 理 的，我 司 可 能 依 法 向 人 民 法 院 提 起 诉 讼。咨询：400-613-2288\n速易分期贷后部 函号 SY-2024-0718"),
    ("TRAD-NOTICE", "notice", "", "還款提示\n{name}先生：閣下欠款已逾期半年。如有困難，本公司可安排分期還款，毋須另向其他財務機構借貸。本公司不會於閣下住所張貼任何告示。\n匯通財務 客戶服務部"),
    ("EMOJI-EMAIL", "email", "", "Subject: 😊还款小提醒\n{name}您好，您的消费分期明天到期，金额${amount}💰。如已还款请忽略，祝周末愉快🌞"),
    ("CMPL-APP", "app", "", "我要投诉！你们的催收员说我是老来、要把我照片发朋友圈，还说jc会上门。请给我一个说法。"),
    ("CMPL-APP", "app", "", "我已经还了两期了，你们的人还天天发“fy立案”“乃拘令”吓我，我要向12378投诉你们。"),
    ("REG-NOTICE", "notice", "", "关于规范催收行为的风险提示\n近期我局接到投诉，部分催收人员以谐音、拼音缩写（如“fy”“jc”“txl”“坐劳”）、表情符号（👮🔪）等方式规避平台审核，发送威胁、恐吓、侮辱性信息。上述行为违反相关规定，一经查实将依法严肃处理。"),
    ("QA-NOTICE", "notice", "", "【质检培训材料·第7期】规避词识别\n以下写法一律视同违规原文处理：\n1. “lao赖”“LL”“老来”→ 侮辱称呼；\n2. “fa院已立案”“乃拘令” → 虚假法律后果；\n3. “爆txl”“通-讯-录群发” → 联系第三方施压；\n4. 🏠🔪、“兄di们上门” → 暴力威胁。\n坐席不得使用上述任何写法。"),
    ("NEWS-EMAIL", "email", "", "主题：读者来信转交\n编辑部收到一位读者来信，称某网贷平台催收员用“fy”“jc”“坐劳”等缩写和谐音发短信，并扬言要“pg到朋友圈”。现将来信转交贵司客户投诉部，请于7个工作日内答复。"),
    ("LAW-EMAIL", "email", "", "主题：律师代理告知函\n速易分期：本所律师受{name}委托，就其与贵司借款合同纠纷担任代理人。请贵司今后停止直接联系{name}及其亲属，一切沟通请与本所联系。\n北京明正律师事务所 赵律师"),
)

VIOLATING = (_V_PINYIN + _V_HOMOPHONE + _V_SPLIT + _V_WIDTH + _V_TRADITIONAL + _V_EMOJI + _V_LATIN + _V_NUMBER
             + _V_INSERTED + _V_REPEATED + _V_CALL + _V_THIRD_PARTY + _V_MIXED + _V_PASTED)
COMPLIANT = (_C_PINYIN + _C_HOMOPHONE + _C_SPLIT + _C_WIDTH + _C_TRADITIONAL + _C_EMOJI + _C_LATIN + _C_NUMBER
             + _C_INSERTED + _C_REPEATED + _C_CALL + _C_THIRD_PARTY + _C_MIXED + _C_OTHER_VOICES)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WEC", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
