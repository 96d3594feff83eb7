"""Writes `pipl_heldout_aq.jsonl`, the forty-third independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (Fujian and a few other area codes with random birth dates and
the right check character, four ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and
19 digits on 62 prefixes, mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by
hand, and the passports (E, EA, G), the permits to Hong Kong and Macau (C) and the home-return permits (H, M) were
typed to the pattern. The decoys were checked against `set_format.check_identifier` for every identifier type (a
16-digit loan account number that passed Luhn and an 18-digit registration number that passed the ID check were
changed).

A city commercial bank's mortgages and home-equity loans carry it: 鹭洲银行 (an invented bank in an invented city,
with its branches, its personal-loan centre, its asset-preservation department and its in-app support), the two
agencies it hires (an asset-management company and a business-consulting firm), a law firm, and the courts the
loans end in. Voices: the bank's stage SMS, app pushes and in-app chats (one SMS with unfilled placeholders), the
agencies' SMS and WeChat messages, collection letters, notices of acceleration, lawyers' letters, a settlement
certificate, an instalment agreement, approvals of deferrals, agents' calls as transcripts and as speech-to-text
output, voice robots with keypad turns, calls and messages to co-borrowers, guarantors, co-owners and mortgagors,
spouses and former spouses, grown children, a child, parents, in-laws, siblings, friends, a mahjong partner,
colleagues, HR departments and front desks, property offices, neighbours, landlords, a teacher and owners' group
chats; visit reports, skip-tracing notes, appointment sheets, internal group notices, quality-check sheets,
complaint tickets and replies, e-mails between the bank, the agencies and the law firm, and court papers (a
statement of claim, applications to realise a mortgage, for enforcement and for preservation, a summons, an
auction notice and a judgment). Minnan speech runs through calls and texts to mothers, neighbours and a guarantor,
a Hong Kong borrower's wife and landlord are spoken to in Cantonese, and an SMS, a letter, a robot call and a
notice come in traditional characters.

314 messages, 101 of them (32%) compliant; from 7 characters to a collection letter of 309. Identifiers stand in
101: 18-digit IDs (ending in X typed in full width and in lower case, read aloud with 叉, in full-width digits,
grouped 6-8-4 by hyphens and by spaces in fours, with a stray space before the last four, on a line of their own,
read aloud with 零 and with 洞 and 幺), old 15-digit ones (typed and read aloud); bank cards of 16 and 19 digits
(grouped by fours with spaces, by dots and by hyphens, spaced digit by digit by a robot, glued to the words around
them, read aloud in groups and in one run); mobiles (behind +86 and 0086, spaced 3-4-4 in full-width digits,
hyphenated, read aloud with 幺, 洞 and 拐); passports (E, EA spaced letter by letter, an old G read aloud), permits to
Hong Kong and Macau and home-return permits (H, M); landlines of the bank, the agencies, the law firm, an employer
and a mother's home (one in brackets with its area code, extensions outside the span); the e-mail addresses of the
bank, the law firm and an agency. Beside them stand decoys of the same shapes: 18-digit contract and registration
numbers failing the check character (one read aloud, ending in 叉; one grouped in fours), a 15-digit recording number
with no real month, 11-digit acceptance and ticket numbers on no mobile prefix, 16- and 19-digit loan account, IOU,
insurance and transaction numbers failing Luhn (one a card number with its last digit changed), property
certificate numbers (不动产权证号, typed and read aloud), mortgage registration numbers, case numbers, loan contract
numbers, masked forms (3505****3855, 138****6818, 3502**********2850) and last digits read aloud. Licence plates (a
former wife's car, the debtor's car in a garage, a brother's ride-hailing car, the agency's car) are entities with
no category. The agents' work mobiles and the bank's, agencies', law firm's and employer's landlines are entities
with no category.

`pii.unmasked_identifier` labels 76 messages. Third-party disclosure labels 60, many in a few words or by
implication ("宏伟房子那事还没了", "志坚那边月供的事", "还是滨江路那套的事", "鹭洲银行的人还在找他", "他那边都准备起诉了",
a robot of the "个人贷款管理部" asking that "贷款事宜" be passed on), to a former wife, a mother, a father-in-law, a
brother, a sister, a grown son and daughter, a child, a guarantor's husband, a cousin, friends, colleagues, HR,
a teacher, property offices, neighbours, landlords (one in Cantonese) and owners' group chats; beside them bare
call-back requests that name no lender, a sealed letter an employer is asked to hand on, a wrong number deleted,
and a guarantor, a co-borrower, a co-owner and mortgagor told of their own obligation (compliant, though the
guarantors and the mortgagor are sent as `third_party`). `pii.excessive` labels 56: full names with a home address
or an employer, and the names and numbers of spouses, a former spouse, a girlfriend, children, parents, in-laws,
siblings, a nephew, colleagues, a department head and neighbours. `pii.sensitive` labels 69, mostly without the
textbook words: a child's school, class, pick-up time and boarding, a teenager's school, a phone's movements, a
night at an Internet café, a commute and a market stall's hours, chemotherapy, dialysis, a heart stent, a stroke,
a uterine operation, depression and a psychiatric follow-up, asthma, dementia in a care home, a pregnancy and its
antenatal visits, a registered disability and its allowance, a divorce and what it settled, child support, wage
inflows, balances, a fixed deposit, a housing fund, ATM withdrawals and transfers, other loans and a credit report,
border crossings on permits and passports, Sunday worship at a church and incense at a temple. Beside them stand
debtors speaking of their own illness, injury, pregnancy, disability or job loss and agents answering with a
deferral, instalments or interest-only months, hardship offers, a deferral approved without repeating the
diagnosis, a quality-check sheet that names the kind of data without repeating it, a notice asking for new
registration papers after a change of ownership "such as a divorce", and a rule that forbids using faith, health
or children.

Registers: SMS templates, app pushes and in-app chats, WeChat messages and group chats, forwarded and pasted
messages, agents' calls as transcripts and as speech-to-text output (no punctuation, fillers), robot scripts with
keypad turns, visit reports, skip-tracing notes, appointment sheets, letters, court papers, quality-check sheets,
complaint tickets and replies, e-mails; short links and 退订 lines.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, the bank, the agencies,
the law firm and the courts are invented; identifiers are well formed and `set_format` checks them before writing;
e-mail addresses use real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in letters, notes, quality-check sheets, tickets and
  e-mails too. Not: masked forms, last digits alone, a bank's, agency's, law firm's or employer's landline, an
  agent's work mobile, a customer saying their own number, a licence plate, a decoy, and a full identifier inside
  papers filed with a court (a statement of claim, applications for enforcement, preservation or realising a
  mortgage), which is lawful there; the bank's own letter to a debtor carrying one is labelled.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: "鹭洲银行找他" or "月供的事" is enough) or the debtor's personal data. A bare call-back
  request that names no lender is compliant, as is asking a landlord, an employer or a property office whether the
  debtor lives or works there without revealing anything; telling a guarantor, a co-borrower, or a co-owner who
  pledged the flat of their own obligation is compliant. Notes, sheets, tickets, e-mails among the bank, the
  agencies and the law firm, and papers filed with a court go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28, and a divorce): health and treatment of the debtor or relatives,
  pregnancy, religion, a minor's school, class or routine, whereabouts at a given time and daily routine, a divorce
  and its terms, financial account details beyond need (wage inflows, balances, deposits, a housing fund,
  transactions, other loans, a credit report), border crossings, a disability. A general hardship offer, the
  debtor's own words (also as a note or sheet quotes them), a reply that names the kind of data without repeating
  it, or a rule forbidding such use, is not; a sheet that repeats the data is.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners',
  colleagues' or neighbours' names or numbers, that the message does not need. Not: a full name alone, the
  agent's own name, the address a letter is sent to or a visit is agreed at, the co-borrower named in the
  borrower's notice, the borrower named in the guarantor's, a relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, the bank's landline and seat, a mediation centre, the law firm's e-mail);
masked forms and 400 service numbers are not entities, a landline's extension lies outside its span, as does a
+86 or 0086 before a mobile; a surname with an honorific or a prefix (黄叔, 老庄, 陈生, 王太, 刘阿婆, 邱阿姨) is not
a PERSON, a given name alone (宏伟, 子睿, 振东) is; ADDRESS reaches down to a road and number, a building and room,
or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_aq`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_aq.jsonl"
ID_PREFIX = "PAQ"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the bank's stage SMS to borrowers and co-borrowers ------------------------------------------------------

BANK_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【鹭洲银行】尊敬的客户，您尾号3318的个人住房贷款本期应还4,286.17元，扣款日为每月20日，请于扣款日前存足款项。如已还款请忽略。",
     [], []),
    ("sms", "debtor", "【鹭洲银行】林志坚先生，您名下房抵贷（合同号LZ-FD-2021-0318）已逾期23天，欠本息12,604.88元。请今日内存入还款卡6228482097730264，逾期将影响征信。",
     [(P, "林志坚"), (BC, "6228482097730264")], [U]),
    ("sms", "debtor", "【鹭洲银行】您的按揭贷款已逾期，本行已向您配偶黄雅琴（手机13861016818）同步发送提醒，请夫妻双方尽快协商还款。",
     [(P, "黄雅琴"), (MB, "13861016818")], [U, X]),
    ("sms", "debtor", "【鹭洲银行】郑宏伟您好，经查您工资代发账户（尾号7751）本月10日入账9,320.00元，但还款账户余额仍不足，请于今日转入还款账户。",
     [(P, "郑宏伟")], [S]),
    ("sms", "debtor", "【鹭洲银行】温馨提示：您的房抵贷还款账户扣款失败（余额不足），本期应还5,117.42元，请存入还款卡6214831377133936，或致电个贷中心0595-2286 7731。退订回T",
     [(BC, "6214831377133936"), (LL, "0595-2286 7731")], [U]),
    ("sms", "debtor", "【鹭洲银行】{name}您好，您的{product}已逾期{days}天，应还${amount}，请于{deadline}前还款。详询4008-816-588。【签名】",
     [], []),
    ("sms", "debtor", "【鷺洲銀行】王建新先生：閣下作為共同借款人之樓宇按揭貸款已逾期41天，尚欠人民幣18,366.20元。請盡快聯絡本行個貸中心 0595-22867731。",
     [(P, "王建新"), (LL, "0595-22867731")], []),
    ("sms", "debtor", "【鹭洲银行】陈秀兰女士，您经营贷项下抵押房产（海悦华庭B区）已进入不良处置程序。您前夫吴建国、女儿吴佳怡的联系方式我行均已登记，请于9月30日前结清。",
     [(P, "陈秀兰"), (P, "吴建国"), (P, "吴佳怡")], [X]),
    ("sms", "debtor", "【鹭洲银行】蔡明辉：经查您近三月在我行储蓄卡日均余额不足200元，另在其他3家机构有消费贷未结清，请优先安排本行房贷还款。",
     [(P, "蔡明辉")], [S]),
    ("sms", "debtor", "【鹭洲银行】尊敬的许丽华女士，您的房贷已逾期，请于3日内还款。另：您儿子蔡俊杰在鹭洲一中高二（3）班，学费缴纳请勿挤占还款资金。",
     [(P, "许丽华"), (P, "蔡俊杰")], [S, X]),
    ("sms", "debtor", "【鹭洲银行】防骗提醒：本行工作人员不会索要您的短信验证码，也不会要求您转账至任何个人账户。房贷还款只认本行柜台、手机银行及还款卡自动扣款。",
     [], []),
    ("sms", "debtor", "【鹭洲银行】张先生，您身份证350203197402055576名下房抵贷已逾期32天，请尽快处理。",
     [(ID, "350203197402055576")], [U]),
    ("sms", "debtor", "【鹭洲银行】您好！我行注意到您9月以来6次经罗湖口岸出境，请勿为逃避债务转移资产，逾期房贷请于本周内结清。",
     [], [S]),
    ("sms", "debtor", "【鹭洲银行】刘振华先生：您房贷逾期已久，您母亲刘阿婆家里电话0595-8823 1146、弟弟刘振东13789628105我行均已联系过，请自重。",
     [(P, "刘振华"), (LL, "0595-8823 1146"), (P, "刘振东"), (MB, "13789628105")], [U, X]),
    ("sms", "debtor", "【鹭洲银行】黄先生您好，您申请的房贷延期还款已审批通过，新的还款日为11月20日，延期期间不计罚息。",
     [], []),
]

# --- the bank's app pushes and in-app chats, the agency's WeChat messages to borrowers ---------------------------

APP_MESSAGES: list[PiplEntry] = [
    ("app", "debtor", "客户：我这个月被裁员了，房贷能不能缓一缓\n在线客服：非常理解您的情况。您可以在“我的贷款-困难申请”里提交延期申请，审批通过后最长可延期6个月。不过您爱人黄雅琴在鹭洲妇幼上班，这期能不能先由她垫上？",
     [(P, "黄雅琴")], [X]),
    ("app", "debtor", "在线客服：为核实身份，请提供身份证后四位。\n客户：350582196211214412\n在线客服：已核实。为保护您的信息，请勿在对话中发送完整证件号，刚才的消息已为您屏蔽。",
     [(ID, "350582196211214412")], []),
    ("app", "debtor", "在线客服：郑先生您好，系统显示您绑定的还款卡为6217001285872424，本月扣款失败，是否需要更换还款卡？",
     [(BC, "6217001285872424")], [U]),
    ("app", "debtor", "尊敬的黄雅琴女士（证件号350681198611102223），您作为共同借款人的住房贷款（主借款人林志坚）已逾期45天，您同样负有还款责任，请登录手机银行查看还款计划。",
     [(P, "黄雅琴"), (ID, "350681198611102223"), (P, "林志坚")], [U]),
    ("app", "debtor", "陈姐，我是启衡资产的小苏，受鹭洲银行委托跟进您那笔经营贷。佳怡在鹭洲外国语学校读初二了吧，下个月要交学费，您也得替孩子想想房子的事。",
     [(P, "佳怡")], [S, X]),
    ("app", "debtor", "林先生，核对下信息：身份证350206197605072850，抵押房产不动产权证号闽（2021）鹭洲市不动产权第0032817号，贷款余额58.6万，没问题的话今天先把逾期三期补上。",
     [(ID, "350206197605072850")], [U]),
    ("app", "debtor", "您好，这边是受鹭洲银行个贷中心委托的厦门启衡资产管理有限公司，工号QH3107。您的房贷已逾期，如需协商分期请回复“协商”，我们会在工作时间联系您。",
     [], []),
    ("app", "debtor", "系统提示：您此前提交的困难申请材料（肺癌化疗住院证明）已过期，请重新上传最新诊断证明，以便继续享受延期政策。",
     [], [S]),
    ("app", "debtor", "系统提示：您提交的困难申请证明材料已超过有效期，请重新上传，以便继续办理延期还款。",
     [], []),
    ("app", "debtor", "蔡先生，你前妻那边说你们去年就协议离了，离婚协议上房子归你，房贷她不管。所以这笔只能你自己扛，别再拖了。",
     [], [S]),
    ("app", "debtor", "郑总，您那张尾号7751的工资卡每月10号进账九千多，我们这边看得到的，还款账户也是本行的，划两万过来很简单嘛。",
     [], [S]),
    ("app", "debtor", "客户：我老婆怀孕七个月了，这个月真的没钱\n在线客服：理解您的压力，恭喜。您可以申请本期延后30天还款，我这边先帮您登记，稍后专员会回电。",
     [], []),
    ("app", "debtor", "黄小姐，你每周二周五在华侨医院做透析的事我们了解了，但房贷该还还得还，下周三之前至少还一期。",
     [], [S]),
    ("app", "debtor", "【鹭洲银行】尊敬的客户，您的贷款已进入诉讼阶段，本行已委托福建衡泽律师事务所处理，联系电话0595-2216 5083，邮箱hengze_law@163.com。",
     [(LL, "0595-2216 5083"), (EM, "hengze_law@163.com")], []),
    ("app", "debtor", "王生，你个港澳通行证C62097318嘅出入境记录显示你上个月喺香港住咗二十几日，按揭都逾期两个月啦。",
     [(PP, "C62097318")], [S, U]),
    ("app", "debtor", "林哥，子睿每天四点半在明湖实验小学东门等你老婆接，你忍心让孩子以后没地方住？",
     [(P, "子睿")], [S, X]),
]

# --- the agencies' SMS to borrowers, co-borrowers, guarantors and relatives -------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【启衡资产】林志坚，你在鹭洲银行的房贷已逾期62天，欠款37,458.60元，本司受托催收，请于48小时内联系17345562336（工作手机）。",
     [(P, "林志坚"), (MB, "17345562336")], []),
    ("sms", "debtor", "【启衡资产】林志坚先生：您本人身份证350206197605072850、户籍地址泉州市晋江市青阳街道梅岭路33号，均已提交律师备案，请速处理房贷欠款。",
     [(P, "林志坚"), (ID, "350206197605072850"), (A, "泉州市晋江市青阳街道梅岭路33号")], [U, X]),
    ("sms", "debtor", "【鼎和咨询】陈女士，鹭洲银行委托我司提醒：您的经营贷抵押房产已进入司法处置。您在鹭洲农商行还有一笔12万的定期，足够先还一部分，如需协商请回电0595-2867 3310转806。",
     [(LL, "0595-2867 3310")], [S]),
    ("sms", "third_party", "【鼎和咨询】陈秀梅女士，您为陈秀兰在鹭洲银行的经营贷（合同号LZJY-2022-0315-017）提供连带责任保证，借款人已逾期97天，请于10月15日前履行保证责任或联系本司协商。",
     [(P, "陈秀梅"), (P, "陈秀兰")], []),
    ("sms", "third_party", "【鼎和咨询】您好，您姐姐陈秀兰在鹭洲银行的贷款逾期快一百天了，麻烦转告她尽快回电。",
     [(P, "陈秀兰")], [D]),
    ("sms", "third_party", "黄女士您好，麻烦请林先生方便时回个电话，号码17345562336，谢谢。",
     [(MB, "17345562336")], []),
    ("sms", "debtor", "林先生，您房贷逾期一事已转我司外访组，外访人员将于本周六上午到翠湖苑5栋1702室与您面谈，时间不便请回复改约。",
     [(A, "翠湖苑5栋1702室")], []),
    ("sms", "debtor", "郑宏伟，你妈许月娥名下东浦那套房子也是你们共有的吧？别逼我们去找她。",
     [(P, "郑宏伟"), (P, "许月娥")], [X]),
    ("sms", "debtor", "【启衡资产】蔡明辉您好，您目前在鹭洲港务集团物流公司上班，月薪一万二，公积金账户余额6.8万，完全有能力还款。",
     [(P, "蔡明辉")], [S, X]),
    ("sms", "third_party", "您好，我是鹭洲银行委托的催收员，您邻居1702的林志坚欠银行房贷四万多一直不还，麻烦见到他让他回电。",
     [(P, "林志坚")], [D]),
    ("sms", "debtor", "林志坚：你老婆黄雅琴手机13861016818，你岳父黄永福手机15922685710，我们都有，识相点今天处理。",
     [(P, "林志坚"), (P, "黄雅琴"), (MB, "13861016818"), (P, "黄永福"), (MB, "15922685710")], [U, X]),
    ("sms", "third_party", "吴先生您好，此前来电打扰了，经核实您不是我们要找的联系人，号码已删除，今后不再打扰。",
     [], []),
    ("sms", "debtor", "【启衡资产】林先生，你小孩在明湖实验小学三年二班，班主任姓陈，我们也认识。",
     [], [S]),
    ("sms", "debtor", "【启衡】王建新先生，你港澳通行证C62097318、回乡证H40817263我们已报给法院，你回内地就会被限制。",
     [(P, "王建新"), (PP, "C62097318"), (PP, "H40817263")], [U]),
    ("sms", "debtor", "叶女士：你按揭房明湖区那套的物业费也欠了三个月，物业说你每晚十点多才回，早上七点就出门。房贷的事躲不掉的。",
     [], [S]),
    ("sms", "third_party", "【鼎和咨询】苏先生，您作为苏建平名下抵押房产的共有人及抵押人，依法知悉：该房产担保的贷款已逾期，银行可能申请实现抵押权。请联系0595-2867 3310了解详情。",
     [(P, "苏建平"), (LL, "0595-2867 3310")], []),
]

# --- letters: collection letters, notices of acceleration, lawyers' letters, approvals and certificates --------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "鹭洲银行股份有限公司\n个人贷款催收函\n编号：LZYH-CS-2024-0917\n林志坚先生（身份证号：350206197605072850）：\n您于2021年3月与我行签订的《个人住房抵押借款合同》（合同号：LZ-FD-2021-0318），截至2024年9月17日已逾期62天，拖欠本金31,902.44元、利息及罚息5,556.16元，合计37,458.60元。请您于2024年9月30日前通过我行柜台、手机银行或向尾号0264还款卡存入足额款项。逾期不还，我行将依据合同约定宣布贷款提前到期，并依法申请处置抵押物。\n联系电话：0595-2286 7731（个贷中心）\n鹭洲银行个人贷款管理部\n2024年9月17日",
     [(P, "林志坚"), (ID, "350206197605072850"), (LL, "0595-2286 7731")], [U]),
    ("notice", "debtor", "贷款提前到期通知书\n致：林志坚（借款人）、黄雅琴（共同借款人）\n送达地址：鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室\n因你方连续三期未按约归还贷款，依据《个人住房抵押借款合同》第十二条，我行宣布上述贷款于2024年10月8日提前到期，你方应于收到本通知之日起十日内归还全部剩余本金586,214.30元及相应利息。逾期未还，我行将向人民法院申请实现担保物权。\n证件号码：借款人3502**********2850，共同借款人3506**********2223\n鹭洲银行股份有限公司湖滨支行（公章）\n2024年10月8日",
     [(P, "林志坚"), (P, "黄雅琴"), (A, "鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室")], []),
    ("notice", "debtor", "福建衡泽律师事务所\n律师函\n（2024）衡泽律函字第0611号\n致：郑宏伟先生\n身份证号：350583198609253855\n手机：18137590199\n本所接受鹭洲银行股份有限公司委托，就您所借“安居融”房产抵押消费贷款逾期一事致函如下：截至本函发出之日，您尚欠本金214,800.00元及利息、罚息。请您在收函后七日内与委托人联系还款事宜，否则本所将代理委托人提起诉讼，并申请拍卖、变卖抵押房产以实现债权，由此产生的诉讼费、律师费依合同约定由您承担。\n承办律师：庄文斌 0595-2216 5083\n2024年10月11日",
     [(P, "郑宏伟"), (ID, "350583198609253855"), (MB, "18137590199"), (P, "庄文斌"), (LL, "0595-2216 5083")], [U]),
    ("notice", "debtor", "催收通知书\n蔡明辉：\n你在我行办理的房抵经营贷已逾期118天。经我行核查，你另有泉商银行、海峡消费金融欠款合计9.3万元；你前妻洪丽娟（2023年与你协议离婚）名下有一辆闽D·7K352小车；你父母住晋江市安海镇型厝村三组27号。请你正视债务，于15日内还款。\n鹭洲银行资产保全部",
     [(P, "蔡明辉"), (P, "洪丽娟"), (PL, "闽D·7K352"), (A, "晋江市安海镇型厝村三组27号")], [S, X]),
    ("notice", "third_party", "履行保证责任通知书\n陈秀梅女士：\n2022年3月15日，您与我行签订《最高额保证合同》，为借款人陈秀兰在我行的“鹭商贷”经营性贷款提供连带责任保证。现借款人已逾期97天，尚欠本息226,413.09元。根据保证合同约定，请您于2024年10月15日前代为清偿。如有异议，请于收到本通知后7日内书面提出。\n鹭洲银行股份有限公司东浦支行\n联系人：叶经理 0595-2867 1192",
     [(P, "陈秀梅"), (P, "陈秀兰"), (LL, "0595-2867 1192")], []),
    ("notice", "third_party", "致鹭洲港务集团物流有限公司人力资源部：\n贵司员工郑宏伟（工号0388）在我行办理的房产抵押贷款已逾期三个月，欠款二十余万元，经多次催收未果。恳请贵司协助督促其履行还款义务，并告知其现住址。\n鹭洲银行资产保全部\n2024年10月9日",
     [(P, "郑宏伟")], [D]),
    ("notice", "third_party", "致鹭洲港务集团物流有限公司人力资源部：\n我行有一份需本人签收的密封信函，收件人为贵司员工郑宏伟先生。烦请转交，或告知其与我行联系（0595-2286 7731）领取。信函涉及其个人事务，内容恕不便告知。\n鹭洲银行湖滨支行",
     [(P, "郑宏伟"), (LL, "0595-2286 7731")], []),
    ("notice", "debtor", "鷺洲銀行股份有限公司\n還款提示函\n王建新先生：\n閣下於本行辦理之個人住房按揭貸款（合約編號LZ-AJ-2019-0452）已逾期41天，尚欠本息人民幣18,366.20元。敬請於2024年10月31日前經本行網上銀行或櫃檯還款。如有疑問，請致電0595-2286 7731。\n郵寄地址：香港九龍旺角砵蘭街212號華興大廈8樓C室",
     [(P, "王建新"), (LL, "0595-2286 7731"), (A, "香港九龍旺角砵蘭街212號華興大廈8樓C室")], []),
    ("notice", "debtor", "还款催告函\n许丽华女士：\n您在我行的住房按揭贷款已连续逾期4期，合计欠款17,145.68元。考虑到您儿子目前在鹭洲一中读高二，家里需要稳定住所，望您珍惜现有住房，于10日内还清逾期款项。\n鹭洲银行个人贷款管理部",
     [(P, "许丽华")], [S]),
    ("notice", "debtor", "逾期还款提醒函\n刘振华先生：\n您尾号8038的还款账户已连续两期扣款失败，房抵贷当前逾期金额8,902.55元（本金7,430.10元，利息及罚息1,472.45元）。请于2024年10月25日前存入足额款项。如您因失业、疾病等原因还款困难，可向我行申请调整还款计划，电话4008-816-588。\n抄送：刘振东（借款人之弟）、刘阿婆（借款人之母）\n鹭洲银行湖滨支行",
     [(P, "刘振华"), (P, "刘振东")], [X]),
    ("notice", "third_party", "福建衡泽律师事务所\n律师函\n致：洪丽娟女士\n本所受鹭洲银行委托告知：蔡明辉名下滨江路那套抵押房产因贷款逾期，委托人拟申请拍卖。鉴于您曾在该房产共同居住，特此函告，请您转告蔡明辉主动与委托人联系。\n衡泽律师事务所 谢律师",
     [(P, "洪丽娟"), (P, "蔡明辉"), (P, "蔡明辉")], [D]),
    ("notice", "debtor", "提前收贷通知书\n借款人：苏建平  身份证号码：350302196007046156\n还款账号：6236686505610401\n你在我行办理的“鹭商贷”房产抵押经营贷款（借款合同编号：JY350302-20210618-042）已逾期103天。根据合同第九条，我行决定提前收回全部贷款本息，请于通知送达之日起十五日内清偿。\n鹭洲银行东浦支行",
     [(P, "苏建平"), (ID, "350302196007046156"), (BC, "6236686505610401")], [U]),
    ("notice", "debtor", "分期还款协议（节选）\n甲方：鹭洲银行股份有限公司湖滨支行\n乙方：林志坚\n乙方确认截至2024年10月20日尚欠逾期本息37,458.60元，双方同意分6期偿还，每期6,243.10元，于每月20日前存入乙方尾号0264还款卡。乙方按期履行的，甲方暂不宣布贷款提前到期。",
     [(P, "林志坚")], []),
    ("notice", "debtor", "延期还款审批结果通知\n黄晓燕女士：\n您因乳腺癌术后化疗、每周两次在鹭洲市第一医院肿瘤科复诊而申请房贷延期，经审核，同意延期6个月。\n鹭洲银行个人贷款管理部",
     [(P, "黄晓燕")], [S]),
    ("notice", "debtor", "延期还款审批结果通知\n尊敬的客户：\n您提交的困难情况说明及证明材料已收悉。经审核，同意您的住房贷款自2024年11月起延期还本6个月，延期期间按月付息。如有疑问请致电个贷中心0595-2286 7731。",
     [(LL, "0595-2286 7731")], []),
    ("notice", "debtor", "催收函\n致：颜国强先生（手机18702822616）\n地址：漳州市芗城区胜利西路108号丹霞苑2幢1103室\n您在我行的房产抵押消费贷已逾期56天，尚欠42,910.33元。你的妻子曾美玲（手机15609849292）、女儿颜欣怡（在读漳州三中初一）均为家庭成员，望全家共同督促还款。\n鹭洲银行资产保全部",
     [(P, "颜国强"), (MB, "18702822616"), (A, "漳州市芗城区胜利西路108号丹霞苑2幢1103室"), (P, "曾美玲"), (MB, "15609849292"), (P, "颜欣怡")], [S, U, X]),
]

# --- agents' calls as transcripts: borrowers, co-borrowers, guarantors, relatives, neighbours, employers -------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是厦门启衡资产，受鹭洲银行委托来电，请问是林志坚先生吗？\n客户：是我。\n坐席：为核实身份，您身份证号是350206197605072850对吧？\n客户：对。\n坐席：您的房贷已经逾期62天了，今天能安排吗？",
     [(P, "林志坚"), (ID, "350206197605072850")], [U]),
    ("call", "debtor", "催收员：您好，我是鹭洲银行个贷中心的，工号2231。请问是郑宏伟先生本人吗？\n借款人：是。\n催收员：麻烦报一下身份证后四位核实一下。\n借款人：3855。\n催收员：好的，核实通过。您安居融这期4,980元还没扣到，是卡里钱不够吗？\n借款人：这个月工资晚发，下周一能存。\n催收员：好，我给您备注下周一，记得存到6217001285872424那张卡。",
     [(P, "郑宏伟"), (BC, "6217001285872424")], [U]),
    ("call", "third_party", "坐席：喂，您好，请问是蔡明辉的爱人吗？\n第三方：我们已经离婚了。\n坐席：哦，那也麻烦您跟他说一下，他那套房子的贷款都欠四个月了，银行要拍卖了。\n第三方：跟我没关系。",
     [(P, "蔡明辉")], [D]),
    ("call", "third_party", "坐席：您好，打扰了，我找一下蔡明辉先生，请问您认识吗？\n联系人：他是我前夫，早就不住一起了。\n坐席：好的，那不打扰您。如果方便的话请他回个电话就行，谢谢。\n联系人：我没他电话了。\n坐席：没关系，抱歉打扰。",
     [(P, "蔡明辉")], []),
    ("call", "debtor", "坐席：您好，这里是鹭洲银行个贷中心，请问是黄雅琴女士吗？\n客户：是我，什么事？\n坐席：您是翠湖苑那笔住房贷款的共同借款人，目前已逾期45天，欠款3.7万。主借款人林先生一直联系不上，按合同您也有还款责任。\n客户：他出去跑车了，我让他打给你们。",
     [(P, "黄雅琴")], []),
    ("call", "third_party", "催收员：陈秀梅女士您好，我是鼎和咨询的，受鹭洲银行委托，就您为您妹妹陈秀兰那笔经营贷做的连带保证联系您。\n第三方：我知道，她店关了。\n催收员：借款人逾期97天了，按保证合同您需要承担保证责任。您看能先代偿一部分吗？或者我们三方约个时间一起协商。",
     [(P, "陈秀梅"), (P, "陈秀兰")], []),
    ("call", "third_party", "坐席：阿姨您好，我找郑宏伟，他是您儿子吧？\n第三方：是啊，他不在家。\n坐席：他在鹭洲银行的房贷欠了二十多万。听说您上个月在中山医院做了心脏支架，房子要是被拍了，您以后住哪去？\n第三方：啊？他没跟我讲……",
     [(P, "郑宏伟")], [D, S]),
    ("call", "debtor", "坐席：林先生，你儿子林子睿在明湖实验小学三年二班，你老婆黄雅琴在鹭洲妇幼上班，这些我们都清楚。\n客户：你们想干什么？\n坐席：不想干什么，就是让你把房贷还了。",
     [(P, "林子睿"), (P, "黄雅琴")], [S, X]),
    ("call", "third_party", "坐席：您好，请问是1701的住户吗？我想问下隔壁1702的林先生最近还住这边吗？\n第三方：好像很少看到了。\n坐席：好的，谢谢，打扰了。",
     [], []),
    ("call", "third_party", "坐席：您好，我是银行的，您隔壁1702那户房贷一直没还，房子可能要被法院拍了，他们家最近有人回来吗？\n第三方：不太清楚。",
     [], [D]),
    ("call", "debtor", "客户：我下个月要做手术，能不能先停一停\n坐席：您保重身体。这种情况可以申请延期，我先帮您提交，您上传一下诊断证明就行，最长可以延6个月。\n客户：好的，谢谢。",
     [], []),
    ("call", "debtor", "坐席：陈女士，您报的尾号不对啊，我这边看到的还款卡是6231859568698556，您说的那张是另一张吧？\n客户：哦，那张我不用了。\n坐席：那您今天把钱存到6231859568698556这张就行。",
     [(BC, "6231859568698556"), (BC, "6231859568698556")], [U]),
    ("call", "third_party", "坐席：阿姆，汝后生宏伟敢有佇厝？\n第三方：伊无佇咧，啥物代志？\n坐席：伊佇阮银行彼间厝的钱，三个月无还矣，汝共伊讲紧拍电话转来。\n第三方：好好好。",
     [(P, "宏伟")], [D]),
    ("call", "third_party", "坐席：您好，请问是鹭洲港务物流的人事部吗？我想确认一下郑宏伟先生是否还在贵司任职。\n第三方：请问您是哪里？\n坐席：我这边有份材料需要他本人签收，内容不方便细说。麻烦您让他有空回个电话0595-2286 7731，谢谢。\n第三方：好，我转告。",
     [(P, "郑宏伟"), (LL, "0595-2286 7731")], []),
    ("call", "third_party", "坐席：人事部吗？你们公司郑宏伟欠我们银行房抵贷二十多万，电话不接，你们帮忙催一下，或者从他工资里扣。\n第三方：这个我们不能做。",
     [(P, "郑宏伟")], [D]),
    ("call", "debtor", "催收员：苏先生，你老婆尿毒症每周透析三次，一次四百多，这钱都拿得出，房贷就拿不出？\n借款人：那是救命钱！\n催收员：房子也是命啊。",
     [], [S]),
    ("call", "debtor", "坐席：王先生，我们查到你回乡证H40817263这个月20号从皇岗口岸入境了，现在人在深圳吧？\n客户：你们怎么查到的？",
     [(PP, "H40817263")], [S, U]),
    ("call", "debtor", "坐席：您好，鹭洲银行个贷中心回访，请问是黄晓燕女士吗？\n客户：是，我还在治疗，没法上班。\n坐席：了解。您之前的延期申请已经通过，这半年只需要按月付利息，每月1,236元，您看能做到吗？\n客户：可以。\n坐席：好的，有任何变化随时打4008-816-588，祝您早日康复。",
     [(P, "黄晓燕")], []),
    ("call", "third_party", "坐席：喂，你是庄志明吧？你朋友颜国强那个房子的事你知道吧，银行那边还在等他，你叫他别躲了。\n第三方：什么房子？我不清楚。",
     [(P, "庄志明"), (P, "颜国强")], [D]),
    ("call", "debtor", "坐席：颜先生，你女儿颜欣怡、你老婆曾美玲的电话我们都有，你丈母娘就住你们隔壁那栋，我们不想去打扰她们。\n客户：你们别乱来。",
     [(P, "颜欣怡"), (P, "曾美玲")], [X]),
]

# --- calls as speech-to-text output: no punctuation, fillers, numbers read aloud, Minnan-accented homophones --------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是鹭洲银行委托的启衡资产呃请问是林志坚先生吗\n客户：嗯是我\n坐席：核实一下您的身份证号码是三五零二零六一九七六零五零七二八五零对吧\n客户：对\n坐席：那您这个房贷逾期六十多天了呃今天能不能先还一期",
     [(P, "林志坚"), (ID, "三五零二零六一九七六零五零七二八五零")], [U]),
    ("call", "debtor", "坐席：陈女士你那个经营贷的扣款卡是六二五九 六八两两 两四九七 三三两幺这张对吧这张卡上礼拜转出去三万多我们都看得到的\n客户：那是货款",
     [(BC, "六二五九 六八两两 两四九七 三三两幺")], [S, U]),
    ("call", "debtor", "坐席：你老婆电话是不是幺八六洞五洞八三四幺五嗯我们已经打过了她说让你自己处理\n客户：你们打她干嘛",
     [(MB, "幺八六洞五洞八三四幺五")], [U, X]),
    ("call", "debtor", "坐席：麻烦留一个新的联系电话\n客户：幺八洞六八九六九八八四\n坐席：好的尾号八八四是吧我记下了那我们下周一上午再跟您确认还款",
     [(MB, "幺八洞六八九六九八八四")], []),
    ("call", "third_party", "坐席：喂你好请问是陈秀兰的弟弟吗\n第三方：对你哪位\n坐席：我这边鼎和的嗯就是你姐那个店面抵押的事情银行那边一直在等她你让她这两天回个电话\n第三方：什么抵押",
     [(P, "陈秀兰")], [D]),
    ("call", "debtor", "坐席：蔡先生你跟你前妻那个离婚判决书我们看过了房子判给你了那贷款就是你的嘛对不对\n客户：那是我的事",
     [], [S]),
    ("call", "debtor", "催收员：嗯那个你家小孩是在东浦二小读五年级对吧每天下午四点四十放学我们同事有看到的\n客户：你什么意思",
     [], [S]),
    ("call", "third_party", "坐席：喂你好请问是林志坚家里吗\n第三方：他不在\n坐席：哦好的那麻烦他回来跟他说一声回个电话就好谢谢\n第三方：你哪里啊\n坐席：我姓苏他回电话就知道了",
     [(P, "林志坚")], []),
    ("call", "third_party", "坐席：你是苏建平的担保人对吧身份证三五洞三洞二一九六八洞二一三洞二洞叉是你本人吧\n第三方：是我\n坐席：那他那笔鹭商贷逾期一百多天了按合同你要承担保证责任",
     [(P, "苏建平"), (ID, "三五洞三洞二一九六八洞二一三洞二洞叉")], [U]),
    ("call", "debtor", "坐席：郑先生呃你那个公积金每个月缴两千四余额也有十一万多我们查过的你这个完全还得起嘛",
     [], [S]),
    ("call", "third_party", "坐席：大姐你好我问一下十二幢九零三那户姓陈的最近有没有回来\n第三方：不知道\n坐席：她那个房子银行要收回去了你见到她跟她说一声",
     [], [D]),
    ("call", "debtor", "坐席：王先生你的护照号码是E七三八二零五幺六对吧我们这边登记一下方便后面寄材料\n客户：不用寄香港",
     [(PP, "E七三八二零五幺六")], [U]),
    ("call", "debtor", "坐席：刘先生你爸中风在鹭洲一院康复科住着嘛我们知道的你弟也跟我们讲了\n客户：你们找我弟干嘛",
     [], [S]),
    ("call", "debtor", "坐席：喂你好这边是鹭洲银行个贷中心的请问是颜国强先生本人吗\n客户：你说\n坐席：麻烦您报一下身份证后四位\n客户：三六七二\n坐席：好的谢谢您这个房抵贷这期还差两千九百一呃今天能存进去吗你老婆曾美玲上个月不是说会帮你还的嘛",
     [(P, "颜国强"), (P, "曾美玲")], [X]),
]

# --- robot calls with keypad turns -------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是鹭洲银行，请问您是林志坚先生本人吗？是请按1，不是请按2。\n客户：（按键1）\n机器人：您的住房贷款本期应还4,286.17元，已逾期5天，请于今日存入尾号0264还款卡。如已还款请忽略。",
     [(P, "林志坚")], []),
    ("call", "debtor", "机器人：尊敬的客户，您的房贷还款卡卡号为 6 2 2 8 4 8 6 6 2 8 0 7 3 7 7 1 ，本期扣款失败，请于今日存入足额款项。重听请按1。\n客户：（按键1）",
     [(BC, "6 2 2 8 4 8 6 6 2 8 0 7 3 7 7 1")], [U]),
    ("call", "third_party", "机器人：您好，这里是鹭洲银行，请问您是许丽华女士本人吗？是请按1，不是请按2。\n第三方：（按键2）\n机器人：打扰了。请您转告许丽华女士，其住房贷款已逾期，请尽快还款。",
     [(P, "许丽华"), (P, "许丽华")], [D]),
    ("call", "third_party", "机器人：您好，请问是颜国强先生吗？是请按1，不是请按2。\n第三方：（按键2）\n机器人：抱歉打扰，再见。",
     [(P, "颜国强")], []),
    ("call", "debtor", "機器人：您好，這裡是鷺洲銀行，請問是王建新先生本人嗎？是請按1。\n客戶：（按鍵1）\n機器人：閣下之按揭貸款已逾期41天，請盡快還款。本行已調取閣下港澳通行證C62097318及回鄉證H40817263之出入境紀錄。",
     [(P, "王建新"), (PP, "C62097318"), (PP, "H40817263")], [S, U]),
    ("call", "debtor", "机器人：为确认身份，请输入您身份证号码后四位，以井号键结束。\n客户：（按键2850#）\n机器人：验证成功。您的房抵贷当前逾期金额37,458.60元，转人工请按0。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是鹭洲银行。您作为苏建平先生“鹭商贷”的保证人，该笔贷款已逾期103天，请您履行保证责任，详情请按1转人工。\n第三方：（按键1）",
     [(P, "苏建平")], []),
    ("call", "third_party", "机器人：您好，这里是鹭洲银行个人贷款管理部，请问您认识郑宏伟先生吗？认识请按1。\n第三方：（按键1）\n机器人：请转告郑宏伟先生，他的贷款事宜请尽快联系我行处理。",
     [(P, "郑宏伟"), (P, "郑宏伟")], [D]),
    ("call", "debtor", "机器人：尊敬的客户，您的房贷已逾期。新学期即将开始，您孩子就读的明湖实验小学三年级学位与这套房产相关，请尽快还款保住房产。",
     [], [S]),
    ("call", "debtor", "机器人：请核对您的证件号码：３５０６８１１９８６１１１０２２２３，核对无误请按1，有误请按2。\n客户：（按键1）",
     [(ID, "３５０６８１１９８６１１１０２２２３")], [U]),
    ("call", "third_party", "机器人：您好，这里是鹭洲银行。请转告户主陈秀兰，她位于海悦华庭的抵押房产即将进入司法拍卖程序。\n第三方：（按键0）",
     [(P, "陈秀兰")], [D]),
]

# --- spouses, former spouses, children, parents, in-laws, co-owners and guarantors ----------------------------

FAMILY_AND_OWNERS: list[PiplEntry] = [
    ("app", "third_party", "洪女士，打扰了。蔡明辉那边的房子月供拖了四个月，你们还有联系的话帮忙提醒下他。",
     [(P, "蔡明辉")], [D]),
    ("sms", "third_party", "俊杰你好，你妈妈那个月供的事情还没解决，你劝劝她早点处理，别让银行走到那一步。",
     [(P, "俊杰")], [D]),
    ("app", "debtor", "黄女士，您和林先生共同借款的那笔房贷，本月20号前需要还清逾期的三期，合计12,858.51元。您在鹭洲妇幼上夜班，每月到手八千多，这边可以先安排吗？",
     [], [S]),
    ("sms", "third_party", "您好，您是苏建平的姐夫吧？麻烦跟他说一声，东浦支行那边的事等不了了，让他回个电话。",
     [(P, "苏建平")], [D]),
    ("call", "third_party", "坐席：小朋友，你是颜欣怡吧？回家跟你爸爸说，银行的叔叔找他还房贷，不还的话你们家房子要被收走的。\n第三方：哦……",
     [(P, "颜欣怡")], [D]),
    ("call", "third_party", "催收员：陈女士，您作为保证人，我们查到您在鹭洲农商行有一笔二十万的定期，下个月到期，到时候先代偿一部分吧。\n第三方：你们怎么知道我的存款？",
     [], [S]),
    ("sms", "debtor", "黄女士，林志坚现在跟一个叫邱佩玲的女人住在集美，她电话19902639745，你要找他可以打这个。房贷你们总得有人还。",
     [(P, "林志坚"), (P, "邱佩玲"), (MB, "19902639745")], [S, U, X]),
    ("call", "third_party", "坐席：黄叔，我是启衡的，你女婿林志坚房贷断供两个月了，你女儿也是共同借款人，到时候房子拍了她也要背债。\n第三方：我会跟他们讲。",
     [(P, "林志坚")], [D]),
    ("app", "third_party", "王太，唔好意思打扰，你老公建新喺我哋银行嘅按揭已经断供，麻烦你叫佢尽快覆电。",
     [(P, "建新")], [D]),
    ("sms", "third_party", "许月娥女士：您与郑宏伟共同共有的东浦区房产已设定抵押，所担保的贷款目前逾期。作为抵押人，您有权了解处置进展，详情可致电0595-2286 7731。",
     [(P, "许月娥"), (P, "郑宏伟"), (LL, "0595-2286 7731")], []),
    ("app", "third_party", "吴先生，你前妻陈秀兰欠鹭洲银行经营贷二十多万，你女儿吴佳怡在鹭洲外国语初二（5）班，学费你们谁出？房子没了孩子怎么办。",
     [(P, "陈秀兰"), (P, "吴佳怡")], [D, S, X]),
    ("call", "third_party", "坐席：您好，陈秀梅女士吗？上次您说先代偿五万，款项已经收到了，谢谢。剩下的部分等借款人的分期方案出来，我们再跟您同步。\n第三方：好的。",
     [(P, "陈秀梅")], []),
    ("sms", "third_party", "振东，我是银行外包的，你哥振华手机停机了，他房抵贷逾期的事你知道吧，让他联系我18149249971。",
     [(P, "振东"), (P, "振华"), (MB, "18149249971")], [D]),
    ("call", "third_party", "坐席：洪女士，你们离婚那时候他不是得了抑郁症吗，现在还在吃药吗？我们就想知道他有没有能力还房贷。\n第三方：我不知道。",
     [], [D, S]),
    ("sms", "debtor", "黄女士，您作为共同借款人，请于本月底前还款。另外您父亲黄永福住泉州市丰泽区东海街道云鹿路19号，我们外访员下周会过去拜访。",
     [(P, "黄永福"), (A, "泉州市丰泽区东海街道云鹿路19号")], [X]),
    ("call", "third_party", "坐席：陈姐，汝是担保人，秀兰彼条贷款汝知影的，阮今仔日是来共汝参详看按怎分期还。\n第三方：我嘛无才调一下还遐济。\n坐席：无要紧，阮会当分十二期。",
     [(P, "秀兰")], []),
]

# --- property offices, neighbours, landlords, employers and a school ----------------------------------------

NEIGHBOURS_AND_EMPLOYERS: list[PiplEntry] = [
    ("app", "third_party", "您好，请问翠湖苑5栋1702最近是否有人居住？有一份文件需要当面交给业主，谢谢。",
     [(A, "翠湖苑5栋1702")], []),
    ("app", "third_party", "物业你好，5栋1702林志坚欠我们银行房贷好几个月了，这房子马上要被法院拍卖，你们物业费也早点找他要，他回来麻烦通知我们。",
     [(P, "林志坚")], [D]),
    ("call", "third_party", "坐席：物业吗，麻烦帮我查下5栋1702的门禁记录，他几点出门几点回来？\n第三方：这个不能给你。\n坐席：我们是银行委托的，他欠房贷，你配合一下嘛。",
     [], [D]),
    ("app", "third_party", "各位业主好，12幢903陈秀兰女士名下房产因欠鹭洲银行贷款即将司法拍卖，有意向购买或知道她下落的请私聊我。",
     [(P, "陈秀兰")], [D]),
    ("call", "third_party", "坐席：前台你好，我找一下你们物流部的郑宏伟。\n第三方：他在开会，您哪位？\n坐席：我姓何，麻烦他开完会回我电话，谢谢。",
     [(P, "郑宏伟")], []),
    ("app", "third_party", "您好，林志坚先生是不是租了您在集美的房子？我们是鹭洲银行的，他房贷逾期的催告函寄不到，方便告诉一下门牌号吗？",
     [(P, "林志坚")], [D]),
    ("app", "third_party", "房东你好，你租客林志坚自己的房子都要被银行收了，房贷欠了好几个月，他的房租你最好让他按月交，别被他拖了。",
     [(P, "林志坚")], [D]),
    ("sms", "debtor", "林先生，你对门1701的邱阿姨、楼下1602的许明达都说好久没见你回来了，你别躲了。",
     [(P, "许明达")], [X]),
    ("email", "third_party", "HR您好：\n贵司员工蔡明辉在我行的房产抵押经营贷已逾期118天，尚欠本息40余万元。根据借款合同，借款人同意我行向其工作单位核实信息，特此告知，请转告其主动联系。\n鹭洲银行资产保全部 0595-2867 1192",
     [(P, "蔡明辉"), (LL, "0595-2867 1192")], [D]),
    ("email", "third_party", "您好：\n我行需向贵司员工蔡明辉先生送达一份个人信函，请问其是否仍在贵司任职、是否方便转交？信函为密封件，内容仅本人可阅。\n鹭洲银行湖滨支行",
     [(P, "蔡明辉")], []),
    ("call", "third_party", "坐席：是明湖实验小学三年二班的陈老师吗？林子睿的爸爸欠我们银行房贷，电话一直不接，您能不能让孩子回家转告一下？\n第三方：这不合适吧。",
     [(P, "林子睿")], [D]),
    ("call", "third_party", "坐席：阿伯，隔壁明辉伊的厝予银行欲拍卖矣，伊欠阮房贷，汝敢知伊徙去佗位？\n第三方：毋知影。",
     [(P, "明辉")], [D]),
    ("call", "third_party", "坐席：大姐，903的陈秀兰是不是住院了？听说做了子宫手术，房贷欠着也不是办法，你们邻居帮忙劝劝她。\n第三方：我不清楚。",
     [(P, "陈秀兰")], [D, S]),
    ("app", "third_party", "你好，地下车库B2-117车位那辆闽D·3F829是蔡明辉的吧？车还在，说明人在小区，我们银行找他好久了。",
     [(PL, "闽D·3F829"), (P, "蔡明辉")], [D]),
    ("app", "third_party", "你好，你是蔡明辉同事吧？他最近每天几点下班？他欠银行的钱我们要当面跟他谈一下。",
     [(P, "蔡明辉")], [D]),
]

# --- visit reports, skip-tracing notes and appointment sheets (internal: judged without disclosure) ------------

VISIT_REPORTS: list[PiplEntry] = [
    ("app", "unknown", "外访报告\n案件：鹭洲银行房抵贷/林志坚\n外访时间：2024-09-21 10:20\n外访地址：鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室\n外访人员：苏立新、何振宇（两人，已出示工作证）\n情况：敲门无人应答，留置密封联系函一份。物业称近一月未见业主，对门1701邱美华、楼下1602许明达也说很久没见到他。\n下一步：电话跟进。",
     [(P, "林志坚"), (A, "鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室"), (P, "苏立新"), (P, "何振宇"), (P, "邱美华"),
      (P, "许明达")], [X]),
    ("app", "unknown", "外访小结（颜国强）：据楼下便利店老板郑丽萍、对门邻居柯建国反映，颜每天早上7点送女儿去漳州三中，晚上10点后回家，周末去丈母娘家。建议周日晚上蹲守。",
     [(P, "颜国强"), (P, "郑丽萍"), (P, "柯建国")], [S, X]),
    ("app", "unknown", "外访登记表\n债务人：郑宏伟  证件号：350583198609253855\n联系电话：18137590199\n外访结果：本人在家，承认欠款，承诺10月25日前还款2万元。",
     [(P, "郑宏伟"), (ID, "350583198609253855"), (MB, "18137590199")], [U]),
    ("app", "unknown", "外访登记表\n债务人：郑宏伟  证件号：3505****3855  电话：181****0199\n外访结果：本人在家，承认欠款，承诺10月25日前还款2万元，已签还款承诺书。\n外访人员：何振宇、庄志伟",
     [(P, "郑宏伟"), (P, "何振宇"), (P, "庄志伟")], []),
    ("app", "unknown", "外访记录：陈秀兰自述术后在家休养、店铺已关、暂无收入，申请分期。已告知延期及分期政策，待其提交材料后报行里审批。",
     [(P, "陈秀兰")], []),
    ("app", "unknown", "走访笔记：向海悦华庭保安打听，903业主陈秀兰每周一三五上午去鹭洲市中医院做化疗，下午两点左右回小区。建议周三下午在门口等。",
     [(P, "陈秀兰")], [S]),
    ("email", "unknown", "失联修复记录（蔡明辉）：\n1. 现单位：鹭洲港务集团物流有限公司调度科，单位座机0595-2255 6610\n2. 父亲蔡金水 13554684245\n3. 前妻洪丽娟 15355675404（拒绝配合）\n4. 新车闽D·3F829，停翠湖苑B2车库",
     [(P, "蔡明辉"), (LL, "0595-2255 6610"), (P, "蔡金水"), (MB, "13554684245"), (P, "洪丽娟"), (MB, "15355675404"), (PL, "闽D·3F829")], [U, X]),
    ("app", "unknown", "定位跟踪：林志坚手机近三日活动轨迹——白天在集美区杏林湾一带，晚上住乐海路某公寓，周五晚去了趟后溪。",
     [(P, "林志坚")], [S]),
    ("app", "unknown", "家访补充：林家儿子林子睿，明湖实验小学三年二班，班主任陈老师；女儿林子萱，明湖幼儿园大班，每天下午4点半由外婆接。",
     [(P, "林子睿"), (P, "林子萱")], [S, X]),
    ("app", "unknown", "预约上门单\n客户：黄晓燕\n约定时间：10月19日（周六）14:00\n约定地址：鹭洲市东浦区兴港路66号海悦华庭A区3幢501室\n事由：当面签署延期还款协议\n注意：上门人员两人，出示工作证，客户同意后方可入室。",
     [(P, "黄晓燕"), (A, "鹭洲市东浦区兴港路66号海悦华庭A区3幢501室")], []),
    ("email", "unknown", "资产线索：郑宏伟工资卡（本行尾号7751）近6个月月均入账9,400元，年终奖11月发放约3万元；公积金余额11.2万。",
     [(P, "郑宏伟")], [S]),
    ("app", "unknown", "外访：苏建平妻子尿毒症，每周二四六在鹭洲一院血透室透析，苏本人白天陪护。",
     [(P, "苏建平")], [S]),
    ("app", "unknown", "外访人员：苏立新、何振宇\n在场人员：债务人母亲许月娥（72岁）、弟弟郑宏斌（手机13124682522，在鹭洲海关工作）、弟媳陈雅芳",
     [(P, "苏立新"), (P, "何振宇"), (P, "许月娥"), (P, "郑宏斌"), (MB, "13124682522"), (P, "陈雅芳")], [U, X]),
    ("app", "unknown", "外访车辆登记：闽D·5Q218（公司车），司机何振宇，往返里程46公里。",
     [(PL, "闽D·5Q218"), (P, "何振宇")], []),
]

# --- quality-check sheets, complaint tickets and replies ------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0923-117\n坐席工号：QH3107\n问题：核身时完整念出客户身份证号350206197605072850，违反脱敏要求。\n扣分：-10",
     [(ID, "350206197605072850")], [U]),
    ("notice", "unknown", "质检单 QC-0923-118\n问题：核身时念出客户完整身份证号（3502**********2850），违反脱敏规范，已通报并要求复训。",
     [], []),
    ("notice", "unknown", "质检备注：客户称“我在做化疗，真的没钱”，坐席未安抚即继续催款，判定不合格，需回访并登记延期。",
     [], []),
    ("notice", "unknown", "质检单 QC-1002-031\n违规点：坐席对客户说出其儿子在明湖实验小学三年二班、班主任姓陈。\n扣分：-20，移交合规部。",
     [], [S]),
    ("notice", "unknown", "质检单 QC-1002-032\n违规点：坐席在通话中提及客户未成年子女的学校信息，属使用敏感个人信息施压，扣20分。",
     [], []),
    ("email", "unknown", "投诉工单 TS20241008-0412\n投诉人：黄雅琴  手机：13861016818\n内容：催收人员向其父亲透露夫妻房贷逾期。\n处理：已核实，约谈外包机构启衡资产。",
     [(P, "黄雅琴"), (MB, "13861016818")], [U]),
    ("email", "unknown", "投诉工单 TS20241011-0507\n投诉人：颜国强，住漳州市芗城区胜利西路108号丹霞苑2幢1103室，工作单位漳州闽南建工集团\n诉求：催收员联系其女儿学校。",
     [(P, "颜国强"), (A, "漳州市芗城区胜利西路108号丹霞苑2幢1103室")], [X]),
    ("sms", "debtor", "黄女士您好，关于您投诉外包人员联系您父亲一事，经核查属实，我行已暂停该机构对您家庭的外呼，并对其作出处罚。给您带来困扰，深表歉意。【鹭洲银行】",
     [], []),
    ("notice", "unknown", "质检抽查：QH3122于9月28日拨打债务人弟弟郑宏斌13124682522共5次，超出第三方联系频次。",
     [(P, "郑宏斌"), (MB, "13124682522")], [U]),
    ("email", "unknown", "关于群众反映我行外包机构泄露其家庭信息的情况说明：经核查，外包机构坐席在联系债务人亲属时提及了债务人的婚姻状况，我行已终止该坐席的服务并对机构扣罚。",
     [], []),
    ("notice", "unknown", "质检记录：坐席对客户说“你老婆尿毒症每周透析三次”，以家属病情施压，判定严重违规。",
     [], [S]),
    ("notice", "unknown", "质检：坐席两次念出客户完整还款卡号6231859568698556，应只念尾号8556。",
     [(BC, "6231859568698556")], [U]),
]

# --- e-mails between the bank, the agencies and the law firm ---------------------------------------------------

LAW_FIRM_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "庄律师您好：\n附件为林志坚案件材料。借款人林志坚，身份证350206197605072850；共同借款人黄雅琴，身份证350681198611102223；抵押物：鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室（闽（2021）鹭洲市不动产权第0032817号）。请尽快立案。\n鹭洲银行资产保全部 叶晓东",
     [(P, "林志坚"), (P, "林志坚"), (ID, "350206197605072850"), (P, "黄雅琴"), (ID, "350681198611102223"),
      (A, "鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室"), (P, "叶晓东")], [U]),
    ("email", "unknown", "庄律师：\n郑宏伟案的起诉材料已通过加密邮箱发送，证件信息见加密附件，正文不再列明。立案后请回传案号。\n叶晓东 0595-2867 1192 yexd@luzhoubank.com.cn",
     [(P, "郑宏伟"), (P, "叶晓东"), (LL, "0595-2867 1192"), (EM, "yexd@luzhoubank.com.cn")], []),
    ("email", "unknown", "叶经理：\n陈秀兰借款合同纠纷一案已于10月16日立案，案号（2024）闽0214民初4417号，开庭时间另行通知。保全申请已一并提交。另：被告女儿吴佳怡在鹭洲外国语学校读初二，前夫吴建国电话17770094951，供参考。\n衡泽所 庄文斌",
     [(P, "陈秀兰"), (P, "吴佳怡"), (P, "吴建国"), (MB, "17770094951"), (P, "庄文斌")], [S, U, X]),
    ("email", "unknown", "叶经理好，启衡这边汇报：林志坚已失业，其妻黄雅琴怀孕5个月，每月在鹭洲妇幼产检，家里靠岳父接济。建议走诉讼。",
     [(P, "林志坚"), (P, "黄雅琴")], [S]),
    ("email", "unknown", "委外清单（第37批）\n1. 苏建平 还款卡6236686505610401 欠款226,413.09\n2. 刘振华 还款卡6217006776381702 欠款8,902.55\n3. 颜国强 还款卡6212023173789058321 欠款42,910.33\n请于30日内反馈。",
     [(P, "苏建平"), (BC, "6236686505610401"), (P, "刘振华"), (BC, "6217006776381702"), (P, "颜国强"),
      (BC, "6212023173789058321")], [U]),
    ("email", "unknown", "启衡资产：\n根据委托人要求，即日起暂停对蔡明辉一案的电话催收，所有联系统一由本所进行。如债务人主动来电，请告知其联系本所0595-2216 5083。\n福建衡泽律师事务所 庄文斌 zhuangwb@hengzelaw.cn",
     [(P, "蔡明辉"), (LL, "0595-2216 5083"), (P, "庄文斌"), (EM, "zhuangwb@hengzelaw.cn")], []),
    ("email", "unknown", "王建新（港籍）：护照号EA4817320，近半年出入境14次，主要经深圳湾口岸往返；建议银行申请限制出境。",
     [(P, "王建新"), (PP, "EA4817320")], [S, U]),
    ("email", "unknown", "庄律师：\n关于蔡明辉案抵押房产的权属，我行已取得不动产登记中心查询结果，现登记所有人仅蔡明辉一人，材料见附件。",
     [(P, "蔡明辉"), (P, "蔡明辉")], []),
    ("email", "unknown", "日报10.14：颜国强案，已确认其女在漳州三中初一（4）班，计划周五放学时在校门口与颜面谈。\n——启衡资产外访二组 qiheng_wf2@126.com",
     [(P, "颜国强"), (EM, "qiheng_wf2@126.com")], [S]),
    ("email", "unknown", "叶经理：苏建平案补充信息：其儿子苏子涵（在鹭洲理工学院读大二，手机13679912349）、女儿苏晓雯（已婚，住泉州市鲤城区江南街道紫华路56号）均可作为联系人。",
     [(P, "苏建平"), (P, "苏子涵"), (MB, "13679912349"), (P, "苏晓雯"), (A, "泉州市鲤城区江南街道紫华路56号")], [U, X]),
]

# --- court filings, court papers and the auction (papers filed with a court may carry full identifiers) --------

COURT_PAPERS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：鹭洲银行股份有限公司湖滨支行，住所地鹭洲市明湖区湖滨中路9号\n负责人：方志远，行长\n被告一：林志坚，男，1976年5月7日出生，汉族，住鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室，公民身份号码350206197605072850\n被告二：黄雅琴，女，1986年11月10日出生，汉族，住址同上，公民身份号码350681198611102223\n诉讼请求：1. 判令二被告归还借款本金586,214.30元及利息、罚息；2. 判令原告对抵押房产折价或拍卖、变卖所得价款享有优先受偿权……\n此致\n鹭洲市明湖区人民法院",
     [(A, "鹭洲市明湖区湖滨中路9号"), (P, "方志远"), (P, "林志坚"), (A, "鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室"),
      (ID, "350206197605072850"), (P, "黄雅琴"), (ID, "350681198611102223")], []),
    ("notice", "unknown", "实现担保物权申请书\n申请人：鹭洲银行股份有限公司东浦支行\n被申请人：苏建平，男，1960年7月4日生，公民身份号码350302196007046156，住鹭洲市东浦区兴港路12号港湾花园2幢602室\n请求事项：裁定准许拍卖、变卖被申请人所有的位于鹭洲市东浦区兴港路12号港湾花园2幢602室的房产（闽（2020）鹭洲市不动产权第0019273号），申请人对所得价款优先受偿。",
     [(P, "苏建平"), (ID, "350302196007046156"), (A, "鹭洲市东浦区兴港路12号港湾花园2幢602室"),
      (A, "鹭洲市东浦区兴港路12号港湾花园2幢602室")], []),
    ("notice", "unknown", "鹭洲市明湖区人民法院\n拍卖公告\n（2024）闽0213执1182号\n本院将于2024年12月10日10时至12月11日10时在淘宝网司法拍卖网络平台公开拍卖被执行人林志坚名下位于鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室的房产，起拍价1,286,000元。",
     [(P, "林志坚"), (A, "鹭洲市明湖区湖滨北路218号翠湖苑5栋1702室")], []),
    ("app", "third_party", "各位邻居，1702林志坚的房子法院要拍了，他欠银行房贷大半年，有兴趣的可以去淘宝司法拍卖看看。",
     [(P, "林志坚")], [D]),
    ("app", "debtor", "林先生，法院已发布拍卖公告，链接：https://sf.taobao.com/item/7712093 。拍卖前您仍可与我行协商还款，撤回拍卖需在公告期内完成。",
     [], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：鹭洲银行股份有限公司东浦支行\n被执行人：陈秀兰，女，1987年10月27日出生，公民身份号码350525198710273400，住鹭洲市东浦区兴港路66号海悦华庭B区12幢903室\n执行标的：226,413.09元及迟延履行期间的债务利息\n财产线索：被执行人名下鹭洲银行借记卡6217247879019832108。\n此致\n鹭洲市东浦区人民法院",
     [(P, "陈秀兰"), (ID, "350525198710273400"), (A, "鹭洲市东浦区兴港路66号海悦华庭B区12幢903室"),
      (BC, "6217247879019832108")], []),
    ("notice", "third_party", "鹭洲港务集团物流有限公司：\n贵司员工郑宏伟已被我行起诉（借款合同纠纷），随函附民事起诉状副本一份，请贵司知悉并督促其按时应诉。\n鹭洲银行资产保全部",
     [(P, "郑宏伟")], [D]),
    ("notice", "debtor", "诉前调解告知书\n郑宏伟（350583198609253855）：\n鹭洲银行诉你借款合同纠纷一案，已由鹭洲市明湖区人民法院委派鹭洲市金融纠纷调解中心进行诉前调解。请你于11月5日上午9时到明湖区湖滨中路11号调解中心3楼参加调解。\n鹭洲银行资产保全部",
     [(P, "郑宏伟"), (ID, "350583198609253855"), (A, "明湖区湖滨中路11号")], [U]),
    ("notice", "debtor", "鹭洲市东浦区人民法院\n传票\n案号：（2024）闽0214民初5521号\n被传唤人：陈秀兰\n传唤事由：开庭审理\n应到时间：2024年11月21日9时\n应到处所：本院第三法庭",
     [(P, "陈秀兰")], []),
    ("sms", "debtor", "【启衡】苏建平，身份证350302196007046156，你名下港湾花园房产明天就会被法院查封拍卖，速还款。",
     [(P, "苏建平"), (ID, "350302196007046156")], [U]),
    ("notice", "unknown", "财产保全申请书\n申请人：鹭洲银行股份有限公司东浦支行\n被申请人一：陈秀兰，公民身份号码350525198710273400\n被申请人二：陈秀梅（保证人），公民身份号码35062419830523102X\n请求事项：冻结被申请人二名下鹭洲农商银行账户6231150720958577104内存款20万元。\n此致\n鹭洲市东浦区人民法院",
     [(P, "陈秀兰"), (ID, "350525198710273400"), (P, "陈秀梅"), (ID, "35062419830523102X"), (BC, "6231150720958577104")], []),
    ("sms", "debtor", "【衡泽律所】郑宏伟先生，鹭洲银行诉您借款合同纠纷一案定于11月21日9时在明湖区法院第三法庭开庭，请准时到庭或委托代理人。咨询0595-2216 5083。",
     [(P, "郑宏伟"), (LL, "0595-2216 5083")], []),
    ("notice", "unknown", "民事判决书（节选）\n被告蔡明辉，男，1962年11月21日出生，住鹭洲市明湖区滨江路77号江景园3幢2201室。\n……判决如下：一、被告蔡明辉于本判决生效之日起十日内归还原告借款本金412,006.18元……",
     [(P, "蔡明辉"), (A, "鹭洲市明湖区滨江路77号江景园3幢2201室"), (P, "蔡明辉")], []),
]

# --- identifiers written and spoken every way --------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【鹭洲银行】尊敬的客户，您登记的证件号350211-19640305-8301与不动产登记信息一致，逾期信息已同步至征信系统。",
     [(ID, "350211-19640305-8301")], [U]),
    ("app", "debtor", "何先生，你身份证 3502 0319 6206 1987 35 对吧？判决书上写的就是这个号。",
     [(ID, "3502 0319 6206 1987 35")], [U]),
    ("notice", "debtor", "还款通知\n借款人：曾丽娜\n证件号码：\n350211198906190346\n您的住房贷款已逾期18天，应还5,833.20元，请于10月28日前还款。\n鹭洲银行集美支行",
     [(P, "曾丽娜"), (ID, "350211198906190346")], [U]),
    ("notice", "debtor", "逾期告知书\n借款人：刘振华（身份证号350104720511706）\n您的房抵贷已逾期67天，尚欠本息9,871.40元，请于11月10日前还款。",
     [(P, "刘振华"), (ID, "350104720511706")], [U]),
    ("call", "debtor", "坐席：老陈您那个老身份证号三五零五零三六二零七零五七七七还在用吗系统登记的是这个\n客户：早换了",
     [(ID, "三五零五零三六二零七零五七七七")], [U]),
    ("sms", "debtor", "【启衡】林先生，您留的备用号码+86 159 9101 8619无法接通，请回电更新联系方式。",
     [(MB, "159 9101 8619")], [U]),
    ("notice", "debtor", "閣下於內地登記之手機號碼0086-13025497011已停機，請盡快更新聯絡資料，以免錯過還款通知。\n鷺洲銀行個人貸款管理部",
     [(MB, "13025497011")], [U]),
    ("sms", "debtor", "【启衡】您的紧急联系人（姐姐）手机１９８ ２４０５ ５８３４我司已记录，如您继续失联，将按规定联系。",
     [(MB, "１９８ ２４０５ ５８３４")], [U, X]),
    ("notice", "debtor", "自动扣款授权变更确认书\n客户：施文彬\n原扣款卡：尾号0417\n新扣款卡：6230 8638 3100 7490 700\n自2024年11月起，每月20日从新扣款卡划扣房贷。",
     [(P, "施文彬"), (BC, "6230 8638 3100 7490 700")], [U]),
    ("app", "debtor", "柯先生，您转账时填的卡号6231.8518.4653.0677不是您的还款卡，钱没进贷款账户，请重新操作。",
     [(BC, "6231.8518.4653.0677")], [U]),
    ("sms", "debtor", "【鼎和】请于今日向卡号6225882508839344存款5117.42元，否则影响征信。",
     [(BC, "6225882508839344")], [U]),
    ("call", "debtor", "坐席：刘先生你那张卡六二幺七洞洞六七七六三八幺七洞二里面没钱了嘛换一张扣吧\n客户：换哪张",
     [(BC, "六二幺七洞洞六七七六三八幺七洞二")], [U]),
    ("call", "debtor", "坐席：你那本旧护照G三八六五幺两洞拐还在有效期吗我们要登记一下\n客户：过期了",
     [(PP, "G三八六五幺两洞拐")], [U]),
    ("notice", "debtor", "资料补录回执\n您提供的护照号码 E A 6 0 3 9 1 5 8 已录入系统，境外联系地址同步更新。\n鹭洲银行个人贷款管理部",
     [(PP, "E A 6 0 3 9 1 5 8")], [U]),
    ("app", "debtor", "卢先生，你的回乡证M27053196我们登记了，以后你往返澳门我们这边都有数。",
     [(PP, "M27053196")], [U]),
    ("notice", "debtor", "如有疑问，请致电本行个贷中心(0595)2286 7731-8023，工作日8:30-17:30；非工作时间请拨4008-816-588。",
     [(LL, "(0595)2286 7731")], []),
    ("app", "debtor", "曾小姐，您证件号35020319910602343Ｘ名下的房贷延期申请还需补充收入证明。",
     [(ID, "35020319910602343Ｘ")], [U]),
    ("sms", "debtor", "【鹭洲银行】尊敬的35068119631213674x号证件持有人，您的房贷已逾期，请及时还款。",
     [(ID, "35068119631213674x")], [U]),
    ("sms", "debtor", "【启衡】郑先生，您新登记的手机153-3705-2232已验证，后续还款提醒将发送至此号码。",
     [(MB, "153-3705-2232")], [U]),
    ("notice", "debtor", "抵押物清单确认函\n抵押人：杨俊豪  身份证：35020319960721 3370\n抵押物：鹭洲市集美区杏林湾路188号杏湾花园9幢1204室\n请核对后签字寄回。",
     [(P, "杨俊豪"), (ID, "35020319960721 3370"), (A, "鹭洲市集美区杏林湾路188号杏湾花园9幢1204室")], [U]),
]

# --- decoys: contract, certificate, registration, case, serial and ticket numbers of the same shapes ------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【鹭洲银行】您的借款合同号350203202104180117已生成电子版，可在手机银行“我的贷款-合同”下载。",
     [], []),
    ("notice", "debtor", "不动产权证号：闽（2021）鹭洲市不动产权第0032817号；不动产登记证明号：闽（2021）鹭洲市不动产证明第0014452号。请核对抵押登记信息无误后签字。",
     [], []),
    ("app", "debtor", "您的贷款账号6228480017730267（非银行卡号，请勿向此账号转账），还款请使用绑定的还款卡。",
     [], []),
    ("call", "debtor", "坐席：案号是（2024）闽0213民初3371号，您记一下，开庭前可以再联系我们调解。\n客户：好。",
     [], []),
    ("sms", "debtor", "【鹭洲银行】您的业务受理号10659588012，查询进度请回复CX。",
     [], []),
    ("notice", "debtor", "抵押登记回执\n登记编号：LZ-DY-202103-00417\n申请号：350206202103110986\n登记机构：鹭洲市不动产登记中心",
     [], []),
    ("call", "debtor", "坐席：您的贷款编号是三五零二一一二零二二零六一五零三四叉您记一下以后打过来报这个号就行\n客户：好",
     [], []),
    ("email", "unknown", "附：借据号6217000120230918004（系统流水号，不是卡号），对应放款日2023年9月18日。",
     [], []),
    ("notice", "unknown", "录音编号：350203771522551（可用于调取该通通话录音），通话时长6分12秒。",
     [], []),
    ("notice", "debtor", "柜台回单\n交易流水号：6230863831007490701\n交易金额：4,286.17元\n摘要：贷款还款",
     [], []),
    ("call", "debtor", "坐席：你不动产权证号是闽二零二一鹭洲市不动产权第零零三二八一七号对吧\n客户：对的",
     [], []),
    ("notice", "debtor", "合同编号：LZFD20210318000457\n贷款品种：个人住房抵押贷款\n还款方式：等额本息",
     [], []),
    ("app", "debtor", "我们会拨打您登记的138****6818联系您，请保持畅通。",
     [], []),
    ("notice", "debtor", "房屋财产保险保单号8635021120240917，保险期间一年，第一受益人为鹭洲银行。",
     [], []),
    ("app", "debtor", "抵押登记申请号 3502 0620 2103 1509 88，登记状态：已办结。",
     [], []),
]

# --- sensitive data (health, pregnancy, faith, a divorce, minors, balances, whereabouts) beside lawful near-misses ---

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【启衡】黄女士，你每周四在鹭洲一院精神科复诊拿的药我们也知道，房贷别再拖了。",
     [], [S]),
    ("sms", "debtor", "【鹭洲银行】如您或家人因病导致还款困难，可提交医院证明申请延期，本行对相关材料严格保密。",
     [], []),
    ("app", "debtor", "柯先生，你在鹭洲市第一医院的住院记录显示你上个月就出院了，出院了就该想办法还钱。",
     [], [S]),
    ("call", "debtor", "客户：我刚从医院出来，腿还打着石膏\n坐席：您先养伤，这期我帮您申请延后30天，不收罚息，好吗？\n客户：好。",
     [], []),
    ("sms", "debtor", "曾小姐，听说你怀二胎了，在鹭洲妇幼建的档，每月15号产检，孩子生出来房子没了怎么办？",
     [], [S]),
    ("sms", "debtor", "曾小姐，您提到孕期收入减少，本行可为孕期客户办理最长6个月只还利息，如需办理请回复“申请”。",
     [], []),
    ("app", "debtor", "蔡先生，你每周日上午都去东浦基督教堂做礼拜，主也教你欠债不还？",
     [], [S]),
    ("notice", "unknown", "外访规范第7条：不得在宗教场所、医院、学校周边等候或拦截债务人；不得在通话中提及债务人的宗教信仰、健康状况及子女信息。",
     [], []),
    ("sms", "debtor", "【启衡】颜国强，你在泉商银行尾号5576的储蓄卡余额两万三，还说没钱？",
     [(P, "颜国强")], [S]),
    ("app", "debtor", "郑先生，我们调了你的征信报告，你还有两张信用卡透支到顶、一笔车贷逾期，再不还房贷这边会第一个起诉你。",
     [], [S]),
    ("notice", "debtor", "本行已按规定向金融信用信息基础数据库报送您的贷款逾期信息。如有异议，可向本行或征信中心提出。",
     [], []),
    ("sms", "debtor", "刘先生，你弟弟是二级肢体残疾，每个月还领残疾补贴，你们家还是想办法把房贷还了吧。",
     [], [S]),
    ("call", "debtor", "客户：我有残疾证，干不了重活\n坐席：明白，您可以申请困难客户分期，材料里附上残疾证复印件就行，我们内部保密处理。",
     [], []),
    ("sms", "debtor", "林志坚，昨晚11点你在集美乐海路那家网吧，我们的人看到你了。",
     [(P, "林志坚")], [S]),
    ("sms", "debtor", "【启衡】蔡明辉，你离婚时把存款都分给了前妻，别以为这样就能逃债。",
     [(P, "蔡明辉")], [S]),
    ("notice", "debtor", "如抵押房产因离婚析产等原因发生权属变更，请于30日内向本行提交新的不动产登记证明。",
     [], []),
    ("app", "debtor", "林太太，子萱哮喘住院那几天我们没打扰你，现在孩子出院了，房贷该处理了。",
     [(P, "子萱")], [S, X]),
    ("call", "debtor", "坐席：我们了解到您家里有小孩要照顾，所以外访安排在工作日白天，不会去学校，也不会在孩子面前谈这个事。\n客户：谢谢。",
     [], []),
    ("app", "debtor", "郑先生，你母亲许月娥老年痴呆住在鹭洲康乐养老院，每月四千多的费用都交得起，房贷却交不起？",
     [(P, "许月娥")], [S, X]),
]

# --- more personal data than the message needs, beside messages that keep to what they need --------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【启衡】施文彬（住鹭洲市集美区杏林湾路188号杏湾花园9幢1204室，就职于鹭洲航空工业公司），您的房贷已逾期34天。",
     [(P, "施文彬"), (A, "鹭洲市集美区杏林湾路188号杏湾花园9幢1204室")], [X]),
    ("notice", "debtor", "施文彬先生 收\n鹭洲市集美区杏林湾路188号杏湾花园9幢1204室\n逾期提醒：您的住房贷款已逾期34天，应还6,120.08元，请于11月5日前还款。",
     [(P, "施文彬"), (A, "鹭洲市集美区杏林湾路188号杏湾花园9幢1204室")], []),
    ("app", "debtor", "施先生，你爸施天佑、你妈何秀英、你哥施文龙的电话我们这里都有，你是想让我们一个个打过去？",
     [(P, "施天佑"), (P, "何秀英"), (P, "施文龙")], [X]),
    ("app", "debtor", "施先生，您是本笔贷款的唯一借款人，我们只会与您本人沟通，不会联系您的家人。",
     [], []),
    ("email", "unknown", "案件卡（卢志明）：配偶余丽君 18925994524；儿子卢浩然，鹭洲二中高一；母亲卢阿婆；岳父余德胜 13790905974；邻居柯建国。",
     [(P, "卢志明"), (P, "余丽君"), (MB, "18925994524"), (P, "卢浩然"), (P, "余德胜"), (MB, "13790905974"), (P, "柯建国")],
     [S, U, X]),
    ("email", "unknown", "案件卡（卢志明）：借款人本人手机尾号6572；共同借款人为配偶余丽君，手机尾号4524；保证人：无。",
     [(P, "卢志明"), (P, "余丽君")], []),
    ("notice", "debtor", "催告函\n卢志明：\n你的房贷已逾期两个月。我司外访员已走访你的邻居柯建国、许明达及物业经理郑丽萍，均表示近期未见你回家。请于7日内联系本司。\n厦门启衡资产管理有限公司",
     [(P, "卢志明"), (P, "柯建国"), (P, "许明达"), (P, "郑丽萍")], [X]),
    ("app", "debtor", "余女士，你们科室护士长林秀珍、同事黄佩琪我们都联系过了，她们说你最近请了长假。",
     [(P, "林秀珍"), (P, "黄佩琪")], [X]),
    ("app", "debtor", "余女士，您作为共同借款人，请与卢志明先生协商本期还款。我们不会联系您的单位或同事。",
     [(P, "卢志明")], []),
    ("sms", "debtor", "【鼎和】陈秀兰，你前夫吴建国住鹭洲市东浦区港北路23号，你女儿现在跟他住，你不还钱我们就去那里找。",
     [(P, "陈秀兰"), (P, "吴建国"), (A, "鹭洲市东浦区港北路23号")], [X]),
    ("sms", "third_party", "陈秀梅女士：您担保的借款人陈秀兰本月已按分期方案还款，您的保证责任暂无需履行，特此告知。【鹭洲银行】",
     [(P, "陈秀梅"), (P, "陈秀兰")], []),
    ("call", "debtor", "坐席：苏先生，你在鹭洲水务集团上班，你们科长叫方国平，电话13893208678，要不要我们跟他聊聊？\n客户：别别别。",
     [(P, "方国平"), (MB, "13893208678")], [U, X]),
    ("email", "unknown", "回访记录：债务人柯永康，住鹭洲市明湖区湖滨南路36号4幢301室，妻子余彩霞（鹭洲二中教师），儿子柯一鸣，均已告知。",
     [(P, "柯永康"), (A, "鹭洲市明湖区湖滨南路36号4幢301室"), (P, "余彩霞"), (P, "柯一鸣")], [X]),
    ("email", "unknown", "回访记录：债务人柯永康已还清逾期，本案结清，外访照片及亲属联系方式已按规定删除。",
     [(P, "柯永康")], []),
]

# --- disclosure in few words and by implication, beside bare call-back requests -------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "麻烦请他回电。",
     [], []),
    ("app", "third_party", "他房贷断供了，转告下。",
     [], [D]),
    ("sms", "third_party", "阿姨，宏伟房子那事还没了，您催催他。",
     [(P, "宏伟")], [D]),
    ("app", "third_party", "兄弟，志坚那边月供的事你知道的，让他赶紧回个话。",
     [(P, "志坚")], [D]),
    ("call", "third_party", "坐席：房东您好，您那个姓林的租客，银行这边在找他，他最近交租了吗？\n第三方：交了。",
     [], [D]),
    ("call", "third_party", "坐席：您好，请问您那边的租客林先生最近还住吗？我们有份材料要送给他。\n第三方：还住的。\n坐席：好的，谢谢。",
     [], []),
    ("app", "third_party", "雅芳你好，你老公他哥欠的那个按揭，麻烦你们家里人劝一劝。",
     [(P, "雅芳")], [D]),
    ("app", "third_party", "你好，你是蔡明辉的表哥吧，麻烦转告他，鹭洲银行的人还在找他。",
     [(P, "蔡明辉")], [D]),
    ("sms", "third_party", "您好，麻烦转告蔡明辉先生回电0595-2286 7731，谢谢。",
     [(P, "蔡明辉"), (LL, "0595-2286 7731")], []),
    ("call", "third_party", "坐席：洪女士，还是滨江路那套的事。\n第三方：我们早离了。\n坐席：我知道，就是让他别再拖了。",
     [], [D]),
    ("sms", "third_party", "阿姆，宏伟彼间厝款犹未还，汝共伊讲一声。",
     [(P, "宏伟")], [D]),
    ("sms", "third_party", "阿姆，请问宏伟敢有佇厝？叫伊敲电话转来，多谢。",
     [(P, "宏伟")], []),
    ("app", "third_party", "你们调度科老蔡，银行房子要收了，你们同事劝劝他。",
     [], [D]),
    ("sms", "third_party", "物业您好，1702那户的按揭断了，有人回来请告知。",
     [], [D]),
    ("sms", "third_party", "物业您好，1702户主如有回来，麻烦告知他联系我们，谢谢。",
     [], []),
    ("call", "third_party", "坐席：王太，建新嗰笔按揭仲未搞掂，你叫佢快啲覆电啦。\n第三方：我知道喇。",
     [(P, "建新")], [D]),
    ("call", "third_party", "坐席：麻烦转告郑宏伟，鹭洲银行资产保全部找他。\n第三方：好。",
     [(P, "郑宏伟")], [D]),
    ("call", "third_party", "坐席：麻烦转告郑宏伟先生，有他一封挂号信，请他方便时回个电话。\n第三方：好的。",
     [(P, "郑宏伟")], []),
    ("app", "third_party", "振东啊你哥那个事还是没弄好你跟他说下那边都准备起诉了",
     [(P, "振东")], [D]),
    ("app", "third_party", "陈姐，您担保的那笔本月到期，记得提醒下秀兰，也请您留意自己的保证责任。",
     [(P, "秀兰")], []),
]

# --- messages debtors forward or paste whole, as received ------------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "【转发】【启衡】郑宏伟，你身份证350583198609253855，再不还款就上门。",
     [(P, "郑宏伟"), (ID, "350583198609253855")], [U]),
    ("email", "unknown", "客户投诉截图文字：“刘振华，你弟刘振东13789628105我们都联系了，你自己看着办。”请核实是否为贵司人员所发。",
     [(P, "刘振华"), (P, "刘振东"), (MB, "13789628105")], [U, X]),
    ("app", "debtor", "客户：你们这条短信是真的吗？“【鹭洲银行】您的住房贷款本期应还4,286.17元，请于20日前存足。”\n在线客服：是本行发送的正常还款提醒，请放心。",
     [], []),
    ("app", "unknown", "用户转发：【启衡】黄女士，你在华侨医院透析的事我们知道，别拖了。",
     [], [S]),
    ("app", "debtor", "借款人粘贴：“请向6225880494995294转账还款，户名何振宇”\n客户：这是你们的人吗？\n在线客服：不是本行收款账户，请勿转账，我们已记录并上报。",
     [(BC, "6225880494995294"), (P, "何振宇")], [U]),
    ("app", "debtor", "客户转发短信：“【鹭洲银行】您尾号0264的还款卡扣款失败，请存足款项。”\n客户：需要去柜台吗？\n在线客服：不需要，存入后系统会自动扣款。",
     [], []),
    ("email", "unknown", "转发给客服：“卢志明，你岳父余德胜在鹭洲二中门口开小卖部，我们明天过去坐坐。”",
     [(P, "卢志明"), (P, "余德胜")], [X]),
    ("app", "unknown", "用户转发：【启衡】王建新，你的护照E73820516已登记，出境会被拦。",
     [(P, "王建新"), (PP, "E73820516")], [U]),
]

# --- more messages to third parties: colleagues, neighbours, a guarantor's husband, grown children, a landlord ----

MORE_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "你好，你同事郑宏伟在我行的房贷断供三个月了，麻烦提醒他一下。【鹭洲银行】",
     [(P, "郑宏伟")], [D]),
    ("call", "third_party", "坐席：您是1602的许明达先生吧？楼上1702林志坚一家，老婆黄雅琴、儿子林子睿，房子都要被拍了，您平时见到他们帮忙说一声。\n第三方：这跟我有什么关系。",
     [(P, "许明达"), (P, "林志坚"), (P, "黄雅琴"), (P, "林子睿")], [D, X]),
    ("app", "third_party", "@所有人 5栋1702的业主欠银行按揭八个月了，法院已经立案，如有租户请注意。",
     [], [D]),
    ("sms", "third_party", "洪女士，蔡那边的房贷还是没动静，你们离婚时说好的孩子抚养费也是从那套房子出的吧？",
     [], [D, S]),
    ("call", "third_party", "坐席：您是陈秀梅的爱人吧？她给她妹妹的经营贷做了担保，现在借款人不还，银行要找她代偿了。\n第三方：她没跟我说过。",
     [(P, "陈秀梅")], [D]),
    ("call", "third_party", "坐席：陈生，你个租客王建新喺内地有层楼按揭断咗供，你知唔知佢几时返嚟？\n第三方：唔清楚喎。",
     [(P, "王建新")], [D]),
    ("app", "third_party", "苏晓雯你好，你爸苏建平那笔鹭商贷已经起诉了，你做女儿的劝劝他。",
     [(P, "苏晓雯"), (P, "苏建平")], [D]),
    ("sms", "third_party", "振东，你哥刘振华身份证350104720511706名下的房子要被查封了，叫他回电。",
     [(P, "振东"), (P, "刘振华"), (ID, "350104720511706")], [D, U]),
    ("call", "third_party", "坐席：老庄，你跟林志坚不是常一起打牌吗？他欠银行房贷的事你劝劝他，别再躲了。\n第三方：我不管这事。",
     [(P, "林志坚")], [D]),
    ("sms", "third_party", "物业，12幢903陈秀兰欠阮银行贷款，伊若转来共阮讲一声。",
     [(P, "陈秀兰")], [D]),
]

# --- more texts and calls to borrowers, and the agencies' own notes ---------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎和咨询】陈秀兰，你在东浦菜市场对面的服装店、你姐陈秀梅在港北路的美甲店，我们都去过了。",
     [(P, "陈秀兰"), (P, "陈秀梅")], [X]),
    ("app", "debtor", "林先生，你岳母住泉州丰泽，你大舅子黄志鸿在晋江开鞋厂，我们不想闹到亲戚那边去。",
     [(P, "黄志鸿")], [X]),
    ("call", "debtor", "坐席：颜先生，你姐颜丽华手机15879028269，她说你上个月还跟她借了五千，钱都去哪了？\n客户：关她什么事。",
     [(P, "颜丽华"), (MB, "15879028269")], [U, X]),
    ("notice", "debtor", "催收函\n陈秀兰女士：\n您的“鹭商贷”经营贷款已逾期97天，尚欠本息226,413.09元，请于10日内清偿。\n抄送：陈秀梅（保证人，住鹭洲市东浦区港北路51号）；吴建国（借款人前夫）\n鹭洲银行东浦支行",
     [(P, "陈秀兰"), (P, "陈秀梅"), (A, "鹭洲市东浦区港北路51号"), (P, "吴建国")], [X]),
    ("email", "unknown", "外访排班：周六去蔡金水家（晋江市安海镇型厝村三组27号），顺路找其侄子蔡志雄（安海中心小学老师）问话。",
     [(P, "蔡金水"), (A, "晋江市安海镇型厝村三组27号"), (P, "蔡志雄")], [X]),
    ("call", "debtor", "坐席：卢先生你岳父电话幺三拐九洞九洞五九拐四我们打过了他说让你自己处理\n客户：你们打他干什么",
     [(MB, "幺三拐九洞九洞五九拐四")], [U, X]),
    ("notice", "debtor", "催收函\n收件人：卢志明\n身份证号：350203197306024016\n手机：18208445159\n您的住房贷款已逾期63天，欠款15,207.44元，请于2024年11月15日前还清。\n厦门启衡资产管理有限公司（受鹭洲银行委托）",
     [(P, "卢志明"), (ID, "350203197306024016"), (MB, "18208445159")], [U]),
    ("app", "debtor", "卢先生，你儿子卢浩然在鹭洲二中高一（7）班住校，每周五下午回家，你也不想他周末回来没地方住吧。",
     [(P, "卢浩然")], [S, X]),
    ("sms", "debtor", "【启衡】柯永康，你每天早上6点半在湖滨公园晨练，晚上在东浦夜市摆摊到11点，我们都清楚。",
     [(P, "柯永康")], [S]),
    ("email", "unknown", "工作交接：蔡明辉的港澳通行证C81460372、护照E41096638及近一年出入境记录已调取，见附件。",
     [(P, "蔡明辉"), (PP, "C81460372"), (PP, "E41096638")], [S, U]),
    ("notice", "debtor", "还款督促函\n柯永康：\n你的房抵贷已逾期81天。你妻子余彩霞在鹭洲二中任教，每月工资七千余元，家庭完全具备还款能力，请于15日内还款。\n鹭洲银行资产保全部",
     [(P, "柯永康"), (P, "余彩霞")], [S, X]),
    ("sms", "debtor", "【启衡】施文彬，你女朋友邱雅婷（13175829576）说你们下个月领证，房贷的事先解决吧。",
     [(P, "施文彬"), (P, "邱雅婷"), (MB, "13175829576")], [U, X]),
    ("app", "unknown", "群公告：林志坚案重点联系人——岳父黄永福、岳母陈美玉、连襟何志强，每人每天打一轮。",
     [(P, "林志坚"), (P, "黄永福"), (P, "陈美玉"), (P, "何志强")], [X]),
    ("call", "debtor", "坐席：许女士，你在鹭洲一中当会计，工资卡每月15号发六千八，下个月15号我们就等着了。\n客户：你们怎么知道的？",
     [], [S]),
    ("email", "unknown", "案件备注：颜国强信佛，每月初一、十五去南山寺上香，可在寺外等候。",
     [(P, "颜国强")], [S]),
    ("app", "debtor", "何先生，你前妻住集美区乐海路99号海天苑6幢203室，孩子跟着她，我们会把诉讼材料也寄一份过去。",
     [(A, "集美区乐海路99号海天苑6幢203室")], [X]),
    ("call", "debtor", "坐席：颜先生您确认下，扣款卡6212-0231-7378-9058-321是不是您本人的？\n客户：是的。",
     [(BC, "6212-0231-7378-9058-321")], [U]),
    ("sms", "debtor", "【鹭洲银行】郑先生，您10月11日在本行ATM取现5,000元，10月13日向他人转账12,000元，却未归还房贷，请予说明。",
     [], [S]),
    ("app", "debtor", "杨先生，你弟杨俊杰在厦门跑网约车，车牌闽D·D82216，我们找他问问你的情况不过分吧？",
     [(P, "杨俊杰"), (PL, "闽D·D82216")], [X]),
    ("notice", "debtor", "拍卖前告知书\n苏建平先生：\n港湾花园2幢602室房产将于近期进入司法拍卖。房产共有人：苏建平（350302196007046156）、方淑贞（350302196208087202）。如需协商，请于拍卖公告发布前联系本行。\n鹭洲银行东浦支行",
     [(P, "苏建平"), (P, "苏建平"), (ID, "350302196007046156"), (P, "方淑贞"), (ID, "350302196208087202")], [U]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AQ-BANK-SMS": BANK_SMS,
    "AQ-APP-MESSAGES": APP_MESSAGES,
    "AQ-AGENCY-SMS": AGENCY_SMS,
    "AQ-LETTERS": LETTERS,
    "AQ-AGENT-CALLS": AGENT_CALLS,
    "AQ-ASR-CALLS": ASR_CALLS,
    "AQ-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AQ-FAMILY-AND-OWNERS": FAMILY_AND_OWNERS,
    "AQ-NEIGHBOURS-AND-EMPLOYERS": NEIGHBOURS_AND_EMPLOYERS,
    "AQ-VISIT-REPORTS": VISIT_REPORTS,
    "AQ-QA-AND-TICKETS": QA_AND_TICKETS,
    "AQ-LAW-FIRM-EMAILS": LAW_FIRM_EMAILS,
    "AQ-COURT-PAPERS": COURT_PAPERS,
    "AQ-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AQ-DECOYS": DECOYS,
    "AQ-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AQ-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AQ-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AQ-FORWARDED": FORWARDED,
    "AQ-MORE-CONTACTS": MORE_CONTACTS,
    "AQ-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
