"""Writes `pipl_heldout_be.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of the reference notes (and the rows on who
may be contacted beside them), the speaker table of `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the `HeldoutPiplSet` class, the `HELDOUT_PIPL` table and the tests
using it in `tests/test_labelled_sets.py`, the contract's list of entity types in `audit/vocabulary.py`, and the
opening docstring, imports, constants, first entries and closing functions of `make_pipl_heldout_bd.py` (for the
record format and the labelling conventions, which this set keeps; about ten of BD's first SMS entries and its
last three entries came into view, not five). It did not open the recognizers, the PII analyser, the lexicons,
the models, the training data, other tests, git history or any other set's entries, and ran no detector, scan,
mask or benchmark on these texts.
The invented identifiers were drawn once by a throw-away script: resident IDs from random area codes and birth
dates with the right check character (four ending in X, one of them also written with a lower-case x, two of
children born in 2016 and 2017) and three old 15-digit ones with a real month, Luhn-valid cards of 16 and 19
digits, mobiles on real prefixes, passports (E, EJ, EH, the older G), a permit to Hong Kong and Macau (C), a
home-return permit (H) and unified social credit codes with their check character; each passes
`set_format.check_identifier`. They were typed into the texts and spelled out digit by digit by hand, and
`set_format.pipl_records` checks every one of them in every form. `set_format` has no check for landlines, e-mail
addresses or licence plates: landlines are an area code and eight digits, kept the same wherever a company's number
recurs, e-mails use real top-level domains and plates a province, a letter and five characters (six for a
new-energy plate). The decoys were drawn to fail every check of `set_format.check_identifier`, and a throw-away
scan confirmed that no unlabelled number in the texts (digits, full-width or spoken, grouped or not) passes one,
that every entity string is marked wherever it is written, and that every call's lines carry a speaker.

What it holds: personal data around cars, houses and where people are. An auto-finance company (远骋汽车金融: app
远骋车贷, product 远骋好车贷), a car-leasing firm selling 以租代购 with GPS trackers (宁波驰租融资租赁, 驰租App) and a
bank lending on flats (嘉澜银行, 安居经营贷 secured on a 不动产权证), their agencies (杭州衡远商务咨询, 合肥正达资产管理),
a towing firm (宁波速拓车辆服务), a dealer (星驰4S店) and a law firm (浙江衡信律师事务所) collect from ride-hailing and
truck drivers, a shop owner and her co-borrower husband, guarantors (a brother, a friend, a sister) and lessees
who share a lease with a spouse. Where people are and have been: GPS tracks, geofence alarms, the car's night
parking, a hotel room, train and ETC records, border crossings, a hospital car park, a church door; the flat's
address and its certificate; income, wages, housing-fund and bank statements; the employer, the fleet and the
ride-hailing platform; a child's school, class and hours; health (a pregnancy, chemotherapy, dialysis, a
psychiatric visit, a disability), religion and a criminal record. Those around them are told, or asked: spouses
who did not sign, parents, a mother-in-law, an ex-husband, colleagues, fleet dispatchers and bosses, employers
and a school, the dealer, hotel front desks, compound guards and property offices, neighbours, the compound's,
the fleet's, the drivers' and a class's WeChat groups, a notice on a door and a post on 朋友圈. Voices: SMS
templates with placeholders and filled SMS, voice robots with keypad turns (one in traditional characters),
agents' calls as transcripts and as speech-to-text output (no punctuation, fillers, numbers read aloud with 幺,
两, 洞, 拐 and 勾), in-app, WeChat and voice-mail messages and group posts, letters, lawyers' letters, notices and a
posted notice, case notes, GPS-monitoring notes and field visitors' (外访) reports, quality-check sheets and rules,
complaint tickets and a reply, e-mails between the lenders, the agencies, the towing firm and the law firm and to
debtors, guarantors and third parties, and court papers (statements of claim, a defence, preservation,
enforcement, payment-order and security-interest applications, an evidence list, an address-for-service form, a
mediation record, a judgment, an enforcement ruling and a court's auction notice).

319 messages, 102 of them (32%) compliant; call 78, app 73, notice 68, sms 60, email 40; to the debtor (or those
who stand for the debtor, below) 176, to a third party 63, to an unknown recipient 80. `pii.sensitive` labels 104
messages, `pii.unmasked_identifier` 89, `pii.excessive` 59 and `pii.third_party_disclosure` 55. Entities: PERSON
426, ADDRESS 68, CN_ID_CARD 57, CN_LICENSE_PLATE 55, CN_MOBILE 43, EMAIL 36, CN_LANDLINE 35, CN_BANK_CARD 20,
CN_PASSPORT 13, CN_USCC 3. Identifiers are written plain, in full-width digits (an ID's final X full-width too),
grouped by spaces (4-4-4-4, 4-4-4-4-3, 6-8-4, 3-4-4), by dots (6.8.4, 3.4.4, 4.4.4.4) and by hyphens (6-8-4, 3-4-4,
4-4-4-4-3), behind +86 and 0086 (outside the span), with a lower-case final x, read aloud digit by digit (一二三 and
零) and in spoken groups with 幺, 两, 洞, 拐 and 勾 (18- and 15-digit IDs, cards, mobiles, a passport). Beside them
stand decoys: an 18-digit bill number and an ID mistyped with a wrong check character, 19-digit refund and
valuation-report numbers failing Luhn (one on a card prefix), a 16-digit case number read aloud, 15-digit
registration-certificate and GPS-device numbers with no real month (one read aloud), 11-digit work-order, ETC and
service numbers on no mobile prefix, VINs, contract, bill, warehouse and ticket numbers, 不动产权证 and mortgage
certificate numbers, and masked forms (3401**********5710, 310115********5229, 330203*******647, 150****6610,
6228 **** **** 4644, 尾号3464, 后四位 and the first six and last four digits read aloud); some messages with decoys
also hold a real identifier and are labelled for it. Companies' landlines and credit codes, e-mail addresses and
licence plates are entities with no category of their own.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out; the conventions are set BD's, with what this theme adds):
- Who is a third party: a guarantor (担保人, 保证人) and a co-borrower or co-lessee who signed (a spouse among them)
  are liable for the debt and stand for the debtor: messages to them go out as to the debtor and may state the
  debt, the amount, the borrower's name, the guarantee and the mortgaged flat or the car; what they are told
  beyond that about the borrower (his ID, number, whereabouts, family, income) is labelled as it would be for the
  debtor. A spouse who did not sign, parents and other relatives, colleagues, employers, fleets and platforms,
  schools, dealers, hotels, guards, property offices, neighbours, emergency contacts and every group or public
  post are third parties. Notes, GPS-monitoring notes, field reports, sheets, rules, tickets and e-mails between
  the lenders, the agencies, the towing firm and the law firm go to an unknown recipient and are judged on the
  other categories only; court papers go to an unknown recipient too.
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  any person in the lender's, agency's, towing firm's or agent's words, in any form: in texts to debtors,
  guarantors and third parties, and in the firms' own notes, sheets, tickets, letters and e-mails (a repossession
  order or a case hand-over too). Not: masked forms, first or last digits alone, a company's landline, a licence
  plate, VIN or certificate number, a debtor's or guarantor's own number as they say or type it, papers filed
  with a court (a statement of claim, an application, a defence, an evidence list, an address-for-service form, a
  lawyer's e-filing) or a court's own text, where a full identifier is lawful, a decoy.
- `pii.third_party_disclosure`: to a third party, the text reveals the debt (amount, overdue status, lender or
  product: naming the lender or the app is enough, and so is calling the car a mortgaged or leased one to be
  towed) or the debtor's personal data (the plate beside the owner's name among them). A bare call-back request
  that names no lender, an agent or a robot that names its own firm to ask for the debtor and ends there, a sealed
  document to be handed on and a court's own notice passed on are compliant.
- `pii.sensitive` (PIPL Art. 28): whereabouts and 行踪轨迹 of the debtor, a guarantor or relatives (GPS tracks and
  the car's current or usual parking place, geofence positions, hotel stays and rooms, trains, toll gates, border
  crossings and visas, daily routines, a ward or a hospital car park, a church), health, pregnancy, disability and
  mental health, religion, a criminal record, children under 14 (school, class, hours, an ID), and financial
  details beyond need (bank statements and transfers, wages and wage accounts, housing-fund and medical-insurance
  balances, a platform's income, freight earnings, tuition paid, an account's number and balance); asking an
  employer, platform or hotel for these counts as well. Not: the debtor's or guarantor's own words (also as a note
  records them), a hardship reply or deferral that names no condition and asks for no records, a geofence alarm or
  repossession notice that names no place, a repossession order that leaves the car's position to the GPS system,
  the address a letter or a field visit goes to, a court filing's lead on where a car is kept, a rule forbidding
  such use, a sheet or ticket that condemns it without naming the place or the condition.
- `pii.excessive`: relatives', neighbours', colleagues', bosses', friends' or an ex-spouse's names, numbers,
  employers, schools, vehicles or addresses, a child's name, or a full name with a home address, that the message
  does not need, the address book quoted. Not: a full name alone, an agent's or lawyer's name, the guarantor or
  co-borrower a message is about, the mortgaged flat and its certificate in a notice on that mortgage, the address
  a letter is sent to or a court paper gives, a relative the message is addressed to.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. Entities
mark every string of their type whoever it belongs to (an agent, a lawyer, a company's landline or credit code, an
agency's e-mail, a car's plate, written or as speech-to-text gives it); masked forms, 400 service numbers, VINs,
order, contract, case, bill, device, certificate and ticket numbers are not entities, nor is a +86 or 0086 before
a mobile; a surname with an honorific, a title or 小/老 (胡先生, 郭先生, 许阿姨, 小周, 王队长) is not a PERSON, a full
name is, and so is a name written twice, each time; ADDRESS reaches down to a road and number or a building and
room (7幢1602 too), while a compound, a hotel and its room number, a school or a hospital alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_be`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_be.jsonl"
ID_PREFIX = "PBE"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, CC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")


def call(*lines: str) -> str:
    """A call written out one speaker-prefixed turn a line, as a vendor's text export gives it."""
    return "\n".join(lines)


# --- SMS templates and filled messages to debtors, guarantors, co-borrowers and the people around them ------------

SMS: list[PiplEntry] = [
    ("sms", "debtor", "【远骋汽车金融】{客户姓名}您好，您名下车牌{车牌号}的远骋好车贷第{期数}期月供{月供金额}元已逾期{逾期天数}天，请及时通过远骋车贷App还款，如有困难可申请协商，客服400-867-2291。",
     [], []),
    ("sms", "debtor", "【远骋汽车金融】胡振宇先生，您的远骋好车贷已逾期47天，逾期金额6,430.00元。车辆GPS显示您这两周每晚停在鄞州区天童南路588号快途出行司机之家，白天在机场排队接单，请立即还款。",
     [(P, "胡振宇"), (A, "鄞州区天童南路588号")], [S]),
    ("sms", "debtor", "【远骋汽车金融】胡振宇先生，您的远骋好车贷合同YC-2022-0581347已逾期47天，应还6,430.00元，还款卡尾号4644。请于3日内还款或致电0574-87326519协商。",
     [(P, "胡振宇"), (LL, "0574-87326519")], []),
    ("sms", "debtor", "【正达资产】郭德胜先生，您作为魏东海在嘉澜银行安居经营贷的连带责任保证人，该笔借款已逾期62天，本息合计128,604.50元。依保证合同，请您于{截止日期}前履行保证责任，咨询0551-65238174。",
     [(P, "郭德胜"), (P, "魏东海"), (LL, "0551-65238174")], []),
    ("sms", "debtor", "【正达资产】郭德胜先生，魏东海欠款不还，您是担保人，他身份证340123197512095710、手机19010735026都在我们这儿，他现在天天躲在巢湖他丈母娘家，您去把他找出来。",
     [(P, "郭德胜"), (P, "魏东海"), (ID, "340123197512095710"), (MB, "19010735026")], [S, U]),
    ("sms", "third_party", "【衡远商务】林雅琴女士，您丈夫胡振宇的远骋好车贷已逾期47天，车辆即将被收回，请您督促他还款6,430.00元。",
     [(P, "林雅琴"), (P, "胡振宇")], [D]),
    ("sms", "third_party", "您好，这里是杭州衡远商务咨询，有事需要胡先生本人回电，请转告他拨打0571-86473052，谢谢。",
     [(LL, "0571-86473052")], []),
    ("sms", "third_party", "【衡远商务】澜悦府物业您好，7幢1单元1602室业主胡振宇车贷逾期未还，车牌浙B·5K7R2，如见该车进入小区请通知我们0571-86473052。",
     [(A, "7幢1单元1602室"), (P, "胡振宇"), (PL, "浙B·5K7R2"), (LL, "0571-86473052")], [D]),
    ("sms", "debtor", "【驰租融资租赁】钱晓峰先生，您以租代购的浙B·D36851已欠租35天，欠租9,720.00元。根据车载GPS，3月12日至14日该车停在悦途酒店（宁波东站店）停车场，3月15日出现在绍兴柯桥，请勿转移车辆。",
     [(P, "钱晓峰"), (PL, "浙B·D36851")], [S]),
    ("sms", "debtor", "【驰租融资租赁】{客户姓名}先生/女士，您租赁的车辆{车牌号}租金已逾期{逾期天数}天，按合同约定，逾期超过{宽限天数}天我司有权依约收回车辆。请通过驰租App或0574-89175230联系处理。",
     [(LL, "0574-89175230")], []),
    ("sms", "debtor", "【嘉澜银行】程立军先生，您作为共同借款人的安居经营贷（抵押房产：桂语华庭3幢2单元1101室）已逾期76天，本息43,518.27元，请尽快还款，避免我行依法处置抵押物。",
     [(P, "程立军"), (A, "桂语华庭3幢2单元1101室")], []),
    ("sms", "debtor", "【嘉澜银行】邵丽娟女士，您的安居经营贷已逾期76天。我行已查询到您近三个月的银行流水，每月经营收入约6.8万元，其中3月8日转入您女儿程一诺名下账户2万元，请如实还款。",
     [(P, "邵丽娟"), (P, "程一诺")], [S, X]),
    ("sms", "third_party", "【正达资产】您好，您邻居魏东海（春融苑8幢503室）在嘉澜银行的房抵贷款已逾期两个月，房子马上要被法院拍卖，请转告他联系我们。",
     [(P, "魏东海"), (A, "春融苑8幢503室")], [D]),
    ("sms", "debtor", "【衡远商务】潘志强先生，您为潘志刚远骋好车贷提供连带保证，该借款已逾期95天，欠款21,870.60元，请履行保证责任或督促借款人还款。详询0571-86473052。",
     [(P, "潘志强"), (P, "潘志刚"), (LL, "0571-86473052")], []),
    ("sms", "debtor", "【衡远商务】潘志强，你弟弟潘志刚的车我们GPS定位到了，在余杭区文一西路1818号地下车库，你作为担保人要么替他还21,870.60元，要么我们拖车，他老婆在良渚卫生院上班我们也知道。",
     [(P, "潘志强"), (P, "潘志刚"), (A, "余杭区文一西路1818号")], [S, X]),
    ("sms", "debtor", "【远骋汽车金融】任国平先生，您的还款账户6226092089093464本月扣款失败，逾期12天，应还2,980.00元，请确保余额充足。",
     [(P, "任国平"), (BC, "6226092089093464")], [U]),
    ("sms", "debtor", "【远骋汽车金融】任国平先生，您尾号3464的还款账户本月扣款失败，逾期12天，应还2,980.00元，请确保余额充足或在App内更换还款卡。",
     [(P, "任国平")], []),
    ("sms", "third_party", "【远骋汽车金融】星驰4S店您好，贵店售出的浙B·2Q6N8车主任国平车贷已逾期，如该车进店保养请拖住车辆并通知我司0574-87326519。",
     [(PL, "浙B·2Q6N8"), (P, "任国平"), (LL, "0574-87326519")], [D]),
    ("sms", "debtor", "【远骋汽车金融】任国平先生，经核实您的身份证号330203770411647与合同登记一致，您名下远骋好车贷已逾期12天，请于本周内还款。",
     [(P, "任国平"), (ID, "330203770411647")], [U]),
    ("sms", "debtor", "【驰租融资租赁】孟庆伟先生，您与严海燕共同承租的浙B·7F9L3租金已逾期21天，欠租5,140.00元，作为共同承租人请您一并处理，电话0574-89175230。",
     [(P, "孟庆伟"), (P, "严海燕"), (PL, "浙B·7F9L3"), (LL, "0574-89175230")], []),
    ("sms", "debtor", "【驰租融资租赁】严海燕女士，GPS显示您的车每天早上7点40分停在实验小学门口，送完孩子再去菜场，欠租5,140.00元请今天处理。",
     [(P, "严海燕")], [S]),
    ("sms", "third_party", "【驰租融资租赁】陶静女士您好，请转告钱晓峰先生尽快与我司联系，电话0574-89175230。",
     [(P, "陶静"), (P, "钱晓峰"), (LL, "0574-89175230")], []),
    ("sms", "third_party", "【驰租融资租赁】顺驰货运车队王队长您好，贵队司机钱晓峰（手机18351805827）租我司车辆欠租两个月，请从他这个月的运费里扣9,720元转给我司。",
     [(P, "钱晓峰"), (MB, "18351805827")], [D, U]),
    ("sms", "debtor", "【嘉澜银行】苏婉清女士，您的房抵贷款已逾期41天。据查您3月2日乘G7203次从合肥南去上海虹桥，住在锦程快捷酒店，出门旅游不如先还款。",
     [(P, "苏婉清")], [S]),
    ("sms", "debtor", "【嘉澜银行】苏婉清女士，您的房抵贷款已逾期41天，应还本息18,236.90元。如需协商还款，可致电0551-62874315或到合肥政务区支行办理。",
     [(P, "苏婉清"), (LL, "0551-62874315")], []),
    ("sms", "third_party", "【嘉澜银行】苏秀英阿姨，您女儿苏婉清抵押的天鹅湖畔花园12幢902室再不还款就要被拍卖，您一把年纪也不想没地方住吧。",
     [(P, "苏秀英"), (P, "苏婉清"), (A, "天鹅湖畔花园12幢902室")], [D]),
    ("sms", "debtor", "【正达资产】{客户姓名}，您名下抵押房产{房产地址}相关借款已逾期{逾期天数}天，请于{截止日期}前还款，逾期我方将依约申请实现担保物权。",
     [], []),
    ("sms", "debtor", "【衡远商务】卢文静女士，您为卢文涛的远骋好车贷担保，他手机19768712819、身份证32010219950826655X，人现在在昆山一家电子厂打工，住在厂宿舍，您联系他还钱。",
     [(P, "卢文静"), (P, "卢文涛"), (MB, "19768712819"), (ID, "32010219950826655X")], [S, U]),
    ("sms", "debtor", "【衡远商务】卢文静女士，您作为卢文涛车贷的保证人，保证范围内的逾期款项为7,312.40元，详情可查询保证合同第五条，如有异议请致电0571-86473052。",
     [(P, "卢文静"), (P, "卢文涛"), (LL, "0571-86473052")], []),
    ("sms", "debtor", "【远骋汽车金融】卢文涛先生，您的身份证32010219950826655x已被登记为失联客户，请速回电0574-87326519。",
     [(P, "卢文涛"), (ID, "32010219950826655x"), (LL, "0574-87326519")], [U]),
]

