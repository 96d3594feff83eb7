"""Writes `pipl_heldout_ao.jsonl`, the forty-first independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (real area codes and birth dates with the right check
character, some ending in X, old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits on
bank prefixes, mobiles on real prefixes); they were typed into the texts and spelled out digit by digit by hand,
and the passports (E, EA, EB, an old G), the permit to Hong Kong and Macau (C) and the home-return permits (H, M)
were typed to the pattern. The decoys were drawn to fail the same checks, and a throw-away script checked every
digit run of the texts that is no entity against `set_format.check_identifier` for every identifier type.

Rent instalment loans (租金贷) carry it: two lenders (禾屿分期 of a consumer-finance company, 栖云月付 of an online
micro-lender) finance the rent of tenants of three long-term rental apartment operators (乐寓长租 in Hangzhou, 朴邻公寓
in Wuhan, 象窝青年社区 in Shenzhen), and hire three agencies (an information-consulting firm in Hangzhou, an asset
management company in Wuhan, a business-consulting firm in Shenzhen) and a law firm. Voices: the lenders' app
notices and in-app support chats, the operators' notices, stage SMS, agencies' SMS and WeChat messages, agents'
calls as transcripts and as speech-to-text output (Henan speech, Sichuan speech and Cantonese among them), voice
robots with keypad turns, calls and messages to emergency contacts, parents, siblings, a wife, girlfriends,
roommates, classmates, colleagues, an HR department, a shop, landlords, a property office and a car park's guard;
the operators' housekeepers and their staff groups, WeChat groups of a building's tenants, notices on doors, in a
lift lobby and on a parcel locker, letters slipped under doors, visit reports, appointment sheets and skip-tracing
notes, quality-check sheets, complaint tickets and replies to regulators, e-mails between lenders, operators,
agencies and the law firm, and papers filed with courts (a civil complaint, applications for property
preservation, a payment order and enforcement, an evidence list). An app notice, a robot call, a letter and an
SMS come in traditional characters.

304 messages, 99 of them (33%) compliant; from 6 characters to a civil complaint of 165. Identifiers stand in 113:
18-digit IDs (typed, one ending in X read aloud as 叉, one in full-width digits ending in Ｘ, one in full-width
digits, grouped 6-8-4 by hyphens, spaced in fours on a line of their own, read aloud with 零 to 九) and old
15-digit ones (typed, and read aloud with 幺); bank cards of 16 and 19 digits (grouped by fours with spaces and by
dots, glued to the words around them, read aloud in groups, in one run, by a robot and in Cantonese); mobiles
(behind +86 and 0086, spaced 3-4-4, dashed 3-4-4, in full-width digits, read aloud with 幺 and in 一 to 九);
passports (E typed and read aloud, EA, EB spaced letter by letter, an old G read aloud), a permit to Hong Kong and
Macau and two home-return permits; landlines of the lenders, agencies, law firm and an employer (one with its area
code in full-width brackets, extensions outside the span, one read aloud); the e-mail addresses of the lenders,
operators, agencies and law firm. Beside them stand decoys of the same shapes: 18-digit contract, order and
application numbers failing the check character (one ending in X), 15-digit IMEI and recording numbers with no
real month, 11-digit device and ticket numbers on no mobile prefix (one read aloud), 16- and 19-digit serial,
refund and transaction numbers failing Luhn (one a card number with its last digit changed, standing next to that
card), a door code, masked forms (3205**********1536, 3301****1844, 尾号0826) and last digits; six decoys stand in
messages that also hold a real identifier and are labelled for that one. Licence plates (a debtor's car, a car a
debtor says is his brother's, a tenant's car in a parking e-mail) are entities with no category; so are the agents'
work mobiles and the lenders', agencies', law firm's and employer's landlines.

Court papers: a full identifier in papers filed with a court (complaint, applications, evidence list) is lawful
there and those papers are compliant; the same identifier in an SMS or a lawyer's letter to the debtor, in a copy
of the complaint sent to an employer, or in a lawyer's SMS to a cohabitant is `pii.unmasked_identifier`.

`pii.unmasked_identifier` labels 90 messages. Third-party disclosure labels 63, many in a few words or by
implication ("Heyu is looking for him, he knows what it is about", "your brother's instalment is overdue again",
"the matter at Leyu is not settled", "Zimo's monthly payment is not cleared", "your roommate owes money"), to
parents, an uncle, a sister, a sister-in-law, a wife, a girlfriend, a cousin, roommates, classmates, colleagues, a
shop, an HR department, landlords (one in Cantonese), a property office, a car park's guard, building groups and
notices on doors; beside them bare call-back requests that name no lender, a wrong number, a sister an agent
refuses to tell what the matter is, an HR department asked only whether someone still works there, a landlord and
a property office asked whether a room is still lived in, and an emergency contact offered to stop such calls.
`pii.excessive` labels 47: full names with a room address or an employer, and the names and numbers of parents,
siblings, a wife, a father-in-law, girlfriends, an ex-boyfriend, roommates, colleagues, a cousin and a daughter's
boyfriend. `pii.sensitive` labels 64, mostly without the textbook words: smart-lock, gate and face-recognition
logs, nights not spent at home, an app's location history, a weekly train, shift and class times, a boxing class,
a church, a temple and a mosque, a child's kindergarten and school with pick-up times, a brother's dormitory,
dialysis, chemotherapy, an HIV treatment, pancreatitis, depression and its medicine, diabetes, a stroke, antenatal
visits, a pregnancy, childbirth, breastfeeding, an abortion, maternity pay, a disability allowance, subsistence
allowance and a pension, a drug rehabilitation record, wage inflows, wallet and housing-fund balances, other loans
and a credit report, border crossings and visas. Beside them stand debtors speaking of their own illness,
pregnancy, job loss or a father in intensive care and agents answering with a deferral or a pause, a hardship
approval, a face-payment notice, a reply to a complaint about religion that does not name it, and rules that forbid
giving lock, gate or camera records to agencies.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, courts and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in staff groups, visit reports, quality-check sheets,
  tickets, letters and e-mails too. Not: papers filed with a court, masked forms, last digits alone, a lender's,
  agency's, law firm's or employer's landline, an agent's work mobile, a customer saying their own number, a
  licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the lender as the one looking for him is enough, as is "that matter" or "the
  account at Leyu") or the debtor's personal data; a notice on a door, in a lobby or on a parcel locker and a
  tenants' group reach third parties. A bare call-back request that names no lender is compliant, and so is asking
  a landlord, an employer or a property office whether the debtor is still there, without revealing anything.
  Messages passed between the lenders, the operators and their housekeepers, the agencies, the law firm and
  regulators go to an unknown recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, a minor's school, class or routine, whereabouts at a given time and daily routine (lock, gate and
  location logs among them), biometrics used to track, financial account details beyond need (wage inflows,
  balances, pensions and allowances, other loans, a credit report), border crossings, specific identities
  (disability, subsistence allowance, a drug rehabilitation record). A general hardship offer, the debtor's own
  words (also as a quality-check sheet quotes them), a reply that names the kind of data without repeating it, or
  a rule forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members', partners',
  roommates' or colleagues' names or numbers, that the message does not need. Not: a full name alone, the agent's
  own name, the address a letter is sent to, a visit is agreed at or a court paper states, a relative the message
  is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. A message a debtor
forwards or pastes whole carries the labels of what it contains. Entities mark every string of their type
whoever it belongs to (an agent, a lender's landline, an agency's e-mail); masked forms and 400 service numbers are
not entities, a landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname with
an honorific or a prefix (周先生, 小吕, 阿杰, 张阿姨, 陈生) is not a PERSON, a given name alone (浩然, 子墨) is;
ADDRESS reaches down to a road and number, a building and room, and is marked where a road or a named apartment
anchors it (a bare room number such as 1403 or 3幢0602 is none).

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ao`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ao.jsonl"
ID_PREFIX = "PAO"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the lenders' and the apartment operators' app notices and in-app chats to tenants --------------------------

APP_NOTICES: list[PiplEntry] = [
    ("app", "debtor", "【禾屿分期】您的乐寓长租租金分期第7期账单2,150.00元将于6月15日到期，请确保尾号3318的还款卡余额充足。",
     [], []),
    ("app", "debtor", "尊敬的租客周嘉豪，身份证320583199805261536，您通过乐寓长租办理的租金分期已逾期12天，应还2,480.36元，逾期将影响您的个人信用。",
     [(P, "周嘉豪"), (ID, "320583199805261536")], [U]),
    ("app", "debtor", "扣款失败提醒：您绑定的工商银行卡6212 2614 0814 9309本期租金扣款未成功，请于今日18:00前存入足额资金，系统将再次发起扣款。",
     [(BC, "6212 2614 0814 9309")], [U]),
    ("app", "debtor", "【朴邻公寓】系统显示您近一周每天凌晨1点以后才刷开6栋单元门，周末两天没有出门记录。您的租金分期已逾期，请尽快处理，以免影响续住。",
     [], [S]),
    ("app", "debtor", "您好，您在栖云月付的租金分期本期应还1,860元。如遇困难，可在APP“我的-还款计划”中申请延期或调整分期，客服400-806-3321。",
     [], []),
    ("app", "debtor", "温馨提示：您与室友何梓萱（15803763508）、邓一鸣合租的深圳市南山区前湾三路66号象窝青年社区B座1706室，本月租金分期尚未还款，请尽快处理。",
     [(P, "何梓萱"), (MB, "15803763508"), (P, "邓一鸣"), (A, "深圳市南山区前湾三路66号象窝青年社区B座1706室")], [U, X]),
    ("app", "debtor", "【禾屿分期】检测到您的工资卡本月10日入账8,430元，15日又转入公积金提取款12,000元，但租金分期至今未还，请立即还款。",
     [], [S]),
    ("app", "debtor", "【棲雲月付】您的租金分期已逾期5天，應還金額1,942.10元。請登錄APP查看賬單，如對賬單有異議，可於7日內在線提交申訴。",
     [], []),
    ("app", "debtor", "您的账单已逾期。您预留的紧急联系人为母亲邹桂兰，电话13567694770，如您仍不处理，我们将依约联系紧急联系人核实您的联系方式。",
     [(P, "邹桂兰"), (MB, "13567694770")], [U, X]),
    ("app", "debtor", "{tenant_name}您好，您在{apartment_name}{room_no}的租金分期第{period}期已逾期{days}天，待还{amount}元，请及时还款。",
     [], []),
    ("app", "debtor", "催收进度：您的案件已转交杭州恒融信息咨询有限公司，对接人孙经理，电话0571-88045213转805，工作时间9:00-20:00。",
     [(LL, "0571-88045213")], []),
    ("app", "debtor", "系统提示：经核实，您上月另在4家平台申请了借款，其中“速米花”“易借钱包”两笔已逾期，请优先归还租金分期。",
     [], [S]),
    ("app", "debtor", "尊敬的用户，您上传的身份证件（3301****1844）即将过期，请在APP内重新上传，以免影响租金分期服务。",
     [], []),
    ("app", "debtor", "钱思远先生，系统显示您申请时填写的工作单位为杭州云栖网络科技有限公司研发中心，您的租金分期已逾期21天，请在3日内结清。",
     [(P, "钱思远")], [X]),
    ("app", "debtor", "客户：我下个月搬走，押金能抵最后两期吗\n客服：您好，押金抵扣需在乐寓长租办完退租结算后申请，结清证明会在3个工作日内发到APP消息中心。",
     [], []),
    ("app", "debtor", "用户：我身份证号是510107199801083071，帮我查下还有几期\n客服：已为您查询，尚余5期未还，每期2,060元。为保护您的信息安全，请勿在对话中发送完整证件号码。",
     [(ID, "510107199801083071")], []),
    ("app", "debtor", "用户：查一下我的账单\n客服：您好，先核对信息：姓名蔡佳怡，证件号码362330200107078372，预留手机17892965276，对吗？您名下租金分期已逾期8天。",
     [(P, "蔡佳怡"), (ID, "362330200107078372"), (MB, "17892965276")], [U]),
    ("app", "debtor", "【禾屿分期】您提交的延期还款申请已通过，本期账单顺延30天，期间不收取罚息。祝您早日康复。",
     [], []),
]

# --- the lenders' SMS ----------------------------------------------------------------------------------------

LENDER_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【栖云月付】您的租金分期已逾期3天，应还1,288.50元，请登录APP还款。退订回T",
     [], []),
    ("sms", "debtor", "【禾屿分期】尊敬的客户，您尾号1536的身份证名下租金分期本期未还，逾期将按合同约定收取违约金，详询400-861-7720。",
     [], []),
    ("sms", "debtor", "【禾屿分期】林浩然您好，您在杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室的租金分期已逾期16天，请立即还款。您的紧急联系人林建国（13081323887）已收到提醒。",
     [(P, "林浩然"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室"), (P, "林建国"), (MB, "13081323887")], [U, X]),
    ("sms", "debtor", "【栖云月付】您的还款账户6217 9938 0168 8278余额不足，本期租金分期扣款失败，请尽快充值。",
     [(BC, "6217 9938 0168 8278")], [U]),
    ("sms", "debtor", "【禾屿分期】您本月租金分期2,300元已逾期。若至6月20日仍未还款，我司将依据合同向杭州市望江区人民法院提起诉讼，诉讼费用按判决承担。如有困难请致电0571-86921473协商。",
     [(LL, "0571-86921473")], []),
    ("sms", "debtor", "【禾屿分期】尊敬的客户，您的租金分期已逾期。我们注意到您近期每周五乘G7327次列车往返杭州与温州，请合理安排资金，优先还款。",
     [], [S]),
    ("sms", "debtor", "【栖云月付】您好，得知您正在住院治疗，已为您的租金分期暂停催收30天，出院后请联系客服协商还款方案。祝早日康复。",
     [], []),
    ("sms", "debtor", "【禾屿分期】您好，您的租金分期逾期已超过30天。根据《征信业管理条例》，逾期信息将按规定报送金融信用信息基础数据库，还款后可申请更新。",
     [], []),
    ("sms", "debtor", "【禾屿分期】陈雨桐女士，身份证号码341221199906012378，银行卡6228 4842 6367 8970，您的租金分期逾期45天，欠款6,880元，今日务必结清。",
     [(P, "陈雨桐"), (ID, "341221199906012378"), (BC, "6228 4842 6367 8970")], [U]),
    ("sms", "debtor", "【栖云月付】您好，您预留的单位电话0571-87765120经核实无人接听，请在APP内更新工作单位及联系方式。",
     [(LL, "0571-87765120")], []),
    ("sms", "debtor", "【禾屿分期】您于6月3日22:17在杭州东站附近登录APP后未再还款，相关记录已留存，请尽快处理。",
     [], [S]),
    ("sms", "debtor", "【禾屿分期】您的租金分期已逾期7天。提醒：本公司及合作机构不会以任何理由要求您转账至个人账户，请认准APP内还款通道，谨防诈骗。",
     [], []),
    ("sms", "debtor", "【禾嶼分期】尊敬的客戶，您的租金分期已逾期19天，應還3,120元，請於3日內還款，詳情請撥打400-861-7720。",
     [], []),
    ("sms", "debtor", "【栖云月付】唐子墨，你在深圳前湾三路66号象窝青年社区B座1706室的租约还剩4个月，登记同住人许安琪也在合同上，押金3,600元将申请冻结，请立即还款。",
     [(P, "唐子墨"), (A, "深圳前湾三路66号象窝青年社区B座1706室"), (P, "许安琪")], [X]),
    ("sms", "debtor", "【禾屿分期】您的征信报告显示另有房贷一笔、信用卡欠款4.3万元，租金分期继续逾期将进一步影响您的信用，请尽快还款。",
     [], [S]),
    ("sms", "debtor", "【栖云月付】今日到期，记得还款哦 qy.cn/r8Tk",
     [], []),
    ("sms", "debtor", "【禾屿分期】邓一鸣您好，请于今天内致电0571-86921473，或回复本短信告知您方便接听的时间。",
     [(P, "邓一鸣"), (LL, "0571-86921473")], []),
    ("sms", "debtor", "【禾屿分期】您的月供扣款卡已变更为6222 0276 8082 6200 828，如非本人操作请立即致电客服。",
     [(BC, "6222 0276 8082 6200 828")], [U]),
]

# --- the collection agencies' SMS and WeChat messages to tenants ----------------------------------------------------

AGENCY_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒融咨询】受禾屿分期委托，提醒您租金分期欠款4,260元已逾期38天，请于3日内致电0571-88045213处理。",
     [(LL, "0571-88045213")], []),
    ("sms", "debtor", "周先生，我是恒融的小吴，你身份证320583199805261536名下的欠款还没处理，今晚八点前回电18002826590",
     [(ID, "320583199805261536"), (MB, "18002826590")], [U]),
    ("sms", "debtor", "【楚信资产】您好，受栖云月付委托，您的租金分期已进入委外催收阶段，请于6月25日前与我司协商还款方案，电话027-87651409，工作日9:00-18:00。",
     [(LL, "027-87651409")], []),
    ("app", "debtor", "卢佳琪，你室友说你已经搬到你男朋友彭子航在光谷那边的房子住了，具体哪栋我们也问到了，还是把钱还了吧。",
     [(P, "卢佳琪"), (P, "彭子航")], [S, X]),
    ("sms", "debtor", "【前湾商务】您好，您在栖云月付的租金分期欠款1.36万元，我司已受托处理。您的身份证号码440305199012098916、手机号码18028446368均已核实，请主动联系。",
     [(ID, "440305199012098916"), (MB, "18028446368")], [U]),
    ("sms", "debtor", "你工资卡每个月5号有七千左右进账，下个月5号到账后第一时间还，不要再拖了。楚信资产 027-87651409",
     [(LL, "027-87651409")], [S]),
    ("app", "debtor", "刘女士您好，听说您家孩子在珞南小学读三年级，每天下午四点半放学。做父母的总要给孩子做个榜样，欠款还是尽快处理吧。",
     [], [S]),
    ("sms", "debtor", "【恒融咨询】温馨提示：如您因失业、疾病等原因暂时无力还款，可申请停息挂账或延期，请回复“协商”或致电0571-88045213。",
     [(LL, "0571-88045213")], []),
    ("sms", "debtor", "你好 我是楚信的 你那个朴邻公寓的租金分期 还差三期没还 你看啥时候能弄一下 回个电话 17354109826",
     [(MB, "17354109826")], []),
    ("app", "debtor", "顾晨阳，你的护照E83619274去年签过泰国、越南，出境记录我们都查得到，别想着跑，先把租金分期还了。",
     [(P, "顾晨阳"), (PP, "E83619274")], [S, U]),
    ("sms", "debtor", "【楚信资产】您名下租金分期欠款未还，我司外访人员拟于6月18日上午前往您登记的地址武汉市洪山区珞雄西路27号朴邻公寓A栋1403室与您当面沟通，如不方便请提前来电改约。",
     [(A, "武汉市洪山区珞雄西路27号朴邻公寓A栋1403室")], []),
    ("sms", "debtor", "【前湾商务】叶女士，您上周三在南山妇幼保健院做了产检，已经怀孕五个月了吧，建议您跟家里商量尽快还款，别让这笔账拖到孩子出生。",
     [], [S]),
    ("app", "debtor", "你在城西银泰做导购，每周二周四晚班到十点，我们都清楚，别再躲着了。",
     [], [S]),
    ("sms", "debtor", "【楚信资产】您好，您的欠款事宜可联系专员胡晓东（工号CX0417），电话027-87651409转621。",
     [(P, "胡晓东"), (LL, "027-87651409")], []),
    ("app", "debtor", "温雅婷你好，这边是恒融。你弟弟温子豪在杭师大读大一，宿舍在仓前校区12号楼，你总不想我们去学校找他吧？",
     [(P, "温雅婷"), (P, "温子豪")], [S, X]),
    ("sms", "debtor", "恒融提醒：欠款已逾期，回复1申请分期，回复2申请延期，回复TD退订。",
     [], []),
]

# --- agents' calls as transcripts -----------------------------------------------------------------------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是禾屿分期，请问是邓一鸣先生吗？\n客户：是我。\n坐席：邓先生您好，您在乐寓长租的租金分期本期2,150元已经逾期5天了，今天方便处理吗？\n客户：这两天发工资就还。\n坐席：好的，我给您备注19号，到时请在APP里还款。",
     [(P, "邓一鸣")], []),
    ("call", "debtor", "坐席：喂，请问是许梦瑶吗？我这边是楚信资产，受栖云月付委托。\n客户：嗯，什么事？\n坐席：先核对一下您身份证号码，350203199907272524，对不对？\n客户：对的。\n坐席：您的租金分期逾期二十三天了，今天要处理一下。",
     [(P, "许梦瑶"), (ID, "350203199907272524")], [U]),
    ("call", "debtor", "坐席：您好，禾屿分期客服，请问是林浩然先生吗？\n客户：是，我想换个扣款卡，新卡是6217 0040 7814 6196。\n坐席：好的，换卡需要您本人在APP里操作绑定，电话里没法替您改，以后也尽量别在电话里报完整卡号。",
     [(P, "林浩然"), (BC, "6217 0040 7814 6196")], []),
    ("call", "debtor", "坐席：你不接电话，我们只能联系你室友了。你室友罗文静，139 8490 7985，还有一个叫思琪的，合同里都登记了同住人。\n客户：你们找她们干嘛？\n坐席：你今天把钱还了就不用找。",
     [(P, "罗文静"), (MB, "139 8490 7985"), (P, "思琪")], [U, X]),
    ("call", "debtor", "催收员：你好，我是恒融咨询的，受禾屿分期委托联系您，请问是钱思远本人吗？\n借款人：是，我上个月被裁员了，房子也退了。\n催收员：理解，您这种情况可以申请延期三个月，我先帮您登记，后面会有短信告诉您怎么上传离职证明。\n借款人：好，谢谢。",
     [(P, "钱思远")], []),
    ("call", "debtor", "坐席：我们这边了解到你在浙一医院做透析，每周二四六都去，是吧？那你看病的钱有，房租分期就没钱还？\n客户：你们怎么知道的？\n坐席：这个你就别管了。",
     [], [S]),
    ("call", "debtor", "坐席：您好，象窝青年社区租金分期回访，请您确认一下身份证后四位。\n客户：4850。\n坐席：好的，核对无误，您本期已经还清了，感谢配合。",
     [], []),
    ("call", "debtor", "坐席：林先生，你爸林建国、你妈邹桂兰的电话我们都有，你弟弟林浩宇在哪上班我们也知道。\n客户：跟他们有什么关系？\n坐席：没关系，你自己看着办。",
     [(P, "林建国"), (P, "邹桂兰"), (P, "林浩宇")], [X]),
    ("call", "debtor", "客服：您好，栖云月付，请问是叶诗涵女士吗？\n客户：是。我现在怀孕七个月，没上班了，实在还不上。\n客服：明白，您注意身体。我们可以为您申请延期六个月，期间暂停罚息，您看可以吗？\n客户：可以。",
     [(P, "叶诗涵")], []),
    ("call", "debtor", "坐席：你在借呗、微粒贷还有一个叫信用飞的都有欠款，加起来三万多，是不是？先把我们这个租金分期还了。\n客户：我会还的。",
     [], [S]),
    ("call", "third_party", "坐席：您好，请问是唐子墨先生吗？\n第三方：打错了，我不认识这个人。\n坐席：不好意思，打扰了，再见。",
     [(P, "唐子墨")], []),
    ("call", "debtor", "坐席：你的还款卡，建设银行6236 6805 6562 7850，里面一分钱都没有，你是故意转走的吧？\n客户：卡里本来就没钱。\n坐席：那你工资卡是哪张？",
     [(BC, "6236 6805 6562 7850")], [U]),
    ("call", "debtor", "坐席：卢女士您好，这边是楚信资产，受栖云月付委托。您在朴邻公寓的租金分期逾期了，公寓方说您已申请退租，搬到光谷大道那边的青年驿站了，每天早上七点半坐地铁去上班，对吧？剩余分期您看怎么安排？\n客户：你们怎么知道我住哪？",
     [], [S]),
    ("call", "debtor", "坐席：你在云栖网络研发中心上班，你们组长叫汪志鹏对吧，他电话18087712290我这里有。\n客户：你想干嘛？\n坐席：不想干嘛，就是提醒你还钱。",
     [(P, "汪志鹏"), (MB, "18087712290")], [U, X]),
    ("call", "debtor", "坐席：我知道你每个礼拜天上午都去望江礼拜堂做礼拜，信主的人更应该讲诚信吧？这钱要拖到什么时候？\n客户：这跟我信什么没关系。",
     [], [S]),
    ("call", "debtor", "坐席：您好，禾屿分期，请问是顾晨阳先生吗？\n客户：是我，我人在国外，护照号EA3728150，你们可以查，我回国就还。\n坐席：好的顾先生，您回国后联系我们即可，护照号码不需要提供给我们。",
     [(P, "顾晨阳"), (PP, "EA3728150")], []),
    ("call", "debtor", "坐席：你办了残疾证的，每个月还领三百多的残疾人补贴，这钱也可以先拿来还分期嘛。\n客户：那是我生活费。",
     [], [S]),
    ("call", "debtor", "坐席：你女朋友许安琪在南山那家牙科诊所上班，电话15600092698，要不要我们跟她聊聊你这个分期？\n客户：别找她。",
     [(P, "许安琪"), (MB, "15600092698")], [U, X]),
]

# --- agents' calls as speech-to-text output: no punctuation, fillers, digits read aloud ------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好这边是楚信资产的啊受栖云月付委托找一下卢佳琪\n客户：嗯我是\n坐席：你那个身份证号我跟你对一下啊四二零一一一二零零零零六一四一零零七对吧\n客户：对",
     [(P, "卢佳琪"), (ID, "四二零一一一二零零零零六一四一零零七")], [U]),
    ("call", "debtor", "坐席：那个你妈妈电话是幺三五 六七六九 四七七零吧我们一直打不通\n客户：你们打我妈电话干什么\n坐席：你不接我们只能找紧急联系人嘛",
     [(MB, "幺三五 六七六九 四七七零")], [U, X]),
    ("call", "debtor", "坐席：呃你绑的那张卡六二二八 四八零五 七七五零 八一八四扣不到钱啊你是不是换卡了\n客户：换了\n坐席：那你要去APP里面重新绑一下",
     [(BC, "六二二八 四八零五 七七五零 八一八四")], [U]),
    ("call", "debtor", "坐席：喂您好是蒋文博吗这边是禾屿分期的\n客户：嗯是我我我爸住院了在ICU这个月真的拿不出钱\n坐席：啊那您先照顾家里这边可以给您申请延期一个月的您看行不行\n客户：行谢谢",
     [(P, "蒋文博")], []),
    ("call", "debtor", "坐席：你昨天晚上是不是十一点多才回的公寓门禁那边显示你刷脸进的嘛那你有时间出去玩没时间还钱啊\n客户：你们怎么看得到门禁",
     [], [S]),
    ("call", "debtor", "坐席：你登记的紧急联系人是你爸吧他那个老身份证号五幺零幺零七六九零六二八九八零现在还在用吗\n客户：我不知道",
     [(ID, "五幺零幺零七六九零六二八九八零")], [U, X]),
    ("call", "debtor", "坐席：你室友那个电话幺五幺 三七八八 九九七三是吧你让她转告你一下也行\n客户：别打她电话",
     [(MB, "幺五幺 三七八八 九九七三")], [U, X]),
    ("call", "debtor", "坐席：嗯那个我们这边看到你公积金账户里还有两万三是吧可以提出来还嘛\n客户：公积金要买房用的",
     [], [S]),
    ("call", "debtor", "坐席：温雅婷是吧身份证三六二三三零二零零三零五零九五九四叉你这个租金贷已经逾期两个月了\n客户：我知道",
     [(P, "温雅婷"), (ID, "三六二三三零二零零三零五零九五九四叉")], [U]),
    ("call", "third_party", "坐席：喂你好你是幺九九 幺六七幺 四零四七的机主吗\n第三方：是啊怎么了\n坐席：你认识邓一鸣吧你们是室友他租金贷欠了我们禾屿两千多你让他赶紧还",
     [(MB, "幺九九 幺六七幺 四零四七"), (P, "邓一鸣")], [D, U]),
    ("call", "debtor", "坐席：呃您好这里是恒融那个受禾屿分期委托的您是何梓萱本人对吧\n客户：对\n坐席：嗯您这个月的是两千一百五呃不对两千一百五十块已经逾期十天了今天能还吗\n客户：明天吧\n坐席：好那我备注明天下午",
     [(P, "何梓萱")], []),
    ("call", "debtor", "坐席：你说你抑郁症在吃药那个舍曲林我们也查到了你在七院看过的但是钱还是要还的嘛\n客户：你们查我病历",
     [], [S]),
    ("call", "debtor", "坐席：喂你好啊系咪陈家乐先生啊我哋系前湾商务嘅受栖云月付委托\n客户：系啊咩事\n坐席：你嗰个租金分期逾期咗成个月喇你张卡六二五九 六六八一 九一四四 六六八零都冇钱扣",
     [(P, "陈家乐"), (BC, "六二五九 六六八一 九一四四 六六八零")], [U]),
    ("call", "third_party", "坐席：喂你好请问是1706的房东吗我这边姓吴想请您帮个忙\n第三方：什么事\n坐席：就是想联系一下您那套房子的租客麻烦您方便的话让他回个电话给我零七五五 二六六幺 七八三零谢谢啊",
     [(LL, "零七五五 二六六幺 七八三零")], []),
    ("call", "third_party", "坐席：喂是卢佳琪爸爸吧你女儿在武汉租房子办的那个分期欠了栖云八千六了你们家里人知不知道\n第三方：啥分期我不晓得",
     [(P, "卢佳琪")], [D]),
    ("call", "debtor", "坐席：孟凡宇是吧你护照号E五九二零四七幺八我们这边有记录的你上个月出境去了马来西亚回来没有\n客户：回来了",
     [(P, "孟凡宇"), (PP, "E五九二零四七幺八")], [S, U]),
    ("call", "debtor", "坐席：那个啥你在滨江那个吉祥物流上夜班嘛晚上十点到早上六点我们都晓得的你白天在屋头睡觉不接电话是吧\n客户：嗯",
     [], [S]),
    ("call", "debtor", "坐席：喂您好栖云月付这边的那个您上次说的失业的情况我们这边已经给您登记了啊这个月先不用还下个月十五号之前还第一期就行\n客户：好的好的谢谢",
     [], []),
    ("call", "debtor", "坐席：你那辆粤B7Z3K1还在开吧有车开没钱还分期啊\n客户：车是我哥的",
     [(PL, "粤B7Z3K1")], []),
]

# --- voice robots, with keypad turns --------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是禾屿分期智能客服，您的租金分期已逾期3天，应还2,150元，确认今日还款请按1，需要人工服务请按0。\n客户：（按键1）\n机器人：感谢您的配合，请在今天24点前通过APP完成还款。",
     [], []),
    ("call", "debtor", "机器人：您好，请问是林浩然先生吗？确认请按1。\n客户：1\n机器人：您的身份证号码为330108199110201844，您的租金分期已逾期16天，请尽快还款。",
     [(P, "林浩然"), (ID, "330108199110201844")], [U]),
    ("call", "third_party", "机器人：您好，这里是栖云月付，您是唐子墨先生的紧急联系人，他的租金分期已逾期20天，麻烦您转告他尽快还款，谢谢。",
     [(P, "唐子墨")], [D]),
    ("call", "third_party", "机器人：您好，您的朋友唐子墨先生预留了您的电话作为联系方式，麻烦您转告他回电，谢谢。如需停止接听此类来电，请按9。\n联系人：（按键9）\n机器人：已为您登记，再见。",
     [(P, "唐子墨")], []),
    ("call", "debtor", "机器人：系统检测到您预留的手机号码为一八五四六四三一一一三，如号码有误请按2修改。\n客户：（按键2）\n机器人：请输入新号码，以井号键结束。",
     [(MB, "一八五四六四三一一一三")], [U]),
    ("call", "debtor", "機器人：您好，這裡是棲雲月付，您的租金分期已逾期，應還1,942元，如需申請延期還款請按3。\n客戶：3\n機器人：已為您轉接人工客服，請稍候。",
     [], []),
    ("call", "debtor", "机器人：您好，系统显示您近三天均在乐寓长租运河店留宿，但到期租金分期尚未处理，请今日内还款。",
     [], [S]),
    ("call", "third_party", "机器人：您好，您是象窝青年社区B座1706室的住户吗？同住人唐子墨的租金分期已经逾期，请提醒他及时还款，已知晓请按1。\n第三方：（按键1）",
     [(A, "象窝青年社区B座1706室"), (P, "唐子墨")], [D]),
    ("call", "unknown", "机器人：您好，这里是禾屿分期，为保障您的权益，通话可能被录音。请问您是本人吗？是请按1，不是请按2。\n客户：2\n机器人：抱歉打扰，我们将更新联系记录，再见。",
     [], []),
    ("call", "debtor", "机器人：您的扣款卡号为六二一四八三二零零七三八七八二七，余额不足，请及时充值。",
     [(BC, "六二一四八三二零零七三八七八二七")], [U]),
]

# --- emergency contacts, roommates, families, employers and colleagues ---------------------------------------------

CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "【禾屿分期】您好，您的儿子林浩然在我司的租金分期已逾期16天，欠款4,300元，请督促其尽快还款。",
     [(P, "林浩然")], [D]),
    ("sms", "third_party", "您好，我们有一封信件需要转交林浩然先生，麻烦您提醒他回电0571-86921473，谢谢。",
     [(P, "林浩然"), (LL, "0571-86921473")], []),
    ("call", "third_party", "坐席：您好，是云栖网络科技人事部吗？我想确认一下钱思远还在你们公司上班吗？\n第三方：请问您是哪里？\n坐席：我这边是他的联系人，有点私人事情想找他，方便的话请他回个电话。\n第三方：公司不方便透露员工信息。\n坐席：好的，理解，打扰了。",
     [(P, "钱思远")], []),
    ("call", "third_party", "坐席：你好，你是钱思远的同事吧？他在我们栖云那边办的租房分期欠着钱，一直不接电话，你帮忙带个话。\n第三方：我跟他不熟。\n坐席：你就跟他说栖云月付在找他就行。",
     [(P, "钱思远")], [D]),
    ("app", "third_party", "阿姨您好，我是乐寓长租合作的禾屿分期这边的，您儿子浩然住我们运河店，房租分期三个月没交了，他身份证330108199110201844登记的紧急联系人是您。",
     [(P, "浩然"), (ID, "330108199110201844")], [D, U]),
    ("call", "third_party", "催收员：大爷你好，恁是卢佳琪她爸不是？\n联系人：是啊，咋了？\n催收员：她在武汉租房子办了个分期，欠俺楚信这边的钱，仨月没还了，恁给她说说。\n联系人：中，我给她说。",
     [(P, "卢佳琪")], [D]),
    ("app", "third_party", "你好，你是1403的室友吧？卢佳琪是不是搬走了？她欠的租金分期还有8,600没还，你知道她现在在哪上班吗？",
     [(P, "卢佳琪")], [D]),
    ("app", "third_party", "您好，打扰了。想麻烦问一下卢佳琪女士是否还住在1403？如果方便，请让她回个电话，谢谢。",
     [(P, "卢佳琪")], []),
    ("sms", "third_party", "【栖云月付】紧急联系人您好：借款人温雅婷（身份证36233020030509594X）租金分期逾期63天，欠款9,240元，请协助联系。",
     [(P, "温雅婷"), (ID, "36233020030509594X")], [D, U]),
    ("call", "third_party", "坐席：您好，请问是温雅婷的姐姐吗？\n第三方：是，她怎么了？\n坐席：有点事需要她本人处理，不方便跟您说，麻烦您让她给我们回个电话。\n第三方：什么事这么神秘？\n坐席：真的抱歉，涉及她个人的事情，只能跟本人说。",
     [(P, "温雅婷")], []),
    ("call", "third_party", "坐席：你好，我找一下你们店的导购蒋文博。\n第三方：他今天休息。\n坐席：那你跟他说一声，他在禾屿的分期再不还就麻烦了。",
     [(P, "蒋文博")], [D]),
    ("call", "third_party", "坐席：你好，是彭子航的老婆吧？\n第三方：你谁啊？\n坐席：我们是栖云月付的，你老公在外面办了个租金分期，欠我们一万多了，你不知道吧？",
     [(P, "彭子航")], [D]),
    ("call", "third_party", "坐席：您好，请问您认识蒋文博吗？\n第三方：认识，同事。\n坐席：麻烦您方便的时候跟他说一声，让他回个电话，号码他知道的。谢谢您。",
     [(P, "蒋文博")], []),
    ("sms", "third_party", "你好，你弟弟林浩然说他住院做了阑尾手术，还不了房租分期，是真的吗？他在禾屿欠的钱你能不能先帮他垫上？",
     [(P, "林浩然")], [D, S]),
    ("app", "third_party", "同学你好，打扰一下，你们班的许梦瑶在我们这办了租房分期，逾期两个月了，电话一直关机，你有她别的联系方式吗？她身份证是350203199907272524。",
     [(P, "许梦瑶"), (ID, "350203199907272524")], [D, U]),
    ("call", "third_party", "坐席：您好，请问是邹桂兰女士吗？\n第三方：是的。\n坐席：您好，这里是禾屿分期，林浩然先生预留了您的电话作为紧急联系人，想请您转告他回电，具体事项我们只能跟他本人沟通。",
     [(P, "邹桂兰"), (P, "林浩然")], [D]),
    ("sms", "third_party", "周嘉豪的表姐你好，他的事还没解决，禾屿那边让你跟他说一声。",
     [(P, "周嘉豪")], [D]),
    ("call", "third_party", "坐席：喂，你好，是许安琪吗？\n第三方：是我。\n坐席：你男朋友唐子墨，身份证440305199810129545，在我们这儿欠着房租分期，你们住一起你应该清楚他的情况吧？",
     [(P, "许安琪"), (P, "唐子墨"), (ID, "440305199810129545")], [D, U]),
    ("app", "third_party", "叔叔您好，浩然最近跟您联系过吗？他在杭州住院那几天我们一直联系不上，医院是浙江省人民医院，麻烦您让他回个电话。",
     [(P, "浩然")], [D, S]),
    ("sms", "third_party", "你好，你同事何梓萱的事麻烦提醒她一下，拖了挺久了。",
     [(P, "何梓萱")], [D]),
    ("call", "third_party", "坐席：您好，这边想找一下陈雨桐。\n第三方：她是我室友，现在不在。\n坐席：好的，那麻烦您转告她回个电话，谢谢，别的就不打扰了。",
     [(P, "陈雨桐")], []),
    ("app", "third_party", "嫂子你好，一鸣欠我们禾屿的租金分期还差三期，他工资卡在你那吧，每月14号进账六千八，这个月能先还一期吗？",
     [(P, "一鸣")], [D, S]),
]

# --- landlords, housekeepers, property offices -------------------------------------------------------------------

LANDLORDS_HOUSEKEEPERS: list[PiplEntry] = [
    ("app", "third_party", "王先生您好，我是栖云月付的。您那套前湾三路66号B座1706的房子，现在的租客唐子墨在我们这儿的租金分期逾期了，二房东那边也没给您交租吧？",
     [(A, "前湾三路66号B座1706"), (P, "唐子墨")], [D]),
    ("call", "third_party", "坐席：喂，陈生啊，唔好意思打搅你，想问下你间屋而家系咪仲有人住呀？\n第三方：有啊，做咩？\n坐席：冇咩，我哋想联络返个租客，你见到佢嘅话叫佢覆个电话俾我哋，唔该晒。",
     [], []),
    ("call", "third_party", "坐席：陈生，你间屋个租客陈家乐，喺我哋栖云度借咗租金分期，而家冇还，你知唔知佢去咗边？\n第三方：我点知啊。",
     [(P, "陈家乐")], [D]),
    ("app", "unknown", "【运河店工作群】管家小吕：1207租客周嘉豪，身份证320583199805261536，分期已逾期12天，门锁密码今晚改，他明天回来先让他联系禾屿。",
     [(P, "周嘉豪"), (ID, "320583199805261536")], [U]),
    ("app", "unknown", "【运河店工作群】管家小吕：@禾屿对接 1207周先生说下周一还，已提醒他在APP操作，我这边不再另行通知。",
     [], []),
    ("app", "third_party", "房东您好，1403现在住的是卢佳琪和她男朋友彭子航。卢佳琪在楚信欠了8,600，她男朋友电话15102990986，您见到他们让他们联系我们。",
     [(P, "卢佳琪"), (P, "彭子航"), (P, "卢佳琪"), (MB, "15102990986")], [D, U, X]),
    ("sms", "third_party", "张阿姨，您楼下1502那个小伙子在禾屿那边的事还没了，您见到他提一句。",
     [], [D]),
    ("call", "third_party", "坐席：您好，物业吗？想问下珞雄西路27号A栋1403的住户最近还在住吗？\n第三方：这个我们不方便说。\n坐席：好的，理解，打扰了。",
     [(A, "珞雄西路27号A栋1403")], []),
    ("call", "third_party", "坐席：物业你好，A栋1403那个租客欠我们栖云的房租分期，我们想看下她的门禁记录，几点出门几点回来。\n第三方：门禁记录不能给你们。",
     [], [D]),
    ("app", "third_party", "您好，您的租客许梦瑶在厦门象屿物流上班，欠我们栖云月付租金分期两期，您如果有她家里人的电话麻烦提供一下。",
     [(P, "许梦瑶")], [D, X]),
    ("app", "unknown", "【朴邻A栋管家群】管家阿杰：楚信要1403卢佳琪的门禁记录，我已经导出来了：5月20日至28日每天23点后进门，28日后未再刷卡。",
     [(P, "卢佳琪")], [S]),
    ("app", "unknown", "【朴邻A栋管家群】主管：门禁、监控、门锁记录一律不得提供给催收机构，如需调取须走法务流程，违者按公司制度处理。",
     [], []),
    ("call", "third_party", "坐席：房东您好，打扰一下，您那套房子的租客联系方式变了吗？我们是他登记的联系单位，想跟他本人确认点事情。\n第三方：我也好久没见他了。\n坐席：好的，谢谢您。",
     [], []),
    ("app", "third_party", "李姐，跟你说个事，你楼上0815那个林浩然，欠禾屿房租分期一直不还，他老家富阳的，他爸电话13081323887，你要是见着他让他回个话。",
     [(P, "林浩然"), (MB, "13081323887")], [D, U, X]),
    ("app", "third_party", "保安师傅，地库那辆浙A7K29M是0815林浩然的，他欠禾屿的钱，车一开出来麻烦给我打个电话。",
     [(PL, "浙A7K29M"), (P, "林浩然")], [D]),
]

# --- WeChat groups of a building's tenants ---------------------------------------------------------------------

BUILDING_GROUPS: list[PiplEntry] = [
    ("app", "third_party", "【乐寓运河店租客群】@所有人 2幢0815的林浩然，你的租金分期已经逾期半个月了，禾屿那边天天打电话到我们这，看到请回复。",
     [(P, "林浩然")], [D]),
    ("app", "third_party", "【象窝B座住户交流群】大家好，我是栖云月付的工作人员，请问有认识1706唐子墨的吗？他手机19122247651一直打不通，麻烦私信我。",
     [(P, "唐子墨"), (MB, "19122247651")], [D, U]),
    ("app", "third_party", "【朴邻公寓A栋租户群】管家：提醒各位，租金分期由金融机构直接扣款，请各自在对应APP查看账单，公寓不会在群里公布任何人的账单信息。",
     [], []),
    ("app", "third_party", "【朴邻公寓A栋租户群】1403的卢小姐，你上周说在医院保胎，现在出院了吧？楚信那边的款记得处理一下。",
     [], [D, S]),
    ("app", "third_party", "【象窝B座住户交流群】有跟唐子墨熟的吗？他在前湾科技园的深蓝数据上班，女朋友许安琪也住这栋，欠钱不还，大家帮忙提醒他。",
     [(P, "唐子墨"), (P, "许安琪")], [D, X]),
    ("app", "third_party", "【乐寓运河店租客群】温馨提示：近期有人冒充“禾屿分期工作人员”在群内加好友，索要身份证号和银行卡号，请大家不要理会，官方不会私信索要完整证件号。",
     [], []),
    ("app", "third_party", "【朴邻A栋租户群】群里有1403的室友吗？麻烦转告她，栖云那边的事拖不下去了。",
     [], [D]),
    ("app", "third_party", "【乐寓运河店租客群】0815的租客欠款未还，公寓已更换门锁密码，新密码暂由管家保管，租客本人可到前台领取。",
     [], [D]),
    ("app", "third_party", "【象窝B座住户交流群】1706的小伙子最近是不是天天凌晨两三点才回来？有看到的邻居跟我说一声，他欠我们的钱好几个月了。",
     [], [D, S]),
    ("app", "third_party", "【乐寓运河店租客群】@周嘉豪 你身份证320583199805261536、电话18599138337都在我们这，别以为换了房间就找不到你。",
     [(P, "周嘉豪"), (ID, "320583199805261536"), (MB, "18599138337")], [D, U]),
    ("app", "third_party", "【朴邻A栋租户群】通知：6月22日起A栋电梯维保，请大家错峰出行。另，如有人以“催收”名义在群内发布他人信息，请直接截图发给管家处理。",
     [], []),
    ("app", "third_party", "【象窝B座住户交流群】各位，1706那位带孩子的租客，她儿子在前湾第二小学上一年级，每天下午四点奶奶接，家里欠着房租分期，大家都帮着说说。",
     [], [D, S]),
    ("app", "third_party", "【乐寓运河店租客群】3幢0602的蒋先生：您的快递在前台放了三天了，请尽快来取。",
     [], []),
]

# --- notices on doors and in lobbies, and letters slipped under doors --------------------------------------------

DOOR_NOTICES: list[PiplEntry] = [
    ("notice", "third_party", "催款通知\n1207室租客周嘉豪：您在禾屿分期办理的租金分期已逾期12天，欠款2,480.36元，请于三日内处理，否则公寓将依约解除租赁合同。\n乐寓长租运河店 6月14日",
     [(P, "周嘉豪")], [D]),
    ("notice", "debtor", "温馨提示\n1207室住户您好：我们有重要事项需与您本人沟通，请尽快联系您的管家或拨打400-861-7720。（本函封装，由管家投递至室内）",
     [], []),
    ("notice", "third_party", "限期还款告知\n房号：B座1706 租客：唐子墨 身份证号：440305199810129545\n您的租金分期已逾期20天，应还3,720元，请立即联系栖云月付。",
     [(P, "唐子墨"), (ID, "440305199810129545")], [D, U]),
    ("notice", "third_party", "告1403租户卢佳琪：你在光谷软件园上班，同住的彭子航也知道你欠钱吧？限你三日内联系楚信资产027-87651409。",
     [(P, "卢佳琪"), (P, "彭子航"), (LL, "027-87651409")], [D, X]),
    ("notice", "third_party", "公告\n近期有不法分子冒充公寓或金融机构人员上门张贴“催款通知”。本公寓从不在公共区域张贴任何住户的欠款信息，如发现请拍照并联系前台。\n朴邻公寓物业服务中心",
     [], []),
    ("notice", "debtor", "还款提醒函\n致：周嘉豪先生（证件号3205**********1536）\n您在禾屿分期的租金分期第7期已逾期，应还2,480.36元。请于6月20日前通过APP还款，如有疑问请致电0571-86921473。\n禾屿消费金融股份有限公司 2024年6月14日",
     [(P, "周嘉豪"), (LL, "0571-86921473")], []),
    ("notice", "third_party", "0815室：系统显示你已连续5天未回房，门锁已冻结。欠禾屿的分期结清后由管家恢复密码。",
     [], [D, S]),
    ("notice", "debtor", "還款通知書\n唐子墨先生：您於棲雲月付辦理之租金分期已逾期，尚欠3,720元，請於2024年7月1日前清償。如對金額有異議，請於收到本通知後七日內以書面方式提出。\n杭州棲雲網絡小額貸款有限公司",
     [(P, "唐子墨")], []),
    ("notice", "third_party", "致本楼住户：3幢0602蒋文博欠款不还，其母亲电话15393184468，请知情者转告。",
     [(P, "蒋文博"), (MB, "15393184468")], [D, U, X]),
    ("notice", "third_party", "【一楼电梯厅公告】1706住户请注意：您房间的租金分期已严重逾期，请于本周内到一楼前台办理相关手续。",
     [], [D]),
]

# --- visit reports, appointment sheets and skip-tracing notes -------------------------------------------------------

VISIT_REPORTS: list[PiplEntry] = [
    ("notice", "unknown", "外访报告\n案件号：CX-2406-1137\n借款人：卢佳琪 身份证420111200006141007\n外访地址：武汉市洪山区珞雄西路27号朴邻公寓A栋1403室\n情况：室友称其已于5月底搬离，新住址在光谷大道附近，具体不详。门禁记录显示最后一次刷卡为5月28日23:12。",
     [(P, "卢佳琪"), (ID, "420111200006141007"), (A, "武汉市洪山区珞雄西路27号朴邻公寓A栋1403室")], [S, U]),
    ("notice", "unknown", "外访记录 6/18上午 珞雄西路27号A栋1403 敲门无人应答，已将联系卡放入信箱，未与任何第三方交谈。",
     [(A, "珞雄西路27号A栋1403")], []),
    ("notice", "unknown", "外访报告：债务人唐子墨，1706室，本人在家，自述仍在深蓝数据上班。女友许安琪（手机18972437231）同住，表示愿意代为还款，约定6月30日前还清。",
     [(P, "唐子墨"), (P, "许安琪"), (MB, "18972437231")], [U, X]),
    ("notice", "unknown", "外访小结：到访蒋文博所住乐寓长租运河店3幢0602，其母开门，称蒋于上周因胰腺炎住院，现在浙江省人民医院消化科12床。建议暂缓催收。",
     [(P, "蒋文博"), (A, "乐寓长租运河店3幢0602")], [S]),
    ("notice", "unknown", "外访预约单\n客户：何梓萱\n约定时间：6月21日19:00\n约定地点：杭州市拱墅区丽水路58号乐寓长租运河店一楼大堂\n注意：仅与客户本人沟通，不向前台、管家及其他住户透露来访事由。",
     [(P, "何梓萱"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店一楼大堂")], []),
    ("notice", "unknown", "外访记录：债务人刘欣悦未在家。其女儿约8岁，在珞南小学二年级，每天17:00由外婆接回。下次外访安排在17点以后。",
     [(P, "刘欣悦")], [S]),
    ("notice", "unknown", "失联修复：债务人顾晨阳，护照E83619274，出入境记录显示5月12日经深圳湾口岸出境，至今未入境。其父顾国平电话13874909197可联系。",
     [(P, "顾晨阳"), (PP, "E83619274"), (P, "顾国平"), (MB, "13874909197")], [S, U, X]),
    ("notice", "unknown", "失联修复备注：通过合同预留信息未能联系到客户，已向委托方申请核实最新联系方式，暂停外呼第三方。",
     [], []),
    ("notice", "unknown", "外访报告（简）\n对象：陈家乐\n地址：深圳市南山区前湾三路66号象窝青年社区C座0911室\n结果：本人在家，承认欠款，同意7月起每月还1,500元，已签还款承诺书。",
     [(P, "陈家乐"), (A, "深圳市南山区前湾三路66号象窝青年社区C座0911室")], []),
    ("notice", "unknown", "外访记录：林浩然停在运河店地库的白色大众，车牌浙A7K29M，连续三晚未动。其女友在杭州银泰百货一楼化妆品柜上班，每天晚上九点半下班。",
     [(P, "林浩然"), (PL, "浙A7K29M")], [S]),
    ("notice", "unknown", "修复结果：邓一鸣新号码17797462768（运营商实名核验通过），工作单位变更为杭州滨江吉祥物流，工资每月10日经建行卡6236 6854 7274 9303 621入账。",
     [(P, "邓一鸣"), (MB, "17797462768"), (BC, "6236 6854 7274 9303 621")], [S, U]),
]

# --- quality-check sheets, complaint tickets and replies to regulators -------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0613-07\n坐席：HR2205\n问题：通话中向客户完整复述其身份证号码330106199504273688，违反“证件号仅核对后四位”要求，扣5分。",
     [(ID, "330106199504273688")], [U]),
    ("notice", "unknown", "质检单 QC-0613-11\n坐席：CX0417\n问题：向紧急联系人透露欠款金额及借款平台，属违规披露。整改：重新培训《第三方沟通规范》。",
     [], []),
    ("notice", "unknown", "质检单 QC-0614-02\n客户原话：“我做完化疗才出院，能不能缓一缓？”\n问题：坐席未回应客户困难诉求，继续催款，扣10分。",
     [], []),
    ("notice", "unknown", "质检记录：坐席在通话中报出客户父亲林建国、母亲邹桂兰的姓名及客户弟弟林浩宇的工作单位，判定为过度披露，扣10分。",
     [(P, "林建国"), (P, "邹桂兰"), (P, "林浩宇")], [X]),
    ("app", "unknown", "投诉工单 TS20240615-0032\n投诉人：何梓萱\n内容：称催收人员在租客群公布其欠款。\n处理：经核实属实，涉事人员已停岗，已向投诉人致歉并撤回群消息。",
     [(P, "何梓萱")], []),
    ("app", "unknown", "工单 TS20240616-0107：客户蔡佳怡申请更换扣款卡，新卡号6217 0006 9582 5774，旧卡6236 6896 7454 6232注销，请运营处理。",
     [(P, "蔡佳怡"), (BC, "6217 0006 9582 5774"), (BC, "6236 6896 7454 6232")], [U]),
    ("sms", "debtor", "【禾屿分期】尊敬的客户，您反映的催收人员在公寓群内发布您个人信息一事已核实，我司已要求合作机构删除相关内容，并对涉事人员作出处理。",
     [], []),
    ("notice", "unknown", "投诉回复（内部）：客户投诉坐席提及其宗教信仰，经查录音属实，坐席原话为“每周五去清真寺还不如去还钱”。已处罚。",
     [], [S]),
    ("notice", "unknown", "投诉回复（内部）：客户投诉坐席在通话中提及其宗教活动，经听取录音属实，涉事坐席已调离催收岗位。再次重申：禁止在催收中涉及客户宗教、健康、行踪等信息。",
     [], []),
    ("email", "unknown", "关于消费者温雅婷投诉的情况说明\n杭州市地方金融监管局：\n消费者反映我司合作催收机构向其紧急联系人透露借款信息。经核查，合作机构6月3日发送的短信含借款人完整身份证号36233020030509594X，我司已停用该模板并对机构处以违约金。",
     [(P, "温雅婷"), (ID, "36233020030509594X")], [U]),
    ("email", "unknown", "关于消费者温雅婷投诉的情况说明（修订稿）\n经核查，合作机构发送的短信含借款人完整身份证号，我司已停用该模板，对机构处以违约金，并向消费者致歉。",
     [(P, "温雅婷")], []),
    ("app", "unknown", "投诉工单 TS20240618-0211\n投诉人：唐子墨，电话19122247651\n诉求：要求删除在住户群中发布的其手机号码。\n处理：已联系群主删除。",
     [(P, "唐子墨"), (MB, "19122247651")], [U]),
    ("notice", "unknown", "质检单 QC-0618-09\n坐席：QW1126\n问题：在与客户通话中提及客户女友的工作单位及手机号码，违反最小必要原则。\n（具体号码已在系统中打码，不在本单中记载。）",
     [], []),
    ("email", "unknown", "致深圳市南山区金融工作局：\n关于消费者陈家乐反映“催收人员向其房东透露借款”一事，经调取录音，坐席确有向房东说明借款平台的行为。我司已暂停与深圳前湾商务咨询有限公司的合作。",
     [(P, "陈家乐")], []),
]

# --- e-mails between the lenders, the apartment operators, the agencies and the law firm ---------------------------

OPERATOR_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：risk@leyu-rent.com\n收件人：ops@heyu-fenqi.com\n主题：运河店逾期租客清单（6月）\n附件为本月逾期租客清单，共17户，按约定只列房号、合同编号和逾期天数，身份证号及联系电话请在贵司系统内查询。",
     [(EM, "risk@leyu-rent.com"), (EM, "ops@heyu-fenqi.com")], []),
    ("email", "unknown", "主题：1207退租结算\n周嘉豪 320583199805261536 手机18599138337，押金2,300元抵扣逾期租金分期后余180元，请禾屿核减剩余期数并出具结清证明。\n—— 乐寓长租运河店 吕静",
     [(P, "周嘉豪"), (ID, "320583199805261536"), (MB, "18599138337"), (P, "吕静")], [U]),
    ("email", "unknown", "Hi 栖云风控同事，1706唐子墨近期门锁记录：6/10-6/16每天02:00后才开门，6/17起未再开门，疑似已搬离，供贵司催收参考。",
     [(P, "唐子墨")], [S]),
    ("email", "unknown", "发件人：legal@hengyanlaw.cn\n主题：A栋1403租金分期案诉讼材料清单\n请贵司提供：租金分期合同、放款凭证、还款记录、催收记录（含录音）。证件信息请加密传送，勿在邮件正文中填写。",
     [(EM, "legal@hengyanlaw.cn")], []),
    ("email", "unknown", "主题：请协助核实租客在职情况\n贵司登记的租客许梦瑶（350203199907272524）入住时提交的工作证明，请问是否仍在有效期内？如有劳动合同复印件请一并提供。",
     [(P, "许梦瑶"), (ID, "350203199907272524")], [U]),
    ("email", "unknown", "主题：逾期租客联系方式更新\n1403 卢佳琪 新手机号15787783458；紧急联系人（父）卢德明 18212831015；男友彭子航 15102990986。",
     [(P, "卢佳琪"), (MB, "15787783458"), (P, "卢德明"), (MB, "18212831015"), (P, "彭子航"), (MB, "15102990986")], [U, X]),
    ("email", "unknown", "收件人：collect@hengrong-info.cn\n委外批次HY-2406-B，共42户，明细见加密附件，解压密码另行短信发送。请贵司严格遵守委外催收管理规定，不得联系与债务无关的第三方。",
     [(EM, "collect@hengrong-info.cn")], []),
    ("email", "unknown", "致朴邻公寓运营部：A栋0909租客申请因病延期，已提交诊断证明（乳腺癌术后化疗中），我司已批准延期6个月，请贵司同步暂停租金催缴。",
     [], [S]),
    ("email", "unknown", "乐寓同事好，租客钱思远的工资流水显示每月15日入账9,500元，招商银行卡6225 8880 7489 5205 598，建议贵司在15日以后安排扣款。",
     [(P, "钱思远"), (BC, "6225 8880 7489 5205 598")], [S, U]),
    ("email", "unknown", "主题：转：楚信资产6月回款明细\n卢佳琪 已还2期；温雅婷 未还（身份证36233020030509594X，现住址杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室，在哺乳期）；许梦瑶 协商中。",
     [(P, "卢佳琪"), (P, "温雅婷"), (ID, "36233020030509594X"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室"), (P, "许梦瑶")], [S, U]),
    ("email", "unknown", "发件人：qy_tiaojie@qianwan-sw.com.cn\n主题：C座0911陈家乐还款承诺书\n附件为客户签署的还款承诺书扫描件（已遮盖证件号中间位）。请栖云确认后更新还款计划。",
     [(EM, "qy_tiaojie@qianwan-sw.com.cn")], []),
    ("email", "unknown", "吕静你好，1207周嘉豪的室友霍思彤（13358453768）说周最近在跟一个叫阿豪的合伙做奶茶店，你帮忙问问她店开在哪。",
     [(P, "吕静"), (P, "周嘉豪"), (P, "霍思彤"), (MB, "13358453768")], [U, X]),
    ("email", "unknown", "停车月卡：5幢1102租户登记车辆浙A5N8K3的月卡6月30日到期，续卡请租户本人到前台办理，与租金分期无关。",
     [(PL, "浙A5N8K3")], []),
]

# --- papers filed with courts (a full identifier is lawful there) and what was sent out around them ----------------

COURT_FILINGS: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：杭州栖云网络小额贷款有限公司，住所地杭州市西湖区云栖北路117号\n被告：唐子墨，男，1998年10月12日出生，汉族，身份证号440305199810129545，住深圳市南山区前湾三路66号象窝青年社区B座1706室\n诉讼请求：判令被告偿还租金分期借款本金18,600元及逾期利息。\n此致\n深圳市前湾区人民法院",
     [(A, "杭州市西湖区云栖北路117号"), (P, "唐子墨"), (ID, "440305199810129545"),
      (A, "深圳市南山区前湾三路66号象窝青年社区B座1706室")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：禾屿消费金融股份有限公司\n被申请人：周嘉豪，身份证号码320583199805261536\n请求事项：冻结被申请人名下招商银行账户6225 8883 2044 7768 009内存款4,860元。\n此致\n杭州市望江区人民法院",
     [(P, "周嘉豪"), (ID, "320583199805261536"), (BC, "6225 8883 2044 7768 009")], []),
    ("notice", "unknown", "证据目录\n1. 租金分期合同（编号HY-ZL-2023-088417）\n2. 乐寓长租房屋租赁合同\n3. 放款凭证\n4. 还款记录\n5. 催收通话录音\n提交人：浙江衡言律师事务所 律师 沈一帆",
     [(P, "沈一帆")], []),
    ("sms", "debtor", "【禾屿分期】周嘉豪（320583199805261536）：我司已就您的租金分期欠款向杭州市望江区人民法院提起诉讼，案号另行通知，请留意法院送达。",
     [(P, "周嘉豪"), (ID, "320583199805261536")], [U]),
    ("notice", "debtor", "律师函\n致：蔡佳怡女士（身份证号：362330200107078372）\n浙江衡言律师事务所受禾屿消费金融股份有限公司委托，就您租金分期逾期事宜函告如下：……请于收函后七日内联系本所0571-87310652。",
     [(P, "蔡佳怡"), (ID, "362330200107078372"), (LL, "0571-87310652")], [U]),
    ("notice", "debtor", "律师函\n蔡佳怡女士：\n本所受禾屿消费金融股份有限公司委托，就您与其签订的租金分期合同（尾号8417）逾期一事致函。截至2024年6月10日，您尚欠本金9,860元。如对欠款有异议，请于七日内书面提出；逾期未还，委托人将依法提起诉讼。\n浙江衡言律师事务所 律师 沈一帆",
     [(P, "蔡佳怡"), (P, "沈一帆")], []),
    ("notice", "unknown", "支付令申请书\n申请人：杭州栖云网络小额贷款有限公司，联系电话0571-85376620\n被申请人：温雅婷，女，2003年5月9日出生，身份证号36233020030509594X，住杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室\n请求：责令被申请人支付租金分期欠款9,240元。\n此致\n杭州市望江区人民法院",
     [(LL, "0571-85376620"), (P, "温雅婷"), (ID, "36233020030509594X"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室")], []),
    ("email", "third_party", "贵公司员工钱思远（身份证330106199301235614）因租金分期纠纷已被我司起诉至杭州市望江区人民法院，现将起诉状副本发送贵司人事部，请督促其应诉并还款。",
     [(P, "钱思远"), (ID, "330106199301235614")], [D, U]),
    ("notice", "unknown", "诉讼材料提交说明：按法院要求，起诉状中被告身份证号完整填写，以公安机关户籍信息为准；对外发送的催收函件一律只显示后四位。",
     [], []),
    ("notice", "unknown", "强制执行申请书\n申请执行人：禾屿消费金融股份有限公司\n被执行人：林浩然，身份证号330108199110201844，住杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室\n执行依据：（2024）浙0199民初3376号民事判决书\n申请事项：执行被执行人应付款项6,880元及迟延履行期间的债务利息。",
     [(P, "林浩然"), (ID, "330108199110201844"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室")], []),
    ("app", "debtor", "卢佳琪你好，起诉状我们已经交到南湖区法院了，里面写了你的身份证420111200006141007和你爸卢德明的电话18212831015，你自己掂量。",
     [(P, "卢佳琪"), (ID, "420111200006141007"), (P, "卢德明"), (MB, "18212831015")], [U, X]),
    ("notice", "unknown", "民事起诉状（被告部分）\n被告：陈家乐，男，1990年12月9日出生，身份证号440305199012098916，住深圳市南山区前湾三路66号象窝青年社区C座0911室，联系电话18028446368。",
     [(P, "陈家乐"), (ID, "440305199012098916"), (A, "深圳市南山区前湾三路66号象窝青年社区C座0911室"), (MB, "18028446368")], []),
    ("sms", "third_party", "【衡言律所】许安琪女士：唐子墨（身份证440305199810129545）租金分期纠纷已起诉，您作为同住人可能被法院通知作证，请劝其尽快和解。",
     [(P, "许安琪"), (P, "唐子墨"), (ID, "440305199810129545")], [D, U]),
]

# --- identifiers written every way --------------------------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("app", "debtor", "请核对您的证件信息：３３０１０８１９９００５０８１６１７，如有误请联系管家修改租约。您的租金分期已逾期9天。",
     [(ID, "３３０１０８１９９００５０８１６１７")], [U]),
    ("sms", "debtor", "【楚信资产】冯先生，您登记证件号411302-19881024-4641，名下租金分期逾期52天，请今日回电。",
     [(ID, "411302-19881024-4641")], [U]),
    ("email", "unknown", "补充材料：\n租客姓名：白露\n证件号：\n5109 2219 9812 0799 80\n合同期：2023.09-2024.08",
     [(P, "白露"), (ID, "5109 2219 9812 0799 80")], [U]),
    ("notice", "debtor", "催缴函\n借款人：严国栋\n身份证号：522401640113747\n您为女儿在朴邻公寓办理的租金分期由您作为共同还款人，现已逾期30天，请于7日内还款。",
     [(P, "严国栋"), (ID, "522401640113747")], [U]),
    ("sms", "debtor", "您的还款卡6282.8839.1856.7855已被冻结扣款，请更换银行卡后在APP内重新签约。【栖云月付】",
     [(BC, "6282.8839.1856.7855")], [U]),
    ("app", "debtor", "客服小禾：核对一下，您绑定卡号6214836551305622请核对是否本人名下，本期应还1,680元。",
     [(BC, "6214836551305622")], [U]),
    ("call", "debtor", "坐席：你那张农行卡号我念一下啊六二二八四八三八四三三六三六八六四七八就是这张卡没钱\n客户：嗯",
     [(BC, "六二二八四八三八四三三六三六八六四七八")], [U]),
    ("sms", "debtor", "【前湾商务】江女士，我司已登记您新号码+86 136 6889 4787，原号码停用。您的租金分期欠款请于本周内处理。",
     [(MB, "136 6889 4787")], [U]),
    ("email", "unknown", "霍思彤（室友）联系方式：0086-13358453768，愿意配合提供1207住户近况。",
     [(P, "霍思彤"), (MB, "13358453768")], [U, X]),
    ("app", "debtor", "您好，这是我的工作号，有事直接打：１８１８５４５１５５７。另外你哥的号码我们也有，不想我们打给他就主动联系。",
     [(MB, "１８１８５４５１５５７")], []),
    ("sms", "debtor", "【楚信资产】您好，您预留的手机150-2261-9544已停机，请在APP中更新。逾期欠款请于3日内处理。",
     [(MB, "150-2261-9544")], [U]),
    ("app", "debtor", "顾先生，您在租房时登记的护照号码为E B 4 4 1 7 0 2 6，现该护照已过期，请尽快更新证件信息并处理逾期分期。",
     [(PP, "E B 4 4 1 7 0 2 6")], [U]),
    ("sms", "debtor", "【象窝青年社区】您登记的港澳通行证C72918354将于下月到期，根据租金分期合同需及时更新，请于APP上传。",
     [(PP, "C72918354")], [U]),
    ("notice", "unknown", "租客信息登记表（摘录）\n姓名：陈家乐\n证件类型：港澳居民来往内地通行证\n证件号码：H10385726\n房号：C座0911\n分期状态：逾期41天",
     [(P, "陈家乐"), (PP, "H10385726")], [U]),
    ("call", "debtor", "坐席：你这个旧护照G幺四七二零八三九已经作废了是吧那你新护照号多少我们要更新一下\n客户：不给",
     [(PP, "G幺四七二零八三九")], [U]),
    ("sms", "debtor", "温女士：您的身份证５１０９２２２００３０２２２６５１Ｘ已被租金分期系统标记为逾期，请尽快联系（0571）86921473处理。",
     [(ID, "５１０９２２２００３０２２２６５１Ｘ"), (LL, "（0571）86921473")], [U]),
    ("app", "debtor", "你那个回乡证M02849173我们也看到了，人在澳门也得把分期还了。",
     [(PP, "M02849173")], [U]),
    ("email", "unknown", "紧急联系人核实结果：\n周嘉豪 母亲 周秀英 138 6678 2771（有效）\n周嘉豪 表姐 方琳 159 9683 4560（空号）",
     [(P, "周嘉豪"), (P, "周秀英"), (MB, "138 6678 2771"), (P, "周嘉豪"), (P, "方琳"), (MB, "159 9683 4560")], [U, X]),
]

# --- decoys of the identifiers' shapes: order, contract, device and serial numbers that fail the checks -----------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【禾屿分期】您的还款已到账，交易流水号5895796555524801，本期租金分期已结清。",
     [], []),
    ("app", "debtor", "【象窝青年社区】您的智能门锁（设备号20141550961）已离线，请检查电池后在APP内重新绑定。",
     [], []),
    ("sms", "debtor", "【栖云月付】退款申请已受理，退款单号5572973355846183241，预计3-5个工作日原路退回尾号0826的银行卡。",
     [], []),
    ("call", "debtor", "坐席：您好，栖云月付，您的工单号是二二九二 六三六五 四二零，请您记一下，后续进度可以凭工单号查询。\n客户：好的，谢谢。",
     [], []),
    ("email", "unknown", "合同编号331182610379277080（租金分期）与房屋租赁合同LY-YH-2023-1207一一对应，请在系统中关联，勿重复建档。",
     [], []),
    ("notice", "debtor", "结清证明\n兹证明租金分期合同（编号619005489266429785）项下借款已于2024年6月12日全部结清，双方债权债务关系终止。\n禾屿消费金融股份有限公司",
     [], []),
    ("app", "debtor", "录音编号196934988366975已归档。如对通话内容有异议，可在APP“我的-投诉建议”中提交复核申请。",
     [], []),
    ("sms", "debtor", "【乐寓长租】您的房间门锁临时密码为639204，有效期24小时，请勿泄露。如非本人操作请联系管家。",
     [], []),
    ("sms", "debtor", "【禾屿分期】交易流水号9100787610627047，扣款卡6228 4805 7750 8184扣款失败，请充值后重试。",
     [(BC, "6228 4805 7750 8184")], [U]),
    ("app", "debtor", "订单号052197558992624568，借款人身份证510922199701127265，请核对后签署补充协议。",
     [(ID, "510922199701127265")], [U]),
    ("email", "unknown", "设备号22434230414登录的账号绑定手机18891006186，与租客登记手机不一致，疑似他人代办，请核查。",
     [(MB, "18891006186")], [U]),
    ("sms", "debtor", "你登记的还款卡6214 8398 9967 7637，我们还看到另一张6214 8398 9967 7638也在你名下，两张都没钱？",
     [(BC, "6214 8398 9967 7637")], [U]),
    ("app", "debtor", "您的申请编号96732092218953209X已提交，实名信息：身份证13043520030413126X，请确认无误后点击下一步。",
     [(ID, "13043520030413126X")], [U]),
    ("notice", "unknown", "风控备注：IMEI 800247377352795 的设备于6月9日登录，租客卢佳琪当日使用手机15871702384完成签约。",
     [(P, "卢佳琪"), (MB, "15871702384")], [U]),
]

# --- sensitive data, beside near-misses that stay lawful ------------------------------------------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【栖云月付】您好，系统显示您上月在省肿瘤医院就诊三次，医疗支出较大，建议您优先安排租金分期还款。",
     [], [S]),
    ("app", "debtor", "您的医保账户近三个月有12笔胰岛素购药记录，说明账户一直在正常使用，请尽快还款。",
     [], [S]),
    ("call", "debtor", "坐席：你老婆刚生完二胎还在坐月子吧？家里开销大我们理解，但分期还是得还。\n客户：……",
     [], [S]),
    ("sms", "debtor", "你每周六下午在滨江那个拳馆带小孩上课，五点下课，我们去那边找你也方便。",
     [], [S]),
    ("app", "debtor", "你儿子在社区旁边的小星星幼儿园上中班，周三有兴趣班，五点半接，对吧？",
     [], [S]),
    ("call", "debtor", "坐席：你从戒毒所出来的记录我们也看得到，找工作不容易我们知道，但这不是不还钱的理由。\n客户：你们凭什么查这个",
     [], [S]),
    ("email", "unknown", "租客汪志鹏HIV检测阳性，在市六医院感染科定期取药，本人要求公寓对此保密，请贵司催收时注意措辞。",
     [(P, "汪志鹏")], [S]),
    ("app", "debtor", "【禾屿分期】您的余额宝余额1.2万元、微信零钱3,400元，足以覆盖本期租金分期，请立即还款。",
     [], [S]),
    ("sms", "debtor", "严先生，你那张卡每月有一笔社保中心转来的退休金2,860元，下月到账后先还女儿的分期。",
     [], [S]),
    ("call", "debtor", "坐席：你是信佛的吧，每个月初一都去灵隐寺上香，菩萨也不会保佑欠钱不还的人啊。\n客户：你管我信什么",
     [], [S]),
    ("app", "debtor", "我们查到你上个月从罗湖口岸进出香港四次，每次当天往返，是不是在那边另有收入？",
     [], [S]),
    ("sms", "debtor", "叶女士，您的产假到8月底结束，产假工资每月15号发，到时请先还分期。",
     [], [S]),
    ("call", "debtor", "坐席：你上次说你是低保户，低保每月九百多打到你卡上，那你分期就先还九百嘛。\n客户：那是吃饭的钱",
     [], [S]),
    ("app", "debtor", "根据您授权的定位信息，您上周五晚在钱江新城一家酒吧停留至凌晨三点，本周一又出现在萧山机场。",
     [], [S]),
    ("call", "debtor", "坐席：你爸脑梗住院的事我们知道了，但他是他你是你，跟你还钱没关系吧？\n客户：我要在医院陪护",
     [], [S]),
    ("email", "unknown", "附：租客刘欣悦之女刘思语（7岁，珞南小学二年级2班）的入住登记信息，供外访参考。",
     [(P, "刘欣悦"), (P, "刘思语")], [S, X]),
    ("sms", "debtor", "【禾屿分期】您好，您提交的困难证明已审核通过，还款计划调整为每月800元，共12期。相关材料仅用于本次审核。",
     [], []),
    ("call", "debtor", "客户：我查出来甲状腺癌，下周手术。\n坐席：您先安心治疗，我这边给您办暂停催收，等您出院了我们再联系。",
     [], []),
    ("app", "debtor", "【栖云月付】您已开通“刷脸还款”，人脸信息仅用于本人身份核验，可随时在“设置-隐私”中关闭。",
     [], []),
    ("sms", "debtor", "你女朋友上周在妇幼医院做了人流，这事你不想让你爸妈知道吧？分期今天还上。",
     [], [S]),
]

# --- personal data beyond what the message needs ------------------------------------------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【栖云月付】周嘉豪，你哥周嘉伟在宁波的电话我们也有，你嫂子叫吴婧，这个月再不还我们就一个个问。",
     [(P, "周嘉豪"), (P, "周嘉伟"), (P, "吴婧")], [X]),
    ("app", "debtor", "温雅婷，你现在住杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室，对门住的是你同事方晓，请尽快还款。",
     [(P, "温雅婷"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店5幢1102室"), (P, "方晓")], [X]),
    ("sms", "debtor", "【前湾商务】陈家乐先生，您就职于深圳深蓝数据有限公司，家住象窝青年社区C座0911室，欠款请于今日处理。",
     [(P, "陈家乐"), (A, "象窝青年社区C座0911室")], [X]),
    ("call", "debtor", "坐席：你爸叫唐国强，你妈叫苏慧，你姐唐子怡在广州当老师，我们没说错吧？\n客户：你们想干什么",
     [(P, "唐国强"), (P, "苏慧"), (P, "唐子怡")], [X]),
    ("app", "debtor", "何梓萱，你前男友郑凯的电话17383898071是你填的紧急联系人吧？他说早就跟你没联系了。",
     [(P, "何梓萱"), (P, "郑凯"), (MB, "17383898071")], [U, X]),
    ("sms", "debtor", "邓一鸣你好，你妻子罗丹在滨江第一幼儿园当保育员，你岳父罗志刚电话19174456693，请尽快还款。",
     [(P, "邓一鸣"), (P, "罗丹"), (P, "罗志刚"), (MB, "19174456693")], [U, X]),
    ("notice", "debtor", "催收函\n致：林浩然（住杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室；工作单位：杭州鼎盛汽车销售服务有限公司；父亲林建国；母亲邹桂兰）\n您的租金分期已逾期，欠款6,880元，请于7日内还款。",
     [(P, "林浩然"), (A, "杭州市拱墅区丽水路58号乐寓长租运河店2幢0815室"), (P, "林建国"), (P, "邹桂兰")], [X]),
    ("app", "debtor", "蔡佳怡，你合租的三个室友我们都联系过了：霍思彤、潘悦、吴静怡，她们都说你最近不在。",
     [(P, "蔡佳怡"), (P, "霍思彤"), (P, "潘悦"), (P, "吴静怡")], [X]),
    ("email", "unknown", "外访对象：卢佳琪。同行人员：男友彭子航（光谷某网络公司）、表妹卢晓雨（湖北大学在读）。",
     [(P, "卢佳琪"), (P, "彭子航"), (P, "卢晓雨")], [X]),
    ("sms", "debtor", "你上班那家酒店的前台经理叫孙蕾，我们跟她挺熟的，你看着办。",
     [(P, "孙蕾")], [X]),
    ("call", "debtor", "坐席：许小姐，你男朋友唐子墨、室友何梓萱、你们公司财务许静，这几个人我们都找得到。\n客户：你别乱来",
     [(P, "唐子墨"), (P, "何梓萱"), (P, "许静")], [X]),
    ("app", "debtor", "孟凡宇，你老婆高倩在中行城西支行上班，她手机13213694919，你也不想她单位知道吧。",
     [(P, "孟凡宇"), (P, "高倩"), (MB, "13213694919")], [U, X]),
    ("sms", "debtor", "【栖云月付】蒋文博，你和女友沈佳宁在3幢0602同居，她的工作单位和电话我们都有登记。",
     [(P, "蒋文博"), (P, "沈佳宁")], [X]),
    ("call", "debtor", "坐席：严先生，你女儿严欣在象窝那边住，她男朋友叫马骏，在我们这也登记了，你作为共同还款人得管管。\n客户：我知道了",
     [(P, "严欣"), (P, "马骏")], [X]),
    ("app", "debtor", "白露，你租的那间的合租人是冯志远和他老婆江燕，他们都按时还了，就你没还。",
     [(P, "白露"), (P, "冯志远"), (P, "江燕")], [X]),
]

# --- disclosure to third parties told in a few words or by implication, beside bare call-back requests ----------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "你好，麻烦转告周嘉豪，禾屿的事别再拖了。",
     [(P, "周嘉豪")], [D]),
    ("sms", "third_party", "唐子墨家属您好，他那笔月付的事您知道吗？请让他联系栖云。",
     [(P, "唐子墨")], [D]),
    ("call", "third_party", "坐席：您是林浩然的舅舅吧？他房租那个事您跟他提一下，拖三个月了。\n第三方：什么房租？",
     [(P, "林浩然")], [D]),
    ("app", "third_party", "姐，你弟在乐寓那边的账还没平，你帮着催催。",
     [], [D]),
    ("sms", "third_party", "卢佳琪的同事您好，她那边还差八千六，请她尽快联系楚信。",
     [(P, "卢佳琪")], [D]),
    ("call", "third_party", "坐席：您是何梓萱的房东吧？她分期的钱到现在一分没还。\n第三方：那跟我有什么关系？",
     [(P, "何梓萱")], [D]),
    ("app", "third_party", "叔叔，子墨的月付还没清，您劝劝他吧。",
     [(P, "子墨")], [D]),
    ("sms", "third_party", "【禾屿分期】请转告您的室友（1207住户），账单已逾期。",
     [], [D]),
    ("call", "third_party", "坐席：喂，邓一鸣在吗？\n第三方：他出去了。\n坐席：那你跟他说禾屿找他，他知道是什么事。",
     [(P, "邓一鸣")], [D]),
    ("app", "third_party", "你好，我是恒融的，你同学温雅婷最近联系过你吗？她那边的款还没处理。",
     [(P, "温雅婷")], [D]),
    ("sms", "third_party", "蒋文博的女朋友你好，他欠的那笔你应该清楚吧，让他别躲了。",
     [(P, "蒋文博")], [D]),
    ("call", "third_party", "坐席：请问是钱思远家吗？\n第三方：对，我是他妈。\n坐席：阿姨，钱思远在我们栖云这边的还款有点问题，您让他尽快回个电话。",
     [(P, "钱思远"), (P, "钱思远")], [D]),
    ("app", "third_party", "【象窝B座住户交流群】1706那位，房租分期的事大家都知道了，自觉点。",
     [], [D]),
    ("notice", "third_party", "（贴于快递柜）1403卢某：欠款速还。",
     [], [D]),
    ("sms", "third_party", "你哥的分期又逾期了，这次是第三回。",
     [], [D]),
    ("call", "third_party", "坐席：你好，你是许梦瑶的同事吧？她在栖云月付的账户出了点问题，麻烦让她看下APP。\n第三方：好的。",
     [(P, "许梦瑶")], [D]),
    ("sms", "third_party", "你室友欠钱。",
     [], [D]),
    ("sms", "third_party", "麻烦让他回电，谢谢。",
     [], []),
    ("call", "third_party", "坐席：您好，您是陈家乐的朋友吧？\n第三方：是的。\n坐席：他是不是还在深蓝数据上班？他在我们前湾商务这边的事情一直没处理。",
     [(P, "陈家乐")], [D]),
]

# --- messages forwarded or pasted whole, as received -------------------------------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "转发自微信：\n【栖云月付】唐子墨，你身份证440305199810129545名下分期已逾期，再不还将联系你登记的所有联系人。",
     [(P, "唐子墨"), (ID, "440305199810129545")], [U]),
    ("email", "unknown", "投诉附件（客户粘贴）：“【恒融咨询】钱思远，你每月15号工资9,500到账，招行卡6225 8880 7489 5205 598，今天必须还。”",
     [(P, "钱思远"), (BC, "6225 8880 7489 5205 598")], [S, U]),
    ("app", "unknown", "用户粘贴的短信原文：你儿子在珞南小学二年级三班，下午四点半放学，我们知道。",
     [], [S]),
    ("app", "unknown", "客户转发内容：【禾屿分期】林浩然，你爸林建国、你妈邹桂兰的电话都在我们系统里，别逼我们打。",
     [(P, "林浩然"), (P, "林建国"), (P, "邹桂兰")], [X]),
    ("sms", "debtor", "【转发】原短信：顾晨阳，你护照E83619274，5月12日深圳湾出境，我们都掌握。",
     [(P, "顾晨阳"), (PP, "E83619274")], [S, U]),
    ("email", "unknown", "监管转来的消费者截图内容：“蔡佳怡，身份证362330200107078372，室友霍思彤电话13358453768，今天不还就找她。”",
     [(P, "蔡佳怡"), (ID, "362330200107078372"), (P, "霍思彤"), (MB, "13358453768")], [U, X]),
    ("app", "unknown", "客户提交的投诉证据（原文照录）：你上周三晚上在萧山那家宾馆住了一晚，要不要我们跟你老婆说说？",
     [], [S]),
    ("app", "unknown", "转发：【前湾商务】陈家乐，你在前湾科技园深蓝数据上班，你女朋友电话17665400339我们也有。",
     [(P, "陈家乐"), (MB, "17665400339")], [U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AO-APP-NOTICES": APP_NOTICES,
    "AO-LENDER-SMS": LENDER_SMS,
    "AO-AGENCY-SMS": AGENCY_SMS,
    "AO-AGENT-CALLS": AGENT_CALLS,
    "AO-ASR-CALLS": ASR_CALLS,
    "AO-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AO-CONTACTS": CONTACTS,
    "AO-LANDLORDS-HOUSEKEEPERS": LANDLORDS_HOUSEKEEPERS,
    "AO-BUILDING-GROUPS": BUILDING_GROUPS,
    "AO-DOOR-NOTICES": DOOR_NOTICES,
    "AO-VISIT-REPORTS": VISIT_REPORTS,
    "AO-QA-AND-TICKETS": QA_AND_TICKETS,
    "AO-OPERATOR-EMAILS": OPERATOR_EMAILS,
    "AO-COURT-FILINGS": COURT_FILINGS,
    "AO-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AO-DECOYS": DECOYS,
    "AO-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AO-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AO-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AO-FORWARDED": FORWARDED,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
