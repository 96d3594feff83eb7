"""Writes `pipl_heldout_aa.jsonl`, the twenty-seventh independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_y.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes) and typed into the texts by hand; the
passports and the home-return permit were typed to the pattern.

Its weight lies on identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred
messages: mobiles, landlines with area codes (one in brackets and full-width digits, one behind (852)) and
extensions after 转, 分机 or a hyphen, 18-digit IDs (some ending in X, one read with a spoken 叉, two with a
full-width last character) and old 15-digit ones, bank cards of 16 and 19 digits, ordinary passports (E, EA, G)
and a home-return permit; read aloud with 幺 洞 两 拐 and with 零 to 九, grouped by spaces, dots and hyphens, in
full-width digits, behind +86 and 0086, glued to the Chinese words around them, and spaced out character by
character in OCR'd letters and receipts. Beside them stand decoys of the same shapes: contract, order,
application, repayment-order, serial, case, receipt, waybill and invoice numbers (an 18-digit one with a
thirteenth month, 18-digit ones failing the check character, a contract number grouped like an ID, 19-digit ones
grouped like cards but failing Luhn, a case number and an order number read aloud like mobiles or dates), a
mediation case number, verification codes, 95 and 400 numbers written and read aloud, masked forms, amounts and
dates. Third-party disclosure labels over sixty messages, many saying no more than that the money "is still
hanging", "has not landed" or "has not been settled", or naming only the lender, to a wife, a mother, a sister, a
brother, an uncle, a mother-in-law, an ex-wife, a girlfriend, a classmate, a roommate, colleagues, a boss, an HR
department, a union, a project department, a school, a landlord, a village head, a village committee, a
residents' committee, a property manager and owners', parents', company, village, drivers', townsmen's, alumni
and neighbours' group chats; beside them contacts asked only for a call-back (a wrong number too), a guarantor
and a co-borrower told of what they signed, and sealed letters an employer, a school, a residents' committee or a
village committee is asked to hand over. `pii.excessive` labels over sixty messages: full names with a home
address, a workplace address or an employer, and the names and numbers of spouses, ex-spouses, partners,
parents, parents-in-law, grandparents, siblings, cousins, children, colleagues and a business partner.
`pii.sensitive` labels over sixty, mostly without the textbook words: dialysis, an ICU bed, chemotherapy, a heart
stent, a gastroscopy, heart clinic visits, a psychiatric follow-up, antidepressants, insulin, hepatitis B
medicine, an abortion, IVF, a pregnancy and due date, a maternity booking, a child's school, class, kindergarten
and school bus, a cinema, a casino, a bar, a hotel, an airport gate, a border crossing, a car park, a mahjong
parlour, a gym, a badminton hall, a commute, a delivery round, a night shift, step counts, a location fix, salary
inflows, card balances, provident-fund and medical-insurance balances, a time deposit, spending records, debts at
other banks and platforms, a livelihood allowance, a disability certificate, a veteran's allowance, mass, Friday
prayers, incense at a temple, a face and voiceprint record, detention for drink-driving and drug rehabilitation.
Beside them stand debtors speaking of their own illness, church, detention or a wife's chemotherapy, and agents
answering with a deferral, instalments or a pause. Registers: lenders' SMS templates and app pushes, robot
scripts, agent calls as speech-to-text output, WeChat, QQ and WhatsApp chats and group chats, letters to debtors,
employers, a school, a residents' committee, a property manager and village committees, a lawyer's letter,
hand-over sheets, visit reports, work orders, CRM exports, quality notes, complaint replies, e-mail, Cantonese
and traditional characters (Hong Kong and Taiwan lenders).

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
  lawyer's landline, the collector's work mobile, a customer writing or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; work orders and case sheets
  passed between the agencies handling the case go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's offer to pause for illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to (or the unit a property manager or village committee is asked to forward it to: that letter is a
  disclosure), a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or 0086 before
a mobile; a surname with an honorific or a prefix (罗先生, 小陈, 马女士) is not a PERSON, a given name after a kinship
term or a nickname is; ADDRESS reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_aa`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_aa.jsonl"
ID_PREFIX = "PAA"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好，这边是鑫桥资产受安逸花委托的，请问是罗先生吧\n客户：是我\n坐席：好的，核对一下您身份证"
     "号码是不是三五零二零三一九九零零七二四二五一四\n客户：对的", [(ID, "三五零二零三一九九零零七二四二五一四")], [U]),
    ("call", "debtor", "坐席：嗯是这样的，您那个借款呢逾期十九天了\n客户：我知道，我这周在医院陪我妈做透析\n坐席：理解理解，那我给您"
     "申请延后七天，您看行吗", [], []),
    ("call", "debtor", "坐席：喂，谭女士，我这边查到你上礼拜三下午在东莞南城那个万达影城刷过卡哦，有钱看电影没钱还款是吧",
     [], [S]),
    ("call", "third_party", "坐席：你好，请问你是易志刚的爱人吗\n第三方：我是，什么事\n坐席：他在我们平台的借款已经两个月没还了，一共"
     "八千六，你让他赶紧处理", [(P, "易志刚")], [D]),
    ("call", "third_party", "坐席：您好，请问是易志刚的家属吗\n第三方：我是他老婆\n坐席：麻烦您让他方便的时候回个电话给小陈，谢谢",
     [(P, "易志刚")], []),
    ("call", "debtor", "坐席：核对一下，你预留的手机是幺三八七洞幺洞九八两四对吧\n客户：对", [(MB, "幺三八七洞幺洞九八两四")], [U]),
    ("call", "debtor", "客户：我卡号是六二一七 零零二四 八一五二 九六三零 三七二，你们扣吧\n坐席：好的，已经记录，今晚二十点前扣款",
     [(BC, "六二一七 零零二四 八一五二 九六三零 三七二")], []),
    ("call", "debtor", "坐席：杨先生，你在工行那张卡六二二二 零二九三 零八二八 九八八八 零零八上个月进了一万四的工资，怎么就还不了呢",
     [(BC, "六二二二 零二九三 零八二八 九八八八 零零八")], [U, S]),
    ("call", "debtor", "坐席：先生您好，我们这边看到您最近在另外三家平台都有借款，建议您先跟我们协商一个分期方案\n客户：你们怎么知道"
     "\n坐席：是您授权查询的征信报告上显示的", [], [S]),
    ("call", "debtor", "坐席：马女士，你老公骆建平不是在顺丰车队开车吗，让他帮你还一下嘛", [(P, "骆建平")], [X]),
    ("call", "debtor", "坐席：你每天早上七点二十都从翠苑小区北门骑电动车出去的，我们都清楚，别躲了", [], [S]),
    ("call", "third_party", "坐席：喂，请问是单红梅吗\n第三方：不是，打错了\n坐席：不好意思打扰了", [(P, "单红梅")], []),
    ("call", "third_party", "坐席：您好，我找一下单红梅\n第三方：她是我妹，不在\n坐席：她那个钱还挂着呢，都拖了快三个月，你帮"
     "着催一下", [(P, "单红梅")], [D]),
    ("call", "debtor", "坐席：嗯你那个呃社保卡里还有两万多的医保余额，公积金也有六万，拿出来还嘛", [], [S]),
    ("call", "debtor", "坐席：你好这边是招联的贷后，之前联系不上你，你身份证四三零一零四一九九三零四零七八六六叉，对吧",
     [(ID, "四三零一零四一九九三零四零七八六六叉")], [U]),
    ("call", "debtor", "坐席：请问是幸先生本人吗\n客户：是\n坐席：为了确认身份，麻烦您报一下身份证后四位\n客户：三一五七",
     [], []),
    ("call", "debtor", "坐席：你女儿在实验二小四年级三班，放学四点半对吧，你就不怕丢人？", [], [S]),
    ("call", "debtor", "坐席：您女儿的学费是不是也要交了，我们理解，可以先还最低的八百\n客户：嗯我想想", [], []),
    ("call", "debtor", "坐席：易先生你听我说，你那个乙肝的药一个月也就几百，怎么会还不上呢", [], [S]),
    ("call", "debtor", "客户：我刚查出来乙肝，在吃药\n坐席：那您先养病，这个月账单我帮您申请暂缓", [], []),
    ("call", "debtor", "坐席：我这边核对您的护照号码是E四八二七一九三六，您是不是准备出国", [(PP, "E四八二七一九三六")], [U]),
]


# --- lenders' SMS templates and app pushes -------------------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【金禾消费金融】尊敬的客户，您尾号8008的借款已逾期5天，应还1268.40元，请于12月9日前还款。客服95137",
     [], []),
    ("sms", "debtor", "【金禾消费金融】侯振宇，您身份证230103197205218871名下借款已逾期，请立即还款1268.40元。",
     [(P, "侯振宇"), (ID, "230103197205218871")], [U]),
    ("sms", "debtor", "【优分期】您本月在美团、京东、拼多多合计消费3,412元，却一分未还，请于今日内还清。", [], [S]),
    ("sms", "debtor", "【乐享借】卢女士您好，您的还款账户6226090692768761今晚将发起扣款，请保证余额充足。",
     [(BC, "6226090692768761")], [U]),
    ("sms", "debtor", "【乐享借】卢女士您好，您尾号8761的还款卡今晚将发起扣款，请保证余额充足。退订回T", [], []),
    ("sms", "debtor", "【众信金服】您好，您合同号HT2026110417382260的分期已逾期，请致电4008-526-917协商。", [], []),
    ("sms", "debtor", "【众信金服】您好，您登记的联系电话18648804298已停机，请致电4008-526-917更新资料。",
     [(MB, "18648804298")], [U]),
    ("sms", "debtor", "【小象优品】检测到您昨晚23:40在澳门新葡京附近有定位记录，请尽快还款，勿作他用。", [], [S]),
    ("sms", "debtor", "【小象优品】您的订单20261203884512已逾期，逾期金额436元，点击 xxyp.cn/r/8Kd2 还款。", [], []),
    ("sms", "debtor", "【银信资产】受宜人贷委托：钟丽娟，家住南宁市青秀区民族大道136号南国花园9栋1204，欠款8765元速还。",
     [(P, "钟丽娟"), (A, "南宁市青秀区民族大道136号南国花园9栋1204")], [X]),
    ("sms", "debtor", "【银信资产】受宜人贷委托：钟女士，您欠款8765元，请于本周五前联系我司0771-5862394协商。",
     [(LL, "0771-5862394")], []),
    ("sms", "debtor", "【芝麻分期】您上周在市妇幼保健院产科的建档费用已从您的信用卡支出，借款仍未还，请尽快处理。", [], [S]),
    ("sms", "debtor", "【鼎信小贷】您好，您在我司的借款本金5000元，逾期36天，罚息按合同第七条计收，咨询0755-2683 4471。",
     [(LL, "0755-2683 4471")], []),
    ("sms", "debtor", "【鼎信小贷】您的残疾人证号码及低保信息已在我司系统备案，逾期将影响相关补贴发放，请知悉。", [], [S]),
    ("sms", "debtor", "【恒易融】还款请转至您本人卡号：６２３０ ５２０１ ４５９３ １６４３ ８７９，户名请核对。",
     [(BC, "６２３０ ５２０１ ４５９３ １６４３ ８７９")], [U]),
    ("sms", "debtor", "【星辰信用】尊敬的肖国庆先生，您妻子何秀兰（13870109824）已知悉您的逾期情况，请尽快还款。",
     [(P, "肖国庆"), (P, "何秀兰"), (MB, "13870109824")], [U, X]),
    ("sms", "debtor", "【洋钱罐】您好，系统显示您每周四晚在奥体中心羽毛球馆打球，请安排好还款时间。", [], [S]),
    ("app", "debtor", "【还款提醒】您名下公积金账户余额46,820元，足以结清本笔借款，请立即办理提取。", [], [S]),
    ("app", "debtor", "【消息中心】宋佳怡，您的借款已逾期，您同事刘晓东、王蕾的电话我们已经留存。",
     [(P, "宋佳怡"), (P, "刘晓东"), (P, "王蕾")], [X]),
    ("app", "debtor", "【催收提醒】您在本平台人脸识别留存的照片与声纹信息将用于逾期追偿，请知悉。", [], [S]),
]


# --- robot scripts ---------------------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，请确认您的身份证号码是幺幺洞幺洞五幺九九拐幺幺两拐三幺五拐，如正确请按一。",
     [(ID, "幺幺洞幺洞五幺九九拐幺幺两拐三幺五拐")], [U]),
    ("call", "debtor", "机器人：您好，您尾号三二八四的借款已逾期，应还金额两千零四十元，请于三日内处理。", [], []),
    ("call", "debtor", "机器人：请将欠款转入您的绑定卡，卡号六二五八 洞七六 九八九 三五洞 七幺幺，户名为您本人。",
     [(BC, "六二五八 洞七六 九八九 三五洞 七幺幺")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，系统检测到您近期多次前往市第三人民医院精神科复诊，请合理安排还款。", [], [S]),
    ("call", "debtor", "机器人：您好，如对账单有疑问，请拨打客服热线九五五幺八，或按零号键转人工。", [], []),
    ("call", "third_party", "机器人：您好，您是雷振华的紧急联系人，他在我司借款逾期四十天，请督促其还款。\n第三方：关我什么事",
     [(P, "雷振华")], [D]),
    ("call", "third_party", "机器人：您好，您的亲友请您尽快回拨幺三九八八六七六九四洞，谢谢。",
     [(MB, "幺三九八八六七六九四洞")], [U]),
    ("call", "third_party", "机器人：您好，这里是悦达客服，有件事需要联系雷先生本人，麻烦转告他回电，谢谢。", [], []),
    ("call", "debtor", "机器人：您好，您的订单号两零两六幺幺两八三三九五六拐已逾期，请及时还款。", [], []),
    ("call", "debtor", "机器人：检测到您名下在招商、浦发、中信三家银行共有信用卡透支七万余元，请优先归还本平台。", [], [S]),
    ("call", "debtor", "机器人：您好，您的验证码是六两四八九三，请勿告诉他人。", [], []),
    ("call", "debtor", "机器人：您好，您的家人丁桂芳、丁晓磊电话已核实，请您今天内还款。", [(P, "丁桂芳"), (P, "丁晓磊")], [X]),
]

# --- to relatives, contacts, employers and group chats ----------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，麻烦转告伍志强回个电话给小林，谢谢。", [(P, "伍志强")], []),
    ("sms", "third_party", "您好，伍志强那边一直没动静，麻烦您转告一声，别再拖了。", [(P, "伍志强")], [D]),
    ("sms", "third_party", "姐，你弟的事还挂着呢，再没消息只能走下一步了，你跟他说说。", [], [D]),
    ("sms", "third_party", "叔，您侄子在我们这边的那笔还没落地，您帮忙提一嘴。", [], [D]),
    ("sms", "third_party", "您好，我们是如意贷的，有急事找您女儿，请她今天回电。", [], [D]),
    ("sms", "third_party", "您好，我这边有事需联系谢立新本人，麻烦让他回电0571-8820 6613，谢谢。",
     [(P, "谢立新"), (LL, "0571-8820 6613")], []),
    ("sms", "third_party", "您好，作为借款合同的担保人，您对借款人未清偿部分承担连带保证责任，详情请致电0571-8820 6613。",
     [(LL, "0571-8820 6613")], []),
    ("sms", "third_party", "房东您好，您的租客柴明上个月起就没还我们的款了，他要是搬走麻烦告诉我们一声。", [(P, "柴明")], [D]),
    ("sms", "third_party", "您好，您是柴明登记的联系人，请他方便时回个电话，谢谢。", [(P, "柴明")], []),
    ("sms", "third_party", "王主任您好，你们村五组的胡德旺那笔还是没动，麻烦村里做做工作。", [(P, "胡德旺")], [D]),
    ("sms", "third_party", "王主任您好，有封给胡德旺的挂号信寄到村委会了，麻烦通知他本人来取。", [(P, "胡德旺")], []),
    ("app", "third_party", "【家校群】各位家长好，三班甘雨萱家长甘伟在我司欠款未还，请转告其联系我们。",
     [(P, "甘雨萱"), (P, "甘伟")], [D, S, X]),
    ("app", "third_party", "【小区业主群】1号楼那位姓包的业主，你网贷的事还没处理，大家认识的提醒一下。", [], [D]),
    ("app", "third_party", "【车队群】老谭那笔钱还没平，你们谁见着他让他回个话。", [], [D]),
    ("app", "third_party", "【车队群】各位师傅，谁有老谭的新号码，麻烦私信我一下，谢谢。", [], []),
    ("app", "third_party", "【同学群】有人能联系上邵帆吗？找他有点急事。", [(P, "邵帆")], []),
    ("app", "third_party", "【老乡群】邵帆欠的那两万，平台天天在找，大家看到他喊一声。", [(P, "邵帆")], [D]),
    ("email", "third_party", "人事部您好：贵司员工詹晓峰在我司的个人借款已逾期，请协助通知其本人尽快处理。\n润丰资产 催收部",
     [(P, "詹晓峰")], [D]),
    ("email", "third_party", "人事部您好：我司有一份致詹晓峰本人的密封函件，烦请转交其本人，内容与贵司无关。\n润丰资产",
     [(P, "詹晓峰")], []),
    ("email", "third_party", "您好，贵司员工詹晓峰上周在仁济医院住院做了心脏支架，人事这边应该清楚，他的欠款何时能还？",
     [(P, "詹晓峰")], [D, S]),
    ("call", "third_party", "坐席：喂，是谷丽萍的同事吧\n第三方：对\n坐席：你跟她说一下，她那个款该处理了，别让我们再打到单位",
     [(P, "谷丽萍")], [D]),
    ("call", "third_party", "坐席：您好，请问是谷丽萍的同事吗\n第三方：是\n坐席：能麻烦您让她回一下电话吗？我姓韩\n第三方：行",
     [(P, "谷丽萍")], []),
    ("call", "third_party", "坐席：请问您是江海燕的母亲吧\n第三方：是啊\n坐席：您女儿住院那段时间的钱到现在还没还，一万二",
     [(P, "江海燕")], [D, S]),
    ("call", "third_party", "坐席：您好，您是借款人江海燕借款的共同借款人，本期三千二需要您这边一并安排\n第三方：我知道，下周还",
     [(P, "江海燕")], []),
    ("call", "third_party", "坐席：请问是聂总吗，你们公司的会计苗静在外面欠的钱，你是老板，劝劝她\n第三方：什么钱",
     [(P, "苗静")], [D]),
    ("notice", "third_party", "致平安里社区居委会：\n兹有辖区居民韦建军（住平安里12号楼3单元501）在我司借款逾期，请协助督促。\n"
     "恒远资产管理有限公司", [(P, "韦建军"), (A, "平安里12号楼3单元501")], [D]),
    ("notice", "third_party", "致平安里社区居委会：\n我司有邮件需送达韦建军本人，因多次投递未果，烦请告知其本人到邮局领取。\n"
     "恒远资产管理有限公司", [(P, "韦建军")], []),
    ("sms", "third_party", "您是宁海涛的哥哥吧，他在我们这边的事您知道的，周五前还不来话我们就按流程走了。", [(P, "宁海涛")], [D]),
    ("sms", "third_party", "宁哥，我们这边登记的联系人号码是15231651939，是您本人吗？", [(MB, "15231651939")], [U]),
    ("sms", "third_party", "您好，打扰了，您弟弟留的是您的电话，麻烦他回一下0591-8763 2210转602。",
     [(LL, "0591-8763 2210")], []),
]


# --- WeChat, QQ and in-app chats ------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 客户：我的身份证是51010719931226519X，你们帮我查一下\n客服：已查到，您当前应还4,260元",
     [(ID, "51010719931226519X")], []),
    ("app", "debtor", "[微信] 客服：你身份证51010719931226519X，户籍成都武侯，没错吧？躲不掉的",
     [(ID, "51010719931226519X")], [U]),
    ("app", "debtor", "[微信] 专员：你老婆滕小雪在万达广场那家奶茶店上班，我们知道的", [(P, "滕小雪")], [X]),
    ("app", "debtor", "[QQ] 客服：你上个月刚做完人流，身体好了就该想想还钱的事了", [], [S]),
    ("app", "debtor", "[QQ] 客户：我刚做完手术在家休养，能缓几天吗\n客服：可以，给您顺延到15号，好好休息", [], []),
    ("app", "debtor", "[微信] 专员：你儿子在阳光幼儿园大二班，每天下午四点你岳母去接", [], [S]),
    ("app", "debtor", "[微信] 专员：你每周日上午都去南堂望弥撒，那时候正好打个电话给我", [], [S]),
    ("app", "debtor", "[微信] 客户：我周日要去教堂，别那时候打\n专员：好的，已备注周日不联系", [], []),
    ("app", "debtor", "[微信] 专员：你的工资卡6214830485057441昨天进账9,800，今晚务必还款",
     [(BC, "6214830485057441")], [U, S]),
    ("app", "debtor", "[微信] 专员：您这个月的应还款是1,980元，还款卡尾号7441，今晚扣款。", [], []),
    ("app", "debtor", "[微信] 专员：你身份证号３７０２０２１９７７０７０８８３５Ｘ，我再说一遍，别装不认识",
     [(ID, "３７０２０２１９７７０７０８８３５Ｘ")], [U]),
    ("app", "debtor", "[微信] 专员：方便的话加一下我企业微信，号码就是我工作手机：18827646303。\n客户：好",
     [(MB, "18827646303")], []),
    ("app", "debtor", "[微信] 专员：你妹申晓燕电话18101439849，要不我直接打给她？", [(P, "申晓燕"), (MB, "18101439849")], [U, X]),
    ("app", "debtor", "[微信] 专员：你之前因为酒驾被拘过十五天吧，档案上都有", [], [S]),
    ("app", "debtor", "[微信] 客户：我之前被拘留过，找工作难\n专员：理解，那我们看看能不能先还一部分", [], []),
    ("app", "debtor", "[微信] 专员：你这个月血糖控制得怎么样，胰岛素的钱有，还款的钱就没有？", [], [S]),
    ("app", "debtor", "[微信] 专员：你在深圳湾口岸过关的记录我们看到了，昨天下午三点十分", [], [S]),
    ("app", "debtor", "[微信] 专员：你岳父滕国梁家住和平路88号3栋2单元401，周末我们去拜访一下",
     [(P, "滕国梁"), (A, "和平路88号3栋2单元401")], [X]),
    ("app", "third_party", "[微信群] 管理员：群里有认识童家豪的吗，他在我们这欠了一万多，叫他回个信", [(P, "童家豪")], [D]),
    ("app", "third_party", "[微信群] 管理员：打扰各位，群里有童家豪的朋友吗，麻烦让他加我一下，谢谢", [(P, "童家豪")], []),
    ("app", "third_party", "[微信] 专员：阿姨，您儿子那笔钱还没落实，我们也不想总打扰您", [], [D]),
    ("app", "third_party", "[微信] 专员：阿姨您好，我想找您儿子，他手机一直关机，麻烦让他回个微信", [], []),
    ("app", "third_party", "[微信] 专员：嫂子，大哥卡里那点公积金够还了，你们商量一下", [], [D, S]),
]


# --- letters to debtors, employers, schools and village committees -----------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催 收 函\n借款人：庞 秀 芝\n身份证号：5 0 0 1 0 3 1 9 9 0 0 9 0 1 4 9 2 1\n您于2025年3月借款，已逾期"
     "97天，欠款本息共计23,416.08元，请于2026年12月20日前还款。\n函号：HY-2026-1207", [(P, "庞 秀 芝"),
     (ID, "5 0 0 1 0 3 1 9 9 0 0 9 0 1 4 9 2 1")], [U]),
    ("notice", "debtor", "催收函\n借款人：庞秀芝（身份证号5001**********4921）\n您已逾期97天，欠款共计23,416.08元，请于2026年12月20日"
     "前还款。联系电话023-6788 1502。\n函号：HY-2026-1208", [(P, "庞秀芝"), (LL, "023-6788 1502")], []),
    ("notice", "debtor", "还款通知书\n致：司马燕女士\n您在本行信用卡（卡号5187 1012 4814 5724）透支逾期，应还12,760.35元，逾期62天。"
     "\n如有异议请于七日内致电40088-95555。", [(P, "司马燕"), (BC, "5187 1012 4814 5724")], [U]),
    ("notice", "debtor", "还款通知书\n致：司马燕女士\n您尾号5724的信用卡透支逾期62天，应还12,760.35元。\n如有异议请于七日内致电"
     "40088-95555。本行印章", [(P, "司马燕")], []),
    ("notice", "debtor", "律师函\n致 欧阳建华 先生：\n受民生消费金融委托，就您合同编号MS20240913776104的借款逾期一事……另悉您目前"
     "在杭州市第一人民医院肿瘤科住院化疗，望家属代为处理。", [(P, "欧阳建华")], [S]),
    ("notice", "debtor", "律师函\n致 欧阳建华 先生：\n受民生消费金融委托，就您合同编号MS20240913776104的借款逾期一事，请于十五日内与"
     "本所联系，电话0571-8697 0021。\n浙江衡正律师事务所", [(P, "欧阳建华"), (LL, "0571-8697 0021")], []),
    ("notice", "third_party", "致东湖实验小学：\n贵校三年级二班学生邝梓涵之父邝磊在我司借款逾期，请贵校转告家长尽快还款。\n"
     "融达资产", [(P, "邝梓涵"), (P, "邝磊")], [D, S, X]),
    ("notice", "third_party", "致东湖实验小学校长室：\n本司现有一份致学生家长邝磊的信函，请转交本人，不便之处敬请谅解。\n融达资产",
     [(P, "邝磊")], []),
    ("notice", "third_party", "致新塘村村民委员会：\n贵村村民潘桂生（身份证号360102196801226964）借款逾期，请村委会协助催告。",
     [(P, "潘桂生"), (ID, "360102196801226964")], [D, U]),
    ("notice", "third_party", "致新塘村村民委员会：\n兹有寄给潘桂生的挂号信件一封，因收件人外出务工未能签收，请通知其本人领取。",
     [(P, "潘桂生")], []),
    ("notice", "third_party", "致广州市骏程物流有限公司人力资源部：\n贵司司机闫浩，每月工资约7,600元，在我司有借款逾期，请配合从工资中"
     "代扣。", [(P, "闫浩")], [D]),
    ("notice", "third_party", "致广州市骏程物流有限公司：\n我司有一份关于贵司员工闫浩的个人函件，烦请交其本人拆阅。\n联系人：熊经理"
     "020-3821 7745", [(P, "闫浩"), (LL, "020-3821 7745")], []),
    ("notice", "debtor", "债务提醒函\n尊敬的包文涛先生：\n您目前住在兰州市城关区东岗西路418号翠园小区2号楼1103，与前妻聂秋菊及女儿"
     "包悦同住……请速还款。", [(P, "包文涛"), (A, "兰州市城关区东岗西路418号翠园小区2号楼1103"), (P, "聂秋菊"),
     (P, "包悦")], [X]),
    ("notice", "debtor", "债务提醒函\n包文涛先生：\n寄往：兰州市城关区东岗西路418号翠园小区2号楼1103\n您的借款已逾期45天，欠款"
     "6,520元，请于12月25日前还清。联系电话0931-8826 3347。", [(P, "包文涛"),
     (A, "兰州市城关区东岗西路418号翠园小区2号楼1103"), (LL, "0931-8826 3347")], []),
    ("notice", "debtor", "逾期告知书\n借款人：时 秀 英\n银行卡：6 2 2 2 0 2 5 8 1 1 4 8 9 6 9 5 2 4 2\n您在我司借款已逾期……",
     [(P, "时 秀 英"), (BC, "6 2 2 2 0 2 5 8 1 1 4 8 9 6 9 5 2 4 2")], [U]),
    ("notice", "debtor", "逾期告知书\n借款人：时秀英\n您的借款逾期33天，我司已核实您系持证残疾人并领取残疾人两项补贴，请合理安排。",
     [(P, "时秀英")], [S]),
    ("notice", "debtor", "逾期告知书\n借款人：时秀英\n您的借款已逾期33天，欠款本金3,000元。如有困难可申请个性化分期，电话"
     "0851-8572 6630。", [(P, "时秀英"), (LL, "0851-8572 6630")], []),
    ("notice", "third_party", "致翠园小区物业服务中心：\n2号楼1103业主包文涛在我司欠款6,520元，逾期45天，请物业协助张贴通知。",
     [(P, "包文涛")], [D]),
    ("notice", "debtor", "催告函\n房建新先生：经查，您名下农商银行定期存款8万元将于明年3月到期，建议提前支取还款。", [(P, "房建新")], [S]),
    ("notice", "debtor", "催告函\n房建新先生：您的借款逾期，请于2026年12月31日前还款15,000元。如有异议请来函来电，编号CG-88107。",
     [(P, "房建新")], []),
]


# --- hand-over sheets, visit reports and work orders between agencies --------------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交单\n案件号：AJ-2026-11-00417\n债务人：卜*林\n证件：4201**********5599\n欠款：18,440元\n备注：已失联",
     [], []),
    ("email", "unknown", "案件移交单\n案件号：AJ-2026-11-00418\n债务人：卜海林\n证件：420111199904125599\n手机：13366979506\n欠款：18,440元",
     [(P, "卜海林"), (ID, "420111199904125599"), (MB, "13366979506")], [U]),
    ("email", "unknown", "案件移交单\n案件号：AJ-2026-11-00419\n债务人：卜海林\n备注：本人糖尿病晚期，每周三去市中心医院透析，"
     "上午在医院好找", [(P, "卜海林")], [S]),
    ("email", "unknown", "外访报告\n借款人：贺春雷，住所：长沙市开福区湘雅路207号锦绣苑5栋702\n其妻汪敏、其子贺子轩（就读开福区"
     "第一中学初二）均在家", [(P, "贺春雷"), (A, "长沙市开福区湘雅路207号锦绣苑5栋702"), (P, "汪敏"), (P, "贺子轩")], [S, X]),
    ("email", "unknown", "工单 WO-77213\n客户来电要求更换还款卡，新卡号6282 8813 5873 9448，已核实本人。",
     [(BC, "6282 8813 5873 9448")], [U]),
    ("email", "unknown", "工单 WO-77214\n客户来电要求更换还款卡，新卡尾号9448，已核实本人，请系统组更新。", [], []),
    ("email", "unknown", "质检备注：坐席在第3分钟读出客户完整身份证号，已扣分并要求整改。", [], []),
    ("email", "unknown", "CRM导出\n姓名 冉建英 | 手机 158 9127 4419 | 联系人 冉丽（妹）150 1191 8201 | 逾期 72天",
     [(P, "冉建英"), (MB, "158 9127 4419"), (P, "冉丽"), (MB, "150 1191 8201")], [U, X]),
    ("email", "unknown", "CRM导出\n姓名 冉** | 手机 158****4419 | 逾期 72天 | 状态 承诺还款", [], []),
    ("email", "unknown", "委外交接：\n借款人在佛山南海区一家电子厂上夜班，晚八点到早八点，白天睡觉，联系请下午。", [], [S]),
    ("email", "unknown", "委外交接：\n借款人已申请停催30天，请暂停外呼，到期后由原坐席跟进。", [], []),
    ("email", "unknown", "线索：债务人在老家开了家麻将馆，每天下午两点到晚上十一点都在店里，护照G48213957，可能准备出境。",
     [(PP, "G48213957")], [S, U]),
]

# --- complaint replies and e-mail ------------------------------------------------------------------------

REPLIES_AND_EMAIL: list[PiplEntry] = [
    ("email", "debtor", "尊敬的客户：关于您投诉催收人员联系您单位一事，经核查属实，涉事人员已停岗，我们向您致歉。", [], []),
    ("email", "debtor", "许女士您好：您投诉的问题已核实。另外您母亲许秀珍（15148522483）也曾来电，我们已告知她您的欠款情况。",
     [(P, "许秀珍"), (MB, "15148522483")], [U, X]),
    ("email", "debtor", "您好，根据您的个人信息查阅申请，附件为我司留存的您的资料副本，请使用身份证后六位打开。", [], []),
    ("email", "debtor", "您好，附件为您的结清证明。您的身份证号420111197212091384、借款合同号已在证明中注明。",
     [(ID, "420111197212091384")], [U]),
    ("email", "debtor", "您好，附件为您的结清证明，请妥善保存。如需纸质版请回复收件地址。\n客服部 kefu@jinhe-cf.com.cn",
     [(EM, "kefu@jinhe-cf.com.cn")], []),
    ("email", "debtor", "聂先生：您上周三在协和医院做的胃镜结果我们已知晓，但还款不能拖。", [], [S]),
    ("email", "debtor", "From: collect@hengyuan-am.com\n您好，您在我司的欠款请转至户名为您本人的账户6221500000183262378。",
     [(EM, "collect@hengyuan-am.com"), (BC, "6221500000183262378")], [U]),
    ("email", "debtor", "您好，您询问的还款方式：APP内还款、对公转账或线下网点，均不收手续费。\nservice@youfenqi.com",
     [(EM, "service@youfenqi.com")], []),
    ("email", "third_party", "Dear HR, 贵司员工卓文斌（工号A3391）在我司借款逾期百余天，请督促其还款。\ncollection@ruifeng-am.cn",
     [(P, "卓文斌"), (EM, "collection@ruifeng-am.cn")], [D]),
    ("email", "third_party", "您好，您登记为借款人的紧急联系人，请转告他登录APP查看站内信，谢谢。\nnoreply@lexiangjie.com",
     [(EM, "noreply@lexiangjie.com")], []),
    ("email", "debtor", "葛先生：我司已掌握您的微信支付流水，上月在酒吧消费五千多元，这就是您说的没钱？", [], [S]),
    ("email", "debtor", "骆女士：您好，您丈夫骆建平和公公骆德福都说不知道这笔钱，您看怎么解决？",
     [(P, "骆建平"), (P, "骆德福")], [X]),
]


# --- Cantonese and traditional characters (Hong Kong, Macau and Taiwan lenders) ----------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【富邦財務】陳生，你張卡4367 4273 8871 5777已經逾期45日，請盡快還款，查詢請致電(852) 2861 3047。",
     [(BC, "4367 4273 8871 5777"), (LL, "(852) 2861 3047")], [U]),
    ("sms", "debtor", "【富邦財務】陳生，你尾號5777嘅信用卡已逾期45日，欠款HK$8,240，請盡快還款。", [], []),
    ("sms", "debtor", "【安信財務】何小姐，我哋知道你逢星期五晚喺灣仔嗰間清真寺做禮拜，記得還錢。", [], [S]),
    ("sms", "third_party", "麥太，你個仔阿祖喺我哋度嘅數仲未清，你同佢講聲啦。", [(P, "阿祖")], [D]),
    ("sms", "third_party", "麥太你好，唔該叫阿祖覆個電話畀我哋，唔該晒。", [(P, "阿祖")], []),
    ("call", "debtor", "職員：陳生，你係咪仲喺沙田威爾斯醫院洗緊腎？每個禮拜二四都去㗎喎\n客戶：關你咩事", [], [S]),
    ("call", "debtor", "職員：你嘅回鄉證H幺拐四八三二洞六，我哋都有記錄，走唔甩㗎", [(PP, "H幺拐四八三二洞六")], [U]),
    ("app", "debtor", "【中租迪和】林先生您好，您的車貸已逾期20天，應繳新台幣18,600元，請於本月底前繳納。", [], []),
    ("app", "debtor", "【中租迪和】林先生，您在台北榮總心臟內科的回診紀錄顯示您每月都有看診，請勿以生病為由拖欠。", [], [S]),
    ("app", "debtor", "【中租迪和】林志明先生，您太太黃淑芬任職於台積電新竹廠，我們會與她聯繫。", [(P, "林志明"), (P, "黃淑芬")],
     [X]),
    ("email", "third_party", "陳經理您好：貴公司員工鄭家豪於本公司之貸款已逾期三個月，尚欠新台幣12萬元，請轉知本人。",
     [(P, "鄭家豪")], [D]),
    ("email", "third_party", "陳經理您好：本公司有一封寄給鄭家豪先生本人的信件，煩請轉交，謝謝。", [(P, "鄭家豪")], []),
    ("app", "third_party", "[WhatsApp群組] 各位街坊，住喺3座嗰個姓梁嘅後生仔問人借錢唔還，大家小心。", [], [D]),
    ("app", "third_party", "[WhatsApp] 梁伯，唔好意思打擾，想搵你個仔傾啲嘢，佢方便時覆個WhatsApp畀我，唔該。", [], []),
]


# --- identifiers in every form, beside decoys of the same shape --------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【速融】您好，请核对您的手机号+86 152-2577-0383是否仍在使用，如有变更请到APP修改。",
     [(MB, "152-2577-0383")], [U]),
    ("sms", "debtor", "【速融】您好，您的手机号已变更为尾号0383的号码，如非本人操作请致电95580。", [], []),
    ("sms", "debtor", "【速融】登记手机0086 186.8514.7735，请确认为本人号码，回复1确认。", [(MB, "186.8514.7735")], [U]),
    ("sms", "debtor", "【速融】您的借款申请单号186 8514 7735 22已受理，审核结果将短信通知。", [], []),
    ("sms", "debtor", "【鑫桥资产】欠款人电话１５０７５３３９２４７，逾期已报备，请速还款。", [(MB, "１５０７５３３９２４７")], [U]),
    ("sms", "debtor", "【鑫桥资产】您的还款订单号１５０７５３３９２４７８８已生成，请在30分钟内完成支付。", [], []),
    ("sms", "debtor", "【鑫桥资产】您好请联系手机18629990662了解您的还款方案（工作人员：小岑）。", [(MB, "18629990662")], []),
    ("sms", "debtor", "请核对：身份证310115198504044859名下借款2笔，总计逾期9,850元。", [(ID, "310115198504044859")], [U]),
    ("sms", "debtor", "请核对：合同号310115202613044859名下借款2笔，总计逾期9,850元。", [], []),
    ("sms", "debtor", "您好，您的旧身份证号码230103700217815已停用，请更新为新证号码后再申请延期。",
     [(ID, "230103700217815")], [U]),
    ("sms", "debtor", "您好，您的快递运单号SF1302887465219已签收，催告函已送达。", [], []),
    ("sms", "debtor", "尊敬的客户，您好，您的借款编号 6222 0293 0828 9888 001 已结清，感谢使用。", [], []),
    ("sms", "debtor", "您的还款卡6222-0293-0828-9888-008扣款失败，请检查余额。", [(BC, "6222-0293-0828-9888-008")], [U]),
    ("sms", "debtor", "您的身份证号码已通过校验，有效期至2036年8月。如需修改请前往APP。", [], []),
    ("sms", "debtor", "【宏信】电话联系不上，请回电0755-86003721-8012或工作手机13942598856。",
     [(LL, "0755-86003721"), (MB, "13942598856")], []),
    ("sms", "debtor", "【宏信】请回电客服热线400-618-9326或955-66，工作时间9:00-21:00。", [], []),
    ("sms", "debtor", "【宏信】你老婆手机13621681431一直不接，你让她接一下。", [(MB, "13621681431")], [U, X]),
    ("app", "debtor", "【通知】您好，您的借款人信息：姓名 裴志新，证件号 330106197601154534，已进入司法调解阶段。",
     [(P, "裴志新"), (ID, "330106197601154534")], [U]),
    ("app", "debtor", "【通知】调解案号(2026)浙0106民调1827号，请您于12月18日前与调解员联系。", [], []),
    ("app", "debtor", "【通知】您在我司的借款合同号 3301 0619 7601 1545 31 已发起调解。", [], []),
    ("app", "debtor", "【提醒】你的护照号码EA5318274我们已经上报，出境会受影响。", [(PP, "EA5318274")], [U]),
    ("app", "debtor", "【提醒】您本次还款流水号EA53182746601，金额1,200元，已入账。", [], []),
    ("app", "debtor", "【提醒】动态验证码：738205，请勿泄露。本次还款金额 3,056.00 元。", [], []),
    ("app", "debtor", "【提醒】您名下的招行卡6225881471760024今日可用余额2,310元，请立即还款。",
     [(BC, "6225881471760024")], [U, S]),
    ("app", "debtor", "【提醒】发票号码 44031260110724583 已开具，请在“我的发票”查看。", [], []),
    ("call", "debtor", "坐席：麻烦您把您手机号报一下\n客户：幺五零三三两五五五四九\n坐席：好的，谢谢",
     [(MB, "幺五零三三两五五五四九")], []),
    ("call", "debtor", "坐席：我确认一下，你现在用的号码是幺五零 三三两五 五五四九，没错吧", [(MB, "幺五零 三三两五 五五四九")], [U]),
    ("call", "debtor", "坐席：你的案件编号是幺五零三三两五五五四九零二，记一下", [], []),
    ("call", "debtor", "坐席：您好，您的合同号是两零两六幺两零拐八八三幺，请记一下，后面协商要用", [], []),
    ("call", "debtor", "坐席：你身份证一一零一零五一九八二零三一九二七三五，我念得对不对", [(ID, "一一零一零五一九八二零三一九二七三五")],
     [U]),
    ("call", "debtor", "坐席：你卡号六二二六 零九六六 四四三七 零五六四，余额还剩三千多，怎么不还",
     [(BC, "六二二六 零九六六 四四三七 零五六四")], [U, S]),
    ("call", "debtor", "坐席：您好，请拨打九五五幺八转人工或者四零零八五两六九幺七，都可以办理延期。", [], []),
    ("call", "debtor", "坐席：这个欠款是两万三千四百一十六块零八分，截止到十二月二十号。", [], []),
    ("call", "debtor", "坐席：喂你好，我工号是幺洞两四，工作手机幺八洞九六八三九三八洞，有事找我", [(MB, "幺八洞九六八三九三八洞")], []),
    ("notice", "debtor", "还款确认书\n还款人：白 丽 君\n手机：1 3 7 6 8 3 3 1 1 7 5\n还款金额：2,000元\n还款日期：2026年12月5日",
     [(P, "白 丽 君"), (MB, "1 3 7 6 8 3 3 1 1 7 5")], [U]),
    ("notice", "debtor", "还款确认书\n还款人：白丽君\n手机：137****1175\n还款金额：2,000元\n流水号：2026120513768331176",
     [(P, "白丽君")], []),
    ("notice", "debtor", "律师函\n致：甘 国 强\n身份证：520102750916787\n……", [(P, "甘 国 强"), (ID, "520102750916787")], [U]),
    ("notice", "debtor", "协商还款确认函\n合同编号：520102197509167870\n分期金额：每月1,150元，共12期。", [], []),
    ("email", "debtor", "您好，您的退款将打入尾号1038的账户；如需改为其他账户，请回复新卡号后四位。", [], []),
    ("email", "debtor", "您好，您提交的还款卡是6236689714552035394，已完成绑卡。", [(BC, "6236689714552035394")], [U]),
    ("email", "debtor", "您好，您的个人信息查阅回执编号 6236 6897 1455 2035 391，请妥善保存。", [], []),
    ("sms", "debtor", "你的身份证号是50010319960724177X吧，我们已经上报征信了", [(ID, "50010319960724177X")], [U]),
    ("sms", "debtor", "验证码9276，您正在办理还款卡变更业务，工作人员不会索要此验证码。", [], []),
    ("sms", "debtor", "【乐享借】请联系客服微信号 lxj95138 或致电 021-5046 2208 分机 316。", [(LL, "021-5046 2208")], []),
    ("app", "debtor", "【账单】您的ID号码尾号177X已认证，今日应还金额 836.00 元。", [], []),
    ("sms", "debtor", "【恒易融】请把钱打到你爸名下那张卡6228487574800987155上，我们会去划扣。",
     [(BC, "6228487574800987155")], [U, X]),
    ("call", "debtor", "坐席：是这样你老婆的电话是一八七零三六三八零二一对吧，她说不管", [(MB, "一八七零三六三八零二一")], [U, X]),
    ("call", "debtor", "坐席：您好，您要找的是我们投诉专线，号码是九五幺三七，按三号键。", [], []),
    ("sms", "debtor", "您好，请回拨（０２０）３８２１ ７７４５转２０３，由专人为您办理减免。", [(LL, "（０２０）３８２１ ７７４５")], []),
]


# --- family, work, health and routines, beside near-misses --------------------------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "吕先生，你爸吕长河在县医院ICU住着，你还有心思躲？", [(P, "吕长河")], [S, X]),
    ("sms", "debtor", "吕先生，您的借款已逾期14天，如家中有特殊困难，可回复“困难”申请延期。", [], []),
    ("sms", "debtor", "你丈母娘家就在城关镇新民村三组，年前我们会去坐坐。", [(A, "城关镇新民村三组")], [X]),
    ("sms", "debtor", "你媳妇怀孕七个月了吧，预产期二月，早点把钱还了大家都好过年。", [], [S]),
    ("sms", "debtor", "您好，您之前提到家中有孕妇需照顾，我们已为您延后还款日至1月20日。", [], []),
    ("sms", "debtor", "你在做试管婴儿的事我们知道，花那么多钱，欠的倒不还。", [], [S]),
    ("sms", "debtor", "您的儿子每天坐12路校车到育才中学，七点零五分在站台等车，这些我们都了解。", [], [S]),
    ("sms", "debtor", "你前夫房卫东现在在中石化加油站上班，要不要我们找他聊聊你的事？", [(P, "房卫东")], [X]),
    ("sms", "debtor", "你爸妈房子是在石桥铺科园二路29号3-2吧？过年回家记得还钱。", [(A, "石桥铺科园二路29号3-2")], [X]),
    ("sms", "debtor", "你在服抗抑郁的药，情绪不好我们理解，但每个月的账单还是要还。", [], [S]),
    ("sms", "debtor", "您好，我们了解到您近期身体不适，本月可暂停催收，康复后再协商。", [], []),
    ("sms", "debtor", "你那辆白色途观昨晚十点停在宝安中心区地下车库B2，是你的吧？", [], [S]),
    ("sms", "debtor", "你每天在健身房待两个小时，早上六点半准时到，钱就没时间还？", [], [S]),
    ("sms", "debtor", "你是退役军人吧，拿着优抚金还欠钱不还，说出去不好听。", [], [S]),
    ("sms", "debtor", "你在戒毒所待过两年的事，我们不想说出去。", [], [S]),
    ("sms", "debtor", "你每天骑电动车送外卖，中午十一点到一点在大学城一带跑单，我们的人都看到了。", [], [S]),
    ("app", "debtor", "【贷后】你姑姑龚淑琴、你表弟龚宇我们都联系过了，他们都说不管你。", [(P, "龚淑琴"), (P, "龚宇")], [X]),
    ("app", "debtor", "【贷后】你合伙人于海涛的电话13704812178，要不要我们问问他你们店的流水？",
     [(P, "于海涛"), (MB, "13704812178")], [U, X]),
    ("app", "debtor", "【贷后】我们调取了你的步数记录，每天一万多步，身体好得很，不要说病了。", [], [S]),
    ("app", "debtor", "【贷后】你女朋友许可欣在星巴克国贸店上班，我们不想去打扰她。", [(P, "许可欣")], [X]),
    ("app", "debtor", "【贷后】你昨天在首都机场T3登机口，准备飞哪去？", [], [S]),
    ("call", "debtor", "坐席：你在星河湾酒店开了三晚的房，有钱住酒店没钱还账啊", [], [S]),
    ("call", "debtor", "坐席：你哥焦志远、你嫂子杜晓华我们都有电话，你想让他们知道？", [(P, "焦志远"), (P, "杜晓华")], [X]),
    ("call", "debtor", "客户：我老婆在住院，化疗呢，实在拿不出钱\n坐席：明白，我先帮您申请停催一个月，您照顾好家人", [], []),
    ("call", "debtor", "坐席：你老婆在省肿瘤医院做化疗我们知道，但钱总要还的吧", [], [S]),
    ("call", "debtor", "坐席：你是吃低保的吧，每个月七百多，我们都查得到", [], [S]),
    ("call", "debtor", "坐席：你礼拜天都去城隍庙上香，求菩萨保佑你不还钱是吧", [], [S]),
    ("call", "debtor", "坐席：喂，柏先生，你妈妈柏秀英住在东风路社区养老院，床位号我都知道", [(P, "柏秀英")], [X]),
    ("call", "debtor", "坐席：柏先生，我们这边只跟您本人沟通，不会联系您家人，今天能还多少？\n客户：五百", [], []),
]


# --- more voices: disclosures with the debtor's particulars, and lists of relatives ------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "third_party", "你好，你同事苏俊峰家住滨江区江南大道1088号星耀城2幢1506，他欠我们的钱一直拖着，麻烦转告。",
     [(P, "苏俊峰"), (A, "滨江区江南大道1088号星耀城2幢1506")], [D, X]),
    ("sms", "third_party", "苏俊峰的手机15245170402打不通了，你是他同事，帮忙喊他把网贷处理了。",
     [(P, "苏俊峰"), (MB, "15245170402")], [D, U]),
    ("sms", "third_party", "阿姨，您女婿常凯身份证520102199607120019，名下欠款没还，您看怎么办。",
     [(P, "常凯"), (ID, "520102199607120019")], [D, U]),
    ("sms", "third_party", "您好，您表哥毛建林的卡6217001397672399410一直扣不到款，您帮着说说。",
     [(P, "毛建林"), (BC, "6217001397672399410")], [D, U]),
    ("sms", "third_party", "你好，你室友聂远那个贷款还没弄，他工资卡上个月进了八千，不是没钱。", [(P, "聂远")], [D, S]),
    ("sms", "third_party", "王姐，你们店里的收银员康美玲家在锦华路14号院6号楼，欠款快半年了，你是老板你劝劝。",
     [(P, "康美玲"), (A, "锦华路14号院6号楼")], [D, X]),
    ("sms", "third_party", "您好，您儿子甄浩和儿媳柯月的欠款都到期了，两个人电话都不接。", [(P, "甄浩"), (P, "柯月")], [D, X]),
    ("sms", "third_party", "舅舅好，外甥单磊那边逾期了，他现在电话18695801536，您劝劝他。",
     [(P, "单磊"), (MB, "18695801536")], [D, U]),
    ("sms", "third_party", "你是左明辉的前妻吧？他那笔还在挂账，你们孩子左一诺的抚养费他都还出得起吧。",
     [(P, "左明辉"), (P, "左一诺")], [D, X]),
    ("sms", "third_party", "麻烦您告诉蒋涛，他的信用卡欠款１２，８００元已经逾期，手机１５８４６７７９９１１别关机。",
     [(P, "蒋涛"), (MB, "１５８４６７７９９１１")], [D, U]),
    ("app", "third_party", "【业主群】7栋702的詹立军，在我们平台欠了3万多，他老婆赵莉在人民医院当护士，大家转告一下。",
     [(P, "詹立军"), (P, "赵莉")], [D, X]),
    ("app", "third_party", "【公司群】财务部的鲍婷婷，身份证110105196903190264，欠款逾期，请同事们提醒。",
     [(P, "鲍婷婷"), (ID, "110105196903190264")], [D, U]),
    ("app", "third_party", "【村群】三组的戚老汉，你家二儿子戚国平在外面借钱不还，手机13506968867，村里人都说说他。",
     [(P, "戚国平"), (MB, "13506968867")], [D, U, X]),
    ("app", "third_party", "【家长群】二年级一班常乐乐的妈妈房雯，借了钱不还，家长们都留意一下。", [(P, "常乐乐"), (P, "房雯")],
     [D, S, X]),
    ("app", "third_party", "[微信] 专员：叔叔，你儿子邓宏伟的账还在挂着，他住在你那里吧，地址是东城区和平里北街9号4-302吧",
     [(P, "邓宏伟"), (A, "东城区和平里北街9号4-302")], [D, X]),
    ("app", "third_party", "[微信] 专员：姐，你老公席斌那张工行卡6222025811489695242里没钱了，他外面的账你知道吗",
     [(P, "席斌"), (BC, "6222025811489695242")], [D, U, S]),
    ("app", "third_party", "[QQ] 客服：你好，你是葛磊的大学同学吧，他在我们这借的一万五逾期了，你有他现在的地址吗", [(P, "葛磊")],
     [D]),
    ("app", "third_party", "[微信] 专员：老板，你们厂的焊工俞强这两个月工资发了没？他在我们这欠着款呢", [(P, "俞强")], [D]),
    ("email", "third_party", "致贵单位工会：\n会员蓝海东（身份证号500103198908049859）借款逾期，其妻阮琴、其母蓝凤英均已知情，请单位协助。",
     [(P, "蓝海东"), (ID, "500103198908049859"), (P, "阮琴"), (P, "蓝凤英")], [D, U, X]),
    ("email", "third_party", "学校您好，贵校教师晏文杰在我司贷款逾期，他每天早上七点四十坐地铁二号线到校。", [(P, "晏文杰")], [D, S]),
    ("email", "third_party", "To：hr@tianshun-logistics.cn\n贵司司机郜建波（手机153 9671 0883）在我司欠款未还，请协助联系。",
     [(EM, "hr@tianshun-logistics.cn"), (P, "郜建波"), (MB, "153 9671 0883")], [D, U]),
    ("notice", "third_party", "致长青村村委会：\n村民汤国华（家住长青村六组21号，手机17391599794）欠款两万未还，请村委协助。",
     [(P, "汤国华"), (A, "长青村六组21号"), (MB, "17391599794")], [D, U]),
    ("notice", "third_party", "致锦绣苑物业：\n5栋702住户贺春雷欠款逾期，其子贺子轩在开福区第一中学读初二，请物业转告。",
     [(P, "贺春雷"), (P, "贺子轩")], [D, S, X]),
    ("notice", "third_party", "致湘南建工集团第三项目部：\n贵部员工尤志鹏（工号YJ0427，身份证37020219770708835X）欠款逾期，请扣发工资。",
     [(P, "尤志鹏"), (ID, "37020219770708835X")], [D, U]),
    ("call", "third_party", "坐席：请问是贝小梅吗\n第三方：我是\n坐席：你是盛一帆的女朋友吧，他欠我们的钱，你知道他住哪吗，身份证"
     "三五零二零三一九九七零二一二一一七五这个", [(P, "贝小梅"), (P, "盛一帆"), (ID, "三五零二零三一九九七零二一二一一七五")],
     [D, U]),
    ("call", "third_party", "坐席：你好，你是邹晴的房东吧\n第三方：是\n坐席：她欠我们平台三个月了，你知道她在哪上班吗", [(P, "邹晴")], [D]),
    ("call", "third_party", "坐席：您好，您是宁浩然的舅舅吧，他妈妈宁秀云、他爸爸宁德海我们都联系不上，他那笔钱还挂着",
     [(P, "宁浩然"), (P, "宁秀云"), (P, "宁德海")], [D, X]),
    ("call", "third_party", "坐席：喂，苗师傅，你们车队的骆俊欠款的事，他卡号六二二八 四八七六 四六八五 七四零零 五七九，钱在里面吗",
     [(P, "骆俊"), (BC, "六二二八 四八七六 四六八五 七四零零 五七九")], [D, U]),
    ("call", "third_party", "坐席：喂你好，我找一下你们单位的童雅琴\n第三方：她请假了\n坐席：那你跟她说一声，她的账单已经逾期五十多天",
     [(P, "童雅琴")], [D]),
    ("call", "third_party", "坐席：请问是林建军的爱人吗\n第三方：是\n坐席：他在外面欠钱您知道吗，还有他弟弟林建民的电话多少",
     [(P, "林建军"), (P, "林建民")], [D, X]),
    ("sms", "debtor", "邝先生，您妻子潘晓丽（18096839380）、您岳母潘秀兰都让我们转告您快还款。",
     [(P, "潘晓丽"), (MB, "18096839380"), (P, "潘秀兰")], [U, X]),
    ("sms", "debtor", "金敏，家住惠州市惠城区麦地路56号金山花园7栋903，欠款逾期请于今日归还。",
     [(P, "金敏"), (A, "惠州市惠城区麦地路56号金山花园7栋903")], [X]),
    ("sms", "debtor", "庄伟东，你在深圳市南山区科苑路15号科兴科学园B座12楼上班，明天我们到前台找你。",
     [(P, "庄伟东"), (A, "深圳市南山区科苑路15号科兴科学园B座12楼")], [X]),
    ("app", "debtor", "【贷后】纪晓楠，你弟纪晓东手机19805077618，你爸纪宏伟手机19816425275，今天不还钱就挨个打。",
     [(P, "纪晓楠"), (P, "纪晓东"), (MB, "19805077618"), (P, "纪宏伟"), (MB, "19816425275")], [U, X]),
    ("app", "debtor", "[微信] 专员：武先生，你老丈人武国栋住在朝阳区安贞西里5区12号楼，他知道你欠钱吗？",
     [(P, "武国栋"), (A, "朝阳区安贞西里5区12号楼")], [X]),
    ("email", "debtor", "黎先生：您母亲黎桂兰（身份证360102197312239267）作为您的联系人，我们已掌握其信息。",
     [(P, "黎桂兰"), (ID, "360102197312239267")], [U, X]),
    ("call", "debtor", "坐席：戴先生，你儿子戴明轩、你女儿戴明玥在哪读书我们都清楚", [(P, "戴明轩"), (P, "戴明玥")], [X]),
    ("call", "debtor", "坐席：闵女士，你哥闵志伟的手机是幺五幺两八九五三五六四吧，我们下午就打过去",
     [(P, "闵志伟"), (MB, "幺五幺两八九五三五六四")], [U, X]),
    ("notice", "debtor", "告知函\n袁立军先生：您的配偶谭春燕、父亲袁德明、同事黄俊的联系方式我司已登记，请勿失联。",
     [(P, "袁立军"), (P, "谭春燕"), (P, "袁德明"), (P, "黄俊")], [X]),
    ("notice", "debtor", "催收函\n致：汪涛，住沈阳市和平区南京南街231号3-4-2，工作单位沈阳鼎盛机械厂\n你借款逾期120天……",
     [(P, "汪涛"), (A, "沈阳市和平区南京南街231号3-4-2")], [X]),
    ("sms", "third_party", "叔，你侄子吕勇那个网贷还是没还上，卡号6229087541761179884里一分钱没有。",
     [(P, "吕勇"), (BC, "6229087541761179884")], [D, U, S]),
    ("sms", "third_party", "您好，您登记为侯建芬的联系人，她身份证号码是50010319680915592１，逾期的钱一直没动。",
     [(P, "侯建芬"), (ID, "50010319680915592１")], [D, U]),
    ("sms", "third_party", "嫂子，我哥梁俊的事还没平，他电话0086 13903989811关机，麻烦转告。",
     [(P, "梁俊"), (MB, "13903989811")], [D, U]),
    ("app", "third_party", "【同乡会群】邻村的向华强欠了我们两万块，住在县城建设路71号二楼，有认识的吱一声。",
     [(P, "向华强"), (A, "县城建设路71号二楼")], [D, X]),
    ("app", "third_party", "[微信] 专员：小芳你好，你闺蜜邢月那笔款子还没着落，她新手机是幺三五幺幺四两六幺三四吗",
     [(P, "邢月"), (MB, "幺三五幺幺四两六幺三四")], [D, U]),
]


# --- relatives' and colleagues' numbers in the debtor's own messages -------------------------------------------

RELATIVES_NUMBERS: list[PiplEntry] = [
    ("sms", "debtor", "【捷信】彭先生，您的紧急联系人彭丽华（１８８３１０８８１６５）已收到我司通知，请尽快处理。",
     [(P, "彭丽华"), (MB, "１８８３１０８８１６５")], [U, X]),
    ("sms", "debtor", "你妈顾春梅电话13783902327，你爸顾长林电话13517467310，都在我们系统里。",
     [(P, "顾春梅"), (MB, "13783902327"), (P, "顾长林"), (MB, "13517467310")], [U, X]),
    ("sms", "debtor", "你同事钱小龙 199-2828-7917 说你早就离职了，你现在在哪上班？",
     [(P, "钱小龙"), (MB, "199-2828-7917")], [U, X]),
    ("app", "debtor", "[微信] 专员：你姐夫甘永胜在区税务局上班，座机0731-8452 6610，要不要我打过去问问",
     [(P, "甘永胜"), (LL, "0731-8452 6610")], [X]),
    ("app", "debtor", "[微信] 专员：你舅舅项国富的银行卡6230521225567488341是你的还款来源吧，他知道吗",
     [(P, "项国富"), (BC, "6230521225567488341")], [U, X]),
    ("call", "debtor", "坐席：你外婆的电话幺五七五四两九五六幺八，我们也打过了",
     [(MB, "幺五七五四两九五六幺八")], [U, X]),
    ("call", "debtor", "坐席：你表姐邱敏护照号E七三零五二八一九，她出国前你不还我们就找她",
     [(P, "邱敏"), (PP, "E七三零五二八一九")], [U, X]),
    ("email", "debtor", "沈先生：我司已核实您的岳父韩德胜（身份证330106197110073908）作为您的联系人已登记在案。",
     [(P, "韩德胜"), (ID, "330106197110073908")], [U, X]),
    ("notice", "debtor", "通知书\n欠款人：柯 晓 峰\n联系人：柯 晓 玲（姐）1 7 7 5 2 6 2 3 9 8 5\n欠款金额：7,340元",
     [(P, "柯 晓 峰"), (P, "柯 晓 玲"), (MB, "1 7 7 5 2 6 2 3 9 8 5")], [U, X]),
    ("sms", "debtor", "您儿子何宇航在读初三，班主任手机15754295618我们也有，您看着办。",
     [(P, "何宇航"), (MB, "15754295618")], [S, U, X]),
    ("app", "debtor", "【贷后】你男朋友严凯，身份证23010320011024143２，你们一起住在万科城4期。",
     [(P, "严凯"), (ID, "23010320011024143２")], [U, X]),
    ("call", "debtor", "坐席：喂，孔女士，你婆婆柳玉珍的手机一三三六零三八二五一五，她说不认你这个儿媳",
     [(P, "柳玉珍"), (MB, "一三三六零三八二五一五")], [U, X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AA-ASR-CALLS": ASR_CALLS,
    "AA-SMS-DEBTOR": SMS_DEBTOR,
    "AA-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AA-THIRD-PARTIES": THIRD_PARTIES,
    "AA-CHATS": CHATS,
    "AA-LETTERS": LETTERS,
    "AA-TRANSFERS": TRANSFERS,
    "AA-REPLIES-AND-EMAIL": REPLIES_AND_EMAIL,
    "AA-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AA-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AA-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AA-MORE-VOICES": MORE_VOICES,
    "AA-RELATIVES-NUMBERS": RELATIVES_NUMBERS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