# --- Voice robots, keypad turns among them (one in traditional characters) ------------------------------------

ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("机器人：您好，这里是远骋汽车金融，请问是胡振宇先生本人吗？确认请按1。",
                            "客户：（按键1）",
                            "机器人：您的远骋好车贷已逾期47天，逾期金额6,430.00元，请尽快还款。如需人工服务请按0。"),
     [(P, "胡振宇")], []),
    ("call", "third_party", call("机器人：您好，这里是远骋汽车金融，请问是胡振宇先生吗？",
                                 "第三方：不是，我是他老婆。",
                                 "机器人：好的，请转告胡振宇先生，他的车贷已逾期47天，车辆已进入收车流程，请尽快还款。"),
     [(P, "胡振宇"), (P, "胡振宇")], [D]),
    ("call", "debtor", call("机器人：您好，这里是驰租融资租赁。为核实身份，您登记的手机号为幺八三五幺八洞五八两拐，如正确请按1。",
                            "客户：（按键1）",
                            "机器人：您的租金已逾期35天，欠租9,720元，请尽快支付。"),
     [(MB, "幺八三五幺八洞五八两拐")], [U]),
    ("call", "debtor", call("机器人：您好，这里是驰租融资租赁，请问您是尾号5827的机主本人吗？是请按1。",
                            "客户：（按键1）",
                            "机器人：您承租车辆的租金已逾期35天，请于本周内支付，详询0574-89175230。"),
     [(LL, "0574-89175230")], []),
    ("call", "debtor", call("机器人：钱晓峰先生您好，这里是驰租融资租赁车辆监控中心。系统检测到您的车辆浙B·D36851于昨晚23点驶出宁波，目前位于上虞服务区，请立即返回并联系我司。",
                            "客户：你们怎么知道我在哪？"),
     [(P, "钱晓峰"), (PL, "浙B·D36851")], [S]),
    ("call", "debtor", call("机器人：您好，这里是嘉澜银行个人贷款中心，请问是郭德胜先生吗？",
                            "客户：是的。",
                            "机器人：您担保的借款人魏东海的安居经营贷已逾期62天，请您履行保证责任，按1转人工。",
                            "客户：（按键1）"),
     [(P, "郭德胜"), (P, "魏东海")], []),
    ("call", "third_party", call("机器人：您好，这里是嘉澜银行，邵丽娟女士预留了您的电话，请转告她抵押在我行的桂语华庭房产贷款已逾期76天，即将进入诉讼。",
                                 "第三方：我跟她不熟。"),
     [(P, "邵丽娟")], [D]),
    ("call", "debtor", call("機器人：您好，這裡是遠騁汽車金融，請問是潘志剛先生本人嗎？確認請按1。",
                            "客戶：（按鍵1）",
                            "機器人：您的車貸已逾期95天，欠款21,870.60元，為保障您的權益，請盡快聯繫0571-86473052。"),
     [(P, "潘志剛"), (LL, "0571-86473052")], []),
    ("call", "debtor", call("机器人：严海燕女士您好，您的扣款卡号为六两五勾六拐六三八六洞八六八拐两，本月扣款失败，欠租5,140元，请确保余额充足。",
                            "客户：知道了。"),
     [(P, "严海燕"), (BC, "六两五勾六拐六三八六洞八六八拐两")], [U]),
    ("call", "third_party", call("机器人：您好，这里是驰租融资租赁，我们有急事联系严海燕女士，如果您认识她，请让她回电0574-89175230，谢谢。",
                                 "第三方：好的。"),
     [(P, "严海燕"), (LL, "0574-89175230")], []),
    ("call", "debtor", call("机器人：戴宏伟先生您好，这里是远骋汽车金融。您的车贷已逾期30天，您儿子戴睿所在的鄞州区东湖小学下周开家长会，请在此之前处理好欠款。",
                            "客户：（按键0）"),
     [(P, "戴宏伟"), (P, "戴睿")], [S, X]),
    ("call", "debtor", call("机器人：贺建明先生您好，您的租金已逾期18天。您预留的配偶方婷手机幺四勾五六幺四两五勾洞也无人接听，请尽快联系我司。",
                            "客户：（挂断）"),
     [(P, "贺建明"), (P, "方婷"), (MB, "幺四勾五六幺四两五勾洞")], [U, X]),
]

# --- Agents' calls as transcripts -----------------------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("坐席：您好，我是远骋汽车金融的客服小陈，请问是胡振宇先生吗？",
                            "客户：是我。",
                            "坐席：您的车贷已经逾期47天了，逾期金额6,430元，您这边什么情况？",
                            "客户：跑网约车这两个月单少，我手机换了，新号15019576610，你们记一下。",
                            "坐席：好的，已登记。可以先还一期3,215元，剩余申请分两个月补上，您看可以吗？"),
     [(P, "胡振宇"), (MB, "15019576610")], []),
    ("call", "debtor", call("坐席：胡先生，我们后台GPS看得清清楚楚，你上周三晚上在萧山一家洗浴中心待到凌晨两点，周五又去了舟山，有钱玩没钱还车贷？",
                            "客户：你们监视我？"),
     [], [S]),
    ("call", "third_party", call("坐席：喂，是林雅琴吗？我是衡远商务的，你老公胡振宇车贷欠了6,430，再不还我们就拖车了。",
                                 "第三方：我们已经分居了，他的事我不管。",
                                 "坐席：你们孩子胡子涵在中河小学三年级二班吧，车没了孩子上学怎么办？"),
     [(P, "林雅琴"), (P, "胡振宇"), (P, "胡子涵")], [D, S, X]),
    ("call", "debtor", call("坐席：您好，我是正达资产管理的刘敏，受嘉澜银行委托，请问是郭德胜先生吗？",
                            "客户：是，你们要核对的话，我身份证三四零一一一一九九五零五零七四六一六。",
                            "坐席：好的，核对无误。魏东海先生的借款已逾期62天，您作为保证人，保证范围内目前应付128,604.50元，您看是否能先和借款人沟通还款计划？",
                            "客户：我先找他谈谈。"),
     [(P, "刘敏"), (P, "郭德胜"), (ID, "三四零一一一一九九五零五零七四六一六"), (P, "魏东海")], []),
    ("call", "debtor", call("坐席：郭先生，您担保合同上留的还款卡是6222 0223 0740 1772 543，我们可以直接从这张卡划扣，您同意吗？",
                            "客户：不同意，先找魏东海。"),
     [(BC, "6222 0223 0740 1772 543"), (P, "魏东海")], [U]),
    ("call", "debtor", call("坐席：郭先生，魏东海上周二入住滨湖的悦途酒店，住了三晚，开房记录我们都查到了，他有钱住酒店，你这个担保人也跑不掉。",
                            "客户：他住哪跟我有什么关系。"),
     [(P, "魏东海")], [S]),
    ("call", "debtor", call("坐席：邵女士，您在我行的安居经营贷逾期76天了。我们调了您的流水，您丈夫程立军每月工资1.2万打到建行卡上，您女儿还在上钢琴课一个月两千，钱是有的吧？",
                            "客户：那是我们自己的事。"),
     [(P, "程立军")], [S]),
    ("call", "debtor", call("坐席：程先生您好，我是嘉澜银行贷后管理部的张磊，您和邵丽娟女士是安居经营贷的共同借款人，目前逾期76天，本息43,518.27元。抵押房产如果进入诉讼，会产生额外费用，我们希望先和您协商还款方案。",
                            "客户：我这个月能先还一万。",
                            "坐席：好的，我给您登记。"),
     [(P, "张磊"), (P, "邵丽娟")], []),
    ("call", "third_party", call("坐席：阿姨您好，我们是正达资产的外访人员，请问503的魏东海最近回来过吗？他欠银行房贷十几万，房子都抵押了。",
                                 "第三方：好久没见他了。",
                                 "坐席：他开一辆黑色的皖A·8C3D6，您要是看到了给我们打电话0551-65238174。"),
     [(P, "魏东海"), (PL, "皖A·8C3D6"), (LL, "0551-65238174")], [D]),
    ("call", "third_party", call("坐席：您好，是桂语华庭物业吗？我是嘉澜银行的，3幢2单元1101室的邵丽娟在我行抵押了房子，贷款逾期了，麻烦你们把她家的车位和车牌信息给我们，我们要核实。",
                                 "第三方：业主信息不能随便给。",
                                 "坐席：那你把她老公的电话给我也行。"),
     [(A, "3幢2单元1101室"), (P, "邵丽娟")], [D]),
    ("call", "third_party", call("坐席：师傅您好，我是速拓车辆服务的，受远骋汽车金融委托收车，你们小区地库里那辆浙A·3M8H6的车主潘志刚欠了两万多车贷，能不能开下闸放我们进去？",
                                 "第三方：没有业主同意不行。"),
     [(PL, "浙A·3M8H6"), (P, "潘志刚")], [D]),
    ("call", "debtor", call("坐席：潘先生您好，我是远骋汽车金融的客服，您的车辆浙A·3M8H6已于今天上午依合同收回，存放在我司指定停车场。车内个人物品请在七日内预约领取，结清欠款21,870.60元及收车费用后可申请赎回。",
                            "客户：收车费多少？",
                            "坐席：收车清单会以短信发给您，您也可以致电0574-87326519查询。"),
     [(PL, "浙A·3M8H6"), (LL, "0574-87326519")], []),
    ("call", "debtor", call("坐席：潘志刚，你车里的东西我们都清点了，有一盒你的抗抑郁药、一本你老婆的孕检单，还有你儿子学校的接送卡，想要回去先把钱结清。",
                            "客户：你们翻我东西？"),
     [(P, "潘志刚")], [S]),
    ("call", "debtor", call("坐席：钱先生，你在速运通上接的单我们都能看到，这周你跑了宁波到嘉兴四趟，每趟运费三千二，运费一到账就先付租金吧。",
                            "客户：这你们也查？"),
     [], [S]),
    ("call", "third_party", call("坐席：喂，顺驰货运调度吗？我是驰租融资租赁的，你们车队的钱晓峰欠我们租金两个月了，他开的浙B·D36851是我们的车，你们别再给他派单了。",
                                 "第三方：这是他个人的事吧。"),
     [(P, "钱晓峰"), (PL, "浙B·D36851")], [D]),
    ("call", "third_party", call("坐席：您好，我是驰租融资租赁的客服，请问钱晓峰先生在吗？",
                                 "第三方：他出车了，我是他同事。",
                                 "坐席：好的，麻烦您转告他方便时回电0574-89175230，谢谢。",
                                 "第三方：行。"),
     [(P, "钱晓峰"), (LL, "0574-89175230")], []),
    ("call", "debtor", call("坐席：严女士，您好，我是驰租的客服小吴。您的租金逾期21天了，请问遇到什么困难了吗？",
                            "客户：我最近住院做手术，钱都花在医院了。",
                            "坐席：理解，祝您早日康复。我们可以为您申请延期一个月，需要的话我给您登记，不需要提供病历。",
                            "客户：那好，谢谢。"),
     [], []),
    ("call", "debtor", call("坐席：严海燕，你老公孟庆伟上个月开着这车去了三趟海宁，都停在同一个小区，他去那儿干什么你知道吗？车是你们俩共同承租的，租金你们谁来还？",
                            "客户：你说什么？"),
     [(P, "严海燕"), (P, "孟庆伟")], [S]),
    ("call", "debtor", call("坐席：戴先生，我是远骋汽车金融贷后的，您在宁波甬达物流当司机，月薪八千六，公积金每月缴一千二，您的收入完全可以覆盖月供2,160元。",
                            "客户：你们怎么知道我的工资？"),
     [], [S]),
    ("call", "third_party", call("坐席：您好，是甬达物流人事部吗？我是远骋汽车金融的，你们司机戴宏伟车贷逾期30天没还，身份证330226198805069038，麻烦你们从他工资里代扣。",
                                 "第三方：我们不能这么做。"),
     [(P, "戴宏伟"), (ID, "330226198805069038")], [D, U]),
    ("call", "debtor", call("坐席：贺建明先生，我们查到您的护照EJ4589540上个月有出境记录，去了越南，回来之后租金一直不付，您是不是打算跑路？",
                            "客户：我出差。"),
     [(P, "贺建明"), (PP, "EJ4589540")], [S, U]),
    ("call", "debtor", call("坐席：贺先生您好，我是驰租融资租赁的客服，为了核实身份，请您报一下身份证后四位。",
                            "客户：2730。",
                            "坐席：核实通过。您的租金逾期18天，欠租4,320元，今天可以处理吗？",
                            "客户：下周一吧。",
                            "坐席：好的，我登记周一，到时再提醒您。"),
     [], []),
    ("call", "third_party", call("坐席：您好，星驰4S店售后吗？我是远骋汽车金融的，你们店维修的那辆浙B·2Q6N8车主任国平，我们查到他下周二约了保养，到时能不能先把车扣下？",
                                 "第三方：这个我们做不了主。"),
     [(PL, "浙B·2Q6N8"), (P, "任国平")], [D]),
    ("call", "debtor", call("坐席：苏婉清，你不接电话我们只能打你妈苏秀英了，她住在肥东县店埠镇永安路36号，电话幺八幺三五五五六洞四幺，你想让老人家天天接催收电话？",
                            "客户：别打我妈。"),
     [(P, "苏婉清"), (P, "苏秀英"), (A, "肥东县店埠镇永安路36号"), (MB, "幺八幺三五五五六洞四幺")], [U, X]),
    ("call", "debtor", call("坐席：孟先生，您和严海燕共同承租的那辆车，GPS显示这个月每周二、周五晚上都停在海宁市硖石街道文宗路56号楼下，过夜才走，租金您先垫上吧。",
                            "客户：……"),
     [(P, "严海燕"), (A, "海宁市硖石街道文宗路56号")], [S]),
]

