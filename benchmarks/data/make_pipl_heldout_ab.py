"""Writes `pipl_heldout_ab.jsonl`, the twenty-eighth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_aa.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes) and typed into the texts by hand; the
passports were typed to the pattern.

Its weight lies on identifiers and on the categories detectors find hardest. Identifiers stand in a hundred
messages: mobiles, landlines with area codes (one read aloud digit by digit) and extensions after 转 or 分机,
18-digit IDs (two ending in X) and old 15-digit ones, bank cards of 16 and 19 digits, ordinary passports (E, EA,
G); read aloud with 幺 洞 两 拐 勾 and with 零 to 九, one by a robot caller digit by digit, grouped by spaces, dots and
hyphens, on a line of its own, in full-width digits, behind ＋86 and 0086, glued to the Chinese words around them,
and spaced out character by character in an OCR'd visit receipt. Beside them stand decoys of the same shapes:
contract, application, serial, loan, work-order, IOU, order, receipt, batch, settlement, waybill and invoice
numbers (18-digit ones failing the check character or with a thirteenth month, a 15-digit one with a thirteenth
month, 19-digit ones grouped like cards but failing Luhn, a work-order number read aloud like an ID), a
pre-litigation mediation case number, verification and repayment codes, 95 and 400 numbers written and read aloud,
masked forms, amounts and dates. Third-party disclosure labels over sixty messages, many saying no more than that
the money "is still hanging", "has not landed" or "has no news", or naming only the lender, to a wife, a husband,
a mother, a father, parents-in-law, a sister, a sister-in-law, an aunt, an uncle, an ex-wife, a boyfriend, a
classmate, colleagues, a security guard, a neighbour, an HR department, a union, a project department, a factory,
a supermarket, schools, a landlord, a village secretary, a village head, village committees, a Taiwanese ward
office, a residents' committee, a property manager and owners', parents', company, village, workers', car owners',
classmates' and townsmen's group chats and a public post; beside them contacts asked only for a call-back (a wrong
number too), guarantors and a co-borrower told of what they signed, and sealed letters an employer, a school or a
village committee is asked to hand over. `pii.excessive` labels over sixty messages: full names with a home
address, a household registration or an employer, and the names, numbers, card and e-mail addresses of spouses, an
ex-wife, an ex-husband, a boyfriend, parents, parents-in-law, siblings, cousins, uncles and aunts, in-laws,
children, a godfather, a best friend, colleagues and a business partner. `pii.sensitive` labels over sixty, mostly
without the textbook words: dialysis, chemotherapy, a psychiatric follow-up, depression medicine, insulin,
hepatitis B medicine, a gastroscopy, a hospital stay, antenatal checks, IVF, a pregnancy and due date, children's
schools, classes, kindergartens and school buses, a cinema, a casino, an airport gate, a flight, a visa, a
badminton hall, a gym, a commute, a delivery round, step counts, a night shift, temple incense, mass, Friday
prayers, a face and voiceprint record, salary inflows, card and deposit balances, a provident-fund balance,
spending at a KTV, debts at other banks and platforms, a livelihood allowance, a disability allowance, a veteran's
allowance, detention for drink-driving and drug rehabilitation. Beside them stand debtors speaking of their own
illness, church, detention, disability or a wife's chemotherapy, agents answering with a deferral, instalments or
a pause, a face check at log-in and an optional provident-fund authorisation. Registers: lenders' SMS templates
and app pushes, robot scripts, agent calls as speech-to-text output with spoken digits, WeChat, QQ, WhatsApp and
LINE chats and group chats, letters to debtors, employers, schools, a residents' committee, a property manager and
village committees, lawyers' letters, hand-over sheets, outsourcing lists, visit reports, work orders, CRM
exports, quality notes, vendor e-mails, complaint replies, Cantonese (Hong Kong) and traditional characters
(Taiwan).

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
  lawyer's landline, the collector's work mobile, a customer writing or saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; work orders and case sheets
  passed between the agencies handling the case go to an unknown recipient and are judged on the other
  categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran). A lender's offer to pause for illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to (or the unit a property manager or village committee is asked to forward it to: that letter is a
  disclosure), a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or 0086 before
a mobile; a surname with an honorific or a prefix (罗先生, 小陈, 马女士) is not a PERSON, a given name after a kinship
term or a nickname is; ADDRESS reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ab`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ab.jsonl"
ID_PREFIX = "PAB"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")
# --- lenders' SMS templates and app pushes to the debtor -------------------------------------------------

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【恒信小贷】尊敬的客户，您尾号4417的借款已逾期6天，请于今日登录App还款，客服95738。", [], []),
    ("sms", "debtor", "【恒信小贷】汪建军您好，您身份证350203197705257079名下借款逾期，请尽快处理。",
     [(P, "汪建军"), (ID, "350203197705257079")], [U]),
    ("sms", "debtor", "【朗月金融】您的合同HT20240617005521已生成还款计划，本期应还1,286.40元，请留意。", [], []),
    ("sms", "debtor", "【朗月金融】您绑定的还款卡6217002744098296余额不足，扣款失败，请存入后回复1。",
     [(BC, "6217002744098296")], [U]),
    ("sms", "debtor", "【朗月金融】您绑定的尾号8296储蓄卡扣款失败，请确保余额充足，详询400-820-6615。", [], []),
    ("sms", "debtor", "【速贷宝】验证码738201，您正在办理展期，5分钟内有效，请勿告诉他人。", [], []),
    ("sms", "debtor", "【速贷宝】您好，您预留的手机18673109157将作为唯一联系方式，逾期款项3,400元请于周五前还清。",
     [(MB, "18673109157")], [U]),
    ("sms", "debtor", "【速贷宝】您好，您预留的手机186****9157已验证，逾期款项3,400元请于周五前还清。", [], []),
    ("sms", "debtor", "【青禾消费金融】您本月工资卡流水显示已于10号到账8,650元，为何仍未还款？请今日处理。", [], [S]),
    ("sms", "debtor", "【青禾消费金融】我们注意到您在另外三家平台还有借款未结清，请优先处理本平台欠款。", [], [S]),
    ("sms", "debtor", "【聚财分期】您好，您每天早上七点四十从东港小区出门去地铁站，下班后记得还款。", [], [S]),
    ("sms", "debtor", "【聚财分期】戴晓岚女士，您住在溪桥路88号丽景苑5栋1202，在宏达物流上班，欠款请本周结清。",
     [(P, "戴晓岚"), (A, "溪桥路88号丽景苑5栋1202")], [X]),
    ("sms", "debtor", "【鑫途借】您母亲孙桂芝(13554435268)和您弟弟孙明我们都联系得到，请主动还款。",
     [(P, "孙桂芝"), (MB, "13554435268"), (P, "孙明")], [U, X]),
    ("sms", "debtor", "【鑫途借】您的借款逾期第12天，请主动联系我们协商，电话021-61235588转806。",
     [(LL, "021-61235588")], []),
    ("sms", "debtor", "【鑫途借】订单号2024061518673109已逾期，请登录App查看，勿回复本短信。", [], []),
    ("sms", "debtor", "【鑫途借】您在仁和医院的透析费用是您的事，欠我们的钱也得还。", [], [S]),
    ("sms", "debtor", "【鑫途借】若您因病暂时无法还款，可申请延期，提交材料后我们会在3个工作日内回复。", [], []),
    ("sms", "debtor", "【安和普惠】您的退款5,312.00元将于3个工作日内原路退回，流水号RF78120045632190。", [], []),
    ("app", "debtor", "【易花】您的借款已逾期，系统检测到您近7天在星河KTV、金沙娱乐城多次消费，请先还款。", [], [S]),
    ("app", "debtor", "【易花】亲，人脸识别比对已保存，您的声纹也已采集，逃不掉的，赶紧还。", [], [S]),
    ("app", "debtor", "【易花】为保障账户安全，本次操作需完成人脸识别，请对准摄像头。", [], []),
    ("app", "debtor", "【小橙分期】您儿子在实验小学三年级二班，每天下午四点放学，请您为孩子做个榜样，按时还款。", [], [S]),
    ("app", "debtor", "【小橙分期】您的住房公积金账户余额37,210元，完全有能力还款，请立即处理。", [], [S]),
    ("app", "debtor", "【小橙分期】您可授权查询公积金以提升额度，授权与否不影响现有借款。", [], []),
    ("app", "debtor", "【小橙分期】您留的紧急联系人是您丈夫杜志强，他手机15800558618，需要我们打吗？",
     [(P, "杜志强"), (MB, "15800558618")], [U, X]),
    ("app", "debtor", "【小橙分期】还款提醒：本期应还856.30元，到期日2024年7月18日，发票号04417820。", [], []),
    ("app", "debtor", "【天穹钱包】您名下的低保资格我们已核实，吃低保也得还钱。", [], [S]),
]

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好是林国栋先生吗\n客户：是我\n坐席：跟您核对一下身份证号 幺三零幺零二 幺九七三 零三二二 二六四七 对吧\n"
     "客户：嗯", [(P, "林国栋"), (ID, "幺三零幺零二 幺九七三 零三二二 二六四七")], [U]),
    ("call", "debtor", "坐席：您好是林先生吗\n客户：是\n坐席：麻烦您报一下身份证后四位核对身份\n客户：二六四七", [], []),
    ("call", "debtor", "坐席：喂您好这里是朗月金融\n客户：什么事\n坐席：您那张卡 六二二二 零二九一 零四二零 二四一九 扣款没扣上\n客户：知道了",
     [(BC, "六二二二 零二九一 零四二零 二四一九")], [U]),
    ("call", "debtor", "坐席：您好这里是朗月金融\n客户：嗯\n坐席：您合同号是 二零二四 零六一七 零零五五 二一 这个合同本期没扣上\n客户：好的",
     [], []),
    ("call", "debtor", "坐席：覃先生您好 您登记的电话是幺五幺 六五五二 四三七四对吧\n客户：对", [(MB, "幺五幺 六五五二 四三七四")], [U]),
    ("call", "debtor", "坐席：覃先生您好 我这边号码是幺八六拐三幺洞九幺五拐 您记一下 有事直接打\n客户：好",
     [(MB, "幺八六拐三幺洞九幺五拐")], []),
    ("call", "debtor", "坐席：您好 回拨号码是九五七三八 按二转人工\n客户：好的我记下了", [], []),
    ("call", "debtor", "坐席：我们查到您上周三去了市第三人民医院精神科复诊\n客户：你们怎么知道的\n坐席：你有钱看病没钱还钱吗",
     [], [S]),
    ("call", "debtor", "坐席：您好 您逾期两个月了\n客户：我抑郁症在住院 真没办法\n坐席：理解 我帮您申请暂停催收三十天 出院后再联系您",
     [], []),
    ("call", "debtor", "坐席：您老婆在妇幼保健院建档了吧 预产期下个月 孩子要出生了欠款还拖着\n客户：……", [], [S]),
    ("call", "debtor", "坐席：你上个月在澳门赌场待了三天 我们都知道\n客户：你监视我？", [], [S]),
    ("call", "debtor", "坐席：你每周二四晚上都在城西羽毛球馆打球对吧 打球有钱还款没钱\n客户：你们跟踪我？", [], [S]),
    ("call", "debtor", "坐席：喂 是钟丽华吧 你住在建设北路17号3单元502 你爸叫钟德海 你在新元电子厂上班\n客户：你想干嘛",
     [(P, "钟丽华"), (A, "建设北路17号3单元502"), (P, "钟德海")], [X]),
    ("call", "debtor", "坐席：你老公谭志勇 电话一三九零七七零一九零三 我们要不要打给他\n客户：别打",
     [(P, "谭志勇"), (MB, "一三九零七七零一九零三")], [U, X]),
    ("call", "debtor", "坐席：您好 您的验证码是 七三八 二零一 请在页面输入\n客户：好的", [], []),
    ("call", "debtor", "坐席:您好 是赖先生吗\n客户:是\n坐席:您身份证号码尾号是 六八一七 吗\n客户:对", [], []),
    ("call", "debtor", "坐席:赖先生 您的号码一八九.三九零八.零五九五 是本人实名吧\n客户:是", [(MB, "一八九.三九零八.零五九五")], [U]),
    ("call", "debtor", "坐席：你信教的吧 每周日去天主堂望弥撒 教友知道你欠钱吗\n客户：这跟你有什么关系", [], [S]),
    ("call", "debtor", "坐席：您好 您的欠款还没处理\n客户：我周日要去教堂 下午回来再说\n坐席：好的 下午三点我再打给您", [], []),
    ("call", "debtor", "坐席：你乙肝的药每个月几百块都买得起 还款就没钱？\n客户：你怎么知道我买什么药", [], [S]),
    ("call", "debtor", "坐席：你之前因为酒驾被拘了十五天 你还想再进去吗\n客户：那是以前的事", [], [S]),
    ("call", "debtor", "坐席：您好 您提到被拘留期间无法还款 我们已登记 您出来后给我们回电就行\n客户：谢谢", [], []),
    ("call", "debtor", "坐席：你弟弟戴晓东在东海中学读高二 学校我们知道\n客户：你们别碰我弟弟", [(P, "戴晓东")], [S, X]),
    ("call", "debtor", "坐席：您好 您的残疾证我们看到了 您领残疾补贴每月还有钱吧\n客户：那是生活费", [], [S]),
    ("call", "debtor", "坐席：您好 您提供的残疾证明已提交审核 我们会为您申请减免\n客户：好的谢谢", [], []),
    ("call", "debtor", "坐席：您好 麻烦您报一下收件地址 我们把还款协议寄过去\n客户：杏林湾路301号\n坐席：好的收到",
     [(A, "杏林湾路301号")], []),
]

# --- messages and calls to relatives, colleagues, employers, landlords, cadres and groups -----------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【鑫途借】您好，您的朋友韦文斌在我司的借款已逾期，麻烦转告他尽快处理。", [(P, "韦文斌")], [D]),
    ("sms", "third_party", "【鑫途借】您好，请转告韦先生回电021-61235588，谢谢。", [(LL, "021-61235588")], []),
    ("sms", "third_party", "阿姨您好，小敏那边的账还挂着呢，您跟她说一声吧。", [(P, "小敏")], [D]),
    ("sms", "third_party", "阿姨您好，麻烦您让小敏方便时回个电话，谢谢您。", [(P, "小敏")], []),
    ("sms", "third_party", "王姐，你们店里的小吴在安和普惠那边的钱还没落地，你提醒他一下。", [], [D]),
    ("sms", "third_party", "【速贷宝】您作为担保人，被担保人借款已逾期，根据您签署的担保合同，您需承担连带保证责任。", [], []),
    ("sms", "third_party", "【速贷宝】您作为共同借款人，本笔借款本期应还3,400元尚未结清，请按合同约定履行还款义务。", [], []),
    ("sms", "third_party", "【速贷宝】您好，您的同事蒙丽清欠款3,400元未还，请转告她。", [(P, "蒙丽清")], [D]),
    ("sms", "third_party", "嫂子，大哥那笔还没清，你们两口子商量一下吧。", [], [D]),
    ("sms", "third_party", "房东您好，您租户严立新拖欠青禾消费金融款项，请协助联系。", [(P, "严立新")], [D]),
    ("sms", "third_party", "村长您好，贵村的何二毛在我们这儿借的钱还没还，麻烦村里做做工作。", [(P, "何二毛")], [D]),
    ("sms", "third_party", "【朗月金融】尊敬的用户，我们联系不上您的好友邹强，请提醒他登录朗月金融App查看账单。",
     [(P, "邹强")], [D]),
    ("sms", "third_party", "您好，打扰了，有份文件需要邹强本人签收，请他回电，谢谢。", [(P, "邹强")], []),
    ("call", "third_party", "坐席：您好 请问是龙建华的父亲吗\n联系人：是啊 啥事\n坐席：他在我们恒信小贷借的钱逾期四十多天了 您劝劝他",
     [(P, "龙建华")], [D]),
    ("call", "third_party", "坐席：您好 请问是龙建华的父亲吗\n联系人：是\n坐席：麻烦您让他给我们回个电话 谢谢\n联系人：行",
     [(P, "龙建华")], []),
    ("call", "third_party", "坐席：喂 你是曹志远的同事吧\n第三方：对 怎么了\n坐席：他那个分期一直没结 你们单位知道吗",
     [(P, "曹志远")], [D]),
    ("call", "third_party", "坐席：喂 您好 请问曹志远在吗\n第三方：他出去了\n坐席：好的 那我晚点再打 谢谢", [(P, "曹志远")], []),
    ("call", "third_party", "坐席：您好 是宏达物流人事部吗\n第三方：是的\n坐席：你们员工戴晓岚在我们平台欠款没还 请单位督促一下",
     [(P, "戴晓岚")], [D]),
    ("call", "third_party", "坐席：您好 宏达物流人事部吗 请问戴晓岚女士还在贵司任职吗\n第三方：这个不方便透露\n坐席：好的 打扰了",
     [(P, "戴晓岚")], []),
    ("call", "third_party", "坐席：您好 您是严立新的担保人吧 他的借款逾期了 按合同您要承担保证责任\n联系人：我知道了",
     [(P, "严立新")], []),
    ("call", "third_party", "坐席：阿姨 您女儿欠的钱现在还拖着 您当妈的说说她\n联系人：多少钱啊\n坐席：八千二",
     [], [D]),
    ("call", "third_party", "坐席：喂 是小周的前妻吗 他欠的钱你知道吗 他住哪你总知道吧\n第三方：离了 不知道", [], [D]),
    ("call", "third_party", "坐席：您好 请问是冯春梅吗\n第三方：打错了 我不是\n坐席：抱歉 打扰了", [(P, "冯春梅")], []),
    ("call", "third_party", "坐席：您好 您是罗文涛的大学同学吧 他在我们这借的两万块一直不还 你们同学群里帮忙说说\n第三方：……",
     [(P, "罗文涛")], [D]),
    ("call", "third_party", "坐席：您好 是罗文涛的室友吗 他手机关机了 回来麻烦让他打这个号\n第三方：好", [(P, "罗文涛")], []),
    ("app", "third_party", "【微信群 幸福里业主群】@全体成员 5栋1202的业主欠我们款子半年了，有认识的叫他联系我。",
     [(A, "5栋1202")], [D]),
    ("app", "third_party", "【微信群 老乡群】各位老乡，咱们村的黄德才在外面借了网贷还不上了，谁能联系到他？", [(P, "黄德才")], [D]),
    ("app", "third_party", "【微信群 家长群】各位家长好，我是安和普惠的，二班胡子轩的爸爸在我们这欠款没还，请转告他。",
     [(P, "胡子轩")], [D, S]),
    ("app", "third_party", "【公司群】各位同事，有谁知道销售部梁伟怎么联系吗？他在我们平台的分期逾期三个月了。",
     [(P, "梁伟")], [D]),
    ("app", "third_party", "【公司群】销售部梁伟请看到后回复一下行政，有快递在前台。", [(P, "梁伟")], []),
    ("app", "third_party", "叔，建军哥那边的事您知道吧，恒信的人一直在找他。", [(P, "建军")], [D]),
    ("app", "third_party", "叔，建军哥最近换号了吗？我这边有事找他，您让他回我个微信。", [(P, "建军")], []),
    ("app", "third_party", "姐，你妹在速贷宝的事还没了结，你帮忙跟她说说。", [], [D]),
    ("app", "third_party", "【朋友圈】寻人：有认识此人的请私信，他在我司借款至今未还。（附照片）", [], [D]),
    ("email", "third_party", "张经理：\n贵公司员工武海涛因个人消费贷款逾期，金额12,480元，请贵司协助提醒。\n朗月金融资产管理部",
     [(P, "武海涛")], [D]),
    ("email", "third_party", "张经理：\n您好，我司有一封寄给员工武海涛的密封信件，烦请转交本人，信件内容与贵司无关。\n朗月金融",
     [(P, "武海涛")], []),
    ("email", "third_party", "温老师您好：\n学生家长邝永明欠我司借款未还，烦请学校协助督促家长尽快还款。\n安和普惠",
     [(P, "邝永明")], [D]),
    ("notice", "third_party", "致石坝村村民委员会：\n贵村村民熊大勇于2023年在我司借款，现已逾期，特请村委会协助催告。\n恒信小贷 2024年6月3日",
     [(P, "熊大勇")], [D]),
    ("notice", "third_party", "致石坝村村民委员会：\n兹有寄交贵村村民熊大勇本人的信件一封，烦请转交，谢谢。\n恒信小贷 2024年6月3日",
     [(P, "熊大勇")], []),
    ("notice", "third_party", "致锦江花园物业服务中心：\n业主薛丽君（8栋602）欠我司借款11,300元，请物业张贴通知督促还款。",
     [(P, "薛丽君"), (A, "8栋602")], [D]),
]

# --- chats and group chats with the debtor ---------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 催收专员：蓝女士，你化疗做完第几次了？身体要紧，钱也要紧，这周能还多少？", [], [S]),
    ("app", "debtor", "[微信] 催收专员：蓝女士，听说您身体不好，可以先申请延期三个月，您看需要吗？", [], []),
    ("app", "debtor", "[微信] 客户：我老婆在做化疗，家里实在拿不出钱\n专员：理解，我帮您提交困难减免申请，先不催您。", [], []),
    ("app", "debtor", "[微信] 专员：你昨晚十一点还在万达影城看电影，今天就说没钱？", [], [S]),
    ("app", "debtor", "[微信] 专员：你今天下午三点在T2航站楼B12登机口，去哪啊？钱不还就想跑？", [], [S]),
    ("app", "debtor", "[QQ] 催收：你打胰岛素一个月也要几百吧，省一省先还我们。", [], [S]),
    ("app", "debtor", "[QQ] 催收：你那张招行卡还有2万多余额，别说没钱。", [], [S]),
    ("app", "debtor", "[QQ] 催收：你身份证是21010619930804600X，手机18216302015，还想赖？",
     [(ID, "21010619930804600X"), (MB, "18216302015")], [U]),
    ("app", "debtor", "[QQ] 催收：麻烦把身份证号发一下，我们核对一下是不是本人。\n客户：21010619930804600X",
     [(ID, "21010619930804600X")], []),
    ("app", "debtor", "[WhatsApp] 專員：潘先生，你的银行卡 6230 5819 4212 2241 今天代扣失败了。",
     [(BC, "6230 5819 4212 2241")], [U]),
    ("app", "debtor", "[微信] 专员：您好，您的还款已到账，合同6230-5819-4212-2240-3号已结清，感谢。", [], []),
    ("app", "debtor", "[微信] 专员：欧阳先生，您老婆叫吴晓燕，在市二中教书，电话13814485653，对吧？",
     [(P, "吴晓燕"), (MB, "13814485653")], [U, X]),
    ("app", "debtor", "[微信] 专员：你每天早上送外卖走的路线我们都清楚，从美食城到科技园，一天跑四十多单。", [], [S]),
    ("app", "debtor", "[微信] 专员：你微信步数每天两万多，跑外卖挺辛苦的，能还一点是一点。", [], [S]),
    ("app", "debtor", "[微信] 专员：你每周五去清真寺做礼拜，礼拜完了顺便把钱还了。", [], [S]),
    ("app", "debtor", "[微信] 专员：你之前在戒毒所待过，现在又欠钱，家里人知道吗？", [], [S]),
    ("app", "debtor", "[微信] 专员：你是退役军人吧，每月有优抚金，还款应该没问题。", [], [S]),
    ("app", "debtor", "[微信] 专员：我们平台对退役军人有专项减免政策，您可以在App申请。", [], []),
    ("app", "debtor", "[微信] 专员：你爸妈住在青石镇河口村三组，你哥叫符建平，要我们去一趟吗？",
     [(A, "青石镇河口村三组"), (P, "符建平")], [X]),
    ("app", "debtor", "[微信] 专员：您好，还款协议已通过快递寄出，运单号SF1402987365512，请注意查收。", [], []),
    ("app", "debtor", "[微信] 专员：您好，收件人：黎建国，电话：15782478566，地址：滨江大道1088号，协议已寄出。",
     [(P, "黎建国"), (MB, "15782478566"), (A, "滨江大道1088号")], [U]),
    ("app", "debtor", "[微信] 专员：您做试管婴儿花了十几万，欠我们这点不还？", [], [S]),
    ("app", "debtor", "[微信] 专员：您在健身房办了年卡，还款却一拖再拖。", [], [S]),
    ("app", "third_party", "[微信群 还款协商群] 专员：@全体成员 群里这位刘桂兰女士欠款两万一，今天必须给说法。",
     [(P, "刘桂兰")], [D]),
    ("app", "debtor", "[QQ] 催收：你在定期存款里有五万，下个月到期，先取出来还。", [], [S]),
    ("app", "debtor", "[QQ] 催收：你在别的银行的信用卡也都逾期了，我们都查得到。", [], [S]),
    ("app", "debtor", "[QQ] 客户：我在住院，心脏放了支架\n催收：好的，祝您早日康复，我们为您办理停催至下月。", [], []),
    ("app", "debtor", "[微信] 专员：您儿子的幼儿园校车每天七点二十在小区门口接人，孩子挺可爱。", [], [S]),
]

# --- letters to debtors, employers, schools and village committees ----------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n致：宁晓峰\n您于2023年9月在我司借款20,000元，现逾期63天，尚欠21,420.00元。请于2024年7月10日前还款。"
     "\n恒信小贷 联系电话0755-26413380", [(P, "宁晓峰"), (LL, "0755-26413380")], []),
    ("notice", "debtor", "催收函\n致：宁晓峰（身份证号 4 4 1 3 0 3 1 9 9 7 0 6 0 6 7 0 1 2）\n尚欠21,420.00元，请于7月10日前还款。",
     [(P, "宁晓峰"), (ID, "4 4 1 3 0 3 1 9 9 7 0 6 0 6 7 0 1 2")], [U]),
    ("notice", "debtor", "还款提醒函\n致：宁晓峰（身份证号441303********7012）\n尚欠21,420.00元，函号HX-2024-0613-088。",
     [(P, "宁晓峰")], []),
    ("notice", "debtor", "律师函\n致甘露先生：受青禾消费金融委托，您所欠款项14,300元逾期，请于十日内还款。\n"
     "经我所查，您妻子林小雨、女儿甘甜均与您同住于枫林路22号，望您以家庭为重。",
     [(P, "甘露"), (P, "林小雨"), (P, "甘甜"), (A, "枫林路22号")], [X]),
    ("notice", "debtor", "律师函\n致甘露先生：受青禾消费金融委托，您所欠款项14,300元已逾期，请于十日内联系本所。\n"
     "联系人：周律师 020-38861172转15", [(P, "甘露"), (LL, "020-38861172")], []),
    ("notice", "debtor", "温馨提示\n尊敬的客户：您的借款已逾期，您近期在我市人民医院住院治疗的情况我司已掌握，请出院后立即还款。", [], [S]),
    ("notice", "debtor", "还款通知书\n借款人：聂宏（卡号6228 4882 8229 5457 317）\n逾期金额：6,024.00元",
     [(P, "聂宏"), (BC, "6228 4882 8229 5457 317")], [U]),
    ("notice", "debtor", "还款通知书\n借款人：聂宏（卡号尾号7317）\n逾期金额：6,024.00元\n案件编号(2024)催字第0893号",
     [(P, "聂宏")], []),
    ("notice", "third_party", "致新元电子厂人力资源部：\n贵厂员工钟丽华拖欠我司借款8,200元，已逾期90天，请贵厂从工资中代扣。",
     [(P, "钟丽华")], [D]),
    ("notice", "third_party", "致东海中学政教处：\n贵校学生家长戴某在我司的借款已逾期，请学校配合通知家长。", [], [D]),
    ("notice", "third_party", "致东海中学：\n现有一封寄给学生家长的信件，烦请转交学生带回家，信封已密封。", [], []),
    ("notice", "third_party", "致枫林社区居委会：\n辖区居民甘露（枫林路22号）因欠款不还，请居委会在公告栏张贴此函。",
     [(P, "甘露"), (A, "枫林路22号")], [D]),
    ("notice", "debtor", "债务提醒\n致：单玉梅 住址：幸福镇新华街12号\n您的欠款已逾期，我司将上门协商。\n附：您在幸福镇卫生院产检的记录",
     [(P, "单玉梅"), (A, "幸福镇新华街12号")], [S]),
    ("notice", "debtor", "债务提醒\n致：单玉梅 住址：幸福镇新华街12号\n您的欠款已逾期30天，尚欠5,600元，请于本月底前还款。",
     [(P, "单玉梅"), (A, "幸福镇新华街12号")], []),
    ("notice", "debtor", "催款通知\n借款人：韩东\n紧急联系人：韩东母亲 刘秀珍 电话：0731-85567142\n配偶：徐丽 电话：18956116620",
     [(P, "韩东"), (P, "韩东"), (P, "刘秀珍"), (LL, "0731-85567142"), (P, "徐丽"), (MB, "18956116620")], [U, X]),
    ("notice", "debtor", "催款通知\n借款人：韩东\n逾期金额：3,870元\n还款账户：见借款合同第六条\n客服热线：95738", [(P, "韩东")], []),
    ("notice", "debtor", "函告\n邓先生：您的借款逾期，经查您名下有两张工商银行卡余额共计4万余元，请立即还款。", [], [S]),
]

# --- agency hand-over sheets, work orders and vendor e-mails ----------------------------------------------

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交表\n债务人：编号B-0318\n案件号：AJ-2024-07-00318\n欠款：9,870元\n备注：已多次电话未接通", [], []),
    ("email", "unknown", "案件移交表\n债务人：姚振华 身份证：510104198602166735 手机：13526217646\n欠款：9,870元",
     [(P, "姚振华"), (ID, "510104198602166735"), (MB, "13526217646")], [U]),
    ("email", "unknown", "案件移交表\n债务人：姚振华 身份证：510104********6735 手机：135****7646\n欠款：9,870元",
     [(P, "姚振华")], []),
    ("email", "unknown", "案件移交表\n债务人：姚振华\n备注：该户患尿毒症，每周三次透析，家属情绪激动，注意话术。", [(P, "姚振华")], [S]),
    ("email", "unknown", "案件移交表\n债务人：姚振华\n备注：客户称身体原因暂缓，已登记困难标签，下月再跟进。", [(P, "姚振华")], []),
    ("email", "unknown", "委外清单（第二批）\n1. 庞海燕 护照EA2841937 欠款12,000\n2. 庞海涛 护照E73650218 欠款8,400",
     [(P, "庞海燕"), (PP, "EA2841937"), (P, "庞海涛"), (PP, "E73650218")], [U]),
    ("email", "unknown", "委外清单（第二批）\n1. 庞某 欠款12,000 批次号PC20240702-01\n2. 庞某 欠款8,400 批次号PC20240702-02", [], []),
    ("email", "unknown", "上门报告\n外访对象：黄德才，住址：河口村三组17号。其子在镇中心小学四年级，每天由奶奶接送。",
     [(P, "黄德才"), (A, "河口村三组17号")], [S]),
    ("email", "unknown", "工单#88213\n客户：邓建新 配偶：梁小红（电话18608671992）岳父：梁福 工作单位：市自来水公司",
     [(P, "邓建新"), (P, "梁小红"), (MB, "18608671992"), (P, "梁福")], [U, X]),
    ("email", "unknown", "CRM导出\n客户编号,逾期天数,金额\nC0091823,45,6720.00\nC0091824,12,1380.50", [], []),
    ("email", "unknown", "质检备注：坐席在通话中报出客户银行卡号6214838113780984415全号，已扣分。",
     [(BC, "6214838113780984415")], [U]),
    ("email", "unknown", "质检备注：坐席核身时只读后四位，符合规范；通话时长4分12秒。", [], []),
    ("email", "unknown", "供应商邮件\n各位好，附件为本周外包名单，其中第5户客户信仰佛教，每月初一十五去灵隐寺上香，可在寺门口等。",
     [], [S]),
    ("email", "unknown", "供应商邮件\n各位好，附件为本周外包名单，共计43户，金额合计68.7万元，请于周五前反馈进度。\n联系：ops@huiyuan-cs.com.cn",
     [(EM, "ops@huiyuan-cs.com.cn")], []),
    ("email", "unknown", "供应商邮件\n王总：客户熊大勇的人脸照片和声纹样本已打包，请查收。\nfrom: data@xinghe-credit.cn",
     [(P, "熊大勇"), (EM, "data@xinghe-credit.cn")], [S]),
]

# --- complaint replies and e-mails to debtors -------------------------------------------------------------

REPLIES_AND_EMAIL: list[PiplEntry] = [
    ("email", "debtor", "尊敬的客户：\n您的投诉已收到，经核实，坐席在通话中提及您的病情属不当行为，已对其处理。\n客服中心 service@qinghe-cf.com",
     [(EM, "service@qinghe-cf.com")], []),
    ("email", "debtor", "尊敬的客户：\n关于您投诉的问题，我们查询到您当日在市中心医院做了胃镜，因此未接电话，我们理解。", [], [S]),
    ("email", "debtor", "Dear Mr. 关：\n您的账户6230588621513186存在逾期，请及时还款。\nCollections Team, Lumen Finance Ltd.",
     [(BC, "6230588621513186")], [U]),
    ("email", "debtor", "关先生：\n附件是您的结清证明，编号JQ-2024-061118，请妥善保存。如有疑问请回复本邮件。", [], []),
    ("email", "debtor", "关先生您好：\n您提供的邮箱guan.yifan@outlook.com已更新，今后账单将发送至该地址。",
     [(EM, "guan.yifan@outlook.com")], []),
    ("email", "debtor", "关先生您好：\n我们同时将账单抄送了您妻子邮箱 linna1988@163.com 以及您单位邮箱，请知悉。",
     [(EM, "linna1988@163.com")], [X]),
    ("email", "debtor", "投诉回复：\n您说我们泄露信息？您父亲罗长贵、母亲邱淑芬的电话都是您自己填的紧急联系人。",
     [(P, "罗长贵"), (P, "邱淑芬")], [X]),
    ("email", "debtor", "投诉回复：\n经查您名下在另外四家机构共有逾期借款7.3万元，请您如实说明还款能力。", [], [S]),
    ("email", "debtor", "您好：\n您的护照号G58210374我们已经核对，请确认出境前结清欠款。", [(PP, "G58210374")], [U]),
    ("email", "debtor", "您好：\n您的航班信息（CA1832 北京-曼谷 7月9日）我们已获知，出境前请结清欠款。", [], [S]),
]

# --- Cantonese and traditional characters (Hong Kong and Taiwan lenders) ----------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【富盈財務】陳生，你張卡 6222 0258 1140 1507 996 今日扣唔到數，麻煩盡快入錢。",
     [(BC, "6222 0258 1140 1507 996")], [U]),
    ("sms", "debtor", "【富盈財務】陳生，你尾號7996嘅戶口今日扣唔到數，麻煩盡快入錢，有咩唔明請回覆。", [], []),
    ("sms", "debtor", "【富盈財務】陳生，我哋知你老婆喺屯門醫院做緊洗腎，錢都要還㗎。", [], [S]),
    ("sms", "debtor", "【富盈財務】陳生，你個仔喺沙田培英小學讀三年班，放學四點，你自己諗下。", [], [S]),
    ("sms", "debtor", "【富盈財務】陳生，你份糧每月25號入數，入咗就還返啲啦。", [], [S]),
    ("call", "third_party", "職員：你好，請問係唔係陳大文屋企？\n聯絡人：係，我係佢老婆\n職員：佢喺我哋度借咗三萬蚊，兩個月冇還，你同佢講聲",
     [(P, "陳大文")], [D]),
    ("call", "third_party", "職員：你好，請問陳大文喺唔喺度？\n聯絡人：佢返咗工\n職員：唔該你叫佢覆返個電話俾我，唔該", [(P, "陳大文")], []),
    ("app", "third_party", "[WhatsApp] 職員：你好，你同事何家豪喺我哋度欠咗錢，麻煩你叫佢還。", [(P, "何家豪")], [D]),
    ("app", "debtor", "[WhatsApp] 職員：何生，你住喺觀塘協和街101號3樓B室，太太叫梁美玲，我哋都知。",
     [(A, "觀塘協和街101號3樓B室"), (P, "梁美玲")], [X]),
    ("app", "debtor", "[LINE] 專員：林先生您好，本期帳款新台幣8,600元請於月底前繳納。",
     [], []),
    ("app", "debtor", "[LINE] 專員：林先生，您每週日上午都在行天宮拜拜，我們知道您在哪。", [], [S]),
    ("app", "debtor", "[LINE] 專員：林先生，您太太在台大醫院安胎，預產期九月，帳款還是要處理。", [], [S]),
    ("notice", "third_party", "致大安區里辦公處：\n貴里里民林志明積欠本公司款項新台幣12萬元，請里長協助轉告。\n和信資產管理",
     [(P, "林志明")], [D]),
    ("notice", "debtor", "催告函\n林志明先生：台端積欠本公司新台幣12萬元，請於文到七日內清償。\n和信資產管理 客服部",
     [(P, "林志明")], []),
    ("email", "unknown", "交接清單\n債務人：黃志偉 欠款：新台幣4萬元\n備註：客戶患有憂鬱症，正在服藥。",
     [(P, "黃志偉")], [S]),
    ("call", "debtor", "職員：黃先生，你抑鬱症食緊藥，我哋都明，但係錢都要還㗎\n客戶：……", [], [S]),
    ("call", "debtor", "職員：黃先生你好，你話身體唔舒服，我哋幫你暫停追收一個月，好唔好？\n客戶：好，唔該", [], []),
]

# --- identifiers in every written and spoken form, beside decoys of the same shape ------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【鑫途借】您的身份证６４０１０４２００００２２２３１７６已被列入催收名单，请联系处理。",
     [(ID, "６４０１０４２００００２２２３１７６")], [U]),
    ("sms", "debtor", "【鑫途借】您的借款合同编号６４０１０４２０２４０６１８００１７已生效，请留意还款日。", [], []),
    ("sms", "debtor", "【聚财分期】请尽快联系本人处理欠款，您的手机＋86 177 6031 1872已被标记。",
     [(MB, "177 6031 1872")], [U]),
    ("sms", "debtor", "【聚财分期】您好，如有疑问请致电客服热线95738或400-820-6615，工作时间9:00-18:00。", [], []),
    ("sms", "debtor", "【聚财分期】尊敬的用户，您登记的号码0086 19923249742将接收还款提醒，请保持畅通。",
     [(MB, "19923249742")], [U]),
    ("sms", "debtor", "【聚财分期】尊敬的用户，您登记的号码199****9742将接收还款提醒，请保持畅通。", [], []),
    ("sms", "debtor", "【安和普惠】您手机18652320279已欠费停机了吧？换号了请告知。", [(MB, "18652320279")], [U]),
    ("sms", "debtor", "【安和普惠】本期还款13,800.00元，账单日2024.06.18，请按时还款。", [], []),
    ("sms", "debtor", "【安和普惠】借款人证件号码522601-19800808-5184，核实无误后请回复Y。",
     [(ID, "522601-19800808-5184")], [U]),
    ("sms", "debtor", "【安和普惠】申请单号522601-20240808-5184已受理，审核结果将以短信通知。", [], []),
    ("sms", "debtor", "【恒信小贷】老客户您好，您旧身份证330106560208675对应的账户仍有欠款。",
     [(ID, "330106560208675")], [U]),
    ("sms", "debtor", "【恒信小贷】您的贷款流水号330106561308675已作废，请以新流水号为准。", [], []),
    ("sms", "debtor", "【恒信小贷】快递运单YT7781234567890已签收，内含您的还款协议，请于三日内寄回。", [], []),
    ("sms", "debtor", "【恒信小贷】您好，您的发票号码24442000000123456789已开具，可在App下载。", [], []),
    ("sms", "debtor", "【恒信小贷】您的还款卡６２２２０２１２９７２６７６２２０８３扣款失败。",
     [(BC, "６２２２０２１２９７２６７６２２０８３")], [U]),
    ("sms", "debtor", "【恒信小贷】还款订单6222 0212 9726 7622 084已关闭，如需还款请重新发起。", [], []),
    ("sms", "debtor", "【朗月金融】您卡号6230-5839-0363-4914-367的自动扣款已开通，每月18日扣款。",
     [(BC, "6230-5839-0363-4914-367")], [U]),
    ("sms", "debtor", "【朗月金融】您的验证码为481902，序列号6230-5839-0363，请勿泄露。", [], []),
    ("app", "debtor", "【易花】欠款人：任海波 证件号：330106199211205913 请立即还款！",
     [(P, "任海波"), (ID, "330106199211205913")], [U]),
    ("app", "debtor", "【易花】欠款人：任** 证件号：3301**********5913 请于今日还款。", [], []),
    ("app", "debtor", "【易花】您的案件号(2024)浙0106民诉前调1723号调解已受理，请等待调解员联系。", [], []),
    ("app", "debtor", "【易花】客服电话：0571-86120033转2，地址：杭州市西湖区文三路90号8楼。",
     [(LL, "0571-86120033"), (A, "杭州市西湖区文三路90号8楼")], []),
    ("app", "debtor", "【易花】您绑定的手机号码为：\n186 4974 8711\n如已更换请及时修改。", [(MB, "186 4974 8711")], [U]),
    ("app", "debtor", "【易花】您绑定的手机号码为尾号8711，如已更换请及时修改。", [], []),
    ("call", "debtor", "坐席：您的身份证号幺五洞两洞三幺九八三洞两幺幺幺六五四 没错吧\n客户：没错",
     [(ID, "幺五洞两洞三幺九八三洞两幺幺幺六五四")], [U]),
    ("call", "debtor", "坐席：您的工单号是幺五洞两洞三 幺九八三 洞两幺幺 您记一下\n客户：好", [], []),
    ("call", "debtor", "坐席：您手机号幺拐拐五四八两九幺四幺 是吧 打了一直没人接\n客户：信号不好",
     [(MB, "幺拐拐五四八两九幺四幺")], [U]),
    ("call", "debtor", "坐席：您本期应还金额是幺千八百五十块 还款日是拐月幺五号\n客户：知道了", [], []),
    ("call", "debtor", "坐席：您的银行卡 六二三零 五八四九 八二三四 五四四六 七九三 今天能存钱进去吗\n客户：下午存",
     [(BC, "六二三零 五八四九 八二三四 五四四六 七九三")], [U]),
    ("call", "debtor", "坐席：您的借据号是 六二三零 五八四九 八二三四 五四四六 七九四 麻烦核对\n客户：好", [], []),
    ("call", "debtor", "坐席：您护照号码E勾三六五洞两幺八 我们这边登记了\n客户：哦", [(PP, "E勾三六五洞两幺八")], [U]),
    ("call", "debtor", "坐席：您老家座机是0851-83325561吧 我们打过去是您母亲接的\n客户：别打我家里",
     [(LL, "0851-83325561")], [X]),
    ("call", "debtor", "坐席：您好我这边是朗月金融 座机号码010-65238874分机3017 有问题可以回拨\n客户：好的",
     [(LL, "010-65238874")], []),
    ("email", "unknown", "外访回执（OCR）\n借 款 人：汤 志 成\n身份证号：4 2 0 1 1 1 1 9 9 2 1 1 2 7 1 5 2 6\n联系电话：1 5 1 5 4 5 6 6 2 7 9",
     [(ID, "4 2 0 1 1 1 1 9 9 2 1 1 2 7 1 5 2 6"), (MB, "1 5 1 5 4 5 6 6 2 7 9")], [U]),
    ("email", "unknown", "收据（OCR）\n收 款 单 号：2 0 2 4 0 7 0 3 1 5 1 5 4\n金 额：1 , 5 0 0 . 0 0\n经 办：小 刘", [], []),
    ("notice", "debtor", "催收函\n借款人：郝晓东 证件号码：350203197812066817\n尚欠本息7,315.20元，请于七日内还款。",
     [(P, "郝晓东"), (ID, "350203197812066817")], [U]),
    ("notice", "debtor", "催收函\n借款人：郝晓东 合同编号：350203197813066817\n尚欠本息7,315.20元，请于七日内还款。",
     [(P, "郝晓东")], []),
    ("notice", "debtor", "还款通知\n致：卢秀英\n您的借款编号51010420240410962X已逾期，请尽快处理。", [(P, "卢秀英")], []),
    ("notice", "debtor", "还款通知\n致：卢秀英\n您在本机构的借款已逾期15天，详询028-85129930。", [(P, "卢秀英"), (LL, "028-85129930")], []),
    ("app", "debtor", "[微信] 专员：你支付宝绑定的手机是14764924572，我们联系不上你就打这个。", [(MB, "14764924572")], [U]),
    ("app", "debtor", "[微信] 专员：您本月的还款码是 1476 4924，有效期十分钟。", [], []),
    ("app", "debtor", "[微信] 专员：你另外一个号码15131826805也是你的吧，别装了。", [(MB, "15131826805")], [U]),
    ("app", "debtor", "[微信] 专员：我的工作手机是14701245875，有事加我微信。", [(MB, "14701245875")], []),
    ("email", "debtor", "您好：\n您的借记卡 6230 5820 9587 6917 546 于7月1日扣款失败，请确认余额。",
     [(BC, "6230 5820 9587 6917 546")], [U]),
    ("email", "debtor", "您好：\n您的结清证明编号 6230 5820 9587 6917 547 已生成，请下载。", [], []),
]

# --- family members, employers and home addresses the message does not need -------------------------------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【鑫途借】你爱人章慧敏在市妇幼上班，电话16637585395，你不还我们就找她谈。",
     [(P, "章慧敏"), (MB, "16637585395")], [U, X]),
    ("sms", "debtor", "【鑫途借】你姐姐叫施玉兰，住在南湖路19号，我们会把催款函也寄一份过去。",
     [(P, "施玉兰"), (A, "南湖路19号")], [X]),
    ("sms", "debtor", "蒋国庆，你在华联超市仓库上班，家住春晖路5号2单元，电话17758221213，限你今天还款。",
     [(P, "蒋国庆"), (A, "春晖路5号2单元"), (MB, "17758221213")], [U, X]),
    ("sms", "debtor", "【速贷宝】你表哥潘德明18946576595已经接过我们电话了，你自己看着办。",
     [(P, "潘德明"), (MB, "18946576595")], [U, X]),
    ("sms", "debtor", "【速贷宝】你女儿苗苗的学校是育才小学，我们有她班主任的电话。", [(P, "苗苗")], [S, X]),
    ("sms", "debtor", "【速贷宝】你前妻何丽的新号码15759206569我们也有，要不要问问她？",
     [(P, "何丽"), (MB, "15759206569")], [U, X]),
    ("sms", "debtor", "【青禾消费金融】借款人祁永胜，工作单位：长江化工有限公司，单位电话0716-8324471，请于今日还款。",
     [(P, "祁永胜"), (LL, "0716-8324471")], [X]),
    ("sms", "debtor", "【青禾消费金融】您儿子祁浩然、儿媳马丽的电话我们都有，请尽快还款免得麻烦他们。",
     [(P, "祁浩然"), (P, "马丽")], [X]),
    ("app", "debtor", "【易花】您的紧急联系人：母亲 邵桂英 18296155941；同事 邢军 16680229767。请您尽快还款。",
     [(P, "邵桂英"), (MB, "18296155941"), (P, "邢军"), (MB, "16680229767")], [U, X]),
    ("app", "debtor", "【易花】您的紧急联系人：母亲 邵** 182****5941。请您尽快还款。", [], []),
    ("app", "debtor", "【天穹钱包】你合伙人吕斌的店开在中山路88号，生意不错嘛，拉他一起还？",
     [(P, "吕斌"), (A, "中山路88号")], [X]),
    ("app", "debtor", "[微信] 专员：你男朋友叫方毅，在科技园上班，号码15795677638，我没说错吧。",
     [(P, "方毅"), (MB, "15795677638")], [U, X]),
    ("app", "debtor", "[微信] 专员：你堂弟钱小军在我们这边也有登记，电话15770607160，你们家都挺熟的。",
     [(P, "钱小军"), (MB, "15770607160")], [U, X]),
    ("app", "debtor", "[微信] 专员：你公公婆婆的名字叫石保国、田秀兰，住在老街14号，这些信息我们都有。",
     [(P, "石保国"), (P, "田秀兰"), (A, "老街14号")], [X]),
    ("app", "debtor", "[QQ] 催收：潘永强，你在恒通汽修厂上班，厂址是工业大道233号，老板姓雷，对吧？",
     [(P, "潘永强"), (A, "工业大道233号")], [X]),
    ("call", "debtor", "坐席：你妹妹贺文静在师范读大三 电话一八二二七九四九三一五 我们打过去问问？\n客户：你们别找她",
     [(P, "贺文静"), (MB, "一八二二七九四九三一五")], [U, X]),
    ("call", "debtor", "坐席：你舅舅叫白国富吧 在镇上开五金店 他知道你欠钱吗\n客户：……", [(P, "白国富")], [X]),
    ("call", "debtor", "坐席：雷振东 你家在梅园路12号 你单位是市交通局 这些我们都掌握\n客户：你们想怎样",
     [(P, "雷振东"), (A, "梅园路12号")], [X]),
    ("call", "debtor", "坐席:你同事邱志华说你上个月就离职了 他号码幺四拐三幺四幺三八洞四 我没说错吧\n客户:你找他干嘛",
     [(P, "邱志华"), (MB, "幺四拐三幺四幺三八洞四")], [U, X]),
    ("call", "debtor", "坐席：你孙子在城关幼儿园大班 我们都知道 你一把年纪了别让孩子丢人\n客户：……", [], [S]),
    ("email", "debtor", "吕先生：\n您的借款已逾期。您的妻子宋婷（手机18677503261）和您父亲吕长山我们已登记为联系人。",
     [(P, "宋婷"), (MB, "18677503261"), (P, "吕长山")], [U, X]),
    ("email", "debtor", "吕先生：\n您的借款已逾期，请登录App查看还款方式，或回复本邮件联系我们。\ncollect@tianqiong-pay.com",
     [(EM, "collect@tianqiong-pay.com")], []),
    ("notice", "debtor", "告知书\n程建设：您住址为光明街道幸福路44号3栋201，工作单位为和平区税务局，配偶向红梅。",
     [(P, "程建设"), (A, "幸福路44号3栋201"), (P, "向红梅")], [X]),
    ("notice", "debtor", "告知书\n程建设：您的借款已逾期，请于2024年8月1日前联系我司，联系电话0411-82756630。",
     [(P, "程建设"), (LL, "0411-82756630")], []),
    ("sms", "debtor", "【和融】你儿子刘子豪(13937812526)在读大学，你弟刘建(13552454609)在开出租，你自己掂量。",
     [(P, "刘子豪"), (MB, "13937812526"), (P, "刘建"), (MB, "13552454609")], [U, X]),
    ("sms", "debtor", "【和融】你在富士康三号厂区上夜班，每天凌晨一点下班，这么辛苦欠钱何必呢。", [], [S]),
    ("sms", "debtor", "【和融】你老婆杜娟在人民医院住院部当护士，我们去找她？", [(P, "杜娟")], [X]),
    ("app", "debtor", "【天穹钱包】刘振宇，你的借款逾期了。你家地址：建设路77号幸福家园8-2-401，你公司：金鼎装饰。",
     [(P, "刘振宇"), (A, "建设路77号幸福家园8-2-401")], [X]),
]

# --- the debt told to relatives, colleagues and neighbours, and the numbers it rides on -------------------

RELATIVES_NUMBERS: list[PiplEntry] = [
    ("sms", "third_party", "您好，您儿子牛志刚欠款5,600元未还，他手机18691737505一直关机，请转告。",
     [(P, "牛志刚"), (MB, "18691737505")], [D, U]),
    ("sms", "third_party", "您好，您是牛志刚的紧急联系人，请让他回电给我们，谢谢。", [(P, "牛志刚")], []),
    ("sms", "third_party", "老同学，小马那个网贷还是没还上，催的人都找到我这了，你劝劝他。", [], [D]),
    ("sms", "third_party", "【恒信小贷】您好，你同事包文杰（身份证640104199709050875）在我司逾期，请协助。",
     [(P, "包文杰"), (ID, "640104199709050875")], [D, U]),
    ("sms", "third_party", "【恒信小贷】请转告您的邻居朱先生，他的欠款还没结，催款员明天再来。", [], [D]),
    ("sms", "third_party", "你好，你老公在外面欠了好几家网贷，光我们这就两万，你知道吗？", [], [D, S]),
    ("sms", "third_party", "你好，我们是速贷宝，你哥那笔钱拖了三个月了，你们家里人管一管。", [], [D]),
    ("sms", "third_party", "姨妈您好，表妹还在青禾那里挂着账，您有空说说她。", [], [D]),
    ("sms", "third_party", "【鑫途借】贵单位职工卫东升拖欠款项未还，电话19918373859，请单位领导过问。",
     [(P, "卫东升"), (MB, "19918373859")], [D, U]),
    ("sms", "third_party", "张书记，你们村的覃金贵欠款的事，请村委会帮忙叫他来处理。", [(P, "覃金贵")], [D]),
    ("sms", "third_party", "张书记您好，打扰了，麻烦帮忙找一下覃金贵，请他回个电话。", [(P, "覃金贵")], []),
    ("call", "third_party", "坐席：您是黎建国的爱人吧 他欠我们的钱还没还清 他在外面还有别的欠款您知道吗\n联系人：不知道",
     [(P, "黎建国")], [D, S]),
    ("call", "third_party", "坐席：您好 我们找一下黎建国 您是他家人吗\n联系人：是他老婆\n坐席：麻烦让他回个电话 谢谢",
     [(P, "黎建国")], []),
    ("call", "third_party", "坐席：你好 你是他们厂的保安吧 蒋国庆欠钱跑了 你见到他跟他说一声\n第三方：哦", [(P, "蒋国庆")], [D]),
    ("call", "third_party", "坐席：喂 你是房东吧 你那个租客欠了我们的钱 他身份证一五零二零三一九八三零二一一一六五四\n第三方：啊？",
     [(ID, "一五零二零三一九八三零二一一一六五四")], [D, U]),
    ("call", "third_party", "坐席：您好 我是恒信小贷的 您女婿那个借款逾期了 您知道吧\n联系人：我不知道", [], [D]),
    ("call", "third_party", "坐席：请问是邵桂英阿姨吗 您儿子的事 他在人民医院住院那段时间就开始没还了\n联系人：……",
     [(P, "邵桂英")], [D, S]),
    ("call", "third_party", "坐席：请问是邵桂英阿姨吗 我们找您儿子有事 麻烦您转告他回电\n联系人：好的", [(P, "邵桂英")], []),
    ("app", "third_party", "【微信群 河口村村民群】大家好，我是恒信的，本村符建强欠款长期不还，请家人联系我们。",
     [(P, "符建强")], [D]),
    ("app", "third_party", "【微信群 同学群】@梁伟 大家都在找你，你那个借款的事情还是赶紧解决吧。", [(P, "梁伟")], [D]),
    ("app", "third_party", "【微信群 车友群】有认识湘A那辆白色比亚迪车主的吗？车主欠款跑路了，提供线索有酬谢。", [], [D]),
    ("app", "third_party", "[微信] 专员：您好，您是柯晓玲的同事吧？她欠款的事请您转告一下，她的电话18951424183。",
     [(P, "柯晓玲"), (MB, "18951424183")], [D, U]),
    ("app", "third_party", "[微信] 专员：您好，请问您认识柯晓玲吗？如果认识，麻烦让她加我一下，谢谢。", [(P, "柯晓玲")], []),
    ("email", "third_party", "人事部：\n贵司员工邢军的借款逾期60天，本金8,000元。他的工资卡6228485109682092，请予配合。",
     [(P, "邢军"), (BC, "6228485109682092")], [D, U, S]),
    ("email", "third_party", "人事部：\n我司需向贵司员工邢军送达文件，请问可否提供其办公地点的收件方式？谢谢。", [(P, "邢军")], []),
    ("email", "third_party", "工会主席您好：\n贵单位职工俞海明的网贷已逾期四个月，请工会出面做做他的工作。\n联系人：小郑 13859151607",
     [(P, "俞海明"), (MB, "13859151607")], [D]),
    ("email", "third_party", "项目部负责人：\n你部民工姜二娃（身份证45030519821011630X）拖欠我司借款，请从工钱中扣还。",
     [(P, "姜二娃"), (ID, "45030519821011630X")], [D, U]),
    ("notice", "third_party", "致城关镇中心校：\n贵校学生沈小雨之母沈丽在我司借款逾期，请校方督促家长还款。",
     [(P, "沈小雨"), (P, "沈丽")], [D, S]),
    ("notice", "third_party", "致华联超市：\n贵单位员工蒋国庆住春晖路5号，所欠款项逾期已久，请单位协助督促。",
     [(P, "蒋国庆"), (A, "春晖路5号")], [D]),
    ("sms", "third_party", "【安和普惠】您好，我们有事找您的朋友，具体不便透露，麻烦让他尽快联系我们。", [], []),
    ("sms", "third_party", "【安和普惠】您好，您的朋友在安和普惠的款项还没处理，麻烦让他尽快联系我们。", [], [D]),
]

# --- more voices: robot scripts, spouses' and parents' numbers, relatives told in few words ----------------

MORE_VOICES: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是聚财分期智能客服。您的配偶许丽娟，电话一五一二八二二三八六六，已被登记为联系人。请按一确认还款。",
     [(P, "许丽娟"), (MB, "一五一二八二二三八六六")], [U, X]),
    ("call", "debtor", "机器人：您好，这里是聚财分期智能客服。您本期账单已逾期，请按一确认还款，按二转人工。", [], []),
    ("call", "debtor", "机器人：您好，您的身份证号码为，四 二 零 一 一 一 一 九 七 四 一 零 一 七 五 一 零 八，请核对后还款。",
     [(ID, "四 二 零 一 一 一 一 九 七 四 一 零 一 七 五 一 零 八")], [U]),
    ("call", "debtor", "机器人：尊敬的客户，您的父亲祁大海和母亲卢凤英均为您的联系人，请尽快还款以免打扰家人。",
     [(P, "祁大海"), (P, "卢凤英")], [X]),
    ("sms", "debtor", "【和融】易海燕，户籍地：湖南省邵阳市新宁县金石镇石门村四组，现住：白云区机场路18号，请还款。",
     [(P, "易海燕"), (A, "湖南省邵阳市新宁县金石镇石门村四组"), (A, "白云区机场路18号")], [X]),
    ("sms", "debtor", "【和融】你爸的手机13951627532我们昨天打了，你妈的18640301219今天打。",
     [(MB, "13951627532"), (MB, "18640301219")], [U, X]),
    ("sms", "debtor", "【和融】你小姨子田静、连襟吴涛我们都加了微信。", [(P, "田静"), (P, "吴涛")], [X]),
    ("sms", "debtor", "【和融】你姑姑家在东门菜市场卖猪肉的那个摊位，电话15181833879对吧？",
     [(MB, "15181833879")], [U, X]),
    ("sms", "debtor", "【和融】秦晓光，你身份证640104197108170645，家住红星路8号，单位是电力局，还钱。",
     [(P, "秦晓光"), (ID, "640104197108170645"), (A, "红星路8号")], [U, X]),
    ("app", "debtor", "[微信] 专员：你干爹陶大伟也借钱给你了吧？他电话18259858775，我们问问。",
     [(P, "陶大伟"), (MB, "18259858775")], [U, X]),
    ("app", "debtor", "[微信] 专员：你闺蜜小芳在银泰上班，我们找她聊聊你的事？", [(P, "小芳")], [X]),
    ("app", "debtor", "[微信] 专员：邹强，你现在住在嘉禾路302号东方公寓A座1709，单位在软件园二期，我们都查到了。",
     [(P, "邹强"), (A, "嘉禾路302号东方公寓A座1709")], [X]),
    ("app", "debtor", "[微信] 专员：你那个护照EA2841937办了签证是吧？出国前把钱还清。", [(PP, "EA2841937")], [U, S]),
    ("email", "debtor", "您好：\n经查，您的父亲庞振国（身份证330106198109020862）为您担保人，请您尽快还款。",
     [(P, "庞振国"), (ID, "330106198109020862")], [U, X]),
    ("email", "debtor", "您好：\n您女儿庞佳佳的学校是实验中学初二（3）班，家长联系方式我们已掌握。", [(P, "庞佳佳")], [S, X]),
    ("notice", "debtor", "催款函\n致：岑海生\n您的配偶韦小燕（手机19923249742）、子女岑浩均已被登记为联系人。",
     [(P, "岑海生"), (P, "韦小燕"), (MB, "19923249742"), (P, "岑浩")], [U, X]),
    ("notice", "debtor", "催款函\n致：岑海生\n您的欠款已逾期45天，尚欠6,350元，请于十日内还款，联系电话0771-5523318。",
     [(P, "岑海生"), (LL, "0771-5523318")], []),
    ("call", "third_party", "坐席：您好 是方毅吗 您女朋友欠我们三千块 她说您帮她还\n第三方：我不知道这事", [(P, "方毅")], [D]),
    ("call", "third_party", "坐席：喂 你是他二姐吧 他那个钱到现在还没动静\n联系人：什么钱", [], [D]),
    ("call", "third_party", "坐席：喂 是他婆婆吗 您儿媳在朗月金融有笔账 您知道吗\n联系人：不知道", [], [D]),
    ("sms", "third_party", "【朗月金融】您好，您是谭志勇先生吧？您妻子的账单还没结清，请督促一下。", [(P, "谭志勇")], [D]),
    ("sms", "third_party", "【朗月金融】您好，您作为保证人签署的担保函已生效，借款人逾期，请您按约履行保证责任。", [], []),
    ("app", "third_party", "【微信群 工友群】@全体成员 谁认识二车间的蒙大壮？他那个账我们找了半年了。", [(P, "蒙大壮")], [D]),
    ("app", "third_party", "[微信] 专员：阿姨您好，您女儿欠款的事，她身份证是350203199805085840，请您核对是不是她本人。",
     [(ID, "350203199805085840")], [D, U]),
    ("email", "third_party", "物业管理处：\n请转告12栋3单元1101业主，她拖欠的款项必须本月结清，否则我司将上门。",
     [(A, "12栋3单元1101")], [D]),
    ("notice", "third_party", "致红旗村村委会：\n贵村村民杨海东（身份证420111197410175108，住红旗村七组）欠款逾期，请村委会协助。",
     [(P, "杨海东"), (ID, "420111197410175108"), (A, "红旗村七组")], [D, U]),
    ("sms", "third_party", "您好，这是给你朋友的电话回访，请他回电0591-87654321转8021，谢谢。", [(LL, "0591-87654321")], []),
    ("sms", "third_party", "【速贷宝】你弟媳妇的欠款已逾期，她手机17754829141不接，你叫她回电。",
     [(MB, "17754829141")], [D, U]),
    ("sms", "debtor", "【恒信小贷】你大伯毛守信住在北关街21号，手机18649748711，你欠钱的事要不要让他知道？",
     [(P, "毛守信"), (A, "北关街21号"), (MB, "18649748711")], [U, X]),
    ("sms", "debtor", "【恒信小贷】你老丈人在县医院住院，病房电话0739-5218830，我们去探望一下？",
     [(LL, "0739-5218830")], [S]),
    ("app", "debtor", "[微信] 专员：你媳妇袁芳的银行卡6222029321157214也是你在用吧，里面有钱先还。",
     [(P, "袁芳"), (BC, "6222029321157214")], [U, X, S]),
    ("app", "debtor", "[微信] 专员：你儿子小宇在一中读书，他手机一三五二六二一七六四六，我们可以直接跟他说。",
     [(P, "小宇"), (MB, "一三五二六二一七六四六")], [U, X, S]),
    ("call", "debtor", "坐席：你同事叫窦海峰吧 座机 零二一 六二三五 八八一九 我们打到你们公司去问过\n客户：你们打我公司了？",
     [(P, "窦海峰"), (LL, "零二一 六二三五 八八一九")], [X]),
    ("email", "debtor", "您好：\n您的联系人信息如下，请核对：母亲 阮秀云 14731413804；哥哥 阮志军 18227949315。",
     [(P, "阮秀云"), (MB, "14731413804"), (P, "阮志军"), (MB, "18227949315")], [U, X]),
    ("notice", "debtor", "还款告知\n致：阮志华（护照G58210374）\n您的父母阮长林、阮秀云已知悉您的欠款，望您尽快还款。",
     [(P, "阮志华"), (PP, "G58210374"), (P, "阮长林"), (P, "阮秀云")], [U, X]),
    ("sms", "debtor", "【恒信小贷】还款请拨打客服0731-84460021转3或95738，勿转账至个人卡。", [(LL, "0731-84460021")], []),
    ("app", "debtor", "[微信] 客户：我手机换成18867203315了，以后打这个\n专员：好的已更新，之后我们只联系这个号码。",
     [(MB, "18867203315")], []),
    ("email", "debtor", "您好：\n如需邮寄材料，请寄至：深圳市福田区深南大道6008号特区报业大厦21楼，收件部门：贷后管理部。",
     [(A, "深圳市福田区深南大道6008号特区报业大厦21楼")], []),
    ("sms", "debtor", "【鑫途借】你小舅子万志鹏开货车的，手机15128223866，他知道你欠了多少吗？",
     [(P, "万志鹏"), (MB, "15128223866")], [U, X]),
    ("app", "debtor", "[微信] 专员：你前夫杨凯现在在顺丰当司机，号码19968324557，要不要我们跟他说说孩子抚养费的事？",
     [(P, "杨凯"), (MB, "19968324557")], [U, X]),
    ("call", "debtor", "坐席：你表姐叫葛秀萍 手机幺三八幺四四八五六五三 你借钱的时候她是知道的吧\n客户：别扯她",
     [(P, "葛秀萍"), (MB, "幺三八幺四四八五六五三")], [U, X]),
    ("email", "debtor", "易女士：\n您的借款逾期，请尽快处理。另，您丈夫汪涛（电话17760311872）、婆婆张翠英也在我司联系人名单中。",
     [(P, "汪涛"), (MB, "17760311872"), (P, "张翠英")], [U, X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AB-SMS-DEBTOR": SMS_DEBTOR,
    "AB-ASR-CALLS": ASR_CALLS,
    "AB-THIRD-PARTIES": THIRD_PARTIES,
    "AB-CHATS": CHATS,
    "AB-LETTERS": LETTERS,
    "AB-TRANSFERS": TRANSFERS,
    "AB-REPLIES-AND-EMAIL": REPLIES_AND_EMAIL,
    "AB-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AB-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AB-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AB-RELATIVES-NUMBERS": RELATIVES_NUMBERS,
    "AB-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
