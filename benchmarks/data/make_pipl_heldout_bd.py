"""Writes `pipl_heldout_bd.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of the reference notes, the speaker table of
`audit/message.py`, the record helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the
held-out PIPL rows of `tests/test_labelled_sets.py`, and the opening docstring, imports, constants, first entries
and closing functions of `make_pipl_heldout_bc.py` (for the record format and the labelling conventions, which
this set keeps; a few more of BC's first SMS entries and last entries than five came into view). It did not open
the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests or
any other set's entries, and ran no detector, scan, mask or benchmark on these texts.
The invented identifiers were drawn once by a throw-away script: resident IDs from random area codes and birth
dates with the right check character (five ending in X, three of children born in 2013, 2016 and 2017) and four
old 15-digit ones with a real month, Luhn-valid cards of 16 and 19 digits, mobiles on real prefixes, passports (E,
EK), a permit to Hong Kong and Macau (C) and a home-return permit (H) to the pattern; each passes
`set_format.check_identifier`. They were typed into the texts and spelled out digit by digit by hand, and a
throw-away check confirmed that every spoken or full-width form reads back as a number that was drawn. `set_format`
has no check for landlines, e-mail addresses or licence plates: landlines are an area code and eight digits, kept
the same wherever a company's number recurs, e-mails use real top-level domains and plates a province, a letter
and five characters. The decoys were drawn to fail every check of `set_format.check_identifier`, and a throw-away
scan confirmed that no unlabelled number in the texts (digits, full-width or spoken, grouped or not) passes one.

What it holds: personal data in collecting from the sick, the old and the dead. A consumer-finance company
(安禾消费金融: app 安禾分期, products 安心医付 medical instalments and 安禾随借) and a bank card centre (澄江银行信用卡中心),
their agencies (南京恒序商务咨询, 成都蓉信达资产管理) and a law firm (江苏明衡律师事务所) collect from a debtor after a
stroke on a neurology ward, one on dialysis, one in chemotherapy, one in a psychiatric ward, a pregnant debtor after
IVF, a wheelchair user, a deaf pensioner, residents of two nursing homes (dementia, Parkinson's) and one in
hospice care, and from the estates of debtors who died (lung cancer, a car crash, liver disease, in a nursing
home): an heir who accepted the inheritance and one who renounced it, a widow who is the estate administrator, a
law firm as administrator, a guardian, a funeral home, a cemetery plot, death and cremation certificates, a life
insurer's payout, the judgment on a car and its auction, a statement of claim, preservation, enforcement and
payment-order applications, evidence lists, a defence, a mediation record and estate-claim filings. Those around
them are told, or asked: spouses, children, a brother-in-law, a mother-in-law, caregivers, nurses' stations, a
hospital's billing office, nursing-home staff and their family WeChat group, neighbours and a building's owners'
group, an employer, a school teacher, a funeral home and a cemetery office. Voices: SMS templates with placeholders
and filled SMS, voice robots with keypad turns (one in traditional characters), agents' calls as transcripts and
as speech-to-text output (no punctuation, fillers, numbers read aloud with 幺, 两, 洞, 拐 and 勾), in-app messages
and WeChat posts, letters to debtors, heirs, guardians and institutions, a notice posted in a stairwell, case
notes, quality-check sheets and rules, complaint tickets and replies, a regulator's transfer reply, e-mails between
the lenders, the agencies, the law firm, an insurer, an employer and the family, and court papers.

311 messages, 101 of them (32%) compliant; call 83, notice 69, sms 61, app 57, email 41; to the debtor (or
those who stand for the debtor, below) 153, to a third party 79, to an unknown recipient 79. `pii.sensitive`
labels 121 messages, `pii.unmasked_identifier` 87, `pii.third_party_disclosure` 62 and `pii.excessive` 55.
Entities: PERSON 458, EMAIL 72, CN_ID_CARD 55, CN_MOBILE 38, ADDRESS 26, CN_BANK_CARD 26, CN_LANDLINE 20,
CN_LICENSE_PLATE 14, CN_PASSPORT 11. Identifiers are written plain, in full-width digits (an ID's final X
full-width too), grouped by spaces (4-4-4-4, 4-4-4-4-3, 6-8-4), by dots (6.8.4, 3.4.4) and by hyphens (6-8-4,
3-4-4, 4-4-4-4, 4-4-4-4-3), behind +86 and 0086 (outside the span), with a lower-case final x, read aloud
digit by digit (一二三 and 零) and in spoken groups with 幺, 两, 洞, 拐 and 勾 (IDs, an old 15-digit ID, cards,
mobiles, a passport). Beside them stand decoys: 18-digit order and cremation-certificate numbers and an ID
written with a wrong check character, 16- and 19-digit case, application and transaction numbers failing Luhn
(some on card prefixes), 15-digit death certificate numbers with no real month, 11- and 13-digit work-order,
agreement and disability-certificate numbers on no mobile prefix (three read aloud), hospital admission and
record numbers, policy and claim numbers, and masked forms (4402**********3540, 3301**********3940,
2101**********9915, 136****5897, E6****630, 尾号6196, 后四位); some messages with decoys also hold a real
identifier and are labelled for it. Companies' and courts' landlines, e-mail addresses and licence plates are
entities with no category of their own.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out; the conventions are set BC's, with what this theme adds):
- Who is a third party: after a death, the estate administrator (遗产管理人, a widow or a law firm) and an heir who
  accepted the inheritance or has not renounced it stand for the debtor: messages to them go out as to the debtor
  and may state the death, the deceased's debt and the estate's liability. So does a guardian appointed for a
  debtor who lacks capacity. An heir who renounced in writing, a spouse or child of a living debtor who did not
  sign, other relatives, caregivers, nurses and hospitals, nursing homes and their family groups, funeral homes,
  cemetery offices, insurers, employers, schools, neighbours and owners' groups are third parties.
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the lender's, agency's or agent's words, in any form, the deceased's too: in texts to debtors, heirs
  and third parties, and in the lenders' and agencies' own notes, sheets, tickets, letters and e-mails. Not:
  masked forms, last digits alone, a company's landline, a licence plate, a debtor's or heir's own number as they
  say or type it, papers filed with a court (a statement of claim, an application, a defence, an evidence list,
  an address-for-service form, an estate-claim filing) or a court's own text, where a full identifier is lawful,
  a decoy.
- `pii.third_party_disclosure`: to a third party, the text reveals the debt (amount, overdue status, lender or
  product: naming the lender or the app is enough) or the debtor's personal data. A bare call-back request that
  names no lender, an agent or a robot that names its own firm to ask for the debtor (or whether the callee is an
  heir) and ends there, a sealed letter to be handed on, a court's own notice passed on, and a letter confirming
  to an heir who renounced that he owes nothing are compliant. Notes, sheets, e-mails between the firms and
  tickets go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health, diagnoses, treatment, medication, pregnancy, disability and mental
  health of the debtor, the deceased or relatives, a death's cause and last illness; whereabouts (a ward and bed,
  the nursing home and its room, the hours of dialysis, therapy or check-ups, a cemetery plot, a border crossing, a
  retreat); children under 14 (schools, classes, routines, an ID); and financial details beyond need: an insurance
  payout, pensions, medical-insurance refunds and balances, wages, the funeral's or the grave's cost, relatives'
  cards and transfers. Not: the debtor's or heir's own words (also as a note records them), a hardship reply or
  offer that names no condition or asks for no records, a letter to a nursing home's address, the legal status of
  incapacity, a lawyer's argument on capacity in court, a rule forbidding such use, a sheet that condemns it
  without naming whom it concerns.
- `pii.excessive`: relatives', neighbours', caregivers', doctors' or colleagues' names, numbers, employers,
  schools, vehicles or addresses, or a full name with a home address, that the message does not need, the address
  book quoted. Not: a full name alone, an agent's or lawyer's name, the heir, administrator or guardian a message
  is about, the address a letter is sent to or a court paper gives, a relative the message is addressed to.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. Entities
mark every string of their type whoever it belongs to (an agent, a lawyer, a company's landline, an agency's
e-mail, a car's plate); masked forms, 400 service numbers, order, contract, case, certificate, policy and ticket
numbers are not entities, nor is a +86 or 0086 before a mobile; a surname with an honorific, a title or 小/老
(彭先生, 周律师, 葛阿姨, 老孔, 小韩) is not a PERSON, a full name is, and so is a name written twice, each time;
ADDRESS reaches down to a road and number or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_bd`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_bd.jsonl"
ID_PREFIX = "PBD"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")


def call(*lines: str) -> str:
    """A call written out one speaker-prefixed turn a line, as a vendor's text export gives it."""
    return "\n".join(lines)


# --- SMS templates and filled messages to debtors, heirs, caregivers and the people around them -----------------

SMS: list[PiplEntry] = [
    ("sms", "debtor", "【安禾消费金融】{客户姓名}您好，您的安心医付分期第{期数}期应还{应还金额}元已逾期{逾期天数}天。如正在住院或治疗，可在安禾分期App申请延期还款，客服400-819-6627。",
     [], []),
    ("sms", "debtor", "【安禾消费金融】蒋国栋先生家属您好，我司获悉蒋先生已身故，谨致哀悼。其名下安禾随借尚有未结清款项，待继承事宜办妥后请与我司联系，电话025-84362917。",
     [(P, "蒋国栋"), (LL, "025-84362917")], []),
    ("sms", "debtor", "【安禾消费金融】彭建军先生，您的安心医付分期已逾期18天，应还3,216.40元。您登记的身份证号440106195502073540、手机13684965897，请今日内还款。",
     [(P, "彭建军"), (ID, "440106195502073540"), (MB, "13684965897")], [U]),
    ("sms", "debtor", "【澄江银行信用卡中心】葛秀兰，我们知道你住在松鹤颐养院3号楼204室，护工说你每天下午都在活动室打牌，有精神打牌没钱还卡？",
     [(P, "葛秀兰"), (A, "松鹤颐养院3号楼204室")], [S]),
    ("sms", "debtor", "【恒序商务】曹美玲女士，受安禾消费金融委托提醒，您的安心医付分期已逾期9天。听说您在鼓楼妇幼做试管刚怀上，孩子要紧，钱也得还。",
     [(P, "曹美玲")], [S]),
    ("sms", "debtor", "【恒序商务】受安禾消费金融委托：{客户姓名}您好，您的分期已逾期{逾期天数}天，如因病无法按期还款，请回复或致电025-84362917说明，我们将为您登记协商方案。",
     [(LL, "025-84362917")], []),
    ("sms", "third_party", "【恒序商务】罗桂芬女士您好，您丈夫彭建军在安禾消费金融的医疗分期已逾期18天，欠款3,216.40元，请您督促他尽快还款。",
     [(P, "罗桂芬"), (P, "彭建军")], [D]),
    ("sms", "third_party", "您好，这里是南京恒序商务咨询，有一件事情需要彭先生本人回电处理，方便时请转告他致电025-84362917，谢谢。",
     [(LL, "025-84362917")], []),
    ("sms", "third_party", "【蓉信达】蒋文慧女士，虽然您已放弃继承，但您父亲蒋国栋生前在安禾随借欠款4.2万元，作为女儿您也该帮忙还一点。",
     [(P, "蒋文慧"), (P, "蒋国栋")], [D]),
    ("sms", "debtor", "【蓉信达】蒋文斌先生，您已继承您父亲蒋国栋的遗产，依法应在所得遗产实际价值范围内清偿其安禾随借欠款42,318.56元，请于{截止日期}前联系028-86245073。",
     [(P, "蒋文斌"), (P, "蒋国栋"), (LL, "028-86245073")], []),
    ("sms", "debtor", "【蓉信达】蒋文斌，你爸肺癌晚期走得急，化疗花了多少我们心里有数，他欠安禾的42,318.56元你继承了就得还。",
     [(P, "蒋文斌")], [S]),
    ("sms", "third_party", "【蓉信达】栖霞殡仪服务中心：贵中心承办的蒋国栋丧事，其生前欠安禾消费金融42,318.56元，请在结算丧葬费时告知家属先行还款。",
     [(P, "蒋国栋")], [D]),
    ("sms", "debtor", "【安禾消费金融】田志刚先生，您的安禾随借已逾期31天。系统显示您近期在青枫心理医院心境障碍科就诊，抑郁症也不是不还钱的理由。",
     [(P, "田志刚")], [S]),
    ("sms", "debtor", "【澄江银行信用卡中心】郑玉梅女士，您的卡已逾期，您在康和医院肿瘤科的化疗费用刷卡记录显示仍有消费能力，请立即还款6,400元。",
     [(P, "郑玉梅")], [S]),
    ("sms", "third_party", "【澄江银行】康和医院肿瘤科护士站：贵科12床患者郑玉梅欠我行信用卡6,400元，出院结算时请通知我行，联系电话0512-68273519。",
     [(P, "郑玉梅"), (LL, "0512-68273519")], [D, S]),
    ("sms", "debtor", "【恒序商务】余德胜已故，其遗产继承人马春兰女士：余德胜身份证210102194912289915名下安禾随借欠款尚余18,600元，请于月底前处理。",
     [(P, "余德胜"), (P, "马春兰"), (P, "余德胜"), (ID, "210102194912289915")], [U]),
    ("sms", "debtor", "【恒序商务】马春兰女士，余德胜名下欠款请尽快处理，另外您儿子余浩在栖霞实验小学三年级二班，别让孩子知道家里欠钱。",
     [(P, "马春兰"), (P, "余德胜"), (P, "余浩")], [S, X]),
    ("sms", "debtor", "【安禾消费金融】雷小燕女士，您的分期已逾期12天。您持有的残疾证显示为肢体二级，行动不便也请让家人代为转账。",
     [(P, "雷小燕")], [S]),
    ("sms", "third_party", "【蓉信达】邻居您好，您楼上502的温建华去世前欠了我们委托方的钱，他老婆一直躲着不接电话，麻烦您见到她转告一声。",
     [(P, "温建华")], [D]),
    ("sms", "debtor", "【蓉信达】温建华遗产管理人丁慧敏女士：法院已判决温建华名下车辆川A3F8Q6由其遗产负担的债务优先执行，请配合办理，电话028-86245073。",
     [(P, "温建华"), (P, "丁慧敏"), (P, "温建华"), (PL, "川A3F8Q6"), (LL, "028-86245073")], []),
    ("sms", "debtor", "【蓉信达】丁慧敏，你老公温建华的平泰人寿身故赔款38万上个月已经到你工商银行卡6222020645056240了，别装没钱。",
     [(P, "丁慧敏"), (P, "温建华"), (BC, "6222020645056240")], [S, U]),
    ("sms", "debtor", "【澄江银行信用卡中心】卢桂香，你儿子周立群在南京地铁运营公司上班，手机18322052520，你不还我们就找他。",
     [(P, "卢桂香"), (P, "周立群"), (MB, "18322052520")], [U, X]),
    ("sms", "debtor", "【安禾消费金融】胡立新先生，您的安心医付分期已逾期。您每周二、四、六上午在康和医院血透室做透析，我们的人会在那里等您。",
     [(P, "胡立新")], [S]),
    ("sms", "debtor", "【恒序商务】孙淑珍女士，您的分期账单已逾期，请回电025-84362917，或由您的法定代理人持监护证明到店办理。",
     [(P, "孙淑珍"), (LL, "025-84362917")], []),
    ("sms", "third_party", "【恒序商务】孙淑珍老人住在你们福寿养老中心吧？她欠安禾消费金融的分期2,300元逾期两个月了，请院方代为催促家属。",
     [(P, "孙淑珍")], [D, S]),
    ("sms", "debtor", "【安禾消费金融】{继承人姓名}您好，关于已故客户{客户姓名}名下欠款，请在遗产范围内处理；如已放弃继承，请将放弃继承声明公证书发送至recovery@anhe-cf.com。",
     [(EM, "recovery@anhe-cf.com")], []),
    ("sms", "debtor", "【安禾消费金融】钟明先生生前账户尾号5656的欠款，经核实其遗产管理人为江苏明衡律师事务所，后续事宜请您无需处理，特此告知。",
     [(P, "钟明")], []),
    ("sms", "debtor", "【恒序商务】范丽娜女士，您预产期在下月，孕检都在鼓楼妇幼做的我们都清楚，生孩子前先把安禾的6,218元还了。",
     [(P, "范丽娜")], [S]),
    ("sms", "third_party", "【澄江银行】尊敬的联系人，您好！请转告彭建军先生尽快致电我行，电话0512-68273519。",
     [(P, "彭建军"), (LL, "0512-68273519")], []),
]

