"""Writes `pipl_heldout_p.jsonl`, the sixteenth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_o.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests
or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were
drawn once by a throw-away script (random area codes and birth dates with the right check character, Luhn-valid
card numbers, mobiles on real prefixes, passports of E and eight digits) and typed into the texts by hand, many
of them read aloud, grouped or in full-width digits.

Its weight lies on identifiers in every written and spoken form, as a hard-form set, and on the two categories
detectors find hardest. Identifiers are read aloud with 幺 洞 两 拐 勾 零 and 一 to 九, mixed with digits and
grouped by spaces (1五8 九九八二 0六五7), typed in full-width digits, split by dots, hyphens or slashes; they
are passports (E + 8 digits, some full-width, one read as E 八八 …), landlines with full-width hyphens and
extensions (转８０３), bank cards of 16 and 19 digits, 18-digit IDs ending in X, x, Ｘ or 叉 and valid old 15-digit
ones, numbers inside URLs and after labels (身份证号：, 手机：, 证件：). Beside them stand as many decoys:
contract, loan, order, waybill, invoice, policy, case, batch and work-order numbers (15- and 18-digit ones whose
"birth date" is no real date, 11-digit ones on no mobile prefix, a policy number grouped like a card, a case number
read aloud), masked forms (尾号, 138****, 310115********8578), verification codes, amounts and timestamps.
`pii.sensitive` and `pii.excessive` each label well over fifty messages, mostly without the textbook words (a
stent two months ago, an antenatal check on the 18th, the 6:50 bus to school, Friday prayers at the east mosque,
the community-correction report on Mondays, an ETC record on the ring road, a salary that lands on the 8th, a
livelihood allowance, a father-in-law's fish stall, a brother-in-law at the traffic police), and beside them as
many near-misses: a lender's hardship policy naming illness or disaster, a debtor speaking of his own surgery,
pregnancy, job loss or faith, an agent who answers with a deferral, a letter that names only the debtor and the
address it is sent to, a guarantor told of his own obligation, a court summons with its own public address, the
agent's own name, work number and e-mail, a relative the customer has just named, a masked account echoed
back. Registers: lenders' SMS templates, robot and agent calls as speech-to-text output (a number read out over
two turns, fillers), WeChat and QQ chats and group chats (owners, a class's parents, a village, fellow
townsmen, a workshop, a fellowship), letters to employers, schools, property managers, village and residents'
committees, case-transfer e-mails, visit plans and work orders between agencies, complaint replies, Cantonese
and traditional characters.

A number split by a line break, by slashes or over two turns has no single span: such a message carries
`pii.unmasked_identifier` but no entity for it. Decoys carry no category and no identifier entity. All people,
numbers, addresses, links and companies are invented; identifiers are well formed and `set_format` checks them
before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  court's landline, a lender's own collection account, the collector's work number, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; a court's own notice is not
  a disclosure; work orders and case sheets passed between the agencies handling the case go to an unknown
  recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, salary inflows, other platforms' loans, provident fund),
  detention and criminal records, specific identities (disability, a livelihood allowance, a veteran). A
  lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span; a surname with an honorific
or a prefix (王女士, 小许, 梅师傅) is not a PERSON, a given name after a kinship term or a nickname is; ADDRESS
reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_p`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_p.jsonl"
ID_PREFIX = "PP"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output: numbers read aloud, a number over two turns ----------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：喂您好，这边是恒瑞消费金融的，请问是邓先生吗\n客户：是我\n坐席：跟您核对一下身份哈，您身份证是"
     "六二零幺零二 两零零幺 零五两三 三八两幺 对吧\n客户：对\n坐席：好的您这期账单四号到期还没还上",
     [(ID, "六二零幺零二 两零零幺 零五两三 三八两幺")], [U]),
    ("call", "debtor",
     "坐席：黄女士您好，核实一下您绑定的卡号啊，六二二五 八八八三\n客户：嗯\n坐席：八二七三 八幺七幺，"
     "是这张吧\n客户：是的",
     [], [U]),
    ("call", "debtor",
     "坐席：喂，刘先生是吧，我看系统里您上个月二十三号在市一医院住过院啊\n客户：你们怎么知道的\n"
     "坐席：那个不重要，您住院那几天就没想着还款吗",
     [], [S]),
    ("call", "debtor",
     "坐席：您好这里是融信通的回访，您这期二千四百元还没还\n客户：我这个月做了手术，刚出院，能不能缓几天\n"
     "坐席：理解，您身体要紧，我给您申请延期七天，到时候再联系您",
     [], []),
    ("call", "debtor",
     "坐席：喂，是胡建国吧\n客户：嗯\n坐席：你闺女胡欣怡在实验二小三年级二班对吧，每天下午四点半放学，"
     "你这个钱拖着不还，我们也不好办啊",
     [(P, "胡建国"), (P, "胡欣怡")], [S, X]),
    ("call", "debtor",
     "坐席：您登记的紧急联系人是您爱人徐静对吧，电话幺五幺 五六六零 四五五幺\n客户：你打她干嘛\n"
     "坐席：您不接我们就只能找她了",
     [(P, "徐静"), (MB, "幺五幺 五六六零 四五五幺")], [U, X]),
    ("call", "debtor",
     "坐席：喂，马先生，我们查了一下，你工资卡每个月十号进账八千多，公积金账户也还有两万多，"
     "你说没钱我们是不信的\n客户：那钱我要交房租\n坐席：那是你的事",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，请问是钱女士本人吗\n客户：是\n坐席：我是众安小贷的，跟您说一下，您的借款已经逾期五天\n"
     "客户：我怀孕了最近一直在医院保胎\n坐席：好的，那您先照顾好身体，我这边给您登记，有困难可以申请分期",
     [], []),
    ("call", "debtor",
     "坐席：喂老杜啊，你不是每周三晚上都去城南那个教堂做礼拜嘛，那天我们同事在门口等你\n客户：你们想干什么\n"
     "坐席：就是当面聊聊还款",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，我是诚汇资产的调解员\n客户：嗯，我的号码是幺三九 六幺五二 幺二八幺，你们以后打这个\n"
     "坐席：好的，已经给您备注了，以后就打您刚才说的这个号",
     [(MB, "幺三九 六幺五二 幺二八幺")], []),
    ("call", "debtor",
     "坐席：孙先生，您的护照号E七八三零六二三四我们这边有登记，您是不是准备出国了\n客户：出差\n"
     "坐席：出国前先把欠款处理一下",
     [(PP, "E七八三零六二三四")], [U]),
    ("call", "debtor",
     "坐席：你那个抑郁症吃的什么药我们都知道，别跟我装可怜，钱该还还得还\n客户：你们凭什么查我病历",
     [], [S]),
    ("call", "debtor",
     "坐席：喂您好，我们是鑫源资产，您的身份证号码是\n客户：你说\n坐席：三一零幺幺五 幺九九零\n"
     "客户：嗯\n坐席：零四两六 八五七八，您在平台借了六千元",
     [], [U]),
    ("call", "debtor",
     "坐席：谭先生，您父亲谭国栋手机号幺八零 五七四六 两七九八，您母亲那边我们也有联系方式，"
     "您看您是自己处理还是我们跟老人家聊\n客户：别找我爸妈",
     [(P, "谭国栋"), (MB, "幺八零 五七四六 两七九八")], [U, X]),
    ("call", "debtor",
     "坐席：您好，您刚说您母亲在住院，我们这边记下了，这个月先不催您，下个月初再跟您确认还款计划\n"
     "客户：谢谢",
     [], []),
    ("call", "debtor",
     "坐席：嗯 您这个 呃 银行卡号 我这边念一下 六二幺七 零零幺三 幺幺五九 七二六零 零八六 "
     "您看是不是这张\n客户：对的",
     [(BC, "六二幺七 零零幺三 幺幺五九 七二六零 零八六")], [U]),
    ("call", "debtor",
     "坐席：喂，陈先生，这边智能语音提醒您，您在乐享借的款项已逾期，请尽快通过官方App还款，"
     "如有疑问请拨打四零零 八八六 幺二三四\n客户：好",
     [], []),
    ("call", "third_party",
     "坐席：你好，请问是郭丽华的家人吗\n第三方：我是她邻居\n坐席：哦那麻烦您让她回个电话，谢谢",
     [(P, "郭丽华")], []),
    ("call", "third_party",
     "坐席：阿姨您好，您儿子宋磊在我们这借款没还，他身份证是四五零幺零三 幺九七六零四两零 三四两四，"
     "您是他妈妈应该知道吧\n第三方：你们打错了",
     [(P, "宋磊"), (ID, "四五零幺零三 幺九七六零四两零 三四两四")], [D, U]),
    ("call", "third_party",
     "坐席：喂，您是吕强的紧急联系人吧，他最近是不是在戒毒所啊，电话一直打不通\n第三方：我不清楚",
     [(P, "吕强")], [D, S]),
    ("call", "debtor",
     "坐席：您好，核对一下，您的预留手机号码是一五零 幺八三九 七五二九吗\n客户：是我\n"
     "坐席：好的，以后还款提醒会发到这个号",
     [(MB, "一五零 幺八三九 七五二九")], [U]),
    ("call", "debtor",
     "坐席：方女士，我们知道你老公叫方卫东，在市第三建筑公司上班，家住锦华路18号，你不还我们就只能上门了\n"
     "客户：你们这是威胁",
     [(P, "方卫东"), (A, "锦华路18号")], [X]),
    ("call", "debtor",
     "坐席：我们这边看到你每天早上七点二十送孩子到阳光幼儿园，然后去地铁站，你心里有数吧\n客户：……",
     [], [S]),
]

# --- lenders' SMS templates and collectors' own messages to the debtor --------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor",
     "【乐享借】尊敬的客户，您尾号8171的银行卡本期扣款失败，应还1,286.40元，请于今日24点前存入足额资金。"
     "退订回T", [], []),
    ("sms", "debtor",
     "【乐享借】尊敬的邓秀英，您的借款已逾期，请于3日内还款。借款人证件：620102199510276790，"
     "还款卡：6228484565159463。", [(P, "邓秀英"), (ID, "620102199510276790"), (BC, "6228484565159463")], [U]),
    ("sms", "debtor",
     "【安心花】您好，系统显示您近30天在其他5家平台有新增借款，合计3.2万元，请优先处理我司欠款。",
     [], [S]),
    ("sms", "debtor",
     "【速易贷】您于本月3日在县人民医院缴费的记录已同步，请勿以就医为由拖延还款。", [], [S]),
    ("sms", "debtor",
     "【惠民分期】尊敬的客户，您的公积金账户余额已达4.6万，完全有能力还清欠款，请勿继续拖欠。",
     [], [S]),
    ("sms", "debtor",
     "【惠民分期】张先生，您名下身份证末四位9684，借款合同编号HM2025110380012，当前逾期15天，请尽快还款。",
     [], []),
    ("sms", "debtor",
     "王志刚，我们已掌握你的住址：南湖区嘉禾路77号3栋1单元602，你老婆李梅的电话也有，别逼我们。",
     [(P, "王志刚"), (A, "南湖区嘉禾路77号3栋1单元602"), (P, "李梅")], [X]),
    ("sms", "debtor",
     "【易借】您好，您的工资每月15号到账，本月到账后请第一时间还款，我们会持续关注您的账户流水。",
     [], [S]),
    ("sms", "debtor",
     "【金瑞贷】温馨提示：您的借款已逾期，请尽快还款。联系人：催收专员小何，电话：0571-87726510。",
     [(LL, "0571-87726510")], []),
    ("sms", "debtor",
     "【金瑞贷】罗先生，您的护照E68653667在我司借款时作为证明材料提交，出境前请先结清欠款。",
     [(PP, "E68653667")], [U]),
    ("sms", "debtor",
     "【诚信分期】您好，您儿子罗子轩就读的育才小学下周开家长会，希望您在那之前处理好欠款。",
     [(P, "罗子轩")], [S, X]),
    ("sms", "debtor",
     "【诚信分期】您好，如您本人或家属近期患病住院，可提供诊断证明申请停催30天，详情回复1。", [], []),
    ("sms", "debtor",
     "付丽，你每周二四六晚上八点都在滨江健身房练瑜伽，我们的人知道去哪找你。",
     [(P, "付丽")], [S]),
    ("sms", "debtor",
     "【好期贷】您好，经核实，您的人脸识别信息与借款时不一致，请本人携带身份证到网点核验。", [], []),
    ("sms", "debtor",
     "【云贷】您好，您尾号3602的身份证对应账户已逾期，应还2,100元。如已还款请忽略。", [], []),
    ("sms", "debtor",
     "【云贷】您好，您在微粒贷、借呗、京东金条还有欠款共计五万余元，请如实告知还款计划。", [], [S]),
    ("sms", "debtor",
     "【宜家分期】周先生，您本期账单1,200元，还款账户：中国银行6217856207501251649（您本人名下），请确认资金到账。",
     [(BC, "6217856207501251649")], [U]),
    ("sms", "debtor",
     "【宜家分期】您好，还款请认准App内显示的对公账户，户名宜家分期科技有限公司，任何个人账户收款均为诈骗。",
     [], []),
    ("sms", "debtor",
     "【宜家分期】您好，您的爱人方敏、儿子方浩然均已登记为家庭联系人，为避免打扰家人，请尽快回电。",
     [(P, "方敏"), (P, "方浩然")], [X]),
    ("sms", "debtor",
     "【小橙分期】您好，您上周五下午三点在万达广场三楼刷卡消费2,380元，有钱消费却没钱还款？",
     [], [S]),
]

# --- to relatives, colleagues, neighbours and contacts -------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party",
     "【鑫源资产】您好，您的朋友何志明在我司委托平台借款8,600元已逾期47天，请转告其尽快处理。",
     [(P, "何志明")], [D]),
    ("sms", "third_party",
     "您好，您是唐晓燕的妹妹吧，她欠我们的钱一直拖着，她现在人在妇幼保健院待产，你们家里人劝劝她。",
     [(P, "唐晓燕")], [D, S]),
    ("sms", "third_party",
     "【融信通】您好，冒昧打扰，我们在找刘建平先生，如您认识他，请让他回电，与您本人无关。",
     [(P, "刘建平")], []),
    ("sms", "third_party",
     "刘建平的手机号18315445273一直关机，你是他同事，麻烦跟他说一下平台的欠款。",
     [(P, "刘建平"), (MB, "18315445273")], [D, U]),
    ("app", "third_party",
     "你好，我是安信资产的，你表哥韩冬在我们这有笔贷款没还，他最近是不是去了深圳龙华那边的工地？",
     [(P, "韩冬")], [D, S]),
    ("app", "third_party",
     "您好，您是韩冬登记的联系人，麻烦您转告他尽快联系我们，具体事宜我们只和本人沟通。",
     [(P, "韩冬")], []),
    ("sms", "third_party",
     "【佳贷金融】尊敬的许先生，您作为借款人许晴的担保人，所担保的借款已逾期，请您履行担保责任，金额23,400元。",
     [(P, "许晴")], []),
    ("sms", "third_party",
     "叔叔您好，您侄子彭博欠款不还，他老婆在县医院做透析，家里困难我们也理解，但钱总得还，他的卡号"
     "6222021609020907488您可以直接往里打。",
     [(P, "彭博"), (BC, "6222021609020907488")], [D, S, U]),
    ("call", "third_party",
     "坐席：您好，请问是曹雪梅吗\n第三方：不是，我是她同事\n坐席：那不好意思打扰了，麻烦您有机会让她给我们回个电话\n"
     "第三方：行",
     [(P, "曹雪梅")], []),
    ("call", "third_party",
     "坐席：请问是曹雪梅吗\n第三方：她不在，我是她同事\n坐席：那你告诉她，她在我们平台的三万块逾期两个月了，"
     "再不还我们就去你们公司找她\n第三方：哦",
     [(P, "曹雪梅")], [D]),
    ("sms", "third_party",
     "【快易花】您好，您的联系人（尾号4563）有重要事务，请提醒其查看短信。", [], []),
    ("sms", "third_party",
     "【快易花】您的好友杨帆（身份证410105****1234）在我平台借款逾期，请督促其还款。",
     [(P, "杨帆")], [D]),
    ("app", "third_party",
     "你好，我们是诚汇资产的，你同学郑凯欠款的事你知道吧？他上周五在市精神卫生中心住院了是吗，你帮我们问问。",
     [(P, "郑凯")], [D, S]),
    ("sms", "third_party",
     "您好，您女婿马骏在我司有逾期款项，他每天晚上十点下夜班从滨海路那个厂出来，请您转告他联系我们。",
     [(P, "马骏")], [D, S]),
    ("sms", "third_party",
     "您好，这里是宁城市友邦物流，我们在找马骏师傅核对一笔运费，请他回电0574-86623107。",
     [(P, "马骏"), (LL, "0574-86623107")], []),
    ("email", "third_party",
     "人事部负责人您好：\n贵司员工姜宇（身份证号340104197612258047）因个人借款逾期，欠本息合计41,280元，"
     "现请贵司协助从其工资中代扣。\n诚汇资产管理有限公司",
     [(P, "姜宇"), (ID, "340104197612258047")], [D, U]),
    ("email", "third_party",
     "人事部负责人您好：\n我司需联系贵司员工姜宇处理一项个人事务，烦请转告其拨打4009901166，"
     "我司不会要求贵司透露其任何信息。\n诚汇资产管理有限公司",
     [(P, "姜宇")], []),
    ("call", "third_party",
     "坐席：喂您好，是潘秀兰女士的家属吗\n第三方：我是她女儿\n坐席：你妈妈借款逾期了，她不是在做化疗嘛，"
     "那你先帮她还上吧，三千多\n第三方：你们怎么能这样",
     [(P, "潘秀兰")], [D, S]),
    ("sms", "third_party",
     "【融易借】您好，您的亲属黎明（手机号13043156763）在我平台有一笔待处理业务，请提醒其登录App查看。",
     [(P, "黎明"), (MB, "13043156763")], [D, U]),
    ("app", "third_party",
     "阿姨，你女儿冯佳欠我们钱不还还换了手机号，新号码是15630325233对吧？她现在住在她男朋友那儿，"
     "东城区和平里七区12号楼403。",
     [(P, "冯佳"), (MB, "15630325233"), (A, "东城区和平里七区12号楼403")], [D, S, U, X]),
    ("call", "third_party",
     "坐席：你好，是石磊的哥哥吗\n第三方：是，什么事\n坐席：他在我们这借的钱逾期了，他不是信佛嘛，"
     "每个月初一都去灵隐那边烧香，你劝劝他做人要讲诚信\n第三方：我知道了",
     [(P, "石磊")], [D, S]),
    ("sms", "third_party",
     "房东您好，您的租客严俊在我司借款逾期未还，请您在他交房租时提醒他还款。", [(P, "严俊")], [D]),
    ("email", "third_party",
     "王律师您好：\n贵所代理的当事人程浩一案，我司同意按照贵所来函提出的分期方案协商，请提供书面方案。\n"
     "瑞达资产 法务部",
     [(P, "程浩")], []),
]

# --- WeChat and QQ chats, group chats ---------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "third_party",
     "[业主群] 各位邻居好，7栋2单元801的业主龚振华欠我们平台五万多不还，大家见到他提醒一下。",
     [(A, "7栋2单元801"), (P, "龚振华")], [D, X]),
    ("app", "third_party",
     "[三年级二班家长群] 各位家长好，我是丁一诺家长的债权人，他爸丁军欠钱不还，孩子每天是他奶奶接的，"
     "大家可以问问。",
     [(P, "丁一诺"), (P, "丁军")], [D, S, X]),
    ("app", "debtor",
     "客服：您好，请问有什么可以帮您\n用户：我想问下我这个月能不能晚几天还，我妈住院了\n"
     "客服：理解您的情况，您可以在App里提交延期申请，我们会在两个工作日内回复。",
     [], []),
    ("app", "debtor",
     "专员：廖先生，你老婆在博爱医院妇产科住院待产，预产期是下个月三号，你这个时候更应该考虑还钱的事吧",
     [], [S]),
    ("app", "debtor",
     "用户：我的卡号是6217001348098690916，你们直接扣吧\n客服：好的，已为您提交扣款申请，扣款成功后会短信通知您。",
     [(BC, "6217001348098690916")], []),
    ("app", "debtor",
     "用户：我的卡号是6217001932626294166\n客服：收到，您确认是6217001932626294166这张卡吗？确认后我们发起扣款。",
     [(BC, "6217001932626294166"), (BC, "6217001932626294166")], [U]),
    ("app", "third_party",
     "[村民群] 通知：二组村民潘志强在网贷平台欠款六万多，已经被我们起诉，请各位不要借钱给他。",
     [(P, "潘志强")], [D]),
    ("app", "debtor",
     "专员：你微信运动每天一万多步，你去哪儿我们大概都清楚，早上六点在人民公园跑步的就是你吧？",
     [], [S]),
    ("app", "debtor",
     "专员：你好，我是安信资产的小黄，看到你在群里说最近腿摔伤了，先好好养着，还款的事我给你申请缓一周。",
     [], []),
    ("app", "debtor",
     "专员：你不是说你没钱吗，你支付宝余额宝里还有一万三，理财通两万，还有个招行的定期，我们都看得到。",
     [], [S]),
    ("app", "third_party",
     "[公司工作群] @全体成员 财务部的蔡小雨在外面欠了一屁股网贷，大家别借钱给她，她家住在桂园路9号。",
     [(P, "蔡小雨"), (A, "桂园路9号")], [D, X]),
    ("app", "debtor",
     "客服：您好，您的身份已验证，绑定的还款卡为建设银行尾号9463，本期应还1,540元。", [], []),
    ("app", "third_party",
     "[小区邻里群] 大家好，我是12栋的住户，有没有人认识1203的闫先生，他快递一直放我家门口。", [], []),
    ("app", "debtor",
     "专员：你们家闫伟、闫丽两个孩子在外地读大学对吧，学费都是你出的，你有钱交学费没钱还贷款？",
     [(P, "闫伟"), (P, "闫丽")], [X]),
    ("app", "debtor",
     "用户：我老公叫孔令军，你们有什么事找他\n专员：好的，您提到的孔令军先生是您的配偶，我们后续可以联系他吗？需要您同意。",
     [(P, "孔令军"), (P, "孔令军")], []),
    ("app", "third_party",
     "[家族群] 大家好，我是鲁斌的债主，他身份证号320582810403583，欠了我们三万，亲戚们帮忙催一下。",
     [(P, "鲁斌"), (ID, "320582810403583")], [D, U]),
    ("app", "debtor",
     "专员：你现在人在江苏昆山对吧，昨天晚上在花桥那边的快捷酒店住的，别躲了",
     [], [S]),
]

# --- letters to debtors, employers, schools, property managers and village committees ----------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor",
     "催缴函\n函号：XY催〔2025〕第0318号\n郑海涛先生：\n您于2024年6月在我司借款20,000元，截至本函发出之日"
     "已逾期63天，尚欠本息12,846.20元。请于2025年11月30日前通过我司App或对公账户还款。如有异议，"
     "请在收到本函后七日内致电4006335500提出。\n特此函告。\n信亿消费金融有限公司（盖章）\n2025年11月18日",
     [(P, "郑海涛")], []),
    ("notice", "debtor",
     "催缴函\n邹丽萍女士（身份证号13010419741216942X）：\n您在我司的借款已逾期91天，欠款18,300元。"
     "经查，您在邮储银行尚有存款约4万元、在另三家平台有在贷余额，请立即还款。\n信亿消费金融有限公司",
     [(P, "邹丽萍"), (ID, "13010419741216942X")], [S, U]),
    ("notice", "third_party",
     "致天成电子科技有限公司人力资源部：\n贵司员工夏天明（住址：高新区紫薇路128号5幢302室）在我司借款逾期，"
     "欠款28,650元。请贵司督促其还款，并告知其下落。\n华信资产管理有限公司",
     [(P, "夏天明"), (A, "高新区紫薇路128号5幢302室")], [D, X]),
    ("notice", "third_party",
     "致天成电子科技有限公司人力资源部：\n我司有一份致贵司员工夏天明先生的信件，因其地址变更无法投递，"
     "烦请转交本人。信件密封，内容仅限本人拆阅。\n华信资产管理有限公司",
     [(P, "夏天明")], []),
    ("notice", "third_party",
     "致育英中学初二（3）班班主任：\n贵校学生付乐乐之母付红霞在我司有大额欠款未还，联系不上本人。"
     "请老师在孩子放学时转告其家长，或告知我们其家长接送孩子的时间。",
     [(P, "付乐乐"), (P, "付红霞")], [D, S]),
    ("notice", "third_party",
     "锦绣花园物业服务中心：\n我司寄给8栋1单元502业主的挂号信件多次退回，请协助转交。该业主欠我司借款"
     "15,200元已逾期四个月。\n恒瑞消费金融",
     [(A, "8栋1单元502")], [D]),
    ("notice", "third_party",
     "锦绣花园物业服务中心：\n我司有一封寄给8栋1单元502业主的挂号信件多次投递未果，烦请通知业主到物业领取，谢谢。\n"
     "恒瑞消费金融",
     [(A, "8栋1单元502")], []),
    ("notice", "third_party",
     "致石桥村村民委员会：\n贵村三组村民卢德明在我司借款逾期两年，欠款三万余元。其子卢小虎在村小读四年级，"
     "请村委会协助做其家人工作。\n永诚资产",
     [(P, "卢德明"), (P, "卢小虎")], [D, S, X]),
    ("notice", "debtor",
     "还款提醒函\n尊敬的陆佳琪女士：\n您尾号5876的借款已逾期7天，应还2,315元。您可拨打客服热线95055"
     "或登录App申请延期。因疾病、灾害等特殊困难无法按期还款的，可提交证明材料申请个性化分期。\n"
     "小鹿分期 2025年10月9日",
     [(P, "陆佳琪")], []),
    ("notice", "debtor",
     "律师函\n致：温建华先生\n我所受委托，就您拖欠的借款事宜函告如下：截至本函之日，您欠付本息37,500元。"
     "经核实，您配偶温秀芝在市二中任教，您女儿温小雅在市二中初一（5）班就读，望您慎重考虑。\n"
     "北京市正平律师事务所",
     [(P, "温建华"), (P, "温秀芝"), (P, "温小雅")], [S, X]),
    ("notice", "debtor",
     "逾期提醒函\n谢永强先生：\n您在我司的借款逾期45天，欠款9,760元。您在我司留存的信息显示，您自2023年起"
     "患有糖尿病并长期服药，请勿因病拖延还款。",
     [(P, "谢永强")], [S]),
    ("notice", "debtor",
     "逾期提醒函\n谢永强先生：\n您在我司的借款逾期45天，欠款9,760元。如您因身体原因还款困难，可来电申请延期。"
     "联系电话：4006789900。",
     [(P, "谢永强")], []),
    ("notice", "debtor",
     "催收通知书\n债务人：龙海波  身份证：43010419840706125X\n您已逾期180天，未偿金额52,400元，"
     "请于15日内到本公司（和平区南京路88号）协商。",
     [(P, "龙海波"), (ID, "43010419840706125X"), (A, "和平区南京路88号")], [U]),
    ("notice", "third_party",
     "致新兴社区居民委员会：\n辖区居民关志远（住新兴街道团结路16号2单元）因欠款被我司起诉，其现已被"
     "刑事拘留于区看守所，请社区配合送达相关文书。",
     [(P, "关志远"), (A, "新兴街道团结路16号2单元")], [D, S, X]),
    ("notice", "debtor",
     "协商还款确认书\n甲方：信亿消费金融有限公司\n乙方：苏晓东（借款人本人）\n双方确认乙方欠款14,200元，"
     "分10期偿还，每期1,420元，还款日为每月12日。",
     [(P, "苏晓东")], []),
    ("notice", "debtor",
     "协商还款确认书\n乙方：苏晓东 身份证号码：310115199004268578 手机：13120751637 还款卡号：6217004117885770\n"
     "双方确认乙方欠款14,200元，分10期偿还。",
     [(P, "苏晓东"), (ID, "310115199004268578"), (MB, "13120751637"), (BC, "6217004117885770")], [U]),
    ("notice", "debtor",
     "告知函\n毛女士：\n经我司调查，您每月1日领取残疾人两项补贴，您所在的朝阳街道也已掌握相关情况，"
     "请您尽快还款。",
     [], [S]),
]

# --- case-transfer e-mails and work orders between agencies, complaint replies ------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown",
     "主题：案件移交 HX-2025-11-0472\n张经理：\n本批移交案件32户，明细见附件（已脱敏）。其中HX-0472-07号客户"
     "本人来电称已失业，请贵司调整跟进频率，优先协商分期。\n——华信资产 案件管理部 林琳",
     [(P, "林琳")], []),
    ("email", "unknown",
     "主题：案件移交补充材料\n客户：孟凡宇\n身份证：51010419921004491X\n手机：18860233780\n"
     "家庭住址：成都市锦江区东大街紫东楼段35号\n单位：锦江区某某物流公司仓储部\n配偶：刘晓慧 19132438635\n"
     "备注：客户有癫痫病史，去年住院两次，催收时注意措辞。",
     [(P, "孟凡宇"), (ID, "51010419921004491X"), (MB, "18860233780"), (A, "成都市锦江区东大街紫东楼段35号"),
      (P, "刘晓慧"), (MB, "19132438635")], [S, U, X]),
    ("email", "unknown",
     "工单号：WO-20251104-0088\n处理人：外包二组\n内容：客户投诉催收员电话骚扰其父亲，已核实，已将其父亲号码"
     "从联系人中删除，请各组不要再拨打。\n状态：已闭环",
     [], []),
    ("email", "unknown",
     "工单号：WO-20251104-0091\n客户：宋雅琴 尾号2704\n说明：客户目前在市肿瘤医院化疗，每周一三五上午在门诊，"
     "外访人员可以去门诊大厅找她。",
     [(P, "宋雅琴")], [S]),
    ("email", "unknown",
     "工单号：WO-20251104-0093\n客户：宋雅琴 尾号2704\n说明：客户反映身体原因暂无法还款，已按困难客户流程"
     "申请停催60天，到期后由组长复核。",
     [(P, "宋雅琴")], []),
    ("email", "unknown",
     "各位组长：\n近期外访组反馈，1103批次客户严振华的两个孩子在新区实验小学，放学时间是下午三点五十，"
     "家长会每周五，如需当面沟通可考虑该时段。",
     [(P, "严振华")], [S]),
    ("email", "unknown",
     "各位组长：\n请注意，外访只能在约定时间、约定地点与客户本人沟通，严禁在学校、医院、宗教场所等地点"
     "接触客户或其家属。违者按公司制度处理。\n合规部",
     [], []),
    ("email", "unknown",
     "转案说明：\n客户包晓峰（护照E34427628，身份证440305198608043145）长期在海外务工，本次移交贵司处理，"
     "其母亲包桂兰住东莞市南城区宏远路6号，电话13464316923，可联系。",
     [(P, "包晓峰"), (PP, "E34427628"), (ID, "440305198608043145"), (P, "包桂兰"), (A, "东莞市南城区宏远路6号"),
      (MB, "13464316923")], [U, X]),
    ("email", "unknown",
     "转案说明：\n客户编号C-880213，逾期132天，欠款33,760元，客户在境外，暂无法联系，建议按流程挂起。"
     "客户资料请在系统中按权限查阅，勿通过邮件传递。",
     [], []),
    ("email", "unknown",
     "主题：回复-客户流水核查\n经查，客户车文斌近六个月工资卡月均入账9,840元，另有每月3日固定转入2,000元"
     "（疑似房租收入），微信零钱余额约5,600元。",
     [(P, "车文斌")], [S]),
    ("email", "unknown",
     "主题：回复-客户还款能力评估\n客户车文斌已提交收入证明，月收入约一万元，建议按12期分期方案处理。",
     [(P, "车文斌")], []),
    ("email", "unknown",
     "外访报告\n日期：11月6日\n客户：牛建新\n结果：客户本人不在家，其妻子称他在湖北孝感老家照顾瘫痪在床的父亲，"
     "每天上午在县中医院做康复。",
     [(P, "牛建新")], [S]),
    ("email", "debtor",
     "尊敬的钟先生：\n您11月2日的投诉已收到。经核查，我司催收人员在通话中提及您的就医情况确有不当，"
     "已对相关人员进行处理。您的还款计划保持不变。\n信亿消费金融 客户服务部",
     [], []),
    ("email", "debtor",
     "尊敬的钟先生：\n您的投诉已收到。经核查，您今年8月在省人民医院心内科住院12天，9月复诊两次，"
     "我司催收人员在了解上述情况后仍致电属实，已处理。",
     [], [S]),
    ("email", "debtor",
     "尊敬的欧阳女士：\n关于您投诉我司工作人员联系您弟弟欧阳杰（13279143697）一事，经核查属实，"
     "已将欧阳杰的号码从联系名单中移除。",
     [(P, "欧阳杰"), (MB, "13279143697"), (P, "欧阳杰")], [U, X]),
    ("email", "debtor",
     "尊敬的欧阳女士：\n关于您投诉我司工作人员联系您家属一事，经核查属实，已将该号码从联系名单中移除，"
     "并向您致歉。",
     [], []),
    ("app", "debtor",
     "客服：您好，关于您反映的问题，我们已核实：您的身份证号码210102199703025377、银行卡6258072504252110"
     "均未被泄露，请放心。",
     [(ID, "210102199703025377"), (BC, "6258072504252110")], [U]),
    ("email", "debtor",
     "回复：您的投诉单TS2025110700031已处理。投诉人：上官婉儿，联系地址：杭州市西湖区文三路259号，"
     "工作单位：杭州某某网络科技有限公司，处理结果：已道歉。",
     [(P, "上官婉儿"), (A, "杭州市西湖区文三路259号")], [X]),
]

# --- Cantonese and traditional characters ---------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor",
     "【快易財務】陳生，你張卡6226091811925126今期未還款，請盡快處理，唔該。",
     [(BC, "6226091811925126")], [U]),
    ("sms", "debtor",
     "【快易財務】陳生，你尾號5126嘅戶口今期未有還款，請盡快處理，有問題可以打返客服。", [], []),
    ("call", "debtor",
     "坐席：喂，係咪李太呀\n客戶：係，咩事\n坐席：我哋係德信財務嘅，你個仔李家俊喺聖保祿小學讀四年班，"
     "每日三點半放學，你都唔想我哋去學校搵佢啩\n客戶：你哋咪亂嚟",
     [(P, "李家俊")], [S, X]),
    ("call", "debtor",
     "坐席：喂，係咪李太呀\n客戶：係\n坐席：我哋係德信財務嘅，提你一聲，你今期供款過咗期五日，"
     "有需要可以申請延期\n客戶：好，我聽日去搞",
     [], []),
    ("app", "debtor",
     "專員：黃小姐，你屋企住喺觀塘道四百號嗰座，你老公黃志偉喺尖沙咀做保安，我哋全部知㗎。",
     [(A, "觀塘道四百號"), (P, "黃志偉")], [X]),
    ("sms", "third_party",
     "你好，你朋友梁嘉欣欠我哋公司兩萬蚊，已經過咗期三個月，麻煩你叫佢覆個電話。",
     [(P, "梁嘉欣")], [D]),
    ("sms", "third_party",
     "你好，我哋想搵梁小姐，麻煩你叫佢覆個電話，唔該晒。", [], []),
    ("notice", "debtor",
     "催收通知\n蔡家明先生：\n閣下於本公司之貸款已逾期六十日，尚欠港幣18,600元。據悉閣下每星期日上午"
     "於灣仔循道衛理堂參加崇拜，請勿再迴避。",
     [(P, "蔡家明")], [S]),
    ("notice", "debtor",
     "還款通知\n蔡家明先生：\n閣下於本公司之貸款已逾期六十日，尚欠港幣18,600元，請於十四日內還款或聯絡本公司商討還款安排。",
     [(P, "蔡家明")], []),
    ("app", "debtor",
     "專員：你上個禮拜喺瑪麗醫院睇精神科，醫生開咗藥俾你，有錢睇醫生冇錢還錢？",
     [], [S]),
    ("call", "third_party",
     "坐席：喂你好，請問係咪周振邦嘅同事\n第三方：係，做咩\n坐席：佢欠我哋錢，護照號碼E72274115，"
     "你同佢講聲\n第三方：我唔知喎",
     [(P, "周振邦"), (PP, "E72274115")], [D, U]),
    ("sms", "debtor",
     "【富邦分期】鄺生，你喺葵涌嗰份工每月頭出糧，出糧之後記得即刻還款，我哋會睇住你個戶口。",
     [], [S]),
    ("app", "third_party",
     "[街坊群] 各位街坊，大埔廣福道十二號三樓嘅伍志強欠咗我哋錢唔還，大家見到佢話俾佢知。",
     [(A, "大埔廣福道十二號三樓"), (P, "伍志強")], [D, X]),
]

# --- identifiers in every written and spoken form ------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor",
     "【恒瑞消费金融】邵先生，经核实您的手机号１３７３５８９７１２２已停机，请更新联系方式。",
     [(MB, "１３７３５８９７１２２")], [U]),
    ("app", "debtor",
     "专员：核对下你的身份证 １４０１０５１９６７０４２７０３８Ｘ 没错吧，没错的话今天把钱还了。",
     [(ID, "１４０１０５１９６７０４２７０３８Ｘ")], [U]),
    ("sms", "debtor",
     "尊敬的客户：您的身份证440305 1963 1015 306x已被列入重点催收名单，请尽快还款。",
     [(ID, "440305 1963 1015 306x")], [U]),
    ("call", "debtor",
     "坐席：你手机号是不是1五8 九九八二 0六五7\n客户：是\n坐席：行，那个号我们会持续联系",
     [(MB, "1五8 九九八二 0六五7")], [U]),
    ("call", "debtor",
     "坐席：我报一下你的卡号 六二三零 五八零八 零四八九\n客户：嗯\n坐席：四八幺七 八七三 对吧",
     [], [U]),
    ("email", "debtor",
     "贺女士您好：\n您办理护照Ｅ７９８５８８０２时预留的信息与借款资料一致，请于本周内还款，否则将影响您的出行。",
     [(PP, "Ｅ７９８５８８０２")], [U]),
    ("email", "debtor",
     "贺女士您好：\n我司不会以限制出境相威胁。您的借款已逾期，请于本周内联系我们协商。联系电话："
     "０２１－５８８６２２１０转８０３（工作日9:00-18:00）。",
     [(LL, "０２１－５８８６２２１０")], []),
    ("notice", "debtor",
     "还款通知书\n借款人：晏志鹏\n身份证号码：130104611027888\n截至本通知发出日，您尚欠本息4,980元。",
     [(P, "晏志鹏"), (ID, "130104611027888")], [U]),
    ("notice", "debtor",
     "还款通知书\n借款人：晏志鹏\n身份证号码：130104*********88\n截至本通知发出日，您尚欠本息4,980元。",
     [(P, "晏志鹏")], []),
    ("sms", "debtor",
     "【速贷宝】请点击 https://m.sudaibao.cn/pay?uid=17702125729&loan=SD2025118 完成还款。",
     [(MB, "17702125729")], [U]),
    ("sms", "debtor",
     "【速贷宝】您的还款凭证：https://m.sudaibao.cn/r/520102199201278107 请妥善保存。",
     [(ID, "520102199201278107")], [U]),
    ("app", "debtor",
     "专员：你那张工行卡 6216-6130-7776-3363-101 上个月还有进账，别说没钱。",
     [(BC, "6216-6130-7776-3363-101")], [S, U]),
    ("sms", "debtor",
     "【宝易借】身份证号：450103198012022704；姓名：庞桂英；应还：3,260.00元；逾期：21天。",
     [(ID, "450103198012022704"), (P, "庞桂英")], [U]),
    ("sms", "debtor",
     "【宝易借】姓名：庞**；应还：3,260.00元；逾期：21天；客服：95566。", [], []),
    ("call", "debtor",
     "坐席：嗯喂 您好 那个 您身份证号我念一下 三一零 幺幺五 幺九九三 零三二八\n客户：对对\n坐席：四九三零 "
     "嗯 没错 那就是您本人",
     [], [U]),
    ("call", "debtor",
     "坐席：我这边核实一下您本人，您的身份证后六位是多少\n客户：二八四九三零\n坐席：好的核实通过",
     [], []),
    ("email", "unknown",
     "转：客户冉晓东名下护照 E 0849 2671 与身份证 620102196203258302 信息一致，请按境外客户流程处理。",
     [(P, "冉晓东"), (PP, "E 0849 2671"), (ID, "620102196203258302")], [U]),
    ("sms", "debtor",
     "【信达分期】您好，您的手机号码133-4100-0211将被登记为还款提醒号码，如非本人请回复N。",
     [(MB, "133-4100-0211")], [U]),
    ("sms", "debtor",
     "【信达分期】逾期提醒：卡号6228.4845.9670.9575扣款失败，请及时存入。",
     [(BC, "6228.4845.9670.9575")], [U]),
    ("app", "debtor",
     "专员：你老婆祁燕手机158.9982.0657我已经打过了，她说你在外面欠的钱她一分不知道。",
     [(P, "祁燕"), (MB, "158.9982.0657")], [U, X]),
    ("call", "debtor",
     "坐席：您好，请问是项先生吗，尾号幺幺五八\n客户：是的\n坐席：您的借款逾期两天，方便的话今天处理下",
     [], []),
    ("notice", "debtor",
     "逾期告知书\n致：任红梅（身份证号：37020320030820932X，手机：19994989498）\n您于我司的借款已逾期三十天。",
     [(P, "任红梅"), (ID, "37020320030820932X"), (MB, "19994989498")], [U]),
    ("notice", "debtor",
     "逾期告知书\n致：任红梅（证件尾号932X，手机尾号9498）\n您于我司的借款已逾期三十天，请于十日内还款。",
     [(P, "任红梅")], []),
    ("sms", "debtor",
     "【豆豆钱】您好，您尾号0086的借记卡今日到账工资12,360元，请即刻还款，以免扣款失败。",
     [], [S]),
    ("call", "debtor",
     "坐席：手机号您确认一下，一八五九 六八三 幺六六三\n客户：那是我老婆的\n坐席：那您老婆的号我们也记一下",
     [(MB, "一八五九 六八三 幺六六三")], [U]),
    ("app", "third_party",
     "你好，你是谷晨的室友吧？他欠款不还，这是他的身份证号 460106 19671113 7051 你们认识的话让他联系我。",
     [(P, "谷晨"), (ID, "460106 19671113 7051")], [D, U]),
    ("email", "unknown",
     "客户资料核对：\n姓名：管磊\n证件：36010219630125386X\n联系电话：(0791)8612 3377\n手机：147-9830-7391",
     [(P, "管磊"), (ID, "36010219630125386X"), (LL, "(0791)8612 3377"), (MB, "147-9830-7391")], [U]),
    ("sms", "debtor",
     "【乐分期】您好，您的借款已逾期，如需协商请致电０２０－８７６５４３２１转２，工作日9点至18点。",
     [(LL, "０２０－８７６５４３２１")], []),
    ("sms", "debtor",
     "【及时雨】你身份证号码是二二零幺零四一九七四零八零七三九六幺，别以为换了号码我们就找不到你。",
     [(ID, "二二零幺零四一九七四零八零七三九六幺")], [U]),
    ("app", "debtor",
     "专员：我再发一遍你的卡号，622609/2510/442389，你自己核对。",
     [], [U]),
    ("call", "debtor",
     "坐席：你这个身份证 四三零幺零四 两零零零零五幺六 两三九叉 是你本人的吧\n客户：是",
     [(ID, "四三零幺零四 两零零零零五幺六 两三九叉")], [U]),
]

# --- decoys: numbers that are no one's identifier, masked forms, amounts, timestamps ---------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor",
     "【恒瑞消费金融】您的借款合同HR20251103000187项下本期应还2,150.00元，请于11月20日前还款。", [], []),
    ("sms", "debtor",
     "【恒瑞消费金融】您的借款编号330106201913450021已结清，感谢您的信任。", [], []),
    ("sms", "debtor",
     "【顺丰速运】您的快件SF1402938475621已由前台代收，如有疑问请联系派件员。", [], []),
    ("email", "debtor",
     "您好，您投保的保单号8802 0251 1003 3397 6已生效，保险期间自2025年12月1日零时起。", [], []),
    ("sms", "debtor",
     "【易借】您的还款已到账，交易流水号20251105143022884617，金额1,530.00元。", [], []),
    ("notice", "debtor",
     "受理通知书\n案号：（2025）浙0106民初18823号\n您与信亿消费金融有限公司借款合同纠纷一案，本院已受理。", [], []),
    ("email", "unknown",
     "案件编号：HX-2025-11-0472-07\n批次号：440305991399001\n逾期金额：21,400.00\n账龄：M3\n处理建议：协商分期",
     [], []),
    ("sms", "debtor",
     "【小橙分期】您的订单号620102202514300076的退款1,299元已原路退回。", [], []),
    ("sms", "debtor",
     "【小橙分期】您尾号1158的手机号已成功绑定，如非本人操作请致电客服。", [], []),
    ("app", "debtor",
     "客服：您好，您的卡号 6222 **** **** 7488 本期已自动扣款成功，金额860元。", [], []),
    ("app", "debtor",
     "客服：您的身份证 310115********8578 已通过实名核验，可以在App内查看借款合同。", [], []),
    ("sms", "debtor",
     "【鑫源资产】您的案件编号XY-1029-3318-4471已分配至协商专员，请拨打4006887712转2。", [], []),
    ("email", "unknown",
     "对账单\n期间：2025-10-01至2025-10-31\n回款笔数：1,382\n回款总额：13,805,672.50元\n批次号：20251031235959\n",
     [], []),
    ("sms", "debtor",
     "【中通快递】运单号78123456901234，您的法律文书已由本人签收。", [], []),
    ("sms", "debtor",
     "【融信通】您的借据号10245678901已生成，借款金额5,000元，期限12个月。", [], []),
    ("sms", "debtor",
     "【融信通】验证码386027，您正在绑定尾号7488的还款卡，5分钟内有效，切勿告知他人。", [], []),
    ("app", "debtor",
     "客服：您的还款申请单号 2025 1107 0003 1245 已提交，预计两个工作日内处理完毕。", [], []),
    ("email", "debtor",
     "发票号码：25442000000123456789\n开票日期：2025年11月7日\n金额：¥326.42\n开票方：小鹿分期科技有限公司",
     [], []),
    ("sms", "debtor",
     "【宜家分期】您的分期协议编号610113201802300045已生效，首期还款日为12月8日。", [], []),
    ("call", "debtor",
     "坐席：您好，我这边是宜家分期，您尾号三六零二的借款今天到期，应还一千二\n客户：好我晚上还\n"
     "坐席：好的，感谢您的配合",
     [], []),
    ("call", "debtor",
     "坐席：您记一下您的案件号，HX两零两五幺幺零四七二零七\n客户：记下了\n坐席：以后来电报这个号就行",
     [], []),
    ("app", "debtor",
     "客服：您好，您可以拨打我司统一客服热线 400-821-6688 或 95055 查询借款情况，请勿相信其他来电。", [], []),
    ("notice", "debtor",
     "结清证明\n兹证明借款人沈丽华（证件号码：4503**********2975）在我司借款合同HQ2023091200561项下的"
     "全部借款本息已于2025年11月3日结清。\n好期贷（盖章）",
     [(P, "沈丽华")], []),
    ("sms", "debtor",
     "【金瑞贷】您好，您的交易参考号622848202513050918已入账，本期已结清。", [], []),
    ("sms", "debtor",
     "【速易贷】您好，您的合同编号SYD-340104-201913-0047已逾期，请尽快还款。", [], []),
]

# --- texts that look risky and are not: near-misses for the sensitive and the excessive --------------------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor",
     "【信亿消费金融】您好，因近期台风影响，受灾地区客户可申请延期还款30天，申请入口：App-我的-困难帮扶。", [], []),
    ("call", "debtor",
     "坐席：您好，我是信亿消费金融的小陈，您的借款逾期了\n客户：我在医院陪我爸，他刚做完心脏搭桥\n"
     "坐席：那您先忙，我这边备注一下，下周再跟您联系",
     [], []),
    ("app", "debtor",
     "用户：我最近失业了，还在找工作\n专员：明白，您可以申请最长三个月的停息挂账，我把申请链接发给您。",
     [], []),
    ("email", "debtor",
     "尊敬的客户：\n您提交的住院证明已收到，经审核，您的还款已延期至2026年1月15日，延期期间不产生罚息。\n信亿消费金融",
     [], []),
    ("notice", "debtor",
     "还款提醒函\n尊敬的邱国庆先生：\n您的借款已逾期30天，欠款6,400元。本函寄往您在借款时预留的地址"
     "（福州市鼓楼区五四路158号），如地址有误，请来电更正。",
     [(P, "邱国庆"), (A, "福州市鼓楼区五四路158号")], []),
    ("sms", "debtor",
     "【好分期】您好，我是您的专属协商员郝明，工号HF0239，如需协商还款请拨打4008800123转0239。",
     [(P, "郝明")], []),
    ("notice", "third_party",
     "担保责任履行通知书\n致保证人：任志成先生\n您于2024年3月为借款人任小军提供连带责任保证，现借款已逾期，"
     "请您在十五日内履行保证责任，代偿金额18,900元。",
     [(P, "任志成"), (P, "任小军")], []),
    ("call", "debtor",
     "坐席：您好，核实一下，您是黄丽娟本人吗\n客户：是\n坐席：我是融信通的，您的借款逾期七天，金额一千五，"
     "今天能还上吗\n客户：能",
     [(P, "黄丽娟")], []),
    ("sms", "debtor",
     "【融易借】您好，根据您的申请，我司已暂停对您家庭成员的联系，后续仅与您本人沟通。", [], []),
    ("email", "debtor",
     "卜先生您好：\n您申请的还款计划已生效。我司已按您的要求，将您的工作单位信息从联系资料中删除，"
     "今后不会致电您单位。",
     [], []),
    ("sms", "debtor",
     "【云贷】您好，您申请的公积金贷款提前还款不属于我司业务，请咨询当地住房公积金管理中心。", [], []),
    ("notice", "debtor",
     "开庭传票（送达回证）\n案号：（2025）湘0104民初5521号\n受送达人：姚强\n应到处所：长沙市岳麓区人民法院"
     "第六法庭（岳麓区麓山南路215号）",
     [(P, "姚强"), (A, "岳麓区麓山南路215号")], []),
    ("app", "debtor",
     "专员：我是安信资产的调解员胡晓，您之前说孩子下个月要交学费，我们可以把本月还款推迟到月底。",
     [(P, "胡晓")], []),
    ("call", "debtor",
     "坐席：您好，您之前说您在住院，现在身体好些了吗\n客户：好多了\n坐席：那就好，您看这个月能还一部分吗，"
     "不方便的话也可以再分期\n客户：还五百吧",
     [], []),
    ("sms", "debtor",
     "【豆豆钱】您好，为保护您的隐私，我司不会向您的亲友、同事透露任何借款信息。如有人冒用我司名义，请报警。",
     [], []),
    ("email", "unknown",
     "各外包机构：\n自12月1日起，工单中不得出现客户的完整身份证号、银行卡号、手机号，以及病情、家庭成员等与"
     "催收无关的信息，违者暂停派案。\n信亿消费金融 合规部",
     [], []),
    ("app", "debtor",
     "客服：您好，您绑定的还款卡为尾号7250的农业银行卡，如需更换请在App内操作，我们不会索要您的密码。", [], []),
    ("notice", "debtor",
     "分期还款协议\n甲方：小鹿分期科技有限公司（地址：上海市徐汇区漕溪北路331号）\n乙方：鲍丽\n"
     "乙方分12期偿还欠款7,800元。",
     [(A, "上海市徐汇区漕溪北路331号"), (P, "鲍丽")], []),
    ("call", "debtor",
     "坐席：喂，您好，是桂先生吗\n客户：我是，我刚从派出所出来，手机被偷了\n坐席：哎呀那您先处理，"
     "还款的事不急，过两天再说",
     [], []),
    ("app", "debtor",
     "专员：您好，您说您信佛不方便周日谈事，那我们改到周一上午联系您可以吗？",
     [], []),
    ("email", "debtor",
     "尊敬的客户：\n感谢您的反馈。您提到的身体原因我们已记录在案，仅用于办理延期，不会用于其他用途，"
     "也不会告知任何第三方。",
     [], []),
]

# --- more voices: what is not needed and what is sensitive, said the way collectors say it --------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor",
     "汤先生，你丈人汤德福在城西菜市场卖鱼，摊位第三排，你要是不好意思开口，我们替你去说。",
     [(P, "汤德福")], [X]),
    ("sms", "debtor",
     "【众鑫分期】尊敬的雷先生，您的欠款已逾期，您岳母吴秀珍（电话17349480182）表示愿意协助沟通，请尽快回电。",
     [(P, "吴秀珍"), (MB, "17349480182")], [U, X]),
    ("app", "debtor",
     "专员：你老公是不是在东风汽车三厂上夜班？他叫凌志远对吧，我们下个月去厂门口等他下班。",
     [(P, "凌志远")], [S, X]),
    ("call", "debtor",
     "坐席：喂，贝女士，你每个月产检都去妇幼保健院的吧，下次产检是十八号上午，我们那天过去跟你聊\n客户：你们别这样",
     [], [S]),
    ("sms", "debtor",
     "季先生，你做完支架才两个月，天天还去打麻将，有钱打牌没钱还账？",
     [], [S]),
    ("app", "debtor",
     "专员：你女儿在星星艺术培训学校学舞蹈，每周六上午九点上课，这个我们都清楚。",
     [], [S]),
    ("sms", "debtor",
     "【安信资产】任志强先生，您登记的工作单位为江南造船集团涂装车间，单位地址浦东新区长兴岛江南大道988号，"
     "请勿回避催收。",
     [(P, "任志强"), (A, "浦东新区长兴岛江南大道988号")], [X]),
    ("email", "debtor",
     "万先生：\n你父亲万国华、母亲赵桂芝、弟弟万小兵的电话我们都有，你要是再不接电话，我们只能挨个打了。",
     [(P, "万国华"), (P, "赵桂芝"), (P, "万小兵")], [X]),
    ("call", "debtor",
     "坐席：你手机定位昨天晚上在城东那个洗浴中心，凌晨两点才走，你别跟我说在加班\n客户：你们监控我？",
     [], [S]),
    ("sms", "debtor",
     "【快借】顾先生，您本月在其他平台新借款三笔，最近一笔于11月2日在花呗分期，额度已用完，请优先归还我司款项。",
     [], [S]),
    ("notice", "debtor",
     "催款通知\n柳文斌先生：\n您的借款逾期已达120天。我司了解到您目前在本市看守所羁押，请您委托家属代为处理还款事宜。",
     [(P, "柳文斌")], [S]),
    ("app", "debtor",
     "专员：你不是在搞社区矫正吗，每周一要去司法所报到，你说我们要不要去司法所找你？",
     [], [S]),
    ("call", "debtor",
     "坐席：詹女士，您儿子詹宇航高三了吧，在市一中理科重点班，快高考了，您也不想家里出事吧\n客户：……",
     [(P, "詹宇航")], [S, X]),
    ("sms", "debtor",
     "【速易贷】您好，我们注意到您每天下午在县医院康复科做理疗，请在治疗间隙抽空处理欠款。",
     [], [S]),
    ("sms", "debtor",
     "【诚信分期】范先生，您哥哥范立新在区税务局上班，您嫂子在附近中学当老师，一家人都是体面人，何必为了这点钱闹难看。",
     [(P, "范立新")], [X]),
    ("email", "debtor",
     "邵女士：\n你户口本上的家庭成员我们都核实过了：丈夫邵建军，女儿邵雨萱，婆婆孙凤英，住址均为城关镇"
     "解放路44号。请你正视欠款问题。",
     [(P, "邵建军"), (P, "邵雨萱"), (P, "孙凤英"), (A, "城关镇解放路44号")], [X]),
    ("app", "debtor",
     "专员：你是穆斯林吧，每个主麻日都在东关清真寺，礼拜完我们在门口等你。",
     [], [S]),
    ("call", "debtor",
     "坐席：嗯 你那个 低保证 我们也知道 你每个月领低保 还在外面借钱 这说不过去吧\n客户：我低保也是要生活的",
     [], [S]),
    ("sms", "debtor",
     "【及时雨】你在闲鱼上卖东西的收入每月四五千，微信收款记录我们都看过了，别再说没钱。",
     [], [S]),
    ("notice", "debtor",
     "逾期告知\n戴志华先生：\n经查，您现任鸿远物流有限公司副总经理，家住西湖区文一西路1200号碧桂园18幢，"
     "妻子戴丽在区人民医院工作。请您按期还款。",
     [(P, "戴志华"), (A, "西湖区文一西路1200号碧桂园18幢"), (P, "戴丽")], [X]),
    ("app", "debtor",
     "专员：你上周三下午坐G1372从上海虹桥去了长沙南，八号车厢，对吧？跑到哪儿都一样。",
     [], [S]),
    ("sms", "debtor",
     "【好分期】鞠女士，您丈夫鞠海的手机19317310912我们已联系过，他说让您自己处理。",
     [(P, "鞠海"), (MB, "19317310912")], [U, X]),
    ("app", "debtor",
     "专员：你是退伍军人吧？在武装部登记过，欠钱不还给部队丢脸。",
     [], [S]),
    ("sms", "debtor",
     "聂先生，你儿子聂晨阳每天早上六点五十坐三路公交去上学，在实验中学门口下车，你好好想想。",
     [(P, "聂晨阳")], [S, X]),
    ("email", "debtor",
     "尊敬的客户：\n根据我司调取的信息，您的社保缴费基数为6,800元，个人医保账户余额2,310元，"
     "您有能力每月还款1,500元以上。",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，请问是宁先生吗\n客户：是\n坐席：我们是德信资产的，你们家宁采薇在市三中读初二对吧，"
     "你再不还钱，我们就只能去学校问问班主任了\n客户：关孩子什么事",
     [(P, "宁采薇")], [S, X]),
    ("app", "debtor",
     "专员：你媳妇郑秋菊在四季青服装市场二楼有个档口，我们去过了，生意挺好的嘛。",
     [(P, "郑秋菊")], [X]),
    ("sms", "debtor",
     "【快易花】裴先生，您上月住的那家月子中心一个月三万八，您却说没钱还八千块？",
     [], [S]),
    ("call", "debtor",
     "坐席：喂你好，这边看到你上个月刚从戒毒所出来\n客户：你们怎么知道的\n坐席：我们什么都知道，出来了就好好还钱",
     [], [S]),
    ("email", "debtor",
     "彭女士：\n您的借款已逾期。经查您在招商银行尾号2110的账户当前余额28,460.13元，建议您立即安排还款。",
     [], [S]),
    ("sms", "debtor",
     "【宝易借】您好，您女儿邓欣然（13岁）已被登记为紧急联系人，请尽快处理欠款以免打扰未成年人。",
     [(P, "邓欣然")], [S, X]),
    ("call", "debtor",
     "坐席：您好，这边是鑫源资产，跟您说下您的还款情况\n客户：我最近在做心理咨询，状态很差\n"
     "坐席：你那个心理咨询每次三百块，一周两次，钱都花这上面了是吧",
     [], [S]),
    ("app", "debtor",
     "专员：你那个HIV的检查报告我们看到了，你借款时上传的材料里有，你自己掂量掂量。",
     [], [S]),
    ("sms", "debtor",
     "屈先生，你每个星期四晚上去阳光酒吧喝酒到十二点，我们有人看见了，有钱喝酒没钱还钱？",
     [], [S]),
    ("notice", "debtor",
     "告知书\n蓝海燕女士：\n您的借款已逾期。您的前夫黄家驹、现任丈夫陈永康的联系方式均登记在案，"
     "请勿让我们联系他们。",
     [(P, "蓝海燕"), (P, "黄家驹"), (P, "陈永康")], [X]),
    ("app", "debtor",
     "专员：你家老人在福寿园养老院住着吧，三楼东头那间，每个月费用四千多，这钱你倒是舍得。",
     [], [S]),
    ("email", "debtor",
     "苗先生：\n您在股票账户里尚有市值约九万元的持仓，且近期有买入记录，我司认为您具备还款能力，"
     "请于三日内还款。",
     [], [S]),
    ("call", "debtor",
     "坐席：习女士您好，您先生习文涛在龙湖物业当保安队长，他单位电话零七五五 两六六五 幺三三零我们也有\n"
     "客户：你们想怎样",
     [(P, "习文涛"), (LL, "零七五五 两六六五 幺三三零")], [X]),
    ("sms", "debtor",
     "【云贷】您好，您绑定的支付宝账户显示本周有五笔转入，合计7,200元，请优先用于还款。",
     [], [S]),
    ("app", "debtor",
     "专员：你每天早上八点在万象城对面的星巴克门口等你们公司班车，我说得对吧。",
     [], [S]),
    ("sms", "debtor",
     "【融信通】褚先生，您的父亲褚志刚住在老家褚家湾村五组18号，他年纪大了，您别让老人家操心。",
     [(P, "褚志刚"), (A, "褚家湾村五组18号")], [X]),
    ("call", "debtor",
     "坐席：你在朋友圈发了在协和医院排队挂号，挂的是生殖中心的号，你有钱看这个病没钱还钱？\n客户：你们看我朋友圈？",
     [], [S]),
    ("app", "debtor",
     "专员：你们家孩子下周二在人民医院做疝气手术对吧，住院押金就要五千，你先把我们这笔还了。",
     [], [S]),
    ("sms", "debtor",
     "【宜家分期】您好，您的配偶卓丽娟已在我司平台注册，其名下亦有一笔借款，请夫妻二人共同商量还款。",
     [(P, "卓丽娟")], [X]),
    ("call", "debtor",
     "坐席：喂，你妹妹单子涵在深圳华强北那家手机店上班吧，我们同事过去问问她\n客户：别去找她",
     [(P, "单子涵")], [X]),
    ("notice", "debtor",
     "欠款催告函\n阎立新先生：\n您目前服务于国网某供电公司，单位地址江北区建新东路3号，住址江北区北城天街"
     "9号2单元1704。您如继续拖欠，我司将依法维权。",
     [(P, "阎立新"), (A, "江北区建新东路3号"), (A, "江北区北城天街9号2单元1704")], [X]),
    ("sms", "debtor",
     "【信达分期】您好，您的公积金每月缴存2,460元，账户余额可提取部分约3万元，建议提取后还款。",
     [], [S]),
    ("email", "debtor",
     "惠女士：\n你前年在妇产医院做的那次手术，病历我们这边都有，你要是不还钱，后果自负。",
     [], [S]),
    ("call", "debtor",
     "坐席：你老公每天几点下班几点到家，我们都清楚，晚上六点半从公司走，七点一刻到你们小区门口\n客户：你们跟踪他？",
     [], [S]),
]

# --- the last batch: letters, work orders and chats that say more than they need ------------------------------

LAST_BATCH: list[PiplEntry] = [
    ("notice", "third_party",
     "致阳光里小区物业管理处：\n贵小区6号楼2单元1101住户柏志勇（手机18790889334）拖欠我司借款26,000元，"
     "请物业在其缴纳物业费时告知其联系我司。",
     [(A, "6号楼2单元1101"), (P, "柏志勇"), (MB, "18790889334")], [D, U]),
    ("notice", "third_party",
     "致新华书店连锁有限公司行政部：\n贵司员工苗凤霞拖欠我司款项，其丈夫苗建设、女儿苗苗的联系方式我司已掌握，"
     "请贵司协助转告。",
     [(P, "苗凤霞"), (P, "苗建设"), (P, "苗苗")], [D, X]),
    ("email", "third_party",
     "尊敬的HR：\n贵司员工巫晓明（工号A10388，邮箱wuxiaoming@bright-tech.cn）在我平台借款逾期，"
     "请协助提供其最新联系方式。\n此致\n德信资产 外访部 何蕾 helei@dexin-am.cn",
     [(P, "巫晓明"), (EM, "wuxiaoming@bright-tech.cn"), (P, "何蕾"), (EM, "helei@dexin-am.cn")], [D]),
    ("email", "debtor",
     "巫先生您好：\n关于您的借款还款事宜，请于本周五前与我联系。\n德信资产 外访部 何蕾\n"
     "邮箱：helei@dexin-am.cn  电话：023-68809912",
     [(P, "何蕾"), (EM, "helei@dexin-am.cn"), (LL, "023-68809912")], []),
    ("email", "unknown",
     "转派单：\n客户：龚晓丽，身份证45010319970722688X，工作单位：南宁市青秀区某某幼儿园（保育员），"
     "丈夫：龚志勇，电话15332046569，婆婆同住，住址青秀区民族大道136号。\n备注：客户怀孕七个月，近期请假在家。",
     [(P, "龚晓丽"), (ID, "45010319970722688X"), (P, "龚志勇"), (MB, "15332046569"), (A, "青秀区民族大道136号")],
     [S, U, X]),
    ("email", "unknown",
     "转派单：\n客户编号：C-902117\n逾期天数：58\n欠款：9,320元\n备注：客户本人来电表示身体原因暂时无法工作，"
     "已按流程登记，请勿频繁外呼。",
     [], []),
    ("app", "third_party",
     "[装修工友群] 谁认识瓦工梅师傅？他欠我们公司网贷一万八，电话17505875630，见到让他还钱。",
     [(MB, "17505875630")], [D, U]),
    ("app", "third_party",
     "[教会团契群] 弟兄姊妹们，严慧敏姊妹欠了我们公司钱，她每周日都来聚会，请大家劝她早日还清。",
     [(P, "严慧敏")], [D]),
    ("call", "third_party",
     "坐席：喂，是武大伟的老丈人吗\n第三方：是啊\n坐席：你女婿在我们这借了四万，他最近在骨科医院住院，"
     "你们家谁能先还一下\n第三方：他住院我都不知道",
     [(P, "武大伟")], [D, S]),
    ("call", "third_party",
     "坐席：喂您好，请问是武大伟吗\n第三方：不是，你打错了\n坐席：不好意思打扰了",
     [(P, "武大伟")], []),
    ("sms", "third_party",
     "【众鑫分期】您好，您的同事付晓光在我司借款逾期，他的身份证号码是340104198705046099，请转告他尽快还款。",
     [(P, "付晓光"), (ID, "340104198705046099")], [D, U]),
    ("sms", "debtor",
     "【众鑫分期】付先生，您好，您的借款已逾期，为避免影响您的信用，请尽快还款或联系我们协商。", [], []),
    ("app", "debtor",
     "专員：覃先生，你太太覃美玲喺元朗嗰間茶餐廳做收銀，我哋上個禮拜去過，佢話唔知你借錢。",
     [(P, "覃美玲")], [X]),
    ("notice", "debtor",
     "追討函\n鍾志強先生：\n閣下拖欠本公司款項港幣32,000元。據查閣下現職於旺角某銀行分行，"
     "住址為沙田大圍積富街二十八號，閣下太太鍾麗華在中文大學任職。",
     [(P, "鍾志強"), (A, "沙田大圍積富街二十八號"), (P, "鍾麗華")], [X]),
    ("call", "debtor",
     "坐席：晏先生，你媳妇的号码是 幺三幺\n客户：你说\n坐席：二零七五 幺六三七，你让她也想想办法",
     [], [U, X]),
    ("sms", "debtor",
     "廉先生，你岳父廉德海在东湖社区当网格员，你要面子他也要面子吧，尽快还钱。",
     [(P, "廉德海")], [X]),
    ("email", "debtor",
     "房先生：\n您的借款逾期已久。您女儿房悦在北京语言大学读研，您儿子房晨在杭州阿里巴巴上班，"
     "您的家庭完全有还款能力。",
     [(P, "房悦"), (P, "房晨")], [X]),
    ("app", "debtor",
     "专员：你表弟林浩的电话是13688252266吧，我们打过去他说你跟他借过钱，你到底欠了多少人的钱？",
     [(P, "林浩"), (MB, "13688252266")], [U, X]),
    ("sms", "debtor",
     "【及时雨】谷女士，您的前夫谷建伟及其现任妻子的联系方式我司均已登记，请自行处理欠款，以免我们打扰他们。",
     [(P, "谷建伟")], [X]),
    ("call", "debtor",
     "坐席：您好，我是融信通的，您是霍文强本人吗\n客户：是\n坐席：您在浦江大道288号的那个仓储公司上班对吧，"
     "我们这边登记的单位电话一直没人接\n客户：我换工作了",
     [(P, "霍文强"), (A, "浦江大道288号")], [X]),
    ("notice", "debtor",
     "催告函\n邢志伟先生（住所：合肥市蜀山区长江西路499号5栋，工作单位：合肥某某电子有限公司，"
     "配偶：邢晓红，子女：邢子墨）：\n您在我司借款已逾期，请于十日内还款。",
     [(P, "邢志伟"), (A, "合肥市蜀山区长江西路499号5栋"), (P, "邢晓红"), (P, "邢子墨")], [X]),
    ("notice", "debtor",
     "催告函\n邢志伟先生：\n您在我司借款已逾期62天，欠款11,480元，请于十日内还款。如需协商，"
     "请致电0551-65509988或登录App。\n（本函寄至您的预留地址：合肥市蜀山区长江西路499号5栋）",
     [(P, "邢志伟"), (LL, "0551-65509988"), (A, "合肥市蜀山区长江西路499号5栋")], []),
    ("email", "unknown",
     "外访计划（11月第二周）：\n1. 客户闻志刚，住址：郑州市金水区农业路72号院3号楼，单位：金水区某某建材市场，"
     "其妻闻丽每天下午四点接孩子放学。\n2. 客户编号C-662013，未获取住址，暂缓。",
     [(P, "闻志刚"), (A, "郑州市金水区农业路72号院3号楼"), (P, "闻丽")], [S, X]),
    ("sms", "debtor",
     "【安心花】尊敬的用户，您的家庭住址已更新为海曙区中山西路138号，如非本人操作请联系客服。",
     [(A, "海曙区中山西路138号")], []),
    ("app", "debtor",
     "专员：你小舅子汪涛在交警队上班吧，你要是不还钱，我们就打他单位电话问问他认不认识你。",
     [(P, "汪涛")], [X]),
    ("sms", "debtor",
     "【乐享借】尊敬的田先生，您的借款已逾期，您的担保人田志国（身份证610113200207101480）也将承担连带责任。",
     [(P, "田志国"), (ID, "610113200207101480")], [U]),
    ("call", "debtor",
     "坐席：喂，是滕先生吧，我这边是诚汇资产的\n客户：我在开车\n坐席：你这个车牌号我们也知道，你每天早上走"
     "绕城高速那个收费站，ETC记录都有\n客户：你们有病吧",
     [], [S]),
    ("notice", "third_party",
     "致育才小学六年级（1）班班主任：\n我司系贵校学生家长包志刚的债权人，请老师通知其家长与我司联系。"
     "该家长欠款未还已逾期半年。",
     [(P, "包志刚")], [D]),
    ("notice", "third_party",
     "致锦江区某某物流公司财务部：\n贵司员工孟凡宇向我司借款，现已逾期。请贵司在发放工资时扣留"
     "3,000元转入我司对公账户。",
     [(P, "孟凡宇")], [D]),
    ("app", "third_party",
     "你好，我是你们楼下小卖部老板的朋友，你们单元402的欧先生欠我们公司钱，他人是不是回老家了？",
     [], [D]),
    ("sms", "third_party",
     "【鑫源资产】您好，您的朋友安小军已授权您为其紧急联系人，请转告他：他在我司的2万元借款已逾期，"
     "其母亲安桂花手机为18125749255，请一并告知。",
     [(P, "安小军"), (P, "安桂花"), (MB, "18125749255")], [D, U, X]),
    ("call", "debtor",
     "坐席：您好，您本人是盛丽娜吗\n客户：是\n坐席：您的身份证前六位是一二零幺零四对吧，后面的我就不念了，"
     "您本期欠款两千三\n客户：嗯",
     [(P, "盛丽娜")], []),
    ("call", "debtor",
     "坐席：您的身份证 一二零一零四一九八零幺二幺九八二八三，是您吧\n客户：嗯",
     [(ID, "一二零一零四一九八零幺二幺九八二八三")], [U]),
    ("app", "debtor",
     "专员：你弟弟关志强前年因为打架被判过刑，你们家的事我们都清楚，别逼我们说出去。",
     [(P, "关志强")], [S, X]),
    ("email", "debtor",
     "左女士：\n您的借款已逾期。经查，您名下还有一张工商银行储蓄卡6258073824681558，余额充足，请立即还款。",
     [(BC, "6258073824681558")], [S, U]),
    ("app", "debtor",
     "专员：你在群里说你妈尿毒症要换肾，那你家里人是不是要卖房子了？卖了先还我们的。",
     [], [S]),
    ("notice", "debtor",
     "催收通知\n钮先生：\n您名下的借款已逾期，您的护照Ｅ０７５２１４００及港澳通行证已登记在案，"
     "出入境情况我司将持续关注。",
     [(PP, "Ｅ０７５２１４００")], [U]),
    ("call", "debtor",
     "坐席：喂，鲍女士，你儿子叫鲍一鸣是吧，在城南幼儿园中二班，你不还钱我们就只能去幼儿园门口等你\n客户：你敢",
     [(P, "鲍一鸣")], [S, X]),
    ("email", "unknown",
     "客户档案更新：\n客户：薛凯\n手机：１５５ １０１７ ２２０６\n紧急联系人：薛母 手机 15982661349\n"
     "银行卡：6226 0925 1044 2389",
     [(P, "薛凯"), (MB, "１５５ １０１７ ２２０６"), (MB, "15982661349"), (BC, "6226 0925 1044 2389")], [U, X]),
    ("app", "debtor",
     "客服：您好，根据您的要求，我们已删除您的紧急联系人信息，今后仅通过您本人预留的号码联系您。", [], []),
    ("sms", "debtor",
     "【小鹿分期】尊敬的客户，您的借款将于明日到期，应还1,040元，如已还款请忽略。客服邮箱：kefu@xiaolufq.com",
     [(EM, "kefu@xiaolufq.com")], []),
    ("sms", "debtor",
     "【乐享借】合同号LX2025110300871，订单号620102202513400021，借款人身份证450103196412202975，"
     "请核对后于今日还款。",
     [(ID, "450103196412202975")], [U]),
    ("app", "debtor",
     "客服：您的工单编号 2025110815300012 已受理，处理人工号 0739，回访电话 138 1979 9643 为您本人预留号码，请保持畅通。",
     [(MB, "138 1979 9643")], [U]),
    ("call", "debtor",
     "坐席：喂 那个 您这个 护照号 E 八八\n客户：嗯\n坐席：两五八 幺八零 我们系统里是这个",
     [], [U]),
    ("email", "unknown",
     "各组：\n客户沙文静（女，37岁）近期在市第四人民医院住院，床号12-07，其丈夫沙海东电话16646554821，"
     "请外访组下周二前往病房沟通。\n——运营部",
     [(P, "沙文静"), (P, "沙海东"), (MB, "16646554821")], [S, U, X]),
    ("sms", "debtor",
     "【好期贷】您好，您的女儿今年九月刚升入育英中学初一，学费已缴，请您也及时缴清本期欠款。",
     [], [S]),
    ("app", "third_party",
     "[同学群] 各位同学，咱们班的卫国庆现在住在南湖小区9栋，欠了我们公司三万多，谁跟他熟的帮忙说一声。",
     [(P, "卫国庆")], [D, S]),
    ("call", "debtor",
     "坐席：你妈那边 我们打过了 她电话是 幺七六 五三八五\n客户：你们打我妈干嘛\n坐席：三四幺三 "
     "她说让你自己还",
     [], [U, X]),
    ("sms", "debtor",
     "【融信通】柯先生，你老婆柯敏在中心医院做护士长，上夜班的那几天我们都知道，别让我们去医院。",
     [(P, "柯敏")], [S, X]),
    ("notice", "third_party",
     "致幸福里居委会：\n贵辖区居民毕建华在我司借款逾期已九个月，欠款四万余元。其本人长期在外打工，"
     "家中只有患阿尔茨海默病的老母亲，请居委会协助联系其本人。",
     [(P, "毕建华")], [D, S]),
    ("app", "debtor",
     "專員：黎生，你個女黎嘉欣喺銅鑼灣聖保祿中學讀中二，我哋唔想搞到學校嗰邊。",
     [(P, "黎嘉欣")], [S, X]),
    ("email", "debtor",
     "尊敬的晁先生：\n您的借款已逾期。我司查询到您的妻子晁丽（身份证350206197401235320）亦是本平台用户，"
     "请夫妻协商还款。",
     [(P, "晁丽"), (ID, "350206197401235320")], [U, X]),
    ("sms", "debtor",
     "【快借】您好，您的逾期账单已生成，账单号KJ-8023-4571-1109-6230，请核对后还款，客服邮箱service@kuaijie-fin.com。",
     [(EM, "service@kuaijie-fin.com")], []),
    ("call", "debtor",
     "坐席：您好，您刚才说您妻子蓝小燕在生病，我记一下，这个月的还款我们给您延后两周\n客户：谢谢",
     [(P, "蓝小燕")], []),
    ("sms", "third_party",
     "您好，我们受托联系您的邻居伏先生，他在我司的房贷逾期，他本人每天晚上九点后才回家，麻烦您转告。",
     [], [D, S]),
    ("app", "debtor",
     "专员：你上个月去了三次中医院针灸，挂的是不孕不育科的号，这种钱你也舍得花。",
     [], [S]),
    ("notice", "debtor",
     "告知函\n储先生：\n您的女婿储文杰（手机17816515731）、女儿储雪在我司均有登记，为免打扰家人，请于七日内还款。",
     [(P, "储文杰"), (MB, "17816515731"), (P, "储雪")], [U, X]),
    ("app", "third_party",
     "[老乡群] 大家好，河南驻马店的老乡彭大勇在我们平台借了钱跑了，他老婆彭霞在富士康C区上班，谁见到了说一声。",
     [(P, "彭大勇"), (P, "彭霞")], [D, X]),
    ("call", "debtor",
     "坐席：苗先生，你银行卡我念一下啊 六二一七 零零幺零\n客户：别念了\n坐席：四八四五 零四幺九 两零七，"
     "就这张卡，上周还进了一笔年终奖",
     [], [S, U]),
    ("email", "debtor",
     "尊敬的客户童先生：\n您的借款已逾期。您预留的工作单位为江城市第一中学（教师），家庭住址为江城市东湖路"
     "17号3单元，您的配偶童雅琴在同校任教。请您于本月底前还款。",
     [(A, "江城市东湖路17号3单元"), (P, "童雅琴")], [X]),
    ("call", "debtor",
     "坐席：老身份证那个十五位的号我们也有，四四零三零五\n客户：你们从哪弄的\n坐席：五七幺零二三 八幺六，你以前办的那张",
     [], [U]),
    ("notice", "debtor",
     "還款提示函\n戚先生（身份證號碼：441900199603230343）：\n閣下之貸款已逾期三十日，尚欠人民幣6,120元，"
     "請於七日內還款。",
     [(ID, "441900199603230343")], [U]),
    ("notice", "third_party",
     "致柳湾村村民委员会：\n贵村村民贾春生（柳湾村四组）拖欠我司借款，其本人现于县人民医院住院治疗，"
     "请村委会通知其家属到我司协商。联系电话：０７３１－８４４２６６１０转６０２。",
     [(P, "贾春生"), (A, "柳湾村四组"), (LL, "０７３１－８４４２６６１０")], [D, S]),
    ("email", "debtor",
     "尊敬的申女士：\n您的投诉已收到。经核查，我司工作人员曾致电您的姐姐申晓红（手机15219187590）及您在"
     "阳光保险的同事，现已停止。给您带来的困扰深表歉意。",
     [(P, "申晓红"), (MB, "15219187590")], [U, X]),
    ("sms", "debtor",
     "【小橙分期】您好，您在我司绑定的工资卡本月8日到账11,260元，10日已转出9,000元至他人账户，请说明资金去向并还款。",
     [], [S]),
    ("app", "debtor",
     "专员：你那个糖尿病的胰岛素每个月都是在仁济大药房买的吧，药房老板说你上周还去了。",
     [], [S]),
    ("call", "debtor",
     "坐席：你女朋友叫诸葛晴吧 电话 幺五零 幺八三\n客户：你们连这个都查\n坐席：九七 五二九 我们下午就打给她",
     [(P, "诸葛晴")], [U, X]),
    ("sms", "debtor",
     "【融易借】蒲先生，您的借款已逾期5天，您单位同事金晓东、车间主任梁波的电话我们都有，请您自行处理，免得尴尬。",
     [(P, "金晓东"), (P, "梁波")], [X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "P-ASR-CALLS": ASR_CALLS,
    "P-SMS-DEBTOR": SMS_DEBTOR,
    "P-THIRD-PARTIES": THIRD_PARTIES,
    "P-CHATS": CHATS,
    "P-LETTERS": LETTERS,
    "P-TRANSFERS": TRANSFERS,
    "P-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "P-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "P-DECOYS": DECOYS,
    "P-NEAR-MISSES": NEAR_MISSES,
    "P-MORE-VOICES": MORE_VOICES,
    "P-LAST-BATCH": LAST_BATCH,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
