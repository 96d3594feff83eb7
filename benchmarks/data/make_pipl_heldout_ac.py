"""Writes `pipl_heldout_ac.jsonl`, the twenty-ninth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_aa.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes) and typed into the texts by hand; the
passports (E, EA, G) were typed to the pattern.

Its weight lies on identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred
messages: mobiles, landlines with area codes (one with an extension after 转, a Taiwanese one), 18-digit IDs
(some ending in X, one read with a spoken 叉, some with a full-width last character or written wholly in
full-width digits) and an old 15-digit one, bank cards of 16 and 19 digits, and ordinary passports;
read aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens, set on a line of
their own, in full-width digits, behind +86 and 0086, glued to the Chinese words around them, and spaced out
character by character in OCR'd letters. Beside them stand decoys of the same shapes: contract, order, bill,
work-order, serial, case, waybill, invoice and repayment-code numbers (an 18-digit contract number with a
thirteenth month, a 15-digit waybill number with a thirteenth month, an ID-grouped contract number failing the
date, 16- and 19-digit numbers grouped like cards but failing Luhn, a case number and a work-order number read
aloud like mobiles), a court mediation case number, verification codes, 95 and 400 numbers written and read
aloud, masked forms and last digits, amounts and dates; a lender's own collection account read out or printed
is an entity but no category. Third-party disclosure labels over sixty messages, many saying no more than that
the money "has not landed", "is still hanging", or naming only the lender or the product, to a wife, a husband, a
mother, a father-in-law, a grandfather, a sister, a brother, a brother-in-law, a son, a daughter, a cousin, a
classmate, colleagues, a business partner, a boss, an HR department, a school, a kindergarten, a landlord, a
property manager, a village head, a village party secretary, a village committee, a residents' committee and
owners', parents', drivers', townsmen's, villagers', market traders' and workplace group chats; beside them
contacts asked only for a call-back, a wrong number, guarantors told of what they signed, sealed letters an
employer, a school, a property manager or a village committee is asked to hand over, and an apology to an
employer. `pii.excessive` labels over sixty messages: full names with a home address, a workplace or an
employer, and the names and numbers of spouses, an ex-spouse, a girlfriend, parents, parents-in-law, a
grandmother, siblings, cousins, an uncle, children, colleagues, a workshop head, a business partner and a best
friend. `pii.sensitive` labels over fifty, mostly without the textbook words: dialysis, a heart stent,
chemotherapy, a psychiatric clinic, antidepressants, insulin, hepatitis B medicine, an abortion, IVF, a pregnancy
and an antenatal booking, a child's school, class, kindergarten, school bus and home time, a hospital location
fix, a mahjong parlour, a casino, KTV and bar spending, a night-shift exit, a delivery round and step counts, a
trucker's daily route, ATM withdrawals, a border crossing and a trip abroad, prison visits, salary inflows,
wallet and card balances, a time deposit, a medical-insurance and a provident-fund balance, debts at other banks
and platforms, a credit report, a livelihood allowance, a disability certificate, a veteran's allowance, Sunday
church, Friday prayers at a mosque, a face and voiceprint record, detention for drink-driving and drug
rehabilitation. Beside them stand debtors speaking of their own illness, church, detention, a wife's IVF or
childbirth, and agents answering with a deferral, instalments or a pause, and a lender's general offer to pause
for illness. Registers: a debt buyer's and small-town lenders' SMS templates, robot scripts with keypad turns,
agent calls as speech-to-text output, app and WeChat chats and group chats, letters to debtors, employers, a
school, a kindergarten, a property manager and village committees, a lawyer's letter, portfolio hand-over sheets,
visit reports, repaired-contact lists, quality notes, e-mails to agencies, complaint replies, Cantonese (Hong
Kong) and traditional characters (Hong Kong and Taiwan lenders).

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
  lawyer's landline, a lender's own collection account, the collector's work mobile, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the obligation he signed is not disclosed to; hand-over sheets, visit reports and e-mails
  passed between the agencies handling the case go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's offer to pause for illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at (or the unit a property manager or village committee is asked about:
  that letter is a disclosure), a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (侯师傅, 老贾, 钟女士) is not a PERSON, a given
name alone or after a kinship term is; ADDRESS reaches down to a road and number, a village group, or a
building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ac`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ac.jsonl"
ID_PREFIX = "PAC"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- a debt buyer's and small-town lenders' SMS templates ------------------------------------------------

SMS_TEMPLATES: list[PiplEntry] = [
    ("sms", "debtor", "【恒岳资产】韦振东您好，您名下原兴隆小贷借款已依法转让至我司，身份证号610113197205219878，"
     "欠款本息合计8,420元，请于12月10日前联系处理。", [(P, "韦振东"), (ID, "610113197205219878")], [U]),
    ("sms", "debtor", "【恒岳资产】您好，您在兴隆小贷的借款（合同号XL2023071400583921）已转让至我司，"
     "待还8,420元，详询4008-216-395。", [], []),
    ("sms", "debtor", "【县农商小额】邝丽娟，你尾号3221的还款卡今日扣款失败，本期应还1,530元，请及时存入。", [(P, "邝丽娟")],
     []),
    ("sms", "debtor", "【县农商小额】邝丽娟，你6222021519143221这张卡今天扣款没成功，本期1530元，尽快存钱进去。",
     [(P, "邝丽娟"), (BC, "6222021519143221")], [U]),
    ("sms", "debtor", "【鑫和贷】尊敬的客户，您的借款已逾期17天，应还2,960.00元，订单号202311270093415662，"
     "还款请登录APP或拨打95188转人工。", [], []),
    ("sms", "debtor", "【鑫和贷】您预留手机18151942881已被系统标记为失联号码，请本人尽快登录APP更新联系方式，"
     "逾期金额2,960元。", [(MB, "18151942881")], [U]),
    ("sms", "debtor", "【鑫和贷】您的验证码为483920，5分钟内有效，工作人员不会向您索取，请勿泄露。", [], []),
    ("sms", "debtor", "【惠邻金融】尊敬的贾先生，您本月工资已于9日到账，账户现有余额足以还款，请今日内处理逾期3,200元。",
     [], [S]),
    ("sms", "debtor", "【惠邻金融】贾先生您好，核查到您在另外三家平台也有未结清借款，合计四万余元，"
     "请优先偿还我司欠款3,200元。", [], [S]),
    ("sms", "debtor", "【云泽资产】尊敬的客户：您的欠款已委托我司管理，案件编号YZ-2024-118-05532，请致电0755-86293170"
     "转8012核对账务。", [(LL, "0755-86293170")], []),
    ("sms", "debtor", "【云泽资产】董海鹰，你女儿在城南实验小学三年级二班，你也不想让孩子知道家里欠钱吧？欠款6,700元今晚前处理。",
     [(P, "董海鹰")], [S]),
    ("sms", "debtor", "【小鹿分期】您好，您的账单已于11-28到期，应还1,088.60元，订单号4410 2023 1128 0077 315，"
     "如已还款请忽略。", [], []),
    ("sms", "debtor", "【小鹿分期】侯文斌先生，您登记的家庭住址为广州市白云区同和街蟾蜍石东路18号602房，"
     "单位为白云区永泰物流，欠款1,088.60元请尽快处理。",
     [(P, "侯文斌"), (A, "广州市白云区同和街蟾蜍石东路18号602房")], [X]),
    ("sms", "debtor", "【乡银通】滕秀梅，我们已联系你老公滕国强和你儿子滕浩，他们的电话都在我们这里，欠款4,500尽快还。",
     [(P, "滕秀梅"), (P, "滕国强"), (P, "滕浩")], [X]),
    ("sms", "debtor", "【乡银通】尊敬的客户，12月15日起客服热线变更为95077，原号码停用。", [], []),
    ("sms", "debtor", "【聚信通】您好，您在我司的借款已逾期，护照号EA4736291信息已同步至风控，请尽快还款。",
     [(PP, "EA4736291")], [U]),
    ("sms", "debtor", "【聚信通】您好，您在我司的借款已逾期，登记证件尾号7291，请尽快还款。", [], []),
    ("sms", "debtor", "【恒岳资产】韦振东：你每天早上七点半从幸福里小区出门去工业园上班，我们都清楚，欠款8,420别再拖了。",
     [(P, "韦振东")], [S]),
    ("sms", "debtor", "【云泽资产】您名下公积金账户余额约3.6万元，可申请提取用于还款，欠款6,700元请尽快处理。", [], [S]),
    ("sms", "debtor", "【云泽资产】温馨提示：公积金提取政策可咨询12329，欠款6,700元请尽快处理。", [], []),
]

# --- robot scripts ---------------------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是鑫和贷智能语音助手，请问是幺三九五六四七五幺九二的机主吗？\n客户：是。",
     [(MB, "幺三九五六四七五幺九二")], [U]),
    ("call", "debtor", "坐席：您好，这里是鑫和贷智能语音助手，请问是尾号五幺九二的机主吗？\n客户：是我。", [], []),
    ("call", "debtor", "坐席：您的还款卡号为六二二八四八二九九三五零二幺九拐，今日扣款失败，请按一转人工。\n客户：（按键1）",
     [(BC, "六二二八四八二九九三五零二幺九拐")], [U]),
    ("call", "debtor", "坐席：您的订单号为二零二三幺幺二七零零九三，本期应还两千九百六十元，请按一转人工。\n客户：（按键1）",
     [], []),
    ("call", "debtor", "坐席：系统显示您本人身份证号码三七零二零三幺九九零零九零幺五九二五，已逾期二十一天。\n客户：嗯。",
     [(ID, "三七零二零三幺九九零零九零幺五九二五")], [U]),
    ("call", "debtor", "坐席：请您输入身份证后四位进行验证，验证成功后将为您播报账单。\n客户：（按键5925）", [], []),
    ("call", "third_party", "坐席：您好，这里是县农商小额语音通知，请转告邝丽娟女士尽快回电，谢谢。\n第三方：好。",
     [(P, "邝丽娟")], []),
    ("call", "third_party", "坐席：您好，这里是县农商小额语音通知，您的联系人邝丽娟贷款已逾期，请转告她尽快还款。\n第三方：啊？",
     [(P, "邝丽娟")], [D]),
    ("call", "third_party", "坐席：您好，您的亲属有一笔款项长期未处理，请您督促其尽快处理，按一了解详情。\n第三方：谁啊？",
     [], [D]),
    ("call", "third_party", "坐席：您好，这里是个人事务提醒，请您转告您的朋友方便时回个电话，谢谢。\n第三方：哦。", [], []),
    ("call", "debtor", "坐席：根据您授权的定位信息，您当前位于市第一人民医院附近，请尽快处理欠款。\n客户：……", [], [S]),
    ("call", "debtor", "坐席：您好，您的欠款已逾期，如您因病暂时无法还款，可按二申请延期。\n客户：（按键2）", [], []),
    ("call", "debtor", "坐席：您好，系统检测到您本月在其他四家网贷平台有新增借款，请优先归还我司借款。\n客户：你们怎么知道的。",
     [], [S]),
    ("call", "debtor", "坐席：请记录我司还款专线，四零零八二幺六三九五，工作日九点至十八点。\n客户：好的。", [], []),
    ("call", "debtor", "坐席：请您记录对公还款账号六二二二零二五二幺零幺四八三九八三四零，户名恒岳资产管理有限公司。\n客户：好。",
     [(BC, "六二二二零二五二幺零幺四八三九八三四零")], []),
    ("call", "debtor", "坐席：您的验证码是七四八二五六，请勿告诉他人。\n客户：收到。", [], []),
    ("call", "third_party", "坐席：您好，您是滕秀梅的紧急联系人，她在乡银通的四千五百元借款已逾期，请您代为转告。\n第三方：我是她大姑子。",
     [(P, "滕秀梅")], [D]),
    ("call", "debtor", "坐席：您好，我们注意到您近期在县医院透析中心就诊，如有困难请按二。\n客户：……", [], [S]),
]

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 是侯文斌吗 我这边小鹿分期的 你那个号码幺八幺零三三九二三幺四是你本人在用吧\n客户：对 是我",
     [(P, "侯文斌"), (MB, "幺八幺零三三九二三幺四")], [U]),
    ("call", "debtor", "坐席：你记一下我们对公的卡 六二幺七 零零七零 零二七九 零二五二 户名写我们公司\n客户：好 记了",
     [(BC, "六二幺七 零零七零 零二七九 零二五二")], []),
    ("call", "debtor", "坐席：你身份证是不是四二零幺幺幺幺九九零零七二四三五幺叉 对一下\n客户：对的",
     [(ID, "四二零幺幺幺幺九九零零七二四三五幺叉")], [U]),
    ("call", "debtor", "坐席：你身份证后四位念一下 我核对一下身份\n客户：三五幺叉\n坐席：好的 核对上了", [], []),
    ("call", "debtor", "客户：我号码换了 新的是幺五二四六七六三二三四 你们打这个\n坐席：好的 帮您更新了",
     [(MB, "幺五二四六七六三二三四")], []),
    ("call", "debtor", "坐席：我们这边查到你老婆现在在妇幼保健院住院待产 预产期就这几天 钱你还是先安排一下\n客户：你们怎么知道的",
     [], [S]),
    ("call", "debtor", "客户：我老婆在妇幼住院待产 这个月真没钱\n坐席：理解 那我给你登记延后到下个月十五号 你看行不行", [], []),
    ("call", "debtor", "坐席：你爸韦德福 你妈何桂兰 你妹韦小燕 电话我们都有 你要是不还我们就一个个打\n客户：别打他们",
     [(P, "韦德福"), (P, "何桂兰"), (P, "韦小燕")], [X]),
    ("call", "third_party", "坐席：喂 你是董海鹰的同事吧 麻烦你跟她说一声 让她回个电话给我\n第三方：她在开会 我转告吧",
     [(P, "董海鹰")], []),
    ("call", "third_party", "坐席：喂 你是董海鹰同事吧 她那个钱到现在还没落地 你跟她说下 别让我们打到你们领导那去\n第三方：什么钱啊",
     [(P, "董海鹰")], [D]),
    ("call", "third_party", "坐席：你好 是贾春明的房东吧 他在我们云泽这边的账还挂着 他还住你那儿吗\n第三方：上个月搬走了",
     [(P, "贾春明")], [D]),
    ("call", "third_party", "坐席：你好 是贾春明的房东吧 我们有急事找他 方便的话让他回个电话\n第三方：我跟他说",
     [(P, "贾春明")], []),
    ("call", "third_party", "坐席：你好 你是滕国强吧 你当时在滕秀梅那笔借款上签的是连带担保 现在她逾期了 你这边要承担保证责任\n第三方：我知道",
     [(P, "滕国强"), (P, "滕秀梅")], []),
    ("call", "debtor", "坐席：你每周二四六晚上都在城西那个棋牌室打牌 有钱打牌没钱还款是吧\n客户：你跟踪我啊", [], [S]),
    ("call", "debtor", "坐席：你那个案子编号幺三九洞洞六二九四洞二 你记一下 以后打电话报这个号\n客户：好", [], []),
    ("call", "debtor", "坐席：你那个合同号是 幺三七六 零五二零 零八七 你核对一下\n客户：对", [], []),
    ("call", "debtor", "坐席：你前两年因为吸毒进过戒毒所 我们都查得到 你别以为躲得掉\n客户：那跟这个没关系", [], [S]),
    ("call", "debtor", "客户：我刚从看守所出来 工作也没了\n坐席：明白 那我们先暂停催收一个月 你找到工作再联系", [], []),
    ("call", "debtor", "坐席：你住的那个永泰路六十六号三单元五零二 对吧 我们同事下周过去拜访\n客户：我不住那了",
     [(A, "永泰路六十六号三单元五零二")], []),
    ("call", "debtor", "坐席：你好 我这边工号八三零二 我手机是幺八六五零九七三七九幺 有事直接打我\n客户：好的",
     [(MB, "幺八六五零九七三七九幺")], []),
    ("call", "debtor", "坐席：你那个卡我看一下 是幺九九六二五六六二幺九绑定的卡吧 你手机号没换吧\n客户：没换",
     [(MB, "幺九九六二五六六二幺九")], [U]),
    ("call", "debtor", "坐席：你信教是吧 每个礼拜天都去那个教堂 教会里的人知道你欠钱不还吗\n客户：你什么意思", [], [S]),
    ("call", "debtor", "客户：我礼拜天要去教堂 下午再打给我\n坐席：好的 那我下午四点再联系您", [], []),
]

# --- messages to contacts, relatives, colleagues and landlords -------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，我是云泽资产的，麻烦转告您儿子董海鹰尽快回电，谢谢。", [(P, "董海鹰")], []),
    ("sms", "third_party", "阿姨您好，您儿子董海鹰在我们这儿还有六千七没还上，您劝劝他。", [(P, "董海鹰")], [D]),
    ("sms", "third_party", "叔，文斌那个小鹿分期的事还没了，你看到他让他上点心。", [(P, "文斌")], [D]),
    ("sms", "third_party", "侯老师您好，我们联系不上您弟弟侯文斌，有件事需要他本人处理，方便时请他回电。", [(P, "侯文斌")], []),
    ("sms", "third_party", "侯老师您好，您弟弟侯文斌的账拖了三个月了，我们实在找不到人，只能麻烦您。", [(P, "侯文斌")], [D]),
    ("app", "third_party", "你好，你同事韦振东留的是你电话，他最近人在哪？兴隆那边的钱一直没结。", [(P, "韦振东")], [D]),
    ("sms", "third_party", "刘经理您好，贵司员工贾春明近期有一笔个人款项逾期，希望贵司协助督促。", [(P, "贾春明")], [D]),
    ("sms", "third_party", "滕国强先生，您作为滕秀梅借款的担保人，担保的4,500元借款已到期未还，请按担保合同履行保证责任。",
     [(P, "滕国强"), (P, "滕秀梅")], []),
    ("sms", "third_party", "滕浩，你妈妈滕秀梅在乡银通借的钱到现在没还，你是她儿子，你们家里商量下。",
     [(P, "滕浩"), (P, "滕秀梅")], [D]),
    ("sms", "third_party", "张老师您好，贵校学生家长邝丽娟欠款已逾期，请转告她尽快处理，以免影响孩子。", [(P, "邝丽娟")], [D]),
    ("app", "third_party", "村长你好，你们村的滕秀梅在我们这有笔款子一直没清，你帮忙给她带个话。", [(P, "滕秀梅")], [D]),
    ("sms", "third_party", "何姐，振东那事你知道吧？八千多了，你是他亲姐，帮着想想办法。", [(P, "振东")], [D]),
    ("sms", "third_party", "您好，这个号码是贾春明留给我们的联系方式吗？如果打错了请忽略，抱歉打扰。", [(P, "贾春明")], []),
    ("sms", "third_party", "你好，贾春明的老乡是吧？他在云泽那个事你们老乡群里都知道了吧，催催他。", [(P, "贾春明")], [D]),
    ("app", "third_party", "嫂子，你家振东兴隆那笔一直欠着，你们夫妻俩商量一下怎么弄。", [(P, "振东")], [D]),
    ("sms", "third_party", "王总您好，冒昧打扰，贵公司司机侯文斌留的紧急联系人是您，麻烦转告他尽快联系小鹿分期。",
     [(P, "侯文斌")], [D]),
    ("sms", "third_party", "你好，我是邝丽娟前同事，你是她现在的主管吧？她那边县农商的还款一直没动静，你们单位知道吗？",
     [(P, "邝丽娟")], [D]),
    ("sms", "third_party", "周大姐，你家租客贾春明欠的钱还没还，他要是回来你跟我们说一声。", [(P, "贾春明")], [D]),
    ("sms", "third_party", "丽娟她老公吧？她在县农商那个事还没弄好，你们家里注意点。", [(P, "丽娟")], [D]),
    ("sms", "third_party", "您好，您为邝丽娟的贷款提供了连带责任保证，现借款已逾期，请您关注并督促还款，或依约代为清偿。",
     [(P, "邝丽娟")], []),
    ("call", "third_party", "坐席：你好 是侯文斌他姐吧 麻烦让他回个电话 就说小陈找他\n第三方：行",
     [(P, "侯文斌")], []),
    ("call", "third_party", "坐席：你好 是侯文斌他姐吧 他那个分期还拖着呢 你当姐的说说他\n第三方：他又借钱了？",
     [(P, "侯文斌")], [D]),
    ("call", "third_party", "坐席：喂 是贾春明的单位吗 我找你们人事 他工资卡里每个月八号进账七千多 我们想请你们协助扣款\n第三方：这个不行",
     [(P, "贾春明")], [D, S]),
]

# --- chats and group chats -------------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "third_party", "[群聊：幸福里3栋业主群] 请问3栋502的韦振东在吗？兴隆那边一直等你回话呢，看到私我。",
     [(A, "3栋502"), (P, "韦振东")], [D]),
    ("app", "third_party", "[群聊：侯家湾老乡群] 文斌兄弟，大家都看着呢，分期那点钱该了就了了吧。", [(P, "文斌")], [D]),
    ("app", "third_party", "[群聊：永泰物流司机群] @侯文斌 侯师傅，你那边的账什么时候能平？别让我们天天找。", [(P, "侯文斌")], [D]),
    ("app", "third_party", "[群聊：永泰物流司机群] @侯文斌 侯师傅，看到消息麻烦私聊我一下。", [(P, "侯文斌")], []),
    ("app", "third_party", "[群聊：三年级二班家长群] 董海鹰家长，孩子的事先放一边，您先把自己那笔钱处理了。", [(P, "董海鹰")], [D]),
    ("app", "debtor", "韦振东，你身份证 610113 19720521 9878 我这边都核过了，别说不是你借的。",
     [(P, "韦振东"), (ID, "610113 19720521 9878")], [U]),
    ("app", "debtor", "客户发来：我的卡号6225885737791483，扣款吧。\n客服：好的，已为您登记，今晚22点前扣款。",
     [(BC, "6225885737791483")], []),
    ("app", "debtor", "你好，你之前提供的还款卡是6225885737791483，今晚扣款，请确保余额充足。",
     [(BC, "6225885737791483")], [U]),
    ("app", "debtor", "你好，你之前提供的还款卡尾号1483，今晚扣款，请确保余额充足。", [], []),
    ("app", "debtor", "滕女士，我看你朋友圈每天早上送孩子去阳光幼儿园中二班，下午四点半接，挺有规律的嘛，钱什么时候还？",
     [], [S]),
    ("app", "debtor", "滕女士，你说下午四点半要接孩子，那我们五点以后再联系你。", [], []),
    ("app", "debtor", "贾先生，你微信零钱和余额宝加起来还有两万多，欠款三千二不至于还不上吧？", [], [S]),
    ("app", "debtor", "董女士，你心理科复诊是每周三下午吧，今天刚好周三，看完病记得把钱还了。", [], [S]),
    ("app", "debtor", "客户：我这周三要去复诊，身体不好。\n客服：理解，您先看病，我们下周再联系。", [], []),
    ("app", "debtor", "海鹰，你老公刘建斌手机15864627056我已经打过了，他说不管你的事。",
     [(P, "海鹰"), (P, "刘建斌"), (MB, "15864627056")], [U, X]),
    ("app", "debtor", "侯师傅你好，你的快递单号是 SF1425 8839 6071 吗？我们寄的催告函你收到没？", [], []),
    ("app", "debtor", "侯师傅你好，你在顺丰的快递员工号、每天跑的线路我们都知道，早上六点在白云分拨中心装车。", [], [S]),
    ("app", "debtor", "文斌，你那个还款码 8842 0917 3365 5513 扫了吗？", [(P, "文斌")], []),
    ("app", "debtor", "邝女士：您上月在其他银行办的信用卡透支额度已满，名下还有两笔车贷，我们建议您先处理我司的欠款。",
     [], [S]),
    ("app", "debtor", "老董，你老婆做试管那个钱都有，我们这六千七就没有？", [], [S]),
    ("app", "debtor", "客户：我老婆在做试管，家里钱都花在这上面了\n客服：明白，先给您申请三个月的延期。", [], []),
    ("app", "debtor", "您好，您的人脸识别照片和声纹我们已经留存，如果不还款会提交给合作方。", [], [S]),
    ("app", "debtor", "您好，为保障账户安全，请在APP中完成人脸识别后再进行还款操作。", [], []),
    ("app", "third_party", "[群聊：城南菜市场商户群] 卖豆腐的贾春明，欠的钱啥时候给？别装看不见。", [(P, "贾春明")], [D]),
]

# --- letters to debtors, employers, schools and village committees ---------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "third_party", "致永泰物流有限公司人事部：\n贵司员工侯文斌（身份证号430524199212061198）在我司借款逾期未还，"
     "欠款本息1,088.60元，恳请贵司协助督促其履行还款义务。\n小鹿分期 贷后管理部",
     [(P, "侯文斌"), (ID, "430524199212061198")], [D, U]),
    ("notice", "third_party", "致永泰物流有限公司人事部：\n我司有重要信函需送达贵司员工侯文斌本人，信函已密封，"
     "烦请转交，谢谢配合。\n小鹿分期 综合管理部", [(P, "侯文斌")], []),
    ("notice", "third_party", "城南实验小学三年级二班班主任：\n贵班学生家长董海鹰长期拖欠欠款，经多次催告仍未处理，"
     "望学校在家长沟通时予以提醒。\n云泽资产管理有限公司", [(P, "董海鹰")], [D]),
    ("notice", "third_party", "城南实验小学：\n兹有密封信函一份，收件人为贵校学生家长董海鹰，烦请代为转交，不必拆阅。"
     "\n云泽资产管理有限公司", [(P, "董海鹰")], []),
    ("notice", "third_party", "石桥镇滕家村村民委员会：\n贵村村民滕秀梅（住滕家村三组27号）于乡银通借款4,500元，逾期已逾半年，"
     "请村委会协助联系。\n乡银通小额贷款有限公司",
     [(P, "滕秀梅"), (A, "滕家村三组27号")], [D]),
    ("notice", "third_party", "石桥镇滕家村村民委员会：\n现有邮件一封，收件人滕秀梅，因地址不详无法投递，烦请村委会通知其本人"
     "到镇邮政所领取。\n乡银通小额贷款有限公司", [(P, "滕秀梅")], []),
    ("notice", "debtor", "催告函\n贾春明先生：\n您于2023年4月在我司借款，至今欠款3,200元未还。请于收函之日起十日内还款。"
     "\n联系电话：020-38625517 转 603\n惠邻金融 贷后部",
     [(P, "贾春明"), (LL, "020-38625517")], []),
    ("notice", "debtor", "催告函\n贾春明先生：\n您于2023年4月在我司借款，至今欠款3,200元未还。您的身份证号码为"
     "11010519971127415X，银行卡号6228483303559308288，请于十日内还款。\n惠邻金融 贷后部",
     [(P, "贾春明"), (ID, "11010519971127415X"), (BC, "6228483303559308288")], [U]),
    ("notice", "debtor", "还款提醒函\n邝丽娟女士：\n经查，您现就职于县人民医院后勤科，家住县城东风路88号4栋301，您丈夫梁志勇、"
     "婆婆梁淑芬均已知悉此事。请于月底前还清欠款1,530元。\n县农商小额贷款公司",
     [(P, "邝丽娟"), (A, "县城东风路88号4栋301"), (P, "梁志勇"), (P, "梁淑芬")], [X]),
    ("notice", "debtor", "还款提醒函\n邝丽娟女士：\n请于月底前还清欠款1,530元。如有困难，请致电0762-3318025协商。"
     "\n县农商小额贷款公司", [(P, "邝丽娟"), (LL, "0762-3318025")], []),
    ("notice", "debtor", "律师函\n韦振东先生：\n本所受恒岳资产管理有限公司委托，就您所欠8,420元债务致函。您的身份证"
     "号码6101131972××××9878。请于十五日内与委托人联系。\n广东某律师事务所 电话：020-83716620",
     [(P, "韦振东"), (LL, "020-83716620")], []),
    ("notice", "debtor", "律師函\n韋振東先生：\n本所受恒岳資產委託，就閣下所欠8,420元債務致函。閣下持有之護照號碼E73842916、"
     "身份證號碼610113197205219878均已核實。\n某律師事務所",
     [(P, "韋振東"), (PP, "E73842916"), (ID, "610113197205219878")], [U]),
    ("notice", "debtor", "告知书\n侯文斌：\n您在小鹿分期的欠款1,088.60元已移交我司处理。收款账户：恒岳资产管理有限公司，"
     "开户行：工商银行广州天河支行，账号：3602 0012 0920 0183 517。\n恒岳资产",
     [(P, "侯文斌")], []),
    ("notice", "debtor", "债权转让通知书\n董海鹰：\n您在原债权人处的借款已转让给云泽资产。经查，您目前在市精神卫生中心"
     "门诊规律服药，本公司建议您在治疗同时尽快安排还款。\n云泽资产", [(P, "董海鹰")], [S]),
    ("notice", "debtor", "债权转让通知书\n董海鹰：\n您在原债权人处的借款已转让给云泽资产，本金6,700元。如因身体原因暂时"
     "无法还款，可向我司申请缓期。\n云泽资产", [(P, "董海鹰")], []),
    ("notice", "third_party", "致滨江花园物业服务中心：\n贵小区7栋1102业主贾春明拖欠我司款项，请物业配合张贴催缴通知并提供"
     "其近期出入记录。\n惠邻金融", [(A, "7栋1102"), (P, "贾春明")], [D]),
    ("notice", "third_party", "致滨江花园物业服务中心：\n烦请将随附密封信件转交7栋1102住户，谢谢。\n惠邻金融", [(A, "7栋1102")], []),
    ("notice", "debtor", "上门拜访通知\n滕秀梅：\n我司工作人员将于12月18日上午到滕家村三组27号拜访，当面协商还款。"
     "\n乡银通", [(P, "滕秀梅"), (A, "滕家村三组27号")], []),
    ("notice", "debtor", "上门拜访通知\n滕秀梅：\n经了解，您丈夫滕国强在镇上开五金店，儿子滕浩在县一中读高二，"
     "我司工作人员将于12月18日上午分别前往拜访。\n乡银通",
     [(P, "滕秀梅"), (P, "滕国强"), (P, "滕浩")], [X, S]),
]

# --- portfolio hand-over sheets, e-mails to agencies and complaint replies --------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "资产包交接清单（第3批）\n序号 | 姓名 | 证件号 | 手机 | 欠款\n1 | 贺春燕 | 350211198707073083 | "
     "17374303373 | 5,230.00\n2 | 骆永康 | 440306197212092380 | 15233733062 | 12,880.00",
     [(P, "贺春燕"), (ID, "350211198707073083"), (MB, "17374303373"), (P, "骆永康"), (ID, "440306197212092380"),
      (MB, "15233733062")], [U]),
    ("email", "unknown", "资产包交接清单（第3批，脱敏）\n序号 | 姓名 | 证件号 | 手机 | 欠款\n1 | 贺** | 3502****3083 | "
     "173****3373 | 5,230.00\n2 | 骆** | 4403****2380 | 152****3062 | 12,880.00", [], []),
    ("email", "unknown", "交接备注：骆永康，住深圳市南山区桃园路212号海岸城5栋1803，其妻骆丹丹、岳父魏长林电话均可联系，"
     "岳父号码13763069977。", [(P, "骆永康"), (A, "深圳市南山区桃园路212号海岸城5栋1803"), (P, "骆丹丹"),
                             (P, "魏长林"), (MB, "13763069977")], [X, U]),
    ("email", "unknown", "交接备注：骆永康案，合同号HY20220315-0417，已还两期，剩余欠款12,880元，建议分期。", [(P, "骆永康")], []),
    ("email", "unknown", "交接备注：贺春燕，乳腺癌术后化疗中，每月去省肿瘤医院两次，建议月中上门。", [(P, "贺春燕")], [S]),
    ("email", "unknown", "交接备注：贺春燕，本人表示因病暂无收入，已提交困难申请，建议暂缓催收。", [(P, "贺春燕")], []),
    ("email", "unknown", "转委托案件说明：案件号（2024）粤0106民诉前调8825号，债务人已签调解协议，约定每月15日还款。", [], []),
    ("email", "unknown", "转委托案件说明：债务人骆永康为低保户，另有残疾证（肢体三级），请各合作机构注意沟通方式。",
     [(P, "骆永康")], [S]),
    ("email", "unknown", "各合作机构：本月起对低保、残疾等特殊群体客户统一暂停外呼，名单请到系统下载。", [], []),
    ("email", "unknown", "回款账户变更通知：自即日起回款请汇入 6217 0096 3037 2764 687（户名：恒岳资产代收户），"
     "发票号码 44031234 5678 9012 照常开具。", [(BC, "6217 0096 3037 2764 687")], []),
    ("email", "unknown", "案件补充资料：债务人贺春燕，护照号E28571946，曾于11月3日经罗湖口岸出境，11月9日入境。",
     [(P, "贺春燕"), (PP, "E28571946")], [U, S]),
    ("email", "unknown", "案件补充资料：债务人贺春燕，近期可能出境，请尽快安排联系。", [(P, "贺春燕")], []),
    ("email", "unknown", "致合作机构：请勿在外呼记录中写入客户银行卡全号，统一使用尾号，如“尾号8288”。", [], []),
    ("email", "unknown", "外包质检抽查：坐席在通话中向客户读出其银行卡号 六二二八 四八九六 八八七八 三幺二八 幺六幺，已扣分。",
     [(BC, "六二二八 四八九六 八八七八 三幺二八 幺六幺")], [U]),
    ("email", "unknown", "发件人：lin.yue@hengyue-am.com.cn\n主题：12月回款对账\n附件为12月回款明细，共计387笔，"
     "金额1,263,400元，请核对。", [(EM, "lin.yue@hengyue-am.com.cn")], []),
    ("email", "unknown", "发件人：lin.yue@hengyue-am.com.cn\n主题：失联修复结果\n骆永康新号码18108810443，"
     "其母亲魏秀英号码17752416804，前妻号码13760520087。",
     [(EM, "lin.yue@hengyue-am.com.cn"), (P, "骆永康"), (MB, "18108810443"), (P, "魏秀英"), (MB, "17752416804"),
      (MB, "13760520087")], [U, X]),
]

REPLIES_AND_EMAIL: list[PiplEntry] = [
    ("email", "debtor", "贾先生您好：\n经核查，您所说的情况不属实。您本人身份证11010519971127415X、手机17729900515均为"
     "借款时本人登记信息，我司依法联系并无不当。\n惠邻金融客户服务部",
     [(ID, "11010519971127415X"), (MB, "17729900515")], [U]),
    ("email", "debtor", "贾先生您好：\n您尾号5517的手机号与借款时登记号码一致，我司依约联系。如有异议请致电95118。"
     "\n惠邻金融客户服务部", [], []),
    ("email", "debtor", "邝女士您好：\n您投诉中提到的录音已调取。另据系统记录，您本月在县人民医院有三次门诊缴费，"
     "建议您合理安排开支，优先还款。\n县农商小额", [], [S]),
    ("email", "debtor", "董女士：\n您好，您要求删除紧急联系人信息的申请已受理，将在15个工作日内完成。如有疑问请回复本邮件"
     "service@yunze-am.cn。", [(EM, "service@yunze-am.cn")], []),
    ("email", "debtor", "董女士：\n您要求删除紧急联系人的申请不予受理。您母亲董桂珍（15878038251）、您丈夫刘建斌"
     "（18159222408）仍为本案联系人。",
     [(P, "董桂珍"), (MB, "15878038251"), (P, "刘建斌"), (MB, "18159222408")], [U, X]),
    ("email", "debtor", "侯先生：\n您的减免申请已通过，请于12月20日前还款860元。请汇入我司账户，"
     "并注明您的身份证号430524199212061198。", [(ID, "430524199212061198")], [U]),
    ("email", "third_party", "尊敬的永泰物流人事部：\n我司员工于12月5日致电贵司询问侯文斌相关事宜，用语不当，特此致歉。"
     "该事项与贵司无关，请勿转述。\n小鹿分期", [(P, "侯文斌")], []),
    ("email", "third_party", "尊敬的永泰物流人事部：\n感谢贵司配合。侯文斌所欠1,088.60元尚未结清，请财务部门在发放工资时予以"
     "代扣。\n小鹿分期", [(P, "侯文斌")], [D]),
    ("email", "debtor", "滕女士：\n根据您的申请，我们已核实您属于农村低保对象，并享受残疾人两项补贴，"
     "特此通知您本月仍需还款500元。\n乡银通", [], [S]),
    ("email", "unknown", "发件人：collect@xinhedai.com\n收件人：outsourcing@dingfeng-law.com\n随附本月委外案件137件，"
     "请在系统中查收。", [(EM, "collect@xinhedai.com"), (EM, "outsourcing@dingfeng-law.com")], []),
]

# --- Cantonese and traditional characters ----------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【信和財務】陳生，你張卡 4367 4255 5488 8584 今日過唔到數，欠款港幣3,200，麻煩盡快入返錢。",
     [(BC, "4367 4255 5488 8584")], [U]),
    ("sms", "debtor", "【信和財務】陳生，你尾號8584嘅卡今日過唔到數，欠款港幣3,200，麻煩盡快入返錢。", [], []),
    ("call", "debtor", "坐席：喂 陳生呀 我哋信和財務嘅 你個電話幺三九零零六二九四零二係咪仲用緊呀\n客户：係呀",
     [(MB, "幺三九零零六二九四零二")], [U]),
    ("call", "third_party", "坐席：你好 係咪陳志強屋企呀 佢喺我哋度借咗錢冇還 你叫佢覆個電話啦\n第三方：我係佢阿媽",
     [(P, "陳志強")], [D]),
    ("call", "third_party", "坐席：你好 係咪陳志強屋企呀 麻煩你叫佢得閒覆個電話 唔該\n第三方：好",
     [(P, "陳志強")], []),
    ("app", "debtor", "陳生，你個仔喺聖保祿小學讀三年班，每日八點校巴接，你唔想我哋去學校搵佢啩？", [], [S]),
    ("app", "debtor", "陳生，你話要接仔放學，咁我哋聽朝十點再打畀你。", [], []),
    ("app", "debtor", "陳生，你每個禮拜五晚都去澳門賭場，有錢賭冇錢還？", [], [S]),
    ("app", "third_party", "[群組：九龍灣貨倉同事] 陳志強，信和嗰筆數你仲拖住，大家都知㗎喇。", [(P, "陳志強")], [D]),
    ("sms", "debtor", "【台北豐信】林先生您好，您的信用貸款已逾期45天，應繳金額新臺幣38,600元，請洽客服02-2719-5580。",
     [(LL, "02-2719-5580")], []),
    ("sms", "debtor", "【台北豐信】林先生您好，您的身分證字號與護照號碼E51938274已列入催收名單，應繳新臺幣38,600元。",
     [(PP, "E51938274")], [U]),
    ("sms", "third_party", "【台北豐信】林太太您好，您先生林冠宇的貸款已逾期，煩請轉告他儘速繳款。", [(P, "林冠宇")], [D]),
    ("sms", "third_party", "【台北豐信】林太太您好，煩請轉告林冠宇先生撥空回電，謝謝。", [(P, "林冠宇")], []),
    ("app", "debtor", "林先生，您每週二、四晚上在臺大醫院洗腎，我們知道您辛苦，但款項還是要處理。", [], [S]),
    ("app", "debtor", "林先生，您說您要洗腎身體不好，我們先幫您申請緩繳兩個月。", [], []),
    ("notice", "third_party", "致新北市某科技公司人資部：\n貴公司員工林冠宇，住新北市板橋區文化路一段188號7樓，積欠本公司款項"
     "新臺幣38,600元，敬請協助。", [(P, "林冠宇"), (A, "新北市板橋區文化路一段188號7樓")], [D, X]),
    ("app", "debtor", "陳生，你老婆黃美玲喺觀塘嗰間茶餐廳做樓面，我哋已經搵過佢。",
     [(P, "黃美玲")], [X]),
]

# --- identifiers in every form, beside decoys of the same shape ------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【鑫和贷】请核对本人信息：手机+86 177 2990 0515，欠款2,960元，有误请回复。", [(MB, "177 2990 0515")], [U]),
    ("sms", "debtor", "【鑫和贷】请核对本人信息：手机0086-15126684716，欠款2,960元，有误请回复。", [(MB, "15126684716")], [U]),
    ("sms", "debtor", "【鑫和贷】请核对本人信息：手机151****4716，欠款2,960元，有误请回复。", [], []),
    ("sms", "debtor", "【鑫和贷】您本人手机１９９９０９３２１６９已停机，请更新联系方式。", [(MB, "１９９９０９３２１６９")], [U]),
    ("sms", "debtor", "【鑫和贷】订单号１９９９０９３２１６９０２已逾期，请登录APP处理。", [], []),
    ("sms", "debtor", "【小鹿分期】侯文斌身份证号4305 2419 9212 0611 98欠款未还，请速处理。",
     [(P, "侯文斌"), (ID, "4305 2419 9212 0611 98")], [U]),
    ("sms", "debtor", "【小鹿分期】您的合同编号4305 2419 9213 0611 98，欠款1,088.60元，请速处理。", [], []),
    ("sms", "debtor", "【惠邻金融】贾先生电话173.4273.9186已登记为主联系方式，欠款3,200元。", [(MB, "173.4273.9186")], [U]),
    ("sms", "debtor", "【惠邻金融】贾先生，您于2024.11.28申请的3,200.00元借款已逾期，请尽快还款。", [], []),
    ("sms", "debtor", "【县农商小额】邝丽娟身份证44030619721209238０已被列为逾期客户。",
     [(P, "邝丽娟"), (ID, "44030619721209238０")], [U]),
    ("sms", "debtor", "【县农商小额】邝丽娟借款合同440306197213092380号已逾期。", [(P, "邝丽娟")], []),
    ("sms", "debtor", "【乡银通】滕秀梅身份证号码370203197405165109，卡号6228487400579971305，请本人核对。",
     [(P, "滕秀梅"), (ID, "370203197405165109"), (BC, "6228487400579971305")], [U]),
    ("sms", "debtor", "【乡银通】滕秀梅还款流水号6228487400579971306，金额500元，已入账。", [(P, "滕秀梅")], []),
    ("sms", "debtor", "【恒岳资产】老身份证号320582660815471仍登记在您名下，欠款8,420元。", [(ID, "320582660815471")], [U]),
    ("sms", "debtor", "【恒岳资产】您的快递运单号 320582661315471 已签收，催告函请查阅。", [], []),
    ("sms", "debtor", "【云泽资产】董女士，您手机号码是18872384563吧？欠款6,700元请回电。", [(MB, "18872384563")], [U]),
    ("sms", "debtor", "【云泽资产】董女士，您的欠款6,700元请回电0755-86293170，工作时间9:00-18:00。",
     [(LL, "0755-86293170")], []),
    ("sms", "debtor", "【云泽资产】董女士，如需人工服务请拨打400-8831-620或95533。", [], []),
    ("app", "debtor", "您绑定的银行卡：6225 8811 5911 1433，本期扣款失败。", [(BC, "6225 8811 5911 1433")], [U]),
    ("app", "debtor", "您绑定的银行卡：6225 **** **** 1433，本期扣款失败。", [], []),
    ("app", "debtor", "账单编号：6225 8811 5911 1434，本期应还1,200元。", [], []),
    ("app", "debtor", "请确认您的收款卡号：\n6259 6511 9054 9190 566\n确认无误后点击提交。", [(BC, "6259 6511 9054 9190 566")],
     [U]),
    ("app", "debtor", "您的身份证号：\n350211-19680122-7967\n已完成实名认证，逾期将影响征信。", [(ID, "350211-19680122-7967")],
     [U]),
    ("app", "debtor", "您的身份证号：350211********7967，已完成实名认证。", [], []),
    ("app", "debtor", "您的验证码是 350211，请在5分钟内输入。", [], []),
    ("notice", "debtor", "催 收 通 知\n借 款 人 ： 骆 永 康\n身 份 证 号 ： 4 4 0 3 0 6 1 9 7 2 1 2 0 9 2 3 8 0\n"
     "欠 款 金 额 ： 1 2 , 8 8 0 元", [(P, "骆 永 康"), (ID, "4 4 0 3 0 6 1 9 7 2 1 2 0 9 2 3 8 0")], [U]),
    ("notice", "debtor", "催 收 通 知\n借 款 人 ： 骆 永 康\n合 同 编 号 ： H Y 2 0 2 2 0 3 1 5 - 0 4 1 7\n"
     "欠 款 金 额 ： 1 2 , 8 8 0 元", [(P, "骆 永 康")], []),
    ("notice", "debtor", "还款通知书\n贺春燕女士：您预留的手机 1 3 5 6 1 8 7 1 5 7 2 与银行卡 6 2 2 2 0 2 1 1 6 9 5 9 9 0 1 4 5 9 6 "
     "均已核实。", [(P, "贺春燕"), (MB, "1 3 5 6 1 8 7 1 5 7 2"), (BC, "6 2 2 2 0 2 1 1 6 9 5 9 9 0 1 4 5 9 6")], [U]),
    ("notice", "debtor", "还款通知书\n贺春燕女士：您的欠款5,230元，请于2024年12月31日前还清。发票号 0 4 4 0 0 1 9 0 0 1 1 1。",
     [(P, "贺春燕")], []),
    ("call", "debtor", "坐席：你手机号幺五九三八零拐三幺幺两 是你本人的吧\n客户：是", [(MB, "幺五九三八零拐三幺幺两")], [U]),
    ("call", "debtor", "坐席：你的工单号幺五九三八零拐三幺幺两 三 我给你记下了\n客户：好", [], []),
    ("call", "debtor", "坐席：我念一下你卡号 六二二五 八八三幺 六四三八 拐九四幺 六幺三 对吧\n客户：对",
     [(BC, "六二二五 八八三幺 六四三八 拐九四幺 六幺三")], [U]),
    ("call", "debtor", "坐席：你护照号码是E两八五拐幺九四六吧 我们这边记录你出过境\n客户：嗯", [(PP, "E两八五拐幺九四六")], [U]),
    ("call", "debtor", "坐席：你身份证号码 两幺零幺零两 幺九八两零三幺四 三四六零 对一下\n客户：对",
     [(ID, "两幺零幺零两 幺九八两零三幺四 三四六零")], [U]),
    ("call", "debtor", "坐席：还款金额两千零一十五块 日期是二零二四年十二月二十号 记一下\n客户：好", [], []),
    ("call", "debtor", "坐席：那个号码是幺八六三八勾勾三洞四五 你老公的 他说让你自己处理\n客户：你怎么有他号码",
     [(MB, "幺八六三八勾勾三洞四五")], [U, X]),
    ("call", "debtor", "坐席：你号码是不是一八八六零七六七五八零 我们短信一直发这个\n客户：是",
     [(MB, "一八八六零七六七五八零")], [U]),
    ("call", "debtor", "坐席：你银行卡后四位是四五五七吧 那张卡今天扣款没成功\n客户：对", [], []),
    ("call", "debtor", "坐席：我们热线九五五幺八八 你有问题打这个就行\n客户：好", [], []),
    ("email", "unknown", "失联修复：骆永康，原号码15241017077，新号码 181-1242-8325。",
     [(P, "骆永康"), (MB, "15241017077"), (MB, "181-1242-8325")], [U]),
    ("email", "unknown", "失联修复：骆永康，原号码152****7077，新号码181****8325。", [(P, "骆永康")], []),
    ("app", "debtor", "侯师傅，你身份证是43052419830618299X对吧？我们核实过了。", [(ID, "43052419830618299X")], [U]),
    ("app", "debtor", "侯师傅，你身份证后四位299X对吧？我们核实过了。", [], []),
    ("sms", "debtor", "【恒岳资产】您的银行卡6228481121855353093尾款已扣，剩余欠款1,210元。",
     [(BC, "6228481121855353093")], [U]),
    ("sms", "debtor", "【恒岳资产】您好，您的还款已到账，交易流水号 6228 4811 2185 5353 094，剩余欠款1,210元。", [], []),
    ("sms", "debtor", "【乡银通】请您本人携带身份证到镇营业所办理，座机0719-6627315转21。", [(LL, "0719-6627315")], []),
    ("app", "debtor", "老贾，你手机号17311139033和你微信号jia_chunming88我们都记下了，别想躲。",
     [(MB, "17311139033")], [U]),
    ("app", "debtor", "客户：我银行卡号是6214830888763199，你们扣吧\n客服：收到，系统今晚扣款，扣款后短信通知您。",
     [(BC, "6214830888763199")], []),
]

# --- family members, employers and addresses -------------------------------------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【恒岳资产】韦振东，你在城北工业园宏达电子上班，家住幸福里小区3栋502，我们随时可以过去，8,420元今天处理。",
     [(P, "韦振东"), (A, "幸福里小区3栋502")], [X]),
    ("sms", "debtor", "【恒岳资产】韦振东，你妹妹韦小燕手机15963701354、你妈何桂兰手机13736261635，我们都有，你自己看着办。",
     [(P, "韦振东"), (P, "韦小燕"), (MB, "15963701354"), (P, "何桂兰"), (MB, "13736261635")], [X, U]),
    ("sms", "debtor", "【云泽资产】董海鹰，你婆婆刘秀英住城关镇新华街45号，我们明天去她那儿坐坐。",
     [(P, "董海鹰"), (P, "刘秀英"), (A, "城关镇新华街45号")], [X]),
    ("sms", "debtor", "【云泽资产】董海鹰，你弟董海涛在市交警支队上班对吧？要不要我们去他单位聊聊？",
     [(P, "董海鹰"), (P, "董海涛")], [X]),
    ("sms", "debtor", "【鑫和贷】贺春燕，你前夫骆永康说你还住在他那套房子里，号码17380261604也是他给的。",
     [(P, "贺春燕"), (P, "骆永康"), (MB, "17380261604")], [X, U]),
    ("app", "debtor", "骆永康，你合伙人魏东升的电话13675775342我们已经打了，你们那个汽修店开在桃园路212号对吧。",
     [(P, "骆永康"), (P, "魏东升"), (MB, "13675775342"), (A, "桃园路212号")], [X, U]),
    ("app", "debtor", "老侯，你大舅子梁国平、你小姨子梁小红我们都加上微信了，再不还就在他们朋友圈里见。",
     [(P, "梁国平"), (P, "梁小红")], [X]),
    ("app", "debtor", "贾春明，你表哥贾春生18882156757说你在他厂里打零工，我们过两天过去找你。",
     [(P, "贾春明"), (P, "贾春生"), (MB, "18882156757")], [X, U]),
    ("app", "debtor", "贾春明，你在滨江花园7栋1102住着，上班在五金城东门那家灯具店，我们都知道。",
     [(P, "贾春明"), (A, "滨江花园7栋1102")], [X]),
    ("app", "debtor", "邝丽娟，你女儿梁思琪，你儿子梁思远，一个初二一个五年级，你当妈的想想。",
     [(P, "邝丽娟"), (P, "梁思琪"), (P, "梁思远")], [X, S]),
    ("app", "debtor", "邝丽娟，你公公梁德明17774876989，你要我们给老人打电话吗？",
     [(P, "邝丽娟"), (P, "梁德明"), (MB, "17774876989")], [X, U]),
    ("call", "debtor", "坐席：滕秀梅是吧 你老公滕国强五金店在镇上老街十八号 你儿子滕浩电话幺五九五零拐幺幺三五五 都在我这\n客户：你们想干嘛",
     [(P, "滕秀梅"), (P, "滕国强"), (A, "镇上老街十八号"), (P, "滕浩"), (MB, "幺五九五零拐幺幺三五五")], [X, U]),
    ("call", "debtor", "坐席：侯文斌 你媳妇梁小凤在县医院上班吧 你不还我就打她科室电话\n客户：别",
     [(P, "侯文斌"), (P, "梁小凤")], [X]),
    ("call", "debtor", "坐席：韦振东 你爸韦德福电话一三六七零四八八一二二 我刚打了 老人家急得不行\n客户：你们太过分了",
     [(P, "韦振东"), (P, "韦德福"), (MB, "一三六七零四八八一二二")], [X, U]),
    ("call", "debtor", "坐席：董海鹰 你们家保姆王阿姨我都聊过了 你白天不在家晚上几点回来她都跟我说了\n客户：……",
     [(P, "董海鹰")], [S]),
    ("email", "debtor", "贺春燕女士：\n您好，据查您现任职于厦门思明区某外贸公司，住厦门市思明区湖滨南路357号12楼，您的欠款5,230元请"
     "尽快处理。", [(P, "贺春燕"), (A, "厦门市思明区湖滨南路357号12楼")], [X]),
    ("notice", "debtor", "催款函\n骆永康：\n你母亲魏秀英（17752416804）、岳父魏长林（13763069977）均已表示愿意协助，请你尽快"
     "还款12,880元。",
     [(P, "骆永康"), (P, "魏秀英"), (MB, "17752416804"), (P, "魏长林"), (MB, "13763069977")], [X, U]),
    ("notice", "debtor", "催款函\n骆永康：\n请你尽快还款12,880元。寄送地址：深圳市南山区桃园路212号海岸城5栋1803。",
     [(P, "骆永康"), (A, "深圳市南山区桃园路212号海岸城5栋1803")], []),
    ("sms", "third_party", "梁国平你好，你妹夫侯文斌欠钱不还，他家住白云区同和街蟾蜍石东路18号602房，你劝劝他。",
     [(P, "梁国平"), (P, "侯文斌"), (A, "白云区同和街蟾蜍石东路18号602房")], [D, X]),
    ("sms", "third_party", "韦小燕，你哥韦振东欠兴隆八千多，他身份证610113197205219878，你们当家人的管不管？",
     [(P, "韦小燕"), (P, "韦振东"), (ID, "610113197205219878")], [D, U]),
    ("sms", "third_party", "董海涛，你姐的钱还没还，你也是公职人员，注意影响。", [(P, "董海涛")], [D]),
    ("app", "third_party", "魏叔叔，永康那边一万两千多一直没动，您是他岳父，您帮着说说。",
     [(P, "永康")], [D]),
    ("app", "third_party", "魏东升你好，你合伙人骆永康在外面欠了一万多，店里的流水你心里有数吧？", [(P, "魏东升"), (P, "骆永康")],
     [D]),
    ("call", "third_party", "坐席：喂 梁德明吗 你儿媳妇邝丽娟欠的钱 还有她卡号六二二二零二幺五幺九幺四三二二幺 你帮她还了吧\n第三方：我哪有钱",
     [(P, "梁德明"), (P, "邝丽娟"), (BC, "六二二二零二幺五幺九幺四三二二幺")], [D, U]),
    ("call", "third_party", "坐席：你好 你是贾春生吧 你表弟那事 就是惠邻那个三千二 你知道吧\n第三方：知道一点",
     [(P, "贾春生")], [D]),
    ("email", "third_party", "宏达电子人力资源部：\n贵司员工韦振东，其父韦德福、其妹韦小燕均已联系不上他，他在我司欠款已逾期86天，"
     "请贵司通知其本人。\n恒岳资产", [(P, "韦振东"), (P, "韦德福"), (P, "韦小燕")], [D, X]),
    ("email", "third_party", "宏达电子人力资源部：\n您好，烦请转告贵司员工韦振东，有一份文件需其本人签收，联系电话020-83716620。"
     "\n恒岳资产", [(P, "韦振东"), (LL, "020-83716620")], []),
    ("sms", "debtor", "【乡银通】滕女士，你娘家在河口乡，你哥滕国华、你嫂子吴桂香都说你过年回去。",
     [(P, "滕国华"), (P, "吴桂香")], [X]),
    ("sms", "debtor", "【小鹿分期】侯文斌，你住白云区同和街蟾蜍石东路18号602房，身份证430524199212061198，欠款请今日处理。",
     [(P, "侯文斌"), (A, "白云区同和街蟾蜍石东路18号602房"), (ID, "430524199212061198")], [U, X]),
    ("app", "debtor", "林先生，您太太林佩君在信义区那家银行当柜员，您女儿林可欣读北一女高一，我们不想去打扰她们。",
     [(P, "林佩君"), (P, "林可欣")], [X, S]),
    ("app", "debtor", "陳生，你阿爸陳國雄住喺黃大仙竹園邨二座1508，我哋聽日上去搵佢傾下。",
     [(P, "陳國雄"), (A, "黃大仙竹園邨二座1508")], [X]),
    ("app", "debtor", "董女士，你姐董海燕手机17745870903、她在市一中当老师，我们不想闹到学校去。",
     [(P, "董海燕"), (MB, "17745870903")], [X, U]),
    ("app", "debtor", "贺春燕，你妈贺秀兰住在同安区洪塘镇郭山村四组，我们顺路过去看看。",
     [(P, "贺春燕"), (P, "贺秀兰"), (A, "同安区洪塘镇郭山村四组")], [X]),
]

# --- more voices: small-town lenders, group chats, field visits ------------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【兴隆小贷】石永福，你手机 135-6187-1572 停机了？换号了说一声，欠款两万三还没还。",
     [(P, "石永福"), (MB, "135-6187-1572")], [U]),
    ("sms", "debtor", "【兴隆小贷】石永福身份证33010619800216433X名下欠款23,000元，本月底前不还将上报征信。",
     [(P, "石永福"), (ID, "33010619800216433X")], [U]),
    ("sms", "debtor", "【兴隆小贷】石永福卡号6222 0211 6959 9014 596余额不足，扣款失败。",
     [(P, "石永福"), (BC, "6222 0211 6959 9014 596")], [U]),
    ("sms", "debtor", "【兴隆小贷】石永福，你上个月在县医院做的心脏支架，花了不少吧？那两万三也该还了。",
     [(P, "石永福")], [S]),
    ("sms", "third_party", "【兴隆小贷】石大嫂，永福的两万三到底还不还？你们家里给个准话。", [(P, "永福")], [D]),
    ("sms", "third_party", "【兴隆小贷】石永福老婆你好，他电话18105489377打不通，身份证33010619800216433X，欠款两万三，"
     "你转告他。", [(P, "石永福"), (MB, "18105489377"), (ID, "33010619800216433X")], [D, U]),
    ("app", "third_party", "[群聊：石家庄村村民群] 石永福，兴隆那笔账拖一年了，村里人都看着。", [(P, "石永福")], [D]),
    ("app", "third_party", "[群聊：石家庄村村民群] @石永福 老石，你在医院住着我们知道，病好了把账清一下。", [(P, "石永福")],
     [D, S]),
    ("notice", "third_party", "石家庄村委会：\n贵村村民石永福（身份证33010619800216433X，手机18105489377）欠我司借款23,000元，"
     "请村委协助催还。\n兴隆小额贷款公司",
     [(P, "石永福"), (ID, "33010619800216433X"), (MB, "18105489377")], [D, U]),
    ("call", "third_party", "坐席：你是石永福的女儿吧 你爸那两万三还不上 你回家好好劝劝他\n第三方：……",
     [(P, "石永福")], [D]),
    ("sms", "debtor", "【融达资产】钟华，你的身份证号21010219771213834X、手机19988793649已报送给合作律所。",
     [(P, "钟华"), (ID, "21010219771213834X"), (MB, "19988793649")], [U]),
    ("sms", "debtor", "【融达资产】钟女士，你每天晚上十点下班从海鲜酒楼后门出来，我们的人就在外面等你。", [], [S]),
    ("sms", "debtor", "【融达资产】钟女士，你的护照号G38154927，出入境记录显示你上周刚从泰国回来，有钱旅游没钱还款？",
     [(PP, "G38154927")], [U, S]),
    ("sms", "third_party", "【融达资产】钟华的姐姐您好，她在我们这借的三万多已经逾期两个月了。", [(P, "钟华")], [D]),
    ("sms", "third_party", "【融达资产】钟华的姐姐您好，能否麻烦您让钟华回个电话？谢谢。", [(P, "钟华"), (P, "钟华")], []),
    ("app", "debtor", "钟华，你儿子周子豪在实验中学初一三班，放学五点二十走西门，这个你比我清楚。",
     [(P, "钟华"), (P, "周子豪")], [S, X]),
    ("app", "debtor", "钟华，你老公周立军13670488122、公公周长海15238964845，明天我们一起打。",
     [(P, "钟华"), (P, "周立军"), (MB, "13670488122"), (P, "周长海"), (MB, "15238964845")], [X, U]),
    ("app", "third_party", "周立军你好，你老婆钟华欠融达三万多，她的卡号6228489688783128161也冻结了，你管不管？",
     [(P, "周立军"), (P, "钟华"), (BC, "6228489688783128161")], [D, U]),
    ("app", "third_party", "[群聊：海鲜酒楼员工群] 钟华大姐，融达那边的事您先处理一下，我们不方便在群里说太多。", [(P, "钟华")], [D]),
    ("email", "unknown", "外访报告：钟华，现住东莞市长安镇振安中路66号金色家园2栋305，与丈夫周立军、儿子周子豪同住，"
     "每晚22点下班。", [(P, "钟华"), (A, "东莞市长安镇振安中路66号金色家园2栋305"), (P, "周立军"), (P, "周子豪")], [X, S]),
    ("sms", "debtor", "【汇诚小贷】包志刚，你医保卡余额还有八千多，先拿出来还一点。", [(P, "包志刚")], [S]),
    ("sms", "debtor", "【汇诚小贷】包志刚，你是退役军人吧？每月有补贴，你这点钱还不上说不过去。", [(P, "包志刚")], [S]),
    ("sms", "debtor", "【汇诚小贷】包志刚，你的手机18603925641和身份证45010319950914344２我们都核对过。",
     [(P, "包志刚"), (MB, "18603925641"), (ID, "45010319950914344２")], [U]),
    ("sms", "debtor", "【汇诚小贷】包志刚，你名下的定期存款五万元下个月到期，到时候先还我们。", [(P, "包志刚")], [S]),
    ("sms", "third_party", "【汇诚小贷】包志刚单位您好，他欠款未还，请协助通知。", [(P, "包志刚")], [D]),
    ("app", "third_party", "包大爷，你孙子志刚在我们这借的钱一直没还，他电话18603925641您打打看。",
     [(P, "志刚"), (MB, "18603925641")], [D, U]),
    ("call", "debtor", "坐席：包志刚 你每个礼拜五都去清真寺做礼拜 那个点你人在哪我们都知道\n客户：你想怎样", [(P, "包志刚")], [S]),
    ("call", "debtor", "坐席：包志刚 身份证四五零幺零三幺九九五零九幺四三四四两 对吧 卡号六二幺七零零四二四四三九九二四八幺五六\n客户：对",
     [(P, "包志刚"), (ID, "四五零幺零三幺九九五零九幺四三四四两"), (BC, "六二幺七零零四二四四三九九二四八幺五六")], [U]),
    ("sms", "debtor", "【兴隆小贷】罗先生，你因酒驾被拘留十五天的事我们都知道，出来了就把钱还了。", [], [S]),
    ("sms", "debtor", "【兴隆小贷】罗先生，你的欠款已逾期，请尽快联系我们协商。电话0575-88216930。", [(LL, "0575-88216930")], []),
    ("app", "debtor", "罗先生，你最近一个月信用卡在KTV和酒吧刷了一万二，消费记录我们看得到。", [], [S]),
    ("app", "debtor", "罗先生，你的微信步数每天两万多，在送外卖吧？一天跑东湖区那几个小区。", [], [S]),
    ("app", "debtor", "罗先生，你手机17343883089，身份证320582197601155533，都是你本人，别再说不认识我们。",
     [(MB, "17343883089"), (ID, "320582197601155533")], [U]),
    ("app", "third_party", "罗太太，你老公罗建华那四千六的事，你知道吧？他手机17343883089不接。",
     [(P, "罗建华"), (MB, "17343883089")], [D, U]),
    ("call", "third_party", "坐席：喂 罗建华单位吗 他欠了四千六 你们让他赶紧处理\n第三方：我们不管这个", [(P, "罗建华")], [D]),
    ("call", "third_party", "坐席：你好 是罗建华的担保人邵伟吧 你担保的那笔四千六已经逾期 按合同你要承担连带还款责任\n第三方：我知道了",
     [(P, "罗建华"), (P, "邵伟")], []),
    ("sms", "debtor", "【聚信通】姚敏，你怀孕七个月了吧，在市妇幼建的档，产检每两周一次，钱要趁生之前还。",
     [(P, "姚敏")], [S]),
    ("sms", "debtor", "【聚信通】姚敏，你身份证11010519771102941１、手机15950711355，已列入重点催收。",
     [(P, "姚敏"), (ID, "11010519771102941１"), (MB, "15950711355")], [U]),
    ("sms", "debtor", "【聚信通】姚敏，你的欠款7,800元已逾期，如身体不便，可申请延期还款。", [(P, "姚敏")], []),
    ("sms", "third_party", "【聚信通】姚敏同事你好，她欠我们七千八，她手机15950711355，你让她回电。",
     [(P, "姚敏"), (MB, "15950711355")], [D, U]),
    ("app", "debtor", "姚敏，你老公郑凯在供电局上班，婆婆郑桂英在菜市场卖菜，我们不想一家家去说。",
     [(P, "姚敏"), (P, "郑凯"), (P, "郑桂英")], [X]),
    ("app", "debtor", "姚敏，你去年在妇产医院做过人流的记录我们也有，你想让你老公知道吗？", [(P, "姚敏")], [S]),
    ("app", "third_party", "郑凯你好，你老婆姚敏欠聚信通七千八，她护照号EA4736291，你看着办。",
     [(P, "郑凯"), (P, "姚敏"), (PP, "EA4736291")], [D, U]),
    ("email", "unknown", "委外案件明细\n姓名：姚敏；证件：110105197711029411；手机：15950711355；"
     "联系人：郑凯（丈夫）18112481457、郑桂英（婆婆）15227140452；欠款：7,800元。",
     [(P, "姚敏"), (ID, "110105197711029411"), (MB, "15950711355"), (P, "郑凯"), (MB, "18112481457"), (P, "郑桂英"),
      (MB, "15227140452")], [U, X]),
    ("email", "unknown", "委外案件明细\n姓名：姚*；证件：1101**********9411；手机：159****1355；欠款：7,800元。", [], []),
    ("sms", "debtor", "【融达资产】钟女士，你每个月都去城北监狱探视你弟弟，我们的人也在那边，欠款尽快处理。", [], [S]),
    ("sms", "debtor", "【惠邻金融】贾春明，你的银行卡6225888315495600上周在外地ATM取现三次，人在哪里我们清楚。",
     [(P, "贾春明"), (BC, "6225888315495600")], [U, S]),
    ("app", "debtor", "老侯，你每天凌晨五点从家出发跑深圳线，晚上十点回，车牌粤A·8K62X，路线我们都掌握了。", [], [S]),
    ("app", "debtor", "文斌，你手机 181 0339 2314、你身份证 430524 1992 1206 1198，以后别说不是你。",
     [(P, "文斌"), (MB, "181 0339 2314"), (ID, "430524 1992 1206 1198")], [U]),
    ("app", "debtor", "韦先生，你的信用报告里还有三家银行的信用卡在逾期，两张已经停卡，你这情况我们很清楚。", [], [S]),
    ("app", "debtor", "韦先生，你手机幺五二七八四洞七二三三是登记在我们系统里的主号码，今天务必回电。",
     [(MB, "幺五二七八四洞七二三三")], [U]),
    ("notice", "debtor", "催款通知\n韦振东：\n你现住幸福里小区3栋502，你父亲韦德福住城东村五组，你妹妹韦小燕在县幼儿园工作，"
     "请你于十日内还款。",
     [(P, "韦振东"), (A, "幸福里小区3栋502"), (P, "韦德福"), (A, "城东村五组"), (P, "韦小燕")], [X]),
    ("notice", "debtor", "还款通知\n董海鹰女士：\n您的手机１８３６６０３１１９２与身份证５１０１０７１９８６１２２４７６０Ｘ均在本公司登记。",
     [(P, "董海鹰"), (MB, "１８３６６０３１１９２"), (ID, "５１０１０７１９８６１２２４７６０Ｘ")], [U]),
    ("notice", "third_party", "致县幼儿园园长：\n贵园教师韦小燕之兄韦振东欠我司8,420元不还，她作为家属请督促。",
     [(P, "韦小燕"), (P, "韦振东")], [D]),
    ("email", "third_party", "致城关镇新华街社区居委会：\n辖区居民刘秀英的儿媳董海鹰拖欠云泽资产借款，望居委会做做工作。",
     [(P, "刘秀英"), (P, "董海鹰")], [D]),
    ("call", "third_party", "坐席：喂 你是海鹰的同学吧 她那个钱一直拖着 你们同学群里有人知道她现在在哪吗\n第三方：不清楚",
     [(P, "海鹰")], [D]),
    ("call", "third_party", "坐席：喂 你是董海鹰高中同学吧 我们找她有点私事 能帮忙问问她新号码吗\n第三方：我问问",
     [(P, "董海鹰")], []),
    ("call", "debtor", "坐席：董海鹰 你每天吃的那个抗抑郁的药 我们知道 但钱该还还得还\n客户：你们怎么知道的",
     [(P, "董海鹰")], [S]),
    ("call", "debtor", "坐席：董女士 你老公刘建斌手机幺五八六四六二拐零五六 我们打了三次他都挂\n客户：别打他",
     [(P, "刘建斌"), (MB, "幺五八六四六二拐零五六")], [U, X]),
    ("sms", "debtor", "【云泽资产】董海鹰，您在中国银行尾号0252的卡上月工资入账9,300元，请安排还款。", [(P, "董海鹰")], [S]),
    ("app", "debtor", "邝女士，你每天打的胰岛素是社区医院开的吧？我们同事在那儿看到你了。", [], [S]),
    ("app", "debtor", "邝女士，你乙肝的药一个月多少钱我们也了解，钱还是要挤一挤。", [], [S]),
    ("app", "third_party", "[群聊：县人民医院后勤科] 邝丽娟，县农商那边的款你抓紧，别让大家都为难。", [(P, "邝丽娟")], [D]),
    ("app", "third_party", "[群聊：滕家村三组] 滕秀梅家的，乡银通的人又来了，你家那个钱到底啥时候还？", [(P, "滕秀梅")], [D]),
    ("sms", "third_party", "李书记您好，贵村石永福欠款已一年，他身份证33010619800216433X，望村里出面。",
     [(P, "石永福"), (ID, "33010619800216433X")], [D, U]),
]

# --- relatives' and contacts' numbers --------------------------------------------------------------------

RELATIVES_NUMBERS: list[PiplEntry] = [
    ("sms", "debtor", "【鑫和贷】贺春燕，你女儿骆欣然的电话19909202371我们也有，她在厦大读书对吧。",
     [(P, "贺春燕"), (P, "骆欣然"), (MB, "19909202371")], [X, U]),
    ("sms", "debtor", "【恒岳资产】韦振东，你堂哥韦振海18374934740说你欠他的都还没还，我们这边你打算怎么办？",
     [(P, "韦振东"), (P, "韦振海"), (MB, "18374934740")], [X, U]),
    ("sms", "debtor", "【县农商小额】邝丽娟，你妹邝丽萍手机15278407233、妹夫何志伟手机18103392314，都联系过了。",
     [(P, "邝丽娟"), (P, "邝丽萍"), (MB, "15278407233"), (P, "何志伟"), (MB, "18103392314")], [X, U]),
    ("sms", "debtor", "【小鹿分期】侯文斌，你爸侯德顺 15217600247，你妈梁桂芳 13956475192，你看着办。",
     [(P, "侯文斌"), (P, "侯德顺"), (MB, "15217600247"), (P, "梁桂芳"), (MB, "13956475192")], [X, U]),
    ("sms", "debtor", "【惠邻金融】贾春明，你前妻林小娟+86 183 6603 1192，她说你俩离婚前这笔钱是你借的。",
     [(P, "贾春明"), (P, "林小娟"), (MB, "183 6603 1192")], [X, U]),
    ("sms", "debtor", "【乡银通】滕秀梅，你女婿陈俊的电话0086 18372697249我们打过了。",
     [(P, "滕秀梅"), (P, "陈俊"), (MB, "18372697249")], [X, U]),
    ("app", "debtor", "骆永康，你同事钱海波手机18107439524，你们车间主任邹平手机17376276876，我们明天挨个打。",
     [(P, "骆永康"), (P, "钱海波"), (MB, "18107439524"), (P, "邹平"), (MB, "17376276876")], [X, U]),
    ("app", "debtor", "钟华，你闺蜜黎晓雯电话15864627056，她说你住她家。",
     [(P, "钟华"), (P, "黎晓雯"), (MB, "15864627056")], [X, U]),
    ("app", "debtor", "包志刚，你奶奶包秀珍家的座机0771-5832906，你大伯包国庆手机13763069977，我们都存着。",
     [(P, "包志刚"), (P, "包秀珍"), (LL, "0771-5832906"), (P, "包国庆"), (MB, "13763069977")], [X, U]),
    ("app", "debtor", "姚敏，你弟姚军在富士康上班，电话17343846640，你不接我们就找他。",
     [(P, "姚敏"), (P, "姚军"), (MB, "17343846640")], [X, U]),
    ("app", "debtor", "罗建华，你儿子罗一鸣在二中读初三，班主任电话15246763234，你要我们打吗？",
     [(P, "罗建华"), (P, "罗一鸣"), (MB, "15246763234")], [X, U, S]),
    ("call", "debtor", "坐席：贺春燕 你哥贺建军电话幺五幺九幺幺六八四三三 我们已经打了\n客户：你们打他干什么",
     [(P, "贺春燕"), (P, "贺建军"), (MB, "幺五幺九幺幺六八四三三")], [X, U]),
    ("call", "debtor", "坐席：石永福 你大儿子石磊 幺三拐四九三八二九拐六 在东莞打工 我们让他给你还\n客户：不关他的事",
     [(P, "石永福"), (P, "石磊"), (MB, "幺三拐四九三八二九拐六")], [X, U]),
    ("call", "debtor", "坐席：陳生 你細佬陳志明 電話幺五幺四七零幺五五拐二 我哋已經同佢講咗\n客户：你哋唔好搞佢",
     [(P, "陳志明"), (MB, "幺五幺四七零幺五五拐二")], [X, U]),
    ("email", "debtor", "林先生：\n您好。您登記的緊急聯絡人林美華（母親）手機13749382976、林冠廷（兄）手機18650973791，"
     "均已收到本公司通知。\n台北豐信",
     [(P, "林美華"), (MB, "13749382976"), (P, "林冠廷"), (MB, "18650973791")], [X, U]),
    ("email", "unknown", "失联修复结果：贺春燕，母亲贺秀兰15191168433，前夫骆永康17799815947，女儿骆欣然19909202371。",
     [(P, "贺春燕"), (P, "贺秀兰"), (MB, "15191168433"), (P, "骆永康"), (MB, "17799815947"), (P, "骆欣然"),
      (MB, "19909202371")], [X, U]),
    ("notice", "debtor", "催告函\n石永福：\n你妻子王翠兰（15147015572）、儿子石磊（13749382976）均已知晓本事项，请你于十五日内"
     "还款23,000元。",
     [(P, "石永福"), (P, "王翠兰"), (MB, "15147015572"), (P, "石磊"), (MB, "13749382976")], [X, U]),
    ("sms", "third_party", "贺建军你好，你妹贺春燕欠鑫和贷五千多，她手机13561871572，你让她回电话。",
     [(P, "贺建军"), (P, "贺春燕"), (MB, "13561871572")], [D, U]),
    ("sms", "third_party", "姚军你好，你姐姚敏欠款未还，她家住城南区育才路19号3单元401，我们上门也找不到人。",
     [(P, "姚军"), (P, "姚敏"), (A, "城南区育才路19号3单元401")], [D, X]),
    ("app", "third_party", "钱海波你好，你车间的骆永康欠一万多不还，他老婆骆丹丹手机15937850407，你们认识吧？",
     [(P, "钱海波"), (P, "骆永康"), (P, "骆丹丹"), (MB, "15937850407")], [D, X, U]),
    ("app", "debtor", "韦振东，你女朋友黄婷在万达影城售票，手机15104814963，下班时间我们都清楚。",
     [(P, "韦振东"), (P, "黄婷"), (MB, "15104814963")], [X, U]),
    ("app", "debtor", "董海鹰，你舅舅何建明住城关镇西街12号，电话18638993045，他说会帮你还。",
     [(P, "董海鹰"), (P, "何建明"), (A, "城关镇西街12号"), (MB, "18638993045")], [X, U]),
    ("sms", "debtor", "【兴隆小贷】石永福，你女儿石佳佳在县一中初三（2）班，手机15938073112，我们会跟她讲讲。",
     [(P, "石永福"), (P, "石佳佳"), (MB, "15938073112")], [X, U, S]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AC-SMS-TEMPLATES": SMS_TEMPLATES,
    "AC-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AC-ASR-CALLS": ASR_CALLS,
    "AC-THIRD-PARTIES": THIRD_PARTIES,
    "AC-CHATS": CHATS,
    "AC-LETTERS": LETTERS,
    "AC-TRANSFERS": TRANSFERS,
    "AC-REPLIES-AND-EMAIL": REPLIES_AND_EMAIL,
    "AC-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AC-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AC-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AC-MORE-VOICES": MORE_VOICES,
    "AC-RELATIVES-NUMBERS": RELATIVES_NUMBERS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
