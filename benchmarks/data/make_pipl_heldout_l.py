"""Writes `pipl_heldout_l.jsonl`, the twelfth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier
checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and
only the opening docstring, imports, constants and closing functions of `make_pipl_heldout_k.py` (for the record
format and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser,
the rule packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no
detector, scan or benchmark on these texts. Every text is its own, written in the voices of lenders' SMS
templates (【Lender】 signatures, 尾号1234, 张*), robot dialers, human calls as speech-to-text output (no
punctuation, fillers, homophones, dropped characters), WeChat chats and group chats, letters to employers,
landlords and residents' committees, 催收函 / 律师函, e-mail, dialect (Cantonese, Sichuanese, northeastern,
Shanghainese, Henan), traditional characters and half-literate texts.

Identifiers are written every way: plain, grouped by spaces, dots or hyphens, full-width digits, read aloud as
call centres and ASR write them (幺 洞 两 拐 勾, 零 and 一 to 九, mixed with digits, grouped by spaces), 18-digit
IDs (some ending in X) and old 15-digit ones, bank cards of 16 and 19 digits, passports (E + 8 digits),
landlines with area codes and extensions, numbers inside URLs or after labels (身份证号码： / 卡号: / 收款账户).
Some identifiers are written so that no single span covers them (split by a line break, given in pieces over
two sentences, grouped by slashes): those messages carry `pii.unmasked_identifier` but no entity for the split
number. Decoys carry no category and no identifier entity: masked forms, contract, order, case, loan, waybill,
invoice and document numbers (some 15 digits long whose "birth date" is no real date), amounts, dates,
timestamps and lenders' 400 / 95 service numbers. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's or agency's
  landline, the collector's own work number (工号), a customer writing or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the guarantee he signed is not disclosed to.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion,
  biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine, financial
  account details beyond need (balances, salary inflows, other cards, other platforms' loans).
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline); masked forms and 400 / 95
service numbers are not entities; a surname with an honorific (王女士) is not a PERSON; ADDRESS reaches down to
a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_l`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_l.jsonl"
ID_PREFIX = "PL"

# Lenders' and platforms' SMS templates to the debtor.
SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【易达分期】尊敬的张*，您尾号3631的账单已逾期5天，应还1,286.40元，请于今日内通过App还款，"
     "退订回T", [], []),
    ("sms", "debtor", "【禾信金融】胡建平先生，您身份证号450103197709081451名下借款已逾期，请尽快处理，详询客服。",
     [("PERSON", "胡建平"), ("CN_ID_CARD", "450103197709081451")], [UNMASKED]),
    ("sms", "debtor", "【速融贷】您好，本期还款请转入对公账户，如需代扣请绑定本人卡6222 0229 0099 5740，"
     "到期日12月8日。", [("CN_BANK_CARD", "6222 0229 0099 5740")], [UNMASKED]),
    ("sms", "debtor", "【安和消费金融】客户您好，系统监测到您本月工资已于10日入账招行卡，余额充足却未还款，"
     "请今日内处理合同HT20231108-0042项下欠款。", [], [SENSITIVE]),
    ("sms", "debtor", "【和顺小贷】余晓东，您逾期37天，我司已核实您在宁波市鄞州区天童南路588号恒泰大厦9楼"
     "的锐捷科技上班，请于48小时内结清。", [("PERSON", "余晓东"), ("ADDRESS", "宁波市鄞州区天童南路588号恒泰大厦9楼")],
     [EXCESSIVE]),
    ("sms", "debtor", "【好借呀】您的借款编号LN2024031500871已到期，应还金额3,450.00元，还款后短信提醒"
     "将停止。客服400-820-6611。", [], []),
    ("sms", "debtor", "【信和普惠】温馨提示：您尾号1269的账户本期账单金额2,340元，最后还款日2024-06-20，"
     "如已还款请忽略。", [], []),
    ("sms", "debtor", "【星桥金服】蒋*萍女士，您的手机１５３４０９３２５５８已被列入重点催收名单，请速联系"
     "专员处理。", [("CN_MOBILE", "１５３４０９３２５５８")], [UNMASKED]),
    ("sms", "debtor", "【众鑫借】您好，您在我平台的借款已逾期，据了解您另在三家平台共欠款4.7万元，且"
     "信用卡也已逾期，请优先处理我司欠款。", [], [SENSITIVE]),
    ("sms", "third_party", "【恒通分期】邓佳怡你好，你母亲邓丽君（电话18680183417）在我司的欠款至今未还，"
     "请提醒她还款。", [("PERSON", "邓佳怡"), ("PERSON", "邓丽君"), ("CN_MOBILE", "18680183417")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "debtor", "【融e花】马先生，听说您爱人正在市妇幼住院待产，理解您的不易，但本金8,000元仍需"
     "本月内结清。", [], [SENSITIVE]),
    ("sms", "debtor", "【嘉禾分期】您好，您的还款账户余额不足，扣款失败。请于今日18:00前存入足额资金，"
     "尾号5740。", [], []),
    ("sms", "debtor", "【鑫瑞小额贷款】覃海峰：你每天早上七点四十从西乡塘区住处骑电动车去上班，"
     "这条路我们很熟。请今日还款。", [("PERSON", "覃海峰")], [SENSITIVE]),
    ("sms", "debtor", "【普融金融】账户信息：户名郑*，卡号6228 **** **** 3719，欠款2,116元。请按时还款。",
     [], []),
    ("sms", "debtor", "【金穗分期】您的收款账户：6228480161060113685（农行），请核对后于下午三点前回复确认还款计划。",
     [("CN_BANK_CARD", "6228480161060113685")], [UNMASKED]),
    ("sms", "debtor", "【信而达】孙*明您好，您的借款已逾期2天，点击 https://h5.xinerda-demo.cn/r?k=8Fq2 "
     "查看账单并还款。", [], []),
    ("sms", "debtor", "【佳禾借款】王秀兰你好，你儿子王子豪在实验小学三年级二班，下午四点放学，"
     "你的欠款再不还我们就去学校门口等你。", [("PERSON", "王秀兰"), ("PERSON", "王子豪")],
     [EXCESSIVE, SENSITIVE]),
    ("sms", "debtor", "【乐分期】您好，您登记的紧急联系人王建军(15961973843)、李桂芝(17681845574)已收到"
     "提醒，请尽快还款。", [("PERSON", "王建军"), ("CN_MOBILE", "15961973843"), ("PERSON", "李桂芝"),
                        ("CN_MOBILE", "17681845574")], [UNMASKED, EXCESSIVE]),
    ("sms", "debtor", "【宜和普惠】尊敬的客户：您的账单138****5678已出，本期应还1,024.00元，还款日为"
     "2024年3月15日。", [], []),
    ("sms", "debtor", "【友利金融】史玉梅，你在教会做礼拜的时间我们都清楚，周日上午十点前请把钱还上。",
     [("PERSON", "史玉梅")], [SENSITIVE]),
    ("sms", "debtor", "【花无忧】尊敬的用户，您的指纹及人脸识别信息已与借款合同绑定，逾期将同步至"
     "征信。请及时还款。", [], [SENSITIVE]),
    ("sms", "debtor", "【小鹿优品】亲，您的护照号码E52892531已被系统标记，出境前请结清欠款2,800元。",
     [("CN_PASSPORT", "E52892531")], [UNMASKED]),
    ("sms", "debtor", "【中安信贷】欧阳振华先生：您名下身份证32058319680212206X关联的三笔借款均已逾期，"
     "请尽快还款以免影响征信。", [("PERSON", "欧阳振华"), ("CN_ID_CARD", "32058319680212206X")], [UNMASKED]),
    ("sms", "debtor", "【金满仓】提示：您的借据号JK-2024-0577213将于明日到期，金额1,500元，可提前还款。",
     [], []),
]

# Robot dialer scripts, as the platform logs them (the robot is the agent).
ROBOT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是融易借贷后管理中心，请问是刘志强先生本人吗？确认请按1。\n客户：1\n"
     "坐席：您的借款已逾期12天，欠款金额2,376元，请于今日内还款。还款账户为您绑定的尾号9238的银行卡。",
     [("PERSON", "刘志强")], []),
    ("call", "debtor", "坐席：您好，这里是快借App智能客服，为核实身份，请确认您的身份证号码为六幺洞幺幺三幺勾勾洞"
     "幺两幺两四五五六，确认请按1。\n客户：1",
     [("CN_ID_CARD", "六幺洞幺幺三幺勾勾洞幺两幺两四五五六")], [UNMASKED]),
    ("call", "debtor", "坐席：尊敬的客户，您的还款扣款卡号为六两两两洞两四六幺拐两五勾两三八，余额不足，"
     "请及时存入。\n客户：知道了", [("CN_BANK_CARD", "六两两两洞两四六幺拐两五勾两三八")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是安信分期，您的欠款已逾期，稍后将发送还款短信到您尾号8709的手机，"
     "请注意查收。", [], []),
    ("call", "debtor", "坐席：您好，系统检测到您近三个月在其他四家网贷平台均有借款记录，总负债约六万元，"
     "请优先归还我司欠款。\n客户：你们怎么知道的", [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好，这里是小鱼分期，您的合同编号HT二零二四零五一二零零三八已逾期，"
     "请按1转人工。\n客户：（按键1）", [], []),
    ("call", "debtor", "坐席：您好，我们将通过短信把还款链接发送至 幺三 洞三八两 六八拐洞勾 这个号码，"
     "请问是否正确？\n客户：对", [("CN_MOBILE", "幺三 洞三八两 六八拐洞勾")], [UNMASKED]),
    ("call", "debtor", "坐席：您好，这里是恒信金融，您的欠款已逾期45天。我们注意到您目前在市第一人民医院"
     "肿瘤科住院治疗，请家属代为处理还款事宜。\n客户：……", [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好，请问是夏雨婷女士吗？确认请按1。\n客户：1\n坐席：您的借款本金3,000元，"
     "将于明天到期，可在App内一键还款，感谢您的配合。", [("PERSON", "夏雨婷")], []),
    ("call", "debtor", "坐席：您好，这里是融达科技催收中心，如您对账单有异议，可拨打我司座机0571-86021734"
     "转8012，工作日九点至十八点有专人接听。\n客户：好", [("CN_LANDLINE", "0571-86021734转8012")], []),
]

# Human collectors' calls as speech-to-text output: no punctuation, fillers, homophones, dropped characters.
ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好是陈国栋吗 我这边是佳信的 呃你那个借款逾期二十来天了\n客户：我知道 最近手头紧\n"
     "坐席：那个你看这周能不能先还一部分", [("PERSON", "陈国栋")], []),
    ("call", "debtor", "坐席：就是说你身份证 四四零三零四 一九九零 零八二六 三零九七 这个是你本人的吧 对吧\n"
     "客户：是", [("CN_ID_CARD", "四四零三零四 一九九零 零八二六 三零九七")], [UNMASKED]),
    ("call", "debtor", "坐席：喂 你老婆这个月在妇保院查出来怀孕三个月了是吧 那你更得把钱还上啊\n客户：你们怎么知道",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：你那张工行卡 6222 0246 1725 9238 里面上礼拜刚进了一万二的工资 别跟我说没钱\n"
     "客户：那是要交房租的", [("CN_BANK_CARD", "6222 0246 1725 9238")], [UNMASKED, SENSITIVE]),
    ("call", "debtor", "坐席：呃你好 我是宏达资产的 工号拐拐零三 打给你是关于你那个分期的事\n客户：嗯你说",
     [], []),
    ("call", "debtor", "坐席：那个 你爸黄德福住在南宁市兴宁区民主路42号3栋501是吧 我们下午过去找他聊聊\n"
     "客户：你别去找我爸", [("PERSON", "黄德福"), ("ADDRESS", "南宁市兴宁区民主路42号3栋501")],
     [EXCESSIVE]),
    ("call", "debtor", "坐席：喂 就是我们这边查到你每周二周四晚上都去那个康复医院做透析 对吧 身体要紧 但是钱也要还\n"
     "客户：……", [], [SENSITIVE]),
    ("call", "debtor", "客户：你把还款账号发我吧\n坐席：好的 稍后短信发到您尾号4154的手机上 您注意查收 还款后"
     "截图发我就行", [], []),
    ("call", "debtor", "坐席：诶 你手机号是幺八幺幺拐幺四八洞四幺吧 我加你微信\n客户：加吧",
     [("CN_MOBILE", "幺八幺幺拐幺四八洞四幺")], [UNMASKED]),
    ("call", "debtor", "坐席：你好 徐丽娜 你那个 呃 护照 E 八四三四四三四四 我们这边登记了 出境要注意哈\n"
     "客户：什么意思", [("PERSON", "徐丽娜"), ("CN_PASSPORT", "E 八四三四四三四四")], [UNMASKED]),
    ("call", "debtor", "坐席：那个 我跟你说 你女儿周欣怡在东湖中学初二七班 每天下午五点半放学 我们都知道的\n"
     "客户：你们想干嘛", [("PERSON", "周欣怡")], [EXCESSIVE, SENSITIVE]),
    ("call", "debtor", "坐席：喂是林先生吗 我们是信诚的 你那笔借款合同号是二零二四零三一八零零六五 还有三天到期\n"
     "客户：好的我记下了", [], []),
    ("call", "debtor", "坐席：就你那个账户啊 卡号是六二二八 四八零九 一四五零 五五七三 零五七 对不对 "
     "你确认一下\n客户：对", [("CN_BANK_CARD", "六二二八 四八零九 一四五零 五五七三 零五七")], [UNMASKED]),
    ("call", "debtor", "坐席：你是不是信那个佛教的 天天去灵隐寺烧香 佛祖也不保佑欠钱不还的人\n客户：你管得着吗",
     [], [SENSITIVE]),
    ("call", "debtor", "坐席：您好 这里是借贝逾期处理中心 您的欠款三千二百元 最迟还款日是十五号 您看今天能处理吗\n"
     "客户：我下午转", [], []),
    ("call", "debtor", "坐席：嗯 你那个手机 幺5965 9两拐幺幺洞 是你老公的吧 我刚给他打过了\n客户：你打他干嘛",
     [("CN_MOBILE", "幺5965 9两拐幺幺洞")], [EXCESSIVE, UNMASKED]),
    ("call", "debtor", "坐席：呃 你现在人在昆明对吧 住在盘龙区那个如家 我们的人下午就到\n客户：……", [],
     [SENSITIVE]),
]

# Written to relatives, employers, colleagues and contacts.
THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【鑫融资产】您好，您的同事蔡文杰在我司借款逾期60天，欠款18,600元，请转告其尽快还款。",
     [("PERSON", "蔡文杰")], [DISCLOSURE]),
    ("sms", "third_party", "【鑫融资产】您好，我们有要事联系蔡先生，麻烦您转告他回电0755-83217690，谢谢。",
     [("CN_LANDLINE", "0755-83217690")], []),
    ("sms", "third_party", "【和信分期】李秀英女士您好，您儿子李俊（身份证510107199602192507）欠款未还，"
     "请督促。", [("PERSON", "李秀英"), ("PERSON", "李俊"), ("CN_ID_CARD", "510107199602192507")],
     [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【恒泰担保】冯立新先生，您于2023年5月为借款合同HT-2023-0516提供连带责任担保，"
     "主债务已到期未清偿，请于10日内履行担保责任。", [("PERSON", "冯立新")], []),
    ("app", "third_party", "您好，您是贺晓燕的紧急联系人，她目前因乳腺癌在省肿瘤医院化疗，无力还款，"
     "请您帮忙垫付。", [("PERSON", "贺晓燕")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【捷信通】张先生您好，您的弟弟张建华住在成都市武侯区科华北路65号世外桃源广场B座1708，"
     "欠我司货款未还，请转告。", [("PERSON", "张建华"), ("ADDRESS", "成都市武侯区科华北路65号世外桃源广场B座1708")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【速贷小站】您好，请转告您的朋友袁**尽快联系我们，回电请拨95083。", [], []),
    ("email", "third_party", "人事部负责人您好：\n贵司员工谭国庆（工号2031，手机18574205237）在我平台借款已逾期"
     "93天，本息合计42,380元。请贵司协助通知其本人尽快处理。\n信远资产管理 催收部",
     [("PERSON", "谭国庆"), ("CN_MOBILE", "18574205237")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【合众金融】您好，您的租客宋佳琪在我司有一笔逾期借款，请您提供其当前住址或"
     "督促其还款。", [("PERSON", "宋佳琪")], [DISCLOSURE]),
    ("notice", "third_party", "致 幸福里社区居委会：\n贵辖区居民郭春生（住幸福里小区7栋2单元402室，身份证号"
     "370203198006055839）拖欠我司借款本息共计56,000元，逾期已逾半年，请居委会协助督促。\n"
     "特此函告。\n华茂信汇资产管理有限公司",
     [("PERSON", "郭春生"), ("ADDRESS", "幸福里小区7栋2单元402室"), ("CN_ID_CARD", "370203198006055839")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("app", "third_party", "你好，我是小额贷的客服，你朋友卢晓峰最近抑郁症住院了，他的账单我们联系不上他本人，"
     "请你让他回个电话。", [("PERSON", "卢晓峰")], [DISCLOSURE, SENSITIVE]),
    ("sms", "third_party", "【安逸贷】您好，我司有重要事项需与尾号0027的机主本人沟通，如您认识，请转告其回电"
     "021-52963018。", [("CN_LANDLINE", "021-52963018")], []),
    ("sms", "third_party", "【金桥融资】唐先生：您女儿唐诗雨在我平台逾期，她目前怀孕七个月，住在娘家，"
     "请家人一起想办法。", [("PERSON", "唐诗雨")], [DISCLOSURE, SENSITIVE]),
    ("email", "third_party", "王经理：\n贵公司员工曹磊的信用卡欠款已转至我处理，其欠款12,850元，"
     "另据查其工资卡（6217003773960307）每月15日入账，望配合代扣。\n（此邮件由系统发送）",
     [("PERSON", "曹磊"), ("CN_BANK_CARD", "6217003773960307")], [DISCLOSURE, UNMASKED, SENSITIVE]),
    ("sms", "third_party", "【中恒消金】尊敬的联系人：您好，现有一封重要信函需转交程女士，请其致电客服"
     "400-888-0011，谢谢。", [], []),
    ("app", "third_party", "群发：各位亲友，司马南（电话13917532907）欠网贷5万多不还，已经失联，"
     "谁知道他下落请告知。", [("PERSON", "司马南"), ("CN_MOBILE", "13917532907")], [DISCLOSURE, UNMASKED]),
    ("sms", "third_party", "【乐鑫】您好，您被登记为杜明辉先生的联系人，请提醒其与我司联系，谢谢。",
     [("PERSON", "杜明辉")], []),
    ("sms", "third_party", "【钱袋袋】小陈你好，你表哥严志刚在我们这借了两万没还，他老婆何丽、女儿严欣"
     "我们都找过了，你帮忙劝劝。", [("PERSON", "严志刚"), ("PERSON", "何丽"), ("PERSON", "严欣")],
     [DISCLOSURE, EXCESSIVE]),
    ("notice", "third_party", "房东您好：\n租住您名下房屋（杭州市拱墅区莫干山路1088号天阳尚城3幢1502室）的"
     "租户钟思远拖欠我司借款，请协助转交本通知并督促其还款。\n华信资产",
     [("ADDRESS", "杭州市拱墅区莫干山路1088号天阳尚城3幢1502室"), ("PERSON", "钟思远")], [DISCLOSURE]),
    ("email", "third_party", "马克·吴（Mark Wu）先生：\n您于2023年9月2日签署的《保证合同》（编号BZ-230902-17）"
     "所担保的借款已到期未还，依约请您于本月30日前履行保证责任。如有疑问请回复本邮件。\n"
     "瑞丰金融法务部 legal@ruifeng-fin.example.com",
     [("PERSON", "马克·吴"), ("PERSON", "Mark Wu"), ("EMAIL", "legal@ruifeng-fin.example.com")], []),
]

# Calls to contacts, relatives and colleagues.
THIRD_PARTY_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：您好，请问您认识任浩然吗？\n联系人：认识，是我同学。\n坐席：麻烦您转告他，"
     "有件急事请他给我们回个电话，谢谢您。", [("PERSON", "任浩然")], []),
    ("call", "third_party", "坐席：喂你好是何春梅的妈妈吧 你女儿在我们这借了八千块 三个月没还了\n"
     "联系人：我不知道这个事", [("PERSON", "何春梅")], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好，我这边是安康普惠的，想找一下魏明。\n联系人：他不在。\n"
     "坐席：好的，那麻烦他方便的时候回个电话，谢谢。", [("PERSON", "魏明")], []),
    ("call", "third_party", "坐席：喂 你是韩雪的同事吧 她这个月是不是在请病假 听说是做了手术\n"
     "联系人：你问这个干嘛\n坐席：她欠我们钱 逾期好久了", [("PERSON", "韩雪")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：你好 我们找一下邹德明 他登记的联系人是你\n联系人：我是他姐\n"
     "坐席：他身份证四二零一零二一九七二零五零二四五一五 欠我们三万多 你让他赶紧还",
     [("PERSON", "邹德明"), ("CN_ID_CARD", "四二零一零二一九七二零五零二四五一五")],
     [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：您好，请问是诸葛亮平先生的家属吗？麻烦您转告他，"
     "请他本人回电0571-88762031，谢谢。\n第三方：行", [("PERSON", "诸葛亮平"),
                                                    ("CN_LANDLINE", "0571-88762031")], []),
    ("call", "third_party", "坐席：喂 你好 是陆家辉他爸吗 你儿子在深圳宝安区西乡街道那个电子厂上夜班 欠了我们网贷"
     "一万五\n第三方：啊？", [("PERSON", "陆家辉")], [DISCLOSURE, SENSITIVE]),
    ("call", "third_party", "坐席：您好，打扰一下，请问能联系上郝建国先生吗？\n第三方：打错了吧\n"
     "坐席：好的，抱歉打扰了。", [("PERSON", "郝建国")], []),
    ("call", "third_party", "坐席：你好 我是融三六零的 你老公莫俊杰 电话幺三九幺五拐拐五两洞幺 打不通 他欠款的事你知道吧\n"
     "第三方：不知道", [("PERSON", "莫俊杰"), ("CN_MOBILE", "幺三九幺五拐拐五两洞幺")], [DISCLOSURE, UNMASKED]),
    ("call", "third_party", "坐席：喂，你好，我是物业这边的，想问下你们单位有没有一个叫万志远的？\n"
     "第三方：有\n坐席：他住我们小区欠了借款公司的钱，人家找到物业了。", [("PERSON", "万志远")], [DISCLOSURE]),
    ("call", "third_party", "坐席：您好，冒昧打扰，我们找侯文静女士，她在资料里留了您的电话，麻烦请她回电，谢谢。\n"
     "第三方：好，我跟她说", [("PERSON", "侯文静")], []),
    ("call", "third_party", "坐席：喂 梁姐是吧 你弟梁永福 住南宁市青秀区东葛路118号青秀万达A3栋1801 欠钱跑了 你知道他去哪了吗\n"
     "第三方：我们好久不联系了", [("PERSON", "梁永福"), ("ADDRESS", "南宁市青秀区东葛路118号青秀万达A3栋1801")],
     [DISCLOSURE, EXCESSIVE]),
]

# WeChat and in-app chats, one to one and in groups.
CHATS: list[PiplEntry] = [
    ("app", "debtor", "客服：您好，请问有什么可以帮您？\n客户：我想改一下还款卡，新卡是6258021793811557\n"
     "客服：好的，已为您提交变更申请，新卡尾号1557，一个工作日内生效。",
     [("CN_BANK_CARD", "6258021793811557")], []),
    ("app", "debtor", "客户：我的手机号换了，现在是15868369501\n客服：收到，已更新为尾号9501的号码，后续提醒将发送到新号码。",
     [("CN_MOBILE", "15868369501")], []),
    ("app", "debtor", "客服：你好，核实一下你的信息：姓名于海洋，身份证610113197708242711，手机18115146033，"
     "都对吧？\n客户：对", [("PERSON", "于海洋"), ("CN_ID_CARD", "610113197708242711"),
                           ("CN_MOBILE", "18115146033")], [UNMASKED]),
    ("app", "debtor", "客服：亲，看到你朋友圈发了在三亚度假的照片，这周都住在亚龙湾那家酒店吧？有钱旅游没钱还款？",
     [], [SENSITIVE]),
    ("app", "debtor", "客服：您好，您的账单尾号7558，本期应还986元，可在“我的-还款”中操作。\n客户：好的谢谢",
     [], []),
    ("app", "third_party", "【业主群】各位邻居好，7栋1单元的住户熊志明欠我们公司钱不还，电话17302143848，"
     "有见到他的请通知一下。", [("PERSON", "熊志明"), ("CN_MOBILE", "17302143848")], [DISCLOSURE, UNMASKED]),
    ("app", "third_party", "【同学群】@全体成员 大家好，我是徐晴的债权方代表，她借款逾期已经半年，"
     "现在在老家湖南衡阳坐月子，请同学们劝劝她。", [("PERSON", "徐晴")], [DISCLOSURE, SENSITIVE]),
    ("app", "debtor", "客服：跟你确认一下收款账户：户名 范*，账号 6225 88** **** 5860，确认无误后我们就划扣了。",
     [], []),
    ("app", "debtor", "客服：你儿子范小宇不是在育才幼儿园大班吗，每天早上八点你老公刘强送过去的，"
     "这些我们都清楚。\n客户：你想干什么", [("PERSON", "范小宇"), ("PERSON", "刘强")], [EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "客户：我身份证是43010419740928994X，你帮我查下还剩多少\n客服：查到了，剩余本金4,210元。",
     [("CN_ID_CARD", "43010419740928994X")], []),
    ("app", "third_party", "【家族群】各位叔叔阿姨，我是安信的催收专员，你们家侄子薛文博在我们这里借了钱，"
     "现在逾期了，他媳妇刘艳和他爸薛长河都不接电话。", [("PERSON", "薛文博"), ("PERSON", "刘艳"),
                                                   ("PERSON", "薛长河")], [DISCLOSURE, EXCESSIVE]),
    ("app", "debtor", "客服：您好，您上传的人脸照片和声纹样本已经存档，逾期不还我们会提交给合作机构比对。",
     [], [SENSITIVE]),
    ("app", "debtor", "客服：你的支付宝余额还有3,400多，微信零钱也有一千多，别说还不上。", [], [SENSITIVE]),
    ("app", "debtor", "客服：温馨提示，您的借款合同编号为 330106198913451 （系统自动编号），请妥善保管。", [], []),
    ("app", "debtor", "客服：給你核對一下，你的卡號是６２１２２６２４３２５８９１３７６３０，沒錯吧？",
     [("CN_BANK_CARD", "６２１２２６２４３２５８９１３７６３０")], [UNMASKED]),
    ("app", "debtor", "客户：我妈住院了，这个月能不能缓一缓\n客服：理解您的情况，可以申请延期还款，"
     "我这边帮您提交，审核结果会短信通知您。", [], []),
    ("app", "debtor", "客服：上官婉清你好，你单位是滨江区的网鼎科技吧，地址在网商路599号，你再不还款我们就发函到"
     "你单位。", [("PERSON", "上官婉清"), ("ADDRESS", "网商路599号")], [EXCESSIVE]),
    ("app", "third_party", "【工作群】各位好，我们是长泰资产的，贵部门的孔德胜欠款逾期，他最近糖尿病住院的事"
     "大家也知道，请大家转告他联系我们。", [("PERSON", "孔德胜")], [DISCLOSURE, SENSITIVE]),
    ("app", "debtor", "客户：你们地址在哪，我想去现场办\n客服：我们的线下服务点在上海市徐汇区漕溪北路88号圣爱大厦"
     "12楼，工作日可以来办理。", [("ADDRESS", "上海市徐汇区漕溪北路88号圣爱大厦12楼")], []),
    ("app", "debtor", "客服：你在淘宝上的收货地址是白云区京溪街道南方医院家属区12栋304，你每天在南方医院"
     "血透室陪你妈做治疗，我们都知道。", [("ADDRESS", "白云区京溪街道南方医院家属区12栋304")], [SENSITIVE]),
]

# Letters and notices: 催收函, 律师函, letters to employers, landlords and committees.
LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收通知函\n编号：CS-2024-08812\n致：罗*华 先生/女士\n您于2023年6月在我司申请的个人"
     "消费贷款，截至2024年5月31日已逾期82天，欠款本息合计15,630.52元。请于收函之日起7日内还款至您尾号5652的"
     "还款账户。\n如有异议，请致电028-86659021。\n成都惠民小额贷款有限公司（盖章）\n2024年6月3日",
     [("CN_LANDLINE", "028-86659021")], []),
    ("notice", "debtor", "律师函\n致 白志勇 先生（身份证号码：130102198502067912）：\n受委托人之托，就您所欠借款事宜"
     "函告如下：请于十五日内清偿欠款人民币38,000元。\n北京明正律师事务所",
     [("PERSON", "白志勇"), ("CN_ID_CARD", "130102198502067912")], [UNMASKED]),
    ("notice", "third_party", "致深圳市华腾电子有限公司人力资源部：\n贵司员工龙海波（身份证号440304199510288265）"
     "因借款逾期，现欠款23,400元。其家住深圳市龙岗区布吉街道吉华路338号丽湖花园5栋1603，请贵司协助催告。\n"
     "鼎盛资产管理（深圳）有限公司",
     [("PERSON", "龙海波"), ("CN_ID_CARD", "440304199510288265"),
      ("ADDRESS", "深圳市龙岗区布吉街道吉华路338号丽湖花园5栋1603")], [DISCLOSURE, UNMASKED, EXCESSIVE]),
    ("notice", "debtor", "还款提醒函\n尊敬的田*先生：\n您在我行的信用卡（卡号6225 88** **** 7591）已逾期2期，"
     "欠款金额9,872.16元。请及时还款，如有困难可申请分期。\n客服热线：95555\n招融银行信用卡中心",
     [], []),
    ("notice", "debtor", "催告函\n贾玉洁女士：\n经查，您现住郑州市金水区花园路39号院3号楼2单元601，"
     "您丈夫贾永强、公公贾福生均知悉此事。请于本月底前还款。\n中原信安资产",
     [("PERSON", "贾玉洁"), ("ADDRESS", "郑州市金水区花园路39号院3号楼2单元601"), ("PERSON", "贾永强"),
      ("PERSON", "贾福生")], [EXCESSIVE]),
    ("notice", "debtor", "民事起诉状副本送达通知\n案号：(2024)浙0106民初18832号\n请于收到本通知后十五日内"
     "到杭州市西湖区人民法院（杭州市西湖区文三路418号）领取诉讼材料。联系电话0571-87088100。",
     [("ADDRESS", "杭州市西湖区文三路418号"), ("CN_LANDLINE", "0571-87088100")], []),
    ("notice", "debtor", "债务确认书\n借款人：甘*\n身份证号：4503**********6052\n借款金额：20,000元\n"
     "借款合同号：JK20220915001\n请核对无误后签字寄回。", [], []),
    ("notice", "third_party", "致 柳河村村民委员会：\n贵村村民姚大山（住址：河南省周口市郸城县汲冢镇柳河村三组17号）"
     "在我公司借款五万元，逾期未还，其妻患有尿毒症正在透析，请村委会协助做工作。\n豫信资产",
     [("PERSON", "姚大山"), ("ADDRESS", "河南省周口市郸城县汲冢镇柳河村三组17号")],
     [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("notice", "debtor", "逾期提醒\n蔡*萍 女士：您的借款本金6,000元已逾期15天。根据合同第八条，逾期将按日收取"
     "万分之五的罚息。请尽快登录App还款。\n发函日期：2024年4月18日", [], []),
    ("notice", "debtor", "催款函\n黎志明先生：\n我司已获悉您于每周一、三、五晚七点在天河体育中心羽毛球馆打球，"
     "请勿继续逃避，速来我司协商还款。\n广州恒丰商务咨询有限公司",
     [("PERSON", "黎志明")], [SENSITIVE]),
    ("notice", "debtor", "还款通知书\n借款人：陳志偉\n身份證號碼：44030419970420885X\n借款餘額：港幣42,300元\n"
     "請於三十日內清還。\n華信財務有限公司",
     [("PERSON", "陳志偉"), ("CN_ID_CARD", "44030419970420885X")], [UNMASKED]),
    ("notice", "debtor", "調解通知\n黃淑芬女士：\n您於本公司之貸款已逾期，請於本月二十日前致電(852) 2815 3366"
     "聯絡本公司調解部。\n永信財務", [("PERSON", "黃淑芬"), ("CN_LANDLINE", "(852) 2815 3366")], []),
    ("notice", "third_party", "致房東 劉先生：\n閣下物業（廣州市天河區體育西路103號維多利廣場A座2206室）之租客"
     "梁嘉欣小姐欠本公司款項逾期未還，請轉告其盡快聯絡。\n富達財務",
     [("ADDRESS", "廣州市天河區體育西路103號維多利廣場A座2206室"), ("PERSON", "梁嘉欣")], [DISCLOSURE]),
    ("notice", "debtor", "催收函\n致 皇甫俊 先生：\n您的借款已逾期。您名下另有建设银行储蓄卡余额约26,000元、"
     "理财产品两笔，具备还款能力，请立即还款。\n中衡信资产",
     [("PERSON", "皇甫俊")], [SENSITIVE]),
    ("notice", "debtor", "还款提醒函\n借款人：莫*\n逾期金额：4,500元\n还款账户：见App\n"
     "公司地址：南京市鼓楼区中山北路26号新晨国际大厦22楼\n联系电话：025-83316670",
     [("ADDRESS", "南京市鼓楼区中山北路26号新晨国际大厦22楼"), ("CN_LANDLINE", "025-83316670")], []),
    ("notice", "debtor", "律师函\n阿卜杜拉·买买提先生：\n您的身份证号6501**********2315，您在我委托人处"
     "借款未还，请于十日内联系本所。\n新疆天衡律师事务所 0991-2856730",
     [("PERSON", "阿卜杜拉·买买提"), ("CN_LANDLINE", "0991-2856730")], []),
    ("notice", "debtor", "催款通知\n慕容雪女士：您的借款已逾期。您在我司的借款合同签署时留存的指纹、虹膜信息"
     "真实有效，不容抵赖。\n仁和小贷", [("PERSON", "慕容雪")], [SENSITIVE]),
    ("notice", "debtor", "债权转让通知书\n致 汪*明：\n原债权人将对您的债权（合同号：XY-2021-330871，"
     "本金50,000元）转让给我司，请向我司履行还款义务。\n公告日期：2024年2月1日", [], []),
    ("notice", "third_party", "致 阳光幼儿园：\n贵园中班学生杨子涵的父亲杨浩拖欠借款，请贵园通知家长"
     "尽快与我司联系。\n金鼎资产", [("PERSON", "杨子涵"), ("PERSON", "杨浩")],
     [DISCLOSURE, SENSITIVE]),
    ("notice", "debtor", "還款通知\n吳先生：閣下之信用卡（尾號5971）欠款港幣8,420元，請於到期日前清還。"
     "查詢請致電客戶服務熱線。", [], []),
]

# E-mails.
EMAILS: list[PiplEntry] = [
    ("email", "debtor", "主题：账户核对\n卢先生您好：\n请核对您的信息——身份证：5301 0219 9011 0323 35，"
     "银行卡：6228 4823 0634 2430。如有误请回复。", [("CN_ID_CARD", "5301 0219 9011 0323 35"),
                                                      ("CN_BANK_CARD", "6228 4823 0634 2430")], [UNMASKED]),
    ("email", "debtor", "主题：关于您的借款\n尹先生：\n我们了解到您目前在精神卫生中心接受抑郁症治疗，"
     "但欠款问题仍需处理，请您或家属与我们联系。", [], [SENSITIVE]),
    ("email", "debtor", "Subject: 逾期通知\n蒋文涛先生：\n您的护照（E26183087）已列入我司关注名单。"
     "您的欠款已逾期120天。", [("PERSON", "蒋文涛"), ("CN_PASSPORT", "E26183087")], [UNMASKED]),
    ("email", "debtor", "主题：还款计划确认\n您好，您申请的分期已通过：每月15日还款862元，共12期。"
     "合同编号：FQ-20240611-3302。\n如需帮助请回复 help@huiyi-pay.example.cn",
     [("EMAIL", "help@huiyi-pay.example.cn")], []),
    ("email", "debtor", "主题：最后通知\n邱建军：你在杭州市余杭区五常街道荆丰村二组45号的老房子和你弟邱建华在"
     "苏州的厂子我们都查清楚了，你看着办。", [("PERSON", "邱建军"),
                                           ("ADDRESS", "杭州市余杭区五常街道荆丰村二组45号"),
                                           ("PERSON", "邱建华")], [EXCESSIVE]),
    ("email", "third_party", "主题：协助通知\n尊敬的人事部：\n贵司员工潘婷婷女士在我平台欠款7,850元，已逾期，"
     "请贵司协助转达。\n（附件：借款合同扫描件）", [("PERSON", "潘婷婷")], [DISCLOSURE]),
    ("email", "debtor", "主题：您的账单\n您好，您尾号3685的借记卡本月扣款失败，请确认卡内余额。"
     "发件时间：2024-05-21 09:32:17", [], []),
    ("email", "debtor", "主题：核实信息\n您好，请核对：手机 13120718853；紧急联系人 母亲 雷素珍 15656130034。",
     [("CN_MOBILE", "13120718853"), ("PERSON", "雷素珍"), ("CN_MOBILE", "15656130034")], [UNMASKED, EXCESSIVE]),
    ("email", "debtor", "主题：关于逾期的说明\n东方明先生：您好，得知您已皈依伊斯兰教并正在斋月期间，"
     "我司愿在斋月后与您协商还款。", [("PERSON", "东方明")], [SENSITIVE]),
    ("email", "debtor", "主题：电子回单\n交易流水号：202405211032559871\n还款金额：2,000.00元\n"
     "交易时间：2024年5月21日10:32:55\n状态：成功", [], []),
    ("email", "debtor", "主题：还款提醒\n邵女士：您好，您的收款账户：６２２８４８６９５９３５３７１９ 已冻结，"
     "请联系我们。", [("CN_BANK_CARD", "６２２８４８６９５９３５３７１９")], [UNMASKED]),
    ("email", "third_party", "主题：紧急联系人通知\n您好，您是付雅琴的紧急联系人，请您转告她尽快回电。谢谢！\n"
     "客服邮箱 kefu@jiale-credit.example.com", [("PERSON", "付雅琴"), ("EMAIL", "kefu@jiale-credit.example.com")],
     []),
    ("email", "debtor", "主题：账户安全\n尊敬的用户，您绑定的邮箱 zhang.lei1988@mail-demo.cn 已更新。"
     "如非本人操作请联系客服。", [("EMAIL", "zhang.lei1988@mail-demo.cn")], []),
]

# Dialect, traditional characters, half-literate texts.
DIALECTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 你阿妈每日朝早七点都喺市桥公园晨运 九点先返屋企 我哋都知 你仲唔还钱\n"
     "客户：唔好搞我阿妈", [], [SENSITIVE]),
    ("call", "debtor", "坐席：哎呀你娃儿硬是不接电话嘛 你身份证 五一零一零七 一九九六 零二一九 二五零七 对不对嘛\n"
     "客户：对头", [("CN_ID_CARD", "五一零一零七 一九九六 零二一九 二五零七")], [UNMASKED]),
    ("call", "debtor", "坐席：老铁你这钱啥时候还啊 你媳妇儿那不是刚生完二胎在月子中心呢嘛\n客户：你咋知道的",
     [], [SENSITIVE]),
    ("sms", "debtor", "【恒昶】侬好，侬格借款已经逾期了，应还3,200块，请尽快处理，有问题打4008-123-456。",
     [], []),
    ("call", "debtor", "坐席：中不中啊 你这钱拖了仨月了 俺们查着你在郑州东站那个鸿远电子厂上班 每天早八点晚八点\n"
     "客户：中 我想办法", [], [SENSITIVE]),
    ("app", "debtor", "客服：你欠滴钱该还咧 卡号6228 4894 1253 5971 你自个看着办", [("CN_BANK_CARD",
                                                                            "6228 4894 1253 5971")], [UNMASKED]),
    ("sms", "debtor", "【金澳财务】閣下嘅貸款已逾期，請盡快還款，查詢請致電(853) 2871 5566。",
     [("CN_LANDLINE", "(853) 2871 5566")], []),
    ("call", "debtor", "坐席：阿拉晓得侬囡囡在卢湾区第一中心小学读四年级 侬钞票快点还\n客户：侬哪能晓得", [],
     [SENSITIVE]),
    ("app", "third_party", "你好 我系借贷公司嘅 你表哥何家豪欠咗我哋三万蚊 佢而家每晚喺福田华强北嗰间酒楼做到十二点先收工 你叫佢快啲还钱",
     [("PERSON", "何家豪")], [DISCLOSURE, SENSITIVE]),
    ("sms", "debtor", "【豐盛信貸】陳小明先生，閣下身份證號碼 41010519980503967X 之貸款已逾期，請速還款。",
     [("PERSON", "陳小明"), ("CN_ID_CARD", "41010519980503967X")], [UNMASKED]),
    ("app", "debtor", "客服：你欠的钱 快点换 不然我门就去你家 你家在 四川省南充市仪陇县马鞍镇石岭村5组32号 "
     "你爸妈每天下午都在村口小卖部打牌", [("ADDRESS", "四川省南充市仪陇县马鞍镇石岭村5组32号")], [SENSITIVE]),
    ("app", "debtor", "客服：你卡号是 一五 八六 八三 六九 五零 一 不对 你手机号是这个吧 给你发短信了",
     [("CN_MOBILE", "一五 八六 八三 六九 五零 一")], [UNMASKED]),
    ("call", "debtor", "坐席：喂，哥，你老母亲那个高血压住院的事我们也听说了，你看能不能先还一部分\n客户：过两天",
     [], [SENSITIVE]),
    ("sms", "debtor", "【中和】你好 你的钱该还了 借款编号 2024 0315 0087 1 请在明天下午5点前还", [], []),
    ("app", "debtor", "客服：俺跟你说 你那身份证号 四一零一零五一九九八零五零三九六七X 俺们都有 别想跑",
     [("CN_ID_CARD", "四一零一零五一九九八零五零三九六七X")], [UNMASKED]),
    ("call", "debtor", "坐席：喂 我系永昇财务嘅 你张卡 尾号 三六八五 今个月扣款唔成功 麻烦你存钱入去\n客户：好", [], []),
]

# Numbers that are not identifiers: masked forms, contract, order, case, waybill and invoice numbers, amounts,
# dates and timestamps. No category, no identifier entity.
DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【顺捷分期】您的订单号 440304199913320157 已发货，运单号SF1420987765312，请注意查收。", [], []),
    ("sms", "debtor", "【信用鸟】您好，您尾号2848的借款本期应还1,845.20元，还款日2024年7月10日。", [], []),
    ("notice", "debtor", "执行通知书\n(2024)粤0304执12873号\n被执行人：余*东\n执行标的：人民币48,213.00元\n"
     "请于本通知送达之日起三日内履行。", [], []),
    ("sms", "debtor", "【好分期】发票号码：04403230015078562，开票金额1,200.00元，已发送至您的邮箱。", [], []),
    ("app", "debtor", "客服：您的身份证号 3301**********1234 已完成实名认证，借款额度8,000元已激活。", [], []),
    ("sms", "debtor", "【易借】手机号138****5678的用户您好，您的账单已生成，金额2,468元，详情见App。", [], []),
    ("email", "debtor", "主题：合同归档\n合同编号：HT-320583-19690714-772\n签署时间：2024-03-02 14:26:09\n"
     "归档状态：已完成", [], []),
    ("call", "debtor", "坐席：您好，您的借款单号是 LN 6228 4800 2918，逾期金额两千三百元，请问今天能处理吗？\n客户：能",
     [], []),
    ("sms", "debtor", "【普惠通】您的还款于2024-05-20 18:32:41到账，金额3,021.57元，流水号 20240520183241009876。",
     [], []),
    ("notice", "debtor", "催收函\n文号：华信催字〔2024〕第0612号\n您的借款（借据号 610113200013451200）已逾期，"
     "请联系我司处理。\n客服：400-690-1188", [], []),
    ("app", "debtor", "客服：您的工单号是 GD20240611000387，我们会在48小时内回复您。", [], []),
    ("sms", "debtor", "【金条优选】您的借款申请编号 JT 1387 6543 2109 已通过，放款金额10,000元。", [], []),
    ("call", "debtor", "坐席：您好，请问是尾号五六七八的机主吗？这里是安康普惠，您的账单还有两天到期。\n客户：是我",
     [], []),
    ("email", "debtor", "主题：案件受理通知\n案件编号：SZ-ARB-2024-00917\n受理日期：2024年6月12日\n"
     "争议金额：人民币26,500元", [], []),
    ("notice", "debtor", "结清证明\n兹证明借款人 赵* （证件号码 5101**********2507）在我司的贷款（合同号"
     "CD2022081500126）已于2024年5月31日全部结清。\n特此证明。", [], []),
    ("app", "debtor", "客服：您本次还款的交易单号为 370203196613450157，如有疑问请截图联系客服。", [], []),
    ("sms", "debtor", "【三六借条】您的借款已结清，感谢您的信任。快递单号 YT7531946082135 为您的结清证明。", [], []),
    ("email", "debtor", "主题：对账单\n账户：尾号7091\n期初余额：-5,230.00\n本期还款：1,000.00\n"
     "期末余额：-4,230.00\n对账日：2024/06/30", [], []),
    ("call", "debtor", "坐席：您好，您的案件编号是 二零二四 零六 幺幺 零零三拐 记一下，有问题打我们客服热线。\n"
     "客户：好的", [], []),
    ("sms", "debtor", "【安心借】您的贷款合同 320583650013432 已生效，首期还款日为下月15日。", [], []),
]

# Identifiers written in every form: grouped, dotted, hyphenated, slashed, split across lines, in URLs, after labels.
IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【合力贷】身份证号码：610113197706142848，请核实后还款。", [("CN_ID_CARD", "610113197706142848")],
     [UNMASKED]),
    ("sms", "debtor", "【速溶】卡号: 6258-0239-8171-5954，还款请转入此卡。", [("CN_BANK_CARD", "6258-0239-8171-5954")],
     [UNMASKED]),
    ("sms", "debtor", "【融信】收款账户 6230.5808.2607.8094.789 户名 吕*，请于今日内转账。",
     [("CN_BANK_CARD", "6230.5808.2607.8094.789")], [UNMASKED]),
    ("app", "debtor", "客服：您的身份证号是 330106/19890114/3081 吗？请确认。", [], [UNMASKED]),
    ("sms", "debtor", "【金信】请核对您的证件号：5001031981\n02250027，如有误请回复。", [], [UNMASKED]),
    ("call", "debtor", "坐席：你身份证前面是三三零幺零六幺九九七零二 后面是幺三幺两六九 对吧\n客户：对", [],
     [UNMASKED]),
    ("sms", "debtor", "【e贷】点击查看账单：https://m.edai-demo.cn/bill?mobile=15550057143&id=88213", [
        ("CN_MOBILE", "15550057143")], [UNMASKED]),
    ("email", "debtor", "主题：信息核对\n旧版身份证号：130102650520075\n如与您新证件不一致，请回复说明。",
     [("CN_ID_CARD", "130102650520075")], [UNMASKED]),
    ("sms", "debtor", "【钱栈】您登记的护照号 E88847353 已用于境外还款验证，逾期将通报出入境。", [("CN_PASSPORT", "E88847353")],
     [UNMASKED]),
    ("call", "debtor", "坐席：你的卡号我念一下啊 六二三零 五八零八 六八四零 五六三三 三五零 没错吧\n客户：嗯",
     [("CN_BANK_CARD", "六二三零 五八零八 六八四零 五六三三 三五零")], [UNMASKED]),
    ("sms", "debtor", "【信融】手机 155-2379-3408 用户，您的借款已逾期，请尽快还款。", [("CN_MOBILE", "155-2379-3408")],
     [UNMASKED]),
    ("app", "debtor", "客服：身份证 34010420000905792３ 这个是你吧", [("CN_ID_CARD", "34010420000905792３")], [UNMASKED]),
    ("sms", "debtor", "【聚财】借款人身份证 4403 0419 8908 0876 29，欠款3,300元，请今日处理。",
     [("CN_ID_CARD", "4403 0419 8908 0876 29")], [UNMASKED]),
    ("call", "debtor", "坐席：你记一下 你本人那张卡 6222 0212 3141 6678 100 你把钱存进去 我们明天划扣\n"
     "客户：哦", [("CN_BANK_CARD", "6222 0212 3141 6678 100")], [UNMASKED]),
    ("sms", "debtor", "【恒富】您的手机号为18560601760，请保持畅通，逾期将影响您的征信。", [("CN_MOBILE", "18560601760")],
     [UNMASKED]),
    ("email", "debtor", "主题：借款信息\n姓名：吕梦瑶\n身份证：32058319690714772２\n手机：１５５９４３１２２６７\n"
     "欠款：6,210元", [("PERSON", "吕梦瑶"), ("CN_ID_CARD", "32058319690714772２"),
                                 ("CN_MOBILE", "１５５９４３１２２６７")], [UNMASKED]),
    ("call", "debtor", "坐席：你手机号 幺五幺六四 拐九四八拐四 是吧 我们短信发你了\n客户：是", [
        ("CN_MOBILE", "幺五幺六四 拐九四八拐四")], [UNMASKED]),
    ("app", "debtor", "客服：你绑定的卡是６２１２２６２３５４８０８８１８４６１，还有一张工行的我们也查到了，"
     "余额一万多。", [("CN_BANK_CARD", "６２１２２６２３５４８０８８１８４６１")], [UNMASKED, SENSITIVE]),
    ("sms", "debtor", "【易分期】请核对您的手机号：198 7651 5794，若已变更请及时在App更新。",
     [("CN_MOBILE", "198 7651 5794")], [UNMASKED]),
    ("notice", "debtor", "催收函\n致 鲁志成（身份证号：340104198709133165）：\n您的借款已逾期，请于十日内还款。",
     [("PERSON", "鲁志成"), ("CN_ID_CARD", "340104198709133165")], [UNMASKED]),
    ("call", "debtor", "坐席：你卡号是62284805\n坐席：79484057388 这张卡我们明天上午扣款\n客户：知道了", [], [UNMASKED]),
    ("sms", "debtor", "【信远】您的紧急联系人手机号 153.5653.7624 已验证。", [("CN_MOBILE", "153.5653.7624")],
     [UNMASKED]),
    ("app", "debtor", "客服：你的身份证号码是 21010219730115306X ，护照 E52464032 ，都在我们系统里。",
     [("CN_ID_CARD", "21010219730115306X"), ("CN_PASSPORT", "E52464032")], [UNMASKED]),
    ("email", "debtor", "主题：还款链接\n请点击 https://pay.kuaijie-demo.com/repay?card=6225888718497591 完成还款。",
     [("CN_BANK_CARD", "6225888718497591")], [UNMASKED]),
    ("sms", "debtor", "【盈信】证件号43010468072524３已过期，请更新后还款。", [("CN_ID_CARD", "43010468072524３")],
     [UNMASKED]),
    ("call", "debtor", "坐席：你那个 老身份证啊 十五位的 四三零幺零四六八零七两五两四三 对吧\n客户：对的",
     [("CN_ID_CARD", "四三零幺零四六八零七两五两四三")], [UNMASKED]),
    ("sms", "debtor", "【鑫达】手机号：187/8673/6944，身份证后四位8265，请核实。", [], [UNMASKED]),
    ("app", "debtor", "客服：你另外一个号码 15643862771 也是你在用的吧，我们两个号都会联系。",
     [("CN_MOBILE", "15643862771")], [UNMASKED]),
    ("notice", "debtor", "还款通知\n借款人：何*军\n还款卡号：6258 0223 6005 5826\n请确保卡内余额充足。",
     [("CN_BANK_CARD", "6258 0223 6005 5826")], [UNMASKED]),
    ("call", "debtor", "坐席：你身份证号四五零幺零三 幺九八四零拐幺三 六零五两 是你的吗\n客户：是",
     [("CN_ID_CARD", "四五零幺零三 幺九八四零拐幺三 六零五两")], [UNMASKED]),
]

# Sensitive data in everyday words: health, pregnancy, whereabouts and routine, children, money, faith, biometrics.
EVERYDAY_SENSITIVE: list[PiplEntry] = [
    ("sms", "debtor", "【优借】孔先生，您上周三去协和做的那个胃镜结果出来了吧？身体好了就把钱还一下。", [], [SENSITIVE]),
    ("app", "debtor", "客服：你不是每天晚上十点在万达后门那个烧烤摊收摊吗，我们的人明天去找你聊聊。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：就是说你家孩子那个自闭症 在康复中心一个月也要好几千吧 那你先把我们这个还了\n"
     "客户：你们太过分了", [], [SENSITIVE]),
    ("sms", "debtor", "【借多多】您好，您这周在省人民医院产科建档的事我们已知晓，请孕期保重，但欠款仍需处理。", [],
     [SENSITIVE]),
    ("app", "debtor", "客服：你每个月8号公积金到账两千一，15号工资到账六千五，这些流水我们都看得到。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 你这礼拜是不是在做化疗啊 头发都掉了吧 那也得还钱啊\n客户：……", [], [SENSITIVE]),
    ("sms", "debtor", "【拍立借】您好，您每周六下午都送女儿去少年宫学钢琴，三点到五点，这段时间方便的话来我司一趟。",
     [], [SENSITIVE]),
    ("email", "debtor", "主题：关于您的情况\n您好，我们注意到您最近在戒毒所完成了强制隔离戒毒，出来后请尽快联系我们处理欠款。",
     [], [SENSITIVE]),
    ("app", "debtor", "客服：你那个HIV的检查报告我们这边也看到了，别拿生病当借口。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：我们知道你现在不在家 在你丈母娘那 就在桂林七星区那个小区 对吧\n客户：你们跟踪我？", [],
     [SENSITIVE]),
    ("sms", "debtor", "【飞鸿贷】您好，您的残疾人证（肢体二级）已同步至我司系统，如有特殊困难可申请延期。", [], [SENSITIVE]),
    ("app", "debtor", "客服：你儿子才十五岁就在网吧打工了吧，每天晚上从新华路那家网吧下班，你不还钱他也不安全。", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：你上个月是不是刚做完流产手术 我们这边有记录 身体养好了就把钱还上\n客户：你们怎么会知道", [],
     [SENSITIVE]),
    ("sms", "debtor", "【小荷钱包】您在我司的人脸认证视频已留存，若不还款将依法使用。", [], [SENSITIVE]),
    ("email", "debtor", "主题：还款协商\n您好，得知您每天早上六点半在西湖边晨跑后去公司，我们的工作人员可以在那里"
     "与您面谈。", [], [SENSITIVE]),
    ("app", "debtor", "客服：你每周日都去那个基督教堂做礼拜吧，我们也可以在教堂门口等你。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：喂 你老婆那个精神病是不是又犯了 在安定医院住着呢 你还有心思不还钱\n客户：你闭嘴",
     [], [SENSITIVE]),
    ("sms", "debtor", "【万嘉普惠】您好，系统显示您今天下午两点在浦东机场T2值机，出境前请先结清欠款。", [], [SENSITIVE]),
    ("app", "debtor", "客服：你在别的平台还有七八笔借款吧，总共欠了十几万，我们都查到了。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你在工地上干活摔断腿住院了是吧 那你家里人替你还也行\n客户：你们讲不讲理", [], [SENSITIVE]),
    ("sms", "debtor", "【即安金融】您好，根据您的定位，您此刻在长沙市芙蓉区五一大道附近，请就近到我司网点还款。", [],
     [SENSITIVE]),
    ("call", "debtor", "坐席：我跟你说，你那个孩子上的是特殊教育学校，每天坐校车七点出门，我们的人都看着呢\n客户：求你们",
     [], [SENSITIVE]),
    ("email", "debtor", "主题：逾期提醒\n您好，您的借款已逾期10天，金额3,120元。若您因病暂时困难，可回复本邮件"
     "申请延期或分期。", [], []),
]

# To neighbours, colleagues, employers, landlords and committees, and to the debtor with his relations' data.
NEIGHBOURS_AND_WORK: list[PiplEntry] = [
    ("notice", "third_party", "致 锦绣花园物业管理处：\n贵小区业主方国平（住锦绣花园11栋3单元702室，电话18322135613）"
     "欠我司借款未还，请物业协助张贴催款通知。\n汇鼎资产",
     [("PERSON", "方国平"), ("ADDRESS", "锦绣花园11栋3单元702室"), ("CN_MOBILE", "18322135613")],
     [DISCLOSURE, EXCESSIVE, UNMASKED]),
    ("app", "third_party", "【小区业主群】大家好，我是某金融公司的，15栋的石磊欠钱不还，他老婆叫陶静，"
     "在小区门口开了个水果店，大家见了帮忙说一声。", [("PERSON", "石磊"), ("PERSON", "陶静")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "third_party", "【恒泰】您好，您的员工祝海涛在我司借款逾期，现住西安市雁塔区小寨东路126号百汇大厦"
     "1206室，请您督促。", [("PERSON", "祝海涛"), ("ADDRESS", "西安市雁塔区小寨东路126号百汇大厦1206室")],
     [DISCLOSURE, EXCESSIVE]),
    ("call", "third_party", "坐席：喂，是天宇物流吗？我找一下你们的司机殷志伟，他欠款的事情你们领导知道吗？\n"
     "第三方：不清楚", [("PERSON", "殷志伟")], [DISCLOSURE]),
    ("email", "debtor", "主题：催款\n崔明远先生：\n您的妻子林秀梅（13752631483）、岳父林福生（18990574642）"
     "我们已一一联系，请您尽快还款。", [("PERSON", "崔明远"), ("PERSON", "林秀梅"), ("CN_MOBILE", "13752631483"),
                                   ("PERSON", "林福生"), ("CN_MOBILE", "18990574642")], [EXCESSIVE, UNMASKED]),
    ("sms", "debtor", "【润和】沈建军，你在宁波北仑区的顺达汽配厂上班，家住北仑区新碶街道明州路777号2幢305室，"
     "这周内还钱。", [("PERSON", "沈建军"), ("ADDRESS", "北仑区新碶街道明州路777号2幢305室")], [EXCESSIVE]),
    ("app", "third_party", "【公司群】各位同事好，市场部的苏晓丽在网贷平台逾期，目前已欠款2.6万元，"
     "请大家提醒她处理。", [("PERSON", "苏晓丽")], [DISCLOSURE]),
    ("notice", "third_party", "致 房东 闫先生：\n您的租客戴志刚（身份证：210102197207115286）欠款逾期，请配合我方"
     "了解其近期出入情况。\n金诚资产", [("PERSON", "戴志刚"), ("CN_ID_CARD", "210102197207115286")],
     [DISCLOSURE, UNMASKED]),
    ("call", "debtor", "坐席：夏明 你哥夏亮在市三中当老师对吧 你弟夏冬在开出租 电话我们都有\n客户：你别骚扰他们",
     [("PERSON", "夏明"), ("PERSON", "夏亮"), ("PERSON", "夏冬")], [EXCESSIVE]),
    ("sms", "debtor", "【融和信】覃小燕女士，您的公司地址南宁市青秀区民族大道136号华润大厦C座2803，以及您在"
     "该公司的职位我们已核实。", [("PERSON", "覃小燕"), ("ADDRESS", "南宁市青秀区民族大道136号华润大厦C座2803")],
     [EXCESSIVE]),
    ("call", "third_party", "坐席：喂 你好 我们是小盈的 你是彭云峰的邻居吧 他家是不是住你们对门 六零二\n"
     "第三方：是啊 怎么了\n坐席：他欠了好几万 你见到他让他还钱", [("PERSON", "彭云峰")], [DISCLOSURE]),
    ("app", "debtor", "客服：你妹妹郝婷婷（17670557165）、你同事毛建国我们都加上微信了。",
     [("PERSON", "郝婷婷"), ("CN_MOBILE", "17670557165"), ("PERSON", "毛建国")], [EXCESSIVE, UNMASKED]),
    ("notice", "third_party", "致 石岭村二组组长：\n贵组村民吴长贵，家住四川省南充市仪陇县马鞍镇石岭村二组8号，"
     "借款逾期未还，特请组长协助催告。", [("PERSON", "吴长贵"), ("ADDRESS", "四川省南充市仪陇县马鞍镇石岭村二组8号")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "debtor", "【安家贷】傅晓峰，你老婆邹玲在中心医院当护士，你女儿傅佳在二小上学，别逼我们。",
     [("PERSON", "傅晓峰"), ("PERSON", "邹玲"), ("PERSON", "傅佳")], [EXCESSIVE, SENSITIVE]),
    ("call", "third_party", "坐席：您好，这里是中融消金，请问是武文斌先生的单位吗？麻烦您转告他给我们回个电话。\n"
     "第三方：好的", [("PERSON", "武文斌")], []),
    ("email", "third_party", "主题：关于贵司员工\n您好：贵司财务部员工金美玲（住上海市闵行区七宝镇漕宝路3366号"
     "万科城市花园18号楼1101）在我司欠款，请协助。", [("PERSON", "金美玲"),
                                             ("ADDRESS", "上海市闵行区七宝镇漕宝路3366号万科城市花园18号楼1101")],
     [DISCLOSURE, EXCESSIVE]),
    ("sms", "debtor", "【盛元金融】罗永辉，你在南山科技园腾飞大厦上班，你爸罗德明、你妈陈桂兰的电话我们都存着。",
     [("PERSON", "罗永辉"), ("PERSON", "罗德明"), ("PERSON", "陈桂兰")], [EXCESSIVE]),
    ("app", "third_party", "【村民群】大家好，七组的邵德贵欠网贷八万元，已起诉，他儿子邵小兵在县一中读高二。",
     [("PERSON", "邵德贵"), ("PERSON", "邵小兵")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
]

# Hard compliant texts: the debtor's data masked, a lender's own hotline and office, a court's public address,
# the agent's work number, the customer giving their own numbers.
HARD_COMPLIANT: list[PiplEntry] = [
    ("sms", "debtor", "【融三六零】尊敬的李*，您身份证尾号1451的借款已逾期3天，请通过官方App还款，客服95055。", [], []),
    ("call", "debtor", "坐席：您好，我是海泰消金贷后专员，工号HX20318，请问是柳先生本人吗？\n客户：是\n"
     "坐席：您尾号4789的借款本期未还，今天能处理吗？\n客户：下午", [], []),
    ("app", "debtor", "客户：我的卡是6228480029181484139，能自动扣吗\n客服：可以的，已为您设置尾号4139的卡自动扣款。",
     [("CN_BANK_CARD", "6228480029181484139")], []),
    ("notice", "debtor", "出庭通知\n案号：(2024)沪0115民初56231号\n开庭地点：上海市浦东新区人民法院第十二法庭"
     "（上海市浦东新区丁香路1118号）\n开庭时间：2024年8月12日9:30\n联系电话：021-58393216",
     [("ADDRESS", "上海市浦东新区丁香路1118号"), ("CN_LANDLINE", "021-58393216")], []),
    ("sms", "debtor", "【网融贷】您的借款将于3天后到期，应还2,150元。如需帮助，请拨打0571-26883168（工作日9-18点）。",
     [("CN_LANDLINE", "0571-26883168")], []),
    ("call", "debtor", "客户：你记一下我的新号码 幺三九八四五拐八幺八拐\n坐席：好的，已更新为尾号8187的号码。",
     [("CN_MOBILE", "幺三九八四五拐八幺八拐")], []),
    ("email", "debtor", "主题：回复：还款凭证\n客户：我已经转账了，我的卡号是 6228 4806 2857 6234 148\n"
     "客服：收到，已核实到账，谢谢。", [("CN_BANK_CARD", "6228 4806 2857 6234 148")], []),
    ("app", "debtor", "客户：我身份证号370203196611230157 你们查一下是不是我\n客服：已查到您的账户，为保护"
     "您的隐私，请勿在对话中发送完整证件号。", [("CN_ID_CARD", "370203196611230157")], []),
    ("notice", "debtor", "还款提示函\n尊敬的客户（证件号码：3701**********0157）：\n您的借款已逾期，请于本月"
     "25日前还款。\n地址：济南市历下区泺源大街29号国华大厦15楼\n电话：0531-86127755",
     [("ADDRESS", "济南市历下区泺源大街29号国华大厦15楼"), ("CN_LANDLINE", "0531-86127755")], []),
    ("call", "third_party", "坐席：您好，请问是苗先生吗？\n第三方：不是，你打错了\n坐席：不好意思打扰了，再见。", [],
     []),
    ("sms", "debtor", "【安康普惠】尊敬的客户，您的贷款本期应还金额已从尾号0307的银行卡成功扣款1,580元。", [], []),
    ("call", "debtor", "坐席：你好 我是江南商行信用卡中心的 工号幺两八八三 您卡片尾号七五九一 账单逾期了 请问您方便还款吗\n"
     "客户：方便", [], []),
    ("app", "debtor", "客户：这是我老婆的号17635093842，以后有事打她电话也行\n客服：抱歉，根据规定我们只与"
     "借款人本人沟通还款事宜。", [("CN_MOBILE", "17635093842")], []),
    ("email", "debtor", "主题：联系方式\n如您有任何疑问，欢迎致电我司客服热线 400-100-8866 或发邮件至 "
     "service@xinyi-credit.example.com，地址：北京市朝阳区建国路93号万达广场8号楼1201。",
     [("EMAIL", "service@xinyi-credit.example.com"), ("ADDRESS", "北京市朝阳区建国路93号万达广场8号楼1201")], []),
    ("call", "debtor", "坐席：您好，这里是马到消费金融，请问是孟凡宇本人吗？\n客户：是\n坐席：您的账单已逾期"
     "两天，我们可以为您办理展期，您看需要吗？", [("PERSON", "孟凡宇")], []),
    ("notice", "debtor", "诉前调解告知书\n当事人：曾*伟\n调解机构：深圳市福田区人民调解委员会\n地址：深圳市福田区"
     "福华三路168号\n请于2024年9月5日前到场参与调解。",
     [("ADDRESS", "深圳市福田区福华三路168号")], []),
    ("app", "debtor", "客户：我在住院 做完手术再还行吗\n客服：祝您早日康复。我们可以为您申请30天的延期，"
     "请问需要吗？\n客户：要", [], []),
    ("call", "third_party", "坐席：您好，我们有急事想联系黎小姐，麻烦您转告她回电，谢谢。\n第三方：我跟她说一声", [], []),
    ("email", "debtor", "主题：Re: 我的账户\n客户：你好，我的手机号是18786972173，身份证50010319950225171X，"
     "麻烦帮我查下欠款\n客服：已查询，您的欠款为3,020元，可在App内还款。",
     [("CN_MOBILE", "18786972173"), ("CN_ID_CARD", "50010319950225171X")], []),
    ("call", "debtor", "坐席：您好，这里是度满金融，工号拐拐三二幺，请问您是钱先生吗？\n客户：是\n"
     "坐席：提醒您明天是还款日，金额八百六十元。", [], []),
    ("app", "debtor", "客服：已为您开具结清证明，借款人：邱*，证件号：3101**********4826，请在“我的-证明”下载。",
     [], []),
    ("notice", "debtor", "催收通知\n债务人：谭*国\n欠款金额：42,380元\n逾期天数：93天\n还款期限：2024年7月31日前\n"
     "还款方式：对公转账或App还款\n联系电话：0755-83217690\n发函单位：信远资产管理有限公司\n"
     "发函日期：2024年7月1日", [("CN_LANDLINE", "0755-83217690")], []),
]

# More voices: obfuscated, traditional, group chats, half-literate collectors, letters to families.
MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【易融】钟伟明，你媳妇儿赵小红在新世纪超市收银，你儿子钟浩在职校读书，你自己掂量。",
     [("PERSON", "钟伟明"), ("PERSON", "赵小红"), ("PERSON", "钟浩")], [EXCESSIVE]),
    ("app", "third_party", "【高中同学群】各位老同学，田甜（电话18378905230）借钱不还已经三个月了，欠款一万二，"
     "大家帮忙带个话。", [("PERSON", "田甜"), ("CN_MOBILE", "18378905230")], [DISCLOSURE, UNMASKED]),
    ("notice", "debtor", "告知函\n徐振东先生：\n您家住合肥市蜀山区长江西路669号华润置地广场2栋1704室，您的父亲徐长根、"
     "母亲王月娥已被列为联系人。请尽快还款。", [("PERSON", "徐振东"),
                                         ("ADDRESS", "合肥市蜀山区长江西路669号华润置地广场2栋1704室"),
                                         ("PERSON", "徐长根"), ("PERSON", "王月娥")], [EXCESSIVE]),
    ("sms", "debtor", "【汇鑫】z s h（张书恒），你 身 份 证 号 我 们 有 ，1 8 7 4 2 1 3 6 0 8 5 这 个 号 也 打 不 通 ，速 还 款。",
     [("PERSON", "张书恒"), ("CN_MOBILE", "1 8 7 4 2 1 3 6 0 8 5")], [UNMASKED]),
    ("call", "third_party", "坐席：喂 是黄晓明单位的吧 我找一下他领导\n第三方：我就是\n坐席：他在我们公司借了四万块 "
     "三个月没还了 你们扣他工资吧", [("PERSON", "黄晓明")], [DISCLOSURE]),
    ("email", "debtor", "主题：请您配合\n葛亚楠女士：\n您在苏州工业园区星湖街328号创意产业园10栋的公司、您丈夫"
     "吴志强的单位我们都已掌握。", [("PERSON", "葛亚楠"), ("ADDRESS", "苏州工业园区星湖街328号创意产业园10栋"),
                                ("PERSON", "吴志强")], [EXCESSIVE]),
    ("app", "debtor", "客服：你老公段文涛的手机幺八九六五三两四两拐两打不通，你让他回电。",
     [("PERSON", "段文涛"), ("CN_MOBILE", "幺八九六五三两四两拐两")], [EXCESSIVE, UNMASKED]),
    ("sms", "third_party", "【诚信贷】您好，您的邻居卓立军（住您楼上1502）在我司欠款未还，请转告其还款。",
     [("PERSON", "卓立军")], [DISCLOSURE]),
    ("call", "debtor", "坐席：你小名叫二狗子是吧 刘二狗 你老家在河南商丘睢县城关镇北关村四组 你爹刘大柱还在种地\n"
     "客户：你们咋啥都知道", [("PERSON", "二狗子"), ("PERSON", "刘二狗"), ("ADDRESS", "河南商丘睢县城关镇北关村四组"),
                          ("PERSON", "刘大柱")], [EXCESSIVE]),
    ("notice", "third_party", "致 貴司人事部：\n貴司員工劉家豪先生（身份證號碼：33010619841111283X）欠本公司"
     "貸款港幣六萬元，逾期半年，懇請協助。\n永泰財務", [("PERSON", "劉家豪"), ("CN_ID_CARD", "33010619841111283X")],
     [DISCLOSURE, UNMASKED]),
    ("app", "debtor", "客服：你娘家在岳阳市岳阳楼区洞庭南路45号，你弟弟叫汤伟，你妈叫李淑华，要不要我们挨个打电话？",
     [("ADDRESS", "岳阳市岳阳楼区洞庭南路45号"), ("PERSON", "汤伟"), ("PERSON", "李淑华")], [EXCESSIVE]),
    ("sms", "third_party", "【融易贷】您好，您是罗*的同事吧？她在我司欠款3,600元逾期未还，麻烦您转告。", [],
     [DISCLOSURE]),
    ("call", "debtor", "坐席：我们查到你在三家银行都有卡 建行那张 6217 0022 3131 0018 687 里还有两万多 对吧\n"
     "客户：那是我的存款", [("CN_BANK_CARD", "6217 0022 3131 0018 687")], [UNMASKED, SENSITIVE]),
    ("email", "third_party", "主题：债务告知\n尊敬的赵女士：\n您的丈夫韦国强在我司借款已逾期，欠款本息共计31,800元，"
     "请您督促其还款。", [("PERSON", "韦国强")], [DISCLOSURE]),
    ("app", "debtor", "客服：樊宇轩你好，你在成都市高新区天府三街199号太平洋保险金融大厦A区15楼上班，你同事胡丽、"
     "你组长陈刚我们都认识。", [("PERSON", "樊宇轩"), ("ADDRESS", "成都市高新区天府三街199号太平洋保险金融大厦A区15楼"),
                           ("PERSON", "胡丽"), ("PERSON", "陈刚")], [EXCESSIVE]),
    ("sms", "debtor", "【信澜】您好，您的女儿杜若溪（初一3班）的班主任电话我们也有，请配合还款。",
     [("PERSON", "杜若溪")], [EXCESSIVE, SENSITIVE]),
    ("call", "third_party", "坐席：您好，我这边是捷鑫的，您是江海波的爱人吧\n第三方：对\n坐席：他的借款逾期两个月了，"
     "欠我们一万零五百，您帮忙提醒一下", [("PERSON", "江海波")], [DISCLOSURE]),
    ("notice", "debtor", "最後通牒\n鄭家偉先生：閣下住址香港九龍旺角彌敦道688號旺角中心一期12樓B室，閣下太太"
     "鄭美玲及女兒鄭詠詩之資料本公司均已掌握。", [("PERSON", "鄭家偉"),
                                        ("ADDRESS", "香港九龍旺角彌敦道688號旺角中心一期12樓B室"),
                                        ("PERSON", "鄭美玲"), ("PERSON", "鄭詠詩")], [EXCESSIVE]),
    ("app", "third_party", "【家长群】各位家长好，三年级二班龚子墨的妈妈龚雪在我们平台借款逾期，请各位转告她联系我们。",
     [("PERSON", "龚子墨"), ("PERSON", "龚雪")], [DISCLOSURE, SENSITIVE]),
    ("sms", "debtor", "【安信】郑**，你欠的钱该还了，卡号6258021462877558，户名郑，今天必须转账。",
     [("CN_BANK_CARD", "6258021462877558")], [UNMASKED]),
    ("call", "debtor", "坐席：唐欢 你男朋友叫谢文轩吧 在华创做软件的 你不还我们就找他\n客户：跟他没关系",
     [("PERSON", "唐欢"), ("PERSON", "谢文轩")], [EXCESSIVE]),
    ("email", "debtor", "主题：重要通知\n覃先生：\n您的配偶陆美华（身份证450103198407136052）作为共同借款人，"
     "亦负有还款义务。", [("PERSON", "陆美华"), ("CN_ID_CARD", "450103198407136052")], [UNMASKED, EXCESSIVE]),
    ("app", "third_party", "你好，你是骆志远的室友吧？他欠我们平台的钱，他现在是不是每天晚上十二点才回宿舍？",
     [("PERSON", "骆志远")], [DISCLOSURE, SENSITIVE]),
    ("sms", "debtor", "【诺安信】尊敬的客户，您的紧急联系人邹*（尾号2434）已收到我司提醒，请您尽快处理欠款。", [], []),
    ("call", "debtor", "坐席：你那个 社保卡号 身份证号 都一样的嘛 三四零幺零四 幺九九四零四幺九 七两六九\n客户：嗯",
     [("CN_ID_CARD", "三四零幺零四 幺九九四零四幺九 七两六九")], [UNMASKED]),
    ("notice", "third_party", "致 新城派出所辖区 红旗社区居委会：\n辖区居民柏松林，住红旗社区富民路19号4栋"
     "2单元301，欠款不还，其子柏天佑在红旗小学就读，请协助。", [("PERSON", "柏松林"), ("ADDRESS", "富民路19号4栋2单元301"),
                                                     ("PERSON", "柏天佑")], [DISCLOSURE, EXCESSIVE, SENSITIVE]),
    ("app", "debtor", "客服：你姐叫丁慧，在县医院上班，电话15841321976，你不还我们就天天找她。",
     [("PERSON", "丁慧"), ("CN_MOBILE", "15841321976")], [EXCESSIVE, UNMASKED]),
    ("sms", "third_party", "【快易花】您好，我司客户时*宇已将您列为联系人，他在我司的借款已逾期45天，请转告其及时还款。",
     [], [DISCLOSURE]),
    ("call", "debtor", "坐席：你这个人 在淮安市清江浦区健康东路8号 那个电子厂 三号车间上白班是吧 你老婆叫啥 叫许红是吧\n"
     "客户：你想干啥", [("ADDRESS", "淮安市清江浦区健康东路8号"), ("PERSON", "许红")], [EXCESSIVE, SENSITIVE]),
    ("email", "third_party", "主题：请协助联系\n您好，您的同事包建华在我司借款逾期未还，其近期因心脏病住院，"
     "请您代为转告联系方式。", [("PERSON", "包建华")], [DISCLOSURE, SENSITIVE]),
    ("app", "debtor", "客服：杭州的家 余杭区良渚街道玉鸟路1号良渚文化村竹径茶语9幢2单元501 你老婆朱晓雯 你儿子朱一鸣 "
     "我们上门拜访一下", [("ADDRESS", "余杭区良渚街道玉鸟路1号良渚文化村竹径茶语9幢2单元501"), ("PERSON", "朱晓雯"),
                  ("PERSON", "朱一鸣")], [EXCESSIVE]),
    ("sms", "debtor", "【佰盛】您的账户６２２５８８１９７３９１５８６０于今日扣款失败，请存入足额资金。",
     [("CN_BANK_CARD", "６２２５８８１９７３９１５８６０")], [UNMASKED]),
    ("call", "third_party", "坐席：喂，是滕飞的老板吗？他是你们店的厨师吧，他在我们这借的钱逾期了，"
     "欠款五千八\n第三方：你找他本人去", [("PERSON", "滕飞")], [DISCLOSURE]),
    ("app", "debtor", "客服：我们看到你的征信报告里有三张信用卡全部逾期，房贷也断供两个月了。", [], [SENSITIVE]),
    ("notice", "debtor", "催收函\n致 聂建平：\n我司已查明您的户籍地为湖北省荆州市公安县斗湖堤镇南平村六组21号，"
     "您的哥哥聂建国、妹妹聂红梅均在本地居住。", [("PERSON", "聂建平"), ("ADDRESS", "湖北省荆州市公安县斗湖堤镇南平村六组21号"),
                                      ("PERSON", "聂建国"), ("PERSON", "聂红梅")], [EXCESSIVE]),
    ("call", "debtor", "坐席：你妈叫裴淑英吧 今年七十二了 一个人住在老家 你忍心让我们去打扰她吗\n客户：你们别去",
     [("PERSON", "裴淑英")], [EXCESSIVE]),
    ("email", "debtor", "主题：账户信息\n您的收款账户：6230 5805 6377 1595 396；备用卡：6212 2626 1568 7979 479；"
     "以上两张卡余额合计12,400元。", [("CN_BANK_CARD", "6230 5805 6377 1595 396"),
                                  ("CN_BANK_CARD", "6212 2626 1568 7979 479")], [UNMASKED, SENSITIVE]),
    ("app", "third_party", "【驾校学员群】大家好，学员晏子俊在我司分期学车费用逾期，他的号码13852372727，请大家提醒。",
     [("PERSON", "晏子俊"), ("CN_MOBILE", "13852372727")], [DISCLOSURE, UNMASKED]),
    ("call", "debtor", "坐席：你老公是公务员吧 在区财政局上班 叫邢卫东 我们要是打到他单位去\n客户：别别别",
     [("PERSON", "邢卫东")], [EXCESSIVE]),
    ("sms", "debtor", "【百诚】您好，您的护照Ｅ３０３８７９７５及港澳通行证信息已报备，请尽快还款。",
     [("CN_PASSPORT", "Ｅ３０３８７９７５")], [UNMASKED]),
    ("notice", "third_party", "致 盛女士（借款人卢浩之岳母）：\n卢浩欠我司借款本金20,000元，逾期120天，"
     "其现住址为武汉市洪山区珞喻路1037号华中科大西区19栋601，请您协助督促。",
     [("PERSON", "卢浩"), ("PERSON", "卢浩"), ("ADDRESS", "武汉市洪山区珞喻路1037号华中科大西区19栋601")],
     [DISCLOSURE, EXCESSIVE]),
    ("app", "debtor", "客服：你那辆白色大众，每天早上八点半停在公司楼下B2，晚上七点才开走，我们都看着呢。", [], [SENSITIVE]),
    ("call", "debtor", "坐席：你好 钱女士 你女婿叫屈明杰 在阿帕云上班 你女儿叫钱思琪 都联系不上 你帮忙说一下\n"
     "客户：我就是借款人啊", [("PERSON", "屈明杰"), ("PERSON", "钱思琪")], [EXCESSIVE]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "L-SMS-DEBTOR": SMS_DEBTOR,
    "L-ROBOT-CALLS": ROBOT_CALLS,
    "L-ASR-CALLS": ASR_CALLS,
    "L-THIRD-PARTIES": THIRD_PARTIES,
    "L-THIRD-PARTY-CALLS": THIRD_PARTY_CALLS,
    "L-CHATS": CHATS,
    "L-LETTERS": LETTERS,
    "L-EMAILS": EMAILS,
    "L-DIALECTS": DIALECTS,
    "L-DECOYS": DECOYS,
    "L-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "L-EVERYDAY-SENSITIVE": EVERYDAY_SENSITIVE,
    "L-NEIGHBOURS-AND-WORK": NEIGHBOURS_AND_WORK,
    "L-HARD-COMPLIANT": HARD_COMPLIANT,
    "L-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
