"""Writes `pipl_heldout_bc.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of the reference notes, the speaker table of
`audit/message.py`, the record helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the
held-out PIPL rows of `tests/test_labelled_sets.py`, and the opening docstring, imports, constants, first entries
and closing functions of `make_pipl_heldout_bb.py` (for the record format and the labelling conventions, which
this set keeps). It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the
training data, other tests or any other set's entries, and ran no detector, scan, mask or benchmark on these texts.
The invented identifiers were drawn once by a throw-away script: resident IDs from random area codes and birth
dates with the right check character (three ending in X, two of children born in 2013 and 2015) and three old
15-digit ones with a real month, Luhn-valid cards of 16 and 19 digits, mobiles on real prefixes, passports (E, EK),
a permit to Hong Kong and Macau (C) and a home-return permit (H) to the pattern, and unified social credit codes
(91 for companies, 92 for sole traders) with their GB 32100 check character; each passes
`set_format.check_identifier`. They were typed into the texts and spelled out digit by digit by hand.
`set_format` has no check for landlines, e-mail addresses or licence plates: landlines are an area code and eight
digits, kept the same wherever a company's number recurs, e-mails use real top-level domains and plates a
province, a letter and five characters. The decoys were drawn to fail every check of `set_format.check_identifier`
(the USCC one included), and a throw-away scan confirmed that no unlabelled number in the texts passes one as a
whole token.

What it holds: personal data in collecting small-business, guarantor and co-borrower loans. A city commercial
bank's inclusive-finance unit (临澜银行普惠金融部: 商户快贷, 税e贷) and an online merchant lender (云栈小额贷款,
app 云栈商家, product 掌柜贷), their agencies (杭州衡谦商务咨询, 佛山德穗资产管理) and the bank's law firm
(浙江衡越律师事务所) collect from shop owners, sole traders and a small factory: business licences and unified
social credit codes, the owners' and guarantors' IDs, cards, mobiles and passports, a spouse who co-signed and one
who did not, guarantor companies, the shop's, the factory's and the home's addresses, employees' names, wages and
social insurance, suppliers, customers, a franchisor, landlords, a market office and an industrial park told of
the debt, tax returns and invoices, payment-code takings, shop and street CCTV, a lorry's GPS, face and voiceprint
matches, an illness behind the closure (a stroke, dialysis, cancer, a heart attack, depression), a disabled or
autistic child, a church and a mosque, a past detention, border crossings and hotel stays, and a lawsuit and its
filings. Voices: SMS templates with placeholders and filled SMS, voice robots with keypad turns (one in
traditional characters), agents' calls as transcripts and as speech-to-text output (no punctuation, fillers,
numbers read aloud with 幺, 两, 洞 and 拐), in-app messages and WeChat posts to supplier and chamber groups, letters
to shops, guarantors, suppliers and landlords, notices posted on doors, field-visit reports, case notes, quality-
check sheets, complaint tickets and replies, a regulator's transfer reply, e-mails between the bank, the lender,
the agencies and the law firm and to borrowers, suppliers, a bookkeeper and an employer, and court papers (a
statement of claim, preservation, enforcement and payment-order applications, a judgment, rulings, a mediation
record, a response notice, a summons, a defence, an evidence list, an address-for-service form).

324 messages, 103 of them (32%) compliant; app 89, call 78, sms 68, notice 54, email 35; to the debtor 165, to a
third party 69, to an unknown recipient 90. `pii.sensitive` labels 84 messages, `pii.unmasked_identifier` 82,
`pii.excessive` 63 and `pii.third_party_disclosure` 62. Entities: PERSON 316, EMAIL 70, CN_ID_CARD 48,
CN_MOBILE 39, ADDRESS 25, CN_LANDLINE 22, CN_BANK_CARD 21, CN_USCC 15, CN_PASSPORT 9, CN_LICENSE_PLATE 3.
Identifiers are written plain, in full-width digits, grouped by spaces (4-4-4-4, 4-4-4-4-3, 3-4-4, 6-8-4), by dots
(6.8.4, 3.4.4) and by hyphens (6-8-4, 3-4-4, 4-4-4-4), behind +86 and 0086 (outside the span), with a lower-case
final x, read aloud digit by digit (一二三 and 零, and an ID's final X as 叉) and in spoken groups with 幺, 两, 洞
and 拐 (IDs, an old 15-digit ID, cards, mobiles, a passport). Beside them stand decoys of the same shapes: 18-digit
order, contract and instalment numbers (one an ID with a wrong check character), 16- and 19-digit loan-receipt,
batch, case, transaction and voucher numbers failing Luhn (some on card prefixes), 11-digit ticket, order and
device numbers on no mobile prefix (two read aloud), 15-digit IMEIs and receipt numbers with no real month, a
signature serial shaped like a credit code with a wrong check character, and masked forms (3307**********6456,
6217 **** **** 0156, 138****2258, 尾号0305, 身份证后四位); four messages with decoys also hold a real identifier
and are labelled for it. Companies' and courts' landlines, e-mail addresses, credit codes and licence plates are
entities with no category of their own.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out; the conventions are set BB's, with what this theme adds):
- Who is a third party: a guarantor (保证人, also a guarantor company) and a co-borrower who signed (共同借款人,
  the co-signing spouse) are obligors. Messages to them go out as to the debtor and may state the debt they are
  liable for, and the principal borrower's name and arrears; they are judged on the other categories (the
  borrower's health, whereabouts or other loans told to a guarantor are `pii.sensitive`). A spouse who did not
  sign, relatives, employees, suppliers, customers, landlords, a market office, a franchisor, a bookkeeper, an
  employer and a WeChat group are third parties.
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the lender's, agency's or agent's words, in any form: in texts to borrowers, guarantors and third
  parties, and in the lenders' and agencies' own notes, reports, sheets, tickets, letters and e-mails too. Not:
  masked forms, last digits alone, a company's landline, account or credit code (a sole trader's too: it is the
  business's public register entry), a licence plate, a customer saying a number, papers filed with a court (a
  statement of claim, an application, a defence, an evidence list, an address-for-service form) or a court's own
  text, where a full identifier is lawful, a decoy.
- `pii.third_party_disclosure`: to a third party, the text reveals the debt (amount, overdue status, lender or
  product: naming the lender or the app, "his loan with us", a guarantee he signed is enough) or the borrower's
  personal data. A bare call-back request that names no lender, a wrong number crossed off without naming a
  lender, and a sealed letter to be handed on are compliant. Notes, reports, sheets, e-mails between the firms and
  tickets go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and disability of the borrower, a guarantor or relatives, a death's cause,
  whereabouts at a given time and daily routine (from CCTV, GPS, app location, a hotel, a flight, a border
  crossing, a church, a mosque, a hospital), children under 14 (schools, classes, routines, an ID), faith, a past
  detention, biometrics (face and voiceprint matches) used beyond verification, and financial details beyond need:
  tax returns, invoices and takings quoted to press for payment, wages and social insurance, a spouse's or
  parent's transfers, an insurance payout, other loans and a credit record. Not: the borrower's own words (also as
  a note records them), a reply that echoes back to the borrower the hardship they stated, a hardship reply or
  offer that names no condition or asks for no records, face verification for logging in, a rule forbidding such
  use, a sheet that condemns it without naming whom it concerns.
- `pii.excessive`: the address book, the call log or the photo album quoted, or employees', neighbours', relatives',
  a partner's, other guarantors' or suppliers' names, numbers, employers or addresses, or a full name with a home
  address, that the message does not need. Not: a full name alone, an agent's or lawyer's name, the co-borrower or
  principal borrower a message is about, the address a letter is sent to or a court paper gives, a relative the
  message is addressed to.
A customer's or third party's own words in a call are never labelled; they still carry entities. Entities mark
every string of their type whoever it belongs to (an agent, a lawyer, a company's landline, an agency's e-mail, a
company's credit code, a delivery van's plate); masked forms, 400 service numbers, IMEIs, device ids, order,
contract and receipt numbers, flight numbers and case numbers are not entities, nor is a +86 or 0086 before a
mobile; a surname with an honorific, a title or 小/老 (邵先生, 周老板, 钱总, 胡经理, 小宋, 老孙) is not a PERSON, a
full name is, and so is a name written twice, each time; ADDRESS reaches down to a road and number or a building
and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_bc`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_bc.jsonl"
ID_PREFIX = "PBC"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")


def call(*lines: str) -> str:
    """A call written out one speaker-prefixed turn a line, as a vendor's text export gives it."""
    return "\n".join(lines)


# --- SMS templates and filled messages to owners, guarantors, co-borrowers and the people around them ----------

SMS: list[PiplEntry] = [
    ("sms", "debtor", "【临澜银行】{客户姓名}您好，您经营的{商户名称}名下临澜商户快贷尾号{借据后四位}已逾期{逾期天数}天，应还{应还金额}元。请通过临澜银行App或柜面还款，如经营困难可申请展期或分期，客服0571-86930275。",
     [(LL, "0571-86930275")], []),
    ("sms", "debtor", "【临澜银行】陈海生先生，您名下临澜商户快贷已逾期23天，应还本息58,214.37元。您在我行登记的身份证号为330782196906096456，请于本周五前还款。",
     [(P, "陈海生"), (ID, "330782196906096456")], [U]),
    ("sms", "debtor", "【云栈商家】周老板您好，您店铺“丽娟服饰”的掌柜贷本期应还6,380.00元已逾期5天，扣款卡尾号3604余额不足。请在云栈商家App“借款-还款”中处理，或申请延期。",
     [], []),
    ("sms", "debtor", "【云栈商家】周丽娟，你上月在税务系统开出增值税发票17张，合计开票金额31.6万元，别再说店里没生意，今天之内把9,870元结清。",
     [(P, "周丽娟")], [S]),
    ("sms", "debtor", "【衡谦商务】受临澜银行委托提醒：吴国强先生，您作为浩川包装厂经营贷款的保证人，主债务人已逾期61天未还，保证责任范围以保证合同为准，请于{截止日期}前与我司联系，电话0571-85127649。",
     [(P, "吴国强"), (LL, "0571-85127649")], []),
    ("sms", "debtor", "【衡谦商务】吴国强，你担保的那笔钱，借款人邱建华上周三住进了市一医院心内科，人躺着还不了，你作为担保人今天就得先垫上。",
     [(P, "吴国强"), (P, "邱建华")], [S]),
    ("sms", "debtor", "【临澜银行】林秀英女士，您作为共同借款人签署的经营贷款合同（尾号0571）已逾期，当前应还12,406.80元，您与主借款人承担共同还款责任，请及时还款或联系客户经理协商。",
     [(P, "林秀英")], []),
    ("sms", "third_party", "【临澜银行】您好，黄晓东先生在我行的经营贷款已逾期，您是其登记的紧急联系人，请转告他尽快与我行联系。",
     [(P, "黄晓东")], [D]),
    ("sms", "third_party", "您好，我们有一份业务往来的材料需要黄先生本人签收，请转告他致电0571-85127649，谢谢。",
     [(LL, "0571-85127649")], []),
    ("sms", "third_party", "【德穗资产】冯老板您好，您的客户麦志坚开的志坚五金欠云栈小贷4.7万一直不还，他的货款您先别结给他，直接打到我们指定的账户抵债。",
     [(P, "麦志坚")], [D]),
    ("sms", "debtor", "【德穗资产】麦志坚，你老婆谭凤仪在建设银行的工资卡每月8号进账6,500，你再不还我们就找她谈。",
     [(P, "麦志坚"), (P, "谭凤仪")], [S, X]),
    ("sms", "debtor", "【临澜银行】郑女士，您经营的郑记烘焙名下贷款已逾期，我行已于{起诉日期}向法院提交起诉材料，案件进展以法院通知为准。如需和解，请联系0571-86930275。",
     [(LL, "0571-86930275")], []),
    ("sms", "debtor", "【临澜银行】郑婉茹，你的起诉状已经交到法院，身份证３３０６０２１９７９１１２７７６９７、银行卡６２１７４８６７０５２３０１５６都写在上面，判下来就执行。",
     [(P, "郑婉茹"), (ID, "３３０６０２１９７９１１２７７６９７"), (BC, "６２１７４８６７０５２３０１５６")], [U]),
    ("sms", "third_party", "【云栈商家】您好，您是丽娟服饰那间铺面的房东吧？店主周丽娟欠我们平台的掌柜贷两个月没还，她要是退租请务必先通知我们。",
     [(P, "周丽娟")], [D]),
    ("sms", "third_party", "【衡谦商务】章师傅您好，您老板陈海生欠临澜银行的贷款一直没还，店里可能要停业，您这个月工资能不能拿到还不好说，建议您劝他先还钱。",
     [(P, "陈海生")], [D]),
    ("sms", "debtor", "【衡谦商务】陈海生，你店里三个店员章国富、宋小梅、叶志鹏每月工资加起来一万一千五，你有钱发工资没钱还贷？",
     [(P, "陈海生"), (P, "章国富"), (P, "宋小梅"), (P, "叶志鹏")], [S, X]),
    ("sms", "debtor", "【临澜银行】黄晓东先生，您与配偶林秀英女士共同签署的经营贷款合同已逾期45天，应还本息36,917.20元，请二位尽快还款，或到支行办理展期。",
     [(P, "黄晓东"), (P, "林秀英")], []),
    ("sms", "third_party", "【德穗资产】潘小姐，你是吴国强厂里的会计吧？他厂里欠云栈小贷和临澜银行一共三十几万，他身份证号440604197404109419，你把他老婆的电话发给我们。",
     [(P, "吴国强"), (ID, "440604197404109419")], [D, U]),
    ("sms", "debtor", "【临澜银行】罗先生您好，您提交的营业执照（统一社会信用代码92440306BDP720TMWR）已完成年审信息更新，贷款续期材料已齐全，客户经理将与您联系。",
     [(UC, "92440306BDP720TMWR")], []),
    ("sms", "debtor", "【云栈商家】丁先生，系统显示您昨晚21:40在虹桥机场T2航站楼的免税店刷卡消费，您有钱出行就请先还款，逾期金额8,233元。",
     [], [S]),
    ("sms", "third_party", "【临澜银行】您好，这里是临澜银行，请转告您的丈夫韦先生回电0571-86930275。",
     [(LL, "0571-86930275")], [D]),
    ("sms", "debtor", "【衡谦商务】韦振东，你女儿韦思琪在滨江区江南实验学校六年级，下午四点放学，孩子的事你也不想我们操心吧，今天把钱还了。",
     [(P, "韦振东"), (P, "韦思琪")], [S, X]),
    ("sms", "debtor", "【云栈商家】您的掌柜贷已逾期，为核实身份，请在App内完成人脸识别后查看借款详情，本短信不包含您的个人信息。",
     [], []),
    ("sms", "debtor", "【德穗资产】蓝先生，我们调了你店对面小卖部的监控，你每天早上七点二十到店，晚上九点从后门走，别躲了。",
     [], [S]),
    ("sms", "third_party", "【德穗资产】陆老板，你隔壁鞋店的蓝志诚欠云栈小贷的钱跑路了，你要是看到他回店里，打0757-83316025告诉我们。",
     [(P, "蓝志诚"), (LL, "0757-83316025")], [D]),
    ("sms", "debtor", "【临澜银行】保证人您好：您为{借款人姓名}在我行的经营贷款提供连带责任保证，该笔贷款已逾期{逾期天数}天，请于{截止日期}前履行保证责任或与我行协商。",
     [], []),
    ("sms", "debtor", "【临澜银行】邓志远先生，您担保的甜麦烘焙坊（经营者邓美玲）贷款已逾期。另据查邓美玲名下还有云栈小贷和两家网贷共计19万未还，征信已多次逾期，请您督促。",
     [(P, "邓志远"), (P, "邓美玲"), (P, "邓美玲")], [S]),
    ("sms", "debtor", "【云栈商家】您好，您的掌柜贷借款合同编号671431843294013443，本期应还1,920.55元，今日为最后还款日，请及时还款。",
     [], []),
    ("sms", "debtor", "【衡谦商务】严家豪，你本月14号从宁波出境去了越南胡志明市，护照号E51766183，回国前把欠款处理好。",
     [(P, "严家豪"), (PP, "E51766183")], [S, U]),
    ("sms", "third_party", "【衡谦商务】您好，贵司供货的客户严家豪（豪盛饰品）欠临澜银行经营贷款未还，目前已失联，请贵司暂停向其发货并提供其最新收货地址。",
     [(P, "严家豪")], [D]),
    ("sms", "debtor", "【德穗资产】岑先生，你老婆程慧芳在禅城区人民医院做了乳腺手术，你们家用钱我们理解，但欠款不能再拖了。",
     [(P, "程慧芳")], [S, X]),
    ("sms", "debtor", "【云栈商家】您于{申请日期}提交的“因病歇业”延期申请已通过，新还款日为{新还款日}。如需再次调整，请在App内提交，无需提供病历。",
     [], []),
    ("sms", "third_party", "【云栈商家】您好，您的手机号码被一位商户登记为店铺联系人。我们暂时无法联系到该商户，请您方便时提醒他登录云栈商家App查看重要通知，谢谢。",
     [], [D]),
    ("sms", "third_party", "您好，打扰了。我们在找柯先生本人，有事需与他本人确认，如您认识他，麻烦请他回电0757-83316025。",
     [(LL, "0757-83316025")], []),
    ("sms", "debtor", "【临澜银行】柯先生，您的税e贷已逾期。根据您授权的纳税数据，您今年一季度增值税申报销售额为86.4万元，具备还款能力，请于3日内还款。",
     [], [S]),
    ("sms", "debtor", "【临澜银行】柯永辉先生，您在我行的税e贷已逾期12天，应还金额4,615.00元，还款账户为您尾号7844的对公账户，请确保余额充足。",
     [(P, "柯永辉")], []),
    ("sms", "debtor", "【衡谦商务】付女士，你女儿杜欣然在浙江工商大学读大三，学校我们也能联系，欠款请尽快处理。",
     [(P, "杜欣然")], [X]),
    ("sms", "third_party", "【临澜银行】曾先生您好，您岳父柯永辉在我行的税e贷已逾期12天，欠4,615.00元，请您协助提醒他还款。",
     [(P, "柯永辉")], [D]),
]

