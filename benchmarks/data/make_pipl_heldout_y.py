"""Writes `pipl_heldout_y.jsonl`, the twenty-fifth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_w.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes) and typed into the texts by hand, many of
them read aloud, grouped or in full-width digits; the passports and the travel and home-return permits were typed
to the pattern.

Its weight lies on identifiers and on the two categories detectors find hardest. Identifiers stand in over a
hundred messages: mobiles, landlines with area codes in brackets, hyphens or full-width digits and extensions after
转, 分机 or a hyphen, 18-digit IDs (some ending in X, one read with a spoken 叉, one with a stray space before its
check digit) and old 15-digit ones, bank cards of 16 and 19 digits, passports, a Hong Kong and Macau permit and
home-return permits; read aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens, on a
line of their own, in full-width digits, behind +86 and 0086, glued to the Chinese words around them, and spaced
out letter by letter in OCR'd letters. `pii.excessive` labels over sixty messages and `pii.sensitive` about eighty,
mostly without the textbook words: a gastroscopy last Wednesday, dialysis twice a week and a dialysis centre's
door, a heart stent and a bed number, an oncology ward, chemotherapy, a breast operation, hepatitis B
medicine, antidepressants, a psychiatric follow-up and a diagnosis of depression, diabetes and insulin, IVF twice,
a maternity booking, a due date and weekly antenatal checks, a child's class, school year, school run, kindergarten
class, piano lessons and a school bus, the metro at 7:40, badminton on Thursday nights, a gym, a hotel check-in,
Sanya, an airport location fix, a railway station, a casino in Macau, a car seen at a border crossing, a flight
booked abroad, a night shift, step counts, salary inflows, provident-fund, medical-insurance and deposit
balances, a time deposit, card spending, loans at other platforms and banks, a minimum-livelihood allowance, a
disability certificate and allowance, a veteran, Sunday mass, Friday prayers, a temple visit, a face record and a
voiceprint, detention, drink-driving and compulsory drug rehabilitation; full names with a home address, a home
village group or an employer, and the names and numbers of spouses, ex-spouses, a girlfriend and a boyfriend,
parents, in-laws, grandparents, siblings, cousins, children, colleagues and a business partner.
Third-party disclosure labels about fifty messages, most of them saying only that the money "has not moved", "is
still hanging" or "has no answer yet", to a sister, a cousin, a father, a mother, a wife, an ex-wife, an uncle, a
landlord, a roommate, neighbours, colleagues, a supervisor, an employer's HR, a school head and a class teacher, a
property manager, an owners' committee, village and residents' committees, and owners', tenants', parents',
townsmen's, classmates', car-club, workshop and village group chats. Beside them stand as many near-misses: a
contact asked only to pass on a call-back (wrong numbers too), a guarantor and a co-borrower told of what they
signed, sealed letters an employer, a property manager or a residents' committee is asked to hand over, letters
naming only the debtor and the address they are sent to, masked hand-over sheets and logs, debtors speaking of
dialysis, a child in hospital, a psychiatric follow-up, an operation, other banks' debts, church and a husband's
name and agents answering with a deferral, instalments or a pause; a complaint reply, a privacy notice and a
data-access reply, a collector's own work mobile and landline, a lender's collection account, numbers the
customer typed or said. Beside the identifiers stand decoys of the same shapes: contract, order, work-order,
waybill, agreement, case, batch, invoice, serial and meeting numbers (an 18-digit one with a thirteenth month, a
19-digit and a 16-digit one grouped like cards but failing Luhn, 11-digit ones on no mobile prefix, a contract
number read aloud like an ID), a court case number, a lawyer's licence number, verification
codes, 95 and 400 numbers written and read aloud, masked forms, amounts and dates. Registers: lenders' SMS
templates and app pushes, robot scripts, agent calls as speech-to-text output, WeChat, QQ, WhatsApp and LINE
chats and group chats, letters to debtors, employers, a school, property managers, an owners' committee, village
and residents' committees, a lawyer's letter, hand-over sheets, visit reports, work orders, CRM exports, quality
notes and e-mail between agencies, complaint replies, e-mail, Cantonese and traditional characters (Hong Kong,
Macau and Taiwan lenders). Identifiers split across two lines were left out: the set's own check reads a
number's digits across spaces, dots and hyphens, not across a line break.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  court's landline, a lender's own collection account, the collector's work number, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; a court's own notice is not
  a disclosure; work orders and case sheets passed between the agencies handling the case go to an unknown
  recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or 0086 before
a mobile; a surname with an honorific or a prefix (焦先生, 小冯, 陈小姐) is not a PERSON, a given name after a kinship
term or a nickname is; ADDRESS reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_y`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_y.jsonl"
ID_PREFIX = "PY"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")
PLATE = "CN_LICENSE_PLATE"

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好，这里是鼎信资产，受盛源消费金融委托，请问是邵文杰先生吗\n客户：是我\n"
     "坐席：跟您核对一下，您登记的手机是幺八二三八幺五七八三四对吧，账单已经逾期十二天了",
     [(P, "邵文杰"), (MB, "幺八二三八幺五七八三四")], [U]),
    ("call", "debtor", "坐席：您好是龚莉女士吗\n客户：嗯你说\n坐席：我们这边显示您身份证三三零幺零六幺九九七幺幺二七三幺五四，"
     "名下那笔分期还没有处理哈",
     [(ID, "三三零幺零六幺九九七幺幺二七三幺五四")], [U]),
    ("call", "debtor", "坐席：喂，符先生，我是恒达的小吴\n客户：又是你们\n坐席：上个礼拜三您在省人民医院做胃镜那个事情我们也了解，"
     "但是还款不能一直拖",
     [], [S]),
    ("call", "debtor", "坐席：您好，请问是祁海燕本人吗\n客户：是\n坐席：您说最近在医院透析，我们这边可以给您申请延期一个月，您看可以吗",
     [(P, "祁海燕")], []),
    ("call", "debtor", "客户：我最近在做透析，一周去两次，真的没钱\n坐席：理解的，您这个情况我给您登记一下，先暂停催收三十天，您看行吗",
     [], []),
    ("call", "debtor", "坐席：喂，蔺先生吧，您每天早上七点四十从龙湖小区东门出来坐二号线，我们同事都知道的，钱什么时候还\n客户：你们跟踪我？",
     [], [S]),
    ("call", "debtor", "坐席：那个，您的还款卡号我念一下啊，六二二八 四八七七 二三六幺 四二六幺，是这张吧\n客户：对",
     [(BC, "六二二八 四八七七 二三六幺 四二六幺")], [U]),
    ("call", "debtor", "坐席：喂喂，能听到吗，单女士，我们查到您公积金账户还有四万多，工资每个月十号进账八千六，"
     "您说没钱我们是不信的\n客户：你们怎么知道的",
     [], [S]),
    ("call", "debtor", "坐席：苗女士，您老公叫秦卫东，电话一五三九幺二幺八七三三，您不还我们就只能找他聊聊了\n客户：别找他",
     [(P, "秦卫东"), (MB, "一五三九幺二幺八七三三")], [U, X]),
    ("call", "debtor", "坐席：请问是焦俊峰吗\n客户：你谁啊\n坐席：我是合众资产的，您在新华路一百二十八号那个锦程物流上班对吧，"
     "焦俊峰，这个账您打算怎么处理",
     [(P, "焦俊峰"), (A, "新华路一百二十八号"), (P, "焦俊峰")], [X]),
    ("call", "debtor", "坐席：您好，您刚才说孩子住院了，这个我记下了，我们这个月先不打扰，下个月五号前再联系您，可以吗\n客户：好谢谢",
     [], []),
    ("call", "debtor", "坐席：幸女士，您上个月在第一妇幼建档了对吧，预产期是十二月，您家里现在负担也大，但钱还是要还的",
     [], [S]),
    ("call", "debtor", "坐席：喂，这边是盛源金融回访，您的验证码是七三九二，请勿告诉他人，您的借款今天到期\n客户：知道了",
     [], []),
    ("call", "debtor", "坐席：您好，我们的还款专线是九五五八八，对公账户是盛源消费金融有限公司，您转账备注身份证后四位就行",
     [], []),
    ("call", "debtor", "坐席：穆先生，您每周四晚上都在星光体育馆打羽毛球，八点到十点，我们不是不知道您在哪\n客户：你们什么意思",
     [], [S]),
    ("call", "debtor", "坐席：您这个手机幺三八五六九幺三九五四，是不是换号了，我们之前打不通\n客户：没换",
     [(MB, "幺三八五六九幺三九五四")], [U]),
    ("call", "debtor", "客户：我手机是幺三八零幺幺九两两五五，你们记一下，别打我单位了\n坐席：好的，已经帮您更新，以后只联系这个号码",
     [(MB, "幺三八零幺幺九两两五五")], []),
    ("call", "debtor", "坐席：沙先生，您还有微粒贷、借呗、还有建行的信用卡都逾期了，加起来七万多，您先还我们这笔\n客户：我知道",
     [], [S]),
    ("call", "debtor", "坐席：您好，请问是郝建英吗\n客户：嗯\n坐席：您在盛源的借款逾期二十一天，您看什么时候方便处理，可以分三期",
     [(P, "郝建英")], []),
    ("call", "debtor", "坐席：是这样的，您母亲何秀兰住在河西区友谊路二十二号，我们这个礼拜会寄函过去，您自己看着办",
     [(P, "何秀兰"), (A, "河西区友谊路二十二号")], [X]),
    ("call", "debtor", "坐席：韦先生，您身份证号码四幺零幺零五 幺九九零零七两四 两五幺八，系统里是这个对吧\n客户：对",
     [(ID, "四幺零幺零五 幺九九零零七两四 两五幺八")], [U]),
    ("call", "debtor", "坐席：单先生，您上周在戒毒所出来以后换了工作吧，这个我们都有记录的\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：喂，我是鼎信的，您那个乙肝的药还在吃吧，身体要紧，但是欠款也要紧啊",
     [], [S]),
    ("call", "debtor", "坐席：请您核对，还款账户是您本人尾号八七八四的储蓄卡，扣款金额两千三百元，确认请按一",
     [], []),
    ("call", "debtor", "坐席：您好，麦女士，您的案件编号是二零二六幺幺两八零零四三，请记一下，后续咨询报这个号",
     [], []),
    ("call", "debtor", "坐席：蒲先生，您女儿蒲思琪在实验小学三年级二班，每天四点十分放学，您最好把这事处理了\n客户：你别碰我孩子",
     [(P, "蒲思琪")], [S, X]),
    ("call", "debtor", "坐席：您好，这边核实一下，您护照号码是E四八两七幺九五三，这次出境前需要先结清吗\n客户：这跟你有什么关系",
     [(PP, "E四八两七幺九五三")], [U]),
]


# --- lenders' SMS templates and robot scripts -----------------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【盛源消费金融】尊敬的客户，您尾号6261的借款本期应还1,286.40元，已逾期5天，请于今日登录APP还款。"
     "客服95588，退订回T", [], []),
    ("sms", "debtor", "【盛源消费金融】邵文杰先生，您的身份证330106198203192732名下借款已逾期，请尽快处理。", [
        (P, "邵文杰"), (ID, "330106198203192732")], [U]),
    ("sms", "debtor", "【安和资产】龚女士您好，您在盛源的欠款4,320元已转我司处理，还款账户：6217007105629322318"
     "（您本人绑定卡），请保持余额充足。", [(BC, "6217007105629322318")], [U]),
    ("sms", "debtor", "【安和资产】您好，我司对公还款账户：盛源消费金融有限公司 开户行：工行深圳华强支行 账号"
     "4000023509200118834，转账请备注合同号HT20260311087。", [], []),
    ("sms", "debtor", "【鼎信】焦先生，您在锦程物流上班的事我们清楚，家住滨江路77号3栋1802也清楚，今天18点前还款。",
     [(A, "滨江路77号3栋1802")], [X]),
    ("sms", "debtor", "【鼎信】焦先生，您的借款已逾期18天，应还3,650元，请今日18点前通过APP还款，如有困难请致电4008-217-365协商。",
     [], []),
    ("sms", "debtor", "【速融】温馨提示：您绑定的１８２６０９３７５０２为唯一联系号码，如需变更请在APP内操作。", [
        (MB, "１８２６０９３７５０２")], [U]),
    ("sms", "debtor", "【速融】验证码 482915，您正在申请延期还款，5分钟内有效，请勿泄露。", [], []),
    ("sms", "debtor", "【速融】您本月工资已于10日到账，余额足够，请主动还款2,100元，勿心存侥幸。", [], [S]),
    ("sms", "debtor", "【恒达金服】符先生，您在市一院肿瘤科住院我们表示理解，但逾期账款仍需处理，请联系专员。", [], [S]),
    ("sms", "debtor", "【恒达金服】符先生，如您因疾病等原因还款困难，可在APP提交困难证明申请延期，我们将在3个工作日内回复。",
     [], []),
    ("sms", "debtor", "【汇通】穆先生，您每周三晚在健身房锻炼身体挺好，希望也能按时还款。", [], [S]),
    ("sms", "debtor", "【汇通】您的借款合同编号：620102201513142445已生效。", [], []),
    ("sms", "debtor", "【佳贷】沙女士，您前夫贾志成电话18920769738，如您继续失联，我们将与其核实情况。", [
        (P, "贾志成"), (MB, "18920769738")], [U, X]),
    ("sms", "debtor", "【佳贷】沙女士，我们多次联系未果，请回电0571-87613025转8016，工作日9:00-18:00。", [
        (LL, "0571-87613025")], []),
    ("sms", "debtor", "【佳贷】提醒：您的还款卡6222 0207 8361 9049余额不足，扣款失败。", [
        (BC, "6222 0207 8361 9049")], [U]),
    ("sms", "debtor", "【佳贷】提醒：您尾号9049的还款卡余额不足，本期扣款失败，请存入后回复Y重新扣款。", [], []),
    ("sms", "debtor", "【宁融】蒲先生，您女儿在实验小学上三年级，家长要以身作则，请尽快结清欠款。", [], [S]),
    ("sms", "debtor", "【宁融】您好，您的快递单号SF1388421905736已签收，如非本人签收请致电95338。", [], []),
    ("sms", "debtor", "【宁融】幸女士，您在仁爱医院做试管的费用我们理解不低，但本月账单请按时还。", [], [S]),
    ("sms", "debtor", "【宁融】幸女士，本月账单请按时还。如有特殊困难（如孕产、疾病）可申请还款计划调整，详询APP。", [], []),
    ("sms", "debtor", "【国信】麦女士，您每周五在清真寺礼拜后都会路过我们网点，欢迎顺便来办理还款。", [], [S]),
    ("sms", "debtor", "【国信】麦女士，您名下欠款已逾期32天，金额5,880元，请于12月20日前处理，客服电话020-38892100。", [
        (LL, "020-38892100")], []),
    ("sms", "debtor", "【国信】您名下还有另外三家平台的逾期共计4.6万元，我司排在第一位，请优先还款。", [], [S]),
    ("sms", "debtor", "【信和】郝建英，家住青山区和平大道1188号，工作单位青山区第三中学，您的欠款今日务必处理。", [
        (P, "郝建英"), (A, "青山区和平大道1188号")], [X]),
    ("sms", "debtor", "【信和】您好，本次通话录音已存档，订单号202612050088413276，感谢配合。", [], []),
    ("sms", "debtor", "【信和】韦先生，您的护照G58310472信息已同步，出境前请确认无逾期。", [(PP, "G58310472")], [U]),
    ("sms", "debtor", "【信和】单先生，您的低保资格和您的欠款是两回事，请不要拿低保当理由。", [], [S]),
    ("sms", "debtor", "【信和】单先生，您反映的困难已记录，专员将在两个工作日内与您联系，期间暂停催收提醒。", [], []),
    ("sms", "debtor", "【融达】姚先生，您昨晚入住的如家酒店（火车站店）前台说您还在，请今天上午结清。", [], [S]),
]

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是盛源消费金融，您尾号三七五零的手机号对应的账单已逾期，请按一确认本人\n客户：一\n"
     "机器人：您本期应还一千二百元，请今天处理", [], []),
    ("call", "debtor", "机器人：您好，请确认您的身份证号码，五零零一一二一九九零零九零一四九二八，确认请按一，否认请按二",
     [(ID, "五零零一一二一九九零零九零一四九二八")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，您的还款银行卡号为六二一七 零零零零 一八三二 六二三七，如有变更请按零",
     [(BC, "六二一七 零零零零 一八三二 六二三七")], [U]),
    ("call", "debtor", "机器人：您好，系统检测到您目前的位置在杭州萧山机场，出行前请先处理逾期账款，谢谢", [], [S]),
    ("call", "debtor", "机器人：您好，您的紧急联系人冷玉梅，电话幺五零九四零六四五四三，已收到我们的提醒通知",
     [(P, "冷玉梅"), (MB, "幺五零九四零六四五四三")], [U, X]),
    ("call", "debtor", "机器人：您好，本次来电号码为九五五八八，您的验证码是三九一七四二，请勿泄露", [], []),
    ("call", "debtor", "机器人：您好，我们注意到您近三天步数为零，是否身体不适？请尽快还款或联系客服", [], [S]),
    ("call", "debtor", "机器人：您好，您的合同编号四四零三零五一九九七幺三二一三二八一零已进入催收流程，请尽快还款", [], []),
    ("call", "debtor", "机器人：您好，请记录还款专线，零二一 六四三七 八八二零 转 三零一二，工作时间九点到十八点", [
        (LL, "零二一 六四三七 八八二零")], []),
    ("call", "debtor", "机器人：您好，您在建设银行尾号二二一八的储蓄卡余额为三万六千元，足够还款，请今日处理", [], [S]),
]


# --- to third parties: relatives, landlords, colleagues, contacts ------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【鼎信】您好，您的朋友焦俊峰预留了您的号码，请转告他尽快联系我们，电话0755-83216740。", [
        (P, "焦俊峰"), (LL, "0755-83216740")], []),
    ("sms", "third_party", "【鼎信】您好，麻烦您转告焦先生回个电话，谢谢。", [], []),
    ("sms", "third_party", "【鼎信】您好，请转告焦先生，他盛源那笔还没动，让他看着办。", [], [D]),
    ("call", "third_party", "坐席：您好，请问您认识龚莉吗\n联系人：是我表姐\n坐席：麻烦您让她回个电话给我们，谢谢\n联系人：好",
     [(P, "龚莉")], []),
    ("call", "third_party", "坐席：您好，请问您认识龚莉吗\n联系人：是我表姐\n坐席：她那个账挂了快两个月了，您帮着催催\n联系人：我管不了",
     [(P, "龚莉")], [D]),
    ("call", "third_party", "坐席：您是温先生的房东吧\n第三方：是啊\n坐席：他最近还住您那吗，我们找他有点急事，让他回电话\n第三方：行",
     [], []),
    ("call", "third_party", "坐席：您是温先生的房东吧\n第三方：是啊\n坐席：他欠我们公司钱，这个月也没动静，下次收租您提一句\n第三方：关我啥事",
     [], [D]),
    ("call", "third_party", "坐席：喂，您是邵文杰的妹妹吧，您哥最近在二院住院，做了心脏支架，他手机一直关机，您让他回个电话",
     [(P, "邵文杰")], [D, S]),
    ("call", "third_party", "坐席：请问是邵文杰的紧急联系人吗\n联系人：是，我是他妹妹\n坐席：麻烦转告他给鼎信回个电话，号码他知道\n联系人：嗯",
     [(P, "邵文杰")], []),
    ("sms", "third_party", "【恒达金服】您好，您的同事符建国在我司的事情还悬着，您方便时跟他提一下。", [(P, "符建国")], [D]),
    ("sms", "third_party", "【恒达金服】您好，我们在联系符建国先生，如您能联系到他，请他回电0731-84452201，谢谢。", [
        (P, "符建国"), (LL, "0731-84452201")], []),
    ("call", "third_party", "坐席：您好，是穆刚的父亲吗，他每周四晚上在星光体育馆打球，您让他打完球给我们回个话\n第三方：他怎么了",
     [(P, "穆刚")], [D, S]),
    ("app", "third_party", "【汇通】您好，穆刚将您设为紧急联系人，他的身份证号是620102198006229309，请您督促他尽快还款。", [
        (P, "穆刚"), (ID, "620102198006229309")], [D, U]),
    ("app", "third_party", "【汇通】您好，穆刚将您设为紧急联系人，我们暂时联系不上他，请他登录APP查看消息。", [(P, "穆刚")], []),
    ("sms", "third_party", "【佳贷】沙丽娟的家属您好，她在我司的借款已经90多天没动了，请家里人重视。", [(P, "沙丽娟")], [D]),
    ("sms", "third_party", "【佳贷】沙丽娟女士的担保人您好，您担保的借款已逾期，依合同您需承担连带责任，请于5日内联系我司。", [
        (P, "沙丽娟")], []),
    ("call", "third_party", "坐席：喂，您是郝建英学校的同事吧，她是不是在吃抗抑郁的药，我们打她电话她老是不接\n第三方：我不清楚",
     [(P, "郝建英")], [D, S]),
    ("call", "third_party", "坐席：您好，打扰了，我找郝建英\n第三方：她不在，我是她同事\n坐席：好的，那麻烦您转告她回电，谢谢\n第三方：好",
     [(P, "郝建英")], []),
    ("sms", "third_party", "【宁融】蒲先生的爱人您好，蒲先生的手机13694822144一直关机，他的事情您应该知道，请配合处理。", [
        (MB, "13694822144")], [D, U]),
    ("sms", "third_party", "【宁融】您好，请问是蒲先生的家人吗？请他回电4001-836-552，谢谢。", [], []),
    ("call", "third_party", "坐席：您好，这边是国信，麦女士在我们这边的分期一直没处理，她现在怀着孕我们也不好多打，您是她姐姐，帮忙说一声\n联系人：嗯",
     [], [D, S]),
    ("call", "third_party", "坐席：请问您是麦女士吗\n第三方：打错了，我不是\n坐席：不好意思打扰了，再见",
     [], []),
    ("call", "third_party", "坐席：请问您是麦女士吗\n第三方：打错了，我不是\n坐席：那您认识她吗，她欠我们五千多块，您要是认识就让她还了",
     [], [D]),
    ("sms", "third_party", "【信和】韦先生的室友您好，他的卡6236 6879 0618 7437扣款失败，您见到他让他看一下。", [
        (BC, "6236 6879 0618 7437")], [D, U]),
    ("app", "third_party", "【融达】您好，姚振华的款还挂着，他说您是他舅舅，麻烦您过问一下。", [(P, "姚振华")], [D]),
    ("app", "third_party", "【融达】您好，姚振华先生是您担保的共同借款人，本期账单您作为共同借款人同样需要关注。", [(P, "姚振华")], []),
    ("email", "third_party", "主题：关于贵司员工单立新\n人事部：贵司员工单立新（身份证210102197210043025）在我司借款逾期，"
     "望贵司协助督促。安和资产 催收部 anhe_collect@anhe-am.com.cn", [
        (P, "单立新"), (ID, "210102197210043025"), (EM, "anhe_collect@anhe-am.com.cn")], [D, U]),
    ("email", "third_party", "主题：寻找联系人\n您好：我司需联系贵司员工单立新先生，烦请转告其回复本邮件或致电0411-82706631。"
     "谢谢。安和资产 anhe_collect@anhe-am.com.cn", [
        (P, "单立新"), (LL, "0411-82706631"), (EM, "anhe_collect@anhe-am.com.cn")], []),
    ("sms", "third_party", "【速融】幸悦的妈妈您好，她在妇幼保健院产检的钱也是从我们这借的，现在逾期了，您让她上点心。", [
        (P, "幸悦")], [D, S]),
    ("call", "third_party", "坐席：您好，您是祁海燕的儿子吧\n第三方：对\n坐席：你妈妈透析的事我们知道，她那笔钱一直没动，你们当儿女的得管管\n第三方：……",
     [(P, "祁海燕")], [D, S]),
    ("call", "third_party", "坐席：您好，请问是祁海燕的家属吗\n第三方：是\n坐席：我们找她本人有事，请她方便时回电，号码是零二七八五七一三零六六\n第三方：好",
     [(P, "祁海燕"), (LL, "零二七八五七一三零六六")], []),
    ("sms", "third_party", "【国信】您好，您的邻居麦秀云（住六号楼二单元301）欠款未还，如见到请转告。", [
        (P, "麦秀云"), (A, "六号楼二单元301")], [D, X]),
    ("app", "third_party", "【盛源】温馨提示：您被好友邀请成为紧急联系人，如不同意请点此撤销。", [], []),
    ("sms", "third_party", "【盛源】您好，您的弟弟龚涛最近一个月住在三亚亚龙湾的酒店里，请转告他回来把账结了。", [(P, "龚涛")], [D, S]),
]


# --- chats and group chats: WeChat, QQ, WhatsApp -----------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 专员：兰先生，您银行卡号发我一下，我帮您查扣款\n客户：6228485210664369\n专员：好的收到，稍等",
     [(BC, "6228485210664369")], []),
    ("app", "debtor", "[微信] 专员：兰先生，我核对一下，您卡号6228 4852 1066 4369，今天扣款一千二对吧\n客户：对",
     [(BC, "6228 4852 1066 4369")], [U]),
    ("app", "debtor", "专员：冉女士，您那边的身份证号是不是520102199807268528，系统里这个和您说的对不上\n客户：后面是8528没错",
     [(ID, "520102199807268528")], [U]),
    ("app", "debtor", "专员：冉女士，为核实身份，请您提供身份证后四位\n客户：8528\n专员：核实通过，您本期应还860元",
     [], []),
    ("app", "debtor", "[QQ] 客服：您好，蓝先生，听说您上个月在精神卫生中心复诊，医生说您可以工作了吧？那就先还点\n客户：你们从哪听的",
     [], [S]),
    ("app", "debtor", "[QQ] 客户：我刚从精神卫生中心复诊出来，这个月实在没法还\n客服：理解，您好好休养，我帮您申请停催一个月，下月再沟通",
     [], []),
    ("app", "debtor", "专员：葛先生，您老婆叫施晓红吧，在万达广场卖化妆品那个，要不要我们去问问她\n客户：你敢",
     [(P, "施晓红")], [X]),
    ("app", "debtor", "客户：我老婆施晓红会帮我还一部分\n专员：好的，那请施女士直接在APP上用您的账户还款即可",
     [(P, "施晓红")], []),
    ("app", "debtor", "专员：严先生，您周六上午是不是都带孩子去少年宫学钢琴，九点那一节\n客户：你想干嘛",
     [], [S]),
    ("app", "debtor", "[WhatsApp] 專員：鄔先生，你張回鄉證H60318274我哋已經有記錄，唔好以為返咗大陸就搵你唔到\n客戶：我會還",
     [(PP, "H60318274")], [U]),
    ("app", "debtor", "专员：滕先生，我们查到您在浦发、招行、平安都有欠款，还有两个网贷在催，您先把我们这个解决\n客户：嗯",
     [], [S]),
    ("app", "debtor", "客户：我在招行和平安都还有欠款，想先还你们的\n专员：好的，感谢您优先安排，今天还多少都可以，我帮您登记",
     [], []),
    ("app", "debtor", "专员：仇女士，您的医保卡余额还有两千多，不如先拿出来周转一下\n客户：医保卡怎么拿",
     [], [S]),
    ("app", "debtor", "专员：左先生您好，我是信和的调解员小冯，工作手机13607367916，有问题随时联系\n客户：好",
     [(MB, "13607367916")], []),
    ("app", "debtor", "专员：左先生，请加我微信，号是手机号一三六零七三六七九幺六\n客户：加了",
     [(MB, "一三六零七三六七九幺六")], []),
    ("app", "debtor", "专员：左先生，您儿子左一鸣的电话18679837240我们也有，别让我们去找他\n客户：别",
     [(P, "左一鸣"), (MB, "18679837240")], [U, X]),
    ("app", "third_party", "[业主群] 专员：各位邻居好，3栋1202的殷红梅在我们平台的欠款已经三个多月了，有认识的麻烦提醒一下",
     [(A, "3栋1202"), (P, "殷红梅")], [D, X]),
    ("app", "third_party", "[同乡群] 专员：@所有人 大家认识柴林吗，湖北监利人，在深圳做装修，他那笔账到现在还没动",
     [(P, "柴林")], [D]),
    ("app", "third_party", "[同乡群] 群主：@所有人 下周六老乡聚会，在南山区海德二道8号的湘鄂情，报名找我。",
     [(A, "南山区海德二道8号")], []),
    ("app", "third_party", "[家长群] 专员：请问哪位是二年级三班童欣然的家长，孩子爸爸欠的钱一直不还，麻烦私聊我", [(P, "童欣然")],
     [D, S]),
    ("app", "third_party", "[车友群] 专员：群里有认识朱浩的吗，开白色速腾那个，他最近老去澳门赌场，欠的钱也不管了",
     [(P, "朱浩")], [D, S]),
    ("app", "third_party", "[车间群] 专员：谁跟伍春生一个班的，跟他说一声，盛源那个事还是没着落", [(P, "伍春生")], [D]),
    ("app", "third_party", "[车间群] 班长：伍春生，下周你上夜班，记得带工牌。", [(P, "伍春生")], []),
    ("app", "debtor", "专员：钱女士，您上周三在华山医院做了乳腺手术，恢复得怎么样，款什么时候还\n客户：谁告诉你的",
     [], [S]),
    ("app", "debtor", "客户：我上周刚做完手术，在家休养\n专员：祝您早日康复，这笔账我帮您申请顺延到下月，您安心养病",
     [], []),
    ("app", "debtor", "专员：阮先生，您是退伍军人，更应该讲诚信，钱不能老拖着\n客户：这有什么关系",
     [], [S]),
    ("app", "debtor", "[微信] 专员：金女士，这是您在我司登记的资料：金晓雯，身份证440305197711029283，住址宝安区新安六路1020号\n客户：别发了",
     [(P, "金晓雯"), (ID, "440305197711029283"), (A, "宝安区新安六路1020号")], [U, X]),
    ("app", "debtor", "专员：古先生，您脸部识别照片我们有，人脸数据是在您借款时采集的，跑不了的\n客户：你想怎样",
     [], [S]),
    ("app", "debtor", "专员：古先生，按照隐私政策，您借款时的人脸认证仅用于身份核验，您可以在APP申请查阅\n客户：好",
     [], []),
    ("app", "debtor", "专员：邢先生，您周日是不是都去天主堂做弥撒，我们在门口等您也行\n客户：……",
     [], [S]),
    ("app", "debtor", "客户：我周日要去教堂，别那天打我电话\n专员：好的，已备注周日不联系您",
     [], []),
]


# --- letters: to debtors, employers, schools, village and residents' committees ----------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：AH-2026-11-0387\n致：祁海燕女士\n地址：江汉区新华路366号5栋702\n您于2025年8月在盛源消费金融借款，"
     "截至2026年12月1日逾期96天，欠款本息合计12,460.00元。请于2026年12月15日前还款至您名下还款账户。如有异议请致电"
     "027-85713066。\n安和资产管理有限公司 2026年12月2日", [
        (P, "祁海燕"), (A, "江汉区新华路366号5栋702"), (LL, "027-85713066")], []),
    ("notice", "debtor", "催收函\n致：祁海燕女士（身份证号：42011119760115453 7）\n您欠款12,460.00元，逾期96天，请于12月15日前还款。",
     [(P, "祁海燕"), (ID, "42011119760115453 7")], [U]),
    ("notice", "debtor", "还款提醒函\n致：邵文杰先生\n您的借款已逾期，欠款3,200元。我们了解到您在市二院心内科住院治疗，"
     "病床号12床，待您出院后请尽快安排还款。\n鼎信资产", [(P, "邵文杰")], [S]),
    ("notice", "debtor", "还款提醒函\n致：邵文杰先生\n您的借款已逾期，欠款3,200元。若您因健康原因还款困难，可提交材料申请延期或分期。"
     "\n鼎信资产 热线0755-83216740", [(P, "邵文杰"), (LL, "0755-83216740")], []),
    ("notice", "third_party", "致锦程物流有限公司人力资源部：\n贵司员工焦俊峰（身份证号370202199312265197）于我司借款逾期未还，"
     "金额3,650元。请贵司督促其还款，必要时从工资中代扣。\n鼎信资产", [(P, "焦俊峰"), (ID, "370202199312265197")], [D, U]),
    ("notice", "third_party", "致锦程物流有限公司人力资源部：\n我司有一份文件需送达贵司员工焦俊峰先生，请代为转交本密封信件，"
     "信件内容仅由本人拆阅。谢谢。\n鼎信资产", [(P, "焦俊峰")], []),
    ("notice", "third_party", "致实验小学三年级二班班主任：\n贵班学生蒲思琪的父亲蒲国强在我司有欠款未清，已逾期四个月。"
     "请老师转告家长，尽快与我司联系。\n宁融催收中心", [(P, "蒲思琪"), (P, "蒲国强")], [D, S]),
    ("notice", "third_party", "致城东街道红旗村村民委员会：\n贵村六组村民柴林，身份证号码420111199502104832，在我司借款"
     "18,000元逾期未还，其父柴德明、其妻黄娟均知情。请村委会协助督促还款。\n佳贷", [
        (P, "柴林"), (ID, "420111199502104832"), (P, "柴德明"), (P, "黄娟")], [D, U, X]),
    ("notice", "third_party", "致锦绣花园业主委员会：\n贵小区8栋502业主殷红梅，在我司借款逾期，累计欠款2.3万元，"
     "建议在小区公告栏张贴提示。", [(P, "殷红梅"), (A, "8栋502")], [D, X]),
    ("notice", "third_party", "致锦绣花园物业服务中心：\n烦请将本密封函件转交8栋502住户，谢谢配合。\n信和资产", [
        (A, "8栋502")], []),
    ("notice", "debtor", "律师函\n致：穆刚先生\n受汇通金融委托，就您借款逾期一事函告如下：截至2026年11月30日，您欠款"
     "本息9,860元……请于收函后十日内还款。\n广东衡正律师事务所 律师：葛文涛 执业证号14401201510287654", [
        (P, "穆刚"), (P, "葛文涛")], []),
    ("notice", "debtor", "律师函\n致：穆刚先生\n经查，您目前在星光体育馆附近居住，每周四晚在该馆运动，且您名下招商银行"
     "账户余额约5万元，具备还款能力。\n广东衡正律师事务所", [(P, "穆刚")], [S]),
    ("notice", "debtor", "通知书\n郝建英女士：\n您的借款已逾期32天，欠款2,460元，还款期限2026年12月20日。还款方式：APP或对公账户。"
     "联系电话027-86542311。\n信和资产 2026年12月5日", [(P, "郝建英"), (LL, "027-86542311")], []),
    ("notice", "debtor", "通知书\n郝建英女士：\n您的借款已逾期32天。据悉您丈夫叶志明在武钢工作，儿子叶晨在华科读研，"
     "家庭具备还款能力。\n信和资产", [(P, "郝建英"), (P, "叶志明"), (P, "叶晨")], [X]),
    ("notice", "debtor", "催缴通知\n单立新先生：\n您本人于2024年曾因醉驾被行政拘留，信用记录本就不佳，请珍惜最后协商机会。", [
        (P, "单立新")], [S]),
    ("notice", "third_party", "致宏远电子厂行政部：\n贵厂员工伍春生欠款未还，此人登记的紧急联系人为其姐伍春梅（13552587587），"
     "亦未能联系上。望贵厂配合。", [(P, "伍春生"), (P, "伍春梅"), (MB, "13552587587")], [D, U, X]),
    ("notice", "debtor", "OCR识别结果（扫描件）\n催 收 函\n致：冷 玉梅\n身份证号：1 3 0 1 0 2 1 9 9 3 0 4 0 7 8 6 6 6\n"
     "欠款金额：人民币 4 , 2 0 0 元", [(ID, "1 3 0 1 0 2 1 9 9 3 0 4 0 7 8 6 6 6")], [U]),
    ("notice", "debtor", "OCR识别结果（扫描件）\n还 款 提 醒\n合同号：H T 2 0 2 6 0 3 1 1 0 8 7\n应还金额：人民币 4 , 2 0 0 元\n"
     "还款截止：2 0 2 6 年 1 2 月 2 0 日", [], []),
    ("notice", "debtor", "OCR识别结果\n致冷玉梅女士：您的还款账户为 6 2 1 4 8 3 7 1 6 2 7 5 3 5 6 4 ，请于月底前存入。", [
        (P, "冷玉梅"), (BC, "6 2 1 4 8 3 7 1 6 2 7 5 3 5 6 4")], [U]),
    ("notice", "third_party", "致滨江社区居民委员会：\n辖区居民姚振华（住滨江路77号3栋1802）欠款逾期，另其患有糖尿病"
     "长期注射胰岛素，经济困难属实与否请居委会协助核实。", [(P, "姚振华"), (A, "滨江路77号3栋1802")], [D, S, X]),
    ("notice", "third_party", "致滨江社区居民委员会：\n我司依法需向辖区居民姚振华先生送达书面文件，烦请告知其到居委会"
     "领取密封信件。联系人：小陈 0571-87613025", [(P, "姚振华"), (LL, "0571-87613025")], []),
    ("notice", "debtor", "温馨提示函\n尊敬的客户：您好！为保护您的个人信息，我司所有函件仅显示姓名首字及证件号后四位。"
     "您的证件号：****2445。欠款：1,980元。如有疑问请致电95511。", [], []),
    ("notice", "debtor", "催收函（第二次）\n致：朱浩先生\n您名下车辆粤B·7K2M9近期多次出现在澳门口岸，您的出入境记录我司已掌握。",
     [(P, "朱浩"), (PLATE, "粤B·7K2M9")], [S]),
    ("notice", "debtor", "催收函（第二次）\n致：朱浩先生\n欠款金额：8,750元\n逾期天数：61天\n还款期限：2026年12月25日\n"
     "还款方式：APP还款或转账至对公账户\n联系电话：020-38892100\n国信资产 2026年12月4日", [
        (P, "朱浩"), (LL, "020-38892100")], []),
]


# --- agency hand-over sheets, work orders and CRM exports (unknown recipient) ----------------------------

TRANSFERS: list[PiplEntry] = [
    ("notice", "unknown", "案件移交单\n委托方：盛源消费金融\n批次号：SY-2026-12-B07\n债务人：龚莉\n身份证：330106199711273154\n"
     "手机：177 6651 5927\n欠款：4,320.00\n备注：无", [(P, "龚莉"), (ID, "330106199711273154"), (MB, "177 6651 5927")], [U]),
    ("notice", "unknown", "案件移交单\n委托方：盛源消费金融\n批次号：SY-2026-12-B08\n债务人：龚*\n身份证：330106********3154\n"
     "手机：177****5927\n欠款：4,320.00", [], []),
    ("notice", "unknown", "案件移交单\n债务人：邵文杰\n手机：18238157834\n备注：本人近期在市二院心内科住院，家属称做了支架，"
     "建议出院后联系", [(P, "邵文杰"), (MB, "18238157834")], [S, U]),
    ("notice", "unknown", "案件移交单\n债务人：邵文杰\n备注：本人自述住院，已按困难客户流程暂停催收30天，12月31日后再联系",
     [(P, "邵文杰")], []),
    ("notice", "unknown", "外访报告\n外访对象：焦俊峰\n外访地址：滨江路77号3栋1802\n情况：本人不在，邻居称其每天晚上九点后才回，"
     "早上七点出门", [(P, "焦俊峰"), (A, "滨江路77号3栋1802")], [S]),
    ("notice", "unknown", "外访报告\n外访对象：焦*峰\n外访日期：2026-12-03\n情况：按地址送达密封催收函一份，未见本人，已拍照留存送达凭证",
     [], []),
    ("notice", "unknown", "工单 #WO-20261205-0331\n客户：穆刚\n诉求：要求不再联系其父亲\n处理：已在系统中删除联系人穆建华"
     "（13925438939），后续仅联系本人", [(P, "穆刚"), (P, "穆建华"), (MB, "13925438939")], [U]),
    ("notice", "unknown", "工单 #WO-20261205-0332\n客户：穆*\n诉求：要求不再联系其父亲\n处理：已删除该联系人，后续仅联系本人",
     [], []),
    ("notice", "unknown", "CRM导出\n姓名,证件号,手机,卡号,家庭成员\n沙丽娟,350203198612246607,15216085050,"
     "6228481572816466848,母亲 林秀珍 13849901950", [
        (P, "沙丽娟"), (ID, "350203198612246607"), (MB, "15216085050"), (BC, "6228481572816466848"), (P, "林秀珍"),
        (MB, "13849901950")], [U, X]),
    ("notice", "unknown", "CRM导出\n案件号,逾期天数,应还金额,最近联系日期\nAH20261102447,96,12460.00,2026-12-01", [], []),
    ("notice", "unknown", "交接备注：客户麦秀云已怀孕七个月，在第一妇幼产检，每周二上午去，建议避开周二致电。", [(P, "麦秀云")], [S]),
    ("notice", "unknown", "交接备注：客户麦秀云反映身体原因暂时无法还款，已申请分期，请下一位专员按分期计划跟进。", [(P, "麦秀云")], []),
    ("notice", "unknown", "委外清单（第3页）\n序号 17｜蓝海波｜身份证 51010419850907772X｜银行卡 6222 0280 9800 4429 888｜"
     "欠款 7,200", [(P, "蓝海波"), (ID, "51010419850907772X"), (BC, "6222 0280 9800 4429 888")], [U]),
    ("notice", "unknown", "委外清单（第3页）\n序号 17｜蓝*波｜证件尾号 772X｜卡尾号 9888｜欠款 7,200｜逾期 58 天", [], []),
    ("notice", "unknown", "质检记录\n录音编号：REC20261204153322\n坐席姓名：冯丽\n问题：坐席在通话中向客户念出其完整身份证号码，"
     "已扣分并培训", [(P, "冯丽")], []),
    ("notice", "unknown", "移交说明\n债务人郝建英，工作单位青山区第三中学，丈夫叶志明电话18814783668，儿子叶晨在华科读研。",
     [(P, "郝建英"), (P, "叶志明"), (MB, "18814783668"), (P, "叶晨")], [U, X]),
    ("notice", "unknown", "移交说明\n债务人：单立新\n特别标注：曾因吸毒被强制隔离戒毒两年，沟通时注意方式", [(P, "单立新")], [S]),
    ("email", "unknown", "发件人：case_ops@dingxin-collect.com\n主题：本周移交案件\n附表第12行客户仇美玲有精神残疾证（二级），"
     "其监护人为其兄仇立强，电话15681523342。", [
        (EM, "case_ops@dingxin-collect.com"), (P, "仇美玲"), (P, "仇立强"), (MB, "15681523342")], [S, U]),
    ("email", "unknown", "发件人：case_ops@dingxin-collect.com\n主题：本周移交案件\n共移交案件46件，金额合计38.7万元，明细见附件"
     "（已脱敏）。如有问题请回复本邮件。", [(EM, "case_ops@dingxin-collect.com")], []),
    ("notice", "unknown", "催收日志 2026-12-05 14:22\n致电本人，客户称下周一发工资后还款。\n致电号码：幺五六八幺五二三三四二",
     [(MB, "幺五六八幺五二三三四二")], [U]),
    ("notice", "unknown", "催收日志 2026-12-05 14:22\n致电本人（尾号3342），客户称下周一发工资后还款，约定12月8日。", [], []),
]


# --- complaint replies and e-mail ----------------------------------------------------------------------

REPLIES_AND_EMAIL: list[PiplEntry] = [
    ("email", "debtor", "主题：关于您投诉的答复\n蒲先生您好：您反映我司专员向您女儿班主任发函一事已核实，相关人员已停岗，"
     "我司已书面致歉。如仍有疑问请回复本邮件。\n宁融客户关系部 care@ningrong.cn", [(EM, "care@ningrong.cn")], []),
    ("email", "debtor", "主题：关于您投诉的答复\n蒲先生您好：经核实，您女儿蒲思琪在实验小学三年级二班就读，专员联系班主任"
     "只是为了找到您，不存在违规。\n宁融客户关系部", [(P, "蒲思琪")], [S]),
    ("email", "debtor", "主题：投诉处理结果\n沙女士您好：您反映专员联系您前夫一事，我司已删除该号码并承诺不再联系。"
     "您的借款后续仅通过本人手机沟通。\n佳贷 complaints@jiadai.com", [(EM, "complaints@jiadai.com")], []),
    ("email", "debtor", "主题：投诉处理结果\n沙女士您好：您投诉我司联系您前夫贾志成（18920769738）一事，经查其为您的"
     "紧急联系人之一，联系合规。", [(P, "贾志成"), (MB, "18920769738")], [U, X]),
    ("email", "debtor", "主题：还款凭证\n温先生：附件为您12月3日还款2,100元的电子回单，交易流水号"
     "4200001928202612031544870216，请查收。\n速融金融 service@surong.com.cn", [(EM, "service@surong.com.cn")], []),
    ("email", "debtor", "主题：还款提醒\n温先生：您绑定的建设银行卡6236681542983142382本月扣款失败，请补足余额。", [
        (BC, "6236681542983142382")], [U]),
    ("email", "debtor", "主题：您的账户信息\n严先生：以下为您在我司的全部资料，请核对：严子航，身份证41010519910610572X，"
     "家庭住址金水区经三路56号6号楼1单元401，妻子肖丽（13651661608），儿子严小宇在经三路小学。", [
        (P, "严子航"), (ID, "41010519910610572X"), (A, "金水区经三路56号6号楼1单元401"), (P, "肖丽"),
        (MB, "13651661608"), (P, "严小宇")], [S, U, X]),
    ("email", "debtor", "主题：个人信息查阅申请回复\n严先生：根据您的申请，我司保存的您的个人信息包括姓名、证件号后四位、"
     "手机号和借款记录，完整副本已通过加密附件发送，密码为您的证件号后六位。\n汇通金融 privacy@huitong.com", [
        (EM, "privacy@huitong.com")], []),
    ("email", "third_party", "To: hr@jinchenglogistics.com\n主题：员工欠款协查\n贵司员工焦俊峰在我司欠款3,650元，逾期18天，"
     "其工资卡为6225889279140521，请协助扣划。", [
        (EM, "hr@jinchenglogistics.com"), (P, "焦俊峰"), (BC, "6225889279140521")], [D, U]),
    ("email", "third_party", "To: hr@jinchenglogistics.com\n主题：联系人查询\n您好，我司需与贵司员工焦俊峰先生取得联系，"
     "烦请转告其致电0755-83216740。谢谢！", [
        (EM, "hr@jinchenglogistics.com"), (P, "焦俊峰"), (LL, "0755-83216740")], []),
    ("email", "debtor", "主题：您的分期申请已通过\n冉女士：您的分期申请已通过，共6期，每期860元，首期12月20日。"
     "如有疑问请联系您的专属专员 feng.li@anhe-am.com.cn 或 0411-82706631-2205。", [
        (EM, "feng.li@anhe-am.com.cn"), (LL, "0411-82706631")], []),
    ("email", "debtor", "主题：最后通知\n冉女士：我们已掌握您在贵阳市云岩区的租房地址和您母亲冉桂芳在老家的电话17372990861。"
     "请今日内还款。", [(P, "冉桂芳"), (MB, "17372990861")], [U, X]),
    ("app", "debtor", "【盛源】投诉回复：您好，您反映的骚扰问题已受理，受理编号TS2026120500871，我们将在7个工作日内回复。",
     [], []),
    ("app", "debtor", "【盛源】投诉回复：您反映的问题已处理。另经查您在我司借款期间同时在4家平台借款，"
     "月收入约6,800元，建议您合理安排。", [], [S]),
    ("email", "third_party", "主题：關於貴校學生家長的欠款\n校長您好：貴校五年級甲班學生卓子軒之母卓美華欠本公司款項逾期，"
     "懇請校方轉知家長。\n台北 富邦催收 service@fbcollect.com.tw", [
        (P, "卓子軒"), (P, "卓美華"), (EM, "service@fbcollect.com.tw")], [D, S]),
]


# --- Cantonese and traditional characters (Hong Kong, Macau and Taiwan lenders) ----------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【港信財務】鄔生，你張卡6258 0925 8464 1438 924今個月過數唔到，記得入錢。", [
        (BC, "6258 0925 8464 1438 924")], [U]),
    ("sms", "debtor", "【港信財務】鄔生，你尾數8924嘅戶口今個月過數唔到，麻煩盡快入錢，查詢請致電本公司熱線。", [], []),
    ("call", "debtor", "職員：喂，鄔生呀，你嘅身份證號碼係咪三三零幺零六幺九六九零三幺九零二六幺，我哋對返資料\n客戶：係",
     [(ID, "三三零幺零六幺九六九零三幺九零二六幺")], [U]),
    ("call", "debtor", "職員：鄔生，聽講你老婆喺伊利沙伯醫院做緊化療，辛苦晒，但係筆數都要還㗎\n客戶：你點知㗎",
     [], [S]),
    ("call", "debtor", "職員：鄔生，你話你老婆病咗，我哋理解，可以幫你申請延遲還款三個月，你考慮下\n客戶：唔該晒",
     [], []),
    ("app", "third_party", "[WhatsApp] 職員：你好，係咪鄔家明屋企人？佢喺我哋度借咗兩萬蚊，拖咗三個月，你幫手講聲",
     [(P, "鄔家明")], [D]),
    ("app", "third_party", "[WhatsApp] 職員：你好，想搵鄔家明先生，麻煩叫佢覆返個電話，唔該", [(P, "鄔家明")], []),
    ("sms", "debtor", "【澳門信貸】梁先生，你每逢星期五晚都喺新葡京，我哋啲同事見到你好幾次，請盡快還款。", [], [S]),
    ("notice", "third_party", "致：觀塘康寧道88號寶業大廈管理處\n請將本函轉交12樓C室住客梁志強，其欠本公司款項$48,000已逾期，"
     "並請管理處留意其出入。", [(A, "觀塘康寧道88號寶業大廈"), (P, "梁志強")], [D, X]),
    ("notice", "third_party", "致：寶業大廈管理處\n煩請將本密封信件轉交12樓C室住戶，多謝合作。", [], []),
    ("app", "debtor", "【信達資融】陳小姐，您的健保資料顯示您上月在台大醫院精神科就診三次。",
     [], [S]),
    ("sms", "third_party", "【信達資融】陳美玲的同事您好，她在我司的貸款已逾期，她目前住在新北市板橋區文化路一段188號，請轉告。",
     [(P, "陳美玲"), (A, "新北市板橋區文化路一段188號")], [D, X]),
    ("call", "debtor", "催收員：陳小姐您好，您的信用卡卡號６２２５ ８８９２ ７９１４ ０５２１，本期尚未繳款\n客戶：我知道",
     [(BC, "６２２５ ８８９２ ７９１４ ０５２１")], [U]),
    ("call", "debtor", "催收員：陳小姐您好，您尾號０５２１的卡本期尚未繳款，請問何時方便處理\n客戶：月底",
     [], []),
    ("app", "debtor", "【澳門信貸】梁生，你個仔喺培正中學讀中二，每朝七點半坐巴士返學，你都唔想佢知老豆欠錢啩。", [], [S]),
    ("app", "debtor", "【港信財務】鄔生，你喺九龍灣嗰間物流公司返工，公司地址我哋都知，你太太吳詠詩電話都有。", [
        (P, "吳詠詩")], [X]),
    ("sms", "debtor", "【港信財務】你好，你嘅還款驗證碼係 661204，5分鐘內有效，唔好俾人知。", [], []),
    ("call", "debtor", "職員：梁生，你嘅回鄉證號碼係M二三八五零七四一，我哋有記錄\n客戶：嗯", [(PP, "M二三八五零七四一")], [U]),
    ("email", "debtor", "主題：還款安排\n梁先生：附上閣下分期還款協議（協議編號 MCL-2026-1187），請簽署後電郵至 "
     "support@macaucredit.com.mo。", [(EM, "support@macaucredit.com.mo")], []),
    ("app", "debtor", "[LINE] 專員：陳小姐，你每週日都去行天宮拜拜對吧，我們在門口等你也行\n客戶：你們太過分了",
     [], [S]),
]


# --- identifiers written and spoken every way ------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【汇通】穆先生，您登记的号码+86 187 5366 1767已停机，请更新联系方式。", [(MB, "187 5366 1767")], [U]),
    ("sms", "debtor", "【汇通】穆先生，您登记的号码0086-18834505082多次无法接通，请回电。", [(MB, "18834505082")], [U]),
    ("call", "debtor", "坐席：您记一下您自己的号啊，幺八拐五三六六幺拐六拐，是不是这个\n客户：是", [
        (MB, "幺八拐五三六六幺拐六拐")], [U]),
    ("call", "debtor", "坐席：您另一个号码幺勾幺四八三拐五两四洞还在用吗\n客户：不用了", [(MB, "幺勾幺四八三拐五两四洞")], [U]),
    ("sms", "debtor", "【速融】手机号15847999281用户您好，您的借款已逾期3天。", [(MB, "15847999281")], [U]),
    ("sms", "debtor", "【速融】尾号9281用户您好，您的借款已逾期3天，请及时还款。", [], []),
    ("app", "debtor", "【信和】您的身份证号码：\n520102200009255568\n已与借款合同绑定，请勿外借身份证。", [
        (ID, "520102200009255568")], [U]),
    ("app", "debtor", "【信和】您的还款卡号：\n6033 6770 0875 8784\n如需更换请在APP内操作。", [
        (BC, "6033 6770 0875 8784")], [U]),
    ("notice", "debtor", "催收函\n借款人：芦建平\n身份证号：520102197204160690\n借款金额：20,000元\n逾期天数：75天\n"
     "还款期限：2026年12月22日\n联系电话：0851-85236617\n国信资产", [
        (P, "芦建平"), (ID, "520102197204160690"), (LL, "0851-85236617")], [U]),
    ("notice", "debtor", "催收函\n借款人：芦建平\n身份证号：5201**********0690\n借款金额：20,000元\n逾期天数：75天\n"
     "还款期限：2026年12月22日\n联系电话：0851-85236617\n国信资产", [(P, "芦建平"), (LL, "0851-85236617")], []),
    ("call", "debtor", "坐席：芦先生，您的老身份证号是六幺零幺幺三六四幺零零五四八八，换证以后新号码还没更新\n客户：我回头更新",
     [(ID, "六幺零幺幺三六四幺零零五四八八")], [U]),
    ("notice", "unknown", "档案摘录\n姓名：谷长林\n旧证号：220102770828161\n新证号：340104197312239266", [
        (P, "谷长林"), (ID, "220102770828161"), (ID, "340104197312239266")], [U]),
    ("sms", "debtor", "【恒达金服】符先生，您的身份证号５００１１２１９９６０７２４１７７６已被冻结额度。", [
        (ID, "５００１１２１９９６０７２４１７７６")], [U]),
    ("app", "debtor", "专员：谷先生，您卡号是 6214.8352.5853.4815 对吗，我这边扣一下\n客户：扣吧", [
        (BC, "6214.8352.5853.4815")], [U]),
    ("app", "debtor", "专员：谷先生，给您发的还款账号 6222-0272-6155-5827 是您本人的卡吗，确认一下\n客户：是", [
        (BC, "6222-0272-6155-5827")], [U]),
    ("call", "debtor", "坐席：您这个卡号六二一七零零拐八五两八八幺拐勾拐，是建行的吧\n客户：对",
     [(BC, "六二一七零零拐八五两八八幺拐勾拐")], [U]),
    ("sms", "debtor", "【国信】您的护照EA7731902已登记，出境前请结清欠款。", [(PP, "EA7731902")], [U]),
    ("app", "debtor", "专员：您的港澳通行证C12876530我们有记录，别想着去香港躲\n客户：我没躲", [(PP, "C12876530")], [U]),
    ("sms", "debtor", "【佳贷】沙女士，请回电０５７１－８７６１３０２５转８０１６。", [(LL, "０５７１－８７６１３０２５")], []),
    ("call", "debtor", "坐席：我们座机是零二零 三八八九 二幺零零，分机三零七，您打过来找我\n客户：好", [
        (LL, "零二零 三八八九 二幺零零")], []),
    ("notice", "debtor", "联系方式：（010）6521 7788-216 李专员", [(LL, "（010）6521 7788")], []),
    ("sms", "debtor", "【宁融】蒲先生您的号码13694822144欠款未还，请注意。", [(MB, "13694822144")], [U]),
    ("sms", "debtor", "【宁融】蒲先生，您名下号码尾号2144对应的借款已逾期，请注意。", [], []),
    ("app", "debtor", "专员：温先生，您的号码是 1 3 8 4 4 9 8 1 4 3 3 吧，我们存的这个打不通\n客户：对的", [
        (MB, "1 3 8 4 4 9 8 1 4 3 3")], [U]),
    ("notice", "unknown", "OCR识别：借 款 人 身 份 证 号 码 6 2 0 1 0 2 2 0 0 1 1 0 2 4 1 4 3 9 手 机 1 9 8 3 5 7 7 9 2 5 3", [
        (ID, "6 2 0 1 0 2 2 0 0 1 1 0 2 4 1 4 3 9"), (MB, "1 9 8 3 5 7 7 9 2 5 3")], [U]),
    ("call", "debtor", "坐席：身份证最后一位是叉对吧，四三零幺零四幺九七六零三零九幺六两叉\n客户：嗯",
     [(ID, "四三零幺零四幺九七六零三零九幺六两叉")], [U]),
    ("app", "debtor", "专员：焦先生手机号码18359042624微信同号，我们加您了\n客户：别加了", [(MB, "18359042624")], [U]),
    ("email", "debtor", "主题：身份核验\n您好，您提交的证件号62010220010410362X与系统一致，核验通过。", [
        (ID, "62010220010410362X")], [U]),
    ("email", "debtor", "主题：身份核验\n您好，您提交的证件（尾号362X）与系统一致，核验通过。", [], []),
    ("sms", "debtor", "【鼎信】您好，您的银行卡6212 2621 4759 7535和6236 6889 2386 9395均余额不足。", [
        (BC, "6212 2621 4759 7535"), (BC, "6236 6889 2386 9395")], [U]),
    ("call", "debtor", "客户：我卡号是六二二八四八二五九三五三八零二七幺零五，你们扣这张\n坐席：好的，已记录扣款卡为您尾号幺零五的卡",
     [(BC, "六二二八四八二五九三五三八零二七幺零五")], []),
    ("app", "debtor", "客户：我身份证43010419721106290X，你查一下\n专员：查到了，您的借款剩余2,200元，本月账单日15号",
     [(ID, "43010419721106290X")], []),
    ("sms", "debtor", "【盛源】尊敬的用户，为保障账户安全，您预留手机号为183****2624，如非本人请致电95188。", [], []),
    ("notice", "debtor", "还款账户信息（请核对）\n户名：芦建平\n卡号：6236-6874-4931-3921-762\n开户行：中国银行贵阳分行", [
        (P, "芦建平"), (BC, "6236-6874-4931-3921-762")], [U]),
    ("app", "debtor", "专员：幸女士，这是您爱人的号码吧，15009473149，他说他不管\n客户：别打他",
     [(MB, "15009473149")], [U, X]),
]


# --- names with addresses, employers and relatives, beside decoys of the same shape -------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【速融】温立军，您在华星光电上班，您妹妹温晓燕在龙岗医院当护士，一家人都是体面人，订单号"
     "SR2026112800451还款2,100元请今天处理。", [(P, "温立军"), (P, "温晓燕")], [X]),
    ("sms", "debtor", "【速融】温立军先生，订单号SR2026112800451应还2,100元，还款日12月10日，验证码请勿告诉他人。", [
        (P, "温立军")], []),
    ("call", "debtor", "坐席：严先生，您岳父肖德才是不是住在金水区农科路二十八号，我们的函件可以寄到那里\n客户：你们别去",
     [(P, "肖德才"), (A, "金水区农科路二十八号")], [X]),
    ("call", "debtor", "坐席：严先生，您的还款协议编号HK20261203009，共六期，您记一下，有问题打四零零 八八六 一二三四\n客户：好",
     [], []),
    ("app", "debtor", "专员：滕先生，您同事老周、小刘我们都有电话，周立群138 0119 2255，刘洋15118801992，您看要不要我们聊聊\n客户：别",
     [(P, "周立群"), (MB, "138 0119 2255"), (P, "刘洋"), (MB, "15118801992")], [U, X]),
    ("sms", "debtor", "【鼎信】龚莉，您弟弟龚涛、您父亲龚守仁的号码我们已联系过，运单号YT7650023418895的函件也已寄出。", [
        (P, "龚莉"), (P, "龚涛"), (P, "龚守仁")], [X]),
    ("sms", "debtor", "【鼎信】龚女士，您的催收函已通过圆通寄出，运单号YT7650023418895，请注意查收。", [], []),
    ("notice", "debtor", "告知函\n致：苗淑芬女士\n地址：和平区南京路218号\n您欠款5,400元，逾期40天。另告知：您丈夫秦卫东"
     "在天津港务集团上班，您儿子秦浩在南开中学读高一。", [
        (P, "苗淑芬"), (A, "和平区南京路218号"), (P, "秦卫东"), (P, "秦浩")], [S, X]),
    ("notice", "debtor", "告知函\n致：苗淑芬女士\n地址：和平区南京路218号\n欠款金额：5,400元\n逾期天数：40天\n还款期限：2026年12月25日\n"
     "函号：HD-2026-1207\n联系电话：022-23316688", [(P, "苗淑芬"), (A, "和平区南京路218号"), (LL, "022-23316688")], []),
    ("app", "debtor", "【佳贷】沙丽娟，您现住思明区湖滨南路301号、在瑞幸咖啡湖滨店上班，我们会派人上门核实。", [
        (P, "沙丽娟"), (A, "思明区湖滨南路301号")], [X]),
    ("call", "debtor", "坐席：冉女士，您老公在贵阳北站当乘务员吧，叫张振宇，我们给他打个电话？\n客户：别，我自己想办法",
     [(P, "张振宇")], [X]),
    ("call", "debtor", "客户：我老公叫张振宇，你们有事找他也行\n坐席：谢谢，不过借款是您本人的，我们只和您本人沟通",
     [(P, "张振宇")], []),
    ("sms", "debtor", "【信和】左先生，您前妻何丽丽和您女儿现在住在滨湖区梁溪路46号，您应该不想我们去那边吧。", [
        (P, "何丽丽"), (A, "滨湖区梁溪路46号")], [X]),
    ("email", "debtor", "主题：催款通知\n葛明辉先生：您任职于杭州云帆科技有限公司（文三路478号），月薪约1.8万元，"
     "发票号码04400211003862170342的报销款也已到账，具备还款能力。", [
        (P, "葛明辉"), (A, "文三路478号")], [S, X]),
    ("email", "debtor", "主题：催款通知\n葛明辉先生：您的借款已逾期15天，欠款6,420元，请于12月16日前还款。"
     "客服邮箱 kefu@yunfan-credit.com，热线95079。", [(P, "葛明辉"), (EM, "kefu@yunfan-credit.com")], []),
    ("app", "debtor", "专员：童先生，您丈母娘黄桂英的手机幺三八七二九四七六二三，您要不还，我们只能问问老人家了\n客户：你们过分了",
     [(P, "黄桂英"), (MB, "幺三八七二九四七六二三")], [U, X]),
    ("sms", "debtor", "【国信】童先生，您的借款已逾期，案号（2026）粤0304民初18822号调解材料已发送APP，请查收。", [], []),
    ("call", "debtor", "坐席：兰先生，您外公外婆在老家兰家湾三组，我们下周去那边走访一下\n客户：跟老人没关系",
     [(A, "兰家湾三组")], [X]),
    ("notice", "debtor", "催收函\n致：殷红梅女士\n您的欠款2.3万元逾期已久。您丈夫吕国平、儿子吕博文（就读于锦绣中学初二）"
     "均已知悉此事。", [(P, "殷红梅"), (P, "吕国平"), (P, "吕博文")], [S, X]),
    ("app", "debtor", "【宁融】蒲国强先生，您的工作单位（市自来水公司）和住址（红星路二段9号）我们均已核实，请配合处理。", [
        (P, "蒲国强"), (A, "红星路二段9号")], [X]),
    ("call", "debtor", "坐席：邢先生，您弟弟邢志远在富士康上班，电话幺五五两五五幺幺六六四，我们也可以找他聊聊\n客户：……",
     [(P, "邢志远"), (MB, "幺五五两五五幺幺六六四")], [U, X]),
    ("sms", "debtor", "【恒达金服】符建国，您住芙蓉区五一大道766号，爱人在湘雅医院上班，欠款请今日结清，发票号0430022100983217。", [
        (P, "符建国"), (A, "芙蓉区五一大道766号")], [X]),
    ("app", "debtor", "专员：仇女士，您男朋友车俊在万科物业上班对吧，叫他帮您还一点嘛\n客户：我们分手了", [(P, "车俊")], [X]),
    ("call", "debtor", "坐席：阮先生，您表哥阮志刚在老家开修车铺，地址新塘镇振兴路十二号，我们已经过去问过了\n客户：你们凭什么",
     [(P, "阮志刚"), (A, "新塘镇振兴路十二号")], [X]),
    ("notice", "debtor", "通知\n姓名：钱慧芳\n住址：徐汇区漕溪北路595号2201室\n单位：上海仁和会计师事务所\n父亲：钱国良\n母亲：周雪梅\n"
     "欠款：8,800元", [(P, "钱慧芳"), (A, "徐汇区漕溪北路595号2201室"), (P, "钱国良"), (P, "周雪梅")], [X]),
    ("notice", "debtor", "通知\n姓名：钱慧芳\n住址：徐汇区漕溪北路595号2201室\n欠款：8,800元\n逾期：33天\n还款截止：2026年12月19日\n"
     "通知编号：TZ-88020\n联系电话：021-64378820", [
        (P, "钱慧芳"), (A, "徐汇区漕溪北路595号2201室"), (LL, "021-64378820")], []),
    ("email", "debtor", "主题：Re: 还款\n金女士：您说工资不够，可您先生林建波在招商银行深圳分行任职，收入不低，"
     "流水号20261130889201已显示您上月收到他转账三万元。", [(P, "林建波")], [S, X]),
    ("app", "debtor", "专员：古先生，您的合伙人许志华、会计刘芳的电话我们都找到了，13018493053，要不要打\n客户：别",
     [(P, "许志华"), (P, "刘芳"), (MB, "13018493053")], [U, X]),
    ("sms", "debtor", "【盛源】邵文杰，您老婆杜娟在第二人民医院上班吧，她知道您欠钱吗？合同号HT20250817331。", [
        (P, "邵文杰"), (P, "杜娟")], [X]),
    ("call", "debtor", "坐席：龚女士，您表姐龚晓萍的手机幺五五八八六四幺五零五也是您的紧急联系人，您看是您还还是我们找她\n客户：我还",
     [(P, "龚晓萍"), (MB, "幺五五八八六四幺五零五")], [U, X]),
    ("app", "debtor", "专员：柴先生，您老家是监利县朱河镇柴湾村四组吧，您爸柴德明身体还好吗\n客户：你想干什么",
     [(A, "监利县朱河镇柴湾村四组"), (P, "柴德明")], [X]),
    ("email", "debtor", "主题：协商结果\n朱浩先生：您女朋友郑欣在澳门永利上班这件事，我们就不多说了，请按协议还款，协议号XY-2026-0331。",
     [(P, "朱浩"), (P, "郑欣")], [X]),
    ("call", "debtor", "坐席：芦先生，您家在云岩区中华北路一百零八号四楼，您儿子芦子豪在贵阳一中，这些我们都清楚\n客户：……",
     [(A, "云岩区中华北路一百零八号四楼"), (P, "芦子豪")], [S, X]),
    ("app", "debtor", "【汇通】穆刚先生，您女友方婷住在莲湖区西大街119号，她的手机18165825835也登记在您的资料里。", [
        (P, "穆刚"), (P, "方婷"), (A, "莲湖区西大街119号"), (MB, "18165825835")], [U, X]),
    ("notice", "debtor", "催收函\n致：韦伟先生\n您好，您现任职于南宁百货大楼（朝阳路39号），您爱人莫小兰任职于南宁市第二医院，"
     "欠款5,200元请于12月20日前还清。", [(P, "韦伟"), (A, "朝阳路39号"), (P, "莫小兰")], [X]),
]


# --- more voices: group chats, villages, landlords, robots and collectors in a hurry --------------------

MORE_VOICES: list[PiplEntry] = [
    ("app", "third_party", "[村民群] 专员：各位乡亲，红旗村六组柴林在外面欠了钱，人找不到了，他家里人谁能说上话的麻烦带个话",
     [(P, "柴林")], [D]),
    ("sms", "third_party", "【佳贷】柴德明您好，您儿子柴林的账在我们这里压了小半年了，您当爹的劝劝他。", [(P, "柴德明"), (P, "柴林")],
     [D]),
    ("call", "third_party", "坐席：喂，是黄娟吗，柴林的老婆吧\n第三方：是，怎么了\n坐席：他那一万八到现在没个说法，你们两口子商量商量\n第三方：我不知道这事",
     [(P, "黄娟"), (P, "柴林")], [D]),
    ("app", "third_party", "[租户群] 专员：请问302的小伙子韦伟还住这吗，他手机186 9124 1369一直打不通，有点账没清",
     [(P, "韦伟"), (MB, "186 9124 1369")], [D, U]),
    ("sms", "third_party", "【信和】房东您好，您的租客韦伟，身份证号450103671228700，欠款逾期，请协助提供其新住址。", [
        (P, "韦伟"), (ID, "450103671228700")], [D, U]),
    ("call", "third_party", "坐席：您好，您是殷红梅的邻居吧，她最近是不是住院了，我们看她家一直没人，她那个钱的事你知道吧\n第三方：不知道",
     [(P, "殷红梅")], [D, S]),
    ("app", "third_party", "[业主群] 专员：8栋的业主注意一下，殷女士一家，老公在国企上班，儿子在锦绣中学，欠钱不还的事大家心里有数",
     [], [D, S]),
    ("sms", "third_party", "【汇通】穆建华先生，您儿子穆刚上周在西安北站出现过，他那笔钱的事，您知道多少？", [
        (P, "穆建华"), (P, "穆刚")], [D, S]),
    ("email", "third_party", "To: office@sy3zhong.edu.cn\n主题：协查函\n贵校郝建英老师在我司借款逾期32天，欠款2,460元。"
     "请学校工会协助沟通。", [(EM, "office@sy3zhong.edu.cn"), (P, "郝建英")], [D]),
    ("notice", "third_party", "致青山区第三中学校长室：\n贵校教师郝建英近期在精神卫生中心就诊，并在多个平台逾期，请校方关注其状态。", [
        (P, "郝建英")], [D, S]),
    ("app", "third_party", "[同学群] 专员：大家好，打扰了，滕飞欠我们平台的钱三个月了，他老家住址是兴隆镇滕家庄十五号，认识的帮忙劝劝",
     [(P, "滕飞"), (A, "兴隆镇滕家庄十五号")], [D, X]),
    ("call", "third_party", "坐席：您好，请问是严子航单位吗\n第三方：是，我是他领导\n坐席：他在我们这有笔两万的分期好几个月没还了，您单位管管\n第三方：这是他私事",
     [(P, "严子航")], [D]),
    ("sms", "third_party", "【速融】您好，您的朋友温立军的工资卡6217 0081 8329 2531 530本月无入账，您是否知道他去哪了？", [
        (P, "温立军"), (BC, "6217 0081 8329 2531 530")], [D, S, U]),
    ("app", "third_party", "【国信】您好，您是冉女士的母亲冉桂芳吧，您女儿在我司借款逾期，她还在贵阳租房住，请您劝劝她。", [
        (P, "冉桂芳")], [D]),
    ("call", "third_party", "職員：你好，係咪梁志強老婆？你老公喺我哋度借嘅錢拖咗半年，你叫佢諗諗辦法\n聯絡人：我唔知呀",
     [(P, "梁志強")], [D]),
    ("sms", "third_party", "【信達資融】陳美玲的媽媽您好，她的卡費已逾期兩個月，目前每週都去身心科看診，請家人多關心。", [
        (P, "陳美玲")], [D, S]),
    ("app", "third_party", "[工友群] 专员：伍春生那个人大家认识吧，车间三组的，他姐伍春梅电话我有，都联系不上，谁见到让他把钱还了",
     [(P, "伍春生"), (P, "伍春梅")], [D, X]),
    ("sms", "third_party", "【融达】姚振华的前妻您好，他现在在南昌做夜班保安，每天晚上八点上班，麻烦转告他我们在找他。", [
        (P, "姚振华")], [D, S]),
    ("call", "debtor", "坐席：葛先生，您每天下午五点半去幼儿园接儿子，小班三班，我们都看得到\n客户：你到底想怎样",
     [], [S]),
    ("app", "debtor", "专员：葛先生，您那个抑郁症的诊断书我们看到了，但这不是不还钱的理由\n客户：那是我的隐私",
     [], [S]),
    ("sms", "debtor", "【鼎信】焦先生，您的面部照片和声纹我们已留存，换号也没用，请今天还款。", [], [S]),
    ("call", "debtor", "坐席：童先生，您是残疾人吧，办了残疾证每月有补贴，补贴先拿来还我们\n客户：那点钱是生活费",
     [], [S]),
    ("sms", "debtor", "【融达】姚先生，您每周二四六去人民医院血透中心，我们就在门口等您。", [], [S]),
    ("app", "debtor", "专员：钱女士，您在和睦家做的试管第二次也没成功吧，钱花了不少，可我们的钱也要还\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：阮先生，您上周五在火车站派出所被拘留了三天的事我们知道，别以为换了手机就找不到\n客户：你们查我？",
     [], [S]),
    ("sms", "debtor", "【佳贷】沙女士，您公积金余额62,340元，提取一部分就够还了。", [], [S]),
    ("app", "debtor", "专员：冉女士，您支付宝里那笔定期三万，到期是十二月二十号吧，到了就先还我们\n客户：你们怎么知道",
     [], [S]),
    ("call", "debtor", "坐席：韦先生，您信用卡上个月在万象城消费了八千多，买得起包还不起钱吗\n客户：……",
     [], [S]),
    ("sms", "debtor", "【国信】麦秀云女士，您的身份证440305198504044856、银行卡6226094054880429849均已列入重点关注。", [
        (P, "麦秀云"), (ID, "440305198504044856"), (BC, "6226094054880429849")], [U]),
    ("call", "debtor", "坐席：蓝先生，您这个工行卡六两幺两两六五三三九两四拐五两九九九零，今天下午扣\n客户：扣吧",
     [(BC, "六两幺两两六五三三九两四拐五两九九九零")], [U]),
    ("app", "debtor", "专员：仇女士，这是您的还款二维码，付款账号6033672528085088757，金额1,680元\n客户：好",
     [(BC, "6033672528085088757")], [U]),
    ("sms", "debtor", "【盛源】祁海燕，身份证号码610113199904125597名下借款已逾期，请勿忽视。", [
        (P, "祁海燕"), (ID, "610113199904125597")], [U]),
    ("call", "debtor", "坐席：邢先生，您的护照E三六零八幺九四二，下周去泰国的机票也是您订的吧\n客户：你们查我机票？",
     [(PP, "E三六零八幺九四二")], [S, U]),
    ("app", "debtor", "专员：殷女士，您的手机号码15602492768和您儿子吕博文的手机19142478123我们都存着\n客户：别找孩子",
     [(MB, "15602492768"), (P, "吕博文"), (MB, "19142478123")], [U, X]),
    ("notice", "debtor", "债务告知书\n债务人：严子航\n身份证：410105199702121179\n手机：13657104679\n欠款：20,000元\n"
     "逾期：100天\n案件编号：AH20261206071", [(P, "严子航"), (ID, "410105199702121179"), (MB, "13657104679")], [U]),
    ("email", "debtor", "主题：还款\n左先生：您的手机号码是186-7983-7240对吗？我们之前一直打这个，另外您的卡6212267083166443扣款失败。",
     [(MB, "186-7983-7240"), (BC, "6212267083166443")], [U]),
    ("sms", "debtor", "【汇通】您好，您的借款人手机号13340024276，身份证500112196809155928，欠款1,280元。", [
        (MB, "13340024276"), (ID, "500112196809155928")], [U]),
    ("app", "debtor", "专员：芦先生，您的号码是１５５２５５１１６６４吧，微信没通过，麻烦通过一下\n客户：哦",
     [(MB, "１５５２５５１１６６４")], [U]),
    ("sms", "debtor", "【信和】您好，本司还款专用账户 6222 0292 1820 0846 557（户名：信和资产管理有限公司），转账请备注姓名。", [
        (BC, "6222 0292 1820 0846 557")], []),
    ("sms", "debtor", "【速融】您的借款手机号18254539948已逾期，另联系人电话13547414899也无法接通。", [
        (MB, "18254539948"), (MB, "13547414899")], [U, X]),
    ("call", "debtor", "坐席：您是不是换号了，以前那个幺三五九五零零五四两五，现在打不通\n客户：换了",
     [(MB, "幺三五九五零零五四两五")], [U]),
]


# --- decoys of an identifier's shape, and more names beside them -------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【盛源】您的还款订单12760918842已受理，金额1,200.00元，预计2026-12-08 18:00前到账。", [], []),
    ("app", "debtor", "专员：您的支付流水是 6228 4801 2290 3357，截图发我一下就行，不用再转了\n客户：好的", [], []),
    ("notice", "debtor", "还款协议\n协议编号：3301 0619 9713 2718 445\n分期：6期\n每期：1,120元\n首期：2026年12月28日\n"
     "甲方：盛源消费金融有限公司", [], []),
    ("call", "debtor", "坐席：您记一下工单号，幺二九，零零八二，四四七幺，后面查进度报这个就行\n客户：记了", [], []),
    ("sms", "debtor", "【国信】您好，您的调解案件（2026）粤0304民初18822号将于12月18日14:30在线调解，会议号 882 6153 0947。", [],
     []),
    ("notice", "debtor", "告知函\n致：单立新先生\n地址：沙河口区西安路139号\n您欠款6,300元，逾期45天。另悉您父亲单福海曾任"
     "西安路街道干部，您哥哥单立军在大连港工作，望家人共同督促。", [
        (P, "单立新"), (A, "沙河口区西安路139号"), (P, "单福海"), (P, "单立军")], [X]),
    ("sms", "debtor", "【鼎信】焦俊峰，您的前同事王磊、马晓东都说您已经离职去了广州，发票号码04400211003862170399的报销还没退吧。", [
        (P, "焦俊峰"), (P, "王磊"), (P, "马晓东")], [X]),
    ("call", "debtor", "坐席：滕先生，您爱人李静在省二院当护士长，她电话我也有，您要我们找她吗\n客户：别找她",
     [(P, "李静")], [X]),
    ("app", "debtor", "专员：鄔生，你阿媽鄔陳淑貞住喺黃大仙竹園北邨，我哋都知，筆數你自己諗下\n客戶：唔好搞我屋企人",
     [(P, "鄔陳淑貞"), (A, "黃大仙竹園北邨")], [X]),
    ("email", "debtor", "主题：协商还款\n仇美玲女士：您哥哥仇立强在顺丰速运上班，嫂子秦玉在三中当老师，家人条件都不错，"
     "订单号JD2026113047712的还款请尽快。", [(P, "仇美玲"), (P, "仇立强"), (P, "秦玉")], [X]),
    ("sms", "debtor", "【汇通】严子航，您住在金水区经三路56号，您岳父肖德才也住附近，合同HT20260907015请今天结清。", [
        (P, "严子航"), (A, "金水区经三路56号"), (P, "肖德才")], [X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "Y-ASR-CALLS": ASR_CALLS,
    "Y-SMS-DEBTOR": SMS_DEBTOR,
    "Y-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "Y-THIRD-PARTIES": THIRD_PARTIES,
    "Y-CHATS": CHATS,
    "Y-LETTERS": LETTERS,
    "Y-TRANSFERS": TRANSFERS,
    "Y-REPLIES-AND-EMAIL": REPLIES_AND_EMAIL,
    "Y-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "Y-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "Y-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "Y-MORE-VOICES": MORE_VOICES,
    "Y-DECOYS": DECOYS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
