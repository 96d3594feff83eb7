"""Writes `pipl_heldout_ae.jsonl`, the thirty-first independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the domain references, `audit/message.py`, the record
helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants and closing functions of
`make_pipl_heldout_ac.py` (for the record format and the labelling conventions, which this set keeps). It did not
open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data, other tests or
any other set's entries, and ran no detector, scan or benchmark on these texts. The invented identifiers were drawn
once by a throw-away script (random area codes and birth dates with the right check character, some ending in X,
old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes), which
also spelled them out digit by digit for the spoken forms; they were typed into the texts by hand, and the
passports (E, EA, G) were typed to the pattern.

Three senders carry most of it: a car-finance company (monthly instalments, the deduction card, the car's tracker,
guarantors, repossession), a pay-later firm (orders, bound cards, face checks, spending) and a big-city collection
agency working for both. Its weight lies on identifiers and on the categories detectors find hardest. Identifiers
stand in over a hundred messages: mobiles, landlines with area codes (one in brackets, two with an extension after
转, one read aloud, a Taiwanese one), 18-digit IDs (some ending in X, one wholly in full-width digits with a
full-width X, one grouped 6-8-4 by spaces and one by hyphens, one spaced out digit by digit on a line of its own)
and old 15-digit ones, bank cards of 16 and 19 digits (grouped by fours with spaces or hyphens, or glued to the
words around them), and passports (E, EA with full-width digits, G); read aloud with 幺 洞 两 拐 勾, with 零 to
九 and in Cantonese, grouped by spaces, dots and hyphens, set on a line of their own, in full-width digits, behind +86 and
0086 (with and without a space), and glued to the Chinese words around them. Beside them stand decoys of the same
shapes: an 18-digit contract number with a thirteenth month, a 15-digit waybill number, a 19-digit contract number
grouped by hyphens, 16- and 19-digit refund, settlement and transaction numbers failing Luhn, a 20-digit invoice
number, an 11- and a 12-digit work-order and negotiation number (one read aloud like a mobile), a 13-digit
contract number read aloud, a court mediation case number, verification codes (one in full-width digits), a 95
number and a 400 number written and read aloud, amounts in words and figures, dates, masked forms (138****2205,
320583********3907, 6230 **** **** **** 576) and last digits; a lender's own collection account printed in a
text is an entity but no category, as are the collector's work mobile and the lender's and agency's landlines.
Third-party disclosure labels over sixty messages, many saying no more than that the money "is still hanging",
"has not been settled", naming only the lender or the car, or hinting that "everyone knows about his car loan", to
a wife, a husband, a mother, a father, a father-in-law, an uncle, a sister, a cousin, a girlfriend, an ex-wife,
a neighbour, a classmate, a friend, colleagues, a shop owner, a landlady, a business partner, a client
company, an HR department, a finance department, a teacher, a school, a property manager, a residents' committee
and owners', relatives', clan, townsmen's, drivers', parents' and workplace group chats; beside them contacts asked
only for a call-back, a wrong number, an ex-wife told nothing, guarantors told of what they signed, sealed letters
an employer is asked to hand over, a question to a property office or a residents' committee about a postal
address, and an apology to an employer for calls. `pii.excessive` labels over sixty messages: full names with a
home address or an employer, and the names and numbers of spouses, an ex-spouse, an ex-husband, a girlfriend, a
boyfriend, parents, parents-in-law, a grandfather, siblings, a brother-in-law, cousins, an uncle, an aunt,
children, colleagues, a finance director, a fleet leader, a direct manager, a business partner and a best friend.
`pii.sensitive` labels over fifty, mostly without the textbook words: dialysis, diabetes and insulin, chemotherapy
(of a mother and of the debtor), a psychiatric ward, anxiety and antidepressant medicines, liver disease, an
abortion, IVF, a pregnancy, an antenatal booking, a caesarean, sick leave to keep a pregnancy, a child's school,
class, kindergarten, school bus and home time, the car's tracker at night and at a hospital, a metro exit, a
delivery round, a night-shift exit, an office's closing time, a trucker's route, a mahjong parlour, horse racing,
KTV and bar spending, a trip abroad and exit records, salary inflows and a salary figure, wallet balances, a time
deposit, a provident-fund balance, debts at other banks and platforms, a credit report, late-night transfers to a
gaming site, a livelihood allowance, a disability certificate, a veteran's allowance, Sunday church, Friday
prayers at a mosque, face and voiceprint records, detention for drink-driving and drug rehabilitation. Beside
them stand debtors speaking of their own illness, childbirth and prayers, agents answering with a deferral,
instalments or a pause, and a lender's general offer to pause for illness or to use a face check. Registers: the
three senders' SMS templates and app notices, robot scripts with keypad turns, agents' calls as speech-to-text
output without punctuation, WeChat Work chats and group chats, e-mails to employers, a client company, a property
manager and a residents' committee, case hand-over sheets, CRM and quality-check notes, complaint replies, letters
(a lawyer's among them), Cantonese (Hong Kong) and traditional characters (Hong Kong and Taiwan).

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
  lawyer's landline, a lender's own collection account, the collector's work mobile, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor told of the obligation he signed is not disclosed to; hand-over sheets, CRM notes and e-mails
  passed between the lender and its agency go to an unknown recipient and are judged on the other categories
  only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's offer to pause for illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (胡先生, 老马, 陈姐) is not a PERSON, a given
name alone or after a kinship term is; ADDRESS reaches down to a road and number, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ae`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ae.jsonl"
ID_PREFIX = "PAE"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- a car-finance company's SMS templates -------------------------------------------------------------

CAR_FINANCE_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【驰远汽车金融】尊敬的客户，您的车贷第14期月供3,286.40元已于3月8日到期未还，请于3月15日前存入尾号"
     "6083的还款卡，如有疑问请拨打400-818-6627。", [], []),
    ("sms", "debtor", "【驰远汽车金融】邓志刚先生，您车贷本期扣款未成功，扣款卡6222020062940256，请今天下午五点前存入"
     "4,120元，逾期将上报征信。", [(P, "邓志刚"), (BC, "6222020062940256")], [U]),
    ("sms", "debtor", "【驰远汽车金融】您好，您尾号0256的卡本月已有三笔工资入账合计1.2万元，车贷4,120元却仍未扣到，"
     "请今天处理。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】客户潘丽娟，证件号４４０３０６１９８２０３１３６９０５，合同号CY-HT-2023-08817已逾期第9天，"
     "请致电021-6087 4415处理。", [(P, "潘丽娟"), (ID, "４４０３０６１９８２０３１３６９０５"), (LL, "021-6087 4415")], [U]),
    ("sms", "debtor", "【驰远汽车金融】您的提前结清申请已受理，受理编号440306202313150877，结清金额68,215.30元，请于6月30日前"
     "转入公司对公账户，切勿转入任何个人账户。", [], []),
    ("sms", "debtor", "【驰远汽车金融】尊敬的郑凯先生（住东莞市南城区宏图路88号鸿禧花园5栋1203，就职于东莞恒通电子厂），"
     "您的车贷已逾期17天，请尽快还款。", [(P, "郑凯"), (A, "东莞市南城区宏图路88号鸿禧花园5栋1203")], [X]),
    ("sms", "third_party", "【驰远汽车金融】您好，您是邓志刚购车贷款登记的紧急联系人，他的车贷已经两个月没还了，麻烦转告他"
     "尽快处理。", [(P, "邓志刚")], [D]),
    ("sms", "third_party", "【驰远汽车金融】许建平先生，您作为合同CY-HT-2022-05531的连带责任保证人，依约对借款人未清偿部分"
     "承担保证责任，目前未清偿23,400元，详情请致电021-6087 4415。", [(P, "许建平"), (LL, "021-6087 4415")], []),
    ("sms", "third_party", "您好，我是上海的王先生，有件事要找蒋海燕，麻烦您让她方便时回个电话：021-5496 2108，谢谢。",
     [(P, "蒋海燕"), (LL, "021-5496 2108")], []),
    ("sms", "debtor", "【驰远汽车金融】邓先生，定位显示您的车这一周每晚十一点以后都停在东城区酒吧街后巷，明天再不还款就"
     "启动收车。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】邓先生，按合同约定您的车辆装有定位装置，逾期满90天公司有权依法处置抵押车辆，请本月内"
     "处理欠款。", [], []),
    ("sms", "debtor", "【驰远汽车金融】您的车贷已逾期5天，本案专员小钟，工作手机18605489377（工作日9:00-18:00），"
     "有困难可以先打给我。", [(MB, "18605489377")], []),
    ("sms", "debtor", "【驰远汽车金融】您登记的手机号+86 177 5836 0767下月起不再接收还款提醒，如需更换请回复新号码。",
     [(MB, "177 5836 0767")], [U]),
    ("sms", "third_party", "【驰远汽车金融】季女士您好，您先生那台车的月供还挂着，月底前得处理掉。", [], [D]),
    ("sms", "debtor", "【驰远汽车金融】查到您名下另有三家网贷平台共4.6万元没还，请先把本公司车贷还上。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】验证码638142，用于确认您的还款计划变更，5分钟内有效，请勿告诉他人。", [], []),
    ("sms", "debtor", "【驰远汽车金融】邓先生，知道您爱人每周三次在市人民医院透析，开销大，但车贷不能一直拖，请本周内"
     "处理。", [], [S]),
    ("sms", "debtor", "【驰远汽车金融】如您或家人因重大疾病住院暂时无法还款，可提交证明申请最长三个月的延期，详询"
     "400-818-6627。", [], []),
    ("sms", "debtor", "【驰远汽车金融】邓先生，您的逾期情况已告知您父亲邓国庆（15223637013），请尽快还款。",
     [(P, "邓国庆"), (MB, "15223637013")], [U, X]),
    ("sms", "debtor", "【驰远汽车金融】本期月供请转入还款账户6217000515578033户名驰远汽车金融有限公司，转账备注填写合同号。",
     [(BC, "6217000515578033")], []),
    ("sms", "debtor", "【驰远汽车金融】您在4S店签署的车贷合同CY-HT-2021-11902项下第22期月供2,870.00元将于7月5日扣款，"
     "请确保尾号4459的卡余额充足。", [], []),
    ("sms", "debtor", "【驰远汽车金融】吕波先生，您在宝安区西乡街道固戍二路36号的住处和您岳母家，我们都已经上门核实过，"
     "请今天回电。", [(P, "吕波"), (A, "宝安区西乡街道固戍二路36号")], [X]),
]

# --- a pay-later firm's SMS and app notices ------------------------------------------------------------

PAY_LATER: list[PiplEntry] = [
    ("app", "debtor", "【橙意付】您在优选生活馆的先享后付订单（订单号 2744593222373099）账单386.00元已逾期3天，请打开"
     "橙意付App还款。", [], []),
    ("sms", "debtor", "【橙意付】您好，您本月在夜色KTV和金沙酒吧共刷了2,860元，橙意付账单却逾期了，请先还款再消费。", [], [S]),
    ("app", "debtor", "【橙意付】您绑定的储蓄卡6228486974273918680今日自动扣款失败，账单1,204.50元将产生逾期费，请更换"
     "扣款卡。", [(BC, "6228486974273918680")], [U]),
    ("sms", "debtor", "【橙意付】您绑定的尾号8680储蓄卡今日扣款失败，账单1,204.50元，请在App内更换扣款方式。", [], []),
    ("sms", "third_party", "【橙意付】您好，您的朋友谭雅琪在橙意付的账单逾期一个多月了，一直联系不上她，请转告她尽快还款。",
     [(P, "谭雅琪")], [D]),
    ("app", "debtor", "【橙意付】系统显示您近一周每天早上7:40从龙华地铁站出站，晚上九点后回到民治，换号是躲不开账单的。",
     [], [S]),
    ("sms", "debtor", "【橙意付】谭雅琪女士，您留的同事梁思远、吴佳佳都说您还在原单位上班，账单请今天处理。",
     [(P, "谭雅琪"), (P, "梁思远"), (P, "吴佳佳")], [X]),
    ("sms", "debtor", "【橙意付】您的账单已结清，感谢使用。如对本次扣款有异议，请在7日内拨打95733或在App内联系在线客服。",
     [], []),
    ("app", "debtor", "【橙意付】我们调阅了您的征信：三家银行的信用卡都已逾期，还有每月6,800元的房贷，建议您先还本平台。",
     [], [S]),
    ("app", "debtor", "【橙意付】您的身份认证照片与刷脸记录已同步给合作催收机构，逾期不还将用于现场核验身份。", [], [S]),
    ("app", "debtor", "【橙意付】为保障账户安全，还款时可能需要刷脸验证，人脸信息仅用于本次身份核验。", [], []),
    ("sms", "debtor", "【橙意付】雷女士，您产检预约在下周二上午的妇幼保健院，还款别拖到生完孩子以后。", [], [S]),
    ("sms", "debtor", "【橙意付】您申请的分期已通过：12期，每期215.60元，首期3月20日。验证码 428915 请勿转发。", [], []),
    ("app", "debtor", "【橙意付】您的订单 2023-0817-5590-1264 已逾期，逾期金额 96.80 元，验证码 7731 仅用于登录。", [], []),
    ("sms", "debtor", "【橙意付】账户余额提醒：您支付宝余额3,412元、微信零钱1,860元，足以还清橙意付账单，请立即还款。",
     [], [S]),
    ("sms", "debtor", "【橙意付】尊敬的用户，您注册手机１３３４６７５７７５３的账单已逾期，请及时还款。",
     [(MB, "１３３４６７５７７５３")], [U]),
    ("sms", "third_party", "【橙意付】您好，请转告贺文静，她在我们这儿的那笔先用后付还没结清，让她抓紧。",
     [(P, "贺文静")], [D]),
    ("app", "debtor", "【橙意付】您上月共7次在凌晨两点后于汇城棋牌室附近使用橙意付，请理性消费并按时还款。", [], [S]),
]

# --- a big-city agency's SMS templates ---------------------------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【沪衡信息】受橙意付委托提醒：您的账单已逾期42天，欠款2,950.00元。请通过橙意付App还款，切勿转账至"
     "个人账户。投诉电话021-5496 2108。", [(LL, "021-5496 2108")], []),
    ("sms", "debtor", "【沪衡信息】吴晓燕，身份证号320583196803220526名下的橙意付账单已逾期42天，今日请联系处理。",
     [(P, "吴晓燕"), (ID, "320583196803220526")], [U]),
    ("sms", "debtor", "【沪衡信息】经核实，身份证420106690513996的借款人杜振华至今未还款，请本人尽快回电。",
     [(ID, "420106690513996"), (P, "杜振华")], [U]),
    ("sms", "debtor", "【沪衡信息】身份证尾号052X的客户您好，您的账单已委托我司处理，请致电021-5496 2108。",
     [(LL, "021-5496 2108")], []),
    ("sms", "debtor", "【沪衡信息】杜先生，您在浦东金桥那家KTV的夜班一般凌晨三点下班，我们的外访同事会在门口等您商量还款。",
     [], [S]),
    ("sms", "debtor", "【沪衡信息】杜先生，委托方驰远汽车金融的案件已分配给我司，案件编号HH-2024-031877，处理电话"
     "021-5496 2108转6021。", [(LL, "021-5496 2108")], []),
    ("sms", "debtor", "【沪衡信息】杜振华，您的护照E51836204出入境记录显示上月去过澳门，有钱出境没钱还款？",
     [(P, "杜振华"), (PP, "E51836204")], [S, U]),
    ("sms", "debtor", "【沪衡信息】您好，您的欠款可申请分3期偿还，首期不低于980元。回复1了解方案，回复T退订。", [], []),
    ("sms", "debtor", "【沪衡信息】杜先生，您女儿杜思琪在嘉定区实验小学三年（2）班，下午四点放学，请为孩子想想，尽快还款。",
     [(P, "杜思琪")], [S, X]),
    ("sms", "debtor", "【沪衡信息】孙立新，上海市闵行区莘庄镇沁春路255弄12号601室，户籍地河南省周口市，在职单位顺达物流，"
     "请于本周五前还款。", [(P, "孙立新"), (A, "上海市闵行区莘庄镇沁春路255弄12号601室")], [X]),
    ("sms", "debtor", "【沪衡信息】孙先生，您的欠款已逾期68天，金额6,410.25元，还款截止日5月31日，如有异议请拨打"
     "021-5496 2108。", [(LL, "021-5496 2108")], []),
    ("sms", "debtor", "【沪衡信息】孙立新先生，请于5月31日前处理欠款，详询021-5496 2108。",
     [(P, "孙立新"), (LL, "021-5496 2108")], []),
    ("sms", "third_party", "【沪衡信息】孙立新的紧急联系人您好，他欠的钱已经快七十天了，请您做做他的工作。",
     [(P, "孙立新")], [D]),
    ("sms", "third_party", "【沪衡信息】您好，我司有重要事情需联系孙立新，请他尽快回电021-5496 2108，谢谢配合。",
     [(P, "孙立新"), (LL, "021-5496 2108")], []),
    ("sms", "debtor", "【沪衡信息】孙先生，您弟弟孙立军（手机18379274876）说您在外地，我们已经把情况跟他说明。",
     [(P, "孙立军"), (MB, "18379274876")], [U, X]),
    ("sms", "debtor", "【沪衡信息】您的公积金账户余额还有3.1万元，可以申请提取用于还款，请别再拖。", [], [S]),
    ("sms", "debtor", "【沪衡信息】温馨提示：如您已还款请忽略本短信。工单号 20240531118264，查询热线 95733。", [], []),
    ("sms", "debtor", "【沪衡信息】孙先生，您每天早上六点在莘庄地铁站北广场开始送外卖，我们知道去哪儿找您。", [], [S]),
    ("sms", "debtor", "【沪衡信息】孙先生，听说您在吃抗抑郁的药，但欠款的事情还是要面对，请回电。", [], [S]),
    ("sms", "debtor", "【沪衡信息】孙先生，您前次来电提到身体不适，我们已将您的案件暂缓催收30天，期间不会再打扰，祝早日康复。",
     [], []),
]

# --- robot scripts: a voice robot's calls with keypad turns ----------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融智能客服，请问是邓志刚先生本人吗？是请按1，不是请按2。\n客户：（按键1）\n"
     "机器人：您的车贷本期月供3,286.40元已逾期8天，请于本周五前存入还款卡。如需人工服务请按0。",
     [(P, "邓志刚")], []),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融，请问是郑凯先生吗？\n客户：（按键1）\n机器人：为核实身份，您的身份证号码是"
     "幺三洞幺洞两幺勾勾三幺幺两五勾拐拐两，对吗？确认请按1。", [(P, "郑凯"), (ID, "幺三洞幺洞两幺勾勾三幺幺两五勾拐拐两")], [U]),
    ("call", "debtor", "机器人：您好，这里是橙意付还款提醒。为核实身份，请在按键上输入您身份证的后四位。\n客户：（按键2014）\n"
     "机器人：核验成功。您的账单432.10元已逾期9天，请今天还款。", [], []),
    ("call", "debtor", "机器人：您好，橙意付提醒您，您的还款卡号是六两两八四八六勾拐四两拐三勾幺八六八洞，今日扣款失败，请尽快"
     "存入足够金额。\n客户：（按键1）", [(BC, "六两两八四八六勾拐四两拐三勾幺八六八洞")], [U]),
    ("call", "debtor", "机器人：您好，橙意付提醒您，您尾号八六八洞的还款卡今日扣款失败，请尽快存入足够金额，回拨请拨打"
     "九五七三三。\n客户：（按键1）", [], []),
    ("call", "third_party", "机器人：您好，这里是沪衡信息，我们有事情需要联系孙立新先生，请问您认识他吗？认识请按1。\n"
     "联系人：（按键1）\n机器人：麻烦您转告他，他的欠款已经逾期六十八天，请他尽快还款。",
     [(P, "孙立新")], [D]),
    ("call", "third_party", "机器人：您好，这里是沪衡信息，我们有事情需要联系孙立新先生，请问您认识他吗？认识请按1。\n"
     "联系人：（按键1）\n机器人：麻烦您转告他回拨我们的电话：洞两幺五四勾六两幺洞八，谢谢。",
     [(P, "孙立新"), (LL, "洞两幺五四勾六两幺洞八")], []),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融。您的车辆定位显示最近三天都停在宝安中心医院停车场，若您或家人"
     "正在住院，请按1转人工协商。\n客户：（按键1）", [], [S]),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融。如您因住院、失业等原因暂时无法还款，请按1申请延期，按2转人工。\n"
     "客户：（按键1）\n机器人：已为您登记延期申请，专员会在两个工作日内联系您。", [], []),
    ("call", "debtor", "机器人：吴晓燕女士您好，您的手机号幺八幺八八拐勾三六四勾绑定的橙意付账单已逾期四十二天，请尽快"
     "还款。\n客户：（按键3）", [(P, "吴晓燕"), (MB, "幺八幺八八拐勾三六四勾")], [U]),
    ("call", "debtor", "机器人：您好，为确认您的身份，请说出您手机号码的后四位。\n客户：三六四九\n机器人：核验通过。您的"
     "账单已逾期四十二天，欠款两千九百五十元，请尽快还款。", [], []),
    ("call", "debtor", "机器人：您好，这里是沪衡信息。您本月在三个平台还有共计一万八千元的借款待还，请优先处理本委托"
     "方欠款。\n客户：（按键0）", [], [S]),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融，请问是潘丽娟女士吗？\n客户：（按键1）\n机器人：您的证件号码四四洞三"
     "洞六幺勾八两洞三幺三六勾洞五已登记在逾期名单，请今日还款。", [(P, "潘丽娟"),
     (ID, "四四洞三洞六幺勾八两洞三幺三六勾洞五")], [U]),
    ("call", "third_party", "机器人：您好，这里是橙意付。您是谭雅琪女士的紧急联系人，她的先享后付账单已逾期，请提醒她。\n"
     "联系人：（按键2）", [(P, "谭雅琪")], [D]),
    ("call", "debtor", "机器人：您好，这里是橙意付，您的账单即将到期，合同编号一二零二四零五三一零零八八，请按时还款。\n"
     "客户：（按键1）", [], []),
    ("call", "debtor", "机器人：孙先生您好，我们注意到您是低保户，但欠款依然需要偿还，请按1查询分期方案。\n客户：（按键1）",
     [], [S]),
    ("call", "debtor", "机器人：您好，这里是驰远汽车金融，系统将为您转接人工坐席，您的来电号码为幺五幺三六幺幺幺五两拐，"
     "请稍候。\n客户：（按键0）", [(MB, "幺五幺三六幺幺幺五两拐")], [U]),
]

# --- agents' calls as speech-to-text output ------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好这边是驰远汽车金融贷后部的请问是吕波先生吗\n客户：是我\n坐席：吕先生您车贷这期还差两千"
     "八百七没扣上您看今天能存进去吗\n客户：明天发工资就存", [(P, "吕波")], []),
    ("call", "debtor", "坐席：喂吕先生啊我核对一下您的身份证号四四洞幺洞三幺勾勾两洞勾幺四两四四六对吧\n客户：对\n"
     "坐席：好那您这个车贷已经逾期二十天了", [(ID, "四四洞幺洞三幺勾勾两洞勾幺四两四四六")], [U]),
    ("call", "debtor", "坐席：您好驰远汽车金融的请问是吕波本人吗\n客户：是\n坐席：跟您确认一下还款卡号六二二九零八四六二七"
     "零五六四六四这张卡今天扣款失败了", [(P, "吕波"), (BC, "六二二九零八四六二七零五六四六四")], [U]),
    ("call", "debtor", "坐席：您好这里是驰远汽车金融请问是吕波先生吗\n客户：是我什么事\n坐席：您尾号六四六四的卡今天扣款没"
     "成功还差两千八百七\n客户：我卡里钱不够晚点存\n坐席：好的那麻烦您今天晚八点前存进去", [(P, "吕波")], []),
    ("call", "third_party", "坐席：喂您好请问是吕波的爱人吗\n联系人：我是他老婆怎么了\n坐席：他车贷断供两个月了我们这边要走"
     "收车流程了您跟他说一声", [(P, "吕波")], [D]),
    ("call", "third_party", "坐席：喂您好请问您认识吕波吗\n联系人：认识啊我是他同事\n坐席：麻烦您方便的时候让他回个电话给我们"
     "就行谢谢\n联系人：行", [(P, "吕波")], []),
    ("call", "third_party", "坐席：您好我找一下吕波\n联系人：他不在我是他同事\n坐席：那您转告他一声驰远那边的月供还没交让他"
     "赶紧弄", [(P, "吕波")], [D]),
    ("call", "debtor", "坐席：喂您好沪衡信息的请问是孙立新吗\n客户：嗯\n坐席：孙先生您上次说在医院陪床我们查了您母亲是在"
     "肿瘤医院做化疗对吧那还款的事情", [(P, "孙立新")], [S]),
    ("call", "debtor", "坐席：喂孙先生\n客户：我妈在住院化疗我现在真的拿不出钱\n坐席：明白了您这个情况我给您申请停催一个月"
     "等您母亲出院了我们再商量方案", [], []),
    ("call", "debtor", "坐席：您好橙意付委托的沪衡信息请问是雷静女士吗\n客户：是\n坐席：雷女士您现在怀孕七个月了吧我们也不想"
     "为难孕妇您看能不能先还一部分", [(P, "雷静")], [S]),
    ("call", "debtor", "坐席：雷女士您好\n客户：我下个月就生了能不能缓一缓\n坐席：可以的我帮您登记缓催到产后两个月您专心"
     "养身体", [], []),
    ("call", "debtor", "坐席：喂您好这边是沪衡信息您的账单已经逾期四十二天了\n客户：我知道\n坐席：我们这边看到您老公幺五"
     "两八勾四六六洞六勾还能联系上要不让他帮您还", [(MB, "幺五两八勾四六六洞六勾")], [U, X]),
    ("call", "debtor", "坐席：吴女士你好我们已经查到你在中环广场那边上班每天晚上九点多才下班\n客户：你们查我干嘛\n坐席："
     "那你就赶紧还钱不然我们下班时间过去找你", [], [S]),
    ("call", "debtor", "坐席：您好是吴晓燕吗我是沪衡信息的小周我的工号是HH0275\n客户：是\n坐席：您这笔橙意付账单两千九百五"
     "有什么困难可以跟我说我们可以分期", [(P, "吴晓燕")], []),
    ("call", "third_party", "坐席：喂您好是吴晓燕的妈妈吧\n联系人：对你谁啊\n坐席：我这边是沪衡信息的她有点事情需要跟她"
     "本人联系您让她给我回个电话就好", [(P, "吴晓燕")], []),
    ("call", "third_party", "坐席：阿姨您好是吴晓燕的妈妈吧\n联系人：是啊\n坐席：您女儿在橙意付那边的钱一直没还您家里"
     "看看能不能帮她先垫上", [(P, "吴晓燕")], [D]),
    ("call", "debtor", "坐席：喂杜先生吗我是沪衡信息的小孙你现在是不是又在大滨路那个麻将馆\n客户：关你什么事\n坐席：有钱"
     "打麻将没钱还账是吧", [], [S]),
    ("call", "debtor", "坐席：喂您好是杜振华先生吗\n客户：是\n坐席：我们看到您护照号E51836204上个月出境了三次那您在"
     "澳门的花销", [(P, "杜振华"), (PP, "E51836204")], [S, U]),
    ("call", "debtor", "坐席：喂您好是杜先生吧这边是沪衡信息的\n客户：我护照号是E51836204你们要核对就核对吧\n坐席：不用"
     "的杜先生我们只需要跟您确认一下这期还款的时间", [(PP, "E51836204")], []),
    ("call", "debtor", "坐席：您好请问是郑凯吗\n客户：是的\n坐席：郑先生您爸爸郑宏伟妈妈刘桂兰我们都联系过了他们都说"
     "不知道你的情况", [(P, "郑凯"), (P, "郑宏伟"), (P, "刘桂兰")], [X]),
    ("call", "debtor", "坐席：郑先生我这边核实一下您登记的联系电话是一八七零九零七二零八零吗\n客户：对就是这个\n坐席："
     "好的那我们后面短信就发这个号", [(MB, "一八七零九零七二零八零")], [U]),
    ("call", "debtor", "坐席：郑先生您好我确认一下您手机号后四位是二零八零吗\n客户：对\n坐席：好的以后还款提醒会发到"
     "这个号码", [], []),
    ("call", "debtor", "坐席：喂郑先生您在东莞恒通电子厂上班对吧您那个厂里的人事王玉梅电话我们有的\n客户：你们别打我单位"
     "\n坐席：那你就今天把钱还了", [(P, "王玉梅")], [X]),
    ("call", "debtor", "坐席：郑先生您儿子郑浩然是在南城阳光第二小学读四年级吧\n客户：你什么意思\n坐席：没什么意思就是"
     "提醒你为孩子考虑考虑", [(P, "郑浩然")], [S, X]),
    ("call", "debtor", "坐席：郑先生我们能理解您现在困难\n客户：我孩子刚上小学花钱的地方多\n坐席：那我们可以把这期分成"
     "三次还每次一千出头您看行吗", [], []),
    ("call", "debtor", "坐席：喂您好沪衡信息的请问是孙立新先生吗\n客户：我是\n坐席：孙先生您信用卡还有一张交行的额度"
     "两万一全刷满了还有网商贷的一万二没还对吧", [(P, "孙立新")], [S]),
    ("call", "third_party", "坐席：喂您好是顺达物流吗我找你们人事\n联系人：我就是人事\n坐席：你们单位孙立新欠钱不还的事"
     "情你们知道吗我们这边已经委托我们处理了", [(P, "孙立新")], [D]),
    ("call", "third_party", "坐席：您好是顺达物流人事部吗请问孙立新是在你们这上班吗\n联系人：这个不方便透露\n坐席：好的"
     "理解那麻烦您如果见到他让他回个电话谢谢", [(P, "孙立新")], []),
]

# --- WeChat Work chats with debtors, relatives and groups -----------------------------------------------

WECHAT_WORK: list[PiplEntry] = [
    ("app", "debtor", "[企业微信] 专员：韦先生您好，我是驰远汽车金融的贷后专员小黎，您的车贷这期还没扣上，方便的话今天存一下哈\n"
     "客户：好的晚上存", [], []),
    ("app", "debtor", "[企业微信] 专员：韦先生，您卡号 6236 6896 6603 1193 这张今天还是没扣到钱，您看一下\n客户：我换张卡行不行",
     [(BC, "6236 6896 6603 1193")], [U]),
    ("app", "debtor", "[企业微信] 客户：我换卡了新卡号6225884705647512你们扣这张\n专员：收到，我这边帮您提交换卡申请，"
     "一般两个工作日生效", [(BC, "6225884705647512")], []),
    ("app", "debtor", "[企业微信] 专员：韦先生，我们这边看到您每天下午五点半去城南幼儿园接孩子，车就停在门口，还款的事情别"
     "再拖了", [], [S]),
    ("app", "debtor", "[企业微信] 专员：韦国栋，广西南宁市青秀区民族大道136号凤凰花园8栋2单元502，你老婆黄丽萍电话"
     "17038897276，我们都有", [(P, "韦国栋"), (A, "广西南宁市青秀区民族大道136号凤凰花园8栋2单元502"), (P, "黄丽萍"),
                                (MB, "17038897276")], [U, X]),
    ("app", "third_party", "[企业微信] 专员：黄女士您好，我是驰远汽车金融的小黎，您爱人那台车的贷款已经两期没交了，麻烦您"
     "提醒他一下", [], [D]),
    ("app", "third_party", "[企业微信] 专员：黄女士您好，打扰了，有点事想联系韦先生，他手机一直关机，方便的话请让他回我一下，"
     "谢谢", [], []),
    ("app", "third_party", "[企业微信群·锦绣花园3期业主群] 专员：各位邻居好，8栋开白色轩逸的那位业主欠我们公司车贷没还，"
     "有认识的麻烦转告一声", [], [D]),
    ("app", "third_party", "[企业微信群·恒通电子厂三车间] 专员：谁跟郑凯熟的，叫他回一下驰远的电话，他知道是什么事",
     [(P, "郑凯")], [D]),
    ("app", "third_party", "[企业微信群·郑氏宗亲群] 专员：郑凯的亲戚们好，他车贷的事情大家心里有数，谁能劝一劝他尽快处理。",
     [(P, "郑凯")], [D]),
    ("app", "debtor", "[企业微信] 专员：雷女士，您好，橙意付委托我们跟进您的账单。您刚做完剖腹产，我们把还款日顺延到下月"
     "15号可以吗？", [], [S]),
    ("app", "debtor", "[企业微信] 客户：我刚生完孩子在坐月子\n专员：恭喜您！还款的事不急，我们给您顺延到下月15号，身体要紧。",
     [], []),
    ("app", "debtor", "[企业微信] 专员：雷静女士，您的橙意付账单逾期28天，欠款1,346.00元，还款截止日6月10日，逾期不还将"
     "按合同收取违约金。", [(P, "雷静")], []),
    ("app", "debtor", "[企业微信] 专员：雷女士，您的身份证 36010219951116421X 跟您老公的手机幺五幺拐五拐勾幺四拐拐我们这边都有"
     "登记，别想着换号", [(ID, "36010219951116421X"), (MB, "幺五幺拐五拐勾幺四拐拐")], [U, X]),
    ("app", "debtor", "[企业微信] 专员：雷女士，您上周说每周五去清真寺做礼拜，那天下午我们的同事可以过去跟您当面谈谈还款",
     [], [S]),
    ("app", "debtor", "[企业微信] 客户：我每周五要去礼拜别那天打电话\n专员：好的，已备注周五不联系您，其他时间方便吗？", [], []),
    ("app", "debtor", "[企业微信] 专员：孙先生，您在人社局登记的残疾证是三级肢体，我们可以帮您申请特殊困难减免，需要您"
     "提供材料", [], [S]),
    ("app", "debtor", "[企业微信] 专员：孙先生，如您有残疾证、低保证明等特殊困难材料，可以拍照发给我，我帮您申请减免。",
     [], []),
    ("app", "debtor", "[企业微信] 专员：杜先生，您的工资卡每月10号进账九千二，这个月一进账就转走了，钱去哪了？", [], [S]),
    ("app", "debtor", "[企业微信] 专员：杜先生，合同号 HT-4403-0618-2257-9013 的账单截至今日欠款 5,602.40 元，"
     "请于本月 25 日前还清。", [], []),
    ("app", "debtor", "[企业微信] 专员：杜先生，我是沪衡的小孙，工作号码 19943883089，有事直接打这个，周末也在。",
     [(MB, "19943883089")], []),
    ("app", "debtor", "[企业微信] 专员：杜先生，你哥杜振宇在宁波开五金店的，我们也加了他微信，要不要他帮你还？",
     [(P, "杜振宇")], [X]),
    ("app", "third_party", "[企业微信] 专员：杜振宇先生您好，您弟弟杜振华在我们这儿的账已经三个月没还了，您当哥哥的劝劝他。",
     [(P, "杜振宇"), (P, "杜振华")], [D]),
    ("app", "debtor", "[企业微信] 专员：杜先生，您之前说欠款有异议，我已经登记了，核实结果出来前我们暂停催收，会书面答复您。",
     [], []),
    ("app", "third_party", "[企业微信群·嘉定实验小学三（2）班家长群] 专员：杜思琪爸爸在吗？欠我们的钱躲着不接电话，"
     "请看到的家长转告一下", [(P, "杜思琪")], [D]),
]

# --- e-mails to employers, property managers and business partners -----------------------------------

EMAILS: list[PiplEntry] = [
    ("email", "third_party", "收件人：hr@shunda-wuliu.com.cn\n主题：关于贵司员工孙立新的欠款事宜\n顺达物流人事部：贵司员工孙立新"
     "在橙意付的消费账单逾期已近七十天，欠款6,410.25元，请贵司督促其尽快还款。\n上海沪衡信息咨询有限公司",
     [(EM, "hr@shunda-wuliu.com.cn"), (P, "孙立新"), (P, "孙立新")], [D]),
    ("email", "third_party", "收件人：hr@shunda-wuliu.com.cn\n主题：转交信件\n您好，我司有一封寄给贵司员工孙立新本人的密封信件，"
     "已于今日寄至贵司前台，烦请转交本人，请勿拆阅。谢谢！\n上海沪衡信息咨询有限公司 021-5496 2108",
     [(EM, "hr@shunda-wuliu.com.cn"), (P, "孙立新"), (LL, "021-5496 2108")], []),
    ("email", "third_party", "致：东莞恒通电子厂 行政部 王玉梅主管\n王主管好，贵厂三车间郑凯的车贷已经断供，公司准备收车，麻烦"
     "您这边帮忙做一下他的思想工作。\n驰远汽车金融 贷后管理部", [(P, "王玉梅"), (P, "郑凯")], [D]),
    ("email", "third_party", "To: admin@hengtong-dianzi.cn\n王主管您好，我是驰远汽车金融的小钟，想跟贵厂员工郑凯确认一件事，"
     "他的手机一直打不通，能否请他回电021-6087 4415？谢谢。", [(EM, "admin@hengtong-dianzi.cn"), (P, "郑凯"),
                                                        (LL, "021-6087 4415")], []),
    ("email", "third_party", "收件人：wyglc@jinxiu-wuye.com\n锦绣花园物业管理处：贵小区8栋2单元502业主韦国栋的车贷已逾期，"
     "我司外访人员将于本周四上门，请物业配合开门禁并告知其在家时间。",
     [(EM, "wyglc@jinxiu-wuye.com"), (A, "8栋2单元502"), (P, "韦国栋")], [D]),
    ("email", "third_party", "收件人：wyglc@jinxiu-wuye.com\n锦绣花园物业管理处：您好，我司有一份寄给贵小区业主的挂号信被退回，"
     "请问物业是否代收挂号信？如可代收，我们将重新寄出。谢谢。\n驰远汽车金融 客服中心 400-818-6627",
     [(EM, "wyglc@jinxiu-wuye.com")], []),
    ("email", "third_party", "发件人：dai.hou@chiyuan-autofin.com\n收件人：chen.ming@hongda-wujin.net\n陈总您好，贵司合伙人"
     "杜振宇先生的弟弟在外欠款不还，听说贵司近期有一笔货款要付给杜先生，能否请您先转告他替弟弟把账还上？",
     [(EM, "dai.hou@chiyuan-autofin.com"), (EM, "chen.ming@hongda-wujin.net"), (P, "杜振宇")], [D]),
    ("email", "third_party", "收件人：chen.ming@hongda-wujin.net\n主题：杜振华\n陈总：杜振华身份证410105198608049858，手机"
     "15884892446，欠款未还，请贵司协助联系。", [(EM, "chen.ming@hongda-wujin.net"), (P, "杜振华"), (P, "杜振华"),
                                           (ID, "410105198608049858"), (MB, "15884892446")], [D, U]),
    ("email", "third_party", "收件人：hr@xinghe-kj.com\n主题：员工核实\n您好，请问谭雅琪是否仍在贵司任职？她近期看过心理科、在"
     "服用抗焦虑药物，我们担心她的还款能力，请贵司关注。", [(EM, "hr@xinghe-kj.com"), (P, "谭雅琪")], [D, S]),
    ("email", "third_party", "收件人：hr@xinghe-kj.com\n主题：来电请求\n您好，我们需要与谭雅琪女士联系，烦请转告她拨打"
     "021-5496 2108，我们只与本人沟通具体事项。谢谢。", [(EM, "hr@xinghe-kj.com"), (P, "谭雅琪"), (LL, "021-5496 2108")],
     []),
    ("email", "third_party", "收件人：caiwu@xinghe-kj.com\n主题：协助扣款\n贵司财务部：贵司员工谭雅琪拖欠我方款项，请从其本月"
     "工资中代扣3,000元转至我方账户6217000515578033。", [(EM, "caiwu@xinghe-kj.com"), (P, "谭雅琪"),
                                                   (BC, "6217000515578033")], [D]),
    ("email", "debtor", "收件人：tan.yaqi@163.com\n谭女士您好，附件为您的橙意付账单明细及分期方案，如有疑问请回复本邮件或"
     "致电95733。\n上海沪衡信息咨询有限公司", [(EM, "tan.yaqi@163.com")], []),
    ("email", "debtor", "收件人：tan.yaqi@163.com\n谭女士：您的工作单位星河科技、您母亲谭秀英和您男朋友方磊的电话我们都有，"
     "不想他们知道就请尽快还款。", [(EM, "tan.yaqi@163.com"), (P, "谭秀英"), (P, "方磊")], [X]),
    ("email", "debtor", "收件人：sunlixin1980@qq.com\n孙先生：附件是您在顺达物流的工资流水，每月入账9,200元，公积金缴存基数"
     "7,800元，按此您完全有能力还款。", [(EM, "sunlixin1980@qq.com")], [S]),
    ("email", "debtor", "收件人：sunlixin1980@qq.com\n孙先生：您的还款计划已确认，首期980元于6月5日前通过橙意付App支付，"
     "共三期。如有疑问请致电021-5496 2108转6021。", [(EM, "sunlixin1980@qq.com"), (LL, "021-5496 2108")], []),
    ("email", "third_party", "收件人：office@xingfu-jw.gov.cn\n幸福社区居委会：辖区居民杜振华欠我司委托方贷款拒不归还，请居委会"
     "上门劝导。", [(EM, "office@xingfu-jw.gov.cn"), (P, "杜振华")], [D]),
    ("email", "third_party", "收件人：office@xingfu-jw.gov.cn\n幸福社区居委会：您好，我司想确认辖区内德胜路17号是否为有效"
     "投递地址，挂号信两次被退回。仅此一问，谢谢。", [(EM, "office@xingfu-jw.gov.cn"), (A, "德胜路17号")], []),
    ("email", "third_party", "收件人：zhang.lei@ruifeng-trade.com\n张总，您公司的业务员韦国栋在我们这有笔车贷三个月没还了，"
     "听说你们欠他提成，能不能直接打给我们？", [(EM, "zhang.lei@ruifeng-trade.com"), (P, "韦国栋")], [D]),
    ("email", "debtor", "收件人：weiguodong@126.com\n韦先生：您太太黄丽萍在南宁市第二人民医院做的试管婴儿手术费用我们有了解，"
     "但车贷还是要按期归还。", [(EM, "weiguodong@126.com"), (P, "黄丽萍")], [S, X]),
    ("email", "debtor", "收件人：weiguodong@126.com\n韦先生：收到您关于家中有人住院的说明，我们已为您办理三个月延期，期间"
     "不收取逾期费。驰远汽车金融", [(EM, "weiguodong@126.com")], []),
]

# --- case hand-over sheets between the lender and its agencies -------------------------------------------

HANDOVER_SHEETS: list[PiplEntry] = [
    ("notice", "unknown", "案件移交单\n委托方：驰远汽车金融有限公司\n受托方：上海沪衡信息咨询有限公司\n案件编号：HH-2024-031877\n"
     "借款人：韦国栋\n证件号码：450103196501226960\n联系电话：152 9647 4952\n逾期金额：9,859.20元\n逾期天数：76",
     [(P, "韦国栋"), (ID, "450103196501226960"), (MB, "152 9647 4952")], [U]),
    ("notice", "unknown", "案件移交单\n委托方：驰远汽车金融有限公司\n案件编号：HH-2024-031878\n借款人：韦**\n证件号码：4501**********6960\n"
     "联系电话：152****4952\n逾期金额：9,859.20元\n备注：已告知客户委托事宜", [], []),
    ("notice", "unknown", "移交备注：借款人吕波，患有II型糖尿病，每天打胰岛素，家属说最近住过院，催收时可以以此施压。",
     [(P, "吕波")], [S]),
    ("notice", "unknown", "移交备注：借款人自述身体原因暂时无力还款，已提交诊断证明，委托方同意停催至9月30日，受托方接手后请"
     "勿在此期间联系。", [], []),
    ("email", "unknown", "发件人：case@chiyuan-autofin.com\n主题：批次CY0612移交清单\n附件共38户，字段：合同号、姓名、"
     "证件号后四位、逾期金额、逾期天数、承诺还款日。请查收，勿外传。", [(EM, "case@chiyuan-autofin.com")], []),
    ("email", "unknown", "发件人：case@chiyuan-autofin.com\n主题：补充材料\n潘丽娟 银行卡6222600743952455 工资卡另有一张"
     "6229086847164909327，可以盯一下这两张卡的进账。", [(EM, "case@chiyuan-autofin.com"), (P, "潘丽娟"),
                                                 (BC, "6222600743952455"), (BC, "6229086847164909327")], [S, U]),
    ("notice", "unknown", "案件移交单（补充联系人）\n借款人：潘丽娟\n配偶：何振东 15054700829\n父亲：潘德福 "
     "13708880390\n同事：林晓 18318540699", [(P, "潘丽娟"), (P, "何振东"), (MB, "15054700829"), (P, "潘德福"),
                                            (MB, "13708880390"), (P, "林晓"), (MB, "18318540699")], [U, X]),
    ("notice", "unknown", "移交备注：客户杜振华曾因醉驾被行政拘留十五天，前年刚放出来，性格冲动，上门需两人同行。",
     [(P, "杜振华")], [S]),
    ("notice", "unknown", "移交备注：客户性格冲动，曾与外访人员发生争执，上门需两人同行，全程录音。", [], []),
    ("notice", "unknown", "案件移交单\n借款人：雷静\n身份证：36010219951116421X\n委托金额：1,346.00元\n"
     "妊娠情况：已孕七月，预产期8月", [(P, "雷静"), (ID, "36010219951116421X")], [S, U]),
    ("notice", "unknown", "案件移交单\n借款人：雷*\n委托金额：1,346.00元\n委托期限：2024年6月1日至8月31日\n"
     "特殊标记：困难客户，按委托方要求暂缓催收", [], []),
    ("notice", "unknown", "移交备注：借款人谭雅琪，信仰基督教，每周日上午在锦江区福音堂做礼拜，那个时间段能找到人。",
     [(P, "谭雅琪")], [S]),
    ("notice", "unknown", "移交备注：借款人周日上午不接电话，其他时段均可联系，委托方要求每日联系不超过三次。", [], []),
    ("email", "unknown", "发件人：ops@huheng-info.com\n主题：回退案件\n以下案件退回委托方：HH-2024-031877（客户已结清）、"
     "HH-2024-032104（客户投诉，已暂停）、HH-2024-032551（查无此人）。", [(EM, "ops@huheng-info.com")], []),
    ("email", "unknown", "发件人：ops@huheng-info.com\n主题：外访结果\n孙立新本人在家，说话有点结巴，邻居说他前两年在戒毒所待过，"
     "目前靠低保过日子。", [(EM, "ops@huheng-info.com"), (P, "孙立新")], [S]),
    ("notice", "unknown", "案件移交单\n借款人：孙立新\n护照号：EA3861527\n户籍：河南周口\n出境记录：近一年两次赴泰国",
     [(P, "孙立新"), (PP, "EA3861527")], [S, U]),
    ("notice", "unknown", "案件移交单\n借款人：吴晓燕\n证件：320583196803220526\n银行卡：6222 0252 0087 2295\n"
     "联系方式：13952243615\n金额：2,950.00元", [(P, "吴晓燕"), (ID, "320583196803220526"),
                                              (BC, "6222 0252 0087 2295"), (MB, "13952243615")], [U]),
    ("notice", "unknown", "移交备注：吴晓燕的前夫赵鹏（手机17741390096，在浦东新区张江高科上班）可能知道她的下落。",
     [(P, "吴晓燕"), (P, "赵鹏"), (MB, "17741390096")], [U, X]),
]

# --- CRM notes and quality-check notes -------------------------------------------------------------------

CRM_NOTES: list[PiplEntry] = [
    ("app", "unknown", "CRM备注 2024-05-21 14:32：已联系客户吕波，承诺5月25日还款2,870元，客户态度良好。", [(P, "吕波")], []),
    ("app", "unknown", "CRM备注：客户吕波说老婆在妇产医院做了流产手术，这个月还不上，下次打的时候可以提一提这事。",
     [(P, "吕波")], [S]),
    ("app", "unknown", "CRM备注：客户称家人住院，已登记缓催三十天，到期后再联系。", [], []),
    ("app", "unknown", "CRM备注：新号码 幺八洞六洞勾幺两两三洞（客户妹妹吕倩的），说可以帮忙转告。", [(MB, "幺八洞六洞勾幺两两三洞"),
                                                                                   (P, "吕倩")], [U, X]),
    ("app", "unknown", "CRM备注：客户来电提供新号码 18060912230，已更新联系方式。", [(MB, "18060912230")], [U]),
    ("app", "unknown", "CRM备注：客户来电更新联系方式，新号码尾号2230，旧号码已停用。", [], []),
    ("app", "unknown", "质检记录：坐席工号HH0311在通话中念出客户完整卡号六二二幺五洞幺幺幺三勾洞三三三拐两三拐，扣5分。",
     [(BC, "六二二幺五洞幺幺幺三勾洞三三三拐两三拐")], [U]),
    ("app", "unknown", "质检记录：坐席工号HH0311在通话中念出客户完整卡号，扣5分，已培训。", [], []),
    ("app", "unknown", "CRM备注：客户杜振华的定位：每天上午在大滨路麻将馆，下午三点回家，晚上去澳门街夜宵。",
     [(P, "杜振华")], [S]),
    ("app", "unknown", "CRM备注：外访地址：广州市海珠区江南大道中168号3栋1102。客户不在家，已留联系卡。",
     [(A, "广州市海珠区江南大道中168号3栋1102")], []),
    ("app", "unknown", "CRM备注：客户信息：郑凯，男，身份证五三洞幺洞两幺勾拐勾幺两两四幺幺六X，现住南城，工作单位恒通电子厂，"
     "妻子陈思敏，在莞城医院当护士。", [(P, "郑凯"), (ID, "五三洞幺洞两幺勾拐勾幺两两四幺幺六X"), (P, "陈思敏")], [U, X]),
    ("app", "unknown", "CRM备注：客户人脸识别照片、声纹样本已入库，下次来电可自动识别本人。", [], [S]),
    ("app", "unknown", "CRM备注：客户称信用卡已在招商银行和中信银行各欠三万多，工资卡上个月余额只剩八百。", [], [S]),
    ("app", "unknown", "CRM备注：客户是退役军人，每月有优抚金1,600元进账，可以让他先拿这个还。", [], [S]),
    ("app", "unknown", "CRM备注：客户身份证号 510107701113420（老证），已提醒其更换二代证。", [(ID, "510107701113420")], [U]),
    ("app", "unknown", "CRM备注：客户女儿在市十七中读初二，儿子在滨江小学四年级，家庭开支大，建议做分期。", [], [S]),
]

# --- identifiers in every written and spoken form ----------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【沪衡信息】胡海涛先生，您预留的手机195.6147.0155即将停用，请回复新的联系号码以免错过还款提醒。",
     [(P, "胡海涛"), (MB, "195.6147.0155")], [U]),
    ("sms", "debtor", "【橙意付】您好，账户绑定手机195-2138-9930的用户，您的账单已逾期15天，请及时还款。",
     [(MB, "195-2138-9930")], [U]),
    ("app", "debtor", "【橙意付】逾期提醒\n账户手机：\n18680512428\n欠款：318.90元\n请今日内还款。", [(MB, "18680512428")], [U]),
    ("sms", "debtor", "【驰远汽车金融】有事打17025337850找我，我是处理您车贷的钱经理，您名下号码0086 17707738964已被标记为失联。",
     [(MB, "17025337850"), (MB, "17707738964")], [U]),
    ("app", "debtor", "[企业微信] 专员：胡先生，核对一下您的身份证：320583 19681007 3907，没错的话我就提交减免申请了。",
     [(ID, "320583 19681007 3907")], [U]),
    ("sms", "debtor", "【驰远汽车金融】您的还款卡6214-8306-9977-9897本月扣款失败，请存入足额资金。",
     [(BC, "6214-8306-9977-9897")], [U]),
    ("email", "debtor", "收件人：hu.haitao@sina.com\n胡先生：您的扣款卡 6230 5845 6326 1871 576 已挂失，请尽快提供新卡号。",
     [(EM, "hu.haitao@sina.com"), (BC, "6230 5845 6326 1871 576")], [U]),
    ("app", "debtor", "[企业微信] 专员：胡先生，您身份证号１４０１０５１９９５０５０７６４９Ｘ对吧？我们这边系统显示逾期了。",
     [(ID, "１４０１０５１９９５０５０７６４９Ｘ")], [U]),
    ("call", "debtor", "坐席：胡先生我报一下您的卡号您核对一下六二二七零零四七四零七七八四零八对吗\n客户：对的",
     [(BC, "六二二七零零四七四零七七八四零八")], [U]),
    ("call", "debtor", "坐席：胡先生您好请问您现在用的还是幺三勾幺四四五八幺两四这个号吗\n客户：是的",
     [(MB, "幺三勾幺四四五八幺两四")], [U]),
    ("call", "debtor", "坐席：您好我跟您核对一下您的身份证号码是三两洞五八三幺勾六八幺洞洞拐三勾洞拐\n客户：对",
     [(ID, "三两洞五八三幺勾六八幺洞洞拐三勾洞拐")], [U]),
    ("call", "debtor", "坐席：胡先生您好您登记的老身份证号码是六二零一零二七五一一二八二八九这个还在用吗\n客户：早换了",
     [(ID, "六二零一零二七五一一二八二八九")], [U]),
    ("call", "debtor", "坐席：胡先生您的联系电话我念一下一五五七六八七六一一八对吗\n客户：对",
     [(MB, "一五五七六八七六一一八")], [U]),
    ("call", "debtor", "坐席：您好请问是机主幺五两四两拐洞勾拐四五吗这边是橙意付委托的沪衡信息\n客户：是我",
     [(MB, "幺五两四两拐洞勾拐四五")], [U]),
    ("sms", "debtor", "【橙意付】您的护照号G38127564已用于实名认证，账单逾期，请尽快还款。", [(PP, "G38127564")], [U]),
    ("app", "debtor", "[企业微信] 专员：胡先生，你护照EA５０２８３６１我们已经看到了，别想着出国躲债。",
     [(PP, "EA５０２８３６１")], [U]),
    ("sms", "debtor", "【沪衡信息】提醒：手机号+8618130219213的用户，您的橙意付账单已逾期60天。",
     [(MB, "18130219213")], [U]),
    ("sms", "debtor", "【沪衡信息】您好，您手机号码138****2205关联的橙意付账单已逾期60天，请致电021-5496 2108转6021处理。",
     [(LL, "021-5496 2108")], []),
    ("sms", "debtor", "【驰远汽车金融】身份证号320583********3907的客户，您的车贷已逾期，请登录驰远App查看账单。", [], []),
    ("app", "debtor", "[企业微信] 专员：胡先生，您的扣款卡 6230 **** **** **** 576 本月扣款失败，请换卡。", [], []),
    ("sms", "debtor", "【驰远汽车金融】尊敬的客户，您的车贷合同已逾期，如需协商请拨打我司贷后专线0755-8326 1940转8016。",
     [(LL, "0755-8326 1940")], []),
    ("app", "debtor", "[企业微信] 专员：胡先生，我是沪衡的钱经理，座机(020)3862 7715，手机17050711355，上班时间都能找到我。",
     [(LL, "(020)3862 7715"), (MB, "17050711355")], []),
    ("call", "debtor", "坐席：胡先生我们这边的回拨号码是洞两幺五四勾六两幺洞八转六洞两幺您记一下\n客户：好",
     [(LL, "洞两幺五四勾六两幺洞八")], []),
    ("call", "debtor", "坐席：胡先生您好\n客户：我新手机是一八零二三八二一五六七以后打这个\n坐席：好的已经更新了",
     [(MB, "一八零二三八二一五六七")], []),
    ("app", "debtor", "[企业微信] 客户：我的身份证320583196810073907你们自己查\n专员：胡先生不用发完整身份证号的，请撤回，"
     "我们只需要后四位核对。", [(ID, "320583196810073907")], []),
    ("sms", "debtor", "【橙意付】尊敬的客户，您的账户手机号已由136****0182变更为177****0767，若非本人操作请致电95733。", [], []),
    ("email", "debtor", "收件人：hu.haitao@sina.com\n胡先生：您账户信息如下：姓名胡海涛，证件号码140105-19950507-649X，"
     "绑定卡6221 5011 1390 3337 237，请核对。", [(EM, "hu.haitao@sina.com"), (P, "胡海涛"),
                                            (ID, "140105-19950507-649X"), (BC, "6221 5011 1390 3337 237")], [U]),
    ("notice", "debtor", "催收函\n致：胡海涛\n身份证号：\n1 4 0 1 0 5 1 9 9 5 0 5 0 7 6 4 9 X\n欠款金额：12,406.50元\n"
     "请于2024年7月15日前还款。", [(P, "胡海涛"), (ID, "1 4 0 1 0 5 1 9 9 5 0 5 0 7 6 4 9 X")], [U]),
    ("call", "debtor", "坐席：胡先生您那个卡号是六两三洞五八四五六三两六幺八拐幺五拐六这张对吧我们今天还扣这张\n客户：嗯",
     [(BC, "六两三洞五八四五六三两六幺八拐幺五拐六")], [U]),
    ("app", "debtor", "[企业微信] 专员：胡先生您好，您的手机号码幺七七五八三六零七六七已登记为还款提醒号码，没错吧？",
     [(MB, "幺七七五八三六零七六七")], [U]),
]

# --- numbers shaped like identifiers that are none -----------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【驰远汽车金融】您的车贷合同编号320583202313073907已变更还款日为每月18日，详询400-818-6627。", [], []),
    ("sms", "debtor", "【橙意付】您购买的商品已发货，运单号 773213413052891，账单金额 259.00 元将于 7 月 10 日出账。", [], []),
    ("app", "debtor", "【橙意付】您的退款已到账，退款流水号 7188 8041 3470 5602，金额 63.50 元，请注意查收。", [], []),
    ("sms", "debtor", "【沪衡信息】您的案件已进入调解程序，调解案号（2024）沪0112民调字第18832号，调解员电话请以法院通知为准。",
     [], []),
    ("email", "debtor", "收件人：hu.haitao@sina.com\n胡先生：您申请的发票已开具，发票号码 24312000000087651234，开票金额"
     " 1,280.00 元。", [(EM, "hu.haitao@sina.com")], []),
    ("call", "debtor", "坐席：胡先生您记一下您的工单号幺两零五三八八四六七幺两后面查进度就报这个号\n客户：好的", [], []),
    ("sms", "debtor", "【驰远汽车金融】您的还款验证码：４８２７１９，请勿告知他人。客服热线９５７３３。", [], []),
    ("app", "debtor", "【橙意付】还款成功！交易单号 0078297834930742987，还款金额 1,204.50 元，剩余应还 0.00 元。", [], []),
    ("sms", "debtor", "【沪衡信息】您的协商还款编号为 HH12058846712，首期金额980元，还款日2024-06-05，请按时还款。", [], []),
    ("call", "debtor", "机器人：您好，您的账单金额为壹仟贰佰零肆元伍角，还款截止日期为二零二四年六月二十日，人工服务请拨"
     "四零零八幺八六六二七。\n客户：（按键1）", [], []),
    ("notice", "debtor", "还款提醒函\n合同编号：8895-3890-0457-4312-012\n借款金额：80,000.00元\n已还期数：22/36\n"
     "本期应还：2,870.00元\n还款日：2024年7月5日", [], []),
    ("app", "debtor", "[企业微信] 专员：胡先生，您的结清证明编号 2744 5932 2237 3099，可以在App里下载电子版。", [], []),
]

# --- the debt told to relatives, colleagues, neighbours and partners ------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，您儿子胡海涛的车贷已经逾期两个月了，您做家长的帮忙催一下。", [(P, "胡海涛")], [D]),
    ("sms", "third_party", "【橙意付】阿姨好，海涛那边的账还没平，您得空说他两句。", [(P, "海涛")], [D]),
    ("sms", "third_party", "胡总您好，您弟那笔钱驰远那边还在等着呢，您看能不能帮着张罗一下。", [], [D]),
    ("call", "third_party", "坐席：喂您好请问是胡海涛的姐姐吗\n联系人：是我\n坐席：您弟弟在橙意付还有三千多没还您知道吗",
     [(P, "胡海涛")], [D]),
    ("call", "third_party", "坐席：喂您好是胡海涛的姐姐吧\n联系人：是他怎么了\n坐席：没什么大事我们有点事情找他他电话一直打不通"
     "麻烦您让他回个电话\n联系人：好", [(P, "胡海涛")], []),
    ("call", "third_party", "坐席：您好请问是胡海涛的同学吗\n联系人：是高中同学\n坐席：他在我们这边借了钱一直失联您有他现在的"
     "地址吗", [(P, "胡海涛")], [D]),
    ("call", "third_party", "坐席：喂是韦国栋家吗\n联系人：我是他爸\n坐席：大爷您好，您儿子那台车的钱还没交齐，您劝劝他吧",
     [(P, "韦国栋")], [D]),
    ("call", "third_party", "坐席：您好请问是韦国栋的岳父吗\n联系人：是\n坐席：您女婿车贷逾期我们这边已经准备起诉了您跟他说说",
     [(P, "韦国栋")], [D]),
    ("call", "third_party", "坐席：您好是韦国栋的担保人韦国梁先生吗\n联系人：是我\n坐席：您当时签了连带担保，他这期没还上，"
     "按合同您要承担还款责任，您看怎么处理", [(P, "韦国栋"), (P, "韦国梁")], []),
    ("app", "third_party", "[企业微信] 专员：韦先生您好，您表弟韦国栋联系不上，他车子的事您应该也听说了，帮忙催一下。",
     [(P, "韦国栋")], [D]),
    ("sms", "third_party", "【沪衡信息】陈姐，小吴欠的那笔钱还是没动静，您当房东的帮忙问问她。", [], [D]),
    ("sms", "third_party", "王老板好，您店里的收银员吴晓燕在我们这儿有笔网贷到期没还，麻烦您提醒她。", [(P, "吴晓燕")], [D]),
    ("app", "third_party", "[企业微信] 专员：刘经理好，您们公司谭雅琪那笔先用后付的款子还挂着，方便的话提醒一下。",
     [(P, "谭雅琪")], [D]),
    ("app", "third_party", "[企业微信群·星河科技市场部] 专员：谭雅琪在群里吗？橙意付那边找你一个多月了。",
     [(P, "谭雅琪")], [D]),
    ("app", "third_party", "[企业微信群·周口老乡会] 专员：孙立新在不在？老乡们谁看见他让他把上海那笔账结了。",
     [(P, "孙立新")], [D]),
    ("app", "third_party", "[企业微信群·顺达物流司机群] 专员：各位师傅，开冷链车的孙师傅最近在哪跑？他欠的钱到期了。",
     [], [D]),
    ("sms", "third_party", "【驰远汽车金融】邻居您好，您隔壁郑先生家的车我们要收回了，他的月供一直没交。", [], [D]),
    ("call", "third_party", "坐席：喂您好是锦绣花园物业吗\n联系人：是的\n坐席：你们8栋的韦国栋欠我们车贷，他一般几点回家",
     [(P, "韦国栋")], [D]),
    ("call", "third_party", "坐席：您好是锦绣花园物业吗我们寄给贵小区业主的一封挂号信被退回了想确认一下物业能否代收\n"
     "联系人：可以代收", [], []),
    ("notice", "third_party", "致恒通电子厂人事部：贵厂员工郑凯（工号HT3072）在我司车贷逾期三期，特函告知，请贵厂督促其还款。"
     "\n驰远汽车金融有限公司", [(P, "郑凯")], [D]),
    ("notice", "third_party", "致嘉定实验小学：贵校三（2）班学生杜思琪的家长杜振华拖欠我司委托方款项，请学校转告家长。",
     [(P, "杜思琪"), (P, "杜振华")], [D, S]),
    ("email", "third_party", "收件人：li.na@huacheng-ad.com\n李娜您好，您的同事吴晓燕在橙意付有一笔逾期账单，我们联系不上她，"
     "麻烦您转达。", [(EM, "li.na@huacheng-ad.com"), (P, "李娜"), (P, "吴晓燕")], [D]),
    ("sms", "third_party", "秀兰表姐你好，你表妹晓燕那张单子还没还，逾期都快两个月了，你帮忙跟她说一下。",
     [(P, "秀兰"), (P, "晓燕")], [D]),
    ("call", "third_party", "坐席：喂你好你是杜振华的女朋友吧\n联系人：你谁啊\n坐席：你男朋友在外面欠了一屁股债你知道不",
     [(P, "杜振华")], [D]),
    ("call", "third_party", "坐席：你好请问是杜振华吗\n联系人：打错了吧我不认识这个人\n坐席：不好意思打扰了我们会删除这个号码",
     [(P, "杜振华")], []),
    ("call", "third_party", "坐席：你好请问是杜振华吗\n联系人：我不是他我是他前妻\n坐席：那你转告他驰远的车贷今天必须还",
     [(P, "杜振华")], [D]),
    ("call", "third_party", "坐席：你好是杜振华的前妻吗\n联系人：我们早离了\n坐席：那打扰了，如果他找您，请让他回我们电话，"
     "其他的我们不方便跟您说", [(P, "杜振华")], []),
    ("sms", "third_party", "【橙意付】雷静的老公您好，您爱人的账单逾期28天了，她现在怀孕不方便，您来还也行。",
     [(P, "雷静")], [D, S]),
    ("app", "third_party", "[企业微信] 专员：黄女士，你老公韦国栋身份证450103196501226960，车贷欠款九千八，你们夫妻共同"
     "财产，你也有份还。", [(P, "韦国栋"), (ID, "450103196501226960")], [D, U]),
    ("sms", "third_party", "郑老师好，您班上郑浩然的爸爸欠我们公司钱，麻烦您放学的时候跟孩子说一声让他爸回电。",
     [(P, "郑浩然")], [D, S]),
    ("call", "third_party", "坐席：喂您好是吕波的哥们吧\n联系人：嗯怎么了\n坐席：他卡号六两幺四八三洞六勾勾拐拐勾八勾拐一直扣不到"
     "钱您跟他说说", [(P, "吕波"), (BC, "六两幺四八三洞六勾勾拐拐勾八勾拐")], [D, U]),
    ("app", "third_party", "[企业微信] 专员：吕总，您合伙人吕波最近手头紧吧？他的车我们准备拖走了。", [(P, "吕波")], [D]),
    ("sms", "third_party", "【沪衡信息】胡海涛的紧急联系人您好，他的手机13914458124一直关机，他欠的钱什么时候还？",
     [(P, "胡海涛"), (MB, "13914458124")], [D, U]),
    ("notice", "third_party", "致星河科技有限公司：我司受橙意付委托，现将一份致贵司员工谭雅琪本人的信件随函寄送，烦请原封转交，"
     "谢谢配合。", [(P, "谭雅琪")], []),
    ("call", "third_party", "坐席：喂你好请问是胡海涛的舅舅吗\n联系人：对\n坐席：他最近在第三人民医院精神科住院您知道吗他欠我们的钱"
     "谁来还", [(P, "胡海涛")], [D, S]),
    ("app", "third_party", "[企业微信群·吕家亲戚群] 专员：吕波的事大家知道一下，驰远那边已经在走程序了。", [(P, "吕波")], [D]),
    ("sms", "third_party", "【驰远汽车金融】尊敬的保证人韦国梁先生，主合同借款人已逾期，依据您签署的保证合同，请于7月10日前"
     "履行保证责任，详询021-6087 4415。", [(P, "韦国梁"), (LL, "021-6087 4415")], []),
]

# --- family members, colleagues and workplaces named to the debtor ------------------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【驰远汽车金融】胡先生，您岳父母冯建军、林秀珍的电话我们这边都有，请您尽快还款，别让老人操心。",
     [(P, "冯建军"), (P, "林秀珍")], [X]),
    ("sms", "debtor", "【沪衡信息】吴女士，您女儿赵可欣的手机17727489140一直有人接，要不我们跟她聊聊？",
     [(P, "赵可欣"), (MB, "17727489140")], [U, X]),
    ("app", "debtor", "[企业微信] 专员：吴晓燕，你在华成广告公司做出纳对吧，你们财务总监李娜我们也认识。",
     [(P, "吴晓燕"), (P, "李娜")], [X]),
    ("call", "debtor", "坐席：吴女士你前夫赵鹏那边我们也打过了电话是幺拐拐四幺三勾洞洞勾六对吧\n客户：你们打他干嘛",
     [(P, "赵鹏"), (MB, "幺拐拐四幺三勾洞洞勾六")], [U, X]),
    ("sms", "debtor", "【橙意付】谭女士，您登记的家庭住址成都市锦江区东大街下东大街段99号时代豪庭2栋1单元1603，工作单位星河科技，"
     "都已核实。", [(A, "成都市锦江区东大街下东大街段99号时代豪庭2栋1单元1603")], [X]),
    ("call", "debtor", "坐席：谭女士你男朋友方磊在天府软件园上班的吧他手机幺三拐六洞幺四六幺六三我们也有\n客户：跟他有什么关系",
     [(P, "方磊"), (MB, "幺三拐六洞幺四六幺六三")], [U, X]),
    ("app", "debtor", "[企业微信] 专员：谭女士，您妈谭秀英在绵阳开小卖部的吧？她电话15999286044，要不要我们打给她？",
     [(P, "谭秀英"), (MB, "15999286044")], [U, X]),
    ("sms", "debtor", "【沪衡信息】孙立新，你老婆刘美华、儿子孙浩宇、妹妹孙立红的电话我们都存着，自己看着办。",
     [(P, "孙立新"), (P, "刘美华"), (P, "孙浩宇"), (P, "孙立红")], [X]),
    ("call", "debtor", "坐席：孙先生你们车队队长老马叫马志强吧他说你这周都在跑昆山的线\n客户：你们找我领导干嘛",
     [(P, "马志强")], [S, X]),
    ("email", "debtor", "收件人：sunlixin1980@qq.com\n孙先生：经核实，您目前受雇于顺达物流（上海市青浦区华新镇华腾路1288号），"
     "直属主管马志强，联系电话18542406607。请尽快还款。", [(EM, "sunlixin1980@qq.com"),
     (A, "上海市青浦区华新镇华腾路1288号"), (P, "马志强"), (MB, "18542406607")], [U, X]),
    ("app", "debtor", "[企业微信] 专员：郑先生，你小舅子陈思远在东莞开快递站，我们今天去他站里坐了坐，他说会劝你。",
     [(P, "陈思远")], [X]),
    ("sms", "debtor", "【驰远汽车金融】郑凯，你老婆陈思敏在莞城医院哪个科室上班我们都清楚，别逼我们去医院找她。",
     [(P, "郑凯"), (P, "陈思敏")], [X]),
    ("call", "debtor", "坐席：郑先生您爷爷郑德厚今年八十多了吧还住在樟木头老家\n客户：你想干嘛\n坐席：就是提醒您别让老人"
     "家跟着操心", [(P, "郑德厚")], [X]),
    ("sms", "debtor", "【驰远汽车金融】吕波，东莞市东城区东纵大道208号金丰花园9栋701，星期六我们的人会过去。",
     [(P, "吕波"), (A, "东莞市东城区东纵大道208号金丰花园9栋701")], [X]),
    ("app", "debtor", "[企业微信] 专员：吕先生，你妹妹吕倩在东城做美甲的，手机幺八洞六洞勾幺两两三洞，我们已经跟她说过你的"
     "情况了。", [(P, "吕倩"), (MB, "幺八洞六洞勾幺两两三洞")], [U, X]),
    ("call", "debtor", "坐席：吕先生您太太周雪梅在哪个单位我们也知道就不多说了您今天能还多少\n客户：你们别找她",
     [(P, "周雪梅")], [X]),
    ("sms", "debtor", "【橙意付】雷静，您公公婆婆雷建华、张玉兰住在宝安西乡，您的情况要我们上门跟他们说说吗？",
     [(P, "雷静"), (P, "雷建华"), (P, "张玉兰")], [X]),
    ("app", "debtor", "[企业微信] 专员：雷女士，您哥雷刚在宝安第三幼儿园当保安，电话13336927914，您不接我们就打他。",
     [(P, "雷刚"), (MB, "13336927914")], [U, X]),
    ("call", "debtor", "坐席：杜先生你最好的哥们叶明轩他电话一五九零六零五八六八零我们也有\n客户：你们怎么有他电话",
     [(P, "叶明轩"), (MB, "一五九零六零五八六八零")], [U, X]),
    ("sms", "debtor", "【沪衡信息】杜振华，你在宁波五金城的合伙人陈明和你哥杜振宇都知道你欠钱了吗？",
     [(P, "杜振华"), (P, "陈明"), (P, "杜振宇")], [X]),
    ("app", "debtor", "[企业微信] 专员：韦先生，你前妻梁小燕现在住南宁江南区，她手机19196002578，要不要我们问问她？",
     [(P, "梁小燕"), (MB, "19196002578")], [U, X]),
    ("call", "debtor", "坐席：韦先生您堂弟韦国华在瑞丰贸易跟您一个部门吧\n客户：是又怎么样\n坐席：那您也不想他知道吧",
     [(P, "韦国华")], [X]),
    ("sms", "debtor", "【驰远汽车金融】韦先生，您女儿韦佳怡、儿子韦子豪的名字我们都知道，请为孩子们尽快把车贷还了。",
     [(P, "韦佳怡"), (P, "韦子豪")], [X]),
    ("email", "debtor", "收件人：weiguodong@126.com\n韦国栋先生：您在瑞丰贸易有限公司（南宁市西乡塘区大学东路68号）任销售主管，"
     "月薪约1.1万元，请按时还款。", [(EM, "weiguodong@126.com"), (P, "韦国栋"),
                                  (A, "南宁市西乡塘区大学东路68号")], [S, X]),
    ("app", "debtor", "[企业微信] 专员：胡先生，你女朋友苏婉清在建行上班，电话15240800646，你也不想她知道吧。",
     [(P, "苏婉清"), (MB, "15240800646")], [U, X]),
    ("call", "debtor", "坐席：胡先生你岳母说你们家婉清下个月要生了她电话幺五八两两幺五三三幺幺是吧\n客户：你们怎么什么都知道",
     [(P, "婉清"), (MB, "幺五八两两幺五三三幺幺")], [S, U, X]),
    ("sms", "debtor", "【驰远汽车金融】胡海涛，湖北省武汉市江岸区解放大道1688号汉口花园4栋3单元802，工作单位武汉华瑞汽配，"
     "请今天回电。", [(P, "胡海涛"), (A, "湖北省武汉市江岸区解放大道1688号汉口花园4栋3单元802")], [X]),
    ("app", "debtor", "[企业微信] 专员：胡先生，你表哥胡志勇的电话18239655543，你舅舅在汉阳开的那家面馆我们也知道。",
     [(P, "胡志勇"), (MB, "18239655543")], [U, X]),
    ("sms", "debtor", "【沪衡信息】潘女士，您叔叔潘德明、姑姑潘玉芬都是您通讯录里的，您的事他们迟早会知道。",
     [(P, "潘德明"), (P, "潘玉芬")], [X]),
    ("call", "debtor", "坐席：潘女士您同事林晓说您最近请了病假在家保胎\n客户：这是我隐私\n坐席：那您也得先把这期还了",
     [(P, "林晓")], [S, X]),
    ("app", "debtor", "[企业微信] 专员：潘女士，您老公何振东在东莞中心血站上班，手机幺五洞五四拐洞洞八两勾，我们会找他的。",
     [(P, "何振东"), (MB, "幺五洞五四拐洞洞八两勾")], [U, X]),
    ("sms", "debtor", "【橙意付】贺文静，您婆婆王桂芝说您搬回娘家住了，她让我们有事直接找您老公刘建军。",
     [(P, "贺文静"), (P, "王桂芝"), (P, "刘建军")], [X]),
    ("call", "debtor", "坐席：贺女士您在悦动瑜伽馆做教练对吧馆长周敏我们加了微信\n客户：你们怎么找到我单位的",
     [(P, "周敏")], [X]),
    ("app", "debtor", "[企业微信] 专员：贺文静女士，杭州市拱墅区湖墅南路303号信义坊6幢402室，您的先用后付账单请今天处理。",
     [(P, "贺文静"), (A, "杭州市拱墅区湖墅南路303号信义坊6幢402室")], [X]),
]

# --- Cantonese and traditional characters -------------------------------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("call", "debtor", "催收員：喂，陳生你好，我哋係沪衡信息嘅，你橙意付嗰張單逾期咗四十幾日喇\n客户：我知，下個禮拜還",
     [], []),
    ("call", "debtor", "催收員：陳生，我同你核對下身份證，四四零三零六一九七二零三零四五七零X，啱唔啱？\n客户：啱",
     [(ID, "四四零三零六一九七二零三零四五七零X")], [U]),
    ("call", "third_party", "催收員：喂，你係陳志輝嘅老婆嘛？佢喺我哋度借咗錢成兩個月冇還喇，你同佢講聲啦\n聯繫人：唔關我事",
     [(P, "陳志輝")], [D]),
    ("call", "third_party", "催收員：你好，唔該幫我搵陳志輝，叫佢得閒覆個電話俾我哋，唔該晒\n聯繫人：好啦", [(P, "陳志輝")], []),
    ("call", "debtor", "催收員：陳生，你老婆黃詠詩喺旺角嗰間茶餐廳返工，佢電話一八二七七八零零二八四我哋都有\n客户：你哋想點",
     [(P, "黃詠詩"), (MB, "一八二七七八零零二八四")], [U, X]),
    ("call", "debtor", "催收員：陳生，聽講你每個禮拜三晚都去跑馬地睇賽馬，有錢賭馬冇錢還數？\n客户：關你咩事",
     [], [S]),
    ("app", "third_party", "[微信群·天水圍同鄉會] 專員：陳志輝喺唔喺度？佢欠橙意付嗰筆數幾時還呀？", [(P, "陳志輝")], [D]),
    ("sms", "debtor", "【橙意付】陳先生您好，您於本平台之先享後付帳單已逾期46日，欠款港幣3,280元，請於7月5日前還款，"
     "查詢請致電95733。", [], []),
    ("sms", "debtor", "【橙意付】陳志輝先生，您嘅身份證號碼44030619720304570X已登記逾期，請即還款。",
     [(P, "陳志輝"), (ID, "44030619720304570X")], [U]),
    ("email", "debtor", "收件人：chan.chifai@yahoo.com.hk\n陳先生：閣下之子陳浩霖就讀九龍塘某國際學校六年級，每朝七點半"
     "校巴接送，請為孩子著想，儘快清還欠款。", [(EM, "chan.chifai@yahoo.com.hk"), (P, "陳浩霖")], [S, X]),
    ("notice", "debtor", "催繳通知\n林美玲女士：您於本公司之信用貸款已逾期62日，應還金額新台幣48,600元，請於6月30日前繳清。"
     "\n客服專線：(02)2718-3306", [(P, "林美玲"), (LL, "(02)2718-3306")], []),
    ("notice", "debtor", "催繳通知\n林美玲女士（台北市大安區忠孝東路四段216號9樓之3，任職於永信保險經紀公司）：您的貸款已逾期，"
     "請儘速繳款。", [(P, "林美玲"), (A, "台北市大安區忠孝東路四段216號9樓之3")], [X]),
    ("sms", "third_party", "【永豐信貸】林小姐的母親您好，您女兒的貸款已逾期兩個月，請提醒她儘速處理。", [], [D]),
    ("sms", "debtor", "【永豐信貸】林小姐，據了解您目前在台大醫院接受乳癌化療，但貸款仍須按期繳納。", [], [S]),
    ("sms", "debtor", "【永豐信貸】林小姐，如您因重大傷病無法按期還款，可檢附診斷證明申請延緩繳款。", [], []),
    ("app", "debtor", "[LINE] 專員：林小姐，您先生吳建宏在內湖科技園區上班，電話我們也有，請您今天回覆。",
     [(P, "吳建宏")], [X]),
    ("call", "debtor", "催收員：陳生，你張卡六二二二零二八八一零四四三二五九今朝扣唔到數，你快啲入錢啦\n客户：知道",
     [(BC, "六二二二零二八八一零四四三二五九")], [U]),
    ("sms", "debtor", "【永豐信貸】林小姐，您每週日上午在信義區靈糧堂聚會，我們的同仁會在門口等您。", [], [S]),
]

# --- replies to complaints ----------------------------------------------------------------------------------

COMPLAINT_REPLIES: list[PiplEntry] = [
    ("email", "debtor", "收件人：tan.yaqi@163.com\n谭女士：关于您投诉我司联系您同事一事，经查，外访员确曾致电您同事梁思远"
     "（13532377553）和吴佳佳，我们已对其批评教育。", [(EM, "tan.yaqi@163.com"), (P, "梁思远"), (MB, "13532377553"),
                                            (P, "吴佳佳")], [U, X]),
    ("email", "debtor", "收件人：tan.yaqi@163.com\n谭女士：关于您投诉我司联系您同事一事，经查属实，涉事人员已停岗，我司已"
     "删除相关联系人信息，今后仅与您本人联系。", [(EM, "tan.yaqi@163.com")], []),
    ("sms", "debtor", "【橙意付】您的投诉（工单号TS20240611-0392）已处理：经核实，外包机构曾将您的欠款情况告知您所在的"
     "幼儿园园长，我们已终止与该机构合作。", [], []),
    ("notice", "debtor", "投诉答复函\n孙立新先生：您反映我司人员在您单位顺达物流（青浦区华腾路1288号）及您妻子刘美华处透露欠款"
     "一事，经核查情况属实，我司深表歉意。", [(P, "孙立新"), (A, "青浦区华腾路1288号"), (P, "刘美华")], [X]),
    ("email", "debtor", "收件人：sunlixin1980@qq.com\n孙先生：您投诉的催收员已核实，您当时说的戒毒经历和低保情况，我们已"
     "要求其从系统中删除。", [(EM, "sunlixin1980@qq.com")], [S]),
    ("sms", "debtor", "【驰远汽车金融】郑先生，您关于催收人员联系您儿子学校的投诉已收到，我们已在南城阳光第二小学四年级"
     "班主任处道歉并说明情况。", [], [S]),
    ("notice", "debtor", "投诉答复函\n吕波先生：您投诉我司人员向您妹妹吕倩（18060912230）、您太太周雪梅透露欠款一事，经查属实，"
     "已处理。", [(P, "吕波"), (P, "吕倩"), (MB, "18060912230"), (P, "周雪梅")], [U, X]),
    ("email", "debtor", "收件人：weiguodong@126.com\n韦先生：您的投诉已受理，受理编号TS-0615-2281，我司将在15个工作日内"
     "书面答复。处理期间暂停对您的催收。", [(EM, "weiguodong@126.com")], []),
    ("sms", "debtor", "【沪衡信息】杜先生，您投诉外访员在您去医院复查肝病时跟到医院门口，我们已调查并向您道歉。", [], [S]),
    ("email", "third_party", "收件人：hr@xinghe-kj.com\n贵司人事部：前期我司外包人员向贵司透露员工谭雅琪的橙意付欠款情况，"
     "特此致歉，并请贵司删除相关信息。", [(EM, "hr@xinghe-kj.com"), (P, "谭雅琪")], [D]),
    ("email", "third_party", "收件人：hr@xinghe-kj.com\n贵司人事部：前期我司外包人员曾多次致电贵司，打扰了贵司正常办公，特此"
     "致歉。今后我司将不再致电贵司。", [(EM, "hr@xinghe-kj.com")], []),
]

# --- letters to debtors and employers -------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：CY-CS-2024-0721\n致：郑凯（广东省东莞市南城区宏图路88号鸿禧花园5栋1203）\n您于本司"
     "办理的车贷已逾期三期，应还金额12,860.40元，请于2024年7月31日前还款。联系电话021-6087 4415。",
     [(P, "郑凯"), (A, "广东省东莞市南城区宏图路88号鸿禧花园5栋1203"), (LL, "021-6087 4415")], []),
    ("notice", "debtor", "催收函\n致：郑凯\n您的车贷已逾期三期。经查，您妻子陈思敏（身份证441302199712223177）名下有一辆"
     "小轿车，可用于抵偿。", [(P, "郑凯"), (P, "陈思敏"), (ID, "441302199712223177")], [S, U, X]),
    ("notice", "third_party", "致恒通电子厂：贵厂员工郑凯系我司车贷客户，已逾期90余天，经多次催告仍未还款，特请贵厂协助"
     "从其工资中代扣。\n驰远汽车金融有限公司（盖章）", [(P, "郑凯")], [D]),
    ("notice", "debtor", "律师函\n致：胡海涛先生\n受驰远汽车金融委托，现就您的车贷逾期事宜函告如下：您的配偶冯丽（电话"
     "16611662531）为您借款的知情人，我所将一并向其送达本函。", [(P, "胡海涛"), (P, "冯丽"), (MB, "16611662531")],
     [U, X]),
    ("notice", "third_party", "告知函\n致：冯丽女士\n您丈夫胡海涛在驰远汽车金融的车贷已逾期95天，欠款23,400元，特此告知。",
     [(P, "冯丽"), (P, "胡海涛")], [D]),
    ("notice", "debtor", "还款通知书\n胡海涛先生：您的车贷已逾期，经查您在工商银行有定期存款五万元，请提前支取用于还款。",
     [(P, "胡海涛")], [S]),
    ("notice", "third_party", "致锦江区东大街社区居委会：辖区居民谭雅琪（时代豪庭2栋1单元1603）在我司委托方有欠款未还，"
     "请社区协助通知。", [(P, "谭雅琪"), (A, "时代豪庭2栋1单元1603")], [D]),
    ("notice", "debtor", "催收函\n致：韦国栋先生\n经查，您近三个月的微信支付流水中有多笔夜间转账至“金沙娱乐”，我司认为您有"
     "还款能力。", [(P, "韦国栋")], [S]),
    ("notice", "third_party", "致瑞丰贸易有限公司财务部：贵司员工韦国栋、其妻黄丽萍均在我司有逾期，请贵司暂扣韦国栋本月提成。",
     [(P, "韦国栋"), (P, "黄丽萍"), (P, "韦国栋")], [D, X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AE-CAR-FINANCE-SMS": CAR_FINANCE_SMS,
    "AE-PAY-LATER": PAY_LATER,
    "AE-AGENCY-SMS": AGENCY_SMS,
    "AE-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AE-ASR-CALLS": ASR_CALLS,
    "AE-WECHAT-WORK": WECHAT_WORK,
    "AE-EMAILS": EMAILS,
    "AE-HANDOVER-SHEETS": HANDOVER_SHEETS,
    "AE-CRM-NOTES": CRM_NOTES,
    "AE-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AE-DECOYS": DECOYS,
    "AE-THIRD-PARTIES": THIRD_PARTIES,
    "AE-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AE-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AE-COMPLAINT-REPLIES": COMPLAINT_REPLIES,
    "AE-LETTERS": LETTERS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
