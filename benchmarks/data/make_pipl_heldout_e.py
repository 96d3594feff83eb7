"""Writes `pipl_heldout_e.jsonl`, the fifth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the notes in `/work/shared/reference/`, the shared
record helpers in `set_format.py`, `audit/vocabulary.py`, and only the opening docstring and the closing
functions of `make_pipl_heldout_d.py` (for the output format); it did not open the recognizers, the PII
analyser, the rule packs, the lexicons, the models, the training data, the tests (other than the set test
it extends) or any other set, and ran no detector, scan or benchmark on these texts. Every entry is its own
text, written from how Chinese lenders, agencies, robot callers and collectors write and speak: deployed SMS
templates with placeholders filled, robot call scripts with keypad answers, human calls as speech-to-text
output (no punctuation, fillers, misheard words), WeChat and app chats, 催收函 / 告知函 / lawyer letters,
e-mail, dialect (Cantonese, Sichuanese, northeastern, Shanghainese) and traditional characters.
Identifiers come in many forms: plain, spaced, dashed or dotted groups, full-width or mixed-width digits,
digits read aloud (幺 洞 两 拐 勾, or 零 一 二); decoys are masked forms (138****5678, 尾号1234), contract,
order, case and waybill numbers of ID-like length, and institutions' own numbers. All people, numbers,
addresses, plates and companies are invented; 18-digit IDs carry valid check characters, 15-digit old IDs
real months, bank cards pass Luhn, USCCs carry their check character, and the script checks the first three
before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; wording and conduct categories are
not labelled; a text whose label the writer was unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (18 digits or an old 15-digit one), bank card number, mobile
  number or passport number of a person, in the sender's or agent's words, in any written or spoken form.
  Not: masked forms, the last digits alone, a lender's landline or service number, contract and order
  numbers, licence plates, USCCs and e-mail addresses (entities, not identifiers here), a customer reading
  out their own number in a call.
- `pii.third_party_disclosure`: the recipient is someone other than the debtor (relative, contact person,
  colleague, employer, school, neighbourhood committee) and the text reveals the debt (amount, overdue
  status, the lender or its product) or the debtor's personal data. A request for a call-back that names
  neither the debt nor the lender is compliant; a message whose recipient is unknown is not labelled so.
- `pii.sensitive` (PIPL Art. 28): the health or treatment of the debtor or relatives (illness, operation,
  hospital department, mental health, pregnancy), disability and other specific identities, religion, a
  criminal record, a minor's name, school or class, whereabouts at a given time and daily routine, and
  financial account details beyond what the message needs (balances, other cards and accounts, salary
  inflows, withdrawals and spending records). Not: the repayment card named by its last digits, the debt itself, a hospital or school
  that only locates an address, 健康 / 平安 in a product's name.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. A full name alone, the agent's own name, the lender's office
  address, or the name of a contact person the debtor registered, named back to the debtor so that they
  can change it, are not excessive.
A customer's own words in a call are never labelled; they still carry entities.
Entities (contract 4a): every string of its type, whoever it belongs to (the agent, a lender's landline or
USCC), exact span, digits read aloud or full-width included; masked forms and 400 / 95 service numbers are
not entities. PERSON is a name a person is called by: full names of two to four characters, compound
surnames, foreign names in characters, given names and nicknames (丽丽, 小王, 老陈); a surname with an
honorific or title (王女士, 陈总, 王老师) is not one. ADDRESS reaches down to a road and number, or a
compound's building; districts, schools, hospitals or malls alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_e`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_e.jsonl"
ID_PREFIX = "PE"

# Deployed SMS templates with their placeholders filled, sent to the debtor.
SMS_TEMPLATES: list[PiplEntry] = [
    ("sms", "debtor", "【安逸分期】尊敬的刘*先生，您尾号6613的借款已逾期12天，应还金额3,486.20元，请于今日登录App还款，"
     "如已还款请忽略。退订回T", [], []),
    ("sms", "debtor", "【鑫融普惠】王*华女士您好，您（身份证号320583198910014786）名下借款合同HT2026031500087已逾期"
     "47天，请尽快处理，避免影响个人征信。", [("CN_ID_CARD", "320583198910014786")], [UNMASKED]),
    ("sms", "debtor", "【小赢卡贷】张*，您的还款账户6222****2205本期扣款失败，请确保账户余额充足，今晚20:00将再次扣款。"
     "拒收请回复R", [], []),
    ("sms", "debtor", "【融易通】陈*您好，经核实您登记的证件号码为４４０３０５２００００４１２１８００，您的账单已逾期，"
     "请于3日内还清欠款1,920元。", [("CN_ID_CARD", "４４０３０５２００００４１２１８００")], [UNMASKED]),
    ("sms", "debtor", "【惠享借】温馨提示：您的借款合同编号202603180000451276已到期未还，剩余应还2,113.05元，"
     "可通过App“我的-还款”操作。回TD退订", [], []),
    ("sms", "debtor", "【佰仟分期】周*兰女士，您绑定的还款卡 6217 0061 8654 4791 184 将于今日18:00再次发起扣款，"
     "请留足余额。", [("CN_BANK_CARD", "6217 0061 8654 4791 184")], [UNMASKED]),
    ("sms", "debtor", "【汇通小贷】系统监测到您尾号3558的工资卡本月10日已入账8,650元，而您的借款仍逾期未还，"
     "请立即主动还款。", [], [SENSITIVE]),
    ("sms", "debtor", "【恒信数科】林*先生，您在我司的借款已逾期，本期应还1,406元，订单号1726033012084471，"
     "请勿忽视。客服021-6187 3320", [("CN_LANDLINE", "021-6187 3320")], []),
    ("sms", "debtor", "【易分花】赵*，您预留的手机号18613207745将收到还款验证码，请于今日内完成还款，逾期将产生罚息。",
     [("CN_MOBILE", "18613207745")], [UNMASKED]),
    ("sms", "debtor", "【优品贷】何*，您本周一到周五每天早上7点50从锦绣华庭出门去地铁站，我们很清楚。欠款3,200元"
     "请今天处理。", [], [SENSITIVE]),
    ("sms", "debtor", "【乐享分期】孙*明，您的账户已逾期，您儿子在实验小学三年级二班，请为孩子考虑，尽快还款。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【和信贷】您好，您身份证尾号0845的借款已逾期9天，请尽快还款。如有疑问请致电客服。", [], []),
    ("sms", "debtor", "【众鑫分期】郑*：您的借款已逾期，您名下另有建设银行储蓄账户余额约1.2万元，"
     "微信零钱3,400余元，请立即还款。", [], [SENSITIVE]),
    ("sms", "debtor", "【信诚普惠】杨*您好，您借款时预留的身份证号码 21010219770707621X 及手机号 13580243971 "
     "已列入重点催收名单，请立即回电。", [("CN_ID_CARD", "21010219770707621X"), ("CN_MOBILE", "13580243971")],
     [UNMASKED]),
    ("sms", "debtor", "【中融小额贷】唐建军先生，您的借款已逾期21天，您的工作单位深圳市华宇精密模具有限公司和家庭住址"
     "宝安区新安街道创业二路88号海天花园7栋1203我司均已掌握，请尽快还款。",
     [("PERSON", "唐建军"), ("ADDRESS", "宝安区新安街道创业二路88号海天花园7栋1203")], [EXCESSIVE]),
    ("sms", "debtor", "【分期乐享】黄*，您的借款已逾期，请于今日还款。还款账户：户名黄*，卡号6259****9809。", [], []),
    ("sms", "debtor", "【速借宝】提醒：吕*您好，您的借款逾期，我司查询到您近期在市第三人民医院精神科就诊，"
     "希望您身体好转后尽快安排还款。", [], [SENSITIVE]),
    ("sms", "debtor", "【汇金分期】罗*女士，您的借款已逾期，我们了解到您目前怀孕六个月，希望您为家人考虑，尽快还款。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【融360借】高*您好，您名下尾号7745的手机号已停机，请更新联系方式并尽快偿还欠款1,200元。", [], []),
    ("sms", "debtor", "【民安金融】尊敬的邓丽娟女士，您的借款已逾期15天，您丈夫刘国平（电话15827730419）和您婆婆"
     "我们都已联系过，请您尽快还款。", [("PERSON", "邓丽娟"), ("PERSON", "刘国平"), ("CN_MOBILE", "15827730419")],
     [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【享借】您好，您于2026-03-02借款5,000元，目前已逾期，如需协商还款方案请致电0755-2688 4106，"
     "工作时间9:00-18:00。", [("CN_LANDLINE", "0755-2688 4106")], []),
    ("sms", "debtor", "【鼎盛普惠】许*，您尾号2476的身份证绑定的借款已逾期，您的护照E48371920也已登记在案，"
     "请勿出境逃避债务。", [("CN_PASSPORT", "E48371920")], [UNMASKED]),
    ("sms", "debtor", "【宜信分期】沈*先生，您的车辆 粤B·7K29M 已被登记为抵押物，如继续逾期将依合同处置，请尽快联系我司。",
     [("CN_LICENSE_PLATE", "粤B·7K29M")], []),
    ("sms", "debtor", "【东方普惠】韩*先生，您车牌苏E·3F8Q2的车辆近一周每晚停在金鸡湖大道1355号国际科技园地下车库，"
     "请尽快还款。", [("CN_LICENSE_PLATE", "苏E·3F8Q2"), ("ADDRESS", "金鸡湖大道1355号国际科技园")], [SENSITIVE]),
    ("sms", "debtor", "【健康宝分期】您购买的“安心健康”体检套餐分期已逾期2期，应还金额398元，请及时还款。退订回T", [],
     []),
    ("sms", "debtor", "【卓越金服】曹*，我司已于3月20日向您邮寄催收函，收件地址为您借款时填写的地址，请注意查收。", [],
     []),
    ("sms", "debtor", "【盛世小贷】谢*，您信佛，每逢初一十五都去灵隐寺上香，欠债不还也说不过去吧？请今日还款。", [],
     [SENSITIVE]),
]

# Robot calls: the script as the dialler's transcript, with the keypad answers.
ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是安逸分期贷后服务中心，请问是刘*先生本人吗？是请按1，不是请按2。\n客户：1\n"
     "坐席：您尾号6613的借款已逾期，应还3,486.20元，请今天内还款，按1转人工，按2结束。", [], []),
    ("call", "debtor", "坐席：您好，这里是鑫融普惠，核对身份，您的身份证号是三二零五八三一九八九一零零一四七八六，"
     "确认请按1。", [("CN_ID_CARD", "三二零五八三一九八九一零零一四七八六")], [UNMASKED]),
    ("call", "unknown", "坐席：您好，本来电来自客户服务中心，请问是陈*本人吗？如果是本人请按1，如果不是本人请按2。\n"
     "客户：2\n坐席：打扰了，请转告陈*回电，谢谢。再见。", [], []),
    ("call", "third_party", "坐席：您好，这里是融易通客服，您是陈俊杰的紧急联系人，陈俊杰在我司的借款已逾期30天，"
     "欠款4,200元，请转告他尽快还款，按1表示已知晓。", [("PERSON", "陈俊杰"), ("PERSON", "陈俊杰")], [DISCLOSURE]),
    ("call", "debtor", "坐席：您好，这里是佰仟分期，系统将从您尾号四七九一一八四的银行卡扣款，同意请按1，"
     "查询账单请按2。", [], []),
    ("call", "debtor", "坐席：温馨提示，您的还款卡号为六两幺拐洞洞六幺八六五四四拐勾幺幺八四，请确认卡内余额充足，"
     "确认请按1。", [("CN_BANK_CARD", "六两幺拐洞洞六幺八六五四四拐勾幺幺八四")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是汇通小贷智能客服，您的借款合同号HT幺两零二六洞三幺八洞洞洞四五已逾期，"
     "请于今天18点前还款，按1转人工。", [], []),
    ("call", "debtor", "坐席：您好，这里是易分花，您预留的联系电话幺三勾洞六幺八拐四五两已经核实，"
     "请您尽快登录App还款，按1确认。", [("CN_MOBILE", "幺三勾洞六幺八拐四五两")], [UNMASKED]),
    ("call", "third_party", "坐席：您好，我们有重要事情需要联系何*，麻烦您转告他回电，号码是"
     "0731-8452 6690，谢谢您。", [("CN_LANDLINE", "0731-8452 6690")], []),
    ("call", "debtor", "坐席：您好，这里是民安金融，您的借款逾期15天，应还6,800元，按1办理还款，"
     "按2申请延期，按3转人工。\n客户：（按键3）", [], []),
    ("call", "third_party", "坐席：您好，这里是民安金融，您的儿媳邓丽娟在我司借款逾期，目前还在市妇幼保健院住院保胎，"
     "请您督促她按时还款。", [("PERSON", "邓丽娟")], [DISCLOSURE, SENSITIVE]),
    ("call", "debtor", "坐席：这里是宜信分期提醒服务，您登记的车牌号粤B七K两九M的车辆为抵押车辆，请按时还款，按1确认。",
     [("CN_LICENSE_PLATE", "粤B七K两九M")], []),
    ("call", "debtor", "坐席：您好，这里是东方普惠。系统显示您的支付宝余额宝有余额一万三千元，请立即还款，按1确认。",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好，请问是吴*吗？是请按1。\n客户：1\n坐席：您的护照号码为E四八三拐幺勾两洞，"
     "如逾期不还将影响出入境，按1确认。", [("CN_PASSPORT", "E四八三拐幺勾两洞")], [UNMASKED]),
]

# Human calls as a speech-to-text vendor delivers them: no punctuation, fillers, misheard words, dialect.
ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你好 请问是周*兰本人吗\n客户：嗯是我\n坐席：那个我这边是佰仟分期的 您这个账单逾期了"
     "一千九百多 今天能处理吗\n客户：我这两天发工资就还", [], []),
    ("call", "debtor", "坐席：喂 王女士是吧 我跟你核对一下啊 你身份证是不是四两洞幺洞六幺勾六六洞六两幺洞拐拐四\n客户：对",
     [("CN_ID_CARD", "四两洞幺洞六幺勾六六洞六两幺洞拐拐四")], [UNMASKED]),
    ("call", "debtor", "坐席：你好 我是汇通小贷的催收专员 我姓蒋 蒋文涛 就是你那个借款的事\n客户：我知道 我在想办法\n"
     "坐席：行 那你这周五之前先还一期 可以吧", [("PERSON", "蒋文涛")], []),
    ("call", "debtor", "坐席：喂 那个 李*是吧 你每天下午四点半去那个育才小学接你女儿 对吧 我们都知道的 钱什么时候还\n"
     "客户：你什么意思", [], [SENSITIVE]),
    ("call", "debtor", "坐席：嗯 核实一下您的卡号啊 六两两五 八八幺六 五洞六拐 三勾两三 是这张卡吗\n客户：是的",
     [("CN_BANK_CARD", "六两两五 八八幺六 五洞六拐 三勾两三")], [UNMASKED]),
    ("call", "debtor", "客户：我的身份证号是六幺洞幺幺三幺勾八两洞三幺六洞四六拐 你查一下\n坐席：好的 查到了 您这笔是"
     "三月份的借款 目前欠款两千三", [("CN_ID_CARD", "六幺洞幺幺三幺勾八两洞三幺六洞四六拐")], []),
    ("call", "debtor", "坐席：喂 你好 这边是恒信数科 那个 林先生是吧 你尾号四幺两幺的那个卡今天扣款没扣成功\n"
     "客户：哦 我换卡了\n坐席：那您在App上改一下绑定卡就行", [], []),
    ("call", "debtor", "坐席：就是说 你上个月做了那个甲状腺的手术嘛 我们也理解 但是你这个钱拖了三个月了 总要给个说法吧",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 张*啊 我跟你说 你老婆丽丽在那个万达广场上班 你儿子豆豆在春蕾幼儿园中一班我们也知道 你自己看着办\n"
     "客户：你们别找我家里人", [("PERSON", "丽丽"), ("PERSON", "豆豆")], [EXCESSIVE, SENSITIVE]),
    ("call", "debtor", "坐席：你的手机号码幺八拐五幺洞两六三三八 这个是你本人在用吧 我们短信发过去你没回\n客户：是我的",
     [("CN_MOBILE", "幺八拐五幺洞两六三三八")], [UNMASKED]),
    ("call", "debtor", "坐席：嗯 您好 我是融易通的 姓欧阳 您叫我小欧就行 您这个账单 嗯 目前逾期二十天 金额是四千二\n"
     "客户：我下周还", [("PERSON", "小欧")], []),
    ("call", "debtor", "坐席：那个 你说你残疾证都办下来了 一级残疾 那也不能不还钱啊 对吧\n客户：我现在真没收入", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：喂 你是不是那个 诸葛亮平 诸葛先生\n客户：我是\n坐席：你好 你在我们这个分期商城的款子逾期了 "
     "今天能还吗", [("PERSON", "诸葛亮平")], []),
    ("call", "debtor", "坐席：你现在住的那个 就是幸福里十二号楼三零二 房东也姓孙吧 你老婆叫孙美玲 在纺织厂上班 你还要我说啥\n"
     "客户：你调查我", [("ADDRESS", "幸福里十二号楼三零二"), ("PERSON", "孙美玲")], [EXCESSIVE]),
    ("call", "debtor", "坐席：您好 请问是谢*先生吗\n客户：对\n坐席：您好 这边是盛世小贷 您的借款逾期五天了 "
     "合同号是两洞两六洞三幺八洞洞洞洞四五幺两拐六 您记一下 方便查询", [], []),
    ("call", "debtor", "坐席：嗯 你之前不是因为那个盗窃进去过嘛 判了两年 出来了就好好做人 欠的钱要还的\n客户：那跟这个有啥关系",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：哎 喂 你好 我们这边查到你在 嗯 那个招商银行还有一张卡 余额有一万多 怎么就不能先还我们的呢",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：那个你确认一下 你的卡号是 ６２２５ ８８１６ ５０６７ ３９２３ 吧 我这边系统显示全的\n客户：嗯",
     [("CN_BANK_CARD", "６２２５ ８８１６ ５０６７ ３９２３")], [UNMASKED]),
    ("call", "debtor", "坐席：喂 陈总是吧 您是鼎盛普惠的客户 您那个借款的事 我姓上官 上官婉清 您叫我小婉\n客户：你说",
     [("PERSON", "上官婉清"), ("PERSON", "小婉")], []),
    ("call", "debtor", "坐席：你昨天晚上十点多还在那个蓝月亮KTV唱歌是吧 有钱唱歌没钱还款\n客户：你们跟踪我", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：您好 您是二零二五年十二月在我们这借的款 合同金额八千 现在逾期四十天 应还八千六百四十\n"
     "客户：我现在失业了\n坐席：理解 那我给您申请一下分期 看能不能分六期", [], []),
    ("call", "debtor", "坐席：喂 老陈啊 我小王啊 那个分期的事你考虑得怎么样了\n客户：小王啊 我下个月一号就还",
     [("PERSON", "老陈"), ("PERSON", "小王"), ("PERSON", "小王")], []),
    ("call", "debtor", "坐席：你妈是不是在那个 县医院做透析 一周三次 我们打听过了 你妈的医药费你都出得起 借的钱还不上\n"
     "客户：你别提我妈", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 您好 我核对一下您的身份信息 身份证号后四位是零四六七 对吗\n客户：对的", [], []),
    ("call", "debtor", "坐席：你那个 你老婆电话 幺五八两拐拐三洞四幺勾 我们也打了 她说不管你的事\n客户：你打她干嘛",
     [("CN_MOBILE", "幺五八两拐拐三洞四幺勾")], [UNMASKED, EXCESSIVE]),
    ("call", "debtor", "坐席：您好 这边是安信金服 您户口本上那个 您的身份证号码是 一三零一零二 一九九九零四零五 零一五七 吗\n"
     "客户：是", [("CN_ID_CARD", "一三零一零二 一九九九零四零五 零一五七")], [UNMASKED]),
    ("call", "debtor", "坐席：王哥 我跟你说实话 你住院那段时间我们没打扰你 现在出院一个月了 能不能先还点\n客户：行吧",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 您好 请问是韩*先生吗\n客户：是我\n坐席：我这边是东方普惠的 跟您确认一下 "
     "您的车牌是苏E三F八Q两 对吧 车是抵押在我们这的\n客户：对", [("CN_LICENSE_PLATE", "苏E三F八Q两")], []),
    ("call", "debtor", "坐席：就是那个 呃 你是信那个基督教的吧 每个礼拜天都去礼拜堂 上帝也不让人欠钱不还啊\n客户：……",
     [], [SENSITIVE]),
]

# WeChat and app chats: the collector's or the lender's customer-service side of the thread.
CHATS: list[PiplEntry] = [
    ("app", "debtor", "刘先生，您好，我是您的专属还款顾问吴佳怡，您的借款已逾期，方便的话今天处理一下，有问题随时找我。",
     [("PERSON", "吴佳怡")], []),
    ("app", "debtor", "核实一下，您身份证：110108 19960112 0845，本人吧？不是本人请告知。",
     [("CN_ID_CARD", "110108 19960112 0845")], [UNMASKED]),
    ("app", "debtor", "你还款卡：6226-0993-2255-1240，今晚扣不到钱明天就转外访了", [("CN_BANK_CARD", "6226-0993-2255-1240")],
     [UNMASKED]),
    ("app", "debtor", "你每天中午12点在公司楼下那家兰州拉面吃饭对吧？我们的同事就在附近。", [], [SENSITIVE]),
    ("app", "debtor", "您好，您的借款已结清，结清证明已发送至您的邮箱zh***@163.com，请注意查收。", [], []),
    ("app", "debtor", "您的工资每个月15号到账，税后9800，还我们2000都不行？", [], [SENSITIVE]),
    ("app", "debtor", "我是鼎盛普惠催收部的，你女儿欣欣在城南中学初二（3）班，我们不想去学校找她，你看着办吧。",
     [("PERSON", "欣欣")], [EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "张*您好，您申请的停息挂账已提交审核，审核结果将在3个工作日内通过短信通知您。", [], []),
    ("app", "debtor", "您好，请提供一下新的联系方式，原来尾号5924的号码已经打不通了。", [], []),
    ("app", "debtor", "马志强，你家就在龙华区民治街道梅龙路1368号金地梅陇镇3栋2单元1601吧，你父亲马德福也住那儿。",
     [("PERSON", "马志强"), ("ADDRESS", "龙华区民治街道梅龙路1368号金地梅陇镇3栋2单元1601"), ("PERSON", "马德福")],
     [EXCESSIVE]),
    ("app", "debtor", "你抑郁症在吃药我们知道，但是债务是另一回事，请你理性面对。", [], [SENSITIVE]),
    ("app", "debtor", "亲，您登记的紧急联系人是司马雯雯（138****2271），如需变更请在App“个人信息”里修改哦。",
     [("PERSON", "司马雯雯")], []),
    ("app", "debtor", "您好，您的借款已逾期。请您提供身份证正反面照片以便核实身份，我们不会外泄您的信息。", [], []),
    ("app", "debtor", "吕先生，您的新护照号E27704381我们已登记，出国前请把账结了。", [("CN_PASSPORT", "E27704381")],
     [UNMASKED]),
    ("app", "debtor", "您上周五晚上在浦东机场T2坐的飞三亚的航班吧？有钱旅游没钱还钱？", [], [SENSITIVE]),
    ("app", "debtor", "还款账户信息：开户行 招商银行上海分行，户名 上海恒信数字科技有限公司，账号请以App内显示为准。", [],
     []),
    ("app", "debtor", "兄弟，你在滴滴上开网约车，车牌沪A·D39271，每天晚上在虹桥那边趴活，我们都清楚。",
     [("CN_LICENSE_PLATE", "沪A·D39271")], [SENSITIVE]),
    ("app", "debtor", "你的社保卡号也是身份证号 ３５０２０３１９６６０５１９６０３２ 吧？我们有你全套资料。",
     [("CN_ID_CARD", "３５０２０３１９６６０５１９６０３２")], [UNMASKED]),
    ("app", "debtor", "你那个老婆在市一医院做护士的吧 叫何晓燕 她知道你借了多少钱吗", [("PERSON", "何晓燕")],
     [EXCESSIVE]),
    ("app", "debtor", "您好，您提交的《困难证明》已收到，我们会尽快为您评估减免方案。", [], []),
    ("app", "debtor", "查到你名下还有一张工行信用卡 6222 6253 7042 4764 591，额度还有好几万，先拿来还我们的。",
     [("CN_BANK_CARD", "6222 6253 7042 4764 591")], [UNMASKED, SENSITIVE]),
    ("app", "debtor", "安娜·彼得罗娃女士，您在我平台的分期已逾期，请尽快还款。如需英文客服请回复EN。",
     [("PERSON", "安娜·彼得罗娃")], []),
    ("app", "debtor", "你儿子小宝读的是阳光幼儿园大二班，每天下午四点放学，你自己掂量。", [("PERSON", "小宝")],
     [EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "杨*，你的手机号 135 8024 3971 已经欠费停机，别以为换号就找不到你。",
     [("CN_MOBILE", "135 8024 3971")], [UNMASKED]),
    ("app", "debtor", "您好，我是处理您账单的催收员，工号E1029，您可以叫我小刘。今天能还一部分吗？", [("PERSON", "小刘")], []),
]

# Messages to people other than the debtor: contacts, relatives, colleagues, employers, neighbours.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【惠享借】您好，您的朋友赵*在我平台借款已逾期32天，欠款5,640元，请转告其尽快还款。", [],
     [DISCLOSURE]),
    ("sms", "third_party", "您好，我们有重要事情需联系钱*，烦请转告其回电0571-8826 9017，谢谢！",
     [("CN_LANDLINE", "0571-8826 9017")], []),
    ("sms", "third_party", "【速借宝】冯晓东的紧急联系人您好：冯晓东身份证号420106196606210774，借款已严重逾期，"
     "请督促还款。", [("PERSON", "冯晓东"), ("PERSON", "冯晓东"), ("CN_ID_CARD", "420106196606210774")],
     [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂 你好 请问你认识那个 郭海涛吗\n联系人：认识啊 我是他表哥\n坐席：哦 那麻烦您让他给我们"
     "回个电话 就说有事找他 谢谢啊", [("PERSON", "郭海涛")], []),
    ("call", "third_party", "坐席：喂 你是郭海涛的表哥是吧 他在我们乐享分期借了一万二 三个月没还了 你跟他说一声\n"
     "联系人：我跟他不熟", [("PERSON", "郭海涛")], [DISCLOSURE]),
    ("sms", "third_party", "【汇金分期】罗*女士的家属您好，罗*在我司分期已逾期，请提醒她按时还款，谢谢配合。", [],
     [DISCLOSURE]),
    ("app", "third_party", "你好，你是方建华的同事吧？他欠我们公司的钱一直不还，你们单位是不是明天发工资？",
     [("PERSON", "方建华")], [DISCLOSURE]),
    ("email", "third_party", "致 深圳市华宇精密模具有限公司人力资源部：\n贵司员工唐建军（身份证号440305200004121800）"
     "在我司借款逾期，欠款本息合计18,760元。请贵司协助督促其还款，或告知其现住址。\n中融小额贷款有限公司 贷后管理部",
     [("PERSON", "唐建军"), ("CN_ID_CARD", "440305200004121800")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：您好 请问这里是宋玉梅家吗\n联系人：是 我是她妈\n坐席：阿姨您好 麻烦您跟宋玉梅说一下 "
     "让她方便的时候回个电话给我们 号码是零二八 八五二六 七七三一\n联系人：好",
     [("PERSON", "宋玉梅"), ("PERSON", "宋玉梅"), ("CN_LANDLINE", "零二八 八五二六 七七三一")], []),
    ("call", "third_party", "坐席：阿姨 您女儿宋玉梅在我们这借的钱逾期四个月了 八千多 您知道吗\n"
     "联系人：啊 她没跟我说过", [("PERSON", "宋玉梅")], [DISCLOSURE]),
    ("sms", "third_party", "您好，您是钟*的紧急联系人，钟*近期电话无法接通，如您方便，请提醒其与我们联系，谢谢。", [], []),
    ("app", "third_party", "你好，我是众鑫分期的，你老公郑伟在我们这有笔账款逾期了，他这几天每天早上六点都在江北劳务市场等活吧？"
     "你让他把钱先还上。", [("PERSON", "郑伟")], [DISCLOSURE, SENSITIVE]),
    ("notice", "third_party", "告知函\n林淑芬女士：\n您的儿子林浩然（身份证号：36010219720122605X，住址：南昌市东湖区"
     "八一大道357号财富广场B座1806）于2025年8月在我司办理个人消费贷款，现已逾期180天，欠款金额26,300元。"
     "请您督促其尽快履行还款义务。\n洪城消费金融有限公司\n2026年3月28日",
     [("PERSON", "林淑芬"), ("PERSON", "林浩然"), ("CN_ID_CARD", "36010219720122605X"),
      ("ADDRESS", "南昌市东湖区八一大道357号财富广场B座1806")], [DISCLOSURE, UNMASKED, EXCESSIVE]),
    ("call", "third_party", "坐席：您好 请问是夏*的家人吗\n联系人：我是她老公 啥事\n坐席：是这样 我们是做客户回访的 "
     "需要跟她本人核实一些信息 麻烦她方便的时候回个电话\n联系人：行", [], []),
    ("call", "third_party", "坐席：你好 你是夏*老公是吧 跟你说一下 她在我们平台借了钱没还 而且她最近在看心理医生 "
     "你多关心关心她\n联系人：你们怎么知道的", [], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【盛世小贷】谢志刚的朋友您好，谢志刚欠款不还，手机号17316605924，请提醒他尽快联系我们。",
     [("PERSON", "谢志刚"), ("PERSON", "谢志刚"), ("CN_MOBILE", "17316605924")], [DISCLOSURE, UNMASKED]),
    ("app", "third_party", "您好，打扰了。请问您最近能联系上黎明辉吗？我们这边有事找他，麻烦让他回个消息，谢谢。",
     [("PERSON", "黎明辉")], []),
    ("app", "third_party", "黎明辉的哥们你好，他欠了我们八千块，人跑了，你知道他住哪吗？知道的话告诉一下，他不还你们也别借他钱。",
     [("PERSON", "黎明辉")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 是杜师傅吗 我想问一下 你们车队那个龚*是不是还在你那儿干\n联系人：在啊 怎么了\n"
     "坐席：没事 麻烦您让他给我回个电话 谢谢", [], []),
    ("call", "third_party", "坐席：喂 杜师傅 我是宜信分期的 你们车队那个龚*他那台车是我们的抵押车 他贷款逾期了 "
     "车牌川A八Z六五幺 他现在开着在哪跑你知道吗\n联系人：我不清楚",
     [("CN_LICENSE_PLATE", "川A八Z六五幺")], [DISCLOSURE]),
    ("sms", "third_party", "【融e通】尊敬的客户，您好！您的亲友邓*将您设为紧急联系人，如需解除请回复JC。", [], []),
    ("email", "third_party", "王老师您好：\n冒昧打扰。贵校初二（3）班学生欣欣的家长彭建国在我司借款逾期已三月有余，"
     "多次联系未果。烦请转告家长与我司联系，电话0755-2688 4106。\n鼎盛普惠 贷后部",
     [("PERSON", "欣欣"), ("PERSON", "彭建国"), ("CN_LANDLINE", "0755-2688 4106")],
     [DISCLOSURE, SENSITIVE, EXCESSIVE]),
    ("call", "third_party", "坐席：你好 你是姚家豪的室友对吧 他是不是每天晚上十一点以后才回宿舍 他欠我们钱 你帮我盯着点\n"
     "联系人：关我什么事", [("PERSON", "姚家豪")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "您好，这里是律所调解中心，有一份与卢*相关的文件需要其本人签收，请转告其致电021-6187 3320。",
     [("CN_LANDLINE", "021-6187 3320")], []),
    ("app", "third_party", "大姐您好，我是小区物业隔壁的，想问下锦绣华庭3栋1202的蒋*在家吗？她借款逾期了我们上门来核实。",
     [("ADDRESS", "锦绣华庭3栋1202")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 你好 是皇甫俊的爸爸吗\n联系人：对 我是\n坐席：叔叔您好 您儿子皇甫俊在我们这借了三万 "
     "他工资卡6212 2604 5079 6111 406上个月还进了一万五 就是不还我们\n联系人：这孩子",
     [("PERSON", "皇甫俊"), ("PERSON", "皇甫俊"), ("CN_BANK_CARD", "6212 2604 5079 6111 406")],
     [DISCLOSURE, UNMASKED, SENSITIVE]),
    ("sms", "third_party", "【安信金服】您好，您登记为罗*的联系人，请您在方便时提醒其查收我司短信，谢谢！", [], []),
    ("notice", "third_party", "致 幸福里社区居委会：\n贵社区居民孙建业（住幸福里12号楼302）在我司贷款逾期，欠款本金"
     "12,000元，请贵居委会协助通知其本人还款。\n特此函告。\n民安金融 2026年4月2日",
     [("PERSON", "孙建业"), ("ADDRESS", "幸福里12号楼302")], [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：您好 我找一下潘*\n联系人：他不在 我是他同事\n坐席：好的 那我晚点再打 打扰了", [], []),
    ("call", "third_party", "坐席：哦 你是他同事啊 那你们公司是不是那个 远洋物流 他欠我们一万多块 是不是又请病假了 "
     "他那个糖尿病还没好\n联系人：这个我不方便说", [], [DISCLOSURE, SENSITIVE]),
    ("app", "third_party", "你好，你是易晓丹的闺蜜吧？帮我带个话，让她回我消息，别的我不多说了。", [("PERSON", "易晓丹")],
     []),
    ("app", "third_party", "你闺蜜易晓丹借了我们三次，现在一分钱不还，她的身份证6１0１１３１９８２０３１６０４６７你看看是不是她。",
     [("PERSON", "易晓丹"), ("CN_ID_CARD", "6１0１１３１９８２０３１６０４６７")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂 请问是卢家吗 我找卢*\n联系人：他出去了\n坐席：那您是他什么人\n联系人：我是他老婆\n"
     "坐席：好的 麻烦让他回来给我回个电话 号码就是这个来电号码 谢谢", [], []),
    ("call", "third_party", "坐席：嫂子 你老公卢*在我们这借的钱 逾期快两个月了 还有他那个尾号八五五八的工资卡 "
     "每个月几号到账你知道吗\n联系人：我不知道", [], [DISCLOSURE, SENSITIVE]),
    ("email", "third_party", "Dear Mr. 大卫·琼斯,\n您好！您的同事欧阳明轩在我司申请的消费分期已逾期60天，"
     "未还金额9,450元。鉴于您是其登记的联系人，请协助转告其尽快处理。\n恒信数科 客户服务部",
     [("PERSON", "大卫·琼斯"), ("PERSON", "欧阳明轩")], [DISCLOSURE]),
]

# Formal letters (催收函, 告知函, lawyer letters) and e-mail to the debtor.
LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：HJFQ-2026-04-0187\n尊敬的罗*女士（身份证号3601**********605X）：\n您于2025年11月"
     "在我司办理的分期业务已逾期62天，截至2026年4月1日欠款本息合计7,412.36元。请于2026年4月15日前通过App或"
     "对公账户还款。如有异议，请致电0791-8662 3057。\n汇金分期服务有限公司（统一社会信用代码91510100LYRRHK7AR7）\n"
     "2026年4月1日", [("CN_LANDLINE", "0791-8662 3057"), ("CN_USCC", "91510100LYRRHK7AR7")], []),
    ("notice", "debtor", "律师函\n致：彭建国先生（身份证号码：130604198412275937）\n本所受鼎盛普惠委托，就您拖欠借款一事"
     "致函如下：截至本函发出之日，您尚欠本金30,000元及相应利息。请于收函后七日内还款或与本所联系协商。\n"
     "北京市明理律师事务所 律师 宁海峰\n联系电话：010-6253 1187",
     [("PERSON", "彭建国"), ("CN_ID_CARD", "130604198412275937"), ("PERSON", "宁海峰"),
      ("CN_LANDLINE", "010-6253 1187")], [UNMASKED]),
    ("notice", "debtor", "还款提醒函\n孟*先生：\n您的借款合同（合同号：JK20251103000218）项下款项已逾期45天，"
     "欠款金额4,860元。请于2026年4月20日前还款。还款方式：App“我的账单”或到我司营业部办理，营业部地址："
     "杭州市西湖区文三路478号华星时代广场A座9楼。\n安信金融服务有限公司 2026年4月5日",
     [("ADDRESS", "杭州市西湖区文三路478号华星时代广场A座9楼")], []),
    ("notice", "debtor", "催告函\n致 白雪峰：\n经我司调查，您现居住于沈阳市和平区南京南街126号华府丹郡2号楼"
     "3单元502室，工作单位为沈阳北方重型机械有限公司，您的配偶白丽娜在和平区某小学任教。您于我司的借款已逾期"
     "90天，请立即还款。\n东北普惠信贷服务中心",
     [("PERSON", "白雪峰"), ("ADDRESS", "沈阳市和平区南京南街126号华府丹郡2号楼3单元502室"),
      ("PERSON", "白丽娜")], [EXCESSIVE]),
    ("notice", "debtor", "逾期还款通知书\n客户姓名：欧阳明轩\n身份证号：5201**********0019\n借款编号：OY-88314\n"
     "逾期天数：60天\n应还金额：9,450.00元\n还款截止日：2026年4月30日\n如对欠款有异议，请于收到本通知后"
     "10日内致电021-6187 3320提出。\n恒信数字科技有限公司（盖章）",
     [("PERSON", "欧阳明轩"), ("CN_LANDLINE", "021-6187 3320")], []),
    ("notice", "debtor", "催收函\n付志勇先生：\n您的借款已逾期。您名下建设银行卡（卡号6227 0096 9874 0873 091）"
     "账户余额不足，我司查询到您另有农商银行账户近期频繁转入资金。请立即还款。\n卓越金服 2026年3月30日",
     [("PERSON", "付志勇"), ("CN_BANK_CARD", "6227 0096 9874 0873 091")], [UNMASKED, SENSITIVE]),
    ("notice", "debtor", "履约提醒函\n尊敬的客户：\n您好！您于我司办理的“安心健康”保险费分期第3期已逾期10天，"
     "金额296元。为免影响保单效力，请尽快缴纳。\n平安健康服务有限公司客户服务部", [], []),
    ("notice", "debtor", "催款通知\n常*女士：\n鉴于您目前处于哺乳期，我司可为您办理三个月的延期还款，"
     "请于4月25日前在App内提交申请。您当前欠款3,200元。\n融360借 贷后服务部", [], [SENSITIVE]),
    ("notice", "debtor", "律师函\n（2026）明理律函字第0426号\n致：叶*女士\n受委托人：众鑫分期服务有限公司"
     "（统一社会信用代码91330106WYFET30N8B）\n您拖欠委托人借款本息共计11,380元，已逾期97天。请于收到本函之日起"
     "十日内清偿，逾期委托人将依法提起诉讼。\n承办律师：车晓磊 电话：0571-8716 2045",
     [("CN_USCC", "91330106WYFET30N8B"), ("PERSON", "车晓磊"), ("CN_LANDLINE", "0571-8716 2045")], []),
    ("notice", "debtor", "上门拜访告知书\n毛*先生：\n根据您的预约，我司工作人员将于4月12日上午10时在我司营业网点"
     "（成都市锦江区红星路三段1号国际金融中心2号楼21层）与您面谈还款方案。\n乐享分期",
     [("ADDRESS", "成都市锦江区红星路三段1号国际金融中心2号楼21层")], []),
    ("notice", "debtor", "催收通知书\n致 范文博（手机：13906187452）：\n您在我司的借款已逾期，我司已掌握您父亲范永年、"
     "母亲李桂英的联系方式及住址，请勿心存侥幸。\n佰仟分期贷后部",
     [("PERSON", "范文博"), ("CN_MOBILE", "13906187452"), ("PERSON", "范永年"), ("PERSON", "李桂英")],
     [UNMASKED, EXCESSIVE]),
    ("notice", "debtor", "逾期告知函\n尊敬的韦*先生：\n您身份证号码为4501**********2864的借款已逾期。因您系"
     "低保户，我司依政策可为您减免部分罚息，请携带低保证明前往营业部办理。\n桂信小额贷款", [], [SENSITIVE]),
    ("notice", "debtor", "债权转让通知书\n致：郝*\n根据《中华人民共和国民法典》第五百四十六条，原债权人速借宝已将其对您"
     "享有的债权转让给华信资产管理有限公司（统一社会信用代码91440300HQEMRHN5DL），请向受让人履行还款义务。"
     "\n2026年4月8日", [("CN_USCC", "91440300HQEMRHN5DL")], []),
    ("notice", "debtor", "催收函\n致 诸葛亮平先生：\n您于我司借款逾期已达半年。您现任职于广州市天河区珠江新城"
     "华夏路10号富力中心的广州博远广告有限公司，完全具备还款能力。\n分期商城贷后中心",
     [("PERSON", "诸葛亮平"), ("ADDRESS", "广州市天河区珠江新城华夏路10号富力中心")], [EXCESSIVE]),
    ("email", "debtor", "主题：您的账单逾期提醒\n尊敬的殷*先生：\n您的分期账单已逾期5天，应还金额1,066.80元。"
     "您可登录App完成还款，或回复本邮件预约客服回电。\n此邮件由系统发送，请勿直接转发。", [], []),
    ("email", "debtor", "主题：还款确认\n罗*女士您好：\n我们已收到您尾号9809的银行卡于4月3日转入的还款2,000元，"
     "剩余欠款5,412.36元。\n汇金分期 客户服务 service@huijin-fq.cn",
     [("EMAIL", "service@huijin-fq.cn")], []),
    ("email", "debtor", "主题：关于您借款的最后通知\n钱海波：\n你的身份证 230103197906065214、银行卡 "
     "6221 5077 6685 0515 164、手机 158 2773 0419 我们都有备案，别以为换了号就躲得掉。\n速借宝贷后",
     [("PERSON", "钱海波"), ("CN_ID_CARD", "230103197906065214"), ("CN_BANK_CARD", "6221 5077 6685 0515 164"),
      ("CN_MOBILE", "158 2773 0419")], [UNMASKED]),
    ("email", "debtor", "主题：协商还款方案\n付先生：\n根据您4月2日来电所述，您因身体原因暂时无法工作，"
     "现为您提供以下方案……（附件：还款计划表.pdf）\n如有疑问，请联系 fu.case@zhuoyue-fin.com",
     [("EMAIL", "fu.case@zhuoyue-fin.com")], []),
    ("email", "debtor", "主题：Overdue reminder / 逾期提醒\nDear 约翰·史密斯,\nYour instalment of RMB 2,300 is 14 "
     "days overdue. 您的分期已逾期14天，请尽快还款。Passport on file: E15529073.\nEasyPay Consumer Finance",
     [("PERSON", "约翰·史密斯"), ("CN_PASSPORT", "E15529073")], [UNMASKED]),
    ("email", "debtor", "主题：账户变动提醒\n您好，您的借款账户本月有一笔还款未成功，请检查绑定卡余额。本邮件发送至"
     "z***g@qq.com，如非本人请忽略。", [], []),
    ("email", "debtor", "主题：再不还款后果自负\n易晓丹你好，你在杭州滨江区江南大道3850号创新大厦的公司我们已经知道了，"
     "你男朋友周子航在哪上班我们也清楚。", [("PERSON", "易晓丹"), ("ADDRESS", "杭州滨江区江南大道3850号创新大厦"),
                               ("PERSON", "周子航")], [EXCESSIVE]),
    ("email", "debtor", "主题：您的结清证明\n尊敬的客户，您的借款已全部结清，结清证明见附件。如需纸质版，"
     "请致信 zhengming@anxin-jr.com.cn 并注明借款编号。", [("EMAIL", "zhengming@anxin-jr.com.cn")], []),
    ("email", "debtor", "主题：核对信息\n庞*您好，请核对您在我司登记的信息：姓名庞*，证件号码４１０１０５１９６９０１１５２４７６，"
     "如有误请回复更正。", [("CN_ID_CARD", "４１０１０５１９６９０１１５２４７６")], [UNMASKED]),
    ("email", "debtor", "主题：逾期提醒\n您好，您的借款已逾期3天。我们注意到您最近在妇产医院产检，"
     "如需延期请在App申请。", [], [SENSITIVE]),
]

# Dialect (Cantonese, Sichuanese, northeastern, Shanghainese) and traditional characters, spoken or typed.
DIALECTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你系咪陈*啊 我哋系融易通嘅 你笔数过咗期一个月喇 几时还呀\n客户：下个礼拜啦", [], []),
    ("call", "debtor", "坐席：你张身份证号码系 四四幺九洞洞 两洞洞洞幺洞幺拐 两四两X 冇错嘛 我哋全部有晒记录",
     [("CN_ID_CARD", "四四幺九洞洞 两洞洞洞幺洞幺拐 两四两X")], [UNMASKED]),
    ("app", "debtor", "你老婆阿芳喺东莞长安镇嗰间电子厂返工，你个仔喺镇中心小学读三年级，我哋乜都知㗎，快啲还钱啦。",
     [("PERSON", "阿芳")], [EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【港信財務】陳*先生，閣下之分期貸款已逾期15日，尚欠港幣4,800元，請盡快還款。查詢請致電客戶服務熱線。",
     [], []),
    ("sms", "debtor", "【匯豐分期】李*華女士，閣下尾號3923之信用卡賬戶已逾期，最低還款額為人民幣512元，請於3日內繳付。", [],
     []),
    ("sms", "debtor", "【永隆信貸】黃志偉先生，閣下身份證號碼44190020001017242X之貸款已逾期，閣下於觀塘成業街7號寧晉中心"
     "之辦公室地址我司亦已記錄。", [("PERSON", "黃志偉"), ("CN_ID_CARD", "44190020001017242X"),
                        ("ADDRESS", "觀塘成業街7號寧晉中心")], [UNMASKED, EXCESSIVE]),
    ("app", "third_party", "喂，你係咪黃志偉個細佬？佢喺我哋度借咗三萬蚊，而家走佬，你叫佢快啲還錢。",
     [("PERSON", "黃志偉")], [DISCLOSURE]),
    ("call", "debtor", "坐席：喂 你是不是那个 刘*哦 你那个钱好久还嘛 拖起拖起的 今天必须给个说法哈\n客户：我晓得 我在凑",
     [], []),
    ("call", "debtor", "坐席：你娃儿在那个 成都七中育才初一五班读书嘛 我们晓得的 你自己好生想一哈\n客户：你们要干啥子",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：你一天到黑在那个 春熙路那边茶馆里头打麻将 下午两点到晚上十点 有钱打牌没钱还账嗦", [],
     [SENSITIVE]),
    ("call", "third_party", "坐席：嬢嬢 你屋头那个侄儿子何家俊 在我们这借了钱 逾期好几个月了 你帮到说一哈嘛\n联系人：我管不到他",
     [("PERSON", "何家俊")], [DISCLOSURE]),
    ("call", "debtor", "坐席：你那个手机号 幺三五 八洞两四 三勾拐幺 是你自己的嘛 咋个一直不接电话喃",
     [("CN_MOBILE", "幺三五 八洞两四 三勾拐幺")], [UNMASKED]),
    ("call", "debtor", "坐席：老铁 你那钱啥时候还啊 都拖俩月了 别整那没用的 今儿个先还一千行不\n客户：行行行 下午就还", [],
     []),
    ("call", "debtor", "坐席：你媳妇儿王翠花在那嘎达超市当收银员 你老丈人王德贵的电话我这都有 你寻思寻思吧\n客户：你啥意思",
     [("PERSON", "王翠花"), ("PERSON", "王德贵")], [EXCESSIVE]),
    ("call", "debtor", "坐席：你那身份证号是不是 二三零一零三 一九七九零六零六 五二一四 嘎哈不吱声呢",
     [("CN_ID_CARD", "二三零一零三 一九七九零六零六 五二一四")], [UNMASKED]),
    ("call", "third_party", "坐席：大姐 你是赵*他姐吧 你老弟在我们这贷款逾期了 一万五 你帮着劝劝呗\n联系人：他都多少年不跟家里联系了",
     [], [DISCLOSURE]),
    ("call", "debtor", "坐席：你那病是不是肝硬化啊 住院住了俩礼拜吧 那也得还钱啊 不能赖着", [], [SENSITIVE]),
    ("call", "debtor", "坐席：侬好 我是恒信数科个 侬个账单逾期了 今朝好还伐\n客户：今朝还勿出 下礼拜好伐\n"
     "坐席：好额 那侬下礼拜一定要还脱哦", [], []),
    ("call", "debtor", "坐席：侬每日夜里向九点钟勒中山公园门口跑步 对伐 阿拉看到过侬额", [], [SENSITIVE]),
    ("app", "debtor", "zhang*，你的sfz号 ３１０１１５ １９７８０３０４ ５４００ 我们这有，别装死。",
     [("CN_ID_CARD", "３１０１１５ １９７８０３０４ ５４００")], [UNMASKED]),
    ("app", "debtor", "你的卡号 6２5８-07５6-９0５1-２4３7 还绑着呢，别以为注销了就没事。",
     [("CN_BANK_CARD", "6２5８-07５6-９0５1-２4３7")], [UNMASKED]),
    ("app", "debtor", "哥，你那个 18751026338 咋停机了？换号了说一声，咱好商量。", [("CN_MOBILE", "18751026338")],
     [UNMASKED]),
    ("sms", "debtor", "【小赢卡贷】賈*先生，您於我司之借款已逾期7日，應還金額1,250元，請及時還款，退訂回T。", [], []),
    ("call", "debtor", "坐席：喂 你是不是那个 申屠浩然 申屠先生 我这边是安信金服的 你的借款今天到期 提醒一下\n客户：好的",
     [("PERSON", "申屠浩然")], []),
]

# More messages to the debtor: personal data the message needs or does not, identifiers in further forms.
DEBTOR_MORE: list[PiplEntry] = [
    ("sms", "debtor", "【安信金服】您申请邮寄的结清证明将于今日寄出，收件人：甘志远，地址：合肥市蜀山区长江西路669号"
     "国际花园5栋801，请注意查收。", [("PERSON", "甘志远"), ("ADDRESS", "合肥市蜀山区长江西路669号国际花园5栋801")], []),
    ("sms", "debtor", "【乐享分期】根据您的预约，我司外访专员将于4月18日14:00到您登记的住址与您面谈还款方案，"
     "届时请保持电话畅通。", [], []),
    ("sms", "debtor", "【速借宝】甘志远，你在合肥市蜀山区长江西路669号国际花园5栋801住，你老婆在省立医院上班，"
     "欠的钱再不还我们就过去。", [("PERSON", "甘志远"), ("ADDRESS", "合肥市蜀山区长江西路669号国际花园5栋801")],
     [EXCESSIVE]),
    ("app", "debtor", "常欣怡，你在苏州工业园区星湖街328号创意产业园的那家公司做会计是吧？你们老板叫陶建平。",
     [("PERSON", "常欣怡"), ("ADDRESS", "苏州工业园区星湖街328号创意产业园"), ("PERSON", "陶建平")], [EXCESSIVE]),
    ("sms", "debtor", "【金瑞分期】戴*先生，您的借款已逾期。您的老身份证号320102680415213仍在我司系统中，请更新证件信息。",
     [("CN_ID_CARD", "320102680415213")], [UNMASKED]),
    ("call", "debtor", "坐席：您那个是老身份证 十五位的 我念一下 四四零一零四 七三幺幺洞两 洞五八 对吧\n客户：对 一直没换",
     [("CN_ID_CARD", "四四零一零四 七三幺幺洞两 洞五八")], [UNMASKED]),
    ("app", "debtor", "核对一下：证件号510103.650723.191（旧版15位），姓名蒲*，如无误请回复1。",
     [("CN_ID_CARD", "510103.650723.191")], [UNMASKED]),
    ("notice", "debtor", "欠款确认书\n债务人：傅*\n身份证号：210203590917026\n截至2026年3月31日，债务人尚欠本金5,000元。"
     "\n请债务人核对后签字寄回。", [("CN_ID_CARD", "210203590917026")], [UNMASKED]),
    ("sms", "debtor", "【汇通小贷】尊敬的客户，您的运单号SF1402 6871 3325已签收，内含您申请的还款协议，请签字后寄回。", [],
     []),
    ("sms", "debtor", "【众鑫分期】案件编号（2026）浙0106民诉前调3318号，您的借款纠纷已进入诉前调解，调解员将与您联系。", [],
     []),
    ("call", "debtor", "坐席：喂 你好 我是汇通小贷的 你是不是柏*啊 你那个 嗯 试管婴儿做了两次没成功 我们也挺同情的 "
     "但是钱还是得还\n客户：你们怎么知道这些", [], [SENSITIVE]),
    ("app", "debtor", "你爸在肿瘤医院化疗，你天天往医院跑，没空还钱是吧？", [], [SENSITIVE]),
    ("app", "debtor", "知道你刚从戒毒所出来，找工作不容易，但欠款总要还的。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你是回族吧 每个礼拜五中午都去清真寺做礼拜 我们就在那附近等你\n客户：……", [], [SENSITIVE]),
    ("app", "debtor", "我们查过了，你去年因为醉驾被拘留过十五天，有案底的人还这么不讲信用？", [], [SENSITIVE]),
    ("app", "debtor", "您好，您的借款已逾期，如您因疾病、失业等原因还款困难，可在App提交材料申请延期或分期。", [], []),
    ("sms", "debtor", "【融360借】您好，您在我司的借款逾期，您的公积金账户余额46,380元，社保连续缴纳"
     "52个月，您完全具备还款能力。", [], [SENSITIVE]),
    ("app", "debtor", "你那个孩子有自闭症在康复中心做训练，一个月好几千，你宁愿花这个钱也不还我们？", [], [SENSITIVE]),
    ("sms", "debtor", "【易分花】车*先生，您的分期已逾期，请尽快还款。门店地址：郑州市金水区花园路39号"
     "（省人民医院对面）。", [("ADDRESS", "郑州市金水区花园路39号")], []),
    ("app", "debtor", "你老公郑伟的手机 173.1660.5924 我们打过了，你公公郑长林也知道了，你还想瞒多久？",
     [("PERSON", "郑伟"), ("CN_MOBILE", "173.1660.5924"), ("PERSON", "郑长林")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【民安金融】邓丽娟，你家住在长沙市岳麓区麓山南路932号麓山小区8栋，再不还钱我们就寄材料到你家楼下。",
     [("PERSON", "邓丽娟"), ("ADDRESS", "长沙市岳麓区麓山南路932号麓山小区8栋")], [EXCESSIVE]),
    ("app", "debtor", "小芳，我是东方普惠的老周，你那账上个月没还，这个月一起还吧，有啥困难跟我说。",
     [("PERSON", "小芳"), ("PERSON", "老周")], []),
    ("app", "debtor", "你舅舅叫段长青，在县交通局上班，电话13906187452，要不要我们去他单位聊聊？",
     [("PERSON", "段长青"), ("CN_MOBILE", "13906187452")], [EXCESSIVE, UNMASKED]),
    ("email", "debtor", "主题：逾期提醒\n聂海燕女士：\n您的借款已逾期。经查，您目前就职于武汉光谷生物城高新大道666号的"
     "武汉康达医药有限公司，您女儿聂小雨就读于光谷第二小学。请尽快还款。",
     [("PERSON", "聂海燕"), ("ADDRESS", "武汉光谷生物城高新大道666号"), ("PERSON", "聂小雨")], [EXCESSIVE, SENSITIVE]),
    ("call", "debtor", "坐席：喂 你好 请问是柯*吗\n客户：是\n坐席：我这边是优品贷 我叫端木青 您的账单逾期三天 "
     "金额是六百二十八 今天方便处理吗\n客户：可以", [("PERSON", "端木青")], []),
    ("call", "debtor", "坐席：那个 你现在是不是在那个 中山大学附属第三医院 产科住院 预产期是下个月吧\n客户：你们怎么查到的",
     [], [SENSITIVE]),
    ("sms", "debtor", "【和信贷】祁*您好，您的借款已逾期，请尽快还款。如需人工服务，请拨打我司客服电话"
     "0512-6762 3481转8。", [("CN_LANDLINE", "0512-6762 3481")], []),
    ("sms", "debtor", "【和信贷】祁国栋，你爸祁永福、你妈赵桂兰、你哥祁国梁的电话我们全都有，不还钱就一个个打。",
     [("PERSON", "祁国栋"), ("PERSON", "祁永福"), ("PERSON", "赵桂兰"), ("PERSON", "祁国梁")], [EXCESSIVE]),
    ("app", "debtor", "您好，您的结清证明需要提供收件人和地址，请在App“我的-证明开具”中填写。", [], []),
    ("call", "debtor", "坐席：您好 这边是佰仟分期 您的家庭住址是不是还是 青岛市市南区香港中路 八号 三号楼两单元 "
     "我们要寄一份对账单给您 您看对吗\n客户：对 还是那里", [("ADDRESS", "青岛市市南区香港中路 八号 三号楼两单元")],
     []),
]

# More messages to third parties: what a contact, a relative or an employer is told.
THIRD_PARTIES_MORE: list[PiplEntry] = [
    ("sms", "third_party", "【佰仟分期】范文博的父亲您好，您儿子在我司借款已逾期78天，欠款9,870元，请督促其还款。", [("PERSON", "范文博")],
     [DISCLOSURE]),
    ("sms", "third_party", "【汇通小贷】您好，您的同事柏*在我司有一笔贷款逾期未还，请提醒其尽快处理，谢谢配合。", [], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好 这里是速借宝 您是冯晓东的紧急联系人 他的借款已经逾期两个月了 请您转告他\n"
     "联系人：我就是他一个老同学", [("PERSON", "冯晓东")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 请问是聂海燕的单位吗 我找一下你们人事\n联系人：我就是人事 什么事\n坐席：聂海燕在我们这"
     "有一笔消费贷款逾期了 我们联系不上她本人 麻烦你们单位配合一下", [("PERSON", "聂海燕"), ("PERSON", "聂海燕")],
     [DISCLOSURE]),
    ("app", "third_party", "【群消息】各位家长好，本群家长付志勇欠我公司借款两万余元拒不归还，其手机号码13906187452，"
     "请大家认清此人。", [("PERSON", "付志勇"), ("CN_MOBILE", "13906187452")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "您好，您的朋友马志强（身份证6２０１０２１９７１０６２２６４６９）在我司借款逾期，"
     "他目前住在龙华区梅龙路1368号，请督促还款。", [("PERSON", "马志强"),
                                  ("CN_ID_CARD", "6２０１０２１９７１０６２２６４６９"), ("ADDRESS", "龙华区梅龙路1368号")],
     [DISCLOSURE, UNMASKED, EXCESSIVE]),
    ("call", "third_party", "坐席：喂 您好 请问您是晏红的家人吗\n联系人：我是她妹妹\n坐席：好的 我们这边有点事情要联系她 "
     "麻烦您转告她尽快回电 谢谢\n联系人：好", [("PERSON", "晏红")], []),
    ("call", "third_party", "坐席：你是晏红妹妹是吧 你姐在我们这借了一万 现在人在哪我们也找不到 听说她在精神病院住着呢\n"
     "联系人：你别乱说", [("PERSON", "晏红")], [DISCLOSURE, SENSITIVE]),
    ("email", "third_party", "主题：关于贵司员工的欠款事宜\n远洋物流有限公司行政部：\n贵司员工潘立新拖欠我司借款本息"
     "14,620元，其银行卡号6214 8381 0365 7906，工资卡账户每月10日入账。请贵司协助代扣。\n汇通小贷 法务部",
     [("PERSON", "潘立新"), ("CN_BANK_CARD", "6214 8381 0365 7906")], [DISCLOSURE, UNMASKED, SENSITIVE]),
    ("app", "third_party", "你好，你是蒋文静的房东吧？她欠我们钱跑了，你那套房子租给她签合同时留的身份证复印件能拍给我们看看吗？",
     [("PERSON", "蒋文静")], [DISCLOSURE]),
    ("sms", "third_party", "【分期乐享】黄*的紧急联系人您好，黄*的分期账单已逾期，应还金额3,312元，可协助其通过App还款。", [],
     [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 老板你好 你们店里是不是有个叫小芳的服务员 她在我们这借了钱 欠了三千多没还\n"
     "联系人：我们店没这个人", [("PERSON", "小芳")], [DISCLOSURE]),
    ("app", "third_party", "您好，我们是鑫融普惠，请问您是王秀华的女儿吗？您母亲的借款已经逾期，她说她最近在做化疗，"
     "我们也理解，但希望您能代为处理。", [("PERSON", "王秀华")], [DISCLOSURE, SENSITIVE]),
    ("notice", "third_party", "协助还款告知书\n致 甘志远 亲属：\n甘志远于2025年6月向我司借款20,000元，现已逾期，"
     "其登记住址为合肥市蜀山区长江西路669号国际花园5栋801，工作单位为合肥恒通电子有限公司。请协助督促还款。",
     [("PERSON", "甘志远"), ("PERSON", "甘志远"), ("ADDRESS", "合肥市蜀山区长江西路669号国际花园5栋801")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂 请问是祁永福吗\n联系人：是我\n坐席：您好 这里是和信贷 您儿子祁国栋借款逾期 "
     "他身份证是幺三洞幺洞两幺勾勾勾洞四洞五洞幺五拐 您核对一下是不是您儿子",
     [("PERSON", "祁永福"), ("PERSON", "祁国栋"), ("CN_ID_CARD", "幺三洞幺洞两幺勾勾勾洞四洞五洞幺五拐")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【优品贷】您好，何*将您留为联系人，我们暂时无法联系到他，如您方便请提醒他查看短信，谢谢。", [], []),
    ("app", "third_party", "你好，我是你们小区群里的，你们楼3单元那个叫吕建波的，欠网贷不还，大家注意点，别借钱给他。",
     [("PERSON", "吕建波")], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好 是诸葛亮平的太太吗 他的账单逾期了 您知道他最近在哪吗 听说他每天晚上在体育西路那边"
     "跑代驾\n联系人：我们分居了", [("PERSON", "诸葛亮平")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【恒信数科】林*先生的同事您好，林*先生的车辆贷款已逾期，其车牌号浙A·5L7P3，如您见到该车，"
     "请联系我司。", [("CN_LICENSE_PLATE", "浙A·5L7P3")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 是杜师傅吗 就上次说的那个事 你跟龚*说了没 让他给我回电话\n联系人：说了\n坐席：好 谢谢您啊",
     [], []),
]

# More messages to the debtor, in every register.
MIXED: list[PiplEntry] = [
    ("sms", "debtor", "【卓越金服】付*，您的借款逾期，您名下交通银行信用卡本月消费记录显示您在澳门有多笔大额支出，"
     "请立即还款。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好 请问是蒲*吗 您在我们这登记的邮箱是 puxiaoyu1990@163.com 我们把账单发过去了 您查收一下",
     [("EMAIL", "puxiaoyu1990@163.com")], []),
    ("app", "debtor", "你跟你前妻刘晓梅离婚的时候房子归她了吧？她现在住滨湖区蠡湖大道2006号，我们可以去问问她。",
     [("PERSON", "刘晓梅"), ("ADDRESS", "滨湖区蠡湖大道2006号")], [EXCESSIVE]),
    ("sms", "debtor", "【惠享借】您的借款已逾期，请于今日还款。您的还款专员：欧阳晓晓，工号HX0317，联系电话0571-8826 9017。",
     [("PERSON", "欧阳晓晓"), ("CN_LANDLINE", "0571-8826 9017")], []),
    ("app", "debtor", "您好，我们已按您的要求将还款日改为每月20日，您的还款卡尾号仍为3558，请留意。", [], []),
    ("call", "debtor", "坐席：喂 你卡号我念给你听 六两两七 洞洞九六 九八拐四 洞八拐三 洞九幺 你自己去查查余额\n客户：别念了",
     [("CN_BANK_CARD", "六两两七 洞洞九六 九八拐四 洞八拐三 洞九幺")], [UNMASKED]),
    ("app", "debtor", "你爱人何晓燕，电话15827730419，在市一医院心内科当护士，你要不要我们去科室找她聊聊？",
     [("PERSON", "何晓燕"), ("CN_MOBILE", "15827730419")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【东方普惠】韩*先生，您的车贷已逾期，车辆GPS显示该车今日上午9:20至11:40停放于吴中区宝带西路"
     "1188号停车场。请立即还款。", [("ADDRESS", "吴中区宝带西路1188号")], [SENSITIVE]),
    ("app", "debtor", "你不是天天去教堂做弥撒吗？神父知道你欠钱不还吗？", [], [SENSITIVE]),
    ("email", "debtor", "主题：还款通知\n尊敬的用户：您的身份证号码 ５２０１０２ １９９６ ０３２５ ００１９ 已完成实名认证，"
     "您的借款将于4月15日到期，请按时还款。", [("CN_ID_CARD", "５２０１０２ １９９６ ０３２５ ００１９")],
     [UNMASKED]),
    ("call", "debtor", "坐席：嗯 你那个 就是 你是不是有那个 艾滋病啊 我们这边资料上显示你在疾控中心那边拿药\n"
     "客户：你胡说什么", [], [SENSITIVE]),
    ("sms", "debtor", "【速借宝】冯*，您的借款已逾期30天，请注意：您的账户余额宝目前有8,200元，微众银行活期2,300元，"
     "足以还款。", [], [SENSITIVE]),
    ("app", "debtor", "骆文斌，你在昆明市五华区东风西路123号三合营8号创意园上班，老板姓陈，你自己不要脸我们可以帮你宣传。",
     [("PERSON", "骆文斌"), ("ADDRESS", "昆明市五华区东风西路123号三合营8号创意园")], [EXCESSIVE]),
    ("sms", "debtor", "【和信贷】祁*您好，您的借款合同号为 2026 0412 8804 1521 37，请妥善保存以便查询。", [], []),
    ("call", "debtor", "坐席：你护照号 E 一五五 二九 零七三 签证去泰国了吧 回来记得还钱\n客户：你们怎么知道我去泰国",
     [("CN_PASSPORT", "E 一五五 二九 零七三")], [UNMASKED, SENSITIVE]),
    ("app", "debtor", "尊敬的客户，您本次还款的验证码已发送至手机182****6610，请在5分钟内输入。", [], []),
    ("app", "debtor", "你儿子叫方浩宇吧？在实验中学高一（七）班，班主任姓周，我们找过了。",
     [("PERSON", "方浩宇")], [EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【金瑞分期】冯*先生，您的借款逾期，您的父亲冯晓红（13580243971）、弟弟冯建民（18751026338）"
     "已收到通知。", [("PERSON", "冯晓红"), ("CN_MOBILE", "13580243971"), ("PERSON", "冯建民"),
                    ("CN_MOBILE", "18751026338")], [UNMASKED, EXCESSIVE]),
    ("call", "debtor", "坐席：您好 我是恒信数科的 工号幺洞两九 关于您四月份的账单 目前显示您已经还清 "
     "给您来电是做个回访 感谢您的配合\n客户：好的", [], []),
    ("app", "debtor", "你这个月在美团上点了23次外卖，每天晚上11点多还在点烧烤，日子过得挺滋润啊。", [], [SENSITIVE]),
    ("sms", "debtor", "【乐享分期】温馨提示：您在我平台购买的“健康守护”手环分期已结清，感谢您的信任。", [], []),
    ("notice", "debtor", "诉前通知\n致 龚建新（身份证号 510107 2000 1111 9012，车牌川A8Z651）：\n您的车辆抵押贷款"
     "逾期已逾90天，我司拟向人民法院提起诉讼并申请保全抵押车辆。\n宜信分期服务有限公司",
     [("PERSON", "龚建新"), ("CN_ID_CARD", "510107 2000 1111 9012"), ("CN_LICENSE_PLATE", "川A8Z651")],
     [UNMASKED]),
    ("app", "debtor", "你女朋友叫玛丽亚·冈萨雷斯对吧，外国人，在你们公司当翻译，她的微信我们也加上了。",
     [("PERSON", "玛丽亚·冈萨雷斯")], [EXCESSIVE]),
    ("call", "debtor", "坐席：我跟你说 你那个 每个月去 华西医院 肾内科 复查 时间我们都清楚 十五号上午嘛\n客户：你们想怎样",
     [], [SENSITIVE]),
    ("sms", "debtor", "【小赢卡贷】张*，您的借款已逾期，您的手机号码1８６ １３２０ ７７４５将被列入失信催收名单。",
     [("CN_MOBILE", "1８６ １３２０ ７７４５")], [UNMASKED]),
    ("app", "debtor", "您好，因您已申请个人破产重整咨询，我们已暂停催收，后续由法务专员宁海峰与您联系。",
     [("PERSON", "宁海峰")], []),
    ("call", "debtor", "坐席：你爸那个 帕金森 在家躺着 你妈天天伺候 你还有心思借钱去赌\n客户：我没赌", [], [SENSITIVE]),
    ("app", "debtor", "戴志明，你在南京市鼓楼区中山北路283号的那个门面，你老婆管账，你女婿开车，我们都知道。",
     [("PERSON", "戴志明"), ("ADDRESS", "南京市鼓楼区中山北路283号")], [EXCESSIVE]),
    ("sms", "debtor", "【汇金分期】您好，您的借款已逾期，您本人身份证号码为：三六零一零二一九七二零一二二六零五X，"
     "请携带身份证到营业厅办理。", [("CN_ID_CARD", "三六零一零二一九七二零一二二六零五X")], [UNMASKED]),
    ("app", "debtor", "你上礼拜三下午3点在江北万达那家工商银行ATM取了两千块，这钱够还一期了。", [], [SENSITIVE]),
    ("email", "debtor", "主题：账单提醒\n尊敬的Mr. 托马斯·穆勒：\nYour card ending 9387 is overdue. 您尾号9387的信用卡"
     "账单已逾期，请及时还款。如需帮助请联系 cs@easypay-cf.com", [("PERSON", "托马斯·穆勒"),
                                                          ("EMAIL", "cs@easypay-cf.com")], []),
    ("call", "debtor", "坐席：先生您好 我是安信金服的 您尾号幺幺两九的账单 逾期三天 金额五百二十八 我先跟您确认下 "
     "您是程*本人吧\n客户：是", [], []),
    ("app", "debtor", "车牌号鲁B·3H6J8，这是你的车吧？我们的人已经在你公司停车场看到了，每天停B2层。",
     [("CN_LICENSE_PLATE", "鲁B·3H6J8")], [SENSITIVE]),
]

# Last additions: spoken and mixed identifiers, robot calls to contacts, further sensitive facts.
LAST: list[PiplEntry] = [
    ("call", "debtor", "坐席：你记一下啊 你那个绑定的手机 幺三八 0两七四 五5六幺 是不是已经不用了\n客户：早不用了",
     [("CN_MOBILE", "幺三八 0两七四 五5六幺")], [UNMASKED]),
    ("call", "third_party", "坐席：您好，这里是佰仟分期智能语音，您的亲友范*在我司的分期已逾期，欠款9,870元，"
     "请您督促其还款，按1表示愿意转告，按2表示不认识。\n联系人：2", [], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好，这里是易分花提醒服务，赵*将您设为紧急联系人，其借款已逾期，"
     "请转告其登录App处理，按1确认。", [], [DISCLOSURE]),
    ("sms", "debtor", "【鼎盛普惠】许*，你女儿在市儿童医院血液科住院，我们也不想在这个时候打扰，但欠款8,000元今天必须处理。",
     [], [SENSITIVE]),
    ("app", "debtor", "你的卡 6236 6877 4019 4101 437 今天进账3000，你转走了，当我们看不见？",
     [("CN_BANK_CARD", "6236 6877 4019 4101 437")], [UNMASKED, SENSITIVE]),
    ("app", "debtor", "邱海洋，你现在在深圳南山区科技园科苑路15号科兴科学园B栋的那家游戏公司上班，我们打过你们前台了。",
     [("PERSON", "邱海洋"), ("ADDRESS", "深圳南山区科技园科苑路15号科兴科学园B栋")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 你那个身份证 就是三四零幺零四 幺九八六零三零八 六九三八 对吧 你跑到哪我们都查得到\n客户：……",
     [("CN_ID_CARD", "三四零幺零四 幺九八六零三零八 六九三八")], [UNMASKED]),
    ("sms", "debtor", "【汇通小贷】柏*，你老公裴志远在中石化加油站上班，你婆婆的电话17316605924我们也有，你看着办。",
     [("PERSON", "裴志远"), ("CN_MOBILE", "17316605924")], [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "你每周二四六晚上都去健身房，七点到九点，这个时间我们过去找你方便吗？", [], [SENSITIVE]),
    ("email", "third_party", "主题：请协助联系\n您好，我们是东方普惠贷后部。您的邻居韩立军先生（车牌苏E·3F8Q2）"
     "拖欠我司车贷已四个月，其邮箱hanlj1983@126.com已无回复。请您见到他时转告。",
     [("PERSON", "韩立军"), ("CN_LICENSE_PLATE", "苏E·3F8Q2"), ("EMAIL", "hanlj1983@126.com")], [DISCLOSURE]),
    ("call", "debtor", "坐席：你那个 呃 疝气 就是你去年做的那个疝气手术嘛 我们知道 你别以为我们不知道你家里的事\n"
     "客户：你们太过分了", [], [SENSITIVE]),
    ("sms", "debtor", "【融e通】陈俊杰，你的身份证4４0３0５２0０0０４１２１８0０已经上报，你在龙岗区布吉街道吉华路"
     "188号的住处我们也会去。", [("PERSON", "陈俊杰"), ("CN_ID_CARD", "4４0３0５２0０0０４１２１８0０"),
                         ("ADDRESS", "龙岗区布吉街道吉华路188号")], [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "你是残疾人，有残疾证，每个月领补贴，这个补贴卡我们知道是哪张。", [], [SENSITIVE]),
    ("call", "third_party", "坐席：喂 你好 你是上官婉儿的母亲吧 她在我们这借的四千块钱还没还 她还在怀孕是吧 "
     "那更要早点解决\n联系人：她怀孕关你们什么事", [("PERSON", "上官婉儿")], [DISCLOSURE, SENSITIVE]),
    ("app", "debtor", "邓丽娟，你的手机１９９３８４５０６２７、你老公刘国平的车牌湘A·9B2C7，我们都登记好了。",
     [("PERSON", "邓丽娟"), ("CN_MOBILE", "１９９３８４５０６２７"), ("PERSON", "刘国平"),
      ("CN_LICENSE_PLATE", "湘A·9B2C7")],
     [UNMASKED, EXCESSIVE]),
    ("sms", "third_party", "【宜信分期】龚建新的同事您好，龚建新的车贷已逾期三个月，其每天早上八点从单位停车场开车出去，"
     "如见到请转告其联系我司。", [("PERSON", "龚建新"), ("PERSON", "龚建新")], [DISCLOSURE, SENSITIVE]),
    ("call", "debtor", "坐席：喂 你那个 呃 护照号 E 四八 三七 幺九 两洞 我们已经报给那个 嗯 出入境了\n客户：你们有什么权利",
     [("CN_PASSPORT", "E 四八 三七 幺九 两洞")], [UNMASKED]),
    ("app", "debtor", "你妈在老家信耶稣，每周都去村里的教会，要不要我们去教会跟牧师说说你的事？", [], [SENSITIVE]),
    ("notice", "debtor", "催收函\n致 骆文斌（身份证号：520102199603250019）\n您的借款已逾期100天。"
     "您的配偶岳小红（电话13580243971）、您的父亲骆德明均已知悉。\n滇信小贷", [("PERSON", "骆文斌"), ("CN_ID_CARD", "520102199603250019"),
                                 ("PERSON", "岳小红"), ("CN_MOBILE", "13580243971"), ("PERSON", "骆德明")],
     [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "你在戒酒中心住过三个月的事，我们可以替你保密，前提是你本周还款。", [], [SENSITIVE]),
    ("call", "third_party", "坐席：喂 你好 是阿芳吗 你老公黄志伟在我们那借了三万 躲起来了 你知道他在哪吗\n联系人：我们离婚了",
     [("PERSON", "阿芳"), ("PERSON", "黄志伟")], [DISCLOSURE]),
    ("sms", "third_party", "【金瑞分期】冯晓红您好，您是冯*的紧急联系人，冯*的借款已逾期42天，应还5,300元，"
     "请转告其尽快还款。", [("PERSON", "冯晓红")], [DISCLOSURE]),
    ("app", "debtor", "你那张招行卡 6225-8816-5067-3923 里还有 4,300，先转 2,000 过来。",
     [("CN_BANK_CARD", "6225-8816-5067-3923")], [UNMASKED, SENSITIVE]),
    ("call", "debtor", "坐席：司徒先生 您好 我是诚e贷的司徒明 跟您同姓 呵呵 您那笔借款逾期两天了 金额一千零三十五 "
     "今天能还吗\n客户：今天还", [("PERSON", "司徒明")], []),
    ("notice", "third_party", "协查函\n致 杭州云帆网络科技有限公司人力资源部：\n贵司员工易晓丹（身份证号"
     "330106200206069158）于我司借款逾期，欠款本息6,240元。请贵司协助告知其与我司联系。\n华信资产管理有限公司"
     "（统一社会信用代码91110108Y02553KFJL）", [("PERSON", "易晓丹"), ("CN_ID_CARD", "330106200206069158"),
                                       ("CN_USCC", "91110108Y02553KFJL")], [DISCLOSURE, UNMASKED]),
    ("email", "debtor", "主题：最后一次提醒\n姚家豪：\n你的私人邮箱yaojh_2001@qq.com和你学校的邮箱我们都有，"
     "你的身份证 5001 1220 0112 0708 00 也在系统里，再不还款后果自负。",
     [("PERSON", "姚家豪"), ("EMAIL", "yaojh_2001@qq.com"), ("CN_ID_CARD", "5001 1220 0112 0708 00")], [UNMASKED]),
    ("sms", "debtor", "【华信资产】郝*，您的债权已由我司（统一社会信用代码9131011542JQ9UB6HR）受让，请于4月30日前"
     "联系我司协商还款，电话021-5098 7731。", [("CN_USCC", "9131011542JQ9UB6HR"), ("CN_LANDLINE", "021-5098 7731")],
     []),
    ("app", "debtor", "你微信绑的那张农行卡6228 4866 5646 7651 793，余额只剩12块，工资一进来就被你转走了吧？",
     [("CN_BANK_CARD", "6228 4866 5646 7651 793")], [UNMASKED, SENSITIVE]),
    ("call", "third_party", "坐席：您好，这里是汇通小贷语音助手，您的朋友柏*借款已逾期，欠款本金四千元，"
     "请转告其今日内还款，重听请按1。", [], [DISCLOSURE]),
    ("sms", "debtor", "【民安金融】石磊，你在青岛市崂山区海尔路182号的中铁建设工地当安全员，项目经理我们已经联系上了，"
     "请今天还款。", [("PERSON", "石磊"), ("ADDRESS", "青岛市崂山区海尔路182号")], [EXCESSIVE]),
    ("app", "debtor", "你刚做完心脏搭桥，医生让你别激动，那我们就心平气和地谈谈还款吧。", [], [SENSITIVE]),
]

# campaign_id -> entries
SECTIONS: dict[str, list[PiplEntry]] = {
    "E-SMS-TEMPLATES": SMS_TEMPLATES,
    "E-ROBOT-CALLS": ROBOT_CALLS,
    "E-ASR-CALLS": ASR_CALLS,
    "E-CHATS": CHATS,
    "E-THIRD-PARTIES": THIRD_PARTIES,
    "E-LETTERS": LETTERS,
    "E-DIALECTS": DIALECTS,
    "E-DEBTOR-MORE": DEBTOR_MORE,
    "E-THIRD-PARTIES-MORE": THIRD_PARTIES_MORE,
    "E-MIXED": MIXED,
    "E-LAST": LAST,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
