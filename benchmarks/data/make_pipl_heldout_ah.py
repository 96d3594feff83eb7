"""Writes `pipl_heldout_ah.jsonl`, the thirty-fourth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the domain references, `audit/message.py`, the record
helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_ae.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests or
any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were drawn
once by a throw-away script (random area codes and birth dates with the right check character, some ending in X,
old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes); they
were typed into the texts by hand, spelled out by hand for the spoken forms, and the passports and permits (E, EA,
C, H) were typed to the pattern.

The setting is a public-interest law firm's case files against lenders and agencies: exhibits from a bank's card
centre, an online small-loan company, a pay-later platform and a debt-purchase company, the outgoing traffic of a
legal-collection partner firm (lawyers' letters, SMS, robot calls, e-mails to its printing and dialling vendors),
of a collection agency and of the debt buyer (e-mails to scanning and data vendors), with the firm's own case
memos, a statement of claim, evidence lists and letters to its client. Identifiers stand in over a hundred
messages: mobiles, landlines with area codes (with extensions after 转 and 分机, one in brackets from Taiwan),
18-digit IDs (some ending in X, one wholly in full-width digits, one grouped 4-4-4-4-2, one spaced digit by digit,
one on a line of its own, one in an OCR'd letter with stray spaces) and old 15-digit ones, bank cards of 16 and 19
digits (grouped by spaces, hyphens or dots, partly masked, glued to the words around them), passports (E, EA), a
travel permit to Hong Kong and Macau (C) and a home-return permit (H); read aloud with 幺 洞 两 拐 勾, with 零 to 九, in
Cantonese, Sichuanese and Shanghainese ASR, grouped by spaces, behind +86, full-width ＋86 and 0086-, and glued to
Chinese words. Beside them stand decoys of the same shapes: an 18-digit contract number with a thirteenth month, a
15-digit waybill number with month 00, 16- and 19-digit refund and settlement numbers failing Luhn, a 20-digit
invoice number, waybill numbers, an 11-digit case number written and read aloud like a mobile, a court case
number, verification codes (one in full-width digits), 95 and 400 numbers written and read aloud, the agent's work
number and extension, amounts, dates, masked forms (150****6581, 440305********952X, 6228 48** **** 8594) and last
digits; the agent's own work mobile, the lenders', agency's and firms' landlines and a licence plate are entities
but no category. Third-party disclosure labels over seventy messages, many saying no more than that "the account"
or "that sum" is still hanging, naming only the lender, or saying "you know what it is about", to a wife, an
ex-wife, a mother, a father-in-law, a mother-in-law, a sister, a brother, a cousin, a fiancée, a husband, a former
and a new employer's HR, a workshop, a factory manager, a landlord, a landlady, a shop owner, a colleague, a
classmate, a teacher, a school and a parents' committee, and church, cycling, badminton, car-club, family,
neighbours' and workshop group chats; beside them contacts asked only for a call-back with no lender named, an
ex-wife told nothing, guarantors told of what they signed, a sealed letter an employer is asked to pass on, and a
teacher asked only to pass on a call-back. `pii.excessive` labels over seventy: full names with a home address or
an employer, and the names, numbers and homes of spouses, an ex-spouse, a fiancée, a girlfriend, a boyfriend,
parents, parents-in-law, children, siblings, cousins, in-laws, colleagues, managers and a workshop head.
`pii.sensitive` labels about seventy, mostly without the textbook words: a psychiatric ward, antidepressants and
anti-anxiety medicines, a depression follow-up, a heart stent, a relative's dialysis, cirrhosis and thyroid
surgery, chemotherapy, rehabilitation visits, a pregnancy, antenatal care and a caesarean date, a child's school,
class, kindergarten and pick-up time, a commute at a metro exit, a night shift, a border crossing at a set hour, a
lunch spot and a card room at night, salary inflows, balances, a provident fund, other platforms' loans, transfers
to a gambling site, a livelihood allowance, a disability allowance, church meetings and Friday prayers, face and
voiceprint data and a drink-driving detention. Beside them stand debtors speaking of their own illness, childbirth
and faith, agents answering with a deferral, instalments or a pause, a lender's general offer to pause for
illness, a one-off liveness check, and a case memo naming the kind of evidence without its content. Registers: SMS
templates and app pushes of the four lenders, voice-robot scripts with keypad turns, ASR calls in dialect without
punctuation, WeChat chats and group chats, quality-check records and hand-over sheets, e-mails to vendors and
employers, complaint replies, lawyers' letters and notices, court filings, case memos, Cantonese and traditional
characters (Hong Kong and Taiwan).

Decoys carry no category and no identifier entity other than the licence plate. All people, numbers, addresses,
links and companies are invented; identifiers are well formed and `set_format` checks them before writing; e-mail
addresses use real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile, passport or permit number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  law firm's landline, the collector's work mobile, a customer writing or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the obligation he signed is not disclosed to; memos, hand-over sheets, quality-check records,
  court filings and e-mails to vendors go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, salary inflows, provident fund, other platforms' loans,
  spending and transfers), detention records, specific identities (disability, a livelihood allowance). A lender's
  offer to pause for illness in general, a memo naming a kind of evidence without its content, or the debtor's own
  words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to, a statement of claim giving the plaintiff's address, a guarantor or relative the message is
  addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (邹先生, 冉姐, 黎生) is not a PERSON, a given
name alone is; ADDRESS reaches down to a road and number, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ah`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ah.jsonl"
ID_PREFIX = "PAH"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, LP = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- a bank card centre's SMS and letters, kept as evidence exhibits ---------------------------------------

CARD_CENTRE: list[PiplEntry] = [
    ("sms", "debtor", "【瀚海银行信用卡中心】尊敬的客户，您尾号6679的信用卡已逾期47天，最低还款额2,316.50元，请于12月20日前还款。如有困难可致电95528协商分期。", [], []),
    ("sms", "debtor", "【瀚海银行信用卡中心】陆志强先生，您名下卡号6228838674520586679的账户欠款38,460.12元，逾期已超90天，请今日内处理。", [(P, "陆志强"), (BC, "6228838674520586679")], [U]),
    ("sms", "debtor", "【瀚海银行信用卡中心】您好，卡片账户6228 8386 7452 0586 679的分期协议已生效，首期12月5日扣款，详询客服热线。", [(BC, "6228 8386 7452 0586 679")], [U]),
    ("sms", "debtor", "【瀚海银行信用卡中心】查询到您本月工资已于15日入账9,870元，但未主动还款，请今日将欠款4,200元存入还款卡。", [], [S]),
    ("sms", "debtor", "【瀚海银行信用卡中心】您在我行的储蓄账户余额尚有12,306.44元，足够归还信用卡欠款，请勿拖延。", [], [S]),
    ("sms", "debtor", "【瀚海银行信用卡中心】钟女士，我们了解到您正在怀孕八个月，孕期更要保重，欠款3,108元请家人代为处理。", [], [S]),
    ("sms", "debtor", "【瀚海银行信用卡中心】钟女士，您提交的困难说明已收到，本行同意将本期还款延至明年2月，期间不另行催收。", [], []),
    ("sms", "debtor", "【瀚海银行信用卡中心】您好，本中心工作人员工号H2317，分机8021，今日来电未接通，请回拨02160872211转8021。", [(LL, "02160872211")], []),
    ("notice", "debtor", "瀚海银行信用卡中心\n催收函（编号：HHCC-2026-118402）\n致：孔德明先生（证件号码：420106198507053178）\n您于2025年6月办理的信用卡截至2026年11月30日尚欠本息合计52,671.80元，逾期112天。请于2026年12月25日前归还。还款方式：本行网点或手机银行。联系电话：021-6087 2211。异议请书面提出。特此函告。\n（盖章）2026年12月1日", [(P, "孔德明"), (ID, "420106198507053178"), (LL, "021-6087 2211")], [U]),
    ("notice", "debtor", "瀚海银行信用卡中心\n催收函（编号：HHCC-2026-118517）\n致：岑丽萍女士（证件号码末四位5169）\n您的信用卡截至2026年11月30日尚欠本息合计8,907.33元，逾期63天。请于2026年12月28日前归还，可通过手机银行或网点还款。联系电话：021-6087 2211。如对欠款有异议，请于收函后十五日内书面提出。\n（盖章）2026年12月2日", [(P, "岑丽萍"), (LL, "021-6087 2211")], []),
    ("notice", "debtor", "瀚海银行信用卡中心\n还款提醒函\n致：于海涛先生\n地址：杭州市西湖区文三路277号华星公寓3幢1102室\n您的账户尚欠19,204.00元。经查，您目前就职于杭州青禾软件有限公司，月薪约14,000元，每月15日工资入账本行尾号0797的账户，请于工资到账当日还款。\n联系电话：021-6087 2211", [(P, "于海涛"), (A, "杭州市西湖区文三路277号华星公寓3幢1102室"), (LL, "021-6087 2211")], [S, X]),
    ("notice", "debtor", "瀚海银行信用卡中心\n还款提醒函\n致：于红梅女士\n地址：成都市武侯区玉林北路18号2单元601室\n您的信用卡欠款6,420.00元已逾期35天，请于2027年1月5日前归还。还款渠道：手机银行、本行网点。联系电话：028-8551 3370。\n2026年12月3日", [(P, "于红梅"), (A, "成都市武侯区玉林北路18号2单元601室"), (LL, "028-8551 3370")], []),
    ("call", "debtor", "坐席：您好，这里是瀚海银行信用卡中心，请问是邹建华先生吗？\n客户：是我。\n坐席：邹先生，您尾号6633的卡逾期了两个月，今天想跟您确认一下还款安排。\n客户：我刚做完心脏支架手术，还在家里休养，收入断了。\n坐席：理解，您先保重身体。我们可以给您申请停息挂账，材料清单我短信发您。", [(P, "邹建华")], []),
    ("call", "debtor", "坐席：邹先生，您上个月在省人民医院心内科住了九天，做了两个支架，这些我们都知道，但卡上的钱还是得还。\n客户：我现在真的没收入。\n坐席：那就让您爱人先垫上。", [], [S]),
    ("call", "debtor", "坐席：您好，瀚海银行信用卡中心，请问是宁晓雯女士吗？\n客户：对。\n坐席：我核对一下信息，您的身份证号是不是330106200112227020？\n客户：是的。\n坐席：好的，您的卡已经逾期，今天能还多少？", [(P, "宁晓雯"), (ID, "330106200112227020")], [U]),
    ("call", "debtor", "坐席：您好，瀚海银行信用卡中心，请问是宁晓雯女士吗？\n客户：对。\n坐席：为核实身份，麻烦您报一下身份证后四位。\n客户：7020。\n坐席：谢谢，核实通过。您的卡已逾期21天，今天能安排还款吗？", [(P, "宁晓雯")], []),
    ("email", "unknown", "发件人：card-recovery@hanhai-bank.com.cn\n收件人：ops@jinqiao-collect.com\n主题：委外案件批次1207补充资料\n附件为本批次418户名单。请注意：名单中的证件号、卡号均已脱敏，仅保留后四位；联系电话以系统外呼号码为准，请勿另行抓取通讯录。", [(EM, "card-recovery@hanhai-bank.com.cn"), (EM, "ops@jinqiao-collect.com")], []),
    ("email", "unknown", "发件人：card-recovery@hanhai-bank.com.cn\n收件人：ops@jinqiao-collect.com\n主题：重点户补充\n户名：裘国栋，证件510107199003085793，卡号6222944023638324330，手机13967520832。此户妻子在第三人民医院精神科住院，可向其娘家施压。", [(EM, "card-recovery@hanhai-bank.com.cn"), (EM, "ops@jinqiao-collect.com"), (P, "裘国栋"), (ID, "510107199003085793"), (BC, "6222944023638324330"), (MB, "13967520832")], [S, U]),
]

# --- an online small-loan company's app notices and pushes ------------------------------------------------

SMALL_LOAN: list[PiplEntry] = [
    ("app", "debtor", "【速米贷】您的借款（合同号SM20260918004471）已逾期9天，应还金额1,864.20元。点击“立即还款”完成还款，或联系在线客服申请展期。", [], []),
    ("app", "debtor", "【速米贷】系统检测到您近7天在其他4家平台新增借款共计2.3万元，请优先偿还本平台欠款。", [], [S]),
    ("app", "debtor", "【速米贷】您好，您每天晚上七点在城西健身房上课、九点半到家，我们的工作人员会在这段时间与您联系还款事宜。", [], [S]),
    ("app", "debtor", "【速米贷】借款人冯斌，身份证61011319880213245X，预留手机17744730128，合同已逾期30天，系统将移交法务。", [(P, "冯斌"), (ID, "61011319880213245X"), (MB, "17744730128")], [U]),
    ("app", "debtor", "【速米贷】您绑定的招商银行卡当前余额仅3.27元，公积金账户余额41,620元，建议您提取公积金还款。", [], [S]),
    ("app", "debtor", "【速米贷】人脸识别复核：为保障账户安全，还款前需完成一次活体验证，验证数据仅用于本次身份核验。", [], []),
    ("app", "debtor", "【速米贷】您于11月2日凌晨在城南澳门豆捞KTV及某线上彩票平台共消费6,380元，却说没钱还款？", [], [S]),
    ("app", "debtor", "【速米贷】我们已联系您在新单位的上级邵主管（电话18226362391），请您尽快还款以免影响工作。", [(MB, "18226362391")], [U, X]),
    ("sms", "debtor", "【速米贷】莫小川，您的借款已逾期18天。您女儿在光明小学二年级三班，下午四点放学，请为孩子着想尽快处理。", [(P, "莫小川")], [S]),
    ("sms", "debtor", "【速米贷】莫小川先生，您的借款已逾期18天，应还2,940元。可登录App申请分期或致电客服4006-881-520。", [(P, "莫小川")], []),
    ("sms", "debtor", "【速米贷】您好，您每周日上午在福音堂做礼拜，散会后请抽空到App处理逾期款项。", [], [S]),
    ("sms", "debtor", "【速米贷】验证码482916，您正在进行还款操作，5分钟内有效，请勿告知他人。", [], []),
]

# --- a pay-later platform's SMS and in-app messages -------------------------------------------------------

PAY_LATER: list[PiplEntry] = [
    ("sms", "debtor", "【乐付分期】章雨桐您好，您在本平台的待还订单共3笔，已逾期15天。还款后额度将自动恢复。", [(P, "章雨桐")], []),
    ("sms", "debtor", "【乐付分期】章雨桐，您这个月在母婴店买了叶酸和孕妇装，预产期快到了吧？孩子出生前把账清了。", [(P, "章雨桐")], [S]),
    ("sms", "debtor", "【乐付分期】您好，收到您孕期困难的反馈，平台可为您暂停计息90天，请在App提交申请。", [], []),
    ("sms", "debtor", "【乐付分期】您账户绑定的手机号15008006581即将解绑，如非本人操作请联系客服。", [(MB, "15008006581")], [U]),
    ("sms", "debtor", "【乐付分期】您账户绑定的手机号150****6581即将解绑，如非本人操作请联系客服。", [], []),
    ("app", "debtor", "【乐付分期】系统显示您近三个月在精神卫生中心有多笔挂号和药品消费，请注意身体，也请按时还款。", [], [S]),
    ("app", "debtor", "【乐付分期】您近期的订单中有医疗类消费，若因疾病导致还款困难，可在“帮助中心-困难申请”提交材料。", [], []),
    ("app", "debtor", "【乐付分期】订单收货地址：深圳市南山区科苑路15号科兴科学园B栋2单元1703，收货人黎振宇，电话15889314571。该订单已逾期。", [(A, "深圳市南山区科苑路15号科兴科学园B栋2单元1703"), (P, "黎振宇"), (MB, "15889314571")], [U, X]),
    ("app", "debtor", "【乐付分期】您好，您在面部识别时留存的人脸照片和声纹已同步至催收部门，用于核实您的去向。", [], [S]),
    ("app", "debtor", "【乐付分期】检测到您每天早上8:10从地铁5号线民治站C口出站，我们的人会在那里等您商量还款。", [], [S]),
    ("sms", "third_party", "您好，您是黎振宇登记的紧急联系人，麻烦让他回个电话给我们，谢谢。", [(P, "黎振宇")], []),
    ("sms", "third_party", "【乐付分期】您好，您的朋友黎振宇在我平台的分期还没还上，麻烦提醒一下。", [(P, "黎振宇")], [D]),
    ("sms", "third_party", "【乐付分期】阿姨您好，振宇的账单已经拖了一个多月，您劝劝他。", [(P, "振宇")], [D]),
]

# --- a debt-purchase company's letters and calls ----------------------------------------------------------

DEBT_PURCHASER: list[PiplEntry] = [
    ("notice", "debtor", "债权转让通知书\n编号：HY-ZR-2026-0571\n冉德胜先生：\n瀚海银行已将其对您享有的信用卡债权（截至2026年9月30日本息合计27,318.64元）依法转让给我司。自即日起请向我司还款。还款账户以我司官网公示的对公账户为准。联系电话：0755-8302 6618。异议期：收到本通知之日起三十日内。\n恒远资产管理有限公司（盖章）\n2026年11月20日", [(P, "冉德胜"), (LL, "0755-8302 6618")], []),
    ("notice", "debtor", "债权转让通知书\n冉德胜先生（身份证号码420106701107987）：\n瀚海银行已将对您的债权转让给我司，本息合计27,318.64元。请于30日内向我司还款。\n恒远资产管理有限公司 联系电话0755-83026618", [(P, "冉德胜"), (ID, "420106701107987"), (LL, "0755-83026618")], [U]),
    ("notice", "debtor", "还款通知\n冉德胜先生：您的债务本息合计27,318.64元。据我们了解，您目前在龙岗区一家物流公司做夜班理货，每天早上六点下班从华为地铁站回家，请您利用休息时间联系我司。\n恒远资产管理有限公司 0755-8302 6618", [(P, "冉德胜"), (LL, "0755-8302 6618")], [S]),
    ("notice", "debtor", "还款通知\n冉德胜先生：您的债务本息合计27,318.64元已由我司受让。如您希望分期，可致电0755-8302 6618或邮件至service@hengyuan-am.com.cn提出方案，我司将在5个工作日内答复。", [(P, "冉德胜"), (LL, "0755-8302 6618"), (EM, "service@hengyuan-am.com.cn")], []),
    ("call", "debtor", "坐席：您好，恒远资产，我姓温，工号HY0392，请问是冉德胜先生吗？\n客户：是。\n坐席：冉先生，您原来在瀚海银行的信用卡欠款已经转到我们公司，今天给您核对一下金额。\n客户：我现在失业了，家里老人也病着。\n坐席：明白，我们有最长24期的分期方案，我先给您登记困难情况。", [(P, "冉德胜")], []),
    ("call", "debtor", "坐席：冉先生，您父亲冉光荣住在县医院肾内科，一周透析三次，我们都清楚，但您的欠款不能一直拖。\n客户：你们怎么知道的？\n坐席：您就说什么时候还吧。", [(P, "冉光荣")], [S, X]),
    ("call", "third_party", "坐席：喂，您好，请问是冉德胜家吗？\n第三方：我是他老婆，他不在。\n坐席：那麻烦您转告他给我们回个电话，号码是0755-8302 6618，谢谢。\n第三方：什么事？\n坐席：是他本人的事情，我们需要跟他本人沟通，不方便跟您说，谢谢理解。", [(P, "冉德胜"), (LL, "0755-8302 6618")], []),
    ("call", "third_party", "坐席：喂，是冉德胜家吗？\n第三方：我是他老婆。\n坐席：你老公银行那笔钱转到我们这了，两万七，你们家商量一下。", [(P, "冉德胜")], [D]),
    ("call", "third_party", "坐席：您好，请问是冉德胜的前妻蒋女士吗？\n第三方：我们早离了，他的事别找我。\n坐席：明白，我们只是想请您如果有他的新号码转告他回个电话，其他不打扰。\n第三方：没有。\n坐席：好的，打扰了。", [(P, "冉德胜")], []),
    ("call", "third_party", "坐席：蒋女士，您前夫那个信用卡的账一直没结，您看离婚时候有没有说好谁来管？\n第三方：关我什么事？", [], [D]),
    ("email", "unknown", "发件人：legal@hengyuan-am.com.cn\n收件人：archive@dazhen-records.com\n主题：受让资产包HY-2026-03档案扫描外包\n请按清单扫描合同原件共1,204份，扫描件中身份证号、银行卡号请按规则遮蔽后再交付，原件封存，不得复印留存。", [(EM, "legal@hengyuan-am.com.cn"), (EM, "archive@dazhen-records.com")], []),
    ("email", "unknown", "发件人：legal@hengyuan-am.com.cn\n收件人：archive@dazhen-records.com\n主题：补扫\n请补扫以下两户：庞振华 身份证370212198709287659 卡号6228489325685707；庞振华之妻吕彩霞 电话19936258952 住青岛市市北区辽宁路148号3单元502户。", [(EM, "legal@hengyuan-am.com.cn"), (EM, "archive@dazhen-records.com"), (P, "庞振华"), (ID, "370212198709287659"), (BC, "6228489325685707"), (P, "庞振华"), (P, "吕彩霞"), (MB, "19936258952"), (A, "青岛市市北区辽宁路148号3单元502户")], [U, X]),
]

# --- the legal-collection partner firm's own outgoing SMS, letters and e-mails ------------------------------

PARTNER_FIRM: list[PiplEntry] = [
    ("sms", "debtor", "【衡平律师事务所】您好，本所受速米贷委托，就您的借款逾期事宜与您协商。请于工作日拨打0571-8796 3320转612联系承办律师助理。", [(LL, "0571-8796 3320")], []),
    ("sms", "debtor", "【衡平律师事务所】戴文斌先生，您身份证号450103198704044752项下的借款已逾期56天，本所受托处理，请于3日内联系。", [(P, "戴文斌"), (ID, "450103198704044752")], [U]),
    ("sms", "debtor", "【衡平律师事务所】戴先生，您的借款已逾期56天，本所受托与您沟通，律师函已寄往您预留的地址，请注意查收。", [], []),
    ("sms", "debtor", "【衡平律师事务所】戴先生，您母亲下周二在市一医院做甲状腺手术，手术费要紧，但借款也请一并考虑。", [], [S]),
    ("sms", "debtor", "【衡平律师事务所】戴先生，您提出的家中有人住院的情况已记录，委托方同意暂缓一个月，请在1月15日前回复还款计划。", [], []),
    ("sms", "debtor", "【衡平律师事务所】丁晓峰，您名下的工行卡6217008070559959本月有三笔共2.4万元的转入，却未还款，请解释。", [(P, "丁晓峰"), (BC, "6217008070559959")], [S, U]),
    ("notice", "debtor", "律师函\n（2026）衡平律函字第1187号\n致：丁晓峰先生\n地址：西安市雁塔区小寨东路91号长安公寓5号楼2403室\n本所接受速米贷（杭州速米网络小额贷款有限公司）委托，就您借款合同SM20250314009921逾期一事致函：截至2026年11月30日，您尚欠本金11,200元、利息及罚息1,037.60元，已逾期118天。请于本函送达之日起十日内通过速米贷App还款或与本所联系协商。如有异议，请书面提交本所。\n承办律师：卫明轩 联系电话：0571-8796 3320\n衡平律师事务所（盖章）\n2026年12月2日", [(P, "丁晓峰"), (A, "西安市雁塔区小寨东路91号长安公寓5号楼2403室"), (P, "卫明轩"), (LL, "0571-8796 3320")], []),
    ("notice", "debtor", "律师函\n（2026）衡平律函字第1188号\n致：丁晓峰先生\n本所受托通知您：您尚欠速米贷本息12,237.60元。另查明您妻子甘雪在西安交大二附院产科建档，预产期为2027年2月，您的岳父甘永福电话13329804315。请尽快处理。\n承办律师：卫明轩", [(P, "丁晓峰"), (P, "甘雪"), (P, "甘永福"), (MB, "13329804315"), (P, "卫明轩")], [S, U, X]),
    ("notice", "debtor", "律师函\n致：范志刚先生（身份证号码：44030519940618952X）\n本所受乐付分期委托，通知您尚欠分期款项4,830.50元，请于收函后七日内清偿。\n衡平律师事务所 0571-87963320", [(P, "范志刚"), (ID, "44030519940618952X"), (LL, "0571-87963320")], [U]),
    ("notice", "debtor", "律师函\n致：范志刚先生（身份证号码：440305********952X）\n本所受乐付分期委托，通知您尚欠分期款项4,830.50元，逾期71天，请于收函后七日内通过乐付分期App清偿，或致电0571-87963320协商。对欠款有异议的，请于期限内书面提出。\n衡平律师事务所（盖章） 2026年12月4日", [(P, "范志刚"), (LL, "0571-87963320")], []),
    ("email", "unknown", "发件人：assist@hengping-law.cn\n收件人：print@yunjian-post.com\n主题：本周律师函打印邮寄\n共计86封，收件人名单见附件（仅含姓名、邮寄地址和案件编号）。请用不透明信封，信封外只印本所名称，不印“催收”“欠款”等字样。", [(EM, "assist@hengping-law.cn"), (EM, "print@yunjian-post.com")], []),
    ("email", "unknown", "发件人：assist@hengping-law.cn\n收件人：print@yunjian-post.com\n主题：加急一封\n收件人：尤建新，南京市鼓楼区中山北路203号金鼎花园7栋1604室，手机15804374153。信封外写“欠速米贷12,000元逾期4个月”，方便他家人看到。", [(EM, "assist@hengping-law.cn"), (EM, "print@yunjian-post.com"), (P, "尤建新"), (A, "南京市鼓楼区中山北路203号金鼎花园7栋1604室"), (MB, "15804374153")], [U]),
    ("email", "unknown", "发件人：assist@hengping-law.cn\n收件人：support@xunhu-ai.com\n主题：外呼机器人话术更新\n请把开场白改为“您好，这里是衡平律师事务所，受委托方委托与借款人本人沟通”，未核实身份前不得播报金额和平台名称。", [(EM, "assist@hengping-law.cn"), (EM, "support@xunhu-ai.com")], []),
    ("email", "unknown", "发件人：assist@hengping-law.cn\n收件人：support@xunhu-ai.com\n主题：外呼名单\n附件名单字段：姓名、身份证号、手机号、紧急联系人姓名及电话、工作单位、病史备注。例：华梦洁 350203198409023862 19916534033，丈夫岳涛 17390292157，乳腺癌术后化疗中。", [(EM, "assist@hengping-law.cn"), (EM, "support@xunhu-ai.com"), (P, "华梦洁"), (ID, "350203198409023862"), (MB, "19916534033"), (P, "岳涛"), (MB, "17390292157")], [S, U, X]),
    ("email", "unknown", "发件人：assist@hengping-law.cn\n收件人：support@xunhu-ai.com\n主题：回拨号码\n外呼主叫号码统一显示为0571-8796 3320，客户回拨转人工，周末及晚上九点后不外呼。", [(EM, "assist@hengping-law.cn"), (EM, "support@xunhu-ai.com"), (LL, "0571-8796 3320")], []),
    ("app", "debtor", "【衡平律师事务所】您好，本所已收到您上传的收入证明和医院诊断书，委托方同意将剩余欠款分12期，每期980元。", [], []),
    ("app", "debtor", "【衡平律师事务所】我们注意到您每月10号会给老家的建设银行账户转2,000元，既然有钱养家就应该先还款。", [], [S]),
]

# --- voice-robot scripts with keypad turns ----------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是乐付分期还款提醒，请问您是章雨桐本人吗？是请按1，不是请按2。\n客户：（按键1）\n机器人：您的账单已逾期5天，请于今日在App内还款。如需人工服务请按0。", [(P, "章雨桐")], []),
    ("call", "debtor", "机器人：您好，这里是乐付分期，您在本平台预留的手机号为幺八幺幺勾拐六两洞两幺，如需修改请按2。\n客户：（按键2）", [(MB, "幺八幺幺勾拐六两洞两幺")], [U]),
    ("call", "debtor", "机器人：您好，这里是速米贷，请确认您的身份证号码：六一零一一三 一九八六 零二零七 七三零二。确认请按1。\n客户：（按键1）", [(ID, "六一零一一三 一九八六 零二零七 七三零二")], [U]),
    ("call", "debtor", "机器人：您好，这里是速米贷，为核实身份，请输入您身份证号码的后六位，以井号键结束。\n客户：（按键）\n机器人：核验通过。您的借款已逾期12天，应还1,420元，请按1转人工协商，按2收听还款方式。", [], []),
    ("call", "third_party", "机器人：您好，这里是速米贷，您的朋友冯斌借款逾期未还，请您督促他还款，了解详情请按1。", [(P, "冯斌")], [D]),
    ("call", "third_party", "机器人：您好，我们有一件事需要联系冯斌先生，如果您认识他，麻烦请他回电4006-881-520，谢谢。", [(P, "冯斌")], []),
    ("call", "debtor", "机器人：您好，这里是瀚海银行信用卡中心，系统显示您本月在和睦家医院妇产科有产检消费，请注意合理安排还款。", [], [S]),
    ("call", "debtor", "机器人：您好，我是衡平律师事务所智能助理，您的案件承办助理手机是一五八 零四三七 四一五三，工作时间可直接联系。", [(MB, "一五八 零四三七 四一五三")], []),
    ("call", "debtor", "机器人：您好，这里是恒远资产。您于昨晚十一点在宝安区西乡大道的一家棋牌室停留了三个小时，请问是否有能力还款？按1表示可以。", [], [S]),
    ("call", "debtor", "机器人：尊敬的客户，您预留的银行卡号为：六二二八 四八四五 四六二七 二六三三。扣款失败，请按1重新签约。\n客户：（按键1）", [(BC, "六二二八 四八四五 四六二七 二六三三")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，您预留的尾号二六三三的银行卡扣款失败，请按1重新签约，按2稍后处理。\n客户：（按键2）", [], []),
    ("call", "third_party", "机器人：您好，这里是速米贷，请问您是莫小川的家人吗？他的孩子在光明小学上学，请转告他尽快还款。", [(P, "莫小川")], [D, S]),
]

# --- agents' calls as speech-to-text output, in dialect and without punctuation -----------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好我这边是瀚海银行信用卡中心的请问是陆志强先生吧\n客户：系啊做乜嘢\n坐席：陆先生你尾号六六七九那张卡逾期了四十几天今天打电话跟你核实下还款安排\n客户：我呢排冇开工啊\n坐席：明白嘅可以帮你申请分期你考虑下", [(P, "陆志强")], []),
    ("call", "debtor", "坐席：陆先生你个身份证号码系四四零三零五一九九一零八二八五一六九我冇念错吧\n客户：你点知道嘅", [(ID, "四四零三零五一九九一零八二八五一六九")], [U]),
    ("call", "debtor", "坐席：喂老表你那个速米贷的钱拖了好久了哦\n客户：哪个\n坐席：你是不是冯斌嘛\n客户：是撒\n坐席：那就对了你屋头那个老汉儿住院那个费用我们晓得紧张但是你这边也要想办法嘛你老汉儿肝硬化腹水住在华西哪个科我们都晓得", [(P, "冯斌")], [S]),
    ("call", "debtor", "坐席：喂你好我是速米贷的客服我姓吕请问是冯斌本人不\n客户：是我\n坐席：你的借款逾期了二十天了今天能不能处理一下\n客户：我老汉儿住院了实在拿不出来\n坐席：好的理解你可以在App里头申请延期我给你备注一下家里有人住院", [(P, "冯斌")], []),
    ("call", "debtor", "坐席：侬好我是乐付分期的请问是黎振宇先生伐\n客户：是的呀\n坐席：侬的账单逾期了十五天了侬手机号幺五八八九三幺四五七幺对伐我们再核对一下\n客户：对的", [(P, "黎振宇"), (MB, "幺五八八九三幺四五七幺")], [U]),
    ("call", "debtor", "坐席：侬好我是乐付分期的请问是黎振宇先生伐\n客户：是的呀\n坐席：侬预留的手机号尾数四五七幺对伐\n客户：对的\n坐席：好的侬的账单逾期十五天了今朝能还伐", [(P, "黎振宇")], []),
    ("call", "debtor", "坐席：喂你好恒远资产的我们这边核实下你是不是庞振华\n客户：嗯\n坐席：你在胶州那个厂里上夜班晚上十点进厂早上六点出来我们同事在门口等你几回了都没碰上", [(P, "庞振华")], [S]),
    ("call", "debtor", "坐席：哎你好我是衡平律所的助理小温哈请问你是丁晓峰不\n客户：是的嘛啥子事\n坐席：你那个速米贷的借款委托到我们这儿了想跟你商量下还款方案你看每个月能还好多\n客户：我婆娘要生了最近确实紧\n坐席：那恭喜哈我们可以帮你申请先停三个月", [(P, "丁晓峰")], []),
    ("call", "debtor", "坐席：丁晓峰你婆娘在二附院产科建的档嘛下个月十二号剖腹产我们都晓得的你莫躲", [(P, "丁晓峰")], [S]),
    ("call", "debtor", "坐席：喂您好这边是瀚海银行信用卡中心的请问是岑丽萍女士吗\n客户：是的\n坐席：您的卡片逾期了六十三天我们想了解一下什么原因\n客户：我在信教会里做义工没工资\n坐席：明白那您看家里能不能先安排一部分我们也可以申请分期", [(P, "岑丽萍")], []),
    ("call", "debtor", "坐席：岑女士你每个礼拜三晚上都去西门那个教会聚会的嘛你那些弟兄姊妹晓得你欠钱不还不", [], [S]),
    ("call", "third_party", "坐席：喂你好请问是岑丽萍的哥哥吧\n第三方：是的咋了\n坐席：您妹妹留的是您的号码麻烦您让她方便时候回个电话给我们就行\n第三方：什么事情嘛\n坐席：是她本人的事情要跟她本人说谢谢哥", [(P, "岑丽萍")], []),
    ("call", "third_party", "坐席：喂你好请问是岑丽萍的哥哥吧\n第三方：是的咋了\n坐席：你妹妹那张瀚海的卡欠了八千多两个月了你做哥哥的说一下嘛", [(P, "岑丽萍")], [D]),
    ("call", "debtor", "坐席：喂你好恒远资产的请问冉德胜先生\n客户：是我\n坐席：冉先生我们这边核对一下你的联系方式你那个手机号码是不是一五九四 零四六一 一八二\n客户：不是那个是我老婆的", [(P, "冉德胜"), (MB, "一五九四 零四六一 一八二")], [U]),
    ("call", "debtor", "坐席：你好我是乐付分期的催收员我叫汪磊我的工号是LF7720分机是三幺零二有事可以直接打我们客服热线九五零幺六转分机", [(P, "汪磊")], []),
    ("call", "third_party", "坐席：喂是邵主管吧我是速米贷的你们新来的那个业务员冯斌在我们这儿借的钱一直不还你们单位管不管", [(P, "冯斌")], [D]),
    ("call", "third_party", "坐席：喂您好请问是青禾软件人事部吗我想确认一下于海涛是不是在你们这里上班我们有份邮件需要寄给他本人\n第三方：不方便透露\n坐席：好的没关系打扰了", [(P, "于海涛")], []),
]

# --- WeChat chats with debtors, relatives, and church, club and family group chats ----------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 专员：裘先生您好，我是金桥催收的小邱，受瀚海银行委托联系您，方便的话今天聊下还款？\n客户：你说\n专员：您的卡欠款38,460元，最低可以先还5,000元，剩下申请分期。", [], []),
    ("app", "debtor", "[微信] 专员：裘先生，嫂子是不是还在三院精神科住着？出院手续办了没，办了就该轮到您把卡上的钱处理了。", [], [S]),
    ("app", "debtor", "[微信] 专员：裘先生，听说家里有人在住院，辛苦了。需要的话我们可以帮您申请暂停催收一个月，您把诊断证明拍个照发我就行。", [], []),
    ("app", "debtor", "[微信] 客户：我卡号是6259651717274919，你们帮我查下扣了多少\n专员：好的，查到本月已扣1,200元，剩余3,800元。", [(BC, "6259651717274919")], []),
    ("app", "debtor", "[微信] 客户：你们帮我查下扣了多少\n专员：您是说卡号6259651717274919这张吧？本月已扣1,200元。", [(BC, "6259651717274919")], [U]),
    ("app", "debtor", "[企业微信] 专员：邹先生，您爱人曹淑芬（电话13511391072）今天说她可以先帮您垫一万，您看可以吗？", [(P, "曹淑芬"), (MB, "13511391072")], [U, X]),
    ("app", "third_party", "[微信群：锦绣花园业主群] 专员：各位邻居好，7栋1604的尤建新欠速米贷一万二四个多月了，谁跟他熟帮忙带个话。", [(P, "尤建新")], [D]),
    ("app", "third_party", "[微信群：恩典团契小组] 专员：各位弟兄姊妹平安，请问哪位能联系上岑丽萍姊妹？麻烦请她回个消息给我，谢谢。", [(P, "岑丽萍")], []),
    ("app", "third_party", "[微信群：恩典团契小组] 专员：各位弟兄姊妹平安，岑丽萍姊妹在银行有笔账一直没处理，大家为她祷告，也劝劝她。", [(P, "岑丽萍")], [D]),
    ("app", "third_party", "[微信群：周末骑行俱乐部] 专员：请问戴文斌在群里吗？大家帮忙提醒他，那件事再拖就不好看了，衡平律所那边还在等他。", [(P, "戴文斌")], [D]),
    ("app", "third_party", "[微信群：周末骑行俱乐部] 专员：打扰各位，我想找戴文斌，有份文件需要他本人签收，能转告他私信我吗？", [(P, "戴文斌")], []),
    ("app", "third_party", "[微信群：冯家亲戚群] 专员：冯斌表哥表姐们好，冯斌的借款已逾期一个月，家里人劝劝他。另外他爸冯长贵在华西住院的事我们也知道，住的是消化内科。", [(P, "冯斌"), (P, "冯斌"), (P, "冯长贵")], [D, S, X]),
    ("app", "third_party", "[微信] 专员：光明小学二年级三班的班主任何老师您好，班上莫思彤的爸爸莫小川欠我们平台的钱，家长会的时候帮忙提一句。", [(P, "莫思彤"), (P, "莫小川")], [D, S]),
    ("app", "third_party", "[微信] 专员：何老师您好，打扰了，我们联系不上莫小川先生，如您方便请转告他回个电话，不用转告其他内容，谢谢。", [(P, "莫小川")], []),
    ("app", "third_party", "[微信] 专员：房东您好，您的租客庞振华欠我们资产公司的钱，您下次收房租的时候问问他什么时候还。", [(P, "庞振华")], [D]),
    ("app", "third_party", "[微信] 专员：房东您好，我们有一份邮件要寄给庞振华先生，请问他现在还住在辽宁路那套房子吗？", [(P, "庞振华")], []),
    ("app", "third_party", "[微信] 专员：您好，您是戴文斌以前的领导吧？他离职前在你们公司借的那笔网贷一直没还，能告诉我他现在在哪上班吗？", [(P, "戴文斌")], [D]),
    ("app", "third_party", "[微信] 专员：您好，请问是星河物流的人事吗？冉德胜入职时留的紧急联系人是谁？他的欠款我们需要找人协调。", [(P, "冉德胜")], [D]),
    ("app", "third_party", "[微信] 专员：您好，请问是冉德胜的姐姐吗？麻烦转告他给我们回个电话，谢谢。", [(P, "冉德胜")], []),
    ("app", "third_party", "[微信] 专员：冉姐您好，您弟弟那个账的事，您知道的，我就不多说了，让他别再躲了。", [], [D]),
    ("app", "third_party", "[微信] 专员：宁先生您好，您在2025年3月为宁晓雯的借款签署了连带责任保证合同，目前该借款未按期归还，依合同约定您需在保证范围内承担责任，合同复印件我发您核对。", [(P, "宁晓雯")], []),
    ("app", "third_party", "[微信] 专员：宁先生，您作为保证人的责任我们已经说明。另外告诉您，您女儿宁晓雯在外面还欠了三家网贷，她男朋友也不靠谱。", [(P, "宁晓雯")], [D]),
]

# --- quality-check records and case hand-over notes ---------------------------------------------------------

QA_RECORDS: list[PiplEntry] = [
    ("email", "unknown", "质检记录 QC-20261203-044\n被检坐席：温浩（HY0392）\n录音时长：6分12秒\n问题：开场未报机构全称；客户提出分期后坐席记录了困难原因。结论：轻微扣分，复训一次。", [(P, "温浩")], []),
    ("email", "unknown", "质检记录 QC-20261203-051\n被检坐席：邱丽（JQ1107）\n问题：在微信中向客户提及其配偶在精神科住院情况以施压，违反话术规范。涉及客户裘国栋，手机13967520832。处理：停岗培训。", [(P, "邱丽"), (P, "裘国栋"), (MB, "13967520832")], [S, U]),
    ("email", "unknown", "质检记录 QC-20261204-019\n被检坐席：吕娜（SM2231）\n问题：核身时让客户说出了完整身份证号，坐席复述“五一零一零七一九七六一一零二八二五九”。处理：书面警告。", [(P, "吕娜"), (ID, "五一零一零七一九七六一一零二八二五九")], [U]),
    ("email", "unknown", "质检记录 QC-20261205-002\n涉及客户：黎振宇\n备注：客户称其在精神卫生中心就诊，坐席未追问病情，主动告知可申请暂停计息，处理得当。", [(P, "黎振宇")], [S]),
    ("email", "unknown", "质检记录 QC-20261205-013\n抽检坐席：方可（HP0318）\n结论：通话中核身规范，仅核对身份证后四位，未向第三人透露案情，评分96。", [(P, "方可")], []),
    ("email", "unknown", "案件交接单\n案号：HP-2026-SD-03318\n债务人姓名：丁晓峰，身份证610113197706176933\n住址：西安市雁塔区小寨东路91号长安公寓5号楼2403室\n单位：西安鼎盛物业服务有限公司\n配偶：甘雪（孕28周）\n备注：岳父甘永福可施压。", [(P, "丁晓峰"), (ID, "610113197706176933"), (A, "西安市雁塔区小寨东路91号长安公寓5号楼2403室"), (P, "甘雪"), (P, "甘永福")], [S, U, X]),
    ("email", "unknown", "案件交接单\n案号：HP-2026-SD-03319\n债务人姓名：戴*斌，证件尾号4752\n委托方：速米贷\n欠款：8,640.00元，逾期56天\n已联系：本人2次，无第三方联系记录\n下一步：寄送律师函", [], []),
    ("email", "unknown", "案件交接单\n案号：HP-2026-LF-00972\n债务人姓名：华梦洁\n欠款：5,310.00元\n备注：客户本人称正在化疗，已按委托方政策暂缓60天，暂缓期内不外呼。", [(P, "华梦洁")], [S]),
]

# --- replies to complaints ------------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor", "尤先生您好：\n您12月2日的投诉已收到。经核查，打印外包商在信封外印有欠款信息，系严重违规，本所已终止与该供应商的合作并向您致歉。后续信件一律使用不透明信封。\n衡平律师事务所 投诉处理专员 方可\n联系邮箱：complaint@hengping-law.cn", [(P, "方可"), (EM, "complaint@hengping-law.cn")], []),
    ("email", "debtor", "尤先生您好：\n关于您的投诉，经核查您名下借款确已逾期，您的妻子柏慧（手机18711926738）及您在金鼎花园的邻居均已知悉此事，故不存在泄露问题。\n衡平律师事务所", [(P, "柏慧"), (MB, "18711926738")], [U, X]),
    ("email", "debtor", "邹先生您好：您对坐席通话中提及您住院细节的投诉已受理。我们已对相关坐席停岗处理，并删除了工单中与病情有关的备注。如需查询处理进度，请回复本邮件。瀚海银行信用卡中心客户关系部", [], []),
    ("email", "debtor", "邹先生您好：经调查，坐席所述“您在省人民医院心内科住院九天并放了两个支架”的信息来源于您提供的材料，并无不当。请您按期还款。瀚海银行信用卡中心", [], [S]),
    ("sms", "debtor", "【恒远资产】冉先生，您投诉我司联系您前妻一事，经核查我司人员仅请其转告回电，未提及债务。如有异议可致电0755-8302 6618。", [(LL, "0755-8302 6618")], []),
    ("email", "debtor", "章女士您好：\n您反映我平台短信中提及您孕期消费一事属实。我们已下线该模板，后续短信只包含账单金额与还款日期。对此给您带来的困扰深表歉意。\n乐付分期 客户体验中心\nservice@lefu-pay.com", [(EM, "service@lefu-pay.com")], []),
    ("email", "debtor", "章女士您好：\n您反映的问题已收到。另经系统查询，您本月在和睦家医院的产检消费1,860元及在孕婴坊的消费2,340元均已入账，说明您有还款能力，建议尽快还款。\n乐付分期", [], [S]),
    ("app", "debtor", "【速米贷】投诉回复：莫先生，经核实，外包员工曾向您女儿的班主任透露欠款，违反我司规定，相关人员已辞退。今后我们只在您本人同意的时段与您联系。", [], []),
]

# --- Cantonese and traditional characters ---------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【樂付分期】黎生，你回鄉證號碼H04718263喺我哋系統登記咗，張卡逾期咗，記得還錢。", [(PP, "H04718263")], [U]),
    ("sms", "debtor", "【樂付分期】黎生，你登記嘅回鄉證尾號8263，如有更改請喺App更新資料。", [], []),
    ("sms", "debtor", "【樂付分期】黎生，我哋知你逢星期五晚喺灣仔嗰間清真寺做禮拜，禮拜完之後請覆個電話。", [], [S]),
    ("call", "debtor", "催收員：喂你好，我係恒遠資產嘅，想搵冉德勝先生。\n客戶：我就係，咩事？\n催收員：冉生，你之前銀行張信用卡嘅欠款轉咗畀我哋公司，想同你傾下還款安排。\n客戶：我而家喺香港打散工，手頭好緊。\n催收員：明白，我哋可以幫你申請分二十四期。", [(P, "冉德勝")], []),
    ("call", "debtor", "催收員：冉生，你個港澳通行證號係C30591846，你每朝八點喺羅湖口岸過關，我哋同事會喺嗰度等你。", [(PP, "C30591846")], [S, U]),
    ("call", "third_party", "催收員：喂，請問係唔係冉德勝嘅太太？唔該你叫佢覆個電話畀我哋，號碼係0755-8302 6618，唔該晒。\n第三方：咩事啊？\n催收員：係佢本人嘅事，要同佢本人講，唔好意思。", [(P, "冉德勝"), (LL, "0755-8302 6618")], []),
    ("call", "third_party", "催收員：冉太，你老公張卡仲欠緊我哋兩萬七，你哋屋企諗下點搞啦。", [], [D]),
    ("app", "debtor", "【瀚海銀行信用卡中心】岑女士您好，您的帳戶目前逾期63天，應繳金額新台幣折合人民幣8,907元，如需協商分期，請來電(02)2719-8830分機305。", [(LL, "(02)2719-8830")], []),
    ("app", "debtor", "【瀚海銀行信用卡中心】岑女士，您的護照號碼EA3381926已登錄於本行系統，逾期帳款請儘速繳納。", [(PP, "EA3381926")], [U]),
    ("app", "debtor", "【瀚海銀行信用卡中心】岑女士，聽說您最近在榮總精神科門診固定回診，服用抗憂鬱藥物，請務必按時繳款。", [], [S]),
    ("app", "third_party", "【瀚海銀行信用卡中心】岑小姐的母親您好，您女兒在本行的信用卡已逾期兩個月，請協助提醒。", [], [D]),
    ("app", "third_party", "您好，我們有事需聯繫岑麗萍小姐，麻煩請她回電，謝謝。", [(P, "岑麗萍")], []),
    ("email", "unknown", "寄件人：hk-desk@lefu-pay.com\n收件人：recovery@kwongtat-hk.com\n主旨：委外個案\n債務人黎振宇，香港身份證號碼不在本批資料內，請只用系統電話聯絡，唔好搵佢公司。", [(EM, "hk-desk@lefu-pay.com"), (EM, "recovery@kwongtat-hk.com"), (P, "黎振宇")], []),
    ("email", "unknown", "寄件人：hk-desk@lefu-pay.com\n收件人：recovery@kwongtat-hk.com\n主旨：補充資料\n黎振宇，大陸手機＋86 １５８８９３１４５７１，太太陳美玲喺將軍澳一間幼稚園做老師，個仔喺嗰度讀K2。", [(EM, "hk-desk@lefu-pay.com"), (EM, "recovery@kwongtat-hk.com"), (P, "黎振宇"), (MB, "１５８８９３１４５７１"), (P, "陳美玲")], [S, U, X]),
]

# --- identifiers in every written and spoken form ------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【金桥催收】于先生，您的身份证号3301 0619 8207 0162 50已进入我方委外名单，请今日联系。", [(ID, "3301 0619 8207 0162 50")], [U]),
    ("sms", "debtor", "【金桥催收】于先生，您的卡号6222-4596-1637-5522-359逾期金额19,204元，请尽快处理。", [(BC, "6222-4596-1637-5522-359")], [U]),
    ("sms", "debtor", "【金桥催收】于先生您好，我是受瀚海银行委托的专员小邱，手机17638062799，工作日可联系我。", [(MB, "17638062799")], []),
    ("sms", "debtor", "【金桥催收】还款账户持卡人孔德明身份证号：\n310104197203111268\n请核对后到网点办理。", [(P, "孔德明"), (ID, "310104197203111268")], [U]),
    ("sms", "debtor", "【金桥催收】孔先生，您手机号+86 138 3140 2439已登记为还款提醒号码，逾期款项请今日处理。", [(MB, "138 3140 2439")], [U]),
    ("sms", "debtor", "【金桥催收】孔先生，您手机0086-17700724358仍可接通，为何不接我们电话？", [(MB, "17700724358")], [U]),
    ("sms", "debtor", "【金桥催收】孔先生，您手机尾号2439，我们今天联系您三次未接通，方便时请回电。", [], []),
    ("sms", "debtor", "【速米贷】冯斌身份证号６１０１１３１９７７０８０４６５３４，逾期已三十日。", [(P, "冯斌"), (ID, "６１０１１３１９７７０８０４６５３４")], [U]),
    ("sms", "debtor", "【速米贷】冯先生，您的身份证610113********6534已完成实名，借款逾期请尽快处理。", [], []),
    ("sms", "debtor", "【速米贷】您好冯先生，请把钱转到你自己那张6228.4838.7813.0666的卡上，我们明天划扣。", [(BC, "6228.4838.7813.0666")], [U]),
    ("sms", "debtor", "【乐付分期】章女士，卡号6228 48** **** 8594的自动扣款失败，请确认余额。", [], []),
    ("sms", "debtor", "【乐付分期】章女士，您尾号8594的卡片自动扣款失败，您也可以在App里换绑其他卡。", [], []),
    ("sms", "debtor", "【乐付分期】章雨桐您好，您预留的手机号159****8711将用于接收账单提醒，如需变更请在App内操作。", [(P, "章雨桐")], []),
    ("sms", "debtor", "【乐付分期】章女士请回电，您在平台登记的号码是159-2538-8711，如有变更请更新。", [(MB, "159-2538-8711")], [U]),
    ("notice", "debtor", "还款通知\n借款人：汤明辉\n身份证号：1 4 0 1 0 5 1 9 9 4 0 4 0 7 9 5 3 6\n逾期金额：3,260元\n请于2026年12月31日前还款。\n衡平律师事务所 0571-8796 3320", [(P, "汤明辉"), (ID, "1 4 0 1 0 5 1 9 9 4 0 4 0 7 9 5 3 6"), (LL, "0571-8796 3320")], [U]),
    ("notice", "debtor", "还 款 通 知\n借款人：汤明辉\n证 件 号 码：320585199803113516\n银 行 卡 号：6217 0016 9561 6619\n逾期金额：3 ,260元", [(P, "汤明辉"), (ID, "320585199803113516"), (BC, "6217 0016 9561 6619")], [U]),
    ("notice", "debtor", "协商还款确认书\n甲方：速米贷\n乙方：汤明辉（身份证号码后四位3516）\n双方确认乙方尚欠3,260元，分6期归还，每期543.33元，首期还款日2027年1月10日。\n甲方联系电话：0571-8660 1200 乙方签字：______", [(P, "汤明辉"), (LL, "0571-8660 1200")], []),
    ("notice", "debtor", "律师函（扫描件识别）\n致：华 梦洁 女士\n身份 证号：45010319851107949X\n您 尚欠 乐付分期 5,310 元，请 于十 日内 还款。", [(P, "华 梦洁"), (ID, "45010319851107949X")], [U]),
    ("app", "debtor", "【速米贷】您的护照E47185362已被记录，出境前请结清借款。", [(PP, "E47185362")], [U]),
    ("app", "debtor", "【速米贷】尊敬的用户，身份证号码为420106199709264605的借款人，您的借款已逾期。", [(ID, "420106199709264605")], [U]),
    ("app", "debtor", "【速米贷】您好，请将还款转入本人银行卡6230216575634222135后点击“主动还款”。", [(BC, "6230216575634222135")], [U]),
    ("app", "debtor", "【速米贷】客户经理电话：座机0571-8660 1200转8807，手机18829913964（工作日9点到18点）。", [(LL, "0571-8660 1200"), (MB, "18829913964")], []),
    ("call", "debtor", "坐席：我再跟您报一遍您的银行卡号哈，六二一七 两五六四 九八四五 幺八四零 八两两。\n客户：对对对。", [(BC, "六二一七 两五六四 九八四五 幺八四零 八两两")], [U]),
    ("call", "debtor", "坐席：您的老身份证号码是四二零一零六六五零八二四幺七三吧，现在换了新证没有？\n客户：换了。", [(ID, "四二零一零六六五零八二四幺七三")], [U]),
    ("call", "debtor", "坐席：您好，我是速米贷的方可，工号SM0318，我的直线是0571-8660 1200转8807，有问题可以随时找我。\n客户：好的。", [(P, "方可"), (LL, "0571-8660 1200")], []),
    ("call", "debtor", "坐席：您手机一三七 六三七八 九四二七是本人在用吗？\n客户：是。\n坐席：好的，您借款已逾期，今天能还吗？", [(MB, "一三七 六三七八 九四二七")], [U]),
    ("call", "debtor", "坐席：您预留的手机尾号九四二七是本人在用吗？\n客户：是。\n坐席：好的，您的借款已逾期，今天能还吗？", [], []),
    ("email", "debtor", "岑女士您好：\n附件为您的分期协议，请核对。为保护隐私，协议中您的卡号仅显示为6222 24** **** **** 500，身份证号显示为330106********2332。\n瀚海银行信用卡中心 card-service@hanhai-bank.com.cn", [(EM, "card-service@hanhai-bank.com.cn")], []),
    ("email", "debtor", "岑女士您好：\n附件为您的分期协议。协议所载信息：卡号6222248266629368500，身份证号330106199908022332，请核对无误后签字回传。\n瀚海银行信用卡中心", [(BC, "6222248266629368500"), (ID, "330106199908022332")], [U]),
]

# --- numbers shaped like identifiers that are none ------------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【瀚海银行信用卡中心】您的分期合同编号440305199113285169已生效，首期还款日为1月8日。", [], []),
    ("sms", "debtor", "【恒远资产】您的快递单号773159820046128已签收，内含债权转让通知书，请查阅。", [], []),
    ("sms", "debtor", "【速米贷】您的退款流水号6228481549818595已原路退回，预计1-3个工作日到账。", [], []),
    ("sms", "debtor", "【乐付分期】您的结清编号6222-6042-9684-0554-580已生成，请妥善保存。", [], []),
    ("sms", "debtor", "【衡平律师事务所】案件受理号13951510384，请在与本所联系时提供此编号。", [], []),
    ("sms", "debtor", "【瀚海银行】验证码：３８５２０７，您正在办理分期业务，请勿泄露。", [], []),
    ("call", "debtor", "机器人：您好，这里是速米贷，如需人工服务请拨打四零零 八八幺 五两零，或回复本号码。", [], []),
    ("call", "debtor", "坐席：您的协商单号是幺三九五 幺五幺 零三八四，您记一下，后续打进来报这个号就行。\n客户：好。", [], []),
    ("notice", "debtor", "结清证明\n编号：HY-JQ-20261118-00731\n兹证明冉德胜先生在我司受让债权项下的欠款27,318.64元已于2026年11月18日全部结清，双方债权债务关系终止。\n恒远资产管理有限公司（盖章）", [(P, "冉德胜")], []),
    ("notice", "debtor", "发票\n发票号码：26442000000187053316\n开票日期：2026年12月1日\n金额：300.00元（律师咨询服务费）\n购买方：汤明辉", [(P, "汤明辉")], []),
    ("email", "unknown", "发件人：finance@hengping-law.cn\n收件人：billing@yunjian-post.com\n主题：11月对账\n运单号SF1402938475621至SF1402938475706共86票，合计邮费1,290元，请开具发票。", [(EM, "finance@hengping-law.cn"), (EM, "billing@yunjian-post.com")], []),
    ("sms", "debtor", "【恒远资产】您的车牌粤B·7K2M9相关的停车费代扣与本公司无关，请勿相信冒用我司名义的信息。", [(LP, "粤B·7K2M9")], []),
    ("notice", "debtor", "民事调解书送达回证\n案号：（2026）浙0106民初18427号\n受送达人：戴文斌\n送达文书：民事调解书\n送达地址：以当事人确认的送达地址为准", [(P, "戴文斌")], []),
]

# --- the debt told to others: relatives, ex-spouses, employers, landlords, teachers, groups -----------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【金桥催收】邹太太您好，邹先生的卡已经拖了两个月，您在家多提醒他。", [], [D]),
    ("sms", "third_party", "您好，麻烦转告邹建华先生给我们回个电话，02160872211转8021，谢谢。", [(P, "邹建华"), (LL, "02160872211")], []),
    ("sms", "third_party", "【恒远资产】冉德胜前妻您好，他欠的那笔您应该清楚，有他消息请告知。", [(P, "冉德胜")], [D]),
    ("sms", "third_party", "【速米贷】您好，您的同事冯斌还在我们这边有没处理完的账，请提醒他。", [(P, "冯斌")], [D]),
    ("sms", "third_party", "您好，冯斌先生登记了您为联系人，麻烦您让他方便时回电，无需转告其他事项。", [(P, "冯斌")], []),
    ("sms", "third_party", "【乐付分期】黎振宇的姐姐您好，您弟弟的分期还差三千多，家里人帮着凑一凑吧。", [(P, "黎振宇")], [D]),
    ("sms", "third_party", "【衡平律师事务所】丁先生的岳父您好，您女婿在速米贷的事您也该知道了，劝他早点处理。", [], [D]),
    ("sms", "third_party", "【衡平律师事务所】甘先生您好，我们是衡平律师事务所，有份文件需要丁晓峰先生本人签收，麻烦告知他与我们联系。", [(P, "丁晓峰")], []),
    ("email", "third_party", "收件人：hr@qinghe-soft.com\n主题：员工于海涛相关事宜\n贵司人力资源部：贵司员工于海涛在瀚海银行信用卡逾期，金额近两万元，请贵司协助督促，必要时从工资中代扣。", [(EM, "hr@qinghe-soft.com"), (P, "于海涛")], [D]),
    ("email", "third_party", "收件人：hr@qinghe-soft.com\n主题：邮件转交请求\n您好，我司有一封寄给于海涛先生本人的密封信件，因地址变更无法投递，烦请告知本人与我们联系领取。谢谢。\n周文 zhouwen@jqsvc.com.cn", [(EM, "hr@qinghe-soft.com"), (P, "于海涛"), (P, "周文"), (EM, "zhouwen@jqsvc.com.cn")], []),
    ("email", "third_party", "收件人：hr@dingsheng-wuye.com\n主题：入职核实\n您好，贵司新入职员工丁晓峰之前在我方委托人处有未结清款项，为核实其还款能力，请提供其工资标准。", [(EM, "hr@dingsheng-wuye.com"), (P, "丁晓峰")], [D]),
    ("email", "third_party", "收件人：admin@tongda-logistics.com\n主题：前员工冉德胜\n您好，冉德胜在职期间办理的信用卡至今未还，转到我们公司了，请问他离职后去了哪里？", [(EM, "admin@tongda-logistics.com"), (P, "冉德胜")], [D]),
    ("app", "third_party", "[微信] 专员：阿姨您好，您是邹建华的房东吧？他最近是不是手头很紧？他那边的事情拖得太久了，您帮我们劝劝。", [(P, "邹建华")], [D]),
    ("app", "third_party", "[微信] 专员：阿姨您好，请问邹建华先生还住您这里吗？我们有一份挂号信需要他本人签收。", [(P, "邹建华")], []),
    ("app", "third_party", "[微信群：城西羽毛球俱乐部] 专员：大家好，邹建华这个月还打球吗？他在瀚海的卡出了点问题，让他联系一下我们。", [(P, "邹建华")], [D]),
    ("app", "third_party", "[微信群：黎家一家亲] 专员：各位长辈好，振宇的事想必大家都听说了，分期平台那边一直在找他。", [(P, "振宇")], [D]),
    ("app", "third_party", "[微信] 专员：您好，您是章雨桐的大学同学吧？她在我们平台的账单一直没交，您帮忙问问。", [(P, "章雨桐")], [D]),
    ("app", "third_party", "[微信] 专员：您好，您是章雨桐的大学同学吧？能否请她方便时加一下我微信，谢谢。", [(P, "章雨桐")], []),
    ("call", "third_party", "坐席：喂你好请问是汤明辉的弟弟吗\n联系人：是我\n坐席：你哥留了你的电话作为联系人，麻烦让他回个电话，我们是速米贷的\n联系人：他咋了\n坐席：这个需要他本人来处理，不方便多说，谢谢你", [(P, "汤明辉")], [D]),
    ("call", "third_party", "坐席：喂你好请问是汤明辉的弟弟吗\n联系人：是我\n坐席：麻烦你转告他给我回个电话，号码0571-8660 1200，谢谢\n联系人：行", [(P, "汤明辉"), (LL, "0571-8660 1200")], []),
    ("call", "third_party", "坐席：喂您好，请问是汤明辉的新单位吗？我找一下人事。\n第三方：我就是人事。\n坐席：汤明辉之前在速米贷那笔到现在还挂着，你们入职时背调没查到吗？", [(P, "汤明辉"), (P, "汤明辉")], [D]),
    ("call", "third_party", "坐席：喂您好，请问是华梦洁的母亲吗？\n第三方：是的。\n坐席：阿姨我们是乐付分期的，她的账单逾期两个多月了，您看家里能不能先帮她还上。", [(P, "华梦洁")], [D]),
    ("call", "third_party", "坐席：喂您好，请问是华梦洁的母亲吗？\n第三方：是的。\n坐席：阿姨麻烦您让她方便时回个电话，谢谢您。\n第三方：她在住院呢。\n坐席：好的阿姨，那不打扰了，让她养好身体。", [(P, "华梦洁")], []),
    ("call", "third_party", "坐席：您好，请问是宁建国先生吗？您是宁晓雯借款的保证人，借款已经逾期，根据您签的保证合同，您需要承担保证责任，我们把合同条款给您读一下。\n第三方：我知道了。", [(P, "宁建国"), (P, "宁晓雯")], []),
    ("call", "third_party", "坐席：宁先生您好，您女儿除了我们这笔，在外面还有好几个平台欠着，一共七八万，您心里有个数。", [], [D]),
    ("notice", "third_party", "保证责任告知函\n宁建国先生：\n您于2025年3月12日签署《连带责任保证合同》，为借款人宁晓雯在速米贷的借款提供保证。该借款已逾期，尚欠本息9,420元。依合同第五条，请您于收函后十五日内履行保证责任或与我们协商。\n衡平律师事务所 0571-8796 3320", [(P, "宁建国"), (P, "宁晓雯"), (LL, "0571-8796 3320")], []),
    ("notice", "third_party", "致：星河物流有限公司人力资源部\n贵司员工冉德胜（身份证号510107780410339）拖欠债务，请贵司于每月发薪时扣留其工资并转入我司账户。\n恒远资产管理有限公司", [(P, "冉德胜"), (ID, "510107780410339")], [D, U]),
    ("notice", "third_party", "致：光明小学二年级三班家长委员会\n班上莫思彤的父亲莫小川长期拖欠借款不还，请各位家长注意与其往来。\n速米贷风控部", [(P, "莫思彤"), (P, "莫小川")], [D, S]),
]

# --- relatives, employers and homes named where the message does not need them -----------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【金桥催收】于海涛先生，您父亲于长林、母亲彭桂英都在老家，您也不想他们为这事操心吧？请今天还款。", [(P, "于海涛"), (P, "于长林"), (P, "彭桂英")], [X]),
    ("sms", "debtor", "【金桥催收】于海涛，杭州青禾软件有限公司测试部，请你本周内处理欠款。", [(P, "于海涛")], [X]),
    ("sms", "debtor", "【速米贷】冯斌，你哥冯强、你嫂子毛丽娟的电话我们都有，你自己看着办。", [(P, "冯斌"), (P, "冯强"), (P, "毛丽娟")], [X]),
    ("sms", "debtor", "【速米贷】冯斌，你女朋友苏晴电话15345163145，要不要我们先问问她？", [(P, "冯斌"), (P, "苏晴"), (MB, "15345163145")], [U, X]),
    ("sms", "debtor", "【乐付分期】章雨桐女士，家住广州市天河区天河北路366号翠园小区12栋803，请尽快还款。", [(P, "章雨桐"), (A, "广州市天河区天河北路366号翠园小区12栋803")], [X]),
    ("sms", "debtor", "【乐付分期】章雨桐，你老公贺俊在越秀区一家设计院上班，他知道你在我们这分期买了多少东西吗？", [(P, "章雨桐"), (P, "贺俊")], [X]),
    ("sms", "debtor", "【恒远资产】冉德胜，您儿子冉浩然、女儿冉雨萱的名字我们都知道，做父亲的要有担当。", [(P, "冉德胜"), (P, "冉浩然"), (P, "冉雨萱")], [X]),
    ("sms", "debtor", "【衡平律师事务所】戴文斌，你在华信证券滨江营业部做客户经理，这样拖欠对你职业不好。", [(P, "戴文斌")], [X]),
    ("sms", "debtor", "【衡平律师事务所】戴先生，您的妹妹戴文静（手机13754143080）说会转告您，请尽快联系本所。", [(P, "戴文静"), (MB, "13754143080")], [U, X]),
    ("sms", "debtor", "【瀚海银行信用卡中心】孔德明先生，您的配偶邵玉兰、岳母朱秀珍均为本行客户，请勿影响家人信用。", [(P, "孔德明"), (P, "邵玉兰"), (P, "朱秀珍")], [X]),
    ("sms", "debtor", "【瀚海银行信用卡中心】陆志强，住广州市海珠区江南大道中128号南苑2座1507，你的卡欠款38,460元。", [(P, "陆志强"), (A, "广州市海珠区江南大道中128号南苑2座1507")], [X]),
    ("app", "debtor", "【速米贷】汤明辉，你在郑州宇通客车总装车间上班，车间主任是郝建军，要不要我们打给他？", [(P, "汤明辉"), (P, "郝建军")], [X]),
    ("app", "debtor", "【速米贷】汤明辉，你妈冯秀英电话15084625154，你爸汤福贵电话17789978989，你选一个吧。", [(P, "汤明辉"), (P, "冯秀英"), (MB, "15084625154"), (P, "汤福贵"), (MB, "17789978989")], [U, X]),
    ("app", "debtor", "【乐付分期】黎振宇，你太太陈美玲在将军澳教书，个仔读K2，我哋都知，快啲還錢。", [(P, "黎振宇"), (P, "陈美玲")], [S, X]),
    ("app", "debtor", "【乐付分期】华梦洁，你前夫岳涛现在住滨江区江南大道3888号，要我们去问问他吗？", [(P, "华梦洁"), (P, "岳涛"), (A, "滨江区江南大道3888号")], [X]),
    ("app", "debtor", "【乐付分期】华女士，您的账单已逾期，因您提交了住院证明，我们已为您暂停催收60天。", [], []),
    ("app", "debtor", "【瀚海银行信用卡中心】宁晓雯，您的男朋友侯宇航在阿里巴巴西溪园区上班，他是否知道您的欠款？", [(P, "宁晓雯"), (P, "侯宇航")], [X]),
    ("app", "debtor", "【恒远资产】庞振华先生，您弟弟庞振国的修车铺开在城阳区正阳路76号，生意还行吧？", [(P, "庞振华"), (P, "庞振国"), (A, "城阳区正阳路76号")], [X]),
    ("call", "debtor", "坐席：庞先生你在胶州那个青岛海运包装厂上班嘛，你们厂长叫宫建民对吧，我们也可以找他聊聊。\n客户：别别别。", [(P, "宫建民")], [X]),
    ("call", "debtor", "坐席：孔先生，你小舅子邵玉龙的电话是18850168571，你老婆的号码我们也有，要不要我们一个个打？\n客户：你们这是违法的。", [(P, "邵玉龙"), (MB, "18850168571")], [U, X]),
    ("call", "debtor", "坐席：邹先生，你爱人在瀚海银行徐汇支行当柜员对吧，同一个银行，你这个欠款让她很难做啊。\n客户：这跟她没关系。", [], [X]),
    ("call", "debtor", "坐席：丁晓峰，你在鼎盛物业当保安队长，小寨东路91号长安公寓5号楼2403就是你家吧。", [(P, "丁晓峰"), (A, "小寨东路91号长安公寓5号楼2403")], [X]),
    ("call", "debtor", "坐席：冯斌，你表姐冯丽在成都七中教书，你表哥冯涛在华西当医生，你们家都是体面人吧。", [(P, "冯斌"), (P, "冯丽"), (P, "冯涛")], [X]),
    ("call", "debtor", "坐席：冉先生，你老丈人蒋德才住在宝安区新安街道宝城23区4栋502，他知道你欠钱吗？\n客户：你们别去骚扰他。", [(P, "蒋德才"), (A, "宝安区新安街道宝城23区4栋502")], [X]),
    ("email", "debtor", "岑丽萍女士：\n您的信用卡欠款尚未结清。我们了解到您的丈夫包立新（手机15070268419）在台北市信义区松仁路100号上班，女儿包欣怡在台北市立仁爱国中就读。\n瀚海银行信用卡中心", [(P, "岑丽萍"), (P, "包立新"), (MB, "15070268419"), (A, "台北市信义区松仁路100号"), (P, "包欣怡")], [S, U, X]),
    ("notice", "debtor", "催告函\n致：尤建新先生\n经查，您现就职于南京苏宁易购集团物流中心，您妻子柏慧在鼓楼医院药剂科工作，您的借款12,000元已逾期4个月，请即还款。\n衡平律师事务所", [(P, "尤建新"), (P, "柏慧")], [X]),
    ("notice", "debtor", "催告函\n致：尤建新先生\n地址：南京市鼓楼区中山北路203号金鼎花园7栋1604室\n您的借款12,000元已逾期4个月，请于收函后十日内通过速米贷App还款或与本所协商。\n衡平律师事务所 0571-8796 3320 2026年12月5日", [(P, "尤建新"), (A, "南京市鼓楼区中山北路203号金鼎花园7栋1604室"), (LL, "0571-8796 3320")], []),
    ("sms", "third_party", "【速米贷】柏女士您好，您丈夫尤建新欠款12,000元已逾期4个月，他公司在苏宁物流中心，你们家住金鼎花园7栋1604。", [(P, "尤建新")], [D, X]),
    ("sms", "third_party", "【乐付分期】侯先生您好，您女朋友宁晓雯家住文三路华星公寓，她的账单已经逾期，请提醒。", [(P, "宁晓雯")], [D, X]),
    ("app", "third_party", "[微信] 专员：冯老师您好，您表弟冯斌欠我们速米贷一万多，他现在住在成华区建设路55号3栋1单元702，您有空去看看他。", [(P, "冯斌"), (A, "成华区建设路55号3栋1单元702")], [D, X]),
    ("app", "third_party", "[微信] 专员：宫厂长您好，您厂里的庞振华欠我们资产公司的钱，他老婆吕彩霞电话19936258952，您方便的话帮忙劝劝。", [(P, "庞振华"), (P, "吕彩霞"), (MB, "19936258952")], [D, U, X]),
    ("call", "third_party", "坐席：喂，是邵玉兰吗？你老公孔德明欠我们银行五万多，你妈朱秀珍那边我们也打过了。\n第三方：你们怎么能这样？", [(P, "邵玉兰"), (P, "孔德明"), (P, "朱秀珍")], [D, X]),
    ("call", "third_party", "坐席：喂，请问是邵玉兰女士吗？请您转告孔德明先生给瀚海银行信用卡中心回个电话，谢谢。\n第三方：好。", [(P, "邵玉兰"), (P, "孔德明")], [D]),
    ("call", "third_party", "坐席：喂，请问是邵玉兰女士吗？麻烦您转告孔德明先生回个电话到02160872211，是他本人的事情。\n第三方：好。", [(P, "邵玉兰"), (P, "孔德明"), (LL, "02160872211")], []),
    ("email", "third_party", "收件人：hr@huaxin-sec.com.cn\n主题：贵司员工戴文斌\n贵司滨江营业部员工戴文斌，住滨江区春波路18号春江花月5幢2单元901，欠速米贷8,640元，其妹戴文静亦知情，请贵司督促。", [(EM, "hr@huaxin-sec.com.cn"), (P, "戴文斌"), (A, "滨江区春波路18号春江花月5幢2单元901"), (P, "戴文静")], [D, X]),
    ("notice", "third_party", "致：青岛海运包装厂\n贵厂员工庞振华，身份证370212198709287659，家住辽宁路148号3单元502户，欠我司债务未还，请配合。\n恒远资产管理有限公司", [(P, "庞振华"), (ID, "370212198709287659"), (A, "辽宁路148号3单元502户")], [D, U, X]),
    ("app", "third_party", "[微信群：宇通总装车间三班] 专员：各位师傅好，汤明辉和他爱人冯秀梅最近都不接电话，他们两口子在速米贷的账大家帮忙催一下。", [(P, "汤明辉"), (P, "冯秀梅")], [D, X]),
    ("app", "third_party", "[微信群：海珠江南大道南苑业主群] 专员：南苑2座1507的陆志强业主，您家的信用卡账单请尽快处理，大家见到他帮忙提醒。", [(P, "陆志强")], [D, X]),
]

# --- the law firm's case files: exhibits quoted in memos, court filings and evidence lists --------------------

CASE_FILES: list[PiplEntry] = [
    ("email", "unknown", "案件备忘录（内部）\n当事人：裘国栋\n证据7：金桥催收专员微信截图，内容涉及当事人妻子在三院精神科住院及出院时间，当事人手机13967520832。\n拟主张：对方违法处理敏感个人信息。", [(P, "裘国栋"), (MB, "13967520832")], [S, U]),
    ("email", "unknown", "案件备忘录（内部）\n当事人：裘某\n证据7：催收方微信截图一张，涉及当事人家属健康信息（已在证据副本中遮蔽）。\n拟主张：对方违法处理敏感个人信息。", [], []),
    ("email", "unknown", "案件备忘录（内部）\n当事人：莫小川\n证据3：速米贷短信截图，提及当事人女儿在光明小学二年级三班、下午四点放学。\n证据4：该公司致家长委员会函。\n下一步：向地方金融监管局投诉。", [(P, "莫小川")], [S]),
    ("email", "unknown", "案件备忘录（内部）\n当事人：莫小川\n证据3、4：短信及函件截图共5页，已编号装订。\n下一步：向地方金融监管局投诉，三日内完成。", [(P, "莫小川")], []),
    ("email", "unknown", "案件备忘录（内部）\n当事人：章雨桐，家住广州市天河区天河北路366号翠园小区12栋803，丈夫贺俊（手机18677966765），孕32周，在和睦家医院产检。\n证据：乐付分期短信9条。", [(P, "章雨桐"), (A, "广州市天河区天河北路366号翠园小区12栋803"), (P, "贺俊"), (MB, "18677966765")], [S, U, X]),
    ("email", "unknown", "案件备忘录（内部）\n当事人：章雨桐\n证据：乐付分期短信9条，其中2条提及当事人孕期消费；已去除截图中的其他个人信息。\n联系当事人：经其本人同意仅通过微信。", [(P, "章雨桐")], [S]),
    ("notice", "unknown", "民事起诉状\n原告：于海涛，男，汉族，住杭州市西湖区文三路277号华星公寓3幢1102室\n被告：金桥催收服务有限公司\n诉讼请求：判令被告停止向原告工作单位披露原告债务信息并赔礼道歉。\n事实与理由：被告于2026年11月向原告所在单位人力资源部发送电子邮件，告知原告信用卡逾期金额，要求代扣工资。", [(P, "于海涛"), (A, "杭州市西湖区文三路277号华星公寓3幢1102室")], []),
    ("notice", "unknown", "证据清单\n证据1：瀚海银行信用卡中心短信截图（证明被告播报原告工资入账信息）\n证据2：金桥催收致原告单位邮件（证明被告向第三人披露债务）\n证据3：通话录音及文字稿\n提交人：原告代理人 明理律师事务所 简若溪", [(P, "简若溪")], []),
    ("notice", "unknown", "证据清单\n证据1：短信截图（原告工资卡6222944023638324330本月入账9,870元）\n证据2：原告配偶的通话记录\n提交人：原告代理人", [(BC, "6222944023638324330")], [S, U]),
    ("email", "debtor", "于先生您好：\n起诉状已定稿，附件请查收。您上次提到不希望写入家人信息，我们已删去，只保留与本案相关的事实。开庭时间确定后再通知您。\n明理律师事务所 简若溪 jianrx@mingli-law.org.cn", [(P, "简若溪"), (EM, "jianrx@mingli-law.org.cn")], []),
    ("email", "debtor", "于海涛先生：\n听说您太太郑丽娟最近每周都去市七医院看抑郁症，您还是尽快把卡上的钱还了，省得她再操心。\n金桥催收 法务部", [(P, "于海涛"), (P, "郑丽娟")], [S, X]),
    ("email", "third_party", "发件人：legal@jinqiao-collect.com\n收件人：zheng.lijuan@163.com\n主题：于海涛案材料\n郑女士您好，您丈夫的信用卡欠款38,000余元一案已进入诉讼，请您配合提供家庭收支情况。", [(EM, "legal@jinqiao-collect.com"), (EM, "zheng.lijuan@163.com"), (P, "于海涛")], [D]),
    ("email", "third_party", "收件人：zheng.lijuan@163.com\n主题：请转告\n郑女士您好，我是明理律师事务所的简若溪，有事需与于海涛先生本人联系，麻烦您转告他回复我的邮件，谢谢。", [(EM, "zheng.lijuan@163.com"), (P, "简若溪"), (P, "于海涛")], []),
    ("sms", "third_party", "【金桥催收】于海涛的老同事您好，他那张卡的事您应该听说了，帮忙带个话让他联系我们。", [(P, "于海涛")], [D]),
    ("sms", "third_party", "【金桥催收】葛女士，您前夫于海涛的信用卡还没处理，离婚时债务怎么分的您心里清楚。", [(P, "于海涛")], [D]),
    ("sms", "third_party", "【金桥催收】于老师您好，您哥哥于海涛近况如何？他那笔钱的事情一直没动静，您多上心。", [(P, "于海涛")], [D]),
    ("app", "third_party", "[微信] 专员：黄老板您好，戴文斌之前在您店里做过兼职，他最近手头好像出了点状况，欠的那笔一直没还，您有他新地址吗？", [(P, "戴文斌")], [D]),
    ("app", "third_party", "[微信群：城南浸信会青年团契] 专员：平安！请为丁晓峰弟兄的经济难处代祷，他在网贷上的欠款已经拖了四个月。", [(P, "丁晓峰")], [D]),
    ("app", "third_party", "[微信群：八一车友会] 专员：群里有认识华梦洁的吗？她的账我们找了她两个月了。", [(P, "华梦洁")], [D]),
    ("app", "third_party", "[微信] 专员：张老师您好，孩子妈妈章雨桐最近联系不上，她在乐付分期那边的事情比较急，麻烦您开家长会时跟她说一声。", [(P, "章雨桐")], [D]),
    ("call", "third_party", "坐席：喂，您好，这里是乐付分期，请问是章雨桐的妈妈吗？\n第三方：我是。\n坐席：阿姨，您女儿怀着孕我们也不好多打扰她，您做妈妈的帮她把这个月的一千三先还了吧。\n第三方：她怎么了？", [(P, "章雨桐")], [D, S]),
    ("call", "third_party", "坐席：喂，您好，请问是青禾软件前台吗？我找一下于海涛。\n第三方：他出去了。\n坐席：那麻烦您转告他回个电话，谢谢。", [(P, "于海涛")], []),
    ("call", "third_party", "坐席：喂，是于海涛的房东吧？他欠银行的钱，是不是连你的房租也拖着？\n第三方：那我不清楚。", [(P, "于海涛")], [D]),
    ("call", "third_party", "坐席：喂你好，请问是冯斌以前的单位吧，他走的时候是不是还欠着一笔速米贷的钱？你们有没有他的新电话？", [(P, "冯斌")], [D]),
    ("call", "debtor", "坐席：裘先生，您在第三人民医院开的那些抗焦虑的药，一个月也要好几百吧？这钱不如先拿来还卡。\n客户：你怎么知道我吃药？", [], [S]),
    ("call", "debtor", "坐席：冯斌，你每天中午十二点在春熙路那个快餐店吃饭，我们都看到了。", [(P, "冯斌")], [S]),
    ("call", "debtor", "坐席：汤先生，你周三周六晚上都在二七区那个棋牌室打到半夜，打牌有钱还款没钱？\n客户：那是朋友请的。", [], [S]),
    ("call", "debtor", "坐席：戴先生，您支付宝余额宝里还有三万二，微信零钱也有四千多，为什么不还？\n客户：那是我老婆的。", [], [S]),
    ("call", "debtor", "坐席：岑女士，您是残疾人证持证人吧？每个月领的那个补贴也可以先拿来还一部分。\n客户：那是我的生活费。", [], [S]),
    ("app", "debtor", "【恒远资产】冉先生，您从今年3月起领取低保，每月720元，我们建议您从中拿出一部分还款。", [], [S]),
    ("app", "debtor", "【乐付分期】华女士，您在市肿瘤医院的第四次化疗是下周一吧？住院前请先把账单处理了。", [], [S]),
    ("app", "debtor", "【瀚海银行信用卡中心】宁晓雯，您上周两次在夜里一点向境外博彩网站转账，共计1.6万元。", [(P, "宁晓雯")], [S]),
    ("sms", "debtor", "【衡平律师事务所】丁晓峰，您2019年因醉驾被拘留过的记录我们都清楚，请珍惜信用。", [(P, "丁晓峰")], [S]),
    ("sms", "debtor", "【金桥催收】邹先生，您每周二、四上午都在长海医院做康复，下次我们就在康复科门口找您当面聊。", [], [S]),
]

# --- more of the partner firm's and the agencies' traffic: names, numbers and homes of others ----------------------

MORE_TRAFFIC: list[PiplEntry] = [
    ("sms", "debtor", "【衡平律师事务所】华梦洁女士，您的紧急联系人岳涛（17390292157）、母亲华桂芝（13877119405）均可作为还款协调人，请自行选择。", [(P, "华梦洁"), (P, "岳涛"), (MB, "17390292157"), (P, "华桂芝"), (MB, "13877119405")], [U, X]),
    ("sms", "debtor", "【衡平律师事务所】范志刚，你在深圳福田区深南大道6008号特区报业大厦的公司叫鑫海传媒，对吧？", [(P, "范志刚"), (A, "深圳福田区深南大道6008号特区报业大厦")], [X]),
    ("sms", "debtor", "【衡平律师事务所】范志刚先生，您弟弟范志勇电话18800901929，他已同意帮您还一半，请您确认。", [(P, "范志刚"), (P, "范志勇"), (MB, "18800901929")], [U, X]),
    ("sms", "debtor", "【金桥催收】裘国栋，您女儿裘思雨在杭州学军中学高二（5）班，您岳母沈月娥住在拱墅区湖墅南路88号。", [(P, "裘国栋"), (P, "裘思雨"), (P, "沈月娥"), (A, "拱墅区湖墅南路88号")], [S, X]),
    ("sms", "debtor", "【金桥催收】陆志强，你老婆黄慧敏在广州农商行江南支行上班，电话18279040861，你要我们找她？", [(P, "陆志强"), (P, "黄慧敏"), (MB, "18279040861")], [U, X]),
    ("sms", "debtor", "【速米贷】莫小川，你前妻林晓彤和现任丈夫住在罗湖区翠竹路2018号翠拥华庭3栋1205，你不想我们去问吧？", [(P, "莫小川"), (P, "林晓彤"), (A, "罗湖区翠竹路2018号翠拥华庭3栋1205")], [X]),
    ("sms", "debtor", "【乐付分期】黎振宇，你同事关家豪、梁嘉欣电话都在你通讯录里，分别是19918881950和15306784102。", [(P, "黎振宇"), (P, "关家豪"), (P, "梁嘉欣"), (MB, "19918881950"), (MB, "15306784102")], [U, X]),
    ("sms", "debtor", "【恒远资产】冉德胜，你表哥冉德福在东莞长安镇开五金厂，厂名我们也知道，要不要去坐坐？", [(P, "冉德胜"), (P, "冉德福")], [X]),
    ("app", "debtor", "【速米贷】汤明辉，你女儿汤欣悦在郑州中原区伏牛路小学读三年级，每天下午四点半你老婆冯秀梅去接她。", [(P, "汤明辉"), (P, "汤欣悦"), (P, "冯秀梅")], [S, X]),
    ("app", "debtor", "【速米贷】邹建华先生，您的欠款已逾期，您在上海汇丰大厦的单位同事顾卫东说您最近常请假。", [(P, "邹建华"), (P, "顾卫东")], [X]),
    ("app", "debtor", "【乐付分期】章雨桐，您的公公贺长河（15837097474）上周接了我们电话，您还要让老人操心吗？", [(P, "章雨桐"), (P, "贺长河"), (MB, "15837097474")], [U, X]),
    ("app", "debtor", "【瀚海银行信用卡中心】宁晓雯，身份证330106200112227020，住西湖区文三路华星公寓，您的卡已逾期。", [(P, "宁晓雯"), (ID, "330106200112227020")], [U, X]),
    ("call", "debtor", "坐席：于海涛，你们部门经理叫司马俊，手机一三八 三九五一 零九八四，我们打过去你脸上好看吗？\n客户：你们不能打。", [(P, "于海涛"), (P, "司马俊"), (MB, "一三八 三九五一 零九八四")], [U, X]),
    ("call", "debtor", "坐席：裘国栋啊，你小舅子沈浩在萧山机场做地勤，你老丈人沈国华退休前是区教育局的，你家亲戚都体面啊。", [(P, "裘国栋"), (P, "沈浩"), (P, "沈国华")], [X]),
    ("call", "debtor", "坐席：冯斌，你的新单位是成都天府软件园C区8栋的迅捷科技，你的主管邵明，我没说错吧？\n客户：……", [(P, "冯斌"), (A, "成都天府软件园C区8栋"), (P, "邵明")], [X]),
    ("call", "debtor", "坐席：陆生，你阿妈陆何氏住喺番禺市桥大北路33號3樓，佢年紀大，你唔想我哋上門同佢傾吖嘛。", [(A, "番禺市桥大北路33號3樓")], [X]),
    ("call", "debtor", "坐席：岑女士，你先生包立新的護照號碼E63018427我們也有，他出入境很頻繁吧。\n客户：這跟他有什麼關係？", [(P, "包立新"), (PP, "E63018427")], [S, U, X]),
    ("email", "debtor", "戴文斌先生：\n经核实，您名下借款逾期56天。您的未婚妻俞佳（手机13542373143，就职于杭州银行钱江新城支行）亦为本案联系人。请尽快还款。\n衡平律师事务所", [(P, "戴文斌"), (P, "俞佳"), (MB, "13542373143")], [U, X]),
    ("email", "debtor", "丁晓峰先生：\n附件为还款计划表。另告知：您的母亲丁桂兰已登记为本案备用联系人，她住在鄠邑区甘亭镇东街12号。", [(P, "丁晓峰"), (P, "丁桂兰"), (A, "鄠邑区甘亭镇东街12号")], [X]),
    ("notice", "debtor", "催款通知\n致：孔德明先生\n您在瀚海银行的欠款52,671.80元已委托本公司催收。您的妻子邵玉兰（电话18218831564）、女儿孔令仪（上海市徐汇区向阳小学）已列为联系人。\n金桥催收服务有限公司", [(P, "孔德明"), (P, "邵玉兰"), (MB, "18218831564"), (P, "孔令仪")], [S, U, X]),
    ("notice", "debtor", "催款通知\n致：庞振华先生\n您的欠款已逾期。您父亲庞德顺、母亲于秀兰居住的胶州市三里河街道郑州东路15号2单元301室，我司已掌握。\n恒远资产管理有限公司", [(P, "庞振华"), (P, "庞德顺"), (P, "于秀兰"), (A, "胶州市三里河街道郑州东路15号2单元301室")], [X]),
    ("sms", "third_party", "【速米贷】邵明主管您好，贵司员工冯斌（手机17694161844）欠我司借款逾期两个月，请转告他尽快处理。", [(P, "邵明"), (P, "冯斌"), (MB, "17694161844")], [D, U]),
    ("sms", "third_party", "【乐付分期】贺先生您好，您太太章雨桐在我平台的分期已逾期一个多月，她预产期在即，家里多帮衬。", [(P, "章雨桐")], [D, S]),
    ("sms", "third_party", "【金桥催收】沈阿姨，您女婿裘国栋的卡还欠着三万八，您女儿住院的钱我们就不说了，劝他还上吧。", [(P, "裘国栋")], [D, S]),
    ("app", "third_party", "[微信] 专员：俞小姐您好，您未婚夫戴文斌欠速米贷八千多，他住滨江区春波路18号春江花月5幢2单元901，您应该知道吧。", [(P, "戴文斌"), (A, "滨江区春波路18号春江花月5幢2单元901")], [D, X]),
    ("app", "third_party", "[微信群：湖墅南路老邻居] 专员：沈月娥阿姨的女婿裘国栋在银行欠了钱，大家见到沈阿姨帮忙说一声。", [(P, "沈月娥"), (P, "裘国栋")], [D]),
    ("app", "third_party", "[微信] 专员：顾先生您好，您同事邹建华在瀚海银行那边的事还没解决，他老婆曹淑芬的电话能给我一下吗？", [(P, "邹建华"), (P, "曹淑芬")], [D, X]),
    ("app", "third_party", "[微信] 专员：关生你好，你同事黎振宇喺我哋平台嘅分期已經逾期，佢太太陳美玲嘅電話你有冇？", [(P, "黎振宇"), (P, "陳美玲")], [D, X]),
    ("call", "third_party", "坐席：喂，是华桂芝阿姨吗？您女儿华梦洁欠乐付分期五千三，她前夫岳涛的电话是一七三 九零二九 二一五七，您让他们商量一下。\n第三方：你们怎么有我电话？", [(P, "华桂芝"), (P, "华梦洁"), (P, "岳涛"), (MB, "一七三 九零二九 二一五七")], [D, U, X]),
    ("call", "third_party", "坐席：喂，请问是冉德福吗？你表弟冉德胜欠我们公司两万七，他老婆蒋丽华的电话停机了，你知道她现在在哪上班吗？\n第三方：不知道。", [(P, "冉德福"), (P, "冉德胜"), (P, "蒋丽华")], [D, X]),
    ("email", "third_party", "收件人：hr@xinhai-media.com\n主题：员工范志刚欠款\n贵司员工范志刚（身份证44030519940618952X，手机15970857830）欠乐付分期4,830.50元未还，请贵司协助。", [(EM, "hr@xinhai-media.com"), (P, "范志刚"), (ID, "44030519940618952X"), (MB, "15970857830")], [D, U]),
    ("email", "third_party", "收件人：principal@xiangyang-school.edu.cn\n主题：学生家长孔德明\n贵校三年级二班孔令仪同学的父亲孔德明欠我方委托人信用卡欠款五万余元，请学校协助联系家长。", [(EM, "principal@xiangyang-school.edu.cn"), (P, "孔令仪"), (P, "孔德明")], [D, S]),
    ("email", "unknown", "发件人：ops@jinqiao-collect.com\n收件人：data@tianyan-check.com\n主题：失联修复\n请查询以下人员的新联系方式及工作单位：陆志强 440305199108285169；其妻黄慧敏 18279040861；其母居番禺市桥。", [(EM, "ops@jinqiao-collect.com"), (EM, "data@tianyan-check.com"), (P, "陆志强"), (ID, "440305199108285169"), (P, "黄慧敏"), (MB, "18279040861")], [U, X]),
    ("email", "unknown", "发件人：ops@jinqiao-collect.com\n收件人：data@tianyan-check.com\n主题：失联修复需求说明\n本月需修复失联案件32户，仅提供案件编号和委托方授权书，请通过合法渠道核实本人联系方式，不得获取亲属及单位信息。", [(EM, "ops@jinqiao-collect.com"), (EM, "data@tianyan-check.com")], []),
    ("notice", "third_party", "告知函\n致：郑州宇通客车股份有限公司总装车间\n贵车间员工汤明辉，银行卡6228829151758390976，欠速米贷借款逾期，现请贵单位于发放工资时协助扣划。\n衡平律师事务所", [(P, "汤明辉"), (BC, "6228829151758390976")], [D, U]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AH-CARD-CENTRE": CARD_CENTRE,
    "AH-SMALL-LOAN": SMALL_LOAN,
    "AH-PAY-LATER": PAY_LATER,
    "AH-DEBT-PURCHASER": DEBT_PURCHASER,
    "AH-PARTNER-FIRM": PARTNER_FIRM,
    "AH-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AH-ASR-CALLS": ASR_CALLS,
    "AH-CHATS": CHATS,
    "AH-QA-RECORDS": QA_RECORDS,
    "AH-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "AH-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AH-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AH-DECOYS": DECOYS,
    "AH-THIRD-PARTIES": THIRD_PARTIES,
    "AH-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AH-CASE-FILES": CASE_FILES,
    "AH-MORE-TRAFFIC": MORE_TRAFFIC,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
