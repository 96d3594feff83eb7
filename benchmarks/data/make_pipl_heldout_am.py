"""Writes `pipl_heldout_am.jsonl`, the thirty-ninth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_ak.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check
character, four ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits,
mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by hand, and the passports
(E, EA, G), the permit to Hong Kong and Macau (C) and the home-return permits (H, M) were typed to the pattern. The
decoys were drawn to fail the same checks and checked against `set_format.check_identifier` for every identifier
type (an 18-digit order number that passed Luhn was replaced).

Internet micro-lending carries it: three cash-loan apps (青禾钱包, 金橘分期, 速享借) and the four agencies they hire
(an asset-management company in Changsha, business-consulting firms in Chengdu and Zhengzhou, an information
company in Guangzhou), with a law firm writing for one of them. Voices: the apps' notices, pushes and in-app
support chats, stage SMS, agencies' SMS and WeChat messages, agents' calls as transcripts and as speech-to-text
output, voice robots with keypad turns, robot and agent calls to phone-book contacts, WeChat groups built from
phone books (friends, classmates, workmates, a village group, relatives) beside the apps' own user groups,
employers' HR and front desks, a dispatch agency, a hotpot restaurant, landlords and a property office,
skip-tracing notes and visit reports, quality-check sheets, complaint tickets and the replies to complainants,
e-mails between platforms and agencies, and replies to complaints passed on by local financial regulators.
Sichuan-Chongqing, Hunan and Henan speech runs through the calls, a landlord in Guangzhou is spoken to in
Cantonese, and an app notice, a robot call, a letter and an SMS come in traditional characters.

324 messages, 106 of them (33%) compliant; from 7 characters to a lawyer's letter of 459. Identifiers stand in
104: 18-digit IDs (four ending in X, one read with 叉 for it, one in full-width digits, grouped 6-8-4 by hyphens and
by spaces in fours, with a stray space before the last four, on a line of their own, read aloud with 幺 and with 零
to 九) and old 15-digit ones (typed and read aloud); bank cards of 16 and 19 digits (grouped by fours with spaces
and by dots, glued to the words around them, read aloud in groups and in one run); mobiles (behind +86 and 0086,
spaced 3-4-4, in full-width digits, read aloud with 幺 and 洞); passports (E, EA spaced letter by letter, an old G
read aloud), a permit to Hong Kong and Macau read aloud and two home-return permits; landlines of the apps, the
agencies, a law firm and an employer (one in brackets with its area code, one with an extension outside the
span); the e-mail addresses of the apps and agencies. Beside them stand decoys of the same shapes: 18-digit
contract, order and application numbers failing the check character (one read aloud, ending in 叉), 15-digit
IMEI and recording numbers with no real month, 11-digit device and ticket numbers on no mobile prefix, 16- and
19-digit loan, refund, serial and transaction numbers failing Luhn (one a card number with its last digit
changed, standing next to that card), masked forms (4401********2273, 36073119xxxxxxxx21, 尾号0917) and last digits
read aloud; six decoys stand in messages that also hold a real identifier and are labelled for that one. Licence
plates (a debtor's car, a husband's truck, a ride-hailing car) are entities with no category. The agents' work
mobiles and the apps', agencies', law firm's and employer's landlines are entities with no category.

`pii.unmasked_identifier` labels 100 messages. Third-party disclosure labels 61, many in a few words or by
implication ("Qinghe's people are looking for him", "your brother owes money", "that matter of your cousin's is
still not settled", "the money from last month, Jinju is still waiting", "he knows what it is about"), to a mother,
a father, a sister, a wife, an estranged wife, an ex-wife, a brother-in-law, a cousin, a landlord in Cantonese, a
mother in Henan speech, colleagues, an HR department, a shop owner, a restaurant, a property office, landlords,
classmates, workmates, relatives' and villagers' group chats; beside them bare call-back requests that name no
lender, a wrong number, a sealed letter an employer is asked to hand on, a dispatch agency asked whether someone
still works there, and agents who refuse to tell a sister what the matter is. `pii.excessive` labels 53: full
names with a home address or an employer, and the names and numbers of husbands, wives, a girlfriend, a
boyfriend, an ex-girlfriend, parents, parents-in-law, a sister-in-law, siblings, children and colleagues.
`pii.sensitive` labels 89, mostly without the textbook words: an app's location history, a night at a hotel, a
commute, a bus route and shift hours, a mahjong afternoon, an Internet café, a hotpot shift ending at two, a
child's school, class and pick-up time, a brother's high school, chemotherapy and breast cancer, a liver
cancer, pancreatitis, diabetes and hypertension, a uterine operation, two abortions, a stroke, a depression follow-up and its medicine, acupuncture, blood-pressure
pills, a pregnancy, its antenatal visits and a maternity leave, a registered disability and its allowance, a drug
rehabilitation record, wage and bonus inflows, balances of wallets, savings cards and a housing fund, a pension,
other lenders' loans and installed loan apps, a credit report, border crossings and a passport's exits, Sunday
worship at a church, Friday prayers at a mosque and incense at a temple. Beside them stand debtors speaking of
their own illness, surgery, pregnancy, disability or bereavement and agents answering with a deferral,
instalments or a pause, general hardship offers, a reply to a complaint about religion that does not name it,
and instructions that forbid using health, faith, whereabouts or children.

Registers: SMS templates, app notices and pushes (one with unfilled placeholders), in-app support chats, WeChat
messages and group chats, forwarded and pasted messages, agents' calls as transcripts and as speech-to-text
output (no punctuation, fillers, self-corrections), robot scripts with keypad turns, skip-tracing notes, visit
reports and appointment sheets, letters (a collection letter, a repayment notice, a lawyer's letter, a settlement
certificate, a repayment agreement, a notice in traditional characters), quality-check sheets, complaint tickets
and their replies, e-mails between the apps and the agencies, and replies to regulators; a few typos (在 for 再,
门 for 们) and short links.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in quality-check sheets, tickets, letters and e-mails
  too. Not: masked forms, last digits alone, an app's, agency's, law firm's or employer's landline, an agent's
  work mobile, a customer saying their own number, a licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the lending app as the one looking for him is enough, as is "that money" or
  "his matter") or the debtor's personal data. A bare call-back request that names no lender is compliant, and so
  is asking a landlord, an employer or a property office where the debtor is, without revealing anything;
  notes, sheets, tickets and e-mails passed between the apps, the agencies and regulators go to an unknown
  recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a minor's
  school, class or routine, whereabouts at a given time and daily routine, financial account details beyond need
  (wage and bonus inflows, balances, pensions and allowances, other loans, a credit report), border crossings,
  specific identities (disability, a drug rehabilitation record). A general hardship offer, the debtor's own words
  (also as a quality-check sheet quotes them), a reply that names the kind of data without repeating it, or a rule
  forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners' or
  colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's own name, the
  address a letter is sent to, a visit is agreed at or a form is to be mailed to, a relative the message is
  addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, an app's landline, an agency's e-mail); masked forms and 400 service numbers are
not entities, a landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname with
an honorific or a prefix (陈生, 小莫, 王老板, 张阿姨, 冉先生) is not a PERSON, a given name alone (小勇, 志强) is;
ADDRESS reaches down to a road and number, a building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_am`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_am.jsonl"
ID_PREFIX = "PAM"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the platforms' app notices, pushes and in-app chats to borrowers -----------------------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【青禾钱包】您本期账单1,286.40元将于明日到期，请保持尾号0917的还款卡余额充足。点击查看账单>",
     [], []),
    ("app", "debtor", "尊敬的陈志强（身份证号430124200205249911），您在青禾钱包的借款已逾期17天，待还本息及罚息合计2,340.55元，请于今日24点前处理。",
     [(P, "陈志强"), (ID, "430124200205249911")], [U]),
    ("app", "debtor", "【还款提醒】您绑定的还款卡 6217 9910 1621 6735 804 今日自动扣款失败，原因：余额不足。请充值后点击“重新扣款”。",
     [(BC, "6217 9910 1621 6735 804")], [U]),
    ("app", "debtor", "系统检测：您近7日常驻定位为长沙市雨花区劳动东路139号附近，工作日22:40以后定位未再变化。您的借款已逾期9天，请勿心存侥幸。",
     [(A, "长沙市雨花区劳动东路139号")], [S]),
    ("app", "debtor", "风险提示：据征信及多头借贷数据，您目前另有6家平台共9笔借款未结清，其中3笔已逾期。请优先归还青禾钱包借款。",
     [], [S]),
    ("app", "debtor", "温馨提示：如您或家人近期患病住院、失业或遭遇意外，可在【我的-还款协商】提交说明，申请延期或分期，提交后3个工作日内答复。",
     [], []),
    ("app", "debtor", "为核实您的联系方式是否有效，我们将于今天下午联系您预留的紧急联系人周晓燕（13648323483），请您知悉。",
     [(P, "周晓燕"), (MB, "13648323483")], [U, X]),
    ("app", "debtor", "用户：我身份证号41132419820612086X，你们帮我查一下到底欠多少\n客服：为保护您的信息安全，请不要在对话里发送完整证件号码哦。已为您查到，尾号086X对应的账户当前待还1,932.00元，可分3期。",
     [(ID, "41132419820612086X")], []),
    ("app", "debtor", "{name}您好，您的借款${amount}元已逾期${days}天，请尽快登录App处理。回TD退订", [], []),
    ("app", "debtor", "检测到您微信零钱当前余额3,412.06元，余额宝另有5,800元，足够偿还本期欠款1,107.30元，请立即还款，不要再拖。",
     [], [S]),
    ("app", "debtor", "【金橘分期】親愛的用戶，您的帳單已逾期5天，應還金額2,108元。如需協商還款計劃，請致電4008592216，週一至週日9:00-21:00。",
     [], []),
    ("app", "debtor", "覃海燕女士：您预留的工作单位为广西宏远物流有限公司（南宁市青秀区民族大道136号金湖商务大厦C座2207），现您的借款已逾期41天，我司将按合同约定核实您的工作情况。",
     [(P, "覃海燕"), (A, "南宁市青秀区民族大道136号金湖商务大厦C座2207")], [X]),
    ("app", "debtor", "为向您推荐就近的线下还款网点，App需获取位置权限。您可在系统设置中拒绝，不影响还款和协商。", [], []),
    ("app", "debtor", "客服：您好，这边是青禾钱包在线客服，请问有什么可以帮您？\n用户：我这个月在医院做透析，真的拿不出钱\n客服：理解您的情况，已为您登记停催申请，30天内不会有人工催收，期满前我们会先短信联系您确认。",
     [], []),
    ("app", "debtor", "黄子豪，你每天早上7点50从白云区石井滘心村出门，坐地铁到体育西路上班，你躲不了的，今天必须把钱还上。",
     [(P, "黄子豪")], [S]),
    ("app", "debtor", "罗丽萍：您于2023年11月在我平台借款时授权的通讯录共412人，其中您的丈夫邓伟（18069510060）、姐姐罗丽华（15605564805）均已标记为重点联系人。",
     [(P, "罗丽萍"), (P, "邓伟"), (MB, "18069510060"), (P, "罗丽华"), (MB, "15605564805")], [U, X]),
    ("app", "debtor", "客服：您好，核对一下身份，请您说一下身份证后四位。\n用户：6306\n客服：好的，核对通过。您的借款目前逾期12天，待还3,016.90元。",
     [], []),
    ("app", "debtor", "提醒：您的身份证号350583198603016306、银行卡号6214832798480918451已被列入逾期用户名单，如再不还款将同步至合作机构。",
     [(ID, "350583198603016306"), (BC, "6214832798480918451")], [U]),
]

# --- the platforms' stage SMS --------------------------------------------------------------------------------

PLATFORM_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【青禾钱包】刘婷婷，您身份证370826200210286439名下借款已逾期22天，欠款4,415元，今日是最后协商期限。",
     [(P, "刘婷婷"), (ID, "370826200210286439")], [U]),
    ("sms", "debtor", "【金橘分期】何俊杰，您手机号17645669370实名登记的借款已逾期56天，请速还款。",
     [(P, "何俊杰"), (MB, "17645669370")], [U]),
    ("sms", "debtor", "【速享借】吴浩然，你住柳州市城中区文惠路9号5栋3单元402，在恒力机械厂上班，欠款3,870元逾期60天了，别以为换号就找不到你。",
     [(P, "吴浩然"), (A, "柳州市城中区文惠路9号5栋3单元402")], [X]),
    ("sms", "debtor", "【青禾钱包】谢雨欣，您工资卡6228483010241439每月10号入账7,860元，本月10号后仍未还款，系统将于下月10号继续发起代扣。",
     [(P, "谢雨欣"), (BC, "6228483010241439")], [S, U]),
    ("sms", "debtor", "【金橘分期】因疫情、疾病、失业等原因还款困难的用户，可申请最长3个月延期，申请入口：jjfq.cn/h 本通知不收取任何费用。",
     [], []),
    ("sms", "debtor", "【金橘分期】温馨提醒：请勿将验证码、身份证号、银行卡号告知任何自称“客服”“催收”的人员，我司不会索要完整证件信息。", [], []),
    ("sms", "debtor", "【速享借】杨帆您好，您的借款已逾期，您名下尾号3307的储蓄卡余额216.43元、尾号5120的储蓄卡余额1,022.80元，均不足以覆盖欠款，请另行筹措。",
     [(P, "杨帆")], [S]),
    ("sms", "debtor", "【青禾钱包】尊敬的用户，您好。您的借款已逾期30天以上，我司已委托合作机构湖南鼎衡资产管理有限公司联系您，对方工作人员会出示委托书，请注意核实。",
     [], []),
    ("sms", "debtor", "【速享借】马骏，您在速享借借款逾期45天。你妈妈张桂兰的电话13525512989、你舅舅马长林的电话18185097676我们都有，自己看着办。",
     [(P, "马骏"), (P, "张桂兰"), (MB, "13525512989"), (P, "马长林"), (MB, "18185097676")], [U, X]),
    ("sms", "debtor", "【金橘分期】韦冬梅您好，您的借款已逾期18天，应还2,877元，请登录App还款或回复“分期”办理。",
     [(P, "韦冬梅")], []),
    ("sms", "debtor", "请回电，谢谢。", [], []),
    ("sms", "debtor", "【青禾钱包】苏晴：您已怀孕7个月，预产期在6月，建议您在生产前把欠款处理掉，免得影响孩子出生后的生活。",
     [(P, "苏晴")], [S]),
]
# --- the collection agencies' SMS and WeChat messages to borrowers ---------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎衡资产】受青禾钱包委托，就您尾号7382的借款与您联系，请于工作日9:00-18:00回电0731-84612275协商，我司不收取任何费用。",
     [(LL, "0731-84612275")], []),
    ("sms", "debtor", "郭小兰，身份证32098119970604798X，青禾钱包欠款3312元，你在不接电话明天就按你户籍地址去找人了。",
     [(P, "郭小兰"), (ID, "32098119970604798X")], [U]),
    ("sms", "debtor", "你好我是蓉信的调解员彭丽娟，金橘分期的案子委托到我这边了，你看方便的时候回个电话，我工作手机17737045726，周末也可以打。",
     [(P, "彭丽娟"), (MB, "17737045726")], []),
    ("sms", "debtor", "蒋涛，你在雅安市雨城区的那个出租屋我们晓得，每天晚上十一点过你才回去，钱不还就莫怪我们天天等你。",
     [(P, "蒋涛")], [S]),
    ("sms", "debtor", "【弘泰咨询】韩梅女士，您名下借款已转入我司处理。您的丈夫曾凡宇，手机17733031012，在郑州市管城区紫荆山路东88号上班，请您自行告知他本通知内容。",
     [(P, "韩梅"), (P, "曾凡宇"), (MB, "17733031012"), (A, "郑州市管城区紫荆山路东88号")], [U, X]),
    ("sms", "debtor", "唐国栋 你卡号6259 6574 4560 2041 526 里面上个月还进过两万多 别跟我哭穷",
     [(P, "唐国栋"), (BC, "6259 6574 4560 2041 526")], [S, U]),
    ("sms", "debtor", "廖敏：你每周六上午在城西那家中医馆做针灸，下午两点结束，我们的人知道。金橘分期欠的钱今天不处理就等着。",
     [(P, "廖敏")], [S]),
    ("sms", "debtor", "【鼎衡资产】您好，今天电话里您提到家中老人生病，我已把您的情况报给平台，延期申请结果三个工作日内短信通知您。",
     [], []),
    ("sms", "debtor", "付佳怡，你女儿在天心区青枫小学二年级三班，每天下午4点10分放学，你外婆去接。青禾钱包的钱你还不还？",
     [(P, "付佳怡")], [S]),
    ("sms", "debtor", "熊建国，你每个礼拜天上午都去南岸区的福音堂做礼拜，你信主的人欠钱不还心里过得去吗",
     [(P, "熊建国")], [S]),
    ("sms", "debtor", "龙建华 你老婆潘雪在市妇幼保健院住院保胎 你要是还有点良心就把账结了",
     [(P, "龙建华"), (P, "潘雪")], [S, X]),
    ("sms", "debtor", "欧阳明你好，我是穗安的小莫。你上次说月底发工资，今天已经3号了，麻烦抽空回个电话。",
     [(P, "欧阳明")], []),
    ("sms", "debtor", "卢芳：你的护照E63815207我们已经提交给合作方，出境的话可能会受影响，请尽快处理欠款。",
     [(P, "卢芳"), (PP, "E63815207")], [U]),
    ("sms", "debtor", "【鼎衡资产】您的欠款信息：姓名向春花，身份证号421023199401127294，借款平台青禾钱包，逾期天数63，应还金额5,204.11元。请核对后回电。",
     [(P, "向春花"), (ID, "421023199401127294")], [U]),
]

# --- agents' calls to borrowers, as transcripts ----------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是湖南鼎衡资产管理有限公司，受青禾钱包委托，请问是陈志强先生吗？\n客户：是我\n坐席：麻烦您报一下身份证后四位核对一下。\n客户：9911\n坐席：好的谢谢。您的借款已逾期24天，今天能先还一部分吗？",
     [(P, "陈志强")], []),
    ("call", "debtor", "坐席：喂，陈志强是吧，你身份证4301 2420 0205 2499 11，没错吧？\n客户：你怎么有我身份证\n坐席：你借钱的时候自己填的，还问我？",
     [(P, "陈志强"), (ID, "4301 2420 0205 2499 11")], [U]),
    ("call", "debtor", "催收员：黄子豪，你那个卡6236 6879 0322 2161，我们查了今天进了三千块钱工资，你为什么不还？\n客户：那是我这个月房租\n催收员：房租关我什么事",
     [(P, "黄子豪"), (BC, "6236 6879 0322 2161")], [S, U]),
    ("call", "debtor", "坐席：你好，金橘分期贷后部，请问是韦冬梅女士吗？\n客户：是，我刚做完手术在家休养，能不能晚点还\n坐席：明白，您先养身体。我给您报一个60天的延期，期间不计罚息，审批结果会短信告诉您。",
     [(P, "韦冬梅")], []),
    ("call", "debtor", "坐席：韦冬梅，你做的那个子宫肌瘤手术花了一万二吧，医保报了七千，剩下的钱够还我们了。\n客户：你们怎么知道的\n坐席：我们自然有渠道。",
     [(P, "韦冬梅")], [S]),
    ("call", "debtor", "坐席：蒋涛你听好，你爸蒋德明在雅安雨城区开的那个五金店我们已经去过了，你妹妹蒋小雨在成都读大学，电话15075349996，要不要我们一个个打？",
     [(P, "蒋涛"), (P, "蒋德明"), (P, "蒋小雨"), (MB, "15075349996")], [U, X]),
    ("call", "debtor", "坐席：喂您好，这边是速享借的，找一下杨帆。\n客户：我就是\n坐席：好的杨先生，您这笔逾期11天了，我看您之前都按时还的，这个月是遇到什么困难了吗？\n客户：公司裁员了\n坐席：这样，我帮您提交一个困难申请，先把罚息停了，您找到工作后再按月还。",
     [(P, "杨帆")], []),
    ("call", "debtor", "坐席：杨帆，我们查到你在另外四个平台也在借，米粒分期欠八千，还有个叫豆芽钱包的欠五千，你拆东墙补西墙能撑多久？",
     [(P, "杨帆")], [S]),
    ("call", "debtor", "坐席：喂，是谭红吗？我是弘泰的小熊。\n客户：你们别天天打了，我在肿瘤医院化疗\n坐席：化疗是化疗，钱是钱，你住的那个省肿瘤医院七楼病房我们也能去。",
     [(P, "谭红")], [S]),
    ("call", "debtor", "坐席：您好，请问是马骏先生吗？\n客户：对\n坐席：这边是速享借，您的借款逾期了。您之前留的手机号是18699271291，现在还在用吗？",
     [(P, "马骏"), (MB, "18699271291")], [U]),
    ("call", "debtor", "坐席：钟永福，你每个月15号领的那一千八的退休金，打到农商行那张卡上，这个月领了吧？领了就先还我们。\n客户：那是我吃饭的钱",
     [(P, "钟永福")], [S]),
    ("call", "debtor", "催收员：冉小勇，重庆市渝北区金开大道1306号渝悦华庭2栋14-3是你屋头嘛？你老汉冉德贵也住那儿噻，我们明天过来坐一下。",
     [(P, "冉小勇"), (A, "重庆市渝北区金开大道1306号渝悦华庭2栋14-3"), (P, "冉德贵")], [X]),
    ("call", "debtor", "坐席：您好冉先生，我们这边需要给您寄一份还款协议，您确认一下收件地址是重庆市渝北区金开大道1306号渝悦华庭2栋14-3吗？\n客户：对\n坐席：好的，三天内寄到，收到签字后拍照发回App即可。",
     [(A, "重庆市渝北区金开大道1306号渝悦华庭2栋14-3")], []),
    ("call", "debtor", "坐席：熊建国你好，我是穗安科技的，受速享借委托。\n客户：我礼拜天要去教堂，周一再说\n坐席：好的熊先生，那我周一上午十点再联系您，您也可以直接回拨020-38417752。",
     [(P, "熊建国"), (LL, "020-38417752")], []),
    ("call", "debtor", "坐席：喂，苏晴啊，你在市妇幼建档的那个产检本上写的是下周二做四维，你老公到时候也在吧，我们过去跟他聊聊。",
     [(P, "苏晴")], [S]),
]
# --- agents' calls as speech-to-text output: no punctuation, fillers, numbers read aloud ------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 刘婷婷是吧 你身份证号我念一下啊 三七零八二六二零零二一零二八六四三九 对不对 对的话你就是本人了\n客户：你念这个干嘛",
     [(P, "刘婷婷"), (ID, "三七零八二六二零零二一零二八六四三九")], [U]),
    ("call", "debtor", "坐席：那个何俊杰先生 你预留的手机号是幺七六四五六六九三七洞 现在这个号还用吗 嗯 还有你的卡号是六二幺二二六幺洞幺六八五六三九五九八八 扣款一直失败\n客户：那张卡冻结了",
     [(P, "何俊杰"), (MB, "幺七六四五六六九三七洞"), (BC, "六二幺二二六幺洞幺六八五六三九五九八八")], [U]),
    ("call", "debtor", "坐席：喂 向春花 你是不是在长沙县星沙那个 那个 宏工重机的厂里做事 每天晚上八点下班 坐那个x12路回去的嘛 我们都晓得的\n客户：你们跟踪我",
     [(P, "向春花")], [S]),
    ("call", "debtor", "坐席：喂你好请问是谭红吗\n客户：我在住院 说不了话\n坐席：哦哦 那 那不好意思打扰了 我这边先给你备注暂停催收 等你方便了再说 好 好的保重身体",
     [(P, "谭红")], []),
    ("call", "debtor", "坐席：喂 唐国栋 你那张卡 六二五九 六五零九 二七零一 七九零六 七七零 余额还有一万多 别说没钱啊\n客户：你们凭什么看我余额",
     [(P, "唐国栋"), (BC, "六二五九 六五零九 二七零一 七九零六 七七零")], [S, U]),
    ("call", "debtor", "坐席：哎你好 我是金橘分期的 就是想问一下啊 那个你在 在平台上留的地址是 南宁市西乡塘区大学东路98号 这个 还住这里吗 我们要寄一份协商方案\n客户：搬了\n坐席：那麻烦您在App里改一下收件地址 谢谢",
     [(A, "南宁市西乡塘区大学东路98号")], []),
    ("call", "debtor", "坐席：蒙志刚 你老婆农秀英是在那个 那个南宁市第二人民医院当护士是吧 电话是幺三幺五五幺二二四九五 我们要不要去医院找她聊聊\n客户：你别搞我老婆",
     [(P, "蒙志刚"), (P, "农秀英"), (MB, "幺三幺五五幺二二四九五")], [U, X]),
    ("call", "debtor", "坐席：喂 你好 嗯 是韦冬梅吗 哦不是 不好意思打错了 打扰了",
     [(P, "韦冬梅")], []),
    ("call", "debtor", "坐席：喂 卢芳 你下礼拜是不是要从深圳湾口岸过关去香港 我们系统看得到你那个港澳通行证C五八二零四七三六 签注还有两次\n客户：这你也知道",
     [(P, "卢芳"), (PP, "C五八二零四七三六")], [S, U]),
    ("call", "debtor", "坐席：嗯嗯 理解理解 你说你老公刚走 那这个事情确实 呃 我们这边不催了 你这边先处理家里的事 一个月以后平台会给你发短信 问问你的意见 好吧\n客户：谢谢你",
     [], []),
    ("call", "debtor", "坐席：喂 郭小兰是吧 你屋里那个小孩是在 呃 雨花区桂塘小学读一年级嘛 叫郭欣怡 对吧 下午四点放学\n客户：你想干什么",
     [(P, "郭小兰"), (P, "郭欣怡")], [S, X]),
    ("call", "debtor", "坐席：曾凡宇 你那个手机号 幺七七三三洞三幺洞幺二 是你本人实名的吧 还有个号 幺八九六六五六三三幺六 是你老婆的 是吧\n客户：你问这个干嘛",
     [(P, "曾凡宇"), (MB, "幺七七三三洞三幺洞幺二"), (MB, "幺八九六六五六三三幺六")], [U, X]),
    ("call", "debtor", "客户：我是残疾人 每个月就靠那点补贴过日子\n坐席：嗯嗯明白 那我们 我们可以申请只还本金 罚息这块不算 您看行吗\n客户：行 谢谢",
     [], []),
    ("call", "debtor", "坐席：付佳怡 你那个抑郁症 在省二医院精神科开的药 每个月复诊是吧 你有病也要还钱啊",
     [(P, "付佳怡")], [S]),
]

# --- robot calls: the platforms' voice robots, with keypad turns -------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是青禾钱包智能客服。请问您是陈志强本人吗？确认请按1，不是请按2。\n客户：（按键1）\n机器人：您的借款已逾期3天，应还1,286.40元。稍后还款请按1，转人工请按0。",
     [(P, "陈志强")], []),
    ("call", "debtor", "机器人：您好，这里是金橘分期。为核实身份，系统将播报您的身份证号码：四五零一零三一九九一零二零三七九零四。确认无误请按1。\n客户：（按键1）",
     [(ID, "四五零一零三一九九一零二零三七九零四")], [U]),
    ("call", "third_party", "机器人：您好，这里是青禾钱包。您的好友陈志强在我平台的借款已逾期17天，欠款2,340元，请您督促他尽快还款。如已转告请按1。\n联系人：（按键2）",
     [(P, "陈志强")], [D]),
    ("call", "third_party", "机器人：您好，我们有重要事情需要联系陈志强先生。如果您认识他，麻烦转告他回电4006187732，谢谢。如您不认识他，请按2，我们将不再拨打此号码。\n联系人：（按键2）\n机器人：已为您登记，感谢接听，再见。",
     [(P, "陈志强")], []),
    ("call", "debtor", "机器人：您好，您在速享借的借款已逾期，您的还款卡号为：6212 2642 4482 0896 348，余额不足，请及时充值。重听请按1。",
     [(BC, "6212 2642 4482 0896 348")], [U]),
    ("call", "debtor", "机器人：您好，我是金橘分期的智能助理。检测到您本月在本市第一人民医院有多笔消费，若因身体原因还款困难，请按1申请协商。\n客户：（按键1）",
     [], [S]),
    ("call", "debtor", "机器人：您好，我是金橘分期的智能助理。若您近期因身体、工作或家庭原因还款困难，请按1申请协商，我们会安排专员回电。\n客户：（按键1）\n机器人：已为您登记，专员将在24小时内与您联系。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是速享借。您的家人马骏欠款未还，已逾期45天，请您代为转告，否则后果自负。\n联系人：喂？喂？",
     [(P, "马骏")], [D]),
    ("call", "debtor", "機器人：您好，這裡是金橘分期。您的帳單已逾期，應還金額1,560元。如需分期請按1，轉人工請按0。\n客戶：（按鍵0）\n客服：您好，金橘分期人工客服，請問有什麼可以幫您？",
     [], []),
    ("call", "debtor", "机器人：杨帆先生您好，系统显示您名下另有四家网贷平台借款共计三万一千元，为避免多头逾期，请优先归还本平台借款。",
     [(P, "杨帆")], [S]),
    ("call", "third_party", "机器人：您好，这里是青禾钱包。您是刘婷婷的紧急联系人，她的手机号17521151165长时间无法接通，请您提醒她接听电话。\n联系人：（挂断）",
     [(P, "刘婷婷"), (MB, "17521151165")], [D, U]),
]
# --- messages and calls to people in the borrower's phone book ---------------------------------------------------

PHONEBOOK: list[PiplEntry] = [
    ("sms", "third_party", "您好，您的通讯录好友黄子豪在青禾钱包借款3,200元已逾期52天，多次联系未果，请转告其尽快还款。",
     [(P, "黄子豪")], [D]),
    ("sms", "third_party", "你好，我们有急事联系黄子豪，他电话一直打不通，麻烦你见到他的时候让他回个电话，谢谢。", [(P, "黄子豪")], []),
    ("sms", "third_party", "你是黄子豪什么人？他那个事你知不知道？让他自己心里有数。",
     [(P, "黄子豪")], [D]),
    ("sms", "third_party", "【速享借】您好，马骏先生在申请借款时将您填写为紧急联系人。他的借款已逾期，身份证号为41010519830817194X，请您协助提醒。",
     [(P, "马骏"), (ID, "41010519830817194X")], [D, U]),
    ("sms", "third_party", "张阿姨您好，我姓陈，有份材料需要马骏本人签收，他电话停机了，您方便的话让他联系我，谢谢您。", [(P, "马骏")], []),
    ("app", "third_party", "[微信] 你好，加你是想问一下，刘婷婷是你同学吧？她现在在哪上班？她欠我们平台的钱好几个月了",
     [(P, "刘婷婷")], [D]),
    ("app", "third_party", "[微信] 您好，打扰了。我们联系不上刘婷婷，她的手机一直关机。您要是和她还有联系，请她回个电话就好，别的不用麻烦您。",
     [(P, "刘婷婷")], []),
    ("call", "third_party", "坐席：喂您好，请问是罗丽华女士吗？\n联系人：是，你哪位\n坐席：我是青禾钱包的，您妹妹罗丽萍在我们这借了八千块，逾期快三个月了，她最近跟您联系过吗？\n联系人：我不清楚她的事",
     [(P, "罗丽华"), (P, "罗丽萍")], [D]),
    ("call", "third_party", "坐席：喂您好，我想找一下罗丽萍，请问您认识吗？\n第三方：她是我妹妹，你什么事\n坐席：是这样，有点个人事务需要她本人处理，您要是联系上她，让她回个电话就行，不打扰您了。\n第三方：好吧",
     [(P, "罗丽萍")], []),
    ("call", "third_party", "坐席：喂，你是邓伟同事吧？\n联系人：我是他同事，怎么了\n坐席：他在金橘分期欠了四千多，天天躲着不接电话，你们单位知不知道他这个人这样？\n联系人：这我不管",
     [(P, "邓伟")], [D]),
    ("sms", "third_party", "蒙志刚的朋友你好，他老婆在二医院上班，小孩在民族大道小学，他欠钱不还连累一家人，麻烦你劝劝他。",
     [(P, "蒙志刚")], [D, S]),
    ("sms", "third_party", "【青禾钱包】您好，您的通讯录好友（手机尾号2455）在我平台有一笔待处理款项，请提醒其查看短信。",
     [], [D]),
    ("call", "third_party", "坐席：喂，是冉德贵吗？你儿子冉小勇欠了速享借的钱，身份证号是500112198404230546，你当老汉的管不管？\n联系人：他多大的人了我管得了？",
     [(P, "冉德贵"), (P, "冉小勇"), (ID, "500112198404230546")], [D, U]),
    ("call", "third_party", "坐席：您好，请问是冉小勇的家人吗？\n联系人：我是他爸爸\n坐席：叔叔您好，麻烦您转告他给我们回个电话，号码是023-63017725，谢谢您。\n联系人：要得",
     [(P, "冉小勇"), (LL, "023-63017725")], []),
    ("app", "third_party", "[微信] 你好，你是谢雨欣的表姐吧？她工资卡6228 4830 1024 1439每个月都有进账，就是不还钱，你劝劝她。",
     [(P, "谢雨欣"), (BC, "6228 4830 1024 1439")], [D, S, U]),
    ("sms", "third_party", "您好，您的联系人何俊杰的手机号17645669370已停机，如您知道他的新号码，请回复本短信。",
     [(P, "何俊杰"), (MB, "17645669370")], [D, U]),
    ("call", "third_party", "坐席：喂你好 我找一下陈志强\n联系人：打错了吧 我不认识\n坐席：哦不好意思 那我们把这个号码删掉 不再打扰了",
     [(P, "陈志强")], []),
    ("sms", "third_party", "你同事唐国栋欠我们平台的钱，他身体不好在吃降压药，这个我们理解，但钱还是要还的，麻烦你跟他说一声。",
     [(P, "唐国栋")], [D, S]),
]

# --- WeChat groups: groups a collector builds from the phone book, and the platforms' own user groups ----------

WECHAT_GROUPS: list[PiplEntry] = [
    ("app", "third_party", "[群聊·付佳怡亲友群] 各位好，拉大家进群是因为付佳怡在青禾钱包借款逾期70天，欠款6,480元，身份证32098119941207 7382，请各位亲友督促她还款。",
     [(P, "付佳怡"), (P, "付佳怡"), (ID, "32098119941207 7382")], [D, U]),
    ("app", "third_party", "[群聊] 付佳怡的朋友们，她每周二四在省二医院看心理科，她自己说的没钱，但是看病有钱。大家评评理。",
     [(P, "付佳怡")], [D, S]),
    ("app", "unknown", "【金橘分期用户交流群】群公告：本群仅用于还款政策答疑。请勿在群内发送自己或他人的身份证号、银行卡号、手机号，违者移出群聊。",
     [], []),
    ("app", "third_party", "[群聊·冉小勇同学群] 各位，这是冉小勇，家住重庆市渝北区金开大道1306号渝悦华庭2栋14-3，他爸冉德贵电话18240179469，欠钱不还，谁认识的帮忙转告。",
     [(P, "冉小勇"), (P, "冉小勇"), (A, "重庆市渝北区金开大道1306号渝悦华庭2栋14-3"), (P, "冉德贵"), (MB, "18240179469")], [D, U, X]),
    ("app", "unknown", "【青禾钱包官方服务群】群公告：青禾钱包从未建立任何“催收群”或“亲友群”。如有人以青禾钱包名义拉您进群并发布他人借款信息，请截图举报至4006187732。",
     [], []),
    ("app", "third_party", "[群聊] @所有人 各位是黄子豪手机里的联系人，他那笔账拖了快两个月了，大家心里有个数，以后借钱给他注意点。",
     [(P, "黄子豪")], [D]),
    ("app", "third_party", "[群聊·向家亲戚] 向春花在外面欠了网贷，她娘家在衡阳县西渡镇梅花村五组23号，她老公龙建华在长沙开网约车，各位亲戚帮忙劝劝。",
     [(P, "向春花"), (A, "衡阳县西渡镇梅花村五组23号"), (P, "龙建华")], [D, X]),
    ("app", "third_party", "[群聊] 大家好，我是熊建国的债权方代表。熊建国是基督徒，每个礼拜天在南岸区福音堂做礼拜，教会的弟兄姊妹都看看这个信主的人是怎么做人的。",
     [(P, "熊建国"), (P, "熊建国")], [D, S]),
    ("app", "third_party", "[群聊·邓伟工友群] 邓伟，卡号6214 8388 7871 8720 376，借了金橘分期的钱不还，工友们都认识他吧",
     [(P, "邓伟"), (P, "邓伟"), (BC, "6214 8388 7871 8720 376")], [D, U]),
]

# --- employers and landlords -------------------------------------------------------------------------------------

EMPLOYERS_LANDLORDS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂您好，是广西宏远物流人事部吗？\n第三方：是的\n坐席：你们公司是不是有个叫覃海燕的？她在我们金橘分期借钱逾期四十多天了，你们能不能从她工资里扣？\n第三方：我们不能这么做",
     [(P, "覃海燕")], [D]),
    ("call", "third_party", "坐席：您好，请问是广西宏远物流前台吗？我想找一下覃海燕女士，她电话打不通，麻烦您转告她回个电话，谢谢。\n第三方：好的我跟她说",
     [(P, "覃海燕")], []),
    ("email", "third_party", "致广西宏远物流有限公司人力资源部：\n贵司员工覃海燕（身份证号452123199101174162）在我司平台借款6,200元，已逾期48天。请贵司协助督促其履行还款义务，并提供其现住址。\n南宁金橘网络小额贷款有限公司 贷后管理部",
     [(P, "覃海燕"), (ID, "452123199101174162")], [D, U]),
    ("notice", "third_party", "致柳州恒力机械有限公司行政部：\n兹有我司致贵司员工吴浩然先生的信函一封（已密封），因无法与其本人取得联系，恳请贵司代为转交。信函内容仅涉及其个人事务，不需要贵司采取任何行动。\n联系人：陈先生\n联系电话：0591-87653320",
     [(P, "吴浩然"), (LL, "0591-87653320")], []),
    ("sms", "third_party", "王老板你好，你那个房子的租客黄子豪，住石井滘心村东约三巷12号的，在我们平台借钱不还，你看着处理一下，别让他跑了。",
     [(P, "黄子豪"), (A, "石井滘心村东约三巷12号")], [D]),
    ("sms", "third_party", "房东您好，我们在找您的租户黄先生，他的手机号码停机了，如方便请告知他回拨020-38417752，谢谢。",
     [(LL, "020-38417752")], []),
    ("call", "third_party", "坐席：喂你好，你是那个渝悦华庭的物业吧？14-3那家的冉小勇，在速享借欠款，人又找不到，他每天几点出门你们监控能不能看一下？\n第三方：这个不能给你看",
     [(P, "冉小勇")], [D]),
    ("call", "third_party", "坐席：您好，请问是福建众联人力资源的吗？我找一下派遣在你们那边的员工杨帆，他是不是还在你们那上班？\n第三方：你是哪位\n坐席：我是他朋友，有急事找他，您能帮我转告一下吗？\n第三方：行",
     [(P, "杨帆")], []),
    ("email", "third_party", "您好，蒋涛在贵校后勤处工作，我司作为金橘分期合作方，特函告：其借款已逾期66天，应还4,102元。其妻子蒋丽的手机15291765773也一直不接，请贵校督促。\n成都蓉信商务信息咨询有限公司",
     [(P, "蒋涛"), (P, "蒋丽"), (MB, "15291765773")], [D, U, X]),
    ("call", "third_party", "坐席：喂，你是何俊杰的房东吧？他上个月在我们这借的钱没还，他是不是在你那租的房子，每天晚上几点回来？\n第三方：他早搬走了",
     [(P, "何俊杰")], [D]),
    ("notice", "third_party", "致郑州鑫达电子人力资源服务中心：\n我司工作人员将于近期联系员工曾凡宇先生，现其本人联系电话无法接通，请贵中心在不透露任何信息的前提下，告知其拨打0371-65932108，我司在此表示感谢。\n郑州弘泰企业管理咨询有限公司",
     [(P, "曾凡宇"), (LL, "0371-65932108")], []),
    ("sms", "third_party", "刘老板，你店里那个收银员卢芳在我们这有笔账没处理，她这个月工资你先别发给她，我们过来拿。",
     [(P, "卢芳")], [D]),
    ("call", "third_party", "坐席：您好，请问是邓伟的单位吗？\n第三方：你哪里\n坐席：我这边是蓉信商务，找他核实一下个人信息，请问他还在你们公司上班吗？\n第三方：你是催收的吧\n坐席：是的，他在金橘分期有笔借款，我们只是核实，不会打扰你们工作。",
     [(P, "邓伟")], [D]),
]
# --- skip-tracing notes and visit reports, passed inside the platforms and agencies ------------------------------

SKIP_TRACING: list[PiplEntry] = [
    ("notice", "unknown", "失联修复记录｜案件号DH-24-031877\n借款人：黄子豪\n修复结果：通过外卖平台收货记录，查到其近一个月常住地址为广州市白云区石井街滘心村东约三巷12号，工作日早7:50出门，晚10点后回。\n下一步：安排外访。",
     [(P, "黄子豪"), (A, "广州市白云区石井街滘心村东约三巷12号")], [S]),
    ("notice", "unknown", "外访报告\n案件：QH-LOAN-88213（青禾钱包）\n外访人员：罗斌、王涛（两人，均出示工作证）\n时间：3月12日15:20\n地点：借款人户籍地址\n情况：敲门无人应答，留下联系卡一张，未与邻居交谈。\n结论：待电话跟进。",
     [(P, "罗斌"), (P, "王涛")], []),
    ("email", "unknown", "修复进展：冉小勇，身份证500112198404230546，新号码15798912796（移动，实名本人），近期在南岸区一家火锅店做服务员，上夜班，凌晨两点下班。",
     [(P, "冉小勇"), (ID, "500112198404230546"), (MB, "15798912796")], [S, U]),
    ("notice", "unknown", "外访报告｜弘泰咨询\n借款人：曾凡宇\n地址：郑州市金水区农业路东18号院3号楼2单元501\n情况：其妻韩梅开门，称借款人在港区电子厂上夜班，每周一三五下午六点出门，周末在家带孩子。孩子曾子涵在金水区纬五路第二小学读三年级。",
     [(P, "曾凡宇"), (A, "郑州市金水区农业路东18号院3号楼2单元501"), (P, "韩梅"), (P, "曾子涵")], [S, X]),
    ("notice", "unknown", "外访预约单\n借款人：钟永福（已电话同意）\n约定时间：5月8日上午10点\n约定地点：借款人指定的桂林市七星区穿山东路7号社区服务中心一楼\n外访人员：两名，着工装，携带委托书",
     [(P, "钟永福"), (A, "桂林市七星区穿山东路7号")], []),
    ("email", "unknown", "查询结果：卢芳（护照号E63815207，港澳通行证C58204736），出入境记录显示4月2日从罗湖口岸出境，4月9日入境，疑似每月赴港一次。",
     [(P, "卢芳"), (PP, "E63815207"), (PP, "C58204736")], [S, U]),
    ("email", "unknown", "车辆线索：借款人欧阳明名下车辆桂A·5Q736，停车场记录显示其每晚在青秀区凤岭北一带过夜，周末常去东盟商务区一家健身房。",
     [(P, "欧阳明"), (PL, "桂A·5Q736")], [S]),
    ("notice", "unknown", "外访记录：借款人欧阳明本人在家，同意面谈。双方确认欠款金额3,820元，借款人承诺本月28日前还款1,000元，余款分三期。其车辆桂A·5Q736不涉及本次借款，未作记录。",
     [(P, "欧阳明"), (PL, "桂A·5Q736")], []),
    ("email", "unknown", "补充信息：借款人龙建华（身份已核），网约车司机，车牌湘A·7K2Q9，每天早六点出车，晚上在长沙南站排队拉客；其妻潘雪怀孕，在市妇幼住院保胎。",
     [(P, "龙建华"), (PL, "湘A·7K2Q9"), (P, "潘雪")], [S, X]),
    ("email", "unknown", "线索汇总：谭红 430102198404195428 目前在省肿瘤医院七病区化疗，每周二、周五输液；其子谭小军在麓山双语实验中学初二（6）班。",
     [(P, "谭红"), (ID, "430102198404195428"), (P, "谭小军")], [S, U, X]),
    ("notice", "unknown", "外访报告\n借款人：苏晴\n外访结果：家属称借款人近期身体原因不便见面。已停止外访，建议平台暂停催收90天。\n外访人员：周磊、钱峰",
     [(P, "苏晴"), (P, "周磊"), (P, "钱峰")], []),
    ("email", "unknown", "关于借款人熊建国的修复：其每周日上午9点至11点在南岸区福音堂聚会，可安排在此时段于教堂门口等候。手机13803265416已验证。",
     [(P, "熊建国"), (MB, "13803265416")], [S, U]),
]

# --- quality-check sheets, complaint tickets and their replies ----------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0613-112\n坐席工号：DH-2217\n问题：通话中向借款人逐位念出其完整身份证号码，违反公司信息展示规范。\n处理：扣减当月质检分5分，重新培训。",
     [], []),
    ("notice", "unknown", "质检单 QC-0613-118\n坐席：DH-2231\n录音摘要：坐席对客户说“你身份证是513922198208180730吧”，属于违规展示完整证件号。\n处理：警告一次。",
     [(ID, "513922198208180730")], [U]),
    ("notice", "unknown", "投诉工单 #C240518-11\n投诉人：郭小兰，手机13649165290，身份证32098119970604798X\n诉求：停止骚扰其母亲\n处理人：客服三组",
     [(P, "郭小兰"), (MB, "13649165290"), (ID, "32098119970604798X")], [U]),
    ("notice", "unknown", "质检单 QC-0702-003\n问题：坐席在通话中提到客户正在住院化疗的情况并以此施压。判定违规。\n整改：涉及客户健康状况的信息一律不得在通话中提及，仅可在协商时由客户本人主动说明。",
     [], []),
    ("email", "unknown", "工单回访：投诉人何俊杰（17645669370）反映其母亲李秀琴（13864542968）每天接到三四个催收电话，已安排核查。另：其父何建华在县供电所上班，其妹何俊敏在读大专，均可作为后续沟通对象。",
     [(P, "何俊杰"), (MB, "17645669370"), (P, "李秀琴"), (MB, "13864542968"), (P, "何建华"), (P, "何俊敏")], [U, X]),
    ("notice", "debtor", "付佳怡女士：关于您的投诉，我们已核实。您反映的催收员提及您女儿学校的问题属实。涉及您女儿的全部信息已从催收系统删除，涉事人员已停止为我司提供服务。",
     [(P, "付佳怡")], []),
    ("email", "unknown", "质检复核：坐席在与借款人通话时，借款人称最近身体不好、看病花销大，坐席回复“理解，先按最低还款处理”。复核结论：合规，无需处理。",
     [], []),
    ("notice", "unknown", "投诉工单 #C240603-02\n投诉人：唐国栋\n内容：催收人员知道其银行卡余额。\n核查：坐席在通话中读出了其卡号6259 6509 2701 7906 770及余额。\n处理：坐席解约，案件收回。",
     [(P, "唐国栋"), (BC, "6259 6509 2701 7906 770")], [U]),
    ("email", "unknown", "投诉单补充：投诉人蒋涛，现住成都市武侯区科华北路62号锦华大厦南楼1108，其妻蒋丽在区医院上班，其父蒋德明开五金店，其妹蒋小雨在读大学，可作为后续沟通对象。",
     [(P, "蒋涛"), (A, "成都市武侯区科华北路62号锦华大厦南楼1108"), (P, "蒋丽"), (P, "蒋德明"), (P, "蒋小雨")], [X]),
]
# --- e-mails between the platforms and their agencies --------------------------------------------------------------

AGENCY_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：risk_ops@qinghe-fin.com.cn\n收件人：case@dingheng-am.com\n主题：5月委外案件清单\n鼎衡各位好，附件为本月委外案件312户，证件号、手机号均已按规范脱敏（如4301**********9911、138****3483）。请勿以任何方式还原。",
     [(EM, "risk_ops@qinghe-fin.com.cn"), (EM, "case@dingheng-am.com")], []),
    ("email", "unknown", "主题：急催案件\n彭丽娟，以下三户今天必须出结果：\n1. 蒋涛 513922197908144955 137 4888 9525\n2. 邓伟 510681200010234861 155 8872 6429\n3. 韩梅 410105197910096685 186 9927 1291\n谢谢。",
     [(P, "彭丽娟"), (P, "蒋涛"), (ID, "513922197908144955"), (MB, "137 4888 9525"), (P, "邓伟"),
      (ID, "510681200010234861"), (MB, "155 8872 6429"), (P, "韩梅"), (ID, "410105197910096685"),
      (MB, "186 9927 1291")], [U]),
    ("email", "unknown", "各合作机构：根据《个人信息保护法》第二十一条及委托协议，贵司仅可在委托范围内使用借款人信息。严禁联系与债务无关的第三人，严禁使用借款人的健康、宗教、行踪等敏感信息施压。违者立即终止合作。\n青禾钱包 合规部",
     [], []),
    ("email", "unknown", "发件：ops@suixiang-credit.cn\n附件案件补充信息：借款人杨帆，父亲杨国强 13941300501，母亲李红 18927904534，前女友周蕾 17358486232，均可作为施压对象。",
     [(EM, "ops@suixiang-credit.cn"), (P, "杨帆"), (P, "杨国强"), (MB, "13941300501"), (P, "李红"),
      (MB, "18927904534"), (P, "周蕾"), (MB, "17358486232")], [U, X]),
    ("email", "unknown", "回复：关于案件SX-2024-60311\n平台老师好，该户借款人已提供住院证明（胰腺炎），我司已暂停催收。证明原件已回传，请平台核验后决定是否减免。\n穗安科技 贷后一部",
     [], [S]),
    ("email", "unknown", "平台老师您好，该户借款人提出因病无法还款，已提交相关证明材料，我司已暂停催收，等待平台审批减免。",
     [], []),
    ("email", "unknown", "金橘这边补一下覃海燕的资料：南宁市西乡塘区大学东路98号，单位广西宏远物流，月薪6800，工资卡在本地城商行，每月5号发薪。老公韦志明在玉林开货车。",
     [(P, "覃海燕"), (A, "南宁市西乡塘区大学东路98号"), (P, "韦志明")], [S, X]),
    ("email", "unknown", "To: qc@rongxin-biz.cn\n蓉信质检部：请于本周五前回传6月全部外呼录音的质检结果，抽检比例不低于10%。附件中的案件号可直接在系统检索，邮件内不附借款人个人信息。",
     [(EM, "qc@rongxin-biz.cn")], []),
    ("email", "unknown", "各位，借款人卢芳的银行卡：4367 4241 8640 2534，最近一笔入账是4月3日的一万二，疑似年终奖。请重点跟进。",
     [(P, "卢芳"), (BC, "4367 4241 8640 2534")], [S, U]),
    ("email", "unknown", "主题：关于唐国栋一案\n该借款人是穆斯林，每周五中午去清真寺做主麻，建议安排人员在清真寺附近与其面谈，效果会好一些。",
     [(P, "唐国栋")], [S]),
    ("email", "unknown", "回复平台：关于要求补充借款人家庭成员信息一事，根据委托协议和最小必要原则，我司不需要也不接收借款人家庭成员的姓名和号码，请平台勿再发送。",
     [], []),
    ("email", "unknown", "附：谢雨欣一家的联系方式\n父亲谢长青 15163993522\n母亲 王凤 18806991093\n弟弟谢雨航（在读高中）15861194421\n家庭住址：长沙市雨花区劳动东路139号新城新世界7栋2103",
     [(P, "谢雨欣"), (P, "谢长青"), (MB, "15163993522"), (P, "王凤"), (MB, "18806991093"), (P, "谢雨航"),
      (MB, "15861194421"), (A, "长沙市雨花区劳动东路139号新城新世界7栋2103")], [U, X]),
    ("email", "unknown", "发件人：legal@jinju-fq.com\n鼎衡：贵司坐席在6月12日通话中提及借款人子女就读学校，已构成违规。请在三个工作日内提交整改报告。",
     [(EM, "legal@jinju-fq.com")], []),
    ("email", "unknown", "刘婷婷这户请注意：她在桂林一家私立医院做过两次人流，可以从这个角度跟她家里人沟通。",
     [(P, "刘婷婷")], [S]),
]

# --- replies to complaints a regulator passed on -------------------------------------------------------------------

REGULATOR_REPLIES: list[PiplEntry] = [
    ("notice", "debtor", "尊敬的向春花女士：\n您通过重庆市地方金融管理局转来的投诉已收悉。经核查，我司委外机构人员曾在通话中提及您的下班时间和通勤路线，该行为违反我司《合作机构催收行为规范》第七条，我司已终止与该人员的合作，并对涉及您的相关信息进行了删除。\n针对您提出的还款困难，我司可为您办理以下任一方案：（一）自本月起停息挂账，剩余本金2,860元分12期偿还；（二）一次性偿还本金2,600元即可结清。请您在30日内通过App“还款协商”入口或致电4006187732选择。\n核查及协商期间，我司不会安排任何电话或上门催收。如您对本回复仍有异议，可向重庆市地方金融管理局申请复核。\n特此回复。\n重庆青禾网络小额贷款有限公司",
     [(P, "向春花")], []),
    ("notice", "debtor", "投诉回复函\n投诉人：陈志强\n身份证号：430124200205249911\n银行卡号：6217991016216735804\n经核实，您在我司的借款尚欠2,340.55元，投诉事项不属实。",
     [(P, "陈志强"), (ID, "430124200205249911"), (BC, "6217991016216735804")], [U]),
    ("email", "unknown", "致广西地方金融管理局：\n关于投诉人覃海燕（身份证452123199101174162，手机15508702455）反映我司催收人员联系其单位一事，经调查情况属实，现已整改。",
     [(P, "覃海燕"), (ID, "452123199101174162"), (MB, "15508702455")], [U]),
    ("notice", "debtor", "韦冬梅女士：您向金融管理局反映的问题我司已收到。鉴于您子宫肌瘤手术后仍在恢复期、收入中断，我司同意为您办理6个月延期，延期期间不计罚息。如有疑问请致电4008592216。",
     [(P, "韦冬梅")], [S]),
    ("notice", "debtor", "韦冬梅女士：您向金融管理局反映的问题我司已收到。我司同意为您办理6个月延期，延期期间不计罚息。如有疑问请致电4008592216。",
     [(P, "韦冬梅")], []),
    ("email", "unknown", "监管转办件回复：投诉人钟永福，住桂林市七星区穿山东路7号院4栋302，现年63岁，独居，靠每月1,800元退休金生活，另有高血压、糖尿病，已同意减免。",
     [(P, "钟永福"), (A, "桂林市七星区穿山东路7号院4栋302")], [S, X]),
    ("email", "unknown", "金融管理局各位领导：投诉人马骏称其母亲接到催收电话。经查，系合作机构越权联系，已责令整改，并将该机构暂停派案一个月。马骏的借款余额不在本次答复范围内。",
     [(P, "马骏"), (P, "马骏")], []),
    ("notice", "debtor", "熊建国先生：针对您投诉我司合作机构人员在群聊中散布您宗教信仰一事，我司经核实后确认属实，已解除与该机构的合作，并向您郑重致歉。",
     [(P, "熊建国")], []),
    ("email", "unknown", "关于投诉人苏晴：其称怀孕期间遭催收。经查，苏晴现怀孕30周，在市妇幼保健院产检，预产期7月14日，丈夫杨军（19935111204）。已暂停催收。",
     [(P, "苏晴"), (P, "苏晴"), (P, "杨军"), (MB, "19935111204")], [S, U, X]),
]
# --- letters to borrowers ----------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：QH-CS-2024-06117\n借款人：黄子豪（身份证号4401********2273）\n借款平台：青禾钱包\n逾期天数：58天\n应还金额：3,412.80元\n请于2024年7月15日前通过青禾钱包App还款。如对欠款有异议，请在收到本函后7日内致电4006187732提出。\n重庆青禾网络小额贷款有限公司（盖章）\n2024年7月1日",
     [(P, "黄子豪")], []),
    ("notice", "debtor", "还款通知书\n致：何俊杰\n身份证号：411324199410222200\n还款卡号：6217995475035926\n您于2023年9月在金橘分期的借款已逾期75天，尚欠本金3,000元、利息及罚息412.60元。请于收到本通知后10日内还款。\n南宁金橘网络小额贷款有限公司",
     [(P, "何俊杰"), (ID, "411324199410222200"), (BC, "6217995475035926")], [U]),
    ("notice", "debtor", "律师函\n致：冉小勇先生\n地址：重庆市渝北区金开大道1306号渝悦华庭2栋14-3\n本所受重庆青禾网络小额贷款有限公司（以下简称“委托人”）委托，就您与委托人之间的借款合同纠纷一事，郑重致函如下：\n一、您于2023年8月14日通过青禾钱包App向委托人借款4,500元，约定分12期偿还。自2024年2月起，您未再按期还款。截至本函出具之日，您尚欠本金3,912.40元、利息及逾期罚息1,293.60元，合计5,206.00元。\n二、请您于收到本函之日起15日内与委托人联系，协商还款方案。委托人可视您的实际情况提供分期或减免罚息的安排。\n三、如您对上述欠款金额有异议，可在同一期限内向委托人或本所书面提出，并附相关凭证，委托人将予以核实。\n四、如您在上述期限内既未还款也未协商，本所将根据委托人的授权，依法向有管辖权的人民法院提起诉讼，诉讼费用按法院判决承担。\n本函仅寄送您本人，本所及委托人不会向您的家属、单位或其他第三人披露本函内容。\n特此函告。\n重庆渝信律师事务所 律师：林卫东\n电话：023-67328815",
     [(P, "冉小勇"), (A, "重庆市渝北区金开大道1306号渝悦华庭2栋14-3"), (P, "林卫东"), (LL, "023-67328815")], []),
    ("notice", "debtor", "律师函\n致：冉小勇（身份证500112198404230546，手机15798912796）\n你父亲冉德贵（住重庆市渝北区金开大道1306号渝悦华庭2栋14-3）、你姐姐冉小琴（重庆市第九人民医院护士）均已知悉你的欠款情况。请于15日内还款。",
     [(P, "冉小勇"), (ID, "500112198404230546"), (MB, "15798912796"), (P, "冉德贵"),
      (A, "重庆市渝北区金开大道1306号渝悦华庭2栋14-3"), (P, "冉小琴")], [U, X]),
    ("notice", "debtor", "協商還款通知\n歐陽明先生：\n您在金橘分期之借款尚欠3,820元。本公司可提供分期方案，每期不低於500元。如有疑問，請於週一至週五致電（0771）5628304。\n南寧金橘網絡小額貸款有限公司",
     [(P, "歐陽明"), (LL, "（0771）5628304")], []),
    ("notice", "debtor", "催告函\n郭小兰：\n你于2023年12月向青禾钱包借款4,000元，逾期至今未还。我司受托多次致电、发短信，你均不予理睬。我司已掌握你的全部情况：你的女儿郭欣怡就读于长沙市雨花区桂塘小学一年级，每天下午四点由你母亲接送；你的工作单位为长沙市芙蓉区五一大道389号金麓大酒店餐饮部，每周二休息。你作为一个母亲、一个有正当职业的人，理应珍惜自己的名誉和家庭的安宁。望你在收到本函后三日内主动联系我司，结清欠款，以免事态扩大，给你本人及家人带来不必要的麻烦。\n湖南鼎衡资产管理有限公司",
     [(P, "郭小兰"), (P, "郭欣怡"), (A, "长沙市芙蓉区五一大道389号")], [S, X]),
    ("notice", "debtor", "结清证明\n兹证明借款人刘婷婷（身份证号3708**********6439）在我司青禾钱包平台的借款已于2024年6月30日全部结清，双方债权债务关系终止。\n重庆青禾网络小额贷款有限公司",
     [(P, "刘婷婷")], []),
    ("notice", "debtor", "协商还款确认书\n借款人：蒋涛\n身份证号码：513922197908144955\n收款账户：6216 6102 6802 4091（借款人名下）\n约定每月20日还款400元，共11期。",
     [(P, "蒋涛"), (ID, "513922197908144955"), (BC, "6216 6102 6802 4091")], [U]),
    ("notice", "debtor", "致吴浩然先生的一封信\n吴先生您好，我们多次致电未能联系上您。您的借款逾期已超过60天，我们希望与您协商一个您能承受的还款方案。本信仅寄给您本人，不会告知您的家人或单位。\n速享借 客户服务中心",
     [(P, "吴浩然")], []),
]

# --- identifiers in every written and spoken form ------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【青禾钱包】您的身份证：４５２１２３１９７８０２０５２８０４，借款已逾期，请核对。",
     [(ID, "４５２１２３１９７８０２０５２８０４")], [U]),
    ("sms", "debtor", "核对信息：身份证 130984-19940803-2273，逾期金额1,880元，请回电。",
     [(ID, "130984-19940803-2273")], [U]),
    ("app", "debtor", "莫丽清：\n身份证号\n41010520011009730X\n请确认是否本人，回复“是”或“否”。",
     [(P, "莫丽清"), (ID, "41010520011009730X")], [U]),
    ("call", "debtor", "坐席：你身份证最后一位是叉对吧 全号是四幺零幺零五幺九八三零八幺七幺九四叉\n客户：对",
     [(ID, "四幺零幺零五幺九八三零八幺七幺九四叉")], [U]),
    ("sms", "debtor", "你的老身份证号500236670726826也在我们系统里，换了新证也没用。",
     [(ID, "500236670726826")], [U]),
    ("sms", "debtor", "您的还款卡6225.8833.4957.5907扣款失败，请处理。",
     [(BC, "6225.8833.4957.5907")], [U]),
    ("app", "debtor", "还款卡号:6222025621589163余额不足，今日22点前请充值。",
     [(BC, "6222025621589163")], [U]),
    ("call", "debtor", "坐席：你那个卡号我报一下啊 六二幺四 八三四幺 二六二八 幺九幺四 七六八 是这张吧\n客户：嗯",
     [(BC, "六二幺四 八三四幺 二六二八 幺九幺四 七六八")], [U]),
    ("sms", "debtor", "回电请拨：+86 185-5116-7770（专员手机号，仅限工作时间）",
     [(MB, "185-5116-7770")], []),
    ("sms", "debtor", "借款人手机0086 18783306435 已欠费停机，请更新联系方式。",
     [(MB, "18783306435")], [U]),
    ("sms", "debtor", "您登记的号码１５６５５２９０１１２将于明日起停用催收提醒，如需继续接收请回复Y。",
     [(MB, "１５６５５２９０１１２")], [U]),
    ("call", "debtor", "坐席：你那个新号是 幺九幺洞五 四九二 六四八 吧 我们已经查到了\n客户：……",
     [(MB, "幺九幺洞五 四九二 六四八")], [U]),
    ("email", "unknown", "护照信息：E A 4 7 1 8 2 6 3（借款人欧阳明），已核实出境记录。",
     [(PP, "E A 4 7 1 8 2 6 3"), (P, "欧阳明")], [U]),
    ("call", "debtor", "坐席：你那本老护照G三八二零五七一六 是不是还没过期\n客户：过期了",
     [(PP, "G三八二零五七一六")], [U]),
    ("sms", "debtor", "回乡证H10374829持有人梁家豪先生，您在金橘分期的借款已逾期，请尽快处理。",
     [(PP, "H10374829"), (P, "梁家豪")], [U]),
    ("email", "unknown", "澳门居民马嘉欣，回乡证M20583716，借款8,000元，逾期30天，请蓉信跟进。",
     [(P, "马嘉欣"), (PP, "M20583716")], [U]),
    ("app", "debtor", "客服：为核实身份，请输入身份证号前6位和后4位。\n用户：452123 4162\n客服：核实通过，谢谢您。", [], []),
    ("call", "debtor", "坐席：您好，核对一下您的手机号后四位是幺二九幺吗\n客户：是的\n坐席：好，谢谢。", [], []),
    ("sms", "debtor", "客户您好，您的身份证号：36073119xxxxxxxx21，逾期已超30天。",
     [], []),
    ("email", "unknown", "工作交接：专员张磊离职，其负责的案件转给李敏，李敏工作手机15124461354，座机0731-84612275转8012。",
     [(P, "张磊"), (P, "李敏"), (P, "李敏"), (MB, "15124461354"), (LL, "0731-84612275")], []),
]

# --- decoys: numbers of the identifiers' shapes that fail their checks ------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【青禾钱包】您的借款合同编号530381200004235497，本期应还1,102元，请按时还款。", [], []),
    ("app", "debtor", "订单号：320981198206193843，借款3,000元，状态：已逾期。借款人：罗丽萍，身份证号510681198402111422。点击查看详情。",
     [(P, "罗丽萍"), (ID, "510681198402111422")], [U]),
    ("sms", "debtor", "【金橘分期】您的还款流水号6228483010241434已受理，扣款卡6228483010241439，资金将于1个工作日内到账。",
     [(BC, "6228483010241439")], [U]),
    ("email", "unknown", "设备号10637705616登录异常，关联借据号5813722538936989，借款人实名手机18551167770，请风控复核。",
     [(MB, "18551167770")], [U]),
    ("sms", "debtor", "【速享借】您的借据号1284337669823258796已结清，感谢使用。", [], []),
    ("app", "debtor", "投诉受理编号11679786734，您反映的骚扰来电号码已记录。您本人的登记手机为17561792143，我们将在3个工作日内回复至该号码。",
     [(MB, "17561792143")], [U]),
    ("notice", "unknown", "外访设备IMEI 410105841713400，录音文件编号522126602519422，请质检调取。", [], []),
    ("sms", "debtor", "【青禾钱包】您的借款申请单号421023198502097411审批通过，借款人身份证370826200211128280，放款金额2,000元。",
     [(ID, "370826200211128280")], [U]),
    ("app", "debtor", "退款单号6633694927987999989，退还多扣款项36.50元，预计3日内到账。", [], []),
    ("sms", "debtor", "【速享借】您好，陈志强，您的借款申请已受理，订单号320981199401116714，身份证430124200205249911已完成实名校验。",
     [(P, "陈志强"), (ID, "430124200205249911")], [U]),
    ("email", "unknown", "回传：交易流水3262742174788315、3892227816389232已对账一致。", [], []),
    ("sms", "debtor", "借款人黄子豪的欠款已逾期，身份证尾号2273，手机尾号0060，请本人回电。",
     [(P, "黄子豪")], []),
    ("call", "debtor", "坐席：您的合同号我念一下 五三零三八幺幺九九二幺幺二零六四六叉 您记一下 在App里能查到\n客户：好",
     [], []),
]
# --- sensitive data, each beside a near-miss that stays lawful -------------------------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【速享借】系统显示您昨晚23:47的登录定位在南宁市青秀区一家快捷酒店，今早8:10在西乡塘区，说明您并未失联，请立即还款。",
     [], [S]),
    ("sms", "debtor", "【速享借】系统显示您近期有登录记录，说明手机可以正常使用，请及时查看还款提醒并处理。", [], []),
    ("app", "debtor", "你儿子谭小军在麓山双语读初二，马上要中考了，做妈妈的欠钱不还，让孩子以后怎么抬头？",
     [(P, "谭小军")], [S, X]),
    ("app", "debtor", "我们理解您要照顾孩子读书，开销很大。如需调整还款日或分期，请在App内提交申请。", [], []),
    ("call", "debtor", "坐席：刘婷婷，你去年在桂林那家医院做的那两次手术，你家里人知道吗？\n客户：你什么意思\n坐席：没什么意思，就是提醒你还钱。",
     [(P, "刘婷婷")], [S]),
    ("call", "debtor", "坐席：刘女士您好，我是青禾钱包的客服，您的借款逾期了，今天方便聊一下还款安排吗？\n客户：我最近做了个手术，身体还没恢复\n坐席：好的，那您先休息，我这边帮您申请延后两周，到时候再联系您。",
     [], []),
    ("sms", "debtor", "何俊杰，你妈李秀琴在县医院查出来肝癌晚期，你还有心思躲债？",
     [(P, "何俊杰"), (P, "李秀琴")], [S, X]),
    ("sms", "debtor", "何先生您好，得知您家中有人生病，如还款确有困难，可回复“困难”，我们会安排专员与您协商，协商期间暂停催收。",
     [], []),
    ("app", "debtor", "周晓燕你每周三下午都在桂花路那家麻将馆打牌，打到晚上九点，有钱打牌没钱还账？",
     [(P, "周晓燕")], [S]),
    ("app", "debtor", "周女士，您的借款已逾期5天。我们的工作时间为每天9:00-21:00，您可以选择方便的时间回电，也可以在App内留言预约。", [], []),
    ("sms", "debtor", "邓伟，你那个公积金账户里还有两万三，提出来就能还了，别跟我说没钱。",
     [(P, "邓伟")], [S]),
    ("sms", "debtor", "邓先生您好，如您暂时无力一次性还款，可申请分期，首期最低只需还款300元。", [], []),
    ("call", "debtor", "坐席：潘雪，你现在怀孕几个月了？是不是快生了？生孩子要花钱，你把欠款先结了再说。\n客户：你管我几个月",
     [(P, "潘雪")], [S]),
    ("call", "debtor", "坐席：您好，请问是潘雪女士吗？\n客户：是，我怀孕了，最近实在没办法\n坐席：明白，那我这边给您办暂停催收，产后三个月内我们都不会主动联系您，您保重。",
     [(P, "潘雪")], []),
    ("sms", "debtor", "莫小军，你在柳州市残联登记的是肢体二级残疾，每月领残疾人护理补贴，别拿残疾当借口。",
     [(P, "莫小军")], [S]),
    ("sms", "debtor", "【金橘分期】持有残疾人证、低保证等的用户，可申请免除罚息。申请方式：App-我的-特殊人群帮扶。", [], []),
    ("email", "unknown", "补充：借款人蒙志刚有吸毒前科，2019年被强制隔离戒毒两年，可据此判断其还款意愿。",
     [(P, "蒙志刚")], [S]),
    ("sms", "debtor", "冉小勇 你每天凌晨两点从南岸区那家火锅店下班 走的是那条小路 我门知道",
     [(P, "冉小勇")], [S]),
    ("sms", "debtor", "冉先生您好，如您工作时间特殊，可告知我们方便联系的时间段，我们会按您的时间安排回访。", [], []),
    ("app", "debtor", "卢芳，你每个月都去一趟香港，有钱出境没钱还钱？下次过关之前先把账结了。",
     [(P, "卢芳")], [S]),
    ("app", "debtor", "【温馨提示】出境旅行前请确认账户无逾期，逾期可能影响您在本平台的信用额度。", [], []),
    ("call", "debtor", "坐席：曾凡宇 你那个征信报告我们拉了 信用卡有三张都逾期了 房贷也断了两个月 你自己心里有数吧\n客户：这你们也能查",
     [(P, "曾凡宇")], [S]),
    ("call", "debtor", "坐席：曾先生，我们是按照借款合同在征信授权范围内报送逾期信息的，报送前会提前通知您。您还有什么疑问吗？\n客户：没有了",
     [], []),
]

# --- more personal data than the message needs, each beside one that keeps to the need --------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【青禾钱包】陈志强，您的借款逾期24天。经核实您现住长沙市岳麓区桐梓坡路168号金星小区3栋1502，在中盛建设集团做施工员，请尽快还款。",
     [(P, "陈志强"), (A, "长沙市岳麓区桐梓坡路168号金星小区3栋1502")], [X]),
    ("sms", "debtor", "【青禾钱包】陈志强，您的借款逾期24天，应还2,340.55元，请尽快登录App还款：qh8.cn/r/7Kx2", [(P, "陈志强")], []),
    ("app", "debtor", "韩梅，你老公曾凡宇、你公公曾庆山（13909983732）、你小姑子曾凡丽都知道你借钱的事吗？",
     [(P, "韩梅"), (P, "曾凡宇"), (P, "曾庆山"), (MB, "13909983732"), (P, "曾凡丽")], [U, X]),
    ("app", "debtor", "韩女士，您的借款已逾期，请尽快处理。如您希望由家人代为沟通，需先在App内提交授权。", [], []),
    ("email", "unknown", "外访需求：借款人吴浩然，家住柳州市城中区文惠路9号5栋3单元402，其妻黄丽娟在柳州市城中区人民医院药房上班，岳父黄建业开五金店，请一并走访。",
     [(P, "吴浩然"), (A, "柳州市城中区文惠路9号5栋3单元402"), (P, "黄丽娟"), (P, "黄建业")], [X]),
    ("email", "unknown", "外访需求：借款人吴浩然，外访地址为其预留的户籍地址，请两人同行、出示工作证，不得接触其家属和单位。",
     [(P, "吴浩然")], []),
    ("sms", "debtor", "马骏：你的同事刘洋、王磊、陈晨我们都加了微信，你公司前台电话0371-55871260也有，要不要我们挨个说一下？",
     [(P, "马骏"), (P, "刘洋"), (P, "王磊"), (P, "陈晨"), (LL, "0371-55871260")], [X]),
    ("notice", "debtor", "还款提醒函\n致：马骏先生\n寄送地址：郑州市金水区经三路56号3号楼1单元802\n您在速享借的借款已逾期45天，应还3,066元，请于本月30日前还款。",
     [(P, "马骏"), (A, "郑州市金水区经三路56号3号楼1单元802")], []),
    ("call", "debtor", "坐席：谢雨欣，你弟弟谢雨航在芙蓉实验中学读高二对吧，你爸谢长青在浏阳开货车，电话是15163993522，这些我们都有。\n客户：你们到底想干嘛",
     [(P, "谢雨欣"), (P, "谢雨航"), (P, "谢长青"), (MB, "15163993522")], [S, U, X]),
    ("call", "debtor", "坐席：您好谢女士，我是鼎衡的，受青禾钱包委托。您的借款逾期两个月了，今天想跟您商量一下还款计划。\n客户：我最多一个月还五百\n坐席：可以，我帮您申请，按月五百，分十期。",
     [], []),
    ("sms", "debtor", "覃海燕 你老公韦志明的货车 桂K·36Q81 今天还在玉林那个物流园吧",
     [(P, "覃海燕"), (P, "韦志明"), (PL, "桂K·36Q81")], [S, X]),
    ("email", "unknown", "案件交接：借款人廖敏，身份证450103198402118787，配偶苏建军，身份证待查；其母覃玉兰，手机18082646773，其子苏浩然在南宁市邕江中学读高一。",
     [(P, "廖敏"), (ID, "450103198402118787"), (P, "苏建军"), (P, "覃玉兰"),
      (MB, "18082646773"), (P, "苏浩然")], [S, U, X]),
    ("email", "unknown", "案件交接：借款人廖敏（证件尾号8787），委托期间3个月，请只与借款人本人联系。", [(P, "廖敏")], []),
    ("app", "debtor", "彭丽娟调解员提醒：向春花，你的户籍地址衡阳县西渡镇梅花村五组23号，我们已经把情况告诉村委会了。",
     [(P, "彭丽娟"), (P, "向春花"), (A, "衡阳县西渡镇梅花村五组23号")], [X]),
    ("app", "debtor", "向女士您好，我是蓉信的调解员彭丽娟，受平台委托与您协商还款，您方便时可以直接在App内回复我。",
     [(P, "彭丽娟")], []),
]

# --- disclosure to third parties told in few words or by implication, beside lawful call-back requests -----------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "告诉你儿子，青禾钱包的人在找他。", [], [D]),
    ("sms", "third_party", "你弟欠钱，转告他。", [], [D]),
    ("sms", "third_party", "你好，麻烦让你儿子回个电话。", [], []),
    ("call", "third_party", "坐席：你是邓伟老婆吧？他那个网贷的事你晓得不？\n联系人：什么网贷",
     [(P, "邓伟")], [D]),
    ("call", "third_party", "坐席：您好，请问邓伟在家吗？\n联系人：不在，你哪位\n坐席：我姓熊，有事找他，麻烦他回个电话，谢谢。",
     [(P, "邓伟")], []),
    ("app", "third_party", "[微信] 你表妹那个事还没处理，拖太久对她不好，你懂的。", [], [D]),
    ("app", "third_party", "[微信] 你好，想找一下你表妹，她电话换了吗？", [], []),
    ("sms", "third_party", "你好，你老公上个月那笔钱，金橘分期一直在等他回话。", [], [D]),
    ("sms", "third_party", "你好，请转告你老公，有一份文件需要他本人确认，请他回电。", [], []),
    ("call", "third_party", "坐席：喂，是何俊杰的房东吧？他又是三个月没动静了，我们公司的人下周还会来。\n第三方：关我什么事",
     [(P, "何俊杰")], [D]),
    ("sms", "third_party", "叔叔你好，小勇那笔钱到现在一分都没动，你们家里商量一下。", [(P, "小勇")], [D]),
    ("sms", "third_party", "叔叔您好，打扰了，请转告小勇回个电话，谢谢。", [(P, "小勇")], []),
    ("call", "third_party", "坐席：您好，这里是速享借。请问是杨帆的姐姐吗？\n联系人：是的\n坐席：麻烦您让他回个电话。\n联系人：什么事？\n坐席：他本人知道的。",
     [(P, "杨帆")], [D]),
    ("call", "third_party", "坐席：您好，请问是杨帆的姐姐吗？\n联系人：是的\n坐席：麻烦您让他回个电话，谢谢。\n联系人：什么事？\n坐席：是他个人的事，需要他本人处理，不方便跟您说，抱歉。",
     [(P, "杨帆")], []),
    ("app", "third_party", "[微信] 周阿姨，志强这个月又没还上，逾期的事您帮着说说。", [(P, "志强")], [D]),
    ("sms", "third_party", "【青禾钱包】您好，请转告陈志强本人回电023-63017725。", [(P, "陈志强"), (LL, "023-63017725")], [D]),
    ("sms", "third_party", "您好，请转告陈志强回电0731-84612275，谢谢。", [(P, "陈志强"), (LL, "0731-84612275")], []),
]

# --- forwarded and pasted messages, as received -----------------------------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "【转发】黄子豪你好，你的借款已逾期58天，请于今日内联系我们处理，逾期将按合同约定计收罚息。",
     [(P, "黄子豪")], []),
    ("sms", "third_party", "[转发自 188****1053] 您好，您的亲属黄子豪在青禾钱包借款逾期，欠款3,200元，请督促其还款。",
     [(P, "黄子豪")], [D]),
    ("app", "debtor", "以下是我收到的短信原文：“郭小兰，身份证32098119970604798X，你女儿郭欣怡在桂塘小学读一年级，下午4点放学。”",
     [(P, "郭小兰"), (ID, "32098119970604798X"), (P, "郭欣怡")], [S, U, X]),
    ("email", "unknown", "转发：借款人清单（内部，请勿外传）\n1. 苏晴 610124199503250273 孕期\n2. 谭红 430102198404195428 化疗中\n3. 付佳怡 32098119941207 7382 抑郁症",
     [(P, "苏晴"), (ID, "610124199503250273"), (P, "谭红"), (ID, "430102198404195428"), (P, "付佳怡"),
      (ID, "32098119941207 7382")], [S, U]),
    ("app", "third_party", "【转发】各位亲友：付佳怡欠款不还，已被列为失信人员，请大家转告她。",
     [(P, "付佳怡")], [D]),
    ("app", "debtor", "这是催收员发给我的原话：“卢芳，你这个月15号要去香港，我们在罗湖口岸等你。”",
     [(P, "卢芳")], [S]),
    ("email", "unknown", "转发：6月监管通报摘要——部分合作机构存在向第三方透露借款信息、以敏感信息施压等问题，请各机构自查。",
     [], []),
]
# --- a second round of calls: Cantonese, Henan speech, speech-to-text, robots to contacts ---------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂，你好，係唔係黃子豪嘅房東陳生呀？\n第三方：係呀，咩事？\n坐席：佢喺我哋青禾錢包借咗錢，拖咗兩個月冇還，你知唔知佢而家喺邊度返工呀？\n第三方：我唔知喎",
     [(P, "黃子豪")], [D]),
    ("call", "third_party", "坐席：恁是曾凡宇他娘不是？恁孩儿在金橘分期借嘞钱，仨月没还了，恁当娘嘞得管管他。\n联系人：俺不知道这事儿",
     [(P, "曾凡宇")], [D]),
    ("call", "debtor", "坐席：喂 欧阳明 你那个车 桂A5Q736 天天晚上停在凤岭北那个小区 我们昨天晚上十点去看过 车还在 人也在吧",
     [(P, "欧阳明"), (PL, "桂A5Q736")], [S]),
    ("call", "debtor", "坐席：欧阳明，你护照EA4718263我们这边有登记，你要是想出国，先把账处理了。\n客户：我出不出国关你们什么事",
     [(P, "欧阳明"), (PP, "EA4718263")], [U]),
    ("call", "third_party", "坐席：你好，你们科室的付佳怡是不是又请病假了？她在我们那边的账一直没还，你们领导知道吗？\n第三方：你是谁啊",
     [(P, "付佳怡")], [D, S]),
    ("call", "third_party", "坐席：你是蒙志刚老婆农秀英吧？你老公欠我们金橘分期一万二，他卡号6217 9993 5137 1164 660我们都有，你看着办。\n联系人：我们早分开过了",
     [(P, "蒙志刚"), (P, "农秀英"), (BC, "6217 9993 5137 1164 660")], [D, U]),
    ("call", "debtor", "坐席：冉小勇 你那个老身份证 五零零幺幺二七七零幺幺七六五八 我们也有 换了新证也一样找得到你",
     [(P, "冉小勇"), (ID, "五零零幺幺二七七零幺幺七六五八")], [U]),
    ("call", "debtor", "坐席：黄子豪，你女朋友叫林晓琪，在天河那家美容院上班，电话13655565383，要不要我们找她聊聊你的事？\n客户：你们别找她",
     [(P, "黄子豪"), (P, "林晓琪"), (MB, "13655565383")], [U, X]),
    ("call", "third_party", "坐席：您好，请问是房东吗？您的租客何俊杰现在还住您那儿吗？我们是速享借的，他在我们这有笔借款逾期了。\n第三方：上个月就退租了",
     [(P, "何俊杰")], [D]),
    ("call", "third_party", "机器人：您好，这里是金橘分期。您的同事邓伟在本平台的借款已逾期，请您提醒他尽快还款，确认请按1。\n联系人：（按键1）\n机器人：感谢您的配合。",
     [(P, "邓伟")], [D]),
    ("call", "debtor", "坐席：谭红 你那个乳腺癌是二期还是三期啊 化疗做完了能上班了吧 能上班就能还钱\n客户：……",
     [(P, "谭红")], [S]),
    ("call", "third_party", "坐席：你是苏晴的姐姐吧？她怀孕了也不还钱，欠我们青禾钱包五千多，你当姐姐的帮忙劝劝。\n联系人：她怀孕跟你们有什么关系",
     [(P, "苏晴")], [D, S]),
    ("call", "debtor", "坐席：卢芳，你妈妈的号码19948417918，你再不接电话我们就打她的。\n客户：你们不能打我妈",
     [(P, "卢芳"), (MB, "19948417918")], [U, X]),
    ("call", "debtor", "坐席：喂 是潘雪吗 你那个 那个 孕检我们知道是在市妇幼做的 下礼拜三上午九点对吧 我们那天过去找你老公",
     [(P, "潘雪")], [S]),
]

# --- a second round to contacts, relatives, employers, landlords and groups -------------------------------------------

MORE_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "谢长青先生：您女儿谢雨欣在青禾钱包借款已逾期两个月，欠款4,860元，请您督促她还款。",
     [(P, "谢长青"), (P, "谢雨欣")], [D]),
    ("sms", "third_party", "你前夫唐国栋欠钱跑了，你知道他在哪不？他在速享借的账还挂着。", [(P, "唐国栋")], [D]),
    ("app", "third_party", "[群聊·2012级3班] 大家好，打扰了，班上的刘婷婷同学在金橘分期有笔欠款，身份证370826200210286439，谁有她现在的联系方式请私聊我。",
     [(P, "刘婷婷"), (ID, "370826200210286439")], [D, U]),
    ("sms", "third_party", "贵司员工向春花（手机17626014838）在我司借款逾期，请贵司协助催缴，否则我司将派人到贵司当面沟通。",
     [(P, "向春花"), (MB, "17626014838")], [D, U]),
    ("app", "third_party", "[微信] 房东你好，你那个租客冉小勇在我们平台欠钱不还，你看他平时几点回来，告诉我们一声，有好处费。",
     [(P, "冉小勇")], [D]),
    ("sms", "third_party", "你好，你朋友何俊杰的欠款已逾期75天，他老婆叫李静，电话17583275844，你帮忙联系一下他老婆。",
     [(P, "何俊杰"), (P, "李静"), (MB, "17583275844")], [D, U, X]),
    ("app", "third_party", "[群聊·梅花村五组] 各位乡亲，向春花在外面借网贷不还，她女儿龙思琪在西渡镇中学读初一，大家帮忙跟她家里说说。",
     [(P, "向春花"), (P, "龙思琪")], [D, S, X]),
    ("sms", "third_party", "阿姨您好，您儿子黄子豪的借款逾期了，他现在在白云区上班，每天晚上十点多才回出租屋，您劝劝他。",
     [(P, "黄子豪")], [D, S]),
    ("email", "third_party", "致南岸区蜀味火锅店负责人：\n贵店员工冉小勇（身份证500112198404230546）在我司有逾期借款未还，请于发薪时代为扣留并转交我司。\n重庆青禾网络小额贷款有限公司",
     [(P, "冉小勇"), (ID, "500112198404230546")], [D, U]),
    ("sms", "third_party", "你好，你小舅子马骏欠速享借的钱不还，他妈张桂兰、他舅舅马长林我们都联系过了，就差你了。",
     [(P, "马骏"), (P, "张桂兰"), (P, "马长林")], [D, X]),
    ("app", "third_party", "[微信] 你好，你们单位的覃海燕是不是休产假了？她在我们这的借款逾期了，麻烦你提醒她。",
     [(P, "覃海燕")], [D, S]),
    ("sms", "third_party", "你好，你是卢芳妈妈吧，她在金橘分期借的钱逾期了，她卡号4367 4206 1028 1144 912，您替她还一下。",
     [(P, "卢芳"), (BC, "4367 4206 1028 1144 912")], [D, U]),
]

# --- a second round of notes, tickets, e-mails and letters -------------------------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("email", "unknown", "今日代扣失败名单：\n1. 邓伟 6217 9924 4245 1286\n2. 蒋涛 6212 2603 3283 3905\n请各组电话跟进。",
     [(P, "邓伟"), (BC, "6217 9924 4245 1286"), (P, "蒋涛"), (BC, "6212 2603 3283 3905")], [U]),
    ("notice", "unknown", "修复记录：借款人付佳怡新住址长沙市开福区湘江中路二段36号华远国际中心2栋1809，与男友同居，男友陈凯在一家银行做柜员。",
     [(P, "付佳怡"), (A, "长沙市开福区湘江中路二段36号华远国际中心2栋1809"), (P, "陈凯")], [X]),
    ("notice", "unknown", "外访报告：借款人钟永福住院，神经内科3床，医生说是脑梗，家属钟小玲（手机18028600514）陪护。",
     [(P, "钟永福"), (P, "钟小玲"), (MB, "18028600514")], [S, U, X]),
    ("email", "unknown", "请优先跟进谭红：佛教徒，每月初一、十五上午去麓峰寺烧香，可安排在寺门口见面。",
     [(P, "谭红")], [S]),
    ("notice", "unknown", "质检单 QC-0715-044\n录音中坐席向客户本人完整报出还款卡号6217 0013 7227 5663 421，判定违规展示。",
     [(BC, "6217 0013 7227 5663 421")], [U]),
    ("notice", "unknown", "投诉工单 #C240720-03\n投诉人：罗丽萍\n身份证：510681198402111422\n手机：13113323386\n内容：催收人员自称法院工作人员。",
     [(P, "罗丽萍"), (ID, "510681198402111422"), (MB, "13113323386")], [U]),
    ("email", "unknown", "补充资料：借款人杨帆，现租住福州市鼓楼区五四路158号环球广场A座1603，女友周蕾在仓山区一家4S店做销售。",
     [(P, "杨帆"), (A, "福州市鼓楼区五四路158号环球广场A座1603"), (P, "周蕾")], [X]),
    ("email", "unknown", "致重庆市地方金融管理局：投诉人熊建国称其宗教信仰被散布。经查，熊建国系基督徒，常年在南岸区福音堂聚会，合作机构人员系从其朋友圈得知。",
     [(P, "熊建国"), (P, "熊建国")], [S]),
    ("notice", "debtor", "催收通知书\n致：唐国栋\n您的妻子李梅在区第三中学任教，儿子唐浩在实验小学读四年级。为避免影响家人，请于7日内还款。",
     [(P, "唐国栋"), (P, "李梅"), (P, "唐浩")], [S, X]),
    ("email", "unknown", "案件补充：借款人覃海燕怀孕5个月，在南宁市妇幼保健院建档，建议改为上门拜访。", [(P, "覃海燕")], [S]),
    ("notice", "unknown", "修复结果：借款人谢雨欣新号码17320157347，已核实为本人实名；另查得其母王凤在雨花区开服装店。",
     [(P, "谢雨欣"), (MB, "17320157347"), (P, "王凤")], [U, X]),
]

# --- a second round of pushes and texts to borrowers ----------------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("app", "debtor", "检测到您手机中安装了3款其他借贷App（米粒分期、豆芽钱包、好享借），请优先归还本平台借款。", [], [S]),
    ("sms", "debtor", "【金橘分期】韦冬梅，您的残疾人两项补贴每月按时到账，本期欠款请用补贴先行偿还。", [(P, "韦冬梅")], [S]),
    ("sms", "debtor", "【速享借】梁家豪先生，閣下回鄉證H10374829及手機13295570815登記之借款已逾期30天，請即還款。",
     [(P, "梁家豪"), (PP, "H10374829"), (MB, "13295570815")], [U]),
    ("app", "debtor", "曾凡宇，你老婆韩梅刚查出来怀孕，正是用钱的时候，你更应该把账理清楚。",
     [(P, "曾凡宇"), (P, "韩梅")], [S, X]),
    ("sms", "debtor", "【青禾钱包】您在App内上传的病历显示您正在治疗抑郁症，但这不能作为长期不还款的理由。", [], [S]),
    ("sms", "debtor", "吴浩然，你银行卡6214 8340 8057 1314 124昨天刚进了一笔8千的工程款，今天之内还钱。",
     [(P, "吴浩然"), (BC, "6214 8340 8057 1314 124")], [S, U]),
    ("sms", "debtor", "蒋涛 你每天早上7点送娃娃到科华北路那个幼儿园 我们看到了的", [(P, "蒋涛")], [S]),
    ("app", "debtor", "何俊杰，你上个月在县人民医院住院，医药费刷信用卡付了六千多，说明你不是没钱。", [(P, "何俊杰")], [S]),
    ("sms", "debtor", "马骏，你岳父岳母住郑州市二七区大学路80号2号楼3单元601，我们明天过去拜访一下。",
     [(P, "马骏"), (A, "郑州市二七区大学路80号2号楼3单元601")], [X]),
    ("sms", "debtor", "邓伟 你在深圳宝安那边上班 每周六下午都在福永那家网吧 我们的人过去一趟就知道了", [(P, "邓伟")], [S]),
    ("app", "debtor", "刘婷婷，你的身份证、你男朋友的电话18947190315、你家的地址我们都有，别装死。",
     [(P, "刘婷婷"), (MB, "18947190315")], [U, X]),
    ("sms", "debtor", "欧阳明，你EA4718263这本护照上个月刚从东兴口岸出过境，有钱出国没钱还账？",
     [(P, "欧阳明"), (PP, "EA4718263")], [S, U]),
    ("app", "debtor", "您在本平台关联的储蓄卡尾号5663当前余额8,216.77元，系统将于今日18:00全额划扣。", [], [S]),
    ("sms", "debtor", "【鼎衡资产】郭小兰，你老公李建伟在长沙市芙蓉区车站北路99号那家物流公司上班，我们会去找他。",
     [(P, "郭小兰"), (P, "李建伟"), (A, "长沙市芙蓉区车站北路99号")], [X]),
    ("app", "debtor", "黄子豪，你爸黄永强、你妈陈秀芬在增城老家，电话14722435073，要不要我们下去看看他们？",
     [(P, "黄子豪"), (P, "黄永强"), (P, "陈秀芬"), (MB, "14722435073")], [U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AM-APP-NOTICES": APP_NOTICES,
    "AM-PLATFORM-SMS": PLATFORM_SMS,
    "AM-AGENCY-SMS": AGENCY_SMS,
    "AM-AGENT-CALLS": AGENT_CALLS,
    "AM-ASR-CALLS": ASR_CALLS,
    "AM-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AM-PHONEBOOK": PHONEBOOK,
    "AM-WECHAT-GROUPS": WECHAT_GROUPS,
    "AM-EMPLOYERS-LANDLORDS": EMPLOYERS_LANDLORDS,
    "AM-SKIP-TRACING": SKIP_TRACING,
    "AM-QA-AND-TICKETS": QA_AND_TICKETS,
    "AM-AGENCY-EMAILS": AGENCY_EMAILS,
    "AM-REGULATOR-REPLIES": REGULATOR_REPLIES,
    "AM-LETTERS": LETTERS,
    "AM-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AM-DECOYS": DECOYS,
    "AM-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AM-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AM-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AM-FORWARDED": FORWARDED,
    "AM-MORE-CALLS": MORE_CALLS,
    "AM-MORE-CONTACTS": MORE_CONTACTS,
    "AM-MORE-NOTES": MORE_NOTES,
    "AM-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
