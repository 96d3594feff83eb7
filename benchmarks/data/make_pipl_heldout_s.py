"""Writes `pipl_heldout_s.jsonl`, the nineteenth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_p.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests
or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were
drawn once by a throw-away script (random area codes and birth dates with the right check character, Luhn-valid
card numbers of 16 and 19 digits, mobiles on real prefixes, passports and a home-return permit of a letter and
eight digits) and typed into the texts by hand, many of them read aloud, grouped or in full-width digits.

Its weight lies on identifiers in every written and spoken form, as a hard-form set, and on the two categories
detectors find hardest. Identifiers are read aloud with 幺 洞 拐 and 零 to 九, grouped by spaces (幺三三 四零四五 幺零六七), typed
in full-width digits (a whole ID, a 19-digit card, passports with a full-width Ｅ or full-width digits, an ID whose
last digit alone is full-width), split by hyphens (6217-0050-…, an ID as 3301-0219-…), dots or single spaces
between every digit, a card read in Cantonese, 18-digit IDs ending in a lower-case x, a full-width Ｘ or a spoken 叉,
old 15-digit IDs, a mobile behind +86, a mobile inside a payment link's query string, numbers after labels (身份证号：,
证件：, 联系电话：) and a number read out over two turns. Beside them stand decoys: contract, loan, order, waybill, policy,
batch, complaint, settlement, payment and case numbers (18-digit ones whose "birth date" has a thirteenth month or
no real day, 11-digit ones on no mobile prefix, a staff number read aloud, policy, preservation and waybill numbers
grouped like cards, case and work-order numbers read aloud), a vehicle identification number, a court's case
number, 95 and 400 service numbers, masked forms (尾号, 187****3232, a spaced 1 3 8 * * * *, 320106********4473,
5101**********4838, 310115********8578, last four digits read aloud), a verification code, amounts and dates.
`pii.sensitive` and `pii.excessive` each label well over fifty messages, mostly without the textbook words (a
gastroscopy last Wednesday, a father's dialysis days, an IVF clinic, a blood-sugar reading from a check-up, a
kindergarten class and who fetches the child at four, the 12 bus at 6:50, a daughter's exam hall, a dance class on
Saturday mornings, Friday prayers, a Sunday church in Mong Kok, a fellowship group, Monday sign-ins at the justice
office, a detention ten days long, a hotel check-in last night, a card swiped near a casino, daily step counts, a
time deposit falling due, a provident-fund balance, the loans on five other platforms, a bereaved-family allowance,
a veteran's family benefit; a brother-in-law at the traffic police, a father-in-law's fish stall, an
ex-girlfriend's tea shop, a nephew's number, a grandmother's village group), and beside them near-misses: a
lender's hardship policy naming illness, disaster or bereavement, a code of conduct forbidding such talk, a debtor
speaking of his own stent, childbirth, disability, dismissal or faith and an agent answering with a deferral or
instalments, a letter that names only the debtor and the address it is sent to, a guarantor told of the obligation
he signed, a court summons with the court's public address, the agent's own name, work number and e-mail, a
relative the customer has just named, a masked account echoed back. Registers: lenders' SMS templates, robot and
agent calls as speech-to-text output, WeChat, QQ and WhatsApp chats and group chats (owners, a class's parents, a
village, fellow townsmen, a workshop, a fellowship), letters to employers, a school and a kindergarten, property
managers, village and residents' committees, messages to a landlord, case-transfer e-mails, visit orders and work
orders between agencies, complaint replies, Cantonese and traditional characters (Hong Kong and Taiwan lenders).

A number split over two turns has no single span: such a message carries `pii.unmasked_identifier` but no entity
for it. Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies
are invented; identifiers are well formed and `set_format` checks them before writing.

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

Regenerate with `python -m benchmarks.data.make_pipl_heldout_s`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_s.jsonl"
ID_PREFIX = "PS"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output: numbers read aloud, a number over two turns ----------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这边是恒信消费金融贷后部，请问是邓先生吗\n客户：嗯是我\n坐席：跟您核对一下，您预留的身份证号是"
     "四三零一零四 一九七七 一一一七 六八八二，对吧\n客户：对", [(ID, "四三零一零四 一九七七 一一一七 六八八二")], [U]),
    ("call", "debtor", "坐席：喂，邹女士是吧，我们是安达信贷的\n客户：是\n坐席：您那个还款卡，尾号零七三零，这个月扣款没成功，"
     "麻烦今天存一下\n客户：行，下午存", [], []),
    ("call", "debtor", "坐席：你好，我这里是顺融金服，找一下钱建军\n客户：我就是\n坐席：你上周三不是刚在市一医院做的胃镜吗，"
     "我们查到你在那边挂号了，身体好了就先把钱还上嘛\n客户：你们怎么知道的", [(P, "钱建军")], [S]),
    ("call", "debtor", "坐席：嗯那个，您好，我这边是和融小贷的，请问是蒋先生本人吗\n客户：对\n坐席：您那边呃方便留个新号码吗\n"
     "客户：幺五七 七八五七 幺七六九\n坐席：好的幺五七七八五七幺七六九，我记下了", [(MB, "幺五七 七八五七 幺七六九"),
     (MB, "幺五七七八五七幺七六九")], [U]),
    ("call", "third_party", "坐席：喂你好，请问是蒋卫东的爱人吗\n第三方：我是，怎么了\n坐席：麻烦你转告他给和融小贷回个电话，"
     "谢谢\n第三方：好的", [(P, "蒋卫东")], []),
    ("call", "third_party", "坐席：喂，是冯丽娟的妈妈吗，她在我们平台借的两万八已经逾期四个月了，你们家里管不管\n第三方：我不知道这事",
     [(P, "冯丽娟")], [D]),
    ("call", "debtor", "坐席：韩先生，我们知道你儿子在实验二小读三年级，每天下午四点半放学，你也不想我们在校门口找你吧\n"
     "客户：你什么意思", [], [S]),
    ("call", "debtor", "坐席：您好这里是恒信消费金融，请问是陶女士吗\n客户：是，我最近在住院，做化疗，真的没钱\n坐席：理解，"
     "那我帮您申请延期三个月，您出院后再联系我们\n客户：谢谢", [], []),
    ("call", "debtor", "坐席：柯先生，你那张卡号我念一下，六二一四八三七五四一三零二九二八八三六，这张卡我们下午会发起代扣\n客户：哦", [(BC, "六二一四八三七五四一三零二九二八八三六")], [U]),
    ("call", "debtor", "坐席：你好是俞先生吗，这边是宝丰金融\n客户：是\n坐席：你的账单，你在别的几家平台还欠着，借呗两万、"
     "微粒贷一万五，你这样借来借去不行啊\n客户：你怎么知道的", [], [S]),
    ("call", "debtor", "坐席：喂，您好，我是宝丰金融的工号三零七二，请问是梁先生吗\n客户：是我\n坐席：核实一下您的手机号是不是一三"
     "四\n客户：嗯\n坐席：七四六八 二七九六\n客户：对", [], [U]),
    ("call", "debtor", "坐席：我们查了一下，你每个月十号工资是从通达物流发到你建行卡上的，八千多，这个月能不能先还一半\n"
     "客户：我工资还要交房租", [], [S]),
    ("call", "debtor", "坐席：你好，这里是和融小贷，你是欠款人吴志强吧\n客户：嗯\n坐席：你老婆叫刘春梅，电话一五八七八六九五零零七，"
     "你丈母娘住在城南红星路一百零八号，我们都有登记\n客户：关她们什么事",
     [(P, "吴志强"), (P, "刘春梅"), (MB, "一五八七八六九五零零七"), (A, "城南红星路一百零八号")], [U, X]),
    ("call", "debtor", "坐席：喂，我们是安达信贷，陈先生你这个月十八号之前能还吗\n客户：我刚失业了\n坐席：那可以先申请分期，"
     "我给您发一下申请链接\n客户：好", [], []),
    ("call", "unknown", "机器人：您好，这里是恒信消费金融，您的账单已到期，请您尽快登录APP还款，如已还款请忽略，退订请回复T\n"
     "客户：（挂断）", [], []),
    ("call", "debtor", "坐席：孟女士，你是不是怀孕七个月了，我们同事上周在妇幼保健院门口看见你了，怀孕了也得还钱啊\n客户：你们跟踪我？",
     [], [S]),
    ("call", "debtor", "坐席：您好，我是安达信贷的小周，请问您是宋先生吗\n客户：对\n坐席：您的案件编号是洞两洞六 幺幺 八三七五 四二九九，"
     "有问题可以报这个编号\n客户：好", [], []),
    ("call", "third_party", "坐席：你好，请问你认识邹玉兰吗\n第三方：认识，我是她同事\n坐席：麻烦让她回个电话给我们，号码是四零零"
     "八八六七三二一\n第三方：好", [(P, "邹玉兰")], []),
    ("call", "third_party", "坐席：喂，你是邹玉兰同事吧，她身份证三五零二零三一九九四零四零三零五一五，在我们这欠了钱跑了，你知道她住哪吗\n"
     "第三方：我不清楚", [(P, "邹玉兰"), (ID, "三五零二零三一九九四零四零三零五一五")], [D, U]),
    ("call", "debtor", "坐席：郑先生，你现在是在看守所里吧，我们知道你上个月被拘了，出来了赶紧处理\n客户：……", [], [S]),
    ("call", "debtor", "客户：我号码换了，新的是一三六五 六零一 六四四六\n坐席：好的，以后我们打这个号，谢谢配合",
     [(MB, "一三六五 六零一 六四四六")], []),
    ("call", "debtor", "坐席：你女儿欧阳晓雯在市十四中初二五班，对吧，班主任姓李\n客户：你提我女儿干嘛", [(P, "欧阳晓雯")], [S, X]),
]

# --- lenders' SMS templates and collectors' own messages to the debtor --------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】尊敬的客户，您尾号6882的借款本期应还1,860.00元，已逾期3天，请及时还款。客服4008867321",
     [], []),
    ("sms", "debtor", "【恒信消费金融】邓先生，您身份证430104197711176882名下借款已逾期，请于今日18点前处理。", [(ID, "430104197711176882")],
     [U]),
    ("sms", "debtor", "【宝丰金融】您好，您的还款卡6228489528885732本期扣款失败，请确保余额充足。", [(BC, "6228489528885732")], [U]),
    ("sms", "debtor", "【宝丰金融】您好，您的还款卡6228****5732本期扣款失败，请确保余额充足。", [], []),
    ("sms", "debtor", "【安达信贷】梁先生，据我司了解，您公积金账户余额还有3万多，可提取用于还款，请今天联系我们。", [], [S]),
    ("sms", "debtor", "【安达信贷】我们注意到您最近在人民医院肿瘤科复诊，祝早日康复，也请记得本月账单2,300元。", [], [S]),
    ("sms", "debtor", "【和融小贷】吴先生，您的账单已逾期12天，请登录APP处理或拨打0571-86703215咨询。", [(LL, "0571-86703215")], []),
    ("sms", "debtor", "【和融小贷】吴志强，住西湖区文三路277号3单元501，单位杭州锐达机电，您的借款逾期12天，请尽快还款。",
     [(P, "吴志强"), (A, "西湖区文三路277号3单元501")], [X]),
    ("sms", "debtor", "【顺融金服】您每周一早上在区司法所报到，我们也知道，请您这周内把欠款处理掉。", [], [S]),
    ("sms", "debtor", "【安达信贷】您的残疾人证信息我司已核实，您每月领的补贴也可以先拿来还款。", [], [S]),
    ("sms", "debtor", "【安达信贷】您可申请我司困难客户帮扶，因疾病、灾害等原因暂时无法还款的，可申请延期或分期。", [], []),
    ("sms", "debtor", "【宝丰金融】您好，您弟弟罗志刚（13769317142）已知道您的欠款情况，请您尽快还款。",
     [(P, "罗志刚"), (MB, "13769317142")], [U, X]),
    ("sms", "debtor", "【顺融金服】您好，您每天早上7:20从翠苑小区出门去地铁站，请在今天下班前回电。", [], [S]),
    ("sms", "debtor", "【恒信消费金融】您的借款已逾期，您可以登录APP查看账单明细，或回复1获取还款链接。", [], []),
    ("sms", "debtor", "【和融小贷】您在周日礼拜的教堂我们也知道地址，请您尽快处理账单。", [], [S]),
    ("sms", "debtor", "【和融小贷】您的紧急联系人张桂芳、张建平的电话我们都有，请您主动还款，避免我们联系他们。",
     [(P, "张桂芳"), (P, "张建平")], [X]),
    ("sms", "debtor", "【安达信贷】陈先生，我司将向您登记的地址寄送还款提示函，请留意查收；如地址有变更请联系客服。", [], []),
    ("sms", "debtor", "【宝丰金融】您绑定的指纹支付信息和人脸照片已存档，如不还款将作为证据使用。", [], [S]),
    ("sms", "debtor", "【顺融金服】您好，您在微信绑定的招行卡今天入账了一笔12,000元，建议先把欠款结清。", [], [S]),
    ("sms", "debtor", "【安达信贷】您好，我是负责您账户的工作人员周敏，工号AD3072，有事请拨023-67451209转803。",
     [(P, "周敏"), (LL, "023-67451209")], []),
]

# --- to relatives, colleagues, neighbours and contacts -------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【和融小贷】您好，您的朋友吴志强在我司借款已逾期12天，欠款8,640元，请转告他尽快还款。",
     [(P, "吴志强")], [D]),
    ("sms", "third_party", "【和融小贷】您好，有一件事情需要联系吴先生，麻烦您转告他回电0571-86703215，谢谢。",
     [(LL, "0571-86703215")], []),
    ("sms", "third_party", "您好，我是恒信消费金融的，邓建华身份证号430104197711176882，他说您是他紧急联系人，麻烦让他联系我们。",
     [(P, "邓建华"), (ID, "430104197711176882")], [D, U]),
    ("sms", "third_party", "张阿姨您好，您女婿最近在胸科医院做了支架，手术费还是找我们借的，现在还没还，您劝劝他。", [], [D, S]),
    ("app", "third_party", "您好，您是俞海涛的同事吧？他最近在我们平台的账户逾期了，另外他每月8号发工资，麻烦提醒他那天先还我们。",
     [(P, "俞海涛")], [D, S]),
    ("sms", "third_party", "您好，这里是宝丰金融，我们在找罗女士，麻烦您让她方便时回个电话，谢谢。", [], []),
    ("sms", "third_party", "【宝丰金融】罗志刚先生，您姐姐罗丽萍住在滨江区江南大道1088号6幢902，借款逾期，请督促还款。",
     [(P, "罗志刚"), (P, "罗丽萍"), (A, "滨江区江南大道1088号6幢902")], [D, X]),
    ("call", "third_party", "坐席：喂，您是孙国庆的邻居吧？\n第三方：对，怎么了\n坐席：他欠我们钱，每天晚上八点以后才回家，"
     "你看见他就跟他说一声\n第三方：我不管这事", [(P, "孙国庆")], [D, S]),
    ("call", "third_party", "坐席：您好，请问是孙先生家吗？\n第三方：他不在，我是他爸\n坐席：好的，麻烦他回来后回个电话，"
     "号码是0731-84526190\n第三方：行", [(LL, "0731-84526190")], []),
    ("sms", "third_party", "【安达信贷】您好，您作为陈立新借款的担保人，按担保合同约定需承担连带责任，本期应还4,500元，请按时履约。",
     [(P, "陈立新")], []),
    ("app", "third_party", "您好，您的同学欧阳磊在我司借款逾期，他目前在市二医院精神科治疗，请您帮忙联系他家人。",
     [(P, "欧阳磊")], [D, S]),
    ("sms", "third_party", "【顺融金服】您好，郑宏伟先生将您留为联系人，他目前失联，请转告他尽快联系我司处理欠款事宜。",
     [(P, "郑宏伟")], [D]),
    ("email", "third_party", "肖总您好：\n贵司员工马俊峰（身份证号370202199007118086）在我司借款逾期，现金额11,240元，"
     "请贵司协助通知其本人处理。\n恒信消费金融 贷后管理部", [(P, "马俊峰"), (ID, "370202199007118086")], [D, U]),
    ("call", "third_party", "坐席：喂，你好，你是马俊峰的哥哥马俊伟吧\n第三方：是，什么事\n坐席：你弟弟欠了钱不还，"
     "他老婆在纺织厂上班我们也找过了，你做哥哥的管一管\n第三方：我们早就不来往了",
     [(P, "马俊峰"), (P, "马俊伟")], [D, X]),
    ("sms", "third_party", "【和融小贷】您好，贵村村民刘建军拖欠我司借款，其女儿在村小读四年级，请村委会帮忙做做工作。",
     [(P, "刘建军")], [D, S]),
    ("sms", "third_party", "【安达信贷】您好，您儿子冯志远的借款已逾期61天，他的手机号15237872497一直关机，请让他联系我们。",
     [(P, "冯志远"), (MB, "15237872497")], [D, U]),
    ("call", "third_party", "坐席：喂，请问是许晓燕吗\n第三方：打错了，我不是\n坐席：不好意思打扰了", [(P, "许晓燕")], []),
    ("call", "third_party", "坐席：请问您认识于海波吗\n第三方：认识，前同事\n坐席：他在我们这边逾期了，现在住康复医院，"
     "你们同事之间捐点钱帮他还一下吧\n第三方：这不合适吧", [(P, "于海波")], [D, S]),
    ("sms", "third_party", "您好，您的父亲黄德明在我司的贷款已逾期，我们知道他每月领着低保，请家里人帮着还一部分。",
     [(P, "黄德明")], [D, S]),
    ("email", "third_party", "您好，我司客户欧阳磊将您填为紧急联系人，我们暂时联系不上他本人，若方便请转告他与我们联系。"
     "\n宝丰金融客服中心 kefu@baofengjr.com", [(P, "欧阳磊"), (EM, "kefu@baofengjr.com")], []),
]

# --- WeChat and QQ chats, group chats ---------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 专员：邹姐，你老公周三在城西派出所做笔录的事我们都知道，你就别拖了\n客户：这关你们什么事", [], [S]),
    ("app", "third_party", "【业主群】各位业主好，6栋的住户董佳琪在我司欠款不还，请大家见到她提醒一下。\n（截图）",
     [(P, "董佳琪")], [D]),
    ("app", "third_party", "【三年级二班家长群】家长们好，请问哪位认识韩宇航爸爸？他在我们平台有笔欠款逾期了，麻烦告诉他回个电话。",
     [(P, "韩宇航")], [D]),
    ("app", "debtor", "[QQ] 客服：您好，这里是顺融金服在线客服，请问您要办理什么业务？\n客户：我想问下我还剩多少没还\n"
     "客服：您剩余待还2,880元，分3期", [], []),
    ("app", "debtor", "[微信] 专员：宋哥，你那个新住址是不是锦江区东大街158号2栋1705？你老婆陈晓丽也住那吧\n客户：你们查我？",
     [(A, "锦江区东大街158号2栋1705"), (P, "陈晓丽")], [X]),
    ("app", "debtor", "[微信] 客户：我下个月做手术，能不能缓缓\n专员：可以的，您把出院证明发给我，我帮您申请停催三十天", [], []),
    ("app", "third_party", "【同乡会群】大家好，咱们老乡孙国庆欠了几万网贷，家里老父亲还在透析，请认识的人劝劝他。",
     [(P, "孙国庆")], [D, S]),
    ("app", "debtor", "[微信] 专员：俞先生，我给你看一下，你支付宝里还有余额宝两万三，花呗也欠着，先把我们的还了吧\n"
     "客户：你们怎么能看我支付宝", [], [S]),
    ("app", "debtor", "[微信] 专员：肖先生，你的护照号E05997017我们有记录，你要是出境了我们也知道\n客户：……",
     [(PP, "E05997017")], [U]),
    ("app", "third_party", "【车间群】@全体成员 各位工友，二车间的何志斌欠了我们公司的钱，手机号17612797878，谁能联系上他请通知一下。",
     [(P, "何志斌"), (MB, "17612797878")], [D, U]),
    ("app", "debtor", "[微信] 客户：我身份证号是42011119960702201６，你核对下\n专员：收到，已核对，谢谢",
     [(ID, "42011119960702201６")], []),
    ("app", "debtor", "[微信] 专员：何先生，你女朋友周雨桐在人民路那家美容院上班，我们昨天去问过了\n客户：你们别去找她",
     [(P, "周雨桐")], [X]),
    ("app", "debtor", "[微信] 专员：宋先生，您每周五中午去东关清真寺做礼拜，我们的人会在那边等您\n客户：你们太过分了", [], [S]),
    ("app", "debtor", "[微信] 客户：我信佛的，不会赖账\n专员：好的，相信您，我们按约定的十五号等您还款", [], []),
    ("app", "third_party", "【幸福里小区群】通知：3号楼的黄女士欠款逾期，请物业和邻居协助联系。", [], [D]),
    ("app", "debtor", "[微信] 专员：董女士，您那个二胎是下个月预产期吧，孩子生了花钱更多，现在先还点\n客户：你怎么知道的", [], [S]),
    ("app", "debtor", "[微信] 专员：你爸爸何建国、你妈妈李秀英，电话我们都有，不想让他们知道就今天还\n客户：别找我爸妈",
     [(P, "何建国"), (P, "李秀英")], [X]),
]

# --- letters to debtors, employers, schools, property managers and village committees ----------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：HX-CS-2024-06187\n邓建华先生：\n您于2023年9月在我司申请的个人消费贷款，截至2024年6月15日"
     "已逾期45天，欠款本息合计18,460元。请于2024年6月30日前通过APP或对公账户还款。如有异议，请致电4008867321。\n"
     "恒信消费金融有限公司\n2024年6月15日", [(P, "邓建华")], []),
    ("notice", "debtor", "还款提示函\n吴志强先生（身份证号：330102198509288977）：\n您在我司的借款已逾期30天，欠款9,120元，请于7日内还清。"
     "\n和融小额贷款有限公司", [(P, "吴志强"), (ID, "330102198509288977")], [U]),
    ("notice", "third_party", "致杭州锐达机电有限公司人事部：\n贵司员工吴志强，住西湖区文三路277号3单元501，在我司借款逾期，"
     "现欠本息9,120元。请贵司督促其还款，必要时从工资中代扣。\n和融小额贷款有限公司",
     [(P, "吴志强"), (A, "西湖区文三路277号3单元501")], [D, X]),
    ("notice", "third_party", "致实验二小三年级班主任：\n贵校学生韩子轩的父亲韩立军在我司借款长期逾期，请学校转告家长尽快处理，"
     "以免影响孩子。\n顺融金服", [(P, "韩子轩"), (P, "韩立军")], [D, S]),
    ("notice", "third_party", "致锦绣华庭物业服务中心：\n贵小区2栋1705业主宋凯在我司借款逾期，其妻陈晓丽、岳母住同一处。"
     "请物业将随附函件转交本人。\n宝丰金融", [(P, "宋凯"), (P, "陈晓丽")], [D, X]),
    ("notice", "third_party", "致锦绣华庭物业服务中心：\n烦请将随附信封转交贵小区2栋业主宋先生本人，信封内为我司业务函件，"
     "谢谢配合。\n宝丰金融客户服务部", [], []),
    ("notice", "third_party", "致东岭村村民委员会：\n贵村三组村民刘建军，身份证号510107198602021922，欠我司借款本息23,600元，"
     "逾期已超过一年。其母常年卧病在床，家中另有一子在镇中学住校。请村委会协助催收。\n安达信贷",
     [(P, "刘建军"), (ID, "510107198602021922")], [D, S, U]),
    ("notice", "debtor", "律师函\n致：钱建军先生\n受恒信消费金融委托，本所就您所欠借款一事致函。截至本函发出之日，您尚欠本金12,000元、"
     "利息1,340元，请于十五日内清偿。联系电话：020-38642175。\n广州正衡律师事务所 承办律师 林思远\n2024年7月2日",
     [(P, "钱建军"), (LL, "020-38642175"), (P, "林思远")], []),
    ("notice", "debtor", "催缴通知书\n孟雪女士：\n您尚欠我司分期款4,680元，已逾期20天。据悉您目前正处于孕晚期并在妇幼保健院建档，"
     "请安排家人代为还款。\n宝丰金融", [(P, "孟雪")], [S]),
    ("notice", "debtor", "催缴通知书\n孟雪女士：\n您尚欠我司分期款4,680元，已逾期20天。如您因孕产、疾病等原因暂时困难，"
     "可向我司申请延期还款。客服电话4006601234。\n宝丰金融\n2024年5月8日", [(P, "孟雪")], []),
    ("notice", "third_party", "致江北区建新东路社区居委会：\n辖区居民陈立新（住建新东路88号4栋301）及其妻子王雅琴，"
     "在我司借款逾期。陈立新系退役军人，请居委会出面调解。\n安达信贷",
     [(P, "陈立新"), (A, "建新东路88号4栋301"), (P, "王雅琴"), (P, "陈立新")], [D, S, X]),
    ("notice", "debtor", "还款通知\n尊敬的柯先生：\n您在我司的借款本期应还2,150元，还款账户为您本人尾号8836的银行卡，"
     "请于6月20日前确保余额充足。\n顺融金服", [], []),
    ("notice", "debtor", "逾期通知函\n柯文斌先生：\n经查询，您名下另有三家平台借款共计6万余元，您的工资卡6214837541302928836"
     "每月10日入账约7,800元。请优先偿还我司借款。\n顺融金服",
     [(P, "柯文斌"), (BC, "6214837541302928836")], [S, U]),
    ("email", "third_party", "致市第十四中学教务处：\n贵校初二五班学生欧阳晓雯的母亲欠我司借款未还，请学校通知家长联系我司。"
     "\n恒信消费金融 cuishou@hengxin-cf.cn", [(P, "欧阳晓雯"), (EM, "cuishou@hengxin-cf.cn")], [D, S]),
    ("notice", "debtor", "协商还款确认书\n甲方：宝丰金融\n乙方：罗丽萍\n乙方尚欠本息15,600元，双方同意分12期归还，每期1,300元，"
     "首期于2024年8月1日前支付。\n乙方签字：        日期：", [(P, "罗丽萍")], []),
    ("notice", "third_party", "致贵单位（通达物流有限公司）：\n贵司员工俞海涛，其家住城东区新华路56号，患有糖尿病，在我司欠款逾期，"
     "请贵司协助。\n和融小贷", [(P, "俞海涛"), (A, "城东区新华路56号")], [D, S, X]),
]

# --- case-transfer e-mails and work orders between agencies, complaint replies ------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交清单（第23批）\n1. 邓建华 430104197711176882 欠款18,460 逾期45天\n2. 邹玉兰 350203199404030515 "
     "欠款6,200 逾期80天\n请贵所于7月1日起接手。\n恒信消费金融 贷后部 zhangli@hengxin-cf.cn",
     [(P, "邓建华"), (ID, "430104197711176882"), (P, "邹玉兰"), (ID, "350203199404030515"), (EM, "zhangli@hengxin-cf.cn")],
     [U]),
    ("email", "unknown", "案件移交说明：本批次共36户，明细见加密附件，密码另行短信告知。案件编号HX-2024-023-001至036，"
     "请查收。\n恒信消费金融 贷后部", [], []),
    ("email", "unknown", "外访工单\n客户：孙国庆\n住址：雨花区韶山中路419号7栋2单元601\n备注：客户父亲孙德福在市中心医院透析，"
     "每周二、四、六上午在医院，可去医院找。\n安达信贷外访组", [(P, "孙国庆"), (A, "雨花区韶山中路419号7栋2单元601"),
     (P, "孙德福")], [S, X]),
    ("email", "unknown", "外访工单\n客户：孙先生（案件号AD-2024-5531）\n外访地址：见系统\n目的：确认是否仍住原址，递送还款通知。"
     "\n安达信贷外访组", [], []),
    ("email", "unknown", "转案备注：债务人马俊峰，户籍地青岛市市北区，现暂住地不详。其银行卡6217009129359243为还款卡，"
     "手机17524320560。请联系。", [(P, "马俊峰"), (BC, "6217009129359243"), (MB, "17524320560")], [U]),
    ("email", "debtor", "肖先生您好：\n关于您6月18日的投诉，经核查，我司外包催收员在通话中提及了您家人的信息，该行为违反我司规定，"
     "我们已对该员工作出处理，并向您致歉。\n恒信消费金融 客户服务部 tousu@hengxin-cf.com", [(EM, "tousu@hengxin-cf.com")], []),
    ("email", "debtor", "肖先生您好：\n关于您的投诉，经核查通话录音，您的妻子王丽在第二次通话中接听，您的女儿肖雨萱在育才小学就读，"
     "催收员并无不当。\n恒信消费金融 客户服务部", [(P, "王丽"), (P, "肖雨萱")], [S, X]),
    ("app", "unknown", "【工单#58213】转交二组：客户俞海涛，糖尿病并发症住院中，家属俞海燕13070293932代为沟通，请勿频繁拨打。",
     [(P, "俞海涛"), (P, "俞海燕"), (MB, "13070293932")], [S, U, X]),
    ("app", "unknown", "【工单#58214】转交二组：客户申请延期，已提交证明材料，系统已标记停催30天，到期后再联系。", [], []),
    ("email", "unknown", "委外移交函\n现将以下案件移交贵公司催收：借款人何志斌，身份证44030419870128879X，借款合同HR-88217，"
     "欠款7,300元。借款人于2023年曾因盗窃被判缓刑。\n和融小贷", [(P, "何志斌"), (ID, "44030419870128879X")], [S, U]),
    ("email", "unknown", "交接备注：客户董佳琪，孕32周，预产期8月，丈夫林浩在电力局上班，可联系其丈夫。",
     [(P, "董佳琪"), (P, "林浩")], [S, X]),
    ("email", "debtor", "董女士您好：\n您投诉的催收员已被停止服务，您的案件今后由专人负责，号码为4008867321。"
     "另附您的还款计划，请查收。\n恒信消费金融", [], []),
    ("app", "unknown", "【外包交接】案件HR-88217，借款人何先生，尾号879X，逾期90天，本金7,300元，按正常流程催收。", [], []),
]

# --- Cantonese and traditional characters ---------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【匯通財務】陳生，你嘅貸款已經逾期14日，請盡快還款，查詢請致電客服熱線。", [], []),
    ("sms", "debtor", "【匯通財務】陳志豪先生，你住喺觀塘道388號創紀之城5期12樓B室，公司係灣仔嘅德昌貿易，請即還款。",
     [(P, "陳志豪"), (A, "觀塘道388號創紀之城5期12樓B室")], [X]),
    ("call", "debtor", "催收員：喂，陳生呀，我哋係匯通財務嘅，你張卡六二二五 八八四七 八七九四 五二九三 一六五上個月冇扣到數\n"
     "客戶：係咩", [(BC, "六二二五 八八四七 八七九四 五二九三 一六五")], [U]),
    ("call", "debtor", "催收員：陳生，我哋知你阿媽喺伊利沙伯醫院洗緊腎，你都唔想佢擔心啩\n客戶：你哋唔好搞我阿媽", [], [S]),
    ("app", "third_party", "[WhatsApp] 你好，你係黃美玲嘅同事？佢喺我哋公司借咗三萬蚊一直冇還，麻煩你叫佢覆我。",
     [(P, "黃美玲")], [D]),
    ("app", "third_party", "[WhatsApp] 你好，我哋想搵黃小姐，麻煩你叫佢得閒覆個電話，唔該。", [], []),
    ("sms", "debtor", "【信達銀行】林先生，您的健保就醫紀錄顯示您近期於榮總住院，請儘速繳款。", [], [S]),
    ("notice", "third_party", "致福田區景田北路華強大廈管理處：\n貴大廈1508室住戶林建宏積欠本公司款項，其太太周淑芬亦住該處，"
     "請代為轉告。\n匯通財務", [(P, "林建宏"), (P, "周淑芬")], [D, X]),
    ("app", "debtor", "[微信] 專員：林生，你每日朝早八點送個仔去培僑小學，我哋都見到\n客戶：你哋想點", [], [S]),
    ("app", "debtor", "[微信] 客戶：我而家失咗業，可唔可以遲啲還\n專員：明白，我幫你申請延期兩個月，你唔使擔心", [], []),
    ("call", "third_party", "催收員：喂，係唔係陳志豪屋企？\n第三方：係，我係佢老婆\n催收員：唔該你叫佢得閒打返嚟畀我哋\n第三方：好", [(P, "陳志豪")], []),
    ("call", "third_party", "催收員：你係陳志豪老婆？佢喺我哋度欠咗八萬幾，個人仲喺戒毒所，你哋屋企人幫手還\n第三方：我唔知呀",
     [(P, "陳志豪")], [D, S]),
    ("email", "debtor", "陳先生您好：\n關於您的投訴，本公司已暫停對您的催收聯絡，並已更正您的聯絡方式。\n匯通財務客戶服務部 "
     "cs@wuitungfinance.com", [(EM, "cs@wuitungfinance.com")], []),
    ("sms", "debtor", "【匯通財務】陳生，你嘅回鄉證H32838278我哋有紀錄，你返大陸我哋都知。", [(PP, "H32838278")], [U]),
    ("app", "debtor", "[微信] 專員：黃小姐，你每個禮拜日去旺角嗰間教會，我哋可以喺嗰度等你\n客戶：……", [], [S]),
    ("notice", "debtor", "繳款通知書\n林建宏先生：\n閣下積欠本公司款項HK$45,600，逾期60日，請於7日內清還。\n匯通財務有限公司",
     [(P, "林建宏")], []),
]

# --- identifiers in every written and spoken form ------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【安达信贷】冯先生，您身份证号：５１０１０７１９９４０３１８４８３８名下借款逾期61天，请今日处理。",
     [(ID, "５１０１０７１９９４０３１８４８３８")], [U]),
    ("sms", "debtor", "【安达信贷】冯先生，您的手机15237872497已欠费停机，请及时补缴，以免影响还款提醒。",
     [(MB, "15237872497")], [U]),
    ("call", "debtor", "坐席：唐女士，您身份证号我念一下，三七零二零二一九九三\n客户：嗯\n"
     "坐席：幺零零六幺零八六，对吧", [], [U]),
    ("call", "debtor", "坐席：您好，跟您核实一下，您的手机号是幺三三 四零四五 幺零六七吗\n客户：是的",
     [(MB, "幺三三 四零四五 幺零六七")], [U]),
    ("sms", "debtor", "【和融小贷】您的还款账户：6217-0050-2757-4396，户名：韩立军，请于今日前存入2,150元。",
     [(BC, "6217-0050-2757-4396"), (P, "韩立军")], [U]),
    ("app", "debtor", "您好，系统显示您的身份证为37020219920310698x，已完成实名认证，请按时还款。",
     [(ID, "37020219920310698x")], [U]),
    ("call", "debtor", "坐席：核对一下您的证件号，四四零三零四 一九七二 零九二五 八一四八\n客户：对",
     [(ID, "四四零三零四 一九七二 零九二五 八一四八")], [U]),
    ("sms", "debtor", "【宝丰金融】您好，您的新联系人号码159****0283已添加成功。", [], []),
    ("app", "debtor", "您的放款账户６２３６ ６８７５ ３５０５ ２３２６ ４７６已变更，如非本人操作请联系客服。",
     [(BC, "６２３６ ６８７５ ３５０５ ２３２６ ４７６")], [U]),
    ("sms", "debtor", "【顺融金服】点击链接还款：https://pay.shunrong.cn/r?uid=13340451067&amt=986 ，逾期将影响您的信用。",
     [(MB, "13340451067")], [U]),
    ("call", "debtor", "坐席：那个于先生，你的护照号码是E 八零二八 二幺九幺 对吧\n客户：是", [(PP, "E 八零二八 二幺九幺")], [U]),
    ("email", "debtor", "马先生您好：\n您的身份证号370202199007118086、银行卡6217002494444955已完成绑定，如非本人操作请立即联系我们。"
     "\n恒信消费金融", [(ID, "370202199007118086"), (BC, "6217002494444955")], [U]),
    ("call", "debtor", "坐席：您好，请问是一九零 幺八幺四 三四零四 机主吗\n客户：是", [(MB, "一九零 幺八幺四 三四零四")], [U]),
    ("sms", "debtor", "【恒信消费金融】证件：11010519911001019１，借款逾期，请尽快还款。", [(ID, "11010519911001019１")], [U]),
    ("notice", "debtor", "催收函\n借款人：周海涛\n身份证号：320106198804074473\n联系电话：18759383232\n欠款金额：6,320元\n"
     "请于收到本函之日起七日内还款。\n安达信贷 2024年8月5日",
     [(P, "周海涛"), (ID, "320106198804074473"), (MB, "18759383232")], [U]),
    ("notice", "debtor", "催收函\n借款人：周海涛\n身份证号：320106********4473\n联系电话：187****3232\n欠款金额：6,320元\n"
     "请于收到本函之日起七日内还款。\n安达信贷 2024年8月5日", [(P, "周海涛")], []),
    ("call", "debtor", "坐席：核对下，您卡号是六二二五八八\n客户：嗯\n坐席：九九二六七五八九二三，是吧", [], [U]),
    ("app", "debtor", "您好，您的旧身份证号430104650922685已升级为18位，请在APP中更新。", [(ID, "430104650922685")], [U]),
    ("email", "debtor", "宋先生：您好，附件为您的结清证明，证明编号JQ2024071300052。如有疑问请回复本邮件或致电028-86125570。",
     [(LL, "028-86125570")], []),
    ("app", "debtor", "请核对您的联系电话：1 7 0 3 7 0 1 5 2 0 6，如有误请修改。", [(MB, "1 7 0 3 7 0 1 5 2 0 6")], [U]),
    ("sms", "debtor", "【宝丰金融】您好，您的护照号码Ｅ２００７５５０９对应的境外消费已计入账单。", [(PP, "Ｅ２００７５５０９")], [U]),
    ("call", "debtor", "坐席：卡号六二二八 四八五三 零零九零 零二四四，这张还用吗\n客户：还用", [(BC, "六二二八 四八五三 零零九零 零二四四")],
     [U]),
    ("sms", "debtor", "【顺融金服】柯先生，您的身份证号3301-0219-7409-0141-14已被登记为失信客户，请尽快处理。",
     [(ID, "3301-0219-7409-0141-14")], [U]),
    ("sms", "debtor", "【恒信消费金融】孙女士，您证件号3301 0219 8506 1008 60名下的分期已逾期，请今日还款。",
     [(ID, "3301 0219 8506 1008 60")], [U]),
    ("call", "debtor", "坐席：您好，我这边核对一下，身份证号幺幺零幺零五 幺九九七 零二二五 八四四九，是您本人吧\n客户：是",
     [(ID, "幺幺零幺零五 幺九九七 零二二五 八四四九")], [U]),
    ("app", "debtor", "您好，您绑定的还款卡６２２５８８１６５９７５７７３５余额不足，本期扣款失败，请及时充值。",
     [(BC, "６２２５８８１６５９７５７７３５")], [U]),
    ("email", "debtor", "肖先生：\n我司将于8月20日从您名下另一张银行卡6236.6875.5228.4330发起代扣，请留足余额。\n恒信消费金融",
     [(BC, "6236.6875.5228.4330")], [U]),
    ("call", "debtor", "坐席：你那个号码是幺五七 洞三三七 洞九洞拐，一直打不通，换号了吗\n客户：没换", [(MB, "幺五七 洞三三七 洞九洞拐")], [U]),
    ("sms", "debtor", "【和融小贷】您好，您登记的备用手机165-9652-2370无法接通，请回复本短信确认联系方式。",
     [(MB, "165-9652-2370")], [U]),
    ("notice", "debtor", "催收函\n借款人：唐丽华\n证件号码：42011119890407239Ｘ\n您的借款已逾期95天，欠款8,900元，请于十日内还款。\n"
     "宝丰金融 2024年9月1日", [(P, "唐丽华"), (ID, "42011119890407239Ｘ")], [U]),
    ("call", "debtor", "坐席：喂，您身份证是三七零二零二 一九九一 零五二六 七七八叉，对不对\n客户：对",
     [(ID, "三七零二零二 一九九一 零五二六 七七八叉")], [U]),
    ("app", "debtor", "[微信] 专员：俞先生，你护照：E５４１８２５８０，下个月到期，出国前先把账清了\n客户：……",
     [(PP, "E５４１８２５８０")], [U]),
    ("sms", "debtor", "【顺融金服】请确认您的号码+86 199 1856 7554是否仍在使用，回复Y确认。", [(MB, "199 1856 7554")], [U]),
    ("email", "third_party", "王经理您好：\n贵司员工韩立军（手机16961769314）在我司借款逾期，请转告其尽快联系顺融金服。",
     [(P, "韩立军"), (MB, "16961769314")], [D, U]),
    ("call", "debtor", "坐席：你那张卡号，六二一四 八三幺五 二四三九 七九三 零八幺四，是工资卡吧\n客户：是",
     [(BC, "六二一四 八三幺五 二四三九 七九三 零八幺四")], [U]),
    ("app", "third_party", "【车间群】有人认识冯志远吗？证件号510107199809067375，欠款四个月没还，麻烦告诉他联系安达信贷。",
     [(P, "冯志远"), (ID, "510107199809067375")], [D, U]),
    ("sms", "debtor", "【宝丰金融】您好，您的旧身份证号440304720925814仍在我司系统中，请尽快还款并更新证件。",
     [(ID, "440304720925814")], [U]),
    ("notice", "debtor", "还款通知书\n宋凯先生：\n本期应还2,460元，我司将从您的银行卡6217 0018 8707 6820扣款，请于8月25日前存足。"
     "\n宝丰金融", [(P, "宋凯"), (BC, "6217 0018 8707 6820")], [U]),
]

# --- decoys: numbers that are no one's identifier, masked forms, amounts, timestamps ---------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】您的借款合同编号HX20230918000417326已结清，感谢您的按时还款。", [], []),
    ("sms", "debtor", "【和融小贷】您的快递单号SF1402887361524已签收，内含结清证明，请妥善保管。", [], []),
    ("sms", "debtor", "【安达信贷】您尾号4838的身份证件即将过期，请及时更新证件照片。", [], []),
    ("app", "debtor", "您的保单号 6601 2024 0815 3377 已生效，保费已从尾号0244的账户扣除。", [], []),
    ("call", "debtor", "坐席：您的工单号是幺二三 四五六七 八九零幺，后续您报这个号就可以\n客户：好的", [], []),
    ("email", "debtor", "您好，您的投诉编号为TS-2024-0815-00327，处理时限为15个工作日。恒信消费金融客服部", [], []),
    ("sms", "debtor", "【和融小贷】您好，您的账户310115********8578已完成实名认证。", [], []),
    ("app", "debtor", "您的批次号120304198913451234已导出，请核对后再提交。", [], []),
    ("sms", "debtor", "【安达信贷】您好，您的借款编号12345678901已生成，请妥善保存。", [], []),
    ("call", "debtor", "坐席：您的还款账户是尾号四七九三，户名是您本人，对吧\n客户：对", [], []),
    ("notice", "debtor", "结清证明\n编号：JQ-2024-000871\n兹证明借款人已于2024年7月13日结清合同号HR20220301000918项下全部借款。"
     "\n和融小额贷款有限公司（盖章）", [], []),
    ("sms", "debtor", "【恒信消费金融】您好，您的快递运单号7731 2045 8863 1095已发出，请注意查收还款资料。", [], []),
    ("email", "unknown", "批量导入结果：成功 1,284 条，失败 16 条，失败原因见附件；批次号 20240801-0937-5521。", [], []),
    ("call", "debtor", "坐席：您的案件号是A零八 二四 幺五三三 七，您记一下\n客户：好的记下了", [], []),
    ("notice", "debtor", "还款提醒函\n函号：BF-TX-20240820-0466\n致：罗女士\n您的借款本期应还1,300元，请于2024年9月1日前还款，"
     "还款账户：宝丰金融对公账户（开户行：工商银行成都分行），客服电话：4006601234。\n宝丰金融 2024年8月20日", [], []),
    ("sms", "debtor", "【安达信贷】您好，您的身份证号码5101**********4838已通过验证。", [], []),
    ("app", "debtor", "订单编号：160212199913321188 已取消，款项将在1-3个工作日内原路退回。", [], []),
    ("sms", "debtor", "【安达信贷】您登记车辆的车架号LSVAU2180N2183726已解除抵押登记，请知悉。", [], []),
    ("app", "debtor", "您的保全单号 8812 3045 6671 0093 已受理，预计3个工作日内处理完毕。", [], []),
    ("sms", "debtor", "【恒信消费金融】您的还款流水202408151023456789已到账，感谢您的配合。", [], []),
    ("call", "debtor", "坐席：我的工号是幺零零八六二三四五七幺，您有问题可以报我工号\n客户：好", [], []),
    ("sms", "debtor", "【宝丰金融】验证码：739 204，用于确认还款计划，请勿告知他人。", [], []),
    ("sms", "debtor", "【顺融金服】如有疑问请拨打客服热线95588转人工或400-820-5588。", [], []),
    ("app", "debtor", "您好，您预留的手机号1 3 8 * * * * 5 6 7 1，如需修改请前往个人中心。", [], []),
    ("call", "debtor", "坐席：跟您核实一下，身份证后四位是幺零八六吧\n客户：对，是的", [], []),
    ("notice", "debtor", "还款确认函\n您于2024年10月15日还款¥13,800.00元，现该笔借款已全部结清。\n恒信消费金融", [], []),
    ("email", "debtor", "您好，关于（2024）浙0106民初12873号案件的调解，请于10月20日前回复是否同意调解方案。\n顺融金服法务部",
     [], []),
]

# --- texts that look risky and are not: near-misses for the sensitive and the excessive --------------------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】如您因重大疾病、自然灾害或家庭变故暂时无法还款，可通过APP申请延期还款。", [], []),
    ("call", "debtor", "坐席：您好，恒信消费金融，请问是陶女士吗\n客户：是，我上个月刚做了心脏支架，现在还在吃药\n"
     "坐席：那您先养好身体，我给您登记延后还款，三十天后我们再联系您\n客户：谢谢你们", [], []),
    ("app", "debtor", "[微信] 客户：我老婆刚生完孩子，在月子中心，这个月实在紧\n专员：恭喜您，这个月可以只还最低还款额，下个月再补上",
     [], []),
    ("call", "debtor", "坐席：您好，我这边是宝丰金融的，请问是罗女士吗\n客户：是，我弟弟罗志刚说可以帮我还一部分\n"
     "坐席：可以的，您弟弟转账时备注您的名字就行\n客户：好", [(P, "罗志刚")], []),
    ("notice", "debtor", "还款提示函\n致：孙国庆先生\n地址：雨花区韶山中路419号7栋2单元601\n您在我司的借款已逾期30天，"
     "欠款5,460元。请于10日内还款。客服电话：4008867321\n安达信贷 2024年7月1日",
     [(P, "孙国庆"), (A, "雨花区韶山中路419号7栋2单元601")], []),
    ("sms", "third_party", "【安达信贷】您好，您为陈立新的借款提供了连带责任保证，保证期间内借款人逾期，您需履行保证责任，"
     "请于8月15日前联系我司。", [(P, "陈立新")], []),
    ("notice", "debtor", "传票\n（2024）川0107民初5531号\n被告：刘建军\n案由：借款合同纠纷\n应到时间：2024年9月10日9时\n"
     "应到处所：成都市武侯区人民法院第五法庭（武侯区长益路18号）\n四川省成都市武侯区人民法院",
     [(P, "刘建军"), (A, "武侯区长益路18号")], []),
    ("app", "debtor", "您好，我是安达信贷的专员周敏，工号AD3072，邮箱zhoumin@andaxindai.com，有事可随时联系我。",
     [(P, "周敏"), (EM, "zhoumin@andaxindai.com")], []),
    ("call", "debtor", "客户：我是残疾人，拿着残疾证，每个月就那点补贴\n坐席：了解，我们有针对困难客户的减免政策，我帮您申请一下"
     "\n客户：麻烦了", [], []),
    ("app", "debtor", "[微信] 客户：我周日要去教堂，周一再还行吗\n专员：可以，周一晚上十点前还款都算当天", [], []),
    ("call", "debtor", "客户：我刚被公司裁了，也没社保了\n坐席：理解您的难处，可以申请个性化分期，最长可以分二十四期\n客户：好，怎么申请",
     [], []),
    ("email", "debtor", "邓建华先生：\n您好，附件为您申请的还款计划确认书，请核对后回复。\n恒信消费金融 贷后部 022-23651847",
     [(P, "邓建华"), (LL, "022-23651847")], []),
    ("call", "third_party", "坐席：请问是马俊峰本人吗\n第三方：我是他妈，他出去打工了\n坐席：好的阿姨，麻烦您让他有空回个电话，谢谢您\n"
     "第三方：行", [(P, "马俊峰")], []),
    ("app", "debtor", "[微信] 客户：我妹妹冯丽娟的电话15878695007，你们可以找她帮我还\n专员：好的，是否需要我们联系她，"
     "请您先和她确认", [(P, "冯丽娟"), (MB, "15878695007")], []),
    ("sms", "debtor", "【顺融金服】温馨提示：请勿向任何人透露您的身份证号、银行卡号和验证码，谨防诈骗。", [], []),
    ("notice", "debtor", "困难客户帮扶政策告知书\n尊敬的客户：\n凡因疾病住院、失业、遭受自然灾害、家庭成员去世等原因导致还款困难的，"
     "可向我司提交证明材料，申请延期或减免。\n恒信消费金融", [], []),
    ("call", "debtor", "客户：我在医院陪我爸做透析呢，晚点说\n坐席：好的，那您先忙，我们明天上午再给您打过来", [], []),
    ("app", "debtor", "[微信] 客户：我信伊斯兰教，不能借有利息的钱，我想提前还清本金\n专员：好的，提前结清可以，我把结清金额发给您",
     [], []),
    ("email", "unknown", "投诉处理规范（2024版）：催收人员不得向第三方透露债务人的借款信息，不得提及债务人的健康状况、宗教信仰、"
     "未成年子女等信息，违者严肃处理。", [], []),
    ("call", "third_party", "坐席：请问是俞海涛的担保人俞海燕吗\n第三方：是我\n坐席：您担保的那笔借款本期逾期了，按合同您需要代偿，"
     "金额是三千二\n第三方：我知道了", [(P, "俞海涛"), (P, "俞海燕")], []),
    ("app", "debtor", "[微信] 专员：柯先生，您还款时转账到我司对公账户就行，户名顺融金融服务有限公司，账号在APP里可以看到\n"
     "客户：好", [], []),
    ("sms", "debtor", "【和融小贷】吴先生，您的借款逾期12天，如您目前住院或有其他困难，请回复“困难”，我们会安排专人联系您。",
     [], []),
    ("call", "debtor", "客户：我下周一要去派出所办身份证，周二再还\n坐席：好的，那就周二，我们周二下午再确认一下", [], []),
    ("notice", "debtor", "催收函\n宋凯先生：\n您在我司的借款已逾期50天，尚欠本息7,860元，请于2024年8月30日前还清。"
     "\n宝丰金融 2024年8月15日", [(P, "宋凯")], []),
    ("app", "debtor", "[微信] 客户：我老婆陈晓丽说她来还\n专员：好的，她还款时请备注您的合同号即可", [(P, "陈晓丽")], []),
    ("call", "debtor", "坐席：董女士，按您之前提交的申请，我们这边停催到九月底，十月一号我们再联系您，可以吗\n客户：可以，谢谢",
     [], []),
]

# --- more voices: what is not needed and what is sensitive, said the way collectors say it --------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【宝丰金融】唐丽华，你在滨海新区黄海路66号的海鑫水产上班，我们明天中午过去找你谈还款。",
     [(P, "唐丽华"), (A, "滨海新区黄海路66号")], [X]),
    ("sms", "debtor", "【顺融金服】于海波，你老丈人邵德才在菜市场卖鱼，摊位我们知道，你自己看着办。", [(P, "于海波"), (P, "邵德才")], [X]),
    ("app", "debtor", "[微信] 专员：蒋先生，你小舅子在交警大队上班，叫刘明辉对吧，要不要我们给他打个电话\n客户：别",
     [(P, "刘明辉")], [X]),
    ("sms", "debtor", "【和融小贷】蒋卫东先生，您家在河西区友谊路23号院5号楼301，您妻子刘春梅在第三中学教书，请尽快还款。",
     [(P, "蒋卫东"), (A, "河西区友谊路23号院5号楼301"), (P, "刘春梅")], [X]),
    ("call", "debtor", "坐席：梁建明，你是住在南岸区南坪西路12号3-2吧？我们下周上门\n客户：你们来干嘛",
     [(P, "梁建明"), (A, "南岸区南坪西路12号3-2")], [X]),
    ("app", "debtor", "您好，邓建华先生，您的父亲邓国强（18759383232）、母亲王淑珍我们已备案，请勿失联。",
     [(P, "邓建华"), (P, "邓国强"), (MB, "18759383232"), (P, "王淑珍")], [U, X]),
    ("sms", "debtor", "【安达信贷】冯志远，你在顺达汽修厂当学徒，老板姓郭，我们已经打听清楚了。", [(P, "冯志远")], [X]),
    ("email", "debtor", "钱建军先生：\n您目前任职于华宇建设集团第三项目部，住址为金水区文化路86号，您的妻子孙慧、儿子钱浩然均与您同住。"
     "请于本月底前还款。\n恒信消费金融", [(P, "钱建军"), (A, "金水区文化路86号"), (P, "孙慧"), (P, "钱浩然")], [X]),
    ("call", "debtor", "坐席：邹女士，你老公叫周文斌，在区税务局上班，你婆婆住在槐荫区经十路1200号，我说得没错吧\n客户：你们调查我家？",
     [(P, "周文斌"), (A, "槐荫区经十路1200号")], [X]),
    ("app", "debtor", "[微信] 专员：宋哥，你岳父陈有才、你大舅哥陈晓军的电话我这都有，你自己掂量\n客户：……",
     [(P, "陈有才"), (P, "陈晓军")], [X]),
    ("sms", "debtor", "【和融小贷】黄德明，住城关镇东风路15号，在镇农机站工作，请于今日还款。",
     [(P, "黄德明"), (A, "城关镇东风路15号")], [X]),
    ("notice", "debtor", "催收通知\n致：何志斌（住宝安区西乡街道固戍二路31号502，就职于鹏程电子厂）\n您的欠款7,300元已逾期90天，"
     "其配偶周雨桐、父亲何建国均为本案知情人。\n和融小贷",
     [(P, "何志斌"), (A, "宝安区西乡街道固戍二路31号502"), (P, "周雨桐"), (P, "何建国")], [X]),
    ("call", "debtor", "坐席：俞先生，你女儿俞欣然是不是在阳光幼儿园中二班，每天下午四点你老婆去接\n客户：你们想干什么",
     [(P, "俞欣然")], [S, X]),
    ("sms", "debtor", "【宝丰金融】罗女士，您母亲刘凤英的手机13502677254我们也有，请您别让我们联系她。",
     [(P, "刘凤英"), (MB, "13502677254")], [U, X]),
    ("app", "debtor", "[微信] 专员：马先生，你哥马俊伟在新区开的那家五金店生意不错嘛，让他帮你还点\n客户：别找我哥",
     [(P, "马俊伟")], [X]),
    ("email", "debtor", "孟雪女士：\n您的丈夫林家豪在市规划局工作，您的婆婆住在高新区创业路9号，我们希望您尽快还款，以免麻烦家人。",
     [(P, "孟雪"), (P, "林家豪"), (A, "高新区创业路9号")], [X]),
    ("call", "debtor", "坐席：陈先生，您在临港物流园B区上班，每天早班六点到，对吧，我们的人可以在门口等您\n客户：你们别来", [], [S]),
    ("sms", "debtor", "【顺融金服】您上个月从深圳到长沙的高铁、住的如家酒店我们都查到了，请别再躲了。", [], [S]),
    ("app", "debtor", "[微信] 专员：你现在人在昆明吧，昨天晚上十点还在翠湖边那家酒店登记入住\n客户：你们怎么知道", [], [S]),
    ("sms", "debtor", "【和融小贷】您的那辆白色SUV本周三晚上停在万达广场地下车库，请尽快还款。", [], [S]),
    ("call", "debtor", "坐席：郑先生，你每天晚上都在老街那家棋牌室待到十二点，我们知道\n客户：那又怎么样", [], [S]),
    ("sms", "debtor", "【安达信贷】您的医保卡本月有多笔住院结算记录，看来您身体不太好，但欠款还是要还的。", [], [S]),
    ("app", "debtor", "[微信] 专员：你抑郁症吃的药我们也知道是哪几种，别拿病当借口\n客户：这是我的隐私", [], [S]),
    ("call", "debtor", "坐席：韩先生，你那个乙肝的事我们单位也知道了，你要是不还，我们就只能继续找你了\n客户：你说什么", [], [S]),
    ("sms", "debtor", "【顺融金服】您好，您在微信和支付宝的账户余额合计约4.6万元，完全有能力还款，请今日处理。", [], [S]),
    ("app", "debtor", "[微信] 专员：你在另外五个平台都有借款，加起来二十多万，我们这边排在最前面你先还\n客户：你怎么查的", [], [S]),
    ("sms", "debtor", "【恒信消费金融】您的住房公积金余额37,210元、社保缴费基数6,800元，请提取公积金还款。", [], [S]),
    ("call", "debtor", "坐席：柯先生，你老婆卡里还有五万的定期，下个月十号到期，到期了先还我们\n客户：那是她的钱", [], [S]),
    ("email", "debtor", "柯先生：\n根据征信，您名下有房贷一笔（月供4,320元），车贷一笔，信用卡三张，负债率已超过90%。请合理安排还款。",
     [], [S]),
    ("sms", "debtor", "【安达信贷】冯先生，您的刷脸认证照片和声纹已留存，系统可以识别您在任何平台的登录。", [], [S]),
    ("app", "debtor", "[微信] 专员：你在戒毒所出来才半年吧，我们不想把事情搞大\n客户：……", [], [S]),
    ("sms", "debtor", "【宝丰金融】您作为失独家庭领取的扶助金，也可以用于偿还欠款。", [], [S]),
    ("call", "debtor", "坐席：黄先生，你是低保户，每个月六百多的低保金到账那天我们再打给你\n客户：那是我吃饭的钱", [], [S]),
    ("app", "debtor", "[微信] 专员：欧阳先生，你儿子每天六点五十坐12路公交去学校，你还是早点处理\n客户：别碰我儿子", [], [S]),
    ("sms", "debtor", "【顺融金服】您女儿下周的中考考场在第七中学，您应该不想这段时间家里出事吧。", [], [S]),
    ("call", "debtor", "坐席：罗女士，你儿子在少管所的事，街坊邻居还不知道吧\n客户：你们怎么这样", [], [S]),
    ("app", "debtor", "[微信] 专员：您每周三下午在市精神卫生中心复诊，我们可以在那儿和您当面聊\n客户：不要", [], [S]),
    ("email", "debtor", "于先生：\n您目前在服刑人员家属帮扶名单上，您的弟弟仍在狱中。请您尽快与我司协商还款。", [], [S]),
    ("sms", "debtor", "【和融小贷】您父亲上周在县医院ICU，我们深表同情，但您的账单已逾期，请今日还款。", [], [S]),
    ("call", "debtor", "坐席：吴先生，你老婆是不是在妇幼做的试管，花了不少钱吧，那也不能欠着我们的啊\n客户：你怎么知道", [], [S]),
    ("app", "debtor", "[微信] 专员：梁先生，您每天早上五点半去工地，晚上八点回出租屋，我们的外访员都看到了\n客户：你们跟踪我",
     [], [S]),
    ("sms", "debtor", "【宝丰金融】罗女士，您女儿在少年宫学舞蹈，周六上午九点的课，请您尽快联系我们。", [], [S]),
    ("notice", "debtor", "逾期告知书\n邹玉兰女士：\n您已逾期80天，欠款6,200元。经了解，您目前怀孕五个月，在区妇幼保健院产检，"
     "请家人协助还款。\n恒信消费金融", [(P, "邹玉兰")], [S]),
    ("call", "debtor", "坐席：郑先生，你之前在社区矫正，每周一去司法所签到，这个我们都有记录\n客户：那都过去了", [], [S]),
]

# --- the last batch: letters, work orders and chats that say more than they need ------------------------------

LAST_BATCH: list[PiplEntry] = [
    ("notice", "third_party", "致华宇建设集团人力资源部：\n贵司第三项目部员工钱建军在我司借款逾期，欠款13,340元，"
     "请贵司督促其本人尽快还款。\n恒信消费金融", [(P, "钱建军")], [D]),
    ("notice", "third_party", "致华宇建设集团人力资源部：\n贵司员工钱建军，家住金水区文化路86号，妻子孙慧在市二院做护士，"
     "其在我司欠款13,340元已逾期。请协助。\n恒信消费金融", [(P, "钱建军"), (A, "金水区文化路86号"), (P, "孙慧")], [D, X]),
    ("notice", "third_party", "致阳光幼儿园园长：\n贵园中二班俞欣然的父亲俞海涛欠款不还，请园方在家长接送时提醒其家长。\n和融小贷",
     [(P, "俞欣然"), (P, "俞海涛")], [D, S, X]),
    ("notice", "third_party", "致南坪西路12号小区物业：\n3-2住户梁建明在我司借款逾期，其每日早出晚归，"
     "请物业协助留意其出入时间并告知我司。\n安达信贷", [(P, "梁建明")], [D, S]),
    ("notice", "third_party", "致城关镇东风村村委会：\n贵村村民黄德明，其子黄小军、其女黄小燕均在外务工，"
     "本人欠我司贷款3.2万元未还。请村委会张贴公告督促。\n和融小贷",
     [(P, "黄德明"), (P, "黄小军"), (P, "黄小燕")], [D, X]),
    ("notice", "third_party", "致河西区友谊路街道居委会：\n贵辖区居民蒋卫东欠款逾期，其家中有一位老人患阿尔茨海默症，"
     "请居委会上门做工作。\n和融小贷", [(P, "蒋卫东")], [D, S]),
    ("email", "third_party", "李经理您好：\n我们是宝丰金融，贵公司司机唐丽华（手机14860829717）名下借款逾期，请贵公司通知其本人。",
     [(P, "唐丽华"), (MB, "14860829717")], [D, U]),
    ("app", "third_party", "【龙湖湾业主群】大家好，我是物业。受宝丰金融委托提醒：9栋宋凯先生及其太太陈晓丽有一笔借款逾期，"
     "请见到他们的邻居转告。", [(P, "宋凯"), (P, "陈晓丽")], [D, X]),
    ("app", "third_party", "【东岭村村民群】通知：三组刘建军欠安达信贷两万多，家里老母亲卧床，儿子在镇中学，"
     "大家劝劝他。", [(P, "刘建军")], [D, S]),
    ("app", "third_party", "【老乡群】各位老乡，冯志远在我们平台的借款已经四个月没还了，他平时在顺达汽修厂，"
     "谁见到他说一声。", [(P, "冯志远")], [D, X]),
    ("app", "third_party", "【团契群】弟兄姊妹们平安，咱们团契的邹玉兰姐妹欠了网贷，催收方托我转告她尽快联系处理。",
     [(P, "邹玉兰")], [D, S]),
    ("sms", "third_party", "【恒信消费金融】肖雨萱同学家长您好，孩子的父亲肖先生在我司有一笔逾期借款，请转告他联系我们。",
     [(P, "肖雨萱")], [D]),
    ("call", "third_party", "坐席：喂，请问是钱建军单位吗\n第三方：是，我是他同事\n坐席：麻烦让他给我们回电话，谢谢\n"
     "第三方：好的", [(P, "钱建军")], []),
    ("call", "third_party", "坐席：你好，是孙慧吗，你老公钱建军在我们这欠钱，他家住哪你最清楚，每天几点回家你告诉我们\n第三方：我不会说的",
     [(P, "孙慧"), (P, "钱建军")], [D, S]),
    ("email", "unknown", "委外交接单\n借款人：唐丽华 身份证：42011119711216163X\n单位：海鑫水产（滨海新区黄海路66号）\n"
     "配偶：邵建国 13656016446\n备注：借款人有高血压，近期在中医院住院。",
     [(P, "唐丽华"), (ID, "42011119711216163X"), (A, "滨海新区黄海路66号"), (P, "邵建国"), (MB, "13656016446")],
     [S, U, X]),
    ("email", "unknown", "委外交接单\n案件号：BF-2024-1187\n借款人：唐女士\n欠款：8,900元，逾期：95天\n"
     "联系方式：见系统加密字段", [], []),
    ("app", "unknown", "【工单#60177】客户蒋卫东，岳母住在他家，有老年痴呆，白天家里只有老人，外访请选工作日白天。",
     [(P, "蒋卫东")], [S]),
    ("app", "unknown", "【工单#60178】客户梁建明申请分期，已同意分6期，请按新计划跟进。", [(P, "梁建明")], []),
    ("email", "unknown", "外访记录\n日期：7月12日\n客户：罗丽萍，住滨江区江南大道1088号6幢902\n情况：见到其母刘凤英，"
     "老人称女儿已去外地，其女儿在少年宫学舞蹈。", [(P, "罗丽萍"), (A, "滨江区江南大道1088号6幢902"), (P, "刘凤英")],
     [S, X]),
    ("email", "debtor", "宋先生您好：\n关于您反映的催收员在业主群发布信息的投诉，经核实属实，我司已要求合作机构删除信息、"
     "处理相关人员，并向您致歉。\n宝丰金融客户服务中心 tousu@baofengjr.net", [(EM, "tousu@baofengjr.net")], []),
    ("email", "debtor", "宋先生您好：\n您反映的问题已核实。经查，您太太陈晓丽、岳父陈有才的信息均来自您借款时留下的联系人，"
     "我司使用并无不当，且您太太在龙湖湾9栋居住属实。\n宝丰金融客户服务中心",
     [(P, "陈晓丽"), (P, "陈有才")], [X]),
    ("email", "debtor", "邹女士您好：\n您投诉催收员提及您的孕检信息，经核查，该员工系从其他渠道得知您在区妇幼保健院产检，"
     "我司已对其处理。您的还款计划维持不变。\n恒信消费金融", [], [S]),
    ("sms", "debtor", "【匯通財務】陳志豪，你太太周嘉欣喺沙田嗰間銀行返工，你唔想我哋去搵佢吧？",
     [(P, "陳志豪"), (P, "周嘉欣")], [X]),
    ("app", "debtor", "[WhatsApp] 陳生，你個女喺聖保祿學校讀中二，每日四點放學，你自己諗下點做。", [], [S]),
    ("app", "third_party", "[WhatsApp] 你好，你係陳志豪嘅阿哥陳志明？佢欠我哋八萬，而家住喺觀塘道388號創紀之城5期12樓B室，"
     "你叫佢還錢。", [(P, "陳志豪"), (P, "陳志明"), (A, "觀塘道388號創紀之城5期12樓B室")], [D, X]),
    ("notice", "third_party", "致德昌貿易有限公司人事部：\n貴公司職員陳志豪積欠本公司款項HK$82,000，請貴公司轉告其本人聯絡我們。"
     "\n匯通財務", [(P, "陳志豪")], [D]),
    ("sms", "debtor", "【信達銀行】林先生，您的配偶周淑芬、兒子林子傑的聯絡方式本行已掌握，請儘速繳款。",
     [(P, "周淑芬"), (P, "林子傑")], [X]),
    ("call", "debtor", "催收員：林生，你上個禮拜喺養和醫院做咗手術啩，出咗院就要還錢喇\n客戶：你點知㗎", [], [S]),
    ("app", "debtor", "[微信] 專員：黃小姐，你喺荃灣嗰間診所睇緊婦科，我哋都知\n客戶：你哋做乜查我", [], [S]),
    ("sms", "debtor", "【和融小贷】吴志强，你的社保显示你在锐达机电每月交满，工资七千多，别说没钱。", [(P, "吴志强")], [S]),
    ("app", "debtor", "[微信] 专员：何先生，你奶奶何秀兰住在乡下何家村五组，电话我们也有，你想让老人家知道吗\n客户：别",
     [(P, "何秀兰"), (A, "何家村五组")], [X]),
    ("sms", "debtor", "【恒信消费金融】邓先生，您的外甥邓子豪在恒通科技上班，我们已联系过他了解您的情况。",
     [(P, "邓子豪")], [X]),
    ("call", "debtor", "坐席：冯先生，你前女友许晓燕现在在万象城那家奶茶店，她还留着你的联系方式吧\n客户：跟她没关系",
     [(P, "许晓燕")], [X]),
    ("email", "debtor", "韩立军先生：\n您的妻子赵敏在建设银行城西支行工作，您的母亲与您同住于城西区解放路201号，"
     "如继续逾期，我司将依法追偿。\n顺融金服", [(P, "韩立军"), (P, "赵敏"), (A, "城西区解放路201号")], [X]),
    ("app", "debtor", "[微信] 专员：孟女士，你老公林家豪的车每天停在规划局门口，车也是可以拿来抵的\n客户：那是他的车",
     [(P, "林家豪")], [X]),
    ("sms", "debtor", "【宝丰金融】罗女士，您的前夫吴海峰、现任丈夫郭斌我们都联系得上，请珍惜最后的协商机会。",
     [(P, "吴海峰"), (P, "郭斌")], [X]),
    ("call", "debtor", "坐席：梁先生，你妹妹梁晓燕在哪个大学读书我们也清楚，大三了吧\n客户：你们别去学校",
     [(P, "梁晓燕")], [X]),
    ("notice", "debtor", "催款通知书\n欠款人：于海波\n工作单位：市康复医院后勤科\n家庭成员：妻子邵丽（教师）、岳父邵德才\n"
     "欠款金额：5,600元\n请于7日内还款。\n顺融金服", [(P, "于海波"), (P, "邵丽"), (P, "邵德才")], [X]),
    ("app", "debtor", "[微信] 专员：俞先生，你的体检报告里血糖那么高，还天天喝酒，钱倒是不还\n客户：你从哪看的", [], [S]),
    ("sms", "debtor", "【安达信贷】您好，您本人于今早8:12在解放碑附近刷卡消费，说明您有还款能力，请今日还款。", [], [S]),
    ("call", "debtor", "坐席：郑先生，你信用卡上周在澳门刷了三万多，赌场附近，我们都看得到\n客户：那是我的事", [], [S]),
    ("app", "debtor", "[微信] 专员：邹姐，你是退伍军人家属，每年拿优抚金，先挪一点还我们\n客户：那是给老人的", [], [S]),
    ("sms", "debtor", "【顺融金服】您的微信步数显示您每天走两万步，看来在送外卖，收入不少，请尽快还款。", [], [S]),
    ("email", "debtor", "何先生：\n经查，您在2023年曾因寻衅滋事被行政拘留十日，请珍惜信用，尽快还款。\n和融小贷", [], [S]),
    ("sms", "debtor", "【恒信消费金融】马俊峰，您嫂子在新区五金店帮忙，您侄子马小宇的电话17919412474我们也有，请别逼我们找他们。",
     [(P, "马俊峰"), (P, "马小宇"), (MB, "17919412474")], [U, X]),
    ("app", "debtor", "[微信] 专员：钱先生，你儿子钱浩然在华宇建设实习，是你托人安排的吧，我们知道他宿舍在哪\n客户：别找他",
     [(P, "钱浩然")], [X]),
    ("call", "debtor", "坐席：唐女士，你老公邵建国在哪个工地我们都知道，你要是不还，我们就去工地找他聊聊\n客户：你们别去",
     [(P, "邵建国")], [X]),
    ("notice", "debtor", "律师函\n致：冯志远（顺达汽修厂学徒，住岳麓区麓山南路32号）\n其父冯建华、其母唐秀梅为其紧急联系人。"
     "您所欠借款本息9,860元已逾期120天，请于十日内还款。\n安达信贷法务部",
     [(P, "冯志远"), (A, "岳麓区麓山南路32号"), (P, "冯建华"), (P, "唐秀梅")], [X]),
    ("sms", "debtor", "【宝丰金融】宋凯先生，您在农商行还有一笔三万元的定期，下月到期，到期后请先处理我司欠款。",
     [(P, "宋凯")], [S]),
    ("email", "debtor", "邹玉兰女士：\n您的丈夫周文斌任职于区税务局，您的公婆住槐荫区经十路1200号。请您配合我司协商还款。",
     [(P, "邹玉兰"), (P, "周文斌"), (A, "槐荫区经十路1200号")], [X]),
    ("app", "third_party", "[微信] 您好，请问您是梁建明的房东吗？他在我们这里借的钱逾期两个月了，您看他这个月房租交了没有？",
     [(P, "梁建明")], [D]),
    ("sms", "third_party", "【顺融金服】郭老板您好，您店里的学徒冯志远欠款9,860元逾期120天，麻烦从他工资里扣一部分还给我们。",
     [(P, "冯志远")], [D]),
    ("call", "third_party", "坐席：喂，是唐丽华的同事吧\n第三方：对\n坐席：她在我们宝丰金融借了八千九没还，你们公司能不能先帮她垫上\n"
     "第三方：这我做不了主", [(P, "唐丽华")], [D]),
    ("email", "third_party", "黄村长您好：\n贵村村民黄德明拖欠我司贷款3.2万元，他身份证号440304197906142108，麻烦村里协助找到他本人。"
     "\n和融小贷 houdai@herongxd.com", [(P, "黄德明"), (ID, "440304197906142108"), (EM, "houdai@herongxd.com")], [D, U]),
    ("app", "third_party", "[QQ] 你好，你是韩立军的老同学吧，他在顺融金服借的钱逾期了，老婆赵敏也联系不上，你帮忙问问",
     [(P, "韩立军"), (P, "赵敏")], [D, X]),
    ("sms", "third_party", "【安达信贷】您好，您的租客梁建明（手机13474682796）欠款逾期，请转告其尽快还款。",
     [(P, "梁建明"), (MB, "13474682796")], [D, U]),
    ("app", "debtor", "[微信] 专员：于先生，你岳母邵桂兰在城北菜场旁边那个小区，三楼，我们昨天敲过门了\n客户：你们太过分了",
     [(P, "邵桂兰")], [X]),
    ("notice", "third_party", "致友谊路23号院物业管理处：\n贵小区5号楼301住户蒋卫东及其妻刘春梅欠我司借款，"
     "请物业在楼道张贴提醒。\n和融小贷", [(P, "蒋卫东"), (P, "刘春梅")], [D, X]),
    ("call", "debtor", "坐席：何先生，你姐姐何丽娟在深圳那家电子厂做组长，电话一六九六 幺七六 九三幺四，要我打给她吗\n客户：不要",
     [(P, "何丽娟"), (MB, "一六九六 幺七六 九三幺四")], [U, X]),
    ("email", "unknown", "外访派单\n客户：于海波\n住址：城北区北园路17号2栋3单元402\n同住：妻子邵丽、岳母\n"
     "备注：客户每天早上七点送孩子去北园小学，可在校门口等。", [(P, "于海波"), (A, "城北区北园路17号2栋3单元402"),
     (P, "邵丽")], [S, X]),
    ("call", "debtor", "坐席：孙先生，你爸透析一次多少钱我们都知道，你有钱给他透析就有钱还我们\n客户：你还是人吗", [], [S]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "S-ASR-CALLS": ASR_CALLS,
    "S-SMS-DEBTOR": SMS_DEBTOR,
    "S-THIRD-PARTIES": THIRD_PARTIES,
    "S-CHATS": CHATS,
    "S-LETTERS": LETTERS,
    "S-TRANSFERS": TRANSFERS,
    "S-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "S-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "S-DECOYS": DECOYS,
    "S-NEAR-MISSES": NEAR_MISSES,
    "S-MORE-VOICES": MORE_VOICES,
    "S-LAST-BATCH": LAST_BATCH,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