# --- Voice robots (keypad turns, one in traditional characters) -------------------------------------------------

ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("机器人：您好，这里是临澜银行普惠金融部，请问您是余建明先生本人吗？确认请按1，不是请按2。",
                            "客户：（按键1）",
                            "机器人：余先生，您名下的商户快贷已逾期9天，应还4,210.66元，请于今日通过临澜银行App还款。如需协商，请按0转人工。",
                            "客户：（按键0）"),
     [(P, "余建明")], []),
    ("call", "debtor", call("机器人：您好，这里是云栈商家还款提醒。您的掌柜贷已逾期，您登记的身份证号码为三五零二零三一九七二零八零七四三三五，请核对后尽快还款。",
                            "客户：你们怎么把我身份证号念出来了？"),
     [(ID, "三五零二零三一九七二零八零七四三三五")], [U]),
    ("call", "third_party", call("机器人：您好，请问是本机机主吗？本次来电需与机主本人确认一件事情，如您不是机主本人，请按2。",
                                 "第三方：（按键2）",
                                 "机器人：好的，打扰您了，祝您生活愉快，再见。"),
     [], []),
    ("call", "third_party", call("機器人：您好，這裡是雲棧商家，您的店鋪聯繫人馮志偉的掌櫃貸已逾期三十天，請您轉告他盡快還款，謝謝。",
                                 "聯繫人：我跟他只是生意上的朋友。",
                                 "機器人：感謝您的配合，再見。"),
     [(P, "馮志偉")], [D]),
    ("call", "debtor", call("机器人：您好，这里是云栈商家。您的掌柜贷本期扣款失败，您的还款卡号为六二二八 四三二二 二一四四 七零五三，请在今晚八点前存入足额资金。",
                            "客户：知道了。"),
     [(BC, "六二二八 四三二二 二一四四 七零五三")], [U]),
    ("call", "debtor", call("机器人：您好，这里是临澜银行普惠金融部。您作为保证人的经营贷款已逾期，借款人欧阳振华的待还金额为二万三千四百元，了解保证责任详情请按1。",
                            "客户：（按键1）",
                            "机器人：根据保证合同，您对该笔贷款承担连带保证责任，客户经理将在一个工作日内与您联系。"),
     [(P, "欧阳振华")], []),
    ("call", "third_party", call("机器人：您好，这里是德穗资产，受云栈小额贷款委托，您的老板许国栋经营贷款已逾期，请您转告他回电零七五七八三三一六零二五。",
                                 "第三方：我就是个打工的。"),
     [(P, "许国栋"), (LL, "零七五七八三三一六零二五")], [D]),
    ("call", "debtor", call("机器人：您好，这里是临澜银行。为确保通知送达，请核对您在我行预留的手机号码：幺三九六六九幺四幺四七，正确请按1，已变更请按2。",
                            "客户：（按键1）"),
     [(MB, "幺三九六六九幺四幺四七")], [U]),
    ("call", "debtor", call("机器人：您好，这里是临澜银行。为保护您的信息，我们仅播报您预留手机的尾号：四幺四七。您的商户快贷今日到期，请按时还款。",
                            "客户：（按键1）"),
     [], []),
    ("call", "third_party", call("机器人：您好，这里是临澜银行，本次来电需与店主本人联系，如您不是本人，请按2。",
                                 "第三方：（按键2）",
                                 "机器人：好的，打扰您了，再见。"),
     [], [D]),
    ("call", "debtor", call("机器人：您好，这里是云栈商家，为核实您的身份，请输入您身份证号码的后四位，以井号键结束。",
                            "客户：（按键4335）",
                            "机器人：验证通过。您的掌柜贷已逾期3天，应还1,206.40元，还款请按1，申请延期请按2。",
                            "客户：（按键2）"),
     [], []),
    ("call", "debtor", call("机器人：您好，这里是云栈商家。系统检测到您的店铺收款码近七日收款四万三千元，您有能力还款，请立即还款，还款请按1。",
                            "客户：那是货款，要付给供应商的。"),
     [], [S]),
]

# --- Agents' calls as transcripts --------------------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("坐席：您好，我是衡谦商务的催收专员，受临澜银行委托，请问是陈海生先生吗？",
                            "客户：是我。",
                            "坐席：为核实身份，请您报一下身份证号码后四位。",
                            "客户：我全报给你吧，330782196906096456。",
                            "坐席：不用全报，后四位就可以了，已经核实。您的商户快贷逾期23天，今天能安排还款吗？",
                            "客户：店里这个月实在周转不开。",
                            "坐席：理解，我可以帮您申请分期，下周一再跟您确认方案。"),
     [(P, "陈海生"), (ID, "330782196906096456")], []),
    ("call", "debtor", call("坐席：喂，周老板吧，我云栈商家的。",
                            "客户：嗯，什么事。",
                            "坐席：你绑的那张卡6230372419010147扣款失败三次了，今天晚上之前存够6,380。"),
     [(BC, "6230372419010147")], [U]),
    ("call", "third_party", call("坐席：你好，是鸿达布料的钟经理吗？",
                                 "第三方：我是，哪位？",
                                 "坐席：我这边是德穗资产的。你们的客户周丽娟，开丽娟服饰那个，她欠云栈小贷的掌柜贷两个月没还了，你们之间还有货款没结吧？",
                                 "第三方：这跟我有什么关系？",
                                 "坐席：她的货款你先压着别结，我们会给你发函。"),
     [(P, "周丽娟")], [D]),
    ("call", "debtor", call("坐席：林秀英女士您好，我是临澜银行普惠金融部的客户经理，您和黄晓东先生共同签的那笔经营贷款逾期45天了，这通电话是跟您核对还款安排的。",
                            "客户：我知道，他店关了，我们在想办法。",
                            "坐席：好的，您二位是共同借款人，可以一起来支行办理展期，需要我帮您预约吗？",
                            "客户：那约下周二吧。"),
     [(P, "林秀英"), (P, "黄晓东")], []),
    ("call", "debtor", call("坐席：王建勇是吧？你是邱建华那笔贷款的担保人。",
                            "客户：是，我签过字。",
                            "坐席：邱建华现在在市一医院住着，心梗放了两个支架，ICU住了五天，他是还不上了，你得担起来。",
                            "客户：我先问问合同怎么写的。"),
     [(P, "王建勇"), (P, "邱建华"), (P, "邱建华")], [S]),
    ("call", "debtor", call("坐席：吴老板，你厂里那个出纳叫潘晓静吧，她手机15094936772，我们昨天已经打过去了。",
                            "客户：你们找我员工干什么？",
                            "坐席：你不接电话，我们只能找她。"),
     [(P, "潘晓静"), (MB, "15094936772")], [U, X]),
    ("call", "third_party", call("坐席：您好，请问许国栋先生在店里吗？",
                                 "第三方：老板不在，出去送货了。",
                                 "坐席：好的，麻烦您转告他回个电话，号码是0757-83316025，谢谢。",
                                 "第三方：行。"),
     [(P, "许国栋"), (LL, "0757-83316025")], []),
    ("call", "third_party", call("坐席：你是店里的收银员吧？你们老板许国栋欠了云栈小贷十二万，店随时要被查封，你这个月工资他发了没有？",
                                 "第三方：还没发。",
                                 "坐席：那你就别干了，他连你们几个人的工资都发不出来。"),
     [(P, "许国栋")], [D]),
    ("call", "debtor", call("坐席：蓝先生，你别说你不在店里，我们同事把那条街的监控都看了，你昨天下午三点开着粤E7K2Q9那辆车回的店。",
                            "客户：你们凭什么看监控？"),
     [(PL, "粤E7K2Q9")], [S]),
    ("call", "debtor", call("坐席：您好，我是临澜银行普惠金融部的，请问是郑婉茹女士吗？",
                            "客户：是我。我上个月查出来乳腺癌，店已经关了。",
                            "坐席：听到这个消息很抱歉。您这种情况可以申请延期还款，不需要提交病历，我先帮您登记，您看可以吗？",
                            "客户：好的，谢谢。"),
     [(P, "郑婉茹")], []),
    ("call", "third_party", call("坐席：喂，你是郑婉茹的哥哥吧？",
                                 "第三方：对，怎么了？",
                                 "坐席：你妹妹在临澜银行的贷款逾期了，她说她得了乳腺癌，店也关了，你们家里人能不能先帮她还一部分？",
                                 "第三方：这事我得问问她。"),
     [(P, "郑婉茹")], [D, S]),
    ("call", "debtor", call("坐席：您好，这里是云栈商家客服，请问是丁先生本人吗？",
                            "客户：是，我手机是13418243432，你们有事发短信到这个号就行。",
                            "坐席：好的，我们会发到您尾号3432的手机上，请注意查收还款方案。"),
     [(MB, "13418243432")], []),
    ("call", "debtor", call("坐席：欧阳振华，你担保人何志刚的电话18450558986，家住海曙区柳汀街227号5幢302，他知道你欠钱不还吗？",
                            "客户：你们别去找他。"),
     [(P, "欧阳振华"), (P, "何志刚"), (MB, "18450558986"), (A, "海曙区柳汀街227号5幢302")], [U, X]),
    ("call", "third_party", call("坐席：您好，是宾王路188号那间铺面的房东吗？",
                                 "第三方：是我，有什么事？",
                                 "坐席：我们是衡谦商务的，租您铺面的陈海生欠临澜银行五万多，他身份证号是330782196906096456，您知道他现在住哪吗？",
                                 "第三方：我不清楚。"),
     [(A, "宾王路188号"), (P, "陈海生"), (ID, "330782196906096456")], [D, U]),
    ("call", "debtor", call("坐席：您好，请问是严家豪先生吗？我是临澜银行普惠金融部的客户经理。",
                            "客户：是我。",
                            "坐席：您的贷款借据号是864987293416113104，已经逾期14天，今天能还吗？",
                            "客户：后天吧。",
                            "坐席：好的，我登记后天还款，届时请确保尾号7805的账户余额充足。"),
     [(P, "严家豪")], []),
    ("call", "third_party", call("坐席：你是冯志伟老婆吧？",
                                 "第三方：我是，他怎么了？",
                                 "坐席：他不光欠云栈的掌柜贷，还在三家网贷借了十几万，征信都花了，你们家房子还在他名下吧？"),
     [(P, "冯志伟")], [D, S]),
    ("call", "debtor", call("坐席：覃老板，你儿子覃子轩在南海实验小学四年级三班，校车每天早上六点四十在你家楼下接，我们都清楚。",
                            "客户：你们想干什么？"),
     [(P, "覃子轩")], [S, X]),
    ("call", "debtor", call("坐席：梁先生，你每个礼拜天上午都在石室圣心大教堂做弥撒，要不我们的人在那边等你，当面谈？",
                            "客户：你们连这个都查？"),
     [], [S]),
    ("call", "third_party", call("坐席：您好，是味香园餐厅负责采购的吧？你们的供应商吴国强，浩川包装厂那个，欠了银行三十多万，厂子快不行了，你们以后别跟他订货了。",
                                 "第三方：真的假的？"),
     [(P, "吴国强")], [D]),
    ("call", "debtor", call("坐席：您好，钱总，我是临澜银行普惠金融部的，贵公司为浩川包装厂的贷款提供了保证，保证人是贵公司，统一社会信用代码91440604MG0U80TYFU，对吧？",
                            "客户：对，是我们公司担保的。",
                            "坐席：这笔贷款已逾期61天，按保证合同我们会向贵公司发函，请您安排财务对接。"),
     [(UC, "91440604MG0U80TYFU")], []),
    ("call", "debtor", call("坐席：您好，请问是柯永辉先生吗？我这边是临澜银行的。",
                            "客户：是。",
                            "坐席：核实一下身份，您身份证号是440306 19921104 3148，对吧？您的税e贷逾期了。"),
     [(P, "柯永辉"), (ID, "440306 19921104 3148")], [U]),
    ("call", "third_party", call("坐席：你好，我是德穗资产的，隔壁那家五金店的麦志坚你熟吧？",
                                 "第三方：认识，怎么了？",
                                 "坐席：他欠了钱不还，听说中风了在家躺着，你知道他家住哪吗？",
                                 "第三方：不知道。"),
     [(P, "麦志坚")], [D, S]),
    ("call", "debtor", call("坐席：罗先生，您申请的贷款重组需要营业执照和近六个月的经营流水，在App上传就可以，不需要提供家人的信息。",
                            "客户：营业执照的信用代码是92440306BDP720TMWR，你们系统里有吧？",
                            "坐席：有的，核对一致，后面审批结果我们短信通知您。"),
     [(UC, "92440306BDP720TMWR")], []),
    ("call", "debtor", call("坐席：您好，请问是袁秋菊女士吗？我是临澜银行普惠金融部的客户经理。",
                            "客户：是我，我老公去年车祸走了，店是我一个人在撑。",
                            "坐席：非常抱歉听到这件事。您可以申请延期或分期，我们会按您的情况调整，不用您提供任何证明，我先给您登记。",
                            "客户：那麻烦你了。"),
     [(P, "袁秋菊")], []),
    ("call", "debtor", call("坐席：袁秋菊，你老公的死亡证明我们拿到了，是酒驾撞的，保险公司赔了你六十八万，这钱先还银行。",
                            "客户：你们从哪拿到的？"),
     [(P, "袁秋菊")], [S]),
]

