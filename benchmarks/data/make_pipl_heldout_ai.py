"""Writes `pipl_heldout_ai.jsonl`, the thirty-fifth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_ae.py` (for the record format and
the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, one ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes, and numbers of the same lengths failing
those checks for the decoys); they were typed into the texts and spelled out digit by digit by hand, and the
passports (E, EA, G), the permits to Hong Kong and Macau (C) and the home-return permits (H, M) were typed to
the pattern.

Two senders carry most of it: a consumer-finance company (instalment loans, bound cards, its customer-service and
complaint-escalation team answering inbound calls, tickets and complaints) and a small-business lender with its
collection agency (shop owners in a building-materials market, a grain-and-oil wholesaler and his partner, a
seafood stall, truck drivers on a logistics fleet), with Hong Kong and Taiwan customers of the first. Its weight
lies on identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred messages:
mobiles, landlines with area codes (one in full-width digits and brackets, two with an extension after 转, a
Taiwanese one, an outbound number range), 18-digit IDs (one ending in X, one wholly in full-width digits, grouped
6-8-4 by spaces and by hyphens, set on a line of their own, spaced digit by digit as OCR output, one with a
stray space before its last digits and one before its X) and old 15-digit ones, bank cards of 16 and 19 digits
(grouped by fours with spaces, dots or hyphens, in full-width digits, read aloud, glued to the words around
them), passports (E with stray spaces, EA spaced letter by letter, G read aloud) and the permits; read aloud
with 幺 洞 两 拐 勾 (in Sichuan speech among others) and with 零 to 九, behind +86 and 0086, and glued to
Chinese words. Beside them stand decoys of the same shapes: an 18-digit contract number with a thirteenth month, an
18-digit order number with a wrong check character, a 15-digit waybill number, a 19-digit settlement number
grouped by hyphens, 16- and 19-digit refund, transaction and coupon numbers failing Luhn, a 20-digit invoice
number, an 11-digit complaint-ticket number that starts like a mobile, written and read aloud, a half-typed
15-character ID, a court mediation case number, verification codes (one in full-width digits), a 95 number and
a 400 number, the agent's work number and extension read aloud, amounts in words and figures, dates, masked
forms (138****4630, 520102****4235, 6228 **** **** 3453) and last digits. Licence plates (a mortgaged truck, a
car's ETC notice) are marked as entities and carry no category. A lender's own collection account printed in a
text is an entity but no category, as are the collector's work mobile and the lender's, agency's and law
firm's landlines. Third-party disclosure labels over sixty messages, many saying no more than that "the money is
still hanging", "last month's has not been made up", "that matter has dragged on", naming only the lender or a
truck's instalments, to a wife, a mother, a father, a mother-in-law, a son, a brother-in-law, a sister-in-law, a
shop assistant, a shop's helper, a supplier and its salesman, a landlord, a landlady, a warehouse landlady, a
neighbour, a market office, a business partner, a fleet colleague, a roommate, a classmate, a counsellor, an
employer's HR and finance departments, and building-materials, grain-and-oil, seafood-market, fleet, owners',
townsmen's and clan group chats; beside them contacts asked only for a call-back, a wrong number, a colleague
asked to pass on a call-back, sealed letters an employer is asked to hand over, a market office or a landlord
asked whether a tenant still trades or lives there, guarantors told of what they signed, and an invitation to
confirm being an emergency contact. `pii.excessive` labels over sixty messages: full names with a home address
or an employer, and the names and numbers of spouses, an ex-wife, a girlfriend, parents, parents-in-law, a
grandson, children, siblings, a brother-in-law, cousins, a son-in-law, roommates, a workshop director, a direct
manager, a shop helper and a business partner, in templates, letters, e-mails, tickets and calls.
`pii.sensitive` labels over sixty, mostly without the textbook words: dialysis (of a mother, of the debtor, in
Hong Kong and Taipei), diabetes with a hospital ward, a heart stent, late lung cancer, Alzheimer's, a
psychiatric follow-up, bipolar disorder and its medicine, a hospital bed number, a pregnancy and antenatal
checks, a blind customer's disability certificate, a livelihood allowance, a pensioner's pension and savings, a
child's school, class and home time, a student's dormitory room, lecture and library hours, a grandchild's
kindergarten pick-up, a truck's GPS at a service area and a night-time car park, a trucker's run, a morning
metro exit, a park at nine, a night in an internet café, Friday prayers and Sunday worship, face and
voiceprint records, a trip abroad, detention for drink-driving, wage inflows, wallet balances, a shop's QR
collections, other lenders' loans, a credit report, bar, card-room and nightclub spending and game top-ups.
Beside them stand debtors speaking of their own illness, agents answering with a deferral, instalments or a
pause, general offers to pause for illness, and a face check for a card change. Registers: SMS templates (two
with unfilled placeholders) and app notices, inbound service calls, robot scripts with keypad turns, agents'
calls as speech-to-text output without punctuation in Sichuan and Shanghai speech, WeChat and WeChat Work chats
and group chats, forwarded messages, tickets, internal notes and quality-check records, e-mails to vendors,
employers and suppliers, complaint replies, letters (a lawyer's among them), Cantonese (Hong Kong) and
traditional characters (Hong Kong and Taiwan).

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (Hong Kong and Macau
  permits and home-return permits among them) of a person in the sender's or agent's words, in any form. Not:
  masked forms, last digits alone, a lender's, agency's or lawyer's landline, a lender's own collection
  account, the collector's work mobile, a customer writing or saying their own number, a licence plate.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the obligation he signed is not disclosed to; tickets, notes, quality-check records and
  e-mails passed between the lender, its agency and their vendors go to an unknown recipient and are judged on
  the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion,
  biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine, financial
  account details beyond need (balances, deposits, wage inflows, collections, other lenders' loans, spending),
  detention, specific identities (disability, a livelihood allowance). A lender's offer to pause for illness in
  general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (岑老板, 小蒙, 區生) is not a PERSON, a given name
alone or after a kinship term is; ADDRESS reaches down to a road and number, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ai`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ai.jsonl"
ID_PREFIX = "PAI"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- a consumer-finance company's SMS and app templates -----------------------------------------------------

CONSUMER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【融禾消费金融】您尾号3453的借款本期应还1286.40元，已逾期3天，请于今日22点前还款，客服95079。",
     [], []),
    ("sms", "debtor", "【融禾消费金融】葛先生，您身份证510107199805218877名下的借款已逾期12天，应还4,310.00元，请尽快处理。",
     [(ID, "510107199805218877")], [U]),
    ("sms", "debtor", "【融禾消费金融】您好，本期还款将从您绑定的6228481483983453自动扣款，请保证余额充足，还款日2月18日。",
     [(BC, "6228481483983453")], [U]),
    ("sms", "debtor", "【融禾消费金融】您的还款卡6228 **** **** 3453本月扣款失败，请存入足额资金后回复1重新扣款。",
     [], []),
    ("sms", "debtor", "【融禾消费金融】冉女士，系统显示您工资卡昨天到账8650元，但本期2230元仍未还，请今天内处理。",
     [], [S]),
    ("sms", "debtor", "【融禾消费金融】郑伟先生：您登记的住址金华市婺城区八一南街206号3单元501及单位“金华恒泰五金”均已记录在案，"
     "请尽快还款。", [(P, "郑伟"), (A, "金华市婺城区八一南街206号3单元501")], [X]),
    ("sms", "debtor", "【融禾消费金融】验证码483920，您正在申请展期还款，5分钟内有效，请勿告知他人。", [], []),
    ("sms", "debtor", "【融禾消费金融】提醒：您母亲的透析费我们理解，但本期欠款仍需本月结清，详询95079。", [], [S]),
    ("sms", "debtor", "【融禾消费金融】何先生，您每周二四六晚上七点在区医院做透析，我们的工作人员会在八点后联系您。",
     [], [S]),
    ("sms", "debtor", "【融禾消费金融】您好，如您或家人患病住院导致还款困难，可提供材料申请停催30天，详询官方客服。", [], []),
    ("app", "debtor", "【账户提醒】检测到您名下的微信零钱余额2,316元、支付宝余额1,040元，足以偿还本期欠款，请立即还款。",
     [], [S]),
    ("app", "debtor", "【账户提醒】您绑定的手机号18287938265将用于接收还款通知，如需更换请在“我的-安全设置”中修改。",
     [(MB, "18287938265")], [U]),
    ("app", "debtor", "【人工客服】苗女士您好，您儿子苗嘉乐目前在实验二小四年级三班，放学四点十分，您看本月能不能先还一部分？",
     [(P, "苗嘉乐")], [S, X]),
    ("app", "debtor", "【人工客服】您好，核实到您在另外三家平台还有共计4.7万的借款未还，建议您优先处理我司欠款。",
     [], [S]),
    ("sms", "debtor", "【融禾消费金融】戴女士：您护照E37521946已在我司备案，出境前请先结清欠款7,230元，详询95079。",
     [(PP, "E37521946")], [U]),
    ("sms", "debtor", "【融禾消费金融】您的借款已逾期，您预留的紧急联系人宁建国（13336353632）我们暂未联系，请您主动处理。",
     [(P, "宁建国"), (MB, "13336353632")], [U, X]),
]

# --- inbound calls to the consumer-finance company's customer service ---------------------------------------

INBOUND_CALLS: list[PiplEntry] = [
    ("call", "debtor", "客服：您好，融禾消费金融，工号3306为您服务。\n客户：我想问下我的还款日。\n"
     "客服：请报一下您身份证号后四位。\n客户：8877。\n客服：核实成功，您的还款日是每月18号。", [], []),
    ("call", "debtor", "客服：您好，请问是本人吗？\n客户：是，我身份证是五零零幺零七幺九八四零六幺三七五二零。\n"
     "客服：好的，我复述一遍，五零零幺零七幺九八四零六幺三七五二零，对吧？\n客户：对。",
     [(ID, "五零零幺零七幺九八四零六幺三七五二零"), (ID, "五零零幺零七幺九八四零六幺三七五二零")], [U]),
    ("call", "debtor", "客户：我换了手机号，新号是15262585791。\n客服：收到，新号码尾号5791，已为您更新，以后还款提醒发到新号上。",
     [(MB, "15262585791")], []),
    ("call", "debtor", "客户：我卡号6230581281634244，帮我看看扣没扣。\n客服：好的，6230 5812 8163 4244这张卡今天上午扣款成功了，"
     "金额1020元。", [(BC, "6230581281634244"), (BC, "6230 5812 8163 4244")], [U]),
    ("call", "debtor", "客户：我妈住院了，这个月实在还不上。\n客服：理解您的情况，您可以上传住院证明，我们帮您申请延期一个月，"
     "期间不产生罚息。\n客户：好的谢谢。", [], []),
    ("call", "debtor", "客服：您好，融禾消费金融。\n客户：你们为什么老打我电话？\n客服：抱歉打扰，系统显示您上月12号有一笔"
     "2980元逾期，您父亲上周在县医院做的心脏支架手术我们也了解了，但还是希望您这个月先还一点。",
     [], [S]),
    ("call", "debtor", "客服：先生您好，这边是融禾消费金融客服部，工号2217，分机8021。\n客户：嗯。\n"
     "客服：跟您确认一下，您的借款合同号是RH-CL-2025-118204，剩余本金6,400元，下一期是3月5号。", [], []),
    ("call", "debtor", "客服：女士，您先生陶振华的手机18270913325我们打过了，他说不清楚您的事，您自己这边怎么安排？",
     [(P, "陶振华"), (MB, "18270913325")], [U, X]),
    ("call", "debtor", "客户：我护照号是EA3981427，要出国，需要开结清证明。\n客服：好的，结清证明会在三个工作日内发到您"
     "预留邮箱，护照信息我们不需要，您不用提供。", [(PP, "EA3981427")], []),
    ("call", "debtor", "客服：邵先生，系统里看到您每天早上六点半从龙华出发跑深圳到东莞这条线，晚上十点左右才收车，"
     "那我们约晚上十点半打给您？", [], [S]),
    ("call", "debtor", "客服：您好，请问您是申请分期的宁女士吗？\n客户：对。\n客服：您的身份证号四幺零幺零五幺九九五零九二七拐两八六，"
     "工作单位郑州市金水区纬五路12号的德信会计师事务所，这些都对吧？",
     [(ID, "四幺零幺零五幺九九五零九二七拐两八六"), (A, "郑州市金水区纬五路12号")], [U]),
    ("call", "debtor", "客户：我这个月刚做完化疗，手头很紧。\n客服：很抱歉听到这个消息，您好好休养，可以申请三个月的困难延期，"
     "我现在帮您登记。", [], []),
    ("call", "debtor", "客服：喂您好，是冉女士吗？\n客户：是我。\n客服：您好，融禾客服，您在平安银行那张信用卡也欠了两万多，"
     "建发那边的贷款也逾期了，我们建议您统筹一下。", [], [S]),
    ("call", "debtor", "客服：您好，需要发验证码给您，请确认接收号码为138****4630。\n客户：对。\n客服：验证码已发送，"
     "请报一下6位数字。\n客户：702615。\n客服：验证通过。", [], []),
    ("call", "debtor", "客户：你们把我的号码给谁了？我妹妹都接到电话了。\n客服：非常抱歉，我们核实一下，您妹妹谭晓雯的号码"
     "17789448786是您申请时填的紧急联系人，我们会停止联系她。", [(P, "谭晓雯"), (MB, "17789448786")], [U, X]),
]

# --- complaint tickets, escalations and internal notes ------------------------------------------------------

TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "工单TS2026030900415｜客诉升级\n客户：尾号8877\n诉求：称催收员夜间致电其单位，要求道歉。\n"
     "处理：已调取录音，转质检复核，48小时内回电。", [], []),
    ("notice", "unknown", "工单TS2026031100532｜升级至二线\n客户姓名：龚丽萍，身份证500107200411211553，手机15777105629，"
     "现住重庆市渝北区金开大道1180号7栋1602。\n诉求：要求停止联系其父母。",
     [(P, "龚丽萍"), (ID, "500107200411211553"), (MB, "15777105629"), (A, "重庆市渝北区金开大道1180号7栋1602")], [U, X]),
    ("notice", "unknown", "内部备注：客户自述患有双相情感障碍，正在服用碳酸锂，情绪不稳，后续电话由组长本人处理。", [], [S]),
    ("notice", "unknown", "升级说明：客户汤志远（宁波市鄞州区天童南路588号）投诉其妻子、岳父母都被打过电话，妻子方敏、"
     "岳父方国强的号码均在外呼名单里。",
     [(P, "汤志远"), (A, "宁波市鄞州区天童南路588号"), (P, "方敏"), (P, "方国强")], [X]),
    ("notice", "unknown", "内部备注：客户每天下午五点半去幼儿园接孙子，五点到六点之间不要打电话，她说在路上。", [], [S]),
    ("notice", "unknown", "投诉复核记录\n涉事坐席：5102\n客户银行卡6258076357802616被坐席在短信中完整发出，已确认违规，"
     "坐席停岗培训。", [(BC, "6258076357802616")], [U]),
    ("notice", "unknown", "工单TS2026031800740\n客户：邱女士，尾号5606\n诉求：怀孕七个月，孕检期间被连续致电，要求暂停至产后。\n"
     "处理建议：同意暂停。", [], [S]),
    ("notice", "unknown", "内部备注：客户称本人是低保户，每月领560元低保金，已在系统中标注“特殊困难”，转减免小组。", [], [S]),
    ("notice", "unknown", "升级单：客户称信用报告出现逾期记录有误。核查其征信报告：另有招商信用卡逾期两期、"
     "网商贷余额3.2万、房贷月供4,100元。", [], [S]),
    ("notice", "unknown", "工单附件说明：客户上传的港澳通行证C48291735照片模糊，请重新上传；身份证正反面已收到。",
     [(PP, "C48291735")], [U]),
    ("notice", "unknown", "内部备注：客户前夫雷海涛（手机13513414487）来电称客户已改嫁到昆明，建议改联系其现任丈夫。",
     [(P, "雷海涛"), (MB, "13513414487")], [U, X]),
    ("notice", "unknown", "内部备注：客户为视障人士，持有一级残疾证，来电需语音引导，请勿发送图片类链接。", [], [S]),
]

# --- replies to complaints ----------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor", "龚女士您好：\n您3月11日反映的问题已核实，相关坐席已停止联系您的父母，并接受处罚。对此给您造成的困扰深表歉意。\n"
     "融禾消费金融客户服务部\nservice@ronghe-cf.com.cn", [(EM, "service@ronghe-cf.com.cn")], []),
    ("email", "debtor", "汤先生：关于您的投诉，我们已核查外呼名单，您的妻子方敏（13854705347）、岳父方国强（15067379131）"
     "均已移出名单。\n融禾消费金融投诉处理组",
     [(P, "方敏"), (MB, "13854705347"), (P, "方国强"), (MB, "15067379131")], [U, X]),
    ("app", "debtor", "【投诉回复】邱女士，考虑到您目前怀孕七个月，下周二还要去妇幼保健院产检，我们暂停外呼至6月30日。",
     [], [S]),
    ("email", "debtor", "雷女士您好：\n您投诉的征信问题已核实并报送更正，预计20个工作日内生效。您名下另有招行信用卡、"
     "网商贷等负债的信息与本次更正无关，我们不作处理。\n融禾消费金融", [], [S]),
    ("notice", "debtor", "投诉处理结果告知书\n致：纪文斌先生（住址：长沙市岳麓区麓山南路327号11栋403）\n"
     "您投诉的事项经核查部分属实……", [(P, "纪文斌"), (A, "长沙市岳麓区麓山南路327号11栋403")], []),
    ("app", "debtor", "【投诉回复】您好，您的身份证号3301061980012465 52已核实，账户信息无误，投诉不成立。",
     [(ID, "3301061980012465 52")], [U]),
    ("email", "debtor", "Dear Ms. Yan,\n关于您的投诉，我们已查到您卡号6214 8352 5853 4815的扣款记录，该笔为正常扣款。"
     "如有疑问请回复本邮件。\nRonghe CF Complaints\ncomplaints@ronghe-cf.com.cn",
     [(BC, "6214 8352 5853 4815"), (EM, "complaints@ronghe-cf.com.cn")], [U]),
    ("app", "debtor", "【投诉回复】您好，您反映的“坐席泄露您病情”一事已核实，涉事坐席已停岗，我们在系统中删除了相关备注。",
     [], []),
    ("app", "debtor", "【投诉回复】鲁先生，您说您在清真寺做礼拜时被打电话，我们已把周五中午十二点到两点设为禁呼时段。",
     [], [S]),
]

# --- a small-business lender's collection agencies: SMS to borrowers ----------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【启航资产】符永康，您在建材市场B区17号的门面和您家里南宁市青秀区东葛路118号2栋601我们都有登记，"
     "还款请今天处理。", [(P, "符永康"), (A, "南宁市青秀区东葛路118号2栋601")], [X]),
    ("sms", "debtor", "【启航资产】您好，您的店铺收款码近7天流水共38,260元，却未按期还款，请于3日内结清本期9,800元。",
     [], [S]),
    ("sms", "debtor", "【启航资产】您的车贷第8期已逾期，车牌桂A·7K2M9的车辆为抵押物，请按合同约定还款。客服4008-263-517。",
     [(PL, "桂A·7K2M9")], []),
    ("sms", "debtor", "【启航资产】师傅您好，您这两天的运单显示明早五点从钦州港装货去贵阳，请出车前把本期6,200元还上。",
     [], [S]),
    ("sms", "debtor", "【启航资产】卢先生，您的借款合同HS-JY-2025-03318逾期，请将款项转入汇商小微贷对公账户，"
     "户名：汇商小额贷款有限公司，账号：4367427162753564。", [(BC, "4367427162753564")], []),
    ("sms", "debtor", "【启航资产】卢先生，上次您说货款没收回来，我们可以帮您申请延期30天，回复Y确认。", [], []),
    ("sms", "debtor", "【启航资产】您好，您本人卡号6222 0226 4619 6351 504的还款未成功，请核对后重新转账。",
     [(BC, "6222 0226 4619 6351 504")], [U]),
    ("sms", "debtor", "【启航资产】黄姐，您女儿在市一中高二（5）班住校，周五下午放学回家，这周末之前请您一定把钱转过来。",
     [], [S]),
    ("sms", "debtor", "【启航资产】联系不上您，请回电0771-5862 3140转806，经办人：蒙专员。",
     [(LL, "0771-5862 3140")], []),
    ("sms", "debtor", "【启航资产】您好，您预留的另一个号码+86 199 1935 9852也无人接听，请尽快回电。",
     [(MB, "199 1935 9852")], [U]),
    ("sms", "debtor", "【启航资产】岑老板：您跟合伙人韦志坚（手机15297181026）合开的粮油店欠款至今未还，请尽快。",
     [(P, "韦志坚"), (MB, "15297181026")], [U, X]),
    ("app", "debtor", "【汇商小微贷】陆先生，您在我行的授信与您在农商行那笔38万的抵押贷、网商银行的8万信用贷一并被列入关注，"
     "请尽快还款。", [], [S]),
    ("app", "debtor", "【汇商小微贷】您上传的回乡证H20583716已过期，请更新证件后再申请展期。",
     [(PP, "H20583716")], [U]),
]

# --- contacts of shop owners: employees, suppliers, landlords, market managers, family ----------------------

SHOP_CONTACTS: list[PiplEntry] = [
    ("call", "third_party", "坐席：你好，是粮油店吗？岑老板在不在？\n第三方：老板出去送货了，我是店里帮工的。\n"
     "坐席：那麻烦你跟他说一声，汇商那边的钱还挂着呢，让他今天回个电话。", [], [D]),
    ("call", "third_party", "坐席：你好，请问岑老板在吗？\n第三方：不在，你哪位？\n坐席：我姓蒙，有点事找他，麻烦让他回个电话，"
     "谢谢。\n第三方：行。", [], []),
    ("sms", "third_party", "【启航资产】您好，我们是受托处理符永康先生账务的机构，他的经营贷逾期两个多月了，您作为他的房东如方便请转告。",
     [(P, "符永康")], [D]),
    ("sms", "third_party", "王姐您好，我是启航的小蒙，麻烦跟岑老板说一下，上个月那笔还没补上，我们这边不好交代。",
     [], [D]),
    ("call", "third_party", "催收员：喂，是供货的刘老板吧？\n联系人：是，什么事？\n催收员：岑国华欠汇商小微贷的钱一直拖着，"
     "你们跟他有生意往来，下次结货款的时候提醒他先把这边的还了。\n联系人：这跟我有什么关系？",
     [(P, "岑国华")], [D]),
    ("call", "third_party", "坐席：您好，我找一下符永康。\n联系人：他不在，我是他爱人。\n坐席：那麻烦您转告他抽空回个电话，"
     "号码是0771-5862 3140，找蒙专员就行。\n联系人：好。",
     [(P, "符永康"), (LL, "0771-5862 3140")], []),
    ("call", "third_party", "坐席：阿姨您好，您是符永康的妈妈吧？\n第三方：是啊，怎么了？\n坐席：没什么大事，就是他那个店里周转的钱"
     "到期好久了，您有空劝劝他。\n第三方：啊？他欠钱了？", [(P, "符永康")], [D]),
    ("sms", "third_party", "【启航资产】市场管理处您好，贵市场B区17号商户符永康已长期失联，其在我方委托机构的经营贷款逾期，"
     "烦请协助告知其回电。", [(P, "符永康")], [D]),
    ("sms", "third_party", "【启航资产】市场管理处您好，请问B区17号商铺的租户近期是否仍在营业？如有变更请回复，谢谢。",
     [], []),
    ("call", "third_party", "坐席：请问是东盟建材市场管理处吗？\n第三方：是的。\n坐席：想麻烦你们在商户群里帮忙找一下17号的符老板，"
     "他那笔贷款一直没动静，我们也是没办法。", [], [D]),
    ("email", "third_party", "张经理您好：\n我司受汇商小额贷款有限公司委托，联系贵司合作方“岑记粮油”负责人岑国华，"
     "其欠款已逾期，烦请在对账时提醒其尽快处理。\n启航资产管理（广西）有限公司\nqihang_tp@qhzc.com.cn",
     [(P, "岑国华"), (EM, "qihang_tp@qhzc.com.cn")], [D]),
    ("email", "third_party", "张经理您好：\n我司有一份函件需要送达“岑记粮油”负责人，能否告知其目前的收货地址？如不便透露也没关系。\n"
     "启航资产管理（广西）有限公司\nqihang_tp@qhzc.com.cn", [(EM, "qihang_tp@qhzc.com.cn")], []),
    ("call", "third_party", "坐席：喂，是岑老板合伙的韦总吧？\n第三方：我是韦志坚。\n坐席：岑国华他那一半的贷款你知道吧，"
     "都三个月了，你们合伙做生意，你看要不要帮他垫一下？",
     [(P, "韦志坚"), (P, "岑国华")], [D]),
    ("call", "third_party", "坐席：韦先生您好，您是这笔经营贷的连带保证人，根据您签的保证合同，借款人逾期后您需承担保证责任，"
     "今天跟您确认一下您的还款意向。\n第三方：我知道，我这两天跟他商量。", [], []),
    ("sms", "third_party", "李师傅你好，跟你一起跑车的宋海明那边车贷断了两个月了，你见到他让他给我回个话。",
     [(P, "宋海明")], [D]),
    ("sms", "third_party", "李师傅你好，我是宋海明朋友，找他有点急事，他手机一直关机，你见到他帮我说一声，谢谢。",
     [(P, "宋海明")], []),
    ("call", "third_party", "催收员：你好，是宋海明的老婆吧？\n第三方：嗯，干嘛？\n催收员：他那台车每个月的钱现在都没交，"
     "你们家里商量一下。\n第三方：我不管他的事。", [(P, "宋海明")], [D]),
    ("app", "third_party", "【汇商小微贷】您好，您被借款人岑国华列为紧急联系人，请提醒其登录APP查看待办事项。",
     [(P, "岑国华")], [D]),
    ("app", "third_party", "【汇商小微贷】您好，您的朋友邀请您成为紧急联系人，如不同意可在此页面点击“拒绝”。", [], []),
    ("call", "third_party", "坐席：您好，请问是17号铺面的房东梁先生吗？\n第三方：是。\n坐席：您的租客符永康欠了我们委托方八万多，"
     "他要是还押金给您退租了，您能不能告诉我们一声？", [(P, "符永康")], [D]),
    ("call", "third_party", "坐席：梁先生您好，我们有份材料要寄给您的租客，想确认一下铺面地址是不是东盟建材市场B区17号？\n"
     "第三方：是这个。\n坐席：好的谢谢您。", [], []),
    ("sms", "third_party", "林老板好，您店里的小工说岑老板这几天在您那儿进货，能否转告他：汇商那边再不处理就要走下一步了。",
     [], [D]),
    ("call", "third_party", "坐席：喂，你好，请问你是岑国华的父亲吗？\n第三方：我是他爸，你哪里？\n坐席：叔叔您好，我是他一个业务上的"
     "朋友，他电话打不通，您让他方便时给我回个电话。\n第三方：好好。", [(P, "岑国华")], []),
    ("call", "third_party", "坐席：叔叔，我就直说了，您儿子在汇商借的那笔钱到现在一分没还，您当爸的说说他。\n第三方：我哪知道这事？",
     [], [D]),
    ("sms", "third_party", "【启航资产】尊敬的保证人韦志坚先生：借款人已逾期，根据您于2025年6月签署的保证合同，请于5日内履行保证责任，"
     "应付金额以我方通知为准。", [(P, "韦志坚")], []),
    ("email", "third_party", "Hi 张经理，\n你们物流公司的司机宋海明这几个月车贷没还，他工资能不能先扣一部分给我们？\n"
     "启航资产 蒙晓峰\nmeng.xf@qhzc.com.cn", [(P, "宋海明"), (P, "蒙晓峰"), (EM, "meng.xf@qhzc.com.cn")], [D]),
    ("call", "third_party", "坐席：您好，请问是宋海明吗？\n第三方：打错了，我不认识这个人。\n坐席：不好意思打扰了，我们会核实号码。",
     [(P, "宋海明")], []),
    ("sms", "third_party", "阿姨，海明那台解放的车贷我们是真没办法了，您是他妈妈，劝劝他，别让车被拖走。", [(P, "海明")], [D]),
]

# --- truck drivers, elderly borrowers, students: routines, whereabouts, health and accounts -----------------

ROUTINES_AND_HEALTH: list[PiplEntry] = [
    ("sms", "debtor", "宋师傅，你的车桂B·3Q871今天下午两点在柳州鹿寨服务区停了四十分钟，我们看得到，钱的事别拖。",
     [(PL, "桂B·3Q871")], [S]),
    ("sms", "debtor", "宋师傅，你车贷这期6,200还没进来，桂B·3Q871这台车的GPS我们会按合同保留，请这周内处理。",
     [(PL, "桂B·3Q871")], []),
    ("app", "debtor", "【汇商小微贷】宋师傅，系统显示您每晚十一点后停车在南宁安吉物流园3号停车场，我们的外访人员明晚过来找您。",
     [], [S]),
    ("app", "debtor", "【汇商小微贷】宋师傅，外访人员将于3月20日上午10点前往您登记的经营地址核实情况，如不方便请提前回电改约。",
     [], []),
    ("call", "debtor", "坐席：宋海明是吧，你老婆黄丽娟在万象城负一楼上班，每天晚上九点半下班，你儿子宋子轩在滨湖路小学，"
     "这些我们都清楚。\n客户：你什么意思？",
     [(P, "宋海明"), (P, "黄丽娟"), (P, "宋子轩")], [S, X]),
    ("sms", "debtor", "罗大爷您好，知道您糖尿病并发症这个月又住进了市人民医院内分泌科，但您那笔两万的借款还是要尽快安排。",
     [], [S]),
    ("sms", "debtor", "罗大爷您好，您的借款已逾期，如身体或家庭有特殊困难，可让家属陪同到网点办理延期，我们不收额外费用。",
     [], []),
    ("call", "debtor", "坐席：老爷子，您每天上午九点去公园下棋，十一点回家，我们同事上次在公园门口等过您。\n客户：你们想干啥？",
     [], [S]),
    ("call", "debtor", "客户：我七十三了，心脏搭了三个桥，哪有钱还。\n坐席：大爷您别着急，身体要紧。我们可以给您办停息挂账，"
     "分三十六期还，每期三百出头，您看行吗？", [], []),
    ("app", "debtor", "【人工客服】贝同学，你住在科技大学东区11号楼523宿舍，周四上午三四节在教三202上高数，"
     "我们可以去找你当面谈。", [(A, "科技大学东区11号楼523")], [S]),
    ("sms", "debtor", "【融禾消费金融】祁同学，你的辅导员和室友的联系方式我们都有，这周你每天晚上九点半后都在图书馆四楼自习，"
     "还款别再拖。", [], [S]),
    ("email", "debtor", "祁明轩同学：\n你好。你的借款已逾期32天。另外我们了解到你父亲祁建平在老家务农，母亲陈秀兰在县城超市上班，"
     "希望你不要让家里操心。\n融禾消费金融贷后管理部", [(P, "祁明轩"), (P, "祁建平"), (P, "陈秀兰")], [X]),
    ("call", "debtor", "坐席：孙阿姨，您这个月的退休金三千二已经到账了，您在建行那张卡上还有一万多存款，怎么就还不上这一千块呢？\n"
     "客户：那是我看病的钱。", [], [S]),
    ("call", "debtor", "坐席：孙阿姨，这期的一千块您要是手头紧，可以先还三百，剩下的下个月一起还，不算逾期。\n客户：那行，谢谢你。",
     [], []),
    ("app", "debtor", "【人工客服】邓女士，您最近每周三下午去市精神卫生中心复诊，我们尽量避开那个时间联系您。",
     [], [S]),
    ("sms", "debtor", "【融禾消费金融】邓女士：如您近期就医不便接听电话，可回复“暂缓”，我们将在7天内不再致电。", [], []),
    ("call", "debtor", "坐席：小伙子，你每天早上七点二十在地铁五号线五一广场站C口进站，我们有人看到过你，这钱你打算什么时候还？",
     [], [S]),
    ("sms", "debtor", "【融禾消费金融】您好，您本月在“夜色”酒吧消费4,600元、在棋牌室充值2,800元，却说没钱还款，请解释。",
     [], [S]),
    ("call", "debtor", "坐席：老周，你上个礼拜刚从看守所出来是吧？酒驾拘了十五天，这事你家里人知道不？\n客户：关你什么事。",
     [], [S]),
    ("call", "debtor", "客户：我刚出院，做的是肝移植，医药费花了三十多万。\n坐席：先祝您康复。这笔借款可以申请困难减免，"
     "我把申请表发到您APP里，您家人帮您填就行。", [], []),
    ("app", "debtor", "【人工客服】欧阳先生，您在我司做过人脸识别和声纹采集，逃是逃不掉的，建议尽快还款。", [], [S]),
    ("app", "debtor", "【人工客服】欧阳先生，为保障账户安全，本次修改还款卡需完成刷脸验证，点击下方按钮即可。", [], []),
    ("sms", "debtor", "【启航资产】符老板，您爱人每天早上八点开店，下午四点去接孩子，店里只有一个小工，我们下午过去等您。",
     [], [S]),
    ("call", "debtor", "坐席：贝同学，你妈妈贝丽华的电话13679884630和你舅舅的电话我这都有，你要我打给他们吗？\n客户：别别别。",
     [(P, "贝丽华"), (MB, "13679884630")], [U, X]),
]

# --- robot scripts ------------------------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是融禾消费金融智能客服，请问是葛先生本人吗？是请按1，不是请按2。\n客户：1\n"
     "机器人：您尾号3453的借款已逾期3天，请今天内还款，按0转人工。", [], []),
    ("call", "debtor", "机器人：您好，为核实身份，请确认您的身份证号码：五一零一零七 一九九八零五二一 八八七七。正确请按1。\n客户：1",
     [(ID, "五一零一零七 一九九八零五二一 八八七七")], [U]),
    ("call", "debtor", "机器人：您好，这里是融禾消费金融，您的还款卡号为：六二二八 四八二七 四八七六 九八九三，本期扣款失败，"
     "请存入资金。\n客户：（按键0）", [(BC, "六二二八 四八二七 四八七六 九八九三")], [U]),
    ("call", "unknown", "机器人：您好，请问是邵先生吗？\n第三方：不是，打错了。\n机器人：抱歉打扰，我们将更新号码记录，再见。",
     [], []),
    ("call", "third_party", "机器人：您好，请问是邵志强的家属吗？邵志强在融禾消费金融的借款已逾期45天，请转告他尽快还款，"
     "转告请按1。\n第三方：（按键1）", [(P, "邵志强"), (P, "邵志强")], [D]),
    ("call", "third_party", "机器人：您好，这里是融禾消费金融，我们有重要事项需要联系邵先生，如您认识他，请提醒他回拨95079，"
     "谢谢。\n第三方：2", [], []),
    ("call", "debtor", "机器人：邵先生您好，您预留的回拨号码是幺五七三两两四两三幺两，如需修改请按2。\n客户：2",
     [(MB, "幺五七三两两四两三幺两")], [U]),
    ("call", "debtor", "机器人：您好，您本期应还金额为两千三百零八元四角，最后还款日为四月十五日，验证码六三九二，请牢记。", [], []),
    ("call", "debtor", "机器人：您好，根据记录，您近三个月每天晚上十点以后都在南岸区弹子石老街附近活动，请尽快还款。\n客户：（挂断）",
     [], [S]),
    ("call", "debtor", "機器人：您好，呢度係融禾消費金融，請問係咪區先生本人？係請按1。\n客戶：1\n"
     "機器人：你嘅借款已逾期七日，應還金額三千二百元，請盡快還款。", [], []),
    ("call", "debtor", "机器人：您好，您的紧急联系人赖美玲，手机幺三三六七幺幺九洞九四，已收到您的逾期通知，请尽快处理。",
     [(P, "赖美玲"), (MB, "幺三三六七幺幺九洞九四")], [U, X]),
    ("call", "debtor", "机器人：您好，本通话可能被录音。您在融禾的借款已逾期，如需申请分期请按3，如您近期生病住院请按4，"
     "我们将安排专人处理。\n客户：4", [], []),
]

# --- speech-to-text output of agents' calls, dialect and no punctuation -------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂葛先生嘛 我融禾的 你那个钱拖起好久了哦 你身份证五幺洞幺洞拐幺九九八洞五两幺八八拐拐是你的嘛\n"
     "客户：是嘛",
     [(ID, "五幺洞幺洞拐幺九九八洞五两幺八八拐拐")], [U]),
    ("call", "debtor", "坐席：喂 老乡 你屋头那个电话幺八两八拐九三八两六五是哪个接的嘛 一直打不通\n客户：那是我婆娘的",
     [(MB, "幺八两八拐九三八两六五")], [U]),
    ("call", "debtor", "坐席：喂你好 融禾消费金融的 工号拐拐两幺 你那个钱好久还嘛\n客户：下个月\n坐席：要得 下个月十号之前哈",
     [], []),
    ("call", "third_party", "坐席：喂 是梁叔不 你屋头梁小军在我们这借了钱 两万多 拖了三个月了 你喊他回个电话嘛\n"
     "联系人：他好久没回来了", [(P, "梁小军")], [D]),
    ("call", "third_party", "坐席：喂 梁叔嘛 我找下小军 有点事 你喊他方便的时候回我个电话要得不\n联系人：要得",
     [(P, "小军")], []),
    ("call", "debtor", "坐席：阿姐侬好 融禾格 侬囡儿在实验小学三年级两班对伐 每天下半天三点半放学 侬还是早点还钞票\n"
     "客户：侬啥意思", [], [S]),
    ("call", "debtor", "坐席：喂 老板 你那张卡六二五八零七四幺零七七零三二五零九幺二上个月流水进了十几万 你跟我说没钱\n"
     "客户：那是货款", [(BC, "六二五八零七四幺零七七零三二五零九幺二")], [S, U]),
    ("call", "debtor", "坐席：哎 老哥 你住院那个事我晓得 肺癌晚期嘛 但是钱还是要还的噻 你屋头还有哪个能帮你还\n客户：没得哪个了",
     [], [S]),
    ("call", "debtor", "坐席：喂 伍师傅 你上次讲你屋头老人中风了 我们给你报了延期 这个月先不催 下个月十五号再联系你\n客户：谢谢你们",
     [], []),
    ("call", "third_party", "坐席：喂 你好 你是伍建军的同事吧 他欠我们公司钱的事你晓得不 你们车队哪个能找到他\n联系人：不晓得",
     [(P, "伍建军")], [D]),
    ("call", "debtor", "坐席：喂 伍建军 你婆娘叫杨春梅 在二医院当护士 电话幺五零六拐两三两九九三 我们要不要打给她\n客户：莫打",
     [(P, "伍建军"), (P, "杨春梅"), (MB, "幺五零六拐两三两九九三")], [U, X]),
    ("call", "debtor", "坐席：喂 你好 你家住哪里 我核对一下地址 寄个材料 就是那个长沙市雨花区劳动东路139号对吧\n客户：对",
     [(A, "长沙市雨花区劳动东路139号")], []),
    ("call", "debtor", "坐席：阿叔 你那个护照号码 G 五二八 三九一 七四 出境记录我们查到了 上个月去了越南\n客户：去进货",
     [(PP, "G 五二八 三九一 七四")], [S, U]),
]

# --- WeChat chats and group chats: trade associations, markets, fleets --------------------------------------

GROUP_CHATS: list[PiplEntry] = [
    ("app", "third_party", "【东盟建材商会群】@全体成员 各位老板好，17号铺的符老板最近联系不上，他在汇商那边的款子一直没结，"
     "谁见到麻烦让他回个电话。", [], [D]),
    ("app", "third_party", "【东盟建材商会群】各位老板好，我是汇商小微贷的客户经理小覃，本月有新的商户贷优惠，有需要的私聊我。",
     [], []),
    ("app", "third_party", "【粮油批发协会群】各位老板，我是汇商的小覃，岑记那边的情况大家心里有数就行，跟他做生意最好现结，别再赊了。",
     [], [D]),
    ("app", "third_party", "【安吉物流车队群】@宋海明 宋师傅，你那台车的月供又没交，车队里谁跟他熟的带个话。",
     [(P, "宋海明")], [D]),
    ("app", "third_party", "【海鲜市场商户群】管理处通知：C区8号摊位下月起由新租户经营，原租户请于月底前清场。", [], []),
    ("app", "third_party", "【海鲜市场商户群】启航资产小蒙：C区8号的卢老板在汇商那边的款子压了好几期，最近找不到人，大家见到他让他回个电话。",
     [], [D]),
    ("app", "debtor", "[企业微信] 客服专员：卢先生您好，我是启航资产的蒙专员，工号QH0617，关于您的经营贷想跟您约个时间沟通。\n"
     "客户：明天下午吧。\n客服专员：好的，明天下午三点我打给您。", [], []),
    ("app", "debtor", "[企业微信] 客户：我身份证号是370202195701192173，帮我查一下还剩多少。\n"
     "客服专员：收到，已为您查询，剩余本金12,600元。建议您以后不要在聊天中发送完整证件号。",
     [(ID, "370202195701192173")], []),
    ("app", "debtor", "[企业微信] 客服专员：卢先生，您之前给的卡号6228 4872 6155 5827和您爱人的卡6214 8324 0223 4430 174"
     "我们都可以发起代扣，您选一张吧。",
     [(BC, "6228 4872 6155 5827"), (BC, "6214 8324 0223 4430 174")], [S, U]),
    ("app", "debtor", "[微信] 专员：覃姐，你弟弟覃志勇在柳钢上班，他每个月工资条我们都看得到，让他帮你还不难吧。",
     [(P, "覃志勇")], [S, X]),
    ("app", "third_party", "[微信] 专员：您好，请问是覃志勇先生吗？您姐姐让我们联系您，她有一份材料需要您转交，方便的话请回电。\n"
     "联系人：什么材料？\n专员：具体内容需要她本人来了解，麻烦您转告她。", [(P, "覃志勇")], []),
    ("app", "third_party", "【幸福里业主群】（启航资产外访员）请问谁认识6栋1202的住户？他家欠了网贷，快递员说送不进去，麻烦告诉他一声。",
     [], [D]),
    ("app", "third_party", "【老乡群】各位老乡，梁小军在深圳借的钱到现在还没还，他家里人要是在群里的私信我一下。",
     [(P, "梁小军")], [D]),
    ("app", "debtor", "[微信] 客户：我在三亚住院，胰腺炎。\n专员：那您先好好养病，这期我帮您备注延后十五天，出院后再联系。",
     [], []),
    ("app", "debtor", "[微信] 专员：姐，我们知道你在三亚中心医院住院，九楼消化内科21床，出院那天我们会派人去接你谈还款。",
     [], [S]),
]

# --- identifiers in every written and spoken form -----------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【融禾消费金融】请核对：身份证 610113 19510821 8380，借款已逾期，请回电95079。",
     [(ID, "610113 19510821 8380")], [U]),
    ("sms", "debtor", "【融禾消费金融】請核對您的身份證２３０１０３１９５３０８１６６５６９，欠款請於本週內清償。",
     [(ID, "２３０１０３１９５３０８１６６５６９")], [U]),
    ("sms", "debtor", "【启航资产】您好，登记证件410105-19950927-7286，逾期金额6,380元，请回电0771-5862 3140。",
     [(ID, "410105-19950927-7286"), (LL, "0771-5862 3140")], [U]),
    ("sms", "debtor", "【启航资产】您好，核对证件尾号7286，逾期金额6,380元，请回电0771-5862 3140。",
     [(LL, "0771-5862 3140")], []),
    ("app", "debtor", "【汇商小微贷】老身份证号520102640601715已不能用于办理，请上传新的18位身份证。",
     [(ID, "520102640601715")], [U]),
    ("sms", "debtor", "【启航资产】卢先生，您的身份证号码是：\n350203195412091387\n请核对后回复“是”。",
     [(ID, "350203195412091387")], [U]),
    ("sms", "debtor", "【融禾消费金融】卡号 6230.5864.7519.2966 的扣款失败，请于今天18点前存入资金。",
     [(BC, "6230.5864.7519.2966")], [U]),
    ("sms", "debtor", "【融禾消费金融】您尾号2966的卡扣款失败，请于今天18点前存入资金。", [], []),
    ("sms", "debtor", "【启航资产】请转账到您本人卡6225884322268957后回复，我们再从该卡扣款。",
     [(BC, "6225884322268957")], [U]),
    ("sms", "debtor", "【融禾消费金融】您的还款卡号为６２２８ ４８８８ ０３９０ ２９６４，本期扣款将于明日进行。",
     [(BC, "６２２８ ４８８８ ０３９０ ２９６４")], [U]),
    ("app", "debtor", "【人工客服】您好，您提交的新卡6222-0295-2424-6018-618已绑定成功，原卡已解绑。",
     [(BC, "6222-0295-2424-6018-618")], [U]),
    ("app", "debtor", "【人工客服】您好，您提交的新卡（尾号8618）已绑定成功，原卡已解绑。", [], []),
    ("sms", "debtor", "【融禾消费金融】吴先生，请回拨+8613342652990确认还款计划，或致电95079。",
     [(MB, "13342652990")], [U]),
    ("sms", "debtor", "【融禾消费金融】我们已将分期确认短信发至0086 135 9908 1669，请注意查收。",
     [(MB, "135 9908 1669")], [U]),
    ("sms", "debtor", "【融禾消费金融】我们已将分期确认短信发至您尾号1669的手机，请注意查收。", [], []),
    ("sms", "debtor", "【启航资产】请联系你表哥139-9198-2290，他说愿意帮你先垫上一部分。",
     [(MB, "139-9198-2290")], [U, X]),
    ("sms", "debtor", "【启航资产】打电话给我13353942593，我是负责你这笔账的小蒙，今天下班前都在。",
     [(MB, "13353942593")], []),
    ("sms", "debtor", "【启航资产】您登记的店面电话0771－3826 5047已停机，请提供新的联系方式。",
     [(LL, "0771－3826 5047")], []),
    ("app", "debtor", "【人工客服】您好，您单位的座机（０２３）６７８２ ５５１９转３０６一直没人接，请问您还在那里工作吗？",
     [(LL, "（０２３）６７８２ ５５１９")], []),
    ("sms", "debtor", "【融禾消费金融】欧阳先生，您的护照号码E 4829 1637已在我司系统登记，出境前请结清欠款。",
     [(PP, "E 4829 1637")], [U]),
    ("sms", "debtor", "【融禾消费金融】區女士，您的港澳通行證C６１８３０４９７資料已核對，請於本月底前還款。",
     [(PP, "C６１８３０４９７")], [U]),
    ("app", "debtor", "【汇商小微贷】您上传的营业执照和身份证照片OCR识别结果：4 2 0 1 1 1 1 9 6 9 0 8 1 3 4 5 2 8，"
     "请核对是否正确。", [(ID, "4 2 0 1 1 1 1 9 6 9 0 8 1 3 4 5 2 8")], [U]),
    ("call", "debtor", "坐席：您好，我给您念一下卡号，六二一四 八三五四 三八零四 四二六三 九一五，对吧？\n客户：对的。",
     [(BC, "六二一四 八三五四 三八零四 四二六三 九一五")], [U]),
    ("call", "debtor", "坐席：那您记一下，还款后把回单发到我手机，幺八六零三八四八六零七，我姓蒙。\n客户：好。",
     [(MB, "幺八六零三八四八六零七")], []),
    ("call", "debtor", "坐席：你老婆电话是不是幺五七八八四六八六八四 我们这边要核实一下\n客户：是的",
     [(MB, "幺五七八八四六八六八四")], [U, X]),
    ("sms", "debtor", "【启航资产】符先生：您的身份证号45010319800104X？系统未能识别，请重新上传身份证照片。", [], []),
    ("app", "debtor", "【汇商小微贷】您的收款账户：户名陆国栋，账号6258075656374846621，开户行农行南宁分行，请确认。",
     [(P, "陆国栋"), (BC, "6258075656374846621")], [U]),
    ("email", "debtor", "Dear Mr. Lu,\n请核对您的身份证号 420111198803014553 与手机号 15711515634，确认无误后我们将寄出分期协议。\n"
     "启航资产 contracts@qhzc.com.cn",
     [(ID, "420111198803014553"), (MB, "15711515634"), (EM, "contracts@qhzc.com.cn")], [U]),
    ("sms", "debtor", "【融禾消费金融】您好，您的借款人信息：身份证520102****4235，手机177****6229，如有误请致电95079。",
     [], []),
    ("sms", "debtor", "【融禾消费金融】老顾客您好，欠款4,120元未还，卡号621483 5438 0442 63915，今日扣款。",
     [(BC, "621483 5438 0442 63915")], [U]),
    ("app", "debtor", "【人工客服】请把钱转到你自己那张6258079120964836878上，我们下午统一扣。",
     [(BC, "6258079120964836878")], [U]),
    ("sms", "debtor", "【启航资产】你身份证420111580405171早就过期了，别以为换了证我们就找不到你。",
     [(ID, "420111580405171")], [U]),
    ("app", "debtor", "【汇商小微贷】证件OCR结果：护照号 E A 3 9 8 1 4 2 7，请确认无误后提交展期申请。",
     [(PP, "E A 3 9 8 1 4 2 7")], [U]),
    ("notice", "unknown", "扫描件识别记录：身份证号 13010219620216333 X（末位与前文间有空格，系扫描所致），已人工复核。",
     [(ID, "13010219620216333 X")], [U]),
]

# --- decoys: numbers of the same shapes that are no one's identifier ----------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【融禾消费金融】您的借款合同号330106202613450021已生成，请在APP“我的合同”中查看。", [], []),
    ("sms", "debtor", "【启航资产】材料已寄出，顺丰运单号SF 1427 3958 0264 913，预计后天送达。", [], []),
    ("sms", "debtor", "【融禾消费金融】退款流水号9299403337135392已提交银行，1-3个工作日到账。", [], []),
    ("sms", "debtor", "【汇商小微贷】您的结清证明编号8201-3257-7038-3585-147，可凭此编号在官网下载。", [], []),
    ("sms", "debtor", "【融禾消费金融】电子发票号码26442000000183750213已开具，金额58.00元。", [], []),
    ("sms", "debtor", "【融禾消费金融】您的投诉工单号13820260315已受理，我们将在2个工作日内回复。", [], []),
    ("call", "debtor", "客服：您的受理编号我念一下，幺三八两零两六零三幺五，您记一下，后续查询报这个编号就行。\n客户：好。",
     [], []),
    ("sms", "debtor", "【融禾消费金融】验证码：３９１８０２，您正在办理提前结清，切勿泄露。", [], []),
    ("sms", "debtor", "【融禾消费金融】如有疑问请拨打客服热线95079或400-820-6613，工作时间9:00-21:00。", [], []),
    ("call", "debtor", "坐席：您好，我是融禾消费金融的客服，工号六六零三，分机八零二一，您有问题可以直接找我。\n客户：好的。",
     [], []),
    ("app", "debtor", "【汇商小微贷】订单号 202603151422089362 支付成功，还款金额 3,000.00 元。", [], []),
    ("sms", "debtor", "【启航资产】调解案号（2026）桂0103民调字第0318号，请按约定于4月1日前履行。", [], []),
    ("sms", "debtor", "【启航资产】您的抵押车辆桂A·7K2M9年检将于5月到期，解押手续需先结清贷款。",
     [(PL, "桂A·7K2M9")], []),
    ("app", "debtor", "【汇商小微贷】ETC通行记录异常提醒：车牌桂B·3Q871的扣费失败，请到银行网点处理（与本贷款无关）。",
     [(PL, "桂B·3Q871")], []),
    ("sms", "debtor", "【融禾消费金融】本期应还：壹仟贰佰捌拾陆元肆角整（1,286.40元），到期日2026-04-18。", [], []),
    ("call", "debtor", "机器人：您的还款金额为一万三千五百六十八元，还款日为二零二六年四月十八日，请按时还款。", [], []),
    ("sms", "debtor", "【融禾消费金融】您申请的优惠券码 6230 5816 2817 3409 已发放，限本月使用。", [], []),
    ("call", "debtor", "坐席：您好，我这边是启航资产，坐席号QH0617，今天跟您确认一下还款计划，每月15号还2,000。\n客户：对。",
     [], []),
    ("notice", "unknown", "内部备注：本批次外呼号码池为0771-5862 3140至0771-5862 3169，外显号码已报备。",
     [(LL, "0771-5862 3140"), (LL, "0771-5862 3169")], []),
    ("app", "debtor", "【人工客服】您好，快递单号YT7730 2948 1165 2，里面是您申请的结清证明原件。", [], []),
    ("sms", "debtor", "【融禾消费金融】您好，本次还款交易参考号 7352753392475299906，如有疑问请保留此号码。", [], []),
]

# --- quality-check records ----------------------------------------------------------------------------------

QA_RECORDS: list[PiplEntry] = [
    ("notice", "unknown", "质检记录｜录音编号REC-20260314-0921\n坐席：4471\n问题：坐席在通话中向客户复述其完整银行卡号"
     "6214831655551334953。\n扣分：-10。", [(BC, "6214831655551334953")], [U]),
    ("notice", "unknown", "质检记录｜录音编号REC-20260314-0933\n坐席：4471\n问题：无。开场白完整，核身使用证件后四位，"
     "告知延期政策。\n评分：96。", [], []),
    ("notice", "unknown", "质检记录｜REC-20260315-1102\n问题：坐席向客户邻居透露“他欠了我们平台钱”，违反第三方沟通规范。\n"
     "整改：重新培训。", [], []),
    ("notice", "unknown", "质检记录｜REC-20260315-1140\n客户：杭州市西湖区文三路477号的骆志刚，其妻子骆婷、女儿骆一诺信息"
     "均在通话中被坐席提及。\n扣分：-15。",
     [(A, "杭州市西湖区文三路477号"), (P, "骆志刚"), (P, "骆婷"), (P, "骆一诺")], [X]),
    ("notice", "unknown", "质检记录｜REC-20260316-0815\n坐席提到客户“每天晚上在滨江区网吧通宵到早上六点”，属于泄露行踪，扣分。",
     [], [S]),
    ("notice", "unknown", "质检记录｜REC-20260317-1620\n问题：坐席在群发话术中夹带客户信用卡消费明细（夜总会消费1.2万），"
     "已下线该话术。", [], [S]),
    ("notice", "unknown", "质检记录｜REC-20260317-1655\n坐席读出客户回乡证M61029385号码进行核身，应改为后四位核验。",
     [(PP, "M61029385")], [U]),
    ("notice", "unknown", "质检记录｜REC-20260318-0944\n问题：坐席在备注中写“客户是基督徒，每周日上午在福音堂做礼拜，"
     "此时段上门最容易堵到”。扣分：-20。", [], [S]),
    ("notice", "unknown", "质检记录｜REC-20260319-1106\n坐席向客户报出其紧急联系人手机号码15914690793，客户投诉。",
     [(MB, "15914690793")], [U]),
]

# --- e-mails to vendors and between the lender and its agencies ---------------------------------------------

VENDOR_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "收件人：ops@qhzc.com.cn\n主题：3月委外案件移交\n附件为3月委外案件清单共214户，已按规定对证件号、"
     "卡号做掩码处理，请查收。\n汇商小微贷 贷后部", [(EM, "ops@qhzc.com.cn")], []),
    ("email", "unknown", "收件人：ops@qhzc.com.cn\n主题：加急案件\n借款人卢振宇，身份证360102198507086322，"
     "卡号6228486955062229868，住南宁市西乡塘区大学东路98号，请优先处理。",
     [(EM, "ops@qhzc.com.cn"), (P, "卢振宇"), (ID, "360102198507086322"), (BC, "6228486955062229868"),
      (A, "南宁市西乡塘区大学东路98号")], [U, X]),
    ("email", "unknown", "To: dialer-support@voxcall.io\n主题：外呼线路故障\n今天上午10点起0771-5862 3140号段外呼失败，"
     "请协助排查。启航资产IT", [(EM, "dialer-support@voxcall.io"), (LL, "0771-5862 3140")], []),
    ("email", "unknown", "To: print@lettersend.cn\n主题：函件批量打印\n请按附件模板打印3月催收函，收件地址已掩码至门牌号前，"
     "正式地址由我司系统直连推送。", [(EM, "print@lettersend.cn")], []),
    ("email", "unknown", "To: print@lettersend.cn\n主题：补寄函件\n请补寄一份至：柳州市城中区五星街41号3单元202，收件人陆国栋，"
     "电话15027646303，另请在信封上注明“欠款催收”。",
     [(EM, "print@lettersend.cn"), (A, "柳州市城中区五星街41号3单元202"), (P, "陆国栋"), (MB, "15027646303")], [U]),
    ("email", "unknown", "收件人：risk@huishang-mf.com\n主题：借款人近况\n宋海明近一周轨迹：每天凌晨四点出车，在钦州港与贵阳间往返，"
     "周日在家休息。建议周日上门。", [(EM, "risk@huishang-mf.com"), (P, "宋海明")], [S]),
    ("email", "unknown", "收件人：ops@qhzc.com.cn\n主题：特殊案件说明\n借款人罗大爷已确诊阿尔茨海默病，由其女儿罗静代为处理，"
     "罗静手机18208867694。",
     [(EM, "ops@qhzc.com.cn"), (P, "罗静"), (P, "罗静"), (MB, "18208867694")], [S, U]),
    ("email", "unknown", "To: asr-vendor@tingjian.ai\n主题：转写准确率\n上周方言通话转写的数字识别错误较多（把“幺”识别成“要”），"
     "请优化。", [(EM, "asr-vendor@tingjian.ai")], []),
    ("email", "unknown", "收件人：legal@huishang-mf.com\n主题：诉前调解\n借款人符永康案件已申请诉前调解，调解编号"
     "（2026）桂0103诉前调1127号，请法务跟进。", [(EM, "legal@huishang-mf.com"), (P, "符永康")], []),
    ("email", "unknown", "收件人：ops@qhzc.com.cn\n主题：账户信息\n借款人岑国华名下农商行账户余额2.3万、"
     "微信商户号日均流水4千，可据此施压。", [(EM, "ops@qhzc.com.cn"), (P, "岑国华")], [S]),
]

# --- Cantonese and traditional characters -------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【融禾消費金融】區生，你張卡4367 4299 2860 4495今個月扣唔到數，麻煩你盡快入返錢。",
     [(BC, "4367 4299 2860 4495")], [U]),
    ("sms", "debtor", "【融禾消費金融】區生，你尾號4495嘅卡今個月扣唔到數，麻煩你盡快入返錢，有問題打95079。", [], []),
    ("call", "third_party", "坐席：喂，你好，請問係咪區志明屋企？\n第三方：係呀，我係佢老婆，咩事？\n"
     "坐席：佢喺我哋融禾借咗錢，拖咗成兩個月，你叫佢快啲還啦。", [(P, "區志明")], [D]),
    ("call", "third_party", "坐席：喂，你好，請問區生喺唔喺度？\n第三方：佢出咗去。\n坐席：唔該你叫佢得閒覆個電話，多謝。",
     [], []),
    ("call", "debtor", "坐席：區生，你個女喺聖保祿小學讀四年級，每日三點半放學，我哋都知㗎，你仲係快啲還錢好啲。\n客户：你想點？",
     [], [S]),
    ("app", "debtor", "【人工客服】區先生，您的回鄉證H１７２９３０４８與身份證資料不符，請重新上傳。",
     [(PP, "H１７２９３０４８")], [U]),
    ("app", "debtor", "【人工客服】區先生，您的回鄉證資料已更新，證件號碼已做遮蔽處理，謝謝。", [], []),
    ("sms", "debtor", "【融禾消費金融】梁小姐，你而家喺觀塘嘅診所做緊洗腎，我哋明白，但係筆數都要處理。", [], [S]),
    ("sms", "third_party", "【融禾消費金融】陳生你好，你嘅員工梁美儀欠我哋嘅分期已經逾期，麻煩你提醒佢。",
     [(P, "梁美儀")], [D]),
    ("email", "debtor", "梁美儀小姐：\n閣下於本公司之分期款項已逾期30日，請於本月25日前還款。如有困難，歡迎致電本公司協商分期。\n"
     "融禾消費金融 客戶服務部\ncs-hk@ronghe-cf.com.hk", [(P, "梁美儀"), (EM, "cs-hk@ronghe-cf.com.hk")], []),
    ("email", "debtor", "梁美儀小姐：\n閣下住址九龍觀塘開源道62號駱駝漆大廈三期12樓C室及任職之安信物流公司均已記錄，請即還款。\n"
     "融禾消費金融", [(P, "梁美儀"), (A, "九龍觀塘開源道62號駱駝漆大廈三期12樓C室")], [X]),
    ("call", "debtor", "坐席：區生，你老婆張家欣喺邊度返工、手機幾號，我哋都有㗎。\n客户：唔好打俾佢。",
     [(P, "張家欣")], [X]),
    ("app", "debtor", "【人工客服】林先生您好，您在台北的帳戶已逾期，您於週一三五晚上在中山區的洗腎中心治療，我們會避開此時段。",
     [], [S]),
    ("sms", "debtor", "【融禾消費金融】提醒您：本期應繳新台幣8,620元，逾期將計收違約金，客服專線02-2718-5530。",
     [(LL, "02-2718-5530")], []),
    ("sms", "third_party", "【融禾消費金融】林太太您好，林先生的卡費已經兩期沒繳了，請您轉告他儘快處理。", [], [D]),
]

# --- letters ------------------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n函号：RH-CS-2026-0412\n致：葛先生（尾号8877）\n您于2025年9月在我司借款，截至2026年4月1日"
     "逾期45天，欠款本息合计7,860.20元。请于2026年4月15日前通过APP或对公账户还款。如有异议请于7日内致电95079。\n"
     "融禾消费金融有限公司（盖章）\n2026年4月1日", [], []),
    ("notice", "debtor", "催收函\n函号：QH-2026-0318\n致：符永康（身份证450103198001040018，住南宁市青秀区东葛路118号2栋601）\n"
     "您的经营贷逾期62天，欠款83,400元。\n启航资产管理（广西）有限公司",
     [(P, "符永康"), (ID, "450103198001040018"), (A, "南宁市青秀区东葛路118号2栋601")], [U]),
    ("notice", "debtor", "还款提醒函\n致：宋海明先生\n您名下车贷已逾期两期。另，您妻子黄丽娟、岳母周桂芳的联系电话均已登记，"
     "如您仍不处理，我们将与其沟通。\n汇商小额贷款有限公司", [(P, "宋海明"), (P, "黄丽娟"), (P, "周桂芳")], [X]),
    ("notice", "debtor", "律师函\n致：岑国华先生\n受汇商小额贷款有限公司委托，本所律师现就您的借款事宜致函。经查，您名下另有"
     "三家网贷平台共计11万元借款逾期，您的农商行账户余额仅2.3万元。\n广西明理律师事务所", [(P, "岑国华")], [S]),
    ("notice", "debtor", "律师函\n致：岑国华先生\n受汇商小额贷款有限公司委托，就您逾期未还之借款，请于收函后15日内与委托人联系"
     "协商。联系电话：0771-5862 3158。\n广西明理律师事务所（盖章）",
     [(P, "岑国华"), (LL, "0771-5862 3158")], []),
    ("notice", "debtor", "催收通知书\n致：罗大爷\n经了解，您已于3月住进市第三人民医院老年病科，近期还在做透析治疗。"
     "请家属代为还款。\n融禾消费金融", [], [S]),
    ("notice", "third_party", "致宋海明所在单位安吉物流有限公司人事部：\n贵司员工宋海明在我司的车辆贷款已逾期两期，合计12,400元，"
     "请贵司督促其还款。\n汇商小额贷款有限公司", [(P, "宋海明"), (P, "宋海明")], [D]),
    ("notice", "third_party", "致安吉物流有限公司人事部：\n我司有一封致贵司员工宋海明先生的密封信件，烦请转交本人，谢谢。\n"
     "汇商小额贷款有限公司", [(P, "宋海明")], []),
]

# --- the debt told to spouses, parents, shop staff, suppliers, landlords, partners --------------------------

TOLD_TO_OTHERS: list[PiplEntry] = [
    ("sms", "third_party", "嫂子你好，我是融禾的小唐，谭哥那个事拖太久了，你们两口子商量一下，月底前怎么也得有个说法。",
     [], [D]),
    ("sms", "third_party", "嫂子你好，我是谭哥的朋友小唐，他电话打不通，麻烦让他有空回我一下。", [], []),
    ("call", "third_party", "坐席：您好，是谭志刚的爱人吗？\n第三方：是，怎么了？\n坐席：他的手机是18902414696吧？打了好几天都没人接，"
     "融禾这边的账单您知道吗？\n第三方：什么账单？",
     [(P, "谭志刚"), (MB, "18902414696")], [D, U]),
    ("app", "third_party", "【融禾消费金融】您好，您丈夫陶振华（身份证230103197504078661）在我司有一笔逾期款项，请提醒其处理。",
     [(P, "陶振华"), (ID, "230103197504078661")], [D, U]),
    ("sms", "third_party", "陶太太，跟您说一声，陶先生在我们融禾这边的事一直没处理，催款信也寄到滨江花园9栋1103了。",
     [(A, "滨江花园9栋1103")], [D]),
    ("call", "third_party", "坐席：大妈，您是邵志强他妈吧？他上班那个汽修厂我们也去过了，人不在。他借的那点钱，您看家里能不能先凑凑？\n"
     "第三方：他又借钱了？", [(P, "邵志强")], [D]),
    ("call", "third_party", "坐席：大妈您好，我找一下邵志强，他之前留的是这个号码。\n第三方：他不住这儿了。\n"
     "坐席：那您有他的新号码吗？没有也没关系，打扰您了。", [(P, "邵志强")], []),
    ("sms", "third_party", "小妹你好，你是岑记粮油的店员吧？麻烦跟你们老板说，汇商的人下午四点再过来一趟，上回的事还没完。",
     [], [D]),
    ("call", "third_party", "坐席：是黎记冻品吧？你们那个给岑国华供货的业务员在不在？\n第三方：我就是。\n坐席：岑国华手机"
     "15855794127一直关机，他跟你们结账的时候你帮我们盯一下，他欠汇商那边八万多。",
     [(P, "岑国华"), (P, "岑国华"), (MB, "15855794127")], [D, U]),
    ("email", "third_party", "黎经理：\n贵司客户岑国华（岑记粮油）在汇商小额贷款的经营贷已逾期89天，他在贵司尚有未结货款约4万元，"
     "烦请结算前先与我司联系。\n启航资产管理（广西）有限公司", [(P, "岑国华")], [D]),
    ("call", "third_party", "坐席：房东您好，您那个租户卢振宇，身份证上写的是360102198507086322，他还在您那里住吗？他欠的钱太多了。\n"
     "第三方：上个月搬走了。",
     [(P, "卢振宇"), (ID, "360102198507086322")], [D, U]),
    ("sms", "third_party", "房东您好，请问西乡塘区大学东路98号3楼的租客是否已经退租？我们有信件要寄，谢谢。", [], []),
    ("sms", "third_party", "何姐，你家楼下的卢老板以前跟你关系不错吧？他那笔贷款再不处理就要起诉了，你劝劝他。", [], [D]),
    ("app", "third_party", "【启航资产】请管理处转发各商户：卢振宇，C区8号，欠汇商小微贷经营贷款未还，请其尽快联系4008-263-517。",
     [(P, "卢振宇")], [D]),
    ("call", "third_party", "坐席：您好，是农贸市场管理办吧？我想问下C区8号的租金他交到几月了？\n第三方：你问这个干啥？\n"
     "坐席：他在我们那边的贷款也是压了好几期，想了解一下他还做不做了。", [], [D]),
    ("call", "third_party", "坐席：你好，是韦总吗？你合伙人岑国华的老婆叫陈晓燕吧，电话13948582528，我们联系不上他，"
     "你能帮忙问问她吗？他那边逾期三个月了。\n第三方：我跟他们家不熟。",
     [(P, "岑国华"), (P, "陈晓燕"), (MB, "13948582528")], [D, U, X]),
    ("sms", "third_party", "韦总您好，我是启航资产的蒙晓峰，想跟您核实一下您作为保证人签署的保证合同是否在您手上，方便时请回电。",
     [(P, "蒙晓峰")], []),
    ("sms", "third_party", "【启航资产】韦总，您作为保证人，借款人岑国华（身份证350203195412091387，住东盟建材市场后面的"
     "望州路211号）已逾期，请督促。", [(P, "岑国华"), (ID, "350203195412091387"), (A, "望州路211号")], [D, U, X]),
    ("call", "third_party", "坐席：你好，你是宋海明同车队的吧？他跟你说过他车贷的事没？\n第三方：没有。\n坐席：那你帮我带个话，"
     "月底之前不处理车就收了。", [(P, "宋海明")], [D]),
    ("call", "third_party", "坐席：你好，请问是宋海明吗？\n第三方：我是他同事，他在开车，不方便接。\n坐席：好的，那麻烦他停车后回个电话，"
     "谢谢。", [(P, "宋海明")], []),
    ("app", "third_party", "【安吉物流车队群】宋海明那台车的GPS显示今晚在贵阳龙洞堡停着，谁在附近的跟他说一声，车贷再不交就拖车了。",
     [(P, "宋海明")], [D, S]),
    ("sms", "third_party", "周阿姨您好，我是融禾的，您女儿黄丽娟家的宋海明借了我们的钱一直没还，您是长辈，说话他听。",
     [(P, "黄丽娟"), (P, "宋海明")], [D, X]),
    ("call", "third_party", "坐席：喂，请问是欧阳先生的父亲吗？\n第三方：是我。\n坐席：叔叔，他在我们平台借了一万二，"
     "说好三月还的，您那边要是方便先帮他垫上。\n第三方：他都三十多了我管不了。", [], [D]),
    ("sms", "third_party", "【融禾消费金融】尊敬的用户，您的亲友邀请您确认其紧急联系人身份，回复1同意，回复2拒绝。", [], []),
    ("call", "third_party", "坐席：哎，大姐，你是贝同学的室友吧？你让她回个电话给我们，就说融禾那边分期的事。\n第三方：哦。",
     [], [D]),
    ("app", "third_party", "[微信] 专员：王老师您好，请问您是贝佳琪的辅导员吗？她在我们这里的分期逾期了，学校能否协助联系？\n"
     "联系人：学校不管这类事。", [(P, "贝佳琪")], [D]),
    ("sms", "third_party", "亲，你是祁明轩的同学吧，他在融禾分期买的那台手机到现在还没还完，你见他让他回个话。",
     [(P, "祁明轩")], [D]),
    ("email", "third_party", "致湖南星沙物流有限公司财务部：\n贵司员工纪文斌，身份证430104198812...（见附件），工资卡"
     "6228481828571932659，请自本月起代扣其欠款每月2,000元。\n融禾消费金融",
     [(P, "纪文斌"), (BC, "6228481828571932659")], [D, U]),
    ("email", "third_party", "致湖南星沙物流有限公司行政部：\n我司寄送给贵司员工的一份密封文件已送达前台，烦请转交本人。谢谢配合。\n"
     "融禾消费金融有限公司 行政邮箱 admin@ronghe-cf.com.cn", [(EM, "admin@ronghe-cf.com.cn")], []),
    ("call", "third_party", "坐席：喂，你好，是符老板店里吗？\n第三方：是，老板不在，我是看店的。\n坐席：跟你说你也不懂，"
     "反正他那笔钱到今天都九十天了，让他自己心里有数。", [], [D]),
    ("app", "third_party", "【岑氏宗亲群】各位宗亲，岑国华的事大家都知道了，他在外面欠的钱族里要是有人能帮就帮一把，他电话"
     "15855794127。", [(P, "岑国华"), (MB, "15855794127")], [D, U]),
    ("sms", "third_party", "老梁，你妹夫伍建军在我们这借的两万块，他老婆杨春梅也知道，你们一家人坐下来商量一下。",
     [(P, "伍建军"), (P, "杨春梅")], [D, X]),
]

# --- more of a person than the message needs: relatives, addresses, employers -------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【融禾消费金融】谭志刚，您父亲谭德福（15078921681）、母亲吴桂兰都住在衡阳县西渡镇，请您体谅老人，尽快还款。",
     [(P, "谭志刚"), (P, "谭德福"), (MB, "15078921681"), (P, "吴桂兰")], [U, X]),
    ("app", "debtor", "【人工客服】陶振华先生，您在杭州萧山区建设一路66号的华昌电子厂上班，车间主任叫严立新，电话15259727274，"
     "需要我们联系他确认您的收入吗？",
     [(P, "陶振华"), (A, "杭州萧山区建设一路66号"), (P, "严立新"), (MB, "15259727274")], [U, X]),
    ("call", "debtor", "坐席：邵志强，你前妻胡晓梅现在嫁到佛山了，你儿子跟着她，这些我们都掌握，你自己想清楚。\n客户：你们查我？",
     [(P, "邵志强"), (P, "胡晓梅")], [X]),
    ("sms", "debtor", "【启航资产】卢振宇：您女朋友覃小曼的手机是19878472021，她说您最近住她那里，请您主动联系我们。",
     [(P, "卢振宇"), (P, "覃小曼"), (MB, "19878472021")], [S, U, X]),
    ("sms", "debtor", "【启航资产】卢振宇先生：您本人身份证360102198507086322，现住南宁市西乡塘区大学东路98号，"
     "工作单位南宁鑫源贸易公司，请于3日内还款。",
     [(P, "卢振宇"), (ID, "360102198507086322"), (A, "南宁市西乡塘区大学东路98号")], [U, X]),
    ("call", "debtor", "坐席：伍师傅，你大儿子伍子豪在柳州职业技术学院读书，小女儿伍欣怡在读初中，你不想让他们知道吧？\n"
     "客户：别扯我娃。", [(P, "伍子豪"), (P, "伍欣怡")], [S, X]),
    ("sms", "debtor", "【融禾消费金融】葛文杰：您表弟葛明亮、堂姐葛红霞都是您的联系人，我们暂未打扰，请自觉还款。",
     [(P, "葛文杰"), (P, "葛明亮"), (P, "葛红霞")], [X]),
    ("email", "debtor", "葛文杰先生：\n您好。您的借款已逾期28天，应还3,980元。为免影响您的信用，请尽快还款。如有异议，"
     "请回复本邮件或致电95079。\n融禾消费金融 贷后服务部\npostloan@ronghe-cf.com.cn",
     [(P, "葛文杰"), (EM, "postloan@ronghe-cf.com.cn")], []),
    ("email", "debtor", "葛文杰先生：\n您工作的成都锦城网络科技有限公司（成都市高新区天府大道北段1700号）HR邮箱hr@jincheng-net.cn"
     "我们也有，希望您不要逼我们走到那一步。\n融禾消费金融",
     [(P, "葛文杰"), (A, "成都市高新区天府大道北段1700号"), (EM, "hr@jincheng-net.cn")], [X]),
    ("app", "debtor", "【人工客服】冉女士，您丈夫邓建波在重庆渝中区解放碑的一家银行上班，手机幺八六四八五两两四八三，"
     "您要是不还我们只能找他。", [(P, "邓建波"), (MB, "幺八六四八五两两四八三")], [U, X]),
    ("call", "debtor", "坐席：苗女士，你婆婆叫黄秀英，住在北碚区天生路22号2单元，我们下周会寄材料过去，你先生苗永刚也会收到。\n"
     "客户：你们寄到我婆婆家干嘛？",
     [(P, "黄秀英"), (A, "北碚区天生路22号2单元"), (P, "苗永刚")], [X]),
    ("sms", "debtor", "【融禾消费金融】苗女士您好，材料将寄往您本人预留的收件地址，请注意查收。", [], []),
    ("app", "debtor", "【汇商小微贷】岑国华先生，您店里的员工小黄、小李的工资是不是下周发？发之前请先把本期还了，"
     "您的收款码昨天进账1.6万元。", [(P, "岑国华")], [S]),
    ("sms", "debtor", "【启航资产】区先生，您岳父黎振邦在江门开的五金店地址是蓬江区建设路52号，我们有同事就在附近。",
     [(P, "黎振邦"), (A, "蓬江区建设路52号")], [X]),
    ("call", "debtor", "坐席：老周，你兄弟周建华在老家当村支书吧？他号码13895866861，你说我们打过去合不合适？\n客户：别。",
     [(P, "周建华"), (MB, "13895866861")], [U, X]),
    ("app", "debtor", "【人工客服】邱女士，您姐姐邱慧敏、妹妹邱慧婷的电话都已核实，请您本人尽快处理欠款，以免我们打扰她们。",
     [(P, "邱慧敏"), (P, "邱慧婷")], [X]),
    ("notice", "debtor", "逾期告知书\n致：邱慧芳女士\n身份证：440305200203220529\n住址：深圳市南山区南海大道2163号鸿瑞花园5栋901\n"
     "您的借款已逾期35天，请于4月20日前还款。\n融禾消费金融有限公司（盖章）",
     [(P, "邱慧芳"), (ID, "440305200203220529"), (A, "深圳市南山区南海大道2163号鸿瑞花园5栋901")], [U]),
    ("sms", "debtor", "【启航资产】符永康，您儿子符俊杰在青秀区凤翔路小学五年级，您老婆张玉梅在南湖菜市场卖菜，"
     "大家都要面子。", [(P, "符永康"), (P, "符俊杰"), (P, "张玉梅")], [S, X]),
    ("sms", "debtor", "【融禾消费金融】罗大爷您好，您儿子罗建军电话18742388912，女儿罗静电话18208867694，"
     "您要是不方便，我们就跟他们沟通。",
     [(P, "罗建军"), (MB, "18742388912"), (P, "罗静"), (MB, "18208867694")], [U, X]),
    ("call", "debtor", "坐席：贝同学，你是科技大学机械学院2023级3班的贝佳琪，学号我都有，你爸贝志远在工地上班，你还这样？\n"
     "客户：我下周还。", [(P, "贝佳琪"), (P, "贝志远")], [X]),
    ("app", "debtor", "【汇商小微贷】陆国栋先生，您与您妻子覃玉兰、儿子陆浩然的户口本信息我们都已收到，请放心办理展期。",
     [(P, "陆国栋"), (P, "覃玉兰"), (P, "陆浩然")], [X]),
    ("sms", "debtor", "【启航资产】陆先生，您申请的展期需补充户口本首页及本人页，其他家庭成员页无需提供。", [], []),
    ("email", "debtor", "纪文斌先生：\n我司已知悉您目前在湖南星沙物流有限公司任职，您的直属领导为运营部经理邹海波"
     "（zou.hb@xingsha-log.com），请于本周内还款。\n融禾消费金融",
     [(P, "纪文斌"), (P, "邹海波"), (EM, "zou.hb@xingsha-log.com")], [X]),
    ("call", "debtor", "坐席：戴女士，你老公在新加坡打工对吧，护照E58201947，他每个月往家里汇多少钱我们大概也清楚。\n客户：……",
     [(PP, "E58201947")], [S, U, X]),
]

# --- a second round of agency work: forwarded messages, templates, partners and relatives -------------------

FORWARDED_AND_TEMPLATES: list[PiplEntry] = [
    ("sms", "debtor", "【启航资产】{姓名}您好，您的经营贷已逾期{天数}天。您的紧急联系人：配偶黄丽娟 15290635779，"
     "父亲宋德贵 13954880429。请尽快还款。",
     [(P, "黄丽娟"), (MB, "15290635779"), (P, "宋德贵"), (MB, "13954880429")], [U, X]),
    ("sms", "debtor", "【启航资产】{姓名}您好，您的经营贷已逾期{天数}天，应还{金额}元，请于{日期}前还款，如有困难请回电协商。",
     [], []),
    ("app", "third_party", "【启航资产】以下内容请转发给您丈夫：“您的汇商经营贷已逾期43天，请今日回电4008-263-517。”",
     [], [D]),
    ("sms", "third_party", "【启航资产】陆太太您好，请转告陆国栋先生，他在汇商的那笔钱逾期了，身份证420111196908134528"
     "的登记信息需要他本人来核对。", [(P, "陆国栋"), (ID, "420111196908134528")], [D, U]),
    ("call", "third_party", "坐席：喂，你是陆国栋的儿子陆浩然吧？你爸在汇商那边的钱拖着，你在南宁三中读高三对吧，叫你爸回个电话。\n"
     "第三方：哦。", [(P, "陆国栋"), (P, "陆浩然")], [D, S]),
    ("sms", "third_party", "小黄，你老板符永康在我们这边的贷款问题还没解决，他家住青秀区东葛路118号2栋601你应该知道吧，"
     "帮忙带句话。", [(P, "符永康"), (A, "青秀区东葛路118号2栋601")], [D, X]),
    ("app", "third_party", "【东盟建材商会群】@符永康 符总，汇商那边联系你好几天了，你在群里回一句，大家都看着呢。",
     [(P, "符永康")], [D]),
    ("email", "third_party", "致南宁鑫源贸易有限公司：\n贵司员工卢振宇（身份证360102198507086322）因个人债务问题，"
     "我司需向贵司核实其在职情况及月薪。请回复至hr-check@qhzc.com.cn。",
     [(P, "卢振宇"), (ID, "360102198507086322"), (EM, "hr-check@qhzc.com.cn")], [D, U]),
    ("email", "third_party", "致南宁鑫源贸易有限公司：\n我司有一份邮件需联系贵司员工卢先生，烦请告知其本人回电0771-5862 3140。谢谢。",
     [(LL, "0771-5862 3140")], []),
    ("call", "third_party", "坐席：黎老板，你那个供货商岑国华，他老婆陈晓燕在菜市场门口开了个早餐店你知道吧，他欠钱的事你劝劝。\n"
     "第三方：我只管卖货。", [(P, "岑国华"), (P, "陈晓燕")], [D, X]),
    ("sms", "debtor", "【融禾消费金融】葛文杰先生，您女儿葛欣悦在天府七中上初二，您妻子刘雪梅在社区医院上班，请您为家人考虑，"
     "按时还款。", [(P, "葛文杰"), (P, "葛欣悦"), (P, "刘雪梅")], [S, X]),
    ("app", "debtor", "【人工客服】邵志强先生，您现在的女朋友叶倩倩电话16607010982，上次是她帮您还的，这次也可以找她。",
     [(P, "邵志强"), (P, "叶倩倩"), (MB, "16607010982")], [U, X]),
    ("call", "debtor", "坐席：龚女士，你爸龚德明、你妈刘素芬是住在渝北区龙塔街道那个老小区吧，他们电话我们都有，"
     "你确定还要拖？\n客户：别打给他们。", [(P, "龚德明"), (P, "刘素芬")], [X]),
    ("sms", "debtor", "【融禾消费金融】冉女士，您在渝中区人民医院工作的姐姐冉晓丽我们已经记录，您的借款请本周内处理。",
     [(P, "冉晓丽")], [X]),
    ("notice", "debtor", "上门拜访通知\n致：伍建军先生\n我司工作人员将于4月3日上午拜访您的住址：柳州市柳南区航鹰大道18号5栋302。"
     "届时您的妻子杨春梅、儿子伍子豪若在家，也可一同了解情况。\n汇商小额贷款有限公司",
     [(P, "伍建军"), (A, "柳州市柳南区航鹰大道18号5栋302"), (P, "杨春梅"), (P, "伍子豪")], [X]),
    ("notice", "debtor", "上门拜访通知\n致：伍建军先生\n我司工作人员将于4月3日上午拜访您的住址：柳州市柳南区航鹰大道18号5栋302，"
     "如时间不便请致电0772-3856 2210改约。\n汇商小额贷款有限公司",
     [(P, "伍建军"), (A, "柳州市柳南区航鹰大道18号5栋302"), (LL, "0772-3856 2210")], []),
    ("email", "debtor", "陶振华先生：\n您的妻子陶敏（手机17706630471）和岳母林淑珍已多次替您还款，请您本人承担起还款责任。\n"
     "融禾消费金融 postloan@ronghe-cf.com.cn",
     [(P, "陶振华"), (P, "陶敏"), (MB, "17706630471"), (P, "林淑珍"), (EM, "postloan@ronghe-cf.com.cn")], [U, X]),
    ("app", "debtor", "【汇商小微贷】岑国华先生，您合伙人韦志坚住在西乡塘区秀灵路55号，他作为保证人的通知我们会寄过去。",
     [(P, "岑国华"), (P, "韦志坚"), (A, "西乡塘区秀灵路55号")], [X]),
    ("sms", "debtor", "【启航资产】岑老板，您的合伙人作为保证人会另行收到我们的书面通知，请您知悉。", [], []),
    ("call", "debtor", "坐席：符总，你那个小工叫黄志鹏吧，十九岁，广西百色人，他说你这礼拜都在田阳进货。\n客户：你去问我小工干嘛？",
     [(P, "黄志鹏")], [S, X]),
    ("sms", "third_party", "张姐，您是岑老板仓库的房东吧？麻烦问问他，汇商那笔欠款打算啥时候处理，拖了三个月了。", [], [D]),
    ("app", "third_party", "【海鲜市场商户群】启航资产小覃：各位老板好，想打听一下C区8号卢老板这几天在不在档口，"
     "有笔贷款的事要跟他当面对一下。", [], [D]),
    ("call", "third_party", "坐席：你好，请问是明记海鲜吗？C区8号那个卢振宇最近还来进货吗？\n第三方：你谁啊？\n坐席：我们是帮汇商"
     "做贷后的，他欠我们那边的钱，你们是他上家，应该知道他在哪。", [(P, "卢振宇")], [D]),
    ("sms", "third_party", "谭阿姨，我是融禾的小唐，您儿子谭志刚电话18902414696一直打不通，麻烦您让他回个话，谢谢。",
     [(P, "谭志刚"), (MB, "18902414696")], [D, U]),
    ("sms", "debtor", "【融禾消费金融】贝佳琪同学，你室友林可欣、吴雨桐我们都联系过了，她们说你这学期生活费都花在游戏充值上。",
     [(P, "贝佳琪"), (P, "林可欣"), (P, "吴雨桐")], [S, X]),
    ("app", "debtor", "【人工客服】罗大爷，您孙子罗子航在我们这边登记过电话15233165193，下次我们直接找他沟通行吗？",
     [(P, "罗子航"), (MB, "15233165193")], [U, X]),
    ("call", "debtor", "坐席：孙阿姨，您老伴孙国庆以前在纺织厂上班，您女婿何卫东在区税务局，您这点钱他们随便帮帮就还了。\n"
     "客户：我不想麻烦孩子。", [(P, "孙国庆"), (P, "何卫东")], [X]),
    ("email", "debtor", "邓女士：\n您好。您的姐夫钟立明（钟氏牙科诊所，湛江市赤坎区中山一路88号）已回复我司邮件，表示不清楚您的借款。"
     "请您本人尽快联系我们。\n融禾消费金融",
     [(P, "钟立明"), (A, "湛江市赤坎区中山一路88号")], [X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AI-CONSUMER-SMS": CONSUMER_SMS,
    "AI-INBOUND-CALLS": INBOUND_CALLS,
    "AI-TICKETS": TICKETS,
    "AI-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "AI-AGENCY-SMS": AGENCY_SMS,
    "AI-SHOP-CONTACTS": SHOP_CONTACTS,
    "AI-ROUTINES-AND-HEALTH": ROUTINES_AND_HEALTH,
    "AI-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AI-ASR-CALLS": ASR_CALLS,
    "AI-GROUP-CHATS": GROUP_CHATS,
    "AI-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AI-DECOYS": DECOYS,
    "AI-QA-RECORDS": QA_RECORDS,
    "AI-VENDOR-EMAILS": VENDOR_EMAILS,
    "AI-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AI-LETTERS": LETTERS,
    "AI-TOLD-TO-OTHERS": TOLD_TO_OTHERS,
    "AI-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AI-FORWARDED-AND-TEMPLATES": FORWARDED_AND_TEMPLATES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
