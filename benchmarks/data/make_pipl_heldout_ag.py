"""Writes `pipl_heldout_ag.jsonl`, the thirty-third independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_ae.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, one ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes); they were typed into the texts by hand,
spelled out digit by digit for the spoken forms, and the passports and permits (E, EA, G; C for a Hong Kong and
Macau travel permit, H and M for home-return and Macau residents' permits) were typed to the pattern.

Two desks carry most of it: the review desk of a large SMS gateway and outbound-call platform serving many lenders
(a card centre, a consumer-finance company, an online lender and an instalment app: their templates, robot
scripts, recordings, quality-check records and e-mails to vendors), and a third-tier city's collection agency
working for them, with its field-visit team (visit chats, visit notes, a team group, letters). Its weight lies on
identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred messages: mobiles,
landlines with area codes (one in brackets, some with an extension after 转, some read aloud, a Taipei one with
分機), 18-digit IDs (one ending in X wholly in full-width digits with a full-width X, one grouped 6-8-4 by hyphens,
one by dots and one by spaces, one in fours as an OCR result, one spaced out digit by digit on a line of its own,
one in a traditional-character text) and old 15-digit ones (written and read aloud), bank cards of 16 and 19 digits
(grouped by fours with spaces, hyphens or dots, or glued to the words around them), passports (E with stray OCR
spaces, EA, G spaced out), a Hong Kong and Macau permit, home-return permits and a Macau residents' permit; read
aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens, set on a line of their own, in
full-width digits, behind +86, ＋86 and 0086, and glued to the Chinese words around them. Beside them stand decoys of
the same shapes: an 18-digit contract number with a thirteenth month, an 18-digit order number with a wrong
check character, a 15-digit waybill number grouped by spaces, a 16-digit payment serial and a 19-digit instalment
number grouped by hyphens failing Luhn, a 20-digit invoice number, an 11-digit work-order number written and read
aloud, a contract number grouped 6-8-4 with a thirteenth month, a mediation case number, verification codes (one
in full-width digits, one read aloud), 95 and 400 numbers written and read aloud, amounts,
dates, the agent's work number and extension read aloud, masked forms (166****1911, 4306**********3937,
6217 **** **** 5113, 513922********5291) and last digits; licence plates stand as entities without a category,
and a lender's own collection account, the collector's work mobile and the lenders', agency's and law firm's
landlines are entities but no category. Third-party disclosure labels over sixty messages, many saying no more
than that "the matter at 禾丰 is not finished", "that instalment still has not moved", "you know about it", a
lender's name or a product, to a wife, a husband, a mother, a father, a son, a daughter, a sister, a cousin, an
ex-husband, an ex-wife, a roommate, a counsellor, a school's psychologist, an HR department, a finance department,
a shop owner, a barbecue stall's helper, a landlord, a property manager, a colleague and group chats of relatives,
townsmen, a workshop, a class, a dormitory, parents, owners, neighbours and couriers; beside them contacts asked
only for a call-back with no lender or debt named, a wrong number, an ex-husband told nothing, guarantors told of
the liability they signed, a sealed letter an employer is asked to hand over, a property manager asked whether a
flat is still lived in for a letter, and a parking request naming a plate. `pii.excessive` labels over sixty
messages: full names with a home address or an employer, and the names and numbers of spouses, an ex-wife, a
girlfriend, a boyfriend, parents, a father-in-law, a mother-in-law, siblings, a cousin, an uncle by marriage,
children, roommates, a team leader, a shop owner and a colleague. `pii.sensitive` labels over fifty, mostly
without the textbook words: dialysis days, chemotherapy, cancer, liver cirrhosis, depression
medicine, dementia and Alzheimer's disease of elderly parents and debtors, hypertension and heart disease of an
old man, rehabilitation days, a bedridden father, a pregnancy and a delivery ward, a student's dormitory, class,
counselling days and lecture times, children's schools, classes, kindergartens and home times, night-market
stalls, a night-shift exit, a supermarket's late shift, a bus stop at noon, a dance square at night, a KTV at
eleven, a courier's waiting spot, a coffee shop at three, Macau hotel spending, horse racing, a mahjong parlour,
salary inflows, wallet balances, a provident-fund balance, loans at other platforms and banks, a disability
certificate and allowance, a livelihood-allowance household, a veteran's allowance, Sunday worship, fingerprints
and face records, detention and drug rehabilitation. Beside them stand debtors speaking of their own hospital
stays and childbirth, agents answering with a deferral, a lender's general offer to pause for illness,
and quality-check records that name no one. Registers: the lenders' SMS templates and app
notices, robot scripts with keypad turns, agents' calls as speech-to-text output without punctuation (much of it
in Gan, Sichuan and north-eastern speech), WeChat and WeChat Work chats and group chats, the platform's
quality-check records, e-mails to ASR and robot-call vendors, a lender's legal team, the agency, employers and a
property office, complaint replies, letters (a lawyer's, a guarantor's and an employer's among them), Cantonese
(Hong Kong) and traditional characters (Hong Kong and Taiwan).

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (or a travel permit's) of a
  person in the sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's,
  agency's or lawyer's landline, a lender's own collection account, the collector's work mobile, a customer
  writing or saying their own number, a licence plate.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the obligation he signed is not disclosed to; quality-check records, visit notes, the
  field team's group and e-mails passed between the platform, the lenders, the agency and their vendors go to an
  unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, a student's class and timetable, whereabouts at a
  given time and daily routine, financial account details beyond need (balances, salary inflows, other
  platforms' and banks' loans, provident fund, card spending), detention and drug rehabilitation, specific
  identities (disability, a livelihood allowance, a veteran). A lender's offer to pause for illness in general,
  or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail, a licence
plate); masked forms and 400 / 95 service numbers are not entities, and a landline's extension lies outside its
span, as does a +86 or 0086 before a mobile; a surname with an honorific or a prefix (陈生, 老杨, 卢姐) is not a
PERSON, a given name alone or after a kinship term is; ADDRESS reaches down to a road and number, or a building
and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ag`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ag.jsonl"
ID_PREFIX = "PAG"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, LP = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")
# --- the SMS gateway's review desk: templates and one-off texts from many lenders ----------------------------

GATEWAY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【禾丰消费金融】尊敬的客户，您尾号5572的借款本期应还1,286.40元，已逾期3天，请于今日20点前通过禾丰APP还款，客服95573。", [], []),
    ("sms", "debtor", "【禾丰消费金融】邹立群您好，您的分期已逾期12天，应还3,402元。经核实您近期每晚十点后在城东夜市摆摊，请收摊后及时处理还款。", [(P, "邹立群")], [S]),
    ("sms", "debtor", "【速闪借】您借款已逾期，合同号SS20260914008817，剩余应还2,150元。还款卡：6228480279025446（本人名下），请确保余额充足。", [(BC, "6228480279025446")], [U]),
    ("sms", "debtor", "【速闪借】您好，还款验证码 483920，5分钟内有效，切勿告知他人。如非本人操作请致电4008-215-330。", [], []),
    ("sms", "debtor", "【银杉信用卡中心】您的信用卡账户已逾期，最低还款额586元。您本月在“金牛棋牌室”消费6笔共4,300元，请合理安排支出，尽快还款。", [], [S]),
    ("sms", "debtor", "【青柠分期】您的借款人身份证号411527197511283353已完成逾期登记，请尽快还款2,680元避免影响后续借款。", [(ID, "411527197511283353")], [U]),
    ("sms", "debtor", "【青柠分期】提醒：您在我司的借款已逾期8天，待还2,680元。如需协商分期，回复1或拨打0792-6628415。", [(LL, "0792-6628415")], []),
    ("sms", "debtor", "【青柠分期】钟振华，您的逾期款请尽快处理。您妻子刘晓彤（138 0657 1123）我们也已登记为联系人。", [(P, "钟振华"), (P, "刘晓彤"), (MB, "138 0657 1123")], [U, X]),
    ("sms", "debtor", "【禾丰消费金融】您好，您每月15号发工资后卡上余额都在八千以上，本期仅需还1,930元，请勿继续拖欠。", [], [S]),
    ("sms", "debtor", "【淮宁诚达】受禾丰消费金融委托，提醒您尽快偿还逾期款项4,716元。外访专员联系电话18374384664（工号HN-207），有疑问请致电。", [(MB, "18374384664")], []),
    ("sms", "debtor", "【淮宁诚达】温丽娟女士，您在淮宁市解放中路188号金桂园3栋502的住址我们已核实，本周五外访人员将上门沟通还款事宜。", [(P, "温丽娟"), (A, "淮宁市解放中路188号金桂园3栋502")], []),
    ("sms", "debtor", "【淮宁诚达】韦建新，知道你在淮宁市第二人民医院肿瘤科做化疗，出院后请第一时间联系我们处理欠款。", [(P, "韦建新")], [S]),
    ("sms", "debtor", "【速闪借】黎春燕，您在鑫海电子厂上班，住厂区宿舍B栋412，请本周内还款。", [(P, "黎春燕"), (A, "厂区宿舍B栋412")], [X]),
    ("sms", "debtor", "【银杉信用卡中心】尊敬的持卡人，您的卡号6230521560152101481已逾期32天，欠款11,420.55元，请立即还款。", [(BC, "6230521560152101481")], [U]),
    ("sms", "debtor", "【青柠分期】您的验证码为７２６１０５，用于还款账户变更，请勿泄露。", [], []),
    ("sms", "debtor", "【禾丰消费金融】您好，系统显示您同时在“好运来”“极速花”等6个平台有未结清借款，合计欠款逾4万元，请优先处理我司欠款。", [], [S]),
    ("sms", "debtor", "【淮宁诚达】你好，你每天早上七点二十从和平小区东门出来去菜市场，我们同事今早已经看到你了，请尽快回电。", [], [S]),
    ("sms", "debtor", "【淮宁诚达】你好，这是外访组的提醒：我们计划本周四上午到你登记的住址沟通，如不方便请回电0792-6631207转8012改约。", [(LL, "0792-6631207")], []),
    ("sms", "debtor", "【速闪借】王雨菲，你在信诚街平价超市收银，每周二、周四晚班十点下班，这周我们会在店门口等你谈还款。", [(P, "王雨菲")], [S]),
    ("sms", "debtor", "【青柠分期】您好，您的护照E48213905信息已用于借款审核，逾期未还将影响您再次申请，请于3日内还款。", [(PP, "E48213905")], [U]),
    ("sms", "debtor", "【青柠分期】您好，如您因疫情、疾病等原因还款困难，可申请困难帮扶，详询0792-6628415。", [(LL, "0792-6628415")], []),
    ("sms", "debtor", "【银杉信用卡中心】您好，您的公积金账户余额52,316元，可提取后偿还信用卡欠款，请尽快处理。", [], [S]),
    ("sms", "debtor", "【禾丰消费金融】苏明辉，你母亲苏桂兰、父亲苏长庚的电话我们都有，再不还款我们会继续核实你的还款意愿。", [(P, "苏明辉"), (P, "苏桂兰"), (P, "苏长庚")], [X]),
]

# --- the outbound-call platform's robot scripts, keypad turns and all ----------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是禾丰消费金融，请问是孔德胜先生本人吗？确认请按1。\n客户：（按键1）\n机器人：您的借款已逾期6天，应还2,330元，请于今晚八点前还款。", [(P, "孔德胜")], []),
    ("call", "debtor", "机器人：您好，这里是速闪借还款提醒。请问您是否为借款人本人，是请按1，不是请按2。\n客户：（按键2）\n机器人：打扰了，请您转告机主回电4008-215-330，再见。", [], []),
    ("call", "debtor", "机器人：您好，您的身份证号码为：四一一五二七 一九七零 零八零三 五七零七，名下借款已逾期，请尽快还款。", [(ID, "四一一五二七 一九七零 零八零三 五七零七")], [U]),
    ("call", "debtor", "机器人：您好，您绑定的还款卡号为：幺三…不好意思，重新播报：六二二八 四八零 二七九零 二五四四六，当前余额不足，请及时存入。", [(BC, "六二二八 四八零 二七九零 二五四四六")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，您好！系统检测到您每周三下午都在县医院血透室，为了不打扰您治疗，我们改在周四提醒您：账单已逾期。", [], [S]),
    ("call", "debtor", "机器人：您好，您预留的紧急联系人手机号是幺五八 六幺九幺 幺九零五，我们将在明天联系该号码核实您的近况。", [(MB, "幺五八 六幺九幺 幺九零五")], [U]),
    ("call", "debtor", "机器人：您好，请问是姜慧敏女士吗？确认本人请按1。\n客户：（按键1）\n机器人：姜女士，您在禾丰的借款已逾期，您的女儿在淮宁实验小学三年级二班，为孩子着想请尽快还款。", [(P, "姜慧敏")], [S]),
    ("call", "debtor", "机器人：您好，这里是淮宁诚达，受青柠分期委托联系您。您的欠款两千六百八十元已逾期，我们的外访人员将于明日上午到您单位淮宁市建设路66号国税大楼找您面谈。", [(A, "淮宁市建设路66号国税大楼")], []),
    ("call", "debtor", "机器人：您好，您名下的港澳通行证C62019473已被记录，逾期期间请勿出境，请尽快还款。", [(PP, "C62019473")], [U]),
    ("call", "debtor", "机器人：您好，系统显示您上月工资卡入账七千八百元，公积金每月缴存一千一，完全有能力还款，请于今日处理。", [], [S]),
    ("call", "debtor", "机器人：您好，请记录我司对公还款账户：户名禾丰消费金融有限公司，账号六二二八 四八零零 五七九九 七一三零 一一七，开户行工商银行淮宁分行。", [(BC, "六二二八 四八零零 五七九九 七一三零 一一七")], []),
    ("call", "debtor", "机器人：您好，请问是季海洋先生吗？确认请按1。\n客户：（按键1）\n机器人：季先生，您的手机号码幺八七 四零九二 零二三七将作为唯一联系方式，请保持畅通。", [(P, "季海洋"), (MB, "幺八七 四零九二 零二三七")], [U]),
    ("call", "debtor", "机器人：您好，这里是青柠分期，您在我司的借款已结清，感谢您的配合。如有疑问请致电零七九二 六六二八四一五。", [(LL, "零七九二 六六二八四一五")], []),
    ("call", "debtor", "机器人：您好，这里是禾丰消费金融。您的抵押车辆赣C·7K269对应借款已逾期五天，结清后可在APP预约办理解押。", [(LP, "赣C·7K269")], []),
]

# --- agents' calls as speech-to-text output, much of it in dialect, unpunctuated ---------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是淮宁诚达受禾丰消费金融委托的请问是熊国平本人吧\n客户：是我么子事\n坐席：你那个借款逾期二十三天了欠三千四百块你看今天能不能处理一下\n客户：我晓得了过两天发了钱就还", [(P, "熊国平")], []),
    ("call", "debtor", "坐席：喂熊师傅你好我再核对一下你身份证号四一一五二七两洞洞两洞两幺四幺幺六幺对吧\n客户：对的", [(ID, "四一一五二七两洞洞两洞两幺四幺幺六幺")], [U]),
    ("call", "debtor", "坐席：你好嘛我们是速闪借的你这个款子拖了一个多月了哈\n客户：我在住院咯做了支架\n坐席：那你先养病嘛我给你申请缓一个月出院了再说要得不", [], []),
    ("call", "debtor", "坐席：老哥你好我这边青柠分期的你那个欠款咋整啊\n客户：最近手头紧\n坐席：你不是每天晚上都在南湖公园那个广场跳舞吗九点多散场我们同事都瞅见了紧啥紧", [], [S]),
    ("call", "third_party", "坐席：喂你好请问是肖文斌的家属吗\n第三方：我是他老婆咋了\n坐席：哦那麻烦你跟他说一下让他回个电话给我就行谢谢", [(P, "肖文斌")], []),
    ("call", "third_party", "坐席：喂你好请问是肖文斌的家属吗\n第三方：我是他妈\n坐席：阿姨你跟他讲一声禾丰那边的事还没弄完让他抓紧\n第三方：么子事啊\n坐席：你跟他一讲他就晓得了", [(P, "肖文斌")], [D]),
    ("call", "debtor", "坐席：你好我是淮宁诚达外访组的小邓工号两洞七你的分机是幺洞幺两吧我回头再打给你\n客户：行", [], []),
    ("call", "debtor", "坐席：喂你好哈你那个还款卡六两两五八八七七九七幺八九两六九现在扣不到钱你去存一下\n客户：好的", [(BC, "六两两五八八七七九七幺八九两六九")], [U]),
    ("call", "debtor", "坐席：你好是邝丽珍吧你欠款的事我看你老公叫邝志诚在东风汽修厂上班电话是幺五八九六七四九三四拐对吧\n客户：你打他干嘛", [(P, "邝丽珍"), (P, "邝志诚"), (MB, "幺五八九六七四九三四拐")], [U, X]),
    ("call", "debtor", "坐席：你好我跟你讲你那个抑郁症吃的药一个月也要几百块钱有钱买药没钱还款啊", [], [S]),
    ("call", "debtor", "坐席：妹子我们晓得你怀了七个月了下个月就要生了趁现在把钱还了省得生了娃又没空", [], [S]),
    ("call", "debtor", "坐席：你好请确认一下你的手机号是不是一三五零九一五九零两两\n客户：是\n坐席：好的你的借款已逾期请尽快处理", [(MB, "一三五零九一五九零两两")], [U]),
    ("call", "debtor", "坐席：你好我们这边查到你在另外三家银行也都逾期了征信上一大片你还是先把我们这边的还了", [], [S]),
    ("call", "third_party", "坐席：你好请问是廖春生吗\n第三方：打错了吧这是我的号\n坐席：哦不好意思打扰了", [(P, "廖春生")], []),
    ("call", "third_party", "坐席：你好请问是廖春生吗\n第三方：不是我是他同事\n坐席：那你帮忙带个话他在速闪借借的四千块已经逾期两个月了", [(P, "廖春生")], [D]),
    ("call", "debtor", "坐席：你好我是外访组的我现在就在你女儿学校门口接孩子的家长都在你自己看着办吧", [], [S]),
    ("call", "debtor", "坐席：喂你屋里头那个老人家是不是有老年痴呆啊上回去他连自己儿子欠钱都不晓得", [], [S]),
    ("call", "debtor", "坐席：喂你好嘞我是青柠的哈你下午四点半是不是要去幼儿园接你儿子我们就在门口等你把还款方案谈一下", [], [S]),
    ("call", "third_party", "坐席：喂你好请问是蒋海燕的紧急联系人吗\n第三方：我是她表姐\n坐席：麻烦你转告她方便的时候给我们回个电话号码是零七九二六六三幺两零七\n第三方：好", [(P, "蒋海燕"), (LL, "零七九二六六三幺两零七")], []),
    ("call", "third_party", "坐席：你好是蒋海燕的表姐吧\n第三方：是\n坐席：她那个网贷欠了好几家你们亲戚都不晓得啊", [(P, "蒋海燕")], [D, S]),
    ("call", "debtor", "坐席：你好我再报一下你的银行卡号六两幺拐洞洞九九八幺四五五幺幺三你核对一下是不是尾号幺幺三\n客户：是", [(BC, "六两幺拐洞洞九九八幺四五五幺幺三")], [U]),
]

# --- the agency's field-visit team: chats with debtors and visit notes -------------------------------------------

FIELD_VISITS: list[PiplEntry] = [
    ("app", "debtor", "[企业微信] 外访专员：唐先生，昨晚十一点我们看到你从“金樽KTV”出来，开的还是那辆赣C·5M812，钱都花这了吧？", [(LP, "赣C·5M812")], [S]),
    ("app", "debtor", "[企业微信] 外访专员：您好，面谈地点定在我司接待室（淮宁市滨江大道208号诚达大厦9楼），周三下午两点，请带身份证原件。", [(A, "淮宁市滨江大道208号诚达大厦9楼")], []),
    ("app", "debtor", "[企业微信] 外访专员：戴红梅，你老公戴永强、你儿子戴子航在淮宁一中高二（5）班，这些我们都登记了，你还是自己出面解决吧。", [(P, "戴红梅"), (P, "戴永强"), (P, "戴子航")], [S, X]),
    ("app", "debtor", "[企业微信] 外访专员：你好，你的身份证 3607 3119 8304 0787 65 复印件已在档，协商还款时请带原件。", [(ID, "3607 3119 8304 0787 65")], [U]),
    ("app", "debtor", "[企业微信] 外访专员：你好，你每天中午十二点在永辉超市门口的公交站等车回家，我们明天中午在那等你。", [], [S]),
    ("app", "debtor", "[企业微信] 外访专员：老杨，上次去你家看你爸瘫在床上，插着尿管，挺不容易的，但欠款还是要解决。", [], [S]),
    ("app", "third_party", "[企业微信] 外访专员：阿姨您好，我们找杨志刚有点事，麻烦您让他方便时回个电话，18374384664，谢谢。", [(P, "杨志刚"), (MB, "18374384664")], []),
    ("app", "third_party", "[企业微信] 外访专员：阿姨您好，您儿子杨志刚在禾丰借的钱一直没还，您这当妈的也劝劝他。", [(P, "杨志刚")], [D]),
    ("app", "unknown", "外访记录：12月2日上午外访淮宁市秀峰区长安里7栋3单元201，借款人不在，邻居称其在城南纺织厂上夜班，早上七点后才回。", [(A, "淮宁市秀峰区长安里7栋3单元201")], [S]),
    ("app", "unknown", "外访记录：借款人宋宝林，现住淮宁市东湖区桂花路35号，妻子付琴在区妇幼保健院当护士，手机15812185535，儿子宋逸在东湖小学。", [(P, "宋宝林"), (A, "淮宁市东湖区桂花路35号"), (P, "付琴"), (MB, "15812185535"), (P, "宋逸")], [S, U, X]),
    ("app", "unknown", "外访记录：上门未见人，门上未张贴任何材料，留下外访联系卡一张（仅有我司名称和电话0792-6631207）。", [(LL, "0792-6631207")], []),
    ("app", "debtor", "[企业微信] 外访专员：郑洁，你每天早上七点从纺织厂下夜班出来走北门，我们在门口等你不为别的，就是谈还款。", [(P, "郑洁")], [S]),
    ("app", "debtor", "[企业微信] 外访专员：你好，你的残疾证我们看过了，肢体三级，每月有补贴，这个钱也可以先拿来还。", [], [S]),
    ("app", "debtor", "[企业微信] 外访专员：邹先生，你低保户的身份我们从社区了解到了，低保金每月到账的卡号我们也有。", [], [S]),
    ("app", "unknown", "外访小组群：@全体 明天外访名单：1. 蔡志勇 淮宁市西湖区荷塘路12号；2. 马小兰 淮宁市青云谱区井冈路88号2栋；请各组对接。", [(P, "蔡志勇"), (A, "淮宁市西湖区荷塘路12号"), (P, "马小兰"), (A, "淮宁市青云谱区井冈路88号2栋")], []),
    ("app", "unknown", "外访小组群：马小兰那户注意一下，她老公前年因为赌博被拘过十五天，家里情况复杂，去两个人。", [(P, "马小兰")], [S]),
    ("app", "unknown", "外访小组群：明天外访统一早上八点半出发，车牌赣C·3D907那辆车加满油，发票交财务。", [(LP, "赣C·3D907")], []),
]

# --- third parties: relatives, roommates, counsellors, employers, shop owners, property managers, group chats -------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【淮宁诚达】您好，我们有事需联系您的朋友金宇航，如方便请转告他回电0792-6631207，谢谢。", [(P, "金宇航"), (LL, "0792-6631207")], []),
    ("sms", "third_party", "【淮宁诚达】您好，您朋友金宇航在速闪借那边的事还挂着，请转告他尽快联系我们。", [(P, "金宇航")], [D]),
    ("sms", "third_party", "【禾丰消费金融】姚女士您好，您丈夫的分期还差最后两期没结，麻烦您提醒他一下。", [], [D]),
    ("sms", "third_party", "【禾丰消费金融】姚女士您好，麻烦您提醒您丈夫回个电话给禾丰客服95573，谢谢。", [], [D]),
    ("sms", "third_party", "【青柠分期】冯阿姨您好，您作为借款人冯涛的担保人，其借款已逾期，根据您签署的担保合同，您需在12月15日前代为偿还2,680元。", [(P, "冯涛")], []),
    ("sms", "third_party", "【青柠分期】冯阿姨您好，我们找不到冯涛，麻烦您叫他回个电话，打0792-6628415就行。", [(P, "冯涛"), (LL, "0792-6628415")], []),
    ("app", "third_party", "[微信] 专员：张老师您好，我是禾丰委托的催收机构，贵院学生宁浩然在我司的借款已逾期两个月，麻烦您作为辅导员督促一下。", [(P, "宁浩然")], [D]),
    ("app", "third_party", "[微信] 专员：张老师您好，我们有急事联系宁浩然同学，他电话一直打不通，方便的话请让他回个电话，谢谢您。", [(P, "宁浩然")], []),
    ("app", "third_party", "[微信] 专员：同学你好，你是宁浩然的室友吧？他住你们315寝室，每天早上八点在三教上课，你跟他说一声，速闪借那边等他回话。", [(P, "宁浩然")], [D, S]),
    ("app", "third_party", "[微信] 专员：你好，请问你是宁浩然的室友吗？麻烦让他回个电话给我，谢谢。", [(P, "宁浩然")], []),
    ("email", "third_party", "致：淮宁鑫海电子有限公司人力资源部\n您好，贵司员工黎春燕（工号XH-0731）在我司的消费分期已逾期45天，请贵部门协助督促其尽快还款。\n禾丰消费金融 贷后管理部", [(P, "黎春燕")], [D]),
    ("email", "third_party", "致：淮宁鑫海电子有限公司人力资源部\n您好，我司有一封寄给贵司员工黎春燕的信件，因其住址不详寄至贵司，烦请转交本人，信件已密封。谢谢。\n禾丰消费金融", [(P, "黎春燕")], []),
    ("call", "third_party", "坐席：你好请问是华联超市的老板吗\n第三方：是我\n坐席：你店里收银的王雨菲你认识吧她欠我们速闪借的钱一直躲着不还你让她回个电话", [(P, "王雨菲")], [D]),
    ("call", "third_party", "坐席：你好请问是华联超市吗我找一下王雨菲\n第三方：她今天休息\n坐席：那麻烦你跟她说有人找请她回个电话谢谢", [(P, "王雨菲")], []),
    ("app", "third_party", "[微信] 专员：物业你好，金桂园3栋502的业主温丽娟欠我们委托方的钱，你们平时看到她帮忙提醒一句。", [(A, "金桂园3栋502"), (P, "温丽娟")], [D]),
    ("app", "third_party", "[微信] 专员：物业您好，请问金桂园3栋502现在还是温女士住吗？我们有信件需要寄送，确认一下地址，谢谢。", [(A, "金桂园3栋502")], []),
    ("call", "third_party", "坐席：喂你好请问是饶建军的爸爸吗\n第三方：是啊\n坐席：叔叔你儿子那边的账还没平你劝劝他\n第三方：什么账\n坐席：他心里有数", [(P, "饶建军")], [D]),
    ("call", "third_party", "坐席：喂你好请问是饶建军的爸爸吗\n第三方：是啊\n坐席：叔叔麻烦您让他回我个电话我姓周\n第三方：好的", [(P, "饶建军")], []),
    ("sms", "third_party", "【淮宁诚达】饶叔叔您好，您儿子饶建军在禾丰的欠款已经申请了分期，这个月已经还上，谢谢您之前的帮忙。", [(P, "饶建军")], [D]),
    ("app", "third_party", "[微信] 专员：小伙子你好，你是韦建新的儿子吧，你爸那笔钱现在还欠着九千多，他生病了你们子女得管管。", [(P, "韦建新")], [D, S]),
    ("app", "third_party", "[微信] 专员：你好，你是韦建新的儿子吧？请你转告你父亲，方便时回个电话，不着急。", [(P, "韦建新")], []),
    ("sms", "third_party", "【银杉信用卡中心】您好，您是卡户袁冬梅的紧急联系人，她的信用卡已逾期，请提醒其尽快还款。", [(P, "袁冬梅")], [D]),
    ("sms", "third_party", "【银杉信用卡中心】您好，我们需联系袁冬梅女士，如您能联系到她，请转告其回电，谢谢。", [(P, "袁冬梅")], []),
    ("call", "third_party", "坐席：你好是袁冬梅的老公吗\n第三方：她前夫离了\n坐席：哦那打扰了您要是还能联系上她麻烦让她回个电话", [(P, "袁冬梅")], []),
    ("call", "third_party", "坐席：你好是袁冬梅的老公吗\n第三方：前夫\n坐席：那你知道她现在住哪吗她卡上欠了一万多联系不上", [(P, "袁冬梅")], [D]),
    ("app", "third_party", "[微信] 专员：卢姐您好，我是禾丰的，您是邱文杰那笔借款的保证人，借款已逾期90天，按您签的保证合同，现在需要您承担连带还款责任，金额21,300元。", [(P, "邱文杰")], []),
    ("app", "third_party", "[微信] 专员：卢姐，邱文杰他老婆孩子都跑回娘家了，你作为他朋友知道他现在人在哪吗？他欠的不止我们一家。", [(P, "邱文杰")], [D, S]),
    ("sms", "third_party", "【淮宁诚达】小区物业您好，麻烦通知2号楼的车主赣C·8H455挪一下车，挡住了我司外访车辆。", [(LP, "赣C·8H455")], []),
    ("call", "third_party", "坐席：你好是快递站的陈老板吗你那个店员叫覃丽的她借钱的事你知道吧\n第三方：不知道\n坐席：你就跟她说青柠那边等她", [(P, "覃丽")], [D]),
    ("app", "third_party", "[微信] 专员：你好，我是禾丰的，找一下你室友曾琳，她的事比较急，麻烦你让她看下微信。", [(P, "曾琳")], [D]),
    ("app", "third_party", "[微信] 专员：心理老师您好，你们学校的学生梁子豪在我们这边有笔欠款没处理，听说他在您这里做心理咨询，麻烦您劝一下他。", [(P, "梁子豪")], [D, S]),
    ("email", "third_party", "收件人：jinguiyuan_wy@163.com\n金桂园物业您好：\n3栋502业主在我司借款逾期，请物业配合在其回家时转告联系我司。\n淮宁诚达商务咨询有限公司", [(EM, "jinguiyuan_wy@163.com"), (A, "3栋502")], [D]),
    ("call", "third_party", "坐席：你好我找一下邝志诚\n第三方：我就是\n坐席：邝先生你爱人邝丽珍那边借款没还清你们夫妻俩商量一下吧", [(P, "邝志诚"), (P, "邝丽珍")], [D]),
]

# --- group chats: families, villages, workplaces, tenants, owners -----------------------------------------------

GROUP_CHATS: list[PiplEntry] = [
    ("app", "third_party", "[微信群·饶家亲戚群] 催收专员：大家好，饶建军在禾丰那边的钱一直没处理，你们做亲戚的帮忙说说。", [(P, "饶建军")], [D]),
    ("app", "third_party", "[微信群·鑫海电子三车间] 催收专员：黎春燕在吗？@黎春燕 你那边的分期还没弄完，看到回我。", [(P, "黎春燕"), (P, "黎春燕")], [D]),
    ("app", "third_party", "[微信群·金桂园业主群] 催收专员：3栋502的业主，你在禾丰的款子逾期好几个月了，请私聊我。", [(A, "3栋502")], [D]),
    ("app", "third_party", "[微信群·淮宁老乡群] 催收专员：大家认识孔德胜吗？他以前在城东开面馆，现在欠着钱人找不着了。", [(P, "孔德胜")], [D]),
    ("app", "third_party", "[微信群·315寝室] 催收专员：宁浩然同学，速闪借的账还没结，你室友们也帮忙提醒下。", [(P, "宁浩然")], [D]),
    ("app", "third_party", "[微信群·东湖小学三年级二班家长群] 催收专员：宋逸的家长在吗？宋宝林，你在青柠分期的欠款再不处理我们就天天来群里问了。", [(P, "宋逸"), (P, "宋宝林")], [D, S]),
    ("app", "third_party", "[微信群·跑腿师傅群] 催收专员：谁是曹师傅？他借我们的钱还没还，每天下午三点在万达后门等单，大家看到喊他一声。", [], [D, S]),
    ("app", "third_party", "[微信群·蒋家表亲] 催收专员：蒋海燕的家人们好，她在外面有点账，每个月也就还个几百，大家多关心关心她。", [(P, "蒋海燕")], [D]),
    ("app", "third_party", "[微信群·城南纺织厂夜班组] 催收专员：@郑洁 郑姐你的借款记得处理，欠了八个月了，大家都等你请客呢。", [(P, "郑洁")], [D]),
    ("app", "third_party", "[微信群·戴家大群] 催收专员：戴红梅家的事大家也知道，不多说了，就是那笔车贷，她弟弟戴红军你也劝劝。", [(P, "戴红梅"), (P, "戴红军")], [D]),
    ("app", "unknown", "[企业微信群·禾丰-诚达对接群] 诚达质检：收到。提醒各组外访照片只拍门牌，不拍客户本人和家属。", [], []),
    ("app", "unknown", "[企业微信群·禾丰-诚达对接群] 诚达外访：HF-20261120-0087这户，借款人苏明辉的母亲苏桂兰今早说他在省人民医院住院，肝硬化，家里人都在陪护。", [(P, "苏明辉"), (P, "苏桂兰")], [S, X]),
]

# --- identifiers in every written and spoken form ------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【速闪借】借款人证件号：１４０４２７１９８２１２０８０３３Ｘ，逾期金额2,150元，请及时还款。", [(ID, "１４０４２７１９８２１２０８０３３Ｘ")], [U]),
    ("sms", "debtor", "【禾丰消费金融】您好，您的身份证130203-19880124-6656已绑定借款账户，本期逾期未还，请尽快处理。", [(ID, "130203-19880124-6656")], [U]),
    ("app", "debtor", "【青柠分期】实名信息核对：姓名 阮小梅，证件号 441581.19990628.6578，请确认后提交还款申请。", [(P, "阮小梅"), (ID, "441581.19990628.6578")], [U]),
    ("notice", "debtor", "催收通知书\n借款人：骆鹏\n身份证号：\n5 1 3 9 2 2 1 9 8 3 1 2 2 6 5 2 9 1\n截至2026年12月1日，您欠款本息合计8,430.20元，请于12月20日前还款。", [(P, "骆鹏"), (ID, "5 1 3 9 2 2 1 9 8 3 1 2 2 6 5 2 9 1")], [U]),
    ("notice", "debtor", "还款提醒函\n致：骆鹏（身份证号513922********5291）\n截至2026年12月1日，您欠款本息合计8,430.20元，请于12月20日前通过禾丰APP还款。\n联系电话：0792-6628415", [(P, "骆鹏"), (LL, "0792-6628415")], []),
    ("sms", "debtor", "【银杉信用卡中心】旧版身份证450803400415492对应的账户已逾期，请持新证到网点更新信息并还款。", [(ID, "450803400415492")], [U]),
    ("email", "debtor", "主题：还款材料\n韦先生您好，附件中您的证件扫描件OCR结果为：身 份 证 号 6223 0119 6212 0914 83，请核对是否正确。", [(ID, "6223 0119 6212 0914 83")], [U]),
    ("email", "debtor", "主题：护照信息确认\n彭女士您好，您在申请时登记的护照号为 E 5 7 1 0 3 2 6 8，如已换发新护照请回复本邮件更新。", [(PP, "E 5 7 1 0 3 2 6 8")], [U]),
    ("app", "debtor", "[在线客服] 客服：您好，系统登记的护照号为EA2817364，是您本人的吗？\n客户：是的，我在国外务工", [(PP, "EA2817364")], [U]),
    ("app", "debtor", "[在线客服] 客户：我港澳通行证号是C83105627，现在在澳门，能不能延期？\n客服：可以的，已为您登记延期申请，请留意短信。", [(PP, "C83105627")], []),
    ("sms", "debtor", "【禾丰消费金融】何先生，您登记的回乡证H04817263信息已过期，借款逾期期间请尽快更新并还款。", [(PP, "H04817263")], [U]),
    ("email", "debtor", "主题：借款逾期告知\n梁女士：您的澳门居民往来内地通行证M02938471登记于借款合同，合同已逾期20天，请尽快还款。", [(PP, "M02938471")], [U]),
    ("sms", "debtor", "【淮宁诚达】请您尽快回电，外访专员手机+86 139 8776 2768（仅工作时间接听）。", [(MB, "139 8776 2768")], []),
    ("sms", "debtor", "【淮宁诚达】孔先生，您登记的紧急联系人电话008613683529755已无法接通，请更新联系人信息。", [(MB, "13683529755")], [U]),
    ("sms", "debtor", "【速闪借】王女士您好，您手机13544625662绑定的借款已逾期七天。", [(MB, "13544625662")], [U]),
    ("sms", "debtor", "【青柠分期】联系人号码187.3385.0339为您本人填写，我们将联系该号码核实，请知悉。", [(MB, "187.3385.0339")], [U]),
    ("app", "debtor", "【青柠分期】您的借款联系人手机号：１７３４０７７８４０７（您母亲），我们将于近日致电。", [(MB, "１７３４０７７８４０７")], [U, X]),
    ("sms", "debtor", "【禾丰消费金融】您好，您的配偶手机147-0247-0564已被列为共同还款联系人。", [(MB, "147-0247-0564")], [U, X]),
    ("notice", "debtor", "逾期还款通知\n借款人：童建华\n还款账户：6217 0099 3502 1953（禾丰消费金融有限公司对公户）\n应还金额：5,620.00元\n还款期限：2026年12月25日前\n联系电话：(0792)6653218转806", [(P, "童建华"), (BC, "6217 0099 3502 1953"), (LL, "(0792)6653218")], []),
    ("notice", "debtor", "逾期还款通知\n借款人：童建华\n借款人代扣卡：6217-0029-8345-3303-553（本人工商银行卡）\n应还金额：5,620.00元\n还款期限：2026年12月25日前", [(P, "童建华"), (BC, "6217-0029-8345-3303-553")], [U]),
    ("sms", "debtor", "【银杉信用卡中心】你的卡号6230521308289888004已冻结请还款", [(BC, "6230521308289888004")], [U]),
    ("call", "debtor", "坐席：你好我核对一下你手机幺八拐三幺四拐幺拐六洞对吧\n客户：对", [(MB, "幺八拐三幺四拐幺拐六洞")], [U]),
    ("call", "debtor", "坐席：你这个卡号我念一下六两五八洞九三拐拐九幺四八三拐勾尾号是三拐勾没错吧", [(BC, "六两五八洞九三拐拐九幺四八三拐勾")], [U]),
    ("call", "debtor", "坐席：你好你登记的单位电话是零七九二六六五三两幺八转八洞六对吧我们没打过只是核对一下\n客户：对", [(LL, "零七九二六六五三两幺八")], []),
    ("app", "debtor", "[在线客服] 客户：我的卡号6228488887631919，帮我查一下扣款了没\n客服：您好，已查询到今日10:32扣款成功1,286.40元，本期已结清。", [(BC, "6228488887631919")], []),
    ("app", "debtor", "[在线客服] 客服：您好，您好像把完整身份证号发过来了，为保护您的信息，我们已撤回，请只发后四位即可。", [], []),
    ("email", "debtor", "主题：您的还款凭证\n闵先生您好，您尾号1540的卡于12月3日还款2,000元已入账，剩余应还3,620元。客服邮箱 service@hefengxj.com.cn", [(EM, "service@hefengxj.com.cn")], []),
    ("email", "debtor", "主题：催收通知\n闵先生：您名下银行卡6228 4851 9143 2240、身份证430621196103220623均已登记，逾期款请于本周内结清。", [(BC, "6228 4851 9143 2240"), (ID, "430621196103220623")], [U]),
    ("sms", "debtor", "【淮宁诚达】身份证号码230184741201143的借款人您好，您的欠款已委托我司催收，请回电0792-6631207。", [(ID, "230184741201143"), (LL, "0792-6631207")], [U]),
    ("app", "debtor", "[企业微信] 外访专员：你好，你手机号\n15863049127\n是不是不用了？我们打了几次都关机。", [(MB, "15863049127")], [U]),
    ("sms", "debtor", "【禾丰消费金融】您好您的手机号码一九九八四三三九二九九已登记为借款联系方式请勿更换。", [(MB, "一九九八四三三九二九九")], [U]),
    ("app", "debtor", "【速闪借】账户信息：登录手机 166****1911，证件 4306**********3937，还款卡尾号 4444。以上信息如有变化请及时更新。", [], []),
    ("email", "debtor", "主题：协商还款确认\n欧阳女士您好，按约定您将通过户名“禾丰消费金融有限公司”的对公账户6228480372764685742还款，请备注您的合同号HF-2026-883162。", [(BC, "6228480372764685742")], []),
    ("call", "debtor", "坐席：你好你老身份证号我念一下六五零幺零四拐五零拐零八拐三两是你的吧换了新证没有\n客户：还没换", [(ID, "六五零幺零四拐五零拐零八拐三两")], [U]),
    ("sms", "debtor", "【速闪借】还款卡6225.8855.4888.5888扣款失败，请更换还款卡或主动还款。", [(BC, "6225.8855.4888.5888")], [U]),
    ("app", "debtor", "[企业微信] 外访专员：你爱人单位的座机0792-6675103转208我们打过去没人接，他是不是调岗了？", [(LL, "0792-6675103")], [X]),
    ("email", "debtor", "主题：证件核验\n您好，OCR识别的护照号为“G 3 8 2 7 4 6 1 5”，姓名“吕 志 明”，请确认后回复。", [(PP, "G 3 8 2 7 4 6 1 5"), (P, "吕 志 明")], [U]),
    ("app", "debtor", "【青柠分期】您的紧急联系人：\n姓名：蔡琴\n手机：\n16667467632\n关系：同事\n如需变更请在APP操作。", [(P, "蔡琴"), (MB, "16667467632")], [U, X]),
    ("call", "debtor", "机器人：您好，您预留的单位联系人电话为：幺九幺九九零零五幺五五，如有变更请按2。", [(MB, "幺九幺九九零零五幺五五")], [U]),
]

# --- decoys: numbers of an identifier's shape that belong to no person ------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【禾丰消费金融】您的借款合同编号320925202613458817已生成结清证明，可在APP下载。", [], []),
    ("sms", "debtor", "【青柠分期】您申请的还款凭证已寄出，顺丰运单号 SF 773 104 826 519 304，请注意查收。", [], []),
    ("sms", "debtor", "【淮宁诚达】您的纸质还款协议已由EMS寄出，运单号 1186 2094 7735 201，预计2日内送达。", [], []),
    ("sms", "debtor", "【速闪借】您本次还款流水号6228 4802 7790 3361，金额1,420.00元，已到账。", [], []),
    ("sms", "debtor", "【银杉信用卡中心】您的分期申请编号6230-5211-0934-4876-215已受理，首期将于下一账单日入账。", [], []),
    ("email", "debtor", "主题：电子发票\n您好，您的服务费发票已开具，发票号码 26362000000184530912，开票日期2026-12-04，金额300.00元。", [], []),
    ("sms", "debtor", "【禾丰消费金融】您的工单号10297736451已受理，客服将在24小时内回复，勿回此短信。", [], []),
    ("call", "debtor", "坐席：你好你的投诉工单号是幺洞两九七七三六四五幺你记一下有问题随时打我们热线\n客户：好", [], []),
    ("sms", "debtor", "【淮宁诚达】您的调解案件编号（2026）赣0702民调字第1387号，调解员将于12月12日与您联系。", [], []),
    ("sms", "debtor", "【银杉信用卡中心】动态验证码：５８２０３９，您正在办理账单分期，请勿泄露给任何人。", [], []),
    ("call", "debtor", "机器人：您好，您的验证码是，幺 拐 勾 洞 两 五，五分钟内有效。", [], []),
    ("sms", "debtor", "【禾丰消费金融】客服热线95573，还款咨询请拨4008-215-330，工作时间9:00-21:00。", [], []),
    ("call", "debtor", "坐席：你好有问题可以打我们的客服热线四洞洞八两幺五三三洞或者九五五七三都行\n客户：好的", [], []),
    ("app", "debtor", "[企业微信] 外访专员：您好，我工号HN-207，座机0792-6631207转8012，有事随时找我。", [(LL, "0792-6631207")], []),
    ("sms", "debtor", "【青柠分期】您好，您的借款合同号QN202612010073825491已于2026-12-01结清，感谢使用。", [], []),
    ("notice", "debtor", "结清证明\n合同编号：HF-2026-883162\n借款人：欧阳XX\n截至2026年12月5日，上述合同项下借款本息已全部结清。\n禾丰消费金融有限公司（盖章）", [], []),
    ("app", "debtor", "【速闪借】订单号 130203202612240015 的商品已发货，分期将于确认收货后开始计息。", [], []),
    ("call", "debtor", "坐席：你好我是禾丰客服工号八两零六分机幺幺四你本期的还款今天到期记得还\n客户：好", [], []),
    ("email", "debtor", "主题：对账单\n您好，附件为您2026年11月对账单，账单编号 BL-6217-0099-2026-11，如有疑问请回复本邮件或致电95573。", [], []),
    ("sms", "debtor", "【青柠分期】您的还款卡已变更为 6217 **** **** 5113，如非本人操作请立即致电0792-6628415。", [(LL, "0792-6628415")], []),
    ("app", "debtor", "【禾丰消费金融】尊敬的用户，您的车辆赣C·2F613的GPS设备将于本月到期更换，请到店办理，与还款无关。", [(LP, "赣C·2F613")], []),
    ("sms", "debtor", "【速闪借】您的合同号 411527 20231301 2288 已完成展期登记，新的到期日为2027年3月1日。", [], []),
]

# --- the debtor's family, schooling, health, routine and accounts, beside near-misses -------------------------

FAMILY_AND_ROUTINE: list[PiplEntry] = [
    ("sms", "debtor", "【速闪借】宁浩然同学，你住淮宁学院北区7号楼315，周一到周五早八在三教204上高数，逾期款请本周内还清。", [(P, "宁浩然"), (A, "淮宁学院北区7号楼315")], [S, X]),
    ("sms", "debtor", "【速闪借】宁浩然同学，你的借款已逾期9天，应还1,160元。如有困难可申请分期，详询4008-215-330。", [(P, "宁浩然")], []),
    ("app", "debtor", "[微信] 专员：小宁，你们班辅导员是张老师吧，你在计算机21-3班，学号我们也有，学校这边我们暂时没联系。", [], [S]),
    ("sms", "debtor", "【禾丰消费金融】邓老先生，您今年七十三了还有高血压、冠心病，每月药费也不少，子女不管的话还是自己先把欠款还上。", [], [S]),
    ("call", "debtor", "坐席：邓大爷你好禾丰的你上回说身体不好现在好些了吧\n客户：好些了腿还不利索\n坐席：那你先休息还款的事我们延到下个月不急", [], []),
    ("app", "debtor", "[企业微信] 外访专员：刘姐，你每周二四六上午去县医院做康复，下午在家，我们下午过去合适吧？", [], [S]),
    ("sms", "debtor", "【青柠分期】胡国强，你老婆罗秀英在淮宁市妇幼保健院上班，你女儿胡悦悦在东湖幼儿园大班，一家人挺好的，钱也该还了。", [(P, "胡国强"), (P, "罗秀英"), (P, "胡悦悦")], [S, X]),
    ("email", "debtor", "主题：逾期提醒\n胡国强先生：您的借款已逾期，您名下支付宝余额宝有3万余元、微信零钱通1.2万元，请优先用于还款。", [(P, "胡国强")], [S]),
    ("email", "debtor", "主题：逾期提醒\n胡国强先生：您的借款已逾期22天，应还4,360元。还款方式及分期申请见附件，客服邮箱 service@qingningfq.cn。", [(P, "胡国强"), (EM, "service@qingningfq.cn")], []),
    ("sms", "debtor", "【禾丰消费金融】殷婷婷，你现在在淮宁市中医院妇产科待产，预产期下周，生完孩子记得处理欠款。", [(P, "殷婷婷")], [S]),
    ("sms", "debtor", "【禾丰消费金融】殷女士您好，您提交的延期还款申请已通过，新的还款日为2027年3月15日。", [], []),
    ("app", "debtor", "[在线客服] 客户：我刚生完孩子还在坐月子，能不能缓一缓\n客服：可以的，已为您申请延期三个月，首期改为3月15日。", [], []),
    ("sms", "debtor", "【速闪借】熊国平，你在淮宁市秀峰区东升路16号开的“平哥烧烤”，每天下午五点开门，我们晚上过来坐坐。", [(P, "熊国平"), (A, "淮宁市秀峰区东升路16号")], [S, X]),
    ("call", "debtor", "坐席：你好我是银杉信用卡中心的你的卡最近在澳门的酒店刷了好几笔一晚上四万多出去玩有钱还款没钱", [], [S]),
    ("sms", "debtor", "【淮宁诚达】钟振华，你每周日上午都去福音堂做礼拜，主也不会让你欠钱不还吧。", [(P, "钟振华")], [S]),
    ("sms", "debtor", "【淮宁诚达】钟先生您好，周日我们不打扰您，周一上午外访人员会按约定到您家沟通，谢谢配合。", [], []),
    ("app", "debtor", "[企业微信] 外访专员：你的指纹和人脸信息在禾丰那边都有备案，跑不掉的，还是早点来谈。", [], [S]),
    ("sms", "debtor", "【禾丰消费金融】季海洋，你弟弟季海波在深圳华强北做手机配件，电话16680382515，你们兄弟谁还都一样。", [(P, "季海洋"), (P, "季海波"), (MB, "16680382515")], [U, X]),
    ("app", "debtor", "[企业微信] 外访专员：姜女士，您女儿每天下午四点五十放学，坐3路公交回家，这个时间我们就在楼下。", [], [S]),
    ("sms", "debtor", "【银杉信用卡中心】您的工资卡每月10号入账9,200元，而信用卡已连续3期只还最低，请尽快全额还款。", [], [S]),
    ("email", "debtor", "主题：关于您的借款\n谢先生：您的前妻韩露现住淮宁市青山湖区北京东路299号，孩子抚养费您每月也按时给，还款也请按时。", [(P, "韩露"), (A, "淮宁市青山湖区北京东路299号")], [X]),
    ("app", "debtor", "[企业微信] 外访专员：老谢，你在戒毒所那两年的事我们不提，现在出来了就好好把欠款还了。", [], [S]),
    ("sms", "debtor", "【青柠分期】你是退役军人，每月有优抚金，拿出来还我们这点钱不难吧。", [], [S]),
    ("sms", "debtor", "【淮宁诚达】费先生您好，您反映的困难情况我们已记录，暂停催收30天，期间不会再联系您。", [], []),
]

# --- the platform's review desk: quality-check records of templates and recordings ----------------------------

QA_RECORDS: list[PiplEntry] = [
    ("app", "unknown", "质检记录 QC-1205-032\n客户：禾丰消费金融\n问题：短信正文出现借款人完整身份证号341126196910099560，已驳回，要求改为后四位。", [(ID, "341126196910099560")], [U]),
    ("app", "unknown", "质检记录 QC-1205-033\n录音：坐席在第二句即向接听人（自称借款人妹妹）说明欠款金额，判定违规，已退回委托方。", [], []),
    ("app", "unknown", "质检记录 QC-1205-034\n问题：坐席在通话中提及借款人“每周三去血透”，涉及健康信息，扣分。借款人手机15264907318。", [(MB, "15264907318")], [S, U]),
    ("app", "unknown", "质检记录 QC-1205-036\n借款人：马小兰，住淮宁市青云谱区井冈路88号2栋，配偶吴国栋，儿子吴天宇（淮宁七中初二）。外访话术中多次提及其子学校，判定违规。", [(P, "马小兰"), (A, "淮宁市青云谱区井冈路88号2栋"), (P, "吴国栋"), (P, "吴天宇")], [S, X]),
    ("app", "unknown", "质检记录 QC-1205-038\n问题：机器人话术播报了完整还款卡号6217 0029 9248 1529 634，已要求供应商修改为尾号播报。", [(BC, "6217 0029 9248 1529 634")], [U]),
    ("app", "unknown", "质检记录 QC-1205-041\n问题：坐席在通话中说出“你老公在东风汽修厂上班、电话我们都有”，涉及家属单位，已扣分并复训。", [], []),
    ("app", "unknown", "质检记录 QC-1205-042\n借款人梁子豪，淮宁学院心理咨询中心预约记录显示其每周四下午咨询，坐席在通话中引用该记录，严重违规。", [(P, "梁子豪")], [S]),
    ("app", "unknown", "质检记录 QC-1205-044\n问题：外访照片中出现借款人护照首页（护照号G38274615），已要求删除。", [(PP, "G38274615")], [U]),
    ("app", "unknown", "质检记录 QC-1205-045\n录音摘要：借款人称“我在化疗”，坐席回应“那先好好治病，我们给您暂停一个月”。结论：合规。", [], []),
    ("app", "unknown", "质检记录 QC-1205-046\n录音摘要：坐席对借款人称“我们知道你在哪个KTV上班、几点下班”，判定违规。借款人：欧阳倩，身份证430621199603014651。", [(P, "欧阳倩"), (ID, "430621199603014651")], [U]),
]

# --- e-mails between the platform, its lender clients and their vendors -----------------------------------------

VENDOR_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：review@xunda-sms.com.cn\n收件人：tech@shanxianjie.net\n主题：模板驳回\n您好，贵司模板SXJ-T-088正文含变量{身份证号}全量输出，请改为{身份证后四位}后重新报备。", [(EM, "review@xunda-sms.com.cn"), (EM, "tech@shanxianjie.net")], []),
    ("email", "unknown", "发件人：review@xunda-sms.com.cn\n收件人：tech@shanxianjie.net\n主题：拦截样例\n被拦截短信样例：“黎春燕您好，您身份证320925199804054330名下借款已逾期”，请排查变量填充逻辑。", [(EM, "review@xunda-sms.com.cn"), (EM, "tech@shanxianjie.net"), (P, "黎春燕"), (ID, "320925199804054330")], [U]),
    ("email", "unknown", "收件人：ops@chengda-hn.com\n主题：外访名单\n诚达各位：附件为12月外访名单（已加密），解压密码另行发送。名单仅含姓名、登记地址和欠款金额，请勿转发。\n禾丰贷后 陶敏", [(EM, "ops@chengda-hn.com"), (P, "陶敏")], []),
    ("email", "unknown", "收件人：ops@chengda-hn.com\n主题：重点户补充信息\n诚达各位：HF-0087借款人苏明辉，另有工行卡6222021911143831540，余额约2.3万；其妻杭晓雯在淮宁市第一中学任教，电话13626187157。\n禾丰贷后", [(EM, "ops@chengda-hn.com"), (P, "苏明辉"), (BC, "6222021911143831540"), (P, "杭晓雯"), (MB, "13626187157")], [S, U, X]),
    ("email", "unknown", "收件人：hefeng-dh@hefengxj.com.cn\n主题：回复：重点户补充信息\n收到。我方外访只按登记地址进行，家属单位和电话不会使用，也请贵司以后不要再发此类信息。\n诚达 外访组", [(EM, "hefeng-dh@hefengxj.com.cn")], []),
    ("email", "unknown", "收件人：asr-support@voxlink.io\n主题：转写样本\n样本1：坐席：你手机号是一五八零四四三二五二四对吧；样本2：身份证四三零六二一一九六九零八零八三九三拐。请核对数字识别。", [(EM, "asr-support@voxlink.io"), (MB, "一五八零四四三二五二四"), (ID, "四三零六二一一九六九零八零八三九三拐")], [U]),
    ("email", "unknown", "收件人：robot@dianhu-ai.com\n主题：话术修改\n请将机器人开场白中“您的身份证号为……”整句删除，改为“请确认您是否为借款人本人”。", [(EM, "robot@dianhu-ai.com")], []),
    ("email", "unknown", "收件人：robot@dianhu-ai.com\n主题：话术变量\n新增变量{在校班级}{宿舍号}，用于学生客户提醒，例如“您在计算机21-3班、北区7号楼315”。请于周五前上线。", [(EM, "robot@dianhu-ai.com")], []),
    ("email", "unknown", "收件人：legal@yinshan-card.com\n主题：投诉转办\n银杉法务：客户卞春来投诉我方坐席向其单位透露欠款，录音已调取，初步核实属实，附处理意见。", [(EM, "legal@yinshan-card.com"), (P, "卞春来")], []),
    ("email", "unknown", "收件人：legal@yinshan-card.com\n主题：投诉转办补充\n卞春来，男，住淮宁市浔阳区庐山南路55号1单元602，其母患阿尔茨海默症长期在家，投诉时情绪激动，建议法务注意沟通方式。", [(EM, "legal@yinshan-card.com"), (P, "卞春来"), (A, "淮宁市浔阳区庐山南路55号1单元602")], [S, X]),
    ("email", "unknown", "收件人：ops@chengda-hn.com\n主题：停催名单说明\nQN-1142借款人何丽君确诊乳腺癌正在化疗，SXJ-5530借款人已于上月去世，家属为其女儿何思雨（18240378866）。", [(EM, "ops@chengda-hn.com"), (P, "何丽君"), (P, "何思雨"), (MB, "18240378866")], [S, U, X]),
]

# --- Cantonese and traditional characters: Hong Kong clients and Macau permits -------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【銀杉信用卡中心】陳家豪先生，你嘅身份證號碼14042719821208033X同回鄉證H04817263都喺我哋記錄度，欠款請即日清還。", [(P, "陳家豪"), (ID, "14042719821208033X"), (PP, "H04817263")], [U]),
    ("call", "debtor", "坐席：陳生我知你逢星期六下晝去沙田馬場睇馬嘅有錢賭馬冇錢還咩", [], [S]),
    ("call", "third_party", "坐席：你好請問係陳家豪屋企嗎\n第三方：我係佢老婆\n坐席：唔該你叫佢覆返個電話俾我哋多謝", [(P, "陳家豪")], []),
    ("call", "third_party", "坐席：你好請問係陳家豪屋企嗎\n第三方：我係佢老婆\n坐席：你老公張信用卡爆咗煲成日唔還錢你幫手講吓佢啦", [(P, "陳家豪")], [D]),
    ("app", "debtor", "[WhatsApp] 專員：何小姐，你喺深水埗北河街73號2樓B室住，每晚十點喺旺角放工，我哋都清楚，早啲還錢啦。", [(A, "深水埗北河街73號2樓B室")], [S]),
    ("sms", "debtor", "【禾豐消費金融】黃先生，您登記的手機為台灣門號（尾號678），請提供大陸手機號以便聯繫，謝謝。", [], []),
    ("email", "debtor", "主旨：逾期通知\n林先生您好：您於本公司之借款已逾期30日，尚欠新台幣48,200元。您的配偶林美惠女士（任職於台北市中山區南京東路二段125號之永興貿易）亦已知悉此事。", [(P, "林美惠"), (A, "台北市中山區南京東路二段125號")], [X]),
    ("email", "debtor", "主旨：逾期通知\n林先生您好：您於本公司之借款已逾期30日，尚欠新台幣48,200元，請於12月20日前還款，如有疑問請來電(02)2718-6530分機211。", [(LL, "(02)2718-6530")], []),
    ("sms", "debtor", "【銀杉信用卡中心】梁太，你個仔喺九龍塘宣道小學讀四年級，每日三點半放學，為咗個仔著想，盡快還錢啦。", [], [S]),
    ("sms", "debtor", "【銀杉信用卡中心】梁太，你張卡號6230 5211 3124 5968 870已停用，欠款港幣8,560，請儘快處理。", [(BC, "6230 5211 3124 5968 870")], [U]),
]

# --- complaint replies -----------------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor", "主题：关于您投诉的回复\n卞先生您好：您投诉的事项我们已核实。考虑到您母亲患阿尔茨海默症需要照顾，您单位又在庐山南路，我们之后会尽量在午休时间联系您。", [], [S]),
    ("app", "debtor", "[在线客服] 客服：您好，您投诉的事我们查了，外访员说您那天下午三点确实在单位楼下的咖啡馆，跟一个男的在一起，所以才上前搭话的。", [], [S]),
    ("email", "debtor", "主题：投诉处理结果\n季先生：关于您反映我司联系您弟弟季海波（16680382515）一事，经查该号码为您申请时填写的联系人，我司联系行为合规。", [(P, "季海波"), (MB, "16680382515")], [U]),
    ("notice", "debtor", "投诉答复函\n编号：SXJ-TS-2026-0412\n宁浩然同学：您投诉我司委托机构联系您的辅导员及室友一事，经查属实，已终止与该机构合作，并向您致歉。\n速闪借客户服务部\n2026年12月5日", [(P, "宁浩然")], []),
    ("notice", "debtor", "投诉答复函\n编号：SXJ-TS-2026-0413\n宁浩然同学：关于您的投诉，我司委托机构仅联系了您登记的室友曾凡（电话17792224089）和辅导员张丽娟，未向其透露金额，处理合规。", [(P, "宁浩然"), (P, "曾凡"), (MB, "17792224089"), (P, "张丽娟")], [U]),
]

# --- letters: collection notices, field-visit notices, a guarantor's letter ----------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：CD-HF-2026-1207\n熊国平先生：\n您于2026年3月在禾丰消费金融办理的消费分期，截至12月1日逾期23天，欠款3,400元。请于12月20日前通过禾丰APP或对公账户还款。如有异议，请致电0792-6631207。\n淮宁诚达商务咨询有限公司（受托）\n2026年12月2日", [(P, "熊国平"), (LL, "0792-6631207")], []),
    ("notice", "debtor", "催收函\n编号：CD-HF-2026-1208\n熊国平先生：\n您欠款3,400元已逾期23天。您在东升路开的烧烤店每晚营业到凌晨两点，收入可观，您妻子万小芳在菜场卖鱼，电话15864909321，请您夫妻尽快筹款。\n淮宁诚达商务咨询有限公司", [(P, "熊国平"), (P, "万小芳"), (MB, "15864909321")], [S, U, X]),
    ("notice", "debtor", "上门拜访通知\n邹立群女士：\n我司外访人员拟于2026年12月10日上午前往您的登记住址（淮宁市浔阳区湓浦路40号3栋101）与您面谈还款事宜。如时间不便，请致电0792-6631207转8012改约。\n淮宁诚达商务咨询有限公司", [(P, "邹立群"), (A, "淮宁市浔阳区湓浦路40号3栋101"), (LL, "0792-6631207")], []),
    ("notice", "debtor", "上门拜访通知\n邹立群女士：\n外访人员将于12月10日上午到您家面谈。另悉您母亲邹玉珍住湓浦路40号3栋102，行动不便，届时请勿让老人开门。\n淮宁诚达商务咨询有限公司", [(P, "邹立群"), (P, "邹玉珍"), (A, "湓浦路40号3栋102")], [S, X]),
    ("notice", "third_party", "担保责任告知书\n卢慧芳女士：\n您于2025年6月为借款人邱文杰在禾丰消费金融的借款（合同号HF-2025-440218）提供连带责任保证。该借款已逾期90天，尚欠21,300元。根据保证合同第五条，请您于2027年1月10日前履行保证责任。\n禾丰消费金融有限公司", [(P, "卢慧芳"), (P, "邱文杰")], []),
    ("notice", "third_party", "告知函\n淮宁鑫海电子有限公司：\n贵司员工黎春燕（身份证号622301195901055934）拖欠我司借款，请贵司从其工资中代扣4,500元转入我司账户。\n禾丰消费金融有限公司", [(P, "黎春燕"), (ID, "622301195901055934")], [D, U]),
    ("notice", "debtor", "逾期告知书\n借款人：胡国强（身份证号4306**********0623）\n欠款金额：4,360.00元\n逾期天数：22天\n还款期限：2026年12月12日\n还款方式：青柠APP\n联系电话：0792-6628415\n青柠分期（盖章）", [(P, "胡国强"), (LL, "0792-6628415")], []),
    ("notice", "debtor", "逾期告知书\n借款人：胡国强\n欠款金额：4,360.00元\n经查，您名下另有三家银行信用卡合计透支8.6万元，近半年每月工资入账6,800元，您完全具备还款能力。\n青柠分期（盖章）", [(P, "胡国强")], [S]),
    ("notice", "debtor", "律师函\n致：孔德胜先生\n本所受禾丰消费金融有限公司委托，就您借款逾期一事致函。您欠付本息合计6,215.40元，请于收函后十日内清偿。\n江西衡正律师事务所 律师 曾海涛\n联系电话：0791-86325107", [(P, "孔德胜"), (P, "曾海涛"), (LL, "0791-86325107")], []),
    ("notice", "debtor", "律师函\n致：孔德胜先生（现住淮宁市秀峰区滨湖路8号，每日早六点在城东菜市出摊）\n您欠付本息合计6,215.40元，请于收函后十日内清偿。\n江西衡正律师事务所", [(P, "孔德胜"), (A, "淮宁市秀峰区滨湖路8号")], [S]),
    ("notice", "debtor", "催缴通知\n蔡志勇：\n你欠款已逾期68天。你每月16日在县残联领取的残疾人两项补贴，以及你儿子蔡明在淮宁技师学院的助学金，都可以先用来还款。\n淮宁诚达", [(P, "蔡志勇"), (P, "蔡明")], [S, X]),
]

# --- more third parties, told in few words ---------------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "【速闪借】您好，您儿子柏宇在我司的款项已超期，请家长督促。", [(P, "柏宇")], [D]),
    ("sms", "third_party", "【青柠分期】阎女士，您先生那笔分期还是没动静，您知道的。", [], [D]),
    ("sms", "third_party", "【禾丰消费金融】杭老师您好，您爱人苏明辉的借款逾期未还，还款卡尾号1540，请转告。", [(P, "苏明辉")], [D]),
    ("sms", "third_party", "【银杉信用卡中心】您好，您是卡户谭晓军的联系人，他的卡6217002992481529634欠款未还，请转告其还款。", [(P, "谭晓军"), (BC, "6217002992481529634")], [D, U]),
    ("app", "third_party", "[微信] 专员：叔叔您好，我是淮宁诚达的，您女儿骆琳那笔钱拖了半年了，她手机19149190565一直不接，您帮着催催。", [(P, "骆琳"), (MB, "19149190565")], [D, U]),
    ("app", "third_party", "[微信] 专员：姐，你弟胡国强的事你也晓得吧，青柠那边还是老样子。", [(P, "胡国强")], [D]),
    ("app", "third_party", "[微信] 专员：你好，请问是柏宇的室友吗？他那个速闪借的账还没结，让他赶紧上线处理。", [(P, "柏宇")], [D]),
    ("app", "third_party", "[微信] 专员：王辅导员您好，贵校学生柏宇（身份证430621199603014651）在我司逾期，请学校协助联系。", [(P, "柏宇"), (ID, "430621199603014651")], [D, U]),
    ("email", "third_party", "收件人：hr@xinhai-elec.com\n主题：员工欠款协查\n贵司员工黎春燕、身份证622301195901055934、手机15896749347，在我司借款逾期，请协助提供其现住址。\n禾丰消费金融", [(EM, "hr@xinhai-elec.com"), (P, "黎春燕"), (ID, "622301195901055934"), (MB, "15896749347")], [D, U]),
    ("email", "third_party", "收件人：hr@dongfeng-auto.cn\n主题：关于贵司员工邝志诚\n您好，贵司员工邝志诚的配偶邝丽珍在我司欠款已逾期，邝志诚作为家属有义务协助，请转告。\n淮宁诚达", [(EM, "hr@dongfeng-auto.cn"), (P, "邝志诚"), (P, "邝志诚"), (P, "邝丽珍"), (P, "邝志诚")], [D]),
    ("call", "third_party", "坐席：你好是平哥烧烤吗你们老板熊国平在不在\n第三方：我是店里的帮工\n坐席：你跟他说禾丰那边的三千四该给了", [(P, "熊国平")], [D]),
    ("call", "third_party", "坐席：喂你好金桂园物业吧我找一下三栋五零二的业主她手机一直不通\n第三方：你哪里\n坐席：我们是帮禾丰催款的她欠了快五千", [(A, "三栋五零二")], [D]),
    ("call", "third_party", "坐席：喂叔叔你好我是速闪借的你儿子柏宇在学校借了我们的钱\n第三方：借了多少\n坐席：本金三千加上逾期费快四千了", [(P, "柏宇")], [D]),
    ("call", "third_party", "坐席：你好请问是谭晓军的女儿吗\n第三方：是的\n坐席：你爸卡上欠的钱你知道吧你们做子女的帮他还一点", [(P, "谭晓军")], [D]),
    ("call", "third_party", "坐席：阿姨你好我们找邹立群\n第三方：她上班去了\n坐席：你跟她讲禾丰的还没搞完要她今天回个电话零七九二六六三幺两零七", [(P, "邹立群"), (LL, "零七九二六六三幺两零七")], [D]),
    ("app", "third_party", "[微信群·湓浦路40号邻里群] 外访专员：3栋101的邹女士家里有人吗？我们是禾丰委托的外访，来了三趟都没人。", [(A, "3栋101")], [D]),
    ("app", "third_party", "[微信群·淮宁学院2023级计算机3班] 专员：柏宇同学请尽快联系速闪借客服，你的账已逾期。", [(P, "柏宇")], [D]),
    ("app", "third_party", "[微信群·东风汽修厂职工群] 专员：邝师傅家里那位的借款还没处理，麻烦邝师傅看到私聊我。", [], [D]),
    ("sms", "third_party", "【淮宁诚达】谭先生，您父亲谭晓军的信用卡欠款现由我司处理，您父亲住淮宁市湖滨路12号2栋，请家属配合。", [(P, "谭晓军"), (A, "淮宁市湖滨路12号2栋")], [D]),
    ("app", "third_party", "[微信] 专员：房东您好，您租客蒋海燕欠我们网贷，她退租了吗？押金能不能先扣着？", [(P, "蒋海燕")], [D]),
    ("app", "third_party", "[微信] 专员：老板你好，你们店以前的员工覃丽，她在青柠分期的欠款还没处理，她现在在哪上班你知道吗？", [(P, "覃丽")], [D]),
    ("sms", "third_party", "【青柠分期】曾先生，您是曾琳的父亲，她的借款已逾期90天，本金加费用6,820元。", [(P, "曾琳")], [D]),
    ("app", "third_party", "[企业微信] 外访专员：物业小刘，桂花路35号那户宋宝林欠钱跑了，你们物业费他也欠吧？", [(A, "桂花路35号"), (P, "宋宝林")], [D]),
    ("sms", "third_party", "【速闪借】您好，您的联系人吕志明手机17764627056借款已逾期，请转告。", [(P, "吕志明"), (MB, "17764627056")], [D, U]),
    ("call", "third_party", "坐席：你好你是吕志明的同事吧他最近是不是又去澳门了他那个款子也不还\n第三方：不清楚", [(P, "吕志明")], [D, S]),
    ("email", "third_party", "收件人：finance@jinniu-trading.com\n主题：往来款\n贵公司财务您好，贵司员工阎志刚工资卡6228480695990145937每月入账后请预留3,000元，用于偿还其在禾丰的分期。", [(EM, "finance@jinniu-trading.com"), (P, "阎志刚"), (BC, "6228480695990145937")], [D, S, U]),
]

# --- names, family members and numbers the message does not need --------------------------------------------------

BEYOND_NEED: list[PiplEntry] = [
    ("sms", "debtor", "【禾丰消费金融】邝丽珍，你老公邝志诚、你妈谭凤英、你弟邝文斌的电话我们都联系过了，请尽快处理欠款。", [(P, "邝丽珍"), (P, "邝志诚"), (P, "谭凤英"), (P, "邝文斌")], [X]),
    ("sms", "debtor", "【速闪借】柏宇，你父亲柏德山在淮宁钢厂上班、母亲郑秋菊在二中门口卖早点，请你本人今天联系客服。", [(P, "柏宇"), (P, "柏德山"), (P, "郑秋菊")], [X]),
    ("sms", "debtor", "【青柠分期】曾琳，你爸曾庆丰手机15263069977、你妈手机14798900062，我们都有，请不要再回避。", [(P, "曾琳"), (P, "曾庆丰"), (MB, "15263069977"), (MB, "14798900062")], [U, X]),
    ("app", "debtor", "[企业微信] 外访专员：老苏，你岳父杭德明家住淮宁市青山湖区洪都北大道66号，我们下周也可以去那边找你。", [(P, "杭德明"), (A, "淮宁市青山湖区洪都北大道66号")], [X]),
    ("email", "debtor", "主题：还款提醒\n谭晓军先生：您的女儿谭雪在淮宁市中心医院药剂科工作，儿子谭磊在杭州阿里巴巴，均已登记为您的联系人，请知悉。", [(P, "谭晓军"), (P, "谭雪"), (P, "谭磊")], [X]),
    ("notice", "debtor", "催收通知\n借款人：阎志刚（金牛贸易有限公司财务部，家住淮宁市西湖区朝阳中路120号4栋）\n配偶：卢丹，电话17394025088\n欠款：9,420元，逾期41天。", [(P, "阎志刚"), (A, "淮宁市西湖区朝阳中路120号4栋"), (P, "卢丹"), (MB, "17394025088")], [U, X]),
    ("sms", "debtor", "【淮宁诚达】吕志明，你女朋友唐欣在万达广场优衣库上班，我们也可以去那边找她聊聊你的事。", [(P, "吕志明"), (P, "唐欣")], [X]),
    ("sms", "debtor", "【淮宁诚达】骆琳，你哥骆峰（13572384563）说你住在他家，地址是淮宁市浔阳区九龙街22号，我们明天过去。", [(P, "骆琳"), (P, "骆峰"), (MB, "13572384563"), (A, "淮宁市浔阳区九龙街22号")], [U, X]),
    ("app", "debtor", "[在线客服] 客服：您好，系统显示您的联系人有：父亲彭建业、母亲闵桂香、同事蔡琴，如需修改请在APP中操作。", [(P, "彭建业"), (P, "闵桂香"), (P, "蔡琴")], [X]),
    ("sms", "debtor", "【银杉信用卡中心】卞春来先生，您在淮宁市浔阳区庐山南路55号的住址及您在淮宁日报社的工作单位均已核实，请尽快还款。", [(P, "卞春来"), (A, "淮宁市浔阳区庐山南路55号")], [X]),
    ("call", "debtor", "坐席：你好欧阳倩吧我们知道你在金樽KTV上班你同事小芬叫黄晓芬对吧你不还我们只好问问她\n客户：你别找她", [(P, "欧阳倩"), (P, "黄晓芬")], [X]),
    ("call", "debtor", "坐席：你好宋宝林吧你老婆付琴手机幺五八幺两幺八五五三五我们打了她说不管你的事\n客户：你们打她干嘛", [(P, "宋宝林"), (P, "付琴"), (MB, "幺五八幺两幺八五五三五")], [U, X]),
    ("call", "debtor", "坐席：你好请问是谭晓军本人吗\n客户：是\n坐席：谭先生你信用卡欠款一万二逾期四十天了你看怎么安排\n客户：我分三个月还\n坐席：可以我给你申请", [(P, "谭晓军")], []),
    ("email", "debtor", "主题：协商还款\n柏宇同学：你的室友吴浩（手机16631121048）和李子轩都说你最近在校外兼职，请你主动联系我们。", [(P, "柏宇"), (P, "吴浩"), (MB, "16631121048"), (P, "李子轩")], [U, X]),
    ("sms", "debtor", "【禾丰消费金融】孔德胜，你前妻钱美玲和女儿孔佳琪现在住淮宁市秀峰区滨湖路10号，你的事她们也会知道的。", [(P, "孔德胜"), (P, "钱美玲"), (P, "孔佳琪"), (A, "淮宁市秀峰区滨湖路10号")], [X]),
    ("app", "debtor", "[企业微信] 外访专员：郑洁，你表妹郑小雨在纺织厂质检科，你姑父郑建国开的五金店在解放路，我们都去过了。", [(P, "郑洁"), (P, "郑小雨"), (P, "郑建国")], [X]),
    ("sms", "debtor", "【速闪借】黎春燕，你在鑫海电子三车间的组长叫覃海军，电话18315947449，我们会请他转告。", [(P, "黎春燕"), (P, "覃海军"), (MB, "18315947449")], [U, X]),
    ("sms", "debtor", "【青柠分期】韦建新，你儿子韦立在淮宁市第二人民医院当医生，手机13686893380，你住院他应该知道吧。", [(P, "韦建新"), (P, "韦立"), (MB, "13686893380")], [S, U, X]),
    ("app", "debtor", "[企业微信] 外访专员：姜慧敏，你老公蒋志远在市政府上班的事我们知道了，你不想让单位知道就早点还。", [(P, "姜慧敏"), (P, "蒋志远")], [X]),
    ("email", "debtor", "主题：逾期通知\n熊国平先生：您本人及您的妻子万小芳、岳母万桂珍均已列入家庭联系人，如您无法还款，我们将与其协商。", [(P, "熊国平"), (P, "万小芳"), (P, "万桂珍")], [X]),
    ("notice", "debtor", "还款提示\n戴红梅女士：\n您丈夫戴永强（淮宁市公交公司司机，工号0728）已知晓本笔欠款，请您于12月20日前还款。", [(P, "戴红梅"), (P, "戴永强")], [X]),
    ("sms", "debtor", "【禾丰消费金融】温丽娟，你在淮宁市第三中学当老师，住金桂园3栋502，学生家长要是知道了不好吧。", [(P, "温丽娟"), (A, "金桂园3栋502")], [X]),
    ("app", "debtor", "[微信] 专员：小宁，你同寝室的吴浩、李子轩、陈一鸣我们都加了微信，你的情况他们会知道。", [(P, "吴浩"), (P, "李子轩"), (P, "陈一鸣")], [X]),
    ("call", "debtor", "坐席：你好你是邹立群吧你住湓浦路四十号三栋幺洞幺你女儿邹欣然在湓浦小学我们都清楚\n客户：你想干什么", [(P, "邹立群"), (A, "湓浦路四十号三栋幺洞幺"), (P, "邹欣然")], [S, X]),
    ("sms", "debtor", "【淮宁诚达】蔡志勇，你老婆周小燕的身份证341126198210115100我们也有，她是共同借款人吗？", [(P, "蔡志勇"), (P, "周小燕"), (ID, "341126198210115100")], [U, X]),
    ("email", "debtor", "主题：还款计划\n欧阳女士：您的丈夫沈浩（身份证号 320925 19980502 4870，护照EA5503921）在申请时作为共同还款人签字，请知悉。", [(P, "沈浩"), (ID, "320925 19980502 4870"), (PP, "EA5503921")], [U, X]),
    ("sms", "debtor", "【银杉信用卡中心】阮小梅，你老公手机＋86 15881266847，你妹妹阮小兰手机0086 16626972495，请你们家里人商量一下还款。", [(P, "阮小梅"), (MB, "15881266847"), (P, "阮小兰"), (MB, "16626972495")], [U, X]),
    ("app", "third_party", "[企业微信] 外访专员：付姐，你老公宋宝林的事你也别替他扛着了，你又不是共同借款人，我们只是想找到他本人。", [(P, "宋宝林")], [D]),
    ("sms", "debtor", "【速闪借】覃丽，你现在在兴业路“美佳美甲”上班，老板叫龚雪，我们会去店里拜访。", [(P, "覃丽"), (P, "龚雪")], [X]),
    ("sms", "third_party", "【禾丰消费金融】杭老师，您婆婆苏桂兰、小叔子苏明亮也都是您爱人苏明辉的联系人，他的借款还差两期，请家里商量。", [(P, "苏明辉"), (P, "苏桂兰"), (P, "苏明亮")], [D, X]),
    ("app", "third_party", "[微信] 专员：韦立医生您好，您父亲韦建新的欠款九千多，您母亲李翠兰说找您，您看能不能帮忙还一下。", [(P, "韦立"), (P, "韦建新"), (P, "李翠兰")], [D, X]),
    ("call", "third_party", "坐席：你好是吴浩吧你室友柏宇欠速闪借钱你知道他爸柏德山的电话吗\n第三方：不知道", [(P, "吴浩"), (P, "柏宇"), (P, "柏德山")], [D, X]),
    ("email", "third_party", "收件人：hr@huaining-daily.cn\n主题：员工联系方式核实\n贵社员工卞春来（住庐山南路55号1单元602，母亲卞秀英）在我司信用卡欠款逾期，请提供其最新手机号。", [(EM, "hr@huaining-daily.cn"), (P, "卞春来"), (A, "庐山南路55号1单元602"), (P, "卞秀英")], [D, X]),
    ("sms", "third_party", "【青柠分期】钱女士，您前夫孔德胜现在和宋丽住在城东，他的借款一直没还，孩子的抚养费恐怕也难。", [(P, "孔德胜"), (P, "宋丽")], [D, X]),
]

# --- more of what the message does not need ---------------------------------------------------------------------

MORE_BEYOND_NEED: list[PiplEntry] = [
    ("sms", "debtor", "【速闪借】梁子豪，你父亲梁国富在淮宁市国土局上班，母亲陈素芬是东湖小学老师，请你珍惜家人的名声。", [(P, "梁子豪"), (P, "梁国富"), (P, "陈素芬")], [X]),
    ("email", "debtor", "主题：逾期通知\n阮小梅女士：您的借款已逾期，您丈夫沈立军（淮宁农商行柜员）和公公沈德福均可作为我司联系对象。", [(P, "阮小梅"), (P, "沈立军"), (P, "沈德福")], [X]),
    ("app", "debtor", "[企业微信] 外访专员：饶建军，你在淮宁市浔阳区长虹路3号的汽配店我们去过了，店员说你老婆叫肖兰，在隔壁开药店。", [(P, "饶建军"), (A, "淮宁市浔阳区长虹路3号"), (P, "肖兰")], [X]),
    ("sms", "debtor", "【淮宁诚达】姚志飞，你在淮宁市城投集团工程部上班，家住淮宁市浔阳区浔阳东路17号5栋301，本周内请还款。", [(P, "姚志飞"), (A, "淮宁市浔阳区浔阳东路17号5栋301")], [X]),
    ("call", "debtor", "坐席：你好曾琳吧你男朋友叫罗俊在万科物业上班对吧你的事他知不知道\n客户：关他什么事", [(P, "曾琳"), (P, "罗俊")], [X]),
    ("app", "debtor", "[在线客服] 客服：您好，您申请时填写的单位是淮宁市建设路66号国税大楼，紧急联系人为您姐姐龚雯（14752008722），现需您本人确认。", [(A, "淮宁市建设路66号国税大楼"), (P, "龚雯"), (MB, "14752008722")], [U, X]),
    ("notice", "debtor", "外访告知书\n欧阳倩女士：\n我司将于12月15日上午外访您的登记住址淮宁市秀峰区长安里9栋402。您同住的男友刘斌、室友黄晓芬届时如在场，请回避。\n淮宁诚达", [(P, "欧阳倩"), (A, "淮宁市秀峰区长安里9栋402"), (P, "刘斌"), (P, "黄晓芬")], [X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AG-GATEWAY-SMS": GATEWAY_SMS,
    "AG-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AG-ASR-CALLS": ASR_CALLS,
    "AG-FIELD-VISITS": FIELD_VISITS,
    "AG-THIRD-PARTIES": THIRD_PARTIES,
    "AG-GROUP-CHATS": GROUP_CHATS,
    "AG-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AG-DECOYS": DECOYS,
    "AG-FAMILY-AND-ROUTINE": FAMILY_AND_ROUTINE,
    "AG-QA-RECORDS": QA_RECORDS,
    "AG-VENDOR-EMAILS": VENDOR_EMAILS,
    "AG-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AG-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "AG-LETTERS": LETTERS,
    "AG-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AG-BEYOND-NEED": BEYOND_NEED,
    "AG-MORE-BEYOND-NEED": MORE_BEYOND_NEED,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