# --- Agents' calls as speech-to-text output: no punctuation, fillers, numbers read aloud (幺, 两, 洞, 拐) --------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", call("坐席：喂你好 是韦振东韦先生吗 我这边是临澜银行普惠金融部的",
                            "客户：嗯 是我",
                            "坐席：就是您那个商户快贷啊 逾期了十一天 那个还款账户呢尾号是 两两洞洞 您看今天能不能存进去",
                            "客户：明天吧 明天上午"),
     [(P, "韦振东")], []),
    ("call", "debtor", call("坐席：喂 韦先生 你那个身份证号 三三洞幺洞六 幺九拐四 洞拐两五 三九六九 对吧 我跟你核对一下 你这个逾期了啊",
                            "客户：对 是我"),
     [(ID, "三三洞幺洞六 幺九拐四 洞拐两五 三九六九")], [U]),
    ("call", "debtor", call("坐席：那个 你老婆的手机是 幺五六 五八九四 五洞幺八 吧 我们呃 联系不上你就只能打她了",
                            "客户：她又没签字 你们打她干嘛"),
     [(MB, "幺五六 五八九四 五洞幺八")], [U, X]),
    ("call", "third_party", call("坐席：喂 你好 是 是麦志坚的弟弟吗",
                                 "第三方：对 你哪位",
                                 "坐席：我们是云栈小贷委托的德穗资产 你哥那个店铺贷款 欠了四万七 两个多月了 你让他 呃 赶紧处理"),
     [(P, "麦志坚")], [D]),
    ("call", "third_party", call("坐席：喂您好 请问是蓝志诚先生吗",
                                 "第三方：不是 打错了",
                                 "坐席：哦 不好意思 打扰了"),
     [(P, "蓝志诚")], []),
    ("call", "debtor", call("坐席：你这个还款卡 六两幺四 九六九幺 八幺两幺 四拐幺四 里面一分钱都没有 呃 你是不是 是不是换卡了",
                            "客户：没换 就是没钱"),
     [(BC, "六两幺四 九六九幺 八幺两幺 四拐幺四")], [U]),
    ("call", "third_party", call("坐席：喂 是 是周丽娟店里的吧 那个 你们老板娘最近 是不是 抑郁症又犯了 店门都不开",
                                 "第三方：你谁啊",
                                 "坐席：我们云栈商家的 她掌柜贷欠着呢 你让她回个电话"),
     [(P, "周丽娟")], [D, S]),
    ("call", "debtor", call("客户：我那个卡号是 六两三洞 五六四三 四八九六 洞八幺幺 八两四 你们扣这个",
                            "坐席：好的 尾号八两四的这张卡 我给您登记上 明天上午扣款",
                            "客户：行"),
     [(BC, "六两三洞 五六四三 四八九六 洞八幺幺 八两四")], []),
    ("call", "debtor", call("坐席：蓝先生 嗯 你每天晚上十点多从店里回 余杭区五常街道荆长路520号3幢 对吧 我们的人 都看着呢",
                            "客户：你们跟踪我"),
     [(A, "余杭区五常街道荆长路520号3幢")], [S]),
    ("call", "debtor", call("坐席：喂 林女士是吧 我是临澜银行的客户经理小叶 您跟黄先生一起签的那个经营贷 这个月还没还上",
                            "客户：嗯 我知道 这周五前还",
                            "坐席：好的好的 那周五我们再确认一下 有困难也可以申请展期"),
     [], []),
    ("call", "debtor", call("坐席：你这个身份证还是老的 十五位的 四三幺幺洞两 拐洞洞两洞六 幺洞幺 是不是 这个要更新的啊",
                            "客户：是老的 没换"),
     [(ID, "四三幺幺洞两 拐洞洞两洞六 幺洞幺")], [U]),
    ("call", "third_party", call("坐席：嗯 您是柯永辉的爱人吧 他那个税e贷啊 我们看了一下他去年纳税申报 营业额 两百多万 不可能还不上",
                                 "第三方：他公司的事我不管",
                                 "坐席：那您 呃 您劝劝他"),
     [(P, "柯永辉")], [D, S]),
    ("call", "debtor", call("坐席：你的借款订单号是 幺洞幺洞五四九四幺八九 你记一下 然后在 App里面 找到这个订单",
                            "客户：幺洞幺洞五四九四 幺八九 好",
                            "坐席：对 还款之后 截个图发给我们"),
     [], []),
    ("call", "debtor", call("坐席：你那个担保人何志刚 他是不是出国了 护照号 E幺洞七六七八五四 我们查到他 上个月 从浦东出去的",
                            "客户：我不知道他的事"),
     [(P, "何志刚"), (PP, "E幺洞七六七八五四")], [S, U, X]),
    ("call", "third_party", call("坐席：喂 你好 这边是云栈商家 找一下丁先生",
                                 "第三方：没这个人",
                                 "坐席：哦 好的"),
     [], [D]),
    ("call", "debtor", call("坐席：你那店里小宋 宋小梅 一个月四千二 叶志鹏三千八 你发工资倒是挺准时的 就是不还我们",
                            "客户：工资是工资"),
     [(P, "宋小梅"), (P, "叶志鹏")], [S, X]),
    ("call", "debtor", call("客户：我老婆住院了 在化疗 我店也没开 真的没钱",
                            "坐席：嗯 理解 那这样 我帮你申请停催三个月 你这边 呃 等方便的时候再跟我们联系",
                            "客户：好 谢谢"),
     [], []),
    ("call", "debtor", call("坐席：岑先生 你 你妹妹岑雅琳 住在 禅城区岭南大道北128号 对吧 我们要不去她那坐坐",
                            "客户：她跟这事没关系"),
     [(P, "岑雅琳"), (A, "禅城区岭南大道北128号")], [X]),
    ("call", "debtor", call("坐席：你昨天下午去了南海区人民医院做透析 嗯 我们同事在医院门口看到你了 你有钱看病就有钱还",
                            "客户：透析是救命的钱"),
     [], [S]),
    ("call", "debtor", call("坐席：你老婆那张卡 六两两八 三拐八三 洞五六五 九八五九 我们也查到了 每个月都有钱进 你让她先帮你还了",
                            "客户：那是她的工资卡"),
     [(BC, "六两两八 三拐八三 洞五六五 九八五九")], [S, U, X]),
]

# --- In-app messages of the merchant lender and WeChat messages from agency collectors -------------------------

APP: list[PiplEntry] = [
    ("app", "debtor", "【消息中心】尊敬的商户：您的掌柜贷已逾期，系统根据您授权的店铺经营数据测算，您近30日营业额为12.7万元，外卖平台结算款每周二到账，请于下次结算后立即还款。",
     [], [S]),
    ("app", "debtor", "周老板，我是德穗资产的小何，你的掌柜贷的事今天得给个说法。你身份证440306196311029905，我这边已经在准备起诉材料了。",
     [(ID, "440306196311029905")], [U]),
    ("app", "third_party", "【供应商群】各位老板注意，群里的“豪盛饰品”严家豪欠临澜银行贷款二十多万，人已经跑了，大家跟他有货款往来的赶紧对账，他手机19875596190。",
     [(P, "严家豪"), (MB, "19875596190")], [D, U]),
    ("app", "debtor", "吴国强，你厂里新招的那个会计潘晓静，身份证450103199301275673，她也签了字做见证人，你要是不还我们就找她。",
     [(P, "吴国强"), (P, "潘晓静"), (ID, "450103199301275673")], [U, X]),
    ("app", "debtor", "【消息中心】您上传的营业执照已审核通过：名称“南海区浩川包装厂”，统一社会信用代码924406059FYHK74HLR，经营者吴国强。",
     [(UC, "924406059FYHK74HLR"), (P, "吴国强")], []),
    ("app", "debtor", "麦先生，给你发个定位，你老婆谭凤仪每天下午五点在桂城天佑城那边接孩子，我们同事都拍到了，你自己看着办。",
     [(P, "谭凤仪")], [S, X]),
    ("app", "third_party", "【店铺联系人通知】您好，商户“志坚五金”的经营者麦志坚在本平台的掌柜贷已逾期，您是其登记的店铺联系人，请提醒他尽快登录App处理。",
     [(P, "麦志坚")], [D]),
    ("app", "debtor", "丁文斌，你去年在云栈商家贷款的时候上传的手持身份证照片和人脸视频我们都存着，你不还我们就拿去做比对，看你还能躲到哪去。",
     [(P, "丁文斌")], [S]),
    ("app", "debtor", "【消息中心】为保护您的账户安全，系统将在您登录时进行人脸核验，核验数据仅用于本人身份确认，不作他用。",
     [], []),
    ("app", "third_party", "你好，你是覃志明店里的员工陆小燕吧？你老板欠我们云栈小贷八万多，他今天人在哪？你把他家地址发我，不然我们就天天来店里。",
     [(P, "覃志明"), (P, "陆小燕")], [D]),
    ("app", "debtor", "覃先生，您反馈的店铺被淹情况我们已经记录，云栈商家对受灾商户有专项延期政策，请在App首页“灾害援助”入口提交申请，无需再补充其他材料。",
     [], []),
    ("app", "debtor", "覃志明，你老家是广西贵港的吧，你爸覃德胜在港北区那边开米粉店，电话17731582888，你不还钱我们就只好去拜访老人家了。",
     [(P, "覃志明"), (P, "覃德胜"), (MB, "17731582888")], [U, X]),
    ("app", "third_party", "【商会群公告】会员单位“郑记烘焙”经营者郑婉茹，因身患重病已停业，其在临澜银行贷款逾期，请各会员知悉，勿再与其发生资金往来。",
     [(P, "郑婉茹")], [D, S]),
    ("app", "debtor", "柯老板，您的税e贷已逾期，我们看到您的永辉电器行（个体工商户）这个季度的进项发票比上季度少了一半，销项也只开了十几张，是不是准备注销了？请尽快回电。",
     [], [S]),
    ("app", "debtor", "柯永辉先生，您好。根据您签署的《涉税信息查询授权书》，我行仅在贷款审批时查询您的纳税信息，贷后催收不会使用，请放心。您的逾期金额为4,615元。",
     [(P, "柯永辉")], []),
    ("app", "debtor", "【消息中心】您绑定的对公账户开户名“厦门市思明区晓东茶行”，统一社会信用代码923502030DRAXKLETQ，本期扣款失败，请确认账户状态。",
     [(UC, "923502030DRAXKLETQ")], []),
    ("app", "debtor", "黄晓东，你那个茶行后面的仓库在思明区莲前西路611号，你老丈人林德贵住二楼，你不出面我们就去找老人家聊聊。",
     [(P, "黄晓东"), (A, "思明区莲前西路611号"), (P, "林德贵")], [X]),
    ("call", "debtor", call("坐席：王先生，您是邱建华那笔贷款的保证人吧？跟您说实话，他不是没钱，他这几个月在澳门赌场输了二十多万。",
                            "客户：真的假的？我还以为他生意不好。"),
     [(P, "邱建华")], [S]),
]

