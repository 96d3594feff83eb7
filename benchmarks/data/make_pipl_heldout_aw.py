"""Writes `pipl_heldout_aw.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14), from
the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the reference notes, `audit/message.py`, the record helpers
and identifier checks in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of
`tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five entries and closing
functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions, which this set keeps).
It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models, the training data,
other tests or any other set's entries, and ran no detector, scan or benchmark on these texts. The invented
identifiers were drawn once by a throw-away script (area codes of Hunan, Henan, Sichuan, Guizhou and Jiangxi
counties, birth dates with the right check character and a sex digit that fits the person, four ending in X,
old 15-digit IDs with a real month, Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes); they
were typed into the texts and spelled out digit by digit by hand, and the passports (EA, G), the permit to Hong
Kong and Macau (C) and a home-return permit (H) were typed to the pattern. The decoys were drawn to fail the same
checks and checked against `set_format.check_identifier` for every identifier type.

Rural lending carries it: a rural commercial bank (禾川农商银行, still 信用社 to the villagers) in a Hunan county and
a village bank (桑梓村镇银行) in a Henan one, lending to farmers, households and small rural businesses
(planting, pig, cattle, duck and citrus loans, farm-machinery loans, household consumption loans, loans under
joint-liability groups 联保小组), collecting through branch staff, the village service points (助农服务点) they
pay to take repayments, and a collection agency (鼎禾咨询), with a law firm writing for one of them. Voices: stage
SMS (one in traditional characters), service-point keepers' WeChat messages, branch staff's and agents' calls as
transcripts and as speech-to-text output in Hunan, Henan and Sichuan speech, voice robots with keypad turns,
guarantors' notices and calls, joint-liability and village group chats, notices on the village board, a
loudspeaker script, calls to the village Party secretary, the village accountant, the village doctor, an
insurance co-ordinator, relatives who went to Dongguan, Shenzhen, Guangzhou and Hangzhou, neighbours, an employer
and a building-site boss; visit records, a copied household register, skip-tracing notes, quality-check sheets,
complaint tickets and replies, e-mails between the banks, the agency, an insurer, a village committee and a
regulator; collection letters, lawyers' letters, settlement certificates, and a statement of claim, an
application for preservation and an application for enforcement filed with courts; messages a debtor or a
relative forwards or pastes whole.

317 messages, 105 of them (33%) compliant; from 5 characters to a statement of claim of 249. Identifiers stand in
93: 18-digit IDs (ending in X, read with 叉, in full-width digits, grouped 6-8-4 by hyphens, in fours by spaces,
digit by digit with spaces, read aloud with 幺 and with 零 to 九), old 15-digit ones (typed and read aloud); bank and
惠农 cards of 16 and 19 digits (grouped by fours, by dots, in full-width digits, read aloud with 幺, 拐 and 洞);
mobiles (spaced 3-4-4, dashed, behind +86 and 0086, in full-width digits, read aloud with 幺 and 洞, one after a
self-correction); an EA and a G passport, a permit to Macau and a home-return permit; landlines of the banks, the
agency and a law firm (one with its area code in brackets, one with an extension outside the span); e-mail
addresses; a farmers' co-operative's unified social credit code in a court filing. Beside them stand decoys of the
same shapes: an 18-digit land-management certificate number and receipt numbers failing the check character, a
15-digit query receipt with no real month, 11-digit subsidy-batch and ticket numbers and an invoice number on no
mobile prefix, 16- and 19-digit loan-contract, repayment-serial and batch numbers failing Luhn (one read aloud, one
a card number with its last digit changed, standing next to that card), masked forms (4305**********2288,
4116********0752, 尾号0917); three decoys stand in messages that also hold a real identifier or a sensitive detail
and are labelled for that. Licence plates (a tricycle in a preservation application, a brother's ride-hailing
car) are entities with no category.

`pii.unmasked_identifier` labels 83 messages; a full identifier in papers filed with a court (statement of claim,
preservation, enforcement) is lawful there and carries no category, but the same number in an SMS, a letter or a
settlement certificate to the debtor, in a notice on the village board or in a call to a son or the Party secretary
is labelled. Third-party disclosure labels 83, many in a few words or by implication ("his loan at the credit
co-op", "the bank's people are coming again this afternoon", "your son's money matter, he knows what it is",
"tell him to pay the money", a bank signature on a call-back request), to wives, parents, sons, a daughter, a
brother, a sister, a cousin, a nephew, a roommate, neighbours, the village Party secretary, accountant, a
cadre and doctor, an insurance co-ordinator, a supermarket, a building-site boss, a factory owner, village and
relatives' group chats, the village board and loudspeaker, and a village committee by e-mail. Joint-liability
guarantors are told their own obligation lawfully (whose loan, the contract, their share, a date); it becomes a
disclosure when the group chat hears of other loans, a former member of a dissolved group is asked to press, a
member is told others' debts and asked to press, or the notice adds the debtor's illness, whereabouts or wife's
workplace. Beside them stand bare call-back requests that name no lender, a wrong number, a staff member who
refuses to tell a relative what the matter is, and a reply to a Party secretary that the bank cannot discuss a
loan. `pii.excessive` labels 56: the whole household register (members, IDs, a grandchild's school), the names,
numbers, workplaces and addresses of wives, parents, children, siblings, in-laws, an uncle, a son-in-law, aunts, a
daughter's boyfriend, a team leader and neighbours. `pii.sensitive` labels 80, mostly without the textbook words:
disability, subsistence, poverty-relief, extreme-poverty and old-age payments into 惠农 cards, wage inflows and
transfers, other banks' and online loans, credit card overdrafts; a migrant worker's factory, shift and dormitory,
a building site and a mahjong parlour, a bus home, a location history, a trip to Macau and a son's exit abroad;
liver cancer, dialysis, heart bypass, stroke, diabetes, lumbar surgery, a bed number on a cancer ward, a wife's
depression, high blood pressure; pregnancy and antenatal visits; children's and grandchildren's kindergartens and
schools; Sunday worship, a house church and temple incense. Beside them stand debtors speaking of their own
illness, disability or subsistence status and staff answering with deferral or relief, the debtor's own 惠农 card
named by its last digits, general hardship offers, rules that forbid using such data, and quality-check sheets and
replies that name the kind of data without repeating it.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links, banks and companies
are invented; identifiers are well formed and `set_format` checks them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in quality-check sheets, tickets, letters and e-mails
  too. Not: papers filed with a court, masked forms, last digits alone, a bank's, agency's or law firm's landline,
  a staff member's work mobile, a customer saying their own number, a licence plate, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the bank or the credit co-op as the one looking for him is enough, as is "that
  money" or "his matter") or the debtor's personal data. A guarantor under a joint-liability contract told only
  their own obligation is not; a co-borrower is a debtor. Notes, sheets, tickets and e-mails passed between the
  banks, the agency, an insurer and regulators go to an unknown recipient and are judged on the other categories
  only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a minor's
  school or class, whereabouts at a given place or time and daily routine, financial account details beyond need
  (inflows, subsidies, pensions, allowances, other loans, a credit report), border crossings, specific identities
  (disability, subsistence or poverty-relief status). The debtor's own words (also as a ticket quotes them), a
  general hardship offer, a rule or sheet naming the kind of data without repeating it, is not.
- `pii.excessive`: household members', relatives', neighbours' or colleagues' names, numbers, workplaces or
  addresses, or a household register, that the message does not need. Not: a full name alone, the staff member's
  own name, the debtor's address in a court filing or preservation lead, a guarantor named in their own notice,
  a relative the message is addressed to or about.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. A
message a debtor or a relative forwards or pastes whole carries the labels of what it contains. Entities mark
every string of their type whoever it belongs to; masked forms and service numbers are not entities, a
landline's extension lies outside its span, as does a +86 or 0086 before a mobile; a surname with an honorific or
a title (老周, 周书记, 彭经理, 王婶, 曾师傅) is not a PERSON, a given name alone (建国, 二虎, 小龙), also before 哥, 叔,
伯 or 婶, is; ADDRESS reaches down to a road and number, a building and room, or a village group and house number
(a village or a town alone is not one).

Regenerate with `python -m benchmarks.data.make_pipl_heldout_aw`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_aw.jsonl"
ID_PREFIX = "PAW"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- the banks' SMS to borrowers ---------------------------------------------------------------------------

BANK_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【禾川农商银行】尊敬的客户，您在我行柳塘支行办理的种养殖贷款本期应还利息1,386.00元，已于今日逾期，请尽快存入尾号4416的还款账户。如有困难可到网点申请延期。退订回T",
     [], []),
    ("sms", "debtor", "【禾川农商银行】周建国您好，您的农户小额信用贷款（合同号HC2023柳塘字第0417号）已逾期36天，欠本金30000元及利息。请于6月20日前到柳塘支行或石门村助农服务点办理还款。客户经理电话0739-6218735。",
     [(P, "周建国"), (LL, "0739-6218735")], []),
    ("sms", "debtor", "【桑梓村镇银行】段二虎，你身份证411627198007030752名下的农机贷款已逾期，尚欠本息48620元，请三日内归还。",
     [(P, "段二虎"), (ID, "411627198007030752")], [U]),
    ("sms", "debtor", "【禾川农商银行】您的贷款今日扣款失败，扣款卡6228130473645497150余额0.36元。请于17:00前存入2,150.00元，避免产生逾期记录。",
     [(BC, "6228130473645497150")], [U]),
    ("sms", "debtor", "【桑梓村镇银行】马金锁：查询到您惠农一卡通本月入账残疾人生活补贴及护理补贴共220元，已按约定先行扣划用于归还逾期利息，余欠1,033.70元。",
     [(P, "马金锁")], [S]),
    ("sms", "debtor", "【桑梓村镇银行】您好，您尾号3318的惠农一卡通已到账耕地地力保护补贴，可在村助农服务点转入贷款账户还款，转不转由您自己决定。",
     [], []),
    ("sms", "debtor", "【禾川农商银行】李长贵，您妻子张桂兰、儿子李小兵均在您的贷款资料中登记为家庭成员，逾期不还将影响全家在我行的授信，请尽快还款。",
     [(P, "李长贵"), (P, "张桂兰"), (P, "李小兵")], [X]),
    ("sms", "debtor", "【禾川农商银行】尊敬的客户，您预留的手机号18789090755将作为贷款到期提醒的联系方式，如有变更请到网点更新。您的贷款已逾期12天。",
     [(MB, "18789090755")], [U]),
    ("sms", "debtor", "【禾川农商银行】彭冬生，我行了解到你目前在东莞长安镇五金厂做工，每月15号发工资，请发薪后第一时间归还贷款本息6,700元。",
     [(P, "彭冬生")], [S]),
    ("sms", "debtor", "禾川农商行温馨提示：您的生猪养殖贷款将于7月1日到期，本金50000元。如需续贷，请提前十个工作日携带户口本、身份证到柳塘支行办理。",
     [], []),
    ("sms", "debtor", "【桑梓村镇银行】尊敬的客户：您的家庭消费贷款已逾期5天，请登录手机银行或到就近助农服务点还款，已还请忽略。拒收请回复R",
     [], []),
    ("sms", "debtor", "【禾川農商銀行】曾凡林先生：閣下之農機購置貸款已逾期58天，欠款本息合計21,460.35元。請於本月25日前至柳塘支行櫃面辦理。如有異議，請致電0739-6218735。",
     [(P, "曾凡林"), (LL, "0739-6218735")], []),
    ("sms", "debtor", "【禾川农商银行】罗志刚您好，听说您母亲今年在县医院做了心脏搭桥，家里开支大，但贷款已逾期两个月，还是要按时归还。",
     [(P, "罗志刚")], [S]),
    ("sms", "debtor", "【禾川农商银行】罗先生，您电话中说明的家庭困难我们已经登记。您可以申请延期还款，请本人带身份证到柜台办理，延期期间不收罚息。",
     [], []),
    ("sms", "debtor", "【禾川农商银行】邓光明（证号430523721206621）：我行系统仍登记您的15位老身份证号，您的贷款已逾期，请带新身份证到网点还款并更新资料。",
     [(P, "邓光明"), (ID, "430523721206621")], [U]),
    ("sms", "debtor", "【桑梓村镇银行】候大勇：征信显示你在另外三家银行和两个网贷平台还有借款没还，合计约9.6万元，请优先归还我行贷款。",
     [(P, "候大勇")], [S]),
    ("sms", "debtor", "【禾川农商银行】唐小军，你的联保担保人谢玉兰（手机15914290479）、胡德旺都已收到我行通知，请你尽快还款，莫连累他们。",
     [(P, "唐小军"), (P, "谢玉兰"), (MB, "15914290479"), (P, "胡德旺")], [U, X]),
    ("sms", "debtor", "【桑梓村镇银行】您的贷款已逾期，请速还。",
     [], []),
    ("sms", "debtor", "【禾川农商银行】胡德旺，你孙子在柳塘镇中心小学读三年级，学费都交得起，贷款却拖了四个月，请于本周内还清。",
     [(P, "胡德旺")], [S]),
    ("sms", "debtor", "【禾川农商银行】尊敬的客户（证件号4305**********2288），您的贷款结清证明已开具，请于工作日到柳塘支行领取。",
     [], []),
    ("sms", "debtor", "【桑梓村镇银行】杨桂芝：你家那笔家庭农场贷款我行将从你名下的卡 6217 7844 6405 7491 635 扣收，扣收金额3,266元，请确保余额充足。",
     [(P, "杨桂芝"), (BC, "6217 7844 6405 7491 635")], [U]),
    ("sms", "debtor", "【禾川农商银行】张满仓您好：您的能繁母猪保险理赔款8,400元已到账，按贷款合同约定优先归还养殖贷款，剩余2,100元已转入您尾号0917的账户。",
     [(P, "张满仓")], []),
    ("sms", "debtor", "【桑梓村镇银行】郭喜旺：经核实，你家户口本上登记有父亲郭老根、母亲刘翠兰、妻子申小燕、女儿郭欣欣，户籍地址郸城县宜路镇后楼村三组26号。逾期贷款请尽快处理。",
     [(P, "郭喜旺"), (P, "郭老根"), (P, "刘翠兰"), (P, "申小燕"), (P, "郭欣欣"), (A, "郸城县宜路镇后楼村三组26号")], [X]),
    ("sms", "debtor", "【禾川农商银行】提醒：我行不会委托任何个人代收贷款，还款只认本人账户或柜面。咨询0739-6218735。",
     [(LL, "0739-6218735")], []),
    ("sms", "debtor", "【桑梓村镇银行】段先生：您的农机贷款已委托鼎禾信息咨询服务有限公司协助催收，对方会与您联系，如有疑问请拨0394-5127609核实。",
     [(LL, "0394-5127609")], []),
    ("sms", "debtor", "【禾川农商银行】彭女士，客户经理周四上门核实您的联系方式（188-6437-8441）和养鸡场经营情况，请在家等候。",
     [(MB, "188-6437-8441")], [U]),
    ("sms", "debtor", "【桑梓村镇银行】申小燕：你怀孕七个月的事我们从村里了解到了，但贷款不能一直拖，请让家里人代为还款。",
     [(P, "申小燕")], [S]),
]

# --- the village service points (助农服务点) the banks pay to take repayments ------------------------------------

SERVICE_POINTS: list[PiplEntry] = [
    ("app", "third_party", "王婶，麻烦你跟隔壁老周说一声，他信用社那笔贷款该还了，叫他来我店里办。",
     [], [D]),
    ("app", "third_party", "刘叔，我是小邓，有点事找刘军，麻烦让他有空回个电话，13150084902，谢谢啦。",
     [(P, "刘军"), (MB, "13150084902")], []),
    ("app", "debtor", "建国哥，你那个贷款到期了，信用社让我跟你讲一声，可以直接在我这里转账还，带惠农卡来就行。",
     [(P, "建国")], []),
    ("app", "debtor", "满仓叔，你惠农卡号是6230232994918614323，我帮你查了，补贴还没到，到了我就给你转去还贷款。",
     [(P, "满仓"), (BC, "6230232994918614323")], [U]),
    ("app", "third_party", "嫂子，大军在信用社那笔贷款逾期三个月了，行里天天打电话问我，你让他赶紧想办法。",
     [(P, "大军")], [D]),
    ("notice", "unknown", "【石门村助农服务点】本点可办理：小额取款、转账、惠农补贴查询、禾川农商行贷款还款。营业时间8:00-20:00。联系人：邓秋菊 13332867231",
     [(P, "邓秋菊"), (MB, "13332867231")], []),
    ("app", "debtor", "秀英姐，我看到你卡上上礼拜进了一笔低保金和临时救助金，一共1260块，行里的意思是先拿来还利息，你看要不要过来办一下？",
     [(P, "秀英")], [S]),
    ("app", "debtor", "秀英姐，你跟我讲的情况我报给行里了，行里说利息可以缓一个月，你莫急。",
     [(P, "秀英")], []),
    ("app", "third_party", "李婶，跟你打听一下，你隔壁胡德旺家石门村四组11号，他儿子胡小龙在哪里上班你晓得不？他贷款拖了半年了。",
     [(P, "胡德旺"), (A, "石门村四组11号"), (P, "胡小龙")], [D, X]),
    ("sms", "third_party", "周书记，禾川农商行委托我转告：你们村欠贷没还的有胡德旺、唐小军、刘满仓三户，麻烦村委帮忙催一下。",
     [(P, "胡德旺"), (P, "唐小军"), (P, "刘满仓")], [D]),
    ("app", "debtor", "唐哥，行里新出了个政策，受灾的养殖户可以申请展期，你鸡场上个月淹了水，可以去问问。",
     [], []),
    ("app", "debtor", "德旺伯，听说你上个月查出来是肝癌晚期，行里说要抓紧把贷款的事处理了，免得以后说不清。",
     [(P, "德旺")], [S]),
    ("notice", "unknown", "【桑梓村镇银行后楼村助农服务点】通知：本月起贷款客户可在本点用惠农一卡通还款，请带本人身份证。代办员：郭秋生",
     [(P, "郭秋生")], []),
    ("app", "third_party", "喜旺他媳妇，喜旺欠村镇银行那钱咋整？",
     [(P, "喜旺"), (P, "喜旺")], [D]),
    ("app", "third_party", "恁是喜旺家吧？俺是秋生，叫喜旺得空给俺回个话，中不中？",
     [(P, "喜旺"), (P, "秋生"), (P, "喜旺")], []),
    ("app", "debtor", "老马你身份证号我念一下你核对 四一一六二五一九八九零七零一九五七二 对的话我就给你把补贴转到贷款户上",
     [(ID, "四一一六二五一九八九零七零一九五七二")], [U]),
    ("sms", "debtor", "二虎，我是后楼服务点秋生。行里让我跟你说，你在县医院住院那几天的费用单子他们看到了，叫你出院了先把利息结了。",
     [(P, "二虎"), (P, "秋生")], [S]),
    ("sms", "debtor", "二虎，行里说你要是身体不中，利息可以先停一停，等你好了再说，有啥你就给俺讲。",
     [(P, "二虎")], []),
]

# --- branch staff's calls, as transcripts ------------------------------------------------------------------

BRANCH_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，我是禾川农商银行柳塘支行的客户经理彭亮，请问是周建国本人吗？\n客户：是我，么子事？\n坐席：您的小额信用贷款已经逾期36天了，本金三万，利息一千二左右，您看什么时候方便处理？\n客户：谷子还冇卖，卖了就还。\n坐席：好的，那我给您登记月底前还款，到时候再跟您确认。",
     [(P, "彭亮"), (P, "周建国")], []),
    ("call", "debtor", "坐席：喂，段二虎是吧，俺是桑梓村镇银行的，你身份证是411627198007030752对吧？\n客户：对，咋了？\n坐席：你那农机贷款逾期俩月了，四万八一分没还，你到底咋想的？",
     [(P, "段二虎"), (ID, "411627198007030752")], [U]),
    ("call", "third_party", "坐席：喂，是刘满仓屋里吧？\n第三方：我是他堂客，他出去了。\n坐席：你跟他讲，信用社那笔养牛贷款拖了五个月了。他上次糖尿病住院的钱是找哪个借的，我们也晓得。",
     [(P, "刘满仓")], [D, S]),
    ("call", "third_party", "坐席：您好，请问刘满仓在家吗？\n第三方：不在，你是哪个？\n坐席：我姓彭，麻烦他回来给我回个电话，号码17465440238，谢谢您。\n第三方：要得。",
     [(P, "刘满仓"), (MB, "17465440238")], []),
    ("call", "third_party", "坐席：您好，找一下唐小军。\n第三方：他不在。你们是哪里的？他是不是欠你们钱？\n坐席：不好意思，具体的事我们只能跟他本人讲，麻烦您转告他回个电话就行。\n第三方：神神秘秘的。",
     [(P, "唐小军")], []),
    ("call", "debtor", "坐席：唐小军，你户口本上你爸唐德生、你妈蒋春花、你老婆吴三妹，我们都登记了的，你不还，我们就一个一个打电话问。\n客户：你们找我就行，莫找他们。",
     [(P, "唐小军"), (P, "唐德生"), (P, "蒋春花"), (P, "吴三妹")], [X]),
    ("call", "debtor", "坐席：小军，你是在深圳龙华那个电子厂吧，晚上八点下班，厂门口就一条路。\n客户：你么子意思？\n坐席：没么子意思，早点把钱还了大家都好。",
     [(P, "小军")], [S]),
    ("call", "debtor", "坐席：您好，禾川农商银行，提醒您贷款已经逾期十天。\n客户：我娘住院了，手里实在冇得钱。\n坐席：理解，家里有困难的话可以申请延期或者分期，您写个情况说明，我帮您报上去。\n客户：那要得，谢谢你。",
     [], []),
    ("call", "third_party", "坐席：周书记您好，我是禾川农商行柳塘支行的小彭。\n第三方：彭经理啊，么子事？\n坐席：你们村胡德旺在我们这里的贷款拖了半年了，六万多，您在村里说话有分量，帮我们做做工作。\n第三方：我去讲一下看。",
     [(P, "胡德旺")], [D]),
    ("call", "third_party", "坐席：周书记您好，我姓彭，想跟您打听一下，胡德旺最近在不在村里？有点事想当面找他本人。\n第三方：在屋里，身体不好。\n坐席：好的，谢谢您，我直接跟他联系。",
     [(P, "胡德旺")], []),
    ("call", "debtor", "坐席：你那个惠农卡，卡号我跟你念一遍，六二二八 八二八七 四五零四 八二一二 一七零，对吧？补贴到了我们就扣。\n客户：嗯。",
     [(BC, "六二二八 八二八七 四五零四 八二一二 一七零")], [U]),
    ("call", "debtor", "坐席：您好，这里是禾川农商银行，核对一下您的联系方式。\n客户：我手机号换了，新的是一三零一二四五一八五八。\n坐席：好的，新号码记下了，尾号1858，以后提醒短信就发这个号。",
     [(MB, "一三零一二四五一八五八")], []),
    ("call", "third_party", "坐席：你是张桂兰的儿子吧？你妈在我们村镇银行贷了两万块钱养羊，逾期了。听说她去年中风了，现在还能下地不？\n第三方：你们怎么晓得这些的？",
     [(P, "张桂兰")], [D, S]),
    ("call", "debtor", "坐席：喂，请问是曾凡林曾师傅不？我是禾川农商银行的。\n客户：是嘛，啥子事？\n坐席：你那个农机贷款这个月的款还莫得进来，提醒你一下，25号之前存进去就对了。\n客户：晓得了晓得了。",
     [(P, "曾凡林")], []),
    ("call", "debtor", "坐席：你老婆吴三妹的电话18250809317我们打了，她在县城华联超市收银是吧，我们不想去她单位找她。\n客户：你们莫去找她！",
     [(P, "吴三妹"), (MB, "18250809317")], [U, X]),
    ("call", "debtor", "坐席：陈大哥，还款的事就按刚才说的，分三期。您有疑问可以打我们支行座机0739-6218735，找信贷部。\n客户：好，麻烦你了。",
     [(LL, "0739-6218735")], []),
    ("call", "debtor", "坐席：罗志刚，你女儿在县一中读高二，住校，每个月生活费你打得起，我们这点利息你就打不起？\n客户：那是两回事。",
     [(P, "罗志刚")], [S]),
    ("call", "debtor", "客户：我是低保户，残疾证都有的，真还不起。\n坐席：您的情况我们了解了，我们这边可以帮您申请停息挂账，需要您到网点签个字，家里人陪着来也行。\n客户：那好。",
     [], []),
    ("call", "debtor", "坐席：姚福生，你是建档立卡的贫困户，村里每年给你发扶贫款、光伏分红，我们都查得到，两千块利息你说还不起？\n客户：那点钱是买药的。",
     [(P, "姚福生")], [S]),
    ("call", "third_party", "坐席：喂，是龙国庆吗？你认不认得吴三妹？\n第三方：认得，我表姐，么子事？\n坐席：她留的紧急联系人是你，麻烦你叫她回个电话给禾川农商行，她那个贷款的事要处理。",
     [(P, "龙国庆"), (P, "吴三妹")], [D]),
]

# --- calls as speech-to-text output: no punctuation, fillers, dialect, digits read aloud ----------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好 嗯 我这边是桑梓村镇银行的 你是宋保国吧 身份证号四幺幺六二五幺九九四零七零幺五二七零 对不对\n客户：对 咋了\n坐席：你那个家庭消费贷 逾期四十来天了 得赶紧还",
     [(P, "宋保国"), (ID, "四幺幺六二五幺九九四零七零幺五二七零")], [U]),
    ("call", "debtor", "坐席：喂 那个 柳塘支行的哈 你那个贷款 这个月利息 嗯 还差三百二十块\n客户：晓得晓得 明天去存\n坐席：好嘞 那就麻烦你了",
     [], []),
    ("call", "third_party", "坐席：喂 恁是郭喜旺他爹不是\n第三方：是 咋着\n坐席：恁儿在村镇银行贷那三万块钱 逾期了 他现在在郑州富士康那上班是吧 恁叫他赶紧还\n第三方：俺不知道他的事",
     [(P, "郭喜旺")], [D, S]),
    ("call", "third_party", "坐席：喂你好 请问是郭喜旺家里吧\n第三方：是 他不在家\n坐席：哦 那麻烦你给他说一声 让他回个电话 就这个号\n第三方：中",
     [(P, "郭喜旺")], []),
    ("call", "debtor", "坐席：嗯 你看一下你那个卡 是不是六二幺四 八九幺四 拐九三八 洞五二五 四幺九 对 就这张 到时候自动扣\n客户：嗯是这张",
     [(BC, "六二幺四 八九幺四 拐九三八 洞五二五 四幺九")], [U]),
    ("call", "debtor", "坐席：喂 邓光明啊 我禾川农商行的 听你屋里讲你那个肺上的毛病又犯了 在市中心医院住了半个月 那个 贷款的事你看\n客户：等我出院再讲",
     [(P, "邓光明")], [S]),
    ("call", "debtor", "客户：我那个 腿断了 在屋里躺了三个月 冇得收入\n坐席：哦 那这个情况可以申请延期 嗯 你身体要紧 等你好点了去网点签个字就行\n客户：要得",
     [], []),
    ("call", "third_party", "坐席：喂 你好 你是胡德旺隔壁的吧 他那个贷款 欠我们行六万多 你帮我们看看他屋里有人没 他儿子电话你有没得\n第三方：我不晓得",
     [(P, "胡德旺")], [D]),
    ("call", "debtor", "坐席：你那个 紧急联系人 留的是你老婆的电话 幺五九 幺零四六 八零四六 对吧 她说她不管\n客户：她本来就不管",
     [(MB, "幺五九 幺零四六 八零四六")], [U, X]),
    ("call", "debtor", "坐席：喂 黄金水嘛 我是那个 禾川 农商行的 你娃儿在镇上幼儿园嘛 大班嘛 我们晓得的 你那个钱好久还嘛\n客户：你啥子意思",
     [(P, "黄金水")], [S]),
    ("call", "third_party", "坐席：喂 请问是魏来娣吗\n第三方：打错了 我不是\n坐席：哦 不好意思打扰了",
     [(P, "魏来娣")], []),
    ("call", "debtor", "坐席：老人家 你那个身份证 还是老的 十五位的 三六零七三一五零零四一六七八三 对吧 要去派出所换新的 不然贷款结清手续办不了\n客户：哦哦",
     [(ID, "三六零七三一五零零四一六七八三")], [U]),
    ("call", "third_party", "坐席：喂 周书记啊 嗯 我小彭 那个唐小军 你们村那个 他又没还 你帮我到他屋里看一下 他是不是又跑出去打工去了\n第三方：我下午去看看",
     [(P, "唐小军")], [D]),
    ("call", "debtor", "坐席：嗯 你的贷款已经结清了 结清证明 下礼拜三来拿 带身份证\n客户：好好好 谢谢你啊",
     [], []),
    ("call", "debtor", "坐席：你不接电话我们就找你弟弟唐小兵 他在长沙韶山南路208号那个汽修厂 我们去过的\n客户：关他么子事",
     [(P, "唐小兵"), (A, "长沙韶山南路208号")], [X]),
    ("call", "debtor", "坐席：麻烦您报一下身份证后四位\n客户：我全报给你吧 四三零五二八幺九七七零六幺幺幺二七八\n坐席：不用不用 后四位就够了 好的核对无误",
     [(ID, "四三零五二八幺九七七零六幺幺幺二七八")], []),
    ("call", "debtor", "坐席：你媳妇不是在县妇幼做产检吗 俺那天见她了 肚子都恁大了 你那钱啥时候还\n客户：别扯俺媳妇",
     [], [S]),
    ("call", "debtor", "坐席：喂 嗯 曾师傅 你上回说的那个 分期 行里批了 分六期 每期三千五 嗯 第一期下个月十号\n客户：好 好",
     [], []),
    ("call", "third_party", "坐席：喂 你是刘军吧 你爸刘满仓那个养牛贷款 你晓得吧 拖了五个月了 他那个腰椎间盘手术的钱都是借的 你帮你爸还一下嘛\n第三方：他的事我不管",
     [(P, "刘军"), (P, "刘满仓")], [D, S]),
]

# --- voice robots, with keypad turns -------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是桑梓村镇银行智能客服，您尾号6735的贷款已逾期3天，请于今日内还款。确认本人请按1。\n客户：1\n机器人：感谢您的确认，还款可通过手机银行或助农服务点办理，再见。",
     [], []),
    ("call", "debtor", "机器人：您好，请问您是身份证号码为5 1 1 3 2 1 1 9 6 5 0 2 2 2 7 3 6 8的本人吗？是请按1，不是请按2。\n客户：1\n机器人：您的贷款已逾期，请尽快还款。",
     [(ID, "5 1 1 3 2 1 1 9 6 5 0 2 2 2 7 3 6 8")], [U]),
    ("call", "third_party", "机器人：您好，这里是客服中心，我们有重要事情需要联系刘满仓先生，如果您认识他，请转告他回电0739-6218735，谢谢。",
     [(P, "刘满仓"), (LL, "0739-6218735")], []),
    ("call", "third_party", "机器人：您好，您是胡德旺的紧急联系人，胡德旺在禾川农商银行的贷款已逾期187天，欠款62,318元，请您督促其尽快还款。\n第三方：（挂断）",
     [(P, "胡德旺"), (P, "胡德旺")], [D]),
    ("call", "debtor", "机器人：您好，系统将于今日18点从您尾号为0917的银行卡扣收本期贷款本息，请确保余额充足。如已还款请忽略。",
     [], []),
    ("call", "debtor", "机器人：您好，本次来电是为核实您的预留手机一八九八一七五九六二四是否仍在使用，您的贷款已逾期，请按1确认。\n客户：1",
     [(MB, "一八九八一七五九六二四")], [U]),
    ("call", "third_party", "机器人：您好，系统显示您是户主邓光明的家庭成员，邓光明在禾川农商银行的贷款已逾期，请提醒户主按时还款。按1表示已知悉。\n第三方：1",
     [(P, "邓光明"), (P, "邓光明")], [D]),
    ("call", "third_party", "机器人：您好，请问是周建国本人吗？是请按1，不是请按2。\n第三方：2\n机器人：抱歉打扰您了，再见。",
     [(P, "周建国")], []),
    ("call", "debtor", "机器人：您好，检测到您近一个月一直在广东省东莞市活动，您的贷款已逾期，请尽快返乡处理或通过手机银行还款。",
     [], [S]),
    ("call", "debtor", "机器人：如需申请延期还款，请按2，工作人员将在工作日与您联系。\n客户：2\n机器人：已为您登记，工作人员将在三个工作日内回电。",
     [], []),
    ("call", "debtor", "机器人：您好，您的还款账户６２１７７３５４１４１９４９６１０３２本期扣款失败，请于今日存入足额资金。",
     [(BC, "６２１７７３５４１４１９４９６１０３２")], [U]),
    ("call", "third_party", "机器人：您好，这里是鼎禾信息咨询，受桑梓村镇银行委托提醒：您的亲属段二虎（手机17132607563）农机贷款逾期，请转告其还款。",
     [(P, "段二虎"), (MB, "17132607563")], [D, U]),
]

# --- joint-liability groups (联保小组): guarantors told their own obligation, and told more -----------------------

JOINT_LIABILITY: list[PiplEntry] = [
    ("sms", "third_party", "【禾川农商银行】谢玉兰您好：根据您于2022年3月签订的《农户联保借款协议》（编号HC-LB-2022-0318），您对本联保小组成员的借款承担连带保证责任。现小组内一笔借款已逾期，请于7月10日前到柳塘支行了解您需履行的保证责任。",
     [(P, "谢玉兰")], []),
    ("notice", "third_party", "履行保证责任通知书\n胡德旺先生：\n您作为唐小军在我行借款（合同编号HC2022柳塘借字第1126号）的联保小组成员及连带责任保证人，依据《联保协议》第六条，现该笔借款本金20,000元已逾期，您应在保证范围内承担连带清偿责任。请于收到本通知之日起十五日内与我行联系。\n禾川农商银行柳塘支行\n2024年6月12日",
     [(P, "胡德旺"), (P, "唐小军")], []),
    ("notice", "third_party", "履行保证责任通知书\n刘满仓先生：\n您作为唐小军借款（合同编号HC2022柳塘借字第1126号）的连带责任保证人，应在保证范围内承担清偿责任。另据我行了解，唐小军现在深圳龙华打工，其妻吴三妹在县城华联超市上班，您可督促其家属还款。\n禾川农商银行柳塘支行",
     [(P, "刘满仓"), (P, "唐小军"), (P, "唐小军"), (P, "吴三妹")], [D, S, X]),
    ("app", "third_party", "【石门村二组联保群】各位组员：唐小军的贷款已逾期63天，他老婆讲他在外面还欠了网贷十几万，大家都是担保人，抓紧劝劝他。",
     [(P, "唐小军")], [D, S]),
    ("app", "third_party", "各位联保组员：本组有一笔借款逾期，根据联保协议，各成员需承担连带保证责任，具体金额请各自到网点查询。——禾川农商银行柳塘支行 彭亮",
     [(P, "彭亮")], []),
    ("sms", "third_party", "曾凡林你好，你以前跟唐小军在一个联保小组，那个组2021年就解散了，但唐小军现在欠我行两万多没还，你跟他熟，帮忙催一下。",
     [(P, "曾凡林"), (P, "唐小军"), (P, "唐小军")], [D]),
    ("call", "third_party", "坐席：谢玉兰您好，我是禾川农商银行的彭亮，您是唐小军那笔联保贷款的保证人吧？\n第三方：是的。\n坐席：这笔借款已经逾期两个月，按协议您要承担连带责任，您的保证份额是5,000元，您看什么时候方便来网点了解一下？\n第三方：我先去找他说说。",
     [(P, "谢玉兰"), (P, "彭亮"), (P, "唐小军")], []),
    ("call", "third_party", "坐席：谢大姐，唐小军这个人你也晓得，他老婆生了二胎以后一直在吃药，抑郁症，屋里一团糟，钱肯定是还不上了，你们几个担保的要准备好。\n第三方：那我们怎么办？",
     [(P, "唐小军")], [D, S]),
    ("sms", "third_party", "【桑梓村镇银行】郭秋生：您在“后楼村第三联保小组”承担连带保证责任的借款已逾期，您应承担的保证金额为8,000元，请于本月30日前到网点办理。",
     [(P, "郭秋生")], []),
    ("sms", "third_party", "【桑梓村镇银行】郭秋生（身份证411625199709232035）：您提供连带保证的联保借款已逾期，请于本月30日前到网点履行保证责任。",
     [(P, "郭秋生"), (ID, "411625199709232035")], [U]),
    ("app", "third_party", "【后楼三组联保群】村镇银行客户经理：各位，下面是咱组成员信息，大家核对一下：段二虎 17132607563，郭秋生 13715341766，宋保国 16550764888，马金锁 18139283960。",
     [(P, "段二虎"), (MB, "17132607563"), (P, "郭秋生"), (MB, "13715341766"), (P, "宋保国"), (MB, "16550764888"),
      (P, "马金锁"), (MB, "18139283960")], [U, X]),
    ("app", "third_party", "秋生哥，俺是村镇银行小魏。恁们联保小组有一笔贷款到期还没还，按协议恁有担保责任，具体情况恁来网点俺给恁细说。",
     [(P, "秋生")], []),
    ("notice", "third_party", "关于联保小组代偿的通知\n各位保证人：借款人马金锁因脑梗后瘫痪在床，已无力还款，现由本组各保证人按《联保协议》约定份额代偿，每户4,250元。\n桑梓村镇银行宜路支行",
     [(P, "马金锁")], [D, S]),
    ("sms", "debtor", "【禾川农商银行】吴三妹：您作为共同借款人签字的家庭经营贷款已逾期30天，请与唐小军共同安排还款，有困难可到网点协商。",
     [(P, "吴三妹"), (P, "唐小军")], []),
    ("sms", "third_party", "【禾川农商银行】胡德旺：你们联保小组唐小军欠款20,000元、刘满仓欠款35,000元均已逾期，望你多督促。",
     [(P, "胡德旺"), (P, "唐小军"), (P, "刘满仓")], [D]),
    ("call", "third_party", "坐席：郭秋生吗？俺村镇银行的。恁担保那一户的贷款逾期了，恁的保证份额是八千，这个月底前得处理。\n第三方：谁家的？\n坐席：合同上写着呢，段二虎那一笔，别的俺就不多说了，恁来网点看合同。",
     [(P, "郭秋生"), (P, "段二虎")], []),
]

# --- the village: committee, Party secretary, the notice board, the loudspeaker and the village chats ----------

VILLAGE: list[PiplEntry] = [
    ("notice", "third_party", "【禾川农商银行石门村信用户公示】以下农户贷款逾期未还，请尽快归还：胡德旺（四组）62,318元；唐小军（二组）20,000元；刘满仓（五组）35,000元。\n禾川农商银行柳塘支行 2024.6",
     [(P, "胡德旺"), (P, "唐小军"), (P, "刘满仓")], [D]),
    ("notice", "unknown", "【禾川农商银行】关于石门村“信用村”评定的公告：经评定，石门村获评2024年度信用村，全村农户可享受贷款利率优惠0.3个百分点。详询柳塘支行0739-6218735。",
     [(LL, "0739-6218735")], []),
    ("notice", "third_party", "催收公告：后楼村村民段二虎（身份证号411627198007030752）在桑梓村镇银行的农机贷款48,620元逾期至今，请本人见告后速还。",
     [(P, "段二虎"), (ID, "411627198007030752")], [D, U]),
    ("notice", "unknown", "温馨提示：近期有不法分子冒充银行工作人员以“征信修复”为名诈骗，请广大村民提高警惕。禾川农商银行从不在村务公开栏公布个人贷款信息。",
     [], []),
    ("app", "third_party", "@胡德旺 伯伯，你在信用社那个钱拖好久了，行里问我好几回了，今天看到回个话。",
     [(P, "胡德旺")], [D]),
    ("app", "third_party", "各位乡亲，本月耕地地力补贴已经到账，有贷款要还的可以来服务点顺便办，冇得贷款的不用管。",
     [], []),
    ("app", "third_party", "群里的乡亲们，哪个晓得刘满仓儿子刘军在广州的电话？他爸欠信用社的钱，联系不上。",
     [(P, "刘满仓"), (P, "刘军")], [D, X]),
    ("call", "third_party", "坐席：周书记，胡德旺那个情况您是晓得的，他屋里堂客精神上有点问题，您跟他屋里讲讲，贷款的事还是要面对。\n第三方：晓得晓得。",
     [(P, "胡德旺")], [D, S]),
    ("call", "third_party", "坐席：您好，石门村委会吗？我找一下周书记。\n第三方：他下组去了，你是？\n坐席：我姓彭，麻烦跟他说一声回个电话，谢谢。",
     [], []),
    ("sms", "third_party", "钟会计，麻烦问一下唐小军家的土地流转费什么时候发？他在我行有笔贷款逾期了，我们想跟他商量用流转费还。",
     [(P, "唐小军")], [D]),
    ("app", "third_party", "周书记，给您发个名单，是我们行在石门村的逾期户，附上他们家里人电话，您帮忙联系：胡德旺 儿子胡小龙 19831545590；刘满仓 儿子刘军 16611492731。",
     [(P, "胡德旺"), (P, "胡小龙"), (MB, "19831545590"), (P, "刘满仓"), (P, "刘军"), (MB, "16611492731")], [D, U, X]),
    ("app", "third_party", "周书记，个人贷款的情况我们不方便跟村里讲，您要是见到胡德旺，让他本人来支行一趟就行，谢谢您。",
     [(P, "胡德旺")], []),
    ("app", "third_party", "俺是桑梓村镇银行的，段二虎家的人在群里不？他那钱再不还俺们就去村里找支书了。",
     [(P, "段二虎")], [D]),
    ("notice", "third_party", "广播稿：村民郭喜旺请注意，你在桑梓村镇银行的贷款已经逾期，请听到广播后马上到村部来一趟。",
     [(P, "郭喜旺")], [D]),
    ("notice", "unknown", "广播稿：乡亲们注意了，桑梓村镇银行的工作人员今天下午在村部办理惠农卡激活和贷款咨询，需要的带上身份证来。",
     [], []),
    ("notice", "third_party", "公示：五组唐德生户（唐德生、蒋春花、唐小军、吴三妹），住石门村五组8号，因唐小军贷款逾期未还，该户取消信用户资格。\n禾川农商银行柳塘支行",
     [(P, "唐德生"), (P, "唐德生"), (P, "蒋春花"), (P, "唐小军"), (P, "吴三妹"), (A, "石门村五组8号"), (P, "唐小军")], [D, X]),
    ("app", "third_party", "张主任，你们村申小燕不是怀孕了嘛，她男人郭喜旺的贷款一直没还，你去她家的时候顺便说一声。",
     [(P, "申小燕"), (P, "郭喜旺")], [D, S]),
    ("app", "third_party", "周书记，我小彭，唐小军最近回村没有？",
     [(P, "唐小军")], []),
]

# --- relatives who went to the cities, neighbours, workmates ------------------------------------------------

RELATIVES: list[PiplEntry] = [
    ("sms", "third_party", "刘军你好，我是禾川农商银行的彭亮，你父亲刘满仓在我行的养牛贷款逾期五个月了，欠35,000元，他说钱都给你在东莞买房了，请你帮他还一下。",
     [(P, "刘军"), (P, "彭亮"), (P, "刘满仓")], [D]),
    ("app", "third_party", "你好，是蒋丽吧？你妈蒋春花在我们行贷了款，她高血压住院的事我们也晓得，不想逼她，就想跟你商量一下还款。",
     [(P, "蒋丽"), (P, "蒋春花")], [D, S]),
    ("sms", "third_party", "您好，我是禾川农商银行柳塘支行工作人员，请转告刘满仓先生回电0739-6218735。",
     [(P, "刘满仓"), (LL, "0739-6218735")], [D]),
    ("sms", "third_party", "你好，有事找刘满仓，请让他回个电话0739-6218735，谢谢。",
     [(P, "刘满仓"), (LL, "0739-6218735")], []),
    ("call", "third_party", "坐席：你是黄金水的哥哥嘛？他欠我们行的钱，现在人在成都哪个工地你晓得不？我们晓得他在双流那边。\n第三方：我不晓得。",
     [(P, "黄金水")], [D, S]),
    ("call", "third_party", "坐席：阿姨您好，打扰一下，胡德旺家是住这边吗？我找他有点事。\n第三方：他屋里冇人。\n坐席：好的，谢谢您。",
     [(P, "胡德旺")], []),
    ("app", "third_party", "唐小兵你好，你哥唐小军在我行贷款逾期，你嫂子吴三妹手机18250809317也打不通，你爸唐德生说你们兄弟不来往，麻烦你还是帮忙联系一下。",
     [(P, "唐小兵"), (P, "唐小军"), (P, "吴三妹"), (MB, "18250809317"), (P, "唐德生")], [D, U, X]),
    ("app", "third_party", "你跟你叔讲，信用社那个事莫拖了。",
     [], [D]),
    ("call", "third_party", "坐席：爷爷您好，彭冬生在家不？\n第三方：在广东打工，你哪个？\n坐席：我姓彭，有点事找他，麻烦让他打个电话给我。\n第三方：好。",
     [(P, "彭冬生")], []),
    ("sms", "third_party", "【禾川农商银行】王秀英的家属您好：王秀英在我行贷款已逾期，她做透析的钱也是从这张卡上走的，余额已不足，请家属帮忙筹款还款。",
     [(P, "王秀英"), (P, "王秀英")], [D, S]),
    ("app", "third_party", "表哥，我是信用社小彭，帮个忙，你表弟彭冬生那个贷款的事你劝劝他。",
     [(P, "彭冬生")], [D]),
    ("call", "third_party", "坐席：喂，恁是段二虎他姐不是？\n第三方：是，咋了？\n坐席：俺找他有点事，他电话打不通，恁要是见他了叫他回个话。\n第三方：中，俺给他说。",
     [(P, "段二虎")], []),
    ("sms", "third_party", "华联超市负责人您好，贵店员工吴三妹的丈夫唐小军在我行贷款逾期，请转告吴三妹督促还款。",
     [(P, "吴三妹"), (P, "唐小军"), (P, "吴三妹")], [D]),
    ("app", "third_party", "你好，你是和邓小勇住一个宿舍的吧，他爸邓光明在我们行的贷款逾期了，他是不是每天晚上十点下班回宿舍？",
     [(P, "邓小勇"), (P, "邓光明")], [D, S]),
    ("sms", "third_party", "刘军，你爸的贷款还不还？",
     [(P, "刘军")], [D]),
    ("call", "third_party", "坐席：你好，请问是宋保国的爱人吗？\n第三方：是，他出去了。\n坐席：好的，那我晚点再打，不用转告什么，谢谢。",
     [(P, "宋保国")], []),
    ("app", "third_party", "小龙，你爸在我们这里那笔钱的事，你是晓得的，你在杭州做快递一个月也有七八千，帮他顶一下。",
     [(P, "小龙")], [D]),
]

# --- the collection agency the banks hire: SMS, WeChat, calls -------------------------------------------------

AGENCY: list[PiplEntry] = [
    ("sms", "debtor", "【鼎禾咨询】段二虎，受桑梓村镇银行委托：你的农机贷款48,620元已逾期。你老婆柴秀琴（13992881022）、你儿子段磊在郑州打工的电话我们都有，自己看着办。",
     [(P, "段二虎"), (P, "柴秀琴"), (MB, "13992881022"), (P, "段磊")], [U, X]),
    ("sms", "debtor", "【鼎禾咨询】受桑梓村镇银行委托，提醒您农机贷款已逾期，请通过村镇银行官方渠道还款，我司不代收任何款项。投诉电话0394-5127609。",
     [(LL, "0394-5127609")], []),
    ("app", "debtor", "宋保国，你在县人民医院做腰椎手术花了多少，合作医疗报了多少，我们都清楚，剩下的钱够还贷款了。",
     [(P, "宋保国")], [S]),
    ("app", "third_party", "张老板你好，你工地上的段二虎欠桑梓村镇银行的钱，他老婆柴秀琴在家种地，他家住宜路镇后楼村二组15号，你发工资时先扣一部分给我们。",
     [(P, "段二虎"), (P, "柴秀琴"), (A, "宜路镇后楼村二组15号")], [D, X]),
    ("call", "debtor", "坐席：你户口本上的俺都知道 段二虎 柴秀琴 段磊 段小雨 你闺女段小雨在宜路镇中学上初二 还要俺说啥\n客户：恁别扯孩子",
     [(P, "段二虎"), (P, "柴秀琴"), (P, "段磊"), (P, "段小雨"), (P, "段小雨")], [S, X]),
    ("sms", "debtor", "【鼎禾咨询】郭喜旺，你妻子申小燕（身份证411627199009200182）签了共同还款承诺书，你不还，我们就找她。",
     [(P, "郭喜旺"), (P, "申小燕"), (ID, "411627199009200182")], [U]),
    ("call", "third_party", "坐席：大娘，恁隔壁宋保国欠银行钱，他是不是天天上午去镇卫生院打针？俺们去那儿等他。\n第三方：俺不知道。",
     [(P, "宋保国")], [D, S]),
    ("sms", "debtor", "【鼎禾咨询】宋先生，经与桑梓村镇银行协商，您可申请减免部分罚息后分12期还款，如需办理请回复1或致电0394-5127609。",
     [(LL, "0394-5127609")], []),
    ("app", "debtor", "你的卡 6221.2138.0020.0089.011 今天转进来五千块，我们看到了，为啥不还？",
     [(BC, "6221.2138.0020.0089.011")], [S, U]),
    ("sms", "third_party", "【鼎禾咨询】您好，您的朋友郭喜旺在桑梓村镇银行的消费贷款逾期未还，请提醒他尽快处理。",
     [(P, "郭喜旺")], [D]),
    ("call", "debtor", "坐席：唐小军，我是鼎禾咨询的，受禾川农商行委托。你屋里那栋房子，宅基地证上写的是你爸唐德生的名字，你屋里几个人住、哪个屋住哪个我都清楚。\n客户：你想干么子？",
     [(P, "唐小军"), (P, "唐德生")], [X]),
    ("app", "third_party", "【唐小军亲友群】各位亲友好，唐小军在禾川农商行的贷款逾期半年，本金20,000元。他本人电话17893852158，他老婆吴三妹电话18250809317，请大家帮忙劝说。",
     [(P, "唐小军"), (P, "唐小军"), (MB, "17893852158"), (P, "吴三妹"), (MB, "18250809317")], [D, U, X]),
    ("call", "debtor", "坐席：您好，我是鼎禾咨询的工作人员，受桑梓村镇银行委托跟您联系，您的贷款已逾期，本次通话会录音。请问是马金锁本人吗？\n客户：是，我去年中风了，手脚不方便。\n坐席：明白，您的情况我记下来，反馈给银行申请困难客户政策，您不用着急。",
     [(P, "马金锁")], []),
    ("sms", "debtor", "【鼎禾咨询】郭喜旺：你上周三从郑州坐大巴回了郸城，周五又走了，你躲不了。",
     [(P, "郭喜旺")], [S]),
    ("app", "debtor", "你手机上装了四五个借款APP，另外还有两张信用卡透支，我们都查得到，先把村镇银行的还了。",
     [], [S]),
    ("call", "third_party", "坐席：你是段磊吧？你爸段二虎欠的钱你知道吧？你爸身份证号411627198007030752，他的事你当儿子的要管。\n第三方：恁打错了吧。",
     [(P, "段磊"), (P, "段二虎"), (ID, "411627198007030752")], [D, U]),
    ("app", "debtor", "你邻居马金锁、宋保国我们都问过了，他们说你天天在家打牌，晚上去镇上喝酒。",
     [(P, "马金锁"), (P, "宋保国")], [S, X]),
    ("app", "debtor", "你爸郭老根的手机１５６５０３５５１１１我们也打了，老人家血压高，你别让他着急。",
     [(P, "郭老根"), (MB, "１５６５０３５５１１１")], [S, U, X]),
    ("app", "debtor", "收到，已登记。",
     [], []),
    ("sms", "debtor", "【鼎禾咨询】郭先生您好，您的还款计划已确认：每月15日还款2,000元，共6期。如遇困难可提前联系我们调整。",
     [], []),
    ("call", "debtor", "坐席：喂，你好，这里是鼎禾咨询，受禾川农商银行委托。请问您是黄金水先生吗？\n客户：是，啥子事？\n坐席：您在禾川农商行的贷款逾期了，您这边有没有还款计划？如果有困难可以跟银行申请分期。\n客户：月底发了工钱就还。",
     [(P, "黄金水")], []),
]

# --- visit records, household registers, skip-tracing notes and staff chats -----------------------------------

VISIT_RECORDS: list[PiplEntry] = [
    ("notice", "unknown", "上门走访记录\n时间：2024年6月8日下午\n地点：平川县柳塘镇石门村四组11号\n借款人：胡德旺，身份证430528196305131636\n在场人员：胡德旺、其妻李腊梅\n情况：借款人卧床，称患肝癌，已在市中心医院化疗两次。其子胡小龙在东莞打工，电话19831545590。\n走访人：彭亮 肖卫东",
     [(A, "平川县柳塘镇石门村四组11号"), (P, "胡德旺"), (ID, "430528196305131636"), (P, "胡德旺"), (P, "李腊梅"),
      (P, "胡小龙"), (MB, "19831545590"), (P, "彭亮"), (P, "肖卫东")], [S, U, X]),
    ("notice", "unknown", "上门走访记录：2024-06-15，柳塘镇石门村，借款人本人在家，表示稻谷收割后还款，已告知逾期后果及延期政策。走访人：彭亮",
     [(P, "彭亮")], []),
    ("notice", "unknown", "户口簿信息（催收档案附件）\n户主：唐德生 430528196601203518\n妻：蒋春花 430523196306102288\n子：唐小军 430523199101306010\n子：唐小兵（在长沙务工）\n儿媳：吴三妹 430525198309141102\n孙女：唐可欣 2016年生，石门村小学二年级\n住址：平川县柳塘镇石门村五组8号",
     [(P, "唐德生"), (ID, "430528196601203518"), (P, "蒋春花"), (ID, "430523196306102288"), (P, "唐小军"),
      (ID, "430523199101306010"), (P, "唐小兵"), (P, "吴三妹"), (ID, "430525198309141102"), (P, "唐可欣"),
      (A, "平川县柳塘镇石门村五组8号")], [S, U, X]),
    ("notice", "unknown", "失联修复：彭冬生，原号停机。经问询邻居，其在东莞长安镇霄边村一带五金厂上班，新号码17052905540，已接通，本人承诺月底还款。",
     [(P, "彭冬生"), (MB, "17052905540")], [S, U]),
    ("notice", "unknown", "走访记录：借款人郭喜旺不在家，向东邻宋保国（16550764888）、西邻马金锁了解，郭喜旺今年春节后外出，其父郭老根在家，有慢性支气管炎。",
     [(P, "郭喜旺"), (P, "宋保国"), (MB, "16550764888"), (P, "马金锁"), (P, "郭喜旺"), (P, "郭老根")], [S, U, X]),
    ("notice", "unknown", "约访单：借款人周建国，约定6月22日上午九点在柳塘支行面谈还款，借款人本人同意。联系人：彭亮 0739-6218735",
     [(P, "周建国"), (P, "彭亮"), (LL, "0739-6218735")], []),
    ("notice", "unknown", "周边走访：借款人左邻张桂兰（六十多岁，独居），右邻刘满仓一家五口，均称很少见到借款人回来。",
     [(P, "张桂兰"), (P, "刘满仓")], [X]),
    ("notice", "unknown", "入户记录 宜路镇后楼村三组26号 郭喜旺家\n在家：郭老根（父，70岁）、刘翠兰（母）、申小燕（妻，孕期）\n郭喜旺本人在郑州务工，手机15582769438已停机。\n家属称无力代偿。",
     [(A, "宜路镇后楼村三组26号"), (P, "郭喜旺"), (P, "郭老根"), (P, "刘翠兰"), (P, "申小燕"), (P, "郭喜旺"),
      (MB, "15582769438")], [S, U, X]),
    ("notice", "unknown", "入户走访：借款人马金锁本人在家，提交困难客户申请，材料已留存，报支行审批。",
     [(P, "马金锁")], []),
    ("app", "unknown", "彭哥，胡德旺家我去过了，他堂客讲他在市中心医院肿瘤科住院，12床，你要去的话下午四点以后人少。",
     [(P, "胡德旺")], [S]),
    ("notice", "unknown", "失联修复记录\n借款人：黄金水\n线索：其兄称在成都双流务工，住工地板房，每天早上六点出工。\n新联系方式：一七二四九 九一五 六一四（口述，待核实）",
     [(P, "黄金水"), (MB, "一七二四九 九一五 六一四")], [S, U]),
    ("notice", "unknown", "外访登记：2024年6月20日，宜路镇后楼村，借款人段二虎，外访人员二名，借款人不在家，留下联系卡一张，未与家属谈及贷款。",
     [(P, "段二虎")], []),
]

# --- quality-check sheets, complaint tickets and the replies to complainants ------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 录音编号QC-0611-087\n坐席：彭亮\n问题：通话中向借款人完整复述身份证号430523199101306010，违反脱敏要求。\n处理：扣5分，参加合规培训。",
     [(P, "彭亮"), (ID, "430523199101306010")], [U]),
    ("notice", "unknown", "质检单 录音编号QC-0611-091\n问题：坐席向第三方透露借款人贷款逾期信息。\n处理：通报批评，停岗培训三天。",
     [], []),
    ("notice", "unknown", "质检单：坐席在通话中提及借款人郭喜旺之妻怀孕七个月及产检医院（县妇幼保健院），属敏感信息使用不当，扣10分。",
     [(P, "郭喜旺")], [S]),
    ("notice", "unknown", "质检单：坐席在通话中提及借款人配偶的健康状况，属敏感信息使用不当，扣10分。",
     [], []),
    ("notice", "unknown", "投诉工单 TS20240618-0032\n投诉人：吴三妹，手机18250809317\n投诉内容：银行工作人员打电话到其工作单位，透露其丈夫欠款。\n处理部门：柳塘支行",
     [(P, "吴三妹"), (MB, "18250809317")], [U]),
    ("sms", "debtor", "【禾川农商银行】吴女士，您反映的工作人员向您单位透露家庭贷款信息一事，经核实属实，我行已对相关人员作出处理，并向您致歉。",
     [], []),
    ("sms", "debtor", "【桑梓村镇银行】段先生：关于您投诉催收人员在学校附近等候一事，经查，催收人员当日是去宜路镇中学找您女儿段小雨打听您的去向，我行已责令其停止。",
     [(P, "段小雨")], [S]),
    ("notice", "unknown", "质检单 坐席肖卫东 通话对象：借款人段二虎之子段磊（第三方）\n问题：坐席向第三方报出借款人身份证号及欠款金额。\n处理：严重违规，解除外包合作人员资格。",
     [(P, "肖卫东"), (P, "段二虎"), (P, "段磊")], []),
    ("notice", "unknown", "工单备注：客户马金锁来电，称中风后行动不便，申请延期还款。已转信贷部。",
     [(P, "马金锁")], []),
    ("notice", "unknown", "质检摘录：坐席向借款人完整念出还款卡号6217391086197586134，未按要求只报后四位。扣5分。",
     [(BC, "6217391086197586134")], [U]),
    ("email", "unknown", "工单转办：借款人宋保国（16550764888）投诉外包公司向其邻居打听其就医情况，请宜路支行三个工作日内核实回复。",
     [(P, "宋保国"), (MB, "16550764888")], [U]),
    ("notice", "unknown", "催收作业规范（2024修订）摘录：不得向借款人以外的任何人透露贷款信息；不得提及借款人及其家庭成员的疾病、宗教、行踪；身份证、银行卡号一律脱敏，只报后四位。",
     [], []),
    ("notice", "unknown", "质检单 录音编号QC-0620-014 坐席肖卫东\n原话摘录：“你邻居马金锁、宋保国我们都问过了，他们说你天天在家打牌，晚上去镇上喝酒。”\n问题：向借款人透露邻居信息及借款人日常行踪。",
     [(P, "肖卫东"), (P, "马金锁"), (P, "宋保国")], [S, X]),
]

# --- e-mails between the banks, the agency, an insurer, a village committee and a regulator ---------------------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：柳塘支行信贷部 <xindai.lt@hechuanrcb.com.cn>\n收件人：鼎禾咨询 <case@dinghe-zx.com>\n主题：委外案件移交（石门村）\n1. 胡德旺 430528196305131636 欠款62,318元 家属：李腊梅（妻）、胡小龙（子，19831545590）\n2. 刘满仓 欠款35,000元 详见附件",
     [(EM, "xindai.lt@hechuanrcb.com.cn"), (EM, "case@dinghe-zx.com"), (P, "胡德旺"), (ID, "430528196305131636"),
      (P, "李腊梅"), (P, "胡小龙"), (MB, "19831545590"), (P, "刘满仓")], [U, X]),
    ("email", "unknown", "彭经理：本周回款3户，合计28,600元，明细见附件（已脱敏）。下周计划走访后楼村。\n鼎禾咨询 案件组 case@dinghe-zx.com",
     [(EM, "case@dinghe-zx.com")], []),
    ("email", "unknown", "平川县人保财险理赔部：请将借款人张满仓能繁母猪保险理赔款转入其贷款还款账户6228380666418611330，以优先偿还养殖贷款。禾川农商银行柳塘支行",
     [(P, "张满仓"), (BC, "6228380666418611330")], [U]),
    ("email", "unknown", "彭经理，黄金水找到了，在成都双流一个工地，每天早上六点出工，晚上住板房，我们的人周六过去面谈。",
     [(P, "黄金水")], [S]),
    ("email", "unknown", "案件交接：借款人段**（证件号4116********0752）农机贷款，逾期62天，请按委托协议开展电话催收，禁止联系借款人以外人员。",
     [], []),
    ("email", "unknown", "附：借款人郭喜旺社会关系\n父 郭老根 15650355111\n母 刘翠兰\n妻 申小燕 411627199009200182\n邻居 宋保国 16550764888",
     [(P, "郭喜旺"), (P, "郭老根"), (MB, "15650355111"), (P, "刘翠兰"), (P, "申小燕"), (ID, "411627199009200182"),
      (P, "宋保国"), (MB, "16550764888")], [U, X]),
    ("email", "unknown", "附件：刘满仓户口本复印件、土地承包经营权证复印件、宅基地证复印件，供诉前调解时核对身份及财产使用，请勿外传。",
     [(P, "刘满仓")], []),
    ("email", "third_party", "石门村村委会：我行拟于6月28日在村部召开逾期贷款清收会，请通知以下农户参加：胡德旺、唐小军、刘满仓。禾川农商银行柳塘支行",
     [(P, "胡德旺"), (P, "唐小军"), (P, "刘满仓")], [D]),
    ("email", "unknown", "关于平川县金融监管支局转办投诉的回复：经核查，外包人员存在向借款人邻居询问其个人情况的行为，我行已暂停对该机构的委托并完成整改。",
     [], []),
    ("email", "unknown", "情况汇报：借款人段二虎之子段磊持护照EA5273816，于今年3月出境赴阿联酋务工，借款人家中仅余妻女，建议向其子施压。",
     [(P, "段二虎"), (P, "段磊"), (PP, "EA5273816")], [S, U, X]),
    ("email", "unknown", "诉前保全线索：借款人唐小军名下农用三轮车湘E6H732停放在石门村五组8号院内，建议起诉时一并申请财产保全。",
     [(P, "唐小军"), (PL, "湘E6H732"), (A, "石门村五组8号")], []),
]

# --- letters, lawyers' letters, and papers filed with a court -------------------------------------------------

LETTERS_AND_COURT: list[PiplEntry] = [
    ("notice", "unknown", "民事起诉状\n原告：平川桑梓村镇银行股份有限公司\n被告一：段二虎，男，1980年7月3日生，汉族，住郸城县宜路镇后楼村二组15号，公民身份号码411627198007030752\n被告二：郭秋生，男，住郸城县宜路镇后楼村三组9号，公民身份号码411625199709232035\n被告三：郸城县喜旺种植专业合作社，统一社会信用代码93411627086241736A\n诉讼请求：1.判令被告一偿还借款本金45,000元及利息3,620元；2.判令被告二、被告三承担连带清偿责任。\n此致\n郸城县人民法院",
     [(P, "段二虎"), (A, "郸城县宜路镇后楼村二组15号"), (ID, "411627198007030752"), (P, "郭秋生"),
      (A, "郸城县宜路镇后楼村三组9号"), (ID, "411625199709232035"), (UC, "93411627086241736A")], []),
    ("notice", "unknown", "民事起诉状（借款合同纠纷）\n原告：禾川农村商业银行股份有限公司\n被告：唐小军，男，公民身份号码430523199101306010，住平川县柳塘镇石门村五组8号\n被告：胡德旺，男，公民身份号码430528196305131636，住平川县柳塘镇石门村四组11号（联保保证人）\n事实与理由：被告唐小军于2022年4月向原告借款20,000元，被告胡德旺作为联保小组成员提供连带责任保证……\n此致 平川县人民法院",
     [(P, "唐小军"), (ID, "430523199101306010"), (A, "平川县柳塘镇石门村五组8号"), (P, "胡德旺"),
      (ID, "430528196305131636"), (A, "平川县柳塘镇石门村四组11号"), (P, "唐小军"), (P, "胡德旺")], []),
    ("notice", "unknown", "财产保全申请书\n申请人：禾川农村商业银行股份有限公司\n被申请人：唐小军，公民身份号码430523199101306010\n请求事项：查封被申请人名下农用三轮车一辆（号牌湘E·6H732）及银行账户6217415763830083966内存款，以21,183.50元为限。\n此致 平川县人民法院",
     [(P, "唐小军"), (ID, "430523199101306010"), (PL, "湘E·6H732"), (BC, "6217415763830083966")], []),
    ("sms", "debtor", "【禾川农商银行】唐小军（430523199101306010）：我行已就您的借款向平川县人民法院提起诉讼，案号(2024)湘0523民初1187号，请留意法院送达。",
     [(P, "唐小军"), (ID, "430523199101306010")], [U]),
    ("notice", "debtor", "贷款逾期催收通知书\n编号：HC-CS-2024-0611\n唐小军先生：\n您于2022年4月在我行柳塘支行借款20,000元（借款合同编号HC2022柳塘借字第1126号），已逾期63天，截至2024年6月11日尚欠本金20,000元、利息1,183.50元。请于2024年6月30日前通过我行柜面或手机银行归还。如对欠款有异议，请在收到本通知后七日内向我行提出。逾期不还，我行将依法提起诉讼。\n联系电话：0739-6218735\n禾川农村商业银行股份有限公司柳塘支行（盖章）\n2024年6月11日",
     [(P, "唐小军"), (LL, "0739-6218735")], []),
    ("notice", "debtor", "催收函\n段二虎（公民身份号码411627198007030752）：\n你在我行的农机贷款已逾期62天。你的家庭成员柴秀琴、段磊、段小雨均已知晓此事，望你以家庭为重，尽快还款。\n桑梓村镇银行宜路支行",
     [(P, "段二虎"), (ID, "411627198007030752"), (P, "柴秀琴"), (P, "段磊"), (P, "段小雨")], [U, X]),
    ("notice", "debtor", "律师函\n致：胡德旺先生\n湖南楚衡律师事务所受禾川农村商业银行股份有限公司委托，就您名下借款（合同尾号1126）逾期一事致函。请您于本函送达之日起十日内与委托人协商还款；如您因病确有困难，可书面申请延期或分期。\n承办律师：肖文斌 电话0739-5332418",
     [(P, "胡德旺"), (P, "肖文斌"), (LL, "0739-5332418")], []),
    ("notice", "debtor", "律师函\n致：刘满仓先生（身份证430621197409071979，还款卡6230109871594446073）\n本所受禾川农商银行委托，敬告您于十日内归还逾期借款35,000元及利息。\n湖南楚衡律师事务所",
     [(P, "刘满仓"), (ID, "430621197409071979"), (BC, "6230109871594446073")], [U]),
    ("notice", "debtor", "贷款结清证明\n兹证明借款人周建国（身份证号430525198007314418）在我行的农户小额信用贷款已于2024年6月26日全部结清。\n禾川农商银行柳塘支行",
     [(P, "周建国"), (ID, "430525198007314418")], [U]),
    ("notice", "debtor", "贷款结清证明\n借款人：周建国（证件号码4305********4418）\n借款合同：HC2023柳塘字第0417号\n结清日期：2024年6月26日\n禾川农商银行柳塘支行（盖章）",
     [(P, "周建国")], []),
    ("sms", "third_party", "致刘军：你父亲刘满仓已被我行起诉，案号(2024)湘0523民初1203号，开庭时间7月15日，望你劝他按时到庭。",
     [(P, "刘军"), (P, "刘满仓")], [D]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：禾川农村商业银行股份有限公司\n被执行人：胡德旺，公民身份号码430528196305131636\n执行依据：平川县人民法院(2024)湘0523民初1187号民事判决书\n申请事项：扣划被执行人名下银行账户6230139491607636257内存款及其惠农一卡通内除最低生活保障以外的款项。",
     [(P, "胡德旺"), (ID, "430528196305131636"), (BC, "6230139491607636257")], []),
    ("notice", "debtor", "還款提醒函\n曾凡林先生：閣下身份證號碼511321197910139417，名下農機貸款尚欠21,460.35元，請於月底前到櫃面辦理。\n禾川農商銀行柳塘支行",
     [(P, "曾凡林"), (ID, "511321197910139417")], [U]),
    ("notice", "debtor", "告知书\n郭喜旺：你的借款已逾期，我行已向郸城县人民法院申请诉前调解，调解员将与你联系。如你家中有人患病或有其他困难，可向调解员说明，我行愿意协商分期。\n桑梓村镇银行宜路支行",
     [(P, "郭喜旺")], []),
]

# --- subsidies paid into 惠农 cards, and livestock and crop insurance claims ---------------------------------

SUBSIDIES_AND_INSURANCE: list[PiplEntry] = [
    ("sms", "debtor", "【禾川农商银行】胡德旺：您惠农一卡通本月到账耕地地力保护补贴386元、重度残疾人护理补贴90元、临时救助金500元，共976元，已全部扣收用于归还贷款利息。",
     [(P, "胡德旺")], [S]),
    ("sms", "debtor", "【禾川农商银行】您尾号2719的惠农一卡通今日到账耕地地力保护补贴386元。如需用于还款，请到服务点或柜面办理，我行不会自动扣划。",
     [], []),
    ("app", "third_party", "钟会计，唐德生家今年的低保金还发不发？他儿子唐小军在我们行的贷款逾期了，想看看能不能从低保金里扣。",
     [(P, "唐德生"), (P, "唐小军")], [D, S]),
    ("call", "debtor", "坐席：刘满仓，你那头牛病死了保险赔了六千，你自己住院花的一万多新农合也报了七千，这些钱都进了卡，先还贷款。\n客户：那是看病的钱。",
     [(P, "刘满仓")], [S]),
    ("sms", "debtor", "【桑梓村镇银行】马金锁：您的小麦完全成本保险理赔款2,360元已转入惠农一卡通6228105301993414876，请及时用于归还逾期利息。",
     [(P, "马金锁"), (BC, "6228105301993414876")], [U]),
    ("notice", "third_party", "惠农补贴代扣公示：以下农户补贴资金已按贷款合同约定代扣还贷：胡德旺（残疾人补贴）、王秀英（低保金）、马金锁（特困供养金）。\n禾川农商银行柳塘支行",
     [(P, "胡德旺"), (P, "王秀英"), (P, "马金锁")], [D, S]),
    ("app", "debtor", "桂芝婶，你家脱贫户的产业奖补三千块下来了，行里说先拿来还一部分利息。",
     [(P, "桂芝")], [S]),
    ("call", "third_party", "坐席：老钟，你是保险那边的协保员吧，张满仓那头母猪的理赔款么子时候下来？他在我们行的养殖贷款等着这笔钱还。\n第三方：下个礼拜。",
     [(P, "张满仓")], [D]),
    ("sms", "debtor", "【禾川农商银行】彭冬生：您的惠农卡6221 5719 1127 8616 233今日到账种粮一次性补贴152元，已自动转入贷款账户。",
     [(P, "彭冬生"), (BC, "6221 5719 1127 8616 233")], [U]),
    ("sms", "debtor", "【桑梓村镇银行】尊敬的客户，根据有关规定，低保金、特困供养金等民生保障资金不得扣划还贷，如发现误扣请致电0394-5127609。",
     [(LL, "0394-5127609")], []),
    ("call", "debtor", "坐席：老宋 恁那个惠农卡 六二二一 八零七九 八六七九 三零三四 八八六 今儿进了一笔特困供养金 俺们看见了\n客户：那钱恁也要？",
     [(BC, "六二二一 八零七九 八六七九 三零三四 八八六")], [S, U]),
    ("call", "third_party", "坐席：你是马金锁他儿吧？恁爹脑梗住院那个保险理赔下来没？下来了先还俺村镇银行的钱。\n第三方：还没下来。",
     [(P, "马金锁")], [D, S]),
    ("app", "debtor", "满仓叔，你那个养牛场的保险，上回报案的照片不清楚，保险公司让重拍，你拍好了发我，我帮你递上去，赔款下来按合同先还贷款。",
     [(P, "满仓")], []),
    ("sms", "debtor", "【禾川农商银行】张满仓：您名下惠农卡本月到账养老金143元、高龄津贴50元，另有您女儿张小梅从广州转入的2,000元，请尽快还款。",
     [(P, "张满仓"), (P, "张小梅")], [S, X]),
]

# --- identifiers in every written and spoken form ---------------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【桑梓村镇银行】马金锁（41162519660719525X）：您的家庭消费贷款已逾期，请于本月底前到宜路支行还款，咨询（0394）5127609。",
     [(P, "马金锁"), (ID, "41162519660719525X"), (LL, "（0394）5127609")], [U]),
    ("call", "debtor", "坐席：李长贵 你身份证 四三零六二一一九六八零五一四二一三叉 是你本人吧 嗯 那个贷款的事\n客户：是我 么子事",
     [(P, "李长贵"), (ID, "四三零六二一一九六八零五一四二一三叉")], [U]),
    ("app", "debtor", "彭秋云您好，您申请延期时填写的证件号为４３０５２８１９９１０９２００５２Ｘ，请确认无误后回复“确认”。",
     [(P, "彭秋云"), (ID, "４３０５２８１９９１０９２００５２Ｘ")], [U]),
    ("sms", "debtor", "【禾川农商银行】杨光荣：您的身份证号522426-19881007-1595已登记为本笔农机贷款借款人，贷款逾期15天，请尽快归还。",
     [(P, "杨光荣"), (ID, "522426-19881007-1595")], [U]),
    ("notice", "debtor", "还款通知\n钟长发（身份证 3607 3319 7704 0229 96）：\n您在禾川农商银行的柑橘种植贷款已逾期，请于7月5日前归还本息12,480元。\n柳塘支行 0739-6218735转8021",
     [(P, "钟长发"), (ID, "3607 3319 7704 0229 96"), (LL, "0739-6218735")], [U]),
    ("sms", "debtor", "【禾川农商银行】钟先生，您留存的手机号179 9574 1863将用于接收还款提醒，您的贷款已逾期3天。",
     [(MB, "179 9574 1863")], [U]),
    ("app", "third_party", "你好，你是钟长发的外甥吧？他在我们行的贷款逾期了，他现在用的号码是+86 15710972310吗？麻烦转告他还款。",
     [(P, "钟长发"), (MB, "15710972310")], [D, U]),
    ("email", "unknown", "补充联系方式：借款人杨光荣外出期间使用号码0086-18408793411，其妻号码１６６７４２７４０５１，请外访组核实。",
     [(P, "杨光荣"), (MB, "18408793411"), (MB, "１６６７４２７４０５１")], [U, X]),
    ("call", "debtor", "坐席：那个 你新换的号是幺九洞六洞二五二八二五 对吧 以后就打这个\n客户：嗯",
     [(MB, "幺九洞六洞二五二八二五")], [U]),
    ("sms", "debtor", "【禾川农商银行】您尾号5692的借记卡（卡号6217 5873 5828 5692）今日还款扣款失败，请存入足额资金。",
     [(BC, "6217 5873 5828 5692")], [U]),
    ("call", "debtor", "坐席：黄金水 你那个卡是不是六二幺四 九三九三 五幺八五 三洞洞二 七幺九 我们今天从这张卡扣了三百 剩下的你存进去嘛\n客户：晓得了",
     [(P, "黄金水"), (BC, "六二幺四 九三九三 五幺八五 三洞洞二 七幺九")], [U]),
    ("sms", "debtor", "【禾川农商银行】黄金水：您办理贷款时登记的证件为护照G52718364，该证件已过期，请携带身份证到网点更新资料。",
     [(P, "黄金水"), (PP, "G52718364")], [U]),
    ("app", "debtor", "郭喜旺，你上个月拿着通行证C82736405去了澳门，有钱去那边耍，没钱还俺们的贷款？",
     [(P, "郭喜旺"), (PP, "C82736405")], [S, U]),
    ("app", "debtor", "杨光荣，你卡号6259463541565656里上礼拜进了公司发的八千多工资，还我们三千不过分吧。",
     [(P, "杨光荣"), (BC, "6259463541565656")], [S, U]),
    ("call", "third_party", "坐席：喂，你是李长贵的女婿吗？他手机号是138-1... 不对，是158-8276-9438，打了一直关机，他在我们行的贷款逾期了，你帮忙联系一下。\n第三方：我不清楚。",
     [(P, "李长贵"), (MB, "158-8276-9438")], [D, U]),
    ("sms", "debtor", "【桑梓村镇银行】您的贷款合同已寄出，如未收到请联系宜路支行（0394）5127609，或致电客户经理魏芳 16675100103。",
     [(LL, "（0394）5127609"), (P, "魏芳"), (MB, "16675100103")], []),
    ("notice", "debtor", "對賬單\n借款人：鍾長發\n身份證號碼：360733197704022996\n還款賬戶：6217 9892 4268 1783 376\n本期應還：1,248.00元",
     [(P, "鍾長發"), (ID, "360733197704022996"), (BC, "6217 9892 4268 1783 376")], [U]),
    ("app", "debtor", "彭秋云，你老公在香港的回乡证H10382746我们也有登记，他要是回来了，叫他先把你们家的贷款还了。",
     [(P, "彭秋云"), (PP, "H10382746")], [U, X]),
]

# --- decoys: certificate, batch, contract, case and receipt numbers of an identifier's shape that fail its checks ----

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【禾川农商银行】您的贷款合同编号2024293143596075925已生成，首期还款日7月20日，请按时还款。",
     [], []),
    ("notice", "unknown", "抵押物登记表\n抵押人：刘满仓\n土地经营权证编号：430523107203150418\n承包面积：6.2亩\n抵押期限：2024年6月至2027年6月",
     [(P, "刘满仓")], []),
    ("sms", "debtor", "【桑梓村镇银行】您的惠农补贴发放批次号20240600317，到账金额386元，如有疑问请到村部查询。",
     [], []),
    ("call", "debtor", "坐席：您的新合同号是 二零二四 八四一零 七六零五 七四四五 一一八 您记一下 以后来办业务报这个号就行\n客户：好 我拿笔记一下",
     [], []),
    ("notice", "unknown", "执行案号(2024)湘0523执1187号；申请执行标的21,183.50元；网络查控回执编号430523248500317。",
     [], []),
    ("app", "debtor", "还款成功！流水号6230164213777230003，金额2,000.00元，已入账，感谢您的配合。",
     [], []),
    ("sms", "debtor", "【禾川农商银行】彭冬生：您的还款卡6214745088951010103今日扣款失败；原扣款流水6214745088951010104已作废，请重新存入。",
     [(P, "彭冬生"), (BC, "6214745088951010103")], [U]),
    ("sms", "debtor", "【禾川农商银行】刘满仓（身份证430621197409071979）：您名下土地经营权证430523107203150418已办理抵押登记，贷款逾期将影响抵押物处置。",
     [(P, "刘满仓"), (ID, "430621197409071979")], [U]),
    ("sms", "debtor", "【桑梓村镇银行】您的电子回单编号411623196309035756，可在手机银行“回单查询”中查看。",
     [], []),
    ("app", "debtor", "您好，您反映的扣款问题已生成工单12024061801，客服将在两个工作日内回复。",
     [], []),
    ("app", "debtor", "宋保国，你县人民医院那张住院发票（票号20240617003），新农合报了六成，剩下的钱你拿去还贷款绰绰有余。",
     [(P, "宋保国")], [S]),
    ("notice", "unknown", "批量代扣文件：批次2024594909453801615，笔数37，成功31，失败6；对账码2023719865500147。",
     [], []),
    ("email", "unknown", "彭经理：附件中第7行的“证件号”522426198312053844校验不通过，疑似录入错误，请核对借款人原件后更正，暂不外发。",
     [], []),
]

# --- messages a debtor or a relative forwards or pastes whole, as received ---------------------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "你们看看你们发的啥：“【桑梓村镇银行】宋保国（身份证411625199407015270），你的贷款逾期了，再不还就通知你们村支书。”这也太过分了吧",
     [(P, "宋保国"), (ID, "411625199407015270")], [U]),
    ("app", "third_party", "我妹妹转给我的短信，你们自己看：【禾川农商银行】王秀英家属您好，王秀英在我行贷款逾期，她做透析的卡上余额不足，请家属筹款。",
     [(P, "王秀英"), (P, "王秀英")], [D, S]),
    ("email", "unknown", "投诉附件（借款人粘贴）：\n“唐小军，你老婆吴三妹在华联超市上班，你女儿唐可欣在石门村小学读二年级，你自己想清楚。”\n以上为贵行工作人员发给我的原话。",
     [(P, "唐小军"), (P, "吴三妹"), (P, "唐可欣")], [S, X]),
    ("app", "third_party", "转发自村民群：【禾川农商银行】石门村逾期户：胡德旺62,318元、唐小军20,000元，请村民互相监督。",
     [(P, "胡德旺"), (P, "唐小军")], [D]),
    ("app", "debtor", "这是你们发给我的：“黄金水，你每天早上六点从双流那个工地板房出门，我们晓得。”请问你们想干什么？",
     [(P, "黄金水")], [S]),
    ("email", "unknown", "转发：借款人来信所附短信截图文字——“【禾川农商银行】您的贷款已逾期，请及时还款。”借款人称未收到其他信息，请核查。",
     [], []),
    ("app", "debtor", "我收到的：“【鼎禾咨询】马金锁，你惠农卡6228820781304734944上个月进了特困供养金，你有钱为什么不还？”我要投诉。",
     [(P, "马金锁"), (BC, "6228820781304734944")], [S, U]),
    ("app", "third_party", "我是郭喜旺表弟，你们发给我这条：“郭喜旺欠桑梓村镇银行三万，他爸郭老根电话15650355111，你劝劝他”，我跟他八竿子打不着。",
     [(P, "郭喜旺"), (P, "郭喜旺"), (P, "郭老根"), (MB, "15650355111")], [D, U, X]),
]

# --- more than the message needs: relatives, in-laws, neighbours and workmates -----------------------------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【禾川农商银行】周建国：您的贷款已逾期，我行已联系您的女婿陈志明（在县财政局上班）了解情况。",
     [(P, "周建国"), (P, "陈志明")], [X]),
    ("app", "debtor", "你隔壁张桂兰讲你家三轮车一大早就开出去了，刘满仓也讲你昨晚十一点才回屋，莫讲你不在家。",
     [(P, "张桂兰"), (P, "刘满仓")], [S, X]),
    ("sms", "debtor", "【桑梓村镇银行】宋保国：你媳妇王春梅、你儿子宋浩的电话我们都有，你不接，我们就打给他们。",
     [(P, "宋保国"), (P, "王春梅"), (P, "宋浩")], [X]),
    ("call", "debtor", "坐席：你姐段秀兰家住太康县城关镇建设路118号对吧？你要是再不接电话，俺们就去她家坐坐。\n客户：恁去找她弄啥！",
     [(P, "段秀兰"), (A, "太康县城关镇建设路118号")], [X]),
    ("notice", "debtor", "催款通知\n致郭喜旺户（户主郭老根，家庭成员刘翠兰、郭喜旺、申小燕、郭欣欣）：\n郭喜旺在我行的消费贷款已逾期90天，请户内成员共同督促还款。\n桑梓村镇银行宜路支行",
     [(P, "郭喜旺"), (P, "郭老根"), (P, "刘翠兰"), (P, "郭喜旺"), (P, "申小燕"), (P, "郭欣欣"), (P, "郭喜旺")], [X]),
    ("app", "third_party", "秋生哥，段二虎他老婆柴秀琴回娘家了，他儿子段磊在阿联酋打工，恁是担保人，得想想办法。",
     [(P, "秋生"), (P, "段二虎"), (P, "柴秀琴"), (P, "段磊")], [D, S, X]),
    ("sms", "debtor", "【鼎禾咨询】杨光荣：你在物流园的组长黄师傅，电话13652065931，我们已经联系过了。",
     [(P, "杨光荣"), (MB, "13652065931")], [U, X]),
    ("app", "debtor", "你闺女郭欣欣的对象李鹏在县城开理发店，俺们找过他了。",
     [(P, "郭欣欣"), (P, "李鹏")], [X]),
    ("notice", "debtor", "【禾川农商银行】致彭冬生：您的配偶彭秋云（手机18864378441）、父亲彭德才已被告知本通知内容，请于十日内还款。",
     [(P, "彭冬生"), (P, "彭秋云"), (MB, "18864378441"), (P, "彭德才")], [U, X]),
    ("call", "debtor", "坐席：你屋里老二唐小兵在长沙跑网约车，车牌湘A·D87Q2，我们都晓得的。\n客户：你查他做么子？",
     [(P, "唐小兵"), (PL, "湘A·D87Q2")], [X]),
    ("sms", "debtor", "【桑梓村镇银行】段二虎：你舅舅柴国强在宜路镇北街17号开农资店，你的事我们会去跟他讲。",
     [(P, "段二虎"), (P, "柴国强"), (A, "宜路镇北街17号")], [X]),
    ("app", "debtor", "你三个姑姑的电话我们都有：13200591485、18059326033、14580779225，你要我们一个个打？",
     [(MB, "13200591485"), (MB, "18059326033"), (MB, "14580779225")], [U, X]),
    ("notice", "unknown", "外访计划：胡德旺，若不在家，找其女胡小芳（县人民医院护士，住县城桂花园3栋502）。",
     [(P, "胡德旺"), (P, "胡小芳"), (A, "县城桂花园3栋502")], [X]),
    ("call", "third_party", "坐席：你是吴三妹吧？你公公唐德生、婆婆蒋春花都在户口本上，你老公唐小军欠我们行两万，你们一家人要一起想办法。\n第三方：他的账我不晓得。",
     [(P, "吴三妹"), (P, "唐德生"), (P, "蒋春花"), (P, "唐小军")], [D, X]),
    ("email", "unknown", "附件二：胡德旺家庭成员（据户口本）：妻李腊梅，子胡小龙，女胡小芳，孙胡子轩（3岁，在镇幼儿园小班）。",
     [(P, "胡德旺"), (P, "李腊梅"), (P, "胡小龙"), (P, "胡小芳"), (P, "胡子轩")], [S, X]),
    ("sms", "debtor", "【桑梓村镇银行】马金锁：你前院宋保国家（后楼村三组24号）说你昨天还在家，别装不在。",
     [(P, "马金锁"), (P, "宋保国"), (A, "后楼村三组24号")], [S, X]),
    ("app", "debtor", "曾师傅，你们一家每个礼拜天都去镇上的福音堂做礼拜，有空做礼拜，没空还钱？",
     [], [S]),
    ("call", "debtor", "坐席：彭秋云 你婆婆初一十五都去庙里烧香 求菩萨保佑 不如求你自己把贷款还了\n客户：关我婆婆么子事",
     [(P, "彭秋云")], [S]),
]

# --- told in a few words, or by implication ------------------------------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "您好，麻烦转告周建国，信用社那边等他回话。",
     [(P, "周建国")], [D]),
    ("app", "third_party", "老周那个事，月底前要有个说法，麻烦您带个话。——柳塘支行小彭",
     [], [D]),
    ("call", "third_party", "坐席：阿姨，您儿子那个钱的事，他晓得是么子事，您让他打给我。\n第三方：么子钱？",
     [], [D]),
    ("sms", "third_party", "嫂子，德旺叔上回借的那笔到期好久了，行里的人又来问了。",
     [(P, "德旺")], [D]),
    ("app", "third_party", "@唐小军 你那个还没弄好？支行又来问了",
     [(P, "唐小军")], [D]),
    ("app", "third_party", "恁家二虎欠的那事俺们也不想来回跑，叫他抓紧。",
     [(P, "二虎")], [D]),
    ("sms", "third_party", "您好，我是禾川农商行柳塘支行的，找唐小军有急事，请他回电。",
     [(P, "唐小军")], [D]),
    ("app", "third_party", "陈老板，你厂里的彭冬生，每个月工资能不能先扣一点给我们？他的情况你懂的。",
     [(P, "彭冬生")], [D]),
    ("sms", "third_party", "刘叔，刘军在我们这边的款到期了，您提醒他一下。",
     [(P, "刘军")], [D]),
    ("app", "third_party", "小龙，你屋里老头子那笔钱到底还不还？给句话。",
     [(P, "小龙")], [D]),
    ("app", "third_party", "叫他还钱！",
     [], [D]),
    ("sms", "third_party", "他信用社的款逾期了。",
     [], [D]),
    ("call", "third_party", "坐席：喂 大姐 你跟胡德旺讲一声 行里的人下午还来\n第三方：哦",
     [(P, "胡德旺")], [D]),
    ("call", "third_party", "坐席：请问是彭冬生的爱人吗？我是禾川农商行的，他手机停机了，麻烦他回个电话。\n第三方：好的。",
     [(P, "彭冬生")], [D]),
]

# --- more calls, transcripts and speech-to-text -----------------------------------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "third_party", "坐席：喂 你是李长贵的妹妹吧 你哥在我们禾川农商行贷了五万块钱养鸭 去年鸭瘟全死了 他现在 嗯 在县医院做透析 你们做兄弟姊妹的 帮一把\n第三方：我自己也困难",
     [(P, "李长贵")], [D, S]),
    ("call", "debtor", "坐席：喂，蒋春花是吧？我是禾川农商行的。\n客户：是我。\n坐席：你儿子唐小军那笔贷款你是共同借款人，你晓得吧？\n客户：我签过字的。\n坐席：那就好说。你那张存折，卡号6217878095732089340，上个月进了一千二的养老金，你先拿出来还。\n客户：那是我吃药的钱。\n坐席：吃药？你那个高血压的药一个月几十块，剩下的呢？",
     [(P, "蒋春花"), (P, "唐小军"), (BC, "6217878095732089340")], [S, U]),
    ("call", "debtor", "坐席：黄金水 你莫躲了嘛 你每天晚上在双流那个麻将馆打到十二点 我们都看到了的\n客户：你跟踪我啊",
     [(P, "黄金水")], [S]),
    ("call", "third_party", "坐席：你是宋保国的邻居吧？俺是村镇银行的，宋保国的手机号16550764888是不是换了？他贷款逾期了。\n第三方：俺不知道。",
     [(P, "宋保国"), (P, "宋保国"), (MB, "16550764888")], [D, U]),
    ("call", "debtor", "坐席：你妈的手机17899490085，你媳妇的手机，俺们都打过了。\n客户：恁打他们弄啥？",
     [(MB, "17899490085")], [U, X]),
    ("call", "third_party", "坐席：刘医生，你是村卫生室的吧，马金锁是不是在你那里打针？他在我们村镇银行的钱一直没还，你帮我们留意一下他啥时候去。\n第三方：病人的事我不能说。",
     [(P, "马金锁")], [D, S]),
    ("call", "debtor", "坐席：喂 唐小军 你身份证四三零五二三幺九九幺零幺三零六零幺零 对不对 你老婆吴三妹那个身份证我们也有\n客户：你们要搞么子",
     [(P, "唐小军"), (ID, "四三零五二三幺九九幺零幺三零六零幺零"), (P, "吴三妹")], [U, X]),
    ("call", "third_party", "坐席：喂 你是彭冬生的表弟吧 你哥那个贷款逾期了 他在长安镇那个五金厂上夜班 你跟他住一起吧\n第三方：冇住一起",
     [(P, "彭冬生")], [D, S]),
    ("call", "debtor", "坐席：郭喜旺 恁闺女郭欣欣在县二高上高一 一个月生活费八百 恁都给了 俺这利息恁不给？\n客户：……",
     [(P, "郭喜旺"), (P, "郭欣欣")], [S, X]),
    ("call", "third_party", "坐席：周书记，胡德旺的身份证号430528196305131636，你帮我到派出所问一下他儿子的户口迁到哪里去了。\n第三方：这个我问不了。",
     [(P, "胡德旺"), (ID, "430528196305131636")], [D, U]),
    ("call", "debtor", "坐席：嗯 你征信上 还有邮储一笔三万的 信用卡透支八千 这些都要还 我们这个你也要还 嗯\n客户：晓得",
     [], [S]),
    ("call", "debtor", "坐席：恁媳妇不是信主嘛，天天去聚会，信主的人欠钱不还？\n客户：俺家的事跟恁有啥关系。",
     [], [S]),
    ("call", "third_party", "坐席：您好，请问是钟长发家吗？\n第三方：是，他去赶集了。\n坐席：我是禾川农商银行的，他那笔柑橘贷款这个月的钱还没进来，您跟他说一下，他晓得。\n第三方：好，我跟他讲。",
     [(P, "钟长发")], [D]),
    ("call", "debtor", "坐席：钟长发，你儿子钟磊在赣州读大学，学费是你卡上转过去的，一万二，我们看得到流水。\n客户：那又怎么样？",
     [(P, "钟长发"), (P, "钟磊")], [S, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AW-BANK-SMS": BANK_SMS,
    "AW-SERVICE-POINTS": SERVICE_POINTS,
    "AW-BRANCH-CALLS": BRANCH_CALLS,
    "AW-ASR-CALLS": ASR_CALLS,
    "AW-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AW-JOINT-LIABILITY": JOINT_LIABILITY,
    "AW-VILLAGE": VILLAGE,
    "AW-RELATIVES": RELATIVES,
    "AW-AGENCY": AGENCY,
    "AW-VISIT-RECORDS": VISIT_RECORDS,
    "AW-QA-AND-TICKETS": QA_AND_TICKETS,
    "AW-EMAILS": EMAILS,
    "AW-LETTERS-AND-COURT": LETTERS_AND_COURT,
    "AW-SUBSIDIES-AND-INSURANCE": SUBSIDIES_AND_INSURANCE,
    "AW-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AW-DECOYS": DECOYS,
    "AW-FORWARDED": FORWARDED,
    "AW-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AW-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AW-MORE-CALLS": MORE_CALLS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