# --- robot calls: the voice robot's turns and keypad answers ------------------------------------------------------

ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("机器人：您好，这里是安禾消费金融，请问是彭建军先生本人吗？确认请按1。",
                            "客户：（按键1）",
                            "机器人：您的安心医付分期已逾期18天，应还3,216.40元。如您正在住院治疗，请按2转人工办理延期。"),
     [(P, "彭建军")], []),
    ("call", "debtor", call("机器人：您好，这里是安禾消费金融。彭建军先生，您身份证号四四洞幺洞六幺九五五洞两洞拐三五四洞，请确认身份，确认请按1。",
                            "客户：（按键1）"),
     [(P, "彭建军"), (ID, "四四洞幺洞六幺九五五洞两洞拐三五四洞")], [U]),
    ("call", "third_party", call("机器人：您好，这里是澄江银行信用卡中心，请问是葛秀兰女士吗？",
                                 "第三方：她住养老院了，我是护工。",
                                 "机器人：请转告葛秀兰女士，她的信用卡已逾期42天，最低还款2,680元，请尽快还款。"),
     [(P, "葛秀兰"), (P, "葛秀兰")], [D]),
    ("call", "third_party", call("机器人：您好，这里是澄江银行信用卡中心，请问是葛秀兰女士吗？",
                                 "第三方：她不在，我是护工。",
                                 "机器人：好的，打扰了，请转告她方便时回电400-820-3395，再见。"),
     [(P, "葛秀兰")], []),
    ("call", "debtor", call("机器人：您好，这里是澄江银行信用卡中心，请问是郑玉梅女士吗？是请按1。",
                            "客户：（按键1）",
                            "机器人：系统显示您本月在康和医院肿瘤科有多笔刷卡，请优先偿还信用卡欠款6,400元。"),
     [(P, "郑玉梅")], [S]),
    ("call", "debtor", call("机器人：您好，这里是安禾消费金融，您的安禾随借已逾期，还款卡号六二幺两 两六三五 拐八洞拐 洞两幺勾 洞八六 余额不足，请及时存入。",
                            "客户：知道了。"),
     [(BC, "六二幺两 两六三五 拐八洞拐 洞两幺勾 洞八六")], [U]),
    ("call", "debtor", call("機器人：您好，這裡是澄江銀行信用卡中心。卢桂香女士，您的信用卡已逾期，如需辦理分期請按1。",
                            "客戶：（按鍵1）",
                            "機器人：已為您轉接分期專員，請稍候。"),
     [(P, "卢桂香")], []),
    ("call", "third_party", call("机器人：您好，这里是安禾消费金融，请问是蒋国栋先生吗？",
                                 "第三方：他已经去世了。",
                                 "机器人：抱歉打扰。请问您是他的家属吗？我们需要告知，蒋国栋名下安禾随借欠款42,318.56元需由继承人偿还，请按1确认您已知晓。"),
     [(P, "蒋国栋"), (P, "蒋国栋")], [D]),
    ("call", "third_party", call("机器人：您好，这里是安禾消费金融，请问是蒋国栋先生吗？",
                                 "第三方：他去世了。",
                                 "机器人：非常抱歉，我们已记录。如需处理相关事宜，请家属致电400-819-6627，再见。"),
     [(P, "蒋国栋")], []),
    ("call", "debtor", call("机器人：您好，这里是安禾消费金融，曹美玲女士，您的分期已逾期9天，我们了解到您目前处于孕期，本月产检在鼓楼妇幼，请按1确认还款日期。",
                            "客户：（按键1）"),
     [(P, "曹美玲")], [S]),
    ("call", "third_party", call("机器人：您好，这里是恒序商务，请问是胡立新先生吗？",
                                 "第三方：我是他老婆，他在做透析。",
                                 "机器人：请转告胡立新，他在安禾消费金融的安心医付分期已逾期，欠款8,760元，今天必须还清。"),
     [(P, "胡立新"), (P, "胡立新")], [D]),
    ("call", "debtor", call("机器人：您好，您在澄江银行信用卡中心的欠款已逾期，您预留的联系人手机幺三拐 五九拐两 四三三五 已被列入联系名单，请尽快还款。",
                            "客户：别打他。"),
     [(MB, "幺三拐 五九拐两 四三三五")], [U, X]),
]

# --- agents' calls as transcripts: debtors in hospital, caregivers, heirs -------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "third_party", call("坐席：您好，请问彭建军在吗？",
                                 "第三方：我是他爱人，他住院了。",
                                 "坐席：他在哪个医院？康和医院神经内科几床？我们安禾消费金融有事找他，他的分期欠了三千多。",
                                 "第三方：你们怎么知道的？"),
     [(P, "彭建军")], [D, S]),
    ("call", "third_party", call("坐席：您好，请问是彭建军先生吗？",
                                 "第三方：不是，我是他爱人，他住院了。",
                                 "坐席：好的，那不打扰了，麻烦您转告他方便时回个电话，祝他早日康复。"),
     [(P, "彭建军")], []),
    ("call", "debtor", call("坐席：彭建军，你在康和医院神经内科12床对吧？我们下午派人到病房找你当面谈。",
                            "客户：我人都动不了，你们别来。"),
     [(P, "彭建军")], [S]),
    ("call", "third_party", call("催收员：您好，是葛丽萍吗？我是澄江银行信用卡中心的。",
                                 "第三方：是我，什么事？",
                                 "催收员：你母亲葛秀兰信用卡欠了我们两万三，人在松鹤颐养院，她老年痴呆了签字也算数，你当女儿的得替她还。"),
     [(P, "葛丽萍"), (P, "葛秀兰")], [D, S]),
    ("call", "debtor", call("坐席：您好，蒋文斌先生吗？我是成都蓉信达的，受安禾消费金融委托，关于您父亲蒋国栋先生的遗留债务。",
                            "客户：是我，遗产我已经接受了，身份证是三七洞两洞两幺九七两洞三两八八八六八，你们核一下。",
                            "坐席：核对无误，谢谢。欠款42,318.56元在您继承的遗产范围内清偿，我们把明细发到您邮箱。"),
     [(P, "蒋文斌"), (P, "蒋国栋"), (ID, "三七洞两洞两幺九七两洞三两八八八六八")], []),
    ("call", "third_party", call("坐席：您好，蒋文慧女士吗？我是成都蓉信达的，请问您是蒋国栋先生的继承人吗？",
                                 "第三方：我已经公证放弃继承了，和我没关系。",
                                 "坐席：好的，已记录您放弃继承，后续不会再联系您，打扰了。"),
     [(P, "蒋文慧"), (P, "蒋国栋")], []),
    ("call", "third_party", call("坐席：蒋文慧，你放弃继承也没用，你爸欠安禾四万二，你哥蒋文斌的手机幺八洞勾 洞拐四 洞三洞幺打不通，你叫他接电话。",
                                 "第三方：我已经放弃了，你们别打了。"),
     [(P, "蒋文慧"), (P, "蒋文斌"), (MB, "幺八洞勾 洞拐四 洞三洞幺")], [D, U, X]),
    ("call", "third_party", call("坐席：您好，是韩志远吗？你老婆曹美玲做试管怀孕了在保胎，她欠安禾的钱你这个当老公的知道吧？",
                                 "第三方：你们怎么知道这些？"),
     [(P, "韩志远"), (P, "曹美玲")], [D, S]),
    ("call", "debtor", call("坐席：田志刚，你是不是在青枫心理医院住了两周？吃着抗抑郁药还能打游戏，钱就不能还？",
                            "客户：我现在状态很差。"),
     [(P, "田志刚")], [S]),
    ("call", "third_party", call("坐席：喂，你好，是田志刚家吗？",
                                 "第三方：我是他妈妈。",
                                 "坐席：阿姨，田志刚欠我们安禾消费金融五千八，他精神有问题住院您也知道，您帮他还了吧。"),
     [(P, "田志刚"), (P, "田志刚")], [D, S]),
    ("call", "third_party", call("坐席：您好，请问是温建华家吗？",
                                 "第三方：我是他邻居，他家人不在。",
                                 "坐席：好的，那麻烦您了，我们改天再联系，打扰了。"),
     [(P, "温建华")], []),
    ("call", "third_party", call("坐席：您好，请问是温建华家吗？",
                                 "第三方：我是他邻居，他出车祸走了。",
                                 "坐席：那他老婆丁慧敏在家吗？温建华欠我们委托方的车贷还有十二万没还，车是川A3F8Q6，法院已经判了。"),
     [(P, "温建华"), (P, "丁慧敏"), (P, "温建华"), (PL, "川A3F8Q6")], [D]),
    ("call", "debtor", call("坐席：丁女士您好，我是蓉信达的，受委托联系温建华先生遗产管理的事。",
                            "客户：是我，我是遗产管理人。",
                            "坐席：根据判决，车辆川A3F8Q6将在执行中处置，处置所得优先清偿车贷，剩余部分归遗产，您有异议可以向法院提出。"),
     [(P, "温建华"), (PL, "川A3F8Q6")], []),
    ("call", "debtor", call("坐席：丁慧敏，平泰人寿给你赔了三十八万，受益人是你，那钱不算遗产是吧？可你住的锦江区东大街128号2栋1单元702室也是温建华的房子吧？",
                            "客户：那是我婚前买的。"),
     [(P, "丁慧敏"), (A, "锦江区东大街128号2栋1单元702室"), (P, "温建华")], [S]),
    ("call", "debtor", call("坐席：胡立新先生您好，我是安禾消费金融的，您的分期逾期了。",
                            "客户：我尿毒症每周透析三次，工作也丢了，手机是幺五六 六九四幺 八五七四，有事打这个。",
                            "坐席：好的，记下了。您的情况可以申请医疗困难延期，我们给您发申请链接。"),
     [(P, "胡立新"), (MB, "幺五六 六九四幺 八五七四")], []),
    ("call", "third_party", call("坐席：您好，是康和医院血透室吗？我找一下胡立新。",
                                 "第三方：病人在透析，不方便接电话。",
                                 "坐席：那你跟他说，安禾消费金融的分期欠款八千七再不还，我们明天到血透室门口等他。"),
     [(P, "胡立新")], [D]),
    ("call", "third_party", call("坐席：您好，是康和医院住院部吗？我想问一下胡立新在不在你们这儿住院。",
                                 "第三方：我们不能透露病人信息。",
                                 "坐席：好的，理解，那打扰了。"),
     [(P, "胡立新")], []),
    ("call", "debtor", call("坐席：马春兰女士，关于余德胜的欠款，您作为继承人接受了遗产吗？",
                            "客户：接受了，就一套老房子，在栖霞区迈皋桥街道和燕路269号4栋301室。",
                            "坐席：好的，我们会在遗产价值范围内和您协商还款，不会超出您继承的部分。"),
     [(P, "马春兰"), (P, "余德胜"), (A, "栖霞区迈皋桥街道和燕路269号4栋301室")], []),
    ("call", "debtor", call("坐席：马春兰，你儿子余浩每天四点半从栖霞实验小学出来，你不想他被人指指点点吧？",
                            "客户：你们想干什么？"),
     [(P, "马春兰"), (P, "余浩")], [S]),
    ("call", "third_party", call("坐席：你好，是雷小燕的弟弟雷明杰吧？你姐残疾证二级，低保每月一千二我们都查到了，她欠安禾的一千九你帮着还了。",
                                 "第三方：我们家的事你们怎么查的？"),
     [(P, "雷小燕"), (P, "雷明杰")], [D, S]),
    ("call", "third_party", call("坐席：是福寿养老中心吗？你们那里住着个孙淑珍，阿尔茨海默症，她女儿孙晓红的电话你们有吧？给我一下。",
                                 "第三方：不方便给。"),
     [(P, "孙淑珍"), (P, "孙晓红")], [S, X]),
    ("call", "debtor", call("坐席：郑玉梅女士，您的乳腺癌是二期还是三期？我们需要评估您的还款能力。",
                            "客户：这个跟你们有关系吗？"),
     [(P, "郑玉梅")], [S]),
    ("call", "third_party", call("坐席：您好，是栖霞殡仪服务中心吗？我想问一下蒋国栋的丧事是谁办的，家属电话多少？他欠我们安禾消费金融的钱。",
                                 "第三方：这个我们不能说。"),
     [(P, "蒋国栋")], [D]),
    ("call", "debtor", call("坐席：蒋文斌，你爸葬在福安公墓松柏园C区14排6号，墓地花了八万多，有钱买墓没钱还债？",
                            "客户：你们太过分了。"),
     [(P, "蒋文斌")], [S]),
    ("call", "debtor", call("坐席：您好，请问是钟明先生的遗产管理人江苏明衡律师事务所吗？我是安禾消费金融的，想申报一笔债权。",
                            "客户：是的，我是周敏华律师，请把债权申报材料寄到所里。",
                            "坐席：好的周律师，材料含借款合同和还款明细，今天寄出。"),
     [(P, "钟明"), (P, "周敏华")], []),
    ("call", "third_party", call("坐席：喂，是彭建军的女儿彭悦吗？你在南京师范大学读研吧？你爸欠安禾消费金融三千二，中风住院了，你得管。",
                                 "第三方：我还是学生。"),
     [(P, "彭建军"), (P, "彭悦")], [D, S, X]),
]

