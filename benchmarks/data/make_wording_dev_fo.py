"""Wording development batch fo (training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_fo`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py`, the batch table of the labelled-set
tests and the skeleton lines of batch fl (its docstring, imports, constants, first entries and closing functions);
no detector, scan or benchmark was run on these texts. Its theme is collection written in English, in mixed Chinese
and English and in traditional characters: template SMS of Hong Kong, Macau and Singapore lenders (with
`template_id`, `template_vars` and `days_overdue`, some sent with their placeholders unfilled); cross-border credit
cards (Hong Kong cards held by mainland students and visitors, Causeway commuters); expatriate and student borrowers
in Hong Kong, Singapore, the UK and Australia; agents who switch languages mid-sentence ("你再不还, we will visit your
office"); English words inside Chinese SMS (overdue, legal action, blacklist, police, CRB, HR, contact list);
written Cantonese (唔還錢, 畀, 嘅, 仆街, 廢柴); Singlish; calls as ASR text without punctuation in Cantonese,
Mandarin and English; robots speaking both languages; WhatsApp, WeChat and Telegram chats; e-mails to debtors,
HR departments, registrars, landlords and pastors; letters and notices. Violations of every wording category in
these forms: fake Hong Kong Police, CID, ICAC, Immigration, Department of Justice, Official Receiver, Small Claims
Tribunal, Judiciary, Macau Judiciary Police / monetary authority, Singapore Police and State Courts, Shenzhen police
and courts, and law-firm signatures used by collectors; arrest, jail, criminal records, departure bans, cancelled
student visas and employment passes, passports seized, MPF frozen, spouses "legally responsible", degrees withheld;
contact lists, HR, supervisors, parents, flatmates, classmates and church told or pressed; estate lobbies, void
decks, LIHKG, Facebook, TikTok, Xiaohongshu and residents' groups; watching the route to work, a child's school,
a car park, the door of a flat, red paint; card cash advances, finance companies, Afterpay, debt consolidation,
remortgages, pawned watches, gold and insurance policies, selling blood or a kidney; deadbeat, loser, 老賴, 廢柴,
人渣. Beside nearly every violating text stands a lawful twin in the same voice and channel: true statements of
legal steps with their conditions (a claim in the Small Claims Tribunal, the District Court or the Magistrate's
Court, served papers and a right to defend, reporting to TransUnion under the agreement, a genuine solicitor's
letter before action), hardship pauses and instalment plans, "please don't borrow to pay us", anti-fraud warnings
naming the impersonations, a training sheet quoting the banned phrases to forbid them, call-back requests to third
parties naming no debt and no lender, refusals to tell a parent or flatmate anything, and the debtor's own anger in
calls, chats and e-mails (never labelled). About half is compliant.

Labels follow contract section 5. A message to a third party ("@") that reveals the debt, the lender or the product
(amount, overdue status, the lender's name) is disclosure, even when it only asks to pass a message on; one that also
presses the third party (to pay, remind, deduct wages, withhold a degree, or suffer calls and visits) is third party
too, as is a threat to the debtor that the contact list, family, employer, HR, references or school will be told.
A call-back request to a third party that names no debt and no lender is compliant. Posting or threatening to post
the debt in a community (estate or building notices, void deck, residents' or students' groups, church committee,
social media, flyers) is exposure. Naming where the debtor, the family or their property can be found (a route, a
flat, a child's school, a parked car) together with a demand, or saying people will wait or come up, is violence.
A sender or caller presenting itself as police, ICAC, immigration, a court or tribunal, a government department or a
law firm / lawyer it is not is impersonation; what is claimed decides misleading.legal (arrest, jail, criminal
offence, departure bans, visas or degrees lost, MPF frozen, fake warrants, judgments and summonses, a spouse or
employer made liable). Urging the debtor or a contact to borrow elsewhere (another lender, a card cash advance, a BNPL
app, consolidation loan, relatives or colleagues), remortgage, pawn or sell property, cash in insurance, or sell
blood or organs is rollover. Insults and contemptuous labels are abuse.insult. A debtor's paste of a message he
received carries its wording labels; a debtor's or third party's own words are never labelled. Texts whose label was
uncertain were left out. All people, numbers, companies, schools, buildings and flats are invented (districts and
estates are real place names; the anti-fraud hotlines quoted are the public ones).

Output (deterministic): `wording_dev_fo.jsonl`, contract messages (section 1) with `labels`, as batch d, the
template SMS also with `template_id`, `template_vars` (absent when sent unfilled) and `days_overdue`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.data.set_format import templated_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_fo.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line. A template SMS carries a fifth item,
# (template_id, template_vars or None when sent unfilled, days_overdue). The sections run in pairs in the same
# order, so that a violating text's lawful twin stands at about the same place in COMPLIANT.

# --- A. template SMS of Hong Kong, Macau and Singapore lenders ---

_VIOLATING_A = (
    ("SMS-HK", "sms", "L", "【恒匯財務 Hang Wui Finance】CHAN Tai Man: a/c ending 3318 is 38 days overdue, HK$12,460. If unpaid by 5pm today, our legal department will file a police report and a warrant will be issued for your arrest. 即日還款 Pay now: 2117 8830",
     ("HW-OD-03", {"name": "CHAN Tai Man", "acct": "3318", "days": "38", "amount": "12,460"}, 38)),
    ("SMS-HK", "sms", "PL", "[Hong Kong Police Force - Commercial Crime Bureau] Case ref CCB/24/08813: you are suspected of loan fraud for defaulting on HK$8,900 owed to Fast Reach Credit. Contact Sgt HO at 3568 2219 within 24 hours to avoid arrest.",
     ("FR-LG-09", {"ref": "CCB/24/08813", "amount": "8,900"}, 75)),
    ("SMS-EC", "sms", "@TD", "Fast Reach Credit: Dear Ms LEUNG, you are listed as the reference for WONG Ka Lok, whose loan of HK$23,100 is 64 days overdue. Make sure he repays by Friday or we will call you at your workplace every day.",
     ("FR-EC-04", {"contact": "Ms LEUNG", "name": "WONG Ka Lok", "amount": "23,100", "days": "64"}, 64)),
    ("SMS-MO", "sms", "E", "【澳聯信貸 MacauLink】李家豪先生，閣下貸款已逾期52日，尚欠MOP 9,870。如3日內仍未清還，本公司將把閣下相片及欠款資料張貼於所住大廈大堂及Facebook專頁。",
     ("ML-OD-05", {"name": "李家豪", "days": "52", "amount": "9,870"}, 52)),
    ("SMS-SG", "sms", "R", "Lionbay Credit: Hi TAN Wei Ling, your instalment of S$1,240 is 21 days overdue. If cash is tight, take a personal loan from another licensed moneylender or a cash advance on your credit card and clear us today. Reply 1 for the list.",
     ("LB-OD-02", {"name": "TAN Wei Ling", "amount": "1,240", "days": "21"}, 21)),
    ("SMS-SG", "sms", "I", "Orchid Capital: Mr LIM Boon Huat, stop behaving like a deadbeat. S$3,560 overdue 40 days. A child keeps promises better than you. Pay at orchidcap.sg/pay",
     ("OC-OD-06", {"name": "LIM Boon Huat", "amount": "3,560", "days": "40"}, 40)),
    ("SMS-HK", "sms", "T", "【穩信財務】何健威：閣下欠款HK$6,750已逾期29日。若今日仍不處理，我們會逐一致電你手機通訊錄內所有聯絡人，並通知你公司人事部。",
     ("WS-OD-07", {"name": "何健威", "amount": "6,750", "days": "29"}, 29)),
    ("SMS-HK", "sms", "V", "Kowloon Crest Finance: NG Pui San, we know you finish work at 7pm in Kwun Tong and take the MTR home to Tsing Yi. Settle HK$15,300 tonight. Our staff will be waiting if you don't.",
     ("KC-OD-11", {"name": "NG Pui San", "amount": "15,300"}, 33)),
    ("SMS-CARD", "sms", "L", "【Pearl Bay Bank Card Centre】持卡人 LAU Tsz Hin：你嘅信用卡(尾號0921)已overdue 95日，結欠HK$41,882。如再唔還款，你會被列入入境處黑名單，無法出境，並留有刑事案底。",
     ("PB-CC-08", {"name": "LAU Tsz Hin", "last4": "0921", "days": "95", "amount": "41,882"}, 95)),
    ("SMS-EC", "sms", "@D", "Emerald Isle Money Lending: Dear Mr CHEUNG Wing Kei, your brother CHEUNG Wing Yip has an overdue loan of HK$7,420 with us (45 days). Please remind him to call 2893 6610.",
     ("EI-EC-01", {"contact": "CHEUNG Wing Kei", "name": "CHEUNG Wing Yip", "amount": "7,420", "days": "45"}, 45)),
    ("SMS-HK", "sms", "PL", "【九龍城裁判法院 Kowloon City Magistrates' Courts】傳票通知：張美麗女士，你因拖欠Fast Reach Credit款項被起訴，請於10月18日上午9時30分到庭，否則將發出拘捕令。",
     ("FR-LG-12", {"name": "張美麗", "date": "10月18日"}, 88)),
    ("SMS-SG", "sms", "E", "Lionbay Credit: Ms Priya NAIR, unless S$2,300 is paid by 6pm, we will share your overdue notice in the Jurong West block WhatsApp group and on our Facebook defaulter page.",
     ("LB-OD-09", {"name": "Priya NAIR", "amount": "2,300"}, 37)),
    ("SMS-HK", "sms", "R", "【恒匯財務】CHAN先生，HK$12,460 overdue咗成個月。你架車都值幾萬，賣咗佢或者拎去車按即刻有錢還，唔好再拖。",
     ("HW-OD-05", {"name": "CHAN", "amount": "12,460"}, 41)),
    ("SMS-MO", "sms", "IL", "【澳聯信貸】無恥老賴黃志強，欠款MOP 4,300逾期80日，再唔還就通知司警拘捕你。",
     ("ML-OD-09", {"name": "黃志強", "amount": "4,300", "days": "80"}, 80)),
    ("SMS-EC", "sms", "@LTD", "Harbourline Card Services: To HR, Silverline Logistics Ltd. Your employee MA Chun Kit owes HK$18,905 on his credit card. Under the Money Lenders Ordinance you as employer must deduct this from his salary this month.",
     ("HL-EC-02", {"company": "Silverline Logistics Ltd", "name": "MA Chun Kit", "amount": "18,905"}, 92)),
    ("SMS-SG", "sms", "V", "Sentinel Collections: Mr Rajesh KUMAR, our field team has visited Blk 418 Bedok North twice. Next visit we bring more people. S$5,120 must be paid today.",
     ("SC-FD-03", {"name": "Rajesh KUMAR", "amount": "5,120"}, 67)),
    ("SMS-HK", "sms", "T", "【恒匯財務】{name}，你已overdue {days}日，欠款HK${amount}。再唔還，我哋會send你嘅資料去你公司HR同你所有contact。",
     ("HW-OD-07", None, 24)),
)

_COMPLIANT_A = (
    ("SMS-HK", "sms", "", "【恒匯財務 Hang Wui Finance】CHAN Tai Man: a/c ending 3318 is 38 days overdue, HK$12,460. Please pay by 30 Sep or call 2117 8830 to discuss a plan. If no arrangement is made we may consider civil action; you would be told in writing first.",
     ("HW-OD-04", {"name": "CHAN Tai Man", "acct": "3318", "days": "38", "amount": "12,460"}, 38)),
    ("SMS-HK", "sms", "", "Fast Reach Credit: Beware of scams. The Hong Kong Police will never call or text you about a loan repayment, and we never ask you to pay into a personal account. Our only hotline is 2381 4470.",
     ("FR-AF-01", {"hotline": "2381 4470"}, 75)),
    ("SMS-EC", "sms", "@", "【客戶服務】Dear Ms LEUNG, sorry to trouble you. We would like WONG Ka Lok to call us back at 2381 4470 about a personal matter. If you don't know him, reply STOP and we will delete your number.",
     ("CB-PLAIN-03", {"contact": "Ms LEUNG", "name": "WONG Ka Lok", "hotline": "2381 4470"}, 64)),
    ("SMS-MO", "sms", "", "【澳聯信貸 MacauLink】李家豪先生，閣下貸款已逾期52日，尚欠MOP 9,870。如有困難，可致電2871 4402申請分期還款，本公司不會向任何第三方透露閣下資料。",
     ("ML-OD-06", {"name": "李家豪", "days": "52", "amount": "9,870"}, 52)),
    ("SMS-SG", "sms", "", "Lionbay Credit: Hi TAN Wei Ling, your instalment of S$1,240 is 21 days overdue. Please don't take a new loan to pay us. Call 6812 3345 and we can restructure it into smaller monthly amounts.",
     ("LB-OD-03", {"name": "TAN Wei Ling", "amount": "1,240", "days": "21"}, 21)),
    ("SMS-SG", "sms", "", "Orchid Capital: Mr LIM Boon Huat, a reminder that S$3,560 is 40 days overdue. If you disagree with the balance, reply DISPUTE and we will send you a statement within 5 working days.",
     ("OC-OD-07", {"name": "LIM Boon Huat", "amount": "3,560", "days": "40"}, 40)),
    ("SMS-HK", "sms", "", "【穩信財務】何健威先生：閣下欠款HK$6,750已逾期29日，請於10月5日前還款。本公司只會聯絡閣下本人，如需更改聯絡方式請致電2566 1083。",
     ("WS-OD-08", {"name": "何健威", "amount": "6,750", "days": "29", "date": "10月5日"}, 29)),
    ("SMS-HK", "sms", "", "Kowloon Crest Finance: Dear Ms NG Pui San, your payment of HK$15,300 is overdue. You can pay at any 7-Eleven with the barcode in our app, or call 2311 5097 (Mon-Sat 9am-8pm).",
     ("KC-OD-12", {"name": "NG Pui San", "amount": "15,300", "hotline": "2311 5097"}, 33)),
    ("SMS-CARD", "sms", "", "【Pearl Bay Bank Card Centre】持卡人 LAU Tsz Hin：你嘅信用卡(尾號0921)已逾期95日，結欠HK$41,882。根據你同本行嘅協議，逾期紀錄會報告予環聯(TransUnion)。如需還款安排，請致電2290 8811。",
     ("PB-CC-09", {"name": "LAU Tsz Hin", "last4": "0921", "days": "95", "amount": "41,882"}, 95)),
    ("SMS-EC", "sms", "@", "Dear Mr CHEUNG, we are trying to reach CHEUNG Wing Yip about a personal matter. Could you kindly ask him to call 2893 6610? Thank you.",
     ("CB-PLAIN-04", {"contact": "CHEUNG", "name": "CHEUNG Wing Yip", "hotline": "2893 6610"}, 45)),
    ("SMS-HK", "sms", "", "Fast Reach Credit：張美麗女士，如你仍未能還款，本公司可能向小額錢債審裁處提出申索。審裁處會向你送達正式文件，你有權出庭答辯。如欲和解，請致電2381 4470。",
     ("FR-LG-13", {"name": "張美麗"}, 88)),
    ("SMS-SG", "sms", "", "Lionbay Credit: Ms Priya NAIR, S$2,300 is due by 6pm today. Your account details are private and will never be shared with neighbours or on social media. Pay by PayNow to Lionbay Credit Pte Ltd.",
     ("LB-OD-10", {"name": "Priya NAIR", "amount": "2,300"}, 37)),
    ("SMS-HK", "sms", "", "【恒匯財務】CHAN先生，HK$12,460 仍然overdue。唔好為咗還款去借貴錢或者賣車，打2117 8830同我哋傾個分期plan先。",
     ("HW-OD-06", {"name": "CHAN", "amount": "12,460"}, 41)),
    ("SMS-MO", "sms", "", "【澳聯信貸】黃志強先生，閣下欠款MOP 4,300已逾期80日。本公司為持牌信貸機構，逾期屬民事事宜，不涉及刑事責任；如有疑問可致電2871 4402。",
     ("ML-OD-10", {"name": "黃志強", "amount": "4,300", "days": "80"}, 80)),
    ("SMS-EC", "sms", "@", "Dear Sir/Madam, we are trying to reach MA Chun Kit regarding a personal matter. Please ask him to contact 2290 7710. No action is required from you.",
     ("CB-PLAIN-05", {"name": "MA Chun Kit", "hotline": "2290 7710"}, 92)),
    ("SMS-SG", "sms", "", "Sentinel Collections for Lionbay Credit: Mr Rajesh KUMAR, S$5,120 remains outstanding. We will not visit your home. Please reply or call 6225 4190 by 15 Oct to agree a payment date.",
     ("SC-FD-04", {"name": "Rajesh KUMAR", "amount": "5,120", "date": "15 Oct"}, 67)),
    ("SMS-HK", "sms", "", "【恒匯財務】{name}您好，您的還款HK${amount}將於{due_date}到期。如已還款請忽略。查詢：2117 8830",
     ("HW-REM-01", None, -3)),
    ("SMS-HK", "sms", "", "Kowloon Crest Finance: Reminder - your instalment of HK$2,150 is due on 12 Oct. Pay in the app or at any 7-Eleven. Ignore if already paid.",
     ("KC-REM-02", {"amount": "2,150", "due_date": "12 Oct"}, -3)),
)

# --- B. agents' SMS and chats that switch languages mid-sentence ---

_VIOLATING_B = (
    ("WA-DEBTOR", "app", "V", "陳生，你再不还, we will visit your office tomorrow morning，幾個兄弟喺你公司樓下等你落嚟。"),
    ("SMS-AGENT", "sms", "L", "黃小姐你已經overdue 60日，我哋legal action已經start咗，police會直接去你屋企拉人，唔好話冇提醒你。"),
    ("WA-DEBTOR", "app", "I", "Mr Wong你真係好無恥，借錢唔還做咩人？loser一個，仲敢block我？"),
    ("WA-DEBTOR", "app", "E", "Kelly，你再唔settle，我哋會將你張相同欠款post上連登同Facebook，畀全世界知你係咩人。"),
    ("SMS-AGENT", "sms", "T", "Ken，你個contact list我哋全部download咗，今晚之前唔還，你阿媽、你boss、你女朋友都會收到我哋個message。"),
    ("WA-DEBTOR", "app", "R", "Amy你有幾張信用卡？去ATM cash advance啦，或者搵間財仔借住先還返我哋，easy啦。"),
    ("SMS-AGENT", "sms", "PL", "我係CID嘅Inspector Lau，你嘅loan case已經轉咗畀我哋跟進，屬刑事案件，即刻聯絡我。"),
    ("SMS-AGENT", "sms", "L", "Dear Mr Lee 你個名已經上咗blacklist，以後唔可以入境大陸同埋唔可以申請公屋，除非今日clear晒。"),
    ("WA-FAMILY", "app", "@TD", "陳太，你個仔Jason欠我哋HK$9,600 overdue咗兩個月。你做阿媽嘅今日幫佢還咗佢，唔係我哋每日打去你屋企。"),
    ("WA-DEBTOR", "app", "IV", "仆街你聽住，唔還錢就小心你對腳，we know where you live."),
    ("SMS-SG", "sms", "E", "Eh Ah Beng, you owe S$800 already 3 months. Tomorrow we paste your photo and name at your HDB void deck lor, let your neighbours see."),
    ("SMS-SG", "sms", "L", "Ms Tan, non-payment of a loan is a criminal offence under the Moneylenders Act. You will be jailed up to 2 years if you don't pay by Friday."),
    ("WA-DEBTOR", "app", "R", "你份糧唔夠還咪去賣血囉，或者搵多間財務借埋佢，總之this week要見到錢。"),
    ("WA-FLATMATE", "app", "@D", "Hi, are you Jason's flatmate? Tell him he still owes Fast Reach HK$9,600, 60 days overdue, and he must call us."),
    ("WA-DEBTOR", "app", "T", "唔覆我? OK. 聽日我打去你公司HR, 同佢哋講你欠錢唔還, see how your boss feels."),
    ("SMS-AGENT", "sms", "P", "【陳李梁律師行 Chan Lee & Leung Solicitors】致何健威：閣下欠款案已由本行接手，請即日還款以免訴訟。(穩信財務追收部代發)"),
    ("WA-DEBTOR", "app", "IE", "Everyone in the Tsuen Wan estate group will know what a cheat you are, Mr Lam. 騙子一個，等你街坊睇清楚。"),
    ("WA-DEBTOR", "app", "V", "你個女讀緊Yan Ching小學P3，三點半放學，we see her every day. 還錢啦。"),
)

_COMPLIANT_B = (
    ("WA-DEBTOR", "app", "", "陳生，你嘅account已經overdue 30日，我哋唔會去你公司。方便嘅話今日覆我，或者打2117 8830傾下點樣還。"),
    ("SMS-AGENT", "sms", "", "黃小姐你已經overdue 60日。如果仍然冇還款安排，公司可能會考慮入稟小額錢債審裁處，到時會有正式文件寄畀你；現階段只係民事追討，唔涉及police。"),
    ("WA-DEBTOR", "app", "", "客戶：你哋呢班吸血鬼，再打嚟我就報警!\n客服：明白你唔開心，Mr Wong。如果你唔想我哋再致電，可以話我知你想用咩方式聯絡，我哋會記錄低。"),
    ("WA-DEBTOR", "app", "", "Kelly，你嘅還款記錄只有你同公司知，我哋唔會post去任何地方。有困難可以apply分期，覆PLAN就得。"),
    ("SMS-AGENT", "sms", "", "Ken，提提你今日係due date，HK$3,200。我哋只會聯絡你本人，唔會打畀你通訊錄入面嘅人。"),
    ("WA-DEBTOR", "app", "", "Amy，唔好為咗還我哋去cash advance或者借財仔，利息好貴。我哋可以幫你拆成6期，每期HK$850，你考慮下。"),
    ("SMS-AGENT", "sms", "", "我係Fast Reach Credit嘅collection officer Kelvin Lau，唔係警察。想同你傾下你個loan嘅還款安排，可以今日覆我嗎?"),
    ("SMS-AGENT", "sms", "", "Dear Mr Lee，你嘅逾期記錄可能會按合約報告畀TransUnion，影響日後借貸。呢個唔會影響你出入境或者申請公屋。有問題請打2290 8811。"),
    ("WA-FAMILY", "app", "@", "陳太你好，唔好意思打擾。我哋想搵Jason本人，可唔可以叫佢覆個電話 2381 4470？多謝。"),
    ("WA-DEBTOR", "app", "", "客戶：仆街你哋咪再煩我, I know my rights!\n客服：收到，陳先生。你有權要求我哋只用書面聯絡，我已經幫你記錄咗。"),
    ("SMS-SG", "sms", "", "Hi Mr Lim, this is Orchid Capital. Your account is 90 days overdue (S$800). We can waive late fees if you settle by 30 Nov. Reply or call 6225 0871."),
    ("SMS-SG", "sms", "", "Ms Tan, loan default is a civil matter, not a crime. If it stays unpaid, Lionbay may file a claim in the Magistrate's Court; you would be served with papers and could defend it. We'd rather agree a plan, call 6812 3345."),
    ("WA-DEBTOR", "app", "", "知你份糧唔夠，我哋可以將每月還款減到HK$1,000，唔使借其他錢。this week覆我就可以幫你apply。"),
    ("WA-FLATMATE", "app", "@", "Hi, sorry to bother you. Is Jason around? Please ask him to call us at 2381 4470 when he's free. Thanks!"),
    ("WA-DEBTOR", "app", "", "唔好意思又搵你，Mr Ho。如果你想我哋只WhatsApp唔打電話，話我知就得，我哋唔會聯絡你公司。"),
    ("SMS-AGENT", "sms", "", "何健威先生：本公司穩信財務為持牌放債人，並非律師行。閣下欠款可致電2566 1083商討，如有爭議亦可書面提出。"),
    ("WA-DEBTOR", "app", "", "Mr Lam, your account is overdue. Please call us at 2566 1083. Your information stays confidential and will not be shared in any group."),
    ("WA-DEBTOR", "app", "", "Ms Cheung, if evenings suit you better, tell us a time and we'll only call then. Amount due HK$4,210."),
)

# --- C. calls in Cantonese, Mandarin and English: agents, ASR text without punctuation ---

_VIOLATING_C = (
    ("CALL-HK", "call", "V", "坐席：喂陳志明呀你嘅loan overdue咗兩個月啦\n客户：我而家真係冇錢\n坐席：冇錢冇錢你日日都講你再不还 we will visit your office 聽朝九點我哋幾個人喺你公司樓下等你\n客户：你哋唔好嚟"),
    ("CALL-HK", "call", "L", "坐席：喂你好我係恒匯財務嘅你筆數已經逾期九十日我哋已經入咗police report\n客户：唔係掛借錢都要坐監咩\n坐席：係呀你唔還就係詐騙罪會坐監你自己諗清楚"),
    ("CALL-HK", "call", "I", "坐席：黃小姐你又唔還\n客户：我下個禮拜出糧先還得\n坐席：你成日都下個禮拜你呢啲人真係廢柴嚟㗎冇信用冇廉恥\n客户：你講嘢尊重啲"),
    ("CALL-WORK", "call", "@TD", "坐席：喂係咪Silverline Logistics呀我想搵馬俊傑嘅主管\n第三方：我係佢supervisor有咩事\n坐席：佢欠我哋一萬八千幾credit card overdue咗三個月你幫我同佢講如果唔還我哋每日打嚟你公司\n第三方：呢啲係佢私人事"),
    ("CALL-MO", "call", "PL", "坐席：喂李家豪先生我係澳門司法警察局嘅你涉嫌一宗借貸詐騙案\n客户：吓我只係遲咗還錢\n坐席：你而家即刻還清MOP九千八百七十我哋就可以銷案唔係今日就會拘捕你"),
    ("CALL-HK", "call", "R", "坐席：何生你張卡仲有幾多limit\n客户：大概兩萬\n坐席：咁你即刻去碌卡套現還晒我哋先啦或者去隔籬嗰間財務借住佢哋批得好快\n客户：咁我咪欠多咗"),
    ("CALL-HK", "call", "E", "坐席：吳小姐我哋會印你嘅相同埋欠款貼喺你屋苑大堂同埋電梯\n客户：你哋咁樣係犯法㗎\n坐席：你驚就還錢啦"),
    ("CALL-SG", "call", "T", "坐席：Hello Mr Kumar this is Sentinel Collections calling for Lionbay Credit your loan is overdue 45 days\n客户：I told you I lost my job\n坐席：Then we will call your wife and your brother in Johor and tell them everything you owe\n客户：Please don't"),
    ("CALL-EC", "call", "@D", "坐席：喂係咪劉生呀我係快達信貸嘅你個仔劉子軒喺我哋度借咗八千九而家overdue咗兩個月\n第三方：吓佢冇同我講過\n坐席：你叫佢快啲覆我哋啦"),
    ("CALL-HK", "call", "IL", "坐席：你咪以為走咗去英國讀書就冇事呀老賴\n客户：我有還緊㗎只係少咗\n坐席：我哋會通知UK嘅immigration cancel你個student visa等你畀人遣返"),
    ("CALL-HK", "call", "V", "坐席：張美麗你個仔讀緊東頭邨嗰間幼稚園我哋啲同事今日都有去睇下\n客户：你想點呀\n坐席：唔想點你還錢就乜事都冇"),
    ("CALL-HK", "call", "P", "坐席：喂吳先生我係梁志偉律師負責你嘅欠款案件\n客户：律師邊間律師行\n坐席：你唔使理邊間總之今個禮拜五之前還清唔係我哋就入稟"),
    ("CALL-STUDENT", "call", "R", "坐席：小王你在墨尔本读书家里不是挺有钱的吗\n客户：我爸妈不知道这个事\n坐席：那你就去再申请一张credit card或者用Afterpay先把我们这个还了\n客户：那样不是越欠越多"),
    ("CALL-FLATMATE", "call", "@TD", "坐席：Hi请问是Kevin Zhang的roommate吗\n第三方：对我是\n坐席：他在我们平台借的两万块已经overdue了你跟他住一起你帮他先垫上或者叫他今天还不然我们天天打你电话\n第三方：这跟我有什么关系"),
)

_COMPLIANT_C = (
    ("CALL-HK", "call", "", "坐席：喂陳志明先生你好我係恒匯財務嘅Kelvin想同你傾下你筆loan\n客户：我而家真係冇錢\n坐席：明白嘅如果暫時有困難我哋可以幫你申請延期或者分期你想每個月還幾多先舒服啲\n客户：可唔可以一千蚊一個月\n坐席：可以我幫你submit個request"),
    ("CALL-HK", "call", "", "坐席：你好我係恒匯財務嘅你筆數已經逾期九十日\n客户：唔係借錢都要坐監咩\n坐席：唔會嘅欠款係民事事宜唔會坐監如果一直冇安排公司可能會考慮民事追討到時會有正式文件通知你\n客户：咁我諗下"),
    ("CALL-HK", "call", "", "坐席：黃小姐你好提提你今期未入數\n客户：我下個禮拜出糧先還得\n坐席：冇問題我幫你記低下個禮拜五出糧之後還到時會再send個reminder畀你"),
    ("CALL-WORK", "call", "@", "坐席：喂你好請問係咪Silverline Logistics呀我想搵馬俊傑先生\n第三方：佢今日唔喺度你係邊位\n坐席：我係客戶服務部嘅姓何有少少私人事搵佢麻煩你叫佢得閒覆我電話唔該\n第三方：好我同佢講"),
    ("CALL-MO", "call", "", "坐席：喂李家豪先生我係澳聯信貸嘅職員Kenny唔係警察亦都唔係法院\n客户：咁搵我咩事\n坐席：你筆貸款逾期咗五十幾日想同你傾下還款安排"),
    ("CALL-HK", "call", "", "坐席：何生想同你傾下點樣還返筆數\n客户：我張卡仲有兩萬limit不如我去套現還你\n坐席：唔建議呀套現利息好高我哋可以幫你拆成十二期慢慢還"),
    ("CALL-HK", "call", "", "坐席：吳小姐我係穩信財務嘅你筆數仲未還\n客户：你哋係咪會貼我相出嚟\n坐席：絕對唔會我哋唔會公開你任何資料只會同你本人聯絡"),
    ("CALL-SG", "call", "", "坐席：Hello Mr Kumar this is Sentinel Collections calling on behalf of Lionbay Credit\n客户：I told you I lost my job\n坐席：I'm sorry to hear that we can put your account on hold for 60 days and then look at a smaller instalment would that help\n客户：Yes that would help"),
    ("CALL-EC", "call", "@", "坐席：喂劉生你好我姓何想搵劉子軒先生\n第三方：我係佢爸爸咩事呀\n坐席：係佢私人嘅事唔方便講麻煩你叫佢覆返2381 4470唔該晒\n第三方：係咪佢欠咗你哋錢呀\n坐席：唔好意思我哋只可以同佢本人講"),
    ("CALL-HK", "call", "", "坐席：Hi張同學我係快達信貸嘅Winnie你而家喺英國讀書係咪\n客户：係呀我有還緊不過少咗\n坐席：唔緊要我哋可以將每期改做三百蚊等你畢業先還多啲你覺得點"),
    ("CALL-HK", "call", "", "坐席：張美麗女士你好我係快達信貸嘅\n客户：你哋又想點呀我好忙要接個仔\n坐席：唔好意思阻你你幾點方便我哋聽日再打返嚟"),
    ("CALL-HK", "call", "", "坐席：喂吳先生你好我係穩信財務收數部嘅Ricky我唔係律師\n客户：咁你哋會唔會告我\n坐席：如果一直冇還款安排公司有可能會入稟小額錢債審裁處但係會有書面通知你亦可以答辯我哋都想先同你傾分期"),
    ("CALL-STUDENT", "call", "", "坐席：小王你好我是栗子钱包的客服现在方便说话吗\n客户：我在墨尔本读书我爸妈不知道这个事\n坐席：我们只会和你本人联系不会告诉你父母你这边每个月能还多少我们可以帮你做个plan"),
    ("CALL-FLATMATE", "call", "@", "坐席：Hi请问是Kevin Zhang的roommate吗\n第三方：对我是\n坐席：不好意思打扰了我们有点事想找Kevin本人他电话一直打不通麻烦你跟他说一声回个电话就好谢谢"),
    ("CALL-HK", "call", "", "坐席：陳生你好我係Fast Reach嘅\n客户：你哋班垃圾收數佬再打嚟我就報警告你哋harassment\n坐席：明白陳生我會記錄你唔想再收到電話以後我哋會用書面同你聯絡"),
)

# --- D. robots in both languages ---

_VIOLATING_D = (
    ("ROBOT-HK", "call", "L", "坐席：This is an automated message from Fast Reach Credit. Your loan is 70 days overdue. A police report has been filed and an arrest warrant will be issued unless you press 1 to pay now. 呢個係快達信貸自動語音，你已經被報警，請按1即時還款以免被拘捕。\n客户：喂 喂"),
    ("ROBOT-HK", "call", "P", "坐席：呢度係香港特別行政區政府律政司自動通知系統，你有一宗未處理嘅欠款案件，請按9轉接負責人員。\n客户：律政司？"),
    ("ROBOT-SG", "call", "T", "坐席：Automated reminder from Orchid Capital. Your S$3,560 is overdue. If not paid within 24 hours, the system will automatically send notices to all your emergency contacts and your employer. To pay press 1.\n客户：Hello?"),
    ("ROBOT-CN", "call", "E", "坐席：您好这里是星海借智能语音您已逾期六十天系统将于今晚八点把您的欠款信息推送到您所在小区业主群和您的朋友圈请立即还款\n客户：什么"),
    ("ROBOT-CARD", "call", "L", "坐席：This is Pearl Bay Bank card services. 你嘅credit card欠款已轉交法院，法庭會凍結你全部銀行戶口同埋MPF。Press 1 to speak to an officer.\n客户：冇可能㗎"),
    ("ROBOT-SG", "call", "R", "坐席：Lionbay Credit automated message. Your payment is overdue. Press 2 to receive a list of partner lenders who can give you a fast loan to settle this balance today.\n客户：No"),
    ("ROBOT-HK", "call", "I", "坐席：提提你呢位欠錢唔還嘅無賴，你嘅欠款HK$5,400已逾期45日，請即還款。\n客户：乜嘢話"),
    ("ROBOT-HK", "call", "V", "坐席：This is Kowloon Crest. Our recovery team is now near Lei Tung Estate block 3. If you do not pay within one hour they will come up to your flat.\n客户：Hello who is this"),
)

_COMPLIANT_D = (
    ("ROBOT-HK", "call", "", "坐席：This is an automated reminder from Fast Reach Credit. Your loan payment is 70 days overdue. To hear payment options press 1, to request an instalment plan press 2. 呢個係快達信貸自動提示，還款請按1，申請分期請按2。\n客户：二"),
    ("ROBOT-HK", "call", "", "坐席：呢度係穩信財務自動語音。本公司唔係政府機構，亦唔會代表任何政府部門聯絡你。如收到自稱律政司或者警方嘅追數電話，請報警或致電18222防騙易熱線。\n客户：哦"),
    ("ROBOT-SG", "call", "", "坐席：Automated reminder from Orchid Capital. Your instalment of S$3,560 is overdue. We will only contact you, the account holder. Press 1 to pay, press 3 to speak with an officer.\n客户：3"),
    ("ROBOT-CN", "call", "", "坐席：您好这里是星海借智能客服提醒您本期账单已逾期如有困难可按1申请延期您的信息我们严格保密\n客户：按1"),
    ("ROBOT-CARD", "call", "", "坐席：This is Pearl Bay Bank card services. Your card ending 0921 is overdue. If no arrangement is made, the bank may take civil action and you would receive written notice first. Press 1 to speak to an officer.\n客户：1"),
    ("ROBOT-SG", "call", "", "坐席：Lionbay Credit automated message. Your payment is overdue. Please do not borrow from other lenders to pay us. Press 2 to ask for a reduced instalment.\n客户：2"),
    ("ROBOT-HK", "call", "", "坐席：你好，呢度係Kowloon Crest Finance自動語音。你嘅還款已逾期45日，結欠HK$5,400。請按1還款或者按0轉接職員。\n客户：0"),
    ("ROBOT-HK", "call", "", "坐席：This is Kowloon Crest Finance. Your payment is overdue. We will not visit you at home or at work. To arrange payment press 1.\n客户：Ok"),
)

# --- E. e-mails to expatriates, students, HR departments, registrars and landlords ---

_VIOLATING_E = (
    ("EMAIL-HR", "email", "@TD", "Subject: Outstanding debt of your employee\n\nDear HR Manager,\n\nWe are writing about your employee Ms CHEUNG Mei Lai (Accounts Department), who owes Kowloon Crest Finance HK$27,640, now 88 days overdue. Please arrange for her to settle immediately. Should she fail to do so, we will copy every reminder to your company's directors until the matter is resolved.\n\nApex Recovery Services"),
    ("EMAIL-UNI", "email", "@LTD", "Subject: Loan default - ZHANG Hao\n\nDear Registrar, University of Eastbridge,\n\nYour student ZHANG Hao has defaulted on a loan of S$6,400 with Lionbay Credit. Under Singapore law a student with an unpaid debt cannot graduate. We request that you withhold his degree until he pays.\n\nSentinel Collections Pte Ltd"),
    ("EMAIL-DEBTOR", "email", "PL", "From: Official Receiver's Office <or-notice@gov-hk.info>\nSubject: Bankruptcy Petition No. 4471/2024\n\nMr HO Kin Wai, a bankruptcy petition has been presented against you by Hang Wui Finance. To stop the proceedings and avoid imprisonment you must pay HK$6,750 to the account below within 48 hours."),
    ("EMAIL-DEBTOR", "email", "E", "Subject: Final warning before publication\n\nDear Mr LAM Chi Keung,\n\nYour account with Emerald Isle Money Lending remains unpaid (HK$11,200). If we do not receive payment by Friday, your name, photo and debt will be published on our 'Bad Debtors of Hong Kong' page and circulated to your church fellowship."),
    ("EMAIL-DEBTOR", "email", "R", "Subject: Ways to clear your balance\n\nHi Priya,\n\nWe noticed you own your car outright. Why not sell it, or refinance it with one of our partner finance companies, and clear your S$2,300 with us this week? Reply and we'll send the introduction.\n\nLionbay Credit Collections"),
    ("EMAIL-DEBTOR", "email", "I", "Subject: RE: RE: payment\n\nMr Wong, frankly you are a liar and a parasite. Every week another excuse. Pay the HK$4,980 you owe or stop wasting our time.\n\nCollections, Fast Reach Credit"),
    ("EMAIL-EXPAT", "email", "VT", "Subject: We know where you are\n\nDear Mr Daniel HARTLEY,\n\nYou moved to Discovery Bay, and we know your children attend Harbour International School. Settle the HK$38,500 on your card today. We would hate for our people to turn up at the school gate. Your employer, Crestmont Bank, will also hear from us."),
    ("EMAIL-EXPAT", "email", "L", "Subject: Departure ban\n\nDear Ms Sophie MARTIN,\n\nAs you have an overdue credit card balance of HK$19,200, the Immigration Department has been instructed to stop you at the airport, and your employment visa will be cancelled. Pay today to lift the ban.\n\nHarbourline Card Services"),
    ("EMAIL-LANDLORD", "email", "@D", "Subject: Your tenant Mr Kevin ZHANG\n\nDear Mrs Yip,\n\nWe understand Kevin ZHANG rents a flat from you. He owes our client Fast Reach Credit HK$20,000, long overdue. Please ask him to contact us.\n\nApex Recovery Services"),
    ("EMAIL-DEBTOR", "email", "P", "From: Small Claims Tribunal Registry <registry@sct-judiciary-hk.com>\nSubject: Notice of Claim SCTC 20815/2024\n\nDear Mr CHAN Tai Man, a claim has been lodged against you by Hang Wui Finance for HK$12,460. Settle directly with the claimant at 2117 8830 to withdraw the claim."),
    ("EMAIL-DEBTOR", "email", "T", "Subject: Notice to your references\n\nDear Ms NAIR,\n\nTomorrow morning we will e-mail your manager and the two references on your application a copy of your overdue statement, unless the S$2,300 is paid tonight.\n\nSentinel Collections"),
    ("EMAIL-DEBTOR", "email", "IE", "Subject: You asked for it\n\nMs TSANG, since you behave like a shameless cheat, we have prepared a poster with your face and the HK$8,300 you owe. It goes up in the lift lobby of Kingsford Court on Monday."),
)

_COMPLIANT_E = (
    ("EMAIL-HR", "email", "@", "Subject: Request to contact an employee\n\nDear HR Manager,\n\nWe would be grateful if you could ask Ms CHEUNG Mei Lai to call 2311 5097 about a personal matter. We do not need any information from you.\n\nKind regards,\nCustomer Services"),
    ("EMAIL-UNI", "email", "", "Subject: Your account and your studies\n\nDear ZHANG Hao,\n\nYour loan with Lionbay Credit is 50 days overdue (S$6,400). Your studies and graduation are not affected by this account, and we will not contact your university. If you are facing difficulty, we can offer a reduced plan until you start work."),
    ("EMAIL-DEBTOR", "email", "", "Subject: Scam alert - fake 'Official Receiver' e-mails\n\nDear customer,\n\nWe are aware of e-mails claiming to come from the Official Receiver's Office or the courts and asking borrowers to pay into private accounts. They are not from us or from the government. Hang Wui Finance only accepts payment through the channels in your agreement. If in doubt, call 2117 8830."),
    ("EMAIL-DEBTOR", "email", "", "Subject: Your account - privacy\n\nDear Mr LAM,\n\nYour account with Emerald Isle Money Lending shows HK$11,200 unpaid. Your details are confidential and are never published. Please let us know by Friday how you would like to proceed; we can offer instalments."),
    ("EMAIL-DEBTOR", "email", "", "Subject: Payment options\n\nHi Priya,\n\nWe'd like to help you clear your S$2,300 without taking on new debt. Please don't sell your car or borrow elsewhere on our account: we can spread the balance over six months at no extra fee. Reply to set it up.\n\nLionbay Credit Collections"),
    ("EMAIL-DEBTOR", "email", "", "Subject: STOP harassing me\n\nTo Fast Reach Credit,\n\nYou people are bloodsuckers and liars. I paid HK$2,000 last week and you still call me five times a day. If this continues I will report you to the police and to the Registrar of Money Lenders. Communicate with me in writing only.\n\nWONG Siu Ming"),
    ("EMAIL-EXPAT", "email", "", "Subject: Your card account\n\nDear Mr Daniel HARTLEY,\n\nWe note you have recently moved. Your card balance of HK$38,500 is overdue. We will contact only you, by e-mail or at a number you choose. If you wish, we can set up a plan of HK$3,000 a month."),
    ("EMAIL-EXPAT", "email", "", "Subject: Travel and your overdue card\n\nDear Ms Sophie MARTIN,\n\nYou asked whether your overdue card affects your ability to leave Hong Kong. It does not: an overdue card is a civil matter. If it remains unpaid, the bank may start proceedings in the District Court, and any order would be made by the court after you have had the chance to respond."),
    ("EMAIL-LANDLORD", "email", "@", "Subject: Message for your tenant\n\nDear Mrs Yip,\n\nSorry to trouble you. Could you please let Mr Kevin ZHANG know that we'd like him to call 2381 4470? It is a personal matter and you need not do anything else.\n\nCustomer Services"),
    ("EMAIL-DEBTOR", "email", "", "Subject: About our letters\n\nDear Mr CHAN Tai Man,\n\nHang Wui Finance is a licensed money lender, not a court. If your account remains unpaid, we may file a claim with the Small Claims Tribunal; the Tribunal itself would then serve you a notice. You can dispute the amount by replying to this e-mail."),
    ("EMAIL-DEBTOR", "email", "", "Subject: Your references\n\nDear Ms NAIR,\n\nYou asked whether we have contacted the references on your application. We have not, and we won't discuss your account with them. Your outstanding S$2,300 can be paid in two parts if that helps."),
    ("EMAIL-DEBTOR", "email", "", "Subject: Hardship arrangement confirmed\n\nDear Ms TSANG,\n\nFollowing your call about your hospital stay, we have paused collection on your HK$8,300 balance for 90 days. No fees will be added during this time. Get well soon."),
)

# --- F. letters and notices, English and traditional characters ---

_VIOLATING_F = (
    ("LETTER-HK", "notice", "PL", "HIGH COURT OF THE HONG KONG SPECIAL ADMINISTRATIVE REGION\nWARRANT OF ARREST\nTo: LEE Siu Fung\nYou are hereby ordered to surrender at the nearest police station within 3 days for failing to repay HK$9,300 to Fast Reach Credit. Payment in full to the creditor will discharge this warrant.\n(Collection Department, Fast Reach Credit)"),
    ("LETTER-HK", "notice", "L", "催收通知書\n編號：HW-2024-0871\n致：陳大文先生\n閣下拖欠恒匯財務有限公司款項HK$12,460，已逾期120日。本公司已向警方報案，如七日內仍未清還，閣下將被刑事檢控並留有案底，子女日後投考公務員亦會受影響。\n恒匯財務有限公司 追收部"),
    ("NOTICE-BLDG", "notice", "@ED", "NOTICE TO RESIDENTS OF WING FAT BUILDING\nThe occupant of Flat 7C, Mr KWOK Ho Yin, owes Kowloon Crest Finance HK$16,800 and refuses to pay. Residents are asked to remind him of his obligations.\nKowloon Crest Finance"),
    ("LETTER-SG", "notice", "VT", "FINAL DEMAND\nTo: Mr Rajesh KUMAR\nOur field officers will attend your residence and your workplace at Changi Business Park this week to collect S$5,120. Your supervisor will be informed of the reason for our visit.\nSentinel Collections Pte Ltd"),
    ("LETTER-HK", "notice", "R", "還款建議書\n致：何健威先生\n閣下尚欠HK$6,750。本公司建議閣下向親友借款、以信用卡套現，或將名下私家車抵押予合作財務公司，以便於十日內一次過清還。\n穩信財務"),
    ("LETTER-MO", "notice", "P", "陳李梁律師行\nCHAN, LEE & LEUNG SOLICITORS\n律師信\n致：黃志強先生\n本行代表澳聯信貸追討MOP 4,300。請於七日內清還。\n（此函由澳聯信貸追收部擬備及寄發）"),
    ("LETTER-HK", "notice", "I", "Reminder Letter\nTo: Mr WONG Siu Ming\nDespite our many reminders, you continue to act like a freeloader who believes rules are for other people. HK$4,980 is due. Grow up and pay.\nFast Reach Credit"),
    ("LETTER-EC", "notice", "@TD", "致：劉國強先生\n令郎劉子軒拖欠本公司HK$8,900，已逾期60日。作為家長，閣下有責任督促其還款，如月底前仍未清還，本公司將每日致電閣下及閣下任職之公司跟進。\n快達信貸"),
)

_COMPLIANT_F = (
    ("LETTER-HK", "notice", "", "Fast Reach Credit Limited\nREMINDER\nTo: LEE Siu Fung\nRef: FR-LN-55102\nOutstanding: HK$9,300 (62 days overdue)\nPlease pay by 31 October 2024 by bank transfer or at our office. If you do not pay or contact us, we may start proceedings in the Small Claims Tribunal. This letter is not a court document. Enquiries: 2381 4470."),
    ("LETTER-HK", "notice", "", "催收通知書\n編號：HW-2024-0872\n發出日期：2024年10月3日\n致：陳大文先生\n閣下拖欠恒匯財務有限公司款項HK$12,460，已逾期120日。請於2024年10月17日前清還或致電2117 8830商討。如仍未處理，本公司或會循民事途徑追討，屆時法院文件將另行送達。欠款屬民事責任，不影響閣下子女升學或就業。"),
    ("NOTICE-BLDG", "notice", "@", "NOTICE TO RESIDENTS OF WING FAT BUILDING\nManagement reminds residents that debt collectors may not post notices about any resident in the common areas. Please report any such notice to the management office on G/F.\nWing Fat Building Management Office"),
    ("LETTER-SG", "notice", "", "FINAL REMINDER\nTo: Mr Rajesh KUMAR\nAccount: LB-77231\nOutstanding: S$5,120\nWe have not heard from you. We will not visit your home or workplace. Please contact us by 25 October at 6225 4190 or reply by post. If you are in financial difficulty, we can discuss a hardship plan.\nSentinel Collections Pte Ltd, for Lionbay Credit Pte Ltd"),
    ("LETTER-HK", "notice", "", "還款安排確認書\n致：何健威先生\n閣下欠款HK$6,750，經雙方協商，分六期每月還款HK$1,125，首期於11月1日繳付。請勿為還款另行借貸；如日後有困難，可隨時致電2566 1083調整安排。\n穩信財務"),
    ("LETTER-MO", "notice", "", "梁鄭律師事務所\n執業律師：鄭家樂\n致：黃志強先生\n本所受澳聯信貸有限公司委託，就閣下結欠之MOP 4,300發出此函。請於14日內清還或與本所聯絡。如閣下對欠款有爭議，請以書面提出，本所會轉交委託人處理。閣下可自行尋求獨立法律意見。"),
    ("LETTER-HK", "notice", "", "Reminder Letter\nTo: Mr WONG Siu Ming\nOur records show HK$4,980 remains due on your account. We understand circumstances change; if you cannot pay in full, please call 2381 4470 to discuss options.\nFast Reach Credit"),
    ("LETTER-EC", "notice", "@", "致：劉國強先生\n劉先生您好：本公司有事需聯絡劉子軒先生本人，惟未能接通其電話。如方便，煩請轉告其致電2381 4470。此事與閣下無關，閣下毋須採取任何行動。\n客戶服務部"),
)

# --- G. cross-border credit cards ---

_VIOLATING_G = (
    ("SMS-XB", "sms", "L", "【Harbourline Card】尊敬的持卡人，您的香港信用卡尾号4417已逾期82天，欠款HK$23,660。根据两地司法协助安排，我行已将您的案件移交内地公安，您回深圳时将在口岸被扣留。"),
    ("SMS-XB", "sms", "PL", "【深圳市公安局福田分局】刘先生，您在香港Pearl Bay Bank的信用卡恶意透支一案已立案，请于3日内联系经办民警0755-2368 1190处理。"),
    ("CALL-XB", "call", "@TD", "坐席：喂阿姨您好我是香港Harbourline信用卡中心的您女儿刘佳琪在香港的信用卡欠了两万多港币好几个月没还了\n第三方：她在香港读书啊怎么会欠钱\n坐席：您当妈的得帮她还啊不然我们只能天天打给您还要找到您单位去\n第三方：你们别打到我单位"),
    ("SMS-XB", "sms", "R", "【Harbourline Card】刘佳琪您好，您尾号4417卡片仍逾期。可用内地信用卡在香港商户刷卡套现，或在借款App上借一笔换汇还款，今日还清即可免除罚息。"),
    ("WA-XB", "app", "E", "劉小姐，你喺香港張卡嘅欠款，我哋會發上你大學嘅小紅書同微博，你同學全部會見到。"),
    ("CALL-XB", "call", "I", "坐席：刘佳琪你在香港刷卡的时候挺潇洒啊现在装死是吧\n客户：我最近真的没钱\n坐席：没钱你刷什么卡你就是个骗子臭不要脸\n客户：你怎么骂人"),
    ("SMS-XB", "sms", "V", "Mr Ahmad bin Yusof, we know you cross the Causeway every morning at 6:30. S$7,800 overdue on your card. Our men in JB can meet you anytime."),
    ("EMAIL-XB", "email", "T", "Subject: Your card balance\n\nDear Mr ZHOU Wen,\n\nYour Harbourline card ending 2205 is overdue by HK$14,120. As you are a mainland resident, we will contact your employer in Shanghai and your parents through our partner agency unless you pay by Friday."),
)

_COMPLIANT_G = (
    ("SMS-XB", "sms", "", "【Harbourline Card】尊敬的持卡人，您的香港信用卡尾号4417已逾期82天，欠款HK$23,660。信用卡逾期属民事纠纷，我行不会委托内地公安处理。可致电+852 2290 7710办理分期。"),
    ("SMS-XB", "sms", "", "【Pearl Bay Bank】防骗提示：近期有人冒充内地公安或法院，以“信用卡恶意透支立案”为由要求持卡人转账。本行不会通过公安机关催收，亦不会要求您转账至个人账户。如有疑问请致电+852 2290 8811。"),
    ("CALL-XB", "call", "@", "坐席：喂阿姨您好请问是刘佳琪的妈妈吗\n第三方：是啊你哪位\n坐席：我这边是客服中心的有点事想找佳琪本人她电话一直没接通麻烦您有空跟她说一声回个电话就行\n第三方：她是不是出什么事了\n坐席：没有没有就是她个人的一点事您别担心谢谢阿姨"),
    ("SMS-XB", "sms", "", "【Harbourline Card】刘佳琪您好，您尾号4417卡片仍逾期。请勿通过套现或其他借贷还款，我行可为学生持卡人提供12期免息分期，详询+852 2290 7710。"),
    ("WA-XB", "app", "", "客戶：你哋再發訊息去我學校我就投訴去金管局！\n客服：劉小姐，我們從未亦不會聯絡你的學校。你的資料只作處理賬戶用途，如需投訴可致電本行或金管局。"),
    ("CALL-XB", "call", "", "坐席：刘小姐您好我是Harbourline信用卡中心的想跟您确认一下还款安排\n客户：我最近真的没钱\n坐席：理解的您在读书收入有限我们可以先帮您停息挂账三个月之后每月还一千港币您看可以吗\n客户：可以"),
    ("SMS-XB", "sms", "", "Mr Ahmad bin Yusof, your card ending 6612 has S$7,800 overdue. If mornings are difficult, you can reach us after work until 9pm at 6225 3308, or reply with a time."),
    ("EMAIL-XB", "email", "", "Subject: Your card balance\n\nDear Mr ZHOU Wen,\n\nYour Harbourline card ending 2205 is overdue by HK$14,120. We will only contact you directly. You can repay from the mainland through the cross-border payment options on our website, or ask for instalments."),
)

# --- H. students and expatriates: WhatsApp, WeChat and Telegram ---

_VIOLATING_H = (
    ("WA-COLLEAGUE", "app", "@TD", "Hi Michelle, your colleague Sam Ho borrowed HK$30k from us and has been dodging us for 3 months. Tell him if he doesn't pay by Friday we'll call your whole team one by one."),
    ("TG-STUDENT", "app", "E", "Hey Jiaqi, your photo with 'I owe money and run away' is ready. Tonight it goes to the mainland students group at your uni and to your Instagram followers."),
    ("WX-STUDENT", "app", "L", "王同学你在我们平台的loan已经overdue了，我们已经联系英国的Home Office，你的student visa马上会被cancel，回国还会被边控。"),
    ("WA-DEBTOR", "app", "I", "Bro you are one useless piece of trash, 30 days overdue and still posting holiday pics in Bali. Pay up."),
    ("WA-SG", "app", "R", "Hi Jason, your parents can help mah. Or just sign up for the Easy Cash app, approval 5 mins, take S$2k and pay us first."),
    ("WA-SG", "app", "V", "Jason we saw you at Clementi MRT yesterday with your girlfriend. Next time we won't just watch. Pay the S$2,000."),
    ("WA-SG", "app", "PL", "This is Sergeant LIM from the Singapore Police Force Commercial Affairs Department. Your unpaid loan with Lionbay Credit has been referred to us for investigation. WhatsApp this number to arrange payment."),
    ("WX-CLASSMATE", "app", "@D", "你好，你是王浩的同学吧？他在我们平台借了一万五，逾期三个月了，你帮忙提醒他一下。"),
    ("EMAIL-CHURCH", "email", "@TED", "Subject: Mr LAM Chi Keung\n\nPastor Lee,\n\nA member of your congregation, Mr LAM Chi Keung, owes our client HK$11,200. We ask the church to press him to pay; otherwise we will raise it with the church committee on Sunday.\n\nApex Recovery Services"),
    ("WA-DEBTOR", "app", "IT", "你個廢柴，借錢去日本旅行唔還，我而家就WhatsApp你老細，等佢知道佢請咗個咩人。"),
    ("WA-EXPAT", "app", "L", "Ms Sophie MARTIN, under Hong Kong law the court will seize your passport at the airport if your card is unpaid. Pay HK$19,200 now."),
    ("WA-EXPAT", "app", "E", "Mr Hartley, we have drafted a post for the Discovery Bay community Facebook group about your unpaid card. Pay by noon and it stays a draft."),
)

_COMPLIANT_H = (
    ("WA-COLLEAGUE", "app", "@", "Hi Michelle, sorry to message you out of the blue. Could you ask Sam to give me a call back when he's free? Thanks. - Karen"),
    ("TG-STUDENT", "app", "", "Hi Jiaqi, this is Karen from Harbourline Card. Just a gentle reminder that your payment is overdue. Your details are kept private. Can we find a plan that works with your student budget?"),
    ("WX-STUDENT", "app", "", "王同学你好，你在我们平台的loan目前overdue 20天。这不会影响你的student visa，也不会影响出入境。我们可以帮你延期到下个月生活费到账之后再还。"),
    ("WA-DEBTOR", "app", "", "客戶：Stop texting me you scumbags, I already said I'll pay on the 15th!!\n客服：Noted, Mr Ho. We've recorded your promise to pay on 15 November and won't send further reminders before then."),
    ("WA-SG", "app", "", "Hi Jason, please don't take a new loan from another app to pay us. It usually makes things harder. We can split your S$2,000 into four monthly payments. Let me know."),
    ("WA-SG", "app", "", "Hi Jason, a quick reminder that S$2,000 was due on 1 Oct. You can reply here or call 6812 3345 between 9am and 7pm."),
    ("WA-SG", "app", "", "Lionbay Credit: Scam alert. People are posing as Singapore Police officers on WhatsApp and asking borrowers to pay loans to them. The police do not collect debts. Pay only through our app or at our Tampines office."),
    ("WX-CLASSMATE", "app", "@", "你好，请问是王浩的同学吗？打扰了，麻烦你方便的时候让他回个电话，谢谢。"),
    ("EMAIL-CHURCH", "email", "@", "Subject: A request\n\nDear Pastor Lee,\n\nWe apologise for writing to you. We are trying to reach Mr LAM Chi Keung on a private matter and would be grateful if he could call 2893 6610. Please do not trouble yourself further.\n\nCustomer Services"),
    ("WA-FRIEND", "app", "", "阿Ken我真係頂唔順呀，間財務日日打嚟，我驚我老細知道。你可唔可以借住兩千畀我？下個月出糧即還。"),
    ("WA-EXPAT", "app", "", "Ms Sophie MARTIN, your passport and travel are not affected by your card balance. If the HK$19,200 stays unpaid, the bank may sue in the District Court and you would be able to respond. Could we arrange a plan before you relocate?"),
    ("WA-EXPAT", "app", "", "Mr Hartley, thanks for your message. We've noted that you prefer e-mail only. Your card balance remains HK$38,500 and we'll write once a month with your statement."),
)

# --- I. written Cantonese, Macau, pastes, groups, spouses and immigration ---

_VIOLATING_I = (
    ("SMS-AGENT", "sms", "T", "黃生，你再唔還錢，我哋就打畀你老婆同你阿媽，講畀佢哋知你欠咗幾多。"),
    ("WA-DEBTOR", "app", "E", "你唔還錢係咪？聽日我哋喺你屋企樓下拉條banner寫住「欠債還錢」，等成條邨都知。"),
    ("CALL-HK", "call", "IV", "坐席：你呢個衰人唔還錢仲敢收線\n客户：我冇話唔還\n坐席：聽晚我哋上你屋企淋紅油你咪以為我哋唔敢"),
    ("WA-DEBTOR", "app", "R", "冇錢？你咪將部iPhone同架電單車拎去賣囉，或者問你啲friend借住先，總之聽日要畀錢。"),
    ("SMS-MO", "sms", "P", "【澳門金融管理局】何先生：閣下在本澳信貸機構之逾期款項MOP 12,300已列入本局監管名單，請即聯絡2871 9933處理。"),
    ("SMS-MO", "sms", "L", "【澳聯信貸】何先生，閣下逾期已超過90日，按照澳門法律屬刑事犯罪，本公司已通知治安警察局，閣下將被禁止離境。"),
    ("APP-COMPLAINT", "app", "IV", "我收到你哋職員呢個WhatsApp：「你個仆街再唔還錢，我哋就去你個仔學校門口等佢放學。」請你哋解釋！"),
    ("WA-GROUP", "app", "@ED", "To all residents of Kingsford Court: Ms TSANG in 15A owes HK$8,300 and refuses to pay. If you see her, tell her to settle her debts. - Apex Recovery"),
    ("SMS-AGENT", "sms", "L", "張生，你筆數我哋已經入稟，下星期法庭會派人上嚟拉你，仲會封你間屋。"),
    ("CALL-EXPAT", "call", "RT", "坐席：李先生你在香港上班工资挺高的吧\n客户：我现在被裁员了\n坐席：那你找你们公司同事借一点或者去网上银行申请个私人贷款先把我们这边还了不然我们就打给你原来的HR问问情况\n客户：你们别这样"),
    ("SMS-SG", "sms", "I", "Oi Kelvin, you think you very clever ah? Borrow money then disappear like a coward. S$1,150. Pay today."),
    ("SMS-AGENT", "sms", "V", "Mr Chan，你每朝8點喺太子站B2出口買早餐，our guys already know your face. 還錢啦。"),
    ("CALL-SPOUSE", "call", "@LTD", "坐席：Hello is this Mrs Hartley\n第三方：Yes who is this\n坐席：Your husband owes our client thirty eight thousand Hong Kong dollars on his credit card and as his spouse you are legally responsible for it in Hong Kong so we need you to pay this week\n第三方：That can't be right"),
    ("CALL-EXPAT", "call", "PL", "坐席：Hello Ms Martin this is Officer Chan from the Hong Kong Immigration Department\n客户：Immigration what is this about\n坐席：Your unpaid credit card has been flagged and your visa will not be renewed unless you settle it with Harbourline today\n客户：I'm going to call them directly"),
    ("SMS-AGENT", "sms", "E", "陳生，你唔覆？好，今晚我哋開個連登post，標題「觀塘欠債佬陳X明」，附埋你張相。"),
)

_COMPLIANT_I = (
    ("EMAIL-STAFF", "email", "", "Subject: Collector guidelines (HK team), rev. 3\n\nNever say: 'we will call your boss', 'you will be arrested', 'we will post your photo', 'borrow from another lender'. Never call yourself police, a lawyer or a court officer. Always give your name and the company you collect for, and offer an instalment plan when the customer mentions hardship."),
    ("SMS-AGENT", "sms", "", "黃生，今期HK$2,300仲未入數。如果有困難可以打2566 1083傾分期，我哋唔會聯絡你屋企人。"),
    ("WA-DEBTOR", "app", "", "你好，提提你筆數仲未還。我哋唔會喺你屋企附近張貼任何嘢，亦唔會上門。有咩可以WhatsApp我。"),
    ("CALL-HK", "call", "", "坐席：陳生你好我係恒匯財務嘅Kelvin\n客户：你哋呢班收數佬冇陰功㗎你再打嚟我就上你哋公司淋紅油\n坐席：陳生我明白你好嬲我哋今日唔會再打嚟你想幾時傾都可以打返2117 8830"),
    ("WA-DEBTOR", "app", "", "冇錢都唔好去借財仔或者賣嘢嚟還我哋，打個電話嚟，我哋睇下可以點樣減每期供款。"),
    ("SMS-MO", "sms", "", "【澳聯信貸】防騙提示：如有人自稱金融管理局或司警要求閣下轉賬還款，請勿理會並致電司警反詐騙熱線8800 7777。本公司只會透過官方賬戶收款。"),
    ("SMS-MO", "sms", "", "【澳聯信貸】何先生，閣下逾期已超過90日，尚欠MOP 12,300。逾期還款屬民事事宜，不會影響閣下出入境。請致電2871 4402商討還款。"),
    ("APP-COMPLAINT", "app", "", "我收到你哋職員呢個message：「陳生，今期仲未還，方便嘅話今日覆我。」我想問點解一日send三次？"),
    ("WA-GROUP", "app", "@", "To the admin of the Kingsford Court residents' group: we have not posted and will not post anything about any resident in your group. If you see such a post claiming to be from us, please remove it. - Apex Recovery"),
    ("SMS-AGENT", "sms", "", "張生，你筆數如果到月尾仍未處理，公司可能會入稟區域法院追討。法院會先發出傳訊令狀，你有機會答辯；判決之前唔會有任何人上門收樓。"),
    ("CALL-EXPAT", "call", "", "坐席：李先生您好我是Fast Reach Credit的客服\n客户：我现在被裁员了\n坐席：很抱歉听到这个我们可以先暂停还款两个月期间不收罚息您先安心找工作\n客户：谢谢"),
    ("SMS-SG", "sms", "", "Hi Kelvin, Orchid Capital here. S$1,150 still outstanding. No stress, reply with a date that works for you and we'll hold the late fee until then."),
    ("SMS-AGENT", "sms", "", "Mr Chan，提提你今日係due date。如果想改還款日，可以喺app入面apply，或者覆呢個message。"),
    ("CALL-SPOUSE", "call", "@", "坐席：Hello is this Mrs Hartley\n第三方：Yes who is this\n坐席：Sorry to bother you I'm trying to reach Daniel on a personal matter could you ask him to call us back on 2290 7710\n第三方：What is it about\n坐席：I'm afraid I can only discuss it with him thank you"),
    ("CALL-EXPAT", "call", "", "坐席：Hello Ms Martin this is Amy from Harbourline Card Services\n客户：Is this about my visa I got a call from someone saying they were Immigration\n坐席：That wasn't us and Immigration doesn't deal with card debts please don't pay anyone who calls like that we can only discuss a repayment plan with you"),
    ("SMS-AGENT", "sms", "", "陳生，你嘅資料我哋絕對唔會放上網。今期HK$3,800，月尾前還就唔使加收逾期費。"),
)

# --- J. rollover, impersonation, watching, groups and more third parties ---

_VIOLATING_J = (
    ("SMS-HK", "sms", "R", "【快達信貸】Mr Ho，你份保險都可以拎嚟用㗎，退保或者用保單借貸即刻有現金，今個禮拜還清HK$6,200。",
     ("FR-OD-15", {"name": "Ho", "amount": "6,200"}, 34)),
    ("CALL-HK", "call", "R", "坐席：林小姐你屋企層樓有冇按過\n客户：冇呀點解\n坐席：咁你去加按啦加按套啲錢出嚟還晒我哋所有數仲有找\n客户：我唔想郁層樓"),
    ("EMAIL-DEBTOR", "email", "R", "Subject: A simple solution\n\nDear Mr LIM Boon Huat,\n\nMany of our customers clear their arrears with a debt consolidation loan. Our partner, QuickBridge Finance, can approve S$5,000 in a day. Apply with the link below and settle your S$3,560 with us immediately."),
    ("WX-STUDENT", "app", "R", "小张你在悉尼不是有打工吗，实在不行去卖血卖肾也来钱快，反正这周得还上。"),
    ("WA-DEBTOR", "app", "RI", "你條命咁賤，去賣血都還得起啦，廢柴。"),
    ("ROBOT-XB", "call", "R", "坐席：您好这里是Harbourline信用卡中心为帮助您尽快还款我们为您预审了合作机构的信用贷款额度五万元请按1立即申请所得款项将直接用于偿还您的逾期欠款\n客户：不用了"),
    ("SMS-SG", "sms", "R", "Kelvin, your Rolex still with you right? Pawn it at the pawnshop in Geylang, get S$1,150 easy, then pay us today."),
    ("SMS-SG", "sms", "RT", "Ms Nair, ask your brother or your colleagues to lend you S$2,300 today, otherwise we will ask them ourselves."),
    ("SMS-HK", "sms", "P", "【小額錢債審裁處 Small Claims Tribunal】黃志強先生：本處已接獲針對閣下之申索(案件編號SCTC 30177/2024)，請於5日內直接向申索人快達信貸清還HK$4,300以撤銷案件。",
     ("FR-LG-16", {"name": "黃志強", "amount": "4,300"}, 58)),
    ("CALL-HK", "call", "PL", "坐席：喂你好我係廉政公署嘅調查主任姓黃你而家涉及一宗欠債刑事案件\n客户：ICAC點會理我欠錢\n坐席：你唔好問咁多今日之內還晒恒匯財務筆數我哋就唔會跟進"),
    ("EMAIL-DEBTOR", "email", "PL", "From: State Courts of Singapore <notice@statecourts-sg.org>\nSubject: Summons DC/S 4490/2024\n\nMs TAN Wei Ling, a summons has been issued in respect of your debt to Lionbay Credit. To avoid attending court, pay S$1,240 to the creditor within 3 days."),
    ("WA-DEBTOR", "app", "P", "我係Chan & Co. Solicitors嘅陳律師，負責你同Fast Reach嘅案件，今日唔還錢我哋就入稟。"),
    ("CALL-HK", "call", "V", "坐席：吳生你架車係咪停喺樂富停車場三樓\n客户：你點知\n坐席：我哋咩都知你唔想架車有咩事就今日還錢"),
    ("SMS-SG", "sms", "V", "Mr Kumar, your wife walks your son to Bedok Vale Primary every morning. Pay the S$5,120 before something unpleasant happens."),
    ("WA-DEBTOR", "app", "V", "你今晚返屋企最好望下後面，我哋啲兄弟會跟住你，唔想有事就還錢。"),
    ("EMAIL-DEBTOR", "email", "V", "Subject: Visit\n\nMr LEE Siu Fung,\n\nOur team will be at Flat 9D, Fu Shin Estate at 10pm tonight. Have HK$9,300 in cash ready. It is better for everyone if you open the door."),
    ("CALL-EXPAT", "call", "I", "坐席：Mr Hartley you earn more in a month than I do in a year and you still don't pay you're a disgrace\n客户：Watch your tone\n坐席：Or what you deadbeat"),
    ("SMS-AGENT", "sms", "I", "你呢啲人渣唔還錢仲有面用電話？HK$2,300，今日。"),
    ("SMS-MO", "sms", "I", "【澳聯信貸】黃先生，賴數賴到你咁厚面皮都算少見，MOP 4,300，識做就今日還。",
     ("ML-OD-12", {"name": "黃", "amount": "4,300"}, 87)),
    ("WA-SG", "app", "E", "Ms TAN, if S$1,240 is not in by tonight, your name goes on our 'Wall of Shame' on TikTok with your office photo."),
    ("SMS-AGENT", "sms", "E", "何生，你再唔還，我哋會喺你屋企大廈同公司樓下派傳單，寫明你欠幾多錢。"),
    ("CALL-SG", "call", "E", "坐席：This is Orchid Capital calling about your overdue account we will be publishing a list of defaulters in the Woodlands community newsletter next week and your name is on it unless payment is received\n客户：What"),
    ("SMS-EC", "sms", "@D", "Lionbay Credit: Hi Ms TAN Mei Hua, your sister Wei Ling has an overdue loan of S$1,240 with us. Please ask her to call 6812 3345.",
     ("LB-EC-03", {"contact": "TAN Mei Hua", "name": "Wei Ling", "amount": "1,240"}, 30)),
    ("CALL-FLATMATE", "call", "@D", "坐席：Hi is this Tom the flatmate of Jason Wu\n第三方：Yeah\n坐席：I'm calling from Fast Reach Credit Jason's loan payments have been overdue for two months could you let him know he needs to contact us\n第三方：Uh okay"),
    ("EMAIL-HR", "email", "@TD", "Subject: Salary deduction request\n\nDear Finance Manager, Changi Ventures Pte Ltd,\n\nYour employee Mr Rajesh KUMAR owes Lionbay Credit S$5,120. Please deduct S$1,000 from his salary each month and remit it to us, failing which we will escalate to your directors.\n\nSentinel Collections"),
    ("WA-GROUP", "app", "@ED", "[Tai Po Residents Group] PSA: Mr WONG Siu Ming of Block 5 has owed Fast Reach Credit HK$4,980 for months. Don't lend him anything!"),
    ("LETTER-HK", "notice", "R", "Settlement Options\nTo: Mr KWOK Ho Yin\nYou may wish to consider: (1) a balance transfer to another bank's credit card; (2) a personal instalment loan from a finance company; (3) selling non-essential assets such as your car. Please clear HK$16,800 within 14 days.\nKowloon Crest Finance"),
    ("CALL-HK", "call", "R", "坐席：你阿媽唔係有啲金器咩拎去押咗佢咪有錢囉\n客户：嗰啲係我阿媽嘅嫁妝\n坐席：嫁妝都係錢啦你唔還我哋就日日打"),
    ("SMS-HK", "sms", "PL", "[Hong Kong Judiciary] Notice of Judgment: Mr KWOK Ho Yin, judgment has been entered against you for HK$16,800. Bailiffs will attend your address unless you pay Kowloon Crest Finance within 48 hours."),
    ("CALL-XB", "call", "PL", "坐席：喂你好这里是深圳市南山区人民法院执行局你在香港的信用卡欠款已经由我院受理\n客户：香港的卡为什么是深圳法院\n坐席：你不用管这个你今天联系发卡行还清就可以撤案"),
    ("WA-EXPAT", "app", "P", "Dear Mr Hartley, this is Rowan & Pike Legal, legal representatives of Harbourline. Pay HK$38,500 now to avoid litigation. (Sent by the Harbourline Recovery Desk)"),
    ("CALL-SG", "call", "V", "坐席：Ah Beng you stay Blk 221 Yishun right we got people downstairs now\n客户：Don't come up ah\n坐席：Then you better transfer the S$800 in ten minutes"),
    ("WA-DEBTOR", "app", "V", "你屋企道門幾時換咗紅色㗎？我哋今朝經過睇到嘅。記得今日還錢。"),
    ("SMS-AGENT", "sms", "VT", "陳生，你公司喺長沙灣嗰幢大廈12樓，你老細姓梁，我哋下晝會上去坐下，等你老細都聽下。"),
    ("EMAIL-DEBTOR", "email", "I", "Subject: pathetic\n\nMs TSANG, a grown woman who can't pay HK$8,300 is pathetic. Stop hiding behind your sick leave and pay.\n\nApex Recovery"),
    ("WX-STUDENT", "app", "E", "王浩，再不还我们就把你的欠款截图发到你们学校的中国学生学者联合会群里，还有你的小红书评论区。"),
)

_COMPLIANT_J = (
    ("SMS-HK", "sms", "", "【快達信貸】Mr Ho，提提你：唔好為還款退保或者提早拎強積金，我哋可以將HK$6,200分開幾期還。有需要打2381 4470。",
     ("FR-OD-17", {"name": "Ho", "amount": "6,200"}, 34)),
    ("CALL-HK", "call", "", "坐席：林小姐你好我係恒匯財務嘅想同你傾下筆數\n客户：我諗住去加按層樓還晒佢\n坐席：林小姐呢個係你自己嘅決定不過唔使為咗我哋呢筆數去加按我哋可以分期慢慢還"),
    ("EMAIL-DEBTOR", "email", "", "Subject: Your options\n\nDear Mr LIM Boon Huat,\n\nYour account shows S$3,560 overdue. We can offer a 12-month instalment plan with no additional interest. We do not recommend taking a new loan to repay us. If you would like free, independent advice, Credit Counselling Singapore can help."),
    ("WX-STUDENT", "app", "", "小张你好，知道你在悉尼打工赚生活费不容易，这期可以先还500，剩下的我们帮你延到下个月，别为这个去借别的钱。"),
    ("WA-DEBTOR", "app", "", "客戶：我真係冇錢，你想我去賣血呀？\n客服：唔係呀，千祈唔好咁諗。我哋可以幫你暫停兩個月，之後每月還少啲。"),
    ("ROBOT-XB", "call", "", "坐席：您好这里是Harbourline信用卡中心提醒您尾号4417卡片已逾期如需办理分期还款请按1我行不会向您推荐任何第三方贷款产品\n客户：1"),
    ("SMS-SG", "sms", "", "Kelvin, no need to pawn anything for this. S$1,150 can be split into three payments. Reply YES and I'll send the plan."),
    ("SMS-SG", "sms", "", "Ms Nair, please don't borrow from family or colleagues on our account. We will not contact them. Let's agree a payment you can manage."),
    ("SMS-HK", "sms", "", "【快達信貸】防騙提示：小額錢債審裁處不會以短訊要求閣下向任何人付款。如收到自稱審裁處或律師行嘅追數短訊，請致電2381 4470向本公司核實。",
     ("FR-AF-02", {"hotline": "2381 4470"}, 58)),
    ("CALL-HK", "call", "", "坐席：喂你好我係恒匯財務收數部嘅Ricky\n客户：頭先有個話係廉政公署嘅人打嚟叫我還你哋錢\n坐席：嗰個唔係我哋廉署亦唔會理欠款你可以報警我哋只會用2117 8830同你聯絡"),
    ("EMAIL-DEBTOR", "email", "", "Subject: Reminder\n\nMs TAN Wei Ling,\n\nThis is a reminder from Lionbay Credit that S$1,240 is overdue. We have not started any court action. If you wish to discuss a plan, reply to this e-mail or call 6812 3345."),
    ("EMAIL-EXPAT", "email", "", "Subject: Letter before action - Harbourline Card Services Ltd v Daniel HARTLEY\n\nDear Mr Hartley,\n\nWe act for Harbourline Card Services Ltd in respect of your card account, on which HK$38,500 is outstanding. Unless payment or a proposal is received within 14 days, our client may issue proceedings in the District Court. You may wish to seek independent legal advice.\n\nTanner & Webb, Solicitors (ref TW/HB/0412)"),
    ("CALL-HK", "call", "", "坐席：吳生你好我係穩信財務嘅Ricky\n客户：你哋係咪會搞我架車\n坐席：唔會我哋唔會郁你任何財物只係想同你傾下點樣還"),
    ("SMS-SG", "sms", "", "Mr Kumar, thank you for your call. As agreed, we will only contact you by e-mail from now on. Your next payment of S$500 is due on 5 Nov."),
    ("WA-DEBTOR", "app", "", "陳生，你今晚得閒嘅話覆個WhatsApp，我哋可以傾下分期，唔使急。"),
    ("EMAIL-DEBTOR", "email", "", "Subject: Home visit cancelled\n\nMr LEE Siu Fung,\n\nFurther to your complaint, we confirm that no one from Fast Reach Credit will visit your home. We will correspond in writing only. Your balance is HK$9,300."),
    ("CALL-EXPAT", "call", "", "坐席：Mr Hartley this is Amy from Harbourline Card Services\n客户：You people are leeches I've had enough\n坐席：I understand you're frustrated I'd like to agree a plan that works and if now isn't a good time I can call back on a day you choose"),
    ("SMS-AGENT", "sms", "", "你好，提提你今期HK$2,300仍未入數，如已付款請忽略此訊息。"),
    ("SMS-MO", "sms", "", "【澳聯信貸】黃先生，閣下尚欠MOP 4,300，如已還款請忽略。如對金額有疑問，可回覆「查詢」索取結單。",
     ("ML-OD-13", {"name": "黃", "amount": "4,300"}, 87)),
    ("WA-SG", "app", "", "Ms TAN, your details are never posted online or shared publicly. S$1,240 is overdue; reply PLAN for options."),
    ("SMS-AGENT", "sms", "", "何生，閣下嘅欠款資料只會喺公司內部處理，唔會喺你屋企或者公司附近張貼。請致電2566 1083。"),
    ("CALL-SG", "call", "", "坐席：This is Orchid Capital calling about your overdue account could I confirm I'm speaking with Mr Lim\n客户：Yes\n坐席：Thank you Mr Lim your balance is S$3,560 would you like to set up a payment today or hear about a plan"),
    ("SMS-EC", "sms", "@", "Hi Ms TAN Mei Hua, sorry to bother you. We're trying to reach Wei Ling about a personal matter. Could you ask her to call 6812 3345? Thank you.",
     ("CB-PLAIN-06", {"contact": "TAN Mei Hua", "name": "Wei Ling", "hotline": "6812 3345"}, 30)),
    ("CALL-FLATMATE", "call", "@", "坐席：Hi is this Tom\n第三方：Yeah who's this\n坐席：Hi Tom sorry to bother you I'm trying to reach Jason Wu on a personal matter could you ask him to give us a call back\n第三方：Is he in trouble or something\n坐席：I can only talk to Jason about it sorry thanks for your help"),
    ("EMAIL-HR", "email", "@", "Subject: Correction\n\nDear Finance Manager, Changi Ventures Pte Ltd,\n\nWe wrote to you in error last week. Please disregard that message; no action is required from your company and we will not contact you again.\n\nCustomer Services"),
    ("WA-GROUP", "app", "@", "[Tai Po Residents Group] Admin note: a post naming a resident and a debt has been removed. Debt collectors may not use this group. Please report such posts to the admins."),
    ("LETTER-HK", "notice", "", "Settlement Options\nTo: Mr KWOK Ho Yin\nAccount: KC-30915\nOutstanding: HK$16,800\nYou may: (1) pay in full; (2) pay in up to 12 monthly instalments; (3) ask for a temporary reduction if you are in hardship. We do not recommend borrowing to repay.\nKowloon Crest Finance, 2311 5097"),
    ("CALL-HK", "call", "", "坐席：你好我係恒匯財務嘅Kelvin\n客户：我阿媽啲金器拎去押咗佢得唔得\n坐席：唔建議呀嗰啲係屋企人嘅嘢我哋可以幫你延遲兩個月先還"),
    ("SMS-HK", "sms", "", "[Kowloon Crest Finance] Mr KWOK, we have not obtained any judgment against you. If the balance stays unpaid, we may start proceedings and you would be notified by the court. Call 2311 5097."),
    ("CALL-XB", "call", "", "坐席：喂你好我是Harbourline信用卡中心的客服您在香港的信用卡目前逾期\n客户：刚才有人说是深圳法院打来的\n坐席：那不是我们香港的信用卡欠款不会由深圳法院直接打电话催收请不要向任何陌生账户转账\n客户：好的"),
    ("EMAIL-EXPAT", "email", "", "Subject: Our message yesterday\n\nDear Mr Hartley,\n\nA message yesterday wrongly claimed to come from a law firm. It was sent by our own recovery desk and we apologise. No law firm is acting on your account at present."),
    ("SMS-SG", "sms", "", "Ah Beng, Orchid Capital here. S$800 still outstanding. We won't come to your flat. Reply with a payment date that works for you."),
    ("SMS-AGENT", "sms", "", "陳生，提提你還款日係本月28號。你嘅資料只作追收用途，我哋唔會聯絡你公司或者上門。"),
    ("EMAIL-DEBTOR", "email", "", "Subject: Your account\n\nMs TSANG,\n\nWe understand you have been on sick leave. We've put your account on hold; there's nothing you need to do until 1 December.\n\nApex Recovery, for Kowloon Crest Finance"),
    ("WX-STUDENT", "app", "", "王浩你好，你的欠款信息只在我们内部处理，不会发到任何群里。本期可以先还一半，剩下的月底前还就行。"),
)

VIOLATING = (_VIOLATING_A + _VIOLATING_B + _VIOLATING_C + _VIOLATING_D + _VIOLATING_E + _VIOLATING_F + _VIOLATING_G
             + _VIOLATING_H + _VIOLATING_I + _VIOLATING_J)
COMPLIANT = (_COMPLIANT_A + _COMPLIANT_B + _COMPLIANT_C + _COMPLIANT_D + _COMPLIANT_E + _COMPLIANT_F + _COMPLIANT_G
             + _COMPLIANT_H + _COMPLIANT_I + _COMPLIANT_J)


def records() -> list[dict[str, Any]]:
    """The batch's records in order; a template SMS also carries its template fields (contract section 1)."""
    return templated_dev_records("WFO", VIOLATING + COMPLIANT)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, records())


if __name__ == "__main__":
    print(write())