# --- Agents' calls as speech-to-text output: no punctuation, fillers, numbers read aloud ----------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("坐席：喂 你好 请问是钱晓峰先生吗",
                            "客户：嗯 是我",
                            "坐席：那个 跟您核对一下 您身份证号是三三洞两两六幺勾八勾洞两洞拐六两五六 对吧",
                            "客户：对",
                            "坐席：您那个租金已经欠三十五天了 九千七百二 今天能处理吗"),
     [(P, "钱晓峰"), (ID, "三三洞两两六幺勾八勾洞两洞拐六两五六")], [U]),
    ("call", "debtor", call("坐席：喂 您好 这边是驰租融资租赁的 请问是钱先生吗",
                            "客户：是",
                            "坐席：嗯 您身份证后四位报一下",
                            "客户：六二五六",
                            "坐席：好的 那个租金逾期三十五天 您看这周能不能先付一期",
                            "客户：周五吧"),
     [], []),
    ("call", "debtor", call("坐席：喂 钱晓峰啊 你车现在停在柯桥那个轻纺城旁边的停车场 我们定位一直在看 你昨天晚上十一点才回去的 别以为换了地方我们就找不到",
                            "客户：嗯"),
     [(P, "钱晓峰")], [S]),
    ("call", "debtor", call("坐席：喂 郭先生是吧 正达的 魏东海你认识吧 他现在那个手机幺勾洞幺洞拐三五洞两六 打不通 你是担保人 你有没有他别的号码",
                            "客户：我也联系不上"),
     [(P, "魏东海"), (MB, "幺勾洞幺洞拐三五洞两六")], [U]),
    ("call", "third_party", call("坐席：喂 你好 我们是速拓拖车的 那个 你们车库里有个浙A3M8H6 车主叫潘志刚 欠远骋的车贷没还 我们现在要拖 你帮我们开下门",
                                 "第三方：你们有手续吗"),
     [(PL, "浙A3M8H6"), (P, "潘志刚")], [D]),
    ("call", "debtor", call("坐席：喂 严女士 嗯 那个你儿子孟子轩 实验小学一年级三班的 对吧 我们这边外访的同事下午放学去学校门口等你 你把租金带上",
                            "客户：你们别去学校"),
     [(P, "孟子轩")], [S, X]),
    ("call", "debtor", call("坐席：喂 您好 是严海燕女士吗 这边驰租融资租赁",
                            "客户：是 我刚出院",
                            "坐席：哦 那您先好好休养 租金的事我这边给您申请延后一个月 您看行吗",
                            "客户：行 谢谢"),
     [(P, "严海燕")], []),
    ("call", "debtor", call("坐席：喂 卢文涛 你那个还款卡 六两八两八八洞两拐五三三拐拐拐三 里面一分钱都没有 你工资是不是发到别的卡上了",
                            "客户：没有别的卡"),
     [(P, "卢文涛"), (BC, "六两八两八八洞两拐五三三拐拐拐三")], [U]),
    ("call", "debtor", call("坐席：喂 卢女士您好 衡远商务的 受远骋汽车金融委托 您弟弟卢文涛那笔车贷 您是保证人 现在逾期七千三百一十二块四 您看您这边能不能先联系一下他",
                            "客户：我给他打电话 他手机幺勾拐六八拐幺两八幺勾",
                            "坐席：好的 麻烦您了"),
     [(P, "卢文涛"), (MB, "幺勾拐六八拐幺两八幺勾")], []),
    ("call", "third_party", call("坐席：喂 悦途酒店吗 我想问一下 你们那儿是不是住着一个叫钱晓峰的 他欠我们驰租的租金 车就停在你们停车场",
                                 "第三方：客人信息我们不能透露"),
     [(P, "钱晓峰")], [D]),
    ("call", "debtor", call("坐席：喂 苏婉清 你昨天坐的那个G七二零三 九点多到的虹桥 对吧 去上海玩得开心吗 贷款逾期四十一天了 钱呢",
                            "客户：你们怎么知道"),
     [(P, "苏婉清")], [S]),
    ("call", "third_party", call("坐席：喂 你是任国平同事吧 他身份证三三洞两洞三拐拐洞四幺幺六四拐 这是他本人 他车贷逾期了 你让他赶紧还",
                                 "第三方：我不清楚"),
     [(P, "任国平"), (ID, "三三洞两洞三拐拐洞四幺幺六四拐")], [D, U]),
    ("call", "debtor", call("坐席：喂 戴先生 您说要去国外工作 要办延期是吧",
                            "客户：对 我护照是E两六六六幺两洞三 下个月走",
                            "坐席：好的 您出国前把剩下的两期结清 或者给我们一个能联系上的邮箱就行"),
     [(PP, "E两六六六幺两洞三")], []),
    ("call", "debtor", call("坐席：邵丽娟 你店在长江西路六八九号 你老公程立军在合肥轨道集团上班 女儿程一诺在西园新村小学 我们都清楚 嗯 房贷你打算怎么还",
                            "客户：你们调查我"),
     [(P, "邵丽娟"), (A, "长江西路六八九号"), (P, "程立军"), (P, "程一诺")], [S, X]),
    ("call", "debtor", call("坐席：喂 胡振宇 快途出行那边我们也联系了 你的账号流水一天跑三四百 嗯 别说没钱",
                            "客户：平台怎么会给你们"),
     [(P, "胡振宇")], [S]),
    ("call", "debtor", call("坐席：喂 你好 请问是胡振宇先生本人吗",
                            "客户：嗯 你哪位",
                            "坐席：我是远骋汽车金融的 关于您那个车贷 逾期四十七天 想跟您确认一下还款时间",
                            "客户：下周三发工资就还",
                            "坐席：好的 下周三 我给您备注"),
     [(P, "胡振宇")], []),
    ("call", "debtor", call("坐席：喂 章立新 你老婆林晓燕 手机幺八勾两六洞洞洞拐洞五 她说你们已经分居了 你现在住哪我们也知道 嗯",
                            "客户：你们找她干嘛"),
     [(P, "章立新"), (P, "林晓燕"), (MB, "幺八勾两六洞洞洞拐洞五")], [U, X]),
]

# --- In-app messages, WeChat messages and posts -------------------------------------------------------------------

APP: list[PiplEntry] = [
    ("app", "debtor", "【远骋车贷】尊敬的用户，您的好车贷本期月供3,215.00元已逾期，请点击“立即还款”完成支付。如有困难，可在“我的-协商还款”中提交申请。",
     [], []),
    ("app", "debtor", "【远骋车贷】车辆轨迹提醒：您的车辆浙B·5K7R2近7日常驻地为鄞州区天童南路588号，夜间停放地为澜悦府地下车库。因您已逾期47天，车辆已被列入收车名单。",
     [(PL, "浙B·5K7R2"), (A, "鄞州区天童南路588号")], [S]),
    ("app", "third_party", "【澜悦府业主群】各位邻居好，7幢1单元1602室的胡振宇欠远骋汽车金融车贷不还，白色帕萨特浙B·5K7R2是抵押车，大家见到请联系0571-86473052。",
     [(A, "7幢1单元1602室"), (P, "胡振宇"), (PL, "浙B·5K7R2"), (LL, "0571-86473052")], [D]),
    ("app", "third_party", "【桂语华庭业主群】3幢的邻居们，1101的邵丽娟把房子抵押给银行还不上贷款，房子要被法拍了，她家闺女在西园新村小学五年级，大家看好自家孩子。",
     [(P, "邵丽娟")], [D, S]),
    ("app", "debtor", "【驰租App】您的租赁合同CZ-2023-1186第9期租金4,860.00元已逾期35天。请于账单页完成支付，如需延期请在线提交申请，我们将在1个工作日内回复。",
     [], []),
    ("app", "debtor", "【驰租App】电子围栏告警：您的车辆已驶出合同约定使用区域（宁波市），当前位置：绍兴市柯桥区笛扬路1009号附近。请于24小时内返回，否则我司将依约采取收车措施。",
     [(A, "绍兴市柯桥区笛扬路1009号")], [S]),
    ("app", "debtor", "【驰租App】电子围栏提醒：系统检测到您的车辆已驶出合同约定使用区域，请尽快返回并联系客服0574-89175230。",
     [(LL, "0574-89175230")], []),
    ("app", "debtor", "【微信】驰租小周：钱哥，你这几天在悦途酒店东站店住的806房吧，前台说你每天早上六点出车，钱不给就别怪我们去酒店等你。",
     [], [S]),
    ("app", "debtor", "【微信】正达资产刘敏：郭先生您好，附件是魏东海借款的保证合同和逾期明细（身份证号已做脱敏处理：3401**********5710），请您查阅，如有疑问随时联系。",
     [(P, "刘敏"), (P, "魏东海")], []),
    ("app", "debtor", "【微信】正达资产刘敏：郭先生，魏东海的身份证340123197512095710，他名下还有一张6222620972438706768的卡，您作为担保人可以去银行查一下流水。",
     [(P, "刘敏"), (P, "魏东海"), (ID, "340123197512095710"), (BC, "6222620972438706768")], [S, U]),
    ("app", "third_party", "【微信】驰租小周：嫂子你好，钱晓峰那辆车租金欠了9,720，他现在天天住酒店不回家，你知道吗？",
     [(P, "钱晓峰")], [D, S]),
    ("app", "debtor", "【嘉澜银行App】您的安居经营贷已逾期，当前应还本息43,518.27元。您可在“贷款-还款计划”中查看明细，或预约客户经理办理展期。",
     [], []),
    ("app", "debtor", "【嘉澜银行App】邵丽娟女士，您配偶程立军（手机１７８４６１４４５９２）为共同借款人，已同步推送逾期提醒。",
     [(P, "邵丽娟"), (P, "程立军"), (MB, "１７８４６１４４５９２")], [U]),
    ("app", "third_party", "【朋友圈】寻车：白色帕萨特浙B·5K7R2，车主胡振宇，身份证330212198204182117，欠远骋车贷逾期不还，提供车辆位置者奖励500元。",
     [(PL, "浙B·5K7R2"), (P, "胡振宇"), (ID, "330212198204182117")], [D, U]),
    ("app", "debtor", "【远骋车贷】您好，您的车辆已依《汽车抵押贷款合同》第十二条收回，现存放于速拓停车场。请于7日内联系0574-88219046预约领取车内物品，赎车需结清逾期款项及合理费用。",
     [(LL, "0574-88219046")], []),
    ("app", "debtor", "【远骋车贷】潘志刚先生，收车清单：车内有您的身份证（330106199402259455）、驾驶证、建行卡一张、您母亲的住院病历一份，请带现金21,870.60元来取。",
     [(P, "潘志刚"), (ID, "330106199402259455")], [S, U]),
    ("app", "third_party", "【顺驰车队群】通知：司机钱晓峰因欠驰租融资租赁租金，车辆浙B·D36851即日起停止派单，请各位司机不要与其私下交易该车。",
     [(P, "钱晓峰"), (PL, "浙B·D36851")], [D]),
    ("app", "debtor", "【驰租App】孟庆伟先生，您作为共同承租人的合同第5期租金逾期21天，欠租5,140.00元，请与主承租人协商支付，详询0574-89175230。",
     [(P, "孟庆伟"), (LL, "0574-89175230")], []),
    ("app", "debtor", "【远骋车贷】卢文涛先生，系统显示您已连续三周在昆山市玉山镇登录App，晚上都在同一宿舍区，请尽快还款7,312.40元。",
     [(P, "卢文涛")], [S]),
    ("app", "debtor", "【远骋车贷】保证人服务：卢女士，您担保的车贷合同已逾期，保证范围内应付7,312.40元。您可在保证人页面查看合同条款并提出异议。",
     [], []),
    ("app", "third_party", "【实验小学一年级三班家长群】各位家长好，孟子轩的妈妈严海燕欠我们驰租的车租五千多，谁有她家新地址麻烦私信我。",
     [(P, "孟子轩"), (P, "严海燕")], [D, S, X]),
    ("app", "debtor", "【嘉澜银行App】萧玉梅女士，您的港澳通行证C91859255显示您上周经拱北口岸出境，贷款逾期期间请勿离开内地。",
     [(P, "萧玉梅"), (PP, "C91859255")], [S, U]),
]

