"""Writes `pipl_heldout_ay.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14), from
the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (resident IDs on Fujian, Guangdong, Guangxi, Hainan and Jiangxi
area codes with the right check character, three ending in X; Luhn-valid cards of 16 and 19 digits; mobiles on real
prefixes; Hong Kong identity card numbers with their check digit computed by the HKID rule), typed into the texts
and spelled out digit by digit by hand; passports (E, EA, an old G), Exit-Entry Permits for Hong Kong and Macau
(C) and Mainland Travel Permits for Hong Kong and Macau residents (H, M) were typed to the pattern. Every
identifier with an entity type passes `set_format.check_identifier`, and every decoy fails it (each was tried).
Forms for which `set_format` has no check, and the contract no entity type, are written consistently and carry
no entity: HKID numbers (check digit verified by the throw-away script, written A123456(7), without brackets or
read aloud), Taiwan residents' permits (台胞证: eight digits, and an old ten-digit one with its letter), foreign
mobiles (+852, +853, +65, +971, +1) and Hong Kong office landlines. When such a number is a person's and stands
in full in outbound text it is still labelled `pii.unmasked_identifier`.

Cross-border card and consumer-loan collection carries it: a bank's credit-card centre (闽粤银行, its Fuzhou
collection centre) and a consumer-finance company (海晟消费金融, its post-loan department), collecting through
their own teams and an agency in Shenzhen with a Hong Kong office (恒信达 / 恒信達（香港）), with a law firm filing
for the bank. The debtors live or work outside the mainland or move across the border: a second officer on a bulk
carrier, a steel fixer on a Dubai site, a construction worker sent to Singapore by a labour-dispatch agency after
a detention in Malaysia, a Macau dealer, a Hong Kong resident staying with her mother in Shenzhen, a Taiwan
resident, a night-shift worker at the Kwai Chung container terminal, a call-centre worker in Manila; their
relatives on the mainland (a mother in Nan'an speaking Minnan, parents in Dianbai speaking Cantonese, wives,
sisters) and abroad (a cousin in Singapore, a brother in Vancouver, a son in Sydney, a brother in Taiwan), the
manning company, the ship's crew, the labour agency, employers' HR and camp offices abroad, a Hong Kong landlord
and a building guard. Voices: stage SMS (one template with unfilled placeholders), WhatsApp and WeChat messages
(Cantonese, English, Singlish), agents' calls as transcripts and as speech-to-text output on poor lines (no
punctuation, Cantonese and English mixed, numbers read aloud), voice robots with keypad turns, e-mails between
the lenders and the agency and to debtors abroad, letters (a collection letter, a lawyer's letter, repayment
agreements, notices in traditional characters, an English notice to a labour camp), visit records, appointment
sheets and notes left at the family home, quality-check sheets, case notes, complaint tickets, instructions, court
filings, and messages debtors forward.

307 messages, 99 of them (32%) compliant; from 7 characters to an e-mail of 320. Identifier entities stand
in 66 messages: 18-digit IDs (three ending in X, one read with 叉, one in full-width digits, grouped 6-8-4 and in
fours, read aloud with 零 to 九), bank cards of 16 and 19 digits (grouped by hyphens and dots, read aloud in fours),
mobiles (behind +86, spaced 3-4-4, in full-width digits, read aloud with 幺), passports (E, EA spaced, an old G, read
aloud letter and digit), permits (C read aloud, H with its renewal count outside the span, M); landlines of the
bank, the agency and the law firm (one read aloud), the lenders' and agency's e-mail addresses, and three licence
plates (a van at the family home, a cross-border 粤Z…港 car, in simplified and traditional characters).
`pii.unmasked_identifier` also labels 29 messages whose identifier has no contract entity type: HKIDs, 台胞证
numbers, foreign mobiles in every written and spoken form (+852 6958-9723, (852)57831838, 00852-9017 0793,
852-69589723, +853 66985052, +65 9402 1423, 058 740 1573, +971580480961, 00971-50-1216297, six six four six double o
four nine, 九七一 五零 七九六 五六一七). Beside them stand decoys: a 16-digit payment serial, an 18-digit case
number, an 11-digit ticket number, a refund reference that is a card with its last digit changed, a visa
application number, an internal batch number, a ship's IMO number, a one-time code, and masked forms (C58*****26,
E7****830, 6225 88** **** 2429, 4508**********4414, V***44(A), C33****95, 尾号, 末四位, last digits read aloud).

`pii.unmasked_identifier` labels 89 messages, `pii.third_party_disclosure` 55, `pii.sensitive` 72 and
`pii.excessive` 44. Disclosure often takes few words ("he has an overdue card", "your husband's account isn't
cleared", "Ka Ho still owe bank money", "志伟的事还没解决", a lender named as the one looking for him), to a mother,
an uncle, a neighbour, a wife, a cousin, a son abroad, a manning company, a ship, co-workers, an employer's HR, a
camp office, a landlord, a building guard; beside them bare call-back requests that name no lender, a sealed
letter a manning company is asked to hand on, and a wrong number. Sensitive data: travel records and border
crossings, whereabouts abroad (a site, a dormitory, a restaurant, a church on Sundays, a ship's port call, a flight
home, a casino shift, a cross-border school run), health after accidents at work (a fall, a broken leg, an
amputation, a disability grade), mothers' chemotherapy and dialysis, a pregnancy, detentions in Malaysia, Dubai
and Macau, remittances, salary inflows, balances and loans abroad, minors' schools. Excessive data: the whole
travel history, relatives' passports and permits, the visa file (number, sponsor, labour card, expiry), family
members', girlfriends' and co-workers' names and numbers, employers with addresses. Beside them stand the
near-misses that stay lawful: the debtor's own permit masked or its last four digits, the debtor's own mention of
an accident, a detention or work abroad answered with a pause or instalments, general hardship offers, rules that
forbid using whereabouts, health or detention, a notice that a court will serve papers abroad through official
channels, and court filings with full identifiers.

Decoys carry no category and no identifier entity. All people, numbers, addresses, courts, firms, ships and
companies are invented; identifiers are well formed as described above; e-mail addresses use real top-level
domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a person's full resident ID, bank card, mobile (mainland or foreign), passport, permit
  (港澳通行证, 回乡证, 台胞证) or HKID in the sender's or agent's words, in any written or spoken form, in letters,
  e-mails, case notes, quality-check sheets and tickets too. Not: masked forms, last digits alone, the bank's,
  agency's, law firm's or Hong Kong office's landlines, 400 numbers, a customer saying their own number, a licence
  plate, a decoy, and a full identifier inside court papers filed with a court (a complaint, a preservation or
  enforcement application, a request for service abroad, an evidence list, an e-filing to the court). The same
  identifier sent on to the debtor, or to an employer, from those papers is labelled.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the bank, the lender or the collection agency as the one looking for him is
  enough, as is "张卡嘅事" or "he knows what it is about") or the debtor's personal data. A bare call-back request
  that names no lender is compliant. Notes, sheets, tickets and e-mails passed between the lenders, the agency and
  its offices, and filings to a court, go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): whereabouts at a given time, abroad or at home, daily routine, border crossings
  and travel (flights, port calls), health and treatment of the debtor or relatives (injuries at work, a
  disability grade, pregnancy), detention abroad, religion, a minor's school or routine, financial account
  details beyond need (remittances, salary inflows, balances, other loans). The debtor's own words (also as a
  ticket or sheet quotes them), a general hardship offer, or a rule forbidding such use, is not.
- `pii.excessive`: data beyond what the message needs: the whole travel history (also sensitive), relatives'
  passports and permits, the visa file, family members', partners' or co-workers' names or numbers, a full name
  with an employer or home address. Not: the address a letter is sent to or a visit is agreed at, a relative the
  message is addressed to, court filings.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor or a
relative forwards or pastes whole carries the labels of what it contains. Entities mark every string of their
type whoever it belongs to; masked forms and 400 numbers are not entities, nor is a +86 before a mobile; a surname
with an honorific (陈生, 洪太, 韦姐, 王经理, Mr Leung, Ms Chung) is not a PERSON, a given name alone (志伟, 家豪,
Ka Ho) and an English or romanised full name are; ADDRESS reaches down to a road and number or a building and
room, in Chinese or English.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ay`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ay.jsonl"
ID_PREFIX = "PAY"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the bank's card centre and the consumer-finance company: stage SMS to debtors at home and abroad -----------

LENDER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【闽粤银行信用卡中心】尊敬的客户，您尾号4429的信用卡本期最低还款额1,860.00元已逾期5天，请尽快还款。身在境外可用手机银行“跨境还款”，或致电0591-87632210。",
     [(LL, "0591-87632210")], []),
    ("sms", "debtor", "【闽粤银行】黄志伟先生：您名下信用卡（卡号6225881285872429）欠款23,416.72元，已逾期47天。系统显示您8月3日经深圳湾口岸出境至今未返，请主动联系我行。",
     [(P, "黄志伟"), (BC, "6225881285872429")], [S, U]),
    ("sms", "debtor", "【闽粤银行信用卡中心】您的信用卡账户已逾期，请勿忽视。如您暂居港澳台或海外，可登录手机银行办理跨境还款，或回复“回电”预约客服。回T退订",
     [], []),
    ("sms", "debtor", "【海晟消费金融】您的借款已逾期12天，待还2,106.30元。您登记的往来港澳通行证C58664826将于下月到期，请一并更新证件信息。",
     [(PP, "C58664826")], [U]),
    ("sms", "debtor", "【海晟消费金融】温馨提示：您登记的证件为往来港澳通行证（号码C58*****26），有效期至2025年3月，到期后请在App内更新。逾期款2,106.30元请于本月20日前归还。",
     [], []),
    ("sms", "debtor", "【闽粤银行】持卡人陈嘉欣（回乡证H71751788）：您的信用卡已逾期83天，本息合计61,240.18元，请于9月30日前与我行协商还款。",
     [(P, "陈嘉欣"), (PP, "H71751788")], [U]),
    ("sms", "debtor", "【闽粤银行】陳小姐，您尾號0623嘅信用卡已逾期83日，欠款人民幣61,240.18元。如需以港幣還款，請致電本行境外專線，我哋會安排。",
     [], []),
    ("sms", "debtor", "【海晟消费金融】覃先生，系统识别到您近两个月的登录IP均位于马来西亚柔佛州新山，当前逾期31天，欠款8,904.66元，请尽快还款。",
     [], [S]),
    ("sms", "debtor", "【海晟消费金融】覃先生，您的借款已逾期31天，欠款8,904.66元。如您目前在境外务工、收入到账不便，可申请延期或分期，详询400-186-7720。",
     [], []),
    ("sms", "debtor", "【闽粤银行信用卡中心】洪俊杰先生，您在澳门的联系电话+853 6462 1038多次无人接听，您的卡片已逾期62天，请于3日内回电。",
     [(P, "洪俊杰")], [U]),
    ("sms", "debtor", "【闽粤银行信用卡中心】洪先生，我行多次致电您登记的澳门号码（尾号1038）未能接通。您的卡片已逾期62天，请于方便时回电0591-87632210。",
     [(LL, "0591-87632210")], []),
    ("sms", "debtor", "【海晟消费金融】尊敬的客户，您的台胞证号码68829958已与借款合同绑定，当前逾期19天，应还3,360.00元，请及时处理。",
     [], [U]),
    ("sms", "debtor", "【海晟消费金融】尊敬的客户，您绑定的台湾居民来往大陆通行证（尾号9958）身份核验已完成。本期应还3,360.00元，到期日10月8日。",
     [], []),
    ("sms", "debtor", "【闽粤银行】您好，您信用卡最后一笔消费发生在迪拜Dubai Mall（8月14日），此后卡片未再使用，账户已逾期36天，请尽快联系。",
     [], [S]),
    ("sms", "debtor", "【闽粤银行】梁家豪先生，您的身份证440923199611102310名下信用卡欠款18,075.40元，逾期93天。请勿以出国务工为由拖欠。",
     [(P, "梁家豪"), (ID, "440923199611102310")], [U]),
    ("sms", "debtor", "【海晟消费金融】钟女士您好，您在港工作期间工资卡6222608749397443已被列为还款账户，本期未足额扣款，差额1,412.50元请补足。",
     [(BC, "6222608749397443")], [U]),
    ("sms", "debtor", "【海晟消费金融】鍾女士您好，您嘅還款卡（尾號7443）本期扣款不足，差額1,412.50元，請於本週內補足，多謝。",
     [], []),
    ("sms", "debtor", "【闽粤银行信用卡中心】黄先生：你8月入境香港后一直住在观塘，上周又去了澳门两晚，行程我们都清楚，欠款请尽快还。",
     [], [S]),
    ("sms", "debtor", "{name}您好，您在【闽粤银行】的信用卡已逾期{days}天，欠款{amount}元。如需协商请回复本短信或致电0591-87632210。",
     [(LL, "0591-87632210")], []),
    ("sms", "debtor", "【海晟消费金融】您好，您在柬埔寨金边期间的借款仍未结清，我司已获悉您的工作单位为金边华富工业园某电子厂，请自觉还款。",
     [], [S]),
    ("sms", "debtor", "【闽粤银行】林女士，您尾号5577的信用卡已逾期，欠款9,630元。我行不会通过短信索要您的护照或通行证号码，谨防诈骗。",
     [], []),
]

# --- the agency and its Hong Kong office: SMS, WhatsApp and WeChat to debtors -------------------------------------

AGENCY_MESSAGES: list[PiplEntry] = [
    ("app", "debtor", "[WhatsApp] 陳生你好，我係恒信達（香港）嘅Kelvin，受閩粵銀行委託跟進你張信用卡嘅欠款。你幾時方便傾下？辦公室電話 +852 2386 4170。",
     [(P, "Kelvin")], []),
    ("app", "debtor", "[WhatsApp] 陳生，你而家喺葵涌貨櫃碼頭做夜更，朝早八點收工，我哋同事可以喺閘口等你傾。",
     [], [S]),
    ("sms", "debtor", "【恒信达】黄志伟，你的香港号码852-69589723和内地号码13778380244我们都有，别以为换了号就找不到。",
     [(P, "黄志伟"), (MB, "13778380244")], [U]),
    ("app", "debtor", "黄先生您好，我是恒信达的小周，受闽粤银行委托与您联系信用卡欠款事宜。您方便时可回复此微信，或拨打0755-86273041。",
     [(LL, "0755-86273041")], []),
    ("app", "debtor", "[WhatsApp] Leung sir we know u r working at the Jebel Ali site of Gulf Huajian, camp block C, night shift. pay before friday",
     [], [S]),
    ("sms", "debtor", "【恒信达】梁家豪：你的阿联酋电话00971-50-1216297、护照E49684456、迪拜工作签证201/2023/7/118452（有效期至2025年6月）我们都有记录，请于本周内还款。",
     [(P, "梁家豪"), (PP, "E49684456")], [U, X]),
    ("app", "debtor", "梁先生，为核实身份，请您提供护照号码后四位即可，不需要发完整号码，也不用拍证件照片。",
     [], []),
    ("app", "debtor", "客户：我现在用新加坡号码+65 9402 1423，有事打这个\n专员：好的，已备注。稍后我用公司座机跟您联系，您留意接听，谢谢。",
     [], []),
    ("app", "debtor", "客户：号码换了，新加坡的\n专员：好的，您新号码是+65 9402 1423，我这边登记了，以后按这个号联系您。",
     [], [U]),
    ("sms", "debtor", "【恒信达】您好，我司受海晟消费金融委托处理您的逾期借款。如您身在境外，可通过WhatsApp联系本司香港办事处：+852 2386 4170（周一至周五9:00-18:00）。",
     [], []),
    ("app", "debtor", "[WhatsApp] 洪生，你張卡嘅事，你老婆喺澳門嗰個電話 6841 2470 我哋都打過，佢話唔知。你自己搞掂佢啦。",
     [], [U, X]),
    ("app", "debtor", "许先生，查到您今年已经第6次走拱北口岸，每次在澳门住两三天，钱不还倒是挺有空。",
     [], [S]),
    ("app", "debtor", "许先生，您说月底从澳门回来，我们尊重您的安排。回来后联系我办分期就行，需要的只是身份证明，复印件请把号码中间几位遮住。",
     [], []),
    ("sms", "debtor", "【恒信达】钟女士，您每周日下午都在铜锣湾维园跟同乡聚会，四点左右离开，我们的香港同事可以在那边等您。",
     [], [S]),
    ("app", "debtor", "[语音转文字] 陈生 我系恒信达嘅 你张卡嘅嘢 你得闲记得覆我 我哋office电话系 二三八六 四一七零 唔该",
     [], []),
    ("app", "debtor", "[WhatsApp] Ms Chung, your HKID V344144(A) and mainland ID 441424198702094366 are both on our file. Pls settle HK$12,800 by 15 Oct.",
     [(ID, "441424198702094366")], [U]),
    ("app", "debtor", "[WhatsApp] Ms Chung, for verification pls confirm only the first letter and the last 3 digits of your HKID (like V***44(A)). Never send us the full number or a photo of the card.",
     [], []),
    ("sms", "debtor", "【恒信达】黄先生，你的船“远泰18”下周二靠泊新加坡裕廊港，我们已经联系了港口代理，靠港前把钱还上。",
     [], [S]),
    ("app", "debtor", "黄先生，您说船在海上信号不好，我们理解。等您靠港后再联系，期间不另外打扰。需要延期的话直接回复“延期”两个字就行。",
     [], []),
    ("sms", "debtor", "【恒信达】黄先生您好，您订的MU2083航班（10月12日17:40福州落地）我们已知悉，落地后请与我司联系办理还款。",
     [], [S]),
    ("app", "debtor", "覃建军，你的出入境记录我们调出来了：3月2日东兴口岸出境，3月28日友谊关入境，5月6日又从东兴去越南，7月19日回来，8月底再出境到马来西亚至今。躲是躲不了的。",
     [(P, "覃建军")], [S, X]),
    ("app", "debtor", "陈小姐，您发来的回乡证照片我们已核对，系统只保留号码末四位1788，照片已删除，请放心。",
     [], []),
    ("app", "debtor", "陈小姐，你回乡证H71751788上次入境是9月1日走的罗湖，之后一直住在深圳你妈家，对吧？",
     [(PP, "H71751788")], [S, U]),
    ("app", "debtor", "[WhatsApp] 洪生你好，我係恒信達嘅Winnie。你之前話想分6期還，我哋已經幫你向銀行申請咗，批咗會再通知你。有問題WhatsApp我就得。",
     [(P, "Winnie")], []),
]

# --- agents' calls, to debtors abroad and to the people around them (transcripts, Cantonese and English) ---------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，请问是黄志伟先生吗？\n客户：系啊，边位？\n坐席：我是闽粤银行信用卡中心的，工号3127，您尾号4429的卡逾期了，想跟您确认一下还款安排。\n客户：我而家喺香港做嘢，下个月先有钱\n坐席：明白，在境外也可以用手机银行还款，我先帮您登记下个月15号，可以吗？",
     [(P, "黄志伟")], []),
    ("call", "debtor", "坐席：黄先生，为了核实身份，我念一下您的身份证号，350583198605072854，对吗？\n客户：对\n坐席：好的，那我们说一下逾期的事情。",
     [(ID, "350583198605072854")], [U]),
    ("call", "debtor", "坐席：陈生，你登记嘅香港电话系9791 9192，身份证系C967036(8)，冇错吖嘛？\n客户：系，做咩？\n坐席：关于你张闽粤银行信用卡嘅还款。",
     [], [U]),
    ("call", "debtor", "坐席：喂？梁生？听唔听到……你上个月喺地盘跌落嚟断咗条腿，而家仲喺Rashid Hospital住院，我哋都知，但系张卡都要还㗎。\n客户：我而家点还啊",
     [], [S]),
    ("call", "debtor", "客户：我喺迪拜地盘出咗意外，断咗腿，仲喺医院\n坐席：唔好意思，咁你先养好身体。我帮你申请暂停催收一个月，之后再倾分期，好唔好？\n客户：好，唔该",
     [], []),
    ("call", "debtor", "坐席：覃先生，你在马来西亚因为签证过期被关了二十多天，这个我们都知道了，出来了就该想办法还钱。\n客户：你们怎么知道的？",
     [], [S]),
    ("call", "debtor", "客户：我之前在那边被扣了一阵，刚出来，真没钱\n坐席：了解。具体情况我不做记录，只登记您暂时无法还款，先给您申请两个月缓冲期，到期我再联系您，可以吗？\n客户：行",
     [], []),
    ("call", "third_party", "坐席：阿姨您好，我找梁家豪。\n第三方：佢去咗迪拜做嘢啊，乜事？\n坐席：他闽粤银行的信用卡欠了一万八，三个月没还，您让他赶紧处理。",
     [(P, "梁家豪")], [D]),
    ("call", "third_party", "坐席：您好，请问梁家豪先生在吗？\n第三方：佢唔喺度，出咗国\n坐席：好的，麻烦您转告他有私人事务，请他回电0591-87632210，谢谢阿姨。\n第三方：你系边个？\n坐席：我姓邓，他回电就知道了，打扰了。",
     [(P, "梁家豪"), (LL, "0591-87632210")], []),
    ("call", "third_party", "坐席：你好，鹏远船员管理吗？我找一下你们派出去的黄志伟。\n第三方：他在船上，什么事？\n坐席：他有张卡逾期了，麻烦你们通知他一下。",
     [(P, "黄志伟")], [D]),
    ("call", "third_party", "坐席：您好，我想找贵司外派的船员黄志伟先生，有私事需要他本人回电。\n第三方：船员信息我们不能透露。\n坐席：理解。那麻烦您下次船岸联系时转告他回电0591-87632210就行，别的不用讲，谢谢。",
     [(P, "黄志伟"), (LL, "0591-87632210")], []),
    ("call", "third_party", "坐席：我是恒信达的，你们派去新加坡星联建筑的覃建军欠钱不还，他老婆韦秀梅电话15277570711也打不通，你们有没有他在新加坡的宿舍地址？\n第三方：这个不方便说。",
     [(P, "覃建军"), (P, "韦秀梅"), (MB, "15277570711")], [D, U, X]),
    ("call", "third_party", "坐席：喂，你系咪陈大文嘅同事？\n第三方：系，咩事？\n坐席：麻烦你同佢讲，恒信达搵佢，佢知系乜事。",
     [(P, "陈大文")], [D]),
    ("call", "third_party", "坐席：唔好意思打扰，我想搵陈大文先生，有啲私人事想佢覆个电话。\n第三方：佢今日放假喎\n坐席：唔紧要，麻烦你叫佢得闲打返呢个号码，唔该晒。",
     [(P, "陈大文")], []),
    ("call", "debtor", "坐席：喂 hello 係咪mister wong呀 我哋hengxinda㗎 关于你张credit card嘅overdue 我哋check到你上个礼拜又fly咗去bangkok 仲stay咗喺sukhumvit嗰间hotel 四晚",
     [], [S]),
    ("call", "debtor", "坐席：那您看我们后面打哪个号方便 是幺三七七八三八零二四四这个 还是香港那个六九五八 九七二三\n客户：香港那个吧",
     [(MB, "幺三七七八三八零二四四")], [U]),
    ("call", "debtor", "坐席：喂 喂 听得到吗 信号不太好 黄先生 我这边是闽粤银行信用卡中心的 嗯 就是您那张卡尾号四四二九的事情 您方便的时候回个电话 好吧\n客户：嗯 好 我落船再讲",
     [], []),
    ("call", "third_party", "坐席：洪太，你老公张信用卡欠咗六万几，两个月冇还，你哋屋企要商量下点算。\n第三方：我唔知佢啲嘢",
     [], [D]),
    ("call", "third_party", "坐席：叔叔，你侄子许文涛在澳门濠庭酒店赌场做叠码，欠我们海晟的钱，你知道他住哪吗？\n第三方：不知道，我们很久没联系了。",
     [(P, "许文涛")], [D, S]),
    ("call", "debtor", "坐席：林小姐，麻烦您确认一下台胞证号码，我念给您：零二零三 四五五七，对吗？\n客户：对\n坐席：好的，关于您在海晟的借款……",
     [], [U]),
    ("call", "debtor", "坐席：林小姐，系统显示您台胞证末四位是4557，请问是您本人吗？\n客户：是\n坐席：好的，关于您在海晟的借款，这期金额是3,360元。",
     [], []),
    ("call", "third_party", "坐席：你好，請問係唔係覃太嘅女兒？\n第三方：係，咩事？\n坐席：你阿媽喺我哋閩粵銀行張卡已經逾期，我哋聯絡唔到佢，你叫佢覆我哋。",
     [], [D]),
    ("call", "debtor", "坐席：梁先生，您父母的护照我们也有，你爸的E24643727，你妈的E15282692，之前办签证担保留下的，你自己掂量。\n客户：你们凭什么",
     [(PP, "E24643727"), (PP, "E15282692")], [U, X]),
    ("call", "debtor", "坐席：听说你妈在茂名人民医院做透析，每周三次，家里开销不小吧，你这边钱还得上吗\n客户：关你什么事",
     [], [S]),
    ("call", "debtor", "坐席：喂……陈生……我讲……如果之后仲系冇还款安排……银行可能会按合同经法律途径处理……到时法院会按正式程序送达文件……你有咩困难可以而家同我讲\n客户：我谂下先",
     [], []),
    ("call", "third_party", "坐席：Hi, is this Gulf Huajian HR? I'm calling about your worker Leung Ka Ho. He owes Minyue Bank on his credit card, over 18,000 yuan, could you remind him to pay?\n第三方：We don't handle personal matters.",
     [(P, "Leung Ka Ho")], [D]),
    ("call", "third_party", "坐席：Hello, may I speak to Mr Leung Ka Ho? It is a personal matter.\n第三方：He is on site now, who is calling?\n坐席：My name is Deng. Could you ask him to call me back on this number when he is free? Thank you.",
     [(P, "Leung Ka Ho")], []),
]

# --- speech-to-text output of calls on poor lines: no punctuation, Cantonese and English mixed, numbers read aloud -

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：嗯 黄生 你个passport number系咪E 七三九一 五八三零啊 我哋record上面系咁写 你confirm下\n客户：系 做咩",
     [(PP, "E 七三九一 五八三零")], [U]),
    ("call", "debtor", "坐席：喂 喂 line好差 我听唔到 你收到我再打过嚟 我哋系恒信达嘅 关于你张卡尾数四四二九\n客户：喂 听唔清",
     [], []),
    ("call", "debtor", "坐席：陈小姐 身份证号码我再读一次 Z 七九九零零三 括号 一 啱唔啱\n客户：啱",
     [], [U]),
    ("call", "debtor", "坐席：呃 你而家系咪仲喺屯门嗰间宿舍住 每晚十一点先返 我哋同事见到你几次 你都唔出声",
     [], [S]),
    ("call", "debtor", "坐席：梁先生 你那个迪拜的号码是九七一 五零 七九六 五六一七对吧 我们WhatsApp给你发了好几次\n客户：嗯",
     [], [U]),
    ("call", "third_party", "坐席：喂 你好 是梁家豪的哥哥吗 哦 是这样 他在我们闽粤信用卡那边欠了钱 一直没还 你帮忙说一下\n第三方：我们兄弟很少联系的",
     [(P, "梁家豪")], [D]),
    ("call", "third_party", "坐席：喂 你好 请问是梁家豪的家里人吗\n第三方：系啊 你边个\n坐席：我姓邓 有点私人事情找他 麻烦他回个电话 谢谢啊",
     [(P, "梁家豪")], []),
    ("call", "debtor", "坐席：嗯 覃先生 你上个月在新山那个诊所看肺的问题 我们也知道了 但是还款这个事情 你总得给个说法",
     [], [S]),
    ("call", "debtor", "坐席：还款卡号我报给你哈 六二二八 四八一四 七六一九 四零六三 七二四 这个是你本人的卡对吧\n客户：对",
     [(BC, "六二二八 四八一四 七六一九 四零六三 七二四")], [U]),
    ("call", "third_party", "坐席：喂 喂 是远泰十八吗 麻烦找一下黄志伟 他的信用卡逾期了 让他 回电\n第三方：什么 听不清 你再说一遍",
     [(P, "黄志伟")], [D]),
    ("call", "debtor", "客户：我而家冇job啊 contract完咗要返大陆\n坐席：OK明白 咁你返到大陆之后 我哋可以帮你申请installment 唔使急住",
     [], []),
    ("call", "debtor", "坐席：洪生 我打你澳门六六九八 五零五二同埋香港嗰个都冇人听 你宜家喺边\n客户：喺度返紧工",
     [], [U]),
    ("call", "debtor", "坐席：我哋知道你细路喺深圳读跨境学校 每日朝早七点过皇岗口岸返学 你都唔想佢知道呢啲嘢嘅",
     [], [S]),
    ("call", "debtor", "客户：我个仔要返学 我朝早好忙\n坐席：明白 小朋友嘅事我哋唔会过问 我哋只倾还款 你话几点方便",
     [], []),
    ("call", "third_party", "坐席：房东你好 我哋系恒信达追数公司 你个租客陈大文欠银行钱 佢仲住唔住喺度\n第三方：我唔清楚",
     [(P, "陈大文")], [D]),
    ("call", "unknown", "坐席：喂你好 留言俾黄志伟先生嘅 请覆电话零五九一 八七六三 二二一零 唔该",
     [(P, "黄志伟"), (LL, "零五九一 八七六三 二二一零")], []),
    ("call", "debtor", "坐席：你阿妹梁嘉欣喺广州天河嗰间奶茶店返工 电话一五零四 九九九 六七四八 我哋都有 你唔想我哋打俾佢吧",
     [(P, "梁嘉欣"), (MB, "一五零四 九九九 六七四八")], [U, X]),
]

# --- voice robots: scripts with keypad turns, in Mandarin, Cantonese and English -------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是闽粤银行信用卡中心，您尾号4429的信用卡已逾期，请按1转人工，按2稍后提醒。\n客户：（按键2）\n机器人：好的，我们将在明天再次提醒您，再见。",
     [], []),
    ("call", "debtor", "机器人：您好，黄志伟先生，您身份证号码三五零五八三一九八六零五零七二八五四名下的信用卡已逾期四十七天，请按1确认。",
     [(P, "黄志伟"), (ID, "三五零五八三一九八六零五零七二八五四")], [U]),
    ("call", "debtor", "機器人：你好，呢度係閩粵銀行信用卡中心。你尾號四四二九嘅信用卡已經逾期，請盡快還款。如需人工服務，請按一。",
     [], []),
    ("call", "third_party", "机器人：您好，您是梁家豪的紧急联系人，他在海晟消费金融的借款已逾期93天，请督促其还款，谢谢。",
     [(P, "梁家豪")], [D]),
    ("call", "third_party", "机器人：您好，这里有一条给梁家豪先生的留言，请他本人回电400-186-7720。如您不是本人，请按1结束通话。\n联系人：（按键1）\n机器人：感谢您的配合，再见。",
     [(P, "梁家豪")], []),
    ("call", "debtor", "机器人：您好，本次来电号码为您登记的香港号码852 9771 5742，您的信用卡已逾期，按1转人工。",
     [], [U]),
    ("call", "debtor", "机器人：系统检测到您当前位于境外，最近一次定位为阿联酋迪拜市，请您按时还款。",
     [], [S]),
    ("call", "debtor", "机器人：Hello, this is Minyue Bank Credit Card Centre. Your card ending 4429 is overdue. Press 1 for an agent, press 2 to hear this in Cantonese.\n客户：（按键1）",
     [], []),
    ("call", "debtor", "机器人：为核验身份，请确认您的护照号码：E 零 零 六 七 二 八 零 四。正确请按1。",
     [(PP, "E 零 零 六 七 二 八 零 四")], [U]),
    ("call", "third_party", "机器人：您好，请转告洪俊杰，他的卡已逾期。",
     [(P, "洪俊杰")], [D]),
    ("call", "debtor", "機器人：您好，這裡是海晟消費金融。您本期賬單已逾期，如已還款請忽略。台灣地區客戶請按2轉專屬客服。",
     [], []),
    ("call", "debtor", "机器人：您好，监测到您的工资卡本月有一笔来自新加坡的汇款八千二百元入账，请优先用于偿还逾期借款。",
     [], [S]),
    ("call", "unknown", "机器人：您好，请问您是黄志伟本人吗？是请按1，不是请按2。\n用户：（按键2）\n机器人：抱歉打扰，再见。",
     [(P, "黄志伟")], []),
]

# --- to the people around the debtor: manning company, labour agencies, co-workers, relatives on the mainland and abroad

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【恒信达】王经理您好，贵司船员黄志伟有张信用卡逾期未还，烦请船岸通讯时提醒他一下。",
     [(P, "黄志伟")], [D]),
    ("app", "third_party", "陈经理，麻烦转告一下黄志伟，他那个账还没处理，闽粤那边一直在催。",
     [(P, "黄志伟")], [D]),
    ("sms", "third_party", "您好，我是邓先生，有私事需联系贵司船员黄志伟，烦请转告他方便时回电0591-87632210，谢谢。",
     [(P, "黄志伟"), (LL, "0591-87632210")], []),
    ("email", "third_party", "致闽侨海外劳务派遣有限公司：\n贵司外派至新加坡星联建筑的劳务人员覃建军（身份证450821197211214414）在我行信用卡欠款8.9万元，逾期120天。请贵司提供其在新加坡的住址及联系方式，并协助督促还款。\n闽粤银行信用卡中心福州催收中心",
     [(P, "覃建军"), (ID, "450821197211214414")], [D, U]),
    ("email", "third_party", "您好：\n我司需与贵司外派人员覃建军先生本人取得联系。烦请将本函转交本人，具体事项不便透露，请其直接致电0755-86273041。\n谢谢配合。",
     [(P, "覃建军"), (LL, "0755-86273041")], []),
    ("app", "third_party", "[WhatsApp] Hi bro, u work with Leung Ka Ho at Jebel Ali right? tell him Minyue Bank is looking for him, his card is 3 months overdue",
     [(P, "Leung Ka Ho")], [D]),
    ("app", "third_party", "表哥你好，我是恒信达的，你表弟覃建军在我们这边有笔钱一直拖着，你在新加坡要是能见到他，帮忙说一声。",
     [(P, "覃建军")], [D]),
    ("app", "third_party", "阿姨，家豪在迪拜工地受伤住院的事我们知道了，但他信用卡还欠一万八，家里能不能先帮他还一点？",
     [(P, "家豪")], [D, S]),
    ("sms", "third_party", "洪太你好，洪生張卡嘅事，麻煩你叫佢盡快處理。——恒信達",
     [], [D]),
    ("sms", "third_party", "您好，我姓周，有事需与洪俊杰先生本人联系，烦请转告他回电0755-86273041，打扰见谅。",
     [(P, "洪俊杰"), (LL, "0755-86273041")], []),
    ("app", "third_party", "[WhatsApp] 業主你好，你個租客陳大文欠咗我哋客戶銀行錢，佢每朝幾點出門你知唔知？",
     [(P, "陳大文")], [D]),
    ("email", "third_party", "鹏远船员管理公司：\n贵司船员黄志伟（护照E73915830）现在远泰18轮任二副，其在我行信用卡欠款23,416.72元，逾期47天。请贵司在下次船岸联系时安排其与我行联系。",
     [(P, "黄志伟"), (PP, "E73915830")], [D, U]),
    ("app", "third_party", "林先生您好，令妹林佩君在海晟消費金融的借款已逾期，金額3,360元，煩請轉告她盡快處理。",
     [(P, "林佩君")], [D]),
    ("sms", "third_party", "您好，本人有私人事務需聯絡貴司員工許文濤先生，煩請轉告其回電，謝謝。",
     [(P, "許文濤")], []),
    ("app", "third_party", "兄弟，你们船上那个二副黄志伟，欠银行的钱都快三个月了，你跟他一条船，帮忙提一句。",
     [(P, "黄志伟")], [D]),
    ("email", "third_party", "Dear HR,\nYour employee Leung Ka Ho (passport E49684456, UAE mobile +971 50 121 6297) has an overdue credit card debt of RMB 18,075.40 with Minyue Bank. Please remind him to settle it.\nRegards, Hengxinda (HK) Credit Management",
     [(P, "Leung Ka Ho"), (PP, "E49684456")], [D, U]),
    ("app", "third_party", "阿伯，志伟在外面欠了卡钱，你见到他屋里人跟他们讲一声。",
     [(P, "志伟")], [D]),
    ("sms", "third_party", "你好，你爸覃建军欠我们钱，他现在在新加坡哪个工地你应该知道吧？",
     [(P, "覃建军")], [D]),
    ("app", "third_party", "[WhatsApp] Hi, this is Ms Deng. I need to reach Leung Ka Ho about a personal matter, could you ask him to call me back? Thanks.",
     [(P, "Leung Ka Ho")], []),
    ("email", "third_party", "闽侨劳务：\n覃建军在新加坡工作期间曾因工伤在樟宜综合医院住院两周，现已出院。请贵司告知其复工情况及工资发放日期，以便我司安排催收。",
     [(P, "覃建军")], [D, S]),
    ("sms", "third_party", "韦秀梅你好，你丈夫覃建军在我行欠款8万9，他在新加坡的宿舍地址、工头电话请提供给我们。",
     [(P, "韦秀梅"), (P, "覃建军")], [D]),
    ("sms", "third_party", "陳太你好，我係鄧小姐，想搵你個女嘉欣，有啲私人事，麻煩佢得閒覆我電話，唔該。",
     [(P, "嘉欣")], []),
    ("email", "third_party", "贵司好：\n烦请将附信转交船员黄志伟先生本人（信封已密封，仅限本人拆阅）。我司联系电话0591-87632210。\n此致",
     [(P, "黄志伟"), (LL, "0591-87632210")], []),
    ("app", "third_party", "Hi Mr Tan, you are Ka Ho's cousin right? His Minyue credit card still unpaid leh, 18k RMB. Tell him settle can?",
     [(P, "Ka Ho")], [D]),
    ("sms", "third_party", "【恒信达】您好，您的亲属许文涛在海晟消费金融借款逾期，我司多次联系未果，请转告其回电。",
     [(P, "许文涛")], [D]),
]

# --- visits at the family home on the mainland: visit records, appointment sheets, notes left at the door -------

VISITS: list[PiplEntry] = [
    ("notice", "unknown", "外访记录｜案件号MY-2024-0917｜外访地址：福建省南安市水头镇康店村五组28号（债务人户籍地）｜外访人员：李文斌、郑宏\n接待人：债务人母亲。据其称债务人黄志伟现随远泰18轮在印尼一带航行，每两三个月靠港一次；其妻陈素芬（电话13862620304）在泉州打工，其弟黄志明在厦门。\n结论：债务人失联，建议经船公司联系。",
     [(A, "福建省南安市水头镇康店村五组28号"), (P, "李文斌"), (P, "郑宏"), (P, "黄志伟"), (P, "陈素芬"),
      (MB, "13862620304"), (P, "黄志明")], [S, U, X]),
    ("notice", "unknown", "外访记录：10月9日两名外访员持证上门，地址为债务人户籍地南安市水头镇康店村五组28号。债务人不在家，家属称其在外工作，未透露去向；院内停有一辆闽C·7K29M白色面包车，家属称为其弟所有。外访员留下密封信函一封请家属转交，未告知欠款情况。",
     [(A, "南安市水头镇康店村五组28号"), (PL, "闽C·7K29M")], []),
    ("notice", "third_party", "黄志伟家属：我司受闽粤银行委托上门，黄志伟信用卡欠款23,416.72元已逾期，请其尽快联系0591-87632210。——外访组",
     [(P, "黄志伟"), (P, "黄志伟"), (LL, "0591-87632210")], [D]),
    ("notice", "third_party", "致黄志伟先生（家属代收）：今日上门未遇，留下信函一封，请转交本人拆阅。联系电话0591-87632210。",
     [(P, "黄志伟"), (LL, "0591-87632210")], []),
    ("notice", "unknown", "外访小结：梁家豪母亲称其4月在迪拜工地坠落，腰椎骨折，现回电白家中休养，每周二到区人民医院复查。",
     [(P, "梁家豪")], [S]),
    ("notice", "unknown", "外访小结：家属称债务人因工伤在家休养，具体病情未询问、未记录。建议转人工协商分期或缓催。",
     [], []),
    ("notice", "unknown", "外访附件：债务人梁家豪之父梁国栋护照E24643727、之母陈美玲护照E15282692（二人曾赴迪拜探亲，签证由债务人担保），均已拍照留存。",
     [(P, "梁家豪"), (P, "梁国栋"), (PP, "E24643727"), (P, "陈美玲"), (PP, "E15282692")], [U, X]),
    ("notice", "unknown", "外访附件二：债务人阿联酋居留签证复印件一份（签证号201/2023/7/118452，签发日2023-07-11，有效期至2025-06-30，担保方Gulf Huajian Contracting LLC），入职合同、体检表各一份，已随案归档。",
     [], [X]),
    ("notice", "unknown", "外访记录：据其兄称，债务人覃建军今年5月在马来西亚因逾期居留被移民局扣押，6月遣返回国，现住南宁。",
     [(P, "覃建军")], [S]),
    ("notice", "unknown", "外访预约单：经债务人本人同意，定于10月15日上午10时在其住所（南宁市青秀区民族大道112号金湖苑3栋1502室）面谈还款方案，外访员二人，出示工作证。",
     [(A, "南宁市青秀区民族大道112号金湖苑3栋1502室")], []),
    ("notice", "third_party", "邻居您好，麻烦转告对门黄家，他儿子志伟欠闽粤银行的钱该还了，我们改天再来。",
     [(P, "志伟")], [D]),
    ("notice", "unknown", "外访报告：债务人洪俊杰，住澳门氹仔孙逸仙博士大马路438号海景花园7座22楼F，在濠庭酒店任荷官，每周四轮休；其母住江门台山市台城镇环市西路55号。",
     [(P, "洪俊杰"), (A, "澳门氹仔孙逸仙博士大马路438号海景花园7座22楼F"), (A, "江门台山市台城镇环市西路55号")], [S, X]),
    ("notice", "unknown", "外访报告：债务人现居境外，本次仅走访其内地户籍地址，未接触其工作单位及邻居。已向家属说明可通过官方客服协商。",
     [], []),
    ("notice", "third_party", "陳太：你個仔陳大文張卡已經拖咗三個月，我哋今日嚟過，下次再嚟。",
     [(P, "陳大文")], [D]),
]

# --- e-mails: the bank and the consumer-finance company with the agency and its Hong Kong office; to debtors abroad

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "主题：委外案件移交（第14批）\n恒信达：附件为本批23户境外案件明细。示例：黄志伟，身份证350583198605072854，卡号6225881285872429，香港手机+852 6958 9723，现随远泰18轮跑东南亚航线。请按协议使用，不得外传。\n联系邮箱：outsourcing@minyuebank.com.cn",
     [(P, "黄志伟"), (ID, "350583198605072854"), (BC, "6225881285872429"), (EM, "outsourcing@minyuebank.com.cn")], [S, U]),
    ("email", "unknown", "主题：委外案件移交（第15批）\n恒信达：本批案件明细已经加密通道上传，字段按《委外数据最小化清单》提供：姓名、卡号后四位、欠款金额、逾期天数、登记电话。出入境记录、亲属证件不在移交范围内。",
     [], []),
    ("email", "unknown", "恒信达：你司申请补充债务人出入境记录、亲属证件及签证材料，经我中心合规部审核不予提供，理由为超出催收所必需的范围。请知悉。",
     [], []),
    ("email", "debtor", "Dear Mr Leung,\nWe write regarding your Minyue Bank credit card No. 6217997821003268065. Our records, including your passport E49684456, show an outstanding balance of RMB 18,075.40, now 93 days overdue. Please contact us within 7 days.\nHengxinda (HK) Credit Management",
     [(BC, "6217997821003268065"), (PP, "E49684456")], [U]),
    ("email", "debtor", "Dear Mr Leung,\nRe: Minyue Bank credit card ending 8065\nThe outstanding balance is RMB 18,075.40. If you are working overseas and need more time, please reply and we will discuss an instalment plan with the bank.\nHengxinda (HK) Credit Management, on behalf of Minyue Bank\nTel +852 2386 4170 | collections@hengxinda.com.hk",
     [(EM, "collections@hengxinda.com.hk")], []),
    ("email", "unknown", "跟进笔记：许文涛，澳门濠庭酒店叠码仔，每晚20:00-04:00在场，住黑沙环劳动节大马路某大厦，女友为澳门人何嘉雯，电话+853 6862 4867。",
     [(P, "许文涛"), (P, "何嘉雯")], [S, U, X]),
    ("email", "unknown", "跟进笔记：许文涛案，本人来电称在澳门工作，月底返内地后协商分期。按规定只记录约定时间，不记录其工作场所。",
     [(P, "许文涛")], []),
    ("email", "debtor", "陳小姐您好：\n茲就閣下（香港身份證Z799003(1)）於閩粵銀行之信用卡欠款61,240.18元，現正式通知閣下於十四日內聯絡本公司。\n恒信達信用管理（香港）有限公司",
     [], [U]),
    ("email", "debtor", "陳小姐您好：\n茲就閣下尾號0623之信用卡欠款（人民幣61,240.18元），現提供以下還款方案：一、一次性清還可減免部分利息；二、分十二期攤還。如有疑問請回覆本郵件。\n恒信達信用管理（香港）有限公司",
     [], []),
    ("email", "unknown", "恒信达：经抽查，贵司9月发送的短信中有3条含完整港澳通行证号码，如C33892095，违反委托协议第7条，请立即整改并反馈。",
     [(PP, "C33892095")], [U]),
    ("email", "unknown", "恒信达：经抽查，贵司9月发送的短信中有3条含完整港澳通行证号码（抽查记录已遮蔽为C33****95），违反委托协议第7条，请立即整改并反馈。",
     [], []),
    ("email", "debtor", "黄先生：\n据悉您将于10月12日搭乘MU2083由新加坡返回福州，我司工作人员将在长乐机场到达厅与您面谈还款事宜。",
     [], [S]),
    ("email", "unknown", "附：梁家豪亲属资料表\n父 梁国栋 18965782934（茂名电白）\n母 陈美玲 15871296911\n妹 梁嘉欣 15049996748（广州天河）\n表哥 林志坚（新加坡 +65 8713 5907）",
     [(P, "梁家豪"), (P, "梁国栋"), (MB, "18965782934"), (P, "陈美玲"), (MB, "15871296911"), (P, "梁嘉欣"),
      (MB, "15049996748"), (P, "林志坚")], [U, X]),
    ("email", "debtor", "覃先生您好：\n来信收悉，知悉您目前在境外务工、收入有限。我行同意将欠款分24期偿还，首期10月25日，每期3,720元。协议见附件，请签字后回传至cardcenter@minyuebank.com.cn。\n闽粤银行信用卡中心",
     [(EM, "cardcenter@minyuebank.com.cn")], []),
    ("email", "unknown", "内部邮件：覃建军案，其新加坡工伤医疗报告显示左手两指截肢，已申请工伤赔偿约2.3万新元，建议赔偿款到账后优先扣收。",
     [(P, "覃建军")], [S]),
    ("email", "unknown", "内部邮件：覃建军案，债务人告知有工伤在身，已按困难客户流程登记，暂缓催收60天。医疗资料不予留存。",
     [(P, "覃建军")], []),
    ("email", "debtor", "梁先生：\n您预留的内地手机18920771814已停机，经查身份证440923199611102310名下无其他有效号码，请尽快更新联系方式并处理欠款。",
     [(MB, "18920771814"), (ID, "440923199611102310")], [U]),
    ("email", "unknown", "香港办：陈嘉欣近一年过关记录如下：1/6罗湖入、1/9罗湖出、2/14深圳湾入、2/20深圳湾出、4/3落马洲入、4/5落马洲出、6/30罗湖入至今未出。请据此安排深圳同事在其母亲住处附近蹲守。",
     [(P, "陈嘉欣")], [S, X]),
    ("email", "unknown", "香港办：陈嘉欣案，请勿调取或使用其出入境记录，联系渠道限于其本人登记的电话与邮箱。",
     [(P, "陈嘉欣")], []),
]

# --- letters to debtors at home and abroad: collection letters, notices, agreements, a lawyer's letter -----------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：MYXY-2024-10-0388\n陈嘉欣女士（收件地址：香港九龙深水埗福华街188号福华楼6楼B室）：\n您在我行申领的信用卡（尾号0623）截至2024年10月8日欠款人民币61,240.18元，已逾期83天。请于2024年10月31日前通过手机银行或柜面还款。逾期不还，我行将依据合同及法律规定追偿，相关信息按规定报送金融信用信息基础数据库。如有异议，请于收函后15日内致电0591-87632210。\n闽粤银行信用卡中心（盖章）\n2024年10月9日",
     [(P, "陈嘉欣"), (A, "香港九龙深水埗福华街188号福华楼6楼B室"), (LL, "0591-87632210")], []),
    ("notice", "debtor", "律师函\n黄志伟先生（身份证号：350583198605072854；护照号：E73915830）：\n福建闽江律师事务所受闽粤银行信用卡中心委托，就您名下信用卡透支欠款23,416.72元事宜致函。请于收函后十日内与委托人联系还款，否则委托人将依法提起诉讼。\n律师：郑雅琴\n2024年9月20日",
     [(P, "黄志伟"), (ID, "350583198605072854"), (PP, "E73915830"), (P, "郑雅琴")], [U]),
    ("notice", "debtor", "还款通知书\n梁家豪先生：\n经查，您于2023年7月经劳务派遣赴阿联酋迪拜工作，现住Jebel Ali劳工营C区214室，每日上工时间为早6点至下午4点。您名下信用卡欠款18,075.40元，请立即还款。",
     [(P, "梁家豪"), (A, "Jebel Ali劳工营C区214室")], [S]),
    ("notice", "debtor", "還款通知書\n鍾麗華女士：\n閣下於海晟消費金融之借款（合同尾號0415）尚欠本息人民幣12,800元。閣下如身處香港，可透過跨境匯款或本公司App還款；如有困難，請來電商議分期。\n海晟消費金融有限公司貸後管理部",
     [(P, "鍾麗華")], []),
    ("notice", "debtor", "催繳函\n鍾麗華女士（香港身份證V344144(A)，內地身份證441424198702094366）：\n閣下借款已逾期47日，欠款人民幣12,800元，請於十日內清還。\n海晟消費金融有限公司",
     [(P, "鍾麗華"), (ID, "441424198702094366")], [U]),
    ("notice", "debtor", "对账单\n债务人：黄志伟　证件：护照E7****830　卡号：6225 88** **** 2429\n本期应还：23,416.72元　最后还款日：2024年10月25日",
     [(P, "黄志伟")], []),
    ("notice", "debtor", "分期还款协议\n甲方：闽粤银行股份有限公司信用卡中心\n乙方：覃建军，身份证号450821197211214414，新加坡住址Blk 27 Woodlands Industrial Park E1 #03-12 宿舍\n乙方欠款89,120元，分36期偿还……",
     [(P, "覃建军"), (ID, "450821197211214414"), (A, "Blk 27 Woodlands Industrial Park E1 #03-12")], [U]),
    ("notice", "debtor", "分期还款协议\n甲方：闽粤银行股份有限公司信用卡中心\n乙方：覃建军（证件号码4508**********4414）\n乙方欠款89,120元，经双方协商分36期偿还，每期2,476元，首期还款日2024年11月5日。",
     [(P, "覃建军")], []),
    ("notice", "debtor", "覃建军先生：\n您2024年5月至6月在马来西亚移民局扣留中心羁押期间，账户累计逾期62天。现您已回国，请于本月底前归还欠款。\n闽粤银行信用卡中心",
     [(P, "覃建军")], [S]),
    ("notice", "debtor", "告知函\n许文涛先生：\n我公司已就您的借款纠纷向人民法院提起诉讼。因您现居澳门，法院将依照内地与澳门相互委托送达司法文书的安排，经正式渠道向您送达起诉状副本及开庭传票。请注意查收，并可在收到后依法答辩。\n海晟消费金融有限公司",
     [(P, "许文涛")], []),
    ("notice", "debtor", "催收函\n许文涛先生：\n您的借款已逾期105天。如您仍不处理，我司将联系您的家人：父许国华（台山）、母李月娥、姐许文静（广州白云区，电话13953531051）。",
     [(P, "许文涛"), (P, "许国华"), (P, "李月娥"), (P, "许文静"), (MB, "13953531051")], [U, X]),
    ("notice", "debtor", "NOTICE OF OVERDUE BALANCE\nTo: Mr LEUNG Ka Ho\nAddress: Room 214, Block C, Gulf Huajian Labour Camp, Jebel Ali Industrial Area 1, Dubai, UAE\nAccount: Minyue Bank credit card ending 8065\nAmount due: RMB 18,075.40\nPlease settle by 30 November 2024, or contact us to agree on instalments.\nMinyue Bank Credit Card Centre",
     [(P, "LEUNG Ka Ho"), (A, "Room 214, Block C, Gulf Huajian Labour Camp, Jebel Ali Industrial Area 1, Dubai")], []),
    ("notice", "debtor", "还款通知\n覃建军先生：经核查，您在新加坡开设的工资账户每月25日入账约3,200新元，目前余额足以覆盖欠款，请于本月内还款。",
     [(P, "覃建军")], [S]),
    ("notice", "debtor", "林佩君女士（台胞證號碼02034557）：\n台端於海晟消費金融之借款已逾期19日，應還新臺幣等值人民幣3,360元，請儘速處理。",
     [(P, "林佩君")], [U]),
    ("notice", "debtor", "林佩君女士：\n台端於海晟消費金融之借款（合約尾號2210）已逾期19日，應還人民幣3,360元。台端如在臺灣地區，可經兩岸匯款或App還款，如有疑問請來電。",
     [(P, "林佩君")], []),
]

# --- court papers filed with a court (lawful there), and the same identifiers sent on to debtors or employers -----

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：闽粤银行股份有限公司信用卡中心\n被告：黄志伟，男，1986年5月7日出生，汉族，住福建省南安市水头镇康店村五组28号，公民身份号码350583198605072854。\n诉讼请求：1.判令被告偿还信用卡透支本金21,906.00元及利息、违约金；2.本案诉讼费由被告承担。\n此致\n福州市鼓山区人民法院",
     [(P, "黄志伟"), (A, "福建省南安市水头镇康店村五组28号"), (ID, "350583198605072854")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：闽粤银行股份有限公司信用卡中心\n被申请人：梁家豪，公民身份号码440923199611102310\n请求事项：冻结被申请人名下银行账户6228488076845023内存款人民币18,075.40元，或查封、扣押其等值财产。\n此致\n福州市鼓山区人民法院",
     [(P, "梁家豪"), (ID, "440923199611102310"), (BC, "6228488076845023")], []),
    ("notice", "unknown", "申请书\n申请人：海晟消费金融有限公司\n事项：请求委托送达\n被告洪俊杰现居澳门特别行政区，住澳门氹仔孙逸仙博士大马路438号海景花园7座22楼F，港澳居民来往内地通行证号码M84354578。请依照内地与澳门相互委托送达司法文书的安排，委托澳门特别行政区终审法院送达起诉状副本及应诉材料。\n此致\n广州市南沙湾区人民法院",
     [(P, "洪俊杰"), (A, "澳门氹仔孙逸仙博士大马路438号海景花园7座22楼F"), (PP, "M84354578")], []),
    ("sms", "debtor", "【恒信达】黄志伟，你的案子闽粤银行已经起诉了，起诉状上写得清清楚楚：公民身份号码350583198605072854，住南安市水头镇康店村五组28号。等着收传票吧。",
     [(P, "黄志伟"), (ID, "350583198605072854"), (A, "南安市水头镇康店村五组28号")], [U]),
    ("app", "debtor", "[图片文字] 被告：梁家豪，男，汉族，公民身份号码440923199611102310……\n专员：梁先生，起诉状您自己看，已经提交法院了。",
     [(P, "梁家豪"), (ID, "440923199611102310")], [U]),
    ("email", "unknown", "致福州市鼓山区人民法院立案庭：\n现网上提交原告闽粤银行诉被告覃建军信用卡纠纷一案起诉材料。被告身份信息（公民身份号码450821197211214414，护照E63950237）及境外住址见附件一，送达地址确认书见附件二。\n福建闽江律师事务所 郑雅琴律师",
     [(P, "覃建军"), (ID, "450821197211214414"), (PP, "E63950237"), (P, "郑雅琴")], []),
    ("email", "third_party", "Dear Gulf Huajian HR,\nPlease note that Minyue Bank has filed a lawsuit against your employee Leung Ka Ho (PRC ID 440923199611102310) for his unpaid credit card. Kindly confirm his current site and shift.\nFujian Minjiang Law Firm",
     [(P, "Leung Ka Ho"), (ID, "440923199611102310")], [D, U]),
    ("notice", "debtor", "诉讼告知函\n覃建军先生（证件号码后四位4414）：\n本行已就您的信用卡欠款向福州市鼓山区人民法院提起诉讼，案号(2024)闽0192民初8823号。法院将依法向您送达诉讼文书，您可依法应诉或与本行协商和解。\n闽粤银行信用卡中心",
     [(P, "覃建军")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：海晟消费金融有限公司\n被执行人：钟丽华，女，1987年2月9日出生，公民身份号码441424198702094366，香港身份证号码V344144(A)\n执行依据：(2024)粤0392民初5127号民事判决书\n此致\n深圳市前湾区人民法院",
     [(P, "钟丽华"), (ID, "441424198702094366")], []),
    ("app", "debtor", "[WhatsApp] 鍾小姐，執行申請已經交咗法院，上面寫住你內地身份證441424198702094366同香港身份證V344144(A)，你自己諗下。",
     [(ID, "441424198702094366")], [U]),
    ("notice", "unknown", "证据目录\n证据一：信用卡领用合约（被告黄志伟签字，证件号码350583198605072854），证明双方存在信用卡合同关系；\n证据二：对账单及催收记录，证明被告逾期未还。\n提交人：闽粤银行股份有限公司信用卡中心",
     [(P, "黄志伟"), (ID, "350583198605072854")], []),
]

# --- quality-check sheets, case notes, complaint tickets and instructions (internal: unknown recipient) ----------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单｜坐席工号3127｜录音编号REC-20241009-0412\n问题：坐席核身时完整念出客户身份证号350583198605072854，违反最小必要原则。\n扣分：-10",
     [(ID, "350583198605072854")], [U]),
    ("notice", "unknown", "质检单｜坐席工号3315\n问题：坐席向船公司工作人员称客户“有张卡逾期”，构成向第三方泄露债务信息。\n处理：扣分，停岗培训三天。",
     [], []),
    ("notice", "unknown", "投诉工单｜编号TS-2024-1102\n投诉人：梁家豪\n投诉内容：称催收员向其母亲透露其信用卡欠款，并提及他在境外受伤住院的事。\n处理：已核实，涉事坐席停岗，已向客户致歉。",
     [(P, "梁家豪")], []),
    ("notice", "unknown", "投诉工单｜编号TS-2024-1107\n投诉人：陈嘉欣，联系电话+852 9606 7769，香港身份证Z799003(1)\n投诉对象：恒信达\n诉求：停止联系其母亲。",
     [(P, "陈嘉欣")], [U]),
    ("notice", "unknown", "案件备注：债务人梁家豪，迪拜Gulf Huajian钢筋工，月薪4,500迪拉姆，每月10号发薪后给茂名家里汇款，收款人为其母陈美玲（农行卡6221555046651199）。",
     [(P, "梁家豪"), (P, "陈美玲"), (BC, "6221555046651199")], [S, U, X]),
    ("notice", "unknown", "质检单｜录音REC-0927-188\n坐席读出客户澳门手机+853 6462 1038全号，并称“你喺边间酒店返工我哋都清楚”。判定：违规。",
     [], [U]),
    ("email", "unknown", "升级工单：客户许文涛投诉我司掌握其在澳门的行踪。经查，外包员工根据其朋友圈定位整理了他8月的出行表：8/2拱北出、8/4拱北入、8/9横琴出、8/11横琴入、8/16拱北出、8/20拱北入。",
     [(P, "许文涛")], [S, X]),
    ("email", "unknown", "各催收组：境外案件外呼时，禁止询问或提及客户在境外的具体住址、工作单位、就医及羁押情况；核身只核对证件后四位。违者按《外包管理办法》处理。",
     [], []),
    ("notice", "unknown", "工单备注：客户自述在那边被关押期间手机被收走，所以没能还款，申请减免罚息。已转审批。",
     [], []),
]

# --- identifiers written and spoken every way: permits, passports, HKIDs, mobiles at home and abroad -----------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信达】黄生，请保持电话+852 6958-9723畅通，本周内我司会再致电。",
     [], [U]),
    ("app", "debtor", "[WhatsApp] 你登記嘅電話(852)57831838已經轉咗去留言信箱，請盡快覆電。",
     [], [U]),
    ("sms", "debtor", "【闽粤银行】您预留的境外号码00852-9017 0793无法接通，请回复新的联系方式。",
     [], [U]),
    ("call", "debtor", "坐席：陈生 你而家用紧嘅系six six four six double o four nine呢个号码吖嘛\n客户：系",
     [], [U]),
    ("call", "debtor", "坐席：覃生 新加坡那个号码八九一四 八八零三还在用吗\n客户：还在用",
     [], [U]),
    ("app", "debtor", "[WhatsApp] Leung sir pls pick up 058 740 1573, this is ur new UAE number rite?",
     [], [U]),
    ("sms", "debtor", "【恒信达】梁先生，您的备用号码+971580480961已登记，请保持畅通。",
     [], [U]),
    ("app", "debtor", "[WhatsApp] 洪生，你新號碼+853 66985052我哋已經更新，之後會用呢個聯絡你。",
     [], [U]),
    ("sms", "debtor", "【海晟消费金融】覃先生，您登记的手机+86 152 3328 1416仍可接通，请勿拒接，逾期款8,904.66元请尽快归还。",
     [(MB, "152 3328 1416")], [U]),
    ("app", "debtor", "您登记的紧急联系人（您姐姐）电话１３９５０９２７８５９我们打过了，她也说联系不上您。",
     [(MB, "１３９５０９２７８５９")], [U, X]),
    ("notice", "debtor", "逾期提示函\n债务人：林国强\n身份证：440923 19761109 071X\n欠款：闽粤银行信用卡透支本息14,352.60元，逾期58天。",
     [(P, "林国强"), (ID, "440923 19761109 071X")], [U]),
    ("call", "debtor", "坐席：您身份证是四四零三零六一九八三零三零五五五八叉 对吧\n客户：对 我人在香港",
     [(ID, "四四零三零六一九八三零三零五五五八叉")], [U]),
    ("app", "debtor", "何女士，您绑定的内地证件号为３６２２０１１９９２０６２３８４８Ｘ，与借款合同一致，请本周内还款。",
     [(ID, "３６２２０１１９９２０６２３８４８Ｘ")], [U]),
    ("sms", "debtor", "【闽粤银行】您的信用卡6217-0096-3965-5023已逾期21天，最低还款额960元，请及时还款。",
     [(BC, "6217-0096-3965-5023")], [U]),
    ("email", "debtor", "覃先生：\n本期自动扣款账户为6258.0977.6975.7560，扣款失败，请于5个工作日内存入足额款项。\n海晟消费金融",
     [(BC, "6258.0977.6975.7560")], [U]),
    ("call", "debtor", "坐席：那个卡号我核一下啊 五二四零 九零一八 六一九七 一七七六 是您本人的吧\n客户：嗯",
     [(BC, "五二四零 九零一八 六一九七 一七七六")], [U]),
    ("sms", "debtor", "【海晟消费金融】您登记的护照号码：EE 7126502，与还款账户户名不符，请联系客服更新。",
     [(PP, "EE 7126502")], [U]),
    ("call", "debtor", "坐席：许先生 你港澳通行证号码是C 六九一六 八零九七 对吧 我这边登记一下\n客户：对",
     [(PP, "C 六九一六 八零九七")], [U]),
    ("app", "debtor", "陈小姐，您回乡证H72138440（换证次数02）信息已与借款合同比对一致。",
     [(PP, "H72138440")], [U]),
    ("notice", "debtor", "催收函\n黄国荣先生（护照号G30572861）：您的信用卡欠款7,210元已逾期66天，请于15日内还款。",
     [(P, "黄国荣"), (PP, "G30572861")], [U]),
    ("app", "debtor", "林小姐您好，您早前提供的台胞證號碼1038271654(B)已失效，請提供新版證件以便核對。",
     [], [U]),
    ("sms", "debtor", "【海晟消费金融】欧阳涛，身份证3622 0119 9406 1717 18，您的借款已逾期27天，欠款5,642.08元。",
     [(P, "欧阳涛"), (ID, "3622 0119 9406 1717 18")], [U]),
    ("email", "debtor", "Dear Ms Chan,\nYour HKID E3858778 is linked to the overdue Minyue card. Please contact us within 7 days.\nHengxinda (HK)",
     [], [U]),
]

# --- decoys: case, order, ticket, ship and visa numbers of identifier shapes that fail the checks; masked forms ---

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【闽粤银行】您的还款流水号2024100918452236已入账，尾号4429信用卡当前无欠款。",
     [], []),
    ("email", "unknown", "案件编号440306202410090017已结案，相关录音按规定保存三年，证件复印件已销毁。",
     [], []),
    ("sms", "debtor", "【海晟消费金融】您的协商申请已受理，工单号20241009417，3个工作日内回复。",
     [], []),
    ("notice", "unknown", "船舶信息：远泰18（IMO 9481752），本航次编号VY2410-038。船员个人证件信息按规定不予录入催收系统。",
     [], []),
    ("email", "debtor", "Dear Mr Leung,\nYour refund of RMB 120.00 (reference 6217997821003268066) has been credited to the card ending 8065.\nMinyue Bank",
     [], []),
    ("call", "debtor", "坐席：您港澳通行证是C开头 尾号九五 对吧\n客户：系\n坐席：好的 核对完毕",
     [], []),
    ("sms", "debtor", "【闽粤银行】动账验证码482913，您正在办理跨境还款，5分钟内有效，切勿告知他人。",
     [], []),
    ("notice", "unknown", "签证申请编号0024116388402291与本案无关，已从附件中删除；债务人证件号仅保留末四位。",
     [], []),
    ("app", "debtor", "[WhatsApp] Ms Chung, pls ignore the number 8800241009337152 in our earlier msg, that was our internal batch no. Your contract ends in 0415.",
     [], []),
]

# --- sensitive data (health after an accident at work, whereabouts abroad, detention, minors, money) beside near-misses

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【海晟】许先生，您9月在澳门仁伯爵医院急诊的记录我们看到了，身体好了就该把钱还上。",
     [], [S]),
    ("app", "debtor", "[WhatsApp] 陳生，你上個月喺荃灣地盤整親隻手，工傷假放到幾時？放完就還錢啦。",
     [], [S]),
    ("app", "debtor", "客户：我在医院，工伤，手术刚做完\n专员：您先安心养伤，我这边备注暂停联系两周，康复后您方便时再联系我们就行。",
     [], []),
    ("call", "debtor", "坐席：许先生 你在澳门被司警带走那两天 我们也打不通你电话 现在出来了吧\n客户：你听谁说的",
     [], [S]),
    ("sms", "debtor", "【恒信达】梁先生，您昨晚在Deira区Al Rigga路一间中餐馆吃饭到十点，我们同事都看见了。",
     [], [S]),
    ("notice", "unknown", "定位核查：黄志伟微信运动显示其10月3日至5日在新加坡，朋友圈定位裕廊西，10月6日起无数据，推测已随船出港。",
     [(P, "黄志伟")], [S]),
    ("app", "debtor", "梁先生，你女儿在电白区第二小学读三年级，每天下午四点半放学，你在外面欠钱，孩子知道吗？",
     [], [S]),
    ("call", "debtor", "坐席：覃先生 你礼拜天都去新山那间华人教会做礼拜 我们知道的 教会的人知道你欠钱吗\n客户：你们想干嘛",
     [], [S]),
    ("sms", "debtor", "【闽粤银行】黄先生，您本月通过西联汇款从新加坡汇回国内6,000元给家人，却不还信用卡，请给出解释。",
     [], [S]),
    ("app", "debtor", "陳小姐，你阿媽喺深圳做化療嘅事我哋都知，你而家仲喺深圳陪佢吧？",
     [], [S]),
    ("email", "debtor", "陈小姐：\n经查，您在香港另有两笔财务公司私人贷款（合计港币8万元）尚未结清，且每月出粮后余额不足千元。请优先偿还我行欠款。",
     [], [S]),
    ("sms", "debtor", "【海晟消费金融】如您因疾病、工伤或其他困难暂时无法还款，可申请延期或分期，我们不会询问具体病情，也不需要病历。",
     [], []),
    ("call", "debtor", "坐席：钟小姐 听讲你有咗五个月 准备喺香港生 咁张单你点算\n客户：边个同你讲嘅",
     [], [S]),
    ("notice", "debtor", "还款提醒\n欧阳涛先生：据悉您目前在菲律宾马尼拉马卡蒂区一家客服中心上夜班，请于本月内归还欠款5,642.08元。",
     [(P, "欧阳涛")], [S]),
    ("call", "debtor", "客户：我在沙特工地，签证卡着回不去\n坐席：明白，那就按您说的，等您回国后再商量。您在那边的情况我不做记录。",
     [], []),
    ("app", "debtor", "黄先生，听说你在船上摔伤，被送到高雄港附近的医院缝了十几针，现在好点没？伤好了记得还钱。",
     [], [S]),
    ("sms", "debtor", "【恒信达】梁先生，您工伤后评了七级伤残，每月有伤残津贴，还款应该没问题吧。",
     [], [S]),
    ("app", "debtor", "梁先生，你之前在迪拜因为劳资纠纷被警察局扣了一晚，公司那边都传开了吧。",
     [], [S]),
    ("call", "debtor", "坐席：覃生 你在新加坡那个准证是S Pass还是Work Permit 我们查到你下个月十八号到期 雇主不续你就得回来 到时我们在南宁等你",
     [], [X]),
    ("app", "debtor", "许先生，你这三个月每周四晚上都从拱北过去，周日凌晨回来，这个规律我们摸得很清楚。",
     [], [S]),
]

# --- more than the message needs: relatives' and co-workers' names, numbers and passports, employers, visa files ---

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【恒信达】梁家豪，你父亲梁国栋、母亲陈美玲都在电白霞洞镇上垌村，你妹妹在广州天河上班，你自己看着办。",
     [(P, "梁家豪"), (P, "梁国栋"), (P, "陈美玲")], [X]),
    ("app", "debtor", "许先生，你姐许文静在白云区那间制衣厂做会计，她电话我们也有。",
     [(P, "许文静")], [X]),
    ("email", "debtor", "梁先生：\n您的迪拜居留签证（签证号201/2023/7/118452，担保人Gulf Huajian Contracting LLC，劳工卡号87312044）及历次入境章记录已随案提交银行。请尽快还款。",
     [], [X]),
    ("sms", "debtor", "【闽粤银行】洪先生，您太太的回乡证M06386635和您女儿的港澳通行证C59923391我们均有登记。",
     [(PP, "M06386635"), (PP, "C59923391")], [U, X]),
    ("call", "debtor", "坐席：陈大文 你住九龙湾德翠花园F座12楼6室 喺观塘嗰间物流公司揸货车 啱唔啱\n客户：你哋查我？",
     [(P, "陈大文"), (A, "九龙湾德翠花园F座12楼6室")], [X]),
    ("app", "debtor", "覃先生，你工友韦志勇、黄德明都说你在新加坡过得挺滋润的。",
     [(P, "韦志勇"), (P, "黄德明")], [X]),
    ("notice", "debtor", "催收函\n覃建军先生：\n您的信用卡欠款89,120元已逾期120天。经查，您配偶韦秀梅现在南宁市江南区一家制衣厂上班，您岳父韦国林住武鸣。请于本月底前还款。",
     [(P, "覃建军"), (P, "韦秀梅"), (P, "韦国林")], [X]),
    ("sms", "debtor", "【恒信达】黄志伟：你老婆陈素芬在泉州丰泽区那间鞋厂上班，电话13862620304，你要是不接电话，我们只好找她聊。",
     [(P, "黄志伟"), (P, "陈素芬"), (MB, "13862620304")], [U, X]),
    ("email", "unknown", "案件资料包（梁家豪）：全部出入境记录（2019-2024共37次）、护照首页及签证页、劳务合同、体检报告、父母及妹妹身份证复印件，已打包发恒信达。",
     [(P, "梁家豪")], [X]),
    ("app", "debtor", "黄先生，远泰18的船长林国雄和大副王建华我们都联系过了，他们说你这个月一直在船上。",
     [(P, "林国雄"), (P, "王建华")], [S, X]),
    ("call", "debtor", "坐席：洪生 你女朋友苏咏诗喺濠庭做公关 住氹仔嗰边 佢电话我哋都有\n客户：你哋唔好搞佢",
     [(P, "苏咏诗")], [X]),
    ("sms", "debtor", "【海晟】钟女士，您母亲刘桂英（身份证350128196802159427）是您的紧急联系人，我们已经通知她了。",
     [(P, "刘桂英"), (ID, "350128196802159427")], [U, X]),
    ("app", "debtor", "[WhatsApp] Ms Chung, you work at Golden Crown Cha Chaan Teng, 612 Nathan Road, Mongkok, 7am to 4pm. Your boss is Mr Lau, we can talk to him.",
     [(A, "612 Nathan Road, Mongkok")], [S, X]),
    ("notice", "unknown", "失联修复表\n债务人：覃建军\n配偶：韦秀梅 15277570711\n岳父：韦国林\n儿子：覃浩然（南宁二中初二）\n工头：黄德明 +65 9782 8880",
     [(P, "覃建军"), (P, "韦秀梅"), (MB, "15277570711"), (P, "韦国林"), (P, "覃浩然"), (P, "黄德明")], [S, U, X]),
    ("sms", "debtor", "【闽粤银行】陈嘉欣女士，您在香港的雇主恒丰物业管理有限公司及您的办公地址九龙湾宏照道38号企业广场五期1座17楼，我行均已掌握。",
     [(P, "陈嘉欣"), (A, "九龙湾宏照道38号企业广场五期1座17楼")], [X]),
    ("email", "debtor", "陈小姐：\n您在加拿大的哥哥陈嘉伟（温哥华，电话+1 604 555 0187）和您在深圳的母亲，我司均可联系。请于本周内回复还款计划。",
     [(P, "陈嘉伟")], [U, X]),
    ("app", "debtor", "许先生，你女朋友何嘉雯住氹仔哪栋楼、几点下班，我们都知道。",
     [(P, "何嘉雯")], [X]),
    ("call", "debtor", "坐席：你老婆韦秀梅身份证四五零八二一一九七二一一二一四四一四 哦不对 那是你的 你老婆的是一五二七七五七零七一一那个电话登记的",
     [(P, "韦秀梅"), (ID, "四五零八二一一九七二一一二一四四一四"), (MB, "一五二七七五七零七一一")], [U, X]),
]

# --- messages debtors forward or paste whole, as received (they carry the labels of what they contain) ----------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "（客户转发给客服的截图文字）“【恒信达】梁家豪，你父亲梁国栋、母亲陈美玲的护照E24643727、E15282692我们都有，你自己看着办。”",
     [(P, "梁家豪"), (P, "梁国栋"), (P, "陈美玲"), (PP, "E24643727"), (PP, "E15282692")], [U, X]),
    ("email", "unknown", "转发：\n-------- 原始邮件 --------\n发件人：恒信达香港办\n陈小姐，你今年1月6日、2月14日、4月3日、6月30日四次由罗湖、深圳湾、落马洲入境，每次都住在你母亲家，我们都有记录。",
     [], [S, X]),
    ("notice", "unknown", "投诉信附件（投诉人抄录的短信原文）：\n【恒信达】鍾麗華，你香港身份證V344144(A)、內地身份證441424198702094366我哋都有，唔還錢就等住。",
     [(P, "鍾麗華"), (ID, "441424198702094366")], [U]),
    ("app", "unknown", "我老公转给我看的，你们自己看看像话吗：“洪生，你女儿在拱北那间小学读书，每天早上七点半过关，我们清楚得很。”",
     [], [S]),
    ("email", "unknown", "Fwd: 来自闽粤银行的短信\n“【闽粤银行】您尾号4429的信用卡已逾期5天，最低还款额1,860.00元，请尽快还款。回T退订”\n我已经还了，为什么还发？",
     [], []),
    ("app", "unknown", "（12315投诉截图）“覃建军，你在马来西亚被关了二十多天的事，我们已经告诉你们村的人了。”",
     [(P, "覃建军")], [S]),
]

# --- disclosure in few words to relatives, agents and co-workers, beside bare call-back requests ----------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "请转告黄志伟，卡该还了。",
     [(P, "黄志伟")], [D]),
    ("app", "third_party", "韦姐，你老公那笔账还没清哦。",
     [], [D]),
    ("call", "third_party", "坐席：你系佢同事？叫佢还钱啦，佢知嘅。\n第三方：……",
     [], [D]),
    ("sms", "third_party", "【闽粤银行】请提醒您的家人梁家豪按时还款。",
     [(P, "梁家豪")], [D]),
    ("app", "third_party", "阿姨，麻烦让他回个电话，谢谢。",
     [], []),
    ("call", "third_party", "坐席：船公司吗 你们那个二副黄志伟 逾期了 知会一声\n第三方：好 我转达",
     [(P, "黄志伟")], [D]),
    ("app", "third_party", "覃建军那边还欠着银行的，你们发工资的时候留意一下。",
     [(P, "覃建军")], [D]),
    ("sms", "unknown", "您好，打扰了，请问这是黄志伟先生的号码吗？如不是请忽略，抱歉。",
     [(P, "黄志伟")], []),
    ("call", "third_party", "坐席：阿叔，你个仔张卡呀，你都知嘅啦，叫佢处理下。\n第三方：我知㗎喇",
     [], [D]),
    ("app", "third_party", "[WhatsApp] Ka Ho still owe bank money, u know right? tell him lah",
     [(P, "Ka Ho")], [D]),
    ("call", "third_party", "坐席：您好，我找洪俊杰。\n第三方：佢唔喺度\n坐席：唔该你同佢讲有人搵，佢得闲覆个电话就得，唔使讲咩事，多谢。",
     [(P, "洪俊杰")], []),
    ("sms", "third_party", "叫志伟还卡钱。",
     [(P, "志伟")], [D]),
    ("sms", "third_party", "志伟的事还没解决，闽粤那边还在等。",
     [(P, "志伟")], [D]),
]

# --- more calls: the family home in Minnan and Cantonese, ships, employers abroad, a building guard ---------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：阿婶，我是闽粤银行信用卡中心的，志伟欠我们两万三，人在船上联系不上。\n第三方：伊去做船员啊，我毋知影\n坐席：那他老婆电话多少，你给我一下。",
     [(P, "志伟")], [D]),
    ("call", "third_party", "坐席：Hello, is this the Ocean Lark? I need to talk to your second officer Huang Zhiwei. He has an overdue credit card with our bank, please tell him to call us.\n第三方：He's on watch now.",
     [(P, "Huang Zhiwei")], [D]),
    ("call", "debtor", "坐席：陈小姐 你今年过关记录我读俾你听 一月六号罗湖入 九号出 二月十四深圳湾入 二十号出 四月三号落马洲入 五号出 六月三十罗湖入到而家 你喺深圳住咗三个月喇\n客户：你哋点会有呢啲",
     [], [S, X]),
    ("call", "third_party", "坐席：你好 人事部吖嘛 你哋员工钟丽华欠我哋客户海晟嘅钱 仲有佢上个月请病假做手术 系咪已经返工\n第三方：我哋唔会讲员工资料",
     [(P, "钟丽华")], [D, S]),
    ("call", "third_party", "坐席：Hello, camp office? Your worker Leung Ka Ho in block C, he hurt his leg last month and still owes our bank, is he back on site?\n第三方：Who is this?",
     [(P, "Leung Ka Ho")], [D, S]),
    ("call", "debtor", "坐席：洪生 你阿妹喺香港嗰个电话系九零一七 零七九三 你老婆身份证我哋都有 你唔想我哋一个个打过去吧\n客户：你讲完未",
     [], [U, X]),
    ("call", "third_party", "坐席：你们船员黄志伟在高雄港受伤住院那次，费用是你们垫的吧？他欠我们银行两万多，工资能不能先扣？\n第三方：这个要问公司。",
     [(P, "黄志伟")], [D, S]),
    ("call", "debtor", "坐席：梁先生 你之前在迪拜被拘留那一晚 是因为跟工头打架吧 这些事你家里知道吗\n客户：你们别乱说",
     [], [S]),
    ("call", "debtor", "坐席：你这个阿联酋居留签证201/2023/7/118452 明年六月三十号到期 担保公司Gulf Huajian 劳工卡号87312044 我们这边都有 到期前把钱还了",
     [], [X]),
    ("call", "third_party", "坐席：Hello 你系咪覃建军个表哥林志坚？佢张闽粤银行信用卡overdue咗好耐 你同佢讲声\n第三方：我哋好耐冇联络",
     [(P, "覃建军"), (P, "林志坚")], [D]),
    ("call", "debtor", "坐席：你女朋友苏咏诗 每晚八点喺濠庭开工 凌晨四点收工 我哋都查到 你仲唔还钱\n客户：关佢咩事",
     [(P, "苏咏诗")], [S, X]),
    ("call", "third_party", "坐席：阿姨 梁家豪现在在迪拜那个Jebel Ali工地 住C区那排宿舍 对吧 他欠我们的钱一直没还\n第三方：我唔知佢住边",
     [(P, "梁家豪")], [D, S]),
    ("call", "debtor", "坐席：覃先生 你老婆身份证四四零九二三一九八六零一二一九六二五 你儿子在南宁二中读初二 这些我们都有 你掂量一下",
     [(ID, "四四零九二三一九八六零一二一九六二五")], [S, U, X]),
    ("call", "third_party", "坐席：请问是黄志伟先生吗？\n第三方：打错了\n坐席：抱歉打扰了，再见。",
     [(P, "黄志伟")], []),
    ("call", "third_party", "坐席：保安大哥 十二楼嗰个陈大文 佢欠银行钱 你见到佢话俾佢知有人搵佢\n第三方：我帮你留意下",
     [(P, "陈大文")], [D]),
]

# --- more texts: relatives abroad, the Hong Kong office's notes, accounts abroad -------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("app", "third_party", "你好，你是许文涛的儿子吧？你爸在海晟借的钱逾期三个多月了，你在悉尼读书也该劝劝他。",
     [(P, "许文涛")], [D]),
    ("sms", "third_party", "林先生您好，令妹林佩君在大陸的借款逾期未還，她現住廈門思明區，請轉告她儘快與我們聯絡。",
     [(P, "林佩君")], [D]),
    ("email", "unknown", "香港办跟进：陈大文，HKID C898419(9)，住葵涌邨2座1408室，每周一三五在葵涌码头上夜班，早上八点收工。",
     [(P, "陈大文"), (A, "葵涌邨2座1408室")], [S, U]),
    ("call", "debtor", "机器人：您好，陈大文先生，您的香港身份证号码C898419(9)名下信用卡已逾期，请按1转人工。\n客户：（按键1）",
     [(P, "陈大文")], [U]),
    ("app", "debtor", "[图片] 许先生，你妈李月娥的身份证445122197403058306我们也拿到了，要不要我们直接找她谈？",
     [(P, "李月娥"), (ID, "445122197403058306")], [U, X]),
    ("sms", "debtor", "【海晟消费金融】覃先生，您名下马来西亚Maybank账户近三个月流水显示月均入账2,800令吉，请按约还款。",
     [], [S]),
    ("app", "debtor", "[WhatsApp] 陳生，你架粵Z·H128港兩地車，每日朝早七點過皇崗，九點泊喺福田嗰個停車場，我哋都睇住。",
     [(PL, "粵Z·H128港")], [S]),
    ("notice", "debtor", "车辆信息确认函\n陈大文先生：您以车辆粤Z·H128港作为分期协议的担保物，该车辆登记信息已核对无误。如需变更，请致电0755-86273041。",
     [(P, "陈大文"), (PL, "粤Z·H128港"), (LL, "0755-86273041")], []),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AY-LENDER-SMS": LENDER_SMS,
    "AY-AGENCY-MESSAGES": AGENCY_MESSAGES,
    "AY-AGENT-CALLS": AGENT_CALLS,
    "AY-ASR-CALLS": ASR_CALLS,
    "AY-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AY-THIRD-PARTIES": THIRD_PARTIES,
    "AY-VISITS": VISITS,
    "AY-EMAILS": EMAILS,
    "AY-LETTERS": LETTERS,
    "AY-COURT-PAPERS": COURT_PAPERS,
    "AY-QA-AND-TICKETS": QA_AND_TICKETS,
    "AY-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AY-DECOYS": DECOYS,
    "AY-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AY-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AY-FORWARDED": FORWARDED,
    "AY-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AY-MORE-CALLS": MORE_CALLS,
    "AY-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