# --- Letters to the shop, to guarantors and to the people the shop deals with ------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：LLYH-PH-2024-0417\n陈海生先生：\n您于2023年3月向我行申请的临澜商户快贷（借据尾号6817）已逾期23天，截至本函出具日，应还本息合计58,214.37元。请您于收到本函之日起7日内通过临澜银行App、网点柜面或对公账户还款。如对欠款有异议，请于上述期限内致电0571-86930275提出。逾期不还，我行将依法提起诉讼。\n临澜银行股份有限公司普惠金融部（盖章）\n2024年4月17日\n送达地址：义乌市稠城街道宾王路188号海生五金建材店",
     [(P, "陈海生"), (LL, "0571-86930275"), (A, "义乌市稠城街道宾王路188号")], []),
    ("notice", "debtor", "律师函\n致：郑婉茹女士（身份证号330602197911277697）\n浙江衡越律师事务所受临澜银行股份有限公司委托，就您所欠经营贷款本息41,362.08元一事致函。请您于本函送达之日起十日内清偿，否则委托人将依法起诉。\n承办律师：石文涛\n联系电话：0571-88473021",
     [(P, "郑婉茹"), (ID, "330602197911277697"), (P, "石文涛"), (LL, "0571-88473021")], [U]),
    ("notice", "debtor", "履行保证责任通知书\n王建勇先生：\n您为借款人邱建华在我行的经营贷款提供连带责任保证。借款人已于今年3月因急性心肌梗死入院，目前丧失劳动能力，无法还款。请您于收到本通知之日起十五日内履行保证责任，代为清偿本息103,560.00元。\n临澜银行股份有限公司普惠金融部",
     [(P, "王建勇"), (P, "邱建华")], [S]),
    ("notice", "debtor", "履行保证责任通知书\n王建勇先生：\n您为借款人邱建华在我行的经营贷款（借款合同编号见附件）提供连带责任保证。该笔贷款已逾期87天，截至本通知出具日欠本息103,560.00元。依据保证合同第六条，请您于收到本通知之日起十五日内履行保证责任，或与我行协商。\n联系电话：0571-86930275\n临澜银行股份有限公司普惠金融部（盖章）",
     [(P, "王建勇"), (P, "邱建华"), (LL, "0571-86930275")], []),
    ("notice", "third_party", "关于暂停向严家豪支付货款的函\n金华市宏远饰品批发有限公司：\n贵司客户严家豪（豪盛饰品经营者）在临澜银行的经营贷款已逾期，欠本息二十一万余元。为保全债权，请贵司暂停向其支付货款，并将应付款项告知我司。\n杭州衡谦商务咨询有限公司\n电话：0571-85127649",
     [(P, "严家豪"), (P, "严家豪"), (LL, "0571-85127649")], [D]),
    ("notice", "debtor", "逾期还款提示函\n致：佛山市南海区浩川包装厂（统一社会信用代码924406059FYHK74HLR）\n贵厂在临澜银行的流动资金贷款已逾期61天，逾期本息312,480.55元。请贵厂于本函送达后10日内还款，如有异议请致电0571-86930275。\n临澜银行股份有限公司普惠金融部\n2024年5月6日",
     [(UC, "924406059FYHK74HLR"), (LL, "0571-86930275")], []),
    ("notice", "debtor", "致保证人函\n佛山市锦程纸品有限公司：\n贵司为浩川包装厂在我行的流动资金贷款提供连带责任保证（保证合同编号见附件）。主债务已逾期61天，请贵司依约履行保证责任。\n贵司统一社会信用代码：91440604MG0U80TYFU\n临澜银行股份有限公司普惠金融部（盖章）",
     [(UC, "91440604MG0U80TYFU")], []),
    ("notice", "debtor", "催款通知\n陈海生：\n你店内员工章国富（负责送货）、宋小梅（收银）、叶志鹏（仓管）均已被我司登记在案，如本月底前仍不还款，我司将逐一联系上述人员了解你的经营和资金情况。\n杭州衡谦商务咨询有限公司",
     [(P, "陈海生"), (P, "章国富"), (P, "宋小梅"), (P, "叶志鹏")], [X]),
    ("notice", "debtor", "还款通知书\n麦志坚先生：\n您在云栈小额贷款有限公司的掌柜贷逾期本息47,016元，您的扣款银行卡6228 0906 1162 8151多次扣款失败，请于7日内补足。\n佛山德穗资产管理有限公司（受托催收机构）\n联系电话：0757-83316025",
     [(P, "麦志坚"), (BC, "6228 0906 1162 8151"), (LL, "0757-83316025")], [U]),
    ("notice", "third_party", "告知函\n尊敬的业主：\n租用您位于厦门市思明区莲前西路611号一层铺面的黄晓东，因拖欠临澜银行经营贷款被我行列为重点催收对象。如其退租、转租或变卖店内设备，请及时告知我行。\n临澜银行股份有限公司厦门分行",
     [(A, "厦门市思明区莲前西路611号"), (P, "黄晓东")], [D]),
    ("notice", "third_party", "告示\n本店经营者蓝志诚拖欠云栈小额贷款有限公司掌柜贷本息五万余元，经多次催告拒不还款。请知情者提供其下落，电话0757-83316025。\n（张贴于南海区桂城街道南桂东路63号蓝记鞋店门口）",
     [(P, "蓝志诚"), (LL, "0757-83316025"), (A, "南海区桂城街道南桂东路63号")], [D]),
    ("notice", "debtor", "上门拜访通知\n蓝先生：\n我司工作人员（两人，均持工作证）于今日下午到访您的店铺，未能见到您本人。请您收到通知后与我们联系，商谈还款事宜。本通知以信封密封，请本人拆阅。\n佛山德穗资产管理有限公司\n电话：0757-83316025",
     [(LL, "0757-83316025")], []),
    ("notice", "debtor", "共同还款责任告知书\n林秀英女士：\n您与黄晓东先生作为共同借款人于2022年9月签署的经营贷款合同已逾期45天，欠本息36,917.20元。依据合同约定，您二位对全部债务承担共同还款责任，请于15日内还款或到支行协商。\n临澜银行股份有限公司厦门分行\n送达地址：厦门市思明区莲前西路611号",
     [(P, "林秀英"), (P, "黄晓东"), (A, "厦门市思明区莲前西路611号")], []),
    ("notice", "debtor", "最后通牒\n覃志明：\n你儿子覃子轩就读南海实验小学四年级三班，你妻子陆少萍在平洲玉器街档口上班。你的掌柜贷已逾期三个月，限你五日内还清。\n德穗资产外访组",
     [(P, "覃志明"), (P, "覃子轩"), (P, "陆少萍")], [S, X]),
    ("notice", "debtor", "律师函\n致：严家豪先生（护照号码：E51766183）\n本所受临澜银行股份有限公司委托，就您拖欠经营贷款本息212,704.30元一事，特致函如下：请于本函送达之日起十日内清偿。\n浙江衡越律师事务所\n律师：石文涛",
     [(P, "严家豪"), (PP, "E51766183"), (P, "石文涛")], [U]),
    ("notice", "third_party", "致陈海生母亲的信\n阿姨您好：\n您儿子陈海生在临澜银行的贷款已经逾期两个月了。听说他前阵子查出糖尿病并发症，店也关了，我们很同情，但贷款总要还。希望您劝劝他，或者家里先帮他还一部分。\n杭州衡谦商务咨询有限公司",
     [(P, "陈海生"), (P, "陈海生")], [D, S]),
    ("notice", "debtor", "还款方案确认函\n陈海生先生：\n根据您来电所述身体原因及店铺经营情况，我行同意为您办理展期12个月，展期后每月还款5,012元。请携带本人身份证到宾王路支行签署展期协议。\n临澜银行股份有限公司普惠金融部",
     [(P, "陈海生")], []),
    ("notice", "debtor", "催收函\n借款人：陈海生\n证件号码：3307**********6456\n借据号：418006817\n逾期本息：58,214.37元\n请于2024年5月20日前还款。如有异议，请于收到本函起7日内向我行提出。联系电话：0571-86930275。\n临澜银行股份有限公司普惠金融部（盖章）",
     [(P, "陈海生"), (LL, "0571-86930275")], []),
    ("notice", "debtor", "逾期告知函\n柯永辉先生：\n您的税e贷已逾期。经查询您授权的涉税数据，您经营的永辉电器行2023年全年开具增值税发票1,046张，价税合计482.3万元，进项抵扣39.7万元，足以偿还本笔贷款。请于7日内还款。\n临澜银行股份有限公司普惠金融部",
     [(P, "柯永辉")], [S]),
    ("notice", "third_party", "协助函\n佛山市南海区平洲玉器街管委会：\n贵辖区档口从业人员陆少萍的丈夫覃志明拖欠云栈小贷款项逾期三个月，请贵单位协助通知陆少萍督促其丈夫还款。\n佛山德穗资产管理有限公司",
     [(P, "陆少萍"), (P, "覃志明"), (P, "陆少萍")], [D]),
    ("notice", "debtor", "催收函\n吴国强先生：\n您的经营贷款已逾期61天。请于收到本函之日起7日内还款。本函寄往您在借款合同中约定的送达地址：佛山市南海区桂城街道南桂东路63号2座1104。\n临澜银行股份有限公司普惠金融部（盖章）\n联系电话：0571-86930275",
     [(P, "吴国强"), (A, "佛山市南海区桂城街道南桂东路63号2座1104"), (LL, "0571-86930275")], []),
    ("notice", "debtor", "履行保证责任通知书\n王建勇先生：\n借款人邱建华目前住在其姐姐邱丽萍家（禅城区祖庙路33号4座702），每天上午去麻将馆，并非无力还款。请您作为保证人督促其还款或代为清偿。\n佛山德穗资产管理有限公司",
     [(P, "王建勇"), (P, "邱建华"), (P, "邱丽萍"), (A, "禅城区祖庙路33号4座702")], [S, X]),
    ("notice", "debtor", "催收函\n邢建平先生（手机17193487044）：\n您的掌柜贷已逾期120天，本息合计38,420元。请于本函送达之日起7日内还款。\n云栈小额贷款有限公司",
     [(P, "邢建平"), (MB, "17193487044")], [U]),
    ("notice", "third_party", "通告\n本厂厂长吴国强拖欠临澜银行、云栈小贷等机构贷款合计三十余万元，请各位工友、客户、供应商知悉，勿再与其发生任何资金往来。\n（张贴于罗村工业大道浩川包装厂大门）",
     [(P, "吴国强")], [D]),
]

# --- Field-visit reports (two collectors, identification shown) ---------------------------------------------------

FIELD_VISITS: list[PiplEntry] = [
    ("app", "unknown", "外访报告｜委案：临澜-商户快贷｜外访人员：李振、何俊（两人，均出示工作证）｜地点：借款人店铺｜借款人陈海生在店，沟通还款意愿，承诺月底先还2万。全程佩戴执法记录仪，未进入借款人住所。",
     [(P, "李振"), (P, "何俊"), (P, "陈海生")], []),
    ("app", "unknown", "外访报告｜借款人覃志明不在店。已在南海实验小学门口拍到其子覃子轩放学由母亲接走，照片附后，可作为下次施压材料。",
     [(P, "覃志明"), (P, "覃子轩")], [S, X]),
    ("app", "unknown", "外访报告｜借款人：郑婉茹｜身份证：330602197911277697｜店铺已关门，门上贴转让告示，邻店称其生病回娘家。",
     [(P, "郑婉茹"), (ID, "330602197911277697")], [S, U]),
    ("app", "unknown", "外访报告｜借款人郑婉茹在家接待，自述身患重病，已停止营业，要求延期。已告知可走延期流程，未进一步询问病情，未索要病历。",
     [(P, "郑婉茹")], []),
    ("app", "unknown", "外访报告｜走访邻居三户：隔壁米店老板娘何翠萍（13875801596）、对面五金店张立新（19890197017）、楼上住户，均称近两周未见借款人。",
     [(P, "何翠萍"), (MB, "13875801596"), (P, "张立新"), (MB, "19890197017")], [U, X]),
    ("app", "unknown", "外访报告｜浩川包装厂现有工人9名，出纳潘晓静月薪5,200，车间主任邱立军月薪7,800，工资由吴国强个人账户发放，说明其个人账户有资金。",
     [(P, "潘晓静"), (P, "邱立军"), (P, "吴国强")], [S, X]),
    ("app", "unknown", "外访报告｜调取借款人店铺对面奶茶店监控，借款人蓝志诚近一周每天08:10到店，19:30左右离开，往桂城地铁站方向步行。截图6张附后。",
     [(P, "蓝志诚")], [S]),
    ("app", "unknown", "外访报告｜厂区停放厢式货车一辆，车牌粤E3M8Q1，登记在浩川包装厂名下，车况良好，可作为诉讼保全线索报委托方。",
     [(PL, "粤E3M8Q1")], []),
    ("app", "unknown", "外访报告｜外访地址：义乌市稠城街道宾王路188号（借款合同约定的经营地址）。外访人员两人，借款人不在，已将密封的上门通知交店员转交，未向店员说明来意。",
     [(A, "义乌市稠城街道宾王路188号")], []),
    ("app", "unknown", "外访报告｜借款人妻子谭凤仪在桂城天佑城一楼化妆品专柜上班，每天10点到22点，可以去柜台找她。",
     [(P, "谭凤仪")], [S, X]),
    ("app", "unknown", "外访报告｜借款人梁国华周日上午固定去石室圣心大教堂，建议下周日在教堂门口等候。",
     [(P, "梁国华")], [S]),
    ("app", "unknown", "外访报告｜店内墙上营业执照：名称“义乌市稠城海生五金建材店”，类型个体工商户，统一社会信用代码92330782R8A676TY35，经营者陈海生，与委案信息一致。",
     [(UC, "92330782R8A676TY35"), (P, "陈海生")], []),
    ("app", "unknown", "外访报告｜借款人出示的身份证为旧版十五位：431102720725436，已拍照留存并要求其办理新证后更新。",
     [(ID, "431102720725436")], [U]),
    ("app", "unknown", "外访报告｜借款人母亲（住店后阁楼）患阿尔茨海默病，由借款人照顾，借款人称因此无法外出打工，可作为催收突破口。",
     [], [S]),
    ("app", "unknown", "外访报告｜借款人周丽娟店铺照常营业，店内安装监控4个，外访过程可能被录像，外访人员全程文明沟通，出示了工作证和委托书。",
     [(P, "周丽娟")], []),
]