# --- Letters and notices to debtors, guarantors, co-borrowers and third parties -----------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：YC-CS-2024-0317\n胡振宇先生：\n您于2022年5月与我司签订的《汽车抵押贷款合同》（合同号YC-2022-0581347，抵押车辆浙B·5K7R2）已逾期47天，逾期金额6,430.00元。请于2024年4月10日前通过远骋车贷App或对公账户还款。如有异议，请于收到本函后7日内致电0574-87326519。\n远骋汽车金融有限公司\n2024年3月25日",
     [(P, "胡振宇"), (PL, "浙B·5K7R2"), (LL, "0574-87326519")], []),
    ("notice", "debtor", "履行保证责任通知书\n郭德胜先生：\n借款人魏东海于2021年9月向我行申请安居经营贷80万元，您为该笔借款提供连带责任保证。截至2024年3月20日，该借款已逾期62天，本息合计128,604.50元。依据《保证合同》第三条，请您于收到本通知之日起15日内履行保证责任。\n嘉澜银行合肥分行\n联系电话：0551-62874315",
     [(P, "郭德胜"), (P, "魏东海"), (LL, "0551-62874315")], []),
    ("notice", "debtor", "致担保人潘志强：\n你弟弟潘志刚欠我司车贷21,870.60元，他身份证330106199402259455，现住杭州市余杭区五常街道荆长大道88号2幢1503室，老婆在良渚卫生院当护士，你作为担保人应督促其还款。\n杭州衡远商务咨询有限公司",
     [(P, "潘志强"), (P, "潘志刚"), (ID, "330106199402259455"), (A, "杭州市余杭区五常街道荆长大道88号2幢1503室")], [U, X]),
    ("notice", "debtor", "关于抵押房产处置的告知函\n邵丽娟女士、程立军先生：\n二位作为共同借款人于2020年6月以位于合肥市蜀山区桂语华庭3幢2单元1101室的房产（不动产权证号：皖(2020)合肥市不动产权第0213567号）向我行办理抵押贷款。该贷款已逾期76天。如于2024年4月30日前仍未清偿，我行将依法向人民法院申请实现担保物权。\n嘉澜银行合肥分行\n2024年4月8日",
     [(P, "邵丽娟"), (P, "程立军"), (A, "合肥市蜀山区桂语华庭3幢2单元1101室")], []),
    ("notice", "debtor", "催告函\n邵丽娟女士：\n经查，您名下工行账户近六个月流水显示，您每月向程一诺（您女儿）名下账户转账，另向合肥和美妇产医院支付费用3.6万元。请您如实说明资金去向并立即还款。\n嘉澜银行",
     [(P, "邵丽娟"), (P, "程一诺")], [S, X]),
    ("notice", "third_party", "致桂语华庭物业服务中心：\n业主邵丽娟（3幢2单元1101室）因在我行抵押贷款逾期，其房产将进入司法处置程序。请贵中心协助提供该户近三个月的水电缴费及入住情况。\n嘉澜银行合肥分行",
     [(P, "邵丽娟"), (A, "3幢2单元1101室")], [D]),
    ("notice", "third_party", "协助执行通知书（转交）\n桂语华庭物业服务中心：\n现转交合肥市蜀山区人民法院（2024）皖0104执1532号协助执行通知书一份，请依法办理。\n嘉澜银行合肥分行",
     [], []),
    ("notice", "debtor", "车辆收回通知书\n钱晓峰先生：\n因您承租的车辆（车牌浙B·D36851，车架号LFV2A21K7M4093826）租金逾期超过30日，我司已于2024年3月18日依《融资租赁合同》第十条收回该车。请于10日内结清欠租9,720.00元及合理费用后申请取回。车内物品清单另附。\n宁波驰租融资租赁有限公司\n电话：0574-89175230",
     [(P, "钱晓峰"), (PL, "浙B·D36851"), (LL, "0574-89175230")], []),
    ("notice", "debtor", "车内物品清单\n钱晓峰先生：收车时车内发现：您的护照EH6044160一本、宁波第一医院精神科门诊病历一份、妻子陶静的身份证复印件一张。物品已封存，结清欠款后领取。\n驰租融资租赁",
     [(P, "钱晓峰"), (PP, "EH6044160"), (P, "陶静")], [S, U, X]),
    ("notice", "debtor", "逾期提醒函\n任国平先生（身份证号330203*******647）：\n您的远骋好车贷已逾期12天，应还2,980.00元。请于2024年4月5日前还款。客服电话400-867-2291。\n远骋汽车金融有限公司",
     [(P, "任国平")], []),
    ("notice", "third_party", "协查函\n宁波甬达物流有限公司人事部：\n贵司员工戴宏伟（身份证330226198805069038，驾驶员）在我司办理车贷逾期30天，欠款4,320元。请贵司协助提供其工资发放账户及现住址。\n远骋汽车金融有限公司\n联系人：徐晓东 0574-87326519",
     [(P, "戴宏伟"), (ID, "330226198805069038"), (P, "徐晓东"), (LL, "0574-87326519")], [D, S, U]),
    ("notice", "debtor", "律师函\n戴宏伟先生：\n本所受远骋汽车金融有限公司委托，就您的车贷逾期事宜致函。您的儿子戴睿（身份证330782201706226651）在鄞州区东湖小学就读，望您为家庭考虑，尽快还款4,320元。\n浙江衡信律师事务所\n律师：沈嘉明",
     [(P, "戴宏伟"), (P, "戴睿"), (ID, "330782201706226651"), (P, "沈嘉明")], [S, U, X]),
    ("notice", "debtor", "律师函\n卢文涛先生：\n浙江衡信律师事务所受远骋汽车金融有限公司委托，就您的《汽车抵押贷款合同》逾期事宜郑重致函：截至本函发出之日，您已逾期68天，欠款7,312.40元。请于收函后10日内还款，否则委托人将依法提起诉讼。\n律师：沈嘉明\n电话：0571-85097316\n邮箱：legal@hengxinlaw.cn",
     [(P, "卢文涛"), (P, "沈嘉明"), (LL, "0571-85097316"), (EM, "legal@hengxinlaw.cn")], []),
    ("notice", "debtor", "担保人告知函\n卢文静女士：\n借款人卢文涛逾期68天，欠款7,312.40元。经查，其现于昆山市玉山镇一电子厂务工，居住于该厂宿舍B栋，每周日回昆山市区网吧。请您督促其还款。\n杭州衡远商务咨询有限公司",
     [(P, "卢文静"), (P, "卢文涛")], [S]),
    ("notice", "debtor", "租金催告函\n严海燕女士、孟庆伟先生：\n二位作为共同承租人，合同号CZ-2023-0942项下车辆浙B·7F9L3租金已逾期21天，欠租5,140.00元。请于2024年4月12日前支付。\n宁波驰租融资租赁有限公司",
     [(P, "严海燕"), (P, "孟庆伟"), (PL, "浙B·7F9L3")], []),
    ("notice", "third_party", "公告\n澜悦府7幢1单元1602室业主胡振宇，身份证330212198204182117，拖欠远骋汽车金融车贷6,430元，抵押车辆浙B·5K7R2已被列入收车名单。特此公告。\n杭州衡远商务咨询有限公司",
     [(A, "澜悦府7幢1单元1602室"), (P, "胡振宇"), (ID, "330212198204182117"), (PL, "浙B·5K7R2")], [D, U]),
    ("notice", "third_party", "协助函\n快途出行宁波运营中心：\n贵平台司机胡振宇（车牌浙B·5K7R2，手机15019576610）在我司车贷逾期47天。请贵平台提供其近30天的接单轨迹及收入流水，并暂停其提现。\n远骋汽车金融有限公司",
     [(P, "胡振宇"), (PL, "浙B·5K7R2"), (MB, "15019576610")], [D, S, U]),
    ("notice", "debtor", "房产抵押贷款逾期通知\n苏婉清女士：\n您以合肥市政务区天鹅湖畔花园12幢902室房产抵押的贷款已逾期41天，应还本息18,236.90元。请于2024年4月15日前还款或与我行协商。\n嘉澜银行合肥分行 0551-62874315",
     [(P, "苏婉清"), (A, "合肥市政务区天鹅湖畔花园12幢902室"), (LL, "0551-62874315")], []),
    ("notice", "debtor", "还款催告函\n萧玉梅女士：\n我行调阅您的账户6227002158213434985，发现您近三个月向香港账户汇款累计42万元，另有一笔澳门酒店消费。请说明资金用途。\n嘉澜银行",
     [(P, "萧玉梅"), (BC, "6227002158213434985")], [S, U]),
    ("notice", "debtor", "逾期通知\n魏东海先生：您尾号5710证件项下的安居经营贷已逾期62天，请联系0551-65238174。\n合肥正达资产管理有限公司受嘉澜银行委托",
     [(P, "魏东海"), (LL, "0551-65238174")], []),
    ("notice", "third_party", "致合肥市包河区实验学校：\n贵校教师许丽之丈夫魏东海在嘉澜银行抵押贷款逾期62天，欠款128,604.50元，房产（春融苑8幢503室）即将拍卖，请贵校督促许丽老师配合还款。\n合肥正达资产管理有限公司",
     [(P, "许丽"), (P, "魏东海"), (A, "春融苑8幢503室"), (P, "许丽")], [D]),
    ("notice", "debtor", "催收函\n邓长林先生：\n您的回乡证H58853815及身份证510107740113483均登记在我司车贷合同中，您的车贷已逾期55天，欠款9,880元，请于10日内还款。\n远骋汽车金融有限公司",
     [(P, "邓长林"), (PP, "H58853815"), (ID, "510107740113483")], [U]),
    ("notice", "debtor", "保证责任告知函\n郭德胜先生：\n借款人魏东海名下账户6222620972438706768近三个月无入账，其公积金已于2月提取完毕。请您依约承担保证责任，偿还128,604.50元。\n合肥正达资产管理有限公司",
     [(P, "郭德胜"), (P, "魏东海"), (BC, "6222620972438706768")], [S, U]),
    ("notice", "third_party", "协助查询函\n悦途酒店（宁波东站店）：\n我司承租人钱晓峰（手机18351805827）拖欠租金，请贵店提供其3月入住登记及车辆进出记录。\n宁波驰租融资租赁有限公司",
     [(P, "钱晓峰"), (MB, "18351805827")], [D, S, U]),
]

# --- Court papers and enforcement filings, where full identifiers are lawful ---------------------------------------

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：远骋汽车金融有限公司，统一社会信用代码9133020392X37KBRQH，住所地宁波市鄞州区首南中路1200号。\n被告：胡振宇，男，1982年4月18日出生，汉族，身份证号330212198204182117，住宁波市鄞州区澜悦府7幢1单元1602室，电话15019576610。\n诉讼请求：1.判令被告偿还借款本金86,400元及利息；2.判令原告对抵押车辆浙B·5K7R2折价或拍卖所得价款优先受偿。",
     [(CC, "9133020392X37KBRQH"), (A, "宁波市鄞州区首南中路1200号"), (P, "胡振宇"), (ID, "330212198204182117"),
      (A, "宁波市鄞州区澜悦府7幢1单元1602室"), (MB, "15019576610"), (PL, "浙B·5K7R2")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：嘉澜银行股份有限公司合肥分行\n被执行人一：魏东海，男，身份证号340123197512095710，住合肥市包河区滨湖世纪城春融苑8幢503室。\n被执行人二：郭德胜，男，身份证号340111199505074616，住合肥市蜀山区黄山路466号。\n执行依据：合肥市蜀山区人民法院（2023）皖0104民初8821号民事判决书。\n申请事项：拍卖被执行人一名下抵押房产（皖(2019)合肥市不动产权第0158842号），被执行人二承担连带清偿责任。",
     [(P, "魏东海"), (ID, "340123197512095710"), (A, "合肥市包河区滨湖世纪城春融苑8幢503室"), (P, "郭德胜"),
      (ID, "340111199505074616"), (A, "合肥市蜀山区黄山路466号")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：宁波驰租融资租赁有限公司，统一社会信用代码91330212UT6A21F617。\n被申请人：钱晓峰，身份证号330226198902076256，手机18351805827。\n请求事项：查封被申请人名下银行账户6214850973003152内存款9,720元，并扣押租赁车辆浙B·D36851。",
     [(CC, "91330212UT6A21F617"), (P, "钱晓峰"), (ID, "330226198902076256"), (MB, "18351805827"),
      (BC, "6214850973003152"), (PL, "浙B·D36851")], []),
    ("notice", "unknown", "证据目录\n证据一：《融资租赁合同》，证明原被告租赁关系；\n证据二：车载GPS轨迹记录（2024年3月1日至3月20日），证明被告擅自将车辆驶离约定区域；\n证据三：催收通话录音，证明原告已履行催告义务。\n提交人：宁波驰租融资租赁有限公司",
     [], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：邵丽娟\n身份证号：340123198208282989\n送达地址：合肥市蜀山区长江西路689号丽娟服装店\n手机：13737360737\n电子邮箱：shaolijuan82@163.com",
     [(P, "邵丽娟"), (ID, "340123198208282989"), (A, "合肥市蜀山区长江西路689号"), (MB, "13737360737"),
      (EM, "shaolijuan82@163.com")], []),
    ("notice", "unknown", "实现担保物权申请书\n申请人：嘉澜银行股份有限公司合肥分行\n被申请人：邵丽娟，女，身份证号340123198208282989；程立军，男，身份证号34020219791018451X。\n请求事项：拍卖、变卖被申请人共有的位于合肥市蜀山区桂语华庭3幢2单元1101室的房产（不动产权证号皖(2020)合肥市不动产权第0213567号），所得价款由申请人优先受偿。",
     [(P, "邵丽娟"), (ID, "340123198208282989"), (P, "程立军"), (ID, "34020219791018451X"),
      (A, "合肥市蜀山区桂语华庭3幢2单元1101室")], []),
    ("notice", "unknown", "安徽省合肥市蜀山区人民法院\n民事判决书\n（2023）皖0104民初8821号\n原告：嘉澜银行股份有限公司合肥分行。\n被告：魏东海，男，1975年12月9日出生，住合肥市包河区滨湖世纪城春融苑8幢503室。\n被告：郭德胜，男，1995年5月7日出生，住合肥市蜀山区黄山路466号。\n本院认为，被告郭德胜作为连带责任保证人，应对被告魏东海的债务承担连带清偿责任。",
     [(P, "魏东海"), (A, "合肥市包河区滨湖世纪城春融苑8幢503室"), (P, "郭德胜"), (A, "合肥市蜀山区黄山路466号"),
      (P, "郭德胜"), (P, "魏东海")], []),
    ("notice", "unknown", "限制消费及限制出境申请书\n申请执行人：嘉澜银行股份有限公司合肥分行\n被执行人：萧玉梅，女，身份证号310115198009095229，港澳通行证号C91859255，护照号E91289893。\n事实与理由：被执行人有能力履行而拒不履行，且近期频繁出入境，申请对其限制出境。",
     [(P, "萧玉梅"), (ID, "310115198009095229"), (PP, "C91859255"), (PP, "E91289893")], []),
    ("notice", "unknown", "民事答辩状\n答辩人：潘志强，男，身份证号330424198004223451，住杭州市余杭区良渚街道古墩路1999号3幢602室，电话15210233498。\n答辩意见：答辩人签署的保证合同约定保证期间为主债务履行期届满之日起六个月，原告未在保证期间内要求答辩人承担责任，答辩人不应承担保证责任。",
     [(P, "潘志强"), (ID, "330424198004223451"), (A, "杭州市余杭区良渚街道古墩路1999号3幢602室"), (MB, "15210233498")], []),
    ("notice", "unknown", "合肥市蜀山区人民法院拍卖公告\n本院将于2024年6月18日10时起在网络司法拍卖平台公开拍卖被执行人魏东海名下位于合肥市包河区滨湖世纪城春融苑8幢503室的房产，起拍价138万元。",
     [(P, "魏东海"), (A, "合肥市包河区滨湖世纪城春融苑8幢503室")], []),
    ("notice", "unknown", "支付令申请书\n申请人：远骋汽车金融有限公司，统一社会信用代码9133020392X37KBRQH。\n被申请人：任国平，男，身份证号330203770411647，住宁波市海曙区望春街道丽园北路1066号5幢301室。\n请求事项：督促被申请人支付到期借款2,980元及逾期利息。",
     [(CC, "9133020392X37KBRQH"), (P, "任国平"), (ID, "330203770411647"), (A, "宁波市海曙区望春街道丽园北路1066号5幢301室")], []),
    ("notice", "unknown", "民事起诉状\n原告：远骋汽车金融有限公司\n被告一：卢文涛，男，身份证号32010219950826655X，住南京市玄武区玄武大道88号2栋1单元302室。\n被告二：卢文静，女，身份证号33030219880718128X，住温州市鹿城区学院中路233号。\n诉讼请求：判令被告一偿还借款7,312.40元，被告二承担连带保证责任。",
     [(P, "卢文涛"), (ID, "32010219950826655X"), (A, "南京市玄武区玄武大道88号2栋1单元302室"), (P, "卢文静"),
      (ID, "33030219880718128X"), (A, "温州市鹿城区学院中路233号")], []),
    ("notice", "unknown", "调解笔录\n时间：2024年4月22日\n地点：宁波市鄞州区人民法院第三调解室\n调解员：叶晓蕾\n原告委托代理人：沈嘉明（浙江衡信律师事务所律师）\n被告：胡振宇，身份证号330212198204182117\n被告表示：本人跑网约车收入不稳定，愿分六期偿还。\n原告代理人：同意。",
     [(P, "叶晓蕾"), (P, "沈嘉明"), (P, "胡振宇"), (ID, "330212198204182117")], []),
    ("notice", "unknown", "执行线索提供书\n申请执行人：宁波驰租融资租赁有限公司\n被执行人：钱晓峰，身份证号330226198902076256\n线索：被执行人名下车辆浙B·D36851经常停放于宁波市鄞州区宁南北路1156号悦途酒店停车场，申请法院依法扣押。",
     [(P, "钱晓峰"), (ID, "330226198902076256"), (PL, "浙B·D36851"), (A, "宁波市鄞州区宁南北路1156号")], []),
    ("email", "unknown", "诉讼材料电子提交\n收件：宁波市鄞州区人民法院立案庭\n附件：起诉状、身份证明、证据目录\n被告：戴宏伟，身份证号330226198805069038，护照号E26661203（被告可能出境，附此信息以便送达）\n原告联系人：沈嘉明律师 legal@hengxinlaw.cn",
     [(P, "戴宏伟"), (ID, "330226198805069038"), (PP, "E26661203"), (P, "沈嘉明"), (EM, "legal@hengxinlaw.cn")], []),
    ("notice", "unknown", "执行裁定书\n（2024）浙0212执2207号\n被执行人：钱晓峰，男，身份证号330226198902076256。\n本院查明，被执行人名下车辆浙B·D36851已由申请执行人依法扣押。裁定如下：拍卖被执行人名下车辆浙B·D36851。",
     [(P, "钱晓峰"), (ID, "330226198902076256"), (PL, "浙B·D36851"), (PL, "浙B·D36851")], []),
]

