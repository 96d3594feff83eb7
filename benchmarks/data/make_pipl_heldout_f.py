"""Writes `pipl_heldout_f.jsonl`, the sixth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the notes in `/work/shared/reference/`, the shared
record helpers in `set_format.py`, `audit/vocabulary.py`, and only the opening docstring and the closing
functions of `make_pipl_heldout_e.py` (for the output format and its labelling conventions, which this set
keeps); it did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the
training data, the tests (other than the set test it adds) or any other set, and ran no detector, scan or
benchmark on these texts. Every entry is its own text, written from how Chinese lenders, agencies, robot
callers and collectors write and speak: deployed SMS templates with placeholders filled, robot call scripts
with keypad answers, human calls as speech-to-text output (no punctuation, fillers, misheard words), WeChat
and app chats, 催收函 / 律师函 / 告知函, e-mail, complaint posts quoting collectors, dialect (Cantonese,
Sichuanese, northeastern, Shanghainese) and traditional characters.
Identifiers come in many forms: plain, grouped by spaces, dots or dashes, full-width or mixed-width digits,
digits read aloud (幺 洞 两 拐 勾, or 零 一 二), mixed spoken and written digits; decoys are masked forms
(138****5678, 尾号1234, 身份证后四位), contract, order, waybill, case and letter numbers of ID-like length,
and institutions' own numbers. All people, numbers, addresses, plates and companies are invented; 18-digit
IDs carry valid check characters, 15-digit old IDs real months, bank cards pass Luhn, USCCs carry their
check character, and the script checks the first three before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; wording and conduct categories are
not labelled; a text whose label the writer was unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (18 digits or an old 15-digit one), bank card number, mobile
  number or passport number of a person, in the sender's or agent's words, in any written or spoken form.
  Not: masked forms, the last digits alone, a lender's landline, contract, order, waybill and case numbers,
  licence plates, USCCs and e-mail addresses (entities, not identifiers here), a customer reading out their
  own number in a call.
- `pii.third_party_disclosure`: the recipient is someone other than the debtor (relative, contact person,
  colleague, employer, landlord, village committee) and the text reveals the debt (amount, overdue status,
  the lender or its product) or the debtor's personal data. A call-back request that names neither the debt
  nor the lender is compliant; a message whose recipient is unknown is not labelled so.
- `pii.sensitive` (PIPL Art. 28): the health or treatment of the debtor or relatives (illness by name,
  operation, hospital department, mental health, pregnancy and childbirth), disability and other specific
  identities, religion, a criminal record, a minor's name, school or class, whereabouts at a given time and
  daily routine, and financial account details beyond what the message needs (balances, other cards and
  accounts, salary inflows, transfers and spending). Not: the repayment card by its last digits, the debt
  itself, a hospital or school that only locates an address, 健康 / 平安 in a product's name.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. A full name alone, the agent's own name, the lender's office
  address, or the contact person the debtor registered, named back to the debtor so that they can change
  it, are not excessive.
A customer's own words in a call are never labelled; they still carry entities.
Entities (contract 4a): every string of its type, whoever it belongs to (the agent, a lender's landline or
USCC), exact span, digits read aloud or full-width included; masked forms (张*, 138****5678) and 400 / 95
service numbers are not entities. PERSON is a name a person is called by: full names of two to four
characters, compound surnames, foreign names in characters, given names and nicknames (丽丽, 小王, 老陈); a
surname with an honorific or title (王女士, 陈总, 李老师) is not one. ADDRESS reaches down to a road and
number, a village group, or a compound's building; districts, schools, hospitals or malls alone are not
addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_f`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_f.jsonl"
ID_PREFIX = "PF"

# Lenders' and agencies' SMS to the debtor, placeholders filled as deployed.
SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【恒信消费金融】尊敬的张*先生，您尾号6628的手机所绑定借款已逾期12天，应还3,215.40元，请于今日"
     "通过APP“还款”入口处理。退订回T", [], []),
    ("sms", "debtor", "【快易花】刘*女士您好，您的借款合同HX20240513008812已逾期，请尽快还款。如有疑问请致电021-3327 "
     "9046。拒收请回复R", [("CN_LANDLINE", "021-3327 9046")], []),
    ("sms", "debtor", "【融达资产】陈*华：您身份证号33010620010425132X名下的分期账单已逾期45天，欠款8,830元，请联系"
     "0571-87226519协商。", [("CN_ID_CARD", "33010620010425132X"), ("CN_LANDLINE", "0571-87226519")],
     [UNMASKED]),
    ("sms", "debtor", "【安心借】尊敬的用户，您3月2日在市一医院肿瘤科办理的住院费用分期尚有2,400元未还，请按时还款，"
     "以免影响信用。", [], [SENSITIVE]),
    ("sms", "debtor", "【鑫e贷】王*先生，系统显示您的还款卡6228480807370283820扣款失败，请于18:00前存入1,560元。",
     [("CN_BANK_CARD", "6228480807370283820")], [UNMASKED]),
    ("sms", "debtor", "【鑫e贷】王*先生，您尾号3820的还款卡今日扣款失败，请于18:00前存入1,560元。退订回T", [], []),
    ("sms", "debtor", "【小赢分期】李*，经核实您工资卡（工行尾号4105）本月10日到账工资8,620元，当日即转出7,900元，"
     "现余额31.6元。请优先归还逾期款项。", [], [SENSITIVE]),
    ("sms", "debtor", "【嘉禾金服】赵明宇先生，您住址成都市武侯区科华北路62号力宝大厦B座1507室，工作单位四川蓉锦物流"
     "有限公司，您的借款已逾期60天，请立即处理。",
     [("PERSON", "赵明宇"), ("ADDRESS", "成都市武侯区科华北路62号力宝大厦B座1507室")], [EXCESSIVE]),
    ("sms", "debtor", "【及时雨】尊敬的客户，您预留手机18657123094的账户有一笔2,000元借款今日到期，请保持余额充足。",
     [("CN_MOBILE", "18657123094")], [UNMASKED]),
    ("sms", "debtor", "【及时雨】尊敬的客户，您预留手机186****3094的账户有一笔2,000元借款今日到期，请保持余额充足。",
     [], []),
    ("sms", "debtor", "【维信】尊敬的孙*女士：您登记的身份证号５１０１０４１９９８１１０４７３４Ｘ对应账单已逾期，请及时"
     "还款。", [("CN_ID_CARD", "５１０１０４１９９８１１０４７３４Ｘ")], [UNMASKED]),
    ("sms", "debtor", "【招联】周*女士，您来电称已怀孕七个月、在妇幼保健院产科建档，我司已为您登记延期还款至6月30日，"
     "请知悉。", [], [SENSITIVE]),
    ("sms", "debtor", "【速融】黄*先生，您女儿在光明小学三年级二班读书，家长要以身作则，请尽快处理欠款。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【平安普惠】尊敬的客户，您的“健康e贷”账单已出，本期应还656.20元，到期日12月8日。", [], []),
    ("sms", "debtor", "【华信银行信用卡】您可携带身份证到我行网点办理分期：杭州市上城区解放路178号（浙大二院对面）。"
     "咨询0571-8723 6600", [("ADDRESS", "杭州市上城区解放路178号"), ("CN_LANDLINE", "0571-8723 6600")], []),
    ("sms", "debtor", "【易贷通】马*先生，我们知道您每周五中午去清真寺做礼拜，周五下午请顺路来公司把欠款结清。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【信诚】吴*先生，据了解您2019年曾因盗窃被判刑一年，本司提醒您珍惜信用，按时还款。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【好借】郑*女士，您家属反馈您正在安定医院接受抑郁症治疗，请家属代为处理账单。", [], [SENSITIVE]),
    ("sms", "debtor", "【来分期】钱*先生，鉴于您持有肢体二级残疾证，可申请困难客户减免，请回复1了解详情。", [],
     [SENSITIVE]),
    ("sms", "debtor", "【来分期】钱*先生，您可申请困难客户减免，请回复1了解详情，或拨打官方热线4008-826-600。", [], []),
    ("sms", "debtor", "【度小满】尊敬的客户，您尾号0283的借记卡余额不足，本期1,032.55元自动扣款未成功，请于今日22点前"
     "存入。", [], []),
    ("sms", "debtor", "【中邦资产】贺*先生，您名下另有建行卡6217000646001304116、农行卡6228482646861642526，余额合计"
     "4.2万元，请立即还款，否则我司将申请冻结。",
     [("CN_BANK_CARD", "6217000646001304116"), ("CN_BANK_CARD", "6228482646861642526")], [UNMASKED, SENSITIVE]),
    ("sms", "debtor", "【佰仟金融】尊敬的客户，您的车贷第18期未还，车辆浙A·7K3Q2已列入GPS重点关注名单，请今日还款。",
     [("CN_LICENSE_PLATE", "浙A·7K3Q2")], []),
    ("sms", "debtor", "【佰仟金融】唐*先生，系统定位显示您昨晚23点在宁波北仑区新碶街道一带，车辆浙A·7K3Q2停在酒吧"
     "门口，请尽快处理逾期。", [("CN_LICENSE_PLATE", "浙A·7K3Q2")], [SENSITIVE]),
    ("sms", "debtor", "【宜信普泽】尊敬的罗*先生，您的护照号E58213307已在我司备案，逾期期间出境可能影响后续协商，"
     "请知悉。", [("CN_PASSPORT", "E58213307")], [UNMASKED]),
    ("sms", "debtor", "【众安小贷】许*女士，您登记的紧急联系人为许建平（父亲），如需变更请在APP“我的-联系人”中修改。",
     [("PERSON", "许建平")], []),
    ("sms", "debtor", "【众安小贷】许*女士，您父亲许建平（手机13905716628）、母亲金彩凤均已被列为联系人，请尽快还款"
     "免得打扰家人。", [("PERSON", "许建平"), ("CN_MOBILE", "13905716628"), ("PERSON", "金彩凤")],
     [UNMASKED, EXCESSIVE]),
    ("sms", "debtor", "【捷信】冯*先生：您在浙江大学医学院附属邵逸夫医院附近登记的住址无法投递信函，请回复新地址。",
     [], []),
    ("sms", "debtor", "【京东金融】尊敬的用户，订单号JD2411087735012964对应白条分期已逾期2天，请及时还款。回复TD退订",
     [], []),
    ("sms", "debtor", "【马上消费】蒋*先生，您身份证后四位0944，名下借款逾期30天，请尽快处理。", [], []),
    ("sms", "debtor", "【马上消费】蒋*先生，您身份证号450102197408010944名下借款逾期30天，请尽快处理。",
     [("CN_ID_CARD", "450102197408010944")], [UNMASKED]),
    ("sms", "debtor", "【玖富】邓*女士，您8月以来在美容院、KTV消费共计2.3万元，却拖欠我司1,800元，请自重并尽快还款。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【玖富】邓*女士，您拖欠我司1,800元已逾期20天，请于本周五前还清，如有困难可申请分期。", [], []),
    ("sms", "debtor", "【华融普银】欧阳*先生，您于11月3日14:20在深圳北站乘G1012次列车离深，请勿躲避，尽快联系我司。",
     [], [SENSITIVE]),
    ("sms", "debtor", "【乐信】胡*，本期应还3,060元，还款账号：6222 0237 0382 6538 452（您本人储蓄卡），请确保余额充足。",
     [("CN_BANK_CARD", "6222 0237 0382 6538 452")], [UNMASKED]),
    ("sms", "debtor", "【乐信】胡*，本期应还3,060元，将从您尾号8452的储蓄卡扣款，请确保余额充足。", [], []),
    ("sms", "debtor", "【小象优品】高*先生，您爱人田小芳在县人民医院做了剖腹产，恭喜添丁，也请记得本月账单。",
     [("PERSON", "田小芳")], [SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "【兴业消费金融】叶*女士，您在苏州市吴中区木渎镇金山路12号金枫苑7幢2单元的住所已登记为送达地址，"
     "法律文书将寄往该地址。", [("ADDRESS", "苏州市吴中区木渎镇金山路12号金枫苑7幢2单元")], []),
    ("sms", "debtor", "【兴业消费金融】叶婉清女士（苏州市吴中区木渎镇金山路12号金枫苑7幢2单元，任职于苏州华晟精密"
     "机械有限公司财务部）：您的借款已逾期，请于3日内还款。",
     [("PERSON", "叶婉清"), ("ADDRESS", "苏州市吴中区木渎镇金山路12号金枫苑7幢2单元")], [EXCESSIVE]),
]


# Robot calls: the script as the dialler logs it, keypad answers as the customer's turns.
ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，请问是身份证号码330106199310189541的机主本人吗？是请按1。\n客户：1\n坐席：您在本平台"
     "的借款已逾期，请尽快处理。", [("CN_ID_CARD", "330106199310189541")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是快易花回访专线，为核实身份，请输入您身份证号码后四位，以井号键结束。\n客户：（按键"
     "5303#）\n坐席：验证成功，您本期应还1,120元。", [], []),
    ("call", "unknown", "坐席：您好，这里是小赢卡贷提醒服务，您尾号四一零五的储蓄卡今日扣款失败，请留意。重听请按星号键。",
     [], []),
    ("call", "debtor", "坐席：尊敬的客户，您的还款卡号为六二二五 八八幺七 八八三六 五五洞九，本期扣款失败，请存入足额"
     "资金。", [("CN_BANK_CARD", "六二二五 八八幺七 八八三六 五五洞九")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，您的借款已逾期，系统检测到您绑定的另一张工行卡余额充足，约一万二千元，请授权我们划扣，"
     "同意请按1。", [], [SENSITIVE]),
    ("call", "third_party", "坐席：您好，您是高*先生的紧急联系人，高*先生在马上消费的借款已逾期九十天，欠款两万三千元，请您转告"
     "他尽快还款。转告请按1。", [], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好，这里有一条给高*先生的重要信息，麻烦您转告他回电零二八 八六五幺 两两拐四，谢谢。",
     [("CN_LANDLINE", "零二八 八六五幺 两两拐四")], []),
    ("call", "debtor", "坐席：您好，这里是捷信智能语音。您登记的手机号是幺五八 两幺九洞 四四拐六吗？是请按1，修改请按2。",
     [("CN_MOBILE", "幺五八 两幺九洞 四四拐六")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是捷信智能语音。您登记的手机尾号是四四七六吗？是请按1，修改请按2。", [], []),
    ("call", "debtor", "坐席：您好，温馨提醒，您的孩子所在的实验二小四年级一班家长群我们也可以联系到，请尽快还款。", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：您好，根据您授权的通话记录，您每天早上七点半送孩子上学、晚上九点到家，请在这些时间接听我们的"
     "电话。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好，这是一通还款提醒。您的合同编号为洞四一八两幺三三七，本期应还两千一百元。按1转人工。",
     [], []),
    ("call", "third_party", "坐席：您好，我们是中邦资产，受托处理欧阳志远的欠款，他的身份证是440305198602185505，您是他同事，"
     "请您提醒他。", [("PERSON", "欧阳志远"), ("CN_ID_CARD", "440305198602185505")], [UNMASKED, DISCLOSURE]),
]

# Human calls as speech-to-text output: no punctuation, fillers, misheard words.
ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好我是融达的小刘啊就是你那个身份证号码我给你念一下三三零一零六二零零一零四二五幺三两"
     "x对吧\n客户：对是我", [("PERSON", "小刘"), ("CN_ID_CARD", "三三零一零六二零零一零四二五幺三两x")], [UNMASKED]),
    ("call", "debtor", "坐席：那个我跟你核对一下啊你的卡号是六二幺四 八三七七 六四七二 五八七七 幺八八对吧今天扣不到钱"
     "\n客户：嗯是那张卡", [("CN_BANK_CARD", "六二幺四 八三七七 六四七二 五八七七 幺八八")], [UNMASKED]),
    ("call", "debtor", "坐席：喂您好是王先生吗\n客户：是我你哪位\n坐席：我这边是鑫易贷的就是您尾号三八二零的卡扣款没成功"
     "麻烦您存一下", [], []),
    ("call", "debtor", "客户：我手机号换了你们记一下幺三三 幺六六八 洞两四拐\n坐席：好的幺三三幺六六八洞两四拐我这边给您"
     "备注了", [("CN_MOBILE", "幺三三 幺六六八 洞两四拐"), ("CN_MOBILE", "幺三三幺六六八洞两四拐")], [UNMASKED]),
    ("call", "debtor", "客户：我新号码是一八九八二零一三三六五你们以后打这个\n坐席：好的收到给您改过来了", [
        ("CN_MOBILE", "一八九八二零一三三六五")], []),
    ("call", "debtor", "坐席：喂李姐啊我小王那个你上次说你老公住院了是在省人民医院心内科做支架是吧那这个月的款\n客户：对"
     "还在住着呢", [("PERSON", "小王")], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好你这个账单啊已经逾期四十天了嗯就是那个你在那个华西医院附近那套房子不是还在你名下嘛"
     "你可以考虑一下\n客户：我想想", [], []),
    ("call", "debtor", "坐席：你好那个我们查到你老婆丽丽在城南幼儿园上班你儿子浩浩也在那个园大班对吧你这个钱拖着不好"
     "看嘛\n客户：你们想干嘛", [("PERSON", "丽丽"), ("PERSON", "浩浩")], [SENSITIVE, EXCESSIVE]),
    ("call", "debtor", "坐席：喂陈先生你好你昨天晚上十点多是不是在万达那个电影院我同事看到你了有钱看电影没钱还款啊\n"
     "客户：关你什么事", [], [SENSITIVE]),
    ("call", "debtor", "坐席：那个我看你银行流水啊每个月十五号公司打进来一万零五百然后你十六号就转到你老婆那张卡上去了"
     "是吧\n客户：你怎么知道的", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好我是佰仟的老陈啊你那个车贷的事你那个车浙A七K三Q二我们现在定位在你公司楼下\n客户：你"
     "别乱来啊", [("PERSON", "老陈"), ("CN_LICENSE_PLATE", "浙A七K三Q二")], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好你是不是信那个基督的每个礼拜天上午在那个福音堂你们信教的人不是讲诚信嘛\n客户：这跟"
     "欠款有什么关系", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂兄弟我跟你讲你那个精神科的病历我们这边都有的你别跟我装疯卖傻\n客户：你们凭什么看我"
     "病历", [], [SENSITIVE]),
    ("call", "debtor", "坐席：嗯那个我这边核实一下你是不是住在那个武侯区科华北路六十二号力宝大厦B座幺五洞七\n客户：是的",
     [("ADDRESS", "武侯区科华北路六十二号力宝大厦B座幺五洞七")], []),
    ("call", "debtor", "坐席：喂刘强你好你现在是不是还在杭州萧山那个顺丰分拣中心上夜班啊你住在那个宁围街道利华村三组"
     "十五号对吧\n客户：你到底是谁", [("PERSON", "刘强"), ("ADDRESS", "宁围街道利华村三组十五号")],
     [SENSITIVE, EXCESSIVE]),
    ("call", "debtor", "坐席：你好我是中邦资产的孟晓东工号二一零八受平安普惠委托跟您联系您的借款逾期了想跟您商量还款计划"
     "\n客户：行你说", [("PERSON", "孟晓东")], []),
    ("call", "debtor", "坐席：那个你的身份证是不是四二零幺幺幺幺九八幺幺两幺六四拐拐幺你自己看对不对\n客户：嗯",
     [("CN_ID_CARD", "四二零幺幺幺幺九八幺幺两幺六四拐拐幺")], [UNMASKED]),
    ("call", "debtor", "坐席：喂你好您这个借款合同号是HT两零两四洞五幺三洞洞八八幺二您记一下\n客户：好", [], []),
    ("call", "debtor", "坐席：我跟你讲你那个老身份证十五位的幺三零幺零四七四幺零零八六九四我们系统里都有的\n客户：那是"
     "老证了", [("CN_ID_CARD", "幺三零幺零四七四幺零零八六九四")], [UNMASKED]),
    ("call", "debtor", "坐席：喂你好是吴先生吗你以前那个案底的事情我们都查到了啊判过一年的嘛你现在不还钱是想再进去吗\n"
     "客户：你胡说", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好就是你家小孩是叫那个黄梓萱吧在光明小学三年级二班我们也是为你好\n客户：你们别碰我"
     "女儿", [("PERSON", "黄梓萱")], [SENSITIVE, EXCESSIVE]),
    ("call", "debtor", "客户：我现在在医院化疗没法上班真的没钱\n坐席：理解您的情况我这边给您申请停催三个月您先安心治疗",
     [], []),
    ("call", "debtor", "坐席：喂嗯你上次不是说你在那个肿瘤医院化疗嘛化疗归化疗钱还是要还的嘛你那个乳腺癌医保能报多少"
     "\n客户：你能不能有点人性", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你好你护照号码是E七幺洞四六五九二吧我们查到你下个月要出国旅游\n客户：谁告诉你的",
     [("CN_PASSPORT", "E七幺洞四六五九二")], [UNMASKED, SENSITIVE]),
    ("call", "debtor", "坐席：那个你把你的银行卡号报一下我登记个还款账户\n客户：六二二八 四八五六 八八五五 七六五七\n"
     "坐席：好的收到", [("CN_BANK_CARD", "六二二八 四八五六 八八五五 七六五七")], []),
    ("call", "debtor", "坐席：喂你好那个刚才你报的卡号我再复述一遍六二二八四八五六八八五五七六五七对吧\n客户：对",
     [("CN_BANK_CARD", "六二二八四八五六八八五五七六五七")], [UNMASKED]),
    ("call", "debtor", "坐席：你好嗯我是那个捷信的你那个残疾证是几级啊你是听力残疾是吧那你能不能让你家里人来接电话\n"
     "客户：我能听见", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好你每天下午五点半从那个软件园三期下班坐地铁二号线回家对吧我们都清楚\n客户：你们跟踪"
     "我", [], [SENSITIVE]),
]


# App notices and WeChat-style chats with the debtor.
CHATS: list[PiplEntry] = [
    ("app", "debtor", "兄弟，我是负责你账单的小何，你那个身份证号我再发你一遍 52010219900707301X，自己好好想想要不要还",
     [("PERSON", "小何"), ("CN_ID_CARD", "52010219900707301X")], [UNMASKED]),
    ("app", "debtor", "亲，方便的话今天先还一部分哦～剩余的可以申请分3期，有问题随时找我，我是客服丹丹😊",
     [("PERSON", "丹丹")], []),
    ("app", "debtor", "你手机号 159.9931.0467 对吧？别装看不见，微信也是这个号加的你", [("CN_MOBILE", "159.9931.0467")],
     [UNMASKED]),
    ("app", "debtor", "哥 你老婆叫苏晓雯吧 在滨江区那个网易大楼上班 我们也不想去打扰她 你自己看着办",
     [("PERSON", "苏晓雯")], [EXCESSIVE]),
    ("app", "debtor", "跟你说个事，你妈王秀英的电话13760091238我们这边有，你爸的也有，别逼我们挨个打",
     [("PERSON", "王秀英"), ("CN_MOBILE", "13760091238")], [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "跟你说个事，你登记的紧急联系人是你母亲，如果你一直不接电话，我们按规定会联系她核实你的联系方式。",
     [], []),
    ("app", "debtor", "你上个月在医院查出来的糖尿病我们也知道，身体要紧，但是欠的钱也要还啊", [], [SENSITIVE]),
    ("app", "debtor", "你这个月支付宝里还有三千多余额，花呗也刚还了，怎么就不能先还我们的？", [], [SENSITIVE]),
    ("app", "debtor", "@林晓辉 你银行卡6236685577879432626里面上周五进了两万，别说没钱",
     [("PERSON", "林晓辉"), ("CN_BANK_CARD", "6236685577879432626")], [UNMASKED, SENSITIVE]),
    ("app", "debtor", "林先生您好，您的还款已到账，尾号2626的银行卡本期扣款1,200元，感谢您的配合。", [], []),
    ("app", "debtor", "你儿子张子轩在育才中学初二（3）班吧，开家长会的时候我们可以去聊聊", [("PERSON", "张子轩")],
     [SENSITIVE, EXCESSIVE]),
    ("app", "debtor", "老铁，你每天早上八点在楼下那个包子铺吃早饭，对吧？我们的人明早也去吃", [], [SENSITIVE]),
    ("app", "debtor", "你的邮箱 zhao.mingyu88@163.com 我们已经发了催款函，请查收。", [("EMAIL", "zhao.mingyu88@163.com")],
     []),
    ("app", "debtor", "你那个抑郁症是真的假的？上次说吃药吃得睡不醒，这次又是什么借口", [], [SENSITIVE]),
    ("app", "debtor", "你身份证１３０１０４１９７８０７０９３５６２，银行卡６２２９０８４１３３０１７５６８２０２，都在我这，"
     "还想跑？", [("CN_ID_CARD", "１３０１０４１９７８０７０９３５６２"),
                  ("CN_BANK_CARD", "６２２９０８４１３３０１７５６８２０２")], [UNMASKED]),
    ("app", "debtor", "你家是不是在 青羊区 光华村街 88号 附8号 2楼？你爸赵德明在家吧",
     [("ADDRESS", "青羊区 光华村街 88号 附8号 2楼"), ("PERSON", "赵德明")], [EXCESSIVE]),
    ("app", "debtor", "您好，为方便您还款，我司对公账户：开户行招商银行深圳科技园支行，户名深圳市融达资产管理有限公司，"
     "统一社会信用代码91440300MA5G4T7R2C。", [("CN_USCC", "91440300MA5G4T7R2C")], []),
    ("app", "debtor", "你老公在监狱里服刑的事你也不想让邻居知道吧，赶紧还钱", [], [SENSITIVE]),
    ("app", "debtor", "你去年在人民医院做的那个人流手术，要不要我们帮你问问你老公知不知道？", [], [SENSITIVE]),
    ("app", "debtor", "亲，您可以登录“平安健康”APP查看保单，借款账单请在本APP内处理，谢谢。", [], []),
    ("app", "debtor", "刚才打你电话一直占线，麻烦看到后回电 0755-8632 1107，工作日9:00-18:00。",
     [("CN_LANDLINE", "0755-8632 1107")], []),
    ("app", "debtor", "你手机号是一三五八八零四二六七一吧，换了号我们照样找得到你", [("CN_MOBILE", "一三五八八零四二六七一")],
     [UNMASKED]),
    ("app", "debtor", "【APP消息】尊敬的用户，为保障账户安全，请勿向他人透露验证码。您的账户手机号为135****2671。", [],
     []),
    ("app", "debtor", "你每个月在中医院针灸科做理疗的钱都有，还我们的钱就没有？", [], [SENSITIVE]),
    ("app", "debtor", "你的快递单号SF1402835967210 是寄到你老家的吧，收件人写的你爸李国栋，电话18102236548",
     [("PERSON", "李国栋"), ("CN_MOBILE", "18102236548")], [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "你的快递单号SF1402835967210已签收，里面是我司寄出的《还款提醒函》，请仔细阅读。", [], []),
    ("app", "debtor", "你女儿刚满月吧？月子中心一个月三万多都花得起，我们这三千还不起？", [], [SENSITIVE]),
]


# To people other than the debtor: relatives, contacts, colleagues, employers, landlords, village committees.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【恒信消费金融】您好，您的朋友张*在我司借款已逾期30天，欠款5,600元，请转告其尽快还款。", [],
     [DISCLOSURE]),
    ("sms", "third_party", "您好，我们有急事联系张先生，他的电话一直打不通，麻烦您转告他回电0571-87226519，谢谢。",
     [("CN_LANDLINE", "0571-87226519")], []),
    ("sms", "third_party", "【融达资产】陈建华的家属您好：陈建华身份证号320583198509176623，拖欠我司款项12,400元，"
     "现地址无人，请家属协助。", [("PERSON", "陈建华"), ("PERSON", "陈建华"), ("CN_ID_CARD", "320583198509176623")],
     [UNMASKED, DISCLOSURE]),
    ("sms", "third_party", "【快易花】您好，您被刘*登记为紧急联系人，其账户存在异常，请提醒其登录APP查看。", [],
     [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好是赵明宇的同事吧\n第三方：是的怎么了\n坐席：他在我们嘉禾金服借了三万块钱逾期两个月了"
     "你让他赶紧还\n第三方：这我哪管得着", [("PERSON", "赵明宇")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好请问是赵明宇家里人吗\n第三方：我是他姐姐\n坐席：那麻烦您转告他给我们回个电话我们"
     "有事找他\n第三方：行", [("PERSON", "赵明宇")], []),
    ("call", "third_party", "坐席：喂你好是那个苏晓雯吧你老公在外面欠了我们好几万你知不知道啊他是不是在外面赌\n第三方：我"
     "不知道", [("PERSON", "苏晓雯")], [DISCLOSURE]),
    ("app", "third_party", "你好，你是林晓辉的表哥吧？他在我们这借的钱逾期三个月了，身份证23010319891217653X，你帮忙劝劝",
     [("PERSON", "林晓辉"), ("CN_ID_CARD", "23010319891217653X")], [UNMASKED, DISCLOSURE]),
    ("sms", "third_party", "【中邦资产】贵公司员工欧阳志远（身份证440305198602185505）拖欠平安普惠借款38,000元，请人事部门"
     "督促其还款。", [("PERSON", "欧阳志远"), ("CN_ID_CARD", "440305198602185505")], [UNMASKED, DISCLOSURE]),
    ("email", "third_party", "致深圳蓝海科技有限公司人力资源部：\n贵司员工刘志伟（手机17709285531）在我司借款逾期已达120天，"
     "欠款本息共计46,210.75元。经多次联系未果，特函告贵司，请协助转告。\n深圳市融达资产管理有限公司",
     [("PERSON", "刘志伟"), ("CN_MOBILE", "17709285531")], [UNMASKED, DISCLOSURE]),
    ("email", "third_party", "您好，我是深圳市融达资产管理有限公司的工作人员，想与贵司员工刘志伟先生取得联系，烦请转告他拨打"
     "0755-8632 1107。谢谢。", [("PERSON", "刘志伟"), ("CN_LANDLINE", "0755-8632 1107")], []),
    ("call", "third_party", "坐席：你好是房东吧你那个租客叫何伟是吧他在我们这儿欠钱不还你注意一点他可能要跑\n第三方：啊那"
     "他房租也欠着呢", [("PERSON", "何伟")], [DISCLOSURE]),
    ("sms", "third_party", "【村委会转】各位村民：我村三组村民李*军在网贷平台借款逾期未还，请家属督促。", [], [DISCLOSURE]),
    ("app", "third_party", "你是老周的战友吧，他在我们这借了两万块钱跑了，你知道他现在住哪吗", [("PERSON", "老周")],
     [DISCLOSURE]),
    ("call", "third_party", "坐席：喂您好请问是王秀英阿姨吗\n第三方：是我\n坐席：阿姨您好我们找一下您儿子有点事他电话打不通"
     "您方便让他回个电话吗\n第三方：好的我跟他说", [("PERSON", "王秀英")], []),
    ("call", "third_party", "坐席：阿姨我跟你说你儿子在我们这借了钱现在住院了是吧那个什么胰腺炎在哪个医院住着呢\n第三方："
     "你们是哪里的", [], [SENSITIVE, DISCLOSURE]),
    ("sms", "third_party", "您好，您的同事黄*在我司有一笔借款已严重逾期，其本人患有高血压长期服药，请劝其及时还款以免影响"
     "身体。", [], [SENSITIVE, DISCLOSURE]),
    ("app", "third_party", "你是黄梓萱的班主任吧？她爸爸黄志刚欠我们钱不还，麻烦你转告一下家长",
     [("PERSON", "黄梓萱"), ("PERSON", "黄志刚")], [SENSITIVE, DISCLOSURE]),
    ("sms", "third_party", "【维信】您好，孙*女士在我司的账户需要与她本人核实，请转告她登录APP或致电028-8651 2274。",
     [("CN_LANDLINE", "028-8651 2274")], [DISCLOSURE]),
    ("sms", "third_party", "您好，有一件与孙女士有关的事情需要她本人处理，请转告她致电028-8651 2274，谢谢配合。",
     [("CN_LANDLINE", "028-8651 2274")], []),
    ("call", "third_party", "坐席：喂是刘强的老婆吗你老公欠我们马上消费两万多你知道吧他银行卡6217000839490668824里面一分钱"
     "都没有\n第三方：我们分居了", [("PERSON", "刘强"), ("CN_BANK_CARD", "6217000839490668824")],
     [UNMASKED, SENSITIVE, DISCLOSURE]),
    ("app", "third_party", "在吗？你是陈建华的朋友吧，他现在住苏州吴中区那边吗？我们是他以前的同事，找他有点急事。",
     [("PERSON", "陈建华")], []),
    ("app", "third_party", "你好，你老同学陈建华在我们融达借了一万多，住址写的是苏州市吴中区长桥街道龙西路160号，你要是"
     "见到他让他联系我们", [("PERSON", "陈建华"), ("ADDRESS", "苏州市吴中区长桥街道龙西路160号")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【安心借】尊敬的联系人，借款人周*已逾期，应还金额3,388元，烦请转告。", [], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好请问是周女士的家属吗\n第三方：我是她妈\n坐席：阿姨您好麻烦您转告周女士回个电话给我们"
     "就说是有个账户的事情需要她本人确认\n第三方：好的", [], []),
    ("call", "third_party", "坐席：喂你是唐磊的朋友吧唐磊欠钱跑了他那个车浙A七K三Q二你见过没有停在哪里\n第三方：不知道",
     [("PERSON", "唐磊"), ("PERSON", "唐磊"), ("CN_LICENSE_PLATE", "浙A七K三Q二")], [DISCLOSURE]),
    ("email", "third_party", "Dear 李女士：\n您好，您被邓佳怡列为紧急联系人。邓佳怡在玖富平台的借款已逾期20天，欠款1,800元。"
     "请转告她及时还款。\n玖富客服中心", [("PERSON", "邓佳怡"), ("PERSON", "邓佳怡")], [DISCLOSURE]),
    ("sms", "third_party", "【兴业消费金融】尊敬的单位领导：贵单位叶婉清在我司借款逾期，家住苏州市吴中区木渎镇金山路12号"
     "金枫苑7幢2单元，请协助督促。", [("PERSON", "叶婉清"), ("ADDRESS", "苏州市吴中区木渎镇金山路12号金枫苑7幢2单元")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂你好你是吴国平的哥哥吧你弟弟以前坐过牢你知道的嘛现在又欠我们钱\n第三方：我们很久没"
     "联系了", [("PERSON", "吴国平")], [SENSITIVE, DISCLOSURE]),
    ("sms", "third_party", "【好借】郑*的家属您好，她在我司借款3,000元已逾期，请您作为监护人代为处理。", [], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好是许建平叔叔吧我找一下你女儿许静她电话换号了吗\n第三方：你哪位\n坐席：我是她朋友"
     "有点事找她", [("PERSON", "许建平"), ("PERSON", "许静")], []),
    ("call", "third_party", "坐席：喂许叔叔你女儿许静在众安借的钱逾期了她新号码是多少你告诉我一下不然我们只能天天打给你\n"
     "第三方：我不知道", [("PERSON", "许静")], [DISCLOSURE]),
    ("app", "third_party", "你好，请问你是马建军的邻居吗？他在我们易贷通的贷款三个月没还，每周五去清真寺的人怎么能这样",
     [("PERSON", "马建军")], [SENSITIVE, DISCLOSURE]),
    ("sms", "third_party", "【速融】黄志刚的妻子您好，您丈夫拖欠我司款项8,600元，请您配合还款，您的手机15067734810已登记为"
     "共同联系人。", [("PERSON", "黄志刚"), ("CN_MOBILE", "15067734810")], [UNMASKED, DISCLOSURE]),
    ("call", "third_party", "坐席：喂是高建国的单位吧我找一下你们人事\n第三方：我就是\n坐席：你们员工高建国在我们这借款逾期"
     "九十天了身份证号四四零三零五幺九七二零五二七幺零零X你们看着办", [("PERSON", "高建国"), ("PERSON", "高建国"),
     ("CN_ID_CARD", "四四零三零五幺九七二零五二七幺零零X")], [UNMASKED, DISCLOSURE]),
    ("app", "third_party", "您好，我们是佰仟金融，唐磊先生将您登记为联系人，请问能否转告他接听我们的电话？",
     [("PERSON", "唐磊")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好是林晓辉的妈妈吗你儿子欠钱不还还有他那个在新加坡的护照E30988214我们都有记录\n"
     "第三方：他没出国", [("PERSON", "林晓辉"), ("CN_PASSPORT", "E30988214")], [UNMASKED, DISCLOSURE]),
    ("email", "third_party", "尊敬的业主委员会：\n贵小区3栋1单元602住户何伟欠我司借款本金20,000元，至今逾期180天。特此"
     "告知，请予以关注。", [("PERSON", "何伟")], [DISCLOSURE]),
    ("app", "third_party", "嫂子你好，我是唐哥以前一个单位的小孙，他最近手机号换了吗？想约他吃个饭", [("PERSON", "小孙")],
     []),
    ("call", "third_party", "坐席：你好我是招联金融的请问是周女士的爱人吗她在我们这边的借款需要跟她本人沟通她现在怀孕在家"
     "吗\n第三方：她在娘家", [], [SENSITIVE, DISCLOSURE]),
]


# Collection letters, lawyers' letters and e-mail.
LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：RD-CS-2024-118306\n致：陈*华\n您于2023年6月12日通过我司合作平台借款人民币"
     "20,000元，截至2024年11月30日已逾期168天，尚欠本息合计12,400.00元。请于2024年12月15日前通过官方渠道还款。"
     "如有异议，请致电0512-6552 3310。\n苏州融达资产管理有限公司\n2024年12月1日",
     [("CN_LANDLINE", "0512-6552 3310")], []),
    ("notice", "debtor", "催收函\n借款人：陈建华\n身份证号：320583198509176623\n银行卡号：6212264948214162105\n手机："
     "13028876153\n您的借款已严重逾期，请于十日内还清全部欠款。",
     [("PERSON", "陈建华"), ("CN_ID_CARD", "320583198509176623"), ("CN_BANK_CARD", "6212264948214162105"),
      ("CN_MOBILE", "13028876153")], [UNMASKED]),
    ("notice", "debtor", "律师函\n（2024）浙衡律函字第0927号\n致：赵*宇先生\n本所受嘉禾金服委托，就您借款逾期一事致函。截至"
     "本函发出之日，您尚欠本金28,000元及相应利息。请于收函后七日内与委托人联系协商。\n浙江衡信律师事务所 "
     "律师：方正平", [("PERSON", "方正平")], []),
    ("notice", "debtor", "律师函\n致：赵明宇（身份证号51010419981104734X，现住成都市武侯区科华北路62号力宝大厦B座1507室，"
     "其父赵德明、其母刘桂兰）\n本所受委托，要求您七日内清偿欠款。",
     [("PERSON", "赵明宇"), ("CN_ID_CARD", "51010419981104734X"), ("ADDRESS", "成都市武侯区科华北路62号力宝大厦B座1507室"),
      ("PERSON", "赵德明"), ("PERSON", "刘桂兰")], [UNMASKED, EXCESSIVE]),
    ("notice", "debtor", "还款提醒函\n尊敬的客户：\n您在我司的分期账户（合同号HX-2023-0613-0088-2417）已逾期45天，应还"
     "金额8,830.00元。请于2024年12月20日前还款，还款账户：招商银行深圳分行，账号755912345610201（对公）。\n"
     "如需协商，请致电0755-8632 1107。", [("CN_LANDLINE", "0755-8632 1107")], []),
    ("notice", "debtor", "告知函\n郑*女士：\n鉴于您目前在北京安定医院住院治疗双相情感障碍，我司决定暂停催收至2025年3月。"
     "请您安心治疗。", [], [SENSITIVE]),
    ("notice", "debtor", "告知函\n郑*女士：\n根据您提交的材料，我司决定暂停催收至2025年3月，期间不计罚息。请知悉。", [],
     []),
    ("email", "debtor", "主题：最后通知\n胡志强：\n你的身份证（370202197310105190）、工作单位（青岛海纳电子有限公司）、"
     "家庭住址（青岛市市南区香港中路76号颐中皇冠公寓2号楼1104）我们都已掌握，限你三日内结清。",
     [("PERSON", "胡志强"), ("CN_ID_CARD", "370202197310105190"),
      ("ADDRESS", "青岛市市南区香港中路76号颐中皇冠公寓2号楼1104")], [UNMASKED, EXCESSIVE]),
    ("notice", "debtor", "催缴通知书\n致：蒋*先生\n您名下招商银行尾号0944储蓄卡近三个月流水显示月均入账1.8万元、月末"
     "余额均在5,000元以上，具备还款能力，请立即还款。", [], [SENSITIVE]),
    ("notice", "debtor", "上門催收告知書\n致：歐陽*先生\n本公司定於2024年12月18日派員前往閣下登記之地址進行信函送達，"
     "如有疑問請致電(020)3886 7105。", [("CN_LANDLINE", "(020)3886 7105")], []),
    ("notice", "debtor", "上門催收告知書\n歐陽志遠先生：\n閣下每日早上八點從天河區林和西路9號耀中廣場A座出門，晚上七點"
     "返回，本公司人員將於上述時間與閣下面談。", [("PERSON", "歐陽志遠"), ("ADDRESS", "天河區林和西路9號耀中廣場A座")],
     [SENSITIVE, EXCESSIVE]),
    ("email", "debtor", "Subject: 逾期提醒 / Overdue reminder\nDear Mr. 史密斯 (约翰·史密斯)，您的护照号E30988214已与借款"
     "账户绑定，账户逾期15天，请尽快还款。", [("PERSON", "约翰·史密斯"), ("CN_PASSPORT", "E30988214")], [UNMASKED]),
    ("notice", "debtor", "催收函\n致：马*先生\n经查，您系回族，且常年在本市清真寺参加宗教活动，望您恪守信义，按时还款。",
     [], [SENSITIVE]),
    ("notice", "debtor", "法律风险告知书\n编号：ZB2024-LF-003381\n尊敬的客户：您在平安普惠的借款已逾期，若协商不成，"
     "委托方可能依法向人民法院提起民事诉讼。本告知书不具有强制执行效力。", [], []),
    ("email", "debtor", "主题：您的分期账单\n尊敬的客户：附件为您11月的账单（PDF），密码为您身份证后六位。本期应还"
     "1,032.55元。", [], []),
    ("notice", "debtor", "催收函\n致：黄志刚（工作单位：东莞市长安镇锦厦社区新河工业区8号 鼎盛五金制品厂）\n妻子：田小芳 "
     "手机 16603157729\n限你于五日内还清欠款8,600元。", [("PERSON", "黄志刚"), ("ADDRESS", "东莞市长安镇锦厦社区"
     "新河工业区8号"), ("PERSON", "田小芳"), ("CN_MOBILE", "16603157729")], [UNMASKED, EXCESSIVE]),
    ("notice", "debtor", "还款确认函\n贺*先生：您已于2024年12月2日结清全部欠款，账户状态已更新，感谢配合。\n"
     "深圳市中邦资产管理有限公司（统一社会信用代码91440300MA5G4T7R2C）", [("CN_USCC", "91440300MA5G4T7R2C")], []),
    ("email", "debtor", "主题：关于您孩子的学费贷\n王先生，您为儿子王一鸣在新东方报名的少儿英语课程分期（剩余4期）已"
     "逾期，王一鸣目前就读于海淀区中关村第三小学五年级，请尽快还款以免影响课程。",
     [("PERSON", "王一鸣"), ("PERSON", "王一鸣")], [SENSITIVE, EXCESSIVE]),
    ("notice", "debtor", "催告函\n案件编号：2024-SZ-CJ-0039128\n致：林*辉\n截至今日，您尚欠本息6,120.50元。请于"
     "2024年12月25日前还款。还款渠道：APP内“我的账单”。咨询：0755-8632 1107", [("CN_LANDLINE",
     "0755-8632 1107")], []),
    ("email", "debtor", "主题：账户核查\n林晓辉先生，经我司核查，您另在招商、浦发、中信三家银行有信用卡，合计透支约"
     "9万元，您的还款能力已严重不足，请尽快处理我司欠款。", [("PERSON", "林晓辉")], [SENSITIVE]),
]


# Dialect (Cantonese, Sichuanese, northeastern, Shanghainese) and traditional characters.
DIALECTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂陈生你好啊我哋系融达嘅你张身份证三五零二零三幺九六六幺二幺二三七二零我哋有晒记录㗎\n客户："
     "咁又点啊", [("CN_ID_CARD", "三五零二零三幺九六六幺二幺二三七二零")], [UNMASKED]),
    ("app", "debtor", "陳生，你仔喺培正小學讀四年班嘛，放學四點幾我哋啲同事都見到佢㗎", [], [SENSITIVE]),
    ("app", "debtor", "陳生你好，你張單已經逾期咗十日，今日還返最低還款額就得，有咩唔明可以搵我哋客服。", [], []),
    ("app", "debtor", "阿伟，你老婆阿May喺尖沙咀嗰间诊所做护士，你想我哋搵佢？",
     [("PERSON", "阿伟"), ("PERSON", "阿May")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂老弟你那个手机号幺八六五七幺二三洞九四是你的噻我们打了好多回你都不接\n客户：我在上班",
     [("CN_MOBILE", "幺八六五七幺二三洞九四")], [UNMASKED]),
    ("app", "debtor", "你莫装嘛，你每天晚上都在春熙路那个火锅店打工到十二点，我们晓得的", [], [SENSITIVE]),
    ("app", "debtor", "兄弟你屋头那个婆娘罗小燕在成华区建设路那个药房上班嘛，电话幺九九五幺三八两六拐洞，要得不嘛",
     [("PERSON", "罗小燕"), ("CN_MOBILE", "幺九九五幺三八两六拐洞")], [UNMASKED, EXCESSIVE]),
    ("call", "debtor", "坐席：哎老铁你那钱啥时候还啊我是拍拍贷的小赵你那账都逾期半拉月了\n客户：整不了啊最近手头"
     "紧\n坐席：那你看能不能先还个几百的", [("PERSON", "小赵")], []),
    ("app", "debtor", "你瞅瞅你，你那糖尿病足都截肢了还出去整酒喝，钱倒是不还", [], [SENSITIVE]),
    ("call", "debtor", "坐席：大哥我跟你唠唠你身份证两三零幺零三幺九七四零幺幺幺六八零五你自个儿瞅瞅对不对\n客户："
     "对", [("CN_ID_CARD", "两三零幺零三幺九七四零幺幺幺六八零五")], [UNMASKED]),
    ("app", "debtor", "侬老公王建华个单位是上海浦东新区张江路368号的那个药厂，阿拉晓得个，侬自家看看伐",
     [("PERSON", "王建华"), ("ADDRESS", "上海浦东新区张江路368号")], [EXCESSIVE]),
    ("call", "debtor", "坐席：侬好我是招联个客服侬屋里向住勒徐汇区漕溪北路二八零弄五号三零两室对伐\n客户：对个",
     [("ADDRESS", "徐汇区漕溪北路二八零弄五号三零两室")], []),
    ("app", "debtor", "台端您好，本公司係台新資產管理，閣下於本公司之信用卡帳款已逾期，請於本月底前繳納新台幣"
     "12,300元。", [], []),
    ("app", "debtor", "閣下身分證號碼為４４０３０５１９７７０４０４６３５Ｘ，帳戶逾期已逾六十日，請即處理。",
     [("CN_ID_CARD", "４４０３０５１９７７０４０４６３５Ｘ")], [UNMASKED]),
    ("notice", "debtor", "催繳通知\n致：李*玲女士\n閣下每週二、四晚間於長壽路教會參加聚會，本公司專員將前往該處與閣下"
     "洽談還款事宜。", [], [SENSITIVE]),
    ("app", "debtor", "你呢个月喺屋企养病，肝硬化都仲去饮酒？医生知唔知啊", [], [SENSITIVE]),
    ("call", "third_party", "坐席：喂阿姐你系唔系陈家豪嘅家姐啊佢喺我哋度借咗三万蚊仲未还㗎\n第三方：我唔知啊",
     [("PERSON", "陈家豪")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂大姐你是李文博他妈吧你儿子在我们这整了两万块钱网贷到现在没还你给他说说\n第三方："
     "我管不了他", [("PERSON", "李文博")], [DISCLOSURE]),
    ("app", "third_party", "嬢嬢你好，你屋头侄儿子杨浩然在我们安逸花借的钱逾期了，你跟他说一声嘛",
     [("PERSON", "杨浩然")], [DISCLOSURE]),
    ("app", "debtor", "嗯呐，你卡号6222 0237 8495 1833，今个儿必须存钱进去，不然就扣不着了",
     [("CN_BANK_CARD", "6222 0237 8495 1833")], [UNMASKED]),
]

# Numbers that are not identifiers, masked forms, and lawful mentions: texts that need no finding.
DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【顺丰速运】您的快递运单号SF1402835967210已由门卫代收，如有疑问请联系快递员。", [], []),
    ("sms", "debtor", "【中通快递】运单号78563412098765432正在派送中，派件员电话已隐藏，请保持电话畅通。", [], []),
    ("sms", "debtor", "【恒信消费金融】您的借款合同编号：202412030917553186，本期应还1,200元，请按时还款。", [], []),
    ("sms", "debtor", "【快易花】订单号 2024 1125 0836 1927 355 已还款成功，感谢您的支持。", [], []),
    ("sms", "debtor", "【融达资产】您的调解案件号(2024)苏0506民调字第3387号已受理，调解员将与您联系。", [], []),
    ("sms", "debtor", "【维信】您好，您的还款卡尾号为4506，本期扣款日为15日，请确保余额充足。", [], []),
    ("sms", "debtor", "【安心借】尊敬的138****5678用户，您的账单已出，应还1,560元，到期日12月5日。", [], []),
    ("sms", "debtor", "【招联金融】您的身份证号码3301**********132X已完成实名认证，如非本人操作请致电客服。", [], []),
    ("sms", "debtor", "【京东金融】您尾号9432的信用卡本期账单金额2,560.00元，最低还款256.00元。", [], []),
    ("app", "debtor", "您好，您的还款流水号 T20241203145520098811 已生成，请保留以备查询。", [], []),
    ("sms", "debtor", "【平安健康】您的体检预约已成功，体检时间12月10日8:00，请空腹前往。", [], []),
    ("sms", "debtor", "【小米金融】您本月账单已出，使用“健康金”抵扣后应还512.30元。", [], []),
    ("sms", "debtor", "【度小满】您的借据号DXM-2024-11-0000381271已结清，结清证明可在APP下载。", [], []),
    ("app", "debtor", "您好，我们线下服务中心地址：广州市天河区珠江新城华夏路10号富力中心18楼，工作日可来访办理。",
     [("ADDRESS", "广州市天河区珠江新城华夏路10号富力中心18楼")], []),
    ("sms", "debtor", "【分期乐】您的账户已变更手机号为177****5531，如非本人操作请立即联系客服。", [], []),
    ("sms", "debtor", "【工行】您尾号4105卡12月3日10:25工资收入8,620.00元，余额8,651.60元。", [], []),
    ("sms", "debtor", "【捷信】冯*先生，您的还款已延期至2025年1月10日，期间不收取违约金。", [], []),
    ("sms", "debtor", "【宜信普泽】您的发票号码04403240011112345678已开具，请在APP“我的-发票”中查看。", [], []),
    ("email", "debtor", "主题：电子回单\n您好，附件是您12月1日还款1,500元的电子回单，交易流水号20241201153012883104。", [],
     []),
    ("sms", "debtor", "【快易花】您好，您的借款将于明日到期，请确保尾号0283的银行卡余额不少于1,032.55元。", [], []),
    ("sms", "debtor", "【众安小贷】您的保单号ZA20240118330106001已生效，保障期间一年。", [], []),
    ("call", "debtor", "坐席：您好是刘先生吧我这边是快易花客服小吴来电跟您确认一下您这个月的还款计划\n客户：我月底"
     "还\n坐席：好的那我给您备注月底还款", [("PERSON", "小吴")], []),
    ("app", "debtor", "您的车辆苏E·2R9T7 ETC通行费已从绑定账户扣除，如有疑问请联系ETC客服。",
     [("CN_LICENSE_PLATE", "苏E·2R9T7")], []),
    ("sms", "debtor", "【众安小贷】许*女士，您的紧急联系人已变更为许静，如非本人操作请致电客服。", [("PERSON", "许静")],
     []),
    ("app", "debtor", "用户：我的邮箱换成 lin_xiaohui@qq.com 了\n客服：好的，已为您更新邮箱。",
     [("EMAIL", "lin_xiaohui@qq.com")], []),
    ("sms", "debtor", "【招联金融】诚邀您参加“健康生活”积分活动，完成步数挑战可兑换免息券。回T退订", [], []),
    ("notice", "debtor", "送达地址确认书\n受送达人：欧阳志远\n送达地址：广州市天河区林和西路9号耀中广场A座2205室\n"
     "本人确认以上地址可作为法律文书送达地址。", [("PERSON", "欧阳志远"),
     ("ADDRESS", "广州市天河区林和西路9号耀中广场A座2205室")], []),
]


# More of every register, weighted to family members, employers, addresses and contacts told too much.
MORE_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【聚财金服】司马文涛先生，您在杭州市拱墅区祥符街道莫干山路1418号中铁中央公园5幢的住所及单位浙江"
     "长运物流均已登记，请今日还款。", [("PERSON", "司马文涛"), ("ADDRESS", "杭州市拱墅区祥符街道莫干山路1418号中铁中央公园5幢")],
     [EXCESSIVE]),
    ("sms", "debtor", "【聚财金服】司马先生，您的借款已逾期7天，应还2,045元，请今日还款。退订回T", [], []),
    ("app", "debtor", "上官婉清你好，你弟弟上官浩在郑州大学读大三，你妹妹上官敏的电话我们也有，你确定不还？",
     [("PERSON", "上官婉清"), ("PERSON", "上官浩"), ("PERSON", "上官敏")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂诸葛明你好我是聚财的那个你老丈人是不是叫孙德胜在县城开五金店的我们这边也是有他电话的"
     "\n客户：你们想干嘛", [("PERSON", "诸葛明"), ("PERSON", "孙德胜")], [EXCESSIVE]),
    ("sms", "debtor", "【中邦资产】阿卜杜拉·艾力先生，您的身份证号650102199201183617对应借款逾期，请联系0991-4587 2230。",
     [("PERSON", "阿卜杜拉·艾力"), ("CN_ID_CARD", "650102199201183617"), ("CN_LANDLINE", "0991-4587 2230")],
     [UNMASKED]),
    ("app", "debtor", "玛丽亚女士，您先生何塞·加西亚在外贸公司上班，我们已经掌握他的工作地址：义乌市稠城街道工人北路"
     "1059号国际商贸城三区，请转告他还款。", [("PERSON", "何塞·加西亚"),
     ("ADDRESS", "义乌市稠城街道工人北路1059号国际商贸城三区")], [EXCESSIVE]),
    ("app", "debtor", "你老婆丽丽在哪上班我们都清楚，你儿子的学校也知道，给你最后一天时间", [("PERSON", "丽丽")],
     [EXCESSIVE]),
    ("app", "debtor", "老陈，你那个尿毒症透析一周三次我们都知道，可是钱还是要还，你儿子陈小龙手机14785230916我们也打过了",
     [("PERSON", "老陈"), ("PERSON", "陈小龙"), ("CN_MOBILE", "14785230916")], [UNMASKED, SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "【易借】欧阳娜娜女士，您的工作单位长沙市岳麓区麓谷大道627号中电软件园2栋、家庭住址长沙市开福区"
     "四方坪街道东风路社区8组21号均已核实，请于今日还款。", [("PERSON", "欧阳娜娜"),
     ("ADDRESS", "长沙市岳麓区麓谷大道627号中电软件园2栋"), ("ADDRESS", "长沙市开福区四方坪街道东风路社区8组21号")],
     [EXCESSIVE]),
    ("sms", "debtor", "【易借】欧阳女士，您的借款已逾期，本期应还1,320元。还款后可恢复额度。退订回T", [], []),
    ("app", "debtor", "您好黄先生，我们这边核实到你岳母张桂芝、岳父田长顺都住在田家湾村二组，你自己的事自己解决，别让"
     "老人操心", [("PERSON", "张桂芝"), ("PERSON", "田长顺"), ("ADDRESS", "田家湾村二组")], [EXCESSIVE]),
    ("call", "debtor", "坐席：那个你的银行卡号是六二二五八八两五八九八三幺九四八九三两吧我们这边今天下午三点会发起代扣"
     "\n客户：嗯", [("CN_BANK_CARD", "六二二五八八两五八九八三幺九四八九三两")], [UNMASKED]),
    ("sms", "debtor", "【小鹅花钱】尊敬的客户，您的还款卡号6228-4837-3556-9635本期扣款失败，请及时处理。",
     [("CN_BANK_CARD", "6228-4837-3556-9635")], [UNMASKED]),
    ("sms", "debtor", "【小鹅花钱】尊敬的客户，您的还款卡号6228********9635本期扣款失败，请及时处理。", [], []),
    ("app", "debtor", "你身份证号 5201 0219 9209 2292 97，户籍地贵阳市南明区，这些信息我们都核实过了",
     [("CN_ID_CARD", "5201 0219 9209 2292 97")], [UNMASKED]),
    ("app", "debtor", "你的手机 1８6-5712-3094 还在用吧？别拉黑我们了", [("CN_MOBILE", "1８6-5712-3094")], [UNMASKED]),
    ("sms", "debtor", "【恒信消费金融】张*先生：您名下登记的联系人手机号13.760.091.238已无法接通，请更新紧急联系人。",
     [("CN_MOBILE", "13.760.091.238")], [UNMASKED]),
    ("call", "debtor", "坐席：嗯那个你那个手机号码是一五零 六七七三 四八一零吧对你老婆的号码我们这边也打不通\n客户：她在"
     "上班", [("CN_MOBILE", "一五零 六七七三 四八一零")], [UNMASKED]),
    ("app", "debtor", "你妈得了老年痴呆住在敬老院，你不还钱我们只能去敬老院找她聊聊了", [], [SENSITIVE]),
    ("app", "debtor", "你是低保户我们知道，但低保户也要还钱，你每个月领的低保金打在哪张卡上？", [], [SENSITIVE]),
    ("sms", "debtor", "【速贷之家】林*先生，您上周在协和医院泌尿外科的就诊记录已被我方掌握，请尽快还款以免尴尬。", [],
     [SENSITIVE]),
    ("app", "debtor", "你昨天下午两点在建设银行取了五千块现金，转身就去了麻将馆，这事我们都有照片", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好你这个是艾滋病那个抗病毒药是每个月去疾控中心领的对吧你也不想让你单位知道吧\n客户："
     "你们怎么知道的", [], [SENSITIVE]),
    ("app", "debtor", "你儿子小宇在阳光幼儿园中二班，每天下午四点半你老婆去接，对吧", [("PERSON", "小宇")],
     [SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "【金瑞】钟*女士，您上月在仁爱医院试管婴儿中心的费用分期已逾期，请尽快还款。", [], [SENSITIVE]),
    ("app", "debtor", "您好，您的股票账户上周还有十几万市值，基金也有，怎么会还不起这五千块？", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂你好你是不是在那个戒毒所待过的我们这边系统里有的你这种人借钱\n客户：你说什么",
     [], [SENSITIVE]),
    ("app", "debtor", "你下周三上午十点在区法院有个离婚官司开庭吧，我们会在门口等你", [], [SENSITIVE]),
    ("app", "debtor", "你那个社保卡里的医保余额还有八千多，你那个病开药也花不了那么多", [], [SENSITIVE]),
    ("notice", "debtor", "催款通知\n致：钱志强（视力一级残疾）\n您的借款已逾期，请家属代为"
     "处理。", [("PERSON", "钱志强")], [SENSITIVE]),
    ("email", "debtor", "主题：账户情况说明\n诸葛明先生：经查，您名下微信零钱余额2,310元、支付宝余额1,870元，均足以偿还"
     "本期欠款，请于今日处理。", [("PERSON", "诸葛明")], [SENSITIVE]),
    ("app", "debtor", "你这个月在那个佛教居士林捐了两千香火钱，还我们的钱就没有？", [], [SENSITIVE]),
]

MORE_THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【聚财金服】您好，您的亲属司马文涛在我司借款5,000元已逾期30天，请督促其还款。",
     [("PERSON", "司马文涛")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好是上官浩同学吧你姐姐上官婉清在我们这里借的钱一直不还你劝劝她\n第三方：我还是学生",
     [("PERSON", "上官浩"), ("PERSON", "上官婉清")], [DISCLOSURE]),
    ("app", "third_party", "孙师傅你好，你女婿诸葛明欠我们聚财两万块，他住在你家附近吗？", [("PERSON", "诸葛明")],
     [DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好请问是陈小龙吗\n第三方：是我\n坐席：您好我们找一下您父亲有点事情麻烦他方便的时候"
     "回个电话号码零二八八六五幺二二七四\n第三方：好", [("PERSON", "陈小龙"), ("CN_LANDLINE", "零二八八六五幺二二七四")],
     []),
    ("sms", "third_party", "【易借】尊敬的长沙中电软件有限公司：贵司员工欧阳娜娜在我司借款逾期，欠款本息9,870元，请协助"
     "督促。", [("PERSON", "欧阳娜娜")], [DISCLOSURE]),
    ("call", "third_party", "坐席：喂是田家湾村委会吗你们村二组的黄志刚在外面欠网贷不还你们村里管不管\n第三方：这个我们"
     "不清楚", [("PERSON", "黄志刚")], [DISCLOSURE]),
    ("app", "third_party", "你好，请问你是钟雅琴的闺蜜吧，她做试管的钱是跟我们借的，现在逾期了，你让她回个消息",
     [("PERSON", "钟雅琴")], [SENSITIVE, DISCLOSURE]),
    ("call", "third_party", "坐席：喂你好你是何伟的室友吧他在我们这借的两万块钱到现在没还他每天几点回来\n第三方：我不清楚",
     [("PERSON", "何伟")], [DISCLOSURE]),
    ("app", "third_party", "老板你好，你店里的收银员罗小燕欠我们安逸花的钱三个月没还了，电话不接，你让她回个电话",
     [("PERSON", "罗小燕")], [DISCLOSURE]),
    ("sms", "third_party", "【佰仟金融】唐磊先生的紧急联系人您好：唐磊先生车贷已逾期，车辆浙A·7K3Q2需尽快处置，请协助"
     "联系。", [("PERSON", "唐磊"), ("PERSON", "唐磊"), ("CN_LICENSE_PLATE", "浙A·7K3Q2")], [DISCLOSURE]),
    ("email", "third_party", "主题：关于贵司员工的函\n义乌市华商进出口有限公司：\n贵司员工何塞·加西亚（护照号E30988214）"
     "在我司借款逾期，请协助通知其本人。", [("PERSON", "何塞·加西亚"), ("CN_PASSPORT", "E30988214")],
     [UNMASKED, DISCLOSURE]),
    ("call", "third_party", "坐席：喂您好请问是李文博的单位吗我这边是他的朋友想问下他今天上班了没\n第三方：你自己打他"
     "电话啊", [("PERSON", "李文博")], []),
    ("app", "third_party", "阿姨，您儿子李文博在我们这边有一笔逾期的网贷，身份证210102199705034277，麻烦您劝劝他",
     [("PERSON", "李文博"), ("CN_ID_CARD", "210102199705034277")], [UNMASKED, DISCLOSURE]),
    ("call", "third_party", "坐席：喂你是张桂芝阿姨吧你女婿黄志刚欠了我们八千六他人在东莞哪个厂上班你晓得不\n第三方："
     "我不晓得", [("PERSON", "张桂芝"), ("PERSON", "黄志刚")], [DISCLOSURE]),
    ("sms", "third_party", "【金瑞】您好，钟雅琴在我司有未结清款项，她的新住址是南宁市青秀区民族大道136号华润大厦C座"
     "2108，请转告。", [("PERSON", "钟雅琴"), ("ADDRESS", "南宁市青秀区民族大道136号华润大厦C座2108")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂你好是物业吗你们小区七栋二单元那个胡志强欠我们钱好久了你们帮忙看一下他在不在家\n"
     "第三方：我们不能透露业主信息", [("PERSON", "胡志强")], [DISCLOSURE]),
    ("app", "third_party", "你好，你是王建华的同事吧？他老婆在我们这借钱不还，你让王建华管管他老婆", [("PERSON", "王建华"),
     ("PERSON", "王建华")], [DISCLOSURE]),
    ("call", "third_party", "坐席：你好是马建军的老婆吧他欠钱的事你知道吧他身份证幺三零幺零四幺九七八零七零九三五六二"
     "\n第三方：我们离婚了", [("PERSON", "马建军"), ("CN_ID_CARD", "幺三零幺零四幺九七八零七零九三五六二")],
     [UNMASKED, DISCLOSURE]),
]


# Relatives, employers and homes named where the message needs none of them, and the forms that do need them.
FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【优分期】尊敬的梁志鹏先生，您家住广州市海珠区江南大道中168号海珠广场小区9栋，您的借款已逾期"
     "33天，请勿心存侥幸。", [("PERSON", "梁志鹏"), ("ADDRESS", "广州市海珠区江南大道中168号海珠广场小区9栋")],
     [EXCESSIVE]),
    ("app", "debtor", "你哥廖建军在大润发当保安，你姐廖红梅在镇卫生院收费处，一家人都挺体面的，就你欠钱不还",
     [("PERSON", "廖建军"), ("PERSON", "廖红梅")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂你好那个你老婆是叫刘佳吧在那个工商银行营业部上班的对吧我们不想去她单位\n客户：你们敢",
     [("PERSON", "刘佳")], [EXCESSIVE]),
    ("email", "debtor", "主题：逾期提醒\n钟雅琴女士（广西北部湾银行南宁分行个人金融部柜员）：您的借款已逾期45天，请"
     "于本周内还款。", [("PERSON", "钟雅琴")], [EXCESSIVE]),
    ("sms", "debtor", "【信而富】龚丽娟女士，您任职的四川云图科技有限公司位于成都市高新区天府大道中段1268号天府软件园"
     "E3栋，您的借款已逾期，请尽快还款。", [("PERSON", "龚丽娟"), ("ADDRESS", "成都市高新区天府大道中段1268号天府"
     "软件园E3栋")], [EXCESSIVE]),
    ("call", "debtor", "坐席：您好，这里是贷后提醒。您登记的配偶吴晓敏，手机幺八六五七幺二三洞九四，已知晓您的逾期情况，"
     "请尽快还款。", [("PERSON", "吴晓敏"), ("CN_MOBILE", "幺八六五七幺二三洞九四")], [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "你舅舅刘长福在镇上开超市的嘛，你表弟刘小军也在那帮忙，要不要我们去店里坐坐",
     [("PERSON", "刘长福"), ("PERSON", "刘小军")], [EXCESSIVE]),
    ("notice", "debtor", "催收函\n致：聂*涛先生\n您的父母聂长海、王淑芬均居住于石家庄市长安区建设北大街95号院3号楼"
     "2单元，望您顾及家人，尽快还款。", [("PERSON", "聂长海"), ("PERSON", "王淑芬"),
     ("ADDRESS", "石家庄市长安区建设北大街95号院3号楼2单元")], [EXCESSIVE]),
    ("app", "debtor", "你老汉周德贵在双流机场做保洁噻，你妈也在那边，你不要让我们去机场找他们嘛",
     [("PERSON", "周德贵")], [EXCESSIVE]),
    ("app", "debtor", "你媳妇儿王艳红在铁西那个医院当护士，电话１５９-9931-0467，你寻思寻思",
     [("PERSON", "王艳红"), ("CN_MOBILE", "１５９-9931-0467")], [UNMASKED, EXCESSIVE]),
    ("app", "debtor", "你老豆陳志明喺深水埗開茶餐廳，你阿媽黃淑儀都喺度幫手，我哋好清楚",
     [("PERSON", "陳志明"), ("PERSON", "黃淑儀")], [EXCESSIVE]),
    ("call", "debtor", "坐席：喂你是杜子腾吧在京东方那个八号厂房上班的嘛我们都查清楚了你这个钱什么时候还\n客户：我这个"
     "月发工资就还", [("PERSON", "杜子腾")], [EXCESSIVE]),
    ("app", "debtor", "你前妻赵雪现在带着孩子住她娘家，她电话13760091238我们有，要不要帮你问问她借点？",
     [("PERSON", "赵雪"), ("CN_MOBILE", "13760091238")], [UNMASKED, EXCESSIVE]),
    ("sms", "debtor", "【贷上钱】姚*先生，您岳父刘振华、岳母吴桂珍住在合肥市蜀山区长江西路189号之心城对面，请您"
     "顾及家人颜面。", [("PERSON", "刘振华"), ("PERSON", "吴桂珍"), ("ADDRESS", "合肥市蜀山区长江西路189号")],
     [EXCESSIVE]),
    ("email", "debtor", "主题：联系人核实\n潘女士：您的联系人潘玉兰（母亲，手机13316680247）、潘玉梅（姐姐，任职于"
     "长沙银行）均已被我司联系，请尽快处理欠款。", [("PERSON", "潘玉兰"), ("CN_MOBILE", "13316680247"),
     ("PERSON", "潘玉梅")], [UNMASKED, EXCESSIVE]),
    ("sms", "debtor", "【好分期】宋大勇，你家永城市顺和镇宋庄村五组的房子我们都去看过了，你妻子李桂香也在家。",
     [("PERSON", "宋大勇"), ("ADDRESS", "永城市顺和镇宋庄村五组"), ("PERSON", "李桂香")], [EXCESSIVE]),
    ("sms", "third_party", "【好分期】李桂香您好，您丈夫宋大勇在我司借款逾期，他在郑州富士康上班，请您督促他还款。",
     [("PERSON", "李桂香"), ("PERSON", "宋大勇")], [DISCLOSURE, EXCESSIVE]),
    ("email", "third_party", "主题：员工欠款告知\n河北华信建材有限公司：\n贵司员工聂海涛，家住石家庄市长安区建设北大街95号院"
     "3号楼2单元，在我司借款逾期90天，欠款15,600元，请协助处理。", [("PERSON", "聂海涛"),
     ("ADDRESS", "石家庄市长安区建设北大街95号院3号楼2单元")], [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂你好是梁志鹏的舅舅吗他欠我们优分期三万块钱他老婆叫陈慧在海珠区那个幼儿园当老师你叫她"
     "劝劝\n第三方：我管不了", [("PERSON", "梁志鹏"), ("PERSON", "陈慧")], [DISCLOSURE, EXCESSIVE]),
    ("app", "debtor", "你女儿吴可欣在实验中学初一（5）班，她班主任的电话我们也有", [("PERSON", "吴可欣")],
     [SENSITIVE, EXCESSIVE]),
    ("sms", "debtor", "【信而富】龚*女士，您的借款已逾期，本期应还980元，请登录APP还款。", [], []),
    ("notice", "debtor", "结清证明\n兹证明宋大勇（身份证号后四位2217）在我司的借款已于2024年11月28日全部结清，特此证明。",
     [("PERSON", "宋大勇")], []),
    ("sms", "debtor", "【贷上钱】杜先生，您的身份证号：610113-19650105-6714，借款已逾期，请尽快处理。",
     [("CN_ID_CARD", "610113-19650105-6714")], [UNMASKED]),
    ("app", "debtor", "你手机１３９ ０５７１ ６６２８，身份证 3502 0319 8308 0589 78，银行卡尾号都对得上，跑不了的",
     [("CN_MOBILE", "１３９ ０５７１ ６６２８"), ("CN_ID_CARD", "3502 0319 8308 0589 78")], [UNMASKED]),
    ("call", "debtor", "坐席：喂你好我跟你核对一下你的老身份证号码是四四零三零五六幺零六二幺三六幺吧\n客户：那个早就换了",
     [("CN_ID_CARD", "四四零三零五六幺零六二幺三六幺")], [UNMASKED]),
    ("app", "debtor", "卡号：4367 4261 5846 4506 048，这张卡上个月进账六万多，你跟我们说没钱？",
     [("CN_BANK_CARD", "4367 4261 5846 4506 048")], [UNMASKED, SENSITIVE]),
    ("sms", "third_party", "【恒信消费金融】您好，张*（身份证３２０５８３１９７９１０２０５６９２）为您登记的紧急联系人，"
     "其借款已逾期，请转告。", [("CN_ID_CARD", "３２０５８３１９７９１０２０５６９２")], [UNMASKED, DISCLOSURE]),
    ("app", "debtor", "你老婆小芳怀二胎了吧，在妇幼做的建档，你也不想她动了胎气吧", [("PERSON", "小芳")],
     [SENSITIVE, EXCESSIVE]),
    ("call", "debtor", "坐席：喂那个我是你那个借款的催收专员我姓杨啊你妈叫汪翠兰吧住在枣阳市吴店镇清潭村三组我们下礼拜"
     "去拜访\n客户：你们别去", [("PERSON", "汪翠兰"), ("ADDRESS", "枣阳市吴店镇清潭村三组")], [EXCESSIVE]),
    ("app", "debtor", "小林，你每周二四六晚上在健身房练到九点，周日去教堂，行程我们都清楚", [("PERSON", "小林")],
     [SENSITIVE]),
    ("email", "debtor", "主题：收款账户变更\n尊敬的客户：我司收款账户变更为：户名杭州聚财信息技术有限公司，统一社会信用"
     "代码91330106MA2KD7F313，开户行中国银行杭州文三路支行。如有疑问请致电0571-8723 6600。",
     [("CN_USCC", "91330106MA2KD7F313"), ("CN_LANDLINE", "0571-8723 6600")], []),
    ("sms", "debtor", "【好分期】尊敬的客户，您的账单已逾期，您可申请停息挂账，详情请咨询客服。工号A1027为您服务。", [],
     []),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "F-SMS-DEBTOR": SMS_DEBTOR,
    "F-ROBOT-CALLS": ROBOT_CALLS,
    "F-ASR-CALLS": ASR_CALLS,
    "F-CHATS": CHATS,
    "F-THIRD-PARTIES": THIRD_PARTIES,
    "F-LETTERS": LETTERS,
    "F-DIALECTS": DIALECTS,
    "F-DECOYS": DECOYS,
    "F-MORE-DEBTOR": MORE_DEBTOR,
    "F-MORE-THIRD-PARTIES": MORE_THIRD_PARTIES,
    "F-FAMILY-AND-WORK": FAMILY_AND_WORK,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