# --- calls as speech-to-text output: no punctuation, fillers, numbers read aloud ----------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("坐席：喂您好这边是恒序商务受安禾消费金融委托的嗯请问是胡立新先生吗",
                            "客户：嗯是我",
                            "坐席：您那个身份证号码三四洞幺洞四幺九六五幺洞洞拐勾四拐三对吧我这边核对一下您的分期"),
     [(P, "胡立新"), (ID, "三四洞幺洞四幺九六五幺洞洞拐勾四拐三")], [U]),
    ("call", "debtor", call("坐席：喂葛阿姨是吧澄江银行信用卡中心的您那个卡号六二幺拐 洞洞九八 五八洞两 四七五两还欠着两千六您什么时候还",
                            "客户：啊你说什么我听不清"),
     [(BC, "六二幺拐 洞洞九八 五八洞两 四七五两")], [U]),
    ("call", "third_party", call("坐席：喂你好是葛秀兰的女儿吧",
                                 "第三方：对你哪位",
                                 "坐席：澄江银行的啊你妈那个卡欠了两万三你妈现在痴呆得厉害住在松鹤颐养院里你得替她还啊"),
     [(P, "葛秀兰")], [D, S]),
    ("call", "debtor", call("坐席：喂您好蓉信达的受安禾消费金融委托嗯蒋文斌先生是吧关于您父亲那笔",
                            "客户：是我我护照号是E洞八四三九拐九六我现在在国外你们邮件联系我",
                            "坐席：好的好的那我们就邮件联系您"),
     [(P, "蒋文斌"), (PP, "E洞八四三九拐九六")], []),
    ("call", "debtor", call("坐席：喂蒋文斌吗蓉信达的那个你爸身份证两幺洞幺洞两幺九四四洞拐洞拐八两九五名下欠安禾四万两你打算什么时候还",
                            "客户：我在走继承手续"),
     [(P, "蒋文斌"), (ID, "两幺洞幺洞两幺九四四洞拐洞拐八两九五")], [U]),
    ("call", "third_party", call("坐席：喂你好是罗桂芬吗",
                                 "第三方：是我哪位",
                                 "坐席：恒序商务的啊你老公彭建军中风住院那个事我们知道嗯他在安禾的分期三千两你先给他垫上吧"),
     [(P, "罗桂芬"), (P, "彭建军")], [D, S]),
    ("call", "debtor", call("坐席：喂范丽娜是吧你怀的是双胞胎吧鼓楼妇幼产科建的档我们都知道你老公手机幺三九四 三幺幺九 九三拐也打不通",
                            "客户：你们到底想怎样"),
     [(P, "范丽娜"), (MB, "幺三九四 三幺幺九 九三拐")], [S, U, X]),
    ("call", "third_party", call("坐席：喂你好请问这是田志刚家吗",
                                 "第三方：我是他邻居他家没人",
                                 "坐席：哦那好的不好意思打扰了"),
     [(P, "田志刚")], []),
    ("call", "third_party", call("坐席：喂你好是田志刚家邻居吧",
                                 "第三方：对怎么了",
                                 "坐席：你那个邻居田志刚欠安禾消费金融钱不还人还在精神病院住着你见着他家里人跟他们说一声"),
     [(P, "田志刚"), (P, "田志刚")], [D, S]),
    ("call", "debtor", call("坐席：喂马女士您好恒序商务的嗯关于余德胜先生的那笔欠款",
                            "客户：我是他爱人我已经接受继承了我身份证四两洞幺洞两幺九七八幺两幺幺八五两幺你们查",
                            "坐席：好的收到我们按继承的遗产范围跟您协商"),
     [(P, "余德胜"), (ID, "四两洞幺洞两幺九七八幺两幺幺八五两幺")], []),
    ("call", "debtor", call("坐席：喂丁慧敏吗你女儿温可馨在锦江区盐道街小学读二年级吧她身份证号六幺洞幺幺三两洞幺拐幺幺两两四两洞六我们这都有",
                            "客户：你们拿我女儿信息干什么"),
     [(P, "丁慧敏"), (P, "温可馨"), (ID, "六幺洞幺幺三两洞幺拐幺幺两两四两洞六")], [S, U]),
    ("call", "third_party", call("坐席：喂你好是卢桂香儿子周立群吗",
                                 "第三方：是我",
                                 "坐席：澄江银行的你妈那个卡欠两千四你妈耳朵聋了说不清你帮她还一下吧她卡号六两两五 八八四八 三三三幺 洞八八四"),
     [(P, "卢桂香"), (P, "周立群"), (BC, "六两两五 八八四八 三三三幺 洞八八四")], [D, S, U]),
    ("call", "debtor", call("坐席：喂邵大爷是吧恒序商务的您那个老身份证号三四洞幺洞四三五洞五洞三三幺八对吧您的分期还差一点",
                            "客户：啊对对"),
     [(ID, "三四洞幺洞四三五洞五洞三三幺八")], [U]),
    ("call", "debtor", call("坐席：喂您好安禾消费金融的请问是雷小燕女士吗嗯您那个分期",
                            "客户：是我我残疾证号是两洞两四洞幺两幺八八七我身体这样工作找不到",
                            "坐席：理解的理解的那我们给您申请一个困难延期您看可以吗"),
     [(P, "雷小燕")], []),
    ("call", "debtor", call("坐席：喂田志刚你儿子田子轩是不是在南京琅琊路小学上四年级你再不还我们就去学校门口等你",
                            "客户：你们别碰我孩子"),
     [(P, "田志刚"), (P, "田子轩")], [S]),
]

# --- in-app messages and chats ---------------------------------------------------------------------------------

APP: list[PiplEntry] = [
    ("app", "debtor", "【安禾分期】曹美玲，根据您在本平台上传的鼓楼妇幼B超单，您已怀孕14周，请在生产前结清欠款，以免影响宝宝出生后的生活。",
     [(P, "曹美玲")], [S]),
    ("app", "debtor", "【安禾分期】彭建军先生，您的还款卡6214 8306 9610 0477扣款失败，请更换还款卡或手动还款。",
     [(P, "彭建军"), (BC, "6214 8306 9610 0477")], [U]),
    ("app", "debtor", "在线客服：您好，系统显示您的定位在康和医院住院部7楼，请问是在住院吗？住院期间也请按时还款。",
     [], [S]),
    ("app", "debtor", "用户：我爸走了，这个账是我爸的，我是他儿子蒋文斌，身份证370202197203288868，我接受继承了，怎么还？\n在线客服：节哀。我们已核对您的继承人身份，稍后专员会联系您确认遗产范围内的还款方案。",
     [(P, "蒋文斌"), (ID, "370202197203288868")], []),
    ("app", "debtor", "在线客服：蒋文斌先生，您父亲蒋国栋身份证210102194407078295的账户已转入继承处理，您的银行卡6228 4855 9534 7093将作为还款卡。",
     [(P, "蒋文斌"), (P, "蒋国栋"), (ID, "210102194407078295"), (BC, "6228 4855 9534 7093")], [U]),
    ("app", "debtor", "【安禾分期】田志刚，你在青枫心理医院的就诊记录我们已经调取，抑郁症不是赖账的借口，今天必须还清5,804.20元。",
     [(P, "田志刚")], [S]),
    ("app", "third_party", "【微信】您好，我是蓉信达的工作人员。请问您是温建华的同事吗？他在车祸前借了安禾消费金融的随借，现在还欠着，他家人电话是多少？",
     [(P, "温建华")], [D]),
    ("app", "third_party", "【微信】您好，我是蓉信达的工作人员，有一份文件需要转交温建华先生的家属，请问能否提供他们的联系方式？谢谢。",
     [(P, "温建华")], []),
    ("app", "debtor", "客服小林（安禾分期）：胡先生，您每周一三五下午去康和医院血透室的时间我们都掌握了，别想躲。",
     [], [S]),
    ("app", "third_party", "【微信群：松鹤颐养院家属群】各位家属好，3号楼204室的葛秀兰老人欠澄江银行信用卡两万三，谁是她家属请尽快联系我，电话0512-68273519。",
     [(P, "葛秀兰"), (A, "3号楼204室"), (LL, "0512-68273519")], [D, S]),
    ("app", "debtor", "在线客服：雷女士，您绑定的还款卡6230 5837 8260 8750，您丈夫的卡6227 0073 9262 8524也可以帮您还。",
     [(BC, "6230 5837 8260 8750"), (BC, "6227 0073 9262 8524")], [S, U]),
    ("app", "debtor", "【安禾分期】范丽娜，您的剖腹产手术预约在鼓楼妇幼11月3日，出院后第一件事就是还款。",
     [(P, "范丽娜")], [S]),
    ("app", "debtor", "在线客服：马女士，您作为余德胜先生的继承人，请在App上传继承公证书，我们会按遗产价值核定还款上限。",
     [(P, "余德胜")], []),
    ("app", "debtor", "在线客服：马女士，余德胜先生生前是在康和医院ICU因肝硬化去世的吧？我们需要了解清楚才能处理。",
     [(P, "余德胜")], [S]),
    ("app", "third_party", "【微信】你好，你是郑玉梅的同事吧？她在康和医院肿瘤科住着，信用卡欠了六千多，你帮着劝劝她。",
     [(P, "郑玉梅")], [D, S]),
    ("app", "debtor", "在线客服：孙晓红女士，您母亲的阿尔茨海默症诊断书和精神残疾证我们已经存档，另外您丈夫在哪里上班也请告知。",
     [(P, "孙晓红")], [S, X]),
]