# --- E-mails between the lenders, their agencies, the towing firm and the law firm, and to debtors ---------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：collection@yuanchengqc.com.cn\n收件人：dispatch@sutuo-car.cn\n主题：收车委托 YC-2022-0581347\n速拓车辆服务：兹委托贵司依合同收回抵押车辆一台：白色帕萨特，车牌浙B·5K7R2，车架号LSVAX60E5N2143857。车辆实时位置请登录我司GPS平台查看，账号另行告知。请依法依规作业，不得与车主发生冲突。\n远骋汽车金融 资产保全部 徐晓东",
     [(EM, "collection@yuanchengqc.com.cn"), (EM, "dispatch@sutuo-car.cn"), (PL, "浙B·5K7R2"), (P, "徐晓东")], []),
    ("email", "unknown", "收件人：dispatch@sutuo-car.cn\n主题：急！收车 浙A·3M8H6\n车主潘志刚，身份证330106199402259455，手机13500213785。GPS显示车每晚停在杭州市余杭区文一西路1818号B2层，白天停在他老婆上班的良渚卫生院门口。他儿子在良渚二小，下午四点放学会开车去接，可以在校门口拦车。\n衡远商务 葛军",
     [(EM, "dispatch@sutuo-car.cn"), (PL, "浙A·3M8H6"), (P, "潘志刚"), (ID, "330106199402259455"), (MB, "13500213785"),
      (A, "杭州市余杭区文一西路1818号"), (P, "葛军")], [S, U, X]),
    ("email", "unknown", "发件人：ops@hengyuan-sw.cn\n收件人：collection@yuanchengqc.com.cn\n主题：胡振宇案外访反馈\n3月22日外访澜悦府，未见本人。车辆浙B·5K7R2未在小区。已留函件。下一步建议电话协商。\n外访员：葛军、彭涛",
     [(EM, "ops@hengyuan-sw.cn"), (EM, "collection@yuanchengqc.com.cn"), (P, "胡振宇"), (PL, "浙B·5K7R2"), (P, "葛军"),
      (P, "彭涛")], []),
    ("email", "unknown", "发件人：risk@chizu-lease.cn\n主题：钱晓峰 行踪汇报\n经调取，钱晓峰3月12日至15日入住悦途酒店东站店806房，3月16日乘G7512次前往杭州，其妻陶静在宁波第二医院产科住院待产。建议在医院附近蹲守。\n驰租贷后 周凯",
     [(EM, "risk@chizu-lease.cn"), (P, "钱晓峰"), (P, "钱晓峰"), (P, "陶静"), (P, "周凯")], [S, X]),
    ("email", "third_party", "收件人：service@xingchi-auto.cn\n主题：车辆浙B·2Q6N8保养预约协查\n星驰4S店：贵店客户任国平（手机13254886014）的车辆为我司抵押车，其车贷已逾期。如其近期进店，请告知我司。\n远骋汽车金融",
     [(EM, "service@xingchi-auto.cn"), (PL, "浙B·2Q6N8"), (P, "任国平"), (MB, "13254886014")], [D, U]),
    ("email", "debtor", "收件人：suwanqing92@126.com\n主题：关于您房抵贷款的还款提醒\n苏婉清女士：您的贷款已逾期41天，应还本息18,236.90元。附件为还款计划表，如需协商可回复本邮件或致电0551-62874315。\n嘉澜银行合肥分行 贷后管理部",
     [(EM, "suwanqing92@126.com"), (P, "苏婉清"), (LL, "0551-62874315")], []),
    ("email", "unknown", "发件人：case@zhengda-am.cn\n主题：郭德胜（担保人）资产排查\n担保人郭德胜，卡号6222022307401772543，近半年流水月均进账3.2万，名下另有一辆皖A·6T2M9，其儿子在蜀山区琥珀小学读四年级。建议起诉时一并保全。\n正达资产 刘敏",
     [(EM, "case@zhengda-am.cn"), (P, "郭德胜"), (P, "郭德胜"), (BC, "6222022307401772543"), (PL, "皖A·6T2M9"), (P, "刘敏")],
     [S, U]),
    ("email", "unknown", "主题：嘉澜银行委案周报（第14周）\n本周在催房抵案件37户，回款5户，金额合计41.6万元；外访11户，均双人作业并留存记录。明细见附件（证件号已脱敏）。\n合肥正达资产管理 case@zhengda-am.cn",
     [(EM, "case@zhengda-am.cn")], []),
    ("email", "debtor", "收件人：weidonghai75@qq.com\n魏先生：您岳母住在巢湖市健康东路108号，您爱人许丽在包河区实验学校任教，手机16760688253，我们不想打扰她们，请您尽快联系。\n正达资产",
     [(EM, "weidonghai75@qq.com"), (A, "巢湖市健康东路108号"), (P, "许丽"), (MB, "16760688253")], [U, X]),
    ("email", "unknown", "发件人：dispatch@sutuo-car.cn\n主题：浙A·3M8H6收车完成报告\n车辆已于4月2日凌晨在文一西路1818号地库收回，车况完好。车内物品：行车记录仪、儿童安全座椅、药品一袋（氟西汀）。已拍照封存。\n速拓 周海军",
     [(EM, "dispatch@sutuo-car.cn"), (PL, "浙A·3M8H6"), (A, "文一西路1818号"), (P, "周海军")], [S]),
    ("email", "unknown", "发件人：dispatch@sutuo-car.cn\n收件人：risk@chizu-lease.cn\n主题：浙B·D36851收车完成\n车辆已于3月18日收回，入库单号ST-240318-07，车内物品已清点封存，清单附后，待承租人预约领取。",
     [(EM, "dispatch@sutuo-car.cn"), (EM, "risk@chizu-lease.cn"), (PL, "浙B·D36851")], []),
    ("email", "third_party", "收件人：hr@shunchi-freight.cn\n主题：关于贵队司机钱晓峰\n钱晓峰欠我司租金9,720元，身份证330226198902076256，请贵队从其运费中代扣并转账至我司账户。\n驰租融资租赁 周凯",
     [(EM, "hr@shunchi-freight.cn"), (P, "钱晓峰"), (P, "钱晓峰"), (ID, "330226198902076256"), (P, "周凯")], [D, U]),
    ("email", "debtor", "收件人：daihw88@163.com\n戴先生：我们掌握到您的护照E26661203办理了赴日签证，出境前请结清欠款4,320元，否则我们将联系您在宁波甬达物流的主管。",
     [(EM, "daihw88@163.com"), (PP, "E26661203")], [S, U]),
    ("email", "unknown", "发件人：legal@hengxinlaw.cn\n主题：卢文涛案诉前材料\n已收到被告身份信息及保证人材料，起诉状已拟好，将于下周提交南京市玄武区人民法院。证件信息仅用于立案，请勿另行转发。\n沈嘉明",
     [(EM, "legal@hengxinlaw.cn"), (P, "卢文涛"), (P, "沈嘉明")], []),
    ("email", "unknown", "发件人：zcbq@jialanbank.com.cn\n收件人：case@zhengda-am.cn\n主题：委外案件 邵丽娟\n借款人邵丽娟，身份证340123198208282989，手机13737360737；共同借款人程立军；女儿程一诺就读西园新村小学；其父母住合肥市瑶海区胜利路45号，父亲邵德明手机17031727337。请贵司全力催收。",
     [(EM, "zcbq@jialanbank.com.cn"), (EM, "case@zhengda-am.cn"), (P, "邵丽娟"), (P, "邵丽娟"), (ID, "340123198208282989"),
      (MB, "13737360737"), (P, "程立军"), (P, "程一诺"), (A, "合肥市瑶海区胜利路45号"), (P, "邵德明"), (MB, "17031727337")],
     [S, U, X]),
    ("email", "debtor", "收件人：yanhaiyan68@sina.com\n严女士：已收到您的延期申请，经审核同意您第5期租金延后30天支付，期间不收取违约金。如有疑问请致电0574-89175230。",
     [(EM, "yanhaiyan68@sina.com"), (LL, "0574-89175230")], []),
    ("email", "third_party", "收件人：office@sy-xiaoxue.edu.cn\n主题：关于学生孟子轩家长\n老师您好，孟子轩的妈妈严海燕欠我司租金5,140元，长期失联，请您在家长会时转告她联系我们，或提供她的新住址。\n驰租融资租赁",
     [(EM, "office@sy-xiaoxue.edu.cn"), (P, "孟子轩"), (P, "孟子轩"), (P, "严海燕")], [D, S]),
    ("email", "unknown", "主题：胡振宇 平台流水\n快途出行提供的数据显示，胡振宇3月接单412单，流水1.86万元，主要在鄞州、机场之间往返，夜间常在天童南路588号附近停车休息。\n远骋 资产保全部",
     [(P, "胡振宇"), (P, "胡振宇"), (A, "天童南路588号")], [S]),
    ("email", "unknown", "主题：外访任务单\n任务：魏东海（春融苑8幢503室）、郭德胜（黄山路466号）\n要求：双人外访，出示工作证，不得进入住宅，不得向邻居透露欠款信息。\n正达资产 外访组",
     [(P, "魏东海"), (A, "春融苑8幢503室"), (P, "郭德胜"), (A, "黄山路466号")], []),
    ("email", "unknown", "主题：补充线索\n潘志刚的岳父吴国强在余杭区开五金店（余杭区良渚街道良渚路233号），电话19046756116，可以去店里施压。\n衡远 葛军",
     [(P, "潘志刚"), (P, "吴国强"), (A, "余杭区良渚街道良渚路233号"), (MB, "19046756116"), (P, "葛军")], [U, X]),
    ("email", "unknown", "主题：贺建明出境情况\n经查贺建明护照EJ4589540于3月9日经广西东兴口岸出境，3月28日入境，期间租金未付。建议列为高风险。",
     [(P, "贺建明"), (P, "贺建明"), (PP, "EJ4589540")], [S, U]),
    ("email", "unknown", "发件人：dispatch@sutuo-car.cn\n主题：收车费用结算\n浙B·D36851收车费2,400元，请从承租人钱晓峰的扣款卡6214 8509 7300 3152直接划扣，或转我司对公账户。",
     [(EM, "dispatch@sutuo-car.cn"), (PL, "浙B·D36851"), (P, "钱晓峰"), (BC, "6214 8509 7300 3152")], [U]),
    ("email", "unknown", "发件人：zcbq@jialanbank.com.cn\n主题：程立军 收入核查\n共同借款人程立军工资卡6258097745829186，月均入账1.2万元，其单位合肥轨道集团每月10日发薪，请在发薪日后联系。",
     [(EM, "zcbq@jialanbank.com.cn"), (P, "程立军"), (P, "程立军"), (BC, "6258097745829186")], [S, U]),
    ("email", "debtor", "收件人：pzq1980@163.com\n潘先生：您弟弟潘志刚最近每晚都在余杭区五常街道一家KTV上班到凌晨，您作为担保人，要么劝他还钱，要么您替他还。",
     [(EM, "pzq1980@163.com"), (P, "潘志刚")], [S]),
    ("email", "unknown", "主题：潘志强（担保人）车辆线索\n担保人潘志强名下浙A·9C7E2，平时停在良渚街道古墩路1999号小区，其女儿在良渚一小读二年级，接送时间固定。\n衡远 葛军",
     [(P, "潘志强"), (P, "潘志强"), (PL, "浙A·9C7E2"), (A, "良渚街道古墩路1999号"), (P, "葛军")], [S]),
]

