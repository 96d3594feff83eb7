"""Writes `pipl_heldout_r.jsonl`, the eighteenth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_p.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests
or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were
drawn once by a throw-away script (random area codes and birth dates with the right check character, Luhn-valid
card numbers, mobiles on real prefixes, passports of E and eight digits) and typed into the texts by hand, many
of them read aloud, grouped or in full-width digits.

Its weight lies on identifiers in every written and spoken form, as a hard-form set, and on the two categories
detectors find hardest. Identifiers are read aloud with 幺 洞 两 拐 勾 and 零 to 九, mixed with digits and grouped by
spaces (幺五五 三幺四四 拐拐四两), read over two turns (a card's last four digits after the customer fetches a pen),
typed in full-width digits, split by dots, hyphens or full-width hyphens (１３９－９３２３－９８５５, 147.7199.0527);
they are passports (E + 8 digits, one full-width, two read aloud, and a travel permit), landlines with area codes in
brackets, full-width hyphens and extensions (转2206), bank cards of 16 and 19 digits, 18-digit IDs ending in X, x,
Ｘ or 叉 and valid old 15-digit ones (one half in full-width digits), numbers inside URLs, JSON-like exports, CSV
and Markdown tables, and after labels (证件号码：, 身份证：, 手机：, 卡号：). Beside them stand the decoys: contract,
loan, order, waybill, tracking, invoice, policy, case, batch, receipt and work-order numbers (15- and 18-digit ones
whose "birth date" is no real date, an 11-digit one on no mobile prefix, a policy number grouped like a card that
fails the card check, a contract and a work-order number read aloud), masked forms (尾号, 138****4748,
3101**********0198), verification codes, amounts, timestamps, a device id and an IMEI.
`pii.sensitive` and `pii.excessive` each label well over fifty messages, mostly without the textbook words (a
wife thirty weeks along, the 31 bus at 6:50 from the north gate, a provident fund that grows on the 10th, the church
choir on Sunday mornings, half a year in a detention centre, a car parked in the same garage every night, a
pension, a dialysis slot on Tuesdays and Thursdays, the first and fifteenth at a temple, a daughter who boards and
comes home on Friday, a child with autism and a livelihood allowance), and beside them near-misses: a lender's
hardship policy naming illness, pregnancy or disaster, a debtor speaking of her own caesarean, faith, detox or
fast, an agent who answers with a deferral, a letter that names only the debtor and the address it is sent to, a
guarantor and a co-borrower told of their own obligation, a court summons with its own public address, the
agent's own name, work number, landline and e-mail, a relative the customer has just named, masked accounts echoed
back, a customer giving their own card or ID. Registers: lenders' SMS templates, robot and agent calls as
speech-to-text output (fillers, numbers over two turns), WeChat, QQ and WhatsApp chats and group chats (owners,
a class's parents, a village group, fellow townsmen, a workshop line, a fellowship, old classmates, a family),
letters to employers, unions, schools, a kindergarten, property managers, village and residents' committees,
case-transfer e-mails, exports and spreadsheets, visit plans and work orders between agencies, complaint replies,
Cantonese and traditional characters.

A number read out over two turns has no single span: such a message carries
`pii.unmasked_identifier` but no entity for it. Decoys carry no category and no identifier entity. All people,
numbers, addresses, links and companies are invented; identifiers are well formed and `set_format` checks them
before writing.

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
  financial account details beyond need (balances, salary inflows, other platforms' loans, provident fund),
  detention and criminal records, specific identities (disability, a livelihood allowance, a veteran). A
  lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span; a surname with an honorific
or a prefix (王女士, 小许, 黄生) is not a PERSON, a given name after a kinship term or a nickname is; ADDRESS
reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_r`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_r.jsonl"
ID_PREFIX = "PR"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output: numbers read aloud, a number over two turns, fillers ---------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：喂您好，这边是安信融资产的，受滴水贷委托联系您，请问是周先生吗\n客户：嗯是我\n"
     "坐席：好的周先生，核实一下身份啊，您身份证是三幺洞幺幺五 幺九八八 幺洞洞幺 洞幺九八对吧\n客户：对，怎么了\n"
     "坐席：您滴水贷那笔已经逾期二十六天了，今天能不能先处理一部分",
     [(ID, "三幺洞幺幺五 幺九八八 幺洞洞幺 洞幺九八")], [U]),
    ("call", "debtor",
     "坐席：那个还款卡号我报给您啊，您记一下，六两幺拐 洞洞五五 洞洞拐洞\n客户：等下等下我拿个笔，你说\n"
     "坐席：六八洞四，就是您自己名下那张建行卡，钱存进去系统晚上自动扣",
     [], [U]),
    ("call", "debtor",
     "坐席：嗯……何女士您好，我是速易分期的客服，您这期账单一千三百二还没还上\n客户：我知道，我这两天手头紧\n"
     "坐席：理解理解，我看您登记的手机是幺五五 三幺四四 拐拐四两，这个号码以后还用吗，我们短信发这个上面",
     [(MB, "幺五五 三幺四四 拐拐四两")], [U]),
    ("call", "debtor",
     "坐席：喂，郑先生，我这边是恒融信的，关于您那笔逾期的借款\n客户：嗯\n"
     "坐席：我们这边看到您爱人上个月刚在妇幼做了产检，说是三十周了吧，那更要把账理清楚啊，别到时候生孩子还背着这个",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，我是宜分期贷后的，请问是邱明亮本人吗\n客户：是\n"
     "坐席：邱先生，您父亲邱国栋、母亲罗桂兰的电话我们这边都有登记，您看今天十八点前能不能还上最低还款",
     [(P, "邱明亮"), (P, "邱国栋"), (P, "罗桂兰")], [X]),
    ("call", "debtor",
     "坐席：喂你好，我是金联资产的调解员，工号两幺洞八，受快米金融委托\n客户：又是你们啊\n"
     "坐席：是这样，您账户里那个公积金每个月十号进一千九百六，余额还有三万多，我们建议您先提出来还一部分",
     [], [S]),
    ("call", "debtor",
     "坐席：嗯那个，您好，是霍女士吗，这边是恒融信贷后中心\n客户：是我，我上周刚做完手术，还在家躺着呢\n"
     "坐席：那您先好好养身体，我这边给您登记一个延期，十五天之内不会再催您，您看可以吗\n客户：好，谢谢",
     [], []),
    ("call", "debtor",
     "坐席：喂喂，听得到吗，我是快米金融的，您是吕先生吧\n客户：是\n"
     "坐席：吕先生，您每天早上六点五十在星河湾北门坐那个三十一路去上班，这个我们都清楚的，今天您下班之前把钱还了",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，我这边是安信融，核对一下信息，您的护照号是E拐两八勾勾三两洞对吗，您之前办出境登记用过\n"
     "客户：你们怎么有我护照号\n坐席：您借款时候上传过的，这个不重要，主要是欠款的事",
     [(PP, "E拐两八勾勾三两洞")], [U]),
    ("call", "debtor",
     "坐席：您好，唐女士，这边是宜分期，您这笔已经逾期四十天了\n客户：我老公住院了，我实在拿不出来\n"
     "坐席：那我这边给您申请一个停息挂账，先停三个月，您把医院的材料拍给我们就行",
     [], []),
    ("call", "debtor",
     "坐席：嗯，您好，是甘先生吧，恒融信的\n客户：嗯\n"
     "坐席：甘先生，你们家孩子在育才小学二年级四班是吧，每天下午三点四十放学，这个钱您还是早点弄，对孩子也好",
     [], [S]),
    ("call", "debtor",
     "坐席：喂，是范丽娟吗，我这边是金联资产的\n客户：是我\n"
     "坐席：你现在住在滨江区江汉路二百一十八号锦绣苑七幢一单元五零二吧，你单位是华泰物流，我们这边材料都齐的",
     [(P, "范丽娟"), (A, "滨江区江汉路二百一十八号锦绣苑七幢一单元五零二")], [X]),
    ("call", "debtor",
     "坐席：您好，我这边是滴水贷的，请问您是尤先生吗\n客户：对，什么事\n坐席：您的借款已逾期，请问方便确认一下身份证后四位吗\n"
     "客户：幺两洞X\n坐席：好的，核对无误。目前欠款三千一百元，您看什么时候能安排",
     [], []),
    ("call", "debtor",
     "坐席：哎您好，是聂先生吧，我这边快米金融的，你这个账单是跟你那个在工地上摔了腿、现在还拄拐的情况我们也了解\n"
     "客户：那你们还打\n坐席：了解归了解，钱还是要还的，你那个工伤赔偿下来没有",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，宜分期的，您借款时候留的银行卡是六二两八 四八八两 八四拐洞 六三四八，这张卡我们今天下午会再扣一次\n"
     "客户：别扣那张，那张是发工资的",
     [(BC, "六二两八 四八八两 八四拐洞 六三四八")], [U]),
    ("call", "debtor",
     "坐席：喂，您好，这里是安信融资产，您是万先生吗\n客户：是\n"
     "坐席：您这边微粒贷还欠着一万二，借呗还欠八千，美团月付也逾期了，您这个情况我们都查得到，先把我们这笔还了",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，是柯女士吗，我这边是滴水贷的客服\n客户：是的\n"
     "坐席：您每个礼拜天上午都在城南那个教堂唱诗班，我们同事说星期天去那边找您当面谈一下还款方案",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，速易分期，请问是葛先生吗\n客户：嗯\n"
     "坐席：您的号码一三八 八八八三 三五九七是本人在用吧，我们今天给这个号码发还款链接\n客户：对，是我的",
     [(MB, "一三八 八八八三 三五九七")], [U]),
    ("call", "debtor",
     "坐席：喂，你好，恒融信，是梁先生吗\n客户：是，我刚出院，医生说还要再做两次化疗\n"
     "坐席：这样啊，那您先治病，我这边暂停催收一个月，之后我们再商量分期，您看行吗\n客户：行",
     [], []),
    ("call", "debtor",
     "坐席：您好，是詹先生吧，我是金联资产的，你在看守所那半年的事我们也知道，出来了就好好把账还了\n"
     "客户：你们怎么知道的\n坐席：这个你别管，今天能还多少",
     [], [S]),
    ("call", "debtor",
     "坐席：您好，这里是快米金融，请问是俞先生吗\n客户：是我，我的卡号是６２２２ ０２５１ ２４７７ １６４９，你们从这张扣吧\n"
     "坐席：好的，已经记下了，稍后会发短信确认扣款",
     [(BC, "６２２２ ０２５１ ２４７７ １６４９")], []),
    ("call", "debtor",
     "坐席：嗯，龚先生您好，宜分期这边，您借款时登记的紧急联系人是您妹妹龚晓琳，电话幺三五 八六九五 八三洞两，还有您同事，"
     "这些我们都没打，您自己处理好就行\n客户：好好好",
     [(P, "龚晓琳"), (MB, "幺三五 八六九五 八三洞两")], [U, X]),
    ("call", "debtor",
     "坐席：您好，我这边是安信融资产的，确认一下，您是孔先生吗\n客户：对\n"
     "坐席：您身份证号码四四洞三洞四 幺九七八洞三幺八 洞两六拐，对吧，系统里这个号码下面有两笔逾期",
     [(ID, "四四洞三洞四 幺九七八洞三幺八 洞两六拐")], [U]),
    ("call", "debtor",
     "坐席：喂，您好，是钱女士吗，我是滴水贷的\n客户：是\n坐席：您的借款逾期十二天，金额八百七十元\n"
     "客户：我现在怀孕了，上不了班\n坐席：明白，那您看能不能先还一百，剩下的我给您申请分三期，不收违约金",
     [], []),
]


# --- lenders' SMS templates to the debtor ---------------------------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor",
     "【滴水贷】尊敬的客户，您尾号6804的借款已逾期5天，应还1,236.50元，请于今日24点前登录App还款。退订回T",
     [], []),
    ("sms", "debtor",
     "【速易分期】您的账单已逾期，证件号码440106198708191888名下欠款2,870元，请尽快处理，以免影响征信。",
     [(ID, "440106198708191888")], [U]),
    ("sms", "debtor",
     "【恒融信】冼女士，您本月工资已于8日到账中信卡，余额4,312元，请于今日转入还款账户，逾期将持续计息。",
     [], [S]),
    ("sms", "debtor",
     "【宜分期】您好，您的还款卡6217 0061 6071 7990扣款失败，请确保卡内余额充足，今晚20点将再次扣款。",
     [(BC, "6217 0061 6071 7990")], [U]),
    ("sms", "debtor",
     "【金联资产】受快米金融委托，您的欠款已转我司处理。您在社区医院登记的慢病（二型）每月拿药记录显示您生活正常，请勿以身体为由拖延还款。",
     [], [S]),
    ("sms", "debtor",
     "【滴水贷】褚先生，您手机号13586958302绑定的账户已逾期18天，请尽快还款。客服热线400-820-3366",
     [(MB, "13586958302")], [U]),
    ("sms", "debtor",
     "【速易分期】您的欠款已逾期，我司已掌握您配偶韦春燕（手机：17729220790）及岳父韦德明的联系方式，望您自觉履约。",
     [(P, "韦春燕"), (MB, "17729220790"), (P, "韦德明")], [U, X]),
    ("sms", "debtor",
     "【恒融信】您的借款已逾期3天，当前应还1,120元。若遇疾病、失业、自然灾害等困难，可在App提交困难证明申请延期。",
     [], []),
    ("sms", "debtor",
     "【安信融】盛先生您好，系统显示您昨晚21:40在万达广场停车场出场，说明您有消费能力，请今日内还清逾期款项2,300元。",
     [], [S]),
    ("sms", "debtor",
     "【宜分期】您借款时提交的人脸照片与身份证照片比对结果已存档，若继续拖欠，相关资料将提交合作机构处理。",
     [], [S]),
    ("sms", "debtor",
     "【滴水贷】骆先生，您在残联登记的三级肢体残疾证和每月的护理补贴我们已知悉，但合同义务不能免除，请今日还款。",
     [], [S]),
    ("sms", "debtor",
     "【恒融信】祁先生：您名下6259 6662 0698 6005、6228 4882 8470 6348两张卡均已被我司标记为代扣卡，逾期款项将优先扣划。",
     [(BC, "6259 6662 0698 6005"), (BC, "6228 4882 8470 6348")], [U]),
    ("sms", "debtor",
     "【安信融】您的孩子在阳光幼儿园中二班，每日下午由老人接送，请家长以身作则，按时还款。",
     [], [S]),
    ("sms", "debtor",
     "【金联资产】尊敬的客户，您在我司的案件编号JL-2026-118034，逾期本息合计5,488元，还款请联系0755-2683 4410，工作日9:00-18:00。",
     [(LL, "0755-2683 4410")], []),
    ("sms", "debtor",
     "【宜分期】查询到您的芝麻分为512，另有京东白条逾期1,900元、分期乐欠款6,000元，请合理安排先还我司借款。",
     [], [S]),
    ("sms", "debtor",
     "【快米金融】您好，您的身份证３３０１０２１９６９０９２５８１４５已被用于申请借款，目前逾期45天，请本人尽快联系处理。",
     [(ID, "３３０１０２１９６９０９２５８１４５")], [U]),
    ("sms", "debtor",
     "【滴水贷】您的借款已逾期，您儿子邝子豪就读的市一中高三（7）班班主任电话我们也有，请别让孩子操心大人的事。",
     [(P, "邝子豪")], [S, X]),
    ("sms", "debtor",
     "【恒融信】您尾号1649的储蓄卡今日扣款失败，请于今晚22点前存入足额资金。如有疑问请致电95xxx转人工。",
     [], []),
    ("sms", "debtor",
     "【速易分期】温先生，您每周二、周五晚上在城西清真寺参加礼拜后都在附近的店里吃饭，欢迎您顺路到我司网点协商还款。",
     [], [S]),
    ("sms", "debtor",
     "【安信融】您的逾期账单1,580元已进入第二阶段，请于12月20日前还款。还款账户见App“还款”页面，请勿向个人账户转账。",
     [], []),
    ("sms", "debtor",
     "【金联资产】闫立新，我司已核实您在富士康龙华园区C09栋上班，工号F3321876，班组长姓黄，请主动联系我们协商。",
     [(P, "闫立新")], [X]),
    ("sms", "debtor",
     "【宜分期】您好，您护照E00465268办理的出境记录显示近期赴港两次，请于出境前结清欠款。",
     [(PP, "E00465268")], [S, U]),
    ("sms", "debtor",
     "【恒融信】您好，您的手机号码１３９－９３２３－９８５５已被登记为还款提醒号码，若非本人请回复N。",
     [(MB, "１３９－９３２３－９８５５")], [U]),
    ("sms", "debtor",
     "【快米金融】您在低保名单上这件事不影响还款义务，每月680元的保障金到账后请及时转入还款账户。",
     [], [S]),
    ("sms", "debtor",
     "【速易分期】温馨提示：您的借款将于3天后到期，届时将从尾号2529的银行卡自动扣款，请保持余额充足。",
     [], []),
    ("sms", "debtor",
     "【安信融】向先生，您的欠款4,100元已逾期。经查，您与前妻所生之女向雨涵随前妻在外地生活，您每月的抚养费是否按时给付我司亦有记录。",
     [(P, "向雨涵")], [S, X]),
]


# --- to relatives, contacts, colleagues and guarantors ---------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party",
     "【滴水贷】您好，您的朋友莫少华在我平台借款逾期32天，欠款6,420元，请转告其尽快还款。",
     [(P, "莫少华")], [D]),
    ("sms", "third_party",
     "【恒融信】您好，我司有急事联系包先生，他的电话暂时无法接通，麻烦您方便时转告他回电4008203366，谢谢。",
     [], []),
    ("call", "third_party",
     "坐席：喂，您好，请问是包先生的家人吗\n联系人：我是他姐姐，什么事\n"
     "坐席：麻烦您转告他回一下宜分期的电话，号码是四零零八二零三三六六，别的不方便多说，谢谢您\n联系人：好的",
     [], []),
    ("call", "third_party",
     "坐席：喂，您好，是丁文涛的同事吗\n联系人：是啊，你哪位\n"
     "坐席：我们是安信融资产的，他在快米金融的借款逾期了两个月，一万多块，您看到他跟他说一声\n联系人：这跟我有什么关系",
     [(P, "丁文涛")], [D]),
    ("sms", "third_party",
     "【速易分期】您好，您作为该笔借款的担保人，借款人已逾期20天，应还8,300元，根据保证合同您需承担连带还款责任，请联系我司。",
     [], []),
    ("call", "third_party",
     "坐席：您好，请问是饶先生的爱人吗\n联系人：是的\n"
     "坐席：您老公现在人在哪，我们查到他每天晚上十一点以后才从城东那个网吧出来，他欠我们三千八一直不还\n联系人：我不知道",
     [], [D, S]),
    ("app", "third_party",
     "您好，这里是快米金融。借款人柏玉洁（身份证41010520000921628X）将您填为紧急联系人，其借款已逾期，请督促她还款。",
     [(P, "柏玉洁"), (ID, "41010520000921628X")], [D, U]),
    ("sms", "third_party",
     "【金联资产】您好，您的同学汤俊杰现住海珠区新港中路397号丽影广场B座1208，欠款未还，如联系上请让他回电。",
     [(P, "汤俊杰"), (A, "海珠区新港中路397号丽影广场B座1208")], [D, X]),
    ("call", "third_party",
     "坐席：您好，是覃先生吧，您儿子覃浩在我们这借了钱没还\n联系人：他多大的人了你找我干什么\n"
     "坐席：他身份证两两洞幺洞两 幺九九八 洞幺幺拐 拐六四洞，登记的家庭成员就是您，您是他父亲吧",
     [(P, "覃浩"), (ID, "两两洞幺洞两 幺九九八 洞幺幺拐 拐六四洞")], [D, U]),
    ("sms", "third_party",
     "【宜分期】雷先生，您好！您的弟弟雷振华因糖尿病并发症住院期间借款未还，我司理解其处境，但仍需家属协助沟通。",
     [(P, "雷振华")], [D, S]),
    ("sms", "third_party",
     "【安信融】您好，请问您认识鲍志刚吗？如认识，请告知他尽快与我们联系，电话021－6488 3215转803。",
     [(P, "鲍志刚"), (LL, "021－6488 3215")], []),
    ("app", "third_party",
     "【滴水贷】您好，您的通讯录好友赖晓敏在本平台逾期，其手机号15039021041已停机，请提供其新号码。",
     [(P, "赖晓敏"), (MB, "15039021041")], [D, U]),
    ("call", "third_party",
     "坐席：喂，您好，我是速易分期的，找一下洪先生\n联系人：我是他老婆，他出去了\n"
     "坐席：那您让他回个电话吧，就说有人找他，有点事\n联系人：什么事啊，他借钱了？\n坐席：具体的我只能跟他本人说，麻烦您转达一下",
     [], []),
    ("sms", "third_party",
     "【恒融信】您好，贵司员工卜家伟（工号H2087）在我司借款逾期，他平时每周四请假去肿瘤医院复查，请人事部门协助提醒其还款。",
     [(P, "卜家伟")], [D, S]),
    ("sms", "third_party",
     "【快米金融】您好，您是借款人的共同借款人，本期应还2,110元已逾期，请与借款人协商后按合同履行还款义务。",
     [], []),
    ("app", "third_party",
     "您好，我们是安信融资产，受托处理贾先生的欠款。他母亲这段时间在康复中心做中风后的康复，您是他舅舅，能不能帮忙劝劝他把钱还上。",
     [], [D, S]),
    ("sms", "third_party",
     "【宜分期】您好，借款人苗立军预留您为联系人，其家庭住址新城区凤鸣路12号院3号楼2单元401，如您方便请上门告知其还款。",
     [(P, "苗立军"), (A, "新城区凤鸣路12号院3号楼2单元401")], [D, X]),
    ("call", "third_party",
     "坐席：您好，是阮先生的朋友吗\n联系人：算是吧\n坐席：您最近见过他吗，他是不是回他老家那个镇上了，每天在哪里打零工\n"
     "联系人：我不清楚\n坐席：他欠我们平台的钱三个月了，您要是知道他在哪告诉我们一声",
     [], [D]),
    ("call", "third_party",
     "坐席：喂，是车女士吗，我们是速易分期，您女婿殷浩然在我们这有笔借款\n联系人：他借了多少\n"
     "坐席：两万四，逾期五十多天了。他这个人每天早上在人民广场那边送外卖，您帮忙劝一劝",
     [(P, "殷浩然")], [D, S]),
    ("app", "third_party",
     "您好，我是恒融信的客服，您的室友许嘉琪现在在哪个医院？她上周说在医院做人流手术，一直联系不上，麻烦告知一下。",
     [(P, "许嘉琪")], [D, S]),
    ("sms", "third_party",
     "【金联资产】您好，您的哥哥欧阳斌借款逾期，他的银行卡6230 5800 8904 7272 172已被冻结，请家属协助处理。",
     [(P, "欧阳斌"), (BC, "6230 5800 8904 7272 172")], [D, S, U]),
    ("call", "third_party",
     "坐席：您好，请问是闵先生吗\n联系人：他是我爸，他在午睡\n坐席：那等他醒了麻烦让他回个电话，号码就是这个，谢谢你啊\n联系人：嗯",
     [], []),
    ("sms", "third_party",
     "【快米金融】您好，您好友郝文静（1999年6月7日生，现就职于星辰科技）借款逾期，请转告。",
     [(P, "郝文静")], [D, X]),
]


# --- WeChat and QQ chats, group chats ------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor",
     "[微信] 客服：在吗，申先生，您那笔还没处理哦\n[微信] 客户：在，这周一定还\n"
     "[微信] 客服：好的，您上次说的卡号是6214 8309 9421 2529 573对吧，我这边帮您发起代扣",
     [(BC, "6214 8309 9421 2529 573")], [U]),
    ("app", "third_party",
     "【业主群·翠湖花园二期】各位邻居好，6栋1102的业主欠物业费跟网贷都不还，人现在每天在菜市场门口摆摊，大家见到提醒一下。",
     [(A, "6栋1102")], [D, S]),
    ("app", "debtor",
     "客服：您好，这边是滴水贷在线客服，请问有什么可以帮您\n用户：我想问下我的账单能不能延期\n"
     "客服：可以的，您在App里提交延期申请，审核通过后最长可延30天，不影响征信上报时间节点，具体以审核结果为准",
     [], []),
    ("app", "third_party",
     "【家长群·实验二小三年级5班】各位家长好，我是恒融信的工作人员，本班学生家长冉德胜欠款不还，孩子冉一诺每天下午在校门口等车，请各位家长转告。",
     [(P, "冉德胜"), (P, "冉一诺")], [D, S, X]),
    ("app", "debtor",
     "[QQ] 专员：蒙先生，您欠的账我们这边可以给您减免部分罚息，今天还本金3,200就行\n[QQ] 客户：好，我晚上转",
     [], []),
    ("app", "third_party",
     "[微信群·老乡会] 催收专员：各位老乡，有谁认识滕家村的滕永福吗？他在我们这借了两万没还，他老婆滕秀兰电话18287892298也不接。",
     [(P, "滕永福"), (P, "滕秀兰"), (MB, "18287892298")], [D, U, X]),
    ("app", "debtor",
     "[微信] 客服：姜女士，刚才您发来的住院小结我们收到了，已给您登记停催一个月，出院后再联系您，祝早日康复\n[微信] 客户：谢谢",
     [], []),
    ("app", "debtor",
     "客服：您好，为了办理分期，请您提供一下身份证号码\n客户：37020219870526625X\n客服：好的收到，已为您提交分期申请，结果会短信通知",
     [(ID, "37020219870526625X")], []),
    ("app", "debtor",
     "[微信] 专员：毛先生，你朋友圈发的那个在教会受洗的照片我们看到了，信教的人更应该讲诚信吧，赶紧还钱",
     [], [S]),
    ("app", "third_party",
     "【车间群·三号线】大家注意一下，同事蒲春生欠了我们公司（快米金融）一万五，他在厂里宿舍12栋306住，谁跟他熟的帮忙催一下。",
     [(P, "蒲春生"), (A, "宿舍12栋306")], [D, X]),
    ("app", "third_party",
     "[村民群·上岭村三组] 村委的各位，本村村民黎华强欠款长期不还，他在县医院精神科拿药好几年了，家里人也不管，请村里出面。",
     [(P, "黎华强")], [D, S]),
    ("app", "debtor",
     "[微信] 专员：庞先生，你老婆邱美玲在和平医院产科住的是十六床吧，预产期下个月，我们都清楚，钱的事别再拖了",
     [(P, "邱美玲")], [S, X]),
    ("app", "third_party",
     "【团契群】弟兄姊妹们平安，我是安信融的，我们团契的芦建业弟兄借款逾期很久了，请大家在主日聚会后劝劝他。",
     [(P, "芦建业")], [D, S]),
    ("app", "debtor",
     "[微信] 客户：我身份证号210102198507271 63X，你们核一下是不是搞错人了\n[微信] 客服：好的，已核实，是您本人的账户",
     [(ID, "210102198507271 63X")], []),
    ("app", "debtor",
     "客服：武先生，您的手机号19924076222已与账户解绑，新号码请在App内验证后绑定。",
     [(MB, "19924076222")], [U]),
    ("app", "third_party",
     "[微信] 专员：你好，你是符家豪的女朋友吧？他在外面借了我们两万多，你们俩现在住在一起吧，他平时几点下班？\n[微信] 联系人：你别问我",
     [(P, "符家豪")], [D]),
    ("app", "debtor",
     "[QQ] 客服：您好，车贷这边提醒您本月应还2,980元\n[QQ] 客户：我上个月做了心脏搭桥，能不能缓一缓\n"
     "[QQ] 客服：您先安心休养，我这边帮您申请延期两个月，期间不计罚息",
     [], []),
    ("app", "debtor",
     "[微信] 专员：熊先生，我们已经核实，你在汇丰电子厂上班，住厂外的鹏程公寓B座712，老婆熊小芳在同一个厂，别再说没钱",
     [(A, "鹏程公寓B座712"), (P, "熊小芳")], [X]),
]


# --- letters: to the debtor, to employers, schools, property managers and village committees -----------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor",
     "催收函\n编号：HRX-CS-2026-04417\n尊敬的谭卫东先生：\n您于2025年8月在我司申请的个人消费贷款，截至2026年12月1日已逾期47天，"
     "欠款本息合计9,836.20元。请于2026年12月15日前通过我司App或对公账户还款。咨询电话：020-3862 7415。\n"
     "如对欠款有异议，请在收到本函之日起七日内提出。\n恒融信消费金融有限公司\n2026年12月3日",
     [(P, "谭卫东"), (LL, "020-3862 7415")], []),
    ("notice", "third_party",
     "致华泰物流有限公司人力资源部：\n贵司员工范丽娟（身份证号440304197610175314）在我司借款逾期，欠款人民币23,400元。"
     "请贵司协助督促其履行还款义务，必要时从其工资中代扣。\n金联资产管理有限公司\n2026年11月28日",
     [(P, "范丽娟"), (ID, "440304197610175314")], [D, U]),
    ("notice", "third_party",
     "致育才小学二年级四班班主任：\n贵校学生甘子轩之父甘立平在我司借款逾期，多次联系未果。请老师在家长会时转告其家长尽快与我司联系，"
     "联系电话0591-8765 2203。\n安信融资产",
     [(P, "甘子轩"), (P, "甘立平"), (LL, "0591-8765 2203")], [D, S, X]),
    ("notice", "third_party",
     "致锦绣苑物业服务中心：\n贵小区7幢1单元502业主欠我司款项逾期未还，现有催收函一封，烦请转交该户业主。谢谢配合。\n宜分期贷后管理部",
     [(A, "7幢1单元502")], [D]),
    ("notice", "third_party",
     "致上岭村村民委员会：\n贵村三组村民颜国庆（1974年生）于2024年在我司借款，现已逾期180天。其妻颜桂香、其子颜俊在广东打工，"
     "电话分别为15288358715、13792729877。请村委会协助通知其家人筹款还款。\n快米金融贷后部",
     [(P, "颜国庆"), (P, "颜桂香"), (P, "颜俊"), (MB, "15288358715"), (MB, "13792729877")], [D, U, X]),
    ("notice", "debtor",
     "还款提醒函\n函号：DSD-2026-1207-033\n致：伍振宇 先生\n寄送地址：江宁区双龙大道1688号金鹰天地3幢1704室\n"
     "您在滴水贷的借款已逾期21天，应还金额3,204.00元，请于12月18日前还款。还款方式：App内还款或至合作网点。"
     "客服电话：025-5266 0187。逾期将按合同约定计收罚息并依法报送征信。\n滴水贷（南京）科技有限公司\n2026年12月7日",
     [(P, "伍振宇"), (A, "江宁区双龙大道1688号金鹰天地3幢1704室"), (LL, "025-5266 0187")], []),
    ("notice", "third_party",
     "致鹏城建设集团有限公司：\n经查，贵司项目经理容志强长期拖欠我司借款。其本人患有乙肝，每月在市三院取药，现妻子无业，家庭困难。"
     "望贵司从人文关怀角度督促其还款。\n速易分期",
     [(P, "容志强")], [D, S]),
    ("notice", "debtor",
     "律师函\n致：邬先生\n本所受恒融信消费金融有限公司委托，就您与委托人之间的借款合同纠纷致函如下：截至本函发出之日，您尚欠本息12,450元，"
     "逾期已达92天。请于收函后十日内与委托人联系还款，联系电话：0571-8890 2316。否则本所将建议委托人依法提起诉讼。\n"
     "浙江衡正律师事务所 律师 蒋文斌\n2026年12月2日",
     [(LL, "0571-8890 2316"), (P, "蒋文斌")], []),
    ("notice", "third_party",
     "致东湖街道幸福里社区居委会：\n辖区居民钟建华（住幸福里小区14栋2门301）系我司逾期客户，其母亲钟玉梅为社区低保户。请居委会协助转达我司还款通知。"
     "\n宜分期贷后中心",
     [(P, "钟建华"), (A, "幸福里小区14栋2门301"), (P, "钟玉梅")], [D, S, X]),
    ("notice", "debtor",
     "逾期通知书\n编号：AXR-2026-2210\n尊敬的客户马骏：\n您的借款合同号LN20250617008823项下款项已逾期15天，欠款金额4,870元。"
     "请于2026年12月20日前还款。本通知所涉您的身份证号为4****************X，如有疑问请拨打客服电话。\n安信融资产管理有限公司",
     [(P, "马骏")], []),
    ("notice", "third_party",
     "致光华中学高二（3）班：\n贵班学生家长戚永安在我司欠款，请学校转告该生其家长的欠款情况，督促家长还款，以免影响学生。\n快米金融",
     [(P, "戚永安")], [D, S]),
    ("notice", "debtor",
     "催告函\n尊敬的季红梅女士：\n您在我司的借款已逾期60天，欠款8,320元。我司注意到您名下另有建设银行储蓄卡6217000905279069409，"
     "余额足以覆盖欠款，请于本月25日前主动还款。\n速易分期贷后管理部",
     [(P, "季红梅"), (BC, "6217000905279069409")], [S, U]),
    ("notice", "third_party",
     "致金沙湾花园物业管理处：\n请协助将随附信函转交至贵小区住户。信函为业主本人私人信件，请勿拆阅。\n恒融信消费金融有限公司",
     [], []),
    ("notice", "third_party",
     "致天成机械厂：\n贵厂职工柴宏伟（身份证号130104196708140920）已被我司列为重点催收对象，其每月15日工资到账后即取现，"
     "请财务部门在发薪日通知我司。\n金联资产",
     [(P, "柴宏伟"), (ID, "130104196708140920")], [D, S, U]),
    ("notice", "debtor",
     "还款通知\n致：宁先生\n您在宜分期的借款已逾期9天，欠款1,650元。我司了解到您因家中遭受洪灾暂时困难，现为您提供三个月延期还款方案，"
     "请拨打0731-8451 9032或在App内申请。\n宜分期\n2026年12月5日",
     [(LL, "0731-8451 9032")], []),
    ("notice", "third_party",
     "致新河镇黄泥塘村村委会：\n本村村民邵德才欠我司款项，其因故意伤害被判刑、去年刚刑满释放，"
     "请村委会加强监督，督促还款。\n速易分期",
     [(P, "邵德才")], [D, S]),
    ("notice", "debtor",
     "催收通知函\n尊敬的冯秋萍女士：\n您于我司借款逾期34天，欠款6,700元。据我司了解，您目前在市妇幼保健院定期产检，孕期开支较大，"
     "建议您合理规划，优先偿还我司欠款。\n恒融信\n2026年12月4日",
     [(P, "冯秋萍")], [S]),
    ("notice", "third_party",
     "致兴业电子有限公司工会：\n贵司员工童海波在我司的借款已逾期，请工会转告其本人尽快与我司联系。其配偶童丽（手机15587404548）"
     "亦在贵司包装车间上班。\n快米金融",
     [(P, "童海波"), (P, "童丽"), (MB, "15587404548")], [D, U, X]),
    ("notice", "debtor",
     "致申桂芝女士：\n您在我司借款已逾期。经核实您退伍军人优抚对象身份及每月的抚恤金发放情况，我司认为您具备还款能力，请于月底前还清。\n金联资产",
     [(P, "申桂芝")], [S]),
    ("notice", "third_party",
     "致阳光幼儿园园长：\n贵园中二班幼儿家长樊志远长期拖欠我司借款，请园方在孩子放学时提醒接送的家长尽快与我司联系。\n安信融资产",
     [(P, "樊志远")], [D, S]),
]


# --- case-transfer e-mails, spreadsheets, visit plans and work orders between agencies --------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown",
     "主题：案件移交-批次HX20261201\n各位好，本批移交案件共37户，明细见附件。首户：债务人詹国良，证件号310115196404279897，"
     "欠款14,260元，逾期126天，联系电话13713708495。请于本周内完成首次外呼。\n金联资产 运营部",
     [(P, "詹国良"), (ID, "310115196404279897"), (MB, "13713708495")], [U]),
    ("email", "unknown",
     "主题：委外案件交接\n附件为12月第一批委外案件清单（已脱敏），债务人姓名仅保留姓氏，证件号、手机号均为掩码，请按SOP处理。"
     "如需完整信息请走数据申请流程。\n宜分期 贷后管理部 夏婷 xiating@yifenqi.example",
     [(P, "夏婷"), (EM, "xiating@yifenqi.example")], []),
    ("email", "unknown",
     "主题：外访工单 WO-2026-0892\n外访对象：蔺大伟\n地址：雁塔区科技路48号创业大厦南座2107\n备注：本人糖尿病晚期，每周二、四上午在交大一附院透析，"
     "建议周三上门。其妻蔺红手机18954652889。",
     [(P, "蔺大伟"), (A, "雁塔区科技路48号创业大厦南座2107"), (P, "蔺红"), (MB, "18954652889")], [S, U, X]),
    ("email", "unknown",
     "主题：协查请求\n您好，请协助核实以下人员近期行程：\n姓名 | 证件号 | 手机\n牛海峰 | 21010219731216619X | 15219251914\n"
     "需求：近两周的高铁出行记录及酒店入住记录。\n速易分期 风控部",
     [(P, "牛海峰"), (ID, "21010219731216619X"), (MB, "15219251914")], [S, U]),
    ("email", "unknown",
     "{\"case_id\": \"KM-88213\", \"debtor\": \"聂文博\", \"id_no\": \"50010319940207172X\", \"mobile\": \"13179030081\", "
     "\"card\": \"6228480008064507307\", \"overdue_days\": 64, \"amount\": 7712.4}",
     [(P, "聂文博"), (ID, "50010319940207172X"), (MB, "13179030081"), (BC, "6228480008064507307")], [U]),
    ("email", "unknown",
     "主题：外访计划（12月第二周）\n1. 仲先生，周二下午，已约；2. 巫女士，周四上午，客户要求在单位以外的地点见面；"
     "3. 焦先生，周五，客户已还一半，本次只做确认。外访人员两人一组，出示工牌。",
     [], []),
    ("email", "unknown",
     "主题：转案说明\n各位同事，案件DS-5521转入二组。债务人解春华在银行有房贷，月供4,870元，公积金账户余额23,000余元，"
     "另在三家网贷平台有借款，请在沟通中以此施压。",
     [(P, "解春华")], [S]),
    ("email", "unknown",
     "主题：工单 #40213 家访反馈\n家访对象韩永胜不在家，其母韩秀珍（七十多岁，行动不便）开门，称儿子在福州打工，住在仓山区则徐大道100号附近的出租屋，"
     "儿媳文小燕在超市上班。已留下联系卡。",
     [(P, "韩永胜"), (P, "韩秀珍"), (A, "仓山区则徐大道100号"), (P, "文小燕")], [S, X]),
    ("email", "unknown",
     "主题：催收数据导出\n序号,姓名,身份证,手机,欠款\n1,邢建军,450103197604234765,15048783916,5620\n2,蓝宝华,44030419961004505X,13753793673,2980",
     [(P, "邢建军"), (ID, "450103197604234765"), (MB, "15048783916"), (P, "蓝宝华"), (ID, "44030419961004505X"),
      (MB, "13753793673")], [U]),
    ("email", "unknown",
     "主题：重点关注客户\n客户皮志勇：最近两周每天早上七点从家里出发，八点到开发区工地，晚上九点以后回家，周末会去他岳父家。建议在工地附近蹲守。",
     [(P, "皮志勇")], [S]),
    ("email", "unknown",
     "主题：资料核对\n请核对客户护照号码Ｅ４０８３９３４０与系统登记是否一致，客户称已更换新护照。\n安信融 信息组",
     [(PP, "Ｅ４０８３９３４０")], [U]),
    ("email", "unknown",
     "主题：案件退回\nHX-2210号案件退回原因：客户已提交律师委托书，后续由律师对接，我方停止一切催收动作。请系统标记。",
     [], []),
    ("email", "unknown",
     "主题：待外访名单（附家属信息）\n1. 卢建国，妻卢美华（小学教师，在新华路小学），子卢天宇（初二）\n"
     "2. 黎国庆，父黎德昌（瘫痪在床），住岭南村二组15号",
     [(P, "卢建国"), (P, "卢美华"), (P, "卢天宇"), (P, "黎国庆"), (P, "黎德昌"), (A, "岭南村二组15号")], [S, X]),
    ("email", "unknown",
     "主题：客户信息更新\n客户田永红手机号更新为１５８－７３７４－４６０２，原号码停用。请各组更新系统。",
     [(P, "田永红"), (MB, "１５８－７３７４－４６０２")], [U]),
    ("email", "unknown",
     "主题：调解方案审批\n申请对客户上官先生的案件减免罚息1,200元，客户因失业已提供离职证明，建议分十二期还款，请审批。",
     [], []),
    ("email", "unknown",
     "主题：转交\n以下客户信仰伊斯兰教，斋月期间请调整外呼时间：马先生（案件KM-3321）、白女士（案件KM-3340）。",
     [], [S]),
    ("email", "unknown",
     "主题：案件资料\n客户苏明杰的工作单位：瑞达精密模具有限公司，住址：宝安区福永街道凤凰路208号凤凰公寓5楼502；其女儿苏可欣在福永中心小学四年级。",
     [(P, "苏明杰"), (A, "宝安区福永街道凤凰路208号凤凰公寓5楼502"), (P, "苏可欣")], [S, X]),
]


# --- replies to complaints ------------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor",
     "尊敬的客户：\n您反映的催收人员电话骚扰问题，我司已核实。涉事坐席已停岗培训，今后我司将仅在8:00-20:00与您本人联系。"
     "如仍有疑问，请回复本邮件或致电客服。\n恒融信客户服务中心",
     [], []),
    ("email", "debtor",
     "柏先生您好：\n关于您的投诉，经调取录音，我司坐席确实提到了您爱人柏丽萍在中医院做康复理疗一事，此举不当，我们深表歉意。"
     "为核实处理结果，请确认您的银行卡号6259660360455733是否为还款卡。",
     [(P, "柏丽萍"), (BC, "6259660360455733")], [S, U, X]),
    ("email", "debtor",
     "孙女士：\n您好。您投诉我司外访人员到您单位的情况已收到。经查，外访人员系根据您在借款时填写的单位地址"
     "（高新区天府三街19号新希望国际B座1503）前往，已要求其今后不得到单位外访。",
     [(A, "高新区天府三街19号新希望国际B座1503")], []),
    ("email", "third_party",
     "回复：关于您儿子借款的投诉\n封先生您好，您儿子封宇在我司借款9,600元，已逾期三个月，我司催收人员联系您是因为他将您设为紧急联系人。"
     "如您不希望再接到来电，请回复“退订”。",
     [(P, "封宇")], [D]),
    ("app", "debtor",
     "客服：您好，关于您投诉的“催收人员在电话中提及您的病情”一事，我们已核实录音，该坐席已被处理。我们不会再在沟通中涉及您的健康信息，"
     "请您放心。",
     [], []),
    ("email", "third_party",
     "您好：\n您投诉接到关于他人欠款的电话。经核查，该号码系借款人误填，我司已将您的号码从系统中删除，今后不会再打扰您。对此给您带来的不便深表歉意。",
     [], []),
    ("email", "debtor",
     "韦先生：\n针对您的投诉，我司复核如下：您的借款于2026年9月逾期，期间我司共外呼15次，均在允许时段。"
     "另，您女儿韦佳怡所在的第二实验中学初三（2）班的联系人信息系您本人在借款时填写。",
     [(P, "韦佳怡")], [S, X]),
    ("app", "debtor",
     "客服：您反映的重复扣款问题已核实，多扣的326.50元将于3个工作日内原路退回至尾号9573的银行卡，请注意查收。",
     [], []),
    ("email", "debtor",
     "关于投诉的回复\n您好，您的投诉编号CP-7712。您提到坐席透露了您的家庭住址，经核查属实。请您提供身份证号码以便我们核实：我们登记的号码是"
     "44520219720602879X，如有误请告知。",
     [(ID, "44520219720602879X")], [U]),
]


# --- Cantonese and traditional characters ---------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：喂，你好，我哋係恒融信嘅，請問係黃生嗎\n客戶：係，咩事\n"
     "坐席：黃生，你張卡號碼係六二二二 零二零三 八二一八 一零二一 三七一，今日下晝會再扣一次款，你記得入錢",
     [(BC, "六二二二 零二零三 八二一八 一零二一 三七一")], [U]),
    ("sms", "debtor",
     "【快米金融】陳生，你個仔每日四點喺培正小學門口等校巴，做老豆嘅都唔想佢知你欠錢唔還啩？今日之內還款。",
     [], [S]),
    ("sms", "debtor",
     "【宜分期】李小姐，閣下本期應還港幣1,280元已逾期，請於本月20日前經App還款。如有困難，可申請延期。",
     [], []),
    ("call", "third_party",
     "坐席：喂，你係咪何志明屋企人呀\n聯繫人：我係佢阿媽\n坐席：佢喺我哋度借咗兩萬蚊，拖咗三個月，你叫佢快啲還啦\n聯繫人：佢冇同我講過",
     [(P, "何志明")], [D]),
    ("app", "debtor",
     "[WhatsApp] 客服：梁先生，你嘅身份證號碼係44190019890504674X，我哋已經核實咗，你而家喺邊度返工？\n[WhatsApp] 客戶：你問嚟做咩",
     [(ID, "44190019890504674X")], [U]),
    ("sms", "debtor",
     "【安信融】蘇太，知道你啱啱喺養和醫院做完化療，我哋都體諒，但係數都要還，今個星期內請聯絡我哋。",
     [], [S]),
    ("notice", "third_party",
     "致：九龍灣德福花園管理處\n敬啟者：本公司客戶鄭偉倫先生（住德福花園第五座12樓C室）拖欠本公司貸款，現附上追收信一封，請轉交該住戶。\n安信融財務有限公司",
     [(P, "鄭偉倫"), (A, "德福花園第五座12樓C室")], [D]),
    ("call", "debtor",
     "坐席：喂，陳太你好，我哋係快米金融嘅\n客戶：我老公上個月走咗，我而家一個人帶住兩個細路，真係冇錢\n"
     "坐席：陳太，節哀順變。我哋可以幫你申請暫停催收三個月，之後再傾分期，你覺得點樣",
     [], []),
    ("app", "third_party",
     "【街坊群】各位街坊，二樓B座嘅周嘉豪欠我哋公司錢唔還，佢每朝七點半喺樓下茶餐廳飲早茶，大家見到佢提一提佢。",
     [(P, "周嘉豪")], [D, S]),
    ("sms", "debtor",
     "【恒融信】羅生，你登記嘅聯絡電話尾號2314，如有變更請通知我哋，請於本月內還清欠款港幣6,300元。",
     [], []),
    ("email", "unknown",
     "主題：個案轉介\n債務人：馮家樂\n證件號碼：450103198011062771\n聯絡電話：13802584567\n備註：債務人患有抑鬱症，定期到葵涌醫院覆診。",
     [(P, "馮家樂"), (ID, "450103198011062771"), (MB, "13802584567")], [S, U]),
    ("sms", "debtor",
     "【速易分期】吳先生您好，您於本公司之借款已逾期，本公司已查悉您每逢週日於北角衛理堂崇拜，望您以誠信為念，盡快還款。",
     [], [S]),
    ("app", "debtor",
     "[WhatsApp] 客服：林生，你太太林詠欣喺觀塘嗰間會計師行返工，我哋有佢公司電話，你都唔想我哋打過去啩",
     [(P, "林詠欣")], [X]),
    ("notice", "debtor",
     "追收通知\n致：區志強先生\n閣下於本公司之貸款已逾期30日，結欠港幣8,450元，請於2026年12月31日前清還。"
     "查詢電話：400-886-0710。如對欠款有異議，請於14日內以書面提出。\n安信融財務有限公司",
     [(P, "區志強")], []),
    ("sms", "debtor",
     "【快米金融】張生，你護照號碼E53376589同回鄉證都喺我哋度有記錄，你再唔還錢我哋會轉交合作機構處理。",
     [(PP, "E53376589")], [U]),
    ("call", "debtor",
     "坐席：喂，係咪譚小姐呀，我哋知道你而家大緊肚，幾時生呀，生之前最好還埋啲錢啦\n客戶：你哋點知嘅",
     [], [S]),
    ("app", "third_party",
     "[微信] 專員：你好，你係鄧家輝嘅細佬吧？佢喺我哋平台欠咗錢，佢張銀行卡4367 4238 9158 6060已經冇錢入，你同佢講聲。",
     [(P, "鄧家輝"), (BC, "4367 4238 9158 6060")], [D, S, U]),
    ("sms", "debtor",
     "【宜分期】溫馨提示：您的借款將於12月18日到期，應還金額2,150元，請確保尾號0684的銀行卡餘額充足。",
     [], []),
    ("email", "debtor",
     "主題：還款安排確認\n江先生您好，已按您的要求將還款分為六期，每期1,025元，首期扣款日為2027年1月5日。如需更改，請回覆本郵件。\n恒融信客戶服務部",
     [], []),
]


# --- identifiers in hard forms: read aloud, full-width, dotted, inside links, exports and tables ----------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：那个，核对一下您的证件号啊，三五洞两洞三 幺九八三洞两洞两 幺九两洞，对吧\n客户：对",
     [(ID, "三五洞两洞三 幺九八三洞两洞两 幺九两洞")], [U]),
    ("call", "debtor",
     "坐席：嗯，您登记的身份证是三四洞幺洞四幺九九幺\n客户：嗯\n坐席：洞四洞三洞五幺两，这个没错吧，系统里显示您这个号下面有一笔逾期",
     [], [U]),
    ("sms", "debtor",
     "【滴水贷】客户身份证号：530102.1974.1117.6881，借款编号DS2025081700412，已逾期，请尽快还款。",
     [(ID, "530102.1974.1117.6881")], [U]),
    ("app", "debtor",
     "点击核对您的信息：https://h5.kuaimi.example/verify?id=44520219770616865X&amt=3120",
     [(ID, "44520219770616865X")], [U]),
    ("sms", "debtor",
     "【宜分期】尊敬的客户，您的证件４３０１０４１９８６１２１３１４３Ｘ项下借款已逾期，请于三日内处理。",
     [(ID, "４３０１０４１９８６１２１３１４３Ｘ")], [U]),
    ("call", "debtor",
     "坐席：您是老身份证吧，十五位的那个，幺两洞幺洞四 拐三洞拐幺四 勾八三，我们这边登记的就是这个\n客户：那是我以前的证",
     [(ID, "幺两洞幺洞四 拐三洞拐幺四 勾八三")], [U]),
    ("notice", "debtor",
     "欠款确认书\n借款人：宁卫国\n身份证号码：220102740109907\n借款金额：20,000元\n当前欠款：8,460元\n请核对后签字寄回。",
     [(P, "宁卫国"), (ID, "220102740109907")], [U]),
    ("sms", "debtor",
     "【恒融信】您的还款卡 6222-0280-9889-0460 本月扣款失败，请更换还款卡或主动还款。",
     [(BC, "6222-0280-9889-0460")], [U]),
    ("call", "debtor",
     "坐席：卡号我跟您对一下啊，六二一四 八三零一 二九八四 六二八零 六一二，是您尾号六一二这张工行卡吗\n客户：是",
     [(BC, "六二一四 八三零一 二九八四 六二八零 六一二")], [U]),
    ("email", "unknown",
     "| 姓名 | 手机 | 卡号 |\n|---|---|---|\n| 沈志强 | 173 5809 4748 | 6225 8895 1890 3275 |\n| 谢婉婷 | 166 0748 2327 | 尾号0612 |",
     [(P, "沈志强"), (MB, "173 5809 4748"), (BC, "6225 8895 1890 3275"), (P, "谢婉婷"), (MB, "166 0748 2327")], [U]),
    ("call", "debtor",
     "坐席：您那个手机幺三九 三五拐三 九九幺七，是本人在用对吧，我们以后就打这个\n客户：嗯",
     [(MB, "幺三九 三五拐三 九九幺七")], [U]),
    ("sms", "debtor",
     "【速易分期】联系人手机：１８７－９４７６－７８２６，该号码已无法接通，请更新您的紧急联系人信息。",
     [(MB, "１８７－９４７６－７８２６")], [U]),
    ("app", "debtor",
     "客服：您好，您账户绑定的手机147.7199.0527已停用，是否更换为新号码？",
     [(MB, "147.7199.0527")], [U]),
    ("call", "debtor",
     "坐席：您的护照是E两两五 洞两三幺拐吧，我们这边看到您下周有出国的计划\n客户：你们怎么知道",
     [(PP, "E两两五 洞两三幺拐")], [S, U]),
    ("email", "unknown",
     "主题：出境客户名单\n许志远，护照Ｅ８９４２８０５５，12月20日浦东机场出境；其余客户见附件。",
     [(P, "许志远"), (PP, "Ｅ８９４２８０５５")], [S, U]),
    ("notice", "debtor",
     "还款提醒\n致：毛先生\n请于本月底前还款。如有疑问，请致电本公司客服010－6253 8841转2206（工作日9:00-17:30）。",
     [(LL, "010－6253 8841")], []),
    ("sms", "debtor",
     "【恒融信】您好，我司对您的还款已确认，如需开具结清证明，请致电（028）8556 2071。",
     [(LL, "（028）8556 2071")], []),
    ("email", "unknown",
     "[{\"name\": \"龙建英\", \"idcard\": \"610113198209288971\", \"phone\": \"13199951425\"}, "
     "{\"name\": \"龙天佑\", \"relation\": \"子\", \"school\": \"南湖一小\"}]",
     [(P, "龙建英"), (ID, "610113198209288971"), (MB, "13199951425"), (P, "龙天佑")], [S, U, X]),
    ("sms", "debtor",
     "【快米金融】您的身份证号码450103５００１０４４４５（旧证）已登记在案，逾期欠款2,300元，请及时还款。",
     [(ID, "450103５００１０４４４５")], [U]),
    ("app", "debtor",
     "[微信] 专员：黎先生，您银行卡号４３６７ ４２２９ ００６０ ０８７０，今晚十点扣款，保持余额\n[微信] 客户：好",
     [(BC, "４３６７ ４２２９ ００６０ ０８７０")], [U]),
    ("call", "debtor",
     "坐席：您的卡是六二两八 四八洞六 九三拐三 幺拐幺拐\n客户：嗯\n坐席：五幺洞，对，这张卡今天会再扣",
     [], [U]),
    ("email", "unknown",
     "主题：还款链接生成失败\n链接 https://pay.hengrongxin.example/r?card=6230580150787786068&ts=1733400000 报错，请技术排查。",
     [(BC, "6230580150787786068")], [U]),
    ("sms", "debtor",
     "【安信融】身份证：33010219740113818x 姓名：喻建平 欠款：4,488元 逾期：33天。请尽快联系我司。",
     [(ID, "33010219740113818x"), (P, "喻建平")], [U]),
    ("call", "debtor",
     "坐席：手机号我念一下，一七三一 七零八六 九二一，是这个吧\n客户：对对",
     [(MB, "一七三一 七零八六 九二一")], [U]),
    ("app", "debtor",
     "您的还款信息：\n户名：鄢丽\n卡号：6214 8306 7738 8760 482\n手机：136 1287 0050\n请核对后点击确认。",
     [(P, "鄢丽"), (BC, "6214 8306 7738 8760 482"), (MB, "136 1287 0050")], [U]),
    ("call", "debtor",
     "坐席：您身份证最后一位是叉吧，我念一下全号，五洞洞幺洞三 幺九九洞 幺幺幺两 拐六洞叉\n客户：是",
     [(ID, "五洞洞幺洞三 幺九九洞 幺幺幺两 拐六洞叉")], [U]),
    ("sms", "debtor",
     "【滴水贷】账户信息变更提醒：新绑定手机13712121607，如非本人操作请致电客服。",
     [(MB, "13712121607")], [U]),
    ("notice", "debtor",
     "账户信息确认函\n客户：庄先生\n证件类型：护照\n证件号码：E00083765\n借款编号：SY-20250311-7720\n欠款：5,360元",
     [(PP, "E00083765")], [U]),
    ("email", "unknown",
     "主题：客户信息\n客户电话：0512-6731 4490（家）、15217962208（本人）；单位电话：0512-6555 1200转3012。",
     [(LL, "0512-6731 4490"), (MB, "15217962208"), (LL, "0512-6555 1200")], [U]),
]


# --- decoys: numbers that are no personal identifier ----------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor",
     "【滴水贷】您的借款合同编号DS202508170041236已生成，借款金额5,000.00元，首期还款日2026年1月17日。",
     [], []),
    ("sms", "debtor",
     "【速易分期】您的订单号 310115198813450198 已发货，分期首期将于收货后30天扣款。",
     [], []),
    ("app", "debtor",
     "客服：您好，您查询的还款流水号为 20261205143022718，金额1,200.00元，已于12月5日14:30入账。",
     [], []),
    ("email", "unknown",
     "主题：保单信息\n保单号：6228 1405 9902 3316，投保日期2025-06-01，保额50,000元，已生效。",
     [], []),
    ("notice", "debtor",
     "民事调解通知\n案号：（2026）粤0305民初12876号\n您与恒融信消费金融有限公司借款合同纠纷一案已受理调解，请于12月22日上午9:30到本中心调解室。咨询：400-830-2210。",
     [], []),
    ("sms", "debtor",
     "【宜分期】电子发票已开具，发票号码 04403210 0112 3456，发票代码144032300110，请在App内下载。",
     [], []),
    ("app", "debtor",
     "您的设备ID：8a3f9c1e-77d2-4b6a-9e10-3c5d2f8a0b41 已与账户绑定，如非本人操作请及时修改密码。",
     [], []),
    ("sms", "debtor",
     "【快米金融】您的批次号120104730014983的分期账单已生成，本期应还416.80元。",
     [], []),
    ("call", "debtor",
     "坐席：您好，这边是速易分期，您的工单号是幺两洞洞 三四五六 拐八，问题我们已经记下了\n客户：好的",
     [], []),
    ("app", "debtor",
     "客服：您的手机号138****4748已完成验证，验证码已发送，请在5分钟内输入。",
     [], []),
    ("email", "debtor",
     "主题：还款计划确认\n您好，您的借据号 LN-2026-0912-00871 的还款计划已调整为十二期，每期1,208.33元，首期日期2027年1月10日。",
     [], []),
    ("sms", "debtor",
     "【滴水贷】运单号 75 1234 5678 9012 的还款资料已寄出，请注意查收。",
     [], []),
    ("notice", "debtor",
     "结清证明\n兹证明借款人（身份证号3101**********0198）在我司借款编号DS2025081700412项下的全部款项已于2026年11月30日结清。\n滴水贷（南京）科技有限公司",
     [], []),
    ("app", "debtor",
     "客服：您的投诉单号 12008853164 已受理，我们会在2个工作日内联系您。",
     [], []),
    ("call", "debtor",
     "坐席：您好，请问是易先生吗，这边是宜分期\n客户：是\n坐席：您的还款已经到账了，流水号后六位幺八两洞三拐，这边给您结清了\n客户：好，谢谢",
     [], []),
    ("sms", "debtor",
     "【快米金融】您的合同号 440106199913320051 项下借款已结清，感谢使用。",
     [], []),
    ("app", "debtor",
     "您的账户：6217 **** **** 6804（储蓄卡）\n下次扣款：2026-12-25\n金额：¥960.00",
     [], []),
    ("sms", "debtor",
     "【速易分期】您的物流单号YT7720 0391 8845 2已到达网点，内有您申请的分期合同纸质件。",
     [], []),
    ("email", "unknown",
     "主题：系统工单\n工单号：INC-20261205-0042\n描述：代扣接口超时，影响批次HX20261205，共312笔，已于11:20恢复。",
     [], []),
    ("sms", "debtor",
     "【安信融】证件号310***********1234的客户您好，您的分期申请已通过，首期还款日1月8日。",
     [], []),
    ("app", "debtor",
     "客服：您查询的案件号是 KM 2026 1205 0088，目前状态为协商中，请留意后续短信。",
     [], []),
    ("email", "unknown",
     "主题：IMEI异常\n设备IMEI 861234056789012 在同一天登录了12个不同账户，疑似批量注册，请风控复核。",
     [], []),
    ("notice", "debtor",
     "催收函\n编号：KM-CS-611302197813320015\n尊敬的客户：您的借款已逾期10天，欠款金额1,980元，请于12月20日前还款。客服：400-900-1818。",
     [], []),
    ("call", "debtor",
     "坐席：您好，这边帮您查了，合同号是幺五八 八八三四 五六七八 九洞洞幺，是两年前签的那份\n客户：嗯，就是那个",
     [], []),
]


# --- near-misses: what the two hard categories are not ---------------------------------------------------------

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor",
     "【恒融信】如您或家人因重大疾病、意外伤害、失业等原因暂时无法还款，可申请困难帮扶，最长延期6个月，详情见App“困难帮扶”页面。",
     [], []),
    ("call", "debtor",
     "坐席：您好，是包女士吗，这边是滴水贷\n客户：是，我刚做完剖腹产，还在月子里\n"
     "坐席：恭喜您，那您先好好休息，这期我帮您延到下个月，到时候再联系您\n客户：谢谢",
     [], []),
    ("app", "debtor",
     "[微信] 客户：我是信佛的，不会赖你们的账，就是最近真的没钱\n[微信] 客服：理解您，我们可以先把罚息停了，您每个月还五百可以吗",
     [], []),
    ("notice", "debtor",
     "还款提醒函\n致：应志宏 先生\n地址：鼓楼区湖滨路108号3栋602室\n您在我司的借款已逾期12天，应还2,860元，请于12月20日前还款。"
     "客服电话：400-820-3366。\n恒融信消费金融有限公司",
     [(P, "应志宏"), (A, "鼓楼区湖滨路108号3栋602室")], []),
    ("call", "debtor",
     "坐席：您好，我是安信融资产的调解员李娜，工号3021，受快米金融委托联系您，关于您的借款\n客户：嗯你说\n"
     "坐席：您目前欠款4,200元，逾期二十天，今天能否先还一部分",
     [(P, "李娜")], []),
    ("email", "debtor",
     "您好，我是负责您案件的调解员周倩，邮箱zhouqian@anxinrong.example，座机0591-8765 2203。有任何还款上的问题可以随时联系我。",
     [(P, "周倩"), (EM, "zhouqian@anxinrong.example"), (LL, "0591-8765 2203")], []),
    ("sms", "third_party",
     "【速易分期】您好，您作为借款人的保证人，依据您签署的保证合同，借款人本期应还4,320元已逾期15天，请您与借款人联系或代为履行。",
     [], []),
    ("notice", "debtor",
     "传票\n（2026）浙0106民初8834号\n被告：单先生\n本院受理原告恒融信消费金融有限公司诉你借款合同纠纷一案，定于2027年1月12日上午9时在本院第三法庭开庭。"
     "本院地址：西湖区文三路188号。\n杭州市西湖区人民法院",
     [(A, "西湖区文三路188号")], []),
    ("call", "debtor",
     "坐席：您好，是沈先生吗\n客户：是，你们别打了，我妈叫沈玉兰，她在住院，我每天都在医院陪着\n"
     "坐席：明白，那您先照顾阿姨，我这边给您暂缓一个月，需要的话您发个住院证明就行",
     [(P, "沈玉兰")], []),
    ("call", "debtor",
     "坐席：您好，这边速易分期，请问是景先生吗\n客户：是，我手机换了，新号是15582045160，以后打这个\n"
     "坐席：好的，已经帮您更新，以后还款提醒发到新号码上",
     [(MB, "15582045160")], []),
    ("sms", "debtor",
     "【宜分期】您的账单已逾期，如您正处于孕期、哺乳期或家中有需要照顾的病人，可联系客服申请个性化还款方案。",
     [], []),
    ("app", "debtor",
     "[QQ] 客户：我在戒毒所待过，找不到工作，能不能少还点\n[QQ] 客服：我们不会因为这个区别对待您，可以给您申请减免部分罚息，分期还本金",
     [], []),
    ("call", "third_party",
     "坐席：您好，请问是戴先生吗\n联系人：我是他弟弟，他出差了\n坐席：好的，麻烦您方便时让他回个电话，谢谢\n联系人：行，我跟他说",
     [], []),
    ("email", "debtor",
     "您好，为核实身份，请提供身份证号后四位及借款时预留手机号后四位，切勿在邮件中发送完整证件号码。",
     [], []),
    ("call", "debtor",
     "坐席：您好，宜分期，请问是朱先生吗\n客户：是，我是回民，这个月斋月，白天不方便接电话\n坐席：好的，那我们改在晚上七点以后联系您，打扰了",
     [], []),
    ("notice", "third_party",
     "担保责任告知函\n致：保证人 晏先生\n您于2025年3月为借款人与我司签订的借款合同提供连带责任保证。借款人已逾期，欠款11,200元，请于30日内履行保证责任。"
     "\n恒融信消费金融有限公司",
     [], []),
    ("app", "debtor",
     "[微信] 客户：我儿子叫汪俊熙，今年刚上一年级，我一个人带他，真的难\n[微信] 专员：理解您的难处，我这边帮您申请延期两个月，您先照顾好孩子",
     [(P, "汪俊熙")], []),
    ("call", "debtor",
     "坐席：您好，我是滴水贷的客服小许\n客户：我腿断了在家休息，工资也停了\n坐席：那我给您登记困难客户，本月暂停催收，您安心养伤",
     [], []),
    ("sms", "debtor",
     "【安信融】您好，您在我司的欠款已转由我司调解部处理，调解员：高丽，联系电话：0755-2683 4410。",
     [(P, "高丽"), (LL, "0755-2683 4410")], []),
    ("app", "debtor",
     "客服：您好，您的还款卡为尾号6060的建设银行储蓄卡，如需更换，请在App“我的-银行卡”中操作。",
     [], []),
    ("notice", "debtor",
     "协商还款确认书\n甲方：宜分期\n乙方：芮先生\n双方确认：乙方因病暂时无力全额还款，甲方同意自2027年1月起分24期还款，每期580元，期间停止计收罚息。",
     [], []),
    ("call", "debtor",
     "坐席：您好，请问是鲁先生吗，这边是快米金融\n客户：是我。我身份证是500103199307022014，你们查查我是不是被人冒名借款了\n"
     "坐席：好的，已收到，我们会提交核查，三个工作日内回复您",
     [(ID, "500103199307022014")], []),
    ("email", "third_party",
     "您好，我司正在联系一位客户，他预留的联系人为您。请您转告他尽快回电400-830-2210，感谢您的协助。",
     [], []),
    ("sms", "debtor",
     "【滴水贷】退役军人、残疾人、低保户等特殊群体客户如有还款困难，可申请专项帮扶政策，请致电客服了解详情。",
     [], []),
    ("call", "debtor",
     "坐席：您好，请问是房先生吗，我这边宜分期\n客户：是，你们能不能打我老婆电话，她叫房晓雯，钱都是她管\n"
     "坐席：不好意思，按规定我们只能跟您本人沟通还款的事，您和家人商量好后再联系我们就行",
     [(P, "房晓雯")], []),
]


# --- more voices: the two hard categories in every register ----------------------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor",
     "【恒融信】岑先生，您爱人岑晓红在市人民医院药剂科上班，您岳母住在您家楼上，我们不想打扰她们，请您今日内还款。",
     [(P, "岑晓红")], [X]),
    ("sms", "debtor",
     "【滴水贷】尊敬的客户蓝海涛，您的工作单位为兴达汽配城A区18号铺，我司将于本周安排人员前往您的单位协商。",
     [(P, "蓝海涛"), (A, "兴达汽配城A区18号铺")], [X]),
    ("call", "debtor",
     "坐席：喂，是霍建军吧，安信融的。你大哥霍建民、二姐霍建芳的电话我们都有，你不想他们知道吧\n客户：你想怎么样",
     [(P, "霍建军"), (P, "霍建民"), (P, "霍建芳")], [X]),
    ("app", "debtor",
     "[微信] 专员：凤先生，您父亲凤德贵在老家凤山村三组26号，身体不太好吧，您忍心让老人家接我们的电话吗",
     [(P, "凤德贵"), (A, "凤山村三组26号")], [S, X]),
    ("notice", "third_party",
     "致恒通物流有限公司：\n贵司司机贝振东（住城北区长青路77号2栋4单元101）在我司借款逾期，其妻贝丽在城北第三小学任教。请贵司督促其还款。\n宜分期",
     [(P, "贝振东"), (A, "城北区长青路77号2栋4单元101"), (P, "贝丽")], [D, X]),
    ("email", "unknown",
     "主题：补充联系人\n客户邵志华，补充联系人：表弟邵斌（13943824184，在县交警大队上班）、小舅子宋立新（18793754678，开出租车）。",
     [(P, "邵志华"), (P, "邵斌"), (MB, "13943824184"), (P, "宋立新"), (MB, "18793754678")], [U, X]),
    ("call", "third_party",
     "坐席：喂，您好，是薛老师吗\n联系人：是，哪位\n坐席：我是快米金融的，您班上那个学生薛子涵的爸爸薛刚欠我们钱，孩子每天放学是不是她奶奶来接\n联系人：这个我不能告诉你",
     [(P, "薛子涵"), (P, "薛刚")], [D, S, X]),
    ("sms", "debtor",
     "【速易分期】靳女士，您与前夫靳国峰离婚后仍共同居住在东湖路9号小区，相关情况我司已掌握，请勿再以离婚为由拒绝还款。",
     [(P, "靳国峰"), (A, "东湖路9号")], [X]),
    ("app", "debtor",
     "客服：尊敬的用户，您的紧急联系人母亲（蒲秀英，13973615494）与同事（龙海，14746540810）已登记，如需修改请在App内操作。",
     [(P, "蒲秀英"), (MB, "13973615494"), (P, "龙海"), (MB, "14746540810")], [U, X]),
    ("notice", "third_party",
     "致清河镇大王庄村委会：\n贵村村民巩立国欠我司借款本息37,600元，其女儿巩月在镇中心小学五年级，儿子巩阳在县医院做血液透析，家庭情况我司已了解。"
     "请村委会协助劝说其还款。\n安信融资产",
     [(P, "巩立国"), (P, "巩月"), (P, "巩阳")], [D, S, X]),
    ("call", "debtor",
     "坐席：那个，晏先生，我们查了，你老婆晏梅在中心医院做护士，三班倒，你丈母娘帮你们带孩子，这些我们都知道\n客户：你们查这个干什么",
     [(P, "晏梅")], [X]),
    ("sms", "debtor",
     "【金联资产】俞先生，您那辆白色SUV每天晚上停在滨江区江南大道3900号地下车库，请尽快处理欠款。",
     [(A, "滨江区江南大道3900号")], [S]),
    ("email", "unknown",
     "主题：外访需求\n外访对象：鲍国平，家庭住址：南岸区南坪西路32号2栋8-3，单位：重庆钢铁集团，配偶鲍春花（14761856948），"
     "外访时间建议周六上午，本人患痛风，一般在家。",
     [(P, "鲍国平"), (A, "南岸区南坪西路32号2栋8-3"), (P, "鲍春花"), (MB, "14761856948")], [S, U, X]),
    ("app", "third_party",
     "[微信群·锦绣苑业主群] 快米金融专员：各位业主好，7栋2单元的住户贺振宇（业主贺建林之子）在我司借款逾期，近期我们会上门，请认识他的邻居转告一声。",
     [(P, "贺振宇"), (P, "贺建林")], [D, X]),
    ("sms", "debtor",
     "【宜分期】您好，您的配偶闻秀云（身份证４１０１０５２００１１００９８４８４）已被我司登记为共同还款意向人，请协商还款。",
     [(P, "闻秀云"), (ID, "４１０１０５２００１１００９８４８４")], [U, X]),
    ("call", "debtor",
     "坐席：你好，我是速易分期的，你弟弟景小军在深圳那个电子厂上班吧，电话幺六六 六八九三 八四四四，我们可以找他帮你还\n客户：别找他",
     [(P, "景小军"), (MB, "幺六六 六八九三 八四四四")], [U, X]),
    ("notice", "debtor",
     "催款函\n致：车宏伟先生\n您的借款已逾期78天。经核实，您每月在长安汽车厂领取工资6,800元，公司宿舍位于厂区西门对面。"
     "请于15日内还清欠款，否则我司将与贵单位工会联系。\n恒融信",
     [(P, "车宏伟")], [S, X]),
    ("email", "unknown",
     "主题：数据核查\n姓名,关系,手机\n谷长青,本人,17391631541\n谷小雨,女儿,\n谷长河,哥哥,13541203964\n备注：女儿在读初一，哥哥在镇政府上班。",
     [(P, "谷长青"), (MB, "17391631541"), (P, "谷小雨"), (P, "谷长河"), (MB, "13541203964")], [S, U, X]),
    ("app", "debtor",
     "[微信] 专员：汤先生，你女朋友程欣欣我们联系上了，她说你们在一起三年了，住在天河路那套出租屋，她也不知道你欠钱的事吧",
     [(P, "程欣欣")], [X]),
    ("sms", "third_party",
     "【快米金融】您好，您的邻居易振华（住您对门502）在我司借款逾期，其妻易红霞的手机19958091673无人接听，请转告。",
     [(P, "易振华"), (P, "易红霞"), (MB, "19958091673")], [D, U, X]),
    ("call", "debtor",
     "坐席：你好，焦先生，我是安信融的，你父亲焦德海是退休教师，住在市一中教师宿舍，每个月养老金四千多，让他先帮你垫上吧\n客户：关我爸什么事",
     [(P, "焦德海")], [S, X]),
    ("notice", "third_party",
     "致阳光花园物业服务中心：\n贵小区12栋601业主解建华在我司借款逾期，欠款4,560元。其妻解美玲、其子解睿也住在该房屋。"
     "请物业转告其家人督促还款。\n滴水贷",
     [(A, "12栋601"), (P, "解建华"), (P, "解美玲"), (P, "解睿")], [D, X]),
    ("email", "unknown",
     "主题：案件移交（附征信）\n客户：雷鸣，征信显示另有信用卡透支9张、房贷1笔，最近三个月查询次数27次；本人在离婚诉讼中，"
     "抚养权归女方。请承接方注意沟通方式。",
     [(P, "雷鸣")], [S]),
    ("sms", "debtor",
     "【恒融信】俞先生您好，您每月20日到账的退休金2,860元已进入您尾号9880的银行卡，请于当日转入还款账户。",
     [], [S]),
    ("call", "debtor",
     "坐席：喂，是伍先生吗，我快米金融的，你现在是在城南派出所旁边那个小区住对吧，你每天晚上都去那个棋牌室打牌到十二点\n客户：你跟踪我啊",
     [], [S]),
    ("app", "third_party",
     "【家族群】大家好，我是速易分期的工作人员，请问群里谁是欧建新的家人？他借款逾期，他在老家的地址是古城镇欧家村二组8号，大家谁有空去看看。",
     [(P, "欧建新"), (A, "古城镇欧家村二组8号")], [D, X]),
    ("notice", "debtor",
     "还款告知书\n致：柏先生\n根据我司掌握的信息，您的女儿柏悦悦就读于实验幼儿园大一班，每日由您母亲接送。为了孩子，请您尽快还款。\n金联资产",
     [(P, "柏悦悦")], [S, X]),
    ("sms", "debtor",
     "【滴水贷】您好，经查您在支付宝余额宝有存款12,000余元，微信零钱有3,000余元，请优先偿还我司欠款。",
     [], [S]),
    ("call", "debtor",
     "坐席：喂，巫女士，你那个糖尿病的药是每个月去社区医院拿吧，你拿药的钱有，还款的钱就没有吗\n客户：你怎么能这么说话",
     [], [S]),
    ("email", "unknown",
     "主题：工单WO-2026-1044\n任务：核实客户包志远近期行踪。已知：每周一、三、五晚上在健身房（星湖街128号）锻炼到九点，周末回父母家。"
     "父亲包德胜，母亲周兰英。",
     [(P, "包志远"), (A, "星湖街128号"), (P, "包德胜"), (P, "周兰英")], [S, X]),
    ("app", "debtor",
     "[微信] 专员：童女士，你在那个抑郁症的病友群里发的话我们看到了，心情不好也得还钱吧",
     [], [S]),
    ("sms", "debtor",
     "【安信融】申先生，您的指纹、人脸信息已在我司留存，若继续逾期，我司将依法维护权益。",
     [], [S]),
    ("notice", "third_party",
     "致城南供电所人事科：\n贵所员工廖志明欠我司借款，其家住新市镇和平路66号，其父廖长贵、其母黄秀英均已退休，请贵所督促还款。\n宜分期",
     [(P, "廖志明"), (A, "新市镇和平路66号"), (P, "廖长贵"), (P, "黄秀英")], [D, X]),
]


# --- a last batch: group chats, work orders, spreadsheets and calls ---------------------------------------------

LAST_BATCH: list[PiplEntry] = [
    ("call", "debtor",
     "坐席：嗯……核对一下啊，您的身份证号两幺洞幺洞两 两洞洞洞 洞九两洞 六八四三，嗯，是本人吧\n客户：是啊，你们到底是哪家的",
     [(ID, "两幺洞幺洞两 两洞洞洞 洞九两洞 六八四三")], [U]),
    ("call", "third_party",
     "坐席：喂，您好，请问是姚先生的房东吗\n联系人：是，他租我的房子\n"
     "坐席：他欠我们平台一万二，电话也不接，他一般几点回来，您下次见到他帮忙催一下\n联系人：这我管不着",
     [], [D]),
    ("app", "third_party",
     "[微信群·上岭村三组] 宜分期专员：各位乡亲打扰了，本组颜国庆在我们平台的借款一直没还，麻烦大家帮着劝劝，颜国庆家里人看到消息回个话。",
     [(P, "颜国庆")], [D]),
    ("sms", "debtor",
     "【快米金融】尊敬的客户，我司登记的您的手机为１６６ ７６６１ ２６０２，若号码已变更，请于App中更新。",
     [(MB, "１６６ ７６６１ ２６０２")], [U]),
    ("email", "unknown",
     "主题：外呼名单（第3批）\n詹立平 15593477598 逾期45天 备注：本人在市看守所羁押，家属代接\n"
     "曹红 13527375319 逾期12天 备注：孕晚期，避开午休时间",
     [(P, "詹立平"), (MB, "15593477598"), (P, "曹红"), (MB, "13527375319")], [S, U]),
    ("call", "debtor",
     "坐席：喂，你好，恒融信的，你这个卡六两两两 洞两八四 勾洞拐勾 三三两洞，里面一分钱都没有，工资卡换了是吧\n客户：换了又怎么样",
     [(BC, "六两两两 洞两八四 勾洞拐勾 三三两洞")], [S, U]),
    ("notice", "third_party",
     "致永安小区居委会：\n贵辖区居民戴振国（残疾人，持二级残疾证）在我司欠款未还。请居委会在发放残疾人补贴时通知其与我司联系。\n速易分期",
     [(P, "戴振国")], [D, S]),
    ("app", "debtor",
     "[微信] 专员：杭先生，你老婆在朋友圈发的产检B超单我们看到了，下个月生是吧，奶粉钱有了，还款的钱也该有了",
     [], [S]),
    ("sms", "debtor",
     "【安信融】您好，您老家旧身份证号441900680503418与现证件均已登记，您的欠款已逾期，请尽快还款。",
     [(ID, "441900680503418")], [U]),
    ("call", "debtor",
     "坐席：喂，您好，我是金联资产的，您出国用的护照是E四八洞洞 两六九洞吧，您下个月去泰国的机票我们也看到了\n客户：你们怎么查到的",
     [(PP, "E四八洞洞 两六九洞")], [S, U]),
    ("email", "unknown",
     "主题：委外回款明细\n| 客户 | 证件 | 回款 |\n| 邓建英 | 510107199906071931 | 2,000 |\n| 柯宇 | 330102199608071022 | 1,500 |",
     [(P, "邓建英"), (ID, "510107199906071931"), (P, "柯宇"), (ID, "330102199608071022")], [U]),
    ("app", "third_party",
     "[QQ群·2008届高三2班] 群友们好，我是快米金融的，你们同学鲁建强欠款半年了，他现在在城东医院住院，谁能去看看他，顺便提一下还款。",
     [(P, "鲁建强")], [D, S]),
    ("sms", "debtor",
     "【滴水贷】温先生，您的公积金账户每月缴存1,840元，余额46,000元，可申请提取用于还款，请今日处理。",
     [], [S]),
    ("call", "debtor",
     "坐席：喂，我是宜分期的，你现在是在城西那个工地干活吧，住在工地板房三号，你老婆邵红梅带着孩子在老家邵家湾\n客户：嗯",
     [(P, "邵红梅")], [S, X]),
    ("notice", "third_party",
     "致城关镇第一中学：\n贵校初三（1）班学生方宇航的父亲方建军在我司欠款逾期，其母方丽华在县城超市工作。请学校通知家长尽快还款，以免影响孩子升学。\n安信融资产",
     [(P, "方宇航"), (P, "方建军"), (P, "方丽华")], [D, S, X]),
    ("email", "unknown",
     "主题：案件资料\n客户周启明，身份证130104198907143410，现住朝阳区望京西路50号院4号楼1203，在望京SOHO一家广告公司上班，"
     "妻子周雪在协和医院做护士。",
     [(P, "周启明"), (ID, "130104198907143410"), (A, "朝阳区望京西路50号院4号楼1203"), (P, "周雪")], [U, X]),
    ("app", "debtor",
     "[微信] 专员：潘先生，你住的那个康复医院，你每天下午三点做理疗，我们同事下午过去找你聊聊还款",
     [], [S]),
    ("sms", "debtor",
     "【速易分期】叶先生，您的前妻叶小梅及女儿叶子萱现居住在丽水花园3栋1101，我司不希望打扰她们，请尽快还款。",
     [(P, "叶小梅"), (P, "叶子萱"), (A, "丽水花园3栋1101")], [X]),
    ("call", "third_party",
     "坐席：喂，是谭师傅吗，您是鲁大勇的工友吧\n联系人：是啊\n坐席：他欠我们平台的钱，现在人躲起来了，您知道他住哪间宿舍吗，我们有他手机幺五幺五八勾三三两六九，一直关机",
     [(P, "鲁大勇"), (MB, "幺五幺五八勾三三两六九")], [D, U]),
    ("sms", "debtor",
     "【恒融信】您好，您的银行卡6222020716755889103和6217000724238259880近三个月入账流水共计38,600元，您有能力还款，请即日处理。",
     [(BC, "6222020716755889103"), (BC, "6217000724238259880")], [S, U]),
    ("app", "third_party",
     "[微信] 专员：你好，你是鞠志伟的前同事吧，他现在在哪家公司上班你知道吗？他欠我们钱，他老婆鞠红说他去了广州。\n[微信] 联系人：不知道",
     [(P, "鞠志伟"), (P, "鞠红")], [D, X]),
    ("notice", "debtor",
     "提醒函\n致：葛振东先生\n我司注意到您近期每周三下午前往市精神卫生中心，考虑到您的身体状况，建议您尽快与我司协商还款方案。\n恒融信",
     [(P, "葛振东")], [S]),
    ("email", "unknown",
     "主题：家访记录\n12月3日家访，客户卞先生不在，其母卞桂英说儿子在深圳，电话16668938444以前是儿子用的；其妹卞小琴在县人民医院上班。",
     [(P, "卞桂英"), (MB, "16668938444"), (P, "卞小琴")], [U, X]),
    ("call", "debtor",
     "坐席：喂，您好，这边是滴水贷，您每个月初一十五都去普济寺上香吧，菩萨也看着呢，欠的钱还是要还\n客户：你们这是什么意思",
     [], [S]),
    ("sms", "debtor",
     "【金联资产】杜先生，您的女儿杜若溪在市二中读高一，住校，周五下午回家。我们希望您为孩子着想，本周内还款。",
     [(P, "杜若溪")], [S, X]),
    ("app", "third_party",
     "【小区业主群】各位邻居，10栋的毕先生欠我们平台钱不还，听说他最近在做化疗，大家见到他家人帮忙转告一下。",
     [], [D, S]),
    ("call", "debtor",
     "坐席：嗯，那个，柳先生您好，这边是速易分期，嗯，确认一下您预留的号码是幺五洞三 两八洞四 八幺三，对吧\n客户：对",
     [(MB, "幺五洞三 两八洞四 八幺三")], [U]),
    ("email", "unknown",
     "主题：客户画像\n任海燕，女，34岁，单亲，独自抚养一名6岁患自闭症的儿子，每月领取低保金；住城南棚户区7号院，在菜市场卖菜。",
     [(P, "任海燕"), (A, "城南棚户区7号院")], [S, X]),
    ("notice", "third_party",
     "致海通建筑劳务公司财务部：\n贵司农民工贲大山（身份证445202198202218777，银行卡6228480060702375910）欠我司借款，请贵司在发放工资时直接代扣。\n快米金融",
     [(P, "贲大山"), (ID, "445202198202218777"), (BC, "6228480060702375910")], [D, U]),
    ("call", "debtor",
     "坐席：喂，我是恒融信的，您姐姐桑雪梅的电话幺拐拐洞六幺洞拐三两五，我们已经打过去了，她说让你自己解决\n客户：你们凭什么打我姐",
     [(P, "桑雪梅"), (MB, "幺拐拐洞六幺洞拐三两五")], [U, X]),
    ("app", "debtor",
     "[微信] 专员：尹女士，你每天早上八点送孩子到向阳幼儿园，然后去纺织厂上班，路线我们很清楚",
     [], [S]),
    ("sms", "debtor",
     "【宜分期】苗先生，您的医保卡最近三个月在肿瘤医院的消费记录显示您在持续治疗，但这不影响还款义务。",
     [], [S]),
    ("email", "unknown",
     "主题：补充材料\n客户护照E08461257，港澳通行证C68510209，出入境记录显示每月往返深港两次，请外访组留意口岸时间。",
     [(PP, "E08461257"), (PP, "C68510209")], [S, U]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "R-ASR-CALLS": ASR_CALLS,
    "R-SMS-DEBTOR": SMS_DEBTOR,
    "R-THIRD-PARTIES": THIRD_PARTIES,
    "R-CHATS": CHATS,
    "R-LETTERS": LETTERS,
    "R-TRANSFERS": TRANSFERS,
    "R-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "R-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "R-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "R-DECOYS": DECOYS,
    "R-NEAR-MISSES": NEAR_MISSES,
    "R-MORE-VOICES": MORE_VOICES,
    "R-LAST-BATCH": LAST_BATCH,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
