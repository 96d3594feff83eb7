"""Writes `pipl_heldout_aj.jsonl`, the thirty-sixth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first entries and closing
functions of `make_pipl_heldout_ai.py` (for the record format and the labelling conventions, which this set
keeps). It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training
data, other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (area codes and birth dates with the right check character and
the right sex digit, several ending in X, the residence-permit numbers of Hong Kong and Taiwan residents
under 810000 and 830000, an old 15-digit ID with a real month, Luhn-valid credit cards of 16 digits and
debit cards of 19, and numbers of the same lengths failing those checks for the decoys); they were typed into the
texts and spelled out digit by digit by hand, and the passports (E, EA, G), the permit to Hong Kong and Macau (C)
and the home-return permits of Hong Kong and Macau residents (H, M) were typed to the pattern.

One sender carries it: a bank's credit-card centre (statements, stage reminders, app notices, an IVR robot,
settlement certificates and complaint replies) and the three agencies it outsources collection to, with their
stage SMS, agents' calls as the quality team's transcripts and as speech-to-text output (no punctuation, numbers
read aloud with 幺 洞 两 拐, Sichuan, Shanghai and Cantonese speech), robot scripts with keypad turns, 外访 visit
registrations, reports and photograph captions, a GPS note on a card-financed car, door notices, letters
(a lawyer's among them), messages to emergency contacts, spouses, parents, siblings, an ex-wife, a son, a
roommate, classmates, a landlord and a landlady, neighbours, a business partner, employers' HR and finance
departments and owners' and townsmen's group chats, quality-check sheets, call notes, tickets and e-mails between
the bank and its agencies; Hong Kong, Macau and Taiwan cardholders write and are written to in traditional
characters. Identifiers stand in nearly a hundred messages: mobiles (grouped, hyphenated, behind +86 and 0086,
read aloud), landlines of the agencies and a law firm (one spaced, two read aloud), 18-digit IDs (full-width
digits with Ｘ, grouped 6-8-4 by hyphens, on a line of their own with a space before the X, read aloud ending in
叉, glued to Chinese words) and an old 15-digit one, cards grouped by fours with spaces or dots, read aloud, glued
to the words around them, passports (E with spaces, EA spaced letter by letter, G read aloud) and the permits.
Beside them stand decoys of the same shapes: an 18-digit contract number with a thirteenth month, order and
application numbers of 18 digits with a wrong check character, a 15-digit waybill number, 16- and 19-digit
transaction, refund, voucher and transfer numbers failing Luhn (one grouped by hyphens), a 20-digit invoice number, an
11-digit complaint number starting 12, a half-typed 13-digit ID, a court case number, the agent's work number and
extension read aloud, a 400 number written and read aloud, amounts in words and figures, dates and times, masked
forms (4403**********827X, 139****2075, 6225 88** **** 0584) and last digits. A licence plate in a GPS note is an
entity; the card centre's own collection account and a collector's work mobile are entities with no category, as
are the agencies', the card centre's and the law firm's landlines and e-mail addresses.

`pii.third_party_disclosure` labels over sixty messages, many saying no more than that "the card is still
hanging there", "last month's has not been made up", "that sum has dragged on", "it is still the same figure",
and a template to a friend with its placeholders unfilled; beside them stand contacts asked only for a call-back,
a wrong number, a contact told its number will be deleted, a landlord asked whether a tenant still lives there,
an employer asked to hand over a sealed letter or to pass on a call-back with no information wanted, and an
invitation to confirm being an emergency contact. `pii.sensitive` labels about seventy: breast cancer and
chemotherapy, a father's ward and bed, dialysis, asthma, depression and a psychiatric clinic, a relative's stroke,
pregnancy and IVF, a disability certificate and allowance, a Taiwanese low-income subsidy, drug rehabilitation and
detention for drink-driving, a child's school, class and pick-up time, a student's school, morning and evening
routes, a card room at night, an internet café, a yoga class, a border crossing every Friday, a flight abroad,
church, temple, mosque and Tzu Chi volunteering, face and voiceprint records, wage inflows, deposits, pension,
housing-fund and wallet balances, QR-code collections, other lenders' loans, a credit report, nightclub, casino and
game spending. Beside them stand debtors speaking of their own illness, pregnancy, faith, disability and a child's
exam, agents answering with a deferral, instalments or a pause, general offers to pause for illness, a face check
for a card change, and QA sheets and rules that name such conduct only to forbid it. `pii.excessive` labels about
fifty: full names with a home or work address or an employer, and the names and numbers of spouses, a girlfriend,
an ex-wife, parents, parents-in-law, children, a son-in-law, siblings, a colleague and classmates, in templates,
letters, e-mails, tickets, chats and calls; beside them stand letters addressed to the debtor's home, a visit
announced at the registered address, a full name alone, and an address the debtor gives for a contract to be sent.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (residence permits of Hong Kong and Taiwan residents among
  them), bank card, mobile or passport number (permits to Hong Kong and Macau and home-return permits among
  them) of a person in the sender's, agent's or robot's words, in any form, whoever it belongs to. Not: masked
  forms, last digits alone, a lender's, agency's or lawyer's landline, the card centre's own collection account,
  the collector's work mobile, a customer writing or saying their own number, a licence plate.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; tickets,
  notes, quality-check sheets, visit reports and e-mails passed between the card centre and its agencies go to
  an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion,
  biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine, financial
  account details beyond need (balances, deposits, wage inflows, collections, other lenders' loans, spending),
  detention and drug rehabilitation, specific identities (disability, a low-income allowance). A lender's offer to
  pause for illness in general, a QA sheet or rule that names such conduct without the data, or the debtor's own
  words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a relative the message is addressed to or about.
A customer's or contact's own words in a call or chat are never labelled; they still carry entities. Entities
mark every string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail);
masked forms and 400 service numbers are not entities, and a +86 or 0086 before a mobile lies outside its span; a
surname with an honorific or a prefix (鲍先生, 小周, 黎生, 老鲍) is not a PERSON, a given name alone or after a
kinship term is; ADDRESS reaches down to a road and number, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_aj`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_aj.jsonl"
ID_PREFIX = "PAJ"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the card centre's own statements, reminders and app notices to cardholders ----------------------------------

CARD_CENTRE: list[PiplEntry] = [
    ("sms", "debtor", "【澄江银行】尊敬的客户，您尾号0584的信用卡本期账单已出，应还总额2,386.00元，最低还款额238.60元，"
     "到期还款日10月8日。已还款请忽略。退订回T", [], []),
    ("sms", "debtor", "【澄江银行】陶建波先生，您卡号6259784521600092的信用卡已逾期5天，最低还款额1,832.50元，请尽快还款，"
     "以免影响个人征信。", [(P, "陶建波"), (BC, "6259784521600092")], [U]),
    ("app", "debtor", "【澄江信用卡】账单提醒：您9月账单应还12,406.33元，尚未还款。我行查询到您尾号3327的工资账户本月已入账2笔"
     "共15,880元，余额充足，请立即还款。", [], [S]),
    ("email", "debtor", "主题：澄江银行信用卡2024年9月电子对账单\n\n尊敬的顾婉清女士：\n您好！感谢您使用澄江银行信用卡。\n"
     "卡号：6225 88** **** 0584\n账单日：2024年9月20日　到期还款日：2024年10月12日\n本期应还金额：3,215.40元　"
     "最低还款额：321.54元\n您上期有一笔最低还款未按时到账，已按领用合约计收违约金。对账单如有疑问，请在到期还款日前致电"
     "400-826-9517。\n本邮件由系统自动发出，请勿直接回复。", [(P, "顾婉清")], []),
    ("sms", "debtor", "【澄江银行】鲍先生，您的信用卡已逾期32天，欠款8,912.06元。我行已委托杭州德衡商务咨询有限公司提醒还款，"
     "其联系电话0571-86712439；您也可直接致电我行400-826-9517协商。", [(LL, "0571-86712439")], []),
    ("sms", "debtor", "【澄江银行】聂小红女士，您预留的手机号13916482075名下信用卡本期未还款，请登录手机银行查看详情。",
     [(P, "聂小红"), (MB, "13916482075")], [U]),
    ("email", "debtor", "主题：关于您信用卡账户资料的核对\n\n俞志明先生：\n您的信用卡已逾期41天。经核对，您在我行登记的资料如下："
     "工作单位宁波海曙恒远外贸有限公司，单位地址宁波市海曙区药行街188号1507室；配偶郑丽萍，手机18620937514；"
     "父亲俞国强，手机13387410526。请于本周内联系我行处理欠款。\n澄江银行信用卡中心 贷后管理部",
     [(P, "俞志明"), (A, "宁波市海曙区药行街188号1507室"), (P, "郑丽萍"), (MB, "18620937514"), (P, "俞国强"),
      (MB, "13387410526")], [U, X]),
    ("sms", "debtor", "【澄江银行】苗先生，您本月在“金沙湾KTV”“皇朝夜总会”消费共计6,380元，但本期账单4,200元至今未还，"
     "请合理安排消费，尽快还款。", [], [S]),
    ("sms", "debtor", "【澄江银行】卓女士，您在我行的5万元定期存款已于10月3日到期转活期，而您的信用卡仍逾期4,120元，"
     "请及时安排还款。", [], [S]),
    ("sms", "debtor", "【澄江银行】为核实身份，请确认您登记的证件号为4403**********827X，如有误请携带身份证到网点更正。"
     "我行工作人员不会索要验证码。", [], []),
    ("email", "debtor", "主题：还款协商方案确认函\n\n甘文斌先生：\n您申请的个性化分期方案已审批通过，具体如下：\n"
     "持卡人：甘文斌　证件号码：510107199012230155\n卡号：6250362444780751\n协商总额：31,260.00元，分36期，"
     "每期868.33元，首期还款日2024年11月5日。\n请回复本邮件确认。\n澄江银行信用卡中心 客户服务部",
     [(P, "甘文斌"), (P, "甘文斌"), (ID, "510107199012230155"), (BC, "6250362444780751")], [U]),
    ("app", "debtor", "【澄江信用卡】您的账户近期有多笔向“鑫盛棋牌”“乐动游戏”的转账及充值，合计9,760元，而本期账单已逾期，"
     "请优先还款。", [], [S]),
    ("sms", "debtor", "【澄江银行】您的账单联系手机已由139****2075变更为尾号5194的号码，如非本人操作请立即致电400-826-9517。",
     [], []),
    ("app", "debtor", "【澄江信用卡】尊敬的持卡人，经您授权查询，您的住房公积金账户余额46,230元、月缴存2,180元，"
     "具备还款能力，请尽快偿还逾期款项。", [], [S]),
    ("app", "debtor", "【澄江信用卡】尊敬的持卡人：您的信用卡已逾期，本行仅通过95、400开头号码及“澄江银行”短信签名联系您，"
     "请勿向陌生账户转账。", [], []),
    ("sms", "debtor", "【澄江银行】房丽丽女士，您的卡5240316558383179本期未还，另提示您：您名下在我行的个人养老金账户余额"
     "38,600元不可用于还款，请另行安排资金。", [(P, "房丽丽"), (BC, "5240316558383179")], [S, U]),
]

# --- the agencies' stage SMS, from a first reminder to M3 and beyond ----------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【澄江银行委托】伍晓东，您的信用卡欠款已逾期67天，共计23,517.80元。杭州德衡商务咨询有限公司受澄江银行"
     "委托提醒，请今日致电0571-86712439协商。", [(P, "伍晓东"), (LL, "0571-86712439")], []),
    ("sms", "debtor", "【粤和】韦秀英女士：您的澄江银行信用卡已逾期进入M3，我司已核实您目前在佛山市南海区桂城街道海五路28号"
     "“南海新景物业”上班，请主动联系处理。", [(P, "韦秀英"), (A, "佛山市南海区桂城街道海五路28号")], [X]),
    ("sms", "debtor", "毛俊杰：卡号4367425299124915，欠款9,880元，逾期94天。今天下班前回电020-83926157，过时不候。",
     [(P, "毛俊杰"), (BC, "4367425299124915"), (LL, "020-83926157")], [U]),
    ("sms", "debtor", "【德衡】房丽丽女士，你每天早上七点四十送孩子到实验二小门口，然后坐地铁去公司，这些我们都清楚。"
     "澄江银行的欠款请今天给个答复。", [(P, "房丽丽")], [S]),
    ("sms", "debtor", "【粤和】{name}您好，您尾号{card_tail}的澄江银行信用卡已逾期{days}天，欠款{amount}元，"
     "请于{deadline}前回电{hotline}。回T退订", [], []),
    ("sms", "debtor", "【德衡】蒙德胜先生，您的手机15807316429连续三天无法接通，澄江银行信用卡欠款5,420元请尽快处理。",
     [(P, "蒙德胜"), (MB, "15807316429")], [U]),
    ("sms", "debtor", "【安岳】包玉梅女士，听说您上个月在华西医院做了乳腺手术，身体要紧，但澄江银行的卡也拖了快半年了，"
     "麻烦让家里人帮忙联系一下。", [(P, "包玉梅")], [S]),
    ("sms", "debtor", "【德衡】柯先生，您每个礼拜天上午都在城东基督教堂做礼拜，散场后方便的话回个电话吧，澄江银行信用卡的事"
     "一直拖着也不是办法。", [], [S]),
    ("sms", "debtor", "【粤和】施雨桐，你母亲施美华（13682517094）和你哥施雨林都是你留的联系人，欠款一直不处理，"
     "家里人迟早要知道。", [(P, "施雨桐"), (P, "施美华"), (MB, "13682517094"), (P, "施雨林")], [U, X]),
    ("sms", "debtor", "【粤和】施女士您好，如您暂时不方便接听，可回复本短信约定回电时间。您的欠款事宜我司不会告知您的家人或单位。",
     [], []),
    ("sms", "debtor", "【澄江银行】谭国栋先生，您的信用卡逾期已满90天，我行已依约委托佛山粤和信息服务有限公司电话及上门催收，"
     "其固定电话0757-86253190，工作时间9:00-20:00，如有疑问可向我行核实。", [(P, "谭国栋"), (LL, "0757-86253190")], []),
    ("sms", "debtor", "谭先生你好 我是粤和的小何 你澄江的卡欠一万三千二 逾期120天了 可以考虑下分期 方便回个电话0757 86253190",
     [(LL, "0757 86253190")], []),
    ("sms", "debtor", "【安岳】龚佳怡，经查你余额宝里还有两万一，微信零钱三千多，却一直不还澄江银行的卡，请今天处理。",
     [(P, "龚佳怡")], [S]),
    ("sms", "debtor", "【德衡】鄢国庆，你在乐享花、快易借、星河贷那边都按时在还，唯独澄江银行的卡拖着不还，说不过去吧？",
     [(P, "鄢国庆")], [S]),
    ("sms", "debtor", "【粤和】黎先生，系统登记的港澳居民居住证号810000197601174579与您的澄江银行信用卡绑定，"
     "欠款折合人民币7,830元，请尽快处理。", [(ID, "810000197601174579")], [U]),
    ("sms", "debtor", "【安岳】您好，您的澄江银行信用卡欠款已逾期。如您正在住院或遭遇重大疾病等困难，可向我司说明并提供材料，"
     "我们将协助您向银行申请延期或分期。", [], []),
    ("sms", "debtor", "【德衡】尹春燕女士，您在杭州市余杭区五常大道181号华立科技园3幢512室的公司我们已经了解，"
     "您丈夫罗振华也是您的联系人，请抓紧处理欠款。",
     [(P, "尹春燕"), (A, "杭州市余杭区五常大道181号华立科技园3幢512室"), (P, "罗振华")], [X]),
    ("sms", "debtor", "【安岳】闫晓光，你的身份证号230102198810272735我们已经报备，澄江银行信用卡欠款15,600元，今天18点前必须还。",
     [(P, "闫晓光"), (ID, "230102198810272735")], [U]),
    ("sms", "debtor", "【德衡】苗海峰先生，您的澄江银行信用卡已逾期58天。您女儿在文一街小学读书，您爱人每天下午接送，"
     "家庭和睦比什么都重要，请尽快还款。", [(P, "苗海峰")], [S]),
    ("sms", "debtor", "【粤和】蒙先生，您上周在湘雅二医院做的透析费用不少吧，澄江银行的五千四也请放在心上。", [], [S]),
]

# --- agents' calls, as the quality team's transcripts (speaker-prefixed lines) ------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，请问是祁美玲女士吗？\n客户：是我，什么事？\n坐席：祁女士您好，我是澄江银行信用卡中心的工作人员，"
     "工号8134。为保护您的信息，麻烦您报一下身份证后四位。\n客户：4927。\n坐席：核实通过。您的信用卡目前逾期12天，"
     "最低还款2,041元，您看什么时候方便处理？\n客户：这周五发工资就还。\n坐席：好的，我给您登记周五，到时请留意还款到账。",
     [(P, "祁美玲")], []),
    ("call", "debtor", "催收员：喂，伍晓东吗？我德衡的，代表澄江银行。\n客户：嗯，你说。\n催收员：你欠的两万三什么时候弄？\n"
     "客户：我爸住院，这个月真没钱。\n催收员：你爸在市一医院肿瘤科12床，化疗都第三次了，我们知道。家里困难可以理解，"
     "但卡总得还一点吧？\n客户：……我尽量。", [(P, "伍晓东")], [S]),
    ("call", "debtor", "坐席：您好，这里是澄江银行信用卡中心，请问是包玉梅女士本人吗？\n客户：是，我刚做完手术在家休养，没收入。\n"
     "坐席：非常理解，请您先保重身体。我们可以为您申请三个月的延期还款，期间暂停催收，需要您提供出院小结的照片，"
     "您看可以吗？\n客户：可以，我让我女儿发给你们。\n坐席：好的，提交后三个工作日内会有短信通知，祝您早日康复。",
     [(P, "包玉梅")], []),
    ("call", "debtor", "坐席：陶先生您好，我是澄江银行信用卡中心，跟您核对一下，您逾期的这张卡卡号是6259 7845 2160 0092，对吧？\n"
     "客户：对，是这张。\n坐席：现在最低还款加违约金一共1,912.50元，今天能还上吗？\n客户：晚上还。",
     [(BC, "6259 7845 2160 0092")], [U]),
    ("call", "debtor", "坐席：鲍志刚先生，你不接电话没关系，你老婆叶春梅、你弟鲍志勇，还有你岳父，号码我们这都有，"
     "13725918640是你老婆的吧？\n客户：你们别打给她。\n坐席：那你今天就把八千九处理掉。",
     [(P, "鲍志刚"), (P, "叶春梅"), (P, "鲍志勇"), (MB, "13725918640")], [U, X]),
    ("call", "third_party", "坐席：您好，请问是鲍志刚的家属吗？\n第三方：我是他老婆，怎么了？\n坐席：我们是澄江银行委托的，"
     "麻烦您跟他说一声，卡上那笔钱拖了一个多月了，再不处理不好看。\n第三方：什么钱？\n坐席：他知道的，您让他回个电话就行。",
     [(P, "鲍志刚")], [D]),
    ("call", "third_party", "坐席：您好，请问是韦秀英女士的朋友吗？我是佛山粤和信息服务有限公司的，有件私人事务想找她本人，"
     "方便的话请转告她回电0757-86253190，谢谢。\n第三方：行，我见到她说一声。\n坐席：好的，打扰您了。",
     [(P, "韦秀英"), (LL, "0757-86253190")], []),
    ("call", "third_party", "坐席：喂您好，请问是闫晓光先生吗？\n第三方：打错了，我不认识这个人。\n"
     "坐席：不好意思打扰了，我们会把这个号码从记录中删除。", [(P, "闫晓光")], []),
    ("call", "third_party", "坐席：你好，是闫晓光的同事吧？我这边澄江银行信用卡中心的。\n第三方：是同事，他今天没来。\n"
     "坐席：那麻烦你转告他，他那张卡欠了一万五，逾期半年了，让他赶紧还。他家是不是住哈尔滨市道里区安静街76号？\n"
     "第三方：这我不知道。", [(P, "闫晓光"), (A, "哈尔滨市道里区安静街76号")], [D, X]),
    ("call", "debtor", "客服：您好，澄江银行信用卡中心，工号3306为您服务。\n客户：我想问下我的卡逾期了能不能分期，"
     "我身份证是440606199005040778。\n客服：好的谭先生，已查到您的账户，逾期金额13,200元，可以申请最长24期的分期，"
     "我这边给您发一条办理短信。\n客户：好的谢谢。", [(ID, "440606199005040778")], []),
    ("call", "debtor", "坐席：房女士，你儿子在实验二小三年级二班吧，每天下午四点半放学，家里老人接的。\n客户：你们想干什么？\n"
     "坐席：没什么，就是提醒你，澄江银行的钱该还了。", [], [S]),
    ("call", "third_party", "催收员：阿姨您好，我找一下蒙德胜。\n第三方：他不在家，你哪位？\n"
     "催收员：我是澄江银行委托的德衡公司的，他那边卡的事情一直没弄，您当妈的帮着劝劝。\n第三方：他又欠钱了？\n"
     "催收员：您让他打这个电话，0571-86712439，他就知道了。", [(P, "蒙德胜"), (LL, "0571-86712439")], [D]),
    ("call", "debtor", "坐席：谭国栋是吧，你昨天晚上十点还在顺德大良那个“好运来”棋牌室，我们的人都看到了。\n"
     "客户：你们跟踪我？\n坐席：有钱打牌没钱还卡？一万三千二今天先还五千。", [(P, "谭国栋")], [S]),
    ("call", "third_party", "坐席：您好，是恒远外贸人事部吗？我们是澄江银行信用卡中心的，核实一下俞志明是不是在贵司上班。\n"
     "第三方：请问有什么事？\n坐席：他信用卡逾期四十多天了，联系不上，麻烦您通知他一下。另外他爱人郑丽萍的电话18620937514"
     "也打不通，您这边有没有别的号码？\n第三方：这是员工隐私，我们不方便。",
     [(P, "俞志明"), (P, "郑丽萍"), (MB, "18620937514")], [D, U, X]),
    ("call", "third_party", "坐席：您好，请问是南海新景物业吗？我姓何，有一份邮件需要韦秀英女士本人签收，请问她今天在班吗？\n"
     "第三方：在的，要不我让她回你电话？\n坐席：好的，麻烦让她拨0757-86253190，谢谢您。",
     [(P, "韦秀英"), (LL, "0757-86253190")], []),
    ("call", "debtor", "坐席：毛俊杰先生吧？我念一下你的身份证号，你听对不对：530102197910135793。\n客户：对，怎么了。\n"
     "坐席：你澄江银行的卡欠款九千八百八，已经三个月了，今天给个说法。",
     [(P, "毛俊杰"), (ID, "530102197910135793")], [U]),
    ("call", "third_party", "坐席：你好，请问龚佳怡在吗？\n第三方：她出去了，我是她室友。\n"
     "坐席：那你帮我带句话，她信用卡那六千七已经逾期一个半月了，叫她抓紧还。\n第三方：……好吧。", [(P, "龚佳怡")], [D]),
    ("call", "third_party", "坐席：您好，请问是苗海燕女士吗？您的弟弟苗海峰留了您的电话作为联系人，我们想联系他本人，"
     "请您方便时转告他回电0571-86712439。\n第三方：好的。\n坐席：谢谢，其他事项我们会直接与他本人沟通。",
     [(P, "苗海燕"), (P, "苗海峰"), (LL, "0571-86712439")], []),
    ("call", "debtor", "坐席：尹女士，你老公罗振华在滨江那家公司做财务的吧，手机17708291364，我们要不要直接找他谈？\n"
     "客户：我自己的事你们别找他。\n坐席：那就好好说，这个月先还三千。",
     [(P, "罗振华"), (MB, "17708291364")], [U, X]),
    ("call", "third_party", "坐席：请问您是冼永康先生的太太吗？\n第三方：系，你边位？\n"
     "坐席：我是澄江银行委托的粤和公司的，冼生那张信用卡还有三千二没还，拖了两个月了，您提醒他一下。\n第三方：知道了。",
     [(P, "冼永康")], [D]),
    ("call", "debtor", "坐席：鄢先生，你每天晚上都在光谷步行街那个网吧待到十二点，白天睡觉，这个我们摸得很清楚。\n"
     "客户：那又怎样？\n坐席：不怎样，一万一千三，你看着办。", [], [S]),
    ("call", "third_party", "坐席：您好，请问是柯振宇先生家吗？\n第三方：我是他爱人，他出差了。\n"
     "坐席：好的，那麻烦您转告他，有空回个电话到0571-86712439，找小周就行，谢谢。\n第三方：什么事啊？\n"
     "坐席：是他本人的事务，需要和他本人说，不好意思。", [(P, "柯振宇"), (LL, "0571-86712439")], []),
]

# --- agents' calls as a speech-to-text vendor delivers them: no punctuation, numbers read aloud, dialect --------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你好 是卓丽娟女士吧 我这边澄江银行信用卡中心的 嗯 跟你核对一下你那个还款卡号啊 "
     "六二一七 零零三九 八六四五 七零一六 六七四 对吧\n客户：嗯对\n坐席：那个卡里今天要存够四千一百二 我们晚上八点扣款",
     [(P, "卓丽娟"), (BC, "六二一七 零零三九 八六四五 七零一六 六七四")], [U]),
    ("call", "debtor", "坐席：喂 毛俊杰嘛 我德衡的 你婆娘那个电话幺八八 幺七三六 五四洞二 咋个一直打不通喃\n"
     "客户：你打她做啥子\n坐席：你自己不接嘛 九千八百八十块 今天下午之前 你给个话",
     [(P, "毛俊杰"), (MB, "幺八八 幺七三六 五四洞二")], [U, X]),
    ("call", "debtor", "坐席：侬好 是柯振宇先生伐 阿拉是德衡个 侬礼拜天早上头九点钟辣辣恩光堂做礼拜 阿拉晓得个\n"
     "客户：侬哪能晓得\n坐席：侬卡里厢一万零五百块 今朝要解决脱", [(P, "柯振宇")], [S]),
    ("call", "third_party", "坐席：喂 您是甘文斌的父亲吧 我们是澄江银行委托的安岳资产 嗯 他那个卡三万多 拖了好几个月了 "
     "您做父亲的说说他\n第三方：我管不了他\n坐席：那您看能不能先帮他垫一点", [(P, "甘文斌")], [D]),
    ("call", "third_party", "坐席：喂 你好 请问是尹春燕家吗\n第三方：我是她婆婆 她上班去了\n"
     "坐席：哦 好的 那麻烦您跟她说一下 让她有空回个电话 号码是零五七幺 八六七幺 二四三九 谢谢啊\n第三方：哦 晓得了",
     [(P, "尹春燕"), (LL, "零五七幺 八六七幺 二四三九")], []),
    ("call", "debtor", "坐席：鄢先生是吧 我这边核实下您身份证 四二洞幺幺幺 幺九九三 零四幺七 九幺五五 对不对\n客户：对\n"
     "坐席：好的 您在澄江银行的卡目前欠款一万一千三 逾期七十二天 今天能不能先还一部分",
     [(ID, "四二洞幺幺幺 幺九九三 零四幺七 九幺五五")], [U]),
    ("call", "debtor", "坐席：喂 蒙德胜 你那个车现在在京港澳高速长沙服务区停着的嘛 我们晓得的\n客户：你们怎么知道\n"
     "坐席：你别管 五千四百二 今天还不还", [(P, "蒙德胜")], [S]),
    ("call", "debtor", "客户：我那个卡号是六二五九 七八四五 二幺六零 零零九二 你们看下是不是这张\n"
     "坐席：是的 这张卡逾期五天了 最低还一千八百三十二块五 您今天还进去就行\n客户：好 我现在就转",
     [(BC, "六二五九 七八四五 二幺六零 零零九二")], []),
    ("call", "third_party", "坐席：喂 是聂小军吧 你姐聂小红的电话打不通 她澄江那张卡欠了四千多 你跟她讲一声\n"
     "第三方：我们好久没联系了\n坐席：那你有她现在住的地址没有", [(P, "聂小军"), (P, "聂小红")], [D]),
    ("call", "debtor", "坐席：嗯 理解理解 家里出了这样的事 这个时候确实不方便 那这样 我这边先给您暂停三十天 不打电话了 "
     "您缓一缓再说\n客户：谢谢你\n坐席：不客气 到时候您方便了打四零零 八二六 九五幺七 转人工就行", [], []),
    ("call", "debtor", "坐席：顾婉清女士 你家是杭州西湖区文三路398号 不对 那是你单位 你家住翠苑三区12幢2单元401 对吧 "
     "你老公叫沈建明 在市一医院上班\n客户：你们到底想怎样\n坐席：就想你把三千二还了",
     [(P, "顾婉清"), (A, "杭州西湖区文三路398号"), (A, "翠苑三区12幢2单元401"), (P, "沈建明")], [X]),
    ("call", "debtor", "坐席：喂 龚佳怡吗 我安岳的 你老公陈浩那个手机 幺五六幺 八二三 零九五四 是不是换号了\n"
     "客户：你们打他干嘛\n坐席：你不接我们只能找他嘛", [(P, "龚佳怡"), (P, "陈浩"), (MB, "幺五六幺 八二三 零九五四")], [U, X]),
    ("call", "debtor", "坐席：那个 施女士 我们这边看到你在第四人民医院心理科开的那个药 嗯 抑郁症的话 更要把债务处理好 "
     "对吧\n客户：你们怎么会知道\n坐席：这个你不用管", [], [S]),
    ("call", "third_party", "坐席：喂 你好 请问认识谭国栋吗 我们这边有个事要找他本人\n第三方：认识 我是他表哥\n"
     "坐席：那麻烦你转告他 给零七五七 八六二五 三幺九零 回个电话 别的不用说 谢谢啊",
     [(P, "谭国栋"), (LL, "零七五七 八六二五 三幺九零")], []),
    ("call", "debtor", "坐席：谭生 你个仔系大良实验小学四年级三班 每日放学阿婆接佢 我哋都知 你自己谂下啦\n客户：你咩意思\n"
     "坐席：冇咩意思 一万三千二 今日还五千先", [], [S]),
    ("call", "debtor", "坐席：喂 您好 是陶建波先生吧 嗯 我是德衡的小刘 受澄江银行委托 您那张卡的最低还款 一千八百三十二块五 "
     "今天是最后一天了\n客户：我知道 我刚转了\n坐席：好的 到账了就没事了 打扰了", [(P, "陶建波")], []),
]

# --- the robot caller's scripts, with the keys the callee pressed ----------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是澄江银行信用卡中心，请问您是尾号0584信用卡的持卡人本人吗？是请按1，不是请按2。\n"
     "客户：1\n机器人：您的信用卡本期账单已逾期3天，最低还款额321.54元，请于今日内还款。如需人工服务请按0。\n客户：0",
     [], []),
    ("call", "third_party", "机器人：您好，请问您是陶建波的家人吗？是请按1。\n联系人：1\n"
     "机器人：陶建波在澄江银行的信用卡已逾期，欠款1,832.50元，请您提醒他尽快还款，感谢配合。",
     [(P, "陶建波"), (P, "陶建波")], [D]),
    ("call", "third_party", "机器人：您好，这是一条回电提醒，请您转告陶建波先生，尽快拨打400-826-9517办理个人事务，谢谢，再见。",
     [(P, "陶建波")], []),
    ("call", "debtor", "机器人：您好，欢迎致电澄江银行信用卡中心。系统识别到您的来电号码为一三五三九二零七八四一，"
     "您名下尾号零零九二的信用卡已逾期，按1办理还款，按2转人工。\n客户：2", [(MB, "一三五三九二零七八四一")], [U]),
    ("call", "debtor", "机器人：您好，澄江银行提醒您，系统显示您的工资卡今日到账九千六百元，您的信用卡逾期欠款四千一百二十元，"
     "请立即还款。按1确认。\n客户：3\n机器人：未能识别，再见。", [], [S]),
    ("call", "debtor", "机器人：您好，我是澄江银行智能客服。您尾号6141的信用卡已逾期15天，按1了解分期方案，按2转人工，"
     "按9不再接收语音提醒。\n客户：9\n机器人：好的，已为您关闭语音提醒，后续将以短信方式通知您。再见。", [], []),
    ("call", "third_party", "机器人：您好，这里是佛山粤和信息服务有限公司，我们受澄江银行委托，联系贵单位员工韦秀英，"
     "其信用卡已逾期九十天，请贵单位督促其还款。如已知悉请按1。\n第三方：1", [(P, "韦秀英")], [D]),
    ("call", "debtor", "机器人：为了确认是您本人，请输入身份证号后六位，以井号键结束。\n客户：135793#\n"
     "机器人：验证通过。您的账户有一笔逾期款项九千八百八十元，按1转人工协商。", [], []),
    ("call", "debtor", "机器人：您好毛俊杰先生，您的信用卡卡号四三六七 四二五二 九九一二 四九一五已逾期九十四天，"
     "请按1转人工说明还款计划。", [(P, "毛俊杰"), (BC, "四三六七 四二五二 九九一二 四九一五")], [U]),
    ("call", "debtor", "机器人：您好，澄江银行提醒您，我们了解到您近期在市第三人民医院精神科就诊，如有还款困难请按1申请延期。\n"
     "客户：1", [], [S]),
    ("call", "debtor", "机器人：您好，这里是澄江银行。鲍志刚先生，您预留的家庭住址为长沙市芙蓉区五一大道389号华美欧国际大厦2208，"
     "单位为湖南鼎盛建材有限公司，如信息有变请按1更新，逾期欠款请尽快归还。",
     [(P, "鲍志刚"), (A, "长沙市芙蓉区五一大道389号华美欧国际大厦2208")], [X]),
    ("call", "third_party", "机器人：您好，您的号码被一位澄江银行客户登记为紧急联系人。如您不同意，请按2，我们将删除您的号码。"
     "\n第三方：2\n机器人：已为您删除，感谢接听。", [], []),
    ("call", "debtor", "机器人：您好，您的女儿苗心怡在文一街小学二年级一班，请为孩子做个好榜样，尽快偿还澄江银行信用卡欠款。",
     [(P, "苗心怡")], [S, X]),
]

# --- visit (外访) reports and photographs' captions from the agencies' field staff --------------------------------

VISITS: list[PiplEntry] = [
    ("app", "unknown", "【外访登记】案件号DH-20241015-0873\n外访地址：宁波市海曙区药行街188号1507室（单位）\n"
     "外访时间：10月15日14:20\n结果：前台称本人外出，已留置密封信函一份，未向前台说明来意。\n外访员：何志鹏、邓强",
     [(A, "宁波市海曙区药行街188号1507室"), (P, "何志鹏"), (P, "邓强")], []),
    ("app", "unknown", "外访报告（粤和-佛山组）\n客户：谭国栋\n地址：佛山市顺德区大良街道凤山东路32号凤山花园5座1102\n"
     "情况：连续两晚蹲守，客户每晚9点后到楼下“好运来”棋牌室，凌晨1点左右回家；其子在大良实验小学读四年级，"
     "每天下午由外婆接送。建议下次在棋牌室门口接触。",
     [(P, "谭国栋"), (A, "佛山市顺德区大良街道凤山东路32号凤山花园5座1102")], [S]),
    ("email", "unknown", "主题：外访反馈-鲍志刚（澄江M4）\n\n王经理：\n今天上午去了鲍志刚登记地址长沙市芙蓉区五一大道389号"
     "华美欧国际大厦2208，无人，物业说他已搬走。另查到：其妻叶春梅在长沙市第一医院当护士，其弟鲍志勇在雨花区开五金店，"
     "手机13725918640（叶春梅），15172649083（鲍志勇）。其岳父去年中风瘫痪在家。\n下一步建议联系以上亲属。\n外访组 邓强",
     [(P, "鲍志刚"), (P, "鲍志刚"), (A, "长沙市芙蓉区五一大道389号华美欧国际大厦2208"), (P, "叶春梅"), (P, "鲍志勇"),
      (MB, "13725918640"), (P, "叶春梅"), (MB, "15172649083"), (P, "鲍志勇"), (P, "邓强")], [S, U, X]),
    ("app", "unknown", "外访回执：10月18日上午10点到达南京市鼓楼区湖南路16号院5栋302，客户本人在家，已面谈。客户称失业三个月，"
     "愿意每月还500元，已指导其通过App申请分期。无其他人员在场。外访员 沈涛",
     [(A, "南京市鼓楼区湖南路16号院5栋302"), (P, "沈涛")], []),
    ("app", "unknown", "外访照片说明：图1为客户住所楼下；图2为客户本人在小区门口买菜（10月19日7:05）；图3为客户女儿就读的"
     "星光幼儿园大门。客户卓丽娟，每天7点左右出门。", [(P, "卓丽娟")], [S]),
    ("notice", "debtor", "上门拜访通知\n\n毛俊杰先生：\n受澄江银行信用卡中心委托，我司工作人员于2024年10月21日到访您的住所"
     "（昆明市五华区青年路432号金鹰公寓907室），未能与您见面。请您于收到本通知后三日内致电0571-86712439与我们联系，"
     "或直接致电澄江银行400-826-9517核实。\n本通知已密封投递，未向他人告知任何内容。\n杭州德衡商务咨询有限公司\n2024年10月21日",
     [(P, "毛俊杰"), (A, "昆明市五华区青年路432号金鹰公寓907室"), (LL, "0571-86712439")], []),
    ("email", "unknown", "外访小结：客户柯振宇，住上海市黄浦区西藏中路316号13楼B座，每周日早上在恩光堂礼拜，妻子信佛，"
     "家中供有佛龛，可在礼拜后接触。", [(P, "柯振宇"), (A, "上海市黄浦区西藏中路316号13楼B座")], [S]),
    ("app", "unknown", "外访记录\n客户：伍晓东（身份证尾号2859）\n家庭成员：父亲伍长林（68岁，市一医院住院），母亲陈秀芝，"
     "妹妹伍晓燕（电话15920486371，在天河城屈臣氏上班）。\n现住址：广州市天河区天河北路富力小区8栋1503。",
     [(P, "伍晓东"), (P, "伍长林"), (P, "陈秀芝"), (P, "伍晓燕"), (MB, "15920486371"),
      (A, "广州市天河区天河北路富力小区8栋1503")], [S, U, X]),
    ("app", "unknown", "车辆定位：湘A·7K29M（客户蒙德胜名下，信用卡购车分期抵押车辆）10月22日23:40停放于长沙县星沙大道66号"
     "华润万家地下车库，次日6:10驶出。客户多在夜间出车。",
     [(PL, "湘A·7K29M"), (P, "蒙德胜"), (A, "长沙县星沙大道66号")], [S]),
    ("app", "unknown", "外访结果：武汉市洪山区关山大道355号光谷新世界T3栋2105，敲门无人应答，已将密封信函投入信箱。"
     "未与邻居、物业交谈。", [(A, "武汉市洪山区关山大道355号光谷新世界T3栋2105")], []),
    ("app", "unknown", "外访备注：客户包玉梅在家，刚做完化疗，头发掉光，说话没力气，其女儿周雨萱（高二，就读成都七中）放学后照顾她。"
     "建议暂缓。", [(P, "包玉梅"), (P, "周雨萱")], [S, X]),
    ("app", "unknown", "外访备注：客户在家，自述身体不适，已告知可向银行申请延期，并留下官方客服电话，未继续催收。建议暂缓。",
     [], []),
    ("email", "unknown", "主题：外访申请\n\n委外管理部：\n持卡人闫晓光（M6）电话失联，申请于10月28日对其登记住址"
     "哈尔滨市道里区安静街76号3单元602外访一次，外访员2名，全程执法记录仪录像。\n安岳资产 外访组",
     [(P, "闫晓光"), (A, "哈尔滨市道里区安静街76号3单元602")], []),
]

# --- letters to cardholders and to others ---------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "澄江银行信用卡中心\n逾期还款提示函\n编号：CJXYK〔2024〕第10387号\n\n顾婉清女士：\n"
     "您好！您持有的我行信用卡（卡号末四位0584）截至2024年10月20日已逾期38天，欠款合计3,511.27元（其中本金3,215.40元，"
     "利息及违约金295.87元）。请您于2024年11月5日前通过手机银行、网点柜台或自动还款账户还款。\n"
     "如您对欠款有异议，可于收到本函后15日内致电400-826-9517或书面向我行提出。逾期不还的，我行将依据领用合约及相关法律"
     "规定，通过诉讼等合法途径主张权利，您的逾期记录将按规定报送金融信用信息基础数据库。\n\n"
     "澄江银行信用卡中心（盖章）\n2024年10月21日\n\n收件地址：杭州市西湖区翠苑三区12幢2单元401",
     [(P, "顾婉清"), (A, "杭州市西湖区翠苑三区12幢2单元401")], []),
    ("notice", "debtor", "律师函\n\n致：闫晓光（身份证号230102198810272735）\n住址：哈尔滨市道里区安静街76号3单元602\n"
     "工作单位：哈尔滨新阳光物流有限公司\n配偶：孙丽华，手机18152906473\n\n"
     "北京澄明律师事务所受澄江银行信用卡中心委托，就您信用卡欠款15,600元事宜致函如下：请您于本函送达之日起七日内"
     "与本所或委托人联系还款事宜，否则委托人将依法提起诉讼。\n联系电话：010-84527193\n北京澄明律师事务所（盖章）",
     [(P, "闫晓光"), (ID, "230102198810272735"), (A, "哈尔滨市道里区安静街76号3单元602"), (P, "孙丽华"),
      (MB, "18152906473"), (LL, "010-84527193")], [U, X]),
    ("notice", "third_party", "致深圳市南山区科苑南路2666号科兴大厦B座人力资源部：\n贵司员工林佩君女士在我行办理的信用卡已逾期126天，"
     "欠款合计52,380.66元，经多次联系未果。特函请贵司协助督促其尽快还款，并告知其与我行联系。\n澄江银行信用卡中心\n2024年10月",
     [(A, "深圳市南山区科苑南路2666号科兴大厦B座"), (P, "林佩君")], [D]),
    ("notice", "third_party", "致宁波海曙恒远外贸有限公司行政部：\n随函附上寄给贵司员工俞志明先生的密封信件一份，内容涉及其个人事务，"
     "烦请转交本人亲启，勿拆阅。如其已离职，请将原件退回寄件地址。谢谢配合！\n寄件人：杭州德衡商务咨询有限公司\n"
     "地址：杭州市拱墅区莫干山路1418号", [(P, "俞志明"), (A, "杭州市拱墅区莫干山路1418号")], []),
    ("notice", "debtor", "催收通知书\n\n施雨桐女士：\n据我司了解，您近半年在深圳市康宁医院持续就诊，服用抗抑郁药物，"
     "目前仍在休病假。鉴于您的状况，请您委托家属代为处理在澄江银行信用卡的欠款27,940.00元，并于11月10日前联系我司。\n"
     "佛山粤和信息服务有限公司", [(P, "施雨桐")], [S]),
    ("notice", "debtor", "澄江银行信用卡中心\n关于您个性化分期申请的回复\n\n施雨桐女士：\n"
     "您于10月9日提交的个性化分期申请及相关证明材料已收悉。经审核，同意将您名下信用卡欠款27,940.00元分60期偿还，"
     "每期465.67元，分期期间停止计收违约金。您提交的病历资料仅用于本次审核，审核完成后将按规定销毁。\n"
     "如有疑问请致电400-826-9517。\n2024年10月17日", [(P, "施雨桐")], []),
    ("notice", "third_party", "致伍长林先生：\n您的儿子伍晓东在澄江银行的信用卡欠款23,517.80元，已逾期两个多月。伍晓东现住广州市"
     "天河区天河北路富力小区8栋1503，在天河一家汽车4S店上班，他妹妹伍晓燕也知道情况。望您作为父亲督促其还款。\n"
     "杭州德衡商务咨询有限公司",
     [(P, "伍长林"), (P, "伍晓东"), (P, "伍晓东"), (A, "广州市天河区天河北路富力小区8栋1503"), (P, "伍晓燕")], [D, X]),
    ("notice", "debtor", "还款确认书\n\n持卡人：谭国栋\n证件号码：4406**********0778\n还款卡末四位：6396\n"
     "双方确认：持卡人于2024年11月1日前还款5,000元，余款8,200元分10期偿还，每期820元。\n"
     "持卡人签字：__________　日期：__________\n澄江银行信用卡中心（盖章）", [(P, "谭国栋")], []),
    ("notice", "debtor", "结清证明\n\n兹证明持卡人祁美玲（身份证号码：330106197108134927）在我行申领的信用卡"
     "（卡号：5187106664866141）项下欠款已于2024年10月10日全部结清，截至本证明出具日无其他欠款。\n"
     "澄江银行信用卡中心（盖章）\n2024年10月15日",
     [(P, "祁美玲"), (ID, "330106197108134927"), (BC, "5187106664866141")], [U]),
    ("notice", "debtor", "催收提示函\n\n鄢国庆先生：\n收件地址：武汉市洪山区关山大道355号光谷新世界T3栋2105\n"
     "杭州德衡商务咨询有限公司受澄江银行信用卡中心委托，提示您：您名下尾号9155的信用卡截至2024年10月25日欠款11,312.40元，"
     "已逾期72天。请于2024年11月8日前通过澄江银行手机银行或网点还款。如有异议，请于收到本函之日起10日内致电澄江银行"
     "400-826-9517提出。逾期未还的，银行可依法提起诉讼。\n本司联系电话：0571-86712439\n2024年10月26日",
     [(P, "鄢国庆"), (A, "武汉市洪山区关山大道355号光谷新世界T3栋2105"), (LL, "0571-86712439")], []),
    ("notice", "debtor", "告知函\n\n房丽丽女士：\n您的澄江银行信用卡欠款已逾期96天。我司了解到您每天上午在昆山市人民路"
     "158号“丽人美甲”店上班，下午三点半到实验二小接孩子。请您珍惜家庭，尽快还款。\n安岳资产",
     [(P, "房丽丽"), (A, "昆山市人民路158号")], [S, X]),
]

# --- messages to emergency contacts, employers, family, landlords and groups -----------------------------------

TOLD_TO_OTHERS: list[PiplEntry] = [
    ("sms", "third_party", "【德衡】您好，您是陶建波的紧急联系人，他的澄江银行信用卡欠款已逾期，请转告他尽快处理。",
     [(P, "陶建波")], [D]),
    ("sms", "third_party", "【德衡】您好，我们有一件私人事务需要联系陶建波先生本人，如您方便，请转告他致电0571-86712439，谢谢。"
     "如您不认识此人请忽略。", [(P, "陶建波"), (LL, "0571-86712439")], []),
    ("app", "third_party", "黎姐，麻烦跟你弟说一声，上个月那笔还是没补上，别让我们一直找。——粤和小何", [], [D]),
    ("app", "third_party", "嫂子好，我是德衡的小刘。毛哥那张卡的事还在那挂着呢，您方便的时候提醒他一句，总拖着对他也不好。",
     [], [D]),
    ("sms", "third_party", "【安岳】甘阿姨，您儿子甘文斌欠澄江银行三万一千多，他现在住成都市武侯区科华北路65号世外桃源广场B座1806，"
     "和女朋友李婷住一起，您劝劝他。", [(P, "甘文斌"), (A, "成都市武侯区科华北路65号世外桃源广场B座1806"), (P, "李婷")],
     [D, X]),
    ("sms", "third_party", "【粤和】南海新景物业财务部：贵司员工韦秀英信用卡欠款已逾期90天，请协助提醒。", [(P, "韦秀英")], [D]),
    ("sms", "third_party", "【澄江银行】您好，有客户将您登记为紧急联系人。如您同意，请回复1确认；如不同意，回复2，我行将删除"
     "您的联系方式。本短信不涉及任何费用。", [], []),
    ("app", "third_party", "佳怡室友你好，麻烦转告她，那张卡还差6,708，下周一前得还上。", [(P, "佳怡")], [D]),
    ("sms", "third_party", "【德衡】伍晓燕女士，您哥哥伍晓东（身份证440106197910082859）的信用卡已逾期67天，请转告他联系我们。",
     [(P, "伍晓燕"), (P, "伍晓东"), (ID, "440106197910082859")], [D, U]),
    ("app", "third_party", "房东您好，请问您的租户谭国栋还住在凤山花园吗？他澄江银行信用卡的欠款一直没还，请您见到他时"
     "让他联系我们。——粤和", [(P, "谭国栋")], [D]),
    ("app", "third_party", "房东您好，冒昧打扰。请问谭国栋先生是否仍租住在您的房子里？我们有邮件需要寄给他本人。谢谢。",
     [(P, "谭国栋")], []),
    ("app", "third_party", "（发至“凤山花园5座业主群”）各位邻居好，请问1102的谭先生最近有回来吗？他在澄江银行的欠款我们找了他两个月了。",
     [], [D]),
    ("app", "third_party", "各位同学好，我是澄江银行委托机构的工作人员，想联系咱们班的施雨桐，她有一笔逾期款项需要处理，"
     "有知道她联系方式的请私信我。", [(P, "施雨桐")], [D]),
    ("sms", "third_party", "【德衡】嫂子，毛俊杰上周五晚上又在城西“欢乐颂”KTV待到凌晨两点，欠的卡钱九千多一分没还，您管管。",
     [(P, "毛俊杰")], [D, S]),
    ("sms", "third_party", "【安岳】小周同学你好，你妈妈包玉梅在澄江银行的信用卡已经逾期五个月了，请让她尽快联系我们。",
     [(P, "包玉梅")], [D]),
    ("app", "third_party", "老冼，你合伙人那笔卡账还没结，他电话关机，见到他让他回我们一下，澄江那边催得紧。", [], [D]),
    ("email", "third_party", "主题：关于贵司员工柯振宇的协查函\n\n上海申港国际物流有限公司人事部：\n我司受澄江银行信用卡中心委托，"
     "贵司员工柯振宇名下信用卡逾期欠款10,500元，至今未还。请贵司协助将其现住址及其他联系方式告知我司，以便联系。\n"
     "杭州德衡商务咨询有限公司 ops@dehengzixun.com",
     [(P, "柯振宇"), (P, "柯振宇"), (EM, "ops@dehengzixun.com")], [D]),
    ("email", "third_party", "主题：请协助转交信件\n\n您好，我司有一份寄给贵司员工柯振宇先生的密封文件，内容涉及其本人事务，"
     "已于今日寄出，烦请收到后转交本人。我们不需要贵司提供任何员工信息。谢谢！\n杭州德衡商务咨询有限公司 客服部 "
     "0571-86712439", [(P, "柯振宇"), (LL, "0571-86712439")], []),
    ("app", "third_party", "王总您好，打扰了。你们店里的收银员龚佳怡欠了我们银行信用卡六千多，她老公叫陈浩，在对面手机店上班，"
     "您帮忙提醒一下。", [(P, "龚佳怡"), (P, "陈浩")], [D, X]),
    ("sms", "third_party", "您好，请问冼永康先生还在贵公司任职吗？如在职，麻烦转告他回电0757-86253190，谢谢。",
     [(P, "冼永康"), (LL, "0757-86253190")], []),
    ("sms", "third_party", "【粤和】冼太太，冼生嗰张卡上个月都未还，麻烦你同佢讲声。", [], [D]),
    ("app", "third_party", "叶女士您好，鲍志刚的事您应该清楚吧，八千九，再拖下去我们只能按程序走了，您帮着催一催。",
     [(P, "鲍志刚")], [D]),
    ("app", "third_party", "聂小军你好，你姐现在在武汉协和医院住院吗？她澄江的卡四千多块逾期了，住哪个病房你告诉我们一下。",
     [(P, "聂小军")], [D, S]),
    ("sms", "third_party", "【安岳】罗先生，您爱人尹春燕的身份证330110198201193349绑定的信用卡已逾期，请提醒她还款。",
     [(P, "尹春燕"), (ID, "330110198201193349")], [D, U]),
    ("call", "third_party", "坐席：您好，请问是包玉梅的女儿吗？\n第三方：我是，你们是谁？\n坐席：我们是澄江银行委托的安岳资产，"
     "你妈妈做完手术后卡就一直没还，八千二百多，你现在工作了吧，能不能先帮她还点？\n第三方：她在化疗，你们能不能别打了。",
     [(P, "包玉梅")], [D, S]),
    ("app", "third_party", "（德衡在“五金商会群”发言）请问群里哪位认识蒙德胜？他车贷卡账拖了三个月，有认识的麻烦让他联系0571-86712439。",
     [(P, "蒙德胜"), (LL, "0571-86712439")], [D]),
    ("sms", "third_party", "【粤和】您好，韦女士留的联系人是您，她卡上那笔款子您多少知道一些吧？麻烦劝劝，别让事情越拖越大。",
     [], [D]),
    ("sms", "third_party", "您好，我是粤和的何先生，找韦秀英女士有点事，她电话没人接，您方便时让她给我回个电话，谢谢。",
     [(P, "韦秀英")], []),
    ("app", "third_party", "林小姐的同事您好，她在澄江银行的卡已经逾期四个月了，五万多，您见到她让她赶紧处理吧。", [], [D]),
    ("email", "third_party", "主题：员工在职情况核实\n\n南海新景物业有限公司人事部：\n您好。本司受托联系贵司员工韦秀英女士，"
     "如其仍在职，烦请转告她致电0757-86253190；如已离职，无需提供任何信息。感谢配合。\n佛山粤和信息服务有限公司",
     [(P, "韦秀英"), (LL, "0757-86253190")], []),
    ("sms", "third_party", "【德衡】俞国强先生，您儿子俞志明在澄江银行的信用卡欠款已逾期，他女儿俞思琪在宁波外国语学校读初二，"
     "您是长辈，帮忙劝劝。", [(P, "俞国强"), (P, "俞志明"), (P, "俞思琪")], [D, S, X]),
    ("app", "third_party", "王阿姨好，我是德衡的小刘。您家小甘卡上那笔，您跟他提了没有呀？一直这么欠着总不是个事儿。", [], [D]),
]

# --- quality-check sheets, call notes, tickets and complaint replies ---------------------------------------------

QA_AND_COMPLAINTS: list[PiplEntry] = [
    ("app", "unknown", "【质检单】录音编号QC-1016-0452 坐席：德衡-刘洋 问题：对第三方透露欠款金额 扣分：-20 处理：约谈、复训。"
     "备注：坐席向客户同事说明了欠款情况，违反委外催收规范。", [(P, "刘洋")], []),
    ("app", "unknown", "【质检单】QC-1017-0133 坐席在通话中向客户复述其病情及住院床号，属于超范围使用敏感个人信息，"
     "评定严重违规。具体内容见录音，不在本单记载。", [], []),
    ("app", "unknown", "工单 #CJ20241018-0092\n来源：德衡外呼\n客户：房丽丽\n记录：客户称女儿在育英小学二年级，每天下午四点由本人接送，"
     "该时段无法接听，请求改为晚上七点后联系。\n处理：已改约。", [(P, "房丽丽")], [S]),
    ("email", "debtor", "主题：关于您投诉的处理结果\n\n毛俊杰先生：\n您于10月12日反映我行委外机构工作人员向您家人透露欠款信息一事，"
     "经调取录音核实属实。我行已对该机构予以扣罚，涉事人员已停止作业。对给您造成的困扰，我们深表歉意。\n"
     "澄江银行信用卡中心 消费者权益保护部", [(P, "毛俊杰")], []),
    ("sms", "debtor", "【澄江银行】毛先生，关于您的投诉（工单号CJ20241012-0331），您的身份证530102197910135793与卡号4367425299124915"
     "已核实，处理结果将于5个工作日内告知。", [(ID, "530102197910135793"), (BC, "4367425299124915")], [U]),
    ("email", "unknown", "主题：转办投诉-伍晓东\n\n粤和：\n客户伍晓东投诉贵司外访人员到其父母家中催收并联系其亲属。"
     "请于3个工作日内调取外访记录及录音，书面回复核查结果。\n澄江银行信用卡中心 委外管理部",
     [(P, "伍晓东"), (P, "伍晓东")], []),
    ("app", "unknown", "催记：10/19 客户本人接听，称本人信仰伊斯兰教，每周五中午去清真寺，周五下午勿打。——坐席张敏",
     [(P, "张敏")], [S]),
    ("app", "unknown", "催记：10/19 客户本人接听，要求每周五下午不要来电，已标注免打扰时段。——坐席张敏", [(P, "张敏")], []),
    ("notice", "debtor", "投诉处理回复函\n\n龚佳怡女士：\n您反映我行委托机构工作人员联系您室友一事，我行高度重视。经核查，"
     "该工作人员违反了我行关于不得向第三方透露持卡人信息的规定，已被取消作业资格。如您对处理结果有异议，"
     "可在收到本函15日内向我行消费者权益保护部申请复核，或向当地金融监管部门反映。\n澄江银行信用卡中心\n2024年10月28日",
     [(P, "龚佳怡")], []),
    ("app", "unknown", "质检评语：坐席在第2分钟主动询问客户“你老婆怀孕几个月了”“产检在哪家医院”，与催收无关，已扣分并复训。",
     [], []),
    ("app", "unknown", "催记：客户卓丽娟称已怀孕七个月，在妇幼保健院建档，预产期12月20日，近期无力还款，申请延期。——坐席周琳",
     [(P, "卓丽娟"), (P, "周琳")], [S]),
    ("app", "unknown", "催记：客户卓丽娟因个人原因申请延期三个月，已提交材料，转客户关怀组审核。——坐席周琳",
     [(P, "卓丽娟"), (P, "周琳")], []),
    ("email", "unknown", "主题：投诉回访记录\n\n持卡人：闫晓光\n证件号：230102198810272735\n联系电话：19925630817\n"
     "回访结果：持卡人对处理结果满意，同意撤诉。\n回访人：客服二组 孟楠",
     [(P, "闫晓光"), (ID, "230102198810272735"), (MB, "19925630817"), (P, "孟楠")], [U]),
    ("app", "unknown", "【质检单】QC-1024-0088 坐席：粤和-何俊 录音摘要：坐席对客户说“你每礼拜五晚都喺深圳湾口岸过关”，"
     "属于以行踪施压，评定严重违规，已上报。", [(P, "何俊")], []),
]

# --- e-mails between the card centre and its agencies --------------------------------------------------------------

BANK_AND_AGENCIES: list[PiplEntry] = [
    ("email", "unknown", "主题：10月第三批委外案件清单\n\n德衡各位：\n附件为本批委外案件，共126户。重点户如下：\n"
     "1. 陶建波，身份证440305199207041338，卡号6259784521600092，欠款1,832.50元\n"
     "2. 房丽丽，身份证320583197409116864，卡号5240316558383179，欠款7,460.00元\n请于本周内完成首次触达。\n"
     "澄江银行信用卡中心 委外管理部",
     [(P, "陶建波"), (ID, "440305199207041338"), (BC, "6259784521600092"), (P, "房丽丽"), (ID, "320583197409116864"),
      (BC, "5240316558383179")], [U]),
    ("email", "unknown", "主题：关于委外案件数据最小化的通知\n\n各合作机构：\n自11月1日起，我行推送的委外案件仅包含持卡人姓名、"
     "证件号后四位、卡号末四位、欠款金额、逾期天数及本人联系电话。紧急联系人信息仅限用于请其转告回电，不得透露欠款。"
     "请各机构于10月31日前删除此前推送的全量证件号码。\n澄江银行信用卡中心 委外管理部\nweiwai@chengjiangbank.cn",
     [(EM, "weiwai@chengjiangbank.cn")], []),
    ("email", "unknown", "主题：申请调取持卡人账户流水\n\n委外管理部：\n持卡人谭国栋（M5）近期称无力还款，但据我司了解其尾号6674的"
     "借记卡每月10日有工资入账约1.2万元，另在支付宝有理财约8万元。为评估还款能力，申请调取其近6个月交易流水。\n"
     "粤和 催收二组", [(P, "谭国栋")], [S]),
    ("email", "unknown", "主题：回复：申请调取持卡人账户流水\n\n粤和：\n持卡人交易流水不属于委外数据范围，不予提供。请按案件信息中的"
     "欠款金额与持卡人协商；持卡人申请分期的，请引导其通过我行官方渠道提交材料。\n委外管理部", [], []),
    ("email", "unknown", "主题：还款入账核对\n\n委外管理部：\n以下持卡人称已还款但系统未销账，请协助核对：\n"
     "祁美玲 卡号5187 1066 6486 6141 还款2,041元（10/11）\n龚佳怡 卡号6221555773825982 还款3,400元（11/01）\n——安岳资产 对账组",
     [(P, "祁美玲"), (BC, "5187 1066 6486 6141"), (P, "龚佳怡"), (BC, "6221555773825982")], [U]),
    ("email", "unknown", "主题：补充联系人信息-俞志明\n\n德衡：\n该户本人失联，现补充信息：父亲俞国强（宁波市江北区人民路132号，"
     "13387410526），配偶郑丽萍（在宁波市第二医院药剂科工作，18620937514），女儿俞思琪（宁波外国语学校初二）。请尽快联系。",
     [(P, "俞志明"), (P, "俞国强"), (A, "宁波市江北区人民路132号"), (MB, "13387410526"), (P, "郑丽萍"),
      (MB, "18620937514"), (P, "俞思琪")], [S, U, X]),
    ("email", "unknown", "主题：外访人员名单报备\n\n委外管理部：\n本月外访人员：何志鹏（工号DH0217）、邓强（工号DH0233），"
     "均已完成合规培训。外访全程录音录像，不接触无关人员。\n德衡 运营部 何丽 0571-86712439",
     [(P, "何志鹏"), (P, "邓强"), (P, "何丽"), (LL, "0571-86712439")], []),
    ("email", "unknown", "主题：申请调取持卡人影像资料\n\n委外管理部：\n为便于外访人员识别，请提供持卡人黎志伟开卡时的人脸照片"
     "及声纹样本，其证件号810000197601174579。\n粤和 外访组", [(P, "黎志伟"), (ID, "810000197601174579")], [S, U]),
    ("email", "unknown", "主题：特殊客户标注\n\n请各组注意以下持卡人情况：施雨桐——重度抑郁，在服药治疗；包玉梅——乳腺癌术后；"
     "游淑芬——领取低保。可在通话中“适当提及”，以促成还款。\n安岳 催收主管",
     [(P, "施雨桐"), (P, "包玉梅"), (P, "游淑芬")], [S]),
    ("email", "unknown", "主题：特殊客户处理规范\n\n各合作机构：\n对于自述患病、怀孕、残疾或家庭重大变故的持卡人，坐席应暂停催收并"
     "转我行客户关怀组评估，不得在通话、短信或外访中提及其病情等敏感信息，相关证明材料仅限客户关怀组查阅。\n委外管理部",
     [], []),
    ("email", "unknown", "主题：案件退回说明\n\n委外管理部：\n以下案件申请退回：持卡人苗海峰，本人已于10月20日结清；"
     "持卡人冼永康，已提交律师代理函，按规定停止催收。\n德衡 运营部", [(P, "苗海峰"), (P, "冼永康")], []),
    ("email", "unknown", "主题：持卡人信息更新-毛俊杰\n\n德衡：\n持卡人毛俊杰新登记手机13798245160，单位昆明云岭建设集团，"
     "住址昆明市五华区青年路432号金鹰公寓907室，配偶童雅婷，岳母在昆明医科大学附一院透析。供参考。",
     [(P, "毛俊杰"), (P, "毛俊杰"), (MB, "13798245160"), (A, "昆明市五华区青年路432号金鹰公寓907室"), (P, "童雅婷")],
     [S, U, X]),
    ("email", "unknown", "主题：催收话术报备\n\n委外管理部：\n我司新增M3话术如下，请审核：\n“您好，这里是德衡，受澄江银行委托，"
     "您的信用卡已逾期{days}天，欠款{amount}元，请您尽快还款，如有困难可申请分期。”\nops@dehengzixun.com",
     [(EM, "ops@dehengzixun.com")], []),
    ("email", "unknown", "主题：持卡人出境记录\n\n粤和：\n经查，持卡人莫家豪10月共出入深圳湾口岸11次，多为周五晚出境、周日返回，"
     "回乡证号H52964018。可在其返深时安排外访。\n委外管理部", [(P, "莫家豪"), (PP, "H52964018")], [S, U]),
    ("email", "unknown", "主题：补充联系人\n\n姓名\t身份证\t紧急联系人\t联系人电话\n鄢国庆\t420111199304179155\t刘芳(妻)\t17681935042\n"
     "请按此联系。", [(P, "鄢国庆"), (ID, "420111199304179155"), (P, "刘芳"), (MB, "17681935042")], [U, X]),
]

# --- Hong Kong and Taiwan cardholders: traditional characters, Cantonese ---------------------------------------

HONG_KONG_TAIWAN: list[PiplEntry] = [
    ("sms", "debtor", "【澄江銀行】黎先生，閣下尾號7898之信用卡已逾期21日，欠款人民幣7,830元，請於11月5日前還款。"
     "查詢請致電400-826-9517。", [], []),
    ("sms", "debtor", "【澄江銀行】黎志偉先生，閣下之港澳居民來往內地通行證H60281937及信用卡4033913434867898均已登記，"
     "該卡欠款已逾期，請盡快處理。", [(P, "黎志偉"), (PP, "H60281937"), (BC, "4033913434867898")], [U]),
    ("call", "debtor", "坐席：喂，黎生呀嘛？我哋係粵和嘅，代澄江銀行跟進你張卡。\n客戶：係，咩事？\n"
     "坐席：你每個禮拜五晚都喺深圳灣口岸過關返香港啦，下個禮拜五過關之前，記得搞掂嗰七千八。\n客戶：你哋點知㗎？",
     [], [S]),
    ("call", "debtor", "坐席：陳太，明白嘅，你而家照顧緊屋企人，唔急住。我幫你申請分期，每個月還八百，得唔得？\n"
     "客戶：咁好啲，唔該你。\n坐席：唔使客氣，我會發短訊俾你確認。", [], []),
    ("call", "third_party", "坐席：你好，請問係唔係莫家豪嘅朋友？\n第三方：係，乜嘢事？\n"
     "坐席：佢喺澄江銀行張信用卡爭咗成萬蚊，拖咗三個月，你見到佢叫佢快啲還啦。", [(P, "莫家豪")], [D]),
    ("sms", "debtor", "【澄江銀行】林佩君小姐，您的臺灣居民居住證號830000199703087866已與信用卡綁定，逾期欠款52,380.66元，"
     "請儘速處理。", [(P, "林佩君"), (ID, "830000199703087866")], [U]),
    ("notice", "debtor", "林佩君小姐您好：\n本公司得知您每月第一個週六返臺探望於臺北榮總住院的母親，並固定於週日上午前往行天宮參拜。"
     "您在澄江銀行之信用卡欠款已逾期四個月，請於返臺前妥善處理。\n粵和信息服務", [(P, "林佩君")], [S]),
    ("email", "debtor", "主旨：帳款協商\n\n游淑芬女士您好：\n您登記的戶籍地址為臺中市西屯區臺灣大道三段99號12樓之3，"
     "任職於鴻運電子股份有限公司，您先生廖俊宏、女兒廖思妤皆為您的緊急聯絡人。您在澄江銀行之信用卡欠款已逾期，"
     "請與本公司聯繫協商。\n安岳資產",
     [(P, "游淑芬"), (A, "臺中市西屯區臺灣大道三段99號12樓之3"), (P, "廖俊宏"), (P, "廖思妤")], [X]),
    ("call", "third_party", "專員：您好，請問是游淑芬的姊姊嗎？\n聯絡人：是，怎麼了？\n"
     "專員：她在我們澄江銀行的卡欠了兩萬多，已經三個月沒繳了，麻煩您轉告她。", [(P, "游淑芬")], [D]),
    ("sms", "third_party", "【回電提示】您好，打擾了，煩請轉告游淑芬女士撥打400-826-9517與我們聯繫，謝謝。", [(P, "游淑芬")], []),
    ("sms", "debtor", "【澄江銀行】何先生，閣下之回鄉證M03817264已登記於本行，信用卡欠款人民幣3,120元已逾期，請盡快還款。",
     [(PP, "M03817264")], [U]),
    ("sms", "debtor", "【粵和】你好，澄江銀行信用卡賬戶仲有一期未還，如已過數請忽略，查詢打0757-86253190。",
     [(LL, "0757-86253190")], []),
    ("call", "debtor", "坐席：冼生 你住葵涌葵盛東邨盛逸樓1203 你老婆叫梁美華喺觀塘做嘢 我哋都知 嗰筆三千二今日過咗數佢\n"
     "客戶：你哋想點", [(A, "葵涌葵盛東邨盛逸樓1203"), (P, "梁美華")], [X]),
    ("app", "debtor", "【澄江信用卡】游女士您好，您的低收入戶補助每月入帳後，請優先繳納信用卡最低應繳金額1,260元。",
     [], [S]),
    ("email", "debtor", "主旨：分期申請結果\n\n游淑芬女士您好：\n您申請之分期方案已核准，欠款21,600元分24期，每期900元，"
     "首期繳款日為12月1日。如需變更，請於繳款日前來電400-826-9517。\n澄江銀行信用卡中心", [(P, "游淑芬")], []),
    ("call", "third_party", "專員：廖先生您好，這裡是粵和，受澄江銀行委託。請問您太太游淑芬的卡片，您知道逾期了嗎？\n"
     "聯絡人：我是她先生，她的事我不清楚。\n專員：那請您轉告她，欠款兩萬一千六，請她儘快處理。",
     [(P, "游淑芬")], [D]),
    ("sms", "debtor", "【澄江銀行】莫家豪先生，閣下之回鄉證H52964018及身份證號碼均已核實，請於本週內處理信用卡欠款。",
     [(P, "莫家豪"), (PP, "H52964018")], [U]),
]

# --- identifiers written and spoken every way ---------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【德衡】核对信息：持卡人证件号４４０３０４１９７２０７２４８２７Ｘ，如信息有误请回电。",
     [(ID, "４４０３０４１９７２０７２４８２７Ｘ")], [U]),
    ("app", "debtor", "您好，您在澄江银行登记的证件号码为330106-19840624-888X，请确认是否为本人。", [(ID, "330106-19840624-888X")],
     [U]),
    ("email", "debtor", "主题：自动还款账户变更确认\n\n您好，您的自动还款账户已变更为6212.2616.4189.1276.396，"
     "下期起按最低还款额扣款。\n澄江银行信用卡中心", [(BC, "6212.2616.4189.1276.396")], [U]),
    ("sms", "debtor", "【澄江银行】您的还款卡6222021989775544458本月扣款失败，请存入足额资金。", [(BC, "6222021989775544458")], [U]),
    ("app", "debtor", "【澄江信用卡】您好，您的绑定手机已更新为+86 158 0731 6429，如非本人操作请致电客服。",
     [(MB, "158 0731 6429")], [U]),
    ("email", "debtor", "莫先生您好：\n閣下之聯絡電話已更新為0086-19856102734，如非本人操作，請致電我行核實。\n澄江銀行信用卡中心",
     [(MB, "19856102734")], [U]),
    ("sms", "debtor", "【澄江银行】您申请的境外消费核查需提供护照信息，系统登记为E 6392 7140，如不符请更新。",
     [(PP, "E 6392 7140")], [U]),
    ("app", "debtor", "核验结果：护照号 E A 4 7 2 9 1 6 3 与持卡人姓名一致。", [(PP, "E A 4 7 2 9 1 6 3")], [U]),
    ("call", "debtor", "坐席：您那个旧护照号是G 三八二一五九零七 对吧 现在已经过期了 需要您更新一下证件信息\n客户：对 我换新的了",
     [(PP, "G 三八二一五九零七")], [U]),
    ("notice", "debtor", "催收函\n\n苗海峰先生（身份证号330106740523687）：\n您在澄江银行的信用卡已逾期，欠款1,600.00元，"
     "请于11月10日前还款。\n澄江银行信用卡中心", [(P, "苗海峰"), (ID, "330106740523687")], [U]),
    ("notice", "debtor", "持卡人信息核对单\n\n姓名：蒙德胜\n证件号码：\n43012119710912893 X\n卡号：6216613908351973317\n"
     "请核对以上信息，如有误请于7日内告知。",
     [(P, "蒙德胜"), (ID, "43012119710912893 X"), (BC, "6216613908351973317")], [U]),
    ("app", "debtor", "您的往来港澳通行证C71839402将于下月到期，您的澄江银行信用卡亦有欠款待还，请一并处理。",
     [(PP, "C71839402")], [U]),
    ("call", "debtor", "坐席：顾女士 我核对一下您的身份证 三三零幺零六 幺九八四零九二零 四九二叉 对吧\n客户：对的",
     [(ID, "三三零幺零六 幺九八四零九二零 四九二叉")], [U]),
    ("call", "debtor", "坐席：鲍先生 您那个还款卡是六两两八 四八洞拐 三两六拐 六六六五 八八六 这张卡今天余额不够扣\n客户：我晚上存",
     [(BC, "六两两八 四八洞拐 三两六拐 六六六五 八八六")], [U]),
    ("sms", "debtor", "【澄江银行】您好，您的预留手机139-1648-2075本月将停止接收账单短信，如需继续请回复Y。",
     [(MB, "139-1648-2075")], [U]),
    ("app", "debtor", "【澄江信用卡】证件信息：44190019831025534 X（已过期），请上传新证件。", [(ID, "44190019831025534 X")], [U]),
    ("sms", "debtor", "【粤和】您好，您尾号6396的还款卡已被冻结，请勿再向6212261641891276396转入还款资金，改用其他借记卡。",
     [(BC, "6212261641891276396")], [U]),
    ("app", "debtor", "卓女士您好，您在App填写的身份证号35020619770819202X与银行登记一致，已完成实名认证。",
     [(ID, "35020619770819202X")], [U]),
    ("sms", "debtor", "【德衡】您好，核对一下，您登记的手机是17317486025吗？如已更换请回复新号码。", [(MB, "17317486025")], [U]),
    ("call", "debtor", "坐席：您好 您登记的手机是幺九九二五 六三零 八幺七 对吧 我们以后就打这个号码\n客户：对",
     [(MB, "幺九九二五 六三零 八幺七")], [U]),
    ("sms", "debtor", "【澄江银行】伍先生，您的证件号码440106197910082859已通过人脸核验，分期申请进入审批。",
     [(ID, "440106197910082859")], [U]),
    ("notice", "debtor", "澄江银行信用卡中心\n账户信息变更回执\n\n持卡人：祁美玲\n原预留手机：13164206790\n新预留手机：18683054297\n"
     "变更日期：2024年10月9日",
     [(P, "祁美玲"), (MB, "13164206790"), (MB, "18683054297")], [U]),
    ("sms", "debtor", "速还！卡6225884242762832", [(BC, "6225884242762832")], [U]),
    ("sms", "debtor", "【澄江银行】${name}，您尾号5658的借记卡6228271825105355658已签约自动还款，点击 cjb.cn/r/8Kq2 查看扣款明细。回TD退订",
     [(BC, "6228271825105355658")], [U]),
]

# --- decoys: numbers of identifiers' shapes failing their checks, masked forms, service numbers -------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【澄江银行】您的还款交易流水号6259756876121986已受理，预计1个工作日内入账。", [], []),
    ("sms", "debtor", "【澄江银行】您的分期合同编号440305198613072851已生成，可在App“我的合同”中查看。", [], []),
    ("app", "debtor", "退款单号6228-3989-0346-2953-822，退款金额128.00元将在3个工作日内原路返回。", [], []),
    ("sms", "debtor", "【澄江银行】您的投诉单号12024101833已登记，我们将在7个工作日内处理。", [], []),
    ("call", "debtor", "坐席：您好，我是澄江银行信用卡中心，工号幺零八二六，分机三五七。请问是持卡人本人吗？\n客户：是。\n"
     "坐席：您的卡本期已逾期2天，最低还款三百二十一块五毛四，请今天处理一下。", [], []),
    ("email", "debtor", "主题：电子发票\n\n您办理的账单分期手续费电子发票已开具，发票号码：04403220011200586719，金额604.80元。", [],
     []),
    ("app", "debtor", "订单号370212198207174110，积分商城兑换“保温杯”一件，已发货。", [], []),
    ("sms", "debtor", "【澄江银行】您的预留手机138****4630已成功绑定信用卡自动还款功能。", [], []),
    ("notice", "debtor", "应诉提示\n\n澄江银行信用卡中心诉您信用卡纠纷一案，已由杭州市西湖区人民法院受理，案号（2024）浙0106民初12873号。"
     "请您按法院送达的传票载明时间到庭，如希望和解，可在开庭前与我行联系。", [], []),
    ("call", "debtor", "坐席：嗯 您这边一共是一万三千二百零六 二零二四年十月二十一号之前还进来就行 分十二期的话每期一千一百多\n"
     "客户：好 我考虑一下", [], []),
    ("sms", "debtor", "【澄江银行】积分兑换券码4367537082202246，有效期至12月31日。", [], []),
    ("app", "debtor", "转账凭证号：6217688008245673905　交易时间：2024-10-21 09:31:07　金额：2,041.00元　状态：成功", [], []),
    ("app", "unknown", "催记：客户只报了身份证前十三位4403051992070，核身未通过，未告知任何账户信息。", [], []),
    ("sms", "debtor", "【澄江银行】您办理的纸质账单已停止寄送，运单号773201498560317的邮件为最后一期。", [], []),
    ("sms", "debtor", "【澄江银行】您的账单分期申请单号320583198811242985已提交，审批结果将短信通知。", [], []),
]

# --- near misses that stay lawful: illness, children, faith, addresses and accounts mentioned as they may be -------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor", "【澄江银行】您好，如您近期因病住院导致无法按时还款，可致电400-826-9517申请延期，请准备好相关证明。", [], []),
    ("app", "debtor", "为保障账户安全，补换卡需进行人脸识别验证，您的人脸信息仅用于本次身份核验，不会用于其他用途。", [], []),
    ("app", "debtor", "客户：我在住院，肝癌晚期，真的还不上\n客服：非常抱歉听到这个消息，我们马上为您申请暂停催收，您先安心治疗，"
     "材料等您方便时再补。", [], []),
    ("sms", "debtor", "【澄江银行】聂小红女士，您的信用卡欠款4,236.00元已逾期15天，请于10月30日前还款。", [(P, "聂小红")], []),
    ("notice", "debtor", "致：卓丽娟女士\n地址：厦门市思明区湖滨南路90号立信广场1203\n\n您的澄江银行信用卡（末四位7016）已逾期9天，"
     "欠款4,120.00元，请于2024年11月1日前还款。如有异议，请致电400-826-9517。\n澄江银行信用卡中心（盖章）\n2024年10月22日",
     [(P, "卓丽娟"), (A, "厦门市思明区湖滨南路90号立信广场1203")], []),
    ("sms", "debtor", "【安岳】我司外访人员将于10月28日上午前往您登记的住址（哈尔滨市道里区安静街76号3单元602）拜访，"
     "如不方便请提前致电028-85142370改约。", [(A, "哈尔滨市道里区安静街76号3单元602"), (LL, "028-85142370")], []),
    ("call", "debtor", "客户：我周五要去清真寺，下午别打电话\n坐席：好的，已经为您备注周五下午不致电，其他时间再联系您。", [], []),
    ("sms", "third_party", "【回电提醒】您好，我们正在联系您的亲友祁女士，请您转告她回电400-826-9517，谢谢。", [], []),
    ("app", "debtor", "客户：我怀孕了，医生让卧床\n坐席：好的，也请注意身体。您的还款可以延后三个月，期间不收违约金，"
     "我这边帮您提交申请。", [], []),
    ("call", "debtor", "坐席：还款账户是澄江银行信用卡中心还款专户，账号6230521883683226878，您转账时备注卡号后四位就行。\n"
     "客户：好，我记下了。", [(BC, "6230521883683226878")], []),
    ("sms", "debtor", "【德衡】我是您的案件专员小周，工作手机17962849845，工作日9点到18点可联系。", [(MB, "17962849845")], []),
    ("notice", "debtor", "温馨提示\n我行不会以任何名义要求您提供完整身份证号、银行卡密码或短信验证码，也不会要求您向个人账户转账。"
     "如接到可疑来电，请挂断后拨打400-826-9517核实。", [], []),
    ("app", "debtor", "客户：我女儿明天高考，这两天别打电话了\n坐席：好的，祝孩子考试顺利，我们下周再联系您。", [], []),
    ("call", "debtor", "坐席：为了寄送还款协议，麻烦您确认下收件地址。\n客户：昆山市人民路158号，丽人美甲店。\n"
     "坐席：好的，协议三天内寄出，请您本人签收。", [(A, "昆山市人民路158号")], []),
    ("email", "debtor", "主题：停催确认\n\n冼永康先生：\n我行已收到您委托律师出具的代理函，即日起停止对您的电话及短信催收，"
     "后续事宜将与您的代理律师沟通。\n澄江银行信用卡中心", [(P, "冼永康")], []),
    ("sms", "third_party", "【德衡】您好，您的号码被误登记为他人联系方式，我司已删除，今后不会再打扰您。", [], []),
    ("app", "debtor", "客户：我是残疾人，有残疾证，能不能少还点\n坐席：可以的，您把证件照片通过App上传，"
     "我们按残疾人帮扶政策为您申请减免违约金，资料只用于审核。", [], []),
    ("sms", "debtor", "卡已逾期，速还", [], []),
]

# --- family members, employers and addresses beyond what a reminder needs ---------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【德衡】陶建波先生，您在深圳市福田区深南大道6008号21楼的单位“鹏程广告”，以及您太太冯晓雯，"
     "我们都已登记在案，请配合还款。", [(P, "陶建波"), (A, "深圳市福田区深南大道6008号21楼"), (P, "冯晓雯")], [X]),
    ("app", "debtor", "【安岳】甘文斌，你爸甘德明、你妈王淑华都住在眉山市东坡区三苏路18号，这些资料我们手上都有。",
     [(P, "甘文斌"), (P, "甘德明"), (P, "王淑华"), (A, "眉山市东坡区三苏路18号")], [X]),
    ("email", "debtor", "主题：联系人信息确认\n\n聂小红女士：\n为便于联系，请确认以下联系人信息是否准确：\n"
     "丈夫：吴志强 18971260583\n母亲：聂桂兰 15013872946\n同事：韩冰（在光谷软件园上班）\n如有变动请回复本邮件。\n安岳资产",
     [(P, "聂小红"), (P, "吴志强"), (MB, "18971260583"), (P, "聂桂兰"), (MB, "15013872946"), (P, "韩冰")], [U, X]),
    ("sms", "debtor", "【粤和】韦秀英，你老公黄建新在南海区大沥镇开的那家“建新五金”，生意还好吧？卡欠款也该处理了。",
     [(P, "韦秀英"), (P, "黄建新")], [X]),
    ("call", "debtor", "坐席：祁女士，您女儿祁悦在杭州银行上班吧？您女婿叫方磊？他们知道您这张卡的事吗？\n客户：你别扯我家人。\n"
     "坐席：那您就自己处理好，两千零四十一，今天。", [(P, "祁悦"), (P, "方磊")], [X]),
    ("notice", "debtor", "催收函\n\n柯振宇先生：\n经核实，您现住上海市黄浦区西藏中路316号13楼B座，任职于上海申港国际物流有限公司，"
     "配偶徐静，岳父徐国华。您在澄江银行的信用卡欠款10,500元已逾期83天，请于2024年11月15日前还款。\n杭州德衡商务咨询有限公司",
     [(P, "柯振宇"), (A, "上海市黄浦区西藏中路316号13楼B座"), (P, "徐静"), (P, "徐国华")], [X]),
    ("app", "debtor", "专员：龚小姐，你婆婆住在顺德容桂街道文华路9号，你老公陈浩的手机换了吧？要不我们去问问你婆婆。",
     [(A, "顺德容桂街道文华路9号"), (P, "陈浩")], [X]),
    ("email", "debtor", "主题：还款提醒\n\n伍晓东先生：\n您的信用卡已逾期。您登记的紧急联系人为：父亲伍长林（广州市海珠区江南大道中168号）、"
     "妹妹伍晓燕（15920486371）。请您尽快还款，以免我们联系您的家人。\n杭州德衡商务咨询有限公司",
     [(P, "伍晓东"), (P, "伍长林"), (A, "广州市海珠区江南大道中168号"), (P, "伍晓燕"), (MB, "15920486371")], [U, X]),
    ("call", "debtor", "坐席：闫晓光 你媳妇孙丽华 幺八幺五 二九零 六四七三 在道里区医院收费处上班对吧 要不要我们去她单位聊聊\n"
     "客户：你们敢", [(P, "闫晓光"), (P, "孙丽华"), (MB, "幺八幺五 二九零 六四七三")], [U, X]),
    ("app", "debtor", "鄢哥，你老婆刘芳在光谷那家幼儿园当老师，你丈母娘住关山大道那边，这些我都知道，别让我难做。——德衡小刘",
     [(P, "刘芳")], [X]),
    ("notice", "debtor", "上门拜访情况告知\n\n蒙德胜先生：\n我司外访人员于10月25日到访您父母家（长沙县榔梨街道临湘路77号），"
     "您父亲蒙庆元表示不知情。请您本人尽快与我司联系，处理澄江银行信用卡欠款。\n杭州德衡商务咨询有限公司",
     [(P, "蒙德胜"), (A, "长沙县榔梨街道临湘路77号"), (P, "蒙庆元")], [X]),
    ("sms", "debtor", "【安岳】包女士，您女儿周雨萱的班主任电话我们也有，您不希望我们打过去吧？", [(P, "周雨萱")], [S, X]),
    ("email", "debtor", "主题：您的资料已更新\n\n谭国栋先生：\n我行已根据外访结果更新您的资料：现住址佛山市顺德区大良街道凤山东路32号"
     "凤山花园5座1102，工作单位顺德大良“好运来”茶餐厅，前妻陈小燕（13822917350）。请尽快还款。\n佛山粤和信息服务有限公司",
     [(P, "谭国栋"), (A, "佛山市顺德区大良街道凤山东路32号凤山花园5座1102"), (P, "陈小燕"), (MB, "13822917350")], [U, X]),
    ("sms", "debtor", "【德衡】房丽丽女士，你爱人朱伟在昆山鼎盛电子厂上班，工号我们都查到了，别逼我们联系他单位。",
     [(P, "房丽丽"), (P, "朱伟")], [X]),
    ("email", "unknown", "主题：失联修复结果-闫晓光\n\n委外管理部：\n经修复，其母闫秀珍住哈尔滨市南岗区西大直街118号，其妹闫晓梅在南岗区"
     "一家药店工作，手机19130847265。建议由我司联系上述亲属。\n安岳资产 修复组",
     [(P, "闫晓光"), (P, "闫秀珍"), (A, "哈尔滨市南岗区西大直街118号"), (P, "闫晓梅"), (MB, "19130847265")], [U, X]),
    ("app", "unknown", "工单 #CJ20241021-0230 客户：龚佳怡 联系人补录：丈夫陈浩（对面手机店店员），婆婆（顺德容桂街道文华路9号），"
     "大学同学李敏、周婷。",
     [(P, "龚佳怡"), (P, "陈浩"), (A, "顺德容桂街道文华路9号"), (P, "李敏"), (P, "周婷")], [X]),
    ("sms", "debtor", "【粵和】冼生，你老婆梁美華喺觀塘做會計，你個仔喺九龍塘讀小學，我哋都知，嗰三千二快啲還。",
     [(P, "梁美華")], [S, X]),
    ("email", "debtor", "主旨：繳款提醒\n\n游淑芬女士您好：\n您先生廖俊宏任職於宏達精密，女兒廖思妤就讀逢甲大學，家庭收入應可負擔"
     "每月還款，請儘速與本公司聯繫。\n安岳資產", [(P, "游淑芬"), (P, "廖俊宏"), (P, "廖思妤")], [X]),
    ("notice", "debtor", "债务提醒函\n\n尹春燕女士（住址：杭州市余杭区五常街道荆长路599号西溪蓝海7幢1单元1801；单位：杭州华立科技有限公司；"
     "配偶：罗振华；子女：罗一诺）：\n您在澄江银行信用卡的欠款已逾期,请于收函后五日内联系我司。\n杭州德衡商务咨询有限公司",
     [(P, "尹春燕"), (A, "杭州市余杭区五常街道荆长路599号西溪蓝海7幢1单元1801"), (P, "罗振华"), (P, "罗一诺")], [X]),
    ("app", "debtor", "客服：卓小姐，您父亲卓建华、母亲林月娥都在厦门同安住吧？您不方便的话我们找二老聊聊也行。",
     [(P, "卓建华"), (P, "林月娥")], [X]),
    ("call", "debtor", "坐席：毛先生，您岳母在附一院透析，您爱人童雅婷天天往医院跑，我们也不想去医院找她。\n客户：……",
     [(P, "童雅婷")], [S, X]),
    ("sms", "debtor", "【安岳】包玉梅女士，请向您的还款卡6259066001041793存入8,246元，您女儿周雨萱的学费卡我们就不打扰了。",
     [(P, "包玉梅"), (BC, "6259066001041793"), (P, "周雨萱")], [U, X]),
    ("app", "debtor", "【德衡】陶建波先生，您登记的配偶冯晓雯（身份证510104198103142843）与紧急联系人信息不一致，"
     "请核实后回复。", [(P, "陶建波"), (P, "冯晓雯"), (ID, "510104198103142843")], [U, X]),
    ("app", "debtor", "【粤和】谭先生，你现女友何晓琳在大良清晖路那家奶茶店上班，你不想她知道吧？", [(P, "何晓琳")], [X]),
]

# --- the debt told to others in few words, by implication --------------------------------------------------------

FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "【德衡】叶女士，老鲍那边还差八千九，您跟他说一声，月底前得弄好。", [], [D]),
    ("app", "third_party", "阿姨，晓东那张卡的事您知道吧？上个月的还没补上。", [(P, "晓东")], [D]),
    ("sms", "third_party", "李哥，麻烦跟小闫说一声，澄江那边的还在挂着，让他回个电话。", [], [D]),
    ("sms", "third_party", "【安岳】甘叔叔，文斌那笔钱拖得有点久了，您多提醒提醒他。", [(P, "文斌")], [D]),
    ("call", "third_party", "坐席：你好 是伍晓燕吧 你哥那个卡 还是那个数 一直没动过 你跟他讲讲\n第三方：我不管他的事",
     [(P, "伍晓燕")], [D]),
    ("app", "third_party", "房东阿姨，502那小伙子的卡钱还没还上，他要是搬走了您跟我们说一声。", [], [D]),
    ("sms", "third_party", "施雨桐的老同学你好，她在我们这的账拖了挺久了，你们联系多的话帮忙提一句。——粤和", [(P, "施雨桐")], [D]),
    ("app", "third_party", "（发至“长沙五金老乡群”）蒙德胜在群里吗？五千四的卡账三个月了，看到回话。", [(P, "蒙德胜")], [D]),
    ("email", "third_party", "主题：员工还款协助\n\n财务部您好：\n贵司员工韦秀英的信用卡还款能否从其工资中代扣？每月1,000元，"
     "直至还清9,600元。\n佛山粤和信息服务有限公司", [(P, "韦秀英")], [D]),
    ("call", "third_party", "坐席：大姐，您隔壁那个谭生最近回来没有？他欠银行的钱还没还，我们找他好久了。\n第三方：不知道，好久没见了。",
     [], [D]),
    ("app", "third_party", "陳生你好，你拍檔莫家豪張卡嘅數仲未搞掂，你幫手提下佢。", [(P, "莫家豪")], [D]),
    ("sms", "third_party", "【安岳】陈女士，谭国栋的卡还欠一万三千二，你们虽然离了，有机会也帮着说说。", [(P, "谭国栋")], [D]),
    ("app", "third_party", "同学你好，你舍友鄢国庆最近回宿舍没？他在澄江那边逾期了。", [(P, "鄢国庆")], [D]),
    ("sms", "third_party", "【德衡】毛同学，你爸的卡上个月没还，让他回个电话。", [], [D]),
    ("call", "third_party", "机器人：您好，您的朋友苗海峰在澄江银行的账单已逾期，请提醒他及时还款。按1确认已知晓。\n第三方：1",
     [(P, "苗海峰")], [D]),
    ("notice", "third_party", "致卓建华先生：\n您女儿卓丽娟在澄江银行信用卡的欠款4,120元至今未还，请您督促其归还。\n杭州德衡商务咨询有限公司",
     [(P, "卓建华"), (P, "卓丽娟")], [D]),
    ("email", "third_party", "主题：催告函抄送\n\n上海申港国际物流有限公司人事部：\n现将致贵司员工柯振宇先生的逾期还款催告函抄送贵司，"
     "请知悉并督促。\n杭州德衡商务咨询有限公司", [(P, "柯振宇")], [D]),
    ("call", "third_party", "專員：林小姐的同事您好，麻煩轉告她，澄江銀行那邊的帳款還沒繳清，請她回電。\n聯絡人：好，我跟她說。", [], [D]),
    ("sms", "third_party", "【粤和】黄先生，您小舅子那笔卡款拖了四个月，麻烦劝劝。", [], [D]),
    ("app", "third_party", "嫂子，俞哥那边卡的事，四十多天了，您看……", [], [D]),
    ("app", "third_party", "【signature】您好，您的朋友${debtor_name}在我司的账款${amount}元已逾期${days}天，请转告其尽快处理。", [],
     [D]),
    ("sms", "third_party", "【德衡】童女士，请转告您先生，卡4367425299124915欠款9,880元，本周必须处理。",
     [(BC, "4367425299124915")], [D, U]),
]

# --- whereabouts, health, faith, records and money, said to the cardholder -----------------------------------------

ROUTINES_AND_MONEY: list[PiplEntry] = [
    ("sms", "debtor", "【德衡】尹女士，您每周二、四晚上在西溪印象城练瑜伽到九点，方便的话课后回个电话。", [], [S]),
    ("sms", "debtor", "【安岳】闫先生，听说您上个月酒驾被拘留了十五天，出来了就把卡的事处理一下吧。", [], [S]),
    ("app", "debtor", "【澄江信用卡】您好，系统显示您在我行借记卡的余额为23,806.12元，足以覆盖信用卡欠款，请立即还款。", [], [S]),
    ("call", "debtor", "坐席：祁女士，您这两年一直在做透析吧，医保的报销记录我们这边能看到的。\n客户：……\n"
     "坐席：所以更要规划好，今天先还两千。", [], [S]),
    ("sms", "debtor", "【粤和】莫先生，你上周六飞曼谷，周二才回深圳，有钱旅游没钱还卡？", [], [S]),
    ("email", "debtor", "主题：关于您的征信情况\n\n鄢国庆先生：\n根据您的征信报告，您目前在其他6家机构有未结清贷款共计18.6万元，"
     "近三个月贷款审批查询23次。请优先归还我行欠款。\n澄江银行信用卡中心", [(P, "鄢国庆")], [S]),
    ("call", "debtor", "坐席：房女士 你儿子有哮喘 上礼拜还住了院 我们也知道你难 但钱总要还的嘛\n客户：嗯", [], [S]),
    ("app", "debtor", "【德衡】谭先生，你在澳门的赌场消费记录我们都看到了，一晚两万多，卡上这点钱还不起？", [], [S]),
    ("sms", "debtor", "【安岳】游女士，您是慈济的志工，每周三去医院做关怀，应该比谁都懂诚信二字。", [], [S]),
    ("notice", "debtor", "还款告知书\n\n包玉梅女士：\n经查，您持有二级肢体残疾证并在社区领取残疾人补贴，每月820元。请您从补贴中"
     "安排部分款项归还澄江银行信用卡欠款。\n安岳资产", [(P, "包玉梅")], [S]),
    ("app", "debtor", "【粤和】韦女士，你每天下班6点10分从海五路公交站坐K5回家，这个时间方便接电话吧？", [], [S]),
    ("call", "debtor", "坐席：黎生，你開卡嗰陣錄咗人臉同聲紋，我哋系統一比對就知係你本人接電話，唔好再扮唔係啦。\n客戶：……",
     [], [S]),
    ("sms", "debtor", "【澄江银行】卓女士，您9月在厦门市妇幼保健院的产检费用3,280元已用本卡支付，本卡已逾期，请尽快还款。", [], [S]),
    ("email", "debtor", "主题：关于您的还款能力评估\n\n蒙德胜先生：\n经查，您每月在货运平台的运费收入约1.6万元，微信收款码月均流水"
     "4.2万元，具备还款能力，请于本月底前结清欠款5,420元。\n杭州德衡商务咨询有限公司", [(P, "蒙德胜")], [S]),
    ("call", "debtor", "坐席：甘先生 你在成都那个戒毒所待了半年 我们都晓得 出来了好好做人 先把卡还了\n客户：你们从哪知道的", [],
     [S]),
    ("sms", "debtor", "【德衡】柯先生，您太太在上海国际妇幼保健院做试管婴儿，花了不少钱吧？卡上的一万零五百也请安排。", [], [S]),
    ("app", "debtor", "【安岳】施女士，你在美团外卖每天晚上十一点后下单的地址是南山区西丽一家酒店，最近不回家住了吧？", [], [S]),
    ("call", "debtor", "坐席：你妈住院那个病房我们去过了，三楼心内科，你忍心让老人家担心？\n客户：你们太过分了", [], [S]),
    ("notice", "debtor", "温馨告知\n\n顾婉清女士：\n我们知道您每月初一、十五都去灵隐寺烧香，想必您也讲究因果。您在澄江银行的信用卡欠款"
     "3,511.27元已逾期38天，望您本月内结清。\n杭州德衡商务咨询有限公司", [(P, "顾婉清")], [S]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AJ-CARD-CENTRE": CARD_CENTRE,
    "AJ-AGENCY-SMS": AGENCY_SMS,
    "AJ-AGENT-CALLS": AGENT_CALLS,
    "AJ-ASR-CALLS": ASR_CALLS,
    "AJ-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AJ-VISITS": VISITS,
    "AJ-LETTERS": LETTERS,
    "AJ-TOLD-TO-OTHERS": TOLD_TO_OTHERS,
    "AJ-QA-AND-COMPLAINTS": QA_AND_COMPLAINTS,
    "AJ-BANK-AND-AGENCIES": BANK_AND_AGENCIES,
    "AJ-HONG-KONG-TAIWAN": HONG_KONG_TAIWAN,
    "AJ-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AJ-DECOYS": DECOYS,
    "AJ-NEAR-MISSES": NEAR_MISSES,
    "AJ-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AJ-FEW-WORDS": FEW_WORDS,
    "AJ-ROUTINES-AND-MONEY": ROUTINES_AND_MONEY,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
