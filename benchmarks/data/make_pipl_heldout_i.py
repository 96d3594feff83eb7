"""Writes `pipl_heldout_i.jsonl`, the ninth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of `/work/shared/reference/regulations.md`,
`audit/message.py` (the speaker prefixes), the shared record helpers in `set_format.py`, `tests/set_support.py`,
and only the opening docstring and the closing functions of `make_pipl_heldout_h.py` and the held-out PIPL rows
of `tests/test_labelled_sets.py` (for the output format and the labelling conventions, which this set keeps). It
did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. Every entry is
its own text, written in the voices of Chinese lenders, agencies, robot dialers, collectors, customers,
lawyers and courts: SMS templates with 【Lender】 signatures and placeholders filled (尾号1234,
张*), robot scripts with keypad answers, human calls as speech-to-text output (no punctuation, fillers 呃 /
那个 / 就是说, homophones, dropped characters), WeChat chats and group-chat posts, letters to employers,
landlords and residents' committees, 催收函 / 律师函, e-mail, dialect (Cantonese, Sichuanese, northeastern,
Shanghainese), traditional characters (Hong Kong and Taiwan lenders) and half-literate texts.

Identifiers come in many forms: plain, grouped by spaces, dots or hyphens, full-width digits, digits read
aloud as call centres and ASR write them (幺 洞 两 拐 勾, 零 一 二, mixed with digits, grouped by spaces),
18-digit IDs (some ending in X) and old 15-digit ones, bank cards of 16 and 19 digits, passports (E + 8
digits), landlines with area codes and extensions, numbers inside URLs or after labels (身份证号码： / 卡号: /
收款账户). A few identifiers are written so that no single span covers them (split by a line break, given in
pieces over two sentences, grouped by slashes, which `set_format` cannot check): those messages carry
`pii.unmasked_identifier` but no entity for the split number. Decoys carry no category and no identifier
entity: masked forms (尾号1234, 138****5678, 3301**********1234), contract, order, case, loan, waybill,
invoice and document numbers (some 15 digits long with no real birth month, or 18 digits with a wrong check
character), amounts, dates, timestamps and lenders' 400 / 95 service numbers. All people, numbers, addresses,
links and companies are invented; 18-digit IDs carry valid check characters, 15-digit IDs real months, bank
cards pass Luhn and mobiles real prefixes, and `set_format` checks all of them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; wording and conduct categories are
not labelled; a text whose label the writer was unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (18 digits or an old 15-digit one), bank card number, mobile
  number or passport number of a person, in the sender's or agent's words, in any written or spoken form.
  Not: masked forms, the last digits alone, a lender's or agency's landline, the collector's own work mobile
  given for call-backs, company accounts, contract, order, waybill and case numbers, e-mail addresses
  (entities, not identifiers here), a customer reading out their own number.
- `pii.third_party_disclosure`: the recipient is someone other than the debtor (relative, contact person,
  colleague, employer, landlord, residents' committee, a group chat) and the text reveals the debt (amount,
  overdue status, the lender or its product) or the debtor's personal data. A call-back request that names
  neither the debt nor the lender's business is compliant; a guarantor told of the guarantee he signed is not
  disclosed to.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives (illness, operation,
  medicine, ward, mental health, pregnancy), specific identities, religion, biometrics (face, voiceprint,
  fingerprint), a minor's school, class or routine, whereabouts at a given time and daily routine (commute,
  night shift, where someone eats, where the car is parked), and financial account details beyond what the
  message needs (balances, salary inflows, other cards, loans on other platforms). Not: the repayment card
  by its last digits, the debt itself, a hardship the debtor raised that the lender answers with relief
  without repeating the details.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to, a guarantor's own obligation.
A customer's own words in a call or chat are never labelled; they still carry entities.
Entities (contract 4a): every string of its type, whoever it belongs to (the agent, a lender's landline),
exact span, digits read aloud or full-width included; masked forms (张*, 138****5678) and 400 / 95 service
numbers are not entities. PERSON is a name a person is called by: full names, compound surnames, given names
after kinship terms, nicknames (小石, 老赵, 阿萍), names in traditional characters, foreign names in
characters; a surname with an honorific or title (王女士, 林专员) is not one. ADDRESS reaches down to a road
and number, a village group, or a compound's building and room, in simplified or traditional characters;
districts, schools, hospitals or malls alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_i`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_i.jsonl"
ID_PREFIX = "PI"

# recipient types (contract section 1)
DEBTOR = "debtor"
THIRD = "third_party"
UNKNOWN = "unknown"

# Lenders' SMS templates to the debtor, as deployed.
SMS_DEBTOR: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒信消费金融】尊敬的客户，您尾号4471的借款已逾期3天，应还1,286.50元，请于今日18:00前还款。"
     "退订回T", [], []),
    ("sms", DEBTOR, "【恒信消费金融】陈*您好，您在我司的借款(合同号HX2025110800317)本期应还2,040.00元，"
     "可通过APP或尾号8812银行卡自动扣款，客服热线4008-123-765。", [], []),
    ("sms", DEBTOR, "【乐享借】李振华先生，经核实您身份证号330106196709220527名下借款已逾期12天，请尽快处理。",
     [("PERSON", "李振华"), ("CN_ID_CARD", "330106196709220527")], [UNMASKED]),
    ("sms", DEBTOR, "【乐享借】您绑定的还款卡6228 4815 6695 1997扣款失败，余额不足，请于今日存入足额资金。",
     [("CN_BANK_CARD", "6228 4815 6695 1997")], [UNMASKED]),
    ("sms", DEBTOR, "【速易花】温馨提示：您本月应还款3,560元，还款日2026-12-10，系统将从尾号0376的账户划扣。"
     "如已还款请忽略。", [], []),
    ("sms", DEBTOR, "【速易花】王秀琴女士，您名下卡号6217-0027-2836-4573本月工资已到账7,820元，为何仍不还款？"
     "请今日内处理。", [("PERSON", "王秀琴"), ("CN_BANK_CARD", "6217-0027-2836-4573")], [SENSITIVE, UNMASKED]),
    ("sms", DEBTOR, "【金桥小贷】通知：借款人身份证号码：21010219890816873X，逾期金额5,300元，请联系专员处理。",
     [("CN_ID_CARD", "21010219890816873X")], [UNMASKED]),
    ("sms", DEBTOR, "【金桥小贷】您好，您的账单已逾期，请联系专员处理，电话(024)8356-2217转306，工作日9:00-18:00。",
     [("CN_LANDLINE", "(024)8356-2217转306")], []),
    ("sms", DEBTOR, "【安盈普惠】尊敬的赵海滨，我司已获悉您目前在市第二人民医院肿瘤科住院，"
     "但欠款仍需按期归还，请家属代为处理。", [("PERSON", "赵海滨")], [SENSITIVE]),
    ("sms", DEBTOR, "【安盈普惠】您的分期已逾期，如遇特殊困难可申请延期或分期，回复1由专员联系您。", [], []),
    ("sms", DEBTOR, "【有钱花呗】提醒：张*，您的借款第3期已逾期5天，账户尾号9961，应还本息1,102.36元。", [], []),
    ("sms", DEBTOR, "【中邦消金】尊敬的客户孙立新，您的欠款已转交贷后部门。您在浙江宏达电器有限公司任职，"
     "家住杭州市拱墅区湖墅南路186号3幢502室，请勿心存侥幸。",
     [("PERSON", "孙立新"), ("ADDRESS", "杭州市拱墅区湖墅南路186号3幢502室")], [EXCESSIVE]),
    ("sms", DEBTOR, "【中邦消金】您好，关于您的借款，我司已为您申请临时延期7天，新的还款日为12月18日。"
     "详询95188转2。", [], []),
    ("sms", DEBTOR, "【豆豆钱】请于今日还款，否则将影响信用。专员手机15737712797（微信同号）。",
     [("CN_MOBILE", "15737712797")], []),
    ("sms", DEBTOR, "【豆豆钱】您好刘*，系统显示您另在花呗、借呗、京东白条共有4笔欠款未结清，"
     "招行卡余额仅剩23.6元，请优先归还我司欠款。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【盛通金融】【还款提醒】您本期账单1,980.00元将于12-05到期，还款链接：https://m.stjr-pay.cn/r?u=7Kq2x "
     "，勿回复此短信。", [], []),
    ("sms", DEBTOR, "【盛通金融】提醒：请核对收款账户 6222 0219 2283 9687 104（户名：马晓东）后转账还款。",
     [("CN_BANK_CARD", "6222 0219 2283 9687 104"), ("PERSON", "马晓东")], [UNMASKED]),
    ("sms", DEBTOR, "【和悦分期】尊敬的客户，您的每日出行我们都有记录：工作日早7:40从金地小区出门，"
     "乘3号线到科技园站，请尽快还款。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【信达普惠】欧阳静怡您好，您女儿欧阳朵朵在实验小学三年级二班就读，"
     "请为孩子着想按时还款。", [("PERSON", "欧阳静怡"), ("PERSON", "欧阳朵朵")], [EXCESSIVE, SENSITIVE]),
    ("sms", DEBTOR, "【信达普惠】温馨提示：您的手机号已变更为138****5678，如非本人操作请致电4006-018-018。",
     [], []),
    ("sms", DEBTOR, "【嘉禾贷】您的护照号E15305900已登记为出境风险名单，欠款结清前请勿离境。",
     [("CN_PASSPORT", "E15305900")], [UNMASKED]),
    ("sms", DEBTOR, "【嘉禾贷】您在我司的账户已逾期21天，待还金额8,432.17元，逾期将按合同计收罚息。"
     "回复TD退订", [], []),
    ("sms", DEBTOR, "【鑫融通】您好，我司已掌握您母亲胡桂芳(手机13459906419)及您丈夫许建国的联系方式，"
     "请尽快还款以免打扰家人。",
     [("PERSON", "胡桂芳"), ("CN_MOBILE", "13459906419"), ("PERSON", "许建国")], [EXCESSIVE, UNMASKED]),
    ("sms", DEBTOR, "【鑫融通】提醒您：本期应还600元，可通过微信小程序\u201c鑫融通还款\u201d完成，"
     "办理地址：南京市建邺区江东中路359号国睿大厦2号楼18层。",
     [("ADDRESS", "南京市建邺区江东中路359号国睿大厦2号楼18层")], []),
    ("sms", DEBTOR, "【快e借】尊敬的用户，您人脸识别认证时留存的面部照片与声纹样本将作为欠款证据提交，"
     "请立即还款。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【优品分期】您好，您的借款逾期30天，身份证尾号527的客户请注意查收我司寄出的催告函。",
     [], []),
]

# Robot dialers' scripts with keypad answers, as the vendor's transcript gives them.
ROBOT_CALLS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：您好，这里是融e借智能客服，请问您是尾号8806的机主本人吗？是请按1，不是请按2。\n"
     "客户：（按键1）\n坐席：您的借款已逾期4天，应还金额1,320元，请今天内还款，谢谢。", [], []),
    ("call", DEBTOR, "坐席：您好，这里是融e借，为核实身份，您的身份证号码是三三零一零六一九六七零九二二零五二七，"
     "对吗？确认请按1。\n客户：（按键1）\n坐席：好的，您的账单已逾期，请尽快还款。",
     [("CN_ID_CARD", "三三零一零六一九六七零九二二零五二七")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，我是顺达金融的语音助手，您在我司的分期已经逾期，如需协商还款请按2，"
     "转人工请按0。\n客户：（按键2）\n坐席：已为您登记协商需求，稍后会有专员联系。", [], []),
    ("call", DEBTOR, "坐席：您好，本次来电是提醒您，还款卡号六二二五 八八四七 幺八六洞 八幺八八 "
     "余额不足，请及时存入。\n客户：（按键1）",
     [("CN_BANK_CARD", "六二二五 八八四七 幺八六洞 八幺八八")], [UNMASKED]),
    ("call", THIRD, "坐席：您好，这里是客户服务中心，请问您认识周海涛吗？如认识请按1。\n客户：（按键1）\n"
     "坐席：请您转告他尽快回电4008-556-210，谢谢。", [("PERSON", "周海涛")], []),
    ("call", THIRD, "坐席：您好，这里是顺达金融，您的朋友周海涛在我司借款两万三逾期未还，"
     "请您转告他立即还款。\n客户：（按键2）", [("PERSON", "周海涛")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：您好，这里是安途信用智能助手，系统检测到您今天上午九点在浦东机场T2航站楼办理值机，"
     "出行前请先结清欠款。\n客户：（挂断）", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好，请问是黄丽萍本人吗？确认请按1。\n客户：（按键1）\n"
     "坐席：黄女士，您在我司预留的手机号幺五 三六八 两三三 三四九 已被标记为失联，请您更新联系方式。",
     [("PERSON", "黄丽萍"), ("CN_MOBILE", "幺五 三六八 两三三 三四九")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这里是金穗分期，您本月账单尚未还清，我们了解到您最近在妇幼保健院建档产检，"
     "请注意合理安排还款。\n客户：（按键1）", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好，这里是金穗分期，您的借款已逾期。如果您遇到了困难，可以按3申请停息挂账，"
     "按4申请延期还款。\n客户：（按键3）\n坐席：已为您提交申请，审核结果将以短信通知您。", [], []),
    ("call", UNKNOWN, "坐席：您好，这里是宜贷客服中心，请问是机主本人吗？\n客户：打错了\n"
     "坐席：抱歉打扰了，再见。", [], []),
    ("call", DEBTOR, "坐席：尊敬的客户，您尾号拐六洞的借款已逾期两天，请于今日二十点前还款，谢谢配合。\n"
     "客户：（按键1）", [], []),
    ("call", DEBTOR, "坐席：您好，这里是瑞丰小贷，您绑定的工商银行卡，卡号六二一二 二六零八 八六九九 三二六一，"
     "今日扣款失败，请确认卡内余额。\n客户：（按键1）",
     [("CN_BANK_CARD", "六二一二 二六零八 八六九九 三二六一")], [UNMASKED]),
    ("call", DEBTOR, "坐席：您好，这里是瑞丰小贷。您的账户显示您每个月十号有一笔一万二千元的工资从"
     "华晨科技打入建行卡，另外您支付宝余额宝里还有四千多，请先还我们的。\n客户：（挂断）",
     [], [SENSITIVE]),
]

# Human collectors' calls with the debtor, as speech-to-text output.
ASR_CALLS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：喂你好 是刘德胜吗\n客户：嗯是我\n坐席：呃我这边是宏远资产的 就是说你那个借款啊 "
     "我核对一下你身份证 四四零三零五 一九九零 零九二六 三五一一 对吧\n客户：对",
     [("PERSON", "刘德胜"), ("CN_ID_CARD", "四四零三零五 一九九零 零九二六 三五一一")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你好请问是郑先生吗\n客户：是的\n坐席：我是宏远资产的调解员 工号8826 "
     "就你在优品分期那笔 现在逾期十五天了 今天能不能先处理一部分\n客户：我下周发工资\n"
     "坐席：行 那我给你备注下周三 到时候你在APP上操作就行", [], []),
    ("call", DEBTOR, "坐席：喂 马丽娟是吧\n客户：谁啊\n坐席：那个我们是捷信合作的 就是说你老公田志强"
     "在城南派出所当辅警对吧 我们也能找他单位 你这个钱\n客户：你别找他",
     [("PERSON", "马丽娟"), ("PERSON", "田志强")], [EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂你好 我是众邦的催收专员 你那个账户已经逾期了 你之前说的透析费用的事我们了解 "
     "你每周二四六都在市中心医院做透析是吧 那周一周三总能抽空转个账吧\n客户：我真没钱",
     [], [SENSITIVE]),
    ("call", DEBTOR, "客户：我手机号换了 新号是一八三五三二九一七三七 以后打这个\n"
     "坐席：好的收到 我给你更新一下 那这个月的款你看什么时候能还上\n客户：二十号吧",
     [("CN_MOBILE", "一八三五三二九一七三七")], []),
    ("call", DEBTOR, "坐席：呃你好 这边核实一下你的还款账户啊 卡号是六二一七 零零二三 零零六七 九二一八 四三四"
     " 建设银行的没错吧\n客户：嗯对",
     [("CN_BANK_CARD", "六二一七 零零二三 零零六七 九二一八 四三四")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂你好你好 这边是信和调解中心的 请问是蒋女士吧\n客户：是\n坐席：您在乐享借的借款"
     "逾期了四十天 本金加利息是九千二 您看能不能先还个三千 剩下的我们帮您申请分期\n客户：那你帮我申请",
     [], []),
    ("call", DEBTOR, "坐席：那个 蒋女士 你儿子是在育才中学初二三班吧 每天下午五点二十放学 你也不想让孩子知道"
     "这事吧\n客户：你什么意思", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 是韩冬梅吗 你那个借呗 呃不是 你那个我们平台的款 你看啥时候还\n"
     "客户：我在住院 刚做完手术\n坐席：理解理解 那您先养病 我们给您申请延后两周 您出院以后再联系我们",
     [("PERSON", "韩冬梅")], []),
    ("call", DEBTOR, "坐席：韩冬梅 你说你住院 你在省人民医院心内科十二床我们都知道 手术做完了就该还钱了\n"
     "客户：你们怎么知道的", [("PERSON", "韩冬梅")], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 你好 这里是银座资产 我们外访的同事查到你现在住 那个 成都市武侯区"
     "科华北路六十二号 二栋 一单元 八零四 对吧 你叫罗建平 在成都天府软件园上班\n客户：嗯",
     [("ADDRESS", "成都市武侯区科华北路六十二号 二栋 一单元 八零四"), ("PERSON", "罗建平")], [EXCESSIVE]),
    ("call", DEBTOR, "坐席：你好 我是银座资产的小陈 工号五七二一 你那个款今天最后一天了 我们这边可以给你减免一部分罚息"
     "\n客户：减多少\n坐席：减免两百四 你今天还一千八就可以结清这期", [("PERSON", "小陈")], []),
    ("call", DEBTOR, "坐席：喂 请问是不是 钱宇航先生\n客户：是\n坐席：钱先生你好 你那个 护照号码 E幺六六幺五幺八洞 "
     "我们已经报给了边检 你出不了境的\n客户：你们凭什么",
     [("PERSON", "钱宇航"), ("CN_PASSPORT", "E幺六六幺五幺八洞")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你好 你是信佛的吧 我们看你朋友圈天天在灵隐寺烧香 佛祖也不会让你欠钱不还吧\n"
     "客户：这跟你有啥关系", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 您好 我这边是诚安资产的 您的账单逾期了 我们可以给您做一个分期方案 您方便的时候"
     "回我们电话 号码是零二一 六四八七 三三二零 转八零二\n客户：好",
     [("CN_LANDLINE", "零二一 六四八七 三三二零 转八零二")], []),
    ("call", DEBTOR, "坐席：喂 您好 请问是机主吗\n客户：是 你哪位\n坐席：我这边是捷达金融 您的借款逾期了 "
     "您那个工行卡尾号三二六一 今天扣不出来 您看是不是换张卡\n客户：行我晚上转", [], []),
    ("call", DEBTOR, "坐席：喂你好 是施文博吧 你老婆叫杜晓燕 手机一三九零 二二零 七九六零 对吧 "
     "你不接电话我们就只能找她了\n客户：别别别",
     [("PERSON", "施文博"), ("PERSON", "杜晓燕"), ("CN_MOBILE", "一三九零 二二零 七九六零")],
     [EXCESSIVE, UNMASKED]),
    ("call", DEBTOR, "坐席：喂 你好 那个 你之前说你抑郁症在吃药嘛 我们领导说了 吃药也不影响你上班挣钱对吧"
     "\n客户：你们能不能别这样", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂您好 我是汇诚的客服李婉清 关于您的账单 今天是还款日 您这边还款了吗\n"
     "客户：还了啊 中午还的\n坐席：好的 那我这边查一下 可能系统还没同步 打扰您了",
     [("PERSON", "李婉清")], []),
    ("call", DEBTOR, "坐席：喂 吴老板 你那个车 白色的 浙A 停在银泰地下二层 我们同事下午看到了 "
     "你人也在那边吧\n客户：……", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你好 你的指纹 还有人脸 我们在注册的时候都采过了 你跑不掉的\n客户：你这是威胁我吗",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 您好 是尾号九九六一的客户吗\n客户：对\n坐席：您那个借款 逾期七天 金额是"
     "两千零四十 您今天能处理吗\n客户：明天\n坐席：好的 那明天下午我再跟您确认", [], []),
]

# Written messages to people other than the debtor: relatives, contacts, colleagues, guarantors.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", THIRD, "【恒信消费金融】您好，您的亲属郭玉兰在我司借款逾期62天，欠款11,460元，请督促其尽快还款。",
     [("PERSON", "郭玉兰")], [DISCLOSURE]),
    ("sms", THIRD, "您好，我们有重要事情需要联系郭玉兰女士，麻烦您转告她回电4008-123-765，谢谢。",
     [("PERSON", "郭玉兰")], []),
    ("sms", THIRD, "【乐享借】您好，您的同事冯志远(身份证610113196812041245)拖欠我司借款，现在联系不上，"
     "请转告他。", [("PERSON", "冯志远"), ("CN_ID_CARD", "610113196812041245")], [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "冯志远的紧急联系人您好：我方系受托机构，有事需与其本人沟通，请告知其本人回复本短信。",
     [("PERSON", "冯志远")], []),
    ("sms", THIRD, "【速易花】担保人周德明先生：您为借款人签署的连带责任保证合同已生效，主债务现已逾期，"
     "请于12月20日前履行保证责任，详询0571-8865 3310。",
     [("PERSON", "周德明"), ("CN_LANDLINE", "0571-8865 3310")], []),
    ("sms", THIRD, "【速易花】周德明先生，您担保的借款人许丽华住在嘉兴市南湖区中山东路1211号7栋302室，"
     "她每天晚上在夜市摆摊，您去找她要钱吧。",
     [("PERSON", "周德明"), ("PERSON", "许丽华"), ("ADDRESS", "嘉兴市南湖区中山东路1211号7栋302室")],
     [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("app", THIRD, "你好，我是安信资产的，你表哥陈国栋欠我们三万多，电话也不接，你让他回个电话 18995322592。",
     [("PERSON", "陈国栋"), ("CN_MOBILE", "18995322592")], [DISCLOSURE]),
    ("app", THIRD, "你好，请问你认识陈国栋吗？麻烦让他方便时回我电话，谢谢。", [("PERSON", "陈国栋")], []),
    ("sms", THIRD, "【金桥小贷】尊敬的用户，您的好友蔡明辉已将您设为紧急联系人。其借款已严重逾期，"
     "手机号13208760195已停机，请您转告。",
     [("PERSON", "蔡明辉"), ("CN_MOBILE", "13208760195")], [DISCLOSURE, UNMASKED]),
    ("email", THIRD, "王经理您好：\n贵司员工邓海燕（工号HR-0932）在我司有一笔消费贷款已逾期45天，未还金额23,780元，"
     "烦请贵司人事部门协助通知本人尽快与我们联系。\n此致\n华融汇通贷后管理部",
     [("PERSON", "邓海燕")], [DISCLOSURE]),
    ("email", THIRD, "您好，我们是正诚律师事务所，受委托与贵司员工邓海燕女士联系一项私人事务，"
     "请转告她拨打021-5238 7760与吕律师联系。此邮件不涉及贵司业务。",
     [("PERSON", "邓海燕"), ("CN_LANDLINE", "021-5238 7760")], []),
    ("sms", THIRD, "你好，你妈妈韦春花欠钱不还，她的身份证 450103 19830223 0376，你作为女儿要负责。",
     [("PERSON", "韦春花"), ("CN_ID_CARD", "450103 19830223 0376")], [DISCLOSURE, UNMASKED]),
    ("app", THIRD, "田先生，您弟弟田志军在我们平台的借款已经逾期三个月了，他说在广州白云区打工，"
     "具体住在哪您知道吗？", [("PERSON", "田志军")], [DISCLOSURE]),
    ("sms", THIRD, "【嘉禾贷】您好，您是彭晓丽的紧急联系人，她近期在市精神卫生中心接受治疗，"
     "欠款5,600元无人处理，请家属代为还款。", [("PERSON", "彭晓丽")], [DISCLOSURE, SENSITIVE]),
    ("sms", THIRD, "【鑫融通】您好，借款人殷*已怀孕五个月仍拒不还款，作为其联系人请转告其尽快处理欠款。",
     [], [DISCLOSURE, SENSITIVE]),
    ("app", THIRD, "阿姨您好，我这边联系不上您儿子小杰，麻烦您让他给我回个电话，就说快递站的事。",
     [("PERSON", "小杰")], []),
    ("sms", THIRD, "您好！您的同学覃思远欠款未还，其工作单位在南宁市兴宁区民生路2号，"
     "家住南宁市青秀区竹溪大道39号凤凰城6栋1201，特此告知。",
     [("PERSON", "覃思远"), ("ADDRESS", "南宁市兴宁区民生路2号"),
      ("ADDRESS", "南宁市青秀区竹溪大道39号凤凰城6栋1201")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "【快e借】亲爱的用户，邀请您成为好友的还款见证人，好友欠款1,280元，点击链接查看详情 "
     "https://kej.example.cn/w/8812", [], [DISCLOSURE]),
    ("email", THIRD, "房东您好，我司系贵处租客夏文杰的债权方。夏文杰在我司借款未还，身份证号码为："
     "420111197010278079，手机17804919649，请在其退租前告知我司。",
     [("PERSON", "夏文杰"), ("PERSON", "夏文杰"), ("CN_ID_CARD", "420111197010278079"),
      ("CN_MOBILE", "17804919649")], [DISCLOSURE, UNMASKED]),
    ("sms", THIRD, "您好，这里是客户回访中心，想与龙泽宇先生确认一项服务事宜，如您方便请转告其回电，谢谢您。",
     [("PERSON", "龙泽宇")], []),
    ("app", THIRD, "龙泽宇的爸爸你好，你儿子在我们这借了钱，他现在每天在福田区华强北赛格广场四楼档口上班，"
     "早九晚九，你不管我们就去店里找他。", [("PERSON", "龙泽宇")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("sms", THIRD, "【中邦消金】尊敬的共同借款人叶晓敏女士，您与配偶共同签署的借款合同本期应还4,200元，"
     "请按时还款。", [("PERSON", "叶晓敏")], []),
    ("app", THIRD, "您好，打扰了，我们是网商贷委托的贷后机构，您的朋友司马嘉诚账单逾期一直没处理，请让他联系我们，谢谢",
     [("PERSON", "司马嘉诚")], [DISCLOSURE]),
    ("sms", THIRD, "诸葛文彬的家人：他在我司的两笔借款合计18,900元已逾期，另查询到他在其他7个平台均有欠款，"
     "请家人重视。", [("PERSON", "诸葛文彬")], [DISCLOSURE, SENSITIVE]),
]

# Calls with contact persons, relatives and colleagues, speech-to-text or typed up by the agency.
THIRD_PARTY_CALLS: list[PiplEntry] = [
    ("call", THIRD, "坐席：喂您好 请问是林雪梅的家人吗\n联系人：我是她姐姐\n坐席：您好 麻烦您转告她 "
     "方便的时候回个电话给我们 号码是零七五五 二六八四 一一九零\n联系人：好的",
     [("PERSON", "林雪梅"), ("CN_LANDLINE", "零七五五 二六八四 一一九零")], []),
    ("call", THIRD, "坐席：喂 你是林雪梅姐姐是吧 你妹妹在我们平台借了一万五 逾期两个月了 你帮她还一下\n"
     "联系人：我不管她的事", [("PERSON", "林雪梅")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂 您好 请问您是不是 符家豪的朋友\n联系人：是啊 怎么了\n坐席：我们是他一个业务上的联系方"
     " 联系不上他本人 麻烦您让他回个电话 谢谢您\n联系人：行", [("PERSON", "符家豪")], []),
    ("call", THIRD, "坐席：喂 符家豪的朋友是吧 他的卡号 六二二九 零九三五 七九四八 九九六一 欠款没还 "
     "你知道他现在住哪吗\n联系人：不知道",
     [("PERSON", "符家豪"), ("CN_BANK_CARD", "六二二九 零九三五 七九四八 九九六一")], [DISCLOSURE, UNMASKED]),
    ("call", THIRD, "坐席：喂 是 慕容晓峰的单位吧\n第三方：对 你找谁\n坐席：我们是宝信资产的 他欠我们六万 "
     "你们单位是不是每月十五号发工资 能不能从他工资里先扣\n第三方：这个我们不能做",
     [("PERSON", "慕容晓峰")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂你好 请问你是张桂兰老人家吗\n联系人：是我 你谁啊\n坐席：阿姨您好 您儿子叫李春生对吧 "
     "他在我们这借了钱 他现在糖尿病住院的事我们也知道 您劝劝他\n联系人：啊？",
     [("PERSON", "张桂兰"), ("PERSON", "李春生")], [DISCLOSURE, SENSITIVE]),
    ("call", THIRD, "坐席：喂您好 这里是客服中心 请问您认识 欧阳明轩吗\n联系人：认识 我同事\n"
     "坐席：麻烦您转告他回个电话 就说客服中心找他 谢谢\n联系人：好", [("PERSON", "欧阳明轩")], []),
    ("call", THIRD, "坐席：喂 你好 你是欧阳明轩同事吧 他在信诚贷的款逾期了 他每天几点下班 "
     "下班一般去哪 你跟我说下\n联系人：我不清楚", [("PERSON", "欧阳明轩")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂 您好 请问是黎先生吗 我们找您儿子黎子豪 他留的是您的号码\n联系人：他不在家\n"
     "坐席：好的 那麻烦您让他回个电话 我们是他之前办理业务的机构 不打扰您了",
     [("PERSON", "黎子豪")], []),
    ("call", THIRD, "坐席：喂 黎子豪他爸吧 你儿子 身份证 四五零一零三 一九九四 零六二六 八三零六 "
     "在我们这借了款 现在逾期了\n联系人：多少钱",
     [("PERSON", "黎子豪"), ("CN_ID_CARD", "四五零一零三 一九九四 零六二六 八三零六")], [DISCLOSURE, UNMASKED]),
    ("call", THIRD, "坐席：喂 你好 我找一下 白玉洁\n第三方：她是我室友 她不在\n坐席：好的 那你帮我跟她说一声 让她"
     "给我回个电话 谢谢", [("PERSON", "白玉洁")], []),
    ("call", THIRD, "坐席：喂 白玉洁室友是吧 你知不知道她最近是不是去医院打胎了 她欠我们钱联系不上\n"
     "第三方：你有病吧", [("PERSON", "白玉洁")], [DISCLOSURE, SENSITIVE]),
    ("call", THIRD, "坐席：你好 我们是民生合作的催收 你是 尚云飞 的紧急联系人 他欠款五千八 他老婆叫"
     " 孔令娟 在人民路小学当老师 你帮我们联系下\n联系人：我不熟",
     [("PERSON", "尚云飞"), ("PERSON", "孔令娟")], [DISCLOSURE, EXCESSIVE]),
    ("call", THIRD, "坐席：喂您好 请问是 尚云飞 先生的担保人 莫志诚 吗\n第三方：是我\n坐席：莫先生 您作为这笔借款"
     "的保证人 主债务已逾期三十天 按合同您需要承担保证责任 请您在月底前联系我们\n第三方：知道了",
     [("PERSON", "尚云飞"), ("PERSON", "莫志诚")], []),
]

# WeChat and app chats with the debtor, and group chats; a customer's own lines are never labelled.
CHATS: list[PiplEntry] = [
    ("app", DEBTOR, "客户：我把卡号发你 6230 5858 5929 1436 你们扣吧\n客服：好的，已收到，稍后为您发起扣款。",
     [("CN_BANK_CARD", "6230 5858 5929 1436")], []),
    ("app", DEBTOR, "客服：请确认您的收款账户：6230585859291436，户名廖*，确认无误请回复1。\n客户：1",
     [("CN_BANK_CARD", "6230585859291436")], [UNMASKED]),
    ("app", DEBTOR, "用户：我的身份证是320583199809100625，帮我查下还款记录\n"
     "客服：已为您查询，本月已还款，无逾期记录。", [("CN_ID_CARD", "320583199809100625")], []),
    ("app", DEBTOR, "客服：已为您查询，身份证号320583199809100625名下共3笔借款，2笔已结清。\n用户：谢谢",
     [("CN_ID_CARD", "320583199809100625")], [UNMASKED]),
    ("app", DEBTOR, "客服：亲，看你朋友圈昨天在三亚亚龙湾酒店住着呢，今天应该还在海边吧，有钱旅游没钱还款？",
     [], [SENSITIVE]),
    ("app", THIRD, "【业主群】各位邻居好，翠湖花园7栋2单元1103的业主严国庆欠我司贷款不还已被起诉，大家认识的提醒一下，"
     "他电话15034753591。",
     [("ADDRESS", "翠湖花园7栋2单元1103"), ("PERSON", "严国庆"), ("CN_MOBILE", "15034753591")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("app", THIRD, "【同学群】打扰大家了，请问有没有人能联系上高二（3）班的雷振宇？有急事找他，请私信我，谢谢。",
     [("PERSON", "雷振宇")], []),
    ("app", THIRD, "【家族群】雷振宇欠网贷四万二不还，他老婆刘春燕在县医院上班，大家看到他让他赶紧还钱！",
     [("PERSON", "雷振宇"), ("PERSON", "刘春燕")], [DISCLOSURE, EXCESSIVE]),
    ("app", DEBTOR, "客服：您好，您的人脸识别多次失败，请在光线充足处重新认证后再申请延期。", [], []),
    ("app", DEBTOR, "客服：刚才人脸比对显示您戴着医用口罩还有留置针，是在医院吗？住哪个病区，我们好登记。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客户：我这个月在坐月子，下个月还行吗\n客服：可以的，已为您登记延期一个月，祝您和宝宝健康。",
     [], []),
    ("app", DEBTOR, "客服：姐，你孩子不是在阳光幼儿园大一班吗，每天下午四点半你婆婆去接，这个我们都清楚，"
     "还是早点处理吧。", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您好，核对一下信息：借款人苏*，手机号155****0307，借款金额5000元，对吗？\n客户：对",
     [], []),
    ("app", DEBTOR, "客服：我们已经掌握你的全部信息：借款人苏婉婷，手机号15160138307，现住址厦门市思明区"
     "莲花新村14号楼506室，单位厦门航空，别再躲了。",
     [("PERSON", "苏婉婷"), ("CN_MOBILE", "15160138307"), ("ADDRESS", "厦门市思明区莲花新村14号楼506室")],
     [EXCESSIVE, UNMASKED]),
    ("app", THIRD, "【小区业主群】@全体成员 欠钱不还的邻居：B区9号楼的尉迟大鹏，网贷逾期半年，"
     "大家见到他请转告！", [("PERSON", "尉迟大鹏")], [DISCLOSURE]),
    ("app", DEBTOR, "客服：您好，我是专属客服小雅，工号0317，您有任何还款问题都可以在这里问我。",
     [("PERSON", "小雅")], []),
    ("app", DEBTOR, "客户：我老公叫王建新，电话13382983308，他说这钱他来还，你们找他\n"
     "客服：好的，不过按规定我们只能和借款人本人沟通，您可以让他代您在APP还款。",
     [("PERSON", "王建新"), ("CN_MOBILE", "13382983308")], []),
    ("app", DEBTOR, "客服：你老公王建新电话13382983308我们打过了，他说不管你，你弟弟王建军我们也联系了。",
     [("PERSON", "王建新"), ("CN_MOBILE", "13382983308"), ("PERSON", "王建军")], [EXCESSIVE, UNMASKED]),
]

# Letters: 催收函, 律师函, letters to employers, landlords and residents' committees, court notices.
LETTERS: list[PiplEntry] = [
    ("notice", DEBTOR, "催收函\n编号：JQ-CS-2026-11-0457\n致：何*先生（身份证号：3301**********1234）\n"
     "您于2025年6月在我司借款30,000元，截至2026年11月30日尚欠本息12,486.35元，已逾期48天。"
     "请于2026年12月15日前通过APP或对公账户还款。如有异议，请致电0571-8702 6615。\n"
     "金桥小额贷款有限公司 2026年12月1日", [("CN_LANDLINE", "0571-8702 6615")], []),
    ("notice", DEBTOR, "催收函\n致：何建伟先生，身份证号：330106200010164911，"
     "住址：杭州市上城区望江东路332号钱江苑5幢1单元703室\n您于我司借款逾期48天，尚欠12,486.35元，"
     "请于收函后7日内还款。\n金桥小额贷款有限公司",
     [("PERSON", "何建伟"), ("CN_ID_CARD", "330106200010164911"),
      ("ADDRESS", "杭州市上城区望江东路332号钱江苑5幢1单元703室")], [UNMASKED]),
    ("notice", THIRD, "协助函\n致：深圳市瑞达精密机械有限公司人力资源部\n贵司员工沈志鹏（身份证号440305199107238328）"
     "在我司借款逾期，欠款本息合计46,200元。请贵司协助督促其履行还款义务，或从其工资中代扣。\n"
     "鹏信资产管理有限公司",
     [("PERSON", "沈志鹏"), ("CN_ID_CARD", "440305199107238328")], [DISCLOSURE, UNMASKED]),
    ("notice", THIRD, "致房东的一封信\n尊敬的房东：您好！您出租的房屋（昆明市五华区青年路88号2栋1502室）承租人"
     "付海波及其妻子邹丽，拖欠我公司借款至今未还，其子付小宝在五华区实验小学就读。望您配合告知其去向。",
     [("ADDRESS", "昆明市五华区青年路88号2栋1502室"), ("PERSON", "付海波"), ("PERSON", "邹丽"),
      ("PERSON", "付小宝")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", THIRD, "致居委会的函\n长宁区新华路街道某居委会：辖区居民卜建中（住番禺路222弄3号601室）"
     "长期拖欠我司消费贷款，金额88,000元，请居委会协助上门通知。",
     [("PERSON", "卜建中"), ("ADDRESS", "番禺路222弄3号601室")], [DISCLOSURE, EXCESSIVE]),
    ("notice", DEBTOR, "律师函\n（2026）正诚律函字第0883号\n陶*女士：\n本所受安盈普惠委托，就您与委托人之间的借款合同纠纷"
     "致函如下：截至本函发出之日，您尚欠借款本金18,000元及利息。请于本函送达之日起十日内与本所联系。"
     "联系人：吕明远律师，电话021-5238 7760。\n正诚律师事务所（上海市静安区南京西路1788号国际大厦27楼）",
     [("PERSON", "吕明远"), ("CN_LANDLINE", "021-5238 7760"), ("ADDRESS", "上海市静安区南京西路1788号国际大厦27楼")],
     []),
    ("notice", DEBTOR, "律师函\n陶慧敏女士：您的丈夫蒋立军（电话19171261265）、母亲陶春英均已知悉此事，"
     "请勿再逃避。本所联系电话021-5238 7760。",
     [("PERSON", "陶慧敏"), ("PERSON", "蒋立军"), ("CN_MOBILE", "19171261265"), ("PERSON", "陶春英"),
      ("CN_LANDLINE", "021-5238 7760")], [EXCESSIVE, UNMASKED]),
    ("notice", DEBTOR, "民事起诉状副本送达通知\n案号：（2026）浙0106民初18843号\n原告恒信消费金融有限公司诉被告华*借款合同纠纷一案，"
     "本院已立案受理。请于收到本通知之日起十五日内提交答辩状。\n地址：杭州市西湖区文二西路1号\n"
     "杭州市西湖区人民法院", [("ADDRESS", "杭州市西湖区文二西路1号")], []),
    ("notice", DEBTOR, "还款提醒函\n尊敬的客户：您的信用卡（卡号末四位7104）已逾期，截至12月3日最低还款额1,560.00元。"
     "为免影响您的信用记录，请于12月20日前还款。如您遇到困难，可致电95566转3申请个性化分期。", [], []),
    ("notice", DEBTOR, "还款提醒函\n尊敬的侯丽君女士：经查，您每月5日收到公积金提取款3,100元、"
     "每月20日收到房租收入4,500元，另有定期存款约6万元，具备还款能力，请于12月10日前还款。",
     [("PERSON", "侯丽君")], [SENSITIVE]),
    ("notice", DEBTOR, "逾期告知书\n致：易*先生\n您的借款合同（编号YD20250315000882）项下借款已逾期，逾期金额3,842.10元。"
     "请于2026年12月18日前还款。还款账户：户名 易达普惠金融服务有限公司，开户行 招商银行深圳分行，"
     "账号 755912345610802。", [], []),
    ("notice", DEBTOR, "告知书\n易家明先生：您于2026年11月22日至28日在康宁医院精神科住院，"
     "出院后仍未联系我司，请于3日内还款。\n易达普惠", [("PERSON", "易家明")], [SENSITIVE]),
    ("notice", THIRD, "致溫先生家屬的函\n溫志偉先生於本公司之貸款已逾期九十日，欠款港幣四萬三千元，"
     "其現居於九龍旺角彌敦道688號旺角中心12樓C室。請家屬轉告其盡快還款。\n信豐財務有限公司",
     [("PERSON", "溫志偉"), ("ADDRESS", "九龍旺角彌敦道688號旺角中心12樓C室")], [DISCLOSURE, EXCESSIVE]),
    ("notice", DEBTOR, "還款通知書\n溫先生：閣下於本公司之私人貸款（賬戶尾號6383）已逾期，"
     "請於本月內聯絡本公司，電話(852)2388 6120。", [("CN_LANDLINE", "(852)2388 6120")], []),
    ("notice", DEBTOR, "催繳函\n黃淑芬女士：閣下信用卡帳款新台幣86,400元逾期未繳。本行已查得閣下任職於"
     "台北市大安區信義路四段265巷12弄7號3樓之永信會計師事務所，請儘速處理，以免本行派員前往。",
     [("PERSON", "黃淑芬"), ("ADDRESS", "台北市大安區信義路四段265巷12弄7號3樓")], [EXCESSIVE]),
    ("notice", THIRD, "村委会协助函\n东坪村村民委员会：贵村三组村民文德旺（住文家湾三组17号）欠我司贷款"
     "二万六千元，逾期一年，请村委会协助通知。",
     [("PERSON", "文德旺"), ("ADDRESS", "文家湾三组17号")], [DISCLOSURE, EXCESSIVE]),
    ("notice", THIRD, "致贵单位的函\n贵单位职工家属蓝*欠款事宜，请贵单位提醒职工协助其妻还款，"
     "蓝*患乳腺癌化疗期间仍在网贷平台借款11笔。", [], [DISCLOSURE, SENSITIVE]),
    ("notice", DEBTOR, "债务和解确认书\n甲方：恒信消费金融有限公司\n乙方：闫*\n双方确认乙方剩余欠款8,000元分16期偿还，"
     "每期500元，自2027年1月起每月15日前还款。\n甲方地址：重庆市渝北区金开大道1号", [("ADDRESS", "重庆市渝北区金开大道1号")], []),
]

# E-mail from lenders, agencies and law firms.
EMAILS: list[PiplEntry] = [
    ("email", DEBTOR, "尊敬的客户：\n您好！您在华夏易贷的借款账单（账单号BL202611-00928871）已于2026年11月25日到期，"
     "当前应还金额2,316.40元。请登录APP完成还款。如已还款请忽略本邮件。\n华夏易贷客户服务部\n"
     "service@hxyd-finance.cn", [("EMAIL", "service@hxyd-finance.cn")], []),
    ("email", DEBTOR, "郝先生：\n您好，附件为您的逾期账单明细。您的身份证号：610113199304090837，"
     "绑定银行卡：6216 6197 7511 9559，均已列入催收档案。\n贷后管理部 collection@hxyd-finance.cn",
     [("CN_ID_CARD", "610113199304090837"), ("CN_BANK_CARD", "6216 6197 7511 9559"),
      ("EMAIL", "collection@hxyd-finance.cn")], [UNMASKED]),
    ("email", DEBTOR, "Dear 郝先生,\n关于您的逾期借款，我们可以提供最长6个月的延期方案。请回复本邮件告知您的方便时间，"
     "或拨打010-6588 4201转12。\nBest regards,\n崔丽娜 / 贷后协商专员", [("CN_LANDLINE", "010-6588 4201转12"),
                                                                   ("PERSON", "崔丽娜")], []),
    ("email", DEBTOR, "郝志刚先生：\n据我们了解，您近期在北京协和医院确诊为二型糖尿病并在服用二甲双胍，"
     "望您保重身体的同时尽快安排还款。", [("PERSON", "郝志刚")], [SENSITIVE]),
    ("email", THIRD, "致：张总\n抄送：行政部\n贵公司员工骆天宇（手机19380845041）因借款逾期已被我司列为重点催收对象，"
     "逾期金额5.6万元，请贵公司予以配合。", [("PERSON", "骆天宇"), ("CN_MOBILE", "19380845041")],
     [DISCLOSURE, UNMASKED]),
    ("email", THIRD, "您好，我是骆天宇的朋友，他让我帮忙问一下还款账号，请问发到哪个邮箱？\n"
     "——\n回复：您好，涉及客户账户的信息我们只能与本人沟通，请让他本人登录APP查看，谢谢理解。",
     [("PERSON", "骆天宇")], []),
    ("email", DEBTOR, "姚女士：\n您预约的面谈时间为12月9日（周二）下午2点，地点：广州市天河区珠江新城华夏路10号"
     "富力中心2208室（我司办公室）。请携带本人身份证原件。",
     [("ADDRESS", "广州市天河区珠江新城华夏路10号富力中心2208室")], []),
    ("email", DEBTOR, "姚佩琪女士：\n您护照号码Ｅ８４７５９５５５显示您于11月30日经罗湖口岸出境，12月2日入境，"
     "您有能力出境旅游，却不还款？",
     [("PERSON", "姚佩琪"), ("CN_PASSPORT", "Ｅ８４７５９５５５")], [SENSITIVE, UNMASKED]),
    ("email", DEBTOR, "Subject: 最后通知\n邱浩然：你的老婆吴佳琪、女儿邱可欣的信息我们都掌握了，"
     "你女儿在深圳南山外国语学校读初一，自己看着办。",
     [("PERSON", "邱浩然"), ("PERSON", "吴佳琪"), ("PERSON", "邱可欣")], [EXCESSIVE, SENSITIVE]),
    ("email", THIRD, "亲爱的同学们：\n我是17级会计2班的班长，想联系一下邱浩然同学，有事找他，请知道他联系方式的私信我。"
     "\n——班长 小颖", [("PERSON", "邱浩然"), ("PERSON", "小颖")], []),
    ("email", DEBTOR, "您好，您申请的协商还款已通过审核，减免违约金386.20元。请于12月12日前还款剩余本金8,000元。"
     "如有疑问，回复本邮件或发送至 negotiation@anying-fin.com。", [("EMAIL", "negotiation@anying-fin.com")], []),
    ("email", DEBTOR, "彭先生：您最近每天晚上十点后都会去小区门口的宏福便利店值夜班，凌晨六点下班，"
     "这些我们的外访同事都看到了。", [], [SENSITIVE]),
    ("email", THIRD, "To: hr@lanxin-tech.com\n贵司员工阮俊杰在我司贷款已逾期，其家庭住址为福州市鼓楼区五四路158号"
     "环球广场A座1806，请转告其联系我司。",
     [("EMAIL", "hr@lanxin-tech.com"), ("PERSON", "阮俊杰"), ("ADDRESS", "福州市鼓楼区五四路158号环球广场A座1806")],
     [DISCLOSURE, EXCESSIVE]),
]

# Dialect, traditional characters and half-literate texts.
DIALECTS: list[PiplEntry] = [
    ("call", DEBTOR, "坐席：喂 系唔系陈嘉欣啊\n客户：系 边位\n坐席：我哋系信豐財務嘅 你張卡 四五六 嗰張 "
     "仲未還款喎 今日過數得唔得\n客户：聽日啦", [("PERSON", "陈嘉欣")], []),
    ("call", DEBTOR, "坐席：陈嘉欣 你屋企喺沙田禾輋邨豐和樓1203室 你老公梁志明喺機場做嘢 我哋全部知\n客户：你想點",
     [("PERSON", "陈嘉欣"), ("ADDRESS", "沙田禾輋邨豐和樓1203室"), ("PERSON", "梁志明")], [EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂 你个龟儿子 欠的钱啥子时候还嘛\n客户：过两天\n坐席：你身份证号 五幺零幺零四 "
     "一九九三 零七二六 三五六幺 我们都有 莫想跑",
     [("CN_ID_CARD", "五幺零幺零四 一九九三 零七二六 三五六幺")], [UNMASKED]),
    ("sms", DEBTOR, "老妹儿，你那钱啥时候还啊，别整那没用的，你每天早上六点半在和平区北市场早市卖菜我们都知道。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "老铁，你那笔款子逾期了，抓紧整一下，有困难跟我唠唠，能给你延几天。", [], []),
    ("call", DEBTOR, "坐席：侬好 侬是徐阿姨伐 侬格钞票啥辰光还啊\n客户：下个礼拜\n坐席：好额 阿拉帮侬记下来了 "
     "下个礼拜三前头还脱就可以了", [], []),
    ("call", DEBTOR, "坐席：侬好 徐阿姨 侬屋里厢住勒闵行区莘松路958弄12号402室 侬儿子徐家俊勒陆家嘴上班 对伐\n"
     "客户：侬哪能晓得额",
     [("ADDRESS", "闵行区莘松路958弄12号402室"), ("PERSON", "徐家俊")], [EXCESSIVE]),
    ("sms", DEBTOR, "你好，我是贷款的，你钱没还，你卡号 622202394852833７ 我们查了里面没钱，你快点存钱",
     [("CN_BANK_CARD", "622202394852833７")], [UNMASKED]),
    ("sms", DEBTOR, "你欠的钱还没还 我们知道你在医院生娃 生完了就快点还 别拖", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：阿伯，你個賬單過咗期，可以打電話畀我哋傾分期，唔使擔心。", [], []),
    ("app", DEBTOR, "客服：鍾先生，閣下每日朝早八點喺太子站搭港鐵返工，我哋同事都見到，請盡快還款。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【台灣好貸】林怡君小姐您好，您的貸款已逾期15天，應繳金額新台幣12,300元，"
     "請於12月10日前繳納，客服專線(02)2718-3355。",
     [("PERSON", "林怡君"), ("CN_LANDLINE", "(02)2718-3355")], []),
    ("sms", DEBTOR, "【台灣好貸】林怡君小姐，您每週日上午在士林區的教會做禮拜，我們會派人在教會門口等您。",
     [("PERSON", "林怡君")], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 你是那个 呃 沙建国是吧 我们这边是 呃 宜人的 你那个款 逾期了\n"
     "客户：是我\n坐席：你啥时候能还 我给你登记一下", [("PERSON", "沙建国")], []),
    ("sms", DEBTOR, "你好 我是催收的小王 你钱到期了 你老婆的电话幺八三 洞七 洞洞幺 两三八 我们也有了 快还钱",
     [("PERSON", "小王"), ("CN_MOBILE", "幺八三 洞七 洞洞幺 两三八")], [EXCESSIVE, UNMASKED]),
]

# Decoys: numbers that are no personal identifier, and masked forms; none carries a category.
DECOYS: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒信消费金融】您的合同编号320583199809100626项下借款本期应还1,200.00元，请按时还款。", [], []),
    ("sms", DEBTOR, "【乐享借】您的借款单号330106741822251已生成，放款金额5,000元，预计2小时内到账。", [], []),
    ("sms", DEBTOR, "【速易花】订单号2026120415302287已完成还款，金额486.00元，交易时间2026-12-04 15:30:22。", [], []),
    ("sms", DEBTOR, "【顺丰速运】您的催收函已寄出，运单号SF1438827650912，请注意查收。", [], []),
    ("sms", DEBTOR, "【金桥小贷】您尾号1997的银行卡于12月04日14:22成功扣款1,286.50元，本期账单已结清。", [], []),
    ("sms", DEBTOR, "【鑫融通】尊敬的客户，您的手机号138****5678已完成实名认证，身份证3301**********1234。", [], []),
    ("notice", DEBTOR, "电子发票\n发票代码：033002100611\n发票号码：08827731\n开票日期：2026年12月02日\n"
     "项目：借款服务费\n金额：￥132.08\n税额：￥7.92", [], []),
    ("notice", DEBTOR, "执行案件信息\n案号：（2026）粤0305执12877号\n申请执行人：鹏信资产管理有限公司\n"
     "被执行人：沈*\n执行标的：46,200元\n立案日期：2026-10-17", [], []),
    ("sms", DEBTOR, "【嘉禾贷】您的借据号JH440305620031118本金9,000元，已逾期9天，罚息按日0.05%计。", [], []),
    ("app", DEBTOR, "客服：您的还款流水号为20261204093015882746，金额2,040元，请保存截图备查。", [], []),
    ("app", DEBTOR, "客服：您的贷款编号LN-2026-0412-88317，放款日期2026年4月12日，到期日2027年4月12日。", [], []),
    ("sms", DEBTOR, "【豆豆钱】您的还款验证码为 428617，5分钟内有效，请勿泄露给他人。", [], []),
    ("email", DEBTOR, "您好，附件《借款合同》（文档编号DOC-510104771325419-A）请查收并妥善保管。", [], []),
    ("sms", DEBTOR, "【有钱花呗】张*您好，您借款账户6222 **** **** 7696本期应还800元，到期日12月9日。", [], []),
    ("call", DEBTOR, "坐席：您好 请问是尾号两三三九的机主吗\n客户：是\n坐席：您的工单号是 幺幺零 八八二 三七 "
     "您刚才反馈的扣款问题我们已经处理了", [], []),
    ("sms", DEBTOR, "【安盈普惠】您的案件编号AY1202611270000458已分配至协商组，协商专员将于24小时内联系您。", [], []),
    ("notice", DEBTOR, "对账单\n账户：尾号8306\n期初余额：-12,000.00\n本期还款：2,000.00\n期末余额：-10,000.00\n"
     "对账日：2026-11-30", [], []),
    ("app", DEBTOR, "客服：请核对您的身份证号后四位（***1234）与借款人信息是否一致，如一致请点击确认。", [], []),
    ("sms", DEBTOR, "【信达普惠】您预约的回电时间为2026-12-06 10:30，届时专员将从021-xxxx号码致电，请注意接听。",
     [], []),
    ("call", DEBTOR, "坐席：您好 我这边是中邦消金 您的借款合同号是 Z B 二零二六 零三 一五 零零八八 "
     "您这边还款了吗\n客户：还了", [], []),
    ("notice", DEBTOR, "结清证明\n兹证明借款人闫*（证件号码：5001**********0012）与我司签订的借款合同"
     "（编号ZB202503150088）项下借款已于2026年11月28日全部结清。\n中邦消费金融有限公司（盖章）", [], []),
    ("sms", DEBTOR, "【盛通金融】您的快递单号YT7788123409561已签收，内附还款计划表，请核对。", [], []),
    ("sms", DEBTOR, "【和悦分期】您的设备号 IMEI 864209051837264 已解除绑定，如非本人操作请联系客服。", [], []),
    ("sms", DEBTOR, "【优品分期】您尾号0625的证件已过期，请在APP中重新上传身份证正反面。", [], []),
    ("email", DEBTOR, "您好，您的工单TK-20261203-5521已关闭。如问题未解决，请直接回复此邮件。", [], []),
    ("call", DEBTOR, "坐席：您好 这里是金穗分期 您的借款编号是 幺三零幺零二 幺九七八 幺幺两四 两七六 "
     "您的还款日是每月八号\n客户：知道了", [], []),
]

# Identifiers written every way: grouped, dotted, full-width, read aloud, in URLs, after labels, split.
IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", DEBTOR, "【乐享借】借款人身份证：350203.19750527.0439，请核对后回复。",
     [("CN_ID_CARD", "350203.19750527.0439")], [UNMASKED]),
    ("sms", DEBTOR, "【乐享借】身份证号码：３５０２０３１９８４１００３２４５９ 的客户，您的借款已逾期。",
     [("CN_ID_CARD", "３５０２０３１９８４１００３２４５９")], [UNMASKED]),
    ("sms", DEBTOR, "【金桥小贷】您的还款卡号: 6225-8872-0358-6709-664 扣款失败。",
     [("CN_BANK_CARD", "6225-8872-0358-6709-664")], [UNMASKED]),
    ("sms", DEBTOR, "【金桥小贷】查看账单请点击 https://jq-loan.cn/bill?idno=130102197010118571&from=sms",
     [("CN_ID_CARD", "130102197010118571")], [UNMASKED]),
    ("sms", DEBTOR, "【速易花】请通过链接还款 https://syh.cn/pay/6259654760458306 ，逾期将产生罚息。",
     [("CN_BANK_CARD", "6259654760458306")], [UNMASKED]),
    ("sms", DEBTOR, "【盛通金融】尊敬的客户，您的身份证61011319661009535x已被列为重点催收对象。",
     [("CN_ID_CARD", "61011319661009535x")], [UNMASKED]),
    ("sms", DEBTOR, "【盛通金融】借款人(身份证410105 19800527 954X)请于今日还款。",
     [("CN_ID_CARD", "410105 19800527 954X")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你身份证最后是个叉 对吧 我念一下 二幺零幺零二 幺九八九 零八幺六 八七三叉\n客户：嗯",
     [("CN_ID_CARD", "二幺零幺零二 幺九八九 零八幺六 八七三叉")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你留的手机号是 幺五八 三八幺四 五三七六 这个号还在用吗\n客户：在用",
     [("CN_MOBILE", "幺五八 三八幺四 五三七六")], [UNMASKED]),
    ("call", DEBTOR, "坐席：那个 你那个号码 1 3 5 2 8 1 7 1 7 1 9 是你本人的吧\n客户：是",
     [("CN_MOBILE", "1 3 5 2 8 1 7 1 7 1 9")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你老身份证是十五位的 我报一下 四二零幺幺幺 六八零九幺四 五八八 对吧\n客户：对",
     [("CN_ID_CARD", "四二零幺幺幺 六八零九幺四 五八八")], [UNMASKED]),
    ("notice", DEBTOR, "催收通知\n借款人：尹*\n身份证号码：510104770425419\n欠款金额：7,600元\n请于7日内还款。",
     [("CN_ID_CARD", "510104770425419")], [UNMASKED]),
    ("sms", DEBTOR, "【嘉禾贷】请将欠款转入指定账户，收款账户6214838002753051700，户名：嘉禾商务咨询。",
     [("CN_BANK_CARD", "6214838002753051700")], [UNMASKED]),
    ("app", DEBTOR, "客服：核对一下您的卡号是6227 0008 3225 3662 547吗？\n客户：是的",
     [("CN_BANK_CARD", "6227 0008 3225 3662 547")], [UNMASKED]),
    ("sms", DEBTOR, "【快e借】您的手机号157-3771-2797将于今日被列入逾期名单。",
     [("CN_MOBILE", "157-3771-2797")], [UNMASKED]),
    ("sms", DEBTOR, "【快e借】您的手机号１９８８３８９１７６１已被多家平台标记逾期。",
     [("CN_MOBILE", "１９８８３８９１７６１")], [UNMASKED]),
    ("sms", DEBTOR, "【鑫融通】您登记的号码178 0491 9649，经核实为您本人，请知悉欠款已逾期。",
     [("CN_MOBILE", "178 0491 9649")], [UNMASKED]),
    ("app", DEBTOR, "客服：您的身份证号是\n320583200008279261\n请核对。", [("CN_ID_CARD", "320583200008279261")],
     [UNMASKED]),
    ("app", DEBTOR, "客服：您的卡号是6212 2635 3965\n7342 113，请确认后还款。", [], [UNMASKED]),
    ("sms", DEBTOR, "【优品分期】您的证件号前六位是370212，后面是199704180865，请核对后还款。", [], [UNMASKED]),
    ("sms", DEBTOR, "【优品分期】请确认还款账户6222/6052/7319/5984/691是否为您本人所有。", [], [UNMASKED]),
    ("call", DEBTOR, "坐席：我报一下你的卡号啊 六二二八 四八七五 然后是 七七幺八 六三二九 零零九 你记一下\n客户：嗯",
     [], [UNMASKED]),
    ("email", DEBTOR, "您好，您的护照号码E40868689已被记录，还款前出境将受限。",
     [("CN_PASSPORT", "E40868689")], [UNMASKED]),
    ("app", DEBTOR, "客服：护照号 E 6949 5040，是您本人的证件吗？", [("CN_PASSPORT", "E 6949 5040")], [UNMASKED]),
    ("call", DEBTOR, "坐席：你的手机 幺三九 七零二五 零二五二 还有你另一个号 幺三七九六六六八六三六 都是你的吧\n"
     "客户：是", [("CN_MOBILE", "幺三九 七零二五 零二五二"), ("CN_MOBILE", "幺三七九六六六八六三六")], [UNMASKED]),
    ("sms", DEBTOR, "【恒信消费金融】客服热线：(0571)8865-3310，工作时间8:30-20:00，欢迎来电咨询还款事宜。",
     [("CN_LANDLINE", "(0571)8865-3310")], []),
    ("sms", DEBTOR, "【中邦消金】如需协商请拨打023-6788 1200-8015（分机），或回复1预约回电。",
     [("CN_LANDLINE", "023-6788 1200-8015")], []),
    ("app", DEBTOR, "客户：你们打这个号码给我 15838145376 我白天不方便\n客服：好的，已为您备注，晚上7点后联系您。",
     [("CN_MOBILE", "15838145376")], []),
    ("call", DEBTOR, "客户：我的卡号是 六二一四 八三七三 六七二八 五一零七 你们扣这张\n坐席：好的收到 稍后为您操作",
     [("CN_BANK_CARD", "六二一四 八三七三 六七二八 五一零七")], []),
    ("app", DEBTOR, "用户：我身份证 130102197910036280 帮我开个结清证明\n客服：好的，结清证明将在3个工作日内发到您邮箱。",
     [("CN_ID_CARD", "130102197910036280")], []),
    ("sms", DEBTOR, "【信达普惠】专员手机：138 7966 8636（仅限工作时间），请勿回复本短信。", [("CN_MOBILE", "138 7966 8636")],
     []),
    ("sms", DEBTOR, "【安盈普惠】您绑定的银行卡6216617142854860773余额为312.05元，不足以扣款。",
     [("CN_BANK_CARD", "6216617142854860773")], [SENSITIVE, UNMASKED]),
    ("app", DEBTOR, "客服：借款人手机号13587963346、身份证号420111197911148589，已核实为本人，请继续还款流程。",
     [("CN_MOBILE", "13587963346"), ("CN_ID_CARD", "420111197911148589")], [UNMASKED]),
    ("sms", DEBTOR, "【和悦分期】您好，您的证件号码为：二一零一零二一九七九一一一五八一七五，逾期请尽快处理。",
     [("CN_ID_CARD", "二一零一零二一九七九一一一五八一七五")], [UNMASKED]),
    ("sms", DEBTOR, "【乐享借】请核对身份证 4403 0519 9605 2630 67 是否本人。",
     [("CN_ID_CARD", "4403 0519 9605 2630 67")], [UNMASKED]),
    ("call", DEBTOR, "坐席：那个 你的 呃 号码是 幺七二 三幺八 六六 五四八 吧\n客户：对",
     [("CN_MOBILE", "幺七二 三幺八 六六 五四八")], [UNMASKED]),
    ("sms", DEBTOR, "【速易花】您的身份证号是350203199706117835。请回复Y确认身份。",
     [("CN_ID_CARD", "350203199706117835")], [UNMASKED]),
    ("email", DEBTOR, "您的信息：\n姓名：郝*\n证件类型：居民身份证\n证件号码：4501 0319 9403 1197 94\n"
     "请在收到邮件后3日内联系我们。", [("CN_ID_CARD", "4501 0319 9403 1197 94")], [UNMASKED]),
]

# Sensitive data said in everyday words, without the obvious terms.
EVERYDAY_SENSITIVE: list[PiplEntry] = [
    ("sms", DEBTOR, "【豆豆钱】听说你最近每周都要去血站那边做那个\u201c洗肾\u201d，身体要紧，钱也要紧，今天先还一点吧。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你不是说你在吃那个舍曲林吗，吃药的人也得讲信用吧，这周必须还。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【乐享借】您家老爷子在中医院三楼做针灸康复，每天上午都是您陪着去的吧？腾出时间处理下欠款。",
     [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你媳妇不是刚查出来怀上了吗 双胞胎 这时候更得把账清了是不是\n客户：你们咋啥都知道",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【速易花】您好，您孩子每周六上午在少年宫学钢琴，下午两点下课，您有空接孩子也该有空还钱。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你每天中午十二点都在公司楼下那家兰州拉面吃饭，我们的人就在隔壁桌。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【和悦分期】您每周三晚上在清真寺做礼拜，我们都清楚，还钱也是一种功德。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你那个 戒毒所出来也没多久吧 还是好好还钱 重新做人\n客户：……", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：查到您名下有低保，每月领680元，低保户也要还钱的哦。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【中邦消金】您的微信零钱通还有2,300元，余额宝1,150元，请先转出还款。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你那个残疾证 二级 肢体的 我们知道 但是残疾也不能不还钱啊\n客户：我真的没收入",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【金桥小贷】您儿子就读于滨江区第一中学高一（5）班，学号20260513，望您为孩子做好榜样。",
     [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你下班都是坐22路到终点站再走十分钟回家，晚上九点多，路上注意安全，早点把钱还了。",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【安盈普惠】您上月在仁和医院的体检报告显示肝功能异常，建议您放宽心，按时还款。", [], [SENSITIVE]),
    ("email", DEBTOR, "您好，系统显示您本月在京东金融、360借条、美团月付分别借款2万、1.5万、8千，"
     "多头借贷严重，请优先处理我司欠款。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你刚出狱没多久吧 去年十一月放出来的 这个我们都查得到\n客户：那跟这个有啥关系", [],
     [SENSITIVE]),
    ("app", DEBTOR, "客服：你今天下午三点在万达广场星巴克，穿的灰色卫衣，对吧？", [], [SENSITIVE]),
    ("sms", DEBTOR, "【信达普惠】您的声纹已在多次通话中采集比对，逃避接听无效，请立即回电。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你老婆 不是在月子中心吗 那个一个月好几万的 有钱住那个没钱还款\n客户：那是我妈出的钱",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【鑫融通】您的孩子今年8岁，在东风路小学，您愿意让他知道您欠钱不还吗？", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：您是基督徒吧，您每周日都去堂里，圣经里也说欠债要还。", [], [SENSITIVE]),
    ("notice", DEBTOR, "催告函\n经我司调查，您于2026年11月在市三院进行了心脏支架手术，医疗费用已由医保报销7万余元，"
     "具备还款条件，请于10日内还款。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 你是不是又去那个 精神科开药了 开的啥 我们这边要登记一下你的情况\n客户：不关你事",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【快e借】您这周二、周四晚上七点都在健身房上私教课，一节课三百，请先还款。", [], [SENSITIVE]),
    ("app", DEBTOR, "客服：你的公积金账户余额四万七，可以提取出来还款，我们查过了。", [], [SENSITIVE]),
    ("sms", DEBTOR, "【盛通金融】您患有癫痫，我们理解您的难处，但欠款仍需在本周内还清。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：你车停在物流园三号门外面 那辆蓝色货车是你的吧 你每天凌晨四点出车\n客户：你们跟踪我？",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【豆豆钱】您好，您女儿今年读初三，马上中考，您每天晚上十点去学校门口接她。", [], [SENSITIVE]),
]

# Family, neighbours and employers named beside the debt: excessive data, disclosures, group chats.
NEIGHBOURS_AND_WORK: list[PiplEntry] = [
    ("sms", DEBTOR, "【恒信消费金融】邵文涛，你父亲邵德林、母亲刘玉珍住在临沂市兰山区通达路27号，你不还款我们就只能上门了。",
     [("PERSON", "邵文涛"), ("PERSON", "邵德林"), ("PERSON", "刘玉珍"), ("ADDRESS", "临沂市兰山区通达路27号")],
     [EXCESSIVE]),
    ("app", DEBTOR, "客服：柏雨欣，你在江苏银行苏州分行做柜员，住工业园区星湖街328号独墅湖小区11幢1602，这些我们都有。",
     [("PERSON", "柏雨欣"), ("ADDRESS", "工业园区星湖街328号独墅湖小区11幢1602")], [EXCESSIVE]),
    ("sms", DEBTOR, "【速易花】甘志坚，你哥甘志勇、姐姐甘丽的电话我们都有，别让我们一个个打。",
     [("PERSON", "甘志坚"), ("PERSON", "甘志勇"), ("PERSON", "甘丽")], [EXCESSIVE]),
    ("call", DEBTOR, "坐席：祁海龙是吧 你在顺丰沙河站送快递对吧 你媳妇叫孟晓雪 我们都知道\n客户：你想干嘛",
     [("PERSON", "祁海龙"), ("PERSON", "孟晓雪")], [EXCESSIVE]),
    ("app", THIRD, "【宏图物流公司员工群】各位同事，车队的司机单立伟借款不还，已逾期90天，欠款3.2万，"
     "请大家监督他还款。", [("PERSON", "单立伟")], [DISCLOSURE]),
    ("sms", THIRD, "您好，您是公孙丽的邻居吗？她住您家对门1-2-302，欠我司贷款，请转告她还钱。",
     [("PERSON", "公孙丽")], [DISCLOSURE]),
    ("notice", THIRD, "告知函\n致 锦绣家园物业服务中心：贵小区业主隋明杰（锦绣家园12号楼3单元801室）"
     "在我司贷款逾期，欠款金额21,000元，请物业协助告知。",
     [("PERSON", "隋明杰"), ("ADDRESS", "锦绣家园12号楼3单元801室")], [DISCLOSURE, EXCESSIVE]),
    ("app", THIRD, "你好，你是东方雅琴的老公吧？她在我们这里借了款，她上班的地方是国贸三期那个律所，"
     "你让她把钱还了。", [("PERSON", "东方雅琴")], [DISCLOSURE, EXCESSIVE]),
    ("email", THIRD, "尊敬的人事部负责人：\n贵公司员工蒲建华（工号0817，财务部）个人借款逾期，"
     "其配偶蒲丽娜、父亲蒲长林均已知情。请贵公司督促其还款。",
     [("PERSON", "蒲建华"), ("PERSON", "蒲丽娜"), ("PERSON", "蒲长林")], [DISCLOSURE, EXCESSIVE]),
    ("sms", DEBTOR, "【乐享借】翟晓东，你在武汉光谷软件园C6栋的恒达科技上班，我们明天去你公司找你领导聊聊。",
     [("PERSON", "翟晓东")], [EXCESSIVE]),
    ("app", THIRD, "【村民群】各位乡亲，三组的鲍建伟（住鲍家村三组26号）在外面借网贷不还，"
     "欠了五万多，家里人管管！",
     [("PERSON", "鲍建伟"), ("ADDRESS", "鲍家村三组26号")], [DISCLOSURE, EXCESSIVE]),
    ("sms", THIRD, "您好，您的租客柯文斌拖欠我司借款，他的身份证和手机我们都有，"
     "如他退租请第一时间告知我们，必有酬谢。", [("PERSON", "柯文斌")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂 你是 柯文斌 房东吧\n第三方：是 咋了\n坐席：你那个租客 欠了我们的钱 "
     "他老家是 南昌县 向塘镇 高田村 五组 三十八号 你知道吗\n第三方：不知道",
     [("PERSON", "柯文斌"), ("ADDRESS", "南昌县 向塘镇 高田村 五组 三十八号")], [DISCLOSURE, EXCESSIVE]),
    ("sms", DEBTOR, "【金桥小贷】戴宏伟，你女儿戴雨萱、儿子戴子墨我们都知道名字了，你自己掂量。",
     [("PERSON", "戴宏伟"), ("PERSON", "戴雨萱"), ("PERSON", "戴子墨")], [EXCESSIVE]),
    ("app", THIRD, "你好，请问你是段嘉怡的表姐吗？她欠款不还，她老公叫何宇轩，在科技大学教书，你认识吗？",
     [("PERSON", "段嘉怡"), ("PERSON", "何宇轩")], [DISCLOSURE, EXCESSIVE]),
    ("email", DEBTOR, "应晓峰先生：您目前就职于上海宏盛汽车零部件有限公司（嘉定区安亭镇墨玉南路888号），"
     "我司已掌握您的收入情况。", [("PERSON", "应晓峰"), ("ADDRESS", "嘉定区安亭镇墨玉南路888号")], [EXCESSIVE]),
    ("sms", THIRD, "【鑫融通】宗家伟的同事您好，宗家伟在我司欠款，请转告他尽快还款，谢谢配合！",
     [("PERSON", "宗家伟"), ("PERSON", "宗家伟")], [DISCLOSURE]),
    ("app", DEBTOR, "客服：您好，按您的要求，已删除您登记的紧急联系人信息，今后我们只与您本人联系。", [], []),
    ("call", DEBTOR, "坐席：喂 梅少华 你弟弟梅少杰在东莞长安镇那个电子厂上班 他电话 一五八三零 一五九四六六 "
     "你不接我就打他了\n客户：别打",
     [("PERSON", "梅少华"), ("PERSON", "梅少杰"), ("CN_MOBILE", "一五八三零 一五九四六六")], [EXCESSIVE, UNMASKED]),
    ("sms", DEBTOR, "【嘉禾贷】卫国强，住址：郑州市金水区花园路68号院5号楼2单元1101，单位：郑州铁路局，请今日还款。",
     [("PERSON", "卫国强"), ("ADDRESS", "郑州市金水区花园路68号院5号楼2单元1101")], [EXCESSIVE]),
    ("app", THIRD, "【小学家长群】请问三年级一班罗子涵的家长在吗？您孩子爸爸罗伟欠我们钱好几个月了，麻烦家长们帮忙转告。",
     [("PERSON", "罗子涵"), ("PERSON", "罗伟")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("call", THIRD, "坐席：你好 你是 程浩 的老板吧\n第三方：对\n坐席：我们这边找他有点事 麻烦你让他回个电话 谢谢\n"
     "第三方：好", [("PERSON", "程浩")], []),
]

# More voices: obfuscated, half-literate, emoji, pinyin, reposts, and agents' slips.
MIXED: list[PiplEntry] = [
    ("sms", DEBTOR, "【信和】sfz 210102199401029962 的机主，你的dk已yq，速回电！",
     [("CN_ID_CARD", "210102199401029962")], [UNMASKED]),
    ("app", DEBTOR, "客服：亲😊 你的卡 6222 6007 0284 4826 还差800块才够扣哦～ 快存钱吧💰",
     [("CN_BANK_CARD", "6222 6007 0284 4826")], [UNMASKED]),
    ("sms", DEBTOR, "你好 你在我们这里借的钱 没还 你身分证 370212197009212547 我们已经提交了 你等着吧",
     [("CN_ID_CARD", "370212197009212547")], [UNMASKED]),
    ("sms", THIRD, "你好，你认识葛 * 吗，他欠钱不还，老赖一个，你是他通讯录里的人，帮忙喊他还钱。", [], [DISCLOSURE]),
    ("app", THIRD, "【贷后部发布】寻人：钟振华，男，35岁，手机13915748364，欠款不还已失联，知情者请联系。",
     [("PERSON", "钟振华"), ("CN_MOBILE", "13915748364")], [DISCLOSURE, UNMASKED]),
    ("call", DEBTOR, "坐席：喂 林森 你那个卡 幺 八 零 五 幺 五 两 幺 六 九 幺 这个是你手机号吧 "
     "你现在在哪 我们的人在你楼下\n客户：我在外地",
     [("PERSON", "林森"), ("CN_MOBILE", "幺 八 零 五 幺 五 两 幺 六 九 幺")], [UNMASKED]),
    ("email", DEBTOR, "管先生您好：您的护照E31359016与港澳通行证均在有效期内，您本月两次赴澳门的记录我们已掌握。",
     [("CN_PASSPORT", "E31359016")], [SENSITIVE, UNMASKED]),
    ("sms", DEBTOR, "【和悦分期】尊敬的客户，您的旧身份证号码210102710116874已作废，请上传新证件。",
     [("CN_ID_CARD", "210102710116874")], [UNMASKED]),
    ("app", DEBTOR, "客服：你老公电话16692306014打不通，你婆婆电话18051521691也不接，你们一家人都在躲是吧？",
     [("CN_MOBILE", "16692306014"), ("CN_MOBILE", "18051521691")], [EXCESSIVE, UNMASKED]),
    ("notice", DEBTOR, "通知\n借款人：鄂*\n证件号码：320583591203682\n借款金额：贰万元整\n请于15日内还清。",
     [("CN_ID_CARD", "320583591203682")], [UNMASKED]),
    ("call", DEBTOR, "坐席：喂 你好 我们是 嗯 安信的 你的 卡号后面是 幺四 三 六 那个 嗯 前面是六二 两五 就那张卡 "
     "今天扣款没成功\n客户：我晚上存", [], []),
    ("sms", DEBTOR, "【融e借】您账户尾号2823，本期欠款1,500元，逾期3天。我们理解您的处境，如需帮助请回复H。",
     [], []),
    ("call", THIRD, "坐席：喂 你好 这里是融e借 你是不是 覃海燕 的妈妈\n联系人：是的\n坐席：你女儿欠了我们一万多 "
     "她每天下了夜班早上八点到家 你让她醒了就给我们打电话\n联系人：我知道了",
     [("PERSON", "覃海燕")], [DISCLOSURE, SENSITIVE]),
    ("sms", DEBTOR, "【快e借】您好，您银行卡6230 5818 3315 8433 514近三个月共收到转账46笔，合计9.8万元，"
     "并非如您所说没有收入。", [("CN_BANK_CARD", "6230 5818 3315 8433 514")], [SENSITIVE, UNMASKED]),
    ("app", THIRD, "【高中同学群】@所有人 有谁知道万俟晓天现在在哪？他在我们这欠钱，身份证350203500510845，"
     "提供线索有奖。", [("PERSON", "万俟晓天"), ("CN_ID_CARD", "350203500510845")], [DISCLOSURE, UNMASKED]),
    ("sms", DEBTOR, "【安盈普惠】史蒂芬·李先生，您的护照号E31419245已备案，请于本月内还清欠款。",
     [("PERSON", "史蒂芬·李"), ("CN_PASSPORT", "E31419245")], [UNMASKED]),
    ("email", DEBTOR, "Dear 玛丽亚·陈:\n您的信用卡账户已逾期。您的丈夫约翰·陈和您的公司（浦东新区张江路1239号）"
     "我们均已联系。",
     [("PERSON", "玛丽亚·陈"), ("PERSON", "约翰·陈"), ("ADDRESS", "浦东新区张江路1239号")], [EXCESSIVE]),
    ("app", DEBTOR, "客服：你家住的那个 桂林市七星区漓江路19号 桂花苑 3-1-502，门口那辆电动车是你的吧，"
     "你每天七点准时出门。",
     [("ADDRESS", "桂林市七星区漓江路19号 桂花苑 3-1-502")], [SENSITIVE]),
    ("sms", DEBTOR, "【金桥小贷】您好，请您本人携带身份证到我司柜台办理结清手续，地址：沈阳市和平区南京北街206号"
     "城市广场2座9楼，电话024-2318 6655。",
     [("ADDRESS", "沈阳市和平区南京北街206号城市广场2座9楼"), ("CN_LANDLINE", "024-2318 6655")], []),
    ("call", DEBTOR, "坐席：喂 您好 我是鹏信的 王 鹏飞 工号 三三零九 关于您的账单 我想跟您确认一下还款时间\n"
     "客户：下周五\n坐席：好的 我记下了", [("PERSON", "王 鹏飞")], []),
    ("sms", DEBTOR, "ni de qian hai mei huan，ni er zi zai 育英小学 er nian ji，zi ji xiang xiang。", [], [SENSITIVE]),
    ("app", THIRD, "【追债公告】大家注意这个人：聂晓光，住天津市南开区鞍山西道179号2门601，欠钱跑路，"
     "身份证130102197811242767，见到报警。",
     [("PERSON", "聂晓光"), ("ADDRESS", "天津市南开区鞍山西道179号2门601"), ("CN_ID_CARD", "130102197811242767")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("sms", DEBTOR, "【中邦消金】您好，为保护您的隐私，我们已将您的资料做脱敏处理：姓名 褚*，手机 139****8364，"
     "证件 1301**********2767。", [], []),
    ("call", DEBTOR, "坐席：喂你好 是岳鹏程吗 我是信诚的 你那个 老家地址 是不是 湖南省邵阳县 塘渡口镇 "
     "大田村 四组 我们外访的同事准备过去\n客户：你们别去我爸妈那",
     [("PERSON", "岳鹏程"), ("ADDRESS", "湖南省邵阳县 塘渡口镇 大田村 四组")], [EXCESSIVE]),
    ("email", THIRD, "尊敬的物业：\n贵小区住户景晓梅在我司贷款逾期，其手机号19654967864已停用，"
     "请协助张贴催收告示。", [("PERSON", "景晓梅"), ("CN_MOBILE", "19654967864")], [DISCLOSURE, UNMASKED]),
    ("sms", DEBTOR, "【优品分期】您的账户已逾期。您的手机号为16999016655，为避免误会，"
     "请确认是否为本人。", [("CN_MOBILE", "16999016655")], [UNMASKED]),
    ("app", DEBTOR, "客服：你卡里的钱我们都看得到，每个月二号你爸给你转2000生活费，别装穷。", [], [SENSITIVE]),
    ("call", DEBTOR, "坐席：您好 我是 呃 欧阳 欧阳娜 工号 幺幺二七 您的账单逾期三天了 今天能处理吗\n客户：能",
     [("PERSON", "欧阳娜")], []),
    ("sms", DEBTOR, "【盛通金融】您的还款卡号为６２５９６５４７２６７７０６４６３８３，请保证余额充足。",
     [("CN_BANK_CARD", "６２５９６５４７２６７７０６４６３８３")], [UNMASKED]),
    ("notice", THIRD, "告知书\n致 向阳村村民委员会：\n贵村村民司徒永福（住向阳村二组15号）及其子司徒俊杰，"
     "拖欠我司借款。司徒俊杰现在福州打工。请村委会转告。",
     [("PERSON", "司徒永福"), ("ADDRESS", "向阳村二组15号"), ("PERSON", "司徒俊杰"), ("PERSON", "司徒俊杰")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", DEBTOR, "坐席：喂 是杭建波吧 你的卡 六二二九 零九幺八 零七八零 六幺三幺 九三幺 今天没扣上\n客户：嗯",
     [("PERSON", "杭建波"), ("CN_BANK_CARD", "六二二九 零九幺八 零七八零 六幺三幺 九三幺")], [UNMASKED]),
    ("sms", DEBTOR, "【快e借】您好，您的身份证号320583197207242424 对应借款已逾期，"
     "您的配偶邢丽萍、儿子邢天乐我们明天会逐一通知。",
     [("CN_ID_CARD", "320583197207242424"), ("PERSON", "邢丽萍"), ("PERSON", "邢天乐")], [EXCESSIVE, UNMASKED]),
    ("app", DEBTOR, "客服：你每个月十五号都会去银行给你那个透析的老娘交钱，那天正好顺便还款吧。", [], [SENSITIVE]),
    ("sms", THIRD, "您好，我是易贷的，您的室友符佳琪在我们这借了钱，逾期了，能帮忙提醒一下吗？",
     [("PERSON", "符佳琪")], [DISCLOSURE]),
    ("email", DEBTOR, "您好，根据您上传的身份证照片与人脸识别视频，您的生物特征信息已录入我司风控系统，"
     "如继续逾期将共享给合作机构。", [], [SENSITIVE]),
]


# Landlords, employers, schools' neighbours and agencies' own slips, in a last round of voices.
LAST_VOICES: list[PiplEntry] = [
    ("sms", THIRD, "房东您好，您的租客汪晓军（身份证610113530821622）欠我司网贷2.8万，请您在他交房租时提醒他先还贷。",
     [("PERSON", "汪晓军"), ("CN_ID_CARD", "610113530821622")], [DISCLOSURE, UNMASKED]),
    ("email", THIRD, "致 启明教育科技有限公司：\n贵司讲师仲雅楠女士在我司的分期贷款已逾期两个月，请贵司协助联系，"
     "我司联系人：翁经理 0755-8291 6430。",
     [("PERSON", "仲雅楠"), ("CN_LANDLINE", "0755-8291 6430")], [DISCLOSURE]),
    ("call", THIRD, "坐席：喂 你好 你是 滕晓 的爱人吧\n联系人：是\n坐席：你老公在我们这借了四万 呃 你们家那个房子"
     " 在 绍兴市越城区 中兴中路 二十二号 七幢 三零一 是吧 我们准备去看看\n联系人：你们想干嘛",
     [("PERSON", "滕晓"), ("ADDRESS", "绍兴市越城区 中兴中路 二十二号 七幢 三零一")], [DISCLOSURE, EXCESSIVE]),
    ("sms", DEBTOR, "【信和】娄志远，你老丈人娄德福在县城开五金店的，你丈母娘杨秀兰电话一五三六八二三三三四九，"
     "我们下午过去坐坐。",
     [("PERSON", "娄志远"), ("PERSON", "娄德福"), ("PERSON", "杨秀兰"), ("CN_MOBILE", "一五三六八二三三三四九")],
     [EXCESSIVE, UNMASKED]),
    ("app", DEBTOR, "客服：你老婆怀孕七个月了还天天去超市上班，每天下午五点下班走路回家，你忍心让她担心吗？",
     [], [SENSITIVE]),
    ("sms", DEBTOR, "【鑫融通】您的另一张农行卡6228481566951997近日有大额入账，请立即还款。",
     [("CN_BANK_CARD", "6228481566951997")], [SENSITIVE, UNMASKED]),
    ("app", THIRD, "【业委会群】各位业主好，我是受托催收机构的工作人员，咱们小区4号楼的裘建军在我司借款逾期，"
     "大家谁跟他熟麻烦转告一声。", [("PERSON", "裘建军")], [DISCLOSURE]),
    ("call", DEBTOR, "坐席：喂 你好 我这边是 鹏信 的 你妈妈 范桂英 不是在 县医院住院 化疗吗 你要用钱我们理解 "
     "但是账还是要还的\n客户：你们怎么知道我妈的事", [("PERSON", "范桂英")], [EXCESSIVE, SENSITIVE]),
    ("email", DEBTOR, "汤先生：您每周五下午在南山区蛇口港乘船往返香港，行程规律，我司已知悉，请于本周内还款。",
     [], [SENSITIVE]),
    ("sms", THIRD, "【乐享借】您好，您的朋友顾晓琳在我司借款已逾期，她绑定的银行卡6227005385946960已冻结，"
     "请告知她尽快处理。", [("PERSON", "顾晓琳"), ("CN_BANK_CARD", "6227005385946960")], [DISCLOSURE, UNMASKED]),
    ("app", DEBTOR, "客服：你儿子邹天明在南京理工读大三，你女儿邹天晴在上海工作，要不要我们打电话给他们？",
     [("PERSON", "邹天明"), ("PERSON", "邹天晴")], [EXCESSIVE]),
    ("sms", DEBTOR, "【豆豆钱】你的身份证号码 440305 610628 131，你的钱逾期了，再不还后果自负。",
     [("CN_ID_CARD", "440305 610628 131")], [UNMASKED]),
    ("notice", THIRD, "致 东湖幼儿园：\n贵园大二班学生柳思琪的母亲柳静欠我司借款，"
     "请老师在接送时转告家长尽快还款，并请园方告知其家庭住址。",
     [("PERSON", "柳思琪"), ("PERSON", "柳静")], [DISCLOSURE, SENSITIVE]),
    ("call", DEBTOR, "坐席：喂 康先生 你那个 你妹妹 康美玲 她现在在哪个单位 你跟我们说 我们找她\n"
     "客户：她嫁到外地了", [("PERSON", "康美玲")], [EXCESSIVE]),
    ("sms", DEBTOR, "【金桥小贷】邬晓丽您好，您于本月3日、10日、17日在第一人民医院产科复查，"
     "请合理安排时间处理欠款。", [("PERSON", "邬晓丽")], [SENSITIVE]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "I-SMS-DEBTOR": SMS_DEBTOR,
    "I-ROBOT-CALLS": ROBOT_CALLS,
    "I-ASR-CALLS": ASR_CALLS,
    "I-THIRD-PARTIES": THIRD_PARTIES,
    "I-THIRD-PARTY-CALLS": THIRD_PARTY_CALLS,
    "I-CHATS": CHATS,
    "I-LETTERS": LETTERS,
    "I-EMAILS": EMAILS,
    "I-DIALECTS": DIALECTS,
    "I-DECOYS": DECOYS,
    "I-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "I-EVERYDAY-SENSITIVE": EVERYDAY_SENSITIVE,
    "I-NEIGHBOURS-AND-WORK": NEIGHBOURS_AND_WORK,
    "I-MIXED-VOICES": MIXED,
    "I-LAST-VOICES": LAST_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
