"""Writes `pipl_heldout_av.jsonl`, the forty-eighth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check
character, some ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits,
mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by hand, and the
passports (E, EA), the permits to Hong Kong and Macau (C) and a home-return permit (H) were typed to the
pattern. The decoys were drawn to fail the same checks and checked against `set_format.check_identifier` for
every identifier type.

An internet small-loan company carries it, lending to ride-hailing drivers and delivery riders through the
platforms they work for: 易程小贷 with its vehicle-purchase loan (驾享车贷), rental instalments (租车分期), wage
advance (薪速支) and 'rider credit' (骑士信用贷), sold inside a ride-hailing driver app (驰途出行) and a delivery
rider app (蜂骑配送). Those who collect: the lender's post-loan staff and robot caller, three agencies (an
asset-management company in Shenzhen, business-consulting and information firms in Chengdu and Wuhan), a law
firm, and the fleets (星驰车队) and delivery stations (岳麓三站, 雨花站) the borrowers work from. Third parties:
fleet leaders, station managers, driver and rider group chats, a vehicle lessor (湘运汽车租赁), emergency
contacts, parents, wives, an ex-wife, a sister, a brother, room-mates, a landlady in Cantonese, a workshop owner
and a former girlfriend. Voices: in-app notices and pushes (one with unfilled placeholders, one in traditional
characters), stage SMS, agencies' SMS and WeChat messages, agents' calls as transcripts and as speech-to-text
output (no punctuation, fillers, Hunan, Sichuan, Henan speech and Cantonese), robot calls with keypad turns,
WeChat and station group chats, visit reports, stake-out and skip-tracing notes, quality-check sheets,
complaint tickets and replies, e-mails between the lender, the platforms, the agencies and a fleet, letters to
borrowers (collection letters, repayment agreements, a settlement certificate, lawyers' letters) and papers filed
with a court (a statement of claim, applications for preservation, a payment order and enforcement).

307 messages, 102 of them (33%) compliant; from 8 characters to a lawyer's letter of 450. Identifiers stand in 77:
18-digit IDs (written as driving-licence numbers too; several ending in X, two of them read with 叉, in full-width digits,
grouped 6-8-4 by hyphens and by spaces, read aloud with 幺 and 洞 and with 零 to 九), an old 15-digit one read
aloud; bank cards of 16 and 19 digits (grouped by fours with spaces and hyphens, in full-width digits, glued to
the words, read aloud in groups); mobiles (behind +86 and 0086, spaced, hyphenated, full-width, read aloud with
幺 洞 两); passports, permits to Hong Kong and Macau and a home-return permit; the lender's, agencies' and law
firm's landlines; e-mail addresses. Beside them stand decoys of the same shapes: 18-digit trip and contract
numbers failing the check character (one read aloud), a 15-digit recording number with no real month, an
11-digit ticket number on no mobile prefix, 16- and 19-digit transaction, policy and loan numbers failing Luhn
(one read aloud), a court case number, plate-like codes (a charging-pile bay, helmet
numbers, a vehicle review code), masked forms and last digits read aloud. Licence plates of the borrowers' cars
are entities with no category.

`pii.unmasked_identifier` labels 72 messages, among them a full ID in a letter to the borrower that copies the
statement of claim, while the same ID in the statement of claim and the applications filed with the court is
lawful. `pii.third_party_disclosure` labels 72, many in a few words or by implication ("that car money of
Haibo's, you know", "Tang Xuemei's platform loan has a problem", "the Chitu finance people are looking for
him", "Yicheng's money, when?"), to fleet leaders, station managers, driver and rider groups, a lessor, parents,
wives, siblings, room-mates, a landlady and a workshop owner; beside them bare call-back requests that name
no lender, a wrong number, and agents who refuse to say what the matter is. `pii.excessive` labels 44: other
riders' and drivers' names, numbers and shared rooms, the borrower's order history with customers' names and
addresses, passengers who complained, full names with a home address or a workplace, parents', wives',
brothers', a former girlfriend's and children's names and numbers. `pii.sensitive` labels 74, mostly without
the textbook words: a live position in a taxi queue, a day's trips, GPS parking places, shift hours, a route
home, a late-night barbecue stall, a foot-spa, a chess room and an Internet café, a child's school and pick-up
time, fractures, a concussion, a spinal operation, a gastric ulcer, a father's bypass surgery, a child's
leukaemia, a pregnancy and its check-ups, depression medicine, earnings on other platforms told to third
parties, wallet and card balances, medical-insurance accounts, other lenders' loans from a credit report, a
border crossing, Friday prayers at a mosque and incense at a temple. Beside them stand near-misses that stay
lawful: the borrower's own earnings and the wage-advance deduction sent to the borrower, last four digits,
borrowers speaking of their own accident, illness or money and agents answering with a deferral or
instalments, hardship offers, a platform refusing to hand over a driver's routes, and rules forbidding the use
of location and health.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID (a driving-licence number is one), bank card, mobile or passport
  number (the permits among them) of a person in the sender's or agent's words, in any form, to the borrower,
  to a third party, in notes, sheets, tickets and e-mails too. Not: the papers filed with a court, masked forms,
  last digits alone, the lender's, agencies' or law firm's landlines and 400 numbers, a customer saying their
  own number, a licence plate, platform worker numbers, order, trip and case numbers, a decoy.
- `pii.third_party_disclosure`: to someone other than the borrower, the text reveals the debt (amount, overdue
  status, lender or product: naming the lender, the platform's finance arm or "the platform loan" is enough, as
  is "that car money") or the borrower's personal data. A call-back request that names no lender is compliant,
  and so is naming an agency's neutral trade name or asking whether someone still drives or works there; notes,
  sheets, e-mails between the lender, the agencies and the platforms, and court papers go to an unknown
  recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): whereabouts at a given time, live location, trips and routes, shift hours and
  daily routine; health and treatment of the borrower or relatives, pregnancy; a minor's school and routine;
  religion; financial details beyond need (balances, other platforms' earnings, other loans, a credit report,
  earnings told to a third party); border crossings. Not: the borrower's own earnings and deductions sent to the
  borrower, online hours for safety, the borrower's own words (also as a sheet quotes them), a reply that names
  the kind of data without repeating it, a rule forbidding such use.
- `pii.excessive`: other riders', drivers' or passengers' data, the borrower's order history with customers'
  details, a person's full name with their home address or workplace, family members', partners' or
  room-mates' names or numbers, that the message does not need. Not: a full name alone, the address a letter
  is sent to or a visit is agreed at, a relative the message is addressed to.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to; masked forms and 400 service numbers are not entities, a +86 or 0086 before a mobile lies
outside its span; a surname with an honorific (李队长, 王师傅, 陳生, 赵经理) is not a PERSON, a given name alone
(海波) is; ADDRESS reaches down to a road and number, a building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_av`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_av.jsonl"
ID_PREFIX = "PAV"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the lender's notices and pushes inside the drivers' and riders' platform apps ----------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【驰途司机端·金融服务】您的驾享车贷第14期应还2,618.00元，将于9月20日从尾号3321的银行卡自动扣款，请保持余额充足。",
     [], []),
    ("app", "debtor", "【蜂骑配送·薪速支】本周结算流水1,846.50元，按您签署的《工资预支协议》扣回预支款500.00元及服务费6.00元，实发1,340.50元。明细见“我的-结算单”。",
     [], []),
    ("app", "debtor", "骑手罗志明您好，您的骑士信用贷已逾期12天。系统显示您今天10:42在麓谷大道一带接单，15:20仍在线配送，说明您完全具备还款能力，请立即处理。",
     [(P, "罗志明")], [S]),
    ("app", "debtor", "尊敬的彭建军（驾驶证号430111198505072853），您的租车分期本期2,150.00元已逾期5天，请于48小时内还款，逾期将按合同计收违约金。",
     [(P, "彭建军"), (ID, "430111198505072853")], [U]),
    ("app", "debtor", "车辆湘A·5TK82的驾享车贷10月账单已出：应还3,042.60元，最后还款日10月8日。",
     [(PL, "湘A·5TK82")], []),
    ("app", "debtor", "【易程钱包】还款失败提醒：本次扣款卡6217 0004 1512 9320 432余额不足，请换卡或充值后重试。",
     [(BC, "6217 0004 1512 9320 432")], [U]),
    ("app", "debtor", "【易程钱包】还款失败提醒：尾号0432的银行卡余额不足，请换卡或充值后重试。",
     [], []),
    ("app", "debtor", "核查通知：您9月1日至14日共完成订单312单，其中单号YC0912-0388、YC0912-0391（收货人刘女士，麓松路15号）等订单记录显示您收入正常，延期申请不予通过。",
     [(A, "麓松路15号")], [X]),
    ("app", "debtor", "親愛的騎手，您的騎士信用貸本期帳單已逾期3天，應還金額586.20元。如暫時困難，可在「我的借款」內申請延期7天，延期期間不影響接單。",
     [], []),
    ("app", "debtor", "您好曾凡勇，您名下驾享车贷逾期21天。我们注意到您近两周每天18:30从万家丽路车队停车场出车，凌晨1点左右收车，请合理安排，今天内还款。",
     [(P, "曾凡勇")], [S]),
    ("app", "debtor", "温馨提示：检测到您的手机号已变更为18384962898，如非本人操作请立即联系客服400-860-5521。",
     [(MB, "18384962898")], [U]),
    ("app", "debtor", "您的骑士信用贷已逾期，站点可协助办理分期，也可以联系客服，尾号2989的卡今日扣款未成功。",
     [], []),
    ("app", "debtor", "【蜂骑配送】骑手唐雪梅：您本月在本站之外还在“快送达”“同城急件”两个平台接单，合计流水约4,300元，另查到您微信零钱余额1,920元，请勿以无收入为由拖欠。",
     [(P, "唐雪梅")], [S]),
    ("app", "debtor", "{name}您好，您的{product}已逾期{days}天，应还{amount}元，请于{deadline}前还款。客服热线400-860-5521。",
     [], []),
    ("app", "debtor", "【驰途出行·车主金融】尊敬的邓海波，您的车贷已逾期。我们已联系您的同车队司机黄俊杰（15315550423）、周晓峰（19915288293），他们表示您每天仍正常出车。",
     [(P, "邓海波"), (P, "黄俊杰"), (MB, "15315550423"), (P, "周晓峰"), (MB, "19915288293")], [U, X]),
    ("app", "debtor", "实时定位提醒：您当前位于长沙南站P3网约车等候区，已排队47分钟。借款逾期未还，请先处理欠款。",
     [], [S]),
    ("app", "debtor", "您申请的“事故停运延期”已通过，车贷还款日顺延30天，期间不计罚息。祝早日康复。",
     [], []),
    ("app", "debtor", "您好，您于9月3日出车事故后在市第四医院骨科住院11天、左腿骨折内固定，保险理赔款已到账，请优先归还车贷。",
     [], [S]),
]

# --- the lender's stage SMS to borrowers ------------------------------------------------------------------------

LENDER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【易程小贷】您的驾享车贷本期3,118.40元已逾期3天，请登录驰途司机端-金融服务还款。退订回T",
     [], []),
    ("sms", "debtor", "【易程小贷】胡振宇先生，您身份证430104197707100893名下租车分期逾期，应还4,260元，今日未处理将转外部机构。",
     [(P, "胡振宇"), (ID, "430104197707100893")], [U]),
    ("sms", "debtor", "【易程小贷】您的骑士信用贷已逾期，如因伤病、停运等原因暂时无法还款，可回复1申请延期或致电0731-85526610。",
     [(LL, "0731-85526610")], []),
    ("sms", "debtor", "【易程小贷】蒋丽娟，您尾号5921的卡今日扣款失败，待还1,206.33元，请于今日20点前存入。",
     [(P, "蒋丽娟")], []),
    ("sms", "debtor", "【易程小贷】蒋丽娟，您6222 0215 2429 5921 009的卡今日扣款失败，待还1,206.33元。",
     [(P, "蒋丽娟"), (BC, "6222 0215 2429 5921 009")], [U]),
    ("sms", "debtor", "【易程小贷】欠款人何春生，现住雨花区井湾路218号湘运小区6栋1203，工作单位驰途出行星驰车队，名下车贷逾期46天，请速还。",
     [(P, "何春生"), (A, "雨花区井湾路218号湘运小区6栋1203")], [X]),
    ("sms", "debtor", "【易程小贷】易国强您好，您本周在驰途平台流水2,930元，按预支协议已自动扣回812元，剩余待还0元，您的薪速支已结清。",
     [(P, "易国强")], []),
    ("sms", "debtor", "【易程小贷】您的薪速支逾期未还，我司已核实您每天7:00-15:00在蜂骑岳麓三站跑早午班，请于收班后到站点找站长办理还款。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】您的借款已逾期8天，您的紧急联系人刘德旺（13529692388）已获知此事，请尽快还款。",
     [(P, "刘德旺"), (MB, "13529692388")], [U, X]),
    ("sms", "debtor", "易程小贷：周先生，您9月28日交通事故脑震荡、住院观察的事我们已记录，可暂缓至11月，但请先把本期利息交了。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】您的车贷已逾期，我司委托深圳恒信达资产管理有限公司跟进，其工号HX0327的专员将与您联系，请注意接听。",
     [], []),
    ("sms", "debtor", "【易程小贷】熊建国，您手机号1364 5209 360（原号）已停机，现联系号为15707208773，请确认是否本人。",
     [(P, "熊建国"), (MB, "1364 5209 360"), (MB, "15707208773")], [U]),
    ("sms", "debtor", "【易程小贷】您今日凌晨2:14仍在湘江中路沿线接单，昨天跑了16小时，钱挣了却不还，请在今天中午前还款。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】温馨提示：近期有不法分子冒充我司要求转账至个人账户，我司只通过App和对公账户收款。",
     [], []),
    ("sms", "debtor", "【易程小贷】您的驾享车贷逾期58天，已委托湖南衡正律师事务所处理，诉讼费用按合同由您承担。",
     [], []),
    ("sms", "debtor", "【易程小贷】肖可：您车上的GPS显示车辆近5天每晚停在望城区金星北路二段327号，白天往返黄花机场，若继续不还将依合同收回车辆。",
     [(P, "肖可"), (A, "望城区金星北路二段327号")], [S]),
]

# --- the agencies' SMS to borrowers and to the people around them ------------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "龙飞，我是恒信达的小吴，你身份证42010619970927423X、驾驶证都在我这登记了，明天还不上我们直接走程序。",
     [(P, "龙飞"), (ID, "42010619970927423X")], [U]),
    ("sms", "third_party", "您好，请转告龙飞回个电话给0755-83317720，谢谢。",
     [(P, "龙飞"), (LL, "0755-83317720")], []),
    ("sms", "third_party", "您好，我们是易程小贷委托的恒信达，龙飞的车贷逾期两个月了，麻烦您转告他处理一下。",
     [(P, "龙飞")], [D]),
    ("sms", "debtor", "【锦诚咨询】杨帆你好，你在蜂骑配送的骑士信用贷欠款5,420元，已逾期33天，请今天联系我们：028-86702215。",
     [(P, "杨帆"), (LL, "028-86702215")], []),
    ("sms", "third_party", "杨帆家属你好，杨帆在蜂骑那个骑士贷一直没还，我们找不到他，你跟他说一声。",
     [(P, "杨帆"), (P, "杨帆")], [D]),
    ("sms", "third_party", "王师傅您好，有件私人事务想找杨帆本人，方便的话请他回电028-86702215，不便告知内容，请谅解。",
     [(P, "杨帆"), (LL, "028-86702215")], []),
    ("sms", "debtor", "【楚和信息】吴东来，你每天下午四点半去光谷五路那家幼儿园接你儿子，接完就在附近跑单，这些我们都清楚，赶紧还钱。",
     [(P, "吴东来")], [S]),
    ("sms", "debtor", "【楚和信息】吴东来先生，您的车贷欠款可以申请分3期还，首期1,200元，同意请回复Y，详询027-87650341。",
     [(P, "吴东来"), (LL, "027-87650341")], []),
    ("sms", "debtor", "【恒信达】石磊：已查询到您名下工行卡6222 4582 6833 4108、建行卡6227 0069 5745 3502 989，请于今日存入欠款以便扣划。",
     [(P, "石磊"), (BC, "6222 4582 6833 4108"), (BC, "6227 0069 5745 3502 989")], [U]),
    ("sms", "debtor", "秦志刚，你老婆陈巧玲在华润万家四方坪店上班，你女儿秦悦在洪山小学三年级，欠的车贷你自己看着办。",
     [(P, "秦志刚"), (P, "陈巧玲"), (P, "秦悦")], [S, X]),
    ("sms", "third_party", "你好，我是锦诚的，谢宇航留的你电话做紧急联系人，麻烦让他今天回个电话，号码028-86702215。",
     [(P, "谢宇航"), (LL, "028-86702215")], []),
    ("sms", "debtor", "【锦诚咨询】谢宇航，身份证尾号840X名下的骑士信用贷已逾期19天，请核对后回电，以App内信息为准。",
     [(P, "谢宇航")], []),
    ("sms", "debtor", "钟伟，你上个礼拜在高德和滴滴两个平台一共跑了5,870块钱，流水我们全部调出来了，别再说没收入。",
     [(P, "钟伟")], [S]),
    ("sms", "debtor", "【楚和信息】宋德才，您好，经核实您提交的困难申请材料，已为您申请停催30天，期间不会再联系您。",
     [(P, "宋德才")], []),
    ("sms", "debtor", "宋德才，你腰椎间盘突出做了手术在家躺着是吧？躺着也得还钱，你媳妇不是还在上班吗。",
     [(P, "宋德才")], [S]),
    ("sms", "third_party", "【恒信达】您好，您的朋友石磊在易程小贷的车贷逾期，金额18,640元，请协助督促。",
     [(P, "石磊")], [D]),
]

# --- agents' calls as transcripts, to borrowers, fleet leaders, station managers and contacts --------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是易程小贷贷后服务中心，请问是彭建军先生吗？\n客户：是我。上个月出车被人追尾，肋骨断了两根，现在还开不了车。\n坐席：明白，先祝您早日康复。这种情况可以申请事故停运延期，最长60天，我现在帮您登记，您把诊断证明拍照传到App上就行。\n客户：好，谢谢你们。",
     [(P, "彭建军")], []),
    ("call", "debtor", "坐席：石磊先生，跟您核对一下，扣款卡是不是6230 7769 7575 6010这张？\n客户：对，就那张。\n坐席：这张卡今天扣款没成功，您看下午能不能存进去。",
     [(P, "石磊"), (BC, "6230 7769 7575 6010")], [U]),
    ("call", "third_party", "坐席：喂，是星驰车队的李队长吗？我易程小贷的。你们队里的邓海波车贷三个月没还了，你帮忙催一下，让他别躲着。\n第三方：我只管排班，他借钱的事我不管。\n坐席：他天天在你那交车，你跟他讲一声就行。",
     [(P, "邓海波")], [D]),
    ("call", "third_party", "坐席：您好，请问是蜂骑岳麓三站的站长吗？我姓吴，想找一下唐雪梅，有点事需要她本人回个电话，号码0731-85526610，麻烦转达一下。\n第三方：她今天早班，我回头跟她讲。\n坐席：好的，谢谢您，不多打扰了。",
     [(P, "唐雪梅"), (LL, "0731-85526610")], []),
    ("call", "third_party", "坐席：阿姨您好，我是恒信达的，找一下龙飞。\n联系人：他不在家，你们什么事？\n坐席：就他在驰途那边办车的那个事，一直拖着没弄，您让他回个电话。\n联系人：晓得了。",
     [(P, "龙飞")], [D]),
    ("call", "third_party", "坐席：你好，是湘运汽车租赁吧？你们那台湘A·D3F52现在是不是曾凡勇在开？\n第三方：是他租的。\n坐席：他在我们这办的租车分期欠了九千多，上个月在平台上跑了七千二，有钱不还，你们能不能从押金里先扣？",
     [(PL, "湘A·D3F52"), (P, "曾凡勇")], [D, S]),
    ("call", "debtor", "坐席：彭师傅，你这会儿就在五一广场地铁2号口对面趴活，等了二十分钟了吧？钱今天转过来。\n客户：你怎么知道我在哪？\n坐席：平台上看得到的。",
     [], [S]),
    ("call", "debtor", "坐席：为了核实身份，麻烦您说一下身份证后四位。\n客户：9342。\n坐席：好的，核实通过。您本期车贷应还2,150元，今天是最后还款日，需要帮您发还款链接吗？\n客户：发吧。",
     [], []),
    ("call", "debtor", "坐席：你们站长说了，你跟骑手黄俊杰合租在桐梓坡路88号枫林小区4栋502，黄俊杰的电话我们也有，要不要我打给他问问你的情况？\n客户：别，我自己想办法。",
     [(P, "黄俊杰"), (P, "黄俊杰"), (A, "桐梓坡路88号枫林小区4栋502")], [X]),
    ("call", "third_party", "坐席：喂，请问是胡振宇的爱人吗？\n第三方：我是，怎么了？\n坐席：你老公在易程小贷借的车贷逾期一个多月了，一共四千二百六，你们家里商量一下怎么还。",
     [(P, "胡振宇")], [D]),
    ("call", "third_party", "坐席：您好，请问是唐雪梅吗？\n第三方：打错了吧，我不认识这个人。\n坐席：不好意思，打扰您了，我们会把这个号码从记录里删掉。",
     [(P, "唐雪梅")], []),
    ("call", "debtor", "坐席：您好，这里是锦诚咨询，受易程小贷委托。请问是杨帆本人吗？\n客户：是。我新号是18610049884，旧号不用了。\n坐席：好的，尾号9884，已经给您更新。您的骑士信用贷还差5,420元，您看这周能还一部分吗？\n客户：周五发工资还一千。",
     [(P, "杨帆"), (MB, "18610049884")], []),
    ("call", "debtor", "坐席：熊先生，跟您确认一下新号码，是幺八七洞八七六四九七六，对吧？\n客户：对。\n坐席：好，以后短信都发这个号。",
     [(MB, "幺八七洞八七六四九七六")], [U]),
    ("call", "debtor", "坐席：曾师傅，您那台湘A·D3F52本月车贷还没扣到款，您看是卡里余额不够还是换卡了？\n客户：换卡了，我下午去App里改。\n坐席：好的，改完跟我说一声，我帮您重新发起扣款。",
     [(PL, "湘A·D3F52")], []),
    ("call", "third_party", "坐席：喂，是龙飞的紧急联系人刘德旺吗？\n联系人：是，他咋了？\n坐席：没什么大事，他电话一直打不通，麻烦您见到他让他给我们回个电话，0755-83317720。\n联系人：行。",
     [(P, "龙飞"), (P, "刘德旺"), (LL, "0755-83317720")], []),
    ("call", "third_party", "坐席：喂，站长你好，你们站的秦志刚在我们这借了骑士贷，他每天几点到站几点走，你给我说一下，我们派人过去找他。\n第三方：这个我不能说。\n坐席：你不说我们也能查到，他欠了一万多呢。",
     [(P, "秦志刚")], [D]),
    ("call", "debtor", "坐席：宋先生，我们这边看到您提交的停运报备了，现在身体怎么样？\n客户：腰伤了，医生说要休三个月。\n坐席：好的，那我给您把还款日往后延三个月，这期间罚息不计，等您恢复了再说。\n客户：谢谢啊。",
     [], []),
    ("call", "debtor", "坐席：廖春燕是吧，你今天上午十点在湘雅附二挂的妇产科号，怀孕几个月了？怀孕也不影响你还钱吧。\n客户：你们怎么连这个都知道？",
     [(P, "廖春燕")], [S]),
    ("call", "debtor", "坐席：易先生，你身份证号430104197806198734，驾驶证号也是这个，对不对？\n客户：对。\n坐席：那就是你本人，你的驾享车贷已经逾期二十天了。",
     [(ID, "430104197806198734")], [U]),
]

# --- calls as speech-to-text output: no punctuation, fillers, numbers read aloud, dialect -----------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂杨帆嘛 我锦诚这边的 你那个骑士贷嘛 身份证五幺洞幺二四 幺九九九洞八幺五 五八六洞是不是你的嘛\n客户：是我的 咋个嘛\n坐席：是你的就对了噻 今天必须要还两千",
     [(P, "杨帆"), (ID, "五幺洞幺二四 幺九九九洞八幺五 五八六洞")], [U]),
    ("call", "debtor", "坐席：喂您好 易程小贷的 请问是蒋丽娟女士吗\n客户：嗯是\n坐席：麻烦报一下身份证后四位核实一下\n客户：幺二零三\n坐席：好的谢谢 您这个骑士贷呢 可以分三期 每期四百零二块 您看要不要办\n客户：那办吧",
     [(P, "蒋丽娟")], []),
    ("call", "third_party", "坐席：喂 是蜂骑雨花站的站长啵\n第三方：是的 么子事\n坐席：你们站里那个何春生啊 他在平台上借的那个钱一直冇还 你帮我跟他讲一下咯\n第三方：我只管派单的",
     [(P, "何春生")], [D]),
    ("call", "debtor", "坐席：周晓峰你莫装 你每天晚上十一点多收了车就到左家塘那个烧烤摊吃宵夜 吃完一点钟才回去 我们都晓得的\n客户：你们跟踪我\n坐席：跟踪冇必要 你还钱就是了",
     [(P, "周晓峰")], [S]),
    ("call", "debtor", "坐席：嗯那个 您的还款卡是六二幺四 七幺七六 三九幺二 五零八五 嗯 这张卡今天余额不足没扣成功\n客户：我晚上存进去\n坐席：好的好的",
     [(BC, "六二幺四 七幺七六 三九幺二 五零八五")], [U]),
    ("call", "debtor", "坐席：老袁 恁爹心脏搭桥那个事儿俺们也知道 在市二院心内科住着呢 可恁这车贷也不能一直拖着啊 中不中给个准话\n客户：俺现在真没钱",
     [], [S]),
    ("call", "debtor", "坐席：喂你好 楚和信息的 受易程小贷委托 是宋德才吗\n客户：是 我那个 上个月跑单摔了 腿打了钢板 现在还在家里躺着\n坐席：哦这样啊 那我这边给您报个停催 先停一个月 您好了再联系我们 好吧\n客户：好好 谢谢",
     [(P, "宋德才")], []),
    ("call", "third_party", "坐席：喂 湘运租赁吗 你们租给秦志刚那台车 他那个车贷在我们这逾期好久了 你们要不把车先收回来\n第三方：车是他租的 贷款是他个人的事\n坐席：那你们收车的时候通知我们一声",
     [(P, "秦志刚")], [D]),
    ("call", "debtor", "坐席：你要不信你问问你们站的骑手付强嘛 幺三幺 三八二七 二七九八 他住你隔壁那栋 上个月也是这样拖 后来还是还了\n客户：我不认识他",
     [(P, "付强"), (MB, "幺三幺 三八二七 二七九八")], [U, X]),
    ("call", "debtor", "坐席：那个 你之前留的手机是幺五洞洞九九五八洞二洞 现在停机了是吧\n客户：对换号了\n坐席：那新号您在App里更新一下",
     [(MB, "幺五洞洞九九五八洞二洞")], [U]),
    ("call", "debtor", "坐席：喂 陳生呀 我哋係易程小貸嘅 你架車嘅供款遲咗十日喇 幾時方便還呢\n客户：下個禮拜出糧先還得\n坐席：好 咁我記低下個禮拜三 唔該晒",
     [], []),
    ("call", "third_party", "坐席：喂 係咪房東黃太呀 你租客聶文濤佢借咗我哋嘅車貸 兩個月冇還 佢仲住唔住喺度呀\n第三方：我唔清楚佢啲事",
     [(P, "聶文濤")], [D]),
    ("call", "debtor", "坐席：您好 薪速支客服 跟您说一下 您这周流水一千八百四十六 按协议扣回预支款五百 服务费六块 实发一千三百四十 有疑问可以在App里申诉\n客户：好的知道了",
     [], []),
    ("call", "third_party", "坐席：喂李队长 还是邓海波那个事 就他那台车的钱 你懂的 他这个月再不弄我们就去车队找他了\n第三方：你们自己跟他说",
     [(P, "邓海波")], [D]),
    ("call", "debtor", "坐席：额 你这个 这个月 你在平台上每天在线十四个小时 早上六点就上线 晚上八点下线 你这么拼 钱呢\n客户：钱都拿去还车租了",
     [], [S]),
]

# --- fleet leaders, station managers and their WeChat and station group chats ----------------------------------

FLEETS_AND_STATIONS: list[PiplEntry] = [
    ("app", "third_party", "【岳麓三站骑手群】@全体成员 唐雪梅的平台借款有点问题，这两天谁见到她让她联系一下站长。",
     [(P, "唐雪梅")], [D]),
    ("app", "third_party", "李队长，你们车队的罗志明在我们易程借的车贷已经欠了两期，一共五千二，他明天来交车的时候你帮我们把车钥匙扣下。",
     [(P, "罗志明")], [D]),
    ("app", "third_party", "张站长您好，我姓周，想请您帮忙转告骑手秦志刚给我回个电话，是他个人的事，不涉及站点，谢谢。",
     [(P, "秦志刚")], []),
    ("app", "third_party", "张站长，秦志刚欠我们的钱你知道吧？他这个月结算能不能先扣一部分给我们。",
     [(P, "秦志刚")], [D]),
    ("app", "third_party", "【星驰车队司机群】各位师傅，邓海波那台湘A·7Q2M6的事还没解决，大家有他新号的私我一下。",
     [(PL, "湘A·7Q2M6"), (P, "邓海波")], [D]),
    ("app", "third_party", "王站长你好，我们这边是易程小贷的合作机构，骑手何春生的借款逾期了，麻烦把他这一个月的排班表和每天的配送路线发给我们。",
     [(P, "何春生")], [D]),
    ("app", "third_party", "王站长，何春生这个月每天早上7点到站，中午在梅溪湖片区送，晚上9点下班，下班后一般去观沙岭路那边的网吧，你们站里的人要是碰到他跟他说一下欠款的事。",
     [(P, "何春生")], [D, S]),
    ("app", "third_party", "李队，你跟你们队里说一下，周晓峰上个月跑了8,900的流水，他欠我们的贷款才3,000多，明显是不想还，你们也别帮他瞒着。",
     [(P, "周晓峰")], [D, S]),
    ("app", "third_party", "【蜂骑雨花站】各位骑手：平台“骑士信用贷”的官方还款渠道只有App，站点不代收任何款项，谨防诈骗。",
     [], []),
    ("app", "third_party", "【蜂骑雨花站】@何春生 你借的骑士贷已经逾期一个月了，平台那边天天打电话到站里，赶紧处理。",
     [(P, "何春生")], [D]),
    ("sms", "third_party", "【易程小贷】尊敬的车队负责人：贵车队司机罗志明（身份证430602199106190348，驾驶证号同）车贷逾期，请协助通知本人。",
     [(P, "罗志明"), (ID, "430602199106190348")], [D, U]),
    ("sms", "third_party", "尊敬的车队负责人：我们有事需联系贵车队司机罗志明，请转告其回电0731-85526610，涉及其本人事务，恕不便详告。",
     [(P, "罗志明"), (LL, "0731-85526610")], []),
    ("app", "third_party", "张站长，我是易程小贷的，骑手黄俊杰今天在不在站里？在的话我们过去当面跟他谈一下分期。",
     [(P, "黄俊杰")], [D]),
    ("app", "third_party", "【星驰车队管理群】车队长注意：易程小贷发来的逾期司机名单：罗志明、邓海波、曾凡勇、周晓峰，请各队长督促本队司机尽快还款。",
     [(P, "罗志明"), (P, "邓海波"), (P, "曾凡勇"), (P, "周晓峰")], [D]),
    ("app", "third_party", "李队长，麻烦问一下你们车队的彭建军这周还出不出车？我们有份材料要交给他本人，谢谢。",
     [(P, "彭建军")], []),
    ("app", "third_party", "李队长，彭建军上个月出事故住院，现在腿上还有钢钉，估计开不了车了，他那个车贷你看车队能不能先垫一下？",
     [(P, "彭建军")], [D, S]),
    ("app", "third_party", "站长你好，骑手宋德才的手机号是13941646683还是13921700980？两个都打不通，他的欠款我们急着找他。",
     [(P, "宋德才"), (MB, "13941646683"), (MB, "13921700980")], [D, U]),
    ("app", "third_party", "站长，宋德才的新电话你有的话麻烦发我一下，或者让他打给我们客服400-860-5521，谢谢。",
     [(P, "宋德才")], []),
]

# --- emergency contacts, relatives, room-mates and the vehicle lessors -------------------------------------------

CONTACTS_AND_LESSORS: list[PiplEntry] = [
    ("sms", "third_party", "您好，您是杨帆填写的紧急联系人，我们暂时联系不上他，麻烦提醒他回电028-86702215。",
     [(P, "杨帆"), (LL, "028-86702215")], []),
    ("sms", "third_party", "杨大姐，你弟弟杨帆在我们平台借的钱再不还，我们只能按流程走了，你做姐姐的也劝劝。",
     [(P, "杨帆")], [D]),
    ("sms", "third_party", "叔叔你好，龙飞的事情想必您也听说了，能不能帮他先垫一部分，我们可以给他减免罚息。",
     [(P, "龙飞")], [D]),
    ("app", "third_party", "【微信】刘哥你好，我是恒信达的小吴，龙飞留的你做联系人。他人没事，就是有个事找他，你让他加我微信就行。",
     [(P, "龙飞")], []),
    ("app", "third_party", "【微信】刘哥，龙飞身份证42010619970927423X，你帮我查查他现在在哪跑车，他那车贷拖三个月了。",
     [(P, "龙飞"), (ID, "42010619970927423X")], [D, U]),
    ("app", "third_party", "湘运租赁的赵经理您好，承租人肖可在我司的租车分期逾期两期共6,300元，请贵司暂停为其续租，并在其还车时通知我司。",
     [(P, "肖可")], [D]),
    ("app", "third_party", "赵经理，麻烦协助核对一下承租人肖可名下车辆湘A·F8J21的登记信息是否有变化，谢谢。",
     [(P, "肖可"), (PL, "湘A·F8J21")], []),
    ("sms", "third_party", "肖可妈妈您好，我是易程小贷的，您儿子肖可最近一周每天晚上都在黄花机场跑夜班，您劝劝他把车贷还了。",
     [(P, "肖可"), (P, "肖可")], [D, S]),
    ("call", "third_party", "坐席：喂，请问是吴东来的家里人吗？\n第三方：我是他爸。\n坐席：叔叔您好，吴东来留的是这个号码，麻烦您跟他说一下，有空回个电话给楚和信息，027-87650341，谢谢您。\n第三方：好，我跟他说。",
     [(P, "吴东来"), (P, "吴东来"), (LL, "027-87650341")], []),
    ("call", "third_party", "坐席：叔叔，你儿子吴东来在我们这里借了车贷一万三，现在逾期了，你们当父母的帮着还一点吧。\n第三方：他都三十多岁了，我管不了。",
     [(P, "吴东来")], [D]),
    ("sms", "third_party", "老钟你好，你室友钟伟在我们这的欠款，他现在手机号是13212831652，你看一下是不是这个，是的话回个1。",
     [(P, "钟伟"), (MB, "13212831652")], [D, U]),
    ("app", "third_party", "【微信】嫂子，海波的事你知道吧？驰途那边的车，一直没还，你跟他说说。",
     [(P, "海波")], [D]),
    ("app", "third_party", "【微信】您好，邓海波登记的联系人是您，我们这边有事找他，他方便时请回电0755-83317720。不便透露具体事由，请见谅。",
     [(P, "邓海波"), (LL, "0755-83317720")], []),
    ("sms", "third_party", "廖小姐，你姐姐廖春燕怀孕五个月了还在跑外卖，欠的骑士贷三千多，你们家里帮帮她。",
     [(P, "廖春燕")], [D, S]),
    ("sms", "third_party", "甘先生：您的朋友胡振宇住址为开福区湘江中路一段52号滨江苑3栋1801，请转告他尽快处理在易程的借款。",
     [(P, "胡振宇"), (A, "开福区湘江中路一段52号滨江苑3栋1801")], [D, X]),
    ("app", "third_party", "【微信】周晓峰妈妈，您儿子的车贷逾期了，他的驾驶证号是450105198105244106，您看是不是他本人的，我们怕找错人。",
     [(P, "周晓峰"), (ID, "450105198105244106")], [D, U]),
    ("sms", "third_party", "您好，您的亲属聂文涛拖欠我司贷款，他的银行卡6212 2685 2625 9753 081已被标记，请转告他。",
     [(P, "聂文涛"), (BC, "6212 2685 2625 9753 081")], [D, U]),
]

# --- visit reports, quality-check sheets and complaint tickets, inside the lender and its agencies ---------------

NOTES_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "外访报告｜案件号YC-WF-0921-033｜借款人：罗志明｜外访地址：岳麓区桐梓坡西路219号金桥苑2栋703｜结果：本人在家，承诺月底前还款2,600元。外访人员：欧阳、谭（2人，出示工牌）。",
     [(P, "罗志明"), (A, "岳麓区桐梓坡西路219号金桥苑2栋703")], []),
    ("notice", "unknown", "外访报告｜借款人邓海波，身份证430523198401131203，手机18708150443。蹲守记录：9月20日6:40出门，开湘A·7Q2M6到万家丽路车队交班，12:10在东塘吃饭，18:50回家，当晚未再外出。",
     [(P, "邓海波"), (ID, "430523198401131203"), (MB, "18708150443"), (PL, "湘A·7Q2M6")], [S, U]),
    ("notice", "unknown", "质检单｜录音编号QC-20240918-0447｜问题：坐席向借款人念出其银行卡号6228 2940 9849 2921，并称“你另外两张卡我们也查到了”。扣10分。",
     [(BC, "6228 2940 9849 2921")], [U]),
    ("notice", "unknown", "投诉工单｜工单号TS2409-1178｜投诉人：唐雪梅（骑手）｜诉求：催收人员在站点骑手群公开其借款逾期，要求道歉并删除。处理：已核实，群内消息已撤回，涉事人员停岗。",
     [(P, "唐雪梅")], []),
    ("notice", "unknown", "投诉工单｜投诉人胡振宇，手机18032915716已验证。反映催收员向其妻子透露欠款。回访记录：已致歉，已将其妻号码从联系记录删除。",
     [(P, "胡振宇"), (MB, "18032915716")], [U]),
    ("notice", "unknown", "外访登记表\n借款人：曾凡勇\n车辆：湘A·D3F52（租赁车，出租方湘运汽车租赁）\n约访地址：雨花区韶山中路418号车管所对面停车场\n约访时间：10月9日上午10点，借款人同意。",
     [(P, "曾凡勇"), (PL, "湘A·D3F52"), (A, "雨花区韶山中路418号")], []),
    ("notice", "unknown", "失联修复记录：借款人周晓峰原号停机。经查其近30天接单轨迹集中在芙蓉区五一大道至火车站一线，每日22:00后在晚报大道附近停留，次日9:00起恢复接单。建议在该区域蹲点。",
     [(P, "周晓峰")], [S]),
    ("notice", "unknown", "质检单｜录音编号QC-0923-0113｜客户自述“我老婆刚做完手术”，坐席未予回应继续催款，判定未关注客户困难，扣8分。",
     [], []),
    ("notice", "unknown", "回访记录：客户宋德才腰椎手术后卧床，医嘱休养三个月，已同意停催至12月31日。附：诊断证明（市第四医院骨科）、手术记录、用药清单（塞来昔布、甲钴胺）已存档。",
     [(P, "宋德才")], [S]),
    ("notice", "unknown", "案件备注：借款人魏坤，同车队司机欧阳明辉（18295265962）、石磊（15539064642）均可作为信息来源，其中欧阳明辉住魏坤楼下，可随时上门打听。",
     [(P, "魏坤"), (P, "魏坤"), (P, "欧阳明辉"), (P, "欧阳明辉"), (MB, "18295265962"), (P, "石磊"), (MB, "15539064642")], [U, X]),
    ("notice", "unknown", "外访报告：借款人廖春燕，住开福区芙蓉北路1088号润和家园9栋402，现怀孕约24周，每周二在妇幼保健院产检，丈夫万志强在黄兴路步行街一家奶茶店上班。",
     [(P, "廖春燕"), (A, "开福区芙蓉北路1088号润和家园9栋402"), (P, "万志强")], [S, X]),
    ("notice", "unknown", "投诉回复：您反映的催收员在电话中提及您就医情况一事，经调取录音属实，我司已对相关人员停岗处理，并承诺今后不以任何健康信息作为催收手段。",
     [], []),
    ("notice", "unknown", "质检单｜录音编号QC-0925-0208｜问题：坐席向借款人报出其同站骑手付强的姓名、手机号及住址，构成泄露他人信息。判定严重违规。",
     [(P, "付强")], []),
]

# --- e-mails between the lender, the platforms, the agencies and the fleet operators -----------------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：postloan@ycxd-fin.com\n主题：9月委外案件移交\n恒信达各位好，本月移交案件37件，明细见附件（身份证号、卡号已按规范脱敏为前6后4）。请于9月30日前回传首轮联系结果。",
     [(EM, "postloan@ycxd-fin.com")], []),
    ("email", "unknown", "主题：补充材料-案件YC-DX-0617\n借款人：易国强\n身份证：430111198810113631\n还款卡：6216 9949 4952 7528\n手机：15690817808\n请尽快联系，该案已逾期62天。",
     [(P, "易国强"), (ID, "430111198810113631"), (BC, "6216 9949 4952 7528"), (MB, "15690817808")], [U]),
    ("email", "third_party", "致星驰车队：\n贵车队司机罗志明、曾凡勇二人在我司的车贷均已逾期，请贵车队在其交车时协助转告，并将其近一月出车记录发送至postloan@ycxd-fin.com。\n易程小贷贷后管理部",
     [(P, "罗志明"), (P, "曾凡勇"), (EM, "postloan@ycxd-fin.com")], [D]),
    ("email", "third_party", "致蜂骑配送岳麓三站：\n我司需与贵站骑手唐雪梅本人取得联系，烦请代为告知其回电0731-85526610。所涉事项仅与其本人有关，恕不详述。\n客户服务部 周女士",
     [(P, "唐雪梅"), (LL, "0731-85526610")], []),
    ("email", "unknown", "From: ops@hengxinda-am.cn\nRe: 案件进展\n周晓峰一案：已通过驰途平台调取其9月全部订单记录（共418单，含每单上下车地点和时间），据此判断其常驻芙蓉区，晚间多在晚报大道一带收车。",
     [(EM, "ops@hengxinda-am.cn"), (P, "周晓峰")], [S, X]),
    ("email", "unknown", "主题：关于调取司机订单数据的答复\n驰途出行数据合规组回复：贵司申请调取司机周晓峰全部订单轨迹，超出贷后管理必要范围，不予提供。如需核实其是否在平台接单，我方可仅回复“是/否”。",
     [(P, "周晓峰")], []),
    ("email", "unknown", "主题：骑手收入核验\n附件为骑手何春生8月、9月逐日收入明细，以及其支付宝、微信绑定的三张储蓄卡余额截图，供贵司评估还款能力。——蜂骑配送雨花站",
     [(P, "何春生")], [S]),
    ("email", "unknown", "To: risk@ycxd-fin.com\n借款人钟伟的紧急联系人更新为其室友钟海涛，手机17716629601，另外其前女友夏雨婷（19879858019）也表示知道他的下落。",
     [(EM, "risk@ycxd-fin.com"), (P, "钟伟"), (P, "钟海涛"), (MB, "17716629601"), (P, "夏雨婷"), (MB, "19879858019")], [U, X]),
    ("email", "unknown", "主题：案件退回\n锦诚咨询退回案件4件：借款人均已提交伤残或重病证明，按委托协议第9条转回贵司人工处理，证明原件未留存。",
     [], []),
    ("email", "unknown", "主题：宋德才案停催申请\n借款人宋德才送餐途中摔伤，腰椎L4/L5骨折，现于家中卧床，每周三去医院复查。建议停催60天。\n锦诚咨询 028-86702215",
     [(P, "宋德才"), (P, "宋德才"), (LL, "028-86702215")], [S]),
    ("email", "unknown", "發件人：kefu@ycxd-fin.com\n主題：客戶身分核驗\n客戶聶文濤護照號E38271946，港澳通行證C62817395，已與身分證核對一致。",
     [(EM, "kefu@ycxd-fin.com"), (P, "聶文濤"), (PP, "E38271946"), (PP, "C62817395")], [U]),
]

# --- letters to borrowers, lawyers' letters and the papers filed with courts -----------------------------------

LETTERS_AND_COURT: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：长沙易程网络小额贷款有限公司，统一社会信用代码略。\n被告：罗志明，男，1991年6月19日出生，汉族，身份证号430602199106190348，住岳麓区桐梓坡西路219号金桥苑2栋703。\n诉讼请求：1.判令被告偿还借款本金31,200元及利息……\n此致\n长沙市麓山区人民法院",
     [(P, "罗志明"), (ID, "430602199106190348"), (A, "岳麓区桐梓坡西路219号金桥苑2栋703")], []),
    ("notice", "debtor", "罗志明先生：\n我司已就您的车贷向长沙市麓山区人民法院提起诉讼，起诉状所载被告信息为：罗志明，身份证号430602199106190348。如您愿意和解，请于开庭前联系我司。\n易程小贷法务部",
     [(P, "罗志明"), (P, "罗志明"), (ID, "430602199106190348")], [U]),
    ("notice", "debtor", "罗志明先生：\n我司已就您的车贷（合同号YC-DX-20230314-00552）向长沙市麓山区人民法院提起诉讼，案号（2024）湘0192民初8817号。如愿和解，请于开庭前致电0731-85526610。\n易程小贷法务部",
     [(P, "罗志明"), (LL, "0731-85526610")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：长沙易程网络小额贷款有限公司\n被申请人：邓海波，身份证号430523198401131203\n请求事项：冻结被申请人名下中国农业银行账户6228 4809 6114 4315内存款15,000元，或查封其名下车辆湘A·7Q2M6。",
     [(P, "邓海波"), (ID, "430523198401131203"), (BC, "6228 4809 6114 4315"), (PL, "湘A·7Q2M6")], []),
    ("notice", "third_party", "律师函\n致：星驰汽车服务有限公司（星驰车队）\n本所受长沙易程网络小额贷款有限公司委托，现函告：贵司司机邓海波（身份证430523198401131203）拖欠车贷本息15,032元，请贵司协助督促其还款。\n湖南衡正律师事务所",
     [(P, "邓海波"), (ID, "430523198401131203")], [D, U]),
    ("notice", "debtor", "律师函\n邓海波先生：\n本所受长沙易程网络小额贷款有限公司委托，就您驾享车贷逾期一事函告如下：截至10月8日，您尚欠本息15,032元。请于收函之日起15日内与委托人协商还款；逾期未协商的，委托人将依法提起诉讼。\n湖南衡正律师事务所 律师 贺文斌\n电话：0731-84412876",
     [(P, "邓海波"), (P, "贺文斌"), (LL, "0731-84412876")], []),
    ("notice", "debtor", "還款提醒函\n曾凡勇先生：您於本公司辦理之租車分期（車輛湘A·D3F52）已逾期兩期，合計人民幣6,420.00元。請於本月20日前還款，如有困難請致電客服400-860-5521。",
     [(P, "曾凡勇"), (PL, "湘A·D3F52")], []),
    ("notice", "debtor", "还款协议\n甲方：长沙易程网络小额贷款有限公司\n乙方：曾凡勇，身份证号50022219830313836X，银行卡6212 6428 9096 7375\n乙方自愿分6期偿还欠款6,420元，每期1,070元。",
     [(P, "曾凡勇"), (ID, "50022219830313836X"), (BC, "6212 6428 9096 7375")], [U]),
    ("notice", "debtor", "还款协议\n甲方：长沙易程网络小额贷款有限公司\n乙方：曾凡勇（身份证尾号836X）\n乙方自愿分6期偿还欠款6,420元，每期1,070元，首期于10月20日前支付。",
     [(P, "曾凡勇")], []),
    ("notice", "unknown", "支付令申请书\n申请人：长沙易程网络小额贷款有限公司\n被申请人：何春生，男，1979年4月15日出生，身份证号522101197904152566，住雨花区井湾路218号湘运小区6栋1203，联系电话17647224541。\n请求事项：责令被申请人支付借款本息8,912元。",
     [(P, "何春生"), (ID, "522101197904152566"), (A, "雨花区井湾路218号湘运小区6栋1203"), (MB, "17647224541")], []),
    ("notice", "debtor", "结清证明\n兹证明借款人何春生（身份证号522101197904152566）在我司骑士信用贷项下借款已全部结清，双方债权债务关系终止。\n长沙易程网络小额贷款有限公司（盖章）",
     [(P, "何春生"), (ID, "522101197904152566")], [U]),
    ("notice", "debtor", "催收函\n编号：HXD-2024-10-0316\n借款人：周晓峰\n欠款金额：3,186.50元，逾期天数：47天\n请于10月25日前还款，还款渠道：驰途司机端-金融服务。如有异议，请拨打0755-83317720。\n深圳市恒信达资产管理有限公司",
     [(P, "周晓峰"), (LL, "0755-83317720")], []),
    ("notice", "debtor", "催收函\n借款人：周晓峰\n我司掌握您的情况如下：您每天16:00出车，主要在五一大道、火车站、晚报大道一带接单，凌晨2点左右收车，停车于晚报大道附近小区。请于10月25日前还款。",
     [(P, "周晓峰")], [S]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：长沙易程网络小额贷款有限公司\n被执行人：胡振宇，身份证号430104197707100893，住开福区湘江中路一段52号滨江苑3栋1801\n执行依据：（2024）湘0192民初5503号民事判决书",
     [(P, "胡振宇"), (ID, "430104197707100893"), (A, "开福区湘江中路一段52号滨江苑3栋1801")], []),
    ("notice", "debtor", "致胡振宇先生：法院判决已生效，如您未在期限内履行，我司将依法申请强制执行。执行申请书副本抄送如下：被执行人胡振宇，身份证号430104197707100893，住开福区湘江中路一段52号滨江苑3栋1801。",
     [(P, "胡振宇"), (P, "胡振宇"), (ID, "430104197707100893"), (A, "开福区湘江中路一段52号滨江苑3栋1801")], [U]),
    ("notice", "third_party", "致秦志刚的家属：\n秦志刚在我司的骑士信用贷已逾期，本函随附其借款合同复印件（含身份证号500106197710131384）及还款记录，请家属协助处理。",
     [(P, "秦志刚"), (P, "秦志刚"), (ID, "500106197710131384")], [D, U]),
    ("notice", "debtor", "律师函\n（2024）衡正律函字第1187号\n袁志成先生：\n湖南衡正律师事务所接受长沙易程网络小额贷款有限公司（以下简称“委托人”）的委托，就您与委托人之间的租车分期借款合同纠纷一事，郑重函告如下：\n一、2023年11月，您通过驰途司机端“金融服务”向委托人申请租车分期借款36,000元，分24期偿还。自2024年7月起，您未按约还款，截至本函发出之日，尚欠本金14,820元、利息及违约金1,036.40元。\n二、委托人理解网约车司机收入存在波动，愿意在核实您的收入情况后，为您办理延期或重新分期，也可以减免部分违约金。\n三、请您自收到本函之日起十五日内，通过App或拨打0731-84412876与本所联系协商。如您对欠款金额有异议，亦可在上述期限内提出，本所将转交委托人核实。\n四、如您在期限内既未还款也未协商，委托人将依据合同约定向有管辖权的人民法院提起诉讼，诉讼结果以法院裁判为准。\n本函仅送达您本人，未抄送您的亲友、车队或出租方。\n湖南衡正律师事务所 律师 贺文斌\n2024年10月15日",
     [(P, "袁志成"), (LL, "0731-84412876"), (P, "贺文斌")], []),
    ("notice", "third_party", "致袁志成家属的一封信\n袁志成的家人：\n袁志成（身份证号500106199111247659，户籍地重庆市渝北区双凤桥街道临港大道66号3栋2单元1104）于2023年11月在我司办理租车分期36,000元，现已逾期三个多月，尚欠一万五千余元。我们多次联系本人未果，据了解他目前在长沙鹏程车行做修车工，每天晚上七点到凌晨一点还在跑网约车，收入并不低，却一直拖着不还。作为家人，希望你们能从大局出发，劝他尽快与我司联系还款，不要让事情发展到起诉那一步，到时候对他、对家里都不好。我司联系电话0731-85526610，工作时间每天9:00至21:00。\n长沙易程网络小额贷款有限公司 贷后管理部",
     [(P, "袁志成"), (P, "袁志成"), (P, "袁志成"), (ID, "500106199111247659"), (A, "重庆市渝北区双凤桥街道临港大道66号3栋2单元1104"), (LL, "0731-85526610")], [D, S, U, X]),
]

# --- identifiers in every written and spoken form --------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("app", "debtor", "实名核验结果：姓名 匡少华，身份证号 ５２２１０１１９９２０７１１５２０８，核验通过。您的骑士信用贷已逾期，请尽快还款。",
     [(P, "匡少华"), (ID, "５２２１０１１９９２０７１１５２０８")], [U]),
    ("sms", "debtor", "【易程小贷】您驾驶证号440113-19940923-7143对应的网约车资格证即将年审，车贷逾期可能影响年审，请及时还款。",
     [(ID, "440113-19940923-7143")], [U]),
    ("notice", "debtor", "扣款授权书（回执）\n授权人：袁志成\n证件号码：500106 19771013 1384\n授权扣款账户：6236-6834-1168-9807-904\n授权人已于2024年9月2日签署。",
     [(P, "袁志成"), (ID, "500106 19771013 1384"), (BC, "6236-6834-1168-9807-904")], [U]),
    ("call", "debtor", "坐席：老人家您是这个身份证吧 四四零幺零六七二零五幺幺七零六 老的十五位那个\n客户：对对 那是我老身份证\n坐席：那就没错 您儿子借车贷用的是您的名字",
     [(ID, "四四零幺零六七二零五幺幺七零六")], [U]),
    ("call", "debtor", "坐席：身份证号码我念一下您听对不对 四一零一零五二零零二一零二一七四一叉\n客户：对\n坐席：好的 那您这笔骑士贷还有一千一没还",
     [(ID, "四一零一零五二零零二一零二一七四一叉")], [U]),
    ("sms", "debtor", "【易程小贷】还款账户已变更为6222-0212-4322-4641-279，如非本人操作，请致电400-860-5521。",
     [(BC, "6222-0212-4322-4641-279")], [U]),
    ("app", "debtor", "客服小周：您好，查到您绑定的卡是６２５９３３２６８６２５９２３７，这张卡已注销，需要重新绑卡才能扣款哦。",
     [(BC, "６２５９３３２６８６２５９２３７")], [U]),
    ("sms", "third_party", "您好，请问这是戴海峰的号码吗？他在我们这登记的号码是+86 199 2833 1330，已经打不通了，您如果认识他请让他联系易程小贷。",
     [(P, "戴海峰"), (MB, "199 2833 1330")], [D, U]),
    ("email", "unknown", "主题：号码核验\n借款人夏天宇留存号码：008615838681072、177-9849-7621，两个号码本周均无人接听，请技术部协助核验是否为空号。",
     [(P, "夏天宇"), (MB, "15838681072"), (MB, "177-9849-7621")], [U]),
    ("app", "debtor", "您的新手机号１５１０１１３６８１３已绑定成功，今后还款提醒将发送至新号码。",
     [(MB, "１５１０１１３６８１３")], [U]),
    ("call", "debtor", "坐席：你留的那个号码 幺三两九 洞洞五九 七九三 是你老婆的吧 她接了说不认识你\n客户：那是我前妻",
     [(MB, "幺三两九 洞洞五九 七九三")], [U]),
    ("notice", "unknown", "出境记录核查：借款人夏天宇持护照EA1729306于9月12日经罗湖口岸出境，往来港澳通行证C83016254，至今未入境。建议暂停催收并上报。",
     [(P, "夏天宇"), (PP, "EA1729306"), (PP, "C83016254")], [S, U]),
    ("sms", "debtor", "【易程小贷】夏天宇先生，系统显示您已于9月12日出境，请于回国后尽快处理逾期借款。",
     [(P, "夏天宇")], [S]),
    ("notice", "debtor", "身份信息变更确认单\n客户：陈卫东\n原证件：港澳居民来往内地通行证H10293847\n新证件：居民身份证441302199105101629\n请核对后签字回传。",
     [(P, "陈卫东"), (PP, "H10293847"), (ID, "441302199105101629")], [U]),
    ("app", "debtor", "尊敬的陈卫东先生，您的证件信息已更新为居民身份证（尾号1629），原通行证信息已删除。",
     [(P, "陈卫东")], []),
    ("call", "debtor", "坐席：卡号是六二一二 二六三六 五四八四 八一零七 四七一对吗\n客户：是的\n坐席：好 今天下午会重新扣一次",
     [(BC, "六二一二 二六三六 五四八四 八一零七 四七一")], [U]),
    ("app", "debtor", "【蜂骑配送】您的收款卡6214717639125085已设为骑士信用贷自动还款卡。",
     [(BC, "6214717639125085")], [U]),
    ("sms", "debtor", "【易程小贷】您的收款卡尾号5085已设为自动还款卡，如需更换请在App操作。",
     [], []),
]

# --- decoys: order, trip, case and device numbers and plate-like codes of an identifier's shape, failing its checks

DECOYS: list[PiplEntry] = [
    ("app", "debtor", "【驰途出行】您的行程单号483533046398131830已完成结算，车费已计入今日流水。",
     [], []),
    ("sms", "debtor", "【易程小贷】您的还款已到账，交易流水号2024595243061152，感谢您的支持。",
     [], []),
    ("notice", "debtor", "开庭通知（转达）\n案号：（2024）湘0192民初8817号\n开庭时间：11月6日9:30，第三审判庭。请携带身份证件准时到庭。\n易程小贷法务部",
     [], []),
    ("app", "debtor", "充电桩编号B2-5TK82已为您预留30分钟，请尽快到达充电站。",
     [], []),
    ("app", "third_party", "【星驰车队司机群】车队新到的头盔编号XC·A3K76至XC·A3K95，请各位师傅到办公室领取。",
     [], []),
    ("call", "debtor", "坐席：您的还款交易号我念一下 二零二四 八八九二 九二二八 五一五二 您记一下 以后查询用\n客户：好 记下了",
     [], []),
    ("sms", "debtor", "【易程小贷】您的工单12558167247已受理，客服将在24小时内回复。",
     [], []),
    ("notice", "unknown", "录音编号430111921512345，通话时长3分12秒，质检结论：合规。",
     [], []),
    ("sms", "debtor", "【易程小贷】尊敬的客户，您身份证号4301**********2853名下借款已结清。",
     [], []),
    ("app", "debtor", "您好，您尾号幺二零三的身份证信息核验通过，可以正常使用骑士信用贷。",
     [], []),
    ("email", "unknown", "主题：合同编号核对\n合同编号802207855282030834与系统登记一致，放款流水号1023597743453451691，无需更正。",
     [], []),
    ("sms", "debtor", "【驰途出行】您的车辆审核编号湘运-A8K273已通过，可正常接单。",
     [], []),
    ("call", "debtor", "坐席：跟您核对一下合同编号 七三二幺四二 六五零六五九 二五三幺八六 对吧\n客户：对的\n坐席：好 这个合同下个月就到期结清了",
     [], []),
    ("app", "debtor", "您的还款卡6217 **** **** 0432已解绑，新卡尾号7528绑定成功。",
     [], []),
    ("sms", "debtor", "【易程小贷】保单号8800693971570437677的车辆事故险理赔已受理，理赔款将直接用于抵扣车贷。",
     [], []),
]

# --- whereabouts, earnings and health, each beside lawful near-misses -----------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("app", "debtor", "您今天已在线9小时，累计完成23单。为了您的安全，建议连续驾驶4小时后休息20分钟。",
     [], []),
    ("app", "debtor", "你今天在线九个小时跑了二十三单，下午三点到五点一直在河西大学城转，别跟我说没空还钱。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】您本月在驰途平台的结算收入为6,214.30元，本期车贷应还2,618.00元，将于结算日自动扣除。",
     [], []),
    ("sms", "debtor", "【易程小贷】我们查了，您除了驰途，还在另外两家平台兼职跑车，建行卡上月进账11,400元，还有一笔公积金余额3万多，请立即还款。",
     [], [S]),
    ("call", "debtor", "客户：我真的没钱，这个月就跑了三千多，房租一千五，孩子上学还要钱。\n坐席：理解您的情况，那这期可以先还最低的800，剩下的我帮您申请延到下个月，您看行吗？\n客户：行，谢谢。",
     [], []),
    ("call", "debtor", "坐席：你儿子在雨花区砂子塘小学读二年级，每天下午四点放学是吧？你这样拖着，对孩子也不好吧。\n客户：你们想干什么？",
     [], [S]),
    ("app", "debtor", "客服小周：您说的家里的情况我们已经备注了，这期可以延期15天，不用提供材料，您先忙家里的事。",
     [], []),
    ("app", "debtor", "客服小周：您孩子在儿童医院血液科住院，白血病要花很多钱我们理解，但您的车贷也得按时还，不能一直拖。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】我司不会使用您的位置、行程或健康信息进行催收。如遇此类情况，请拨打投诉电话0731-85526699。",
     [(LL, "0731-85526699")], []),
    ("call", "debtor", "坐席：你的征信报告我们看了，你在另外五家机构还有贷款，招联、微粒贷、美团月付都逾期了，你先还我们这个。\n客户：我一家一家来。",
     [], [S]),
    ("app", "debtor", "系统通知：您的定位权限已关闭。出车时需开启定位以便乘客找到您，定位信息不会用于贷后催收。",
     [], []),
    ("app", "debtor", "你上午关了定位也没用，你九点在南湖路加油站加油，十点半接了一单去火车南站，我们都看得到。",
     [], [S]),
    ("sms", "debtor", "【易程小贷】邹明亮先生，您提交的证明材料已审核通过，车贷还款日顺延60天，期间停止一切催收。",
     [(P, "邹明亮")], []),
    ("sms", "debtor", "邹明亮你骨折打了石膏也是在家里坐着，你老婆每天去医院陪护的空档在外面跑单，家里有收入就先还钱。",
     [(P, "邹明亮")], [S]),
    ("call", "debtor", "客户：我上个月出了车祸，现在还在康复，腿上的钢板明年才能取。\n坐席：这个情况我们记下了，您先养伤。事故期间的罚息可以申请减免，我把申请链接发您手机上。",
     [], []),
    ("call", "debtor", "坐席：你那个抑郁症的药还在吃吧，上次你在电话里说的，吃药也不耽误跑车吧？还钱的事别再拖了。\n客户：……",
     [], [S]),
    ("app", "debtor", "【蜂骑配送】本月您共配送1,236单，准时率98.6%，获评“金牌骑手”，奖励金300元已到账。",
     [], []),
    ("app", "debtor", "【蜂骑配送】您本月1,236单的配送记录显示，您每晚21:00-24:00都在开福寺路附近接单，下班后固定去附近的棋牌室，请先还款。",
     [], [S]),
    ("call", "third_party", "坐席：您好，我是易程小贷的，请问是邹明亮的爱人吗？他车贷的事之前说骨折了要延期，我们想问问他腿恢复得怎么样，方便接电话吗？\n第三方：他在睡觉。\n坐席：那不打扰了，让他方便的时候回个电话就行。",
     [(P, "邹明亮")], [D, S]),
    ("app", "debtor", "骑手您好，您反映的“站长在群里说您住院”一事，我们已要求站点撤回消息并致歉，今后站点不得在群内提及骑手个人情况。",
     [], []),
    ("sms", "debtor", "【锦诚咨询】钟伟：你每周五中午去城南清真寺做主麻，我们去那里找你也行，别逼我们。",
     [(P, "钟伟")], [S]),
]

# --- more than the message needs: other riders' and drivers' data, order histories, families -------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【易程小贷】付强，你们站的黄俊杰、唐雪梅、何春生跟你住一个宿舍，他们的电话我们都有，你不接我们就一个个打。",
     [(P, "付强"), (P, "黄俊杰"), (P, "唐雪梅"), (P, "何春生")], [X]),
    ("app", "debtor", "订单核查：您9月20日接单明细——#0613 湘江世纪城→黄花机场 收入96元；#0614 黄花机场→五一广场 收入88元；#0615 五一广场→河西王府井 收入31元……全天共17单。请解释逾期原因。",
     [], [S, X]),
    ("app", "debtor", "【蜂骑配送】骑士贷逾期提醒：你9月15日送的18单里，有6单是送到你前女友周婷所在的天心区书院路9号电力小区，我们知道你有空。",
     [(P, "周婷"), (A, "天心区书院路9号电力小区")], [S, X]),
    ("sms", "debtor", "【恒信达】胡振宇，现住开福区湘江中路一段52号滨江苑3栋1801，驰途出行星驰车队司机，你的车贷逾期62天了。",
     [(P, "胡振宇"), (A, "开福区湘江中路一段52号滨江苑3栋1801")], [X]),
    ("sms", "debtor", "【恒信达】胡振宇先生，您的车贷逾期62天，欠款12,806元，请尽快联系0755-83317720协商。",
     [(P, "胡振宇"), (LL, "0755-83317720")], []),
    ("call", "debtor", "坐席：你爸叫罗建华，你妈叫谭桂英，住在邵阳县塘渡口镇青山村三组12号，我们都有，你自己掂量。\n客户：你们别找我爸妈。",
     [(P, "罗建华"), (P, "谭桂英"), (A, "邵阳县塘渡口镇青山村三组12号")], [X]),
    ("app", "debtor", "【微信】秦志刚，你老婆陈巧玲手机18351975411，你丈母娘手机15595094904，我们今天都会打一遍。",
     [(P, "秦志刚"), (P, "陈巧玲"), (MB, "18351975411"), (MB, "15595094904")], [U, X]),
    ("sms", "debtor", "【锦诚咨询】杨帆，你同住的室友万志强（在蜂骑锦江站跑单）说你每天中午都在家睡觉。",
     [(P, "杨帆"), (P, "万志强")], [S, X]),
    ("call", "debtor", "坐席：你们车队的司机名单我们这都有，欧阳明辉、魏坤、石磊，哪个跟你关系好我们就先找哪个。\n客户：你们不要去烦别人。",
     [(P, "欧阳明辉"), (P, "魏坤"), (P, "石磊")], [X]),
    ("app", "debtor", "【驰途出行·车主金融】邓海波，你上个月被乘客刘志远、王晓岚投诉绕路，两人的行程我们都调出来了，你的服务分已经很低了，再不还车贷平台会封号。",
     [(P, "邓海波"), (P, "刘志远"), (P, "王晓岚")], [X]),
    ("sms", "debtor", "【楚和信息】吴东来，你在武汉经济开发区沌阳大道339号东风汽配城上班，老板叫柯永强，要不要我们去跟他聊聊？",
     [(P, "吴东来"), (A, "武汉经济开发区沌阳大道339号东风汽配城"), (P, "柯永强")], [X]),
    ("notice", "debtor", "催收函\n吴东来先生：\n您的车贷逾期43天，欠款13,020元。请于收函后7日内还款。\n送达地址：武汉市洪山区光谷五路77号光谷城市花园11栋2单元603\n武汉楚和信息服务有限公司",
     [(P, "吴东来"), (A, "武汉市洪山区光谷五路77号光谷城市花园11栋2单元603")], []),
    ("notice", "debtor", "催收函\n吴东来先生：\n您的车贷逾期43天，欠款13,020元。您的妻子甘丽萍（在光谷五路幼儿园任教）、弟弟吴东升（东风汽配城）均已知悉。请于7日内还款。",
     [(P, "吴东来"), (P, "甘丽萍"), (P, "吴东升")], [X]),
    ("app", "debtor", "骑手付强：你与骑手聂文涛、邹明亮合租在麓谷街道桐梓坡路88号枫林小区4栋502，如继续逾期，站点将通知以上合租人配合。",
     [(P, "付强"), (P, "聂文涛"), (P, "邹明亮"), (A, "麓谷街道桐梓坡路88号枫林小区4栋502")], [X]),
    ("sms", "debtor", "【易程小贷】魏坤，你表哥魏强（18865909453）说你欠的钱他不管，你自己想清楚。",
     [(P, "魏坤"), (P, "魏强"), (MB, "18865909453")], [U, X]),
    ("call", "debtor", "坐席：你女朋友叫夏雨婷对吧，在万达广场那个优衣库上班，要不要我们去她店里问问你在哪？\n客户：跟她没关系。",
     [(P, "夏雨婷")], [X]),
    ("app", "debtor", "客服小周：您的订单记录显示，您在10月1日至7日共接了214单，收入4,870元，都是晚上10点以后的夜单，请问是否愿意先还1,000元？",
     [], [S, X]),
    ("sms", "debtor", "【易程小贷】龙飞，你驾驶证的准驾车型是C1，有效期到2029年，你老婆刘芳芳的驾驶证也在我们系统里，她开的那台湘A·9H3R1也是分期买的吧？",
     [(P, "龙飞"), (P, "刘芳芳"), (PL, "湘A·9H3R1")], [X]),
    ("notice", "unknown", "失联修复表\n借款人：龙飞\n配偶：刘芳芳，手机16642432032，单位：雨花区万家丽中路二段66号喜盈门商业广场某美甲店\n父亲：龙国庆，手机13237174398\n同车队：黄俊杰 15315550423",
     [(P, "龙飞"), (P, "刘芳芳"), (MB, "16642432032"), (A, "雨花区万家丽中路二段66号喜盈门商业广场"), (P, "龙国庆"), (MB, "13237174398"), (P, "黄俊杰"), (MB, "15315550423")], [U, X]),
    ("sms", "debtor", "【易程小贷】尊敬的肖可，您的父亲肖建国、母亲谢秀兰作为您的联系人已被告知需更新联系方式，请您在App中确认联系人信息。",
     [(P, "肖可"), (P, "肖建国"), (P, "谢秀兰")], [X]),
    ("sms", "debtor", "【易程小贷】尊敬的肖可，请在App中确认或更新您的紧急联系人信息，以便重要通知及时送达。",
     [(P, "肖可")], []),
]

# --- the debt told to others in a few words, or only by implication ---------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "李队，海波那个车的钱，你懂的。",
     [(P, "海波")], [D]),
    ("sms", "third_party", "海波车贷，催下。",
     [(P, "海波")], [D]),
    ("app", "third_party", "【岳麓三站骑手群】付强在平台那边的账还没平，大家跟他说一声。",
     [(P, "付强")], [D]),
    ("sms", "third_party", "阿姨，龙飞欠的那笔还差一万二，麻烦您催催。",
     [(P, "龙飞")], [D]),
    ("app", "third_party", "【微信】老钟，钟伟是不是又换号了？易程这边一直找他。",
     [(P, "钟伟")], [D]),
    ("call", "third_party", "坐席：你就跟他讲 驰途金融那边在找他 他就晓得了\n第三方：好嘛",
     [], [D]),
    ("sms", "third_party", "张站长，何春生的骑士贷，还是老样子，没动静。",
     [(P, "何春生")], [D]),
    ("app", "third_party", "【星驰车队司机群】@罗志明 易程的钱什么时候弄？大家都等着你呢。",
     [(P, "罗志明")], [D]),
    ("sms", "third_party", "嫂子，跟周晓峰说，他这个月的车贷又没扣上。",
     [(P, "周晓峰")], [D]),
    ("call", "third_party", "坐席：喂 是曾凡勇的朋友吧 他留了你的号 他那个分期的事你知道吧 你帮我问问他怎么打算的\n第三方：什么分期 我不知道",
     [(P, "曾凡勇")], [D]),
    ("app", "third_party", "【微信】赵经理，肖可那台车的分期，我们这边还在等他。",
     [(P, "肖可")], [D]),
    ("sms", "third_party", "秦志刚的老乡你好，他欠的钱再不还就要上法院了，你们老乡之间帮忙带个话。",
     [(P, "秦志刚")], [D]),
    ("app", "third_party", "【蜂骑雨花站群】各位，最近有人打电话到站里找宋德才要钱的，大家别乱接话，让他自己处理。",
     [(P, "宋德才")], [D]),
    ("call", "third_party", "坐席：你好 我是恒信达的 请问石磊在你旁边吗\n第三方：不在 你们恒信达是干啥的\n坐席：资产管理 受易程小贷委托的 你跟他说一声就行",
     [(P, "石磊")], [D]),
    ("sms", "third_party", "您好，请转告彭建军回电，号码0731-85526610，谢谢。",
     [(P, "彭建军"), (LL, "0731-85526610")], []),
    ("app", "third_party", "【微信】刘哥，麻烦您见到龙飞让他回个电话，没别的事。",
     [(P, "龙飞")], []),
    ("app", "third_party", "【岳麓三站骑手群】唐雪梅的“骑士贷”该结了吧？",
     [(P, "唐雪梅")], [D]),
    ("sms", "third_party", "杨姐，你弟在蜂骑借的那个，这周又没动静。",
     [], [D]),
    ("call", "third_party", "坐席：您好 请问是邹明亮的房东吗 他那个借款的事情 他有没有跟您提过\n第三方：没有啊 他借什么钱",
     [(P, "邹明亮")], [D]),
]

# --- messages forwarded or pasted whole, as received ----------------------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "【客户在线投诉】这是你们催收员发我的，原文：“匡少华，身份证522101199207115208，住雨花区砂子塘路35号2栋601，今天不还钱就等着。”请问这合法吗？",
     [(P, "匡少华"), (ID, "522101199207115208"), (A, "雨花区砂子塘路35号2栋601")], [U]),
    ("app", "unknown", "【客户在线投诉】转发你们的短信：“你每天下午四点半去光谷五路那家幼儿园接你儿子，接完就在附近跑单，这些我们都清楚。”你们这是跟踪！",
     [], [S]),
    ("email", "unknown", "主题：投诉材料\n附：催收员微信聊天原文——“你老婆陈巧玲手机18351975411，你女儿秦悦在洪山小学三年级二班。”——投诉人秦志刚",
     [(P, "陈巧玲"), (MB, "18351975411"), (P, "秦悦"), (P, "秦志刚")], [S, U, X]),
    ("app", "unknown", "【客户在线投诉】我收到的：“您绑定的还款卡6230 1634 7064 9653扣款失败”，卡号都发全了，不怕泄露吗？",
     [(BC, "6230 1634 7064 9653")], [U]),
    ("notice", "unknown", "投诉材料（客户提供的短信截图转录）：“【锦诚咨询】钟伟：你上个礼拜在两个平台一共跑了5,870块钱，流水我们全部调出来了。”",
     [(P, "钟伟")], [S]),
]

# --- more calls: robots with keypad turns, agents, and agents' calls to fleets and families ----------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是易程小贷智能客服。请问您是彭建军先生本人吗？是请按1。\n客户：1\n机器人：您的驾享车贷本期2,618元已逾期3天，您绑定的银行卡6228 2858 7242 9568扣款失败，请今日存入。确认请按1，需要人工请按0。",
     [(P, "彭建军"), (BC, "6228 2858 7242 9568")], [U]),
    ("call", "debtor", "机器人：您好，这里是易程小贷智能客服，您的租车分期已逾期，请问今天能否还款？能请按1，需要延期请按2。\n客户：2\n机器人：已为您登记延期申请，稍后会有专员联系您，感谢接听。",
     [], []),
    ("call", "third_party", "机器人：您好，这里是易程小贷，您是黄俊杰的紧急联系人，黄俊杰的骑士信用贷已逾期15天，欠款2,310元，请提醒其尽快还款。收到请按1。\n联系人：1",
     [(P, "黄俊杰"), (P, "黄俊杰")], [D]),
    ("call", "debtor", "机器人：您好，系统检测到您当前在线接单，位置在芙蓉区八一路附近。您的车贷已逾期，请收车后立即还款。\n客户：（按键0）\n机器人：正在为您转接人工。",
     [], [S]),
    ("call", "debtor", "坐席：欧阳明辉是吧，你身份证尾号我不说了，你媳妇在湘雅路那个月子中心上班，叫谭晓丽，你儿子刚满月，你借车贷的时候她签了字的吧？\n客户：她没签。",
     [(P, "欧阳明辉"), (P, "谭晓丽")], [X]),
    ("call", "debtor", "坐席：喂 石磊啊 我们查到你名下还有一张邮储的卡 六二一四 八三七一 二八八四 三四三七 三零一 里面有八千多 你自己转还是我们申请冻结\n客户：你们凭什么查我卡",
     [(P, "石磊"), (BC, "六二一四 八三七一 二八八四 三四三七 三零一")], [S, U]),
    ("call", "third_party", "坐席：喂你好 是袁志成的老板吗 他在你们车行干活吧 他在我们这借了租车分期一直没还 你们发工资的时候能不能帮着扣一点\n第三方：我们不干这个",
     [(P, "袁志成")], [D]),
    ("call", "third_party", "坐席：喂你好，请问是袁志成车行的老板吗？想找一下袁志成，他的电话打不通，麻烦让他回个电话，谢谢。\n第三方：他今天休息，明天来。\n坐席：好的，谢谢您。",
     [(P, "袁志成"), (P, "袁志成")], []),
    ("call", "debtor", "坐席：戴海峰 你上个月在二院做的那个胃镜 查出来胃溃疡是吧 那你少喝点酒 钱也早点还\n客户：你咋知道的",
     [(P, "戴海峰")], [S]),
    ("call", "debtor", "客户：我胃溃疡住院了一个礼拜，这个月跑不了几天。\n坐席：了解，那您先好好休息，这期我给您申请延后两周，到时候再联系您。\n客户：谢谢。",
     [], []),
    ("call", "third_party", "坐席：喂 你是夏天宇的女朋友吧 他九月十二号从罗湖出境了 到现在没回来 你知道他在香港住哪吗 他的车贷还欠两万\n第三方：我们分手了",
     [(P, "夏天宇")], [D, S]),
    ("call", "debtor", "坐席：你前妻邹慧住在望城区雷锋大道1288号金星小区，你儿子跟着她，我们要不要过去问问你的情况？\n客户：别去打扰她们。",
     [(P, "邹慧"), (A, "望城区雷锋大道1288号金星小区")], [X]),
    ("call", "debtor", "坐席：魏坤 你每天早上六点半从你们小区出来 先去洗车 七点到车队 这个规律我们都摸清了\n客户：……你们想怎样",
     [(P, "魏坤")], [S]),
    ("call", "third_party", "坐席：唉你好 聂文涛是你们站的骑手吧 他借的骑士贷我们找不到人 他的身份证是四三零五二三一九九三一零一七九五三叉 你帮忙看看他登记的是不是这个\n第三方：我不方便说",
     [(P, "聂文涛"), (ID, "四三零五二三一九九三一零一七九五三叉")], [D, U]),
]

# --- more texts to borrowers and to the people around them -----------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("sms", "debtor", "【易程小贷】袁志成，你在鹏程车行修车，老板娘叫袁小琴，电话13957394206，我们可以跟她聊聊你的工资。",
     [(P, "袁志成"), (P, "袁小琴"), (MB, "13957394206")], [U, X]),
    ("app", "debtor", "【蜂骑配送】骑手聂文涛：您近30天配送轨迹显示每天19:00-23:00在麓谷片区，每周一休息时在岳麓区后湖路一家网吧通宵，请于本周内还清骑士贷。",
     [(P, "聂文涛")], [S]),
    ("sms", "debtor", "【恒信达】石磊，你老家在衡阳县西渡镇，你爸石长根，你妈廖金秀，我们周末过去坐坐。",
     [(P, "石磊"), (P, "石长根"), (P, "廖金秀")], [X]),
    ("app", "debtor", "【微信】匡少华，你身份证号我发你看一眼：522101199207115208，是你本人办的骑士贷吧？",
     [(P, "匡少华"), (ID, "522101199207115208")], [U]),
    ("sms", "debtor", "【易程小贷】您好，您所在的蜂骑岳麓三站有3名骑手已申请我司“骑士困难帮扶计划”，如您需要也可以在App内申请。",
     [], []),
    ("sms", "debtor", "周晓峰，你前天晚上十点在晚报大道那家足浴店待到一点，你跟我说没钱？",
     [(P, "周晓峰")], [S]),
    ("sms", "debtor", "【锦诚咨询】杨帆，你女朋友何佳琪在春熙路那家奶茶店上班，下午两点到十点，我们去那找你也方便。",
     [(P, "杨帆"), (P, "何佳琪")], [S, X]),
    ("app", "debtor", "【微信】廖春燕，你老公万志强手机17767190208，你婆婆在浏阳老家，你产检那天我们打了他电话他说不管。",
     [(P, "廖春燕"), (P, "万志强"), (MB, "17767190208")], [S, U, X]),
    ("sms", "debtor", "【易程小贷】邹明亮，你社保卡里医保个人账户还有4,200元，住院也报销了一部分，钱有的是。",
     [(P, "邹明亮")], [S]),
    ("sms", "debtor", "谭明杰，你们车队的龙飞和他媳妇刘芳芳就住你楼下，刘芳芳在喜盈门那边做美甲，你的事要不要我们去问问他们？",
     [(P, "谭明杰"), (P, "龙飞"), (P, "刘芳芳"), (P, "刘芳芳")], [X]),
    ("app", "debtor", "【微信】欧阳明辉，你儿子欧阳子涵在砂子塘小学幼升小报名，户口本上我们都看到了，你还钱还是不还？",
     [(P, "欧阳明辉"), (P, "欧阳子涵")], [S, X]),
]

# --- more notes, sheets, e-mails and letters ----------------------------------------------------------------------

MORE_NOTES: list[PiplEntry] = [
    ("notice", "unknown", "外访报告（10月3日）\n借款人：聂文涛，身份证43052319931017953X\n情况：本人不在，合租室友付强称其近期在后湖路网吧通宵，白天在麓谷送外卖。室友付强电话19146412169。",
     [(P, "聂文涛"), (ID, "43052319931017953X"), (P, "付强"), (P, "付强"), (MB, "19146412169")], [S, U, X]),
    ("email", "unknown", "主题：关于骑手罗志明的事故情况\n站点反馈：罗志明10月2日配送途中与出租车相撞，右手腕粉碎性骨折，在市中心医院手外科做了两次手术，预计三个月不能跑单。请贵司评估是否继续催收。",
     [(P, "罗志明"), (P, "罗志明")], [S]),
    ("notice", "unknown", "案件小结\n借款人：付强\n收入情况：蜂骑配送9月结算4,612元，10月前两周2,380元；另在“同城急件”兼职，月入约1,500元；微信零钱余额约600元。\n建议：按月收入的三成协商分期。",
     [(P, "付强")], [S]),
    ("email", "unknown", "From: cs@chuhe-info.cn\n主题：吴东来案联系人情况\n妻子甘丽萍（光谷五路幼儿园教师，手机15101136813），弟弟吴东升（东风汽配城，手机18260611634），父亲吴长顺（随州广水农村）。均可作为施压对象。",
     [(EM, "cs@chuhe-info.cn"), (P, "吴东来"), (P, "甘丽萍"), (MB, "15101136813"), (P, "吴东升"), (MB, "18260611634"), (P, "吴长顺")], [U, X]),
    ("notice", "unknown", "质检单｜录音编号QC-1008-0031｜坐席向借款人之妻透露借款金额及逾期天数，并念出借款人手机号13138272798。判定：违规披露、违规展示完整号码，扣15分。",
     [(MB, "13138272798")], [U]),
    ("notice", "third_party", "告知函\n致：蜂骑配送岳麓三站\n贵站骑手黄俊杰在我司骑士信用贷项下欠款2,310元，逾期15天。请贵站在结算时提醒其还款。\n长沙易程网络小额贷款有限公司",
     [(P, "黄俊杰")], [D]),
    ("email", "third_party", "致湘运汽车租赁有限公司：\n贵司承租人秦志刚（身份证500106197710131384，手机13362789419）在我司租车分期逾期80天，请于其下次续租时通知我司，并提供其在贵司登记的现住址。",
     [(P, "秦志刚"), (ID, "500106197710131384"), (MB, "13362789419")], [D, U]),
    ("notice", "unknown", "蹲点记录\n10月9日 21:40 借款人魏坤驾驶湘A·K6T09进入星沙开元东路1188号泊富小区北门，22:15熄灯。\n10月10日 06:35 出门，洗车后07:05到车队。",
     [(P, "魏坤"), (PL, "湘A·K6T09"), (A, "星沙开元东路1188号泊富小区")], [S]),
    ("email", "unknown", "主题：骑手数据共享申请（驳回）\n经审核，贵机构申请获取逾期骑手的实时定位与每日配送路线，不符合最小必要原则，蜂骑配送不予提供。仅可提供是否仍在平台注册的信息。",
     [], []),
    ("notice", "debtor", "欠款明细告知书\n借款人：戴海峰\n身份证号：450105199303212820\n手机号码：199-1528-8293\n欠款本息：4,870.22元\n请于10月30日前还款。",
     [(P, "戴海峰"), (ID, "450105199303212820"), (MB, "199-1528-8293")], [U]),
    ("notice", "debtor", "欠款明细告知书\n借款人：戴海峰（身份证尾号2820）\n欠款本息：4,870.22元\n逾期天数：29天\n请于10月30日前还款，还款渠道：驰途司机端-金融服务；如有异议请致电0731-85526610。",
     [(P, "戴海峰"), (LL, "0731-85526610")], []),
    ("email", "unknown", "主题：失联司机信息\n邓海波，驾驶证号430523198401131203，车牌湘A·7Q2M6，近7日最后一次接单在长沙南站，时间10月11日23:52，下车点雨花区香樟路528号。",
     [(P, "邓海波"), (ID, "430523198401131203"), (PL, "湘A·7Q2M6"), (A, "雨花区香樟路528号")], [S, U]),
]

# --- more messages to fleets, stations, families and debtors -------------------------------------------------------

MORE_CONTACTS: list[PiplEntry] = [
    ("app", "third_party", "【微信】李队长，邓海波这两天晚上都在长沙南站P3排队接单，你们车队要是能联系上他，叫他把欠的车贷先还了。",
     [(P, "邓海波")], [D, S]),
    ("sms", "third_party", "您好，您是魏坤的前妻吗？他的租车分期逾期，我们查到他现在每天早上在星沙那边洗车后去车队。",
     [(P, "魏坤")], [D, S]),
    ("app", "third_party", "【岳麓三站骑手群】@付强 你那个平台的借款，人家打到站里来了，今天下班来趟办公室。",
     [(P, "付强")], [D]),
    ("sms", "third_party", "戴师傅的爱人您好，他在二院查出胃溃疡的事我们知道了，不过他欠易程的四千多还是要还的。",
     [], [D, S]),
    ("app", "debtor", "【微信】夏天宇，你妈妈在岳阳的住址我们有，岳阳楼区金鹗中路208号金鹗山庄5栋，你回国了就联系我们，别让老人家担心。",
     [(P, "夏天宇"), (A, "岳阳楼区金鹗中路208号金鹗山庄5栋")], [X]),
    ("sms", "debtor", "【易程小贷】戴海峰，你银行卡6212 9123 4992 7795上周三收到单位转账3,800元，周五就取空了，别说没钱。",
     [(P, "戴海峰"), (BC, "6212 9123 4992 7795")], [S, U]),
    ("app", "third_party", "【星驰车队司机群】@全体成员 谁跟肖可熟？他的车是分期的，易程那边一直在找他。",
     [(P, "肖可")], [D]),
    ("sms", "debtor", "【锦诚咨询】谢宇航，你每周日去文殊院烧香，我们在那也能碰到你，钱准备好。",
     [(P, "谢宇航")], [S]),
    ("call", "third_party", "坐席：喂 是匡少华的哥哥吧 你弟在我们这借的骑士贷三千多 他的卡号是六二三零 七七二六 一八五七 一二九六 你看是不是他的\n第三方：我不清楚",
     [(P, "匡少华"), (BC, "六二三零 七七二六 一八五七 一二九六")], [D, U]),
    ("app", "debtor", "【微信】匡少华，你哥匡少军在长沙县星沙工业园一家工程机械厂上班，你不想让我们去他厂里吧？",
     [(P, "匡少华"), (P, "匡少军")], [X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AV-APP-NOTICES": APP_NOTICES,
    "AV-LENDER-SMS": LENDER_SMS,
    "AV-AGENCY-SMS": AGENCY_SMS,
    "AV-AGENT-CALLS": AGENT_CALLS,
    "AV-ASR-CALLS": ASR_CALLS,
    "AV-FLEETS-AND-STATIONS": FLEETS_AND_STATIONS,
    "AV-CONTACTS-AND-LESSORS": CONTACTS_AND_LESSORS,
    "AV-NOTES-AND-TICKETS": NOTES_AND_TICKETS,
    "AV-EMAILS": EMAILS,
    "AV-LETTERS-AND-COURT": LETTERS_AND_COURT,
    "AV-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AV-DECOYS": DECOYS,
    "AV-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AV-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AV-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AV-FORWARDED": FORWARDED,
    "AV-MORE-CALLS": MORE_CALLS,
    "AV-MORE-TEXTS": MORE_TEXTS,
    "AV-MORE-NOTES": MORE_NOTES,
    "AV-MORE-CONTACTS": MORE_CONTACTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