# --- Court papers: filings and the court's own texts, where full identifiers are lawful ---------------------------

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：临澜银行股份有限公司，统一社会信用代码913307822KH0H4NXWA，住所地浙江省义乌市稠城街道江滨中路301号。\n被告一：陈海生，男，1969年6月9日出生，汉族，身份证号330782196906096456，住浙江省义乌市稠城街道宾王路188号。\n被告二：章国强，男，1971年5月11日出生，汉族，身份证号320282197105112706，住江苏省宜兴市宜城街道人民南路45号3幢201室。\n诉讼请求：一、判令被告一归还借款本金50,000元及利息；二、判令被告二对上述债务承担连带清偿责任。",
     [(UC, "913307822KH0H4NXWA"), (A, "浙江省义乌市稠城街道江滨中路301号"), (P, "陈海生"), (ID, "330782196906096456"),
      (A, "浙江省义乌市稠城街道宾王路188号"), (P, "章国强"), (ID, "320282197105112706"),
      (A, "江苏省宜兴市宜城街道人民南路45号3幢201室")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：临澜银行股份有限公司\n被申请人：郑婉茹，女，身份证号330602197911277697。\n请求事项：冻结被申请人名下开立于临澜银行的账户6217486705230156内存款41,362.08元，或查封、扣押其等值财产。",
     [(P, "郑婉茹"), (ID, "330602197911277697"), (BC, "6217486705230156")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：临澜银行股份有限公司\n被执行人：吴国强，男，身份证号440604197404109419，住广东省佛山市南海区桂城街道南桂东路63号2座1104。\n被执行人：佛山市锦程纸品有限公司，统一社会信用代码91440604MG0U80TYFU。\n执行依据：（2024）粤0605民初8817号民事判决书。",
     [(P, "吴国强"), (ID, "440604197404109419"), (A, "广东省佛山市南海区桂城街道南桂东路63号2座1104"),
      (UC, "91440604MG0U80TYFU")], []),
    ("notice", "unknown", "民事判决书（节选）\n被告黄晓东、林秀英系夫妻，共同在借款合同上签字，本院认定二被告为共同借款人。被告林秀英，女，1966年3月15日出生，身份证号330106196603152570。判决如下：被告黄晓东、林秀英于本判决生效之日起十日内共同归还原告借款本金35,000元及利息。",
     [(P, "黄晓东"), (P, "林秀英"), (P, "林秀英"), (ID, "330106196603152570"), (P, "黄晓东"), (P, "林秀英")], []),
    ("notice", "debtor", "送达地址确认书\n受送达人：严家豪\n送达地址：浙江省金华市婺城区宾虹路857号2单元502室\n手机：19875596190\n本人同意人民法院通过上述地址及手机号码送达诉讼文书。\n受送达人签名：严家豪",
     [(P, "严家豪"), (A, "浙江省金华市婺城区宾虹路857号2单元502室"), (MB, "19875596190"), (P, "严家豪")], []),
    ("notice", "unknown", "调解笔录\n时间：2024年6月3日\n申请人：临澜银行股份有限公司，委托代理人石文涛律师。\n被申请人：柯永辉，身份证号440306199211043148。\n经调解，双方自愿达成协议：被申请人分12期归还借款本金及利息合计56,200元，每月20日前还款。",
     [(P, "石文涛"), (P, "柯永辉"), (ID, "440306199211043148")], []),
    ("notice", "debtor", "应诉通知书\n（2024）浙0782民初5126号\n章国强：\n本院受理原告临澜银行股份有限公司诉被告陈海生、章国强金融借款合同纠纷一案，现将起诉状副本送达你方，请于收到之日起十五日内提交答辩状。\n义乌市人民法院",
     [(P, "章国强"), (P, "陈海生"), (P, "章国强")], []),
    ("notice", "unknown", "民事答辩状\n答辩人：郑婉茹，女，身份证号330602197911277697。\n答辩人于2023年11月确诊乳腺癌并接受手术、化疗，被迫停业，收入中断，非恶意拖欠。恳请法院准许分期履行。",
     [(P, "郑婉茹"), (ID, "330602197911277697")], []),
    ("notice", "unknown", "证据清单\n原告：云栈小额贷款有限公司\n被告：麦志坚，身份证号441900197208166549，手机19641409702\n证据一：掌柜贷借款合同及电子签名记录；证据二：放款凭证（收款卡号6222418103927800146）；证据三：还款明细及逾期记录。",
     [(P, "麦志坚"), (ID, "441900197208166549"), (MB, "19641409702"), (BC, "6222418103927800146")], []),
    ("notice", "unknown", "执行裁定书（节选）\n被执行人蓝志诚，男，身份证号350121196404014922。本院查明被执行人名下无可供执行的财产，裁定终结本次执行程序。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
     [(P, "蓝志诚"), (ID, "350121196404014922")], []),
    ("notice", "unknown", "支付令申请书\n申请人：临澜银行股份有限公司，统一社会信用代码913307822KH0H4NXWA。\n被申请人：义乌市稠城海生五金建材店（个体工商户），统一社会信用代码92330782R8A676TY35，经营者陈海生，身份证号330782196906096456。\n请求：责令被申请人支付借款本息58,214.37元。",
     [(UC, "913307822KH0H4NXWA"), (UC, "92330782R8A676TY35"), (P, "陈海生"), (ID, "330782196906096456")], []),
    ("notice", "unknown", "代理词（节选）\n原告代理人浙江衡越律师事务所律师石文涛。被告邓美玲经营甜麦烘焙坊，身份证号45010319821226648X，保证人邓志远，身份证号370102196711257224，保证合同系其本人签署，应承担连带责任。",
     [(P, "石文涛"), (P, "邓美玲"), (ID, "45010319821226648X"), (P, "邓志远"), (ID, "370102196711257224")], []),
    ("notice", "unknown", "传票\n案号：（2024）粤0605民初8817号\n被传唤人：覃志明\n传唤事由：开庭\n应到时间：2024年7月9日9时\n应到处所：佛山市南海区人民法院第七法庭\n注意事项：被传唤人必须准时到达。",
     [(P, "覃志明")], []),
    ("notice", "unknown", "民事裁定书（节选）\n申请人临澜银行股份有限公司申请对被申请人严家豪（护照号码E51766183，身份证号33060219731102133X）采取财产保全措施，本院经审查认为符合法律规定，裁定冻结被申请人名下银行存款212,704.30元。",
     [(P, "严家豪"), (PP, "E51766183"), (ID, "33060219731102133X")], []),
]

# --- E-mails between the bank, the lender, their agencies and the law firm, and to borrowers and third parties -----

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：phjr_hz@linlanbank.com.cn\n收件人：case03@hengqian-sw.com\n主题：5月委案清单\n附件为本月委外催收清单，共17户。重点户：陈海生，身份证330782196906096456，手机15789319176；周丽娟，身份证440306196311029905，手机18835699120。请按协议约定的范围和方式开展催收。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "case03@hengqian-sw.com"), (P, "陈海生"), (ID, "330782196906096456"),
      (MB, "15789319176"), (P, "周丽娟"), (ID, "440306196311029905"), (MB, "18835699120")], [U]),
    ("email", "unknown", "发件人：phjr_hz@linlanbank.com.cn\n收件人：case03@hengqian-sw.com\n主题：5月委案清单（脱敏版）\n附件为本月委外清单，共17户，证件号、手机号均已脱敏（如3307**********6456、157****9176），完整信息请通过加密系统按户调阅，调阅记录留存备查。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "case03@hengqian-sw.com")], []),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：陈海生户进展\n经走访邻居得知，借款人陈海生患糖尿病引发肾衰，每周二、五上午在义乌市中心医院血液净化中心透析，可在医院附近约谈。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "陈海生"), (P, "陈海生")], [S]),
    ("email", "unknown", "发件人：phjr_hz@linlanbank.com.cn\n收件人：case03@hengqian-sw.com\n主题：关于停止联系借款人店员的通知\n经核查，贵司催收员曾多次致电借款人店铺员工，违反委托协议第七条。请立即停止联系与债务无关的第三人，并于三日内提交整改说明。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "case03@hengqian-sw.com")], []),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：覃志明户补充信息\n借款人之子覃子轩，2013年2月15日生，身份证号330106201302153418，就读南海实验小学四年级三班，放学时间16:30，建议外访时在校门口与其母接触。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (P, "覃志明"), (P, "覃子轩"), (ID, "330106201302153418")], [S, U, X]),
    ("email", "unknown", "发件人：risk@yunzhan-xd.com\n收件人：ops@desui-am.cn\n主题：数据处理协议续签\n附件为2024年度委托处理个人信息协议，约定处理目的仅限于催收本平台逾期借款，数据类型限于借款人姓名、联系方式、借款信息，委托期满后30日内删除。请盖章回传。",
     [(EM, "risk@yunzhan-xd.com"), (EM, "ops@desui-am.cn")], []),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：保证人企业信息核对\n佛山市锦程纸品有限公司（统一社会信用代码91440604MG0U80TYFU）营业执照在有效期内，登记状态为存续，可作为保证人主张权利。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (UC, "91440604MG0U80TYFU")], []),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：扣款卡更新\n麦志坚新绑定卡号6259 9940 5279 3380 150，原卡6228 0906 1162 8151已销户，请系统更新扣款路径。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (P, "麦志坚"), (BC, "6259 9940 5279 3380 150"),
      (BC, "6228 0906 1162 8151")], [U]),
    ("email", "third_party", "发件人：case03@hengqian-sw.com\n收件人：sales@hongda-fabric.com\n主题：关于贵司客户周丽娟的欠款情况\n钟经理您好，贵司客户周丽娟（丽娟服饰）在临澜银行的经营贷款已逾期两个月，请贵司在与其结算货款前与我司联系。",
     [(EM, "case03@hengqian-sw.com"), (EM, "sales@hongda-fabric.com"), (P, "周丽娟"), (P, "周丽娟")], [D]),
    ("email", "third_party", "发件人：case03@hengqian-sw.com\n收件人：service@jinqiu-daizhang.com\n主题：请提供柯永辉个体户的纳税申报表\n贵所为永辉电器行代理记账。其经营者柯永辉在临澜银行的税e贷已逾期，请提供其近两年增值税申报表及开票明细，以便我司评估其还款能力。",
     [(EM, "case03@hengqian-sw.com"), (EM, "service@jinqiu-daizhang.com"), (P, "柯永辉"), (P, "柯永辉")], [D]),
    ("email", "unknown", "发件人：shiwentao@hengyuelaw.cn\n收件人：phjr_hz@linlanbank.com.cn\n主题：严家豪案保全材料\n严家豪护照号码E51766183、身份证号33060219731102133X已列入保全申请书，另据其朋友圈定位，其目前在越南胡志明市第一郡活动。",
     [(EM, "shiwentao@hengyuelaw.cn"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "严家豪"), (P, "严家豪"), (PP, "E51766183"),
      (ID, "33060219731102133X")], [S, U]),
    ("email", "unknown", "发件人：phjr_hz@linlanbank.com.cn\n收件人：shiwentao@hengyuelaw.cn\n主题：起诉材料准备\n石律师，陈海生户的起诉材料请以系统导出的合同和流水为准，被告身份信息直接写入起诉状即可，邮件往来中请只写姓名和案号。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "shiwentao@hengyuelaw.cn"), (P, "陈海生")], []),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：黄晓东户联系情况\n借款人失联。已联系其岳父林德贵（15488600650）、其妻妹林秀珍（16523929894），二人均拒绝提供借款人下落。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "黄晓东"), (P, "林德贵"), (MB, "15488600650"),
      (P, "林秀珍"), (MB, "16523929894")], [U, X]),
    ("email", "debtor", "发件人：risk@yunzhan-xd.com\n收件人：ding.wenbin@qq.com\n主题：分期还款协议\n丁文斌先生：附件为您的分期还款协议，请核对后签署。协议中您的银行卡以尾号2997显示，身份证号以后四位显示。",
     [(EM, "risk@yunzhan-xd.com"), (EM, "ding.wenbin@qq.com"), (P, "丁文斌")], []),
    ("email", "debtor", "发件人：ops@desui-am.cn\n收件人：ding.wenbin@qq.com\n主题：最后通知\n丁文斌，你上周六下午两点在番禺万达广场三楼的亲子乐园陪孩子，我们的人就在旁边。再不还款，下次就不只是看看了。",
     [(EM, "ops@desui-am.cn"), (EM, "ding.wenbin@qq.com"), (P, "丁文斌")], [S]),
    ("email", "unknown", "发件人：risk@yunzhan-xd.com\n收件人：ops@desui-am.cn\n主题：质检抽查结果\n本月抽查录音120通，发现2通向借款人店员透露欠款金额，已扣减服务费。请加强培训，录音中涉及的店员姓名和电话不得另行记录。",
     [(EM, "risk@yunzhan-xd.com"), (EM, "ops@desui-am.cn")], []),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：蓝志诚户\n借款人蓝志诚，手机１７０４３１４７４４３，已换号，新号码通过其妻子朋友圈获得：１９２０２０９９５７５。其妻在南海区中医院做护士。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (P, "蓝志诚"), (P, "蓝志诚"), (MB, "１７０４３１４７４４３"),
      (MB, "１９２０２０９９５７５")], [U, X]),
    ("email", "third_party", "发件人：ops@desui-am.cn\n收件人：hr@nanhai-zhongyiyuan.cn\n主题：关于贵院职工家属欠款的协助函\n贵院护士冼嘉敏的丈夫蓝志诚拖欠云栈小贷掌柜贷本息五万余元，长期失联，请贵院协助督促其家属还款。",
     [(EM, "ops@desui-am.cn"), (EM, "hr@nanhai-zhongyiyuan.cn"), (P, "冼嘉敏"), (P, "蓝志诚")], [D]),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：韦振东户外访照片\n附件为借款人住处及其女儿韦思琪在江南实验学校门口的照片共8张，孩子每天由外婆接送，可作为下一步沟通素材。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "韦振东"), (P, "韦思琪")], [S, X]),
    ("email", "debtor", "发件人：ops@desui-am.cn\n收件人：wangjianyong_gz@163.com\n主题：关于您担保的借款\n王先生，您担保的借款人邱建华这两周每天上午都在禅城区祖庙路的麻将馆，下午回他姐姐家，人好好的，就是不还钱，请您作为担保人出面。",
     [(EM, "ops@desui-am.cn"), (EM, "wangjianyong_gz@163.com"), (P, "邱建华")], [S]),
    ("email", "debtor", "发件人：phjr_hz@linlanbank.com.cn\n收件人：mengfanrong66@126.com\n主题：贷款对账单\n孟凡荣女士：您的经营贷款对账单见下。还款账户：6228378305659859；本期应还：6,214.80元；逾期天数：32天。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "mengfanrong66@126.com"), (P, "孟凡荣"), (BC, "6228378305659859")], [U]),
    ("email", "third_party", "发件人：ops@desui-am.cn\n收件人：caigou@jiahe-canyin.com\n主题：关于老纪豆制品的货款\n贵司供应商老纪豆制品经营者纪春燕在云栈小贷的掌柜贷逾期未还，请贵司将本月应付货款暂缓支付，我司将另行发函说明。",
     [(EM, "ops@desui-am.cn"), (EM, "caigou@jiahe-canyin.com"), (P, "纪春燕")], [D]),
    ("email", "unknown", "发件人：shiwentao@hengyuelaw.cn\n收件人：phjr_hz@linlanbank.com.cn\n主题：严家豪案送达\n被告本人无法送达，建议向其父严国忠（金华市婺城区宾虹路857号1单元301室）、其妹严佳慧（杭州西湖区某律所）处留置送达。",
     [(EM, "shiwentao@hengyuelaw.cn"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "严家豪"), (P, "严国忠"), (A, "金华市婺城区宾虹路857号1单元301室"),
      (P, "严佳慧")], [X]),
]

