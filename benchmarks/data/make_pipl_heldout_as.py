"""Writes `pipl_heldout_as.jsonl`, the forty-fifth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (random area codes and birth dates with the right check
character, some ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits);
mobiles on real prefixes, passports (E, EA, G), the permit to Hong Kong and Macau (C), the home-return permit (H)
and the Macau residents' permit (M) were typed to the pattern, and every spoken form was spelled out by hand.
The decoys were written to fail the same checks, and a throw-away scan confirmed that no run of digits outside an
entity span passes `set_format.check_identifier` for any identifier type.

A consumer-finance company's medical and health instalment loans carry it: 禾康消费金融 and its app 禾康分期, sold
through clinics and hospitals (a medical-aesthetics clinic, dental-implant and orthodontic clinics, a fertility
centre, a hair-transplant chain, a rehabilitation hospital, a care home), and the three agencies it hires (an
asset-management company in Ningbo, a business-consulting firm in Hefei, an information company in Nanchang), with
a law firm in Hangzhou. Voices: the lender's app notices, pushes and support chats, stage SMS, agencies' SMS and
WeChat messages, agents' calls as transcripts and as speech-to-text output, voice robots with keypad turns, calls
and messages to parents, spouses, in-laws, children, siblings, friends, room-mates, neighbours, landlords, village
and workplace group chats, HR departments, front desks, a dispatch agency, clinic front desks, consultants,
nurses, a fertility centre and a care home; merchant e-mails and reconciliation, visit reports and skip-tracing
notes, quality-check sheets, complaint tickets and their replies, e-mails between the lender, the agencies and the
law firm, the firm's letters and texts, papers filed with a court, letters to borrowers (a collection letter, a
repayment notice, a lawyer's letter, a settlement certificate, a repayment agreement, a letter in traditional
characters), and messages borrowers forward or paste whole. Jianghuai and Hubei-flavoured speech runs through a
few calls; an app notice, a robot call and a letter come in traditional characters; one app notice keeps its
placeholders unfilled.

309 messages, 104 of them (34%) compliant; from 7 characters to a collection letter of 212. A person's identifier
stands in 80: 18-digit IDs (three ending in X, two read aloud with 叉 for it, one in full-width digits, grouped 6-8-4
by hyphens and in fours by spaces, with a stray space before the last four, on a line of its own, read aloud with
幺 and 零 and in three spoken groups by a robot), old 15-digit ones (typed and read aloud); bank cards of 16 and 19
digits (grouped by fours with spaces and by dots, glued to the words around them, in full-width digits, read aloud
in one run and in groups); mobiles (behind +86 and 0086, spaced 3-4-4, dashed, in full-width digits, read aloud
with 幺 and 洞 and with 一 to 九); passports (E spaced letter by letter, EA, an E and an old G read aloud), a permit to
Hong Kong and Macau read aloud, a home-return permit and a Macau resident's permit; landlines of the lender, the
agencies, the law firm, a clinic and an employer (one in brackets with its area code, one with an extension outside
the span, one read aloud); the e-mail address of an agency. Beside them stand decoys of the same shapes: 18-digit
contract and medical-insurance settlement numbers failing the check character (one read aloud, ending in 叉, one an
ID with its last digit changed), a 15-digit recording number with no real month, an 11-digit ticket number on no
mobile prefix, 16- and 19-digit medical-insurance, order and transaction numbers failing Luhn (one an order number a
digit away from the card it stands next to), letter-and-digit hospital numbers (门诊号, 参保编号, 申请编号) that no
passport pattern takes, medical-record and in-patient numbers, a court case number, and masked forms (尾号5009,
6217 **** **** 4562, 3306**********129X); two decoys stand in messages that also hold a real identifier and are
labelled for that one. Licence plates (a debtor's car, an agency's car) are entities with no category; the agents'
work mobiles (a collector's and a lawyer's) and the lender's, agencies', law firm's, clinic's and employer's
landlines are entities with no category.

`pii.unmasked_identifier` labels 75 messages. Third-party disclosure labels 72, many in a few words or by
implication ("that matter of Yutong's is not finished", "Hekang has been looking for him", "your sister's account is
still hanging, six thousand and more", "she knows what it is about", "the post-loan department asks her to call
back"), to parents, a mother in a care home, spouses, a mother-in-law, an uncle, children, siblings, a cousin,
friends, a room-mate, neighbours, a landlord, a village group chat and a workplace group chat, colleagues, an HR
department, a front desk, a shop owner, clinic staff, a nurse, a fertility centre and a care home; beside them bare
call-back requests that name no lender, an HR department and a dispatch agency asked whether someone still works
there, a landlord asked whether a tenant still lives there, a contact who asks not to be called again and is
recorded, and agents who will not tell a sister what the matter is. `pii.excessive` labels 55: full names with a
home address, a registered address or an employer, a clinic told a patient's address and employer, and the names
and numbers of spouses, an ex-husband, a boyfriend, a girlfriend, an ex-girlfriend, parents, parents-in-law,
siblings, children, room-mates, colleagues and a workshop head. `pii.sensitive` labels 99, above all
health and treatment: eyelid surgery and thermage, liposuction, dental implants and their follow-up times, a
teenager's orthodontics, egg retrieval, embryo freezing and failed transfers, hair-transplant grafts and before-and-
after photos, stroke and knee-replacement rehabilitation, dialysis, a spinal operation, an amputation, dementia in
a care home, a grandmother in intensive care, hepatitis B, depression, anxiety and bipolar disorder with their medicine, a registered disability and
its allowances; then pregnancy, antenatal visits and a due date, children's schools, classes and pick-up times,
whereabouts and routine (a clinic appointment, an Internet café, a KTV night, working hours and a gym, a care home's exercise
hour, a nurse's night shift, temple visits, a trip to Macau, border crossings), and money (wage inflows, balances,
a housing fund, a pension, other lenders' loans, a credit report). Beside them stand borrowers speaking of their
own treatment, pregnancy or illness and agents answering with a deferral, instalments or a pause, hardship plans
and agreements that name a treatment the borrower reported, a clinic's own bill to its patient, general hardship
offers, replies to complaints that name the kind of data without repeating it, and rules that forbid its use.

Decoys carry no category and no identifier entity. All people, numbers, addresses, courts, firms and
companies are invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses
use real top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in quality-check sheets, tickets, notes, letters and
  e-mails too. Not: the same identifiers in papers filed with a court (a complaint, a preservation application, a
  service-address form), which are lawful there, though a law firm's text or e-mail that repeats them is labelled;
  masked forms, last digits alone, a lender's, agency's, law firm's, clinic's or employer's landline, an agent's or
  lawyer's work mobile, a customer saying their own number, a licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the lender as the one looking for them is enough, as is "that money", "his
  account" or "her matter") or the debtor's personal data. Clinics, hospitals and care homes are third parties
  when a message about one debtor reaches them; a merchant reconciliation or a compliance circular that names no
  debtor is compliant. A bare call-back request that names no lender is compliant, and so is asking a landlord, an
  employer or a dispatch agency whether someone is still there; notes, sheets, tickets and e-mails passed between
  the lender, the agencies and the law firm go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health, diagnosis and treatment of the debtor or relatives, pregnancy and
  fertility treatment, a minor's school, class or routine, whereabouts at a given time and daily routine, religion,
  financial account details beyond need (wage inflows, balances, housing fund, pension and allowances, other
  loans, a credit report), border crossings, specific identities (a registered disability). Not: the debtor's own
  words (also as a sheet, ticket or law-firm e-mail reports them), a hardship plan or agreement naming a treatment
  the debtor reported, a clinic billing its own patient, a general hardship offer, a reply that names the kind of
  data without repeating it, a rule forbidding such use.
- `pii.excessive`: a person's full name with their home or registered address or employer, or family members',
  partners' or colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's
  or lawyer's own name, the address a letter is sent to or a visit is recorded at, a relative the message is
  addressed to or about, the parties named in court papers.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, a lawyer, a company's landline, an agency's e-mail, a clinic's or court
party's address); masked forms and 400 service numbers are not entities, a landline's extension lies outside its
span, as does a +86 or 0086 before a mobile; a surname with an honorific or a title (孙女士, 周师傅, 王老师, 李会计,
沈律师, 小邱) is not a PERSON, a given name alone (雨桐, 晓雯, 志远) is; ADDRESS reaches down to a road and number, a
building and room, or a village group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_as`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_as.jsonl"
ID_PREFIX = "PAS"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the lender's app notices and in-app messages to borrowers ------------------------------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【禾康分期】您的医享分期第7期应还1,836.20元，今日为最后还款日，请确保尾号6021的还款卡余额充足。查看账单>",
     [], []),
    ("app", "debtor", "尊敬的孙雨桐女士，您在悦澜医疗美容门诊部办理的热玛吉全脸+眼综合（双眼皮全切、开内眼角）分期已逾期12天，剩余应还9,416.00元，请尽快处理。",
     [(P, "孙雨桐")], [S]),
    ("app", "debtor", "您的还款卡 6217 8553 5309 1590 227 今日代扣失败（余额不足），请充值后在“我的-还款”页重新发起扣款。",
     [(BC, "6217 8553 5309 1590 227")], [U]),
    ("app", "debtor", "温馨提示：系统显示您本周三14:30在齿悦口腔（合肥市蜀山区长江西路468号）有种植二期复诊预约，请在复诊前结清逾期款项，以免影响后续疗程安排。",
     [(A, "合肥市蜀山区长江西路468号")], [S]),
    ("app", "debtor", "您此前反馈因胚胎移植后需卧床保胎、暂时无法工作，我们已受理您的延期申请：第5至7期顺延3个月，期间不计罚息。如有疑问请致电400-861-3377。",
     [], []),
    ("app", "debtor", "{name}您好，您的分期合同{contract_no}已逾期{days}天，请于{deadline}前登录APP还款。",
     [], []),
    ("app", "debtor", "实名复核完成：您登记的身份证号 3301 0620 0111 1300 40 与本次刷脸结果一致，还款授权已更新。",
     [(ID, "3301 0620 0111 1300 40")], [U]),
    ("app", "debtor", "系统监测到您本月10日工资代发入账14,260元，截至今日卡内余额仍足以偿还本期1,836.20元，请勿拖延。",
     [], [S]),
    ("app", "debtor", "系统通知：您的紧急联系人孙建平（父亲，138 5712 0463）、徐凤（母亲，159 6713 8820）已同步收到逾期提醒。",
     [(P, "孙建平"), (MB, "138 5712 0463"), (P, "徐凤"), (MB, "159 6713 8820")], [U, X]),
    ("app", "debtor", "您已成功还款1,836.20元，本期账单已结清。下期还款日4月18日，应还1,836.20元。感谢您的信任！",
     [], []),
    ("app", "debtor", "您的第3期已逾期。您在安和生殖中心的取卵、胚胎冷冻费用均由本分期支付，冷冻胚胎的续费通知也请留意，逾期可能影响合作医院后续服务。",
     [], [S]),
    ("app", "debtor", "关于您提交的“疗程未完成，要求退款”的异议，我们已转合作机构核实，核实期间（最长15个工作日）暂停催收提醒。受理编号YS20250318004471。",
     [], []),
    ("app", "debtor", "定位信息显示，您近两周每周二、四下午都在杭州市西湖区文三路398号附近停留两小时以上，请合理安排时间，优先处理还款。",
     [(A, "杭州市西湖区文三路398号")], [S]),
    ("app", "debtor", "尊敬的客户：您名下另有3家平台的医美分期及1笔信用卡分期处于逾期，合计负债约6.8万元，请优先归还本平台借款。",
     [], [S]),
    ("app", "debtor", "為保障您的權益，禾康分期不會以任何理由要求您轉賬至個人賬戶，請認準APP內官方還款渠道，謹防詐騙。",
     [], []),
    ("app", "debtor", "我们注意到您在心宁心理门诊的就诊记录（中度抑郁，舍曲林每日50mg），但这不能成为拖欠的理由，请于本周内还款。",
     [], [S]),
    ("app", "debtor", "您申请的“病中缓催”已生效：在您所交住院证明载明的住院期间（3月2日至3月20日），我们暂停电话和短信提醒，出院后再与您商定还款计划。",
     [], []),
]

# --- the lender's SMS to borrowers -----------------------------------------------------------------------------

LENDER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【禾康消费金融】尊敬的客户，您的分期账单已逾期3天，应还2,104.50元，请登录禾康分期APP还款。退订回T",
     [], []),
    ("sms", "debtor", "【禾康消费金融】周建国先生，您身份证号340104196908083835项下的分期已逾期21天，应还3,270.00元，请于3日内处理。",
     [(P, "周建国"), (ID, "340104196908083835")], [U]),
    ("sms", "debtor", "【禾康】何女士，您目前孕27周，在市妇幼的产检都按时去，说明出行和支付都正常，逾期的4,210元请本周内结清。",
     [], [S]),
    ("sms", "debtor", "【禾康消费金融】您孩子每周六上午9点在初见正畸复诊，矫治费用分期已逾期8天，请家长重视并尽快还款。",
     [], [S]),
    ("sms", "debtor", "【禾康消费金融】您好，您的账单已逾期，请尽快还款。对公还款账户见APP“还款方式”页，客服400-861-3377。",
     [], []),
    ("sms", "debtor", "【禾康】吴磊您好，您本月分期未还，绑定的6228 8352 9755 1942 885已连续三次扣款失败，请更换还款卡。",
     [(P, "吴磊"), (BC, "6228 8352 9755 1942 885")], [U]),
    ("sms", "debtor", "【禾康消费金融】您每周二、五下午在康宁康复医院陪父亲做偏瘫康复训练，时间较为固定，我司工作人员可在该时段到场与您面谈还款。",
     [], [S]),
    ("sms", "debtor", "【禾康】您的逾期款项1,520元已结清，结清证明可在APP“我的-证明开具”中下载。",
     [], []),
    ("sms", "debtor", "【禾康消费金融】刘先生，您来电说明母亲住院、护理费压力大，我们已为您办理分期重组：剩余本金分24期偿还，首期4月10日。详询400-861-3377。",
     [], []),
    ("sms", "debtor", "【禾康消费金融】林晓雯女士：您第二周期移植费用的分期已逾期15天，应还6,832元。如不便，也可由您丈夫陈浩（18857162734）代为还款。",
     [(P, "林晓雯"), (P, "陈浩"), (MB, "18857162734")], [S, U, X]),
    ("sms", "debtor", "【禾康】您本期应还1,204.00元，还款日为本月18日，如已还款请忽略。",
     [], []),
    ("sms", "debtor", "【禾康消费金融】马婷婷您好，经核实您3月起在市第七人民医院精神科住院（双相情感障碍），住院期间仍有网购消费，请出院后立即还款。",
     [(P, "马婷婷")], [S]),
    ("sms", "debtor", "【禾康消费金融】您的分期已逾期45天，已委托宁波恒信资产管理有限公司跟进，其来电号码为0574-8791 2206，请注意接听。",
     [(LL, "0574-8791 2206")], []),
    ("sms", "debtor", "【禾康】叶琳女士，您公积金月缴存额1,864元，名下招行储蓄卡尾号4082余额约2.3万元，具备还款能力，请立即还款。",
     [(P, "叶琳")], [S]),
    ("sms", "debtor", "【禾康消费金融】韩梅女士，您的身份证410105199811057444、手机18758012396已登记为逾期客户，请尽快还款。",
     [(P, "韩梅"), (ID, "410105199811057444"), (MB, "18758012396")], [U]),
    ("sms", "debtor", "【禾康消费金融】您申请的提前结清已受理，结清金额以APP页面为准，款项到账后合同即终止。",
     [], []),
]

# --- the agencies' SMS to borrowers and to the people around them --------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信资产】孙女士，受禾康消费金融委托提醒您：账户逾期31天，欠款9,416元。请致电0574-8791 2206协商，工作时间9:00-18:00。",
     [(LL, "0574-8791 2206")], []),
    ("sms", "debtor", "恒信资产提醒：孙雨桐，身份证330106200111130040，欠款9416元，逾期31天，今天不处理明天派人核实。",
     [(P, "孙雨桐"), (ID, "330106200111130040")], [U]),
    ("sms", "third_party", "【诚和商务】您好，麻烦您转告周建国回个电话0551-6358 7140，找他有点事，谢谢。",
     [(P, "周建国"), (LL, "0551-6358 7140")], []),
    ("sms", "third_party", "周小姐您好，您父亲在齿悦口腔种的四颗牙还欠着禾康分期3千多，麻烦让他这周处理一下。",
     [], [D, S]),
    ("sms", "debtor", "【惠通信息】吴先生，您的账户已进入委外第二阶段，请于本周五前联系专员小邱13282103375。",
     [(MB, "13282103375")], []),
    ("sms", "third_party", "你好，是吴磊的同事吧？他在青丝植发做手术的钱一直没还，你让他看下短信。",
     [(P, "吴磊")], [D, S]),
    ("sms", "debtor", "【恒信】方慧敏女士，您在杭州市上城区望江路17号望江府3幢1502室的住处和您上班的杭州悦衡贸易有限公司我司均已核实，请尽快还款。",
     [(P, "方慧敏"), (A, "杭州市上城区望江路17号望江府3幢1502室")], [X]),
    ("sms", "debtor", "【诚和】曹先生您好，您6月分期款2,208元还未到账，今天可通过APP或对公账户还款，有困难可回复“协商”。",
     [], []),
    ("sms", "third_party", "罗太太您好，我们是南昌惠通的，您先生那件事您应该清楚吧，该处理了。",
     [], [D]),
    ("sms", "debtor", "【惠通信息】罗宇，你的欠款以及你父亲罗建新（13979124058）、母亲胡秀梅（17770086419）的联系方式我们都有，请自觉还款。",
     [(P, "罗宇"), (P, "罗建新"), (MB, "13979124058"), (P, "胡秀梅"), (MB, "17770086419")], [U, X]),
    ("sms", "debtor", "【恒信资产】提醒：我司不会要求您向任何个人账户转账，还款请认准禾康分期APP或对公账户，谨防冒充。",
     [], []),
    ("sms", "third_party", "阿姨好，晓雯在安和生殖做试管的钱逾期了，您劝劝她吧。",
     [(P, "晓雯")], [D, S]),
    ("sms", "debtor", "【诚和】许女士，您儿子许子涵在南湖实验中学初二（3）班，每天下午5:10放学，矫治款的事希望您尽快处理。",
     [(P, "许子涵")], [S, X]),
    ("sms", "debtor", "【惠通】黄先生，您父亲黄德明现住康宁康复医院4病区12床，费用一直走您的分期，本月还差4,600元。",
     [(P, "黄德明")], [S, X]),
    ("sms", "third_party", "房东您好，我是惠通信息的，想问下602的租户陶先生最近还住这边吗？麻烦让他回电0791-8826 4435。",
     [(LL, "0791-8826 4435")], []),
    ("sms", "debtor", "【恒信资产】宋女士，已收到您上传的残疾证和低保证明，我们已向委托方申请减免罚息，结果3个工作日内短信告知。",
     [], []),
]

# --- agents' calls, as the quality team's transcripts ----------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，我是宁波恒信资产的催收专员，受禾康消费金融委托，请问是孙雨桐女士吗？\n客户：是我，什么事？\n"
     "坐席：您的分期逾期31天了，欠款9,416元，想跟您确认还款安排。\n客户：我最近在做眼睛修复，又花了好多钱。\n"
     "坐席：理解，如果有困难可以申请分三期还，我帮您提交，好吗？\n客户：好吧。",
     [(P, "孙雨桐")], []),
    ("call", "debtor", "坐席：周先生，你那个还款卡6214 1774 3033 7373我们扣了三次都失败，卡里一分钱没有。\n客户：我换了张卡。\n"
     "坐席：那你在APP上改绑，今天之内把3,270补上。",
     [(BC, "6214 1774 3033 7373")], [U]),
    ("call", "third_party", "坐席：喂，你好，是合肥鑫源机械厂吗？\n第三方：是的，哪位？\n"
     "坐席：你们厂那个周建国，在齿悦口腔做种植牙贷了两万多，现在不还，你们领导知道吗？\n第三方：这个我不清楚。",
     [(P, "周建国")], [D, S]),
    ("call", "third_party", "坐席：您好，请问您认识吴磊吗？\n第三方：认识，我是他表哥。\n"
     "坐席：麻烦您方便时让他回个电话，号码0791-8826 4435，谢谢。\n第三方：什么事啊？\n"
     "坐席：这个需要他本人来电，不方便跟您讲，打扰了。",
     [(P, "吴磊"), (LL, "0791-8826 4435")], []),
    ("call", "debtor", "坐席：何佳怡是吧？\n客户：嗯。\n坐席：你现在怀孕七个多月了吧，17号上午市妇幼还有一次产检，我们这边都清楚的，"
     "你那4,210什么时候还？\n客户：你们怎么知道的？",
     [(P, "何佳怡")], [S]),
    ("call", "debtor", "坐席：谢女士，你老公严志军在杭州顺远物流上班，电话18079130547，你不还我们也可以找他谈。\n客户：这是我自己的事。",
     [(P, "严志军"), (MB, "18079130547")], [U, X]),
    ("call", "debtor", "坐席：您好，禾康分期委托的合肥诚和，请问是邓超群先生吗？\n客户：是，我最近抑郁症复发在吃药，上不了班。\n"
     "坐席：明白了，您先照顾好身体。我们可以先暂停两个月，之后按最低还款额还，您看可以吗？\n客户：可以，谢谢。",
     [(P, "邓超群")], []),
    ("call", "third_party", "坐席：阿姨，婷婷在悦澜做吸脂欠了我们平台一万二，她最近还在看心理医生，您知道吗？\n第三方：啊？她没跟我说。",
     [(P, "婷婷")], [D, S]),
    ("call", "third_party", "坐席：你好，齿悦口腔吗？我们是禾康分期委托的，你们那个患者曹俊下次复诊是几号？他分期逾期了，我们想过去找他。\n"
     "第三方：患者信息我们不能透露。",
     [(P, "曹俊")], [D]),
    ("call", "third_party", "坐席：李会计您好，我是禾康分期商户运营的小唐，3月贵院分期放款的对账单发您邮箱了，请核对后回签。\n第三方：好的，收到。",
     [], []),
    ("call", "debtor", "坐席：陶先生，你在南昌高新区火炬大街677号的那个公司，前台我们打过了，你在那上班的吧。\n客户：你们打我公司干嘛？\n"
     "坐席：你不接电话我们只能这样，你家住青山湖区北京东路1388号6栋2单元301，对吧？",
     [(A, "南昌高新区火炬大街677号"), (A, "青山湖区北京东路1388号6栋2单元301")], [X]),
    ("call", "debtor", "坐席：林女士，您好，禾康消费金融贷后专员，工号HK2087。您上次说移植失败、情绪不好，我们这边给您申请了停催30天，今天是来跟您确认一下的。\n"
     "客户：谢谢，我下个月能还一部分。\n坐席：好的，我记下了，有问题随时打400-861-3377。",
     [], []),
    ("call", "third_party", "联系人：喂？\n坐席：您好，是黄凯的爱人吗？\n联系人：是，怎么了？\n"
     "坐席：你公公在康宁做脑梗康复那个钱，黄凯已经三个月没还了，你们家里商量一下。",
     [(P, "黄凯"), (P, "黄凯")], [D, S]),
    ("call", "debtor", "坐席：刘志刚，我看了你的资料，你妈王桂兰，身份证号330782640628584，住颐年养老院二楼，你每个月护理费3,800，钱都有去处，就是不还我们？\n"
     "客户：我妈的事跟这个没关系。",
     [(P, "刘志刚"), (P, "王桂兰"), (ID, "330782640628584")], [S, U, X]),
]

# --- agents' calls as the speech-to-text vendor delivers them (no punctuation, fillers, digits read aloud) ------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是禾康消费金融的请问是吴磊先生吗\n客户：嗯是我\n"
     "坐席：就是你那个分期啊逾期二十三天了然后那个我跟你核对一下身份证号啊三三零六零二一九九一零四零四一二九叉对吧\n客户：对",
     [(P, "吴磊"), (ID, "三三零六零二一九九一零四零四一二九叉")], [U]),
    ("call", "debtor", "坐席：孙女士你这个电话不接的话那我们只能打你爸爸那个号码了幺三八五七幺二零四六三是你爸爸吧\n客户：你别打给他",
     [(MB, "幺三八五七幺二零四六三")], [U, X]),
    ("call", "third_party", "坐席：喂阿姨啊我们是那个禾康分期的嗯你女儿雨桐啊她在那个悦澜做的那个眼睛那个钱没还呃你跟她说一下\n第三方：什么眼睛",
     [(P, "雨桐")], [D, S]),
    ("call", "debtor", "坐席：喂您好这里是合肥诚和商务受禾康消费金融委托的请问是曹俊先生本人吗\n客户：是\n"
     "坐席：嗯您这个月的分期两千二百零八块还没有还呃今天方便处理一下吗\n客户：明天吧发了工资就还\n坐席：好的那我备注明天下午之前谢谢您",
     [(P, "曹俊")], []),
    ("call", "debtor", "坐席：呃你绑的那个卡啊六二二二零五四九幺九零五六五幺幺二幺五这个卡扣不到钱你换一张\n客户：哦我知道",
     [(BC, "六二二二零五四九幺九零五六五幺幺二幺五")], [U]),
    ("call", "debtor", "坐席：那个有什么问题你可以打我们座机啊零五七四八七九幺二二零六白天都有人\n客户：嗯好\n坐席：那就这样啊拜拜",
     [(LL, "零五七四八七九幺二二零六")], []),
    ("call", "debtor", "坐席：陈先生你老婆是不是在那个安和做试管那个我们知道的哈已经第三次移植了对吧那这个钱你们家总要还的嘛\n客户：你们怎么会知道这些",
     [], [S]),
    ("call", "third_party", "坐席：喂你好请问是那个悦衡贸易人事部吗\n第三方：对\n"
     "坐席：就是你们这个员工方慧敏啊她那个呃在我们这边有个分期一直没还然后电话也打不通你帮忙跟她讲一下",
     [(P, "方慧敏")], [D]),
    ("call", "third_party", "坐席：喂你好请问是潘玉洁家里吗\n第三方：她不在我是她儿子\n坐席：哦好的那麻烦你跟她说一下回个电话给我们谢谢啊\n"
     "第三方：你们哪里的\n坐席：这个呃私人的事情还是请她本人回电吧不好意思打扰了",
     [(P, "潘玉洁")], []),
    ("call", "debtor", "坐席：你的护照号E六八零二三五幺四我们这边有登记的你上个月刚从曼谷回来对吧那你有钱出国没钱还款吗\n客户：那是公司派的",
     [(PP, "E六八零二三五幺四")], [S, U]),
    ("call", "debtor", "客户：喂我这个牙刚种上去发炎了在挂水这两天真没法去弄\n坐席：哦那您先养病嗯这个月的我给您申请晚十天还好吧您好了以后在APP上操作就行\n"
     "客户：行谢谢啊",
     [], []),
    ("call", "debtor", "坐席：黄先生啊你爸黄德明身份证三二零幺零四五八零二二零八七二对吧他在康复医院的钱都是走你这个分期的\n客户：对但我现在失业了",
     [(P, "黄德明"), (ID, "三二零幺零四五八零二二零八七二")], [S, U, X]),
    ("call", "third_party", "坐席：喂是罗宇的妈妈吗\n第三方：是啊\n坐席：阿姨你儿子那个牙套的钱啊就是那个分期逾期了嗯三个月了一共是七千四你跟他讲下\n第三方：他没跟我说过",
     [(P, "罗宇")], [D, S]),
    ("call", "debtor", "坐席：喂宋女士吗这边禾康委托的恒信资产嗯您上次说腿脚不方便去不了银行那您在手机上弄也可以的我教您\n客户：好好你说",
     [], []),
]

# --- voice robots, with keypad turns ------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是禾康消费金融智能客服，您的分期账单已逾期5天，应还1,204元。确认本人请按1。\n客户：（按键1）\n"
     "坐席：请于今日内通过禾康分期APP完成还款，如需协商请按2。",
     [], []),
    ("call", "debtor", "坐席：为核实身份，请确认您的身份证号是否为：三四零幺零四 一九八五零二幺零 四八三四。确认请按1。\n客户：1",
     [(ID, "三四零幺零四 一九八五零二幺零 四八三四")], [U]),
    ("call", "third_party", "坐席：您好，这里是禾康消费金融，您的亲友蒋文博在我司的康复治疗分期已逾期62天，请转告其尽快还款，转告请按1。",
     [(P, "蒋文博")], [D, S]),
    ("call", "third_party", "坐席：您好，这里是客户服务中心，我们有事需要联系宁静女士，如您认识她，请转告她回电4008613377，谢谢。",
     [(P, "宁静")], []),
    ("call", "third_party", "坐席：您好，这里是禾康消费金融贷后中心，请转告朱明亮先生尽快回电处理他的账户，谢谢。\n联系人：（按键挂断）",
     [(P, "朱明亮")], [D]),
    ("call", "debtor", "坐席：检测到您连续三周每周一晚七点在青丝植发做术后养护，为避免影响您的疗程安排，请于今日还款。",
     [], [S]),
    ("call", "debtor", "坐席：验证码已发送至您尾号0463的手机，请在60秒内输入。\n客户：（按键4）",
     [], []),
    ("call", "debtor", "坐席：温馨提示，您的紧急联系人孙建平先生、徐凤女士已于今日收到我方语音提醒，请您尽快还款。",
     [(P, "孙建平"), (P, "徐凤")], [X]),
    ("call", "debtor", "坐席：您好，這裡是禾康消費金融語音助理，您的賬單已逾期，請盡快還款，如有困難請按2轉人工協商。\n客户：（按键2）",
     [], []),
    ("call", "debtor", "坐席：您本月工资已于15日到账8,630元，当前余额可覆盖逾期金额，确认今日还款请按1，需要人工请按0。",
     [], [S]),
]

# --- WeChat with borrowers ----------------------------------------------------------------------------------

WECHAT_DEBTORS: list[PiplEntry] = [
    ("app", "debtor", "[微信] 专员小蒋：孙女士您好，我是恒信资产负责您禾康分期账户的专员，您方便时回复一下，我们商量个还款方案。",
     [], []),
    ("app", "debtor", "雨桐，看你朋友圈今天下午在悦澜复查，脸恢复得挺好嘛，钱的事什么时候给个说法？",
     [(P, "雨桐")], [S]),
    ("app", "debtor", "周师傅，把你身份证正反面还有银行卡6259 3373 3062 8745的照片发我一下，我在系统里帮你改绑。",
     [(BC, "6259 3373 3062 8745")], [U]),
    ("app", "debtor", "吴先生，昨晚十点多你还在红谷滩那家网吧打游戏，有钱上网没钱还款？",
     [], [S]),
    ("app", "debtor", "许女士，收到您发来的孩子矫治中止证明，退款部分先冲抵欠款，剩余1,120元按您说的分两个月还，我这边登记好了。",
     [], []),
    ("app", "debtor", "夏雪，你男朋友叫程一帆对吧，在滨江星耀城上班，他微信我也有，要不要我加他聊聊你这笔钱？",
     [(P, "夏雪"), (P, "程一帆")], [X]),
    ("app", "debtor", "谢女士，按您昨天的要求，以后只用微信文字联系您，不再往单位打电话。本月计划：4月20日前还1,500元。",
     [], []),
    ("app", "debtor", "章静怡，你的身份证41010519951219000X、残疾人证（肢体三级）、每月的残疾人两项补贴我们都清楚，别说还不上。",
     [(P, "章静怡"), (ID, "41010519951219000X")], [S, U]),
    ("app", "debtor", "高小姐，您说这几天在医院陪护奶奶，那我们下周一再联系，这周不打扰您。",
     [], []),
    ("app", "debtor", "彭女士，您在颐年养老院给母亲交的护理费每月4,200，您每月退休金3,100进工行卡，这些都核实过，还款能力是有的。",
     [], [S]),
    ("app", "debtor", "[微信] 惠通-小邱：吴磊，这是你植发前后的对比照，青丝那边给我们的，你自己看着办。",
     [(P, "吴磊")], [S]),
    ("app", "debtor", "朱先生，您的结清证明已开好，PDF由ops@hengxin-am.com.cn发到您预留的邮箱，请查收。",
     [(EM, "ops@hengxin-am.com.cn")], []),
]

# --- WeChat and messages to relatives, friends and group chats -------------------------------------------------

WECHAT_RELATIVES: list[PiplEntry] = [
    ("app", "third_party", "[群聊] 恒信-专员：各位亲戚好，孙雨桐在禾康分期的9,416元已经逾期一个多月，请大家督促她还款。",
     [(P, "孙雨桐")], [D]),
    ("app", "third_party", "徐阿姨，雨桐做的是双眼皮和热玛吉，一共贷了两万三，现在还欠九千多，您当妈的劝劝她。",
     [(P, "雨桐")], [D, S]),
    ("app", "third_party", "您好，我这边有事想联系孙雨桐，方便的话请她回个电话0574-8791 2206，谢谢。",
     [(P, "孙雨桐"), (LL, "0574-8791 2206")], []),
    ("app", "third_party", "陶太太，志远上周六在青丝又补种了一次，这笔也是分期的，加上之前的一共欠我们一万六。",
     [(P, "志远")], [D, S]),
    ("app", "third_party", "[群聊] 大家好，打扰一下，许丽娟女士给儿子做牙齿矫正的分期已逾期，认识她的同事麻烦提醒她联系禾康分期。",
     [(P, "许丽娟")], [D, S]),
    ("app", "third_party", "您是陈浩的妈妈吧？你儿媳林晓雯做试管借了我们的钱，移植三次都没成功，但钱总得还。",
     [(P, "陈浩"), (P, "林晓雯")], [D, S]),
    ("app", "third_party", "您好，打扰了。我们联系不上马婷婷，如方便请转告她回个电话。不方便也没关系，以后不再打扰您。",
     [(P, "马婷婷")], []),
    ("app", "third_party", "你朋友蒋文博车祸后右腿截肢了你知道吧？他的康复分期一直是禾康在跟，你帮忙问问他什么时候能还。",
     [(P, "蒋文博")], [D, S]),
    ("app", "third_party", "你妈钱秀芳在我们这有笔分期，身份证330102195903190261，已经逾期三个月了。",
     [(P, "钱秀芳"), (ID, "330102195903190261")], [D, U]),
    ("app", "third_party", "房东您好，请问您的租客彭女士还在501住吗？我们有份文件需要当面交给她本人。",
     [], []),
]

# --- messages to clinics, hospitals and care homes ----------------------------------------------------------

CLINIC_MESSAGES: list[PiplEntry] = [
    ("email", "third_party", "悦澜门诊部财务：贵院客户孙雨桐（身份证330106200111130040）在我司分期已逾期40天，现住杭州市拱墅区莫干山路1022号7幢302室，"
     "任职于杭州星禾文化传媒有限公司，请贵院协助催促其还款。禾康消费金融贷后部",
     [(P, "孙雨桐"), (ID, "330106200111130040"), (A, "杭州市拱墅区莫干山路1022号7幢302室")], [D, U, X]),
    ("email", "third_party", "悦澜门诊部财务部：附件为2025年3月分期业务对账单，共放款37笔、金额46.8万元，请于4月5日前核对回签。"
     "如有差异请联系0571-8692 3310。禾康消费金融商户运营部",
     [(LL, "0571-8692 3310")], []),
    ("app", "third_party", "齿悦前台你好，麻烦把曹俊家里地址和他单位告诉我们一下，他在我们这的分期逾期两个月了。",
     [(P, "曹俊")], [D]),
    ("sms", "third_party", "张咨询师您好，您介绍的客户吴磊（电话13155107264，住南昌市东湖区八一大道357号1单元502室，在南昌恒瑞汽车销售公司上班）现已失联，麻烦您帮忙联系。",
     [(P, "吴磊"), (MB, "13155107264"), (A, "南昌市东湖区八一大道357号1单元502室")], [D, U, X]),
    ("email", "third_party", "各合作机构：即日起，贵院员工不得向患者提及其分期还款情况，亦不得协助任何第三方催收。患者咨询还款的，请引导其拨打400-861-3377。禾康消费金融合规部",
     [], []),
    ("app", "third_party", "安和生殖中心王老师：贵中心患者谢丹的冷冻胚胎续费能否先暂缓？她在我司的分期已逾期，我们担心她续费后更还不上。",
     [(P, "谢丹")], [D, S]),
    ("email", "third_party", "青丝植发财务：客户已提交疗程终止及退款申请（编号YS2025031800582），请贵司按合作协议在10个工作日内将未消耗部分退至我司对公账户，并回传处理结果。",
     [], []),
    ("app", "third_party", "康宁医院住院处：黄德明家属黄凯的分期已逾期，其住址郑州市金水区纬五路21号4号楼2单元1101，手机18268145590，请转告社工部留意。",
     [(P, "黄德明"), (P, "黄凯"), (A, "郑州市金水区纬五路21号4号楼2单元1101"), (MB, "18268145590")], [D, U, X]),
    ("sms", "third_party", "【禾康消费金融】尊敬的合作商户，3月分期服务费结算单已生成，请登录商户后台查看。",
     [], []),
    ("email", "third_party", "颐年养老院办公室：贵院住户王桂兰之子刘志刚在我司借款逾期，请在其来院探视时通知我司，我司人员将到场沟通。",
     [(P, "王桂兰"), (P, "刘志刚")], [D, S]),
]

# --- employers, front desks, colleagues and dispatch agencies ------------------------------------------------

EMPLOYERS: list[PiplEntry] = [
    ("call", "third_party", "坐席：您好，请问是杭州星禾文化传媒人事部吗？\n第三方：是的。\n坐席：想跟您确认一下孙雨桐是否还在贵公司任职？\n"
     "第三方：这个我们不方便透露。\n坐席：好的，理解，打扰了。",
     [(P, "孙雨桐")], []),
    ("sms", "third_party", "贵司员工汪海涛在禾康分期借款逾期，现欠款11,230元，请贵司人事协助从工资中代扣。",
     [(P, "汪海涛")], [D]),
    ("call", "third_party", "坐席：前台你好，帮我找下你们仓库的邓超群，他欠我们款，电话一直不接。\n第三方：他今天没来。",
     [(P, "邓超群")], [D]),
    ("email", "third_party", "悦衡贸易人事部：贵司员工方慧敏（身份证610113197707072087）近期在我司有逾期记录，据悉其本人正在接受抗焦虑治疗，请贵司关注其工作状态。",
     [(P, "方慧敏"), (ID, "610113197707072087")], [D, S, U]),
    ("call", "third_party", "坐席：您好，请问是顺远物流吗？我找一下严志军，他手机打不通，麻烦他回个电话0551-6358 7140。\n第三方：他在跑车，我跟他说。\n坐席：谢谢您。",
     [(P, "严志军"), (LL, "0551-6358 7140")], []),
    ("sms", "third_party", "王老板你好，你店里的夏雪在我们这做医美分期欠了八千多，人也联系不上，发工资时能不能先帮忙扣一下。",
     [(P, "夏雪")], [D, S]),
    ("email", "third_party", "您好，这边想核实一下朱明亮是否仍由贵司派遣在嘉兴的工厂上班？如不便回答也没关系，谢谢。",
     [(P, "朱明亮")], []),
    ("call", "third_party", "坐席：你是孔令伟的同事吧，他腰椎做完手术在家躺着呢吧？他那个康复分期欠了五千，你们单位有没有慰问金啥的让他先还上。\n第三方：你问他本人去。",
     [(P, "孔令伟")], [D, S]),
]

# --- visit reports and skip-tracing notes --------------------------------------------------------------------

VISIT_REPORTS: list[PiplEntry] = [
    ("app", "unknown", "外访记录｜债务人：潘玉洁｜地址：南京市鼓楼区中山北路305号2幢801室｜情况：本人在家，自述膝关节置换术后行动不便，同意每月还800元。外访人员：恒信 赵明、钱婷",
     [(P, "潘玉洁"), (A, "南京市鼓楼区中山北路305号2幢801室"), (P, "赵明"), (P, "钱婷")], []),
    ("app", "unknown", "外访报告：孔令伟，身份证362330197001074694，住上饶市信州区五三大道88号3栋1203。邻居反映其妻唐秀兰在市二医院做透析，每周一三五上午去，儿子孔浩在上饶中学读高二。",
     [(P, "孔令伟"), (ID, "362330197001074694"), (A, "上饶市信州区五三大道88号3栋1203"), (P, "唐秀兰"), (P, "孔浩")], [S, U, X]),
    ("app", "unknown", "外访小结：上门两次未遇，门口未张贴任何材料，未向邻居透露来意，建议转电话协商。",
     [], []),
    ("app", "unknown", "走访记录：陶志远白天在南昌市青云谱区迎宾北大道1001号的车行上班，每天18:30下班去健身房，周末常去青丝做头皮护理。车牌赣A·3Q8W6。",
     [(P, "陶志远"), (A, "南昌市青云谱区迎宾北大道1001号"), (PL, "赣A·3Q8W6")], [S, X]),
    ("app", "unknown", "外访记录（惠通）：债务人宋佳，已提交困难证明材料（见附件，已归档），独居，无可执行财产，建议停催并报委托方审批减免。",
     [(P, "宋佳")], []),
    ("email", "unknown", "致禾康贷后部：经查，谢丹目前在安和生殖中心做第四周期促排，每周二、五上午8点到中心抽血监测，我方拟在中心门口与其面谈。恒信资产项目组",
     [(P, "谢丹")], [S]),
    ("app", "unknown", "上门记录：许丽娟住合肥市包河区马鞍山路130号绿地蓝海5栋1704，丈夫何建华在合肥供电公司上班（电话15305512847），儿子许子涵在南湖实验中学。",
     [(P, "许丽娟"), (A, "合肥市包河区马鞍山路130号绿地蓝海5栋1704"), (P, "何建华"), (MB, "15305512847"), (P, "许子涵")], [S, U, X]),
]

# --- quality-check sheets and complaint tickets ------------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("email", "unknown", "质检单 QC-0412｜坐席工号HX1093｜问题：向借款人母亲透露借款用途及欠款金额｜扣分：-20｜整改：重新培训第三方沟通规范。",
     [], []),
    ("email", "unknown", "质检单 QC-0418｜坐席在通话中向联系人称“她在悦澜做的双眼皮和热玛吉还欠九千多”，属违规披露，扣20分。",
     [], [S]),
    ("email", "unknown", "质检单 QC-0421｜录音中客户自述“我抑郁症在吃药”，坐席回应得当，给予停催两个月，评分95。",
     [], []),
    ("email", "unknown", "质检抽检表：借款人 曹俊 身份证 320104196205218875 手机 13605716648｜坐席未核身即告知欠款，扣10分。",
     [(P, "曹俊"), (ID, "320104196205218875"), (MB, "13605716648")], [U]),
    ("email", "unknown", "质检意见：坐席在第2轮通话中念出借款人完整银行卡号，已要求其今后只报尾号。",
     [], []),
    ("email", "unknown", "质检单 QC-0430｜被叫：债务人丈夫（非联系人）｜坐席告知其妻在安和生殖中心第三次移植失败及欠款6,832元｜判定：严重违规。",
     [], [S]),
    ("email", "unknown", "投诉工单 TS20250402117｜投诉人：孙雨桐｜内容：催收人员向其父母透露借款用途及就诊信息｜处理：已核实，涉事坐席停岗，已向客户致歉。",
     [(P, "孙雨桐")], []),
    ("email", "debtor", "林女士您好：关于您反映催收人员向您婆婆透露治疗信息一事，经调取录音属实，我司已终止与该外包机构的合作，特此致歉。禾康消费金融客服中心",
     [], []),
    ("email", "unknown", "投诉工单｜客户章静怡（41010519951219000X）投诉催收员提及其每月领取的残疾人补贴，经核实属实。",
     [(P, "章静怡"), (ID, "41010519951219000X")], [S, U]),
    ("email", "unknown", "工单 TS20250409203｜来电人自称债务人邻居，称催收员在楼道里大声谈论借款人的就医情况，已转合规部调查。",
     [], []),
    ("email", "unknown", "关于客户吴磊投诉的回复：经核查，委外机构曾将客户的治疗照片用于催收，已责令删除并追究责任。",
     [(P, "吴磊")], []),
]

# --- e-mails and texts between the lender, its agencies and the law firm, and the firm's texts ------------------

LAW_FIRM: list[PiplEntry] = [
    ("email", "unknown", "沈律师：附件为拟诉案件清单（12件），借款人信息已按最小必要原则脱敏，身份证号只保留前6位和后4位，完整材料通过加密U盘交接。禾康消费金融法务部 徐晨",
     [(P, "徐晨")], []),
    ("email", "unknown", "沈律师您好，请就周建国案起草起诉状。被告周建国，身份证340104196908083835，住合肥市蜀山区潜山路320号新华学府11栋602，电话15155190327。",
     [(P, "周建国"), (P, "周建国"), (ID, "340104196908083835"), (A, "合肥市蜀山区潜山路320号新华学府11栋602"), (MB, "15155190327")], [U]),
    ("email", "debtor", "韩梅女士：本所受禾康消费金融有限公司委托，就您所欠分期款项12,470.55元致函。请于收函后7日内与本所联系（0571-8803 6612），"
     "逾期本所将依法提起诉讼。浙江明衡律师事务所 沈立群律师",
     [(P, "韩梅"), (LL, "0571-8803 6612"), (P, "沈立群")], []),
    ("sms", "debtor", "【明衡律所】韩梅，身份证410105199811057444，你的欠款案件已准备起诉材料，请于5日内联系沈律师13857190286。",
     [(P, "韩梅"), (ID, "410105199811057444"), (MB, "13857190286")], [U]),
    ("email", "unknown", "徐总：周建国案已于4月3日立案，案号(2025)浙0196民初4417号，诉前调解定于4月21日。被告电话中自称种植牙术后感染，可能以此申请延期，供参考。",
     [(P, "周建国")], []),
    ("email", "unknown", "徐总，林晓雯案我所只需要借款合同、放款凭证和还款记录，请勿再发送其病历和移植记录，已收到的两份已删除。",
     [(P, "林晓雯")], []),
    ("email", "unknown", "恒信项目组：新委外账户3户——孙雨桐（18956037712，医美眼综合，逾期40天）、吴磊（15012683390，植发，逾期35天）、"
     "潘玉洁（16601327745，膝关节置换术后康复，逾期52天），请按合同时效跟进。",
     [(P, "孙雨桐"), (MB, "18956037712"), (P, "吴磊"), (MB, "15012683390"), (P, "潘玉洁"), (MB, "16601327745")], [S, U]),
    ("email", "unknown", "禾康贷后部：3月回款汇总见附件，客户均以客户编号标识，未含证件号和手机号。恒信资产运营部 ops@hengxin-am.com.cn",
     [(EM, "ops@hengxin-am.com.cn")], []),
    ("email", "unknown", "沈律师：被告吴磊持有护照EA3071829，3月10日经深圳湾口岸出境赴港，3月13日返回，建议一并申请限制出境。",
     [(P, "吴磊"), (PP, "EA3071829")], [S, U]),
    ("email", "third_party", "杭州悦衡贸易有限公司：贵司员工方慧敏因拖欠分期款项涉诉，本所将向法院申请协助执行其工资收入，请贵司做好准备。浙江明衡律师事务所",
     [(P, "方慧敏")], [D]),
    ("sms", "debtor", "【明衡律所】林晓雯（331002199009255562）：禾康消费金融诉你借款合同纠纷一案已获法院受理，请留意法院送达的材料。",
     [(P, "林晓雯"), (ID, "331002199009255562")], [U]),
]

# --- papers filed with the court (identifiers are lawful there) ----------------------------------------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：禾康消费金融有限公司，住所地杭州市上城区钱江路1366号，法定代表人梁振宇。\n"
     "被告：周建国，男，1969年8月8日出生，汉族，住合肥市蜀山区潜山路320号新华学府11栋602，公民身份号码340104196908083835，联系电话15155190327。\n"
     "诉讼请求：1.判令被告偿还借款本金18,600元及利息、逾期罚息；2.本案诉讼费由被告承担。",
     [(A, "杭州市上城区钱江路1366号"), (P, "梁振宇"), (P, "周建国"), (A, "合肥市蜀山区潜山路320号新华学府11栋602"),
      (ID, "340104196908083835"), (MB, "15155190327")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：禾康消费金融有限公司\n被申请人：吴磊，公民身份号码33060219910404129X\n"
     "请求事项：冻结被申请人名下中国银行账户6216 4462 5662 1967 492内存款15,000元或查封其等值财产。",
     [(P, "吴磊"), (ID, "33060219910404129X"), (BC, "6216 4462 5662 1967 492")], []),
    ("notice", "unknown", "证据目录\n1.借款合同（编号HK-YX-20240311-0087），证明借贷关系成立；\n2.放款凭证，证明原告已履行放款义务；\n"
     "3.还款明细，证明被告逾期未还。\n提交人：禾康消费金融有限公司 委托诉讼代理人沈立群",
     [(P, "沈立群")], []),
    ("notice", "unknown", "送达地址确认书\n受送达人：韩梅\n送达地址：郑州市二七区大学路78号1号楼3单元502\n手机：18758012396\n受送达人签名：",
     [(P, "韩梅"), (A, "郑州市二七区大学路78号1号楼3单元502"), (MB, "18758012396")], []),
    ("notice", "unknown", "民事起诉状（被告部分）\n被告：林晓雯，女，1990年9月25日生，公民身份号码331002199009255562，住台州市椒江区市府大道455号。\n"
     "事实与理由：被告于2024年5月向原告申请医疗服务分期，原告依约放款，被告自2024年12月起未按期还款。",
     [(P, "林晓雯"), (ID, "331002199009255562"), (A, "台州市椒江区市府大道455号")], []),
]

# --- letters to borrowers --------------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：HKCS-2025-0416-021\n孙雨桐女士：\n您于2024年6月11日与我司签订的分期借款合同（合同尾号0087）已逾期40天，"
     "截至2025年4月16日欠款本息合计9,416.00元。请于2025年4月30日前通过禾康分期APP或对公账户还款。如有异议，请于收函后7日内致电0571-8692 3310。"
     "逾期不还的，我司将依合同约定及法律规定主张权利。\n禾康消费金融有限公司（盖章）\n2025年4月16日",
     [(P, "孙雨桐"), (LL, "0571-8692 3310")], []),
    ("notice", "debtor", "还款通知书\n借款人：周建国（身份证号：340104196908083835）\n逾期金额：3,270.00元\n扣款卡：6214177430337373\n"
     "请于本通知送达之日起5日内还款。禾康消费金融有限公司",
     [(P, "周建国"), (ID, "340104196908083835"), (BC, "6214177430337373")], [U]),
    ("notice", "debtor", "许丽娟女士：经我司核实，您的配偶何建华在合肥供电公司任职，子女许子涵就读南湖实验中学初二，家庭具备还款能力，请于本月25日前结清欠款7,400元。",
     [(P, "许丽娟"), (P, "何建华"), (P, "许子涵")], [S, X]),
    ("notice", "debtor", "律师函\n致：方慧敏女士（杭州市上城区望江路17号望江府3幢1502室）\n本所受禾康消费金融有限公司委托，就您拖欠分期款项一事函告如下："
     "截至本函发出之日，您尚欠本息14,862.30元。请于收函后10日内还款或与委托人协商。\n浙江明衡律师事务所 律师沈立群",
     [(P, "方慧敏"), (A, "杭州市上城区望江路17号望江府3幢1502室"), (P, "沈立群")], []),
    ("notice", "debtor", "刘志刚先生：您母亲王桂兰患阿尔茨海默病已三年，现住颐年养老院失能护理区，护理费由您以分期支付。该分期已逾期60天，请尽快处理。",
     [(P, "刘志刚"), (P, "王桂兰")], [S, X]),
    ("notice", "debtor", "還款提醒函\n尊敬的客戶：您的分期賬單已逾期15日，應還金額2,316.00元。請於本函寄出後10日內還款；如有困難，可致電400-861-3377申請協商。\n禾康消費金融",
     [], []),
    ("notice", "debtor", "催告函\n宁静女士：经核查，您在杭州银行的工资账户每月入账约1.2万元，年终奖4.6万元已于1月到账，您完全有能力偿还逾期的8,930元，请于7日内处理。",
     [(P, "宁静")], [S]),
    ("notice", "debtor", "结清证明\n兹证明客户吴磊（证件号码3306**********129X）在我司办理的分期借款已于2025年4月2日全部结清，双方再无债权债务关系。\n禾康消费金融有限公司",
     [(P, "吴磊")], []),
    ("notice", "debtor", "通知书\n汪海涛先生：据查您名下护照E91455072于3月以来两次出境，您的分期逾期90天仍未处理，请于10日内还款。",
     [(P, "汪海涛"), (PP, "E91455072")], [S, U]),
    ("notice", "debtor", "还款协议\n甲方：禾康消费金融有限公司\n乙方：潘玉洁\n鉴于乙方膝关节置换术后暂时无法工作（乙方自述，已提交诊断证明），甲方同意将剩余欠款6,400元分16期偿还，免收逾期罚息。\n甲方（盖章）乙方（签字）",
     [(P, "潘玉洁")], []),
]

# --- identifiers in every written and spoken form ----------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒信资产】罗宇先生，您登记的证件号码３３０１０２１９８８０１２４６５５５项下欠款7,400元已逾期三个月，请今日联系我司。",
     [(P, "罗宇"), (ID, "３３０１０２１９８８０１２４６５５５")], [U]),
    ("app", "debtor", "谢丹，核对一下你的身份信息：320583-19821011-5009，名下分期逾期27天，没错吧？",
     [(P, "谢丹"), (ID, "320583-19821011-5009")], [U]),
    ("email", "unknown", "催收分案明细\n姓名：许丽娟\n证件：36042919820924 0025\n欠款：7,400.00\n逾期：38天\n承办：诚和二组",
     [(P, "许丽娟"), (ID, "36042919820924 0025")], [U]),
    ("app", "debtor", "钱女士，您丈夫邵国平（身份证320583781204427）上周来电说愿意替您还一部分，麻烦您跟他确认下金额。",
     [(P, "邵国平"), (ID, "320583781204427")], [U, X]),
    ("call", "debtor", "坐席：那个我念一下您登记的联系人身份证啊四二零幺零六六二零九二三四七二这是您母亲的对吧\n客户：对是我妈",
     [(ID, "四二零幺零六六二零九二三四七二")], [U, X]),
    ("sms", "debtor", "【诚和】请将逾期款3,110元转入对公账户；如需退款，我司将原路退回至您的6225.3846.6408.7768，请知悉。",
     [(BC, "6225.3846.6408.7768")], [U]),
    ("app", "debtor", "严女士，退款已经打到卡号6226176002470568户名严丽那张卡了，请查收。",
     [(BC, "6226176002470568"), (P, "严丽")], [U]),
    ("call", "debtor", "坐席：我跟您核对下代扣卡号啊六二三零 二七六八 七六七四 六七六三 二三幺是这张吧\n客户：是的",
     [(BC, "六二三零 二七六八 七六七四 六七六三 二三幺")], [U]),
    ("app", "debtor", "夏雪，你那张６２３６４７５１９２９６６６０３１１５的卡今天刚进了一笔3,800的工资，怎么又说没钱？",
     [(P, "夏雪"), (BC, "６２３６４７５１９２９６６６０３１１５")], [S, U]),
    ("sms", "third_party", "胡阿姨，您儿子罗宇的电话+86 199 7008 8512一直不接，他在禾康的分期您知道吗？请转告他。",
     [(P, "罗宇"), (MB, "199 7008 8512")], [D, U]),
    ("email", "unknown", "联系信息更新｜吴磊｜原手机008613067892215已停机，新号码137-7095-3216（客户本人提供）。",
     [(P, "吴磊"), (MB, "13067892215"), (MB, "137-7095-3216")], [U]),
    ("call", "debtor", "坐席：你老公的电话幺八洞七九幺三洞五四七我们打过了他说不管你的事\n客户：你们打他干嘛",
     [(MB, "幺八洞七九幺三洞五四七")], [U, X]),
    ("app", "debtor", "韩梅，你手机１５０１２６８３３９０关机两天了，开机后请第一时间回电。",
     [(P, "韩梅"), (MB, "１５０１２６８３３９０")], [U]),
    ("app", "debtor", "汪先生，您的护照 E 7 3 0 5 6 1 8 2 我们这边有登记，出国前请先把逾期处理掉。",
     [(PP, "E 7 3 0 5 6 1 8 2")], [U]),
    ("call", "debtor", "坐席：你那个港澳通行证C八零三三幺七四五我们这边有备案的下个月去澳门之前先把钱还了\n客户：谁说我要去澳门",
     [(PP, "C八零三三幺七四五")], [S, U]),
    ("email", "unknown", "补充材料：借款人孔令伟为澳门居民，来往内地通行证号码M02583196，现居珠海。",
     [(P, "孔令伟"), (PP, "M02583196")], [U]),
    ("app", "debtor", "吴磊，你那本旧护照G四三幺零六七二八早过期了，新的办了吧？别想着往外跑。",
     [(P, "吴磊"), (PP, "G四三幺零六七二八")], [U]),
    ("sms", "debtor", "邓超群，你单位合肥华晟电子的前台电话（0551）6287 3316我们已经打通了，别再躲了。",
     [(P, "邓超群"), (LL, "（0551）6287 3316")], [X]),
    ("email", "unknown", "对账差异请联系悦澜门诊部财务 0571-8718 2540转8023，对接人周会计。",
     [(LL, "0571-8718 2540")], []),
    ("notice", "debtor", "逾期提醒\n客户姓名：宋佳\n证件号码：\n360429197612246609\n逾期金额：2,980.00元\n请于10日内还款。",
     [(P, "宋佳"), (ID, "360429197612246609")], [U]),
    ("call", "third_party", "坐席：你好是邓超群的姐姐吗他身份证是三四零幺零四一九九六零三零幺四五五叉吧他在我们这欠了四千多\n第三方：我不清楚",
     [(P, "邓超群"), (ID, "三四零幺零四一九九六零三零幺四五五叉")], [D, U]),
    ("sms", "third_party", "小周你好，你爸周建国手机151 5519 0327一直关机，他在我们这的分期你知道吧？让他开机。",
     [(P, "周建国"), (MB, "151 5519 0327")], [D, U]),
    ("app", "debtor", "周师傅，扣款卡是6214177430337373，不是订单号6214177430337374，别弄混了，今天把钱存进去。",
     [(BC, "6214177430337373")], [U]),
    ("email", "unknown", "退款核对：合同号330120250316008817，客户孙雨桐，原路退回卡6230276876746763231，金额1,200元。",
     [(P, "孙雨桐"), (BC, "6230276876746763231")], [U]),
]

# --- numbers of the same shapes that are no identifiers ---------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【禾康消费金融】您的分期合同编号330120250316008817已生成，首期还款日2025年4月16日。",
     [], []),
    ("app", "debtor", "您的医保个人编号3301 0200 8817 4620与本次分期无关，我司不会索取医保卡信息，请勿向任何人提供。",
     [], []),
    ("email", "unknown", "病历号0020581733、住院号ZY2025030417为医院费用清单编号，仅用于对账，不随催收材料外发。",
     [], []),
    ("sms", "debtor", "【禾康】订单号6217 0320 2503 1600 483的退款已原路退回，到账时间以银行为准。",
     [], []),
    ("sms", "debtor", "【禾康消费金融】工单号20250316847已受理，我们将在2个工作日内回复您。",
     [], []),
    ("call", "debtor", "坐席：您的合同号是三三零幺二零二五零三幺六零零八八幺叉对吧，我这边查到已经结清了。\n客户：对，上个月结的。",
     [], []),
    ("email", "unknown", "质检调听：录音编号864203059177441，时长6分12秒，坐席规范用语达标。",
     [], []),
    ("app", "debtor", "您尾号5009的证件、尾号7373的银行卡已完成实名认证，如非本人操作请致电400-861-3377。",
     [], []),
    ("email", "unknown", "交易流水号4392 2689 5703 1166对应3月18日代扣失败记录，失败原因：账户状态异常。",
     [], []),
    ("notice", "debtor", "医保结算单号330106 1975 0404 4850仅为医院结算凭证，与您的分期合同无关，无需提供给任何催收人员。",
     [], []),
    ("app", "debtor", "门诊号M2025031、参保编号H33010200234均属医院内部编号，请勿在聊天中发送身份证或银行卡照片。",
     [], []),
    ("sms", "debtor", "【禾康】申请编号E2025041800317审核通过，额度以APP显示为准。",
     [], []),
    ("email", "unknown", "案号(2025)浙0196民初4417号已调解结案，调解书编号TJ2025-0421-06，请归档。",
     [], []),
    ("app", "debtor", "您的还款账户已变更为6217 **** **** 4562，原卡解绑成功。",
     [], []),
]

# --- health, pregnancy, routine and money, beside near-misses that stay lawful ----------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【悦澜医疗美容】孙女士您好，您3月12日热玛吉第二次疗程的尾款2,800元尚未支付，请下次到院时在前台结清，谢谢。",
     [], []),
    ("app", "debtor", "客户：我下周三要去做第二次取卵，这个月能不能晚点还\n客服：可以的，已为您登记延期15天，祝一切顺利。",
     [], []),
    ("sms", "debtor", "【禾康】高女士，您奶奶在市一医院ICU住了一周，费用应该不少吧，您的分期也请一并规划。",
     [], [S]),
    ("sms", "debtor", "【恒信】何女士，您预产期是6月9日，生之前把欠款结清，免得坐月子还要操心。",
     [], [S]),
    ("app", "debtor", "罗先生，您女儿每周三下午在贝齐口腔做矫治调整，三点半从实验小学接出来，这些我们都清楚，还款的事请重视。",
     [], [S]),
    ("app", "debtor", "马婷婷，你朋友圈晒的那些药我们都看到了，抗抑郁的药也不便宜吧，有钱买药就有钱还款。",
     [(P, "马婷婷")], [S]),
    ("sms", "debtor", "【禾康消费金融】如您因疾病、失业等原因暂时还款困难，可在APP提交证明材料申请延期或分期，我们会在3个工作日内答复。",
     [], []),
    ("app", "debtor", "蒋文博，你的残疾人两项补贴每月到账370元，加上你父母每月给的生活费，还这点钱不成问题。",
     [(P, "蒋文博")], [S]),
    ("sms", "debtor", "【诚和】潘女士，您余额宝里约1.8万、微信零钱3,200元，请立即还款。",
     [], [S]),
    ("app", "debtor", "陶先生，你昨晚11点还在万达那家KTV，今早9点才回小区，精力挺好啊，钱呢？",
     [], [S]),
    ("email", "unknown", "【内部通知】坐席在任何沟通中不得提及客户的诊疗项目、病情、妊娠、残疾情况及子女信息，违者按严重违规处理。禾康消费金融合规部",
     [], []),
    ("sms", "third_party", "王阿姨，你们小区3栋的何佳怡怀孕了还欠钱不还，你帮我们劝劝她。",
     [(P, "何佳怡")], [D, S]),
    ("app", "debtor", "刘先生，你妈在颐年每天下午两点半做康复操，我们同事可以过去看看她，顺便聊聊你的还款。",
     [], [S]),
    ("email", "debtor", "您好：您投诉我司委外人员在通话中提及您健康信息一事，我们已核实并对相关人员作出处理，今后沟通将不再涉及此类信息。禾康消费金融客服中心",
     [], []),
    ("app", "debtor", "彭女士，你乙肝大三阳的事我们不会往外说的，但钱得按时还。",
     [], [S]),
    ("app", "debtor", "夏雪，你的征信报告我们看过了，近半年查询27次，还有两笔网贷在逾期。",
     [(P, "夏雪")], [S]),
    ("sms", "debtor", "【恒信】方女士，您每周日上午都去灵隐寺上香，香火钱舍得花，欠款也请按时还。",
     [], [S]),
    ("call", "debtor", "客户：我现在怀孕了孕吐很厉害，上不了班。\n坐席：恭喜您，先注意身体。这三个月我们只发短信提醒、不打电话，产后再跟您商量还款计划。",
     [], []),
    ("app", "debtor", "陶先生，青丝那边的记录显示您共移植了3,200个毛囊单位，后脑供区还要养护半年，这笔钱您可别拖。",
     [], [S]),
    ("call", "debtor", "坐席：孙女士你那个眼睛的修复手术是第二次做了吧恢复得怎么样啊那钱的事你准备怎么弄\n客户：你怎么知道我做修复",
     [], [S]),
]

# --- personal data beyond what the message needs ------------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【禾康】孙雨桐，户籍地杭州市余杭区良渚街道安溪村3组27号，现住拱墅区莫干山路1022号7幢302室，请尽快还款。",
     [(P, "孙雨桐"), (A, "杭州市余杭区良渚街道安溪村3组27号"), (A, "拱墅区莫干山路1022号7幢302室")], [X]),
    ("app", "debtor", "周建国，你女儿周婷在合肥师范附小当老师，儿子周磊在蔚来上班，一家人都挺体面的，别为这点钱丢人。",
     [(P, "周建国"), (P, "周婷"), (P, "周磊")], [X]),
    ("app", "debtor", "吴磊，你女朋友章颖，电话17681806234，在红谷滩的银行上班，要不要我们跟她聊聊？",
     [(P, "吴磊"), (P, "章颖"), (MB, "17681806234")], [U, X]),
    ("sms", "debtor", "【恒信】方慧敏女士，您丈夫汪建军、女儿汪欣然的信息我司均已登记，请勿让家人为难。",
     [(P, "方慧敏"), (P, "汪建军"), (P, "汪欣然")], [X]),
    ("sms", "debtor", "陶志远先生，您岳父岳母住南昌县莲塘镇澄湖东路19号，您父母在上饶，地址我们都有。",
     [(P, "陶志远"), (A, "南昌县莲塘镇澄湖东路19号")], [X]),
    ("sms", "third_party", "悦澜前台你好，你们客户马婷婷住厦门市思明区湖滨南路612号，在厦门鹭岛传媒上班，她来复诊时请告诉我们。",
     [(P, "马婷婷"), (A, "厦门市思明区湖滨南路612号")], [D, X]),
    ("email", "third_party", "齿悦口腔张主任：贵院患者曹俊的妻子范玉珍（14757103368）已同意代还，烦请贵院在其陪诊时提醒她尽快转账。",
     [(P, "曹俊"), (P, "范玉珍"), (MB, "14757103368")], [D, U, X]),
    ("app", "debtor", "邓超群，你车间主任刘刚、还有跟你一个班组的小马，电话我们都有，要不要大家一起聊聊？",
     [(P, "邓超群"), (P, "刘刚")], [X]),
    ("sms", "debtor", "【禾康消费金融】您的纸质催收函已寄往您预留的地址：合肥市蜀山区潜山路320号新华学府11栋602，请注意查收。",
     [(A, "合肥市蜀山区潜山路320号新华学府11栋602")], []),
    ("app", "debtor", "严女士，您前夫程国栋和儿子程子轩现住杭州市滨江区江南大道588号，我们不想去打扰他们，您抓紧还款。",
     [(P, "程国栋"), (P, "程子轩"), (A, "杭州市滨江区江南大道588号")], [X]),
    ("call", "debtor", "坐席：黄凯，你弟弟黄磊在郑大读研，你爱人李静在金水区教育局上班，你家条件不差吧。\n客户：这跟我欠钱有什么关系？",
     [(P, "黄凯"), (P, "黄磊"), (P, "李静")], [X]),
    ("email", "unknown", "恒信项目组：孙雨桐家庭成员信息——父孙建平13857120463（余杭某五金厂），母徐凤15967138820，男友程一帆，请全部纳入联络范围。",
     [(P, "孙雨桐"), (P, "孙建平"), (MB, "13857120463"), (P, "徐凤"), (MB, "15967138820"), (P, "程一帆")], [U, X]),
    ("app", "debtor", "谢女士，您公公严德顺（13819427705）退休前是区税务局的，这事要是让他知道了多不好。",
     [(P, "严德顺"), (MB, "13819427705")], [U, X]),
    ("app", "unknown", "走访登记：债务人汪海涛，妻子刘佩（护士，市一医院），岳母赵桂英（62岁，住同小区8栋），女儿汪可心（实验幼儿园大班）。",
     [(P, "汪海涛"), (P, "刘佩"), (P, "赵桂英"), (P, "汪可心")], [S, X]),
    ("app", "debtor", "朱明亮，你在嘉兴市秀洲区康和路55号的宿舍，还有你上饶老家的地址，我们都有。",
     [(P, "朱明亮"), (A, "嘉兴市秀洲区康和路55号")], [X]),
    ("sms", "third_party", "您好，您姐姐宁静在杭州银行凤起支行上班，住西湖区文一西路77号，欠我们的钱一直不还，麻烦转告。",
     [(P, "宁静"), (A, "西湖区文一西路77号")], [D, X]),
    ("sms", "debtor", "【诚和】许丽娟女士，您在包河区人民医院护理部工作，单位地址合肥市包河区望湖城路36号，请勿拖欠。",
     [(P, "许丽娟"), (A, "合肥市包河区望湖城路36号")], [X]),
    ("app", "debtor", "叶琳，你老公叶志强在杭州地铁上班，你婆婆每天接送你儿子去文澜幼儿园，我们都了解。",
     [(P, "叶琳"), (P, "叶志强")], [S, X]),
    ("notice", "debtor", "催缴通知\n韩梅女士：您的室友杜晓琳、同事付悦均为您的紧急联系人，我司已掌握其工作单位。您的欠款12,470.55元请于7日内结清。",
     [(P, "韩梅"), (P, "杜晓琳"), (P, "付悦")], [X]),
    ("email", "unknown", "诚和二组：罗宇案补充联系人——表哥胡军13651847209，大学同学郑一鸣，前女友杜佳，全部电话见附件，逐一联系。",
     [(P, "罗宇"), (P, "胡军"), (MB, "13651847209"), (P, "郑一鸣"), (P, "杜佳")], [U, X]),
    ("app", "debtor", "蒋文博，你妈在东门菜场卖豆腐，你爸在工地看门，你让他们这么大年纪还操心？",
     [(P, "蒋文博")], [X]),
    ("sms", "debtor", "【惠通】吴磊先生，您在南昌恒瑞汽车销售公司的工位、您住的八一大道357号1单元502室我们都已核实，请于今日回电。",
     [(P, "吴磊"), (A, "八一大道357号1单元502室")], [X]),
]

# --- the debt told to third parties in few words or by implication, beside lawful call-back requests ------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "阿姨，雨桐那个事还没弄完呢，您催催她。",
     [(P, "雨桐")], [D]),
    ("app", "third_party", "你好，你是吴磊表哥吧，禾康那边一直在找他。",
     [(P, "吴磊")], [D]),
    ("sms", "third_party", "跟你老公说一声，种牙那笔钱该交了。",
     [], [D, S]),
    ("app", "third_party", "麻烦转告小陶，青丝那边的分期还差最后三期。",
     [], [D, S]),
    ("sms", "third_party", "您好，周建国的事您应该知道吧？他这样让我们很为难。",
     [(P, "周建国")], [D]),
    ("sms", "third_party", "您好，想请周建国方便时回个电话，谢谢，打扰了。",
     [(P, "周建国")], []),
    ("app", "third_party", "你姐的账还挂着呢，六千多。",
     [], [D]),
    ("sms", "third_party", "雨桐欠的钱呢？",
     [(P, "雨桐")], [D]),
    ("sms", "third_party", "请他回个电话，谢谢。",
     [], []),
    ("sms", "third_party", "叔叔，您儿子上回说月底还，现在都到下个月了。",
     [], [D]),
    ("call", "third_party", "坐席：是邓超群家吗？他电话打不通，我们是禾康分期的。\n第三方：他不在。",
     [(P, "邓超群")], [D]),
    ("app", "third_party", "马婷婷室友你好，让她回下消息，她知道是什么事，拖太久了。",
     [(P, "马婷婷")], [D]),
    ("sms", "third_party", "何先生，您太太那笔医美的尾款还没结，麻烦跟她说下。",
     [], [D, S]),
    ("call", "third_party", "坐席：您好，这里是客户服务中心，有份文件需要潘玉洁女士本人签收，麻烦她回个电话，谢谢。\n第三方：好的。",
     [(P, "潘玉洁")], []),
    ("app", "third_party", "钱姐好，你们楼上那个彭桂芝的事，禾康的人下午还会过来。",
     [(P, "彭桂芝")], [D]),
    ("app", "third_party", "黄凯同事你好，他父亲住院那笔分期还没处理，你见到他提一句。",
     [(P, "黄凯")], [D, S]),
    ("sms", "third_party", "罗太太，您先生的账我们不催您，就是麻烦您跟他说一声，再不处理就走下一步了。",
     [], [D]),
    ("call", "third_party", "坐席：喂是夏雪的同事吧那个嗯她那笔钱啊还没还你让她看下手机\n第三方：哦我跟她说",
     [(P, "夏雪")], [D]),
    ("app", "third_party", "高叔，晓燕给她奶奶交护理费的那个分期这个月又没还，您家里谁管这事？",
     [(P, "晓燕")], [D, S]),
    ("call", "third_party", "第三方：你们找我姐什么事？\n坐席：不好意思，这个需要她本人来电我们才能说明，麻烦您转告她回电就行。\n第三方：行吧。",
     [], []),
    ("sms", "third_party", "朱明亮舅舅您好，他那个钱的事您应该听说了吧，麻烦催一下。",
     [(P, "朱明亮")], [D]),
    ("app", "third_party", "张阿姨，你们家宁静的事我们就不多说了，您心里有数，让她跟我们联系。",
     [(P, "宁静")], [D]),
    ("sms", "third_party", "您好，请转告陆雅琴女士，禾康消费金融贷后部请她今日回电。",
     [(P, "陆雅琴")], [D]),
    ("call", "third_party", "坐席：曹师傅，你那个兄弟在我们这里有点账，帮我们问问他人在哪。\n第三方：哪个兄弟？",
     [], [D]),
]

# --- messages borrowers forward or paste whole, as received ----------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "以下是我收到的短信，请核实是不是你们发的：【恒信资产】孙雨桐，你在悦澜做的双眼皮全切+热玛吉分期欠款9416元，身份证330106200111130040，明天不还后果自负。",
     [(P, "孙雨桐"), (ID, "330106200111130040")], [S, U]),
    ("app", "debtor", "你们的人就这么说话的：“吴先生，你女朋友章颖在红谷滩上班，电话17681806234，要不要我们帮你问问她？”",
     [(P, "章颖"), (MB, "17681806234")], [U, X]),
    ("app", "debtor", "截图文字：【惠通信息】陶志远，你每周六上午在青丝做养护，我们的人会在门口等你。",
     [(P, "陶志远")], [S]),
    ("app", "debtor", "这是催收发到我微信的：许丽娟，你儿子许子涵初二（3）班，班主任姓周，我们都问过了。",
     [(P, "许丽娟"), (P, "许子涵")], [S, X]),
    ("email", "debtor", "投诉材料（原文粘贴）：尊敬的林晓雯，您的丈夫陈浩、婆婆朱桂芳均已被告知您的逾期情况，请尽快还款。",
     [(P, "林晓雯"), (P, "陈浩"), (P, "朱桂芳")], [X]),
    ("app", "debtor", "收到这条：【诚和】曹俊，身份证320104196205218875，卡号6222926726972495，今日18点前还款。",
     [(P, "曹俊"), (ID, "320104196205218875"), (BC, "6222926726972495")], [U]),
    ("app", "debtor", "转发：蒋文博您好，您的伤残鉴定为八级，每月领取伤残津贴1,450元，请于本月内还款。",
     [(P, "蒋文博")], [S]),
    ("email", "debtor", "附：我收到的催收短信全文——“宋佳，你残疾证号、低保卡和你妈的手机13305716628我们都有。”",
     [(P, "宋佳"), (MB, "13305716628")], [S, U, X]),
]

# --- more calls: relatives, neighbours, nurses, dialect and speech-to-text ---------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂，是严志军吧？\n第三方：我是他老婆，他在跑车。\n"
     "坐席：哦那你跟他讲一哈，他在我们这借钱搞种植牙，欠了两千二没还，喊他莫拖了撒。\n第三方：晓得了。",
     [(P, "严志军")], [D, S]),
    ("call", "third_party", "坐席：你好，是陆雅琴的儿子吧？你妈在我们这贷款给你外公交康复医院的钱，逾期两个月了，一万一。\n第三方：我妈没跟我说过。",
     [(P, "陆雅琴")], [D, S]),
    ("call", "debtor", "坐席：彭桂芝，你儿子王浩在杭电读大三，小女儿在读高一，你老公王建华在菜市场卖菜，我们都清楚的。\n客户：你们调查我家？",
     [(P, "彭桂芝"), (P, "王浩"), (P, "王建华")], [S, X]),
    ("call", "debtor", "坐席：施女士你这个不接电话我们只能打你姐姐了一三三八二一零六四五七你姐施美玲的号码没错吧\n客户：别打她",
     [(MB, "一三三八二一零六四五七"), (P, "施美玲")], [U, X]),
    ("call", "third_party", "坐席：您好，请问是孔令伟的朋友吗？\n第三方：是，但我跟他不熟，以后别打这个电话了。\n坐席：好的，已为您登记，不会再打扰，抱歉。",
     [(P, "孔令伟")], []),
    ("call", "third_party", "坐席：喂你好我想问一下你们隔壁那个钱秀芳啊她是不是不住这了我们找她有点借款的事\n第三方：不清楚",
     [(P, "钱秀芳")], [D]),
    ("call", "third_party", "坐席：护士你好，5床那个蒋文博是我们客户，他分期欠款还没还，麻烦你跟他说一声我们在楼下等他。\n第三方：病人的事我们不管。",
     [(P, "蒋文博")], [D]),
    ("call", "debtor", "坐席：叶琳你好，我核对下你的信息啊，身份证410105199206137526，还款卡6258629402508818，对吧？\n客户：对的。",
     [(P, "叶琳"), (ID, "410105199206137526"), (BC, "6258629402508818")], [U]),
    ("call", "third_party", "坐席：阿姨，您女儿何佳怡怀孕五个月了您知道吧？她在我们这借的钱也该还了。\n第三方：她怀孕了？",
     [(P, "何佳怡")], [D, S]),
    ("call", "third_party", "坐席：王奶奶您好，您儿子刘志刚给您交养老院的钱是在我们禾康借的，他现在不还了，您劝劝他。\n第三方：啊？我不知道啊。",
     [(P, "刘志刚")], [D]),
    ("call", "debtor", "坐席：哎章静怡你那个轮椅是新换的吧残联发的那个你每个月还有补贴的你还差我们三千多\n客户：那是我的救命钱",
     [(P, "章静怡")], [S]),
    ("call", "debtor", "坐席：汪海涛，你老婆刘佩在市一医院当护士，三班倒，今天是夜班吧？要不我们去医院找她聊聊？\n客户：你敢！",
     [(P, "汪海涛"), (P, "刘佩")], [S, X]),
    ("call", "third_party", "联系人：喂，哪位？\n坐席：您好，我是合肥诚和的，您是高晓燕的紧急联系人，她在禾康分期的账单逾期了，金额2,980元，请您提醒她。\n联系人：我只是她同学。",
     [(P, "高晓燕")], [D]),
    ("call", "third_party", "坐席：你好是孔令伟的老婆吧他身份证三六二三三零一九七零零一零七四六九四是吧他欠的钱你们家打算怎么还\n第三方：你跟他说去",
     [(P, "孔令伟"), (ID, "三六二三三零一九七零零一零七四六九四")], [D, U]),
]

# --- more texts: group chats, agencies' files, letters, landlords -------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("app", "third_party", "[群聊] 安溪村3组乡亲群：孙建平家女儿孙雨桐欠禾康分期近万元，大家见到她让她跟我们联系。",
     [(P, "孙建平"), (P, "孙雨桐")], [D]),
    ("email", "unknown", "惠通项目组：陶志远全家信息——妻陈露（13917640582），岳父陈国庆，女儿陶可馨（八一小学三年级），车牌赣A·3Q8W6，请按此安排外访。",
     [(P, "陶志远"), (P, "陈露"), (MB, "13917640582"), (P, "陈国庆"), (P, "陶可馨"), (PL, "赣A·3Q8W6")], [S, U, X]),
    ("sms", "debtor", "【恒信资产】您预约的上门协商已确认，我司外访人员将驾驶浙A·7K2M9前往，届时请核对车牌和工作证。客服0574-8791 2206。",
     [(PL, "浙A·7K2M9"), (LL, "0574-8791 2206")], []),
    ("app", "debtor", "严女士，您每天早上七点四十送儿子到滨江实验小学东门，下午四点半再去接，我们同事路过好几次了。",
     [], [S]),
    ("sms", "third_party", "【禾康消费金融】您好，您的朋友谢丹在我司的医疗分期已逾期，她留的联系人是您，请转告她尽快还款。",
     [(P, "谢丹")], [D]),
    ("email", "unknown", "养老院住户核对：王桂兰，身份证330782640628584，床位2-15，失能等级三级，费用由其子刘志刚分期支付。",
     [(P, "王桂兰"), (ID, "330782640628584"), (P, "刘志刚")], [S, U]),
    ("app", "third_party", "您好，我们是禾康分期的，您的房客陶志远在青丝植发的分期欠着没还，他要是搬走麻烦跟我们说一声。",
     [(P, "陶志远")], [D, S]),
    ("notice", "debtor", "逾期告知书\n方慧敏女士：您的分期已逾期58天，尚欠14,862.30元。经查您近三月每周二、周四在心宁心理门诊就诊，我司理解您的处境，但仍请于15日内还款。",
     [(P, "方慧敏")], [S]),
    ("sms", "third_party", "【惠通信息】罗建新先生，您儿子罗宇欠款7,400元已逾期，身份证330102198801246555，请督促其还款。",
     [(P, "罗建新"), (P, "罗宇"), (ID, "330102198801246555")], [D, U]),
    ("app", "debtor", "黄先生，您上次说父亲还要住院康复两个月，我们已按您的申请把剩余期数延长到36期，月供降到1,120元，新计划已生效。",
     [], []),
    ("sms", "debtor", "【禾康】朱明亮，您妻子的回乡证H10487263我司已留存，她每月从香港过来的日子我们也清楚，请尽快还款。",
     [(P, "朱明亮"), (PP, "H10487263")], [S, U, X]),
    ("app", "third_party", "[群聊] 悦衡贸易同事群：方慧敏在我们平台的分期逾期两个月了，身份证610113197707072087，大家提醒她一下。",
     [(P, "方慧敏"), (ID, "610113197707072087")], [D, U]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AS-APP-NOTICES": APP_NOTICES,
    "AS-LENDER-SMS": LENDER_SMS,
    "AS-AGENCY-SMS": AGENCY_SMS,
    "AS-AGENT-CALLS": AGENT_CALLS,
    "AS-ASR-CALLS": ASR_CALLS,
    "AS-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AS-WECHAT-DEBTORS": WECHAT_DEBTORS,
    "AS-WECHAT-RELATIVES": WECHAT_RELATIVES,
    "AS-CLINIC-MESSAGES": CLINIC_MESSAGES,
    "AS-EMPLOYERS": EMPLOYERS,
    "AS-VISIT-REPORTS": VISIT_REPORTS,
    "AS-QA-AND-TICKETS": QA_AND_TICKETS,
    "AS-LAW-FIRM": LAW_FIRM,
    "AS-COURT-FILINGS": COURT_FILINGS,
    "AS-LETTERS": LETTERS,
    "AS-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AS-DECOYS": DECOYS,
    "AS-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AS-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AS-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AS-FORWARDED": FORWARDED,
    "AS-MORE-CALLS": MORE_CALLS,
    "AS-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
