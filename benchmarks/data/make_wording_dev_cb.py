"""Wording development batch cb (issue 9, training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_cb`.

Written for this file by a helper session that read only the data contract (section 5), the domain references,
`set_format.py` and the skeleton lines of batch bf (and, by a slip, about fifty of bf's violating entries, none
taken over), before any detector was run on it. It brings formal written
collection in the long form: 催收函 and 催告函 of banks' card centres and consumer lenders, 律师函 from firms that name
their lawyers and practising numbers, 债权转让通知 and the letters of written-off debt buyers, 逾期告知书 in an app or
a letter, 上门拜访通知, 还款提醒函 to guarantors, notices sealed and delivered to the debtor's own address, e-mails
whose attachments are described, courts' e-delivery notices, mediation committees' invitations and arbitration
notices; several paragraphs each, in the formal register, with article numbers, letter and case numbers, seals and
signatures described ([盖章]) and, in some, the slips of a scanned and OCR-read letter. The paragraphs are written by
hand and each letter is put together from them, so every lawful letter stands beside the edited letter a legal
review would stop: the same letter with one passage changed, mostly in its third paragraph (a filed case, arrest or
a criminal record stated as certain, family liability, children's schooling, a visit to wait at the door or to the
workplace with colleagues, a notice in the village or the building, advice to borrow or sell to repay, an insult),
its signature changed to a court's enforcement bureau, a court's mediation centre, an arbitration body or a law firm
the sender is not, or the letter re-addressed to the debtor's employer or village or residents' committee (never an SMS or app notice). Every
wording category. Half is compliant.

Labels follow contract section 5 and batch bf's conventions, and label what each text DOES: a true consequence stated
with its condition (a lawsuit the creditor may bring, enforcement after a judgment, a credit report under the 征信
rules, 刑法第一百九十六条 with its conditions for a credit card) is lawful; arrest, detention, a criminal record, 立案
or a summons stated as certain for an ordinary overdue loan, a court step stated as taken without one, liability of
parents, spouse or children who did not sign, and effects on children's schooling or 政审 are legal. A genuine court,
mediation committee, arbitration commission or law firm naming itself in its own notice (case or acceptance number,
practising number, the client named truthfully, no demand to pay a collector) is no impersonation; the collector's
letter under a court's, 执行局's, 诉调中心's, 仲裁委's or 律师事务所's signature is impersonation. A visit announced to
wait at the door or stay in the home until paid is violence; a visit by appointment at the debtor's address is not,
and sending a sealed letter to the debtor's address is not. Copies sent to, or visits announced at, the employer,
parents or spouse are third party; notices for a village, building or community board are exposure. A letter to a
guarantor who signed (保证人) is a compliant message to a third party; a collector's letter to an employer or a
village or residents' committee that reveals the debt is disclosure, beside third party when it asks them to press,
withhold wages or pay, and beside exposure when it asks them to post it. Urging other lenders, card cash-out or
selling or pledging a car or house to repay is rollover. Texts whose label was uncertain were left out. All people,
numbers, companies, courts, firms, committees, links and places are invented; the public hotlines (12368, 12378) and
the court e-delivery site are real ones.

First run at b2ad22c (the session's post-release retrain), before any rule was changed on it: fused micro-F1 0.882,
compliant flagged 0/220 (rules alone 0, classifier alone 6); rules alone 0.847, classifier alone 0.780; fused
threat.violence R .360 (16 missed: presence and surveillance buried in a letter's third paragraph), impersonation
R .698 (13 missed), misleading.legal R .787 (17 missed).
Joined training at the end of the session that began at 0311962.

Output (deterministic): `wording_dev_cb.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_cb.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.

PAIRS = 220  # each lawful letter beside the letter edited from it

# --- What fills the letters: invented people, firms, courts, numbers ------------------------------------

SURNAMES = "刘陈王张李赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
HONORIFICS = ("先生", "女士")
LENDERS = ("瑞丰银行股份有限公司信用卡中心", "启航消费金融有限公司", "东岚银行股份有限公司江川分行", "安信达消费金融有限公司",
           "众和网络小额贷款有限公司", "华岳银行信用卡中心", "宁川农村商业银行股份有限公司", "恒裕融资担保有限公司",
           "云泽汽车金融有限公司", "澄湖消费金融股份有限公司")
CARD_CENTRES = ("瑞丰银行股份有限公司信用卡中心", "华岳银行信用卡中心", "东岚银行股份有限公司信用卡中心")
BANKS = ("瑞丰银行股份有限公司江川分行", "东岚银行股份有限公司", "宁川农村商业银行股份有限公司", "华岳银行股份有限公司溪宁支行")
AGENCIES = ("恒信商务咨询服务有限公司", "诚达信息咨询有限公司", "明德财务管理外包服务有限公司", "正和企业管理咨询有限公司",
            "嘉禾商务信息服务有限公司", "信衡资产管理有限公司")
FIRMS = ("北辰律师事务所", "江川衡平律师事务所", "溪宁明理律师事务所", "云泽正清律师事务所", "澄湖德信律师事务所")
LAWYERS = ("李某", "周某", "陈某", "孟某", "邵某", "顾某")
BUYERS = ("华瑞资产管理有限公司", "江川金融资产管理股份有限公司", "恒远资产管理有限公司", "澄湖地方资产管理有限公司")
CITIES = (("江川市", "临河区", "苏", "0512"), ("溪宁市", "西岭区", "赣", "0703"), ("云泽市", "东湖区", "湘", "0611"),
          ("澄湖市", "北塘区", "浙", "0304"), ("宁川市", "南关区", "皖", "1102"))
STREETS = ("滨江路88号3栋2单元", "和平里小区12号楼", "建设东路17号院", "桂园新村5幢", "青石巷21号", "新华街道锦绣苑9栋")
VILLAGES = ("石岭镇前湾村", "柳塘乡大河村", "青山镇后营村", "白沙镇上庄村", "龙泉乡双桥村")
COMMUNITIES = ("幸福里社区", "锦绣苑社区", "桂园社区", "北门社区")
EMPLOYERS = ("宏远机械制造有限公司", "江川顺达物流有限公司", "溪宁市第三中学", "云泽新世纪商贸有限公司", "澄湖华联电子有限公司",
             "宁川市恒安物业服务有限公司")
AMOUNTS = ("12,386.50", "8,920.00", "46,105.32", "3,617.80", "27,440.15", "103,268.90", "5,990.00", "19,032.66",
           "61,877.04", "14,250.00", "2,806.45", "33,519.70")
DAYS = (37, 65, 92, 128, 183, 241, 316, 405, 72, 154, 29, 510)
DATES = ("2026年12月15日", "2026年12月20日", "2026年12月25日", "2026年12月31日", "2027年1月8日", "2027年1月15日")
ISSUED = ("2026年12月1日", "2026年12月3日", "2026年11月28日", "2026年12月5日", "2026年11月30日")
HOTLINES = ("400-826-3517", "400-690-1288", "0791-8362 4410", "400-155-7726", "0512-6783 2209", "400-881-9035")


def fill(i: int) -> dict[str, str]:
    """The invented particulars of pair `i`, each list stepped at its own pace so that letters differ."""
    city, district, short, code = CITIES[i % len(CITIES)]
    surname = SURNAMES[(i * 7) % len(SURNAMES)]
    guarantor = SURNAMES[(i * 11 + 5) % len(SURNAMES)]
    return {
        "name": f"{surname}某", "hon": HONORIFICS[i % 2], "guarantor": f"{guarantor}某",
        "lender": LENDERS[i % len(LENDERS)],
        "card": CARD_CENTRES[i % len(CARD_CENTRES)], "bank": BANKS[i % len(BANKS)], "agency": AGENCIES[(i // 2) % len(AGENCIES)],
        "firm": FIRMS[i % len(FIRMS)], "lawyer": LAWYERS[(i // 3) % len(LAWYERS)],
        "licence": f"1{code[:2]}0{2016 + i % 9}1{(i * 7919) % 100000000:08d}"[:17],
        "buyer": BUYERS[i % len(BUYERS)], "city": city, "district": district,
        "court": f"{city}{district}人民法院", "case": f"（2026）{short}{code}民初{1000 + (i * 373) % 9000}号",
        "med": f"{city}金融纠纷人民调解委员会", "medno": f"{city[:2]}金调〔2026〕{100 + i * 7 % 900}号",
        "arb": f"{city[:2]}仲裁委员会", "arbcase": f"（2026）{city[:2]}仲字第{200 + (i * 53) % 800}号",
        "addr": f"{city}{district}{STREETS[i % len(STREETS)]}", "village": f"{district}{VILLAGES[i % len(VILLAGES)]}",
        "community": f"{district}{COMMUNITIES[i % len(COMMUNITIES)]}", "employer": f"{city[:2]}{EMPLOYERS[i % len(EMPLOYERS)]}",
        "amount": AMOUNTS[i % len(AMOUNTS)], "days": str(DAYS[(i * 5) % len(DAYS)]), "tail": f"{(i * 4931) % 10000:04d}",
        "due": DATES[i % len(DATES)], "issue": ISSUED[i % len(ISSUED)], "hotline": HOTLINES[i % len(HOTLINES)],
        "no": f"{(i * 29) % 1000 + 1:04d}",
    }


# --- The lawful letters: [title, addressee, facts, consequences, hardship and contact, closing] ------------
# Each kind: (campaign, channel, to a third party, pool of edits, paragraphs).

KINDS = (
    ("CSH", "notice", False, "debtor", (
        "催收函\n函号：信催〔2026〕第{no}号",
        "{name}{hon}（信用卡尾号{tail}）：",
        "您于我中心申领的信用卡截至{issue}已逾期{days}天，应还未还金额合计人民币{amount}元（含本金、利息及按合同约定计收的费用，明细见背面）。根据您签署的《信用卡领用合约》，您应按期足额还款。",
        "请您于{due}前将上述款项存入您的信用卡账户。逾期信息已按照《征信业管理条例》的规定报送金融信用信息基础数据库；如您仍不履行还款义务，我中心保留依法向有管辖权的人民法院提起诉讼的权利，诉讼费用的承担以法院裁判为准。",
        "如您对欠款金额有异议，可在收到本函之日起十五日内通过客服热线{hotline}或书面方式提出，我中心将在核实后答复。如您因失业、疾病等原因暂时无力全额还款，可致电申请个性化分期还款协商，我中心将依据《商业银行信用卡业务监督管理办法》及相关规定予以评估。",
        "{card}\n[盖章]\n{issue}",
    )),
    ("CGH", "notice", False, "debtor", (
        "催告函",
        "借款人{name}{hon}：",
        "您通过我司申请的个人消费贷款已逾期{days}天，截至{issue}，尚欠本金、利息及逾期罚息共计人民币{amount}元。依据《中华人民共和国民法典》第六百七十五条、第六百七十六条，借款人应当按照约定的期限返还借款，未按约定期限返还的，应当按照约定或者国家有关规定支付逾期利息。",
        "特此催告您于{due}前通过我司APP“还款”页面或对公账户（户名：{lender}，账号尾号{tail}）归还欠款。逾期仍未归还的，我司可能依法提起诉讼，并以生效裁判文书为依据申请强制执行。",
        "如您存在还款困难，请及时与我司联系，说明情况后可申请延期或分期还款，我司将依规审核。如您认为本函所述债务与事实不符，请在收到本函后十日内提出书面异议并附相关材料。联系电话：{hotline}（工作日9:00-18:00）。",
        "{lender}\n（盖章）\n{issue}",
    )),
    ("LSH", "notice", False, "lawfirm", (
        "律师函\n（2026）{firm}函字第{no}号",
        "致：{name}{hon}",
        "{firm}接受{lender}（以下简称“委托人”）的委托，指派本所{lawyer}律师（执业证号{licence}）就您与委托人之间的借款合同纠纷事宜，向您发出本律师函。据委托人提供的材料，您于合同约定的还款日后未按期还款，至今已逾期{days}天，欠付金额为人民币{amount}元。",
        "本律师认为，依法成立的合同对当事人具有法律约束力，您负有按约还款的义务。请您在收到本函后于{due}前与委托人联系并清偿欠款，或就还款方案与委托人达成一致。逾期未处理的，委托人可能通过诉讼途径主张权利，届时您可能需承担相应的诉讼费用。",
        "本函仅为督促履行之用。如您对债务数额或事实有异议，请向委托人或本律师书面提出；如您有经济困难，委托人同意在核实后协商分期。还款请直接支付至委托人账户，本所不代收任何款项。本所联系电话：{hotline}。",
        "{firm}\n律师：{lawyer}\n[律所公章]\n{issue}",
    )),
    ("ZRTZ", "notice", False, "debtor", (
        "债权转让通知书\n编号：ZR-2026-{no}",
        "债务人{name}{hon}：",
        "根据{lender}与{buyer}签订的《债权转让协议》，{lender}已将其对您享有的借款债权（截至基准日本息合计人民币{amount}元）及相关从权利一并转让给{buyer}。依据《中华人民共和国民法典》第五百四十六条，现将债权转让事宜通知您，自您收到本通知之日起，该转让对您发生效力。",
        "请您自即日起向{buyer}履行还款义务，不再向原债权人还款。债权转让不改变您的原有合同义务，亦不增加您的负担；逾期未履行的，{buyer}可依法主张权利，包括向人民法院提起诉讼。",
        "您对原债权人的抗辩，可以向{buyer}主张。如您对债权金额有疑问或希望协商还款方案（包括分期、部分减免），请拨打{hotline}，或来函至{buyer}客户服务部。",
        "原债权人：{lender}（盖章）\n受让人：{buyer}（盖章）\n{issue}",
    )),
    ("YQGZ", "app", False, "short", (
        "逾期告知书",
        "尊敬的{name}{hon}：",
        "您在本平台的借款（合同编号 JK2026{tail}{no}）已逾期{days}天，当前待还金额{amount}元，逾期期间按合同约定计收罚息，综合年化成本未超过合同约定上限。",
        "请您于{due}前在“我的-账单”中完成还款。根据《征信业管理条例》第十五条，您的逾期信息将如实报送征信机构，按时还款后将依规更新记录。我司将继续通过本APP、短信及电话与您本人联系。",
        "遇到暂时困难？可在“我的-还款协商”中提交延期或分期申请，我们会在3个工作日内回复。对账单有异议的，可在同一页面提交异议，客服热线{hotline}。",
        "{lender}\n{issue}",
    )),
    ("SMBF", "notice", False, "debtor", (
        "上门拜访通知",
        "{name}{hon}：",
        "受{lender}委托，{agency}负责您名下逾期{days}天、金额{amount}元借款的催收工作。因此前多次电话及信函未能与您取得联系，我司拟安排外访人员上门与您当面沟通还款事宜。",
        "外访时间拟定为{due}工作时间（9:00-17:30），地点为您在借款合同中登记的通讯地址。外访人员两人一组，着工作服，出示工作证件及委托书，仅与您本人沟通，不会向邻居、物业或其他人员透露您的借款信息。",
        "如该时间不便，或您希望改为电话、视频方式沟通，请提前拨打{hotline}改约或取消。如您有困难或对欠款有异议，可当面或电话提出，我司将如实转达委托方。",
        "{agency}\n（盖章）\n{issue}",
    )),
    ("DBR", "notice", True, "guarantor", (
        "还款提醒函（致保证人）",
        "保证人{guarantor}{hon}：",
        "您作为借款人{name}在{bank}所借款项的连带责任保证人，于签订《保证合同》时承诺对该笔债务承担连带保证责任。现该笔借款已逾期{days}天，截至{issue}尚欠本息合计人民币{amount}元。",
        "依据《中华人民共和国民法典》第六百八十八条，连带责任保证的债务人不履行到期债务时，债权人可以请求债务人履行债务，也可以请求保证人在其保证范围内承担保证责任。现提醒您关注该笔债务，并协调借款人于{due}前还款，或与我行联系协商履行保证责任的方式。",
        "如您认为保证合同已过保证期间、或对保证范围有异议，请于收到本函后十五日内书面提出。您承担保证责任后，有权在承担保证责任的范围内向借款人追偿。联系电话：{hotline}。",
        "{bank}\n[盖章]\n{issue}",
    )),
    ("SDZS", "notice", False, "debtor", (
        "催收通知（密封送达）\n送达地址：{addr}",
        "{name}{hon}亲启：",
        "本通知以密封挂号信方式投递至您本人登记的住址。您在{lender}的借款已逾期{days}天，欠款金额人民币{amount}元，我司受托与您联系还款事宜。",
        "请您于{due}前还款或与我司联系确认还款计划。如您未予处理，委托方将根据合同约定及法律规定决定后续处理方式，包括可能提起民事诉讼；是否起诉、何时起诉由委托方依法决定。",
        "本通知仅寄送您本人，如您已搬离该地址，请告知我司更新通讯方式。如有困难可申请协商还款，咨询及投诉电话{hotline}；您也可向当地金融消费者权益保护机构或拨打12378反映。",
        "{agency}（受{lender}委托）\n[盖章]\n{issue}",
    )),
    ("EML", "email", False, "debtor", (
        "主题：关于您逾期账户的书面通知（附件2个）\n附件：1. 催收通知书（盖章扫描件，PDF）；2. 账户明细表（xlsx）",
        "{name}{hon}，您好：",
        "随本邮件附上我司出具的《催收通知书》盖章扫描件及账户明细表。据明细，您在{lender}的借款已逾期{days}天，截至{issue}应还金额为人民币{amount}元，其中本金、利息、罚息分项列明。",
        "请您于{due}前还款。若逾期仍未还款，委托方有权依据合同约定及《中华人民共和国民法典》相关规定主张权利，包括依法提起诉讼；您的逾期记录已按规定报送征信系统。",
        "如附件无法打开，或您对明细有疑问，请直接回复本邮件或致电{hotline}。如您目前收入中断或遭遇重大疾病，请说明情况，我们可为您提交停息挂账或分期还款申请。本邮件仅发送至您本人预留邮箱。",
        "{agency} 客户沟通部\n（受{lender}委托）\n{issue}",
    )),
    ("FYSD", "sms", False, "court", (
        "【{court}】",
        "{name}：",
        "原告{lender}诉您金融借款合同纠纷一案，本院已立案受理，案号{case}。",
        "起诉状副本、应诉通知书、举证通知书等诉讼文书已通过人民法院在线服务平台电子送达，请登录 zxfw.court.gov.cn，凭案号及身份证号后六位查阅。您可在举证期限内提交答辩状及证据。",
        "本院不会通过短信或电话要求您向任何个人或公司账户转账，如有疑问请拨打12368核实。",
        "{court}\n{issue}",
    )),
    ("TJYQ", "notice", False, "mediation", (
        "调解邀请函\n受理编号：{medno}",
        "{name}{hon}：",
        "{lender}就您名下借款逾期{days}天、欠款{amount}元一事，向本委员会申请人民调解。人民调解遵循自愿、平等原则，不收取任何费用。",
        "本委员会拟于{due}上午九时在{city}{district}金融纠纷调解室组织双方协商，您也可以选择视频调解。调解达成协议的，双方可以共同向人民法院申请司法确认；您不同意调解的，请告知本委员会，本委员会将终止调解，双方可以通过其他合法途径解决。",
        "如您存在失业、疾病等实际困难，可在调解中提出延期、分期或减免方案，由双方协商。联系电话：{hotline}。",
        "{med}\n（盖章）\n{issue}",
    )),
    ("ZCTZ", "notice", False, "arbitration", (
        "{arb}\n仲裁通知书\n{arbcase}",
        "被申请人：{name}",
        "申请人{lender}与你因借款合同纠纷，依据双方合同中的仲裁条款向本会申请仲裁，本会已于{issue}受理。现将仲裁申请书副本、本会仲裁规则及仲裁员名册送达给你。",
        "请你于收到本通知之日起十五日内向本会提交答辩书及证据材料，并在规定期限内选定或委托本会主任指定仲裁员。你逾期不答辩的，不影响仲裁程序的进行。裁决作出后，当事人不履行的，对方当事人可以依法向有管辖权的人民法院申请执行。",
        "你可以自行和解，也可以在仲裁庭主持下调解。如需查询案件，请凭仲裁案号致电本会立案处{hotline}；本会不向当事人个人收取任何款项，仲裁费用按本会收费标准通过本会账户缴纳。",
        "{arb}（印章）\n{issue}",
    )),
    ("HXZQ", "notice", False, "debtor", (
        "债务催收函（债权受让人）",
        "{name}{hon}：",
        "您原在{lender}的借款已于核销后依法转让给本公司，本公司已于受让时通知您（通知编号 ZR-2026-{no}）。截至{issue}，该笔债务本金余额为人民币{amount}元，原逾期天数{days}天。",
        "本公司现就该笔债务与您协商清偿。受让后本公司不再计收原合同约定以外的任何费用。如您长期不予处理，本公司可以依法向人民法院提起诉讼；诉讼时效及您的各项抗辩权不因债权转让而受影响。",
        "本公司可为您提供一次性结清优惠或最长36期的分期方案，具体以书面协议为准。如您生活确有困难，请提供相关证明，本公司将在核实后适当调整方案。联系电话：{hotline}。",
        "{buyer}\n[盖章]\n{issue}",
    )),
    ("DZGJ", "notice", False, "debtor", (
        "逾期告知书\n编号：YQ{tail}-{no}",
        "{name}{hon}：",
        "经核查，您在{lender}办理的分期业务已连续{days}天未按期还款，截至{issue}欠款合计人民币{amount}元。根据合同第八条约定，借款人逾期超过九十日的，贷款人有权宣布剩余借款提前到期。",
        "本告知书作为正式书面提示，请于{due}前补足欠款。如仍未还款，贷款人可以宣布借款提前到期并依法追索，包括向合同约定的管辖法院起诉；相关不良记录将依照征信管理规定报送。",
        "如您有异议，请在收到本告知书后十日内书面提出；如您遭遇失业、疾病、自然灾害等困难，请联系{hotline}申请延期或重组，我们将依据内部困难客户帮扶政策处理。",
        "{lender}\n资产保全部\n[盖章]\n{issue}",
    )),
    ("KZCG", "notice", False, "debtor", (
        "信用卡欠款催告函\n函号：卡催〔2026〕{no}号",
        "持卡人{name}{hon}（卡号尾号{tail}）：",
        "您的信用卡账户已逾期{days}天，透支本金及相关利息、费用合计人民币{amount}元，我行已多次通过电话、短信进行催收。",
        "特此提示：依据《中华人民共和国刑法》第一百九十六条及相关司法解释，持卡人以非法占有为目的，超过规定限额或者规定期限透支，经发卡银行两次有效催收后超过三个月仍不归还，且数额较大的，可能构成恶意透支。如您并无非法占有目的，仅因暂时困难未能还款，请与我行联系，我行将依法按民事纠纷处理，包括可能提起民事诉讼。",
        "请于{due}前还款或来电协商。您可申请个性化分期还款，最长可达60期。如对欠款有异议，请在十五日内通过客服热线{hotline}或书面提出。",
        "{card}\n[盖章]\n{issue}",
    )),
    ("WTCS", "email", False, "debtor", (
        "主题：委托催收告知及还款通知\n附件：委托催收授权书（扫描件，1页）",
        "{name}{hon}：",
        "{lender}已委托我司就您逾期{days}天、欠款{amount}元的借款开展催收工作，委托授权书扫描件见附件，您可致电{lender}官方客服核实委托关系。",
        "请您于{due}前通过{lender}官方渠道还款，我司不代收任何款项。如您逾期仍未还款，委托方将依照合同和法律规定决定是否提起诉讼，我司会如实向委托方反馈您的还款意愿与困难。",
        "您有权对债务提出异议，也有权要求我们仅通过书面方式或在您方便的时间联系您。如有困难，可申请分期；如对我司催收行为不满，可向委托方或监管部门投诉。我司电话：{hotline}。",
        "{agency}\n（盖章）\n{issue}",
    )),
    ("FYYJ", "email", False, "court", (
        "主题：{court}电子送达通知（案号{case}）\n附件：应诉通知书.pdf；举证通知书.pdf；起诉状副本.pdf",
        "{name}：",
        "本院受理原告{lender}与被告{name}金融借款合同纠纷一案，现依照《中华人民共和国民事诉讼法》第九十条的规定，经您在立案前确认同意电子送达，向您送达本案应诉通知书、举证通知书及起诉状副本，详见附件。",
        "请您自收到之日起十五日内提交答辩状。本案定于{due}在本院第三审判庭公开开庭审理，如无正当理由拒不到庭，本院可以依法缺席判决。文书原件亦可登录 zxfw.court.gov.cn 核验。",
        "本院不通过电子邮件收取任何款项，诉讼费用以本院出具的交费通知为准。如您希望调解，可向承办法官提出。咨询电话：12368。",
        "{court}\n（此件由人民法院送达平台自动发送）\n{issue}",
    )),
    ("WFDX", "sms", False, "short", (
        "【{agency}】",
        "{name}{hon}您好，",
        "受{lender}委托，我司就您逾期{days}天、待还{amount}元的借款与您联系。",
        "我司外访专员拟于{due}白天到您登记地址拜访，届时出示工作证及委托书，仅与您本人沟通。逾期持续的，委托方可能依法起诉。",
        "如不便接待或需改约，请回复或致电{hotline}；有困难可申请分期。拒收短信回T。",
        "{agency}",
    )),
    ("LSHY", "email", False, "lawfirm", (
        "主题：律师函（电子版）——关于{lender}借款合同纠纷\n附件：律师函（盖章扫描件）.pdf；委托书.pdf",
        "{name}{hon}：",
        "本所律师{lawyer}（执业证号{licence}）受{lender}委托，现以电子邮件方式向您送达律师函电子版，纸质版已同时以EMS寄往您合同预留地址。委托事项为：催告您履行合同项下还款义务，截至{issue}欠付金额人民币{amount}元，逾期{days}天。",
        "依据《中华人民共和国民法典》第五百零九条、第五百七十七条，当事人应当按照约定全面履行自己的义务，不履行合同义务的，应当承担继续履行、赔偿损失等违约责任。请您于{due}前与委托人协商处理；协商不成的，委托人保留提起诉讼的权利。",
        "您可通过本邮件或委托人客服联系我们，如对债权有异议，请提供依据；如有经济困难，委托人同意在了解情况后研究分期方案。本所不代收款项，请勿向任何个人账户转账。联系电话：{hotline}。",
        "{firm}\n{lawyer}律师\n{issue}",
    )),
    ("TJDX", "sms", False, "mediation", (
        "【{med}】",
        "{name}{hon}：",
        "{lender}就您的借款纠纷向本委员会申请调解（编号{medno}），调解免费、自愿。",
        "拟于{due}组织协商，可到场或视频参加；达成协议的可申请司法确认，不同意调解可直接告知。",
        "有困难可在调解中提出分期或减免。咨询{hotline}。",
        "{med}",
    )),
    ("HXYJ", "email", False, "debtor", (
        "主题：关于您原{lender}账户的结清方案\n附件：债权转让通知（复印件）.pdf；结清方案说明.pdf",
        "{name}{hon}：",
        "您好！您原在{lender}的借款已转让给{buyer}，转让通知复印件见附件。截至{issue}，账户未结清余额人民币{amount}元。",
        "本公司诚意与您协商，可提供分期或一次性结清减免方案（详见附件）。如您长期未予回应，本公司可能依法向人民法院提起诉讼，诉讼结果以法院裁判为准。",
        "如您认为该笔债务已超过诉讼时效、已经清偿或金额有误，请回复说明，本公司将暂停催收并核实。如有疾病、失业等困难，请告知，我们会相应调整方案。联系电话{hotline}。",
        "{buyer} 客户关系部\n{issue}",
    )),
    ("GZS", "notice", False, "debtor", (
        "债务履行告知书\n编号：GZ2026{no}",
        "{name}{hon}：",
        "{lender}（以下简称“本公司”）现就您名下逾期借款事项郑重告知如下：截至{issue}，您的借款已逾期{days}天，应还本息合计人民币{amount}元，明细附后。",
        "一、请您于{due}前履行还款义务；二、本公司已将您的逾期信息依照《征信业管理条例》报送征信机构，您结清后记录将依规更新；三、逾期持续的，本公司可依法提起诉讼，判决生效后仍不履行的，可依法申请强制执行。",
        "如您因失业、疾病或其他特殊原因还款困难，可于告知书期限内申请困难帮扶，经审核可办理延期或分期；对本告知书内容有异议的，请在十日内书面提出。本公司投诉电话：{hotline}。",
        "{lender}\n法律合规部\n（公章）\n{issue}",
    )),
    ("HKTX", "notice", False, "debtor", (
        "还款提醒函",
        "{name}{hon}：",
        "您于{lender}的个人借款已逾期{days}天，截至{issue}尚欠人民币{amount}元。我们理解您可能遇到了暂时的困难，特致函提醒。",
        "按时还款有助于维护您的个人信用记录。如逾期持续，出借人有权依据合同及法律规定主张权利，必要时可能通过诉讼解决；逾期记录将按规定报送征信系统。",
        "如您希望协商，请于{due}前拨打{hotline}，我们可根据您的收入情况制定延期或分期计划。对欠款数额有异议的，可书面提出核实申请。",
        "{lender}客户服务中心\n[盖章]\n{issue}",
    )),
)


# --- The edits a legal review would stop ----------------------------------------------------------------
# (label letters, {where: text}): "3" opens the hardship paragraph with the text, "4" replaces that paragraph, "2"
# replaces the consequences, "sign" the closing, "to" the addressee line (re-addressed to a third party, "@" first).

DEBTOR_EDITS = (
    ("I", {"3": "您作为一个成年人，借钱不还、躲躲藏藏，与老赖、骗子无异，我们对您这种毫无廉耻的行为深表不齿。"}),
    ("L", {"2": "经我司法务部门审核，您的行为已涉嫌恶意逃废债务，我司已向{court}提起诉讼且法院已立案，传票将于近日送达。届时您将被列入失信被执行人名单，并可能被司法拘留十五日。"}),
    ("L", {"3": "需要特别说明的是，您的欠款已超过我司内部规定的刑事移送标准，若{due}前仍不结清，相关材料将移交公安机关按诈骗罪立案侦查，届时将留下案底。"}),
    ("I", {"3": "我司见过不少困难客户，但像您这样厚颜无耻、满嘴谎言的老赖实属少见，请好自为之。"}),
    ("L", {"3": "根据相关规定，逾期超过九十日的借款人将被纳入全国失信黑名单，您的子女将无法报考公务员、参军及入读重点学校，政审一律不予通过。"}),
    ("LT", {"3": "依照法律规定，您的父母及成年子女作为直系亲属，对本笔债务负有连带清偿责任。如您本人拒不处理，我司将依法向其追偿。"}),
    ("I", {"3": "请您扪心自问，一个连几千块钱都赖着不还的人，还有什么脸面活在社会上？您的所作所为就是个十足的无赖。"}),
    ("L", {"2": "鉴于您长期拒不还款，本案已由我司移送{court}立案执行，执行程序已经启动，您名下的银行账户、微信及支付宝余额将于三日内被冻结划扣，本函即为最后通知。"}),
    ("L", {"3": "另告知：{court}已对您发出拘传令，如您继续失联，公安机关可依据该拘传令将您带至法院。"}),
    ("IL", {"3": "对您这种恶意赖账的骗子，我们不会再有任何耐心，您的行为已经构成诈骗，警方很快就会上门抓人。"}),
    ("LT", {"3": "按照“父债子还”的法律原则，您的子女及父母须共同承担还款义务，本函副本已同时寄送至您的父母处，请您家人配合还款。"}),
    ("LE", {"2": "您的行为已构成《中华人民共和国刑法》规定的拒不履行还款义务罪，逾期不还将被追究刑事责任，判决结果将在您户籍所在村及工作单位所在街道公开张贴。"}),
    ("I", {"3": "说句不客气的话，您这种人就是社会的蛀虫，拿了钱就装死，连最起码的做人底线都没有。"}),
    ("LE", {"3": "如至{due}仍未结清，我司将申请对您发布网上通缉令，并在您户籍所在{village}及现住小区张贴通缉公告。"}),
    ("T", {"3": "因您未积极处理，本函副本已同时寄送至您的工作单位{employer}人事部门，并将电话告知您的直属领导，请您单位督促您尽快还款。"}),
    ("I", {"3": "我司不会再把您当作普通客户对待，一个屡次失信、撒谎成性的老赖，不配得到任何宽限。"}),
    ("T", {"3": "我司外访人员将于{due}会同同事前往您的工作单位{employer}，当面与您单位领导及同事沟通您的欠款情况，望您提前安排。"}),
    ("T", {"3": "请知悉：我司已调取您在借款时授权的通讯录信息，若{due}前仍未还款，将逐一通知您的亲属、同事及朋友，说明您的逾期情况。"}),
    ("@DT", {"to": "{employer}人事部门：\n贵单位职工{name}的借款已逾期，现将致该职工的催收函转致贵单位，请贵单位督促其还款，必要时从其工资中代扣。"}),
    ("T", {"3": "鉴于您拒绝沟通，我司将向您的配偶及父母分别寄送《协助催收函》，请其督促您履行还款义务，由此带来的家庭矛盾由您自行承担。"}),
    ("TL", {"3": "本笔欠款如不处理，我司将把催收材料寄往您子女就读的学校，学校将据此对您子女的评优及升学资格另行审查。"}),
    ("@D", {"to": "{employer}负责人：\n因无法联系贵单位员工{name}，现将其欠款通知抄送贵单位，请转告其本人尽快处理以下事项。"}),
    ("E", {"3": "如您在{due}前仍未还款，我司将在您户籍所在地{village}村委会公告栏及村口张贴《催收公告》，载明您的姓名、照片及欠款金额，敬请自重。"}),
    ("E", {"3": "特别提示：我司已联系{community}，若本函期满您仍未还款，将在您所住楼栋单元门及小区公告栏张贴欠款公示。"}),
    ("@DE", {"to": "{village}村民委员会：\n贵村村民{name}欠款逾期未还，特函请贵村委会将本函在村务公开栏张贴公示，并告知其本人。"}),
    ("E", {"3": "逾期未处理的，我司将把您的欠款信息及照片发布于本地生活网、抖音及微信公众号“{city}诚信曝光台”，接受社会监督。"}),
    ("E", {"3": "另，我司已向{village}村委会提交材料，将请村里通过广播向全体村民通报您的欠债情况，望您珍惜个人及家庭名誉。"}),
    ("@DT", {"to": "{community}居民委员会：\n辖区居民{name}拖欠借款至今未还，请贵居委会协助做其家属工作，督促其履行还款义务。"}),
    ("E", {"3": "您的信息已列入本季度“{city}失信人员名单”，如{due}前未结清，名单将登报公示，并在您所在{community}的宣传栏同步张贴。"}),
    ("V", {"3": "如{due}前仍未还款，我司外访组将进驻您的住所{addr}，在您家门口等候，款项未结清前人员不撤离。"}),
    ("@D", {"to": "{village}村民委员会负责人：\n贵村村民{name}的借款逾期{days}天未还，现将其欠款通知转交贵村委会，请转告其本人或其家属与我司联系。"}),
    ("V", {"3": "我司已掌握您每日上下班路线及您子女就读学校的放学时间，望您顾及家人安全，于{due}前结清欠款。"}),
    ("V", {"3": "外访人员将于近日不定时到您住处蹲守，直至见到您本人为止，在此期间您家中发生的任何情况我司概不负责。"}),
    ("@DT", {"to": "{employer}财务部门：\n贵单位员工{name}拖欠借款{amount}元，请贵单位自本月起从其工资中按月扣付并汇至下列账户，贵单位如拒绝配合，我司将持续致函贵单位各部门。"}),
    ("V", {"3": "请您记住，欠债不还的后果不只是法律上的。我们的人已经去过您的住址两次，第三次就不会是敲门这么简单了。"}),
    ("V", {"3": "我司已安排三名外访人员自{due}起轮流守在您的住所门口，您何时还款，人员何时离开，请勿心存侥幸。"}),
    ("@D", {"to": "{community}居民委员会：\n现有贵辖区居民{name}的欠款{amount}元已逾期{days}天，特将其催收通知转送贵居委会，烦请转交本人。"}),
    ("V", {"3": "您父母在老家的住址我司已经核实，下周外访组会登门“拜访”两位老人，并在那里等您回来处理欠款。"}),
    ("V", {"3": "我们知道您的车每晚停在哪个位置，也知道您家几点熄灯。钱不还，这些地方我们会常去看看。"}),
    ("@DI", {"to": "{village}村委会：\n贵村{name}借钱赖账、失信成性，是个不折不扣的骗子，现将致其本人的催收通知寄送贵村委会，请转告其家属。"}),
    ("E", {"3": "若仍拒不还款，我司将制作您的欠款横幅，悬挂于您户籍所在{village}村口及您父母住处附近，让乡亲们评评理。"}),
    ("R", {"3": "如您目前资金紧张，建议您通过信用卡取现、申请其他网络贷款平台额度或向小额贷款公司借款，先行结清本欠款，以免影响征信。"}),
    ("@D", {"to": "{employer}办公室：\n贵单位员工{name}的借款已逾期{days}天，欠款{amount}元，因其本人电话无法接通，特将本函寄至贵单位，请代为转交。"}),
    ("R", {"3": "我司建议您将名下车辆抵押给典当行或二手车商变现，所得款项优先用于偿还本欠款，具体可联系我司推荐的合作机构。"}),
    ("R", {"3": "您也可以考虑以房产办理抵押贷款或出售部分资产筹款，我司合作的贷款中介可在三个工作日内放款，专门用于还清本笔借款。"}),
    ("@DI", {"to": "{employer}领导：\n贵单位员工{name}欠钱不还、四处躲债，是个地地道道的老赖，现将致其本人的催收函转寄贵单位，请知悉其为人。"}),
    ("R", {"3": "如一时无法筹措全款，可下载我司合作的“周转通”“速借宝”等平台申请借款，借新还旧，保持账户正常。"}),
    ("R", {"3": "考虑到您的还款能力，我司可为您对接合作的信用卡代还及网贷平台，新借款到账后请第一时间偿还本笔欠款。"}),
    ("R", {"3": "若您确无现金，可将名下房产挂牌出售或办理二次抵押，我司可协助联系中介，售房款优先用于结清本欠款。"}),
    ("R", {"3": "为避免进一步产生罚息，建议您立即在其他平台申请一笔新的借款，或用信用卡分期取现，把本笔欠款先还上。"}),
    ("R", {"3": "您名下的车辆可在我司合作的车贷机构办理押证借款，当日放款，所得资金可直接用于结清本欠款，详询外访专员。"}),
    ("V", {"3": "如您继续回避，我司将派员在您下班途中与您“当面沟通”，您家人出入的时间我们也都清楚，望您好自为之。"}),
    ("R", {"3": "建议您将信用卡额度全部取现或在网贷平台申请借款，以贷还贷，总比被起诉强。"}),
    ("E", {"3": "本通知期满仍未还款的，我司将把您的欠款公告投放到您所住{community}各楼栋电梯间及业主微信群。"}),
    ("V", {"3": "自{due}起，我司外访人员将每天到您住所{addr}门口守候，款项一日不清，人员一日不撤。"}),
    ("V", {"3": "您孩子每天几点放学、从哪个门出来，我们的外访人员已经了解清楚，为了孩子，请您尽快还款。"}),
    ("P", {"sign": "{court}执行局\n执行员：王某\n[盖章]\n{issue}"}),
    ("PL", {"2": "本局已依法受理本案，现责令你于{due}前履行还款义务；逾期不履行的，本局将依法对你采取司法拘留措施并冻结你名下全部财产。", "sign": "{court}执行局\n[盖章]\n{issue}"}),
    ("P", {"sign": "{firm}\n（受托催收部）承办律师：张某\n联系电话：{hotline}\n[律所公章]\n{issue}"}),
    ("P", {"sign": "{city}{district}人民政府金融工作办公室\n逾期债务清理专班\n[盖章]\n{issue}"}),
)

GUARANTOR_EDITS = (
    ("@L", {"3": "需要提醒您的是，担保人拒不代偿的，属于妨害债权实现，我行将提请公安机关追究您的刑事责任。"}),
    ("@T", {"3": "如您在{due}前不履行代偿义务，我行将通知您的工作单位并向您的家属逐一说明情况，请您单位配合督促。"}),
    ("@V", {"3": "若您继续推诿，我行外访人员将于周末到您家中等候，不见还款不离开。"}),
    ("@E", {"3": "逾期不代偿的，我行将在您所住小区及借款人所在村同时张贴催收公告，公示您与借款人的姓名。"}),
    ("@R", {"3": "如您手头资金不足，建议您先用信用卡套现或向其他贷款平台借款代为偿还，事后再向借款人追偿。"}),
    ("@DT", {"to": "{employer}：\n贵单位职工{guarantor}为借款人{name}的借款提供了连带责任保证，现借款逾期未还，特将致其本人的提醒函转致贵单位，请贵单位督促其履行代偿义务。"}),
    ("@I", {"3": "借款人{name}就是个骗吃骗喝的无赖，您替这种人作保，就该替他把钱还上。"}),
)

COURT_EDITS = (
    ("PL", {"4": "请于{due}前将欠款{amount}元转入本院指定调解专户（户名：{agency}），转账后案件自动撤销；逾期未处理的，本院将直接缺席判决，并冻结您名下全部账户、限制高铁出行。", "sign": "【{court}执行局】"}),
    ("PL", {"4": "如需诉前和解，请联系本院调解员钱某，电话{hotline}，由调解员为您办理和解手续并告知还款账户。", "sign": "{court}诉调对接中心\n{issue}"}),
    ("PL", {"2": "因您未在期限内应诉，本院已作出判决并进入强制执行程序，即日起您已被纳入失信被执行人名单。", "4": "请于24小时内联系执行专员{hotline}，将执行款支付至{agency}对公账户，否则本院将派员上门对您实施拘传。"}),
)

MEDIATION_EDITS = (
    ("PL", {"2": "本次调解为诉前强制调解，您不参加即视为放弃抗辩，法院将直接判决并将您列入失信被执行人名单，您的子女升学、就业将受限制。", "sign": "{court}诉前调解中心\n（盖章）\n{issue}"}),
    ("P", {"3": "调解期间请将还款直接转至调解中心指定的{agency}账户，由中心统一结算。联系电话：{hotline}。", "sign": "{court}诉调对接中心\n调解员：赵某\n（盖章）\n{issue}"}),
    ("L", {"2": "请您务必于{due}到场。人民调解协议一经签订即具有强制执行效力，您拒不到场的，本委员会将报请公安机关对您采取强制措施。"}),
    ("R", {"3": "调解员建议您在调解前先向其他贷款机构或小贷公司借款筹足首付款项，以便当场签署协议。"}),
    ("V", {"3": "如您届时不到场，{lender}的外访人员将陪同调解员到您家中等候，直至您签署还款协议。"}),
)

ARBITRATION_EDITS = (
    ("PL", {"2": "本会已作出终局裁决，裁决书即时生效，你须于三日内付清全部款项，逾期本会将把案件移送公安机关追究你的刑事责任。", "sign": "【{arb}】\n{issue}"}),
    ("L", {"3": "特别提示：被申请人拒不答辩或拒不履行裁决的，将构成拒不执行判决、裁定罪，可处三年以下有期徒刑。"}),
)

LAWFIRM_EDITS = (
    ("P", {"sign": "{firm}\n律师：张某（{agency}法务专员兼任）\n[律所公章]\n{issue}", "4": "本所受托代收欠款，请将款项汇入本所指定账户（户名：{agency}），汇款后请将凭证发至本所催收专员。"}),
    ("L", {"2": "本律师认为，您以借款为名骗取资金、拒不归还，已涉嫌诈骗罪。若{due}前未清偿，本所将代委托人向公安机关报案，您将面临刑事拘留。"}),
    ("T", {"3": "如您继续回避，本律师将依委托人授权向您的工作单位及亲属发送律师函副本，请其协助督促。"}),
    ("E", {"3": "逾期未处理的，本所将在{city}日报刊登催告公告，公开您的姓名及欠款事实。"}),
    ("@DT", {"to": "{employer}：\n本所受委托就贵单位员工{name}拖欠借款一事致函贵单位，现将致其本人的律师函转送贵单位，请贵单位督促其于期限内还款。"}),
    ("I", {"3": "本律师执业多年，像您这种借钱时满口承诺、还钱时玩失踪的无赖，实在令人鄙夷。"}),
    ("R", {"3": "本律师建议您尽快通过向其他金融机构贷款或出售名下车辆等方式筹集资金，一次性清偿。"}),
    ("LT", {"3": "依照法律规定，您的父母作为直系亲属应对本债务承担补充清偿责任，本所将同时向您的父母发函，要求其代为偿还。"}),
)

EDITS = {"debtor": DEBTOR_EDITS, "short": tuple(edit for edit in DEBTOR_EDITS if "to" not in edit[1]),  # an SMS or app notice: not re-addressed
         "guarantor": GUARANTOR_EDITS, "court": COURT_EDITS, "mediation": MEDIATION_EDITS,
         "arbitration": ARBITRATION_EDITS, "lawfirm": LAWFIRM_EDITS}
WHERE = {"to": 1, "2": 3, "3": 4, "4": 4, "sign": 5}

# Slips of a scanned letter read by OCR: one character mistaken for its neighbour in shape.
OCR_SLIPS = (("已", "己"), ("日", "曰"), ("未", "末"), ("账", "帐"), ("人", "入"), ("。", "o"), ("0", "O"), ("款", "欵"))


def ocr(text: str, i: int) -> str:
    """The letter as an OCR engine read it: two slips, picked by `i`, each at its first occurrence."""
    for wrong in (OCR_SLIPS[i % len(OCR_SLIPS)], OCR_SLIPS[(i * 3 + 1) % len(OCR_SLIPS)]):
        text = text.replace(*wrong, 1)
    return text


def letter(paragraphs: tuple[str, ...] | list[str], values: dict[str, str], scanned: bool, i: int) -> str:
    text = "\n".join(p.format(**values) for p in paragraphs)
    return ocr(text, i) if scanned else text


def edited(paragraphs: tuple[str, ...], changes: dict[str, str], at_end: bool) -> list[str]:
    """The lawful paragraphs with a review's finding put in: replaced, or opening (`at_end`: closing) the third
    paragraph."""
    changed = list(paragraphs)
    for where, text in changes.items():
        at = WHERE[where]
        if where == "3":
            changed[at] = changed[at] + text if at_end else text + changed[at]
        else:
            changed[at] = text
    return changed


def pairs() -> tuple[tuple[str, str, str, str], ...]:
    """Each lawful letter, then the letter edited from it; the edits of each pool taken in turn."""
    used = dict.fromkeys(EDITS, 0)
    messages = []
    for i in range(PAIRS):
        campaign, channel, to_third_party, pool, paragraphs = KINDS[i % len(KINDS)]
        values, scanned = fill(i), channel == "notice" and i % 6 == 5
        letters, changes = EDITS[pool][used[pool] % len(EDITS[pool])]
        used[pool] += 1
        messages.append((campaign, channel, "@" if to_third_party else "", letter(paragraphs, values, scanned, i)))
        messages.append((campaign, channel, letters, letter(edited(paragraphs, changes, i % 4 == 3), values, scanned, i)))
    return tuple(messages)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WCB", {"": pairs()}))


if __name__ == "__main__":
    print(write())
