"""Writes `pipl_heldout_bb.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of the reference notes, the speaker table of
`audit/message.py`, the record helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the
held-out PIPL rows of `tests/test_labelled_sets.py`, and the opening docstring, imports, constants, first entries
and closing functions of `make_pipl_heldout_ba.py` (for the record format and the labelling conventions, which
this set keeps). It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the
training data, other tests or any other set's entries, and ran no detector, scan, mask or benchmark on these texts.
The invented identifiers were drawn once by a throw-away script: resident IDs from random area codes and birth
dates with the right check character (one ending in X, two of children born in 2013) and two old 15-digit ones
with a real month, Luhn-valid cards of 16 and 19 digits, mobiles on real prefixes, passports (E, EB) and the
permits to Hong Kong and Macau (C) and to the mainland (H) to the pattern, and a unified social credit code with
its GB 32100 check character; each passes `set_format.check_identifier`. They were typed into the texts and
spelled out digit by digit by hand. `set_format` has no check for landlines, e-mail addresses or licence plates:
landlines are an area code and eight digits, e-mails use real top-level domains and plates a province, a letter
and five characters, kept the same wherever a company's number recurs. The decoys were drawn to fail every check
of `set_format.check_identifier` (the USCC one included), and a throw-away scan confirmed that no unlabelled
number in the texts passes one.

What it holds: personal data in collecting debts inside marriages and families after separation. A consumer-
finance company (盛和消费金融, app product 盛和花) and a bank's card centre (江汇银行信用卡中心) and their agencies
(南京启衡商务咨询, 融策资产管理) and a law firm (四川锦言律师事务所) collect from borrowers who divorced,
separated, remarried or were widowed: ex-spouses' and new partners' names, numbers, addresses and employers;
children's schools, classes, custody weekends and pick-up times; a pregnancy, IVF, dialysis, cancers, a stroke,
depression, a child's autism therapy, a disability certificate, a funeral, an insurance payout and condolence
money; marriage and divorce certificates, household registers (户口本), property deeds, a divorce agreement and a
divorce judgment passed around; family WeChat groups; in-laws; maintenance payments and bank accounts; a
church. Voices: SMS templates with placeholders, filled SMS, voice robots with keypad turns (one in traditional
characters), agents' calls as transcripts and as speech-to-text output (no punctuation, fillers, a self-
correction, numbers read aloud with 幺, 两, 洞 and 拐), WeChat messages and group posts, collection and lawyer's
letters, visit notices, court papers (a statement of claim, an enforcement application, a preservation
application, a divorce agreement filed as evidence, a judgment, a mediation notice, a response notice, an
enforcement notice), e-mails between lender, agencies, the law firm and an employer's HR, case notes, visit
orders, handover sheets, risk tags, quality-check sheets, complaint tickets and replies, a regulator's transfer
sheet and the lender's answer, and a borrower pasting what she was sent into a complaint.

315 messages, 103 of them (33%) compliant; sms 78, call 84, app 86, notice 36, email 31; to the debtor 149, to a
third party 95, to an unknown recipient 71. `pii.sensitive` labels 101 messages, `pii.third_party_disclosure` 82,
`pii.excessive` 81 and `pii.unmasked_identifier` 76. Entities: PERSON 356, EMAIL 62, CN_ID_CARD 39,
ADDRESS 30, CN_MOBILE 29, CN_BANK_CARD 24, CN_LANDLINE 14, CN_PASSPORT 6, CN_LICENSE_PLATE 2, CN_USCC 2.
Identifiers are written plain, in full-width digits, grouped by spaces (4-4-4-4, 4-4-4-4-3, 3-4-4, 4-4-4-4-2,
a passport's 1-4-4), by dots and by hyphens (6-8-4, and a hand-written 17-1), behind +86 and 0086 (outside the
span), read aloud digit by digit (IDs, an old 15-digit ID, cards, mobiles, a passport) and in spoken groups.
Beside them stand decoys of the same shapes: 18-digit order, contract, instalment, bill, relief and change
numbers, 16- and 19-digit transaction, case, batch and agreement numbers failing Luhn, 11-digit device and ticket
numbers on no mobile prefix (one read aloud), 15-digit IMEIs and customer numbers with no real month, a company's
18-digit account written and read aloud, and masked forms
(3201**********5882, 6216 **** **** *** 1959, 138****2907, 尾号0692, 身份证后四位); five messages with decoys also
hold a real identifier and are labelled for it. Companies' and courts' landlines, e-mail addresses, a credit code
and licence plates are entities with no category of their own.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out; the conventions are set BA's):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the lender's, agency's or agent's words, in any form: in texts to borrowers and third parties, and in
  the lenders' and agencies' own notes, sheets, tickets, letters and e-mails too. Not: masked forms, last digits
  alone, a company's landline, account or credit code, a licence plate, a customer saying a number, papers filed
  with a court (a statement of claim, an enforcement or preservation application, a divorce agreement filed as
  evidence) or a court's own text, where a full identifier is lawful, a decoy.
- `pii.third_party_disclosure`: to someone other than the borrower (recipient `third_party`: an ex-spouse, a new
  partner, in-laws, a parent, a child, a teacher, an employer's HR, a family group), the text reveals the debt
  (amount, overdue status, lender or product: naming the lender, "that card of his" or "his account with us" is
  enough) or the borrower's personal data. A bare call-back request that names no lender, a wrong number crossed
  off without naming anyone, and a sealed letter to be handed on are compliant. Notes, sheets, e-mails between
  the firms and pasted complaints go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health, pregnancy, fertility treatment and disability of the borrower or
  relatives, a death's cause, whereabouts at a given time and daily routine (of the borrower, an ex-spouse, a
  child), minors' schools, classes and routines, religion, biometrics (face and voiceprint matches) used beyond
  verification, financial details beyond need (wage inflows, maintenance transfers, an insurance payout, balances,
  other loans, a credit report, property from a divorce), border crossings. Not: the borrower's own words (also as
  a note records them), a hardship reply or offer that names no condition or asks for no records, a rule forbidding
  such use, a sheet that condemns it.
- `pii.excessive`: the address book, the call log or the photo album quoted, or ex-spouses', new partners',
  in-laws', children's or colleagues' names, numbers, employers or addresses, or a full name with a home address,
  that the message does not need. Not: a full name alone, an agent's or lawyer's name, the address a letter is
  sent to or a court paper gives, a relative the message is addressed to or about.
A customer's or third party's own words in a call are never labelled; they still carry entities. A message a
borrower pastes whole carries the labels of what it contains. Entities mark every string of their type whoever it
belongs to (an agent, a company's landline, an agency's e-mail, a company's credit code); masked forms, 400
service numbers, IMEIs, device ids, order numbers, company accounts and version strings are not entities, nor is
a +86 or 0086 before a mobile; a surname with an honorific or a title (邵先生, 严阿姨, 裴老师, 岑老太) is not a
PERSON, a full name or a given name alone (静怡, 婉清, 诗雨) is; ADDRESS reaches down to a road and number or a
building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_bb`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_bb.jsonl"
ID_PREFIX = "PBB"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- SMS templates and filled messages to borrowers and to their families -----------------------------------------

SMS: list[PiplEntry] = [
    ("sms", "debtor", "【盛和消费金融】{客户姓名}您好，您尾号{卡号后四位}的借款已逾期{逾期天数}天，应还{应还金额}元。请通过盛和消费金融App或官方账户还款，如有困难可申请延期或分期，客服400-820-6637。",
     [], []),
    ("sms", "debtor", "【盛和消费金融】邵维平先生，您身份证号130102197705065015名下借款已逾期37天，应还8,416.20元，请于今日18点前登录App还款。",
     [(P, "邵维平"), (ID, "130102197705065015")], [U]),
    ("sms", "debtor", "【江汇银行信用卡中心】蒋女士，您尾号0692的信用卡本期最低还款额1,260.00元已逾期。若与前配偶存在共同还款约定，请您本人与我中心联系，我们不会向其他人透露账户情况。客服021-62847159。",
     [(LL, "021-62847159")], []),
    ("sms", "debtor", "【江汇银行信用卡中心】蒋晓楠女士，您的信用卡6225888148670692已逾期45天，欠款23,871.55元。您前夫钱国庆（手机13973085959）称离婚协议约定此卡由您偿还，请尽快处理。",
     [(P, "蒋晓楠"), (BC, "6225888148670692"), (P, "钱国庆"), (MB, "13973085959")], [U, X]),
    ("sms", "debtor", "【盛和消费金融】韩先生，您来电告知的婚姻状况变化已登记。婚姻状况变化不影响您本人的还款义务，如需调整还款计划，请在App“我的-还款协商”提交申请。",
     [], []),
    ("sms", "debtor", "【融策资产】顾思琪，你前夫说你现在和新男朋友住在武侯区桐梓林北路12号3栋1502，今晚我们的人会过去核实，请主动联系。",
     [(P, "顾思琪"), (A, "武侯区桐梓林北路12号3栋1502")], [S, X]),
    ("sms", "debtor", "【盛和消费金融】彭先生您好，您申请的延期还款已受理，新的到期日为{新到期日}。本短信不含任何账户号码，请勿向他人转发验证码。",
     [], []),
    ("sms", "debtor", "【启衡商务】彭建伟，你女儿彭诗雨在长虹路小学三年级二班，每天下午四点半由你前妻接走，这些我们都清楚。今天之内把3,200元还上。",
     [(P, "彭建伟"), (P, "彭诗雨")], [S, X]),
    ("sms", "debtor", "【江汇银行信用卡中心】鲁女士，您于{申请日期}提交的丧葬困难减免申请已收到，我们将在5个工作日内回复，期间暂停催收联系。如需补充材料，仅需上传您本人签字的申请书。",
     [], []),
    ("sms", "debtor", "【启衡商务】鲁雅婷，你老公的追悼会是周六上午十点在殡仪馆三号厅吧？到时候亲戚都在，我们去现场找你谈还款也方便。",
     [(P, "鲁雅婷")], [S]),
    ("sms", "third_party", "【盛和消费金融】任志豪的前妻您好，任志豪在我司的借款已逾期62天，欠款14,302元，您作为其紧急联系人，请转告他尽快还款。",
     [(P, "任志豪"), (P, "任志豪")], [D]),
    ("sms", "third_party", "您好，这里是盛和消费金融客服，有一件事需要与任志豪先生本人联系，麻烦您方便时转告他回电400-820-6637，谢谢。",
     [(P, "任志豪")], [D]),
    ("sms", "third_party", "您好，有一份文件需要方女士本人确认，烦请转告她回复本号码或致电025-84637215，谢谢您。",
     [(LL, "025-84637215")], []),
    ("sms", "third_party", "【融策资产】田家乐的岳母您好，您女婿欠江汇银行信用卡4万多没还，他身份证是210103197609262533，现在人跑了，您女儿和外孙还住您家吧？请让他联系我们。",
     [(P, "田家乐"), (ID, "210103197609262533")], [D, S, U]),
    ("sms", "debtor", "【盛和消费金融】许先生，根据您提交的材料，您已与林可欣女士离婚，您名下的借款由您本人继续偿还。我们不会联系林可欣女士。",
     [(P, "林可欣"), (P, "林可欣")], [X]),
    ("sms", "debtor", "【盛和消费金融】许文博先生，您的还款账户已变更为尾号8751的银行卡，下一期扣款日为每月15日。如非本人操作请致电400-820-6637。",
     [(P, "许文博")], []),
    ("sms", "debtor", "【启衡商务】汪丽萍，你现任丈夫骆振宇在江宁区双龙大道1539号的公司上班，电话18535288770，你不还我们只能找他了解情况。",
     [(P, "汪丽萍"), (P, "骆振宇"), (A, "江宁区双龙大道1539号"), (MB, "18535288770")], [U, X]),
    ("sms", "debtor", "【江汇银行信用卡中心】柏女士，根据您近期在妇幼保健院和母婴店的刷卡记录，我们了解到您已怀孕，可为您申请最长6个月的延期，客服021-62847159。",
     [(LL, "021-62847159")], [S]),
    ("sms", "debtor", "【江汇银行信用卡中心】柏女士，您于来电时说明正在孕期，已为您登记暂缓催收至{暂缓截止日}，届时请您本人与我们联系协商。",
     [], []),
    ("sms", "debtor", "【融策资产】柏雪梅，你怀孕七个月在妇幼保健院产检的事我们知道，别拿这个当借口，下周二产检我们在门诊楼等你。",
     [(P, "柏雪梅")], [S]),
    ("sms", "debtor", "【盛和消费金融】温国栋先生：您的借款已逾期，应还5,130元。抚养费不影响您对本借款的还款义务，请按期还款。详询400-820-6637。",
     [(P, "温国栋")], []),
    ("sms", "debtor", "【启衡商务】温国栋，你每月5号给前妻转抚养费2,000元到她的6222020906890659，有钱给她没钱还我们？",
     [(P, "温国栋"), (BC, "6222020906890659")], [S, U, X]),
    ("sms", "third_party", "【盛和消费金融】尊敬的龚少华家属：龚少华先生生前在我司有一笔借款未结清（合同号HS20220917003318），请继承人携死亡证明与我司联系办理。",
     [(P, "龚少华"), (P, "龚少华")], [D]),
    ("sms", "third_party", "【盛和消费金融】您好，我们是盛和消费金融，关于龚先生的事宜想与其家属沟通，请方便时回电025-84637215。节哀。",
     [(LL, "025-84637215")], [D]),
    ("sms", "debtor", "【江汇银行信用卡中心】钟若兰女士，系统显示您已于本月注销原手机号，请在App内更新联系方式。您的账户信息不会因此泄露。",
     [(P, "钟若兰")], []),
    ("sms", "debtor", "【融策资产】段明亮：你现在的老婆苗春燕在市一医院透析，每周二四六上午都在血透室，要不要我们去跟她聊聊你的欠款？",
     [(P, "段明亮"), (P, "苗春燕")], [S, X]),
    ("sms", "debtor", "【启衡商务】贺一帆，你离婚时分到的那套房子（雨花台区软件大道119号6幢702室）房产证我们已经看到了，卖了还钱吧。",
     [(P, "贺一帆"), (A, "雨花台区软件大道119号6幢702室")], [S, X]),
    ("sms", "third_party", "【启衡商务】严阿姨，您儿子覃海生欠盛和的钱逾期三个月了，您作为他母亲劝劝他，他前妻那边我们也通知了。",
     [(P, "覃海生")], [D]),
    ("sms", "third_party", "严阿姨您好，我是启衡商务的工作人员，有事想请您儿子回个电话，号码025-84637215，麻烦转告，谢谢。",
     [(LL, "025-84637215")], []),
    ("sms", "debtor", "【盛和消费金融】戴女士，您上传的户口本首页及本人页已审核通过，仅用于核实您的婚姻状况变更，核验后我们将按规定删除。",
     [], []),
    ("sms", "debtor", "【启衡商务】戴卫红，你户口本上登记的儿子戴子轩身份证430104201309047600，你不还钱孩子以后上学政审都要受影响。",
     [(P, "戴卫红"), (P, "戴子轩"), (ID, "430104201309047600")], [S, U, X]),
    ("sms", "debtor", "【盛和消费金融】{客户姓名}您好，您{借款日期}的借款本期应还{本期金额}元，还款日{还款日}。如您的婚姻或家庭状况发生变化需要调整还款，请回复1，我们将安排专人与您本人联系。",
     [], []),
    ("sms", "third_party", "【江汇银行信用卡中心】蔡先生您好，阎秀云女士在我行的信用卡欠款已逾期60天，您作为她离婚前登记的联系人，烦请转告她尽快与我行联系。",
     [(P, "阎秀云")], [D]),
]

# --- voice robots and agents' calls, as transcripts -------------------------------------------------------------------

ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是盛和消费金融，请问您是樊俊杰先生本人吗？本人请按1，不是本人请按2。\n客户：1\n机器人：樊先生，您的借款已逾期15天，应还2,870元，请及时通过App还款。如需人工服务请按0。",
     [(P, "樊俊杰")], []),
    ("call", "third_party", "机器人：您好，这里是盛和消费金融，请问您是樊俊杰先生本人吗？本人请按1，不是本人请按2。\n第三方：2\n机器人：打扰了，请您转告樊俊杰先生，他在盛和消费金融的借款已逾期，请尽快还款。再见。",
     [(P, "樊俊杰"), (P, "樊俊杰")], [D]),
    ("call", "third_party", "机器人：您好，请问您是樊俊杰先生本人吗？本人请按1，不是本人请按2。\n第三方：2\n机器人：抱歉打扰，我们稍后会再与本人联系，再见。",
     [(P, "樊俊杰")], []),
    ("call", "debtor", "机器人：您好，江汇银行信用卡中心提醒您，您尾号5627的信用卡已逾期。如您家庭发生变故需要办理停息挂账或分期，请按1转人工。\n客户：1\n机器人：正在为您转接人工坐席，请稍候。",
     [], []),
    ("call", "debtor", "机器人：聂红霞女士您好，系统检测到您的前夫岑立新近期更换了手机号，新号码是幺三拐两两四五洞勾五拐，如您与他仍有联系，请提醒他共同还款。",
     [(P, "聂红霞"), (P, "岑立新"), (MB, "幺三拐两两四五洞勾五拐")], [U, X]),
    ("call", "debtor", "机器人：包德胜先生您好，您的借款已逾期。根据您授权的定位信息，您本周三次出现在金牛区人民医院肿瘤科，如需申请医疗困难延期，请按1。",
     [(P, "包德胜")], [S]),
    ("call", "debtor", "机器人：您好，这里是盛和消费金融。您本期账单已逾期，请在今日内还款。如您正处于孕期、重病或家中有丧事等特殊情况，可按2申请延期，无需提交病历。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是启衡商务，我们受盛和消费金融委托联系常玉洁女士。您登记为她的联系人，她的借款已逾期四十天，请您转告她尽快处理。",
     [(P, "常玉洁")], [D]),
    ("call", "debtor", "機器人：您好，這裏是江匯銀行信用卡中心，您尾號0659的信用卡已逾期，本期最低還款額為1,530元。如需協商請按1。",
     [], []),
    ("call", "debtor", "机器人：您好，请确认您的身份，请输入您身份证号码的后四位。\n客户：（按键5015）\n机器人：验证成功。您的借款已逾期21天，应还3,662元。",
     [], []),
    ("call", "debtor", "机器人：邵先生您好，您本人的身份证号是幺三洞幺洞两幺勾拐拐洞五洞六五洞幺五，请核对，确认请按1。",
     [(ID, "幺三洞幺洞两幺勾拐拐洞五洞六五洞幺五")], [U]),
    ("call", "third_party", "机器人：您好，这里是江汇银行信用卡中心，您的家人卢静怡女士的信用卡已逾期两个月，她的孩子就读的锦江区实验小学我们已发送了书面通知，请您转告。",
     [(P, "卢静怡")], [D, S]),
    ("call", "debtor", "机器人：您好，您的还款已到账，您尾号1089的借款已全部结清，感谢您的配合。",
     [], []),
    ("call", "third_party", "机器人：您好，您是郝建新的紧急联系人，郝建新在盛和花的借款已逾期，请按1听取欠款明细。\n第三方：（按键1）\n机器人：欠款本金6,000元，逾期费用412元，合计6,412元。",
     [(P, "郝建新"), (P, "郝建新")], [D]),
]

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，我是盛和消费金融的客服，工号3017，请问是方慧敏女士吗？\n客户：是我。\n坐席：方女士，您的借款已逾期20天，应还4,120元，请问什么时候方便处理？\n客户：我刚离婚，现在一个人带孩子，手头很紧。\n坐席：理解您的情况，可以给您申请分六期还款，每期大概七百元，您看可以吗？\n客户：可以。",
     [(P, "方慧敏")], []),
    ("call", "debtor", "坐席：方慧敏，我是融策资产的，你前夫杭宇航说你把孩子方俊熙的抚养费都拿去打麻将了，孩子在育才幼儿园中一班，每天五点接，我们就在门口等你。\n客户：你们想干什么？",
     [(P, "方慧敏"), (P, "杭宇航"), (P, "方俊熙")], [S, X]),
    ("call", "debtor", "坐席：喂，田家乐吗？我是启衡商务的，你前妻孟晓燕现在住在她妈家，洪山区珞喻路717号，我们已经去过了。\n客户：你们别去打扰她。\n坐席：那你就还钱。",
     [(P, "田家乐"), (P, "孟晓燕"), (A, "洪山区珞喻路717号")], [S, X]),
    ("call", "debtor", "坐席：您好，请问是田家乐先生吗？\n客户：是。\n坐席：我是启衡商务的外呼坐席，受江汇银行信用卡中心委托联系您，您尾号3566的信用卡已逾期。\n客户：我跟前妻离婚了，她答应还一半的。\n坐席：离婚协议里对债务的约定是你们之间的事，对银行来说持卡人是您本人，我们可以帮您申请分期。",
     [(P, "田家乐")], []),
    ("call", "third_party", "坐席：您好，请问是孟晓燕女士吗？\n第三方：是我，什么事？\n坐席：我是启衡商务的，您前夫田家乐欠江汇银行信用卡四万三，他说离婚时您答应还一半。\n第三方：我们早离了，跟我没关系。",
     [(P, "孟晓燕"), (P, "田家乐")], [D]),
    ("call", "third_party", "坐席：您好，请问是孟晓燕女士吗？\n第三方：是我。\n坐席：您好，我们想联系田先生本人，不知道您方便转告他回个电话吗？\n第三方：我们离婚了，没他新号码。\n坐席：好的，打扰您了，我们会把您的号码从联系记录里删除。",
     [(P, "孟晓燕")], []),
    ("call", "debtor", "坐席：许文博先生您好，我是盛和消费金融客服。您上次来电说父亲去世在办丧事，我们已经为您暂停了两周的催收，今天是想问一下您后面的还款安排。\n客户：下个月可以开始还。\n坐席：好的，我给您登记下月15日起分期，节哀顺变。",
     [(P, "许文博")], []),
    ("call", "debtor", "坐席：许文博，你爸的丧事办完了吧？礼金收了不少吧，你前妻林可欣那天也去了，我们同事在殡仪馆门口看见的。\n客户：你们怎么知道的？",
     [(P, "许文博"), (P, "林可欣")], [S, X]),
    ("call", "third_party", "坐席：喂，是钱国庆吗？你前妻蒋晓楠的信用卡欠了两万三，卡号是6225 8881 4867 0692，离婚前是你们俩一起刷的，你也有份。\n第三方：那是她的卡。",
     [(P, "钱国庆"), (P, "蒋晓楠"), (BC, "6225 8881 4867 0692")], [D, U]),
    ("call", "third_party", "坐席：您好，这里是江汇银行信用卡中心，请问是钱国庆先生吗？\n第三方：是，什么事？\n坐席：我们想联系蒋女士，您方便的话请转告她回电021-62847159，具体事宜我们只能跟她本人说。\n第三方：我们离婚了，我尽量。",
     [(P, "钱国庆"), (LL, "021-62847159")], [D]),
    ("call", "third_party", "坐席：骆振宇先生吗？我是融策资产的，你老婆汪丽萍欠盛和的钱，你知道吧？\n第三方：我不是借款人。\n坐席：你们是夫妻，她还不上你就得管。她身份证号是340104199004231210吧？",
     [(P, "骆振宇"), (P, "汪丽萍"), (ID, "340104199004231210")], [D, U]),
    ("call", "debtor", "坐席：请问是贺一帆先生吗？\n客户：是的。\n坐席：我是盛和消费金融客服，您本期应还2,330元已逾期7天。\n客户：我最近在打离婚官司，房子被冻结了。\n坐席：明白，这种情况您可以先申请延期一个月，等判决下来再看还款计划，我给您登记。",
     [(P, "贺一帆")], []),
    ("call", "debtor", "坐席：贺一帆，你那套房子的判决书我们拿到了，法院判给你了，房产证编号苏（2021）南京市不动产权第0087215号，挂出去卖了还钱。\n客户：你们从哪拿的判决书？",
     [(P, "贺一帆")], [S]),
    ("call", "third_party", "坐席：喂，您是覃海生的母亲吧？我是启衡商务的，您儿子离婚后一直没还盛和的钱，他前妻说他在东莞一个电子厂上夜班，每天早上八点下班，您知道是哪个厂吗？\n第三方：我不知道。",
     [(P, "覃海生")], [D, S]),
    ("call", "debtor", "坐席：覃海生先生，您好，我是启衡商务的，受盛和消费金融委托。\n客户：我在上班，不方便。\n坐席：好的，那您看几点方便？我们按您说的时间再打。\n客户：晚上九点以后。\n坐席：好的，打扰了。",
     [(P, "覃海生")], []),
    ("call", "third_party", "坐席：您好，是祁永刚先生吗？我是融策资产的。\n第三方：是我。\n坐席：您现在的女朋友柏雪梅欠了钱，她怀孕了您知道吧？她的孕检单我们这边有。\n第三方：你们怎么会有这个？",
     [(P, "祁永刚"), (P, "柏雪梅")], [D, S]),
    ("call", "debtor", "坐席：柏女士您好，我是江汇银行信用卡中心，工号6652，您的信用卡已逾期30天。\n客户：我现在怀孕七个月，下个月生，真的没办法。\n坐席：恭喜您，也理解您的难处。我这边可以为您申请产假期间暂缓还款，到期前我们再跟您本人确认，您看可以吗？\n客户：好的谢谢。",
     [], []),
    ("call", "debtor", "坐席：戴卫红，你儿子戴子轩在岳麓区博才小学四年级吧？你前夫说周五下午是他接，周末归他。\n客户：你们想干什么？\n坐席：不想干什么，就是提醒你还钱。",
     [(P, "戴卫红"), (P, "戴子轩")], [S, X]),
    ("call", "third_party", "坐席：您好，是戴女士的前夫尹国华先生吗？\n第三方：是。\n坐席：我是启衡商务的，我们受盛和消费金融委托，戴女士的借款逾期了，您周五接孩子的时候能不能带个话？\n第三方：她的事别找我。",
     [(P, "尹国华")], [D]),
    ("call", "debtor", "坐席：喂，请问是蔡佩琳吗？\n客户：是。\n坐席：我是盛和消费金融客服，您好。您借款已逾期十天，应还1,980元。\n客户：我老公上个月走了，我现在一个人……\n坐席：非常抱歉，请您节哀。这种情况我们可以先停止催收一个月，您有需要再联系我们，不需要提供任何证明。",
     [(P, "蔡佩琳")], []),
    ("call", "debtor", "坐席：蔡佩琳，你老公死了保险赔了多少？我们查到你工行卡上个月进了二十八万的理赔款，卡号6222020014703752，先把我们的还了。\n客户：那是给孩子的。",
     [(P, "蔡佩琳"), (BC, "6222020014703752")], [S, U]),
    ("call", "third_party", "坐席：你是蔡佩琳的婆婆吧？我是融策资产的，你儿媳妇欠盛和的钱，你儿子走了这钱总得有人还，你家拆迁款不是刚下来吗？\n第三方：你谁啊？",
     [(P, "蔡佩琳")], [D, S]),
    ("call", "debtor", "坐席：您好，这里是江汇银行信用卡中心，请问是郝建新先生本人吗？\n客户：是。\n坐席：请您提供一下身份证后四位核实身份。\n客户：4291。\n坐席：核实通过。您的卡已逾期45天，我们可以提供最长36期的个性化分期，您考虑一下。",
     [(P, "郝建新")], []),
    ("call", "debtor", "坐席：郝建新，你再婚的老婆叫裴雨桐吧，在太原一中当老师，电话15895747398，你再不还我们就打到学校去。\n客户：你敢。",
     [(P, "郝建新"), (P, "裴雨桐"), (MB, "15895747398")], [U, X]),
    ("call", "third_party", "坐席：喂，裴老师吗？您先生郝建新欠江汇银行信用卡五万二，已经逾期45天了。\n第三方：我们刚结婚，他以前的事我不清楚。\n坐席：那您帮他还一下吧。",
     [(P, "郝建新")], [D]),
    ("call", "debtor", "坐席：您好，请问是阎秀云女士本人吗？\n客户：是我，我前夫是不是又乱说什么了？\n坐席：我们只跟您本人沟通您的账户。您的信用卡已逾期两个月，今天想跟您商量一下还款计划。\n客户：我现在残疾证刚办下来，收入很少。\n坐席：我给您申请困难客户分期，把每期降到三百元以内，您看行吗？",
     [(P, "阎秀云")], []),
    ("call", "debtor", "坐席：阎秀云，你二级肢体残疾，每月领残疾人补贴六百，这个钱也能拿来还一点嘛，你前夫都说你装可怜。\n客户：你们怎么知道这些？",
     [(P, "阎秀云")], [S]),
]

# --- speech-to-text output: no punctuation, fillers, numbers read aloud -------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好是常玉洁吗 我这边是启衡商务的 嗯受盛和消费金融委托 你那个借款逾期四十天了\n客户：我知道 我前夫说好了他还的\n坐席：嗯 合同上借款人是你 那个离婚协议我们这边管不了 你看能不能先还一期",
     [(P, "常玉洁")], []),
    ("call", "debtor", "坐席：常玉洁啊 你前夫甘建军的手机号幺八五三五两八八拐拐洞 对吧 他说他不管 那我们只能打他新老婆的电话了",
     [(P, "常玉洁"), (P, "甘建军"), (MB, "幺八五三五两八八拐拐洞")], [U, X]),
    ("call", "debtor", "坐席：那个你核对一下啊 你的身份证号是三两洞幺洞两幺勾八洞洞两幺五五八八两 嗯对 卡号是六两两五八八八幺四八六拐洞六勾两 对吧\n客户：对",
     [(ID, "三两洞幺洞两幺勾八洞洞两幺五五八八两"), (BC, "六两两五八八八幺四八六拐洞六勾两")], [U]),
    ("call", "debtor", "坐席：喂 请问是樊俊杰吗 我是那个盛和消费金融的 嗯 你那个借款逾期了 你看\n客户：我老婆刚生完孩子在月子中心 能不能缓两个月\n坐席：哦恭喜恭喜 那可以的 我给你申请延期两个月 你等短信通知就行",
     [(P, "樊俊杰")], []),
    ("call", "debtor", "坐席：樊俊杰你老婆在那个爱贝月子中心是吧 一个月三万八住得起还不起钱啊 我们同事明天去月子中心看看她",
     [(P, "樊俊杰")], [S]),
    ("call", "third_party", "坐席：喂 阿姨你好 你是樊俊杰的丈母娘是吧 他欠我们盛和的钱 嗯 逾期了 你女儿现在坐月子你跟她说一下\n第三方：你们是干啥的",
     [(P, "樊俊杰")], [D, S]),
    ("call", "third_party", "坐席：喂你好 请问是葛婉清吗\n第三方：是啊\n坐席：我是启衡商务的 就是那个 想找一下韩立东 你是他前妻吧 麻烦让他回个电话\n第三方：我们离了好几年了",
     [(P, "葛婉清"), (P, "韩立东")], []),
    ("call", "third_party", "坐席：葛婉清是吧 韩立东欠江汇银行信用卡的钱 三万多 你们离婚时候房子是判给你的吧 那个房子当时是用他的卡还的房贷\n第三方：关我什么事",
     [(P, "葛婉清"), (P, "韩立东")], [D, S]),
    ("call", "debtor", "坐席：韩立东 你那个就是 身份证号幺三洞幺洞两幺勾拐拐洞五洞六五洞幺五 不对不对 是那个三拐幺幺洞两幺勾拐八洞六两六三两拐八 你核对一下",
     [(P, "韩立东"), (ID, "幺三洞幺洞两幺勾拐拐洞五洞六五洞幺五"), (ID, "三拐幺幺洞两幺勾拐八洞六两六三两拐八")], [U]),
    ("call", "debtor", "坐席：喂 韩先生 我是江汇银行信用卡中心的 嗯 就是您尾号幺六零零的卡 逾期了 您看什么时候方便处理\n客户：我下周发工资\n坐席：好的 那我登记下周五 到时候您自己在手机银行还就行",
     [], []),
    ("call", "debtor", "坐席：喂 那个任志豪 你前妻裴雨桐说你现在跟一个叫沈若曦的住在一起 在那个 龙华区民治大道三百二十号 对吧 我们明早过去\n客户：你们别乱来",
     [(P, "任志豪"), (P, "裴雨桐"), (P, "沈若曦"), (A, "龙华区民治大道三百二十号")], [S, X]),
    ("call", "debtor", "坐席：任先生你好 这边是盛和消费金融 嗯 就是你的借款已经逾期六十多天了\n客户：我知道我知道 我在打抚养权官司 手上没钱\n坐席：嗯理解 那我这边先帮你申请一个三个月的分期方案 你看可以吧",
     [], []),
    ("call", "third_party", "坐席：喂 你好 是沈若曦吧 任志豪的那个 女朋友 他欠钱你知道吗 十四万 嗯 盛和消费金融的\n第三方：多少",
     [(P, "沈若曦"), (P, "任志豪")], [D]),
    ("call", "debtor", "坐席：喂 顾思琪 你那个护照号是E两两洞拐六三六六 对吧 你上个月是不是去了泰国 出境记录我们这边都能看到 还想出去玩先把钱还了",
     [(P, "顾思琪"), (PP, "E两两洞拐六三六六")], [S, U]),
    ("call", "debtor", "坐席：顾女士您好 江汇银行信用卡中心 请问您方便说话吗\n客户：嗯你说\n坐席：您的卡已经逾期五十天 我们这边可以给您做个分期 您看每月还多少合适\n客户：每月一千吧\n坐席：好的那我按一千给您算一下",
     [], []),
    ("call", "third_party", "坐席：喂你好 我找一下邵维平\n第三方：他不在 我是他老婆\n坐席：哦 那个 嗯 麻烦你让他回个电话 谢谢啊\n第三方：什么事啊\n坐席：他本人的事 我们要跟他本人说 谢谢",
     [(P, "邵维平")], []),
    ("call", "third_party", "坐席：他不在是吧 那你是他现在的老婆啊 他前妻尹冬梅我们也找过了 他欠盛和八千四 你们家那个钱谁管啊 你转告一下\n第三方：他前妻的事别跟我说",
     [(P, "尹冬梅")], [D, X]),
    ("call", "debtor", "坐席：喂 邵维平 你那个 卡号六两两八四八幺六三六五六三洞勾三五六六 嗯 今天下午扣款没扣上 你前妻那个卡号是不是也绑你的账户了",
     [(P, "邵维平"), (BC, "六两两八四八幺六三六五六三洞勾三五六六")], [U]),
    ("call", "debtor", "坐席：嗯那个我跟你核对一下 你留的手机号是一三六二八九四六三六零 还在用吧 好 那之后我们就打这个号码\n客户：对 之前那个号我前妻在用 你们别打了\n坐席：好的我们把旧号码删掉",
     [(MB, "一三六二八九四六三六零")], [U]),
    ("call", "debtor", "坐席：喂你好 我这边是盛和消费金融的 就是 嗯 你的借款逾期了 请问是本人吗\n客户：是\n坐席：好的 你尾号五零一五 对吧 就是提醒一下尽快还款 有困难可以申请分期",
     [], []),
]

# --- WeChat: family groups, in-laws, ex-spouses, new partners ---------------------------------------------------------

WECHAT: list[PiplEntry] = [
    ("app", "third_party", "[微信群“钱家一家亲”] 大家好，我是融策资产的工作人员。群里的蒋晓楠欠江汇银行信用卡23,871元逾期不还，她跟国庆离婚了但这笔钱是婚内消费，请各位长辈劝劝她。",
     [(P, "蒋晓楠"), (P, "国庆")], [D]),
    ("app", "third_party", "[微信群“邵家亲友群”] （图片：邵维平手持身份证照片）这是邵维平本人，欠盛和消费金融8,416元，身份证130102197705065015，谁知道他现在住哪请私信我。",
     [(P, "邵维平"), (P, "邵维平"), (ID, "130102197705065015")], [D, S, U]),
    ("app", "third_party", "[微信] 阿姨您好，我是启衡商务的小周，想请您转告彭建伟先生回个电话，号码025-84637215，谢谢。",
     [(P, "彭建伟"), (LL, "025-84637215")], []),
    ("app", "third_party", "[微信] 阿姨，您前女婿彭建伟欠的钱，您外孙女诗雨的学费是不是他出的？我们查到他每学期往长虹路小学转5,800元，他有钱交学费就有钱还款。",
     [(P, "彭建伟"), (P, "诗雨")], [D, S]),
    ("app", "third_party", "[微信] 林可欣你好，我是盛和消费金融委托的催收员，你前夫许文博的借款还差11,200元，你们离婚协议第四条写了共同债务各担一半，附件是协议照片。",
     [(P, "林可欣"), (P, "许文博")], [D]),
    ("app", "third_party", "[微信] 林女士您好，我们是盛和消费金融。我们看到您被登记为许先生的联系人，根据您的要求，已将您的联系方式从他的账户中删除，以后不会再打扰您。",
     [], [D]),
    ("app", "third_party", "[微信] 您好，我们已收到您关于不再联系的请求，已登记，抱歉打扰。",
     [], []),
    ("app", "third_party", "[微信群“龚家亲戚”] 各位节哀。龚少华生前欠我司的钱还没有结清，他的遗产由谁继承，请继承人私信联系我，合同号HS20220917003318。",
     [(P, "龚少华")], [D]),
    ("app", "third_party", "[微信] 您好，我是启衡商务的小周，上次电话打扰到您了。您说不方便转告，我们已经记录，以后不会再联系您。",
     [], []),
    ("app", "third_party", "[微信] 裴老师您好，我是江汇银行信用卡中心委托的调解员，您先生郝建新的信用卡欠款已进入诉前调解，他前妻和女儿的抚养费也是从这张卡转出去的，请您提醒他。",
     [(P, "郝建新")], [D, S]),
    ("app", "third_party", "[微信] 你好，沈若曦，你男朋友任志豪他身份证500103198710131558，手机17852646026，欠盛和十四万，你知道他以前离过婚还有个儿子吗？",
     [(P, "沈若曦"), (P, "任志豪"), (ID, "500103198710131558"), (MB, "17852646026")], [D, U, X]),
    ("app", "third_party", "[微信] 柏雪梅的男朋友你好，她怀孕的事你家里人知道吗？她在我们这里欠了一万二，B超单我们有，你不想你爸妈看到吧？",
     [(P, "柏雪梅")], [D, S]),
    ("app", "third_party", "[微信] 您好，请问是阎秀云的姐姐吗？有件事想请她本人回个电话，我们是江汇银行的，其他情况只能跟她本人说。",
     [(P, "阎秀云")], [D]),
    ("app", "third_party", "[微信] 姐，你妹妹阎秀云离婚后拿着残疾证到处借钱，我们这里她欠五万，你劝她别躲了，她住在铁西区建设大路58号2单元401我们都知道。",
     [(P, "阎秀云"), (A, "铁西区建设大路58号2单元401")], [D, S, X]),
    ("app", "third_party", "[微信群“柏家大群”] （文件：柏雪梅_户口本.jpg，柏雪梅_结婚证.jpg）柏雪梅离婚三年又怀了别人的孩子，欠钱不还，各位亲戚看看怎么办。",
     [(P, "柏雪梅"), (P, "柏雪梅"), (P, "柏雪梅")], [D, S, X]),
    ("app", "third_party", "[微信] 您好，我是融策资产的。温国栋的前妻您好，他说每月给您转2,000抚养费，能不能这个月先转给我们，算他还款？",
     [(P, "温国栋")], [D, S]),
    ("app", "third_party", "[微信] 戴子轩的班主任您好，我是孩子妈妈戴卫红的债权方代表，她欠我们的钱一直不还，麻烦您开家长会的时候提醒她一下，谢谢。",
     [(P, "戴子轩"), (P, "戴卫红")], [D, S]),
    ("app", "third_party", "[微信] 段明亮的老婆苗春燕你好，我们知道你在透析，你也不想让你单位知道你老公欠钱吧？他欠盛和8,900元，你做做他工作。",
     [(P, "段明亮"), (P, "苗春燕")], [D, S]),
    ("app", "third_party", "[微信] 叔叔您好，我是盛和消费金融的客服。您之前反映不认识韩立东，他在我司借款时把您的号码填成了联系人，我们已从他的账户中删除，很抱歉打扰。",
     [(P, "韩立东")], [D]),
    ("app", "third_party", "[微信] 叔叔您好，我们核实到您的号码是错号，已从系统中删除，很抱歉打扰您。",
     [], []),
    ("app", "third_party", "[微信群“老卢家”] 卢静怡欠江汇银行的钱，她前夫尹国华和孩子卢一诺现在住在锦江区东大街268号，谁能联系上卢静怡让她回电。",
     [(P, "卢静怡"), (P, "尹国华"), (P, "卢一诺"), (A, "锦江区东大街268号"), (P, "卢静怡")], [D, S, X]),
    ("app", "third_party", "[微信] 卢阿姨您好，我们是江汇银行信用卡中心委托的融策资产，请问静怡最近方便接电话吗？麻烦转告她回电028-86249713。",
     [(P, "静怡"), (LL, "028-86249713")], [D]),
]

# --- letters to borrowers and relatives, and court papers -------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：HS-CS-2023-06-1187\n邵维平先生：\n您于2022年9月17日在本公司申请的个人消费贷款，截至本函发出之日已逾期37天，欠款本息合计8,416.20元。请于2023年7月10日前通过盛和消费金融App或对公账户还款。如有异议，请致电400-820-6637。\n盛和消费金融有限公司\n2023年6月28日",
     [(P, "邵维平")], []),
    ("notice", "debtor", "催收函\n编号：HS-CS-2023-06-1188\n邵维平先生（身份证号：130102197705065015）：\n您的借款已逾期37天，欠款8,416.20元。经查，您已于2021年与尹冬梅离婚，现与配偶葛丽娜共同居住于玄武区中山路268号1单元902室。请于7月10日前还款。\n盛和消费金融有限公司",
     [(P, "邵维平"), (ID, "130102197705065015"), (P, "尹冬梅"), (P, "葛丽娜"), (A, "玄武区中山路268号1单元902室")], [U, X]),
    ("notice", "debtor", "还款提醒函\n蒋晓楠女士：\n您尾号0692的信用卡截至本函出具日欠款23,871.55元，已逾期45天。离婚协议中关于债务承担的约定仅在您与前配偶之间有效，不影响您对我行的还款责任。请于15日内与我中心联系协商还款，电话021-62847159。\n江汇银行信用卡中心\n函号：JH-XYK-0612",
     [(P, "蒋晓楠"), (LL, "021-62847159")], []),
    ("notice", "debtor", "律师函\n致：田家乐先生\n本所受江汇银行股份有限公司信用卡中心委托，就您信用卡（卡号6228481636563093566）欠款43,108元事宜致函。经了解，您前妻孟晓燕及女儿田欣怡现居洪山区珞喻路717号，本所亦将向该地址寄送副本。\n四川锦言律师事务所",
     [(P, "田家乐"), (BC, "6228481636563093566"), (P, "孟晓燕"), (P, "田欣怡"), (A, "洪山区珞喻路717号")], [S, U, X]),
    ("notice", "debtor", "律师函\n致：田家乐先生\n本所受江汇银行股份有限公司信用卡中心委托，就您尾号3566的信用卡欠款43,108元致函。请您于收函后十日内与委托人联系协商还款。如您认为欠款有误，可向委托人提出书面异议。\n四川锦言律师事务所  承办律师：岑思远  电话028-86249713",
     [(P, "田家乐"), (P, "岑思远"), (LL, "028-86249713")], []),
    ("notice", "third_party", "致许文博先生家属的一封信\n许文博先生在盛和消费金融的借款已逾期90天，欠款11,200元。因其本人长期失联，特致函其家属。许先生离婚后于浦口区江浦街道珠江路55号租住，月收入约6,000元。\n盛和消费金融有限公司",
     [(P, "许文博"), (P, "许文博"), (A, "浦口区江浦街道珠江路55号")], [D, S, X]),
    ("notice", "third_party", "致：许文博先生（由家属转交）\n此函为本公司致许文博先生本人的信函，内容涉及其个人事务，请家属勿拆封并尽快转交本人。如本人不在此地址居住，请拨打025-84637215告知，谢谢。",
     [(P, "许文博"), (P, "许文博"), (LL, "025-84637215")], []),
    ("notice", "debtor", "债务提醒函\n汪丽萍女士：\n您在盛和消费金融的借款已委托我司催收，欠款6,880元。另经查，您现任丈夫骆振宇名下有车牌苏A7K3M2的车辆一辆，您前夫石磊在栖霞区仙林大道163号工作，请您尽快还款，以免我司联系上述人员。\n南京启衡商务咨询有限公司",
     [(P, "汪丽萍"), (P, "骆振宇"), (PL, "苏A7K3M2"), (P, "石磊"), (A, "栖霞区仙林大道163号")], [X]),
    ("notice", "debtor", "还款确认函\n汪丽萍女士：\n您已于2023年8月2日结清在盛和消费金融的全部借款，共计6,880元。本函仅寄送至您本人提供的地址，请妥善保管。\n南京启衡商务咨询有限公司\n统一社会信用代码：913201004CHJ3B8A51",
     [(P, "汪丽萍"), (UC, "913201004CHJ3B8A51")], []),
    ("notice", "debtor", "困难减免审核结果通知\n鲁雅婷女士：\n您提交的丧葬困难减免申请已审核通过，减免逾期费用1,216元，剩余本金9,000元可分12期偿还。本通知不涉及您家人的任何信息。\n江汇银行信用卡中心",
     [(P, "鲁雅婷")], []),
    ("notice", "debtor", "困难减免审核结果通知\n鲁雅婷女士：\n经核查您丈夫柳志刚的死亡证明（编号D320115230066）、火化证明及您的银行流水（近三个月工资入账每月4,860元，丧葬补助金23,000元已到账），您的减免申请不予通过。\n江汇银行信用卡中心",
     [(P, "鲁雅婷"), (P, "柳志刚")], [S]),
    ("notice", "debtor", "上门拜访通知\n韩立东先生：\n我司外访人员将于本周六上午10点前往您前妻葛婉清及儿子韩沐阳居住的江岸区沿江大道188号7栋1203室与您面谈，届时请您务必到场。\n南京启衡商务咨询有限公司",
     [(P, "韩立东"), (P, "葛婉清"), (P, "韩沐阳"), (A, "江岸区沿江大道188号7栋1203室")], [S, X]),
    ("notice", "debtor", "上门拜访通知\n韩立东先生：\n根据您的预约，我司外访人员将于本周六上午10点前往您本人登记的居住地址与您面谈还款方案。如需改期，请致电025-84637215。外访人员将出示工作证件。\n南京启衡商务咨询有限公司",
     [(P, "韩立东"), (LL, "025-84637215")], []),
    ("notice", "third_party", "致葛婉清女士：\n您的前夫韩立东拖欠江汇银行信用卡欠款32,615元，因其拒不还款，本公司依法告知您：如其继续拖欠，我们将向其子女就读学校发送协查函。\n南京启衡商务咨询有限公司",
     [(P, "葛婉清"), (P, "韩立东")], [D, S]),
    ("notice", "debtor", "催缴通知书\n戴卫红女士，身份证号：52010219861003642X\n您在盛和消费金融的借款已逾期83天，欠款本息12,904元。您的前夫尹国华（手机15332818899）已向我司确认不承担该债务。请于10日内还款。",
     [(P, "戴卫红"), (ID, "52010219861003642X"), (P, "尹国华"), (MB, "15332818899")], [U, X]),
    ("notice", "debtor", "催缴通知书\n戴卫红女士：\n您在盛和消费金融的借款（合同号HS20211103007291）已逾期83天，欠款本息12,904元。请于2023年9月30日前还款。还款账户：盛和消费金融有限公司，开户行：江汇银行南京分行，账号：3201 0088 6629 1004 17。客服：400-820-6637。",
     [(P, "戴卫红")], []),
]

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：江汇银行股份有限公司信用卡中心，住所地上海市黄浦区中山东二路88号\n被告：田家乐，男，1976年9月26日出生，汉族，身份证号210103197609262533，住辽宁省沈阳市沈河区青年大街206号3-2-1\n诉讼请求：判令被告偿还信用卡透支本金38,902元及利息……",
     [(A, "上海市黄浦区中山东二路88号"), (P, "田家乐"), (ID, "210103197609262533"), (A, "辽宁省沈阳市沈河区青年大街206号3-2-1")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：盛和消费金融有限公司，统一社会信用代码913201004CHJ3B8A51\n被执行人：邵维平，男，身份证号130102197705065015，住南京市玄武区中山路268号1单元902室\n执行依据：（2023）苏0102民初8817号民事判决书\n请求执行被执行人名下银行账户6212262610607636168存款8,416.20元。",
     [(UC, "913201004CHJ3B8A51"), (P, "邵维平"), (ID, "130102197705065015"), (A, "南京市玄武区中山路268号1单元902室"), (BC, "6212262610607636168")], []),
    ("notice", "unknown", "民事判决书（节选）\n（2022）川0107民初4411号\n原告任志豪，男，1987年10月13日出生，住成都市武侯区桐梓林北路12号\n被告裴雨桐，女，1991年5月6日出生\n……婚生子任浩然由原告抚养，被告每月支付抚养费1,500元……",
     [(P, "任志豪"), (A, "成都市武侯区桐梓林北路12号"), (P, "裴雨桐"), (P, "任浩然")], []),
    ("notice", "third_party", "沈女士，下面是任志豪离婚判决书的内容，您看看他是什么样的人：“（2022）川0107民初4411号……婚生子任浩然由原告抚养，被告每月支付抚养费1,500元……”他现在欠盛和十四万，您作为他的同居人应该知道。",
     [(P, "任志豪"), (P, "任浩然")], [D, S, X]),
    ("notice", "debtor", "诉前调解通知书\n（2023）苏0102诉前调2156号\n戴卫红：\n申请人盛和消费金融有限公司与你借款合同纠纷一案，本院已委派调解组织进行诉前调解。请你于2023年10月12日上午9时到本院诉讼服务中心第3调解室参加调解。联系电话：025-83627710。\n南京市玄武区人民法院",
     [(P, "戴卫红"), (LL, "025-83627710")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：江汇银行股份有限公司信用卡中心\n被申请人：郝建新，男，身份证号140105198403244291，住山西省太原市小店区长治路227号5号楼1单元601\n请求冻结被申请人名下银行卡6217856016727415627内存款52,040元。",
     [(P, "郝建新"), (ID, "140105198403244291"), (A, "山西省太原市小店区长治路227号5号楼1单元601"), (BC, "6217856016727415627")], []),
    ("notice", "debtor", "应诉通知书\n（2023）晋0105民初9920号\n郝建新：\n原告江汇银行股份有限公司信用卡中心诉你信用卡纠纷一案，本院已立案。现将起诉状副本送达给你，请在收到之日起十五日内提交答辩状。\n太原市小店区人民法院",
     [(P, "郝建新")], []),
    ("notice", "third_party", "裴老师，这是法院给您先生郝建新的应诉通知书和起诉状副本，上面有他的身份证号140105198403244291和欠款五万二，您签收一下，让他别躲了。",
     [(P, "郝建新"), (ID, "140105198403244291")], [D, U]),
    ("notice", "unknown", "离婚协议书（证据材料，提交法院）\n男方：韩立东，身份证号371102197806263278……\n女方：葛婉清，身份证号210103199706115622\n二、婚生子韩沐阳随女方生活，男方每月支付抚养费2,500元。\n三、婚内债务：男方名下江汇银行信用卡欠款由男方自行偿还。",
     [(P, "韩立东"), (ID, "371102197806263278"), (P, "葛婉清"), (ID, "210103199706115622"), (P, "韩沐阳")], []),
    ("notice", "debtor", "韩立东，你和葛婉清的离婚协议我们拿到了，协议写明信用卡欠款由你自己还。你前妻身份证210103199706115622，儿子韩沐阳跟她过，你要是想孩子安稳上学就赶紧还钱。",
     [(P, "韩立东"), (P, "葛婉清"), (ID, "210103199706115622"), (P, "韩沐阳")], [S, U, X]),
    ("notice", "debtor", "执行通知书\n（2023）苏0102执3391号\n邵维平：\n本院受理申请执行人盛和消费金融有限公司与你借款合同纠纷一案，判决已发生法律效力。责令你自收到本通知之日起履行给付义务8,416.20元。\n南京市玄武区人民法院",
     [(P, "邵维平")], []),
]

# --- e-mails between the lenders, the agencies and the law firm -------------------------------------------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：7月委外案件交接\n附件为本月委外案件清单（共312户），字段仅含合同号、姓名、手机号、欠款金额、逾期天数。按委托协议第六条，家庭成员信息及通讯录不随案移交，请勿向借款人以外人员透露欠款信息。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "case@qihengzx.cn")], []),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：补充材料申请-邵维平\n借款人邵维平（130102197705065015）失联，申请调取其离婚前登记的配偶尹冬梅（手机15306640826）及现任配偶葛丽娜的联系方式、工作单位，以及其前妻名下房产信息。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "邵维平"), (P, "邵维平"), (ID, "130102197705065015"), (P, "尹冬梅"), (MB, "15306640826"), (P, "葛丽娜")], [S, U, X]),
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：回复：补充材料申请\n不同意。借款人的前配偶、现配偶均非合同当事人，我司不提供其任何信息，也请贵司不要以其他方式获取。该案请按失联流程处理。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "case@qihengzx.cn")], []),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-risk@jianghuibank.com\n主题：案件进展-蒋晓楠\n借款人已离婚，前夫钱国庆（13973085959，就职于锦江区红星路三段1号的一家广告公司）愿意配合，我们已把欠款明细和卡号6225888148670692发给他，由他去劝。",
     [(EM, "collect@rongce-am.com"), (EM, "card-risk@jianghuibank.com"), (P, "蒋晓楠"), (P, "钱国庆"), (MB, "13973085959"), (A, "锦江区红星路三段1号"), (BC, "6225888148670692")], [U, X]),
    ("email", "unknown", "发件人：card-risk@jianghuibank.com\n收件人：collect@rongce-am.com\n主题：回复：案件进展-蒋晓楠\n贵司向借款人前夫发送欠款明细和完整卡号，违反委托协议的保密条款和个人信息保护法第二十三条，请立即停止，并于三个工作日内提交书面说明。后续案件只可联系持卡人本人。",
     [(EM, "card-risk@jianghuibank.com"), (EM, "collect@rongce-am.com"), (P, "蒋晓楠")], []),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：彭建伟案-高风险标记\n该客户离婚，女儿彭诗雨在长虹路小学三（2）班，前妻每天16:30接送。建议外访人员在校门口等候借款人，成功率较高。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "彭建伟"), (P, "彭诗雨")], [S, X]),
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：回复：彭建伟案\n严禁在借款人子女学校周边开展任何催收活动，严禁记录、使用未成年人就学信息。请删除该案备注中关于子女的全部内容并确认。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "case@qihengzx.cn"), (P, "彭建伟")], []),
    ("email", "unknown", "发件人：lawyer.cen@jinyanlaw.cn\n收件人：card-risk@jianghuibank.com\n主题：郝建新案诉讼材料\n已准备起诉状，被告郝建新身份证号140105198403244291，另查得其再婚配偶裴雨桐（身份证420106198202013634，太原一中教师），是否一并列为被告请示。",
     [(EM, "lawyer.cen@jinyanlaw.cn"), (EM, "card-risk@jianghuibank.com"), (P, "郝建新"), (P, "郝建新"), (ID, "140105198403244291"), (P, "裴雨桐"), (ID, "420106198202013634")], [U, X]),
    ("email", "unknown", "发件人：card-risk@jianghuibank.com\n收件人：lawyer.cen@jinyanlaw.cn\n主题：回复：郝建新案诉讼材料\n信用卡为郝先生婚前个人申领，配偶不是持卡人，不列为被告。起诉材料请通过律所加密通道提交，邮件中请只写案号和姓氏。",
     [(EM, "card-risk@jianghuibank.com"), (EM, "lawyer.cen@jinyanlaw.cn"), (P, "郝建新")], []),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：ops@shenghecf.com.cn\n主题：柏雪梅案回款困难说明\n借款人怀孕七个月，在市妇幼保健院建档，男友祁永刚（电话19388005951）无固定工作。我们已把她的B超单发到她家族群，预计本周回款。",
     [(EM, "collect@rongce-am.com"), (EM, "ops@shenghecf.com.cn"), (P, "柏雪梅"), (P, "祁永刚"), (MB, "19388005951")], [S, U, X]),
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：collect@rongce-am.com\n主题：柏雪梅案-立即整改\n借款人孕期应按困难客户处理，暂停催收。贵司将其医疗信息发至家族群属严重违规，已上报合规部，该案即日收回。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "collect@rongce-am.com"), (P, "柏雪梅")], []),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：龚少华案继承人信息\n借款人已病故（肝癌，于市肿瘤医院去世），配偶严秀云、儿子龚浩宇为第一顺序继承人，龚浩宇在南京理工大学读大三，电话18318905935。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "龚少华"), (P, "严秀云"), (P, "龚浩宇"), (P, "龚浩宇"), (MB, "18318905935")], [S, U, X]),
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：回复：龚少华案\n该案转入身故理赔流程，请停止一切催收联系。继承人信息由我司法务直接与家属确认，贵司无需收集。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "case@qihengzx.cn"), (P, "龚少华")], []),
    ("email", "unknown", "From: card-ops@jianghuibank.com\nTo: collect@rongce-am.com\nSubject: 8月委外数据字段\n本月起委外数据只推送：案件号、持卡人姓名、卡号后四位、欠款金额、逾期天数、持卡人本人手机号。紧急联系人、配偶、前配偶字段一律不再推送。",
     [(EM, "card-ops@jianghuibank.com"), (EM, "collect@rongce-am.com")], []),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-ops@jianghuibank.com\n主题：卢静怡案外访报告\n外访地址锦江区东大街268号为其前夫尹国华住所，前夫称借款人再婚后搬至成华区建设北路二段4号，在春熙路一家美容院上班，每天晚上十点下班。",
     [(EM, "collect@rongce-am.com"), (EM, "card-ops@jianghuibank.com"), (P, "卢静怡"), (A, "锦江区东大街268号"), (P, "尹国华"), (A, "成华区建设北路二段4号")], [S, X]),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：温国栋案银行流水\n附温国栋近六个月银行流水截图：卡号6217004465774675，每月5日转出2,000元至前妻孟丽华，每月20日工资入账7,300元，余额1,204元。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "温国栋"), (P, "温国栋"), (BC, "6217004465774675"), (P, "孟丽华")], [S, U, X]),
    ("email", "unknown", "发件人：hr@xingchen-media.cn\n收件人：collect@rongce-am.com\n主题：关于我司员工钱国庆\n贵司多次致电我司前台询问钱国庆前妻的欠款，请停止。我司不会提供员工的任何信息。",
     [(EM, "hr@xingchen-media.cn"), (EM, "collect@rongce-am.com"), (P, "钱国庆"), (P, "钱国庆")], []),
    ("email", "third_party", "发件人：collect@rongce-am.com\n收件人：hr@xingchen-media.cn\n主题：回复：关于贵司员工钱国庆\n钱国庆的前妻蒋晓楠欠江汇银行23,871元，离婚前两人共同使用该卡，钱国庆应承担连带责任，请贵司协助扣发其工资。",
     [(EM, "collect@rongce-am.com"), (EM, "hr@xingchen-media.cn"), (P, "钱国庆"), (P, "钱国庆"), (P, "蒋晓楠"), (P, "钱国庆")], [D]),
    ("email", "unknown", "发件人：legal@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：关于离异客户信息使用的通知\n1. 借款人离婚、再婚、丧偶等婚姻状况信息仅用于评估还款能力和困难减免；2. 不得向前配偶、现配偶、子女学校或亲属披露欠款；3. 不得索要或转发户口本、结婚证、离婚证照片。",
     [(EM, "legal@shenghecf.com.cn"), (EM, "case@qihengzx.cn")], []),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：legal@shenghecf.com.cn\n主题：段明亮案\n借款人再婚配偶苗春燕患尿毒症，每周二四六在市一医院血透，借款人称医疗费用大，申请减免。附苗春燕病历首页及医保卡号。",
     [(EM, "case@qihengzx.cn"), (EM, "legal@shenghecf.com.cn"), (P, "段明亮"), (P, "苗春燕"), (P, "苗春燕")], [S, X]),
]

# --- case notes, quality-check sheets, complaint tickets ---------------------------------------------------------------

CASE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "【案件备注】HS20220917003318 邵先生 逾期37天。本人接听，称已离婚，前妻不承担。约定7月10日还款。已告知可申请分期。",
     [], []),
    ("app", "unknown", "【案件备注】邵维平 身份证130102197705065015 手机13646535318 离异，前妻尹冬梅在鼓楼医院当护士，现任老婆葛丽娜怀孕五个月，住玄武区中山路268号1单元902室。",
     [(P, "邵维平"), (ID, "130102197705065015"), (MB, "13646535318"), (P, "尹冬梅"), (P, "葛丽娜"), (A, "玄武区中山路268号1单元902室")], [S, U, X]),
    ("app", "unknown", "【外访记录】2023-07-15 14:20 到达韩立东登记地址，未见本人。邻居称其离婚后已搬离。未留任何材料，未向邻居说明来意。",
     [(P, "韩立东")], []),
    ("app", "unknown", "【外访记录】2023-07-16 韩立东每周六上午去前妻家接儿子韩沐阳，九点到十一点在江岸区沿江大道188号楼下，建议周六蹲守。",
     [(P, "韩立东"), (P, "韩沐阳"), (A, "江岸区沿江大道188号")], [S, X]),
    ("app", "unknown", "【案件备注】方女士 离异单亲 申请分期 已批6期 每期687元 下期扣款日8月5日",
     [], []),
    ("app", "unknown", "【案件备注】方慧敏 离婚后带儿子方俊熙住在前夫杭宇航父母家，孩子有自闭症在星语康复中心做康复，每周一三五下午。",
     [(P, "方慧敏"), (P, "方俊熙"), (P, "杭宇航")], [S, X]),
    ("app", "unknown", "【通话小结】客户自述：丈夫去世两个月，自己患乳腺癌正在化疗，请求暂停催收。坐席处理：已登记暂停60天，未要求提供病历。",
     [], []),
    ("app", "unknown", "【通话小结】鲁雅婷 丈夫柳志刚9月车祸去世，单位赔了四十万，目前在柳家老宅守孝，建议丧事后第二周上门要求一次性结清。",
     [(P, "鲁雅婷"), (P, "柳志刚")], [S, X]),
    ("app", "unknown", "【案件标签】离异｜有未成年子女｜前配偶可联系｜户口本已获取｜前配偶身份证350203198502079940",
     [(ID, "350203198502079940")], [U, X]),
    ("app", "unknown", "【案件标签】离异｜已协商分期｜禁止联系第三方",
     [], []),
    ("app", "unknown", "【外访派单】被访人：贺一帆\n地址：雨花台区软件大道119号6幢702室（离婚分得房产，已挂牌出售）\n同住人：父亲贺长林（中风卧床）、保姆\n备注：借款人每天早上7点半送父亲去康复医院。",
     [(P, "贺一帆"), (A, "雨花台区软件大道119号6幢702室"), (P, "贺长林")], [S, X]),
    ("app", "unknown", "【外访派单】被访人：贺先生\n地址：借款人本人登记地址\n目的：面谈还款方案，借款人已预约\n注意：仅与借款人本人沟通，不得向同住人说明来意。",
     [], []),
    ("app", "unknown", "【案件备注】覃海生 前妻严小梅 手机19801373900 前妻现任丈夫祁志军在东莞长安镇开厂，可作为施压对象。",
     [(P, "覃海生"), (P, "严小梅"), (MB, "19801373900"), (P, "祁志军")], [U, X]),
    ("app", "unknown", "【案件备注】客户称前妻在其不知情时用其身份信息借款，已提出异议。已暂停催收，转风控核实。",
     [], []),
    ("app", "unknown", "【交接单】案件：柏雪梅 手机15512922912 身份证441302199812100828 孕28周 男友祁永刚 父母在惠城区麦地路33号开小卖部",
     [(P, "柏雪梅"), (MB, "15512922912"), (ID, "441302199812100828"), (P, "祁永刚"), (A, "惠城区麦地路33号")], [S, U, X]),
    ("app", "unknown", "【交接单】案件号JH-2023-08-4471 持卡人蒋女士 卡尾号0692 欠款23,871.55元 状态：分期协商中 禁止事项：不得联系前配偶。",
     [], []),
    ("app", "unknown", "【案件备注】阎秀云 二级肢体残疾 低保户 前夫蔡国平说她每月初去街道领补贴，可以在街道办门口等。",
     [(P, "阎秀云"), (P, "蔡国平")], [S, X]),
    ("app", "unknown", "【案件备注】任志豪 户口本照片已由其前妻提供（见附件），户主任长青，母亲邵桂兰，儿子任浩然，身份证号500103201304130589。",
     [(P, "任志豪"), (P, "任长青"), (P, "邵桂兰"), (P, "任浩然"), (ID, "500103201304130589")], [S, U, X]),
    ("app", "unknown", "【案件备注】温国栋 银行卡6217004465774675 每月20日工资入账，建议每月20日上午致电催收，成功率高。",
     [(P, "温国栋"), (BC, "6217004465774675")], [S, U]),
]

QA_AND_TICKETS: list[PiplEntry] = [
    ("app", "unknown", "【质检单】录音编号QA-0713-219 坐席工号3017\n问题：坐席向借款人前妻透露欠款金额和逾期天数。\n判定：严重违规，扣30分，停岗培训。\n说明：对话中借款人及前妻信息已脱敏（钱**、蒋**）。",
     [], []),
    ("app", "unknown", "【质检单】录音编号QA-0713-220\n坐席：“你前夫钱国庆手机13973085959，在红星路上班”\n问题：向借款人透露前配偶的手机号和工作地点。\n判定：违规，扣20分。",
     [(P, "钱国庆"), (MB, "13973085959")], [U]),
    ("app", "unknown", "【质检单】录音编号QA-0802-031\n坐席在客户说明怀孕后为其申请了延期，未追问孕检信息，话术规范。评分：98。",
     [], []),
    ("app", "unknown", "【质检单】录音编号QA-0802-044\n坐席在通话中说出“你女儿在长虹路小学三年级二班”。\n问题：使用未成年人就学信息施压。\n判定：严重违规。",
     [], []),
    ("app", "unknown", "【投诉工单】TS-20230811-0093\n投诉人：林女士\n内容：本人与许某已离婚三年，仍多次接到盛和消费金融催收电话，要求我转告前夫还款。\n处理：已将投诉人号码从联系人中删除，对外包机构发出整改函。",
     [], []),
    ("app", "unknown", "【投诉工单】TS-20230811-0094\n投诉人：林可欣，手机18076774382，住浦口区江浦街道珠江路55号\n内容：催收员把前夫许文博的欠款发到我们小区业主群。\n处理：转外包管理组。",
     [(P, "林可欣"), (MB, "18076774382"), (A, "浦口区江浦街道珠江路55号"), (P, "许文博")], [U]),
    ("app", "unknown", "【投诉工单】TS-20230902-0017\n投诉人：葛女士（借款人前妻）\n内容：外访人员在其儿子学校门口等候前夫。\n处理：已核实属实，外访员停岗，向投诉人书面致歉，案件撤回。",
     [], []),
    ("app", "third_party", "【投诉回复】葛婉清女士：您反映的外访人员在学校门口等候一事已核实。我们对给您和孩子造成的困扰深表歉意，涉事人员已停岗，我们不会再就韩立东先生的事宜联系您。",
     [(P, "葛婉清"), (P, "韩立东")], []),
    ("app", "third_party", "【投诉回复】葛婉清女士：经核实，您前夫韩立东（身份证371102197806263278）欠我行32,615元，外访人员仅在公共场所等候，并无不当，请您理解。",
     [(P, "葛婉清"), (P, "韩立东"), (ID, "371102197806263278")], [D, U]),
    ("app", "unknown", "【监管转办单】转办编号JG-2023-0917\n投诉人反映：某催收机构将其离婚判决书照片发至其父母及前公婆。\n要求：被投诉机构10个工作日内书面答复。",
     [], []),
    ("app", "unknown", "【监管答复】关于转办编号JG-2023-0917：经核查，涉事外包机构将借款人的离婚判决书（含子女抚养安排）发送给三名亲属，已终止合作，并对借款人当面致歉。",
     [], []),
    ("app", "unknown", "【质检单】录音编号QA-0905-118\n客户自述：我前夫叫尹**，电话153****8899，你们找他去。\n坐席：“我们只与您本人沟通，不会联系您前夫。”\n判定：合规。",
     [], []),
    ("app", "unknown", "【质检单】录音编号QA-0905-121\n坐席核对身份时完整念出客户身份证号52010219861003642X及银行卡号6225887642882506。\n判定：违规，应只核对后四位。",
     [(ID, "52010219861003642X"), (BC, "6225887642882506")], [U]),
]

# --- identifiers in every written form, and decoys of the same shapes -------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【盛和消费金融】任先生，您绑定的还款卡为６２１７００５８６４１３６３６６，本期扣款失败，请确保卡内余额充足。",
     [(BC, "６２１７００５８６４１３６３６６")], [U]),
    ("sms", "debtor", "【启衡商务】方慧敏，身份证４１０１０５１９８４０７２１４９８４，你的案件已转入外访，今明两天上门。",
     [(P, "方慧敏"), (ID, "４１０１０５１９８４０７２１４９８４")], [U]),
    ("sms", "debtor", "【江汇银行信用卡中心】温先生，您的联系手机已由１５３３２８１８８９９更新为本号码，如非本人操作请致电021-62847159。",
     [(MB, "１５３３２８１８８９９"), (LL, "021-62847159")], [U]),
    ("app", "debtor", "还款账户信息\n户名：覃海生\n卡号：6216 6138 2956 8751 959\n开户行：江汇银行东莞长安支行\n请核对后确认。",
     [(P, "覃海生"), (BC, "6216 6138 2956 8751 959")], [U]),
    ("app", "debtor", "还款账户信息\n户名：覃**\n卡号：6216 **** **** *** 1959\n开户行：江汇银行东莞长安支行\n请核对后确认。",
     [], []),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：身份核验\n借款人顾思琪提供的证件：护照EB7689670，往来港澳通行证C24437131，请协助核实是否与贷款时登记一致。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "顾思琪"), (PP, "EB7689670"), (PP, "C24437131")], [U]),
    ("notice", "debtor", "催收函\n樊俊杰先生（身份证号：530102-19800811-9937）：\n您在盛和消费金融的借款已逾期51天，欠款7,210元，请于15日内还款。\n盛和消费金融有限公司",
     [(P, "樊俊杰"), (ID, "530102-19800811-9937")], [U]),
    ("app", "unknown", "【案件备注】借款人旧身份证号500103651010106（一代证），与新证号对应，户籍地未变。前妻称其已回老家。",
     [(ID, "500103651010106")], [U]),
    ("call", "debtor", "坐席：喂 聂红霞 你那个老身份证号幺三洞幺洞两拐勾幺两幺拐幺六四 是你的吧 户口本上还是这个号 你前夫给我们的\n客户：他怎么能给你们",
     [(P, "聂红霞"), (ID, "幺三洞幺洞两拐勾幺两幺拐幺六四")], [U]),
    ("sms", "debtor", "【融策资产】蔡佩琳，你名下江汇银行卡6222.0200.1470.3752收到的理赔款不能只给孩子存着，先还欠款。",
     [(P, "蔡佩琳"), (BC, "6222.0200.1470.3752")], [S, U]),
    ("sms", "third_party", "【融策资产】您好，您女儿蔡佩琳的手机号已停机，她新的号码是不是+86 173 9142 3556？她欠江汇银行的钱需要尽快处理。",
     [(P, "蔡佩琳"), (MB, "173 9142 3556")], [D, U]),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-ops@jianghuibank.com\n主题：联系方式更新\n持卡人卢静怡新号码0086-18244590958，旧号码已由其前夫使用，请更新系统，勿再拨打旧号。",
     [(EM, "collect@rongce-am.com"), (EM, "card-ops@jianghuibank.com"), (P, "卢静怡"), (MB, "18244590958")], [U]),
    ("call", "third_party", "坐席：喂 苗春燕吗 你老公段明亮的卡号六两两五八八幺五八两六四幺洞八勾 是吧 他说他的钱都给你看病了 那你替他还\n第三方：我自己都在透析",
     [(P, "苗春燕"), (P, "段明亮"), (BC, "六两两五八八幺五八两六四幺洞八勾")], [D, S, U]),
    ("app", "debtor", "实名信息确认\n姓名：柏雪梅\n证件类型：居民身份证\n证件号码：4413 0219 9812 1008 28\n请确认以上信息无误。",
     [(P, "柏雪梅"), (ID, "4413 0219 9812 1008 28")], [U]),
    ("app", "debtor", "实名信息确认\n姓名：柏**\n证件号码：4****************8\n请确认以上信息无误。",
     [], []),
    ("notice", "debtor", "催收函\n致：顾思琪女士 护照号码：E 3608 8745\n您在江汇银行的信用卡欠款已逾期50天，欠款19,300元。经查您近三个月两次出境，请回国后尽快处理。\n江汇银行信用卡中心",
     [(P, "顾思琪"), (PP, "E 3608 8745")], [S, U]),
    ("app", "unknown", "【案件备注】借款人前妻卜丽娟持港澳居民来往内地通行证H69841306，常住香港，前夫称其每月回深圳探望女儿一次。",
     [(P, "卜丽娟"), (PP, "H69841306")], [S, U, X]),
    ("call", "debtor", "坐席：郝先生，我跟您核对一下，您的手机是一八七 三一四七 二四五六，对吗？\n客户：对。\n坐席：好的，以后我们只打这个号码，不会联系您家里人。",
     [(MB, "一八七 三一四七 二四五六")], [U]),
    ("sms", "debtor", "【盛和消费金融】贺先生，您的还款卡尾号8773、身份证后四位0379，信息已核验通过，本期扣款成功。",
     [], []),
    ("email", "unknown", "发件人：lawyer.cen@jinyanlaw.cn\n收件人：card-risk@jianghuibank.com\n主题：田家乐案证据清单\n1. 信用卡申请表（持卡人身份证21010319760926253-3，手写）；2. 对账单；3. 催收记录。",
     [(EM, "lawyer.cen@jinyanlaw.cn"), (EM, "card-risk@jianghuibank.com"), (P, "田家乐"), (ID, "21010319760926253-3")], [U]),
]

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【盛和消费金融】您的还款订单234763250065156550已提交，扣款卡6225883710081600，预计1个工作日内到账。",
     [(BC, "6225883710081600")], [U]),
    ("sms", "debtor", "【江汇银行信用卡中心】您的分期合同号429212519554266557已生效，首期应还1,086元。",
     [], []),
    ("app", "debtor", "交易流水号：6129284373282622\n交易类型：主动还款\n付款人：覃海生\n付款卡号：6216613675995898941\n金额：3,000.00元\n状态：成功",
     [(P, "覃海生"), (BC, "6216613675995898941")], [U]),
    ("sms", "debtor", "【盛和消费金融】您尾号3566的卡本期自动扣款成功。身份证号3201**********5882的账户已结清。",
     [], []),
    ("app", "unknown", "【系统日志】设备号10728692437 登录失败3次，已锁定。IMEI 846518020086971。借款人前妻手机17752003834已被标记为高频联系人。",
     [(MB, "17752003834")], [U, X]),
    ("sms", "debtor", "【融策资产】您的案件编号2554332499417438，请在App内输入案件编号查询还款方案。",
     [], []),
    ("notice", "debtor", "和解协议\n协议编号：5406473610949753552\n甲方：盛和消费金融有限公司\n乙方：邵维平\n乙方分6期偿还剩余欠款8,416.20元，每期1,402.70元。",
     [(P, "邵维平")], []),
    ("email", "unknown", "发件人：ops@shenghecf.com.cn\n收件人：case@qihengzx.cn\n主题：批次号3196542854285143256\n本批次案件312户已推送，字段说明见附件。",
     [(EM, "ops@shenghecf.com.cn"), (EM, "case@qihengzx.cn")], []),
    ("call", "debtor", "坐席：您好，您的工单号是幺洞五洞五三九拐九九四，请您记下来，后续查询用。您前妻的号码幺五五五拐八勾拐拐幺三我们也登记了。\n客户：登记她的干什么？",
     [(MB, "幺五五五拐八勾拐拐幺三")], [U, X]),
    ("app", "debtor", "离婚后还款计划变更确认\n变更单号：289346410952537787\n原扣款卡：尾号0692\n新扣款卡：6259112950143220（户名：萧海燕，借款人再婚配偶）\n生效日：2023年9月1日",
     [(BC, "6259112950143220"), (P, "萧海燕")], [U, X]),
    ("sms", "debtor", "【江汇银行信用卡中心】您申请的困难减免受理号488900458640310575，审核结果将短信通知您本人。",
     [], []),
    ("sms", "third_party", "【盛和消费金融】您好，您的来电已记录，受理编号10735131504。如您不认识该号码的机主，我们将不再联系您。",
     [], []),
    ("app", "debtor", "您的电子回单：交易号8219747455213425，付款方：本人尾号2506账户，收款方：盛和消费金融有限公司。",
     [], []),
    ("notice", "debtor", "结清证明\n兹证明借款人汪丽萍（身份证号3401**********1210）在我司的借款（合同号204518797384579682）已于2023年8月2日全部结清。\n盛和消费金融有限公司",
     [(P, "汪丽萍")], []),
    ("call", "debtor", "坐席：你记一下还款的对公账号 三两洞幺 洞洞八八 六六两勾 幺洞洞四 幺拐 户名盛和消费金融有限公司\n客户：好",
     [], []),
    ("sms", "debtor", "【盛和消费金融】戴女士，您的客户号121456490083874，请在App内凭客户号办理婚姻状况变更。",
     [], []),
    ("email", "unknown", "发件人：card-ops@jianghuibank.com\n收件人：collect@rongce-am.com\n主题：案件撤回\n撤回案件号：JH-2023-08-4471、JH-2023-08-4472，对应持卡人卡号后四位0692、1600，请删除本地留存数据。",
     [(EM, "card-ops@jianghuibank.com"), (EM, "collect@rongce-am.com")], []),
    ("sms", "debtor", "【江汇银行信用卡中心】蒋女士，您的账单号574992143891514536已生成，请核对，含分期手续费，不含任何第三方信息。",
     [], []),
    ("sms", "debtor", "【盛和消费金融】许先生，您订单438453978652785518的退款已原路退回尾号8751的卡。",
     [], []),
    ("app", "unknown", "【案件备注】借款人前妻电话138****2907已拒绝接听并要求不再联系，已加入免打扰名单。借款人手机尾号8082。",
     [], []),
]

# --- disclosure told in a few words, to ex-spouses, new partners, in-laws, children's schools ------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "葛女士，韩立东那笔江汇的钱还是没还，麻烦您再提醒一下他。",
     [(P, "韩立东")], [D]),
    ("sms", "third_party", "【盛和消费金融】您好，您是樊俊杰的紧急联系人，他的账单已过期，请转告。",
     [(P, "樊俊杰")], [D]),
    ("sms", "third_party", "孟女士，打扰了，您前夫那张信用卡的事还需要您转告一下，谢谢。",
     [], [D]),
    ("call", "third_party", "坐席：您好，是郝建新的岳父吧？他那个钱您知道吧，就是欠银行那个。\n第三方：什么钱？",
     [(P, "郝建新")], [D]),
    ("sms", "third_party", "【融策资产】阿姨，您儿媳妇蔡佩琳的逾期问题我们想跟您家里沟通一下。",
     [(P, "蔡佩琳")], [D]),
    ("app", "third_party", "[微信] 小沈，你男朋友在盛和那个账户你帮他看看，别让他拖了。",
     [], [D]),
    ("sms", "third_party", "亲家母您好，我们是江汇银行卡中心委托的，您女婿的卡欠着呢，您知道他现在在哪儿吗？",
     [], [D]),
    ("call", "third_party", "机器人：您好，请问您认识卢静怡吗？她在江汇银行的信用卡已逾期，认识请按1，不认识请按2。\n第三方：（按键2）",
     [(P, "卢静怡")], [D]),
    ("app", "third_party", "[微信] 龚浩宇同学你好，你爸爸生前在盛和借的钱，家里打算怎么处理？",
     [(P, "龚浩宇")], [D]),
    ("sms", "third_party", "【启衡商务】许先生前妻您好，他欠的一万一您那边能不能先垫上？",
     [], [D]),
    ("call", "third_party", "坐席：喂，是韩沐阳的班主任王老师吗？孩子爸爸韩立东欠款联系不上，您看能不能让孩子给他爸带个话。\n第三方：这种事不该找学校。",
     [(P, "韩沐阳"), (P, "韩立东")], [D, S]),
    ("sms", "third_party", "【启衡商务】尹先生，戴卫红的欠款还差12,904元，周五您接孩子时跟她提一句。",
     [(P, "戴卫红")], [D]),
    ("app", "third_party", "[微信] 石磊你好，你前妻汪丽萍又逾期了，上次也是你帮她还的吧？",
     [(P, "石磊"), (P, "汪丽萍")], [D]),
    ("sms", "third_party", "您好，您的前配偶在我行的账户状态异常，请提醒其尽快登录手机银行处理。【江汇银行】",
     [], [D]),
    ("call", "third_party", "坐席：喂，请问是段明亮家吗？\n第三方：我是他继女，他不在。\n坐席：那你告诉他盛和消费金融找他，那八千九他得尽快处理。",
     [(P, "段明亮")], [D]),
    ("app", "third_party", "[微信群“贺家亲戚群”] 贺一帆在我们这儿的分期断了三个月了，哪位能联系上他请转告。",
     [(P, "贺一帆")], [D]),
    ("sms", "third_party", "【盛和消费金融】您好，任志豪先生已将您设为共同还款联系人，本期2,860元请督促其还款。",
     [(P, "任志豪")], [D]),
    ("call", "third_party", "坐席：你好，你是覃海生的前岳母吧，他欠钱的事你女儿应该跟你说过吧，我们就想知道他在哪个厂。\n第三方：不知道。",
     [(P, "覃海生")], [D]),
    ("app", "third_party", "[微信] 阿姨，静怡的卡又逾期了，这次是第三次了。",
     [(P, "静怡")], [D]),
    ("sms", "third_party", "【融策资产】您好，柏雪梅女士的债务催收案件由我司负责，请您作为孩子父亲督促她还款。",
     [(P, "柏雪梅")], [D]),
    ("call", "third_party", "坐席：您好，请问您是温国栋的前妻孟丽华吗？\n第三方：是。\n坐席：他的借款拖了一百多天了，他说抚养费可以停一个月先还我们，您同意吗？\n第三方：凭什么？",
     [(P, "温国栋"), (P, "孟丽华")], [D, S]),
    ("sms", "third_party", "【江汇银行信用卡中心】鲁女士的公公您好，鲁女士的信用卡困难减免尚需家属签字确认，请您协助。",
     [], [D]),
    ("app", "third_party", "[微信] 您好，我是盛和的，之前跟您说过邵维平的事，他这个月还是没动静。",
     [(P, "邵维平")], [D]),
    ("call", "third_party", "机器人：您好，这里是盛和消费金融，您的亲属阎秀云女士的账户需要处理，请您转告她回电。",
     [(P, "阎秀云")], [D]),
    ("sms", "third_party", "【融策资产】蒋晓楠的婆婆您好，她那张卡还没还清，离婚前的账您家也有份。",
     [(P, "蒋晓楠")], [D]),
    ("email", "third_party", "发件人：collect@rongce-am.com\n收件人：hr@jinxiu-dental.cn\n主题：协查\n贵司员工卢静怡拖欠江汇银行信用卡，请贵司人事部门协助通知本人联系我司。",
     [(EM, "collect@rongce-am.com"), (EM, "hr@jinxiu-dental.cn"), (P, "卢静怡")], [D]),
]

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【盛和消费金融】樊先生，您通讯录中的“老婆”“丈母娘”“大舅哥”三位联系人近期与您通话频繁，请您本人尽快还款，避免我们联系他们。",
     [], [X]),
    ("sms", "debtor", "【融策资产】顾思琪，你前夫杭建平、你现男友石浩都在你通讯录里，你选一个帮你还吧。",
     [(P, "顾思琪"), (P, "杭建平"), (P, "石浩")], [X]),
    ("app", "debtor", "催收提醒：您通话记录中与“前妻”的通话最近30天共41次，与“婉清”共12次。请尽快还款。",
     [(P, "婉清")], [X]),
    ("sms", "debtor", "【启衡商务】邵维平，你现任老婆葛丽娜在江苏省人民医院做护工，你不还钱她工作还要不要了？",
     [(P, "邵维平"), (P, "葛丽娜")], [X]),
    ("call", "debtor", "坐席：许文博吧，你相册里那张跟新女朋友的合照我们看到了，你们在仙林那边买了车吧，苏A9F27L，有钱买车没钱还款？\n客户：你们怎么有我相册？",
     [(P, "许文博"), (PL, "苏A9F27L")], [S, X]),
    ("notice", "debtor", "催告函\n尹国华先生：\n您的借款已逾期。您的前妻戴卫红、母亲尹桂芝、姐姐尹小红均在您的紧急联系人中，如十日内不还款，我司将依次联系上述人员。",
     [(P, "尹国华"), (P, "戴卫红"), (P, "尹桂芝"), (P, "尹小红")], [X]),
    ("sms", "debtor", "【融策资产】段明亮，你继女段思琪在江北区华新街小学读四年级，你老婆苗春燕在透析，这个家你不管了？",
     [(P, "段明亮"), (P, "段思琪"), (P, "苗春燕")], [S, X]),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-ops@jianghuibank.com\n主题：田家乐案补充信息\n借款人前妻孟晓燕现在洪山区一家会计师事务所上班，其新男友卜建军在武汉理工大学后勤处，已获取两人手机号。",
     [(EM, "collect@rongce-am.com"), (EM, "card-ops@jianghuibank.com"), (P, "田家乐"), (P, "孟晓燕"), (P, "卜建军")], [X]),
    ("app", "debtor", "【盛和消费金融】您已逾期15天。您的紧急联系人：萧静雯（妻子）19505175947、萧德明（岳父）15909943767，如今日仍未还款，我们将与他们核实您的情况。",
     [(P, "萧静雯"), (MB, "19505175947"), (P, "萧德明"), (MB, "15909943767")], [U, X]),
    ("sms", "debtor", "【启衡商务】韩立东，你前岳母家在江岸区胜利街89号，你儿子每周三在那儿吃饭，我们知道。",
     [(P, "韩立东"), (A, "江岸区胜利街89号")], [S, X]),
    ("call", "debtor", "坐席：常玉洁啊，你前夫甘建军现在在广州天河那边开网约车，他新老婆叫萧丽，你让他们帮你还点嘛。\n客户：我跟他早没联系了。",
     [(P, "常玉洁"), (P, "甘建军"), (P, "萧丽")], [X]),
    ("app", "debtor", "您的相册中检测到“户口本”“离婚证”“结婚证”等证件照片共7张，已同步至风控系统用于还款能力评估。",
     [], [X]),
    ("sms", "debtor", "【盛和消费金融】任先生，您前妻裴雨桐已向我司提供您的新住址和工作单位，请主动联系还款。",
     [(P, "裴雨桐")], [X]),
    ("notice", "debtor", "上门通知\n郝建新先生：\n我司将于9月20日前往您现居所小店区长治路227号，同时拜访您再婚配偶裴雨桐任教的太原一中及其父母住所。\n融策资产管理有限公司",
     [(P, "郝建新"), (A, "小店区长治路227号"), (P, "裴雨桐")], [X]),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：许文博案通讯录分析\n通讯录共386人，标注“前妻”“林可欣”“可欣妈”三个号码，近半年与“新”开头的联系人通话最多，推测为新女友。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "许文博"), (P, "林可欣")], [X]),
    ("app", "debtor", "[微信] 贺一帆，你前妻宋佳琪再婚了，老公在鼓楼区中山北路30号那家公司当经理，你孩子的抚养费他们不缺，你赶紧还我们的。",
     [(P, "贺一帆"), (P, "宋佳琪"), (A, "鼓楼区中山北路30号")], [X]),
    ("sms", "debtor", "【融策资产】蒋晓楠，你现在的男朋友萧建波，手机17685781604，我们已经加了他微信。",
     [(P, "蒋晓楠"), (P, "萧建波"), (MB, "17685781604")], [U, X]),
    ("call", "debtor", "坐席：聂红霞，你那个前婆婆岑老太还住在云岩区中华北路112号吧，她身体不好我们就不去了，你自己看着办。\n客户：你们别去吓老人家。",
     [(P, "聂红霞"), (A, "云岩区中华北路112号")], [S, X]),
]

# --- sensitive data: illness, pregnancy, disability, a funeral, children, money, whereabouts -------------------------

SENSITIVE_DATA: list[PiplEntry] = [
    ("sms", "debtor", "【融策资产】方慧敏，你儿子在星语康复中心的康复费每月四千，我们查过了，你有钱给他做康复就有钱还款。",
     [(P, "方慧敏")], [S]),
    ("call", "debtor", "坐席：包德胜，你肺癌化疗的钱是你前妻出的吧？我们看到她每个月往你卡里打五千。\n客户：这跟你们有什么关系。",
     [(P, "包德胜")], [S]),
    ("sms", "debtor", "【启衡商务】龚浩宇，你爸肝癌走的时候还欠着盛和的钱，作为继承人你得还，你在南京理工大学计算机学院我们知道。",
     [(P, "龚浩宇")], [S]),
    ("app", "debtor", "风险提示：系统根据您的定位，识别到您近30天多次夜间停留于江宁区一处非登记住址，已更新为您的常住地。",
     [], [S]),
    ("sms", "debtor", "【融策资产】樊俊杰，你每天早上七点四十送儿子到科华北路幼儿园，八点去公司，我们的人天天看得到。",
     [(P, "樊俊杰")], [S]),
    ("call", "debtor", "坐席：苗女士，你老公段明亮说你每周透析三次，医保报完自己还要出一千多，那他的钱都给你治病了吧，你们商量一下先还一点。\n客户：我在透析室，等会说。",
     [(P, "段明亮")], [S]),
    ("sms", "debtor", "【江汇银行信用卡中心】蔡女士，系统显示您本月收到保险理赔款280,000元，建议您优先结清信用卡欠款。",
     [], [S]),
    ("app", "debtor", "【盛和消费金融】尊敬的客户，您在其他平台另有5笔借款逾期，合计欠款64,300元，其中2笔由您前夫担保。",
     [], [S]),
    ("call", "debtor", "坐席：鲁雅婷，你丈夫出殡那天收的礼金我们估算有六七万，丧葬补助也到账了，现在可以还了吧。\n客户：你们还是人吗。",
     [(P, "鲁雅婷")], [S]),
    ("sms", "debtor", "【启衡商务】阎秀云，你的残疾证号和低保卡我们都有，街道那边我们也会去沟通你的情况。",
     [(P, "阎秀云")], [S]),
    ("app", "debtor", "[微信] 柏雪梅，你下周四在惠州市中心医院剖腹产对吧，住院押金交得起，欠款还不起？",
     [(P, "柏雪梅")], [S]),
    ("sms", "debtor", "【融策资产】卢静怡，你女儿卢一诺每周六上午在东大街少年宫学钢琴，十一点半下课。",
     [(P, "卢静怡"), (P, "卢一诺")], [S, X]),
    ("call", "debtor", "坐席：覃海生，你信的那个教会我们也打听到了，每周日上午在长安镇那个聚会点，你的弟兄姊妹知不知道你欠钱不还？\n客户：你们别去教会。",
     [(P, "覃海生")], [S]),
    ("notice", "debtor", "告知书\n田家乐先生：\n根据我司调取的个人征信报告，您在另外四家银行的信用卡已全部逾期，前妻名下的房贷您仍在每月代还6,200元。请优先偿还我行欠款。\n江汇银行信用卡中心",
     [(P, "田家乐")], [S]),
    ("sms", "debtor", "【启衡商务】温国栋，你前妻每个月给你女儿在学而思报班两千多，你的抚养费就是拿去干这个的吧。",
     [(P, "温国栋")], [S]),
    ("app", "debtor", "声纹比对结果：本次来电声纹与借款人韩立东本人相似度97.6%，与其前妻葛婉清相似度12.3%，已推送至外包机构用于后续催收。",
     [(P, "韩立东"), (P, "葛婉清")], [S, X]),
    ("call", "third_party", "坐席：喂，是贺一帆的爸爸吗？我们知道您中风卧床，不想打扰您，但是您儿子欠盛和的钱得有人管。\n第三方：……",
     [(P, "贺一帆")], [D, S]),
    ("app", "third_party", "[微信] 韩沐阳妈妈你好，孩子爸爸的欠款一直不还，我们明天中午去江汉路小学门口等他，孩子放学您早点接。",
     [(P, "韩沐阳")], [D, S]),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-ops@jianghuibank.com\n主题：蔡佩琳案\n借款人丈夫9月因病去世，借款人随后确诊抑郁症在市精神卫生中心门诊，现与婆婆同住，建议加强催收。",
     [(EM, "collect@rongce-am.com"), (EM, "card-ops@jianghuibank.com"), (P, "蔡佩琳")], [S]),
    ("app", "unknown", "【外访记录】2023-09-03 借款人常玉洁在市妇幼做试管，每周一三上午打针，已在门诊楼见到本人，未沟通。",
     [(P, "常玉洁")], [S]),
    ("sms", "debtor", "【盛和消费金融】邵先生，您的人脸识别照片已与您前妻提供的全家福比对一致，确认您本人在南京，请勿再以不在本地为由拖延。",
     [], [S, X]),
    ("call", "debtor", "坐席：顾思琪，你上周二晚上在春熙路那家酒店开的房，跟谁去的你心里清楚，要不要我们发给你前夫？\n客户：你们监视我？",
     [(P, "顾思琪")], [S]),
    ("app", "third_party", "[微信] 杭先生，您前妻方慧敏带着孩子在星语康复中心，每周一三五下午都在，您作为孩子父亲帮她把欠款还了吧。",
     [(P, "方慧敏")], [D, S]),
    ("sms", "debtor", "【江汇银行信用卡中心】郝先生，根据您的代发工资记录，您每月工资9,600元，其中3,000元转入前妻账户，剩余足以还款。",
     [], [S]),
]

FORWARDED_AND_MIXED: list[PiplEntry] = [
    ("app", "unknown", "【投诉工单】TS-20231003-0041\n投诉人：蒋晓楠（借款人本人）\n内容：贴出收到的短信：“蒋晓楠女士，您的信用卡6225888148670692已逾期45天……您前夫钱国庆（手机13973085959）称……”\n诉求：查明谁泄露了前夫的号码。",
     [(P, "蒋晓楠"), (P, "蒋晓楠"), (BC, "6225888148670692"), (P, "钱国庆"), (MB, "13973085959")], [U, X]),
    ("email", "unknown", "发件人：case@qihengzx.cn\n收件人：ops@shenghecf.com.cn\n主题：戴卫红案附件\n附：借款人户口本（户主戴建民，子戴子轩，身份证430104201309047600）、离婚证、前夫尹国华身份证正反面照片。",
     [(EM, "case@qihengzx.cn"), (EM, "ops@shenghecf.com.cn"), (P, "戴卫红"), (P, "戴建民"), (P, "戴子轩"), (ID, "430104201309047600"), (P, "尹国华")], [S, U, X]),
    ("app", "third_party", "[微信] （转发：任志豪的结婚证照片、离婚证照片）沈女士，这个人离过婚，欠我们十四万，你自己判断。",
     [(P, "任志豪")], [D, X]),
    ("sms", "debtor", "【融策资产】你前夫杭宇航的身份证照片在我们这里，他是你借款的共同联系人，身份证号610113198708230379，你们俩一个都跑不了。",
     [(P, "杭宇航"), (ID, "610113198708230379")], [S, U, X]),
    ("notice", "debtor", "财产线索告知函\n彭建伟先生：\n经查，您离婚后名下仍有银行卡6217856557037499231一张，余额3.2万元，并每月向前妻转账1,500元。请于7日内还款。\n南京启衡商务咨询有限公司",
     [(P, "彭建伟"), (BC, "6217856557037499231")], [S, U]),
    ("call", "debtor", "坐席：喂 蒋晓楠 你那个婚前的护照号E四八洞九四三九三 你前夫说你要出国 我们已经申请限制出境了\n客户：你们能限制我出境？",
     [(P, "蒋晓楠"), (PP, "E四八洞九四三九三")], [U]),
    ("app", "debtor", "【盛和消费金融】您已成功绑定新的紧急联系人：岑立新（前夫），手机13722450957。",
     [(P, "岑立新"), (MB, "13722450957")], [U]),
    ("email", "unknown", "发件人：collect@rongce-am.com\n收件人：card-ops@jianghuibank.com\n主题：龚家继承情况\n借款人妻子严秀云名下银行卡6216613485836223279，余额约12万，为丧葬及抚恤款，建议诉讼保全。",
     [(EM, "collect@rongce-am.com"), (EM, "card-ops@jianghuibank.com"), (P, "严秀云"), (BC, "6216613485836223279")], [S, U, X]),
    ("sms", "third_party", "【启衡商务】石浩你好，你女朋友顾思琪身份证210103199201021102，欠江汇一万九，她前夫都不管了，你管不管？",
     [(P, "石浩"), (P, "顾思琪"), (ID, "210103199201021102")], [D, U]),
    ("app", "unknown", "【案件备注】樊俊杰 身份证530102198008119937 妻子产后抑郁住院（市第三人民医院），岳母电话19932388666，岳母住五华区青年路375号。",
     [(P, "樊俊杰"), (ID, "530102198008119937"), (MB, "19932388666"), (A, "五华区青年路375号")], [S, U, X]),
    ("call", "third_party", "坐席：喂 你好 是柏雪梅的妈妈吧 你女儿身份证四四幺三洞两幺勾勾八幺两幺洞洞八两八 欠我们一万二 她怀孕了你知道吧\n第三方：什么",
     [(P, "柏雪梅"), (ID, "四四幺三洞两幺勾勾八幺两幺洞洞八两八")], [D, S, U]),
    ("notice", "debtor", "催收函\n阎秀云女士：\n您的信用卡（卡号6212 2629 1375 9258 686）欠款50,120元已逾期。您前夫蔡国平已向我中心说明您的残疾及低保情况，但不影响您的还款责任。\n江汇银行信用卡中心",
     [(P, "阎秀云"), (BC, "6212 2629 1375 9258 686"), (P, "蔡国平")], [S, U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "BB-SMS": SMS,
    "BB-ROBOT-CALLS": ROBOT_CALLS,
    "BB-AGENT-CALLS": AGENT_CALLS,
    "BB-ASR-CALLS": ASR_CALLS,
    "BB-WECHAT": WECHAT,
    "BB-LETTERS": LETTERS,
    "BB-COURT-PAPERS": COURT_PAPERS,
    "BB-EMAILS": EMAILS,
    "BB-CASE-NOTES": CASE_NOTES,
    "BB-QA-AND-TICKETS": QA_AND_TICKETS,
    "BB-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "BB-DECOYS": DECOYS,
    "BB-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "BB-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "BB-SENSITIVE": SENSITIVE_DATA,
    "BB-FORWARDED-AND-MIXED": FORWARDED_AND_MIXED,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
