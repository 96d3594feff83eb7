"""Writes `pipl_heldout_af.jsonl`, the thirty-second independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the domain references, `audit/message.py`, the record
helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_ae.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests or
any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were drawn
once by a throw-away script (random area codes and birth dates with the right check character, some ending in X,
old 15-digit IDs, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes), which also spelled the
mobiles out digit by digit; they were typed into the texts by hand, and the passports and permits (E, EA, G, C, H,
M) were typed to the pattern.

Three lenders and their agencies carry it: a car-finance company (monthly instalments, the deduction card, the
car's GPS tracker, guarantors, repossession, a dealer), an e-commerce pay-later product (bills, orders, bound
cards, face checks, spending) and a rural-credit lender (planting, orchard and livestock loans, village service
points, village cadres and group chats), with two collection agencies and a law firm working for them. Its weight
lies on identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred messages:
mobiles, landlines with area codes (one in brackets with an extension after a hyphen, others with an extension
after 转 or 轉, one read aloud, one of Zhuhai), 18-digit IDs (some ending in X, one wholly in full-width digits,
one with only its last digit full-width, one spaced out digit by digit as OCR writes it, one on a line of its
own, several read aloud) and old 15-digit ones (one read aloud), bank cards of 16 and 19 digits (grouped by fours
with spaces or hyphens, read aloud in groups, or glued to the words around them), passports (E with a stray space,
EA spaced out by OCR, G read aloud) and travel permits to Hong Kong and Macau and home-return permits (C, H, M);
read aloud with 幺 洞 两 拐 勾, with 零 to 九 and in Cantonese, grouped by spaces, dots and hyphens, in full-width
digits, behind +86 and 0086 (with a space or a hyphen), and glued to the Chinese words around them. Beside them
stand decoys of the same shapes: an 18-digit contract number with a thirteenth month, a 16-digit order number and
a 16-digit refund number failing Luhn, a 19-digit transaction number failing Luhn, a 20-digit invoice number,
13-digit waybill numbers behind their courier letters, 11-digit negotiation and work-order numbers off the mobile prefixes, a
13-digit contract number read aloud, a case number grouped by hyphens, a court mediation case number, a land
contract certificate number, verification codes (one in full-width digits, one read aloud by a robot), 95 and
400 hotlines written and read aloud, the agent's work number and extension, amounts in words and figures, dates,
licence plates and VINs, masked forms (139****2697, 140107********5564, 6217 **** **** **** 150, 李*娜 with a
masked ID) and last digits; a lender's own collection account printed or read out is an entity but no category,
as are the collector's work mobile and the lenders', agencies' and law firm's landlines. Licence plates and VINs
are not marked as entities. Third-party disclosure labels over sixty messages, many saying no more than "the car
thing", "the money matter", "what he has to pay every month", naming only the lender or the car, to a wife, a
daughter, a mother, a father, a sister, a brother, an in-law, an ex-wife, a boyfriend, a friend, a
landlord, a fellow villager, a village party secretary, a village committee, colleagues, a fleet leader, an
employer's HR and union, a business partner, a car dealer, a guarantor's wife, a teacher and drivers', car
owners', village, relatives' and family group chats; beside them contacts asked only for a call-back with no
lender or debt named, a wrong number, a question to a cadre, a landlord or a property office about a postal
address, a sealed letter an employer is asked to hand over, and guarantors told of the liability they signed.
`pii.excessive` labels over sixty messages: full names with a home address or an employer, and the names and
numbers of spouses, an ex-wife, a boyfriend, parents, parents-in-law, children, siblings, a
nephew, a cousin, an uncle, a son-in-law, a flatmate, a direct manager, a finance director and a
fleet leader. `pii.sensitive` labels over fifty, mostly without the textbook words: the car's tracker at night at a
bathhouse, a foot-massage parlour and a KTV, at a hospital, at a bus station and near the Macau border, a trucker's
route, the school run, a metro exit and commute times, a night-shift exit, late homecomings, a stomach operation,
cirrhosis, dialysis, a heart stent, diabetes and insulin, a mother's chemotherapy, depression and antidepressant
orders, antenatal checks and a due date, pregnancy purchases, a grandchild's and children's schools, classes and
home times, a kindergarten's fees, a disability certificate, a livelihood allowance and grain subsidies, salary
inflows, wallet and fund balances, a time deposit, a provident fund, other platforms' loans and
a credit report, KTV, bar, game and live-stream spending, a mahjong parlour, Sunday church, Friday prayers, face
records and detention for drink-driving. Beside them stand debtors speaking of their own illness, agents
answering with a deferral, instalments or a hardship waiver, and lenders' general offers to defer for illness,
childbirth or disaster. Registers: the three lenders' and the agencies' SMS templates and app notices, robot
scripts with keypad turns, agents' calls as speech-to-text output in dialect without punctuation, chats with
debtors and group chats, quality-check records, collection notes and visit records, e-mails to agencies, a law
firm, an employer, a property office, a dealer, a teacher and a courier, complaint replies, letters (a lawyer's
among them), Cantonese and traditional characters.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile, landline at home, passport or permit number of a
  person in the sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's,
  agency's or law firm's landline, a lender's own collection account, the collector's work mobile, a customer
  writing or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product, even by implication) or the debtor's personal data. A bare call-back request that
  names neither lender nor debt is compliant; a guarantor told of the obligation he signed is not disclosed to;
  notes and e-mails passed between the lenders, their agencies and their law firm go to an unknown recipient and
  are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention, specific identities (disability, a livelihood allowance). A lender's offer to
  defer for illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' or others' names
  or numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (罗先生, 老吴, 樊大姐) is not a PERSON, a given
name alone or after a kinship term is; ADDRESS reaches down to a road and number, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_af`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_af.jsonl"
ID_PREFIX = "PAF"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- a car-finance company's SMS templates -------------------------------------------------------------

CAR_FINANCE_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【驰远汽车金融】罗先生，您名下车辆（车架号LSVAM4187C2213465）本期月供尚未扣款成功，合同号"
     "CY2025-0417-33891，请登录驰远APP查看还款计划。您爱人张晓燕、岳父张德明的电话我们也已登记。退订回T",
     [(P, "张晓燕"), (P, "张德明")], [X]),
    ("sms", "debtor", "【驰远汽车金融】提醒：您的扣款卡6214839143224293余额不足，本期2,980元扣款失败，请于3日内补足。"
     "如有疑问请致电4008-201-339。", [(BC, "6214839143224293")], [U]),
    ("sms", "debtor", "【驰远汽车金融】邹建华您好，经核实您身份证520102196905218870名下车贷已逾期12天，请尽快处理。"
     "如已还款请忽略。", [(P, "邹建华"), (ID, "520102196905218870")], [U]),
    ("sms", "debtor", "【驰远汽车金融】您好，您绑定的手机18270564751已变更为新号码，如非本人操作请立即联系客服"
     "4008-201-339，验证码勿告诉他人。", [(MB, "18270564751")], [U]),
    ("sms", "debtor", "【驰远汽车金融】您车辆GPS显示本周三次于夜间停在星沙镇天顺路的洗浴城门口，请尽快处理逾期"
     "月供4,105元，以免我司启动车辆回收程序。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】丁先生，系统显示您的车今天上午九点起一直停在市第三人民医院住院部停车场，"
     "逾期款项请于周五前处理。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】丁先生，您的车贷本期逾期3天，如遇住院、事故等特殊情况可申请延期还款，"
     "详询APP在线客服。", [], []),
    ("sms", "debtor", "【驰远汽车金融】尊敬的韦先生，您的担保人韦国栋（13792672697）已同意协助督促还款，请您尽快"
     "处理逾期的第9期月供。", [(P, "韦国栋"), (MB, "13792672697")], [U, X]),
    ("sms", "debtor", "【驰远汽车金融】曾女士，您好。您本期月供2,466元已逾期7天，请今日通过APP或对公账户还款。"
     "对公户名：驰远汽车金融有限公司，账号6217000879416191196。共同借款人曾丽君（34120419860804985X）也请知悉。",
     [(BC, "6217000879416191196"), (P, "曾丽君"), (ID, "34120419860804985X")], [U]),
    ("sms", "debtor", "【驰远汽车金融】温馨提示：您车牌苏E·7K2M9的车辆保险将于下月到期，续保不影响本期月供，"
     "保单受益人为您母亲何玉珍，合同号后四位3891。", [(P, "何玉珍")], [X]),
    ("sms", "debtor", "【驰远汽车金融】戴先生，您的车每天早上7点40从翠湖苑出发送孩子到实验二小再去单位，我们都能"
     "看到。月供还有6,300元没还，今天必须给个说法。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】戴先生您好，您的月供已逾期，请联系您的专属客服小周，工号CY7023，电话"
     "0512-65287716转8023。", [(LL, "0512-65287716")], []),
    ("sms", "debtor", "【驰远汽车金融】您好，您的车贷已逾期20天。您妻子张晓燕在苏州工业园区星湖街328号的公司上班，"
     "我司不希望打扰她，请主动联系我们。", [(P, "张晓燕"), (A, "苏州工业园区星湖街328号")], [X]),
    ("sms", "debtor", "【驰远汽车金融】钱先生，您的车贷扣款卡开户行显示您本月工资15,800元已于10号到账，当天就转走"
     "了，月供却一直不还，请今天处理。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】钱先生，您本期月供4,216元已逾期，本短信仅发送至您本人预留号码 139****2697，"
     "请勿转发。", [], []),
    ("sms", "debtor", "【驰远汽车金融】闫先生，车贷逾期第16天。您申请时登记的证件号431102199906137522，提醒您账户"
     "信息安全，勿将验证码透露他人。", [(ID, "431102199906137522")], [U]),
]

# --- an e-commerce pay-later product: app notices and SMS ---------------------------------------------

PAY_LATER: list[PiplEntry] = [
    ("app", "debtor", "【随心付】你的本月账单1,386.20元已逾期2天，你男朋友王浩在滨江区上班，工资也不低，让他帮你还一下。",
     [(P, "王浩")], [X]),
    ("app", "debtor", "【随心付】你上周在“夜色KTV”消费2,600元、“蓝调酒吧”消费1,480元，本月账单却还逾期着，"
     "先把1,386元还了吧。", [], [S]),
    ("app", "debtor", "【随心付】检测到你的零钱余额还有4,812元，余额宝里还有1.2万，本月账单只欠986元，请立即还款。",
     [], [S]),
    ("sms", "debtor", "【随心付】刘琳琳，你用手机号18629666031注册的随心付额度账单已逾期9天，请登录APP处理。",
     [(P, "刘琳琳"), (MB, "18629666031")], [U]),
    ("sms", "debtor", "【随心付】你尾号6031的账号账单已逾期9天，逾期金额642元，请尽快还款，已还请忽略。", [], []),
    ("app", "debtor", "【随心付】你的收货地址“杭州市西湖区文三路478号华星大厦1602室 黄子昊 收”最近还在下单，"
     "为什么账单不还？", [(A, "杭州市西湖区文三路478号华星大厦1602室"), (P, "黄子昊")], [X]),
    ("app", "debtor", "【随心付】黄先生，你的订单号SX20250618223190458（¥329.00）已签收（代收人：你母亲林秀珍），"
     "本月账单含此笔，到期日6月25日。", [(P, "林秀珍")], [X]),
    ("app", "debtor", "【随心付】刷脸认证失败3次。你的人脸照片与身份证照片比对记录已保存，若继续不还款，"
     "我们会把这些资料用于后续催收。", [], [S]),
    ("app", "debtor", "【随心付】你这个月在母婴店买了叶酸、孕妇装和早孕试纸，恭喜，但账单986元还是要按时还。",
     [], [S]),
    ("app", "debtor", "【随心付】你好，本月账单可申请最长3期免息延期，如因生育、疾病等原因收入减少，"
     "可在“帮助-困难申请”提交。", [], []),
    ("sms", "debtor", "【随心付】你在其他3个平台还有共计2.7万元的借款都逾期了，我们是最早放款的，应该先还我们。",
     [], [S]),
    ("app", "debtor", "【随心付】退款单号RF6228480549190565（¥88.00）已原路退回，不影响本月账单。", [], []),
    ("app", "debtor", "【随心付】你的绑定卡622588 9814 5511 58扣款失败，请更换还款卡。", [(BC, "622588 9814 5511 58")],
     [U]),
    ("app", "debtor", "【随心付】你的绑定卡（尾号1158）扣款失败，请更换还款卡或手动还款。", [], []),
    ("app", "debtor", "【随心付】你每天晚上11点到凌晨2点都在刷视频下单，最近一笔是凌晨1点47分，钱都花了，"
     "账单怎么不还？", [], [S]),
    ("app", "debtor", "【随心付】你的快递常送到“滨江区江虹路611号 丰巢柜”，你在那家公司上班吧？账单再不还我们"
     "就寄催收函过去。", [(A, "滨江区江虹路611号")], [S]),
]

# --- a rural-credit lender: SMS, notices and village calls --------------------------------------------

RURAL_CREDIT: list[PiplEntry] = [
    ("sms", "debtor", "【禾丰农贷】蒋大哥，您的种植贷第二期本息8,640元已到期，秋收后请记得到镇上营业点或用手机银行"
     "还款，咨询0734-8862315。你老婆杨春梅的电话我们也有。",
     [(LL, "0734-8862315"), (P, "杨春梅")], [X]),
    ("sms", "debtor", "【禾丰农贷】蒋大哥，听村里说您前阵子在县人民医院做了胃部手术，身体要紧，但养猪贷逾期的"
     "6,200元也得有个安排。", [], [S]),
    ("sms", "debtor", "【禾丰农贷】秦光明，您身份证431102710610572名下的农机贷已逾期45天，欠款11,300元，请速还。",
     [(P, "秦光明"), (ID, "431102710610572")], [U]),
    ("sms", "debtor", "【禾丰农贷】老吴，你家大孙子在镇中心小学四年级二班，每天下午四点半放学你去接，"
     "这些我们都晓得。贷款的事别拖了。", [], [S]),
    ("sms", "debtor", "【禾丰农贷】樊大姐，您每月领的低保金和残疾人补贴都打在尾号5739的卡上，这个月到账后请先还"
     "贷款1,500元。", [], [S]),
    ("sms", "debtor", "【禾丰农贷】樊大姐，您的贷款本月应还1,500元，还款卡尾号5739，如有困难可以申请延期。", [], []),
    ("sms", "debtor", "【禾丰农贷】熊老板，您在县农商行的定期存款3万元下月到期，到期后先把我们这笔果园贷还了。",
     [], [S]),
    ("notice", "debtor", "禾丰小额贷款有限公司\n还款提醒函\n\n借款人：覃秀英\n身份证号：450305850404608\n"
     "您于2023年3月签订的种养殖贷款（合同编号HF-2023-03-1187）已逾期87天，尚欠本息14,760元。请于"
     "收函后15日内到乡镇营业点还款。\n联系电话：0774-6213308\n2025年7月2日",
     [(P, "覃秀英"), (ID, "450305850404608"), (LL, "0774-6213308")], [U]),
    ("notice", "debtor", "禾丰小额贷款有限公司\n还款提醒函\n\n借款人：覃秀英（身份证号4503**********4608）\n"
     "您的种养殖贷款已逾期87天，尚欠本息14,760元，请于收函后15日内还款。如对欠款有异议，可在10日内书面"
     "提出。\n联系电话：0774-6213308\n2025年7月2日", [(P, "覃秀英"), (LL, "0774-6213308")], []),
    ("notice", "debtor", "禾丰小额贷款有限公司\n催收通知书\n\n致：韩德厚（住址：吉林省长春市南关区永吉街"
     "1190号3栋2单元）\n您的贷款已逾期。另据了解，您儿子韩小磊在长春第十一中学读初二，您女儿韩静在长春"
     "某超市上班，请您家里人一起想办法。\n2025年6月20日",
     [(P, "韩德厚"), (A, "吉林省长春市南关区永吉街1190号3栋2单元"), (P, "韩小磊"), (P, "韩静")], [S, X]),
    ("call", "debtor", "坐席：喂，是蒋德才蒋大哥吧？我禾丰农贷的小杨。\n客户：是我，啥事？\n坐席：你那个贷款"
     "到期了，八千六百四，你看啥时候方便来还？\n客户：等谷子卖了，下个月初。\n坐席：要得，那我给你登记"
     "下个月五号，到时候再跟你确认。", [(P, "蒋德才")], []),
    ("call", "debtor", "坐席：蒋大哥，我看你那个卡，幺洞月份打进来一笔粮食补贴两千三，还有你儿子每月"
     "给你转一千五，钱是有的嘛。\n客户：那是生活费。\n坐席：生活费也先拿来还一点。", [], [S]),
    ("call", "debtor", "坐席：您好，禾丰农贷，请问是覃秀英本人吗？\n客户：是，我是。\n坐席：跟您核对一下，"
     "您身份证是四五洞三洞五八五洞四洞四六洞八，对吧？\n客户：对。",
     [(P, "覃秀英"), (ID, "四五洞三洞五八五洞四洞四六洞八")], [U]),
    ("call", "debtor", "坐席：您好，禾丰农贷，请问是覃秀英本人吗？\n客户：是我。\n坐席：为核实身份，请您报一下"
     "身份证后四位。\n客户：4608。\n坐席：好的，谢谢。您的贷款已逾期87天，我们这边可以给您办分期。",
     [(P, "覃秀英")], []),
    ("sms", "debtor", "【禾丰农贷】老熊，你老婆陈桂兰电话15049507439，你不接我们就打她的了。",
     [(P, "陈桂兰"), (MB, "15049507439")], [U, X]),
    ("sms", "debtor", "【禾丰农贷】熊先生，您的贷款已逾期，如本人电话不便，可告知我们您方便接听的时间段。", [], []),
    ("app", "debtor", "【禾丰农贷】您上传的《土地承包经营权证》编号HN431102-2019-00873已审核通过，贷款额度5万元。",
     [], []),
    ("app", "debtor", "【禾丰农贷】您的贷款逾期了。另外我们查到您在外地还欠着两家网贷，一家4,000一家6,500，"
     "建议先把我们这边处理掉。", [], [S]),
]

# --- robot scripts (keypad turns) -----------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融智能客服，请问是邹建华先生本人吗？是请按1，不是请按2。\n"
     "客户：1\n机器人：您的车贷本期月供3,216.50元已逾期，请于今日还款。您的紧急联系人邹建国，电话幺三幺勾两拐四八拐六勾，已同步接收提醒。",
     [(P, "邹建华"), (P, "邹建国"), (MB, "幺三幺勾两拐四八拐六勾")], [U, X]),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融。为核实身份，系统将播报您预留的身份证号码：五两洞幺洞"
     "两幺勾六勾洞五两幺八八拐洞，确认请按1。\n客户：1",
     [(ID, "五两洞幺洞两幺勾六勾洞五两幺八八拐洞")], [U]),
    ("call", "debtor", "机器人：您好，这里是随心付。您预留的手机号幺五幺四幺六八洞四八四将作为还款提醒号码，"
     "确认请按1，修改请按2。\n客户：2\n机器人：请输入新的手机号码，以井号键结束。",
     [(MB, "幺五幺四幺六八洞四八四")], [U]),
    ("call", "debtor", "机器人：您好，这里是随心付。您尾号零四八四的账户账单已逾期，逾期金额六百四十二元。"
     "还款请按1，咨询请按0。\n客户：0", [], []),
    ("call", "unknown", "机器人：您好，这里是客户服务中心，请问您是蒋德才本人吗？是请按1，不是请按2。\n客户：2\n"
     "机器人：打扰了，如您认识蒋德才，请转告他回电0734-8862315，再见。",
     [(P, "蒋德才"), (P, "蒋德才"), (LL, "0734-8862315")], []),
    ("call", "third_party", "机器人：您好，这里是禾丰农贷，请问您是蒋德才本人吗？是请按1，不是请按2。\n联系人：2\n"
     "机器人：蒋德才的种植贷已逾期三十二天，请转告他尽快还款，谢谢。",
     [(P, "蒋德才"), (P, "蒋德才")], [D]),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融。您的还款账户为幺八两拐洞五六四拐五幺开头的手机银行，"
     "请确认。\n客户：不对吧，那是我的手机号。",
     [(MB, "幺八两拐洞五六四拐五幺")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，您的车辆定位显示当前位于城南汽车站附近，请立即联系客服处理"
     "逾期月供。按1转人工。\n客户：1", [], [S]),
    ("call", "debtor", "机器人：您好，这里是随心付，验证码为四拐两幺洞三，五分钟内有效，请勿泄露给他人。"
     "重听请按1。", [], []),
    ("call", "debtor", "机器人：您好，请记录还款对公账户：幺八六两勾六六六洞三幺，不对，系统播报有误，"
     "请以短信为准。", [(MB, "幺八六两勾六六六洞三幺")], [U]),
    ("call", "debtor", "机器人：您好，这里是禾丰农贷。系统显示您最近三个月在县医院透析，每周二四六上午，"
     "您可以在透析当天顺路到营业点还款。按1确认。", [], [S]),
    ("call", "third_party", "机器人：您好，我们在联系邵明辉先生，请问您能转告他回个电话吗？"
     "回电号码0512-65287716。\n联系人：好。",
     [(P, "邵明辉"), (LL, "0512-65287716")], []),
    ("call", "third_party", "机器人：您好，这里是驰远汽车金融，您是邵明辉先生的紧急联系人，他的车贷"
     "已经逾期，请转告他回电。\n联系人：知道了。", [(P, "邵明辉")], [D]),
    ("call", "debtor", "机器人：您好，为验证身份，请在听到提示音后输入您的银行卡号，以井号键结束。\n客户："
     "6222024956015217#", [(BC, "6222024956015217")], []),
]

# --- agents' calls as speech-to-text output, dialect and no punctuation ---------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 是邵明辉不 我驰远金融的 你那个车贷逾期四十一天了哈\n客户：晓得了 这两天手头紧\n"
     "坐席：那你看月底能不能先还一期 剩下的我们给你报分期", [(P, "邵明辉")], []),
    ("call", "debtor", "坐席：邵哥你莫躲了 你那个车昨晚上十一点还停在河西那个足浴城后头 我们后台看得到\n"
     "客户：你们盯我哦\n坐席：你把钱还了就不盯了", [], [S]),
    ("call", "debtor", "坐席：喂 老表 你那个身份证号码是三四幺两洞四幺勾八七洞勾洞幺四勾两洞噻 对不对\n客户：对",
     [(ID, "三四幺两洞四幺勾八七洞勾洞幺四勾两洞")], [U]),
    ("call", "debtor", "坐席：嗯 你那个卡号我念一哈 六两幺七 洞洞七勾 洞两五四 四两勾六 你确认一哈\n客户：是这个",
     [(BC, "六两幺七 洞洞七勾 洞两五四 四两勾六")], [U]),
    ("call", "debtor", "坐席：你给我个电话嘛 我好联系你\n客户：幺三八五六四六三洞六勾\n坐席：好 记下了",
     [(MB, "幺三八五六四六三洞六勾")], []),
    ("call", "debtor", "坐席：我重复一哈你新号码哈 幺三八五六四六三洞六勾 对吧\n客户：对头",
     [(MB, "幺三八五六四六三洞六勾")], [U]),
    ("call", "debtor", "坐席：老乡 你是不是在县医院住院了 我听你们村主任讲你得了肝硬化 那个钱还是要还哦\n"
     "客户：我这个病 哪里有钱嘛", [], [S]),
    ("call", "debtor", "坐席：喂 吴伯 我禾丰农贷的 你那个贷款到期了\n客户：我住院了 刚出来\n坐席：那你先把"
     "身体养好 我给你申请延期三个月 到时候再说", [], []),
    ("call", "debtor", "坐席：你屋头婆娘叫杨春梅 电话幺八拐两四五六四六两拐 她在镇上超市上班 你再不接电话"
     "我只有找她了\n客户：你找她做啥子",
     [(P, "杨春梅"), (MB, "幺八拐两四五六四六两拐")], [U, X]),
    ("call", "debtor", "坐席：喂你好 我是随心付的 工号两六洞拐 你账单逾期九天了 金额六百四十二\n客户：嗯\n"
     "坐席：今天能处理吗 我们热线四零零六七三三幺洞洞", [], []),
    ("call", "debtor", "坐席：黄先生你每天下班是六点十分从文三路那个门出来嘛 我们同事在楼下等你 当面聊哈还款\n"
     "客户：你们别来", [], [S]),
    ("call", "debtor", "坐席：黄先生 我们下周可能安排外访同事上门 地址是你合同上留的那个 你看哪天在家\n"
     "客户：周六吧", [], []),
    ("call", "debtor", "坐席：喂 戴哥 你那个车贷合同号我念一下 CY两洞两五洞四幺拐三三八勾幺 你记一下\n"
     "客户：好", [], []),
    ("call", "debtor", "坐席：你这边还是要还哈 我晓得你信教 每个礼拜天都去城东那个教堂 做礼拜的人不兴欠钱的嘛\n"
     "客户：这个跟你有啥关系", [], [S]),
    ("call", "debtor", "坐席：樊大姐 你那个残疾证我们这边有登记 你是二级肢体残疾 每个月还有补贴 还一点嘛\n"
     "客户：我那补贴才几百块", [], [S]),
    ("call", "debtor", "坐席：樊大姐 你的情况我们了解了 可以申请困难减免 你把材料准备好 我们下周上门来收\n"
     "客户：谢谢你们", [], []),
    ("call", "debtor", "坐席：喂 熊老板 我跟你讲 你身份证就是五洞洞幺幺两幺勾六八洞八幺六六五六幺 我们都有 "
     "你跑不掉的\n客户：你报我身份证做啥",
     [(ID, "五洞洞幺幺两幺勾六八洞八幺六六五六幺")], [U]),
    ("call", "debtor", "坐席：熊老板 你那个拖拉机 牌照湘L·N3218 农机合同号HF两洞两三幺幺八七 我都核对好了 月底"
     "记得还\n客户：好", [], []),
    ("call", "debtor", "坐席：钱哥你那个征信报告我们调了 你名下还有四张信用卡 招行那张欠了三万八 你这不是"
     "没钱嘛\n客户：那是我的事", [], [S]),
]

# --- chats with debtors and group chats -----------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "用户：我卡号是6225883303559301，帮我换成这张\n客服：收到，为保护您的信息，请不要在对话"
     "中发送完整卡号，请在APP里自行添加。", [(BC, "6225883303559301")], []),
    ("app", "debtor", "客服：您好，您要换的卡是6225883303559301对吗？我们这边已经帮您绑定好了。",
     [(BC, "6225883303559301")], [U]),
    ("app", "debtor", "专员：罗先生，您的车贷逾期了，您爱人刘芳（电话18757803825）刚跟我们说您最近在外地"
     "跑长途，下周三才回昆明。\n用户：你们找她干啥",
     [(P, "刘芳"), (MB, "18757803825")], [S, U, X]),
    ("app", "debtor", "专员：罗先生，我们是驰远汽车金融，您的车贷第9期已逾期18天，方便的话今天给我们回个话。\n"
     "用户：下周回来处理", [], []),
    ("app", "debtor", "专员：钱先生，您的工资卡每月10号到账，您看能不能设个自动扣款？\n用户：我的工资卡你们"
     "怎么知道？", [], [S]),
    ("app", "debtor", "[企业微信] 专员：闫哥，这是我们的对公还款账户，户名驰远汽车金融有限公司，账号"
     "6214830997130111697，开户行建行苏州分行。\n用户：好的", [(BC, "6214830997130111697")], []),
    ("app", "third_party", "【驰远车友群】群主：@邵明辉 邵哥，你那台车的月供拖了快两个月了，公司这边一直在问，"
     "看到回一下。", [(P, "邵明辉")], [D]),
    ("app", "third_party", "【田坝村村民群】村会计：各位乡亲，禾丰农贷的工作人员周四上午在村委会办理展期，"
     "有需要的带身份证来。", [], []),
    ("app", "third_party", "【田坝村村民群】禾丰农贷小杨：@蒋德才 蒋大哥，你那个事还是要早点办哦，拖到现在"
     "大家都晓得了。", [(P, "蒋德才")], [D]),
    ("app", "third_party", "【车队群】驰远金融刘经理：哪位师傅认识开湘A·6F3K2的罗师傅，麻烦让他跟我联系一下，"
     "他车子有点手续没办完。", [], [D]),
    ("app", "third_party", "【小区业主群】随心付外访员：3栋1202黄子昊在不在群里？他的账单好几个月没还了，"
     "谁跟他熟的提醒一下。", [(P, "黄子昊")], [D]),
    ("app", "debtor", "微信（客户）：我在医院陪我妈化疗，这个月真的还不上\n微信（专员）：理解您，我帮您申请"
     "延期一个月，您先照顾阿姨。", [], []),
    ("app", "debtor", "专员：您母亲在省肿瘤医院住院化疗的事我们知道了，下个疗程是几号？我们好安排您那天"
     "之前先还一部分。\n客户：你们怎么知道的", [], [S]),
    ("app", "debtor", "专员：邹先生，您的身份证照片不清楚，请重新上传。\n客户：520102196905218870 直接给你号码行不\n"
     "专员：不用发号码，在APP里重新拍照上传就行。", [(ID, "520102196905218870")], []),
    ("app", "debtor", "专员：邹先生，您的证件号５２０１０２１９６９０５２１８８７０已经核实通过，请尽快还款。",
     [(ID, "５２０１０２１９６９０５２１８８７０")], [U]),
    ("app", "debtor", "专员：覃阿姨，你的护照E 3802 7164我们在资料里看到了，最近出国了吗？贷款还没还清哦。",
     [(PP, "E 3802 7164")], [U]),
]

# --- quality-check records and internal notes -------------------------------------------------------------

QA_RECORDS: list[PiplEntry] = [
    ("app", "unknown", "质检记录 QC-20250621-0147：坐席工号CY7023，通话时长4分12秒，已完成身份核验、告知逾期"
     "金额，未发现违规用语。评分92。客户罗建军，手机18003337238。",
     [(P, "罗建军"), (MB, "18003337238")], [U]),
    ("app", "unknown", "质检记录 QC-20250621-0152：坐席在未核实身份前告知接听人欠款金额，扣10分。客户邵明辉，"
     "手机13655922240，身份证341204199307241770。",
     [(P, "邵明辉"), (MB, "13655922240"), (ID, "341204199307241770")], [U]),
    ("app", "unknown", "质检记录 QC-20250622-0033：客户在通话中自述患抑郁症正在服药，坐席仍要求当日还款。"
     "整改：对困难客户需提供延期选项。", [], [S]),
    ("app", "unknown", "质检记录 QC-20250622-0041：坐席提及客户“孕期”，属敏感信息，已提醒。客户尾号3825。",
     [], [S]),
    ("app", "unknown", "质检记录 QC-0625-112：坐席向客户同事透露了“车贷”二字，判定违规。被催收人韦志强，"
     "家住南宁市青秀区民族大道136号，在广西建工三公司上班。",
     [(P, "韦志强"), (A, "南宁市青秀区民族大道136号")], [X]),
    ("app", "unknown", "外访记录：6月24日下午3点，到达客户樊秀兰家中，客户行动不便，坐轮椅，家中只有她和"
     "读小学的孙女，孙女在城关二小，每天自己走路上学。", [(P, "樊秀兰")], [S]),
    ("app", "unknown", "催记：客户称下月5号发工资后还款，已约定PTP 6,300元，下次跟进7月6日。客户妻子孙丽（15197614701）表示可代为转达。",
     [(P, "孙丽"), (MB, "15197614701")], [U, X]),
    ("app", "unknown", "催记：客户工资卡流水显示每月10号入账15,800元，另有公积金余额约6万，可提示客户"
     "提取公积金还款。", [], [S]),
    ("app", "unknown", "催记：联系人电话13923718126（客户哥哥戴志刚），客户本人号码停机。",
     [(MB, "13923718126"), (P, "戴志刚")], [U, X]),
    ("app", "unknown", "催记：客户自述信伊斯兰教，每周五中午去清真寺做礼拜，约定周五下午3点后再联系。",
     [], [S]),
]

# --- e-mails to vendors, agencies and employers -----------------------------------------------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "收件人：ops@hengxinda-am.com.cn\n主题：6月委外案件补充资料\n\n恒信达各位好，附件为本月"
     "委外的42户车贷案件清单，清单中身份证号、手机号已按约定脱敏（如320582********2735）。如需完整信息请"
     "走系统申请。\n驰远汽车金融 贷后管理部", [(EM, "ops@hengxinda-am.com.cn")], []),
    ("email", "unknown", "收件人：ops@hengxinda-am.com.cn\n主题：急：邵明辉案补充\n\n客户邵明辉，身份证"
     "341204199307241770，手机13655922240，工作单位苏州捷航物流有限公司，住吴中区宝带西路2188号"
     "7幢502。请尽快外访。",
     [(EM, "ops@hengxinda-am.com.cn"), (P, "邵明辉"), (ID, "341204199307241770"), (MB, "13655922240"),
      (A, "吴中区宝带西路2188号7幢502")], [U, X]),
    ("email", "unknown", "To: case@dingcheng-collect.cn\nSubject: 随心付 M2 案件交接\n\n鼎诚的同事好：本批次"
     "1,204户，明细见系统。请注意，用户的消费明细（商户、时间）不在委托范围内，请勿向用户提及。",
     [(EM, "case@dingcheng-collect.cn")], []),
    ("email", "unknown", "To: case@dingcheng-collect.cn\nSubject: 重点户跟进\n\n黄子昊这户，用户近三个月"
     "在随心付的消费主要是夜店和酒吧，单笔最高3,200，每周五晚上都在“蓝调酒吧”，可以那个时间段去找他。",
     [(EM, "case@dingcheng-collect.cn"), (P, "黄子昊")], [S]),
    ("email", "third_party", "收件人：hr@jiehang-logistics.com\n主题：关于贵司员工邵明辉\n\n您好，我司是"
     "驰远汽车金融，贵司员工邵明辉的车贷已逾期41天，请贵司协助督促其还款，或从工资中代扣。",
     [(EM, "hr@jiehang-logistics.com"), (P, "邵明辉")], [D]),
    ("email", "third_party", "收件人：hr@jiehang-logistics.com\n主题：请协助转交信件\n\n您好，我司有一封给"
     "贵司员工邵明辉先生的密封信件，因其住址信件多次退回，能否请贵司代为转交本人？信件内容仅其本人可拆阅。"
     "\n寄件方客服部 0512-65287716",
     [(EM, "hr@jiehang-logistics.com"), (P, "邵明辉"), (LL, "0512-65287716")], []),
    ("email", "third_party", "收件人：wuye@lvyuan-pm.com\n主题：住户联系方式\n\n物业您好，我们是随心付，贵小区"
     "3栋1202的黄子昊欠我们账单已逾期3个月，麻烦提供一下他的电话或者帮忙转告。",
     [(EM, "wuye@lvyuan-pm.com"), (P, "黄子昊")], [D]),
    ("email", "third_party", "收件人：wuye@lvyuan-pm.com\n主题：地址核实\n\n物业您好，请问贵小区是否有3栋1202"
     "这个门牌？我们有挂号信件寄送，想确认地址是否准确。谢谢。\n寄件方联系电话：0571-87063321",
     [(EM, "wuye@lvyuan-pm.com"), (LL, "0571-87063321")], []),
    ("email", "unknown", "收件人：legal@qianhe-law.cn\n主题：拟起诉案件材料\n\n钱律师好，拟起诉的3户材料见附件，"
     "其中钱志远（身份证370213197301154539，借款合同CY2023-1107-02218）欠本息46,380元。",
     [(EM, "legal@qianhe-law.cn"), (P, "钱志远"), (ID, "370213197301154539")], [U]),
    ("email", "unknown", "收件人：legal@qianhe-law.cn\n主题：拟起诉案件材料\n\n钱律师好，拟起诉的3户材料已通过"
     "加密网盘发送，提取码请电话索取。证件号等信息请勿通过邮件往来。", [(EM, "legal@qianhe-law.cn")], []),
    ("email", "unknown", "发件人：risk@suixinfu.com\n收件人：case@dingcheng-collect.cn\n主题：用户更新的联系方式\n\n"
     "用户刘琳琳新号码+86 19147176002，其男友电话17760520087（王浩），可联系。",
     [(EM, "risk@suixinfu.com"), (EM, "case@dingcheng-collect.cn"), (P, "刘琳琳"), (MB, "19147176002"),
      (MB, "17760520087"), (P, "王浩")], [U, X]),
    ("email", "unknown", "发件人：risk@suixinfu.com\n收件人：case@dingcheng-collect.cn\n主题：用户更新的联系方式\n\n"
     "用户刘琳琳已在APP内更新联系方式，请以系统为准，勿另行收集第三方号码。",
     [(EM, "risk@suixinfu.com"), (EM, "case@dingcheng-collect.cn"), (P, "刘琳琳")], []),
    ("email", "unknown", "收件人：ops@hengxinda-am.com.cn\n主题：车辆定位\n\n戴志明的车（GPS设备号"
     "GT0623-7781）近一周每晚都停在相城区阳澄湖路那家KTV，凌晨2点后才离开，可安排拖车。",
     [(EM, "ops@hengxinda-am.com.cn"), (P, "戴志明")], [S]),
    ("email", "third_party", "收件人：finance@chuangyi-design.cn\n主题：关于刘琳琳\n\n你好，刘琳琳在我司的"
     "账单一直没处理，听说她在你们公司财务部，能否让她尽快联系随心付？",
     [(EM, "finance@chuangyi-design.cn"), (P, "刘琳琳"), (P, "刘琳琳")], [D]),
]

# --- identifiers in every written and spoken form -------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信达】曾女士，您的联系电话+86 15581044325已登记为还款提醒号码，如需变更请回复。",
     [(MB, "15581044325")], [U]),
    ("sms", "debtor", "【恒信达】曾女士，受驰远汽车金融委托，提醒您本期月供已逾期，请致电0512-68012233转"
     "6021联系您的专员。您先生温建平的电话15138215675也已备案。", [(LL, "0512-68012233"), (P, "温建平"), (MB, "15138215675")], [U, X]),
    ("sms", "debtor", "【鼎诚】您好，您在随心付的账单已逾期，核对号码0086-18256326187是否为您本人使用？",
     [(MB, "18256326187")], [U]),
    ("sms", "debtor", "【鼎诚】您好，您的账单已逾期，本短信发送至您尾号6187的手机，如非本人请忽略。", [], []),
    ("sms", "debtor", "【鼎诚】请核对还款人手机：189.1572.4092，如有误请回复正确号码。", [(MB, "189.1572.4092")],
     [U]),
    ("sms", "debtor", "【鼎诚】核对：您登记的手机为189-1572-4092，身份证为130104196912091388。",
     [(MB, "189-1572-4092"), (ID, "130104196912091388")], [U]),
    ("sms", "debtor", "【恒信达】庞先生身份证号码\n140107199709255564\n已核实，您的车贷逾期23天。",
     [(ID, "140107199709255564")], [U]),
    ("sms", "debtor", "【恒信达】庞先生，您的车贷逾期23天，身份证号140107********5564已核实。", [], []),
    ("app", "debtor", "【驰远汽车金融】扣款卡：6217 0001 8553 5309 150 ，请保持余额充足。",
     [(BC, "6217 0001 8553 5309 150")], [U]),
    ("app", "debtor", "【驰远汽车金融】扣款卡：6217 **** **** **** 150，请保持余额充足。", [], []),
    ("app", "debtor", "【随心付】您的还款卡6228-4852-9630-3726已解绑。", [(BC, "6228-4852-9630-3726")], [U]),
    ("app", "debtor", "【随心付】还款卡号6214830902283529752扣款成功，金额986.00元。",
     [(BC, "6214830902283529752")], [U]),
    ("sms", "debtor", "【禾丰农贷】請核對身份證號：１４０１０７１９６９０４１６０６９８，如有錯誤請回覆。",
     [(ID, "１４０１０７１９６９０４１６０６９８")], [U]),
    ("sms", "debtor", "【禾丰农贷】蒋德才，您手机幺五幺拐三勾幺八六八勾登记的贷款已逾期，请到村服务点处理。",
     [(P, "蒋德才"), (MB, "幺五幺拐三勾幺八六八勾")], [U]),
    ("sms", "debtor", "【禾丰农贷】您的客户经理是小向，电话15838073112，有事随时打。", [(MB, "15838073112")], []),
    ("notice", "debtor", "还款确认单\n客户：邹建华\n身份证：5 2 0 1 0 2 1 9 6 9 0 5 2 1 8 8 7 0\n"
     "还款金额：3,216.50元\n还款日期：2025年6月30日",
     [(P, "邹建华"), (ID, "5 2 0 1 0 2 1 9 6 9 0 5 2 1 8 8 7 0")], [U]),
    ("notice", "debtor", "证件识别结果（OCR）\n姓名：覃秀英\n护照号码：E A 1 9 6 3 5 2 8\n有效期至：2031-04-17",
     [(P, "覃秀英"), (PP, "E A 1 9 6 3 5 2 8")], [U]),
    ("app", "debtor", "【驰远汽车金融】您提交的港澳通行证C63920714已过期，请重新上传。", [(PP, "C63920714")], [U]),
    ("app", "debtor", "【随心付】您的回乡证H 8823 4016登记的用户账单已逾期，请尽快处理。", [(PP, "H 8823 4016")], [U]),
    ("sms", "debtor", "【恒信达】温先生：您的住宅电话0755-26603418已登记为第二联系电话，请确认。", [(LL, "0755-26603418")],
     [U]),
    ("sms", "debtor", "【恒信达】温先生您好，您的车贷逾期请联系专员，电话(0512)68012233-6034。",
     [(LL, "(0512)68012233")], []),
    ("call", "debtor", "坐席：温先生，您家里座机我念一下，洞七五五两六六洞三四幺八，没错吧？\n客户：没错",
     [(LL, "洞七五五两六六洞三四幺八")], [U]),
    ("sms", "debtor", "【鼎诚】你卡号6216610407784072337里的钱够还本月账单了吧",
     [(BC, "6216610407784072337")], [U]),
    ("sms", "debtor", "【鼎诚】手机号码13084716490用户您好，您的随心付账单已逾期。", [(MB, "13084716490")], [U]),
    ("sms", "debtor", "【恒信达】户主身份证52010219920914244X已逾期，车辆可能被收回。", [(ID, "52010219920914244X")],
     [U]),
    ("app", "debtor", "【随心付】您好，您的账户账单已逾期，实名认证信息：李*娜 4201**********8353。", [], []),
    ("call", "debtor", "坐席：您记一下我们的收款卡号啊，六二二二 零二零一 九四二八 八一七七 四三零，户名驰远汽车"
     "金融。\n客户：好的。", [(BC, "六二二二 零二零一 九四二八 八一七七 四三零")], []),
    ("call", "debtor", "坐席：你护照号我念一哈，G两八七四幺洞勾六，没得错嘛\n客户：嗯",
     [(PP, "G两八七四幺洞勾六")], [U]),
    ("sms", "debtor", "【禾丰农贷】熊先生旧身份证号510104620603981已更换，请到营业点更新资料。",
     [(ID, "510104620603981")], [U]),
]

# --- decoys of the same shapes --------------------------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【驰远汽车金融】您的合同编号320582201913452735已归档，如需纸质版请至门店领取。", [], []),
    ("sms", "debtor", "【随心付】您的订单8203 6617 4492 0158 已发货，运单号YT7521384069015。", [], []),
    ("sms", "debtor", "【鼎诚】您的案件编号2025-0618-3391-0047，请在沟通时提供此编号。", [], []),
    ("sms", "debtor", "【随心付】验证码 ６２９１４７，5分钟内有效。非本人操作请忽略。", [], []),
    ("sms", "debtor", "【禾丰农贷】您本期应还款人民币壹万壹仟叁佰元整（11,300.00元），到期日2025年8月15日。", [], []),
    ("sms", "debtor", "【驰远汽车金融】客服热线95533、4008-201-339，工作时间8:30-20:00。", [], []),
    ("call", "debtor", "坐席：您好，我是驰远金融客服，工号幺三零八四，您的合同号是幺八二五六三两六幺八拐洞幺，"
     "一共十三位。\n客户：嗯嗯", [], []),
    ("call", "debtor", "坐席：我们热线是四洞洞八两洞幺三三九，您有问题可以直接打。\n客户：好", [], []),
    ("app", "debtor", "【随心付】发票号码：04400230011205837710（20位）已开具，可在“发票”中下载。", [], []),
    ("app", "debtor", "【驰远汽车金融】交易流水号6228480877627687670已入账，金额4,105.00元。", [], []),
    ("app", "debtor", "【驰远汽车金融】您的车辆VIN：LFV2A21K6E3048152，车牌：苏E·82N6Q，年检有效期至2026年3月。",
     [], []),
    ("sms", "debtor", "【恒信达】您好，您的协商编号 1025 5922 240，请在回电时报此编号。", [], []),
    ("app", "debtor", "【随心付】工单号：205 0337 2385，客服将在24小时内回复。", [], []),
    ("sms", "debtor", "【鼎诚】调解案号（2025）苏0508民诉前调4417号，请于7月10日前联系调解员。", [], []),
    ("app", "debtor", "【随心付】您手机号138****2205的账户已登录新设备，非本人操作请修改密码。", [], []),
    ("sms", "debtor", "【恒信达】专员分机6021，工号HX0917，上班时间9:00-18:00。", [], []),
    ("call", "debtor", "机器人：您的验证码是，幺拐拐两，勾，洞，五幺。重复一遍，幺拐拐两勾洞五幺。", [], []),
    ("notice", "debtor", "结清证明\n编号：CY-JQ-2025-004417\n兹证明客户（合同尾号2218）的汽车贷款本息已于"
     "2025年7月1日全部结清，我司将于15个工作日内办理抵押解除。\n驰远汽车金融有限公司", [], []),
    ("email", "unknown", "To: billing@fastpost-express.com\nSubject: 运单对账\n\n6月寄送催收函运单共318单，"
     "运单号段SF1409372265001至SF1409372265318，请核对账单金额2,862元。",
     [(EM, "billing@fastpost-express.com")], []),
]

# --- third parties: spouses, parents, villagers, cadres, employers, dealers, guarantors' families ---------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【驰远汽车金融】张女士您好，您先生罗建军的车的事一直没处理，麻烦您提醒他一下。",
     [(P, "罗建军")], [D]),
    ("sms", "third_party", "张女士您好，我们有事联系罗建军先生，麻烦您转告他方便时回电"
     "0512-65287716，谢谢。", [(P, "罗建军"), (LL, "0512-65287716")], []),
    ("sms", "third_party", "阿姨您好，我是驰远的小周，您儿子那台车每个月的钱已经两个月没交了，您帮忙说说他。",
     [], [D]),
    ("sms", "third_party", "阿姨您好，我是小周，有件事需要联系您儿子，麻烦让他给我回个电话，谢谢您。", [], []),
    ("call", "third_party", "坐席：喂，是蒋德才的爱人吧？\n联系人：是，啥子事？\n坐席：你男人在我们禾丰借的钱"
     "还没还清，你跟他讲一哈。", [(P, "蒋德才")], [D]),
    ("call", "third_party", "坐席：喂，请问是蒋德才家里吗？\n联系人：他不在，出去了。\n坐席：那麻烦你跟他讲一哈，"
     "让他回个电话给小杨，谢谢。", [(P, "蒋德才")], []),
    ("call", "third_party", "坐席：喂，王支书吧？我禾丰农贷的，你们村的吴德福在我们这里的贷款拖了好久了，你们"
     "村上帮忙做下工作。\n联系人：我晓得了。", [(P, "吴德福")], [D]),
    ("call", "third_party", "坐席：喂，王支书您好，我想问一下，吴德福家是不是还住在田坝村三组？我们有信件要寄给他。"
     "\n联系人：是的，还在那里。", [(P, "吴德福")], []),
    ("app", "third_party", "[微信] 专员：刘姐，我是随心付的，你同事刘琳琳的账单拖了三个月了，你能帮忙跟她说下吗？",
     [(P, "刘琳琳")], [D]),
    ("app", "third_party", "[微信] 专员：刘姐你好，冒昧打扰，能不能请你转告刘琳琳给我回个消息？谢谢。",
     [(P, "刘琳琳")], []),
    ("sms", "third_party", "【恒信达】罗先生的车贷担保人家属您好：罗先生逾期已两个月，作为担保人家属请配合督促还款。",
     [], [D]),
    ("sms", "third_party", "【恒信达】韦国栋先生，您作为借款合同CY2024-0311-11274的连带责任保证人，借款人已逾期"
     "60天，依约您需承担保证责任，请与我司联系。", [(P, "韦国栋")], []),
    ("call", "third_party", "坐席：您好，是韦国栋先生吗？\n联系人：是我。\n坐席：您是您侄子车贷的担保人，"
     "合同上有您的签字，他已经逾期两个月了，您需要承担连带还款责任。", [(P, "韦国栋")], []),
    ("call", "third_party", "坐席：您好，请问是韦国栋先生吗？\n联系人：他是我老公，他不在。\n坐席：您跟他说一下，"
     "他担保的那笔车贷，借款人不还，现在轮到他还了，四万多呢。", [(P, "韦国栋")], [D]),
    ("sms", "third_party", "【驰远汽车金融】通达汽车4S店您好，贵店2023年售出的车牌苏E·7K2M9车辆车主罗建军车贷"
     "已逾期，请协助提供其最新联系方式。", [(P, "罗建军")], [D]),
    ("sms", "third_party", "【驰远汽车金融】通达汽车4S店您好，请问贵店是否还接受我司贷款车辆的保养预约登记？"
     "业务联系人小周0512-65287716。", [(LL, "0512-65287716")], []),
    ("call", "third_party", "坐席：喂，老蒋他兄弟吧？你哥那个事你晓得不，县里都在传，你帮我劝劝他。\n"
     "联系人：啥子事哦？\n坐席：就钱那个事嘛，他晓得的。", [], [D]),
    ("call", "third_party", "坐席：你好，是罗建军单位吗？我找一下罗建军。\n联系人：他出车了。\n坐席：好的，那我"
     "晚点再打他手机，谢谢。", [(P, "罗建军"), (P, "罗建军")], []),
    ("call", "third_party", "坐席：你好，是捷航物流吗？你们那个司机邵明辉，他的车还是我们公司的抵押车，月供都"
     "没交，你们注意一下。\n联系人：我们不清楚。", [(P, "邵明辉")], [D]),
    ("app", "third_party", "【刘家亲戚群】随心付催收员：请问刘琳琳的家人在吗？她在我们平台的钱到现在还没结清，"
     "麻烦家人提醒一下。", [(P, "刘琳琳")], [D]),
    ("app", "third_party", "【捷航司机群】恒信达外访：邵哥最近手头紧大家都知道，他那台车的事看到了回我一下。",
     [], [D]),
    ("app", "third_party", "【三组村民群】禾丰农贷小杨：蒋大哥那个钱的事，乡亲们见到了帮忙说一声。", [], [D]),
    ("sms", "third_party", "【随心付】您好，您是刘琳琳的紧急联系人，她的账单已逾期，金额3,860元，请转告她。",
     [(P, "刘琳琳")], [D]),
    ("sms", "third_party", "【随心付】您好，刘琳琳将您设为紧急联系人，我们暂时联系不上她，请转告她登录APP查看"
     "消息，谢谢。", [(P, "刘琳琳")], [D]),
    ("sms", "third_party", "您好，这里是一家客服中心，我们暂时无法联系到您的朋友小刘，请转告她回电，谢谢。",
     [], []),
    ("call", "third_party", "坐席：喂，是刘琳琳妈妈吗？\n联系人：是，你哪个？\n坐席：我们是她借钱的那个平台，她那"
     "点钱也不多，您帮她还了算了。", [(P, "刘琳琳")], [D]),
    ("call", "third_party", "坐席：喂，你好，请问是刘琳琳吗？\n联系人：不是，打错了。\n坐席：不好意思，打扰了。",
     [(P, "刘琳琳")], []),
    ("call", "third_party", "坐席：喂，请问是戴志明吗？\n联系人：我是他爸。\n坐席：叔叔，戴志明那台车被我们"
     "GPS锁了，月供还差六千三，您看怎么办。", [(P, "戴志明"), (P, "戴志明")], [D]),
    ("call", "third_party", "坐席：喂，请问是戴志明吗？\n联系人：我是他爸，他不在家。\n坐席：叔叔您好，麻烦您"
     "让他给我回个电话，我姓周。\n联系人：行。", [(P, "戴志明")], []),
    ("notice", "third_party", "致苏州捷航物流有限公司人事部：\n贵司员工邵明辉因车辆贷款逾期，我司已多次催收无果，"
     "特函请贵司协助督促。\n驰远汽车金融有限公司\n2025年7月3日", [(P, "邵明辉")], [D]),
    ("notice", "third_party", "致苏州捷航物流有限公司人事部：\n随函附上写给贵司员工邵明辉先生的密封信件一封，"
     "烦请转交本人，谢谢。\n寄件方客服部 0512-65287716\n2025年7月3日", [(P, "邵明辉"), (LL, "0512-65287716")], []),
    ("app", "third_party", "[微信] 专员：嫂子，志明哥那个车的事你晓得不？他说这个月发了工资就交，你帮我盯一下。",
     [], [D]),
    ("sms", "third_party", "【禾丰农贷】田坝村委会您好：贵村村民蒋德才、吴德福、樊秀兰三户贷款已逾期，请村委"
     "协助通知。", [(P, "蒋德才"), (P, "吴德福"), (P, "樊秀兰")], [D]),
    ("call", "third_party", "坐席：喂，是熊老板的合伙人吧？跟你说一下，他在我们禾丰的那笔果园贷还没还，"
     "你们生意上注意点。\n联系人：啊？", [], [D]),
    ("call", "third_party", "坐席：您好，请问这是曾丽华的电话吗？\n联系人：我是她同事，她手机没带。\n"
     "坐席：好的，谢谢您，我晚点再联系她。", [(P, "曾丽华")], []),
    ("call", "third_party", "坐席：您好，请问曾丽华在吗？\n联系人：她在开会，我是她同事。\n坐席：那您跟她说一下，"
     "驰远汽车金融找她，月供的事，让她尽快回电。", [(P, "曾丽华")], [D]),
    ("sms", "third_party", "【恒信达】黄先生您好，您女儿黄小雨的随心付账单已逾期，她的手机17722990051一直关机，"
     "请联系她。", [(P, "黄小雨"), (MB, "17722990051")], [D, U]),
    ("app", "third_party", "[微信] 恒信达专员：王浩你好，你女朋友刘琳琳欠了我们平台的钱，她住在滨江区江虹路611号"
     "那个小区吧？", [(P, "王浩"), (P, "刘琳琳"), (A, "滨江区江虹路611号")], [D, X]),
    ("app", "third_party", "[微信] 恒信达专员：王浩你好，我们在找刘琳琳，如果你能联系到她，麻烦让她回个电话。",
     [(P, "王浩"), (P, "刘琳琳")], []),
    ("sms", "third_party", "【驰远汽车金融】罗先生的前妻您好，罗先生名下车辆的贷款还欠着，您知道他现在住哪吗？",
     [], [D]),
    ("call", "third_party", "坐席：喂，老乡，你认得你们组上的樊秀兰不？\n联系人：认得，咋了？\n坐席：她欠"
     "禾丰的钱，你见到了喊她还。", [(P, "樊秀兰")], [D]),
    ("call", "third_party", "坐席：喂，老乡，你认得樊秀兰不？我们找她有点事。\n联系人：认得。\n坐席：那麻烦你喊她"
     "回个电话，谢谢。", [(P, "樊秀兰")], []),
    ("sms", "third_party", "【驰远汽车金融】通达车行李经理：您介绍来的客户邵明辉逾期了，后面您介绍的客户审批会"
     "从严。", [(P, "邵明辉")], [D]),
    ("email", "third_party", "收件人：laoshi_chen@163.com\n主题：请联系学生家长\n\n陈老师您好，贵班学生黄乐乐"
     "的父亲黄子昊在我平台有欠款未还，请转告家长联系我们。",
     [(EM, "laoshi_chen@163.com"), (P, "黄乐乐"), (P, "黄子昊")], [D, S, X]),
    ("sms", "third_party", "【随心付】您好，您的好友刘琳琳在随心付的账单已逾期，逾期会影响个人征信，请提醒她。",
     [(P, "刘琳琳")], [D]),
    ("call", "third_party", "坐席：喂，你是邵明辉的房东吧？他那个车停你们院子里，我们是放贷的，车是抵押给我们的。"
     "\n联系人：这关我啥事。", [(P, "邵明辉")], [D]),
    ("call", "third_party", "坐席：喂，是邵明辉的房东吗？请问他还住在这里吗？我们有他的快递信件。\n联系人：还住。",
     [(P, "邵明辉")], []),
    ("app", "third_party", "[微信] 专员：姐，你弟那个事你跟他讲了没？就那个每月要还的，再拖就不好办了。", [], [D]),
    ("sms", "third_party", "【禾丰农贷】熊大姐，你屋头老熊在我们这里那个果园的事，麻烦你喊他来镇上一趟。",
     [], [D]),
    ("sms", "third_party", "熊大姐您好，麻烦转告熊先生，镇上的小向请他方便时回个电话15838073112，谢谢。",
     [(MB, "15838073112")], []),
]

# --- family, work and daily life beside what a message needs ---------------------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【恒信达】罗建军，你父亲罗长贵、母亲何玉珍都还住在宜良县匡远街道北门街42号吧，"
     "车贷的事别让老人操心。", [(P, "罗建军"), (P, "罗长贵"), (P, "何玉珍"), (A, "宜良县匡远街道北门街42号")],
     [X]),
    ("sms", "debtor", "【恒信达】罗建军先生，您的车贷已逾期两个月，如需协商还款计划请回复本短信。",
     [(P, "罗建军")], []),
    ("sms", "debtor", "【恒信达】曾丽华女士，您丈夫是温州医科大学附属二院的医生温建平吧？您这笔月供不该拖。",
     [(P, "曾丽华"), (P, "温建平")], [X]),
    ("sms", "debtor", "【鼎诚】刘琳琳，你在创意设计公司财务部，直属领导是周敏，你拖欠账单的事情我们不想"
     "让她知道。", [(P, "刘琳琳"), (P, "周敏")], [X]),
    ("sms", "debtor", "【鼎诚】刘琳琳，你的随心付账单已逾期三个月，请登录APP或回复本短信协商。", [(P, "刘琳琳")],
     []),
    ("app", "debtor", "【随心付】黄子昊，你弟弟黄子轩（17710481496）和你妹妹黄子琪都是你的紧急联系人吧？",
     [(P, "黄子昊"), (P, "黄子轩"), (MB, "17710481496"), (P, "黄子琪")], [U, X]),
    ("app", "debtor", "【随心付】黄子昊，你填写的紧急联系人不会被告知你的账单情况，请放心，尽快还款即可。",
     [(P, "黄子昊")], []),
    ("sms", "debtor", "【禾丰农贷】吴德福，你女婿李建新在县城开五金店，门面在建设路88号，你借的钱让他帮一把嘛。",
     [(P, "吴德福"), (P, "李建新"), (A, "建设路88号")], [X]),
    ("call", "debtor", "坐席：戴哥，你老婆叫孙丽，在相城区人民医院当护士，你儿子戴子涵在实验二小三年级四班，"
     "我们都有数。\n客户：你们查我家人干嘛",
     [(P, "孙丽"), (P, "戴子涵")], [S, X]),
    ("call", "debtor", "坐席：戴哥，家里的情况我们不问，就说车贷的事，这期六千三你打算怎么安排？\n"
     "客户：下周一先还三千。", [], []),
    ("app", "debtor", "专员：邵哥，你那个司机群的队长陈国强（18989711139）说你这礼拜跑的是苏州到郑州那条线，"
     "周五回来？", [(P, "陈国强"), (MB, "18989711139")], [S, U, X]),
    ("app", "debtor", "专员：邵哥，您好，知道您跑车辛苦，方便的时候回个消息，我们把这期月供的方案定下来。",
     [], []),
    ("sms", "debtor", "【驰远汽车金融】邹建华，你前妻赵红梅说你现在住在她那里，在观山湖区金阳南路66号。",
     [(P, "邹建华"), (P, "赵红梅"), (A, "观山湖区金阳南路66号")], [S, X]),
    ("call", "debtor", "坐席：闫先生您好，您太太的手机号一八六三零四五八三六零，您岳父岳母也在我们这边留了"
     "电话。\n客户：你怎么有这些",
     [(MB, "一八六三零四五八三六零")], [U, X]),
    ("sms", "debtor", "【恒信达】闫先生，您每天晚上九点在工业园二号门下夜班，到时候我们在门口等您。", [], [S]),
    ("sms", "debtor", "【恒信达】闫先生，下周二上午我们外访同事会到您合同上的住址拜访，如不方便请提前告知。",
     [], []),
    ("app", "debtor", "【随心付】你孩子在阳光幼儿园大班，每天下午4点接送，学费一个月3,800，你有钱交学费没"
     "钱还账单？", [], [S]),
    ("sms", "debtor", "【禾丰农贷】樊大姐，您儿子樊军在深圳打工，电话13167580512，我们已经跟他联系过了，"
     "您放心。", [(P, "樊军"), (MB, "13167580512")], [U, X]),
    ("sms", "debtor", "【禾丰农贷】熊先生，您的儿子熊涛在县一中高三住校，老婆在镇卫生院上班，这些我们都"
     "了解，贷款还是要还。", [(P, "熊涛")], [S, X]),
    ("call", "debtor", "坐席：钱先生您好，我看到您去年确诊了糖尿病，每个月要打胰岛素，开销大我们理解，"
     "但月供还是要还。\n客户：这你们也知道？", [], [S]),
    ("call", "debtor", "客户：我有糖尿病，每个月药费都要一千多。\n坐席：理解，您这种情况可以申请延期或者"
     "分期，我给您登记一下。", [], []),
    ("sms", "debtor", "【驰远汽车金融】钱先生，您的车贷今天又在澳门关口附近定位到，出境前请先处理好逾期。",
     [], [S]),
    ("app", "debtor", "【随心付】你最近两周每天早上8点在西溪地铁站C口刷码进站，晚上7点回来，"
     "账单的事你今天能处理吗？", [], [S]),
    ("sms", "debtor", "【恒信达】曾女士，您上个月在妇幼保健院做了产检，预产期在10月，生孩子要花钱，车贷"
     "更要早点安排。", [], [S]),
    ("sms", "debtor", "【恒信达】曾女士，如您因孕产期收入减少，可申请延期还款，我们会为您保密。", [], []),
    ("call", "debtor", "坐席：邵哥，你上个月酒驾被拘了十五天我们晓得，车也扣了，现在出来了吧？月供还是要还。\n"
     "客户：你们咋知道的", [], [S]),
    ("email", "unknown", "收件人：ops@hengxinda-am.com.cn\n主题：客户家庭情况\n\n罗建军的老婆张晓燕在外企"
     "上班，儿子罗一鸣读高一，岳父张德明是退休教师，电话15863701354，可作为施压对象。",
     [(EM, "ops@hengxinda-am.com.cn"), (P, "罗建军"), (P, "张晓燕"), (P, "罗一鸣"), (P, "张德明"),
      (MB, "15863701354")], [S, U, X]),
    ("email", "unknown", "收件人：ops@hengxinda-am.com.cn\n主题：客户家庭情况\n\n罗建军一户，家属不在委托范围，"
     "请勿联系其配偶及岳父母，仅联系本人。", [(EM, "ops@hengxinda-am.com.cn"), (P, "罗建军")], []),
    ("app", "debtor", "专员：韦先生，你们公司的财务总监蒙丽萍电话是19855721389吧，你再不还款我只能问问她你的"
     "工资发放情况了。", [(P, "蒙丽萍"), (MB, "19855721389")], [U, X]),
    ("sms", "debtor", "【鼎诚】刘琳琳，你合租的室友陈佳、楼下便利店老板都说你最近晚上11点以后才回家。",
     [(P, "刘琳琳"), (P, "陈佳")], [S, X]),
    ("sms", "debtor", "【禾丰农贷】老吴，你在县城医院做完心脏支架，我们也去看过你了，身体好了就把贷款"
     "还上。", [], [S]),
    ("sms", "debtor", "【禾丰农贷】吴伯，祝您早日康复！您的贷款我们已为您办理延期至年底，期间不会催收。", [], []),
    ("sms", "debtor", "【鼎诚】刘琳琳，你表姐刘雯在滨江区江虹路那家银行上班，你舅舅刘建业也在杭州，亲戚都在，"
     "账单别再拖了。", [(P, "刘琳琳"), (P, "刘雯"), (P, "刘建业")], [X]),
    ("call", "debtor", "坐席：闫先生 你岳父叫孟庆山 岳母叫吴淑芬 住在高新区锦业路9号那个小区 这笔钱你看咋办\n"
     "客户：你别去找他们", [(P, "孟庆山"), (P, "吴淑芬"), (A, "高新区锦业路9号")], [X]),
    ("app", "debtor", "【禾丰农贷】覃阿姨，您侄子覃海波在镇上开摩托修理铺，您弟弟覃志坚在广州打工，您的贷款"
     "也可以请他们帮忙。", [(P, "覃海波"), (P, "覃志坚")], [X]),
]

# --- Cantonese and traditional characters ---------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【恒信達】陳生，你架車嘅供款已經拖咗兩期，請盡快聯絡我哋，電話0755-83261190轉602，或者叫你細佬陳國輝（13917077278）提你。",
     [(LL, "0755-83261190"), (P, "陳國輝"), (MB, "13917077278")], [U, X]),
    ("sms", "debtor", "【恒信達】陳生，你老婆李慧敏喺福田區深南中路3031號嗰間銀行返工，我哋唔想搵佢，你自己"
     "處理好啲。", [(P, "李慧敏"), (A, "福田區深南中路3031號")], [X]),
    ("call", "debtor", "坐席：喂陳生 你身份證號碼係四四零三零六一九七四一一零二九二八八 啱唔啱\n客户：係",
     [(ID, "四四零三零六一九七四一一零二九二八八")], [U]),
    ("call", "debtor", "坐席：喂陳生 我哋核對下身份 你講下身份證後四位\n客户：九二八八\n坐席：好 多謝",
     [], []),
    ("call", "debtor", "坐席：陳生 你個仔喺蛇口育才二小讀三年班 每日四點放學 你都唔想我哋去學校搵你吖嘛\n"
     "客户：你想點", [], [S]),
    ("app", "debtor", "【隨心付】你張卡6259652898880086上個禮拜喺尖沙咀碌咗八千幾，點解唔還賬？",
     [(BC, "6259652898880086")], [S, U]),
    ("app", "third_party", "【隨心付】陳太你好，陳生喺我哋度嘅賬單已經逾期兩個月，麻煩你叫佢還錢。", [], [D]),
    ("app", "third_party", "【隨心付】陳太你好，麻煩你叫陳生覆個電話俾我哋，唔該晒。", [], [D]),
    ("notice", "debtor", "還款通知\n借款人：林志偉\n回鄉證號碼："
     "M02847391\n您於本公司之汽車貸款已逾期45日，請於七日內繳清。\n聯絡電話：(0756)2271663",
     [(P, "林志偉"), (PP, "M02847391"), (LL, "(0756)2271663")], [U]),
    ("sms", "debtor", "【恒信達】林先生，您每週日上午都在氹仔那間教會做禮拜，我們會在教會門口等您談還款。",
     [], [S]),
    ("call", "third_party", "坐席：喂 請問係唔係陳國華屋企\n聯繫人：佢唔喺度 我係佢阿媽\n坐席：唔該你叫佢覆個電話俾"
     "我哋 我姓何 多謝", [(P, "陳國華")], []),
    ("call", "third_party", "坐席：喂 伯母 陳國華借咗我哋公司嘅錢未還 你叫佢快啲還啦\n聯繫人：我唔知喎",
     [(P, "陳國華")], [D]),
    ("email", "unknown", "收件人：hk-ops@hengxinda-am.com.hk\n主題：港區個案\n\n陳國華（回鄉證H60417283）每晚喺油麻地一間麻雀館打牌到深夜，可安排同事跟進。",
     [(EM, "hk-ops@hengxinda-am.com.hk"), (P, "陳國華"), (PP, "H60417283")], [S, U]),
]

# --- replies to complaints --------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor", "罗先生您好：\n您反映我司外包催收人员联系您岳父一事已收悉。经核查，情况属实，我司已"
     "暂停该机构的委托并要求整改。今后我们只与您本人联系。\n驰远汽车金融 客户服务部", [], []),
    ("email", "debtor", "罗先生您好：\n您的投诉已收悉。经查，您的岳父张德明（电话15863701354）是您登记的紧急"
     "联系人，我司联系他符合规定。\n驰远汽车金融 客户服务部",
     [(P, "张德明"), (MB, "15863701354")], [U, X]),
    ("app", "debtor", "【随心付】你好，你的投诉已处理。核实你在投诉中提供的身份证42011119740708835３"
     "信息无误，相关记录已存档。", [(ID, "42011119740708835３")], [U]),
    ("notice", "debtor", "投诉处理回复函\n\n韦志强先生：\n您于6月20日反映我司人员在您单位散布您欠款一事，经调查"
     "属实，已对相关人员作出处理。您的欠款可申请分期，专线0771-5509218。\n驰远汽车金融有限公司\n"
     "2025年6月28日", [(P, "韦志强"), (LL, "0771-5509218")], []),
    ("notice", "debtor", "投诉处理回复函\n\n韦志强先生：\n您的投诉已收悉。经核查，我司人员联系您的妻子"
     "黄丽萍（广西医科大学一附院内分泌科护士）系因您长期失联。\n驰远汽车金融有限公司",
     [(P, "韦志强"), (P, "黄丽萍")], [X]),
    ("email", "debtor", "樊女士您好：\n关于您反映的外访员在您家中拍照一事，我们已删除相关照片，并向您致歉。"
     "您的困难减免申请已批准。\n禾丰小额贷款有限公司", [], []),
    ("email", "debtor", "樊女士您好：\n关于您的投诉，外访员拍摄您的残疾证和低保证是为了核实您的困难情况，"
     "照片已发给催收组共享。\n禾丰小额贷款有限公司", [], [S]),
    ("app", "debtor", "【随心付】你的投诉已处理。经核实，我们此前根据你在平台购买的抗抑郁药订单判断你有还款"
     "困难，这属于正常的风控行为。", [], [S]),
]

# --- letters ---------------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "驰远汽车金融有限公司\n逾期还款通知书\n编号：CY-TZ-2025-0712\n\n罗建军先生：\n您于2022年"
     "9月签订的汽车贷款合同（编号CY2022-0918-07733）已逾期62天，尚欠本息9,648元。请于2025年7月20日"
     "前通过APP或对公账户还款。如有异议请在7日内致电0512-65287716。\n2025年7月5日",
     [(P, "罗建军"), (LL, "0512-65287716")], []),
    ("notice", "debtor", "驰远汽车金融有限公司\n逾期还款通知书\n\n罗建军先生（身份证号440306198204044850，"
     "手机18003337238）：\n您的车贷已逾期62天，尚欠本息9,648元，请于7日内还款。\n2025年7月5日",
     [(P, "罗建军"), (ID, "440306198204044850"), (MB, "18003337238")], [U]),
    ("notice", "debtor", "驰远汽车金融有限公司\n逾期还款通知书\n\n邵明辉先生：\n您的车贷已逾期41天。据我司GPS"
     "数据，车辆近一月常在苏州—郑州、苏州—武汉间往返，夜间多停于服务区。请于7日内还款。\n2025年6月30日",
     [(P, "邵明辉")], [S]),
    ("notice", "debtor", "随心付\n账单逾期提醒函\n\n黄子昊：\n你的账单已逾期93天，欠款3,860元。请于收函后"
     "10日内还款。本函寄送至：杭州市西湖区文三路478号华星大厦1602室。\n客服：4006-733-100",
     [(P, "黄子昊"), (A, "杭州市西湖区文三路478号华星大厦1602室")], []),
    ("notice", "debtor", "随心付\n账单逾期提醒函\n\n黄子昊：\n你的账单已逾期93天。经查你的消费记录，近三月"
     "在游戏充值、直播打赏上花费合计4.2万元，微信零钱、支付宝余额均有资金。\n客服：4006-733-100",
     [(P, "黄子昊")], [S]),
    ("notice", "debtor", "禾丰小额贷款有限公司\n催收函\n\n吴德福：\n你于2024年4月借款2万元，已逾期120天。"
     "你的女儿吴小燕（15693507113）、女婿李建新已被列为协助还款人。\n2025年7月1日",
     [(P, "吴德福"), (P, "吴小燕"), (MB, "15693507113"), (P, "李建新")], [U, X]),
    ("notice", "debtor", "禾丰小额贷款有限公司\n催收函\n\n吴德福：\n你于2024年4月借款2万元，已逾期120天，"
     "尚欠本息21,460元。请于2025年7月15日前到镇营业点还款。\n联系电话：0734-8862315\n2025年7月1日",
     [(P, "吴德福"), (LL, "0734-8862315")], []),
    ("notice", "debtor", "律师函\n\n致：曾丽华女士\n本所受驰远汽车金融有限公司委托，就您的汽车贷款逾期事宜"
     "致函。您的银行卡6222020676323446259近三月工资入账合计4.5万元，具备还款能力。\n江苏千禾律师事务所\n"
     "联系电话：0512-66871502", [(P, "曾丽华"), (BC, "6222020676323446259"), (LL, "0512-66871502")], [S, U]),
    ("notice", "debtor", "律师函\n\n致：曾丽华女士\n本所受驰远汽车金融有限公司委托，就您的汽车贷款逾期事宜"
     "致函，请于收函之日起10日内与委托方协商还款。\n江苏千禾律师事务所\n联系电话：0512-66871502",
     [(P, "曾丽华"), (LL, "0512-66871502")], []),
    ("notice", "debtor", "禾丰小额贷款有限公司\n还款提醒\n\n蒋德才：\n您的种植贷将于11月30日到期，本息8,640元。"
     "知悉您家今年遭受洪灾，可申请灾后延期，详询村服务点。\n2025年10月20日", [(P, "蒋德才")], []),
    ("notice", "debtor", "禾丰小额贷款有限公司\n还款提醒\n\n蒋德才（田坝村三组，身份证"
     "23010319650122696X）：\n您的种植贷将于11月30日到期，本息8,640元。\n2025年10月20日",
     [(P, "蒋德才"), (ID, "23010319650122696X")], [U]),
    ("notice", "debtor", "驰远汽车金融有限公司\n车辆收回通知书\n\n戴志明先生：\n因您的车贷逾期超过90天，依合同"
     "第十二条，我司将于2025年7月15日后依法收回抵押车辆（车牌苏E·82N6Q）。如在此前结清可撤回。\n"
     "抄送：戴长林（借款人之父，电话13342832533）\n2025年7月5日", [(P, "戴志明"), (P, "戴长林"), (MB, "13342832533")], [U, X]),
]

# --- more third parties, told more than a call-back needs ------------------------------------------------

MORE_THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【驰远汽车金融】何阿姨，您儿子罗建军的车贷逾期了，他老婆张晓燕的电话0086 18757803825"
     "也打不通，麻烦您转告。", [(P, "罗建军"), (P, "张晓燕"), (MB, "18757803825")], [D, U, X]),
    ("call", "third_party", "坐席：喂 是吴德福的亲家吧 他那个贷款拖了四个月了 他女婿李建新在县城开五金店的 "
     "你们两家商量一下\n联系人：这个我管不了", [(P, "吴德福"), (P, "李建新")], [D, X]),
    ("app", "third_party", "【田坝村村民群】禾丰农贷小杨：樊秀兰家里的，她儿子樊军电话是13167580512，你们谁"
     "见到樊大姐跟她说下贷款到期了。", [(P, "樊秀兰"), (P, "樊军"), (MB, "13167580512")], [D, U, X]),
    ("sms", "third_party", "【恒信达】孙女士，您丈夫戴志明的车贷已逾期，他父亲戴长林也在我们的联系人名单里，"
     "请尽快让他处理。", [(P, "戴志明"), (P, "戴长林")], [D, X]),
    ("call", "third_party", "坐席：喂 你是熊老板的弟弟吧 你嫂子叫陈桂兰在镇卫生院上班 你哥欠我们果园贷三万多 "
     "你们一家人商量\n联系人：我哥的事找我干啥", [(P, "陈桂兰")], [D, X]),
    ("email", "third_party", "收件人：hr@chuangyi-design.cn\n主题：员工刘琳琳\n\n贵司财务部员工刘琳琳，家住滨江区"
     "江虹路611号，在随心付逾期未还款，其男友王浩也联系不上，请人事部协助。",
     [(EM, "hr@chuangyi-design.cn"), (P, "刘琳琳"), (A, "滨江区江虹路611号"), (P, "王浩")], [D, X]),
    ("app", "third_party", "[微信] 专员：陈队长，你们车队的邵明辉欠我们车贷，他老婆叫周小红，在吴中区木渎镇"
     "开美甲店，你帮忙跟他说说。", [(P, "邵明辉"), (P, "周小红")], [D, X]),
    ("sms", "third_party", "【禾丰农贷】蒋德才的女儿您好，您父亲贷款逾期，您母亲杨春梅、弟弟蒋小军的电话都"
     "打不通，请您转告。", [(P, "蒋德才"), (P, "杨春梅"), (P, "蒋小军")], [D, X]),
    ("call", "third_party", "坐席：喂 是曾丽华的姐姐吧 我们驰远汽车金融的 你妹妹车贷没还 她老公温建平在医院"
     "上班的 你们劝劝\n联系人：我跟她不来往", [(P, "曾丽华"), (P, "温建平")], [D, X]),
    ("app", "third_party", "【黄家亲友群】随心付：黄子昊欠款未还，其父黄国平、其母林秀珍，请家属督促。",
     [(P, "黄子昊"), (P, "黄国平"), (P, "林秀珍")], [D, X]),
    ("sms", "third_party", "【恒信达】韦国栋先生的妻子您好，您丈夫担保的车贷借款人韦志强在南宁市青秀区民族大道"
     "136号住，已逾期，请转告。", [(P, "韦国栋"), (P, "韦志强"), (A, "南宁市青秀区民族大道136号")], [D, X]),
    ("call", "third_party", "坐席：喂 请问是闫先生的同事吗 他车贷欠着呢 他老婆电话一八六三零四五八三六零 "
     "你们谁见到跟他说\n联系人：我不认识他老婆", [(MB, "一八六三零四五八三六零")], [D, U, X]),
    ("app", "third_party", "[微信] 恒信达专员：李经理，您介绍来买车的钱志远月供拖了，他岳父张宝山留的电话"
     "19178504077，您帮忙问问。", [(P, "钱志远"), (P, "张宝山"), (MB, "19178504077")], [D, U, X]),
    ("sms", "third_party", "【随心付】刘女士，你女儿刘琳琳账单逾期，她室友陈佳说她最近都不回出租屋。",
     [(P, "刘琳琳"), (P, "陈佳")], [D, S, X]),
    ("call", "third_party", "坐席：喂 老乡 你们组的覃秀英 身份证四五洞三洞五八五洞四洞四六洞八 欠我们禾丰的钱"
     "\n联系人：我不清楚", [(P, "覃秀英"), (ID, "四五洞三洞五八五洞四洞四六洞八")], [D, U]),
    ("notice", "third_party", "致广西建工三公司工会：\n贵司职工韦志强（身份证431102197412139238）的车贷已逾期，"
     "其妻黄丽萍亦未配合，特函告知。\n驰远汽车金融有限公司",
     [(P, "韦志强"), (ID, "431102197412139238"), (P, "黄丽萍")], [D, U, X]),
    ("app", "third_party", "【驰远车友群】群主：邵哥那台车的钱还欠着，他弟邵明亮电话18233929981，有认识的"
     "帮忙说一声。", [(P, "邵明亮"), (MB, "18233929981")], [D, U, X]),
    ("email", "third_party", "收件人：service@tongda-auto.com\n主题：客户信息核实\n\n贵店客户戴志明（身份证"
     "320582196603190266）车贷逾期90天，其妻孙丽、其子戴子涵的信息是否有更新？",
     [(EM, "service@tongda-auto.com"), (P, "戴志明"), (ID, "320582196603190266"), (P, "孙丽"), (P, "戴子涵")],
     [D, U, X]),
    ("sms", "third_party", "【禾丰农贷】王支书：贵村熊大军（果园贷3.2万，逾期40天）的老婆陈桂兰、儿子熊涛，"
     "请村委做做工作。", [(P, "熊大军"), (P, "陈桂兰"), (P, "熊涛")], [D, X]),
    ("call", "third_party", "坐席：喂 是邵明辉房东吧 他车贷没还 他老婆周小红是不是也住你那 三楼那间\n联系人：不清楚",
     [(P, "邵明辉"), (P, "周小红")], [D, X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AF-CAR-FINANCE-SMS": CAR_FINANCE_SMS,
    "AF-PAY-LATER": PAY_LATER,
    "AF-RURAL-CREDIT": RURAL_CREDIT,
    "AF-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AF-ASR-CALLS": ASR_CALLS,
    "AF-CHATS": CHATS,
    "AF-QA-RECORDS": QA_RECORDS,
    "AF-EMAILS": EMAILS,
    "AF-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AF-DECOYS": DECOYS,
    "AF-THIRD-PARTIES": THIRD_PARTIES,
    "AF-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AF-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AF-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "AF-LETTERS": LETTERS,
    "AF-MORE-THIRD-PARTIES": MORE_THIRD_PARTIES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
