"""Writes `pipl_heldout_w.jsonl`, the twenty-third independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_u.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes) and typed into the texts by hand, many of
them read aloud, grouped or in full-width digits; the passports and the travel and home-return permits were typed
to the pattern.

Its weight lies on the two categories detectors find hardest. `pii.excessive` labels over seventy messages and
`pii.sensitive` over seventy, mostly without the textbook words: a gastroscopy last Wednesday, dialysis on
Tuesdays and Thursdays, a kidney complaint, antidepressants, a psychiatric follow-up, hepatitis B, an HIV test,
a breast operation, breast cancer, chemotherapy, a haemorrhoid operation, a stay in an oncology ward, diabetes and
insulin, IVF, a threatened miscarriage, sick leave for a miscarriage, a pregnancy booked at a maternity hospital
and a due date, a confinement centre, a child's kindergarten class, school year and class, a piano lesson on
Saturdays, a school run at 4:10, the metro at 7:20, a night-market stall, evening runs, badminton three nights a
week, a gym on Wednesdays, a hotel check-in last night, Sanya, an airport location fix, a casino, a long-haul
driver seen at a service area, step counts, salary inflows, medical-insurance and provident-fund balances, savings
and a time deposit, mortgage and car-loan instalments, card spending, overdue loans on other platforms and banks,
a minimum-livelihood allowance, a disability certificate, a veteran, Sunday church, Friday prayers, Eid, a face
record and a voiceprint, detention, compulsory drug rehabilitation and a drink-driving detention; full names with
a home address, a registered household address, a home village group or an employer, and the names and numbers
of spouses, parents, in-laws, siblings, an ex-husband, a girlfriend, flatmates, classmates, colleagues and a
supervisor. Third-party disclosure labels over forty messages, most of them saying only that the money "has not
moved" or "is still hanging" to a sister, a cousin, a landlord, a roommate, a father, an employer's HR, a school,
a property manager, an owners' corporation, a village or residents' committee, owners', parents', townsmen's,
workshop and car-club group chats. Beside them stand as many near-misses: a contact asked only to pass on a
call-back (wrong numbers too), a guarantor and a co-borrower told of what they signed, letters naming only the
debtor and the address they are sent to, a sealed letter a property manager is asked to deliver, a court summons
with the court's address, debtors speaking of dialysis, pregnancy, a confinement, hepatitis B, IVF, church, Friday
prayers, Buddhism, rehabilitation, a livelihood allowance, other platforms' debts, a child's school, a business
trip or a father in hospital and agents answering with a deferral, instalments or a pause; agents refusing to call
a husband the customer names or to look up other lenders, a complaint reply, a privacy notice, a collector's own
work mobile and landline, numbers the customer typed or said. Identifiers are written in every form: read aloud
with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens, in full-width digits, with a spoken
叉, old 15-digit IDs, behind +86, a passport, a Hong Kong and Macau permit and a home-return permit, landlines
with area codes in brackets and hyphens and extensions after 转, 分机 or a hyphen, bank cards of 16 and 19 digits.
Beside them stand decoys of the same shapes: contract, order, tracking, case, batch, repayment, mediation and
agreement numbers (an 18-digit one with a thirteenth month, a 19-digit and a 16-digit one grouped like cards but
failing Luhn, an 11-digit one on no mobile prefix), a court case number, a vehicle identification number, a
lender's corporate account, a 400 number read aloud, masked forms, amounts and dates. Registers: lenders' SMS
templates and app pushes, robot and agent calls as speech-to-text output, WeChat, QQ, WhatsApp and LINE chats
and group chats, letters to employers, a school, property managers, an owners' corporation, village and
residents' committees, lawyers' letters, case hand-overs, work orders, visit reports and CRM exports between
agencies, complaint replies, e-mail, Cantonese and traditional characters (Hong Kong, Macau and Taiwan lenders).

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

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
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span, as does a +86 before a
mobile; a surname with an honorific or a prefix (蒋先生, 小莫, 黄小姐) is not a PERSON, a given name after a kinship
term or a nickname is; ADDRESS reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_w`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_w.jsonl"
ID_PREFIX = "PW"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好，这边是融信达的贷后专员，请问是蒋先生吗\n客户：对我是\n坐席：我看系统里您上周三下午在市一医院做了胃镜哈，"
     "身体好点没有，好了的话这笔三千二今天得安排一下", [], [S]),
    ("call", "debtor", "坐席：您好这里是安薪分期，找一下韦女士\n客户：我就是，我现在在医院做透析，一周三次，实在顾不上\n坐席：理解理解，"
     "那您先养身体，我给您申请延期三十天，到时候再联系您", [], []),
    ("call", "debtor", "坐席：喂，熊伟是吧，你家是不是在长沙市岳麓区桐梓坡路一百二十八号那个小区\n客户：你问这干嘛\n坐席：没干嘛，核对一下，"
     "你这个月一定要还", [(P, "熊伟"), (A, "长沙市岳麓区桐梓坡路一百二十八号")], [X]),
    ("call", "debtor", "坐席：喂我跟你讲啊，你身份证号幺三洞幺洞四幺九九六幺洞洞六幺洞八洞我这都有，你别想跑\n客户：那是我的事",
     [(ID, "幺三洞幺洞四幺九九六幺洞洞六幺洞八洞")], [U]),
    ("call", "debtor", "坐席：你好，这边核对一下还款卡，您绑的是六二二二 洞二四五 幺幺六九 幺七幺洞 六八七这张吗\n客户：对",
     [(BC, "六二二二 洞二四五 幺幺六九 幺七幺洞 六八七")], [U]),
    ("call", "debtor", "坐席：您好，核对一下您的还款卡，尾号六八七对吗\n客户：对的\n坐席：好的，今天下午五点前扣款，请您保证余额充足", [], []),
    ("call", "third_party", "坐席：喂，你好，请问是丁海燕的姐姐吗\n联系人：我是，怎么了\n坐席：麻烦你跟她说一声，让她回个电话给我们，"
     "号码是四零零八幺七六二二三，谢谢", [(P, "丁海燕")], []),
    ("call", "third_party", "坐席：喂，是丁海燕的姐姐吧\n联系人：是我\n坐席：你妹妹在我们这借的钱两个多月没动了，你劝劝她，"
     "不然对她影响很不好", [(P, "丁海燕")], [D]),
    ("call", "third_party", "坐席：喂您好，请问认识汤晓军吗\n联系人：我是他同事\n坐席：他手机一直打不通，我们有点事情找他，方便的话让他回个电话",
     [(P, "汤晓军")], []),
    ("call", "third_party", "坐席：你是汤晓军同事是吧，他最近是不是在住院，我们听说他肾不好\n联系人：不太清楚\n坐席：你帮我问问，"
     "他那个账得有人管", [(P, "汤晓军")], [D, S]),
    ("call", "debtor", "坐席：赵女士，您怀孕几个月了？我们这边看到您在妇幼保健院建了档\n客户：你们怎么知道的\n坐席：我们有渠道，"
     "孩子生之前把钱还上吧", [], [S]),
    ("call", "debtor", "坐席：您好赵女士，这边是小橙分期\n客户：我怀孕八个月了，下个月生，能不能缓缓\n坐席：可以的，恭喜您，"
     "我帮您登记一个产后再还的方案，您先照顾好自己", [], []),
    ("call", "debtor", "坐席：你每天早上七点二十从你们小区出来坐地铁二号线，对吧？我们对你的作息很清楚，今天给个答复\n客户：……", [], [S]),
    ("call", "debtor", "坐席：喂柳先生，你儿子是不是在实验小学三年级二班，下午四点十分放学\n客户：你想干什么\n坐席：就是提醒你一下，"
     "欠款赶紧处理", [], [S]),
    ("call", "debtor", "坐席：您好柳先生，这里是民安消费金融\n客户：我这几天在学校接孩子，晚点打给你们\n坐席：好的，"
     "那我们明天上午十点再联系您", [], []),
    ("call", "debtor", "坐席：喂，宋建国，你在蚂蚁那边还欠一万二，在京东白条还欠八千，你总共外面欠了快五万了，我们都查得到\n客户：那是别的平台",
     [(P, "宋建国")], [S]),
    ("call", "debtor", "坐席：宋先生您好，这边是启航资产\n客户：我外面还欠好几个平台，蚂蚁京东都有，真的周转不过来\n坐席：明白，"
     "我们这边可以给您做一个分十二期的方案，您看可以吗", [], []),
    ("call", "debtor", "坐席：您好，这里是金桥贷后，您的手机一五八七九洞六九四洞五还在用吧\n客户：在用",
     [(MB, "一五八七九洞六九四洞五")], [U]),
    ("call", "debtor", "坐席：方先生，你老婆叫何丽娟是吧，手机一三六四七二七二幺七五，你不接我们就打她的\n客户：别打她",
     [(P, "何丽娟"), (MB, "一三六四七二七二幺七五")], [U, X]),
    ("call", "debtor", "坐席：方先生您好\n客户：我老婆何丽娟会帮我还，你们可以跟她说\n坐席：好的，这个需要您本人授权，"
     "我们还是跟您本人对接", [(P, "何丽娟")], []),
    ("call", "debtor", "机器人：您好，系统显示您的社保卡医保余额为三千四百元，公积金余额两万一千元，请尽快还清逾期借款\n客户：啊？", [], [S]),
    ("call", "debtor", "坐席：你是不是信什么教的，每个礼拜天都去那个教堂？上帝也不会帮你还钱吧\n客户：这跟你有关系吗", [], [S]),
    ("call", "debtor", "坐席：你好\n客户：我礼拜天要去教堂，那天别打电话\n坐席：好的，已备注周日不联系，其他时间再跟您沟通", [], []),
    ("call", "debtor", "坐席：喂，贺志明，你上个月在澳门刷了两万多，有钱去赌场没钱还我们？\n客户：那是出差",
     [(P, "贺志明")], [S]),
    ("call", "debtor", "坐席：您好，您的护照号E幺二三四五六七八我们这边登记了，出境前需要结清\n客户：我没要出国",
     [(PP, "E幺二三四五六七八")], [U]),
    ("call", "debtor", "坐席：你之前吸毒被强戒过两年是吧，这种记录你也不想让人知道吧，赶紧还\n客户：……", [], [S]),
    ("call", "debtor", "坐席：您好，这边是申城资产\n客户：我刚从戒毒所出来，找不到工作\n坐席：理解，我这边先给您停催两周，"
     "您找到工作以后再沟通分期", [], []),
    ("call", "debtor", "坐席：卢先生，您是残疾人，每个月领两千的残疾补贴，这钱也可以先拿来还嘛\n客户：那是我的生活费", [], [S]),
    ("call", "debtor", "坐席：喂，我是宏运资产的小彭，我的工号是七三零二，有问题可以打我座机零二一 六二八八 五四三二转八零六\n客户：好",
     [(LL, "零二一 六二八八 五四三二")], []),
]

# --- lenders' SMS templates and app pushes to the debtor ----------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【优品借】龚秀梅女士，您登记的住址江苏省苏州市姑苏区十全街218号3幢502室，借款已逾期，请尽快还款。",
     [(P, "龚秀梅"), (A, "江苏省苏州市姑苏区十全街218号3幢502室")], [X]),
    ("sms", "debtor", "【优品借】龚女士，您尾号4471的借款已逾期9天，请尽快登录APP处理，如有疑问请致电4008-517-200。", [], []),
    ("sms", "debtor", "【宜居分期】您好，您身份证号330102196907144005名下借款已逾期30天，请立即还款以免影响征信。",
     [(ID, "330102196907144005")], [U]),
    ("sms", "debtor", "【宜居分期】您好，身份证尾号4005的客户，您的借款已逾期30天，请立即还款。", [], []),
    ("sms", "debtor", "【速银花】你在单位华润置地华南区域公司财务部的工作我们已经核实，王凯同学，逾期不还后果自负。",
     [(P, "王凯")], [X]),
    ("sms", "debtor", "【速银花】王先生，您的账单已逾期12天，金额2,380元。如遇困难可申请延期或分期，详询APP在线客服。", [], []),
    ("sms", "debtor", "【速银花】系统检测到您近三个月每月10号有工资入账9,800元左右，本月请优先安排还款。", [], [S]),
    ("sms", "debtor", "【民安消金】您本月账单1,450.00元已逾期，如您因疾病、灾害等原因还款困难，可申请困难减免政策，回复1了解。", [], []),
    ("sms", "debtor", "【民安消金】您的还款卡6217 0077 4370 2590余额不足，扣款失败，请及时存入。",
     [(BC, "6217 0077 4370 2590")], [U]),
    ("sms", "debtor", "【民安消金】您尾号2590的还款卡余额不足，扣款失败，请于今日20:00前存入足额款项。", [], []),
    ("sms", "debtor", "【月光宝】听说您最近在做化疗，身体要紧，但账还是要还的，请本周内处理逾期款项。", [], [S]),
    ("sms", "debtor", "【月光宝】您好，您申请的医疗困难延期已通过，还款日顺延至2027年1月15日，祝早日康复。", [], []),
    ("sms", "debtor", "【月光宝】您昨晚23:40在如家酒店（五一广场店）登记入住，有钱住酒店请先还款。", [], [S]),
    ("sms", "debtor", "【金橙】你女儿彭雨萱在阳光幼儿园大二班，我们希望你考虑清楚，今天务必还款。",
     [(P, "彭雨萱")], [S, X]),
    ("sms", "debtor", "【金橙】您在招联、马上消费、微粒贷均有逾期记录，多头借贷情况严重，请优先偿还本平台。", [], [S]),
    ("sms", "debtor", "【好分期】请联系您的紧急联系人母亲冯桂兰（13869178992）协助还款，或您本人今日结清。",
     [(P, "冯桂兰"), (MB, "13869178992")], [U, X]),
    ("sms", "debtor", "【好分期】检测到您的人脸识别信息与登记照片一致，面部数据已存档，逾期将用于追偿。", [], [S]),
    ("app", "debtor", "【消息中心】您的账单已逾期15天，待还2,906.35元。您可选择：立即还款 / 申请分期 / 联系客服", [], []),
    ("app", "debtor", "【消息中心】我们注意到您本周去了三次仁济医院肿瘤科，身体情况如何？请及时安排还款。", [], [S]),
    ("app", "debtor", "【消息中心】温馨提示：您本月步数日均不足2000步，作息规律显示您每晚11点后才到家，请尽快还款。", [], [S]),
    ("app", "debtor", "【账单提醒】您的当前定位在海口美兰机场附近，出行前请先结清逾期借款。", [], [S]),
    ("app", "debtor", "【账单提醒】邱志强，身份证号52010219881021071X，手机18087152927，逾期金额5,420元，请立即还款。",
     [(P, "邱志强"), (ID, "52010219881021071X"), (MB, "18087152927")], [U]),
    ("app", "debtor", "【账单提醒】邱先生，您的身份证号已完成实名认证（520102********071X），逾期金额5,420元。", [], []),
    ("app", "debtor", "【站内信】您的公积金账户余额46,200元、医保个人账户1,830元，完全有能力还款，请勿拖延。", [], [S]),
    ("app", "debtor", "【站内信】您上传的低保证明已收到，我们将按困难客户政策为您减免部分罚息。", [], []),
    ("app", "debtor", "【站内信】你领着低保还借钱，街道知道吗？本周不还，后果自负。", [], [S]),
    ("app", "debtor", "【站内信】您的配偶严国华（就职于市第三人民医院）已被列为共同联系人，请尽快还款。",
     [(P, "严国华")], [X]),
]

# --- messages to relatives, colleagues and contacts ----------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【诚达】您好，您的朋友叶文斌预留了您的号码作为联系人，麻烦转告他尽快回电0755-83216540，谢谢。",
     [(P, "叶文斌"), (LL, "0755-83216540")], []),
    ("sms", "third_party", "【诚达】叶文斌在我司的款项已经拖了四十多天，一直联系不上，您是他朋友，帮忙带个话。",
     [(P, "叶文斌")], [D]),
    ("sms", "third_party", "您好，我是小贝分期的，冒昧打扰，您弟弟欠我们的八千块钱一直没还，麻烦您转告。", [], [D]),
    ("sms", "third_party", "您好，请转告许浩然先生，有重要事情请他尽快回电021-52376688，谢谢您。",
     [(P, "许浩然"), (LL, "021-52376688")], []),
    ("sms", "third_party", "许浩然上个月的那期没还，这个月又没还，你是他表哥，你们家里人商量一下怎么处理。",
     [(P, "许浩然")], [D]),
    ("sms", "third_party", "阿姨您好，您儿子小刚在我们平台那笔钱到现在还没处理，他电话也不接，麻烦您跟他说一下。",
     [(P, "小刚")], [D]),
    ("sms", "third_party", "您好，您是何文静的同学吧？她在民安的账单已经到期很久，她也没怎么回复，麻烦您提醒她看看手机。",
     [(P, "何文静")], [D]),
    ("sms", "third_party", "何文静的同学您好，我们有事找她，打不通电话，方便的话请让她给我们回个电话，不涉及您本人。",
     [(P, "何文静")], []),
    ("sms", "third_party", "你好，陈俊杰让你做担保的那笔借款你知道吧？他现在人不见了，你作为朋友是不是该管管。",
     [(P, "陈俊杰")], [D]),
    ("sms", "third_party", "陈俊杰的保证人您好，您于2025年3月在《保证合同》中为该笔借款提供连带责任保证，现主债务已到期未还，请您履行保证责任。",
     [(P, "陈俊杰")], []),
    ("sms", "third_party", "你好，你朋友阿斌最近住院了吗？他说他心脏有问题，所以我们的钱一直拖着，是真的吗？", [(P, "阿斌")], [D, S]),
    ("sms", "third_party", "您好，您的同事廖红梅在我司办理的业务需要和她本人确认，请她方便时回电，谢谢。",
     [(P, "廖红梅")], []),
    ("sms", "third_party", "廖红梅每个月十五号发工资吧？发了工资麻烦提醒她把手机上的那笔先还一下，已经拖很久了。",
     [(P, "廖红梅")], [D]),
    ("app", "third_party", "【好友提醒】您的好友（手机尾号8812）在本平台的账单已逾期，邀请您帮TA提醒还款，提醒成功可得5元红包。", [], [D]),
    ("email", "third_party", "Dear Ms. Lam,\n您好，我们是衡信资产管理有限公司。您的员工林志伟先生在我司委托方的信用卡欠款已逾期六个月，"
     "未结清金额48,760元。烦请贵司转告其尽快联系我们。\n联系人：黄专员 hxzc_service@hengxin-am.com.cn",
     [(P, "林志伟"), (EM, "hxzc_service@hengxin-am.com.cn")], [D]),
    ("email", "third_party", "Dear Ms. Lam,\n您好，我们是衡信资产管理有限公司，有事需联系贵司员工林志伟先生，他的手机一直无人接听，"
     "烦请转告他拨打020-38862100。\n黄专员 hxzc_service@hengxin-am.com.cn",
     [(P, "林志伟"), (LL, "020-38862100"), (EM, "hxzc_service@hengxin-am.com.cn")], []),
    ("sms", "third_party", "嫂子你好，我是小周，石磊之前在我们这边借的那点钱还差一万多，他最近好像又去医院复查了，你看能不能跟他商量下。",
     [(P, "石磊")], [D, S]),
    ("call", "third_party", "坐席：喂你好，是孔令辉家里吗\n第三方：我是他爸\n坐席：叔叔您好，他最近在我们这里的账有点问题，"
     "一直不接电话，您看能不能让他尽快处理", [(P, "孔令辉")], [D]),
    ("call", "third_party", "坐席：喂你好，是孔令辉家里吗\n第三方：我是他爸，他不在\n坐席：好的叔叔，麻烦您让他回个电话，"
     "我们姓白，谢谢您", [(P, "孔令辉")], []),
    ("call", "third_party", "坐席：你是孔令辉他爸？他那个网贷欠了一万七，他还在吃抗抑郁的药你知道吗\n第三方：啥？",
     [(P, "孔令辉")], [D, S]),
    ("call", "third_party", "坐席：你好，请问你是蔡倩的室友吗\n联系人：是啊\n坐席：她最近手头是不是挺紧，我们这边她的分期"
     "已经欠了两期了，你平时多提醒她", [(P, "蔡倩")], [D]),
    ("call", "third_party", "坐席：你好，请问你是蔡倩的室友吗\n联系人：是的\n坐席：不好意思打扰，她电话没人接，"
     "能麻烦你转告她回个电话吗\n联系人：好", [(P, "蔡倩")], []),
    ("call", "third_party", "坐席：请问是潘先生吗，您是潘晓东的哥哥吧\n联系人：对，有事吗\n坐席：他欠我们公司钱的事，"
     "他现在住哪儿你清楚吗\n联系人：不清楚\n坐席：那你把他老婆的电话给我", [(P, "潘晓东")], [D]),
    ("call", "third_party", "坐席：喂你好，我这边是启航资产的，找一下钟美玲\n联系人：打错了，我不认识\n坐席：不好意思打扰了，"
     "我们会核实后删除这个号码", [(P, "钟美玲")], []),
    ("call", "third_party", "坐席：喂，是钟美玲的前夫吗\n联系人：我们离了\n坐席：离了也得管吧，她欠了三万多，"
     "三个月没还了，你知道她现在住哪吗", [(P, "钟美玲")], [D]),
    ("sms", "third_party", "【和信】黎先生您好，您作为共同借款人，与主借款人共同承担的借款本期应还3,100元，已逾期4天，请及时还款。", [], []),
    ("sms", "third_party", "雷老板，你们店里那个收银的小莫，欠我们钱半年了，麻烦你这个月发工资的时候提醒她一下。", [], [D]),
    ("sms", "third_party", "小莫的老板您好，请您转告她给我们回个电话，谢谢，不涉及其他事情。", [], []),
    ("sms", "third_party", "你好哥，你表弟马腾现在在哪上班？他之前留的单位地址是假的，我们这边急着找他还钱。",
     [(P, "马腾")], [D]),
]

# --- chats and group chats ----------------------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 客户：我最近在坐月子，剖腹产的刀口还没好，能不能晚点还\n[微信] 客服：理解的，"
     "我这边给您申请延期一个月，您安心休养", [], []),
    ("app", "debtor", "[微信] 客服：坐月子也不影响手机转账吧？你在月子中心一天好几千，还不起我们这点？\n[微信] 客户：你们怎么知道的",
     [], [S]),
    ("app", "debtor", "[微信] 客户：我的卡号是6258 0725 0091 5817 738，你帮我看下扣款了没\n[微信] 客服：已查询，"
     "今天上午已扣款成功，谢谢", [(BC, "6258 0725 0091 5817 738")], []),
    ("app", "debtor", "[微信] 客服：再跟您核对一遍，您的卡号6258 0725 0091 5817 738，户名柯丽，开户行建行南湖支行，没错吧\n[微信] 客户：对",
     [(BC, "6258 0725 0091 5817 738"), (P, "柯丽")], [U]),
    ("app", "third_party", "【恒运花园业主群】\n催收专员：各位业主好，我是安信资产的，7栋2单元601的住户在我司委托方的借款逾期未还，"
     "请该户主动联系处理，知情的邻居也可以提醒一下。", [(A, "7栋2单元601")], [D]),
    ("app", "third_party", "【三年级二班家长群】\n家长（催收员）：各位家长好，班上郑子涵的爸爸郑家豪欠钱不还，"
     "大家见到他让他联系一下，电话18922083883。",
     [(P, "郑子涵"), (P, "郑家豪"), (MB, "18922083883")], [D, S, U, X]),
    ("app", "third_party", "【老乡群·安化在深圳】\n催收专员：各位老乡，有谁认识廖建军的，他欠我们公司四万块跑了，"
     "老家是安化县梅城镇启安村三组的，知道的私聊我。", [(P, "廖建军"), (A, "安化县梅城镇启安村三组")], [D, X]),
    ("app", "debtor", "[QQ] 客服：你是不是有乙肝？体检报告我们都看到了，你公司知道吗\n[QQ] 客户：你们从哪里搞到的", [], [S]),
    ("app", "debtor", "[QQ] 客户：我有乙肝，吃药花了不少钱\n[QQ] 客服：明白，我们可以给您办理停息挂账，"
     "具体请提交一下材料", [], []),
    ("app", "debtor", "[WhatsApp] 客服：梁生，你每個星期三晚都去旺角那間健身房，我哋都知，快啲還錢啦\n[WhatsApp] 客戶：你跟蹤我？",
     [], [S]),
    ("app", "debtor", "[LINE] 客服：陳先生您好，您在本行的信用卡帳款已逾期，您在其他銀行還有三張卡也是呆帳狀態，請優先處理本行。\n"
     "[LINE] 客戶：這你也知道？", [], [S]),
    ("app", "debtor", "[LINE] 客戶：我另外還有兩家銀行在催，真的沒辦法\n[LINE] 客服：了解，我們可以協助您申請前置協商，"
     "請提供收入證明。", [], []),
    ("app", "debtor", "[微信] 客服：你身份证号是61011319950705000X吧，不还我们就走法律程序\n[微信] 客户：是",
     [(ID, "61011319950705000X")], [U]),
    ("app", "debtor", "[微信] 客户：我的身份证号是61011319950705000X，帮我查下还差多少\n[微信] 客服：您好，"
     "还差本金2,100元，罚息已为您减免", [(ID, "61011319950705000X")], []),
    ("app", "debtor", "[微信] 客服：郝先生，你爸郝长林在县医院住院，你妈刘秀英电话15986958302，家里情况我们都清楚\n[微信] 客户：……",
     [(P, "郝长林"), (P, "刘秀英"), (MB, "15986958302")], [S, U, X]),
    ("app", "debtor", "[微信] 客户：我爸在县医院住院，我这几天都在陪床\n[微信] 客服：好的，那这周先不打扰您，"
     "您爸爸出院后再联系", [], []),
    ("app", "third_party", "【宏图车间二组】\n催收员：大家好，我是小周，找一下二组的焦伟，他身份证号370203197410267644，"
     "在我们这欠款七千多，谁能让他回个电话", [(P, "焦伟"), (ID, "370203197410267644")], [D, U]),
    ("app", "debtor", "[微信] 客服：你每周五中午去清真寺做礼拜，那时候有空转钱吧\n[微信] 客户：你们太过分了", [], [S]),
    ("app", "debtor", "[微信] 客服：您好，本周五我们不会联系您，如需沟通可在其他工作日上午九点至下午六点致电。\n"
     "[微信] 客户：谢谢，周五我要做礼拜", [], []),
    ("app", "debtor", "[微信] 客服：姚女士，你做试管的钱都有，还我们三千块没有？生殖中心那边也是要交钱的吧\n[微信] 客户：……",
     [], [S]),
    ("app", "debtor", "[微信] 客户：我在做试管，花了很多钱，能不能少还点\n[微信] 客服：我们无法减免本金，但可以申请分六期，"
     "每期五百元左右", [], []),
    ("app", "third_party", "【桂园新村业委会群】\n催收员：各位邻居，桂园新村12幢305的住户焦红，欠款不还，大家遇到请提醒她。",
     [(A, "桂园新村12幢305"), (P, "焦红")], [D, X]),
]

# --- letters to employers, schools, property managers and village committees ------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "third_party", "致：鸿远精密机械有限公司人力资源部\n贵司员工顾振宇（身份证号420111198206142100）因个人消费贷款"
     "逾期未还，截至本函发出之日欠款本息合计62,315.77元。请贵司协助督促其履行还款义务。\n此致\n泰和资产管理有限公司\n2026年11月20日",
     [(P, "顾振宇"), (ID, "420111198206142100")], [D, U]),
    ("notice", "third_party", "致：鸿远精密机械有限公司人力资源部\n我司需与贵司员工顾振宇先生取得联系，其预留电话无法接通。"
     "烦请转告其致电0512-66853300（工作日9:00-18:00）。\n泰和资产管理有限公司\n2026年11月20日",
     [(P, "顾振宇"), (LL, "0512-66853300")], []),
    ("notice", "third_party", "致：育才中学初二（3）班班主任\n贵校学生甘雨桐的母亲甘淑芬女士在我司的借款已逾期五个月，经多次催告仍未处理。"
     "望老师方便时转达家长，早日解决。\n金信催收服务中心",
     [(P, "甘雨桐"), (P, "甘淑芬")], [D, S, X]),
    ("notice", "third_party", "致：丽景湾物业服务中心\n烦请将随附信件转交贵小区住户，住址：丽景湾花园9栋1单元1802室。信件内容为"
     "该住户在我司的借款逾期催告函，涉及金额31,400元。\n安信资产管理（深圳）有限公司",
     [(A, "丽景湾花园9栋1单元1802室")], [D]),
    ("notice", "third_party", "致：丽景湾物业服务中心\n我司有一封密封信件需送达贵小区住户，已按信封地址投寄，如无法送达请退回。谢谢配合。\n"
     "安信资产管理（深圳）有限公司", [], []),
    ("notice", "third_party", "致：双河镇红星村村民委员会\n贵村村民覃玉兰（住红星村五组），于2025年在我司借款两万元，现逾期未还。"
     "其本人今年做过乳腺手术，恳请村委会帮忙劝导家属代为还款。\n联系人：伍经理 13161549471",
     [(P, "覃玉兰"), (A, "红星村五组"), (MB, "13161549471")], [D, S]),
    ("notice", "debtor", "催款通知书\n编号：TH-CN-2026-11-0387\n许明辉先生：\n您于2025年6月12日在我司借款30,000元，截至2026年11月30日"
     "已逾期96天，欠款本息合计34,122.50元。请于2026年12月15日前通过APP或对公账户还款。客服电话：400-830-1188。"
     "如有异议，请在收到本通知之日起七日内书面提出。\n泰和资产管理有限公司 2026年12月1日",
     [(P, "许明辉")], []),
    ("notice", "debtor", "催款通知书\n许明辉先生：\n您的岳父吴德海（住湘潭市雨湖区韶山西路97号）与您妻子吴佳音"
     "（电话15020396455）均为您的联系人，逾期96天，请立即还款，以免我司联系上述人员。",
     [(P, "许明辉"), (P, "吴德海"), (A, "湘潭市雨湖区韶山西路97号"), (P, "吴佳音"), (MB, "15020396455")], [U, X]),
    ("notice", "debtor", "还款提醒函\n尊敬的冉小芳女士：\n您好！本函寄至您的登记地址：重庆市渝中区中山三路131号附1号7-3。"
     "您在我行的信用卡已逾期45天，最低还款额1,820元，请于12月20日前还款。\n客服热线：95533",
     [(P, "冉小芳"), (A, "重庆市渝中区中山三路131号附1号7-3")], []),
    ("notice", "debtor", "还款提醒函\n尊敬的冉小芳女士：\n您好！您在我行的信用卡已逾期45天。我行了解到您目前在西南医院接受透析治疗，"
     "并在重庆渝中区人民法院有另外两起借款纠纷，请合理安排。", [(P, "冉小芳")], [S]),
    ("notice", "third_party", "关于协助送达的函\n致：瑞华物流有限公司行政部\n贵司员工聂晨阳因借贷纠纷一案，其本人长期在外跑车，"
     "昨天在咸宁服务区被我司人员看到，望贵司告知其今天的行车路线以便接洽。",
     [(P, "聂晨阳")], [D, S]),
    ("notice", "third_party", "致：阳光社区居民委员会\n我司受委托联系居住在贵社区的一位居民，其预留电话失效。请社区工作人员在方便时"
     "转告该居民主动联系我司，我司不会向社区透露任何其本人的业务信息。\n电话：0371-65523190", [(LL, "0371-65523190")], []),
    ("notice", "third_party", "致：阳光社区居民委员会\n贵社区居民常福来（身份证号410105198904110983）系低保户，"
     "其在我平台借款8,600元已逾期，请社区在发放低保时予以扣划。",
     [(P, "常福来"), (ID, "410105198904110983")], [D, S, U]),
    ("notice", "debtor", "律师函\n致：莫少华先生\n本所受宏信小贷委托，就您与委托人借款合同纠纷一事致函。截至本函出具之日，"
     "您尚欠本金18,000元及利息。请于收函后十日内与本所联系。\n广东正衡律师事务所 承办律师：谭律师 020-87662301",
     [(P, "莫少华"), (LL, "020-87662301")], []),
    ("notice", "debtor", "律师函\n致：莫少华先生（工作单位：广州白云国际机场股份有限公司地勤部；家庭住址：广州市白云区机场路1128号"
     "东华苑5栋707）\n您尚欠本金18,000元，限十日内还清。\n广东正衡律师事务所",
     [(P, "莫少华"), (A, "广州市白云区机场路1128号东华苑5栋707")], [X]),
    ("email", "third_party", "主题：关于贵公司员工欠款事宜\n人事部您好：\n贵司销售部的谢婷婷入职时填写的紧急联系人是我司客户，"
     "她本人在我司名下有一笔逾期借款未结清，目前已逾期两百余天。望贵司予以关注。\nrecovery@jinhe-finance.com",
     [(P, "谢婷婷"), (EM, "recovery@jinhe-finance.com")], [D]),
    ("email", "third_party", "主题：请转告谢婷婷女士回电\n人事部您好：\n我们有一份文件需与贵司员工谢婷婷女士本人确认，"
     "她的手机暂时联系不上。烦请转告她回复此邮件或拨打021-64283300转215。谢谢！\nrecovery@jinhe-finance.com",
     [(P, "谢婷婷"), (LL, "021-64283300"), (EM, "recovery@jinhe-finance.com")], []),
    ("notice", "debtor", "逾期催告函\n武先生：\n您名下中国银行储蓄卡余额12,300元、支付宝余额宝8,700元，我司已掌握，"
     "限期7日内还款，否则将申请冻结。\n华信小贷", [], [S]),
    ("notice", "third_party", "致：城南二小教务处\n贵校四年级五班学生家长屈晓光欠我司款项长期不还，请贵校在家长会上提醒该家长，"
     "以免影响孩子。", [(P, "屈晓光")], [D, S]),
    ("notice", "third_party", "致：城南二小教务处\n我司有公函需送达一位学生家长，因其电话无法接通，恳请贵校协助告知该家长联系我司，"
     "电话027-85761200。我司不会询问或记录任何学生信息。", [(LL, "027-85761200")], []),
]

# --- hand-over sheets, work orders and CRM exports between agencies ----------------------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交单（第3批）\n案件号：AJ-2026-1187-0042\n债务人：祁**  证件号：140105********9179\n委案金额：23,418.60元  "
     "逾期天数：147\n备注：本人接听，承诺月底还款。", [], []),
    ("email", "unknown", "案件移交单（第3批）\n案件号：AJ-2026-1187-0043\n债务人：祁永明  证件号：140105198508089179  "
     "手机：13584959961\n委案金额：23,418.60元\n备注：本人糖尿病，每天打胰岛素，上午一般在社区医院。",
     [(P, "祁永明"), (ID, "140105198508089179"), (MB, "13584959961")], [S, U]),
    ("email", "unknown", "工单 WO-20261128-0918\n客户：戴晓燕\n身份证：360102199701026168\n问题：客户要求停催，称正在怀二胎，孕检每周二上午在省妇保。\n"
     "处理：已转二线。", [(P, "戴晓燕"), (ID, "360102199701026168")], [S, U]),
    ("email", "unknown", "CRM导出\n客户编号,姓名,手机,逾期天数,应还金额\nCU00918273,樊*,186****1425,33,4820.00\n"
     "CU00918274,晏*,131****9471,12,1560.50", [], []),
    ("email", "unknown", "CRM导出\n客户编号,姓名,手机,联系人1,联系人1电话,备注\nCU00918275,樊志鹏,18699951425,樊母·刘桂芝,13015412137,"
     "在湘雅二院精神科长期复诊", [(P, "樊志鹏"), (MB, "18699951425"), (P, "刘桂芝"), (MB, "13015412137")], [S, U, X]),
    ("email", "unknown", "委外交接说明\n重点户：岳海涛，每天晚上十点后在万达广场后面的夜市摆摊，"
     "周六去城东看守所探视他弟弟，可在以上地点和时间找到本人。", [(P, "岳海涛")], [S]),
    ("email", "unknown", "外访报告\n访问对象：宁国庆\n地址：南宁市青秀区民族大道136-8号华润大厦B座2207\n结果：本人不在。"
     "邻居称其妻子宁太太在广西医科大一附院住院化疗，其子在南宁三中读高一。",
     [(P, "宁国庆"), (A, "南宁市青秀区民族大道136-8号华润大厦B座2207")], [S]),
    ("email", "unknown", "案件备注导出\n2026-11-02 10:21 电话 本人接听 客户称近期身体原因无法工作，已记录困难申请\n"
     "2026-11-09 14:05 通知 已按困难客户政策暂停催收30天", [], []),
    ("email", "unknown", "交接清单\n债务人：谷**，银行卡：6214 8386 6904 5579（工资卡，每月8号到账约7,600元，公积金月缴1,120元）",
     [(BC, "6214 8386 6904 5579")], [S, U]),
    ("email", "unknown", "交接清单\n债务人：谷**，还款账户：本公司对公账户（见合同附件），代扣卡尾号5579，剩余本金12,600元。", [], []),
    ("email", "unknown", "转交函\n案件编号：ZJ-2026-0341\n债务人：蓝凯文，护照号码：EA2719384\n"
     "委托期限：2026年12月1日至2027年2月28日。", [(P, "蓝凯文"), (PP, "EA2719384")], [U]),
    ("email", "unknown", "转交函\n案件编号：ZJ-2026-0342\n债务人：刁**，证件类型：护照（号码已脱敏 E****8812）\n"
     "委托期限：2026年12月1日至2027年3月31日。", [], []),
]

# --- Cantonese and traditional characters (Hong Kong, Macau and Taiwan lenders) ---------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【亞洲信貸】陳先生，閣下嘅貸款已逾期二十日，結欠港幣12,480元，請盡快致電本公司熱線同我哋聯絡。", [], []),
    ("sms", "debtor", "【亞洲信貸】陳先生，你老婆黃詠詩喺沙田威爾斯親王醫院做護士，我哋會搵佢傾下你筆數。",
     [(P, "黃詠詩")], [X]),
    ("sms", "third_party", "【亞洲信貸】黃小姐你好，你老公陳家樂喺我哋度借咗錢，已經兩個月冇還，麻煩你提下佢。",
     [(P, "陳家樂")], [D]),
    ("sms", "third_party", "【亞洲信貸】黃小姐你好，我哋有啲事要搵陳家樂先生，麻煩你叫佢覆個電話，唔該晒。",
     [(P, "陳家樂")], []),
    ("call", "debtor", "催收員：喂，李生呀，你個仔喺九龍塘嗰間國際學校讀小三，每日三點半放學㗎喎\n客戶：你想點？",
     [], [S]),
    ("call", "debtor", "催收員：喂，李生你好，我係亞洲信貸嘅同事，想同你傾下還款安排\n客戶：我個仔啱啱入院，過兩日先講啦\n"
     "催收員：明白，咁我下個禮拜一再打畀你，你顧好個仔先", [], []),
    ("call", "debtor", "催收員：你個回鄉證號碼係H洞三八二七九四六，我哋全部有晒紀錄，唔好玩嘢\n客戶：……",
     [(PP, "H洞三八二七九四六")], [U]),
    ("call", "debtor", "催收員：麥太，你每個禮拜二同四都去伊利沙伯醫院洗腎，我哋知你有錢搭的士，冇錢還？\n客戶：你哋點知",
     [], [S]),
    ("app", "debtor", "【富邦分期】林小姐，您在其他銀行的信貸餘額共新台幣62萬元，聯徵紀錄顯示已有遲繳，請優先處理本公司帳款。",
     [], [S]),
    ("app", "third_party", "【富邦分期】您好，您的同事林怡君小姐積欠本公司分期帳款已逾期，請轉告她盡速處理。",
     [(P, "林怡君")], [D]),
    ("email", "debtor", "林怡君小姐您好：\n您的分期帳款已逾期30天。若有還款困難，可來信 service@fubon-ins.com.tw 申請協商。",
     [(P, "林怡君"), (EM, "service@fubon-ins.com.tw")], []),
    ("call", "third_party", "催收員：請問係唔係何志強屋企？\n聯絡人：佢唔喺度\n催收員：唔該你話俾佢知，佢喺我哋度欠咗三萬蚊，"
     "仲有佢上個月入咗青山醫院", [(P, "何志強")], [D, S]),
    ("call", "third_party", "催收員：請問係唔係何志強屋企？\n聯絡人：佢唔喺度\n催收員：唔該你叫佢覆電話，我姓鄧，唔該晒",
     [(P, "何志強")], []),
    ("sms", "debtor", "【澳門信貸】黎先生，您每晚都喺葡京賭場出入，唔還錢我哋會繼續跟進你嘅行蹤。", [], [S]),
    ("app", "debtor", "[WhatsApp] 客服：周生，閣下銀行戶口 6222 6232 9193 5649 每月25號有人工入賬，我哋會申請扣款\n[WhatsApp] 客戶：咩話",
     [(BC, "6222 6232 9193 5649")], [S, U]),
    ("app", "debtor", "[WhatsApp] 客戶：我張卡係6222 6232 9193 5649，你幫我睇下扣咗未\n[WhatsApp] 客服：周生，已經扣款成功，多謝",
     [(BC, "6222 6232 9193 5649")], []),
    ("notice", "third_party", "致：德興大廈業主立案法團\n本公司客戶居於德興大廈15樓B室，積欠貸款港幣三萬二千元未還，懇請法團協助轉告。",
     [(A, "德興大廈15樓B室")], [D]),
]

# --- identifiers in every written and spoken form ----------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【宏信】您好，核对信息：身份证 3201 0619 8005 2433 30，借款逾期请尽快处理。",
     [(ID, "3201 0619 8005 2433 30")], [U]),
    ("sms", "debtor", "【宏信】身份证：３６０１０２１９８０１１１７６８８５，您的借款逾期18天。",
     [(ID, "３６０１０２１９８０１１１７６８８５")], [U]),
    ("sms", "debtor", "【宏信】持卡人卡号 6230.5895.3055.2794 本期应还2,140元，已逾期。",
     [(BC, "6230.5895.3055.2794")], [U]),
    ("sms", "debtor", "【宏信】账户 6229-0857-5172-5048 的还款已逾期7天，请尽快存入资金。",
     [(BC, "6229-0857-5172-5048")], [U]),
    ("call", "debtor", "坐席：那我再读一遍你的手机号，幺三三 幺八九洞 三两七五，对吧\n客户：对的",
     [(MB, "幺三三 幺八九洞 三两七五")], [U]),
    ("call", "debtor", "坐席：您的身份证号是一四零一零五 一九六八零九二四 三三三七，对吧\n客户：对",
     [(ID, "一四零一零五 一九六八零九二四 三三三七")], [U]),
    ("call", "debtor", "坐席：老身份证号码是三三零一零二五一零五一一零六八，现在还在用吗\n客户：早就换了",
     [(ID, "三三零一零二五一零五一一零六八")], [U]),
    ("notice", "debtor", "借款人信息\n姓名：庞玉洁\n身份证号：410105510228490\n联系电话：139 9167 3943\n逾期金额：7,820元",
     [(P, "庞玉洁"), (ID, "410105510228490"), (MB, "139 9167 3943")], [U]),
    ("notice", "debtor", "借款人信息\n姓名：庞玉洁\n身份证号：410105******490\n联系电话：139****3943\n逾期金额：7,820元",
     [(P, "庞玉洁")], []),
    ("app", "debtor", "【还款助手】您的护照号 E38027196 已与账户绑定，逾期未还将同步至出入境风险名单。",
     [(PP, "E38027196")], [U]),
    ("app", "debtor", "【还款助手】港澳通行证 C61829035 已登记，请在出境前结清欠款。",
     [(PP, "C61829035")], [U]),
    ("email", "debtor", "韩先生：\n您的还款账户为 6217 0036 4370 2483 635，本期扣款失败，请确认账户状态。\n贷后管理部 0571-87065521-803",
     [(BC, "6217 0036 4370 2483 635"), (LL, "0571-87065521")], [U]),
    ("email", "debtor", "韩先生：\n您尾号635的还款账户本期扣款失败，请确认账户状态。\n贷后管理部 0571-87065521转803",
     [(LL, "0571-87065521")], []),
    ("sms", "debtor", "【恒顺】您好，请致电您的专属客服 (010) 6523-8890 分机 216，工作时间9:00-18:00。",
     [(LL, "(010) 6523-8890")], []),
    ("call", "debtor", "坐席：我这边记的你的卡号是六二五八洞七五五洞洞七洞六八洞七，你确认一下\n客户：嗯",
     [(BC, "六二五八洞七五五洞洞七洞六八洞七")], [U]),
    ("call", "debtor", "坐席：你的手机号是幺拐拐 三八拐八 勾洞五幺，对不对\n客户：对",
     [(MB, "幺拐拐 三八拐八 勾洞五幺")], [U]),
    ("call", "debtor", "坐席：身份证号码是五一零一零七一九七八零四两八四七八五吧\n客户：嗯",
     [(ID, "五一零一零七一九七八零四两八四七八五")], [U]),
    ("sms", "debtor", "【快易借】蒋先生，还款请转入您本人名下卡：4367-4261-0944-1635-236，逾期将产生罚息。",
     [(BC, "4367-4261-0944-1635-236")], [U]),
    ("email", "debtor", "您好：\n附件为您的结清证明，请查收。身份证号：５１０１０７１９９１０４０７４４７９，借款已全部结清。",
     [(ID, "５１０１０７１９９１０４０７４４７９")], [U]),
    ("sms", "debtor", "【民安消金】您的联系电话+86-158-5295-7808已验证，逾期账单请尽快处理。",
     [(MB, "158-5295-7808")], [U]),
    ("notice", "debtor", "还款账户信息\n户名：华信小额贷款有限公司\n账号：3100 2190 0910 0088 877\n开户行：交通银行杭州分行\n"
     "请于12月20日前还款。", [], []),
    ("sms", "debtor", "【信达】核对：身份证号码32010619820225555X，请于今日内还款。", [(ID, "32010619820225555X")], [U]),
    ("call", "debtor", "坐席：你这个身份证最后是五五五叉吧，整个号是三两洞幺洞六幺九八两洞两两五五五五叉\n客户：是",
     [(ID, "三两洞幺洞六幺九八两洞两两五五五五叉")], [U]),
    ("app", "debtor", "【还款助手】请确认您的联系人手机号：186 0869 2174，如有误请修改。", [(MB, "186 0869 2174")], [U]),
]

# --- decoys: numbers shaped like identifiers that are none --------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【优品借】您的借款合同号 320106201813450021 项下本期应还1,030元，请按时还款。", [], []),
    ("sms", "debtor", "【优品借】订单号 6222 0245 1169 1710 680 已生成，还款金额以APP显示为准。", [], []),
    ("sms", "debtor", "【宜居分期】您申请的结清证明已通过中通快递寄出，快递单号 7350 2861 9943 12，请留意查收。", [], []),
    ("sms", "debtor", "【民安消金】您的案件受理号 20261203-0017-3382 已登记，我们将在3个工作日内回复。", [], []),
    ("app", "debtor", "【消息中心】您的调解编号 TJ（2026）粤0304民调1187号，调解员将于12月9日与您联系。", [], []),
    ("call", "debtor", "坐席：您好，您的还款编号是幺洞二四 四五六七 八八九洞 幺二，记一下，去柜台报这个号就行\n客户：好的", [], []),
    ("call", "debtor", "坐席：您这笔合同编号是HT两洞两六幺幺洞三洞洞四两，金额三千五，下周一到期\n客户：知道了", [], []),
    ("call", "debtor", "坐席：您可以拨打我们的客服热线四洞洞 八六拐 幺幺勾洞，说明您的情况\n客户：嗯", [], []),
    ("notice", "debtor", "民事判决书摘要\n（2026）沪0115民初48213号\n原告：华信小额贷款有限公司\n判决被告于判决生效之日起十日内归还借款本金21,000元。",
     [], []),
    ("sms", "debtor", "【信达】您的车辆识别代码 LSVAU2180N2183746 对应的抵押登记已解除。", [], []),
    ("sms", "debtor", "【信达】您尾号8877的账户已收到还款3,000元，剩余应还0元，感谢您的支持。", [], []),
    ("app", "debtor", "【站内信】批次号 1401052026120300187 的减免申请已通过，减免金额 680 元。", [], []),
    ("call", "debtor", "坐席：这边给您一个案件号，幺幺九 二三 幺八 七六 六七三，以后打过来报这个就行\n客户：好", [], []),
    ("email", "debtor", "韦女士您好：\n减免协议编号 JM-3601-0219-8011-1768，请签署后回传至本邮箱。\nservice@anxinfq.com",
     [(EM, "service@anxinfq.com")], []),
    ("sms", "debtor", "【和信】您的贷款账户 HX 6217 0000 8812 3347 已结清（此为贷款账户编号，非银行卡号）。", [], []),
]

# --- near-misses: what the message needs, the debtor's own words, an agent refusing ------------------------------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor", "【宜居分期】童建华先生，您的借款已逾期12天，应还2,460元，请通过APP还款。", [(P, "童建华")], []),
    ("notice", "debtor", "还款通知\n收件人：童建华\n地址：成都市武侯区玉林北路56号2栋3单元401\n您的借款已逾期30天，请于12月20日前还款。",
     [(P, "童建华"), (A, "成都市武侯区玉林北路56号2栋3单元401")], []),
    ("call", "debtor", "坐席：您好，这边是宜居分期\n客户：我在住院，肺上长了个东西，刚做完手术\n坐席：那您先好好养病，"
     "我这边给您暂停催收，出院以后您方便了再联系我们", [], []),
    ("call", "debtor", "坐席：您好\n客户：我下周一要带孩子去儿童医院复查，那天别打\n坐席：好的，已经记下了，周一不联系您", [], []),
    ("call", "debtor", "坐席：您好\n客户：我现在在外地出差，住在酒店，回去再说\n坐席：好的，那您回来后方便时联系我们，"
     "我们不需要知道您在哪里", [], []),
    ("call", "debtor", "坐席：您好，宜居分期\n客户：我老公叫邹德胜，你们可以打他电话一五八一二一六洞七两四\n坐席：抱歉，"
     "按规定我们只能和您本人沟通，不会联系您的家人", [(P, "邹德胜"), (MB, "一五八一二一六洞七两四")], []),
    ("call", "third_party", "坐席：您好，请问是符丽华女士的家人吗\n联系人：我是她妹妹\n坐席：麻烦您转告她给我们回个电话，"
     "号码是零二八 八五五三 六二一零，谢谢", [(P, "符丽华"), (LL, "零二八 八五五三 六二一零")], []),
    ("call", "third_party", "坐席：您好，请问您认识符丽华女士吗\n联系人：她欠你们钱了吧\n坐席：不好意思，具体事情我们只能和她本人说，"
     "麻烦您让她回个电话", [(P, "符丽华")], []),
    ("call", "third_party", "坐席：您好，找一下符丽华\n联系人：她住院了，在华西医院\n坐席：好的，谢谢告知，那我们过段时间再联系她本人，"
     "打扰了", [(P, "符丽华")], []),
    ("app", "debtor", "[微信] 客户：我这个月在外地打工，工资卡是农行的，15号发工资\n[微信] 客服：好的，那我们约定16号还款，"
     "到时提醒您", [], []),
    ("app", "debtor", "[微信] 客户：你们能不能查一下我在别的平台欠了多少\n[微信] 客服：抱歉，我们无法也不会查询您在其他机构的借款，"
     "只能告诉您本平台的账单", [], []),
    ("app", "debtor", "[微信] 客户：我女儿在实验小学上学，你们别去学校\n[微信] 客服：请您放心，我们不会去学校，也不会联系学校", [], []),
    ("app", "debtor", "[微信] 客户：我是低保户，每个月就几百块\n[微信] 客服：了解了，您可以提交低保证明，我们为您申请困难减免", [], []),
    ("app", "debtor", "[微信] 客户：我信佛，最近在寺里做义工，没收入\n[微信] 客服：好的，那我们先给您做个延期，"
     "您有收入后再分期还", [], []),
    ("email", "debtor", "尊敬的客户：\n您来信说明的困难情况我们已收到。我们已为您登记困难客户，暂停催收60天，期间不计罚息。"
     "如需延长，请回复本邮件。\n客户关怀组 care@yuanhang-am.net", [(EM, "care@yuanhang-am.net")], []),
    ("email", "debtor", "投诉回复\n曾女士您好：\n您投诉我司催收员在电话中提及您的病情及家人工作单位。经核实，该行为违反我司规定，"
     "已对相关人员处理。我们向您致歉。\n投诉处理中心 complaint@hexin-fin.cn", [(EM, "complaint@hexin-fin.cn")], []),
    ("notice", "debtor", "个人信息处理告知书\n我司仅为催收目的处理您的姓名、联系方式及借款信息，不会收集您的健康、宗教、行踪等敏感个人信息，"
     "亦不会向无关第三方披露。", [], []),
    ("sms", "third_party", "【宜居分期】担保人葛先生您好：您为借款人提供担保的借款已逾期30天，根据《担保合同》第五条，请您履行担保责任。",
     [], []),
    ("sms", "third_party", "您好，您的号码被一位客户登记为联系人。我们有事找他，请转告他回电0755-83216540。如您不认识，请回复N。",
     [(LL, "0755-83216540")], []),
    ("call", "debtor", "坐席：您好，我是和信的催收员小黎，我的手机是一七六七一九九洞五二七，您有事可以直接打给我\n客户：好",
     [(MB, "一七六七一九九洞五二七")], []),
    ("notice", "debtor", "传票\n（2026）湘0104民初7726号\n被告：贺志强\n案由：民间借贷纠纷\n应到地点：长沙市岳麓区人民法院第三法庭"
     "（岳麓区桐梓坡西路398号）\n应到时间：2027年1月12日上午9时", [(P, "贺志强"), (A, "岳麓区桐梓坡西路398号")], []),
    ("app", "debtor", "[微信] 客户：我的手机号换成19162223179了\n[微信] 客服：已为您更新，以后我们会联系新号码",
     [(MB, "19162223179")], []),
]

# --- more voices: what a message does not need, said in passing ----------------------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【鑫e贷】杜鹏飞，你在深圳市南山区科技园中区科苑路15号讯美科技广场2栋的公司上班是吧，本周五前还款。",
     [(P, "杜鹏飞"), (A, "深圳市南山区科技园中区科苑路15号讯美科技广场2栋")], [X]),
    ("sms", "debtor", "【鑫e贷】杜先生，你丈母娘罗桂香和小舅子罗军的电话我们都有，你自己看着办。",
     [(P, "罗桂香"), (P, "罗军")], [X]),
    ("sms", "debtor", "【鑫e贷】杜鹏飞你好，你老婆罗小燕在南山区第二外国语学校当老师吧？请你尽快处理账单。",
     [(P, "杜鹏飞"), (P, "罗小燕")], [X]),
    ("app", "debtor", "【提醒】祝红霞女士，您家住合肥市蜀山区长江西路669号滨湖小区3栋1105，您在安徽江淮汽车集团工作，"
     "这些我们都核实过了。", [(P, "祝红霞"), (A, "合肥市蜀山区长江西路669号滨湖小区3栋1105")], [X]),
    ("call", "debtor", "坐席：魏涛啊，你哥魏强在县城开五金店，你嫂子叫邵春梅，我们都知道的\n客户：关他们什么事",
     [(P, "魏涛"), (P, "魏强"), (P, "邵春梅")], [X]),
    ("call", "debtor", "坐席：你爸叫温建平，你妈叫林玉珍，住在泉州市丰泽区东湖街道津淮街88号，对吧\n客户：你们想干嘛",
     [(P, "温建平"), (P, "林玉珍"), (A, "泉州市丰泽区东湖街道津淮街88号")], [X]),
    ("call", "debtor", "坐席：鲍先生，你现在在永辉超市仓库当主管，你那个主管是叫潘国平吧\n客户：你打听这些干什么",
     [(P, "潘国平")], [X]),
    ("app", "debtor", "[微信] 客服：苗春生，你住的西安市雁塔区小寨东路126号百隆广场A座1708，楼下保安都认识你了\n[微信] 客户：……",
     [(P, "苗春生"), (A, "西安市雁塔区小寨东路126号百隆广场A座1708")], [X]),
    ("app", "debtor", "[微信] 客服：你表姐万丽丽的电话 13693239855，你舅舅那边也留了号，还是你自己处理比较好\n[微信] 客户：别找他们",
     [(P, "万丽丽"), (MB, "13693239855")], [U, X]),
    ("sms", "debtor", "【快来钱】尊敬的客户夏文斌，您在苏州工业园区星湖街328号创意产业园5栋的单位已登记，请于3日内还款。",
     [(P, "夏文斌"), (A, "苏州工业园区星湖街328号创意产业园5栋")], [X]),
    ("email", "debtor", "夏文斌先生：\n您的账单已逾期。另据我们了解，您的妻子戚小雨目前在苏州大学附属第一医院任职，"
     "您的岳父戚国梁电话为13643824184。请您尽快处理，勿使家人受扰。",
     [(P, "夏文斌"), (P, "戚小雨"), (P, "戚国梁"), (MB, "13643824184")], [U, X]),
    ("notice", "debtor", "还款提示函\n车俊峰先生（工作单位：武汉钢铁集团冷轧厂三车间；家庭住址：武汉市青山区和平大道1245号"
     "钢花新村116街坊8门302）：\n您的借款已逾期60天。",
     [(P, "车俊峰"), (A, "武汉市青山区和平大道1245号钢花新村116街坊8门302")], [X]),
    ("notice", "debtor", "还款提示函\n车俊峰先生：\n您的借款已逾期60天，您女儿车思雨在武汉二中高二（7）班就读，"
     "为孩子着想，请尽快还款。", [(P, "车俊峰"), (P, "车思雨")], [S, X]),
    ("call", "debtor", "坐席：你媳妇梅琳是在武商广场卖化妆品的吧，她那柜台我去过\n客户：你别去找她",
     [(P, "梅琳")], [X]),
    ("app", "debtor", "【催款提示】谭志远您好，您的同事石宏亮、陶静已被列为工作核实联系人，请尽快处理欠款。",
     [(P, "谭志远"), (P, "石宏亮"), (P, "陶静")], [X]),
    ("sms", "debtor", "【借钱宝】蒲先生，你儿子蒲浩宇的电话18154081076我们已经有了，你不还只能让他知道了。",
     [(P, "蒲浩宇"), (MB, "18154081076")], [U, X]),
    ("call", "debtor", "坐席：申女士，你前夫单国栋现在住在郑州金水区农业路东段22号院，你们离婚的时候那套房子归谁了\n客户：这关你什么事",
     [(P, "单国栋"), (A, "郑州金水区农业路东段22号院")], [X]),
    ("app", "debtor", "[QQ] 客服：殷晓东，你在重庆长安汽车做质检，住渝北区龙溪街道金龙路9号，我说得没错吧\n[QQ] 客户：你们到底想怎样",
     [(P, "殷晓东"), (A, "渝北区龙溪街道金龙路9号")], [X]),
    ("email", "debtor", "庄先生：\n您好。经查您在杭州阿里巴巴（中国）有限公司任职，现居杭州市余杭区文一西路969号，"
     "您母亲庄秀英亦住本市。请于本月底前还款。",
     [(A, "杭州市余杭区文一西路969号"), (P, "庄秀英")], [X]),
    ("sms", "debtor", "【信用卡中心】您好，卢卫东先生，您名下卡片已逾期。您的妻子蒋慧敏、儿子卢子轩均在您登记的家庭成员中。",
     [(P, "卢卫东"), (P, "蒋慧敏"), (P, "卢子轩")], [X]),
    ("call", "debtor", "坐席：您好，我们这边查到您在长沙市雨花区劳动东路139号新城新世界小区2栋1803住，单位是湖南烟草，"
     "您是柯建强本人吧\n客户：是我", [(A, "长沙市雨花区劳动东路139号新城新世界小区2栋1803"), (P, "柯建强")], [X]),
    ("app", "debtor", "【还款通知】黎美华，你姐姐黎美玲在银行上班，你弟弟黎志明在读研究生，家里人都挺体面的，别让他们为难。",
     [(P, "黎美华"), (P, "黎美玲"), (P, "黎志明")], [X]),
    ("sms", "debtor", "【有钱花】尊敬的常伟先生，您的工作单位“江苏恒瑞医药股份有限公司”及地址“连云港市海州区昆仑山路7号”"
     "已被我司核实，请尽快还款。", [(P, "常伟"), (A, "连云港市海州区昆仑山路7号")], [X]),
    ("call", "debtor", "坐席：孟凡军，你以前在富士康干过，现在在比亚迪，对吧？你小舅子也在比亚迪，叫宋涛\n客户：你说这干嘛",
     [(P, "孟凡军"), (P, "宋涛")], [X]),
    ("app", "debtor", "[微信] 客服：你老婆微信号我们也加了，她叫甘晓露对吧，朋友圈天天晒娃\n[微信] 客户：你别骚扰她",
     [(P, "甘晓露")], [X]),
    ("notice", "debtor", "催告函\n金浩然先生：\n现查明您的父亲金长海、母亲田凤英共同居住于吉林省延吉市河南街道友谊路45号，"
     "您已逾期120天，请立即还款。",
     [(P, "金浩然"), (P, "金长海"), (P, "田凤英"), (A, "吉林省延吉市河南街道友谊路45号")], [X]),
    ("sms", "debtor", "【还呗】你爱人房晓梅电话15812160724，你爸房德昌电话13991673943，考虑清楚。",
     [(P, "房晓梅"), (MB, "15812160724"), (P, "房德昌"), (MB, "13991673943")], [U, X]),
    ("call", "debtor", "坐席：你在哪个厂上班我们都知道，东莞长安镇的那个鞋厂，对吧，韦小兵\n客户：你们查我？",
     [(P, "韦小兵")], [X]),
    ("email", "debtor", "主题：还款提醒\n左玉婷女士：\n您目前就职于上海浦东发展银行陆家嘴支行，住址为上海市浦东新区张杨路1500号"
     "8号楼902室。请在本周内完成还款。", [(P, "左玉婷"), (A, "上海市浦东新区张杨路1500号8号楼902室")], [X]),
    ("app", "debtor", "【账单提醒】您的借款已逾期。您的紧急联系人：姐姐 单艳红 13229220790；同事 景波 18907482327。",
     [(P, "单艳红"), (MB, "13229220790"), (P, "景波"), (MB, "18907482327")], [U, X]),
    ("call", "debtor", "坐席：龙先生，你岳母是不是叫包桂珍，住在南昌青山湖区北京东路88号\n客户：别去找她",
     [(P, "包桂珍"), (A, "南昌青山湖区北京东路88号")], [X]),
    ("sms", "debtor", "【安心借】喻俊你好，你现在在顺丰速运天河营业部送快递，请尽快还款，以免影响工作。",
     [(P, "喻俊")], [X]),
    ("app", "debtor", "[微信] 客服：霍女士，你老公霍天宇做的是哪一行？他在华为上班吧，月薪不低，你们家还不起这三千？\n[微信] 客户：……",
     [(P, "霍天宇")], [X]),
    ("notice", "debtor", "还款通知\n致：欧阳明先生\n地址：昆明市五华区人民中路77号翠湖小区4幢602\n您的同住人欧阳雪（女儿）、"
     "杜晓丽（妻子）如有疑问也可联系我们。",
     [(P, "欧阳明"), (A, "昆明市五华区人民中路77号翠湖小区4幢602"), (P, "欧阳雪"), (P, "杜晓丽")], [X]),
    ("call", "debtor", "坐席：你上班的那个物流园在天津西青区津静公路，你每天早上八点打卡吧，严建伟\n客户：你们跟踪我？",
     [(P, "严建伟")], [S, X]),
    ("call", "third_party", "坐席：喂，是韩梅的邻居吧，她家住你们楼上1202是吧\n第三方：是啊\n坐席：她老公叫郭伟，在哪上班你知道吗，"
     "他们家欠我们好几万了", [(P, "韩梅"), (P, "郭伟")], [D, X]),
    ("sms", "third_party", "你好，我是金盛的，你同学洪亮毕业后在上海哪家公司？他在我们这的账一直挂着，你知道的话告诉我们。",
     [(P, "洪亮")], [D]),
    ("app", "third_party", "[微信] 坐席：姐，你弟傅俊杰现在住哪？他老婆黄琳电话多少？他欠的一万二总得有人出面\n[微信] 联系人：我不知道",
     [(P, "傅俊杰"), (P, "黄琳")], [D, X]),
    ("email", "third_party", "人事部负责人：\n贵司仓储部员工沈浩（家住天津市河东区十一经路39号）目前在我处有一笔"
     "到期未结的款项，金额21,600元。望协助联系。\nhuaxinzc@163.com",
     [(P, "沈浩"), (A, "天津市河东区十一经路39号"), (EM, "huaxinzc@163.com")], [D, X]),
    ("sms", "third_party", "舅舅您好，冒昧打扰，您外甥苏文的信用卡已欠了半年，他老婆在坐月子，我们也不好意思找她，只能麻烦您了。",
     [(P, "苏文")], [D, S]),
    ("call", "third_party", "坐席：你是伍佳的同事吧？她最近请病假是因为流产了吧，她那笔分期也一直没还\n联系人：我不清楚",
     [(P, "伍佳")], [D, S]),
    ("sms", "third_party", "【速银花】您的朋友钱卫国（身份证尾号4479）在本平台借款已逾期，他家住郑州市中原区建设西路187号，"
     "请协助联系。", [(P, "钱卫国"), (A, "郑州市中原区建设西路187号")], [D, X]),
    ("app", "third_party", "【车友群】催收员：各位车友，有辆白色凯美瑞的车主欠款失联，有谁在宝安见到这辆车麻烦告诉我，"
     "他叫侯振华，在西乡开茶叶店。", [(P, "侯振华")], [D, X]),
    ("call", "third_party", "坐席：阿姨您好，您是孙亮的房东吧，他的房租交了没？他在我们这也欠着钱，每天几点回来您知道吗\n第三方：你问这干嘛",
     [(P, "孙亮")], [D]),
    ("notice", "third_party", "致：金色家园物业管理处\n贵小区业主邢卫东（5栋1单元702）与我司存在借款纠纷，欠款四万余元，"
     "其妻子邢太太在小区门口开了一家美容店，请物业提醒其尽快处理。",
     [(P, "邢卫东"), (A, "5栋1单元702")], [D]),
    ("sms", "debtor", "【宜居分期】你在中山大学附属肿瘤医院的住院记录我们已经看到，出院后第一时间还款。", [], [S]),
    ("call", "debtor", "坐席：汪先生，你上个月才做完痔疮手术吧，在市中医院，现在能上班了吧，那就还钱\n客户：你们连这都知道",
     [], [S]),
    ("app", "debtor", "[微信] 客服：你每周三下午都去精神卫生中心开药，医保卡刷的，这个我们查得到\n[微信] 客户：……", [], [S]),
    ("sms", "debtor", "【安逸花】您本月通过微信支付在夜店消费4,860元，有钱消费请先还款。", [], [S]),
    ("call", "debtor", "坐席：你是退伍军人吧，你们这种身份的人欠钱不还，武装部那边知道吗\n客户：这和当兵有什么关系", [], [S]),
    ("app", "debtor", "【账单提醒】我们注意到您每天傍晚六点会在滨江公园跑步，请在明天之前还款。", [], [S]),
    ("call", "debtor", "坐席：你怀的是二胎吧，预产期三月份，产检都在妇幼，孩子出生前这钱你得还了\n客户：你们怎么知道的", [], [S]),
    ("sms", "debtor", "【好分期】经查询，您名下有一套房产的按揭贷款、一辆车的车贷，月供共计9,300元，您有还款能力。", [], [S]),
    ("call", "debtor", "坐席：你之前因为酒驾被拘留过十五天对吧，这个记录我们这里有\n客户：那是以前的事", [], [S]),
    ("email", "debtor", "您好：\n据我们了解，您近期在广州市妇女儿童医疗中心就诊，诊断为先兆流产。请您尽快安排家人代为还款。",
     [], [S]),
    ("app", "debtor", "[微信] 客服：你儿子每周六上午在少年宫学钢琴，九点开课对吧，这周你总该把钱还了\n[微信] 客户：你们想干嘛",
     [], [S]),
    ("sms", "debtor", "【金橙】您是听障人士，我们特地发短信通知：您的残疾证号已备案，请尽快还款。", [], [S]),
    ("call", "debtor", "坐席：你那个HIV检测结果出来了没，阳性也得还钱啊\n客户：你们怎么知道的", [], [S]),
    ("app", "debtor", "【站内信】系统显示您本人声纹已采集完毕，后续通话将进行声纹比对，逾期将影响您的信用。", [], [S]),
    ("call", "debtor", "坐席：侯女士，您目前人在三亚吧？昨天晚上在亚龙湾那家酒店，住得挺好啊\n客户：你们怎么知道", [], [S]),
    ("sms", "debtor", "【金桥】郁先生，您最近每周一三五晚上都在羽毛球馆，十点后才回家，请合理安排时间处理还款。", [], [S]),
    ("call", "debtor", "坐席：你是回族吧，每年开斋节都回老家，今年回去之前先把账清了\n客户：这跟你们有什么关系", [], [S]),
    ("app", "debtor", "[微信] 客服：我们知道你上个月刚从看守所出来，找工作不容易吧，但钱还是要还\n[微信] 客户：……", [], [S]),
    ("email", "debtor", "尊敬的客户：\n系统显示您在本行的活期存款余额为38,250.11元，另有三个月定期存款100,000元将于12月20日到期，"
     "请到期后优先偿还信用卡欠款。", [], [S]),
    ("app", "debtor", "[微信] 客服：聂先生，你爱人最近是不是刚查出乳腺癌，你在陪护，那你把工资卡里的钱先转过来\n[微信] 客户：你还是人吗",
     [], [S]),
]

# --- relatives, in-laws, colleagues and homes named where the message does not need them ------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【及时雨】葛志刚，你老家是邵阳市新邵县酿溪镇龙山村七组的吧，过年回去之前把账结了。",
     [(P, "葛志刚"), (A, "邵阳市新邵县酿溪镇龙山村七组")], [X]),
    ("call", "debtor", "坐席：你老丈人郁永福是退休教师，住在常州市天宁区延陵中路101号，他知道你欠钱吗\n客户：别扯上他",
     [(P, "郁永福"), (A, "常州市天宁区延陵中路101号")], [X]),
    ("app", "debtor", "[微信] 客服：你妹妹冷雪现在在成都上大学吧，你妈电话一三六三五七三九九一七，你要我打给谁\n[微信] 客户：都别打",
     [(P, "冷雪"), (MB, "一三六三五七三九九一七")], [U, X]),
    ("email", "debtor", "您好，贾明远先生：\n您的账单已逾期。我们已了解到您目前任职于南京苏宁易购集团总部市场部，"
     "直属领导为包立新。请您在三日内还款，以免我们与单位核实。", [(P, "贾明远"), (P, "包立新")], [X]),
    ("sms", "debtor", "【速借】您的家庭住址哈尔滨市道里区安静街53号3单元501已登记，户主程玉山，请尽快还款。",
     [(A, "哈尔滨市道里区安静街53号3单元501"), (P, "程玉山")], [X]),
    ("call", "debtor", "坐席：卓先生，你那个女朋友叫白露是吧，在万达影城上班，你们住在一起的吧\n客户：你们打听这么多干嘛",
     [(P, "白露")], [X]),
    ("notice", "debtor", "催收函\n彭建伟先生：\n您所在单位为深圳地铁集团运营总部，您的配偶钟丽萍为深圳市第二人民医院护士，"
     "子女就读于深圳实验学校。请尽快处理欠款。", [(P, "彭建伟"), (P, "钟丽萍")], [S, X]),
    ("app", "debtor", "【账单提醒】尊敬的申宇航用户，您的户籍地址为河北省保定市竞秀区朝阳北大街1566号，您的借款已逾期。",
     [(P, "申宇航"), (A, "河北省保定市竞秀区朝阳北大街1566号")], [X]),
    ("call", "debtor", "坐席：你小姨子叫谭晶，在区税务局上班对吧，你不想让她知道吧\n客户：……", [(P, "谭晶")], [X]),
    ("sms", "debtor", "【有借】华子豪，你合租的室友丁一帆、吕明我们都联系得上，你住的广州市天河区员村二横路6号602我们也清楚。",
     [(P, "华子豪"), (P, "丁一帆"), (P, "吕明"), (A, "广州市天河区员村二横路6号602")], [X]),
    ("app", "debtor", "[QQ] 客服：宁波那个厂我们去过，你同事李海军说你上个月辞职了，是吧殷凯\n[QQ] 客户：你们去我厂里了？",
     [(P, "李海军"), (P, "殷凯")], [X]),
    ("call", "debtor", "坐席：你是湖北恩施人，老家恩施市舞阳坝街道金桂大道22号，你爸叫向国华，我说对了吧\n客户：你们怎么查到的",
     [(A, "恩施市舞阳坝街道金桂大道22号"), (P, "向国华")], [X]),
    ("email", "debtor", "滕先生：\n您名下借款已逾期90天。您的妻子滕丽（身份证号140105197508049586）为该笔借款的紧急联系人，"
     "请您尽快还款。", [(P, "滕丽"), (ID, "140105197508049586")], [U, X]),
    ("sms", "debtor", "【金桥】莫先生，您的女儿莫小雅在杭州市学军小学就读，您的太太在浙一医院上班，请尽快还款。",
     [(P, "莫小雅")], [S, X]),
    ("app", "debtor", "[微信] 客服：韦志坚先生，您家是在南宁市西乡塘区大学东路100号广西大学东校园教工宿舍12栋吧，您爱人也在广西大学教书\n"
     "[微信] 客户：你们到底要干嘛", [(P, "韦志坚"), (A, "南宁市西乡塘区大学东路100号广西大学东校园教工宿舍12栋")], [X]),
    ("call", "debtor", "坐席：你二姐柏玉梅嫁到了临沂，她老公是做建材的，我们也有她电话\n客户：别找我姐", [(P, "柏玉梅")], [X]),
    ("notice", "debtor", "还款通知\n尊敬的林晓峰先生：\n您的借款逾期35天。以下为您登记的家庭成员：父亲林福生（13084445240），"
     "母亲陈秀兰（15285694866）。请尽快还款。",
     [(P, "林晓峰"), (P, "林福生"), (MB, "13084445240"), (P, "陈秀兰"), (MB, "15285694866")], [U, X]),
    ("sms", "debtor", "【易分期】易俊辉先生，您在成都市高新区天府大道北段1700号环球中心E1区的公司我们已上门核实。",
     [(P, "易俊辉"), (A, "成都市高新区天府大道北段1700号环球中心E1区")], [X]),
    ("call", "debtor", "坐席：你大学室友汪涛、严飞都说你混得挺好的，在腾讯上班，怎么就不还钱呢，季远\n客户：你们找我同学了？",
     [(P, "汪涛"), (P, "严飞"), (P, "季远")], [X]),
    ("app", "debtor", "【还款提醒】奚女士，您的公婆奚长春、裘美芬住在绍兴市越城区解放北路268号，请不要让老人担心。",
     [(P, "奚长春"), (P, "裘美芬"), (A, "绍兴市越城区解放北路268号")], [X]),
    ("email", "debtor", "主题：关于您的逾期账单\n苗雨涵：\n经核实，您目前在北京字节跳动科技有限公司任产品经理，住北京市海淀区"
     "学院路30号科大天工大厦B座1006。请于12月15日前还款。",
     [(P, "苗雨涵"), (A, "北京市海淀区学院路30号科大天工大厦B座1006")], [X]),
    ("call", "debtor", "坐席：冯女士，你前夫刘建军说了，这钱跟他没关系，他现在住在你们原来那套房子，淮安市清江浦区健康西路45号\n客户：你们还找他了",
     [(P, "刘建军"), (A, "淮安市清江浦区健康西路45号")], [X]),
    ("sms", "third_party", "您好，您的邻居柴国庆（住12栋2单元402）在我平台欠款未还，他爱人叫吕芳，在社区医院上班，请转告他们。",
     [(P, "柴国庆"), (A, "12栋2单元402"), (P, "吕芳")], [D, X]),
    ("call", "third_party", "坐席：你好，你是乔波的姑姑吧，他爸乔国强的电话换了没，乔波在我们这欠了两万多一直没处理\n联系人：我不清楚",
     [(P, "乔波"), (P, "乔国强")], [D, X]),
    ("app", "third_party", "[微信] 坐席：你是滕飞的女朋友吧，他住在福州鼓楼区五四路158号那套房子，他欠的钱你替他还一点\n[微信] 联系人：我们分手了",
     [(P, "滕飞"), (A, "福州鼓楼区五四路158号")], [D, X]),
    ("email", "third_party", "致：佳和物业客服中心\n贵小区6栋1802业主鲍金生在我司名下借款逾期，其女儿鲍佳琪在小区内的幼儿园就读，"
     "请协助联系。\nservice@jiahe-pm.com", [(A, "6栋1802"), (P, "鲍金生"), (P, "鲍佳琪"), (EM, "service@jiahe-pm.com")], [D, S, X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "W-ASR-CALLS": ASR_CALLS,
    "W-SMS-DEBTOR": SMS_DEBTOR,
    "W-THIRD-PARTIES": THIRD_PARTIES,
    "W-CHATS": CHATS,
    "W-LETTERS": LETTERS,
    "W-TRANSFERS": TRANSFERS,
    "W-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "W-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "W-DECOYS": DECOYS,
    "W-NEAR-MISSES": NEAR_MISSES,
    "W-MORE-VOICES": MORE_VOICES,
    "W-FAMILY-AND-WORK": FAMILY_AND_WORK,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