# --- Case notes in the collection system --------------------------------------------------------------------------

CASE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "催记｜借款人来电，自述去年底中风，右手活动不便，店铺已转给亲戚打理，申请延期6个月。已按困难客户流程提交，未要求提供病历。",
     [], []),
    ("app", "unknown", "催记｜借款人妻子谭凤仪手机18305868263，已打通，告知其丈夫欠款金额47,016元，对方表示不知情。",
     [(P, "谭凤仪"), (MB, "18305868263")], [U, X]),
    ("app", "unknown", "催记｜借款人陈海生，手机157 8931 9176，未接；短信已发。下次联系时间：周四上午。",
     [(P, "陈海生"), (MB, "157 8931 9176")], [U]),
    ("app", "unknown", "催记｜借款人陈海生，手机尾号9176，未接；短信已发。下次联系时间：周四上午。",
     [(P, "陈海生")], []),
    ("app", "unknown", "催记｜通过借款人收款码流水发现，其每月1日、15日向老家一个账户各转2,000元，疑为赡养父母，可作为施压点。",
     [], [S]),
    ("app", "unknown", "催记｜共同借款人林秀英来电，称与黄晓东已分居，但承认合同为本人签署，愿意承担一半。已记录，转客户经理跟进。",
     [(P, "林秀英"), (P, "黄晓东")], []),
    ("app", "unknown", "催记｜借款人通讯录共412人，已筛出供应商、客户27人，逐一致电告知其欠款情况。",
     [], [X]),
    ("app", "unknown", "催记｜借款人覃志明称店铺被洪水淹了，货全泡坏了，要求停催。已登记受灾标签，暂停催收30天。",
     [(P, "覃志明")], []),
    ("app", "unknown", "催记｜借款人覃志明，身份证350203197005055257，其子覃子轩就读南海实验小学，其妻陆少萍在平洲玉器街档口，均可作为联络点。",
     [(P, "覃志明"), (ID, "350203197005055257"), (P, "覃子轩"), (P, "陆少萍")], [S, U, X]),
    ("app", "unknown", "催记｜借款人称手机丢失，提供新号码19858652717，已核实为本人（回拨验证），更新联系方式。",
     [(MB, "19858652717")], [U]),
    ("app", "unknown", "催记｜借款人丁文斌购买的是往返清迈的机票，出发日期下周一，航班FD541，建议在机场前与其联系。",
     [(P, "丁文斌")], [S]),
    ("app", "unknown", "催记｜营业执照已注销，注销前名称“厦门市思明区晓东茶行”，统一社会信用代码923502030DRAXKLETQ。后续按经营者个人债务催收。",
     [(UC, "923502030DRAXKLETQ")], []),
    ("app", "unknown", "催记｜借款人在电话中提到自己信佛，每月初一十五去南普陀上香。记录备查，不作他用。",
     [], []),
    ("app", "unknown", "催记｜根据借款人店内监控拷贝（店员私下提供），借款人每天14:00至15:00在店内午休，其余时间在外送货，建议14点上门。",
     [], [S]),
    ("app", "unknown", "催记｜借款人员工叶志鹏主动来电，称老板已三个月未发工资，问银行能否先帮他们追工资。已告知无法处理，建议向劳动监察部门反映，未透露借款情况。",
     [(P, "叶志鹏")], []),
    ("app", "unknown", "催记｜保证人欧阳振华不接电话。其女儿在鄞州区天童南路588号的宁波东城中学读初一，每天17:10放学，可去校门口请孩子转告。",
     [(P, "欧阳振华"), (A, "鄞州区天童南路588号")], [S]),
    ("app", "unknown", "催记｜借款人邓美玲，银行卡6230674905858339，近三个月该卡收到美团外卖结算款共8.6万元，可申请冻结。",
     [(P, "邓美玲"), (BC, "6230674905858339")], [S, U]),
]

# --- Quality-check sheets, complaint tickets and replies ----------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("app", "unknown", "质检单｜录音编号QC-0615-07｜坐席在第三方（借款人供应商）接听后说明了欠款金额和贷款机构，违反“不得向债务无关第三人透露债务信息”，扣10分，需复训。",
     [], []),
    ("app", "unknown", "质检单｜录音编号QC-0615-11｜坐席向借款人完整念出还款卡号6236 7235 5579 5186，应只念尾号，扣5分。",
     [(BC, "6236 7235 5579 5186")], [U]),
    ("app", "unknown", "质检单｜录音编号QC-0616-09｜坐席对借款人说“你老婆在医院化疗的事我们都知道”，涉及家属健康信息，严重违规，扣20分。",
     [], []),
    ("app", "unknown", "质检单｜录音编号QC-0617-03｜被检坐席：黄志伟｜借款人：陈海生（身份证330782196906096456）｜问题：未核身即谈欠款。",
     [(P, "黄志伟"), (P, "陈海生"), (ID, "330782196906096456")], [U]),
    ("app", "unknown", "投诉工单｜投诉人：周丽娟｜联系电话：18835699120｜内容：催收员给我的布料供应商打电话说我欠钱，现在供应商不给我赊账。诉求：道歉并停止联系供应商。",
     [(P, "周丽娟"), (MB, "18835699120")], [U]),
    ("app", "unknown", "投诉工单｜投诉人：周女士（尾号9120）｜内容：催收员给其供应商打电话透露欠款。处理：已核实，已对催收机构扣罚并要求停止联系供应商，已电话回复客户。",
     [], []),
    ("sms", "debtor", "【云栈商家】周女士，您反映的催收人员联系您供应商一事，经核实属实，我们已要求合作机构立即停止并整改，对您造成的困扰深表歉意。",
     [], []),
    ("app", "unknown", "投诉工单｜投诉人：蓝志诚｜内容：催收公司调取了我店对面的监控，知道我几点到店几点走，还发短信给我。诉求：删除监控截图。处理：转合规部。",
     [(P, "蓝志诚")], []),
    ("app", "unknown", "投诉工单｜投诉人：吴国强｜内容：催收员打我出纳潘晓静的电话15094936772，说我欠钱。处理：待核实。",
     [(P, "吴国强"), (P, "潘晓静"), (MB, "15094936772")], [U, X]),
    ("app", "unknown", "质检单｜录音编号QC-0618-05｜坐席向借款人提及其子就读学校和班级，属利用未成年人信息施压，一票否决。录音中的学校名称已从本单删除。",
     [], []),
    ("app", "unknown", "质检单｜录音编号QC-0619-01｜坐席对借款人称“你妻子谭凤仪在天佑城上班，我们找得到她”，涉及无关家属姓名和工作地点，扣15分。",
     [(P, "谭凤仪")], [X]),
    ("app", "unknown", "监管转办回复｜经查，合作催收机构员工在商会群发布了借款人郑婉茹患癌停业及逾期信息。已要求删除，终止与该员工的合作，并向借款人致歉。",
     [(P, "郑婉茹")], [S]),
    ("email", "debtor", "发件人：complaint@linlanbank.com.cn\n收件人：zhengwanru79@126.com\n主题：关于您投诉的回复\n郑女士，对于合作机构在商会群发布您个人信息一事，我们深表歉意。相关内容已删除，涉事人员已被终止合作。您的延期申请将继续按原流程办理。",
     [(EM, "complaint@linlanbank.com.cn"), (EM, "zhengwanru79@126.com")], []),
    ("app", "unknown", "质检单｜录音编号QC-0620-04｜坐席向借款人念出其营业执照统一社会信用代码92330782R8A676TY35核对主体，属企业公开信息，不扣分。",
     [(UC, "92330782R8A676TY35")], []),
]