# --- letters to the debtor and the family, notices ---------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "债权告知函\n蒋文斌先生：\n经查，蒋国栋先生已于2024年8月去世，其生前在安禾消费金融有限公司借款尚欠本息42,318.56元。根据《民法典》第一千一百六十一条，继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。如您已放弃继承，请提供相关证明。\n经办：李工，电话028-86245073\n成都蓉信达资产管理有限公司",
     [(P, "蒋文斌"), (P, "蒋国栋"), (LL, "028-86245073")], []),
    ("notice", "debtor", "债权告知函\n蒋文斌先生：\n您父亲蒋国栋于2024年8月因肺癌晚期在成都仁济康复医院去世，住院期间花费二十余万元。其在安禾消费金融尚欠本息42,318.56元，请您以继承人身份清偿。\n成都蓉信达资产管理有限公司",
     [(P, "蒋文斌"), (P, "蒋国栋")], [S]),
    ("notice", "third_party", "致蒋文慧女士：\n您父亲蒋国栋生前欠安禾消费金融42,318.56元，您兄长蒋文斌至今未还。虽然您已放弃继承，但作为子女，您仍有道义责任督促清偿。\n成都蓉信达资产管理有限公司",
     [(P, "蒋文慧"), (P, "蒋国栋"), (P, "蒋文斌")], [D]),
    ("notice", "third_party", "致蒋文慧女士：\n我司已收到您放弃继承的公证书，确认您不承担任何清偿责任，今后不再就此事与您联系。特此函告。\n成都蓉信达资产管理有限公司",
     [(P, "蒋文慧")], []),
    ("notice", "debtor", "还款提醒函\n葛秀兰女士（身份证号：3301**********3940）：\n您尾号4752的信用卡已逾期42天，当前欠款23,086.10元。请于2024年12月20日前还款，或致电400-820-3395申请分期。\n澄江银行信用卡中心",
     [(P, "葛秀兰")], []),
    ("notice", "debtor", "还款提醒函\n葛秀兰女士（身份证号：330106194302133940）：\n您的信用卡号6217009858024752已逾期42天，当前欠款23,086.10元。请于2024年12月20日前还款。\n澄江银行信用卡中心",
     [(P, "葛秀兰"), (ID, "330106194302133940"), (BC, "6217009858024752")], [U]),
    ("notice", "debtor", "还款提醒函\n葛秀兰女士：\n您已确诊阿尔茨海默病中度，现居南京栖霞松鹤颐养院，护理费每月6,800元由女儿葛丽萍支付。您的信用卡欠款23,086.10元请尽快清偿。\n澄江银行信用卡中心",
     [(P, "葛秀兰"), (P, "葛丽萍")], [S, X]),
    ("notice", "debtor", "寄：南京市栖霞区仙林大道158号松鹤颐养院3号楼204室 葛秀兰（收）\n还款提醒函\n您尾号4752的信用卡已逾期，请于2024年12月20日前还款。\n澄江银行信用卡中心",
     [(A, "南京市栖霞区仙林大道158号松鹤颐养院3号楼204室"), (P, "葛秀兰")], []),
    ("notice", "third_party", "致松鹤颐养院院长：\n贵院3号楼204室入住的葛秀兰女士欠我中心信用卡欠款23,086.10元，逾期42天，请贵院在收取护理费时协助提醒其家属还款。\n澄江银行信用卡中心",
     [(P, "葛秀兰")], [D, S]),
    ("notice", "debtor", "关于遗产范围内清偿的函\n马春兰女士：\n余德胜先生（身份证号：210102194912289915）生前在安禾消费金融借款尚欠18,600元。据您提供的继承公证书，您为其唯一继承人，请在所继承遗产实际价值范围内清偿。\n南京恒序商务咨询有限公司",
     [(P, "马春兰"), (P, "余德胜"), (ID, "210102194912289915")], [U]),
    ("notice", "debtor", "关于遗产范围内清偿的函\n马春兰女士：\n余德胜先生（身份证号：2101**********9915）生前在安禾消费金融借款尚欠18,600元。据您提供的继承公证书，请在所继承遗产实际价值范围内清偿。如对金额有异议，请于15日内书面提出。\n南京恒序商务咨询有限公司",
     [(P, "马春兰"), (P, "余德胜")], []),
    ("notice", "debtor", "关于遗产范围内清偿的函\n马春兰女士：\n余德胜先生生前欠款18,600元。经查，您名下另有农业银行存款及一辆苏A5N37K轿车，您儿子余浩（身份证号：320502201609195879）名下有教育储蓄，均可用于还款。\n南京恒序商务咨询有限公司",
     [(P, "马春兰"), (P, "余德胜"), (PL, "苏A5N37K"), (P, "余浩"), (ID, "320502201609195879")], [S, U, X]),
    ("notice", "debtor", "催收函\n彭建军先生：\n您于9月12日因脑梗塞入住康和医院神经内科12床，右侧肢体偏瘫，出院诊断我们已知悉。请家属代为偿还欠款3,216.40元。\n南京恒序商务咨询有限公司",
     [(P, "彭建军")], [S]),
    ("notice", "third_party", "致罗桂芬女士：\n您丈夫彭建军在安禾消费金融的分期欠款3,216.40元逾期未还，经查其住院费用已由您名下招商银行卡支付，请您代为偿还。\n南京恒序商务咨询有限公司",
     [(P, "罗桂芬"), (P, "彭建军")], [D, S]),
    ("notice", "debtor", "律师函\n曹美玲女士：\n本所受安禾消费金融有限公司委托，就您名下安心医付分期逾期一事致函。截至本函发出之日，您尚欠本息11,420.00元，请于收函后15日内还款或与委托人协商。\n江苏明衡律师事务所 律师 周敏华 电话025-83317620",
     [(P, "曹美玲"), (P, "周敏华"), (LL, "025-83317620")], []),
    ("notice", "debtor", "律师函\n曹美玲女士：\n本所受安禾消费金融有限公司委托。您的分期用于在鼓楼妇幼进行的试管婴儿疗程，现已怀孕，本所提醒您孕期也应履行还款义务，欠款11,420.00元。\n江苏明衡律师事务所 律师 周敏华",
     [(P, "曹美玲"), (P, "周敏华")], [S]),
    ("notice", "debtor", "致丁慧敏女士（温建华遗产管理人）：\n根据成都市青羊区人民法院民事判决，温建华名下车辆川A3F8Q6已被查封，将依法拍卖，所得价款优先偿还车辆贷款。如有异议请向法院提出。\n成都蓉信达资产管理有限公司",
     [(P, "丁慧敏"), (P, "温建华"), (P, "温建华"), (PL, "川A3F8Q6")], []),
    ("notice", "debtor", "致丁慧敏女士：\n您丈夫温建华车祸身故后，平泰人寿已向您赔付身故保险金38万元，您女儿温可馨名下另有存款，请从中优先偿还车贷余款12.6万元。\n成都蓉信达资产管理有限公司",
     [(P, "丁慧敏"), (P, "温建华"), (P, "温可馨")], [S]),
    ("notice", "third_party", "张贴告示\n本楼502室住户温建华生前欠款12.6万元未还，其妻丁慧敏拒不配合。请邻居知情者联系028-86245073。",
     [(P, "温建华"), (P, "丁慧敏"), (LL, "028-86245073")], [D]),
    ("notice", "debtor", "致孙晓红女士（孙淑珍法定监护人）：\n孙淑珍女士在安禾消费金融的分期尚欠2,300元。鉴于其已无民事行为能力，请您以监护人身份协商处理，电话025-84362917。\n南京恒序商务咨询有限公司",
     [(P, "孙晓红"), (P, "孙淑珍"), (P, "孙淑珍"), (LL, "025-84362917")], []),
    ("notice", "debtor", "致孙晓红女士：\n您母亲孙淑珍住在青羊福寿养老中心2楼8号床，每日服用多奈哌齐，她在安禾消费金融的欠款2,300元请您处理。您丈夫欧阳明（身份证43010419820801539X）亦为联系人。\n南京恒序商务咨询有限公司",
     [(P, "孙晓红"), (P, "孙淑珍"), (P, "欧阳明"), (ID, "43010419820801539X")], [S, U, X]),
    ("notice", "debtor", "还款提醒函\n卢桂香女士：\n您的信用卡已逾期。经查您每月退休金3,260元打入尾号8830的工资卡，医保个人账户余额4,118元，请立即还款。\n澄江银行信用卡中心",
     [(P, "卢桂香")], [S]),
    ("notice", "third_party", "致田志刚先生所在单位南京江宁第二中学人事处：\n贵校教师田志刚因抑郁症长期病休，在安禾消费金融借款逾期未还，请贵单位督促其还款。\n安禾消费金融有限公司",
     [(P, "田志刚"), (P, "田志刚")], [D, S]),
    ("notice", "debtor", "致郑玉梅女士：\n您住址南京市鼓楼区中山北路217号3幢1104室，您丈夫冯振国（身份证43010419641208510X）在南京化工设计院工作，您的信用卡欠款请尽快处理。\n澄江银行信用卡中心",
     [(P, "郑玉梅"), (A, "南京市鼓楼区中山北路217号3幢1104室"), (P, "冯振国"), (ID, "43010419641208510X")], [U, X]),
    ("notice", "third_party", "致栖霞殡仪服务中心：\n蒋国栋（身份证210102194407078295）于贵中心办理丧事，其生前欠安禾消费金融42,318.56元，请将家属蒋文斌的联系方式告知我司。\n成都蓉信达资产管理有限公司",
     [(P, "蒋国栋"), (ID, "210102194407078295"), (P, "蒋文斌")], [D, U]),
]

# --- court papers and estate-claim filings (full identifiers are lawful there) ------------------------------------

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：安禾消费金融有限公司，住所地南京市建邺区江东中路369号8楼。\n被告：蒋文斌，男，1972年3月28日生，身份证号370202197203288868，住成都市武侯区玉林北路36号5栋2单元403室。\n诉讼请求：判令被告在继承蒋国栋遗产实际价值范围内清偿借款本息42,318.56元。",
     [(A, "南京市建邺区江东中路369号8楼"), (P, "蒋文斌"), (ID, "370202197203288868"), (A, "成都市武侯区玉林北路36号5栋2单元403室"), (P, "蒋国栋")], []),
    ("notice", "unknown", "债权申报书\n致：钟明遗产管理人江苏明衡律师事务所\n申报人：安禾消费金融有限公司\n被继承人：钟明，身份证号510104193810098199\n申报债权：借款本金26,000.00元，利息1,318.20元，合计27,318.20元。\n附：借款合同、放款凭证、还款明细。",
     [(P, "钟明"), (P, "钟明"), (ID, "510104193810098199")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：成都蓉信达资产管理有限公司（受让人）\n被申请人：丁慧敏，身份证号36010219770802860X，系温建华遗产管理人\n请求事项：查封温建华名下车辆川A3F8Q6。",
     [(P, "丁慧敏"), (ID, "36010219770802860X"), (P, "温建华"), (P, "温建华"), (PL, "川A3F8Q6")], []),
    ("notice", "unknown", "民事判决书\n（2024）川0105民初11873号\n原告澄江银行股份有限公司信用卡中心，被告丁慧敏（温建华遗产管理人）。本院认为，被继承人温建华生前所负车辆贷款系合法债务，判决被告在遗产范围内清偿126,400元，车辆川A3F8Q6拍卖所得优先受偿。",
     [(P, "丁慧敏"), (P, "温建华"), (P, "温建华"), (PL, "川A3F8Q6")], []),
    ("notice", "unknown", "执行申请书\n申请执行人：澄江银行股份有限公司信用卡中心\n被执行人：丁慧敏，身份证号36010219770802860X，住成都市锦江区东大街128号2栋1单元702室\n执行依据：（2024）川0105民初11873号民事判决书\n申请事项：拍卖被继承人温建华名下车辆川A3F8Q6。",
     [(P, "丁慧敏"), (ID, "36010219770802860X"), (A, "成都市锦江区东大街128号2栋1单元702室"), (P, "温建华"), (PL, "川A3F8Q6")], []),
    ("notice", "unknown", "支付令申请书\n申请人：澄江银行股份有限公司信用卡中心\n被申请人：卢桂香，女，1953年5月4日生，身份证号370202195305043061，住南京市玄武区龙蟠路177号11幢602室\n请求：督促被申请人支付信用卡欠款2,412.00元。",
     [(P, "卢桂香"), (ID, "370202195305043061"), (A, "南京市玄武区龙蟠路177号11幢602室")], []),
    ("notice", "unknown", "民事起诉状\n被告：彭建军，身份证号440106195502073540。\n事实与理由：被告借款后逾期。被告现因脑梗塞住院，其妻罗桂芬（手机19806342996）在南京某超市上班，其女彭悦在读研究生，家庭有还款能力。",
     [(P, "彭建军"), (ID, "440106195502073540"), (P, "罗桂芬"), (MB, "19806342996"), (P, "彭悦")], [S, X]),
    ("notice", "unknown", "证据清单\n证据一：借款合同（借款人余德胜，身份证号210102194912289915）\n证据二：死亡医学证明（编号M320113240087512）\n证据三：继承公证书（2024）宁栖证字第3318号，继承人马春兰\n证明目的：被告系唯一继承人。",
     [(P, "余德胜"), (ID, "210102194912289915"), (P, "马春兰")], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：马春兰\n身份证号：420102197812118521\n送达地址：南京市栖霞区迈皋桥街道和燕路269号4栋301室\n手机：15340549784",
     [(P, "马春兰"), (ID, "420102197812118521"), (A, "南京市栖霞区迈皋桥街道和燕路269号4栋301室"), (MB, "15340549784")], []),
    ("notice", "unknown", "答辩状\n答辩人：蒋文慧，女，1985年3月3日生，身份证号360102198503034779，住成都市青羊区金河路59号1栋3单元801室。\n答辩意见：答辩人已于2024年9月办理放弃继承公证，不应承担被继承人蒋国栋的债务。",
     [(P, "蒋文慧"), (ID, "360102198503034779"), (A, "成都市青羊区金河路59号1栋3单元801室"), (P, "蒋国栋")], []),
    ("notice", "unknown", "民事裁定书\n（2024）苏0113民初6620号\n原告安禾消费金融有限公司与被告马春兰继承纠纷一案，双方达成调解，被告在继承余德胜遗产范围内分期偿还18,600元。",
     [(P, "马春兰"), (P, "余德胜")], []),
    ("notice", "unknown", "调解笔录\n调解员：被告马春兰，你丈夫余德胜生前的欠款，你是否同意在遗产范围内偿还？\n被告：同意，每月还1,500元。\n调解员：原告安禾消费金融是否同意？\n原告代理人：同意。",
     [(P, "马春兰"), (P, "余德胜")], []),
    ("notice", "unknown", "民事起诉状\n被告：郑玉梅，身份证号360102196610044746。\n事实与理由：被告系乳腺癌三期患者，正在康和医院肿瘤科化疗，曾向原告申请停息挂账被拒，现仍有刷卡消费。",
     [(P, "郑玉梅"), (ID, "360102196610044746")], [S]),
    ("notice", "unknown", "债权申报书\n致：周德顺遗产管理人周永康\n申报人：澄江银行股份有限公司信用卡中心\n被继承人：周德顺，身份证号43010419451026257X，信用卡号6222 6209 8826 7795 656\n申报金额：透支本息9,418.33元。",
     [(P, "周德顺"), (P, "周永康"), (P, "周德顺"), (ID, "43010419451026257X"), (BC, "6222 6209 8826 7795 656")], []),
    ("notice", "unknown", "财产线索申报表\n被执行人：熊玉珍，身份证号500103570226308（旧证）\n财产线索：重庆市渝中区解放碑街道民族路88号3单元1201室房产一套；工商银行账户尾号6854。",
     [(P, "熊玉珍"), (ID, "500103570226308"), (A, "重庆市渝中区解放碑街道民族路88号3单元1201室")], []),
    ("notice", "unknown", "律师代理意见\n代理人：江苏明衡律师事务所 周敏华\n被告方称其母孙淑珍患阿尔茨海默病，本代理人认为，借款发生时孙淑珍具有完全民事行为能力，合同有效，应由其监护人孙晓红代为履行。",
     [(P, "周敏华"), (P, "孙淑珍"), (P, "孙淑珍"), (P, "孙晓红")], []),
]

