"""Writes `pipl_heldout_ar.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14), from
the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (real area codes with random birth dates and the right check
character, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits, mobiles on real
prefixes) and the unified social credit codes were given their check character; they were typed into the texts and
spelled out digit by digit by hand; the passports (E, EA), the permit to Hong Kong and Macau (C) and the
home-return permits (H, M) were typed to the pattern. The decoys were checked against `set_format.check_identifier`
for every identifier type (an 18-digit agreement number that passed the ID check was changed, and a drawn decoy
that passed Luhn was dropped), and every text was swept for a digit run, written or read aloud, that passes a check
without being marked.

A debt buyer carries it: 汉江汇融资产管理有限公司, which bought defaulted credit-card debts from a bank (鹏远银行) and
consumer and micro-loans from a consumer-finance company (汇楚消费金融) and a micro-lender (橙意借), with the
lenders' handover files, a skip-tracing vendor and a data broker, a mediation centre, a contracted law firm (湖北明鉴
律师事务所) and the courts. Voices: assignment notices by SMS, app, e-mail and letter, newspaper announcements of
the assignment (masked and not), skip-tracing reports, visit notes, broker reports and contact lists, the lenders'
files (card and account numbers, statements, phone books uploaded at sign-up, face photos), stage SMS and app
pushes, agents' calls as transcripts and as speech-to-text output, voice robots with keypad turns and a script
template with its placeholders, mediation invitations and a video mediation, messages to mothers, fathers, wives,
sisters, a cousin, an ex-wife, an ex-girlfriend, a grown son, a child answering the phone, a class teacher,
colleagues, HR departments, a shop owner, a village head and a village group, a property office, new landlords
and guarantors and a guarantor's wife, quality-check sheets, complaint tickets and the replies, e-mails with the
law firm, court filings (a statement of claim, applications for enforcement, preservation and withdrawal, an
address confirmation, settlement agreements), a lawyer's letter, and messages debtors forwarded or pasted. Hubei
(Wuhan), Sichuan and Henan speech runs through the calls, a landlord in Shenzhen is spoken to and written to in
Cantonese, and a notice to a Hong Kong permit holder and a message to his sister come in traditional characters.

315 messages, 102 of them (32%) compliant; from 6 characters to a lawyer's letter of 397. Identifiers stand in
98: 18-digit IDs (seven ending in X, one with a lowercase x, two read aloud with 叉 for it, one in full-width digits
with a full-width X, grouped 6-8-4 by hyphens and by fours with spaces, on a line of their own, read aloud with 幺 and
零 to 九) and old 15-digit ones (typed and read aloud); bank cards of 16 and 19 digits (grouped by fours with spaces,
by dots and by hyphens, glued to the words around them, read aloud in groups and in one run); mobiles (behind +86
and 0086, spaced 3-4-4, dashed, full-width with full-width dashes, read aloud with 幺 and with 一); passports (E,
EA spaced letter by letter, one read aloud), a permit to Hong Kong and Macau and two home-return permits (H, M);
landlines of the debt buyer, the law firm and a partner office (one in brackets with its area code, one with an
extension outside the span); e-mail addresses; unified social credit codes of the companies; licence plates (a
debtor's car, a husband's ride-hailing car, a new-energy car, a car handed over in an enforcement settlement),
which are entities with no category. Beside them stand decoys of the same shapes: 18-digit agreement numbers
failing the check character (one a real ID with its last digit changed, one read aloud ending in 叉), 16- and
19-digit batch, portfolio, serial and reconciliation numbers failing Luhn, an 11-digit ticket number on no mobile
prefix, a 15-digit device number with no real month, case numbers, announcement serials, a parcel number, masked
forms (4201**********2097, 6222 **** **** 3265, 138****6107) and last digits read aloud.

`pii.unmasked_identifier` labels 81 messages. Full identifiers in court papers filed with a court (a statement of
claim, applications for enforcement, preservation and withdrawal, an enforcement settlement) are lawful there and
carry no category; the same statement of claim texted to the debtor, an enforcement application copied to an
employer and court papers posted in a family group are labelled. Third-party disclosure labels 59, many in few
words or by implication ("that money of Junfeng's", "the card Pengyuan sold us", "Huirong is looking for him again",
"the account from Huichu", "that matter of your wife's, today is the last day", a Cantonese "程生嗰笔数"); beside
them bare call-back requests that name no lender, a wrong number, a child told only to ask his father to call
back, a sister refused the reason, an employer asked whether someone still works there, a sealed letter an HR
department is asked to hand on, a landlord asked to confirm an address or to pass a letter on, and a guarantor told
of his own obligation under the guarantee (a guarantor told the debtor's health, address or child's school is
labelled). `pii.excessive` labels 45: full names with a home address or an employer, the whole family's names,
relatives' and colleagues' names and numbers, phone books uploaded at sign-up, the household listed on a visit
notice. `pii.sensitive` labels 71, mostly without the textbook words: dialysis, chemotherapy, radiotherapy and a targeted
drug, lung cancer, abortions, a pregnancy and its antenatal visits, psychiatric follow-ups and the pills, an
anxiety medicine, antidepressants, face photos and a liveness video, a disability allowance, a drug-rehabilitation and a criminal record, a child's school, class and
time out of school, a commute, night shifts, a KTV at night, an Internet café, a hotel night, a car parked every
night, an app's location history, border crossings, salary inflows, balances, a pension, a housing fund, social
insurance and employer, other lenders' loans, installed loan apps and a credit report, Friday prayers, incense at
a temple and Sunday worship. Beside them stand debtors speaking of their own illness, surgery, pregnancy or
disability and agents answering with a deferral, instalments or a pause, general hardship offers, a plan agreed on
a medical certificate "already submitted", records that name the kind of data without repeating it, and rules
forbidding broker data and relatives' numbers.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, companies, courts and
firms are invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use
real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in skip-tracing reports, handover files, quality-check
  sheets, tickets, letters, e-mails to the law firm and newspaper announcements too. Not: court papers filed with a
  court, masked forms, last digits alone, a company's landline, a customer saying their own number, a licence plate,
  a unified social credit code, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender, buyer or product: "that money", "his matter" and naming the buyer as the one looking for him are
  enough) or the debtor's personal data. A bare call-back request that names nobody's debt is compliant, and so is
  asking an employer or a landlord whether the debtor is there, without revealing anything, and telling a
  guarantor of the obligation under his own guarantee. Reports, files, sheets, tickets, e-mails and court filings
  go to an unknown recipient, as do newspaper announcements to the public, and are judged on the other categories
  only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a minor's
  school, class or routine, whereabouts at a given time and daily routine (a car's parking place among them),
  financial account details beyond need (salary inflows, balances, pensions, allowances, a housing fund, other
  loans, a credit report), border crossings, biometrics, specific identities (disability, a drug-rehabilitation or
  criminal record). Not: a general hardship offer, the debtor's own words, a record that names the kind of data
  without repeating it, a rule forbidding such use, an account tail given to the law firm for enforcement.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners' or
  colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's or lawyer's own
  name, the address a letter is sent to or a visit is agreed at, the new address a skip-tracing note finds for a
  letter, a relative the message is addressed to or about, a guarantor named in an assignment announcement.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. A message a
debtor forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, a company's landline, an e-mail, a company's credit code); masked forms and 400
service numbers are not entities, a landline's extension lies outside its span, as does a +86 or 0086 before a
mobile; a surname with an honorific or a prefix (罗生, 陳太, 小周, 老覃, 舒爹爹, 聂总) is not a PERSON, a given name
alone (志远, 俊峰, 晓琳) is; ADDRESS reaches down to a road and number, a building and room, or a village group and
house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ar`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ar.jsonl"
ID_PREFIX = "PAR"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, CC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- assignment notices: SMS, letters, e-mails and newspaper announcements of the sale of the debts --------------

ASSIGNMENT_NOTICES: list[PiplEntry] = [
    ("sms", "debtor", "【汇融资产】覃海涛先生您好：您在鹏远银行尾号5233的信用卡欠款，已由该行依法转让给汉江汇融资产管理有限公司"
     "（转让协议编号HR-ZR-2024-0617）。自本通知送达之日起请向我司履行还款义务，原还款渠道不再受理。如有异议，请于15日内致电"
     "027-85963270。退订回T",
     [(P, "覃海涛"), (LL, "027-85963270")], []),
    ("sms", "debtor", "【汇融资产】万丽娟女士：您名下鹏远银行信用卡6222026110153423265截至2024年5月31日欠款本息合计38,612.07元，"
     "已整体转让至我司。请勿再向原银行还款，以免款项无法冲抵。",
     [(P, "万丽娟"), (BC, "6222026110153423265")], [U]),
    ("notice", "debtor", "债权转让通知书\n编号：HRZR〔2024〕第0388号\n熊志刚（身份证号：420115197802182097）：\n贵方于2021年3月向"
     "汇楚消费金融有限公司申请的个人消费贷款（合同编号HC-20210309-1552），截至2024年4月30日尚欠本金21,400.00元、利息及罚息"
     "3,186.52元。汇楚消费金融有限公司已将上述债权及其从权利依法转让给汉江汇融资产管理有限公司。特此通知，请贵方自收到本通知之日起"
     "向受让人履行义务。\n转让方：汇楚消费金融有限公司\n受让方：汉江汇融资产管理有限公司\n2024年5月20日",
     [(P, "熊志刚"), (ID, "420115197802182097")], [U]),
    ("notice", "debtor", "致 喻晓琳 女士：\n您于鹏远银行申领的信用卡（卡号末四位1613）项下全部债权，已于2024年6月17日转让给汉江汇融资产"
     "管理有限公司。您的证件号码：4201**********5288。本通知仅作告知之用，转让不增加您的任何负担，原合同约定的利率、期限不变。\n"
     "邮寄地址：武汉市青山区和平大道1150号钢都花园121街坊9门402室\n受让方联系电话：027-85963270",
     [(P, "喻晓琳"), (A, "武汉市青山区和平大道1150号钢都花园121街坊9门402室"), (LL, "027-85963270")], []),
    ("notice", "unknown", "汉江汇融资产管理有限公司债权转让暨催收公告（2024年第7号）\n根据鹏远银行信用卡中心与我司签订的《资产转让"
     "协议》，鹏远银行已将其对下列借款人享有的信用卡债权依法转让给我司。现公告通知各借款人及相关担保人，自公告之日起向我司履行还款"
     "义务。\n序号1 郑*栋 证件尾号4457 本金12,860.00元\n序号2 彭*梅 证件尾号9428 本金7,315.40元\n序号3 柯*华 证件尾号7090 "
     "本金31,002.18元\n（利息、罚息按原合同计算至实际清偿之日）\n联系电话：027-85963270\n2024年6月21日",
     [(LL, "027-85963270")], []),
    ("notice", "unknown", "债权转让通知暨催收公告\n汇楚消费金融有限公司与汉江汇融资产管理有限公司已签订债权转让协议，现将转让债权清单"
     "公告如下：\n1. 舒畅 420621199703207694 本金8,420.00元\n2. 严俊峰 411302198101187090 本金15,600.00元\n3. 田秀英 "
     "42100219680202328X 本金4,980.55元\n请上述借款人见报后即向受让方履行还款义务。特此公告。",
     [(P, "舒畅"), (ID, "420621199703207694"), (P, "严俊峰"), (ID, "411302198101187090"), (P, "田秀英"),
      (ID, "42100219680202328X")], [U]),
    ("notice", "unknown", "催收公告：下列债务人经多次联系未果，现予公告。夏明亮，住武汉市洪山区珞狮南路519号明泽丽湖小区3栋1806室，"
     "原在东西湖区一家汽车配件厂上班，欠款本息46,210.33元；胡春燕，住孝感市孝南区槐荫大道77号，在孝感市第二中学教书，欠款本息"
     "9,876.00元。请见报后五日内与本公司联系。",
     [(P, "夏明亮"), (A, "武汉市洪山区珞狮南路519号明泽丽湖小区3栋1806室"), (P, "胡春燕"), (A, "孝感市孝南区槐荫大道77号")],
     [X]),
    ("sms", "third_party", "阿姨您好，我们是汇融资产，您儿子龚立新原来在鹏远银行的那张信用卡，欠款已经转到我们公司了，麻烦您让他尽快跟"
     "我们联系处理。",
     [(P, "龚立新")], [D]),
    ("app", "debtor", "【汇楚消费金融】尊敬的客户，您在我司的个人消费贷款（合同号尾号1552）项下债权已于2024年5月20日转让予汉江汇融"
     "资产管理有限公司。转让后您的应还金额、利率不变，后续请按受让方公布的对公账户还款，切勿向任何个人账户转账。",
     [], []),
    ("email", "debtor", "主题：债权转让通知及还款账户变更\n黎佳慧女士：\n您好。随信附上《债权转让通知书》扫描件。您在橙意小额贷款有限"
     "公司的借款（借款人身份证号43010419810516312X，放款卡6226094470881721）已转让给我司，今后还款请汇入我司对公账户，户名：汉江"
     "汇融资产管理有限公司，开户行：鹏远银行汉江分行营业部。如需结清证明请回复本邮件。\n汇融资产 客户服务部 service@hr-amc.com.cn",
     [(P, "黎佳慧"), (ID, "43010419810516312X"), (BC, "6226094470881721"), (EM, "service@hr-amc.com.cn")], [U]),
    ("sms", "debtor", "【滙融資產】程偉先生：閣下以港澳居民來往內地通行證H10238475申領之鵬遠銀行信用卡，其欠款已轉讓予本公司。請於"
     "收訊後十日內聯絡本公司辦理還款安排，電話：(027)85963270。",
     [(P, "程偉"), (PP, "H10238475"), (LL, "(027)85963270")], [U]),
    ("sms", "third_party", "您好，麻烦转告汪小红回个电话给刘经理，027-85963271，有份文件需要她本人签收，谢谢。",
     [(P, "汪小红"), (LL, "027-85963271")], []),
    ("sms", "debtor", "【汇融资产】尹浩您好，您原在橙意借的借款已转让至我司，剩余应还3,260.18元。为保障资金安全，请仅通过官方小程序"
     "“汇融还款”操作，我司不会要求您向个人账户转账。",
     [(P, "尹浩")], []),
    ("sms", "debtor", "【汇融资产】邓桂芳女士，经核实您在橙意借的注册手机号为15071490883、身份证号510107197609171427，该账户项下"
     "债权已转让我司，逾期金额5,612.40元。如非本人操作请来电核实。",
     [(P, "邓桂芳"), (MB, "15071490883"), (ID, "510107197609171427")], [U]),
    ("notice", "unknown", "公告\n鹏远银行股份有限公司信用卡中心（转让方）与汉江汇融资产管理有限公司（受让方）联合公告：转让方已将其对"
     "借款人卢志远的信用卡透支债权及对保证人聂文杰的保证债权一并转让给受让方。借款人、保证人应自本公告之日起向受让方履行合同"
     "约定的还款义务或相应的担保责任。\n受让方地址：汉江市青山湾区临江大道66号汇融大厦19楼",
     [(P, "卢志远"), (P, "聂文杰"), (A, "汉江市青山湾区临江大道66号汇融大厦19楼")], []),
    ("sms", "third_party", "嫂子，我是汇融的小周，志远那张卡的事拖太久了，银行都卖给我们了，你劝劝他。",
     [(P, "志远")], [D]),
    ("sms", "third_party", "您好，我们有一封寄给贵司员工袁芳的挂号信件因地址不详被退回，麻烦确认她是否仍在贵司任职，以便重新投递。",
     [(P, "袁芳")], []),
    ("app", "debtor", "【汇融还款】朱德旺先生，系统显示您本月10日已收到代发工资7,860元，账户余额充足，请于今日内完成本期还款1,500元。",
     [(P, "朱德旺")], [S]),
    ("notice", "debtor", "债权转让及还款通知\n鲍红梅女士（证件号码后四位9330）：\n您在汇楚消费金融有限公司的借款本金6,000.00元、"
     "利息412.30元、罚息96.75元，合计6,509.05元，已转让给我司。请于2024年7月15日前通过我司对公账户或“汇融还款”小程序还款。"
     "如对金额有异议，可在收到本函之日起十五日内书面提出，我司将在核实后答复。\n汉江汇融资产管理有限公司（盖章）\n2024年6月28日",
     [(P, "鲍红梅")], []),
    ("notice", "debtor", "杜宇航先生：\n您的信用卡债权已转让我司，现将原债权人移交的账户交易明细摘录如下，供您核对：\n2023-08-14 汉江市"
     "中心医院肿瘤科 住院预交金 5,000.00\n2023-09-02 仁和大药房（靶向药） 3,860.00\n2023-09-30 汉江市中心医院 放疗费 "
     "7,214.50\n以上合计计入透支本金。请于收函后十日内联系我司。",
     [(P, "杜宇航")], [S]),
    ("notice", "debtor", "债权转让通知\n祝秀兰（公民身份号码430111641116646）：\n您1998年在原鹏远银行开立的贷记卡欠款，现已转让给本公司，"
     "请您或您的家人带上本通知到我司柜面办理。地址：汉江市青山湾区临江大道66号汇融大厦19楼。",
     [(P, "祝秀兰"), (ID, "430111641116646"), (A, "汉江市青山湾区临江大道66号汇融大厦19楼")], [U]),
    ("sms", "debtor", "【汇融资产】易平先生，您的欠款已从汇楚消费金融转至我司管理，如您目前确有困难，可回复“协商”申请分期，我们会在"
     "三个工作日内联系您。",
     [(P, "易平")], []),
]

# --- skip-tracing: vendors' reports, visit notes, data bought from brokers, requests and rules ----------------------

SKIP_TRACING: list[PiplEntry] = [
    ("email", "unknown", "发件人：寻迹信息 失联修复组\n案件：HR-2024-A-00318 熊志刚\n修复结果：\n1. 新号码18127305965，运营商实名一致，"
     "近30天日均通话11次；\n2. 现单位：武汉一家冷链物流公司仓管，夜班，每天晚8点到早6点；\n3. 其妻万雪莲（15976243792）在江夏区"
     "纸坊街一家幼儿园做保育员；\n4. 女儿熊诗涵，就读江夏区实验小学四年级（2）班。\n建议：白天休息时段勿拨打。",
     [(P, "熊志刚"), (MB, "18127305965"), (P, "万雪莲"), (MB, "15976243792"), (P, "熊诗涵")], [S, U, X]),
    ("notice", "unknown", "失联修复回单｜批次P2406-B｜债务人尹浩｜修复方式：邮政地址核验｜结果：新地址武汉市汉阳区龙阳大道168号"
     "龙阳时代A座2207，已核实可投递｜用途：寄送债权转让通知书",
     [(P, "尹浩"), (A, "武汉市汉阳区龙阳大道168号龙阳时代A座2207")], []),
    ("email", "unknown", "【数据服务报告】查询对象：严俊峰（尾号7090）\n来源：第三方数据合作方\n1. 近6个月工资流水：每月15日入账9,200元"
     "左右，代发单位为某建设集团；\n2. 名下支付宝余额约3.4万元，余额宝1.2万元；\n3. 另有4家网贷平台在贷，合计约6.8万元。\n"
     "报告仅供内部使用。",
     [(P, "严俊峰")], [S]),
    ("email", "unknown", "关联人挖掘结果（案件号HR-2024-B-01127 舒畅）：\n父亲 舒国强 13855036107 仙桃市郑场镇\n母亲 万凤兰 "
     "18000813842\n姐姐 舒婷 18032824507 仙桃一家服装厂\n前女友 何静 13817469991\n建议优先联系其姐。",
     [(P, "舒畅"), (P, "舒国强"), (MB, "13855036107"), (P, "万凤兰"), (MB, "18000813842"), (P, "舒婷"),
      (MB, "18032824507"), (P, "何静"), (MB, "13817469991")], [U, X]),
    ("notice", "unknown", "外访报告\n外访对象：柯建华\n外访时间：6月12日 07:10-09:30\n情况：7:35本人骑电动车从光谷一路的出租屋出门，"
     "送儿子到关山小学后门，8:10进入光谷软件园F区上班，下午5:40原路返回。已拍照存档，建议下周一早上在小区门口截访。",
     [(P, "柯建华")], [S]),
    ("email", "unknown", "修复反馈：案件HR-2024-A-00452，债务人手机号已由原号码尾号0883更新为尾号4835，实名核验一致。按公司规定，"
     "修复号码仅用于与债务人本人联系，不得用于联系其亲友。",
     [], []),
    ("notice", "unknown", "协查申请单\n申请部门：汇融资产贷后二部\n被查人：田秀英 身份证：42100219680202328X\n需核查：户籍地址"
     "变更、是否已迁居外地\n用途：诉讼送达地址确认",
     [(P, "田秀英"), (ID, "42100219680202328X")], [U]),
    ("app", "unknown", "【寻迹】您订购的查询已出结果：目标彭雪梅近7日手机定位常驻武汉市武昌区中北路109号附近，晚间多在黄陂区前川"
     "街道，疑似与父母同住。点击查看轨迹>",
     [(P, "彭雪梅"), (A, "武汉市武昌区中北路109号")], [S]),
    ("email", "unknown", "各组注意：近期有外部号贩子兜售“债务人全家信息包”（含配偶、子女学校、社保缴费记录），一律不得购买和使用。"
     "失联修复只能通过合规渠道，并只针对债务人本人。违者按信息安全制度处理。——风控合规部",
     [], []),
    ("notice", "unknown", "回访记录：郑国栋家属称其去年底查出尿毒症，现在每周一三五在汉江市第一人民医院肾内科透析，病房在7楼，"
     "家里已无收入。可去医院找本人当面谈。",
     [(P, "郑国栋")], [S]),
    ("notice", "unknown", "回访记录：客户称身体原因暂无力还款，已按困难客户流程登记，暂停催收30天，待其提交相关材料后评估减免。",
     [], []),
    ("email", "unknown", "补充信息（朱德旺）：户籍家庭成员——妻子梅凤英，在黄石市下陆区团城山街道办上班；儿子朱浩然，武汉理工大学"
     "大二；岳父梅长贵，退休教师。家住黄石市下陆区新下陆路35号6栋。以上供催收参考。",
     [(P, "朱德旺"), (P, "梅凤英"), (P, "朱浩然"), (P, "梅长贵"), (A, "黄石市下陆区新下陆路35号6栋")], [X]),
    ("notice", "unknown", "号码清单（借款人注册时上传的通讯录）：老婆 13576500004；妈 18024465310；王总 18774174369；小舅子 "
     "15564476237；……共286条，已导入外呼系统。",
     [(MB, "13576500004"), (MB, "18024465310"), (MB, "18774174369"), (MB, "15564476237")], [U, X]),
    ("email", "unknown", "征信摘要（严俊峰）：信用卡7张，总授信18.6万，已用96%；房贷1笔，月供4,312元；近两年有3次逾期记录。"
     "可据此判断还款能力。",
     [(P, "严俊峰")], [S]),
    ("notice", "unknown", "外访预约单\n债务人：胡春燕\n约定地点：孝感市孝南区槐荫大道77号（债务人住所）\n约定时间：7月3日下午3点\n"
     "事项：面谈分期还款方案\n债务人已电话确认同意上门。",
     [(P, "胡春燕"), (A, "孝感市孝南区槐荫大道77号")], []),
    ("notice", "unknown", "新住址确认：债务人程伟已于5月搬至深圳市龙岗区坂田街道岗头村新区二巷12号402，房东姓罗，月租1,800元。"
     "程伟每周日上午在附近一间教堂做礼拜。",
     [(P, "程伟"), (A, "深圳市龙岗区坂田街道岗头村新区二巷12号402"), (P, "程伟")], [S]),
    ("email", "unknown", "寻迹：本月失联修复共提交412件，成功率37.6%，其中手机号修复251件、地址修复98件。明细表已按脱敏规则处理"
     "（姓名保留姓氏，证件与号码仅留末四位），请查收附件。商务对接：bd@xunji-data.cn",
     [(EM, "bd@xunji-data.cn")], []),
    ("notice", "unknown", "外访对象：程伟（护照E83920471，往来港澳通行证C69274018）\n出入境：今年3次经罗湖口岸出境，最近一次5月28日，"
     "至今未归。\n判断：长期滞留香港可能性大。",
     [(P, "程伟"), (PP, "E83920471"), (PP, "C69274018")], [S, U]),
    ("notice", "unknown", "外访备注：黎佳慧怀孕7个月左右，每周二上午在湖南省妇幼保健院产检；其丈夫在长沙开网约车，车牌湘A·D52871。",
     [(P, "黎佳慧"), (PL, "湘A·D52871")], [S]),
    ("email", "unknown", "转困难客户组：债务人龚立新自述患重病并已提交诊断证明，按公司《特殊客群处理办法》暂停外呼60天，相关材料"
     "已加密归档，仅风控经理可查阅。",
     [(P, "龚立新")], []),
    ("notice", "unknown", "关系网：债务人卢志远，前妻聂小芸（已再婚，现住宜昌市伍家岗区沿江大道168号），其子卢子轩随前妻生活；"
     "现女友胡蓉，在宜昌万达一家美甲店上班。",
     [(P, "卢志远"), (P, "聂小芸"), (A, "宜昌市伍家岗区沿江大道168号"), (P, "卢子轩"), (P, "胡蓉")], [X]),
]

# --- the original lenders' files handed over with the debts ---------------------------------------------------------

LENDER_FILES: list[PiplEntry] = [
    ("email", "unknown", "资产包交割清单（第3批）节选：\n持卡人 付秋菊 卡号 6228489750313514623 证件号 411302197810044266 "
     "透支本金 5,002.13 逾期天数 412\n持卡人 夏明亮 卡号 5124318117209573 证件号 42011519900319463X 透支本金 39,880.00 "
     "逾期天数 287",
     [(P, "付秋菊"), (BC, "6228489750313514623"), (ID, "411302197810044266"), (P, "夏明亮"), (BC, "5124318117209573"),
      (ID, "42011519900319463X")], [U]),
    ("email", "unknown", "原债权人移交说明：本批次共1,284户，移交字段为姓名、证件号后四位、合同编号、本金余额、逾期天数、最后"
     "还款日、通讯地址。通讯录、联系人及交易明细不在移交范围内，如需调取请按协议逐户书面申请。\n——鹏远银行信用卡中心资产处置部 "
     "zcczb@pengyuanbank.com",
     [(EM, "zcczb@pengyuanbank.com")], []),
    ("notice", "unknown", "借款人资料卡（汇楚消费金融移交）\n姓名：马俊\n身份证：421002197608148876\n手机：13894894140\n单位："
     "荆州市沙市区一家国企\n通讯录（注册时上传）：梅丽 18692367702、马长林 15000913731、老表 13321601341……",
     [(P, "马俊"), (ID, "421002197608148876"), (MB, "13894894140"), (P, "梅丽"), (MB, "18692367702"), (P, "马长林"),
      (MB, "15000913731"), (MB, "13321601341")], [U, X]),
    ("email", "unknown", "附件三：持卡人易平2023年7-12月账单明细（节选）：武汉同济医院精神科门诊 480.00；心理咨询（按次）600.00×6；"
     "舍曲林片 126.00……建议催收时注意方式。",
     [(P, "易平")], [S]),
    ("notice", "unknown", "移交批次号：PY-ZC-2024-003，资产包编号：6217 0824 0000 3318，户数1,284，本金合计9,862.37万元，"
     "基准日2024年3月31日。",
     [], []),
    ("email", "unknown", "原始申请资料（橙意小额贷款移交）：借款人尹浩，身份证43010420010122495X，申请时填写月收入6,500元，工资卡"
     "6217000036492250，近3个月流水余额均低于200元；人脸识别照片3张、活体视频1段。",
     [(P, "尹浩"), (ID, "43010420010122495X"), (BC, "6217000036492250")], [S, U]),
    ("notice", "unknown", "交割确认函\n转让方：汇楚消费金融有限公司（统一社会信用代码：91420100MA4K7P3D53）\n受让方：汉江汇融资产管理"
     "有限公司（统一社会信用代码：91429001MA49TR6Q2N）\n双方确认，第2批次个人消费贷款债权共计856户已于2024年5月20日完成交割，"
     "资产清单以双方盖章的电子数据为准。",
     [(CC, "91420100MA4K7P3D53"), (CC, "91429001MA49TR6Q2N")], []),
    ("email", "unknown", "鹏远银行补充材料：持卡人杜宇航2023年9月起因肺癌住院化疗，其配偶曾来电申请停催，当时已登记。",
     [(P, "杜宇航")], [S]),
    ("notice", "unknown", "卡片信息核对表（鹏远银行移交）\n主卡：6258 0715 7222 1221，持卡人胡春燕\n附属卡：持卡人胡蝶（主卡人之女，"
     "2008年生，现就读孝感一中高一）",
     [(BC, "6258 0715 7222 1221"), (P, "胡春燕"), (P, "胡蝶")], [S, U]),
    ("email", "unknown", "回复汇融资产：贵司申请调取的借款人舒畅通讯录数据，因超出借款合同授权范围且与债权转让无关，我司不予提供。"
     "如需联系借款人，请使用已移交的本人手机号码及通讯地址。",
     [(P, "舒畅")], []),
    ("email", "unknown", "移交说明补充：借款人柯建华2022年以护照EA3829174办理过证件更新，系统中两个证件号均可检索："
     "420703198606265452 / EA3829174。",
     [(P, "柯建华"), (PP, "EA3829174"), (ID, "420703198606265452"), (PP, "EA3829174")], [U]),
    ("notice", "unknown", "客户画像（原债权人标签）：龚立新，已婚，妻子陈曼在汉口一家医院当护士，两个孩子，岳母同住，名下无房。",
     [(P, "龚立新"), (P, "陈曼")], [X]),
    ("email", "unknown", "数据安全提示：移交的个人信息仅限用于本批次债权的催收和诉讼，不得向第三方提供；下载的明细表请于使用完毕后"
     "删除。如发现外泄，立即报告 dpo@hr-amc.com.cn。",
     [(EM, "dpo@hr-amc.com.cn")], []),
]

# --- SMS and app notices to the debtors ---------------------------------------------------------------------------

DEBTOR_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【汇融资产】尊敬的客户，您尾号1621的账户本月应还1,200.00元，最后还款日7月25日。还款请认准小程序“汇融还款”。"
     "客服400-027-8596。退订回T",
     [], []),
    ("sms", "debtor", "您的卡6222 0255 2368 1613逾期已经90多天了，今天不处理明天就转法务。",
     [(BC, "6222 0255 2368 1613")], [U]),
    ("sms", "debtor", "【汇融】核对信息：借款人证件号４２０６２１１９８００８１１５２５９，欠款2,340.00元，请回复1确认本人。",
     [(ID, "４２０６２１１９８００８１１５２５９")], [U]),
    ("app", "debtor", "您好，系统监测到您名下鹏远银行储蓄卡尾号6735当前余额12,406.58元，足以结清欠款，请立即还款。",
     [], [S]),
    ("sms", "debtor", "朱先生，您儿子在青山区钢城第五小学一年级三班，每天下午4点10分放学，您也不想孩子知道家里欠钱吧？",
     [], [S]),
    ("sms", "debtor", "【汇融资产】易先生，您申请的停催30天已通过，期间我们不会联系您。到期后如仍有困难，可再申请延期或分期。",
     [], []),
    ("app", "debtor", "您在借款时填写的紧急联系人：母亲 付秋菊 13338624929；同事 杨帆 13902054530。如您本周仍不联系我们，我们将"
     "依约联系上述人员核实您的情况。",
     [(P, "付秋菊"), (MB, "13338624929"), (P, "杨帆"), (MB, "13902054530")], [U, X]),
    ("sms", "debtor", "【汇融资产】您好，您尾号7170的证件所绑定借款已结清，结清证明将于3个工作日内寄至您预留的地址，请注意查收。",
     [], []),
    ("sms", "debtor", "熊志刚，我是汇融的专员欧阳，你换了号我们一样找得到，181 2730 5965是你现在用的吧？回电。",
     [(P, "熊志刚"), (MB, "181 2730 5965")], [U]),
    ("app", "debtor", "【汇融还款】还款成功！本次还款800.00元已入账，剩余应还2,460.18元。如需开具还款凭证，请在“我的-凭证”中下载。",
     [], []),
    ("sms", "debtor", "郑先生，听说您这周在市一医院肾内科住院，3床。我们同事明天上午过去看看您，顺便把还款的事谈一下。",
     [], [S]),
    ("sms", "debtor", "万丽娟，你老公柯建华在光谷软件园上班一个月拿一万二，你们两口子还不起这三万多？",
     [(P, "万丽娟"), (P, "柯建华")], [S, X]),
    ("sms", "debtor", "【汇融资产】您好，如您因疾病、失业等原因暂时无法还款，可通过小程序提交困难申请，我们将根据情况提供最长12期的"
     "分期方案。",
     [], []),
    ("app", "debtor", "尊敬的程伟先生，系统记录您的护照E83920471近期有出入境记录，请在下次出境前结清欠款，以免影响您的出行。",
     [(P, "程伟"), (PP, "E83920471")], [S, U]),
    ("sms", "debtor", "【汇融】请核对还款账户6217-0000-3649-2250，户名尹浩。如有疑问致电027-85963270。",
     [(BC, "6217-0000-3649-2250"), (P, "尹浩"), (LL, "027-85963270")], [U]),
    ("sms", "debtor", "舒畅，你爸舒国强、你妈万凤兰、你姐舒婷的电话我们都有，自己掂量。",
     [(P, "舒畅"), (P, "舒国强"), (P, "万凤兰"), (P, "舒婷")], [X]),
    ("app", "debtor", "【汇融还款】为保护您的隐私，本通知仅显示证件号后四位（***9199）及账户尾号。如您发现他人冒用您的身份借款，"
     "请点击“身份异议”提交材料。",
     [], []),
    ("sms", "debtor", "祝阿姨，您每个月20号到账的养老金2,860元，我们建议您拿出一部分先还上。",
     [], [S]),
    ("sms", "debtor", "尹浩你每天晚上十点以后都在龙阳大道那边的网吧打游戏对吧？明天我们的人过去找你。",
     [(P, "尹浩")], [S]),
    ("sms", "debtor", "【汇融资产】温馨提示：我司工作人员不会以任何理由索要您的银行卡密码和短信验证码，谨防诈骗。",
     [], []),
    ("app", "debtor", "尊敬的客户（证件号码430104720621256），您名下欠款已进入诉前调解阶段，请尽快登录查看调解方案。",
     [(ID, "430104720621256")], [U]),
    ("sms", "debtor", "【汇融资产】您预留的手机号138****6107已停机，如您已更换号码，请在小程序“个人信息”中自行更新。",
     [], []),
    ("sms", "debtor", "马先生，你每周五都去清真寺礼拜，真主也不会让你欠钱不还吧？",
     [], [S]),
    ("sms", "debtor", "【汇融资产】您在橙意借绑定的手机号１５０７００２４８３５即将停止接收还款提醒，如需更换请回复新号码。",
     [(MB, "１５０７００２４８３５")], [U]),
    ("app", "debtor", "您好，您的债务已转让至汇融资产。如对转让有疑问，可查询原债权人官网公告或致电原债权人客服核实，我司不会要求"
     "您提供完整证件号码。",
     [], []),
    ("sms", "debtor", "蔡雨桐，你住的东湖路127号水果湖小区和你上班的省妇联大院我们都去过了。",
     [(P, "蔡雨桐"), (A, "东湖路127号水果湖小区")], [X]),
    ("sms", "debtor", "蔡女士您好，上次您说月底发工资后先还1,000元，今天31号了，提醒您一下，有变化回复我就行。",
     [], []),
    ("app", "debtor", "检测到您手机中安装了8款借贷APP，近30天新增借款3笔共计1.7万元，请优先归还我司欠款。",
     [], [S]),
]

# --- agents' calls as transcripts, to debtors, relatives, employers, landlords and guarantors --------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是汉江汇融资产，请问是熊志刚先生吗？\n客户：是我，什么事？\n坐席：为核实身份，您的身份证是"
     "420115197802182097对吧？您在汇楚消费金融的贷款已经转让给我们了。\n客户：对，我知道，最近手头紧。",
     [(P, "熊志刚"), (ID, "420115197802182097")], [U]),
    ("call", "debtor", "坐席：喂您好，我是汇融资产的客服小宋，请问您是万丽娟女士本人吗？\n客户：是的。\n坐席：为了核实身份，麻烦您"
     "报一下证件号的后四位。\n客户：我直接说全的吧，420703198804222082。\n坐席：好的，后四位核对一致。您原来鹏远银行的信用卡欠款"
     "现在由我们受理，您看这个月怎么安排？",
     [(P, "万丽娟"), (ID, "420703198804222082")], []),
    ("call", "third_party", "坐席：喂，请问是舒畅家里吗？\n第三方：我是他妈，什么事？\n坐席：阿姨，舒畅欠我们公司信用卡的钱一直没还，"
     "八千四，您帮他催一下。\n第三方：他都好久没回家了。",
     [(P, "舒畅"), (P, "舒畅")], [D]),
    ("call", "third_party", "坐席：您好，请问是严俊峰先生吗？\n第三方：打错了，我不认识这个人。\n坐席：不好意思打扰了，我们把这个号码"
     "标记一下，以后不再拨打。祝您生活愉快。",
     [(P, "严俊峰")], []),
    ("call", "third_party", "坐席：您好，请问您认识彭雪梅吗？\n第三方：我是她姐姐，你是哪位？\n坐席：我姓周，有件事需要她本人处理，"
     "麻烦您转告她回个电话，号码027-85963270。\n第三方：到底什么事？她是不是欠钱了？\n坐席：不好意思，具体事情只能跟她本人说，"
     "请您理解。",
     [(P, "彭雪梅"), (LL, "027-85963270")], []),
    ("call", "third_party", "坐席：你好，人事部吗？我找一下仓库的马俊。\n第三方：他今天休息，你是哪位？\n坐席：我们是汇融资产的，他那笔"
     "账拖了快一年了，你们单位能不能帮忙提醒一下。\n第三方：这个我们管不了。",
     [(P, "马俊")], [D]),
    ("call", "debtor", "坐席：马俊，你老婆梅丽在沙市区人民医院上班对吧，你儿子马一鸣在北京路小学读三年级，你岳父家在公安县，我们"
     "都清楚。\n客户：你什么意思？\n坐席：没别的意思，就是希望你重视一下，这个钱今天得有个说法。",
     [(P, "马俊"), (P, "梅丽"), (P, "马一鸣")], [S, X]),
    ("call", "debtor", "客户：我去年查出乳腺癌，现在还在化疗，真的没钱。\n坐席：理解您的情况，您先安心治疗。我们可以给您申请停催"
     "三个月，之后再按您能承受的金额分期，您看可以吗？\n客户：那太好了，谢谢。\n坐席：不客气，我这边登记一下，稍后短信把申请结果"
     "发给您。",
     [], []),
    ("call", "debtor", "坐席：付女士，我跟您核对一下扣款卡，6228 4897 5031 3514 623，是这张吧？\n客户：对。\n坐席：好的，今晚八点前"
     "保持余额一千二就行。",
     [(BC, "6228 4897 5031 3514 623")], [U]),
    ("call", "third_party", "坐席：房东您好，您那个租客蔡雨桐，是在您那租的房子吧？\n第三方：是啊，怎么了？\n坐席：她在我们这欠了一万"
     "多，一直不还，您留个心眼，房租可能也悬。\n第三方：啊？那我得问问她。",
     [(P, "蔡雨桐")], [D]),
    ("call", "third_party", "坐席：聂先生您好，我是汉江汇融资产的客服，您是卢志远在鹏远银行那笔借款的连带责任保证人，这笔债权现在"
     "转给我们了。\n第三方：我知道，当时是我签的字。\n坐席：按保证合同，借款人逾期后您需要在保证范围内承担还款责任，目前本息合计"
     "两万一千多，您可以和借款人一起商量个方案。\n第三方：行，我先跟他商量一下。",
     [(P, "卢志远")], []),
    ("call", "third_party", "坐席：聂先生，您是卢志远的担保人，应该帮我们劝劝他。\n第三方：我劝过，没用。\n坐席：他现在离了婚，跟"
     "女朋友在宜昌住，每天还在吃抗抑郁的药，工作也丢了，您心里要有数，这钱最后多半得您来还。",
     [(P, "卢志远")], [D, S]),
    ("call", "third_party", "坐席：您好，请问是鑫达物流人事部吗？\n第三方：是的。\n坐席：想确认一下熊志刚是否还在贵公司工作，我们有"
     "份文件需要寄给他本人。\n第三方：这个不方便透露。\n坐席：好的，理解，打扰了。",
     [(P, "熊志刚")], []),
    ("call", "third_party", "第三方：喂？哪位？\n坐席：你是熊志刚同事吧，帮我跟他带句话，汇融的又找他了，让他别装死。",
     [(P, "熊志刚")], [D]),
    ("call", "debtor", "坐席：尹浩，我跟你说，你通讯录里的人我们都有，你姐尹丽 15172191127，你表哥 14709915613，还有你女朋友，"
     "要我一个个打吗？\n客户：别打，我这周发工资就还。",
     [(P, "尹浩"), (P, "尹丽"), (MB, "15172191127"), (MB, "14709915613")], [U, X]),
    ("call", "third_party", "第三方：我爸爸不在家。\n坐席：好的小朋友，那你跟爸爸说有个周叔叔找他，让他回个电话就行，谢谢你。",
     [], []),
    ("call", "third_party", "坐席：你是卢志远前妻吧？他欠我们两万多的信用卡，是你们离婚前就有的，你多少知道点，帮忙联系一下他。\n"
     "第三方：我们早没关系了。",
     [(P, "卢志远")], [D]),
    ("call", "debtor", "坐席：邓女士，我们查到您那张工资卡上周五进了八千六，现在卡里还有五千多，怎么就还不上一千五？\n客户：那是我"
     "下个月房租和孩子学费。\n坐席：那您先还一部分。",
     [], [S]),
    ("call", "debtor", "客户：你把我欠款的卡号念全给我听听。\n坐席：不好意思，电话里我们只能核对卡号后四位，是1613。您如需完整账单，"
     "可以在小程序里实名登录查看。\n客户：行吧。",
     [], []),
    ("call", "debtor", "坐席：柯先生，您每天早上七点半送孩子去关山小学，然后八点多到软件园F区，我们的同事都看到过。\n客户：你们"
     "跟踪我？\n坐席：没有跟踪，只是希望您重视还款。",
     [], [S]),
    ("call", "third_party", "坐席：喂，是舒国强舒爹爹吧？\n第三方：是我，么事？\n坐席：您儿子舒畅在外面借的钱到期了冇还，现在在我们"
     "汇融这里，您跟他说一下，莫拖了。\n第三方：这伢又搞么斯名堂。",
     [(P, "舒国强"), (P, "舒畅")], [D]),
    ("call", "debtor", "客户：我现在怀孕七个月了，单位也停薪了，实在没办法。\n坐席：明白，我这边帮您申请延后还款，产后三个月内不"
     "催收，您方便的时候把情况说明发到小程序就行。\n客户：好的，谢谢你。",
     [], []),
    ("call", "debtor", "坐席：熊先生，如果您今天还不处理，我们只能打您爱人万雪莲的电话了，159 7624 3792，对吧？\n客户：你们别打她。",
     [(P, "万雪莲"), (MB, "159 7624 3792")], [U, X]),
    ("call", "third_party", "坐席：大姐，您老公郑国栋欠我们的钱，听说他现在在医院透析？那还款怎么办？\n第三方：人都这样了你们还要钱？",
     [(P, "郑国栋")], [D, S]),
]

# --- agents' calls as speech-to-text output: no punctuation, fillers, numbers read aloud, dialect ----------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是汇融资产的啊请问是覃海涛覃先生吧\n客户：嗯是的\n坐席：呃核对一下您身份证号码四二零幺零六幺九七八"
     "零三二四九三三零对吧\n客户：对对",
     [(P, "覃海涛"), (ID, "四二零幺零六幺九七八零三二四九三三零")], [U]),
    ("call", "debtor", "坐席：喂您好我是汇融资产的小杨请问是严俊峰严先生吗\n客户：啊是我\n坐席：好的严先生跟您核对一下身份证最后四位是"
     "七零九零对吗\n客户：对\n坐席：嗯好的那个您原来汇楚消费的那笔现在是到我们这边了就是想跟您确认一下这个月能不能先还一部分",
     [(P, "严俊峰")], []),
    ("call", "third_party", "坐席：喂你好请问是严俊峰的家属吗\n第三方：我是他老婆\n坐席：哦嫂子你好啊就是严俊峰他那个信用卡啊欠了一万五六"
     "一直没处理你这边帮忙说一下\n第三方：他的事我不管",
     [(P, "严俊峰"), (P, "严俊峰")], [D]),
    ("call", "debtor", "坐席：喂尹浩啊我汇融的小罗啊\n客户：嗯\n坐席：你这个新号码幺五五零七三三零八五六是你自己办的吧我们这边都查到了"
     "你躲也没用的\n客户：哦",
     [(P, "尹浩"), (MB, "幺五五零七三三零八五六")], [U]),
    ("call", "debtor", "坐席：呃郑先生我们这边了解到您现在在那个市一医院住院嘛就是肾内科那边每周要透析三次是吧\n客户：是的\n坐席：那那个"
     "费用都是医保报的吧您看能不能从报销款里面先拿一点出来还",
     [], [S]),
    ("call", "third_party", "坐席：喂你好请问是胡春燕吗\n第三方：不是我是她同事她在上课\n坐席：哦好的那麻烦您转告她一下下课给我们回个电话"
     "就说有个文件的事谢谢啊\n第三方：好的",
     [(P, "胡春燕")], []),
    ("call", "debtor", "坐席：您那个还款卡号报一下我帮您查\n客户：六二二二 零二零五 二九二四 八九零三 六零九\n坐席：好的收到了嗯我这边看到"
     "这张卡上个月的还款已经入账了",
     [(BC, "六二二二 零二零五 二九二四 八九零三 六零九")], []),
    ("call", "debtor", "坐席：呃我跟您核对一下那个卡号啊五幺二四三幺七七七二二二三二幺七零幺四这张卡是不是还在用\n客户：早就不用了",
     [(BC, "五幺二四三幺七七七二二二三二幺七零幺四")], [U]),
    ("call", "third_party", "坐席：喂你好呀系唔系罗生啊\n第三方：系啊边位\n坐席：我哋系汇融嘅想问下你个租客程伟佢系唔系仲住喺你度啊佢喺"
     "我哋度欠咗卡数成两万蚊一直冇还\n第三方：咁我唔清楚喔",
     [(P, "程伟")], [D]),
    ("call", "debtor", "坐席：覃先生嘛你娃儿在那个青山区实验小学读二年级噻我们晓得的你自己想清楚哈\n客户：你们想干啥子",
     [], [S]),
    ("call", "debtor", "客户：我这个月刚做完手术在家躺着呢真的没收入\n坐席：哦哦那您先养身体啊我这边给您备注一下呃暂停一个月的催收然后"
     "下个月我们再跟您联系看看能不能做个分期\n客户：好谢谢",
     [], []),
    ("call", "third_party", "坐席：喂是龚立新的妈妈吧\n第三方：是的\n坐席：阿姨就是他那个钱的事情啊您跟他说一下鹏远那边已经转到我们这了\n"
     "第三方：啊什么钱",
     [(P, "龚立新")], [D]),
    ("call", "debtor", "坐席：夏明亮你听好了你妹妹夏明霞在江汉路那个服装店上班住在汉口解放大道一千零八十号我们都知道的\n客户：关她"
     "什么事",
     [(P, "夏明亮"), (P, "夏明霞"), (A, "汉口解放大道一千零八十号")], [X]),
    ("call", "debtor", "坐席：程先生您的护照号是E八三九二零四七幺对吧我们这边系统有记录\n客户：你们怎么会有我护照号",
     [(PP, "E八三九二零四七幺")], [U]),
    ("call", "debtor", "坐席：祝阿姨您身份证是老号码吧四三零幺幺幺六四幺幺幺六六四六对不对\n客户：是老的没换",
     [(ID, "四三零幺幺幺六四幺幺幺六六四六")], [U]),
    ("call", "debtor", "坐席：喂你好哈这边是汇融资产的您是易平易先生吧\n客户：是\n坐席：嗯是这样的您之前申请的那个停催到期了嘛我就问"
     "一下您现在情况怎么样了有没有好一点\n客户：还在吃药\n坐席：好的那不着急我这边帮您再延一个月",
     [(P, "易平")], []),
    ("call", "debtor", "坐席：田阿姨您每个月初一十五都去归元寺烧香吧我们的人会在庙门口等您\n客户：你们这是干什么",
     [], [S]),
    ("call", "third_party", "坐席：喂你好是那个冷链公司吧我找一下你们仓库的熊志刚他欠了我们两万多块钱电话一直打不通麻烦你们领导跟他说"
     "一声\n第三方：他不在",
     [(P, "熊志刚")], [D]),
    ("call", "debtor", "坐席：你妈妈万凤兰幺八零零零八幺三八四二你爸爸幺三八五五零三六幺零七这两个号码我们都打过了\n客户：你们凭什么",
     [(P, "万凤兰"), (MB, "幺八零零零八幺三八四二"), (MB, "幺三八五五零三六幺零七")], [U, X]),
]

# --- voice robots: scripts as played, keypad turns, and a template with its placeholders --------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是汇融资产智能客服。请问您是尾号0883手机号的机主本人吗？确认请按1，不是请按2。\n客户：（按键1）\n"
     "机器人：您在我司的借款本期应还1,200元，今日为最后还款日。如已还款请忽略。",
     [], []),
    ("call", "debtor", "机器人：您好，请问是身份证号码为430524198206037170的用户吗？确认请按1。\n客户：（按键1）\n机器人：您的借款已逾期"
     "45天，请尽快处理。",
     [(ID, "430524198206037170")], [U]),
    ("call", "third_party", "机器人：您好，本次来电是找龚立新先生本人的。如果您不是本人，请按2，我们将不再拨打此号码。\n联系人：（按键2）\n"
     "机器人：好的，已为您登记，感谢接听，再见。",
     [(P, "龚立新")], []),
    ("call", "third_party", "机器人：您好，您是龚立新的紧急联系人。龚立新在鹏远银行的信用卡欠款已逾期120天，请您督促其尽快还款，按1表示"
     "会转告。\n联系人：（按键1）\n机器人：感谢您的配合。",
     [(P, "龚立新"), (P, "龚立新")], [D]),
    ("call", "debtor", "机器人：您好，您的还款提醒将发送到手机一五八四九七三九零四二，如号码有误请按9。\n客户：（按键9）",
     [(MB, "一五八四九七三九零四二")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，系统监测到您的公积金账户余额为23,418元，您可申请提取用于还款。了解详情请按1。",
     [], [S]),
    ("call", "debtor", "机器人：为保护您的隐私，请在听到提示音后输入身份证后四位进行验证。\n客户：（按键）\n机器人：验证成功。您本期账单"
     "金额为856.20元，还款请按1，申请分期请按2，人工服务请按0。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是汇融资产。请转告您的家人覃海涛，他在我司的账单今天必须处理。",
     [(P, "覃海涛")], [D]),
    ("call", "debtor", "机器人：系统显示您目前位于武昌区中北路附近，距离我司外访网点约两公里。如今日不还款，将安排外访人员上门。",
     [], [S]),
    ("notice", "unknown", "机器人话术模板V3.2\n开场：您好，请问是{debtor_name}吗？\n核身：请输入证件号后四位。\n告知：您在{creditor}的借款"
     "已转让至汉江汇融资产，本期应还{amount}元。\n结束：如有疑问请拨打{hotline}。",
     [], []),
    ("call", "debtor", "机器人：您登记的联系人杨帆，电话一三九零二零五四五三零，已于今日收到我司通知。如需停止通知联系人，请按1转人工。",
     [(P, "杨帆"), (MB, "一三九零二零五四五三零")], [U, X]),
]

# --- mediation: invitations, video mediation, plans -------------------------------------------------------------------

MEDIATION: list[PiplEntry] = [
    ("sms", "debtor", "【汉江金融纠纷调解中心】喻晓琳女士，汉江汇融资产管理有限公司就与您的信用卡债务纠纷申请调解，定于7月9日14:30"
     "视频进行，入口：t.hjtj.cn/8Kq2。如不同意调解，回复N即可。",
     [(P, "喻晓琳")], []),
    ("notice", "debtor", "调解邀请函\n被申请人：严俊峰，身份证号411302198101187090，住河南省南阳市卧龙区车站南路226号\n申请人：汉江汇融"
     "资产管理有限公司\n申请人就借款合同纠纷向本中心申请调解，请于收函后七日内联系调解员确认时间。调解不收取任何费用。",
     [(P, "严俊峰"), (ID, "411302198101187090"), (A, "河南省南阳市卧龙区车站南路226号")], [U]),
    ("sms", "third_party", "【调解中心】您好，您的亲属夏明亮与汇融资产的债务纠纷已进入调解程序，请您协助通知其本人参加。",
     [(P, "夏明亮")], [D]),
    ("email", "debtor", "杜宇航先生：\n您好。关于您与汉江汇融资产管理有限公司的欠款纠纷，考虑到您目前的身体状况，申请人同意减免全部罚息，"
     "本金分24期偿还。调解书草稿见附件，请您确认。\n调解员 甘露 ganlu@hjtj.org.cn",
     [(P, "杜宇航"), (P, "甘露"), (EM, "ganlu@hjtj.org.cn")], []),
    ("app", "debtor", "【汇融还款】您的调解协议已生效：剩余本金9,600元分12期，每期800元，每月15日自动扣款。提前结清不收取任何费用。",
     [], []),
    ("sms", "debtor", "【汇融资产】鲍女士，您女儿在洪山区卓刀泉中学读初二，调解那天请安排好时间，别让孩子受影响。",
     [], [S]),
    ("call", "debtor", "调解员：您好，我是金融纠纷调解中心的调解员，今天就您和汇融资产的纠纷做个视频调解。先确认一下，您是彭雪梅本人吗？\n"
     "客户：是。\n调解员：好的。汇融那边同意免除罚息，本金一万二分十二期，您看能接受吗？\n客户：每期一千我有点困难，能不能十八期？",
     [(P, "彭雪梅")], []),
    ("notice", "third_party", "致武汉华信科技有限公司：\n贵司员工柯建华与汉江汇融资产管理有限公司存在债务纠纷，标的额31,002.18元，"
     "现邀请其参加调解，请贵司督促其于7月15日前到场。",
     [(P, "柯建华")], [D]),
]

# --- messages to relatives, employers, guarantors and new landlords ---------------------------------------------------

CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "你好，我是汇融资产的，你表弟尹浩的事你知道吧？让他给我回个电话。",
     [(P, "尹浩")], [D]),
    ("sms", "third_party", "李姐您好，麻烦跟尹浩说一声，让他方便时回个电话给我，我姓周。谢谢！",
     [(P, "尹浩")], []),
    ("app", "third_party", "您好，冒昧打扰。贵单位员工严俊峰，身份证411302198101187090，在我司有一笔逾期欠款，望单位协助通知本人。",
     [(P, "严俊峰"), (ID, "411302198101187090")], [D, U]),
    ("sms", "third_party", "【汇融资产】聂文杰先生：您作为卢志远借款的连带责任保证人，依据保证合同第五条，需对借款本息21,386.40元承担"
     "保证责任。请于7月20日前与我司联系协商。",
     [(P, "聂文杰"), (P, "卢志远")], []),
    ("sms", "third_party", "聂先生，您担保的卢志远现在住宜昌沿江大道168号他前妻那边，手机17367057486，您去找他比我们管用。",
     [(P, "卢志远"), (A, "宜昌沿江大道168号"), (MB, "17367057486")], [D, U, X]),
    ("app", "third_party", "房东您好，您的新租客程伟在我们这有笔欠款没处理，麻烦他回来时让他联系一下汇融资产，电话(027)85963270。",
     [(P, "程伟"), (LL, "(027)85963270")], [D]),
    ("sms", "third_party", "您好，请问岗头村新区二巷12号402现在是不是住着一位姓程的先生？我们有挂号信寄给他，想确认一下地址。",
     [(A, "岗头村新区二巷12号402")], []),
    ("sms", "third_party", "阿姨，立新那边的事您劝劝他，鹏远卖给我们的那张卡不能再拖了。",
     [(P, "立新")], [D]),
    ("app", "third_party", "嫂子，郑哥欠的那四万多你也知道，他在医院透析我们也理解，但不能一直拖着，你们家里商量商量。",
     [], [D, S]),
    ("sms", "third_party", "贵司人事部：随函附上寄给贵司员工马俊的信件一封（已密封），烦请转交本人，信封内容仅限本人拆阅。谢谢配合。",
     [(P, "马俊")], []),
    ("sms", "third_party", "你们公司的马俊，老婆梅丽，儿子马一鸣，欠我们三万不还，你们管不管？",
     [(P, "马俊"), (P, "梅丽"), (P, "马一鸣")], [D, X]),
    ("app", "third_party", "表姐好，春燕的账我们这边已经是最后期限了，再不处理就要走法律程序，你让她接个电话。",
     [(P, "春燕")], [D]),
    ("sms", "third_party", "您好，请问这个号码是龚立新先生本人在用的吗？如果不是，回复“否”，我们会删除该号码，不再打扰。",
     [(P, "龚立新")], []),
    ("app", "third_party", "聂总，卢志远他儿子在宜昌外国语小学读书，你作为担保人帮我们带个话，下周我们去学校门口等他。",
     [(P, "卢志远")], [D, S]),
    ("sms", "third_party", "舒婷你好，你弟舒畅的信用卡6222027846833455115欠款八千四百二，我们联系不上他，请你代为转告。",
     [(P, "舒婷"), (P, "舒畅"), (BC, "6222027846833455115")], [D, U]),
    ("sms", "third_party", "陳太您好，閣下弟弟程偉於本公司尚有欠款未清，煩請轉告其盡快聯絡。匯融資產",
     [(P, "程偉")], [D]),
    ("sms", "third_party", "罗生你好，有封寄俾程先生嘅信，麻烦你帮手转交，唔该晒。",
     [], []),
]

# --- quality-check sheets, complaint tickets and the replies --------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0712-031\n坐席工号：HR2217\n问题：通话中向债务人姐姐透露欠款金额\n扣分：-20（第三方披露）\n"
     "整改：重新培训《第三方通话规范》",
     [], []),
    ("notice", "unknown", "质检单 QC-0712-044\n客户：覃海涛 身份证420106197803249330\n问题：坐席未核实身份即告知欠款金额\n扣分：-15",
     [(P, "覃海涛"), (ID, "420106197803249330")], [U]),
    ("notice", "unknown", "工单备注：客户郑国栋尿毒症，在市一医院肾内科透析，每周一三五上午别打电话；其妻手机18763419776可联系。",
     [(P, "郑国栋"), (MB, "18763419776")], [S, U, X]),
    ("email", "unknown", "投诉工单 TS-20240715-0087\n投诉人：借款人（证件尾号5288）\n诉求：称催收员联系其单位领导\n处理：已调取录音核实，"
     "涉事坐席停岗；已向投诉人致歉并承诺不再联系其单位。\n回复时限：7月18日前",
     [], []),
    ("notice", "unknown", "投诉工单 TS-0716-0102\n投诉人：舒国强（借款人之父） 电话13855036107\n投诉内容：催收员多次打到家里，说儿子欠钱"
     "不还。\n借款人：舒畅，身份证420621199703207694；通讯录联系人：舒婷18032824507、何静13817469991",
     [(P, "舒国强"), (MB, "13855036107"), (P, "舒畅"), (ID, "420621199703207694"), (P, "舒婷"), (MB, "18032824507"),
      (P, "何静"), (MB, "13817469991")], [U, X]),
    ("notice", "unknown", "质检结论：本通话坐席在客户表示“正在住院”后，主动提供停催及分期方案，话术合规，评为优秀案例。",
     [], []),
    ("email", "unknown", "尊敬的投诉人：您反映我司工作人员向您的同事透露您个人信息一事，经核实情况属实，我司已对涉事人员作停岗处理，"
     "并已删除您通讯录联系人的全部记录。对此给您带来的困扰，我们深表歉意。\n汇融资产客户关系部",
     [], []),
    ("notice", "unknown", "质检单 QC-0718-009：坐席在通话中提及客户的宗教活动，属于利用敏感个人信息施压，扣30分，录音已封存。",
     [], []),
    ("notice", "unknown", "质检抽样周报：本周抽检通话1,260通，发现第三方披露3通、敏感信息使用2通、完整念读证件号1通，已全部下发整改。",
     [], []),
    ("email", "unknown", "投诉转办：客户严俊峰（手机19872316578）投诉我司向其单位发送含身份证号的微信，请贷后二部于48小时内回复处理"
     "结果。",
     [(P, "严俊峰"), (MB, "19872316578")], [U]),
    ("notice", "unknown", "工单 TS-0720-0033 处理记录：客户来电称已结清但仍收到催收短信。核查：结清日期6月30日，系统未及时更新。已停止"
     "外呼并致歉，结清证明已寄出。",
     [], []),
    ("notice", "unknown", "投诉人袁芳，丈夫邓志明在武钢上班，婆婆邓桂英同住，家住青山区红钢城八街坊5号，诉称被催收员上门骚扰。",
     [(P, "袁芳"), (P, "邓志明"), (P, "邓桂英"), (A, "青山区红钢城八街坊5号")], [X]),
    ("notice", "unknown", "工单补充：客户称无力还款，经查其鹏远银行工资卡每月入账9,200元，公积金余额4.6万，判断其有还款能力，驳回减免"
     "申请。",
     [], [S]),
    ("email", "unknown", "关于投诉件（编号HB-JR-2024-1187）的情况说明：经核查，我司委托的汉阳联信在催收过程中存在向借款人亲属透露"
     "欠款信息的行为。我司已暂停与该机构的合作，并向相关借款人致歉。",
     [], []),
    ("notice", "unknown", "ASR质检命中：关键词“卡号”；转写片段：“六二二五 八八八六 二九八九 四八七八 九二五”；判定：坐席完整念读银行卡号，"
     "违规。",
     [(BC, "六二二五 八八八六 二九八九 四八七八 九二五")], [U]),
]

# --- e-mails between the debt buyer and its law firm ------------------------------------------------------------------

LAW_FIRM_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "鲁律师：\n按您要求补充被告信息：覃海涛，男，1978年3月24日生，身份证号420106197803249330，户籍地武汉市江岸区"
     "二七路48号3单元601；原债权卡号6222025523681613。请据此起草起诉状。\n汇融资产法务部 周敏",
     [(P, "覃海涛"), (ID, "420106197803249330"), (A, "武汉市江岸区二七路48号3单元601"), (BC, "6222025523681613"),
      (P, "周敏")], [U]),
    ("email", "unknown", "周经理：起诉状初稿已完成，被告身份信息部分请以加密附件另行发送，邮件正文不要出现完整证件号。\n鲁文博 湖北明鉴"
     "律师事务所 luwb@mingjianlaw.cn 电话027-87214560",
     [(P, "鲁文博"), (EM, "luwb@mingjianlaw.cn"), (LL, "027-87214560")], []),
    ("email", "unknown", "鲁律师：补充执行线索，被执行人严俊峰名下鹏远银行账户尾号3265有工资入账，请在执行申请书中申请冻结。",
     [(P, "严俊峰")], []),
    ("email", "unknown", "鲁律师，另外跟您通个气：被告柯建华的老婆万丽娟也在我们这有笔欠款，两口子感情不好，柯建华在吃治疗焦虑症的药，"
     "开庭时可以拿这个压他。",
     [(P, "柯建华"), (P, "万丽娟"), (P, "柯建华")], [S, X]),
    ("email", "unknown", "周经理：（2024）鄂0191民初3318号案已立案，开庭时间8月12日上午9:30，第三法庭。请通知被告本人，勿通知其家属"
     "或单位。",
     [], []),
    ("email", "unknown", "鲁律师：被告程伟可能已经去了香港，护照号E83920471，往来港澳通行证C69274018，能否申请限制出境？",
     [(P, "程伟"), (PP, "E83920471"), (PP, "C69274018")], [U]),
    ("email", "unknown", "附件为被告舒畅的全家户籍信息：父舒国强、母万凤兰、姐舒婷（已婚，夫家在仙桃市沔城镇），供送达参考。",
     [(P, "舒畅"), (P, "舒国强"), (P, "万凤兰"), (P, "舒婷")], [X]),
    ("email", "unknown", "周经理：送达地址确认书已收到。按最高法送达规定，以被告在借款合同中约定的送达地址为准，无需再收集其亲属地址。",
     [], []),
    ("email", "unknown", "鲁律师，被告田秀英身份证42100219680202328X，户籍已迁至仙桃市，附新户籍证明，请更新起诉状。",
     [(P, "田秀英"), (ID, "42100219680202328X")], [U]),
    ("email", "unknown", "律所回复：申请财产保全需提供被告名下财产线索，提供开户行及账户尾号即可，完整账号由法院通过网络查控系统调取。",
     [], []),
]

# --- court filings (lawful with full identifiers there) and their copies sent elsewhere ----------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：汉江汇融资产管理有限公司，住所地汉江市青山湾区临江大道66号汇融大厦19楼，统一社会信用代码"
     "91429001MA49TR6Q2N\n法定代表人：韩志坚，执行董事\n被告：覃海涛，男，汉族，1978年3月24日出生，公民身份号码"
     "420106197803249330，住武汉市江岸区二七路48号3单元601\n诉讼请求：1. 判令被告偿还信用卡透支本金38,612.07元及利息；"
     "2. 本案诉讼费用由被告承担。\n此致\n汉江市青山湾区人民法院",
     [(A, "汉江市青山湾区临江大道66号汇融大厦19楼"), (CC, "91429001MA49TR6Q2N"), (P, "韩志坚"), (P, "覃海涛"),
      (ID, "420106197803249330"), (A, "武汉市江岸区二七路48号3单元601")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：汉江汇融资产管理有限公司\n被执行人：严俊峰，身份证号411302198101187090\n执行依据："
     "（2024）鄂0191民初2207号民事判决书\n财产线索：被执行人在鹏远银行开立的账户6222026118432729618\n此致\n汉江市青山湾区人民法院",
     [(P, "严俊峰"), (ID, "411302198101187090"), (BC, "6222026118432729618")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：汉江汇融资产管理有限公司\n被申请人：付秋菊，女，1978年10月4日生，公民身份号码"
     "411302197810044266\n请求事项：冻结被申请人银行存款人民币5,002.13元或查封、扣押其同等价值的其他财产。\n申请人提供保函"
     "作为担保。",
     [(P, "付秋菊"), (ID, "411302197810044266")], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：汉江汇融资产管理有限公司（委托诉讼代理人鲁文博）\n送达地址：汉江市青山湾区临江大道"
     "66号汇融大厦19楼\n联系电话：027-87214560\n电子邮箱：luwb@mingjianlaw.cn",
     [(P, "鲁文博"), (A, "汉江市青山湾区临江大道66号汇融大厦19楼"), (LL, "027-87214560"), (EM, "luwb@mingjianlaw.cn")], []),
    ("notice", "third_party", "致湖北鑫达物流有限公司：\n随函附上我司对贵司员工严俊峰的强制执行申请书副本（被执行人身份证号"
     "411302198101187090，执行标的15,600元），请贵司配合从其工资中扣款交我司。",
     [(P, "严俊峰"), (ID, "411302198101187090")], [D, U]),
    ("sms", "debtor", "【汇融资产】覃海涛，你的起诉状已经递交法院：被告覃海涛，身份证号420106197803249330，案由信用卡纠纷，标的"
     "38,612.07元，请留意法院送达。",
     [(P, "覃海涛"), (P, "覃海涛"), (ID, "420106197803249330")], [U]),
    ("notice", "unknown", "撤诉申请书\n申请人：汉江汇融资产管理有限公司\n被申请人：喻晓琳，女，1989年6月25日出生，公民身份号码"
     "421122198906255288\n申请事项：申请人与被申请人已达成和解，请求撤回对被申请人的起诉。\n此致\n汉江市龙潭区人民法院",
     [(P, "喻晓琳"), (ID, "421122198906255288")], []),
    ("app", "third_party", "【家族群@所有人】各位亲戚看一下，这是法院受理舒畅欠款案件的材料：被告舒畅，身份证420621199703207694，欠款"
     "8,420元。希望家里人督促他出面处理。",
     [(P, "舒畅"), (P, "舒畅"), (ID, "420621199703207694")], [D, U]),
    ("notice", "unknown", "执行和解协议\n申请执行人：汉江汇融资产管理有限公司\n被执行人：夏明亮，公民身份号码42011519900319463X\n"
     "双方同意：被执行人自2024年9月起每月15日前还款2,000元，至全部清偿为止。本协议提交汉江市青山湾区人民法院执行局备案。",
     [(P, "夏明亮"), (ID, "42011519900319463X")], []),
]

# --- identifiers in every written and spoken form ---------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【汇融】请核对您的身份信息：420984-19870214-1141，如有误请回复更正。",
     [(ID, "420984-19870214-1141")], [U]),
    ("app", "debtor", "您提交的结清证明申请已受理，申请人证件号：4211 2219 7308 2677 00，请核对后点击确认。",
     [(ID, "4211 2219 7308 2677 00")], [U]),
    ("sms", "debtor", "【汇融资产】客户43062120010207749x您好，您的分期协议已生成，请登录小程序签署。",
     [(ID, "43062120010207749x")], [U]),
    ("app", "debtor", "尊敬的用户，您的实名信息为：万俊熙（身份证号：４３０１０４１９９３０４１９９７１Ｘ），如非本人操作请立即联系我们。",
     [(P, "万俊熙"), (ID, "４３０１０４１９９３０４１９９７１Ｘ")], [U]),
    ("call", "debtor", "坐席：喂您好汇融资产的我跟您核对下您身份证号是四二零六二幺幺九九幺幺二二五七八五叉对吧\n客户：嗯对的",
     [(ID, "四二零六二幺幺九九幺幺二二五七八五叉")], [U]),
    ("sms", "debtor", "【汇融】您的还款卡6214.8375.3915.4804.154本次扣款失败，请确认后重新发起。",
     [(BC, "6214.8375.3915.4804.154")], [U]),
    ("sms", "debtor", "核对结果：您在橙意借绑定的卡号6036010179588227已被冻结，请更换还款卡。",
     [(BC, "6036010179588227")], [U]),
    ("email", "unknown", "来电登记：客户易平要求回拨，回拨号码+86 199 6156 5740，请工作日白天联系。",
     [(P, "易平"), (MB, "199 6156 5740")], [U]),
    ("sms", "third_party", "您好，请转告您丈夫夏明亮尽快回电，他在我司的欠款已逾期。他本人手机0086 18633149721一直打不通。",
     [(P, "夏明亮"), (MB, "18633149721")], [D, U]),
    ("app", "debtor", "您的账户登录手机号：188-9953-9796，如已不再使用请尽快更换。",
     [(MB, "188-9953-9796")], [U]),
    ("notice", "debtor", "柯建华先生：\n根据您在原债权人处登记的证件信息（护照号码：E A 3 8 2 9 1 7 4），您名下信用卡欠款31,002.18元已转让"
     "我司，请于收函后十五日内联系我司协商还款。",
     [(P, "柯建华"), (PP, "E A 3 8 2 9 1 7 4")], [U]),
    ("sms", "debtor", "【滙融資產】程先生，閣下回鄉證M12857390所綁定之賬戶已逾期，請盡快處理。",
     [(PP, "M12857390")], [U]),
    ("call", "debtor", "坐席：您用的是老身份证号吧，411302691215746，系统里还没更新。\n客户：是，一直没换。",
     [(ID, "411302691215746")], [U]),
    ("sms", "debtor", "【汇融资产】分期协议已寄出，如需修改请致电0731-84561230转8023，工作日9:00-18:00。",
     [(LL, "0731-84561230")], []),
    ("sms", "debtor", "客户您好，您登记的代扣卡6228-4873-7360-3746-060将于今晚22点发起扣款。",
     [(BC, "6228-4873-7360-3746-060")], [U]),
    ("notice", "debtor", "还款提醒函\n尊敬的客户：您的分期已逾期两期，请于本月25日前补缴1,600.00元。本函已同步发送至您的手机"
     "１３７－９２７０－８０１５。",
     [(MB, "１３７－９２７０－８０１５")], [U]),
    ("email", "unknown", "客户信息变更申请\n申请人：蔡雨桐\n证件号码：\n410105198910029428\n变更事项：通讯地址\n经办：贷后一部",
     [(P, "蔡雨桐"), (ID, "410105198910029428")], [U]),
]

# --- decoys: numbers of the same shapes that fail the checks, masked forms, last digits -----------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【汇融资产】您的分期协议编号420115202406180318已生成，请于3日内登录小程序签署。",
     [], []),
    ("notice", "unknown", "资产包批次号：6228 0000 1187 4432；组合编号：PK-2024-0617-03；基准日：2024年3月31日。",
     [], []),
    ("sms", "debtor", "【汇融】还款流水号2024071512345678901，本次800.00元已入账，感谢您的配合。",
     [], []),
    ("app", "debtor", "转让协议编号：421122198906255287\n转让日期：2024-06-17\n受让方：汉江汇融资产管理有限公司",
     [], []),
    ("call", "debtor", "坐席：您的合同编号是幺二零零八六七三四五六七八幺二三四叉您记一下以后查询用\n客户：好的我记一下",
     [], []),
    ("sms", "debtor", "【汇融资产】您反映的问题已登记，工单号10659273381，我们将在2个工作日内回复。",
     [], []),
    ("email", "unknown", "批次号PC20240618下的组合编码5124 3100 0000 2210为内部编码，与任何银行卡号无关，导出时无需脱敏。",
     [], []),
    ("sms", "debtor", "您的证件号4201**********2097、卡号6222 **** **** 3265已完成核验，谢谢。",
     [], []),
    ("notice", "unknown", "公告编号：HRGG-2024-0007\n案号：（2024）鄂0191民初3318号\n执行案号：（2024）鄂0191执1562号",
     [], []),
    ("call", "debtor", "坐席：跟您核对一下，卡号最后四位幺六幺三，证件后四位九三三零，对吗？\n客户：对。",
     [], []),
    ("app", "debtor", "设备绑定提醒：您的账户已在新设备登录，设备号865432108975310，如非本人操作请立即修改密码。",
     [], []),
    ("sms", "debtor", "【汇融资产】结清证明已寄出，顺丰单号SF1402897734566，预计2日内送达。",
     [], []),
    ("email", "unknown", "对账：转让批次6217082400003318与回款流水20240716000318核对一致，差额0.00元。",
     [], []),
]

# --- sensitive personal information, and lawful near-misses beside it --------------------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "黄先生，您在汉江市精神卫生中心的复诊记录我们看到了，这不影响您还钱吧？",
     [], [S]),
    ("app", "debtor", "您每月领取的残疾人两项补贴260元已到账，建议优先用于偿还欠款。",
     [], [S]),
    ("call", "debtor", "客户：我是残疾人，二级肢残，没办法上班。\n坐席：好的，我这边帮您登记，您可以申请减免罚息，只还本金，分36期，"
     "每期压力会小很多。\n客户：那行，你发给我看看。",
     [], []),
    ("sms", "debtor", "彭女士，昨晚11点你还在光谷步行街那家KTV，唱歌有钱，还款就没钱？",
     [], [S]),
    ("app", "debtor", "您孩子的幼儿园就在您家小区对面，每天下午4点半放学，家长群里都有您的名字。",
     [], [S]),
    ("email", "debtor", "付女士：\n根据您的征信报告，您目前另有5家机构的贷款余额合计11.2万元，每月还款约6,300元，建议您优先归还我司。\n"
     "汇融资产 贷后一部",
     [], [S]),
    ("sms", "debtor", "你微信零钱里还有3千多，余额宝1万2，别跟我哭穷。",
     [], [S]),
    ("call", "debtor", "坐席：梅女士，你去年在妇幼做了两次人流，花钱的时候怎么不说没钱？\n客户：你们怎么知道的？",
     [], [S]),
    ("sms", "debtor", "胡女士，你现在怀孕五个月，每周四上午去妇幼产检，我们同事那天会在门诊楼门口等你。",
     [], [S]),
    ("app", "debtor", "系统备注：您曾有强制隔离戒毒记录。如继续拖欠，相关情况将作为不良信息纳入评估。",
     [], [S]),
    ("sms", "debtor", "你之前因为盗窃判过刑，我们都查得到，别以为换个城市就没人知道。",
     [], [S]),
    ("notice", "debtor", "还款计划确认书\n鉴于您已提交的医疗诊断证明，我司同意将剩余欠款分36期偿还，并免除全部罚息。如您同意，请在"
     "签字处签名后寄回。",
     [], []),
    ("sms", "debtor", "老熊，你每天早上6点下夜班从冷库出来，走江夏大道回家，对吧？",
     [], [S]),
    ("app", "debtor", "根据定位信息，您近30天有22天夜间位于洪山区珞喻路1037号附近，请说明为何逃避还款。",
     [(A, "洪山区珞喻路1037号")], [S]),
    ("sms", "debtor", "田阿姨，您信佛的人更应该讲因果，欠的钱总是要还的。",
     [], [S]),
    ("sms", "debtor", "你妈那个尿毒症每周都要透析吧，家里开销大我们理解，但钱总得还。",
     [], [S]),
    ("email", "debtor", "您好，您要求删除我司持有的您家属联系方式，经核查已全部删除，今后仅通过您本人手机联系您。\n汇融资产客户关系部",
     [], []),
    ("sms", "debtor", "程先生，你上周三从拱北口岸去了澳门，回来记得先处理欠款。",
     [], [S]),
    ("call", "debtor", "坐席：喻女士，我们了解到您在协和医院做完化疗了，身体好点了没？好点了就把欠款的事情安排一下。\n客户：我还在"
     "恢复期。",
     [], [S]),
    ("app", "debtor", "【汇融还款】您本月社保缴费基数为6,800元，单位为武汉华信科技有限公司，说明您有稳定收入，请按时还款。",
     [], [S]),
    ("sms", "debtor", "你儿子下学期要上初中了吧，钢城四中离你家也就两站路，孩子在哪读书我们都清楚。",
     [], [S]),
    ("call", "debtor", "坐席：易先生，你在吃的那个舍曲林，一盒一百多，药钱有，还款没有？\n客户：你们怎么会知道我吃什么药",
     [], [S]),
]

# --- personal data beyond what the message needs ---------------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "柯建华，你爸柯德胜、你妈邓翠兰住黄陂区前川街道板桥村五组12号，你要不要我们去坐坐？",
     [(P, "柯建华"), (P, "柯德胜"), (P, "邓翠兰"), (A, "黄陂区前川街道板桥村五组12号")], [X]),
    ("app", "debtor", "【汇融还款】夏明亮（住武汉市洪山区珞狮南路519号明泽丽湖小区3栋1806室，就职于武汉长江汽配有限公司），您本期"
     "应还2,000元。",
     [(P, "夏明亮"), (A, "武汉市洪山区珞狮南路519号明泽丽湖小区3栋1806室")], [X]),
    ("email", "debtor", "熊先生：\n附：您的家庭成员信息核对表——配偶：万雪莲，159****3792；女儿：熊诗涵；父亲：熊德高，137****3381。"
     "如有变化请告知。",
     [(P, "万雪莲"), (P, "熊诗涵"), (P, "熊德高")], [X]),
    ("notice", "debtor", "催收函\n债务人：邓桂芳\n紧急联系人：刘建国（丈夫，13835864138）、刘思雨（女儿）\n您的欠款已逾期186天，"
     "请于收函后七日内联系我司。",
     [(P, "邓桂芳"), (P, "刘建国"), (MB, "13835864138"), (P, "刘思雨")], [U, X]),
    ("sms", "debtor", "严俊峰，你在鑫达物流的主管黄志军、同事徐涛的电话我们都有。",
     [(P, "严俊峰"), (P, "黄志军"), (P, "徐涛")], [X]),
    ("app", "debtor", "您的借款资料显示：已婚，配偶聂小芸，子女一人卢子轩，现住宜昌市伍家岗区沿江大道168号。请核实以上信息。",
     [(P, "聂小芸"), (P, "卢子轩"), (A, "宜昌市伍家岗区沿江大道168号")], [X]),
    ("sms", "debtor", "你家里人的号码：爸13974759470、妈17315881507、弟19120104746，你自己看着办。",
     [(MB, "13974759470"), (MB, "17315881507"), (MB, "19120104746")], [U, X]),
    ("email", "unknown", "外包机构日报：案件HR-2024-C-0072，债务人马俊，今日已联系其妻梅丽、岳父梅长青、同事徐涛共3人，均表示会转告。",
     [(P, "马俊"), (P, "梅丽"), (P, "梅长青"), (P, "徐涛")], [X]),
    ("sms", "debtor", "【汇融资产】寄往您本人地址武汉市汉阳区龙阳大道168号龙阳时代A座2207的函件已发出，单号SF1402897734577。",
     [(A, "武汉市汉阳区龙阳大道168号龙阳时代A座2207")], []),
    ("notice", "debtor", "催款通知书\n舒畅：你在汇楚消费金融的欠款8,420元已逾期428天。你父亲舒国强、母亲万凤兰现住仙桃市郑场镇游潭村"
     "三组18号，本通知已同时寄达该地址。",
     [(P, "舒畅"), (P, "舒国强"), (P, "万凤兰"), (A, "仙桃市郑场镇游潭村三组18号")], [X]),
    ("app", "debtor", "您的前同事王静怡（华信科技财务部）说您3月已经离职，请问您现在在哪里工作？",
     [(P, "王静怡")], [X]),
    ("sms", "debtor", "易平，你老婆在同济医院当护士，叫甘雨薇对吧？要不要我们去医院找她聊聊？",
     [(P, "易平"), (P, "甘雨薇")], [X]),
    ("call", "debtor", "坐席：尹先生，你女朋友叫林可欣吧，在王家湾那个奶茶店上班，你这个钱她知道吗？\n客户：别扯她。",
     [(P, "林可欣")], [X]),
    ("email", "unknown", "委外分配表（节选）：案件0072 马俊｜妻 梅丽 186****7702｜父 马长林 150****3731；案件0073 袁芳｜夫 邓志明｜"
     "婆婆 邓桂英",
     [(P, "马俊"), (P, "梅丽"), (P, "马长林"), (P, "袁芳"), (P, "邓志明"), (P, "邓桂英")], [X]),
    ("sms", "debtor", "袁女士，按您的要求，今后我们只与您本人联系，您丈夫的号码已从系统中删除。",
     [], []),
    ("app", "debtor", "温馨提示：朱德旺先生，您的妻子梅凤英（黄石市下陆区团城山街道办）、儿子朱浩然（武汉理工大学）均为您的关联人，"
     "请尽快还款以免影响家人。",
     [(P, "朱德旺"), (P, "梅凤英"), (P, "朱浩然")], [X]),
    ("notice", "debtor", "上门催收告知书\n被访人：龚立新\n家庭住址：武汉市江汉区新华路218号3栋502\n同住人员：妻子陈曼、岳母陈桂香、"
     "儿子龚梓睿、女儿龚梓萱\n我司将于本周五上门。",
     [(P, "龚立新"), (A, "武汉市江汉区新华路218号3栋502"), (P, "陈曼"), (P, "陈桂香"), (P, "龚梓睿"), (P, "龚梓萱")], [X]),
]

# --- the debt told to others in few words or by implication -------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("app", "third_party", "你好，帮忙问一下马俊，汇融的事他打算怎么办？",
     [(P, "马俊")], [D]),
    ("sms", "third_party", "叔叔，俊峰那笔钱的事您心里有数就行，让他回个话。",
     [(P, "俊峰")], [D]),
    ("sms", "third_party", "叔叔您好，麻烦让俊峰回个电话，谢谢。",
     [(P, "俊峰")], []),
    ("app", "third_party", "房东，你们楼302那个姓蔡的姑娘，欠我们钱的那个，最近回来住没有？",
     [], [D]),
    ("sms", "third_party", "姐，你妹雪梅的事我们也不想闹大，你懂的，她欠的那个数也不大。",
     [(P, "雪梅")], [D]),
    ("call", "third_party", "坐席：您是他哥哥是吧，就跟他说鹏远信用卡那个事，转到我们这边了，他知道的。\n第三方：什么信用卡？",
     [], [D]),
    ("app", "third_party", "嫂子，老覃那个账你看着办，拖下去对你们家也不好。",
     [], [D]),
    ("sms", "third_party", "王老板，你们店的小蔡在我们这有点事没处理干净，你让她联系汇融。",
     [], [D]),
    ("app", "third_party", "各位乡亲，我们是汇融资产的，板桥村五组的柯建华在外面欠钱躲着不见人，谁有他消息麻烦说一声。",
     [(P, "柯建华")], [D]),
    ("sms", "third_party", "聂太太，聂先生给卢志远担保的那笔钱该还了，您也劝劝。",
     [(P, "卢志远")], [D]),
    ("sms", "third_party", "你好，我是鹏远银行委托的，熊志刚的卡一直没处理，你是他亲戚就帮忙说说。",
     [(P, "熊志刚")], [D]),
    ("app", "third_party", "何静你好，舒畅那边的账到现在都没结，你要是还有他联系方式麻烦给一下。",
     [(P, "何静"), (P, "舒畅")], [D]),
    ("sms", "third_party", "朱浩然同学，你爸朱德旺在我们这欠的钱到现在都没还，你跟他说说。",
     [(P, "朱浩然"), (P, "朱德旺")], [D]),
    ("app", "third_party", "阿姨，晓琳这个月的款还没到，她是不是又去医院做化疗了？",
     [(P, "晓琳")], [D, S]),
    ("sms", "third_party", "刘先生，你老婆邓桂芳那事，今天最后一天了。",
     [(P, "邓桂芳")], [D]),
    ("app", "third_party", "罗生，程生嗰笔数仲未搞掂，佢返嚟你话俾佢知。",
     [], [D]),
    ("sms", "third_party", "请转告蔡雨桐：汇楚那边转过来的账，本周内必须处理。",
     [(P, "蔡雨桐")], [D]),
]

# --- messages as debtors forwarded or pasted them, carrying what they contain ------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("email", "unknown", "投诉附件（客户转发的短信原文）：“【汇融】朱德旺，你的卡6258077526165441056已逾期，明天上门。”",
     [(P, "朱德旺"), (BC, "6258077526165441056")], [U]),
    ("app", "unknown", "客户在线留言：你们这条短信发到我手机上，自己看看像话吗——“易平，你在同济精神科拿的药我们都知道，别装病。”",
     [(P, "易平")], [S]),
    ("app", "unknown", "客户转发：“你老婆甘雨薇、你儿子易子航的学校我们都查到了，武昌区中华路小学三年级。”",
     [(P, "甘雨薇"), (P, "易子航")], [S, X]),
    ("email", "unknown", "监管转来的投诉材料附有催收短信截图文字：“熊志刚身份证420115197802182097，欠款不还，请知情者告知。”",
     [(P, "熊志刚"), (ID, "420115197802182097")], [U]),
    ("app", "unknown", "客户在线留言：你们APP首页怎么把我身份证全显示出来了？原文：“尊敬的客户，您的身份证号420621198008115259已完成"
     "实名认证。”",
     [(ID, "420621198008115259")], [U]),
]

# --- more calls: dialects, guarantors' families, employers, property offices, spoken numbers -----------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：大爷，恁儿严俊峰在俺这儿欠的钱中不中让他还了？一万五哩。\n第三方：啥？他咋又借钱了",
     [(P, "严俊峰")], [D]),
    ("call", "debtor", "坐席：你姐舒婷的手机幺八零三二八二四五零七，要不要我现在打过去？\n客户：你别打",
     [(P, "舒婷"), (MB, "幺八零三二八二四五零七")], [U, X]),
    ("call", "third_party", "坐席：你们同事柯建华，欠了钱还在吃抗焦虑的药，你们平时多留意一下他，让他联系汇融。\n第三方：这跟我有什么关系",
     [(P, "柯建华")], [D, S]),
    ("call", "debtor", "坐席：鲍女士，您工资卡6222 0205 2924 8903 609这个月十号进了七千二，怎么还说没钱？\n客户：那是要交房租的",
     [(BC, "6222 0205 2924 8903 609")], [S, U]),
    ("call", "third_party", "坐席：老板，你那个新租客尹浩嘛，他在我们这借的钱一直拖起的，你收房租的时候帮我们问一哈。\n第三方：我只管"
     "收房租哈",
     [(P, "尹浩")], [D]),
    ("call", "debtor", "坐席：彭女士，你父母住黄陂前川，你爸叫彭德明，你妈叫吴秀兰，你不还钱我们只能找他们了。\n客户：你敢",
     [(P, "彭德明"), (P, "吴秀兰")], [X]),
    ("call", "third_party", "坐席：您是熊诗涵的班主任吧？她爸爸熊志刚欠我们钱联系不上，麻烦您转告一下孩子家长。\n第三方：这种事别找学校",
     [(P, "熊诗涵"), (P, "熊志刚")], [D]),
    ("call", "third_party", "坐席：您好，我找一下梅丽，她老公马俊用身份证421002197608148876在我们这贷的款逾期了，麻烦转告。\n第三方：我就是"
     "梅丽",
     [(P, "梅丽"), (P, "马俊"), (ID, "421002197608148876"), (P, "梅丽")], [D, U]),
    ("call", "debtor", "坐席：胡女士，你上周六晚上在孝感那个连锁酒店住了一晚，你老公知道吗？\n客户：你们调查我？",
     [], [S]),
    ("call", "third_party", "坐席：喂，是夏明霞吗？你哥夏明亮欠我们四万六，你是他妹妹，这个钱你们家里得有人管。\n第三方：他欠的关我什么事",
     [(P, "夏明霞"), (P, "夏明亮")], [D]),
    ("call", "debtor", "坐席：老朱，你儿子朱浩然在武汉理工读大二，一年学费生活费两三万你出得起，欠款就还不起？\n客户：那是孩子读书的钱",
     [(P, "朱浩然")], [X]),
    ("call", "debtor", "机器人：您的还款账户为，六二二八 四八九七 五零三一 三五一四 六二三，请确保今晚八点前余额充足。",
     [(BC, "六二二八 四八九七 五零三一 三五一四 六二三")], [U]),
    ("call", "third_party", "坐席：村主任您好，你们村五组的柯建华在我们公司欠了三万多，人找不到，麻烦您帮忙通知他家里。\n第三方：我帮你问问",
     [(P, "柯建华")], [D]),
    ("call", "debtor", "坐席：龚先生，你们单位每月8号发工资，到手六千三，我们算过了，每月还一千五没问题。\n客户：你们怎么知道我工资",
     [], [S]),
    ("call", "third_party", "坐席：物业你好，3栋1806的夏明亮是不是还住那？他欠款的事我们要上门，你们配合一下。\n第三方：业主信息我们"
     "不能透露",
     [(P, "夏明亮")], [D]),
    ("call", "debtor", "坐席：万女士，您婆婆的电话幺五五六四四七六二三七我们也有，您看是您自己处理还是我们跟老人家说？\n客户：别找她",
     [(MB, "幺五五六四四七六二三七")], [U, X]),
    ("call", "third_party", "坐席：你们员工郑国栋病了在透析我们知道，但他欠的钱单位是不是可以先从工资里扣？\n第三方：我们不能这么做",
     [(P, "郑国栋")], [D, S]),
    ("call", "debtor", "坐席：夏明亮，你姑娘在育才小学读四年级吧，放学四点半，我们都晓得的撒。\n客户：你们莫乱来",
     [(P, "夏明亮")], [S]),
    ("call", "third_party", "坐席：你好你是尹浩朋友吧他那个身份证号四三零幺零四二零零幺零幺二二四九五叉是在我们这借的款现在逾期了你帮忙"
     "联系下他\n第三方：我跟他不熟",
     [(P, "尹浩"), (ID, "四三零幺零四二零零幺零幺二二四九五叉")], [D, U]),
    ("call", "debtor", "坐席：严先生，我们这边数据显示你还在另外四个平台有借款，加起来六万八，你先把我们的还了。\n客户：你们连这都知道",
     [], [S]),
]

# --- more texts: the shortest and the longest, licence plates -----------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "third_party", "让他快点还钱",
     [], [D]),
    ("sms", "third_party", "麻烦让他回电。",
     [], []),
    ("sms", "debtor", "还款卡：6225886411879802978",
     [(BC, "6225886411879802978")], [U]),
    ("sms", "debtor", "你那台鄂A·7M2K9每天晚上都停在光谷一路那个小区B2层，车我们天天看得到。",
     [(PL, "鄂A·7M2K9")], [S]),
    ("notice", "unknown", "外访记录：债务人车辆鄂AD37265（新能源）本周一至周五早8点停在武汉华信科技有限公司门口，晚7点驶离，车辆登记在"
     "其妻名下。",
     [(PL, "鄂AD37265")], [S]),
    ("notice", "unknown", "执行和解补充协议：被执行人严俊峰自愿以其名下车辆（号牌豫R·3H57Q）折价48,000元抵偿部分欠款，余款按原协议"
     "分期履行。本协议提交法院执行局备案。",
     [(P, "严俊峰"), (PL, "豫R·3H57Q")], []),
    ("notice", "debtor", "律师函\n（2024）明鉴律函字第0716号\n致：夏明亮先生（身份证号后四位463X）\n湖北明鉴律师事务所接受汉江汇融资产管理"
     "有限公司的委托，就您所欠信用卡透支款项一事，郑重函告如下：\n一、鹏远银行股份有限公司信用卡中心已于2024年6月17日将其对您享有的"
     "债权依法转让给我方委托人，并已依法通知您。\n二、截至2024年7月10日，您尚欠透支本金39,880.00元，利息及违约金以原合同约定为准。"
     "\n三、请您于收到本函之日起十五日内与委托人联系，协商还款事宜。如您对欠款金额有异议，可在上述期限内书面提出并附相关证据，委托人"
     "将予以核实。\n四、如逾期既不还款也不提出异议，委托人将依法向有管辖权的人民法院提起民事诉讼，由此产生的诉讼费用将依法由败诉方"
     "承担。\n本函仅送达您本人，未抄送任何第三方。\n承办律师：鲁文博\n联系电话：027-87214560\n湖北明鉴律师事务所（盖章）\n"
     "2024年7月12日",
     [(P, "夏明亮"), (P, "鲁文博"), (LL, "027-87214560")], []),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AR-ASSIGNMENT-NOTICES": ASSIGNMENT_NOTICES,
    "AR-SKIP-TRACING": SKIP_TRACING,
    "AR-LENDER-FILES": LENDER_FILES,
    "AR-DEBTOR-TEXTS": DEBTOR_TEXTS,
    "AR-AGENT-CALLS": AGENT_CALLS,
    "AR-ASR-CALLS": ASR_CALLS,
    "AR-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AR-MEDIATION": MEDIATION,
    "AR-CONTACTS": CONTACTS,
    "AR-QA-AND-TICKETS": QA_AND_TICKETS,
    "AR-LAW-FIRM-EMAILS": LAW_FIRM_EMAILS,
    "AR-COURT-FILINGS": COURT_FILINGS,
    "AR-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AR-DECOYS": DECOYS,
    "AR-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AR-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AR-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AR-FORWARDED": FORWARDED,
    "AR-MORE-CALLS": MORE_CALLS,
    "AR-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
