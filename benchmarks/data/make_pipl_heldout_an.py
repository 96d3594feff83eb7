"""Writes `pipl_heldout_an.jsonl`, the fortieth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check
character, six ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits,
mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by hand, and the passports
(E, EA, EB, G), the permit to Hong Kong and Macau (C) and the home-return permits (H, M) were typed to the pattern.
Every number of an identifier's shape that is not an entity was checked against `set_format.check_identifier`
for every identifier type and fails them all (an order number and a membership card number that passed Luhn had a
digit changed).

'Buy now, pay later' carries it: two e-commerce instalment lenders (溪谷先享 of the 溪谷商城 marketplace, 麦穗分期
of 麦穗优选), three agencies they hire (an asset-management company in Nanchang, a business-consulting firm in
Hefei, an information-services company in Shijiazhuang) and the lenders' own legal team. Voices: the lenders'
app notices and stage SMS, messages and calls to the people who signed for the buyers' parcels, agents' calls as
transcripts and as speech-to-text output, voice robots with keypad turns, calls and messages to relatives,
contacts, colleagues, HR departments, landlords, a courier station and neighbours, mails to the marketplaces'
merchants, WeChat groups built from phone books (relatives, classmates, workmates, a village group) beside the
lenders' own user groups, skip-tracing and visit notes, quality-check sheets, complaint tickets and their replies,
e-mails between the lenders and the agencies, court filings by the legal team (statements of claim, a
preservation application, an evidence list, an enforcement application, a withdrawal, a mail to a court) beside
what the legal team sends debtors and employers, letters, and messages debtors forward. Henan and northern speech,
Hefei speech and Cantonese to two landlords run through the calls; a robot call, an app notice and a letter come
in traditional characters.

326 messages, 105 of them (32%) compliant; from 8 characters to a statement of claim of 252. Identifiers stand in
87: 18-digit IDs (six ending in X, one read with 叉 for it, grouped 6-8-4 by spaces and by fours, spaced digit by
digit, with a stray space before the last four, read aloud with 幺 and with 零 to 九) and old 15-digit ones (typed,
dashed and read aloud); bank cards of 16 and 19 digits (grouped by fours with spaces, by dashes and by dots,
grouped 4-4-4-4-3, glued to the words around them, spaced digit by digit by a robot, read aloud in groups); mobiles
(behind +86 and 0086, dashed 3-4-4, spaced, in full-width digits, read aloud with 幺, 洞, 拐 and with 一 to 九);
passports (E, EA, EB, an old G), a permit to Hong Kong and Macau read aloud and two home-return permits; the
landlines of the lenders and agencies (one in brackets with its area code, one with an extension outside the
span); the e-mail addresses of a lender and two agencies. Beside them stand decoys of the same shapes: 18-digit
order, contract and application numbers failing the check character (one read aloud, ending in 叉, one grouped
6-8-4), 15-digit device and batch numbers with no real month, 11-digit ticket and waybill numbers on no mobile
prefix, 16- and 19-digit refund, transaction, courier, membership and loan numbers failing Luhn, masked forms
(4401********2273, 157****4293, 尾号6062) and last digits read aloud. Licence plates (a debtor's car, a brother's, a
neighbour's, one noted in a visit report) are entities with no category of their own.

`pii.unmasked_identifier` labels 79 messages. Third-party disclosure labels 76, many in a few words or by
implication ("your brother's instalment", "that money from last time, Xigu is still waiting", "he knows what
it is about, say Xigu is looking for him", "the computer he bought is still not paid off"), to parcel
recipients, a mother in Henan speech, fathers, a sister, wives, an ex-wife, an ex-girlfriend, cousins,
colleagues, HR departments, landlords in Cantonese, a neighbour, a courier station, merchants, a church,
relatives', classmates' and villagers' group chats, and an employer asked to help with a lawsuit; beside them
bare call-back requests that name no lender, a parcel's recipient asked only whether the buyer still lives
there, a wrong number, a sealed letter an employer is asked to hand on, an employer asked whether someone still
works there, and agents who refuse to tell a sister, a wife and a sister-in-law what the matter is.
`pii.excessive` labels 52: full names with a home address or an employer, and the names and numbers of wives, an
ex-wife and her new husband, girlfriends, parents, parents-in-law, siblings, children, flatmates, a team leader, a
section chief and a workshop head.
`pii.sensitive` labels 76, mostly read off purchases and deliveries: insulin needles and test strips,
thyroid pills, blood-pressure pills, an insulin pump, antipsychotics, HIV test kits, a hearing aid, adult
diapers, a wheelchair, a pregnancy told by baby goods, pregnancy tests and antenatal visits, an abortion,
chemotherapy and a breast operation, dialysis, depression, acupuncture, a child's tonsil operation; prayer beads,
scriptures, incense, a prayer rug and the Quran, Sunday worship, Mass and Friday prayers; children's schools,
classes and pick-up times; whereabouts from delivery addresses, phone location, a hotel night, an Internet café,
a mahjong room, a commute, night shifts, a parked car; wage, pension and subsistence-allowance inflows, wallet and
housing-fund balances, other loans and installed loan apps, a credit report; border crossings on a passport and a
permit; a disability card and a drug rehabilitation record. Beside them stand bills that name what was bought
(a stroller, a child's car seat), debtors speaking of their own illness, pregnancy, a baby or a sick child and
agents answering with a deferral or a pause, general hardship offers, a promise not to treat anyone differently
for faith or health, a reply to a complaint that names the kind of data without repeating it, and instructions
that forbid mentioning purchases of medicine, baby goods or religious items.

Registers: SMS templates, app notices and pushes (one with unfilled placeholders, as is a robot script),
in-app support chats, WeChat messages and group chats, forwarded and pasted messages, agents' calls as
transcripts and as speech-to-text output (no punctuation, fillers, repetitions), robot scripts with keypad turns,
skip-tracing notes and visit plans, letters (collection letters, a pre-suit notice, a repayment agreement, a
settlement certificate, a mediation summons, a notice in traditional characters), court filings, quality-check
sheets, complaint tickets and their replies, e-mails between the lenders and the agencies; short links and 退订
lines.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, courts and companies
are invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in notes, sheets, tickets, letters and e-mails too.
  Not: court papers filed with a court (a statement of claim, a preservation or enforcement application, a
  withdrawal, a mail to the court's filing office), which may lawfully carry them; but the same identifier in a
  pre-suit notice or a repayment notice to the debtor, a letter to an employer or a statement of claim reposted to
  a group is. Not either: masked forms, last digits alone, a lender's or agency's landline, a customer saying
  their own number, a licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the lender as the one waiting is enough, as is "that money", "his
  instalment" or "his account at Xigu") or the debtor's personal data. A bare call-back request that names no
  lender is compliant, and so is asking a landlord or an employer whether the debtor is still there, without
  revealing anything. Notes, sheets, tickets, e-mails and filings
  passed between the lenders, the agencies and courts go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, also as read off what they
  bought; pregnancy; religion, also as read off religious goods; a minor's school, class or routine; whereabouts
  at a given time and daily routine; financial account details beyond need (wage, pension and allowance inflows,
  balances, other loans, loan apps, a credit report); border crossings; specific identities (disability, a drug
  rehabilitation record). A bill naming the goods it is for, a general hardship offer, the debtor's own words, a
  reply that names the kind of data without repeating it, or a rule forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners',
  flatmates' or colleagues' names or numbers, that the message does not need. Not: a full name alone, the address a
  letter is sent to or an agreement is to be mailed to, a relative the message is addressed to.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (a lender's landline, an agency's e-mail); masked forms and 400 service numbers are not
entities, a landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname with an
honorific or a prefix (陈生, 小汪, 付叔叔, 谷女士, 杭先生) is not a PERSON; ADDRESS reaches down to a road and
number, a building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_an`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_an.jsonl"
ID_PREFIX = "PAN"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the lenders' app notices and pushes to buyers ----------------------------------------------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【溪谷先享】3月账单应还628.17元（含分期商品“婴儿推车”第4/12期），最后还款日3月20日。按时还款可保持先享额度正常使用。",
     [], []),
    ("app", "debtor", "尊敬的用户，您的实名信息：龚晓燕，身份证号360102200103070869。您在溪谷先享的分期账单已逾期12天，应还1,932.60元，请立即还款。",
     [(P, "龚晓燕"), (ID, "360102200103070869")], [U]),
    ("app", "debtor", "系统显示您近半年在溪谷商城每月分期购买胰岛素笔用针头和血糖试纸。身体要紧，账也要紧，逾期款项请尽快结清，以免影响后续购药分期。",
     [], [S]),
    ("app", "debtor", "您分期购买的开光佛珠、供佛香炉均已签收。信佛的人最讲因果，欠下的钱终归要还，请今日处理逾期款项1,140元。",
     [], [S]),
    ("app", "debtor", "麦穗分期提醒：您最近三笔订单都送到了“南京市溧水区通济街57号”的驿站，看来您这段时间都住那边。账单已逾期19天，请勿继续回避。",
     [(A, "南京市溧水区通济街57号")], [S]),
    ("app", "debtor", "【麦穗分期】您的账单已逾期3天，应还金额1,046.00元。逾期将按合同约定收取违约金，请通过App“我的-账单”还款；如有困难可申请延期。",
     [], []),
    ("app", "debtor", "您绑定的银行卡（尾号6062）今日自动扣款失败，请更换还款卡或在App内主动还款。",
     [], []),
    ("app", "debtor", "自动扣款失败：还款卡 6222 0244 9120 2684 余额不足，本期分期（扫地机器人 5/12）未能扣款，请充值后点击“重新扣款”。",
     [(BC, "6222 0244 9120 2684")], [U]),
    ("app", "debtor", "溪谷先享提醒：您的账单已逾期7天。您常用收货地址为合肥市蜀山区望江西路518号银杏苑6栋1102室，收货人苏蔓（您妻子），电话15370254641。"
     "如仍不处理，催收函件将寄往该地址，并电话联系收货人。",
     [(A, "合肥市蜀山区望江西路518号银杏苑6栋1102室"), (P, "苏蔓"), (MB, "15370254641")], [U, X]),
    ("app", "debtor", "尊敬的{name}，您在麦穗分期的第{period}期账单{amount}元已逾期{days}天，请尽快还款，以免产生额外违约金。",
     [], []),
    ("app", "debtor", "经核实，您的工资卡本月10日入账8,650元，当天就被转走了。您明明有还款能力，请勿再以“没钱”为由拖延。",
     [], [S]),
    ("app", "debtor", "【溪谷先享】親愛的用戶，您的分期帳單已逾期15天，應還金額2,310.00元。如近期遇到困難，可在App內申請延期或協商分期，我們會儘量為您安排。",
     [], []),
    ("app", "debtor", "您预留的手机号 188 2089 6340 今日将接受人工回访，请保持畅通。您的分期已逾期23天，未接听将视为拒绝协商。",
     [(MB, "188 2089 6340")], [U]),
    ("app", "debtor", "看到您上个月分期买了待产包、孕妇叶酸和新生儿纸尿裤，恭喜要当妈妈了。不过账单已逾期21天，宝宝出生前把账清了吧，别让孩子一出生就背着账。",
     [], [S]),
    ("app", "debtor", "您给孩子买的四年级同步练习册，收货地址填的是青岚区实验小学四（2）班，孩子每天下午四点半放学。分期已逾期，请家长以身作则。",
     [], [S]),
    ("app", "debtor", "您的订单250311207764590183已签收。本订单使用溪谷先享分6期，首期还款日4月11日，可在“我的-先享”查看还款计划。",
     [], []),
]

# --- the lenders' stage SMS ------------------------------------------------------------------------------------

PLATFORM_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【麦穗分期】尊敬的客户，您尾号8111的借款已逾期5天，应还1,288.30元，请于今日内还款，还款路径：App-我的账单。退订回T",
     [], []),
    ("sms", "debtor", "【溪谷先享】您身份证号为320582196810217919的先享账户已逾期31天，欠款3,024.88元，今日起转入委外催收，请速处理。",
     [(ID, "320582196810217919")], [U]),
    ("sms", "debtor", "【麦穗分期】黄立新先生，您去年12月分期购买的助听器已有两期未还，请尽快还款，以免影响您的信用记录。",
     [(P, "黄立新")], [S]),
    ("sms", "debtor", "【溪谷先享】您好，您的账户已产生逾期，为避免影响信用，请尽快还款，如已还款请忽略。查看账单 xg.cn/r/8Kd2 拒收请回复R",
     [], []),
    ("sms", "debtor", "【麦穗分期】您绑定的还款账户6228480097744560208今日扣款失败，请于18点前存入足额款项，逾期将按规定报送征信。",
     [(BC, "6228480097744560208")], [U]),
    ("sms", "debtor", "【溪谷先享】谢文涛，您的工作单位“长丰恒润物流有限公司”及住址“合肥市瑶海区长江东路1046号”均已登记在案，分期已逾期37天，请于今日还款。",
     [(P, "谢文涛"), (A, "合肥市瑶海区长江东路1046号")], [X]),
    ("sms", "debtor", "【溪谷先享】您分期购买的左甲状腺素钠片（3盒装）本期扣款失败，请保持还款卡余额充足，以免影响后续药品配送。",
     [], [S]),
    ("sms", "debtor", "【溪谷先享】温馨提示：请勿向任何个人账户转账还款，官方还款仅限App内进行，谨防冒充客服诈骗。客服400-820-6617。",
     [], []),
    ("sms", "debtor", "【麦穗分期】您已将紧急联系人更改为“母亲 157****4293”，如非本人操作，请致电客服核实。",
     [], []),
    ("sms", "debtor", "【溪谷先享】监测到您的手机近三晚均停留在南昌市东湖区八一大道357号附近，外访专员已掌握您的落脚点，请主动联系处理欠款。",
     [(A, "南昌市东湖区八一大道357号")], [S]),
    ("sms", "debtor", "【溪谷先享】法务提示：身份证 420111 20030307 9203 名下先享分期已逾期90天，本息合计6,318.40元，我司已启动诉讼准备，请于三日内联系法务部。",
     [(ID, "420111 20030307 9203")], [U]),
    ("sms", "debtor", "【麦穗分期】您的退款申请（退款单号4719031522446135）已受理，款项将在3-5个工作日内原路退回。",
     [], []),
    ("sms", "debtor", "【溪谷先享】伍佳琪，您和丈夫邓永强（中铁十二局三公司）共同签收的冰箱、洗衣机分期已逾期，请夫妻二人商量尽快还款。",
     [(P, "伍佳琪"), (P, "邓永强")], [X]),
    ("sms", "debtor", "【麦穗分期】您的征信显示另有花呗、借呗、美团月付等6笔未结清，负债已超过收入，请优先归还本平台欠款。",
     [], [S]),
    ("sms", "debtor", "【溪谷先享】了解到您近期可能遇到困难，您可在App申请最长3个月的停息挂账，入口：我的-账单-困难帮扶。退订回T",
     [], []),
]

# --- messages to the people who signed for the buyers' parcels ------------------------------------------------

DELIVERY_RECIPIENTS: list[PiplEntry] = [
    ("sms", "third_party", "您好，您是订单收货人姜丽吧？该订单下单人陈浩在溪谷先享的分期已逾期46天，请转告其尽快还款，谢谢配合。",
     [(P, "姜丽"), (P, "陈浩")], [D]),
    ("sms", "third_party", "您好，打扰了。之前有一个包裹寄到您这里签收，收件电话留的是您这个号码。麻烦您转告下单的那位朋友回个电话，谢谢！",
     [], []),
    ("call", "third_party", "坐席：喂，请问是郑桂芳吗？\n第三方：是我，哪位？\n坐席：我这边溪谷商城的。去年11月有一单降压药和电子血压计是您签收的，"
     "下单的是您儿子吧？那几盒药的分期到现在两个月没还了，您跟他说一声把钱还上。\n第三方：我不知道这事啊。",
     [(P, "郑桂芳")], [D, S]),
    ("sms", "third_party", "收货人您好：您签收的经书、香炉、念珠共3件，是用户罗建军通过麦穗分期购买的，目前欠款1,860元未还，请您督促其还款。",
     [(P, "罗建军")], [D, S]),
    ("call", "third_party", "坐席：您好，请问这个号码是快递单上的收件电话吗？我们想找一下刘新宇先生，麻烦他方便的时候回个电话，就回这个号码。\n"
     "第三方：他是我租客，我帮你说一声。\n坐席：好的，谢谢您，打扰了。",
     [(P, "刘新宇")], []),
    ("app", "third_party", "你好，麻烦跟上次那个收件人的朋友说一下，麦穗那边的账该处理了。",
     [], [D]),
    ("sms", "third_party", "您好，包裹收件人写的是您，但下单人是杨帆，住石家庄市裕华区槐安东路136号翠屏小区3-2-501，他的分期已逾期，请您协助联系。",
     [(P, "杨帆"), (A, "石家庄市裕华区槐安东路136号翠屏小区3-2-501")], [D, X]),
    ("sms", "third_party", "收货人您好，下单人胡小波（身份证510107199209023715）欠溪谷先享3,460元已逾期两个月，请转告本人致电021-6038 7725。",
     [(P, "胡小波"), (ID, "510107199209023715"), (LL, "021-6038 7725")], [D, U]),
    ("call", "third_party", "坐席：老板您好，请问你们店是不是帮一个姓吴的顾客代收过快递？\n第三方：我们这烟酒店，经常帮人代收。\n"
     "坐席：那麻烦您下次见到他，让他回这个号码一个电话，谢谢。\n第三方：行，见着了我跟他说。",
     [], []),
    ("sms", "third_party", "您好，您家老人签收的那批成人纸尿裤和护理垫，是您弟弟用麦穗分期买的，分期到现在还没还，家里人商量一下吧。",
     [], [D, S]),
    ("call", "debtor", "坐席：陈先生，您下单时收货人填的是“王秀珍，13006086656，宜春市袁州区秀江东路88号”，我们核实过是您岳母，对吧？\n"
     "客户：你们查我岳母干什么？\n坐席：您今天要是还不上，这个地址我们只能寄函过去了。",
     [(P, "王秀珍"), (MB, "13006086656"), (A, "宜春市袁州区秀江东路88号")], [U, X]),
    ("sms", "third_party", "您好，您是运单JDVA29810374612的收件人。请问下单人现在还在您那里住吗？方便的话请让他回个电话，谢谢。",
     [], []),
    ("app", "third_party", "【麦穗优选】亲，您签收的“孕妇防辐射服+胎心仪”是小何用分期下单的，她两期没还了，你们是室友的话帮忙提醒一下哈。",
     [], [D, S]),
    ("call", "third_party", "坐席：你好，是快递上写的收件人魏娟吗？\n第三方：对，是我。\n坐席：那个扫地机是蒋涛给你买的吧，他先享那边欠着呢，你让他看看App。",
     [(P, "魏娟"), (P, "蒋涛")], [D]),
]

# --- agents' calls to buyers, as the agencies' call systems write them ----------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是南昌赣信资产，受溪谷先享委托联系您，请问是胡晓东本人吗？\n客户：是我。\n"
     "坐席：为核实身份，麻烦报一下您身份证后四位。\n客户：2274。\n坐席：好的，核实通过。您的分期已逾期15天，应还2,106元，今天能处理吗？\n"
     "客户：月底发工资就还。\n坐席：好的，我给您登记30号，到时在App里还就可以。",
     [(P, "胡晓东")], []),
    ("call", "debtor", "坐席：喂，岑志明是吧？我是赣信资产的，跟你核对下信息，你身份证是610113198012029458，没错吧？\n客户：对，怎么了。\n"
     "坐席：你溪谷先享的分期逾期45天了，今天能不能先还一期？",
     [(P, "岑志明"), (ID, "610113198012029458")], [U]),
    ("call", "debtor", "坐席：您好，合肥徽诚，受麦穗分期委托，请问是尤佳本人吗？\n客户：是。我那个卡是6217009061028111，你们扣不到款是不是卡有问题？\n"
     "坐席：卡号您不用报给我，系统里能看到尾号。扣款失败是因为余额不足，您存进去以后我们再发起一次就行。",
     [(P, "尤佳"), (BC, "6217009061028111")], []),
    ("call", "debtor", "坐席：谷女士，我冀安信息的。听说您上个月刚做完乳腺手术，在省肿瘤医院住了十几天，现在出院了吧？那钱的事也该考虑考虑了。\n"
     "客户：谁告诉你的？\n坐席：这您就别管了，今天先还一千。",
     [], [S]),
    ("call", "debtor", "坐席：您好，这里是冀安信息，受麦穗分期委托，请问是聂红梅女士吗？\n客户：是，我现在在医院化疗，真的没有钱。\n"
     "坐席：理解您，身体要紧。我这边可以帮您申请暂停催收30天，期间不会再打扰您，等您出院了我们再商量分期，好吗？\n客户：好，谢谢。",
     [(P, "聂红梅")], []),
    ("call", "debtor", "坐席：汤建华，你老婆叫李婷，在县一中教英语，你儿子汤子涵在实验小学二年级三班，这些我们都清楚。你一个大男人，欠几千块钱躲什么？\n"
     "客户：你们想干嘛？",
     [(P, "汤建华"), (P, "李婷"), (P, "汤子涵")], [S, X]),
    ("call", "debtor", "坐席：骆先生，赣信资产的。您公积金账户里还有三万多，支付宝余额也有四千出头，怎么会还不起一千二？\n客户：公积金又取不出来。\n"
     "坐席：那是您的事。",
     [], [S]),
    ("call", "debtor", "坐席：我徽诚的小汪。你紧急联系人留的是你姐姐杭雪，号码幺五二 二四三五 零七三五，你要是再不接电话，我们就只能打给她了。\n客户：别打给她。",
     [(P, "杭雪"), (MB, "幺五二 二四三五 零七三五")], [U, X]),
    ("call", "debtor", "坐席：冀安信息，受溪谷先享委托。你昨晚十一点多还在万达广场三楼那家网吧打游戏，别跟我说没空接电话。\n客户：你们跟踪我？\n"
     "坐席：你自己心里有数。",
     [], [S]),
    ("call", "debtor", "坐席：您好，赣信资产受溪谷先享委托来电，请问是祁少华本人吗？\n客户：是。这笔分期我早就退货了，怎么还在扣？\n"
     "坐席：好的，您反映退货后仍产生账单，我这边登记为账务争议，三个工作日内由溪谷客服核实，核实期间暂停催收。退货单号方便提供吗？\n"
     "客户：SF1402738859213。\n坐席：收到，已记录。",
     [(P, "祁少华")], []),
    ("call", "debtor", "坐席：你好，徽诚的，麦穗分期的委托。你不是每个礼拜天都去福音堂做礼拜吗？主也教人诚实守信吧，欠钱不还算什么基督徒。\n客户：这跟你有什么关系。",
     [], [S]),
    ("call", "debtor", "坐席：您好，这里是溪谷先享客服中心，请问是闫蕾女士吗？\n客户：是我。你们会不会把我买的东西告诉别人？\n"
     "坐席：不会的，您的订单信息和收货地址我们都严格保密，不会向任何第三方透露。今天来电只是提醒您本期账单还差412元。",
     [(P, "闫蕾")], []),
    ("call", "debtor", "坐席：樊先生，冀安信息。你护照E73920415上个月20号从罗湖出的境，五天后才回来，出去玩有钱，还款就没钱？\n客户：我出差。",
     [(PP, "E73920415")], [S, U]),
    ("call", "debtor", "坐席：柏志伟，我赣信资产的。你在顺丰宝安分拨中心上班，住深圳市宝安区西乡街道固戍一路218号，我们什么都知道，今天必须给个说法。",
     [(P, "柏志伟"), (A, "深圳市宝安区西乡街道固戍一路218号")], [X]),
    ("call", "debtor", "坐席：您好，冀安信息，受溪谷先享委托，请问是庄海洋先生吗？\n客户：是。你们以后打我另一个号码15316954566，这个号快停了。\n"
     "坐席：好的，已为您更新联系号码，以后按这个号码联系您。",
     [(P, "庄海洋"), (MB, "15316954566")], []),
    ("call", "debtor", "坐席：苗女士您好，赣信资产。你老公每个月那个病假工资才两千多，你们家就靠你那点工资，我们都算过了，一个月挤五百出来不难吧？",
     [], [S]),
]

# --- the same calls as the speech-to-text system delivers them -------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你好 请问是那个 高鹏 高先生吗\n客户：嗯 谁啊\n坐席：我这边是合肥徽诚 受溪谷先享委托的 跟你核对一下你的还款卡 "
     "六二二八 四八六二 一六七三 五八零七 是你本人的卡吧\n客户：是啊 咋了\n坐席：这卡这个月扣款又失败了 你看今天能不能存进去",
     [(P, "高鹏"), (BC, "六二二八 四八六二 一六七三 五八零七")], [U]),
    ("call", "debtor", "坐席：嗯 那个 我冀安的 我再跟您确认一下身份证号啊 幺二零幺零四 幺九七二 零二二五 八三零叉 对吧\n客户：对\n"
     "坐席：好的 那您这个 麦穗分期 已经逾期二十八天了 呃 今天",
     [(ID, "幺二零幺零四 幺九七二 零二二五 八三零叉")], [U]),
    ("call", "third_party", "坐席：喂 你好 是周建国的哥哥吧\n第三方：我是他哥 咋了\n坐席：就是 他在我们麦穗分期那个钱 三千多 拖了快仨月了 你劝劝他 让他赶紧还了\n"
     "第三方：他的事我管不了",
     [(P, "周建国")], [D]),
    ("call", "third_party", "坐席：喂 你好 请问是邱丽华吗\n第三方：不是 你打错了\n坐席：哦 不好意思 打扰了",
     [(P, "邱丽华")], []),
    ("call", "debtor", "坐席：嗯 我们也知道 你老公那个 透析 还在人民医院做嘛 一个礼拜三回 家里压力大 但是这个钱 总归是要还的嘛\n客户：我知道",
     [], [S]),
    ("call", "debtor", "坐席：喂您好 我是冀安信息的 受麦穗分期委托 请问是包文静本人吗\n客户：是 我这两天在医院陪我妈 她中风了\n"
     "坐席：哦 那您先忙 家里的事要紧 我这边给您备注一下 下周再联系您 或者您方便的时候在app上申请延期也行\n客户：好 谢谢",
     [(P, "包文静")], []),
    ("call", "debtor", "坐席：喂 您好 赣信资产受溪谷先享委托的 那我跟你核对下号码 幺拐洞 八洞三幺 幺三拐两 是你本人在用的吧\n客户：是\n坐席：好 以后就打这个",
     [(MB, "幺拐洞 八洞三幺 幺三拐两")], [U]),
    ("call", "third_party", "坐席：大爷 您是柴永刚他爹吧\n第三方：是啊 你谁啊\n坐席：俺们这是溪谷先享的 您家二小子在俺们这分期买了个手机 欠了四千来块 "
     "仨月没还了 您跟他说道说道\n第三方：这孩子 唉",
     [(P, "柴永刚")], [D]),
    ("call", "debtor", "坐席：你每天早上七点四十从金色家园出门 坐十二路到开发区 下午五点半下班 我们都摸得清清楚楚的 还躲什么呢\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：你们组长叫孙海涛对吧 电话 幺八六四 零幺拐九 四六九 你要是不想让他知道 今天就把钱还了\n客户：你别找他",
     [(P, "孙海涛"), (MB, "幺八六四 零幺拐九 四六九")], [U, X]),
    ("call", "debtor", "坐席：喂 您好 这边是赣信资产 受溪谷先享委托的 请问是 呃 沈家豪本人吗\n客户：是\n坐席：好 您的分期逾期了九天 金额是 一千零二十三块五 "
     "您看 今天能处理一下吗\n客户：下午还\n坐席：好的 那我这边不打扰了 祝您生活愉快",
     [(P, "沈家豪")], []),
    ("call", "debtor", "坐席：您好 这里是麦穗分期 您申请延期 需要核实身份 麻烦您报一下身份证号\n客户：三四零一零四 一九六九 零四零七 六零四八\n"
     "坐席：好的 核实无误 延期申请已经帮您提交了",
     [(ID, "三四零一零四 一九六九 零四零七 六零四八")], []),
    ("call", "third_party", "坐席：阿姨 你跟你闺女说一声 溪谷那边的事 再不处理我们就要走程序了\n第三方：什么事啊\n坐席：她知道的 你就这么跟她说就行",
     [], [D]),
    ("call", "debtor", "坐席：你不是在妇幼保健院建了档嘛 下礼拜三不是要去产检吗 那你那天顺便 把钱还了呗 也不耽误\n客户：你们怎么知道的",
     [], [S]),
    ("call", "debtor", "坐席：我是徽诚的 你港澳通行证 C 六零二九 四幺八拐 这个月刚办的签注吧 要去香港玩 钱倒是有\n客户：我去看病",
     [(PP, "C 六零二九 四幺八拐")], [S, U]),
]

# --- voice robots, with the callee's keypad turns ---------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是溪谷先享智能客服，请问您是{name}本人吗？本人请按1。\n客户：（按键1）\n"
     "机器人：您的账单已逾期5天，应还826元，请于今天内还款。还款请按1，申请延期请按2。\n客户：（按键2）\n机器人：正在为您转接人工客服，请稍候。",
     [], []),
    ("call", "debtor", "机器人：您好，这里是麦穗分期。您的还款卡号为 6 2 1 4 8 3 5 6 8 8 7 8 7 1 8 1，今日扣款失败，请及时存入资金。重听请按9。",
     [(BC, "6 2 1 4 8 3 5 6 8 8 7 8 7 1 8 1")], [U]),
    ("call", "third_party", "机器人：您好，这里是麦穗分期。您的好友吕志鹏在本平台的借款已逾期，请提醒他尽快还款。收到请按1。\n第三方：（按键1）\n"
     "机器人：感谢您的配合，再见。",
     [(P, "吕志鹏")], [D]),
    ("call", "third_party", "机器人：您好，我们有一件私人事务需要联系孟凡宇先生，如果您认识他，请转告他回拨本号码，谢谢，再见。",
     [(P, "孟凡宇")], []),
    ("call", "debtor", "机器人：检测到您近一周多次在市第一人民医院附近停留，如身体不适，可申请延期还款，申请请按2。",
     [], [S]),
    ("call", "debtor", "机器人：请核对您的身份证号码：四四零一零六 一九九六 零二二三 七八七零。核对无误请按1，有误请按2。\n客户：（按键1）",
     [(ID, "四四零一零六 一九九六 零二二三 七八七零")], [U]),
    ("call", "debtor", "機器人：您好，這裡是麥穗分期語音助手，您的帳單已逾期，請於今日內還款。如有疑問請按0轉人工服務。\n客戶：（按鍵0）",
     [], []),
    ("call", "third_party", "机器人：您好，您是杜晓梅女士的紧急联系人。杜晓梅，现住武汉市洪山区珞喻路152号，在溪谷先享欠款2,870元已逾期60天，请转告其尽快还款。",
     [(P, "杜晓梅"), (P, "杜晓梅"), (A, "武汉市洪山区珞喻路152号")], [D, X]),
    ("call", "debtor", "机器人：您好，王建新先生，您在溪谷先享登记的单位为江西洪都钢厂二分厂，家庭住址为南昌市青云谱区洪都中大道311号，您的账单已逾期，请尽快还款。",
     [(P, "王建新"), (A, "南昌市青云谱区洪都中大道311号")], [X]),
    ("call", "debtor", "机器人：您好，这里是溪谷先享。您已逾期，本通话可能被录音。请问您今天能还款吗？能请说“能”，不能请说“不能”。\n客户：不能 我失业了\n"
     "机器人：已记录您的情况，稍后将有人工客服联系您，为您介绍延期和分期方案。",
     [], []),
]

# --- relatives, contacts, landlords and employers ----------------------------------------------------------------

CONTACTS_EMPLOYERS: list[PiplEntry] = [
    ("call", "third_party", "坐席：您好，是恒润物流人事部吗？我找一下谢文涛的主管。\n第三方：我是人事，什么事？\n"
     "坐席：谢文涛在我们溪谷先享有笔分期逾期三个多月了，你们单位能不能督促他一下？\n第三方：这是他个人的事。",
     [(P, "谢文涛"), (P, "谢文涛")], [D]),
    ("call", "third_party", "坐席：您好，请问时建明先生是否还在贵公司任职？我们有份文件需要和他本人确认，麻烦转告他回个电话。\n"
     "第三方：员工信息不方便透露。\n坐席：明白，打扰了。",
     [(P, "时建明")], []),
    ("sms", "third_party", "您好，我是赣信资产的刘经理，您同事冯磊欠款不还，电话也不接，麻烦让他今天回电0791-8627 3154。",
     [(P, "冯磊"), (LL, "0791-8627 3154")], [D]),
    ("email", "third_party", "人事部负责人您好：贵司员工钱宇航（工号A0716）在我司合作平台麦穗分期的消费分期已逾期112天。为评估其还款能力，"
     "烦请告知其月工资发放金额及发薪银行，以便我司与其协商还款方案。合肥徽诚商务咨询有限公司",
     [(P, "钱宇航")], [D]),
    ("call", "third_party", "坐席：您好，请问是蔡慧敏的家属吗？\n第三方：我是她妹妹，到底什么事？\n"
     "坐席：不好意思，涉及她个人的事情，我们只能跟她本人说，麻烦您让她回个电话就好。\n第三方：神神秘秘的。",
     [(P, "蔡慧敏")], []),
    ("sms", "third_party", "付叔叔您好，您儿子付振宇（身份证230103200112077381）在溪谷先享的分期已逾期68天，欠款4,120元，请家长督促还款。",
     [(P, "付振宇"), (ID, "230103200112077381")], [D, U]),
    ("call", "third_party", "坐席：房东您好，请问205的租客康敏还住这儿吗？\n第三方：住着呢，怎么了？\n"
     "坐席：她在麦穗分期买的电脑一直没还，您见到她跟她说一声，再拖就要起诉了。",
     [(P, "康敏")], [D]),
    ("sms", "third_party", "您是钟晓琳的紧急联系人。钟晓琳在麦穗分期已逾期48天，欠款2,311元，请转告其尽快还款。【麦穗分期】",
     [(P, "钟晓琳"), (P, "钟晓琳")], [D]),
    ("call", "third_party", "坐席：嫂子，你老公那点事你知道吧，就是买手机那个分期。\n第三方：什么分期？我不知道。\n坐席：那你问问他，就说徽诚的找他。",
     [], [D]),
    ("sms", "third_party", "贵单位员工彭浩然，住合肥市包河区芜湖路258号，在溪谷先享分期消费逾期未还，请贵单位协助通知其本人尽快处理。",
     [(P, "彭浩然"), (A, "合肥市包河区芜湖路258号")], [D, X]),
    ("app", "third_party", "您好，我是小陈，有点急事找一下庞永辉，他电话一直打不通，您方便的话让他回一下我电话，谢谢啦。",
     [(P, "庞永辉")], []),
    ("call", "third_party", "坐席：阿姨，你女儿去年做那个人流手术的钱，也是在我们这分期付的，到现在都没还，你当妈的管管。\n第三方：你说什么？",
     [], [D, S]),
    ("sms", "third_party", "你好，你们车间的戚军最近是不是每天下了班就去城南那个棋牌室？他在溪谷欠的钱一直拖着，麻烦提醒一下。",
     [(P, "戚军")], [D, S]),
    ("email", "third_party", "人事部您好：我方有一封密封信件需转交贵司员工葛文斌本人，内容涉及其个人事务，烦请代为转交，不便之处敬请谅解。"
     "联系人：刘女士 0791-8627 3154",
     [(P, "葛文斌"), (LL, "0791-8627 3154")], []),
    ("call", "third_party", "坐席：喂，是小吕吧，你们厂那个滕飞，他欠我们溪谷的钱，你晓得吧？帮忙喊他回个电话撒。\n第三方：我跟他不熟哎。",
     [(P, "滕飞")], [D]),
    ("sms", "third_party", "您好，您的朋友邵婉清（手机18565383148）欠麦穗分期款项未还，其母亲邵桂英电话19895255330，请您协助转告。",
     [(P, "邵婉清"), (MB, "18565383148"), (P, "邵桂英"), (MB, "19895255330")], [D, U, X]),
    ("call", "third_party", "坐席：您好，我们想找一下雷志远，这个号码是他留的联系电话之一，他方便的时候麻烦回个电话。\n第三方：我是他姐夫，我跟他说。\n"
     "坐席：好的，谢谢您。",
     [(P, "雷志远")], []),
    ("app", "third_party", "你好，你前夫季伟的事你应该听说了吧，溪谷那笔到现在还没处理，你们毕竟有孩子，多少劝劝他。",
     [(P, "季伟")], [D]),
    ("call", "third_party", "坐席：喂，请问是姚振东家吗？\n第三方：他上班去了，我是他爱人。\n坐席：好的，那麻烦您转告他，晚上方便时回个电话，谢谢。\n"
     "第三方：你哪里呀？\n坐席：我姓毛，他回电话就知道了。",
     [(P, "姚振东")], []),
]

# --- the marketplaces' merchants ---------------------------------------------------------------------------------

MERCHANTS: list[PiplEntry] = [
    ("email", "third_party", "商家您好：贵店订单号250402136689217053的买家焦鹏，使用麦穗分期支付后已逾期83天，请协助提供该买家在贵店留存的其他联系方式及最新收货地址。"
     "麦穗分期风控部",
     [(P, "焦鹏")], [D]),
    ("app", "third_party", "商家您好，订单250402139971005562的售后工单已关闭，退款已原路退回买家，感谢配合。",
     [], []),
    ("app", "third_party", "【麦穗分期-商户通知】买家阎立群，手机 157 0457 2615，身份证210202197705256749，因分期严重逾期已列入高风险名单，请暂停向其发货。",
     [(P, "阎立群"), (MB, "157 0457 2615"), (ID, "210202197705256749")], [D, U]),
    ("email", "third_party", "致商户：您店铺本月有3笔先享分期订单的买家已严重逾期（傅强、郝丽萍、甘志刚），平台将暂缓相关订单结算，请知悉。",
     [(P, "傅强"), (P, "郝丽萍"), (P, "甘志刚")], [D]),
    ("call", "third_party", "坐席：老板，上次在你店里分期买苹果手机的那个唐伟，你还有他别的联系方式吗？他分期一直没还。\n第三方：我们卖出去就不管了。",
     [(P, "唐伟")], [D]),
    ("email", "third_party", "各位商户：为保护消费者个人信息，平台即日起在商户后台隐藏买家完整手机号与身份证号，仅显示脱敏信息（如138****1234），"
     "如需联系买家请使用平台虚拟号。溪谷商城商户运营中心",
     [], []),
    ("app", "third_party", "商家您好，您店里那位买了轮椅和助行器的顾客甘永福，分期逾期好久了，您知道他家住哪儿吗？",
     [(P, "甘永福")], [D, S]),
    ("call", "third_party", "坐席：老板，买你们家礼拜毯和那本《古兰经》的马小军，在我们溪谷欠着钱，他是不是你们寺里的？\n第三方：这个我不清楚。",
     [(P, "马小军")], [D, S]),
]

# --- WeChat groups: built from phone books, and the lenders' own user groups ---------------------------------------

WECHAT_GROUPS: list[PiplEntry] = [
    ("app", "third_party", "各位亲友好，群里的易志强在溪谷先享分期买手机、电脑，欠款6千多，逾期半年了，麻烦大家见到他转告一声。",
     [(P, "易志强")], [D]),
    ("app", "third_party", "【通知】欠款人：简伟，身份证号 44130220020908462X，麦穗分期逾期欠款5,280元。请认识他的同学转告。",
     [(P, "简伟"), (ID, "44130220020908462X")], [D, U]),
    ("app", "third_party", "@全体成员 有认识雷鸣的吗？麻烦让他看一下微信，麦穗那边还在等他回话。",
     [(P, "雷鸣")], [D]),
    ("app", "unknown", "【溪谷先享用户服务群】群公告：本群为官方用户服务群，请勿在群内发送身份证、银行卡等个人信息；如需协商还款，请私聊群主客服。",
     [], []),
    ("app", "third_party", "大家好，毛婷婷跟我们说她怀孕了还不上钱，可她在溪谷欠的是去年的钱，怀孕也不是不还钱的理由吧？",
     [(P, "毛婷婷")], [D, S]),
    ("app", "third_party", "各位亲戚，曹俊欠麦穗分期的钱不还，他爸曹德明、他妈汪桂香都在这个群里，你们当长辈的劝劝。",
     [(P, "曹俊"), (P, "曹德明"), (P, "汪桂香")], [D, X]),
    ("app", "third_party", "老同学们好，咱们高三（5）班的翟宇同学最近联系不上，他有笔分期的账需要本人处理，谁有他新号码麻烦私我。",
     [(P, "翟宇")], [D]),
    ("app", "third_party", "乡亲们，咱村三组的薛二牛在俺们溪谷那借的钱不还，谁见着了跟他说一声，叫他回个话。",
     [(P, "薛二牛")], [D]),
    ("app", "third_party", "各位同事，桂洋这周是不是在外地？他的先享分期已经逾期了，听说他住在如家常州火车站店，有人能联系上吗？",
     [(P, "桂洋")], [D, S]),
    ("app", "third_party", "（图片：账单截图）这是任佳欣在溪谷先享的账单，各位朋友看看，欠了这么久一分没还。",
     [(P, "任佳欣")], [D]),
    ("app", "third_party", "谁认识这个号码的机主：幺三幺 幺零三二 六五四幺，他欠钱跑了。",
     [(MB, "幺三幺 幺零三二 六五四幺")], [D, U]),
]

# --- skip-tracing and visit notes in the agencies' case system ---------------------------------------------------

SKIP_TRACING: list[PiplEntry] = [
    ("app", "unknown", "【失联修复记录】案件XG-2503-01172 借款人柯志豪原号停机。修复新号：18111204308（运营商实名一致）。下一步：新号外呼。",
     [(P, "柯志豪"), (MB, "18111204308")], [U]),
    ("app", "unknown", "外访记录：3月12日晚19:40在债务人租住楼下蹲守，见其骑电动车回家，基本每天这个点到家，周末住岳父家。",
     [], [S]),
    ("app", "unknown", "修复结果：借款人手机号已更新为139****5527，身份证号3702**********9913，地址未变更。",
     [], []),
    ("app", "unknown", "备注：经查，债务人在市精神卫生中心门诊复诊，每月初去开药（舍曲林），可以在其复诊日到门诊楼外等候。",
     [], [S]),
    ("app", "unknown", "外访备注：债务人系回族，每周五中午在城东清真寺做礼拜，12:30前后出来，可在寺外等他。",
     [], [S]),
    ("app", "unknown", "外访记录：按合同地址上门，未见本人；其登记车辆冀A·7M3K9未在小区停放。已留联系卡一张，待其回电。",
     [(PL, "冀A·7M3K9")], []),
    ("app", "unknown", "委案信息 姓名：鲍丽娜 身份证：350203198509207001 欠款：3,612.50 逾期：97天 委托方：溪谷先享",
     [(P, "鲍丽娜"), (ID, "350203198509207001")], [U]),
    ("app", "unknown", "补充：债务人前妻滕秀云已再婚，现任丈夫贾志文在县交警大队上班，两人住县城锦绣花园。前妻与债务人育有一女，随母生活。",
     [(P, "滕秀云"), (P, "贾志文")], [X]),
    ("app", "unknown", "查询结果：债务人名下农行卡近三月入账合计2.1万，每月15号固定进6,800（工资），另有网商贷、分期乐两笔在还。",
     [], [S]),
    ("app", "unknown", "失联修复：合同预留的两个联系人均未联系上，已按规定停止拨打联系人，转入信函催收。",
     [], []),
    ("app", "unknown", "外访计划：债务人女儿在青岚区第二幼儿园大班，每天16:30由奶奶接，可以在园门口找奶奶了解情况。",
     [], [S]),
    ("app", "unknown", "地址修复：收货地址 南昌市西湖区孺子路169号3栋502，收件手机13053013323，与借款人实名一致。",
     [(A, "南昌市西湖区孺子路169号3栋502"), (MB, "13053013323")], [U]),
]

# --- quality-check sheets, complaint tickets and the replies ----------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("email", "unknown", "质检单 QC-0412：坐席工号GX117在通话第2分钟向客户报出完整身份证号130104198106011207，违反信息安全规范第3条，扣5分。",
     [(ID, "130104198106011207")], [U]),
    ("email", "unknown", "质检单 QC-0413：坐席在通话中念了客户身份证号1301**********1207的前四位与后四位用于核身，已脱敏。复核结论：合规。",
     [], []),
    ("email", "unknown", "投诉工单 TS-88120：客户反映催收员给其单位同事打电话，透露其欠款并提及其健康状况。处理：已调录音核实，坐席停岗培训，已向客户致歉。",
     [], []),
    ("email", "unknown", "投诉工单 TS-88134：来电号码 17584489140，客户称被催收员在家族群里发账单截图，要求删除并道歉。请赣信项目组24小时内回复。",
     [(MB, "17584489140")], [U]),
    ("email", "unknown", "质检周报：本周抽检通话320通，发现3通向第三方透露欠款，已扣分；另有1通坐席提及客户宗教信仰，按敏感信息违规处理。",
     [], []),
    ("email", "debtor", "尊敬的客户：您反映的催收人员向您母亲透露欠款一事，经核实属实，我司已对涉事人员严肃处理。您的账户已暂停催收15天，如有疑问请致电021-6038 7725。",
     [(LL, "021-6038 7725")], []),
    ("email", "unknown", "工单 TS-88160：客户称还款卡6259654957590226本月被重复扣款两次，请财务核实并退款。",
     [(BC, "6259654957590226")], [U]),
    ("email", "unknown", "关于金融监管局转来投诉（编号JR2025-0417）的回复：投诉人反映我司委外机构在微信群公开其欠款信息。经查属实，我司已暂停与该机构合作，并督促其删除相关信息。",
     [], []),
    ("email", "unknown", "工单 TS-88203：客户申请更正实名信息，提交护照号EA4481936，请风控组复核后更新。",
     [(PP, "EA4481936")], [U]),
    ("email", "unknown", "质检单 QC-0440：坐席对第三方（客户舅舅）说“你外甥在溪谷先享欠了两千多”，属向第三方透露债务，判定严重违规，扣20分。",
     [], []),
    ("email", "unknown", "投诉工单 TS-88215：客户鄢丽称其购买药品的订单信息被催收员在电话中提及，认为侵犯隐私。处理意见：调取录音，如属实按敏感信息违规处理。",
     [(P, "鄢丽")], []),
]

# --- e-mails between the lenders, their agencies and their legal team -------------------------------------------

AGENCY_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "附件为本批次委外案件清单（共86户），示例：邬海峰，身份证31011519710814495X，欠款4,862元，逾期65天。请于5个工作日内完成首轮触达。"
     "发件人：risk-ops@xigu-fin.com.cn",
     [(P, "邬海峰"), (ID, "31011519710814495X"), (EM, "risk-ops@xigu-fin.com.cn")], [U]),
    ("email", "unknown", "各合作机构：自本月起，委外案件清单中的身份证号、银行卡号一律脱敏显示，如需完整信息请经系统申请并留痕。"
     "溪谷先享委外管理组 outsource@xigu-fin.com.cn",
     [(EM, "outsource@xigu-fin.com.cn")], []),
    ("email", "unknown", "赣信项目组：客户庞秀英（案件XG-2503-02210）乳腺癌术后正在省肿瘤医院化疗，医保报销款月底到账，届时可重点跟进。",
     [(P, "庞秀英")], [S]),
    ("email", "unknown", "案件XG-2503-02211客户因健康原因申请暂缓，已附证明材料，请转困难客户组处理，暂停外呼30天。",
     [], []),
    ("email", "unknown", "财务组：案件MS-0318-0042客户仲伟称已通过卡号6217999054689435570还款2,000元，请核对当日流水并回复。",
     [(P, "仲伟"), (BC, "6217999054689435570")], [U]),
    ("email", "unknown", "补充资料：客户管涛，配偶裘芳（138****2291，在市一中任教），岳父裘国平（退休教师），供外访组备用。",
     [(P, "管涛"), (P, "裘芳"), (P, "裘国平")], [X]),
    ("email", "unknown", "法务部通知：案件（2025）赣0105民初4471号已立案，开庭日期6月18日，请即日起暂停对该客户的委外催收。legal@xigu-fin.com.cn",
     [(EM, "legal@xigu-fin.com.cn")], []),
    ("email", "unknown", "紧急：客户林晓峰投诉我方外呼频繁，其手机号166-8279-0453，请各组立即加入禁呼名单并回复确认。",
     [(P, "林晓峰"), (MB, "166-8279-0453")], [U]),
    ("email", "unknown", "外访反馈：客户单晓辉信天主教，每周日上午在北京西路天主堂望弥撒，可以在堂外碰面谈还款。",
     [(P, "单晓辉")], [S]),
    ("email", "unknown", "各机构注意：禁止在催收中提及客户的购买记录（尤其药品、母婴用品、宗教用品），违者按严重违规处理。麦穗分期贷后管理部",
     [], []),
    ("email", "unknown", "委外补充字段：联系人1 母亲 鲁秀梅 15862413005；联系人2 同事 季红 19983732498；联系人3 前男友 肖鹏（已分手，仅供参考）。",
     [(P, "鲁秀梅"), (MB, "15862413005"), (P, "季红"), (MB, "19983732498"), (P, "肖鹏")], [U, X]),
    ("email", "unknown", "徽诚质检组：附件录音中客户多次提到家庭困难，坐席已按流程提供延期方案，请复核后结案。qc@huicheng-zx.com",
     [(EM, "qc@huicheng-zx.com")], []),
    ("email", "unknown", "冀安项目组：客户詹明月近两个月工资卡流水显示每月入账9,200元，公积金余额4.6万，显然有能力还款，请加大催收力度。",
     [(P, "詹明月")], [S]),
]

# --- the lenders' legal team: filings with the courts, and what it sends debtors and employers --------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：上海溪谷网络小额贷款有限公司，住所地上海市闵浦区莘庄路1288号。\n"
     "被告：洪宇航，男，1976年8月18日出生，汉族，住浙江省杭州市西湖区文三路478号2幢1203室，公民身份号码330106197608180735。\n"
     "诉讼请求：1.判令被告偿还分期消费借款本金8,214.60元及逾期利息；2.本案诉讼费用由被告承担。\n"
     "事实与理由：被告于2024年3月通过溪谷商城以“溪谷先享”分期方式购买商品，约定分12期还款，自第5期起未按约还款，经多次催告仍未履行。\n"
     "此致\n上海市闵浦区人民法院",
     [(A, "上海市闵浦区莘庄路1288号"), (P, "洪宇航"), (A, "浙江省杭州市西湖区文三路478号2幢1203室"), (ID, "330106197608180735")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：深圳麦穗小额贷款有限公司\n被申请人：卢晓军，男，2000年3月6日出生，身份证号500103200003062987\n"
     "请求事项：冻结被申请人名下中国建设银行账户6217004152705475035内存款人民币5,630元，期限一年。\n申请人提供担保函一份。\n此致\n深圳市南岭区人民法院",
     [(P, "卢晓军"), (ID, "500103200003062987"), (BC, "6217004152705475035")], []),
    ("notice", "unknown", "证据目录（原告：上海溪谷网络小额贷款有限公司；被告：丁薇）\n1.《溪谷先享服务协议》（协议编号XGXX20240311000458），证明借贷关系成立；\n"
     "2.订单记录（订单号240311092217654930、240402155381266017）及签收记录，证明被告已收货；\n3.还款记录，证明被告自2024年8月起未再还款。",
     [(P, "丁薇")], []),
    ("notice", "debtor", "诉前告知函\n丁海涛先生（身份证号370212197105249913）：\n您于2024年6月通过溪谷先享分期购买商品，截至本函发出之日已逾期142天，"
     "尚欠本息合计9,036.20元。我司拟于本函送达后十五日内向有管辖权的人民法院提起诉讼。如对欠款金额有异议，请于收函后7日内致电021-6038 7725。\n"
     "上海溪谷网络小额贷款有限公司法务部",
     [(P, "丁海涛"), (ID, "370212197105249913"), (LL, "021-6038 7725")], [U]),
    ("notice", "third_party", "协助调查函\n贵司员工苗瑞（身份证号520102200008032274）因拖欠溪谷先享分期款项，我司已向法院提起诉讼，请贵司协助提供其现住址及联系方式，以便送达。\n"
     "上海溪谷网络小额贷款有限公司法务部",
     [(P, "苗瑞"), (ID, "520102200008032274")], [D, U]),
    ("app", "third_party", "（转发）民事起诉状 被告：万丽君，女，身份证号 4501 0219 8002 1187 81……各位亲友看看，已经起诉了，还不还她自己掂量。",
     [(P, "万丽君"), (ID, "4501 0219 8002 1187 81")], [D, U]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：深圳麦穗小额贷款有限公司\n被执行人：钱国栋，男，1972年2月9日生，身份证号110102720209082\n"
     "执行依据：（2024）粤0391民初2217号民事判决书\n执行请求：被执行人支付借款本金6,480元及利息。\n此致\n深圳市南岭区人民法院",
     [(P, "钱国栋"), (ID, "110102720209082")], []),
    ("email", "unknown", "致上海市闵浦区人民法院立案庭：原告溪谷网络小贷诉被告官晓东分期合同纠纷一案（（2025）沪0199民初3318号），被告预留手机19127965584已停机，"
     "原告申请公告送达。附：送达地址确认书、停机证明。",
     [(P, "官晓东"), (MB, "19127965584")], []),
    ("notice", "debtor", "还款通知书\n致：吉海燕（身份证号620102198312158254）\n您于（2025）沪0199民初2904号案件中与我司达成调解，请于每月10日前将分期款1,200元转入调解书载明的账户，"
     "逾期我司将依法申请强制执行。\n上海溪谷网络小额贷款有限公司",
     [(P, "吉海燕"), (ID, "620102198312158254")], [U]),
    ("sms", "debtor", "【溪谷先享法务】您好，我司已就您的欠款向上海市闵浦区人民法院提起诉讼，案号（2025）沪0199民初5120号，请留意法院送达的诉讼文书。"
     "如需协商请致电021-6038 7725。",
     [(LL, "021-6038 7725")], []),
    ("email", "unknown", "冀安项目组：请将被告柳春生（身份证43110219980702942X）的外访照片及送达地址确认书于本周五前发至legal@xigu-fin.com.cn，用于起诉材料。",
     [(P, "柳春生"), (ID, "43110219980702942X"), (EM, "legal@xigu-fin.com.cn")], [U]),
    ("notice", "unknown", "撤诉申请书\n申请人：深圳麦穗小额贷款有限公司\n被申请人：邓晓红，女，身份证号650102200111287952\n"
     "请求事项：撤回对被申请人的起诉。\n事实与理由：被申请人已于2025年5月6日还清全部欠款，双方纠纷已解决。\n此致\n深圳市南岭区人民法院",
     [(P, "邓晓红"), (ID, "650102200111287952")], []),
]

# --- letters to debtors ----------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：GX-HS-2025-0417\n致：房建伟 先生\n收件地址：江西省九江市浔阳区庐山南路62号3单元401室\n"
     "您通过溪谷先享分期购买商品的欠款2,918.40元，已逾期63天。请于2025年5月20日前通过溪谷App或官方对公账户还款。"
     "如有异议，请于收函后7日内致电0791-8627 3154。逾期未处理的，委托方将依法通过诉讼途径主张权利。\n"
     "南昌赣信资产管理有限公司（受上海溪谷网络小额贷款有限公司委托）\n2025年5月6日",
     [(P, "房建伟"), (A, "江西省九江市浔阳区庐山南路62号3单元401室"), (LL, "0791-8627 3154")], []),
    ("notice", "debtor", "催收函\n致：阚晓军（身份证号 460106 19911015 7798）\n您在麦穗分期的欠款3,350元已逾期88天，请于收函后十日内还款，逾期我方将建议委托方依法起诉。\n"
     "石家庄冀安信息服务有限公司",
     [(P, "阚晓军"), (ID, "460106 19911015 7798")], [U]),
    ("notice", "debtor", "还款协议\n甲方：深圳麦穗小额贷款有限公司\n乙方：幸丽华，身份证号13068219880804996X，还款账户6221804245128394249\n"
     "乙方同意将所欠款项4,200元分6期偿还，每期700元，于每月5日前自动扣款。甲方同意免除乙方逾期违约金。\n甲方（盖章）： 乙方（签字）：",
     [(P, "幸丽华"), (ID, "13068219880804996X"), (BC, "6221804245128394249")], [U]),
    ("notice", "debtor", "结清证明\n兹证明客户房静（身份证号5301**********0573）在溪谷先享的分期款项已于2025年4月3日全部结清，双方无其他债权债务。\n"
     "上海溪谷网络小额贷款有限公司（盖章）",
     [(P, "房静")], []),
    ("notice", "debtor", "敬告函\n致：俞建新先生\n您的配偶温晓丽（就职于九江市第三人民医院）、您的父亲俞长海（住九江市濂溪区十里大道88号）均已记录为本案联系人。"
     "您在溪谷先享的欠款已逾期117天，请即刻处理。\n南昌赣信资产管理有限公司",
     [(P, "俞建新"), (P, "温晓丽"), (P, "俞长海"), (A, "九江市濂溪区十里大道88号")], [X]),
    ("notice", "debtor", "還款提醒函\n尊敬的客戶：\n您在麥穗分期的帳單已逾期30天，欠款金額1,650.00元。請於本月底前還款；如有困難，可申請延期或分期。聯絡電話0755-8641 2290。\n"
     "深圳麥穗小額貸款有限公司",
     [(LL, "0755-8641 2290")], []),
    ("notice", "debtor", "还款通知\n致：闵老先生\n经查，您每月15日在建设银行领取退休金3,280元，足以偿还每月分期款600元，请于领取当日转入还款账户。\n石家庄冀安信息服务有限公司",
     [], [S]),
    ("notice", "debtor", "逾期提醒函\n尊敬的谭丽萍女士：\n您在麦穗分期的账单（分期商品：儿童安全座椅）已逾期45天，应还1,284元。请通过App还款；如需协商，请致电0755-8641 2290。\n"
     "深圳麦穗小额贷款有限公司",
     [(P, "谭丽萍"), (LL, "0755-8641 2290")], []),
]

# --- identifiers written and spoken every way --------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【麦穗分期】您登记的联系电话为１５８６００５１４２０，如已变更请及时在App内修改，以免错过重要通知。",
     [(MB, "１５８６００５１４２０")], [U]),
    ("app", "debtor", "您的账户绑定手机+86 19370526014，本期账单已逾期4天，请尽快还款。",
     [(MB, "19370526014")], [U]),
    ("email", "debtor", "尊敬的客户，我们多次拨打您的手机0086-193-8125-5129均未能接通，请您收到邮件后主动与我们联系。溪谷先享客服中心",
     [(MB, "193-8125-5129")], [U]),
    ("sms", "debtor", "【溪谷先享】您的还款卡6236.6805.2255.4126.288今日扣款失败，请于20点前存入足额资金。",
     [(BC, "6236.6805.2255.4126.288")], [U]),
    ("app", "debtor", "还款卡号6216611914769909275余额不足，本期扣款未成功，请尽快处理。",
     [(BC, "6216611914769909275")], [U]),
    ("call", "debtor", "坐席：您好 赣信资产受麦穗分期委托 您这个身份证是老的十五位的吧 四四零三零四 七零零八一七 七七幺\n客户：对 一直没换\n"
     "坐席：那您抽空换一下 不然App实名过不了",
     [(ID, "四四零三零四 七零零八一七 七七幺")], [U]),
    ("notice", "debtor", "如对账单有疑问，请拨打0551-6528 7740转806，工作时间9:00-18:00。\n合肥徽诚商务咨询有限公司（受麦穗分期委托）",
     [(LL, "0551-6528 7740")], []),
    ("sms", "debtor", "【冀安信息】受溪谷先享委托提醒您，请于今日回电（0311）8965 2013处理账单。",
     [(LL, "（0311）8965 2013")], []),
    ("app", "debtor", "您提交的港澳居民来往内地通行证H10482736已通过实名认证。温馨提示：您的分期账单已逾期6天，请尽快还款。",
     [(PP, "H10482736")], [U]),
    ("email", "debtor", "您用于实名认证的护照G38015726已过期，请在App内更新证件信息，以免影响后续分期还款。",
     [(PP, "G38015726")], [U]),
    ("call", "debtor", "坐席：您好，冀安信息，受溪谷先享委托。我这边记录的号码是 一六四 五三八六 二零五零，是您本人吗？\n客户：是。",
     [(MB, "一六四 五三八六 二零五零")], [U]),
    ("app", "debtor", "实名信息核对：51130419770815 131X，如有误请联系客服更正。",
     [(ID, "51130419770815 131X")], [U]),
    ("sms", "third_party", "您好，请转告杭先生回电0551-6528 7740，谢谢。",
     [(LL, "0551-6528 7740")], []),
    ("app", "debtor", "您绑定的澳门居民来往内地通行证M83026514即将到期，请及时更新，以免影响分期还款。",
     [(PP, "M83026514")], [U]),
    ("email", "debtor", "您好，您在App里留的备用号码166-1645-4296是空号，请登录App更新，以便我们联系您协商还款。",
     [(MB, "166-1645-4296")], [U]),
    ("sms", "debtor", "【溪谷先享】您好，您的身份证号 1 1 0 1 0 5 1 9 9 6 0 5 0 5 9 4 1 3 已完成复核，先享额度恢复前请先结清逾期账单。",
     [(ID, "1 1 0 1 0 5 1 9 9 6 0 5 0 5 9 4 1 3")], [U]),
]

# --- numbers of the identifiers' shapes that fail their checks ---------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【溪谷先享】您的分期合同编号310115202503118846已生成，可在App“我的-合同”中查看。",
     [], []),
    ("app", "debtor", "设备号861927053348210已绑定您的账户，如非本人操作，请立即修改登录密码。",
     [], []),
    ("sms", "debtor", "【麦穗优选】您的快递单号 7790 3715 2286 4402 已揽收，预计明日送达。",
     [], []),
    ("app", "debtor", "交易流水号6228 4807 7213 9950 118对应的退款已原路退回，请注意查收。",
     [], []),
    ("sms", "debtor", "【麦穗分期】您的工单号10469273381已受理，客服将在24小时内回电。",
     [], []),
    ("call", "debtor", "坐席：您好 麦穗分期客服 您要查的订单号我念一下 四二零一幺幺 二零二五 零三幺二 幺零五叉 对吧\n客户：对 就这个单\n坐席：好的 这单已经退款成功了",
     [], []),
    ("email", "unknown", "本批次委外批次号202504150000318，共86户，明细已上传至共享盘（已脱敏）。",
     [], []),
    ("sms", "debtor", "【溪谷先享】您的账户（身份证4401********2273）已完成实名复核，感谢您的配合。",
     [], []),
    ("app", "debtor", "您的会员卡号 6688 1203 9945 2213，本月可领取分期免息券一张。",
     [], []),
    ("email", "debtor", "您好，您申请的退款单号9910934611944218已处理完成，款项预计3个工作日内到账。溪谷商城售后",
     [], []),
    ("notice", "debtor", "合同编号：HT-XG-20240311-000458\n借款编号：1791882510764375116\n本期应还：412.30元\n还款日：2025年4月11日",
     [], []),
    ("call", "debtor", "坐席：您好 溪谷先享 我看到您还款卡尾号是 零九一七 对吧\n客户：对\n坐席：好的 这张卡今天扣款没成功 您看是换卡还是存钱",
     [], []),
    ("app", "debtor", "您的分期申请单号 250411 09375528 4416 已提交，审核结果将在30分钟内通知您。",
     [], []),
    ("sms", "debtor", "【麦穗分期】您的账户已开通，登录账号为手机号136****0927，初始还款日为每月12日。",
     [], []),
]

# --- sensitive data, and near-misses that stay lawful --------------------------------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("app", "debtor", "您本月在溪谷商城分期买了两盒奥氮平和一瓶碳酸锂，病情稳定的话，也请把逾期账单安排一下。",
     [], [S]),
    ("sms", "debtor", "【麦穗分期】检测到您近期多次购买验孕棒和叶酸，温馨提示：孕期开销大，请提前规划，您的逾期账单已达1,180元。",
     [], [S]),
    ("call", "debtor", "坐席：冀安信息的。你儿子在青岚一中读高二吧，住校，每周五下午放学回家，这么大的孩子了，你也得给他做个榜样。\n客户：孩子的事你们别管。",
     [], [S]),
    ("app", "debtor", "您每逢初一十五都在我们商城分期买供香和酥油灯，心这么诚，欠款也该诚心还一还。",
     [], [S]),
    ("sms", "debtor", "【溪谷先享】您持有的残疾人证（肢体三级）并不影响还款义务，请于今日内还款。",
     [], [S]),
    ("call", "debtor", "坐席：徽诚的。你上周三晚上在锦江之星南昌火车站店开的房吧？开房有钱，还钱没钱？\n客户：你们怎么查到的？",
     [], [S]),
    ("email", "debtor", "您的微信零钱通余额12,300元，足以结清欠款，请于今日内还款。合肥徽诚商务咨询有限公司",
     [], [S]),
    ("app", "debtor", "您上月分期购买的HIV检测试纸和阻断药订单我们都看得到，欠款再不还，我们只能按流程处理了。",
     [], [S]),
    ("call", "debtor", "坐席：赣信资产的。你之前在戒毒所待过两年，这个我们也查得到，做人要讲信用。\n客户：那跟欠钱有什么关系？",
     [], [S]),
    ("app", "debtor", "您女儿这周在省儿童医院住院做扁桃体手术，我们很理解，但账单已经逾期三个月了。",
     [], [S]),
    ("call", "debtor", "坐席：您好，赣信资产受溪谷先享委托，请问是卜志强先生吗？\n客户：是。我老婆刚生完孩子，还在月子里，这个月真的困难。\n"
     "坐席：恭喜恭喜。那这样，我帮您申请延期一个月，下个月再还，这期间不收违约金。",
     [(P, "卜志强")], []),
    ("app", "debtor", "如您或家人因疾病、失业等原因暂时无法还款，可在App提交困难帮扶申请，我们将为您提供延期或分期方案。",
     [], []),
    ("app", "debtor", "用户：我在做透析，每周三次，实在没精力管这些。\n客服：非常理解，已为您暂停催收提醒30天，身体恢复后再联系我们，祝您早日康复。",
     [], []),
    ("sms", "debtor", "【溪谷先享】我们不会因您的宗教信仰、健康状况或家庭情况区别对待任何客户。如遇催收人员违规，请拨打投诉专线021-6038 7725。",
     [(LL, "021-6038 7725")], []),
    ("call", "debtor", "坐席：您好，麦穗分期客服，请问是覃晓雯女士吗？\n客户：是，我怀孕七个月了，最近在家保胎，能不能晚点还？\n"
     "坐席：可以的，您身体要紧。我给您办理延期两个月，延期期间不产生违约金，您安心养胎。",
     [(P, "覃晓雯")], []),
    ("app", "debtor", "您反映的“催收员在电话中提及您的宗教习惯”一事已收到，我们已核实并处理相关人员，给您带来困扰深表歉意。",
     [], []),
    ("call", "debtor", "坐席：你妈在县医院住院，你白天在病房陪护，晚上十点回出租屋，这些我们都清楚，今天必须还五百。\n客户：你们太过分了。",
     [], [S]),
    ("sms", "debtor", "【冀安信息】您好，您每周二、四在市中医院做针灸理疗，路过营业厅时可顺便办理还款。",
     [], [S]),
    ("app", "debtor", "用户：孩子生病住院了，这个月实在还不上。\n客服：理解您的情况，本期账单可延后30天，无需提供任何病历，祝孩子早日康复。\n用户：谢谢你们。",
     [], []),
]

# --- personal data beyond what the message needs ------------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【麦穗分期】吴晓东，您妻子柯美玲（在九江银行柜台上班）也是本单共同收货人，请夫妻一同重视账单。",
     [(P, "吴晓东"), (P, "柯美玲")], [X]),
    ("app", "debtor", "严志刚，住青岚区滨江路37号2栋901，供职于江西昌河汽车，您的账单已逾期56天，请今日处理。",
     [(P, "严志刚"), (A, "青岚区滨江路37号2栋901")], [X]),
    ("call", "debtor", "坐席：冀安的。你爸叫祝长根，你妈叫刘冬梅，在老家种地，你好意思让他们替你操心？\n客户：……",
     [(P, "祝长根"), (P, "刘冬梅")], [X]),
    ("sms", "debtor", "【溪谷先享】您的同事龙海波、霍婷已是您登记的联系人，请您尽快回电，避免我们打扰他们。",
     [(P, "龙海波"), (P, "霍婷")], [X]),
    ("email", "debtor", "您的订单收货人信息：沈佳（女友），备用收货人：沈佳母亲卓秀云 17826467736。您的分期已逾期，请尽快还款。",
     [(P, "沈佳"), (P, "沈佳"), (P, "卓秀云"), (MB, "17826467736")], [U, X]),
    ("app", "debtor", "您在订单中填写的紧急联系人：父亲 麻庆丰 14149165290，母亲 石凤兰 14310125832。账单已逾期，请勿让家人为您担心。",
     [(P, "麻庆丰"), (MB, "14149165290"), (P, "石凤兰"), (MB, "14310125832")], [U, X]),
    ("call", "debtor", "坐席：赣信资产的。你在青岚区税务局上班，你们科长叫贝振华，要不要我跟他聊聊？\n客户：你别乱来。",
     [(P, "贝振华")], [X]),
    ("sms", "debtor", "【冀安信息】您弟弟廉志勇、妹妹廉小燕均为您的联系人，请勿让家人为您承担压力，今日请回电。",
     [(P, "廉志勇"), (P, "廉小燕")], [X]),
    ("app", "debtor", "廉先生您好，协商还款协议将寄往您登记的收件地址，请注意查收并签字寄回。",
     [], []),
    ("call", "debtor", "坐席：您好，赣信资产受溪谷先享委托，请问是牛宏伟先生吗？\n客户：是。\n坐席：请问您的收件地址还是南昌市青山湖区北京东路1180号吗？"
     "我们按这个地址寄协商还款协议。\n客户：对。",
     [(P, "牛宏伟"), (A, "南昌市青山湖区北京东路1180号")], []),
    ("notice", "debtor", "调解通知\n致：万建军\n现居：青岚区湖滨南路9号；户籍：九江市都昌县大港镇石桥村4组17号；父：万有根；母：邹桂花；配偶：聂小芳\n"
     "您在溪谷先享的欠款已逾期，请于本月25日前到赣信资产调解室协商。",
     [(P, "万建军"), (A, "青岚区湖滨南路9号"), (A, "九江市都昌县大港镇石桥村4组17号"), (P, "万有根"), (P, "邹桂花"), (P, "聂小芳")], [X]),
    ("email", "debtor", "沈女士您好：您要求寄送的结清证明已按您提供的地址（合肥市庐阳区长江中路99号）寄出，顺丰单号SF1583069921045，请注意查收。",
     [(A, "合肥市庐阳区长江中路99号")], []),
    ("app", "debtor", "系统显示您的儿媳郝欣（19305564805）代您签收了上月订单，您的分期已逾期，请您或家人尽快处理。",
     [(P, "郝欣"), (MB, "19305564805")], [U, X]),
    ("call", "debtor", "坐席：你女朋友叫姜雯雯吧，你们俩同居的事我们也知道，欠这点钱还要躲？\n客户：跟她没关系。",
     [(P, "姜雯雯")], [X]),
    ("sms", "debtor", "【麦穗分期】付明轩，您和您的室友杜凯、孔令辉合租的房子我们已登记，请尽快还款。",
     [(P, "付明轩"), (P, "杜凯"), (P, "孔令辉")], [X]),
    ("app", "debtor", "【溪谷先享】薛磊，您在中石化青岚加油站上班，家住青岚区红谷中大道1502号，逾期第40天，今天请务必还款。",
     [(P, "薛磊"), (A, "青岚区红谷中大道1502号")], [X]),
]

# --- the debt told to others in a few words, beside lawful call-back requests --------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "你弟在溪谷那边的事，该管管了。",
     [], [D]),
    ("call", "third_party", "坐席：你好，是蔺海的同事吧？他那个先享的账，你帮忙跟他提一嘴。\n第三方：什么账？",
     [(P, "蔺海")], [D]),
    ("sms", "third_party", "您好，麻烦转告您女儿，麦穗分期那边的账单今天是最后一天了。",
     [], [D]),
    ("sms", "third_party", "你老公上个月那笔还差一千二，让他今天弄一下。",
     [], [D]),
    ("call", "third_party", "坐席：你跟你表哥说一声，上回那个钱的事，溪谷还等着呢。\n第三方：哦哦，好。",
     [], [D]),
    ("app", "third_party", "他知道是什么事，就说溪谷先享找他。",
     [], [D]),
    ("app", "third_party", "房东您好，301那位租客的分期账单逾期了，我们联系不上他，他回来麻烦您告诉一声。",
     [], [D]),
    ("call", "third_party", "坐席：陈生你好，想问下你个租客谭志明仲住唔住喺度？佢喺我哋麦穗分期有笔数未还，你见到佢就叫佢打返嚟啦。\n第三方：我唔清楚佢嘅事。",
     [(P, "谭志明")], [D]),
    ("call", "third_party", "坐席：大娘，恁家妮儿在俺这儿分期买的手机，钱一直没还，恁给她说说中不中？\n第三方：啥？她咋没给俺说。",
     [], [D]),
    ("sms", "third_party", "您好，有重要事情找杜先生，麻烦转告他回电，谢谢。",
     [], []),
    ("call", "third_party", "坐席：您好，请问您认识包红霞吗？\n第三方：认识，我是她嫂子。\n坐席：那麻烦您让她回个电话，谢谢。\n第三方：啥事啊？\n"
     "坐席：是她个人的事，我们得跟她本人说，抱歉。",
     [(P, "包红霞")], []),
    ("app", "third_party", "你好，请问这个号码还是单立强在用吗？",
     [(P, "单立强")], []),
    ("call", "third_party", "坐席：您好，请问是甘雨晴女士吗？\n第三方：你打错了，我不认识这个人。\n坐席：好的，我们会把这个号码删除，抱歉打扰。",
     [(P, "甘雨晴")], []),
    ("sms", "third_party", "您好，我们有事联系您的家人明先生，请他方便时回电0755-8641 2290，谢谢。",
     [(LL, "0755-8641 2290")], []),
    ("sms", "third_party", "你哥那个分期，是打算一直拖下去？",
     [], [D]),
    ("sms", "third_party", "让你哥还麦穗的钱。",
     [], [D]),
    ("sms", "third_party", "请他回电，谢谢。",
     [], []),
    ("call", "third_party", "坐席：麻烦跟你们财务的鲍静说一声，徽诚这边催款的，让她回个电话。\n第三方：好，我转告。",
     [(P, "鲍静")], [D]),
    ("email", "third_party", "您好，请问贵司员工汪成是否仍在职？如在职，麻烦转告其与我们联系，谢谢。",
     [(P, "汪成")], []),
    ("sms", "third_party", "阿姨您好，您儿子的账还挂在溪谷，这个月再不动就要转法务了。",
     [], [D]),
    ("app", "third_party", "您好，您是罗晨的朋友吧？他上次买的那台电脑，钱到现在还没结清呢。",
     [(P, "罗晨")], [D]),
    ("call", "third_party", "坐席：房东您好，请问502的租客还住这儿吗？我们有份材料需要他本人签收。\n第三方：早搬走了。\n坐席：好的，谢谢您。",
     [], []),
]

# --- what debtors forward or paste, as they received it ------------------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "转发自158****1420：【冀安信息】郑乐，你在溪谷欠的3,020元再不还，我们就把你住院做胃切除手术的事告诉你单位。",
     [(P, "郑乐")], [S]),
    ("sms", "debtor", "以下是收到的短信原文：【麦穗分期】屈海峰（410105198803108833），您已逾期，今日不还将移交外访。",
     [(P, "屈海峰"), (ID, "410105198803108833")], [U]),
    ("app", "debtor", "[转发聊天记录] 催收员：你妈陶秀兰的电话19968509767我们有，别逼我们打。",
     [(P, "陶秀兰"), (MB, "19968509767")], [U, X]),
    ("sms", "debtor", "转发：【溪谷先享】您的分期已逾期3天，请及时还款，已还请忽略。",
     [], []),
    ("app", "debtor", "（截图转发）溪谷先享消息中心：检测到您近期在市妇幼保健院附近频繁停留，孕期也请按时还款哦。",
     [], [S]),
    ("sms", "debtor", "转发：【溪谷先享】您的还款卡6229080179067724181今日扣款失败，请尽快存入资金。",
     [(BC, "6229080179067724181")], [U]),
    ("email", "debtor", "---------- 转发的邮件 ----------\n发件人：ops@ganxin-am.cn\n主题：逾期提醒\n"
     "殷先生：您在溪谷先享的欠款已逾期52天，请于本周内还款；如有困难，可回复本邮件申请协商。",
     [(EM, "ops@ganxin-am.cn")], []),
]

# --- more calls ------------------------------------------------------------------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：大姐，你隔壁那个邝丽最近是不是老往医院跑？她在我们这分期买的药还欠着钱呢。\n第三方：我哪知道。",
     [(P, "邝丽")], [D, S]),
    ("call", "debtor", "坐席：喂，赣信资产的。你这身份证还是老号码吧，510104-680125-076，我们系统里就这个。\n客户：嗯，老证。\n坐席：那今天先还一期。",
     [(ID, "510104-680125-076")], [U]),
    ("call", "debtor", "坐席：您好，麦穗分期客服，请问是武志鹏先生吗？麻烦报一下身份证后四位。\n客户：8833。你们账单上能不能别写我买的是什么？\n"
     "坐席：可以的，短信和账单里只显示订单尾号和金额，不显示商品名称。",
     [(P, "武志鹏")], []),
    ("call", "third_party", "坐席：嫂子 你老公宋建平 在溪谷欠了五千多 他爸宋有田的电话也打不通 你们一家人商量商量\n第三方：我们早分居了",
     [(P, "宋建平"), (P, "宋有田")], [D, X]),
    ("call", "debtor", "坐席：冀安的 你每个月那个低保金 八百块 也是打到那张卡上的吧 够还一期了\n客户：那是我吃饭的钱",
     [], [S]),
    ("call", "third_party", "坐席：您好，请问是钱振华家吗？\n第三方：我是他老婆，有什么事跟我说就行。\n"
     "坐席：不好意思，这个需要他本人处理，麻烦您转告他回个电话，谢谢理解。",
     [(P, "钱振华")], []),
    ("call", "debtor", "坐席：徽诚的。你那张卡 6205 2264 0253 3610 163 这个月又扣不到钱，你是不是把钱都转走了？\n客户：没有。",
     [(BC, "6205 2264 0253 3610 163")], [U]),
    ("call", "debtor", "坐席：您好，赣信资产受溪谷先享委托，请问是杭志东先生吗？\n客户：你们别再打了，我已经委托律师处理了。\n"
     "坐席：好的，已为您登记，后续由委托方法务与您的律师联系，我们不再电话打扰。",
     [(P, "杭志东")], []),
    ("call", "third_party", "坐席：师傅你好，你们站点有个收件人叫俞峰的，他是不是住在新城花园？他欠我们分期的钱跑了。\n第三方：这个我们不能说。",
     [(P, "俞峰")], [D]),
    ("call", "debtor", "坐席：冀安的。你最近的快递都寄到嘉兴南湖那边一个工地宿舍，你人在嘉兴吧？别以为换个地方我们就找不着。\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：你前妻邓雅琴现在在市二院当护士，你们儿子归她带，你连抚养费都给不起了吧？\n客户：关你什么事。",
     [(P, "邓雅琴")], [X]),
]

# --- more texts ------------------------------------------------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "third_party", "您好，贵教会的信徒伍建波在溪谷先享欠款未还，请教会牧师帮忙提醒他。",
     [(P, "伍建波")], [D, S]),
    ("email", "debtor", "您的工资卡6222627203741334本月8日已到账7,450元，请于3日内还清逾期款项2,180元。石家庄冀安信息服务有限公司",
     [(BC, "6222627203741334")], [S, U]),
    ("sms", "third_party", "您好，您儿媳施红住合肥市包河区芜湖路17号，她在溪谷先享的分期已逾期，麻烦您提醒一下。",
     [(P, "施红"), (A, "合肥市包河区芜湖路17号")], [D, X]),
    ("app", "debtor", "检测到您手机上安装了8个借贷App，多头借贷严重，请优先归还我司欠款。",
     [], [S]),
    ("email", "unknown", "附：债务人家庭成员 妻 曲丽娟；子 罗浩然（9岁，青岚区第三小学三年级）。供外访参考。",
     [(P, "曲丽娟"), (P, "罗浩然")], [S, X]),
]

# --- more messages to relatives, contacts, neighbours and landlords -------------------------------------------------

MORE_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "杭雪女士您好，您弟弟杭斌在麦穗分期欠款2,460元，他名下车辆赣A·5N62Q已登记在案，请转告其尽快还款。",
     [(P, "杭雪"), (P, "杭斌"), (PL, "赣A·5N62Q")], [D]),
    ("call", "third_party", "坐席：叔，您是邢涛他爸吧？我们核对一下，他身份证是 五三零一零二 一九九五 一二零三 零五七三，对吧？他在溪谷先享欠了三千多，您得管管。\n"
     "第三方：我管不了他。",
     [(P, "邢涛"), (ID, "五三零一零二 一九九五 一二零三 零五七三")], [D, U]),
    ("app", "third_party", "表姐，你表弟王志杰的事你知道吧，他欠溪谷的钱。他老婆赵娜、丈母娘胡秀英的电话我们都有，就看你们家里人怎么处理了。",
     [(P, "王志杰"), (P, "赵娜"), (P, "胡秀英")], [D, X]),
    ("sms", "third_party", "你好，你们单位的冉刚最近是不是在住院治抑郁症？他在麦穗的分期也该处理一下了。",
     [(P, "冉刚")], [D, S]),
    ("call", "third_party", "坐席：大姐，你们楼上那家姓石的，开白色小车、牌照冀A·2H8L5那个，他欠我们溪谷的钱，你见着他跟他说一声。\n第三方：我们不熟。",
     [(PL, "冀A·2H8L5")], [D]),
    ("app", "third_party", "收件人您好，下单人聂海燕是您同事吧？她家住石家庄市桥西区自强路33号，丈夫叫吕建，麻烦提醒她把麦穗的分期还了。",
     [(P, "聂海燕"), (A, "石家庄市桥西区自强路33号"), (P, "吕建")], [D, X]),
    ("email", "third_party", "人事部：贵司员工储建华在溪谷先享分期欠款5,120元，其工资卡号为4367421371164663，请协助从其当月工资中代扣并转入我司账户。",
     [(P, "储建华"), (BC, "4367421371164663")], [D, U]),
    ("call", "third_party", "坐席：你弟现在在东莞长安镇那个电子厂上夜班是吧 他欠我们麦穗的钱 你让他下了班回个电话\n第三方：我跟他好久没联系了",
     [], [D, S]),
    ("sms", "third_party", "阿姨您好，您女儿苗佳在溪谷先享分期买的金饰欠款4,830元，她在南京市鼓楼区中山路268号上班，您可以去那儿找她。",
     [(P, "苗佳"), (A, "南京市鼓楼区中山路268号")], [D, X]),
    ("app", "third_party", "各位同学，邢涛欠钱不还玩失踪，他父亲邢国强的电话14130102414，谁能联系上麻烦说一声。",
     [(P, "邢涛"), (P, "邢国强"), (MB, "14130102414")], [D, U, X]),
    ("call", "third_party", "坐席：黎生，你个租客方志伟晚晚都喺楼下大排档饮到十二点，你同佢讲声，佢喺溪谷仲欠紧三千几蚊。\n第三方：我唔理呢啲嘢。",
     [(P, "方志伟")], [D, S]),
    ("sms", "third_party", "您好，您前男友段斌欠溪谷先享的钱，他现在的女朋友叫温馨，在万达影城上班，麻烦您帮忙联系他。",
     [(P, "段斌"), (P, "温馨")], [D, X]),
]

# --- more messages to debtors --------------------------------------------------------------------------------------

MORE_DEBTOR_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【冀安信息】苏建国，您儿子苏小航在青岚一中读初二，女儿苏小雨在实验小学，我们都已知晓，请尽快还款。",
     [(P, "苏建国"), (P, "苏小航"), (P, "苏小雨")], [S, X]),
    ("app", "debtor", "您名下车辆赣M·8K3D1已登记，您妻子费丽、岳父费建国也已列为本单联系人，请尽快还款。",
     [(PL, "赣M·8K3D1"), (P, "费丽"), (P, "费建国")], [X]),
    ("email", "debtor", "您的紧急联系人：哥哥 应志华 17024555211；嫂子 何萍 16234836695。您的账单已逾期61天，请尽快处理，免得家人担心。",
     [(P, "应志华"), (MB, "17024555211"), (P, "何萍"), (MB, "16234836695")], [U, X]),
    ("sms", "debtor", "【麦穗分期】您的还款卡6226-0956-2158-9162连续三期扣款失败，请更换还款卡或主动还款。",
     [(BC, "6226-0956-2158-9162")], [U]),
    ("app", "debtor", "您的代发工资卡6212264210506062上月入账9,800元，本月分期仅需1,050元，请勿以收入不足为由拖欠。",
     [(BC, "6212264210506062")], [S, U]),
    ("call", "debtor", "坐席：你岳父叫应长青，县农业局退休的，你媳妇冯丽在二小当老师，我们要不要挨个打一遍？\n客户：你们敢。",
     [(P, "应长青"), (P, "冯丽")], [X]),
    ("notice", "debtor", "催收函\n致：荣海滨\n工作单位：江西锂能科技有限公司财务部\n家庭住址：南昌市红谷滩区丰和中大道966号5栋2单元1702室\n配偶：姬雪梅\n"
     "您在溪谷先享的欠款3,780元已逾期75天，请于收函后七日内还款。\n南昌赣信资产管理有限公司",
     [(P, "荣海滨"), (A, "南昌市红谷滩区丰和中大道966号5栋2单元1702室"), (P, "姬雪梅")], [X]),
    ("sms", "debtor", "【溪谷先享】实名核验：3601 1119 8606 0724 67，您的先享额度已冻结，结清逾期账单后可申请恢复。",
     [(ID, "3601 1119 8606 0724 67")], [U]),
    ("call", "debtor", "坐席：徽诚的。你们车间主任蒲强的电话是 138-4873-3311，要不我直接找他聊聊你的事？\n客户：别，我想办法。",
     [(P, "蒲强"), (MB, "138-4873-3311")], [U, X]),
    ("sms", "debtor", "【麦穗分期】您在本平台分期购买的胰岛素泵及耗材已逾期两期，为保障您后续用药，请尽快还款。",
     [], [S]),
    ("app", "debtor", "您每周日早上都去西堤头天主堂望弥撒，做完弥撒顺路到营业厅把逾期款还了吧。",
     [], [S]),
    ("call", "debtor", "坐席：我赣信的。你这个护照EB2291847今年出了三趟境，泰国、越南都去了，这钱花得挺潇洒啊。\n客户：出差。",
     [(PP, "EB2291847")], [S, U]),
]

# --- more notes, sheets and e-mails inside the lenders and agencies -------------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "债务人家庭关系：父 卞国庆（已退休）；母 汤玉梅；姐 卞丽（省人民医院药剂科）；前女友 甘甜（已分手）。",
     [(P, "卞国庆"), (P, "汤玉梅"), (P, "卞丽"), (P, "甘甜")], [X]),
    ("app", "unknown", "外访地址核实：联系人（表哥）手机15879811351，表哥称债务人在其厂里打零工，每晚住厂宿舍。",
     [(MB, "15879811351")], [S, U]),
    ("email", "unknown", "质检单 QC-0452：坐席向客户完整念出卡号6225880240979352，未按要求只核后四位，扣5分。",
     [(BC, "6225880240979352")], [U]),
    ("email", "unknown", "冀安项目组：客户叶明辉的妻子许倩正在市肿瘤医院化疗，可从家庭开支角度做工作，促其尽快还款。",
     [(P, "叶明辉"), (P, "许倩")], [S, X]),
    ("app", "unknown", "外访记录：债务人车辆赣A·9P4T7每晚九点后停在万达广场B2层，本人多在楼上KTV，可在停车场等候。",
     [(PL, "赣A·9P4T7")], [S]),
    ("email", "unknown", "客户鲍国庆（护照E45817203）近半年出境4次，均经拱北口岸，疑似有意转移资产，请法务关注。",
     [(P, "鲍国庆"), (PP, "E45817203")], [S, U]),
    ("email", "unknown", "请外访组联系客户的前妻姜慧（县妇幼保健院收费处）了解客户现住址，顺便把客户姐夫马俊的单位也查一下。",
     [(P, "姜慧"), (P, "马俊")], [X]),
    ("email", "unknown", "工单 TS-88231：投诉人手机 176 2600 0705，反映凌晨接到催收电话，请赣信项目组核实通话记录。",
     [(MB, "176 2600 0705")], [U]),
    ("app", "unknown", "委案信息：欧阳琪 身份证130102198202104873 欠款2,750元 逾期58天 委托方：麦穗分期",
     [(P, "欧阳琪"), (ID, "130102198202104873")], [U]),
    ("app", "unknown", "查询：客户支付宝余额1.2万、余额宝3.4万，已截图存档，通话时可以直接点出来施压。",
     [], [S]),
    ("app", "unknown", "债务人子女：长子邬晨阳在湖南大学读大二，次女邬晨曦在长沙市一中读高一，可通过学校侧面了解债务人下落。",
     [(P, "邬晨阳"), (P, "邬晨曦")], [S, X]),
    ("email", "unknown", "补充：客户卓立新身份证441900198503186459，住东莞市南城区鸿福路106号，单位东莞宏达电子，妻子文雅琳在南城医院做护士。",
     [(P, "卓立新"), (ID, "441900198503186459"), (A, "东莞市南城区鸿福路106号"), (P, "文雅琳")], [U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AN-APP-NOTICES": APP_NOTICES,
    "AN-PLATFORM-SMS": PLATFORM_SMS,
    "AN-DELIVERY-RECIPIENTS": DELIVERY_RECIPIENTS,
    "AN-AGENT-CALLS": AGENT_CALLS,
    "AN-ASR-CALLS": ASR_CALLS,
    "AN-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AN-CONTACTS-EMPLOYERS": CONTACTS_EMPLOYERS,
    "AN-MERCHANTS": MERCHANTS,
    "AN-WECHAT-GROUPS": WECHAT_GROUPS,
    "AN-SKIP-TRACING": SKIP_TRACING,
    "AN-QA-AND-TICKETS": QA_AND_TICKETS,
    "AN-AGENCY-EMAILS": AGENCY_EMAILS,
    "AN-COURT-FILINGS": COURT_FILINGS,
    "AN-LETTERS": LETTERS,
    "AN-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AN-DECOYS": DECOYS,
    "AN-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AN-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AN-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AN-FORWARDED": FORWARDED,
    "AN-MORE-CALLS": MORE_CALLS,
    "AN-MORE-TEXTS": MORE_TEXTS,
    "AN-MORE-CONTACTS": MORE_CONTACTS,
    "AN-MORE-DEBTOR-TEXTS": MORE_DEBTOR_TEXTS,
    "AN-MORE-NOTES": MORE_NOTES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
