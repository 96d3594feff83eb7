"""Writes `pipl_heldout_g.jsonl`, the seventh independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the shared record helpers in `set_format.py`,
`tests/set_support.py`, and only the opening docstring and the closing functions of `make_pipl_heldout_f.py`
and its test (for the output format and the labelling conventions, which this set keeps); it did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no
detector, scan or benchmark on these texts. Every entry is its own text, written in the voices of Chinese
lenders, agencies, robot dialers, collectors, customers, lawyers and courts: deployed SMS templates with
【Lender】 signatures and placeholders filled (尾号1234, 张*), robot call scripts with keypad answers, human calls
as speech-to-text output (no punctuation, fillers 呃 / 那个 / 就是说, homophones, dropped characters), WeChat
and app chats, group-chat posts, 催收函 / 律师函 / 告知函, e-mail, dialect (Cantonese, Sichuanese,
northeastern, Wu) and traditional characters.
Identifiers come in many forms: plain, grouped by spaces, dots or hyphens, full-width or mixed-width digits,
digits read aloud as call centres and ASR write them (幺 洞 两 拐 勾, 零 一 二, mixed with written digits),
18-digit and old 15-digit IDs, bank cards, passports (E + 8 digits), landlines with area codes. Decoys carry
no category: masked forms (尾号1234, 138****5678, 身份证后四位), contract, order, waybill, case and letter
numbers, amounts, dates and the lenders' own service numbers. All people, numbers, addresses and companies
are invented; 18-digit IDs carry valid check characters, 15-digit IDs real months, bank cards pass Luhn and
mobiles real prefixes, and `set_format` checks all of them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; wording and conduct categories are
not labelled; a text whose label the writer was unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (18 digits or an old 15-digit one), bank card number, mobile
  number or passport number of a person, in the sender's or agent's words, in any written or spoken form.
  Not: masked forms, the last digits alone, a lender's or agency's landline or mobile hotline given for
  call-backs, contract, order, waybill and case numbers, e-mail addresses (entities, not identifiers here),
  a customer reading out their own number in a call.
- `pii.third_party_disclosure`: the recipient is someone other than the debtor (relative, contact person,
  colleague, employer, landlord, residents' committee, a group chat) and the text reveals the debt (amount,
  overdue status, the lender or its product) or the debtor's personal data. A call-back request that names
  neither the debt nor the lender is compliant; a guarantor told of the guarantee he signed is not disclosed
  to; a message whose recipient is unknown is not labelled so.
- `pii.sensitive` (PIPL Art. 28): the health or treatment of the debtor or relatives (illness, operation,
  medicine, hospital ward, mental health, pregnancy and childbirth), disability and other specific
  identities, religion, biometrics (face, voiceprint, fingerprint records), a minor's name, school or class,
  whereabouts at a given time and daily routine, and financial account details beyond what the message needs
  (balances, other cards and accounts, salary inflows, transfers and spending). Not: the repayment card by its
  last digits, the debt itself, a hospital or school that only locates an address.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. A full name alone, the agent's own name, the lender's office
  address, or the contact person the debtor registered, named back to the debtor so that they can change it,
  are not excessive.
A customer's own words in a call are never labelled; they still carry entities.
Entities (contract 4a): every string of its type, whoever it belongs to (the agent, a lender's landline),
exact span, digits read aloud or full-width included; masked forms (张*, 138****5678) and 400 / 95 service
numbers are not entities. PERSON is a name a person is called by: full names, compound surnames, given names
after kinship terms, nicknames (小王, 老陈, 阿强); a surname with an honorific or title (王女士, 陈总) is not one.
ADDRESS reaches down to a road and number, a village group, or a compound's building and room, in simplified
or traditional characters; districts, schools, hospitals or malls alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_g`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_g.jsonl"
ID_PREFIX = "PG"

# Lenders' and agencies' SMS to the debtor, placeholders filled as deployed.
SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【安易借】尊敬的张*，您的借款已逾期3天，应还金额2,316.50元，请于今日24点前还款至尾号4417的银行卡。"
     "客服4008-562-119，退订回T", [], []),
    ("sms", "debtor", "【融信分期】周建平您好，您身份证号330106198003136760名下借款已逾期12天，请尽快登录APP处理，"
     "以免影响个人征信。", [("PERSON", "周建平"), ("CN_ID_CARD", "330106198003136760")], [UNMASKED]),
    ("sms", "debtor", "【速达金融】提醒：您绑定的还款卡6228 4819 0937 8657 978余额不足，本期扣款失败，"
     "请今晚存入1,580元。", [("CN_BANK_CARD", "6228 4819 0937 8657 978")], [UNMASKED]),
    ("sms", "debtor", "【橙果信用】尊敬的客户，您合同编号HT20240915003782的第5期账单已出，金额866元，"
     "还款日10月15日，请按时还款。", [], []),
    ("sms", "debtor", "【闪银普惠】刘女士，我司了解到您近期在省妇幼保健院做产检，怀孕期间也请合理安排资金，"
     "本月账单1,204元请尽快处理。", [], [SENSITIVE]),
    ("sms", "debtor", "【诚享贷】黄志强先生：您在本平台的借款逾期45天，我司已核实您现居住地为广州市天河区龙口西路"
     "221号金穗大厦B座1703房，如仍不处理将安排外访。", [("PERSON", "黄志强"),
     ("ADDRESS", "广州市天河区龙口西路221号金穗大厦B座1703房")], [EXCESSIVE]),
    ("sms", "debtor", "【微米分期】尊敬的用户，您尾号6593的账户本期应还2,088.00元已逾期，"
     "详询客服95xxx或登录APP。", [], []),
    ("sms", "debtor", "【鑫源资产】陈*，您的欠款已转我司处理。经查您每天早上7点40分从锦绣花园出门，"
     "8点左右到公司打卡，请在下班前回电0571-86427351。", [("CN_LANDLINE", "0571-86427351")], [SENSITIVE]),
    ("sms", "debtor", "【恒通消费金融】温馨提示：您的还款卡交通银行卡（6222 0249 1186 2527 607）本月工资已于"
     "10号到账8,450元，系统将于今晚自动扣款，请勿转出。", [("CN_BANK_CARD", "6222 0249 1186 2527 607")],
     [SENSITIVE, UNMASKED]),
    ("sms", "debtor", "【及时雨】宋先生，您手机号1395721４368注册的账号欠款2300元，今日再不还款将上报征信。",
     [("CN_MOBILE", "1395721４368")], [UNMASKED]),
    ("sms", "debtor", "【乐享花】您好，您的订单号 2024101816345579021 已签收，祝您购物愉快。", [], []),
    ("sms", "debtor", "【快易贷】杨丽华，你女儿在实验二小三年级(2)班，放学时间下午4点10分，我们都清楚。"
     "账单今天必须结清。", [("PERSON", "杨丽华")], [SENSITIVE]),
    ("sms", "debtor", "【信达速贷】尊敬的客户，您本期账单已逾期，如有困难可申请延期或分期，"
     "请致电400-821-6650协商。", [], []),
    ("sms", "debtor", "【佳鑫金服】马俊，你护照号E63827104我们已经掌握，别想着出国躲债，请于三日内结清6,820元。",
     [("PERSON", "马俊"), ("CN_PASSPORT", "E63827104")], [UNMASKED]),
    ("sms", "debtor", "【百顺分期】李*：您于2024-09-03的借款（借据号JJ0903-77812）已逾期7天，应还本息1,033.20元。",
     [], []),
    ("sms", "debtor", "【美好金融】王建设先生您好：您母亲吴秀兰(手机159 2774 6310)已被登记为您的紧急联系人，"
     "请您尽快处理逾期款项以免打扰家人。", [("PERSON", "王建设"), ("PERSON", "吴秀兰"),
     ("CN_MOBILE", "159 2774 6310")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【融e借】您好，系统显示您名下除本借款外另有招商银行信用卡3张、花呗额度已用满，"
     "建议您优先处理我司欠款。", [], [SENSITIVE]),
    ("sms", "debtor", "【安心借】何先生，您人脸识别时上传的照片和声纹已存档，如继续逾期将作为证据提交。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【兴旺资产】赵海涛，身份证 510104-196606-190696，欠款本息合计15,200元，"
     "最后通牒：明日中午12点前处理。", [("PERSON", "赵海涛"), ("CN_ID_CARD", "510104-196606-190696")],
     [UNMASKED]),
    ("sms", "debtor", "【轻松还】您尾号0821的手机号码于今日14:32收到还款提醒，如已还款请忽略。"
     "客服热线：020-38841276", [("CN_LANDLINE", "020-38841276")], []),
    ("sms", "debtor", "【宜享付】郑*您好，您在医保定点药房刷卡购买的胰岛素等药品记录显示您仍有消费能力，请尽快还款。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【金满堂】罗文斌先生：您在深圳市南山区科技园的杰创电子有限公司任职，"
     "月薪1.2万，我司将联系贵司人事部协助处理。", [("PERSON", "罗文斌")], [EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【盛世普惠】紧急通知：曾凡宇，手机18621937405，身份证440305196302275585，"
     "逾期金额8,330元，今日18点前未处理将移交外包。", [("PERSON", "曾凡宇"), ("CN_MOBILE", "18621937405"),
     ("CN_ID_CARD", "440305196302275585")], [UNMASKED]),
    ("sms", "debtor", "【嘉禾小贷】孙女士您好，您于2024年3月办理的借款剩余2期，合计1,466元，如已还请忽略。",
     [], []),
    ("sms", "debtor", "【快乐分期】您好，您爱人来电说家里的钱由您管理，请您本人尽快安排还款，金额以APP显示为准。",
     [], []),
    ("sms", "debtor", "【宏图金服】胡先生，听说您上个月查出来肾衰竭在做透析，我们理解但账单不能一直拖，请联系我们。",
     [], [SENSITIVE]),
]

# Robot dialers' scripts with keypad answers, as the vendor's transcript gives them.
ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是易分期智能客服，请问是许文杰本人吗？确认请按1。\n客户：1\n"
     "坐席：您的借款已逾期5天，应还金额1,720元，请今天内还款，还款后请忽略本来电。",
     [("PERSON", "许文杰")], []),
    ("call", "debtor", "坐席：您好，这里是惠民贷语音提醒。系统核对您的身份证号码为三两洞幺洞两幺九九两洞四"
     "洞两洞九八洞，如有误请按2。\n客户：（按键1）\n坐席：感谢确认，请于今日完成还款。",
     [("CN_ID_CARD", "三两洞幺洞两幺九九两洞四洞两洞九八洞")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是融通智能语音。您的还款卡号为六二二五八八幺八九五五五九七九六，"
     "本期扣款失败，请存入足额资金。\n客户：2\n坐席：已为您转接人工，请稍候。",
     [("CN_BANK_CARD", "六二二五八八幺八九五五五九七九六")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，我是小安智能助理，请问是邱丽娟女士吗\n客户：嗯是我\n"
     "坐席：邱女士，系统显示您预留手机号为幺三六六两八幺洞五拐三，绑定的还款账户是您本人吗\n客户：是",
     [("PERSON", "邱丽娟"), ("CN_MOBILE", "幺三六六两八幺洞五拐三")], [UNMASKED]),
    ("call", "debtor", "坐席：您好这里是金鼎分期提醒您，您家住在成都市武侯区玉林南路18号3栋2单元402的欧阳明先生，"
     "您的借款已逾期20天。\n客户：（按键3）\n坐席：请尽快还款。",
     [("ADDRESS", "成都市武侯区玉林南路18号3栋2单元402"), ("PERSON", "欧阳明")], [EXCESSIVE]),
    ("call", "debtor", "坐席：您好，这是乐诚提醒，您登记的紧急联系人是您的妹妹，如需修改请在APP我的-联系人中操作。",
     [], []),
    ("call", "debtor", "坐席：您好 请问是罗先生吗 这里是瑞丰金融 根据系统记录您每周三下午会去市一院肿瘤科复查 "
     "建议您复查前把本期款项处理一下\n客户：（挂断）", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你好，这里是快呗提醒，你的身份证号码三七零二零二幺九八七零七洞三两五六幺已被系统标记为高风险，"
     "请马上还款。", [("CN_ID_CARD", "三七零二零二幺九八七零七洞三两五六幺")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是好分期。您本月的账单2,048元尚未还清，可按1申请延期三天，按2转人工。\n客户：1\n"
     "坐席：已为您登记延期，请在三日内还款。", [], []),
    ("call", "debtor", "坐席：您好，这里是恒信智能外呼，请问您是蒋立新本人吗？\n客户：是\n"
     "坐席：您于2023年11月在我司借款，合同号幺拐三洞八两两五，已逾期16天，请尽快还款。",
     [("PERSON", "蒋立新")], []),
    ("call", "debtor", "坐席：您好，这里是宝利分期，我们看到您的孩子谢子涵在阳光幼儿园大班，为了孩子请您尽快还款。",
     [("PERSON", "谢子涵")], [SENSITIVE]),
    ("call", "debtor", "坐席：您好，这里是宏达分期，请问是冯国栋先生吗？您在东莞市长安镇乌沙兴发南路27号"
     "宏达五金厂上班，家住长安镇沙头南区二巷8号301，这些信息我们都已登记。\n客户：你们想怎样\n坐席：请您今天还款。",
     [("PERSON", "冯国栋"), ("ADDRESS", "东莞市长安镇乌沙兴发南路27号"), ("ADDRESS", "长安镇沙头南区二巷8号301")],
     [EXCESSIVE]),
    ("call", "debtor", "坐席：您好，这里是众和易贷。您的护照号码E两洞九幺五拐三八已在系统登记，请勿出境逃避债务。",
     [("CN_PASSPORT", "E两洞九幺五拐三八")], [UNMASKED]),
]

# Human calls as speech-to-text output: no punctuation, fillers, misheard words.
ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好 是那个段志明吧 我这边是合众资产的 就是说你那个借款啊 已经两个多月了\n"
     "客户：我知道 我最近在住院\n坐席：住院也得还啊 你那个身份证号四五零幺零三幺九拐两零六零四五拐零拐对吧",
     [("PERSON", "段志明"), ("CN_ID_CARD", "四五零幺零三幺九拐两零六零四五拐零拐")], [UNMASKED]),
    ("call", "debtor", "坐席：呃你好 请问是钟女士吗\n客户：是的\n坐席：那个我这边是安居分期的 您的款逾期三天了 "
     "今天能处理吗\n客户：晚上发工资就还\n坐席：好的那我给您备注一下 谢谢", [], []),
    ("call", "debtor", "坐席：喂 林晓东是吧 我们查到你老婆在市妇幼住院保胎 预产期下个月 你这个钱到底怎么弄\n"
     "客户：你们怎么知道的", [("PERSON", "林晓东")], [SENSITIVE]),
    ("call", "debtor", "客户：我卡号是六二幺七洞洞五四三两三幺九四八拐五拐九 你们扣吧\n坐席：好的 收到 我们这边安排扣款 "
     "扣款成功会短信通知您", [("CN_BANK_CARD", "六二幺七洞洞五四三两三幺九四八拐五拐九")], []),
    ("call", "debtor", "坐席：那个唐建华啊 我跟你说 你在梅溪湖那个房子 就是金茂悦二期 七栋 一单元 一五零二 "
     "我们同事已经去看过了\n客户：你们想干嘛\n坐席：就是提醒你尽快还钱",
     [("PERSON", "唐建华"), ("ADDRESS", "金茂悦二期 七栋 一单元 一五零二")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 你好 我是众信的小刘 工号三零二幺 跟您确认一下还款计划 下个月五号还一千二\n"
     "客户：可以\n坐席：好的 那就这么定了", [("PERSON", "小刘")], []),
    ("call", "debtor", "坐席：你好我是鼎盛的 你那个身份证后四位是零五七六吧 就确认一下身份\n客户：对\n"
     "坐席：你的借款逾期了 应还三千四百元", [], []),
    ("call", "debtor", "坐席：喂 韩磊 你每天晚上都在那个星辰网吧打游戏到十二点 我们都知道 有钱上网没钱还款是吧\n"
     "客户：关你屁事", [("PERSON", "韩磊")], [SENSITIVE]),
    ("call", "debtor", "坐席：呃 您好 方便说话吗 我是兴业分期的 您的账单逾期了\n客户：我刚做完手术 还在医院\n"
     "坐席：好的 理解 那我们给您申请延期一个月 您先养身体", [], []),
    ("call", "debtor", "坐席：喂 是那个万小军吧 你手机号码一八八零九二七四四五一 这个号码是你本人在用吧 你借的钱\n"
     "客户：是我", [("PERSON", "万小军"), ("CN_MOBILE", "一八八零九二七四四五一")], [UNMASKED]),
    ("call", "debtor", "坐席：喂你好是贺先生吗 就是说你在那个 支付宝里还有一万二的余额宝 微信零钱也有三千多 "
     "你怎么就不能先还点呢\n客户：你们怎么查到的", [], [SENSITIVE]),
    ("call", "debtor", "坐席：那个 陶雪梅 你爸陶长根 你妈黄秀英 还有你哥陶建 我们都有电话 你要不要我一个一个打\n"
     "客户：别打", [("PERSON", "陶雪梅"), ("PERSON", "陶长根"), ("PERSON", "黄秀英"), ("PERSON", "陶建")],
     [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 您好 我是诚安资产的 你的合同编号是幺九洞洞两三四五六 逾期金额是六千八\n"
     "客户：好我这周还", [], []),
    ("call", "debtor", "坐席：你好 跟你说一下啊 你那个银行卡 六二三六 六八七四 六五零七 五二九幺 拐零拐 "
     "我们这边显示已经冻结了\n客户：什么", [("CN_BANK_CARD", "六二三六 六八七四 六五零七 五二九幺 拐零拐")],
     [UNMASKED]),
    ("call", "debtor", "坐席：喂 许家豪先生 你每个礼拜天上午去那个城南教堂做礼拜是吧 主会原谅你欠钱不还吗\n客户：……",
     [("PERSON", "许家豪")], [SENSITIVE]),
    ("call", "debtor", "坐席：那个我是合利的小周 您之前说腰椎间盘突出在家躺着 现在好点没 这个月能还多少\n"
     "客户：还不了多少\n坐席：那先还个五百也行", [("PERSON", "小周")], [SENSITIVE]),
]

# Messages to relatives, contact persons, colleagues, employers, landlords and committees.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【借点钱】您好，您的朋友石磊在我平台借款3,000元已逾期30天，请转告其尽快还款。",
     [("PERSON", "石磊")], [DISCLOSURE]),
    ("sms", "third_party", "您好，这里是客服中心，有事需联系熊浩先生，麻烦您转告他回电0755-83316620，谢谢。",
     [("PERSON", "熊浩"), ("CN_LANDLINE", "0755-83316620")], []),
    ("sms", "third_party", "【融达】魏女士您好，您丈夫金志成欠我司款项18,600元，他手机已关机，请您督促。",
     [("PERSON", "金志成")], [DISCLOSURE]),
    ("sms", "third_party", "您好，我们有重要事情找您的同事蔡明辉，请他方便时回个电话到020-87742150，谢谢配合。",
     [("PERSON", "蔡明辉"), ("CN_LANDLINE", "020-87742150")], []),
    ("sms", "third_party", "【宜家分期】尊敬的担保人高建军先生：您为借款人韦晓丽提供的连带责任保证对应的借款已逾期，"
     "依保证合同您须承担还款责任，请于10日内联系我司。", [("PERSON", "高建军"), ("PERSON", "韦晓丽")], []),
    ("sms", "third_party", "袁师傅，你们厂的袁小兵在我们这借了钱不还，身份证350203199701196095，"
     "麻烦你让他尽快联系我们。", [("PERSON", "袁小兵"), ("CN_ID_CARD", "350203199701196095")],
     [DISCLOSURE, UNMASKED]),
    ("app", "third_party", "【业主群】各位邻居好，锦华苑12栋3单元601的业主潘永红欠网贷四万多已半年，电话一直打不通，"
     "有认识的请转告他联系万通资产。", [("ADDRESS", "锦华苑12栋3单元601"), ("PERSON", "潘永红")], [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【锦程金融】房东您好，您的租客龚雪（租住朝阳区安贞西里四区5号楼1门302）拖欠我司借款，"
     "请告知其最新联系方式。", [("PERSON", "龚雪"), ("ADDRESS", "朝阳区安贞西里四区5号楼1门302")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "您好，您是程文亮的紧急联系人，我们联系不上他，麻烦您让他回电，谢谢。",
     [("PERSON", "程文亮")], []),
    ("sms", "third_party", "【聚财网】您好，您的哥哥夏宇航因重度抑郁住院期间欠款未还，我们理解情况，但请家属协助处理9,200元欠款。",
     [("PERSON", "夏宇航")], [DISCLOSURE, SENSITIVE]),
    ("email", "third_party", "致 远航物流有限公司人事部：\n贵司员工侯振东（身份证号230103198501080576，"
     "住哈尔滨市南岗区学府路74号6单元1102）在我司借款逾期，金额23,400元，请贵司协助督促其还款。\n"
     "鑫诚资产管理有限公司 法务部", [("PERSON", "侯振东"), ("CN_ID_CARD", "230103198501080576"),
     ("ADDRESS", "哈尔滨市南岗区学府路74号6单元1102")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("sms", "third_party", "您好，请转告您的女儿雷静回电，号码是0731-84452387，工作时间9:00-18:00。",
     [("PERSON", "雷静"), ("CN_LANDLINE", "0731-84452387")], []),
    ("app", "third_party", "社区网格员您好，我们是捷利委托的催收公司，贵社区居民邹国强（手机13570028469）"
     "欠款两万未还，麻烦您上门通知一下。", [("PERSON", "邹国强"), ("CN_MOBILE", "13570028469")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "您好，您的表弟童浩然在我司办理的分期已逾期，他女儿童欣怡在育才小学四年级一班，"
     "请您劝他为孩子考虑。", [("PERSON", "童浩然"), ("PERSON", "童欣怡")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【佰仟金融】尊敬的共同借款人柏丽萍女士：您与柏永强共同签署的借款合同本期应还3,210元已逾期，"
     "请按合同约定履行还款义务。", [("PERSON", "柏丽萍"), ("PERSON", "柏永强")], []),
    ("sms", "third_party", "您好，打扰了，我是客服中心的，想找一下尹涛先生，您如果认识他，请让他给我们回个电话，"
     "感谢。", [("PERSON", "尹涛")], []),
    ("app", "third_party", "大家好我是你们同事庞伟的朋友，他借了我们平台5万到现在没还，人也找不到，谁知道他住哪里"
     "麻烦私聊我", [("PERSON", "庞伟")], [DISCLOSURE]),
    ("sms", "third_party", "【安信】老人家您好，您儿子姜涛的贷款逾期了，他现在在苏州工业园区星湖街328号"
     "上班，请您打个电话劝劝他。", [("PERSON", "姜涛"), ("ADDRESS", "苏州工业园区星湖街328号")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "您好，请问您认识范晓婷吗？我们有事联系她，请您转达她回电，谢谢您。",
     [("PERSON", "范晓婷")], []),
    ("email", "third_party", "王经理您好：\n我司客户史建峰留的单位联系人是您，他最近有一笔消费贷款逾期了，本金7,500元，"
     "麻烦您转告一下。\n顺发消费金融 客服部 电话021-61128840", [("PERSON", "史建峰"),
     ("CN_LANDLINE", "021-61128840")], [DISCLOSURE]),
    ("sms", "third_party", "村委会您好，贵村三组的村民康金华（身份证号：420111196509140701）借款逾期不还，"
     "请村委协助通知。", [("PERSON", "康金华"), ("CN_ID_CARD", "420111196509140701")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【易借】您好，您的朋友白雪的银行卡6214 8371 1471 0498扣款失败，请转告她存钱。",
     [("PERSON", "白雪"), ("CN_BANK_CARD", "6214 8371 1471 0498")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【金海岸】您好，您是邵华的联系人，她近期怀孕在家待产，我们不便多打扰，"
     "麻烦您转告她本月账单1,800元尽快处理。", [("PERSON", "邵华")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "您好，有一份文件需要交给闫凯先生本人，请他本周内致电0532-85916673预约，谢谢。",
     [("PERSON", "闫凯"), ("CN_LANDLINE", "0532-85916673")], []),
    ("app", "third_party", "【家长群】各位家长，二年级三班莫思琪的妈妈莫红在我们平台欠款1.3万，"
     "电话不接，请转告她处理。", [("PERSON", "莫思琪"), ("PERSON", "莫红")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【顺心借】担保人齐卫东您好，您担保的借款已逾期15天，根据您签署的担保书，请您履行担保责任或"
     "督促借款人还款。", [("PERSON", "齐卫东")], []),
    ("sms", "third_party", "您好，您同事戴春燕的手机号是不是17316052489？她在我们这有笔账要对，麻烦转告。",
     [("PERSON", "戴春燕"), ("CN_MOBILE", "17316052489")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "您好，这里是客户服务中心，想请您帮忙转告郝建国先生，请他抽空回电15290471836找李专员。",
     [("PERSON", "郝建国"), ("CN_MOBILE", "15290471836")], []),
    ("email", "third_party", "Subject: 关于贵司员工杜明远的欠款事宜\n\n您好，贵司员工杜明远（工号A2031）在我平台的消费贷款"
     "已逾期62天，欠款本息合计31,560元。他自称患有糖尿病并发症无法工作，请贵司人事核实其在职情况并协助沟通。\n"
     "联系邮箱：legal@xinfeng-am.cn", [("PERSON", "杜明远"), ("EMAIL", "legal@xinfeng-am.cn")],
     [DISCLOSURE, SENSITIVE]),
]

# Calls to contact persons and relatives, some compliant call-back requests.
THIRD_PARTY_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂您好 请问是陆建华的家人吗\n联系人：我是他姐\n坐席：好的 麻烦您转告他 让他给我们回个电话 "
     "号码是零二幺 六幺幺两八八四零\n联系人：行", [("PERSON", "陆建华"), ("CN_LANDLINE", "零二幺 六幺幺两八八四零")], []),
    ("call", "third_party", "坐席：喂 是贾丽的妈妈吧 你女儿在我们这借了两万块 三个月没还了 你们家里人管不管\n"
     "联系人：我不知道这事啊", [("PERSON", "贾丽")], [DISCLOSURE]),
    ("call", "third_party", "坐席：你好 你是那个秦宇的同事吧 他在你们公司吗 他欠我们钱 身份证号码是幺三洞幺洞两幺九七九洞九"
     "两七七洞八七 你们人事有没有他新电话\n联系人：不清楚", [("PERSON", "秦宇"),
     ("CN_ID_CARD", "幺三洞幺洞两幺九七九洞九两七七洞八七")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂您好 打扰一下 请问您认识薛凯吗\n联系人：认识 怎么了\n坐席：我们有点事需要他本人处理 "
     "麻烦您跟他说一声回个电话 谢谢\n联系人：好的", [("PERSON", "薛凯")], []),
    ("call", "third_party", "坐席：喂 是葛明的老婆吧 你老公在外面借了好几家网贷 他最近是不是在吃治抑郁的药啊 "
     "你劝劝他还钱\n联系人：你什么意思", [("PERSON", "葛明")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：呃你好 这边是那个客服中心的 找一下俞波\n联系人：打错了吧 我不认识\n"
     "坐席：不好意思打扰了 再见", [("PERSON", "俞波")], []),
    ("call", "third_party", "坐席：喂 老爷子 你儿子任志刚欠我们五万 他住在那个滨江区江南大道588号恒鼎大厦十二楼 "
     "你们住一起吗\n联系人：不住一起", [("PERSON", "任志刚"), ("ADDRESS", "滨江区江南大道588号恒鼎大厦十二楼")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：你好 是那个詹晓梅的紧急联系人吗\n联系人：是我 我是她朋友\n坐席：麻烦您告诉她 "
     "我们这边有事情找她 请她今天回电\n联系人：好", [("PERSON", "詹晓梅")], []),
    ("call", "third_party", "坐席：喂你好 你是那个鲁斌的表哥吧 鲁斌他那个银行卡 六二五九 六五八四 两六八四 六五六四 "
     "已经被我们查到了 欠的钱得还\n联系人：关我什么事", [("PERSON", "鲁斌"),
     ("CN_BANK_CARD", "六二五九 六五八四 两六八四 六五六四")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂 你好 是毛小丽吗\n联系人：不是 我是她室友\n坐席：好的 那麻烦您跟她说 有快递公司……"
     "不是 有客服找她 回个电话就行\n联系人：好吧", [("PERSON", "毛小丽")], []),
    ("call", "third_party", "坐席：喂 你是古天明他爸吧 跟你说一下 你儿子欠钱不还 他现在每天下午两点到六点在那个富力广场"
     "的健身房当教练 你知道吧\n联系人：我不知道", [("PERSON", "古天明")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：您好 我是安平普信的客户经理 您是包俊杰先生借款的担保人 借款目前逾期 "
     "按您签的保证合同需要您承担保证责任\n联系人：我知道 我跟他说", [("PERSON", "包俊杰")], []),
]

# WeChat and in-app chats with the debtor, typed by collectors and customer service.
CHATS: list[PiplEntry] = [
    ("app", "debtor", "亲，您的账单今天到期哦，金额1,166元，点击APP首页“立即还款”即可～有问题随时找小美😊",
     [("PERSON", "小美")], []),
    ("app", "debtor", "贺晓峰 你的身份证 ３７０２０２１９８７０７０３２５６１ 在我们系统里 别以为换号就找不到你",
     [("PERSON", "贺晓峰"), ("CN_ID_CARD", "３７０２０２１９８７０７０３２５６１")], [UNMASKED]),
    ("app", "debtor", "兄弟 你那个糖尿病的药一个月也得好几百吧 药钱有 还款没有？", [], [SENSITIVE]),
    ("app", "debtor", "鲍女士，您本月的截图我们收到了，还款1,000元已入账，剩余2,360元请下月10号前还。", [], []),
    ("app", "debtor", "郭子轩，你儿子郭小宝每天下午五点在少年宫学钢琴，我们的人也在那附近。",
     [("PERSON", "郭子轩"), ("PERSON", "郭小宝")], [SENSITIVE]),
    ("app", "debtor", "你好，请把还款凭证发一下，记得打码卡号，只留后四位就行。", [], []),
    ("app", "debtor", "你媳妇刘春花、你弟刘国庆（13818264750）、你老丈人我们都联系了，都说找不着你 严德明 你藏哪了",
     [("PERSON", "刘春花"), ("PERSON", "刘国庆"), ("CN_MOBILE", "13818264750"), ("PERSON", "严德明")],
     [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "看到你朋友圈了，周末带孩子去了千岛湖，住的开元度假村，挺潇洒啊，钱呢？", [], [SENSITIVE]),
    ("app", "debtor", "黎志华你好 你在市第三人民医院精神科的就诊记录我们这边也有 别装病", [("PERSON", "黎志华")],
     [SENSITIVE]),
    ("app", "debtor", "还款账户：户名 鑫诚资产管理有限公司，开户行 工商银行杭州文三支行，账号以APP内展示为准。", [], []),
    ("app", "debtor", "老哥 你那个卡 6212-2640-2685-9952-898 里面还有4000多 为啥不还？", [("CN_BANK_CARD",
     "6212-2640-2685-9952-898")], [SENSITIVE, UNMASKED]),
    ("app", "debtor", "阿强，你老婆生完二胎还在坐月子吧，别让我们上门打扰她，赶紧把钱还上", [("PERSON", "阿强")],
     [SENSITIVE]),
    ("app", "debtor", "姜美玲，你在徐汇区漕溪北路595号上海电影广场B座8楼上班吧，下班我们在楼下等你聊聊",
     [("PERSON", "姜美玲"), ("ADDRESS", "徐汇区漕溪北路595号上海电影广场B座8楼")], [EXCESSIVE]),
    ("app", "debtor", "你在我们APP做人脸识别的视频还在，要不要发给你看看？", [], [SENSITIVE]),
    ("app", "debtor", "我是法务部小孟，你的案子已经在走程序，案号(2024)粤0305民初18872号，请自行查询。",
     [("PERSON", "小孟")], []),
    ("app", "debtor", "Hi 朱先生 你的还款计划已更新：12月5日还1500元 后面每月还800 有问题联系我 微信同号",
     [], []),
    ("app", "debtor", "你爸在县医院做心脏搭桥我们知道 花了不少钱吧 但你欠的也得还", [], [SENSITIVE]),
    ("app", "debtor", "邱宏伟 你每个月初一十五都去灵隐寺烧香 菩萨保佑你不还钱？", [("PERSON", "邱宏伟")],
     [SENSITIVE]),
    ("app", "debtor", "你注册时录的指纹和声音我们都存着 想赖账没那么容易", [], [SENSITIVE]),
    ("app", "debtor", "手机号 １３００ ５７２８ １６４ 是你的吧？换了新号也没用，我们照样找得到 申晓燕",
     [("CN_MOBILE", "１３００ ５７２８ １６４"), ("PERSON", "申晓燕")], [UNMASKED]),
]

# Collection letters, lawyers' letters and notices, as mailed or posted in the app.
LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：XC-CS-2024-11-0387\n致 舒建明（身份证号：500105199503104394）：\n"
     "您于2024年2月8日在我司借款人民币30,000元，截至本函发出之日已逾期93天，尚欠本息32,418.60元。请于"
     "2024年11月30日前还款至我司对公账户。客服电话：023-63897421。\n鑫诚资产管理有限公司\n2024年11月20日",
     [("PERSON", "舒建明"), ("CN_ID_CARD", "500105199503104394"), ("CN_LANDLINE", "023-63897421")], [UNMASKED]),
    ("notice", "debtor", "还款提醒函\n函号：HT-2024-0721\n尊敬的殷*先生：\n您的借款（合同号HX202403150071）已逾期28天，"
     "应还金额8,922元，请于12月5日前通过APP或对公账户还款。如有异议请于7日内致电400-660-3321。\n"
     "盛和消费金融有限公司（盖章）\n2024年11月25日", [], []),
    ("notice", "debtor", "律师函\n致：谭国富先生\n地址：长沙市岳麓区麓山南路932号湖大二村15栋204室\n"
     "受宏远小额贷款有限公司委托，就您欠付借款本息46,280元一事致函。另悉您配偶李秀珍（电话18163395072）"
     "与您同住，请一并知悉。\n湖南正言律师事务所 律师 肖卫平\n2024年10月9日",
     [("PERSON", "谭国富"), ("ADDRESS", "长沙市岳麓区麓山南路932号湖大二村15栋204室"), ("PERSON", "李秀珍"),
      ("CN_MOBILE", "18163395072"), ("PERSON", "肖卫平")], [EXCESSIVE, UNMASKED]),
    ("notice", "debtor", "逾期告知书\n尊敬的客户汪*：\n您尾号3390的借款已逾期。经我司了解，您目前在省人民医院住院部"
     "心内科12床接受治疗，我司可为您办理延期，请家属代为联系。", [], [SENSITIVE]),
    ("notice", "debtor", "债权转让通知书\n致 车晓光：\n您与原债权人之间的借款合同项下债权已于2024年9月1日转让给"
     "华岳启航资产管理有限公司，请自即日起向受让方履行还款义务。\n通知编号：ZR-0901-1163",
     [("PERSON", "车晓光")], []),
    ("notice", "debtor", "催告函\n致 廖春生 先生\n您的银行卡号：6221 5560 3137 2159 011\n"
     "您的借款已逾期61天，欠款金额12,740元，请于收到本函后五日内还款。", [("PERSON", "廖春生"),
     ("CN_BANK_CARD", "6221 5560 3137 2159 011")], [UNMASKED]),
    ("notice", "debtor", "致 单立群女士：\n经核查，您名下除我司借款外，在建设银行另有定期存款5万元，"
     "每月15日有工资入账9,600元。请优先偿还我司欠款19,300元。\n联系人：客户经理 季晨 0591-87654312",
     [("PERSON", "单立群"), ("PERSON", "季晨"), ("CN_LANDLINE", "0591-87654312")], [SENSITIVE]),
    ("notice", "debtor", "還款通知書\n致 關家明 先生：\n閣下於本公司之貸款已逾期45日，尚欠港幣18,600元。"
     "請於14日內清還。查詢請致電本公司。\n永豐財務有限公司\n2024年10月3日", [("PERSON", "關家明")], []),
    ("notice", "debtor", "上門拜訪通知\n致 司徒偉強 先生：\n本公司同事將於本週六上午十時到訪閣下住址"
     "（九龍旺角彌敦道688號旺角中心二期15樓B室）商討還款事宜，閣下太太黃美玲亦可代收文件。",
     [("PERSON", "司徒偉強"), ("ADDRESS", "九龍旺角彌敦道688號旺角中心二期15樓B室"), ("PERSON", "黃美玲")],
     [EXCESSIVE]),
    ("notice", "debtor", "最后催告通知\n致 柳志远（护照号码：E71460293，身份证号码：210203197102195947）\n"
     "您已逾期180天，本公司将依法提起诉讼。", [("PERSON", "柳志远"), ("CN_PASSPORT", "E71460293"),
     ("CN_ID_CARD", "210203197102195947")], [UNMASKED]),
    ("notice", "debtor", "告知函\n致 岑美华 女士：\n您的女儿岑诗雨（就读于南宁市第三中学初二（5）班）作为您借款时登记的"
     "家庭成员，我司将向其监护人送达本函副本。", [("PERSON", "岑美华"), ("PERSON", "岑诗雨")],
     [SENSITIVE, EXCESSIVE]),
    ("notice", "debtor", "调解通知书\n致 祁连山：\n您与安信小贷的借款纠纷已由我中心受理，调解编号TJ-2024-3371，"
     "请于12月10日上午9时到调解室或线上参加调解。", [("PERSON", "祁连山")], []),
    ("notice", "debtor", "催收函\n致 成浩（旧身份证号：510103720315086）：\n您于2019年办理的信用贷款至今未还，"
     "本息合计7,860元。", [("PERSON", "成浩"), ("CN_ID_CARD", "510103720315086")], [UNMASKED]),
    ("notice", "debtor", "敬告函\n致 葛红梅 女士\n据了解，您系穆斯林，每日需按时礼拜，我司外访人员将避开礼拜时间上门，"
     "请您配合。", [("PERSON", "葛红梅")], [SENSITIVE]),
    ("notice", "debtor", "家访通知\n致 欧建业：\n我司将于11月28日派员前往您户籍地广西玉林市北流市民安镇大坡村六组，"
     "与您的父亲欧德全、母亲覃桂兰沟通还款事宜。", [("PERSON", "欧建业"), ("ADDRESS", "广西玉林市北流市民安镇大坡村六组"),
     ("PERSON", "欧德全"), ("PERSON", "覃桂兰")], [EXCESSIVE]),
    ("notice", "third_party", "协助函\n致 云海科技有限公司人力资源部：\n贵司员工施伟（身份证号码 6101 1319 9602 0865 53）"
     "欠我司借款本息26,840元，逾期119天，恳请贵司协助告知其还款。\n兴泰资产管理有限公司",
     [("PERSON", "施伟"), ("CN_ID_CARD", "6101 1319 9602 0865 53")], [DISCLOSURE, UNMASKED]),
    ("notice", "third_party", "致 和平里街道第三居委会：\n辖区居民于海洋（住和平里七区14号楼3门501）欠我司借款本息"
     "8,450元，逾期已超半年，特请居委会协助通知其本人。", [("PERSON", "于海洋"), ("ADDRESS", "和平里七区14号楼3门501")],
     [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "担保责任告知书\n致 保证人 仇建平：\n借款人隋立军于2023年6月借款50,000元，"
     "您在保证合同上签字承担连带保证责任。现借款已逾期，请您于十五日内履行保证义务。",
     [("PERSON", "仇建平"), ("PERSON", "隋立军")], []),
]

# E-mail to debtors, from lenders, agencies and law firms.
EMAILS: list[PiplEntry] = [
    ("email", "debtor", "主题：账单逾期提醒\n尊敬的客户您好：\n您的账户（尾号2281）本期应还1,920.00元已逾期4天。"
     "请登录APP还款。如有疑问请回复本邮件或发送至service@anyi-fin.com。\n安逸金融", [("EMAIL", "service@anyi-fin.com")],
     []),
    ("email", "debtor", "主题：关于您的欠款\n封晓东：\n我们已掌握你的全部信息：身份证320102199204020980，"
     "工商银行卡6222 6032 1223 3079 249，住南京市鼓楼区中山北路283号4幢603室。请于三日内还款。",
     [("PERSON", "封晓东"), ("CN_ID_CARD", "320102199204020980"), ("CN_BANK_CARD", "6222 6032 1223 3079 249"),
      ("ADDRESS", "南京市鼓楼区中山北路283号4幢603室")], [EXCESSIVE, UNMASKED]),
    ("email", "debtor", "Subject: Repayment plan confirmation / 还款计划确认\n\n龙女士您好，\n已按您的申请将剩余欠款"
     "6,000元分为6期，每期1,000元，首期2025年1月8日。附件为协议电子版，请查收。\n宏信分期 客服 小叶",
     [("PERSON", "小叶")], []),
    ("email", "debtor", "主题：核实信息\n姚先生：\n我们从您家属那里得知您患了甲状腺癌，"
     "正在放疗。有钱治病就有钱还款，请先处理我司欠款。", [], [SENSITIVE]),
    ("email", "debtor", "主题：律师函（电子版）\n致 彭志勇：\n本所受委托处理您与恒丰小贷的借款纠纷。经查，您的母亲"
     "张桂芝现住衡阳市蒸湘区解放西路66号，您的弟弟彭志刚电话19120638854。请您尽快与本所联系。\n"
     "湖南衡信律师事务所", [("PERSON", "彭志勇"), ("PERSON", "张桂芝"), ("ADDRESS", "衡阳市蒸湘区解放西路66号"),
     ("PERSON", "彭志刚"), ("CN_MOBILE", "19120638854")], [EXCESSIVE, UNMASKED]),
    ("email", "debtor", "主题：最后通知\n温丽君女士：\n您的儿子温子豪在城北第一幼儿园小二班，每天下午四点半由外婆接走。"
     "请您尽快处理欠款。", [("PERSON", "温丽君"), ("PERSON", "温子豪")], [SENSITIVE, EXCESSIVE]),
    ("email", "debtor", "主题：还款方式\n您好，可通过以下方式还款：1. APP主动还款；2. 对公转账（户名：恒丰小额贷款有限公司，"
     "账号见APP还款页面，开户行：工行衡阳分行）。转账请备注借款编号。", [], []),
    ("email", "debtor", "主题：账户异常\n石先生，\n我们注意到您的工资卡（农业银行6228481909378657978）"
     "近三个月每月有3笔以上大额转出，最近一次为11月3日转给‘石小红’5,000元。请说明资金去向并还款。",
     [("CN_BANK_CARD", "6228481909378657978"), ("PERSON", "石小红")], [SENSITIVE, UNMASKED]),
    ("email", "debtor", "Dear Mr. Lam,\n林家乐先生：您于本公司之信用卡結欠港幣9,820元已逾期。如需分期請回覆此電郵至"
     "collections@hkcredit-demo.hk 。", [("PERSON", "林家乐"), ("EMAIL", "collections@hkcredit-demo.hk")], []),
    ("email", "debtor", "主题：征信异议处理结果\n您好，您提交的征信异议（受理编号YY20241105-0091）经核查，"
     "逾期记录系您本人未按时还款所致，不予更正。", [], []),
    ("email", "debtor", "主题：关于您的护照\n崔明浩先生：\n您的护照号E 2091 5738 已被我司列入重点关注名单，"
     "若出境我们会第一时间知道。", [("PERSON", "崔明浩"), ("CN_PASSPORT", "E 2091 5738")], [UNMASKED]),
]

# Dialect and traditional-character messages and calls.
DIALECTS: list[PiplEntry] = [
    ("call", "debtor", "催收员：喂 黎生呀 我系永信嘅 你张单过咗期成个月喇 你屋企喺荔湾区芳村大道中168号"
     "之嘛 你老婆叫陈淑仪 我哋都知㗎\n客户：你哋想点", [("ADDRESS", "荔湾区芳村大道中168号"), ("PERSON", "陈淑仪")],
     [EXCESSIVE]),
    ("sms", "debtor", "【永信財務】黎先生，閣下欠款已逾期30日，請盡快聯絡本公司安排還款，請致電本公司熱線。", [], []),
    ("call", "debtor", "坐席：喂 你是不是那个胥大勇嘛 你欠我们的钱啷个还不还嘛 你那个身份证号幺三洞幺洞两"
     "幺九拐九洞九两拐拐洞八拐 我们都晓得撒\n客户：晓得了晓得了", [("PERSON", "胥大勇"),
     ("CN_ID_CARD", "幺三洞幺洞两幺九拐九洞九两拐拐洞八拐")], [UNMASKED]),
    ("call", "debtor", "坐席：哎 老铁 你那钱啥时候还啊 你媳妇不是在那个医大二院住着呢吗 做啥手术来着\n"
     "客户：你管得着吗", [], [SENSITIVE]),
    ("call", "debtor", "坐席：侬好 是勿是沈国华 侬欠阿拉公司额铜钿 侬屋里厢住辣静安区康定路1208弄5号302室 "
     "阿拉晓得额\n客户：侬啥人", [("PERSON", "沈国华"), ("ADDRESS", "静安区康定路1208弄5号302室")],
     [EXCESSIVE]),
    ("app", "debtor", "阿明 你張卡６２８２８８０７８６６６６１７３仲有錢喎 點解唔還", [("PERSON", "阿明"),
     ("CN_BANK_CARD", "６２８２８８０７８６６６６１７３")], [SENSITIVE, UNMASKED]),
    ("sms", "third_party", "【順發】您好，您的親屬鄧志強在本公司之貸款已逾期，欠款港幣26,000元，請代為轉告其盡快還款。",
     [("PERSON", "鄧志強")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂 你系唔系劉家輝嘅阿媽呀\n联系人：系呀 咩事\n坐席：冇咩 麻煩你叫佢覆個電話畀我哋 "
     "唔該晒\n联系人：好", [("PERSON", "劉家輝")], []),
    ("call", "debtor", "坐席：喂 哪个 是那个贝小龙吧 你那个钱拖了好久了哈 你那个手机幺五幺三八八四六洞两拐 "
     "一天到黑关机\n客户：莫打了", [("PERSON", "贝小龙"), ("CN_MOBILE", "幺五幺三八八四六洞两拐")], [UNMASKED]),
    ("app", "third_party", "【樓宇群】各位街坊，住喺沙田第一城38座12樓F室嘅區偉倫欠財務公司幾萬蚊唔還，有見到佢請話佢知。",
     [("ADDRESS", "沙田第一城38座12樓F室"), ("PERSON", "區偉倫")], [DISCLOSURE, EXCESSIVE]),
    ("notice", "debtor", "催繳通知\n致 鍾志明 先生\n身份證號碼：41010519690904594X\n閣下於本行信用卡結欠人民幣"
     "11,200元，請於十日內清還。", [("PERSON", "鍾志明"), ("CN_ID_CARD", "41010519690904594X")], [UNMASKED]),
    ("call", "debtor", "坐席：喂 是那个巴特尔吗 你在我们这的借款逾期了\n客户：是我 我家孩子生病 在自治区医院\n"
     "坐席：理解理解 那我先给你登记延期 等孩子出院再说", [("PERSON", "巴特尔")], []),
    ("app", "debtor", "侬老婆刚刚查出来怀孕三个月 侬要做爸爸了 钞票还要还额 😊", [], [SENSITIVE]),
    ("sms", "debtor", "【信用台灣】蕭先生您好，您的信用貸款本期應繳新台幣6,320元已逾期，請於三日內繳納。客服專線請見官網。",
     [], []),
]

# Numbers that are no personal identifiers: contracts, orders, cases, amounts, dates, masked forms.
DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【安逸分期】您的借款合同号 330106 2024 0315 6760 已生成，请在APP内查看电子合同。", [], []),
    ("sms", "debtor", "【速丰快运】您的快递SF1408826637215已由前台代收，取件码6-2-3308。", [], []),
    ("sms", "debtor", "【融通】您尾号为5678的手机（138****5678）已成功绑定，如非本人操作请致电客服。", [], []),
    ("sms", "debtor", "【和信法务】您的案件已立案，案号（2024）京0105民初第44871号，请关注法院短信。", [], []),
    ("call", "debtor", "坐席：您好 跟您核对一下 您的借据号是 幺两三四 五六拐八 九洞幺两 三四五六 拐八 对吗\n客户：对\n"
     "坐席：好的 这笔应还三千二百元", [], []),
    ("sms", "debtor", "【宏达分期】还款成功！本次还款金额6,228.48元，剩余应还0元。", [], []),
    ("app", "debtor", "您的工单编号：GD20241203110245893106，客服将在24小时内处理。", [], []),
    ("notice", "debtor", "催收函\n函件编号：（2024）鑫催字第110105198号\n尊敬的客户：您的借款已逾期，请于12月20日前还款。", [],
     []),
    ("sms", "debtor", "【好借】您身份证后六位为04594X的借款今天到期，请按时还款。", [], []),
    ("sms", "debtor", "【速借】您的还款卡 6217 **** **** 7579 扣款成功 1,200.00 元。", [], []),
    ("app", "debtor", "订单号：4403051963022755 已完成，感谢您的购买。", [], []),
    ("email", "debtor", "主题：对账单\n账期：2024-10-01至2024-10-31\n借款编号：LN-20231118-000875\n本期应还：2,316.00元\n"
     "已还：0.00元\n逾期天数：12", [], []),
    ("call", "debtor", "坐席：您好 您的验证码是 三 九 幺 拐 两 洞 请在页面输入\n客户：好", [], []),
    ("sms", "debtor", "【恒信】尊敬的客户，您申请的减免编号JM202411280063已审核通过，减免金额580元。", [], []),
    ("notice", "debtor", "民事调解书\n（2024）沪0115民初98321号\n原告：某小额贷款有限公司\n被告：赵*\n"
     "经调解，双方自愿达成协议：被告于2025年3月31日前分期偿还借款本金45,000元。", [], []),
    ("app", "debtor", "亲，您的电子发票号码为 044002300111 2024 1105 68721 已开具，请在我的-发票中下载。", [], []),
    ("sms", "debtor", "【安心付】您的账户于11月28日17:35消费1,299元（商户订单号 6228480019283746），如有疑问请联系客服。",
     [], []),
    ("call", "debtor", "坐席：喂你好 我这边是合众资产的 你那个逾期金额是幺万两千三百四十五块六 对吧\n客户：差不多吧", [], []),
    ("sms", "debtor", "【诚信贷】您好，您的身份证号码 3301**********6760 已完成实名认证。", [], []),
    ("sms", "debtor", "【速易借】尊敬的用户，您的借款于2024年12月15日到期，应还1,580元，还款卡尾号9978。", [], []),
    ("app", "debtor", "运单号 YT7521983307461 已派送，派送员手机请在物流详情查看。", [], []),
    ("notice", "debtor", "还款提醒\n函件编号：TX-2024-5512\n您好，您在本公司的借款已逾期，请按时还款。", [], []),
    ("email", "debtor", "主题：协商还款申请已受理\n受理号：XS 2024 1201 3387 0512\n我们将在3个工作日内联系您。", [], []),
]

# More to the debtor: identifiers in every form, and sensitive data said in everyday words.
MORE_DEBTOR: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 那个 欧阳丽娜是吧 我跟你核对一下啊 你身份证三四洞幺洞四幺九八八洞九两八九五六两 没错吧\n"
     "客户：嗯", [("PERSON", "欧阳丽娜"), ("CN_ID_CARD", "三四洞幺洞四幺九八八洞九两八九五六两")], [UNMASKED]),
    ("call", "debtor", "坐席：你那个卡号 622848三三九零七五七九三八三四七 就是农行那张 我们申请扣款了啊\n客户：先别扣",
     [("CN_BANK_CARD", "622848三三九零七五七九三八三四七")], [UNMASKED]),
    ("sms", "debtor", "【借好呗】上官燕 身份证四六零一零五一九六九零二一八八三九叉 欠款逾期 速还", [("PERSON", "上官燕"),
     ("CN_ID_CARD", "四六零一零五一九六九零二一八八三九叉")], [UNMASKED]),
    ("call", "debtor", "坐席：那我给你留个号码 你打这个 幺六六 洞两幺八 三九五拐 找我 我姓韦\n客户：好",
     [("CN_MOBILE", "幺六六 洞两幺八 三九五拐")], []),
    ("sms", "debtor", "【恒昌】尊敬的客户，您留存的手机号147-5832-0916将于明日停止接收提醒，如需变更请登录APP。",
     [("CN_MOBILE", "147-5832-0916")], [UNMASKED]),
    ("app", "debtor", "你那个号185.2094.6637 停机了？还是把我们拉黑了？", [("CN_MOBILE", "185.2094.6637")], [UNMASKED]),
    ("call", "debtor", "坐席：喂你好 是那个卢海吧 你报一下你手机号 我核对一下\n客户：199五幺三零七八二六\n"
     "坐席：好的 对上了 你这个月能还多少", [("PERSON", "卢海"), ("CN_MOBILE", "199五幺三零七八二六")], []),
    ("app", "debtor", "蔡先生 你新办的号 １７７０８６５２１９４ 我们也查到了 躲没用", [("CN_MOBILE", "１７７０８６５２１９４")],
     [UNMASKED]),
    ("call", "debtor", "坐席：喂 吕丹 你上周三下午是不是去了那个仁爱医院做人流 我们这边都有记录的\n客户：你们怎么知道",
     [("PERSON", "吕丹")], [SENSITIVE]),
    ("app", "debtor", "你每天早上六点半在滨江公园跑步 七点回家 很规律嘛", [], [SENSITIVE]),
    ("sms", "debtor", "【信合】您好，您的还款卡建设银行卡号6236682310077283788，"
     "本月扣款失败，请及时存入。", [("CN_BANK_CARD", "6236682310077283788")], [UNMASKED]),
    ("call", "debtor", "坐席：那个你爸在康复中心做中风后的康复训练 一个月好几千 你有钱给他治 没钱还我们？\n客户：那是我爸",
     [], [SENSITIVE]),
    ("app", "debtor", "您好，您的身份证号码已脱敏处理：3601**********8850，如需修改实名信息请上传证件照片。", [], []),
    ("call", "debtor", "坐席：你好 我这边是银泰金融的 你有精神残疾证这个我们知道 但借了钱还是要还的\n客户：我真没钱", [],
     [SENSITIVE]),
    ("sms", "debtor", "【众鑫】晏先生，你在工行的理财账户还有8万没到期，先赎回一部分把我们的钱还了。", [], [SENSITIVE]),
    ("app", "debtor", "你儿子的学籍号我们都查到了，初一七班，班主任姓孙，要不要我们给班主任打个电话？", [],
     [SENSITIVE]),
    ("sms", "debtor", "【快易花】包文辉，你的卡 6225 8833 0766 6193 和 6214 8334 5145 0616 我们都知道，两张卡"
     "余额加起来够还了。", [("PERSON", "包文辉"), ("CN_BANK_CARD", "6225 8833 0766 6193"),
     ("CN_BANK_CARD", "6214 8334 5145 0616")], [SENSITIVE, UNMASKED]),
    ("app", "debtor", "你现在人在机场吧？T3航站楼，飞三亚的航班，我们都清楚。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 是邢建伟吗 您的借款逾期八天了 今天能处理吗\n客户：我下周发工资\n坐席：那您下周一之前还上 "
     "我这边先备注", [("PERSON", "邢建伟")], []),
    ("sms", "debtor", "【宝利】张先生，您用于登录的刷脸数据和身份证正反面照片已同步给合作催收机构。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 你好 你是那个 呃 叫那个 黄什么来着 黄伟杰是吧 你护照号码E零二九一五七三八 "
     "你办护照干嘛 要跑啊\n客户：出差用的", [("PERSON", "黄伟杰"), ("CN_PASSPORT", "E零二九一五七三八")],
     [UNMASKED]),
    ("app", "debtor", "我们这边显示您近一个月在美团外卖消费了3,260元，在游戏里充值1,800元，却说没钱还？", [], [SENSITIVE]),
    ("sms", "debtor", "【闪贷】您好，您本人的身份证号码6201 0219 9208 2163 83已被列入逾期名单，请尽快还款。",
     [("CN_ID_CARD", "6201 0219 9208 2163 83")], [UNMASKED]),
    ("call", "debtor", "坐席：听说你老婆查出来乳腺结节 要做穿刺 你们家真是不容易 但是钱的事还是得说\n客户：你们能不能别提这个",
     [], [SENSITIVE]),
]

# Full names with homes, workplaces and relatives, beyond what the message needs.
FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【通达金融】苗振华先生，您在合肥市蜀山区长江西路669号安徽华信建设集团任项目经理，"
     "请珍惜工作机会，尽快处理逾期。", [("PERSON", "苗振华"), ("ADDRESS", "合肥市蜀山区长江西路669号")], [EXCESSIVE]),
    ("app", "debtor", "韩雪梅 你爸韩德顺 你妈刘桂香 住在沧州市运河区解放东路北环小区6号楼2单元 对吧",
     [("PERSON", "韩雪梅"), ("PERSON", "韩德顺"), ("PERSON", "刘桂香"), ("ADDRESS", "沧州市运河区解放东路北环小区6号楼2单元")],
     [EXCESSIVE]),
    ("sms", "debtor", "【诚信通】尊敬的伍国平先生：您的借款已逾期，请尽快还款。您的紧急联系人伍小红（手机号186****2213）"
     "如需变更请在APP修改。", [("PERSON", "伍国平"), ("PERSON", "伍小红")], []),
    ("call", "debtor", "坐席：喂 钱进 你在那个速丰中转场上夜班是吧 地址是嘉定区外冈镇恒永路200号 我们明天过去找你领导\n"
     "客户：你们别来", [("PERSON", "钱进"), ("ADDRESS", "嘉定区外冈镇恒永路200号")], [EXCESSIVE]),
    ("notice", "debtor", "致 滕云飞：\n您的配偶 段小燕（13005728164）、岳父 段文华（0351-4087236）均已知晓您的欠款情况。"
     "请于七日内还款。", [("PERSON", "滕云飞"), ("PERSON", "段小燕"), ("CN_MOBILE", "13005728164"),
     ("PERSON", "段文华"), ("CN_LANDLINE", "0351-4087236")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【瑞信】聂海军，你在济南市历下区泉城路180号齐鲁国际大厦26楼的公司我们已查明，"
     "你的老板孔祥瑞电话也有。", [("PERSON", "聂海军"), ("ADDRESS", "济南市历下区泉城路180号齐鲁国际大厦26楼"),
     ("PERSON", "孔祥瑞")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂你好 是覃志伟吗 我们是联合分期的 核实一下你的家庭情况 你老婆叫黄莉 女儿覃思思 "
     "住在南宁市青秀区民族大道136号 对吧\n客户：你们查户口啊", [("PERSON", "覃志伟"), ("PERSON", "黄莉"),
     ("PERSON", "覃思思"), ("ADDRESS", "南宁市青秀区民族大道136号")], [EXCESSIVE]),
    ("email", "debtor", "主题：还款提醒\n谷志刚先生：\n您在我司的借款本月应还2,100元，请按期还款。谢谢。\n万家分期",
     [("PERSON", "谷志刚")], []),
    ("sms", "debtor", "【国泰小贷】翟鹏飞：你在海淀区中关村大街27号中关村大厦11层上班，你爱人翟晓丽在北医三院当护士，"
     "请三天内还款。", [("PERSON", "翟鹏飞"), ("ADDRESS", "海淀区中关村大街27号中关村大厦11层"), ("PERSON", "翟晓丽")],
     [EXCESSIVE]),
    ("app", "debtor", "付建国，你住的是那个西安市雁塔区科技路48号创业广场B座1908吧，门口的外卖我们都看到了",
     [("PERSON", "付建国"), ("ADDRESS", "西安市雁塔区科技路48号创业广场B座1908")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 您好 是娄女士本人吗\n客户：是\n坐席：您好 我们是吉祥分期的 您的借款逾期了 "
     "您之前登记的紧急联系人是您的同事 娄敏 需要修改吗\n客户：不用", [("PERSON", "娄敏")], []),
    ("sms", "debtor", "【富民贷】佟立军先生，您居住地为沈阳市和平区南京南街156号3-2-1，您女儿佟佳琪在沈阳二中就读，"
     "请尽快处理欠款。", [("PERSON", "佟立军"), ("ADDRESS", "沈阳市和平区南京南街156号3-2-1"), ("PERSON", "佟佳琪")],
     [EXCESSIVE, SENSITIVE]),
    ("notice", "debtor", "上门通知\n致 栾志强：\n我司外访人员将于本周五前往您的工作单位青岛港湾物流有限公司"
     "（青岛市市北区港华路9号）及您母亲住处，望您提前安排。", [("PERSON", "栾志强"),
     ("ADDRESS", "青岛市市北区港华路9号")], [EXCESSIVE]),
    ("app", "debtor", "米雪 你哥米东 你嫂子朱琳琳 电话分别是15927746310和18520946637 要不要我们打过去问问？",
     [("PERSON", "米雪"), ("PERSON", "米东"), ("PERSON", "朱琳琳"), ("CN_MOBILE", "15927746310"),
     ("CN_MOBILE", "18520946637")], [EXCESSIVE, UNMASKED]),
    ("email", "debtor", "主题：家访安排\n符建业先生：\n我们将于12月3日拜访您位于海口市龙华区金贸西路19号椰岛花园"
     "7栋2201的住所，届时您的妻子符陈秀英和儿子符浩需在场。", [("PERSON", "符建业"),
     ("ADDRESS", "海口市龙华区金贸西路19号椰岛花园7栋2201"), ("PERSON", "符陈秀英"), ("PERSON", "符浩")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 你是那个解东升 你现在在那个郑州市金水区花园路39号的国贸中心上班吧 你们经理是不是叫苏振\n"
     "客户：你想干什么", [("PERSON", "解东升"), ("ADDRESS", "郑州市金水区花园路39号"), ("PERSON", "苏振")],
     [EXCESSIVE]),
    ("app", "debtor", "靳晓红你好 你老公靳大伟在宜昌市西陵区东山大道95号的工地干活 你欠的钱让他帮你还",
     [("PERSON", "靳晓红"), ("PERSON", "靳大伟"), ("ADDRESS", "宜昌市西陵区东山大道95号")], [EXCESSIVE]),
]

# More messages to people other than the debtor.
MORE_THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，我是瑞丰的客服，您的朋友雷鸣在我司的分期已逾期两个月，本金4,200元，请转告他。",
     [("PERSON", "雷鸣")], [DISCLOSURE]),
    ("sms", "third_party", "您好，打扰了。请您方便时转告凌志远先生给我们回电，号码0871-63317502，谢谢。",
     [("PERSON", "凌志远"), ("CN_LANDLINE", "0871-63317502")], []),
    ("app", "third_party", "【公司群】@全体成员 财务部的蒲晓静在外面欠了网贷不还，催收电话都打到公司了，大家注意",
     [("PERSON", "蒲晓静")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好 你是那个鞠小燕的房东吗\n第三方：是啊\n坐席：她欠我们钱 现在人联系不上 "
     "她是不是还住在你那个梧桐苑三栋八零二\n第三方：搬走了", [("PERSON", "鞠小燕"), ("ADDRESS", "梧桐苑三栋八零二")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "您好，这里是客户服务中心，想请您转告您的弟弟仲伟回个电话，谢谢。", [("PERSON", "仲伟")], []),
    ("sms", "third_party", "【银达】储女士，您儿子储子明借款逾期，他患有癫痫长期服药的情况我们理解，请家属协助处理。",
     [("PERSON", "储子明")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：喂 是阎宏的同事吗\n联系人：是 我们一个部门的\n坐席：他在我们这有笔借款逾期了 两万三 "
     "你让他赶紧处理一下\n联系人：这跟我说干嘛", [("PERSON", "阎宏")], [DISCLOSURE]),
    ("email", "third_party", "尊敬的物业管理处：\n贵小区业主宗立新（翠湖天地9栋1801）欠我司借款逾期，请物业协助张贴还款通知。",
     [("PERSON", "宗立新"), ("ADDRESS", "翠湖天地9栋1801")], [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "您好，我们是客服中心的工作人员，有一份文件需要转交给您的丈夫奚宏亮，请他本人联系我们。",
     [("PERSON", "奚宏亮")], []),
    ("app", "third_party", "【老同学群】大家好 我是郁文斌的债主 他借了钱跑了 手机号幺八五二零九四六六三七 谁有他消息告诉我",
     [("PERSON", "郁文斌"), ("CN_MOBILE", "幺八五二零九四六六三七")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【金信】您好，您的父亲计国庆在我司借款已逾期，他目前在县人民医院透析，家属请协助还款3,600元。",
     [("PERSON", "计国庆")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：喂 你好 请问你是甘露的朋友吗\n联系人：对\n坐席：麻烦你转告她 让她有空回个电话 "
     "就说是她之前办业务的那边找她\n联系人：好", [("PERSON", "甘露")], []),
    ("sms", "third_party", "您好，您的妹妹祝小雨用您的手机号作为联系人，她在花样分期欠款1,380元已逾期，请提醒她。",
     [("PERSON", "祝小雨")], [DISCLOSURE]),
    ("email", "third_party", "人事部您好：\n贵司员工卓志宏的工资卡6216 6149 4032 6991 024已被我司申请冻结，请知悉并转告。",
     [("PERSON", "卓志宏"), ("CN_BANK_CARD", "6216 6149 4032 6991 024")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂 您好 请问是暴玉兰的紧急联系人吗\n联系人：是 我是她婆婆\n坐席：好的 她最近刚生完孩子是吧 "
     "我们知道不方便 但是她那个欠款三千多得处理一下\n联系人：我跟她说", [("PERSON", "暴玉兰")],
     [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【融易】担保人鄂志诚先生您好：您为借款人官海生签署的担保合同约定的保证期间内，借款人未按期还款，"
     "请您依约承担保证责任。", [("PERSON", "鄂志诚"), ("PERSON", "官海生")], []),
    ("app", "third_party", "您好 请问您是冼永明的朋友吗？我们找他有点急事，能否麻烦您让他给我们回个信息", [("PERSON", "冼永明")],
     []),
    ("sms", "third_party", "【恒通】您好，您的儿子隆光明欠款未还，他身份证号是520102199704068339，住贵阳市南明区"
     "中华南路38号，请您督促。", [("PERSON", "隆光明"), ("CN_ID_CARD", "520102199704068339"),
     ("ADDRESS", "贵阳市南明区中华南路38号")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("call", "third_party", "坐席：喂 你好 是寇大伟家吗\n第三方：他不在 我是他老婆\n坐席：哦 那你让他回个电话 "
     "号码是零幺零 八四五六 两三拐幺\n第三方：行", [("PERSON", "寇大伟"), ("CN_LANDLINE", "零幺零 八四五六 两三拐幺")],
     []),
    ("notice", "third_party", "致 红星村村民委员会：\n贵村村民门振江（身份证号码150102197102153204）于2023年向我司借款"
     "20,000元至今未还，特函请贵村委会协助通知。", [("PERSON", "门振江"), ("CN_ID_CARD", "150102197102153204")],
     [DISCLOSURE, UNMASKED]),
    ("app", "third_party", "【家族群】各位亲戚，我是融信的工作人员，你们家的广立华欠款5万多不还，他老婆孩子住在"
     "东营市东营区西四路556号，大家劝劝他", [("PERSON", "广立华"), ("ADDRESS", "东营市东营区西四路556号")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【乐诚】您好，您是庾晓的联系人，请您告知她尽快登录APP处理待办事项，谢谢。",
     [("PERSON", "庾晓")], [DISCLOSURE]),
]

# Mixed voices: complaint posts quoting collectors, outsourced agents, group chats, court-style notices.
MIXED: list[PiplEntry] = [
    ("app", "debtor", "【平台消息】尊敬的用户凤美娟，您的身份证号码 330203196210139 97X 已完成实名认证。您的借款已逾期，请尽快还款。",
     [("PERSON", "凤美娟"), ("CN_ID_CARD", "330203196210139 97X")], [UNMASKED]),
    ("call", "debtor", "坐席：喂 你好 那个 我们这边是 嗯 华夏分期 你身份证是 四四幺三洞两 幺九八八 幺幺两四 六四洞九 对吧\n"
     "客户：你说的对", [("CN_ID_CARD", "四四幺三洞两 幺九八八 幺幺两四 六四洞九")], [UNMASKED]),
    ("sms", "debtor", "【金诚】你名下尾号6991的卡本月进账2.3万，还说没钱？今天必须还清3,800元。", [], [SENSITIVE]),
    ("app", "debtor", "你老娘在二院ICU躺着呢吧 要不要我们去看看她", [], [SENSITIVE]),
    ("call", "debtor", "坐席：那个你是不是在吃那个抗焦虑的药啊 上次你自己说的 情绪不稳定 那我们更得尽快把这个事解决\n"
     "客户：我不想说这个", [], [SENSITIVE]),
    ("sms", "debtor", "【信诚资产】您好，您的女儿就读的育英学校初三年级将于下周开家长会，希望届时您已处理好欠款。", [],
     [SENSITIVE]),
    ("app", "debtor", "你每周二周四晚上八点去那个清真寺旁边的武术馆接你儿子下课 路线我们都熟了", [], [SENSITIVE]),
    ("email", "debtor", "主题：资产核查结果\n上官文博先生：\n经核查，您名下有招商银行账户余额32,406元、"
     "微信零钱通11,270元、证券账户持仓约8万元。请于五日内还清欠款19,800元。", [("PERSON", "上官文博")],
     [SENSITIVE]),
    ("sms", "debtor", "【快易借】陆先生，您的血糖检测记录和体检报告我们已从合作健康APP获取，您的身体状况不影响还款能力。",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好 是尚红梅吗 我看你的资料 你老公拿的是二级肢体残疾证 "
     "你们家困难我们知道\n客户：然后呢", [("PERSON", "尚红梅")], [SENSITIVE]),
    ("app", "debtor", "小薇 你怀的是双胞胎吧 下周四去市妇幼做四维彩超 我们都知道的哦", [("PERSON", "小薇")],
     [SENSITIVE]),
    ("notice", "debtor", "催款通知\n致 夏侯明：\n据查，您于本年度在本市社区戒毒康复中心登记，现已结束康复。"
     "请于收到本通知后十日内偿还欠款。", [("PERSON", "夏侯明")], [SENSITIVE]),
    ("sms", "debtor", "【佳信】您的声纹样本已留存，下次来电系统将自动识别您的声音，请勿拒接。", [], [SENSITIVE]),
    ("app", "debtor", "这周六你是不是要去庙里做法事？我们的人会在山门口等你", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好 你那个支付宝账户 幺三九五拐两幺四三六八 绑的那张卡今天进了五千 你转哪去了\n"
     "客户：你们怎么看得到", [("CN_MOBILE", "幺三九五拐两幺四三六八")], [SENSITIVE, UNMASKED]),
    ("sms", "third_party", "【华岳分期】您好，您儿子的同学家长陶立伟在我司的借款逾期了，请您转告。", [("PERSON", "陶立伟")],
     [DISCLOSURE]),
    ("app", "third_party", "【小区业主群】8栋的业主们注意，香樟园8栋2单元1102的晏红军欠钱不还，欠款金额6万余元，见到请告诉他回电。",
     [("ADDRESS", "香樟园8栋2单元1102"), ("PERSON", "晏红军")], [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂 你是柯文的领导吧\n第三方：我是他主管\n坐席：他在我们这欠了一万八 "
     "你们公司能不能从他工资里扣\n第三方：这不合适吧", [("PERSON", "柯文")], [DISCLOSURE]),
    ("email", "third_party", "致 明德中学教务处：\n贵校教师景国梁欠我司借款本息37,200元，住址为昆明市五华区翠湖北路"
     "41号2幢401，恳请学校督促。", [("PERSON", "景国梁"), ("ADDRESS", "昆明市五华区翠湖北路41号2幢401")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "伯母您好，我是安信的，您女儿房小青在我们这贷款三万，已经半年没还了，她电话打不通。",
     [("PERSON", "房小青")], [DISCLOSURE]),
    ("call", "third_party", "催收员：喂 你是不是郝帅的兄弟 他欠了钱就跑了 你知道他现在在哪上班吗 他欠我们一万二\n"
     "第三方：不知道", [("PERSON", "郝帅")], [DISCLOSURE]),
    ("app", "third_party", "各位亲戚好 我是受贷款公司委托的律所工作人员 你们家的陈静欠款未还 本金十二万 想跟各位通报一下",
     [("PERSON", "陈静")], [DISCLOSURE]),
    ("sms", "third_party", "【恒通】您好，您的朋友骆斌手机号14758320916目前欠款逾期，请转告他及时处理。",
     [("PERSON", "骆斌"), ("CN_MOBILE", "14758320916")], [DISCLOSURE, UNMASKED]),
    ("notice", "third_party", "致 佛山市顺德区大良街道金榜社区居委会：\n辖区居民冼国荣（住大良街道金榜上街15号）"
     "欠款逾期两年，其妻子冼陈美玲电话16602183957，请居委会协助调解。", [("PERSON", "冼国荣"),
     ("ADDRESS", "大良街道金榜上街15号"), ("PERSON", "冼陈美玲"), ("CN_MOBILE", "16602183957")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("call", "third_party", "坐席：喂 您好 是雍凯的父亲吗\n联系人：是的\n坐席：他最近在医院抑郁症住院 借款的事情我们跟您说一下 "
     "欠了四千多\n联系人：我知道他住院", [("PERSON", "雍凯")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【你我借】喂 你是桑小伟的朋友吧 他在我们这借的钱逾期了 叫他回电", [("PERSON", "桑小伟")],
     [DISCLOSURE]),
    ("email", "third_party", "致 房东 蒋先生：\n您的租客季明轩（身份证 441302198811246409）拖欠我司借款，"
     "请协助提供其新的联系方式。", [("PERSON", "季明轩"), ("CN_ID_CARD", "441302198811246409")],
     [DISCLOSURE, UNMASKED]),
    ("app", "third_party", "【同乡会群】各位老乡，咱们同乡的宋金宝欠了好几家网贷，家住泉州市丰泽区刺桐路211号，"
     "他女儿宋雨桐在泉州五中读高一，大家知道就行", [("PERSON", "宋金宝"), ("ADDRESS", "泉州市丰泽区刺桐路211号"),
     ("PERSON", "宋雨桐")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【小象分期】项丽萍女士，您在南昌市东湖区八一大道357号财富广场A座上班，您丈夫项家伟在南昌大学当老师，"
     "请您珍惜名誉。", [("PERSON", "项丽萍"), ("ADDRESS", "南昌市东湖区八一大道357号财富广场A座"), ("PERSON", "项家伟")],
     [EXCESSIVE]),
    ("app", "debtor", "屠建林 你父亲屠老四 你叔叔屠长水 我们都已经联系上了 他们都知道你欠钱的事",
     [("PERSON", "屠建林"), ("PERSON", "屠老四"), ("PERSON", "屠长水")], [EXCESSIVE]),
    ("call", "debtor", "坐席：你好 那个郦建国 你在那个温州市鹿城区人民东路68号的眼镜店打工是吧 店老板叫池晓峰 "
     "我们要不要跟他聊聊\n客户：你别", [("PERSON", "郦建国"), ("ADDRESS", "温州市鹿城区人民东路68号"),
     ("PERSON", "池晓峰")], [EXCESSIVE]),
    ("email", "debtor", "主题：重要通知\n党志国：\n您的家庭成员信息：妻子 党玉芬 电话 13570028469；儿子 党小鹏 "
     "就读于西安市第八十三中学。请尽快处理欠款。", [("PERSON", "党志国"), ("PERSON", "党玉芬"), ("CN_MOBILE", "13570028469"),
     ("PERSON", "党小鹏")], [EXCESSIVE, SENSITIVE, UNMASKED]),
    ("notice", "debtor", "通知書\n致 馮家駿 先生：\n閣下住址為新界荃灣青山公路荃灣段398號愉景新城3座21樓C室，"
     "閣下之胞弟馮家豪任職於本港一間銀行。請盡快清還欠款。", [("PERSON", "馮家駿"),
     ("ADDRESS", "新界荃灣青山公路荃灣段398號愉景新城3座21樓C室"), ("PERSON", "馮家豪")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 你是那个阚志明吗 你户口本上那个地址 安徽省六安市裕安区城南镇河西村五组 我们下周去一趟\n"
     "客户：去干嘛", [("PERSON", "阚志明"), ("ADDRESS", "安徽省六安市裕安区城南镇河西村五组")], [EXCESSIVE]),
    ("sms", "debtor", "【鑫汇】公冶长青，你的身份证号码为371002197010018618，户籍地址山东省威海市环翠区"
     "统一路72号，请立即还款。", [("PERSON", "公冶长青"), ("CN_ID_CARD", "371002197010018618"),
     ("ADDRESS", "山东省威海市环翠区统一路72号")], [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "岳吉祥 你那个护照 E 7146 0293 办了去泰国的签证是吧 想跑路？", [("PERSON", "岳吉祥"),
     ("CN_PASSPORT", "E 7146 0293")], [UNMASKED]),
    ("call", "debtor", "坐席：我给你念一下你的卡号 六二二六 零九三二 六六幺六 六三零五 这是你本人的卡吧\n客户：是",
     [("CN_BANK_CARD", "六二二六 零九三二 六六幺六 六三零五")], [UNMASKED]),
    ("sms", "debtor", "【速融】温馨提示：您登记的身份证号１３０６０４１９９３０２０２０４６０与银行预留信息不一致，请更新。",
     [("CN_ID_CARD", "１３０６０４１９９３０２０２０４６０")], [UNMASKED]),
    ("app", "debtor", "您好，您的借款将于明日到期，应还金额1,040元。若有困难可申请展期，点击“我的-展期申请”。", [], []),
    ("call", "debtor", "坐席：你好 你老公在外地打工一个月往你卡上打三千 你就拿这个钱还嘛 先还一千\n客户：那是生活费",
     [], [SENSITIVE]),
    ("sms", "debtor", "【信达】尊敬的客户，您的手机号码18163395072已停机，请及时更新联系方式以免影响服务。",
     [("CN_MOBILE", "18163395072")], [UNMASKED]),
    ("app", "debtor", "你儿子每天坐7路公交车上学 在实验中学站下车 7点20到学校 对吧", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 司马健 你下午三点在那个星巴克跟人谈事 我们同事就坐你后面\n客户：你们跟踪我？",
     [("PERSON", "司马健")], [SENSITIVE]),
    ("notice", "debtor", "逾期通知\n致 韦德成：\n您的银行流水显示，您每月向一家名为“福音堂”的宗教团体捐款500元。"
     "请优先偿还欠款。", [("PERSON", "韦德成")], [SENSITIVE]),
    ("email", "debtor", "主题：还款提醒\n您好，您的账单已逾期，为避免上报征信，请尽快还款。本邮件由系统自动发送，请勿回复。",
     [], []),
]

# Noisy and obfuscated: ASR homophones and dropped characters, pinyin initials, spaced digits, emoji, old IDs.
NOISY: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 喂 听得到吗 那个 你的身份正号 是四两洞幺洞六 拐八洞六幺两 幺五三 就是老的那个十五位的\n"
     "客户：那是老身份证了", [("CN_ID_CARD", "四两洞幺洞六 拐八洞六幺两 幺五三")], [UNMASKED]),
    ("app", "debtor", "sfz：3 6 0 1 0 2 1 9 8 9 0 8 1 7 8 8 5 0 yhk也有 别躲了", [("CN_ID_CARD",
     "3 6 0 1 0 2 1 9 8 9 0 8 1 7 8 8 5 0")], [UNMASKED]),
    ("app", "debtor", "📞幺八八 0927 4451 这个号你一直不接 是不是换号了", [("CN_MOBILE", "幺八八 0927 4451")],
     [UNMASKED]),
    ("call", "debtor", "坐席：呃 这个 你那个银行咔 尾号是 幺零零五 对吧 就是工行那张\n客户：对 工行的\n坐席：好 那今天扣款",
     [], []),
    ("call", "debtor", "坐席：喂 侯先生 那个 你 你老婆那个 那个病 就是那个 尿毒症 现在 还在透吗 我们也是 也是关心一下\n"
     "客户：你们打听这个干嘛", [], [SENSITIVE]),
    ("app", "debtor", "你 le 宝 在 y 幼 中 班 😊 每 天 4 点 半 放 学 对 吧", [], [SENSITIVE]),
    ("notice", "debtor", "催收函\n致 倪建设（身份证号码：440104690925318）\n您于二〇一八年在我司的借款至今未清，请于十日内还款。",
     [("PERSON", "倪建设"), ("CN_ID_CARD", "440104690925318")], [UNMASKED]),
    ("app", "third_party", "zh 大 哥 你 弟 弟 zh 小 军 欠 我 们 钱 两 万 五 不 还 你 管 不 管 ？", [], [DISCLOSURE]),
    ("call", "debtor", "坐席：喂 是 是那个 汤 汤俊吗 我这边 嗯 东方分期 你那个 卡号 六二幺七 洞洞拐洞 幺拐四六 八幺四五 三八九 "
     "扣不了款\n客户：卡里没钱", [("PERSON", "汤俊"), ("CN_BANK_CARD", "六二幺七 洞洞拐洞 幺拐四六 八幺四五 三八九")],
     [UNMASKED]),
    ("sms", "debtor", "【鑫汇通】您好，您的借款已进入协商阶段，协商编号XS-0428，客服专员会在工作日联系您，回复TD退订。", [], []),
    ("app", "debtor", "您好，截图里的卡号和身份证号请打码后再发，我们只需要转账时间和金额。", [], []),
    ("call", "third_party", "坐席：喂 你好 你是聂 聂小兰的 那个 紧急联系人吧\n联系人：嗯\n坐席：她 她那个 在我们 安心贷 "
     "逾期了 一千八 你 你帮忙说一下\n联系人：好吧", [("PERSON", "聂小兰")], [DISCLOSURE]),
    ("sms", "debtor", "【金橙】卫东同志：您的手机号 131-2647-9035 与您爱人的号码 156 0587 2341 均为本账户联系电话，"
     "请勿同时关机。", [("PERSON", "卫东"), ("CN_MOBILE", "131-2647-9035"), ("CN_MOBILE", "156 0587 2341")],
     [EXCESSIVE, UNMASKED]),
    ("call", "debtor", "坐席：喂 是那个 嗯 邝永强吧 你家 住那个 天河 天河北路 二三三号 中信广场 那个 四十楼 是吧\n"
     "客户：那是公司", [("PERSON", "邝永强"), ("ADDRESS", "天河北路 二三三号 中信广场")], [EXCESSIVE]),
    ("app", "debtor", "提醒一下，还款日是每月18号，这个月18号是周日，系统会照常扣款。", [], []),
    ("notice", "third_party", "致 黎明花園業主委員會：\n貴苑住戶 莊偉文（黎明花園第5座18樓A室）欠本公司貸款逾期，"
     "懇請管理處協助轉達。", [("PERSON", "莊偉文"), ("ADDRESS", "黎明花園第5座18樓A室")], [DISCLOSURE, EXCESSIVE]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "G-SMS-DEBTOR": SMS_DEBTOR,
    "G-ROBOT-CALLS": ROBOT_CALLS,
    "G-ASR-CALLS": ASR_CALLS,
    "G-THIRD-PARTIES": THIRD_PARTIES,
    "G-THIRD-PARTY-CALLS": THIRD_PARTY_CALLS,
    "G-CHATS": CHATS,
    "G-LETTERS": LETTERS,
    "G-EMAILS": EMAILS,
    "G-DIALECTS": DIALECTS,
    "G-DECOYS": DECOYS,
    "G-MORE-DEBTOR": MORE_DEBTOR,
    "G-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "G-MORE-THIRD-PARTIES": MORE_THIRD_PARTIES,
    "G-MIXED-VOICES": MIXED,
    "G-NOISY-AND-OBFUSCATED": NOISY,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
