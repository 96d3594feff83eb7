"""Writes `pipl_heldout_az.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14), from
the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The writer
read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers and
identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check character
and a sex digit that fits the person, three ending in X, old 15-digit IDs with a real date, Luhn-valid card numbers
of 16 and 19 digits on debit and credit-card prefixes, mobiles on real prefixes) and typed into the texts, spelled
out digit by digit by hand where they are read aloud; `set_format.check_identifier` checks them again before
writing. The passports (E and EA) were typed to the pattern. `set_format` has no check for unified social credit
codes, landlines or e-mail addresses: the five codes (two banks', a consumer-finance company's and an
asset-management company's 91…, a school's 12…) were given a valid organisation-code digit and the GB 32100 check
character by the same script, and the landlines carry real area codes; nothing checks them when the set is written.
The decoys were checked to fail the ID, card and mobile checks (an 18-digit contract number that passed Luhn was
changed).

Student credit carries it: a policy bank's (国昌开发银行) and a commercial bank's (湘江银行) student loans, the 生源地信用助学贷款
serviced through county student-aid centres (Sangzhi, Fenghuang, Shaodong, Cili) with a parent as co-borrower, a
bank's 'youth' credit card (汇川银行青春卡), a consumer-finance company (星桥消费金融) and two platforms (课桌分期, 青果花) lending to
students, collected by the banks' own teams, the university student-aid offices and counsellors, and an agency in
Hengyang, with a law firm and an asset-management company writing once each. Voices: the centres', banks' and
platforms' SMS and app messages, agents' calls as transcripts and as speech-to-text output (Hunan speech, young
debtors' slang and English: 我真的会谢, emo, ddl, 破防, 社死, broke rn, call back), voice robots with keypad turns (one in
traditional characters), WeChat and QQ messages to students, roommates, classmates, a class monitor, a student-union
member, a dormitory supervisor and class, dormitory and home-town groups, counsellors' messages to students, parents
and parents' groups, e-mails to students' school addresses, an academic-affairs office, an employer's HR and between
the bank, the agency and a lawyer, letters to the family home (a collection letter, settlement certificates, a
lawyer's letter, a notice in traditional characters), visit records and skip-tracing notes, quality-check sheets,
complaint tickets and a reply to a regulator, court filings (a statement of claim, an application for a payment
order, an address-for-service form, a preservation application, a pre-trial mediation agreement, a list of evidence)
and the debtors' forwarded messages.

320 messages, 106 of them (33%) compliant; from 10 characters to a statement of claim of 221. Identifiers stand in
73: 18-digit IDs (three ending in X, one read aloud with 叉, one in full-width digits, one grouped 6-8-4 by hyphens,
one on a line of its own, read aloud with 零 to 九) and old 15-digit IDs of parents (typed and read aloud); bank cards
of 16 and 19 digits (grouped by fours with spaces and by dots, glued to the words around them, read aloud in groups
and in one run, one after a self-correction); mobiles (behind +86 and 0086, spaced 3-4-4, in full-width digits, read
aloud with 幺); passports (E, EA); the landlines of the centres, the banks, a school, a law firm and an employer (one
with its area code in brackets, one with an extension outside the span); e-mail addresses of students, a school
office and platforms; unified social credit codes of the banks, a consumer-finance company, an asset-management
company and a school. Beside them stand decoys of the same shapes: 18-digit contract and application numbers failing
the check character, 19- and 16-digit serial, order, refund and plan numbers failing Luhn (one a card number with
its last digit changed), an 11-digit student number (学号) on no mobile prefix, a 15-digit device number with no real
month read aloud, and masked forms (430****4894, 130634********8473, 尾号4081, 学号尾号0215). A licence plate (a father's
van) is an entity with no category; so are the banks', centres', school's and firm's landlines, an agent's work
mobile, the e-mail addresses and the social credit codes.

`pii.unmasked_identifier` labels 66 messages. Third-party disclosure labels 65, many in few words ("her loan is
overdue", "remind Luo Yiming about the student-loan matter", "Huichuan is still looking for him", "that money from
when he was at school, he knows", "your brother's student loan"), to roommates, classmates, a class monitor, a
dormitory supervisor, counsellors, a university's academic and student-affairs offices, parents who did not sign, a
sister, employers' HR, class, dormitory and home-town groups; beside them bare call-back requests that name no
lender, a wrong number, a letter to be handed on, an employer asked whether someone still works there, a
counsellor's notice that names no debtor, and the co-borrowing parent told of the loan he signed (by SMS, call,
WeChat and letter). `pii.excessive` labels 60: whole class lists and class address books, roommates' and a
girlfriend's names and numbers, parents' IDs, names and workplaces, siblings' names and jobs, an internship's HR and
supervisor, transcripts, failed courses, a thesis defence and a withheld degree, a transfer application and
party-activist papers, full names with a home or dormitory address or a first employer. `pii.sensitive` labels 73:
psychological counselling, anxiety and depression medicine, a bipolar disorder, self-harm, an appendectomy,
hepatitis B found at the freshman check-up, leukaemia, a mother's breast cancer, a father's dialysis, a pregnancy, a
hearing disability and disability grants, the poverty-household (建档立卡) and 低保 status and a poverty grading, religion
(a church, Ramadan, a temple, a fellowship), face-recognition photos, whereabouts on and off campus (night-time
location in a dormitory, library, canteen and gym hours, a milk-tea and a script-murder shop shift, a cinema, a bar,
a bus to work), minors (a borrower who was 16 or 17 when the account was opened, younger siblings' primary and high
schools), balances, wage and scholarship inflows, other lenders' loans and a trip abroad. Beside them stand debtors
speaking of their own illness, surgery, disability or family, agents answering with a deferral, instalments or a
pause, general hardship and poverty-household offers, a university notice and a lender's rule against such use, a
reply that names the kind of data without repeating it, and quality-check sheets that quote a violation to condemn
it.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example, threshold or
word list may be taken from it or chosen by looking at its errors. Once it has been looked at that way it is spent,
and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was unsure of
was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the sender's or
  agent's words, in any form, in quality-check sheets, tickets, notes, letters and e-mails too (a settlement
  certificate and a photo of a mediation agreement sent to the debtor included). Not: court papers filed with a
  court (a full identifier is lawful there; the same identifiers in an SMS to the debtor are labelled), masked
  forms, last digits alone, a student number, an institution's landline, an agent's work mobile, a customer saying
  their own number, a licence plate, a social credit code, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue status,
  lender or product: naming the lender as the one looking for him is enough, as is "that matter" or "the money from
  school") or the debtor's personal data. The co-borrowing parent of a 生源地 loan is a third party by recipient type
  but a party to that loan: telling him of it is no disclosure, telling him of the student's other loans is. A bare
  call-back request that names no lender is compliant. Notes, sheets, tickets, court papers and e-mails between the
  banks, the agency, the lawyer and a regulator go to an unknown recipient and are judged on the other categories
  only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives (psychological counselling among
  them), pregnancy, disability, religion, biometrics, specific identities (a poverty household, 低保), minors (the
  borrower's age under 18 when the account was opened, a younger sibling's school or routine), whereabouts at a
  given time and daily routine, financial account details beyond need (balances, wage, grant and scholarship
  inflows, other lenders' loans, border crossings). A general hardship offer, the debtor's own words (also as a
  sheet quotes them), a reply that names the kind of data without repeating it, or a rule forbidding such use, is
  not.
- `pii.excessive`: a person's full name with their home or dormitory address or employer, family members',
  partners', roommates', classmates' or supervisors' names or numbers, a class list, parents' IDs and workplaces,
  transcripts and other school records, that the message does not need. Not: a full name alone, the agent's own
  name, the address a letter is sent to or a visit is agreed at, a relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor forwards
or pastes whole carries the labels of what it contains, and the recipient type of the message as it was received.
Entities mark every string of their type whoever it belongs to; masked forms and 400 service numbers are not
entities, a landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname with an
honorific or a prefix (舒老师, 粟先生, 小吴, 何阿姨, 侯同学) is not a PERSON, a given name alone (梓涵, 一鸣, 嘉怡, 欣然) is; ADDRESS
reaches down to a road and number, a campus building and room, or a village group and house number; a school, a
hospital or a shop without a number is no address; student numbers and 学信网 records are no entity type.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_az`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_az.jsonl"
ID_PREFIX = "PAZ"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- student loans: the county student-aid centres', the banks' and the university offices' SMS -------------------

STUDENT_LOAN_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【桑植县学生资助管理中心】彭浩然同学，你的生源地信用助学贷款（合同尾号3307）本年度应还利息412.36元，"
     "请于12月20日前存入还款账户，逾期将影响个人征信。咨询0744-6223518。",
     [(P, "彭浩然"), (LL, "0744-6223518")], []),
    ("sms", "debtor", "【湘江银行】龙子轩您好，您名下国家助学贷款已逾期63天，本息合计9,860.00元。您的身份证号430725200009254894"
     "对应的逾期记录已报送征信系统，请尽快归还。",
     [(P, "龙子轩"), (ID, "430725200009254894")], [U]),
    ("sms", "debtor", "同学你好，我是县资助中心小覃，你去年的助学贷款利息还差106元没扣成功，麻烦这两天往卡里存一下哈，卡尾号9029。",
     [], []),
    ("sms", "debtor", "【凤凰县学生资助管理中心】向佳怡同学：你家系建档立卡贫困户，在校期间利息已由财政全额贴息，但本金4,000元已于"
     "9月1日到期未还，请尽快来中心办理还款或展期。",
     [(P, "向佳怡")], [S]),
    ("sms", "third_party", "龙桂英女士您好，您儿子龙子轩在湘江银行办理的国家助学贷款已逾期两个多月，请督促其尽快还款。【湘江银行个贷中心】",
     [(P, "龙桂英"), (P, "龙子轩")], [D]),
    ("sms", "third_party", "【邵东市学生资助管理中心】粟建军您好，您作为共同借款人签字的生源地信用助学贷款（借款学生：粟嘉怡）本年度应还"
     "本息2,412.00元，还款日12月20日，请提醒孩子按时还款，或由您代为存入。",
     [(P, "粟建军"), (P, "粟嘉怡")], []),
    ("sms", "debtor", "【国昌开发银行助学贷款】您的贷款已进入还本期，本期应还1,850.00元，扣款账户为6228489212373214081，请确保余额充足。",
     [(BC, "6228489212373214081")], [U]),
    ("sms", "debtor", "【国昌开发银行助学贷款】您的贷款已进入还本期，本期应还1,850.00元，请于12月20日前确保尾号4081的账户余额充足。退订回T",
     [], []),
    ("sms", "debtor", "瞿博文同学，资助中心提醒：你2019年9月在中心签合同时还未满18周岁，当时由你父亲代签的，现在你已成年，"
     "请本人带身份证来中心补签还款确认书，逾期利息235.40元一并处理。",
     [(P, "瞿博文")], [S]),
    ("sms", "third_party", "舒老师好，我是湘江银行个贷部小吴，贵院2021级会计3班舒梓涵同学的助学贷款逾期了，麻烦您作为辅导员提醒她尽快处理，谢谢！",
     [(P, "舒梓涵")], [D]),
    ("sms", "third_party", "辅导员您好，我们想联系贵院2021届毕业生罗一鸣，有些个人事务需要他本人处理，麻烦转告他回个电话，"
     "号码0731-84162257，具体事项只能和本人说，打扰了。",
     [(P, "罗一鸣"), (LL, "0731-84162257")], []),
    ("sms", "debtor", "谭欣然：你好，你的国家助学贷款逾期第15天。我们查到你目前在长沙市开福区芙蓉中路一段478号的启明教育培训公司实习，"
     "如仍不还款将按合同约定处理。",
     [(P, "谭欣然"), (A, "长沙市开福区芙蓉中路一段478号")], [X]),
    ("sms", "debtor", "田俊杰同学，县资助中心提醒：你的生源地贷款本金6,000元已逾期。另外你在校领取的残疾学生专项补助这学期是3,000元，"
     "中心建议优先用于还贷。",
     [(P, "田俊杰")], [S]),
    ("sms", "debtor", "学生贷款逾期提醒：学号尾号0215的同学，你本年度的助学贷款利息尚未归还，请登录还款系统查询，有疑问回复本短信。",
     [], []),
    ("sms", "third_party", "您好，请问是韦家豪的舍友吗？他助学贷款的事一直没回我们消息，麻烦你跟他说一声，看到了赶紧回电，谢谢。",
     [(P, "韦家豪")], [D]),
    ("sms", "debtor", "【邵东市学生资助管理中心】粟嘉怡同学，你本年度助学贷款利息358.20元已由共同借款人（你父亲）代为存入，本期无需重复还款。",
     [(P, "粟嘉怡")], []),
    ("sms", "debtor", "滕思远：助学贷款逾期两月了。你的学信网学籍显示今年6月已毕业，毕业证编号、第一份工作单位（宁乡玉潭街道金洲大道"
     "西段88号的湘润食品有限公司）我们都掌握，请主动联系。",
     [(P, "滕思远"), (A, "宁乡玉潭街道金洲大道西段88号")], [X]),
    ("sms", "third_party", "您好，有一件个人事务需要粟国强先生本人处理，麻烦转告他方便时回电0731-84162257，谢谢。",
     [(P, "粟国强"), (LL, "0731-84162257")], []),
    ("sms", "debtor", "【国昌开发银行】尊敬的借款学生：您的账户余额3.21元，学期奖学金5,000元已于10月28日入账又被转出，"
     "当期应还1,210.00元仍未扣款成功，请尽快补足。",
     [], [S]),
]

# --- a bank's 'youth' credit cards, consumer-finance and platform loans taken at university ----------------------

YOUTH_CARDS_AND_PLATFORMS: list[PiplEntry] = [
    ("sms", "debtor", "【汇川银行】您的青春卡（尾号1092）已逾期34天，欠款4,386.71元，请尽快还款以免影响征信。客服电话400-870-3366转3。",
     [], []),
    ("sms", "debtor", "【汇川银行信用卡中心】吴宇航先生，您的青春信用卡6258027398141092最低还款额786.00元已逾期，请于3日内归还。",
     [(P, "吴宇航"), (BC, "6258027398141092")], [U]),
    ("app", "debtor", "【青果花】亲，您大二时开通的学生专享额度已逾期12天，待还2,104.50元。系统显示您近两周每晚23点后"
     "定位都在巴渝科技大学北苑5栋306寝室，白天常在第二教学楼，请勿心存侥幸。",
     [(A, "巴渝科技大学北苑5栋306寝室")], [S]),
    ("app", "debtor", "【课桌分期】您分期购买的笔记本电脑第7期账单已逾期，应还612.30元。如遇实习、求职等临时困难，可在“我的-还款计划”申请延期。",
     [], []),
    ("app", "debtor", "【星桥消费金融】经查，您在本平台申请借款时为2023年9月，系统登记年龄17周岁，现已逾期，账单金额3,068.00元，"
     "请尽快还款。",
     [], [S]),
    ("app", "debtor", "【星桥消费金融】尊敬的用户，根据监管要求，我平台不向在校大学生发放消费贷款。系统识别您为在校学生，"
     "您的借款申请未通过，已产生的记录将按规定处理。",
     [], []),
    ("sms", "debtor", "【汇川银行】柏子豪您好，您的青春卡还款账户6214833902596942余额不足，自动还款失败，请及时存款。",
     [(P, "柏子豪"), (BC, "6214833902596942")], [U]),
    ("app", "debtor", "【课桌分期】黎明轩同学，您的逾期账单1,286.00元仍未结清。我们注意到您每周二、周四晚上7点到9点在图书馆三楼自习，"
     "希望您抽空处理。",
     [(P, "黎明轩")], [S]),
    ("sms", "debtor", "【汇川银行】蒋芷若女士，您的青春卡逾期未还。您的学籍信息显示您为豫章财经学院2022级金融2班学生，"
     "家庭地址为江西省上饶市余干县玉亭镇光明村三组27号，请尽快还款。",
     [(P, "蒋芷若"), (A, "江西省上饶市余干县玉亭镇光明村三组27号")], [X]),
    ("app", "debtor", "【青果花】你已逾期5天，待还438.00元，今天还款可免除滞纳金哦。",
     [], []),
    ("sms", "debtor", "【星桥消费金融】您好，您的借款已逾期。查询到您的学信网信息：本科，湘楚理工学院，2024年6月毕业，"
     "大三下学期高等数学B、中级财务会计两门重修，学位证延期一年发放。请勿抱有侥幸心理。",
     [], [X]),
    ("app", "debtor", "【课桌分期】邝佳宁同学，您本月另有3家平台共5笔借款到期，合计9,740元，建议优先归还课桌分期。",
     [(P, "邝佳宁")], [S]),
    ("sms", "debtor", "【汇川银行】韦家豪先生，您青春卡逾期款项已转交合作机构衡阳融泽商务咨询有限公司催收，对方联系电话0734-8156032，"
     "如对债务有异议请致电我行。",
     [(P, "韦家豪"), (LL, "0734-8156032")], []),
    ("app", "debtor", "【青果花】同学你好，你的还款卡 6222 0223 9631 7756 286 本期代扣失败，请换卡或充值。",
     [(BC, "6222 0223 9631 7756 286")], [U]),
]

# --- the banks' teams, the county centres and the agency on the phone (transcripts) -----------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，我是湘江银行个贷中心的，请问是龙子轩本人吗？\n客户：是我，什么事？\n"
     "坐席：跟您核对一下身份证号，430725200009254894，对吧？您的国家助学贷款逾期63天了。\n客户：对，我知道，在想办法。",
     [(P, "龙子轩"), (ID, "430725200009254894")], [U]),
    ("call", "third_party", "第三方：喂？哪位？\n坐席：你好，你是韦家豪寝室的吧？他在汇川银行那张信用卡欠了四千多，一直不接电话，"
     "你跟他讲一声让他回我电话。\n第三方：我就是他室友，他在上课。",
     [(P, "韦家豪")], [D]),
    ("call", "third_party", "坐席：请问是粟建军先生吗？\n第三方：是我，么子事？\n坐席：我是邵东市学生资助管理中心的，"
     "您是粟嘉怡生源地助学贷款的共同借款人，今年到期的本息2412元还没存进去，麻烦您提醒一下孩子，或者您先代为存入。\n"
     "第三方：哦哦晓得了，我这几天去信用社存。",
     [(P, "粟建军"), (P, "粟嘉怡")], []),
    ("call", "third_party", "坐席：粟先生，助学贷款那笔您是共同借款人，我跟您说清楚了。另外再提一句，孩子还有一张汇川银行的青春卡"
     "也逾期了，欠了三千多，您做家长的也管管。\n第三方：什么卡？我不晓得啊。",
     [], [D, S]),
    ("call", "debtor", "坐席：覃雨桐同学，我们了解到你这学期在学校心理咨询中心做过四次咨询，情绪不好我理解，但是钱总归是要还的，"
     "你看这周能不能先还一部分？\n客户：……你们怎么知道的？",
     [(P, "覃雨桐")], [S]),
    ("call", "debtor", "客户：我这学期查出来抑郁症，一直在吃药，真的没精力管这些。\n坐席：明白，身体要紧。助学贷款可以申请延期还本，"
     "我把申请方式用短信发给你，你不用今天答复，情况好点再联系我们。\n客户：好，谢谢。",
     [], []),
    ("call", "debtor", "坐席：你再不接电话，我们只能找你室友了，侯晓龙18324692521，还有对床那个罗一鸣18785077713，号码我们都有。\n"
     "客户：你找他们干嘛？关他们什么事？",
     [(P, "侯晓龙"), (MB, "18324692521"), (P, "罗一鸣"), (MB, "18785077713")], [U, X]),
    ("call", "third_party", "坐席：您好，请问是计算机学院的刘老师吗？我姓吴，想找一下您的学生罗一鸣，有些个人事务需要他本人处理，"
     "能不能麻烦您让他回个电话，号码是0731-84162257。\n第三方：什么事啊？他犯什么事了？\n坐席：没有没有，具体内容只能跟他本人讲，"
     "麻烦您了。",
     [(P, "罗一鸣"), (LL, "0731-84162257")], []),
    ("call", "third_party", "坐席：刘老师，实话跟您说吧，罗一鸣的国家助学贷款逾期一年多了，本息一万二，学校这边能不能出面做做工作？\n"
     "第三方：这个我们学生处会统一通知的。",
     [(P, "罗一鸣")], [D]),
    ("call", "debtor", "坐席：你爸龙德旺在怀化市鹤城区迎丰中路136号那个工地上班吧？他身份证430725197703093192我们这边也有，"
     "你自己想想要不要让家里知道。\n客户：你们别找我爸。",
     [(P, "龙德旺"), (A, "怀化市鹤城区迎丰中路136号"), (ID, "430725197703093192")], [U, X]),
    ("call", "debtor", "坐席：你弟弟在凤凰县箭道坪小学读五年级吧，你也不想家里为这个事操心吧？还款的事今天给个准话。\n客户：……我下周还。",
     [], [S]),
    ("call", "debtor", "坐席：麻烦您报一下身份证后四位，核实一下身份。\n客户：4894。\n坐席：好的，核实无误。您青春卡当前欠款4386.71元，"
     "最低还款786元，您看什么时候方便处理？\n客户：月底发了实习工资就还。",
     [], []),
    ("call", "third_party", "第三方：我是他妈妈，有么子事跟我讲就行。\n坐席：阿姨不好意思，这个事需要他本人处理，我们不能跟其他人讲具体内容，"
     "麻烦您让他回个电话就行。\n第三方：那好吧。",
     [], []),
    ("call", "third_party", "坐席：您好，请问是湘润食品人事部吗？你们这边有个新来的叫滕思远的吧，他读书时候的助学贷款欠着一直没还，"
     "麻烦你们单位督促一下。\n第三方：这是员工私事，我们不方便管。",
     [(P, "滕思远")], [D]),
    ("call", "third_party", "坐席：您好，想跟您确认一下，滕思远现在是不是还在贵公司上班？有一份信件需要转交给他本人。\n"
     "第三方：是什么信件？\n坐席：不好意思，内容不方便透露，您只要告诉我能不能转交就行。",
     [(P, "滕思远")], []),
    ("call", "debtor", "坐席：吴宇航，你的青春卡还款账户是6214833902596942吧，上面每个月十号有一笔两千八的实习工资进来，"
     "十一号就被你转走了，你这不是有钱吗？\n客户：那是我房租。",
     [(P, "吴宇航"), (BC, "6214833902596942")], [S, U]),
    ("call", "debtor", "客户：我是残疾人，在学校拿的是残疾学生补助，真没多的钱。\n坐席：您的情况我记下了，可以帮您申请停息分期，"
     "每月最低还两百，您看行吗？\n客户：可以，谢谢你。",
     [], []),
    ("call", "third_party", "坐席：请问是麻晓雯的妈妈吗？\n第三方：是的。\n坐席：阿姨，麻晓雯在我们课桌分期买了个手机，逾期三个月了，"
     "另外她身份证号是522425200103073288没错吧，我们要核对一下。",
     [(P, "麻晓雯"), (P, "麻晓雯"), (ID, "522425200103073288")], [D, U]),
    ("call", "debtor", "坐席：我们查到你是信教的，每周日上午都去沙坪坝那边的教堂做礼拜，既然信教就更该讲诚信吧？\n客户：这和我还钱有什么关系？",
     [], [S]),
]

# --- speech-to-text output of the same calls: no punctuation, fillers, numbers read aloud, young callers' slang -----

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好 我这边是衡阳融泽的 受汇川银行委托 请问是吴宇航吗\n客户：对 咋了\n"
     "坐席：你那个卡号是六二五八零二七三九八一四一零九二 对吧 逾期三十四天了\n客户：我真的会谢 我现在ddl都赶不完",
     [(P, "吴宇航"), (BC, "六二五八零二七三九八一四一零九二")], [U]),
    ("call", "debtor", "客户：我真的会谢 emo好几天了 下个月实习工资发了再说 OK吧\n坐席：可以的 那我给你登记一个还款承诺 "
     "下个月十五号之前 金额你自己定 定了发我短信就行\n客户：行 thx",
     [], []),
    ("call", "third_party", "第三方：啊他不在 打游戏去了 你谁啊\n坐席：我们是催收的 他那个青果花欠了两千多 你让他别装死了 "
     "赶紧回电话\n第三方：哦 好吧",
     [], [D]),
    ("call", "debtor", "坐席：嗯那个我这边也知道 你每天下午在二食堂旁边那个奶茶店兼职嘛 五点半下班 对吧 那你下班了给我回个电话\n"
     "客户：你们跟踪我啊",
     [], [S]),
    ("call", "debtor", "坐席：你不还是吧 你妈电话一八六二八九五八四九一 我这都有 要不要我现在打过去跟她聊聊\n客户：别别别 我还",
     [(MB, "一八六二八九五八四九一")], [U, X]),
    ("call", "third_party", "坐席：喂是龙子轩屋里吧 你是他娘吧\n第三方：是咯 么子事啰\n坐席：就是你屋里伢子读书借的那个助学贷款 "
     "拖了两个多月哒 银行这边要他快点还\n第三方：哎呀他冇跟我讲咯",
     [(P, "龙子轩")], [D]),
    ("call", "debtor", "客户：like I'm so broke rn 真的 一分钱都没有\n坐席：理解理解 那我们这边可以给你做个分期 分六期的话一个月"
     "七百多一点 你看能不能接受\n客户：六期ok的",
     [], []),
    ("call", "debtor", "坐席：呃你身份证号是三六二四二六二零零四零三一九四八九七 嗯 没错吧 就是核对一下\n客户：嗯对",
     [(ID, "三六二四二六二零零四零三一九四八九七")], [U]),
    ("call", "debtor", "坐席：那个 我看你学信网上面 哦你是二零二二级护理二班的 然后你们班五十二个人 名单我们这都有 "
     "你也不想全班都知道吧\n客户：破防了 你们这是违法的吧",
     [], [X]),
    ("call", "third_party", "坐席：喂你好 请问是舒梓涵同学的室友吗 就是 我们找一下她 有个事情 麻烦你叫她回个电话\n"
     "第三方：什么事啊\n坐席：个人的事情 不好意思哈 你就跟她说回电话就行",
     [(P, "舒梓涵")], []),
    ("call", "debtor", "坐席：就是说 你妹妹是在邵东一中读高一对吧 三班 我们这边也是 呃 不想影响到她\n客户：你什么意思",
     [], [S]),
    ("call", "debtor", "坐席：卡号我念一下哈 幺八幺 不是 六二一七 零零零七 三二三九 一九五一 零二九 这个卡你还在用吧\n客户：在用",
     [(BC, "六二一七 零零零七 三二三九 一九五一 零二九")], [U]),
    ("call", "debtor", "客户：兄弟我现在真的社死了 全寝室都知道我欠钱\n坐席：我们这边没有联系过你的室友哦 如果有人自称我们去找了你室友 "
     "你可以录音投诉 我们这边电话只打给你本人",
     [], []),
]

# --- voice robots, with keypad turns ------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是汇川银行信用卡中心，请问是柏子豪先生本人吗？确认请按1。\n客户：（按键1）\n"
     "机器人：您的青春卡已逾期21天，当前应还1,126.00元，请于3日内还款。人工服务请按0。",
     [(P, "柏子豪")], []),
    ("call", "debtor", "机器人：您好，这里是湘江银行。为核实身份，您登记的身份证号码为：五零零二三六一九九九零一二一五七七八，"
     "正确请按1，错误请按2。\n客户：（按键1）",
     [(ID, "五零零二三六一九九九零一二一五七七八")], [U]),
    ("call", "third_party", "机器人：您好，这里是星桥消费金融，您的好友邝佳宁在我司借款已逾期，请提醒其尽快还款。知悉请按1。\n"
     "联系人：（按键1）",
     [(P, "邝佳宁")], [D]),
    ("call", "third_party", "机器人：您好，我们正在联系黎明轩先生，如果您认识他，请转告他回拨本号码，谢谢。需重听请按9。\n联系人：9",
     [(P, "黎明轩")], []),
    ("call", "debtor", "机器人：您好，您本次的还款账户为：六二二八 四八九二 一二三七 三二一四 零八一，余额不足，请及时存入。\n客户：（挂机）",
     [(BC, "六二二八 四八九二 一二三七 三二一四 零八一")], [U]),
    ("call", "third_party", "机器人：您好，这里是课桌分期。您的同学麻晓雯在我平台分期购买手机，已逾期93天，欠款3,488元。"
     "如您能联系到她，请按1。\n联系人：（按键3）",
     [(P, "麻晓雯")], [D]),
    ("call", "debtor", "机器人：您好，系统检测到您本周在体育馆、三食堂和北门网吧均有定位记录，您的借款已逾期，请尽快还款，"
     "还款请按1。\n客户：（按键1）",
     [], [S]),
    ("call", "debtor", "機器人：您好，這裏是匯川銀行信用卡中心，您的青春卡尾號1092已逾期，請盡快還款。如有困難，可按2申請分期。\n"
     "客戶：（按鍵2）",
     [], []),
    ("call", "debtor", "机器人：您好，您的紧急联系人向国平，手机一三八四九八六五五三七，已被设置为催收联系人，若今日未还款将进行联系。\n"
     "客户：（按键0）",
     [(P, "向国平"), (MB, "一三八四九八六五五三七")], [U, X]),
]

# --- WeChat and QQ: collectors to students, roommates, classmates and class groups --------------------------------

WECHAT_QQ: list[PiplEntry] = [
    ("app", "third_party", "[微信] 同学你好，朋友介绍加的你，麻烦问下韦家豪最近在寝室吗？他信用卡的事一直拖着，你提醒下他。",
     [(P, "韦家豪")], [D]),
    ("app", "third_party", "【班级群】各位同学好，我是湘江银行的工作人员，麻烦大家提醒一下罗一鸣同学助学贷款的事，让他看到消息尽快联系我，谢谢大家！",
     [(P, "罗一鸣")], [D]),
    ("app", "third_party", "【2022级护理2班】麻烦@麻晓雯 的室友跟她说一声，她那个事情再不处理就要上报了。",
     [(P, "麻晓雯")], [D]),
    ("app", "debtor", "QQ：黎明轩同学你好，我是课桌分期的客服，你的账单逾期了，今天方便的话点这个链接看下还款方案：kzfq.cn/r/8Hq2",
     [(P, "黎明轩")], []),
    ("app", "third_party", "甘露你好，我加你是想问问，你室友覃雨桐现在还住北苑5栋306吗？她欠我们平台的钱，一直联系不上。",
     [(P, "甘露"), (P, "覃雨桐"), (A, "北苑5栋306")], [D]),
    ("app", "debtor", "覃雨桐，你别躲了，你室友甘露18927454370、侯佳琪我都加上了，你要是不想她们知道就今天回我。",
     [(P, "覃雨桐"), (P, "甘露"), (MB, "18927454370"), (P, "侯佳琪")], [U, X]),
    ("app", "third_party", "【巴渝科技大学2021级软件工程1班】请大家帮忙转告一下柏子豪，让他抓紧处理学生贷款的事，学校这边也在催。",
     [(P, "柏子豪")], [D]),
    ("app", "debtor", "QQ消息：你在学校心理中心的咨询记录我们这边也看到了，你现在状态还行吧？还款的事咱们得谈一谈。",
     [], [S]),
    ("app", "third_party", "[微信] 你好，请问你是谭欣然同学吗？\n第三方：不是，你加错了，我是她同学。\n坐席：不好意思打扰了，那没事了。",
     [(P, "谭欣然")], []),
    ("app", "third_party", "[微信] 你好，请问你是谭欣然同学吗？\n第三方：不是，我是她同学。\n坐席：那你帮我跟她说一声，她星桥那笔三千多"
     "已经逾期两个月了，让她尽快还。",
     [(P, "谭欣然")], [D]),
    ("app", "debtor", "吴宇航：我们知道你在长沙市岳麓区麓谷大道627号的湘华科技实习，入职证明复印件我们也有，你要是再拖，实习单位会知道的。",
     [(P, "吴宇航"), (A, "长沙市岳麓区麓谷大道627号")], [X]),
    ("app", "debtor", "同学你好，课桌分期官方客服提醒：本平台所有回款只通过app内“立即还款”，任何人让你转到私人账户都是诈骗，请注意甄别。",
     [], []),
    ("app", "debtor", "[QQ] 冉晓彤你好，你的贷款逾期了，你爸冉光明在凤凰县沱江镇的县人民医院当护工，你妈在镇上开早餐店，这些我们都了解。",
     [(P, "冉晓彤"), (P, "冉光明")], [X]),
    ("app", "debtor", "【青果花】你上次电话里说最近在准备考研，加油！账单这边我们可以给你办延期到明年1月，不影响你复习。",
     [], []),
    ("app", "third_party", "[微信] 叔叔您好，我是邵东市学生资助管理中心的小粟，您签过字的生源地贷款，今年的本息2,412元还没存，"
     "麻烦跟嘉怡说一下，或者您直接存进去也行。",
     [(P, "嘉怡")], []),
    ("app", "debtor", "【星桥消费金融】你好 看你抖音发的 周末在五一广场那家剧本杀店兼职 每周六下午两点到晚上十点 钱不少吧 先把账还了",
     [], [S]),
    ("app", "third_party", "[微信群：湘楚理工18栋同寝] 有谁认识412的瞿博文吗？他欠款不还，手机关机，麻烦帮忙找找，找到有酬谢。",
     [(P, "瞿博文")], [D]),
    ("app", "debtor", "QQ：侯晓龙同学，你是建档立卡户家庭，还款确实困难的话，可以提交困难证明申请展期，我们这边会帮你走流程。",
     [(P, "侯晓龙")], [S]),
    ("app", "debtor", "侯晓龙同学，如果家里经济确实困难，可以按学校资助中心的流程提交困难认定材料，申请展期，我们这边会配合。",
     [(P, "侯晓龙")], []),
]

# --- the universities' student-aid offices and counsellors, acting for the lenders ------------------------------

SCHOOL_OFFICES: list[PiplEntry] = [
    ("app", "third_party", "【2021级会计3班】通知：请各位同学提醒舒梓涵、蒋芷若、韦家豪三位同学尽快归还助学贷款，已逾期的会影响个人征信。"
     "——辅导员刘婧",
     [(P, "舒梓涵"), (P, "蒋芷若"), (P, "韦家豪"), (P, "刘婧")], [D]),
    ("app", "third_party", "【2021级会计3班】通知：国家助学贷款本年度还款截止日为12月20日，请贷款同学自行登录还款系统核对，有困难的单独找我，"
     "不要在群里讨论。——辅导员刘婧",
     [(P, "刘婧")], []),
    ("email", "debtor", "舒梓涵同学：学生资助管理中心提醒，你的国家助学贷款逾期未还。依据《毕业生离校手续办理规定》，离校前须结清到期贷款利息，"
     "请于本周五前到行政楼学生资助中心办理，如有困难可申请缓交。学生资助管理中心 0731-88615207",
     [(P, "舒梓涵"), (LL, "0731-88615207")], []),
    ("app", "debtor", "梓涵，我是刘老师。银行那边又打电话到学院了，说你的贷款逾期，还说你家里是低保户、你妈妈在治乳腺癌，"
     "我理解你家里困难，但还是要先和银行沟通一下。",
     [(P, "梓涵")], [S]),
    ("app", "third_party", "何阿姨您好，我是韦家豪的辅导员刘婧。他的国家助学贷款已经逾期八个月了，银行多次联系学校，麻烦您在家里也督促一下他。",
     [(P, "韦家豪"), (P, "刘婧")], [D]),
    ("notice", "third_party", "致2021级会计3班全体同学的家长：\n根据合作银行通报，本班以下同学助学贷款存在逾期：\n"
     "韦家豪 学号2021310602 逾期金额8,422元\n舒梓涵 学号2021310617 逾期金额3,106元\n请各位家长督促。\n会计学院学工办",
     [(P, "韦家豪"), (P, "舒梓涵")], [D, X]),
    ("email", "debtor", "罗一鸣同学：\n你好。根据合作银行转来的名单，你的助学贷款仍有逾期。学院已将银行联系方式转交给你：湘江银行个贷中心"
     "0731-84162257。请在两周内与银行联系并向学工办回复处理结果。\n计算机学院学工办",
     [(P, "罗一鸣"), (LL, "0731-84162257")], []),
    ("app", "debtor", "一鸣，我是刘老师。银行把你的情况发给学院了，我看了下，你的成绩单这学期还有两门不及格，毕业证学院先暂缓发放，"
     "你赶紧把贷款还了再说。",
     [(P, "一鸣")], [X]),
    ("sms", "debtor", "【湘楚理工学院学生资助中心】亲爱的同学：根据《国家助学贷款管理办法》，毕业后须按合同约定还款。资助中心从不以任何名义"
     "要求你转账至个人账户，如接到此类电话请立即报警。",
     [], []),
    ("app", "third_party", "（辅导员 → 学生家长群）各位家长好，本学期起国家助学贷款的利息由学生本人承担，还款日12月20日，请各位家长提醒孩子留意。",
     [], []),
    ("email", "third_party", "湘润食品人事部：\n贵公司新入职员工滕思远系我院2024届毕业生，在校期间申请的国家助学贷款目前逾期，烦请贵公司协助通知其本人"
     "尽快还款。\n湘楚理工学院学生资助中心",
     [(P, "滕思远")], [D]),
    ("notice", "unknown", "学生资助中心工作记录：韦家豪（身份证号513226200109125477，学号2021310602），国家助学贷款逾期242天，"
     "已电话通知本人三次，本人称实习收入不足，申请下月起分期。",
     [(P, "韦家豪"), (ID, "513226200109125477")], [U]),
    ("notice", "unknown", "学生资助中心工作记录：韦家豪（身份证尾号5477，学号后四位0602），国家助学贷款逾期242天，已电话通知本人三次，"
     "本人申请下月起分期，已同意。",
     [(P, "韦家豪")], []),
    ("app", "debtor", "思远，我是你大学辅导员刘老师。银行找到学院来了，问了你的毕业去向，登记表上写的你在湘润食品质检部，"
     "你爸滕建华在宁乡城郊砖厂上班，他们都记下了，你自己赶紧联系一下。",
     [(P, "思远"), (P, "滕建华")], [X]),
    ("app", "third_party", "【辅导员】谭欣然妈妈您好，我是她的辅导员，她最近在学校心理咨询中心登记了焦虑症状，加上贷款逾期的事，"
     "压力很大，麻烦您多关心她。",
     [(P, "谭欣然")], [D, S]),
]

# --- e-mails: to students' school addresses, and between the banks, the agency and the universities --------------

EMAILS: list[PiplEntry] = [
    ("email", "debtor", "收件人：2021310602@stu.xclg.edu.cn\n主题：助学贷款还款提醒\n韦家豪同学：你的国家助学贷款已逾期242天，"
     "本息合计8,422.00元。请登录还款系统或致电湘江银行个贷中心0731-84162257协商还款。本邮件由系统发送，请勿直接回复。",
     [(EM, "2021310602@stu.xclg.edu.cn"), (P, "韦家豪"), (LL, "0731-84162257")], []),
    ("email", "debtor", "主题：关于你的课桌分期账单\n邝佳宁同学，你好：\n你在本平台的账单已逾期46天。经核实，你的身份证号为"
     "500236200403248847，绑定手机号19536048103，如信息有误请回复更正。\n课桌分期客户服务部 service@kezhuofq.com",
     [(P, "邝佳宁"), (ID, "500236200403248847"), (MB, "19536048103"), (EM, "service@kezhuofq.com")], [U]),
    ("email", "unknown", "刘经理：转来吴宇航一户的补充材料。户籍地址云南省昭通市镇雄县乌峰镇南台路22号，身份证532128200012079478（注：以系统为准），"
     "青春卡6258027398141092，另附其2023年在校心理咨询中心的就诊登记，供谈判参考。",
     [(P, "吴宇航"), (A, "云南省昭通市镇雄县乌峰镇南台路22号"), (ID, "532128200012079478"), (BC, "6258027398141092")], [S, U]),
    ("email", "unknown", "各外包团队：\n重申作业纪律：不得向学生的室友、同学、辅导员、班级群透露任何欠款信息；不得提及学生的健康、心理咨询、"
     "残疾、宗教信仰、家庭贫困认定等情况；联系在校学生仅限本人。违者解约。\n汇川银行信用卡中心 合规部",
     [], []),
    ("email", "debtor", "收件人：tanxinran2000@stu.yzcj.edu.cn\n谭欣然同学：您的星桥消费金融借款已逾期61天，应还3,068.00元。"
     "如您已毕业，请更新联系方式。客服热线400-662-3018。",
     [(EM, "tanxinran2000@stu.yzcj.edu.cn"), (P, "谭欣然")], []),
    ("email", "third_party", "收件人：jwc@xclg.edu.cn\n湘楚理工学院教务处：\n贵校2020级学生瞿博文（学号2020240117）在我平台借款逾期，"
     "烦请贵处告知其成绩单及学位授予情况，并协助通知本人还款。\n星桥消费金融 贷后管理部",
     [(EM, "jwc@xclg.edu.cn"), (P, "瞿博文")], [D]),
    ("email", "unknown", "主题：外访需求单-覃雨桐\n借款人覃雨桐，巴渝科技大学北苑5栋306寝室，手机13643734721。请于周三前完成外访，"
     "注意不要在寝室楼下与其室友交谈欠款事宜。",
     [(P, "覃雨桐"), (P, "覃雨桐"), (A, "巴渝科技大学北苑5栋306寝室"), (MB, "13643734721")], [U]),
    ("email", "unknown", "主题：外访需求单-覃雨桐（更正）\n借款人覃雨桐，手机尾号4721，地址见系统。请于周三前完成外访。",
     [(P, "覃雨桐"), (P, "覃雨桐")], []),
    ("email", "debtor", "To: luoyiming@stu.xclg.edu.cn\nSubject: 还款提醒 Repayment Reminder\n罗一鸣同学：你的国家助学贷款已逾期。"
     "你在校期间的宿舍（南苑12栋508）及你父母的工作单位（父：罗志刚，沅陵县粮食局；母：张秀芝，沅陵县城关镇菜市场）均在档，"
     "请主动联系。",
     [(EM, "luoyiming@stu.xclg.edu.cn"), (P, "罗一鸣"), (A, "南苑12栋508"), (P, "罗志刚"), (P, "张秀芝")], [X]),
    ("email", "unknown", "王律师：\n附韦家豪一案起诉材料所需信息：被告户籍地四川省阿坝州茂县凤仪镇南庄村二组14号，身份证号经加密通道另行发送。"
     "原告湘江银行统一社会信用代码91430100MA4L2K7R46。请据此起草起诉状。",
     [(P, "韦家豪"), (A, "四川省阿坝州茂县凤仪镇南庄村二组14号"), (UC, "91430100MA4L2K7R46")],
     []),
    ("email", "debtor", "谭欣然同学，您好：\n您申请的延期还款已审核通过，新的还款日为2026年3月20日，期间不计罚息。如有疑问请回复本邮件。\n"
     "星桥消费金融 客户服务部 kefu@xqxf.com.cn",
     [(P, "谭欣然"), (EM, "kefu@xqxf.com.cn")], []),
]

# --- letters to the family home ------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：XJYH-ZX-2025-0412\n龙子轩先生：\n您于2021年9月在我行办理的国家助学贷款，截至2025年11月3日已逾期63天，"
     "应还本息9,860.00元。请于2025年11月20日前通过我行网点或手机银行归还。如对欠款有异议，请在收到本函7日内致电"
     "0731-84162257提出。逾期不还的，我行将依法向人民法院提起诉讼。\n湘江银行个人信贷中心（盖章）\n2025年11月5日\n"
     "寄：湖南省怀化市沅陵县官庄镇界亭驿村五组38号",
     [(P, "龙子轩"), (LL, "0731-84162257"), (A, "湖南省怀化市沅陵县官庄镇界亭驿村五组38号")], []),
    ("notice", "third_party", "致龙子轩家长：\n您的孩子龙子轩在我行的助学贷款已严重逾期，本息9,860元。龙子轩身份证号430725200009254894，"
     "我行已将其列入重点催收名单，请家长配合督促。\n湘江银行个人信贷中心",
     [(P, "龙子轩"), (P, "龙子轩"), (P, "龙子轩"), (ID, "430725200009254894")], [D, U]),
    ("notice", "third_party", "粟建军先生：\n您作为共同借款人，与借款学生粟嘉怡共同签订的《生源地信用助学贷款合同》（合同尾号2218），"
     "本年度应还本息2,412.00元，还款截止日为2025年12月20日。请您与学生按时还款。如有困难，可向邵东市学生资助管理中心申请"
     "展期。咨询电话0739-2716630。\n邵东市学生资助管理中心",
     [(P, "粟建军"), (P, "粟嘉怡"), (LL, "0739-2716630")], []),
    ("notice", "third_party", "粟建军先生：\n您共同签订的生源地助学贷款今年的本息尚未归还。另告知：您女儿粟嘉怡在校期间另办了汇川银行"
     "青春卡和青果花，均已逾期，合计5,600余元，请一并督促。",
     [(P, "粟建军"), (P, "粟嘉怡")], [D, S]),
    ("notice", "debtor", "還款通知書\n冉曉彤同學：您於本行辦理之助學貸款，本期應還本息人民幣1,320.00元，"
     "請於12月20日前存入尾號0091之還款帳戶。如有疑問請洽本行客服。\n湘江銀行",
     [(P, "冉曉彤")], []),
    ("notice", "debtor", "蒋芷若女士：\n您的青春卡已逾期96天，欠款6,214.33元。经查您家庭为建档立卡贫困户，父亲蒋长根患尿毒症长期透析，"
     "我行对此表示理解，但仍请您按期履约。\n汇川银行信用卡中心\n寄：江西省上饶市余干县玉亭镇光明村三组27号",
     [(P, "蒋芷若"), (P, "蒋长根"), (A, "江西省上饶市余干县玉亭镇光明村三组27号")], [S, X]),
    ("notice", "debtor", "蒋芷若女士：\n您的青春卡已逾期96天，欠款6,214.33元。如您或家庭遇到特殊困难，可向我行申请个性化分期还款，"
     "申请需提供相关证明材料，我行将依法保护您的个人信息。\n汇川银行信用卡中心\n寄：江西省上饶市余干县玉亭镇光明村三组27号",
     [(P, "蒋芷若"), (A, "江西省上饶市余干县玉亭镇光明村三组27号")], []),
    ("notice", "third_party", "致向国平、麻小英夫妇：\n你们的女儿向佳怡在星桥消费金融的借款已逾期，她的弟弟向佳乐在凤凰县箭道坪小学五年级二班就读，"
     "希望家长重视此事，不要影响到孩子。",
     [(P, "向国平"), (P, "麻小英"), (P, "向佳怡"), (P, "向佳乐")], [D, S, X]),
    ("notice", "debtor", "律师函\n致：瞿博文\n本所受星桥消费金融委托，就你所欠借款3,068.00元事宜致函。请于收函之日起十日内与委托人联系还款。"
     "逾期未付的，委托人将依法提起诉讼，由此产生的诉讼费用由你承担。\n湖南湘融律师事务所 律师 邓一帆\n电话：0731-85562194",
     [(P, "瞿博文"), (P, "邓一帆"), (LL, "0731-85562194")], []),
    ("notice", "debtor", "结清证明\n兹证明借款人柏子豪（身份证号码：130634200001168473）在我行办理的青春信用卡，截至2025年10月8日已全部结清，"
     "无任何欠款。\n汇川银行信用卡中心（盖章）",
     [(P, "柏子豪"), (ID, "130634200001168473")], [U]),
    ("notice", "debtor", "结清证明\n兹证明持卡人柏子豪（证件号码130634********8473）名下青春信用卡（卡号尾号7600）已于2025年10月8日结清。\n"
     "汇川银行信用卡中心（盖章）",
     [(P, "柏子豪")], []),
    ("notice", "third_party", "冉光明先生：\n您好。我们是衡阳融泽商务咨询有限公司，受汇川银行委托，就冉晓彤名下信用卡欠款一事致函。"
     "冉晓彤开卡时未满十八周岁（2023年8月，17岁），此卡系在校园推广中办理。请您作为父亲敦促其还款。",
     [(P, "冉光明"), (P, "冉晓彤"), (P, "冉晓彤")], [D, S]),
]

# --- visit records and skip-tracing notes (internal, to unknown recipients) -----------------------------------

VISIT_RECORDS: list[PiplEntry] = [
    ("notice", "unknown", "外访记录 2025-10-22\n借款人：覃雨桐\n地址：巴渝科技大学北苑5栋306寝室\n结果：未见本人。宿管阿姨称其近期常去校医院"
     "开抗焦虑药，周三周五下午在心理咨询中心。",
     [(P, "覃雨桐"), (A, "巴渝科技大学北苑5栋306寝室")], [S]),
    ("notice", "unknown", "外访记录 2025-10-22\n借款人：覃雨桐（手机尾号4721）\n结果：未见本人，未与他人谈及欠款，留联系卡一张。",
     [(P, "覃雨桐")], []),
    ("notice", "unknown", "外访小结：韦家豪，茂县凤仪镇老家无人，邻居说其父亲韦成福在茂县城关建筑队，母亲何春梅在县城超市收银，"
     "其妹在茂县中学读初二。",
     [(P, "韦家豪"), (P, "韦成福"), (P, "何春梅")], [S, X]),
    ("notice", "unknown", "失联修复笔记：罗一鸣，原号码18785077713停机，经学信网查其已于2024年6月毕业，现用QQ号已添加，"
     "待回复。",
     [(P, "罗一鸣"), (MB, "18785077713")], [U]),
    ("notice", "unknown", "失联修复笔记：罗一鸣，原号码停机，已通过本人邮箱联系，待回复。不得联系其同学、老师。",
     [(P, "罗一鸣")], []),
    ("notice", "unknown", "外访登记：滕思远，宁乡市，工作日早八点坐22路公交到金洲大道湘润食品上班，晚六点下班，周末回花明楼镇父母家。",
     [(P, "滕思远")], [S]),
    ("notice", "unknown", "外访预约单：借款人吴宇航同意于11月9日上午10点在长沙市岳麓区麓山南路932号学校北门的茶饮店面谈分期方案。",
     [(P, "吴宇航"), (A, "长沙市岳麓区麓山南路932号")], []),
    ("notice", "unknown", "外访记录：冉晓彤本人在家，车牌湘U·3M578的面包车为其父所有，停在院内。本人称毕业后在县城找到工作，"
     "同意12月起每月还800元。",
     [(P, "冉晓彤"), (PL, "湘U·3M578")], []),
    ("notice", "unknown", "外访记录：蒋芷若，家中为建档立卡贫困户，母亲信基督，每周日去镇上教堂，本人在南昌一家奶茶店打工，"
     "住青山湖区，每天下午三点上班。",
     [(P, "蒋芷若")], [S]),
]

# --- quality-check sheets and complaint tickets ---------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-20251103-017\n坐席：工号H2231\n问题：通话中向借款人室友透露“他信用卡欠了四千多”，属向第三方披露债务，"
     "扣10分，已辅导。",
     [], []),
    ("notice", "unknown", "质检单 QC-20251103-021\n借款人：龙子轩，身份证430725200009254894，手机18625455460\n"
     "问题：坐席在核身环节完整念出身份证号，应改为核对后四位。",
     [(P, "龙子轩"), (ID, "430725200009254894"), (MB, "18625455460")], [U]),
    ("notice", "unknown", "质检单 QC-20251103-022\n借款人：龙子轩（证件尾号4894）\n问题：坐席在核身环节完整念出身份证号，应改为核对后四位。"
     "整改：已复训。",
     [(P, "龙子轩")], []),
    ("notice", "unknown", "质检记录：坐席在通话中称“你在心理中心做咨询我们都知道”，提及客户心理健康信息，严重违规，扣20分。",
     [], []),
    ("notice", "unknown", "投诉工单 TS-88120\n投诉人：韦家豪 手机13595764009\n内容：催收人员把我欠款的事发到了我们班级群，"
     "还打电话给我辅导员，要求删除并道歉。\n处理：已转贷后管理部核查。",
     [(P, "韦家豪"), (MB, "13595764009")], [U]),
    ("notice", "unknown", "投诉工单 TS-88121\n投诉人：柏子豪（手机尾号7047）\n内容：外包公司把我欠款截图发到我们班级群。\n"
     "处理：经查属实，已责令外包公司删除、道歉，并暂停其作业。",
     [(P, "柏子豪")], []),
    ("notice", "unknown", "投诉工单 TS-88140\n投诉人：侯晓龙\n内容：我是韦家豪室友，你们每天打我电话问他的情况，我不认识你们，"
     "我的号码是哪来的？\n处理：已将该号码加入禁止联系名单。",
     [(P, "侯晓龙"), (P, "韦家豪")], []),
    ("email", "unknown", "投诉回复（致湖南银保监局转办件）：\n关于学生谭欣然投诉我司外包人员联系其辅导员一事，经核查，外包人员确有向辅导员"
     "透露借款逾期情况，我司已对该外包机构处罚并终止合作，并向投诉人致歉。",
     [(P, "谭欣然")], []),
    ("notice", "unknown", "质检单 QC-20251108-004\n通话摘要：坐席向客户母亲称“你家孩子在课桌分期欠了三千多”，客户母亲非共同借款人。"
     "判定：第三方披露。",
     [], []),
    ("notice", "unknown", "投诉工单 TS-88166\n投诉人：麻晓雯，身份证522425200103073288，银行卡6217999260264336279\n内容：我已还清，"
     "你们还在扣款。\n处理：退款至上述账户。",
     [(P, "麻晓雯"), (ID, "522425200103073288"), (BC, "6217999260264336279")], [U]),
    ("notice", "unknown", "质检单 QC-20251110-009\n问题：坐席向客户提及“你在学校拿残疾补助”，客户本人未提及。该信息来源于学校资助名单，"
     "属敏感个人信息，扣15分。",
     [], []),
]

# --- court filings (lawful with full identifiers) and their outbound echoes ------------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：湘江银行股份有限公司，统一社会信用代码91430100MA4L2K7R46，住所地长沙市芙蓉区五一大道389号。\n"
     "被告：韦家豪，男，2001年9月12日出生，汉族，身份证号码513226200109125477，住四川省阿坝州茂县凤仪镇南庄村二组14号，"
     "联系电话13595764009。\n诉讼请求：判令被告偿还国家助学贷款本金8,000元及利息422元。\n此致\n楚南市南湖区人民法院",
     [(UC, "91430100MA4L2K7R46"), (A, "长沙市芙蓉区五一大道389号"), (P, "韦家豪"), (ID, "513226200109125477"),
      (A, "四川省阿坝州茂县凤仪镇南庄村二组14号"), (MB, "13595764009")], []),
    ("notice", "unknown", "支付令申请书\n申请人：汇川银行股份有限公司信用卡中心，统一社会信用代码91440300MA5G8N3T3U。\n被申请人：吴宇航，"
     "身份证号532128200012079478，住云南省昭通市镇雄县乌峰镇南台路22号。\n请求事项：督促被申请人支付信用卡欠款4,386.71元。\n"
     "此致 楚南市岳山区人民法院",
     [(UC, "91440300MA5G8N3T3U"), (P, "吴宇航"), (ID, "532128200012079478"), (A, "云南省昭通市镇雄县乌峰镇南台路22号")], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：粟建军（共同被告）\n身份证号：430521610125839（一代证）\n送达地址：湖南省邵阳市邵东市"
     "廉桥镇石株桥村七组6号\n联系电话：13830549277\n本人确认以上地址为有效送达地址。",
     [(P, "粟建军"), (ID, "430521610125839"), (A, "湖南省邵阳市邵东市廉桥镇石株桥村七组6号"), (MB, "13830549277")], []),
    ("sms", "debtor", "【湘江银行】韦家豪：我行已向法院起诉，起诉状载明被告身份证号513226200109125477、住址茂县凤仪镇南庄村二组14号，"
     "开庭通知以法院送达为准。",
     [(P, "韦家豪"), (ID, "513226200109125477"), (A, "茂县凤仪镇南庄村二组14号")], [U]),
    ("sms", "debtor", "【湘江银行】韦家豪：我行已就您的助学贷款向楚南市南湖区人民法院提起诉讼，案号以法院通知为准。开庭时间、地点以法院"
     "送达的传票为准，如需协商请致电0731-84162257。",
     [(P, "韦家豪"), (LL, "0731-84162257")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：星桥消费金融有限公司，统一社会信用代码91410100MA9F3W6H87。\n被申请人：瞿博文，"
     "身份证号码36242620010504839X。\n请求冻结被申请人名下银行账户6236687731284585555内存款3,068元。",
     [(UC, "91410100MA9F3W6H87"), (P, "瞿博文"), (ID, "36242620010504839X"), (BC, "6236687731284585555")], []),
    ("notice", "unknown", "调解协议（诉前调解）\n甲方：国昌开发银行湖南省分行\n乙方：向佳怡，身份证号码43312320030814238X\n"
     "共同借款人：向国平，身份证号码433123197602152090\n双方同意：乙方自2026年1月起每月偿还500元，至结清为止。\n"
     "调解员：黄书琴\n楚南市南湖区人民法院诉前调解中心",
     [(P, "向佳怡"), (ID, "43312320030814238X"), (P, "向国平"), (ID, "433123197602152090"), (P, "黄书琴")], []),
    ("app", "debtor", "向佳怡你好，调解协议已签好，我把照片发给你：乙方向佳怡 身份证43312320030814238X，共同借款人向国平 "
     "身份证433123197602152090，你留着。",
     [(P, "向佳怡"), (P, "向佳怡"), (ID, "43312320030814238X"), (P, "向国平"), (ID, "433123197602152090")], [U]),
    ("notice", "unknown", "证据目录\n1. 《国家助学贷款借款合同》（编号GJZX2021-0602-118）；\n2. 放款凭证；\n3. 催收记录（短信、电话录音"
     "共14次，均为联系借款人本人）；\n4. 被告身份证复印件（身份证号码513226200109125477）。\n提交人：湘江银行股份有限公司",
     [(ID, "513226200109125477")], []),
]

# --- identifiers in every form: full-width, grouped, glued, read aloud, behind +86 -----------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【国昌开发银行】借款学生身份证号：４３３１２３２００３０８１４２３８Ｘ，贷款本期未还，请尽快处理。",
     [(ID, "４３３１２３２００３０８１４２３８Ｘ")], [U]),
    ("app", "debtor", "佳怡，你爸的身份证号是433123-19760215-2090吧？他是共同借款人，你们家谁先还都行，别拖了。",
     [(P, "佳怡"), (ID, "433123-19760215-2090")], [U, X]),
    ("app", "debtor", "【邵东市学生资助管理中心】粟嘉怡同学：你在系统预留的手机号+86 155 7432 2545已停机，请于一周内到中心更新联系方式。",
     [(P, "粟嘉怡"), (MB, "155 7432 2545")], [U]),
    ("sms", "debtor", "【汇川银行】您的青春卡分期申请已受理，后续由专员小吴为您服务，工作手机0086 17394032002，工作日9:00-18:00。",
     [(MB, "17394032002")], []),
    ("call", "debtor", "坐席：嗯 你父亲粟建军登记的是老身份证 四三零五二一六一零一二五八三九 现在换新证了没\n客户：换了吧 我不晓得",
     [(P, "粟建军"), (ID, "四三零五二一六一零一二五八三九")], [U, X]),
    ("call", "debtor", "坐席：核对一下哈 身份证 三六二四二六二零零一零五零四八三九叉 是你本人吧\n客户：是的",
     [(ID, "三六二四二六二零零一零五零四八三九叉")], [U]),
    ("email", "debtor", "瞿博文同学：你申请的赴韩交换项目需先结清逾期贷款。你在系统登记的护照号EA3718264，出境前请确认还款状态。\n"
     "湘楚理工学院国际交流处",
     [(P, "瞿博文"), (PP, "EA3718264")], [U]),
    ("app", "debtor", "请核对你的还款卡6212266858083684是否为本人名下，核对后回复1。",
     [(BC, "6212266858083684")], [U]),
    ("sms", "debtor", "【汇川银行】尊敬的客户，您的青春卡6225.7605.3457.3147已逾期，请尽快还款。",
     [(BC, "6225.7605.3457.3147")], [U]),
    ("app", "debtor", "你登记的手机186 2545 5460一直停机，单位电话也是空号，请三日内更新联系方式。",
     [(MB, "186 2545 5460")], [U]),
    ("notice", "debtor", "还款提醒\n借款人：田俊杰\n证件号码：\n421126200605146155\n应还本金：6,000.00元\n请于2025年12月20日前还款。\n"
     "桑植县学生资助管理中心",
     [(P, "田俊杰"), (ID, "421126200605146155")], [U]),
    ("sms", "debtor", "【湘江银行】您的助学贷款展期申请已通过，如有疑问请致电0731-84162257转8016，或到开户网点咨询。",
     [(LL, "0731-84162257")], []),
    ("sms", "debtor", "【桑植县学生资助管理中心】提醒：生源地贷款还款现场办理时间为周一至周五，电话(0744)6223518，请携带本人身份证。",
     [(LL, "(0744)6223518")], []),
    ("email", "debtor", "罗一鸣同学：湘楚理工学院（统一社会信用代码12430000444885129Q）已与湘江银行签订国家助学贷款合作协议，"
     "你的贷款由湘江银行管理，还款请直接联系银行。",
     [(P, "罗一鸣"), (UC, "12430000444885129Q")], []),
    ("app", "debtor", "你预留的手机号１３６４３７３４７２１已经好几天打不通了，看到请回复。",
     [(MB, "１３６４３７３４７２１")], [U]),
    ("call", "debtor", "坐席：你的号码是幺三六四三七三四七二幺对吧 我这边登记一下\n客户：嗯",
     [(MB, "幺三六四三七三四七二幺")], [U]),
    ("notice", "debtor", "田俊杰：你母亲登记的身份证号仍是15位（421126721222412），请通知她来中心更换为新证号，否则影响共同借款人信息核验。",
     [(P, "田俊杰"), (ID, "421126721222412")], [U, X]),
    ("app", "debtor", "【课桌分期】您绑定的银行卡4033 9298 3986 7036已到期，请在“我的-银行卡”中更换。",
     [(BC, "4033 9298 3986 7036")], [U]),
    ("sms", "debtor", "【湘江银行】护照号E72094158的持有人请注意：您出国留学前需结清助学贷款或办理提前还款手续。",
     [(PP, "E72094158")], [U]),
]

# --- decoys: numbers of identifiers' shapes that are none, and masked forms ------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【湘江银行】您的助学贷款合同编号430121202109180238已生成电子版，可在手机银行查看。",
     [], []),
    ("sms", "debtor", "【国昌开发银行】您的还款流水号6228481202511200015已受理，款项预计1个工作日内入账。",
     [], []),
    ("app", "debtor", "同学你好，你的学号20213106021对应的贷款记录已更新，请登录系统查看。",
     [], []),
    ("app", "debtor", "【课桌分期】您的订单号2025110812345678已发货，分期12期，首期11月25日。",
     [], []),
    ("email", "debtor", "你的申请单号362426200413994817（非身份证号，仅用于查询进度）已提交，审核结果三个工作日内告知。",
     [], []),
    ("app", "debtor", "您的退款交易号6217000732391951022已提交银行，预计3-5个工作日到账。",
     [], []),
    ("notice", "unknown", "批次号：GJZX-2025-11-0412，委外户数37，身份证号、手机号已按规定脱敏为430****4894、136****4721格式。",
     [], []),
    ("sms", "debtor", "【课桌分期】您的还款计划编号 6228 4812 0937 1155 已生效，请按计划还款。",
     [], []),
    ("call", "debtor", "坐席：嗯你的设备号是八六二四一三零四五六七一二三四对吧 就是那个app登录的手机\n客户：可能吧",
     [], []),
]

# --- sensitive information, beside the near-misses that stay lawful --------------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【星桥消费金融】查询到您近期在湘楚理工学院校医院做过阑尾手术，身体恢复了就请尽快还款，账单3,068元。",
     [], [S]),
    ("app", "debtor", "你每周三下午三点去学校心理咨询中心，咨询师姓什么我们也知道。这周三之前把钱还了。",
     [], [S]),
    ("sms", "debtor", "【星桥消费金融】如您因病住院或身体原因暂时无法还款，可上传证明申请延期，审核通过后暂停催收。",
     [], []),
    ("call", "debtor", "客户：我上个月刚做完手术，还在家养着，真的没收入。\n坐席：那您先好好休息，我这边给您申请60天的暂停催收，"
     "到期前再跟您确认，好吗？\n客户：好，麻烦你了。",
     [], []),
    ("app", "debtor", "你是领残疾学生资助的吧？每学期三千，你的听力残疾证复印件学校报上来了，我们这边都看到了。",
     [], [S]),
    ("notice", "unknown", "关于做好2025年国家助学贷款还款工作的通知\n各学院：\n请各学院提醒已毕业学生按时还款。对家庭经济困难、"
     "残疾学生等确有困难的，可指导其申请展期或延期还本；不得在公开场合、班级群通报个人贷款情况。\n湘楚理工学院学生资助管理中心",
     [], []),
    ("sms", "debtor", "你是穆斯林，斋月期间我们本不想打扰你，但欠款不能一直拖，今天务必回电。",
     [], [S]),
    ("email", "debtor", "您好，您投诉的催收人员在通话中谈及您个人信仰一事，我司已核实，对该人员停岗处理，并向您致歉。",
     [], []),
    ("call", "debtor", "坐席：你现在怀孕四个多月了吧，那更得为孩子考虑，征信花了以后孩子上学都麻烦。\n客户：你怎么知道的？",
     [], [S]),
    ("app", "debtor", "你爸在县医院做透析，一周三次，你有钱给他治病，没钱还款？",
     [], [S]),
    ("sms", "debtor", "你昨晚十一点还在解放西路那家酒吧，今天就说没钱？",
     [], [S]),
    ("app", "debtor", "你妹妹在邵东一中高一三班，每天下午五点四十放学，你自己掂量。",
     [], [S]),
    ("call", "debtor", "客户：我妹妹还在读高中，家里实在拿不出钱。\n坐席：理解，我们只跟您本人沟通，不会联系您家人。每月三百的分期您看能不能接受？\n"
     "客户：可以。",
     [], []),
    ("sms", "debtor", "【课桌分期】查询到您支付宝余额1,235.60元、余额宝2,800元、微信零钱600元，足够归还本期账单，请立即还款。",
     [], [S]),
    ("app", "debtor", "你的国家奖学金8000元昨天已经到账了吧，别说没钱。",
     [], [S]),
    ("app", "debtor", "你家是建档立卡贫困户，国家都帮你家了，你还不还钱？",
     [], [S]),
    ("sms", "debtor", "【慈利县学生资助管理中心】建档立卡家庭学生可按政策申请贷款贴息及展期，具体条件见中心公告，或到窗口咨询。",
     [], []),
    ("call", "debtor", "机器人：检测到您曾通过学校申请心理援助服务，为避免影响您的情绪，建议您尽快还清欠款。继续请按1。\n客户：（挂机）",
     [], [S]),
    ("app", "debtor", "客户：我有抑郁症，在吃药，最近真的扛不住。\n客服：好的，已为您申请30天暂停催收，这段时间不会有人联系您，您先照顾好自己。",
     [], []),
    ("app", "debtor", "你在app上做人脸识别的照片和活体视频我们都存着，别说不是你本人借的。",
     [], [S]),
    ("app", "debtor", "如您认为借款非本人办理，可申请重新人脸核验或提交报案回执，核实期间我们将暂停催收。",
     [], []),
    ("app", "third_party", "阿姨，你女儿每周日上午都去教堂，她那个教会知不知道她在青果花欠钱不还？",
     [], [D, S]),
    ("sms", "debtor", "校园卡消费记录显示你每天中午十二点在三食堂二楼吃饭，晚上十点十分刷卡回寝，别说找不到时间还款。",
     [], [S]),
    ("call", "debtor", "坐席：你借款的时候才十六岁，这笔按规定要你父母来处理，你把你爸妈电话给我。\n客户：我现在已经成年了。",
     [], [S]),
    ("app", "debtor", "【星桥消费金融】根据规定，平台不向未满18周岁用户放款。若您认为有人冒用您的身份借款，请联系客服核实。",
     [], []),
    ("sms", "third_party", "刘老师您好，田俊杰是残疾学生，学校应该有他的补助发放记录，他的助学贷款逾期了，麻烦您从补助里扣一下。",
     [(P, "田俊杰")], [D, S]),
    ("email", "unknown", "转外包作业说明：该户因白血病休学一年，今年复学，家里为治病欠了不少钱，可以适当施压。",
     [], [S]),
    ("email", "unknown", "转外包作业说明：该户已申请因病延期，病历由本人提交，按规定仅存档，不外发、不得在催收中提及。",
     [], []),
    ("sms", "debtor", "侯同学，你上周在校医院开的那个治失眠的药，吃了有没有好一点？钱的事情也要上点心。",
     [], [S]),
]

# --- more than the message needs: roommates, class lists, parents' IDs and workplaces, transcripts ---------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "韦家豪，你们寝室另外三个人侯晓龙、吴宇航、邝家明的联系方式我们都有，你不想他们知道就今天还。",
     [(P, "韦家豪"), (P, "侯晓龙"), (P, "吴宇航"), (P, "邝家明")], [X]),
    ("app", "debtor", "你们2021级会计3班48个人的名单和电话我们都拿到了，要不要我一个一个打过去问问？",
     [], [X]),
    ("email", "debtor", "麻晓雯同学：附2022级护理2班通讯录（节选），甘露 18927454370，蒋芷若 15203643147，冉晓彤 17303448378，"
     "请你尽快处理欠款，以免我们逐一联系。",
     [(P, "麻晓雯"), (P, "甘露"), (MB, "18927454370"), (P, "蒋芷若"), (MB, "15203643147"), (P, "冉晓彤"),
      (MB, "17303448378")], [U, X]),
    ("sms", "debtor", "罗一鸣：你妈张秀芝在沅陵县城关镇菜市场卖菜，你爸罗志刚在县粮食局上班，你自己看着办。",
     [(P, "罗一鸣"), (P, "张秀芝"), (P, "罗志刚")], [X]),
    ("sms", "debtor", "罗一鸣同学，我们只与你本人沟通欠款事宜，不会联系你的家人、同学和老师，请于本周内回电0731-84162257。",
     [(P, "罗一鸣"), (LL, "0731-84162257")], []),
    ("app", "debtor", "你的成绩单我们看了，绩点2.1，大二挂过三门，你这个学位证能不能拿到还不一定，还钱的事上点心。",
     [], [X]),
    ("sms", "debtor", "【湘楚理工学院学生资助中心】提醒：按规定结清到期利息后方可办理离校手续，该要求与成绩、学位授予无关。",
     [], []),
    ("app", "debtor", "你女朋友蒋芷若也在豫章财经读书吧，她知道你欠钱吗？",
     [(P, "蒋芷若")], [X]),
    ("sms", "debtor", "你父母的身份证号我们都有：父433123197602152090，母433123197803114525，你自己考虑要不要让他们来还。",
     [(ID, "433123197602152090"), (ID, "433123197803114525")], [U, X]),
    ("sms", "debtor", "麻晓雯，贵州省黔南州瓮安县雍阳街道文峰路16号，你家地址我们有，别以为毕业回老家就找不到你。",
     [(P, "麻晓雯"), (A, "贵州省黔南州瓮安县雍阳街道文峰路16号")], [X]),
    ("notice", "debtor", "麻晓雯女士：\n您在课桌分期的账单已逾期93天，应还3,488.00元，请于收到本函之日起10日内还款。如有异议请致电400-662-3018。\n"
     "寄：贵州省黔南州瓮安县雍阳街道文峰路16号",
     [(P, "麻晓雯"), (A, "贵州省黔南州瓮安县雍阳街道文峰路16号")], []),
    ("call", "third_party", "坐席：刘老师，我把他寝室几个同学名字报给您，侯晓龙、吴宇航、邝家明，您帮忙问问他们韦家豪现在住哪，他贷款逾期了。\n"
     "第三方：这个不合适吧。",
     [(P, "侯晓龙"), (P, "吴宇航"), (P, "邝家明"), (P, "韦家豪")], [D, X]),
    ("app", "debtor", "粟嘉怡，你哥粟嘉豪在东莞电子厂打工，你姐粟嘉丽在长沙一家医院当护士，一家人都有工作，就你不还钱？",
     [(P, "粟嘉怡"), (P, "粟嘉豪"), (P, "粟嘉丽")], [X]),
    ("call", "debtor", "客户：我姐在长沙当护士，我哥在东莞打工，他们都顾不上我。\n坐席：明白，这是您自己的借款，我们只和您谈。"
     "您看先还最低还款额行不行？\n客户：行吧。",
     [], []),
    ("call", "third_party", "坐席：粟先生，助学贷款的事您签了字的，我就跟您说这一笔。您爱人刘桂香、您儿子粟嘉豪的电话我们也登记了，"
     "到时候一起通知。\n第三方：你们通知他们干嘛？",
     [(P, "刘桂香"), (P, "粟嘉豪")], [X]),
    ("app", "debtor", "吴宇航，你实习的湘华科技人事王婷，电话0731-88902316，要不要我们打过去核实一下你的实习情况？",
     [(P, "吴宇航"), (P, "王婷"), (LL, "0731-88902316")], [X]),
    ("sms", "debtor", "滕思远，你第一份工作在湘润食品质检部，主管叫钟立新，这些我们都查到了。",
     [(P, "滕思远"), (P, "钟立新")], [X]),
    ("notice", "unknown", "委外案件信息表\n借款人：邝佳宁 学校：巴渝科技大学 2022级 软件工程1班\n班级同学名单：（见附件，共51人，含手机号）\n"
     "父亲工作单位：重庆市开州区汉丰街道某建材店\n母亲工作单位：开州区人民医院保洁",
     [(P, "邝佳宁")], [X]),
    ("notice", "unknown", "委外案件信息表\n借款人：邝佳宁 手机尾号8103\n逾期金额：9,740元 逾期天数：46\n可联系渠道：本人手机、本人学校邮箱",
     [(P, "邝佳宁")], []),
    ("app", "debtor", "瞿博文，你高中同学黎明轩、大学室友邝家明的电话我们都有，要不要我们问问他们你现在在哪？",
     [(P, "瞿博文"), (P, "黎明轩"), (P, "邝家明")], [X]),
    ("sms", "debtor", "谭欣然，你的转专业申请表、入党积极分子材料、贫困生认定表我们都拿到了，你看要不要好好谈谈。",
     [(P, "谭欣然")], [S, X]),
]

# --- told in few words, beside bare call-back requests ---------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "你室友欠青果花的钱。",
     [], [D]),
    ("sms", "third_party", "她的贷款逾期了，你跟她说一声。",
     [], [D]),
    ("app", "third_party", "麻烦大家提醒一下罗一鸣学生贷款的事。",
     [(P, "罗一鸣")], [D]),
    ("call", "third_party", "坐席：你是覃雨桐室友吧？我们课桌分期的，让她回个电话。\n第三方：哦，好。",
     [(P, "覃雨桐")], [D]),
    ("sms", "third_party", "你好，麻烦让覃雨桐回个电话，谢谢。",
     [(P, "覃雨桐")], []),
    ("call", "third_party", "第三方：他到底么子事咯？\n坐席：阿姨，就是他上学时候借的那笔钱，他自己晓得的。",
     [], [D]),
    ("app", "third_party", "请转告韦家豪，银行那边还在等他。",
     [(P, "韦家豪")], [D]),
    ("app", "third_party", "刘老师，家豪那个贷款还没处理。",
     [(P, "家豪")], [D]),
    ("call", "third_party", "坐席：你们班那个柏子豪，青春卡还没还吧？你知道他现在在哪不？\n第三方：不清楚。",
     [(P, "柏子豪")], [D]),
    ("call", "third_party", "坐席：你好，我找一下柏子豪，你能帮我转告他回个电话吗？\n第三方：你是谁啊？\n坐席：我姓吴，他知道的，麻烦了。",
     [(P, "柏子豪")], []),
    ("call", "third_party", "第三方：你打错了，这不是谭欣然的电话。\n坐席：不好意思，打扰了。",
     [(P, "谭欣然")], []),
    ("app", "third_party", "叔叔，欣然星桥那笔还差三千。",
     [(P, "欣然")], [D]),
    ("sms", "third_party", "你哥的助学贷款，你们家里人都不管的吗？",
     [], [D]),
    ("app", "third_party", "粟叔叔，今年那2412您签过字的，记得12月20号前存进去。",
     [], []),
    ("call", "third_party", "坐席：你们新来的那个滕思远，让他把学校时候欠的钱处理一下。\n第三方：我转告他。",
     [(P, "滕思远")], [D]),
    ("call", "third_party", "坐席：阿姨，306那个覃雨桐欠我们平台钱，她回来了你告诉我一声。\n第三方：我们宿管不管这个。",
     [(P, "覃雨桐")], [D]),
    ("call", "third_party", "坐席：阿姨，麻烦问一下306的覃雨桐最近在寝室吗？有封信要交给她本人。\n第三方：她上课去了，你放这儿吧。",
     [(P, "覃雨桐")], []),
    ("app", "third_party", "[微信群：界亭驿老乡群] 有认识向佳怡的吗？让她联系一下星桥。",
     [(P, "向佳怡")], [D]),
    ("call", "third_party", "坐席：我是湘江银行的，他那个事再不弄就麻烦了。\n第三方：什么事？\n坐席：你跟他说，他知道。",
     [], [D]),
    ("sms", "third_party", "您好，这里有一份寄给黎明轩的挂号信，需要本人签收，麻烦请他和我联系。",
     [(P, "黎明轩")], []),
    ("app", "third_party", "兄弟，跟你室友讲，汇川那边还在找他。",
     [], [D]),
    ("sms", "third_party", "舒梓涵室友你好，麻烦提醒她一下，学生贷款那事。",
     [(P, "舒梓涵")], [D]),
    ("app", "third_party", "姐，你弟青果花那个还没弄。",
     [], [D]),
    ("sms", "third_party", "同学，你们班龙子轩助学贷款欠了快一万，你们关系好的劝劝他。",
     [(P, "龙子轩")], [D]),
]

# --- messages debtors forward or paste whole, as they received them -----------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "（学生转发给学校资助中心的短信）\n【星桥消费金融】谭欣然，你的贷款逾期61天，我们已联系你辅导员和你室友，"
     "你身份证430105200102289508我们这边都有。",
     [(P, "谭欣然"), (ID, "430105200102289508")], [U]),
    ("app", "third_party", "这是他们发我室友的，我截图转文字贴一下：“你好，你室友柏子豪的青春卡欠了四千多，你让他还钱”。",
     [(P, "柏子豪")], [D]),
    ("email", "debtor", "投诉附件（原文粘贴）：\n“覃雨桐，你每周三下午去心理咨询中心的事，我们都知道，再不还就不好说了。”",
     [(P, "覃雨桐")], [S]),
    ("app", "debtor", "转发：\n【青果花】您本期账单438.00元已逾期5天，请尽快还款，今日还款可免滞纳金。",
     [], []),
    ("app", "third_party", "我妈收到的，原文：“阿姨您好，您儿子韦家豪在汇川银行的信用卡逾期了，卡号6225760534573147，请督促还款。”",
     [(P, "韦家豪"), (BC, "6225760534573147")], [D, U]),
    ("email", "third_party", "投诉材料：以下为催收员发在我们班级群的原话——“2021级会计3班舒梓涵，家住凤凰县沱江镇虹桥路58号，欠款不还，"
     "大家见到她提醒一下。”",
     [(P, "舒梓涵"), (A, "凤凰县沱江镇虹桥路58号")], [D, X]),
    ("app", "debtor", "帮我看下这条是不是诈骗：“【汇川银行】您的青春卡尾号1092已逾期34天，请通过手机银行或官方App还款，"
     "我行不会要求您转账至个人账户。”",
     [], []),
]

# --- more calls: roommates, class monitors, parents, employers, and the debtors themselves ----------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：hello 你好 是侯晓龙吧 你室友韦家豪 他那个助学贷款overdue好久了 你知道吧 你让他call back一下\n"
     "第三方：啊 我不太清楚哎",
     [(P, "侯晓龙"), (P, "韦家豪")], [D]),
    ("call", "debtor", "坐席：你妈何春梅 电话幺五九二二五四三七六八 我现在打过去 你就真社死了\n客户：别 求你了 我明天还",
     [(P, "何春梅"), (MB, "幺五九二二五四三七六八")], [U, X]),
    ("call", "debtor", "坐席：你上周五晚上八点在万达影城看电影，还是跟女朋友一起去的吧？有钱看电影没钱还款？\n客户：你们监视我？",
     [], [S]),
    ("call", "third_party", "坐席：你是会计3班的班长吧？你们班舒梓涵欠了我们三千多，你在班上说一下，让她抓紧。\n第三方：这不太好吧……",
     [(P, "舒梓涵")], [D]),
    ("call", "debtor", "坐席：你弟弟韦家乐在茂县中学读初二，周五下午坐四点半的班车回凤仪镇，这些我们都清楚。\n客户：你想干什么？",
     [(P, "韦家乐")], [S, X]),
    ("call", "debtor", "坐席：跟你核对一下卡号，五一八七 一零七四 五九二零 四八一一，这张卡最低还款还差三百二。\n客户：嗯，是我的。",
     [(BC, "五一八七 一零七四 五九二零 四八一一")], [U]),
    ("call", "third_party", "坐席：请问是邝佳宁的爸爸吗？\n第三方：是我，么事？\n坐席：她在课桌分期的账单逾期一个半月了，九千七，她身份证"
     "500236200403248847是吧，您核对一下。",
     [(P, "邝佳宁"), (ID, "500236200403248847")], [D, U]),
    ("call", "debtor", "坐席：我们这边有记录，你上学期休学是因为双相情感障碍，现在复学了，情况应该稳定了吧？那还款也该提上日程了。\n"
     "客户：……",
     [], [S]),
    ("call", "debtor", "坐席：你们家信佛的吧，初一十五你妈都去南岳上香，欠钱不还，菩萨都看着呢。\n客户：关你什么事。",
     [], [S]),
    ("call", "third_party", "坐席：刘老师您好，跟您说一下，覃雨桐的课桌分期欠了两千多，她最近是不是在吃抗焦虑的药？您多关注一下。\n"
     "第三方：这是学生隐私，我不能跟你说。",
     [(P, "覃雨桐")], [D, S]),
    ("call", "debtor", "坐席：你实习那个湘华科技，带你的师傅叫周海涛，手机13873269305，要不要我打给他聊聊？\n客户：不要。",
     [(P, "周海涛"), (MB, "13873269305")], [U, X]),
    ("call", "debtor", "坐席：嗯 你那个建档立卡的身份 还有你妈的低保 我们都查得到的 就是说你家的情况我们很清楚\n客户：那又怎样",
     [], [S]),
    ("call", "debtor", "坐席：你毕业论文二辩没过，学位证学校扣着的，成绩单上还有补考记录，你以后找工作人家一查就知道。\n客户：你们怎么拿到的？",
     [], [X]),
    ("call", "debtor", "坐席：你办这张卡的时候才十七岁，是我们在你们学校门口摆摊办的，但卡既然用了，钱就得还。\n客户：那时候我未成年啊。",
     [], [S]),
    ("call", "third_party", "坐席：您好，湘华科技人事是吧？你们那个实习生吴宇航，在汇川银行有张信用卡逾期了，麻烦提醒他一下。\n"
     "第三方：好的，我转告。",
     [(P, "吴宇航")], [D]),
    ("call", "debtor", "坐席：你妈在开州区人民医院做保洁，你爸叫邝德明，在汉丰街道那个建材店上班，对吧？\n客户：你调查我家？",
     [(P, "邝德明")], [X]),
    ("call", "debtor", "坐席：你女朋友甘露是护理2班的吧，她电话18927454370，要不我问问她你最近在哪？\n客户：别找她。",
     [(P, "甘露"), (MB, "18927454370")], [U, X]),
    ("call", "third_party", "第三方：喂？\n坐席：你好，是罗一鸣的室友吧？他湘江银行的助学贷款欠了一万二，你看到他让他赶紧回电话0731-84162257。",
     [(P, "罗一鸣"), (LL, "0731-84162257")], [D]),
]

# --- more texts: SMS, WeChat and QQ, e-mails --------------------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "你尾号1822那张卡啊，6229088953166321822，余额127.30，明天实习工资一到我们就发起扣款。",
     [(BC, "6229088953166321822")], [S, U]),
    ("app", "third_party", "阿姨，你家欣然在星桥欠了3068，拖两个月了，你帮她还了吧。",
     [(P, "欣然")], [D]),
    ("app", "debtor", "你同寝的邝家明电话17753272126，我们打过去了，他说你在图书馆四楼，你下来接一下电话。",
     [(P, "邝家明"), (MB, "17753272126")], [S, U, X]),
    ("sms", "debtor", "粟嘉怡：你哥粟嘉豪13661925572，你姐粟嘉丽16696811356，我们已经准备好挨个通知了。",
     [(P, "粟嘉怡"), (P, "粟嘉豪"), (MB, "13661925572"), (P, "粟嘉丽"), (MB, "16696811356")], [U, X]),
    ("email", "debtor", "邝佳宁同学：附件为2022级软件工程1班花名册（含宿舍号、手机号、家庭住址），请于三日内联系我司，否则将逐一告知。",
     [(P, "邝佳宁")], [X]),
    ("app", "debtor", "你在学校的贫困生认定等级是“特别困难”，每年国家助学金3,300元，这些钱拿去还贷款不行吗？",
     [], [S]),
    ("app", "third_party", "【2022级护理2班】各位同学好，麻晓雯同学在课桌分期欠款3,488元逾期未还，请认识她的同学转告。",
     [(P, "麻晓雯")], [D]),
    ("app", "third_party", "你是学生会的吧，跟你们宣传部的黎明轩说一声，课桌分期那笔再不还就上门了。",
     [(P, "黎明轩")], [D]),
    ("sms", "debtor", "你新生体检查出乙肝小三阳的事我们也知道，你也不想这个传出去吧。",
     [], [S]),
    ("app", "debtor", "你每个月领的残疾人两项补贴一百二，县里发到你卡上的，我们看得到。",
     [], [S]),
    ("sms", "debtor", "龙子轩，身份证430725200009254894，母亲龙桂英，你的信息我们都核实过了，今天必须还款。",
     [(P, "龙子轩"), (ID, "430725200009254894"), (P, "龙桂英")], [U, X]),
    ("email", "debtor", "田俊杰同学：你的共同借款人（母亲）身份证号421126721222412，工作单位桑植县澧源镇敬老院，已录入催收系统，请知悉。",
     [(P, "田俊杰"), (ID, "421126721222412")], [U, X]),
    ("app", "debtor", "你上个月持护照E38260417去了一趟泰国，出入境记录我们有，有钱旅游没钱还款？",
     [(PP, "E38260417")], [S, U]),
    ("sms", "debtor", "黎明轩，湘楚理工学院东苑9栋217，周末在步行街那家火锅店打工，你躲不了。",
     [(P, "黎明轩"), (A, "湘楚理工学院东苑9栋217")], [S, X]),
    ("app", "debtor", "你妹妹覃雨萱在沙坪坝区凤鸣山小学四年级，放学是家里老人接的吧？",
     [(P, "覃雨萱")], [S, X]),
    ("sms", "third_party", "刘老师，舒梓涵的贷款逾期三个多月了，她家是低保户，您跟她说说，能还一点是一点。",
     [(P, "舒梓涵")], [D, S]),
    ("app", "debtor", "你每周一三五晚上七点在学校健身房，练到九点，我们的人去看过了。",
     [], [S]),
    ("sms", "debtor", "你室友侯晓龙上个月替你还过一次，用的是他的卡6225883144744518，你好意思让同学替你还？",
     [(P, "侯晓龙"), (BC, "6225883144744518")], [U, X]),
    ("app", "debtor", "你爸在南湖区那个建筑工地扎钢筋，你妈在你们学校三食堂当帮厨，叫覃秀英，对吧？",
     [(P, "覃秀英")], [X]),
]

# --- more notes, hand-overs and letters ---------------------------------------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("notice", "unknown", "失联修复笔记：甘露（覃雨桐室友）手机18927454370，已接通，称覃雨桐身份证37132720020721088X是她帮忙拍照上传的。",
     [(P, "甘露"), (P, "覃雨桐"), (MB, "18927454370"), (P, "覃雨桐"), (ID, "37132720020721088X")], [U]),
    ("notice", "unknown", "外访记录：韦家豪寝室（南苑12栋415），室友侯晓龙13817527643、邝家明17753272126均在，已留言。",
     [(P, "韦家豪"), (A, "南苑12栋415"), (P, "侯晓龙"), (MB, "13817527643"), (P, "邝家明"), (MB, "17753272126")], [U, X]),
    ("email", "unknown", "移交说明（湘江银行→衡阳融泽）：罗一鸣一户，学院辅导员反映其大二起在校心理咨询中心持续咨询，有自伤史，"
     "催收时可作为切入点。",
     [(P, "罗一鸣")], [S]),
    ("notice", "unknown", "资料收集情况：已从班级QQ群下载2021级会计3班全体学生名单（48人，含手机号、寝室号），供联系韦家豪使用。",
     [(P, "韦家豪")], [X]),
    ("notice", "unknown", "外访小结：向佳怡不在家，其弟向佳乐在箭道坪小学五年级二班，放学后在镇上托管班，下次可在托管班门口等候。",
     [(P, "向佳怡"), (P, "向佳乐")], [S, X]),
    ("notice", "unknown", "质检单 QC-20251112-003\n借款人：吴宇航，卡号5187107459204811\n问题：未核身即告知欠款金额。",
     [(P, "吴宇航"), (BC, "5187107459204811")], [U]),
    ("notice", "unknown", "投诉工单 TS-88203\n投诉人：蒋芷若，身份证号360731200309138448，手机15203643147\n内容：催收员给我父亲单位打电话。",
     [(P, "蒋芷若"), (ID, "360731200309138448"), (MB, "15203643147")], [U]),
    ("notice", "unknown", "外访记录：瞿博文，每周日上午在城南礼拜堂参加青年团契，下午在学校西门网吧，晚上十一点回寝。",
     [(P, "瞿博文")], [S]),
    ("email", "unknown", "委外补充材料：邝佳宁父亲邝德明身份证500236197111268438，开州区汉丰街道建材店；母亲身份证500236198012017427，"
     "开州区人民医院保洁。",
     [(P, "邝佳宁"), (P, "邝德明"), (ID, "500236197111268438"), (ID, "500236198012017427")], [U, X]),
    ("notice", "debtor", "催收通知\n滕思远：\n你在校期间的国家助学贷款已逾期。经查，你父亲滕建华在宁乡市花明楼镇砖厂务工，母亲周兰英在镇卫生院做护工，"
     "请你体谅父母辛苦，尽快还款。\n湘江银行个人信贷中心",
     [(P, "滕思远"), (P, "滕建华"), (P, "周兰英")], [X]),
    ("notice", "third_party", "粟建军先生：\n您是粟嘉怡生源地助学贷款的共同借款人。另据我司掌握，粟嘉怡在课桌分期、青果花等平台另有借款未还，"
     "合计9,100余元，请您督促。\n衡阳融泽商务咨询有限公司",
     [(P, "粟建军"), (P, "粟嘉怡"), (P, "粟嘉怡")], [D, S]),
    ("notice", "debtor", "冉晓彤：\n您于2023年8月开立青春卡时未满18周岁，系由校园推广人员办理，目前欠款2,986.40元。请于本月底前还款。\n"
     "汇川银行信用卡中心",
     [(P, "冉晓彤")], [S]),
    ("notice", "unknown", "案件档案补充：附借款人舒梓涵大一至大三成绩单（含挂科记录）、综合测评排名、奖惩记录，供谈判使用。",
     [(P, "舒梓涵")], [X]),
    ("email", "third_party", "湘楚理工学院学生工作部：\n贵校学生瞿博文在我司借款逾期，请提供其现住寝室号及近期身体状况，以便我司上门。\n"
     "长沙广信资产管理有限公司（统一社会信用代码91430103MA4Q8B2W6D）",
     [(P, "瞿博文"), (UC, "91430103MA4Q8B2W6D")], [D]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AZ-STUDENT-LOAN-SMS": STUDENT_LOAN_SMS,
    "AZ-YOUTH-CARDS-AND-PLATFORMS": YOUTH_CARDS_AND_PLATFORMS,
    "AZ-AGENT-CALLS": AGENT_CALLS,
    "AZ-ASR-CALLS": ASR_CALLS,
    "AZ-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AZ-WECHAT-QQ": WECHAT_QQ,
    "AZ-SCHOOL-OFFICES": SCHOOL_OFFICES,
    "AZ-EMAILS": EMAILS,
    "AZ-LETTERS": LETTERS,
    "AZ-VISIT-RECORDS": VISIT_RECORDS,
    "AZ-QA-AND-TICKETS": QA_AND_TICKETS,
    "AZ-COURT-FILINGS": COURT_FILINGS,
    "AZ-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AZ-DECOYS": DECOYS,
    "AZ-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AZ-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AZ-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AZ-FORWARDED": FORWARDED,
    "AZ-MORE-CALLS": MORE_CALLS,
    "AZ-MORE-TEXTS": MORE_TEXTS,
    "AZ-MORE-NOTES": MORE_NOTES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