# --- e-mails between the lenders, the agencies, the law firm and the family ---------------------------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：recovery@anhe-cf.com\n收件人：case@hengxu-sw.com\n主题：委案 AH-2411-0387\n附件为本批委案清单，共62户，身份证号和卡号已按尾号脱敏，请勿另行收集病历或诊断信息。",
     [(EM, "recovery@anhe-cf.com"), (EM, "case@hengxu-sw.com")], []),
    ("email", "unknown", "发件人：case@hengxu-sw.com\n收件人：recovery@anhe-cf.com\n主题：彭建军户\n彭建军，身份证440106195502073540，手机13684965897，现在康和医院神经内科12床，中风后失语，建议改找其妻罗桂芬。",
     [(EM, "case@hengxu-sw.com"), (EM, "recovery@anhe-cf.com"), (P, "彭建军"), (P, "彭建军"), (ID, "440106195502073540"), (MB, "13684965897"), (P, "罗桂芬")], [S, U]),
    ("email", "unknown", "发件人：ops@rongxinda-am.cn\n收件人：recovery@anhe-cf.com\n主题：蒋国栋户继承人情况\n继承人蒋文斌已接受继承，护照E08439796，常住德国；蒋文慧已公证放弃继承，不再联系。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "recovery@anhe-cf.com"), (P, "蒋国栋"), (P, "蒋文斌"), (PP, "E08439796"), (P, "蒋文慧")], [U]),
    ("email", "unknown", "发件人：ops@rongxinda-am.cn\n收件人：recovery@anhe-cf.com\n主题：蒋国栋户继承人情况\n继承人一（子）已接受继承，已发送债权告知函；继承人二（女）已公证放弃继承，已停止联系。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "recovery@anhe-cf.com"), (P, "蒋国栋")], []),
    ("email", "debtor", "发件人：ops@rongxinda-am.cn\n收件人：wenbin.jiang@gmx.de\n主题：关于蒋国栋先生遗留债务\n蒋文斌先生您好，附件为安禾消费金融借款合同及还款明细，欠款42,318.56元，请在您继承的遗产范围内清偿，如有异议请回复本邮件。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "wenbin.jiang@gmx.de"), (P, "蒋国栋"), (P, "蒋文斌")], []),
    ("email", "debtor", "发件人：ops@rongxinda-am.cn\n收件人：wenbin.jiang@gmx.de\n主题：还款\n蒋文斌，你妹妹蒋文慧在成都华西医院当护士，手机15921625092，你不还我们就去医院找她。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "wenbin.jiang@gmx.de"), (P, "蒋文斌"), (P, "蒋文慧"), (MB, "15921625092")], [U, X]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：ops@rongxinda-am.cn\n主题：温建华车贷执行\n被执行人丁慧敏，身份证36010219770802860X，其女温可馨身份证610113201711224206，在盐道街小学就读，可作为施压点。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "ops@rongxinda-am.cn"), (P, "温建华"), (P, "丁慧敏"), (ID, "36010219770802860X"), (P, "温可馨"), (ID, "610113201711224206")], [S, U, X]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：ops@rongxinda-am.cn\n主题：温建华车贷执行\n判决已生效，请按执行程序配合法院拍卖车辆川A3F8Q6，勿联系遗产管理人以外的任何亲属。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "ops@rongxinda-am.cn"), (P, "温建华"), (PL, "川A3F8Q6")], []),
    ("email", "third_party", "发件人：ops@rongxinda-am.cn\n收件人：claims@pingtai-life.com.cn\n主题：温建华身故理赔查询\n贵司被保险人温建华生前欠我方委托人车贷12.6万元，请告知身故保险金的受益人和赔付账户。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "claims@pingtai-life.com.cn"), (P, "温建华"), (P, "温建华")], [D]),
    ("email", "third_party", "发件人：ops@rongxinda-am.cn\n收件人：claims@pingtai-life.com.cn\n主题：法院协助执行通知书转交\n附件为成都市青羊区人民法院出具的协助执行通知书扫描件，原件已由法院直接送达贵司，请按通知书办理。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "claims@pingtai-life.com.cn")], []),
    ("email", "unknown", "发件人：case@hengxu-sw.com\n收件人：zhoumh@minghenglaw.cn\n主题：曹美玲户起诉材料\n周律师：借款人曹美玲，身份证430104198710222888，卡号6259 6675 3741 5227，现怀孕七个月，在鼓楼妇幼产检，丈夫韩志远手机19831456926。",
     [(EM, "case@hengxu-sw.com"), (EM, "zhoumh@minghenglaw.cn"), (P, "曹美玲"), (P, "曹美玲"), (ID, "430104198710222888"), (BC, "6259 6675 3741 5227"), (P, "韩志远"), (MB, "19831456926")], [S, U, X]),
    ("email", "unknown", "发件人：zhoumh@minghenglaw.cn\n收件人：case@hengxu-sw.com\n主题：Re: 曹美玲户起诉材料\n收到。起诉只需借款合同、放款凭证和还款记录，孕期及家属信息与本案无关，请勿再发送。",
     [(EM, "zhoumh@minghenglaw.cn"), (EM, "case@hengxu-sw.com"), (P, "曹美玲")], []),
    ("email", "unknown", "发件人：hx_qa@hengxu-sw.com\n收件人：recovery@anhe-cf.com\n主题：质检问题通报\n坐席007在通话中向胡立新之妻透露胡立新尿毒症透析时间及欠款8,760元，胡立新手机15669418574，已处理。",
     [(EM, "hx_qa@hengxu-sw.com"), (EM, "recovery@anhe-cf.com"), (P, "胡立新"), (P, "胡立新"), (P, "胡立新"), (MB, "15669418574")], [S, U]),
    ("email", "third_party", "发件人：service@anhe-cf.com\n收件人：hr@jnez.edu.cn\n主题：贵校教师田志刚欠款\n贵校教师田志刚在安禾随借欠款5,804.20元，现因精神疾病住院，请协助联系其家属，或从工资中代扣。",
     [(EM, "service@anhe-cf.com"), (EM, "hr@jnez.edu.cn"), (P, "田志刚"), (P, "田志刚")], [D, S]),
    ("email", "third_party", "发件人：service@anhe-cf.com\n收件人：hr@jnez.edu.cn\n主题：协助执行通知书（法院出具）\n附件为南京市江宁区人民法院协助执行通知书，请贵单位依通知书办理，具体事项以通知书为准。",
     [(EM, "service@anhe-cf.com"), (EM, "hr@jnez.edu.cn")], []),
    ("email", "unknown", "发件人：recovery@anhe-cf.com\n收件人：dpo@anhe-cf.com\n主题：关于已故客户数据的处理\n已故客户的死亡证明、火化证明仅用于核销与继承核实，不得发给委外机构或继承人以外的任何人，保存期满后删除。",
     [(EM, "recovery@anhe-cf.com"), (EM, "dpo@anhe-cf.com")], []),
    ("email", "unknown", "发件人：case@hengxu-sw.com\n收件人：recovery@anhe-cf.com\n主题：余德胜户\n继承人马春兰，住栖霞区迈皋桥街道和燕路269号4栋301室，其子余浩就读栖霞实验小学三年级二班，其弟马春林在南京钢铁厂上班，手机13775119221。",
     [(EM, "case@hengxu-sw.com"), (EM, "recovery@anhe-cf.com"), (P, "余德胜"), (P, "马春兰"), (A, "栖霞区迈皋桥街道和燕路269号4栋301室"), (P, "余浩"), (P, "马春林"), (MB, "13775119221")], [S, U, X]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：hx_qa@hengxu-sw.com\n主题：葛秀兰户\n持卡人葛秀兰，卡号6217009858024752，中度痴呆，住松鹤颐养院，护理费由女儿葛丽萍（手机18207545534）支付，请重点联系其女。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "hx_qa@hengxu-sw.com"), (P, "葛秀兰"), (P, "葛秀兰"), (BC, "6217009858024752"), (P, "葛丽萍"), (MB, "18207545534")], [S, U, X]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：hx_qa@hengxu-sw.com\n主题：葛秀兰户\n持卡人年事已高，已由其法定代理人申请停息分期，请暂停外呼，改为书面通知。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "hx_qa@hengxu-sw.com"), (P, "葛秀兰")], []),
]

# --- case notes in the collection system ---------------------------------------------------------------------------

CASE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "案件备注：彭建军，脑梗住康和医院神经内科12床，右侧偏瘫，妻罗桂芬手机19806342996，女儿彭悦南师大研二，可多方施压。",
     [(P, "彭建军"), (P, "罗桂芬"), (MB, "19806342996"), (P, "彭悦")], [S, U, X]),
    ("app", "unknown", "案件备注：继承人蒋文斌来电确认继承，自报护照号E08439796，已核对一致。",
     [(P, "蒋文斌"), (PP, "E08439796")], [U]),
    ("app", "unknown", "案件备注：继承人来电确认继承，自报护照号后四位9796，核对一致。",
     [], []),
    ("app", "unknown", "案件备注：蒋国栋，肺癌晚期，8月15日于成都仁济康复医院去世，葬于龙泉青松陵园，丧葬费由子女分摊，墓地约8万。",
     [(P, "蒋国栋")], [S]),
    ("app", "unknown", "案件备注：曹美玲，试管婴儿成功，孕14周，鼓楼妇幼建档，产检每月第二个周四上午，可在医院门口堵人。",
     [(P, "曹美玲")], [S]),
    ("app", "unknown", "案件备注：客户本人称孕期身体不适，申请延期两个月，已按孕产期关怀政策登记。",
     [], []),
    ("app", "unknown", "案件备注：田志刚，抑郁症住院中，主治医师王立平，床号6病区18床，其子田子轩身份证210102201308216835，琅琊路小学四年级。",
     [(P, "田志刚"), (P, "王立平"), (P, "田子轩"), (ID, "210102201308216835")], [S, U, X]),
    ("app", "unknown", "案件备注：葛秀兰，住松鹤颐养院，每天14:00-16:00在一楼活动室，护工小陈可配合传话。",
     [(P, "葛秀兰")], [S]),
    ("app", "unknown", "案件备注：温建华，车祸身故，平泰人寿赔付38万入其妻丁慧敏工行卡6222020645056240，妻住锦江区东大街128号2栋1单元702室。",
     [(P, "温建华"), (P, "丁慧敏"), (BC, "6222020645056240"), (A, "锦江区东大街128号2栋1单元702室")], [S, U]),
    ("app", "unknown", "案件备注：车辆川A3F8Q6已由法院查封，等待拍卖，遗产管理人配合。",
     [(PL, "川A3F8Q6")], []),
    ("app", "unknown", "案件备注：雷小燕，肢体残疾二级，低保户，弟弟雷明杰在苏宁物流当司机，手机17725440162，住雨花台区铁心桥街道春江路81号。",
     [(P, "雷小燕"), (P, "雷明杰"), (MB, "17725440162"), (A, "雨花台区铁心桥街道春江路81号")], [S, U, X]),
    ("app", "unknown", "案件备注：胡立新，尿毒症，每周一三五下午血透，血透室电话025-85509127，妻子在菜市场卖菜。",
     [(P, "胡立新"), (LL, "025-85509127")], [S, X]),
    ("app", "unknown", "案件备注：孙淑珍，经法院宣告无民事行为能力，监护人孙晓红，监护证明已上传。",
     [(P, "孙淑珍"), (P, "孙晓红")], []),
    ("app", "unknown", "案件备注：卢桂香，退休金3,260元/月入工资卡6228 4847 0302 3452 423，医保卡余额4,118元，可劝其取医保卡余额还款。",
     [(P, "卢桂香"), (BC, "6228 4847 0302 3452 423")], [S, U]),
    ("app", "unknown", "案件备注：邵德福，老身份证340104350503318，住松鹤颐养院5号楼，家属电话未知。",
     [(P, "邵德福"), (ID, "340104350503318")], [S, U]),
    ("app", "unknown", "案件备注：余德胜已故，继承人马春兰已接受继承，调解协议月还1,500元，本月已还。",
     [(P, "余德胜"), (P, "马春兰")], []),
    ("app", "unknown", "案件备注：郑玉梅，乳腺癌三期，化疗中，丈夫冯振国南京化工设计院工程师，手机18592359390，女儿在英国留学。",
     [(P, "郑玉梅"), (P, "冯振国"), (MB, "18592359390")], [S, U, X]),
    ("app", "unknown", "案件备注：钟明债权已向遗产管理人明衡律所申报，等待分配方案。",
     [(P, "钟明")], []),
]

