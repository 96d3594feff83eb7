"""Writes `pipl_heldout_t.jsonl`, the twentieth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_s.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests
or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were
drawn once by a throw-away script (random area codes and birth dates with the right check character, some ending
in X, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes, passports and a Hong Kong and Macau
permit of a letter and eight digits) and typed into the texts by hand, many of them read aloud, grouped or in
full-width digits.

Its weight lies on identifiers in every written and spoken form, as a hard-form set, and on the two categories
detectors find hardest. Identifiers are read aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces (幺八六 幺幺两四
三勾四四), by dots (5301.0219.…), by hyphens (530102-19790703-924x, 6212-2620-…, 135-8498-…), one digit at a time with
a space between, typed in full-width digits (a whole ID, a card in four groups, a mobile, a passport behind a
half-width EA), an ID ending in a full-width Ｘ, a lower-case x or a spoken 叉, old 15-digit IDs written and read
aloud, a mobile behind +86, a mobile inside a payment link's and a CRM link's query string, a card in a repayment
table, a CSV export row, numbers after labels (证件号码：, 收款账号：, 扣款卡：), and numbers split over two turns or
two lines. Beside them stand as many decoys: contract, order, case, batch, policy, settlement, work-order,
mediation, voucher and transaction numbers (18-digit ones whose "birth date" has a thirteenth or a thirtieth month,
a 15-digit document number with no real month, 11-digit ones on no mobile prefix, a 16-digit order and policy
number and a 19-digit corporate account grouped like cards but failing Luhn, a staff number, work-order and case
numbers read aloud), a vehicle identification number, a court's case number, 95, 400 and 12378 service numbers,
masked forms (尾号, 135****5154, 4103**********179X, last digits read aloud by a robot), verification codes, amounts
and dates. `pii.sensitive` and `pii.excessive` each label well over fifty messages, mostly without the textbook
words (a gastroscopy last Wednesday, dialysis on Tuesdays and Thursdays, a liver transplant, an IVF centre's
bills, a psychiatric clinic paid by medical-insurance card, prenatal check-ups, a kindergarten's K2 class fetched
by a helper at noon, a son's mid-school PE exam, a dance class on Saturday mornings, the 12 bus at 6:50, the walk
home from a metro station, Friday prayers, a Sunday church in Mong Kok, donations to a church, a hotel night, a
trip to Sanya, card spending in Macau, step counts and a login location, salary inflows, a time
deposit, a provident-fund balance, loans on other platforms, a livelihood allowance, a disability subsidy, a
veteran's family benefit, a detention, probation and a drink-driving sentence; a nephew's number, a
father-in-law's fish stall, an ex-boyfriend's tea shop, a sister's nail salon, a wife's kindergarten, parents'
village group, in-laws' street address, emergency contacts' numbers listed back), and beside them near-misses: a
lender's hardship policy naming illness, disaster or bereavement, a code of conduct forbidding such talk, a
debtor speaking of childbirth, disability, faith, a stent or a father in hospital and an agent answering with a
deferral or instalments, a letter naming only the debtor and the address it is sent to, a guarantor told of the
obligation he signed, a court summons with the court's public address, the agent's own name, work number and
e-mail, a relative the customer has just named, a number the customer typed and the agent echoed masked.
Registers: lenders' SMS templates and app pushes, robot and agent calls as speech-to-text output, WeChat, QQ,
WhatsApp and LINE chats and group chats (owners, a class's parents, a village group, fellow townsmen, a workshop,
an estate's neighbours), letters to employers, a school, property managers, village and residents' committees,
case hand-overs, work orders and exports between agencies, complaint replies, Cantonese and traditional
characters (Hong Kong and Taiwan lenders).

A number split over two turns or two lines has no single span: such a message carries `pii.unmasked_identifier`
but no entity for it. Decoys carry no category and no identifier entity. All people, numbers, addresses, links and
companies are invented; identifiers are well formed and `set_format` checks them before writing.

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
  a veteran's family). A lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span; a surname with an honorific
or a prefix (邓先生, 小唐, 黄小姐) is not a PERSON, a given name after a kinship term or a nickname is; ADDRESS
reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_t`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_t.jsonl"
ID_PREFIX = "PT"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好，这里是鼎禾消费金融，请问是罗先生吧\n客户：是\n坐席：核一下您登记的手机，幺八六 幺幺两四 三勾四四，还在用吗\n"
     "客户：在用", [(MB, "幺八六 幺幺两四 三勾四四")], [U]),
    ("call", "debtor", "坐席：您好童先生，您那张扣款卡是 六二二五 八八六零 二五四二 一九三二，今天余额不够扣\n客户：我换张卡",
     [(BC, "六二二五 八八六零 二五四二 一九三二")], [U]),
    ("call", "debtor", "坐席：覃女士您好，我是诚汇资产的，受众邦小贷委托\n客户：说吧\n坐席：听说您上周三在市一医院做了胃镜，结果出来了吧，"
     "出来了就把钱安排一下\n客户：你们怎么知道的", [], [S]),
    ("call", "debtor", "坐席：喂，鲍先生，您这个月是不是每周二周四下午都去透析，我们同事周四三点在血透室门口等您签个还款计划\n"
     "客户：你别来医院", [], [S]),
    ("call", "debtor", "坐席：喂，请问是祁先生吗，我这边是佳信金融贷后\n客户：我是，我最近刚做完手术，在家休养\n坐席：明白，那这期可以帮您申请延后"
     "三十天，您看行吗\n客户：行", [], []),
    ("call", "debtor", "坐席：您孩子是在实验二小三年级二班吧，每天四点半放学是孩子外婆去接，我们知道的，您今天把两千还上\n客户：你什么意思",
     [], [S]),
    ("call", "debtor", "坐席：喂，温先生，跟您核实一下，您妻子叫柳春燕，在城南农商行上班，对吧，您这笔她知道吗\n客户：关她什么事",
     [(P, "柳春燕")], [X]),
    ("call", "debtor", "坐席：您好，这边是盛泰小贷，蒋女士是吧\n客户：是\n坐席：您现在住的是滨江区闻涛路一二八号六栋两单元一零二，"
     "您先生龚志伟在港务局，这些我们都登记了\n客户：……", [(A, "滨江区闻涛路一二八号六栋两单元一零二"), (P, "龚志伟")], [X]),
    ("call", "third_party", "坐席：喂你好，请问是严志刚的哥哥吗\n第三方：是，怎么了\n坐席：他在我们平台借了三万，逾期两个月了，你让他"
     "赶紧还\n第三方：我跟他不联系", [(P, "严志刚")], [D]),
    ("call", "third_party", "坐席：您好，我这边找一下费先生，麻烦他方便时回个电话\n联系人：我帮你说一下\n坐席：谢谢您", [], []),
    ("call", "third_party", "坐席：喂，是卓老师吗，您班上学生家长单丽萍，她在我们这有笔欠款没还，电话一直打不通，麻烦您跟她说一声\n"
     "第三方：你们找我干嘛", [(P, "单丽萍")], [D]),
    ("call", "debtor", "坐席：喂，贝先生吗，我们查到您名下还有 幺三两 拐两幺洞 洞拐八八 这个号码，这个号是谁在用\n客户：是我老婆",
     [(MB, "幺三两 拐两幺洞 洞拐八八")], [U]),
    ("call", "debtor", "坐席：喂，芦女士，您现在是在怀孕七个月吧，产检都在妇幼，预产期前把这笔结了\n客户：你们怎么知道", [], [S]),
    ("call", "debtor", "坐席：您好，我是润达资产的调解员小唐，工号拐拐三幺，您这笔欠款本金四千二\n客户：我想分期\n坐席：可以，分六期，"
     "每期七百", [], []),
    ("call", "debtor", "坐席：跟您核一下证件，四三洞幺洞四两洞洞洞洞两洞五六两三三，是您本人吧\n客户：是", [(ID, "四三洞幺洞四两洞洞洞洞两洞五六两三三")],
     [U]),
    ("call", "debtor", "坐席：麻烦报一下您身份证号码后六位\n客户：零五六二三三\n坐席：好的核对上了，您这期还款日是十五号", [], []),
    ("call", "debtor", "坐席：喂，您是不是每天早上六点五十在华润万家后门那个站坐十二路上班\n客户：你跟踪我？\n坐席：您今天还钱就没事",
     [], [S]),
    ("call", "debtor", "坐席：我们这边看到您还在另外四个平台有借款，加起来十一万，公积金账户里还有两万多，您先提出来还我们这笔\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：您父亲顾长林，电话幺五勾 四幺勾八 四五五两，我们也会联系\n客户：别打给我爸",
     [(P, "顾长林"), (MB, "幺五勾 四幺勾八 四五五两")], [U, X]),
    ("call", "debtor", "坐席：喂，您那个卡号我念一下啊，六二二八 四八二八 六三零四 八二七零 一三五，对吧\n客户：对，是那张",
     [(BC, "六二二八 四八二八 六三零四 八二七零 一三五")], [U]),
    ("call", "debtor", "坐席：康先生，您上礼拜五刚从看守所出来吧，拘了十天，出来了就先把这笔处理了\n客户：这跟你有啥关系", [], [S]),
    ("call", "debtor", "坐席：我跟您说，您的手机号是幺拐三\n客户：嗯\n坐席：拐五幺两 勾四四四，我们系统里就是这个\n客户：对", [], [U]),
    ("call", "debtor", "坐席：您好您好，冯女士，我们知道您是低保户，每个月那几百块低保金也是到这张卡上的，您先还一点\n客户：那是我吃饭的钱",
     [], [S]),
    ("call", "debtor", "坐席：这边是恒信贷后，您那个验证码是 四八两幺 五六，请在页面上输入，这个不是您的证件号\n客户：好", [], []),
    ("call", "debtor", "坐席：喂，您好，您的合同编号 HX 两零两四 洞八幺五 三三六拐，这笔剩余本金五千六\n客户：我知道", [], []),
    ("call", "debtor", "坐席：我们这边看到您每天晚上十点前后都在城西那家健身房，监控记录我们也有，您这钱什么时候还\n客户：你们有病吧",
     [], [S]),
    ("call", "debtor", "坐席：您好，您女儿晓彤今年高考吧，考场在二中，到时候我们也不想去那里找您\n客户：你别乱来", [(P, "晓彤")], [S, X]),
    ("call", "debtor", "坐席：您好，客户您说您刚失业是吧\n客户：是，厂子倒了\n坐席：理解，我们可以给您办停息挂账，先报个申请\n客户：好",
     [], []),
    ("call", "debtor", "坐席：我们查到您这个月在澳门那边刷了好几笔，一晚上刷了四万多，还说没钱\n客户：那是朋友的", [], [S]),
    ("call", "debtor", "坐席：喂，您好，您的护照号 E 九八六九 三三二二 是不是快过期了，出境前得先把欠款结清\n客户：我不出国",
     [(PP, "E 九八六九 三三二二")], [U]),
]


# --- lenders' SMS templates and app pushes to the debtor -------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【安和普惠】罗建平先生，您身份证430104200002056233名下借款已逾期17天，请今日内处理。",
     [(P, "罗建平"), (ID, "430104200002056233")], [U]),
    ("sms", "debtor", "【众邦小贷】您好，您的还款账户6212 2644 2171 1196扣款失败，请确保余额充足。",
     [(BC, "6212 2644 2171 1196")], [U]),
    ("sms", "debtor", "【众邦小贷】您好，您尾号1196的还款账户扣款失败，请确保余额充足，详情请查看APP账单页。", [], []),
    ("sms", "debtor", "【盛泰小贷】蒋女士，查询到您招行储蓄卡目前余额3,412.55元，本月工资已于10日入账，请主动还款2,000元。",
     [], [S]),
    ("sms", "debtor", "【佳信金融】尊敬的客户，您的订单号 4401 0619 9009 1553 已生成还款计划，首期金额600元，12月20日到期。", [], []),
    ("sms", "debtor", "【佳信金融】祁伟东您好，经核实您近期在市肿瘤医院住院化疗，本平台仍需您按期还款，请安排家属代还。",
     [(P, "祁伟东")], [S]),
    ("sms", "debtor", "【合盈金融】验证码 482156，您正在办理提前还款，5分钟内有效，请勿告诉他人。", [], []),
    ("sms", "debtor", "【合盈金融】您好，您在我司登记的联系电话１７７２５０７５５２４将于下月停用核验，如已更换请在APP更新。",
     [(MB, "１７７２５０７５５２４")], [U]),
    ("sms", "debtor", "【德信小贷】严先生：您本月还需还款3,800元，我司已查询到您在另外三家平台共借款9.6万元，请优先归还本平台。",
     [], [S]),
    ("sms", "debtor", "【金诺资产】受恒信消费金融委托，提醒您案件编号JN2024-118763剩余应还4,520元，可拨打0571-86123456协商。",
     [(LL, "0571-86123456")], []),
    ("sms", "debtor", "【金诺资产】您好，您儿子小宇就读的育英中学初二（3）班班主任电话我们已取得，请今天联系我们处理欠款。",
     [(P, "小宇")], [S, X]),
    ("sms", "debtor", "【润达资产】温先生，您好，您妻子柳春燕（电话18018501070）已知悉您的欠款情况，请尽快回电。",
     [(P, "柳春燕"), (MB, "18018501070")], [U, X]),
    ("sms", "debtor", "【恒信消费金融】卢先生，您每周一上午在区司法所报到，社区矫正还有几个月结束，请不要让逾期影响您。",
     [], [S]),
    ("sms", "debtor", "【安和普惠】甘女士您好，我们了解到您信教，每周日在福音堂聚会，希望您守信还款。", [], [S]),
    ("sms", "debtor", "【安和普惠】甘女士您好，您的借款已逾期，如遇疾病、失业等特殊困难可申请延期，请联系在线客服。", [], []),
    ("app", "debtor", "系统检测到您近30天步数日均不足800步，多次在人民医院附近定位，请注意按期还款。", [], [S]),
    ("app", "debtor", "您绑定的银行卡 6225 8850 9844 5927 本期扣款失败，请到【我的-银行卡】更换。",
     [(BC, "6225 8850 9844 5927")], [U]),
    ("app", "debtor", "您绑定的银行卡（尾号5927）本期扣款失败，请到【我的-银行卡】更换。", [], []),
    ("app", "debtor", "人脸识别记录显示您于11月3日21:40在星河湾酒店办理入住，请尽快还清欠款。", [], [S]),
    ("app", "debtor", "您的残疾人证信息已被我方记录，您领取的残疾人两项补贴不影响还款义务，请于本周内还款。", [], [S]),
    ("app", "debtor", "温馨提示：您的住房公积金账户余额为23,416元，可申请提取用于还款，逾期将上报征信。", [], [S]),
    ("sms", "debtor", "【众邦小贷】费先生，您登记的家庭住址锦江区红星路三段16号2栋1203，您爱人宋秀芝，我们将寄送催收函件。",
     [(A, "锦江区红星路三段16号2栋1203"), (P, "宋秀芝")], [X]),
    ("sms", "debtor", "【众邦小贷】费先生，我司将于近日向您登记的家庭住址寄送书面还款提醒，请注意查收。", [], []),
    ("email", "debtor", "邹女士：\n您好。您的信用卡账户（尾号0730）截至12月1日欠款6,842.11元，已逾期32天。请通过手机银行还款或致电"
     "95555客服。如您对账单有异议，可回复本邮件。\n招远银行信用卡中心", [], []),
    ("email", "debtor", "邹女士：\n您好。您的信用卡账户6222 0229 5326 6383 544截至12月1日欠款6,842.11元。经查您本月在"
     "和睦家诊所有多笔消费，请先归还欠款。\n招远银行信用卡中心 collect@zyb-card.com",
     [(BC, "6222 0229 5326 6383 544"), (EM, "collect@zyb-card.com")], [S, U]),
]


# --- to relatives, contacts, employers: disclosure and its near-misses ----------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【金诺资产】您好，您的朋友晏国栋在德信小贷的借款已逾期63天，欠款12,400元，请转告其尽快处理。",
     [(P, "晏国栋")], [D]),
    ("sms", "third_party", "【金诺资产】您好，我司有要事联系晏先生，如您方便请转告他回电0571-86123456，谢谢。", [(LL, "0571-86123456")],
     []),
    ("sms", "third_party", "【诚汇资产】甘女士的紧急联系人您好，她在安和普惠的借款逾期，身份证号330106197712013865，请您督促。",
     [(ID, "330106197712013865")], [D, U]),
    ("sms", "third_party", "【盛泰小贷】龚先生您好，您妻子蒋丽在我司借款已逾期，她最近在妇产医院保胎，但欠款不能拖。",
     [(P, "蒋丽")], [D, S]),
    ("app", "third_party", "【好友提醒】您的通讯录好友“国栋”在本平台有一笔逾期账单，请提醒他及时还款。", [(P, "国栋")], [D]),
    ("email", "third_party", "人事部负责同志：\n贵司员工鲍海涛（身份证440106196503078575）在我司借款逾期，欠款本息合计26,300元，请贵司协助通知本人。"
     "\n盛泰小贷贷后管理部 hr-notice@shengtai-loan.cn",
     [(P, "鲍海涛"), (ID, "440106196503078575"), (EM, "hr-notice@shengtai-loan.cn")], [D, U]),
    ("email", "third_party", "人事部负责同志：\n我司有一份文件需要转交贵司员工鲍先生本人，烦请告知他与我司联系，电话020-38765432。\n盛泰小贷",
     [(LL, "020-38765432")], []),
    ("notice", "third_party", "致：育英中学初二（3）班班主任\n贵班学生家长单丽萍女士在我司有逾期欠款8,600元未还，请协助联系家长。\n金诺资产管理有限公司",
     [(P, "单丽萍")], [D]),
    ("notice", "third_party", "致：锦绣花园物业服务中心\n烦请将随附信封转交至8栋2单元602住户费先生本人，信件内容涉及个人事务，请勿拆阅。\n润达资产",
     [(A, "8栋2单元602")], []),
    ("notice", "third_party", "致：锦绣花园物业服务中心\n8栋2单元602住户费志强拖欠众邦小贷借款已逾期半年，请物业协助督促并告知其家属。\n润达资产",
     [(A, "8栋2单元602"), (P, "费志强")], [D]),
    ("notice", "third_party", "致：石桥镇下湾村村民委员会\n贵村村民覃桂兰（下湾村三组）在我司欠款未还，且其丈夫常年患尿毒症，望村委会协助做工作。\n诚汇资产",
     [(P, "覃桂兰"), (A, "下湾村三组")], [D, S]),
    ("notice", "third_party", "致：石桥镇下湾村村民委员会\n我司有信件需转交贵村村民覃女士，烦请通知本人到村委会领取。\n诚汇资产", [], []),
    ("call", "third_party", "坐席：喂，您好，请问认识童建明吗\n第三方：认识，我同事\n坐席：麻烦您转告他回一下电话，号码四零零八 一二三 四五六\n第三方：好",
     [(P, "童建明")], []),
    ("call", "third_party", "坐席：喂，请问是童建明同事吗\n第三方：是啊\n坐席：他欠我们七千多，信用卡逾期三个月了，你们单位领导知道不\n第三方：不清楚",
     [(P, "童建明")], [D]),
    ("call", "third_party", "坐席：您好，是邹女士的母亲吧\n联系人：是我\n坐席：您女儿的卡号 六二二二 零二七零 六八幺八 四四幺三 四两五 一直欠着，"
     "您帮她还一下吧\n联系人：我没钱", [(BC, "六二二二 零二七零 六八幺八 四四幺三 四两五")], [D, U]),
    ("call", "third_party", "坐席：喂，请问是温先生的紧急联系人吗\n联系人：我是他表弟\n坐席：他电话打不通，麻烦转告一声让他回个电话，谢谢\n联系人：行",
     [], []),
    ("call", "third_party", "坐席：喂，您是他姐姐吧，他在拘留所里待了十来天你知道不，出来了还是不还钱\n第三方：啊？", [], [D, S]),
    ("sms", "third_party", "【德信小贷】郝先生的父亲您好，郝先生办理借款时填写您为联系人，其借款已逾期，请提醒。", [], [D]),
    ("app", "third_party", "【担保提醒】您作为借款人卢建的担保人，其借款已逾期20天，根据您签署的担保合同，请于本月底前履行代偿义务。",
     [(P, "卢建")], []),
    ("sms", "third_party", "【诚汇资产】覃桂兰的女儿你好，你妈欠款4,600元，你妈住在下湾村三组，你爸做透析那个医院我们也知道，叫她还钱。",
     [(P, "覃桂兰"), (A, "下湾村三组")], [D, S, X]),
    ("notice", "third_party", "致：昌盛电子厂行政部\n贵厂员工冯小娟（工号A2317）向我司借款已逾期，其配偶田志勇，联系电话13620282244，请协助催促。\n诚汇资产",
     [(P, "冯小娟"), (P, "田志勇"), (MB, "13620282244")], [D, U, X]),
    ("sms", "third_party", "【恒信】卢先生的同事您好：卢先生身份证尾号7570，在我司有未结清款项，请他联系我们。", [], [D]),
]


# --- WeChat, QQ and group chats ---------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "客服：您好，请问是贝先生吗\n客户：是我，我手机号换了，新号是15091449420\n客服：好的已为您更新，后续还款提醒会发到新号码",
     [(MB, "15091449420")], []),
    ("app", "debtor", "客服：您好，为核实身份，请发送身份证正反面\n客户：发了\n客服：收到，您的身份证号610113197212123778已核验通过",
     [(ID, "610113197212123778")], [U]),
    ("app", "debtor", "客服：您好，为核实身份，请提供身份证后四位\n客户：3778\n客服：收到，已核验，您本期应还920元", [], []),
    ("app", "debtor", "[微信] 专员：鲍哥，你透析是一三五还是二四六，我挑你不去医院那天上门\n客户：你别来", [], [S]),
    ("app", "third_party", "【锦绣花园业主群】润达资产-小周：各位邻居好，8栋2单元602的费先生欠我们公司钱不还，大家见到他提醒一下\n业主A：？？",
     [(A, "8栋2单元602")], [D]),
    ("app", "third_party", "【初二3班家长群】专员：请问单丽萍是哪个孩子的家长？她女儿在班上坐第几排我们也清楚，她欠钱的事希望大家知道",
     [(P, "单丽萍")], [D, S]),
    ("app", "third_party", "【下湾村三组】阿明：覃桂兰家的，你们组里谁能联系上她，让她回个电话给我，谢谢乡亲们", [(P, "覃桂兰")], []),
    ("app", "debtor", "[QQ] 客服：亲，您那个护照号码Ｅ８１８６８０１１我们登记了，出境记录我们也能查到\n客户：？",
     [(PP, "Ｅ８１８６８０１１")], [U, S]),
    ("app", "debtor", "客服：您好，请把需要开具结清证明的邮箱发我\n客户：ganxiaoli_88@163.com\n客服：好的，结清证明三个工作日内发送到您邮箱",
     [(EM, "ganxiaoli_88@163.com")], []),
    ("app", "debtor", "[微信] 专员：姐，你老公在建行上班吧，叫龚志伟，他工资卡一个月进一万二，你让他帮你还\n客户：别找他",
     [(P, "龚志伟")], [S, X]),
    ("app", "debtor", "[微信] 专员：姐，这是还款二维码，订单号20241205118834762，付完截个图发我\n客户：好", [], []),
    ("app", "debtor", "[微信] 专员：明天早上八点我们同事去你家门口，你儿子七点半出门去上学，正好碰上\n客户：你想干嘛", [], [S]),
    ("app", "debtor", "[微信] 客户：我下周做支架手术，能不能缓几天\n专员：可以的，已给您登记延期十五天，手术顺利", [], []),
    ("app", "debtor", "[微信] 专员：你微信步数今天两万多，满城跑，还说在家养病？\n客户：我出去了一下而已", [], [S]),
    ("app", "third_party", "【同乡会群】专员：晏国栋，湖南邵阳人，住城东新村12栋302，欠钱不还，他电话17755526206，老乡们帮忙劝劝",
     [(P, "晏国栋"), (A, "城东新村12栋302"), (MB, "17755526206")], [D, U, X]),
    ("app", "debtor", "客服：您在我们这登记的紧急联系人是您弟弟甘志远，电话18575827116，对吗\n客户：对",
     [(P, "甘志远"), (MB, "18575827116")], [U, X]),
    ("app", "debtor", "客户：我弟弟甘志远可以帮我还一部分\n客服：好的，他代还的话请在备注写您的借款编号即可", [(P, "甘志远")], []),
    ("app", "debtor", "[微信] 专员：姐，查到你周五晚上都去清真寺做礼拜，我们找你也方便\n客户：……", [], [S]),
    ("app", "debtor", "[微信] 专员：你那个指纹和人脸在我们系统都有，换手机号也没用\n客户：你们想怎样", [], [S]),
]


# --- letters: to the debtor, employers, schools, property managers, village committees --------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催缴函\n编号：RD-2024-12-0087\n罗建平先生：\n您于2023年6月在鼎禾消费金融借款30,000元，截至2024年12月1日逾期52天，"
     "欠款31,246.80元。请于12月20日前通过APP或对公账户还款。如有异议请致电0755-26781234。\n润达资产管理有限公司\n2024年12月3日",
     [(P, "罗建平"), (LL, "0755-26781234")], []),
    ("notice", "debtor", "催缴函\n罗建平先生（身份证号：430104200002056233）：\n您的借款已逾期52天，欠款31,246.80元，请于12月20日前还款。\n润达资产",
     [(P, "罗建平"), (ID, "430104200002056233")], [U]),
    ("notice", "debtor", "还款提醒函\n收件人：罗建平，寄送地址：天河区中山大道西88号1栋904\n您的借款已逾期，请尽快处理。\n鼎禾消费金融",
     [(P, "罗建平"), (A, "天河区中山大道西88号1栋904")], []),
    ("notice", "debtor", "还款提醒函\n罗建平先生：\n据查，您现居天河区中山大道西88号1栋904，母亲陈玉兰住在老家邵东县廉桥镇石坪村五组，"
     "您女儿罗思琪在天河第一小学四年级就读。请于本月内还款。\n鼎禾消费金融",
     [(P, "罗建平"), (A, "天河区中山大道西88号1栋904"), (P, "陈玉兰"), (A, "邵东县廉桥镇石坪村五组"), (P, "罗思琪")], [S, X]),
    ("notice", "third_party", "致星河科技有限公司人力资源部：\n贵司员工甘晓丽，身份证号34010419850321164X，于我司借款逾期，请贵司协助从其工资中代扣。\n安和普惠",
     [(P, "甘晓丽"), (ID, "34010419850321164X")], [D, U]),
    ("notice", "third_party", "致星河科技有限公司人力资源部：\n我司有一封挂号信需要转交贵司员工甘女士，烦请转交本人，谢谢。\n安和普惠 联系电话：021-64321987",
     [(LL, "021-64321987")], []),
    ("notice", "third_party", "致实验二小三年级二班班主任：\n你班学生童乐乐的父亲童建明欠款未还，孩子每天由外婆接送，请学校转告家长尽快还款。\n金诺资产",
     [(P, "童乐乐"), (P, "童建明")], [D, S]),
    ("notice", "third_party", "致东湖社区居委会：\n辖区居民冯小娟，住东湖路27号3栋501，是低保户，在我司借款逾期，望居委会协助调解。\n诚汇资产",
     [(P, "冯小娟"), (A, "东湖路27号3栋501")], [D, S]),
    ("notice", "third_party", "致东湖社区居委会：\n我司有一份调解通知需送达辖区居民冯女士本人，麻烦转交，谢谢配合。\n诚汇资产", [], []),
    ("notice", "debtor", "律师函\n康先生：\n受德信小贷委托，就您借款逾期事宜致函。您欠付本息15,300元，请于函到七日内还款，否则委托人将依法起诉。"
     "\n广东正衡律师事务所 律师：许明 执业证号14401201510123456\n电话：020-83451234",
     [(P, "许明"), (LL, "020-83451234")], []),
    ("notice", "debtor", "债务提醒函\n康建华先生：\n您于今年10月因寻衅滋事被行政拘留十日，目前仍在取保候审期间，请勿再拖欠借款。\n德信小贷",
     [(P, "康建华")], [S]),
    ("notice", "debtor", "还款通知书\n冯小娟女士：\n您家住东湖路27号3栋501，丈夫田志勇在昌盛电子厂上班，儿子田浩在东湖中学读初一，请您尽快还款。",
     [(P, "冯小娟"), (A, "东湖路27号3栋501"), (P, "田志勇"), (P, "田浩")], [S, X]),
    ("notice", "debtor", "还款通知书\n冯小娟女士：\n您的借款已逾期，本金5,000元。考虑到您的家庭困难，我司可为您办理最长12期分期还款，请来电协商。", [(P, "冯小娟")], []),
    ("email", "third_party", "张经理：\n您好，贵司员工鲍海涛的欠款问题，他在我们这里登记的工作地址是科技园南区A栋12楼，目前正在做肾透析，请贵司协助沟通。",
     [(P, "鲍海涛"), (A, "科技园南区A栋12楼")], [D, S]),
    ("notice", "debtor", "逾期提醒\n尊敬的邹女士：\n您信用卡账户已逾期32天，欠款6,842.11元。您最近的流水显示您每月在和平里基督教堂奉献500元，请优先还款。",
     [], [S]),
    ("notice", "third_party", "致：龙湖春江郦城物业管理处\n贵小区住户温建国（5栋1801），其妻柳春燕，均欠我司款项，请物业在其门口张贴本通知。\n润达资产",
     [(P, "温建国"), (A, "5栋1801"), (P, "柳春燕")], [D, X]),
    ("notice", "third_party", "致：廉桥镇石坪村村委会\n烦请通知贵村五组村民陈玉兰女士的儿子罗先生尽快与我司联系，电话0739-5123456。", [(P, "陈玉兰"), (LL, "0739-5123456")], []),
    ("notice", "debtor", "结清证明\n兹证明借款人贝文斌（身份证号：4103**********179X）在我司的借款已于2024年11月30日全部结清。\n众邦小贷（盖章）",
     [(P, "贝文斌")], []),
    ("notice", "debtor", "结清证明\n兹证明借款人贝文斌（身份证号：41010519830220179X）在我司借款已全部结清，其名下另有建行卡6217001753671902。\n众邦小贷",
     [(P, "贝文斌"), (ID, "41010519830220179X"), (BC, "6217001753671902")], [S, U]),
]


# --- hand-overs between agencies, work orders, complaint replies ------------------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "移交明细（节选）：\n案件号 | 姓名 | 身份证 | 手机\nJN-118763 | 晏国栋 | 430104197908103126 | 17797496593\n"
     "备注：本人近期在省人民医院精神科就诊，情绪不稳定。",
     [(P, "晏国栋"), (ID, "430104197908103126"), (MB, "17797496593")], [S, U]),
    ("email", "unknown", "移交明细（节选）：\n案件号,姓名,证件尾号,手机尾号,欠款\nJN-118764,卓*华,3113,8324,7600.00\nJN-118765,贝*斌,179X,9420,3200.00",
     [], []),
    ("email", "unknown", "外访工单 WO-7781\n债务人：冯小娟\n住址：东湖路27号3栋501\n家庭成员：丈夫田志勇（13248879548），儿子田浩（东湖中学初一）\n"
     "作息：每天6:40送孩子，7:20到厂", [(P, "冯小娟"), (A, "东湖路27号3栋501"), (P, "田志勇"), (MB, "13248879548"), (P, "田浩")],
     [S, U, X]),
    ("email", "unknown", "外访工单 WO-7782\n债务人：罗*平\n拜访地址：以委托方提供的寄送地址为准\n注意：仅与本人沟通，不得向邻居透露欠款信息", [], []),
    ("email", "unknown", "交接说明：温建国一案，账户流水显示其每月15日工资入账约1.4万，另有定期存款8万元今年3月到期，可重点跟进。",
     [(P, "温建国")], [S]),
    ("app", "unknown", "工单备注：客户称母亲住院，已登记困难，暂缓催收30天，30天后由原坐席回访。", [], []),
    ("app", "unknown", "工单备注：客户覃桂兰，丈夫尿毒症每周三次透析（周一三五上午），可趁其陪护时到医院找人。",
     [(P, "覃桂兰")], [S]),
    ("email", "unknown", "案件回退说明：卢建（身份证610113199301246779）已申请法律援助，律师电话18724440280，请委托方知悉，停止催收。",
     [(P, "卢建"), (ID, "610113199301246779"), (MB, "18724440280")], [U]),
    ("email", "debtor", "尊敬的童先生：\n关于您反映的催收员向您同事透露欠款一事，我司已调取录音核实，对相关人员作出处理，并已将您的号码列入免打扰名单。",
     [], []),
    ("notice", "debtor", "投诉回复函\n贝文斌先生：\n您投诉我司外访人员于11月20日到您单位（高新区创业路8号智汇大厦15层）一事，经查属实，我司已整改。",
     [(P, "贝文斌"), (A, "高新区创业路8号智汇大厦15层")], []),
    ("notice", "debtor", "投诉回复函\n贝文斌先生：\n您投诉一事经查不属实。另据查，您配偶秦晓梅在电网公司任职，名下有房产一套位于滨湖区太湖大道168号，"
     "请您正视还款义务。",
     [(P, "贝文斌"), (P, "秦晓梅"), (A, "滨湖区太湖大道168号")], [S, X]),
    ("email", "unknown", "委外交接表\n序号 1\n客户 祁伟东\n联系电话 135-8498-5154\n单位 市自来水公司\n备注 肺癌晚期，家属不配合",
     [(P, "祁伟东"), (MB, "135-8498-5154")], [S, U]),
    ("email", "unknown", "委外交接表\n序号 2\n客户 祁*东\n联系电话 135****5154\n备注 已承诺月底还款，勿重复外呼", [], []),
    ("email", "unknown", "导出：客户信息_20241205.csv\nname,id_no,mobile,card\n甘晓丽,34010419850321164X,18738869347,6228484074852400",
     [(P, "甘晓丽"), (ID, "34010419850321164X"), (MB, "18738869347"), (BC, "6228484074852400")], [U]),
    ("email", "unknown", "客户详情链接：https://crm.ruida-am.com/case?id=RD88231&mobile=13243461863&src=transfer",
     [(MB, "13243461863")], [U]),
    ("email", "unknown", "客户详情链接：https://crm.ruida-am.com/case?id=RD88231&token=a8f3c2e1&src=transfer", [], []),
]


# --- Cantonese and traditional characters (Hong Kong and Taiwan lenders) ----------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("call", "debtor", "專員：喂，陳生呀，我哋係富通財務嘅，你張卡號係 六二二五 八八五三 七九一一 六四一一，今個月仲未還喎\n客戶：我知，遲兩日",
     [(BC, "六二二五 八八五三 七九一一 六四一一")], [U]),
    ("call", "debtor", "專員：喂，陳生，我哋係富通財務，你尾數六四一一嗰張卡今個月未還，可唔可以今日處理\n客戶：聽日啦", [], []),
    ("call", "debtor", "專員：陳生，我哋知你逢禮拜日去旺角嗰間教會，你唔想我哋喺教會門口等你啩\n客戶：你哋想點", [], [S]),
    ("call", "debtor", "專員：黃小姐，你老公何家明喺觀塘嗰間車房做嘢，我哋打過去問過\n客戶：你哋唔好再打去", [(P, "何家明")], [X]),
    ("call", "debtor", "專員：黃小姐，你個女喺油麻地嗰間幼稚園讀K2，每日十二點放學係菲傭接，我哋都知\n客戶：唔好搞我個女", [], [S]),
    ("call", "debtor", "客戶：我啱啱俾人炒咗，真係冇錢\n專員：明白，我哋可以幫你申請延遲三個月還款，你睇下點", [], []),
    ("sms", "debtor", "【富通財務】陳大文先生，閣下住址九龍灣啟業邨啟泰樓1203室，太太李美玲，電話6123 4567，請盡快還款。",
     [(P, "陳大文"), (A, "九龍灣啟業邨啟泰樓1203室"), (P, "李美玲")], [X]),
    ("sms", "debtor", "【和信銀行】林小姐您好，您的信用卡帳號4367 4266 4903 9472本期應繳新台幣12,300元，已逾期。",
     [(BC, "4367 4266 4903 9472")], [U]),
    ("sms", "debtor", "【和信銀行】林小姐您好，您尾號9472的信用卡本期應繳新台幣12,300元，如已繳款請忽略。", [], []),
    ("sms", "debtor", "【和信銀行】林小姐，查詢到您近期於長庚醫院洗腎中心定期就診，仍請按時繳款。", [], [S]),
    ("sms", "debtor", "【和信銀行】林小姐，您目前在中壢的新光保全上班，月薪入帳約四萬二，請優先繳款。", [], [S]),
    ("notice", "third_party", "致：新光保全股份有限公司人事處\n貴公司員工林淑芬積欠本行信用卡款項新台幣12,300元，已逾期兩個月，請協助轉知。\n和信銀行",
     [(P, "林淑芬")], [D]),
    ("notice", "third_party", "致：新光保全股份有限公司人事處\n本行有掛號文件需轉交貴公司員工林小姐本人，請協助轉交，謝謝。\n和信銀行", [], []),
    ("app", "third_party", "【啟泰樓街坊群】富通-阿強：1203室陳生借錢唔還，大家見到佢話佢知", [], [D]),
    ("app", "debtor", "[WhatsApp] 專員：陳生，你護照號碼係咪 G 八八九 洞二九二九，我哋要核對返\n客戶：係", [(PP, "G 八八九 洞二九二九")], [U]),
    ("app", "debtor", "[LINE] 專員：林小姐，您母親林王秀英住台南市東區崇學路88號，我們也可以寄一份通知過去\n客戶：不要",
     [(P, "林王秀英"), (A, "台南市東區崇學路88號")], [X]),
    ("call", "third_party", "專員：喂，係咪陳大文屋企\n第三方：佢唔喺度\n專員：唔該你叫佢覆個電話俾我哋，號碼係 2345 6789，多謝", [(P, "陳大文")], []),
    ("call", "third_party", "專員：喂，係咪陳大文阿媽，佢欠我哋八千幾，仲話自己有抑鬱症睇緊精神科，你叫佢還錢啦\n第三方：吓？",
     [(P, "陳大文")], [D, S]),
    ("email", "debtor", "林小姐您好：\n您的還款帳戶 6222 0284 7452 1556，今天扣款失敗。本行亦注意到您近三個月於台北市立聯合醫院婦幼院區有產檢紀錄。",
     [(BC, "6222 0284 7452 1556")], [S, U]),
    ("call", "debtor", "專員：陳生，你電話係咪幺八六 幺幺兩四\n客戶：係\n專員：三勾四四，好，咁我記低咗", [], [U]),
]


# --- identifiers in every written and spoken form ----------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【信合资产】尊敬的客户，您登记的证件号 ４４０３０５１９９１０７２８３６６３ 名下借款已转我司处理，请回电。",
     [(ID, "４４０３０５１９９１０７２８３６６３")], [U]),
    ("sms", "debtor", "【信合资产】您登记的证件号5301.0219.7907.0392.4X名下借款逾期，请于三日内处理。", [(ID, "5301.0219.7907.0392.4X")], [U]),
    ("sms", "debtor", "【信合资产】证件号530102-19790703-924x名下借款逾期，请于三日内处理。", [(ID, "530102-19790703-924x")], [U]),
    ("app", "debtor", "您的身份信息：3 2 0 1 0 2 1 9 8 4 0 3 2 5 3 2 8 0，如有误请联系客服更正。",
     [(ID, "3 2 0 1 0 2 1 9 8 4 0 3 2 5 3 2 8 0")], [U]),
    ("notice", "debtor", "催收通知\n借款人：单女士\n证件号码：35020319820305855Ｘ\n欠款金额：8,600.00元\n请于2024年12月25日前还款。",
     [(ID, "35020319820305855Ｘ")], [U]),
    ("call", "debtor", "坐席：您身份证号三两洞幺洞两 幺勾八四 洞三两五 三两八洞，这个是本人吧\n客户：对",
     [(ID, "三两洞幺洞两 幺勾八四 洞三两五 三两八洞")], [U]),
    ("call", "debtor", "坐席：您的老身份证号是四四零一零六六五零三零七八五七，系统里还是十五位的\n客户：对，没换",
     [(ID, "四四零一零六六五零三零七八五七")], [U]),
    ("sms", "debtor", "【德信小贷】尊敬的客户，您登记的旧版身份证号440106650307857已过期，请上传新证件。", [(ID, "440106650307857")], [U]),
    ("call", "debtor", "坐席：我把您卡号报一下，六两两八 四八五幺 三五拐拐 三五八四，明天会从这张卡扣\n客户：好",
     [(BC, "六两两八 四八五幺 三五拐拐 三五八四")], [U]),
    ("app", "debtor", "扣款卡：６２１２ ２６２０ ７８６１ ２２２０，扣款日每月15日。", [(BC, "６２１２ ２６２０ ７８６１ ２２２０")], [U]),
    ("app", "debtor", "扣款卡：6212-2620-7861-2220（本人），如需更换请在APP操作。", [(BC, "6212-2620-7861-2220")], [U]),
    ("email", "debtor", "您好，附件为您的还款计划表：\n| 期数 | 金额 | 扣款卡 |\n| 1 | 1,180.00 | 6228485135773584 |\n| 2 | 1,180.00 | 同上 |",
     [(BC, "6228485135773584")], [U]),
    ("email", "debtor", "您好，附件为您的还款计划表：\n| 期数 | 金额 | 扣款卡 |\n| 1 | 1,180.00 | 尾号3584 |\n| 2 | 1,180.00 | 尾号3584 |", [], []),
    ("sms", "debtor", "【合盈金融】请通过链接还款：https://pay.heying-fin.com/r?m=18954619574&amt=1020", [(MB, "18954619574")], [U]),
    ("sms", "debtor", "【合盈金融】请通过链接还款：https://pay.heying-fin.com/r?c=HY77120&amt=1020", [], []),
    ("sms", "debtor", "【合盈金融】您的联系电话+86 150-7925-7662将用于接收还款提醒，如需变更请回复BG。", [(MB, "150-7925-7662")], [U]),
    ("call", "debtor", "机器人：您好，这里是智能语音提醒，您的预留号码为，一 三 七 四 四 八 九 七 五 五 八。请确认后按一。\n客户：（按键1）",
     [(MB, "一 三 七 四 四 八 九 七 五 五 八")], [U]),
    ("call", "debtor", "机器人：您好，这里是智能语音提醒，您的预留号码尾号为，五，五，八。如需人工服务请按零。\n客户：（按键0）", [], []),
    ("call", "debtor", "坐席：您那个号码是幺三拐四四八勾拐五五八吧，我们一直打不通\n客户：那是我以前的号", [(MB, "幺三拐四四八勾拐五五八")], [U]),
    ("app", "debtor", "【系统消息】\n姓名：甘*丽\n手机：187 3886\n9347\n请核对信息", [], [U]),
    ("notice", "debtor", "还款通知\n户名：童建明\n收款账号：6225888861065617\n（注：该账号为您本人绑定的还款卡）",
     [(P, "童建明"), (BC, "6225888861065617")], [U]),
    ("notice", "debtor", "还款通知\n户名：鼎禾消费金融有限公司\n收款账号：4420 1580 0000 1234 5（对公账户）\n请备注借款编号。", [], []),
    ("sms", "debtor", "【恒信】您好，您的护照EA１２３４５６７需在还清欠款后方可办理出境手续，请知悉。", [(PP, "EA１２３４５６７")], [U]),
    ("app", "debtor", "客服：您的港澳通行证C12345678登记在案\n客户：这个跟借款有什么关系", [(PP, "C12345678")], [U]),
    ("sms", "debtor", "【众邦小贷】温先生，您爱人手机１８０１８５０１０７０已停机，请提供新的联系方式。", [(MB, "１８０１８５０１０７０")], [U, X]),
    ("email", "debtor", "您好，您的还款凭证已生成：\n付款人卡号：6225 8860 2542 1932\n收款方：鼎禾消费金融\n金额：1,260.00", [(BC, "6225 8860 2542 1932")], [U]),
    ("call", "debtor", "坐席：您身份证最后一位是叉对吧，四两洞幺幺幺 幺勾勾四洞六洞两 拐勾拐叉\n客户：嗯",
     [(ID, "四两洞幺幺幺 幺勾勾四洞六洞两 拐勾拐叉")], [U]),
]


# --- decoys: numbers that are no personal identifier -------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎禾消费金融】您的借款合同编号440106201913251234已归档，本期应还1,260元。", [], []),
    ("sms", "debtor", "【众邦小贷】您的还款订单 6228 4800 1234 5678 已受理，预计1个工作日到账。", [], []),
    ("sms", "debtor", "【顺丰速运】您的快递SF 1402 5667 8901 2已签收，如有疑问请致电95338。", [], []),
    ("sms", "debtor", "【德信小贷】您的还款凭证号12345678901已生成，请妥善保存。", [], []),
    ("sms", "debtor", "【安和普惠】验证码：736158，您正在修改还款卡，请勿泄露。", [], []),
    ("sms", "debtor", "【安和普惠】您的文书编号320102881332756已送达，请登录APP查看协商方案。", [], []),
    ("app", "debtor", "您申请的结清证明（文件编号 5101 0720 2413 6688 21）已开具，可在APP下载。", [], []),
    ("app", "debtor", "客服：您的工单号是 幺八六 两零两四 幺两洞五，处理结果会短信通知\n客户：好", [], []),
    ("call", "debtor", "坐席：您的案件号是 金诺两零两四 幺幺八拐六三，您记一下，以后打电话报这个号就行\n客户：记下了", [], []),
    ("call", "debtor", "坐席：这边给您的减免金额是一千三百八十六块五，剩下的在十二月二十五号前还清就行\n客户：行", [], []),
    ("call", "debtor", "坐席：我的工号是幺洞两拐八，您有问题可以直接找我\n客户：好的", [], []),
    ("email", "debtor", "您好，您的保单号 8801 2024 3366 7451 对应的信用保证保险已理赔，保险公司将向您追偿，详情见附件。", [], []),
    ("email", "debtor", "您好，法院立案号（2024）粤0106民初12345号，开庭时间2025年1月8日上午9:30，地点天河区人民法院第三法庭。", [], []),
    ("notice", "debtor", "还款通知书\n文号：HX〔2024〕第0872号\n借款编号：HXCF202311005678100\n欠款金额：3,112.40元\n发函日期：2024年12月3日", [], []),
    ("notice", "debtor", "对公还款账户：户名 众邦小额贷款有限公司，账号 3602 0007 0920 0123 456，开户行 工行滨江支行。", [], []),
    ("sms", "debtor", "【恒信】您的车辆VIN码LSVAU2180N2123456对应抵押登记已解除。", [], []),
    ("sms", "debtor", "【恒信】客服热线4008-123-456，工作时间9:00-21:00，投诉可拨打12378银行保险消费者投诉热线。", [], []),
    ("app", "debtor", "交易流水号 202412051830221176 付款成功，金额 ¥980.00。", [], []),
    ("app", "debtor", "您的借款编号10301231288 已生成电子合同，请在24小时内签署。", [], []),
    ("call", "debtor", "坐席：您这个批次号是两零两四一二零五洞三，我们这边按批次处理\n客户：嗯", [], []),
    ("sms", "debtor", "【金诺资产】您的调解编号440305202413 0088已登记，调解员小唐，电话0755-26781234。", [(LL, "0755-26781234")], []),
    ("sms", "debtor", "【合盈金融】您的提前还款申请（申请号 1390 0000 0000 0）已受理。", [], []),
]


# --- near-misses: health, faith, family and accounts named lawfully ----------------------------------------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor", "【鼎禾消费金融】如您因重大疾病、自然灾害或家庭变故暂时无法还款，可申请延期或分期，详情咨询在线客服。", [], []),
    ("app", "debtor", "本平台催收人员行为规范：不得询问或透露客户健康、宗教信仰、行踪等敏感信息，如遇违规请拨打投诉电话。", [], []),
    ("call", "debtor", "客户：我老婆刚生完孩子，还在月子里，这个月真拿不出来\n坐席：恭喜您，理解的，这期可以帮您延后到下个月，您看可以吗\n客户：可以",
     [], []),
    ("call", "debtor", "客户：我是残疾人，有残疾证的，每月就靠补贴\n坐席：明白，我们有困难客户减免政策，我帮您提交一下\n客户：谢谢", [], []),
    ("call", "debtor", "客户：我信佛的，不会赖账\n坐席：好的，那咱们约个还款日期，您看二十号行吗\n客户：行", [], []),
    ("call", "debtor", "客户：我爸在肿瘤医院住着，我天天在医院陪护\n坐席：您辛苦了，我先给您登记暂停催收两周，您照顾好家人\n客户：谢谢你",
     [], []),
    ("call", "debtor", "客户：我姐叫甘晓丽，你们可以找她\n坐席：好的，不过欠款的事我们只跟您本人沟通，您这边看什么时候能还\n客户：月底",
     [(P, "甘晓丽")], []),
    ("notice", "debtor", "还款提醒函\n收件人：覃桂兰\n地址：石桥镇下湾村三组\n您在我司借款已逾期，请及时联系我司协商还款。",
     [(P, "覃桂兰"), (A, "石桥镇下湾村三组")], []),
    ("notice", "third_party", "担保责任告知书\n卢强先生：\n您为借款人卢建的借款提供连带责任保证，现借款已逾期，请按保证合同履行保证责任。",
     [(P, "卢强"), (P, "卢建")], []),
    ("notice", "debtor", "传票\n案号：（2024）粤0106民初12345号\n被告：罗建平\n应到处所：广州市天河区人民法院，天河路613号\n应到时间：2025年1月8日9:30",
     [(P, "罗建平"), (A, "天河路613号")], []),
    ("email", "debtor", "您好，我是金诺资产调解员唐丽娜，工号0391，联系邮箱tanglina@jinnuo-am.com，您的案件由我负责跟进。",
     [(P, "唐丽娜"), (EM, "tanglina@jinnuo-am.com")], []),
    ("app", "debtor", "客户：我卡号是6222027068184413425，扣这张\n客服：好的，已为您设置尾号3425的卡为还款卡",
     [(BC, "6222027068184413425")], []),
    ("call", "debtor", "客户：我身份证号是四五洞幺洞两幺勾八洞洞勾幺六三三四X\n坐席：好的收到，后四位三三四X，核对一致",
     [(ID, "四五洞幺洞两幺勾八洞洞勾幺六三三四X")], []),
    ("app", "debtor", "您的账户已开通困难客户关怀通道：失业、疾病、丧亲等情况均可申请停息挂账，无需提供任何诊断细节。", [], []),
    ("call", "debtor", "客户：我刚做完心脏支架，医生让我别激动\n坐席：好的好的，那咱们不急，我给您备注一下，等您身体好点再沟通\n客户：谢谢",
     [], []),
    ("call", "debtor", "坐席：您好，请问是童建明本人吗\n客户：是\n坐席：我这边是金诺资产，受恒信委托，您的借款逾期二十天，金额三千二\n客户：知道了",
     [(P, "童建明")], []),
    ("email", "third_party", "致卢强先生（保证人）：\n借款人卢建的借款剩余本金18,000元，已逾期58天，根据您签署的保证合同，请于2025年1月10日前代为清偿。",
     [(P, "卢强"), (P, "卢建")], []),
    ("call", "debtor", "客户：我女儿刚上小学，开销大\n坐席：理解，孩子上学是大事，您看每月还五百，分八期可以吗\n客户：可以", [], []),
    ("email", "debtor", "晏先生您好：\n您的手机号已变更为尾号6206，邮箱 yanguodong@126.com 已绑定，后续电子账单将发送至此邮箱。",
     [(EM, "yanguodong@126.com")], []),
    ("app", "debtor", "客服：您好，您之前说在住院，现在身体恢复得怎么样了？不着急，这期已经帮您延后了\n客户：好多了", [], []),
    ("call", "third_party", "坐席：您好，请问是费先生吗\n第三方：打错了，我不是\n坐席：不好意思打扰了，再见", [], []),
]


# --- more voices: family, employers, addresses and routines beyond need ------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【鼎禾消费金融】罗建平，你在白云区机场路1288号顺捷物流上班，下午我们同事过去找你。",
     [(P, "罗建平"), (A, "白云区机场路1288号")], [X]),
    ("sms", "debtor", "【德信小贷】郝先生，您岳父的鱼档在东门市场B区17号，我们昨天路过看了一眼，请尽快还款。",
     [(A, "东门市场B区17号")], [X]),
    ("sms", "debtor", "【金诺资产】晏先生，您侄子晏子航的号码19820534100我们已经拿到，如今天不处理将联系他。",
     [(P, "晏子航"), (MB, "19820534100")], [U, X]),
    ("sms", "debtor", "【诚汇资产】覃女士，你大女儿何丽娟在东莞长安镇打工，小女儿何丽萍在镇上读高二，请你今天还款。",
     [(P, "何丽娟"), (P, "何丽萍")], [S, X]),
    ("sms", "debtor", "【盛泰小贷】蒋丽女士，您名下浦东新区张杨路1500弄7号602室的房子，您先生龚志伟知道您借款吗？",
     [(P, "蒋丽"), (A, "浦东新区张杨路1500弄7号602室"), (P, "龚志伟")], [X]),
    ("sms", "debtor", "【润达资产】温建国先生，您所在单位江城港务局装卸二队的刘队长我们已沟通过，望您配合。",
     [(P, "温建国")], [X]),
    ("sms", "debtor", "【安和普惠】甘晓丽，你前男友周凯开的奶茶店在步行街38号，我们也会去问问。",
     [(P, "甘晓丽"), (P, "周凯"), (A, "步行街38号")], [X]),
    ("sms", "debtor", "【合盈金融】贝文斌先生，您住的滨湖区梁溪路51号3幢201，您母亲秦凤英的电话我们已有，请速还款。",
     [(P, "贝文斌"), (A, "滨湖区梁溪路51号3幢201"), (P, "秦凤英")], [X]),
    ("sms", "debtor", "【众邦小贷】费志强，你小舅子在交警大队上班，叫宋建军，你这事要不要让他知道？",
     [(P, "费志强"), (P, "宋建军")], [X]),
    ("sms", "debtor", "【佳信金融】祁伟东先生，您儿子祁磊在省二院当护士，他的科室电话我们也查到了。",
     [(P, "祁伟东"), (P, "祁磊")], [X]),
    ("app", "debtor", "您的联系人信息：父亲 顾长林 15365517838；母亲 许桂芳 13693054562。逾期未还将通知上述联系人。",
     [(P, "顾长林"), (MB, "15365517838"), (P, "许桂芳"), (MB, "13693054562")], [U, X]),
    ("app", "debtor", "【账户信息】借款人：卓建华\n工作单位：宏达建材有限公司\n单位地址：高新区科技路66号\n配偶：孙晓燕",
     [(P, "卓建华"), (A, "高新区科技路66号"), (P, "孙晓燕")], [X]),
    ("app", "debtor", "[微信] 专员：康哥，你老婆在幸福里幼儿园当老师那个，叫杨雪吧，要不我去她单位聊聊\n客户：你敢",
     [(P, "杨雪")], [X]),
    ("app", "debtor", "[微信] 专员：童哥，你丈母娘住水岸花城11栋那个，我们昨天送了封信过去\n客户：你们有病", [(A, "水岸花城11栋")], [X]),
    ("call", "debtor", "坐席：喂，郝先生，你姐郝美玲在县医院收费处上班对吧，她电话幺五八三 四九幺 两三四三\n客户：别找她",
     [(P, "郝美玲"), (MB, "幺五八三 四九幺 两三四三")], [U, X]),
    ("call", "debtor", "坐席：您好，卓先生，您外甥孙浩是您担保人吗？不是的话我们也要找他聊聊\n客户：关他屁事", [(P, "孙浩")], [X]),
    ("call", "debtor", "坐席：贝先生，您爸妈住在锡山区东亭镇春合村七组，您不还我们就寄信过去\n客户：别", [(A, "锡山区东亭镇春合村七组")], [X]),
    ("call", "debtor", "坐席：邹女士，您老公叫什么来着，哦，孔令辉，在税务局，我们这边登记了\n客户：你们什么意思", [(P, "孔令辉")], [X]),
    ("call", "debtor", "坐席：严先生，您哥哥严志强、嫂子潘慧都在我们通讯录里，号码都是通的\n客户：你们别打", [(P, "严志强"), (P, "潘慧")], [X]),
    ("call", "debtor", "坐席：您好冯女士，您这周四是不是要去妇幼复查，我们可以在那边见个面\n客户：不用", [], [S]),
    ("call", "debtor", "坐席：您每周六早上送孩子去少年宫学舞蹈，九点到十一点，那时候您应该有空聊聊还款\n客户：你们太过分了", [], [S]),
    ("call", "debtor", "坐席：您先生上个月刚做了肝移植，医药费我们理解，但这笔还得还\n客户：你们从哪知道的", [], [S]),
    ("call", "debtor", "坐席：康先生，您现在还在缓刑考验期吧，再这样下去对您不好\n客户：你到底是谁", [], [S]),
    ("call", "debtor", "坐席：卢先生，我们这边看到您医保卡最近一个月刷了六千多，都是在精神卫生中心\n客户：……", [], [S]),
    ("call", "debtor", "坐席：您好，您是退役军人家属吧，拿着优抚金，那就更应该讲诚信\n客户：这跟还钱有什么关系", [], [S]),
    ("call", "debtor", "坐席：我们看到您支付宝里余额宝还有一万八，基金也有，怎么会还不上呢\n客户：那是我的", [], [S]),
    ("call", "debtor", "坐席：您晚上一般十一点下班，从地铁三号线龙华站出来走回家，路上我们同事跟您聊\n客户：你想干嘛", [], [S]),
    ("call", "debtor", "坐席：邓先生，昨晚您在如家酒店开的房，跟谁一起我们就不说了\n客户：你们查我？", [], [S]),
    ("call", "debtor", "坐席：喂，覃女士，您家里是信伊斯兰教的吧，斋月期间我们就不多打扰，您先还一部分\n客户：……", [], [S]),
    ("call", "debtor", "坐席：喂，温先生，您孩子在二中初三吧，中考体育考试是下周二，您肯定也不想那天我们去学校\n客户：你敢", [], [S]),
    ("sms", "debtor", "【恒信消费金融】卢先生，您名下工行卡本月收入3笔共计9,820元，支出8,900元，有能力还款。", [], [S]),
    ("sms", "debtor", "【佳信金融】祁先生，监测到您妻子每月初到市残联领取补贴，请合理安排家庭开支，优先还款。", [], [S]),
    ("sms", "debtor", "【安和普惠】甘女士，您的征信显示另有7笔网贷未结清，合计本金15.2万元，请优先归还本平台。", [], [S]),
    ("sms", "debtor", "【合盈金融】贝先生，您在试管婴儿中心的治疗费用已超5万元，说明您有能力还款。", [], [S]),
    ("sms", "debtor", "【众邦小贷】费先生，您女儿费思雨在城关幼儿园大二班，下午四点放学，请您今天处理欠款。",
     [(P, "费思雨")], [S, X]),
    ("app", "debtor", "系统已记录您最近一次登录位置：滨江区江南大道3688号，时间12月4日23:18。", [(A, "滨江区江南大道3688号")], [S]),
    ("app", "debtor", "【风险提示】检测到您12月1日至3日在三亚，机票及酒店消费合计1.2万元，请立即还款。", [], [S]),
    ("email", "debtor", "郝先生：\n经查，您于2019年曾因醉驾被判处拘役两个月，请珍惜信用，按时还款。", [], [S]),
    ("notice", "debtor", "还款提醒\n邓先生：\n据了解您患有乙肝，长期在传染病医院复查，请量力安排，但欠款仍须归还。", [], [S]),
    ("notice", "third_party", "致：春合村村民委员会\n贵村村民贝文斌的父亲贝长根，请转告其子在合盈金融的欠款已逾期90天，金额12,860元。",
     [(P, "贝文斌"), (P, "贝长根")], [D]),
    ("notice", "third_party", "致：水岸花城物业服务中心\n11栋住户童建明先生欠我司款项逾期，请在业主群中提醒其还款。\n金诺资产",
     [(P, "童建明")], [D]),
    ("sms", "third_party", "【合盈金融】秦女士您好，您儿子贝文斌欠款12,860元，身份证41010519830220179X，请督促其还款。",
     [(P, "贝文斌"), (ID, "41010519830220179X")], [D, U]),
    ("sms", "third_party", "【盛泰小贷】您好，您的同事蒋丽在我司借款逾期，她住浦东新区张杨路1500弄7号602室，家里还有个两岁小孩。",
     [(P, "蒋丽"), (A, "浦东新区张杨路1500弄7号602室")], [D, S, X]),
    ("call", "third_party", "坐席：喂，你是卓建华的老婆吧，他欠我们平台两万，你们家那套房子是写你名字吧\n第三方：你找他去",
     [(P, "卓建华")], [D]),
    ("call", "third_party", "坐席：喂，是晏国栋的房东吗，他欠了我们一万二，押金你先别退给他\n第三方：我不管这些", [(P, "晏国栋")], [D]),
    ("app", "third_party", "【宏达建材员工群】专员：卓建华在我们这借了钱一直不还，大家跟他一个车间的提醒一下", [(P, "卓建华")], [D]),
    ("email", "third_party", "孙晓燕女士：\n您丈夫卓建华在我司借款逾期120天，欠款20,450元，您作为配偶请协助处理。\n佳信金融",
     [(P, "孙晓燕"), (P, "卓建华")], [D]),
    ("email", "unknown", "外访申请：债务人邓志明，住址福田区彩田路2008号彩田村5栋1801，其妻在福田区妇幼上班，每周二夜班，建议周三上午上门。",
     [(P, "邓志明"), (A, "福田区彩田路2008号彩田村5栋1801")], [S, X]),
    ("email", "unknown", "案件补充信息：卓建华，妹妹卓小红13059898324，妹夫钱伟，在市一中教书，可作为施压对象。",
     [(P, "卓建华"), (P, "卓小红"), (MB, "13059898324"), (P, "钱伟")], [U, X]),
    ("email", "unknown", "委托方补充：严志刚，现住西湖区文三路259号昌地火炬大厦对面出租屋，女友在银泰百货化妆品专柜。",
     [(P, "严志刚"), (A, "西湖区文三路259号")], [X]),
    ("app", "unknown", "工单备注：郝先生每周一三五晚上在体育馆打球，七点到九点，可去那里找他。", [], [S]),
    ("app", "unknown", "工单备注：冯小娟儿子田浩，东湖中学初一6班，放学后去晚托班，晚托班在东湖路31号二楼。",
     [(P, "冯小娟"), (P, "田浩"), (A, "东湖路31号")], [S, X]),
    ("call", "debtor", "專員：陳生，你阿爸陳志強喺深水埗嗰間茶餐廳做廚房，我哋上個禮拜去食過飯\n客戶：你哋唔好搞佢", [(P, "陳志強")], [X]),
    ("sms", "debtor", "【富通財務】陳生，我哋知你每朝七點喺藍田地鐵站搭車返工，請盡快還款。", [], [S]),
    ("sms", "debtor", "【和信銀行】林小姐，您先生張志豪任職於桃園市政府，我們已取得其辦公室電話。", [(P, "張志豪")], [X]),
    ("app", "debtor", "[LINE] 專員：林小姐，您兒子張家瑋在中壢國小三年甲班，下課時間我們也知道\n客戶：不要碰我兒子", [(P, "張家瑋")], [S, X]),
    ("call", "third_party", "專員：喂，係咪李美玲小姐，你老公陳大文欠我哋富通財務八千四，你幫佢還咗佢啦\n第三方：我唔知",
     [(P, "李美玲"), (P, "陳大文")], [D]),
    ("sms", "debtor", "【信合资产】孔先生，您爱人在区税务局二楼办税服务厅窗口，我们方便的话去那边跟她聊。", [], [X]),
    ("sms", "debtor", "【信合资产】单女士，你前夫何建新（15863918762）说你还有一套房子在他那，我们会核实。",
     [(P, "何建新"), (MB, "15863918762")], [U, X]),
    ("app", "debtor", "[微信] 专员：严哥，你老婆潘晓静的闺蜜群我也在里面，要不我在群里说说\n客户：你别乱来", [(P, "潘晓静")], [X]),
    ("app", "debtor", "[QQ] 客服：您好，您登记的紧急联系人王丽（18916884772）、赵刚（18559969775）都已联系过，请尽快还款。",
     [(P, "王丽"), (MB, "18916884772"), (P, "赵刚"), (MB, "18559969775")], [U, X]),
    ("notice", "debtor", "逾期告知书\n卓建华先生：\n您配偶孙晓燕、胞妹卓小红、岳父孙德顺均为您的已知联系人，如您继续拖欠，我司将逐一告知。",
     [(P, "卓建华"), (P, "孙晓燕"), (P, "卓小红"), (P, "孙德顺")], [X]),
    ("notice", "debtor", "催收函\n温建国：\n你住龙湖春江郦城5栋1801，在港务局装卸二队上班，儿子温子轩在港城小学，你好自为之。",
     [(P, "温建国"), (A, "龙湖春江郦城5栋1801"), (P, "温子轩")], [S, X]),
    ("email", "debtor", "邹女士：\n您好，您的信用卡欠款6,842.11元。另外您公婆孔庆祥、刘秀兰住在枣庄市市中区光明路45号，我们会按地址寄送账单副本。",
     [(P, "孔庆祥"), (P, "刘秀兰"), (A, "枣庄市市中区光明路45号")], [X]),
    ("call", "debtor", "坐席：顾先生，您妹妹顾小梅在宝龙广场那家美甲店吧，店名叫指尖，我们有空去照顾下生意\n客户：别找她",
     [(P, "顾小梅")], [X]),
    ("sms", "debtor", "【鼎禾消费金融】罗先生，您孩子罗思琪每周三下午在青少年宫学钢琴，请家长以身作则按时还款。",
     [(P, "罗思琪")], [S, X]),
    ("app", "debtor", "[微信] 专员：卢哥，你在社区医院开的那些安眠药我们都知道，睡得着吗，先把钱还了\n客户：你们查我病历？", [], [S]),
    ("email", "third_party", "李老师：\n您好，贵校学生家长卓建华（电话13236269822）在我司借款逾期未还，请您转告他尽快处理。\n佳信金融",
     [(P, "卓建华"), (MB, "13236269822")], [D, U]),
    ("call", "debtor", "坐席：甘女士，你妈许秀珍那边我们已经打过电话了，她血压高，听了以后挺着急的\n客户：你们怎么能打给她",
     [(P, "许秀珍")], [S, X]),
    ("call", "debtor", "坐席：覃女士，您老公何志平天天去镇卫生院拿药，我们问过那边的医生\n客户：你们怎么能问医生", [(P, "何志平")], [S, X]),
]



SECTIONS: dict[str, list[PiplEntry]] = {
    "T-ASR-CALLS": ASR_CALLS,
    "T-SMS-DEBTOR": SMS_DEBTOR,
    "T-THIRD-PARTIES": THIRD_PARTIES,
    "T-CHATS": CHATS,
    "T-LETTERS": LETTERS,
    "T-TRANSFERS": TRANSFERS,
    "T-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "T-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "T-DECOYS": DECOYS,
    "T-NEAR-MISSES": NEAR_MISSES,
    "T-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
