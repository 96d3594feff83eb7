"""Writes `pipl_heldout_ap.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the record helpers and identifier checks in
`set_format.py`, `tests/set_support.py`, the held-out PIPL rows and their tests in `tests/test_labelled_sets.py`,
and only the opening docstring, imports, constants, first five entries and closing functions of
`make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps). It did
not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other
tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check
character, four ending in X, an old 15-digit ID with a real month, Luhn-valid card numbers of 16 and 19 digits,
mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by hand, and the
passports (E, EA, G), the permit to Hong Kong and Macau (C), the home-return permit (H) and the lender's unified
social credit code (with its GB 32100 check character) were typed to the pattern. The decoys were checked
against `set_format.check_identifier` for every identifier type; two candidates that passed (a 16-digit
number passing Luhn, an 11-digit number on a 16 prefix) were left out.

Phone instalment and leasing (手机分期, 租机) carry it: three apps (栗子租机, 橙意分期, 机好租), the three
agencies they hire (an asset-management company in Hunan, business-information firms in Chengdu and Zhengzhou),
a law firm writing for two of them and the device supplier in Shenzhen. The borrowers are students of a
vocational college and a secondary school (three of them minors) and young workers in factories, a milk-tea
shop and an Internet café. Voices: the apps' notices, pushes, remote-lock notices and in-app support chats,
stage SMS, agencies' SMS and WeChat messages, agents' calls as transcripts and as speech-to-text output (Hunan
and Sichuan speech among them), voice robots with keypad turns (one in traditional characters), calls and
messages to class teachers, counsellors, dormitory managers, roommates, classmates, a kindergarten teacher,
parents, grandparents, an uncle, sisters, a cousin, partners, employers' HR, a workshop head, a front desk,
landlords (one in Cantonese), a neighbour and a property office; WeChat and QQ class, relatives', workmates' and
village groups beside the apps' user groups and an agents' team group; visit reports and skip-tracing notes,
quality-check sheets, complaint tickets and replies, e-mails with the device supplier and between apps and
agencies, court filings, a lawyer's letter, a collection letter, and messages the debtors forwarded.

316 messages, 103 of them (33%) compliant; from 8 characters to a collection letter of 387. Identifiers stand
in 112: 18-digit IDs (typed, in full-width digits, spaced in fours, on a line of their own, read aloud with 零
and with 幺 and 两, one ending in 叉) and an old 15-digit one; bank cards of 16 and 19 digits (typed, dashed,
read aloud in one run and with 幺); mobiles (typed, spaced 3-4-4, dashed, behind +86 and 0086, in full-width
digits, read aloud with 幺 and 洞); passports (E typed and spaced letter by letter, EA, an old G read aloud), a
permit to Hong Kong and Macau and a home-return permit; landlines of the apps, the agencies, the law firm, the
supplier, a college office and an employer (one in brackets, three with an extension outside the span); e-mail
addresses of the apps, two agencies and the supplier; a unified social credit code in a court filing. Beside them
stand decoys of the same shapes: IMEIs and an express tracking number of 15 digits with no real month, 18-digit
order, contract and recovery numbers failing the check character (one read aloud, ending in 叉), 16- and
19-digit refund, reference and transaction numbers failing Luhn (one a card number with its last digit
changed), 11-digit ticket, work-order and transaction numbers on no mobile prefix (one read aloud), a MEID,
serial numbers, registered-mail and EMS numbers, masked forms (4301**********5521, 341222********2784,
139****3483, 尾号2784) and service numbers. Licence plates (a father's lorry, a brother's car, a cousin's van) are
entities with no category; so are the apps', agencies', law firm's, supplier's and employer's landlines and an
agent's work mobile.

`pii.unmasked_identifier` labels 86 messages, `pii.third_party_disclosure` 77, `pii.sensitive` 73 and
`pii.excessive` 59; 75 messages carry two or three categories. Disclosure is often told in a few words or by
implication ("that phone matter of hers is not settled yet", "Jihaozu is looking for her", "Chengyi's side is
still waiting", "that sum of Zhiyuan's", "the two instalments from last month"), beside bare call-back requests
that name no lender, a wrong number, a sealed letter an employer is asked to hand on, a landlord and a dormitory
manager asked whether someone still lives there, and agents who refuse to tell a brother, two sisters or a
counsellor what the matter is. Sensitive data is mostly what the leased phone gives away: location traces
(hotels, an Internet café, a hospital ward, a night market, a station waiting room, a border crossing), routines
(a shift, a walk home, a bus home, a school run), health (a psychiatric diagnosis and its drug, a pregnancy
app, an abortion, an operation, hepatitis B, dialysis, kidney stones, a mother's liver cancer), minors' schools,
classes, dormitories and weekends, religion (a church, a mosque, a Catholic church), a disability allowance,
salary, grant and wallet inflows, a housing fund, other loans and a credit report. Excessive data is the
uploaded contact list (read out, exported, ranked), parents', partners' and relatives' workplaces, names and
numbers, and full names with addresses. Beside them stand the debtors' own words about illness or pregnancy
answered with a deferral, general hardship offers, permission and lock notices that use no data, rules
forbidding such use and replies that name the kind of data without repeating it.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them)
  of a person in the sender's or agent's words, in any form, in notes, sheets, tickets, e-mails and letters to
  the debtor too. Not: masked forms, last digits alone, a company's landline, an agent's work mobile, a
  customer saying their own number, a licence plate, a decoy, and not the identifiers in papers filed with a
  court (a statement of claim, an application for preservation, for a payment order or for enforcement, an
  evidence list), which are lawful there; the same identifier in an SMS, letter or message to the debtor or to
  a third party is labelled.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product; naming the app that is looking for him, or "that matter" of a phone, is enough)
  or the debtor's personal data. Notes, sheets, tickets and e-mails passed between the apps, the agencies and
  the supplier go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a
  minor's school, class, dormitory or routine, whereabouts at a given time and daily routine (most of it from
  the device), financial details beyond need (inflows, balances, a housing fund, allowances, other loans, a
  credit report), border crossings, a disability. A general hardship offer, the debtor's own words (also as a
  quality-check sheet quotes them), a reply that names the kind of data without repeating it, or a rule
  forbidding such use, is not.
- `pii.excessive`: the uploaded contact list, a person's full name with their home or dormitory address or
  employer, or family members', partners', roommates' or colleagues' names, numbers or workplaces, that the
  message does not need. Not: a full name alone, the agent's own name, the address a letter is sent to or a
  visit or pick-up is agreed at, a relative the message is addressed to.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. A
message a debtor forwards or pastes whole carries the labels of what it contains. Entities mark every string of
their type whoever it belongs to; masked forms and 400 service numbers are not entities, a landline's extension
and a +86 or 0086 before a mobile lie outside the span; a surname with an honorific (罗老师, 陈生, 张阿姨, 周主任)
is not a PERSON, a given name alone (雨桐, 静怡, 子豪, 志远) is; ADDRESS reaches down to a road and number, or a
building and room (a dormitory's too).

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ap`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ap.jsonl"
ID_PREFIX = "PAP"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, CC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- the leasing and instalment apps' notices, pushes and remote-lock messages to borrowers ---------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【栗子租机】您租用的iPhone 15（128G）第4期租金689.00元将于06月18日自动扣款，请保证尾号3610的银行卡余额充足。",
     [], []),
    ("app", "debtor", "尊敬的用户陈雨桐，您的租机订单已逾期12天。设备定位显示您近一周每晚23点后均在湘滨市岳湖区桐梓坡路188号附近，请勿抱有侥幸心理，尽快结清欠租1,378元。",
     [(P, "陈雨桐"), (A, "湘滨市岳湖区桐梓坡路188号")], [S]),
    ("app", "debtor", "【橙意分期】您分期购买的手机已逾期，系统已于今日09:00对设备（IMEI 864521057391846）启用远程锁定。结清欠款2,106.40元后将在30分钟内自动解锁。",
     [], []),
    ("app", "debtor", "设备管理提醒：您的租赁设备将在48小时后进入锁定状态。锁定期间仍可拨打110、120等紧急电话。如有困难，可在“我的-协商还款”中申请延期。",
     [], []),
    ("app", "debtor", "王浩然您好，您身份证430521200107161513名下的租机合同2份均已违约，累计欠租4,932元，平台将按合同约定提起诉讼。",
     [(P, "王浩然"), (ID, "430521200107161513")], [U]),
    ("app", "debtor", "检测到您的设备SIM卡于5月29日被更换，更换后设备在东莞市长安镇、深圳市宝安区沙井街道之间往返共11次，最近一次停留在沙井汽车站。请立即联系平台说明情况。",
     [], [S]),
    ("app", "debtor", "您的分期账户关联手机本月收到工资到账短信两条（5,820.00元、1,200.00元），但仍未按期还款。系统判定您具备还款能力，请于今日内还清。",
     [], [S]),
    ("app", "debtor", "温馨提示：平台仅在您签约时授权的范围内使用设备信息（型号、IMEI、激活状态），不会读取您的短信、相册及通讯录。详见《隐私政策》第3条。",
     [], []),
    ("app", "debtor", "黄思琪同学，你住北苑5栋307，班主任是哪位我们也清楚，别让事情闹到学校去。欠款1,045元今天处理掉。",
     [(P, "黄思琪"), (A, "北苑5栋307")], [X]),
    ("app", "debtor", "您好，根据设备回传数据，您近两周常去的地点：湘滨医学院附属第二医院（4次）、岳湖区人民医院肿瘤科（2次）。身体要紧，但欠款也请尽快处理。",
     [], [S]),
    ("app", "debtor", "【橙意分期】您申请的延期还款已通过，新的还款日为2025年7月15日，期间不计逾期罚息，设备不会被锁定。",
     [], []),
    ("app", "debtor", "周佳怡，你手机定位显示你现在就在星沙大道那家奶茶店，下午两点到晚上十点的班，对吧？欠款不还，我们随时可以过去找你聊聊。",
     [(P, "周佳怡")], [S]),
    ("app", "debtor", "系统通知：您签约时上传的通讯录共312位联系人，其中“妈妈 何秀兰”“爸爸 陈国强”“辅导员 罗建华”已被列为重点联系对象，逾期满15天将逐一通知。",
     [(P, "何秀兰"), (P, "陈国强"), (P, "罗建华")], [X]),
    ("app", "debtor", "【栗子租机】尊敬的{name}，您的第{period}期租金{amount}元已逾期，请及时还款，以免产生违约金。",
     [], []),
    ("app", "debtor", "您的租机即将到期（第12期），可选择：①归还设备 ②补足尾款买断 ③续租。如需上门取件，请在App内填写取件地址，该地址仅用于本次取件。",
     [], []),
]

# --- the apps' stage SMS ---------------------------------------------------------------------------------------

PLATFORM_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【橙意分期】李欣然您好，您的分期账单已逾期5天，应还658.30元。还款请登录App或关注公众号“橙意分期”。客服热线400-806-3312。",
     [(P, "李欣然")], []),
    ("sms", "debtor", "【橙意分期】您尾号2784的身份证关联账户存在逾期，如已还款请忽略。",
     [], []),
    ("sms", "debtor", "【栗子租机】吴俊杰，你名下订单（身份证36232920070703081X）已逾期45天，设备6月3日最后一次联网位置：南昌市青山湖区北京东路1288号附近。",
     [(P, "吴俊杰"), (ID, "36232920070703081X"), (A, "南昌市青山湖区北京东路1288号")], [S, U]),
    ("sms", "debtor", "【机好租】邓凯先生，您绑定的工资卡6212268090610281142本月10日入账6,350元，当天即被转出。请不要再转移资金，今日须还清3,120元。",
     [(P, "邓凯"), (BC, "6212268090610281142")], [S, U]),
    ("sms", "debtor", "【栗子租机】何雅婷您好，您的租金已逾期20天。若您因身体或家庭原因暂时无法还款，可申请最长3个月的延期，申请不收取任何费用。",
     [(P, "何雅婷")], []),
    ("sms", "debtor", "【橙意分期】林志远您好，您预留的手机号19169510060已停机，请及时更新联系方式并处理逾期账单。",
     [(P, "林志远"), (MB, "19169510060")], [U]),
    ("sms", "debtor", "【机好租】罗晓雯，平台监测到你近一个月在另外5个平台申请过借款，其中米袋花、豆豆借两笔已经逾期。请优先归还本平台欠款。",
     [(P, "罗晓雯")], [S]),
    ("sms", "debtor", "【栗子租机】您好，您本人6月2日来电申请的还款计划已生效：每月15日还款416元，共6期。如有疑问请致电0571-86935210。",
     [(LL, "0571-86935210")], []),
    ("sms", "debtor", "梁振宇你好，你在鑫达电子厂上夜班，每天早上七点从哪个门下班我们都清楚，租机的钱尽快还上。",
     [(P, "梁振宇")], [S, X]),
    ("sms", "debtor", "【栗子租机】陈雨桐，你签约时留的紧急联系人是你妈何秀兰（13948323483）和室友王静怡，今天下午五点前不处理，我们就联系她们。",
     [(P, "陈雨桐"), (P, "何秀兰"), (MB, "13948323483"), (P, "王静怡")], [U, X]),
    ("sms", "debtor", "【机好租】您的租赁设备（序列号F17ZK3QXN72P）已报失锁定。如非本人操作，请携带身份证原件至线下门店办理解锁。",
     [], []),
    ("sms", "debtor", "曾诗雨同学：平台核实到你未满18周岁，你的租机订单将转由监护人处理，请把这条短信给父母看，并请父母致电0731-85276604。",
     [(P, "曾诗雨"), (LL, "0731-85276604")], []),
    ("sms", "debtor", "【橙意分期】孙雨萱，你才16岁，在湘滨三中读高一（7）班，这些我们都查得到。家长知道你分期买手机吗？欠款880元明天之前还清。",
     [(P, "孙雨萱")], [S]),
]

# --- the agencies' SMS and WeChat messages -----------------------------------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【湘衡资产】受栗子租机委托，提醒您租机欠款2,746元已逾期68天。如需协商请回电0731-89214470，工作时间9:00-18:00。",
     [(LL, "0731-89214470")], []),
    ("sms", "debtor", "王浩然，我是湘衡资产的刘强，你的身份证、银行卡（6217008916421050603）、家庭住址我们都有，别再躲了。",
     [(P, "王浩然"), (P, "刘强"), (BC, "6217008916421050603")], [U]),
    ("sms", "debtor", "【锦诚咨询】黄思琪女士：您的欠款已转我司处理。我司工作人员工号JC0817，工作手机17605564805，如对身份存疑，可致电橙意分期官方客服核实。",
     [(P, "黄思琪"), (MB, "17605564805")], []),
    ("app", "debtor", "邓凯你好，你爸邓建军在县农机站上班对吧？电话18726014838，他要是知道你在外面欠钱，会怎么想？",
     [(P, "邓凯"), (P, "邓建军"), (MB, "18726014838")], [U, X]),
    ("app", "debtor", "吴俊杰，你人在南昌吧，昨晚在青山湖区那家网吧坐到凌晨三点，网吧老板姓啥我们都知道。",
     [(P, "吴俊杰")], [S]),
    ("sms", "debtor", "【湘衡资产】提醒：我司不会以任何形式要求您向个人账户转账，官方还款渠道仅为栗子租机App内“立即还款”。谨防诈骗。",
     [], []),
    ("app", "debtor", "林志远，你手机上装了9个借款App，还有2笔网贷已经被起诉，征信早花了，别以为换个号我们就找不到你。",
     [(P, "林志远")], [S]),
    ("sms", "debtor", "李欣然，我们会按你通讯录里的顺序一个个打，第一个是“老妈”，第二个是“舅舅 李卫东”，第三个是“张老师”。",
     [(P, "李欣然"), (P, "李卫东")], [X]),
    ("sms", "debtor", "何雅婷女士，您此前说明的家庭困难情况我们已登记，本月暂停催收，下月10日前由专员与您电话协商分期方案。",
     [(P, "何雅婷")], []),
    ("sms", "debtor", "【锦诚咨询】罗晓雯，经核实你的护照号为EB4721093，出境记录显示你5月20日从深圳湾口岸出境。逾期欠款请立即处理。",
     [(P, "罗晓雯"), (PP, "EB4721093")], [S, U]),
    ("app", "debtor", "梁振宇，你入职体检报告我们看过了，乙肝小三阳，厂里知不知道？",
     [(P, "梁振宇")], [S]),
    ("app", "debtor", "陈雨桐，你室友王静怡的电话是15522435073，你辅导员罗建华办公室电话0731-84526617，要不要我们帮你通知他们？",
     [(P, "陈雨桐"), (P, "王静怡"), (MB, "15522435073"), (P, "罗建华"), (LL, "0731-84526617")], [U, X]),
]

# --- agents' calls, written out as transcripts ------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，我是湘衡资产的工作人员，受栗子租机委托联系您，请问是王浩然先生本人吗？\n客户：是我，什么事？\n坐席：为核实身份，麻烦您报一下身份证后四位。\n客户：1513。\n坐席：谢谢。您的租机账单逾期32天，欠租2,067元，今天能安排还款吗？\n客户：这个月工资还没发，15号发了就还。\n坐席：好的，我给您登记15号还款，当天App会推送提醒。",
     [(P, "王浩然")], []),
    ("call", "debtor", "坐席：喂，陈雨桐是吧，我跟你核对一下，你身份证430104200604195521，没错吧？\n客户：对……\n坐席：手机号19565633169，紧急联系人填的你妈。欠租一千三百七十八，你打算什么时候还？\n客户：我下周还行吗\n坐席：不行，今天就得还。",
     [(P, "陈雨桐"), (ID, "430104200604195521"), (MB, "19565633169")], [U]),
    ("call", "third_party", "坐席：您好，是陈雨桐的妈妈吗？\n第三方：是，你是哪位？\n坐席：我这边是栗子租机的，您女儿在我们平台租了台苹果手机，两个多月的租金都没交了。\n第三方：啊？她没跟我说过。\n坐席：一共一千三百七十八，您看能不能先帮她垫上。",
     [(P, "陈雨桐")], [D]),
    ("call", "third_party", "坐席：喂，请问是汽修2302班的班主任张老师吗？\n第三方：我是，哪位？\n坐席：我们是橙意分期，你们班刘子豪在我们这分期买了手机，三个月没还，他这周有没有回学校上课？\n第三方：学生的情况我不方便跟你说。\n坐席：那麻烦您跟他说一声，赶紧把钱还了。",
     [(P, "刘子豪")], [D]),
    ("call", "third_party", "坐席：你好，请问是周佳怡的室友吗？\n第三方：对，她不在。\n坐席：好的，麻烦你方便时让她回个电话，号码就是我现在打的这个，谢谢。\n第三方：你们是哪里的？\n坐席：是她本人的事情，我们不方便说，她回电就知道了。",
     [(P, "周佳怡")], []),
    ("call", "third_party", "坐席：您好，是鑫达电子厂人事部吗？我找一下你们厂的梁振宇，身份证440882200211288056，他在我们机好租分期的手机欠款一直没还，请你们协助督促一下。\n第三方：员工私人的事我们不管。\n坐席：那他住厂里宿舍几栋？",
     [(P, "梁振宇"), (ID, "440882200211288056")], [D, U]),
    ("call", "third_party", "坐席：邓建军是吧，你儿子邓凯在我们平台租机欠了3,120元。还有你女儿邓婷在湘滨师范读大二对吧，她电话18837045726我们也有。\n第三方：你们想干嘛？\n坐席：不想干嘛，就是希望你们家里人重视一下。",
     [(P, "邓建军"), (P, "邓凯"), (P, "邓婷"), (MB, "18837045726")], [D, U, X]),
    ("call", "debtor", "坐席：您好，这里是锦诚咨询，受橙意分期委托，请问是何雅婷女士吗？\n客户：是。我最近住院做手术，实在没钱。\n坐席：理解，您先养好身体。我这边给您提交暂停催收申请，30天内不会再联系您，出院后如需分期可以直接回这个电话。\n客户：好的，谢谢。",
     [(P, "何雅婷")], []),
    ("call", "debtor", "坐席：何雅婷，你那个手术做完了吧？我们看你手机上一直在用那个“好孕管家”，还在备孕呢？有钱备孕没钱还租金？\n客户：你们怎么知道的？\n坐席：你签约时授权了的，合同上写着呢。",
     [(P, "何雅婷")], [S]),
    ("call", "third_party", "坐席：您好，请问是兴园小区3栋的房东吗？想问一下吴俊杰还住在您这儿吗？\n第三方：你是谁啊？找他什么事？\n坐席：我这边姓刘，有点事要跟他本人沟通，不方便多说。您见到他麻烦让他联系我一下。",
     [(P, "吴俊杰")], []),
    ("call", "third_party", "坐席：是黄思琪的同事吧？\n第三方：对，她今天轮休。\n坐席：那你跟她说一声，橙意那边的账她再拖下去就不好办了。",
     [(P, "黄思琪")], [D]),
    ("call", "debtor", "坐席：林志远，你绑定的那张卡，六二二八四八三三九零五四六八九四三五五，余额不足扣不了款，今天往里面存一千二。\n客户：我没钱。\n坐席：没钱就想办法，别跟我说没钱。",
     [(P, "林志远"), (BC, "六二二八四八三三九零五四六八九四三五五")], [U]),
    ("call", "third_party", "坐席：您好，请问是孙先生吗？\n第三方：打错了，我不姓孙。\n坐席：不好意思打扰了，我们会把这个号码从记录里删掉。",
     [], []),
    ("call", "third_party", "坐席：奶奶，你孙女孙雨萱在我们这分期买手机，欠八百八。她在三中高一七班，每天下午五点四十放学，我们都知道的。你让她家长赶紧处理。\n第三方：她爸妈在外地打工……\n坐席：那你们先凑一下。",
     [(P, "孙雨萱")], [D, S]),
    ("call", "debtor", "坐席：罗晓雯，你男朋友叫陈浩是吧，在滨江万达那家手机店上班，你不还的话我们只能去找他问问了。\n客户：跟他有什么关系！\n坐席：那就看你配不配合了。",
     [(P, "罗晓雯"), (P, "陈浩")], [X]),
    ("call", "third_party", "坐席：您好，请问是李欣然的姐姐吗？\n第三方：是，她怎么了？\n坐席：没什么大事，麻烦您转告她回个电话到0755-26583147。\n第三方：是不是她欠钱了？\n坐席：具体情况我们只能跟她本人说，谢谢您。",
     [(P, "李欣然"), (LL, "0755-26583147")], []),
]

# --- agents' calls as a speech-to-text vendor delivers them --------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你好 这边是那个栗子租机的 嗯 请问是吴俊杰吗\n客户：嗯是\n坐席：就是跟你核对一下啊 你身份证号是三六二三二九二零零七零七零三零八一叉 对吧\n客户：对对\n坐席：你那个设备欠了两期了 就是一千三百多",
     [(P, "吴俊杰"), (ID, "三六二三二九二零零七零七零三零八一叉")], [U]),
    ("call", "debtor", "坐席：那个 你现在用的号码是不是幺八七四五六六九三七零 呃 我们这边记的是这个\n客户：那是我以前的号\n坐席：哦 那你新号多少\n客户：幺三八二五五幺二九八九\n坐席：好 记下了",
     [(MB, "幺八七四五六六九三七零"), (MB, "幺三八二五五幺二九八九")], [U]),
    ("call", "third_party", "坐席：喂 阿姨你好 我这边是 呃 橙意分期的 你是李欣然的妈妈吧\n第三方：是啊\n坐席：就是她那个手机分期 已经 嗯 三个月没还了 欠了两千一百多 你们家里知不知道这个事\n第三方：不知道啊\n坐席：那你跟她讲一下 让她尽快还",
     [(P, "李欣然")], [D]),
    ("call", "third_party", "坐席：喂你好 是 是何雅婷的同学吗 嗯 麻烦你跟她说 机好租那边在找她\n第三方：啊 好 好的",
     [(P, "何雅婷")], [D]),
    ("call", "debtor", "坐席：你别骗我了 你手机定位现在就在那个 呃 岳湖区中医院 住院部 对吧 住院了还有钱换新手机\n客户：我妈住院我在陪护\n坐席：那也得还钱啊",
     [], [S]),
    ("call", "debtor", "坐席：喂您好 这里是中岳信息 受机好租委托 请问是周佳怡女士吗\n客户：是我\n坐席：嗯 跟您确认一下 您那笔欠款已经结清了 后面不会再打扰您 祝您生活愉快\n客户：好 谢谢",
     [(P, "周佳怡")], []),
    ("call", "third_party", "坐席：同学你好 我是橙意分期的 你们宿舍那个刘子豪 他欠我们钱 你有没有他别的联系方式 他之前填的号码是幺五幺六四五四二九六八 打不通\n第三方：我不知道啊\n坐席：那你见到他跟他说一声",
     [(P, "刘子豪"), (MB, "幺五幺六四五四二九六八")], [D, U]),
    ("call", "debtor", "坐席：你妈是不是在那个 嗯 县人民医院食堂上班 你爸在工地上 这些我们都查到了 你自己掂量掂量\n客户：你们查我家里人干什么\n坐席：你不还钱我们只能找他们",
     [], [X]),
    ("call", "debtor", "坐席：喂 是邓凯嗦 我是锦诚咨询的 帮橙意分期打的电话\n客户：是我 我这两个月没得活路做 厂头停工了\n坐席：哦 要得 那你这个情况我给你报上去 可以申请延后两个月还 你看要不要得\n客户：要得要得",
     [(P, "邓凯")], []),
    ("call", "third_party", "坐席：你好 请问是鑫达电子厂前台吗 我找一下梁振宇 他是你们厂里的员工\n第三方：你哪里找他\n坐席：嗯 私人的事情 麻烦你帮我转告他回个电话就行 谢谢啊",
     [(P, "梁振宇")], []),
    ("call", "debtor", "坐席：你尾号是四一二八的那张卡 对 就是六二一七九九零五二二五五四一二八 今天扣款失败了\n客户：我换卡了\n坐席：换卡要在App里重新绑定 不然每天都会扣失败",
     [(BC, "六二一七九九零五二二五五四一二八")], [U]),
    ("call", "third_party", "坐席：叔叔 你女儿罗晓雯 呃 上个月出境去了泰国 我们查到她出入境记录了 她欠的租机款一直没还\n第三方：她去旅游了 我不知道她欠钱\n坐席：那你帮她还了吧 不然对她以后影响很大",
     [(P, "罗晓雯")], [D, S]),
    ("call", "debtor", "坐席：您好 这边是湘衡资产 为了核实身份 麻烦您说一下身份证号\n客户：四三零五二一二零零一零七一六一五一三\n坐席：好的 核实无误 王先生 您的账单目前待还两千零六十七元",
     [(ID, "四三零五二一二零零一零七一六一五一三")], []),
    ("call", "third_party", "坐席：喂 你是陈雨桐的表哥吧 她那个手机的事 你晓得吧 还冒搞清楚 你帮忙喊她回个电话咯\n第三方：么子手机的事\n坐席：你问她自己 她晓得的",
     [(P, "陈雨桐")], [D]),
]

# --- voice robots, with keypad turns --------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是栗子租机智能语音助理。请问您是身份证号为四三零一零四二零零六零四一九五五二一的陈雨桐女士吗？确认请按1，不是请按2。\n客户：（按键1）\n坐席：您的租金已逾期，请于今日内还款。",
     [(ID, "四三零一零四二零零六零四一九五五二一"), (P, "陈雨桐")], [U]),
    ("call", "third_party", "坐席：您好，这里是机好租回访中心。您的好友邓凯在我平台租赁手机已逾期，他将您设为紧急联系人，请提醒他尽快还款。已知晓请按1。\n第三方：（按键1）\n坐席：感谢您的配合。",
     [(P, "邓凯")], [D]),
    ("call", "third_party", "坐席：您好，这里是客户服务中心，有一件事需要联系林志远先生，如果您认识他，请转告他回拨本号码，谢谢。",
     [(P, "林志远")], []),
    ("call", "debtor", "坐席：尊敬的用户，系统检测到您的设备过去7天夜间主要停留在湘滨职业技术学院北苑宿舍区，白天在银盆南路一带活动。请尽快还款，否则将通知学校相关部门。",
     [], [S]),
    ("call", "third_party", "坐席：您好，您是刘子豪的紧急联系人。刘子豪，身份证号四四零八八二二零零八零五二八三六一五，在橙意分期的欠款已逾期90天，请督促其还款。",
     [(P, "刘子豪"), (P, "刘子豪"), (ID, "四四零八八二二零零八零五二八三六一五")], [D, U]),
    ("call", "debtor", "坐席：您好，这里是锦诚咨询语音服务，受橙意分期委托提醒您账单已逾期。申请分期还款请按1，对账单有异议请按2，转人工请按0。\n客户：（按键2）\n坐席：已为您登记异议，专员将在两个工作日内联系您，登记期间暂停催收。",
     [], []),
    ("call", "debtor", "坐席：您好，您签约时填写的紧急联系人：母亲，何秀兰，手机号一三九四八三二三四八三。若您今日未还款，系统将自动向该联系人发送提醒。",
     [(P, "何秀兰"), (MB, "一三九四八三二三四八三")], [U, X]),
    ("call", "third_party", "坐席：您好，这里是客户服务中心。请问您认识手机尾号5521的机主吗？认识请按1，我们将请您转告其回电；不认识请按2，我们将不再拨打。\n第三方：（按键2）\n坐席：好的，已为您登记，不会再打扰您。",
     [], []),
    ("call", "debtor", "坐席：您好，這裡是橙意分期智能語音。系統顯示您的設備本週三晚間出現在深圳市寶安區西鄉街道固戍地鐵站附近，與您登記的居住地不符，請盡快還款並更新地址。",
     [], [S]),
    ("call", "debtor", "坐席：如您近期因疾病、失業等原因還款困難，請按1申請延期，我們會有專員聯繫您。\n客户：（按键1）\n坐席：已為您提交延期申請，審核結果將以短信通知。",
     [], []),
    ("call", "third_party", "坐席：您好，这里是湘衡资产。您的室友黄思琪欠栗子租机租金1,045元未还，她登记的父亲黄志明、母亲蒋丽萍均无法联系，请您转告她回电。",
     [(P, "黄思琪"), (P, "黄志明"), (P, "蒋丽萍")], [D, X]),
]

# --- class teachers, counsellors, roommates and dormitories ----------------------------------------------------

SCHOOL_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "罗老师您好，我是栗子租机的法务专员，贵校2023级电商3班学生陈雨桐（身份证430104200604195521）在我平台租机逾期两个月，请学校协助督促。",
     [(P, "陈雨桐"), (ID, "430104200604195521")], [D, U]),
    ("app", "third_party", "罗老师您好，冒昧打扰。我们想联系贵院陈同学本人，她预留的电话一直无法接通，麻烦您方便时转告她回复本号码，谢谢。",
     [], []),
    ("app", "third_party", "你好，你是王静怡吧，陈雨桐这两天是不是都没回宿舍？她手机定位前天晚上在万家丽广场那边的酒店。我们找她是为了租机的钱。",
     [(P, "王静怡"), (P, "陈雨桐")], [D, S]),
    ("sms", "third_party", "宿管阿姨您好，北苑5栋307有个学生的快递一直联系不上收件人，麻烦您见到她们宿舍的同学提醒一下查看手机。",
     [(A, "北苑5栋307")], []),
    ("call", "third_party", "坐席：张老师您好，我们是橙意分期的，你们班刘子豪今年才17岁，在我们平台分期买了台华为，说是父母同意的，现在逾期了，他父母电话也打不通。\n第三方：学生未成年你们怎么能卖给他？\n坐席：这个我们也在核实，麻烦您把家长电话给我们一下。",
     [(P, "刘子豪")], [D]),
    ("sms", "third_party", "张老师，贵班学生刘子豪欠我司分期款未还，其父刘建国在东莞打工，电话18683275844，其母在老家务农。请学校配合家访。",
     [(P, "刘子豪"), (P, "刘建国"), (MB, "18683275844")], [D, U, X]),
    ("email", "third_party", "学生工作处老师：您好！我司系深圳橙意数科有限公司，贵校学生孙雨萱（未成年）于2025年3月在我司平台分期购买手机一部，现已逾期，欠款880元。鉴于其为未成年人，我司拟与其监护人协商退货退款事宜，请贵处协助提供监护人联系方式。",
     [(P, "孙雨萱")], [D]),
    ("app", "third_party", "同学你好，打扰了，麻烦你见到何雅婷的时候让她看一下手机消息，谢谢！",
     [(P, "何雅婷")], []),
    ("call", "third_party", "坐席：您好，是罗建华老师吗？我姓刘，想请您帮忙联系一下学生陈雨桐。\n第三方：什么事？学校有规定，涉及学生的事要说清楚。\n坐席：抱歉，涉及她个人的事务我们只能跟本人沟通，麻烦您让她回个电话，谢谢老师。",
     [(P, "罗建华"), (P, "陈雨桐")], []),
    ("sms", "third_party", "王静怡同学，麻烦提醒一下你室友，栗子那边的租金再不交就要走法律程序了。",
     [(P, "王静怡")], [D]),
    ("sms", "third_party", "李老师您好，贵班学生黄思远（五年级2班）的姐姐黄思琪欠我司租机款未还，请您转告学生家长尽快联系我们。",
     [(P, "黄思远"), (P, "黄思琪")], [D, S, X]),
    ("call", "third_party", "坐席：哎同学 问一下 你们宿舍吴俊杰 他是不是最近晚上都去那个 星河网咖 通宵啊 我们这边定位看他一直在那\n第三方：我不清楚\n坐席：他欠了我们机好租的钱 你跟他说一声",
     [(P, "吴俊杰")], [D, S]),
    ("call", "third_party", "坐席：阿姨您好，请问北苑5栋307的陈雨桐同学最近在宿舍吗？我们联系不上她。\n第三方：学生的事我们不方便说。\n坐席：好的，理解，谢谢阿姨。",
     [(A, "北苑5栋307"), (P, "陈雨桐")], []),
    ("app", "third_party", "【QQ私聊】同学你好，你同桌刘子豪那台手机是在我们橙意分期买的，三个月没还了，你让他上线回个消息。",
     [(P, "刘子豪")], [D]),
]

# --- parents, relatives, partners, employers and landlords ------------------------------------------------------

FAMILY_EMPLOYERS: list[PiplEntry] = [
    ("sms", "third_party", "阿姨您好，您女儿李欣然在橙意分期的手机分期已逾期三个月，欠款2,136元，请您督促她尽快处理。",
     [(P, "李欣然")], [D]),
    ("sms", "third_party", "刘先生您好，这里是客户服务中心，有事需要与您的家人沟通，麻烦您方便时回电0755-26583147，谢谢。",
     [(LL, "0755-26583147")], []),
    ("app", "third_party", "刘叔，你儿子子豪的手机我们定位到在东莞长安镇霄边村一带，他欠的分期你们当父母的要负责。",
     [(P, "子豪")], [D, S]),
    ("call", "third_party", "坐席：你好，是鑫达电子厂人事部吗？你们厂梁振宇是不是请了病假？我们查到他这两周都在市第三人民医院，他欠的手机分期也一直没还。\n第三方：员工隐私我们不能透露。\n坐席：那你们发工资的时候能不能先扣一部分给我们？",
     [(P, "梁振宇")], [D, S]),
    ("email", "third_party", "人事部：您好，随函附上寄给贵司员工王浩然先生本人的信函一封（已密封），烦请代为转交，信函仅限本人拆阅，谢谢。联系人：刘强 0731-89214470",
     [(P, "王浩然"), (P, "刘强"), (LL, "0731-89214470")], []),
    ("sms", "third_party", "李卫东您好，您外甥女李欣然欠款未还，她在长沙的住址是雨花区劳动东路228号新天村4栋1602，麻烦您上门劝劝她。",
     [(P, "李卫东"), (P, "李欣然"), (A, "雨花区劳动东路228号新天村4栋1602")], [D, X]),
    ("call", "third_party", "坐席：阿姨，你女儿何雅婷上个月是不是去妇幼保健院做了人流？我们从她手机的挂号记录看到的。她欠我们的钱……\n第三方：你们胡说什么！\n坐席：阿姨你别激动，我们也是为她好，钱还了就没事了。",
     [(P, "何雅婷")], [D, S]),
    ("app", "third_party", "你好，你是邓凯女朋友吧，他在机好租的账拖了快三个月了，你劝劝他，别再躲了。",
     [(P, "邓凯")], [D]),
    ("sms", "third_party", "房东您好，请问您出租屋里的住户吴先生最近还住吗？如方便请让他回个电话，谢谢。",
     [], []),
    ("call", "third_party", "坐席：喂 邓叔叔嗦 你儿邓凯 身份证五零零二三四二零零三零六一四八零一六 在我们这租的手机 欠了三千多 一直不还\n第三方：他啷个又欠钱了嘛\n坐席：你帮他还了嘛 不然要起诉",
     [(P, "邓凯"), (ID, "五零零二三四二零零三零六一四八零一六")], [D, U]),
    ("email", "third_party", "贵司员工王浩然（身份证430521200107161513，住址湘滨市开福区德雅路1024号金色家园9栋502）欠我平台租金4,932元，其妻刘佳、母亲王桂英均已知情。请贵司协助按月从其工资中代扣。",
     [(P, "王浩然"), (ID, "430521200107161513"), (A, "湘滨市开福区德雅路1024号金色家园9栋502"), (P, "刘佳"), (P, "王桂英")],
     [D, U, X]),
    ("call", "third_party", "坐席：奶奶您好，请问林志远在家吗？\n第三方：他出去打工了。\n坐席：好的，那您有他的新号码吗？\n第三方：没有。\n坐席：好的，打扰您了，祝您身体健康。",
     [(P, "林志远")], []),
    ("app", "third_party", "姨妈好，志远那个事您知道吧，橙意那边还在等，麻烦您跟他说一下。",
     [(P, "志远")], [D]),
    ("sms", "third_party", "曾诗雨家长：您孩子在湘滨三中高二（4）班，分期买的手机欠款未还。她每周五下午坐218路公交回家，我们的人会去和她当面沟通。",
     [(P, "曾诗雨")], [D, S]),
    ("sms", "debtor", "曾诗雨，你爸在湘滨城建集团开车，你妈在步步高超市收银，要不要我们去他们单位聊聊？",
     [(P, "曾诗雨")], [X]),
    ("call", "third_party", "坐席：你好，请问是林志远的哥哥吗？\n第三方：是，怎么了？\n坐席：我们联系不上他，想请您让他回个电话，号码是0371-55908126。\n第三方：你们是干嘛的？\n坐席：这个需要他本人来电才能说明，谢谢您。",
     [(P, "林志远"), (LL, "0371-55908126")], []),
]

# --- WeChat and QQ groups: class groups, relatives, workmates, the apps' own user groups, agents' team groups ------

GROUPS: list[PiplEntry] = [
    ("app", "third_party", "【通知】各位同学好，我们是橙意分期，本群同学刘子豪（身份证440882200805283615，电话15164542968）欠款不还，谁能联系到他请私聊群主。",
     [(P, "刘子豪"), (ID, "440882200805283615"), (MB, "15164542968")], [D, U]),
    ("app", "third_party", "各位亲戚好，我是机好租的工作人员，群里邓凯欠我们租机款3,120元，他最近在双流那边的物流园上夜班，谁见到了劝劝他。",
     [(P, "邓凯")], [D, S]),
    ("app", "debtor", "【栗子租机用户群】群公告：平台工作人员不会在群内索要身份证号、银行卡号及验证码，如有人私聊索要请及时举报。还款请认准App内入口。",
     [], []),
    ("app", "third_party", "@全体成员 你们宿舍的吴俊杰，机好租的事让他赶紧处理。",
     [(P, "吴俊杰")], [D]),
    ("app", "third_party", "大家好，打扰了。陈雨桐同学租机欠款不还，她妈妈何秀兰在县医院当护工，她爸陈国强电话19385097676打不通，请认识的同学转告。",
     [(P, "陈雨桐"), (P, "何秀兰"), (P, "陈国强"), (MB, "19385097676")], [D, U, X]),
    ("app", "third_party", "各位工友，梁振宇欠手机分期的钱躲着不接电话，麻烦看到他的转告一声，让他联系机好租。",
     [(P, "梁振宇")], [D]),
    ("app", "unknown", "组里注意：刘子豪是未成年人，所有催收暂停，只与其监护人沟通，禁止联系学校和同学。",
     [(P, "刘子豪")], []),
    ("app", "unknown", "@小王 吴俊杰的设备轨迹导出来了，昨天20:10到今天06:30在星河网咖，中午去了青山湖区妇幼保健院，截图发你了，下午上门。",
     [(P, "吴俊杰")], [S]),
    ("app", "third_party", "北苑5栋的同学们好，307的陈同学在栗子租机的租金一直没交，请知情同学转告她联系平台。",
     [], [D]),
    ("app", "third_party", "各位乡亲，黄家湾村三组黄志明家的女儿黄思琪在外面租手机欠钱不还，家里人也不管，大家评评理。",
     [(P, "黄志明"), (P, "黄思琪")], [D, X]),
    ("app", "third_party", "【租机逾期曝光】罗晓雯，身份证43120220040414570X，手机19123290955，欠栗子租机租金2,380元，请知情人转告。",
     [(P, "罗晓雯"), (ID, "43120220040414570X"), (MB, "19123290955")], [D, U]),
]

# --- skip-tracing notes, visit reports and appointment sheets ---------------------------------------------------

VISIT_REPORTS: list[PiplEntry] = [
    ("notice", "unknown", "【外访报告】外访员：彭磊、赵勇；时间：6月14日14:30；地点：湘滨市开福区德雅路1024号金色家园9栋502（债务人王浩然住所）。本人不在，其母开门，已留联系卡，未透露欠款详情。",
     [(P, "彭磊"), (P, "赵勇"), (A, "湘滨市开福区德雅路1024号金色家园9栋502"), (P, "王浩然")], []),
    ("notice", "unknown", "外访记录：6月20日跟踪债务人吴俊杰，20:00离开租住地，步行至星河网咖，停留至次日04:10，其间与一名女子同行（疑似女友，姓名待查）。建议加派人手蹲守。",
     [(P, "吴俊杰")], [S]),
    ("notice", "unknown", "外访小结：债务人邓凯称所在工厂停工两个月，暂无收入，愿意每月还300元。已拍下其签字的还款承诺书，原件交回公司。下次回访：7月10日。",
     [(P, "邓凯")], []),
    ("notice", "unknown", "上门情况：债务人李欣然未见。已掌握：舅舅李卫东（13317946945，开五金店，长沙县星沙街道开元东路56号），表姐李婷婷（16686205027，在银行上班）。下一步从亲属入手。",
     [(P, "李欣然"), (P, "李卫东"), (MB, "13317946945"), (A, "长沙县星沙街道开元东路56号"), (P, "李婷婷"), (MB, "16686205027")],
     [U, X]),
    ("notice", "unknown", "外访时间：6月22日上午。地点：湘滨市岳湖区枫林三路77号。债务人父亲陈国强在家，其驾驶湘A·5M27K货车外出前同意转告，债务人当晚来电约定还款。",
     [(A, "湘滨市岳湖区枫林三路77号"), (P, "陈国强"), (PL, "湘A·5M27K")], []),
    ("notice", "unknown", "走访对象：孙雨萱（16岁）。地点：湘滨三中校门口。放学时间17:40，由奶奶骑电动车接送，周三下午有课外辅导。未接触本人，建议周五再蹲。",
     [(P, "孙雨萱")], [S]),
    ("notice", "unknown", "预约上门：7月3日10:00，地址湘滨市芙蓉区东二环一段588号鑫苑小区2栋1103（债务人黄思琪租住处），取回租赁设备iPhone 14一台，序列号G6TJ92LMPQ0N，现场签收。",
     [(A, "湘滨市芙蓉区东二环一段588号鑫苑小区2栋1103"), (P, "黄思琪")], []),
    ("notice", "unknown", "外访目标：林志远，身份证35058320030819031X，籍贯晋江。其兄驾驶闽C·8K392黑色轿车，可作为查找线索。",
     [(P, "林志远"), (ID, "35058320030819031X"), (PL, "闽C·8K392")], [U]),
    ("notice", "unknown", "函件寄送登记：收件人王浩然，地址湘滨市开福区德雅路1024号金色家园9栋502，挂号信编号XA43128806731，6月25日寄出，6月27日签收。",
     [(P, "王浩然"), (A, "湘滨市开福区德雅路1024号金色家园9栋502")], []),
    ("notice", "unknown", "外访记录（7月1日）：债务人梁振宇每晚8点后在厂区东门外夜市摆摊卖手机壳，周日去镇上的天主堂，下次可在夜市接触。",
     [(P, "梁振宇")], [S]),
]

# --- quality-check sheets ----------------------------------------------------------------------------------------

QA_SHEETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0623-17｜坐席：刘强（工号XH2041）｜问题：坐席向债务人母亲完整报出债务人身份证号430104200604195521及欠款金额，违反《个人信息保护法》。处理：扣当月绩效，重新培训。",
     [(P, "刘强"), (ID, "430104200604195521")], [U]),
    ("notice", "unknown", "质检结论：坐席在第三方通话中仅请对方转告回电，未透露平台名称和欠款信息，合规。被叫号码：139****3483。",
     [], []),
    ("notice", "unknown", "质检备注：客户自述“刚做完胆囊手术，还在恢复期”，坐席回应“先照顾身体，可以申请延期30天”，并已提交延期申请。评分：92分。",
     [], []),
    ("notice", "unknown", "质检单：坐席在通话中提到客户“每周二、周四晚上在康复医院做透析”，超出催收必要范围，扣5分。客户：梁振宇。",
     [(P, "梁振宇")], [S]),
    ("notice", "unknown", "质检要点（7月版）：1.严禁向第三方透露欠款金额、平台名称；2.严禁使用设备定位信息催收；3.不得提及客户就医、宗教、未成年子女等信息；4.身份证号、银行卡号仅可核对后四位。",
     [], []),
    ("notice", "unknown", "抽检录音：坐席为施压向客户逐一念出其通讯录中的联系人“大姨 周桂芳”“二舅 周建平”“同事 李娜”，属过度使用个人信息，判定严重违规。",
     [(P, "周桂芳"), (P, "周建平"), (P, "李娜")], [X]),
    ("notice", "unknown", "质检记录：坐席将客户手机号18900514209、紧急联系人手机号17373249891念给第三方核对，判定违规，已通报。",
     [(MB, "18900514209"), (MB, "17373249891")], [U]),
    ("notice", "unknown", "复核结果：坐席赵敏在通话开始即表明身份及委托方，客户确认本人后才告知账单信息，全程无违规。",
     [(P, "赵敏")], []),
    ("notice", "unknown", "质检意见：坐席对未成年客户刘子豪的班主任说出其班级“汽修2302班”及宿舍“7栋415”，并暗示知道其周末去向，严重违规。",
     [(P, "刘子豪"), (A, "7栋415")], [S]),
]

# --- complaint tickets, replies to complainants and to regulators ------------------------------------------------

COMPLAINT_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "工单号 GD20250701008｜投诉人：陈雨桐｜身份证：430104200604195521｜联系电话：19565633169｜诉求：催收员联系其辅导员和室友，要求停止骚扰。",
     [(P, "陈雨桐"), (ID, "430104200604195521"), (MB, "19565633169")], [U]),
    ("sms", "debtor", "陈女士您好：您反映的催收人员联系您学校老师一事已核实，涉事人员已停止外呼并接受处理。后续我们仅通过您本人预留的方式联系您。如有疑问请致电0571-86935210。",
     [(LL, "0571-86935210")], []),
    ("email", "debtor", "何女士：经核实，您于5月在湘滨医学院附属第三医院妇科住院，做了子宫肌瘤切除手术，故批准延期还款至8月31日。",
     [], [S]),
    ("email", "debtor", "何女士：您提交的住院证明已收到，延期申请已批准，新的还款日为8月31日。证明材料仅用于本次审核，审核完成后即删除。",
     [], []),
    ("notice", "unknown", "工单：投诉人刘建国（学生家长）反映其子刘子豪未满18周岁即在平台分期购机，要求退货退款。处理意见：核实属实，订单撤销，已退款1,200元至其绑定卡6230521202680240974。",
     [(P, "刘建国"), (P, "刘子豪"), (BC, "6230521202680240974")], [U]),
    ("notice", "unknown", "工单GD20250705021：用户反映远程锁机后无法使用微信。处理：已告知结清后自动解锁，紧急呼叫功能不受影响，用户表示理解。",
     [], []),
    ("notice", "unknown", "投诉处理记录：客户王浩然投诉催收员致电其妻及岳母，已核实。附家庭成员信息：妻子刘佳（18145931078），岳母张桂兰，岳父刘德福，内弟刘佳明（15259057889）。",
     [(P, "王浩然"), (P, "刘佳"), (MB, "18145931078"), (P, "张桂兰"), (P, "刘德福"), (P, "刘佳明"), (MB, "15259057889")],
     [U, X]),
    ("email", "unknown", "关于金融监管局转办投诉的回复：投诉人反映催收人员在通话中提及其宗教信仰一事，经调取录音，坐席确有提及，已作停岗处理，并对全体坐席重新培训。",
     [], []),
    ("notice", "unknown", "内部工单：请技术部导出客户林志远签约时上传的全部通讯录（共486条，含父亲林永福、哥哥林志强13596794774、女友苏晴），按“父母/亲戚/同事/同学”分类后发外包催收组。",
     [(P, "林志远"), (P, "林永福"), (P, "林志强"), (MB, "13596794774"), (P, "苏晴")], [U, X]),
]

# --- e-mails between the apps, the device supplier and the agencies ---------------------------------------------

SUPPLIER_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：ops@lizizuji.com\n收件人：service@huayao-tx.cn\n主题：IMEI 868423057194362 激活锁异常\n华曜通讯的同事您好，订单LZ20250611004817对应设备无法远程锁定，请协助排查MDM配置，谢谢。",
     [(EM, "ops@lizizuji.com"), (EM, "service@huayao-tx.cn")], []),
    ("email", "unknown", "华曜售后：请协助调取以下设备近30天的定位记录，用于逾期用户催收。用户吴俊杰，身份证36232920070703081X，设备序列号F2LXK7Q9HG7F，轨迹请按小时导出。",
     [(P, "吴俊杰"), (ID, "36232920070703081X")], [U]),
    ("email", "unknown", "您好，根据我司与贵平台签订的《设备服务协议》第6条，设备定位数据仅用于设备防盗找回，不得用于催收。相关请求恕难配合。\n华曜通讯售后部 0755-27784120",
     [(LL, "0755-27784120")], []),
    ("email", "unknown", "发件人：report@jinchengzx.cn\n致橙意分期风控部：附件为6月逾期客户外呼周报。重点户罗晓雯：设备显示6月5日至18日在泰国曼谷，6月19日经深圳湾入境，现居深圳南山区，已安排外访。",
     [(EM, "report@jinchengzx.cn"), (P, "罗晓雯")], [S]),
    ("email", "unknown", "发件人：risk@chengyifq.cn\n主题：委外案件清单（第3批）\n各位好，本批共12户，示例：李欣然 341222200612202784 6228488101621670 13955565383……完整名单见附件，请注意数据保密。",
     [(EM, "risk@chengyifq.cn"), (P, "李欣然"), (ID, "341222200612202784"), (BC, "6228488101621670"), (MB, "13955565383")],
     [U]),
    ("email", "unknown", "本批委外案件已按《数据安全管理规定》脱敏：身份证号仅保留前6后4位（如341222********2784），手机号中间四位隐藏。坐席如需完整号码，请通过系统一键外呼，不得下载。",
     [], []),
    ("email", "unknown", "机好租法务部：邓凯一案，我司已掌握其父邓建军的工作单位（县农机站）、其妹邓婷就读的学校（湘滨师范大学）及宿舍号，建议起诉前同步联系其家属单位。——锦诚咨询",
     [(P, "邓凯"), (P, "邓建军"), (P, "邓婷")], [X]),
    ("email", "unknown", "华曜通讯售后：用户黄思琪已归还租赁设备（序列号G6TJ92LMPQ0N），外观完好，请于收货后3个工作日内完成质检，并将结果回传至ops@lizizuji.com。",
     [(P, "黄思琪"), (EM, "ops@lizizuji.com")], []),
    ("email", "unknown", "附：债务人王浩然近三个月银行流水摘要——工资卡每月10日入账5,800元左右，支付宝余额1,260元，另有米袋花欠款3,400元未还。建议在发薪日集中催收。",
     [(P, "王浩然")], [S]),
    ("email", "unknown", "主题：林志远出境情况\n经查，林志远持普通护照E38562147，5月28日经厦门高崎机场出境前往吉隆坡，至今未入境。请评估是否继续委外。",
     [(P, "林志远"), (P, "林志远"), (PP, "E38562147")], [S, U]),
    ("email", "unknown", "各合作机构：即日起，我平台委外案件不再提供设备定位、通讯录及App安装列表，已提供的请于7月15日前删除，并回传删除确认函。\n——栗子租机合规部 compliance@lizizuji.com",
     [(EM, "compliance@lizizuji.com")], []),
    ("email", "unknown", "主题：吴俊杰 港澳通行证\n该客户签约时上传的往来港澳通行证号码为C68213754，6月有两次赴澳门记录，请外访组留意。",
     [(P, "吴俊杰"), (PP, "C68213754")], [S, U]),
    ("email", "unknown", "Dear 华曜 team，6月批次回收设备共37台，其中5台IMEI与合同登记不一致，明细见附件Excel（仅含订单号与IMEI，不含用户信息）。Thanks！ —— 栗子租机资产部 asset@lizizuji.com",
     [(EM, "asset@lizizuji.com")], []),
]

# --- court filings (lawful there) and the same identifiers sent outward ------------------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：杭州栗享科技有限公司，住所地杭州市余杭区仓前街道梦溪路66号3幢502室。\n被告：陈雨桐，女，2006年4月19日出生，汉族，公民身份号码430104200604195521，住湘滨市岳湖区桐梓坡路188号。\n诉讼请求：1.判令被告支付租金1,378元及违约金；2.本案诉讼费由被告承担。\n此致\n湘滨市岳湖区人民法院",
     [(A, "杭州市余杭区仓前街道梦溪路66号3幢502室"), (P, "陈雨桐"), (ID, "430104200604195521"), (A, "湘滨市岳湖区桐梓坡路188号")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：深圳橙意数科有限公司\n被申请人：林志远，男，公民身份号码35058320030819031X，户籍地福建省晋江市安海镇新街路29号。\n请求事项：冻结被申请人名下银行账户6228483390546894355内存款人民币6,800元。",
     [(P, "林志远"), (ID, "35058320030819031X"), (A, "福建省晋江市安海镇新街路29号"), (BC, "6228483390546894355")], []),
    ("sms", "debtor", "【栗子租机法务】陈雨桐，我司已向湘滨市岳湖区人民法院提交起诉状，被告：陈雨桐，身份证号430104200604195521。开庭传票将寄至你户籍地址，请知悉。",
     [(P, "陈雨桐"), (P, "陈雨桐"), (ID, "430104200604195521")], [U]),
    ("notice", "third_party", "何秀兰女士：您女儿陈雨桐（身份证430104200604195521）租机欠款纠纷一案已起诉至法院，随函附起诉状副本一份，请您转交并督促其应诉。",
     [(P, "何秀兰"), (P, "陈雨桐"), (ID, "430104200604195521")], [D, U]),
    ("notice", "unknown", "支付令申请书\n申请人：长沙机好网络科技有限公司，统一社会信用代码91430104MA4R8K2X56。\n被申请人：邓凯，男，汉族，2003年6月14日生，公民身份号码500234200306148016，联系电话18833031012。\n请求事项：督促被申请人给付租金及违约金共计3,120元。",
     [(CC, "91430104MA4R8K2X56"), (P, "邓凯"), (ID, "500234200306148016"), (MB, "18833031012")], []),
    ("notice", "unknown", "证据目录：1.《手机租赁合同》（合同编号LZZJ2025031800417）；2.租金支付记录；3.被告身份证复印件（公民身份号码430521200107161513）；4.催告函及邮寄凭证（EMS单号1164023857091）。",
     [(ID, "430521200107161513")], []),
    ("sms", "third_party", "鑫达电子厂人事部：贵厂员工梁振宇（身份证440882200211288056）已被我司起诉，案号(2025)湘0104民初3381号，请贵厂从其工资中协助扣款。",
     [(P, "梁振宇"), (ID, "440882200211288056")], [D, U]),
    ("notice", "debtor", "王浩然先生：本所受长沙机好网络科技有限公司委托，就租赁合同纠纷一事致函。截至2025年6月30日，您尚欠租金4,932元。如对欠款有异议，请于收函之日起10日内书面提出。\n湖南衡正律师事务所 律师彭立新 0731-84460215",
     [(P, "王浩然"), (P, "彭立新"), (LL, "0731-84460215")], []),
    ("notice", "debtor", "律师函\n致：林志远（身份证号35058320030819031X，银行卡号6228483390546894355）\n本所受深圳橙意数科有限公司委托，请您于收函后七日内清偿欠款6,800元，否则本所将代为提起诉讼。\n湖南衡正律师事务所 彭立新",
     [(P, "林志远"), (ID, "35058320030819031X"), (BC, "6228483390546894355"), (P, "彭立新")], [U]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：杭州栗享科技有限公司\n被执行人：罗晓雯，女，公民身份号码43120220040414570X，护照号码EB4721093。\n执行依据：湘滨市岳湖区人民法院(2025)湘0104民初2916号民事判决书。",
     [(P, "罗晓雯"), (ID, "43120220040414570X"), (PP, "EB4721093")], []),
    ("email", "debtor", "王浩然先生：您与长沙机好网络科技有限公司租赁合同纠纷一案已由法院受理，起诉状副本将由法院依法送达。如您希望庭前和解，可回复本邮件或致电0731-84460215。",
     [(P, "王浩然"), (LL, "0731-84460215")], []),
]

# --- identifiers in every written and spoken form -----------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "王浩然，你身份证４３０５２１２００１０７１６１５１３，别以为换个号我们就不知道你是谁。",
     [(P, "王浩然"), (ID, "４３０５２１２００１０７１６１５１３")], [U]),
    ("sms", "debtor", "【机好租】邓凯，请确认您的联系方式 +86 150 4888 9525 是否仍在使用，回复1确认，回复2更新。",
     [(P, "邓凯"), (MB, "150 4888 9525")], [U]),
    ("call", "third_party", "坐席：他留的紧急联系人电话是幺八洞八四二五四幺二四 你认识他吧\n第三方：号是我的 咋了\n坐席：你朋友在我们这租机子欠钱没还 你帮忙催一下",
     [(MB, "幺八洞八四二五四幺二四")], [D, U]),
    ("sms", "debtor", "林志远：请于今日18:00前向本人名下还款卡 6214-8363-4013-0102-412 存入1,200元，系统将自动划扣。",
     [(P, "林志远"), (BC, "6214-8363-4013-0102-412")], [U]),
    ("notice", "debtor", "催收函\n黄思琪：你的身份证号 5226 3520 0508 1720 42 对应的租赁账户已逾期48天，欠租1,045元，请于7月10日前还清。",
     [(P, "黄思琪"), (ID, "5226 3520 0508 1720 42")], [U]),
    ("email", "unknown", "附：担保人（债务人父亲）刘建国，旧版身份证号130628700817926，现住河北省保定市顺平县腰山镇南腰山村二组14号，担保合同编号DB2025-0417。",
     [(P, "刘建国"), (ID, "130628700817926"), (A, "河北省保定市顺平县腰山镇南腰山村二组14号")], [U]),
    ("sms", "debtor", "【锦诚咨询】何雅婷，你男朋友的号码0086 18699484179我们已经拿到了，要不要让他知道你欠钱的事？",
     [(P, "何雅婷"), (MB, "18699484179")], [U, X]),
    ("call", "debtor", "坐席：身份证号我给你念一下 四幺幺四二五 两零零八 幺零零六 五四零八 你是孙雨萱吧\n客户：是……\n坐席：那你知道你欠我们多少吗",
     [(ID, "四幺幺四二五 两零零八 幺零零六 五四零八"), (P, "孙雨萱")], [U]),
    ("app", "debtor", "客服：您好，根据您上传的证件，护照号码为 E 3 8 5 6 2 1 4 7，请核对是否正确，如有误请重新上传。",
     [(PP, "E 3 8 5 6 2 1 4 7")], [U]),
    ("sms", "debtor", "吴俊杰，你的港澳通行证C68213754这个月去了两趟澳门，有钱过去玩没钱还租金？",
     [(P, "吴俊杰"), (PP, "C68213754")], [S, U]),
    ("sms", "debtor", "【橙意分期】陈嘉豪先生，您登记的港澳居民来往内地通行证号码H10384752已过有效期，请在App内更新证件信息。",
     [(P, "陈嘉豪"), (PP, "H10384752")], [U]),
    ("notice", "debtor", "如对账单有疑问，请致电（0731）8921-4470转806，或发送邮件至service@xianghengzc.com，我们将在两个工作日内答复。",
     [(LL, "（0731）8921-4470"), (EM, "service@xianghengzc.com")], []),
    ("call", "debtor", "坐席：你那张卡是 六二一四八三七八七幺八七二零三七四幺五 吧 我们这边显示已经注销了\n客户：对 换卡了\n坐席：那你在App里换绑一下",
     [(BC, "六二一四八三七八七幺八七二零三七四幺五")], [U]),
    ("sms", "third_party", "你好，这是你表弟吴俊杰的新号 178 0815 5617 吧？他机好租那边欠的钱该还了。",
     [(P, "吴俊杰"), (MB, "178 0815 5617")], [D, U]),
    ("notice", "debtor", "身份证号：\n500234200306148016\n姓名：邓凯\n欠款：3,120元\n请于7日内还款，逾期将依法起诉。",
     [(ID, "500234200306148016"), (P, "邓凯")], [U]),
    ("call", "debtor", "坐席：请记录您的还款专员工作手机：１７６０５５６４８０５，工作日九点到六点可以联系。",
     [(MB, "１７６０５５６４８０５")], []),
    ("email", "unknown", "外访组：债务人梁振宇所在工厂人事部电话0769-85327710转8012，可核实其在职情况，请勿透露欠款信息。",
     [(P, "梁振宇"), (LL, "0769-85327710")], []),
    ("call", "debtor", "坐席：你护照号是G四七三八五幺二零吧 这本护照去年出过两次境\n客户：你们怎么查得到\n坐席：你签约的时候自己上传的",
     [(PP, "G四七三八五幺二零")], [S, U]),
]

# --- decoys: numbers of the identifiers' shapes that fail their checks, masked forms, service numbers ------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【橙意分期】您的订单202506180419372615已发货，顺丰单号SF1428803957261，请注意查收并当面验机。",
     [], []),
    ("app", "debtor", "设备信息：IMEI1 864521057391846 / IMEI2 864521057391853，序列号F17ZK3QXN72P，激活日期2025-03-18。",
     [], []),
    ("sms", "debtor", "【栗子租机】您的退款流水号6228488101621671已受理，款项将在1-3个工作日内原路退回。",
     [], []),
    ("app", "debtor", "您提交的售后工单10582746391已受理，维修网点将在24小时内与您联系。",
     [], []),
    ("sms", "debtor", "【机好租】归还设备已签收，韵达单号433195026718304，押金将于质检完成后退还。",
     [], []),
    ("call", "debtor", "坐席：您的合同号是 四三零一零四二零二五零三一八零四一叉 对吧\n客户：对 合同上是这个号\n坐席：好的 这份合同目前已经结清了",
     [], []),
    ("notice", "unknown", "结清证明\n兹证明用户（身份证号4301**********5521）在我平台的租机合同已于2025年7月2日全部结清，无未还款项。\n杭州栗享科技有限公司（盖章）",
     [], []),
    ("email", "unknown", "设备MEID：A1000049D3E21F，IMEI：868423057194362，已在MDM后台解除锁定，请知悉。",
     [], []),
    ("sms", "debtor", "【橙意分期】还款成功！交易流水2025061800123456789，本期已还412.50元，下期还款日7月18日。",
     [], []),
    ("notice", "debtor", "租赁合同编号：360731202506020117\n租赁物：华为nova 12（256G）\n月租金：298元\n租期：12期",
     [], []),
    ("call", "debtor", "坐席：您好 这边是橙意分期客服 您来电咨询的那笔 流水号是幺二六五零三九八七幺四\n客户：对 就是那笔\n坐席：已经入账了 您放心",
     [], []),
    ("email", "unknown", "录音编号350583200319、工单号20250918337对应的通话已复核，无违规情形，结案。",
     [], []),
    ("app", "debtor", "您的退款已原路退回至尾号1142的银行卡，参考号6217 9905 2255 4129，请注意查收。",
     [], []),
    ("notice", "unknown", "设备回收清单：订单号430521202507010093，IMEI 869731045582907，成色九成新，已入库。",
     [], []),
]

# --- what the leased phone gives away, beside near-misses that stay lawful ----------------------------------------

DEVICE_DATA: list[PiplEntry] = [
    ("app", "debtor", "您好，系统显示您的租赁手机昨晚22:47至今晨07:15一直在开福区德雅路那家如家酒店，请在今天中午12点前还款。",
     [], [S]),
    ("app", "debtor", "你相册里那张诊断书我们看到了，中度抑郁，在吃舍曲林。我们理解你，但钱还是要还的。",
     [], [S]),
    ("sms", "debtor", "检测到你的手机每天早上7:20到7:50停在育才小学门口，是送孩子上学吧？孩子读几年级我们也清楚。",
     [], [S]),
    ("app", "debtor", "风险提示：您的设备已安装米袋花、豆豆借、鲸鱼分期等11个借贷类应用，其中4个存在逾期记录。",
     [], [S]),
    ("sms", "debtor", "【栗子租机】你短信里显示上个月收到国家助学金2,000元和奖学金800元，钱都去哪了？",
     [], [S]),
    ("app", "debtor", "我们看到你手机定位每个周日上午都在城南那座基督教堂，信主的人更应该讲诚信吧。",
     [], [S]),
    ("sms", "debtor", "你手机上的孕期App显示你已经怀孕24周了，还是早点把钱还了，别到时候生孩子都不安心。",
     [], [S]),
    ("app", "debtor", "设备回传的WiFi记录显示你这周每天都连着“市中心医院-住院部”的网络，家里谁住院了？",
     [], [S]),
    ("app", "debtor", "为保障设备安全，租赁期内设备将保持定位功能开启，定位信息仅在设备报失或被盗时用于找回，不用于催收。",
     [], []),
    ("sms", "debtor", "若您因身体原因暂时无法还款，可上传相关证明申请延期，平台不会将证明内容告知任何第三方。",
     [], []),
    ("app", "debtor", "客服：您好，您说的住院情况我已经记下了，您先安心治疗，这个月的租金可以顺延，不会产生罚息。",
     [], []),
    ("app", "debtor", "用户：我怀孕了这几个月没上班，能不能晚点还\n客服：理解您的情况，可以为您申请3期延期，请在页面点击“申请延期”，延期期间不产生罚息。",
     [], []),
    ("email", "unknown", "各外包机构：严禁在催收中使用以下信息：设备定位轨迹、就医记录、宗教活动、未成年人在校信息、其他平台借贷记录。违者终止合作。",
     [], []),
    ("sms", "debtor", "您好，您投诉的“催收员提及您就医信息”一事经核实属实，已对该员工停岗处理，并删除了相关记录。",
     [], []),
    ("app", "debtor", "周佳怡，你每天晚上十点下班走湘江路那条小巷回出租屋，一个女孩子走夜路要小心啊。",
     [(P, "周佳怡")], [S]),
    ("sms", "debtor", "【橙意分期】检测到你近3天手机电量异常、频繁关机，设备位置最后出现在长沙南站候车室，准备去哪？",
     [], [S]),
]

# --- the uploaded contact list and relatives' workplaces, beside lawful uses of a contact --------------------------

CONTACT_LIST: list[PiplEntry] = [
    ("sms", "debtor", "陈雨桐，你通讯录里：妈妈13948323483、小姨何秀芳18534999696、班长赵一鸣15264677362、室友王静怡15522435073，你选一个我们先打。",
     [(P, "陈雨桐"), (MB, "13948323483"), (P, "何秀芳"), (MB, "18534999696"), (P, "赵一鸣"), (MB, "15264677362"),
      (P, "王静怡"), (MB, "15522435073")], [U, X]),
    ("email", "unknown", "通讯录高频联系人（前5）：1.母亲 2.蒋丽萍 3.“宝贝”（19907833064）4.“张哥-车行” 5.“辅导员罗老师”。建议从第3位入手。",
     [(P, "蒋丽萍"), (MB, "19907833064")], [U, X]),
    ("call", "debtor", "坐席：你通讯录我这边都有 你那个 嗯 叫刘佳的 还有一个叫王桂英的 还有你们车间主任周德明 我一个一个打过去你看行不行\n客户：你别打\n坐席：那你今天把钱还了",
     [(P, "刘佳"), (P, "王桂英"), (P, "周德明")], [X]),
    ("app", "debtor", "紧急联系人仅用于在无法联系到您本人时请其转告回电，平台不会向其透露任何借款信息。",
     [], []),
    ("notice", "debtor", "根据《个人信息保护法》，本平台自2025年7月1日起不再收集用户通讯录，已收集的将于30日内删除。",
     [], []),
    ("sms", "debtor", "孙雨萱，你妈在步步高广场三楼那家女装店上班，你爸在城东工地，我们是去找他们谈，还是你自己解决？",
     [(P, "孙雨萱")], [X]),
    ("sms", "third_party", "舅舅您好，黄思琪的妈妈蒋丽萍电话17326541682一直不接，您能帮忙联系一下吗？黄思琪欠租机款的事得有人管。",
     [(P, "黄思琪"), (P, "蒋丽萍"), (MB, "17326541682"), (P, "黄思琪")], [D, U, X]),
    ("sms", "debtor", "王浩然，你老婆刘佳在湘滨市妇幼保健院当护士，她知道你欠租机的钱吗？",
     [(P, "王浩然"), (P, "刘佳")], [X]),
    ("app", "debtor", "你们宿舍307：王静怡、刘欣、张雅琪，加上你陈雨桐，四个人的电话我们都有，你自己看着办。",
     [(P, "王静怡"), (P, "刘欣"), (P, "张雅琪"), (P, "陈雨桐")], [X]),
    ("sms", "debtor", "王浩然先生：寄往您户籍地址湘滨市开福区德雅路1024号金色家园9栋502的催告函已被退回，请在App内确认最新通讯地址。",
     [(P, "王浩然"), (A, "湘滨市开福区德雅路1024号金色家园9栋502")], []),
    ("app", "debtor", "您在签约时填写的工作单位信息仅用于审核，我们不会联系您的单位。",
     [], []),
    ("sms", "debtor", "吴俊杰，你在星河网咖做网管，老板周国栋电话18911427825，我们可以直接跟他说。",
     [(P, "吴俊杰"), (P, "周国栋"), (MB, "18911427825")], [U, X]),
    ("app", "debtor", "邓凯，你签约时上传的通讯录我们导出来了，一共203个人，你妹邓婷、你表哥邓永刚、你老板何建新都在里面。",
     [(P, "邓凯"), (P, "邓婷"), (P, "邓永刚"), (P, "何建新")], [X]),
]

# --- disclosure told in a few words or by implication, beside bare call-back requests ------------------------------

FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "阿姨，雨桐那个手机的钱，您劝劝她。",
     [(P, "雨桐")], [D]),
    ("app", "third_party", "静怡，跟你室友说一声，栗子的事别拖了。",
     [(P, "静怡")], [D]),
    ("call", "third_party", "坐席：叔叔您好，您儿子在机好租那边的情况您清楚吧？\n第三方：什么情况？\n坐席：您问问他就知道了，让他尽快处理。",
     [], [D]),
    ("sms", "third_party", "小李，你们车间梁振宇那笔分期还没结，跟他说一下。",
     [(P, "梁振宇")], [D]),
    ("call", "third_party", "坐席：您好，我找一下何雅婷。\n第三方：她不在，我是她姐。\n坐席：好的，麻烦您让她回个电话，谢谢。\n第三方：你们哪里的？\n坐席：这个需要她本人接电话才能说，不好意思。",
     [(P, "何雅婷")], []),
    ("sms", "third_party", "房东您好，您那的租客吴俊杰欠我们的钱一直拖着，他要是搬走了麻烦说一声。",
     [(P, "吴俊杰")], [D]),
    ("app", "third_party", "你好，是刘子豪的表姐吧？他那个分期的事，家里还是得有人管一管。",
     [(P, "刘子豪")], [D]),
    ("app", "third_party", "兄弟，帮个忙，跟邓凯说橙意的人在找他，他知道是啥事。",
     [(P, "邓凯")], [D]),
    ("sms", "third_party", "您好，请问王浩然先生目前是否仍在贵司任职？我们有一份他本人的文件需要送达，谢谢。",
     [(P, "王浩然")], []),
    ("call", "third_party", "坐席：你好，请问梁振宇还在你们厂吗？\n第三方：早走了。\n坐席：好的，谢谢，打扰了。",
     [(P, "梁振宇")], []),
    ("sms", "third_party", "叔叔，上次跟您说的志远那笔，这个月底前得有个说法了。",
     [(P, "志远")], [D]),
    ("call", "third_party", "坐席：您好，请问这是陈雨桐的电话吗？\n第三方：不是，你打错了。\n坐席：抱歉，打扰您了。",
     [(P, "陈雨桐")], []),
    ("app", "third_party", "你男朋友林志远那个租机的事，他跟你说了没？",
     [(P, "林志远")], [D]),
    ("sms", "third_party", "刘女士，你老公又在我们栗子租机逾期了，这次是第二台手机。",
     [], [D]),
    ("app", "third_party", "罗晓雯她爸，麻烦转告一声，上个月那两期还差着呢，拖久了不好看。",
     [(P, "罗晓雯")], [D]),
    ("sms", "third_party", "你女儿租机欠钱了。",
     [], [D]),
    ("app", "third_party", "子豪分期还没还。",
     [(P, "子豪")], [D]),
    ("sms", "third_party", "麻烦让他回个电话。",
     [], []),
]

# --- messages the debtors forward or paste whole, as received --------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "用户转发：【栗子租机】陈雨桐，你身份证430104200604195521，你不还钱我们就把你的信息发到你们班群。",
     [(P, "陈雨桐"), (ID, "430104200604195521")], [U]),
    ("app", "unknown", "转发截图文字：“罗晓雯，你5月20日从深圳湾出境，护照EB4721093，跑到泰国就没事了？”",
     [(P, "罗晓雯"), (PP, "EB4721093")], [S, U]),
    ("app", "unknown", "我收到的短信，大家评评理：【机好租】邓凯，你爸邓建军在县农机站，你妹邓婷在湘滨师大，全家我们都熟。",
     [(P, "邓凯"), (P, "邓建军"), (P, "邓婷")], [X]),
    ("sms", "unknown", "转发：【橙意分期】您的账单已逾期3天，应还658.30元，请及时还款。回T退订",
     [], []),
    ("email", "unknown", "【用户反馈附件】催收短信原文：“吴俊杰，昨晚十点半你在青山湖区那家足浴店，要不要我们把定位发给你爸看看？”",
     [(P, "吴俊杰")], [S]),
    ("app", "unknown", "他发的原话：“你那个抑郁症的药一个月吃多少钱？有钱吃药没钱还租金？”",
     [], [S]),
    ("app", "unknown", "这是他们发的：“您好，关于您的租机账单，如有异议请于7日内通过App提交，我们将暂停催收并复核。”请问这个是真的吗？",
     [], []),
    ("app", "unknown", "聊天记录粘贴：催收员：“你老婆刘佳，你岳母张桂兰，你小舅子刘佳明，住哪我都知道。”",
     [(P, "刘佳"), (P, "张桂兰"), (P, "刘佳明")], [X]),
    ("email", "unknown", "催收员发来的：“把钱打到你自己这张卡6222021137227566345上，明天早上八点扣款。”",
     [(BC, "6222021137227566345")], [U]),
]

# --- more calls -------------------------------------------------------------------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：黄思琪，你爸黄志明在湘滨县水泥厂上班，17326541682是你妈的号吧，我们都打过了。\n客户：你们别去打扰我爸妈\n坐席：你还了钱我们就不打。",
     [(P, "黄思琪"), (P, "黄志明"), (MB, "17326541682")], [U, X]),
    ("call", "third_party", "坐席：周主任是吧，你们车间王浩然欠我们栗子租机四千多，他老婆刘佳也在你们厂吧？\n第三方：刘佳是我们厂的，怎么了？\n坐席：那你让他俩商量一下怎么还。",
     [(P, "王浩然"), (P, "刘佳"), (P, "刘佳")], [D, X]),
    ("call", "debtor", "坐席：邓凯 你那个肾结石手术花了多少 我们看到你医保App上的报销记录了\n客户：这你们也看得到\n坐席：手术能做 钱也能还嘛",
     [(P, "邓凯")], [S]),
    ("call", "third_party", "坐席：你好 你以前跟林志远一个宿舍的吧 他现在是不是在晋江那个 嗯 鞋厂上班 我们看他手机定位天天在安海工业区\n第三方：不太清楚\n坐席：他欠了我们橙意分期的钱 你有他微信就提醒一下",
     [(P, "林志远")], [D, S]),
    ("call", "debtor", "坐席：嗯 你是李欣然 身份证三四幺二二二二零零六幺二二零二七八四 绑定的卡是六二二八四八八幺零幺六二幺六七零 对吧\n客户：对\n坐席：那今天下午三点之前 卡里存够六百五十八",
     [(P, "李欣然"), (ID, "三四幺二二二二零零六幺二二零二七八四"), (BC, "六二二八四八八幺零幺六二幺六七零")], [U]),
    ("call", "third_party", "坐席：陈国强吗？你女儿陈雨桐欠栗子租机的钱，她室友王静怡、班长赵一鸣我们都问过了，都说找不到她。\n第三方：多少钱？\n坐席：一千三百七十八，加违约金。",
     [(P, "陈国强"), (P, "陈雨桐"), (P, "王静怡"), (P, "赵一鸣")], [D, X]),
    ("call", "debtor", "坐席：曾诗雨 你每周五坐218路回家 在哪站下车我们都知道 你还是早点让你爸妈把钱还了\n客户：你们别跟着我",
     [(P, "曾诗雨")], [S]),
    ("call", "third_party", "坐席：阿姨，您女儿罗晓雯护照号EB4721093，5月20日从深圳湾出的境，她欠的租机款两千多一直没还。\n第三方：她出国打工去了。\n坐席：那您先帮她还上。",
     [(P, "罗晓雯"), (PP, "EB4721093")], [D, S, U]),
    ("call", "debtor", "坐席：邓凯 你老汉儿在县农机站上班 你妹儿在湘滨师大读书 住几栋我们都晓得\n客户：你们想咋子\n坐席：不想咋子 你把钱还了就对了",
     [(P, "邓凯")], [X]),
    ("call", "third_party", "坐席：您好，我是机好租的，贵司员工梁振宇入职时是不是留过紧急联系人？他在我们这的事一直没处理。\n第三方：什么事？\n坐席：您跟他说机好租找他，他就明白了。",
     [(P, "梁振宇")], [D]),
    ("call", "debtor", "坐席：何雅婷，你姐何雅丽的号码是幺五七四零四零七八三五吧，你不接电话我就打给她。\n客户：不要打给我姐\n坐席：那你把钱还了。",
     [(P, "何雅婷"), (P, "何雅丽"), (MB, "幺五七四零四零七八三五")], [U, X]),
    ("call", "debtor", "坐席：你公积金账户里还有一万二 你不会不知道吧 提出来还我们两千多很难吗\n客户：那是买房用的\n坐席：买房的事以后再说",
     [], [S]),
    ("call", "third_party", "坐席：大姐你好 我找一下对门的王浩然 他欠我们租金好几个月了 你见到他让他联系一下\n第三方：我跟他不熟",
     [(P, "王浩然")], [D]),
    ("call", "debtor", "坐席：吴俊杰 你现在住南昌市青山湖区湖滨东路318号天虹公寓1207 跟你女朋友周敏一起 对吧\n客户：……\n坐席：别不说话 下午我们的人过去找你们两个",
     [(P, "吴俊杰"), (A, "南昌市青山湖区湖滨东路318号天虹公寓1207"), (P, "周敏")], [X]),
]

# --- more texts to borrowers --------------------------------------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【栗子租机】王浩然，你的担保人（岳父刘德福，身份证421081197809232076）已被列入追偿名单，请你们家里商量好。",
     [(P, "王浩然"), (P, "刘德福"), (ID, "421081197809232076")], [U, X]),
    ("app", "debtor", "你支付宝里还有3,800元余额，微信零钱1,200，别说没钱。",
     [], [S]),
    ("sms", "debtor", "李欣然，你舅舅李卫东在星沙开五金店，开元东路56号，我们下午过去坐坐。",
     [(P, "李欣然"), (P, "李卫东"), (A, "开元东路56号")], [X]),
    ("app", "debtor", "【机好租】请核对您的代扣卡号：6230528057131418（建设银行），如有误请于今日18点前修改。",
     [(BC, "6230528057131418")], [U]),
    ("sms", "debtor", "王浩然，你儿子在开福区实验幼儿园中二班，每天下午四点半放学，这些我们都知道。",
     [(P, "王浩然")], [S]),
    ("app", "debtor", "我们调了你的征信报告，你在三家银行有信用卡逾期，另外花呗还欠着一万多。",
     [], [S]),
    ("sms", "debtor", "林志远，你在晋江安海镇鸿达鞋业做品检，你们组长叫陈建华，对吧？",
     [(P, "林志远"), (P, "陈建华")], [X]),
    ("sms", "debtor", "【锦诚咨询】吴俊杰，你的护照E27490356签约时已上传，出境前须先结清欠款。",
     [(P, "吴俊杰"), (PP, "E27490356")], [U]),
    ("app", "debtor", "你每周五中午都去清真寺做礼拜，教义里也没教你欠钱不还吧？",
     [], [S]),
    ("sms", "debtor", "黄思琪，你室友刘敏13884719031、周倩18722446135，今天你不回电话，我们就一个个打。",
     [(P, "黄思琪"), (P, "刘敏"), (MB, "13884719031"), (P, "周倩"), (MB, "18722446135")], [U, X]),
    ("sms", "debtor", "何雅婷，你弟弟有残疾证，每个月领残疾人补贴，这个钱可以先拿来还我们。",
     [(P, "何雅婷")], [S]),
    ("app", "debtor", "陈雨桐，你妈何秀兰的身份证362329197609057862是你签约时上传的担保资料，你不还就由她来还。",
     [(P, "陈雨桐"), (P, "何秀兰"), (ID, "362329197609057862")], [U, X]),
    ("app", "debtor", "让你爸回个电话，他的号码183-3751-1677我们已经打了三次了。",
     [(MB, "183-3751-1677")], [U, X]),
    ("sms", "debtor", "【机好租】罗晓雯，你在湘滨市岳湖区金星中路99号湘江一号小区7栋2301跟男朋友陈浩同住的事，我们都掌握了。",
     [(P, "罗晓雯"), (A, "湘滨市岳湖区金星中路99号湘江一号小区7栋2301"), (P, "陈浩")], [X]),
]

# --- more notes, sheets and e-mails inside the apps and agencies ----------------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("notice", "unknown", "失联修复：吴俊杰，新号19984017322（运营商实名为其母周玉兰），常住南昌市青山湖区湖滨东路318号天虹公寓1207。",
     [(P, "吴俊杰"), (MB, "19984017322"), (P, "周玉兰"), (A, "南昌市青山湖区湖滨东路318号天虹公寓1207")], [U, X]),
    ("email", "unknown", "附：何雅婷就诊记录（来自设备短信）——湘滨医学院附属第三医院，妇科，5月12日入院，5月19日出院。",
     [(P, "何雅婷")], [S]),
    ("notice", "unknown", "车辆线索：债务人邓凯的表哥邓永刚驾驶川A·3GH72白色面包车，手机15219312059，可跟车。",
     [(P, "邓凯"), (P, "邓永刚"), (PL, "川A·3GH72"), (MB, "15219312059")], [U, X]),
    ("email", "unknown", "本周代扣失败清单：周佳怡 6259651790677244；黄思琪 6225880977445601；邓凯 6212268090610281142。请各组跟进。",
     [(P, "周佳怡"), (BC, "6259651790677244"), (P, "黄思琪"), (BC, "6225880977445601"), (P, "邓凯"),
      (BC, "6212268090610281142")], [U]),
    ("notice", "unknown", "刘子豪（17岁）周末常在东莞长安镇霄边村其父租住处，周日下午坐校车返校，周一早上第一节课是实训课。",
     [(P, "刘子豪")], [S]),
    ("notice", "unknown", "亲属关系图：罗晓雯——母亲罗美华（在湘滨二中食堂上班），姐姐罗晓婷（已婚，丈夫许文斌，跑货运）。",
     [(P, "罗晓雯"), (P, "罗美华"), (P, "罗晓婷"), (P, "许文斌")], [X]),
    ("email", "unknown", "外包机构周报：黄思琪近三个月微信流水显示每月15日收到家长转账1,500元，建议15日当天集中催收。",
     [(P, "黄思琪")], [S]),
    ("email", "unknown", "梁振宇（440882200211288056）设备轨迹：7月2日至5日每晚21:00至次日01:00在厂区东门夜市，7月6日全天在镇卫生院。",
     [(P, "梁振宇"), (ID, "440882200211288056")], [S, U]),
    ("notice", "unknown", "紧急联系人核实：陈雨桐母亲何秀兰，县医院护工，上白班；父亲陈国强，货车司机，车牌湘A·5M27K。",
     [(P, "陈雨桐"), (P, "何秀兰"), (P, "陈国强"), (PL, "湘A·5M27K")], [X]),
    ("email", "unknown", "附件外呼名单（节选）：李欣然13955565383，紧急联系人舅舅李卫东13317946945、表姐李婷婷16686205027。",
     [(P, "李欣然"), (MB, "13955565383"), (P, "李卫东"), (MB, "13317946945"), (P, "李婷婷"), (MB, "16686205027")],
     [U, X]),
    ("notice", "unknown", "备注：客户周佳怡母亲肝癌晚期，在湘滨肿瘤医院住院，客户白天在医院陪护，晚上在奶茶店上班到十点。",
     [(P, "周佳怡")], [S]),
    ("notice", "unknown", "客户王浩然岳母张桂兰，身份证45080319800102784X，在开福区开小超市，可作为施压对象。",
     [(P, "王浩然"), (P, "张桂兰"), (ID, "45080319800102784X")], [U, X]),
    ("notice", "debtor", "催告函\n编号：XH-CG-2025-0716\n王浩然先生（身份证号430521200107161513）：\n您于2025年1月8日通过栗子租机App与杭州栗享科技有限公司签订《手机租赁合同》，租赁iPhone 15 Pro一台，月租金689元，租期12期。自第6期起您未再支付租金，截至2025年7月15日累计欠租4,134元、违约金823元，合计4,957元。湖南湘衡资产管理有限公司受委托，现正式催告如下：\n一、请于2025年7月25日前通过栗子租机App“立即还款”一次性结清，或致电0731-89214470申请分期；\n二、如您对欠款金额有异议，请于收到本函之日起10日内书面提出，我司将暂停催收并复核；\n三、逾期未处理的，委托方将依法向人民法院提起诉讼。\n另：您的担保人刘德福（您的岳父）及配偶刘佳已收到本函抄送件。\n湖南湘衡资产管理有限公司\n2025年7月16日",
     [(P, "王浩然"), (ID, "430521200107161513"), (LL, "0731-89214470"), (P, "刘德福"), (P, "刘佳")], [U, X]),
    ("email", "unknown", "发件人：qa@xianghengzc.com\n收件人：risk@lizizuji.com\n主题：7月上旬重点案件进展\n各位好，汇报如下：\n1. 陈雨桐：已在湘滨市岳湖区人民法院立案，等待开庭，期间暂停外呼。\n2. 吴俊杰：失联修复后新号19984017322可接通，承诺7月20日还款1,300元。\n3. 何雅婷：因5月在湘滨医学院附属第三医院行子宫肌瘤切除术，申请延期至8月31日，已批准。\n4. 刘子豪：确认为未成年人，订单已撤销，款项原路退回，不再催收。\n5. 梁振宇：设备轨迹显示7月以来夜间均在厂区东门夜市，拟7月12日晚外访。\n如有问题请随时联系。\n湘衡资产质检部 0731-89214470转612",
     [(EM, "qa@xianghengzc.com"), (EM, "risk@lizizuji.com"), (P, "陈雨桐"), (P, "吴俊杰"), (MB, "19984017322"), (P, "何雅婷"),
      (P, "刘子豪"), (P, "梁振宇"), (LL, "0731-89214470")], [S, U]),
]

# --- more contacts with relatives, friends, landlords and workplaces ------------------------------------------------

MORE_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "陈生你好，你租客吴俊杰欠我哋公司钱，佢女朋友周敏都住喺度，唔该你叫佢哋联系我哋。",
     [(P, "吴俊杰"), (P, "周敏")], [D, X]),
    ("app", "third_party", "同学你好，黄思琪欠我们租机的钱，她另一个号码19325963805你能打通吗？",
     [(P, "黄思琪"), (MB, "19325963805")], [D, U]),
    ("app", "third_party", "你好，你是何雅婷同事吧？她欠机好租的钱一直没还，听说她请了假在家养胎，你帮忙劝劝。",
     [(P, "何雅婷")], [D, S]),
    ("sms", "third_party", "何雅丽你好，你妹何雅婷欠款不还，你老公许志刚在哪上班我们也清楚，希望你们家里重视。",
     [(P, "何雅丽"), (P, "何雅婷"), (P, "许志刚")], [D, X]),
    ("call", "third_party", "坐席：李卫东是吧，你外甥女李欣然在橙意分期逾期三个月了，你当舅舅的说说她。\n第三方：她都成年了，你找她本人。\n坐席：她不接电话啊。",
     [(P, "李卫东"), (P, "李欣然")], [D]),
    ("sms", "third_party", "人事部您好，贵司员工林志远手机号19169510060已停机，其在我平台欠款未还，请提供其新联系方式。",
     [(P, "林志远"), (MB, "19169510060")], [D, U]),
    ("app", "third_party", "你们宿舍刘子豪这个周末去哪了？他手机定位周六晚上在长安镇一家KTV，他欠的分期再不还就麻烦了。",
     [(P, "刘子豪")], [D, S]),
    ("sms", "third_party", "张阿姨，您女婿王浩然在栗子租机的租金拖了三个月，您劝劝他。",
     [(P, "王浩然")], [D]),
    ("app", "third_party", "周敏，你男朋友吴俊杰的还款卡是6217993592320339，你往里面转点钱就行，不然他的事要闹大。",
     [(P, "周敏"), (P, "吴俊杰"), (BC, "6217993592320339")], [D, U]),
    ("sms", "third_party", "物业您好，贵小区9栋502业主王浩然欠我司租金长期未还，请在业主群里提醒一下。",
     [(P, "王浩然")], [D]),
    ("call", "third_party", "坐席：您好，是实验幼儿园中二班的老师吗？王浩然的孩子在你们班吧，孩子爸爸欠我们钱，麻烦您让孩子妈妈联系我们。\n第三方：这跟孩子有什么关系？\n坐席：就是麻烦您转告一下。",
     [(P, "王浩然")], [D, S]),
    ("app", "third_party", "你好，你是赵一鸣吧？陈雨桐欠租机的钱，她小姨何秀芳电话也打不通，你认识她们家的人吗？",
     [(P, "赵一鸣"), (P, "陈雨桐"), (P, "何秀芳")], [D, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AP-APP-NOTICES": APP_NOTICES,
    "AP-PLATFORM-SMS": PLATFORM_SMS,
    "AP-AGENCY-SMS": AGENCY_SMS,
    "AP-AGENT-CALLS": AGENT_CALLS,
    "AP-ASR-CALLS": ASR_CALLS,
    "AP-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AP-SCHOOL-CONTACTS": SCHOOL_CONTACTS,
    "AP-FAMILY-EMPLOYERS": FAMILY_EMPLOYERS,
    "AP-GROUPS": GROUPS,
    "AP-VISIT-REPORTS": VISIT_REPORTS,
    "AP-QA-SHEETS": QA_SHEETS,
    "AP-COMPLAINT-TICKETS": COMPLAINT_TICKETS,
    "AP-SUPPLIER-EMAILS": SUPPLIER_EMAILS,
    "AP-COURT-FILINGS": COURT_FILINGS,
    "AP-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AP-DECOYS": DECOYS,
    "AP-DEVICE-DATA": DEVICE_DATA,
    "AP-CONTACT-LIST": CONTACT_LIST,
    "AP-FEW-WORDS": FEW_WORDS,
    "AP-FORWARDED": FORWARDED,
    "AP-MORE-CALLS": MORE_CALLS,
    "AP-MORE-TEXTS": MORE_TEXTS,
    "AP-MORE-NOTES": MORE_NOTES,
    "AP-MORE-CONTACTS": MORE_CONTACTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
