"""Writes `pipl_heldout_at.jsonl`, the forty-sixth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (area codes and birth dates with the right check character and
a sex digit that fits the person, three ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers
of 16 and 19 digits, mobiles on real prefixes, two unified social credit codes with their check character); they
were typed into the texts and spelled out digit by digit by hand, and the passports (E, EA, G), the permit to Hong
Kong and Macau (C) and the home-return permit (H) were typed to the pattern. The decoys were checked against
`set_format.check_identifier` for every identifier type and fail all of them (a 16-digit policy number and an
18-digit acceptance number that passed Luhn were changed).

Car finance carries it: an auto-finance company's car loans (鼎程汽车金融, its app 鼎程车贷) and a rent-to-own
operator for ride-hailing drivers (畅途车服, 以租代购, its app 畅途车主), with the GPS-tracker vendor (途安星), a
repossession contractor (恒远处置), two 4S dealers, two agencies (a business-consulting firm in Changsha, a
management-consulting firm in Chongqing) and a law firm. Voices: app notices and pushes, in-app support chats,
stage SMS, agencies' SMS, agents' calls as transcripts and as speech-to-text output, voice robots with keypad turns,
WeChat with borrowers and drivers, with wives, mothers, a sister, a mother-in-law, a landlord, a property office,
dealers' salespeople, a fleet captain, a fleet group chat and a parking attendant; repossession plans, visit and
recovery reports and photo captions, GPS trace reports and alerts, quality-check sheets, complaint tickets and
replies, e-mails with the dealers and the law firm, court filings (a statement of claim, an application to realise a
security interest, an application for preservation, an address confirmation, a defence, an enforcement
application), letters, and complaints that paste a collector's message whole. Changsha, Chongqing and Cantonese
speech runs through calls and chats; a notice, a robot call and two letters come in traditional characters.

322 messages, 109 of them (34%) compliant; from 9 characters to a lawyer's letter of 486. Identifiers stand in
104: 18-digit IDs (three ending in X, one read with 叉, one in full-width digits, grouped 6-8-4 by hyphens and by
spaces, in fours, read aloud with 零 to 九 and with 幺), driving licence numbers (which are ID numbers), old 15-digit
IDs (typed and read aloud with 幺); bank cards of 16 and 19 digits (in fours with spaces and hyphens, glued to the
words around them, read aloud in groups); mobiles (behind +86 and 0086, spaced 3-4-4, dashed, in full-width digits,
read aloud with 幺, 拐, 勾 and 洞, a driver's platform account); passports (E, EA spaced letter by letter, an old G
read aloud), a permit to Hong Kong and Macau and a home-return permit; landlines of the lender, the operator, the
agencies, the dealer and the law firm (one with its area code in brackets and an extension outside the span, one
read aloud); e-mail addresses of the lender and the law firm. Beside them stand decoys of the same shapes: 18-digit
contract, application and acceptance numbers failing the check character (one read aloud), 15-digit IMEIs with no
real month, 11-digit driver and ticket numbers on no mobile prefix, 16- and 19-digit policy, refund and order
numbers failing Luhn, a 20-digit SIM number, VINs, engine numbers, registration-certificate and vehicle-licence
file numbers, case numbers, a claim number and masked forms (4301**********8715, 尾号8715); three decoys stand in
messages that also hold a real identifier and are labelled for that one. Licence plates (typed with and without
the middle dot, a new-energy plate, one read aloud) are entities with no category of their own; the agents' work
mobiles, companies' landlines and e-mails and the unified social credit codes are entities with no category.

`pii.unmasked_identifier` labels 74 messages. Third-party disclosure labels 60, many in a few words or by
implication ("that car money of your son's is three months short", "the car we are going to take back", "Dingcheng
is still waiting", "he knows what it is about", "your son-in-law said month-end"), to a wife, an estranged wife, a
mother, a grandmother in Changsha speech, a sister, a brother, a guarantor, a landlord, a property office, a parking
attendant, dealers' salespeople, a fleet captain and a fleet group, colleagues, a boss and employers' HR; beside
them bare call-back requests that name no lender, a letter to be handed to a car's owner, a phone number checked
with its holder, a dealer asked about GPS installation records and invoices, a fleet captain asked about an annual inspection, and
agents who refuse to tell a caller what the matter is. `pii.excessive` labels 49: full names with a home address
or an employer, and the names and numbers of wives, a husband, an ex-wife, a girlfriend, an ex-boyfriend, parents,
parents-in-law, a sister-in-law, a cousin, siblings, children, a fleet captain, a supervisor and colleagues, a
dealer told a debtor's ID, address and employer. `pii.sensitive` labels 80, mostly without the textbook words: GPS
positions and traces of financed cars, where a car stands at night, a commute, a high-speed-train commute, the
queue at an airport's ride-hailing lot, a night market stall, a KTV and a bath house, a trip out of the province, a
child's kindergarten or school, class and pick-up time, a car accident and its fracture, a hospital bed, a spinal
operation, hepatitis, a liver complaint, dialysis, diabetes, a psychiatric bill, a depression treatment, a
pregnancy and antenatal visits, a maternity leave, a disability certificate and its allowance, a drug rehabilitation
check-in, a drink-driving record, ride-hailing earnings and withdrawals, wallet and card balances, a housing fund, a
salary inflow, insurance compensation, other loans and a credit report, border crossings, a church and a mosque.
Beside them stand debtors speaking of their own illness, injury, parking place or a relative's treatment and agents
answering with a deferral, a pause or a stop of rent, general hardship offers, a repossession notice to the debtor
alone with its legal basis, a dealer's own service reminder, a data-processing rule for the GPS vendor, visit rules
and a quality-check sheet that name the kind of data without repeating it.

Registers: SMS templates (one with unfilled placeholders, 退订 lines, a short link), app notices and pushes,
in-app chats, WeChat messages and group chats, calls as transcripts and as speech-to-text output (no punctuation,
fillers, dialect), robot scripts with keypad turns, repossession plans, reports and photo captions, GPS reports and
alerts, letters (collection letters, a rent-to-own termination, a repossession notice, a repayment agreement, a
settlement certificate, a lawyer's letter), court filings, quality-check sheets, complaint tickets and e-mails.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, companies, courts and
firms are invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use
real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (a driving licence number among them), bank card, mobile or
  passport number (the permits among them) of a person in the sender's or agent's words, in any form, in reports,
  quality-check sheets, tickets, letters and e-mails too, and in outbound text to a debtor or a third party that
  quotes a court paper. Not: the same identifiers inside papers filed with a court (a statement of claim, an
  application, an address confirmation, a defence), masked forms, last digits alone, companies' landlines, an
  agent's work mobile, a customer saying their own number, a licence plate, a VIN or another decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or operator: naming the lender as the one waiting is enough, as is "that car's money", "the car we
  will take back" or "he knows what it is about") or the debtor's personal data (also to a guarantor: where the
  debtor is at night). A bare call-back request that names no lender is compliant, and so is asking a dealer about
  installation records or a fleet captain about an inspection; reports, sheets, tickets and e-mails passed between
  the lender, the operator, the agencies, the GPS vendor, the repossession contractor and the law firm go to an
  unknown recipient and are judged on the other categories only; dealers are third parties.
- `pii.sensitive` (PIPL Art. 28): whereabouts and routine (a financed car's position, where it stands at night,
  movements, a commute), health and treatment of the debtor or relatives, pregnancy, religion, a minor's school,
  class or routine, financial details beyond need (earnings, balances, inflows, a housing fund, compensation, other
  loans, a credit report), border crossings, specific identities (disability, drug rehabilitation, a drink-driving
  record). Not: the storage lot a repossessed car is kept at, a dealer's or lender's address, a general hardship
  offer, the debtor's own words (also as a sheet or ticket quotes them), a text that names the kind of data
  without repeating it, or a rule forbidding such use.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners' or
  colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's own name, the
  address a letter is sent to, a visit is agreed at or a car is stored at, a relative the message is addressed to.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, a company's landline, a law firm's e-mail); masked forms and 400 service numbers
are not entities, a landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname
with an honorific or a prefix (刘先生, 小谭, 易队长, 罗经理, 严师傅) is not a PERSON, a given name alone (国栋, 小波,
德兵, 小梅) is; ADDRESS reaches down to a road and number, a building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_at`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_at.jsonl"
ID_PREFIX = "PAT"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- the lender's and the rent-to-own operator's app notices, pushes and in-app chats ---------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【鼎程车贷】您的第14期月供3,468.00元已于今日到期，尾号5512的扣款卡扣款未成功，请于24点前补足余额，以免产生罚息。",
     [], []),
    ("app", "debtor", "【畅途车主】司机您好，本周租金1,850元（第37/156周）未按时缴纳。根据《车辆租赁合同》第九条，租金逾期超过7日公司有权收回车辆，请尽快在App内完成支付。",
     [], []),
    ("app", "debtor", "系统提示：您的车辆湘A·7Q3K9近7天夜间（23:00-06:00）均停放于长沙市开福区福城路88号金色家园地下车库B2层，白天常驻岳麓区麓松路459号附近。您的车贷已逾期21天，请勿心存侥幸。",
     [(PL, "湘A·7Q3K9"), (A, "长沙市开福区福城路88号金色家园"), (A, "岳麓区麓松路459号")], [S]),
    ("app", "debtor", "刘国栋先生：您本月网约车流水入账9,420元，微信零钱余额2,316元，完全具备还款能力，请今日内结清逾期月供3,468元。",
     [(P, "刘国栋")], [S]),
    ("app", "debtor", "【畅途车主】您的司机账号 17362785109 已暂停派单，原因：租金逾期。缴清后自动恢复接单。",
     [(MB, "17362785109")], [U]),
    ("app", "debtor", "【鼎程車貸】黃思敏女士，您的車輛貸款已逾期45天，尚欠本金及利息共計58,210.37元。如對帳務有異議，請於7個工作日內致電0731-85126600轉2提出。",
     [(P, "黃思敏"), (LL, "0731-85126600")], []),
    ("app", "debtor", "尊敬的客户，您名下车辆（车架号LGBH52E06NY138472，发动机号HR16853176B）的GPS设备已离线超过72小时，请于3日内到就近服务网点检测。",
     [], []),
    ("app", "debtor", "温馨提示：您绑定的还款卡6217 4591 5571 4444 587因余额不足扣款失败，可在“我的-银行卡”中更换其他银行卡。",
     [(BC, "6217 4591 5571 4444 587")], [U]),
    ("app", "debtor", "您好，根据您3月份提交的住院材料，您因车祸左腿胫骨骨折，目前仍在康复期。但月供不能一直拖，建议您今天先还一期。",
     [], [S]),
    ("app", "debtor", "系统显示你这周在线52小时，跑了183单，流水5,112元，租金却一分没交，说不过去吧？",
     [], [S]),
    ("app", "debtor", "{name}您好，您的车贷已逾期{days}天，应还金额${amount}，请点击 dcqf.cn/p/7Hd2 还款。【鼎程汽车金融】",
     [], []),
    ("app", "debtor", "您好，您的车辆于05月17日21:46在长沙市雨花区香樟路与万家丽中路交叉口东北角熄火，至今未再移动。请主动联系客户经理商议还款。",
     [], [S]),
    ("app", "debtor", "在线客服：车辆停放在哪里您不需要告诉我们，只需确认本月月供能否在25号前还上。如有困难，可以在App里申请延期。",
     [], []),
    ("app", "debtor", "【鼎程车贷】您的还款计划已调整：剩余27期，每期2,986.40元，首期还款日2024年7月15日。如需纸质协议，请在对话框回复邮寄地址。",
     [], []),
    ("app", "debtor", "刘先生您好，您的配偶邓丽萍（身份证430105197903222464，电话13646533195）是您登记的紧急联系人，为避免联系到她，请您尽快还款。",
     [(P, "邓丽萍"), (ID, "430105197903222464"), (MB, "13646533195")], [U, X]),
    ("app", "debtor", "系统消息：您的车辆6月2日驶出湖南省界，途经萍乡、宜春，现停靠于南昌市青山湖区民营科技园附近。按合同约定，抵押车辆出省须提前报备。",
     [], [S]),
    ("app", "debtor", "您好，您上传的驾驶证（证号430524199308120172）与借款人身份信息不一致，请重新上传清晰照片。",
     [(ID, "430524199308120172")], [U]),
    ("app", "debtor", "【畅途车主】年检提醒：湘AD58231的行驶证检验有效期至2024年8月，请提前预约检测站，年检费用由公司承担。",
     [(PL, "湘AD58231")], []),
    ("app", "debtor", "【畅途车主】您本月的网约车收入我们无权查看，租金请按合同每周一前自行支付。如遇平台封号、车辆事故等情况，可申请停租。",
     [], []),
]

# --- the lender's and the operator's SMS --------------------------------------------------------------------------

LENDER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎程汽车金融】刘国栋，您湘A·7Q3K9车辆贷款已逾期32天，欠款10,404元。请于6月20日前还款，咨询0731-85126600。拒收请回复R",
     [(P, "刘国栋"), (PL, "湘A·7Q3K9"), (LL, "0731-85126600")], []),
    ("sms", "debtor", "【鼎程汽车金融】尊敬的客户，您的贷款已逾期，我司已委托湖南信衡商务咨询有限公司协助催收，对方来电号码0731-88702315，请注意接听，谨防冒充。",
     [(LL, "0731-88702315")], []),
    ("sms", "debtor", "【畅途】谭小波：你每天早上7点从榔梨出发，8点前到黄花机场T2蓄车场排队，我们都看得到。这周租金还不交，别怪按合同收车。",
     [(P, "谭小波")], [S]),
    ("sms", "debtor", "【鼎程汽车金融】您好，身份证尾号8715的客户，您名下车贷本期未还，请登录App查看详情。",
     [], []),
    ("sms", "debtor", "黄女士，你爱人周斌在长江航运中心上班，手机13549853602，我们都已了解，请你尽快处理车贷，不要等我们去他单位。",
     [(P, "周斌"), (MB, "13549853602")], [U, X]),
    ("sms", "debtor", "【鼎程汽车金融】冉德兵先生：您的车贷已逾期60天。我司将依据《抵押合同》第十二条及《民法典》第四百一十条，向法院申请实现担保物权，车辆将依法拍卖。详询023-67812450。",
     [(P, "冉德兵"), (LL, "023-67812450")], []),
    ("sms", "debtor", "您尾号为1596的银行卡即6212 4841 8896 7691 596当前余额仅12.06元，本期月供3,468元无法扣款，请尽快存入。",
     [(BC, "6212 4841 8896 7691 596")], [S, U]),
    ("sms", "debtor", "【畅途】小谭，你这个月在T2蓄车场待的时间比在家还长，天天凌晨一点才回榔梨，租金拖了三周，自己看着办。",
     [], [S]),
    ("sms", "debtor", "【鼎程汽车金融】您的贷款结清证明已开具，请携带身份证原件至长沙市天心区芙蓉中路三段569号12楼领取，或回复邮寄地址。",
     [(A, "长沙市天心区芙蓉中路三段569号")], []),
    ("sms", "debtor", "曾繁荣，你住东莞市长安镇乌沙社区兴发路23号，你老婆在松山湖一家厂的食堂做工，你儿子在长安实验小学三年级2班，这些我们都清楚，车款赶紧还。",
     [(P, "曾繁荣"), (A, "东莞市长安镇乌沙社区兴发路23号")], [S, X]),
    ("sms", "debtor", "您好，为核实身份，请回复您身份证号后四位。我司不会通过短信索要银行卡密码及验证码。【鼎程汽车金融】",
     [], []),
    ("sms", "debtor", "【鼎程汽车金融】何婷：您的车辆川A·6N2S8已于今日由我司委托机构依《抵押合同》第十一条收回，停放于成都市新都区新繁大道西段1号停车场。请于7日内结清欠款后赎车，逾期将依法拍卖。联系028-83356712。",
     [(P, "何婷"), (PL, "川A·6N2S8"), (A, "成都市新都区新繁大道西段1号"), (LL, "028-83356712")], []),
    ("sms", "debtor", "马俊杰，你每周五中午都在金水区那座清真寺做礼拜，这个时间我们去哪找你你心里有数。",
     [(P, "马俊杰")], [S]),
    ("sms", "debtor", "【畅途】因您租金逾期，车辆远程锁止功能将于48小时后启用，届时车辆熄火后无法再次启动。如有异议请致电400-882-6170。",
     [], []),
    ("sms", "debtor", "您好，你招商银行尾号0331的储蓄卡上月工资到账7,860元，次日即被转走，请说明去向并立即还款。",
     [], [S]),
    ("sms", "debtor", "向阳先生，你的驾驶证今年3月因醉驾被吊销，这事我们都知道，抵押车别再开了，欠款尽快还。",
     [(P, "向阳")], [S]),
    ("sms", "debtor", "【鼎程汽车金融】您尾号8428的手机号已设为还款短信接收号码，如需变更请登录App修改。",
     [], []),
    ("sms", "debtor", "您好，您预留的联系电话15711794982无法接通，请尽快登录鼎程车贷App更新联系方式。",
     [(MB, "15711794982")], [U]),
    ("sms", "debtor", "【鼎程汽车金融】付先生，您的车贷已逾期9天，可申请延期还款或分期，详情请登录App或致电0731-85126600，工作日9:00-18:00。退订回T",
     [(LL, "0731-85126600")], []),
    ("sms", "debtor", "【畅途】严师傅，你驾照号430302198809051618这周扣满12分了，车子先停运，租金照常算，赶紧来公司处理。",
     [(ID, "430302198809051618")], [U]),
]

# --- the two agencies' SMS, to debtors and to the people around them ---------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【信衡商务】刘国栋先生，受鼎程汽车金融委托，就您车贷逾期事宜与您协商，您可申请分期或延期，电话0731-88702315（工作日9:00-18:00）。",
     [(P, "刘国栋"), (LL, "0731-88702315")], []),
    ("sms", "third_party", "您好，贵单位员工邓丽萍的丈夫刘国栋车贷逾期三个月了，麻烦转告她督促还款。信衡商务",
     [(P, "邓丽萍"), (P, "刘国栋")], [D]),
    ("sms", "third_party", "易队长，你们车队谭小波那台车是我们畅途以租代购的，租金欠了五周，你跟他说一声。",
     [(P, "谭小波")], [D]),
    ("sms", "third_party", "您好，我是小陈，有事找刘国栋先生，麻烦您方便时让他回个电话0731-88702315，谢谢。",
     [(P, "刘国栋"), (LL, "0731-88702315")], []),
    ("sms", "debtor", "刘先生，你湘潭县花石镇老家的父母刘德厚、谭桂英，电话我们已经拿到了，过年前你自己看着办。",
     [(P, "刘德厚"), (P, "谭桂英")], [X]),
    ("sms", "debtor", "冉先生，我是渝和的外访专员，明天上午十点到您登记的住址重庆市渝北区龙塔街道紫荆路11号2-3-1拜访，如不方便请回电改约。",
     [(A, "重庆市渝北区龙塔街道紫荆路11号2-3-1")], []),
    ("sms", "third_party", "王工你好，你们所里黄思敏的车被我们拖走了，欠鼎程的钱一直不还，你们单位还用她？",
     [(P, "黄思敏")], [D]),
    ("sms", "debtor", "黄女士，你现在住武昌区中南二路9号汉街公寓1706，白天不在家，晚上十点半以后才回来，我们的人已经等了三个晚上。",
     [(A, "武昌区中南二路9号汉街公寓1706")], [S]),
    ("sms", "debtor", "【渝和】冉德兵（500112197308189171）你好，你名下车贷已转入外访阶段，请于三日内联系专员。",
     [(P, "冉德兵"), (ID, "500112197308189171")], [U]),
    ("sms", "debtor", "何婷女士您好，鉴于您反映的特殊困难，我司同意暂停催收30天，期间不产生额外费用。渝和企业管理咨询",
     [(P, "何婷")], []),
    ("sms", "third_party", "谭小波妈妈，你儿子开的那台车是畅途的，钱还没交清，让他回个电话。",
     [(P, "谭小波")], [D]),
    ("sms", "debtor", "曾先生，你老婆杨秀芬18219401732、你弟曾繁华13864715649的电话我们都有，别逼我们一个个打。",
     [(P, "杨秀芬"), (MB, "18219401732"), (P, "曾繁华"), (MB, "13864715649")], [U, X]),
    ("sms", "third_party", "张师傅，麻烦跟你们车队的小谭讲一声，畅途那边的事他再不来处理，车就要收回去了。",
     [], [D]),
    ("sms", "third_party", "您好，请问这里是谭小波所在的车队吗？如方便，请让他回电0731-82219076，谢谢。",
     [(P, "谭小波"), (LL, "0731-82219076")], []),
    ("sms", "debtor", "冉哥，兄弟冉德明在两路口开汽修店、老汉冉光荣在石柱老家，你躲得了初一躲不了十五。",
     [(P, "冉德明"), (P, "冉光荣")], [X]),
    ("sms", "debtor", "【信衡商务】您好，您近日在电话中提出的异议已登记，编号YY-20240612-031，我们将在5个工作日内书面答复，答复前暂停催收。",
     [], []),
]

# --- agents' calls, written out as transcripts ---------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：您好，我是鼎程汽车金融的客服小周，请问是刘国栋先生吗？\n客户：是我，什么事。\n"
     "坐席：您的车贷本月月供3,468元还没有还，已经逾期12天，想跟您确认一下还款时间。\n"
     "客户：我车停在公司楼下好几天没开了，业务跑不动，下礼拜发工资再还。\n"
     "坐席：好的，我记录下来，下周五之前还款可以吗？如果确实困难，也可以申请调整还款计划。\n客户：行。",
     [(P, "刘国栋")], []),
    ("call", "debtor",
     "坐席：刘先生，你爱人邓丽萍是在丰泽物业财务部上班吧？\n客户：你问这个干嘛。\n"
     "坐席：她手机13646533195我们也有，你要是一直不还，我们只能找她谈了。",
     [(P, "邓丽萍"), (MB, "13646533195")], [U, X]),
    ("call", "debtor",
     "坐席：谭师傅，你别跟我讲没钱，后台定位你昨天晚上十一点多还在五一广场拉客，凌晨两点才停到榔梨街道保家村那个院子里。\n"
     "客户：那是我自己的事。\n坐席：一天跑十几个小时的人说没钱，谁信？",
     [], [S]),
    ("call", "third_party",
     "坐席：师傅你好，问一下，你们停车场是不是经常停一台白色传祺，湘A·7Q3K9？\n第三方：有啊，晚上一般都在，怎么了？\n"
     "坐席：这台车是在我们鼎程做的抵押贷款，车主欠了好几个月，我们要收车，他来了你给我打个电话，我这个号码18397054779。",
     [(PL, "湘A·7Q3K9"), (MB, "18397054779")], [D]),
    ("call", "third_party",
     "坐席：您好，请问是金色家园地下车库的岗亭吗？\n第三方：是的，什么事？\n"
     "坐席：我们有一份信件要交给湘A·7Q3K9的车主，能不能麻烦您见到车主时请他回个电话？号码0731-88702315。\n"
     "第三方：车主的事我们不管的。\n坐席：好的，那不打扰了，谢谢您。",
     [(PL, "湘A·7Q3K9"), (LL, "0731-88702315")], []),
    ("call", "third_party",
     "坐席：易队长吧，我畅途的，你们队上小谭这几周的事你晓得吧？\n第三方：晓得一点，他车子的钱吧。\n"
     "坐席：对，就是那个，拖了五个礼拜了，你帮忙做下工作。",
     [], [D]),
    ("call", "third_party",
     "坐席：喂，是丰泽物业人事部吗？你们财务部的邓丽萍，她老公刘国栋车贷欠我们一万多，一直找不到人，麻烦你们跟她讲一下。\n"
     "第三方：这是员工私事，我们不方便。\n坐席：那你们单位总要管一下员工家属吧。",
     [(P, "邓丽萍"), (P, "刘国栋")], [D]),
    ("call", "third_party",
     "坐席：您好，请问邓丽萍女士是在贵公司上班吗？我这边有件私人事务要跟她本人联系，能否请她方便时回电0731-88702315？\n"
     "第三方：你是哪里的？\n坐席：不好意思，具体事情只能跟她本人讲，麻烦您转达一下回电号码就好。",
     [(P, "邓丽萍"), (LL, "0731-88702315")], []),
    ("call", "debtor",
     "坐席：黄女士您好，我是鼎程汽车金融的，您的月供这个月还没还。\n客户：我上个月出车祸断了两根肋骨，还在医院躺着，真的没办法。\n"
     "坐席：明白，您先安心养伤，我帮您提交延期申请，暂缓30天，这期间不会再催，您出院后再联系我们。\n客户：谢谢你。",
     [], []),
    ("call", "debtor",
     "坐席：黄女士，你车祸住院那个事我们清楚，市三医院骨科12床，出院小结我们都看了。\n"
     "坐席：腿骨折又不是手断了，手机总能操作还款吧？",
     [], [S]),
    ("call", "third_party",
     "坐席：阿姨，您儿子谭小波开的车是我们公司以租代购的，现在租金欠了九千多，您是他妈妈，劝劝他。\n第三方：我管不了他，他都三十多了。",
     [(P, "谭小波")], [D]),
    ("call", "debtor",
     "坐席：冉先生，您绑定的还款卡是不是6228 3014 8022 9622 999这张？\n客户：是的。\n坐席：这张卡这两天扣了三次都没扣成功，您看换一张卡还是存钱进去？",
     [(BC, "6228 3014 8022 9622 999")], [U]),
    ("call", "third_party",
     "坐席：是瑞驰传祺的小罗吗？你去年卖的那台GS4，车主刘国栋，贷款在我们鼎程，现在断供三个月了，他要是回店里保养，你给我打个电话。\n"
     "第三方：这个我们不好配合吧。\n坐席：就打个电话的事，又不要你做别的。",
     [(P, "刘国栋")], [D]),
    ("call", "third_party",
     "坐席：你好，瑞驰传祺售后吗？我是鼎程汽车金融贷后部的，想核对一下去年11月那批GS4的GPS装机位置，是装在主驾座椅下面还是仪表台里面？\n"
     "第三方：一般装在仪表台下面，具体要查装机单。\n坐席：好的，装机单麻烦发我们邮箱，谢谢。",
     [], []),
    ("call", "debtor",
     "客户：我咯台车冇开哒，停在屋门口，你们莫天天打咯。\n坐席：要得，刘师傅，我们记录一下，以后每天最多联系一次，您方便的时候在App上选分期就可以。\n客户：晓得哒。",
     [], []),
    ("call", "debtor",
     "坐席：你那个网约车账户每周的提现我们都看得到，上个月到手一万二，跟我讲冇得钱？\n客户：那是毛收入，油钱不要钱啊？",
     [], [S]),
    ("call", "debtor",
     "坐席：冉德兵嘛，你莫装，你老汉冉光荣、你兄弟冉德明，电话17623311146，我们都晓得。\n客户：你找他们做啥子，钱是我借的。\n"
     "坐席：那你就自己还噻。",
     [(P, "冉德兵"), (P, "冉光荣"), (P, "冉德明"), (MB, "17623311146")], [U, X]),
    ("call", "debtor",
     "坐席：为了核实身份，麻烦您说一下身份证号后四位。\n客户：9171。\n坐席：好的，核实无误，冉先生，跟您说一下本月账单的情况。",
     [], []),
    ("call", "debtor",
     "客户：我身份证号是500112197308189171，你查嘛，我上个月已经还了。\n"
     "坐席：好的冉先生，查到了，5月28日您还款2,986.40元已入账，是系统延迟，给您添麻烦了。",
     [(ID, "500112197308189171")], []),
    ("call", "debtor",
     "坐席：何女士，您是不是怀孕了？我们看到您最近每周二上午都在市妇幼保健院产科建档那边。\n客户：你们怎么知道的？\n"
     "坐席：车子GPS显示的嘛，怀孕也要还钱的。",
     [], [S]),
    ("call", "debtor",
     "坐席：马先生，车子这个月的月供您看什么时候能还？\n客户：我老婆刚生完孩子，家里开销大，能不能缓一缓？\n"
     "坐席：恭喜您。可以的，我给您申请个展期，下个月15号前还上就行，不收罚息。",
     [], []),
    ("call", "debtor",
     "坐席：付先生，你那个护照号码E68135290，上个月从深圳湾出的境对吧，欠着车贷还出去玩？\n客户：出差。",
     [(PP, "E68135290")], [S, U]),
]

# --- calls as the speech-to-text vendor delivers them: no punctuation, fillers, numbers read aloud ---------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：喂你好我这边是鼎程汽车金融的请问是刘国栋先生吧\n客户：嗯\n"
     "坐席：呃就是您那个车贷啊这个月还没还哈您看今天能不能处理一下\n客户：今天搞不赢明天\n坐席：好的那明天下午五点之前好吧",
     [(P, "刘国栋")], []),
    ("call", "debtor",
     "坐席：那个我跟您核对一下身份证号啊四三零一一一一九七六一二零四八七一五对吧\n客户：对\n坐席：好的那我们继续说一下这个逾期的情况",
     [(ID, "四三零一一一一九七六一二零四八七一五")], [U]),
    ("call", "debtor",
     "坐席：你老婆电话是幺三六四六五三三幺九五是吧我们打过了她说不管\n客户：你们打她干什么\n坐席：那你自己不接嘛",
     [(MB, "幺三六四六五三三幺九五")], [U, X]),
    ("call", "debtor",
     "坐席：嗯你那个卡号是六二二五 六二六九 四九二八 五五一二 对吧余额不够扣不了\n客户：我明天存进去\n坐席：好的",
     [(BC, "六二二五 六二六九 四九二八 五五一二")], [U]),
    ("call", "debtor",
     "坐席：我们看了一下啊你那个车这个月每天晚上都停在那个呃雨花区香樟路那个金科时代负一楼你是住那边是吧\n客户：关你什么事",
     [], [S]),
    ("call", "third_party",
     "坐席：阿姨您好我是畅途的呃小谭他之前跟我们讲他那个腰椎间盘突出做了手术是吧他租金已经欠了三个礼拜了那他现在还能不能出车啊\n"
     "第三方：他腰不好你们还逼他",
     [], [D, S]),
    ("call", "debtor",
     "坐席：你这个老身份证号码是五一零一二四六三零六零八八五零吧系统里还没换新的\n客户：是老的\n坐席：那您有空上传一下新证",
     [(ID, "五一零一二四六三零六零八八五零")], [U]),
    ("call", "third_party",
     "坐席：嫂子你老公那个号码幺拐三勾勾三四勾两五勾一直打不通啊他那个车贷两个月没还了\n第三方：我们在闹离婚他的事我不晓得",
     [(MB, "幺拐三勾勾三四勾两五勾")], [D, U]),
    ("call", "third_party",
     "坐席：喂您好请问是谭小波家里吗\n第三方：他不在\n坐席：哦那麻烦您跟他讲一下有空回个电话给我谢谢啊\n"
     "第三方：你哪个\n坐席：我姓陈电话是零七三一八二二一九零七六麻烦了",
     [(P, "谭小波"), (LL, "零七三一八二二一九零七六")], []),
    ("call", "debtor",
     "坐席：你每天早上七点四十从小区出来走万家丽高架到公司晚上六点半原路回来我们都清楚的不要说找不到你\n客户：你们跟踪我",
     [], [S]),
    ("call", "debtor",
     "坐席：你那个呃微信钱包上个星期还有八千多怎么就还不了三千四\n客户：那是货款不是我的钱\n坐席：那我不管",
     [], [S]),
    ("call", "debtor",
     "客户：我现在在医院陪我爸做化疗哪有钱\n坐席：哦哦好的那您先忙我这边给您备注一下下周再联系您可以吧\n客户：可以",
     [], []),
    ("call", "third_party",
     "坐席：喂易队长啊就是你们那个车队小谭那个呃车钱的事情嘛你看哈他这个月还是一分都冇交\n第三方：我跟他讲过好几次了\n坐席：那你再催下子",
     [], [D]),
    ("call", "debtor",
     "坐席：您好这边是鼎程的哈您那个车子在我们这里贷款的那个合同号是HT二零二四零三一五零七三一零零零四一六您记一下以后打电话报这个号\n客户：好",
     [], []),
    ("call", "debtor",
     "坐席：嗯我把回款账户给您念一下户名是鼎程汽车金融有限公司账号是您App里面那个专属还款账号我这边就不念了您在App上点还款就行",
     [], []),
    ("call", "debtor",
     "坐席：向先生你好那个你驾驶证号码四三零五二四一九九三零八一二零一七二是不是已经吊销了\n客户：暂扣不是吊销\n坐席：那也不能开抵押车了",
     [(ID, "四三零五二四一九九三零八一二零一七二")], [U]),
    ("call", "debtor",
     "客户：我那个护照号码是EA三九二一七四六你们不是要核对吗\n坐席：不用不用护照我们不需要您报身份证后四位就行\n客户：哦四四六四",
     [(PP, "EA三九二一七四六")], []),
    ("call", "debtor",
     "坐席：喂何女士啊就是我看你那个小孩每天下午四点半在天府三街那个幼儿园放学嘛你车就停在门口的对吧\n客户：你们想干什么",
     [], [S]),
]

# --- the voice robots: scripts with keypad turns --------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor",
     "机器人：您好，这里是鼎程汽车金融，您的车贷本期月供尚未还款，请于今日24点前还款。确认收到请按1，申请协商请按2。\n客户：（按键1）\n"
     "机器人：感谢您的确认，再见。",
     [], []),
    ("call", "debtor",
     "机器人：为保障您的账户安全，还款验证码已发送至您的手机一五八六零七九九九七七，请注意查收，验证码请勿告诉他人。",
     [(MB, "一五八六零七九九九七七")], [U]),
    ("call", "third_party",
     "机器人：您好，这里是畅途车服，您是谭小波先生的紧急联系人，他的车辆租金已逾期35天，请转告其尽快处理。已知晓请按1。\n联系人：（按键1）",
     [(P, "谭小波")], [D]),
    ("call", "third_party",
     "机器人：您好，这里是客户服务中心，请问您是否认识刘国栋先生？认识请按1，我们将请工作人员与您联系；不认识请按2。\n联系人：（按键2）\n"
     "机器人：抱歉打扰，我们会核实并更新该号码，再见。",
     [(P, "刘国栋")], []),
    ("call", "debtor",
     "机器人：系统显示您的车辆当前位于长沙市岳麓区桐梓坡西路229号附近，已连续三晚停放于此。请尽快还款，否则我司将安排人员收车。",
     [(A, "长沙市岳麓区桐梓坡西路229号")], [S]),
    ("call", "debtor",
     "机器人：您好，请问是身份证尾号四五六五的黄女士吗？是请按1。\n客户：（按键1）\n"
     "机器人：您的车贷已逾期45天，待还58,210.37元。如需申请分期，请按2转人工。",
     [], []),
    ("call", "debtor",
     "机器人：您尾号六二二二九九九的银行卡扣款失败。卡号全称为：六二二八 三零一四 八零二二 九六二二 九九九，请确认余额充足后按1重新扣款。",
     [(BC, "六二二八 三零一四 八零二二 九六二二 九九九")], [U]),
    ("call", "debtor",
     "機器人：您好，這裡是鼎程汽車金融。您的車貸本期尚未還款，如已還款請忽略。查詢帳單請按1，人工服務請按0。\n客戶：（按鍵0）",
     [], []),
    ("call", "debtor",
     "机器人：您好，严先生，系统检测到您的驾驶证四三零三零二一九八八零九零五一六一八本周已记满12分，车辆暂停运营。如有疑问请按0。",
     [(ID, "四三零三零二一九八八零九零五一六一八")], [U]),
    ("call", "third_party",
     "机器人：您好，这里是鼎程汽车金融，请问是邓丽萍女士吗？您的丈夫刘国栋在我司的车贷已逾期90天，请您协助督促还款，谢谢。",
     [(P, "邓丽萍"), (P, "刘国栋")], [D]),
    ("call", "debtor",
     "机器人：您好，您的车辆近七日夜间均停放在长沙县榔梨街道保家村，白天多在黄花机场蓄车场排队。租金已逾期，请尽快缴纳。",
     [], [S]),
    ("call", "debtor",
     "机器人：您好，这里是畅途车服。您本周租金尚未缴纳，如遇车辆事故、生病住院等情况，可按2申请停租，我们不会收取停租期间的租金。\n客户：（按键2）",
     [], []),
]

# --- WeChat with borrowers and rent-to-own drivers --------------------------------------------------------------

WECHAT_BORROWERS: list[PiplEntry] = [
    ("app", "debtor", "刘哥，月供的事你考虑好没？这周五前能还一期的话，罚息我帮你申请减免。", [], []),
    ("app", "debtor", "[图片] 这是你车昨晚23:14在金色家园B2层的定位截图，别再说车借给朋友了。", [], [S]),
    ("app", "debtor", "谭师傅，你发我的住院证明收到了，已经帮你提交停租申请，批下来第一时间告诉你。", [], []),
    ("app", "debtor", "黄姐，你老公周斌在长江航运中心7楼上班，你婆婆住青山区冶金街12号，要我一家家去说吗？",
     [(P, "周斌"), (A, "青山区冶金街12号")], [X]),
    ("app", "debtor", "冉哥，户名冉德兵、卡号6216 1844 9703 0766 085，这张卡是你的吧？我们查到你上礼拜刚收到一笔三万的事故赔偿款。",
     [(P, "冉德兵"), (BC, "6216 1844 9703 0766 085")], [S, U]),
    ("app", "debtor", "借款人：车在4S店修，还没取回来\n专员：好的，修好了跟我们说一声，这个月月供记得先还上哈", [], []),
    ("app", "debtor", "何婷，你每天下午四点半去天府三街的幼儿园接孩子，车就停在校门口，我们的人都看到了。",
     [(P, "何婷")], [S]),
    ("app", "debtor", "马哥，你在厂里上的是早八晚八的班吧，我下午五点在厂门口等你，当面聊聊还款方案。", [], [S]),
    ("app", "debtor", "您好，结清证明的电子版已经发到您预留的邮箱了，请查收。需要纸质版的话告诉我邮寄地址。", [], []),
    ("app", "debtor", "严师傅，你上周在平台的流水是4,380，扣完抽成3,700多，交个1,850的租金不难吧？", [], [S]),
    ("app", "debtor", "曾生，你嘅车粤S·9F3T2我哋已经拖返停车场，唔该听日之前打电话过嚟处理，唔系就要按合同拍卖㗎喇。",
     [(PL, "粤S·9F3T2")], []),
    ("app", "debtor", "龚女士，您的身份证430104199405072021、银行卡6230 2988 9509 7260 252都在合同上，别以为换了手机号就没事。",
     [(ID, "430104199405072021"), (BC, "6230 2988 9509 7260 252")], [U]),
    ("app", "debtor", "用户：我下个月要去做手术，能不能先停两期\n客服：可以的，您在App里提交停供申请，上传任意一页诊断材料就行，我们审核后暂停两期扣款。",
     [], []),
    ("app", "debtor", "老吴，你那张信用报告我们也调了，除了我们这笔你还有四家网贷在逾期，先还我们的吧。", [], [S]),
    ("app", "debtor", "钟先生，您的结清申请已受理。车辆登记证书（大绿本）解押手续办理地址：重庆市渝北区金开大道68号车管所二楼，请携带身份证原件。",
     [(A, "重庆市渝北区金开大道68号")], []),
]

# --- WeChat and SMS to relatives, dealers, fleet captains, parking attendants and landlords ----------------------

WECHAT_THIRD_PARTIES: list[PiplEntry] = [
    ("app", "third_party", "嫂子，国栋哥的车贷拖了三个月了，鼎程那边准备起诉，你劝劝他。", [], [D]),
    ("app", "third_party", "罗经理，你们店去年卖的那台传祺湘A·7Q3K9，车主在我们这贷款断供了，他要是回店保养麻烦通知我一声。",
     [(PL, "湘A·7Q3K9")], [D]),
    ("app", "third_party", "罗经理，麻烦帮忙查一下去年11月交车的那批GS4，GPS装机单是不是都在你们店存档？我们做年度核查用。", [], []),
    ("app", "third_party", "各位亲戚，谭小波欠公司的车款一直不还，大家见到他让他联系畅途。", [(P, "谭小波")], [D]),
    ("app", "third_party", "小梅，你哥那个事还没搞好，你跟他讲下，鼎程的人还在等。", [(P, "小梅")], [D]),
    ("app", "third_party", "您好，贵司员工邓丽萍的家属在我司有一笔车贷纠纷，麻烦人事部门帮忙协调一下。", [(P, "邓丽萍")], [D]),
    ("app", "third_party", "叔叔您好，我是小陈，想请国栋方便时给我回个电话，号码0731-88702315，谢谢您。",
     [(P, "国栋"), (LL, "0731-88702315")], []),
    ("app", "third_party", "第三方：他是不是欠你们钱了？\n专员：不好意思，具体情况只能跟他本人沟通，麻烦您转告他回电就行，打扰了。", [], []),
    ("app", "third_party", "房东你好，你那个租客何婷，车贷欠我们四万多，她白天在哪上班你晓得不？", [(P, "何婷")], [D]),
    ("app", "third_party", "罗经理，车主刘国栋住开福区福城路88号金色家园7栋1202，在中锐电气上班，你那边要是有他新的联系方式发我一下。",
     [(P, "刘国栋"), (A, "开福区福城路88号金色家园7栋1202")], [D, X]),
    ("app", "third_party", "易队，小谭的车我们打算周六收，他晚上一般停哪你晓得吧？欠的租金你们车队先垫也行。", [], [D]),
    ("app", "third_party", "师傅，就是昨天给你看的那台湘AD58231，租金还欠着，它回来了给我发个消息，给你包烟钱。",
     [(PL, "湘AD58231")], [D]),
    ("app", "third_party", "周工你好，你们单位黄思敏在我们这有一笔车贷没处理，现在人联系不上，你帮忙带个话，叫她回个电话就行。",
     [(P, "黄思敏")], [D]),
    ("app", "third_party", "易队长您好，我是畅途车服的车辆专员，想确认一下湘AD58231这台车这周有没有在你们车队出车，车辆年检要安排时间。",
     [(PL, "湘AD58231")], []),
    ("app", "third_party", "阿姨，冉德兵欠鼎程的车贷您晓得不？他身份证500112197308189171，我们已经准备起诉了，您劝劝他。",
     [(P, "冉德兵"), (ID, "500112197308189171")], [D, U]),
    ("app", "third_party", "您好，冒昧打扰。您的号码是刘国栋先生留的联系电话之一，我们想核实一下这个号码是否还在使用，不涉及其他事情。",
     [(P, "刘国栋")], []),
    ("app", "third_party", "老易，你们队上那个小谭上礼拜在湘雅二医院住了三天院，是肝的问题吧？他车子租金还欠着，你晓得他现在能开车不？",
     [], [D, S]),
    ("app", "third_party", "覃姐，你同事覃美玲那台车的贷款一直没还，听说她在妇幼保健院生完孩子还在休产假，你帮忙问问她打算什么时候还。",
     [(P, "覃美玲")], [D, S]),
]

# --- the repossession contractor: visit and recovery reports, photo captions ------------------------------------

REPOSSESSION: list[PiplEntry] = [
    ("notice", "unknown", "收车报告｜委托方：鼎程汽车金融｜车牌湘A·7Q3K9｜车架号LGBH52E06NY138472｜6月14日完成收车，现场无冲突，车内物品已登记封存（儿童安全座椅1个、雨伞1把），车辆存放于恒远长沙县星沙停车场。",
     [(PL, "湘A·7Q3K9")], []),
    ("notice", "unknown", "收车方案（湘A·7Q3K9）：据GPS轨迹，车主每日07:30驶离金色家园，经三一大道至麓松路459号中锐电气，18:40前后返回；周末常去湘潭县花石镇其父母家。建议周二凌晨在小区车库B2-117车位作业。",
     [(PL, "湘A·7Q3K9"), (A, "麓松路459号")], [S]),
    ("notice", "unknown", "照片2说明：车辆停放于车主工作单位停车场（岳麓区麓松路459号），拍摄时间6月11日10:22，车主本人当时在厂区内。",
     [(A, "岳麓区麓松路459号")], [S]),
    ("notice", "unknown", "照片1-4：车辆外观左前、右后，仪表盘里程86,214公里，车钥匙一把。照片5：车架号LSGKE54L8NW037925拓印。照片6：交接单签字。", [], []),
    ("notice", "unknown", "外访记录：车主妻子邓丽萍，丰泽物业财务部，手机13646533195；岳父邓国华，住宁乡市玉潭街道新康路17号；车主之子刘子涵，读长沙市开福区某小学五年级。",
     [(P, "邓丽萍"), (MB, "13646533195"), (P, "邓国华"), (A, "宁乡市玉潭街道新康路17号"), (P, "刘子涵")], [S, U, X]),
    ("notice", "unknown", "外访记录：车主自述上月车祸后住院，经核实在市三医院骨科住院14天，右腿仍打石膏，暂无法驾车，车辆停在小区内未动。",
     [], [S]),
    ("email", "unknown", "鼎程资产部：冉德兵（身份证500112197308189171）名下渝B·K6215已于今晨收回，入库单号RK-0613-07，请安排评估。恒远处置重庆分部",
     [(P, "冉德兵"), (ID, "500112197308189171"), (PL, "渝B·K6215")], [U]),
    ("notice", "unknown", "收车回执：车牌川A·6N2S8，入库时间2024-06-13 16:40，入库里程52,907公里，外观左后门有划痕，附件：照片9张、交接单1份。",
     [(PL, "川A·6N2S8")], []),
    ("notice", "unknown", "拖车日志 6/9：湘AD58231 司机谭小波，连续三晚23点后停于榔梨街道保家村自建房院内，院门无锁，可夜间作业；司机白天在T2蓄车场排队。",
     [(PL, "湘AD58231"), (P, "谭小波")], [S]),
    ("notice", "unknown", "照片说明：图3为车主在家中客厅的照片，车主当时正在输液（据其家属称刚做完肾脏透析），未进行沟通即撤离。",
     [], [S]),
    ("notice", "unknown", "现场记录：车主拒绝交车，称车辆系其谋生工具。外访员已告知其可与委托方协商停租或分期，并留下委托方客服电话0731-82219076，未强行拖车。",
     [(LL, "0731-82219076")], []),
    ("email", "unknown", "畅途运营部：严志刚（430302198809051618，手机15745846220）的车湘C·3H7E1已在湘潭市岳塘区收回，车内遗留驾驶证一本已随车封存。",
     [(P, "严志刚"), (ID, "430302198809051618"), (MB, "15745846220"), (PL, "湘C·3H7E1")], [U]),
]

# --- the GPS-tracker vendor and the lender --------------------------------------------------------------------

GPS_VENDOR: list[PiplEntry] = [
    ("email", "unknown", "途安星技术支持：请协助查询设备号TAX-860315的在线状态和最后一次上报时间，不需要历史轨迹，谢谢。鼎程贷后部", [], []),
    ("email", "unknown", "轨迹分析（湘AD58231，5月20日-26日）：常驻点1 长沙县榔梨街道保家村（22:00-07:00，停留率86%）；常驻点2 黄花机场T2网约车蓄车场（08:00-13:00）；周三下午固定到星沙某诊所停留约2小时。",
     [(PL, "湘AD58231")], [S]),
    ("email", "unknown", "请将车主谭小波（身份证431003198502178631，手机17362785109）的车辆设为重点监控，定位上报频率调为每30分钟一次。",
     [(P, "谭小波"), (ID, "431003198502178631"), (MB, "17362785109")], [U]),
    ("app", "unknown", "【途安星预警】设备861234（鄂A·3M72L）于06-03 23:47断电，最后位置：武汉市洪山区珞喻路1037号附近，请及时处理。",
     [(PL, "鄂A·3M72L"), (A, "武汉市洪山区珞喻路1037号")], [S]),
    ("email", "unknown", "设备更换记录：原设备IMEI 860315042173905已拆除返厂，新设备IMEI 869471208356214已安装于主驾座椅下方，车架号LGBH52E06NY138472。", [], []),
    ("app", "unknown", "【途安星】设备TAX-860315 已离线72小时，最后上报时间06-10 08:12，请联系车主检查电源。", [], []),
    ("email", "unknown", "途安星：按双方数据处理协议第5条，逾期车辆的历史轨迹仅在收车作业当日调取，平时只回传在线状态，其余数据请勿推送给我司催收人员。鼎程合规部", [], []),
    ("email", "unknown", "轨迹周报（粤S·9F3T2）：工作日08:10-18:30停于东莞市长安镇锦厦路1号某五金厂，夜间停于乌沙社区兴发路；周日上午停于长安镇某教堂附近约2小时。",
     [(PL, "粤S·9F3T2"), (A, "东莞市长安镇锦厦路1号")], [S]),
]

# --- quality-check sheets and complaint tickets ------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-2406-0213｜坐席：陈某｜问题：通话中向借款人念出其配偶身份证号430105197903222464及手机号，违反信息最小化要求｜扣分：10",
     [(ID, "430105197903222464")], [U]),
    ("notice", "unknown", "质检单 QC-2406-0219｜第三方接听后，坐席仅请其转告回电，未透露委托方和欠款信息，合规，不扣分。", [], []),
    ("notice", "unknown", "投诉工单 TS20240611-0087｜投诉人：刘国栋，手机13699958428｜内容：催收员联系其妻子单位人事部｜处理：已暂停该坐席外呼权限，3个工作日内回访。",
     [(P, "刘国栋"), (MB, "13699958428")], [U]),
    ("notice", "unknown", "投诉工单 TS20240612-0102｜客户称“我车祸刚出院，你们还天天打”｜处理：已为客户办理30天延期，期间暂停外呼。", [], []),
    ("notice", "unknown", "质检单 QC-2406-0231｜坐席在通话中说出车辆夜间停放位置，属不当使用行踪信息，扣10分，已安排复训。", [], []),
    ("notice", "unknown", "质检单 QC-2406-0235｜坐席原话：“你车每天晚上十一点停金色家园B2，早上七点半开走”｜问题：以车辆行踪施压｜扣分：15",
     [], [S]),
    ("email", "unknown", "投诉回访记录：谭小波称其本人因腰椎手术停运一个月，申请停租。回访结论：已批准停租4周，通知拖车方暂停作业。",
     [(P, "谭小波")], []),
    ("notice", "unknown", "工单 TS20240615-0140｜投诉人反映外访员向其所在网约车车队队长透露欠款｜处理：已约谈渝和，要求停止联系车队人员，结果书面告知投诉人。", [], []),
    ("notice", "unknown", "质检抽检表（6月第2周）：抽检录音120通，涉及向第三方透露欠款8通、念全号3通、提及客户病情2通，已逐条反馈机构整改。", [], []),
    ("app", "unknown", "工单备注：客户龚雪，身份证号430104199405072021，银行卡6230 2988 9509 7260 252，要求更换扣款卡，已核实本人身份。",
     [(P, "龚雪"), (ID, "430104199405072021"), (BC, "6230 2988 9509 7260 252")], [U]),
    ("notice", "unknown", "投诉处理回复：您反映的催收人员在电话中提及您宗教信仰一事，经调查属实，我司已终止与该机构合作，并向您致歉。", [], []),
    ("notice", "unknown", "工单 TS20240617-0163｜投诉人：黄思敏｜诉求：催收员告知其同事欠款并提及其住院床号｜坐席记录：已向客户核实，客户住市三医院骨科12床，腿部骨折，2周后出院。",
     [(P, "黄思敏")], [S]),
]

# --- e-mails with the dealers and the law firm ------------------------------------------------------------------

DEALER_AND_LAW_FIRM: list[PiplEntry] = [
    ("email", "third_party", "罗经理：\n车主刘国栋（湘A·7Q3K9）在我司的车贷已逾期97天，请贵店在其到店时协助告知我司，联系人陈磊，0731-85126600。\n鼎程汽车金融资产管理部",
     [(P, "刘国栋"), (PL, "湘A·7Q3K9"), (P, "陈磊"), (LL, "0731-85126600")], [D]),
    ("email", "third_party", "瑞驰传祺售后部：附件为2024年二季度贷款车辆GPS装机核对表（仅含车架号和设备号），请于6月30日前核对回传。鼎程汽车金融风控部",
     [], []),
    ("email", "unknown", "知岳律所李律师：冉德兵案的借款合同、抵押登记证、还款流水见附件，被告身份信息见附件三，正文不再列明。鼎程法务部 legal@dingcheng-af.com.cn",
     [(P, "冉德兵"), (EM, "legal@dingcheng-af.com.cn")], []),
    ("email", "debtor", "律师函\n致：冉德兵（身份证号：500112197308189171）\n湖南知岳律师事务所受鼎程汽车金融有限公司委托，就您所欠车辆贷款本息合计86,417.20元事宜致函如下：请于收函之日起七日内与委托人联系还款，逾期委托人将依法提起诉讼。\n律师：李思远 0731-84451290",
     [(P, "冉德兵"), (ID, "500112197308189171"), (P, "李思远"), (LL, "0731-84451290")], [U]),
    ("email", "third_party", "中锐电气人力资源部：贵司员工刘国栋拖欠我委托人车辆贷款86,000余元，经多次催告未果，请贵司督促其履行。湖南知岳律师事务所",
     [(P, "刘国栋")], [D]),
    ("sms", "debtor", "【瑞驰传祺】尊敬的刘先生，您的爱车湘A·7Q3K9已行驶约86,000公里，建议近期进店保养，预约电话0731-84058899。回T退订",
     [(PL, "湘A·7Q3K9"), (LL, "0731-84058899")], []),
    ("email", "third_party", "鑫捷大众销售部：\n客户黄思敏（鄂A·3M72L）贷款已逾期，其丈夫周斌在长江航运中心上班，婆婆住青山区冶金街12号，请销售顾问协助劝其还款，必要时提供其新的住址。",
     [(P, "黄思敏"), (PL, "鄂A·3M72L"), (P, "周斌"), (A, "青山区冶金街12号")], [D, X]),
    ("email", "unknown", "鼎程法务部：冉德兵案已于6月18日向法院递交起诉材料，案号待法院编立后另行告知。附：诉讼费预交凭证。知岳律所 zhiyue_law@163.com",
     [(P, "冉德兵"), (EM, "zhiyue_law@163.com")], []),
    ("email", "third_party", "瑞驰传祺：请贵店在客户刘国栋下次到店时留意其新的联系方式，他的妻子邓丽萍手机13646533195也可以联系，车贷已逾期。",
     [(P, "刘国栋"), (P, "邓丽萍"), (MB, "13646533195")], [D, U, X]),
    ("email", "third_party", "鑫捷大众：附件为贵店2023年7月提交的一份购车发票复印件（合同编号DC-WH-2023-07-0418，已遮盖个人信息），请核对发票号码与贵店存根是否一致。",
     [], []),
    ("email", "debtor", "刘国栋先生：\n您好！随函附上《车辆贷款提前结清确认书》，结清金额以还款日系统显示为准。如有疑问，请回复本邮件或致电0731-85126600。\n鼎程汽车金融客户服务部 service@dingcheng-af.com.cn",
     [(P, "刘国栋"), (LL, "0731-85126600"), (EM, "service@dingcheng-af.com.cn")], []),
    ("email", "unknown", "李律师：冉德兵的身份证号500112197308189171、手机15343614237、其兄冉德明的住址和电话都在表里，麻烦先打一轮电话给他兄弟。鼎程法务",
     [(P, "冉德兵"), (ID, "500112197308189171"), (MB, "15343614237"), (P, "冉德明")], [U, X]),
]

# --- court filings: full identifiers are lawful inside papers filed with a court ------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：鼎程汽车金融有限公司，统一社会信用代码91430100MA4L7K2Q3C，住所地长沙市天心区芙蓉中路三段569号。\n被告：刘国栋，男，1976年12月4日出生，汉族，身份证号430111197612048715，住长沙市开福区福城路88号金色家园7栋1202。\n诉讼请求：判令被告偿还借款本金82,410元及利息、罚息。\n此致\n江州市新城区人民法院",
     [(UC, "91430100MA4L7K2Q3C"), (A, "长沙市天心区芙蓉中路三段569号"), (P, "刘国栋"), (ID, "430111197612048715"), (A, "长沙市开福区福城路88号金色家园7栋1202")], []),
    ("notice", "unknown", "实现担保物权申请书\n申请人：鼎程汽车金融有限公司\n被申请人：冉德兵，身份证号500112197308189171，住重庆市渝北区龙塔街道紫荆路11号2-3-1，联系电话15343614237。\n请求事项：拍卖、变卖被申请人名下渝B·K6215车辆，所得价款优先受偿。\n此致\n江州市渝北新区人民法院",
     [(P, "冉德兵"), (ID, "500112197308189171"), (A, "重庆市渝北区龙塔街道紫荆路11号2-3-1"), (MB, "15343614237"), (PL, "渝B·K6215")], []),
    ("notice", "unknown", "证据目录：1.《汽车抵押借款合同》（编号DC-CS-2022-11-0372）；2.机动车登记证书（车架号LGBH52E06NY138472）；3.还款流水；4.催告函及邮寄凭证（EMS单号1151203849217）。",
     [], []),
    ("notice", "unknown", "财产保全申请书\n申请人：畅途车服（长沙）有限公司，统一社会信用代码91430121MA4R5T8N63。\n被申请人：谭小波，男，身份证号431003198502178631，住长沙县榔梨街道保家村十一组23号。\n请求：查封被申请人名下银行账户6210 6962 6210 5630 929内存款18,500元。",
     [(UC, "91430121MA4R5T8N63"), (P, "谭小波"), (ID, "431003198502178631"), (A, "长沙县榔梨街道保家村十一组23号"), (BC, "6210 6962 6210 5630 929")], []),
    ("sms", "debtor", "【知岳律所】冉德兵先生，鼎程汽车金融诉您借款合同纠纷一案，起诉状副本载明您身份证号500112197308189171，法院将另行送达，请保持电话畅通。",
     [(P, "冉德兵"), (ID, "500112197308189171")], [U]),
    ("notice", "unknown", "送达地址确认书\n受送达人：何婷\n身份证号：510107199207160425\n送达地址：成都市成华区建设北路二段4号7栋2单元1103\n手机：18582057079\n受送达人签名：何婷　2024年6月20日",
     [(P, "何婷"), (ID, "510107199207160425"), (A, "成都市成华区建设北路二段4号7栋2单元1103"), (MB, "18582057079"), (P, "何婷")], []),
    ("email", "debtor", "何女士：法院已受理鼎程汽车金融诉您的借款合同纠纷，案号（2024）川0108民初7712号，开庭时间为7月16日上午9:30。如希望庭前调解，可回复本邮件。知岳律所 zhiyue_law@163.com",
     [(EM, "zhiyue_law@163.com")], []),
    ("notice", "unknown", "答辩状\n答辩人：黄思敏，女，身份证号420106198911144565，住武汉市武昌区中南二路9号汉街公寓1706。\n答辩意见：答辩人因交通事故住院，无力按期还款，请求法院准予分期偿还。\n此致\n江州市武昌新区人民法院",
     [(P, "黄思敏"), (ID, "420106198911144565"), (A, "武汉市武昌区中南二路9号汉街公寓1706")], []),
    ("email", "third_party", "丰泽物业财务部邓丽萍女士：附件为鼎程诉您丈夫刘国栋案的起诉状，内有其身份证号430111197612048715及住址，供您了解案情，请劝其应诉。",
     [(P, "邓丽萍"), (P, "刘国栋"), (ID, "430111197612048715")], [D, U]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：鼎程汽车金融有限公司\n被执行人：曾繁荣，男，1983年12月9日出生，身份证号441900198312095730，住东莞市长安镇乌沙社区兴发路23号。\n执行依据：（2024）粤1971民初3308号民事判决书。\n此致\n江州市东城区人民法院",
     [(P, "曾繁荣"), (ID, "441900198312095730"), (A, "东莞市长安镇乌沙社区兴发路23号")], []),
]

# --- letters and notices to borrowers ----------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("sms", "debtor", "月供逾期，速回电。", [], []),
    ("notice", "debtor", "律师函\n（2024）知岳函字第0617号\n何婷女士（身份证号5101**********0425）：\n湖南知岳律师事务所接受鼎程汽车金融有限公司（以下简称“委托人”）的委托，指派本所李思远律师，就您与委托人之间的汽车抵押借款合同纠纷，向您致函如下：\n一、2022年9月，您与委托人签订《汽车抵押借款合同》（编号DC-CD-2022-09-0881），借款本金96,000元，分36期偿还，并以川A·6N2S8车辆设定抵押。\n二、截至2024年6月15日，您已连续4期未还款，尚欠本金、利息及逾期违约金合计38,704.15元。\n三、请您于收到本函之日起十日内与委托人联系还款。如您确有经济困难，可向委托人申请延期或分期，委托人将依法依规与您协商。\n四、如您逾期既不还款也不协商，委托人将依据合同约定及《民法典》相关规定，通过诉讼或申请实现担保物权的方式主张权利，由此产生的诉讼费、律师费等将由您承担。\n如对上述欠款金额有异议，请于收函后七日内向委托人客服0731-85126600或本所书面提出。\n特此函告。\n湖南知岳律师事务所（盖章）　律师：李思远\n2024年6月17日",
     [(P, "李思远"), (P, "何婷"), (PL, "川A·6N2S8"), (LL, "0731-85126600"), (P, "李思远")], []),
    ("notice", "debtor", "催收函\n编号：DC-CS-2406-0152\n刘国栋先生（身份证号4301**********8715）：\n截至2024年6月15日，您在我司的车辆贷款已逾期97天，欠款本息合计10,404.00元。请于2024年6月25日前通过鼎程车贷App或对公账户还款。逾期未还，我司将依据合同约定及法律规定主张权利。如有异议，请致电0731-85126600。\n鼎程汽车金融有限公司（盖章）\n2024年6月15日",
     [(P, "刘国栋"), (LL, "0731-85126600")], []),
    ("notice", "debtor", "还款通知书\n借款人：龚雪\n身份证号：430104199405072021\n还款账户：6230 2988 9509 7260 252\n截至本通知发出之日，您已逾期42天，应还金额7,215.60元，请于10日内还清。",
     [(P, "龚雪"), (ID, "430104199405072021"), (BC, "6230 2988 9509 7260 252")], [U]),
    ("notice", "debtor", "履约提醒函\n谭小波先生：\n经核查，您承租的湘AD58231车辆在过去30天内，每日22时至次日7时停放于长沙县榔梨街道保家村十一组23号院内，日间主要往返于黄花机场与星沙之间。您已拖欠租金5期，请于7日内补缴。\n畅途车服（长沙）有限公司",
     [(P, "谭小波"), (PL, "湘AD58231"), (A, "长沙县榔梨街道保家村十一组23号")], [S]),
    ("notice", "debtor", "告知函\n冉德兵先生：\n您的车贷已逾期110天。我方掌握的您的家庭信息如下：父亲冉光荣（石柱县黄水镇），兄弟冉德明（两路口汽修店经营者），妻子文小琴（渝北区某幼儿园教师）。望您珍惜家庭声誉，尽快还款。\n渝和企业管理咨询有限公司",
     [(P, "冉德兵"), (P, "冉光荣"), (P, "冉德明"), (P, "文小琴")], [X]),
    ("notice", "debtor", "车辆处置通知书\n何婷女士：\n因您未按《汽车抵押借款合同》第八条约定偿还借款，我司已依合同第十一条收回抵押车辆川A·6N2S8。请您于2024年6月20日前结清欠款38,704.15元后办理赎车；逾期我司将依法委托拍卖，拍卖所得在扣除欠款及费用后的余额退还您。\n鼎程汽车金融有限公司",
     [(P, "何婷"), (PL, "川A·6N2S8")], []),
    ("notice", "debtor", "催告函\n何婷女士：您女儿就读于成都市成华区一所幼儿园大二班，每天16:30由您驾驶川A·6N2S8接送。请您为孩子考虑，尽快偿还欠款。",
     [(P, "何婷"), (PL, "川A·6N2S8")], [S]),
    ("notice", "debtor", "逾期告知书\n曾繁荣先生：\n经查，您每月10日有工资约6,800元转入尾号2231的工资卡，且您的支付宝余额宝长期保有2万元以上余额，具备还款能力。请于5日内归还逾期车款。",
     [(P, "曾繁荣")], [S]),
    ("notice", "debtor", "还款协议\n甲方：鼎程汽车金融有限公司\n乙方：付强\n乙方送达地址：株洲市芦淞区建设南路38号3栋502\n双方确认：乙方尚欠车贷本息24,600元，自2024年7月起分12期偿还，每期2,050元。\n甲方（盖章）　乙方（签字）",
     [(P, "付强"), (A, "株洲市芦淞区建设南路38号3栋502")], []),
    ("notice", "debtor", "債務逾期告知函\n冉德兵先生（身分證號500112197308189171）：\n您於本公司辦理之車輛貸款已逾期110天，依《汽車抵押借款合同》第八條，本公司有權要求您一次性清償全部欠款，請於十五日內與本公司聯繫。",
     [(P, "冉德兵"), (ID, "500112197308189171")], [U]),
    ("notice", "debtor", "解除合同通知\n严志刚先生：\n您自3月起在市精神卫生中心接受抑郁症治疗，长期无法出车，租金已拖欠8期。依《以租代购合同》第十五条，我司决定解除合同并收回车辆。",
     [(P, "严志刚")], [S]),
    ("notice", "debtor", "催款函\n向阳先生：\n截至今日，您已欠租金及违约金共计16,800元。您的妻子柏玉华（身份证610113198203160643）、岳母柏桂兰均为本合同知情人，请您妥善处理。",
     [(P, "向阳"), (P, "柏玉华"), (ID, "610113198203160643"), (P, "柏桂兰")], [U, X]),
    ("notice", "debtor", "結清證明\n茲證明借款人鍾長青（身分證尾號7374）在本公司辦理之車輛貸款已於2024年6月3日全部結清，抵押登記可憑本證明辦理解除。\n鼎程汽車金融有限公司",
     [(P, "鍾長青")], []),
]

# --- identifiers in every written and spoken form ---------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "苏女士，您的借款合同登记身份证号为35020619680609316X，如与本人证件不符，请三日内回电更正。",
     [(ID, "35020619680609316X")], [U]),
    ("call", "debtor", "坐席：梁先生我再核对一遍啊身份证是四四零一一三一九八九零四零三一一三叉没错吧\n客户：没错",
     [(ID, "四四零一一三一九八九零四零三一一三叉")], [U]),
    ("app", "debtor", "罗晓燕您好，您提交的身份证号５２０１０２１９７５０７１５６２０Ｘ已通过核验，车贷放款将在1个工作日内完成。",
     [(P, "罗晓燕"), (ID, "５２０１０２１９７５０７１５６２０Ｘ")], [U]),
    ("email", "debtor", "周先生：您作为共同还款人的身份证号 420117-19780521-5934 已录入系统，若有误请回复本邮件。鼎程客服",
     [(ID, "420117-19780521-5934")], [U]),
    ("app", "debtor", "吴卫东，身份证 3601 2219 8701 1452 13，车贷逾期第58天，今天不处理就按合同收车。",
     [(P, "吴卫东"), (ID, "3601 2219 8701 1452 13")], [U]),
    ("sms", "debtor", "蒲德全先生，系统中您的证件号仍为旧号511302670218253，请携带新身份证到门店更新，以免影响车辆解押。",
     [(P, "蒲德全"), (ID, "511302670218253")], [U]),
    ("call", "debtor", "坐席：郝师傅您那个老身份证号码我念一下幺三零幺零四七九幺零二七八三三对不对\n客户：嗯对的",
     [(ID, "幺三零幺零四七九幺零二七八三三")], [U]),
    ("app", "debtor", "您的扣款卡 6259 4304 9937 2856 本月已连续扣款失败3次，请更换还款卡或主动还款。",
     [(BC, "6259 4304 9937 2856")], [U]),
    ("email", "debtor", "马先生：您的退款将原路退回至卡号6222-8173-1595-7755-290，预计3-5个工作日到账。",
     [(BC, "6222-8173-1595-7755-290")], [U]),
    ("sms", "debtor", "【畅途】严师傅你卡号6212859831062234310转账备注写车牌号就行，别写错了",
     [(BC, "6212859831062234310")], [U]),
    ("sms", "third_party", "你好，你弟弟留的电话+86 18734842501一直打不通，他车贷的事麻烦你转告一下。",
     [(MB, "18734842501")], [D, U]),
    ("app", "debtor", "黄女士，你的手机号 186 5886 8901 我们已经加入外访名单，下周上门。",
     [(MB, "186 5886 8901")], [U]),
    ("sms", "debtor", "马俊杰：你留的号码１５５１２４８１８１６是你本人在用吧？回个电话。",
     [(P, "马俊杰"), (MB, "１５５１２４８１８１６")], [U]),
    ("email", "debtor", "钟先生：如需办理解押，请致电车辆抵押部(0731)8512-6600转8021，或发邮件至release@dingcheng-af.com.cn。",
     [(LL, "(0731)8512-6600"), (EM, "release@dingcheng-af.com.cn")], []),
    ("app", "debtor", "付先生，您报备的出境护照号为 E A 3 9 2 1 7 4 6，按合同约定出境期间车辆须停放于指定停车场。",
     [(PP, "E A 3 9 2 1 7 4 6")], [U]),
    ("call", "debtor", "坐席：你那个旧护照G两七四九三零五八上面的出入境记录我们也查了一共出去了六次\n客户：你们凭什么查",
     [(PP, "G两七四九三零五八")], [S, U]),
    ("sms", "debtor", "覃女士，您的港澳通行证C31857264显示您上周已前往澳门，请回来后尽快结清逾期车款。",
     [(PP, "C31857264")], [S, U]),
    ("email", "debtor", "梁先生：您提交的港澳居民来往内地通行证H10283746已核验，车贷合同将寄至您登记的地址。",
     [(PP, "H10283746")], [U]),
    ("sms", "debtor", "曾先生，你老婆那边的号码0086-18219401732我们打了，她说让你自己处理。",
     [(MB, "18219401732")], [U, X]),
    ("notice", "debtor", "逾期通知\n借款人：彭秋菊\n身份证号码：410105 19650817 3027\n联系电话：133-0649-8155\n请于本月底前还清逾期款项4,380元。",
     [(P, "彭秋菊"), (ID, "410105 19650817 3027"), (MB, "133-0649-8155")], [U]),
]

# --- decoys: contract, order, case, VIN, engine and policy numbers of the same shapes, failing the checks --------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎程汽车金融】您的借款合同号202403150731000416，本期应还3,468.00元，还款请备注合同号。", [], []),
    ("app", "debtor", "您的车辆保单号6103100020240887，交强险将于2024年8月1日到期，续保请联系原经销商或保险公司。", [], []),
    ("notice", "unknown", "车辆信息：车架号LSVAU2180N2183745，发动机号DLF207815，登记证书编号430010582736，抵押登记日期2023-03-08。", [], []),
    ("call", "debtor", "坐席：您记一下这个还款订单号啊二零二四零六一二八八三七一九零五五二以后咨询报这个就行\n客户：好的",
     [], []),
    ("email", "unknown", "鼎程法务部：（2024）湘0105民初11872号案件已立案，受理通知书编号370628551904127731，请查收附件。", [], []),
    ("sms", "debtor", "【畅途】司机编号20873615402，本周排班已生成，请在App内确认。", [], []),
    ("app", "debtor", "退款流水号 7140231001630089299 已原路退回，到账时间以银行为准。", [], []),
    ("notice", "unknown", "GPS设备清单：TAX-860315（IMEI 860315042173905，SIM卡号89860117750038124639），安装日期2023-11-20。", [], []),
    ("sms", "debtor", "【鼎程汽车金融】您尾号8715的证件对应的贷款申请单号881739503194281359已审核通过。", [], []),
    ("app", "debtor", "您的行驶证档案编号430102719284，车辆识别代号LFV2A21K8M4051973，请核对后点击确认。", [], []),
    ("email", "debtor", "冉先生：您的车损理赔案件号PDAA202450011200001738已结案，赔款将支付至您名下尾号6085的银行卡。", [], []),
    ("sms", "debtor", "吴先生，您的车贷合同号913079863340256939，借款人身份证号360122198701145213，请核对无误后签字。",
     [(ID, "360122198701145213")], [U]),
    ("app", "debtor", "订单号9576925434539896337的还款已到账；您的银行卡6216 1844 9703 0766 085下期将继续自动扣款。",
     [(BC, "6216 1844 9703 0766 085")], [U]),
    ("call", "debtor", "坐席：您的工单号是幺二七九幺幺二二六零七，然后核实一下您手机号是不是幺五五幺二四八幺八幺六\n客户：是",
     [(MB, "幺五五幺二四八幺八幺六")], [U]),
]

# --- whereabouts, routine, health, faith and money, beside the near-misses that stay lawful ----------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "你车夜里停保家村，跑不掉。", [], [S]),
    ("app", "debtor", "你那台车这两个礼拜每天晚上都在湘雅附二院停车场过夜，家里有人住院吧？住院也得先把月供还了。", [], [S]),
    ("sms", "debtor", "龚女士，您上周三、周五晚上九点以后都停在河西一家KTV门口直到凌晨两点，有钱唱歌没钱还车贷？", [], [S]),
    ("call", "debtor", "坐席：马先生，你老婆每个礼拜四在市妇幼做产检我们是知道的，预产期下个月吧？\n客户：你们到底想干嘛\n坐席：当爸爸的人了，车贷还是要还嘛。",
     [], [S]),
    ("app", "debtor", "吴先生，您名下住房公积金账户余额43,000多元，完全可以提取出来还车贷。", [], [S]),
    ("sms", "debtor", "付强，你每周二四六晚上去天心区那家血透中心，车停在后门，我们知道去哪等你。", [(P, "付强")], [S]),
    ("email", "unknown", "客户画像：谭小波，滴滴、T3双平台接单，月流水约1.3万；花呗额度已用满，另有3笔网贷在还；建议在每周一提现到账后催收。",
     [(P, "谭小波")], [S]),
    ("call", "debtor", "客户：我儿子在医院ICU躺着，我哪有心思管车贷。\n坐席：理解，孩子要紧。我这边先给您暂停一个月，您忙完了再联系我们，这期间不会有人打扰您。",
     [], []),
    ("app", "debtor", "为保护您的隐私，我司催收人员不会在沟通中提及您的车辆位置、健康状况或家庭成员信息；如遇此类情况，请拨打投诉电话0731-85126611。",
     [(LL, "0731-85126611")], []),
    ("call", "debtor", "坐席：你那台车每天停在长沙南站P3停车场，你人每天坐高铁去株洲上班，下午六点四十回来取车，对不对？\n客户：你们怎么知道的",
     [], [S]),
    ("app", "debtor", "马哥，你那个糖尿病天天打胰岛素，还跑夜班网约车？身体要紧，钱也要还。", [], [S]),
    ("sms", "debtor", "【鼎程汽车金融】如您因疾病、事故等原因暂时无法还款，可在App“困难申请”中提交材料，我们会在3个工作日内答复。", [], []),
    ("sms", "debtor", "你女儿刘子涵在开福区那所小学五年级三班，下午四点二十放学，你自己掂量。", [(P, "刘子涵")], [S, X]),
    ("notice", "unknown", "外访记录：车主近两月每周日上午在岳麓区一座基督教堂做礼拜，可于礼拜结束后在教堂停车场接触。", [], [S]),
    ("call", "third_party", "坐席：你哥是不是乙肝又住院了？车贷三个月没还，他老婆电话也不接。\n第三方：他病了你们还催？", [], [D, S]),
    ("app", "debtor", "借款人：我每天晚上十点下班，车停在公司地库，你们别去小区堵我\n专员：好的，我们不会上门，您方便时在App上还款即可。", [], []),
    ("app", "debtor", "系统识别：您每月5日上午都会到望城区的社区戒毒康复站报到，报到结束后请当天来公司处理欠款。", [], [S]),
    ("sms", "debtor", "覃女士，你的残疾人证我们看过了，每个月领的600块补贴也是收入，车贷照样要还。", [], [S]),
    ("call", "debtor", "坐席：你那个医保卡上个月在湘雅三医院精神科刷了两千多嘛看病有钱还钱没钱\n客户：那是我的病历你们凭什么看", [], [S]),
    ("notice", "unknown", "外访注意事项：不得向车主家属、邻居、停车场人员透露欠款；不得在沟通中引用车辆定位、就医或宗教信息；收车须持委托书并全程录像。", [], []),
]

# --- more than the message needs: whole families, addresses with employers, colleagues ------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "刘先生，您岳父邓国华住宁乡市玉潭街道新康路17号，您岳母的电话我们也有，请尽快还款。",
     [(P, "邓国华"), (A, "宁乡市玉潭街道新康路17号")], [X]),
    ("app", "debtor", "黄女士，你公公周德贵、婆婆胡秀兰、小姑子周敏的电话我们都存着，你自己选。",
     [(P, "周德贵"), (P, "胡秀兰"), (P, "周敏")], [X]),
    ("call", "debtor", "坐席：刘先生，你爱人在丰泽物业财务部，你儿子在开福区那所小学读五年级，你岳父住宁乡，我们什么都清楚。\n客户：你们这是威胁我。",
     [], [S, X]),
    ("sms", "third_party", "冉德明，你哥冉德兵住龙塔街道紫荆路11号2-3-1，在渝北跑货运，欠鼎程八万多，你当兄弟的劝一下。",
     [(P, "冉德明"), (P, "冉德兵"), (A, "龙塔街道紫荆路11号2-3-1")], [D, X]),
    ("email", "unknown", "请外访组核实：借款人曾繁荣，住东莞市长安镇乌沙社区兴发路23号，在长安一家五金厂做质检；妻子杨秀芬在松山湖某厂食堂；儿子曾子轩读长安实验小学三年级。",
     [(P, "曾繁荣"), (A, "东莞市长安镇乌沙社区兴发路23号"), (P, "杨秀芬"), (P, "曾子轩")], [S, X]),
    ("app", "debtor", "严师傅，你们车队队长易建华、副队长罗少军都说你人不错，别让我们一个个去找他们聊。",
     [(P, "易建华"), (P, "罗少军")], [X]),
    ("notice", "debtor", "催告函\n致：向阳，住长沙市雨花区劳动东路139号1栋803，现就职于长沙远景物流有限公司仓储部，主管为柏志明。\n您拖欠租金及违约金16,800元，请于7日内付清。",
     [(P, "向阳"), (A, "长沙市雨花区劳动东路139号1栋803"), (P, "柏志明")], [X]),
    ("sms", "debtor", "付先生，你同事余海波、刘娟的电话我们都有，你们车间主任叫谭勇对吧？",
     [(P, "余海波"), (P, "刘娟"), (P, "谭勇")], [X]),
    ("app", "third_party", "罗经理，这是刘国栋的身份证和住址：430111197612048715，开福区福城路88号金色家园7栋1202，麻烦查下他最近保养登记的电话。",
     [(P, "刘国栋"), (ID, "430111197612048715"), (A, "开福区福城路88号金色家园7栋1202")], [D, U, X]),
    ("call", "debtor", "坐席：你前妻陈芳现在在雨花区一家诊所当护士，女儿跟着她住，这些我都晓得。\n客户：她跟这事没关系。",
     [(P, "陈芳")], [X]),
    ("sms", "debtor", "马俊杰，你在宇通总装车间上班，住管城区航海东路1188号，你媳妇在二七区一家幼儿园当老师，我们都清楚。",
     [(P, "马俊杰"), (A, "管城区航海东路1188号")], [X]),
    ("email", "debtor", "付强先生：\n经查，您的女友彭佳怡（手机15051982528）名下另有一台车，请协调她代为偿还您的欠款。\n渝和企业管理咨询有限公司",
     [(P, "付强"), (P, "彭佳怡"), (MB, "15051982528")], [U, X]),
    ("notice", "unknown", "外访派单：借款人龚雪，住岳麓区桐梓坡西路229号6栋1102，就职于某会计师事务所；父亲龚长林、母亲陈桂芝，住浏阳市关口街道；前男友唐浩。",
     [(P, "龚雪"), (A, "岳麓区桐梓坡西路229号6栋1102"), (P, "龚长林"), (P, "陈桂芝"), (P, "唐浩")], [X]),
    ("app", "debtor", "吴卫东，你姐吴卫红在南昌县人民医院当护士长，你姐夫在县交警大队，这些关系我们都摸清楚了。",
     [(P, "吴卫东"), (P, "吴卫红")], [X]),
    ("call", "third_party", "坐席：房东你好，你那个租客向阳，他老婆柏玉华在哪里上班你晓得吧？他欠我们公司车款。\n第三方：我只收房租，别的不管。",
     [(P, "向阳"), (P, "柏玉华")], [D, X]),
    ("notice", "debtor", "上门告知单\n何婷女士：您的公婆何正明、黄淑贞住成都市金牛区茶店子东街15号，我司外访人员已于6月8日前往拜访。",
     [(P, "何婷"), (P, "何正明"), (P, "黄淑贞"), (A, "成都市金牛区茶店子东街15号")], [X]),
    ("sms", "debtor", "曾先生，你弟曾繁华在深圳福田开奶茶店，店名我们也知道，别让我们过去。", [(P, "曾繁华")], [X]),
    ("app", "debtor", "谭师傅，你老婆邓春燕在星沙步步高超市收银，你儿子谭浩宇在榔梨中学读初二，他们晓得你欠租金不？",
     [(P, "邓春燕"), (P, "谭浩宇")], [S, X]),
    ("call", "debtor", "坐席：你爸妈住在郴州北湖区燕泉路那个老房子里嘛你爸叫谭长生对吧\n客户：你们去找我爸妈干什么", [(P, "谭长生")], [X]),
    ("sms", "debtor", "覃女士，你老公梁志伟在虎门开档口，你姑姐在香港做家政，都是有钱人，借点还了吧。", [(P, "梁志伟")], [X]),
    ("email", "unknown", "渝和外访组：冉德兵的妻子文小琴，渝北区某幼儿园教师，手机17712333723；其子冉俊熙，8岁，就读紫荆小学二年级。请择机接触其妻子。",
     [(P, "冉德兵"), (P, "文小琴"), (MB, "17712333723"), (P, "冉俊熙")], [S, U, X]),
    ("app", "debtor", "龚女士，你前男友唐浩在岳麓区开健身房，你爸龚长林退休前是浏阳一所中学的老师，要不要我们去问问他们？",
     [(P, "唐浩"), (P, "龚长林")], [X]),
    ("call", "debtor", "坐席：黄女士，你老公周斌的身份证是四二零一一七一九七八零五二一五九三四吧他单位我们也知道\n客户：你们念他身份证干什么",
     [(P, "周斌"), (ID, "四二零一一七一九七八零五二一五九三四")], [U, X]),
    ("sms", "debtor", "何女士，你表妹何佳琪在春熙路一家奶茶店上班，电话13092392808，你不接我们就打她。",
     [(P, "何佳琪"), (MB, "13092392808")], [U, X]),
    ("notice", "unknown", "车主关系图：本人刘国栋——妻邓丽萍（丰泽物业）——子刘子涵（开福区某小学）——岳父邓国华（宁乡）——父刘德厚、母谭桂英（湘潭县花石镇）。",
     [(P, "刘国栋"), (P, "邓丽萍"), (P, "刘子涵"), (P, "邓国华"), (P, "刘德厚"), (P, "谭桂英")], [S, X]),
    ("app", "third_party", "柏女士，你丈夫向阳的车租金欠了五个月，你在雁塔区那家银行上班，你妈柏桂兰住电子城，我们都查到了。",
     [(P, "向阳"), (P, "柏桂兰")], [D, X]),
]

# --- disclosure told in few words or by implication ---------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "国栋车贷的事，转告他。", [(P, "国栋")], [D]),
    ("sms", "third_party", "阿姨，您儿子那台车的钱，还差三个月。", [], [D]),
    ("app", "third_party", "兄弟，那台湘A·7Q3K9是我们要收的车，回来了说一声。", [(PL, "湘A·7Q3K9")], [D]),
    ("call", "third_party", "坐席：易队，小谭那个事，畅途这边还在等，你提醒下。\n第三方：晓得了。", [], [D]),
    ("sms", "third_party", "贵公司邓丽萍女士家里车子的事，麻烦提醒她留意鼎程的来电。", [(P, "邓丽萍")], [D]),
    ("app", "third_party", "罗经理，刘国栋那台GS4我们这边要收回了，你们先别给他办任何资料。", [(P, "刘国栋")], [D]),
    ("sms", "third_party", "你好，你朋友冉德兵在鼎程的手续还没了结，他知道是什么事。", [(P, "冉德兵")], [D]),
    ("call", "third_party", "坐席：嫂子，德兵哥那个车子的事情你晓得噻，鼎程那边还在等他。\n第三方：我晓得个啥子，他啥都不跟我说。", [(P, "德兵")], [D]),
    ("app", "third_party", "物业你好，17栋那台白色传祺是我们公司抵押的车，麻烦别让它开出小区，我们明天过来。", [], [D]),
    ("sms", "third_party", "王工，你们那个黄思敏，让她看一下鼎程给她发的短信。", [(P, "黄思敏")], [D]),
    ("app", "third_party", "娭毑，您屋里小波欠的车钱要快点还哒，畅途的人讲的。", [(P, "小波")], [D]),
    ("call", "third_party", "坐席：师傅就是那台湘AD五八二三一啊我们公司的车车主没交钱你帮我盯一下\n第三方：哦那台白色的比亚迪", [(PL, "湘AD五八二三一")], [D]),
    ("sms", "third_party", "人事部您好，贵司员工柏玉华的爱人向阳拖欠我司租金16,800元，请协助联系。", [(P, "柏玉华"), (P, "向阳")], [D]),
    ("app", "third_party", "小罗，上回说的那个GS4车主又断了两期，你们那边要是还有他别的电话发我。", [], [D]),
    ("app", "third_party", "@全体成员 兄弟们谁见到小谭让他回畅途一趟，车子的事不能再拖了。", [], [D]),
    ("sms", "third_party", "罗阿姨，您女婿上回说月底还鼎程的，到现在也没动静，您帮忙问问。", [], [D]),
    ("call", "third_party", "坐席：你是曾繁荣的老板吧？他那台车在我们这里按揭的，三个月没供了，他这个月工资能不能先扣一部分给我们？\n第三方：这个我做不了主。",
     [(P, "曾繁荣")], [D]),
]

# --- messages a debtor forwards or pastes whole, as received ----------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("email", "unknown", "投诉：我收到如下短信——“刘国栋，你老婆邓丽萍在丰泽物业上班，电话13646533195，再不还钱我们就找她单位。”请你们管管。",
     [(P, "刘国栋"), (P, "邓丽萍"), (MB, "13646533195")], [U, X]),
    ("app", "unknown", "【转发】“谭小波，你每晚停车的保家村那个院子我们已经去看过了，凌晨一点你才回。”——这是你们的人发的吧？",
     [(P, "谭小波")], [S]),
    ("email", "unknown", "以下是我收到的催款函原文：“龚雪（身份证430104199405072021）：您的车贷已逾期42天，请于十日内还清。”我要求你们解释为什么把我身份证号印在信封上。",
     [(P, "龚雪"), (ID, "430104199405072021")], [U]),
    ("email", "unknown", "附：催收人员发给我的微信原文“何婷，你女儿在天府三街幼儿园大二班，四点半放学，我们的人天天看到。”",
     [(P, "何婷")], [S]),
    ("email", "unknown", "转给你们看看：“冉德兵，你兄弟冉德明17623311146我们已经联系了，你老汉那边下一个。”这就是你们的催收方式？",
     [(P, "冉德兵"), (P, "冉德明"), (MB, "17623311146")], [U, X]),
    ("app", "unknown", "这是你们机器人昨天打给我的，原话：“系统显示您的车辆当前位于岳麓区桐梓坡西路229号附近，已连续三晚停放于此。”你们是在监视我吗？",
     [(A, "岳麓区桐梓坡西路229号")], [S]),
    ("email", "unknown", "投诉附件文字：“黄思敏，你住院的市三医院骨科12床我们去看过了，出院就还钱。”——渝和催收员6月9日短信",
     [(P, "黄思敏")], [S]),
]

# --- more calls: guarantors, spouses, colleagues, dealers, in dialect and as ASR -----------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：曾生你架车每晚都停喺长安镇兴发路嗰个露天停车场我哋GPS睇晒㗎\n客户：你哋想点啊", [], [S]),
    ("call", "third_party",
     "坐席：冉德明先生，您是您哥车贷的担保人，我跟您讲，他现在每天晚上在观音桥夜市摆摊摆到凌晨两点，您叫他先还一期。\n第三方：担保归担保，他在哪摆摊你跟我说干啥子。",
     [(P, "冉德明")], [D, S]),
    ("call", "debtor", "坐席：严师傅，你们易队长电话18112046419我已经打过了，他说你这礼拜天天在跑。\n客户：你打他干嘛？",
     [(MB, "18112046419")], [U, X]),
    ("call", "debtor", "坐席：你T3的司机账号就是你手机号一七三六二七八五一零九嘛后台显示你上礼拜流水四千二\n客户：那也要加油吃饭",
     [(MB, "一七三六二七八五一零九")], [S, U]),
    ("call", "third_party", "坐席：嫂子，你老公那台车这几天晚上都停在麓谷一家洗浴中心门口，车贷也欠着，你劝劝他。\n第三方：……我晓得了。", [], [D, S]),
    ("call", "debtor", "机器人：苏女士您好，您登记的身份证号码三五零二零六一九六八零六零九三一六叉与银行预留信息不一致，请按1转人工核实。\n客户：（按键1）",
     [(ID, "三五零二零六一九六八零六零九三一六叉")], [U]),
    ("call", "third_party", "坐席：你是黄思敏同事吧？她那个事你们单位晓得不？鼎程的。\n第三方：什么事？\n坐席：你问她就晓得了。", [(P, "黄思敏")], [D]),
    ("call", "debtor", "坐席：你车祸赔的那十二万保险金打到你尾号596那张卡了吧？医药费也就花了三万，剩下的先还车贷。\n客户：后续还要做手术的",
     [], [S]),
    ("call", "debtor", "坐席：冉先生，你担保人冉德明住在两路口他那个汽修店楼上吧，我们明天过去找他。\n客户：莫去找他，我下午就转。",
     [(P, "冉德明")], [X]),
    ("call", "third_party", "坐席：罗经理，刘国栋那台车在你们店修好了没？修好了先别交给他，我们鼎程要收。\n第三方：我们只认车主。", [(P, "刘国栋")], [D]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AT-APP-NOTICES": APP_NOTICES,
    "AT-LENDER-SMS": LENDER_SMS,
    "AT-AGENCY-SMS": AGENCY_SMS,
    "AT-AGENT-CALLS": AGENT_CALLS,
    "AT-ASR-CALLS": ASR_CALLS,
    "AT-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AT-WECHAT-BORROWERS": WECHAT_BORROWERS,
    "AT-WECHAT-THIRD-PARTIES": WECHAT_THIRD_PARTIES,
    "AT-REPOSSESSION": REPOSSESSION,
    "AT-GPS-VENDOR": GPS_VENDOR,
    "AT-QA-AND-TICKETS": QA_AND_TICKETS,
    "AT-DEALER-AND-LAW-FIRM": DEALER_AND_LAW_FIRM,
    "AT-COURT-FILINGS": COURT_FILINGS,
    "AT-LETTERS": LETTERS,
    "AT-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AT-DECOYS": DECOYS,
    "AT-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AT-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AT-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AT-FORWARDED": FORWARDED,
    "AT-MORE-CALLS": MORE_CALLS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
