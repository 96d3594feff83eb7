"""Writes `pipl_heldout_z.jsonl`, the twenty-sixth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_y.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes, and decoy numbers of 16 and 19 digits that
fail Luhn) and typed into the texts by hand, many of them read aloud, grouped or in full-width digits; the
passports and the home-return permits were typed to the pattern.

Its weight lies on identifiers and on the two categories detectors find hardest. Identifiers stand in over a
hundred messages: mobiles, landlines with area codes in brackets, hyphens or full-width digits and extensions after
转 or 分机, 18-digit IDs (some ending in X, one read with a spoken 叉, one in full-width digits with a full-width
Ｘ, one with only its last digit full-width) and old 15-digit ones (one read aloud in three groups), bank cards of
16 and 19 digits, ordinary passports of both patterns (one read aloud, one with full-width digits) and
home-return permits; read aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens, on a
line of their own, in full-width digits, behind +86 and 0086, glued to the Chinese words around them, and spaced
out character by character in OCR'd letters. `pii.excessive` labels over sixty messages and `pii.sensitive` over
sixty, mostly without the textbook words: an oncology ward, a psychiatric follow-up at a mental-health centre and
a hospital's psychosomatic clinic, dialysis three times a week and on set afternoons, a breast-surgery ward and
chemotherapy, hepatitis B medicine bought monthly, IVF and egg retrieval, a maternity booking and a due date,
a stay in hospital to keep a pregnancy, a discharge, a child's kindergarten or school class, school bus and
school-run times, a metro station at 7:40, a gym on set nights, a night shift, a route home
and weekend visits, a hotel room and check-out, an airport location fix, a train trip, a passport and trips
abroad, a Macau casino, a cinema, step counts, salary inflows, a card that took in thirty thousand, provident-
fund, medical-insurance, time-deposit and money-market balances, card spending, loans at other platforms, a
minimum-livelihood allowance, a five-guarantee household, a disability certificate and allowance, a veteran's
card, temple visits, Sunday worship, Friday prayers, a face photo and a voiceprint, administrative detention for
drink-driving and compulsory drug rehabilitation; full names with a home address, a home village group or an
employer, and the names and numbers of spouses, an ex-wife, an ex-boyfriend, a girlfriend and a boyfriend,
parents, parents-in-law, grandparents, siblings, cousins, children, colleagues and a business partner.
Third-party disclosure labels about seventy messages, many saying only that the money "has not moved", "is still
hanging", "has no answer" or "is still empty", to a mother, a father, an uncle, a cousin, a sister, a brother, a
sister-in-law, a mother-in-law, a wife, an ex-wife, a landlord, a roommate, a neighbour, colleagues, a
supervisor, a boss, an employer's HR, a class teacher, a school's office and a university's, a property manager,
a residents' committee, a village committee and a village head, and owners', tenants', parents', townsmen's,
classmates', car-club, workers', family and village group chats. Beside them stand the near-misses: contacts
asked only to pass on a call-back with no lender or debt named (wrong numbers too), a contact told how to stop
being contacted, a guarantor and a co-borrower told of what they signed, sealed letters an employer, a village
committee, a property manager or a residents' committee is asked to hand over, letters naming only the debtor
and the address they are sent to, a group asked to reach a flat's tenant, masked hand-over sheets, CRM exports,
work orders and logs; debtors speaking of dialysis, IVF, a wife's operation, a newborn, drug rehabilitation,
other platforms' debts and a spouse's name, and agents answering with a deferral, instalments or a pause;
complaint replies, a data-access reply, an objection address, a collector's own work mobile and landline, a
lender's landline and office address, a lender's collection account, numbers the customer typed or said. Beside
the identifiers stand decoys of the same shapes: contract, order, serial, invoice, batch, agreement and meeting
numbers (an 18-digit one with a thirteenth month, a contract number read aloud like an ID with the wrong check
digit, a 19-digit and a 16-digit one failing Luhn, one grouped like a card, an 11-digit waybill on no mobile
prefix, an invoice number shaped like a passport), a court case number, a lawyer's licence number, a 20-digit
e-invoice number, a company's account, verification codes, 95 and 400 numbers written and read aloud, masked
forms, last digits, amounts and dates. Registers: lenders' SMS templates, robot scripts, agent calls as
speech-to-text output, WeChat, QQ, WhatsApp and LINE chats and group chats, letters to debtors,
employers, schools, a property manager and village and residents' committees, a lawyer's letter, settlement
certificates, hand-over sheets, visit reports, work orders, CRM exports, quality notes and e-mail between
agencies, complaint replies, e-mail, Cantonese and traditional characters (Hong Kong, Macau and Taiwan lenders).
Identifiers split across two lines were left out: the set's own check reads a number's digits across spaces,
dots and hyphens, not across a line break. Numbers outside the mainland's formats (Hong Kong, Macau and Taiwan
telephones) were left out too, as their entity type is not the contract's.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

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
  a veteran). A lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or 0086 before
a mobile; a surname with an honorific or a prefix (焦先生, 小冯, 陈小姐) is not a PERSON, a given name after a kinship
term or a nickname is; ADDRESS reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_z`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_z.jsonl"
ID_PREFIX = "PZ"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")
PLATE = "CN_LICENSE_PLATE"

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好这边是安信融通的，找一下韩先生\n客户：我就是\n坐席：您在我们平台那笔四千三的借款已经逾期十二天了，今天能处理吗\n客户：下周五发工资\n坐席：好的那我给您记下周五",
     [], []),
    ("call", "debtor", "坐席：韩先生我跟您核对一下，您身份证是四三洞幺洞四幺勾六八洞八幺六六五六三对吧\n客户：对\n坐席：那今天下午三点前要把最低还款六百交上",
     [(ID, "四三洞幺洞四幺勾六八洞八幺六六五六三")], [U]),
    ("call", "debtor", "坐席：你好我是恒泰资产的小吕，你名下那个网贷还欠两千八\n客户：我在医院陪我妈做透析呢\n坐席：那理解，那我这边先给你延七天，七天后再联系",
     [], []),
    ("call", "debtor", "坐席：喂孙女士，你上周三下午是不是在市三院肿瘤科那边，我们同事看到你了，人在那儿钱总该能还点吧",
     [], [S]),
    ("call", "debtor", "客户：你们别打了我换号了，新号幺三五两洞三六勾四三幺\n坐席：好的孙女士，我这边更新一下，之后就打这个号码",
     [(MB, "幺三五两洞三六勾四三幺")], []),
    ("call", "debtor", "坐席：我再念一遍您的还款卡号，六两两八 四八四五 八三六洞 拐六拐五，是这张吧\n客户：嗯",
     [(BC, "六两两八 四八四五 八三六洞 拐六拐五")], [U]),
    ("call", "debtor", "坐席：您好，我们查到您每个月十号有一笔八千多的工资进账，这个月十号进了以后先把这期扣了吧",
     [], [S]),
    ("call", "debtor", "坐席：闫先生，你老婆叫曹丽娟是吧，电话一八二零七六零二六一九，我们要不要跟她聊聊\n客户：你们别找她",
     [(P, "曹丽娟"), (MB, "一八二零七六零二六一九")], [X, U]),
    ("call", "debtor", "坐席：闫先生您好，这边是众利金服的贷后，您那笔分期逾期了，今天方便处理吗\n客户：我老婆曹丽娟刚做完手术，这个月真没钱\n坐席：明白，那我给您申请一下停催半个月",
     [(P, "曹丽娟")], []),
    ("call", "debtor", "坐席：你儿子是在实验二小三年级四班吧，放学四点半，我们也知道，你自己掂量",
     [], [S]),
    ("call", "debtor", "坐席：喂你好，我这边是诚信通的催收专员小付，关于您的逾期账单，我的工作手机是幺五洞五三三勾拐勾两幺，有问题可以回这个号",
     [(MB, "幺五洞五三三勾拐勾两幺")], []),
    ("call", "debtor", "坐席：刘先生你在深圳宝安机场是吧，我们定位显示你今天早上八点在那儿，你要出差也先把钱还了",
     [], [S]),
    ("call", "debtor", "坐席：你在我们平台之外还有借呗花呗京东白条一共欠了六万多，我们都查得到，先还我们的",
     [], [S]),
    ("call", "debtor", "坐席：你好，本次通话会录音，您的逾期金额是一千二百六十元，逾期十九天，请您于本月二十五号前还款\n客户：好的我知道了",
     [], []),
    ("call", "debtor", "坐席：杜女士，你上个月信用卡在万象城刷了一万二，还能买包没钱还我们？",
     [], [S]),
    ("call", "debtor", "坐席：你叫邵建军，住在朝阳区望京西路四十八号院三号楼，在顺丰上班，你躲不掉的",
     [(P, "邵建军"), (A, "朝阳区望京西路四十八号院三号楼")], [X]),
    ("call", "debtor", "客户：我身份证一三洞幺洞两幺勾拐四幺两幺三勾两三六，你们查一下是不是搞错人了\n坐席：好的我核实一下，稍后回复您",
     [(ID, "一三洞幺洞两幺勾拐四幺两幺三勾两三六")], []),
    ("call", "debtor", "坐席：你不是说你信佛吗，每个礼拜天去灵隐寺烧香，欠钱不还菩萨也不保佑你",
     [], [S]),
    ("call", "debtor", "坐席：你好这里是小赢的贷后，您尾号7675的卡今天扣款失败，麻烦您存够钱，我们晚上八点再扣一次",
     [], []),
    ("call", "debtor", "坐席：您好，请问是陈先生吗\n客户：是\n坐席：您的借款合同号是HT二零二六一一零三八八七，欠款三千四，今天能还吗",
     [], []),
    ("call", "debtor", "坐席：董先生你那个低保证明我们也看到了，吃低保还借钱啊",
     [], [S]),
    ("call", "debtor", "坐席：您好黄女士，这边看到您预留的联系人是您爸爸黄德明，手机一五零五三三九七九二一，我们会跟他说的啊",
     [(P, "黄德明"), (MB, "一五零五三三九七九二一")], [X, U]),
]

# --- lenders' SMS to the debtor ----------------------------------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【速贷宝】尊敬的客户，您的借款已逾期5天，应还1,286.40元，请于今日24点前通过App还款。客服4008-626-771",
     [], []),
    ("sms", "debtor", "【速贷宝】邹丽萍您好，您身份证440304198203136902名下借款已逾期，请尽快处理。",
     [(P, "邹丽萍"), (ID, "440304198203136902")], [U]),
    ("sms", "debtor", "【易借花】您尾号8993的银行卡今日扣款失败，请保持余额充足，退订回T",
     [], []),
    ("sms", "debtor", "【易借花】您的还款卡6217005572138993今日扣款失败，请于20:00前存入1,530元。",
     [(BC, "6217005572138993")], [U]),
    ("sms", "debtor", "【金桥消费金融】您本月公积金账户余额28,460元，已满足一次性结清条件，请尽快联系我们办理结清。",
     [], [S]),
    ("sms", "debtor", "【金桥消费金融】您的账户本期应还2,310元，已逾期3天，请登录App或拨打95188转3处理。",
     [], []),
    ("sms", "debtor", "【金桥消费金融】客户您好，您的紧急联系人手机号17392091209已被记录，如无法联系到您将联系该号码。",
     [(MB, "17392091209")], [U]),
    ("sms", "debtor", "【分期乐享】您今天下午在万达影城的消费已被我们掌握，请先还款再娱乐。",
     [], [S]),
    ("sms", "debtor", "【恒通贷后】罗先生，您在常州第一人民医院的住院记录显示您已出院，请于3日内还款8,700元。",
     [], [S]),
    ("sms", "debtor", "【恒通贷后】罗先生，您的借款已逾期32天，欠款8,700元，如有困难可回复\"协商\"申请分期。",
     [], []),
    ("sms", "debtor", "【信达分期】请您联系本专员处理逾期事宜，专员手机：18708751362（工作号，工作日9-18点）",
     [(MB, "18708751362")], []),
    ("sms", "debtor", "【信达分期】您好，请核对您的还款信息：户名焦志刚，卡号6228 4854 2406 6070，应还3,120元。",
     [(P, "焦志刚"), (BC, "6228 4854 2406 6070")], [U]),
    ("sms", "debtor", "【信达分期】您好，您女儿就读的城南幼儿园中二班我们已知悉，请您尽快处理欠款，别让孩子受影响。",
     [], [S]),
    ("sms", "debtor", "【安心借】尊敬的用户，您的身份证号码520102197012239265与借款合同信息一致，逾期款项2,900元请于本周五前还清。",
     [(ID, "520102197012239265")], [U]),
    ("sms", "debtor", "【安心借】您的身份证尾号9265对应借款已逾期，请于本周五前还清2,900元，详询4006-118-220。",
     [], []),
    ("sms", "debtor", "【小鹿金融】你每周二四晚上都在东湖健身房，时间挺多的，怎么没时间还钱？",
     [], [S]),
    ("sms", "debtor", "【小鹿金融】验证码385910，用于您本次还款确认，5分钟内有效，切勿告知他人。",
     [], []),
    ("sms", "debtor", "【小鹿金融】温馨提醒：您已在我们平台之外另有4笔网贷未结清，合计欠款5.2万，请优先处理本平台欠款。",
     [], [S]),
    ("sms", "debtor", "【汇通小贷】您好，您的护照E48273615已被登记为借款证件，逾期款项请尽快还清。",
     [(PP, "E48273615")], [U]),
    ("sms", "debtor", "【汇通小贷】吴志强您好，您的欠款12,600元已逾期。您妻子谢春燕（15278767742）是您的紧急联系人，请勿让我们打扰她。",
     [(P, "吴志强"), (P, "谢春燕"), (MB, "15278767742")], [X, U]),
    ("sms", "debtor", "【汇通小贷】您的订单号2026110845517309已逾期，请在App内查看详情并还款。",
     [], []),
    ("sms", "debtor", "【云端贷】尊敬的客户，您本月在我行的定期存款已到期，本息合计103,520元，可优先用于归还逾期借款6,400元。",
     [], [S]),
    ("sms", "debtor", "【云端贷】尊敬的客户，您的借款6,400元已逾期9天，可申请最长3期延期，详询官方客服0571-87215530转2。",
     [(LL, "0571-87215530")], []),
]

# --- robot scripts -----------------------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，为核实身份，系统播报您的身份证号码：三七洞两洞三幺勾六五洞四幺五三勾两六。请按一确认。",
     [(ID, "三七洞两洞三幺勾六五洞四幺五三勾两六")], [U]),
    ("call", "debtor", "机器人：您好，您的还款账户为六两两两 零两七四 八九幺四 洞九幺五，当前应还二千一百元。",
     [(BC, "六两两两 零两七四 八九幺四 洞九幺五")], [U]),
    ("call", "debtor", "机器人：您好，请记录还款专线：四零零，八八六，幺两三四。如需人工请按零。",
     [], []),
    ("call", "debtor", "机器人：您好，系统检测到您本周三次前往第五人民医院精神科复诊，请您在身体允许的情况下安排还款。",
     [], [S]),
    ("call", "debtor", "机器人：您好，您的紧急联系人您母亲宋桂芬，电话幺八六五五勾两五三勾幺，已收到逾期提醒。",
     [(P, "宋桂芬"), (MB, "幺八六五五勾两五三勾幺")], [X, U]),
    ("call", "debtor", "机器人：您好，本次验证码为：七、四、二、九、一、六，请在页面输入完成还款。",
     [], []),
    ("call", "debtor", "机器人：您好，您的借款本期应还一千零五十元，最后还款日为十二月十五日，逾期将产生罚息，详询九五五一八。",
     [], []),
    ("call", "debtor", "机器人：您好，我们监测到您的工资卡本月十五日入账九千六百元，请于当日保证还款账户余额充足。",
     [], [S]),
    ("call", "debtor", "机器人：您好，您的手机号码一七七九二八八零七七八已被列为催收重点号码，请立即还款。",
     [(MB, "一七七九二八八零七七八")], [U]),
]

# --- messages to third parties -----------------------------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，麻烦转告您弟弟，他在我们这边的事到现在还没个说法，让他这两天回个电话。【佳诚资产】",
     [], [D]),
    ("sms", "third_party", "您好，有事想联系章先生，麻烦您转告他回电0755-26617438，谢谢。",
     [(LL, "0755-26617438")], []),
    ("call", "third_party", "坐席：您好，请问您认识郝建波吗\n第三方：认识，我是他表哥\n坐席：麻烦您让他给我们回个电话，号码他知道的\n第三方：行",
     [(P, "郝建波")], []),
    ("call", "third_party", "坐席：您好，请问您认识郝建波吗\n第三方：我是他表哥\n坐席：他那个月供拖了快俩月了，您帮着催催，别到时候闹大了",
     [(P, "郝建波")], [D]),
    ("call", "third_party", "坐席：喂，你是姜晓梅的房东吧\n第三方：是啊怎么了\n坐席：她在我们这儿还挂着一笔没结的，你看看她最近是不是要搬走",
     [(P, "姜晓梅")], [D]),
    ("call", "third_party", "坐席：您好，您是姜晓梅的房东吗\n第三方：是\n坐席：我们有点事联系不上她，麻烦您见到她让她回个电话，谢谢您\n第三方：好",
     [(P, "姜晓梅")], []),
    ("sms", "third_party", "王总您好，贵司员工常海涛在我司的分期已经三个月没动了，望贵司协助提醒。【融信资产】",
     [(P, "常海涛")], [D]),
    ("call", "third_party", "坐席：喂，是东沟村的村委会吧，你们村二组的冉老四在我们这借的钱一直不还，你们村干部帮忙说说",
     [], [D]),
    ("call", "third_party", "坐席：喂您好，是东沟村村委会吗，我们想找一下二组的冉先生，他留的电话打不通，您方便的话让他回个电话\n第三方：行，我跟他说",
     [], []),
    ("app", "third_party", "【业主群】@全体成员 3栋1102的业主你们认识吗？她的那笔款项到现在还悬着，谁能联系上麻烦说一声",
     [(A, "3栋1102")], [D]),
    ("app", "third_party", "【家长群】请问三年级二班骆子涵的妈妈在群里吗？她的账一直没处理，家长们谁能帮忙转达一下",
     [(P, "骆子涵")], [D, S]),
    ("sms", "third_party", "您好，您作为借款人田立新的担保人，按照您签署的保证合同，现需您承担连带还款责任，欠款37,800元，请于12月20日前联系我们。",
     [(P, "田立新")], []),
    ("sms", "third_party", "您好，您是田立新的朋友吧？他欠我们37,800元一直躲着，你劝劝他别让我们天天找你。",
     [(P, "田立新")], [D]),
    ("call", "third_party", "坐席：您好，是祁先生的同事吗\n第三方：对\n坐席：麻烦你跟他说下，上回那个事还没完，他得赶紧出面",
     [], [D]),
    ("call", "third_party", "坐席：您好，请问是祁先生吗\n第三方：打错了，我不认识他\n坐席：不好意思打扰了，我们会删除这个号码",
     [], []),
    ("sms", "third_party", "阿姨您好，您儿子志峰在我们这借了钱，逾期不还已经两个月了，您当妈的管管。",
     [(P, "志峰")], [D]),
    ("sms", "third_party", "阿姨您好，我们有急事找您儿子志峰，他电话一直关机，您见到他麻烦让他回电，谢谢。",
     [(P, "志峰")], []),
    ("call", "third_party", "坐席：是沈佳怡的姐姐吗，你妹妹欠了我们一万六，她在南京鼓楼医院待产我们也知道，你们家里商量下",
     [(P, "沈佳怡")], [D, S]),
    ("app", "third_party", "【老乡群】各位老乡，有谁认识凤台县的聂国平吗？他在咱们这借的那个还没了结，知道的私我",
     [(P, "聂国平")], [D]),
    ("sms", "third_party", "您好，您作为共同借款人，与贝海龙共同签署的借款合同已逾期，剩余本息52,140元需由您与其共同承担，请尽快处理。",
     [(P, "贝海龙")], []),
    ("call", "third_party", "坐席：喂您好，我是和信的工作人员，请问是何秀英本人吗\n第三方：不是，我是她邻居\n坐席：那您跟她说一声她那个卡账已经拖到催收了，她老公何军的电话我们也打不通",
     [(P, "何秀英"), (P, "何军")], [D, X]),
    ("email", "third_party", "人事部您好：\n贵司员工蒋天宇在我司的消费分期已逾期87天，欠款19,650元，身份证号620102198709014929，烦请贵司督促其还款。\n此致\n宏远资产管理有限公司",
     [(P, "蒋天宇"), (ID, "620102198709014929")], [D, U]),
    ("email", "third_party", "人事部您好：\n我司需就一项事务联系贵司员工蒋先生，麻烦转告他拨打我司电话021-64338120转106，谢谢。\n宏远资产管理有限公司",
     [(LL, "021-64338120")], []),
    ("sms", "third_party", "兄弟，你们车队的邝师傅最近在你们那吗？他那头的钱一直没着落，你帮我们问问他什么打算。",
     [], [D]),
    ("call", "third_party", "坐席：您好，请问是金玉兰吗\n第三方：我是她婆婆\n坐席：那您方便让她回个电话吗，号码是幺三八幺六八勾八八勾洞，我姓季\n第三方：好",
     [(P, "金玉兰"), (MB, "幺三八幺六八勾八八勾洞")], []),
    ("call", "third_party", "坐席：您好，请问是金玉兰吗\n第三方：我是她婆婆\n坐席：阿姨，她拖了快半年了，您家里条件好的话帮她先垫上，就一万多",
     [(P, "金玉兰")], [D]),
    ("app", "third_party", "【大学同学群】请问这里有人和柯文博联系吗？他的借款逾期很久了，手机幺五八勾八两幺两洞八洞一直打不通，麻烦告知他速回",
     [(P, "柯文博"), (MB, "幺五八勾八两幺两洞八洞")], [D, U]),
    ("sms", "third_party", "您好，您的前夫伍国栋在我处的借款至今未还，他说你们还有联系，麻烦转达。",
     [(P, "伍国栋")], [D]),
    ("call", "third_party", "坐席：你好，是马力的领导吗？他上班时间是不是经常出去，他这个借款再不处理，影响的是你们单位",
     [(P, "马力")], [D]),
    ("sms", "third_party", "物业您好，我司有一封致12栋2单元501住户的信函，烦请转交，谢谢。【鼎盛资产】",
     [(A, "12栋2单元501")], []),
    ("sms", "third_party", "物业您好，12栋2单元501的住户欠了我司网贷2.3万，请物业协助提醒，若其搬离请通知我们。【鼎盛资产】",
     [(A, "12栋2单元501")], [D]),
    ("call", "third_party", "坐席：喂，是林老师吗，我想问一下郭子轩这个孩子是在你们班吧，他爸爸的事想让您转达一下，欠我们钱好几个月了",
     [(P, "郭子轩")], [D, S]),
    ("app", "third_party", "【租户群】501的小哥那笔还是没动静，谁晚上碰到跟他说一声",
     [], [D]),
    ("app", "third_party", "【租户群】各位好，找501的住户有点急事，麻烦见到他让他看下手机，谢谢",
     [], []),
    ("sms", "third_party", "叔叔您好，侄子俞浩那边的事还是没有回音，您是长辈，劝一句吧。",
     [(P, "俞浩")], [D]),
    ("call", "third_party", "坐席：您好，我是平安普的，请问你是江海燕的同事吧，她今天来上班了吗\n第三方：来了\n坐席：她手机尾号多少我看一下，我们找她谈一下逾期的事",
     [(P, "江海燕")], [D]),
    ("sms", "third_party", "您好，您的手机号被他人填写为联系人，如您不认识该人，请回复N，我们将不再联系您。",
     [], []),
]

# --- chats and group chats ---------------------------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 催收专员：单哥，你身份证140105199209142448，这个你总不能不认吧，今天给个准话",
     [(ID, "140105199209142448")], [U]),
    ("app", "debtor", "[微信] 催收专员：单哥，今天能还多少？能还一部分也行，我帮你申请停一下罚息",
     [], []),
    ("app", "debtor", "[微信] 客户：我的卡号是6229081459316438，你们直接从这张扣吧\n专员：好的，已为您登记",
     [(BC, "6229081459316438")], []),
    ("app", "debtor", "[微信] 专员：单哥，我们这边记录你的扣款卡是6229 0814 5931 6438，今晚八点重新扣一次",
     [(BC, "6229 0814 5931 6438")], [U]),
    ("app", "debtor", "[QQ] 客服：你爸那个透析一周三次，钱也不少吧，不过你这笔也该还了",
     [], [S]),
    ("app", "debtor", "[QQ] 用户：我爸一周透析三次，我实在顾不过来\n客服：理解，您可以先申请三个月延期，这边帮您提交",
     [], []),
    ("app", "debtor", "专员：姐，你跟你老公邓海波离婚了我们知道，不过他现在住哪我们也知道，平安里七号院，你不还我们就去找他问",
     [(P, "邓海波"), (A, "平安里七号院")], [X]),
    ("app", "debtor", "[微信] 专员：姐，你那个IVF第二次是不是下个月？我们不是不通情理，能先还五百吗",
     [], [S]),
    ("app", "debtor", "[微信] 用户：我在做第二次试管，下个月要取卵\n专员：好的，那我帮您申请延期到一月底，您先安心",
     [], []),
    ("app", "debtor", "[微信] 专员：小伙子你每天七点四十在龙华地铁站进站对吧，下班也是那个口，我们同事就在那等你",
     [], [S]),
    ("app", "debtor", "[微信] 专员：您好，还款二维码发您了，订单号JD20261128004417，付完截图给我",
     [], []),
    ("app", "debtor", "[微信] 专员：您好，这是我的工作微信，有事可以打我工作号１８７７１６４１６４１，周一到周五都在",
     [(MB, "１８７７１６４１６４１")], []),
    ("app", "debtor", "[微信] 专员：沈哥，你老婆号码１５５７７２１２８５９，你丈人号码１９９３３９９０６９５，我们都有，自己看着办",
     [(MB, "１５５７７２１２８５９"), (MB, "１９９３３９９０６９５")], [X, U]),
    ("app", "debtor", "[WhatsApp] Agent: 你好彭先生，你那个护照号码是EJ3381904吧，你现在人在吉隆坡我们也知道，回国前先把欠款还了",
     [(PP, "EJ3381904")], [U, S]),
    ("app", "debtor", "[LINE] 客服：您好，我們收到您上傳的證件，請確認還款帳戶後四碼為2237，無誤請回覆1。",
     [], []),
    ("app", "debtor", "[微信] 专员：你那个乙肝的药一个月也不少钱吧，每个月都在药房买，我们有记录",
     [], [S]),
    ("app", "debtor", "[微信] 专员：你在蚂蚁借呗那边还欠四万多、微粒贷还有一万二，先把我们这笔结了吧",
     [], [S]),
    ("app", "debtor", "[微信] 用户：我借呗还欠四万，微粒贷一万二，实在周转不开\n专员：明白，我们可以做个六期分期",
     [], []),
    ("app", "debtor", "[微信] 专员：你是退伍军人吧，退役证上写的连队我都看得到，当过兵的人欠钱不还丢不丢人",
     [], [S]),
    ("app", "debtor", "[微信] 专员：牛先生，您上次刷脸认证的照片和声纹我们都存档了，抵赖不了的",
     [], [S]),
    ("app", "debtor", "[微信] 专员：你手机号不是13521898666吗，打了十几次都不接，换个号也没用",
     [(MB, "13521898666")], [U]),
    ("app", "debtor", "[微信] 专员：柏先生您好，您妹妹柏雪莹的手机15898212080一直没接，您能提醒她一下吗",
     [(P, "柏雪莹"), (MB, "15898212080")], [X, U]),
    ("app", "debtor", "[微信] 专员：你女朋友在星巴克上班那个，叫岳欣然是吧，长得挺好的",
     [(P, "岳欣然")], [X]),
    ("app", "debtor", "[微信] 专员：你们公司这个月给你发了七千八，进的是建行卡，我们都能看到，别说没钱",
     [], [S]),
]

# --- letters ----------------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n宁海涛先生：\n您于2025年8月在我司借款30,000元，截至2026年12月1日已逾期96天，欠款本息32,418元。请于2026年12月20日前还款。联系电话：010-85621907。\n北京瑞丰资产管理有限公司\n2026年12月3日",
     [(P, "宁海涛"), (LL, "010-85621907")], []),
    ("notice", "debtor", "催收函\n宁海涛先生（身份证号：1 1 0 1 0 5 1 9 7 9 0 3 1 9 2 7 3 1）：\n您于2025年8月在我司借款30,000元，已逾期96天。请于2026年12月20日前还款。\n北京瑞丰资产管理有限公司",
     [(P, "宁海涛"), (ID, "1 1 0 1 0 5 1 9 7 9 0 3 1 9 2 7 3 1")], [U]),
    ("notice", "debtor", "还款通知书\n尊敬的甘 丽 华女士：\n您的借款已逾期，还款账户：6 2 2 5 8 8 1 7 7 4 3 0 3 3 7 3，户名：甘丽华。请于十日内还款。",
     [(P, "甘 丽 华"), (BC, "6 2 2 5 8 8 1 7 7 4 3 0 3 3 7 3"), (P, "甘丽华")], [U]),
    ("notice", "third_party", "致四川川南建设工程有限公司：\n贵司员工易少波因拖欠我司借款，现已逾期半年，请贵司在其工资中代扣并转入我司账户。\n成都汇金资产",
     [(P, "易少波")], [D]),
    ("notice", "third_party", "致四川川南建设工程有限公司人力资源部：\n随函附上致贵司员工易少波先生的密封信件一封，烦请转交本人，谢谢配合。\n成都汇金资产",
     [(P, "易少波")], []),
    ("notice", "third_party", "致柳湾村村民委员会：\n贵村三组村民严德福于2024年在我司办理农机贷款，至今逾期未还，请村委会协助做其思想工作。\n联系人：卢经理 0831-2257416",
     [(P, "严德福"), (LL, "0831-2257416")], [D]),
    ("notice", "third_party", "致柳湾村村民委员会：\n烦请将随附信函转交贵村三组严德福本人，信件已密封。\n联系人：卢经理 0831-2257416",
     [(P, "严德福"), (LL, "0831-2257416")], []),
    ("notice", "third_party", "致育才中学初二（3）班班主任：\n贵班学生家长苗国庆在我司借款逾期，请老师告知学生转告家长尽快还款。",
     [(P, "苗国庆")], [D, S]),
    ("notice", "debtor", "律师函\n致：柴永红女士\n地址：杭州市西湖区文三路259号2幢801室\n受委托人委托，就您拖欠借款一事致函，请于收到本函之日起七日内与本所联系。\n浙江正衡律师事务所 电话0571-88037265",
     [(P, "柴永红"), (A, "杭州市西湖区文三路259号2幢801室"), (LL, "0571-88037265")], []),
    ("notice", "debtor", "律师函\n致：柴永红女士\n受委托人委托，就您拖欠借款一事致函。经查，您目前在杭州市第一人民医院乳腺外科住院，您的丈夫尹建国在浙江大学任教，望您与家属协商后七日内还款。",
     [(P, "柴永红"), (P, "尹建国")], [S, X]),
    ("notice", "debtor", "逾期提醒函\n雷先生：您在我司的借款已逾期，欠款金额5,320元，合同编号HT-2025-0718-3346。请于12月28日前还清。客服热线：95577（非本人请勿拆阅）",
     [], []),
    ("notice", "debtor", "逾期提醒函\n雷先生：您在我司的借款已逾期，欠款金额5,320元。经查，您在其他四家机构另有借款合计8.6万元，您的支付宝余额宝尚有1.2万元，请优先还款。",
     [], [S]),
    ("notice", "debtor", "催缴通知\n户名：桂  春  生\n证件：3 7 0 2 0 3 6 0 0 6 2 2 5 7 7\n欠款：6,900元\n请于本月底前到本行柜台办理还款。",
     [(P, "桂  春  生"), (ID, "3 7 0 2 0 3 6 0 0 6 2 2 5 7 7")], [U]),
    ("notice", "debtor", "催缴通知\n户名：桂春生\n证件：370203********577\n欠款：6,900元\n请于本月底前到本行柜台办理还款。",
     [(P, "桂春生")], []),
    ("notice", "third_party", "致碧桂园物业服务中心：\n贵小区业主裴志明（9栋1803）欠我司款项逾期，请物业在其回家时转告其尽快处理，并留意其车辆进出。",
     [(P, "裴志明"), (A, "9栋1803")], [D, S]),
    ("notice", "debtor", "告知函\n汤女士：\n您的借款已逾期47天。我们注意到您在本市残联登记有肢体残疾证，每月领取残疾人补贴，您可申请困难减免，请来电。",
     [], [S]),
    ("notice", "debtor", "告知函\n汤女士：\n您的借款已逾期47天，如您有经济困难，可申请减免或分期，我司会依规审核。来电：023-63875104。",
     [(LL, "023-63875104")], []),
    ("notice", "debtor", "还款提示函\n致：成都市武侯区科华北路62号 房伟先生\n您名下借款已逾期，请于收函后十日内还款。（本函由专人送达）",
     [(A, "成都市武侯区科华北路62号"), (P, "房伟")], []),
    ("notice", "debtor", "还款提示函\n房伟先生：\n您名下借款已逾期。您的母亲房淑珍、父亲房德胜均已被我司登记为联系人，请勿让家人承担压力。",
     [(P, "房伟"), (P, "房淑珍"), (P, "房德胜")], [X]),
    ("notice", "debtor", "结清证明\n兹证明客户戚晓东（身份证号３４０１０４１９９７０９２５５５６２）在我司借款已全部结清。",
     [(P, "戚晓东"), (ID, "３４０１０４１９９７０９２５５５６２")], [U]),
    ("notice", "debtor", "结清证明\n兹证明客户戚晓东（身份证号3401**********5562）在我司借款已全部结清，特此证明。",
     [(P, "戚晓东")], []),
    ("notice", "third_party", "致石桥镇中心小学：\n贵校学生阎思雨（四年级一班）之母阎红梅拖欠我司借款逾期，烦请校方转告家长。",
     [(P, "阎思雨"), (P, "阎红梅")], [D, S]),
    ("notice", "debtor", "致：卫先生\n经查，您于2026年11月2日乘坐G1372次列车前往上海，11月5日返回。您有出行能力却无还款意愿，请尽快还款。",
     [], [S]),
    ("notice", "debtor", "致：卫先生\n您的借款已逾期61天，欠款4,780元，请于2026年12月25日前还款。如有异议请拨打客服0512-65329718。",
     [(LL, "0512-65329718")], []),
]

# --- agency hand-over sheets, work orders and logs ----------------------------------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交单\n借款人：包振华\n身份证：420111199604125597\n手机：18266299139\n欠款：14,300元\n备注：客户已失联，联系人已触达",
     [(P, "包振华"), (ID, "420111199604125597"), (MB, "18266299139")], [U]),
    ("email", "unknown", "案件移交单\n借款人：包*华\n身份证：4201**********5597\n手机：182****9139\n欠款：14,300元\n批次号：BT20261201-0087",
     [], []),
    ("email", "unknown", "工单#WO-88173\n客户：游**\n地区：南宁\n逾期天数：124\n处理意见：电话协商分期",
     [], []),
    ("notice", "unknown", "外访报告\n借款人蓝某，本人在家，自述患尿毒症每周透析三次，妻子无业，两个孩子分别在民族小学二年级和三年级。建议停催。",
     [], [S]),
    ("notice", "unknown", "外访报告\n借款人蓝某，本人在家，表示暂无还款能力，愿意下月起每月还500元。建议接受分期。",
     [], []),
    ("email", "unknown", "交接清单：\n1. 葛海峰 152 5163 6809 欠12,800 逾期45天\n2. 蓝宇航 150 5546 0771 欠6,300 逾期32天",
     [(P, "葛海峰"), (MB, "152 5163 6809"), (P, "蓝宇航"), (MB, "150 5546 0771")], [U]),
    ("email", "unknown", "交接清单：\n1. 葛** 尾号6809 欠12,800 逾期45天\n2. 蓝** 尾号0771 欠6,300 逾期32天\n合计2户，金额19,100元",
     [], []),
    ("email", "unknown", "CRM导出 2026-12-02\n客户ID: C00918273 | 姓名: 温志远 | 银行卡: 6259115867271428997 | 状态: M2",
     [(P, "温志远"), (BC, "6259115867271428997")], [U]),
    ("email", "unknown", "CRM导出 2026-12-02\n客户ID: C00918274 | 姓名: 温** | 银行卡: 625911******8997 | 状态: M2 | 金额: 7,420.00",
     [], []),
    ("email", "unknown", "质检备注：坐席在通话中向客户提及其在市精神卫生中心的就诊记录，属于违规，已扣分。",
     [], [S]),
    ("email", "unknown", "移交说明：借款人蔡文杰因酒驾被行政拘留15日，出来后再联系；其女友杜晓雯电话19909292350，可作为备用联系人。",
     [(P, "蔡文杰"), (P, "杜晓雯"), (MB, "19909292350")], [S, X, U]),
    ("email", "unknown", "移交说明：借款人蔡某暂无法联系，建议30天后再次尝试，案件编号AJ-2026-11-4471。",
     [], []),
    ("email", "unknown", "外包交接表\n序号 | 借款人 | 护照号 | 欠款\n1 | 韦丽娜 | E71629384 | 23,000\n2 | 龚文 | EB2847163 | 9,800",
     [(P, "韦丽娜"), (PP, "E71629384"), (P, "龚文"), (PP, "EB2847163")], [U]),
    ("email", "unknown", "外包交接表\n序号 | 借款人 | 欠款 | 逾期天数\n1 | 韦** | 23,000 | 180\n2 | 龚* | 9,800 | 95",
     [], []),
    ("notice", "unknown", "外访登记：借款人家住东湖路18号院6号楼，每天早上六点半送孩子去阳光幼儿园，七点到菜市场摆摊，下午四点收摊。",
     [(A, "东湖路18号院6号楼")], [S]),
    ("notice", "unknown", "外访登记：到访东湖路18号院6号楼，借款人不在家，已留下联系卡片。",
     [(A, "东湖路18号院6号楼")], []),
]

# --- complaint replies and e-mail ----------------------------------------------------------------------------

REPLIES_AND_EMAIL: list[PiplEntry] = [
    ("email", "debtor", "尊敬的客户：\n您反映的催收人员言语不当问题已收悉，经核查属实，我司已对相关人员进行处理。如有疑问请联系 complaints@yuexinjr.com.cn。\n悦信金融客户服务部",
     [(EM, "complaints@yuexinjr.com.cn")], []),
    ("email", "debtor", "尊敬的庞先生：\n关于您的投诉，我们调取了您的资料：身份证450103199502178159，手机13342897887，工作单位南宁华润万家。您的借款确已逾期，请尽快还款。",
     [(ID, "450103199502178159"), (MB, "13342897887")], [U]),
    ("email", "debtor", "庞先生您好：\n根据您的个人信息查阅申请，我们已将您在我司留存的信息清单作为附件发送至本邮箱，请用身份证后六位解压查看。\n数据保护专员 dpo@hengfengxd.cn",
     [(EM, "dpo@hengfengxd.cn")], []),
    ("email", "debtor", "俞女士您好：\n您的还款计划已调整为12期，每期1,080元，首期扣款日为2027年1月15日。如需协助请回复本邮件。\nli.wenjing@anyongfin.com",
     [(EM, "li.wenjing@anyongfin.com")], []),
    ("email", "debtor", "俞女士您好：\n您提交的病历显示您正在进行乳腺癌术后化疗，我司已据此为您调整还款计划。另提醒，您丈夫褚建平名下也有我司的信用卡。",
     [(P, "褚建平")], [S, X]),
    ("email", "debtor", "您好：\n您在邮件中提到的身份证号码我们已经收到并核对无误，后续我司将按协商结果执行。\nkefu@ruixiangjinrong.com",
     [(EM, "kefu@ruixiangjinrong.com")], []),
    ("email", "debtor", "投诉回复\n您好，经核查，您在2026年11月每个周五下午都前往清真寺礼拜，我司人员提及此事并无恶意，请理解。",
     [], [S]),
    ("email", "debtor", "投诉回复\n您好，您投诉的催收人员提到了您的宗教信仰，此行为违反我司规定，相关人员已被停岗，向您致歉。",
     [], []),
    ("email", "debtor", "From: zhou.ting@qianhaizc.com\n主题：您的还款账户信息\n焦先生您好，您的绑定卡为 6228-4897-2015-4376-051，本期扣款失败，请更换扣款卡。",
     [(EM, "zhou.ting@qianhaizc.com"), (BC, "6228-4897-2015-4376-051")], [U]),
    ("email", "debtor", "From: zhou.ting@qianhaizc.com\n主题：您的还款账户信息\n焦先生您好，您尾号6051的绑定卡本期扣款失败，请登录App更换扣款卡。",
     [(EM, "zhou.ting@qianhaizc.com")], []),
    ("email", "third_party", "致：hr@dingxinkeji.com\n贵司员工侯磊在我司贷款逾期，其工资卡6222021588424318239请协助冻结或代扣。",
     [(EM, "hr@dingxinkeji.com"), (P, "侯磊"), (BC, "6222021588424318239")], [D, U]),
    ("email", "debtor", "施女士：\n您的逾期账单及还款方式见附件，如您对金额有异议，可于15日内通过 objection@kangyuanxd.com 提出。",
     [(EM, "objection@kangyuanxd.com")], []),
    ("email", "debtor", "施女士：\n我们留意到您近期在妇幼保健院建档，预产期在明年三月，建议您在产前把欠款处理干净。",
     [], [S]),
]

# --- Cantonese and traditional characters ---------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【信寶財務】陳生，你張身份證號碼係53010219740702536X，唔好扮唔知，今個禮拜內還返啲錢。",
     [(ID, "53010219740702536X")], [U]),
    ("sms", "debtor", "【信寶財務】陳生，你嘅貸款已逾期14日，欠款HK$8,600，請喺本週五前還款，查詢請致電客服熱線。",
     [], []),
    ("call", "debtor", "催收員：喂，麥小姐呀，你老公梁志偉喺觀塘嗰間物流公司返工㗎嘛，我哋都知，你唔還我哋就搵佢傾",
     [(P, "梁志偉")], [X]),
    ("call", "debtor", "催收員：喂麥小姐，我係信寶財務嘅，你嗰筆數拖咗兩個月喇，今個月可唔可以先還一期？\n客戶：我老公梁志偉啱啱冇咗份工\n催收員：明白，咁我幫你申請延遲一個月",
     [(P, "梁志偉")], []),
    ("app", "debtor", "[WhatsApp] 職員：何太，你個仔喺聖保祿小學讀三年級，每朝七點半校車接佢，你都唔想我哋喺門口等吓嘛",
     [], [S]),
    ("app", "third_party", "[WhatsApp] 職員：你好，請問你係黎家俊嘅同事？佢喺我哋度借嘅錢已經拖咗半年，你幫我話聲佢知",
     [(P, "黎家俊")], [D]),
    ("app", "third_party", "[WhatsApp] 職員：你好，請問你識唔識黎家俊？麻煩你叫佢覆個電話畀我哋，唔該晒",
     [(P, "黎家俊")], []),
    ("sms", "debtor", "【澳門匯利】譚先生，我哋發現你上個禮拜三晚喺新葡京賭場出現，有錢去賭冇錢還數？",
     [], [S]),
    ("sms", "debtor", "【澳門匯利】譚先生，閣下貸款已逾期，欠款MOP 12,300，請於12月22日前還款，查詢請到本公司門市。",
     [], []),
    ("notice", "debtor", "催繳函\n李佩珊小姐：\n台端於本公司之信用貸款已逾期62日，欠款新臺幣48,500元，請於民國115年12月31日前繳清。\n如有疑問請於上班時間來電洽詢。",
     [(P, "李佩珊")], []),
    ("notice", "debtor", "催繳函\n李佩珊小姐：\n台端之母李陳秀鳳及胞弟李志豪均為本案聯絡人，請台端盡速繳清欠款，以免本公司聯絡家屬。",
     [(P, "李佩珊"), (P, "李陳秀鳳"), (P, "李志豪")], [X]),
    ("sms", "debtor", "【台灣快易貸】黃先生您好，您每週日上午都在南京東路的禮拜堂做禮拜，請在奉獻之前先還款。",
     [], [S]),
    ("sms", "debtor", "【台灣快易貸】黃先生您好，您的分期第3期已逾期，請於本月25日前繳款，如已繳納請忽略。",
     [], []),
    ("app", "third_party", "【村民群】各位鄉親，三隊嘅容伯個仔啲數仲未搞掂，邊個見到佢叫佢出嚟講吓",
     [], [D]),
    ("call", "third_party", "催收員：喂，係咪鄭生屋企呀？\n第三方：我係佢阿媽，佢唔喺度\n催收員：唔該你叫佢打返嚟啦，我姓馮\n第三方：好",
     [], []),
    ("call", "third_party", "催收員：喂，係咪鄭生屋企呀？\n第三方：我係佢阿媽\n催收員：伯母，佢張卡碌爆咗，欠咗銀行五萬幾都唔還，你勸吓佢",
     [], [D]),
    ("sms", "debtor", "【信寶財務】馬生，你喺屯門醫院洗腎嘅日子我哋都清楚，逢一三五下晝，唔好話冇時間還錢。",
     [], [S]),
    ("email", "debtor", "陳先生：\n閣下回鄉證號碼H38214765已登記於貸款資料，現閣下欠款已逾期，請盡快聯絡 collections@xinbao.com.hk。",
     [(PP, "H38214765"), (EM, "collections@xinbao.com.hk")], [U]),
    ("app", "debtor", "[LINE] 專員：楊小姐，妳在台北榮總身心醫學科的回診紀錄我們有看到，情緒要照顧，錢也要還喔",
     [], [S]),
    ("app", "debtor", "[LINE] 專員：楊小姐您好，本期應繳金額NT$3,260，繳費期限12月20日，可至超商條碼繳費。",
     [], []),
]

# --- identifiers written and read every way --------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【佰仟分期】请您本人尽快回电，您的手机+86 177 9288 0778已被列入重点催收名单。",
     [(MB, "177 9288 0778")], [U]),
    ("sms", "debtor", "【佰仟分期】您好，我们已向0086-18979504706发送还款链接，请注意查收。",
     [(MB, "18979504706")], [U]),
    ("call", "debtor", "坐席：那个你的电话是一三三零五三九一三五二，这个号一直在用是吧\n客户：嗯",
     [(MB, "一三三零五三九一三五二")], [U]),
    ("call", "debtor", "坐席：您好，我们这边登记的您的卡号是六二二九 零八五七 九二七四 八七六九，对吗",
     [(BC, "六二二九 零八五七 九二七四 八七六九")], [U]),
    ("app", "debtor", "专员：别跟我说记不住，你身份证号我这有全的：５３０１０２１９８３１０２８３２１Ｘ，没错吧",
     [(ID, "５３０１０２１９８３１０２８３２１Ｘ")], [U]),
    ("call", "debtor", "坐席：您身份证号是一四零一零五一九七七零六二二九三零叉，对吧\n客户：对的",
     [(ID, "一四零一零五一九七七零六二二九三零叉")], [U]),
    ("sms", "debtor", "【闪银】身份证号15位的老证件用户请注意：您的证件号220104770925611已过期，请更新资料并还款。",
     [(ID, "220104770925611")], [U]),
    ("notice", "debtor", "还 款 通 知\n借 款 人 身 份 证 号 ：5 0 0 1 0 3 1 9 8 6 0 8 0 4 9 8 5 7\n应 还 金 额 ：4 , 6 2 0 元",
     [(ID, "5 0 0 1 0 3 1 9 8 6 0 8 0 4 9 8 5 7")], [U]),
    ("app", "debtor", "专员：打你15003543804打不通，打你老婆15553080449也不接，一家人都玩失踪？",
     [(MB, "15003543804"), (MB, "15553080449")], [U, X]),
    ("sms", "debtor", "【即刻贷】请尽快还款，还款咨询请联系您的专属专员手机13861074418（工作时间）。",
     [(MB, "13861074418")], []),
    ("sms", "debtor", "【即刻贷】您好，请拨打我司热线025-84736210转8012或400-820-6677，工作日9:00-18:00。",
     [(LL, "025-84736210")], []),
    ("notice", "debtor", "联系我们：（０２０）８３５６２２１７ 分机３０５，地址：广州市天河区体育西路191号中石化大厦B座17楼",
     [(LL, "（０２０）８３５６２２１７"), (A, "广州市天河区体育西路191号中石化大厦B座17楼")], []),
    ("app", "debtor", "专员：你卡号６２２２ ０２４２ ４８６０ ０６９８ ９５６这张卡上个月进了三万多，别装穷",
     [(BC, "６２２２ ０２４２ ４８６０ ０６９８ ９５６")], [U, S]),
    ("call", "debtor", "坐席：您的手机号码是幺八六 洞七五三 七洞八三，对吧，那我们发短信到这个号码",
     [(MB, "幺八六 洞七五三 七洞八三")], [U]),
    ("app", "debtor", "专员：手机号13566443705是你本人吧？还有护照号G52918473也对得上，准备出国是吧",
     [(MB, "13566443705"), (PP, "G52918473")], [U, S]),
    ("email", "debtor", "汤先生您好：\n附件为您的还款凭证，账户6217.0056.2888.6171.013，户名汤学文，金额2,000元，请查收。",
     [(BC, "6217.0056.2888.6171.013"), (P, "汤学文")], [U]),
    ("sms", "debtor", "【优分期】您好，请于今日还款1,200元，还款账号尾号6171，详询95188。",
     [], []),
    ("app", "debtor", "专员：你换新号了是吧，１７３４７２５９１７３，我们照样找得到你",
     [(MB, "１７３４７２５９１７３")], [U]),
    ("call", "debtor", "坐席：那个，你的证件号我念一下啊，六二零一零二 七九零四零八 零零零，这是你老身份证吧",
     [(ID, "六二零一零二 七九零四零八 零零零")], [U]),
    ("notice", "debtor", "借款人：侯佳琪\n手机：\n18943198599\n欠款金额：3,880元\n逾期天数：27天",
     [(P, "侯佳琪"), (MB, "18943198599")], [U]),
    ("sms", "debtor", "【趣分期】您的账户有新的还款计划，请以本人手机号19189961747登录查看。",
     [(MB, "19189961747")], [U]),
    ("app", "debtor", "[微信] 客户：这是我老婆的号15564432007，你们有事打她也行\n专员：好的，我们记下了，不过我们原则上只联系您本人",
     [(MB, "15564432007")], []),
    ("call", "debtor", "坐席：好的您记一下我的座机，零二八 八六六二 五四一三 转二零六，找小孔就行",
     [(LL, "零二八 八六六二 五四一三")], []),
    ("app", "debtor", "专员：你护照号码E８３９２０１７６，出境记录我们也查了，上个月去了泰国普吉岛",
     [(PP, "E８３９２０１７６")], [U, S]),
    ("sms", "debtor", "【宜信贷后】王先生，您的借款逾期，您的身份证号码为61011319730309162８，请核对后回复。",
     [(ID, "61011319730309162８")], [U]),
    ("app", "debtor", "专员：你爸号码一八六零七五三七零八三，你妈号码一三九七九七五零零一四，还要我继续念吗",
     [(MB, "一八六零七五三七零八三"), (MB, "一三九七九七五零零一四")], [U, X]),
    ("call", "debtor", "坐席：您打这个号码就行，零七五五 两六六幺 七四三八，周一到周五有人接",
     [(LL, "零七五五 两六六幺 七四三八")], []),
    ("notice", "debtor", "卡 号 ：6 2 2 9 0 8 7 4 3 8 8 3 0 8 9 4\n持 卡 人 ：甘 某\n逾 期 金 额 ：1 0 , 2 5 0 元",
     [(BC, "6 2 2 9 0 8 7 4 3 8 8 3 0 8 9 4")], [U]),
    ("app", "debtor", "专员：给你发了个链接，你身份证号后四码输进去就能看到还款方案",
     [], []),
    ("call", "debtor", "坐席：我看下你的卡啊，六两两八 四八幺三 六两五拐 四洞四两 幺幺八，是农行这张吧",
     [(BC, "六两两八 四八幺三 六两五拐 四洞四两 幺幺八")], [U]),
    ("sms", "debtor", "【及时雨】您好，您的手机号0086 150 3204 3172登录异常，逾期借款请于今日还清。",
     [(MB, "150 3204 3172")], [U]),
    ("app", "debtor", "专员：你身份证４１０１０５１９６９１００４３０２８，家住哪我也查得到，别躲了",
     [(ID, "４１０１０５１９６９１００４３０２８")], [U]),
    ("notice", "debtor", "催款通知\n借款人身份证号：14010519980410362X\n借款人手机号：+86-147-8991-9250\n应还金额：2,450元",
     [(ID, "14010519980410362X"), (MB, "147-8991-9250")], [U]),
    ("call", "debtor", "坐席：你的护照号，E拐两八幺勾幺洞四，是这个吧，出国之前得先把钱还了",
     [(PP, "E拐两八幺勾幺洞四")], [U]),
    ("sms", "debtor", "【钱站】尊敬的客户，您的银行卡6 2 2 9 0 8 9 0 3 2 3 7 7 5 5 3扣款失败，请及时还款。",
     [(BC, "6 2 2 9 0 8 9 0 3 2 3 7 7 5 5 3")], [U]),
    ("app", "debtor", "专员：老身份证号码460106570221184也是你吧，两个证一个人，两笔借款都逾期了",
     [(ID, "460106570221184")], [U]),
    ("email", "debtor", "From: huang.kai@qianzhanfin.com\n您好，您的还款账户6228 4813 6257 4042 118已冻结扣款，请联系我们。",
     [(EM, "huang.kai@qianzhanfin.com"), (BC, "6228 4813 6257 4042 118")], [U]),
    ("call", "debtor", "坐席：你是不是用这个号注册的，幺五两 五幺六三 六八洞勾，我们一直打的就是这个\n客户：嗯",
     [(MB, "幺五两 五幺六三 六八洞勾")], [U]),
    ("sms", "debtor", "【捷信】您好，您在我司借款人身份证号码150102198506113078，借款已逾期15天，请尽快处理。",
     [(ID, "150102198506113078")], [U]),
    ("notice", "debtor", "借 款 人 手 机 ：1 3 8 3 8 5 2 4 0 1 9\n逾 期 天 数 ：4 3 天",
     [(MB, "1 3 8 3 8 5 2 4 0 1 9")], [U]),
    ("app", "debtor", "[WhatsApp] Agent: 黄生，你回乡证M17284936同埋身份證都喺我哋度登記咗，請盡快還款。",
     [(PP, "M17284936")], [U]),
]

# --- family, home and work ---------------------------------------------------------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【融易借】任志鹏，你在美的集团顺德总部上班，住北滘镇君兰花园8座1502，这些我们都清楚，今天还款。",
     [(P, "任志鹏"), (A, "北滘镇君兰花园8座1502")], [X]),
    ("call", "debtor", "坐席：你姐任秀兰在佛山开服装店那个，号码幺五五六八八六六四八拐，我们联系过了，你自己看着办",
     [(P, "任秀兰"), (MB, "幺五五六八八六六四八拐")], [X, U]),
    ("app", "debtor", "[微信] 专员：你儿子叫贺梓萌，你老婆叫鲁晓琳，在第二人民医院当护士，要不要我一个个打过去",
     [(P, "贺梓萌"), (P, "鲁晓琳")], [X]),
    ("sms", "debtor", "【宏图金融】伍晓峰先生，您家住宝山区牡丹江路1325弄12号，所在单位上海宝钢，请按期还款以免影响工作。",
     [(P, "伍晓峰"), (A, "宝山区牡丹江路1325弄12号")], [X]),
    ("call", "third_party", "坐席：喂您好，是詹立伟的爱人吗\n第三方：是我\n坐席：詹立伟在我们平台欠的四万二拖了三个月了，他在富士康上班那边我们也联系了，你们夫妻商量一下",
     [(P, "詹立伟"), (P, "詹立伟")], [D]),
    ("call", "third_party", "坐席：你好，你是詹立伟的同事吧，他家住龙华区民治街道白石龙一区23栋，他欠的钱一直不还，你帮着劝劝",
     [(P, "詹立伟"), (A, "龙华区民治街道白石龙一区23栋")], [D, X]),
    ("sms", "third_party", "您好，我们是华信资产，您的同事包一鸣在我司逾期未还，其妻子戴玉芳电话13364283119也无人接听，请转告。",
     [(P, "包一鸣"), (P, "戴玉芳"), (MB, "13364283119")], [D, X, U]),
    ("app", "third_party", "【车友会群】大家好，蓝色凯美瑞粤B·7Q3K9的车主卓建华，住华侨城天鹅堡二期5栋，欠我们钱三个月没动静了，谁认识帮说一声",
     [(P, "卓建华"), (PLATE, "粤B·7Q3K9"), (A, "华侨城天鹅堡二期5栋")], [D, X]),
    ("notice", "third_party", "致华强电子有限公司人事部：\n贵司员工龙海波（住址：福田区华富路1018号中航苑9栋）在我司借款逾期，其父龙建业、其母苏美兰均已知悉，请贵司督促。",
     [(P, "龙海波"), (A, "福田区华富路1018号中航苑9栋"), (P, "龙建业"), (P, "苏美兰")], [D, X]),
    ("call", "debtor", "坐席：你丈母娘邱桂英住在翠苑一区十二幢，她知道你欠钱吗？我们可以去问问",
     [(P, "邱桂英"), (A, "翠苑一区十二幢")], [X]),
    ("call", "debtor", "坐席：您好，您的紧急联系人我们不会主动联系，您本人今天能还一部分吗\n客户：我老婆叫邱小敏你们别找她\n坐席：好的，我们只跟您本人沟通",
     [(P, "邱小敏")], []),
    ("sms", "debtor", "【易通金融】滕海洋，你弟弟滕海涛在杭州阿里上班，你表妹孔雪在滨江区住，你还想让几个人知道？",
     [(P, "滕海洋"), (P, "滕海涛"), (P, "孔雪")], [X]),
    ("app", "debtor", "[微信] 专员：章哥，你合伙人杭立群的电话18607537083我也有，你们那个汽修店在长江路88号，要不我过去坐坐",
     [(P, "杭立群"), (MB, "18607537083"), (A, "长江路88号")], [X, U]),
    ("email", "debtor", "殷先生：\n您在我司的借款已逾期。我们已掌握您的工作单位（江苏恒瑞医药）、住址（连云港市海州区朝阳东路66号）及配偶姓名（申静），请尽快还款。",
     [(A, "连云港市海州区朝阳东路66号"), (P, "申静")], [X]),
    ("call", "third_party", "坐席：您好，是覃先生的父亲吗\n第三方：对\n坐席：叔叔，您儿子覃伟在我们这的钱还没还，他媳妇焦红霞在县医院上班，您跟他们说一声",
     [(P, "覃伟"), (P, "焦红霞")], [D, X]),
    ("sms", "third_party", "您好，梅文涛是您的哥哥吧？他借的钱到期没还，他儿子梅子轩在实验中学初一，您做大伯的也管管。",
     [(P, "梅文涛"), (P, "梅子轩")], [D, S, X]),
    ("app", "debtor", "[微信] 专员：你前妻宁小雨带着孩子住在锦绣花园吧，要我们去那边找你吗",
     [(P, "宁小雨")], [X]),
    ("call", "debtor", "坐席：你老丈人韦长林在韦家村五组，你岳母电话一五零二零六六零零七八，我们都有",
     [(P, "韦长林"), (A, "韦家村五组"), (MB, "一五零二零六六零零七八")], [X, U]),
    ("call", "debtor", "坐席：你好，我们这边是诚信资产，你的单位是中铁十二局吧\n客户：是\n坐席：好的，那还款的事我们只跟您本人谈，今天先还八百可以吗",
     [], []),
    ("sms", "debtor", "【闪电借】付先生，您在顺丰速运龙岗中转场上班，夜班时间是晚八点到早八点，请于明早下班后还款。",
     [], [S]),
    ("app", "debtor", "[微信] 专员：你同事屠宏亮、上官婷婷的微信我都加了，你自己跟他们解释还是我来",
     [(P, "屠宏亮"), (P, "上官婷婷")], [X]),
    ("sms", "debtor", "【佳信分期】钟家豪，你妈钟美华在钟楼小区菜市场卖菜，你爸钟国荣在工地，你不还钱他们替你还？",
     [(P, "钟家豪"), (P, "钟美华"), (P, "钟国荣")], [X]),
    ("notice", "debtor", "还款告知书\n米建新先生：\n经查，您的母亲米桂英（身份证512501********2246）、胞兄米建军均为本案联系人，请您尽快还款，避免牵连家人。",
     [(P, "米建新"), (P, "米桂英"), (P, "米建军")], [X]),
    ("call", "third_party", "坐席：喂，是武俊峰的媳妇吗，他那个卡的钱还挂着，你们家就在大学城南路68号是吧，我们周末过去一趟",
     [(P, "武俊峰"), (A, "大学城南路68号")], [D, X]),
    ("app", "debtor", "[QQ] 客服：你男朋友冉浩然在腾讯上班，你让他帮你还一下不就完了",
     [(P, "冉浩然")], [X]),
    ("call", "third_party", "坐席：您好，您是郑晓军的担保人吧\n第三方：是\n坐席：郑晓军的借款逾期了，按您签的保证合同，您需要在本月底前承担代偿，金额两万三",
     [(P, "郑晓军"), (P, "郑晓军")], []),
    ("call", "third_party", "坐席：您好，您是郑晓军的担保人吧\n第三方：是\n坐席：顺便说一下，他老婆凌芳在第一医院住院保胎，他弟弟郑晓辉也欠我们钱",
     [(P, "郑晓军"), (P, "凌芳"), (P, "郑晓辉")], [D, S, X]),
]

# --- more voices -----------------------------------------------------------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("app", "third_party", "【工友群】@全体 老周那个事还没结，厂里谁跟他熟的说一声",
     [], [D]),
    ("app", "third_party", "【小区业主群】7号楼那个开白色宝马的，欠的那笔到现在还吊着呢，物业也该管管",
     [], [D]),
    ("sms", "third_party", "舅舅您好，您外甥向东那头一直没回音，上个月的也没补上，麻烦您问问他怎么打算。",
     [(P, "向东")], [D]),
    ("call", "third_party", "坐席：喂，是马村长吗，你们村里刘老三欠我们钱好几个月了，他家住刘家湾一组，你找他说一下\n第三方：我去看看",
     [(A, "刘家湾一组")], [D]),
    ("call", "third_party", "坐席：喂，是马村长吗，我们找你们村一组的刘先生，他电话打不通，你能让他回个电话吗\n第三方：行",
     [], []),
    ("sms", "third_party", "您好，您的室友邬志勇的账还没结清，他说搬走了，您知道他新住哪吗？",
     [(P, "邬志勇")], [D]),
    ("app", "third_party", "[微信] 专员：嫂子，海军哥那笔又拖了一期，你看他最近是不是手头紧",
     [(P, "海军")], [D]),
    ("app", "third_party", "[微信] 专员：嫂子好，海军哥电话一直没人接，你方便的话让他给我回一下，谢谢",
     [(P, "海军")], []),
    ("call", "third_party", "坐席：喂您好，是辛丽的领导吗\n第三方：我是她主管\n坐席：她的网贷欠了一年多了，她每个月工资多少你们能不能先帮扣一下",
     [(P, "辛丽")], [D]),
    ("sms", "third_party", "张经理好，贵店店员莫小琪在我们平台的分期已逾期三期，请提醒其尽快处理。",
     [(P, "莫小琪")], [D]),
    ("sms", "debtor", "【速融】莫小琪，你在万达广场优衣库上班，每天早上九点半到店，我们知道地方。",
     [(P, "莫小琪")], [S, X]),
    ("app", "third_party", "【高中同学群】有人知道邵敏现在在哪吗？她那边的钱拖着不还，电话13548306058打不通",
     [(P, "邵敏"), (MB, "13548306058")], [D, U]),
    ("call", "third_party", "坐席：您好，请问是滕先生吗\n第三方：不是，打错了\n坐席：抱歉，打扰您了",
     [], []),
    ("sms", "third_party", "表姐你好，你表弟立龙那笔钱还没消息，你帮忙问问他啥时候能处理。",
     [(P, "立龙")], [D]),
    ("call", "third_party", "坐席：您好，这里是华融消费金融，请问您是闫光辉的紧急联系人吗\n第三方：是，我是他妹妹\n坐席：麻烦您转告他尽快联系我们，电话号码他有",
     [(P, "闫光辉")], [D]),
    ("call", "third_party", "坐席：喂，请问是闫光辉的妹妹吗\n第三方：是\n坐席：有点事情想找他，他电话换了吗？麻烦您跟他说一声给我们回电，谢谢\n第三方：好的",
     [(P, "闫光辉")], []),
    ("app", "third_party", "【家族群】大家好，我是永清的朋友，他欠我们公司的款项一直没还，麻烦亲戚们劝劝他，他身份证号码是370203197210030669",
     [(P, "永清"), (ID, "370203197210030669")], [D, U]),
    ("sms", "third_party", "您好，您的租客宫晓明（身份证37020319651503392…）的事情还没处理，请您通知他本人。",
     [(P, "宫晓明")], [D]),
    ("email", "third_party", "教务处老师您好：\n贵校2024级会计专业学生家长邢志军欠款未还，其女儿邢雨菲手机：18903338964，请协助转告。\ncuishou@xinheng-zc.com",
     [(P, "邢志军"), (P, "邢雨菲"), (MB, "18903338964"), (EM, "cuishou@xinheng-zc.com")], [D, U, X]),
    ("call", "debtor", "坐席：你好，请问是段先生吗\n客户：是我\n坐席：我是汇通的贷后专员，你那个分期现在逾期十五天，一共一千九，你看今天能不能处理",
     [], []),
    ("call", "debtor", "坐席：段先生，你不还钱，你妈段秀珍的电话一三九三五六四二二八七我就一直打",
     [(P, "段秀珍"), (MB, "一三九三五六四二二八七")], [X, U]),
    ("sms", "debtor", "【快贷】您好，您的借款逾期，还款请汇入：户名 北京快贷科技有限公司，账号 1100 1071 5000 5301 8827，开户行 建行朝阳支行。",
     [], []),
    ("app", "debtor", "[微信] 专员：你上礼拜住的如家酒店，802房，退房是周日中午，对吧",
     [], [S]),
    ("sms", "debtor", "【乐花】尊敬的用户，您近30天步数显示每天走一万多步，身体挺好，请尽快还款。",
     [], [S]),
    ("app", "debtor", "专员：你那个戒毒所出来才半年吧，别再给家里添事了，把钱还上",
     [], [S]),
    ("app", "debtor", "客户：我刚从戒毒所出来，找不到工作\n专员：理解，我帮你申请三个月暂停催收，你先稳定下来",
     [], []),
    ("sms", "debtor", "【惠借】黎先生，您医保卡余额还有6,300元，个人账户资金也可用于还款，请尽快处理。",
     [], [S]),
    ("call", "debtor", "坐席：您好，您的借款本期账单一千二，已经过了宽限期，今天能处理吗\n客户：我老婆刚生孩子在月子中心\n坐席：恭喜，那我给您延到下个月十号",
     [], []),
    ("sms", "debtor", "【信e贷】熊振宇，身份证510107199202104838，住成都市成华区建设北路二段4号，你欠的钱准备什么时候还？",
     [(P, "熊振宇"), (ID, "510107199202104838"), (A, "成都市成华区建设北路二段4号")], [U, X]),
    ("call", "debtor", "坐席：你表哥钱立新电话是一三三四八三六八七八六，你表嫂在社区医院，我是不是得挨个问一遍",
     [(P, "钱立新"), (MB, "一三三四八三六八七八六")], [X, U]),
    ("app", "debtor", "[微信] 专员：贾姐，你闺女贾若曦在市二中高一七班，你老公贾卫东在税务局，这些人你都不想让他们知道吧",
     [(P, "贾若曦"), (P, "贾卫东")], [S, X]),
    ("sms", "debtor", "【易贷通】柯女士，您的紧急联系人柯振华（父亲，手机17375374491）、柯振英（姑姑）信息已核实，请尽快还款。",
     [(P, "柯振华"), (MB, "17375374491"), (P, "柯振英")], [X, U]),
    ("email", "debtor", "顾先生：\n经查，您名下车辆苏E·8M2L7停放于苏州工业园区星湖街328号，您的妻子魏晓丹在园区一家外企工作，请尽快还款。",
     [(PLATE, "苏E·8M2L7"), (A, "苏州工业园区星湖街328号"), (P, "魏晓丹")], [X]),
    ("call", "third_party", "坐席：您好，是乔志远的哥哥吗\n第三方：是\n坐席：你弟弟乔志远住西安雁塔区小寨东路90号，借了我们三万块钱人就找不着了",
     [(P, "乔志远"), (P, "乔志远"), (A, "西安雁塔区小寨东路90号")], [D, X]),
    ("sms", "third_party", "请问是房东刘姐吗？您租客司马宏的卡还挂在我们这儿，他媳妇孙静手机19974256595也打不通。",
     [(P, "司马宏"), (P, "孙静"), (MB, "19974256595")], [D, X, U]),
    ("app", "third_party", "【幼儿园大班家长群】各位家长好，大二班小朋友卢思琪的爸爸卢海峰电话是15020660078，他欠我们的钱一直没处理，麻烦转告",
     [(P, "卢思琪"), (P, "卢海峰"), (MB, "15020660078")], [D, S, U, X]),
    ("notice", "third_party", "致五里桥社区居委会：\n辖区居民史国强（五里桥路112弄5号301室）在我司借款逾期，其配偶史爱玲、其子史文杰均已知情，请居委会协助劝导。",
     [(P, "史国强"), (A, "五里桥路112弄5号301室"), (P, "史爱玲"), (P, "史文杰")], [D, X]),
    ("notice", "third_party", "致五里桥社区居委会：\n随附致辖区居民史国强先生的信函一封（已密封），烦请转交，谢谢。",
     [(P, "史国强")], []),
    ("call", "debtor", "坐席：邹先生，你是在中建三局上班吧，家住光谷大道77号金地太阳城，你儿子邹浩宇叫我们叔叔都行",
     [(A, "光谷大道77号金地太阳城"), (P, "邹浩宇")], [X]),
    ("app", "debtor", "[微信] 专员：你老婆聂晓雯的手机号，１３３３７４８４６６２，你弟弟的，１９９５７６１４０２１，还需要我继续吗",
     [(P, "聂晓雯"), (MB, "１３３３７４８４６６２"), (MB, "１９９５７６１４０２１")], [X, U]),
    ("sms", "debtor", "【鑫融】薛志明，你的借款逾期了。你在华为坂田基地上班，工牌号我们都有，你不想让主管知道吧。",
     [(P, "薛志明")], [X]),
    ("call", "third_party", "坐席：你好，你是鲍丽的同学吧，她欠款两万多一直不还，她现在住哪儿你知道吗\n第三方：不清楚",
     [(P, "鲍丽")], [D]),
    ("sms", "debtor", "【众信贷】毛雅琴，您的丈夫苗志勇（13935642287）已被登记为共同还款联系人，您的女儿苗苗在阳光幼儿园，请尽快还款。",
     [(P, "毛雅琴"), (P, "苗志勇"), (MB, "13935642287"), (P, "苗苗")], [X, U, S]),
    ("call", "debtor", "坐席：那个，你的卡号我念给你，六二二五 八八七二 四零九二 零二三七，今晚存够钱我们扣\n客户：知道了",
     [(BC, "六二二五 八八七二 四零九二 零二三七")], [U]),
    ("app", "debtor", "[微信] 专员：常哥，你住在高新区锦业路1号都市之门C座2205，你公司在软件园，我们明天上午过去拜访一下",
     [(A, "高新区锦业路1号都市之门C座2205")], [X]),
    ("sms", "debtor", "【金满仓】尊敬的客户，您的身份证号500103197804281691已被系统标记为逾期，请于三日内处理。",
     [(ID, "500103197804281691")], [U]),
    ("email", "debtor", "尊敬的谷女士：\n您的护照号EK4471926已在我司登记，现您的借款已逾期，请于12月30日前还款。\nservice@jinmancang.com",
     [(PP, "EK4471926"), (EM, "service@jinmancang.com")], [U]),
    ("call", "third_party", "坐席：喂，是魏磊的老板吗，魏磊家住七里河区西津西路16号，欠我们信用卡钱快一年了，你们公司有没有人管",
     [(P, "魏磊"), (P, "魏磊"), (A, "七里河区西津西路16号")], [D, X]),
    ("app", "debtor", "[微信] 专员：你妹妹葛晓燕在南京读研，学校宿舍我们也知道，你不想她被打扰吧",
     [(P, "葛晓燕")], [X]),
    ("sms", "debtor", "【安易贷】你好，你每天晚上十点下班从万科广场后门走，周末去岳父家吃饭，今天不还款我们只能换个方式联系你。",
     [], [S]),
    ("call", "debtor", "坐席：你是叫凌志豪对吧，在南山区科技园中区W1-A栋上班，公司是大疆，你以为我们找不到你？",
     [(P, "凌志豪"), (A, "南山区科技园中区W1-A栋")], [X]),
    ("app", "debtor", "[微信] 专员：你前男友骆明的电话是18224692716，他说你们分手了不管你的事，那还有谁能帮你",
     [(P, "骆明"), (MB, "18224692716")], [X, U]),
    ("sms", "debtor", "【快易花】丁俊杰，您在本平台借款逾期。您的爷爷丁长贵、奶奶丁秀英住丁家庄二组，我们不希望打扰老人家。",
     [(P, "丁俊杰"), (P, "丁长贵"), (P, "丁秀英"), (A, "丁家庄二组")], [X]),
    ("call", "third_party", "坐席：喂，你好，你是彭建业的堂弟吧，他手机幺三五六六四四三七洞五换号了吗，他那个事还没完",
     [(P, "彭建业"), (MB, "幺三五六六四四三七洞五")], [D, U]),
    ("app", "third_party", "【同乡会群】有谁跟桐城的储志刚还有来往吗？他那边的钱还是没着落，见着了让他联系一下",
     [(P, "储志刚")], [D]),
    ("sms", "third_party", "叔，国梁的那个月供还是空着的，您是他爸，这事您得知道。",
     [(P, "国梁")], [D]),
    ("call", "third_party", "坐席：喂，是苗老师吗，我这边是消费金融的，你们学校的后勤刘师傅欠款逾期了，你们学校能不能出面说说\n第三方：这个我管不了",
     [], [D]),
    ("app", "third_party", "[微信] 专员：阿姨，您女儿晓慧又没按时还，这都第三回了，您家里是不是帮她兜一下",
     [(P, "晓慧")], [D]),
    ("email", "third_party", "王经理：\n贵公司员工封海明（身份证：130102199402121170）名下网贷逾期已久，其妻乔丽娜手机18635948917亦拒接，请贵司协助催促。\nhuifeng.collect@163.com",
     [(P, "封海明"), (ID, "130102199402121170"), (P, "乔丽娜"), (MB, "18635948917"), (EM, "huifeng.collect@163.com")], [D, U, X]),
    ("call", "third_party", "坐席：您好，您是储先生的邻居吧，他最近在家吗？他每天几点出门您知道吗，我们这边的款子他一直没给\n第三方：不太清楚",
     [], [D]),
    ("sms", "third_party", "您好，您的同事邓凯已被我司列为逾期客户，他说这周能还，如果没还请您提醒他。",
     [(P, "邓凯")], [D]),
    ("app", "third_party", "【三组村民群】五保户老杨家的儿子杨军那笔借款还没还上，大家见到他说一声",
     [(P, "杨军")], [D, S]),
]

# --- decoys: numbers of the same shapes that identify no person --------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【佰仟分期】您的合同编号320102199913470015项下本期应还1,460元，请于12月15日前还款。",
     [], []),
    ("call", "debtor", "坐席：您记一下合同号，四四零三零四二零二六一二零五零零八三，到App里输这个就能查到\n客户：好",
     [], []),
    ("sms", "debtor", "【京融】您的还款流水号6610 7862 0547 0534 767已受理，金额2,000.00元，预计1个工作日到账。",
     [], []),
    ("app", "debtor", "[微信] 专员：您的订单号6591512118396879，还款后把截图发我，我帮您核销",
     [], []),
    ("sms", "debtor", "【中通快递】您的催收函已寄出，运单号12045678930，请注意查收。",
     [], []),
    ("notice", "debtor", "民事起诉状副本送达提示：案号（2026）粤0305民初18347号，原告深圳前海微众银行股份有限公司，请按法院通知应诉。",
     [], []),
    ("call", "debtor", "机器人：您好，如需帮助请拨打客服热线，九五五一八，或者四零零，六六八，八八二零，我们将竭诚为您服务。",
     [], []),
    ("sms", "debtor", "【安心借】您的还款验证码为830216，发票号E20261205已开具，请在App“我的-发票”查看。",
     [], []),
    ("email", "debtor", "您好：\n您申请的增值税电子发票已开具，发票号码 26442000000183059217，金额 318.60 元，请查收附件。\ninvoice@anxinjie.cn",
     [(EM, "invoice@anxinjie.cn")], []),
    ("notice", "debtor", "分期协议\n协议编号：FQ-2026-1205-00917\n批次号：20261205093318\n分期期数：12期，每期金额：1,086.50元，首期日期：2027年1月10日。",
     [], []),
    ("call", "debtor", "坐席：您好，我们的会议号是八八六 四三九 二一七，明天下午三点线上协商，您直接输入就行\n客户：好的",
     [], []),
    ("app", "debtor", "[微信] 专员：您好，律师执业证号14403202610587291只是用于核验我们合作律所，您不用担心，还款方案照旧",
     [], []),
    ("sms", "debtor", "【信达分期】还款账户：招商银行对公账户 7559 1234 5610 888，户名深圳信达分期科技有限公司，请备注合同号后四位。",
     [], []),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "Z-ASR-CALLS": ASR_CALLS,
    "Z-SMS-DEBTOR": SMS_DEBTOR,
    "Z-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "Z-THIRD-PARTIES": THIRD_PARTIES,
    "Z-CHATS": CHATS,
    "Z-LETTERS": LETTERS,
    "Z-TRANSFERS": TRANSFERS,
    "Z-REPLIES-AND-EMAIL": REPLIES_AND_EMAIL,
    "Z-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "Z-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "Z-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "Z-MORE-VOICES": MORE_VOICES,
    "Z-DECOYS": DECOYS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