# --- Identifiers in every written and spoken form ------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【衡谦商务】陈海生，身份证 330782 19690609 6456 名下欠款58,214元，今天必须处理，不要再拖。",
     [(P, "陈海生"), (ID, "330782 19690609 6456")], [U]),
    ("app", "debtor", "付女士，您的身份证号420106-19660126-9363已被列入本月诉讼名单，请在三日内联系德穗资产协商。",
     [(ID, "420106-19660126-9363")], [U]),
    ("sms", "debtor", "【云栈商家】催收通知已同时发送至您的手机+86 172 6657 6039，请勿再以未收到通知为由拖延还款。",
     [(MB, "172 6657 6039")], [U]),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：邢建平户还款卡\n借款人邢建平还款卡号：６２２２６５７８９６４９３６０４，卡内余额不足，请协调改扣备用卡。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (P, "邢建平"), (P, "邢建平"), (BC, "６２２２６５７８９６４９３６０４")], [U]),
    ("notice", "debtor", "扣款失败通知\n邢建平先生：\n您预留的还款卡6228 6969 7842 8467 820连续三期扣款失败，您的掌柜贷已逾期，请于5日内补足。\n云栈小额贷款有限公司",
     [(P, "邢建平"), (BC, "6228 6969 7842 8467 820")], [U]),
    ("call", "debtor", call("坐席：喂 邢先生 您新换的号码我再念一遍 幺拐六 拐拐八三 幺幺八六 以后就打这个是吧",
                            "客户：对 就这个"),
     [(MB, "幺拐六 拐拐八三 幺幺八六")], [U]),
    ("app", "unknown", "催记｜保证人邱丽华常驻香港，出境证件：护照EK0038441，港澳通行证C06940703，已登记，便于诉讼送达。",
     [(P, "邱丽华"), (PP, "EK0038441"), (PP, "C06940703")], [U]),
    ("sms", "debtor", "【德穗资产】吕先生，核对身份：330402.19920714.3589，确认为您本人，掌柜贷欠款请于今日18点前处理。",
     [(ID, "330402.19920714.3589")], [U]),
    ("call", "debtor", call("坐席：您好，是孟凡荣女士吗？我是临澜银行普惠金融部的，跟您核对一下身份证号：三三零五二一一九六六零一二七九一六叉，对吗？",
                            "客户：对，是我。"),
     [(P, "孟凡荣"), (ID, "三三零五二一一九六六零一二七九一六叉")], [U]),
    ("sms", "debtor", "【云栈商家】孟女士，您的扣款卡6217189566105633124今日扣款失败，请及时存入4,216.30元。",
     [(BC, "6217189566105633124")], [U]),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：孟凡荣户新号码\n借款人新手机号139-7357-2258，已核实本人，请更新系统。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "孟凡荣"), (MB, "139-7357-2258")], [U]),
    ("notice", "third_party", "告知函\n孟凡军先生：\n您的姐姐孟凡荣（身份证号33052119660127916X）在临澜银行的经营贷款已逾期90天，我行多次联系未果，请您转告其尽快还款。\n临澜银行股份有限公司普惠金融部",
     [(P, "孟凡军"), (P, "孟凡荣"), (ID, "33052119660127916X")], [D, U]),
    ("app", "debtor", "尹先生，您登记的手机号１５１２８７２８２１５将作为还款提醒的唯一联系方式，如需更改请联系客服。您的掌柜贷已逾期6天。",
     [(MB, "１５１２８７２８２１５")], [U]),
    ("call", "debtor", call("坐席：尹先生 你那张卡 六两五九 拐九五拐 八拐四三 洞四六幺 已经冻结了还是怎么的 扣不进去",
                            "客户：没冻结 就是没钱"),
     [(BC, "六两五九 拐九五拐 八拐四三 洞四六幺")], [U]),
    ("sms", "debtor", "【临澜银行】鲍先生，请您携带护照E99478722原件及营业执照正本至宾王路支行办理贷款展期手续。",
     [(PP, "E99478722")], [U]),
    ("notice", "debtor", "履行保证责任通知书\n梁嘉欣女士（港澳居民来往内地通行证号码：H11366338）：\n您为借款人尹志强的经营贷款提供连带责任保证，该笔贷款已逾期，请于十五日内履行保证责任。\n临澜银行股份有限公司普惠金融部",
     [(P, "梁嘉欣"), (PP, "H11366338"), (P, "尹志强")], [U]),
    ("sms", "debtor", "【衡谦商务】卢先生，您的老身份证号330106771011701仍登记在借款合同上，请尽快还款，逾期已45天。",
     [(ID, "330106771011701")], [U]),
    ("email", "unknown", "发件人：risk@yunzhan-xd.com\n收件人：ops@desui-am.cn\n主题：补充联系方式\n借款人卢国庆境外号码无法接通，其境内号码0086 151 7896 7889仍在使用。",
     [(EM, "risk@yunzhan-xd.com"), (EM, "ops@desui-am.cn"), (P, "卢国庆"), (MB, "151 7896 7889")], [U]),
    ("app", "debtor", "邓美玲，你身份证45010319821226648x对应的所有贷款我们都查了，云栈这笔再不还就上报。",
     [(P, "邓美玲"), (ID, "45010319821226648x")], [U]),
    ("sms", "debtor", "【云栈商家】方先生，您的还款卡6214-4683-4140-0305已解绑，请尽快绑定新卡，避免产生逾期。",
     [(BC, "6214-4683-4140-0305")], [U]),
    ("app", "unknown", "催记｜借款人方建业，手机168.0107.2888，下午两点接通，承诺周五还款。",
     [(P, "方建业"), (MB, "168.0107.2888")], [U]),
    ("call", "debtor", call("机器人：您好，这里是临澜银行。您的身份证号码为四四零六零四 一九七六零七一七 七零七五，您的经营贷款今日到期，请按时还款。",
                            "客户：（挂断）"),
     [(ID, "四四零六零四 一九七六零七一七 七零七五")], [U]),
    ("call", "debtor", call("坐席：鲍先生，你老婆没签合同对吧，但她身份证号370102197605099263我们这里也有，你要不要她来还？",
                            "客户：跟她没关系。"),
     [(ID, "370102197605099263")], [U, X]),
    ("app", "unknown", "催记｜借款人之女，8岁，身份证330521201508074040，户口与借款人同一户，可用于查询家庭财产。",
     [(ID, "330521201508074040")], [S, U, X]),
]

# --- Decoys: order, contract and batch numbers, device ids and masked forms (a few beside a real identifier) -------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【云栈商家】您的掌柜贷订单号545720279122819477本期待还2,310.00元，扣款卡尾号0305，请保持余额充足。",
     [], []),
    ("email", "unknown", "发件人：phjr_hz@linlanbank.com.cn\n收件人：case03@hengqian-sw.com\n主题：6月委案批次\n批次号3480948494739218909，委案编号9311354756044978至9311354756045000，共23户，明细见加密附件。",
     [(EM, "phjr_hz@linlanbank.com.cn"), (EM, "case03@hengqian-sw.com")], []),
    ("call", "debtor", call("坐席：您好，我是临澜银行普惠金融部的，您这笔的合同号是 五零二九 零五八三 五一四零 一三六三 四八，您在App里输这个号就能看到。",
                            "客户：好的，我找一下。"),
     [], []),
    ("app", "debtor", "您的投诉工单11600721482已受理，身份信息已核验（证件号3301**********3969），处理结果将在7个工作日内通知您。",
     [], []),
    ("notice", "debtor", "还款明细\n借据号：6236745698499021\n分期协议号：496895707858250527\n本期应还：3,128.00元\n还款卡：6217 **** **** 0156\n请于每月20日前还款。",
     [], []),
    ("app", "unknown", "风控日志｜借款人登录设备IMEI 796065250080805，设备号10680242148，登录地与常用地一致，未发现异常。",
     [], []),
    ("sms", "debtor", "【临澜银行】您的证件3306**********4315、手机138****2258、还款卡6259 **** **** 0461信息已核验，展期申请进入审批。",
     [], []),
    ("notice", "debtor", "电子签章验证\n签章序列号：91330782N8TLPWNB4L\n交易流水号：8382413711036858778\n验证结果：签章有效，文件自签署后未被篡改。",
     [], []),
    ("app", "unknown", "催记｜订单号977349193036367707，借款人身份证370102197307271045，已逾期33天，未接通。",
     [(ID, "370102197307271045")], [U]),
    ("sms", "debtor", "【云栈商家】贺先生，合同号330602199404034316项下借款已逾期，您的还款卡6222301117080594965余额不足，请尽快处理。",
     [(BC, "6222301117080594965")], [U]),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：还款凭证\n借款人上传凭证流水号4449686939525105892，付款卡号6236498833063356，金额5,000元，请核对入账。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (BC, "6236498833063356")], [U]),
    ("call", "debtor", call("坐席：你的工单号是幺两九七三五七两两五八 记一下 然后你的手机 幺三九七三五七两两五八 是本人在用吧",
                            "客户：是"),
     [(MB, "幺三九七三五七两两五八")], [U]),
    ("app", "unknown", "质检单｜录音编号QC-0621-06｜坐席念出借据号6217453421683820核对借款，借据号不属于个人信息，念出无误；未念证件号，合规。",
     [], []),
    ("notice", "debtor", "结清证明\n兹证明借款人贺永明（身份证号4403**********3554）在我行的借据号374349741600337项下借款已全部结清。\n临澜银行股份有限公司普惠金融部（盖章）",
     [(P, "贺永明")], []),
]

# --- Suppliers, customers, staff, landlords and relatives told of the debt -------------------------------------------

SUPPLIERS_AND_STAFF: list[PiplEntry] = [
    ("app", "third_party", "小宋，你是海生五金的收银员宋小梅吧？你们老板陈海生欠临澜银行五万八，你这几天多留意他收的现金，有消息告诉我们，给你好处费。",
     [(P, "宋小梅"), (P, "陈海生")], [D]),
    ("call", "third_party", call("坐席：喂，是鲜丰农贸的采购吗？你们进豆腐的那家，老纪豆制品，老板纪春燕欠了云栈小贷六万多。",
                                 "第三方：你跟我说这个干什么？",
                                 "坐席：你们下个月的货款先别打给她，打给我们，我们给你出收据。"),
     [(P, "纪春燕")], [D]),
    ("notice", "third_party", "关于商户欠款情况的告知函\n义乌国际商贸城二区市场管理处：\n贵市场C3-27摊位经营者严家豪拖欠临澜银行经营贷款二十一万余元，目前失联。请管理处在其摊位转让、退租时通知我司。\n杭州衡谦商务咨询有限公司",
     [(P, "严家豪")], [D]),
    ("sms", "third_party", "【德穗资产】师傅您好，您常给浩川包装厂拉货，厂长吴国强欠银行和网贷几十万，厂里的货您先别往外拉，有人出货请打0757-83316025告诉我们。",
     [(P, "吴国强"), (LL, "0757-83316025")], [D]),
    ("email", "third_party", "发件人：case03@hengqian-sw.com\n收件人：franchise@chayuehui.com\n主题：关于加盟商黄晓东的欠款\n贵品牌厦门莲前加盟店经营者黄晓东在临澜银行的经营贷款已逾期，其可能以转让加盟店的方式逃避债务，请贵司在审批转让前与我司联系。",
     [(EM, "case03@hengqian-sw.com"), (EM, "franchise@chayuehui.com"), (P, "黄晓东"), (P, "黄晓东")], [D]),
    ("call", "third_party", call("坐席：你好，是批发市场B区卖鞋的吧？你隔壁的蓝志诚，身份证350121196404014922，他欠我们公司钱跑了，你见过他没有？",
                                 "第三方：好几天没见了。"),
     [(P, "蓝志诚"), (ID, "350121196404014922")], [D, U]),
    ("app", "third_party", "【五金商户群】@全体成员 宾王路海生五金的陈海生，住稠城街道绣湖新村14幢2单元301，欠银行贷款不还，谁有他的消息私聊我。",
     [(P, "陈海生"), (A, "稠城街道绣湖新村14幢2单元301")], [D, X]),
    ("sms", "third_party", "【衡谦商务】叶师傅，你老板陈海生得了糖尿病肾病在透析，店开不下去了，欠银行的钱你们员工也该知道，有他家里的消息请告诉我们。",
     [(P, "陈海生")], [D, S]),
    ("call", "third_party", call("坐席：您好，我们找一下贵店的老板岑志良，您是店员吗？",
                                 "第三方：我是，老板今天不在。",
                                 "坐席：好的，麻烦您转告他给0757-83316025回个电话，就说有件事要跟他本人确认，谢谢。"),
     [(P, "岑志良"), (LL, "0757-83316025")], []),
    ("call", "third_party", call("坐席：你是岑志良店里的？他欠的那笔钱还没还，你跟他说再不还我们就要天天来了。",
                                 "第三方：我只是打工的。"),
     [(P, "岑志良")], [D]),
    ("app", "third_party", "房东您好，我是云栈商家的外访专员。租您铺面的覃志明欠我们平台八万多，附件是他的身份证照片（450103196812016696），他要是来搬东西请务必通知我。",
     [(P, "覃志明"), (ID, "450103196812016696")], [D, U]),
    ("sms", "third_party", "【云栈商家】尊敬的客户，您的供应商“老纪豆制品”经营者纪春燕目前存在逾期借款，请在结算货款时将款项直接支付至本平台指定账户。",
     [(P, "纪春燕")], [D]),
    ("notice", "third_party", "协助函\n佛山市南海区狮山镇罗村工业园管委会：\n园区企业浩川包装厂负责人吴国强，男，身份证号440604197404109419，拖欠临澜银行贷款三十余万元，请园区协助提供其厂房租赁合同及联系方式。\n杭州衡谦商务咨询有限公司",
     [(P, "吴国强"), (ID, "440604197404109419")], [D, U]),
    ("call", "third_party", call("坐席：喂，是金秋代账的吗？你们给永辉电器行做账的对吧，他们老板柯永辉欠税也欠我们银行的钱，他去年申报的收入是多少你能告诉我吗？",
                                 "第三方：客户资料我们不能提供。"),
     [(P, "柯永辉")], [D, S]),
    ("app", "third_party", "阿姨您好，您儿子邓志远给甜麦烘焙坊的贷款做了担保，现在借款人不还了，他作为担保人也要还，您劝劝他。",
     [(P, "邓志远")], [D]),
    ("sms", "third_party", "【临澜银行】林德贵先生，您女婿黄晓东的经营贷款已逾期45天，欠本息36,917.20元，请您协助联系。",
     [(P, "林德贵"), (P, "黄晓东")], [D]),
    ("call", "third_party", call("坐席：你好，你是鲍文杰的儿子吧？你爸那个店的贷款欠了我们十一万，你在哪里上班？你是不是应该替你爸还？",
                                 "第三方：我都不知道这事。"),
     [(P, "鲍文杰")], [D]),
    ("notice", "third_party", "致：丽娟服饰全体员工\n你们老板周丽娟已欠云栈小贷两个月未还款，店铺随时可能被执行，请各位员工提前做好打算，工资问题请直接找周丽娟本人。\n佛山德穗资产管理有限公司",
     [(P, "周丽娟"), (P, "周丽娟")], [D]),
    ("notice", "third_party", "宏远饰品批发有限公司财务部：\n附件为致贵司客户严家豪的信函一封，已密封，烦请转交本人，谢谢。\n杭州衡谦商务咨询有限公司",
     [(P, "严家豪")], []),
    ("app", "third_party", "你好，我是德穗资产的，你是蓝志诚的前员工吧？他之前欠你们三个人的工资是不是一共一万八？他欠我们的钱比这个多多了，你知道他住哪吗？",
     [(P, "蓝志诚")], [D]),
    ("email", "third_party", "发件人：ops@desui-am.cn\n收件人：purchase@weixiangyuan.cn\n主题：请暂停向浩川包装厂付款\n贵司供应商浩川包装厂负责人吴国强拖欠云栈小贷及银行欠款，请将应付该厂的货款暂缓支付，并与我司联系。",
     [(EM, "ops@desui-am.cn"), (EM, "purchase@weixiangyuan.cn"), (P, "吴国强")], [D]),
    ("sms", "third_party", "【德穗资产】谭女士，您的丈夫麦志坚没有在借款合同上签字的家属也有义务了解情况：他欠云栈小贷47,016元，已逾期三个月。",
     [(P, "麦志坚")], [D]),
    ("call", "third_party", call("坐席：喂，你是欧阳振华的老婆吧？你老公给邱建华担保的那笔贷款，银行要找他还十万块，你跟他说一下。",
                                 "第三方：他担保的事我不清楚。"),
     [(P, "欧阳振华"), (P, "邱建华")], [D]),
    ("app", "third_party", "【商会群】各位，甜麦烘焙坊的邓美玲欠了好几家贷款，征信都黑了，大家跟她做生意注意点，别被坑。",
     [(P, "邓美玲")], [D, S]),
]