# --- quality-check sheets and complaint tickets ----------------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-2411-0193\n通话：坐席说“彭建军，你在康和医院神经内科12床对吧”\n结论：违规，借款人病情及位置不应在催收中提及。",
     [(P, "彭建军")], [S]),
    ("notice", "unknown", "质检单 QC-2411-0215\n通话：坐席向罗桂芬（手机19806342996）透露丈夫欠款。\n结论：违规，向第三方透露债务。",
     [(P, "罗桂芬"), (MB, "19806342996")], [U]),
    ("notice", "unknown", "质检单 QC-2411-0216\n通话：坐席向借款人配偶透露欠款，号码尾号2996。\n结论：违规，已通报。",
     [], []),
    ("notice", "unknown", "质检单 QC-2411-0230\n通话：继承人自报身份证号核验身份，坐席未复述号码。\n结论：合规。",
     [], []),
    ("notice", "unknown", "质检单 QC-2411-0231\n通话：坐席复述继承人身份证号370202197203288868并念出其父死亡原因肺癌。\n结论：违规。",
     [(ID, "370202197203288868")], [S, U]),
    ("notice", "unknown", "质检单 QC-2411-0240\n通话：坐席对住院借款人持续施压，未提供延期选项。\n结论：违规，服务态度问题，不涉及个人信息。",
     [], []),
    ("notice", "unknown", "质检单 QC-2411-0244\n通话：坐席致电福寿养老中心询问孙淑珍的阿尔茨海默病病情及其女孙晓红电话。\n结论：违规。",
     [(P, "孙淑珍"), (P, "孙晓红")], [S]),
    ("email", "unknown", "投诉工单 TS-20241105-031\n投诉人：马春兰\n内容：催收员说出其子余浩在栖霞实验小学三年级二班及每天放学时间。\n处理：已核实，涉事催收员停岗，向投诉人致歉。",
     [(P, "马春兰"), (P, "余浩")], [S]),
    ("email", "unknown", "投诉工单 TS-20241108-007\n投诉人：蒋文慧，手机19125332415\n内容：已放弃继承仍被催收，催收员提到其兄蒋文斌的手机。\n处理：已停止联系。",
     [(P, "蒋文慧"), (MB, "19125332415"), (P, "蒋文斌")], [U]),
    ("email", "unknown", "投诉工单 TS-20241112-019\n投诉人：丁慧敏\n内容：催收员给女儿温可馨就读的盐道街小学打电话。\n处理：核实属实，涉事机构暂停派案。",
     [(P, "丁慧敏"), (P, "温可馨")], [S]),
    ("email", "unknown", "投诉工单 TS-20241112-020\n投诉人：持卡人家属\n内容：催收员在养老院家属群发布老人欠款信息。\n处理：核实属实，已删除群消息，涉事员工解聘。",
     [], []),
    ("email", "debtor", "投诉回复\n丁女士您好，您反映的催收员联系您女儿学校一事已核实，涉事机构已暂停合作，我们向您诚恳致歉。今后仅与您作为遗产管理人联系。\n澄江银行信用卡中心",
     [], []),
    ("email", "unknown", "监管转办回复\n关于投诉人孙晓红反映其母孙淑珍被催收一事：我司已核实监护关系，今后仅与监护人联系，此前收集的病历材料已删除。",
     [(P, "孙晓红"), (P, "孙淑珍")], []),
    ("notice", "unknown", "质检规则（2024版）第7条：不得在催收通话中询问或提及客户及其家属的病情、诊断、孕产、残疾或住院地点，客户本人主动告知的除外。",
     [], []),
]

# --- identifiers written and spoken every way ------------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【安禾消费金融】雷小燕女士，您登记的身份证号６１０１１３１９９２１２０１５１４３与还款卡户名一致，请于今日还款1,920.00元。",
     [(P, "雷小燕"), (ID, "６１０１１３１９９２１２０１５１４３")], [U]),
    ("sms", "debtor", "【安禾消费金融】您的还款卡６２８２８８１１１００３１４７２本期扣款失败，请及时存入足额资金。",
     [(BC, "６２８２８８１１１００３１４７２")], [U]),
    ("sms", "debtor", "【恒序商务】田志刚先生，您的身份证号320106 19700312 3779已被列入重点催收名单，请今日回电025-84362917。",
     [(P, "田志刚"), (ID, "320106 19700312 3779"), (LL, "025-84362917")], [U]),
    ("sms", "debtor", "【恒序商务】范丽娜女士，请核对您的身份信息：330106.19750604.6623，如有误请回电。",
     [(P, "范丽娜"), (ID, "330106.19750604.6623")], [U]),
    ("sms", "debtor", "【蓉信达】温建华遗产管理人您好，被继承人身份证号610113-19700521-4458名下车贷执行款已到账，请查收法院通知。",
     [(P, "温建华"), (ID, "610113-19700521-4458")], [U]),
    ("sms", "debtor", "【澄江银行信用卡中心】黄丽清女士，您的身份证号45010319680707236x名下信用卡已逾期，最低还款1,120.00元。",
     [(P, "黄丽清"), (ID, "45010319680707236x")], [U]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：case@hengxu-sw.com\n主题：黄丽清户\n卡号6236 6855 7522 6306 675，联系人手机+86 177-8243-6408，持卡人近期在江苏省人民医院心内科住院。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "case@hengxu-sw.com"), (P, "黄丽清"), (BC, "6236 6855 7522 6306 675"), (MB, "177-8243-6408")], [S, U]),
    ("email", "unknown", "发件人：case@hengxu-sw.com\n收件人：cc_recovery@chengjiangbank.com.cn\n主题：Re: 黄丽清户\n已收到，卡号和联系人号码已按尾号录入（尾号6675、尾号6408），住院信息未入系统。",
     [(EM, "case@hengxu-sw.com"), (EM, "cc_recovery@chengjiangbank.com.cn"), (P, "黄丽清")], []),
    ("call", "debtor", call("坐席：顾长林老先生吗？您老身份证三二洞五洞两 四洞洞九幺六 五四幺是吧？您在澄江银行的卡还欠一千多。",
                            "客户：是我。"),
     [(P, "顾长林"), (ID, "三二洞五洞两 四洞洞九幺六 五四幺")], [U]),
    ("call", "debtor", call("坐席：顾长林老先生您好，我是澄江银行信用卡中心的，为核实身份，请您说一下身份证后四位。",
                            "客户：老证，后四位是六五四幺。",
                            "坐席：核对一致，谢谢。您的卡欠一千二，可以分六期还。"),
     [(P, "顾长林")], []),
    ("call", "debtor", call("客户：我是孙晓红，我妈的监护人，我手机是幺八拐 洞九洞六 五五幺洞，有事打我。",
                            "坐席：好的孙女士，已登记，后续账单我们只联系您。"),
     [(P, "孙晓红"), (MB, "幺八拐 洞九洞六 五五幺洞")], []),
    ("call", "debtor", call("坐席：孙晓红女士，我们按您登记的手机18709065510联系您，您母亲的分期还剩2,300元。",
                            "客户：好的。"),
     [(P, "孙晓红"), (MB, "18709065510")], [U]),
    ("app", "debtor", "在线客服：丁女士，您作为遗产管理人的回款账户为6217 0028 4027 6416 196，请确认。",
     [(BC, "6217 0028 4027 6416 196")], [U]),
    ("app", "debtor", "用户：我是马春兰，继承人，身份证４２０１０２１９７８１２１１８５２１，还款卡6222-0280-2619-8275-627，请帮我查一下还剩多少。\n在线客服：马女士，还剩7,600元，每月15日自动扣款。",
     [(P, "马春兰"), (ID, "４２０１０２１９７８１２１１８５２１"), (BC, "6222-0280-2619-8275-627")], []),
    ("notice", "debtor", "还款提醒函\n范丽娜女士（护照号：E66860630）：\n您的安禾随借已逾期15天，应还6,218.00元，请于本月底前还款。\n南京恒序商务咨询有限公司",
     [(P, "范丽娜"), (PP, "E66860630")], [U]),
    ("notice", "debtor", "还款提醒函\n范丽娜女士（证件号：E6****630）：\n您的安禾随借已逾期15天，应还6,218.00元。如孕产期有困难，可申请延期。\n南京恒序商务咨询有限公司",
     [(P, "范丽娜")], []),
    ("app", "unknown", "案件备注：继承人周永康，港澳通行证C41555960，常住香港，回乡证H47805934，通过邮件联系。",
     [(P, "周永康"), (PP, "C41555960"), (PP, "H47805934")], [U]),
    ("sms", "debtor", "【澄江银行信用卡中心】周永康先生，周德顺遗产管理事宜请回复至cc_recovery@chengjiangbank.com.cn，或致电0512-68273519。",
     [(P, "周永康"), (P, "周德顺"), (EM, "cc_recovery@chengjiangbank.com.cn"), (LL, "0512-68273519")], []),
    ("sms", "third_party", "【蓉信达】您好，请转告温建华家属，速回电0086 13272927596，关于温建华在澄江银行的车贷，逾期已超过180天。",
     [(P, "温建华"), (MB, "13272927596"), (P, "温建华")], [D, U]),
    ("call", "third_party", call("联系人：喂你找谁？",
                                 "坐席：我找胡立新他老婆，她手机是一五二 九二一一 四七零二吧？胡立新在安禾的分期欠八千七，让她回电。"),
     [(MB, "一五二 九二一一 四七零二"), (P, "胡立新"), (P, "胡立新")], [D, U]),
    ("call", "debtor", call("坐席：喂您好邵德福老人家是吧我们是恒序的您那个卡号四洞三三 九幺幺九 三洞八四 洞三七七还有欠款",
                            "客户：啊？"),
     [(P, "邵德福"), (BC, "四洞三三 九幺幺九 三洞八四 洞三七七")], [U]),
    ("email", "unknown", "发件人：recovery@anhe-cf.com\n收件人：ops@rongxinda-am.cn\n主题：继承人身份信息\n蒋文斌护照EK0535776为新版护照，旧护照E08439796已作废，请更新系统。",
     [(EM, "recovery@anhe-cf.com"), (EM, "ops@rongxinda-am.cn"), (P, "蒋文斌"), (PP, "EK0535776"), (PP, "E08439796")], [U]),
    ("notice", "unknown", "民事起诉状\n被告：黄丽清，女，身份证号45010319680707236X，住南宁市青秀区民族大道56号7栋1502室，手机13563239957。\n诉讼请求：判令被告偿还信用卡透支本息18,206.40元。",
     [(P, "黄丽清"), (ID, "45010319680707236X"), (A, "南宁市青秀区民族大道56号7栋1502室"), (MB, "13563239957")], []),
    ("call", "third_party", call("坐席：冯先生吗？您爱人郑玉梅在澄江银行的信用卡欠款，我们需要核一下您的身份证４３０１０４１９６４１２０８５１０Ｘ，您是共同还款人吗？",
                                 "第三方：我不是，我没签过字。"),
     [(P, "郑玉梅"), (ID, "４３０１０４１９６４１２０８５１０Ｘ")], [D, U]),
    ("app", "unknown", "案件备注：田志刚护照E04055317，出入境记录显示其上月去泰国清迈一座寺院修行两周，回国后即入院。",
     [(P, "田志刚"), (PP, "E04055317")], [S, U]),
    ("app", "unknown", "案件备注：借款人何国平，老身份证441302560307571，手机19843463128，入住惠州康乐养老院，阿尔茨海默病早期。",
     [(P, "何国平"), (ID, "441302560307571"), (MB, "19843463128")], [S, U]),
]

# --- decoys: numbers of the same shapes that are no identifier, masked forms, last digits ------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【安禾消费金融】您的安心医付订单202411030915226816本期应还1,073.00元，已逾期4天，请在安禾分期App还款。",
     [], []),
    ("notice", "debtor", "关于遗产范围内清偿的函\n蒋文斌先生：\n已收到您提交的死亡医学证明（编号320113240087512）及火化证明（编号510104202408150377），确认被继承人身份，欠款明细随函附上。\n成都蓉信达资产管理有限公司",
     [(P, "蒋文斌")], []),
    ("app", "unknown", "案件备注：被继承人身份证4402**********3540，死亡证明编号320113240087512已核验，继承人身份证后四位8868核对一致。",
     [], []),
    ("email", "unknown", "发件人：ops@rongxinda-am.cn\n收件人：claims@pingtai-life.com.cn\n主题：法院协助执行通知书回执\n协助执行通知书文号（2024）川0105执3318号，保单号PT88031275564210，理赔案件号LP2024110500372，请按通知书办理。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "claims@pingtai-life.com.cn")], []),
    ("call", "debtor", call("机器人：您好，这里是安禾消费金融，您的工单号幺洞三五 拐两六 洞九幺八 已登记，请保持电话畅通。",
                            "客户：好的。"),
     [], []),
    ("notice", "debtor", "还款提醒函\n彭建军先生（身份证号：4401**********3540；手机：136****5897）：\n您的安心医付分期已逾期18天，应还3,216.40元，已为您暂停催收30天。\n南京恒序商务咨询有限公司",
     [(P, "彭建军")], []),
    ("email", "unknown", "发件人：case@hengxu-sw.com\n收件人：recovery@anhe-cf.com\n主题：案件号2024010500008817\n该案继承人已确认，遗产范围内还款协议编号AH2024110300187，附件已脱敏。",
     [(EM, "case@hengxu-sw.com"), (EM, "recovery@anhe-cf.com")], []),
    ("notice", "unknown", "质检单 QC-2411-0266\n通话：坐席念出身份证号440106195502073541核对，与系统不一致，经查为录入错误，已更正为尾号3540。\n结论：合规，录入问题已修正。",
     [], []),
    ("app", "unknown", "案件备注：住院号ZY20241103078，病案号00873152由客户本人为申请延期而提供，已用于审核后删除。",
     [], []),
    ("email", "debtor", "发件人：service@anhe-cf.com\n收件人：tianzg1970@163.com\n主题：还款凭证\n田先生您好，您本月还款交易流水6217300000000000014已入账，剩余应还2,902.10元。",
     [(EM, "service@anhe-cf.com"), (EM, "tianzg1970@163.com")], []),
    ("call", "debtor", call("坐席：马女士，您那个调解协议编号是二洞二四 幺幺洞三 洞幺五九二，您记一下。",
                            "客户：好的记下了。"),
     [], []),
    ("sms", "debtor", "【恒序商务】马春兰女士，您的还款计划编号2024110301592已生效，下期还款日12月15日。另请注意：您儿子余浩的学校缴费我们也看到了。",
     [(P, "马春兰"), (P, "余浩")], [S]),
    ("app", "unknown", "案件备注：残疾证号20240121887为客户本人主动提供用于申请无障碍服务，已按规则只保留尾号1887。",
     [], []),
    ("notice", "debtor", "致丁慧敏女士：\n拍卖款已按（2024）川0105执3318号执行裁定分配，车辆川A3F8Q6过户手续已完成，回款账户尾号6196。\n成都蓉信达资产管理有限公司",
     [(P, "丁慧敏"), (PL, "川A3F8Q6")], []),
    ("email", "unknown", "发件人：recovery@anhe-cf.com\n收件人：case@hengxu-sw.com\n主题：委案撤回\n案件号2024010500008817撤回，借款人周德顺身份证43010419451026257X已故，由明衡律所作为遗产管理人处理。",
     [(EM, "recovery@anhe-cf.com"), (EM, "case@hengxu-sw.com"), (P, "周德顺"), (ID, "43010419451026257X")], [U]),
    ("sms", "debtor", "【澄江银行信用卡中心】胡立新先生，您的分期申请号6259660000012345已办理，卡号6226 0928 6089 0419的附属卡同时停用。",
     [(P, "胡立新"), (BC, "6226 0928 6089 0419")], [U]),
]

