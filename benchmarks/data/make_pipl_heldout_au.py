"""Writes `pipl_heldout_au.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14), from
the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and real birth dates with the right check
character, some ending in X, old 15-digit IDs with real dates, Luhn-valid card numbers of 16 and 19 digits on
UnionPay, Visa and Mastercard prefixes, mobiles on real prefixes); they were typed into the texts and spelled out
digit by digit by hand, and the passports (E, EA, G), the permit to Hong Kong and Macau (C) and the home-return
permits (H, M) were typed to the pattern. The decoys were checked against `set_format.check_identifier` for every
identifier type and fail all of them (a spoken 16-digit reference that passed Luhn was changed, and two case
numbers that held a home-return permit's shape were rewritten).

A bank's credit-card business carries it: the card centres of three invented banks (瀚海银行 with its app 瀚海卡生活,
东岳银行 with 东岳e卡, 鹭洲银行) and the agencies they hire (a consulting firm in Hangzhou, a business-information firm in
Guangzhou, an asset-management company in Chengdu, an information-services firm in Shijiazhuang), with a law firm
writing for one bank. Voices: card-centre app notices and stage SMS, agencies' SMS and WeChat messages, agents' calls
as transcripts and as speech-to-text output (no punctuation, fillers, numbers read aloud with 幺, 两, 拐 and 洞),
voice robots with keypad turns, calls and texts to supplementary cardholders (附属卡: wives, parents, a son,
a student), employers' HR, front desks and a garage, emergency contacts, siblings, parents, a
father-in-law, an ex-husband, neighbours and landlords; statements and transaction lists, instalment and
cash-advance records, letters (a collection letter, a lawyer's letter, settlement certificates, a visit appointment,
a hardship reply, letters in traditional characters to a Macau resident), e-mails between the card centres and the
agencies, visit reports, quality-check sheets, complaint tickets and the replies to them, and court papers (a
statement of claim, a preservation application, a payment-order application, an address-for-service form, an
evidence list). Sichuan, Henan and Cantonese speech runs through the calls and texts.

320 messages, 102 of them (32%) compliant; from 9 characters to a lawyer's letter of 260. Identifiers stand in
91: 18-digit IDs (ending in X, in full-width digits, dashed 6-8-4, with a stray space before the last four, read
aloud in groups with 幺 and with 叉 for X, read by a robot in one run) and old 15-digit ones (typed and read aloud);
card numbers of 16 and 19 digits (spaced in fours, dashed, dotted, glued to the words, read aloud in groups with 两
and 幺); mobiles (behind +86 and 0086, spaced 3-4-4, dashed, full-width, read aloud with 幺 and 洞, in one run);
passports (E, EA spaced letter by letter, an old G read aloud), a permit to Hong Kong and Macau read aloud, two
home-return permits; landlines of the agencies and a law firm (one in brackets with its area code, two
with an extension outside the span); the e-mail addresses of a bank, the agencies and the law firm. Beside them
stand decoys of the same shapes: 18-digit statement and case numbers and a mistyped ID failing the check character
(one ending in X, one read aloud), a 15-digit merchant number with no real month, 11-digit ticket and recording
numbers on no mobile prefix, 16- and 19-digit instalment, transaction, loan and virtual-account numbers failing
Luhn (one a card number with its last digit changed), a 17-digit serial in full-width digits, masked forms
(4403**********9722, 6221 55** **** 4996, 138****3129, 3601**********7247), last digits read aloud, and an agent's
work mobile, which is an entity with no category. Licence plates (a truck, a debtor's car, a car in a visit photo)
are entities with no category.

`pii.unmasked_identifier` labels 84 messages. Third-party disclosure labels 63, many in a few words or by
implication ("the card matter", "that thing from last month", "your father's main card is why your supplementary card
stopped", "the bank is still waiting for him"), to supplementary cardholders, parents, a father-in-law, siblings, a
cousin, friends, a classmate, HR departments, a hotel front desk, a garage, landlords in Mandarin and
Cantonese, a neighbour, an ex-husband, an employer sent the statement of claim; beside them bare call-back requests
that name no bank, a wrong number, sealed letters handed on, an employer asked whether someone still works there,
an agent who will not tell a sister what the matter is, and supplementary cardholders told only of their own card.
`pii.excessive` labels 53: full names with a home address or an employer, and the names and numbers of wives,
husbands, an ex-wife, an ex-husband, a girlfriend, parents, parents-in-law, siblings, children and colleagues.
`pii.sensitive` labels 78, mostly through what the card was used for: a maternity hospital, an oncology ward, a
psychiatric clinic, a dental implant, a men's clinic, a fertility centre, a rehab clinic, an infectious-disease
follow-up, a depression prescription, dialysis and chemotherapy, a stroke, a disability certificate, a pregnancy and
a birth; a temple, a church, a mosque's neighbourhood, tithes; hotels, casinos, a KTV, a homestay, a commute, border
crossings and a passport's exits; a child's school, class, pick-up time and an Internet café; wage inflows, savings
and wealth balances, a housing fund, other cards and a credit report, expiry dates and CVV codes. Beside them stand
cardholders' own statements with ordinary merchants and their credit limit, debtors speaking of their own illness,
pregnancy or a parent in intensive care and agents answering with a deferral or a pause, replies that name the kind
of data without repeating it, and rules that forbid using health, faith or whereabouts.

Decoys carry no category and no identifier entity. All people, numbers, addresses, banks, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, to the debtor or to anyone else, in quality-check sheets,
  tickets, letters, settlement certificates, agreements and e-mails too. Not: masked forms, last digits alone, a
  bank's, agency's, law firm's or employer's landline, an agent's work mobile, a customer saying their own number, a
  licence plate, a decoy, or a full identifier in court papers filed with a court (the same identifier in an SMS to
  the debtor or in papers sent to an employer is labelled).
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, the bank, or "the card matter") or the debtor's personal data. A supplementary cardholder is a third
  party: telling them of the main card's debt, or that their card stopped because of it, is a disclosure; their own
  card's spending, limit or cancellation is not. A bare call-back request that names no bank is compliant; notes,
  sheets, tickets, e-mails and court papers go to an unknown recipient and are judged on the other categories.
- `pii.sensitive` (PIPL Art. 28): what the transactions reveal (health and treatment, pregnancy, religion,
  whereabouts and routine), a minor's school and routine, a disability, a relative in drug rehabilitation, and
  financial account details beyond need (wage inflows, balances of other accounts, a housing fund, other cards, a
  credit report, an expiry date with a CVV). The debt and the card's own statement, limit and merchants sent to the
  cardholder, a general hardship offer, the debtor's own words (also as a report quotes them), a reply that names the
  kind of data without repeating it, or a rule forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners' or
  colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's own name, the
  address a letter is sent to or a visit is agreed at, parties named in court papers, a relative the message is
  addressed to.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every string
of their type whoever it belongs to; masked forms and 400 service numbers are not entities, a landline's extension
lies outside its span, as does a +86 or 0086 before a mobile; a surname with an honorific or a prefix (唐女士, 陈生,
小何, 谢师傅) is not a PERSON, a given name alone (俊杰, 建军, 家豪) is; ADDRESS reaches down to a road and number, a
building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_au`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_au.jsonl"
ID_PREFIX = "PAU"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the card centres' app notices to cardholders ---------------------------------------------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【瀚海信用卡】您尾号5563的信用卡本期账单已出：应还3,218.60元，最低还款322.00元，到期还款日11月25日。点击查看明细>",
     [], []),
    ("app", "debtor", "您的瀚海白金卡 6226 9030 9769 2941 已逾期12天，当前欠款本金18,406.22元，为避免影响个人信用记录，请尽快还款。",
     [(BC, "6226 9030 9769 2941")], [U]),
    ("app", "debtor", "账户提醒：系统显示您本月在“澜溪市妇幼保健院”“仁心大药房（产科店）”共刷卡6笔，合计4,870元，却未按期还款。请优先安排还款，勿因小失大。",
     [], [S]),
    ("app", "debtor", "您的卡片于11月3日21:47在三亚海棠湾一家度假酒店完成预授权3,600元，次日又在凤凰机场免税店消费。您有钱出游，逾期款项却至今未还，请立即处理。",
     [], [S]),
    ("app", "debtor", "为方便您快速还款，已为您预填卡片信息：卡号尾号2941，有效期08/27，安全码316。点击“一键还款”即可完成。",
     [], [S]),
    ("app", "debtor", "尊敬的蒋文涛先生，经查您在我行开立的借记卡6217 0055 6968 8897 134本月10日有工资入账11,620元，系统将于今日从该卡划扣信用卡欠款，请知悉。",
     [(P, "蒋文涛"), (BC, "6217 0055 6968 8897 134")], [S, U]),
    ("app", "debtor", "账单摘要｜信用额度30,000.00｜本期应还9,842.17｜最低还款984.22｜账单日每月7日｜还款日每月25日。如有疑问请致电400-820-6618。",
     [], []),
    ("app", "debtor", "逾期提醒：陈立伟，您登记的家庭住址澜溪市北山区梧桐路66号3幢502室、工作单位澜溪华晟机电有限公司均已纳入外访排期，请于48小时内还款。",
     [(P, "陈立伟"), (A, "澜溪市北山区梧桐路66号3幢502室")], [X]),
    ("app", "debtor", "您名下附属卡（尾号7742）本期消费1,126.00元已计入主卡账单，请主卡持卡人一并还款。",
     [], []),
    ("app", "debtor", "您已成功将还款提醒手机号变更为 150 6302 8710，如非本人操作，请立即联系客服。",
     [(MB, "150 6302 8710")], [U]),
    ("app", "debtor", "您为女儿开立的附属卡（尾号3309）近一周每天中午都在澜溪外国语学校门口文具店和食堂消费，主卡欠款已逾期31天，请家长尽快处理。",
     [], [S]),
    ("app", "debtor", "【瀚海信用卡】閣下尾號8815之信用卡已逾期45日，結欠人民幣12,306.50元，請於本月20日前還款。如有疑問請致電400-820-6618。",
     [], []),
    ("app", "debtor", "【东岳e卡】您的东岳金卡（卡号 5239 0521 2290 2540，有效期至2027年3月）已被冻结，解冻需先还清逾期款项7,420.15元。",
     [(BC, "5239 0521 2290 2540")], [U]),
]

# --- the card centres' stage SMS -------------------------------------------------------------------------------

BANK_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【瀚海银行】您尾号4433的信用卡已逾期3天，最低还款额1,020.00元，请尽快还款以免产生违约金。如已还款请忽略。",
     [], []),
    ("sms", "debtor", "【瀚海银行】林振华先生，您的信用卡6258092229245868已逾期62天，欠款43,215.08元，请于本周五前还款。",
     [(P, "林振华"), (BC, "6258092229245868")], [U]),
    ("sms", "debtor", "【东岳银行信用卡中心】持卡人许丽萍（证件号码350203200102040887）您好，您的账户已转入委外催收阶段，请主动与我行联系。",
     [(P, "许丽萍"), (ID, "350203200102040887")], [U]),
    ("sms", "debtor", "【瀚海银行】您的卡片上周五晚在“澜溪心悦精神心理门诊部”消费1,280元，说明您具备还款能力，请立即归还逾期款项。",
     [], [S]),
    ("sms", "debtor", "【瀚海银行】韩磊，您留存的联系人冯淑芬（母亲）、韩雪（妹妹）我行均有登记，为免打扰家人，请尽快还款。",
     [(P, "韩磊"), (P, "冯淑芬"), (P, "韩雪")], [X]),
    ("sms", "debtor", "【东岳银行】您来电提及的住院情况我行已备注，可为您办理60天延期还款，请于本月30日前上传相关证明。",
     [], []),
    ("sms", "debtor", "【瀚海银行】您尾号1562的信用卡逾期款项将从您在我行开立的借记卡6212267688204311562中扣收，请确保余额充足。",
     [(BC, "6212267688204311562")], [U]),
    ("sms", "debtor", "【瀚海银行】您在我行借记卡余额尚有27,914.36元，信用卡欠款18,000元却一直拖欠，请今日内主动还款。",
     [], [S]),
    ("sms", "debtor", "【鹭洲银行】您的信用卡账户已停止使用，当前欠款7,650.32元（含违约金）。如对欠款有异议，可致电400-632-9955或登录手机银行提交。",
     [], []),
    ("sms", "debtor", "【瀚海银行】宋建军您好，您配偶唐慧的手机18111982528已停机，请您本人尽快联系我行处理卡片逾期事宜。",
     [(P, "宋建军"), (P, "唐慧"), (MB, "18111982528")], [U, X]),
    ("sms", "debtor", "【瀚海银行】您本月在普济禅寺功德处刷卡随喜3,000元，却称无力还款，请如实向我行说明情况。",
     [], [S]),
    ("sms", "debtor", "【瀚海银行】您的信用卡已逾期30天。如经济困难，可申请个性化分期（最长60期），请致电400-820-6618转3。",
     [], []),
    ("sms", "debtor", "【瀚海银行】您的逾期账户由我行资产保全部专员周晓跟进（工作手机18627642768，工作日9:00-18:00），请及时联系。",
     [(P, "周晓"), (MB, "18627642768")], []),
    ("sms", "debtor", "【鹭洲银行】罗春梅女士：您身份证360111198210197247名下的两张信用卡均已逾期，合计欠款22,318元。",
     [(P, "罗春梅"), (ID, "360111198210197247")], [U]),
]

# --- the outsourced agencies' SMS -------------------------------------------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【信衡咨询】受瀚海银行信用卡中心委托，提醒您尾号6484的信用卡欠款尚未处理，请致电0571-86120455与我司联系。",
     [(LL, "0571-86120455")], []),
    ("sms", "debtor", "【穗诚商务】梁家豪，身份证440305197501289722，户籍地址深圳市南山区桃园路118号，瀚海银行信用卡欠款56,230元已委托我司，限三日内联系。",
     [(P, "梁家豪"), (ID, "440305197501289722"), (A, "深圳市南山区桃园路118号")], [U, X]),
    ("sms", "debtor", "【锦律资产】你上个月在锦西口腔医院做种植牙刷了两万多，现在跟我们说没钱？东岳银行的卡今天必须还。",
     [], [S]),
    ("sms", "debtor", "【恒泽信息】您东岳银行信用卡 4392 1273 1757 1395 逾期128天，欠款本息28,880.64元，今晚12点前未联系将转入下一流程。",
     [(BC, "4392 1273 1757 1395")], [U]),
    ("sms", "debtor", "【信衡咨询】王女士您好，您反映的分期方案已提交瀚海银行审批，预计3个工作日内答复，在此期间我司不再致电打扰。",
     [], []),
    ("sms", "debtor", "【穗诚】邓海波先生，您在广州市天河区体育西路191号B座的单位，还有您太太萧婉婷的公司地址我们都有，请尽快处理瀚海信用卡欠款。",
     [(P, "邓海波"), (A, "广州市天河区体育西路191号B座"), (P, "萧婉婷")], [X]),
    ("sms", "debtor", "【锦律资产】东岳银行委托：您的账户欠款21,406元，现可申请减免部分违约金，详询028-86651203。退订回T",
     [(LL, "028-86651203")], []),
    ("sms", "debtor", "【恒泽信息】田永强，你最近每天晚上九点以后都在长安区金碧辉煌KTV刷卡，钱花在哪自己清楚，欠款抓紧还。",
     [(P, "田永强")], [S]),
    ("sms", "debtor", "【信衡咨询】你爸袁明辉13805462078我们已经联系上了，你自己看着办吧。",
     [(P, "袁明辉"), (MB, "13805462078")], [U, X]),
    ("sms", "debtor", "【恒泽信息】查到您名下还有另外5张信用卡，总授信18万，已用16万2，东岳卡的欠款请优先安排。",
     [], [S]),
    ("sms", "debtor", "【穗诚商务】杜宇航，你护照E63728159的出入境记录显示上月去了澳门三次，瀚海信用卡三万多欠款一分未还。",
     [(P, "杜宇航"), (PP, "E63728159")], [S, U]),
    ("sms", "debtor", "【信衡咨询】您好，我司受瀚海银行委托联系尾号6484卡片的持卡人，如您非本人，请回复“非本人”，我们将停止发送。",
     [], []),
    ("sms", "debtor", "【锦律资产】姚红霞，你儿子杜子轩在锦苑实验小学三年级二班，你老公杜建平在哪上班我们也清楚，别让大家难做。",
     [(P, "姚红霞"), (P, "杜子轩"), (P, "杜建平")], [S, X]),
    ("sms", "debtor", "【穗诚商务】喂，你张卡 6283 6273 3602 9959 拖咗三个月啦，今个礼拜唔还，我哋就按程序上报银行。",
     [(BC, "6283 6273 3602 9959")], [U]),
]

# --- agents' calls as transcripts ------------------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是瀚海银行信用卡中心，请问是何俊杰先生本人吗？\n客户：是我。\n坐席：为核实身份，麻烦您报一下身份证后四位。\n"
     "客户：0573。\n坐席：好的，您尾号2941的卡片本期逾期款项3,218元，请问今天能处理吗？\n客户：周五发工资就还。\n坐席：好的，给您备注周五，到时请留意扣款。",
     [(P, "何俊杰")], []),
    ("call", "debtor", "坐席：喂，郑女士吗？我是受东岳银行委托的信衡咨询，您那张卡号6221 5522 0788 5146的信用卡已经逾期两个月了。\n"
     "客户：我知道，最近手头紧。\n坐席：那您今天先还个最低吧，一千二。",
     [(BC, "6221 5522 0788 5146")], [U]),
    ("call", "debtor", "坐席：曹先生，您别跟我说没钱。\n客户：真没有，我一个月就四千。\n坐席：您上个月在省肿瘤医院门诊刷了一万六，住院押金又刷了两万，这钱哪来的？\n"
     "客户：那是给我爸看病的！\n坐席：那信用卡也得还啊。",
     [], [S]),
    ("call", "debtor", "客户：我老公上个月查出来尿毒症，现在一周透析三次，实在还不上。\n坐席：理解您的难处。您可以申请停息分期，我先给您登记，资料审核期间暂停催收。\n"
     "客户：要什么资料？\n坐席：诊断证明和收入情况说明就行，拍照上传到东岳e卡就可以。",
     [], []),
    ("call", "debtor", "坐席：宋建军是吧，你住澜溪市梧桐路88号5幢1101，你老婆唐慧在华晟机电做会计，对吧？\n客户：你查我户口啊？\n坐席：我就是跟你核对一下信息。",
     [(P, "宋建军"), (A, "澜溪市梧桐路88号5幢1101"), (P, "唐慧")], [X]),
    ("call", "debtor", "坐席：您的身份证号是430104198904098694，对吧？\n客户：对。\n坐席：您这张瀚海卡已经逾期九十多天了，再不还就要移交法务了。",
     [(ID, "430104198904098694")], [U]),
    ("call", "debtor", "坐席：彭女士您好，我是瀚海银行信用卡中心的，工号3217。请问您方便说话吗？\n客户：你说。\n坐席：您尾号0637的卡片逾期了，需要核对一下卡号。\n"
     "客户：我卡号是6225 8830 0680 3634，你查一下是不是这张。\n坐席：是的，以后卡号请不要在电话里报全，报后四位就可以了。",
     [(BC, "6225 8830 0680 3634")], []),
    ("call", "debtor", "坐席：萧小姐，你这个月三号在港大深圳医院妇产科刷了八千多，是怀孕了吧？怀孕了更要把账清了，免得以后孩子受影响。\n客户：关你什么事！",
     [], [S]),
    ("call", "debtor", "坐席：汪先生，你之前不是说没工作吗？我们查到你公积金每月还在缴，基数一万二，单位是东阳建设集团。\n客户：我……\n坐席：那就别说没钱了。",
     [], [S]),
    ("call", "debtor", "坐席：孔先生，您上周日上午在圣心堂刷卡奉献了两千，您信教我们不管，但是信用卡总要还吧？\n客户：你们怎么知道的？",
     [], [S]),
    ("call", "debtor", "客户：我上个月刚做完甲状腺手术，还在吃药，能不能缓一缓？\n坐席：可以的，您先养病。我们给您申请三个月的延期，利息这三个月不计，您看行吗？\n客户：谢谢你。",
     [], []),
    ("call", "debtor", "坐席：你老婆萧婉婷电话一三九零三二五四零零三，你妈电话一三六七五零四一一一八，你不接我们就只能一个个打了。\n客户：你敢！",
     [(P, "萧婉婷"), (MB, "一三九零三二五四零零三"), (MB, "一三六七五零四一一一八")], [U, X]),
    ("call", "debtor", "坐席：董女士，您在我们银行的附属卡是给您母亲办的吧，她的卡也在您主卡额度下，这个月一共消费了三千二。\n客户：对，是我妈在用。\n坐席：好的，那合计应还六千四百元，请于二十五号前还款。",
     [], []),
]

# --- agents' calls as speech-to-text output ---------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你好 这边是瀚海银行信用卡中心的 请问是曹志远先生吗\n客户：嗯 是\n"
     "坐席：就是您那个尾号幺三零四的卡 逾期了四十五天 现在欠款是一万两千三 您看今天能不能先还一部分\n客户：我在医院陪我妈做化疗 没空\n"
     "坐席：哦 那理解 那您看下周一前还个最低可以吗 我给您备注",
     [(P, "曹志远")], []),
    ("call", "debtor", "坐席：嗯您的卡号是六二二六 九零二二 五九三零 九二七八 对吧 这张卡已经是第三个账单周期没还了\n客户：对对\n坐席：那今天呢能处理多少",
     [(BC, "六二二六 九零二二 五九三零 九二七八")], [U]),
    ("call", "debtor", "坐席：那个你老婆电话幺五二六 六六六 二四零五 我们打过了啊 她说让你自己处理\n客户：你们打她干嘛\n坐席：她是你填的联系人嘛",
     [(MB, "幺五二六 六六六 二四零五")], [U, X]),
    ("call", "debtor", "坐席：呃 袁先生 就是 你那个 上礼拜二晚上在那个 澳门威尼斯人 刷了四万八 对吧 然后这个卡一直逾期 嗯\n客户：那是朋友借的卡\n坐席：借的也得你还",
     [], [S]),
    ("call", "debtor", "坐席：你身份证 三三零二幺幺 幺九六五 零八二三 五七幺零 是不是你本人 你要是不承认的话\n客户：是我 咋了\n坐席：是你就好 你这卡欠了两年了",
     [(ID, "三三零二幺幺 幺九六五 零八二三 五七幺零")], [U]),
    ("call", "debtor", "坐席：嗯嗯 就是说 您儿子那个附属卡 每天下午四点半都在 那个 育才中学门口的奶茶店刷 我们这边看得到的\n客户：他才十五岁你们想干嘛\n坐席：没有别的意思 就是主卡您得还",
     [], [S]),
    ("call", "debtor", "客户：我现在 怀孕七个月了 上班也停了\n坐席：哦哦 恭喜恭喜 那这样 我帮您申请一个 延期 等您 生完再说 好吧\n客户：好 谢谢",
     [], []),
    ("call", "debtor", "坐席：呃 谢女士 你是住在 长沙市岳麓区枫林三路208号 七栋 对吧 然后你老公 罗志勇 在 湘江物流 上班\n客户：你怎么知道\n坐席：系统里都有的",
     [(A, "长沙市岳麓区枫林三路208号 七栋"), (P, "罗志勇")], [X]),
    ("call", "debtor", "坐席：你那张卡 四五幺八 幺八六幺 八四五九 六七六九 这个月 还没还 最低是一千八\n客户：下个礼拜\n坐席：下礼拜几号",
     [(BC, "四五幺八 幺八六幺 八四五九 六七六九")], [U]),
    ("call", "debtor", "坐席：喂 何生 你好 我系穗诚商务嘅 帮瀚海银行跟进你张卡 尾数二九四幺 啱啱过咗还款日\n客户：知啦知啦 听日还\n坐席：好 唔该晒",
     [], []),
    ("call", "debtor", "坐席：你那个 抑郁症 吃药那个 药房 每个月都刷 几百块 我们都看得到 你有钱买药 没钱还卡\n客户：……\n坐席：喂 说话",
     [], [S]),
    ("call", "debtor", "坐席：嗯 陈先生您好 这边是瀚海银行 呃 您尾号 二二七三 的卡 本期账单 是 三千二百一十八块六 还款日是 二十五号 提醒您一下\n客户：好的知道了",
     [], []),
    ("call", "debtor", "坐席：喂 冯女士 你这卡逾期三个月了 你女婿 韩立新 电话 幺八幺零七九二三九七九 我们也打了 他说他不管\n客户：你们打他干什么\n坐席：那你自己还嘛",
     [(P, "韩立新"), (MB, "幺八幺零七九二三九七九")], [U, X]),
]

# --- voice robots, to cardholders and to contacts ---------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是东岳银行信用卡中心。请问您是尾号1395卡片的持卡人吗？确认请按1，不是请按2。\n客户：（按键1）\n"
     "机器人：您的卡片已逾期5天，最低还款额680元，请于3日内还款。如需人工服务请按0。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是瀚海银行信用卡中心，我们正在联系何俊杰先生，他的信用卡已经逾期，请您转告他尽快回电。\n第三方：我不认识他。\n机器人：感谢您的配合，再见。",
     [(P, "何俊杰")], [D]),
    ("call", "debtor", "机器人：尊敬的持卡人，您卡号为 6228 4970 1439 3988 的信用卡已逾期，欠款金额8,210元。确认已知晓请按1。\n客户：（按键1）",
     [(BC, "6228 4970 1439 3988")], [U]),
    ("call", "third_party", "机器人：您好，打扰了，这里有一封给袁超先生的重要通知，麻烦您转告他回拨本号码。谢谢，再见。",
     [(P, "袁超")], []),
    ("call", "debtor", "机器人：您好，请问是田永强先生吗？为核实身份，系统为您播报预留身份证号：一三零一零二一九八二零四一三五二四三，如信息无误请按1。\n客户：（按键2）\n机器人：已为您转接人工。",
     [(P, "田永强"), (ID, "一三零一零二一九八二零四一三五二四三")], [U]),
    ("call", "debtor", "機器人：您好，這裡是瀚海銀行信用卡中心。閣下尾號8815的信用卡已逾期，請按1了解還款方式，按2申請分期。\n客户：（按键2）\n機器人：已為您登記分期申請，專員將於兩個工作日內致電。",
     [], []),
    ("call", "third_party", "机器人：您好，您是梁家豪登记的紧急联系人。梁家豪在瀚海银行欠款五万六千二百三十元，已逾期九十天，请督促其还款。按1表示已知晓。\n第三方：（按键1）",
     [(P, "梁家豪"), (P, "梁家豪")], [D]),
    ("call", "debtor", "机器人：您好，系统检测到您今日在本市第二人民医院有一笔消费，如您正在就医，可按1申请延期还款；其他情况请按2。\n客户：（按键1）",
     [], [S]),
    ("call", "third_party", "机器人：您好，这里是瀚海银行。您的附属卡主卡持卡人宋建军已逾期，附属卡已停用。请提醒主卡持卡人尽快还款，以恢复附属卡使用。",
     [(P, "宋建军")], [D]),
]

# --- supplementary cardholders: spouses, parents, children, as third parties ----------------------------------------

SUPPLEMENTARY: list[PiplEntry] = [
    ("sms", "third_party", "【瀚海银行】唐女士，您持有的附属卡所属主卡（持卡人宋建军）已逾期58天，欠款31,206元，附属卡已同步止付，请督促主卡持卡人还款。",
     [(P, "宋建军")], [D]),
    ("sms", "third_party", "【瀚海银行】唐女士，您的附属卡（尾号7742）本月消费1,126.00元，账单已按约定寄送主卡持卡人。",
     [], []),
    ("call", "third_party", "坐席：叔叔，您那张副卡是挂在您儿子主卡下面的，他那边钱一直没还上，所以卡才刷不了。\n第三方：啥？他欠了多少？\n坐席：具体的您问他本人吧。",
     [], [D]),
    ("call", "third_party", "坐席：你是董佳怡的儿子吧？你妈妈主卡上个月在省肿瘤医院刷了八万多，现在一直没还，你那张附属卡也用不了了。\n第三方：我妈住院的事你们怎么知道？",
     [(P, "董佳怡")], [D, S]),
    ("app", "third_party", "嫂子，俊杰那张卡的事你知道吧？你那张副卡也跟着停了，让他赶紧处理一下。",
     [(P, "俊杰")], [D]),
    ("sms", "third_party", "【瀚海银行】宋女士，主卡持卡人宋建军已搬离原址，据查现住澜溪市南湖区荷塘街12号2单元601，其信用卡欠款3万余元，请告知其尽快联系我行。",
     [(P, "宋建军"), (A, "澜溪市南湖区荷塘街12号2单元601")], [D, X]),
    ("call", "third_party", "坐席：阿姨您好，麻烦您转告您儿子方便的时候回个电话，我姓周，号码是0571-86120455，谢谢您。\n第三方：什么事啊？\n坐席：是他个人的事情，需要和他本人谈。",
     [(LL, "0571-86120455")], []),
    ("app", "third_party", "小杜，你爸的主卡欠了两万多没还，你那张学生副卡银行已经冻了，开学前你让你爸把钱还上。",
     [], [D]),
    ("email", "third_party", "萧婉婷女士：您好。您名下的附属卡（尾号5109）已按主卡持卡人邓海波先生的申请注销，注销后附属卡余额不受影响。如有疑问请致电400-820-6618。",
     [(P, "萧婉婷"), (P, "邓海波")], []),
    ("call", "third_party", "坐席：您是宋建军的爱人吧？您那张附属卡的账单也在他主卡里，您俩一起欠了三万一，您看家里能不能先凑一点？\n第三方：我的卡我都按时给他钱了。",
     [(P, "宋建军")], [D]),
    ("app", "third_party", "【瀚海卡生活】您作为附属卡持卡人，可以查看自己名下附属卡的消费明细，主卡账户信息仅主卡持卡人本人可见。",
     [], []),
    ("sms", "third_party", "【瀚海银行】唐女士，您的附属卡 6226 9001 0841 5908 已按主卡持卡人的申请停用，停用前的消费仍计入主卡账单。",
     [(BC, "6226 9001 0841 5908")], [U]),
]

# --- employers, HR and front desks -------------------------------------------------------------------------------

EMPLOYERS_HR: list[PiplEntry] = [
    ("call", "third_party", "坐席：您好，是华晟机电人事部吗？想问一下你们单位的陈立伟，他信用卡那个事情，单位这边能不能帮忙提醒一下？\n第三方：这是他私事吧？\n坐席：是的，麻烦您提一句就行。",
     [(P, "陈立伟")], [D]),
    ("call", "third_party", "坐席：您好，请问陈立伟先生还在贵公司任职吗？\n第三方：在的，你哪位？\n坐席：我们有私人事务需要联系他，麻烦转告他回电0571-86120455，谢谢。",
     [(P, "陈立伟"), (LL, "0571-86120455")], []),
    ("email", "third_party", "华晟机电有限公司人力资源部：贵司员工陈立伟（身份证号410105196801058343）拖欠我行委托款项，现请贵司协助每月从其工资中代扣3,000元转入指定账户。瀚海银行信用卡中心委外机构 信衡咨询",
     [(P, "陈立伟"), (ID, "410105196801058343")], [D, U]),
    ("app", "third_party", "HR你好，麻烦跟你们公司的邓海波说一声，卡的事再拖就只能走程序了。",
     [(P, "邓海波")], [D]),
    ("call", "third_party", "坐席：您好，我们这边有一封寄给贵司员工邓海波的挂号信，是他的私人信件，麻烦前台帮忙转交，谢谢。\n第三方：好的，放这吧。",
     [(P, "邓海波")], []),
    ("call", "third_party", "坐席：您好，您是东阳建设的行政吧？你们公司汪国庆上个月还在澳门赌场刷了好几万，欠银行的钱一分不还，你们领导知道吗？\n第三方：这跟我们公司有什么关系？",
     [(P, "汪国庆")], [D, S]),
    ("call", "third_party", "坐席：您好，请问是湘江物流吗？我找一下罗志勇。\n第三方：他上个月已经离职了。\n坐席：好的，打扰了，谢谢。",
     [(P, "罗志勇")], []),
    ("sms", "third_party", "【信衡咨询】贵司员工何俊杰欠瀚海银行信用卡款项逾期已超90天，请贵司人事部门督促其本周内处理，联系电话0571-86120455。",
     [(P, "何俊杰"), (LL, "0571-86120455")], [D]),
    ("email", "third_party", "王经理：您好，贵公司财务部的许丽萍女士的身份证350203200102040887和手机15323088581都登记在我们这，她的信用卡已经严重逾期，请公司出面协调。",
     [(P, "许丽萍"), (ID, "350203200102040887"), (MB, "15323088581")], [D, U]),
    ("call", "third_party", "坐席：喂，是锦江酒店前台吗？你们这个姚红霞是哪个班次的？\n第三方：你是哪位？\n坐席：我是银行的，她卡的问题，你叫她下班给我回个电话，她晓得的。",
     [(P, "姚红霞")], [D]),
    ("app", "third_party", "刘主管您好，冒昧打扰。我们联系不上贵部门的田永强，如方便请转告他回个电话，号码0311-86051277，感谢。",
     [(P, "田永强"), (LL, "0311-86051277")], []),
    ("call", "third_party", "坐席：你好，我找你们公司人事。\n第三方：我就是。\n坐席：你们公司的黄国栋，他老婆和孩子的电话你们有没有？他本人住在哪个宿舍？他那个瀚海卡的事我们得找到他。",
     [(P, "黄国栋")], [D]),
    ("email", "third_party", "致东阳建设集团人力资源部：我司受托处理贵司员工汪国庆的个人事务，该员工电话长期无法接通，烦请转告其与我司联系（0571-86120455），或将本函转交本人。此函不涉及贵司任何义务。",
     [(P, "汪国庆"), (LL, "0571-86120455")], []),
    ("call", "third_party", "坐席：你好 是那个 兴业汽修厂吗 你们那个 修车的 谢师傅 他 媳妇 叫 谢秀英 欠了信用卡 三万二 让你们谢师傅 跟他媳妇说一声\n第三方：啊？",
     [(P, "谢秀英")], [D]),
]

# --- emergency contacts, relatives and friends ------------------------------------------------------------------

CONTACTS: list[PiplEntry] = [
    ("call", "third_party", "坐席：您好，请问是袁明辉先生吗？\n第三方：是我。\n坐席：麻烦您转告袁超，方便的时候给我们回个电话，号码0755-83265510，谢谢您。\n第三方：好，我跟他说。",
     [(P, "袁明辉"), (P, "袁超"), (LL, "0755-83265510")], []),
    ("sms", "third_party", "您好，您是梁家豪的紧急联系人，他在瀚海银行的信用卡已经逾期，麻烦转告他尽快还款。",
     [(P, "梁家豪")], [D]),
    ("sms", "third_party", "梁先生家属您好：梁家豪（身份证440305197501289722）名下信用卡欠款56,230元，已逾期97天，请家属协助处理。【穗诚商务】",
     [(P, "梁家豪"), (ID, "440305197501289722")], [D, U]),
    ("app", "third_party", "你表哥那张信用卡，银行那边还在等他呢。",
     [], [D]),
    ("call", "third_party", "坐席：请问是韩磊吗？\n第三方：打错了。\n坐席：不好意思，打扰了。",
     [(P, "韩磊")], []),
    ("sms", "third_party", "【恒泽信息】田永强的紧急联系人您好：田永强现住石家庄市长安区建设北大街77号4-2-301，在长安区一家物流公司上班，其东岳银行信用卡长期逾期，请您协助督促。",
     [(P, "田永强"), (P, "田永强"), (A, "石家庄市长安区建设北大街77号4-2-301")], [D, X]),
    ("call", "third_party", "第三方：你们找他什么事？你跟我说，我是他亲姐姐。\n坐席：抱歉，涉及他本人的事务，我们只能和他本人沟通。麻烦您让他回个电话，谢谢。\n第三方：神神秘秘的。",
     [], []),
    ("call", "third_party", "坐席：您是何俊杰的朋友吧？他留的是您的电话。他卡上欠了一万八，最近跑到三亚去了，酒店都订的五星的，您知道他在哪吗？\n第三方：我不清楚。",
     [(P, "何俊杰")], [D, S]),
    ("app", "third_party", "阿姨，您女儿许丽萍最近在妇产医院做产检吧？她的信用卡欠款有两万多，麻烦您劝劝她。",
     [(P, "许丽萍")], [D, S]),
    ("call", "third_party", "坐席：喂，是冯阿姨吗？您儿子韩磊那个，上次说的事情，还没弄好，您跟他讲讲。\n第三方：什么事？\n坐席：他知道的，您让他回电话就行。",
     [(P, "韩磊")], [D]),
    ("sms", "third_party", "您好，这里有袁超先生的一封信件，因地址变更无法投递，如您方便，请告知他与寄件方联系：0755-83265510。",
     [(P, "袁超"), (LL, "0755-83265510")], []),
    ("call", "third_party", "坐席：喂 你好 是 韩雪吗 你哥 韩磊 的那个 瀚海的卡 欠了 四万多 你们家里 商量一下\n第三方：我哥的事你找他啊",
     [(P, "韩雪"), (P, "韩磊")], [D]),
    ("app", "third_party", "姐，彭丽娟的卡你知道吧，又拖了，她单位地址是澜溪市文昌路27号国贸大厦1608，你有空过去提醒她一下。",
     [(P, "彭丽娟"), (A, "澜溪市文昌路27号国贸大厦1608")], [D, X]),
    ("call", "third_party", "坐席：您好，请问您认识潘翠兰吗？\n第三方：认识，我邻居。\n坐席：麻烦您见到她时让她回个电话，号码是028-86651203，谢谢。",
     [(P, "潘翠兰"), (LL, "028-86651203")], []),
    ("sms", "third_party", "【锦律资产】潘翠兰的联系人您好：潘翠兰欠东岳银行信用卡一万多，电话一直不接，请转告她尽快处理。",
     [(P, "潘翠兰"), (P, "潘翠兰")], [D]),
]

# --- collectors' WeChat messages ----------------------------------------------------------------------------------

WECHAT: list[PiplEntry] = [
    ("app", "debtor", "何先生，您好，我是信衡咨询的小周，受瀚海银行委托跟进您尾号2941的卡片。您上次说周五还款，今天方便处理吗？",
     [], []),
    ("app", "debtor", "[图片]这是你这张卡最近三个月的流水，仁济医院、康宁药房、安和中医门诊，一个月刷好几次，看病有钱，还卡没钱？",
     [], [S]),
    ("app", "debtor", "曹志远 身份证 620102199405150213 卡号 6221 5515 9301 5433 欠款 12300 你自己核对一下对不对",
     [(P, "曹志远"), (ID, "620102199405150213"), (BC, "6221 5515 9301 5433")], [U]),
    ("app", "debtor", "好的彭女士，已经帮您申请了减免违约金，审批下来我第一时间告诉您。您先照顾好家里。",
     [], []),
    ("app", "debtor", "你昨晚住的是澜溪开元酒店1806吧，刷了六百八，卡里有钱就先把最低还了。",
     [], [S]),
    ("app", "debtor", "林总，您公司华南五金的营业执照、您太太许丽萍的手机15323088581、您儿子林子豪的学校我们都整理好了，您看是现在谈还是等我们上门谈？",
     [(P, "许丽萍"), (MB, "15323088581"), (P, "林子豪")], [U, X]),
    ("app", "debtor", "您好，附件是您的还款计划确认书，请核对金额（总计18,406.22元，分12期）和尾号2941的还款卡，无误请回复“确认”。",
     [], []),
    ("app", "debtor", "你在清真寺那边的那家牛肉面馆每周五中午都刷卡，我们同事去看过了，你人就在那，别躲了。",
     [], [S]),
    ("app", "debtor", "袁超，你手机号13376104422、你老婆号码18359487135、你丈母娘号码15200966743，我这里全有，你选吧。",
     [(P, "袁超"), (MB, "13376104422"), (MB, "18359487135"), (MB, "15200966743")], [U, X]),
    ("app", "debtor", "收到您的住院证明了，已经报给银行，这三个月不会再打扰您，出院后我们再联系。祝早日康复。",
     [], []),
    ("app", "third_party", "韩雪你好，我是瀚海银行的外包，你哥韩磊欠卡四万多，你劝劝他，不然对他征信不好。",
     [(P, "韩雪"), (P, "韩磊")], [D]),
    ("app", "debtor", "谢女士，您上次说的那个分期方案银行批了，每期1,120元，扣款卡还是尾号0637那张，您看没问题我就提交了。",
     [], []),
    ("app", "debtor", "姚红霞，你的残疾证我们看到了，二级肢体残疾，每个月还有残疾人补贴一千多，还不起卡？",
     [(P, "姚红霞")], [S]),
    ("app", "debtor", "郑女士：截图是您本人于10月8日签署的分期协议首页，身份证号已按规定打码（3101**********0056），如有异议可于7日内提出。",
     [], []),
]

# --- statements and transaction lists ------------------------------------------------------------------------------

STATEMENTS: list[PiplEntry] = [
    ("email", "debtor", "尊敬的林振华先生：您2024年11月账单如下。卡号尾号9868｜信用额度50,000.00｜本期应还12,406.80｜最低还款1,240.68｜到期还款日2024-12-05。"
     "交易明细：11/02 盒马鲜生 236.40；11/05 中石化加油站 300.00；11/12 京东商城 1,688.00；11/20 上期分期本金 1,041.67。",
     [(P, "林振华")], []),
    ("notice", "debtor", "催收通知：您的信用卡（尾号2941）于2024年9月起连续三期未还款。近期交易：10/11 澜溪市第一人民医院肿瘤科 6,820.00；10/19 同仁堂药店 1,312.00；10/25 澜溪市第一人民医院住院押金 20,000.00。可见您并非无力还款，请于15日内还清欠款。",
     [], [S]),
    ("email", "debtor", "唐慧女士：附件为您附属卡（尾号7742）2024年10月消费明细，共9笔，合计1,126.00元，该款项已计入主卡账单，特此告知。",
     [(P, "唐慧")], []),
    ("notice", "third_party", "致宋建军家属：宋建军信用卡（卡号6259 6694 7186 6563）近三月交易明细如下：普济禅寺 3,000.00；澜溪国际大酒店 2,460.00；欢乐迪KTV 1,880.00。其逾期欠款31,206元，请家属知悉。",
     [(P, "宋建军"), (P, "宋建军"), (BC, "6259 6694 7186 6563")], [D, S, U]),
    ("app", "debtor", "对账单｜账户尾号0637｜本期新增消费：美团外卖 58.50、滴滴出行 32.10、拼多多 129.00｜本期还款 -2,000.00｜本期应还 3,412.33",
     [], []),
    ("email", "debtor", "汪国庆先生：经核查，您逾期期间的消费主要发生在澳门氹仔（10月2日至5日，共8笔，合计48,300元）、珠海拱北口岸免税店（10月5日）。请您正视还款责任。",
     [(P, "汪国庆")], [S]),
    ("notice", "debtor", "账单异议处理结果：您对2024年10月账单中“澜溪某酒店 980.00元”一笔提出异议，经调单核实为本人签名消费，该笔款项维持原账。如仍有异议，可致电400-820-6618。",
     [], []),
    ("email", "debtor", "孔令杰先生：您的信用卡（卡号5187 8386 0197 5052，有效期09/26，CVV 442）已逾期，附件为近六期账单，请查收并尽快还款。",
     [(P, "孔令杰"), (BC, "5187 8386 0197 5052")], [S, U]),
    ("notice", "debtor", "致持卡人：经查，您在逾期期间于“慈航寺”“圣心堂”“澜溪伊斯兰文化中心清真餐厅”均有刷卡记录，另于“康宁心理咨询中心”消费4次。请尽快还款。",
     [], [S]),
    ("email", "third_party", "萧婉婷女士：邓海波先生系您配偶，现抄送您：邓海波名下信用卡（尾号9909）2024年9-11月交易明细见附件，逾期欠款合计23,870元，请知悉。",
     [(P, "萧婉婷"), (P, "邓海波"), (P, "邓海波")], [D]),
]

# --- instalments and cash advances ----------------------------------------------------------------------------------

INSTALMENTS: list[PiplEntry] = [
    ("sms", "debtor", "【瀚海银行】你11月2日23:40在澳门氹仔一家酒店的ATM连续取现三次共15,000元，既然有钱赌，逾期款就别拖了。",
     [], [S]),
    ("notice", "debtor", "分期还款协议\n甲方：瀚海银行股份有限公司信用卡中心\n乙方：陈立伟 身份证号：410105196801058343\n乙方信用卡号：6226 9055 1273 6484\n"
     "乙方自愿将欠款56,000元分36期偿还，每期1,555.56元，自2024年12月起于每月25日前还款。",
     [(P, "陈立伟"), (ID, "410105196801058343"), (BC, "6226 9055 1273 6484")], [U]),
    ("email", "debtor", "何俊杰先生：您申请的个性化分期需补充资料：1.收入证明；2.您配偶郑雅琴的身份证复印件及手机号13550604390确认；3.您父母的工作单位。",
     [(P, "何俊杰"), (P, "郑雅琴"), (MB, "13550604390")], [U, X]),
    ("call", "debtor", "坐席：您这个取现记录，每个月十号工资一到账，当天就在北站那个ATM全取出来了，工资卡余额就剩几十块，您是故意的吧？\n客户：我要交房租的。",
     [], [S]),
    ("notice", "debtor", "致董佳怡女士：您于2024年6月办理的“家装分期”已逾期两期，请于本月25日前补缴，逾期将按合同约定计收违约金。",
     [(P, "董佳怡")], []),
]

# --- letters ---------------------------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "信用卡欠款催收函\n编号：HH-CS-2024-118032\n林振华先生（地址：澜溪市北山区梧桐路66号3幢502室）：\n截至2024年11月30日，您尾号9868的信用卡已逾期62天，"
     "欠款本金41,820.00元，利息及违约金1,395.08元，合计43,215.08元。请于2024年12月15日前通过手机银行、网点柜台或还款专户还款。如对欠款有异议，请于收到本函之日起7日内致电400-820-6618提出。"
     "逾期不还的，我行将依据合同约定及法律规定处理。\n瀚海银行股份有限公司信用卡中心（盖章）\n2024年12月1日",
     [(P, "林振华"), (A, "澜溪市北山区梧桐路66号3幢502室")], []),
    ("notice", "debtor", "律师函\n（2024）澄明函字第0871号\n致：梁家豪（身份证号：440305197501289722）\n浙江澄明律师事务所受瀚海银行股份有限公司信用卡中心委托，就您名下信用卡（卡号：6221 5580 7182 4996）欠款事宜致函如下："
     "截至本函发出之日，您欠款本息共计56,230元。请于收函后十日内还款或与委托方协商。逾期，委托方将依法提起民事诉讼。\n律师：宋雨桐\n联系电话：0571-87263340",
     [(P, "梁家豪"), (ID, "440305197501289722"), (BC, "6221 5580 7182 4996"), (P, "宋雨桐"), (LL, "0571-87263340")], [U]),
    ("notice", "third_party", "韩老先生、冯女士：您好！您的儿子韩磊在我行申领的信用卡已逾期120天，欠款43,680元。因无法与其本人取得联系，特致函二老，请转告其尽快还款。瀚海银行信用卡中心",
     [(P, "韩磊")], [D]),
    ("notice", "debtor", "還款通知書\n杜宇航先生：閣下之回鄉證H10293847所登記之內地信用卡帳戶已逾期90日，結欠人民幣31,560元。請於本年12月31日前還款。查詢請致電400-820-6618。\n瀚海銀行信用卡中心",
     [(P, "杜宇航"), (PP, "H10293847")], [U]),
    ("notice", "debtor", "催缴通知\n宋建军：你的信用卡欠款31,206元至今未还。你妻子唐慧、你女儿宋佳琪（澜溪外国语学校初二）、你父亲宋德明的情况我行均已掌握，望你以家庭为重，尽快还款。",
     [(P, "宋建军"), (P, "唐慧"), (P, "宋佳琪"), (P, "宋德明")], [S, X]),
    ("notice", "debtor", "结清证明\n兹证明持卡人袁超（身份证号：441900198703214418）在我行申领的信用卡（卡号：6283 6282 7405 0734）项下欠款已于2024年11月28日全部结清，特此证明。\n东岳银行信用卡中心（盖章）",
     [(P, "袁超"), (ID, "441900198703214418"), (BC, "6283 6282 7405 0734")], [U]),
    ("notice", "debtor", "结清证明\n兹证明持卡人罗春梅（证件号码3601**********7247）名下尾号0934的信用卡欠款已于2024年11月20日结清，该账户目前无未偿款项。\n鹭洲银行信用卡部（盖章）2024年11月21日",
     [(P, "罗春梅")], []),
    ("notice", "debtor", "上门拜访预约确认函\n田永强先生：根据您11月26日来电的约定，我司工作人员将于12月2日14:00至石家庄市长安区建设北大街77号4-2-301与您面谈还款方案。如需改期，请致电0311-86051277。\n恒泽信息服务有限公司",
     [(P, "田永强"), (A, "石家庄市长安区建设北大街77号4-2-301"), (LL, "0311-86051277")], []),
    ("notice", "debtor", "关于您延期还款申请的答复\n彭丽娟女士：您来函所述的身体状况及治疗安排我行已知悉。经审核，同意您的信用卡欠款自2024年12月起暂停催收三个月，期间不计违约金。如有疑问请致电400-632-9955。\n鹭洲银行信用卡部",
     [(P, "彭丽娟")], []),
    ("notice", "debtor", "逾期欠款告知函\n陈国梁先生（身份证号：330106600220623）：您于2003年在我行申领的信用卡账户尚有欠款本金9,860元，根据合同约定特此告知，请于30日内联系我行。\n瀚海银行信用卡中心",
     [(P, "陈国梁"), (ID, "330106600220623")], [U]),
    ("notice", "debtor", "催款函\n邓海波先生：您的信用卡欠款23,870元已逾期。经我方调查，您目前在广州市天河区体育西路191号B座一家外贸公司任职，月薪约一万五，您配偶萧婉婷在天河区一家银行工作。请勿心存侥幸。\n穗诚商务信息咨询有限公司",
     [(P, "邓海波"), (A, "广州市天河区体育西路191号B座"), (P, "萧婉婷")], [S, X]),
    ("notice", "debtor", "債務提示函\n孔令傑先生：閣下於本行之信用卡（尾號5052）已逾期75日，欠款合計港幣折合人民幣18,226元。如閣下對欠款金額有異議，可於收函後十四日內以書面方式提出。\n瀚海銀行信用卡中心",
     [(P, "孔令傑")], []),
]

# --- e-mails between the card centres and the agencies ------------------------------------------------------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：wb-assign@hanhaibank.com.cn\n收件人：ops@xinheng-consult.cn\n主题：11月第二批委外案件\n附件共142户，请查收。"
     "其中重点户：陈立伟，身份证410105196801058343，卡号6226 9055 1273 6484，欠款56,000元；何俊杰，身份证620102198308060799，卡号6226 9030 9769 2941。",
     [(EM, "wb-assign@hanhaibank.com.cn"), (EM, "ops@xinheng-consult.cn"), (P, "陈立伟"), (ID, "410105196801058343"),
      (BC, "6226 9055 1273 6484"), (P, "何俊杰"), (ID, "620102198308060799"), (BC, "6226 9030 9769 2941")], [U]),
    ("email", "unknown", "各合作机构：自12月1日起，委外案件清单中的证件号、卡号一律以掩码形式下发（前6后4），外访需核实身份的，请通过案件系统申请单户解密，解密记录留存备查。瀚海银行信用卡中心资产保全部",
     [], []),
    ("email", "unknown", "周经理：曹志远这户补充一下情况，客户上月在省肿瘤医院住院，化疗中，诊断为肺癌晚期，家里还有一个读初中的孩子在育才中学，建议作为重点户加大催收力度。",
     [(P, "曹志远")], [S]),
    ("email", "unknown", "发件人：qa@suicheng-biz.com\n主题：回复：案件号2411-HH-0387退案\n该户经多次联系，确认持卡人已于今年8月去世，家属提供了死亡证明，申请退回委托方处理。",
     [(EM, "qa@suicheng-biz.com")], []),
    ("email", "unknown", "恒泽各组长：田永强一户，其妻潘丽芳手机15534271825，其岳父潘国富在石家庄市桥西区中华南大街105号开五金店，明天安排人员去店里坐一坐。",
     [(P, "田永强"), (P, "潘丽芳"), (MB, "15534271825"), (P, "潘国富"), (A, "石家庄市桥西区中华南大街105号")], [U, X]),
    ("email", "unknown", "信衡各位：郑雅琴（卡尾号5146）本人来电投诉，称我司员工联系其丈夫何俊杰时透露了欠款金额。请各组今日内自查录音，此类行为一经查实按违规处理。",
     [(P, "郑雅琴"), (P, "何俊杰")], []),
    ("email", "unknown", "张组长：汪国庆的出入境记录调到了，护照EA4827361，今年出境7次，全是澳门，回来就刷卡，另外他名下还有一套房，估值三百多万，材料附后。",
     [(P, "汪国庆"), (PP, "EA4827361")], [S, U]),
    ("email", "unknown", "发件人：legal@chengming-law.cn\n主题：梁家豪案起诉材料清单\n已收到贵行提交的合同、账单及催收记录，诉状拟于下周提交澜溪市澜北区人民法院。联系人：宋雨桐 0571-87263340",
     [(EM, "legal@chengming-law.cn"), (P, "梁家豪"), (P, "宋雨桐"), (LL, "0571-87263340")], []),
    ("email", "unknown", "各外包机构：近期发现有机构在联系附属卡持卡人时透露主卡欠款，附属卡持卡人属于第三方，除核实主卡人联系方式外，不得告知主卡账户信息。违者暂停派案。",
     [], []),
    ("email", "unknown", "锦律资产：补充姚红霞一户信息。手机19969113544；丈夫杜建平，在澜溪车管所工作，手机13521934435；儿子杜子轩，锦苑实验小学三年级，每天下午四点放学。",
     [(P, "姚红霞"), (MB, "19969113544"), (P, "杜建平"), (MB, "13521934435"), (P, "杜子轩")], [S, U, X]),
]

# --- visit reports ---------------------------------------------------------------------------------------------------

VISIT_REPORTS: list[PiplEntry] = [
    ("app", "unknown", "外访记录｜案件2411-HH-0392｜外访地址：澜溪市北山区梧桐路66号3幢502室｜结果：本人在家，承认欠款，承诺12月10日前还款5,000元，已签还款承诺书。",
     [(A, "澜溪市北山区梧桐路66号3幢502室")], []),
    ("email", "unknown", "外访报告：持卡人宋建军不在，其妻唐慧在家，告知其丈夫欠款三万一。邻居称宋每周三、周六晚在小区对面的棋牌室打牌到深夜，女儿每天早七点由爷爷宋德明送至澜溪外国语学校。",
     [(P, "宋建军"), (P, "唐慧"), (P, "宋德明")], [S, X]),
    ("app", "unknown", "外访小结：按约定于12月2日14:00至客户住所面谈，客户出示了失业证明，双方商定先还2,000元，余款申请分期。全程录音，编号WF-1202-07。",
     [], []),
    ("email", "unknown", "外访回执\n外访员：孟涛 18679644280\n被访人：潘翠兰，身份证510107198611262349，住成都市青羊区光华村街24号6栋2单元402\n"
     "情况：客户称在华西医院做透析，每周三次，无收入，建议转入困难户。",
     [(P, "孟涛"), (MB, "18679644280"), (P, "潘翠兰"), (ID, "510107198611262349"), (A, "成都市青羊区光华村街24号6栋2单元402")], [U]),
    ("app", "unknown", "外访：单位地址澜溪市文昌路27号国贸大厦1608，前台称彭丽娟今日不在，未见本人，留下信封（密封）请其转交，未透露来意。",
     [(A, "澜溪市文昌路27号国贸大厦1608"), (P, "彭丽娟")], []),
    ("email", "unknown", "上门情况：谢秀英家住长沙市岳麓区枫林三路208号7栋，老公罗志勇在湘江物流开货车（车牌湘A·3K792），儿子罗浩在岳麓一中读高一，谢本人在家带老人，婆婆中风瘫痪在床。",
     [(P, "谢秀英"), (A, "长沙市岳麓区枫林三路208号7栋"), (P, "罗志勇"), (PL, "湘A·3K792"), (P, "罗浩")], [S, X]),
    ("email", "unknown", "外访报告（简）：客户黄国栋在澜溪市南湖区湖滨路9号开一家汽修店，车辆浙F·7D215停在店门口，客户当面表示本月底前还清最低还款。",
     [(P, "黄国栋"), (A, "澜溪市南湖区湖滨路9号"), (PL, "浙F·7D215")], []),
    ("app", "unknown", "外访照片已上传：1.客户住所楼下；2.客户车辆（粤B·6G8Q1）；3.客户每天早上送孩子去的桃园小学校门；4.客户老婆上班的美容院门口。",
     [(PL, "粤B·6G8Q1")], [S]),
]

# --- quality-check sheets ------------------------------------------------------------------------------------------------

QA_SHEETS: list[PiplEntry] = [
    ("email", "unknown", "质检单QC-1129-015｜坐席：李娜（工号3217）｜问题：在未核实身份前向接听人（客户母亲）透露欠款金额及发卡行｜扣分：20｜处理：停岗培训三天。",
     [(P, "李娜")], []),
    ("app", "unknown", "质检记录：坐席在通话中完整播报客户卡号6283 6297 2309 1634及身份证号，违反“卡号证件号仅可核对后四位”规定，扣10分。",
     [(BC, "6283 6297 2309 1634")], [U]),
    ("email", "unknown", "质检抽检：客户在通话中自述“刚做完心脏支架手术”，坐席及时表示理解并登记延期，处理得当，加5分。",
     [], []),
    ("app", "unknown", "质检单｜案件号DY24100221｜客户：姚红霞，手机19969113544｜违规点：坐席以客户敏感个人信息施压，扣15分。",
     [(P, "姚红霞"), (MB, "19969113544")], [U]),
    ("app", "unknown", "质检：坐席王倩对客户说“你信佛还欠钱不还”，属于使用客户宗教信息施压，扣20分；客户当时正在普济禅寺做义工。",
     [(P, "王倩")], [S]),
    ("email", "unknown", "质检复核意见：坐席核对身份时请客户报身份证后四位，客户主动报出全号，坐席当即提醒“只需后四位”，不扣分。",
     [], []),
    ("app", "unknown", "质检单QC-1202-003：坐席向客户同事透露“他信用卡欠了四万”，客户同事杨帆手机18172602736，扣30分，案件转回银行。",
     [(P, "杨帆"), (MB, "18172602736")], [U, X]),
    ("email", "unknown", "质检抽检表（第48周）：1.开场白规范；2.身份核实仅用后四位；3.不提及客户健康、宗教、行踪；4.不向附属卡持卡人透露主卡欠款。本周合格率96.2%。",
     [], []),
]

# --- complaint tickets and the replies to them -----------------------------------------------------------------------------

TICKETS: list[PiplEntry] = [
    ("app", "unknown", "投诉工单TS20241121-0088｜投诉人：郑雅琴｜联系电话13550604390｜内容：催收员联系其丈夫时透露欠款金额，要求道歉并停止骚扰。",
     [(P, "郑雅琴"), (MB, "13550604390")], [U]),
    ("sms", "debtor", "【瀚海银行】郑女士，您反映的问题我行已核实，涉事外包机构已被暂停派案，对给您造成的困扰深表歉意。工单号TS20241121-0088。",
     [], []),
    ("email", "unknown", "工单流转：客户萧婉婷投诉称催收人员在电话中打探其个人隐私，并引用其消费记录施压。请外包机构三日内提供录音及情况说明。",
     [(P, "萧婉婷")], []),
    ("app", "unknown", "投诉处理记录｜客户：孔令杰｜诉求：催收员在电话中提及其敏感消费信息，要求删除｜处理：已要求外包机构删除相关备注，向客户致歉。",
     [(P, "孔令杰")], []),
    ("email", "debtor", "孔先生：您好！关于您投诉的催收人员提及您个人信仰相关信息一事，经核查属实，我行已对该外包机构予以通报并扣减考核分，相关备注已删除。感谢您的监督。",
     [], []),
    ("app", "unknown", "投诉工单｜客户：杜宇航，护照E63728159，回乡证H10293847｜投诉催收员短信中出现其护照号码及出入境信息｜待核查。",
     [(P, "杜宇航"), (PP, "E63728159"), (PP, "H10293847")], [U]),
    ("email", "unknown", "监管转办件回复：投诉人称我行外包机构将其欠款告知其工作单位。经查，外包机构曾向投诉人单位发送邮件，已责令整改并向投诉人致歉。投诉人个人信息已在本回复中省略。",
     [], []),
    ("app", "unknown", "工单备注：客户韩磊来电投诉催收员骚扰其母亲，要求赔偿。客户身份证220104198501206954，卡号6221 5522 1601 6972，已转外包管理岗。",
     [(P, "韩磊"), (ID, "220104198501206954"), (BC, "6221 5522 1601 6972")], [U]),
]

# --- court papers: filed with a court, and the same identifiers sent elsewhere --------------------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：瀚海银行股份有限公司信用卡中心，住所地澜溪市澜北区滨江大道1288号。\n被告：梁家豪，男，1975年1月28日出生，汉族，住深圳市南山区桃园路118号，"
     "公民身份号码440305197501289722。\n诉讼请求：1.判令被告偿还信用卡透支本金41,820元及利息、违约金；2.本案诉讼费由被告承担。\n此致\n澜溪市澜北区人民法院",
     [(A, "澜溪市澜北区滨江大道1288号"), (P, "梁家豪"), (A, "深圳市南山区桃园路118号"), (ID, "440305197501289722")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：瀚海银行股份有限公司信用卡中心\n被申请人：陈立伟，公民身份号码410105196801058343，住澜溪市北山区梧桐路66号3幢502室。\n"
     "请求事项：冻结被申请人名下银行存款56,000元或查封、扣押其同等价值的其他财产。被申请人名下借记卡：6212 2654 4109 0400 046。\n此致\n澜溪市澜北区人民法院",
     [(P, "陈立伟"), (ID, "410105196801058343"), (A, "澜溪市北山区梧桐路66号3幢502室"), (BC, "6212 2654 4109 0400 046")], []),
    ("notice", "unknown", "支付令申请书\n申请人：东岳银行股份有限公司信用卡中心\n被申请人：陈国梁，男，1960年2月22日生，身份证号330106600220623\n"
     "请求：督促被申请人给付信用卡欠款本金9,860元及利息。事实与理由：被申请人于2003年申领我行信用卡，透支后未按约还款，经多次催告仍未清偿。\n此致\n澜溪市澜北区人民法院",
     [(P, "陈国梁"), (ID, "330106600220623")], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：梁家豪\n送达地址：深圳市南山区桃园路118号\n手机：13879093129\n是否同意电子送达：是\n受送达人签名：梁家豪\n"
     "（本确认书由原告代理人澄明律师事务所随起诉材料一并提交）",
     [(P, "梁家豪"), (A, "深圳市南山区桃园路118号"), (MB, "13879093129"), (P, "梁家豪")], []),
    ("notice", "unknown", "证据目录\n证据一：信用卡领用合约及申请表（被告签名），证明双方存在信用卡合同关系；证据二：2023年5月至2024年10月账单，证明透支及欠款金额；"
     "证据三：催收记录及律师函，证明原告已催告。以上证据均为复印件，原件当庭核对。",
     [], []),
    ("sms", "debtor", "【澄明律所】梁家豪（身份证440305197501289722），受瀚海银行委托，我所已向澜溪市澜北区人民法院提交起诉材料，请留意法院送达文书。",
     [(P, "梁家豪"), (ID, "440305197501289722")], [U]),
    ("notice", "third_party", "东阳建设集团人力资源部：现将我行诉贵司员工汪国庆（公民身份号码210102197407218335）信用卡纠纷一案的起诉状副本寄送贵司，供贵司了解该员工涉诉情况。",
     [(P, "汪国庆"), (ID, "210102197407218335")], [D, U]),
    ("notice", "debtor", "诉讼告知书\n梁先生：您名下尾号4996的信用卡欠款一案，瀚海银行已委托我所向法院起诉，案件受理后法院将依法向您送达。如您希望和解，可在开庭前与委托方协商。\n浙江澄明律师事务所 宋雨桐律师 0571-87263340",
     [(P, "宋雨桐"), (LL, "0571-87263340")], []),
    ("notice", "unknown", "民事起诉状（被告信息部分）\n被告一：宋建军，男，1979年4月12日生，住澜溪市梧桐路88号5幢1101，公民身份号码370212197904121115。\n"
     "被告二：唐慧（系被告一配偶，附属卡持卡人），女，住址同上。\n原告请求判令被告一偿还信用卡欠款，被告二在附属卡透支范围内承担连带责任。",
     [(P, "宋建军"), (A, "澜溪市梧桐路88号5幢1101"), (ID, "370212197904121115"), (P, "唐慧")], []),
    ("app", "debtor", "宋先生您好，法院已受理瀚海银行诉您信用卡纠纷一案，案号（2024）浙0381民初7723号。您本人及您爱人唐慧的身份证370212197904121115、370212198102156628我们都附在材料里了，您看还是和解吧。",
     [(P, "唐慧"), (ID, "370212197904121115"), (ID, "370212198102156628")], [U, X]),
]

# --- identifiers written and spoken every way --------------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("app", "debtor", "持卡人身份信息核对：姓名 范雪梅，证件号 ４１０１０５１９６７０７０５５２０Ｘ，如信息有误请于3日内联系客服更正。",
     [(P, "范雪梅"), (ID, "４１０１０５１９６７０７０５５２０Ｘ")], [U]),
    ("email", "debtor", "潘翠兰女士：您提交的延期申请表中身份证号填写为450103-19770228-714X，与开卡登记信息不符，请重新核对后回复本邮件。",
     [(P, "潘翠兰"), (ID, "450103-19770228-714X")], [U]),
    ("call", "debtor", "坐席：我跟您核对一下啊 身份证号 四五零幺零三 幺九七七 零四零二 九四六叉 对不对\n客户：对 是我的\n坐席：好 那您这个卡 欠款是 九千二",
     [(ID, "四五零幺零三 幺九七七 零四零二 九四六叉")], [U]),
    ("sms", "debtor", "【恒泽信息】你的东岳卡5520-4507-5963-5466已逾期,最低还款2,360元,今天下午五点前必须到账。",
     [(BC, "5520-4507-5963-5466")], [U]),
    ("app", "debtor", "还款账户：6226.9099.1973.1304（您本人信用卡）。请使用本人储蓄卡转账，转账备注填写姓名。",
     [(BC, "6226.9099.1973.1304")], [U]),
    ("sms", "debtor", "【穗诚商务】已收到你嘅还款承诺，回访电话将打至你登记嘅手机+86 137 7678 1937，请留意接听。",
     [(MB, "137 7678 1937")], [U]),
    ("email", "debtor", "Dear Mr. Du，您在海外使用的联系方式0086-15717499849已登记为还款提醒号码。您的瀚海信用卡欠款31,560元，请通过境外汇款或委托境内亲友代还。",
     [(MB, "15717499849")], [U]),
    ("sms", "debtor", "【信衡咨询】陈先生，您太太郑雅琴152-1924-1370说您这周出差，我们就先跟您确认一下还款日期。",
     [(P, "郑雅琴"), (MB, "152-1924-1370")], [U, X]),
    ("app", "debtor", "您登记的手机号１８３３４４２３４４９多次无法接通，请更新联系方式，以免错过重要账户通知。",
     [(MB, "１８３３４４２３４４９")], [U]),
    ("email", "unknown", "出境记录查询结果：持卡人汪国庆，护照号 E A 4 8 2 7 3 6 1，2024年出境7次，目的地均为澳门，请核实其是否有境外资产。",
     [(P, "汪国庆"), (PP, "E A 4 8 2 7 3 6 1")], [S, U]),
    ("call", "debtor", "坐席：您那个旧护照是 G幺四三七二零九八 吧 我们这边登记的是这个 您现在换新的了没\n客户：早换了\n坐席：那您把新的报一下",
     [(PP, "G幺四三七二零九八")], [U]),
    ("call", "debtor", "坐席：袁先生 您港澳通行证 C六八二零幺九三七 上个月二十号过的关 对吧 回来以后卡就一直没还\n客户：我去出差的",
     [(PP, "C六八二零幺九三七")], [S, U]),
    ("notice", "debtor", "澳門居民孔令傑先生：閣下回鄉證號碼M20483715所綁定之內地信用卡已逾期，請盡快處理。查詢：400-820-6618。",
     [(P, "孔令傑"), (PP, "M20483715")], [U]),
    ("call", "debtor", "坐席：老身份证号 四四零三零五八二一二一六六四三 是您的吧 这张卡是零几年办的 一直没销户 欠了九千多\n客户：那么早的卡了",
     [(ID, "四四零三零五八二一二一六六四三")], [U]),
    ("call", "debtor", "坐席：您的还款卡号 六两幺四 八三八四 幺七六八 两四四五 九八幺 今天扣款失败了 余额不足\n客户：我晚上存进去",
     [(BC, "六两幺四 八三八四 幺七六八 两四四五 九八幺")], [U]),
    ("app", "debtor", "您的借记卡6236681904571823452余额不足，信用卡自动还款失败，请及时存入款项。",
     [(BC, "6236681904571823452")], [U]),
    ("email", "debtor", "董佳怡女士：为办理您的停息挂账，请确认您的身份证号23010320011103 1103及还款卡号6228 4923 9444 2810，确认后回复“是”。",
     [(P, "董佳怡"), (ID, "23010320011103 1103"), (BC, "6228 4923 9444 2810")], [U]),
    ("call", "debtor", "坐席：您留的另一个号码 幺五二洞九五五五二幺洞 是您爱人的吧 我们这边也打不通\n客户：那是我老婆的 你别打她",
     [(MB, "幺五二洞九五五五二幺洞")], [U, X]),
    ("sms", "debtor", "【恒泽信息】持卡人身份证１２０１０１１９９６０２１３０４１Ｘ名下东岳信用卡已逾期60天，请尽快还款。",
     [(ID, "１２０１０１１９９６０２１３０４１Ｘ")], [U]),
    ("notice", "debtor", "还款指引\n对公还款账户由我行提供，请勿向任何个人账户转账。咨询电话（0571）86120455转806，工作日9:00-17:30。\n信衡企业管理咨询有限公司 受瀚海银行信用卡中心委托",
     [(LL, "（0571）86120455")], []),
    ("email", "debtor", "客户您好：如需人工协助，请拨打0755-83265510-8021找刘专员，或发邮件至service@suicheng-biz.com，请勿在邮件中填写完整卡号及证件号。",
     [(LL, "0755-83265510"), (EM, "service@suicheng-biz.com")], []),
]

# --- decoys: numbers of the same shapes that fail the checks --------------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("email", "debtor", "您好，您2024年11月的电子账单编号为330106199003071235，请凭此编号在手机银行“账单查询”中下载PDF版本。",
     [], []),
    ("sms", "debtor", "【瀚海银行】您尾号2941的卡片于11月28日还款1,000元已入账，交易参考号6222021234567890123。",
     [], []),
    ("app", "debtor", "您的分期合约号6225880012345678已生效，共12期，可在“我的分期”中查看每期明细。",
     [], []),
    ("sms", "debtor", "【东岳银行】您的卡片在商户编号898330154110023的商户消费被拒，原因：账户已冻结。如有疑问请致电400-632-9955。",
     [], []),
    ("call", "debtor", "坐席：您的投诉我这边已经记录了，工单号是 10086237451，三个工作日内会有专人回复您。\n客户：好，我记一下。\n坐席：不客气，祝您生活愉快。",
     [], []),
    ("app", "debtor", "您于11月20日发起的还款转账失败，系统校验提示卡号“6226 9030 9769 2940”不存在，请核对您卡片背面的号码后重新输入。",
     [], []),
    ("email", "unknown", "案件移交清单（节选）：案件号33010619900307123X，委托金额43,215.08元，委托期限90天；案件号DY24100221，委托金额7,420.15元。",
     [], []),
    ("call", "debtor", "坐席：您的协商编号是 幺二零八 三三四五 六六七七 八九九一 您记一下 以后打电话报这个号就行\n客户：好的好的",
     [], []),
    ("sms", "debtor", "【鹭洲银行】您的借据号6214830020241128005对应的分期已全部结清，感谢您的信任。",
     [], []),
    ("app", "debtor", "还款回单｜流水号：２０２４１１２８０９３１５５７７８｜金额：３，２１８．６０元｜状态：成功",
     [], []),
    ("email", "unknown", "系统比对提示：导入文件第57行身份证号440305197501289723校验位错误，疑似录入失误，已退回原始数据方核对，不予派案。",
     [], []),
    ("sms", "debtor", "【瀚海银行】您申请的减免已审批，审批编号20241128000315577，减免违约金1,395.08元，请于12月15日前还清剩余本金。",
     [], []),
    ("app", "debtor", "您正在为账户6258091100203349（虚拟还款账号，仅限本次还款使用）充值，请在30分钟内完成转账。",
     [], []),
    ("call", "debtor", "机器人：您的录音编号为 一二一五八八二七三六四，如需查询本次通话，请报此编号。\n客户：（按键1）",
     [], []),
    ("email", "unknown", "质检抽样：坐席核对身份时读出的证件号为“四三零一零四 一九八九 零四零九 八六九五”，系统记录与此不符，经复听系坐席口误，已提醒。",
     [], []),
    ("app", "debtor", "温馨提示：您的信用卡尾号二九四幺，本期最低还款三百二十二元，还款日为二十五号。",
     [], []),
    ("sms", "debtor", "【瀚海银行】还款已入账。",
     [], []),
    ("notice", "debtor", "民事判决书已生效，案号（2024）浙0381民初7723号。请被告于判决生效之日起十日内履行付款义务，逾期未履行的，原告可依法申请强制执行。",
     [], []),
    ("app", "debtor", "证件信息已脱敏显示：4403**********9722；卡号：6221 55** **** 4996；手机：138****3129。如需修改请前往网点。",
     [], []),
]

# --- the debt told in few words, or by implication ----------------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "嫂子，建军那边银行的钱还差三万一，您有空催催他。",
     [(P, "建军")], [D]),
    ("app", "third_party", "你们部门小何的卡又逾期了，方便的话跟他说一声。",
     [], [D]),
    ("call", "third_party", "坐席：阿姨，您儿子那个信用卡的事，您知道吧？\n第三方：啥事？\n坐席：就是上个月跟您说的那个，还没弄完。",
     [], [D]),
    ("sms", "third_party", "叔叔您好，家豪那张卡的钱再不还，银行就要起诉了。",
     [(P, "家豪")], [D]),
    ("call", "third_party", "坐席：你们公司彭丽娟，卡那件事，你们领导知道吧？麻烦提醒她一下。\n第三方：什么卡？\n坐席：她自己清楚。",
     [(P, "彭丽娟")], [D]),
    ("app", "third_party", "老同学，韩磊欠瀚海那笔还没动静，你们平时有联系的话帮忙提一嘴。",
     [(P, "韩磊")], [D]),
    ("sms", "third_party", "房东您好，您的租客宋建军欠东岳银行的钱一直没还，人也找不着，见到他请让他联系银行。",
     [(P, "宋建军")], [D]),
    ("call", "third_party", "坐席：你爸的主卡欠着费呢，你的副卡才刷不了的。\n第三方：哦……",
     [], [D]),
    ("call", "third_party", "坐席：陈生 你个租客邓海波 张信用卡拖咗银行好耐 佢返嚟你同佢讲声啦\n第三方：我唔理㗎",
     [(P, "邓海波")], [D]),
    ("sms", "third_party", "【瀚海银行】您的朋友何俊杰的账户需要他本人尽快处理，请转告其回电400-820-6618。",
     [(P, "何俊杰")], [D]),
    ("app", "third_party", "你弟的信用卡还是没动静，银行那边一直等着呢。",
     [], [D]),
    ("call", "third_party", "坐席：叔叔 你女婿袁超那个卡哦 欠起一万多没还 你帮到喊一哈嘛\n第三方：他们两口子的事我不管",
     [(P, "袁超")], [D]),
    ("email", "third_party", "您好，贵司员工姚红霞的信用卡逾期一事，望贵司予以关注并转告本人。",
     [(P, "姚红霞")], [D]),
    ("sms", "third_party", "您好，麻烦转告贵公司田永强，东岳银行委托的那件事今天是最后期限。",
     [(P, "田永强")], [D]),
    ("app", "third_party", "跟你老公说一声，分期那事银行没批，这个月得全额还。",
     [], [D]),
    ("app", "third_party", "卡的事，跟他说下。",
     [], [D]),
    ("sms", "third_party", "老陈的卡还欠着，催下他。",
     [], [D]),
    ("call", "third_party", "坐席：大娘 恁孩儿韩磊那卡 欠银行四万多 恁给他说说中不中\n第三方：俺也管不了他",
     [(P, "韩磊")], [D]),
]

# --- what the transactions and accounts reveal -----------------------------------------------------------------------------

SENSITIVE_MORE: list[PiplEntry] = [
    ("sms", "debtor", "【信衡咨询】你每周二、周四下午都在澜溪康复医院理疗科刷卡，身体不好更该把账清了。",
     [], [S]),
    ("app", "debtor", "您的卡近一个月在“安心戒断门诊”有多笔消费，请您正视还款义务，勿拖延。",
     [], [S]),
    ("sms", "debtor", "【恒泽信息】你上周在澜溪男科医院花了六千，有钱治病没钱还卡？",
     [], [S]),
    ("call", "debtor", "坐席：你每个月初一十五都去清凉禅寺烧香 一次刷好几百 菩萨能帮你还卡吗\n客户：你嘴巴放干净点",
     [], [S]),
    ("app", "debtor", "你女儿宋佳琪每天放学在外国语学校东门那家培训班上课到七点，学费都是刷你这张卡吧？",
     [(P, "宋佳琪")], [S, X]),
    ("sms", "debtor", "【穗诚】你公积金账户余额八万三，每月缴存两千四，你讲冇钱还卡？",
     [], [S]),
    ("call", "debtor", "坐席：您的医保卡上个月在精神卫生中心刷了三次 我们也不是不理解 但是卡还是要还的\n客户：你们怎么连这个都知道",
     [], [S]),
    ("email", "debtor", "谢女士：经查，您2024年9月至11月每月均在“澜溪市妇幼保健院生殖中心”有消费，合计3.2万元，请优先归还信用卡欠款。",
     [], [S]),
    ("app", "debtor", "您在我行的理财账户尚有持仓52,000元，建议赎回用于归还信用卡欠款，赎回操作可在APP内完成。",
     [], [S]),
    ("sms", "debtor", "【恒泽信息】你每天早上七点四十从建设北大街那个小区出门，坐18路到单位，你在哪我们很清楚。",
     [], [S]),
    ("notice", "debtor", "欠款情况说明\n经我司调查，您近期每周六前往澜溪市强制隔离戒毒所探视家属，家庭开支较大，但这不能成为拖欠信用卡的理由。请于月底前还款。",
     [], [S]),
    ("call", "debtor", "坐席：你生孩子那几天 我们看到卡上刷了产科的费用 现在孩子满月了吧 该还了\n客户：……",
     [], [S]),
    ("app", "debtor", "你这张卡每个月2号都往“圣恩堂”转1,000元奉献，教会比银行还重要？",
     [], [S]),
    ("sms", "debtor", "【锦律资产】你信用报告上还有4笔网贷逾期、1笔车贷，征信早就花了，不还东岳的只会更糟。",
     [], [S]),
    ("app", "debtor", "你这两天住在成都锦江宾馆512房，前台我们已经问过了。",
     [], [S]),
    ("call", "debtor", "坐席：您孩子在澜溪特殊教育学校读书 每个月的费用都是您卡上刷的 我们也理解 但是欠款这块\n客户：孩子的事你们别提",
     [], [S]),
    ("email", "debtor", "汪先生：根据出入境记录，您于11月8日经拱北口岸出境，11月10日返回，期间卡片在境外消费12笔，合计39,600元。",
     [], [S]),
    ("app", "debtor", "您在市传染病医院感染科每三个月复诊一次，药费也是这张卡付的，为了您的治疗不中断，请尽快还款恢复用卡。",
     [], [S]),
]

# --- names, addresses, employers and family beyond what the message needs ----------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【信衡咨询】何俊杰，你岳父郑国平、岳母林秀珍住澜溪市西塘路15号，过年你还想回去吗？",
     [(P, "何俊杰"), (P, "郑国平"), (P, "林秀珍"), (A, "澜溪市西塘路15号")], [X]),
    ("app", "debtor", "陈立伟：你哥陈立军在华晟机电三车间，你姐陈立红在南湖区开服装店，你的事他们迟早都会知道。",
     [(P, "陈立伟"), (P, "陈立军"), (P, "陈立红")], [X]),
    ("sms", "debtor", "【恒泽信息】田永强，你单位是石家庄恒通物流有限公司，在桥西区新石北路366号，你主管叫刘建新，还要我们往下说吗？",
     [(P, "田永强"), (A, "桥西区新石北路366号"), (P, "刘建新")], [X]),
    ("email", "debtor", "汪国庆先生：经查，您现任职东阳建设集团项目部，住澜溪市滨江花园9幢2601，子女汪子涵、汪子墨分别在读大学和高中。望您珍惜家庭，尽快还款。",
     [(P, "汪国庆"), (A, "澜溪市滨江花园9幢2601"), (P, "汪子涵"), (P, "汪子墨")], [X]),
    ("call", "debtor", "坐席：你前妻董丽 电话幺三幺八五三零四九三九 我们也联系过了 她说你们离婚的时候这个卡归你\n客户：你们找她干嘛",
     [(P, "董丽"), (MB, "幺三幺八五三零四九三九")], [U, X]),
    ("notice", "debtor", "催告函\n姚红霞女士（工作单位：锦江酒店客房部；丈夫：杜建平，澜溪车管所）：您的东岳银行信用卡欠款21,406元已逾期120天，请于本函送达后七日内还款。",
     [(P, "姚红霞"), (P, "杜建平")], [X]),
    ("app", "debtor", "曹志远，你儿子曹一鸣在育才中学初二（3）班，你老婆在省肿瘤医院当护士，你一家人的情况我们都了解。",
     [(P, "曹志远"), (P, "曹一鸣")], [S, X]),
    ("email", "unknown", "补充联系人信息（何俊杰户）：父亲何德胜，手机15954232056，住澜溪市北塘镇何家村三组27号；妹妹何俊霞，在澜溪一中当老师。",
     [(P, "何俊杰"), (P, "何德胜"), (MB, "15954232056"), (A, "澜溪市北塘镇何家村三组27号"), (P, "何俊霞")], [U, X]),
    ("sms", "debtor", "【穗诚商务】梁家豪，你女朋友苏晴喺天河城上班，你再唔还钱，我哋只好揾佢倾下。",
     [(P, "梁家豪"), (P, "苏晴")], [X]),
    ("app", "debtor", "许丽萍，你老公林振华的卡也在我们这儿，两口子都欠，住澜溪市东湖路58号1栋802的就是你们吧？",
     [(P, "许丽萍"), (P, "林振华"), (A, "澜溪市东湖路58号1栋802")], [X]),
    ("call", "debtor", "坐席：罗春梅 你在鹭洲百货三楼化妆品专柜上班 住在南昌市青山湖区湖滨东路88号 你儿子叫罗子俊 我没说错吧\n客户：你想怎样",
     [(P, "罗春梅"), (A, "南昌市青山湖区湖滨东路88号"), (P, "罗子俊")], [X]),
    ("sms", "debtor", "【恒泽信息】田永强，你同事王立群、赵海洋的微信我们都加了，电话分别是18949349997、17741782393。",
     [(P, "田永强"), (P, "王立群"), (P, "赵海洋"), (MB, "18949349997"), (MB, "17741782393")], [U, X]),
    ("email", "debtor", "宋建军先生：附件为您的家庭成员信息核对表（配偶唐慧、女儿宋佳琪、父亲宋德明、母亲吴桂兰），请于三日内确认联系方式是否准确，以便我行后续联系。",
     [(P, "宋建军"), (P, "唐慧"), (P, "宋佳琪"), (P, "宋德明"), (P, "吴桂兰")], [X]),
    ("call", "debtor", "坐席：潘女士 你住光华村街24号6栋对吧 你前夫周斌在双流机场上班 他电话是17600024276 要不要我们找他商量一下\n客户：我们早离了",
     [(P, "周斌"), (MB, "17600024276")], [U, X]),
    ("notice", "debtor", "致黄国栋先生（澜溪市南湖区湖滨路9号国栋汽修）：您的信用卡欠款10,800元尚未归还。您妻子吴晓燕、您弟弟黄国梁也曾为您担保其他借款，望您以家人为念，尽快还款。",
     [(P, "黄国栋"), (A, "澜溪市南湖区湖滨路9号"), (P, "吴晓燕"), (P, "黄国梁")], [X]),
    ("app", "debtor", "孔令杰，你在澜溪大学附属医院放射科上班，你爱人在二中教书，你们那栋楼是教师公寓7幢，我们都去过了。",
     [(P, "孔令杰")], [X]),
]

# --- more calls: supplementary cardholders, neighbours, colleagues, relatives and debtors -----------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：嬢嬢 你那张附属卡是挂在你女儿彭丽娟主卡下面的哈 她欠起两万多了 你晓得不\n第三方：她没跟我说过\n坐席：那你帮到劝一哈嘛",
     [(P, "彭丽娟")], [D]),
    ("call", "third_party", "坐席：您好，我是东岳银行委托的锦律资产，您隔壁的潘翠兰欠我们信用卡一万多，您这两天见过她没有？\n第三方：没注意。",
     [(P, "潘翠兰")], [D]),
    ("call", "debtor", "坐席：您爱人的身份证是 六二零幺零二 幺九九幺 零幺二零 四六零六 吧 她也是您这张卡的共同还款人\n客户：她不是 你别乱说",
     [(ID, "六二零幺零二 幺九九幺 零幺二零 四六零六")], [U, X]),
    ("call", "third_party", "坐席：你是邓海波同事吧？他欠瀚海银行两万三，电话也不接，他现在住哪你知道吗？\n第三方：我不太清楚，你问别人吧。",
     [(P, "邓海波")], [D]),
    ("call", "debtor", "坐席：曹先生 你每周一周四上午在肿瘤医院化疗 下午是有空的吧 那下午来网点办个分期\n客户：你们连我化疗时间都知道？",
     [], [S]),
    ("call", "debtor", "坐席：呃 林先生 你上个月 二号到五号 在厦门鼓浪屿那个 海景民宿 连住四晚 刷了三千六 嗯 出去玩有钱 还卡没钱\n客户：那是公司团建",
     [], [S]),
    ("call", "third_party", "坐席：董先生，您前妻董佳怡在我行的信用卡欠款八千多，她现在住在哈尔滨南岗区学府路114号，您要是能联系上就让她回个电话。\n第三方：我们没联系了。",
     [(P, "董佳怡"), (A, "哈尔滨南岗区学府路114号")], [D, X]),
    ("call", "third_party", "坐席：你是许丽萍的儿子吧，你妈上个月在妇产医院住了一个礼拜，卡上欠了两万多，现在也不接电话，你让她赶紧回个话。\n第三方：我妈住院关你们什么事？",
     [(P, "许丽萍")], [D, S]),
    ("call", "debtor", "坐席：您工资卡是我们行的 这个月十号到账一万二 今天余额只剩三百 钱去哪了\n客户：还房贷了\n坐席：那信用卡也是贷款啊",
     [], [S]),
    ("call", "third_party", "坐席：您好，我想问一下，你们公司彭丽娟请的是什么病假？她的信用卡也逾期了，我们联系不上她。\n第三方：员工的病情我们不方便说。",
     [(P, "彭丽娟")], [D]),
    ("call", "debtor", "坐席：再跟您核对一下 您手机号 幺五二九 幺幺二 幺零二三 身份证 六二零幺零二 幺九六三 零六二八 九七五零 都是您本人的吧\n客户：是",
     [(MB, "幺五二九 幺幺二 幺零二三"), (ID, "六二零幺零二 幺九六三 零六二八 九七五零")], [U]),
    ("call", "third_party", "坐席：唐女士，您先生宋建军的卡号是6226 9065 8849 8843，这张卡欠了三万一，您帮他记一下，还款就往这张卡里打。\n第三方：我记不住。",
     [(P, "宋建军"), (BC, "6226 9065 8849 8843")], [D, U]),
    ("call", "debtor", "坐席：黄先生 你老婆吴晓燕是不是在华西医院住院 我们打她电话是护士接的\n客户：她住院你们还打？",
     [(P, "吴晓燕")], [S, X]),
    ("call", "debtor", "客户：我妈在ICU住了半个月，钱全花在那了，你们查我流水也能看到。\n坐席：明白，您这种情况可以申请暂停催收，我现在就帮您提交，您这几天先照顾老人。\n客户：谢谢。",
     [], []),
]

# --- more texts: letters home, e-mails to employers, screenshots and chats -----------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("notice", "third_party", "致韩磊父母：您的儿子韩磊（住澜溪市北山区杏林路7号2单元301）信用卡欠款43,680元，屡催不还。作为父母，望二位督促其尽快还款。",
     [(P, "韩磊"), (P, "韩磊"), (A, "澜溪市北山区杏林路7号2单元301")], [D, X]),
    ("email", "third_party", "东阳建设集团财务部：贵司员工汪国庆逾期期间在澳门、珠海等地有大额消费（附交易明细），其名下瀚海信用卡欠款逾十万元，请贵司协助督促。",
     [(P, "汪国庆")], [D, S]),
    ("app", "debtor", "[图片][图片] 你爸妈的身份证我们这边都有：袁明辉 150102197510289098，刘桂芝 150102197812265884。自己掂量。",
     [(P, "袁明辉"), (ID, "150102197510289098"), (P, "刘桂芝"), (ID, "150102197812265884")], [U, X]),
    ("sms", "debtor", "【恒泽信息】卡号6222 0248 4370 1462 193，有效期11/26，背面CVV 508，持卡人田永强，你再不还这些信息就没用了。",
     [(BC, "6222 0248 4370 1462 193"), (P, "田永强")], [S, U]),
    ("app", "debtor", "您女儿的附属卡今天17:05在澜溪外国语学校对面的“星空网咖”刷了30元，她这个年龄去网吧合适吗？主卡欠款请尽快处理。",
     [], [S]),
    ("email", "unknown", "案件备注（孔令杰户）：持卡人民族回族，信仰伊斯兰教，每周五中午在清真寺礼拜，可在此时段上门。",
     [(P, "孔令杰")], [S]),
    ("sms", "debtor", "【锦律资产】潘翠兰，身份证510107198611262349，家住成都市青羊区光华村街24号6栋2单元402，欠款不还我们会一直跟进。",
     [(P, "潘翠兰"), (ID, "510107198611262349"), (A, "成都市青羊区光华村街24号6栋2单元402")], [U, X]),
    ("app", "third_party", "韩雪，你哥韩磊血压高得厉害上个月住院了吧？他的卡欠了四万三，住院也不影响还款，你跟家里说说。",
     [(P, "韩雪"), (P, "韩磊")], [D, S]),
    ("notice", "debtor", "催款通知\n罗春梅（单位：鹭洲百货；家庭住址：南昌市青山湖区湖滨东路88号；丈夫：罗建华）：您的信用卡欠款22,318元已逾期，请于收到本通知后十日内还款。",
     [(P, "罗春梅"), (A, "南昌市青山湖区湖滨东路88号"), (P, "罗建华")], [X]),
    ("sms", "debtor", "【瀚海银行】您的卡片5239 4165 5793 8719今天在澜溪中心医院住院部结算了19,800元，请注意保留票据，逾期欠款仍需按时归还。",
     [(BC, "5239 4165 5793 8719")], [S, U]),
    ("app", "third_party", "阿姨，俊杰的事您也别太着急，他在瀚海的那张卡一万八，您要是手头宽裕先帮他垫上。",
     [(P, "俊杰")], [D]),
    ("email", "unknown", "外访申请：持卡人姚红霞，手机19969113544，其子杜子轩（锦苑实验小学三年级二班）每天16:00放学，由外婆接送，建议在校门口与其外婆接触。",
     [(P, "姚红霞"), (MB, "19969113544"), (P, "杜子轩")], [S, U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AU-APP-NOTICES": APP_NOTICES,
    "AU-BANK-SMS": BANK_SMS,
    "AU-AGENCY-SMS": AGENCY_SMS,
    "AU-AGENT-CALLS": AGENT_CALLS,
    "AU-ASR-CALLS": ASR_CALLS,
    "AU-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AU-SUPPLEMENTARY": SUPPLEMENTARY,
    "AU-EMPLOYERS-HR": EMPLOYERS_HR,
    "AU-CONTACTS": CONTACTS,
    "AU-WECHAT": WECHAT,
    "AU-STATEMENTS": STATEMENTS,
    "AU-INSTALMENTS": INSTALMENTS,
    "AU-LETTERS": LETTERS,
    "AU-EMAILS": EMAILS,
    "AU-VISIT-REPORTS": VISIT_REPORTS,
    "AU-QA-SHEETS": QA_SHEETS,
    "AU-TICKETS": TICKETS,
    "AU-COURT-FILINGS": COURT_FILINGS,
    "AU-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AU-DECOYS": DECOYS,
    "AU-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AU-SENSITIVE-MORE": SENSITIVE_MORE,
    "AU-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AU-MORE-CALLS": MORE_CALLS,
    "AU-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
