"""Writes `pipl_heldout_ax.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (resident IDs on random area codes and birth dates with the
right check character, three ending in X, an old 15-digit ID with a real month; Luhn-valid cards of 16 and 19
digits; mobiles on real prefixes; unified social credit codes with the GB 32100 check character and an
organisation code with its own); they were typed into the texts and spelled out by hand. The decoys were made to
fail the same checks and were checked against `set_format.check_identifier` for every identifier type (a 16-digit
transaction number that passed Luhn was changed).

Business lending to small merchants and sole traders carries it: a rural commercial bank (云溪农商银行: 云商贷, an
inclusive 经营贷, and a POS-flow loan) and a small-loan company (禾信小贷: a payment-code loan on the merchant's
收款码 flow, a tax-and-invoice loan, and a supply-chain loan paid to suppliers through a sales platform), the two
agencies they hire (a consulting firm in Wuhan, one in Foshan) and a law firm. The borrowers are a hardware shop,
a tea shop, a clothing stall in a market hall, a seafood stall, a grocery, a barbecue, a rice-noodle shop, a nail
studio, a car-repair company, an accessories stall in a wholesale market, a catering supplier and a milk-tea
company. Voices: the lenders' SMS and app notices, the agencies' SMS and WeChat messages, agents' calls as
transcripts and as speech-to-text output (no punctuation, fillers, self-corrections, numbers read aloud, the
payment speaker's 收款 announcements and customers ordering in the background, Henan and Hunan speech), voice
robots with keypad turns, calls and messages to shop staff, suppliers, landlords, a market management office,
customers, neighbours and relatives, merchants' and suppliers' WeChat groups and a 朋友圈 post, notices to
guarantors, visit and skip-tracing records, quality-check sheets, complaint tickets and replies, letters (a
collection letter, a reminder, a letter in traditional characters, two lawyer's letters, a repayment agreement, a
settlement certificate, a deferral confirmation), court filings (a statement of claim, applications for
preservation and enforcement, an evidence list, an address-for-service form), and texts that debtors and their
families forward or paste into complaints.

319 messages, 105 of them (33%) compliant; from 6 characters to a collection letter of 282. Identifiers stand
in 79: 18-digit IDs (typed, grouped 6-8-4 by spaces, in full-width digits, ending in X and in x, read aloud with
零 and with 叉 for X, read aloud after a self-correction), an old 15-digit ID typed and read aloud; bank cards of
16 and 19 digits (grouped by fours with spaces, hyphens or dots, in one run, read aloud in groups and in one run);
mobiles (typed, spaced 3-4-4, hyphenated, behind +86 and 0086, read aloud with 幺); a passport; landlines of the
bank, the small-loan company, the agencies and the law firm (typed, spaced, read aloud); e-mail addresses of the
lenders. Beside them stand decoys of the same shapes: unified social credit codes and taxpayer numbers failing
their check character (the valid ones are `CN_USCC` entities, see below); an old 15-digit tax registration number with no real month; acquirers' 15-digit
merchant numbers with no real month; an 8-digit POS terminal number; invoice codes, invoice numbers and a 20-digit
e-invoice number; 18-digit contract and application numbers failing the ID check; a 19-digit loan account failing
Luhn (a card with its last digit changed); a 16-digit transaction number failing Luhn; a card number one digit off
standing next to the real one; an 11-digit order number on no mobile prefix; masked forms (166****1924, 尾号5393,
身份证后四位2242). Licence plates (a car-repair owner's car, a debtor's electric car, a boyfriend's ride-hailing car)
are entities with no category. The lenders', agencies' and law firm's landlines and an agent's work mobile are
entities with no category.

`pii.unmasked_identifier` labels 72 messages. Third-party disclosure labels 69, many in few words ("周老板欠银行
的", "禾信还在等他", suppliers asked to stop delivering "等他把钱还上再说", "那件事还没了", a front desk told the
bank's manager "knows what it is about"), to shop staff, suppliers, landlords, a market office, customers, a
neighbour, a wife, a sister, a father, a daughter, a buyer, a workshop hand, merchants' and suppliers' groups and a
public post; beside them bare call-back requests that name no lender, a sealed letter a market office is asked
to hand on, questions whether someone still works somewhere, an agent who refuses to tell a landlord what the
matter is, a request under a three-party agreement to a sales platform, and notices to guarantors of their own
obligation (which are lawful; a guarantor told of the borrower's illness, whereabouts, family or documents is
not). `pii.excessive` labels 50: full names with a home address or employer, family members', staff's,
customers', suppliers' and colleagues' names and numbers, staff lists, a payroll, and the whole tax record shown
to a guarantor. `pii.sensitive` labels 84, mostly without textbook words: payment-code locations, a mahjong
afternoon, a night at a hotel, shifts and commutes, an Internet café at night, a car's route, an affair's address,
a child's school, class, tutoring and pick-up time, a cardiac stent, diabetes and insulin, chemotherapy, a
hysterectomy, a pregnancy and its check-ups, an abortion, a gastroscopy, depression and its medicine, a
registered disability and its allowance, drug rehabilitation, a criminal record, wage inflows, wallet and card
balances, a pension, other lenders' loans and a credit report, a border exit, mass at a church and Friday prayers.
Beside them stand the debtor's own mention of illness or a child's fees answered with a deferral, an agent who
asks after a hospital stay the debtor spoke of, a company's public registration details (name, credit code,
legal representative, registered address), last digits, and rules and replies that name the kind of data
without repeating it.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, companies, lenders,
agencies, law firms and courts are invented; identifiers are well formed and `set_format` checks them before
writing; e-mail addresses use real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the sender's
  or agent's words, in any form, in quality-check sheets, tickets, letters, case lists and e-mails too, and in
  outbound text to a debtor or a third party that quotes a court filing. Not: the same identifiers inside papers
  filed with a court (a statement of claim, applications, an evidence list, an address-for-service form), masked
  forms, last digits alone, a lender's, agency's or law firm's landline, an agent's work mobile, a customer saying
  their own number, a unified social credit code or taxpayer number (public registration data), a licence plate,
  a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: "the bank is after him", "that matter", "until he pays" are enough) or the debtor's
  personal data. A bare call-back request that names no lender is compliant, as is a guarantor's notice that
  states only the guarantor's own obligation under the guarantee; notes, sheets, tickets and e-mails passed
  between the lenders, the agencies and regulators go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a minor's
  school, class or routine, whereabouts at a given time and daily routine, financial account details beyond need
  (inflows, balances, pensions and allowances, other loans, a credit report), border crossings, specific
  identities (disability, drug rehabilitation, a criminal record). A hardship offer, the debtor's own words (also
  as an agent echoes them to offer a deferral or a sheet quotes them), a reply that names the kind of data without
  repeating it, or a rule forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, family members', partners',
  staff's, customers' or suppliers' names or numbers, staff lists and payrolls, or a whole tax record shown to a
  third party, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is agreed at, a company's public registration details, a relative or guarantor the
  message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor or a
relative forwards or pastes whole carries the labels of what it contains. Entities mark every string of their
type whoever it belongs to (an agent, a lender's landline, a lawyer); masked forms and service numbers are not
entities, nor are shop names built on a given name (志雄茶行, 美娟饰品); a +86 or 0086 before a mobile lies
outside its span; a surname with an honorific or a prefix (周老板, 黄阿姨, 小吴, 老刘, 顾总) is not a PERSON, a
given name alone (小芳, 阿珍, 美娟, 彩霞) is; ADDRESS reaches down to a road and number, a building and room, or a
village group and house number.
Every unified social credit code or taxpayer number that passes the GB 32100 check is a `CN_USCC` entity with no
category of its own (as in the other PIPL sets); one that fails the check is a decoy and stays unmarked.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ax`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ax.jsonl"
ID_PREFIX = "PAX"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- the bank's and the small-loan company's app notices and SMS to the merchants ------------------------------

LENDER_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【云溪农商银行】尊敬的平记五金建材商行：您的“云商贷”经营贷本期应还利息3,912.50元已逾期5天，请于3日内存入尾号5393的还款账户。如有经营困难，可在APP“我的贷款-还款协商”中申请。",
     [], []),
    ("sms", "debtor", "【云溪农商银行】周建平先生，您名下云商贷（借款人身份证420106198302164958）逾期第12天，本息合计301,744.18元，请尽快处理，详询027-8571 6620。",
     [(P, "周建平"), (ID, "420106198302164958"), (LL, "027-8571 6620")], [U]),
    ("app", "debtor", "POS流水贷还款提醒：系统于今日06:00从您尾号4727的账户扣款失败。扣款账户：6225 8878 8435 4727，户名何丽萍。请于今日18:00前补足余额。",
     [(BC, "6225 8878 8435 4727"), (P, "何丽萍")], [U]),
    ("sms", "debtor", "【禾信小贷】林老板您好，您的码商贷第4期2,186元今日到期，系统将从您的收款结算账户自动划扣，无需操作。退订回T",
     [], []),
    ("app", "debtor", "【禾信小贷·码商贷】经核查，您的收款码近30日流水较上月下降71%，且自本月9日起每晚21:30后再无交易、收款码定位移至思明区莲前西路一带。请您说明经营情况，否则我司将提前收回贷款。",
     [], [S]),
    ("sms", "debtor", "【禾信小贷】陆国华您好：您的税票贷已逾期8天，应还12,630.40元。可登录APP查看还款计划，或致电0571-86903315协商分期。",
     [(P, "陆国华"), (LL, "0571-86903315")], []),
    ("sms", "debtor", "【云溪农商银行】您好，您尾号5393的贷款账户今日已结清，感谢您对普惠金融业务的支持。如需开具结清证明，请携营业执照至开户网点办理。",
     [], []),
    ("app", "debtor", "尊敬的客户：您在我行的经营贷已逾期，我行已将逾期信息按规定报送金融信用信息基础数据库。如对报送信息有异议，可拨打96588或前往网点提出。",
     [], []),
    ("sms", "debtor", "【禾信小贷】唐秀梅女士，您在链e贷的采购融资已逾期21天，我司查询到您另在3家银行有经营贷余额共46万元、信用卡透支8.2万元，请优先偿还我司欠款。",
     [(P, "唐秀梅")], [S]),
    ("sms", "debtor", "【云溪农商银行】顾永强先生，贵司张家港永强汽车维修有限公司的流动资金贷款逾期7天。请联系客户经理小宋，手机13638679406为您登记的号码，如已变更请回复新号码。",
     [(P, "顾永强"), (MB, "13638679406")], [U]),
    ("sms", "debtor", "【云溪农商银行】顾总您好，贵司流动资金贷款已逾期7天，请联系客户经理处理，营业时间电话0512-5863 1920。",
     [(LL, "0512-5863 1920")], []),
    ("sms", "debtor", "【禾信小贷】吴美娟您好，您绑定的收款账户6227000188569030667已连续3日余额不足，您的链e贷第2期4,410元已逾期，请今日处理。",
     [(P, "吴美娟"), (BC, "6227000188569030667")], [U]),
    ("sms", "debtor", "【禾信小贷】马老板，系统显示您名下工行储蓄卡近两周每天进账约3,400元，支付宝余额还有2.6万元，却未还我司一分钱。请于明日前还清。",
     [], [S]),
    ("app", "debtor", "【云溪农商银行】钱晓燕女士您好，您的“云商贷”已逾期3天。如因门店停业导致还款困难，可在线提交延期还款申请，客户经理将在2个工作日内联系您。",
     [(P, "钱晓燕")], []),
    ("sms", "debtor", "【禾信小贷】尊敬的客户，您的贷款已逾期，如有疑问请致电0571-8690 3315（工作日9:00-17:30）。我司不会要求您向个人账户转账，谨防诈骗。",
     [(LL, "0571-8690 3315")], []),
    ("sms", "debtor", "【云溪农商银行】罗淑芬女士，经查您名下银行卡6217 9903 0478 2173 829近三个月工资代发收入为零，另在成都华西医院有住院缴费记录，请说明还款来源。",
     [(P, "罗淑芬"), (BC, "6217 9903 0478 2173 829")], [S, U]),
    ("app", "debtor", "【禾信小贷】李婷女士，武汉婷茶餐饮管理有限公司的码商贷已逾期15天。贵司法定代表人为您本人，统一社会信用代码91420106MAMG0U804X，请于本周内归还。",
     [(P, "李婷"), (UC, "91420106MAMG0U804X")], []),
    ("sms", "debtor", "【云溪农商】孙桂兰您好 您POS流水贷逾期9天 欠款36,410元 请速还 回复1申请分期",
     [(P, "孙桂兰")], []),
]

# --- the agencies' SMS and WeChat messages to the merchants ----------------------------------------------------

AGENCY_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【正衡咨询】受云溪农商银行委托，就平记五金建材商行云商贷逾期一事与您联系，请于本周五前回电027-5962 0347。",
     [(LL, "027-5962 0347")], []),
    ("sms", "debtor", "周建平，身份证420106198302164958，你在云溪农商银行的30万经营贷逾期40天了。你老婆陈秀英、你舅子谢文斌的电话我们都有，别逼我们挨个打。",
     [(P, "周建平"), (ID, "420106198302164958"), (P, "陈秀英"), (P, "谢文斌")], [U, X]),
    ("app", "debtor", "周老板，今天又去你店里了，卷帘门拉着。隔壁说你这几天都窝在徐东大街77号水岸星城6栋1502，每天上午十点多才下楼买早点，晚上去江边钓鱼。请你主动联系。",
     [(A, "徐东大街77号水岸星城6栋1502")], [S]),
    ("sms", "debtor", "【致远商务】何女士您好，您在禾信小贷的链e贷已逾期，现可申请减免部分罚息后分6期还款，详询0757-8232 1147，回复TD退订。",
     [(LL, "0757-8232 1147")], []),
    ("app", "debtor", "何丽萍 你档口卡号6225887884354727 这个月进账十几万 还说没钱？明天中午前不还我们就去华夏服装城二楼找你",
     [(P, "何丽萍"), (BC, "6225887884354727")], [S, U]),
    ("sms", "debtor", "林先生，您女儿林可欣在演武小学三年级二班，每天下午四点二十放学。为了孩子，欠禾信的八万块还是早点处理吧。",
     [(P, "林可欣")], [S, X]),
    ("app", "debtor", "林老板，您的码商贷逾期20天了，本金加利息一共81,240元。您看这周能先还多少？可以先还一部分，剩下的我帮您申请分期。",
     [], []),
    ("sms", "debtor", "马海涛，你04年因为寻衅滋事判过刑的事我们查得到，现在又欠钱不还，你想让烧烤店的客人都知道吗？",
     [(P, "马海涛")], [S]),
    ("app", "debtor", "唐姐，您上次说血糖高住院了，身体要紧。您出院后方便时回个电话，我们一起看看怎么安排还款，不急这一两天。",
     [], []),
    ("app", "debtor", "唐秀梅，湘雅三医院内分泌科住院记录我们看到了，糖尿病又不是绝症，米粉店照样开，还钱的事别拿病当借口。",
     [(P, "唐秀梅")], [S]),
    ("sms", "debtor", "【正衡咨询】钱女士：您的云商贷逾期第16天，应还本息52,316.70元。如您已还款请忽略。客服时间9:00-20:00。",
     [], []),
    ("sms", "debtor", "钱晓燕你好，你的美甲店关了，我们知道你现在每天在江宁万达的一家奶茶店上晚班，十点下班坐地铁一号线回家。欠款请尽快处理。",
     [(P, "钱晓燕")], [S]),
    ("app", "debtor", "顾总，张家港永强汽车维修有限公司的贷款逾期了，麻烦回个电话。公司的统一社会信用代码91320582MAC4KCXF7X和注册地址我们是从国家企业信用信息公示系统查的，只用于核对主体。",
     [(UC, "91320582MAC4KCXF7X")], []),
    ("sms", "debtor", "顾永强，你的车苏E7K3J9昨晚停在长安南路288号院里，今早又开去了常熟，行车路线我们都有。",
     [(P, "顾永强"), (PL, "苏E7K3J9"), (A, "长安南路288号")], [S]),
    ("app", "debtor", "吴姐，你老公楼建新的身份证33078219760424987X是担保人，手机14726805857，他不接我们电话，你让他回一下。",
     [(P, "楼建新"), (ID, "33078219760424987X"), (MB, "14726805857")], [U]),
    ("app", "debtor", "罗总您好，我是正衡的小吴，工号ZH0317，我的工作手机17386725864，您方便时回电，贵司的经营贷我们可以谈个方案。",
     [(MB, "17386725864")], []),
    ("sms", "debtor", "罗淑芬，听说你上个月做了子宫手术，人在家养着，那就让你女儿罗佳来处理，她在成都七中读高三我们也清楚。",
     [(P, "罗淑芬"), (P, "罗佳")], [S, X]),
    ("sms", "debtor", "【致远商务】孙桂兰女士，您好。您的POS流水贷已逾期，为避免影响您的征信，请于10月31日前与我们联系。如已委托律师，请告知律师联系方式。",
     [(P, "孙桂兰")], []),
    ("app", "debtor", "陆老板，税票贷的事您儿子陆浩是担保人，他在滨江那家公司上班，工号我们都有，您不想让他单位知道吧。",
     [(P, "陆浩")], [X]),
]

# --- agents' calls as transcripts ---------------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是正衡咨询，受云溪农商银行委托，请问是周建平先生吗？\n客户：是我，什么事\n坐席：关于平记五金建材商行的云商贷，目前逾期46天，想跟您确认一下还款计划。\n客户：店里生意不好，这个月实在拿不出\n坐席：理解，您可以先申请延期，我把材料清单发您微信。",
     [(P, "周建平")], []),
    ("call", "debtor", "坐席：周建平是吧，身份证尾号4958，没错吧？\n客户：对\n坐席：为核实身份，我念一遍你的还款卡，6228 4889 4108 8065 393，是这张吧？\n客户：是的",
     [(P, "周建平"), (BC, "6228 4889 4108 8065 393")], [U]),
    ("call", "debtor", "坐席：林老板，禾信小贷的，码商贷那个事。\n客户：我身份证号350203198511119932，你查嘛，我上个月还了一万\n坐席：查到了，确实收到一万，剩下七万一千二，您看下周能不能再还一部分。",
     [(ID, "350203198511119932")], []),
    ("call", "debtor", "坐席：何姐，我们查到你上个月带着你老公梁振邦去了中山大学附属第一医院，他是肝癌晚期对吧？\n客户：你们怎么知道的\n坐席：这不重要，重要的是你档口每月还有流水，这钱得先还。",
     [(P, "梁振邦")], [S]),
    ("call", "debtor", "坐席：唐女士您好，我是致远的小钟，您的链e贷逾期了，请问现在方便吗\n客户：我在医院，刚做完手术\n坐席：那您先养病，我这边帮您登记暂缓催收一个月，出院后给我们回个电话就行。\n客户：好，谢谢",
     [], []),
    ("call", "debtor", "坐席：马海涛，我给你说实话，你那个前科派出所系统里都有，你开店的营业执照也是你老婆李红霞的名字，你住金水区农业路71号后面那个小区3号楼，对吧？\n客户：你想干嘛",
     [(P, "马海涛"), (P, "李红霞"), (A, "金水区农业路71号")], [S, X]),
    ("call", "debtor", "坐席：陆老板，您好，禾信小贷，税票贷的事。\n客户：嗯\n坐席：我们这边看到贵店上季度的增值税申报已经零申报了，是不是店面有调整？\n客户：店转出去了\n坐席：那剩下一万二您打算怎么还，可以做个分期协议。",
     [], []),
    ("call", "third_party", "坐席：喂，您好，请问是平记五金的店员吗？\n第三方：我是店里的，老板不在\n坐席：麻烦您转告周老板，云溪农商银行那笔三十万的贷款逾期一个多月了，让他赶紧回电话。\n第三方：哦，好",
     [], [D]),
    ("call", "third_party", "坐席：您好，请问是黄女士吗？平记五金的房东？\n第三方：是我，怎么了\n坐席：我们想联系一下周建平先生，他电话一直打不通，您如果见到他，请他回个电话给我们，号码是027-5962 0347。\n第三方：是什么事啊\n坐席：不好意思，具体事情我们只能跟他本人说。",
     [(P, "周建平"), (LL, "027-5962 0347")], []),
    ("call", "third_party", "坐席：是鑫达管业的刘经理吗？平记五金的周建平欠我们银行钱，你们以后给他供货要现款现结，他还不上你们也收不回来。\n第三方：他欠你们多少？\n坐席：三十多万，逾期快两个月了。",
     [(P, "周建平")], [D]),
    ("call", "third_party", "坐席：喂，您是华夏服装城的管理处吧？二楼卖女装那个何丽萍欠了禾信小贷的货款融资没还，麻烦你们先别给她续租。\n第三方：这个我们管不了",
     [(P, "何丽萍")], [D]),
    ("call", "debtor", "坐席：顾总，您好，我这边是受云溪农商银行委托的正衡咨询。关于贵司的流动资金贷款，逾期十五天，想跟您约个时间到公司面谈。\n客户：下周二上午吧，来长安南路288号\n坐席：好的，下周二上午十点我们两位同事过去，会出示工作证和委托书。",
     [(A, "长安南路288号")], []),
    ("call", "third_party", "坐席：您好，我找一下钱晓燕女士。\n第三方：她不在这里上班了\n坐席：好的，那打扰了，如果她方便的话请她回个电话，谢谢。",
     [(P, "钱晓燕")], []),
    ("call", "third_party", "坐席：你是钱晓燕店里的美甲师吧？她欠银行五万多跑了，你知不知道她现在住哪？\n第三方：我不知道，工资都没给我们结",
     [(P, "钱晓燕")], [D]),
    ("call", "debtor", "坐席：罗总，我跟您核一下，您的手机是17634908736，身份证510107196704074065，对吧？\n客户：对的\n坐席：好，那我把还款方案发到这个手机上。",
     [(MB, "17634908736"), (ID, "510107196704074065")], [U]),
    ("call", "debtor", "坐席：李总，我们不是要为难您，贷款合同上写的是武汉婷茶餐饮管理有限公司，法人李婷，注册地在楚河汉街，这些都是公示信息。您作为法定代表人，我们只跟您沟通。\n客户：我知道，在筹钱",
     [(P, "李婷")], []),
    ("call", "third_party", "坐席：喂，楼建新吗，你老婆吴美娟欠禾信的钱，你是担保人，这个你知道吧？\n第三方：我知道我是担保人\n坐席：担保合同约定你对这笔两万六千四的欠款承担连带责任，本周五前请你或你爱人安排还款，有异议可以找我们书面提出。",
     [(P, "楼建新"), (P, "吴美娟")], []),
    ("call", "third_party", "坐席：彭友良先生吗？您是唐秀梅米粉店贷款的担保人。她现在糖尿病住院，店也关了，我们查到她女儿在长沙理工读大二，您看要不您先替她还？\n第三方：我再想想",
     [(P, "彭友良"), (P, "唐秀梅")], [D, S]),
]

# --- calls as speech-to-text output: no punctuation, shop noise, numbers read aloud -----------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好是林志雄林老板吧\n客户：是是 你等一下 微信收款一百二十八元 你说\n坐席：禾信小贷的码商贷那个 逾期二十一天了 您这边呃什么时候能处理\n客户：这两天茶叶刚到货 下礼拜一\n坐席：好的那我记一下下周一 您到时候在APP里还就行",
     [(P, "林志雄")], []),
    ("call", "debtor", "坐席：喂周建平啊 我跟你核对一下啊 你身份证是四二零一零六一九八三零二一六四九五八 对吧\n客户：嗯 你们到底要怎样\n坐席：不怎样 就是核对 你这个月必须还",
     [(P, "周建平"), (ID, "四二零一零六一九八三零二一六四九五八")], [U]),
    ("call", "debtor", "坐席：何丽萍女士是吧 那个链e贷还款账户啊 六二二五 八八七八 八四三五 四七二七 这张卡里现在没钱 你今天往里面存\n客户：档口里吵听不清 你再说一遍\n坐席：我说你那张卡",
     [(P, "何丽萍"), (BC, "六二二五 八八七八 八四三五 四七二七")], [U]),
    ("call", "debtor", "坐席：孙大姐啊 我是致远的 您那个POS贷\n客户：哎呀 我在排档忙着呢 老板来两斤蛤蜊 你说\n坐席：就是提醒您逾期九天了三万六千四 方便的话晚上回个电话\n客户：行行行",
     [], []),
    ("call", "debtor", "坐席：孙桂兰 你儿子孙浩然在那个青岛五十三中上初二 对吧 每天晚上九点下晚自习 你这个钱还不还\n客户：你查我孩子干什么",
     [(P, "孙桂兰"), (P, "孙浩然")], [S, X]),
    ("call", "debtor", "坐席：马老板 我们这边是受云溪农商行委托啊 你的那个POS流水贷 嗯 逾期五十多天了\n客户：俺这店关了一个多月了 没收入\n坐席：那这样 您先把困难情况写个说明 拍营业执照注销或者停业的证明给我 我帮您报减免",
     [], []),
    ("call", "debtor", "坐席：马海涛你在听不 你每天夜里两点从店里出来去花园路那个网吧 我们的人都看见了 别躲了\n客户：神经病",
     [(P, "马海涛")], [S]),
    ("call", "third_party", "坐席：喂 你好 是秀梅米粉店吗\n第三方：是的 要吃什么粉\n坐席：不是 我找唐秀梅 她是不是住院了\n第三方：老板娘不在 你哪个\n坐席：你跟她讲禾信小贷找她 她欠的钱该还了\n第三方：哦",
     [(P, "唐秀梅")], [D]),
    ("call", "third_party", "坐席：喂是义乌商贸城东门十二街那个饰品店吗 我找一下吴美娟\n第三方：老板娘出去进货了\n坐席：那麻烦你让她回个电话给我 号码零五七一 八六九零 三三一五 就说有事\n第三方：好",
     [(P, "吴美娟"), (LL, "零五七一 八六九零 三三一五")], []),
    ("call", "debtor", "坐席：顾永强吗 我念一下你的号码 幺三六 三八六七 九四零六 是这个吧 我们以后就打这个\n客户：是 别打太早\n坐席：好的 您方便的时间是",
     [(P, "顾永强"), (MB, "幺三六 三八六七 九四零六")], [U]),
    ("call", "debtor", "坐席：罗总您好 正衡的小吴 那个 您上回讲资金周转不过来 我们这边帮您申请了 呃 延期三个月 本金不变利息照算 您看可以吗\n客户：可以可以 谢谢你们\n坐席：那协议我发您邮箱",
     [], []),
    ("call", "debtor", "坐席：钱小姐 你别以为美甲店关了就没事 你现在在江宁那家奶茶店上班 店长叫汪俊对吧 他手机一八六四三五一六零四一\n客户：那是我朋友",
     [(P, "汪俊"), (MB, "一八六四三五一六零四一")], [U, X, S]),
    ("call", "debtor", "坐席：李婷啊你那个奶茶店的员工我们都问过了 小王小陈都说你这个礼拜在汉口协和住院 打胎是吧\n客户：你们太过分了",
     [(P, "李婷")], [S]),
    ("call", "debtor", "坐席：喂 陆国华吗 禾信小贷的\n客户：我儿子陆浩刚住院 我这几天都在医院\n坐席：那您先照顾家人 账户我们先挂起来 下周再联系您 保重",
     [(P, "陆国华"), (P, "陆浩")], []),
    ("call", "third_party", "坐席：喂你好是平记五金吗\n第三方：是的 买什么\n坐席：找周建平 他电话打不通 麻烦你让他有空回个电话 零二七 五九六二 零三四七\n第三方：好嘞",
     [(P, "周建平"), (LL, "零二七 五九六二 零三四七")], []),
    ("call", "third_party", "坐席：你好 我这边禾信小贷 请问你是志雄茶行的客户对吧 你上个月在他们店扫码付了三千六 林志雄欠我们八万块钱 你以后别在他那儿买了\n第三方：关我什么事",
     [(P, "林志雄")], [D]),
]

# --- the voice robots' scripts and calls ---------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是云溪农商银行普惠金融部智能客服。请问您是平记五金建材商行的经营者吗？确认请按1。\n客户：1\n坐席：您的云商贷本期利息已逾期，请于3日内还款。如需人工服务请按0。",
     [], []),
    ("call", "debtor", "坐席：您好，这里是禾信小贷，您尾号6355的手机绑定的码商贷已逾期15天，应还金额8,126元。按1转人工，按2申请分期。\n客户：2\n坐席：已为您提交分期申请，客服将在24小时内联系您。",
     [], []),
    ("call", "debtor", "坐席：林志雄先生您好，系统核验您的身份证号码为三五零二零三一九八五一一一一九九三二，银行卡号为六二一四八三五四七六七六二七四三，请确认，确认请按1。\n客户：1",
     [(P, "林志雄"), (ID, "三五零二零三一九八五一一一一九九三二"), (BC, "六二一四八三五四七六七六二七四三")], [U]),
    ("call", "third_party", "坐席：您好，这里是禾信小贷。请问您认识吴美娟女士吗？认识请按1，不认识请按2。\n第三方：1\n坐席：请您转告吴美娟女士，她的链e贷已逾期32天，欠款26,460元，请尽快还款。",
     [(P, "吴美娟"), (P, "吴美娟")], [D]),
    ("call", "third_party", "坐席：您好，这里是禾信小贷。请问您认识吴美娟女士吗？认识请按1。\n第三方：1\n坐席：麻烦您提醒她回电0571-8690 3315，谢谢，再见。",
     [(P, "吴美娟"), (LL, "0571-8690 3315")], []),
    ("call", "debtor", "坐席：【话术V3.2-逾期30+】您好，{name}先生/女士，您的{product}已逾期{days}天，欠款{amount}元。如有异议请按0转人工，退出请挂机。",
     [], []),
    ("call", "debtor", "坐席：您好，何丽萍女士，您的链e贷已逾期22天。系统检测到您本周三次前往南方医院肿瘤科，如您或家人正在就医，请按1登记，我们将暂停催收。\n客户：1",
     [(P, "何丽萍")], [S]),
    ("call", "debtor", "坐席：您好，这里是云溪农商银行。您的贷款已逾期，我们已按合同约定将逾期情况告知您的担保人。如有疑问请按0转人工。",
     [], []),
    ("call", "third_party", "坐席：您好，这里是云溪农商银行。您作为周建平先生云商贷的连带责任保证人，主债务已逾期46天，请按保证合同约定履行保证责任，详情请按0转人工。\n第三方：0",
     [(P, "周建平")], []),
    ("call", "third_party", "坐席：您好，这里是云溪农商银行，您的手机号被登记为马海涛先生的紧急联系人。马海涛先生的POS流水贷已逾期58天，欠款48,200元，请督促其还款。",
     [(P, "马海涛"), (P, "马海涛")], [D]),
    ("call", "debtor", "坐席：您好，这里是禾信小贷。经查询，您的子女孙浩然目前就读于青岛市第五十三中学，为避免影响孩子，请尽快还款。",
     [(P, "孙浩然")], [S, X]),
]

# --- landlords, suppliers, market offices, staff and customers -------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "黄阿姨您好，我是正衡咨询的，您店面的租户周老板欠银行的钱一直不还，您下次收租时提醒他一下。",
     [], [D]),
    ("app", "third_party", "黄阿姨，麻烦您见到周老板的时候让他回个电话，谢谢。",
     [], []),
    ("sms", "third_party", "刘经理：平记五金那边，在他把银行的款结清之前，建议贵司暂停给他发货。",
     [], [D]),
    ("app", "third_party", "鑫达管业您好，平记五金的周建平是我行云商贷客户，逾期46天，欠款301,744元，他的身份证420106198302164958，如他向贵司赊货请谨慎。",
     [(P, "周建平"), (ID, "420106198302164958")], [D, U]),
    ("sms", "third_party", "华夏服装城管理处：二楼何丽萍档口，禾信那边的事她还没处理。",
     [(P, "何丽萍")], [D]),
    ("sms", "third_party", "小芳你好，你们老板这个月的钱还没还上，你跟他说一声。",
     [(P, "小芳")], [D]),
    ("app", "third_party", "小芳，你们老板周建平、老板娘陈秀英、还有送货的刘师傅电话18848955889，都联系不上，你知道他们去哪了吗？",
     [(P, "小芳"), (P, "周建平"), (P, "陈秀英"), (MB, "18848955889")], [U, X]),
    ("sms", "third_party", "房东您好，大同路206号志雄茶行的林老板，他的码商贷逾期了，您那边押金能不能先别退给他。",
     [(A, "大同路206号")], [D]),
    ("app", "third_party", "布联网商家服务部：吴美娟（美娟饰品，商贸城一区东门12街2068号）在我司链e贷项下的应收账款已逾期，请冻结其平台货款结算，附其身份证330782197501066966、联系电话15004992680及近一年全部纳税申报表。",
     [(P, "吴美娟"), (A, "商贸城一区东门12街2068号"), (ID, "330782197501066966"), (MB, "15004992680")], [D, U, X]),
    ("sms", "third_party", "布联网您好，根据三方协议第7条，请将美娟饰品的应付货款按约定划至监管账户，附件为协议扫描件。",
     [], []),
    ("call", "third_party", "坐席：你好，你是孙桂兰排档的老顾客吧？我看你经常在她那里吃饭。\n第三方：是啊，怎么了\n坐席：她欠了我们三万多块钱，你吃饭的时候帮我们劝劝她。",
     [(P, "孙桂兰")], [D]),
    ("notice", "third_party", "华夏服装城管理处：您好！我司有一封密封信件需转交贵处租户何女士，信封内容仅限收件人本人拆阅，烦请代为转交。佛山致远商务咨询有限公司 0757-8232 1147",
     [(LL, "0757-8232 1147")], []),
    ("sms", "third_party", "您好，我们是云溪农商银行委托的正衡咨询，想找周建平先生，如他在您处请转告他联系我们：027-59620347。",
     [(P, "周建平"), (LL, "027-59620347")], []),
    ("sms", "third_party", "唐秀梅米粉店的房东您好：她欠钱的事您应该也听说了吧，她住院前把店里的东西搬哪去了，您知道吗？",
     [(P, "唐秀梅")], [D]),
    ("app", "third_party", "汉街商户群里的各位老板：婷茶奶茶店的李老板，那件事还没了，谁有她家里的联系方式麻烦私我。",
     [], [D]),
    ("sms", "third_party", "汪先生您好，您是否还在晓燕美甲工作室任职？如不方便回答请忽略，打扰了。",
     [], []),
    ("call", "third_party", "坐席：喂，您好，请问是永强汽修的前台吗？\n第三方：是的\n坐席：请您转告顾总回一下云溪农商银行客户经理小宋的电话，他知道是什么事。\n第三方：好的",
     [], [D]),
    ("sms", "third_party", "陈女士您好，我们在核对一笔应付账款，您是否仍在淑芬餐饮供应链公司负责财务？如是请回复1，我们会另行正式函告。",
     [], []),
    ("app", "third_party", "淑芬餐饮的各位员工：你们罗总欠贷不还，公司账上的钱优先还银行，你们的工资恐怕要晚发了。员工名单：罗佳、邓海、王春燕、刘志成。",
     [(P, "罗佳"), (P, "邓海"), (P, "王春燕"), (P, "刘志成")], [D, X]),
    ("call", "third_party", "坐席：您好，我是禾信小贷，请问是婷茶汉街店吗？\n第三方：是的\n坐席：请问您是店里负责人吗？\n第三方：我是店员\n坐席：好的，那麻烦您留个言，请李总方便时回电0571-8690 3315，谢谢。",
     [(LL, "0571-8690 3315")], []),
]

# --- guarantors: notices of their own obligation, and more than that ----------------------------------------------

GUARANTORS: list[PiplEntry] = [
    ("notice", "third_party", "保证责任履行通知书\n谢文斌先生：\n您于2023年3月8日签署《最高额保证合同》（编号YXNS-BZ-2023-0308-017），为平记五金建材商行在我行的经营贷款提供连带责任保证。现主债务已逾期46天，截至本通知日本息合计301,744.18元。请您在收到本通知之日起15日内履行保证责任。如有异议，请在上述期限内书面提出。\n云溪农村商业银行股份有限公司武昌支行\n2024年11月18日",
     [(P, "谢文斌")], []),
    ("sms", "third_party", "【云溪农商银行】谢文斌先生，您担保的平记五金经营贷已逾期，根据保证合同您需承担连带清偿责任，请联系027-8571 6620。",
     [(P, "谢文斌"), (LL, "027-8571 6620")], []),
    ("sms", "third_party", "谢文斌，你担保的周建平现在天天在徐东那边的麻将馆打牌，下午一点进去晚上十一点出来，有钱打牌没钱还贷，你劝劝你姐夫。",
     [(P, "谢文斌"), (P, "周建平")], [D, S]),
    ("app", "third_party", "梁先生您好，您为何丽萍女士的链e贷提供了保证，目前该笔借款逾期22天，未还金额58,300元。您可选择代为清偿或与我们协商，协商电话0757-8232 1147。",
     [(P, "何丽萍"), (LL, "0757-8232 1147")], []),
    ("sms", "third_party", "梁振邦，你是何丽萍的担保人，她的身份证440604198301272242、卡号6225887884354727我们发给你，你去银行帮她存钱。",
     [(P, "梁振邦"), (P, "何丽萍"), (ID, "440604198301272242"), (BC, "6225887884354727")], [D, U]),
    ("notice", "third_party", "致保证人彭友良先生：借款人唐秀梅（秀梅米粉店）在禾信小贷的链e贷已逾期30天，截至今日欠本金41,200元、利息1,873元。依据《保证合同》第五条，请您于收到本函后10日内承担保证责任。本函仅涉及您作为保证人的义务，借款人的其他信息我司依法保密。",
     [(P, "彭友良"), (P, "唐秀梅")], []),
    ("app", "third_party", "彭老板，唐秀梅的病历我拍给你看，糖尿病并发症，二级残疾证都办了，她是还不上了，你做担保人的要有心理准备。",
     [(P, "唐秀梅")], [D, S]),
    ("sms", "third_party", "汪俊先生：您作为钱晓燕云商贷的保证人，本息52,316.70元已到期未还。我行将依法向您主张保证责任，请于11月30日前与我行联系。",
     [(P, "汪俊"), (P, "钱晓燕")], []),
    ("sms", "third_party", "汪俊，钱晓燕是不是跟你住一起？她现在住你家鼓楼区青岛路16号2单元401吧，你作为担保人，让她出来面对。",
     [(P, "汪俊"), (P, "钱晓燕"), (A, "鼓楼区青岛路16号2单元401")], [D, S]),
    ("app", "third_party", "陆浩你好，你父亲陆国华的税票贷你是担保人，我们把他的营业执照、近三年纳税明细、增值税发票清单都发你了，你看看他还有多少钱。",
     [(P, "陆浩"), (P, "陆国华")], [D, X]),
    ("notice", "third_party", "楼建新先生：依据您签署的《连带责任保证书》，您对吴美娟链e贷项下债务承担连带责任。截至2024年12月2日，该笔债务逾期32天，未还本息26,460元。请您于12月17日前履行，或致电0571-86903315协商分期。",
     [(P, "楼建新"), (P, "吴美娟"), (LL, "0571-86903315")], []),
    ("call", "third_party", "坐席：谢先生，我是云溪农商银行武昌支行的客户经理，您担保的那笔贷款借款人逾期了，按合同您有保证责任，这个您清楚吧？\n第三方：清楚，我跟他商量一下\n坐席：好的，需要的话可以三方一起谈个还款计划。",
     [], []),
    ("call", "third_party", "坐席：楼先生啊，你老婆那个钱你是担保的，跟你说下，她还在外面跟别的男人开房，昨晚住的是稠州路那家如家，你自己心里有数。\n第三方：你说什么？",
     [], [D, S]),
]

# --- visit records and skip-tracing notes the agencies send to the lenders -------------------------------------

VISIT_RECORDS: list[PiplEntry] = [
    ("email", "unknown", "外访记录｜案件号ZH-YX-2411-0086｜借款主体：平记五金建材商行｜外访时间：11月20日10:30｜外访人员：吴磊、张凯｜结果：店铺卷帘门关闭，未见到经营者，已在门上留置联系函一份。下一步：电话跟进。",
     [(P, "吴磊"), (P, "张凯")], []),
    ("email", "unknown", "外访记录 ZH-YX-2411-0086 补充：经邻居反映，周建平近期每天晚上在徐东大街77号水岸星城6栋1502家中，上午去武汉市第三医院复查，据说是心脏支架术后。其妻陈秀英在积玉桥小学门口卖早点，手机18788576211。",
     [(P, "周建平"), (A, "徐东大街77号水岸星城6栋1502"), (P, "陈秀英"), (MB, "18788576211")], [S, U, X]),
    ("email", "unknown", "外访小结：志雄茶行正常营业，林志雄本人在店，表示下周一还款2万元，已签署还款承诺书。现场未拍摄顾客及店员。",
     [(P, "林志雄")], []),
    ("email", "unknown", "外访小结（致远-FS-1127）：何丽萍档口已转租他人，新租户称不认识她。管理处提供的何丽萍身份证复印件显示440604198301272242，家住禅城区季华五路21号，丈夫梁振邦在南方医院住院化疗。",
     [(P, "何丽萍"), (P, "何丽萍"), (ID, "440604198301272242"), (A, "禅城区季华五路21号"), (P, "梁振邦")], [S, U, X]),
    ("email", "unknown", "约访单：客户顾永强，约定12月3日14:00在张家港永强汽车维修有限公司（张家港市杨舍镇长安南路288号）面谈，出访2人，携带委托书、工作证、录音设备。",
     [(P, "顾永强"), (A, "张家港市杨舍镇长安南路288号")], []),
    ("email", "unknown", "外访记录：马海涛烧烤店已关门，蹲守三晚，确认其每晚11点左右骑电动车从农业路71号出发，经花园路到丰产路口的网吧，凌晨4点回家。另查到其2004年因寻衅滋事被判有期徒刑一年。",
     [(P, "马海涛"), (A, "农业路71号")], [S]),
    ("email", "unknown", "外访记录：秀梅米粉店正常营业，店员称老板娘住院，未透露病情，我方留下联系函，未向店员说明来意。",
     [], []),
    ("email", "unknown", "失联修复记录：钱晓燕原手机停机，经其保证人汪俊提供新号码186 4351 6041，已接通，客户承认欠款，约定月底前还第一期。",
     [(P, "钱晓燕"), (P, "汪俊"), (MB, "186 4351 6041")], [U]),
    ("email", "unknown", "失联修复记录：通过公开工商信息查询，吴美娟名下另有一家个体户“义乌市美娟饰品商行”，统一社会信用代码92330782MAJDMTHJ66，经营状态存续，登记地址与借款资料一致。",
     [(P, "吴美娟"), (UC, "92330782MAJDMTHJ66")], []),
    ("email", "unknown", "外访记录 淑芬餐饮：罗淑芬本人在家休养（子宫切除术后），其女罗佳在成都七中读高三，每周五下午5点放学由外婆接。公司财务陈敏、仓管邓海已离职。",
     [(P, "罗淑芬"), (P, "罗佳"), (P, "陈敏"), (P, "邓海")], [S, X]),
    ("email", "unknown", "外访记录：李婷未在婷茶汉街店，店员称其请病假。我方未追问病情，仅留下名片，请其本人回电。",
     [(P, "李婷")], []),
    ("email", "unknown", "外访记录（孙桂兰）：排档照常营业，本人在场，情绪激动，称儿子学费要交、暂时拿不出钱；已告知可申请分期，客户同意下周一到网点办理。",
     [(P, "孙桂兰")], []),
]

# --- quality-check sheets, complaint tickets and replies ----------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("email", "unknown", "质检单 QC-ZH-1121-07｜坐席：小吴（ZH0317）｜录音：周建平案 11-19 15:02｜问题：向借款人店员透露贷款机构及欠款金额；扣分-20；整改：第三方通话只请其转告回电，不得说明事由。",
     [(P, "周建平")], []),
    ("email", "unknown", "质检单 QC-ZH-1121-09｜录音中坐席完整念出客户身份证号420106198302164958及卡号6228488941088065393，违反《数据安全管理规定》第4条，扣分-30。",
     [(ID, "420106198302164958"), (BC, "6228488941088065393")], [U]),
    ("email", "unknown", "质检单 QC-ZH-1121-09（修订）：录音中坐席完整念出客户身份证号（尾号4958）及还款卡号（尾号5393），扣分-30，已对坐席进行培训。",
     [], []),
    ("email", "unknown", "质检抽检：坐席在通话中提及客户患有糖尿病并住院（客户本人在通话中先说明），坐席回应“您先养病，我们暂缓”，符合规范，不扣分。",
     [], []),
    ("email", "unknown", "质检意见：坐席向担保人彭友良透露借款人唐秀梅的病历、残疾证及女儿就读学校，严重违规，建议停岗。",
     [(P, "彭友良"), (P, "唐秀梅")], []),
    ("email", "unknown", "投诉工单 TS-20241125-0032｜投诉人：林志雄，手机15070680902｜内容：催收员联系其女儿所在学校并说出孩子班级和放学时间，要求道歉并停止联系家人。｜处理：已暂停该坐席外呼权限，3个工作日内回复。",
     [(P, "林志雄"), (MB, "15070680902")], [U]),
    ("email", "unknown", "投诉工单 TS-20241126-0011｜投诉人：孙女士（尾号4518）｜内容：机器人外呼提及其子就读学校。｜处理：已下线话术V3.1第7节，已致电投诉人致歉。",
     [], []),
    ("email", "unknown", "投诉回复：陆国华先生，您反映的我司催收人员向您儿子发送您的纳税明细一事，经核实属实，已对相关人员处理，并已要求对方删除相关文件。特此回复。",
     [(P, "陆国华")], []),
    ("email", "unknown", "【工单转派】客户马海涛（身份证410105198011107672，手机16627931924，卡号6226 0967 7089 9485）来电称催收人员提及其前科，请正衡核实并于48小时内回复。",
     [(P, "马海涛"), (ID, "410105198011107672"), (MB, "16627931924"), (BC, "6226 0967 7089 9485")], [S, U]),
    ("email", "unknown", "质检单 QC-ZY-1202-03｜录音：何丽萍案｜坐席在通话中说出客户丈夫的病情（肝癌晚期）及就诊医院，用于施压，扣分-40；话术禁止引用客户及家属的健康信息。",
     [(P, "何丽萍")], [S]),
    ("email", "unknown", "质检规范（2024版）第3条：通话中不得提及客户或其家属的健康、宗教、行踪、未成年子女信息及犯罪记录；核身只可使用证件号后四位。",
     [], []),
    ("email", "unknown", "投诉回复函：钱女士，您好。关于您投诉我司人员向您的保证人透露您的住址一事，我司已核查，确认存在不当披露，已对当事人员作出处罚并加强培训，对给您造成的困扰深表歉意。",
     [], []),
    ("email", "unknown", "质检单 QC-ZH-1203-02｜坐席对客户李婷说出其在汉口协和医院妇产科住院及手术类型，违规；另坐席称从店员处获知，涉嫌向店员打听客户隐私。",
     [(P, "李婷")], [S]),
    ("email", "unknown", "投诉工单：客户罗淑芬反映催收人员在员工群公布公司欠贷情况及员工名单，客户情绪激动，要求删除群消息。处理人：客服二组王娜。",
     [(P, "罗淑芬"), (P, "王娜")], []),
]

# --- letters and notices to the merchants --------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n函号：YXNS-CS-2024-1186\n平记五金建材商行（统一社会信用代码92420106MAR8A6768H）经营者周建平先生：\n您于2023年3月10日向我行借款人民币30万元（合同编号YXNS-JY-2023-0310-042），现已逾期46天，截至2024年11月18日尚欠本息301,744.18元。请于2024年12月5日前通过我行网点或手机银行还款。逾期不还，我行将依法向人民法院提起诉讼。如有异议，请于收函后7日内向我行书面反映。联系电话：027-8571 6620。\n云溪农村商业银行股份有限公司武昌支行（盖章）\n2024年11月18日",
     [(UC, "92420106MAR8A6768H"), (P, "周建平"), (LL, "027-8571 6620")], []),
    ("notice", "debtor", "还款提醒函\n林志雄先生（身份证号：350203198511119932）：\n您在我司的码商贷借款（合同号HX-MS-2406-11873）已逾期21天，应还81,240元，还款账号为您的收款结算卡6214 8354 7676 2743。\n杭州禾信网络小额贷款有限公司",
     [(P, "林志雄"), (ID, "350203198511119932"), (BC, "6214 8354 7676 2743")], [U]),
    ("notice", "debtor", "逾期还款通知書\n孫桂蘭女士：\n閣下於本行之POS流水貸已逾期九日，尚欠人民幣36,410元整。請於十一月三十日前歸還。如有困難，可申請分期。\n雲溪農商銀行",
     [(P, "孫桂蘭")], []),
    ("notice", "debtor", "律师函\n致：张家港永强汽车维修有限公司、顾永强\n湖北楚望律师事务所受云溪农村商业银行股份有限公司委托，就贵司流动资金贷款逾期事宜致函如下：贵司借款人民币50万元，已逾期31天。请于收函后10日内清偿，否则委托人将依法提起诉讼并申请财产保全。顾永强先生作为保证人，依法承担连带责任。\n律师：郑一鸣 联系电话：027-8766 2190\n2024年12月6日",
     [(P, "顾永强"), (P, "顾永强"), (P, "郑一鸣"), (LL, "027-8766 2190")], []),
    ("notice", "debtor", "律师函\n致：马海涛\n本所受委托就您的POS流水贷欠款事宜致函。经查，您曾于2004年因寻衅滋事罪被判处有期徒刑，现居郑州市金水区农业路71号院3号楼2单元602，您的妻子李红霞在金水区总医院做护士。请于10日内还款，否则后果自负。",
     [(P, "马海涛"), (A, "郑州市金水区农业路71号院3号楼2单元602"), (P, "李红霞")], [S, X]),
    ("notice", "debtor", "还款协议\n甲方：杭州禾信网络小额贷款有限公司\n乙方：陆国华（国华副食店经营者，统一社会信用代码92330102MA69TJ532K）\n乙方欠甲方税票贷本息12,630.40元，双方约定自2025年1月起分6期归还，每期2,105.07元，于每月15日前还至乙方尾号6568的还款账户。",
     [(P, "陆国华"), (UC, "92330102MA69TJ532K")], []),
    ("notice", "debtor", "结清证明\n兹证明钱晓燕（晓燕美甲工作室经营者）在我行的云商贷借款已于2025年1月8日全部结清，我行与其之间再无债权债务关系。\n云溪农村商业银行股份有限公司鼓楼支行",
     [(P, "钱晓燕")], []),
    ("notice", "debtor", "催缴通知\n吴美娟女士（身份证330782197501066966，手机150 0499 2680，收款卡6227 0001 8856 9030 667）：\n您的链e贷已逾期32天，未还本息26,460元，请于12月17日前还款。\n杭州禾信网络小额贷款有限公司",
     [(P, "吴美娟"), (ID, "330782197501066966"), (MB, "150 0499 2680"), (BC, "6227 0001 8856 9030 667")], [U]),
    ("notice", "debtor", "催收函\n成都淑芬餐饮供应链有限公司（法定代表人：罗淑芬；注册地址：成都市武侯区武侯祠大街247号）：\n贵司在我行的经营贷款逾期25天，尚欠本息186,520元，请于收函后15日内还款。如有异议，请于7日内书面反映至我行普惠金融部，电话028-8552 0713。\n云溪农商银行成都分行",
     [(P, "罗淑芬"), (A, "成都市武侯区武侯祠大街247号"), (LL, "028-8552 0713")], []),
    ("notice", "debtor", "催收函\n罗淑芬女士：贵司贷款逾期。我行获悉您于10月在四川省人民医院妇科住院治疗，医保结算记录显示自付金额3.2万元，可见您有还款能力，请勿拖延。",
     [(P, "罗淑芬")], [S]),
    ("notice", "debtor", "延期还款确认书\n唐秀梅女士：根据您提交的住院证明，我司同意您的链e贷还款延期90天，延期期间暂停计收罚息。您的住院材料仅用于本次审批，我司将依法保管。\n杭州禾信网络小额贷款有限公司",
     [(P, "唐秀梅")], []),
]

# --- court filings, and what is sent out about them ------------------------------------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：云溪农村商业银行股份有限公司武昌支行，住所地武汉市武昌区中北路108号，负责人：许志刚。\n被告一：周建平，男，1983年2月16日出生，汉族，身份证号码420106198302164958，住武汉市武昌区徐东大街77号水岸星城6栋1502，联系电话18842326355。\n被告二：谢文斌，男，1981年7月20日出生，身份证号码420106198107206091，住武汉市洪山区珞狮南路147号。\n诉讼请求：1.判令被告一归还借款本金29.5万元及利息、罚息；2.判令被告二承担连带清偿责任。\n此致\n云溪县人民法院",
     [(A, "武汉市武昌区中北路108号"), (P, "许志刚"), (P, "周建平"), (ID, "420106198302164958"),
      (A, "武汉市武昌区徐东大街77号水岸星城6栋1502"), (MB, "18842326355"), (P, "谢文斌"), (ID, "420106198107206091"),
      (A, "武汉市洪山区珞狮南路147号")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：杭州禾信网络小额贷款有限公司\n被申请人：何丽萍，女，身份证号440604198301272242，住佛山市禅城区季华五路21号。\n请求事项：冻结被申请人名下中国银行账户6225887884354727内存款58,300元。\n此致\n西溪区人民法院",
     [(P, "何丽萍"), (ID, "440604198301272242"), (A, "佛山市禅城区季华五路21号"), (BC, "6225887884354727")], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：云溪农村商业银行股份有限公司\n被执行人：马海涛，身份证号410105198011107672，住郑州市金水区农业路71号院3号楼2单元602。\n执行依据：云溪县人民法院（2024）云0102民初3317号民事判决书。\n申请事项：强制被执行人偿还借款本息48,200元及迟延履行期间的债务利息。",
     [(P, "马海涛"), (ID, "410105198011107672"), (A, "郑州市金水区农业路71号院3号楼2单元602")], []),
    ("notice", "unknown", "证据目录（原告禾信小贷诉被告吴美娟、楼建新借款合同纠纷）\n1.借款合同（HX-LE-2407-20556），证明借贷关系；\n2.保证书，楼建新身份证33078219760424987X，证明保证关系；\n3.放款凭证：收款账户6227000188569030667，证明已履行放款义务。",
     [(P, "吴美娟"), (P, "楼建新"), (P, "楼建新"), (ID, "33078219760424987X"), (BC, "6227000188569030667")], []),
    ("sms", "debtor", "【云溪农商】周建平，你已被起诉，案号（2024）云0102民初4471号，被告身份证420106198302164958，开庭时间12月19日9:30，请准时到庭。",
     [(P, "周建平"), (ID, "420106198302164958")], [U]),
    ("sms", "third_party", "鑫达管业刘经理：周建平被我行起诉了，起诉状上他身份证420106198302164958、家住徐东大街77号水岸星城6栋1502，你们的货款要抓紧要。",
     [(P, "周建平"), (ID, "420106198302164958"), (A, "徐东大街77号水岸星城6栋1502")], [D, U, X]),
    ("sms", "debtor", "【云溪农商银行】周先生：我行已就您的云商贷逾期向云溪县人民法院提起诉讼，法院将依法向您送达起诉状副本及传票，请以法院送达文书为准。咨询：027-8571 6620。",
     [(LL, "027-8571 6620")], []),
    ("app", "third_party", "各位商户，平记五金的周老板已经被云溪农商银行告上法庭了，大家跟他做生意小心点。",
     [], [D]),
    ("email", "unknown", "致楚望律所郑律师：附件为马海涛案的起诉材料，含被告身份证410105198011107672复印件、借款合同及还款流水，请于周五前递交法院。",
     [(P, "马海涛"), (ID, "410105198011107672")], [U]),
    ("notice", "unknown", "送达地址确认书\n受送达人：顾永强\n送达地址：张家港市杨舍镇长安南路288号\n联系电话：13638679406\n本人确认以上地址为法院诉讼文书送达地址。\n受送达人签名：顾永强",
     [(P, "顾永强"), (A, "张家港市杨舍镇长安南路288号"), (MB, "13638679406"), (P, "顾永强")], []),
]

# --- identifiers written and spoken every way -------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "周建平：你的号码188-4232-6355我们已登记为失联修复号码，今后催收通知都发这个号，请留意。",
     [(P, "周建平"), (MB, "188-4232-6355")], [U]),
    ("app", "debtor", "林老板，您的身份证号 350203 19851111 9932 已被系统标记为逾期客户，请尽快还款解除标记。",
     [(ID, "350203 19851111 9932")], [U]),
    ("sms", "debtor", "何丽萍您好，您的链e贷还款卡号为6225-8878-8435-4727，请于今日存入5,830元。",
     [(P, "何丽萍"), (BC, "6225-8878-8435-4727")], [U]),
    ("app", "debtor", "孫桂蘭女士，您的身份證號碼３７０２０２１９６８０９０３５０２７已登記於逾期名單，請儘速還款。",
     [(P, "孫桂蘭"), (ID, "３７０２０２１９６８０９０３５０２７")], [U]),
    ("call", "debtor", "坐席：陆老板 您的卡号我报一下 六二二二 零二三八 三五六四 三六七六 五六八 您确认一下\n客户：对 是这张",
     [(BC, "六二二二 零二三八 三五六四 三六七六 五六八")], [U]),
    ("sms", "debtor", "唐秀梅，身份证43010419770523488x，欠款43,073元，明日不还将上报征信。",
     [(P, "唐秀梅"), (ID, "43010419770523488x")], [U]),
    ("call", "debtor", "坐席：唐秀梅你身份证是四三零一零四一九七七零五二三四八八叉吧 我没念错吧\n客户：你念我身份证干嘛",
     [(P, "唐秀梅"), (ID, "四三零一零四一九七七零五二三四八八叉")], [U]),
    ("sms", "debtor", "马海涛（6226.0967.7089.9485）你的POS流水贷今日必须还款。",
     [(P, "马海涛"), (BC, "6226.0967.7089.9485")], [U]),
    ("app", "debtor", "顾总，贵司贷款的保证人是您本人，保证人手机+86 136 3867 9406，身份证320582197503211239，如信息有误请告知。",
     [(MB, "136 3867 9406"), (ID, "320582197503211239")], [U]),
    ("email", "debtor", "吴美娟女士：\n附件为您的链e贷逾期明细。借款人：吴美娟；证件号：330782 19750106 6966；还款账户：6227 0001 8856 9030 667；联系手机：0086-15004992680。\n禾信小贷贷后管理部 fengkong@hexinxd.cn",
     [(P, "吴美娟"), (P, "吴美娟"), (ID, "330782 19750106 6966"), (BC, "6227 0001 8856 9030 667"), (MB, "15004992680"),
      (EM, "fengkong@hexinxd.cn")], [U]),
    ("sms", "debtor", "李婷女士，您的手机16698290897、身份证42010619970102624X均已列入我司重点催收名单。",
     [(P, "李婷"), (MB, "16698290897"), (ID, "42010619970102624X")], [U]),
    ("call", "debtor", "坐席：罗总 我这边看到您的收款卡 六二一七九九零三零四七八二一七三八二九 是不是已经销户了\n客户：没有销户 就是没钱",
     [(BC, "六二一七九九零三零四七八二一七三八二九")], [U]),
    ("email", "debtor", "钱晓燕您好：\n您的还款卡6229 0874 4897 8451本月扣款失败。请回复本邮件确认新的扣款账户。\n云溪农商银行鼓楼支行 yxns_gulou@yxnsbank.cn",
     [(P, "钱晓燕"), (BC, "6229 0874 4897 8451"), (EM, "yxns_gulou@yxnsbank.cn")], [U]),
    ("sms", "debtor", "【禾信小贷】您本次登录设备绑定手机为166****1924，如非本人操作请致电0571-8690 3315。",
     [(LL, "0571-8690 3315")], []),
    ("app", "debtor", "林志雄，你护照E73920541上个月从厦门高崎出境去了越南，回来了就赶紧还钱，别以为出国就没事。",
     [(P, "林志雄"), (PP, "E73920541")], [S, U]),
    ("sms", "debtor", "陆国华：您的身份证３３０１０２１９６８０１２０６３５１，合同HX-SP-2405-30918，请确认后回复1。",
     [(P, "陆国华"), (ID, "３３０１０２１９６８０１２０６３５１")], [U]),
    ("call", "debtor", "坐席：李总 您那个老的担保合同上 您父亲李国强的身份证还是十五位的 四二零一零六六五零五一二三一三 现在要换新的\n客户：那我问问我爸",
     [(P, "李国强"), (ID, "四二零一零六六五零五一二三一三")], [U]),
    ("email", "unknown", "致正衡：请对以下客户重新外呼——李国强，身份证420106650512313，原担保人；李婷，手机166 9829 0897。禾信小贷 hexin-risk@hexinxd.cn",
     [(P, "李国强"), (ID, "420106650512313"), (P, "李婷"), (MB, "166 9829 0897"), (EM, "hexin-risk@hexinxd.cn")], [U]),
    ("sms", "debtor", "孙桂兰 你绑的卡 6217000117221017482 里一分钱都没有 你微信零钱里倒是有几千",
     [(P, "孙桂兰"), (BC, "6217000117221017482")], [S, U]),
    ("sms", "debtor", "还款卡6214835476762743",
     [(BC, "6214835476762743")], [U]),
    ("app", "debtor", "唐秀梅女士您好，您的保证人彭友良（手机133 7916 2938）已同意代偿部分款项，请您与其协商后告知我们。",
     [(P, "唐秀梅"), (P, "彭友良"), (MB, "133 7916 2938")], [U]),
]

# --- decoys: merchant numbers, credit codes, invoices, contracts, masked forms -----------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【禾信小贷】志雄茶行：您的收单商户号898350254110736本月结算资金已按码商贷协议划扣2,186元，如有疑问请联系客服。",
     [], []),
    ("app", "debtor", "平记五金建材商行您好，我行登记的统一社会信用代码为92420106MAR8A6768J，与您营业执照上的不一致，请拍照上传营业执照正本核对。",
     [], []),
    ("sms", "debtor", "【云溪农商银行】您申请的税务授权已完成，纳税人识别号92330102MA69TJ532K，授权有效期12个月。",
     [(UC, "92330102MA69TJ532K")], []),
    ("email", "debtor", "国华副食店：\n贵店用于申请税票贷的增值税普通发票（发票代码042001900111，发票号码03817254）票面信息模糊，请重新上传。另一张全电发票号码24422000000381725406已核验通过。\n禾信小贷审批部",
     [], []),
    ("notice", "debtor", "还款通知\n借款合同编号：420106202403100421\n借据号：6228488941088065394\n借款人：平记五金建材商行\n应还本息：301,744.18元\n还款截止日：2024年12月5日",
     [], []),
    ("sms", "debtor", "您的订单20241118042已发货，链e贷代付货款1,830元，请于账单日前还款。【禾信小贷】",
     [], []),
    ("app", "debtor", "何女士，您的交易流水号4200002183202412对应的货款已由链e贷代付，供应商为佛山布联纺织，请核对。",
     [], []),
    ("sms", "debtor", "【致远商务】您好，您尾号4727的卡今日扣款失败，身份证后四位2242已核验，请于今日18:00前存入款项。",
     [], []),
    ("app", "debtor", "顾永强先生：贵司原税务登记证号420106738291547已随三证合一作废，请以统一社会信用代码91320582MAC4KCXF7X为准更新资料。",
     [(P, "顾永强"), (UC, "91320582MAC4KCXF7X")], []),
    ("sms", "debtor", "【禾信小贷】您的借款申请号350203202406118735已进入复核，结果将通过短信告知。",
     [], []),
    ("app", "debtor", "吴美娟，您的卡6227000188569030667是还款卡，不是6227000188569030668，上次您转错卡了，钱退回去了，今天重新转。",
     [(P, "吴美娟"), (BC, "6227000188569030667")], [U]),
    ("sms", "debtor", "陆老板：发票代码042001900111的那张发票我们已核验，您的身份证330102196801206351也已人证比对通过。",
     [(ID, "330102196801206351")], [U]),
    ("email", "unknown", "商户贷贷后数据回传（致正衡）：收单商户号822420158120394，商户名称平记五金建材商行，统一社会信用代码92420106MAR8A6768H，近30日交易笔数0，建议列为停业风险。",
     [(UC, "92420106MAR8A6768H")], []),
    ("app", "debtor", "孙桂兰您好，POS机终端号37020251 商户号898370288163402，近7日无刷卡交易，请说明是否停业。",
     [(P, "孙桂兰")], []),
    ("sms", "debtor", "【云溪农商银行】合同YXNS-JY-2023-0310-042项下贷款账户6228488941088065394已结息，本期利息3,912.50元，扣款卡尾号5393。",
     [], []),
    ("app", "debtor", "李总，您提交的统一社会信用代码91420106MAMG0U804Y校验不通过，我核对了一下应该是结尾X，麻烦您再看一下营业执照。",
     [], []),
    ("sms", "debtor", "马海涛，你绑定的手机16627931924一直关机，你档口POS商户号898410105827361也停用了，躲得了初一躲不过十五。",
     [(P, "马海涛"), (MB, "16627931924")], [U]),
    ("email", "unknown", "数据核对（致远→禾信）：美娟饰品统一社会信用代码92330782MAJDMTHJ66核验通过；淑芬餐饮报送的91510107MAY4B6PWXJ校验位错误，应为91510107MAY4B6PWXL，请更正。",
     [(UC, "92330782MAJDMTHJ66"), (UC, "91510107MAY4B6PWXL")], []),
]

# --- sensitive data, mostly without the textbook words, beside near-misses -----------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "周老板，你每周二周四上午去三医院心内科复查，下午就在店门口喝茶，这叫没时间还钱？",
     [], [S]),
    ("app", "debtor", "林老板，你女儿早上七点四十由你爱人送到演武小学东门，这个我们都看在眼里，钱的事你自己掂量。",
     [], [S]),
    ("sms", "debtor", "何丽萍，你老公在南方医院做的第四次化疗花了两万三，医保卡里还剩六千，先拿来还链e贷。",
     [(P, "何丽萍")], [S]),
    ("app", "debtor", "孙大姐，你在市南区那家彩票站每天下午三点准时去买彩票，有闲钱买彩票没钱还贷？",
     [], [S]),
    ("sms", "debtor", "陆国华，你每月10号到账的退休金3,260元，我们要求你从这个月开始全部用来还款。",
     [(P, "陆国华")], [S]),
    ("app", "debtor", "马海涛，你在戒毒所待过两年的事我们也知道，别逼我们去跟你老丈人说。",
     [(P, "马海涛")], [S]),
    ("sms", "debtor", "唐女士，您的米粉店关门后您每天早上去麓山南路那家诊所打胰岛素，身体不好更要早点把账清了。",
     [], [S]),
    ("app", "debtor", "钱晓燕，你每周日上午都去石鼓路天主堂做弥撒，主会原谅你欠钱不还吗？",
     [(P, "钱晓燕")], [S]),
    ("sms", "debtor", "顾永强，你在张家港第一人民医院做的肝穿刺报告我们看过了，不是什么大病，别装。",
     [(P, "顾永强")], [S]),
    ("app", "debtor", "吴美娟，你上周三晚上十点从商贸城回家，走的是城中北路，开的那辆浙G·D3K718，我们的人一直跟着。",
     [(P, "吴美娟"), (PL, "浙G·D3K718")], [S]),
    ("sms", "debtor", "罗淑芬，你在武侯区残联登记的精神残疾二级，每月领的补贴也可以拿出来还钱。",
     [(P, "罗淑芬")], [S]),
    ("app", "debtor", "李婷，你怀孕五个月了吧，产检都在武汉妇幼，孩子生下来之前把钱还了。",
     [(P, "李婷")], [S]),
    ("sms", "debtor", "孙桂兰，你儿子孙浩然每天放学后在延安三路那家辅导班补数学，六点半下课，你心里有数。",
     [(P, "孙桂兰"), (P, "孙浩然")], [S, X]),
    ("app", "debtor", "周建平，你上周五晚上十点住进了武昌火车站旁边的汉庭，住了两晚，房费是用你老婆的卡付的。",
     [(P, "周建平")], [S]),
    ("sms", "debtor", "林志雄，你支付宝里余额宝还有四万二，微信零钱通一万六，还说没钱？",
     [(P, "林志雄")], [S]),
    ("app", "debtor", "何女士，您的征信报告显示您名下另有两笔经营贷，共欠他行37万元，这些也请一并如实告知我们。",
     [], [S]),
    ("sms", "debtor", "马老板，您每周五中午去北二七路清真寺礼拜，我们就在寺门口等您。",
     [], [S]),
    ("app", "debtor", "唐女士，您说您血糖控制不好刚出院，我们很理解。您的链e贷可以先办延期，不用着急，身体要紧。",
     [], []),
    ("sms", "debtor", "周先生，上次通话您提到您在做心脏方面的治疗。如需申请延期还款，可提交相关证明，我们会严格保密。",
     [], []),
    ("sms", "debtor", "顾总您好，您上次说在苏州住院，现在出院了吗？方便时给我们回个电话，贷款的事不急于这两天。",
     [], []),
    ("app", "debtor", "李婷，你在汉街店上班每天十点开门晚上十点关门，中午一点到两点在二楼休息室吃饭，我们随时可以来找你聊聊。",
     [(P, "李婷")], [S]),
]

# --- more personal data than the message needs -----------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "周建平，你老婆陈秀英、你女儿周雨欣、你舅子谢文斌，我们都会一个个打电话。",
     [(P, "周建平"), (P, "陈秀英"), (P, "周雨欣"), (P, "谢文斌")], [X]),
    ("app", "debtor", "林老板，您店里三个店员阿珍、小吴、陈志远的手机我们都有，您要是再不接电话，我们只能问他们了。",
     [(P, "阿珍"), (P, "陈志远")], [X]),
    ("sms", "debtor", "何丽萍，你档口的供货商佛山布联纺织的老板叫梁国栋，电话13151872046，你欠他的货款我们也清楚。",
     [(P, "何丽萍"), (P, "梁国栋"), (MB, "13151872046")], [U, X]),
    ("app", "debtor", "孙桂兰，你排档的熟客王建国、刘海燕、赵磊，我们已经拿到了他们的微信，你想让他们知道吗？",
     [(P, "孙桂兰"), (P, "王建国"), (P, "刘海燕"), (P, "赵磊")], [X]),
    ("sms", "debtor", "陆国华，你儿子陆浩在滨江区网商路599号云帆大厦上班，你女儿陆佳在上城区望江路小学当老师。",
     [(P, "陆国华"), (P, "陆浩"), (A, "滨江区网商路599号"), (P, "陆佳")], [X]),
    ("app", "debtor", "马海涛，你老丈人李德福住在中牟县韩寺镇李庄村3组17号，我们明天过去拜访一下。",
     [(P, "马海涛"), (P, "李德福"), (A, "中牟县韩寺镇李庄村3组17号")], [X]),
    ("sms", "debtor", "唐秀梅，你妹妹唐秀兰在长沙县星沙开服装店，电话18707316625，你弟弟唐建军在广州打工。",
     [(P, "唐秀梅"), (P, "唐秀兰"), (MB, "18707316625"), (P, "唐建军")], [U, X]),
    ("app", "debtor", "钱晓燕，你店里原来的美甲师周琳、吴倩倩现在在哪上班我们都知道，她们的工资你也还没结吧。",
     [(P, "钱晓燕"), (P, "周琳"), (P, "吴倩倩")], [X]),
    ("sms", "debtor", "顾总，贵司员工花名册我们已从社保缴纳记录中调取：钣金顾强、喷漆张明华、前台沈丽，共14人。",
     [(P, "顾强"), (P, "张明华"), (P, "沈丽")], [X]),
    ("app", "debtor", "吴美娟，你义乌的房子在稠城街道宾王路158号锦都小区2幢601，你老公楼建新开的那家物流公司在福田街道。",
     [(P, "吴美娟"), (A, "稠城街道宾王路158号锦都小区2幢601"), (P, "楼建新")], [X]),
    ("sms", "debtor", "罗淑芬，你淑芬餐饮最大的三个客户：蜀味轩火锅的老板刘强、老码头的采购王兵、川味居的张丽，我们会一个一个通知。",
     [(P, "罗淑芬"), (P, "刘强"), (P, "王兵"), (P, "张丽")], [X]),
    ("app", "debtor", "李婷，你爸李国强、你妈胡桂芝住在江夏区纸坊大街88号，你男朋友在光谷开滴滴，车牌鄂A·3F7Q2，都清楚。",
     [(P, "李婷"), (P, "李国强"), (P, "胡桂芝"), (A, "江夏区纸坊大街88号"), (PL, "鄂A·3F7Q2")], [X]),
    ("email", "unknown", "案件移交清单（禾信→致远）：借款人何丽萍，家住禅城区季华五路21号，丈夫梁振邦，公公梁德全，小叔子梁振华手机13919647284，档口员工阿英、阿美。",
     [(P, "何丽萍"), (A, "禅城区季华五路21号"), (P, "梁振邦"), (P, "梁德全"), (P, "梁振华"), (MB, "13919647284"), (P, "阿英"), (P, "阿美")], [U, X]),
    ("email", "unknown", "案件移交清单（云溪→正衡）：平记五金建材商行，经营者周建平，应还本息301,744.18元，逾期46天，联系电话尾号6355，保证人谢文斌。",
     [(P, "周建平"), (P, "谢文斌")], []),
    ("notice", "debtor", "催收函\n陆国华先生：\n您的税票贷逾期32天。经查，您近三年纳税申报明细如下：2021年应纳税额1.2万元，2022年0.9万元，2023年零申报；您儿子陆浩月薪1.8万元，儿媳徐婷在市一医院工作。请尽快还款。",
     [(P, "陆国华"), (P, "陆浩"), (P, "徐婷")], [S, X]),
    ("sms", "debtor", "马老板，你那个烧烤店的厨师老刘、服务员小敏、收银小李，我们都加了微信。",
     [(P, "小敏")], [X]),
    ("app", "debtor", "林志雄，你太太王丽娜在厦门中山医院药剂科上班，工号都查到了。",
     [(P, "林志雄"), (P, "王丽娜")], [X]),
    ("sms", "debtor", "顾永强，你那个维修厂的客户名单我们也有，老客户张伟明的宝马、陈海波的奥迪，车都在你厂里修的。",
     [(P, "顾永强"), (P, "张伟明"), (P, "陈海波")], [X]),
]

# --- disclosure in few words ---------------------------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "黄阿姨，周老板欠银行的，您心里有个数。",
     [], [D]),
    ("app", "third_party", "刘经理，平记那边先别送货了，等他把钱还上再说。",
     [], [D]),
    ("sms", "third_party", "阿珍，跟你老板说，禾信还在等他。",
     [(P, "阿珍")], [D]),
    ("app", "third_party", "管理处您好，二楼那个女装档口，贷款的事她一直没处理，麻烦提醒下。",
     [], [D]),
    ("sms", "third_party", "你好，你是陆老板的邻居吧？麻烦跟他讲一声，税票贷那边在找他。",
     [], [D]),
    ("app", "third_party", "彩霞，你们店老板娘的那笔钱，下礼拜再不还就麻烦了。",
     [(P, "彩霞")], [D]),
    ("sms", "third_party", "各位老顾客：涛哥烧烤暂停营业，老板欠的钱还没还清，有他消息请告诉我们。",
     [], [D]),
    ("app", "third_party", "王老板，你隔壁的晓燕美甲欠了云溪农商的款，你见着她让她回个电话。",
     [], [D]),
    ("sms", "third_party", "顾总的司机您好，顾总那笔银行贷款的事，麻烦您转告他今天务必回电。",
     [], [D]),
    ("app", "third_party", "您好，我们是婷茶的供货方风控合作单位，李总那边有一笔逾期，麻烦您作为房东留意一下她的去向。",
     [], [D]),
    ("sms", "third_party", "嫂子，美娟那笔链e贷的事，你劝劝她。",
     [(P, "美娟")], [D]),
    ("call", "third_party", "坐席：是罗总公司的仓库吗？你们老板那个贷款的事还没处理，你跟她说一下\n第三方：我就一打工的",
     [], [D]),
    ("sms", "third_party", "你好，请转告周建平先生回电027-59620347，谢谢。",
     [(P, "周建平"), (LL, "027-59620347")], []),
    ("app", "third_party", "老乡，你跟林志雄熟，帮我问问他，那八万打算什么时候给。",
     [(P, "林志雄")], [D]),
    ("sms", "third_party", "您好，我们找何女士有事，麻烦她方便时回个电话，谢谢。",
     [], []),
    ("app", "third_party", "您好，唐老板娘的米粉店还开着吗？她那边的款项我们一直联系不上她。",
     [], [D]),
    ("sms", "third_party", "【禾信小贷】您好，您的好友孙桂兰将您填写为紧急联系人，她在我司的借款已逾期，请提醒她还款。",
     [(P, "孙桂兰")], [D]),
    ("call", "third_party", "坐席：你好，请问你是周建平的老婆吗？\n第三方：是，什么事\n坐席：他店里那笔三十万的，银行让我们来问问\n第三方：我不管他的事",
     [(P, "周建平")], [D]),
    ("app", "third_party", "刘师傅，你送货的那家平记五金，老板可能要被银行起诉了，你的货款早点结。",
     [], [D]),
    ("sms", "third_party", "马老板的房东您好，他房租押金能不能先扣着，他外面还有账没还清。",
     [], [D]),
    ("sms", "third_party", "周老板欠银行钱。",
     [], [D]),
    ("app", "third_party", "林志雄欠八万",
     [(P, "林志雄")], [D]),
]

# --- WeChat: private chats, merchant groups, suppliers' groups, moments ---------------------------------------------

WECHAT: list[PiplEntry] = [
    ("app", "third_party", "[汉正街五金商户群] 各位老板，平记五金周建平欠云溪农商银行三十万跑路了，谁拿了他的货没付钱的，款先别给他，直接联系我。",
     [(P, "周建平")], [D]),
    ("app", "third_party", "[鑫达管业客户群] 通知：平记五金即日起停止赊销，原因大家懂的，银行在追他。",
     [], [D]),
    ("app", "third_party", "[华夏服装城二楼商户群] @全体成员 B区的何丽萍，身份证440604198301272242，欠禾信链e贷五万八，谁知道她现在在哪？",
     [(P, "何丽萍"), (ID, "440604198301272242")], [D, U]),
    ("app", "third_party", "[思明茶商联谊群] 志雄茶行林老板最近经营困难，码商贷都还不上了，大家跟他拿货要现款。",
     [], [D]),
    ("app", "third_party", "[云霄路美食街商户群] 孙桂兰的排档是不是不开了？她还欠着POS贷，谁有她儿子的电话？",
     [(P, "孙桂兰")], [D]),
    ("app", "third_party", "楼先生，这是你老婆吴美娟在商贸城的进货单和她所有客户的联系方式，你看看她的钱都去哪了：义乌鸿发饰品 陈建华 15967921063，金华欣悦商贸 何晓敏 13805797741。",
     [(P, "吴美娟"), (P, "陈建华"), (MB, "15967921063"), (P, "何晓敏"), (MB, "13805797741")], [D, U, X]),
    ("app", "third_party", "罗佳同学你好，你妈妈罗淑芬的公司欠银行18万，她生病在家，你作为家属应该督促她还款。",
     [(P, "罗佳"), (P, "罗淑芬")], [D, S]),
    ("app", "third_party", "[婷茶员工群] 各位，你们李总欠了码商贷没还，店里收款码以后收的钱先别转给她。",
     [], [D]),
    ("app", "third_party", "[永强汽修客户群] 各位车主，永强汽修老板顾永强已被云溪农商银行起诉，送修车辆请尽快取回。",
     [(P, "顾永强")], [D]),
    ("app", "third_party", "王老板，你认识唐秀梅吧？她米粉店旁边那家就是你的。她住院了，糖尿病挺严重，欠我们四万多，你帮我们盯着点。",
     [(P, "唐秀梅")], [D, S]),
    ("app", "debtor", "周建平，你老婆陈秀英的手机18788576211我们已经打过了，她说让你自己处理。",
     [(P, "周建平"), (P, "陈秀英"), (MB, "18788576211")], [U, X]),
    ("app", "debtor", "林老板，这是你老婆王丽娜上周五在SM商场刷卡的记录，一次花了八千多，还说没钱还码商贷？",
     [(P, "王丽娜")], [S, X]),
    ("app", "debtor", "[语音转文字] 何丽萍我跟你讲你那个身份证幺幺零六零四 哦不对 四四零六零四一九八三零一二七二二四二 我这边都有了 你跑不掉",
     [(P, "何丽萍"), (ID, "四四零六零四一九八三零一二七二二四二")], [U]),
    ("app", "debtor", "马海涛，你前妻张秀云和你儿子马俊现在住在惠济区天河路29号，我们昨天去过了。",
     [(P, "马海涛"), (P, "张秀云"), (P, "马俊"), (A, "惠济区天河路29号")], [X]),
    ("app", "debtor", "陆老板，你儿子陆浩的卡号6282887316528955我们也有，他是担保人，我们直接从他卡里扣。",
     [(P, "陆浩"), (BC, "6282887316528955")], [U]),
    ("app", "debtor", "钱晓燕，你在鼓楼医院做的抑郁症复诊我们也知道，吃的那个舍曲林，别拿这个装可怜。",
     [(P, "钱晓燕")], [S]),
    ("app", "debtor", "李总，您每天下午五点去接您儿子，水果湖第二小学一年级，我们的人就在门口。",
     [], [S]),
    ("app", "debtor", "顾永强，你在常熟那个情人住的地方我们也找到了，虞山镇海虞北路36号，要不要我们帮你告诉你老婆？",
     [(P, "顾永强"), (A, "虞山镇海虞北路36号")], [S]),
    ("app", "third_party", "朋友圈 | 【寻人】何丽萍，佛山禅城人，华夏服装城档主，手机13856580899，欠款不还，知情者请私信，重谢！",
     [(P, "何丽萍"), (MB, "13856580899")], [D, U]),
    ("app", "third_party", "[金水区烧烤同行群] 涛哥烧烤马海涛，坐过牢的，现在又欠银行四万八，大家别借钱给他。",
     [(P, "马海涛")], [D, S]),
    ("app", "debtor", "罗总，你们公司的工资表我们拿到了：邓海6,800、王春燕5,200、刘志成4,900、陈敏7,300，这些人我们一个个联系，你看着办。",
     [(P, "邓海"), (P, "王春燕"), (P, "刘志成"), (P, "陈敏")], [X]),
]

# --- more calls: agents to merchants and the people around them ------------------------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂，是鑫达管业吗？找刘经理。\n第三方：我就是\n坐席：平记五金周建平在你们那边还有多少应收款？他欠我们银行的钱，我们想知道他有没有钱。\n第三方：这个不方便说",
     [(P, "周建平")], [D]),
    ("call", "third_party", "坐席：喂 是华夏服装城管理处吗 我问一下 二楼何丽萍的租金交到几月了 她欠禾信的钱没还 我们要评估一下\n第三方：你哪里的 我们不能说",
     [(P, "何丽萍")], [D]),
    ("call", "third_party", "坐席：喂，小芳啊，你老板周建平是不是去三医院了，听说他心脏不好？\n第三方：我不清楚\n坐席：他欠银行那三十万你知道吧，你帮我们看着点他什么时候来店里。",
     [(P, "小芳"), (P, "周建平")], [D, S]),
    ("call", "third_party", "坐席：你好，你是林志雄茶行的顾客吧，你上个月用收款码付了三千六，付款备注写的林总茶叶，没错吧？\n第三方：你怎么知道的\n坐席：他的收款流水我们都能看到，他欠了码商贷，你以后付款留意一下。",
     [(P, "林志雄")], [D, S]),
    ("call", "debtor", "坐席：何丽萍 你听好 你那个链e贷 我们查到你另外在两家网贷平台借了十二万和八万 你拆东墙补西墙\n客户：我在档口忙 等下说\n坐席：别等下",
     [(P, "何丽萍")], [S]),
    ("call", "debtor", "坐席：孙桂兰你好 你儿子那个学校我们去过了 五十三中初二三班 班主任姓王对吧\n客户：你们想干什么\n坐席：没想干什么 就是让你把钱还了",
     [(P, "孙桂兰")], [S]),
    ("call", "third_party", "坐席：喂，您好，这里是禾信小贷，请问是唐秀兰女士吗？\n第三方：是我\n坐席：你姐姐唐秀梅欠我们四万三，人住院了，糖尿病，你作为妹妹能不能先垫上？\n第三方：我哪有钱",
     [(P, "唐秀兰"), (P, "唐秀梅")], [D, S]),
    ("call", "debtor", "坐席：钱晓燕，你那个担保人汪俊，身份证320106198307195792，电话18643516041，我们已经联系他了。\n客户：他只是担保，你们别骚扰他",
     [(P, "钱晓燕"), (P, "汪俊"), (ID, "320106198307195792"), (MB, "18643516041")], [U]),
    ("call", "third_party", "坐席：喂，是杨舍镇那家永强汽修吗？我找顾永强。\n第三方：顾总不在，我是车间的\n坐席：你跟他说，银行那五十万再不还，厂子就要被查封了，你们工资也发不出来。",
     [(P, "顾永强")], [D]),
    ("call", "debtor", "坐席：吴美娟 我跟你核一下 你的卡 六二二七 零零零一 八八五六 九零三零 六六七 你老公的身份证 三三零七八二一九七六零四二四九八七叉 都没错吧\n客户：你们怎么能随便念\n坐席：核对信息",
     [(P, "吴美娟"), (BC, "六二二七 零零零一 八八五六 九零三零 六六七"), (ID, "三三零七八二一九七六零四二四九八七叉")], [U]),
    ("call", "debtor", "坐席：罗总 我们这边查到您上个月在华西医院心理卫生中心挂了号 您是不是压力太大了 压力大也得还钱\n客户：……",
     [], [S]),
    ("call", "third_party", "坐席：喂，请问是李国强先生吗？您是李婷的父亲吧？\n第三方：是的\n坐席：您女儿开的奶茶店欠了我们码商贷六万多，逾期一个月了，您家里看看能不能帮她还一下。",
     [(P, "李国强"), (P, "李婷")], [D]),
    ("call", "debtor", "坐席：马海涛 你别装了 你老婆李红霞在金水区总医院上班 每天早上七点半从你们家出门 我们在医院门口等她\n客户：你敢",
     [(P, "马海涛"), (P, "李红霞")], [S, X]),
    ("call", "debtor", "坐席：陆国华 你上礼拜三去浙一医院做了胃镜 病理报告出来了吧 是不是胃癌\n客户：你们怎么知道",
     [(P, "陆国华")], [S]),
    ("call", "third_party", "坐席：您好，是陈建华陈老板吗？我是禾信小贷的，您跟吴美娟有生意往来吧？\n第三方：有啊\n坐席：她欠我们两万六没还，您欠她的货款能不能先打给我们？",
     [(P, "陈建华"), (P, "吴美娟")], [D]),
    ("call", "debtor", "坐席：顾永强，你那个奥迪苏E·5M2T8昨天在常熟服务区加的油，你去常熟干嘛？\n客户：我去哪关你什么事",
     [(P, "顾永强"), (PL, "苏E·5M2T8")], [S]),
    ("call", "debtor", "坐席：林志雄 我把你店员的名字念给你听 阿珍 陈志远 吴小红 她们家里电话我们都有\n客户：你们别找她们",
     [(P, "林志雄"), (P, "阿珍"), (P, "陈志远"), (P, "吴小红")], [X]),
    ("call", "debtor", "坐席：唐秀梅 你好 你的保证人彭友良身份证430104197006263737 我们已经发律师函给他了 你自己掂量\n客户：我在住院啊",
     [(P, "唐秀梅"), (P, "彭友良"), (ID, "430104197006263737")], [U]),
]

# --- messages debtors and their families paste or forward whole, as received ------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "转发给12378的截图文字：“周建平，身份证420106198302164958，你女儿周雨欣在武昌实验中学初一（5）班，再不还钱后果自负。”这是催收发给我的，请帮我投诉。",
     [(P, "周建平"), (ID, "420106198302164958"), (P, "周雨欣")], [S, U, X]),
    ("email", "unknown", "投诉材料附件：对方发给我的短信原文——“林志雄，你卡号6214835476762743的流水我们每天都在看，昨天收了一万二。”发送号码1069开头。",
     [(P, "林志雄"), (BC, "6214835476762743")], [S, U]),
    ("app", "unknown", "【转发】何丽萍：你丈夫梁振邦南方医院肿瘤科住院号0043217，病床12床，我们会去探望他。",
     [(P, "何丽萍"), (P, "梁振邦")], [S]),
    ("email", "unknown", "我是孙桂兰，下面是催收员在微信里发我的话，原样粘贴：“孙姐，你儿子孙浩然五十三中初二三班，放学走的云霄路，你最好今天就还。”",
     [(P, "孙桂兰"), (P, "孙浩然")], [S, X]),
    ("app", "unknown", "转：“陆国华，你家住上城区望江路128号后面的望江家园7幢302，你老婆叶秋萍在清波街道办上班。”——这是禾信外包的催收发的。",
     [(P, "陆国华"), (A, "上城区望江路128号后面的望江家园7幢302"), (P, "叶秋萍")], [X]),
    ("email", "unknown", "金融监管局您好，我收到如下短信：“马海涛，你2004年寻衅滋事判过刑，你想让烧烤街的人都知道吗？”请求处理。",
     [(P, "马海涛")], [S]),
    ("app", "unknown", "我妈唐秀梅收到的：“唐秀梅，身份证43010419770523488X，卡号6236 6898 1999 7605 733，明天不还就起诉。”这种短信合法吗？",
     [(P, "唐秀梅"), (P, "唐秀梅"), (ID, "43010419770523488X"), (BC, "6236 6898 1999 7605 733")], [U]),
    ("email", "unknown", "投诉附件（钱晓燕）：“你每周日上午在石鼓路天主堂，我们就在门口等你。”",
     [(P, "钱晓燕")], [S]),
    ("app", "unknown", "转发原文：“罗总，贵司财务陈敏手机17716390284、出纳邓海手机15828047351，我们已分别联系。”",
     [(P, "陈敏"), (MB, "17716390284"), (P, "邓海"), (MB, "15828047351")], [U, X]),
    ("email", "unknown", "12378转办单附件，投诉人李婷提供的截图文字：“李婷，你在武汉妇幼做的产检我们都知道，孩子生下来了还不还钱？”",
     [(P, "李婷"), (P, "李婷")], [S]),
]

# --- more notes, sheets and e-mails between the lenders and the agencies -------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("email", "unknown", "案件分配表（云溪→正衡 第47批）：周建平 420106198302164958 18842326355 欠301,744.18；钱晓燕 320106197711247609 18643516041 欠52,316.70。",
     [(P, "周建平"), (ID, "420106198302164958"), (MB, "18842326355"), (P, "钱晓燕"), (ID, "320106197711247609"), (MB, "18643516041")], [U]),
    ("email", "unknown", "外访补充（何丽萍案）：客户女儿梁晓琪在禅城区张槎中学读初三，每天中午在学校附近的托管班吃饭；客户丈夫肝癌化疗中，家中经济困难。",
     [(P, "何丽萍"), (P, "梁晓琪")], [S, X]),
    ("email", "unknown", "致禾信风控：林志雄的码商贷收款流水显示，近30日每晚22点后的交易全部发生在海沧区一家KTV，疑似其另在该处经营，建议核实。",
     [(P, "林志雄")], [S]),
    ("email", "unknown", "情况说明：马海涛的保证人为其妻李红霞（身份证410105198307283560），李红霞在金水区总医院任护士，月薪约7,000元。",
     [(P, "马海涛"), (P, "李红霞"), (ID, "410105198307283560"), (P, "李红霞")], [S, U, X]),
    ("email", "unknown", "失联修复（顾永强案）：经车辆轨迹查询，苏E7K3J9本周三次往返张家港至常熟虞山镇，夜间停放于海虞北路36号小区。",
     [(P, "顾永强"), (PL, "苏E7K3J9"), (A, "海虞北路36号")], [S]),
    ("email", "unknown", "禾信贷后周报：吴美娟案，担保人楼建新名下物流公司近期流水良好；已获取其员工名单（楼建平、方晓丽、何勇等12人）及客户名单，建议逐一联系施压。",
     [(P, "吴美娟"), (P, "楼建新"), (P, "楼建平"), (P, "方晓丽"), (P, "何勇")], [X]),
    ("email", "unknown", "外访发现（陆国华案）：其儿媳徐婷在市一医院检验科上班，手机13588102746；孙子陆一鸣在望江路幼儿园大班，每天下午四点由奶奶接。",
     [(P, "陆国华"), (P, "徐婷"), (MB, "13588102746"), (P, "陆一鸣")], [S, U, X]),
    ("email", "unknown", "质检单 QC-ZY-1209-05｜录音：唐秀梅案｜坐席对保证人说出借款人“糖尿病、二级残疾”及其女儿就读长沙理工大学，扣分-40，停岗一周。",
     [(P, "唐秀梅")], [S]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AX-LENDER-NOTICES": LENDER_NOTICES,
    "AX-AGENCY-TEXTS": AGENCY_TEXTS,
    "AX-AGENT-CALLS": AGENT_CALLS,
    "AX-ASR-CALLS": ASR_CALLS,
    "AX-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AX-THIRD-PARTIES": THIRD_PARTIES,
    "AX-GUARANTORS": GUARANTORS,
    "AX-VISIT-RECORDS": VISIT_RECORDS,
    "AX-QA-AND-TICKETS": QA_AND_TICKETS,
    "AX-LETTERS": LETTERS,
    "AX-COURT-FILINGS": COURT_FILINGS,
    "AX-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AX-DECOYS": DECOYS,
    "AX-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AX-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AX-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AX-WECHAT": WECHAT,
    "AX-MORE-CALLS": MORE_CALLS,
    "AX-FORWARDED": FORWARDED,
    "AX-MORE-NOTES": MORE_NOTES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