# --- Case notes, field visitors' (外访) reports and GPS monitoring notes ---------------------------------------------

CASE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "案件备注：3月25日致电胡振宇，本人接听，称下周三还一期，已登记承诺还款。",
     [(P, "胡振宇")], []),
    ("app", "unknown", "外访记录：3月26日晚8点，外访员葛军、彭涛到澜悦府7幢1单元1602室，胡振宇不在，其妻林雅琴开门，说胡振宇住在他母亲家（鄞州区钟公庙街道泰安中路168号）。孩子胡子涵在屋内写作业。",
     [(P, "葛军"), (P, "彭涛"), (A, "澜悦府7幢1单元1602室"), (P, "胡振宇"), (P, "林雅琴"), (P, "胡振宇"),
      (A, "鄞州区钟公庙街道泰安中路168号"), (P, "胡子涵")], [S, X]),
    ("notice", "unknown", "外访报告\n日期：2024年3月27日\n外访人员：葛军、彭涛（双人，出示工作证）\n地点：澜悦府\n结果：本人未在家，未进入住宅，未与邻居交谈。已将催收函投入信箱。",
     [(P, "葛军"), (P, "彭涛")], []),
    ("app", "unknown", "GPS监控备注：浙B·D36851近7日轨迹：宁波—绍兴柯桥—上虞，夜间均停于柯桥轻纺城附近，疑似长期在外地拉货。",
     [(PL, "浙B·D36851")], [S]),
    ("app", "unknown", "案件备注：严海燕来电称住院手术，申请延期一个月，已同意，未要求提供病历。",
     [(P, "严海燕")], []),
    ("app", "unknown", "案件备注：经向小区保安打听，严海燕患乳腺癌在宁波二院化疗，每周二上午治疗，可在医院门口找她。",
     [(P, "严海燕")], [S]),
    ("notice", "unknown", "外访报告\n对象：钱晓峰\n情况：经向悦途酒店前台核实，钱晓峰住806房，每天早上6点出车，晚上10点回。车辆停在酒店地下车位B-217。其妻陶静在宁波第二医院产科住院。",
     [(P, "钱晓峰"), (P, "钱晓峰"), (P, "陶静")], [S, X]),
    ("app", "unknown", "案件备注：钱晓峰车辆已收回，入库单号ST-240318-07，已短信告知本人领取物品流程。",
     [(P, "钱晓峰")], []),
    ("app", "unknown", "案件备注：致电担保人郭德胜（19513429096），对方表示愿意协调魏东海还款，约定下周面谈。",
     [(P, "郭德胜"), (MB, "19513429096"), (P, "魏东海")], [U]),
    ("app", "unknown", "案件备注：致电担保人郭德胜（尾号9096），对方表示愿意协调借款人还款，约定下周二面谈。",
     [(P, "郭德胜")], []),
    ("notice", "unknown", "外访报告\n外访人员：王磊、孙婷\n地点：合肥市蜀山区长江西路689号丽娟服装店\n情况：邵丽娟在店，表示生意差，同意本月先还1万元。未向店员透露欠款事宜。",
     [(P, "王磊"), (P, "孙婷"), (A, "合肥市蜀山区长江西路689号"), (P, "邵丽娟")], []),
    ("notice", "unknown", "外访报告\n地点：桂语华庭3幢2单元1101室\n情况：敲门无人。向对门邻居了解，邵丽娟女儿程一诺每天下午4点半由外婆接回，外婆住瑶海区胜利路45号。邵丽娟丈夫程立军在合肥轨道集团上班，车牌皖A·K5908。",
     [(A, "桂语华庭3幢2单元1101室"), (P, "邵丽娟"), (P, "程一诺"), (A, "瑶海区胜利路45号"), (P, "邵丽娟"), (P, "程立军"),
      (PL, "皖A·K5908")], [S, X]),
    ("app", "unknown", "案件备注：查询到魏东海近期以身份证340123197512095710在滨湖悦途酒店登记入住三晚，同住人一名女性，疑似其情人。",
     [(P, "魏东海"), (ID, "340123197512095710")], [S, U]),
    ("app", "unknown", "案件备注：魏东海失联，已按规定向担保人郭德胜发送履行保证责任通知书，未联系其他第三方。",
     [(P, "魏东海"), (P, "郭德胜")], []),
    ("app", "unknown", "案件备注：潘志刚妻子吴丽娜怀孕七个月，在良渚卫生院产检，潘每周四陪同，可在卫生院停车场收车。",
     [(P, "潘志刚"), (P, "吴丽娜")], [S, X]),
    ("notice", "unknown", "外访报告\n对象：戴宏伟\n地点：鄞州区东湖小学门口\n情况：下午3点半放学时见到戴宏伟接其子戴睿（三年级），上前沟通，戴称月底还款。",
     [(P, "戴宏伟"), (P, "戴宏伟"), (P, "戴睿")], [S, X]),
    ("app", "unknown", "案件备注：卢文涛（身份证３２０１０２１９９５０８２６６５５Ｘ）目前在昆山富达电子厂上班，住厂区宿舍，已让担保人卢文静去找。",
     [(P, "卢文涛"), (ID, "３２０１０２１９９５０８２６６５５Ｘ"), (P, "卢文静")], [S, U, X]),
    ("app", "unknown", "案件备注：任国平称近期腰椎手术，在宁波六院住院，申请延期。",
     [(P, "任国平")], []),
    ("app", "unknown", "案件备注：通过铁路购票信息查询到苏婉清3月2日合肥南至上海虹桥G7203次，入住锦程快捷酒店虹桥店，3月5日返回。",
     [(P, "苏婉清")], [S]),
    ("app", "unknown", "案件备注：萧玉梅在香港住址为九龙旺角弥敦道688号12楼B室，内地卡6227002158213434985余额1.3万。",
     [(P, "萧玉梅"), (A, "九龙旺角弥敦道688号12楼B室"), (BC, "6227002158213434985")], [S, U]),
    ("app", "unknown", "案件备注：贺建明失联，其妻方婷（身份证320583198304203149）在苏州工业园区星湖街一家银行上班，可去单位找。",
     [(P, "贺建明"), (P, "方婷"), (ID, "320583198304203149")], [U, X]),
    ("notice", "unknown", "外访报告\n对象：任国平\n地点：宁波市海曙区丽园北路1066号\n外访人员：葛军、彭涛\n情况：本人在家，双人出示证件后在门口沟通，未进入住宅。本人称下周一还款。",
     [(P, "任国平"), (A, "宁波市海曙区丽园北路1066号"), (P, "葛军"), (P, "彭涛")], []),
]

# --- Quality-check sheets and rules, complaint tickets and replies ----------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("app", "unknown", "质检单\n录音编号：QA-0412-0087\n坐席：工号YC1093\n问题：通话中向客户读出其完整身份证号330212198204182117，违反脱敏要求。\n处理：扣分，培训。",
     [(ID, "330212198204182117")], [U]),
    ("app", "unknown", "质检单\n录音编号：QA-0412-0088\n问题：坐席向客户读出完整身份证号（已核实为违规，号码不在本单记录）。\n处理：扣5分，复训。",
     [], []),
    ("app", "unknown", "质检单\n录音编号：QA-0415-0021\n问题：坐席在通话中提及客户钱晓峰的酒店入住信息（悦途酒店806房）及其妻子陶静住院待产情况。\n处理：严重违规。",
     [(P, "钱晓峰"), (P, "陶静")], [S, X]),
    ("app", "unknown", "质检规则第7条：通话中不得提及客户或其家属的行踪轨迹、就医、子女学校等信息；GPS定位数据仅限收车作业使用，不得向客户或第三方透露。",
     [], []),
    ("notice", "unknown", "投诉工单\n工单号：TS202404110356\n投诉人：林雅琴（胡振宇之妻）\n投诉内容：催收员多次给其打电话，提及其儿子学校班级，要求停止骚扰。\n联系电话：18706395779",
     [(P, "林雅琴"), (P, "胡振宇"), (MB, "18706395779")], [U]),
    ("notice", "unknown", "投诉工单\n工单号：TS202404110357\n投诉人：胡振宇\n投诉内容：称收到的短信中含有其车辆GPS停放位置，认为侵犯隐私。\n处理：已核查模板，下架该短信，向客户致歉。\n回访电话：150****6610",
     [(P, "胡振宇")], []),
    ("sms", "debtor", "【远骋汽车金融】胡振宇先生，您反映的短信含车辆位置信息问题已核实，我司已停用该短信模板并对相关人员追责，感谢您的监督。",
     [(P, "胡振宇")], []),
    ("notice", "unknown", "投诉工单\n投诉人：陶静\n内容：驰租催收员在车队群里公布其丈夫钱晓峰欠款，并说她在二院产科住院。\n核实情况：属实，群消息截图：“钱晓峰老婆陶静在二院产科12床，他不还钱我们就去医院”。",
     [(P, "陶静"), (P, "钱晓峰"), (P, "钱晓峰"), (P, "陶静")], [S]),
    ("app", "unknown", "质检单\n录音编号：QA-0420-0113\n问题：坐席向担保人潘志强透露借款人潘志刚的车辆停放位置（文一西路1818号地库）及其妻子工作单位。\n整改：已约谈。",
     [(P, "潘志强"), (P, "潘志刚"), (A, "文一西路1818号")], [S, X]),
    ("app", "unknown", "质检单\n录音编号：QA-0420-0114\n结论：合格。坐席向担保人说明保证责任范围与逾期金额，未透露借款人其他个人信息，提供异议渠道。",
     [], []),
    ("notice", "unknown", "关于投诉的回复\n投诉人：郭德胜\n经核查，我司外访人员确曾向您出示借款人魏东海的身份证复印件（身份证号340123197512095710），已对相关人员处理。",
     [(P, "郭德胜"), (P, "魏东海"), (ID, "340123197512095710")], [U]),
    ("notice", "unknown", "投诉工单\n投诉人：邵丽娟\n内容：嘉澜银行委托的催收人员在桂语华庭业主群公布其房产抵押逾期，并提到其女儿就读学校。\n诉求：删除信息并道歉。",
     [(P, "邵丽娟")], []),
    ("app", "unknown", "质检单\n问题：坐席在与客户萧玉梅通话中完整读出其还款卡号6227 0021 5821 3434 985。\n处理：扣分。",
     [(P, "萧玉梅"), (BC, "6227 0021 5821 3434 985")], [U]),
    ("notice", "unknown", "投诉工单\n投诉人：吴国强（潘志刚岳父）\n电话：19046756116\n内容：催收人员到其五金店（良渚路233号）要求替女婿还车贷，影响经营。",
     [(P, "吴国强"), (P, "潘志刚"), (MB, "19046756116"), (A, "良渚路233号")], [U]),
    ("app", "unknown", "收车作业规范：车辆定位信息仅发送给持有委托书的收车人员，收车完成后24小时内删除；不得在小区群、车队群等公开场合发布车辆及车主信息。",
     [], []),
    ("app", "unknown", "质检单\n问题：坐席向客户苏婉清提及其乘坐G7203次列车及入住锦程快捷酒店的信息，信息来源不明。\n处理：移交合规部调查。",
     [(P, "苏婉清")], [S]),
]

