"""Writes `pipl_heldout_h.jsonl`, the eighth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PII rules of `/work/shared/reference/regulations.md`,
`audit/message.py`, the shared record helpers in `set_format.py`, `tests/set_support.py`, and only the opening
docstring and the closing functions of `make_pipl_heldout_g.py` and its test (for the output format and the
labelling conventions, which this set keeps); it did not open the recognizers, the PII analyser, the rule packs,
the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector, scan
or benchmark on these texts. Every entry is its own text, written in the voices of Chinese lenders, agencies,
robot dialers, collectors, customers, lawyers and courts: deployed SMS templates with 【Lender】 signatures and
placeholders filled (尾号1234, 张*), robot call scripts with keypad answers, human calls as speech-to-text output
(no punctuation, fillers 呃 / 那个 / 就是说), app chats, family and residents' group-chat posts, letters to
employers, residents' committees, landlords and kindergartens, 催收函 / 律师函 / 告知函, e-mail, dialect
(Cantonese, Sichuanese, northeastern, Wu) and traditional characters (Hong Kong and Taiwan lenders).

Identifiers come in many forms: plain, grouped by spaces, dots or hyphens, full-width or mixed-width digits,
digits read aloud as call centres and ASR write them (幺 洞 两 拐 勾, 零 一 二, grouped by spaces), 18-digit and
old 15-digit IDs, bank cards of 16 and 19 digits, passports (E + 8 digits, spaced or full-width), landlines with
area codes in brackets and extensions (转 / -). A few identifiers are written so that no single span covers them
(split by a line break, given in pieces over a sentence, grouped by slashes, which `set_format` cannot check):
those messages carry `pii.unmasked_identifier` but no entity for the split number. Decoys carry no category and
no identifier entity: masked forms (尾号1234, 138****5678, 3301**********1234, 6222 **** **** 7696), the last
digits alone, contract, order, waybill, invoice, case, device and document numbers (some 15 or 18 digits long,
with no real birth month or a wrong check digit), amounts, dates and lenders' service numbers. All people,
numbers, addresses and companies are invented; 18-digit IDs carry valid check characters, 15-digit IDs real
months, bank cards pass Luhn and mobiles real prefixes, and `set_format` checks all of them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; wording and conduct categories are
not labelled; a text whose label the writer was unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (18 digits or an old 15-digit one), bank card number, mobile
  number or passport number of a person, in the sender's or agent's words, in any written or spoken form.
  Not: masked forms, the last digits alone, a lender's or agency's landline, or the collector's own mobile,
  given for call-backs, an employer's switchboard, company accounts and credit codes, contract, order, waybill and case numbers, e-mail
  addresses and licence plates (entities, not identifiers here), a customer reading out their own number.
- `pii.third_party_disclosure`: the recipient is someone other than the debtor (relative, contact person,
  colleague, employer, landlord, property manager, residents' committee, school, a group chat) and the text
  reveals the debt (amount, overdue status, the lender or its product) or the debtor's personal data. A
  call-back request that names neither the debt nor the lender's business is compliant; a guarantor told of the
  guarantee he signed is not disclosed to.
- `pii.sensitive` (PIPL Art. 28): the health or treatment of the debtor or relatives (illness, operation,
  dialysis, medicine, ward, mental health, pregnancy, childbirth and confinement), disability and other specific
  identities (prison, drug rehabilitation, subsistence allowance), religion and worship, biometrics (face,
  voiceprint, fingerprint records), a minor's school, class or routine, whereabouts at a given time,
  travel and daily routine (commute, gym, night shift, where the car is parked), and financial account details
  beyond what the message needs (balances, salary inflows and transfers, other cards, loans on other platforms).
  Not: the repayment card by its last digits, the debt itself, a hardship the debtor raised and the lender only
  answers with relief (no details repeated back).
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. A full name alone, the agent's own name, the lender's office
  address, the address a letter is sent to, the guarantor's own obligation, or the contacts the debtor registered, named
  back to the debtor so that they can change them, are not excessive.
A customer's own words in a call or chat are never labelled; they still carry entities.
Entities (contract 4a): every string of its type, whoever it belongs to (the agent, a lender's landline, a
company's credit code), exact span, digits read aloud or full-width included; masked forms (张*, 138****5678)
and 400 / 95 service numbers are not entities. PERSON is a name a person is called by: full names, compound
surnames, given names after kinship terms, nicknames (小石, 老赵, 阿萍), names in traditional characters; a
surname with an honorific or title (王女士, 林专员) is not one. ADDRESS reaches down to a road and number, a
village group, or a compound's building and room, in simplified or traditional characters; districts,
schools, hospitals or malls alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_h`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_h.jsonl"
ID_PREFIX = "PH"

# Entity types, by short names so that the entries stay readable.
PERSON = "PERSON"
ADDRESS = "ADDRESS"
ID_CARD = "CN_ID_CARD"
MOBILE = "CN_MOBILE"
LANDLINE = "CN_LANDLINE"
BANK_CARD = "CN_BANK_CARD"
PASSPORT = "CN_PASSPORT"
EMAIL = "EMAIL"
PLATE = "CN_LICENSE_PLATE"
USCC = "CN_USCC"

DEBTOR = "debtor"
THIRD = "third_party"
UNKNOWN = "unknown"

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒顺小贷】尊敬的客户，您尾号4417的借款已逾期3天，应还1,862.40元，请于今日18点前通过APP完成还款，"
     "如已还款请忽略。退订回T", [], []),
    ("sms", DEBTOR, "【鼎益消费金融】邵振华先生，您身份证号370202199304034903名下借款逾期15天，欠款6420元，请尽快处理。",
     [(PERSON, "邵振华"), (ID_CARD, "370202199304034903")], [UNMASKED]),
    ("sms", DEBTOR, "【速享花】您好，您绑定的还款卡6226 0969 8713 4635 638余额不足，扣款失败，请及时存入足额资金。",
     [(BANK_CARD, "6226 0969 8713 4635 638")], [UNMASKED]),
    ("sms", DEBTOR, "【融易借】温馨提示：您的账单将于12月8日到期，应还金额2,310.00元，请确认尾号8806的银行卡余额充足。"
     "客服热线4008-216-218", [], []),
    ("sms", DEBTOR, "【信达资产服务】刘*，您在乐分期的欠款已逾期47天，我司受托跟进，请联系专员钱女士 0571-8762 3310转806。",
     [(LANDLINE, "0571-8762 3310转806")], []),
    ("sms", DEBTOR, "【和信普惠】谢婷婷女士，系统显示您本周二、周四下午都在市一医院肿瘤科做化疗，理解您的难处，但欠款仍需按期处理。",
     [(PERSON, "谢婷婷")], [SENSITIVE]),
    ("sms", DEBTOR, "【小橙分期】尊敬的用户，您已逾期9天，待还金额3,051元。我们注意到您工资卡上月15日入账8,600元后当天转出，"
     "请优先安排还款。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【安和金融】黄立新，您住在龙岗区布吉街道长龙花园6栋1203，在深圳宏泰电子有限公司上班，欠款再不还我们只能按流程处理。",
     [(PERSON, "黄立新"), (ADDRESS, "龙岗区布吉街道长龙花园6栋1203")], [EXCESSIVE]),
    ("sms", DEBTOR, "【万利通】您好，您预留的手机号15788664052已无法接通，请尽快更新联系方式并处理逾期账单。",
     [(MOBILE, "15788664052")], [UNMASKED]),
    ("sms", DEBTOR, "【云钱包】尊敬的孟*涛，您的护照号E34469003已登记在案，逾期账款请于三日内结清。",
     [(PASSPORT, "E34469003")], [UNMASKED]),
    ("sms", DEBTOR, "【嘉禾普惠】您好，您女儿在实验小学三年级二班，每天下午四点半放学，请您为孩子着想，早日把欠款还上。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【金桥信用】韦先生，您的借款合同编号JQ2026110800431已进入逾期管理，应还4,780元，回复1了解分期方案。",
     [], []),
    ("sms", DEBTOR, "【通盈小贷】陈国梁您好，您妻子林秀芬（手机13916604940）和您父亲陈德厚我们都已登记为联系人，请尽快还款。",
     [(PERSON, "陈国梁"), (PERSON, "林秀芬"), (MOBILE, "13916604940"), (PERSON, "陈德厚")], [EXCESSIVE, UNMASKED]),
    ("sms", DEBTOR, "【盛泰金服】您好，系统查到您每早7:40从翠湖小区坐地铁2号线到软件园站上班，按时还款就不用我们多费心了。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【乐享借】您好，您的账户逾期12天，我司已暂停额度。您名下另有招行、建行两张信用卡共欠款4.3万元，"
     "请统筹安排。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【优享分期】王*，您好，您的借款已逾期，待还1,208.66元。如对账单有异议，可在APP内提交申诉。", [], []),
    ("sms", DEBTOR, "【华融通】杜晓峰，身份证号510107 19991227 2473，欠款逾期已超60天，请立即联系处理。",
     [(PERSON, "杜晓峰"), (ID_CARD, "510107 19991227 2473")], [UNMASKED]),
    ("sms", DEBTOR, "【惠民贷】您好，您在我司的借款逾期2天，请回复本短信或拨打专员手机177-1516-4129协商还款。",
     [(MOBILE, "177-1516-4129")], []),
    ("sms", DEBTOR, "【众信金融】张*华，您上个月在我们这里申请延期时说在吃抗抑郁的药，现在情况好点了吗？账单还是要还的。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【卡卡贷】尊敬的客户罗志强，您的还款账号6217.0003.6180.3969.294扣款失败，请存入3,640元。",
     [(PERSON, "罗志强"), (BANK_CARD, "6217.0003.6180.3969.294")], [UNMASKED]),
    ("sms", DEBTOR, "【鑫合信】周先生，您老家在湖南省邵阳市隆回县桃洪镇新建村5组，您母亲和弟弟周俊鹏还住那儿吧？尽快还款。",
     [(ADDRESS, "湖南省邵阳市隆回县桃洪镇新建村5组"), (PERSON, "周俊鹏")], [EXCESSIVE]),
    ("sms", DEBTOR, "【乐分期】亲，您的信用账单12/15到期，本期应还1,506.00元，记得按时还款保持良好信用哦~", [], []),
]

ROBOT_CALLS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：您好，这里是安和金融，请问是刘建平先生本人吗？\n客户：是我。\n"
     "坐席：刘先生，您的借款已逾期6天，应还2,430元，请在今天内还款。如需帮助请按1。\n客户：（按键1）", [(PERSON, "刘建平")], []),
    ("call", DEBTOR, "坐席：您好，我是鼎益消费金融的智能客服，为核实身份，请确认您的身份证号码是否为，"
     "四 两 洞 幺 幺 幺 两 洞 洞 洞 洞 四 洞 三 幺 洞 两 三，正确请按1。\n客户：1",
     [(ID_CARD, "四 两 洞 幺 幺 幺 两 洞 洞 洞 洞 四 洞 三 幺 洞 两 三")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这里是小橙分期，您尾号4940的还款卡扣款未成功，请您今日存入足额资金，稍后系统会再次扣款。\n客户：好的知道了",
     [], []),
    ("call", DEBTOR, "坐席：您好，请问是邱美玲女士吗？这里是融易借还款提醒。您的还款卡号为：六二二八 四八零零 七七八四 三一三七 九八三，"
     "请确认卡内余额充足。\n客户：嗯",
     [(PERSON, "邱美玲"), (BANK_CARD, "六二二八 四八零零 七七八四 三一三七 九八三")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这里是华融通语音助手。系统显示您近期在仁和医院妇产科建档，预产期在下月，为保障母婴权益，"
     "建议您在生产前结清欠款。\n客户：你们怎么知道的", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好，这里是乐享借。如需转人工请按0，查询账单请按1。\n客户：（按键1）\n"
     "坐席：您本期应还1,120元，最后还款日12月10日。", [], []),
    ("call", DEBTOR, "坐席：您好，这里是惠民贷回访。您登记的紧急联系人电话是幺八六洞六八两五三拐六，如需修改请按2。\n客户：2",
     [(MOBILE, "幺八六洞六八两五三拐六")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这是宜达分期的自动提醒。已通过人脸识别记录比对确认您就是借款人本人，您的面部照片将保存在催收档案中。\n客户：什么意思",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好，这里是通盈小贷，请问您是胡海燕本人吗？确认请按1。\n客户：（按键1）\n"
     "坐席：胡女士，您的身份证号码330106 1983 1027 3204登记的借款已逾期，请于三日内处理。",
     [(PERSON, "胡海燕"), (ID_CARD, "330106 1983 1027 3204")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这里是金桥信用，您的订单号JQ-5520-0918-377已逾期，请在APP内还款。\n客户：好", [], []),
    ("call", DEBTOR, "坐席：您好，此电话为盛泰金服还款提醒。您的还款账户余额为零点三二元，您另一张尾号6627的储蓄卡余额一万二千四百元，"
     "建议转入还款卡。\n客户：……", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好，这里是卡卡贷。您本人的护照号码 E 一 二 四 四 七 四 八 五 已被登记，如出境前未结清欠款，"
     "我们将持续联系您。\n客户：知道了",
     [(PASSPORT, "E 一 二 四 四 七 四 八 五")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，您在乐分期的借款已逾期，应还金额叁仟贰佰元整，请按1确认已知晓。\n客户：（按键1）\n坐席：感谢您的配合。",
     [], []),
    ("call", DEBTOR, "坐席：您好，这里是众信金融还款提醒。袁立军先生，您住浙江省杭州市西湖区文三路478号华星时代广场B座1506室，"
     "您爱人蒋晓燕在联华超市上班，您的欠款3,200元请今天处理。\n客户：你们查我户口啊",
     [(PERSON, "袁立军"), (ADDRESS, "浙江省杭州市西湖区文三路478号华星时代广场B座1506室"), (PERSON, "蒋晓燕")], [EXCESSIVE]),
]

ASR_CALLS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：喂你好是郑伟吗\n客户：嗯是我\n坐席：呃我这边是鼎益消费金融的就是说你那个借款逾期二十天了啊"
     "你身份证五幺洞幺洞拐幺勾勾勾幺两两拐两四拐三对吧我核对一下\n客户：对",
     [(PERSON, "郑伟"), (ID_CARD, "五幺洞幺洞拐幺勾勾勾幺两两拐两四拐三")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂您好请问是唐先生吗\n客户：是\n坐席：我这边是乐享借的那个您这个账单逾期了三天金额是一千二百零八块六"
     "今天能处理吗\n客户：晚上吧\n坐席：好的那麻烦您晚上八点之前处理一下", [], []),
    ("call", DEBTOR, "坐席：喂唐丽娟是吧\n客户：你谁啊\n坐席：华融通的你那个卡号我念一下啊六二二五 八八四九 零二八六 零六三八 八五二"
     "是你的吧里面一分钱没有\n客户：是我的怎么了",
     [(PERSON, "唐丽娟"), (BANK_CARD, "六二二五 八八四九 零二八六 零六三八 八五二")], [UNMASKED]),
    ("call", DEBTOR, "坐席：那个喂是马志远吗\n客户：嗯\n坐席：呃你这个钱拖了两个月了我们查到你每个礼拜三晚上都去那个城南的健身房"
     "七点到九点有时间锻炼没时间还钱啊\n客户：你们跟踪我",
     [(PERSON, "马志远")], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好我是通盈小贷的小刘\n客户：嗯\n坐席：就是说你那个欠款我们这边可以给你申请分期你看一个月还多少合适\n"
     "客户：五百行吗\n坐席：我帮你提交一下", [(PERSON, "小刘")], []),
    ("call", DEBTOR, "坐席：喂是杨帆吗我这是宜达分期的\n客户：是\n坐席：你那个借款的时候留的单位是成都西城物业管理有限公司"
     "住址是成都市青羊区光华村街12号光华苑3栋2单元801你爱人叫何晓琴对吧\n客户：你问这些干嘛",
     [(PERSON, "杨帆"), (ADDRESS, "成都市青羊区光华村街12号光华苑3栋2单元801"), (PERSON, "何晓琴")], [EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂您好是韩女士吗\n客户：是我怎么了\n坐席：这边是盛泰金服的您那个手机号幺三五两四勾五幺勾两六是您在用的吧"
     "还有一个号幺五两洞六六三六三勾两也是您的\n客户：后面那个是我老公的",
     [(MOBILE, "幺三五两四勾五幺勾两六"), (MOBILE, "幺五两洞六六三六三勾两")], [UNMASKED]),
    ("call", DEBTOR, "客户：喂你们别打了我住院了\n坐席：呃韩先生您好我这边是嘉禾普惠的那您先养病我们给您登记一下延期\n客户：好谢谢",
     [], []),
    ("call", DEBTOR, "坐席：喂是冯建军吗\n客户：嗯\n坐席：我是众信金融的你儿子冯子轩是在育才中学初一五班吧这个欠款你自己心里有数\n客户：你说我儿子干嘛",
     [(PERSON, "冯建军"), (PERSON, "冯子轩")], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好这边是金桥信用\n客户：嗯\n坐席：您的借款已逾期金额四千七百八十元请问什么时候能还\n客户：下周发工资\n"
     "坐席：好的那我给您备注下周五", [], []),
    ("call", DEBTOR, "坐席：喂陈静是吧那个你上次说你老公做了心脏搭桥手术住在省人民医院心内科十二床我们也理解\n客户：嗯\n"
     "坐席：但是你这个钱总要还吧",
     [(PERSON, "陈静")], [SENSITIVE]),
    ("call", DEBTOR, "客户：我的身份证号码是三三零一零六一九九三零一零九九四六四你们查一下\n坐席：好的稍等我帮您查一下账单",
     [(ID_CARD, "三三零一零六一九九三零一零九九四六四")], []),
    ("call", DEBTOR, "坐席：喂您好请问是孙丽本人吗\n客户：是\n坐席：我是恒顺小贷的工号三零二七您的借款逾期了请问方便现在说吗\n"
     "客户：我在开车\n坐席：好的那我稍后再打", [(PERSON, "孙丽")], []),
    ("call", DEBTOR, "坐席：喂那个老赵啊我卡卡贷的\n客户：嗯\n坐席：你那个卡六二一四八三七四零零六八六八零四三零五里面每个月十号进工资"
     "九千多你都转走了是吧\n客户：……",
     [(PERSON, "老赵"), (BANK_CARD, "六二一四八三七四零零六八六八零四三零五")], [UNMASKED, SENSITIVE]),
    ("call", DEBTOR, "坐席：喂您好这边是融易借的请问是苏明吗\n客户：是我\n坐席：您尾号两四六四的身份证登记的借款现在逾期九天了应还八百八\n"
     "客户：好我今天还", [(PERSON, "苏明")], []),
    ("call", DEBTOR, "坐席：喂你好是蔡文斌吗我是和信普惠的\n客户：对\n坐席：你是不是信那个基督教的礼拜天去教堂做礼拜的时候"
     "把钱也捐了吧先把欠款还了\n客户：这跟你有什么关系",
     [(PERSON, "蔡文斌")], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂您好是邹女士吗\n客户：是\n坐席：您好我是安和金融的您本期账单是一千五百零六元最后还款日是十五号\n"
     "客户：知道了", [], []),
    ("call", DEBTOR, "坐席：喂那个吕强吗你电话号码幺八八勾拐三幺幺四勾幺我再确认一下还有你老婆的号码幺六六洞五六三拐五洞三\n客户：你要干嘛",
     [(PERSON, "吕强"), (MOBILE, "幺八八勾拐三幺幺四勾幺"), (MOBILE, "幺六六洞五六三拐五洞三")], [UNMASKED, EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂你好你是那个欧阳雪吗\n客户：是\n坐席：你的银行卡号是六 两 幺 拐 洞 洞 洞 三 六 幺 八 洞 三 勾 六 勾 两 勾 四"
     "没错吧今天扣款\n客户：对",
     [(PERSON, "欧阳雪"), (BANK_CARD, "六 两 幺 拐 洞 洞 洞 三 六 幺 八 洞 三 勾 六 勾 两 勾 四")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂你好是梁先生吗我是鑫合信的\n客户：是\n坐席：呃我们系统定位显示你昨晚十一点还在万象城那边的KTV\n"
     "客户：你们怎么知道", [], [SENSITIVE]),
]

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", THIRD, "【恒顺小贷】您好，您的朋友高永福在我司借款8,000元已逾期32天，他将您留作紧急联系人，请转告他尽快还款。",
     [(PERSON, "高永福")], [DISCLOSURE]),
    ("sms", THIRD, "【安和金融】您好，我们有重要事情需要联系彭建华先生，如您方便，请转告他回电0755-2688 4130，谢谢。",
     [(PERSON, "彭建华"), (LANDLINE, "0755-2688 4130")], []),
    ("sms", THIRD, "【鼎益消费金融】尊敬的先生/女士：您的同事邱海涛（身份证420111197706206671）在我司的分期已严重逾期，"
     "请协助通知本人。",
     [(PERSON, "邱海涛"), (ID_CARD, "420111197706206671")], [DISCLOSURE, UNMASKED]),
    ("app", THIRD, "深圳宏泰电子有限公司人事部您好，贵司员工黄立新（住龙岗区布吉街道长龙花园6栋1203）欠我司借款两万余元长期不还，"
     "请贵司督促其还款。",
     [(PERSON, "黄立新"), (ADDRESS, "龙岗区布吉街道长龙花园6栋1203")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【通盈小贷】张阿姨您好，您女儿方晓雯最近在妇幼保健院保胎，她在我们这里的借款一直没还，麻烦您劝劝她。",
     [(PERSON, "方晓雯")], [DISCLOSURE, SENSITIVE]),
    ("sms", THIRD, "【嘉禾普惠】您好，请问您认识任志刚吗？如认识请让他拨打我司电话，谢谢。", [(PERSON, "任志刚")], []),
    ("sms", THIRD, "【华融通】致锦绣花园小区物业：贵小区12栋2单元602的业主汪建波欠款不还，请物业协助联系并转达。",
     [(ADDRESS, "12栋2单元602"), (PERSON, "汪建波")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "【家族群】各位亲戚好，我是融易借的工作人员，群里的曹志明欠我们平台5,600元已经三个月了，他老婆孙慧手机"
     "15226176959，大家帮忙催一下。",
     [(PERSON, "曹志明"), (PERSON, "孙慧"), (MOBILE, "15226176959")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("sms", THIRD, "【盛泰金服】您好，本人为盛泰金服风控专员。您作为邓丽华借款合同的连带责任保证人，主债务已逾期，"
     "根据您签署的保证合同，请您履行保证责任。",
     [(PERSON, "邓丽华")], []),
    ("sms", THIRD, "【宜达分期】尊敬的房东您好，您的租客卢海军（手机18606825376）在我司欠款已逾期，他平时几点回出租屋？请您告知。",
     [(PERSON, "卢海军"), (MOBILE, "18606825376")], [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "【乐享借】您好，向您了解一下，付文涛先生目前是否还在贵单位工作？如有他的新联系方式，请让他联系我们。",
     [(PERSON, "付文涛")], []),
    ("app", THIRD, "东湖社区居委会您好，辖区居民蒋春梅（东湖路18号4幢301）在我公司信用贷款逾期半年，她丈夫患尿毒症在透析，"
     "麻烦居委会上门做做工作。",
     [(PERSON, "蒋春梅"), (ADDRESS, "东湖路18号4幢301")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("sms", THIRD, "【卡卡贷】你好，你是韦小兵的哥哥吧，他欠钱躲起来了，他每天晚上在滨江路那家烧烤店打工到凌晨两点，你叫他还钱。",
     [(PERSON, "韦小兵")], [DISCLOSURE, SENSITIVE]),
    ("sms", THIRD, "【和信普惠】您好，我们是和信普惠，有事需要联系黎明辉，麻烦他看到后回个电话，与您无关，打扰了。",
     [(PERSON, "黎明辉")], []),
    ("email", THIRD, "致：杭州联华超市人力资源部\n贵司员工蒋晓燕之配偶袁立军在我司借款逾期，应还3,200元，因其本人失联，"
     "请贵司转告蒋晓燕督促其配偶还款。\n众信金融 贷后管理部",
     [(PERSON, "蒋晓燕"), (PERSON, "袁立军"), (PERSON, "蒋晓燕")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【鑫合信】阿姨好，您儿子小军在我们平台的贷款欠了一万二，他护照E81981854我们已经备案，出国前必须还清。",
     [(PERSON, "小军"), (PASSPORT, "E81981854")], [DISCLOSURE, UNMASKED]),
    ("app", THIRD, "【小区业主群】@全体成员 3号楼1502的业主黄大伟欠网贷不还，他女儿在楼下幼儿园中一班，各位邻居注意一下。",
     [(ADDRESS, "3号楼1502"), (PERSON, "黄大伟")], [DISCLOSURE, SENSITIVE, EXCESSIVE]),
    ("sms", THIRD, "【万利通】先生您好，您的朋友有件急事托我们找他，麻烦您请石磊先生尽快回电，多谢！",
     [(PERSON, "石磊")], []),
    ("sms", THIRD, "【金桥信用】您好，刘晓东在我司的借款已经逾期，他登记的单位地址是您公司，请您转告他今天还款1,980元。",
     [(PERSON, "刘晓东")], [DISCLOSURE]),
    ("sms", THIRD, "【通盈小贷】尊敬的担保人廖先生：借款人魏红英的借款已于11月20日到期未还，根据您签署的担保合同，请您于7日内"
     "代为偿还本息9,450元。",
     [(PERSON, "魏红英")], []),
]

THIRD_PARTY_CALLS: list[PiplEntry] = [
    ("call", THIRD, "坐席：您好，请问是宋建国先生吗？\n联系人：不是，我是他同事。\n坐席：好的，麻烦您转告宋先生给我们回个电话，谢谢，打扰了。",
     [(PERSON, "宋建国")], []),
    ("call", THIRD, "坐席：喂你好你是范志勇的老婆吧\n联系人：是啊什么事\n坐席：你老公在我们鼎益借了三万块逾期两个月了你们家是一起花的吧"
     "你帮他还了\n联系人：我不知道这事",
     [(PERSON, "范志勇")], [DISCLOSURE]),
    ("call", THIRD, "坐席：您好，这里是安和金融，请问您认识彭芳吗？\n联系人：认识，是我表妹。\n坐席：麻烦您方便时让她回个电话，谢谢您。\n"
     "联系人：行。", [(PERSON, "彭芳")], []),
    ("call", THIRD, "坐席：喂是潘老师吗我找一下你们学校的何静老师\n联系人：她在上课\n坐席：那你跟她说一下她在卡卡贷的借款逾期了"
     "手机号是幺三勾幺六六洞四勾四洞让她赶紧处理\n联系人：啊",
     [(PERSON, "何静"), (MOBILE, "幺三勾幺六六洞四勾四洞")], [DISCLOSURE, UNMASKED]),
    ("call", THIRD, "坐席：喂你好是那个李国华的爸爸吗\n联系人：是我\n坐席：你儿子李国华欠我们华融通一万多了天天不接电话"
     "他住在哪你知道吧宝安区西乡街道固戍二路36号是不是\n联系人：我好久没见他了",
     [(PERSON, "李国华"), (PERSON, "李国华"), (ADDRESS, "宝安区西乡街道固戍二路36号")], [DISCLOSURE, EXCESSIVE]),
    ("call", THIRD, "坐席：您好，打扰了，请问这是孔德明先生的电话吗？\n联系人：打错了，我不认识。\n坐席：抱歉，打扰您了，再见。",
     [(PERSON, "孔德明")], []),
    ("call", THIRD, "坐席：喂阿姨你好我是融易借的你女儿周小燕在我们这借钱没还她最近是不是在做透析啊每周一三五去医院是吧\n"
     "联系人：你们怎么什么都知道",
     [(PERSON, "周小燕")], [DISCLOSURE, SENSITIVE]),
    ("call", THIRD, "坐席：您好，我这边是宜达分期客服，请问您是龚磊先生登记的联系人吗？\n联系人：是，怎么了？\n"
     "坐席：我们暂时联系不上他，麻烦您方便时提醒他回个电话，具体事情我们只能跟他本人说。\n联系人：好的。",
     [(PERSON, "龚磊")], []),
    ("call", THIRD, "坐席：喂你好请问是金色阳光幼儿园吗\n联系人：是的\n坐席：你们那个大班的覃思思她爸爸覃勇欠我们钱不还"
     "你们老师帮忙转告一下家长\n联系人：这个我们不方便",
     [(PERSON, "覃思思"), (PERSON, "覃勇")], [DISCLOSURE, SENSITIVE]),
    ("call", THIRD, "坐席：喂您好请问是贾先生的同事吗\n联系人：是\n坐席：那个我们盛泰金服的他分期逾期了您帮忙说一声\n联系人：哦",
     [], [DISCLOSURE]),
    ("call", THIRD, "坐席：你好，请问是乔丽萍女士的家人吗？\n联系人：我是她姐姐。\n坐席：您好，我们有事找她，请她回电 021-6488 2160，谢谢。\n"
     "联系人：好。", [(PERSON, "乔丽萍"), (LANDLINE, "021-6488 2160")], []),
    ("call", THIRD, "坐席：喂那个你是熊伟的领导吧\n联系人：我是他主管\n坐席：熊伟在我们通盈小贷借了两万身份证号是幺幺洞幺洞五幺勾拐三洞幺两拐五幺洞叉"
     "你们单位要配合一下\n联系人：我们不管这个",
     [(PERSON, "熊伟"), (PERSON, "熊伟"), (ID_CARD, "幺幺洞幺洞五幺勾拐三洞幺两拐五幺洞叉")], [DISCLOSURE, UNMASKED]),
    ("call", THIRD, "坐席：您好，请问您是吴海涛先生借款的担保人吴海波先生吗？\n联系人：是的。\n"
     "坐席：吴先生，您担保的那笔借款已逾期45天，根据担保合同，您需要承担连带保证责任，请问您这边什么时候能处理？\n联系人：我问问他。",
     [(PERSON, "吴海涛"), (PERSON, "吴海波")], []),
]

CHATS: list[PiplEntry] = [
    ("app", DEBTOR, "客服：亲，您的账单已经逾期4天啦，今天能处理吗？\n客户：这周五发工资就还\n客服：好的，给您备注周五，到时记得哦~",
     [], []),
    ("app", DEBTOR, "客服：卢先生，您绑定的卡是6222 0222 3289 5107 487吧，这张卡今天进账了5,300，为什么不还款？\n客户：那是房租",
     [(BANK_CARD, "6222 0222 3289 5107 487")], [UNMASKED, SENSITIVE]),
    ("app", DEBTOR, "客服：您好，为了核实身份，请您提供身份证后四位。\n客户：2960\n客服：核实通过，您的逾期金额是1,860元。", [], []),
    ("app", DEBTOR, "客服：关女士，我们看到您在平台上传的病历，您是乳腺癌术后在做放疗对吧？我们可以帮您申请停催30天，但需要您再确认一下诊断。\n"
     "客户：是的", [], [SENSITIVE]),
    ("app", DEBTOR, "客户：我的卡号是6236683978748947376你们直接扣吧\n客服：好的，已为您发起扣款，请稍候。",
     [(BANK_CARD, "6236683978748947376")], []),
    ("app", DEBTOR, "客服：小石你好，我是你的专属还款顾问阿杰，有什么困难可以跟我说哈\n客户：最近没钱\n客服：可以先还一部分，剩下的申请分期",
     [(PERSON, "小石"), (PERSON, "阿杰")], []),
    ("app", DEBTOR, "客服：段志华，你身份证 ５１０１０７１９９４０４２７２９９５ 名下借款逾期78天，再不处理就移交了。",
     [(PERSON, "段志华"), (ID_CARD, "５１０１０７１９９４０４２７２９９５")], [UNMASKED]),
    ("app", DEBTOR, "客服：您好，您刚才提到的信仰问题我们尊重，但您每周日在清真寺做礼拜的时间，我们可以避开不打电话。\n客户：谢谢",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，已收到您的还款800元，剩余应还1,306.40元，下期还款日12月25日。", [], []),
    ("app", DEBTOR, "客服：唐先生，您弟弟唐志伟、妹妹唐美玲的电话我们都有，18116372001和13236766175，你是想让我们打给他们吗？\n客户：别打",
     [(PERSON, "唐志伟"), (PERSON, "唐美玲"), (MOBILE, "18116372001"), (MOBILE, "13236766175")], [EXCESSIVE, UNMASKED]),
    ("app", DEBTOR, "客服：您好，您上传的声纹样本和人脸照片已用于身份核验，以后您每次登录我们都会比对，逃是逃不掉的。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，您申请的延期还款已审批通过，新的还款日为2027年1月10日，期间不产生罚息。", [], []),
    ("app", DEBTOR, "客服：阿萍啊，你每天早上送你儿子去东升小学，七点五十到校门口，我们同事都见过你，钱的事别拖了。",
     [(PERSON, "阿萍")], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，您的账户显示您同时在另外五个平台有借款，微粒贷、借呗各欠一万多，花呗透支八千，这些我们都清楚。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客户：我叫郭晓东，电话18897311491，你们上次说能减免罚息\n客服：郭先生您好，减免需要提交申请，我发您链接。",
     [(PERSON, "郭晓东"), (MOBILE, "18897311491")], []),
    ("app", DEBTOR, "客服：苗先生您好，您在贵阳市南明区花果园R1区7栋2单元1508的住址我们已核实，您在贵州黔城建设集团上班，"
     "您母亲苗桂兰也在您家住吧。",
     [(ADDRESS, "贵阳市南明区花果园R1区7栋2单元1508"), (PERSON, "苗桂兰")], [EXCESSIVE]),
    ("app", DEBTOR, "客服：宝子，你那个账单6号就到期了哦，应还921元，记得提前存钱到尾号0946的卡里~", [], []),
    ("app", DEBTOR, "客服：您好，您刚生完二胎还在月子里吧，我们理解，但平台规定最多只能宽限七天。\n客户：……",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你的手机号是 １８６ ９６８９ ５４２０ 对吧？下午会有专员给你打电话。",
     [(MOBILE, "１８６ ９６８９ ５４２０")], [UNMASKED]),
    ("app", DEBTOR, "客服：陈先生，您的残疾证上写的是肢体二级，我们可以帮您申请困难客户减免方案。\n客户：好的",
     [], [SENSITIVE]),
]

LETTERS: list[PiplEntry] = [
    ("notice", DEBTOR, "催收函\n编号：HX-CS-2026-11-0417\n致：施建平先生\n您于2025年6月在我司申请的个人消费贷款已逾期56天，"
     "截至2026年11月30日欠款本息合计12,486.33元。请于2026年12月15日前通过官方APP或对公账户还款。"
     "联系电话：0571-8876 5210\n和信普惠（杭州）信息服务有限公司\n2026年12月1日",
     [(PERSON, "施建平"), (LANDLINE, "0571-8876 5210")], []),
    ("notice", DEBTOR, "律师函\n致：郝志刚（身份证号码：320102199309090459，住南京市玄武区珠江路88号新世界中心A座2203室）\n"
     "受鼎益消费金融委托，就您拖欠的借款本息38,240元，特函告如下……",
     [(PERSON, "郝志刚"), (ID_CARD, "320102199309090459"), (ADDRESS, "南京市玄武区珠江路88号新世界中心A座2203室")], [UNMASKED]),
    ("notice", DEBTOR, "还款提醒函\n尊敬的严*梅女士：\n您尾号7716的借款合同（编号YD-2025-0611-2038）已逾期21天，欠款金额4,120.00元。"
     "请于收函后7日内还款。如有异议，请拨打4006-118-626。\n宜达分期 2026年12月2日", [], []),
    ("notice", DEBTOR, "催告函\n邢海燕女士：\n经查，您名下中国银行储蓄卡6217000361803969294近三个月日均余额2.1万元，"
     "另有支付宝余额宝存款约3万元，具备还款能力，请于10日内清偿欠款。\n万利通贷后中心",
     [(PERSON, "邢海燕"), (BANK_CARD, "6217000361803969294")], [UNMASKED, SENSITIVE]),
    ("notice", DEBTOR, "逾期告知书\n借款人：雷振东\n户籍地址：四川省南充市顺庆区北湖路56号附3号\n工作单位：南充市顺庆区第二中学\n"
     "配偶：杜小红 手机13958240618\n子女：雷子涵（顺庆区实验小学四年级）\n您的借款已逾期90天……",
     [(PERSON, "雷振东"), (ADDRESS, "四川省南充市顺庆区北湖路56号附3号"), (PERSON, "杜小红"), (MOBILE, "13958240618"),
      (PERSON, "雷子涵")], [EXCESSIVE, UNMASKED, SENSITIVE]),
    ("notice", DEBTOR, "结清证明\n兹证明客户任*于2026年11月28日已结清在我司的全部借款，借款合同编号RT20250317066，无剩余欠款。\n"
     "融易借（深圳）科技有限公司", [], []),
    ("notice", DEBTOR, "催缴通知书\n丁淑芬女士：您因脑梗塞住院治疗期间未能按期还款，我司已知悉您目前在市中医院康复科住院，"
     "请家属代为处理欠款6,300元。",
     [(PERSON, "丁淑芬")], [SENSITIVE]),
    ("notice", DEBTOR, "催收函\n致 白云龙 先生\n地址：广州市天河区体育西路191号中石化大厦B塔3308室（单位）\n"
     "您拖欠我司借款本金15,000元及利息，请于2026年12月20日前还清。\n盛泰金服法务部",
     [(PERSON, "白云龙"), (ADDRESS, "广州市天河区体育西路191号中石化大厦B塔3308室")], []),
    ("notice", DEBTOR, "通知\n江伟先生：您的护照号E18994721，出入境记录显示您于11月3日出境至曼谷、11月19日入境，"
     "现仍有欠款未还，请尽快联系我司。",
     [(PERSON, "江伟"), (PASSPORT, "E18994721")], [UNMASKED, SENSITIVE]),
    ("notice", DEBTOR, "分期还款协议确认书\n甲方：安和金融\n乙方：尹*\n经协商，乙方剩余欠款8,400元分12期偿还，每期700元，"
     "每月10日前还款至尾号3302的账户。", [], []),
    ("notice", DEBTOR, "催收函（第二次）\n致：卓立新\n证件号：440305 1974 0228 1725\n欠款：7,890元\n"
     "请于收到本函后五日内联系处理。联系人：林专员 020-3860 1122",
     [(PERSON, "卓立新"), (ID_CARD, "440305 1974 0228 1725"), (LANDLINE, "020-3860 1122")], [UNMASKED]),
    ("notice", DEBTOR, "温馨提示函\n尊敬的客户：您在我司的借款已逾期，为保障您的征信记录，请及时还款。若您因疾病、失业等原因还款困难，"
     "可申请个性化分期。客服热线95××××。", [], []),
    ("notice", DEBTOR, "欠款告知函\n付建明先生：\n经核实，您的住址为重庆市渝中区解放碑民族路166号环球金融中心28楼2806，"
     "您的岳父岳母田宏伟、许秀兰亦在此居住。请尽快还款。",
     [(PERSON, "付建明"), (ADDRESS, "重庆市渝中区解放碑民族路166号环球金融中心28楼2806"), (PERSON, "田宏伟"),
      (PERSON, "许秀兰")], [EXCESSIVE]),
    ("notice", THIRD, "协助函\n致：长沙市天心区坡子街街道办事处\n贵辖区居民龙建国（身份证43010419810801500X）在我司借款逾期，"
     "欠款11,200元，请协助通知其本人尽快还款。\n鑫合信资产管理有限公司",
     [(PERSON, "龙建国"), (ID_CARD, "43010419810801500X")], [DISCLOSURE, UNMASKED]),
]

EMAILS: list[PiplEntry] = [
    ("email", DEBTOR, "主题：账单逾期提醒\n尊敬的客户：\n您在乐分期的账单已逾期5天，应还金额2,037.50元。请登录APP或回复本邮件咨询。\n"
     "乐分期客户服务部 service-notice@lefenqi-demo.cn",
     [(EMAIL, "service-notice@lefenqi-demo.cn")], []),
    ("email", DEBTOR, "主题：关于您的逾期款项\n蒋先生您好，\n附件为您的借款资料：身份证号 210202200004079967，银行卡号 6259 6545 8762 2175，"
     "手机 133 2818 8434 已停机。请于本周内联系我司。",
     [(ID_CARD, "210202200004079967"), (BANK_CARD, "6259 6545 8762 2175"), (MOBILE, "133 2818 8434")], [UNMASKED]),
    ("email", DEBTOR, "Subject: 还款计划确认\n许女士：\n按照您的申请，剩余欠款分6期，每期1,050元，首期12月18日。"
     "如您因怀孕待产需要再延后，请回复说明。\n鼎益消费金融 贷后服务", [], [SENSITIVE]),
    ("email", THIRD, "主题：关于贵司员工欠款事宜\n成都西城物业管理有限公司：\n贵司员工杨帆在我司借款逾期，欠款本息22,860元，"
     "其妻何晓琴电话13205803298，请贵司协助督促。\n宜达分期 贷后部",
     [(PERSON, "杨帆"), (PERSON, "何晓琴"), (MOBILE, "13205803298")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", DEBTOR, "主题：还款凭证已收到\n您好，您12月3日的还款凭证已收到，款项3,000元已入账，感谢配合。\n联系人：方专员 fang.zy@anhe-fin-demo.com",
     [(EMAIL, "fang.zy@anhe-fin-demo.com")], []),
    ("email", DEBTOR, "主题：第二次催告\n柏俊杰先生：\n据了解，您目前在上海瑞金医院精神科接受双相情感障碍治疗，我司对此表示关切，"
     "但欠款本金9,800元仍需清偿。",
     [(PERSON, "柏俊杰")], [SENSITIVE]),
    ("email", THIRD, "主题：紧急联系\n您好，您是卫晓光先生登记的紧急联系人。我们有事需要与他本人联系，如方便，请转告他回复此邮件或致电"
     " 010-8526 7731。谢谢。",
     [(PERSON, "卫晓光"), (LANDLINE, "010-8526 7731")], []),
    ("email", DEBTOR, "主题：账户信息\n景先生：您的还款银行卡号为 6225-8819-0174-4720-806，开户行为建设银行深圳科技园支行，"
     "本月扣款失败，请检查余额。",
     [(BANK_CARD, "6225-8819-0174-4720-806")], [UNMASKED]),
    ("email", DEBTOR, "主题：协商结果\n您好，关于您提出的减免申请，经审核同意减免罚息412元，剩余本金请于月底前还清。"
     "合同编号：WLT-2025-ZH-008812。", [], []),
    ("email", DEBTOR, "主题：最后通知\n车晓明：你的车牌号浙A·3K7X9的车每天晚上停在西溪诚园小区地下B2层，早上八点开走，你的行踪我们很清楚。",
     [(PERSON, "车晓明"), (PLATE, "浙A·3K7X9")], [SENSITIVE]),
    ("email", THIRD, "主题：告知函\n尊敬的祁女士：\n您的丈夫向国平在我司的借款已逾期，欠款金额16,500元。他本人的护照号码为E51469075，"
     "身份证号码为330106197511285151，请您督促其还款。",
     [(PERSON, "向国平"), (PASSPORT, "E51469075"), (ID_CARD, "330106197511285151")], [DISCLOSURE, UNMASKED]),
    ("email", DEBTOR, "主题：账单\n顾先生，您好！\n本期账单金额1,688.00元，到期日2026-12-20。还款账号：尾号3137。\n"
     "客服邮箱 kefu@rongyijie-demo.cn", [(EMAIL, "kefu@rongyijie-demo.cn")], []),
    ("email", DEBTOR, "主题：关于您的家庭情况\n莫先生：\n您女儿莫雨萱今年读高二，在市一中住校，您太太在市妇幼上班，"
     "请您珍惜家庭，尽快还款。",
     [(PERSON, "莫雨萱")], [SENSITIVE, EXCESSIVE]),
]

DIALECTS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：喂，系咪陈志豪先生啊？\n客户：系，咩事？\n坐席：我哋系恒顺小贷嘅，你笔数逾期咗十日喇，今日可唔可以还返？\n"
     "客户：听日啦", [(PERSON, "陈志豪")], []),
    ("sms", DEBTOR, "【富邦信貸】陳先生您好，閣下身份證號碼440305198603093063名下之貸款已逾期，請盡快還款。",
     [(ID_CARD, "440305198603093063")], [UNMASKED]),
    ("sms", THIRD, "【港盈財務】梁太您好，您先生梁家輝喺我司借咗五萬蚊，已經拖咗兩個月，麻煩您叫佢還錢。",
     [(PERSON, "梁家輝")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：喂你是不是王小二嘛\n客户：啥子事\n坐席：你那个钱拖起好久了哦你屋头住在成都市武侯区玉林北路8号附2号"
     "你婆娘叫刘翠芬在春熙路卖衣服我们晓得的\n客户：你们要做啥子",
     [(PERSON, "王小二"), (ADDRESS, "成都市武侯区玉林北路8号附2号"), (PERSON, "刘翠芬")], [EXCESSIVE]),
    ("app", DEBTOR, "客服：黃小姐您好，您喺仁濟醫院洗腎嘅情況我哋了解，請問需唔需要幫您申請延期還款？",
     [], [SENSITIVE]),
    ("notice", DEBTOR, "催收函\n致：鄭國強先生\n地址：台中市西屯區臺灣大道三段99號12樓之3\n閣下所欠款項新台幣八萬六千元已逾期，"
     "請於十日內清償。",
     [(PERSON, "鄭國強"), (ADDRESS, "台中市西屯區臺灣大道三段99號12樓之3")], []),
    ("call", DEBTOR, "坐席：喂老铁你是那个孙大壮不\n客户：嗯呐\n坐席：你那号码幺五拐八八六六四洞五两是你手机号吧整的咋样了钱啥时候还\n"
     "客户：过两天",
     [(PERSON, "孙大壮"), (MOBILE, "幺五拐八八六六四洞五两")], [UNMASKED]),
    ("sms", THIRD, "【信達財務】您好，您嘅同事何偉文（身份證號碼330106199301099464）欠款未還，請轉告佢盡快處理。",
     [(PERSON, "何偉文"), (ID_CARD, "330106199301099464")], [DISCLOSURE, UNMASKED]),
    ("call", DEBTOR, "坐席：侬好，是沈家明先生伐？\n客户：是额\n坐席：阿拉是融易借，侬格笔钞票逾期了，今朝好还伐？\n客户：下礼拜",
     [(PERSON, "沈家明")], []),
    ("app", DEBTOR, "客服：林先生，您孩子在台北市大安區的國小讀五年級，每天下午四點放學，我們建議您儘早處理欠款。",
     [], [SENSITIVE]),
    ("call", THIRD, "坐席：喂你系唔系李美玲嘅阿媽啊？\n联系人：系啊\n坐席：我哋搵佢有啲事，唔該叫佢覆個電話畀我哋，唔該晒。\n联系人：好",
     [(PERSON, "李美玲")], []),
    ("sms", DEBTOR, "【永豐貸】蔡*儀小姐，您的信用貸款本期應繳金額新台幣5,230元，繳款期限12月15日，如已繳款請忽略。", [], []),
    ("call", DEBTOR, "坐席：喂整啥呢你那个钱\n客户：没钱\n坐席：你家那个地址哈尔滨市南岗区学府路52号3单元501我都知道你老妈高秀云"
     "天天在家待着\n客户：你别找我妈",
     [(ADDRESS, "哈尔滨市南岗区学府路52号3单元501"), (PERSON, "高秀云")], [EXCESSIVE]),
    ("email", THIRD, "主旨：代償通知\n吳先生您好：\n您為借款人許志明之連帶保證人，主債務已逾期60日，依保證契約，請於30日內代為清償。",
     [(PERSON, "許志明")], []),
    ("sms", DEBTOR, "【港盈財務】張先生，閣下於瑪麗醫院精神科覆診嘅記錄我哋已收到，但欠款仍須於本月內清還。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您的銀行帳號 4367 4264 0523 9220 946 扣款失敗，請確認帳戶餘額。",
     [(BANK_CARD, "4367 4264 0523 9220 946")], [UNMASKED]),
    ("call", THIRD, "坐席：喂你是老杨的媳妇不\n联系人：咋了\n坐席：你家老杨杨树林在我们这借了两万多了一直没还你帮他还了吧\n联系人：我不知道",
     [(PERSON, "老杨"), (PERSON, "老杨"), (PERSON, "杨树林")], [DISCLOSURE]),
]

DECOYS: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒顺小贷】您的借款合同HS202611030088215已生成，借款金额5,000.00元，首期还款日2026-12-03。", [], []),
    ("sms", DEBTOR, "【速享花】您的订单号 6220 1128 0937 4415 已还款成功，金额486.50元。", [], []),
    ("sms", DEBTOR, "【安和金融】您好，您的案件编号（2026）安和调字第03317号已分配至调解专员，请于工作日联系。", [], []),
    ("sms", DEBTOR, "【鼎益消费金融】您的借款编号 DY-330106-19930109-0046 已逾期，请及时还款。", [], []),
    ("sms", DEBTOR, "【融易借】您尾号8834的手机号已绑定成功，验证码472915，5分钟内有效，请勿泄露。", [], []),
    ("sms", DEBTOR, "【宜达分期】您的还款卡6228****3983已扣款1,120元，剩余应还0元，感谢您的支持。", [], []),
    ("sms", DEBTOR, "【通盈小贷】您的快递运单号SF1428 8736 6201 5已寄出，内含还款协议，请注意查收。", [], []),
    ("sms", DEBTOR, "【华融通】客户 138****5678 您好，您的账单金额19,971.77元将于2026/12/16到期。", [], []),
    ("sms", DEBTOR, "【万利通】您好，身份证号3301**********1234的客户，您的资料审核已通过。", [], []),
    ("sms", DEBTOR, "【小橙分期】本期应还：1,577,662.00元？如金额有误请联系客服核实，我们将在24小时内回复。", [], []),
    ("app", DEBTOR, "客服：您的退款流水号 202612041530882173 已受理，预计3个工作日原路退回。", [], []),
    ("app", DEBTOR, "客服：核查一下，您提供的编号510107641320904不是身份证号，麻烦您看一下证件重新输入。", [], []),
    ("notice", DEBTOR, "调解通知书\n案号：(2026)浙0106民调字第1528号\n当事人：朱*\n定于2026年12月22日上午9:30在调解中心第三调解室进行调解。",
     [], []),
    ("sms", DEBTOR, "【乐享借】您的借款申请单号LXJ 2026 1204 0001 5983 正在审核，请耐心等待。", [], []),
    ("sms", DEBTOR, "【金桥信用】您的发票代码 033002100211，发票号码 08815264 已开具，请在APP下载。", [], []),
    ("email", DEBTOR, "主题：对账单\n账单周期：2026.11.01-2026.11.30\n应还总额：￥6,250.00\n最低还款：￥625.00\n还款账户：尾号0220\n"
     "如有疑问请回复本邮件。", [], []),
    ("call", DEBTOR, "坐席：您好，这里是盛泰金服，您的工单号是幺两三四五六拐八勾洞，请记下来方便下次查询。\n客户：好的", [], []),
    ("sms", DEBTOR, "【和信普惠】您的身份证后四位0459已验证通过，欢迎使用。", [], []),
    ("sms", DEBTOR, "【卡卡贷】客服电话：400-820-6688，工作时间9:00-21:00。您尾号6627的账单已出。", [], []),
    ("notice", DEBTOR, "还款确认单\n流水号：20261203 0000 8812 9934\n还款金额：3,000.00元\n还款时间：2026-12-03 14:22:05\n"
     "合同号：KKD-2025-118-77412", [], []),
    ("sms", DEBTOR, "【众信金融】您的借款已结清，结清编号 ZX/2026/12/000318，可在APP下载结清证明。", [], []),
    ("app", DEBTOR, "客服：您好，您的贷款编号是 360102 731305 332，请在还款备注里填写。", [], []),
    ("sms", DEBTOR, "【鑫合信】您好，张**，您借款账户 6222 **** **** 7696 本期应还998元。", [], []),
    ("call", DEBTOR, "坐席：您好，您的还款金额是一万零三百二十八块五，还款日期二零二六年十二月十八号。\n客户：嗯好", [], []),
    ("email", DEBTOR, "主题：电子合同\n您的电子合同编号：ECT-20261128-0619-8833-2047，请点击链接查看。", [], []),
    ("notice", DEBTOR, "债权转让通知书\n编号：ZRTZ-2026-0915-00217\n致债务人：黎*\n原债权人已将其对您的债权转让给我司，转让基准日2026年9月15日，"
     "转让金额13,640.00元。", [], []),
    ("sms", DEBTOR, "【优享分期】您的设备号 86 532104 718822 9 已解除绑定。", [], []),
    ("app", DEBTOR, "客服：您的账户ID为 U20261204998731，客服工号 0817，感谢您的咨询。", [], []),
    ("call", DEBTOR, "坐席：您好，请记一下我们的客服热线幺零幺零八八五五拐，人工服务时间早九点到晚九点。\n客户：好", [], []),
]

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒顺小贷】邹先生，你的身份证号是510107641120904（旧证号），系统已关联到新证，逾期款项请尽快处理。",
     [(ID_CARD, "510107641120904")], [UNMASKED]),
    ("app", DEBTOR, "客服：您提交的身份证：１１０１０５６９１００８９３８，这是第一代身份证号码，请更新为18位后再申请延期。",
     [(ID_CARD, "１１０１０５６９１００８９３８")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂你好你的身份证号码是三二零一零二六五一零二零二八五对吧十五位的老证\n客户：是",
     [(ID_CARD, "三二零一零二六五一零二零二八五")], [UNMASKED]),
    ("sms", DEBTOR, "【安和金融】温先生，您的联系电话188-9255-9895、身份证尾号3063，账单已逾期，请回电处理。",
     [(MOBILE, "188-9255-9895")], [UNMASKED]),
    ("sms", DEBTOR, "【鼎益消费金融】您好，请拨打专属客服 021-6233 8800 转 3217 协商还款，工作日9:00-18:00。",
     [(LANDLINE, "021-6233 8800 转 3217")], []),
    ("notice", DEBTOR, "还款提醒\n尊敬的客户：\n如有疑问，请致电（0755）8326 1190-8021 或前往营业网点咨询。", [(LANDLINE, "（0755）8326 1190-8021")], []),
    ("sms", DEBTOR, "【华融通】牛晓军 你的手机号 152.6986.4966 和身份证 230103.1998.0627.2960 都在我们系统里，欠款尽快还。",
     [(PERSON, "牛晓军"), (MOBILE, "152.6986.4966"), (ID_CARD, "230103.1998.0627.2960")], [UNMASKED]),
    ("app", DEBTOR, "客服：您的卡号 6225 8853 9359 1240 524，卡号没错的话我们下午三点发起代扣。",
     [(BANK_CARD, "6225 8853 9359 1240 524")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，请问尾号是幺八幺五的机主吗？这里是宜达分期。\n客户：是的\n坐席：您的账单已逾期三天，请尽快处理。", [], []),
    ("sms", DEBTOR, "【通盈小贷】您好，你的电话1３９０００３0８0８已登记，请保持畅通。",
     [(MOBILE, "1３９０００３0８0８")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂您好那个您的卡号是四三六七 四二零二 三二三一 八五四二我念的对吧今天要扣款了\n客户：对",
     [(BANK_CARD, "四三六七 四二零二 三二三一 八五四二")], [UNMASKED]),
    ("sms", DEBTOR, "【乐享借】护照号码：Ｅ１８９２１０９１，已列入我司出境提醒名单，请于出行前结清借款。",
     [(PASSPORT, "Ｅ１８９２１０９１")], [UNMASKED]),
    ("email", DEBTOR, "主题：网点电话\n您好，我司杭州网点电话为 (0571) 8866-0213 转 15，如需面签分期协议请提前预约。",
     [(LANDLINE, "(0571) 8866-0213 转 15")], []),
    ("sms", DEBTOR, "【卡卡贷】你的身份证：610113 640618 497，欠款逾期，后果自负。",
     [(ID_CARD, "610113 640618 497")], [UNMASKED]),
    ("app", DEBTOR, "客服：卡号发你核对：\n6226 0980 4683 6504 523\n没问题的话回复“确认”。",
     [(BANK_CARD, "6226 0980 4683 6504 523")], [UNMASKED]),
    ("call", DEBTOR, "坐席：呃你那个手机号是不是一七七 八三二九 八一七四\n客户：对啊你打的不就是这个号",
     [(MOBILE, "一七七 八三二九 八一七四")], [UNMASKED]),
    ("sms", DEBTOR, "【嘉禾普惠】您好，您的身份证号码 4 4 0 3 0 5 1 9 9 7 0 1 2 3 7 7 6 6 名下借款已逾期，请尽快还款。",
     [(ID_CARD, "4 4 0 3 0 5 1 9 9 7 0 1 2 3 7 7 6 6")], [UNMASKED]),
    ("app", DEBTOR, "客服：麻烦核对一下，您的手机是199 7177 6694，身份证号码是：\n２１０２０２１９７９１０２５９９４９。",
     [(MOBILE, "199 7177 6694"), (ID_CARD, "２１０２０２１９７９１０２５９９４９")], [UNMASKED]),
    ("sms", DEBTOR, "【鑫合信】您登记的单位电话0731-8455 2690已核实，为您所在单位前台。逾期账单请尽快处理。",
     [(LANDLINE, "0731-8455 2690")], []),
    ("call", DEBTOR, "坐席：喂您好是石先生吗我是众信金融的您那个卡号六二二五八八幺三五三八八二六洞七对吧这个卡今天扣款失败了\n客户：没钱了",
     [(BANK_CARD, "六二二五八八幺三五三八八二六洞七")], [UNMASKED]),
    ("sms", DEBTOR, "【速享花】您好，您预留手机号前三位151、后四位4966，请确认是否为本人在用号码。", [], []),
    ("sms", DEBTOR, "【盛泰金服】请还款至对公账户：户名 盛泰金融服务有限公司，开户行 招商银行杭州分行，账号 5719 0552 2110 902，"
     "统一社会信用代码 91330106C499CMCL0W。",
     [(USCC, "91330106C499CMCL0W")], []),
    ("email", DEBTOR, "主题：回电\n您好，我是和信普惠贷后专员方敏，手机 135-2495-1926，您方便时回电。",
     [(PERSON, "方敏"), (MOBILE, "135-2495-1926")], []),
    ("sms", DEBTOR, "【宜达分期】欧女士，您的护照 E 8198 1854 及港澳通行证已登记，请于出境前还清逾期款项。",
     [(PASSPORT, "E 8198 1854")], [UNMASKED]),
    ("app", DEBTOR, "客服：您的手机号是158 0030\n0276对吧？下午专员回电。", [], [UNMASKED]),
    ("sms", DEBTOR, "【融易借】你身份证号前六位420111，中间19930319，最后4038，我们都有，别以为换号就找不到你。", [], [UNMASKED]),
    ("notice", DEBTOR, "还款账户变更通知\n贵客户原还款卡 4041/1954/7813/6634 已注销，请于APP内绑定新卡。", [], [UNMASKED]),
    ("call", DEBTOR, "坐席：呃那个你电话是幺三两八幺洞拐洞幺五八吗我这边显示的号码\n客户：对是我",
     [(MOBILE, "幺三两八幺洞拐洞幺五八")], [UNMASKED]),
    ("sms", DEBTOR, "【金桥信用】客户樊建军您好，您的车牌号粤B·D3629车辆抵押登记已办理，请按期还款，逾期将影响解押。",
     [(PERSON, "樊建军"), (PLATE, "粤B·D3629")], []),
]

EVERYDAY_SENSITIVE: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒顺小贷】柳先生，降压药记得按时吃，身体要紧，钱也要紧，别让我们天天惦记。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你老婆不是刚查出来有了吗才两个月你也要为孩子想想这钱早点还了\n客户：你怎么知道的", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您家孩子是自闭症在康复机构做训练吧，一个月开销不小，我们可以给您做个长期分期方案，但具体诊断情况需要您再提供一下。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【鼎益消费金融】您好，您父亲中风瘫痪在床，我们深表同情，但您作为借款人仍需按期还款，本期应还1,580元。",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂俞海你每天晚上十点从电子厂下班走后门那条小路回宿舍的吧我们的人都看到了\n客户：……",
     [(PERSON, "俞海")], [SENSITIVE]),
    ("sms", DEBTOR, "【嘉禾普惠】您好，您每周三晚上去教会查经、周日上午礼拜，不打扰您的时间，请在其它时间回电。", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你初一十五都去灵隐那边烧香拜佛，菩萨也不会保佑欠钱不还的人。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【华融通】您好，您公司的指纹打卡记录显示您本月每天早上8点前到岗，说明您工作稳定，有能力还款。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【通盈小贷】您的公积金账户余额还有四万三，住房公积金可以提取，别说自己没钱。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好我看了你的银行流水你老婆每个月给你转三千块你股票账户里还有两万多市值为啥不还\n客户：你们查我流水",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：钟女士，您上周在美年大健康做的体检报告里有甲状腺结节，您申请延期的理由我们可以受理。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【宜达分期】您好，您丈夫目前在监狱服刑，家庭困难我们理解，欠款可申请减免罚息，请联系我们。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂您好是车女士吗我这边是盛泰金服的\n客户：是\n坐席：呃我看您上次说您现在在透析每周三次那您看还款这块"
     "我们给您申请停催好不好\n客户：好", [], [SENSITIVE]),
    ("sms", DEBTOR, "【乐享借】您的刷脸登录记录显示您昨晚23:14在东莞长安镇，如需变更常住地址请及时更新。", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：小蒋，你周末都带孩子去少年宫学钢琴吧，下午两点到四点，我们就不在那时候打扰你了😊",
     [(PERSON, "小蒋")], [SENSITIVE]),
    ("sms", DEBTOR, "【金桥信用】您好，您名下的微信零钱还有6,100元，支付宝余额2,300元，请优先用于还款。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你是那个跑滴滴的贺军吧你每天早上六点从家出门在火车站那边趴活我们的人找你很容易\n客户：你想干嘛",
     [(PERSON, "贺军")], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，您是低保户，还持有二级视力残疾证，根据政策可以申请困难减免，请上传证件。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【众信金融】你上个月在戒毒所的事我们都知道，出来了就好好做人，把钱还了。", [], [SENSITIVE]),
    ("email", DEBTOR, "主题：还款安排\n任女士：\n得知您已怀孕七个月、在市妇幼建档，我们可为您安排产后再还的方案，请回复确认预产期。",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂那个卞先生啊你女儿不是在二中读初三吗马上中考了你这个事情处理好\n客户：别扯我女儿", [], [SENSITIVE]),
    ("sms", DEBTOR, "【鑫合信】您好，您本月19日、26日两次在华山医院皮肤科挂号就诊，看病要紧，还款也请同步安排。", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你老公去年做的肝移植，后续抗排异的药一个月要好几千，我们都清楚你家的情况，所以更要商量着还。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【卡卡贷】您好，我们注意到您每晚在海底捞上夜班到凌晨三点，白天联系不上您，请您方便时回电。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好苗苗妈妈我是万利通的苗苗是在红黄蓝幼儿园小二班吧你今天下午四点去接她的时候顺便把钱还一下\n客户：你们别碰我孩子",
     [(PERSON, "苗苗"), (PERSON, "苗苗")], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，您的声纹已采集完毕，今后来电时系统会自动识别是否为您本人。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【和信普惠】您好，您爱人产后抑郁在住院，我们理解您的难处，可以为您申请三个月延期。", [], [SENSITIVE]),
    ("email", DEBTOR, "主题：关于您的出行\n您好，我司获悉您已购买12月20日上海飞往昆明的MU5805航班机票，请在出行前处理逾期款项。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【速享花】您好，您提交的困难延期申请已通过，延期30天，期间不产生罚息，也不会再催收，祝一切顺利。", [], []),
    ("call", DEBTOR, "客户：我爸癌症晚期在医院我真的没钱\n坐席：理解您的情况，我们先给您暂停催收一个月，您照顾好家人。", [], []),
]

NEIGHBOURS_AND_WORK: list[PiplEntry] = [
    ("sms", THIRD, "【恒顺小贷】王房东您好，您出租的海珠区江南西路青葵里5号402的租客秦浩欠我司贷款1.2万元已逾期，请告知其下落。",
     [(ADDRESS, "海珠区江南西路青葵里5号402"), (PERSON, "秦浩")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "【阳光花园3期业主群】各位邻居好，8栋1单元902的殷志强在我们平台借款逾期，他老婆叫谭丽，在小区门口开水果店，"
     "大家见到转告一下。",
     [(ADDRESS, "8栋1单元902"), (PERSON, "殷志强"), (PERSON, "谭丽")], [DISCLOSURE, EXCESSIVE]),
    ("notice", THIRD, "协查函\n致：金牛区营门口街道花牌坊社区居委会\n贵社区居民侯建林，住花牌坊街156号4栋3单元12号，欠我司借款本息"
     "26,430元，逾期已达180天，请社区协助督促。",
     [(PERSON, "侯建林"), (ADDRESS, "花牌坊街156号4栋3单元12号")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【安和金融】您好，请问是天宇物流的钱经理吗？贵司司机包晓东欠我司借款未还，其身份证422…（略），烦请贵司扣发工资抵债。",
     [(PERSON, "包晓东")], [DISCLOSURE]),
    ("app", THIRD, "【同学群】各位老同学，我是代理催收方，邱振宇欠款34,000元失联，他现在住在昆明市官渡区关上中路65号金色城市9幢701，"
     "电话17787458986，有知道的请劝他还钱。",
     [(PERSON, "邱振宇"), (ADDRESS, "昆明市官渡区关上中路65号金色城市9幢701"), (MOBILE, "17787458986")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", THIRD, "主题：员工欠款告知\n致 杭州云帆科技有限公司 人力资源部：\n贵司研发部员工倪俊（工号YF0937）在我司的消费贷已逾期63天，"
     "欠款8,920元，其住址为拱墅区莫干山路1177号新天地公寓2幢1105室。请贵司予以配合。\n华融通贷后中心",
     [(PERSON, "倪俊"), (ADDRESS, "拱墅区莫干山路1177号新天地公寓2幢1105室")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【鼎益消费金融】您好，请问您是季海燕的同事吗？麻烦转告她回电021-5899 3370，谢谢您。",
     [(PERSON, "季海燕"), (LANDLINE, "021-5899 3370")], []),
    ("call", THIRD, "坐席：喂你好是鹏程小区物业吗\n联系人：是的\n坐席：你们小区11栋602的业主郝建伟在我们宜达分期欠款不还你们物业帮忙贴个通知\n"
     "联系人：这不合适吧",
     [(ADDRESS, "11栋602"), (PERSON, "郝建伟")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "老板您好，我是通盈小贷的，您店里的厨师阿龙本名卢志龙，欠我们钱三个月了，他老家是广西玉林的，您发工资的时候先扣下来。",
     [(PERSON, "阿龙"), (PERSON, "卢志龙")], [DISCLOSURE]),
    ("sms", THIRD, "【乐享借】您好，您是谢明辉的女朋友吧，他在我们平台借了6,800元一直不还，他之前说的单位是顺丰南山分部，你帮忙劝劝。",
     [(PERSON, "谢明辉")], [DISCLOSURE, EXCESSIVE]),
    ("call", THIRD, "坐席：喂你好是那个钟国强的小舅子吧\n联系人：你哪位\n坐席：我嘉禾普惠的你姐夫钟国强在我们这借了钱逾期了他最近在哪住"
     "你知道的吧他儿子钟小宝在哪个学校你也清楚\n联系人：我不清楚",
     [(PERSON, "钟国强"), (PERSON, "钟国强"), (PERSON, "钟小宝")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "【公司工作群】大家好，财务部的岑雪梅在网贷平台欠款逾期，催收打到公司来了，她身份证号码"
     "370202198510237352，麻烦大家提醒她一下。",
     [(PERSON, "岑雪梅"), (ID_CARD, "370202198510237352")], [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "【众信金融】您好，请您转告您的租客简先生，有重要事情请他尽快联系我们，与您无关，打扰了。", [], []),
    ("notice", THIRD, "告知函\n致：武汉市洪山区珞南街道办事处\n辖区居民万小红（洪山区珞喻路129号华中村小区7栋2单元501）及其丈夫"
     "石大海，二人共同借款逾期，欠款合计47,000元。特此告知。",
     [(PERSON, "万小红"), (ADDRESS, "洪山区珞喻路129号华中村小区7栋2单元501"), (PERSON, "石大海")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "【村委会群】各位乡亲，本村三组的邓光荣在外面欠网贷五万多，他儿子邓小飞在镇中学读初二，请大家转告他家里人。",
     [(PERSON, "邓光荣"), (PERSON, "邓小飞")], [DISCLOSURE, SENSITIVE, EXCESSIVE]),
    ("sms", DEBTOR, "【金桥信用】祁先生，你在绿城物业上班，住在滨江区江南大道3850号创新大厦对面的星耀城3幢1802，你老婆孔琳、"
     "儿子都在家，我们随时能找到。",
     [(ADDRESS, "滨江区江南大道3850号"), (ADDRESS, "星耀城3幢1802"), (PERSON, "孔琳")], [EXCESSIVE]),
    ("call", THIRD, "坐席：喂你好请问是丁大伟的同事吗\n联系人：是\n坐席：麻烦你跟他说一声让他给我回个电话号码是零二八 八五一二 六六三零谢谢\n联系人：好",
     [(PERSON, "丁大伟"), (LANDLINE, "零二八 八五一二 六六三零")], []),
    ("email", THIRD, "主题：紧急：员工债务问题\n温经理：\n您部门的员工甘志新欠我司款项，已被列为重点逾期客户，他还有个弟弟甘志远也在贵司仓库工作，"
     "请二位领导协调。",
     [(PERSON, "甘志新"), (PERSON, "甘志远")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【盛泰金服】您好，您的邻居鲁建设欠款逾期，我司工作人员将于明日上门，请告知他住的是几号楼。",
     [(PERSON, "鲁建设")], [DISCLOSURE]),
    ("app", THIRD, "【家长群】各位家长好，四年级三班石佳怡的妈妈殷红在我们平台借钱不还，电话18815077546，请大家转告。",
     [(PERSON, "石佳怡"), (PERSON, "殷红"), (MOBILE, "18815077546")], [DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE]),
    ("call", THIRD, "坐席：喂您好我这边找一下毛建华先生\n联系人：他不在我是他邻居\n坐席：好的那麻烦您见到他的话让他回个电话谢谢您\n联系人：行",
     [(PERSON, "毛建华")], []),
    ("sms", DEBTOR, "【万利通】莫建明，你岳父叫章德海，电话15742288310，住在你家隔壁单元，这些我们都查到了，你看着办。",
     [(PERSON, "莫建明"), (PERSON, "章德海"), (MOBILE, "15742288310")], [EXCESSIVE, UNMASKED]),
    ("notice", THIRD, "函\n致：深圳市南山区科技园科兴科学园B栋7楼 明远软件有限公司\n贵司员工单伟杰（身份证号码440305197606260125）"
     "拖欠我司借款，请贵司协助通知并督促还款。",
     [(ADDRESS, "深圳市南山区科技园科兴科学园B栋7楼"), (PERSON, "单伟杰"), (ID_CARD, "440305197606260125")],
     [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "【和信普惠】您好，您的父亲彭老先生在我司有一笔借款已逾期，金额4,300元，请您协助提醒。", [], [DISCLOSURE]),
    ("app", DEBTOR, "客服：魏先生，您家的地址是济南市历下区泉城路180号齐鲁国际大厦1008室，您妻子牛晓丽在山东省立医院当护士，"
     "您的欠款请尽快处理。",
     [(ADDRESS, "济南市历下区泉城路180号齐鲁国际大厦1008室"), (PERSON, "牛晓丽")], [EXCESSIVE]),
    ("call", THIRD, "坐席：喂你好你是雷鸣的前妻吧\n联系人：我们离婚了\n坐席：那你知道他现在在哪吗他在我们卡卡贷欠了一万八你们女儿雷小雨"
     "是跟你住吧\n联系人：关你什么事",
     [(PERSON, "雷鸣"), (PERSON, "雷小雨")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【融易借】尊敬的保证人：借款人钱建平名下借款已逾期，根据您签订的保证合同，请于本月内履行代偿义务，详询0592-5310 2288。",
     [(PERSON, "钱建平"), (LANDLINE, "0592-5310 2288")], []),
    ("app", THIRD, "【群公告】本群禁止发广告。另：群友韩东欠款跑路了，住西安市雁塔区小寨东路126号百隆广场A座1903，谁见到通知一下。",
     [(PERSON, "韩东"), (ADDRESS, "西安市雁塔区小寨东路126号百隆广场A座1903")], [DISCLOSURE, EXCESSIVE]),
    ("email", THIRD, "主题：关于承租人\n李先生：\n您出租的房屋承租人汤晓明因网贷逾期已被我司列为重点客户，其手机号17766302534已停机，"
     "请提供其新的联系方式。",
     [(PERSON, "汤晓明"), (MOBILE, "17766302534")], [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "【鑫合信】您好，打扰了，我们是鑫合信客服，有一份文件需要陶先生本人签收，麻烦转告他与我们联系。", [], []),
]

MIXED: list[PiplEntry] = [
    ("sms", DEBTOR, "【乐分期】谭*，你的shen份zheng号 4 2 0 1 1 1 1 9 9 3 0 3 1 9 4 0 3 8 已报备，欠kuan速还！",
     [(ID_CARD, "4 2 0 1 1 1 1 9 9 3 0 3 1 9 4 0 3 8")], [UNMASKED]),
    ("app", DEBTOR, "客服：亲🙂你老公戴志刚📱17715164129我们也能打哦，你家在朝阳区望京西园三区312号楼1单元602对吧🏠",
     [(PERSON, "戴志刚"), (MOBILE, "17715164129"), (ADDRESS, "朝阳区望京西园三区312号楼1单元602")], [EXCESSIVE, UNMASKED]),
    ("call", DEBTOR, "坐席：喂那个是那个那个史小龙吗\n客户：嗯\n坐席：就是说你那个呃手机尾号是四九四零的对吧那个钱什么时候还\n客户：月底",
     [(PERSON, "史小龙")], []),
    ("sms", DEBTOR, "【华融通】黎先生，您女儿黎欣然在市实验幼儿园大一班，我们不想把事情闹大，请今天还款。",
     [(PERSON, "黎欣然")], [SENSITIVE, EXCESSIVE]),
    ("email", DEBTOR, "Subject: Overdue notice / 逾期通知\nDear Mr. Zhou, 周先生：\nYour passport E12447485 (护照号) is on file. "
     "请于12月31日前结清欠款 HKD 12,800。",
     [(PASSPORT, "E12447485")], [UNMASKED]),
    ("call", THIRD, "坐席：喂你好是郝阿姨吗\n联系人：是\n坐席：阿姨我们找一下您儿子郝帅他电话一直打不通麻烦您让他回个电话就行\n联系人：好好",
     [(PERSON, "郝帅")], []),
    ("app", DEBTOR, "客服：您好，您的 身 份 证 号 码 3 7 0 2 0 2 1 9 9 3 0 4 0 3 4 9 0 3 与借款合同一致，请确认。",
     [(ID_CARD, "3 7 0 2 0 2 1 9 9 3 0 4 0 3 4 9 0 3")], [UNMASKED]),
    ("sms", DEBTOR, "【鼎益消费金融】邵先生您好，您在乐山市人民医院的住院费用单我们已收到，您做的是胆囊切除手术，延期申请审核中。",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好我是速享花的小周\n客户：嗯\n坐席：你那个号码一五七 八八六六 四零五二是你手机吧我们就打这个号\n客户：嗯",
     [(PERSON, "小周"), (MOBILE, "一五七 八八六六 四零五二")], [UNMASKED]),
    ("notice", DEBTOR, "律师函\n（2026）浙智律函字第0388号\n致：祝海峰先生\n住址：宁波市鄞州区天童南路588号宁波文化广场5号楼806\n"
     "受委托人万利通之委托……您的妻子吕佳、岳母沈玉英（手机13281070158）亦可代为履行。",
     [(PERSON, "祝海峰"), (ADDRESS, "宁波市鄞州区天童南路588号宁波文化广场5号楼806"), (PERSON, "吕佳"), (PERSON, "沈玉英"),
      (MOBILE, "13281070158")], [EXCESSIVE, UNMASKED]),
    ("sms", DEBTOR, "【通盈小贷】尊敬的客户，您的借款已逾期，为保护您的隐私，本短信不显示金额，请登录APP查看详情。", [], []),
    ("app", DEBTOR, "客服：你那个 p a s s p o r t 号码 E 3 4 4 6 9 0 0 3 我们已经提交给合作方了。",
     [(PASSPORT, "E 3 4 4 6 9 0 0 3")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂你好那个鲍先生你每天早上送你儿子去城南小学然后八点半去你单位上班对吧我们都了解\n客户：你们想干什么",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【嘉禾普惠】您好，您的还款卡号：6 2 2 5 8 8 4 9 0 2 8 6 0 6 3 8 8 5 2，请核对。",
     [(BANK_CARD, "6 2 2 5 8 8 4 9 0 2 8 6 0 6 3 8 8 5 2")], [UNMASKED]),
    ("app", DEBTOR, "客服：阿辉你住的是东莞市长安镇乌沙村江贝工业路18号宿舍楼305对吧，你老乡阿勇也在那个厂，我们去厂里找你们主管谈谈？",
     [(PERSON, "阿辉"), (ADDRESS, "东莞市长安镇乌沙村江贝工业路18号宿舍楼305"), (PERSON, "阿勇")], [EXCESSIVE]),
    ("email", DEBTOR, "主题：身份核验\n您好，为核实身份，您提供的信息如下：姓名 葛*、证件号 32**************16、手机 181****2001。"
     "核验已通过。", [], []),
    ("sms", THIRD, "【安和金融】姚女士您好，您的丈夫韦东在我司借款6万元，他最近在重庆出差住解放碑的如家酒店，请您提醒他还款。",
     [(PERSON, "韦东")], [DISCLOSURE, SENSITIVE]),
    ("call", DEBTOR, "坐席：喂你好我是恒顺小贷的那个你看到我们发的短信了吧\n客户：看到了\n坐席：那个你的身份证号码我念一下四四零三零五一九八六零三零九三零六三"
     "没错吧\n客户：没错",
     [(ID_CARD, "四四零三零五一九八六零三零九三零六三")], [UNMASKED]),
    ("app", DEBTOR, "客服：袁先生，您的诊断证明显示您是二型糖尿病并发视网膜病变，我们已为您申请特殊关怀延期。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【乐享借】您好，您在我司的借款已逾期2天，若您近期遇到困难，可回复“困难”申请协商还款。", [], []),
    ("call", DEBTOR, "坐席：喂你好是甘先生吗我这边鼎益的你那个号码幺三勾五八两四洞六幺八\n客户：对\n坐席：还有你妹妹甘丽的号码幺五两两六幺拐六勾五勾"
     "我们也有\n客户：别打我妹",
     [(MOBILE, "幺三勾五八两四洞六幺八"), (PERSON, "甘丽"), (MOBILE, "幺五两两六幺拐六勾五勾")], [UNMASKED, EXCESSIVE]),
    ("notice", DEBTOR, "催收函\n致：庞立新\n经查，您目前就职于厦门市思明区鹭江道8号国际银行大厦19层的宏远贸易公司，您的配偶田美华、"
     "儿子庞小杰亦在厦门居住。请于十日内还款。",
     [(PERSON, "庞立新"), (ADDRESS, "厦门市思明区鹭江道8号国际银行大厦19层"), (PERSON, "田美华"), (PERSON, "庞小杰")], [EXCESSIVE]),
    ("sms", DEBTOR, "【卡卡贷】阿芳，你每晚九点下班从万达广场坐12路回家，路上注意安全，钱的事早点解决。",
     [(PERSON, "阿芳")], [SENSITIVE]),
    ("app", THIRD, "您好，这里是宜达分期，您是刘思远登记的联系人，他的借款逾期了，请提醒他还款，应还2,860元。",
     [(PERSON, "刘思远")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：喂那个欧先生你那个护照号是E八一九八一八五四吧你下个月要去泰国我们知道的\n客户：你们怎么知道",
     [(PASSPORT, "E八一九八一八五四")], [UNMASKED, SENSITIVE]),
    ("email", THIRD, "主题：债务告知\n肖先生：\n您的妹妹肖婷于我司借款逾期，现住在长沙市岳麓区麓山南路932号中南大学新校区教工宿舍12栋301，"
     "请您协助沟通还款事宜。",
     [(PERSON, "肖婷"), (ADDRESS, "长沙市岳麓区麓山南路932号中南大学新校区教工宿舍12栋301")], [DISCLOSURE, EXCESSIVE]),
    ("sms", DEBTOR, "【金桥信用】您好，您的借款已逾期，您的手机号1 5 8 0 0 3 0 0 2 7 6已被标记，请尽快还款。",
     [(MOBILE, "1 5 8 0 0 3 0 0 2 7 6")], [UNMASKED]),
    ("app", DEBTOR, "客服：陶女士，您的孩子刚满一岁在上早教班，您又在哺乳期，我们可以把还款日往后挪一个月。", [], [SENSITIVE]),
]

MORE_VOICES: list[PiplEntry] = [
    ("sms", DEBTOR, "【金水区人民法院】韩立伟（身份证号410105199606124994），你与安和金融借款合同纠纷一案已立案，"
     "案号（2026）豫0105民初18822号，请登录诉讼服务网查看。",
     [(PERSON, "韩立伟"), (ID_CARD, "410105199606124994")], [UNMASKED]),
    ("email", DEBTOR, "主题：调解材料\n俞律师您好：\n关于贵当事人庄晓敏的案件，我司提供还款流水如下：还款卡 6236 6875 5259 0975 250，"
     "近半年工资入账每月7,800元，另有理财账户余额5万元。",
     [(PERSON, "庄晓敏"), (BANK_CARD, "6236 6875 5259 0975 250")], [UNMASKED, SENSITIVE]),
    ("app", DEBTOR, "客服：你每天中午十二点半在公司楼下那家兰州拉面吃饭，我们的同事下次过去找你聊聊还款的事。", [], [SENSITIVE]),
    ("sms", THIRD, "【速享花】您好，您的同事黎晓明在我司有一笔逾期账款待处理，请转告他登录APP查看。",
     [(PERSON, "黎晓明")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂你好你是那个饶建军的妈妈吧我们是融易借的你儿子借的钱逾期了三个月他得了抑郁症你知道吗\n联系人：啊？",
     [(PERSON, "饶建军")], [DISCLOSURE, SENSITIVE]),
    ("sms", DEBTOR, "【鑫合信】冉先生，您的车辆川A·8M2K6每天停在天府三街腾讯大厦地下车库，下班时间一般在晚上九点，我们会去沟通还款。",
     [(PLATE, "川A·8M2K6")], [SENSITIVE]),
    ("app", DEBTOR, "客服：薛女士，您母亲杜秀英、哥哥薛志斌的住址我们都登记了，分别在涪陵区和江北区，您不希望我们上门吧？",
     [(PERSON, "杜秀英"), (PERSON, "薛志斌")], [EXCESSIVE]),
    ("notice", DEBTOR, "逾期催告函\n致：邝伟明（香港永久性居民身份證 Z******(3)，內地往來通行證 H64150823）\n閣下所欠本息港幣39,600元已逾期，"
     "請於十四日內清償。",
     [(PERSON, "邝伟明"), (PASSPORT, "H64150823")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂你好我是卡卡贷的你那个信用卡幺三三 五五二幺 ... 不对我念错了你那个银行卡号是四三六七四二八九幺八两九两幺四幺四四三\n客户：嗯",
     [(BANK_CARD, "四三六七四二八九幺八两九两幺四幺四四三")], [UNMASKED]),
    ("sms", DEBTOR, "【万利通】宁先生，您太太柏雪在区妇幼做产检，下周二B超，家里添丁是喜事，欠款的事也请尽快了结。",
     [(PERSON, "柏雪")], [SENSITIVE, EXCESSIVE]),
    ("app", THIRD, "【业主群】@全体 5栋802的屈小军欠钱不还，他每天早上七点出门晚上十点回来，大家帮忙盯一下。",
     [(ADDRESS, "5栋802"), (PERSON, "屈小军")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("email", DEBTOR, "主题：补充材料\n您好，请您补充提供：身份证正反面照片、近三个月银行流水。您之前提交的身份证号码 "
     "510107199506018277 与系统登记一致。",
     [(ID_CARD, "510107199506018277")], [UNMASKED]),
    ("sms", THIRD, "【宜达分期】尊敬的用户，您好！您的亲属夏志刚名下借款已严重逾期，我司将依法追偿，请转告。",
     [(PERSON, "夏志刚")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：喂您好是上官婉清吗我是盛泰金服的\n客户：是我\n坐席：您之前在我们这边登记的工作单位是星河湾幼儿园老师家住"
     "广州市番禺区星河湾半岛7座1102您先生叫林永健对吧\n客户：对啊怎么了",
     [(PERSON, "上官婉清"), (ADDRESS, "广州市番禺区星河湾半岛7座1102"), (PERSON, "林永健")], [EXCESSIVE]),
    ("app", DEBTOR, "客服：你在美团跑外卖，每天的订单轨迹我们都能看到，下午三点到五点一般在高新区送单。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【通盈小贷】您好，您的护照号码E-3446-9003已登记，请于出境前处理逾期账单。",
     [(PASSPORT, "E-3446-9003")], [UNMASKED]),
    ("sms", DEBTOR, "【金桥信用】邢女士，您信用卡6225 8845 ... 已透支到额度上限，另有三笔网贷在还，请量力而行先还我们。",
     [], [SENSITIVE]),
    ("call", THIRD, "坐席：喂你好是邝老板吗你们店里的员工曾小梅在我们那借钱不还她电话幺六六八七九三九洞八幺你让她联系我们\n联系人：我怎么管",
     [(PERSON, "曾小梅"), (MOBILE, "幺六六八七九三九洞八幺")], [DISCLOSURE, UNMASKED]),
    ("app", DEBTOR, "客服：您好，您信仰伊斯兰教，我们的催收人员会避开斋月期间的白天时段联系您。", [], [SENSITIVE]),
    ("email", THIRD, "主題：欠款通知\n致 許太太：\n您丈夫許志明（台北市信義區松仁路100號15樓）欠本公司新台幣二十萬元，"
     "請督促其還款。",
     [(PERSON, "許志明"), (ADDRESS, "台北市信義區松仁路100號15樓")], [DISCLOSURE, EXCESSIVE]),
    ("sms", DEBTOR, "【恒顺小贷】晏先生，你女儿晏紫在市一中高一（3）班，你老婆在新华书店上班，你的事别连累家人。",
     [(PERSON, "晏紫")], [SENSITIVE, EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂你好是骆先生吗\n客户：是\n坐席：我这边安和金融的您今天上午十点在市民中心办社保下午去了建设银行柜台我们都知道"
     "为什么不还款\n客户：你们监视我", [], [SENSITIVE]),
    ("app", THIRD, "【亲友群】我是左海波的债权人代表，左海波，身份证：43 0104 1981 0801 500X，欠款十万，请亲友转告。",
     [(PERSON, "左海波"), (PERSON, "左海波"), (ID_CARD, "43 0104 1981 0801 500X")], [DISCLOSURE, UNMASKED]),
    ("sms", DEBTOR, "【和信普惠】您好，您丈夫蒙志华、公公蒙德才的手机都登记在您的申请资料里，如需更换紧急联系人请在APP操作。",
     [(PERSON, "蒙志华"), (PERSON, "蒙德才")], []),
    ("notice", THIRD, "函告\n致：成都市武侯区玉林北路8号附2号 刘翠芬女士\n您丈夫王小二在我司借款逾期120天，欠款本息18,300元，"
     "特此函告，请督促还款。",
     [(ADDRESS, "成都市武侯区玉林北路8号附2号"), (PERSON, "刘翠芬"), (PERSON, "王小二")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：喂是詹先生吗您上次在医院说您刚做完腰椎手术那我们这个月先不催了下个月再联系您\n客户：好谢谢",
     [], [SENSITIVE]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "H-SMS-DEBTOR": SMS_DEBTOR,
    "H-ROBOT-CALLS": ROBOT_CALLS,
    "H-ASR-CALLS": ASR_CALLS,
    "H-THIRD-PARTIES": THIRD_PARTIES,
    "H-THIRD-PARTY-CALLS": THIRD_PARTY_CALLS,
    "H-CHATS": CHATS,
    "H-LETTERS": LETTERS,
    "H-EMAILS": EMAILS,
    "H-DIALECTS": DIALECTS,
    "H-DECOYS": DECOYS,
    "H-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "H-EVERYDAY-SENSITIVE": EVERYDAY_SENSITIVE,
    "H-NEIGHBOURS-AND-WORK": NEIGHBOURS_AND_WORK,
    "H-MIXED-VOICES": MIXED,
    "H-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
