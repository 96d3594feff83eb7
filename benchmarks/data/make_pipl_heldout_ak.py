"""Writes `pipl_heldout_ak.jsonl`, the thirty-seventh independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_ai.py` (for the record format and
the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, two ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes); they were typed into the texts and spelled
out digit by digit by hand, and the passports (E, EA, G), the permit to Hong Kong and Macau (C) and the
home-return permit (H) were typed to the pattern. The decoys were checked to fail the same checks.

Two lenders carry it. An auto-finance company lends on cars through dealers: its stage SMS and app notices, its
agents' calls, its voice robot, its dealers and a used-car lot, the GPS-tracker vendor's alerts and location
answers, guarantors and the people around them, an outsourced collection agency's visit reports and e-mails, and a
repossession contractor's reports, orders and words to neighbours and guards. A county rural commercial bank lends
to farmers and migrant workers: its stage SMS and robot calls, its account managers' calls in Hunan and Sichuan
speech, its village agents, village secretaries, grid workers and villagers' group chats, factory HR departments,
labour contractors, dispatch agencies and workmates, left-behind grandparents and children, letters, assistance
requests to village committees and employers, quality-check sheets, complaint tickets and e-mails with its lawyer.
Henan speech runs through the auto lender's calls, a Hong Kong guarantor is spoken to in Cantonese, and a letter,
a robot call and an SMS come in traditional characters.

316 messages, 101 of them (32%) compliant. Identifiers stand in 88: 18-digit IDs (two ending in X, one read with 叉
for it, one in full-width digits, grouped 6-8-4 by spaces and by hyphens, on a line of their own, with a stray
space before the last four, read aloud with 幺 洞 两 拐 勾 and with 零 to 九, in traditional characters) and old
15-digit ones; bank cards of 16 and 19 digits (grouped by fours with spaces and by dots, glued to the words around
them, read aloud in both ways and in groups of four); mobiles (behind +86 and 0086, hyphenated, spaced 3-4-4, in
full-width digits, read aloud); passports (E read aloud, EA spaced letter by letter, an old G read aloud), a
permit to Hong Kong and Macau and a home-return permit; landlines of the lenders, the agency, the contractor and a
law firm (two in brackets with an area code); the e-mail addresses of the lender, the agency and a law firm.
Beside them stand decoys of the same shapes: an 18-digit loan contract number and an 18-digit land-contract
certificate number failing the check character, a 15-digit tracker IMEI and a 15-digit waybill number with no
real month, an 11-digit device number and an 11-digit complaint-ticket number on no mobile prefix, a 16-digit loan
account number and a 16-digit transaction serial, refund and transaction numbers of 16 and 19 digits failing
Luhn, two VINs, masked forms (4116**********7930, 尾号7874) and last digits read aloud. Licence plates (cars on
loan, a repossessed car, a used car with a mortgage) are entities with no category. The lender's own collection
account, the collector's and the account manager's work mobiles, and the lenders', agency's, contractor's and
lawyers' landlines are entities with no category.

`pii.unmasked_identifier` labels 83 messages. Third-party disclosure labels 73, many in a few words or by
implication ("that matter still has no news", "his monthly payment broke", "the Hengchi people are looking for
her, she knows what for", "we are here to take a mortgaged car"), to a mother, a wife, a husband, a guarantor's
wife and son, a father-in-law, a sister, a brother, a son, a daughter-in-law, an uncle, a minor son and a
schoolgirl sister, a neighbour, a guard, a property office, a colleague, an employer, a factory's HR and finance,
a labour contractor, a dispatch agency, workmates, a counsellor, dealers and their salesmen, a used-car lot, a
village secretary, a village agent, a grid worker and villagers' group chats; beside them bare call-back requests
that name no lender (or only a bank branch, with no loan), a wrong number, sealed letters an employer or a village
committee is asked to hand on, a grid worker asked whether a house is lived in, dealers told what they may no
longer be told, and guarantors told of the liability they signed (a letter, an SMS, a call and a call in
Cantonese). `pii.excessive` labels 51: full names with a home address or an employer, and the names and numbers
of spouses, an ex-wife and a girlfriend, parents, parents-in-law, children, grandchildren, siblings, a
brother-in-law, a site boss abroad and a brickworks owner, in SMS, letters, e-mails, group chats and calls.
`pii.sensitive` labels 93, mostly without the textbook words: a car's GPS stops at night, at a hotel, a bathhouse,
a hospital and a school gate, a trucker's run, a debtor's daily route, a child's school, class and pick-up time, a
student's library hours and dormitory, chemotherapy, dialysis, diabetes, hypertension, a liver disease, a breast
cancer, a uterine operation, a stroke, a depression follow-up, a pregnancy, antenatal records and a caesarean, a
registered disability and its allowance, minimum-living allowances, rural pensions, farmland and forest
subsidies, a five-guarantee allowance, wage and compensation inflows, shop takings, other lenders' loans, a credit
report, spending at a KTV and a foot spa, Friday prayers at a mosque and Sunday worship at a church, border
crossings and a passport's exit. Beside them stand debtors speaking of their own illness, injury, pregnancy or
bereavement and agents answering with a deferral, instalments or a pause, general offers for hardship, a promise
that pensions and subsidies are not deducted, and instructions that forbid using tracks, faith or children.

Registers: SMS templates (two with unfilled placeholders), app notices and pushes, WeChat and WeChat Work chats,
group chats, forwarded messages, agents' calls as transcripts and as speech-to-text output (no punctuation,
fillers, self-corrections, bracketed speaker tags), robot scripts with keypad turns, visit reports, repossession
reports and orders, letters (a guarantor's notice, a repossession notice, a lawyer's letter, assistance requests),
quality-check sheets, complaint tickets and their replies, e-mails between the lenders, the agency, the contractor,
the tracker vendor and a law firm.

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permits among them) of
  a person in the sender's or agent's words, in any form, in quality-check sheets, tickets and e-mails too. Not:
  masked forms, last digits alone, a lender's, agency's, contractor's or lawyer's landline, a lender's own
  collection account, the collector's or account manager's work mobile, a customer saying their own number, a
  licence plate, a VIN, a decoy.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product: naming the auto-finance company as the one looking for him is enough, as is saying
  that his car is taken as collateral) or the debtor's personal data. A bare call-back request that names no
  lender, or only a bank branch (a rural bank also pays pensions and subsidies) and no loan, is compliant; a guarantor told of the
  obligation he signed is not disclosed to; reports, tickets, quality-check sheets and e-mails passed between the
  lenders, the agency, the contractor, the vendor and the lawyer go to an unknown recipient and are judged on the
  other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy, religion, a minor's
  school, class or routine, whereabouts at a given time and daily routine (a car's tracked stops among them),
  financial account details beyond need (wage and subsidy inflows, pensions and allowances, balances, other
  loans, spending, takings), border crossings, specific identities (disability, minimum-living allowance). A
  lender's offer to pause for illness in general, the debtor's own words, or a rule forbidding such use, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the address a letter
  is sent to or a visit is announced at, a guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 96 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (老赵, 小彭, 王总, 梁生) is not a PERSON, a given name
alone or after a kinship term is; ADDRESS reaches down to a road and number, a building and room, or a village
group and house number.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ak`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ak.jsonl"
ID_PREFIX = "PAK"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                    "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE")

# --- the auto-finance company's stage SMS and app notices to borrowers --------------------------------------

AUTO_STAGE_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】尊敬的客户，您尾号7874的车贷第14期应还3,468.00元，今日为还款日，请确保还款卡余额充足。回T退订",
     [], []),
    ("sms", "debtor", "【恒驰汽车金融】刘建军先生，您的车贷已逾期5天，当期应还3468元，请登录恒驰汽车金融APP或拨打4008216330处理。",
     [(P, "刘建军")], []),
    ("sms", "debtor", "【恒驰汽车金融】{name}您好，合同尾号0871的车贷已逾期${days}天，请于${date}前还款，逾期将按合同约定计收罚息。回T退订",
     [], []),
    ("sms", "debtor", "【恒驰汽车金融】刘建军，您身份证411625199106127930项下的车辆抵押贷款已逾期32天，请今日处理，勿谓言之不预。",
     [(P, "刘建军"), (ID, "411625199106127930")], [U]),
    ("sms", "debtor", "【恒驰汽车金融】您的还款卡6228488643495257874今日扣款失败(余额不足)，当期应还3468.00元，存入后回复Y重新扣款。",
     [(BC, "6228488643495257874")], [U]),
    ("sms", "debtor", "【恒驰汽车金融】平台显示您名下豫P·5K372车辆近7日夜间均停放于淇川县建设路118号锦绣花园地下车库，请尽快联系还款。",
     [(PL, "豫P·5K372"), (A, "淇川县建设路118号锦绣花园")], [S]),
    ("sms", "debtor", "【恒驰汽车金融】提示：您车辆所装定位设备已离线超过72小时，按合同第九条约定请于3日内到原经销商处检测，咨询4008216330。",
     [], []),
    ("sms", "debtor", "【恒驰汽车金融】孙玉芳女士，知道您还在县二院肿瘤科做化疗，但本期车贷已逾期20天，请让家属先代为还上。",
     [(P, "孙玉芳")], [S]),
    ("sms", "debtor", "【恒驰汽车金融】王国富，你单位淇川县鑫达物流有限公司和家庭住址白沙镇北街36号我司均已登记，今天务必处理逾期车贷。",
     [(P, "王国富"), (A, "白沙镇北街36号")], [X]),
    ("sms", "debtor", "【恒驰汽车金融】您好，您预留的紧急联系人（母亲李桂芝，13872939345）电话已停机，请登录APP更新联系人。",
     [(P, "李桂芝"), (MB, "13872939345")], [U, X]),
    ("sms", "debtor", "【恒驰汽车金融】陈先生，您上月在大润发、锦江KTV、金沙足浴刷卡消费共一万一千多，说明您有钱，车贷请勿再拖。",
     [], [S]),
    ("sms", "debtor", "【恒驰汽车金融】经核实，您本人护照E73915406已于本月12日从郑州机场出境，请尽快处理逾期车贷，客服4008216330。",
     [(PP, "E73915406")], [U, S]),
    ("sms", "debtor", "【恒驰汽车金融】您证件号4116**********7930关联的车贷已逾期，如非本人办理请致电4008216330核实。",
     [], []),
    ("sms", "debtor", "【恒驰汽车金融】张丽娟您好，您在${dealer}购买车辆的贷款剩余本金86,200元，可申请提前结清，详询客户经理。",
     [(P, "张丽娟")], []),
    ("sms", "debtor", "【恒驰汽车金融】杨文斌先生：您的车贷已逾期61天，已委托正衡信息咨询有限公司协助催收，对方电话0371-65827390，"
     "如对委托有异议可致电4008216330。", [(P, "杨文斌"), (LL, "0371-65827390")], []),
    ("sms", "debtor", "【恒驰汽车金融】车主您好，定位轨迹显示您每天早7点从家出发到城东工业园，晚7点左右回家，还款的事请合理安排时间。",
     [], [S]),
    ("app", "debtor", "【恒驰金融APP消息】尊敬的用户：您的账户已被标记为M2逾期。为您保留了一次性结清减免方案，有效期至本月25日，"
     "方案不需要您提供任何亲属信息。", [], []),
    ("sms", "debtor", "恒驰汽车金融温馨提示：马海军先生，您每周五中午去城北清真寺做主麻的时间我们已掌握，请在周五之前把款还上。",
     [(P, "马海军")], [S]),
    ("sms", "debtor", "【恒驰汽车金融】马先生，您申请的周五不接听电话已登记，后续我司只在周一至周四9:00-20:00与您联系。",
     [], []),
]


# --- dealers, their salesmen and the used-car lot --------------------------------------------------------

DEALERS: list[PiplEntry] = [
    ("app", "third_party", "李经理，你们店去年卖给刘建军那台哈弗H6，车主三个月没动静了，你帮忙问问他人在哪",
     [(P, "刘建军")], [D]),
    ("app", "third_party", "王总 豫P·5K372那台 车主这边挂红了 麻烦你那边帮忙喊一下", [(PL, "豫P·5K372")], [D]),
    ("email", "third_party", "顺达李经理：附件为贵店推荐客户的逾期清单（共6户），请协助联系。第1户 刘建军 411625199106127930 "
     "手机18722212225 住淇川县城关镇解放路45号3单元201 欠款48,316.20元。其余见附件。",
     [(P, "刘建军"), (ID, "411625199106127930"), (MB, "18722212225"), (A, "淇川县城关镇解放路45号3单元201")], [D, U, X]),
    ("app", "third_party", "张经理，以后客户资料交接一律走渠道系统，微信里不要再发身份证照片和银行卡号，违规的我们按合作协议扣分。",
     [], []),
    ("app", "third_party", "小郭，你们那个客户杨文斌，麻烦跟他讲一声，两期没交了，让他给公司回个电话", [(P, "杨文斌")], [D]),
    ("call", "third_party", "坐席：喂宏运二手车吗？你们上礼拜收的那台白色朗逸，豫P·2W815，车上还有我们的抵押，原车主马海军欠我们三万多没还清，"
     "你们别往外卖啊\n第三方：我们收的时候他说车是干净的\n坐席：干净啥呀，他都逾期四个月了",
     [(PL, "豫P·2W815"), (P, "马海军")], [D]),
    ("app", "third_party", "李经理早，陈志强那个单子你还记得吧？他老婆在你们店上班那个，车贷都拖到M3了，你私下提醒她一下",
     [(P, "陈志强")], [D]),
    ("email", "third_party", "致各合作经销商：即日起，贵店如需查询客户还款状态，请由客户本人通过APP授权后查询；恒驰不再通过电话或微信向经销商"
     "提供任何客户的逾期信息。恒驰汽车金融 渠道管理部", [], []),
    ("app", "third_party", "高哥，跟你们销售顾问小蔡说一下，他推过来那个张丽娟，身份证421126198507249660，住院了还没出来，"
     "家里电话也打不通，你们有她别的联系方式吗",
     [(P, "张丽娟"), (ID, "421126198507249660")], [D, S, U]),
]

# --- the GPS tracker vendor: alerts, location requests and their answers ---------------------------------

GPS_TRACKERS: list[PiplEntry] = [
    ("app", "unknown", "【途安星定位告警】设备86451207395 车辆豫P·5K372 03-14 23:41起停留于淇川县人民路77号金悦酒店停车场，已超5小时。",
     [(PL, "豫P·5K372"), (A, "淇川县人民路77号金悦酒店")], [S]),
    ("app", "unknown", "【途安星定位告警】设备86451207395 离线，最后上报 03-16 08:12，请安排检测。", [], []),
    ("email", "unknown", "途安星技术支持：车架号LSVNV2180N2147365的设备主电被剪断，请贵司风控核实是否需派单。按协议，轨迹数据仅向"
     "贵司风控专岗提供，不向外包催收机构开放。", [], []),
    ("app", "unknown", "风控群里发一下：豫A·7H3N2 这周的轨迹，周一到周五每天早上七点四十到县实验小学门口停十分钟，然后去老城区菜市场，"
     "下午五点再回学校，娃应该在这上学，外访的直接去学校门口蹲就行",
     [(PL, "豫A·7H3N2")], [S]),
    ("app", "unknown", "外访组注意：轨迹只能用来判断车辆是否被转押转卖，不能用来找人，更不能去客户孩子学校、单位门口堵人。违者移交合规。",
     [], []),
    ("sms", "debtor", "【恒驰汽车金融】王先生，您的车昨晚凌晨1点到4点停在城南洗浴中心后院，今早8点去了市一院门诊楼，需要我们派人去医院找您吗？",
     [], [S]),
    ("call", "debtor", "坐席：王国富先生是吧，我恒驰汽车金融的，工号6012。您那台车的定位这两天一直在外省，合同上写的是车辆出省要报备，"
     "您这边是不是把车借给别人用了？\n客户：没有，我自己在湖北干活。\n坐席：好的，那麻烦您今天在APP上补个报备，车贷这期也记得还。",
     [(P, "王国富")], []),
    ("call", "debtor", "坐席：你车这两天都停在武汉东西湖那个金银潭医院停车场，是你家里谁住院了？要是有困难跟我说，但你不能一直躲着不接电话啊\n"
     "客户：我老婆在里面，你们咋知道的\n坐席：车上有定位嘛",
     [], [S]),
    ("app", "unknown", "定位查询回执：车主陈志强（51132219600620733X），川E·3M8Q6，近30天常驻点：泸州市龙马潭区春雨路19号（夜间）、"
     "蓝田街道沙湾砖厂（白天）。",
     [(P, "陈志强"), (ID, "51132219600620733X"), (PL, "川E·3M8Q6"), (A, "泸州市龙马潭区春雨路19号")], [S, U]),
]


# --- guarantors told of their own liability, and the people around them ------------------------------------

GUARANTORS: list[PiplEntry] = [
    ("notice", "third_party", "履行保证责任通知书\n恒驰金〔2024〕保字第0417号\n赵德厚先生：\n您于2022年6月18日与我司签订《保证合同》"
     "（编号HC-BZ-2022-06-0417），为借款人刘建军的车辆抵押贷款承担连带保证责任。借款人自2023年12月起未按期还款，截至2024年3月20日"
     "欠付本息合计48,316.20元。依据《民法典》第六百八十八条及合同约定，请您于2024年4月5日前履行保证责任，或与我司协商还款安排。"
     "如有异议，请于收到本通知之日起十日内书面提出。\n联系电话：0371-65827301\n恒驰汽车金融有限公司（盖章）\n2024年3月21日",
     [(P, "赵德厚"), (P, "刘建军"), (LL, "0371-65827301")], []),
    ("sms", "third_party", "【恒驰汽车金融】赵德厚先生，您作为保证人的合同HC-BZ-2022-06-0417项下借款已逾期，详情请致电0371-65827301或查收书面通知。",
     [(P, "赵德厚"), (LL, "0371-65827301")], []),
    ("call", "third_party", "坐席：赵德厚先生吗，恒驰汽车金融法务部，我姓吕。您在2022年给刘建军的车贷签过保证合同，这个您还记得吧？\n"
     "第三方：记得，那又咋了？\n坐席：借款人已经逾期三个多月，按合同您要承担连带责任，我们已经寄了书面通知，您看完有什么疑问随时打给我。",
     [(P, "赵德厚"), (P, "刘建军")], []),
    ("app", "third_party", "嫂子，你家老赵给刘建军担保那个车贷，刘建军拖了三个月了，老赵手机老是关机，你跟他说一声",
     [(P, "刘建军"), (P, "刘建军")], [D]),
    ("call", "third_party", "坐席：赵叔，你那个保证合同的事你自己心里有数，我就不多说了。另外跟你讲一声，刘建军现在住他丈母娘家，"
     "淇川县白沙镇东街12号，媳妇王秀梅在县医保局上班，电话15947735499，你要是去找他也可以先问问他媳妇\n第三方：我找他干啥我又不欠你钱",
     [(P, "刘建军"), (A, "淇川县白沙镇东街12号"), (P, "王秀梅"), (MB, "15947735499")], [D, U, X]),
    ("notice", "third_party", "致保证人曾德明：您为借款人王国富提供保证的借款（合同号HC-2021-11-2206）已逾期。经核实您持有的身份证为15位旧证"
     "511322590426591，请携带新版身份证到我司营业部办理信息更新并协商保证责任履行事宜。",
     [(P, "曾德明"), (P, "王国富"), (ID, "511322590426591")], [U]),
    ("call", "third_party", "坐席：喂，是曾德明的儿子吧？你爸给王国富担保的那笔钱王国富一直没还，按合同你爸要还，你们家商量一下\n"
     "第三方：我爸都七十了，担啥保\n坐席：合同上签的字按的手印，跑不掉的",
     [(P, "曾德明"), (P, "王国富"), (P, "王国富")], [D]),
]

# --- emergency contacts, spouses, parents, neighbours: call-backs and what slips out ----------------------------

CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "您好，您的号码被刘建军先生登记为紧急联系人，麻烦转告他本人尽快回电，谢谢。",
     [(P, "刘建军")], []),
    ("sms", "third_party", "【恒驰汽车金融】李桂芝阿姨：您儿子建军的车贷已经三期没还了，合计一万零四百，请您督促他尽快还款。",
     [(P, "李桂芝"), (P, "建军")], [D]),
    ("sms", "third_party", "阿姨您好，麻烦转告建军给我回个电话，我姓吕，电话还是上次那个，谢谢", [(P, "建军")], []),
    ("call", "third_party", "坐席：您好，请问是刘建军吗？\n联系人：不是，我是他妈。\n坐席：好的阿姨，打扰了，麻烦您让他方便时回个电话，"
     "就说小吕找他，他知道的。\n联系人：啥事啊？\n坐席：是他本人的事，我不方便跟您讲，让他回电就行。",
     [(P, "刘建军")], []),
    ("call", "third_party", "坐席：阿姨我跟你说实话吧，你儿子那台车还欠我们四万八，再不还车就要收了\n联系人：咋欠这么多\n"
     "坐席：他三个月没交了", [], [D]),
    ("app", "third_party", "王秀梅你好，你老公的事你应该清楚，上个月那期到现在还没补上", [(P, "王秀梅")], [D]),
    ("call", "third_party", "坐席：喂您好，请问是孙玉芳家吗\n第三方：我是她老公，她在住院\n坐席：那不好意思打扰了，等她身体好了让她方便的时候"
     "回个电话，不着急\n第三方：好",
     [(P, "孙玉芳")], []),
    ("call", "third_party", "坐席：您是孙玉芳老公吧，她那个车贷逾期二十天了，三千四百多，化疗归化疗，钱该还还得还，你们家里想想办法\n"
     "第三方：她刚做完第三次，我一个人顾不过来",
     [(P, "孙玉芳")], [D, S]),
    ("app", "third_party", "你是他邻居吧？帮我看一眼401那家今晚有没有亮灯，就是开白色朗逸的那个，他欠我们钱躲着不见", [], [D]),
    ("call", "third_party", "坐席：你好请问是马海军吗\n第三方：打错了，我不认识这个人\n坐席：不好意思打扰了，我们这边把号码备注一下，不会再打了",
     [(P, "马海军")], []),
    ("call", "third_party", "坐席：喂，你是马海军哥哥马海林吧？你弟在哪儿你肯定知道，他车贷欠着，你跟他说清真寺那边我们也有人认识他\n"
     "第三方：你别扯清真寺",
     [(P, "马海军"), (P, "马海林")], [D, S]),
    ("app", "third_party", "您好，您是张丽娟的姐姐张丽芳吧，她电话一直关机，我们是她车贷的合作机构，麻烦把她现在住的地方发给我一下",
     [(P, "张丽娟"), (P, "张丽芳")], [D]),
    ("app", "third_party", "张姐好，冒昧打扰，想请张丽娟本人联系我们，事情不急，劳烦您转达，不用告诉我她的住址。",
     [(P, "张丽娟")], []),
]


# --- the repossession contractor: reports to the lender, notices to borrowers, words to bystanders ----------

REPOSSESSION: list[PiplEntry] = [
    ("email", "unknown", "恒驰风控部：豫P·5K372已于3月16日凌晨依约收回，入库淇川县城东停车场，车架号LSVNV2180N2147365，里程8.6万公里，"
     "车内物品已清点拍照（清单见附件），请通知客户7日内领取个人物品。鑫诺资产 收车组",
     [(PL, "豫P·5K372")], []),
    ("email", "unknown", "收车报告（鑫诺-0316-02）\n车主：陈志强，身份证51132219600620733X，手机13516171090\n经蹲守三天，车主每天早6点半送孩子到"
     "龙马潭区春雨路小学，之后开车去沙湾砖厂上班，晚上10点后回春雨路19号。3月16日早6:40于学校门口对面将车辆开走。",
     [(P, "陈志强"), (ID, "51132219600620733X"), (MB, "13516171090"), (A, "春雨路19号")], [S, U]),
    ("sms", "debtor", "陈先生，您的车辆已由恒驰汽车金融依合同收回，车内个人物品请于7日内凭身份证到泸州市龙马潭区鱼塘街88号鑫诺停车场领取，"
     "电话0830-3126647。还清欠款或达成协议后可申请赎车。",
     [(A, "泸州市龙马潭区鱼塘街88号"), (LL, "0830-3126647")], []),
    ("app", "third_party", "大姐，楼下那台灰色的车我们拖走了，车主欠车贷一直没还，他回来你让他找恒驰", [], [D]),
    ("app", "third_party", "保安师傅你好，我们是受托处置抵押车辆的，手续都在这里，车拖走以后车主要是问，麻烦让他打这个电话0830-3126647。",
     [(LL, "0830-3126647")], [D]),
    ("email", "unknown", "收车委托单 HC-WT-240318-09\n借款人：杨文斌 证件号532128196507042037\n住址：昭通市昭阳区珠泉路112号2栋503\n"
     "配偶：李兰芝 15731403901；儿子：杨浩 在昭阳区第一中学高二\n车辆：云C·6F2L9\n逾期：121天 欠款62,840.15元",
     [(P, "杨文斌"), (ID, "532128196507042037"), (A, "昭通市昭阳区珠泉路112号2栋503"), (P, "李兰芝"), (MB, "15731403901"),
      (P, "杨浩"), (PL, "云C·6F2L9")], [S, U, X]),
    ("email", "unknown", "收车委托单 HC-WT-240318-10\n借款人：何冬梅（身份证后四位0782）\n车辆：豫P·8D617\n逾期：94天\n"
     "说明：只提供车辆信息与合同约定的收车依据，借款人家庭信息不随单下发，如需联系请走恒驰专线。",
     [(P, "何冬梅"), (PL, "豫P·8D617")], []),
    ("app", "unknown", "收车组群：明天去收云C·6F2L9，车主杨文斌有糖尿病，每周二周五上午在昭通市一院透析，车就停医院东门，去那蹲",
     [(PL, "云C·6F2L9"), (P, "杨文斌")], [S]),
    ("notice", "debtor", "车辆收回通知书\n杨文斌先生：\n因您的车辆抵押贷款逾期121天，我司已依据《汽车抵押贷款合同》第十四条于2024年3月19日收回抵押车辆"
     "（云C·6F2L9）。请您于收到本通知之日起15日内结清欠款62,840.15元或与我司协商，逾期我司将依法拍卖或变卖车辆，所得价款优先受偿，"
     "不足部分仍由您承担。车内物品清单附后。联系电话0371-65827301\n恒驰汽车金融有限公司",
     [(P, "杨文斌"), (PL, "云C·6F2L9"), (LL, "0371-65827301")], []),
    ("app", "third_party", "杨浩同学，你爸的车我们已经收了，他电话打不通，你放学回家告诉他一声，欠我们六万二", [(P, "杨浩")], [D]),
]

# --- the auto-finance company's agents on the phone, as transcribed --------------------------------------

AUTO_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是恒驰汽车金融贷后部，我姓吕，请问是刘建军先生本人吗？\n客户：是我。\n"
     "坐席：为了核实身份，麻烦您报一下身份证后四位。\n客户：7930。\n坐席：好的，核实通过。您的车贷已逾期32天，当期3468元加违约金……",
     [(P, "刘建军")], []),
    ("call", "debtor", "坐席：刘先生您好，我们系统里您身份证是411625199106127930对吧？\n客户：对。\n坐席：那就是您本人，我跟您说一下逾期的情况",
     [(ID, "411625199106127930")], [U]),
    ("call", "debtor", "坐席：喂刘建军，我这边恒驰的，你要核身份对吧，你报身份证\n客户：四一一六二五一九九一零六一二七九三零\n坐席：行，对上了",
     [(P, "刘建军"), (ID, "四一一六二五一九九一零六一二七九三零")], []),
    ("call", "debtor", "坐席：王先生，还款可以打到我们对公账户，户名恒驰汽车金融有限公司，我报一下卡号啊，6217 0051 5297 5410 877，"
     "开户行建行郑州金水支行\n客户：等下我记一下",
     [(BC, "6217 0051 5297 5410 877")], []),
    ("call", "debtor", "坐席：您绑定的还款卡是6229 0812 7203 4176吧，这张卡这两个月流水每月进账都有八千多，不是还不起吧？\n"
     "客户：那是我给老板代收的货款",
     [(BC, "6229 0812 7203 4176")], [S, U]),
    ("call", "debtor", "客户：我这个月在医院陪我妈做手术，能不能缓几天\n坐席：可以的，您这边申请一下延期，最长可以延到下个月15号，"
     "需要您在APP上传一张住院证明，不方便的话我们先帮您登记。\n客户：好，谢谢",
     [], []),
    ("call", "debtor", "客户：我腿摔断了在家躺着，干不了活\n坐席：理解，那您看先还个最低两千行不行，剩下的我给您申请分期\n客户：两千也没有\n"
     "坐席：好，那我先给您备注困难，暂停催收十五天，您好了再联系我们",
     [], []),
    ("call", "debtor", "坐席：孙女士，你化疗一个疗程也就三万来块吧，医保报了七成，你自己掏的也不多，车贷才三千四，你先挪一挪\n"
     "客户：你们怎么知道我报了多少",
     [], [S]),
    ("call", "debtor", "坐席：张丽娟是吧，你老公陈军在县交警队上班，你婆婆叫刘凤英，电话13701640817，你要不还，我们只能一个一个问了\n客户：你们有病吧",
     [(P, "张丽娟"), (P, "陈军"), (P, "刘凤英"), (MB, "13701640817")], [U, X]),
    ("call", "debtor", "坐席：张女士您好，恒驰汽车金融，我姓高。为保护隐私，我们不会联系您的家人单位，只跟您本人沟通，您看这期什么时候方便处理？\n"
     "客户：下周五发工资就还。\n坐席：好的，我给您登记下周五，到时提醒您。",
     [], []),
    ("call", "debtor", "坐席：马海军，我们知道你礼拜五都去清真寺，你那几个教友也都认识你吧\n客户：你们什么意思\n坐席：没什么意思，让你还钱",
     [(P, "马海军")], [S]),
    ("call", "debtor", "坐席：你那个儿子在淇川二中初二三班，班主任姓冯对吧，你要是一直不接电话我们只能找学校问问你的情况\n客户：……",
     [], [S]),
    ("call", "debtor", "坐席：何女士，您那边手机号还是16335221770吗？我们系统显示这个号码，您确认一下\n客户：对，是这个",
     [(MB, "16335221770")], [U]),
    ("call", "debtor", "坐席：何女士，您好，为了核实身份麻烦您说一下您在我们这留的手机号码\n客户：幺六三三五两两幺拐拐洞\n坐席：好的核实无误",
     [(MB, "幺六三三五两两幺拐拐洞")], []),
]


# --- agents' calls as speech-to-text output: no punctuation, dialect, numbers read aloud ----------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂 刘建军是吧 恁那个身份证号四幺幺六两五幺勾勾幺洞六幺两拐勾三洞 对不对 对就中\n客户：对 咋了",
     [(P, "刘建军"), (ID, "四幺幺六两五幺勾勾幺洞六幺两拐勾三洞")], [U]),
    ("call", "debtor", "坐席：嗯那个刘先生 你这个还款卡啊 尾号是拐八拐四 对吧 这个月扣款没成功 你今天存一下\n客户：中 下午存",
     [], []),
    ("call", "debtor", "坐席：喂你好恒驰的啊 你卡号六两两八四八八六四三四勾五两五拐八拐四 里头钱不够 扣不出来\n客户：晓得了晓得了",
     [(BC, "六两两八四八八六四三四勾五两五拐八拐四")], [U]),
    ("call", "debtor", "坐席：那个 呃 王哥 你屋头那个娃儿是不是在龙马潭区春雨路小学读二年级嘛 每天早上六点半你送他 我们都晓得的噻\n客户：你啥子意思",
     [], [S]),
    ("call", "third_party", "坐席：喂 你是刘建军屋里人不 他那个车贷拖了三个月咯 你跟他说一哈\n第三方：我是他媳妇 他咋了",
     [(P, "刘建军")], [D]),
    ("call", "third_party", "坐席：喂 你好 找一下刘建军\n第三方：他不在 你哪位\n坐席：我姓吕 我工作电话是幺拐八三三四五五幺幺八 麻烦你让他回一个 不急\n"
     "第三方：哦 晓得了",
     [(P, "刘建军"), (MB, "幺拐八三三四五五幺幺八")], []),
    ("call", "debtor", "坐席：李叔 你那个丰收贷 三万块 去年十一月就到期了 利息也冇还 你看么子时候来支行一趟\n客户：等稻谷卖了就去 咯\n"
     "坐席：要得 那你要是困难 可以申请展期 带身份证来就行",
     [], []),
    ("call", "debtor", "坐席：李叔 你身份证四三幺两两八幺勾六洞洞勾两三拐勾五勾 一卡通卡号六两三幺八五拐四两勾拐六勾两五三幺勾六 "
     "这卡上个月进了粮食补贴一千二 还有养老金 我们直接扣了要得啵\n客户：那是我吃饭的钱",
     [(ID, "四三幺两两八幺勾六洞洞勾两三拐勾五勾"), (BC, "六两三幺八五拐四两勾拐六勾两五三幺勾六")], [S, U]),
    ("call", "debtor", "坐席：春生啊 你在东莞长安那个五金厂是吧 每个月十号发工资 工资卡进了六千八 你就还我五百也好噻\n客户：你们查我工资",
     [(P, "春生")], [S]),
    ("call", "debtor", "(坐席)喂 杨春生 你屋头两个娃儿 大的在大湾小学五年级 小的跟你妈在屋头 你妈腿脚也不好 你好意思不还钱嘛\n(客户)我在外头打工也难",
     [(P, "杨春生")], [S]),
    ("call", "debtor", "[坐席]喂你好是杨春生吗 我这边临溪农商行的 你那个务工贷逾期了两个月 你看是不是先还个利息\n[客户]我厂里停工了\n"
     "[坐席]哦 那你这个情况可以申请延期 你把停工证明拍个照发过来 我给你报上去",
     [(P, "杨春生")], []),
    ("call", "debtor", "坐席：彭小燕是吧 你手机幺三三四四两八六两幺八 是本人对吧 然后你老公罗志勇 手机幺六六拐拐拐两两两三两 他晓得你贷款的事不\n"
     "客户：你莫打他电话",
     [(P, "彭小燕"), (MB, "幺三三四四两八六两幺八"), (P, "罗志勇"), (MB, "幺六六拐拐拐两两两三两")], [U, X]),
    ("call", "debtor", "【坐席】嗯 彭姐 是这样的 你那笔贷款 我们这边 呃 看到你在县妇幼保健院建了档 预产期是下个月吧 那你看生之前能不能先把利息结一下\n"
     "【客户】你们怎么连这个都晓得",
     [], [S]),
    ("call", "debtor", "客户：我怀孕了，下个月生，能不能等坐完月子再还\n坐席：可以的彭姐，这种情况我们有政策，可以延期三个月，你把孕检单拍给我，"
     "或者到时候来支行填个表都行。",
     [], []),
    ("call", "debtor", "坐席 ：喂 您好 这里是临溪农商银行 您尾号四二九二九 呃 不是 尾号两九两九的贷款 明天到期 记得存钱\n客户 ：好嘞",
     [], []),
    ("call", "debtor", "坐席:喂马海军 你那个车 呃 这个礼拜天天下午两点在城北清真寺门口停着 你是不是天天去礼拜 礼拜完了来公司一趟中不中\n"
     "客户:你管我去哪儿",
     [(P, "马海军")], [S]),
    ("call", "debtor", "坐席：喂罗志刚吧 你护照E五八两洞拐三幺四 上个月出的境 去越南打工了是吧 我们系统都有\n客户：我在芒街 咋了",
     [(P, "罗志刚"), (PP, "E五八两洞拐三幺四")], [S, U]),
]


# --- robot callers: the auto lender's and the rural bank's voice robots ------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是恒驰汽车金融，请问您是刘建军先生本人吗？本人请按1，不是请按2。\n客户：（按键1）\n"
     "机器人：您的车贷当期应还3468元，已逾期5天，请今日22点前还款。如需人工服务请按0。",
     [(P, "刘建军")], []),
    ("call", "third_party", "机器人：您好，这里是恒驰汽车金融，请问您是刘建军先生本人吗？本人请按1，不是请按2。\n第三方：（按键2）\n"
     "机器人：好的，打扰您了，再见。",
     [(P, "刘建军")], []),
    ("call", "third_party", "机器人：您好，请问您是刘建军先生本人吗？本人请按1，不是请按2。\n第三方：（按键2）\n"
     "机器人：请您转告刘建军先生，他在恒驰汽车金融的车贷已逾期46天，欠款10404元，请尽快还款，谢谢。",
     [(P, "刘建军"), (P, "刘建军")], [D]),
    ("call", "debtor", "机器人：尊敬的客户，您绑定的还款卡6228 4886 4349 5257 874本期扣款失败，请您尽快存入足额资金。\n客户：喂？喂？",
     [(BC, "6228 4886 4349 5257 874")], [U]),
    ("call", "debtor", "机器人：您好，检测到您的车辆当前位于淇川县人民路77号金悦酒店停车场，请您尽快处理逾期欠款，以免车辆被依约收回。\n客户：……",
     [(A, "淇川县人民路77号金悦酒店")], [S]),
    ("call", "debtor", "机器人：您好，临溪农商银行提醒您，系统检测到您的社保卡本月养老金一千零八十元已到账，将用于归还贷款利息，如有疑问请按0。\n"
     "客户：（按键0）",
     [], [S]),
    ("call", "debtor", "机器人：李卫东先生您好，请核对您的身份证号码：四三一二二八一九六零零九二三七九五九，正确请按1。\n客户：（按键1）",
     [(P, "李卫东"), (ID, "四三一二二八一九六零零九二三七九五九")], [U]),
    ("call", "debtor", "机器人：您好，请问是尾号5959的身份证持有人吗？是请按1。\n客户：（按键1）\n机器人：您在临溪农商银行的贷款利息2,400元已逾期15天，"
     "如需申请展期请按2，转人工请按0。",
     [], []),
    ("call", "third_party", "机器人：您好，您是杨春生的紧急联系人，杨春生在临溪农商银行的务工贷已经逾期两个月，请您提醒他及时还款，知晓请按1。\n"
     "第三方：（按键1）",
     [(P, "杨春生"), (P, "杨春生")], [D]),
    ("call", "third_party", "机器人：您好，这里是客户联络中心，我们想请杨春生先生回电。若您认识他，请转告他拨打我们的来电号码，谢谢。\n第三方：好",
     [(P, "杨春生")], []),
    ("call", "debtor", "機器人：您好，恆馳汽車金融提醒您，您的車貸已逾期10天，本期應還3,468元，請盡快還款。如已還款請忽略。\n客戶：好的",
     [], []),
]

# --- the county rural commercial bank's SMS to farmers and migrant workers -------------------------------------

RURAL_SMS: list[PiplEntry] = [
    ("sms", "debtor", "【临溪农商银行】尊敬的客户，您的“丰收贷”贷款本金30,000元将于2024年11月20日到期，请及时筹措资金，如需展期请到开户网点申请。",
     [], []),
    ("sms", "debtor", "【临溪农商银行】李卫东，您的耕地地力保护补贴1,236.80元已于今日到账一卡通，请到网点用于归还逾期贷款利息。",
     [(P, "李卫东")], [S]),
    ("sms", "debtor", "【临溪农商银行】温馨提示：根据规定，我行不会从您的养老金、低保金、各类惠农补贴专户中扣划贷款，请放心。如有疑问请致电96262。",
     [], []),
    ("sms", "debtor", "【临溪农商银行】杨春生，您在我行的务工贷已逾期62天，欠本息20,412.50元，请联系客户经理唐伟17958822100协商还款。",
     [(P, "杨春生"), (P, "唐伟"), (MB, "17958822100")], []),
    ("sms", "debtor", "【临溪农商银行】杨春生，我行已查实您在东莞长安镇打工，每月工资卡进账6800元左右，请主动还款。",
     [(P, "杨春生")], [S]),
    ("sms", "debtor", "【临溪农商银行】杨春生，你身份证510921197909113414在我行贷款逾期，已报送征信，望速还款。",
     [(P, "杨春生"), (ID, "510921197909113414")], [U]),
    ("sms", "debtor", "【临溪农商银行】谭秀英阿姨，您每月的新农保养老金1,080元和您儿子每月打给您的两千块都在我行卡上，请先还上到期利息。",
     [(P, "谭秀英")], [S]),
    ("sms", "debtor", "【临溪农商银行】彭小燕：您在我行的贷款已逾期，你老公罗志勇在县自来水公司上班，我行将与其单位联系。",
     [(P, "彭小燕"), (P, "罗志勇")], [X]),
    ("sms", "debtor", "【临溪农商银行】彭小燕您好，您申请的孕产期贷款延期已获批，新还款日为2025年3月20日，期间不计罚息。",
     [(P, "彭小燕")], []),
    ("sms", "debtor", "【临溪農商銀行】您的貸款將於本月到期，請及時還款。網點地址：臨溪縣白石鎮正街18號，電話(0739)5218463。",
     [(A, "臨溪縣白石鎮正街18號"), (LL, "(0739)5218463")], []),
    ("sms", "debtor", "【临溪农商银行】黄丽萍，你在县残联登记的肢体三级残疾我们已核实，残疾补贴卡6236680648029902753每月有进账，请用来还款。",
     [(P, "黄丽萍"), (BC, "6236680648029902753")], [S, U]),
    ("sms", "debtor", "【临溪农商银行】黄女士，您申请的残疾人创业贷款贴息已审核通过，如需无障碍服务可提前致电网点预约上门。",
     [], []),
    ("sms", "debtor", "【临溪农商银行】韦春燕，您在柳河乡大湾村七组23号的房子和您在广州番禺的打工地址我行都有，逾期贷款请尽快处理。",
     [(P, "韦春燕"), (A, "柳河乡大湾村七组23号")], [X]),
]


# --- village agents, village cadres and grid workers -----------------------------------------------------------

VILLAGE: list[PiplEntry] = [
    ("app", "third_party", "周书记，你村三组李卫东在我行贷的三万块丰收贷，逾期快半年了，麻烦村里帮忙做做工作。", [(P, "李卫东")], [D]),
    ("app", "third_party", "周书记，卫东叔那个事还是冇动静，他家里头你熟，帮忙递个话", [(P, "卫东")], [D]),
    ("app", "third_party", "【杨岗村乡亲群】各位乡亲，三组李卫东、五组邓桂兰、七组曾国平这几户在农商行的贷款到期冇还，名单我贴在服务站门口了，莫等人家上门。——协办员周春花",
     [(P, "李卫东"), (P, "邓桂兰"), (P, "曾国平"), (P, "周春花")], [D]),
    ("app", "third_party", "春花姐，三组李卫东那户你帮我看看，他身份证431228196009237959，电话18676701536，家是杨岗村三组17号，欠三万二，"
     "你去他家看看人在不在",
     [(P, "春花"), (P, "李卫东"), (ID, "431228196009237959"), (MB, "18676701536"), (A, "杨岗村三组17号")], [D, U, X]),
    ("call", "third_party", "坐席：唐网格员你好，我白石支行小彭。你们网格里那个彭小燕，是不是已经去县里生孩子了？她那笔贷款还冇还\n"
     "第三方：好像是住院了，我帮你问问",
     [(P, "彭小燕")], [D, S]),
    ("call", "third_party", "坐席：唐网格员你好，我白石支行小彭，想跟你核一下，大湾村七组23号现在还住人不？我们有封信要寄\n第三方：住的，韦家\n"
     "坐席：好，谢谢，就这事。",
     [(A, "大湾村七组23号")], []),
    ("app", "third_party", "张主任，大湾村那个韦春燕，她老公在广州番禺做装修，两个细伢子跟着外婆在大湾小学读书，贷款的事你们村里帮着催一下",
     [(P, "韦春燕")], [D, S]),
    ("notice", "third_party", "协助通知\n大湾村村民委员会：\n我行客户韦春燕（身份证450881196811107905）于2022年3月在我行办理小额信用贷款5万元，已逾期147天。"
     "请村委会协助通知其本人到我行柳河分理处办理还款或展期手续。\n临溪农村商业银行柳河分理处\n2024年4月2日",
     [(P, "韦春燕"), (ID, "450881196811107905")], [D, U]),
    ("notice", "third_party", "协助送达函\n大湾村村民委员会：\n我行有一封致贵村村民韦春燕本人的信函（密封），因多次邮寄无人签收，烦请转交本人。"
     "信函内容仅限本人拆阅。\n临溪农村商业银行柳河分理处",
     [(P, "韦春燕")], []),
    ("app", "third_party", "各位村干部：请各村不要在村务公开栏、村广播或乡亲群里公布贷款逾期人员名单，这违反个人信息保护规定。临溪农商行柳河分理处",
     [], []),
    ("call", "third_party", "坐席：喂，是大湾村的张主任吧？我农商行柳河分理处的，你们村七组曾国平的老伴是不是得了脑梗住县医院了？他儿子在外面打工，"
     "那贷款的事只能找你们村里了\n第三方：是有这回事",
     [(P, "曾国平")], [D, S]),
    ("app", "third_party", "【白石镇网格员群】各网格员注意，农商行协助排查名单里有身份证号、电话、住址，只能用于核实是否还在本地居住，不准外传，"
     "不准拿名单上门催款。", [], []),
    ("app", "third_party", "老支书，三组那个邓桂兰家你晓得啵，她男人去年走了，她一个人带孙子，信教信得蛮厉害，天天去镇上教堂，贷款的事你看怎么搞",
     [(P, "邓桂兰")], [D, S]),
]

# --- migrant workers: employers, labour contractors, dormitories, left-behind families --------------------------

MIGRANT_WORKERS: list[PiplEntry] = [
    ("email", "third_party", "东莞长安恒达五金制品厂人事部：贵厂员工杨春生（身份证510921197909113414）在我行有逾期贷款本息20,412.50元，"
     "请贵厂协助督促其归还。临溪农村商业银行白石支行",
     [(P, "杨春生"), (ID, "510921197909113414")], [D, U]),
    ("email", "third_party", "东莞长安恒达五金制品厂人事部：您好，我行有一封寄给贵厂员工杨春生本人的密封信件，烦请转交，信件内容仅限本人拆阅。谢谢！"
     "临溪农村商业银行白石支行",
     [(P, "杨春生")], []),
    ("call", "third_party", "坐席：何老板吧，你工地上那个临溪来的杨春生，欠我们农商行两万多一直不还，你发工资的时候能不能先扣一点给我们\n"
     "第三方：我哪能扣他工资",
     [(P, "杨春生")], [D]),
    ("call", "third_party", "坐席：何老板你好，请问杨春生还在你工地做事吗？\n第三方：你哪个\n坐席：我是他老家这边的，有点事找他，麻烦你让他回个电话，谢谢\n"
     "第三方：好，我跟他讲",
     [(P, "杨春生")], []),
    ("app", "third_party", "杨春生工友们，他在老家欠了银行贷款不还，谁知道他现在住哪个宿舍麻烦私聊我", [(P, "杨春生")], [D]),
    ("call", "third_party", "坐席：婶子，春生在外头的贷款还冇还上，你孙子在大湾小学读五年级是啵，我们也不想搞到学校去\n第三方：伢子还小，你们莫吓他",
     [(P, "春生")], [D, S]),
    ("call", "third_party", "坐席：婶子你好，我是支行的小彭，春生最近跟屋里打电话冇？你让他有空回我一个电话就行，冇别的事。\n第三方：晓得了",
     [(P, "春生")], []),
    ("app", "debtor", "春生，你屋头两个娃儿，大的杨梦在大湾小学五年级，小的杨乐三岁，都是你妈带，你妈还有高血压，你自己想想",
     [(P, "春生"), (P, "杨梦"), (P, "杨乐")], [S, X]),
    ("app", "debtor", "罗志刚，你在越南芒街那个工地，老板叫黄永强，电话15817263540，你不回我们电话我们就直接找他",
     [(P, "罗志刚"), (P, "黄永强"), (MB, "15817263540")], [U, X]),
    ("email", "third_party", "广州番禺兴旺装饰工程公司：贵司员工韦春燕在我行的贷款已逾期147天，请贵司提供其现住址，以便我行送达催收函。",
     [(P, "韦春燕")], [D]),
    ("call", "third_party", "坐席：您好，请问是罗志刚的舅舅吗？他在我们这的贷款下个月就到期了，他身份证610526200109108092，你们在外头帮他想想办法\n"
     "第三方：他跟我冇联系",
     [(P, "罗志刚"), (ID, "610526200109108092")], [D, U]),
    ("app", "third_party", "浙江义乌惠民劳务派遣有限公司您好，想确认一下李卫东是否仍在贵司派遣？如在，请转告他联系临溪老家，谢谢。", [(P, "李卫东")], []),
    ("app", "third_party", "您好，我是李卫东的贷款客户经理，他在我们这的三万块已经逾期，听说他在你们劳务公司，请你们转告", [(P, "李卫东")], [D]),
    ("call", "debtor", "客户：我在广东厂里受了伤，手指头断了两个，现在没得工钱\n坐席：春生，那你先养伤，我给你申请延期半年，工伤认定下来了把材料拍给我，"
     "利息这块我们也可以申请减免。\n客户：要得要得",
     [(P, "春生")], []),
]


# --- visit reports: the bank's account managers, the agency's field staff -----------------------------------------

VISIT_REPORTS: list[PiplEntry] = [
    ("app", "unknown", "外访记录 2024-03-18\n地址：临溪县白石镇杨岗村三组17号\n借款人李卫东不在家，其妻称其在浙江义乌打工，留守孙子在白石镇中心小学五年级，"
     "每天下午四点半放学由其妻接送。",
     [(A, "临溪县白石镇杨岗村三组17号"), (P, "李卫东")], [S]),
    ("app", "unknown", "外访记录 2024-03-21\n借款人在家，称稻谷款下月到，承诺4月30日前归还利息2,400元。已告知可申请展期并留下支行电话。", [], []),
    ("app", "unknown", "外访：敲门无人应答，邻居称已搬走，未透露来意。已在门缝留致本人的密封信一封。", [], []),
    ("app", "unknown", "外访记录：彭小燕已于3月20日在县妇幼保健院剖宫产，母子平安，其婆婆说坐月子期间不要打扰，建议暂缓催收。",
     [(P, "彭小燕")], [S]),
    ("email", "unknown", "外访报告（正衡-ZZ-0322）\n客户：马海军\n地址：淇川县城北回民街9号\n情况：客户为回族，每周五中午去城北清真寺，"
     "平时在清真寺旁开牛肉面馆，面馆每天流水约三千，微信收款码为其妻名下。建议周五中午去清真寺门口找人。",
     [(P, "马海军"), (A, "淇川县城北回民街9号")], [S]),
    ("email", "unknown", "外访报告（正衡-ZZ-0323）\n客户：王国富\n情况：客户在家，态度配合，承认逾期，称物流活少，愿意每月先还1500元，"
     "申请剩余分12期。已让其在APP提交分期申请。", [(P, "王国富")], []),
    ("app", "unknown", "外访拍照存档：客户家门口照片1张、客户本人身份证正反面照片2张（身份证号411523196608148879）、客户女儿学生证照片1张",
     [(ID, "411523196608148879")], [S, U]),
    ("app", "unknown", "外访注意事项：禁止拍摄客户家属、未成年人及其证件；客户身份证件只核验不拍照；外访报告中不写客户宗教、病情等信息。", [], []),
    ("email", "unknown", "外访报告（鑫诺-0320-07）\n车主邵桂珍，65岁，独居，双腿残疾坐轮椅，靠低保和她儿子打钱生活，车是她儿子在开，"
     "儿子叫邵建华，在郑州开网约车，手机17539154804。",
     [(P, "邵桂珍"), (P, "邵建华"), (MB, "17539154804")], [S, U, X]),
    ("email", "unknown", "外访报告（正衡-ZZ-0401）客户何冬梅，住郑州市管城区航海东路1508号6号楼1单元902，在郑州宇通客车厂财务部上班，"
     "老公叫宋磊，女儿在管城回族区第二实验小学一年级。本次未见到本人。",
     [(P, "何冬梅"), (A, "郑州市管城区航海东路1508号6号楼1单元902"), (P, "宋磊")], [S, X]),
]

# --- letters: stage notices, assistance requests, lawyers' letters ----------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n恒驰函〔2024〕第0318号\n刘建军先生：\n您于2022年6月与我司签订的《汽车抵押贷款合同》（合同号HC-2022-06-0417），"
     "截至2024年3月18日已逾期95天，欠付本息合计48,316.20元。请于2024年3月31日前通过恒驰汽车金融APP或对公账户还款。"
     "如有异议请于收到本函之日起十日内致电4008216330提出。逾期不还，我司将依合同约定处分抵押车辆或依法提起诉讼。\n"
     "恒驰汽车金融有限公司（盖章）\n2024年3月18日",
     [(P, "刘建军")], []),
    ("notice", "debtor", "催收函\n刘建军（身份证号码：411625199106127930）：\n你的车贷已逾期95天，欠款48,316.20元，限你三日内还清。"
     "你母亲李桂芝、你妻子王秀梅、你岳父王长河的联系方式我司均已掌握。\n恒驰汽车金融贷后管理部",
     [(P, "刘建军"), (ID, "411625199106127930"), (P, "李桂芝"), (P, "王秀梅"), (P, "王长河")], [U, X]),
    ("notice", "debtor", "贷款到期提示函\n李卫东同志：\n您于2023年11月20日在我行白石支行办理的“丰收贷”农户小额信用贷款30,000元已到期，"
     "尚欠本金30,000元、利息2,400元。请于2024年4月30日前到我行任一网点办理还款或申请展期。如确有困难，可携带相关证明到网点申请"
     "延期还款。联系电话：(0739)5218463\n临溪农村商业银行白石支行\n2024年3月25日",
     [(P, "李卫东"), (LL, "(0739)5218463")], []),
    ("notice", "debtor", "李卫东：\n你的贷款已到期未还。经查，你在我行一卡通账户6231857429769253196内每季度有粮食直补和耕地地力补贴入账，"
     "我行将依约从该账户扣收。\n临溪农商银行白石支行",
     [(P, "李卫东"), (BC, "6231857429769253196")], [S, U]),
    ("notice", "third_party", "致淇川县鑫达物流有限公司：\n贵司员工王国富（住淇川县白沙镇北街36号）在我司车贷逾期已达90天，请贵司在发放工资时代扣"
     "每月2,000元转入我司账户。\n恒驰汽车金融有限公司",
     [(P, "王国富"), (A, "淇川县白沙镇北街36号")], [D, X]),
    ("notice", "debtor", "律师函\n（2024）豫正衡律函字第112号\n杨文斌先生：\n河南正衡律师事务所接受恒驰汽车金融有限公司委托，就您所欠车辆抵押贷款"
     "一事致函如下：截至2024年3月28日，您尚欠本息62,840.15元。请您于收函后十五日内与委托人联系清偿，否则委托人将依法向人民法院提起"
     "诉讼并申请实现担保物权。\n承办律师：谷一鸣 电话0371-65827788\n2024年3月29日",
     [(P, "杨文斌"), (P, "谷一鸣"), (LL, "0371-65827788")], []),
    ("notice", "debtor", "告知书\n彭小燕女士：\n鉴于您处于孕产期，经您申请，我行同意将您的贷款还款期限延至2025年3月20日，延期期间不计罚息，"
     "原担保方式不变。\n临溪农村商业银行白石支行",
     [(P, "彭小燕")], []),
    ("notice", "debtor", "還款提醒函\n韋春燕女士：\n您在本行的小額信用貸款已逾期147天。本行了解您長期在廣州番禺務工，您的兩名子女在大灣小學就讀，"
     "由外婆照顧。請您盡快與本行聯繫。\n臨溪農村商業銀行柳河分理處",
     [(P, "韋春燕")], [S]),
    ("notice", "debtor", "收回车辆前最后通知\n张丽娟：\n您的车贷已逾期，我司将依合同约定收回抵押车辆豫P·3C095。您的车辆每晚停放于淇川县"
     "锦绣花园东门，每早7:20送孩子去实验小学后开往县医保局。\n恒驰汽车金融",
     [(P, "张丽娟"), (PL, "豫P·3C095")], [S]),
    ("notice", "debtor", "逾期贷款催收通知书\n编号：LX-CS-2024-0412\n借款人：吴海燕\n借款金额：50,000元\n逾期天数：35天\n应还金额：5,126.00元\n"
     "还款截止日：2024年5月15日\n还款方式：我行任一网点或手机银行\n联系电话：(0739)5218463\n异议渠道：收到本通知十日内书面或电话提出\n"
     "如逾期未还，我行将依法依约处理，并按规定报送征信。\n临溪农村商业银行（盖章）\n2024年4月12日",
     [(P, "吴海燕"), (LL, "(0739)5218463")], []),
]


# --- quality-check sheets and complaint tickets --------------------------------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("app", "unknown", "质检单 QA-240318-066\n坐席工号6012，通话中向第三方（借款人姐姐）透露欠款金额，违反《催收作业规范》第4.2条，扣10分，"
     "需重新培训。录音已归档。", [], []),
    ("app", "unknown", "质检单 QA-240318-071\n坐席在核身环节完整念出客户身份证号码，应只核对后四位。扣5分。", [], []),
    ("app", "unknown", "质检单 QA-240318-072\n问题摘录：坐席称“你身份证411625199106127930对吧”。整改：核身只问后四位。",
     [(ID, "411625199106127930")], [U]),
    ("app", "unknown", "投诉工单 TS2403150027\n投诉人：刘建军 手机18722212225\n内容：称我司外访人员到其母亲李桂芝家（淇川县城关镇解放路45号3单元201）"
     "讲了欠款的事。\n处理：核查外访记录。",
     [(P, "刘建军"), (MB, "18722212225"), (P, "李桂芝"), (A, "淇川县城关镇解放路45号3单元201")], [U, X]),
    ("app", "unknown", "投诉工单 TS2403200044\n投诉人：孙玉芳（正在县二院肿瘤科住院化疗）\n内容：催收员打电话给其丈夫说欠款。\n"
     "处理：对该客户暂停催收30天，按困难客户处理。",
     [(P, "孙玉芳")], [S]),
    ("app", "unknown", "工单回复：已按客户要求删除其紧急联系人李桂芝的号码13872939345，后续不再联系。",
     [(P, "李桂芝"), (MB, "13872939345")], [U]),
    ("app", "unknown", "工单回复：已按客户要求删除其紧急联系人尾号9345的号码，后续不再联系该联系人。", [], []),
    ("email", "unknown", "投诉回复（监管转办件 ZB-2024-0318）\n经核查，我司外包机构正衡信息咨询有限公司催收员于3月12日在电话中向"
     "投诉人的担保人之妻透露借款人欠款情况，违反我司规定。我司已对该机构扣减当月服务费并责令该催收员离岗培训。",
     [], []),
    ("app", "unknown", "质检单 QA-240320-019\n录音原文：“你老公陈军在县交警队上班，你婆婆叫刘凤英，电话13701640817”。违规：提及客户家属信息，扣20分。",
     [(P, "陈军"), (P, "刘凤英"), (MB, "13701640817")], [U, X]),
    ("app", "unknown", "质检单 QA-240320-020\n违规类型：提及客户家属信息。详情见录音，不在质检单中复述。扣20分。", [], []),
    ("app", "unknown", "投诉工单 LX-TS-0402\n投诉人：黄丽萍（肢体三级残疾，身份证360732196511148989）\n内容：客户经理短信提及其残疾补贴卡。"
     "处理：约谈客户经理，书面道歉。",
     [(P, "黄丽萍"), (ID, "360732196511148989")], [S, U]),
    ("app", "unknown", "质检单（农商行电催）LX-QA-0408\n客户经理在电话中向借款人提及其孙子就读的学校和年级，涉及未成年人信息，判定违规，扣15分。",
     [], []),
    ("app", "unknown", "投诉工单 LX-TS-0411\n投诉人：谭秀英\n内容：反映其养老金到账后被扣收贷款。处理：经查系系统误扣，已退回1,080元至其"
     "社保卡6212267726916936589并致歉。",
     [(P, "谭秀英"), (BC, "6212267726916936589")], [S, U]),
]


# --- e-mails between the lenders and their agencies ------------------------------------------------------------

AGENCY_EMAILS: list[PiplEntry] = [
    ("email", "unknown", "正衡各位：\n3月委外案件共142户已推送至贵司作业系统，请在系统内查看，勿通过邮件或微信传递客户身份证号、银行卡号。"
     "案件明细表已脱敏，证件号与卡号只显示后四位。\n恒驰汽车金融 委外管理岗 高蕾\ngaolei@hengchi-af.com.cn",
     [(P, "高蕾"), (EM, "gaolei@hengchi-af.com.cn")], []),
    ("email", "unknown", "高经理：\n急件，以下客户系统里电话都空号，麻烦直接把完整信息发我：\n1. 张丽娟 421126198507249660 卡6225888729135586\n"
     "2. 何冬梅 412726199104010782 卡6214836314451085\n正衡 案件组 刘洋 liuyang@zhengheng-info.cn",
     [(P, "张丽娟"), (ID, "421126198507249660"), (BC, "6225888729135586"), (P, "何冬梅"), (ID, "412726199104010782"),
      (BC, "6214836314451085"), (P, "刘洋"), (EM, "liuyang@zhengheng-info.cn")], [U]),
    ("email", "unknown", "高经理好，附件是马海军的补充材料：客户回族，信仰伊斯兰教，每周五在城北清真寺礼拜，建议周五安排外访。\n正衡 外访组",
     [(P, "马海军")], [S]),
    ("email", "unknown", "各委外机构：\n根据《个人信息保护法》第二十八条，客户的宗教信仰、健康状况、行踪轨迹、未成年子女信息属敏感个人信息，"
     "不得写入外访报告、质检记录或往来邮件。请各机构本周内完成自查。\n恒驰汽车金融 合规部",
     [], []),
    ("email", "unknown", "鑫诺资产：\n请于本周内安排收回以下车辆：孙玉芳 豫P·6A241，车主目前在县二院肿瘤科住院，家里只有老公和两个孩子，"
     "车停在医院地下车库B2-117，可直接拖。\n恒驰风控 周航",
     [(P, "孙玉芳"), (PL, "豫P·6A241"), (P, "周航")], [S]),
    ("email", "unknown", "鑫诺资产：\n孙玉芳（豫P·6A241）一案，客户已申请困难延期并获批，即日起暂停收车，已派工单请撤回。\n恒驰风控 周航",
     [(P, "孙玉芳"), (PL, "豫P·6A241"), (P, "周航")], []),
    ("email", "unknown", "临溪农商行风险部：\n本季度移交我所代理诉讼的逾期农户贷款案件共18件，起诉状所需当事人身份信息已通过加密U盘交接，"
     "邮件中不再附列。\n湖南楚临律师事务所 谷律师 gu.lawyer@chulinlaw.cn",
     [(EM, "gu.lawyer@chulinlaw.cn")], []),
    ("email", "unknown", "谷律师：\n补充李卫东案材料：被告李卫东，身份证431228196009237959，住临溪县白石镇杨岗村三组17号，手机18676701536；"
     "其子李小军在义乌打工，手机19034812699；其孙在白石镇中心小学五年级。\n白石支行 彭",
     [(P, "李卫东"), (P, "李卫东"), (ID, "431228196009237959"), (A, "临溪县白石镇杨岗村三组17号"), (MB, "18676701536"),
      (P, "李小军"), (MB, "19034812699")], [S, U, X]),
    ("email", "unknown", "彭经理：\n起诉只需要被告本人的身份信息和送达地址，其子女和孙辈的信息与本案无关，请不要再发。谷", [], []),
    ("email", "unknown", "风险部：\n大湾村逾期户走访情况：韦春燕户，本人在广州，两个孩子在大湾小学，外婆有心脏病；曾国平户，老伴脑梗住院，"
     "每月靠新农保养老金980元过日子。建议两户均暂缓诉讼。\n柳河分理处",
     [(P, "韦春燕"), (P, "曾国平")], [S]),
    ("email", "unknown", "风险部：\n大湾村两户逾期客户（韦某、曾某）经走访确有特殊困难，建议暂缓诉讼，详细情况已录入信贷系统困难客户登记模块。\n柳河分理处",
     [], []),
]


# --- identifiers in every written and spoken form ----------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】吴海燕，身份证号３６２４３０１９９４０１２０２１２７名下车贷已逾期，请速处理。",
     [(P, "吴海燕"), (ID, "３６２４３０１９９４０１２０２１２７")], [U]),
    ("app", "debtor", "吴女士，核对一下：证件 362430 19940120 2127，还款卡 6230 5941 4128 5272 093，手机 156-4922-5447，没问题的话我把分期方案发您",
     [(ID, "362430 19940120 2127"), (BC, "6230 5941 4128 5272 093"), (MB, "156-4922-5447")], [U]),
    ("sms", "debtor", "【临溪农商银行】龙小雨同学：你的助学创业贷（身份证522425-20010813-5601）本月到期，请按时还款。",
     [(P, "龙小雨"), (ID, "522425-20010813-5601")], [U]),
    ("call", "debtor", "坐席：谢淑华是吧 你那个身份证 五幺幺勾两三幺勾六八幺洞洞四四两六叉 我们这边核了一下 没错吧\n客户：嗯",
     [(P, "谢淑华"), (ID, "五幺幺勾两三幺勾六八幺洞洞四四两六叉")], [U]),
    ("app", "debtor", "何姐，你工资卡6214.6727.3958.7678这个月进了9300，房贷车贷都扣完还剩四千多，先还我们一期没问题吧",
     [(BC, "6214.6727.3958.7678")], [S, U]),
    ("sms", "debtor", "【恒驰汽车金融】请核对还款信息：卡号6282886133474252户名何冬梅，如有误请致电4008216330。",
     [(BC, "6282886133474252"), (P, "何冬梅")], [U]),
    ("app", "third_party", "您好，这是吴海燕的紧急联系人吧？她电话+86 156 4922 5447一直没人接，她在我们这的车贷逾期了，麻烦转告一下",
     [(P, "吴海燕"), (MB, "156 4922 5447")], [D, U]),
    ("email", "unknown", "案件补充：客户吴海燕 常用号码0086-15649225447，备用号码18151133261（其弟吴海涛），请外访前先电话预约。",
     [(P, "吴海燕"), (MB, "15649225447"), (MB, "18151133261"), (P, "吴海涛")], [U, X]),
    ("call", "debtor", "机器人：您好，您在恒驰汽车金融预留的手机号为一三八八一七二六八一一，如需变更请按1，无需变更请按2。\n客户：（按键2）",
     [(MB, "一三八八一七二六八一一")], [U]),
    ("app", "debtor", "龙小雨，你办的护照是 E A 2 8 4 6 1 7 3 对吧，出国读书前先把贷款结了，不然我们只能按合同处理",
     [(P, "龙小雨"), (PP, "E A 2 8 4 6 1 7 3")], [U]),
    ("call", "debtor", "坐席：杨先生 我们查到你有本老护照 G三八幺拐两勾五洞 还没过期 你是不是打算出去\n客户：那本早作废了",
     [(PP, "G三八幺拐两勾五洞")], [U]),
    ("app", "debtor", "韦女士，你的港澳通行证C62039185这个月签注过两次，去澳门干什么我们不管，贷款先还。",
     [(PP, "C62039185")], [S, U]),
    ("email", "unknown", "案件备注：担保人梁家豪为香港居民，回乡证H04827316，内地联系电话13509750313，不接受短信，只能打电话。",
     [(P, "梁家豪"), (PP, "H04827316"), (MB, "13509750313")], [U]),
    ("notice", "debtor", "还款通知\n谭秀英（身份证412726590917142）：\n您的农户贷款已到期，请到网点办理。\n临溪农商银行",
     [(P, "谭秀英"), (ID, "412726590917142")], [U]),
    ("notice", "debtor", "還款通知書\n邵桂珍女士（身分證號碼：411625195802260040）\n您的車貸已逾期九十天，欠款三萬二千元。\n恆馳汽車金融",
     [(P, "邵桂珍"), (ID, "411625195802260040")], [U]),
    ("notice", "debtor", "贷款逾期通知\n借款人：曾国平\n身份证号：\n412726195711060038\n贷款金额：20,000元\n逾期天数：63天\n临溪农商银行柳河分理处",
     [(P, "曾国平"), (ID, "412726195711060038")], [U]),
    ("call", "debtor", "坐席：黄女士 你那个补贴卡号我念一下 六二二九零九四七二七三八二一五七 是这张吧\n客户：是",
     [(BC, "六二二九零九四七二七三八二一五七")], [U]),
    ("app", "debtor", "小燕，你老公的电话１６６７７７２２２３２我们打了好几次，你要是再拖我们就只能跟他讲了",
     [(P, "小燕"), (MB, "１６６７７７２２２３２")], [U, X]),
    ("sms", "debtor", "【临溪农商银行】彭小燕，身份证43052419900404 2929，贷款利息逾期，请速还。",
     [(P, "彭小燕"), (ID, "43052419900404 2929")], [U]),
    ("app", "third_party", "邓嫂，你家桂兰的电话14529248903打不通，她欠我行的利息还差一千二，你让她回个电话",
     [(P, "桂兰"), (MB, "14529248903")], [D, U]),
    ("sms", "debtor", "【恒驰汽车金融】您的还款卡已变更为6228 4687 4521 6885 794，请确认是否本人操作，非本人请致电4008216330。",
     [(BC, "6228 4687 4521 6885 794")], [U]),
    ("call", "debtor", "坐席：龙小雨，你在学校的手机是幺六六洞四拐五两六幺六对吧，你宿舍在贵州民族大学北区7栋412，我们下周过去看看你\n客户：别来学校",
     [(P, "龙小雨"), (MB, "幺六六洞四拐五两六幺六"), (A, "贵州民族大学北区7栋412")], [S, U]),
    ("app", "unknown", "【贷后群】谁有空把这个单跟一下：邓桂兰341225196807022441，手机145 2924 8903，欠息一千二",
     [(P, "邓桂兰"), (ID, "341225196807022441"), (MB, "145 2924 8903")], [U]),
    ("call", "debtor", "坐席：谢女士您好 您的卡号是 六二一七 九九九七 六四一八 一一二五 三八四 这张卡扣款失败了\n客户：晓得了",
     [(BC, "六二一七 九九九七 六四一八 一一二五 三八四")], [U]),
]


# --- more of a person than the message needs: addresses, employers, relatives' names and numbers -------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】何冬梅，住郑州市管城区航海东路1508号6号楼1单元902，就职于宇通客车财务部，您的车贷已逾期94天。",
     [(P, "何冬梅"), (A, "郑州市管城区航海东路1508号6号楼1单元902")], [X]),
    ("sms", "debtor", "【恒驰汽车金融】何女士，您的车贷已逾期94天，为免影响您的信用记录，请尽快处理，客服4008216330。", [], []),
    ("app", "debtor", "何冬梅，你老公宋磊、你爸何长顺、你妹何冬雪，我们这边都有登记，你自己掂量", [(P, "何冬梅"), (P, "宋磊"), (P, "何长顺"), (P, "何冬雪")], [X]),
    ("call", "debtor", "坐席：冬梅姐，你妹冬雪是在郑大一附院当护士吧，她电话18441052784，我们不想打，你也别让我们为难\n客户：你敢",
     [(P, "冬梅"), (P, "冬雪"), (MB, "18441052784")], [U, X]),
    ("sms", "debtor", "【恒驰汽车金融】王国富先生，您的妻子孙桂英、儿子王磊（淇川一高高三）均为您的家庭成员，请以家庭为重尽快还款。",
     [(P, "王国富"), (P, "孙桂英"), (P, "王磊")], [S, X]),
    ("app", "debtor", "王国富，你儿子王磊手机16678273870，你老婆孙桂英在县棉纺厂三车间，你不接电话我们就一个个打",
     [(P, "王国富"), (P, "王磊"), (MB, "16678273870"), (P, "孙桂英")], [U, X]),
    ("sms", "debtor", "【临溪农商银行】李卫东，您儿子李小军（义乌，19034812699）、儿媳刘翠（义乌，13881726811）我行均已联系，请速还款。",
     [(P, "李卫东"), (P, "李小军"), (MB, "19034812699"), (P, "刘翠"), (MB, "13881726811")], [U, X]),
    ("app", "debtor", "卫东叔，小军和他媳妇刘翠都在义乌那个袜子厂，我都晓得，你跟他们商量一下帮你还", [(P, "卫东"), (P, "小军"), (P, "刘翠")], [X]),
    ("sms", "debtor", "【临溪农商银行】杨春生，你老婆谢红梅在长安镇美佳制衣厂上班，你们两口子都不还？",
     [(P, "杨春生"), (P, "谢红梅")], [X]),
    ("app", "debtor", "杨春生，你老婆谢红梅、你弟杨春林、你妹夫罗强的电话我们都有，一个都跑不掉", [(P, "杨春生"), (P, "谢红梅"), (P, "杨春林"), (P, "罗强")], [X]),
    ("email", "unknown", "外访申请：借款人杨春生，现住东莞市长安镇乌沙社区兴发路26号301，就职于长安恒达五金制品厂，其妻谢红梅在美佳制衣厂，"
     "其弟杨春林手机14720957796。申请外访一次。",
     [(P, "杨春生"), (A, "东莞市长安镇乌沙社区兴发路26号301"), (P, "谢红梅"), (P, "杨春林"), (MB, "14720957796")], [U, X]),
    ("email", "unknown", "外访申请：借款人杨春生，拟于4月10日上门东莞市长安镇乌沙社区兴发路26号301，沟通还款安排，已电话预约。",
     [(P, "杨春生"), (A, "东莞市长安镇乌沙社区兴发路26号301")], []),
    ("sms", "debtor", "【恒驰汽车金融】张丽娟女士，淇川县锦绣花园8号楼2单元1102业主，县医保局职工，您名下车贷逾期已超90天。",
     [(P, "张丽娟"), (A, "淇川县锦绣花园8号楼2单元1102")], [X]),
    ("notice", "debtor", "致张丽娟女士\n地址：淇川县锦绣花园8号楼2单元1102\n您的车贷已逾期90天，欠款10,404元，请于4月15日前还款。恒驰汽车金融有限公司",
     [(P, "张丽娟"), (A, "淇川县锦绣花园8号楼2单元1102")], []),
    ("app", "debtor", "丽娟，你公公陈德福是退休老教师吧，住县一中家属院，你老公陈军，你儿子陈子轩，我们都查了，别逼我们", [(P, "丽娟"), (P, "陈德福"), (P, "陈军"), (P, "陈子轩")], [X]),
    ("call", "debtor", "坐席：马海军 你老婆叫白玉兰 在回民小学旁边开馍店 你丈人白守成 电话13015342326 我都有 你看着办\n客户：……",
     [(P, "马海军"), (P, "白玉兰"), (P, "白守成"), (MB, "13015342326")], [U, X]),
    ("sms", "debtor", "【恒驰汽车金融】陈志强先生，您的前妻刘晓梅、现任女友蒋丽的联系方式我司已掌握，望您尽快处理欠款。",
     [(P, "陈志强"), (P, "刘晓梅"), (P, "蒋丽")], [X]),
    ("call", "debtor", "坐席：陈哥 你砖厂那个老板叫周福贵 砖厂在蓝田街道沙湾村二组 你一个月四千五 我都清楚 不是我们不讲情面\n客户：你调查我？",
     [(P, "周福贵")], [S, X]),
    ("app", "debtor", "彭小燕，你娘家在柳河乡大湾村五组9号，你妈叫曾秀兰，你哥彭大勇在长沙开货车，这些我们都有",
     [(P, "彭小燕"), (A, "柳河乡大湾村五组9号"), (P, "曾秀兰"), (P, "彭大勇")], [X]),
    ("email", "third_party", "长安恒达五金厂财务部：请协助提供贵厂员工杨春生的工资发放银行卡号、月工资额及其家属在厂内务工情况。临溪农商行白石支行",
     [(P, "杨春生")], [D]),
    ("sms", "debtor", "【临溪农商银行】韦春燕，你老公覃永明在番禺大石街做装修，你大女儿覃小丽、小儿子覃小军都在大湾小学，你看着办。",
     [(P, "韦春燕"), (P, "覃永明"), (P, "覃小丽"), (P, "覃小军")], [S, X]),
    ("app", "unknown", "【贷后群】刘建军这户：本人18722212225，老婆王秀梅15947735499，老娘李桂芝13872939345，岳父王长河18146261634，住解放路45号3单元201，谁有空挨个打",
     [(P, "刘建军"), (MB, "18722212225"), (P, "王秀梅"), (MB, "15947735499"), (P, "李桂芝"), (MB, "13872939345"),
      (P, "王长河"), (MB, "18146261634"), (A, "解放路45号3单元201")], [U, X]),
    ("call", "debtor", "坐席：罗志刚你听好 你老汉罗德贵在柳河乡卫生院烧锅炉 你妈在屋头带你妹罗小芳 你妹在临溪一中读高一 你不还我们就去找他们\n客户：我马上还",
     [(P, "罗志刚"), (P, "罗德贵"), (P, "罗小芳")], [S, X]),
    ("notice", "debtor", "催款通知\n邓桂兰：\n您在我行贷款已逾期。您的儿子邓建国（手机13793342048）、儿媳黄芳（手机16979000041）为您的法定赡养人，"
     "请与其协商还款。\n临溪农商银行白石支行",
     [(P, "邓桂兰"), (P, "邓建国"), (MB, "13793342048"), (P, "黄芳"), (MB, "16979000041")], [U, X]),
]


# --- the debt told to others in few words, or only by implication ----------------------------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "刘建军家属您好，他那台车的月供断了，麻烦提醒。", [(P, "刘建军")], [D]),
    ("app", "third_party", "嫂子，建军那个事还是没个准信，你给他递个话，拖久了对他不好", [(P, "建军")], [D]),
    ("sms", "third_party", "王秀梅：你老公车贷的事你晓得吧", [(P, "王秀梅")], [D]),
    ("app", "third_party", "阿姨，跟您说一声，您儿子那台哈弗上个月又没交", [], [D]),
    ("call", "third_party", "坐席：喂您好，您是何冬梅的同事吧？\n第三方：对，我们一个科室的。\n坐席：麻烦您跟她说，恒驰汽车金融找她，她知道是什么事。",
     [(P, "何冬梅")], [D]),
    ("app", "third_party", "宋先生，你老婆何冬梅那边一直联系不上，车是你们家在开吧，这个月再不交就要按合同走了", [(P, "何冬梅")], [D]),
    ("sms", "third_party", "【恒驰汽车金融】温馨提示：您的亲属陈志强名下车辆贷款已逾期，请协助提醒。", [(P, "陈志强")], [D]),
    ("app", "third_party", "老周，你们厂那个陈志强，工资还是月底发吧？他在我们这有笔账没结", [(P, "陈志强")], [D]),
    ("app", "third_party", "周老板你好，请问陈志强还在贵厂上班吗？有份文件要他本人签收，麻烦让他回个电话。", [(P, "陈志强")], []),
    ("call", "third_party", "坐席：小区物业吗？2栋503那个开云C牌照车的业主杨文斌，车贷好几个月没交了，他最近还在这住吗\n第三方：我们不能透露业主信息",
     [(A, "2栋503"), (P, "杨文斌")], [D]),
    ("sms", "third_party", "李兰芝女士：您丈夫杨文斌的车已被依约收回，剩余欠款六万二，望家属配合。", [(P, "李兰芝"), (P, "杨文斌")], [D]),
    ("app", "third_party", "春花姐，五组邓桂兰那户还差一千二的利息，你下回碰到她顺便讲一声", [(P, "春花"), (P, "邓桂兰")], [D]),
    ("app", "third_party", "建国，你妈那笔钱到期了，银行这边等不起了", [(P, "建国")], [D]),
    ("app", "third_party", "小军，你爸的丰收贷到期半年了，利息都没结，你在外头挣钱，帮屋里想想办法", [(P, "小军")], [D]),
    ("sms", "third_party", "刘翠你好，我是临溪农商行白石支行，你公公李卫东的贷款到期未还，请家人督促。", [(P, "刘翠"), (P, "李卫东")], [D]),
    ("app", "third_party", "何老板，你那里做事的杨春生，老家那边农商行的人找他，他晓得是哪样事", [(P, "杨春生")], [D]),
    ("call", "third_party", "坐席：你好，是谢红梅吗？我是临溪那边的，想找一下杨春生，他电话停机了，你能让他回个电话吗？\n第三方：你找他啥子事\n"
     "坐席：他本人的事，我跟他本人讲就行，麻烦你了。",
     [(P, "谢红梅"), (P, "杨春生")], []),
    ("app", "third_party", "覃师傅，你老婆春燕在我们那边有笔款子过期了，她电话打不通，你跟她说说", [(P, "春燕")], [D]),
    ("sms", "third_party", "【临溪农商银行】曾国平家属：曾国平贷款2万元已逾期63天，请协助还款。", [(P, "曾国平"), (P, "曾国平")], [D]),
    ("app", "third_party", "彭大勇，你妹小燕在我们这的款子你知道吧，她现在坐月子，我们也不好催，你当哥哥的帮一把", [(P, "彭大勇"), (P, "小燕")], [D, S]),
    ("call", "third_party", "坐席：喂您好，请问是张丽芳吗？\n第三方：是，哪位？\n坐席：我这边是恒驰汽车金融的，您妹妹张丽娟在我们这办的车贷，"
     "已经逾期三个月了，她最近是住院了吗？\n第三方：你们别打了",
     [(P, "张丽芳"), (P, "张丽娟")], [D]),
    ("app", "third_party", "马海林，你弟那个面馆生意不错啊，欠我们的三万多什么时候给", [(P, "马海林")], [D]),
    ("app", "third_party", "罗德贵叔，志刚在我们行里有笔务工贷，下个月到期，跟你讲一声", [(P, "罗德贵"), (P, "志刚")], [D]),
]

# --- health, disability, children, routines, accounts and faith: said, and near misses ----------------------------

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】孙女士，您在县二院的住院号2403117、床号12床我们已知悉，请家属于本周内代为还款。", [], [S]),
    ("sms", "debtor", "【恒驰汽车金融】孙女士您好，得知您身体欠安，您的账户已暂停催收30天，期间不计违约金，祝早日康复。", [], []),
    ("app", "debtor", "邓姨，你每个礼拜天早上都去镇上福音堂做礼拜，做完礼拜顺路来支行把利息交了嘛", [], [S]),
    ("app", "debtor", "邓姨，支行礼拜天不开门，您礼拜一到礼拜五哪天方便来都行，或者在手机银行上交也可以。", [], []),
    ("call", "debtor", "坐席：黄女士，你一个残疾人，残联每月给你发补贴，低保也在吃，我们这笔贷款你还是要还的\n客户：我每个月就那几百块",
     [], [S]),
    ("call", "debtor", "客户：我腿脚不方便，去不了网点\n坐席：没关系黄女士，我们可以安排客户经理上门办理，或者您用手机银行，我一步步教您。",
     [], []),
    ("sms", "debtor", "【临溪农商银行】邓桂兰，您的孙子邓浩然在白石镇中心小学三年级二班，每天下午四点半放学，请您以孩子为重尽快还款。",
     [(P, "邓桂兰"), (P, "邓浩然")], [S, X]),
    ("app", "debtor", "谭阿姨，你这个月的养老金1080、高龄补贴100都进了那张社保卡，先挪五百出来把利息结了", [], [S]),
    ("call", "debtor", "坐席：陈志强，你那个肝病在泸州医学院附院看的吧，我们也不想逼你，但你每个月拿药的钱都有，车贷就没有？\n客户：那是救命的",
     [(P, "陈志强")], [S]),
    ("app", "debtor", "王哥，你每天早上五点半出车，跑淇川到鹤壁那趟线，晚上九点回停车场，这个我们都清楚", [], [S]),
    ("sms", "debtor", "【恒驰汽车金融】张女士，您儿子陈子轩每天7:20到淇川县实验小学，放学由您婆婆接，请您尽快处理车贷。", [(P, "陈子轩")], [S]),
    ("app", "debtor", "张姐，你上周三在县医院做的那个抑郁症复诊，我们不是故意打听的，你先把车贷这期还了", [], [S]),
    ("sms", "debtor", "【恒驰汽车金融】张女士，如您近期身体或家庭有特殊情况，可申请延期还款，我们会为您的情况保密。", [], []),
    ("app", "debtor", "龙小雨，你每周二周四晚上在学校图书馆三楼自习到十点，我们的人去找你聊聊也行", [(P, "龙小雨")], [S]),
    ("app", "debtor", "韦春燕，你那个一卡通里面每个季度有公益林补贴和你爸的五保金打进来，我们查得到", [(P, "韦春燕")], [S]),
]


# --- decoys: contract, land-contract, order, device and waybill numbers of the same shapes --------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】您的车贷合同（编号202403760362607862）已生效，首期还款日为4月18日，车架号LGBH52E08NY201734。回T退订",
     [], []),
    ("notice", "debtor", "贷款担保材料清单\n借款人：李卫东\n抵押物：农村土地承包经营权，权证编号430524102213020045，面积4.6亩\n"
     "请于贷款结清后凭本清单领回权证原件。\n临溪农村商业银行白石支行",
     [(P, "李卫东")], []),
    ("app", "debtor", "您好，您车上GPS设备的IMEI号864512073958821已更换，新设备号86451207395，无需您做任何操作。", [], []),
    ("email", "unknown", "鑫诺资产：车内物品已通过顺丰寄回车主，运单号773209415862011，车主签收后请上传回执。恒驰风控", [], []),
    ("sms", "debtor", "【临溪农商银行】您的贷款账号6228480318020415本期利息已结清，交易流水号2024031809175523，感谢您的配合。", [], []),
    ("app", "debtor", "恒驰汽车金融：您的退款申请已受理，退款单号6737360374606764，原路退回，预计3个工作日到账。", [], []),
    ("app", "unknown", "投诉登记：客户来电投诉12368105727号工单处理过慢，已催办；关联交易单号6118798029701219363、6592730596599539796。", [], []),
]

# --- messages as received and forwarded: what a debtor, a relative or a village cadre passes on --------------------

FORWARDED: list[PiplEntry] = [
    ("app", "debtor", "【恒驰汽车金融】刘建军，你身份证411625199106127930，你老婆王秀梅在县医保局上班，电话15947735499，三天内不还款我们就去她单位。",
     [(P, "刘建军"), (ID, "411625199106127930"), (P, "王秀梅"), (MB, "15947735499")], [U, X]),
    ("app", "third_party", "转发：【临溪农商银行】杨岗村三组李卫东，身份证431228196009237959，欠我行贷款本息32,400元，请村民互相转告。",
     [(P, "李卫东"), (ID, "431228196009237959")], [D, U]),
    ("email", "third_party", "（转发）发件人：正衡案件组\n王总：你们公司司机王国富，住白沙镇北街36号，欠我们车贷四万多，儿子王磊在淇川一高高三，你看能不能帮忙做做工作。",
     [(P, "王国富"), (A, "白沙镇北街36号"), (P, "王磊")], [D, S, X]),
    ("sms", "debtor", "【恒驰汽车金融】陈志强：你每晚十点后回春雨路19号，每天早上送儿子去春雨路小学，这些我们都清楚。",
     [(P, "陈志强"), (A, "春雨路19号")], [S]),
    ("app", "third_party", "【大湾村村民群】（村支书转发农商行通知）韦春燕、曾国平二户贷款逾期，请家属尽快到柳河分理处处理。",
     [(P, "韦春燕"), (P, "曾国平")], [D]),
    ("app", "debtor", "[转发自 客户经理唐伟] 杨春生，你东莞那个工资卡6230580926999350722每个月进账六千八，别跟我说没钱",
     [(P, "唐伟"), (P, "杨春生"), (BC, "6230580926999350722")], [S, U]),
]

# --- a second round of both lenders: stage messages, calls and notes ---------------------------------------------

SECOND_ROUND: list[PiplEntry] = [
    ("sms", "debtor", "【恒驰汽车金融】吴海燕，您的车贷已逾期47天。我们注意到您每月15日有公积金贷款扣款、20日有信用卡还款，请把我司排在前面。",
     [(P, "吴海燕")], [S]),
    ("call", "debtor", "坐席：吴女士 你在两家网贷还有借款 一家八千一家一万二 我们征信上都看得到 先还我们这个\n客户：你们看我征信干嘛",
     [], [S]),
    ("app", "debtor", "龙小雨，你爸龙建平在毕节开三轮，你妈在家种地，电话16335221770，你要是再不回消息我就给你爸妈打电话了",
     [(P, "龙小雨"), (P, "龙建平"), (MB, "16335221770")], [U, X]),
    ("call", "third_party", "坐席：您好，是龙小雨的辅导员吗？她在我们平台借的创业贷逾期了，麻烦学校这边督促一下\n第三方：这种事你们找她本人",
     [(P, "龙小雨")], [D]),
    ("sms", "debtor", "【临溪农商银行】邓桂兰，你在县中医院做的子宫手术住院号我行已知悉，出院后请尽快还款。", [(P, "邓桂兰")], [S]),
    ("app", "unknown", "【白石支行群】邓桂兰户：本人身份证341225196807022441，手机14529248903，儿子邓建国在长沙富士康，儿媳黄芳怀孕七个月，孙子邓浩然白石小学三年级",
     [(P, "邓桂兰"), (ID, "341225196807022441"), (MB, "14529248903"), (P, "邓建国"), (P, "黄芳"), (P, "邓浩然")], [S, U, X]),
    ("call", "third_party", "坐席：喂 黄芳啊 你婆婆邓桂兰的利息还差一千二 你现在怀着娃我也不好多说 你跟建国商量一下\n第三方：我们自己也困难",
     [(P, "黄芳"), (P, "邓桂兰"), (P, "建国")], [D, S]),
    ("sms", "debtor", "【恒驰汽车金融】何冬梅，你每周六上午带女儿去管城区少年宫学舞蹈，下午去航海路万达，我们的同事周末也在那边。",
     [(P, "何冬梅")], [S]),
    ("app", "third_party", "宇通客车财务部您好，贵部门何冬梅的车贷在我司逾期，能否请单位协助联系？", [(P, "何冬梅")], [D]),
    ("email", "unknown", "正衡：请补充杨文斌案外访信息，附其配偶李兰芝身份证532128196809153023、手机15731403901，儿子杨浩学校为昭阳区第一中学。",
     [(P, "杨文斌"), (P, "李兰芝"), (ID, "532128196809153023"), (MB, "15731403901"), (P, "杨浩")], [S, U, X]),
    ("call", "debtor", "坐席：杨文斌 你透析是周二周五上午对吧 我们的人周五上午在医院东门等你 谈谈还款\n客户：你们这是要逼死我",
     [(P, "杨文斌")], [S]),
    ("sms", "debtor", "【恒驰汽车金融】马海军，您在城北回民街9号的面馆每天微信收款三千左右，请先拿出一天的流水还款。",
     [(P, "马海军"), (A, "城北回民街9号")], [S, X]),
    ("app", "debtor", "春生，你那个工伤赔偿款四万二下来了吧，打到你6230580926999350722那张卡上了，先还我们两万", [(P, "春生"), (BC, "6230580926999350722")], [S, U]),
    ("notice", "third_party", "关于协助查询的函\n长安恒达五金制品厂：\n我行借款人杨春生（身份证510921197909113414，住东莞市长安镇乌沙社区兴发路26号301）"
     "贷款逾期，请贵厂协助提供其工资发放记录。\n临溪农村商业银行白石支行",
     [(P, "杨春生"), (ID, "510921197909113414"), (A, "东莞市长安镇乌沙社区兴发路26号301")], [D, U, X]),
    ("call", "debtor", "坐席：韦春燕，你老公覃永明手机13881726811，他在大石街那个装修队的老板我们也认识\n客户：你们别找他",
     [(P, "韦春燕"), (P, "覃永明"), (MB, "13881726811")], [U, X]),
    ("app", "debtor", "谢淑华，你女儿在郑州上大学，每个月你给她打两千生活费，这钱能打，我们这期就不能还？", [(P, "谢淑华")], [S]),
    ("call", "debtor", "客户：我老公上个月走了，家里就剩我一个\n坐席：谢女士节哀。您的情况我这边登记困难客户，先停催一个月，之后我们再商量怎么还，您看行吗？\n客户：谢谢",
     [], []),
    ("app", "debtor", "曾叔，你老伴彭冬英身份证430524731203996，住院押金交的是她新农合卡，我们查得到的，贷款的事你还是要上心",
     [(P, "彭冬英"), (ID, "430524731203996")], [S, U, X]),
    ("sms", "debtor", "【临溪农商银行】曾国平，您的贷款已逾期63天。如家中有人住院等特殊困难，可向柳河分理处申请延期，电话(0739)5316208。",
     [(P, "曾国平"), (LL, "(0739)5316208")], []),
    ("app", "third_party", "罗小芳同学，你哥罗志刚欠了我们行的钱，你在临溪一中读书我们知道，让你哥回个电话", [(P, "罗小芳"), (P, "罗志刚")], [D, S]),
    ("call", "third_party", "坐席：梁生你好，我系恒驰汽车金融嘅，你担保嗰笔车贷借款人已经逾期，按合同你要承担保证责任，我哋已经寄咗通知去你香港地址\n第三方：收到，我会睇下",
     [], []),
    ("app", "third_party", "梁生，你回鄉證H04827316上個月過關記錄有三次，每次都係星期五晚返深圳，我哋知道你喺邊", [(PP, "H04827316")], [S, U]),
    ("call", "debtor", "坐席：喂孙姐 化疗做完了吧 你那个乳腺癌医保报完自己还掏了多少 我们这边也是按规定 车贷总要有个说法\n客户：你们打听这个干啥",
     [], [S]),
    ("app", "third_party", "王长河叔叔您好，您女婿建军的车贷逾期三个月了，您看能不能劝劝他", [(P, "王长河"), (P, "建军")], [D]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "AK-AUTO-STAGE-SMS": AUTO_STAGE_SMS,
    "AK-DEALERS": DEALERS,
    "AK-GPS-TRACKERS": GPS_TRACKERS,
    "AK-GUARANTORS": GUARANTORS,
    "AK-CONTACTS": CONTACTS,
    "AK-REPOSSESSION": REPOSSESSION,
    "AK-AUTO-CALLS": AUTO_CALLS,
    "AK-ASR-CALLS": ASR_CALLS,
    "AK-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AK-RURAL-SMS": RURAL_SMS,
    "AK-VILLAGE": VILLAGE,
    "AK-MIGRANT-WORKERS": MIGRANT_WORKERS,
    "AK-VISIT-REPORTS": VISIT_REPORTS,
    "AK-LETTERS": LETTERS,
    "AK-QA-AND-TICKETS": QA_AND_TICKETS,
    "AK-AGENCY-EMAILS": AGENCY_EMAILS,
    "AK-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AK-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "AK-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "AK-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "AK-DECOYS": DECOYS,
    "AK-FORWARDED": FORWARDED,
    "AK-SECOND-ROUND": SECOND_ROUND,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