# --- more than the message needs: relatives, neighbours, employers, addresses ------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("notice", "debtor", "还款提醒函\n曹美玲女士：\n您的丈夫韩志远在南京汇川科技有限公司任职，婆婆韩秀英住建邺区莫愁湖东路45号，请您尽快还款，以免我们联系您的家人。\n南京恒序商务咨询有限公司",
     [(P, "曹美玲"), (P, "韩志远"), (P, "韩秀英"), (A, "建邺区莫愁湖东路45号")], [X]),
    ("sms", "debtor", "【恒序商务】田志刚，你前妻吕佳琪在鼓楼区教育局上班，你弟弟田志勇在江宁开出租，你欠钱的事我们会一个个告诉他们。",
     [(P, "田志刚"), (P, "吕佳琪"), (P, "田志勇")], [X]),
    ("call", "debtor", call("坐席：蒋文斌，你妹妹蒋文慧住在成都市青羊区金河路59号1栋3单元801室，她老公在哪上班我们也知道。",
                            "客户：她放弃继承了，和她没关系。"),
     [(P, "蒋文斌"), (P, "蒋文慧"), (A, "成都市青羊区金河路59号1栋3单元801室")], [X]),
    ("app", "debtor", "在线客服：胡先生，您通讯录里的“表哥胡立伟”“同事孙宏亮”我们都会依次联系，除非您今天还款。",
     [(P, "胡立伟"), (P, "孙宏亮")], [X]),
    ("sms", "debtor", "【澄江银行信用卡中心】葛秀兰，你女儿葛丽萍住鼓楼区汉中路8号5栋602室，你外孙在南京外国语学校读初二，你的欠款不还，我们去她家里谈。",
     [(P, "葛秀兰"), (P, "葛丽萍"), (A, "鼓楼区汉中路8号5栋602室")], [S, X]),
    ("notice", "debtor", "致丁慧敏女士：\n您婆婆温桂兰住成都市金牛区蜀汉路302号，小叔子温建国在成都铁路局工作，温建华的债务请您尽快处理。\n成都蓉信达资产管理有限公司",
     [(P, "丁慧敏"), (P, "温桂兰"), (A, "成都市金牛区蜀汉路302号"), (P, "温建国"), (P, "温建华")], [X]),
    ("email", "debtor", "发件人：case@hengxu-sw.com\n收件人：machunlan78@126.com\n主题：还款\n马女士，您弟弟马春林在南京钢铁厂上班，弟媳陈小梅在迈皋桥菜场卖菜，如果下月还款不到，我们会上门拜访他们。",
     [(EM, "case@hengxu-sw.com"), (EM, "machunlan78@126.com"), (P, "马春林"), (P, "陈小梅")], [X]),
    ("call", "debtor", call("坐席：范丽娜，你婆婆刘翠英的手机幺五九幺 五幺六 五四洞四 我们有，你公公在哪个单位我们也查到了。",
                            "客户：你们别找老人。"),
     [(P, "范丽娜"), (P, "刘翠英"), (MB, "幺五九幺 五幺六 五四洞四")], [U, X]),
    ("app", "unknown", "案件备注：郑玉梅邻居林阿姨说她每周一去医院，楼下超市老板周建新可以帮忙传话，周建新手机18614214126。",
     [(P, "郑玉梅"), (P, "周建新"), (P, "周建新"), (MB, "18614214126")], [S, U, X]),
    ("notice", "debtor", "催收函\n卢桂香女士：\n您家住南京市玄武区龙蟠路177号11幢602室，您的邻居王桂英、楼长张德明均已知晓您欠款一事，请尽快还款。\n澄江银行信用卡中心",
     [(P, "卢桂香"), (A, "南京市玄武区龙蟠路177号11幢602室"), (P, "王桂英"), (P, "张德明")], [X]),
    ("sms", "third_party", "【蓉信达】王桂英阿姨您好，您楼上602的卢桂香欠了澄江银行信用卡的钱，她儿子周立群住哪里您知道吗？",
     [(P, "王桂英"), (P, "卢桂香"), (P, "周立群")], [D]),
    ("call", "debtor", call("坐席：雷小燕，你那个护理员马丽每天几点来我们都清楚，她手机幺九九 三九拐拐 八拐洞两 也在我们这儿。",
                            "客户：这跟她没关系。"),
     [(P, "雷小燕"), (P, "马丽"), (MB, "幺九九 三九拐拐 八拐洞两")], [U, X]),
    ("sms", "debtor", "【安禾消费金融】彭建军先生，您的病友群里有人说您已经出院了，您的主治医生赵国华也说您恢复得不错，该还款了。",
     [(P, "彭建军"), (P, "赵国华")], [S, X]),
]

# --- told to those around: hospitals, nursing homes, funeral homes, cemeteries, neighbours, heirs not liable --------

