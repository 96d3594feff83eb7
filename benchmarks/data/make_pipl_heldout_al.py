"""Writes `pipl_heldout_al.jsonl`, the thirty-eighth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants, first five entries and closing functions of `make_pipl_heldout_ak.py` (for
the record format and the labelling conventions, which this set keeps). It did not open the recognizers, the PII
analyser, the rule packs, the lexicons, the models, the training data, other tests or any other set's entries, and
ran no detector, scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script
(random area codes and birth dates with the right check character, five ending in X, old 15-digit IDs with a real
month, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes, passports and permits to the
pattern); they were typed into the texts and spelled out digit by digit by hand. Every decoy was checked by a
second throw-away script to fail the ID, card and mobile checks of `set_format`.

One lender carries it: a licensed consumer-finance company whose instalment loans are sold in phone shops, IT and
language training schools, a driving school and two medical-beauty clinics, and the three agencies it hires. Its
stage SMS, app pushes and in-app chats, WeChat Work messages from agency staff, agents' calls as transcripts and
as speech-to-text output (no punctuation, fillers, self-corrections, numbers read aloud, Sichuan, Henan and Hunan
speech, Cantonese to a Zhuhai and Macau borrower), voice-robot scripts with keypad turns, letters (stage notices,
a lawyer's letter, a mediation notice, a settlement certificate, hardship notices, letters to families, employers
and a residents' committee), messages to emergency contacts, parents, partners, roommates, landlords, guards,
colleagues, employers' HR, class teachers, counsellors, dormitory staff and driving instructors, the merchants'
WeChat groups and e-mails, quality-check sheets, complaint tickets and their replies, e-mails between the lender
and its agencies, and messages a debtor or a relative forwarded whole. A letter, a robot call, SMS and a notice
come in traditional characters; two SMS templates keep unfilled placeholders.

312 messages, 103 of them (33%) compliant. Identifiers stand in 77: 18-digit IDs (five ending in X, one read
with 叉 for it, one in full-width digits, grouped 6-8-4 by hyphens, spaced 4 by 4, spaced digit by digit by a
robot, with a stray space before the X, read aloud with 幺 洞 两 勾, in traditional characters) and an old
15-digit one; bank cards of 16 and 19 digits (glued to the words, grouped by fours with spaces and by dots, read
aloud in groups of four); mobiles (behind +86 and 0086, hyphenated, spaced 3-4-4, read aloud); passports (E read
aloud and spaced 1-4-4, EB spaced letter by letter, an old G read aloud), permits to Hong Kong and Macau (C) and
home-return permits (H, M); landlines of the lender, the agencies, a law firm and a mediation centre; the e-mail
addresses of the lender and an agency. Beside them stand decoys of the same shapes: 18-digit contract numbers
failing the check character, a phone's IMEI, a 15-digit waybill and a device IMEI with no real month, 11-digit
student, mock-exam and ticket numbers on no mobile prefix, a 10-digit student number, 16- and 19-digit order,
merchant, refund, transaction and loan-account numbers failing Luhn, a 17-digit corporate account, masked forms
(3601**********7006, 138****1204, 6228 48** **** **** 808) and last digits alone. Licence plates (a driving
school's coach car, debtors' cars) are entities with no category. The collectors' work mobiles and the lender's,
agencies', lawyer's and mediation centre's landlines and e-mails are entities with no category.

`pii.unmasked_identifier` labels 72 messages. Third-party disclosure labels 78, many in few words or by
implication ("Ruihe called again, he knows what for", "the matter with the phone money", "she did that and never
settled", "that one is still hanging"), to a father, a mother, a mother-in-law, a husband, a wife, a sister, an
uncle, a girlfriend, an ex-husband, roommates, a landlord, a guard, a neighbour, colleagues, an employer's HR, a
class teacher, a counsellor, dormitory staff, a driving instructor, phone shops, a clinic's and a school's WeChat
groups, a residents' committee and a building's owners' group; beside them bare call-back requests that name no
lender, a wrong number, sealed letters an employer or a counsellor is asked to hand on, a school asked only whether
a class has finished, and merchants told what they may no longer be told. `pii.excessive` labels 35: full names
with a home or work address, and the names and numbers of spouses, an ex-husband, girlfriends and boyfriends,
parents, in-laws, siblings, a cousin and children, in SMS, chats, letters and calls. `pii.sensitive` labels 77,
mostly without the textbook words: a nose job and liposuction, a breast implant and its infection, hair
transplants, thermage and hyaluronic acid, fat-dissolving injections and before-and-after photos, a uterine
operation, a relative's chemotherapy and dialysis, a pregnancy, antenatal visits and a scan, a clinic's follow-up
dates, class timetables, exam times, a dormitory's curfew, library hours, a bus home, a child's school and pick-up
time, a night-market stall, a gym and a foot spa, border crossings and a flight, wage and bonus inflows, balances,
deposits, other lenders' loans and spending. Beside them stand debtors speaking of their own surgery, pregnancy or
a mother's dialysis and agents answering with a deferral or instalments, general hardship offers, a merchant named
without its treatment, a balance that is only "insufficient", a pay slip used only to set a plan, and instructions
and quality-check sheets that forbid or condemn such use.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in quality-check sheets, tickets and e-mails too. Not:
  masked forms, last digits alone, a lender's, agency's, lawyer's or mediation centre's landline, the collector's
  work mobile, a customer saying their own number, a licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the consumer-finance company as the one looking for him is enough) or the
  debtor's personal data. A bare call-back request that names no lender is compliant, and so is a merchant asked
  about an order number or a class with no customer named; tickets, quality-check sheets and e-mails passed
  between the lender and its agencies go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives (a named cosmetic procedure
  among them), pregnancy, a minor's school or routine, whereabouts at a given time and daily routine (class
  timetables, exam times, a dormitory's hours, border crossings), financial account details beyond need (wage
  inflows, balances, deposits, other loans, spending). A lender's offer to pause for illness or pregnancy in
  general, the merchant's name alone, the debtor's own words, or a rule or sheet forbidding or condemning such
  use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' and partners'
  names or numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a
  letter is sent to or a visit is announced at, a relative the message is addressed to.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400
service numbers are not entities, and a +86 or 0086 before a mobile lies outside its span; a surname with an
honorific or a prefix (黄先生, 小吴, 王老师, 梁生, 梁伯) is not a PERSON, a given name alone is; ADDRESS reaches down
to a road and number, a building and room, or an estate's block and flat.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_al`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_al.jsonl"
ID_PREFIX = "PAL"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the consumer-finance company's stage SMS to borrowers ---------------------------------------------------

STAGE_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】您购买手机的分期第6期1,099.00元将于12月15日到期，请提前存入尾号8785的还款卡。回TD退订",
     [], []),
    ("sms", "debtor", "【瑞禾消费金融】周嘉怡女士，您在悦颜医疗美容门诊部办理的分期（合同尾号4416）已逾期3天，应还2,316.50元，请及时处理。客服400-618-7720",
     [(P, "周嘉怡")], []),
    ("sms", "debtor", "【瑞禾消费金融】周嘉怡，您在悦颜做的鼻综合+大腿环吸那单分期已逾期17天。术后复查别耽误，钱也别耽误，今天内还2316.5元。",
     [(P, "周嘉怡")], [S]),
    ("sms", "debtor", "【瑞禾分期】{name}您好，您的培训分期已逾期{days}天，应还${amount}，请于{date}前还款，逾期信息将按规定报送征信系统。退订回T",
     [], []),
    ("sms", "debtor", "【瑞禾消费金融】刘浩然，身份证530102200202027219名下手机分期逾期45天，欠款4,872元，明日起转外访处理。",
     [(P, "刘浩然"), (ID, "530102200202027219")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】尊敬的黄志强先生，系统显示您尾号2533的储蓄卡今日入账工资6,850元，当前余额7,012.36元，请主动还款本期1,320元。",
     [(P, "黄志强")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】黄先生，本期1320元自动扣款未成功，原因：还款卡余额不足。请于今日20:00前存入，系统将再次扣款。",
     [], []),
    ("sms", "debtor", "【瑞禾消费金融】陈思琪您好，您在启航IT职业培训学校报名的Java全栈课程分期已逾期8天，应还1,180元。如已结课或退学，可致电4006187720申请协商。",
     [(P, "陈思琪")], []),
    ("sms", "debtor", "【瑞禾消费金融】陈思琪，你每周二、四、六晚7点在启航滨江校区302上课，9点半下课，我们同事会在教室门口等你谈还款的事。",
     [(P, "陈思琪")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】林晓燕女士，您的医美分期已逾期21天。可登录瑞禾分期APP-我的-还款计划查看明细，如有困难可在线申请延期。",
     [(P, "林晓燕")], []),
    ("sms", "debtor", "【瑞禾消费金融】林晓燕，知道你怀孕了，在市妇幼建的档，预产期明年三月，但1,968元欠款不会因此免除，今天务必还上。",
     [(P, "林晓燕")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】吴俊杰，你的驾培分期逾期60天。你的还款卡6214834665688785、身份证440305199305059419均已登记在案，勿心存侥幸。",
     [(P, "吴俊杰"), (BC, "6214834665688785"), (ID, "440305199305059419")], [U]),
    ("sms", "debtor", "【瑞禾消費金融】何欣小姐，您的分期已逾期十二天，本期應還人民幣1,455元。如已還款請忽略本訊息。客服熱線400-618-7720",
     [(P, "何欣")], []),
    ("sms", "debtor", "【瑞禾消费金融】马骏，你名下18212551298、13048051491两个号都打不通，是换号了吗？逾期款3,260元请尽快联系处理。",
     [(P, "马骏"), (MB, "18212551298"), (MB, "13048051491")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】你的分期款逾期了，速回电0571-85127630。", [(LL, "0571-85127630")], []),
    ("sms", "debtor", "【瑞禾消费金融】郑凯，你老婆顾晓雯，手机15263316954，在滨湖万达的屈臣氏上班，你也不想我们联系她吧？",
     [(P, "郑凯"), (P, "顾晓雯"), (MB, "15263316954")], [U, X]),
    ("sms", "debtor", "【瑞禾消费金融】温馨提示：瑞禾不会以任何理由要求您转账至个人账户，官方还款渠道仅限瑞禾分期APP及我司对公账户，谨防诈骗。",
     [], []),
    ("sms", "debtor", "【瑞禾消费金融】袁志鹏先生，您在我司的两笔分期（购机、培训）合计逾期5,410元；另经查询，您在其他3家平台尚有未结清借款共4.2万元，请优先偿还我司欠款。",
     [(P, "袁志鹏")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】彭飞，账单逾期30天了，你这个月在“夜色”KTV刷了1,860，足疗店又是620，还说没钱还？",
     [(P, "彭飞")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】曾佳慧，分期逾期。现住址：海口市美兰区海府路38号椰林苑4栋1102，单位：海口恒泰物业管理有限公司。请勿换号失联。",
     [(P, "曾佳慧"), (A, "海口市美兰区海府路38号椰林苑4栋1102")], [X]),
    ("sms", "debtor", "【瑞禾消费金融】您好，您的协商还款方案已生效：自2025年1月起每月还款680元，共12期，期间不再计收罚息。退订回T",
     [], []),
    ("sms", "debtor", "【瑞禾消费金融】许文博同学，你在启航的学费分期本期应还760元，已逾期6天。学校放寒假前请处理好，如需延期可在APP申请。",
     [(P, "许文博")], []),
    ("sms", "debtor", "【瑞禾消费金融】许文博，你们班这学期课表我们拿到了，周一到周五下午两点到五点半实训室，晚自习到九点，回宿舍前先把钱还了。",
     [(P, "许文博")], [S]),
]

# --- app pushes, in-app messages and WeChat Work chats with borrowers ------------------------------------------

APP_CHATS: list[PiplEntry] = [
    ("app", "debtor", "【瑞禾分期】您的账单已逾期2天，逾期罚息按合同约定计收，点击 rhfq.cn/r/8Kq2 立即还款", [], []),
    ("app", "debtor", "赵雅婷您好，您在美熙医疗美容诊所的分期已逾期。系统显示您11月3日、11月17日两次回诊所做术后复查，说明有时间有能力，请尽快还款。",
     [(P, "赵雅婷")], [S]),
    ("app", "debtor", "客服：您好，这里是瑞禾消费金融贷后服务，请问是唐磊先生吗？\n客户：是我，上个月做了个阑尾手术，刚出院\n"
     "客服：理解的，您先养好身体。您可以在APP提交延期申请，审核通过后本期顺延30天，不产生罚息。",
     [(P, "唐磊")], []),
    ("app", "debtor", "专员：唐先生，您说家里困难我们核实了，您爱人在市二医院肿瘤科做化疗，每三周一次。这个情况我们登记了，但欠款还是要还的。",
     [], [S]),
    ("app", "debtor", "客服：麻烦提供一下您的还款卡号，我帮您查扣款记录。\n用户：6228481016216735808\n"
     "客服：查到了，您这张卡本月16日扣款失败，原因是卡片状态异常，建议在APP里换绑一张卡。",
     [(BC, "6228481016216735808")], []),
    ("app", "debtor", "客服：谢宇航先生您好，核对一下您绑定的卡：6217009061028114491，建设银行，预留手机19932654168，信息无误请回复1。",
     [(P, "谢宇航"), (BC, "6217009061028114491"), (MB, "19932654168")], [U]),
    ("app", "debtor", "[企业微信] 鼎衡-小吴：邓伟，你在东鑫驾校约的科目二是周六早上8点吧，教练车浙A3K87学，我到时候在训练场门口等你。",
     [(P, "邓伟"), (PL, "浙A3K87学")], [S]),
    ("app", "debtor", "催收员：许文博，你每天早上7点40从桃源小区出门，坐地铁2号线到启航上课，对吧？\n客户：你们怎么知道的\n"
     "催收员：知道的多了，今天把钱还了。",
     [(P, "许文博")], [S]),
    ("app", "debtor", "曹静您好，您近6个月工资流水月均9,300元，公积金账户余额4.1万元，完全具备还款能力，请于今日结清逾期款2,086元。",
     [(P, "曹静")], [S]),
    ("app", "debtor", "用户：我怀孕五个月了，医生让卧床保胎，实在上不了班\n客服：非常理解，先祝您和宝宝平安。您可以申请困难延期，最长90天，"
     "期间暂停催收提醒，需要我帮您发起吗？",
     [], []),
    ("app", "debtor", "[企业微信] 佑安-阿康：蒋美玲你好，你那个玻尿酸加热玛吉的疗程分期还差两期，你下周二不是还约了悦颜做第三次吗，先把钱结了再去。",
     [(P, "蒋美玲")], [S]),
    ("app", "debtor", "[企业微信] 佑安-阿康：蒋女士您好，我是佑安信息咨询的，受瑞禾消费金融委托跟您沟通分期还款。您方便的时候回个消息，我们可以谈分期方案。",
     [], []),
    ("app", "debtor", "客服：邱先生，您提供的流水截图我们收到了，不需要再发其他账户的明细，只需确认下月15号能否还上这期即可。",
     [], []),
    ("app", "debtor", "专员：邱立新，我们查了你工行、招行两张卡，工行余额三千二，招行还有一万一的定期，别说没钱。",
     [(P, "邱立新")], [S]),
]

# --- the lender's and the agencies' agents on the phone, as transcribed ------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是瑞禾消费金融贷后服务部，我是工号3107的徐婕，请问是钟海先生本人吗？\n客户：是我\n"
     "坐席：钟先生，您在星联通讯办理的手机分期本期应还899元，已逾期4天，今天方便处理吗？\n客户：下周一发工资就还\n"
     "坐席：好的，给您登记下周一，请按时还款，谢谢。",
     [(P, "徐婕"), (P, "钟海")], []),
    ("call", "debtor", "坐席：我瑞禾消费金融的，找冯建国\n客户：我就是\n坐席：核对下身份证，450103198005249919，是你吧？你那个分期拖了快三个月了\n客户：是",
     [(P, "冯建国"), (ID, "450103198005249919")], [U]),
    ("call", "debtor", "坐席：冯先生，你爱人韦春花在南宁民族大道166号的桂发超市做收银，电话13835111204我们也有，你看是你自己处理，还是我们去找她？",
     [(P, "韦春花"), (A, "南宁民族大道166号"), (MB, "13835111204")], [U, X]),
    ("call", "third_party", "坐席：您好，请问是陈国栋先生吗？\n联系人：是我，哪位\n"
     "坐席：陈先生您好，我们有事需要联系陈思琪本人，麻烦您方便时转告她回个电话，0571-85127630，谢谢。\n联系人：什么事啊？\n"
     "坐席：具体情况需要和她本人沟通，不方便透露，抱歉打扰了。",
     [(P, "陈国栋"), (P, "陈思琪"), (LL, "0571-85127630")], []),
    ("call", "third_party", "坐席：喂，是陈思琪爸爸吧？\n联系人：对，咋了\n坐席：你女儿在我们瑞禾办的培训分期，欠了3,540块，三个月没还了，你跟她说一声。",
     [(P, "陈思琪")], [D]),
    ("call", "third_party", "坐席：阿姨您好，周嘉怡是您女儿吧？她在悦颜做了吸脂和鼻子，钱是在我们这分期的，现在逾期两个多月了。\n"
     "联系人：啊？她没跟我说过整形的事啊\n坐席：那您劝劝她吧，一万多块呢。",
     [(P, "周嘉怡")], [D, S]),
    ("call", "third_party", "坐席：你好，是恒泰物业吗？找一下你们财务的曾佳慧。\n第三方：她今天休息，你哪里？\n坐席：那麻烦你让她回个电话给小刘就行，谢谢。",
     [(P, "曾佳慧")], []),
    ("call", "third_party", "坐席：喂，海口恒泰物业吗？我这边是瑞禾消费金融，你们单位曾佳慧在我们这有笔分期逾期了，她电话打不通，你们人事帮忙提醒一下？\n"
     "第三方：这个我们不管的",
     [(P, "曾佳慧")], [D]),
    ("call", "debtor", "坐席：宋佳明，你联系人填的你妈王桂芳，13930870245，还有你哥宋佳伟，15100608665，这两个我们都打过了，你自己看着办。\n客户：你们打我家里人干嘛",
     [(P, "宋佳明"), (P, "王桂芳"), (MB, "13930870245"), (P, "宋佳伟"), (MB, "15100608665")], [U, X]),
    ("call", "debtor", "客户：我的卡号是6222021202680240976，你看下扣了没\n坐席：好的，尾号0976这张卡今天上午扣款成功，1,099元，本期已结清。",
     [(BC, "6222021202680240976")], []),
    ("call", "third_party", "坐席：您好，是启航培训的班主任王老师吗？我是瑞禾消费金融的，你们班许文博的学费分期欠了我们两期，麻烦您上课时跟他说一下。\n"
     "第三方：这个我不太方便",
     [(P, "许文博")], [D]),
    ("call", "third_party", "坐席：您好，请问是启航IT培训学校教务处吗？我们是瑞禾消费金融商户运营，想确认一下2024年9月开班的Java就业班是否已经全部结课？\n"
     "第三方：是的，11月底就结课了\n坐席：好的，谢谢您。",
     [], []),
    ("call", "debtor", "坐席：喂，梁振宇先生呀？我系瑞禾消费金融嘅，你喺美熙诊所做嗰单分期逾期咗十日，今期要还1,860蚊，你睇下几时方便？\n客户：得，我听日过数",
     [(P, "梁振宇")], []),
    ("call", "third_party", "坐席：你好，我是鼎衡的，你隔壁1102那户曾佳慧最近住不住家里？\n第三方：好像住的吧\n坐席：她欠钱不还，你见到她让她赶紧联系瑞禾。",
     [(P, "曾佳慧")], [D]),
    ("call", "third_party", "坐席：您是林晓燕的老公吧？她现在怀着孕，我们也不想逼她，但她在我们这的医美分期已经欠了一千九多了，您做丈夫的帮她还了吧。",
     [(P, "林晓燕")], [D, S]),
    ("call", "third_party", "坐席：你好，请问是黄志强吗？\n第三方：打错了，我不认识这个人\n坐席：不好意思打扰了，我们会把这个号码从记录里删除。",
     [(P, "黄志强")], []),
    ("call", "debtor", "坐席：您好，我是杭州鼎衡商务咨询的调解员叶倩，受瑞禾消费金融委托联系您，请问是曹静女士吗？\n客户：是\n"
     "坐席：曹女士，您的分期逾期了42天，欠款2,086元。如果一次还不上，可以申请分6期，每期大概350元，您看可以吗？\n客户：可以，分期吧",
     [(P, "叶倩"), (P, "曹静")], []),
    ("call", "debtor", "坐席：曹静，你别跟我说没钱，你儿子在滨江二幼读中班，一个月保育费就两千四，交得起学费还不起分期？",
     [(P, "曹静")], [S]),
    ("call", "third_party", "坐席：您好，请问您是罗俊的朋友吗？\n联系人：算是吧，同事\n坐席：好的，麻烦您见到他时让他回个电话，号码0731-84452106，谢谢您。",
     [(P, "罗俊"), (LL, "0731-84452106")], []),
    ("call", "third_party", "坐席：罗俊同事是吧，他在我们佑安委托的案子一直不处理，欠的是瑞禾的手机分期，六千多，你们同事之间劝劝。",
     [(P, "罗俊")], [D]),
]

# --- agents' calls as speech-to-text output: no punctuation, fillers, numbers read aloud ---------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好是吴俊杰吧这边瑞禾消费金融的啊就是你那个驾校分期嘛呃你还款卡是不是六二一四 八三四六 六五六八 八七八五这张\n"
     "客户：嗯对\n坐席：这张卡一直扣不到钱你今天能存进去不",
     [(P, "吴俊杰"), (BC, "六二一四 八三四六 六五六八 八七八五")], [U]),
    ("call", "third_party", "坐席：喂你好请问是刘浩然的舍友吗呃我们这边是瑞禾的他手机分期欠了四千八百七十二块一直联系不上你让他回个电话\n"
     "第三方：我不知道啊你打他本人",
     [(P, "刘浩然")], [D]),
    ("call", "debtor", "坐席：那个黄志强你身份证号我念一下你核对啊四幺洞幺洞五 幺勾八幺洞六洞五 两勾幺八对吧\n客户：嗯是\n坐席：好那我们继续说那个欠款的事",
     [(P, "黄志强"), (ID, "四幺洞幺洞五 幺勾八幺洞六洞五 两勾幺八")], [U]),
    ("call", "debtor", "坐席：刘浩然我跟你说啊你住职院北区七号楼对吧你们周三下午没课我们的人周三下午过去找你当面聊\n客户：你们别来学校",
     [(P, "刘浩然")], [S]),
    ("call", "debtor", "坐席：嗯嗯那个您说的情况我这边理解啊就是您现在做完手术在家休养对吧那我这边给您申请一个延期啊三十天之内不会再打扰您\n客户：好谢谢",
     [], []),
    ("call", "third_party", "坐席：喂你好是星联通讯城东店吗那个你们店员马骏在不在啊他那个分期的事还没弄好让他抓紧啊\n第三方：他出去了",
     [(P, "马骏")], [D]),
    ("call", "third_party", "坐席：喂阿姨您好请问郑凯在家吗\n联系人：他不在出去了\n坐席：哦那麻烦您跟他说一下让他回个电话啊号码就是这个来电号码谢谢阿姨",
     [(P, "郑凯")], []),
    ("call", "debtor", "客户：我换号了新号幺五零 四八三六 六九五幺\n坐席：好的我记一下尾号六九五幺对吧以后就打这个号",
     [(MB, "幺五零 四八三六 六九五幺")], []),
    ("call", "debtor", "坐席：赵雅婷是吧瑞禾的\n客户：嗯\n坐席：你昨天下午三点多不是还去美熙打了水光针吗有钱打针没钱还款啊",
     [(P, "赵雅婷")], [S]),
    ("call", "debtor", "坐席：何欣你护照号是E二九零九五五七零吧你是不是准备出国了我们查到你下周三飞首尔的机票\n客户：你们怎么查到的",
     [(P, "何欣"), (PP, "E二九零九五五七零")], [S, U]),
    ("call", "debtor", "坐席：袁志鹏你那个工资卡是招行的吧六二幺四 八三……不对我看错了反正尾号四五六二我们看到你每个月十号进账八千多",
     [(P, "袁志鹏")], [S]),
    ("call", "third_party", "坐席：喂你好你是邓伟的教练吧他科目二练车一般几点到啊\n第三方：你谁啊\n坐席：我瑞禾的他学车的钱是我们这贷的现在没还",
     [(P, "邓伟")], [D]),
    ("call", "debtor", "坐席：就是说你现在是在那个坐月子是吧嗯好的那我们这边先暂停催收哈等您方便了再联系我们不着急\n客户：谢谢你啊",
     [], []),
    ("call", "third_party", "坐席：喂是蒋美玲家里吗呃我这边是悦颜的合作机构啊她那个热玛吉的钱还没付清你是她妈妈吧你让她赶紧处理一下",
     [(P, "蒋美玲")], [D, S]),
    ("call", "debtor", "坐席：对就是这样所以您那个手机号幺三七六 五幺四八 三两三是您本人在用的吧我们以后就打这个\n客户：对",
     [(MB, "幺三七六 五幺四八 三两三")], [U]),
]

# --- robot callers: the lender's voice robot, with keypad turns ---------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是瑞禾消费金融智能客服，请问您是何欣本人吗？是请按1，不是请按2。\n客户：（按键1）\n"
     "机器人：您的分期账单已逾期12天，本期应还1,455元，请您今日通过瑞禾分期APP还款。如需人工服务请按0。",
     [(P, "何欣")], []),
    ("call", "debtor", "机器人：为核实身份，请确认您的身份证号码为 3 5 0 2 0 3 1 9 9 1 0 9 0 2 3 7 1 8，确认请按1，有误请按2。\n客户：（按键1）",
     [(ID, "3 5 0 2 0 3 1 9 9 1 0 9 0 2 3 7 1 8")], [U]),
    ("call", "third_party", "机器人：您好，这里是客服中心，有事需联系梁振宇先生，如您认识他，请转告他回拨本号码，谢谢。重听请按1。",
     [(P, "梁振宇")], []),
    ("call", "third_party", "机器人：您好，您是马骏的紧急联系人。马骏在瑞禾消费金融的借款已逾期，请您督促其尽快还款。已知晓请按1。\n联系人：（按键1）",
     [(P, "马骏"), (P, "马骏")], [D]),
    ("call", "debtor", "机器人：您好，您在瑞禾的分期已逾期。您的还款卡号为 6228 4810 1621 6735 808，请于今日存入足额款项。",
     [(BC, "6228 4810 1621 6735 808")], [U]),
    ("call", "debtor", "機器人：您好，這裡是瑞禾消費金融，請問是蔣美玲女士本人嗎？確認請按1。\n客戶：（按鍵1）\n"
     "機器人：您的分期已逾期5天，本期應還968元，請於今日23點前還款，謝謝。",
     [(P, "蔣美玲")], []),
    ("call", "debtor", "机器人：检测到您尾号6735的还款卡今日有一笔工资入账8,200元，系统将于10分钟后自动划扣逾期款2,316.50元，请保持余额充足。",
     [], [S]),
    ("call", "debtor", "机器人：您在申请时预留的手机号为 幺八七 七六幺六 四五四二，如号码已变更请按2，未变更请按1。\n客户：（按键1）",
     [(MB, "幺八七 七六幺六 四五四二")], [U]),
    ("call", "debtor", "机器人：您好，本通话由瑞禾消费金融发起。您的分期已逾期3天，如您近期遭遇疾病、失业等困难，请按3，我们将为您转接困难客户专线。\n客户：（按键3）",
     [], []),
    ("call", "third_party", "机器人：您好，这里是瑞禾消费金融。您的朋友袁志鹏在我司的两笔分期已逾期，欠款5,410元。如您愿意代为转告，请按1。",
     [(P, "袁志鹏")], [D]),
    ("call", "debtor", "机器人：您好，请问是彭飞先生吗？您的账单已逾期30天。据系统记录您本月多次出入夜色KTV和足浴场所，请合理消费，优先还款。",
     [(P, "彭飞")], [S]),
]

# --- emergency contacts, parents, partners, roommates: call-backs and what slips out -------------------------------

CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "【瑞禾消费金融】您好，您的亲友黄志强在我司分期逾期，请转告其尽快还款。", [(P, "黄志强")], [D]),
    ("sms", "third_party", "您好，麻烦转告黄志强先生回电0571-86093318，有事需他本人处理，谢谢。",
     [(P, "黄志强"), (LL, "0571-86093318")], []),
    ("sms", "third_party", "黄先生姐姐您好，他那个事还是没个说法，这个月再不处理我们只能走下一步了，您跟他讲讲。——鼎衡小吴", [], [D]),
    ("sms", "third_party", "【瑞禾消费金融】紧急联系人您好：借款人刘浩然（身份证530102200202027219）分期欠款4,872元已严重逾期，请督促其还款。",
     [(P, "刘浩然"), (ID, "530102200202027219")], [D, U]),
    ("app", "third_party", "姐你好，我瑞禾贷后的小陈。你弟吴俊杰欠我们驾培分期，他爸吴长林电话13555211511，他女朋友叶琳在湖滨银泰做导购，这些我们都清楚，你让他自己出来处理。",
     [(P, "吴俊杰"), (P, "吴长林"), (MB, "13555211511"), (P, "叶琳")], [D, U, X]),
    ("sms", "third_party", "【瑞禾】阿姨，您女儿林晓燕怀孕五个月了还在外面欠钱，医美分期一千九百多没还，您当妈的劝劝她。",
     [(P, "林晓燕")], [D, S]),
    ("sms", "third_party", "您好，您被张卫东填写为紧急联系人。请转告他尽快查看手机短信中的重要通知。如您并非其联系人，回复N我们将删除您的号码。",
     [(P, "张卫东")], []),
    ("sms", "third_party", "你好，是赵雅婷的妹妹吧？你姐每天晚上十点以后才回美熙诊所后面那个出租屋，我们的人等了几天了，她欠瑞禾的钱你让她赶紧还。",
     [(P, "赵雅婷")], [D, S]),
    ("sms", "third_party", "【瑞禾消费金融】您好，我们一直联系不上您的朋友宋佳明，如方便，请提醒他查看短信。感谢！", [(P, "宋佳明")], [D]),
    ("app", "third_party", "叔叔好，我这边找佳明有点事，他手机一直关机，麻烦您让他给我回个电话，我姓沈，工作号码19150275349。",
     [(P, "佳明"), (MB, "19150275349")], []),
    ("app", "third_party", "叔叔，佳明分期那事拖不得了，这月是最后机会，您是长辈多说说他。", [(P, "佳明")], [D]),
    ("sms", "third_party", "浩然妈妈您好，浩然手机的钱该交了，他不接电话，您给他说一声。", [(P, "浩然"), (P, "浩然")], [D]),
    ("sms", "third_party", "您好，我们是处理周嘉怡那笔账的，请让她今天回电。", [(P, "周嘉怡")], [D]),
    ("app", "third_party", "[微信] 你是郑凯老婆吧，他在瑞禾的分期拖了两个月，身份证350203199109023718，卡号6225889351371168，你们夫妻一体你看着办。",
     [(P, "郑凯"), (ID, "350203199109023718"), (BC, "6225889351371168")], [D, U]),
    ("call", "third_party", "坐席：喂，你好，找一下邱立新。\n联系人：我是他老婆，他上班去了\n坐席：好的嫂子，那麻烦你跟他说一声让他下班回个电话，谢谢啊。",
     [(P, "邱立新")], []),
    ("call", "third_party", "坐席：嫂子，我跟你实话说吧，立新在我们这欠的分期有一万三，他工行卡上才三千多，你们家里是不是还有别的存款？",
     [(P, "立新")], [D, S]),
    ("app", "third_party", "[微信] 你好，你是曹静的前夫吧？她在瑞禾有笔分期没还，她现在住滨江区江南大道588号恒鑫公寓2幢1706，你们还有联系吗？",
     [(P, "曹静"), (A, "滨江区江南大道588号恒鑫公寓2幢1706")], [D, X]),
]

# --- employers, colleagues, schools, teachers and dormitory staff -----------------------------------------------

EMPLOYERS_AND_SCHOOLS: list[PiplEntry] = [
    ("email", "third_party", "南宁桂发超市有限公司 人事部负责人：\n您好！贵司员工韦春花（身份证230103198502118783）于我司办理的消费分期已逾期92天，"
     "欠款本息合计6,214.80元。恳请贵司协助督促其还款，或协助从工资中代扣。\n瑞禾消费金融有限公司 贷后管理部",
     [(P, "韦春花"), (ID, "230103198502118783")], [D, U]),
    ("notice", "third_party", "致南宁桂发超市有限公司行政部：\n我中心有一封寄给贵司员工韦春花女士本人的信函，因其住址变更无法送达，烦请转交本人。"
     "信件已密封，内容仅限本人拆阅，给您添麻烦了。\n客户服务中心 联系电话0571-85127630",
     [(P, "韦春花"), (LL, "0571-85127630")], []),
    ("app", "third_party", "王老师好，我是瑞禾消费金融的。您班上陈思琪的学费分期欠了三期，她每周二四六晚上在302上课对吧？我们想下课的时候找她谈谈，到时候麻烦您配合一下。",
     [(P, "陈思琪")], [D, S]),
    ("email", "third_party", "启航IT职业培训学校 教务处老师：\n附件为2024年秋季Java就业班分期学员结课核对表，共37人，按学号2024090301至2024090337排列，"
     "表内不含学员身份证号、手机号等信息，请核对结课状态后回传。\n瑞禾消费金融 商户运营部 merchant@ruihe-cf.com.cn",
     [(EM, "merchant@ruihe-cf.com.cn")], []),
    ("call", "third_party", "坐席：您好，请问是宏达电子人事部吗？想核实一下黄志强是否还在贵司上班？\n第三方：员工信息不方便透露\n坐席：好的，理解，打扰了。",
     [(P, "黄志强")], []),
    ("sms", "third_party", "你好，麻烦转告贵司员工黄志强，瑞禾那边的账该结了，别让我们再打到厂里。", [(P, "黄志强")], [D]),
    ("app", "third_party", "李老师您好，冯子轩的爸爸冯建国在我们瑞禾分期欠款没还，一直联系不上。孩子每天下午4点10分放学是他爸来接吗？麻烦告知一下。",
     [(P, "冯子轩"), (P, "冯建国")], [D, S]),
    ("call", "third_party", "坐席：你们同事谢宇航住在重庆市南岸区南坪西路27号3栋2单元801，电话不接，你下班帮我们带个话，他欠瑞禾的分期该还了。",
     [(P, "谢宇航"), (A, "重庆市南岸区南坪西路27号3栋2单元801")], [D, X]),
    ("call", "third_party", "坐席：宿管阿姨你好，我是瑞禾的，你们北区七号楼的学员刘浩然手机分期欠款没还，他一般几点回宿舍啊？\n第三方：这个不能说",
     [(P, "刘浩然")], [D]),
    ("email", "third_party", "宏达电子（东莞）有限公司 人力资源部：\n贵司员工黄志强（手机18896830556）系我司客户，其分期欠款3,960元逾期已超90天。"
     "现附上其借款合同及身份证复印件，请贵司在发放12月工资时协助扣划。\n瑞禾消费金融有限公司 贷后管理部 collection@ruihe-cf.com.cn",
     [(P, "黄志强"), (MB, "18896830556"), (EM, "collection@ruihe-cf.com.cn")], [D, U]),
    ("email", "third_party", "宏达电子（东莞）有限公司 人力资源部：\n贵司来函询问我司是否要求贵司代扣员工工资。特此说明：我司从未、也不会要求用人单位代扣员工工资"
     "或协助催收，如有自称我司人员的来电，请拨打4006187720核实。\n瑞禾消费金融有限公司 合规部",
     [], []),
    ("app", "third_party", "[微信] 辅导员您好，我是瑞禾贷后的，你们学院的杜宇在我们这分期买的手机一直没还，他这学期住哪栋宿舍、周几满课，能告诉我一下吗？",
     [(P, "杜宇")], [D]),
    ("app", "third_party", "[微信] 辅导员您好，打扰了。我们有一封给杜宇同学本人的密封信件，能否请您转交？如不方便也没关系。",
     [(P, "杜宇")], []),
    ("sms", "third_party", "恒泰物业您好，请转告曾佳慧，她的分期已进入法务阶段，今天是最后协商期限。", [(P, "曾佳慧")], [D]),
    ("call", "third_party", "坐席：喂，东鑫驾校吗？我找下学员吴俊杰的教练，我们瑞禾是给他办学车分期的，他欠款60天了，他这周哪天来练车？\n第三方：周四吧",
     [(P, "吴俊杰")], [D]),
]

# --- the merchants that sold the loans: phone shops, training schools, medical-beauty clinics -------------------------

MERCHANTS: list[PiplEntry] = [
    ("email", "third_party", "星联通讯城东旗舰店 张店长：\n贵店2024年8月销售的分期客户中，以下3名已逾期60天以上：马骏（欠款3,260元）、刘浩然（欠款4,872元）、"
     "钟海（欠款899元）。请店员在客户回店维修时提醒其还款。\n瑞禾消费金融 商户运营部",
     [(P, "马骏"), (P, "刘浩然"), (P, "钟海")], [D]),
    ("email", "third_party", "各合作门店：\n根据《个人信息保护法》及监管要求，自2025年1月1日起，门店人员不得以任何方式向客户本人以外的人员提及客户分期逾期情况，"
     "亦不得私自联系客户催款；逾期客户名单不再下发门店。客户到店咨询还款，请引导其拨打4006187720。\n瑞禾消费金融 商户运营部 merchant@ruihe-cf.com.cn",
     [(EM, "merchant@ruihe-cf.com.cn")], []),
    ("app", "third_party", "【瑞禾×悦颜对接群】瑞禾-小沈：周嘉怡那单鼻综合加吸脂的分期已经逾期70天了，她下次复查是12月20号上午吧？麻烦前台到时候跟她提一下。",
     [(P, "周嘉怡")], [D, S]),
    ("sms", "third_party", "小李，你们店上个月卖出去那个刘浩然，手机分期断了三期，他要是回来修手机先扣住，让他把钱还了再说。", [(P, "刘浩然")], [D]),
    ("email", "third_party", "博睿语言培训 教务处：\n学员何欣（护照号E29095570，身份证520102199512077388）的雅思课程分期已逾期，请提供其最新联系方式及上课时间安排。\n瑞禾消费金融 贷后管理部",
     [(P, "何欣"), (PP, "E29095570"), (ID, "520102199512077388")], [D, U]),
    ("call", "third_party", "坐席：您好，星联城东店吗？我瑞禾商户运营的，想确认一下订单号RH20240817003312这台手机是不是已经退货了？\n第三方：退了，8月20号退的\n"
     "坐席：好的，那这笔分期我们做撤销处理，谢谢。",
     [], []),
    ("app", "third_party", "【瑞禾×星联对接群】瑞禾-小沈：通知一下，以后客户还款问题请让客户直接联系瑞禾客服，门店不要代收现金，也不要跟任何人说客户欠款的情况，谢谢配合。",
     [], []),
    ("app", "third_party", "【瑞禾×美熙对接群】佑安-阿康：梁振宇、赵雅婷这两个客户都逾期一个多月了，赵雅婷上次做的是假体隆胸吧？术后还在你们这换药，哪天来麻烦群里说一声。",
     [(P, "梁振宇"), (P, "赵雅婷"), (P, "赵雅婷")], [D, S]),
    ("email", "third_party", "美熙医疗美容诊所 运营部：\n经双方核对，2024年11月贵所分期业务提前还款23笔、退款撤销4笔，无争议订单。对账单见附件，请于3个工作日内盖章回传。\n瑞禾消费金融 清结算组 settle@ruihe-cf.com.cn",
     [(EM, "settle@ruihe-cf.com.cn")], []),
    ("sms", "third_party", "张店长，钟海住在你们店后面的明珠花园6幢301，他欠我们899块逾期了，你们熟，帮忙上门说说。",
     [(P, "钟海"), (A, "明珠花园6幢301")], [D, X]),
    ("email", "third_party", "启航IT职业培训学校 财务处：\n订单号QH-2024-0917-0133对应学员已于2024年10月办理退学，请按合作协议将未消耗学费4,200元退至我司对公账户，我司收款后将相应核减分期本金。\n瑞禾消费金融 商户运营部",
     [], []),
    ("app", "third_party", "【瑞禾×启航对接群】瑞禾-小沈：陈思琪这学员你们熟吧？她欠我们三期学费分期了，她现在还在你们那上课吗？",
     [(P, "陈思琪")], [D]),
    ("call", "third_party", "坐席：喂，乐淘数码吗？你们店去年卖给罗俊的那台华为，分期到现在欠六千多了，他手机号13243507353还在用不？\n第三方：我们不清楚啊",
     [(P, "罗俊"), (MB, "13243507353")], [D, U]),
]

# --- letters: stage notices, a lawyer's letter, hardship notices, letters to families and employers ------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：RH-CS-2024-11872\n周嘉怡女士：\n您于2024年3月12日通过我司办理消费分期（合同尾号4416），截至2024年12月1日已逾期80天，"
     "尚欠本息合计12,480.36元。请于2024年12月15日前通过瑞禾分期APP或我司对公账户还款。如有异议，请于收到本函之日起7日内致电0571-85127630提出。"
     "逾期不还，我司将依法通过诉讼等方式主张权利。\n瑞禾消费金融有限公司（盖章）\n2024年12月2日\n"
     "寄送地址：杭州市西湖区文三路259号昌地火炬大厦1号楼1203室",
     [(P, "周嘉怡"), (LL, "0571-85127630"), (A, "杭州市西湖区文三路259号昌地火炬大厦1号楼1203室")], []),
    ("notice", "debtor", "浙江衡平律师事务所\n律师函\n（2024）衡律函字第0387号\n致：马骏先生（身份证号：13068219851202945X）\n"
     "本所受瑞禾消费金融有限公司委托，就您所欠分期款项3,260元及相应违约金事宜致函如下：请于收函后十日内清偿，否则委托人将向有管辖权的人民法院提起诉讼。\n"
     "承办律师：孙立 电话：0571-87215564",
     [(P, "马骏"), (ID, "13068219851202945X"), (P, "孙立"), (LL, "0571-87215564")], [U]),
    ("notice", "third_party", "致刘浩然家属：\n刘浩然于2024年6月在我司办理手机分期，现已逾期45天，欠款4,872元。请家属督促其尽快还款，以免影响其个人征信。\n瑞禾消费金融有限公司",
     [(P, "刘浩然"), (P, "刘浩然")], [D]),
    ("notice", "debtor", "关于困难客户延期还款的告知书\n尊敬的客户：\n如您因疾病、失业、怀孕生育等原因暂时无法按期还款，可通过瑞禾分期APP或客服热线4006187720申请延期或协商分期。"
     "我司不会因此向您的亲友、单位透露任何信息，申请材料仅用于审核。\n瑞禾消费金融有限公司 客户服务部",
     [], []),
    ("notice", "debtor", "还款提醒函\n林晓燕女士：\n据了解，您目前怀孕7个月，已在市妇幼保健院产科建档，预计2025年2月分娩。考虑到生育将产生较大开支，"
     "请您在分娩前结清欠款1,968元。\n瑞禾消费金融有限公司 贷后管理部",
     [(P, "林晓燕")], [S]),
    ("notice", "debtor", "還款通知書\n梁振宇先生：\n閣下於美熙醫療美容診所辦理之分期（合同尾號2281）已逾期三十日，尚欠人民幣5,580元。"
     "閣下港澳居民來往內地通行證號碼H09679477，本公司已登記備案。請於十四日內還款。\n瑞禾消費金融有限公司",
     [(P, "梁振宇"), (PP, "H09679477")], [U]),
    ("notice", "debtor", "彭飞：\n你父亲彭国强住太原市小店区平阳路102号2单元301，你前女友刘佳在万象城ZARA上班，这些我们都掌握。欠款8,640元，限你七日内结清。\n佑安信息咨询",
     [(P, "彭飞"), (P, "彭国强"), (A, "太原市小店区平阳路102号2单元301"), (P, "刘佳")], [X]),
    ("notice", "third_party", "协助催收函\n致：宏达电子（东莞）有限公司 人力资源部\n贵司员工黄志强（工号HD03187）在我司分期欠款3,960元，已逾期96天，"
     "经多次联系未果。请贵司告知其本人尽快与我司联系。\n瑞禾消费金融有限公司",
     [(P, "黄志强")], [D]),
    ("notice", "debtor", "还款账户变更通知\n尊敬的客户：\n自2025年1月1日起，我司对公还款账户变更为：户名 瑞禾消费金融有限公司，开户行 杭州银行文三支行，"
     "账号 33010401600021857。您绑定的还款卡（尾号8785）代扣不受影响。\n瑞禾消费金融有限公司",
     [], []),
    ("notice", "debtor", "逾期催告函\n致：唐磊（身份证：621102198612158257）\n借款合同编号：RH20230511072\n逾期金额：3,120.00元\n还款账户：6216619054689435572（您的还款卡）\n"
     "请于2024年12月20日前还款。\n瑞禾消费金融有限公司",
     [(P, "唐磊"), (ID, "621102198612158257"), (BC, "6216619054689435572")], [U]),
    ("notice", "debtor", "调解通知\n吴俊杰先生：\n您与瑞禾消费金融有限公司的分期合同纠纷，已由杭州市西湖区金融纠纷调解中心受理。请于2025年1月8日上午9时携本人身份证件"
     "到文三路90号调解中心二楼参加调解，如不能到场请提前致电0571-88127301改期。",
     [(P, "吴俊杰"), (A, "文三路90号"), (LL, "0571-88127301")], []),
    ("notice", "debtor", "催缴通知书\n郑凯先生：\n您于我司办理的分期已逾期60天。经查，您妻子顾晓雯（电话15263316954）、岳父顾长海（电话18655330310）均为您的关联人，"
     "我司保留向上述人员核实情况的权利。请于7日内还款5,236元。\n瑞禾消费金融有限公司",
     [(P, "郑凯"), (P, "顾晓雯"), (MB, "15263316954"), (P, "顾长海"), (MB, "18655330310")], [U, X]),
    ("notice", "debtor", "结清证明\n兹证明客户高婷（证件号码3601**********7006）在我司办理的分期合同（尾号5512）已于2024年12月3日全部结清，双方无其他债权债务。\n"
     "瑞禾消费金融有限公司（盖章）",
     [(P, "高婷")], []),
    ("notice", "third_party", "致赵雅婷的家人：\n赵雅婷在美熙医疗美容诊所做了隆胸手术，分期款至今未还清，已逾期35天。请家人出面解决。\n瑞禾消费金融 贷后管理部",
     [(P, "赵雅婷"), (P, "赵雅婷")], [D, S]),
]

# --- quality-check sheets and complaint tickets --------------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("email", "unknown", "质检单 QC-20241203-044\n坐席：徐婕（工号3107）\n通话对象：钟海（本人）\n问题：开场未核身即告知欠款金额；通话中完整念出客户身份证号441881199208059550，违反脱敏规范。\n扣分：-15",
     [(P, "徐婕"), (P, "钟海"), (ID, "441881199208059550")], [U]),
    ("app", "unknown", "投诉工单 TS2024112900317\n投诉人：林晓燕 139****0245\n投诉内容：催收员向其母亲发短信，提及其个人情况及欠款。\n处理结果：经核实属实，已对外包机构鼎衡扣罚并向客户致歉。",
     [(P, "林晓燕")], []),
    ("app", "unknown", "工单号TS2024120200412\n客户：冯建国\n身份证：450103198005249919\n联系电话：15856693705\n诉求：要求停止联系其妻子单位\n处理：已通知委外机构停止第三方联系。",
     [(P, "冯建国"), (ID, "450103198005249919"), (MB, "15856693705")], [U]),
    ("email", "unknown", "质检记录 QC-20241205-009\n坐席在通话中向客户提及其医疗美容项目细节并以此施压，违反《贷后沟通规范》第4.2条，扣20分，责令重新培训。",
     [], []),
    ("app", "debtor", "您好，关于您反映的催收人员联系您单位一事，我司已核实并责令外包机构整改，相关人员已停止为您服务。您的分期可申请停息分期协商，请回复是否需要。",
     [], []),
    ("email", "unknown", "质检单 QC-20241206-017\n坐席：佑安-阿康\n通话对象：蒋美玲（本人）\n录音摘要：坐席称“你玻尿酸打了三次，热玛吉做了两次，下周二还约了悦颜”。\n判定：提及客户医美治疗细节，严重违规。",
     [(P, "蒋美玲")], []),
    ("notice", "unknown", "投诉处理回执\n投诉编号：TS2024120400588\n投诉人：曹静\n投诉事项：催收人员联系其前夫并透露住址\n核查结论：属实\n处理措施：涉事机构暂停合作，对投诉人账户暂停催收30天。",
     [(P, "曹静")], []),
    ("app", "unknown", "工单备注（同步委外机构）：客户唐磊爱人在市二医院肿瘤科化疗，住7号楼12床，每三周一次，周四上午输液。外访人员可于周四上午到病房找唐磊本人面谈。",
     [(P, "唐磊"), (P, "唐磊")], [S]),
    ("app", "unknown", "工单号TS2024120600231\n客户：何欣  护照：E29095570  往来港澳通行证：C20157347\n诉求：称催收员知晓其出境行程，要求说明信息来源。",
     [(P, "何欣"), (PP, "E29095570"), (PP, "C20157347")], [U]),
]

# --- e-mails between the lender and its agencies --------------------------------------------------------------------

AGENCY_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "鼎衡项目组：\n本批委外案件共218户，明细见附件。重点户：刘浩然，身份证530102200202027219，手机18396850976，逾期45天，欠款4,872元，请优先外访。\n瑞禾贷后管理部 方媛",
     [(P, "刘浩然"), (ID, "530102200202027219"), (MB, "18396850976"), (P, "方媛")], [U]),
    ("email", "unknown", "瑞禾贷后管理部：\n11月委外回款汇总：回款64户，回款金额31.7万元，回款率18.2%。附件仅含合同尾号，不含客户身份信息。\n"
     "鼎衡商务咨询 项目经理 方磊 ops@dingheng-zx.cn 0571-86093318",
     [(P, "方磊"), (EM, "ops@dingheng-zx.cn"), (LL, "0571-86093318")], []),
    ("email", "unknown", "外访日报 12月4日\n客户周嘉怡：术后在家休养，11月底去医院换药三次，每次都是上午十点左右，由其母陪同，走路还不利索。建议下次换药时在医院门口拦截。",
     [(P, "周嘉怡")], [S]),
    ("email", "unknown", "各委外机构：\n近期发现个别催收员向客户亲友透露欠款及医美项目等信息，现重申：1. 禁止向第三方透露欠款信息；2. 禁止提及客户的治疗、怀孕、行程、住址；"
     "3. 短信及报告中证件号、卡号一律脱敏（如4405**********9419）。违者按合同扣罚。\n瑞禾消费金融 合规部",
     [], []),
    ("email", "unknown", "补充资料：客户梁振宇，持往来港澳通行证C56951182，经常往返澳门，最近一次出境为11月29日经拱北口岸，预计周末回珠海。建议周一上午在其香洲住处附近等候。",
     [(P, "梁振宇"), (PP, "C56951182")], [S, U]),
    ("email", "unknown", "资产查询结果：客户邓伟名下农业银行卡6236687187203741334当前余额12,406.18元，近三月月均入账7,900元，另有余额宝约2万元，具备还款能力。",
     [(P, "邓伟"), (BC, "6236687187203741334")], [S, U]),
    ("email", "unknown", "回复：已收到贵司数据安全整改要求。我司外呼系统自12月起已对证件号、卡号、手机号做掩码显示，坐席端仅展示后四位。\n鼎衡商务咨询 合规专员 叶倩",
     [(P, "叶倩")], []),
    ("email", "unknown", "佑安项目组：\n请注意，客户林晓燕已提交孕期困难延期申请并获批，即日起至2025年3月31日暂停一切催收联系。请在系统中标记，勿再外呼。\n瑞禾贷后管理部",
     [(P, "林晓燕")], []),
    ("email", "unknown", "瑞禾贷后管理部：\n客户许文博外访情况：本人在启航就读，住校，周一至周五下午实训课，晚自习至21:00，周末回家（桃源小区）。已在校门口接触一次，承诺月底还款。\n佑安信息咨询 外访组",
     [(P, "许文博")], [S]),
    ("email", "unknown", "Re: 案件退回\n案件RH-WW-2024-0871（客户：罗俊）因客户已委托律师处理并提交书面异议，按协议退回贵司，我司已停止一切联系。\n启泰资产管理 王晨 0757-83317425",
     [(P, "罗俊"), (P, "王晨"), (LL, "0757-83317425")], []),
    ("email", "unknown", "附件说明：客户曾佳慧的护照EB6429391、身份证46010619800301704X及本人手持照片已随本邮件发送，请外访人员核对身份后使用，用后删除。",
     [(P, "曾佳慧"), (PP, "EB6429391"), (ID, "46010619800301704X")], [U]),
    ("email", "unknown", "外访报告：客户袁志鹏，工作单位深圳市南山区科技园中区科苑路15号讯达大厦A座，每月10日发薪，工资卡招商银行6225680803113724，月入约8,300元，另欠3家平台4.2万元。",
     [(P, "袁志鹏"), (A, "深圳市南山区科技园中区科苑路15号讯达大厦A座"), (BC, "6225680803113724")], [S, U]),
]

# --- identifiers in every written and spoken form ---------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】唐磊，身份证６２１１０２１９８６１２１５８２５７，分期已逾期，请尽快处理。",
     [(P, "唐磊"), (ID, "６２１１０２１９８６１２１５８２５７")], [U]),
    ("sms", "debtor", "【瑞禾】梁振宇先生 身份证号：441302-19860120-2774 核对无误后请于今日还款1860元", [(P, "梁振宇"), (ID, "441302-19860120-2774")], [U]),
    ("call", "debtor", "坐席：那个我再核对一遍你证件号啊四四五幺洞两 幺九八八洞六幺九 幺八三叉是不是\n客户：对的",
     [(ID, "四四五幺洞两 幺九八八洞六幺九 幺八三叉")], [U]),
    ("app", "debtor", "您的还款卡6225.8893.5137.1168已解绑，如非本人操作请联系客服。", [(BC, "6225.8893.5137.1168")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】您卡号6259064957590228的信用卡已被我司列为代扣备用卡，今日将尝试扣款。", [(BC, "6259064957590228")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】张国华先生，您境外预留号码 +86 177 3005 0110 无法接通，请尽快回电。",
     [(P, "张国华"), (MB, "177 3005 0110")], [U]),
    ("email", "debtor", "钟海先生：\n您在申请时预留的联系电话为189-2338-6241，如已变更，请回复本邮件告知新号码。\n瑞禾消费金融 客户服务部 kefu@ruihe-cf.com.cn",
     [(P, "钟海"), (MB, "189-2338-6241"), (EM, "kefu@ruihe-cf.com.cn")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】尊敬的客户，您预留的手机号0086 18010530133将于30日后失效，请在APP更新。", [(MB, "18010530133")], [U]),
    ("app", "debtor", "客服：曾女士，您护照号码是 E B 6 4 2 9 3 9 1 对吧？核对一下证件信息。\n用户：对",
     [(PP, "E B 6 4 2 9 3 9 1")], [U]),
    ("call", "debtor", "坐席：你那本旧护照G幺四三九七幺七五是不是还在有效期内\n客户：过期了",
     [(PP, "G幺四三九七幺七五")], [U]),
    ("app", "debtor", "【瑞禾分期】您好，您登记的港澳通行证C40407835将于2025年3月到期，请及时更新证件信息。", [(PP, "C40407835")], [U]),
    ("notice", "debtor", "還款提示\n客戶：梁振宇\n澳門居民往來內地通行證：M43297676\n逾期金額：人民幣5,580元\n請於本月底前處理。",
     [(P, "梁振宇"), (PP, "M43297676")], [U]),
    ("notice", "debtor", "催收函\n借款人：冯建国\n身份证号：450103198005249919\n紧急联系人：母亲 李桂英 身份证610113630503721\n逾期金额：6,214.80元",
     [(P, "冯建国"), (ID, "450103198005249919"), (P, "李桂英"), (ID, "610113630503721")], [U, X]),
    ("sms", "debtor", "【瑞禾消费金融】您的证件号码36010219940501519 X与系统记录一致，逾期款请于今日处理。", [(ID, "36010219940501519 X")], [U]),
    ("call", "debtor", "坐席：卡号我念一下啊六二二五 六八零八 零三幺幺 三七二四这张卡对吧\n客户：嗯",
     [(BC, "六二二五 六八零八 零三幺幺 三七二四")], [U]),
    ("notice", "debtor", "催繳通知\n宋佳明先生（身份證510104199811241396）：\n閣下分期欠款已逾期，請於七日內清償人民幣2,980元。\n瑞禾消費金融有限公司",
     [(P, "宋佳明"), (ID, "510104199811241396")], [U]),
    ("app", "debtor", "您好，您提交的身份证号码 3702 8319 8112 2579 62 已通过核验，延期申请审核中。",
     [(ID, "3702 8319 8112 2579 62")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】客户经理沈磊工作手机19150275349，工作时间9:00-18:00，逾期问题可直接联系。",
     [(P, "沈磊"), (MB, "19150275349")], []),
    ("email", "debtor", "何欣女士：\n您申请提前结清，结清金额6,420元。请通过对公账户转账，或使用您本人尾号9271的银行卡在APP内还款。如有疑问请致电0571-85127630。\n瑞禾消费金融 客户服务部",
     [(P, "何欣"), (LL, "0571-85127630")], []),
]

# --- more of a person than the message needs: addresses, employers, relatives' names and numbers ----------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】罗俊，你在长沙市岳麓区麓谷大道627号中联科技园上班，住望城区金星北路88号2栋1403，七天内不处理我们上门。",
     [(P, "罗俊"), (A, "长沙市岳麓区麓谷大道627号中联科技园"), (A, "望城区金星北路88号2栋1403")], [X]),
    ("app", "debtor", "杜宇，你爸杜志刚在县水泥厂开铲车，你妈何秀英在镇上卖菜，号码都在我这，要不要我一个个打过去？",
     [(P, "杜宇"), (P, "杜志刚"), (P, "何秀英")], [X]),
    ("app", "debtor", "杜宇同学，你好。你可以让家长帮忙一起规划还款，但这不是必须的；也可以由你本人申请展期，我们不会主动联系你的家人。",
     [(P, "杜宇")], []),
    ("sms", "debtor", "【瑞禾消费金融】许文博，你姐许文静在杭州银行西湖支行上班，电话18514888952，你是想自己还还是我们找她？",
     [(P, "许文博"), (P, "许文静"), (MB, "18514888952")], [U, X]),
    ("notice", "debtor", "还款提醒函\n许文博同学：\n您的学费分期已逾期15天，本期应还760元。本函寄往您登记的地址：杭州市拱墅区桃源小区11幢2单元402室。\n瑞禾消费金融有限公司",
     [(P, "许文博"), (A, "杭州市拱墅区桃源小区11幢2单元402室")], []),
    ("call", "debtor", "坐席：蒋美玲，你老公叫方志远对吧，在市交警支队上班，你这个事要是让他单位知道了影响多不好。\n客户：你什么意思",
     [(P, "蒋美玲"), (P, "方志远")], [X]),
    ("call", "debtor", "坐席：蒋女士，您之前说不方便让家人知道，我们这边已备注，后续只和您本人联系，请放心。\n客户：好，谢谢",
     [], []),
    ("email", "debtor", "高婷女士：\n您好！您的分期已结清。您在申请时填写的工作单位（杭州银泰百货有限公司）及住址信息，将按隐私政策保存至合同终止后五年，到期删除。"
     "如需提前删除，可回复本邮件申请。\n瑞禾消费金融 个人信息保护专员 privacy@ruihe-cf.com.cn",
     [(P, "高婷"), (EM, "privacy@ruihe-cf.com.cn")], []),
    ("app", "debtor", "[企业微信] 佑安-阿康：梁振宇，你表弟梁嘉豪在珠海拱北开奶茶店，你老豆梁伯住香洲区凤凰北路61号3栋502，佢哋都知道你欠咗钱未？",
     [(P, "梁振宇"), (P, "梁嘉豪"), (A, "香洲区凤凰北路61号3栋502")], [X]),
    ("sms", "debtor", "【瑞禾消费金融】韦春花，你女儿覃小蔓在南宁三中读高二，你老公覃志明在工地，你全家电话我们都有，好自为之。",
     [(P, "韦春花"), (P, "覃小蔓"), (P, "覃志明")], [S, X]),
    ("call", "debtor", "坐席：邓伟，你女朋友周琳在西湖区文二路98号那家美甲店上班是吧，她手机13312583275，你不接我电话我就只好打她的了。",
     [(P, "邓伟"), (P, "周琳"), (A, "西湖区文二路98号"), (MB, "13312583275")], [U, X]),
    ("sms", "debtor", "【瑞禾消费金融】宋佳明，今日已与你母亲王桂芳（南充市顺庆区模范街21号）取得联系，她表示愿意了解情况。",
     [(P, "宋佳明"), (P, "王桂芳"), (A, "南充市顺庆区模范街21号")], [X]),
    ("notice", "debtor", "上门沟通告知书\n钟海先生：\n我司外访人员将于2024年12月18日下午到您登记的住址明珠花园6幢301与您当面沟通还款事宜，如时间不便请提前致电0571-86093318另约。\n杭州鼎衡商务咨询有限公司（受瑞禾消费金融委托）",
     [(P, "钟海"), (A, "明珠花园6幢301"), (LL, "0571-86093318")], []),
    ("app", "debtor", "曾佳慧，你儿子叫陈一鸣，海府路小学四年级，你老公陈建勋在海航上班，号码18923386241，要不要我们去学校门口等你？",
     [(P, "曾佳慧"), (P, "陈一鸣"), (P, "陈建勋"), (MB, "18923386241")], [S, U, X]),
]

# --- the debt told to others in few words, or only by implication, beside lawful call-back requests ------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "阿姨，您跟浩然说，瑞禾那边又打电话来了，他知道是啥事。", [(P, "浩然")], [D]),
    ("sms", "third_party", "麻烦转告许文博：鼎衡找他，别再躲了。", [(P, "许文博")], [D]),
    ("sms", "third_party", "您好，请转告宋佳明先生尽快回电，谢谢。", [(P, "宋佳明")], []),
    ("sms", "third_party", "浩然手机分期没还，转告下", [(P, "浩然")], [D]),
    ("sms", "debtor", "【瑞禾】账单逾期", [], []),
    ("call", "third_party", "坐席：打扰了，请问这是彭飞的电话吗？\n第三方：不是，我是他同事\n坐席：好的，不好意思，打扰您了。", [(P, "彭飞")], []),
    ("app", "third_party", "[微信] 你好，是吴俊杰的女朋友吗？他学车那个钱还差着呢，你们小两口商量商量。", [(P, "吴俊杰")], [D]),
    ("sms", "third_party", "叶女士您好，吴俊杰留的是您的号码，麻烦让他回个电话，谢谢。", [(P, "吴俊杰")], []),
    ("sms", "third_party", "周阿姨，嘉怡做完那个以后钱一直没结，您心里有数就行。", [(P, "嘉怡")], [D]),
    ("call", "third_party", "坐席：您好，我找一下何欣。\n第三方：她出差了\n坐席：好的，那麻烦她回来以后回个电话，号码是0731-84452106，谢谢。",
     [(P, "何欣"), (LL, "0731-84452106")], []),
    ("call", "third_party", "坐席：你好，何欣室友吧？她手机那个还在拖着呢，让她别装死。\n第三方：我不知道你在说什么", [(P, "何欣")], [D]),
    ("app", "third_party", "[微信群：桃源小区11幢业主群] 请问哪位邻居认识402的许文博？他在我们这里有笔款一直没处理，麻烦转告。",
     [(P, "许文博")], [D]),
    ("sms", "third_party", "你好，想联系马骏本人，他电话一直打不通，方便的话请他回个电话，谢谢。", [(P, "马骏")], []),
    ("sms", "third_party", "嫂子，振宇那单分期还没清，跟他说一声。", [(P, "振宇")], [D]),
    ("sms", "third_party", "您好，您的同事邓伟在瑞禾还有未处理事项，请他尽快登录APP查看。", [(P, "邓伟")], [D]),
    ("app", "third_party", "[企业微信] 鼎衡-小吴：钟叔，钟海手机那笔还挂着，月底前得弄。", [(P, "钟海")], [D]),
]

# --- clinic treatments, pregnancy, whereabouts, timetables, accounts: said, and near misses -----------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】赵雅婷女士，您的分期已逾期35天。如您正处于术后恢复期或身体不适，可申请延期30天，申请时无需提供病历。",
     [(P, "赵雅婷")], []),
    ("sms", "debtor", "【瑞禾消费金融】赵雅婷，你假体隆胸术后感染又去美熙住了三天院，这些我们都知道，别拿身体当借口，8,900元今天还。",
     [(P, "赵雅婷")], [S]),
    ("app", "debtor", "用户：我上周刚做完双眼皮修复，脸还肿着出不了门\n客服：好的，请您好好休息。本期可以先顺延两周，到期前我们再短信提醒您。",
     [], []),
    ("call", "debtor", "坐席：周嘉怡，你这周三上午十点去市一医院整形科复查，我们同事会在门诊楼一楼等你。\n客户：你们跟踪我？",
     [(P, "周嘉怡")], [S]),
    ("call", "debtor", "客户：我现在怀孕了，在保胎，真的没办法\n坐席：明白，恭喜您。您可以申请孕期延期，最长可到产后三个月，我现在帮您提交，后续不会再打电话打扰您。",
     [], []),
    ("call", "debtor", "客户：我怀孕了没收入\n坐席：怀孕了你老公呢？你老公韩斌不是在开滴滴吗，一天跑十几个小时，让他还。",
     [(P, "韩斌")], [X]),
    ("sms", "debtor", "【瑞禾消费金融】林晓燕，你每周四上午在市妇幼做产检，9点到11点，我们知道在哪找到你。", [(P, "林晓燕")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】刘浩然，你这周在图书馆待到晚上十点，每天中午在二食堂吃饭，还款的事不要再拖。", [(P, "刘浩然")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】刘浩然同学，学期末前如经济困难，可申请将分期延至毕业后还款，详情见APP“学生专区”。", [(P, "刘浩然")], []),
    ("app", "debtor", "专员：杜宇，你们专业周二周四早上第一节在实训楼B204，下课10点半，我们在楼下等你。", [(P, "杜宇")], [S]),
    ("app", "debtor", "专员：杜宇同学，我们不会去学校找你，也不会联系学校。你把能还的金额和时间告诉我，我帮你申请方案。", [(P, "杜宇")], []),
    ("sms", "debtor", "【瑞禾消费金融】冯建国，你微信零钱还剩3,406元，支付宝余额宝1.2万，还款卡却一分不剩，这是在转移资产。", [(P, "冯建国")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】冯建国先生，您本期应还1,040元，还款卡余额不足。请于今日存入或通过APP选择其他银行卡还款。", [(P, "冯建国")], []),
    ("call", "debtor", "坐席：曹静你别装了，你上个月住公积金账户提了两万块，工资卡每月15号进账九千三，今天必须还。",
     [(P, "曹静")], [S]),
    ("call", "debtor", "坐席：何女士，您提供的工资流水我们只用来评估分期方案，审核完会按规定删除，不会用于其他用途。\n客户：好的",
     [], []),
    ("app", "debtor", "[企业微信] 鼎衡-小吴：郑凯，你每天早上六点半送你女儿去滨湖实验小学，下午五点再去接，我们路上聊聊？",
     [(P, "郑凯")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】彭飞，你周五晚上都去文化路那家足疗店，我们的人也去了，下次当面谈。", [(P, "彭飞")], [S]),
    ("email", "debtor", "袁志鹏先生：\n您申请的协商还款已通过。为评估方案，我们参考了您本人提供的收入证明，未查询您的其他账户信息。新方案：每月还款900元，共6期。\n瑞禾消费金融 客户服务部",
     [(P, "袁志鹏")], []),
    ("email", "debtor", "袁志鹏先生：\n经核查，您在招商银行尾号3724账户本月余额18,460元，微众银行另有存款3万元，同时在微粒贷、借呗、京东金条均有未结清借款。请于三日内结清我司欠款5,410元。",
     [(P, "袁志鹏")], [S]),
    ("call", "debtor", "客户：我妈最近在医院做透析，家里钱都花在这上面了\n坐席：理解您的难处，您可以提交一下家庭困难说明，我们这边申请减免罚息，本金分12期还。",
     [], []),
    ("call", "debtor", "坐席：你妈在人民医院做透析是吧，一周三次，我们查过了，那个花不了多少钱，你分期还是得还。",
     [], [S]),
    ("sms", "debtor", "【瑞禾消费金融】唐磊，你爱人化疗的事我们也很同情，但你在光大银行那张卡上还有四万多，别哭穷。", [(P, "唐磊")], [S]),
]

# --- decoys: contract, order, device, ticket, serial and student numbers of the same shapes ---------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】您的分期合同编号202408170033128846已生成，首期还款日2024年9月17日。", [], []),
    ("sms", "debtor", "【瑞禾消费金融】您在星联通讯购买的手机（串号869417053612874）分期已生效，共12期，每期1,099元。", [], []),
    ("app", "debtor", "您的还款交易流水号8330643535529011280已受理，金额899.00元，预计2小时内到账。", [], []),
    ("app", "debtor", "学员分期核对：学号20240903117，Java就业班，学费18,800元，分12期，首期1,566.67元。", [], []),
    ("sms", "debtor", "【瑞禾消费金融】您的投诉已受理，工单号12024120310，我们将于3个工作日内回复。", [], []),
    ("email", "unknown", "对账差异说明：订单号3152244613549055、2249599484179188两笔为退款撤销，金额已冲回；商户号5107643751167770本月无交易。", [], []),
    ("sms", "debtor", "【瑞禾消费金融】您尾号4162的银行卡已成功绑定，身份证后四位0730验证通过。", [], []),
    ("app", "debtor", "您的退款申请已受理，退款单号4926489760198484254，退至原支付账户，预计3-5个工作日到账。", [], []),
    ("notice", "debtor", "分期合同补充协议\n合同编号：RH-889579927129171298\n学员学号：2022030417\n课程：雅思7分冲刺班\n本协议自双方签字之日起生效。", [], []),
    ("app", "debtor", "快递已寄出：您的结清证明（顺丰运单号 265958712149768）已发出，请注意查收。", [], []),
    ("email", "unknown", "设备解锁申请：IMEI 427825878401732，订单已结清，请门店协助解除分期锁机。", [], []),
    ("app", "debtor", "分期账户号6120091803554471，本期应还1,320.00元，已还清。", [], []),
    ("notice", "unknown", "委外案件交接单\n批次号：WW202412050018\n案件数：218\n合同号区间：RH20240601000001至RH20240630009912\n交接人：瑞禾贷后管理部", [], []),
    ("sms", "debtor", "【瑞禾消费金融】您的培训分期准考证号 10231122105（博睿雅思模考）已登记，模考后可申请缓还一期。", [], []),
    ("app", "debtor", "您好，您的卡号 6228 48** **** **** 808 已解绑。", [], []),
]

# --- messages as received and passed on: what a debtor or a relative forwards whole ------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "【客户转发的短信，原文如下】\n【瑞禾消费金融】刘浩然，身份证530102200202027219名下手机分期逾期45天，欠款4,872元，明日起转外访处理。",
     [(P, "刘浩然"), (ID, "530102200202027219")], [U]),
    ("email", "unknown", "转发：我妈收到的短信\n---\n【瑞禾】阿姨，您女儿林晓燕怀孕五个月了还在外面欠钱，医美分期一千九百多没还，您当妈的劝劝她。",
     [(P, "林晓燕")], [D, S]),
    ("app", "unknown", "【截图转文字】鼎衡-小吴：邓伟，你在东鑫驾校约的科目二是周六早上8点吧，我到时候在训练场门口等你。", [(P, "邓伟")], [S]),
    ("email", "unknown", "转发：催收员发给我的微信\n---\n杜宇，你爸杜志刚在县水泥厂开铲车，你妈何秀英在镇上卖菜，号码都在我这，要不要我一个个打过去？",
     [(P, "杜宇"), (P, "杜志刚"), (P, "何秀英")], [X]),
    ("app", "unknown", "【客户转发】瑞禾消费金融：韦春花，你女儿覃小蔓在南宁三中读高二，你全家电话我们都有。", [(P, "韦春花"), (P, "覃小蔓")], [S, X]),
]

# --- a second round: stage messages, calls in Sichuan, Henan, Hunan and Cantonese speech, notes and letters -------------

SECOND_ROUND: list[PiplEntry] = [
    ("sms", "debtor", "【瑞禾消费金融】邓伟，您的还款卡6229084210506060097于12月10日扣款失败，当期应还1,188元，请于今日存入。回T退订",
     [(P, "邓伟"), (BC, "6229084210506060097")], [U]),
    ("sms", "third_party", "阿姨，许文博身份证431023199306254879，欠瑞禾学费分期三期了，您是他妈，这个事您得管。",
     [(P, "许文博"), (ID, "431023199306254879")], [D, U]),
    ("call", "debtor", "坐席：杜宇嘛，你莫装了撒，你每个礼拜五下午四点过都从学校北门出去，坐218路回屋头，我们晓得的。\n客户：你们咋个晓得的",
     [(P, "杜宇")], [S]),
    ("call", "third_party", "坐席：喂，是杜宇屋头的嗦？你娃儿在瑞禾买手机分期欠了两千多，好久都没还了，你们当老汉的管一下嘛。\n联系人：啥子哦",
     [(P, "杜宇")], [D]),
    ("call", "debtor", "坐席：彭飞，恁哥彭亮在郑州富士康上班，恁嫂子电话17394538620，恁要是还不上，俺就给恁嫂子打，中不中？",
     [(P, "彭飞"), (P, "彭亮"), (MB, "17394538620")], [U, X]),
    ("call", "third_party", "坐席：喂，是罗俊屋里吗？他在瑞禾买手机的分期冇还，六千多块钱咯，你们跟他讲一下咯。\n联系人：晓得了",
     [(P, "罗俊")], [D]),
    ("app", "debtor", "[企业微信] 佑安-阿康：蒋美玲，你在悦颜做热玛吉前后的对比照我们这也有一份，钱的事还是早点处理好。",
     [(P, "蒋美玲")], [S]),
    ("email", "unknown", "外访申请\n客户：彭飞\n身份证：140107199809160730\n手机：16627904534\n外访地址：太原市小店区亲贤北街99号3单元1201\n申请人：佑安外访组",
     [(P, "彭飞"), (ID, "140107199809160730"), (MB, "16627904534"), (A, "太原市小店区亲贤北街99号3单元1201")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】周嘉怡，你男朋友陈昊在悦颜当医生，你妈周红梅在县医院药房，要不要我们挨个去找？",
     [(P, "周嘉怡"), (P, "陈昊"), (P, "周红梅")], [X]),
    ("app", "third_party", "【瑞禾×美熙对接群】佑安-阿康：邱立新那单植发的分期也逾期四十天了，他下次来打激光是哪天？群里说一声。",
     [(P, "邱立新")], [D, S]),
    ("call", "third_party", "坐席：你好，讯达科技人事部吗？你们员工袁志鹏在外面欠了好几家平台的钱，我们瑞禾是其中一家，他工资每月十号到账，发工资前能不能先扣一部分给我们？",
     [(P, "袁志鹏")], [D, S]),
    ("notice", "debtor", "家访通知书\n许文博：\n你的学费分期已逾期60天。你父亲许国平（电话15570457261）、你姐许文静（杭州银行西湖支行）均已知悉，"
     "我司将于本周六上门。\n佑安信息咨询有限公司",
     [(P, "许文博"), (P, "许国平"), (MB, "15570457261"), (P, "许文静")], [U, X]),
    ("sms", "third_party", "亲家母您好，晓燕怀着孕呢，她在瑞禾的分期您家里先帮着垫一下吧。", [(P, "晓燕")], [D, S]),
    ("sms", "debtor", "【瑞禾消费金融】何欣，你的护照 E 2909 5570 我们已登记，出境前请先结清欠款。", [(P, "何欣"), (PP, "E 2909 5570")], [U]),
    ("app", "debtor", "刘浩然，你们北区七号楼晚上11点门禁，你每天10点半前回寝室，我们的人就在楼下。", [(P, "刘浩然")], [S]),
    ("call", "third_party", "坐席：你是刘浩然室友吧？他欠瑞禾手机分期四千多，你跟他说躲是躲不掉的。\n第三方：我不管", [(P, "刘浩然")], [D]),
    ("email", "third_party", "乐淘数码 王店长：\n客户罗俊（身份证445102200006266098）所购华为手机分期已逾期，请协助远程锁机。\n瑞禾消费金融 商户运营部",
     [(P, "罗俊"), (ID, "445102200006266098")], [D, U]),
    ("notice", "third_party", "致金星北路社区居委会：\n辖区居民罗俊欠我司手机分期6,126元，逾期已三个月，恳请社区协助督促其还款。\n瑞禾消费金融有限公司",
     [(P, "罗俊")], [D]),
    ("sms", "debtor", "【瑞禾消费金融】曹静，你前夫蒋涛住滨江区江南大道588号恒鑫公寓2幢1802，你们的事我们都清楚。",
     [(P, "曹静"), (P, "蒋涛"), (A, "滨江区江南大道588号恒鑫公寓2幢1802")], [X]),
    ("call", "debtor", "坐席：郑凯，你那张农行卡6212267744560204154昨天刚进了一笔年终奖两万三，今天必须还。\n客户：你们怎么能查我的卡",
     [(P, "郑凯"), (BC, "6212267744560204154")], [S, U]),
    ("app", "debtor", "周嘉怡，你今天下午两点在悦颜打的溶脂针吧？前台说你刷的花呗，怎么就不还我们的？", [(P, "周嘉怡")], [S]),
    ("call", "third_party", "机器人：您好，这里是瑞禾消费金融。您的家人彭飞分期已逾期30天，请提醒其及时还款，以免影响个人征信。", [(P, "彭飞")], [D]),
    ("call", "debtor", "机器人：您的还款卡号为 六二二七 零零二七 零五四七 五零三五 九二四，确认请按1。\n客户：（按键1）",
     [(BC, "六二二七 零零二七 零五四七 五零三五 九二四")], [U]),
    ("sms", "debtor", "【瑞禾消费金融】陈思琪，你们Java班期末考试是下周四上午9点在启航3楼机房，考完我们在校门口见。", [(P, "陈思琪")], [S]),
    ("email", "unknown", "外访日报 12月9日\n客户林晓燕，孕32周，每周四上午在市妇幼产检，由丈夫陪同，建议在产科门诊外接触。", [(P, "林晓燕")], [S]),
    ("app", "third_party", "[微信] 你好，你是何欣的同事吧？她住岳麓区枫林三路1088号2栋605，欠了瑞禾的钱电话不接，你帮我们去她家看看。",
     [(P, "何欣"), (A, "岳麓区枫林三路1088号2栋605")], [D, X]),
    ("sms", "debtor", "【瑞禾消費金融】蔣美玲女士，身份證220104198610148482，閣下分期已逾期，請即還款。",
     [(P, "蔣美玲"), (ID, "220104198610148482")], [U]),
    ("call", "debtor", "坐席：陈思琪，你爸陈国栋在滨江区长河路475号开五金店，你妈刘芳在店里帮忙，我们明天去店里坐坐？\n客户：别去我家店里",
     [(P, "陈思琪"), (P, "陈国栋"), (A, "滨江区长河路475号"), (P, "刘芳")], [X]),
    ("sms", "third_party", "星联张店长：马骏那单手机分期已经转法务了，他要是来店里你叫他联系我。——瑞禾小沈", [(P, "马骏")], [D]),
    ("app", "debtor", "【瑞禾分期】邓伟，征信显示你在招联、马上、中银消费均有逾期，合计3.6万元，请优先偿还我司欠款。", [(P, "邓伟")], [S]),
    ("app", "debtor", "[企业微信] 佑安-阿康：梁生，你阿妈喺香洲人民医院肿瘤科住紧院，我哋知㗎，但系你笔数都要还㗎。", [], [S]),
    ("email", "unknown", "请协助核实：客户谢宇航，身份证50011219990107223X，手机15384489140，工资卡6033671914769909271，核实后回复。",
     [(P, "谢宇航"), (ID, "50011219990107223X"), (MB, "15384489140"), (BC, "6033671914769909271")], [U]),
    ("app", "third_party", "[微信] 房东你好，你租客唐磊在我们瑞禾有笔分期欠款，他要是退租麻烦跟我们说一声。", [(P, "唐磊")], [D]),
    ("sms", "debtor", "【瑞禾消费金融】冯建国，你每天晚上在建设路夜市摆摊到11点，收入不少吧？", [(P, "冯建国")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】冯建国，你儿子冯子轩、你老婆韦春花、你妈李桂英，我们都有联系方式，自己看着办。",
     [(P, "冯建国"), (P, "冯子轩"), (P, "韦春花"), (P, "李桂英")], [X]),
    ("call", "third_party", "坐席：喂你好是曾佳慧老公吗那个她在我们瑞禾借的钱呃逾期了然后她最近是不是在住院啊我们听说她做了个子宫的手术\n联系人：你们怎么知道的",
     [(P, "曾佳慧")], [D, S]),
    ("app", "debtor", "专员：袁志鹏，你申请时拍的身份证511302198807030718和手持照我们都存着，别以为换号就找不到你。",
     [(P, "袁志鹏"), (ID, "511302198807030718")], [U]),
    ("email", "third_party", "博睿语言培训 教务处：\n贵校学员何欣的雅思课程分期已逾期，请告知其本周上课时间及教室，我司人员将到校沟通。\n瑞禾消费金融 贷后管理部",
     [(P, "何欣")], [D]),
    ("sms", "debtor", "【瑞禾消费金融】宋佳明，你微信零钱通里还有6,800，够还本期2,980了，别说没钱。", [(P, "宋佳明")], [S]),
    ("call", "third_party", "坐席：阿姨你好，我系瑞禾消费金融嘅，你仔梁振宇喺我哋度做咗分期，而家逾期咗成个月，你同佢讲声啦。\n联系人：吓？",
     [(P, "梁振宇")], [D]),
    ("sms", "third_party", "你好，赵雅婷手机18198912796打不通，她欠瑞禾分期8,900，你是她同事帮忙带个话。",
     [(P, "赵雅婷"), (MB, "18198912796")], [D, U]),
    ("app", "debtor", "[企业微信] 鼎衡-小吴：钟海，你爸钟伟民在城东菜场卖猪肉，摊位B-17，你妹钟晓在星联通讯当店员，我天天能碰到他们。",
     [(P, "钟海"), (P, "钟伟民"), (P, "钟晓")], [X]),
    ("call", "debtor", "坐席：邱立新，你招行卡6226090179067729上个月还有一万一的定期刚到期，别跟我哭穷。",
     [(P, "邱立新"), (BC, "6226090179067729")], [S, U]),
    ("email", "unknown", "外访报告：客户邓伟每周一、三、五晚上7点在东鑫驾校附近的健身房，9点离开，车停地下车库B2，车牌浙A8M2R6。",
     [(P, "邓伟"), (PL, "浙A8M2R6")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】唐磊，你岳母电话13646773628，你小舅子在兰州开出租，你想让他们都知道？",
     [(P, "唐磊"), (MB, "13646773628")], [U, X]),
    ("notice", "debtor", "律师函\n致：邱立新先生\n本所受瑞禾消费金融有限公司委托，就您所欠分期款项致函。经查，您配偶刘敏任职于杭州市第一人民医院护理部，"
     "请您于十日内清偿欠款13,200元。\n浙江衡平律师事务所 0571-87215564",
     [(P, "邱立新"), (P, "刘敏"), (LL, "0571-87215564")], [X]),
    ("app", "third_party", "你好，是彭飞的朋友吧？他在瑞禾欠钱不还，天天晚上泡足疗店，你劝劝他。", [(P, "彭飞")], [D, S]),
    ("app", "debtor", "[企业微信] 佑安-阿康：林晓燕，你下周二上午不是在妇幼做四维彩超吗，我顺路过去找你谈。", [(P, "林晓燕")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】何欣，岳麓区枫林三路1088号2栋605，博睿语言培训前台，这两个地方你总要去的吧？",
     [(P, "何欣"), (A, "岳麓区枫林三路1088号2栋605")], [X]),
    ("call", "debtor", "坐席：许文博，你女朋友林可馨在浙江传媒学院读大三，手机17699837324，要不我们跟她聊聊？",
     [(P, "许文博"), (P, "林可馨"), (MB, "17699837324")], [U, X]),
    ("sms", "debtor", "【瑞禾消费金融】彭飞，你那辆浙A5T9Q2的白色思域每天晚上都停在亲贤北街夜色KTV门口，我们都拍下来了。",
     [(P, "彭飞"), (PL, "浙A5T9Q2")], [S]),
    ("email", "unknown", "外访反馈：客户谢宇航驾驶渝B7K3L9，名下未见其他车辆；身份证50011219990107223X已与本人核对。",
     [(P, "谢宇航"), (PL, "渝B7K3L9"), (ID, "50011219990107223X")], [U]),
    ("app", "third_party", "[微信] 保安大哥，你们小区渝B7K3L9那个车主谢宇航欠我们瑞禾的钱，他回来了麻烦说一声。",
     [(PL, "渝B7K3L9"), (P, "谢宇航")], [D]),
    ("call", "debtor", "坐席：您说的浙A5T9Q2是您朋友的车对吧？好的，车辆信息和这笔分期没有关系，我们这边不做记录。\n客户：对，我就借开了几天",
     [(PL, "浙A5T9Q2")], []),
    ("sms", "third_party", "您好，您的室友杜宇在瑞禾的手机分期已逾期，请提醒他尽快处理。", [(P, "杜宇")], [D]),
    ("app", "debtor", "杜宇，你这学期课表：周一3-4节高数在C203，周三5-6节在实训楼，你住西区5栋，跑不了的。", [(P, "杜宇")], [S]),
    ("sms", "debtor", "【瑞禾消费金融】{name}您好，您尾号{card_tail}的还款卡扣款失败，请于{date}前存入${amount}。详询4006187720，回T退订", [], []),
    ("app", "debtor", "【瑞禾分期】您好，贷后沟通只会联系您本人，不会联系您的家人、同事或学校。如有人以瑞禾名义联系您的亲友，请致电4006187720举报。", [], []),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AL-STAGE-SMS": STAGE_SMS,
    "AL-APP-CHATS": APP_CHATS,
    "AL-AGENT-CALLS": AGENT_CALLS,
    "AL-ASR-CALLS": ASR_CALLS,
    "AL-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AL-CONTACTS": CONTACTS,
    "AL-EMPLOYERS-AND-SCHOOLS": EMPLOYERS_AND_SCHOOLS,
    "AL-MERCHANTS": MERCHANTS,
    "AL-LETTERS": LETTERS,
    "AL-QA-AND-TICKETS": QA_AND_TICKETS,
    "AL-AGENCY-EMAILS": AGENCY_EMAILS,
    "AL-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AL-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AL-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AL-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AL-DECOYS": DECOYS,
    "AL-FORWARDED": FORWARDED,
    "AL-SECOND-ROUND": SECOND_ROUND,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