# --- Identifiers in every written and spoken form ---------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【远骋汽车金融】潘志刚先生，您合同登记的证件号330106 19940225 9455，车贷已逾期95天，请尽快处理。",
     [(P, "潘志刚"), (ID, "330106 19940225 9455")], [U]),
    ("sms", "debtor", "【驰租融资租赁】严海燕女士，您预留的联系电话+86 173-5923-9577已停机，请更新联系方式并支付欠租5,140.00元。",
     [(P, "严海燕"), (MB, "173-5923-9577")], [U]),
    ("app", "debtor", "【嘉澜银行App】程立军先生，您的还款卡6258.0977.4582.9186本期扣款失败，请确保余额充足。",
     [(P, "程立军"), (BC, "6258.0977.4582.9186")], [U]),
    ("email", "debtor", "收件人：lu.wenjing@outlook.com\n卢文静女士：您作为保证人登记的证件号码为３３０３０２１９８８０７１８１２８Ｘ，请核对保证合同中的信息是否准确。",
     [(EM, "lu.wenjing@outlook.com"), (P, "卢文静"), (ID, "３３０３０２１９８８０７１８１２８Ｘ")], [U]),
    ("call", "debtor", call("机器人：秦月娥女士您好，这里是嘉澜银行，您登记的身份证号为三幺洞幺幺五六幺幺幺洞四拐八八，您的房抵贷款已逾期15天，请尽快还款。",
                            "客户：（按键1）"),
     [(P, "秦月娥"), (ID, "三幺洞幺幺五六幺幺幺洞四拐八八")], [U]),
    ("notice", "debtor", "催收函\n金明辉先生（证件号330281.19900202.2999，手机177.8625.5118）：\n您的车贷已逾期33天，欠款6,120元，请于10日内还款。\n远骋汽车金融有限公司",
     [(P, "金明辉"), (ID, "330281.19900202.2999"), (MB, "177.8625.5118")], [U]),
    ("call", "debtor", call("坐席：喂 黎雪芳女士吗 我们这边登记的你手机是一九零七零七五六九七六 还有一个备用的吗",
                            "客户：没有了"),
     [(P, "黎雪芳"), (MB, "一九零七零七五六九七六")], [U]),
    ("app", "debtor", "【远骋车贷】董春燕女士，系统将向您的号码0086 15253331478发送验证码，用于协商还款签约。",
     [(P, "董春燕"), (MB, "15253331478")], [U]),
    ("sms", "debtor", "【远骋汽车金融】尹志远先生，您绑定的还款卡6217-9964-9363-0264-460余额不足，本期月供2,640元扣款失败。",
     [(P, "尹志远"), (BC, "6217-9964-9363-0264-460")], [U]),
    ("email", "unknown", "主题：萧玉梅证件信息\n护照E91289893，港澳通行证C91859255，身份证310115198009095229，请法务核实出境记录。",
     [(P, "萧玉梅"), (PP, "E91289893"), (PP, "C91859255"), (ID, "310115198009095229")], [U]),
    ("call", "debtor", call("坐席：潘志强先生，您作为担保人，身份证三三洞四两四幺勾八洞洞四两两三四五幺，对吧？",
                            "客户：对。",
                            "坐席：您弟弟的车贷逾期95天了，保证范围内的欠款21,870.60元。"),
     [(P, "潘志强"), (ID, "三三洞四两四幺勾八洞洞四两两三四五幺")], [U]),
    ("notice", "debtor", "催收函\n韩建国先生：\n您的护照号G33279563、身份证32010219730818565X已登记为我司车贷合同主体信息。您的车贷已逾期44天，请尽快还款。\n远骋汽车金融有限公司",
     [(P, "韩建国"), (PP, "G33279563"), (ID, "32010219730818565X")], [U]),
    ("app", "debtor", "【驰租App】钟丽萍女士，您的紧急联系电话已变更为１６５ １９９７ ９９１０，如非本人操作请联系客服。",
     [(P, "钟丽萍"), (MB, "１６５ １９９７ ９９１０")], [U]),
    ("sms", "debtor", "【衡远商务】卢文涛，证件号320102-19950826-655x已列入重点催收名单，欠款7,312.40元，请立即还款。",
     [(P, "卢文涛"), (ID, "320102-19950826-655x")], [U]),
    ("call", "debtor", call("坐席：金先生，您那张尾号6768的卡，完整卡号六两两两六两洞勾拐两四三八拐洞六拐六八，我们今天下午会再扣一次款。",
                            "客户：别扣了，卡里没钱。"),
     [(BC, "六两两两六两洞勾拐两四三八拐洞六拐六八")], [U]),
    ("email", "unknown", "主题：章立新 资料\n借款人章立新，卡号4033917649462866，其子章浩然身份证330302201610213158（随车登记为乘车人）。",
     [(P, "章立新"), (P, "章立新"), (BC, "4033917649462866"), (P, "章浩然"), (ID, "330302201610213158")], [S, U, X]),
    ("notice", "debtor", "逾期通知书\n龚美华女士：身份证号330226197002077945，联系电话14064338773。您在驰租融资租赁承租的车辆浙B·9H4T7已欠租28天。",
     [(P, "龚美华"), (ID, "330226197002077945"), (MB, "14064338773"), (PL, "浙B·9H4T7")], [U]),
    ("app", "debtor", "【远骋车贷·语音留言转写】白晓雯女士您好 您预留的号码幺勾拐拐三五洞六五六两 即将停用 请尽快更新",
     [(P, "白晓雯"), (MB, "幺勾拐拐三五洞六五六两")], [U]),
    ("sms", "debtor", "【嘉澜银行】汤晓丽女士，证件330281-19951122-3625名下房抵贷款已逾期9天，请尽快还款。",
     [(P, "汤晓丽"), (ID, "330281-19951122-3625")], [U]),
    ("call", "debtor", call("客户：我新号码是幺拐拐两八八洞四洞拐两。",
                            "坐席：好的，幺拐拐两八八洞四洞拐两，已更新，姚佳女士。"),
     [(MB, "幺拐拐两八八洞四洞拐两"), (MB, "幺拐拐两八八洞四洞拐两"), (P, "姚佳")], [U]),
    ("app", "debtor", "【微信】驰租小周：毛姐，你身份证340111198807163708和银行卡6229088480489647我们都登记了，别想着换号就能躲。",
     [(ID, "340111198807163708"), (BC, "6229088480489647")], [U]),
    ("email", "debtor", "收件人：xuehongxia@163.com\n薛女士：为办理展期，我们已按您提供的信息预填申请表：身份证330302197402083564，手机14757519958，请核对后回复确认。",
     [(EM, "xuehongxia@163.com"), (ID, "330302197402083564"), (MB, "14757519958")], [U]),
    ("sms", "debtor", "【驰租融资租赁】严海燕女士，您的扣款卡6259 6763 8608 6872余额不足，浙B·7F9L3的第6期租金扣款失败。",
     [(P, "严海燕"), (BC, "6259 6763 8608 6872"), (PL, "浙B·7F9L3")], [U]),
]

# --- Decoys: order, case, contract, VIN, plate, device and certificate numbers, masked forms, last digits -----------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【远骋汽车金融】您的收车费用账单号202303646310986814已生成，车辆浙B·2Q6N8的停车费按日计收，请尽快办理赎车。",
     [(PL, "浙B·2Q6N8")], []),
    ("notice", "debtor", "车辆收回通知\n车架号LGBH52E09NY231745，GPS设备编号868120347915062，合同号YC-2021-0097731。\n您的车辆已依约收回，请于7日内联系0574-87326519。\n远骋汽车金融有限公司",
     [(LL, "0574-87326519")], []),
    ("app", "debtor", "【驰租App】您的押金退款流水号6228055250048678587已提交银行处理，预计3个工作日到账，退款卡6214850973003152。",
     [(BC, "6214850973003152")], [U]),
    ("email", "unknown", "主题：房产评估报告\n不动产权证号：皖(2019)合肥市不动产权第0158842号；评估报告编号2024128187354530389；评估价138万元。\n正达资产",
     [], []),
    ("call", "debtor", call("坐席：您好，我是嘉澜银行的，您的案件编号是幺洞洞洞拐洞四洞六三洞八幺洞四拐，您可以凭这个编号在App查询还款计划。",
                            "客户：好的。"),
     [], []),
    ("sms", "debtor", "【嘉澜银行】萧玉梅女士，您尾号4985的还款卡扣款失败，另请核实身份证310115********5229是否为本人。",
     [(P, "萧玉梅")], []),
    ("notice", "unknown", "入库单\n单号ST-240402-03\n车牌浙A·3M8H6，车架号LFV3A23C9N3051826，里程52,318公里，钥匙1把。\n宁波速拓车辆服务有限公司",
     [(PL, "浙A·3M8H6")], []),
    ("sms", "debtor", "【驰租融资租赁】钱晓峰先生，您的收车工单20710841251已完结，取物验证码将发送至18351805827，请注意查收。",
     [(P, "钱晓峰"), (MB, "18351805827")], [U]),
    ("email", "unknown", "主题：证件号录入错误\n系统中胡振宇的证件号被误录为330212198204182118，校验位不符，与合同原件不一致，请更正。",
     [(P, "胡振宇")], []),
    ("app", "debtor", "【远骋车贷】您的服务单号10583268246已受理，收车人员将于4月8日上午到您每天停车的宁波市鄞州区宁南北路1156号地下车库取车。",
     [(A, "宁波市鄞州区宁南北路1156号")], [S]),
    ("call", "debtor", call("坐席：贺先生，为核实身份，我这边显示的身份证是三二零五八三开头、二七三零结尾的，对吗？",
                            "客户：对。",
                            "坐席：好的，您的租金逾期18天，今天能安排吗？"),
     [], []),
    ("notice", "debtor", "抵押登记证明\n机动车登记证书编号：832975949807675\n抵押权人：远骋汽车金融有限公司\n抵押人：任国平（身份证330203770411647）\n车牌：浙B·2Q6N8",
     [(P, "任国平"), (ID, "330203770411647"), (PL, "浙B·2Q6N8")], [U]),
    ("app", "debtor", "【嘉澜银行App】您的不动产权证皖(2020)合肥市不动产权第0213567号已办理抵押登记，抵押登记证明号皖(2020)合肥市不动产证明第0098211号。如需查询请携带身份证原件至柜台。",
     [], []),
    ("sms", "debtor", "【远骋汽车金融】您的ETC扣费记录20197695789显示车辆浙B·5K7R2于3月20日驶出宁波东收费站，请勿转移抵押车辆。",
     [(PL, "浙B·5K7R2")], [S]),
    ("call", "debtor", call("坐席：钱先生，您车上的GPS设备号是八六八幺两洞三四拐勾幺五洞六两，系统显示设备被拆除了，拆除GPS违反合同第十一条。",
                            "客户：我没拆。"),
     [], []),
    ("notice", "debtor", "赎车结算单\n合同号YC-2022-0581347\n客户：胡振宇\n还款卡：6228 **** **** 4644\n收车费1,800元，停车费按日60元，逾期本息6,430.00元，合计8,830.00元。",
     [(P, "胡振宇")], []),
]

# --- More than the message needs: relatives, neighbours, colleagues, employers, addresses -----------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【远骋汽车金融】胡振宇先生，您的车贷已逾期47天。您母亲住在鄞州区钟公庙街道泰安中路168号，她的电话我们也有，请您尽快还款6,430元。",
     [(P, "胡振宇"), (A, "鄞州区钟公庙街道泰安中路168号")], [X]),
    ("sms", "debtor", "【衡远商务】潘志刚先生，您岳父吴国强的五金店在良渚路233号，您妻子吴丽娜在良渚卫生院上班，欠款21,870.60元请今天处理。",
     [(P, "潘志刚"), (P, "吴国强"), (A, "良渚路233号"), (P, "吴丽娜")], [X]),
    ("app", "debtor", "【微信】驰租小周：钱哥，你老婆陶静电话13522565176，你弟弟钱晓东在北仑开修车厂，我们挨个问问？",
     [(P, "陶静"), (MB, "13522565176"), (P, "钱晓东")], [U, X]),
    ("notice", "debtor", "催收函\n戴宏伟先生：\n您在宁波甬达物流的同事李建华、赵刚均表示近期见过您，您的车队长王志强电话16486484575。请尽快还款4,320元。\n远骋汽车金融有限公司",
     [(P, "戴宏伟"), (P, "李建华"), (P, "赵刚"), (P, "王志强"), (MB, "16486484575")], [U, X]),
    ("sms", "debtor", "【正达资产】郭德胜先生，您担保的魏东海欠款已逾期62天。魏东海的妻子许丽、岳母住巢湖市健康东路108号，请您一起去做工作。",
     [(P, "郭德胜"), (P, "魏东海"), (P, "魏东海"), (P, "许丽"), (A, "巢湖市健康东路108号")], [X]),
    ("call", "debtor", call("坐席：邵女士，你住桂语华庭3幢2单元1101室，你店开在长江西路689号，你弟弟邵丽军在滨湖开饭店，我们都摸清楚了。",
                            "客户：你想干什么？"),
     [(A, "桂语华庭3幢2单元1101室"), (A, "长江西路689号"), (P, "邵丽军")], [X]),
    ("email", "debtor", "收件人：qianxf89@126.com\n钱先生：您的紧急联系人陶静、钱晓东、王建国均无法联系到您。请尽快支付欠租9,720元。",
     [(EM, "qianxf89@126.com"), (P, "陶静"), (P, "钱晓东"), (P, "王建国")], [X]),
    ("app", "debtor", "【远骋车贷】任国平先生，您名下另有一辆登记在您妻子名下的浙B·6N3K2，以及您在海曙区开的国平五金店，请优先还款。",
     [(P, "任国平"), (PL, "浙B·6N3K2")], [X]),
    ("notice", "debtor", "催收函\n魏东海先生：\n您的担保人郭德胜（住合肥市蜀山区黄山路466号，手机19513429096）已被我司列为共同被告。请您于7日内还款。\n合肥正达资产管理有限公司",
     [(P, "魏东海"), (P, "郭德胜"), (A, "合肥市蜀山区黄山路466号"), (MB, "19513429096")], [U, X]),
    ("sms", "debtor", "【驰租融资租赁】严海燕女士，您丈夫孟庆伟在海宁的那个朋友刘晓敏住在海宁市硖石街道文宗路56号，这事我们不想说出去，租金请今天处理。",
     [(P, "严海燕"), (P, "孟庆伟"), (P, "刘晓敏"), (A, "海宁市硖石街道文宗路56号")], [X]),
    ("call", "debtor", call("坐席：喂 卢文涛 你姐卢文静 住温州鹿城区学院中路233号 我们明天就去她家 你自己看着办",
                            "客户：关我姐什么事"),
     [(P, "卢文涛"), (P, "卢文静"), (A, "温州鹿城区学院中路233号")], [X]),
    ("app", "debtor", "【远骋车贷】胡振宇（宁波市鄞州区澜悦府7幢1单元1602室）您好，您的车贷已逾期47天，请尽快还款。",
     [(P, "胡振宇"), (A, "宁波市鄞州区澜悦府7幢1单元1602室")], [X]),
    ("email", "unknown", "收件人：dispatch@sutuo-car.cn\n主题：浙B·2Q6N8 收车\n车主任国平，妻子卢美玲开这辆车接送孩子，卢美玲在海曙区中医院上班，可在医院停车场收车。",
     [(EM, "dispatch@sutuo-car.cn"), (PL, "浙B·2Q6N8"), (P, "任国平"), (P, "卢美玲"), (P, "卢美玲")], [S, X]),
    ("notice", "debtor", "租金催告函\n贺建明先生：\n您的配偶方婷（苏州工业园区星湖街328号某银行支行）及您父亲贺国庆均为合同紧急联系人，如您继续拖欠，我司将依约与其联系。\n宁波驰租融资租赁有限公司",
     [(P, "贺建明"), (P, "方婷"), (A, "苏州工业园区星湖街328号"), (P, "贺国庆")], [X]),
    ("sms", "debtor", "【嘉澜银行】苏婉清女士，您的房抵贷款已逾期41天。您前夫陈志明住在蜀山区潜山路318号，他说你们离婚时房子归你，请您自己承担。",
     [(P, "苏婉清"), (P, "陈志明"), (A, "蜀山区潜山路318号")], [X]),
    ("app", "debtor", "【嘉澜银行App】程立军先生，您的母亲程桂芳、妹妹程立红已被我行列为联系人，请共同督促邵丽娟还款。",
     [(P, "程立军"), (P, "程桂芳"), (P, "程立红"), (P, "邵丽娟")], [X]),
    ("call", "debtor", call("坐席：尹先生，您在快途出行的车队长叫张宏，手机幺三五勾八幺幺三五幺幺，我们已经跟他说了您的情况，您看怎么办？",
                            "客户：你们找我领导干什么？"),
     [(P, "张宏"), (MB, "幺三五勾八幺幺三五幺幺")], [U, X]),
    ("email", "debtor", "收件人：zhanglixin@qq.com\n章先生：您的驾驶证、行驶证及您妻子林晓燕的结婚证复印件我们均已存档，林晓燕在鄞州人民医院药剂科工作。请尽快还款5,900元。",
     [(EM, "zhanglixin@qq.com"), (P, "林晓燕"), (P, "林晓燕")], [X]),
    ("sms", "debtor", "【远骋汽车金融】金明辉先生，您的车浙B·8J2W5挂靠在宁波顺驰货运车队，车队老板陈国栋说您上月运费4.6万已结清，请还款6,120元。",
     [(P, "金明辉"), (PL, "浙B·8J2W5"), (P, "陈国栋")], [S, X]),
    ("notice", "debtor", "催收函\n魏东海先生：\n您的邻居王秀珍（502室）、李建国（504室）均已知悉您的欠款情况。请于7日内还款。\n合肥正达资产管理有限公司",
     [(P, "魏东海"), (P, "王秀珍"), (P, "李建国")], [X]),
    ("app", "debtor", "【远骋车贷】白晓雯女士，您男朋友周俊的宝马浙B·7M6P1我们也登记了，您的车贷逾期22天，请尽快处理。",
     [(P, "白晓雯"), (P, "周俊"), (PL, "浙B·7M6P1")], [X]),
    ("sms", "debtor", "【驰租融资租赁】龚美华女士，您女儿龚婷婷在宁波诺丁汉大学读大三，学费是您每学期转账付的，欠租请优先处理。",
     [(P, "龚美华"), (P, "龚婷婷")], [S, X]),
]