# --- Sensitive personal information: health, whereabouts, biometrics, minors, faith, records, finances --------------

SENSITIVE_DATA: list[PiplEntry] = [
    ("sms", "debtor", "【临澜银行】尹先生，据保险公司理赔记录，您上月在省人民医院做了心脏搭桥手术，理赔款已到账，请优先偿还我行贷款。",
     [], [S]),
    ("app", "debtor", "尹志强，你老婆邱美华怀孕七个月了吧，在妇幼保健院建的档，家里要添人了，欠的钱也该还了。",
     [(P, "尹志强"), (P, "邱美华")], [S, X]),
    ("sms", "debtor", "【德穗资产】方先生，你儿子每周三、五下午在桂城星语康复中心做自闭症康复训练，费用不低吧？有钱给孩子治病，就有钱还贷。",
     [], [S]),
    ("app", "debtor", "【消息中心】商户您好，系统发现您近期通过店铺收款账户多次在药房购买抗抑郁药物，如因身体原因影响经营，请尽快联系我们说明还款安排。",
     [], [S]),
    ("sms", "debtor", "【德穗资产】覃先生，商场的人脸识别系统显示你昨天下午4点进了千灯湖环宙商业广场，别说你在外地。",
     [], [S]),
    ("call", "debtor", call("坐席：鲍先生，你换了号码也没用，我们用声纹比对过了，上周打过来说自己是你弟弟的那个就是你本人。",
                            "客户：你们还搞这个？"),
     [], [S]),
    ("sms", "debtor", "【衡谦商务】严家豪，你6月2日到6月5日住在金华万达嘉华酒店1806房，开房记录我们都有，别再说在外地。",
     [(P, "严家豪"), (A, "金华万达嘉华酒店1806房")], [S]),
    ("app", "unknown", "催记｜借款人货车粤E3M8Q1已安装GPS，近七日轨迹：每日07:30从桂城出发，上午在罗村工业园，晚上20:00回到南桂东路，可据此安排外访。",
     [(PL, "粤E3M8Q1")], [S]),
    ("call", "debtor", call("坐席：马老板，你每个礼拜五中午都去清真寺做礼拜，我们的人那个时间在寺门口等你，你看行不行。",
                            "客户：你们不要去那里。"),
     [], [S]),
    ("sms", "debtor", "【德穗资产】贺永明，你十年前因为赌博被拘留过，这事你店里的人不知道吧？欠款今天必须处理。",
     [(P, "贺永明")], [S]),
    ("notice", "debtor", "催款函\n方建业先生：\n经我司了解，您的儿子方子豪持有肢体残疾证（二级），您家每月领取残疾人护理补贴。请您合理安排家庭开支，尽快偿还云栈小贷欠款。\n佛山德穗资产管理有限公司",
     [(P, "方建业"), (P, "方子豪")], [S, X]),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：陈海生户员工社保情况\n经查，陈海生店内为章国富、宋小梅、叶志鹏三人缴纳社保，缴费基数分别为4,500元、3,800元、3,800元，说明其仍有经营现金流。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "陈海生"), (P, "陈海生"), (P, "章国富"), (P, "宋小梅"),
      (P, "叶志鹏")], [S, X]),
    ("sms", "debtor", "【衡谦商务】邱建华，你的担保人王建勇前年做过肝移植，身体也不好，你忍心让他替你还钱？",
     [(P, "邱建华"), (P, "王建勇")], [S, X]),
    ("notice", "debtor", "履行保证责任通知书\n邓志远先生：\n借款人邓美玲自今年4月起因双相情感障碍在佛山市第三人民医院住院治疗，已无还款能力，请您作为保证人履行保证责任。\n临澜银行股份有限公司普惠金融部",
     [(P, "邓志远"), (P, "邓美玲")], [S]),
    ("app", "unknown", "催记｜从借款人投保的保险公司调取病历：2024年3月确诊肺腺癌IIIA期，已行三个周期化疗。建议以病情为由联系家属代偿。",
     [], [S]),
    ("notice", "third_party", "告示\n本店店主郑婉茹因患乳腺癌住院治疗，店铺暂停营业。其在临澜银行的贷款已逾期，请知情人告知其家属与我司联系：0571-85127649。\n（张贴于郑记烘焙店门）",
     [(P, "郑婉茹"), (LL, "0571-85127649")], [D, S]),
    ("sms", "debtor", "【云栈商家】纪女士，您的收款账户近两周每天都有一笔来自“纪明辉”的转账，您父亲的退休金也在往您这边转吧？请尽快还款。",
     [(P, "纪明辉")], [S, X]),
    ("call", "debtor", call("坐席：卢先生，你上个月经拱北口岸去了三趟澳门，出入境记录都查得到，赌场里输的钱够还我们好几期了。",
                            "客户：你们怎么查到的？"),
     [], [S]),
    ("app", "debtor", "吕先生，您在我司App授权的通讯录和定位信息显示，您目前在昆明市官渡区，请尽快返回处理欠款。",
     [], [S]),
    ("sms", "debtor", "【临澜银行】尹先生，您来电说明近期手术住院，我行已为您办理延期三个月，期间暂停一切催收联系，请安心养病。",
     [], []),
    ("call", "debtor", call("坐席：你那个女儿尹可馨才九岁吧，每周六上午在南海少年宫学钢琴，我们的人也带孩子去那学，说不定能碰上。",
                            "客户：你们敢动我女儿试试！"),
     [(P, "尹可馨")], [S, X]),
    ("app", "unknown", "催记｜借款人手机定位（App授权）显示其每晚23:00后停留在禅城区季华五路一带的出租屋，白天在平洲玉器街，可分时段上门。",
     [], [S]),
]

# --- Other personal data beyond what a message needs ---------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【衡谦商务】严家豪，你的供应商宏远饰品的胡经理（17405814614）、物流的老孙（19777994122）我们都联系过了，你自己看着办。",
     [(P, "严家豪"), (MB, "17405814614"), (MB, "19777994122")], [U, X]),
    ("notice", "debtor", "催收通知书\n卢国庆先生：\n您的姐姐卢秀兰住南海区大沥镇黄岐广云路72号1座503，在大沥镇中心小学任教。您的欠款已逾期45天，请于7日内处理，以免我们登门拜访您的家人。\n佛山德穗资产管理有限公司",
     [(P, "卢国庆"), (P, "卢秀兰"), (A, "南海区大沥镇黄岐广云路72号1座503")], [X]),
    ("app", "debtor", "方建业，你的通话记录显示上周给同一个号码打了17次，每次都是晚上十一点以后，要不要我们打过去问问是谁？",
     [(P, "方建业")], [X]),
    ("app", "debtor", "吕先生，你手机相册里的营业执照、房产证和你女儿的照片我们都看到了，还钱吧。",
     [], [X]),
    ("sms", "debtor", "【德穗资产】蒋国华，住宝安区新安街道创业二路46号7栋603，你的掌柜贷逾期82天，我们的外访人员已经在路上。",
     [(P, "蒋国华"), (A, "宝安区新安街道创业二路46号7栋603")], [X]),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：孟凡荣户家庭成员\n借款人孟凡荣，丈夫关德明（在市自来水公司工作），儿子关浩（杭州某互联网公司），弟弟孟凡军（开出租车），母亲与其同住。建议分别联系。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "孟凡荣"), (P, "孟凡荣"), (P, "关德明"), (P, "关浩"),
      (P, "孟凡军")], [X]),
    ("app", "unknown", "催记｜借款人前妻高雅芬已再婚，现任丈夫在顺德美的总部上班，前妻住北滘镇碧桂园翠云轩5座，可通过前妻施压。",
     [(P, "高雅芬")], [X]),
    ("sms", "debtor", "【临澜银行】欧阳振华先生，您担保的贷款已逾期。该笔贷款另外两名保证人何志刚（18450558986）、汤晓峰（14243957082）也已收到通知。",
     [(P, "欧阳振华"), (P, "何志刚"), (MB, "18450558986"), (P, "汤晓峰"), (MB, "14243957082")], [U, X]),
    ("call", "debtor", call("坐席：吴老板，你厂里工人的身份证我们都有，比如车间主任邱立军，440604197607177075，要不要我一个一个打电话问你的情况？",
                            "客户：你们哪来的这些？"),
     [(P, "邱立军"), (ID, "440604197607177075")], [U, X]),
    ("app", "debtor", "你女儿蒋雨桐在朋友圈发的新工作单位是福田区深南大道6008号特区报业大厦，工作挺体面的，要不我们去她公司聊聊你的欠款？",
     [(P, "蒋雨桐"), (A, "福田区深南大道6008号")], [X]),
    ("sms", "debtor", "【衡谦商务】黄晓东，你合伙人苏建新住思明区湖滨北路88号12楼，他的那一半股份你是不是打算转给他逃债？",
     [(P, "黄晓东"), (P, "苏建新"), (A, "思明区湖滨北路88号12楼")], [X]),
    ("notice", "debtor", "上门走访告知书\n覃志明：\n我司已走访你的邻居谢国良、莫丽萍和楼下便利店老板，他们都表示很久没见到你。请你主动联系我们。\n佛山德穗资产管理有限公司",
     [(P, "覃志明"), (P, "谢国良"), (P, "莫丽萍")], [X]),
    ("email", "unknown", "发件人：ops@desui-am.cn\n收件人：risk@yunzhan-xd.com\n主题：丁文斌户通讯录导出\n附借款人通讯录前十位：丁文辉 13369567585，曾晓玲 17113384179，蔡国平 14146786311，其余见附件，已安排逐一致电。",
     [(EM, "ops@desui-am.cn"), (EM, "risk@yunzhan-xd.com"), (P, "丁文斌"), (P, "丁文辉"), (MB, "13369567585"),
      (P, "曾晓玲"), (MB, "17113384179"), (P, "蔡国平"), (MB, "14146786311")], [U, X]),
    ("app", "debtor", "柯永辉，你小舅子曾志豪在顺德开五金厂，电话16306059100，你们亲戚之间借点钱还我们不难吧？",
     [(P, "柯永辉"), (P, "曾志豪"), (MB, "16306059100")], [U, X]),
    ("sms", "debtor", "【云栈商家】纪春燕女士，您的紧急联系人纪明辉（父亲）、纪春梅（妹妹）均未能联系到您，请您本人尽快登录App处理逾期借款。",
     [(P, "纪春燕"), (P, "纪明辉"), (P, "纪春梅")], [X]),
    ("notice", "debtor", "诉前告知函\n邢建平先生：\n您在云栈小贷的掌柜贷已逾期120天。据查，您的妻子万丽君在南海区桂城街道办事处任职，岳父万国忠系退休教师。请于7日内还款，否则我司将依法起诉。\n云栈小额贷款有限公司",
     [(P, "邢建平"), (P, "万丽君"), (P, "万国忠")], [X]),
    ("app", "debtor", "马老板，你女朋友开的那家美甲店在千灯湖那边，她叫温晓琪对吧？你不还钱，我们只好去她店里坐坐。",
     [(P, "温晓琪")], [X]),
    ("call", "debtor", call("坐席：贺先生，你那个表哥贺永福在南海法院做书记员吧？要不要我们打电话问问他认不认识你这个欠钱不还的亲戚？",
                            "客户：你别乱来。"),
     [(P, "贺永福")], [X]),
    ("sms", "debtor", "【德穗资产】付女士，您的前夫杜明在佛山一中教书，手机13966914147，他知道您现在欠钱吗？",
     [(P, "杜明"), (MB, "13966914147")], [U, X]),
    ("email", "unknown", "发件人：case03@hengqian-sw.com\n收件人：phjr_hz@linlanbank.com.cn\n主题：章国强户\n保证人章国强，其子章宇航在宜兴市实验小学读五年级，每天16:20放学，其妻在宜兴市人民医院财务科，可作为联络途径。",
     [(EM, "case03@hengqian-sw.com"), (EM, "phjr_hz@linlanbank.com.cn"), (P, "章国强"), (P, "章国强"), (P, "章宇航")], [S, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "BC-SMS": SMS,
    "BC-ROBOT-CALLS": ROBOT_CALLS,
    "BC-AGENT-CALLS": AGENT_CALLS,
    "BC-ASR-CALLS": ASR_CALLS,
    "BC-APP": APP,
    "BC-LETTERS": LETTERS,
    "BC-FIELD-VISITS": FIELD_VISITS,
    "BC-COURT-PAPERS": COURT_PAPERS,
    "BC-EMAILS": EMAILS,
    "BC-CASE-NOTES": CASE_NOTES,
    "BC-QA-AND-TICKETS": QA_AND_TICKETS,
    "BC-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "BC-DECOYS": DECOYS,
    "BC-SUPPLIERS-AND-STAFF": SUPPLIERS_AND_STAFF,
    "BC-SENSITIVE": SENSITIVE_DATA,
    "BC-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