THIRD_PARTIES: list[PiplEntry] = [
    ("call", "third_party", call("坐席：喂，是栖霞殡仪服务中心吗？袁德明的追悼会是你们办的吧？",
                                 "第三方：您哪位？",
                                 "坐席：我是澄江银行信用卡中心的，袁德明的信用卡还欠一万多，你们结账的时候跟他儿子说一声先把钱还了。"),
     [(P, "袁德明"), (P, "袁德明")], [D]),
    ("sms", "third_party", "【澄江银行信用卡中心】袁小兵先生，您父亲袁德明生前信用卡透支11,260元，您虽已放弃继承，仍请协助联系您姐姐袁丽尽快处理。",
     [(P, "袁小兵"), (P, "袁德明"), (P, "袁丽")], [D]),
    ("notice", "third_party", "致福安公墓管理处：\n贵处松柏园C区14排6号墓主蒋国栋生前欠安禾消费金融42,318.56元，请在其家属续缴管理费时告知我司联系方式028-86245073。\n成都蓉信达资产管理有限公司",
     [(P, "蒋国栋"), (LL, "028-86245073")], [D]),
    ("app", "third_party", "【微信】刘姐您好，我是恒序商务的，您护理的杨秀芬阿姨欠安禾消费金融的医疗分期4,100元，她骨折住院这段时间您帮忙提醒她还一下。",
     [(P, "杨秀芬")], [D, S]),
    ("call", "third_party", call("坐席：您好，是福寿养老中心护士站吗？你们那儿302房的许建国，帕金森那个，他欠我们安禾消费金融的钱。",
                                 "第三方：我们不处理这些。",
                                 "坐席：那你让他儿子许文涛来交护理费的时候给我回个电话，手机一三一三 零三七 三六五九。"),
     [(P, "许建国"), (P, "许文涛"), (MB, "一三一三 零三七 三六五九")], [D, S, U, X]),
    ("email", "third_party", "发件人：case@hengxu-sw.com\n收件人：office@fushou-yl.cn\n主题：贵中心老人许建国欠款\n贵中心入住老人许建国（302房）在安禾消费金融分期欠款3,580元，逾期95天，请协助通知其家属。",
     [(EM, "case@hengxu-sw.com"), (EM, "office@fushou-yl.cn"), (P, "许建国"), (P, "许建国")], [D, S]),
    ("email", "third_party", "发件人：case@hengxu-sw.com\n收件人：office@fushou-yl.cn\n主题：信件转交\n贵中心入住的许建国先生有一封密封信件，麻烦转交本人，谢谢。",
     [(EM, "case@hengxu-sw.com"), (EM, "office@fushou-yl.cn"), (P, "许建国")], []),
    ("call", "third_party", call("坐席：您好，康和医院骨科吗？我找一下杨秀芬的护工。",
                                 "第三方：我就是。",
                                 "坐席：你跟杨秀芬说，她在安禾消费金融的分期逾期两个月了，四千一，出院前必须还。"),
     [(P, "杨秀芬"), (P, "杨秀芬")], [D]),
    ("sms", "third_party", "【蓉信达】温建华的邻居您好，他生前开的车川A3F8Q6已被法院查封，欠款12.6万元，看到他家人请让其回电028-86245073。",
     [(P, "温建华"), (PL, "川A3F8Q6"), (LL, "028-86245073")], [D]),
    ("app", "third_party", "【微信】你好，是孔令文的同事吧？老孔胰腺癌晚期在安宁病房，信用卡欠了八千多，你们单位能不能先帮他垫上？",
     [(P, "孔令文")], [D, S]),
    ("call", "third_party", call("坐席：喂，是孔令文的女婿吗？",
                                 "第三方：是，怎么了？",
                                 "坐席：我们是澄江银行信用卡中心，你岳父的卡逾期了，他是不是住在鼓楼医院安宁疗护病房5床？"),
     [(P, "孔令文")], [D, S]),
    ("sms", "third_party", "【安禾消费金融】黎美华老人的家属：黎美华生前在我司的分期尚欠1,240元，请于本月处理。我们已从松鹤颐养院获悉其去世消息。",
     [(P, "黎美华"), (P, "黎美华")], [D]),
    ("email", "third_party", "发件人：recovery@anhe-cf.com\n收件人：admin@songhe-yly.cn\n主题：老人黎美华\n贵院去年去世的老人黎美华生前在我司欠款1,240元，请提供其子女的姓名和电话，以便我司联系。",
     [(EM, "recovery@anhe-cf.com"), (EM, "admin@songhe-yly.cn"), (P, "黎美华"), (P, "黎美华")], [D]),
    ("call", "third_party", call("坐席：您好，是白晓峰的邻居吗？",
                                 "第三方：是啊。",
                                 "坐席：他中风后住在哪个康复医院您知道吗？他欠了安禾消费金融的钱，我们找不到他人。"),
     [(P, "白晓峰")], [D, S]),
    ("notice", "third_party", "致平泰人寿保险南京分公司理赔部：\n贵司被保险人袁德明（身份证320502194101026377）已身故，其生前欠我中心信用卡透支11,260元，请在赔付前将受益人账户告知我中心。\n澄江银行信用卡中心",
     [(P, "袁德明"), (ID, "320502194101026377")], [D, U]),
    ("app", "third_party", "【微信群：和燕路269号业主群】各位邻居，4栋301的余德胜去世前欠了安禾消费金融一万八，他老婆马春兰现在住在里面，大家见到提醒一下。",
     [(P, "余德胜"), (P, "马春兰")], [D]),
    ("call", "third_party", call("坐席：你好，我找一下余浩的班主任。",
                                 "第三方：我就是，您哪位？",
                                 "坐席：我是恒序商务的，余浩的爸爸余德胜去世前欠了安禾的钱，他妈妈马春兰一直拖着，麻烦老师开家长会的时候提醒她。"),
     [(P, "余浩"), (P, "余浩"), (P, "余德胜"), (P, "马春兰")], [D, S]),
    ("sms", "third_party", "【恒序商务】韩志远先生，您妻子曹美玲在安禾消费金融的分期已逾期，请提醒她尽快还款，欠款11,420元。",
     [(P, "韩志远"), (P, "曹美玲")], [D]),
    ("email", "third_party", "发件人：ops@rongxinda-am.cn\n收件人：hr@cdrail-maint.cn\n主题：员工温建国\n贵单位员工温建国的哥哥温建华车祸去世前欠车贷12.6万元，请转告温建国协助其嫂丁慧敏还款。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "hr@cdrail-maint.cn"), (P, "温建国"), (P, "温建国"), (P, "温建华"), (P, "温建国"), (P, "丁慧敏")], [D]),
    ("call", "third_party", call("坐席：您好，请问是杨秀芬的儿媳吗？",
                                 "第三方：是，她住院了。",
                                 "坐席：好的，那等她出院了请她回个电话，号码她知道，谢谢，祝她早日康复。"),
     [(P, "杨秀芬")], []),
    ("call", "third_party", call("坐席：您好，我是澄江银行信用卡中心的，请问是袁小兵先生吗？",
                                 "第三方：是，我已经放弃继承了。",
                                 "坐席：好的，我们已经收到您的放弃继承公证书，今后不会再打扰您，抱歉。"),
     [(P, "袁小兵")], []),
    ("notice", "third_party", "致南京江宁第二中学：\n贵校教师田志刚（身份证320106197003123779）因抑郁症住院，拖欠安禾消费金融借款，请贵校停发其绩效并代扣还款。\n南京恒序商务咨询有限公司",
     [(P, "田志刚"), (ID, "320106197003123779")], [D, S, U]),
    ("app", "third_party", "【微信】您好，我是澄江银行的，您同事葛丽萍说她母亲葛秀兰的信用卡由她管，麻烦您转告她回电0512-68273519。",
     [(P, "葛丽萍"), (P, "葛秀兰"), (LL, "0512-68273519")], [D]),
    ("sms", "third_party", "【蓉信达】周永康先生的邻居您好：周永康之父周德顺生前欠澄江银行信用卡9,418元，周永康作为遗产管理人拒不处理，请转告。",
     [(P, "周永康"), (P, "周永康"), (P, "周德顺"), (P, "周永康")], [D]),
]

# --- more sensitive and more than needed: diagnoses, wards, payouts, relatives' details ---------------------------

SENSITIVE_AND_EXCESSIVE: list[PiplEntry] = [
    ("sms", "debtor", "【澄江银行信用卡中心】袁丽女士，您父亲袁德明临终前在康和医院ICU住了23天，医药费刷的就是这张卡，作为继承人请在遗产范围内偿还11,260元。",
     [(P, "袁丽"), (P, "袁德明")], [S]),
    ("sms", "debtor", "【澄江银行信用卡中心】袁丽女士，您父亲袁德明生前信用卡尚欠11,260元，您已接受继承，请在遗产实际价值范围内清偿，详询0512-68273519。",
     [(P, "袁丽"), (P, "袁德明"), (LL, "0512-68273519")], []),
    ("call", "debtor", call("坐席：袁丽女士，您父亲的丧葬费从他工行卡6205 2277 3359 5646 854里取了三万二，这钱应该先还我们。",
                            "客户：丧葬费是必须的开支。"),
     [(P, "袁丽"), (BC, "6205 2277 3359 5646 854")], [S, U]),
    ("app", "debtor", "在线客服：袁女士，您弟弟袁小兵放弃了继承，他住在江宁区双龙大道1688号12栋501室，您要是不还，我们只好再找他谈谈。",
     [(P, "袁小兵"), (A, "江宁区双龙大道1688号12栋501室")], [X]),
    ("notice", "debtor", "遗产清偿通知\n袁丽女士：\n被继承人袁德明（身份证号320502194101026377）名下信用卡6217996571102898467透支11,260元，请于30日内在遗产范围内清偿。\n澄江银行信用卡中心",
     [(P, "袁丽"), (P, "袁德明"), (ID, "320502194101026377"), (BC, "6217996571102898467")], [U]),
    ("notice", "debtor", "遗产清偿通知\n袁丽女士：\n被继承人袁德明（证件尾号6377）名下信用卡（尾号8467）透支11,260元，您已确认接受继承，请于30日内在遗产实际价值范围内清偿，如有异议可书面提出。\n澄江银行信用卡中心",
     [(P, "袁丽"), (P, "袁德明")], []),
    ("sms", "debtor", "【恒序商务】杨秀芬女士，您股骨颈骨折做了髋关节置换，还在康和医院骨科9床，住院押金都交得起，分期4,100元也该还了。",
     [(P, "杨秀芬")], [S]),
    ("call", "debtor", call("坐席：杨秀芬阿姨，您护工刘姐说您每天上午十点做康复训练，我们十点半去病房找您。",
                            "客户：我骨折了走不了路。"),
     [(P, "杨秀芬")], [S]),
    ("app", "debtor", "【安禾分期】杨秀芬，您的身份证130102196207067638已被标记为高风险，您儿子杨帆在苏州工业园区上班，我们会联系他。",
     [(P, "杨秀芬"), (ID, "130102196207067638"), (P, "杨帆")], [U, X]),
    ("sms", "debtor", "【安禾消费金融】许建国先生，您的分期已逾期95天。您在福寿养老中心每月护理费5,200元由您儿子许文涛卡号4367 4229 8224 1494支付，请让他一并代还。",
     [(P, "许建国"), (P, "许文涛"), (BC, "4367 4229 8224 1494")], [S, U, X]),
    ("notice", "debtor", "催收函\n许建国先生：\n您确诊帕金森病三年，入住福寿养老中心302房，儿子许文涛在成都银行工作，儿媳在华西医院当护士，请家属代为偿还欠款3,580元。\n南京恒序商务咨询有限公司",
     [(P, "许建国"), (P, "许文涛")], [S, X]),
    ("call", "debtor", call("坐席：孔令文先生，您的胰腺癌还能撑多久？我们得在您走之前把债务安排好。",
                            "客户：……你们还有没有人性。"),
     [(P, "孔令文")], [S]),
    ("sms", "debtor", "【澄江银行信用卡中心】孔令文先生，您的信用卡逾期，您女儿孔晓薇在鼓楼区宁海路小学当老师，手机15695539124，我们会请她协助。",
     [(P, "孔令文"), (P, "孔晓薇"), (MB, "15695539124")], [U, X]),
    ("email", "unknown", "发件人：cc_recovery@chengjiangbank.com.cn\n收件人：case@hengxu-sw.com\n主题：孔令文户\n持卡人孔令文，胰腺癌晚期，现住鼓楼医院安宁疗护病房5床，预计存活期不足三个月，请尽快向其女孔晓薇追偿。",
     [(EM, "cc_recovery@chengjiangbank.com.cn"), (EM, "case@hengxu-sw.com"), (P, "孔令文"), (P, "孔令文"), (P, "孔晓薇")], [S, X]),
    ("app", "unknown", "案件备注：白晓峰，脑出血后遗症，住栖霞康复医院3病区，妻子已离婚，前妻钱美云住仙林大道旁，手机13730530645，儿子在读初中。",
     [(P, "白晓峰"), (P, "钱美云"), (MB, "13730530645")], [S, U, X]),
    ("sms", "debtor", "【安禾消费金融】白晓峰先生，您的安禾随借已逾期，您每周三在栖霞康复医院做针灸理疗，您前妻钱美云也说您还有存款。",
     [(P, "白晓峰"), (P, "钱美云")], [S, X]),
    ("call", "debtor", call("坐席：黎美华的儿子吗？你妈在松鹤颐养院最后那几个月是不是插着胃管？她欠安禾的一千二你继承了就得还。",
                            "客户：我妈的事你们怎么知道？"),
     [(P, "黎美华")], [S]),
    ("notice", "debtor", "债权告知函\n黎美华女士的继承人：\n黎美华女士（身份证号：4401**********9768）生前在安禾消费金融尚欠分期1,240元。如您已接受继承，请在遗产实际价值范围内清偿；如已放弃继承，请提供证明。\n安禾消费金融有限公司",
     [(P, "黎美华"), (P, "黎美华")], []),
    ("email", "debtor", "发件人：recovery@anhe-cf.com\n收件人：lihua_son@qq.com\n主题：您母亲的欠款\n您母亲黎美华（身份证440106193808039768）的欠款1,240元尚未处理，您的身份证尾号、工作单位和车牌苏A6K85T我们都有记录。",
     [(EM, "recovery@anhe-cf.com"), (EM, "lihua_son@qq.com"), (P, "黎美华"), (ID, "440106193808039768"), (PL, "苏A6K85T")], [U, X]),
    ("call", "debtor", call("坐席：蒋文斌，你爸在成都仁济的住院病历我们调出来了，肺癌骨转移，他临终前还刷卡买了止痛药，这些都是你要还的。",
                            "客户：我会在遗产范围内处理。"),
     [(P, "蒋文斌")], [S]),
    ("app", "debtor", "在线客服：丁女士，您女儿温可馨的学费上周从您账户6222 0206 4505 6240扣了8,600元，说明您有钱。",
     [(P, "温可馨"), (BC, "6222 0206 4505 6240")], [S, U]),
    ("sms", "debtor", "【恒序商务】曹美玲女士，您婆婆韩秀英的手机14749447551我们已经打过了，她说您怀孕后一直在娘家住，地址是建邺区兴隆大街188号7栋2单元1101室。",
     [(P, "曹美玲"), (P, "韩秀英"), (MB, "14749447551"), (A, "建邺区兴隆大街188号7栋2单元1101室")], [S, U, X]),
    ("call", "debtor", call("坐席：范丽娜女士，你丈夫刘俊在南京银行城东支行当客户经理，你生孩子住院的费用是他单位医保报的吧？",
                            "客户：这跟你有什么关系？"),
     [(P, "范丽娜"), (P, "刘俊")], [S, X]),
    ("app", "debtor", "在线客服：郑女士，您上个月在康和医院做的乳腺切除手术是医保报销的，报销款8,200元已到您的卡上，请优先还款。",
     [], [S]),
    ("notice", "debtor", "催收函\n胡立新先生：\n您的肾移植配型已在江苏省人民医院排队，手术费用需三十余万，请在手术前先结清我司分期8,760元。您妻子姜美兰、岳母姜桂珍的联系方式我司均已掌握。\n安禾消费金融有限公司",
     [(P, "胡立新"), (P, "姜美兰"), (P, "姜桂珍")], [S, X]),
    ("sms", "debtor", "【安禾消费金融】雷小燕女士，您的护理员马丽住在雨花台区宁丹路17号，您弟弟雷明杰的货车苏A3D927我们也看到了。",
     [(P, "雷小燕"), (P, "马丽"), (A, "雨花台区宁丹路17号"), (P, "雷明杰"), (PL, "苏A3D927")], [X]),
    ("app", "unknown", "案件备注：余德胜生前在福安公墓购墓花费6.8万，墓位松柏园D区3排11号，清明节马春兰及其子余浩会去扫墓，可现场沟通。",
     [(P, "余德胜"), (P, "马春兰"), (P, "余浩")], [S]),
    ("email", "unknown", "发件人：ops@rongxinda-am.cn\n收件人：cc_recovery@chengjiangbank.com.cn\n主题：周德顺户\n遗产管理人周永康，港澳通行证C41555960，常住香港，其妻陈嘉欣在香港某银行工作，女儿在深圳读小学，可通过其在深圳的岳母陈淑芬联系。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "cc_recovery@chengjiangbank.com.cn"), (P, "周德顺"), (P, "周永康"), (PP, "C41555960"), (P, "陈嘉欣"), (P, "陈淑芬")], [S, U, X]),
    ("call", "debtor", call("坐席：卢阿姨，您儿子周立群住哪个小区、您儿媳王晓燕在哪上班，我们都知道。",
                            "客户：你们别骚扰他们。"),
     [(P, "周立群"), (P, "王晓燕")], [X]),
    ("sms", "debtor", "【澄江银行信用卡中心】卢桂香女士，您的助听器是在鼓楼医院耳鼻喉科配的，刷的就是我行信用卡，请尽快还清2,412元。",
     [(P, "卢桂香")], [S]),
    ("app", "debtor", "在线客服：田先生，您服用的舍曲林和奥氮平我们都了解，药费都刷了信用卡，说明您有能力还款。",
     [], [S]),
    ("sms", "debtor", "【澄江银行信用卡中心】孔令文先生，您的信用卡6227-0045-3331-4783已逾期，您在安宁疗护病房期间的费用仍在刷卡，请尽快还款。",
     [(P, "孔令文"), (BC, "6227-0045-3331-4783")], [S, U]),
    ("call", "debtor", call("坐席：喂许先生是吧你爸许建国的身份证两幺洞幺洞两 幺九四四洞六 洞幺五五勾幺对吧他在福寿那个分期还欠三千五",
                            "客户：我爸在养老院我知道"),
     [(P, "许建国"), (ID, "两幺洞幺洞两 幺九四四洞六 洞幺五五勾幺")], [U]),
    ("app", "debtor", "在线客服：白先生，您的紧急联系人钱美云手机137.3053.0645已停机，请更新；另外您在康复医院的床位费也是从您建行卡6216 6193 2880 4072 381扣的吧？",
     [(P, "钱美云"), (MB, "137.3053.0645"), (BC, "6216 6193 2880 4072 381")], [S, U, X]),
    ("email", "debtor", "发件人：ops@rongxinda-am.cn\n收件人：wenbin.jiang@gmx.de\n主题：身份核实\n蒋文斌先生，我们系统里您的护照号为EK0535776，手机+86 199-2324-2478，请确认是否仍然有效。",
     [(EM, "ops@rongxinda-am.cn"), (EM, "wenbin.jiang@gmx.de"), (P, "蒋文斌"), (PP, "EK0535776"), (MB, "199-2324-2478")], [U]),
    ("notice", "third_party", "致康和医院住院部财务科：\n贵院神经内科患者彭建军（身份证440106195502073540）欠安禾消费金融分期3,216.40元，请在其出院结算时暂扣押金用于还款。\n南京恒序商务咨询有限公司",
     [(P, "彭建军"), (ID, "440106195502073540")], [D, S, U]),
    ("sms", "third_party", "【恒序商务】姜桂珍阿姨，您女婿胡立新透析欠了安禾消费金融八千多，您女儿姜美兰说家里的钱都在您那儿，您帮着还一点吧。",
     [(P, "姜桂珍"), (P, "胡立新"), (P, "姜美兰")], [D, S]),
    ("call", "third_party", call("坐席：喂，是福安公墓吗？我们要查一下墓位松柏园D区3排11号余德胜的购墓合同是谁签的，他欠我们安禾消费金融的钱。",
                                 "第三方：这个不能告诉你。"),
     [(P, "余德胜")], [D]),
    ("app", "debtor", "在线客服：马女士，您弟弟马春林手机18954185846，弟媳陈小梅手机17756201418，如果这个月还款不到，我们会请他们一起协商。",
     [(P, "马春林"), (MB, "18954185846"), (P, "陈小梅"), (MB, "17756201418")], [U, X]),
    ("sms", "debtor", "【安禾消费金融】杨秀芬女士，您儿子杨帆的公司是苏州工业园区星湖街328号，儿媳的手机15221939301我们也有，请尽快还款4,100元。",
     [(P, "杨秀芬"), (P, "杨帆"), (A, "苏州工业园区星湖街328号"), (MB, "15221939301")], [U, X]),
    ("notice", "debtor", "催收函\n袁丽女士：\n您的儿子袁一鸣在南京市琅琊路小学五年级三班，您丈夫在江苏省人民医院当医生，请您以继承人身份尽快偿还您父亲袁德明的欠款11,260元。\n澄江银行信用卡中心",
     [(P, "袁丽"), (P, "袁一鸣"), (P, "袁德明")], [S, X]),
    ("call", "debtor", call("坐席：袁丽女士您好，我是澄江银行信用卡中心的，关于您父亲袁德明先生的信用卡欠款，您已经接受继承了是吗？",
                            "客户：对，我身份证是六幺洞幺幺三幺九七洞洞幺两七四洞两三，你们核对。",
                            "坐席：核对一致。欠款11,260元在您继承的遗产范围内清偿，您看分几期合适？"),
     [(P, "袁丽"), (P, "袁德明"), (ID, "六幺洞幺幺三幺九七洞洞幺两七四洞两三")], []),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "BD-SMS": SMS,
    "BD-ROBOT-CALLS": ROBOT_CALLS,
    "BD-AGENT-CALLS": AGENT_CALLS,
    "BD-ASR-CALLS": ASR_CALLS,
    "BD-APP": APP,
    "BD-LETTERS": LETTERS,
    "BD-COURT-PAPERS": COURT_PAPERS,
    "BD-EMAILS": EMAILS,
    "BD-CASE-NOTES": CASE_NOTES,
    "BD-QA-AND-TICKETS": QA_AND_TICKETS,
    "BD-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "BD-DECOYS": DECOYS,
    "BD-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "BD-THIRD-PARTIES": THIRD_PARTIES,
    "BD-SENSITIVE-AND-EXCESSIVE": SENSITIVE_AND_EXCESSIVE,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