# --- Sensitive data (PIPL Art. 28): whereabouts and tracks, health, minors, religion, finances beyond need ---------

SENSITIVE_AND_EXCESSIVE: list[PiplEntry] = [
    ("sms", "debtor", "【远骋汽车金融】胡振宇先生，您儿子胡子涵每天下午3点40分从中河小学东门出来，您的车贷逾期47天，请尽快还款。",
     [(P, "胡振宇"), (P, "胡子涵")], [S, X]),
    ("call", "debtor", call("坐席：钱先生，你车的GPS轨迹我们调出来了，3月份你去了四次宁波第二医院，都停在产科楼下，你老婆生孩子的钱有，租金没有？",
                            "客户：你们太过分了。"),
     [], [S]),
    ("app", "debtor", "【驰租App】严海燕女士，您车辆近30天行驶轨迹：工作日7:40实验小学—8:10鄞州菜场—9:00宁波二院肿瘤科。请合理安排支出，尽快支付欠租。",
     [(P, "严海燕")], [S]),
    ("notice", "debtor", "催收函\n邵丽娟女士：\n据了解您近期在安徽省妇幼保健院做试管婴儿，花费不菲，但您在我行的贷款已逾期76天。\n嘉澜银行合肥分行",
     [(P, "邵丽娟")], [S]),
    ("email", "unknown", "主题：魏东海 名下资产\n魏东海社保显示近三个月由合肥宏达建材有限公司缴纳，月工资基数8,500元；公积金账户余额4.3万元；其妻许丽工资卡为建行。",
     [(P, "魏东海"), (P, "魏东海"), (P, "许丽")], [S, X]),
    ("call", "debtor", call("坐席：郭先生，魏东海现在在巢湖市第二人民医院住院，肝硬化，您作为担保人肯定跑不了。",
                            "客户：他住院了？"),
     [(P, "魏东海")], [S]),
    ("app", "debtor", "【远骋车贷】戴宏伟先生，您近期在宁波康宁医院精神科就诊三次，请注意身体，也请尽快还款。",
     [(P, "戴宏伟")], [S]),
    ("sms", "debtor", "【衡远商务】卢文涛，你在昆山的工资卡每月10号到账5,200元，你往老家寄了2,000，还有钱寄，没钱还车贷？",
     [(P, "卢文涛")], [S]),
    ("call", "debtor", call("坐席：喂 贺建明 你那个越南回来的 在芒街赌场待了一礼拜 我们都知道 嗯 钱呢",
                            "客户：你听谁说的"),
     [(P, "贺建明")], [S]),
    ("notice", "debtor", "律师函\n萧玉梅女士：\n本所注意到您信奉天主教，每周日在合肥天主教堂参加弥撒，希望您秉持信仰中的诚信原则，尽快清偿欠款。\n浙江衡信律师事务所 律师沈嘉明",
     [(P, "萧玉梅"), (P, "沈嘉明")], [S]),
    ("app", "debtor", "【嘉澜银行App】任国平先生，您母亲在宁波六院做透析，每周一三五上午，医药费由您支付，说明您有还款能力。",
     [(P, "任国平")], [S]),
    ("email", "unknown", "发件人：dispatch@sutuo-car.cn\n主题：严海燕车辆蹲守方案\n浙B·7F9L3每天7:40在实验小学门口停10分钟送孩子孟子轩上学，可在此时收车。\n速拓 周海军",
     [(EM, "dispatch@sutuo-car.cn"), (P, "严海燕"), (PL, "浙B·7F9L3"), (P, "孟子轩"), (P, "周海军")], [S, X]),
    ("sms", "debtor", "【驰租融资租赁】毛玉兰女士，您在宁波美和医院的孕检记录显示预产期5月，请在生产前结清欠租3,780元。",
     [(P, "毛玉兰")], [S]),
    ("call", "debtor", call("坐席：章立新，你儿子章浩然在东湖小学二年级一班，班主任叫陈静，我们跟她聊过了。",
                            "客户：你们去学校了？"),
     [(P, "章立新"), (P, "章浩然"), (P, "陈静")], [S, X]),
    ("notice", "unknown", "外访报告\n对象：汤晓丽\n情况：本人在宁波市妇女儿童医院住院保胎，病房在住院部6楼18床，其丈夫每日下午探视。\n外访人员：葛军、彭涛",
     [(P, "汤晓丽"), (P, "葛军"), (P, "彭涛")], [S]),
    ("app", "debtor", "【远骋车贷】金明辉先生，您的残疾人证显示肢体三级残疾，享受的每月补贴也可以用来还款。",
     [(P, "金明辉")], [S]),
    ("sms", "debtor", "【嘉澜银行】苏婉清女士，您的公积金余额3.8万元、医保个人账户余额1.2万元均可提取，请用于偿还贷款。",
     [(P, "苏婉清")], [S]),
    ("call", "debtor", call("坐席：董女士，你车每周六都停在南塘老街那边的基督教堂门口，做完礼拜有空来还钱吧。",
                            "客户：这和你们有什么关系？"),
     [], [S]),
    ("email", "debtor", "收件人：weidonghai75@qq.com\n魏先生：您女儿魏佳琪在合肥一六八中学读初一，学校离您抵押的房子很近，请考虑孩子的生活，尽快还款。",
     [(EM, "weidonghai75@qq.com"), (P, "魏佳琪")], [S, X]),
    ("app", "unknown", "案件备注：尹志远2019年因醉驾被判拘役，驾照吊销后仍在快途出行跑车，可向平台举报。",
     [(P, "尹志远")], [S]),
    ("notice", "debtor", "催收函\n钟丽萍女士：\n您父亲钟建设在宁波市第一医院心内科住院，您每天晚上都去陪护，我们的外访员会在医院门口等您。\n远骋汽车金融有限公司",
     [(P, "钟丽萍"), (P, "钟建设")], [S, X]),
    ("sms", "debtor", "【远骋汽车金融】姚佳女士，您上周三晚在锦程快捷酒店开了一间房，与一名男士同住，请尽快还款。",
     [(P, "姚佳")], [S]),
    ("app", "debtor", "【嘉澜银行App】萧玉梅女士，您3月18日从合肥南乘G1706次前往深圳北，入住福田区一家酒店，请在出行前安排还款。",
     [(P, "萧玉梅")], [S]),
    ("app", "debtor", "【远骋车贷】章立新先生，您的车辆浙B·3L8D5本月在鄞州人民医院停车场停放19次，停车记录显示您家人正在住院，仍请按期还款。",
     [(P, "章立新"), (PL, "浙B·3L8D5")], [S]),
]

# --- Third parties: towing crews, dealers, property offices, neighbours, groups, employers, relatives --------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【速拓车辆服务】您好，您小区停放的浙A·3M8H6系抵押车辆，车主潘志刚欠款未还，我司将于今晚依法收车，请勿阻拦。",
     [(PL, "浙A·3M8H6"), (P, "潘志刚")], [D]),
    ("call", "third_party", call("坐席：物业你好，我是远骋的，你们小区7幢1602的胡振宇，车贷欠了好几个月了，他车停在哪个车位？",
                                 "第三方：这个我们不能说。",
                                 "坐席：那他家有人在吗？"),
     [(A, "7幢1602"), (P, "胡振宇")], [D]),
    ("app", "third_party", "【微信】正达资产刘敏：王阿姨好，您隔壁503的魏东海欠了银行十几万，房子要拍卖了，您看到他回来给我发个消息。",
     [(P, "刘敏"), (P, "魏东海")], [D]),
    ("sms", "third_party", "【远骋汽车金融】李建华先生，您的同事戴宏伟在我司车贷逾期30天，请提醒他尽快还款4,320元。",
     [(P, "李建华"), (P, "戴宏伟")], [D]),
    ("call", "third_party", call("坐席：你好，是星驰4S店的销售吗？去年从你们这儿买车的金明辉，贷款是我们远骋做的，现在逾期了，他有没有来店里想卖车？",
                                 "第三方：没有。"),
     [(P, "金明辉")], [D]),
    ("email", "third_party", "收件人：frontdesk@yuetu-hotel.cn\n主题：协查住客\n贵店住客钱晓峰（身份证330226198902076256）欠我司租金，车辆浙B·D36851停于贵店停车场，请提供其房号及退房时间。\n驰租融资租赁",
     [(EM, "frontdesk@yuetu-hotel.cn"), (P, "钱晓峰"), (ID, "330226198902076256"), (PL, "浙B·D36851")], [D, S, U]),
    ("app", "third_party", "【春融苑业主群】各位业主，8幢503室魏东海、许丽夫妇欠嘉澜银行房贷12万，房子已被法院查封，大家不要和他们做交易。",
     [(A, "8幢503室"), (P, "魏东海"), (P, "许丽")], [D, X]),
    ("sms", "third_party", "【嘉澜银行】您好，我们有一份重要文件需要魏东海先生本人签收，如您是其家属，请转告他致电0551-62874315。",
     [(P, "魏东海"), (LL, "0551-62874315")], []),
    ("call", "third_party", call("坐席：阿姨，苏婉清是你女儿吧，她在嘉澜银行的房贷逾期41天了，本息一万八，你帮她还一下。",
                                 "第三方：我哪有钱。"),
     [(P, "苏婉清")], [D]),
    ("notice", "third_party", "告知书\n（张贴于桂语华庭3幢2单元1101室门口）\n本房产已抵押给嘉澜银行，业主邵丽娟贷款逾期76天，银行将依法处置。",
     [(A, "桂语华庭3幢2单元1101室"), (P, "邵丽娟")], [D]),
    ("app", "third_party", "【微信】衡远葛军：张经理您好，您公司员工潘浩的父亲潘志刚欠我们车贷两万多，麻烦您跟潘浩说一声。",
     [(P, "葛军"), (P, "潘浩"), (P, "潘志刚"), (P, "潘浩")], [D, X]),
    ("call", "third_party", call("坐席：您好，我是驰租融资租赁的客服，请问钱晓峰师傅在车队吗？我们有事需要他本人回电。",
                                 "第三方：他跑长途去了。",
                                 "坐席：好的，请他回电0574-89175230，谢谢。"),
     [(P, "钱晓峰"), (LL, "0574-89175230")], []),
    ("sms", "third_party", "【远骋汽车金融】星驰4S店：车主任国平（浙B·2Q6N8）所欠车贷2,980元已逾期，其车辆不得办理过户及二次抵押。",
     [(P, "任国平"), (PL, "浙B·2Q6N8")], [D]),
    ("email", "third_party", "收件人：ops@kuaitu-travel.cn\n主题：司机账户冻结申请\n贵平台司机尹志远（手机13969983397）欠我司车贷，请冻结其提现并提供其绑定的银行卡信息。\n远骋汽车金融",
     [(EM, "ops@kuaitu-travel.cn"), (P, "尹志远"), (MB, "13969983397")], [D, S, U]),
    ("call", "third_party", call("坐席：喂 保安大哥 这个车 浙B·7F9L3 是驰租的租赁车 车主严海燕欠租金 我们收车的 你别拦着",
                                 "第三方：有单子吗"),
     [(PL, "浙B·7F9L3"), (P, "严海燕")], [D]),
    ("app", "third_party", "【快途司机群】兄弟们注意，胡振宇那辆白色帕萨特浙B·5K7R2是远骋的抵押车，他欠了六千多不还，谁在机场看到了拍个照发我。",
     [(P, "胡振宇"), (PL, "浙B·5K7R2")], [D]),
    ("sms", "third_party", "【正达资产】许阿姨，您女婿魏东海的银行贷款逾期62天，他手机19010735026打不通，请您让他回电。",
     [(P, "魏东海"), (MB, "19010735026")], [D, U]),
    ("notice", "third_party", "致合肥宏达建材有限公司：\n贵司员工郭德胜为嘉澜银行借款人魏东海的保证人，该借款已逾期62天，请贵司督促郭德胜履行保证责任。\n合肥正达资产管理有限公司",
     [(P, "郭德胜"), (P, "魏东海"), (P, "郭德胜")], [D]),
    ("call", "third_party", call("坐席：喂 你好 我是正达资产外访的 你楼上那个1101的邵丽娟 房子抵押给银行了 欠了四万多 她最近有没有回来",
                                 "第三方：不清楚 你别问我"),
     [(P, "邵丽娟")], [D]),
    ("app", "third_party", "【微信】嘉澜银行王磊：物业您好，麻烦转告3幢2单元1101室业主，请她回电0551-62874315，谢谢。",
     [(P, "王磊"), (A, "3幢2单元1101室"), (LL, "0551-62874315")], []),
    ("sms", "third_party", "【驰租融资租赁】王建国先生，您作为钱晓峰的紧急联系人，他已欠租35天，车辆浙B·D36851已被我司收回，请转告他处理。",
     [(P, "王建国"), (P, "钱晓峰"), (PL, "浙B·D36851")], [D]),
    ("call", "third_party", call("坐席：喂 星驰售后吗 我远骋汽车金融的 你们那边是不是有个客户叫白晓雯 她车贷逾期了 她最近是不是把车开过来卖了",
                                 "第三方：我查一下"),
     [(P, "白晓雯")], [D]),
    ("sms", "third_party", "【桂语华庭物业】通知：应嘉澜银行要求，3幢2单元1101室邵丽娟名下房产即将司法拍卖，请各位业主勿与其进行房屋租赁交易。",
     [(A, "3幢2单元1101室"), (P, "邵丽娟")], [D]),
    ("app", "third_party", "【收车同行群】寻车：皖A·8C3D6黑色奥迪，车主魏东海，身份证３４０１２３１９７５１２０９５７１０，平时在合肥包河一带出没，找到车给2000。",
     [(PL, "皖A·8C3D6"), (P, "魏东海"), (ID, "３４０１２３１９７５１２０９５７１０")], [D, S, U]),
    ("call", "third_party", call("坐席：你好 星驰吗 你们卖车的小李在吗 他的客户金明辉 身份证三三零二八一一九九零零二零二二九九九 车贷欠我们六千多 你让小李找他",
                                 "第三方：我转告一下"),
     [(P, "金明辉"), (ID, "三三零二八一一九九零零二零二二九九九")], [D, U]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "BE-SMS": SMS,
    "BE-ROBOT-CALLS": ROBOT_CALLS,
    "BE-AGENT-CALLS": AGENT_CALLS,
    "BE-ASR-CALLS": ASR_CALLS,
    "BE-APP": APP,
    "BE-LETTERS": LETTERS,
    "BE-COURT-PAPERS": COURT_PAPERS,
    "BE-EMAILS": EMAILS,
    "BE-CASE-NOTES": CASE_NOTES,
    "BE-QA-AND-TICKETS": QA_AND_TICKETS,
    "BE-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "BE-DECOYS": DECOYS,
    "BE-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "BE-SENSITIVE-AND-EXCESSIVE": SENSITIVE_AND_EXCESSIVE,
    "BE-THIRD-PARTIES": THIRD_PARTIES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
