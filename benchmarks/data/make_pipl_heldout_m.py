"""Writes `pipl_heldout_m.jsonl`, the thirteenth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier
checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and
only the opening docstring, imports, constants and closing functions of `make_pipl_heldout_l.py` (for the record
format and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser,
the rule packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no
detector, scan or benchmark on these texts.

It leans on what earlier sets under-use: calls as speech-to-text output in which the agent reads a number out
over two turns, WeChat, QQ and DingTalk group chats (neighbours, classmates, workshops, parents), letters and
e-mails to employers, landlords, schools, property managers, residents' and village committees, case-transfer
sheets and work orders between agencies, screenshots pasted into chats, complaint replies, e-mails with
signatures, robot dialers' scripts, and Art. 28 information put in everyday words (a dialysis day, the seventh
month, a child's pick-up time, a canteen at noon, a parking bay, a prayer night, a wallet's balance). Voices:
lenders' SMS templates (【Lender】 signatures, 尾号1234, 张*), collectors, robots, customers, lawyers, courts;
Cantonese, Sichuanese, Henan, northeastern and Shanghainese speech, traditional characters, half-literate and
spaced-out texts, pinyin initials and emoji.

Identifiers are written every way: plain, grouped by spaces, dots or hyphens, full-width or half full-width,
read aloud (幺 洞 两 拐 勾, 零 and 一 to 九, an ID's final 叉), spaced digit by digit, 18-digit IDs (some ending in X)
and an old 15-digit one, bank cards of 16 and 19 digits, passports (E + 8 digits, read aloud too), landlines with
area codes and extensions, numbers inside URLs and after labels. A number split by a line break, by slashes, by
commas between spoken digits or over two turns or sentences has no single span: such a message carries
`pii.unmasked_identifier` but no entity for it. Decoys carry no category and no identifier entity: masked
forms, contract, order, case, loan, waybill, invoice, receipt and document numbers (some 15 digits long whose
"birth date" is no real date, one 16 digits long failing the card check), amounts, dates, timestamps and codes.
All people, numbers, addresses, links and companies are invented; identifiers are well formed and `set_format`
checks them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  court's landline, a lender's own collection account, the collector's work number (工号), a customer writing
  or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the guarantee he signed is not disclosed to; work orders and case sheets passed between
  the agencies handling the case go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, salary inflows, other cards, other platforms' loans),
  detention or drug rehabilitation. A deferral offered for an illness that is named still names it.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or account); masked forms and
400 / 95 service numbers are not entities; a surname with an honorific or a prefix (王女士, 小葛) is not a
PERSON, a given name after a kinship term or a nickname is; ADDRESS reaches down to a road and number, a
village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_m`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_m.jsonl"
ID_PREFIX = "PM"

# Entity type names, short so that the entries stay readable.
P, A = "PERSON", "ADDRESS"
ID, MOB, CARD, PP, TEL, EM = "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT", "CN_LANDLINE", "EMAIL"
PLATE = "CN_LICENSE_PLATE"

# Calls as a speech-to-text vendor exports them: no punctuation, fillers, homophones, numbers read aloud and
# sometimes spread over two turns.
ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是鑫瑞资产受恒信消费金融委托的请问是何建新先生吗\n客户：嗯是我\n"
     "坐席：好的何先生跟您核对一下您绑定的还款卡号是六二二八 四八幺幺 九五七六 二幺五三对吧\n客户：对对",
     [(P, "何建新"), (CARD, "六二二八 四八幺幺 九五七六 二幺五三")], [UNMASKED]),
    ("call", "debtor", "坐席：那个您身份证号我念一下您听对不对啊三三零幺零六幺九九七\n客户：嗯\n"
     "坐席：零八零四六七八六\n客户：对是我的", [], [UNMASKED]),
    ("call", "debtor", "坐席：呃我这边是安盛催收的工号八三零七您是罗丽娟女士本人吧\n客户：是啊什么事\n"
     "坐席：您在我们合作平台那笔账逾期四十二天了今天能处理吗\n客户：月底吧", [(P, "罗丽娟")], []),
    ("call", "debtor", "坐席：嗯就是说您留的那个备用号码幺五零 三四八九 六八四三还在用不在用\n客户：不用了早停了",
     [(MOB, "幺五零 三四八九 六八四三")], [UNMASKED]),
    ("call", "debtor", "客户：你们打错了吧我号码是幺三八二五四三二零五六\n坐席：好的先生那我核实一下您是本人吧\n"
     "客户：是本人你说", [(MOB, "幺三八二五四三二零五六")], []),
    ("call", "debtor", "坐席：喂是庞卫东吧我们查到你老婆最近在妇幼保健院建档了预产期下个月是吧那你更应该把钱安排一下\n"
     "客户：这关你什么事", [(P, "庞卫东")], [SENSITIVE]),
    ("call", "debtor", "坐席：先生您这个月那个透析的钱我们也理解但是欠款还是要还的\n客户：我一个礼拜要去三次医院哪有钱",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：那个小周啊你每天早上七点半从枫林小区门口坐二十三路去上班我们都清楚的\n客户：你们跟踪我啊",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好这里是汇达信用卡中心委外团队工号五五二幺请问是本人吗\n客户：是\n"
     "坐席：您尾号三九二八的卡本期最低还款一千二百元麻烦今天处理一下\n客户：好的我晚上还", [], []),
    ("call", "debtor", "坐席：我给你报一下收款账户你记一下啊六二幺七 零零六九\n客户：等一下等一下我拿笔\n"
     "坐席：四五五零 五八三五户名是我们公司的\n客户：好", [], []),
    ("call", "debtor", "坐席：您护照号是E幺两三四五六拐八吧我们这边显示您下周要出境\n客户：谁告诉你们的",
     [(PP, "E幺两三四五六拐八")], [SENSITIVE, UNMASKED]),
    ("call", "debtor", "坐席：呃那个骆先生你在那个捷顺物流上班是吧每天下午五点半下班我们有同事在门口等你啊\n客户：你们想干什么",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂喂听得到吗这边是那个快易借的贷后专员我姓魏\n客户：听到了\n坐席：就是您的借款到期三天了提醒一下"
     "\n客户：哦知道了明天还", [], []),
    ("call", "debtor", "坐席：您女儿叫严欣怡是吧在育才实验小学四年级三班\n客户：你别扯我女儿\n坐席：那你就赶紧还",
     [(P, "严欣怡")], [EXCESSIVE, SENSITIVE]),
    ("call", "debtor", "坐席：身份证后四位幺五四四对吧那就是本人了\n客户：对\n坐席：好的您的账单金额是三千六百八十元",
     [], []),
    ("call", "debtor", "坐席：您现在住的是不是滨江区江汉路幺八八号七幢两单元五零三\n客户：是啊\n"
     "坐席：那我们材料就寄这个地址", [(A, "滨江区江汉路幺八八号七幢两单元五零三")], []),
    ("call", "debtor", "坐席：就是说你名下还有个尾号五五零的工行卡每个月十号进一万二的工资我们这边都看得到\n客户：你们怎么查的",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：您的联系人填的是您母亲邓秀兰电话幺八幺七四八五二七三二还有您哥哥邓海波这些我们都会核实的\n客户：别找我妈",
     [(P, "邓秀兰"), (MOB, "幺八幺七四八五二七三二"), (P, "邓海波")], [EXCESSIVE, UNMASKED]),
    ("call", "debtor", "坐席：好的那我重复一下您说的新号码幺三幺 两四零五 三四四三对吧\n客户：对是这个",
     [(MOB, "幺三幺 两四零五 三四四三")], [UNMASKED]),
    ("call", "debtor", "客户：我身份证号码五幺零幺零四幺九九六零两幺幺幺五四四你查一下\n坐席：好的稍等我这边查询一下",
     [(ID, "五幺零幺零四幺九九六零两幺幺幺五四四")], []),
    ("call", "debtor", "坐席：那个你做完手术出院了吧听说是胆结石啊那身体好点了就安排还款吧\n客户：还在养",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：嗯我们是正规机构的您可以打我们客服热线零五七幺 八八三二六幺五零核实\n客户：行我打一下",
     [(TEL, "零五七幺 八八三二六幺五零")], []),
    ("call", "debtor", "坐席：您在六一三合同那个呃编号是HX两零两四零三幺五零零八七的借款\n客户：嗯\n"
     "坐席：现在逾期十一天本金两千四", [], []),
    ("call", "debtor", "坐席：喂你好韩梅吗我是那个融通资产的你上次说的你在信教每个礼拜天要去聚会那你礼拜六总有空吧\n客户：有空也没钱",
     [(P, "韩梅")], [SENSITIVE]),
    ("call", "debtor", "坐席：我说一下你的银行卡啊六二幺四 八三九九 七六零零 四九六零你确定这张能扣款吗\n客户：能",
     [(CARD, "六二幺四 八三九九 七六零零 四九六零")], [UNMASKED]),
    ("call", "debtor", "坐席：先生您听我说您母亲那边住院的事情我们也知道了在省人民医院心内科嘛\n客户：你们连这都知道",
     [], [SENSITIVE]),
]

# Lenders' and agencies' SMS templates to the debtor, as deployed (signatures, filled placeholders).
SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】尊敬的唐*华，您尾号8009的借款已逾期5天，应还1,386.20元，请于今日登录APP还款。"
     "客服95xxx。", [], []),
    ("sms", "debtor", "【鑫瑞资产】苏振宇您好，您身份证号370202198909153070名下借款已逾期，请速联系18845265887处理。",
     [(P, "苏振宇"), (ID, "370202198909153070"), (MOB, "18845265887")], [UNMASKED]),
    ("sms", "debtor", "【惠民小贷】您好，您的还款专用账户：6230 5812 1169 8558（户名：惠民小额贷款有限公司），"
     "请备注合同号HM20240315-0087。", [(CARD, "6230 5812 1169 8558")], []),
    ("sms", "debtor", "【安家分期】卢俊杰先生，您绑定的还款卡6222 0255 8415 1399今日扣款失败，请确保余额充足。",
     [(P, "卢俊杰"), (CARD, "6222 0255 8415 1399")], [UNMASKED]),
    ("sms", "debtor", "【速易贷】提醒：您的借款今天到期，应还2300元。您本月工资已于8日到账中信尾号6621，"
     "余额足够，请勿拖延。", [], [SENSITIVE]),
    ("sms", "debtor", "【安盛资产】139****8817用户，您的逾期账单已移交我司，请于3日内回电0571-86512233转8021。",
     [(TEL, "0571-86512233转8021")], []),
    ("sms", "debtor", "【融通】刘晓峰，你每天晚上九点后在星光路那家网吧，我们的人找得到你，别再躲了，今天把钱还了。",
     [(P, "刘晓峰")], [SENSITIVE]),
    ("sms", "debtor", "【宜享花】您好，您预留手机号１８６６２７５５７２５已变更，如非本人操作请致电客服。",
     [(MOB, "１８６６２７５５７２５")], [UNMASKED]),
    ("sms", "debtor", "【华夏普惠】贷后通知：您的借款合同编号202403150098761已逾期17天，罚息按日计收，请尽快还款。",
     [], []),
    ("sms", "debtor", "【众联信】冯丽华女士，获悉您近期在市第一医院妇产科产检，孕期辛苦，但欠款1.2万仍需按时处理。",
     [(P, "冯丽华")], [SENSITIVE]),
    ("sms", "debtor", "【信达催收】林宇，你儿子林子轩在滨湖小学二年级（4）班，每天下午四点放学，你自己想清楚。",
     [(P, "林宇"), (P, "林子轩")], [SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "【小鱼借】您好，系统检测到您的人脸识别照片与身份证不符，请重新上传后再申请延期。", [], []),
    ("sms", "debtor", "【诚易资产】董建伟，身份证：４２０１１１１９７０１００６９４２９，欠款８６４０元，明日前不还将上报。",
     [(P, "董建伟"), (ID, "４２０１１１１９７０１００６９４２９")], [UNMASKED]),
    ("sms", "debtor", "【万家贷】您已逾期。你爱人钱淑芬手机15253965378我们已经核实过了，请你本人尽快处理。",
     [(P, "钱淑芬"), (MOB, "15253965378")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【鑫瑞资产】您在平台的借款已逾期，您名下支付宝、微信零钱及另外两张建行卡余额我方已掌握，请勿转移。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【借呗通】黄*明您好，订单号 510104197504084 的分期已结清，感谢使用。", [], []),
    ("sms", "debtor", "【安信】曾国平：你在兴隆村三组18号的老屋，还有你在县城开的五金店，我们都了解，别逼我们上门。",
     [(P, "曾国平"), (A, "兴隆村三组18号")], [EXCESSIVE]),
    ("sms", "debtor", "【乐享分期】您好，请核对收款卡号：6217.0096.5774.4675，确认无误后回复Y。",
     [(CARD, "6217.0096.5774.4675")], [UNMASKED]),
    ("sms", "debtor", "【普信金融】您的借款将于2024-06-18 23:59:59到期，应还金额3,260.00元，请留意。", [], []),
    ("sms", "debtor", "【融易】王静，你吃的那个抗抑郁的药一个月也要几百吧，有钱买药没钱还款？",
     [(P, "王静")], [SENSITIVE]),
    ("sms", "debtor", "【速贷】您的备用联系人号码1３8２１８３１８３９无法接通，请更新。", [(MOB, "1３8２１８３１８３９")],
     [UNMASKED]),
    ("sms", "debtor", "【恒通资产】任志强先生，您工作单位为瑞丰机械厂，家住城东区和平路66号4栋2单元301，这些我们都掌握，请知悉。",
     [(P, "任志强"), (A, "城东区和平路66号4栋2单元301")], [EXCESSIVE]),
    ("sms", "debtor", "【恒信消费金融】您好，您申请的停催已受理，我司在30天内不会再联系您。", [], []),
    ("sms", "debtor", "【快还】你指纹解锁的那台手机登录记录显示你昨晚十一点在城南汽车站附近，跑是跑不掉的。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【泰和资产】尊敬的客户，您的案件编号TH-2024-031587已分配给专员，工号7735，联系电话020-38862190。",
     [(TEL, "020-38862190")], []),
    ("sms", "debtor", "【惠民】 你的身份证号是 3601 0219 9012 2507 03 ，请核对是否为本人借款。",
     [(ID, "3601 0219 9012 2507 03")], [UNMASKED]),
]

# Messages and calls to people other than the debtor: contacts, relatives, guarantors, workplaces.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【鑫瑞资产】您好，您的朋友马骏在我司借款逾期60天，欠款15,400元，请转告其尽快还款。",
     [(P, "马骏")], [DISCLOSURE]),
    ("sms", "third_party", "【安盛】您好，我们有急事联系您的亲友尹*，请让其回电0755-83327710，谢谢。",
     [(TEL, "0755-83327710")], []),
    ("sms", "third_party", "【众联信】孙建华的紧急联系人您好，孙建华身份证410105199009171768，手机18662755725已失联，请协助告知其下落。",
     [(P, "孙建华"), (P, "孙建华"), (ID, "410105199009171768"), (MOB, "18662755725")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【恒通】阿姨您好，您儿子周凯上个月在市中医院住了两周，出院后一直没还款，麻烦您劝劝他。",
     [(P, "周凯")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【信达】您作为借款人韦小兵的担保人，根据您签署的保证合同，需对其逾期欠款8,200元承担连带责任，请于本月20日前联系我们。",
     [(P, "韦小兵")], []),
    ("sms", "third_party", "【融通资产】徐老师您好，贵班学生家长邹海涛在我司欠款未还，电话13056452757，请代为转告。",
     [(P, "邹海涛"), (MOB, "13056452757")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【快易借】你好，请转告你哥江涛，他住在龙华区民治大道328号锦绣花园9栋1602，再不还钱后果自负。",
     [(P, "江涛"), (A, "龙华区民治大道328号锦绣花园9栋1602")], [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【泰和】您好，本机构有一份与您朋友相关的重要文件需要转交，麻烦告知他尽快联系我们，不便之处敬请谅解。",
     [], []),
    ("sms", "third_party", "【宜享花】您好，杜*伟留您为联系人，如您方便，请提醒他回个电话：400-xxx-xxxx。", [], []),
    ("sms", "third_party", "【万家贷】柏姐，你老公毛建军欠了我们三万多，他现在天天在医院陪他妈做化疗你知道吧，劝他早点还。",
     [(P, "毛建军")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：喂您好请问是谢文斌的家人吗\n第三方：我是他爸\n坐席：叔叔好我们是受平台委托的麻烦您让他给我们回个电话"
     "\n第三方：什么事啊\n坐席：是他本人的事情我们不方便透露您让他回电就行", [(P, "谢文斌")], []),
    ("call", "third_party", "坐席：喂是李芳吗你同事柯志明欠我们网贷两万三逾期半年了他手机号幺八九幺九八五零两两五你帮忙找找他\n"
     "第三方：我跟他不熟", [(P, "李芳"), (P, "柯志明"), (MOB, "幺八九幺九八五零两两五")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：您好这边是鑫瑞的请问您认识樊立新吗\n第三方：认识怎么了\n坐席：他留了您的电话麻烦您转告他回个电话谢谢\n"
     "第三方：好吧", [(P, "樊立新")], []),
    ("call", "third_party", "坐席：嗯你是他表妹吧那我跟你说他欠款逾期九十多天了而且他在那个康复医院做化疗你们家属都不管吗\n第三方：我不知道",
     [], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：您好请问是保证人薛红梅女士吗您为借款人提供了连带担保现在主债务逾期了需要您履行担保义务\n"
     "第三方：那我先问问他", [(P, "薛红梅")], []),
    ("call", "third_party", "坐席：喂你是他前妻吧他现在住哪里你知道吗\n第三方：不知道别打了\n坐席：好的打扰了", [], []),
    ("call", "third_party", "坐席：你是房东是吧你那个租客雷鸣在我们这借了钱一直不还他身份证号是五零零幺零七幺九七九零七零幺两三七七\n"
     "第三方：关我什么事", [(P, "雷鸣"), (ID, "五零零幺零七幺九七九零七零幺两三七七")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂你好你是白雪的妈妈吧你女儿每天下班都去那个湖滨路的健身房练到九点我们都知道的她欠的钱你们家得管一管\n"
     "第三方：你们是谁", [(P, "白雪")], [DISCLOSURE, SENSITIVE]),
    ("app", "third_party", "【通讯录好友提醒】您的好友郑浩然（手机158****1474）在本平台有一笔待还款，欢迎您提醒TA按时还款。",
     [(P, "郑浩然")], [DISCLOSURE]),
    ("email", "third_party", "发件人：legal@ruitong-am.cn\n收件人：hr@jiaxing-tex.com\n主题：关于贵司员工的协查函\n\n"
     "贵司人事部：贵司员工廖志刚（身份证号320583198411129917）在我司委托方处借款逾期，累计欠款46,580元，"
     "请协助督促其还款。\n瑞通资产管理有限公司 法务部",
     [(EM, "legal@ruitong-am.cn"), (EM, "hr@jiaxing-tex.com"), (P, "廖志刚"), (ID, "320583198411129917")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "乐乐妈妈您好，我是班里童童的家长，也是做金融的，童童爸爸欠我们公司钱的事你知道吗？",
     [(P, "乐乐"), (P, "童童"), (P, "童童")], [DISCLOSURE]),
    ("sms", "third_party", "【诚易】紧急联系人您好，借款人欧阳志远近期的还款出现问题，您有空请让他来电，号码：0731-84123688。",
     [(P, "欧阳志远"), (TEL, "0731-84123688")], [DISCLOSURE]),
    ("sms", "third_party", "你好，麻烦让司马慧回个电话，找她有事，谢谢。", [(P, "司马慧")], []),
    ("notice", "third_party", "致宏达电子有限公司：贵司员工上官飞（工号HD0317，现住高新区创业路12号员工宿舍B栋405）拖欠网贷本息合计22,600元，"
     "特函告知，请贵司于每月发薪时代为扣划。", [(P, "上官飞"), (A, "高新区创业路12号员工宿舍B栋405")],
     [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "致锦绣花园物业服务中心：业主吴宏伟（8栋2单元1101）在我司借款逾期，其妻子陈小燕电话13280359186，"
     "请物业协助通知。", [(P, "吴宏伟"), (A, "8栋2单元1101"), (P, "陈小燕"), (MOB, "13280359186")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("notice", "third_party", "致桂花社区居委会：辖区居民阮光辉，住桂花街道团结巷7号，因长期拖欠借款，其本人患有糖尿病仍拒不还款，"
     "恳请居委会调解。", [(P, "阮光辉"), (A, "桂花街道团结巷7号")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", "third_party", "致实验中学初二（5）班班主任：学生邝思琪的父亲邝国强欠我司借款逾期，请您转达家长尽快处理。",
     [(P, "邝思琪"), (P, "邝国强")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("email", "third_party", "主题：租户欠款情况告知\n\n王先生您好：您出租的天河区棠下村二社15号302房的租户皮建平，在我司有逾期借款19,300元，"
     "他同住的女朋友名叫包丽，手机16638242649。请您知悉。\n——恒远资产 贷后部",
     [(A, "天河区棠下村二社15号302房"), (P, "皮建平"), (P, "包丽"), (MOB, "16638242649")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("call", "third_party", "坐席：喂你好是这样的我是那个众联信的找一下焦阳\n第三方：他不在我是他同事\n坐席：好的那麻烦您跟他说一声"
     "让他回我电话就好了其他没什么\n第三方：行", [(P, "焦阳")], []),
    ("call", "third_party", "坐席：你是他二姨吧那你跟他说一下他那个平台的三万八再不还就要上征信了啊\n第三方：什么三万八", [],
     [DISCLOSURE]),
]

# Calls to contacts as speech-to-text output, numbers and names spread over turns.
THIRD_PARTY_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂你好是那个汪建平的联系人吧\n第三方：是啊我是他同学\n坐席：他在我们这借了一万二逾期两个月了"
     "你知道他现在电话吗我们这个幺八八四五\n第三方：嗯\n坐席：二六五八八七打不通了", [(P, "汪建平")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：你好你是牛春燕的婆婆吧她身份证号码三六零幺零二幺九九九零五零五\n第三方：你说啥\n"
     "坐席：幺三九叉这个是她本人吧她在我们这边逾期了", [(P, "牛春燕")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：呃您好请问是符家强的朋友吗\n第三方：你哪位\n坐席：我们这边是融通的有点私事找他麻烦您让他回个电话"
     "\n第三方：好", [(P, "符家强")], []),
    ("call", "third_party", "坐席：你是他公司领导吧那我跟你讲一下这个员工叫包志远他在外面欠了好多网贷他老婆孩子住在"
     "东方花园七栋二零三你们单位管不管\n第三方：这是他私事", [(P, "包志远"), (A, "东方花园七栋二零三")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂阿姨您儿子那个病现在怎么样了我们知道他在肿瘤医院化疗但他那两万块钱也该还了\n第三方：他都这样了你们还要钱",
     [], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：您好这边是恒信委托的安盛请问您是保证人吴国庆先生吗\n第三方：是\n"
     "坐席：您担保的那笔借款现在逾期了按照您签的保证合同需要您承担还款责任这边跟您协商一下", [(P, "吴国庆")], []),
    ("call", "third_party", "坐席：你好你是梅姐吧你店里那个收银员小葛她在我们这借钱没还你帮我问问她下班几点走住哪里\n第三方：我不清楚",
     [], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好请问是胡兵吗\n第三方：不是你打错了\n坐席：那您认识胡兵吗\n第三方：不认识\n坐席：好的打扰了",
     [(P, "胡兵"), (P, "胡兵")], []),
    ("call", "third_party", "坐席：叔叔您好我是鑫瑞资产的您女儿甘小雨留了您的电话她欠款的事您知道吗她每天晚上在那个夜市摆摊"
     "我们也去看过\n第三方：我不知道啊", [(P, "甘小雨")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：你好我找一下蓝天麻烦你转告他回电话就说是他朋友找\n第三方：行他回来我说",
     [(P, "蓝天")], []),
    ("call", "third_party", "坐席：喂是廖老板吗你们厂的员工习志刚欠款我们联系不上他他卡号是六二二二 零二五五 八四幺五 幺三九九"
     "你们发工资时候能不能转一部分到这\n第三方：这不行", [(P, "习志刚"), (CARD, "六二二二 零二五五 八四幺五 幺三九九")],
     [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：您好请问是邵明的爱人吗麻烦让他给我们回个电话是关于他本人的事情\n第三方：什么事\n"
     "坐席：抱歉这个需要他本人来处理", [(P, "邵明")], []),
]

# More voices: agencies overstepping with the debtor's own family and home, and ordinary compliant business.
MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【恒通】丁建国，你老婆于小红在人民路菜市场卖菜，你儿子丁浩在技校读书，一家人都好找得很。",
     [(P, "丁建国"), (P, "于小红"), (P, "丁浩")], [EXCESSIVE, SENSITIVE]),
    ("email", "debtor", "主题：最后通知\n\n宫志超先生：\n您现住北京市丰台区南三环西路16号搜宝商务中心2号楼1806，"
     "工作单位为北京瑞博科技有限公司，您父亲宫长海、母亲许桂英均已知悉此事。请于三日内还款。\n——京信资产",
     [(P, "宫志超"), (A, "北京市丰台区南三环西路16号搜宝商务中心2号楼1806"), (P, "宫长海"), (P, "许桂英")], [EXCESSIVE]),
    ("app", "debtor", "专员：许晓东，你弟弟许晓南的电话是17728982831，你妹妹许晓梅在市二医院上班，要不要我们帮你联系他们？",
     [(P, "许晓东"), (P, "许晓南"), (MOB, "17728982831"), (P, "许晓梅")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【鑫瑞】严重警告：欧阳红梅，身份证420111198112102837，现住武昌区中北路108号东湖名苑4-2-1101，工作单位武汉市某某医院。",
     [(P, "欧阳红梅"), (ID, "420111198112102837"), (A, "武昌区中北路108号东湖名苑4-2-1101")], [EXCESSIVE, UNMASKED]),
    ("notice", "debtor", "催告函\n滕俊杰：\n你的配偶苏雅琴（手机18125387008）、岳父苏振山，以及你在徐州市铜山区的房产我司均已掌握。",
     [(P, "滕俊杰"), (P, "苏雅琴"), (MOB, "18125387008"), (P, "苏振山")], [EXCESSIVE, UNMASKED, SENSITIVE]),
    ("sms", "debtor", "【快易借】慕容雪，你在尚品国际大厦18楼那家广告公司上班吧，公司电话我们也有。",
     [(P, "慕容雪")], [EXCESSIVE]),
    ("email", "debtor", "主题：还款协商\n\n卓女士您好：\n附件是我们讨论的分期方案，请确认。如有疑问可回复本邮件或致电020-38862190。\n"
     "——\n何静 | 贷后协商专员\n泰和资产管理有限公司\n广州市天河区珠江新城华夏路10号富力中心22楼\nhejing@taihe-am.com",
     [(P, "何静"), (TEL, "020-38862190"), (A, "广州市天河区珠江新城华夏路10号富力中心22楼"), (EM, "hejing@taihe-am.com")],
     []),
    ("sms", "debtor", "【融易】诸葛明，你丈母娘张桂芝住在淮海路12号，我们上周去过了。",
     [(P, "诸葛明"), (P, "张桂芝"), (A, "淮海路12号")], [EXCESSIVE]),
    ("sms", "debtor", "【万家贷】殷志刚：你在城北开的那家“志刚汽修”营业执照上是你老婆殷美华的名字，你以为我们查不到？",
     [(P, "殷志刚"), (P, "殷美华")], [EXCESSIVE]),
    ("email", "debtor", "主题：账户逾期通知\n\n尊敬的客户：\n您在我行信用卡（卡号尾号5583）已逾期32天，最低还款额1,860.00元。"
     "请尽快还款以免影响信用记录。\n某银行信用卡中心\n本邮件由系统自动发送，请勿直接回复。", [], []),
    ("app", "debtor", "专员：你们家户口本上的人我们都知道，你爸梁振华、你妈钟玉兰、你姐梁小燕，你要是不还，就一个个打。",
     [(P, "梁振华"), (P, "钟玉兰"), (P, "梁小燕")], [EXCESSIVE]),
    ("sms", "debtor", "【诚易】司徒强先生，你在香港的银行账户（汇丰）还有钱吧？我们知道你每月从那里转钱回来。",
     [(P, "司徒强")], [SENSITIVE]),
    ("notice", "debtor", "通知\n借款人欧阳建明，住所地长沙市岳麓区麓山南路932号，工作单位湖南某某大学后勤处，其妻欧阳静。"
     "本公司将依法追偿。", [(P, "欧阳建明"), (A, "长沙市岳麓区麓山南路932号"), (P, "欧阳静")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂是不是那个呃上官婉儿啊我这边是速贷的你妈妈上官秀芳电话幺三九零五八七八三三八对吧\n客户：你找我妈干嘛",
     [(P, "上官婉儿"), (P, "上官秀芳"), (MOB, "幺三九零五八七八三三八")], [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "专员：安德烈·伊万诺夫先生，您的借款已逾期，您在俄罗斯的母亲伊琳娜我们也联系得上，请尽快处理。",
     [(P, "安德烈·伊万诺夫"), (P, "伊琳娜")], [EXCESSIVE]),
    ("email", "debtor", "主题：关于您的借款\n\n Dear 马克·约翰逊先生：\n您的借款已逾期，您的护照号码E45678912我们已核实，"
     "请尽快还款。\n恒远资产", [(P, "马克·约翰逊"), (PP, "E45678912")], [UNMASKED]),
    ("sms", "debtor", "【速贷】侯建军，你家在黄花岗村三组47号，你儿子侯小斌在村小上学，你女儿侯小丽在县城打工，对吧？",
     [(P, "侯建军"), (A, "黄花岗村三组47号"), (P, "侯小斌"), (P, "侯小丽")], [EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【安信】呂志強，你同你老婆林美珍住喺沙田第一城12座18樓F室，我哋有晒資料。",
     [(P, "呂志強"), (P, "林美珍"), (A, "沙田第一城12座18樓F室")], [EXCESSIVE]),
    ("notice", "debtor", "律师函\n致：符晓东先生\n本所受恒信消费金融有限公司委托，就您与委托人之间的借款合同纠纷，函告如下：请于本函送达之日起"
     "十日内清偿欠款本息共计18,650元。\n浙江天衡律师事务所 律师 陶然\n联系电话：0571-87229000",
     [(P, "符晓东"), (P, "陶然"), (TEL, "0571-87229000")], []),
    ("sms", "debtor", "【普信】柯先生：你大舅子柯建华在区政府上班，你连襟在派出所，你不怕丢他们的脸？", [(P, "柯建华")],
     [EXCESSIVE]),
    ("app", "debtor", "专员：宁先生您好，我是普信金融的专员，您的还款已到账，本期已结清，下期还款日8月15日。", [], []),
    ("sms", "debtor", "【惠达】郭永强：你的车牌号浙A·8K273，每天停在公司地下车库B2-115，你懂的。", [(P, "郭永强"), (PLATE, "浙A·8K273")],
     [SENSITIVE]),
]

# WeChat and QQ chats and group chats, work orders and screenshots pasted into them, case transfers between
# agencies (app channel unless an agency's notice system sends them).
CHATS: list[PiplEntry] = [
    ("app", "third_party", "【微信群：阳光小区3期业主群】\n催收员小马：各位邻居好，12栋的业主戴志勇欠我们公司钱一年多了，"
     "谁知道他现在在哪上班麻烦私聊我🙏", [(P, "戴志勇")], [DISCLOSURE]),
    ("app", "third_party", "【QQ群：同学群】\n管理员：@全体成员 这是某平台发来的：卜凡，身份证61011319971020591９，欠款未还，"
     "同学们谁有他新号码", [(P, "卜凡"), (ID, "61011319971020591９")], [DISCLOSURE, UNMASKED]),
    ("app", "debtor", "客户：我新号码是13635309517以后打这个\n专员：好的已为您更新，您的账单本周五到期哦", [(MOB, "13635309517")],
     []),
    ("app", "debtor", "专员：您好，这边是您的专属贷后顾问，您尾号0703的借款还有3天到期，有问题随时找我😊", [], []),
    ("app", "third_party", "【微信群：申通快递城西网点】\n陌生人：这是你们网点的快递员邱志伟吧？他欠了我们两万，"
     "工资卡是农行6228480747866788009，你们发工资的时候留一下", [(P, "邱志伟"), (CARD, "6228480747866788009")],
     [DISCLOSURE, SENSITIVE, UNMASKED]),
    ("app", "debtor", "【截图】工单号：WO-20240611-3372\n客户姓名：柴*\n联系电话：187****8129\n逾期天数：34\n"
     "处理意见：已约定6月20日还款", [], []),
    ("app", "unknown", "【案件移交单】移交方：鑫瑞资产 接收方：安盛催收\n借款人：阎振东 身份证号：230103199501223893\n"
     "手机：17714577336 单位：哈尔滨宏运汽修 配偶：曹丽 13344904475\n欠款：31,200元",
     [(P, "阎振东"), (ID, "230103199501223893"), (MOB, "17714577336"), (P, "曹丽"), (MOB, "13344904475")],
     [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "客户：我身份证号码：４４０３０４１９８７０７０３８２４９，你们查一下是不是已经结清了\n"
     "客服：查到了，您的账户已结清，结清证明会发到您邮箱", [(ID, "４４０３０４１９８７０７０３８２４９")], []),
    ("app", "third_party", "【工作群：城南项目部】\n（转发）催收员：请问是城南项目部的群吧，你们的施工员蔡明轩，"
     "老家住在大竹县石河镇新民村5组23号，家里还有个在读初中的女儿，欠款四万一直不还", [(P, "蔡明轩"),
     (A, "大竹县石河镇新民村5组23号")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "专员：亲，咱们的还款卡是不是换了？之前那张六二二九 零八二一 七三一八 九五五六扣不到钱了",
     [(CARD, "六二二九 零八二一 七三一八 九五五六")], [UNMASKED]),
    ("app", "unknown", "【内部工单】转外访组\n债务人：夏红，女，怀孕约6个月，现住娘家（岳阳县筻口镇莲塘村四组）\n"
     "每天上午去镇卫生院打针，可在卫生院门口堵\n委托方：某消费金融", [(P, "夏红"), (A, "岳阳县筻口镇莲塘村四组")],
     [SENSITIVE]),
    ("app", "third_party", "【微信】催收员：你是郝俊的姐姐吧，加你微信是想跟你说，他在我们这借了八千，"
     "你们家里人能不能帮他还一下", [(P, "郝俊")], [DISCLOSURE]),
    ("app", "third_party", "【微信群：幸福里小区业主群】\n物业小张：各位业主好，近期有陌生人在小区内张贴私人信息，"
     "如发现请及时联系物业，电话0592-5562301。", [(TEL, "0592-5562301")], []),
    ("app", "debtor", "催收员：聂小军，你媳妇儿在县医院住院保胎，你天天在医院陪着，我们都知道，别以为不接电话就没事",
     [(P, "聂小军")], [SENSITIVE]),
    ("app", "third_party", "【QQ群：2012届高三7班】\n群成员：大家好，我受人之托，找龚晓东，他现在在深圳福田区车公庙"
     "天安数码城一栋做销售，每天晚上在岗厦地铁站C口附近吃饭，欠钱不还，谁认识联系我",
     [(P, "龚晓东")], [DISCLOSURE, SENSITIVE, EXCESSIVE]),
    ("app", "debtor", "客户：我上周已经还了，流水截图给你\n客户：【截图】交易卡号 6214 **** **** 6411 交易金额 2,000.00\n"
     "专员：收到，已为您核销", [], []),
    ("app", "unknown", "【案件交接】致接收方：附件为本批次客户档案，共87户，含姓名、身份证、户籍地址、联系人及银行流水，"
     "首户：傅志鹏 370202199710220656 城阳区流亭街道双埠社区112号", [(P, "傅志鹏"), (ID, "370202199710220656"),
     (A, "城阳区流亭街道双埠社区112号")], [EXCESSIVE, UNMASKED]),
    ("app", "debtor", "坐席小李：您好，我是恒信的贷后专员李婷，工号HX2091，您有任何疑问都可以在这里留言。",
     [(P, "李婷")], []),
    ("app", "third_party", "【微信】你好，你是柳青青的同事吧？她是不是在你们公司做财务？她工资每月多少你知道吗，"
     "她欠我们钱", [(P, "柳青青")], [DISCLOSURE]),
    ("app", "debtor", "專員：陳先生您好，您的帳單已逾期，本期應還港幣3,200元，請盡快安排。", [], []),
    ("app", "debtor", "专员：卫先生，您上次说您父亲脑梗住院，我们这边可以帮您申请三个月停息挂账，需要的话回复我。", [],
     [SENSITIVE]),
    ("app", "third_party", "【工作群：七中教师群】\n（陌生号码）：请问谁是初一（3）班邢子墨的班主任？她妈妈邢丽在我们平台欠款逾期，"
     "麻烦转告", [(P, "邢子墨"), (P, "邢丽")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "客户：我卡号6217856129757583683你们直接扣吧\n客服：好的，已为您发起代扣",
     [(CARD, "6217856129757583683")], []),
    ("app", "third_party", "【微信】催收：你好我是小贷公司的，你妹夫车海洋这几天都在哪，他每天送完孩子去幼儿园就去"
     "建材市场拉货是吧，你给他带句话", [(P, "车海洋")], [DISCLOSURE, SENSITIVE]),
]

# Work orders, screenshots and forwarded records pasted into chats and mails, and calls in which a number is
# read out over two turns.
PASTED_AND_SPLIT: list[PiplEntry] = [
    ("app", "third_party", "【微信】（转发截图）\n姓名：祝海峰 手机：15180780058 身份证：450103198502096685\n"
     "紧急联系人：祝海燕（姐）\n欠款：12,700 逾期：76天\n——你认识这个人吗？", [(P, "祝海峰"), (MOB, "15180780058"),
     (ID, "450103198502096685"), (P, "祝海燕")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", "unknown", "主题：外包案件回传\n\n附：案件明细（第3批）\n1. 巫建华 身份证 36010219990505139X 农行卡 6228481195762153"
     " 联系人 巫小红 13653700388\n请于周五前回传处置结果。\n——鑫瑞资产 案件管理部",
     [(P, "巫建华"), (ID, "36010219990505139X"), (CARD, "6228481195762153"), (P, "巫小红"), (MOB, "13653700388")],
     [EXCESSIVE, UNMASKED]),
    ("call", "debtor", "坐席：你的身份证号是不是三七零二零二幺九八五零四零八\n客户：嗯\n坐席：七四四叉\n客户：是我的",
     [], [UNMASKED]),
    ("call", "debtor", "坐席：那个你那个卡号我再跟你对一下啊六两两五 八八幺五 四九四两\n客户：嗯嗯\n坐席：三两六六您是工行卡吧",
     [], [UNMASKED]),
    ("app", "third_party", "【QQ】你好我是网贷平台的，你同学龙小虎的QQ空间说他在广州番禺大石街做电工，"
     "他欠我们钱，身份证号码是520102199102xxxx，帮忙找一下", [(P, "龙小虎")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：喂你好你是杭丽的同事吧她护照号码是E三四五六拐八九幺她是不是出国了\n第三方：我不知道",
     [(P, "杭丽"), (PP, "E三四五六拐八九幺")], [DISCLOSURE, UNMASKED, SENSITIVE]),
    ("app", "debtor", "专员：【截图】你的通讯录：老婆 18962869338、爸爸 15384173275、王总 19956873313……这些人我们都存好了",
     [(MOB, "18962869338"), (MOB, "15384173275"), (MOB, "19956873313")], [EXCESSIVE, UNMASKED]),
    ("email", "third_party", "主题：关于梁建华的信息核实\n\n您好，梁建华（护照号E90817263）在我司借款后出境，"
     "据查其目前在新加坡工作，住在裕廊东，请贵司作为其前雇主协助提供联系方式。\n——远东信用管理",
     [(P, "梁建华"), (PP, "E90817263")], [DISCLOSURE, SENSITIVE, UNMASKED]),
    ("call", "debtor", "坐席：那个你爱人电话号码我念一下看对不对幺八九六\n客户：你念她的干嘛\n坐席：二八六九三三八她也是你联系人",
     [], [EXCESSIVE, UNMASKED]),
    ("app", "third_party", "【微信群：宏达厂三车间】\n群主转：各位工友注意，车间的温德胜在好几个平台借钱不还，"
     "他平时住厂里宿舍4号楼312，他爱人在老家生病，谁借过钱给他的小心", [(P, "温德胜"), (A, "宿舍4号楼312")],
     [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【泰和】孟志红，你父亲孟庆余今天下午三点在县医院做胃镜，我们的人会在医院等你。", [(P, "孟志红"),
     (P, "孟庆余")], [EXCESSIVE, SENSITIVE]),
    ("call", "third_party", "坐席：你好是伍先生吗你哥伍国栋在我们这的三万块钱逾期了他电话一直关机你能联系上他不\n第三方：联系不上",
     [(P, "伍国栋")], [DISCLOSURE]),
    ("email", "debtor", "主题：【重要】逾期提醒\n\n尊敬的晏立新先生：\n您的借款已逾期。系统显示您名下另有招商银行、"
     "浦发银行两张信用卡均处于透支状态，额度已用尽。\n请尽快处理。\n乐享分期 贷后管理部\ncollection@lexiang-fq.cn",
     [(P, "晏立新"), (EM, "collection@lexiang-fq.cn")], [SENSITIVE]),
    ("notice", "third_party", "告知函\n致：滨海新区某某小学\n贵校五年级一班学生贝思远的父亲贝永强欠款不还，"
     "我司人员将于每周一上午在校门口与其联系。", [(P, "贝思远"), (P, "贝永强")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("call", "debtor", "坐席：喂我跟你讲你老婆在那个一中门口开的那个文具店每天早上六点半开门我们都去看过\n客户：你们别去找她",
     [], [SENSITIVE]),
    ("app", "third_party", "【微信】邻居你好，对门602的乔建民欠钱跑了，他老婆乔雅和儿子乔乐还住这，麻烦告诉他们一声。",
     [(P, "乔建民"), (P, "乔雅"), (P, "乔乐")], [DISCLOSURE, EXCESSIVE]),
    ("sms", "debtor", "【速易贷】阁下借款已逾期，您的银行卡号 ６２１７ ００３１ ６７１９ ８８７４ ９１７ 将被列入扣款名单。",
     [(CARD, "６２１７ ００３１ ６７１９ ８８７４ ９１７")], [UNMASKED]),
    ("call", "third_party", "坐席：您好我们是众联信的请问您是车建的朋友吧他那个借款的事情你知道吗他现在在老家养病\n第三方：不清楚",
     [(P, "车建")], [DISCLOSURE, SENSITIVE]),
    ("email", "unknown", "主题：债务人家庭情况补充\n\n律师您好：\n附上债务人项伟的家庭成员信息供诉讼参考：妻子项晓丽 18697983254，"
     "女儿项蕊（7岁，就读于滨江实验小学一年级）。\n——恒远资产", [(P, "项伟"), (P, "项晓丽"), (MOB, "18697983254"),
     (P, "项蕊")], [EXCESSIVE, SENSITIVE, UNMASKED]),
    ("sms", "debtor", "【惠民】伏志强，你在金沙江路1688号那家公司做保安，每天夜班，早上八点交班。", [(P, "伏志强"),
     (A, "金沙江路1688号")], [EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "专员：你女朋友苏瑶在万达广场那个奶茶店上班，她手机15043572864对吧，要不要我找她聊聊？",
     [(P, "苏瑶"), (MOB, "15043572864")], [EXCESSIVE, UNMASKED]),
    ("call", "debtor", "坐席：喂您好是虞静女士吧我这边是恒信的您的身份证号码幺三零幺零二幺九八三零五幺幺四零八九对吧\n客户：对",
     [(P, "虞静"), (ID, "幺三零幺零二幺九八三零五幺幺四零八九")], [UNMASKED]),
    ("notice", "debtor", "催收函\n欠款人：景文涛\n户籍地址：宿迁市宿城区幸福南路55号\n工作单位：宿迁市顺达运输公司\n"
     "配偶：景丽，子女：景小帅（宿城一小）\n请于7日内还款。", [(P, "景文涛"), (A, "宿迁市宿城区幸福南路55号"),
     (P, "景丽"), (P, "景小帅")], [EXCESSIVE, SENSITIVE]),
    ("app", "third_party", "【钉钉】您好，贵公司员工应雪（财务部）在我司逾期，其工资流水显示每月入账9,600元，"
     "请协助。", [(P, "应雪")], [DISCLOSURE, SENSITIVE]),
]

# Letters and e-mails: 催收函 and 律师函 to the debtor, letters to employers, landlords, schools and property
# managers, complaint replies, e-mails with signatures.
LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n钟志华先生：\n您于2023年9月向我司委托方借款人民币30,000元，截至本函发出之日已逾期126天。"
     "请于收到本函之日起七日内联系我司协商还款。\n联系电话：028-85561234\n地址：成都市锦江区红星路三段1号国际金融中心2座3801\n"
     "四川蓉信资产管理有限公司（盖章）", [(P, "钟志华"), (TEL, "028-85561234"),
     (A, "成都市锦江区红星路三段1号国际金融中心2座3801")], []),
    ("notice", "debtor", "律师函\n致：段明亮（身份证号：52010219931017229９）\n受委托人委托，就您借款逾期一事函告如下……"
     "\n北京德衡明律师事务所 律师 周楠", [(P, "段明亮"), (ID, "52010219931017229９"), (P, "周楠")], [UNMASKED]),
    ("notice", "third_party", "致华强物业管理处：\n贵处管理的翠苑小区15幢3单元602室住户龙海燕，系我司客户，"
     "其借款已逾期四个月，欠款本息合计38,650元。请贵处协助张贴本通知于单元门口。\n特此函告",
     [(A, "翠苑小区15幢3单元602室"), (P, "龙海燕")], [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "致育英幼儿园园长：\n贵园大二班幼儿田乐乐之父田家明，欠我司款项未还，每天接送孩子时间为"
     "下午4:30，特请贵园配合我司人员在接孩子时与其面谈。", [(P, "田乐乐"), (P, "田家明")],
     [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", "debtor", "还款提醒函\n尊敬的客户（证件号码：3301**********1234）：您的借款已逾期，应还金额5,680元，"
     "请于2024年7月10日前还款。异议请致电客服。\n发函日期：2024年6月28日 函件编号：HX-CS-2406-0417", [], []),
    ("notice", "third_party", "房东您好：\n您出租的碧桂园凤凰城二期17栋801房租客梁家辉（身份证440304198603136725），"
     "在我司借款逾期未还。如其退租或搬离，请第一时间告知我司。", [(A, "碧桂园凤凰城二期17栋801房"), (P, "梁家辉"),
     (ID, "440304198603136725")], [DISCLOSURE, UNMASKED, EXCESSIVE]),
    ("email", "debtor", "主题：关于您投诉的处理回复\n\n尊敬的客户您好：\n您于6月3日反映的催收人员言语不当问题，经核实属实，"
     "我司已对相关外包机构进行处罚并更换处置机构。如仍有疑问请联系投诉专线0571-87001188或邮件complaint@hengxin-cf.com。\n"
     "恒信消费金融有限公司 客户权益保护部", [(TEL, "0571-87001188"), (EM, "complaint@hengxin-cf.com")], []),
    ("email", "third_party", "主题：协助送达函\n\n龙腾科技人事部：\n贵司员工俞波（研发部，工号LT-0926）现住所为"
     "西湖区古墩路701号紫金庭园6幢1单元1202，其母俞桂香，其妻范琳琳（18073057118）。因其借款逾期，请贵司协助送达附件材料。\n"
     "——\n金石资产管理 外访组\n电话：0571-86011234\n邮箱：waifang@jinshi-am.com",
     [(P, "俞波"), (A, "西湖区古墩路701号紫金庭园6幢1单元1202"), (P, "俞桂香"), (P, "范琳琳"), (MOB, "18073057118"),
      (TEL, "0571-86011234"), (EM, "waifang@jinshi-am.com")], [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", "debtor", "主题：您的结清证明\n\n邵先生您好：\n附件为您的结清证明（贷款编号：XJ202201180056），请查收。\n"
     "祝好\n陈思雨\n贷后服务部 | 信和普惠\n电话：021-62318888-2031\nchensiyu@xinhe-ph.com",
     [(P, "陈思雨"), (TEL, "021-62318888-2031"), (EM, "chensiyu@xinhe-ph.com")], []),
    ("notice", "debtor", "催收通知书\n借款人：饶建国\n身份证号：130102198109099694\n银行卡号：6222021349392396362\n"
     "逾期金额：12,480元\n请于本月25日前归还。\n——华信资产", [(P, "饶建国"), (ID, "130102198109099694"),
     (CARD, "6222021349392396362")], [UNMASKED]),
    ("notice", "third_party", "致东湖街道新村社区居委会：\n我司客户石永福，住新村社区东三巷19号，患有尿毒症长期透析，"
     "其子石磊在县一中读高二。因其欠款逾期，恳请社区出面协调。", [(P, "石永福"), (A, "新村社区东三巷19号"),
     (P, "石磊")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", "debtor", "還款通知書\n譚志明先生：閣下於本公司之貸款已逾期三十日，尚欠港幣十二萬元整。閣下每週三晚於"
     "旺角信義會教堂參加團契，本公司職員可於該處與閣下會面。", [(P, "譚志明")], [SENSITIVE]),
    ("notice", "debtor", "告知书\n尊敬的客户：根据《个人信息保护法》，我司仅为催收目的处理您的姓名、联系方式及借款信息，"
     "不会向您的亲友、单位透露您的欠款情况。", [], []),
    ("email", "third_party", "主题：贵校学生家长欠款事宜\n\n明德小学教务处：\n贵校三年级（2）班学生苗雨萱的母亲苗慧"
     "（手机13905878338）在我司欠款未还，我司人员将于本周五下午放学时在校门口等候，请知悉。\n——捷信达外访部",
     [(P, "苗雨萱"), (P, "苗慧"), (MOB, "13905878338")], [DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED]),
    ("notice", "debtor", "法院公告（摘录）\n本院受理原告恒信消费金融有限公司诉被告借款合同纠纷一案，案号（2024）浙0106民初8812号。"
     "请于公告期满后到本院第七法庭参加庭审。地址：杭州市西湖区文二西路80号。", [(A, "杭州市西湖区文二西路80号")], []),
    ("notice", "third_party", "致瑞丰制衣厂财务科：\n贵厂员工施美凤每月工资卡为建设银行6217003469758224867，"
     "每月10日发薪约6,800元。该员工欠我司款项，请贵厂按月代扣2,000元转入我司账户。",
     [(P, "施美凤"), (CARD, "6217003469758224867")], [DISCLOSURE, SENSITIVE, UNMASKED]),
    ("email", "debtor", "Subject: 还款计划确认\n\n祁先生：\n按您电话中的要求，我们已将还款计划调整为12期，每期1,050元，"
     "首期7月5日。还款账户为我司对公账户（开户行：招商银行杭州分行，账号571908765410601）。\nBest regards\n"
     "Kevin Zhou 周凯文\nCollections Team, Yixiang Finance\nkevin.zhou@yixiang-fin.com",
     [(P, "Kevin Zhou"), (P, "周凯文"), (EM, "kevin.zhou@yixiang-fin.com")], []),
    ("notice", "third_party", "致阳光花园小区全体业主：\n本小区7栋1单元502业主贺志平（手机13872450065），欠款不还，"
     "其妻贺晓兰在小区门口开水果店。", [(A, "7栋1单元502"), (P, "贺志平"), (MOB, "13872450065"), (P, "贺晓兰")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", "third_party", "主题：函证\n\n尊敬的保证人孔德胜先生：\n您于2023年5月为借款人签署《个人保证合同》，现借款人逾期，"
     "依合同约定请您于2024年7月31日前履行保证责任，偿还欠款24,000元。\n恒远资产 法务部 0512-68830221",
     [(P, "孔德胜"), (TEL, "0512-68830221")], []),
    ("notice", "debtor", "上门拜访通知\n尊敬的客户：我司外访人员将于7月8日上午10时前往您登记地址拜访，"
     "届时将出示工作证件。如需改期请致电0371-65509988。", [(TEL, "0371-65509988")], []),
]

# Letters, e-mails and group messages about the debtor to workplaces, neighbours and landlords.
NEIGHBOURS_AND_WORK: list[PiplEntry] = [
    ("email", "third_party", "主题：员工债务协查\n\n远航物流有限公司：\n贵司司机覃立军，家住南宁市青秀区民族大道136号"
     "荣和山水美地11栋2302，妻子覃美玉在南宁二中做老师。其借款逾期180天，请贵司协助督促。\n——桂信资产",
     [(P, "覃立军"), (A, "南宁市青秀区民族大道136号荣和山水美地11栋2302"), (P, "覃美玉")], [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "致金色家园物业：贵小区业主卓永强（6号楼3单元401）与其父卓德福、其弟卓永明均为我司借款关联人，"
     "请物业配合我司上门。", [(P, "卓永强"), (A, "6号楼3单元401"), (P, "卓德福"), (P, "卓永明")],
     [DISCLOSURE, EXCESSIVE]),
    ("app", "third_party", "【微信群：锦华苑2栋邻里群】\n陌生人：大家好，2栋1704的屈丽萍欠钱不还，她老公叫屈海，"
     "在市税务局上班，大家见到她让她联系我", [(A, "2栋1704"), (P, "屈丽萍"), (P, "屈海")], [DISCLOSURE, EXCESSIVE]),
    ("email", "third_party", "主题：关于租户的情况说明\n\n刘姐：\n您好，您在白云区同和街蟾蜍石东路45号的出租屋"
     "住着的武刚，是我们公司的逾期客户，麻烦您留意一下他最近是否搬走。\n谢谢！\n小陈\n信和资产 外访专员",
     [(A, "白云区同和街蟾蜍石东路45号"), (P, "武刚")], [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "致向阳村村民委员会：\n贵村二组村民蒋志国（住向阳村二组31号），其儿子蒋小龙、儿媳刘春花，"
     "共同欠我司借款，请村委会协助通知其家人。", [(P, "蒋志国"), (A, "向阳村二组31号"), (P, "蒋小龙"), (P, "刘春花")],
     [DISCLOSURE, EXCESSIVE]),
    ("app", "third_party", "【钉钉群：销售二部】\n（外部联系人）：你们部门的经理万立华，住在华润城润府3期5栋，"
     "他前妻和两个孩子住在宝安，他欠了我们平台的钱，请同事们转告", [(P, "万立华"), (A, "华润城润府3期5栋")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "您好，您是谷建业的邻居吧？他家是幸福里小区3栋2单元201，他本人在市一建上班，欠钱的事麻烦您转告。",
     [(P, "谷建业"), (A, "幸福里小区3栋2单元201")], [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "致明辉五金店店主：贵店员工岑小峰之父岑国良、其母黄秀英已知悉其欠款一事，"
     "岑小峰在我司借款9,600元至今未还，特告知。", [(P, "岑小峰"), (P, "岑国良"), (P, "黄秀英"), (P, "岑小峰")],
     [DISCLOSURE, EXCESSIVE]),
    ("app", "third_party", "【微信】您好，您是尚文杰的房东吧，他租您房子签合同时留的紧急联系人是他姐姐尚文静，手机18525923855，"
     "麻烦您把这个转给我们，他欠我们钱。", [(P, "尚文杰"), (P, "尚文静"), (MOB, "18525923855")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("email", "third_party", "主题：关于员工欠款的第二次函告\n\n致中联建设集团人力资源部：\n贵司员工滕飞（项目部，常驻"
     "合肥市蜀山区长江西路499号项目工地），其妻滕丽丽、其子滕子豪（就读于蜀山实验小学）。该员工欠款37,800元逾期已久。\n"
     "——安信资产 外访部 电话0551-62889901", [(P, "滕飞"), (A, "合肥市蜀山区长江西路499号"), (P, "滕丽丽"), (P, "滕子豪"),
     (TEL, "0551-62889901")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", "third_party", "致幸福社区网格员：\n辖区居民甘慧敏（幸福路22号院5号楼602），其丈夫甘振华已于去年去世，"
     "其本人欠我司借款，请协助上门了解情况。", [(P, "甘慧敏"), (A, "幸福路22号院5号楼602"), (P, "甘振华")],
     [DISCLOSURE, EXCESSIVE]),
    ("app", "third_party", "【QQ群：东坡村老乡群】\n群友转发：东坡村六组的宁大勇，欠了网贷四万跑了，他婆娘在镇上卫生院当护士叫"
     "李翠，谁见到宁大勇喊他回家", [(A, "东坡村六组"), (P, "宁大勇"), (P, "李翠"), (P, "宁大勇")],
     [DISCLOSURE, EXCESSIVE]),
    ("email", "third_party", "主题：请协助联系\n\n您好，我司正在联系贵单位的文先生，方便时请转告他致电0571-86512233。谢谢。\n"
     "安盛资产 客户服务部", [(TEL, "0571-86512233")], []),
]

# Art. 28 information said the way people say it, without the textbook words.
EVERYDAY_SENSITIVE: list[PiplEntry] = [
    ("sms", "debtor", "【万家贷】汪先生，听说你每周二四六都要去肾内科报到，身体要紧，但欠款也要给个说法。", [], [SENSITIVE]),
    ("sms", "debtor", "【安信】吕女士，肚子都七个月了还天天挤地铁上班，何必呢，把钱还上安心养胎。", [], [SENSITIVE]),
    ("app", "debtor", "专员：你家小宝是在阳光幼儿园中一班吧？我们这边同事家孩子也在那。早点把账结了大家都好。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【恒通】你每天早上6点50出门，在小区北门买两个包子，然后骑车到纺织厂，这条路我们熟得很。", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：你现在是不是在那个步行街的星巴克靠窗坐着穿个白衣服\n客户：你怎么知道", [], [SENSITIVE]),
    ("sms", "debtor", "【融通】杨先生，你上个月刚装了心脏支架，我们也不想逼你，但这笔钱拖不得。", [], [SENSITIVE]),
    ("app", "debtor", "专员：您那个低保证我们看到了，每个月领六百多，我们也知道您困难，但最低还款还得还。", [], [SENSITIVE]),
    ("sms", "debtor", "【诚易】你老婆刚做完月子，娃才四十天，你不为她们想想？还款今天截止。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你爸那个阿尔茨海默现在认不认人了啊你就这样拖着\n客户：你说这干啥", [], [SENSITIVE]),
    ("sms", "debtor", "【快易借】你礼拜五晚上都在城西那家清真寺做礼拜，我们去那里找你也行。", [], [SENSITIVE]),
    ("app", "debtor", "专员：您在我们APP录的那段刷脸视频和声纹我们都存着呢，您就是本人，赖不掉的。", [], [SENSITIVE]),
    ("sms", "debtor", "【宜享花】你女儿每周六上午在少年宫学钢琴，九点开始十一点结束，对吧？", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你那个腿是截肢了还是怎么着我们这边看你残疾证都办了\n客户：嗯三级", [], [SENSITIVE]),
    ("sms", "debtor", "【鑫瑞】你在另外五个平台还欠着钱呢，借呗两万，微粒贷一万八，京东金条九千，我们都查得到。", [],
     [SENSITIVE]),
    ("app", "debtor", "专员：你现在不是在城郊那个戒毒所出来的吗，出来了就好好找个活干先还一点。", [], [SENSITIVE]),
    ("sms", "debtor", "【普信】您好，据了解您目前在市第三人民医院住院，床号12床，我们的同事会过去拜访。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：就是说您这个HIV那个药是免费领的嘛又不花钱怎么就还不上呢\n客户：你们太过分了", [],
     [SENSITIVE]),
    ("sms", "debtor", "【泰和】你每天中午12点都在医院对面那个面馆吃饭，下午两点回科室，我们等你。", [], [SENSITIVE]),
    ("app", "debtor", "专员：你微信零钱还有三千四，支付宝余额宝八千多，怎么就说没钱？", [], [SENSITIVE]),
    ("sms", "debtor", "【惠民】你儿子明年中考，在二中初三4班，家里的事别影响孩子。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你是不是在做那个试管啊我们听你同事说你最近老请假\n客户：跟你有什么关系", [], [SENSITIVE]),
    ("sms", "debtor", "【安家】你这周三到周五出差去南京住如家酒店新街口店，回来记得还钱。", [], [SENSITIVE]),
    ("app", "debtor", "专员：你上次说你有抑郁症在吃药，我们能理解，这边可以帮您申请延期，需要的话告诉我。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【众联信】你公积金账户余额四万二，每个月还有一千八进账，可以先提出来还款。", [], [SENSITIVE]),
    ("sms", "debtor", "【融易】你一周三次去城东那家健身房，晚上七点到九点，时间挺规律。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：我知道你刚流产心情不好但是你这个钱拖了三个月了\n客户：你们怎么连这个都知道", [], [SENSITIVE]),
    ("app", "debtor", "专员：您好，您申请的因病延期需要上传诊断证明，上传后1个工作日内审核。", [], []),
    ("sms", "debtor", "【惠达】您好，为保障账户安全，请通过APP完成人脸核验后再操作还款。", [], []),
    ("app", "debtor", "专员：您说的身体原因我们已经备注了，这期先不打扰您，下个月5号再跟您确认还款计划。", [], []),
]

# Robot dialers' scripts, as the recording logs and IVR transcripts print them.
ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是恒信消费金融，请问是尾号八八一七的机主本人吗？确认请按1。\n客户：（按键1）\n"
     "机器人：您的借款已逾期3天，请尽快还款，感谢接听。", [], []),
    ("call", "debtor", "机器人：您好，您在本平台的借款已逾期，您的身份证号码为，四，二，零，一，一，一，一，九，八，一，一，二，一，零，"
     "二，八，三，七，请立即处理。", [], [UNMASKED]),
    ("call", "debtor", "机器人：温馨提示，您的还款卡号为6222 0213 9489 8559 550，今日扣款失败，请存入足额资金。",
     [(CARD, "6222 0213 9489 8559 550")], [UNMASKED]),
    ("call", "debtor", "机器人：您好，我是安盛智能客服小安，您的账单已逾期，如需人工服务请按0。\n客户：（按键0）", [], []),
    ("call", "third_party", "机器人：您好，您的亲友焦*明在我平台借款已逾期，欠款金额5,200元，请转告其尽快还款。",
     [], [DISCLOSURE]),
    ("call", "third_party", "机器人：您好，您被设置为紧急联系人，请提醒机主回拨客服电话，谢谢，再见。", [], []),
    ("call", "debtor", "机器人：尊敬的客户您好，您预留的手机号幺三二九五二八九六八六将于今日停止服务提醒，请确认。",
     [(MOB, "幺三二九五二八九六八六")], [UNMASKED]),
    ("call", "debtor", "机器人：您好，系统检测到您目前位于杭州市萧山区，距离您的登记地址较远，请问是否已更换住址？", [],
     [SENSITIVE]),
    ("call", "third_party", "机器人：您好，您的同事鲍志军在我司贷款逾期，其工资卡为6230 5805 1190 7499 868，请协助催告。",
     [(P, "鲍志军"), (CARD, "6230 5805 1190 7499 868")], [DISCLOSURE, SENSITIVE, UNMASKED]),
    ("call", "debtor", "机器人：您好，这里是宜享花还款提醒，您本期账单已出，应还金额八百六十元，还款日为本月二十号。", [], []),
    ("call", "third_party", "机器人：您好，请问您认识庄*吗？如认识，请按1并告知他回电，不认识请挂机。", [], []),
    ("call", "debtor", "机器人：根据您授权的通讯录，您的配偶苗红霞电话18707308631，父亲苗长林，请您尽快还款以免打扰家人。",
     [(P, "苗红霞"), (MOB, "18707308631"), (P, "苗长林")], [EXCESSIVE, UNMASKED]),
]

# Dialect, traditional characters, half-literate texts and obfuscated ones.
DIALECTS: list[PiplEntry] = [
    ("sms", "debtor", "【信达】喂，陳家豪，你條數拖咗成三個月喇，你屋企喺荃灣德士古道88號海濱花園3座12樓B室，我哋識路㗎。",
     [(P, "陳家豪"), (A, "荃灣德士古道88號海濱花園3座12樓B室")], [EXCESSIVE]),
    ("app", "debtor", "催收：你个瓜娃子，天天晚上九点钟在春熙路那个火锅店打工，躲得脱唛？钱啥子时候还？", [], [SENSITIVE]),
    ("call", "debtor", "坐席：老妹儿啊你那个卡号俺给你念一遍啊六二二八四八八二四七五七四五七七你瞅瞅对不对\n客户：嗯呐对",
     [(CARD, "六二二八四八八二四七五七四五七七")], [UNMASKED]),
    ("sms", "debtor", "你个钱到底还不还 你屋里头老汉在县医院躺起 你就不管了嘛", [], [SENSITIVE]),
    ("app", "debtor", "催收：侬老婆阿芳上礼拜刚生好小囡，侬还勿还铜钿？", [(P, "阿芳")], [SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "欠款人你好 你的身 份 证 号 4 1 0 1 0 5 1 9 8 9 1 2 2 4 8 2 3 7 我们有 你自己看着办",
     [(ID, "4 1 0 1 0 5 1 9 8 9 1 2 2 4 8 2 3 7")], [UNMASKED]),
    ("sms", "debtor", "【泰和】鄧先生：閣下於本公司之欠款已逾期，請致電(852) 2388 6611與本公司聯絡。", [(TEL, "(852) 2388 6611")],
     []),
    ("call", "debtor", "坐席：恁在那个郑州东站边上那个工地干活俺都知道每天下午五点收工\n客户：恁想咋着", [], [SENSITIVE]),
    ("sms", "debtor", "hk你好，你的sfz号是350203199712127298，qk不还就等着吧", [(ID, "350203199712127298")], [UNMASKED]),
    ("sms", "debtor", "钱还了没 你小孩在 实 验 二 小 一 年 级 我们晓得的 自己想", [], [SENSITIVE]),
    ("app", "third_party", "催收：雷嫂，恁屋里那个雷大壮借俺们钱不还，恁给他捎个话，他手机一三九二五三三四六三二", [(P, "雷大壮"),
     (MOB, "一三九二五三三四六三二")], [DISCLOSURE, UNMASKED]),
    ("sms", "debtor", "【萬通財務】黃志偉先生：閣下之還款戶口為 6217 0096 5774 4675，本期應還港幣4,800元。",
     [(P, "黃志偉"), (CARD, "6217 0096 5774 4675")], [UNMASKED]),
    ("sms", "debtor", "你老母系唔系喺伊利沙伯醫院洗緊腎？你仲唔還錢？", [], [SENSITIVE]),
    ("app", "debtor", "催收：兄弟，你那个🏥住了一个星期了吧，心🫀的毛病可大可小，钱的事早点安排", [], [SENSITIVE]),
    ("call", "debtor", "坐席：嗯呐你那个电话号码是不是幺五五幺三九七七六六八\n客户：是嘞\n坐席：好那就对上了",
     [(MOB, "幺五五幺三九七七六六八")], [UNMASKED]),
    ("sms", "debtor", "還款提醒：閣下尾號1683之貸款已逾期五日，請儘快還款。如有疑問請致電本公司客服熱線。", [], []),
    ("app", "debtor", "专员：亲，你住的那个金 沙 湾 小 区 5 栋 还是那么难找哈，你老公周 建 军也在家吗", [(A, "金 沙 湾 小 区 5 栋"), (P, "周 建 军")],
     [EXCESSIVE]),
    ("sms", "debtor", "【融通】阿叻仔，你日日朝早八點喺大圍站搭港鐵返工，我哋都見到你。", [], [SENSITIVE]),
    ("sms", "debtor", "你欠的钱该还了吧 别等我们找到你家 村里 都 知道 你家在 下河村四组", [(A, "下河村四组")], []),
]

# Compliant texts that look risky: the debtor's own data masked, the lender's and courts' public details,
# the agent's work number, a customer's own number.
HARD_COMPLIANT: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】尊敬的客户，您尾号1234的银行卡本期应还486元，还款日6月25日。客服热线0571-28881188。",
     [(TEL, "0571-28881188")], []),
    ("sms", "debtor", "【安盛】宋*平您好，您身份证号3301**********1234名下的账单已逾期，请于3日内处理。", [], []),
    ("app", "debtor", "客户：我的卡号是6228480555119968538，你们扣吧，别再打电话了\n专员：好的，已为您登记，今晚发起扣款。",
     [(CARD, "6228480555119968538")], []),
    ("notice", "debtor", "催收函\n尊敬的客户（手机号138****5678）：您的借款已逾期15天，应还金额3,200元。"
     "请于2024年7月1日前还款。还款方式：APP或对公转账。我司地址：上海市浦东新区世纪大道100号环球金融中心48层。",
     [(A, "上海市浦东新区世纪大道100号环球金融中心48层")], []),
    ("call", "debtor", "坐席：您好我是众联信的催收员工号六六零幺受恒信委托请问您是金先生本人吗\n客户：是我\n"
     "坐席：您的账单逾期二十天了今天能还款吗\n客户：明天", [], []),
    ("call", "debtor", "客户：你记一下我老婆电话幺五二五三九六五三七八有事打她也行\n坐席：先生按规定我们只联系您本人的谢谢",
     [(MOB, "幺五二五三九六五三七八")], []),
    ("email", "debtor", "主题：减免申请受理通知\n\n尊敬的客户：\n您的减免申请（受理号JM20240618003）已受理，审批结果将在5个工作日内通知。\n"
     "如有疑问请致电400热线或回复本邮件。\n华夏普惠 客户服务中心\nservice@huaxia-ph.com",
     [(EM, "service@huaxia-ph.com")], []),
    ("notice", "debtor", "开庭通知\n本案将于2024年8月12日上午9时在广州市天河区人民法院第三法庭开庭审理，地址：广州市天河区天府路1号。",
     [(A, "广州市天河区天府路1号")], []),
    ("app", "debtor", "客户：你们别找我妈了，有事直接打我，我身份证号是 510104197504084037 你们查\n专员：好的，已记录您的要求。",
     [(ID, "510104197504084037")], []),
    ("sms", "debtor", "【宜享花】您好，您的专属客服为陈经理（工号YX1032），工作时间9:00-18:00。", [], []),
    ("call", "debtor", "坐席：您好这里是惠民小贷客服我姓郑工号两拐拐八请问您是借款人本人吗\n客户：是\n"
     "坐席：您尾号六七八六的身份证对应借款明天到期提醒您按时还款\n客户：好", [], []),
    ("sms", "debtor", "【万家贷】您的借款已逾期，请登录APP或前往我司营业网点办理：南京市鼓楼区中山北路200号。", [(A, "南京市鼓楼区中山北路200号")],
     []),
    ("email", "debtor", "主题：RE: 我已经还款了\n\n您好，您提供的转账凭证（卡号6222 **** **** 3931）已核实，本笔欠款已结清，"
     "我们将同步更新征信。\n张明远\n贷后核销组\n普信金融 | 电话 010-65889900-8012",
     [(P, "张明远"), (TEL, "010-65889900-8012")], []),
    ("app", "debtor", "客户：我住在朝阳区望京西路48号金隅国际B座1103，你们把结清证明寄过来\n专员：好的，3个工作日内寄出。",
     [(A, "朝阳区望京西路48号金隅国际B座1103")], []),
    ("call", "third_party", "坐席：您好请问是毛女士吗我这边是鑫瑞的有点事想找一下您朋友麻烦他方便的时候回个电话谢谢\n"
     "第三方：好我跟他说", [], []),
    ("notice", "debtor", "催缴函\n致：李*明（证件尾号0656）\n欠款金额：6,300元 逾期天数：45天 还款截止：2024年7月20日\n"
     "联系电话：0532-85770022 函件编号：QD-2024-1187 发函日期：2024年7月5日", [(TEL, "0532-85770022")], []),
    ("call", "debtor", "客户：我护照号E12345678我现在在国外你们看怎么还\n坐席：好的您可以通过APP境外还款功能操作",
     [(PP, "E12345678")], []),
    ("app", "debtor", "专员：您好，我是安家分期的贷后专员周晓（工号AJ2217），您可以拨打0755-86001111核实我的身份。",
     [(P, "周晓"), (TEL, "0755-86001111")], []),
    ("email", "third_party", "主题：保证责任告知\n\n吉先生：\n您作为《保证合同》（编号BZ-2023-0412）的保证人，"
     "借款人未按期还款，请您于30日内联系我司履行保证责任。\n恒通资产 法务部", [], []),
    ("call", "third_party", "坐席：您好这里是泰和资产的请问您是丁海涛的朋友吗\n第三方：不是打错了\n坐席：抱歉打扰了我们会删除这个号码",
     [(P, "丁海涛")], []),
    ("app", "debtor", "客户：我手机换号了新号是１９９３０２４９９６４\n专员：好的，已更新。", [(MOB, "１９９３０２４９９６４")], []),
    ("notice", "debtor", "结清证明\n兹证明借款人杭*伟（证件号码：3201**********5678）在我司之借款已全部结清，双方债权债务关系终止。\n"
     "恒信消费金融有限公司 2024年6月20日", [], []),
]

# Numbers that are not identifiers: no category and no identifier entity.
DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】您的合同号HX330106202406180046已生成电子签章，可在APP查看。", [], []),
    ("sms", "debtor", "【顺通快递】您的催收函件已寄出，运单号 SF1402 8867 5531 20，请注意查收。", [], []),
    ("sms", "debtor", "【普惠金融】您的借款编号 420111 19 8113 45 0021 已结清，结清证明编号JQ-2024-00981。", [], []),
    ("sms", "debtor", "【宜享花】您的还款于2024/06/18 14:32:07到账，金额1,386.20元，流水号20240618143207009981。", [],
     []),
    ("sms", "debtor", "【速贷】您的账户138****5678本期账单已出，应还金额￥2,031.50，最后还款日7月9日。", [], []),
    ("app", "debtor", "专员：您好，发票号码04400231 0012 8871已开具，电子发票已发送至您登记邮箱。", [], []),
    ("notice", "debtor", "民事调解书（2024）苏0583民调字第1357号\n当事人确认欠款金额为人民币壹万贰仟元整，分六期偿还。", [],
     []),
    ("sms", "debtor", "【融通】您的案件号 370202 20 1345 998 已登记，我司将按约定方案处理。", [], []),
    ("call", "debtor", "坐席：您的贷款编号是幺两零二四零六幺八三三零七您记一下\n客户：好的记下了", [], []),
    ("sms", "debtor", "【乐享分期】您的卡号尾号4960已解绑，如非本人操作请联系客服。", [], []),
    ("app", "debtor", "系统通知：您的身份证号3301**********1234已完成实名认证。", [], []),
    ("sms", "debtor", "【华夏普惠】订单 6228 4811 9576 2154 状态：已关闭。", [], []),
    ("call", "debtor", "坐席：您这边本金是两万三千四百五十六块加上利息一共是两万五千零八十九块六毛\n客户：这么多", [], []),
    ("sms", "debtor", "【安家分期】您的借款借据号：JJ2024061800018866，放款时间2024-06-18 10:21:33。", [], []),
    ("email", "debtor", "主题：对账单\n\n客户编号：KH0086637152\n对账期间：2024.01.01-2024.06.30\n应还合计：8,844.00元", [],
     []),
    ("sms", "debtor", "【泰和资产】您的回执编号为 510104 19 99 13 052，请妥善保管。", [], []),
    ("notice", "debtor", "文书编号：WS-330106-20240619-0032\n送达日期：2024年6月19日\n受送达人：王*", [], []),
    ("app", "debtor", "专员：您好，您手机尾号9517、身份证后四位5919，信息核对一致。", [], []),
    ("sms", "debtor", "【惠民】您的分期申请单号150119902013456已受理，预计1-3个工作日审核。", [], []),
]

# Identifiers written every way: grouped, full-width, read aloud, in URLs, after labels, split.
IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【快还】您的还款链接：https://pay.kuaihuan.cn/r?mobile=15830981474&amt=2300 请点击完成还款。",
     [(MOB, "15830981474")], [UNMASKED]),
    ("sms", "debtor", "【众联信】身份证号码：130102-19830511-4089 持有人请立即回电。", [(ID, "130102-19830511-4089")],
     [UNMASKED]),
    ("sms", "debtor", "【安信】卡号:6225 8802 8358 7872 户名：蒋*波 本期扣款失败", [(CARD, "6225 8802 8358 7872")],
     [UNMASKED]),
    ("sms", "debtor", "【恒通】您的手机号186/3418/9483已被列为重点催收号码。", [], [UNMASKED]),
    ("sms", "debtor", "【诚易】您登记的号码为135 0587\n8338，请保持畅通。", [], [UNMASKED]),
    ("app", "debtor", "专员：您的身份证号是 ６２０１０２１９９５１００７７６４４ 吧？麻烦确认一下", [(ID, "６２０１０２１９９５１００７７６４４")],
     [UNMASKED]),
    ("sms", "debtor", "【鑫瑞】收款账户：6214 8308 4546 5473 911（户名：本人），请核对后还款。", [(CARD, "6214 8308 4546 5473 911")],
     [UNMASKED]),
    ("call", "debtor", "坐席：你那个老身份证是十五位的嘛三五零二零三七零一二一八五五七我们系统里还是这个\n客户：那是老的了",
     [(ID, "三五零二零三七零一二一八五五七")], [UNMASKED]),
    ("sms", "debtor", "【泰和】您的身份证号 36010219780626362X 对应账户已逾期，请处理。", [(ID, "36010219780626362X")],
     [UNMASKED]),
    ("call", "debtor", "坐席：证件号码最后一位是叉啊三三零幺零六幺九八六零幺幺九幺九两叉对吧\n客户：对",
     [(ID, "三三零幺零六幺九八六零幺幺九幺九两叉")], [UNMASKED]),
    ("email", "debtor", "主题：护照信息核对\n\n您登记的护照号码为E87654321，有效期至2029年，请核对。\n——恒远资产",
     [(PP, "E87654321")], [UNMASKED]),
    ("sms", "debtor", "【融易】您预留的手机1 3 2 7 2 5 5 0 6 8 1已无法接通，请回电 0755-2688 1203 转 806。",
     [(TEL, "0755-2688 1203 转 806"), (MOB, "1 3 2 7 2 5 5 0 6 8 1")], [UNMASKED]),
    ("app", "debtor", "专员：您的还款卡号是\n6217 8563 9902\n8254 527\n核对无误请回复", [], [UNMASKED]),
    ("sms", "debtor", "【普信】证件号：33010619710224456X，手机：1 5 2 0 0 4 9 0 8 8 3，账户已冻结。",
     [(ID, "33010619710224456X"), (MOB, "1 5 2 0 0 4 9 0 8 8 3")], [UNMASKED]),
    ("call", "debtor", "坐席：您的卡号前面是六二二八四八零六四七六六\n客户：嗯\n坐席：后面是零零九零幺八二没错吧\n客户：对",
     [], [UNMASKED]),
    ("sms", "debtor", "【速易贷】你的手机号码是 一八七四五五五八一二九 吗？请回复确认。", [(MOB, "一八七四五五五八一二九")],
     [UNMASKED]),
    ("notice", "debtor", "欠款确认书\n借款人身份证号码：４５０１０３１９８５０２０９６６８５\n借款金额：20,000元\n请签字确认。",
     [(ID, "４５０１０３１９８５０２０９６６８５")], [UNMASKED]),
    ("sms", "debtor", "【融通】您的收款账户6228.4806.4766.0090.182已被冻结。", [(CARD, "6228.4806.4766.0090.182")],
     [UNMASKED]),
    ("app", "debtor", "专员：https://h5.xinrui-am.cn/case?id=XR20240612&idno=61011319910725306X 点这个看你的账单",
     [(ID, "61011319910725306X")], [UNMASKED]),
    ("sms", "debtor", "【惠达】您的手机号为188-4526-5887，另一号码为1３２-２８７３-６４９４。", [(MOB, "188-4526-5887"),
     (MOB, "1３２-２８７３-６４９４")], [UNMASKED]),
    ("call", "debtor", "坐席：你那个护照号码是E两三四幺八八六零吧下个月去泰国的机票我们都查到了\n客户：你们怎么知道",
     [(PP, "E两三四幺八八六零")], [SENSITIVE, UNMASKED]),
    ("sms", "debtor", "【安盛】我司联系电话：029-8832 7766转3，您的身份证后四位为7766。", [(TEL, "029-8832 7766转3")], []),
    ("app", "debtor", "专员：身份证号码是410105198912248237，手机号是15619543121，对吗？请您确认身份后我们再谈方案。",
     [(ID, "410105198912248237"), (MOB, "15619543121")], [UNMASKED]),
    ("sms", "debtor", "【诚易】您的卡6230 5802 5389 7647 400（交通银行）被设为还款卡，如需更换请联系客服。",
     [(CARD, "6230 5802 5389 7647 400")], [UNMASKED]),
    ("call", "debtor", "坐席：那我跟您确认一下号码啊一五零\n客户：嗯\n坐席：九二六七零零三四\n客户：对的", [], [UNMASKED]),
]

# Short ones in many hands: a collector's personal WeChat, half-literate texts, a complaint reply that says
# too much.
SHORT_HANDS: list[PiplEntry] = [
    ("app", "debtor", "催收员：你娃儿不是在城关二小五年级嘛 放学都是他爷爷骑三轮来接 我没说错吧", [], [SENSITIVE]),
    ("sms", "debtor", "钱 该 还 了 你 老 公 电 话 1 8 5 6 8 2 4 6 6 2 9 我 们 打 过 了", [(MOB, "1 8 5 6 8 2 4 6 6 2 9")],
     [EXCESSIVE, UNMASKED]),
    ("email", "debtor", "主题：投诉处理结果\n\n万先生：\n经调查，您投诉的外访人员确于6月5日前往您母亲万秀珍位于"
     "青山区钢都花园118街坊9号的住所，并向邻居询问您的情况。我司已责令整改。\n——恒通资产 投诉处理组",
     [(P, "万秀珍"), (A, "青山区钢都花园118街坊9号")], [EXCESSIVE]),
    ("app", "debtor", "催收员：听说你最近在月子中心住着呢 一天一千多的地方 有钱住没钱还？", [], [SENSITIVE]),
    ("sms", "debtor", "【鑫瑞】你每个月15号去银行取你爸的退休金，这事我们知道，别拿没钱当借口。", [], [SENSITIVE]),
    ("app", "third_party", "【QQ群：宝妈交流群】\n群友：姐妹们帮忙问一下，有没有认识邬小玲的，身份证352203开头，"
     "她在我们平台借钱不还，现在怀着二胎", [(P, "邬小玲")], [DISCLOSURE, SENSITIVE]),
    ("call", "debtor", "坐席：呃你那个结婚证上你老公叫计明对吧他在城投公司上班电话幺八五二五九二三八五五\n客户：你别找他",
     [(P, "计明"), (MOB, "幺八五二五九二三八五五")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【融通】你每周一三五晚上在南湖公园跳广场舞，八点准时到，我们有人见过你。", [], [SENSITIVE]),
    ("notice", "debtor", "催收函\n致：阮志刚\n你的父亲阮德明、母亲陈秀娥均是我司核实的联系人，请你知悉。",
     [(P, "阮志刚"), (P, "阮德明"), (P, "陈秀娥")], [EXCESSIVE]),
    ("app", "debtor", "专员：您住院那几天我们没打扰您，现在您出院回到家了，身体也恢复得差不多了吧，我们谈谈还款？", [],
     [SENSITIVE]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "M-ASR-CALLS": ASR_CALLS,
    "M-SMS-DEBTOR": SMS_DEBTOR,
    "M-THIRD-PARTIES": THIRD_PARTIES,
    "M-THIRD-PARTY-CALLS": THIRD_PARTY_CALLS,
    "M-CHATS": CHATS,
    "M-PASTED-AND-SPLIT": PASTED_AND_SPLIT,
    "M-LETTERS": LETTERS,
    "M-NEIGHBOURS-AND-WORK": NEIGHBOURS_AND_WORK,
    "M-EVERYDAY-SENSITIVE": EVERYDAY_SENSITIVE,
    "M-ROBOT-CALLS": ROBOT_CALLS,
    "M-DIALECTS": DIALECTS,
    "M-HARD-COMPLIANT": HARD_COMPLIANT,
    "M-DECOYS": DECOYS,
    "M-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "M-MORE-VOICES": MORE_VOICES,
    "M-SHORT-HANDS": SHORT_HANDS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
