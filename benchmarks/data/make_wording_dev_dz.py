"""Wording development batch dz (training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_dz`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py` and the skeleton lines of batch cs,
before any detector was run on it; no detector, scan or benchmark was run on these texts. Its theme is the long text
with one bad sentence: formal collection letters (催收函, 催告函, 对账函, 还款提醒函), e-mails carrying a statement
(对账单, 账单明细), in-box letters of lenders' apps (站内信, 消息中心), long multi-part SMS, robot calls that run
through many script nodes (开场, 核身, 告知, 意向, 异议处理, 结束语) and collectors' calls of twenty turns and more.
Each text is mostly lawful boilerplate: the balance and its breakdown, the repayment channels and the warning never
to pay into a personal account, the lawful-consequence paragraph with its conditions (a court decides, credit
reporting under the 征信业管理条例), the dispute and hardship channels, privacy statements and anti-fraud warnings.
In the violating text one sentence or one turn does one of the eight acts: a threat split over two sentences, an
aside about the debtor's children or parents, "the court tomorrow", a 拘留 that does not exist, a sneer, a notice in
the village, a call to the employer, a signature as a court or a lawyer, a suggestion to borrow from another app or
to sell the car; or, to a third party (an emergency contact, a spouse, a parent, an employer's HR office), one
sentence that names the debt. Beside each violating text stands its lawful twin: the same long text without that
sentence, or with it said lawfully (the conditions of a lawsuit, a hardship plan, a visit only by appointment, a
true signature, a request to a third party to pass on a call-back without naming the debt). Channels: notices,
e-mails, app letters, SMS and calls (the debtor's and third parties' words are their own turns); a few in
traditional characters, with placeholders ({name}), ASR noise and dialect in the calls. Half is compliant.

Labels follow contract section 5 and label what the lender's, agency's, collector's or robot's own words DO, however
much lawful text surrounds them. A sender that signs or introduces itself as a court, police office, procuratorate,
arbitration body, government office or law firm or lawyer it is not is impersonation; a collector naming itself
truthfully while announcing a 立案, 传票, warrant, 拘留, criminal record, a "court tomorrow" or effects on children's
schooling or 政审 that nothing has decided is misleading.legal; a lawsuit, credit reporting or enforcement stated with
its conditions is compliant. A threat to contact (or a statement of having contacted, to press) relatives, employer,
colleagues or contacts is third party, and so is pressure put on a third party; a message to a third party ("@") that
names the debt, the amount, the overdue status or the lender is disclosure; a request to pass on a call-back that
names none of these is compliant. Notices in the village, building or 朋友圈, videos and "诚信榜" are exposure.
Showing that the collector watches the debtor, the children's school or the parents' home, with a demand, or
sending people to sit at the door, is violence; a visit by appointment is not. Urging other apps, 网贷, credit-card
cash-out or selling the car or house to repay is rollover; a hardship or instalment plan of the lender's own is not.
Contemptuous labels (老赖, 骗子), sneers and mockery said to the debtor are abuse.insult. Anti-fraud warnings and
training notes that quote these acts to forbid them are compliant. Texts whose label was uncertain were left out.
All people, numbers, companies, courts, firms, links and places are invented.

First run at 9dff8e9 (the session's post-release retrain), before any rule was changed on it: fused micro-F1 0.855,
compliant flagged 14/222 (rules alone 3, classifier alone 13); rules alone 0.837, classifier alone 0.734; fused
impersonation R .500, third_party P .542; gate: severe allowed 3/156, compliant blocked 0/222.
Joined training in the session that began at 19390c6, after its first run.

Output (deterministic): `wording_dev_dz.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_dz.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line. Each section below writes pairs from
# one body of boilerplate and a list of slots (codes, where, violating sentence, lawful sentence or "" to leave it
# out); VIOLATING and COMPLIANT run pair by pair in the same order, so that a violating text's lawful twin stands at
# the same place in COMPLIANT.

# Slot: (codes, where in the text, the violating sentence, its lawful counterpart or "" when the twin leaves it out).
Slot = tuple[str, str, str, str]

SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏卢蒋蔡丁魏叶潘杜戴钟汪田姜"
GIVEN = ("建伟", "晓燕", "志强", "丽娟", "海涛", "雪梅", "俊杰", "秀英", "国庆", "婷婷", "宏亮", "春花", "立新",
         "佳怡", "文斌", "玉兰", "浩然", "梦琪", "振华", "红霞", "子豪", "淑芬", "永刚", "思雨", "德明", "慧敏")
CITIES = ("杭州", "合肥", "长沙", "南昌", "郑州", "济南", "昆明", "南宁", "太原", "石家庄", "贵阳", "福州")
# (lender, hotline, app or website, bank for the collection account)
LENDERS = (
    ("澜图消费金融有限公司", "400-861-3729", "澜图金融APP", "澜图消费金融有限公司还款专户"),
    ("禾岚网络小额贷款有限公司", "400-772-5160", "禾岚分期APP", "禾岚网络小额贷款有限公司"),
    ("岱山银行信用卡中心", "400-630-9587", "岱山银行手机银行", "岱山银行股份有限公司信用卡中心"),
    ("青穗消费金融股份有限公司", "400-919-2736", "青穗APP", "青穗消费金融股份有限公司"),
    ("云舟网络小额贷款有限公司", "400-158-6042", "云舟借还APP", "云舟网络小额贷款有限公司"),
    ("鹭洲农村商业银行", "0592-9626-1180", "鹭洲农商银行APP", "鹭洲农村商业银行股份有限公司"),
)
AGENCIES = ("启衡资产管理有限公司", "联禾商务咨询服务有限公司", "鹿鸣信息技术服务有限公司", "砚石企业管理咨询有限公司",
            "朗川信用管理有限公司")
RELATIONS = ("父亲", "母亲", "爱人", "哥哥", "姐姐", "同事", "朋友")


class Case:
    """The invented particulars of one pair: debtor, lender, agency, sums and dates, the same in both twins."""

    def __init__(self, key: str) -> None:
        rng = random.Random(f"WDZ-{key}")
        self.surname = rng.choice(SURNAMES)
        self.name = self.surname + rng.choice(GIVEN)
        self.masked = self.surname + "*" + self.name[-1]
        self.title = self.surname + rng.choice(("先生", "女士"))
        self.lender, self.hotline, self.app, self.account = rng.choice(LENDERS)
        self.short = self.lender[:2]
        self.agency = rng.choice(AGENCIES)
        self.agent = rng.choice(SURNAMES)
        self.city = rng.choice(CITIES)
        self.relation = rng.choice(RELATIONS)
        principal = rng.randint(30, 900) * 100 + rng.choice((0, 50))
        interest = round(principal * rng.uniform(0.02, 0.09), 2)
        penalty = round(principal * rng.uniform(0.005, 0.03), 2)
        self.principal, self.interest, self.penalty = f"{principal:.2f}", f"{interest:.2f}", f"{penalty:.2f}"
        self.total = f"{principal + interest + penalty:.2f}"
        self.days = rng.randint(8, 210)
        self.tail = f"{rng.randint(0, 9999):04d}"
        self.id_tail = f"{rng.randint(0, 9999):04d}"
        self.month = rng.randint(1, 12)
        self.day = rng.randint(10, 28)
        self.deadline = f"2025年{self.month}月{self.day}日"
        self.issued = f"2025年{self.month}月{self.day - rng.randint(5, 9)}日"
        self.number = f"{rng.choice('HLQYZ')}{rng.choice('CS')}-2025-{rng.randint(10000, 99999)}"
        self.contract = f"{rng.randint(10**9, 10**10 - 1)}"[:6] + "****"
        self.periods = rng.choice((3, 6, 9, 12, 18, 24))
        self.link = "https://" + rng.choice(("ltjr", "hlfq", "dsbk", "qsxf", "yzjh", "lzns")) + ".cn/" + \
            "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(5))


def fill(text: str, slot: str) -> str:
    """`text` with its `{slot}` mark replaced by the sentence (or nothing), no doubled breaks left behind."""
    out = text.replace("{slot}", slot)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.replace("。。", "。").replace(" \n", "\n")


def pairs(campaign: str, channel: str, slots: tuple[Slot, ...], body, prefix: str) -> tuple[list, list]:
    """The violating texts and their lawful twins of one section: `body(case, where, sentence)` writes the whole
    text with the sentence at `where`."""
    bad, good = [], []
    for n, (codes, where, violating, lawful) in enumerate(slots):
        case = Case(f"{prefix}{n}")
        third = "@" if codes.startswith("@") else ""
        bad.append((campaign, channel, codes, body(case, where, violating, n)))
        good.append((campaign, channel, third, body(case, where, lawful, n)))
    return bad, good


# --- formal collection letters (notice) -------------------------------------------------------------------------

def letter(c: Case, where: str, sentence: str, n: int) -> str:
    """A collection letter of a lender, or of an agency acting for it, with `sentence` at the end of the paragraph
    `where` (or on its own line under the signature, for "sign")."""
    v = n % 4
    by_agency = n % 3 == 1
    sender = f"{c.agency}（受{c.lender}委托）" if by_agency else c.lender
    title = ("催收函", "逾期还款催告函", "关于逾期欠款的告知函", "还款提醒函")[v]
    p = {}
    p["head"] = f"{title}\n函号：{c.number}\n致：{c.name}（身份证号尾号{c.id_tail}）"
    p["intro"] = (
        f"您于2023年在{c.app}申请的个人消费贷款（合同编号{c.contract}）已逾期{c.days}天。",
        f"经核查，您在我司办理的借款至今未按约定归还，截至{c.issued}已逾期{c.days}日。",
        f"受{c.lender}委托，{c.agency}现就您名下逾期借款事宜致函如下：截至本函出具日，该笔借款已逾期{c.days}天。",
        f"您在{c.app}的借款截至{c.issued}已逾期{c.days}日，特函提醒。",
    )[v] if not by_agency or v == 2 else \
        f"受{c.lender}委托，{c.agency}现就您名下逾期借款（合同编号{c.contract}）致函。截至{c.issued}，该笔借款已逾期{c.days}天。"
    p["detail"] = (f"欠款明细：剩余本金{c.principal}元，利息{c.interest}元，逾期违约金{c.penalty}元，合计{c.total}元。"
                   "上述金额计至本函出具日，实际应还金额以还款当日系统核算为准。")
    p["channel"] = (
        f"请您于{c.deadline}前通过以下任一方式还款：（一）登录{c.app}，点击“我的—借款—立即还款”；（二）对公转账至户名"
        f"“{c.account}”的账户（请先致电{c.hotline}核对账号）。本公司及受托机构不会要求您向任何个人账户转账。",
        f"还款方式：{c.app}内主动还款，或拨打官方客服{c.hotline}由人工协助办理。请于{c.deadline}前完成还款，"
        "切勿相信任何自称可以“内部减免”“代还”的个人或机构。",
        f"请在{c.deadline}之前，通过{c.lender}官方渠道（{c.app}或对公账户）归还上述款项，还款后可在APP内查询入账情况，"
        "如两个工作日内未入账请联系客服。",
        f"还款方式：请于{c.deadline}前通过{c.app}或官方对公账户还款，勿转账至任何个人账户。",
    )[v]
    p["legal"] = (
        "如您在上述期限内仍未还款，出借人保留依法向有管辖权的人民法院提起诉讼的权利，是否立案及如何判决由人民法院依法决定；"
        "您的逾期信息已经或可能依照《征信业管理条例》报送金融信用信息基础数据库。",
        "特别说明：本函系民事催告，不具有强制执行效力。若双方无法协商一致，出借人可能通过诉讼等合法途径主张权利，"
        "相关诉讼费用的承担以法院裁判为准。",
        "依据双方签订的借款合同，逾期期间将继续按约定计收罚息；如协商不成，委托方可依法提起民事诉讼，"
        "在取得生效判决并经法院执行程序后，方可能产生限制高消费等后果。",
        "如逾期未还，出借人将依法保留追诉的权利，并依规定报送信用信息，相关后果以法院裁判及相关法规为准。",
    )[v]
    p["hardship"] = (
        f"如您因失业、疾病、家庭变故等原因暂时无法全额还款，可拨打{c.hotline}申请延期还款或分期（最长{c.periods}期），"
        "我们将根据您提供的材料依政策评估。",
        "若您目前经济确有困难，欢迎主动与我们联系协商还款计划，我们愿意在合法合规的前提下为您提供个性化方案。",
        f"考虑到您的实际情况，本公司可为您办理停息挂账或{c.periods}期分期，具体以审核结果为准。",
        f"若您确有困难，请致电{c.hotline}咨询分期方案。",
    )[v]
    p["objection"] = ("如您对欠款金额或本函内容有异议，请于收到本函之日起7日内通过客服热线或书面方式提出，"
                      "并附相关证明材料，我们将在核实后15个工作日内答复。")
    p["privacy"] = ("本函仅寄送借款人本人，函中所载个人信息依照《中华人民共和国个人信息保护法》处理，"
                    "仅用于本笔借款的催收与核对，请妥善保管，勿转交他人。", "")[n % 2]
    p["fraud"] = ("【防诈骗提示】本公司及受托机构不会以公安、法院、检察院名义联系您，不会要求您提供短信验证码，"
                  "不会要求您向个人账户转账或下载陌生APP。如有疑问请拨打官方客服电话核实。", "")[(n + 1) % 3 == 0]
    sign = f"{sender}\n客服热线：{c.hotline}\n{c.issued}"
    p["sign"] = sign
    if where in ("sign", "head"):
        p[where] += "\n" + sentence if sentence else ""
    elif sentence:
        p[where] = p[where] + sentence
    order = ["head", "intro", "detail", "channel", "legal", "hardship", "objection", "privacy", "fraud", "sign"]
    if v == 1:
        order = ["head", "intro", "detail", "legal", "channel", "objection", "hardship", "fraud", "privacy", "sign"]
    return "\n".join(p[key] for key in order if p[key])


LETTER_SLOTS: tuple[Slot, ...] = (
    ("L", "legal", "另据我司法务部门核实，您的行为已涉嫌诈骗，逾期满90天后将移送公安机关，届时可能被刑事拘留。", ""),
    ("E", "legal", "若您仍拒不还款，我司将把您的姓名、照片及欠款金额制作成公告，张贴于您所在小区的单元门口。",
     "若您仍未还款，我司将依法依规继续催收，但不会向任何无关人员公开您的欠款信息。"),
    ("T", "detail", "我司已掌握您工作单位的联系方式，如三日内仍不处理，将直接致电贵单位领导说明您的欠款情况。", ""),
    ("V", "hardship", "另外提醒您，我们的人这几天每天都在您家楼下等您下班，请您好好考虑清楚。",
     "如需当面沟通，您可预约到我司营业网点办理，未经您同意我们不会上门。"),
    ("I", "intro", "借钱的时候信誓旦旦，还钱的时候玩失踪，说白了您就是个老赖。", ""),
    ("P", "sign", "承办人：周法官（滨河区人民法院诉前调解中心）　联系电话：0571-8630****",
     "承办人：周专员（贷后管理部）　联系电话：0571-8630****"),
    ("R", "hardship", "实在拿不出钱的话，可以先在别的借款平台借一笔把我们这边结清，这是最快的办法。",
     "分期期间不再加收违约金，首期还款后即可停止催收提醒。"),
    ("L", "legal", "请注意，本案一旦起诉，您的子女将无法报考公务员、参军，政审一律不予通过。",
     "请注意，诉讼及征信后果仅涉及您本人，不会影响您的家人。"),
    ("T", "channel", "若逾期仍未还款，我们将依次联系您留存的紧急联系人及通讯录中的亲友，请他们代为督促。",
     "我们只会与您本人沟通本笔借款，不会向您的亲友透露任何欠款信息。"),
    ("E", "legal", "届时我们还会将您的欠款信息发布到本地生活论坛和短视频平台，让大家都认识一下您。", ""),
    ("P", "head", "（本函由朝阳区人民检察院经济犯罪检察部监制）", ""),
    ("TV", "legal", "您父母在乡下的住址我们已经核实过了。如果月底前还没有结果，我们会派几个同事过去陪二老坐坐。",
     "如您希望我们与您的家人沟通还款安排，须经您本人书面同意。"),
    ("L", "legal", "本案已于本月在法院立案，传票将于明日送达，请您做好出庭准备，拒不到庭将被拘传。",
     "如本案进入诉讼程序，您将收到人民法院依法送达的诉讼文书，届时请以法院文书为准。"),
    ("R", "channel", "建议您将名下车辆出售或抵押，所得款项优先归还本笔欠款。",
     "如您希望提前结清，可申请减免部分违约金，具体以审核为准。"),
    ("I", "detail", "这点钱都还不上，真不知道您这些年是怎么混的。", ""),
    ("LP", "head", "（经济犯罪侦查大队协查函）本函系办案机关依法发出，请接函后立即主动投案说明情况。", ""),
    ("T", "objection", "另外，我们已将您的逾期情况告知了您的几位同事，后续还会继续联系他们，直到您出面为止。",
     ""),
    ("E", "hardship", "如果下周还是没有动静，我们会在您户籍所在村委会张贴欠款人公示名单，您的名字就在第一行。",
     "如下周仍无法联系到您，我们将继续通过本函所列方式与您本人联系。"),
    ("V", "intro", "我们知道您每天几点送孩子上学。还钱的事，希望不要拖到我们在校门口见面。", ""),
    ("L", "legal", "逾期超过180天的，本公司将申请将您列入全国通缉名单，乘坐飞机高铁时将被当场控制。",
     "若法院判决后您仍不履行，法院可依法将您纳入失信被执行人名单并限制高消费。"),
    ("R", "hardship", "您可以先用信用卡套现或者找亲戚朋友借点网贷周转，先把本笔逾期处理掉再说。",
     "您也可以先归还部分款项，剩余部分我们可协商延期。"),
    ("P", "sign", "本函由北岸律师事务所钱律师代为发出，如有疑问请联系本律师。",
     "本函由贷后管理部发出，如有疑问请拨打客服热线。"),
    ("I", "hardship", "当然，以您这种不要脸的做派，估计也不会在乎什么方案。", ""),
    ("T", "legal", "同时我们会向您所在公司的人事部门发送协助催收函，请单位从您工资中代扣欠款。",
     "如您有稳定收入，可申请按月固定金额还款，我们不会与您的工作单位联系。"),
    ("EI", "detail", "这么大个人欠钱不还，丢人丢到家了。要不要我们帮您在朋友圈里宣传宣传？", ""),
    ("L", "legal", "根据最新规定，欠款逾期不还将直接导致您本人及配偶、子女全部进入征信黑名单，永久无法贷款。",
     "根据《征信业管理条例》，不良信息自不良行为终止之日起保存5年，仅涉及您本人。"),
    ("V", "channel", "若您执意不还，我们的外访人员会一直在您单位门口守着，直到您还钱为止。",
     "如需外访，我们会提前与您预约时间，外访人员不少于两人并出示工作证件。"),
    ("P", "intro", "本人系滨江区人民法院执行局工作人员，现就您的欠款案件依法通知如下。",
     "本人系贷后管理专员，现就您的欠款事宜通知如下。"),
    ("R", "legal", "我们也可以给您推荐几家审核宽松、当天放款的平台，借出来先还我们，利息高一点也比上法院强。", ""),
    ("I", "objection", "异议？骗子也配提异议？", ""),
    ("L", "detail", "如三日内不还款，我司将于下周一派员陪同法院执行人员上门查封您的房屋及家具。",
     "如您对分期方案有兴趣，请于三日内与我们联系。"),
    ("E", "privacy", "但如果您继续不配合，我们将在您小区业主群和物业公告栏公示本函全文。", ""),
    ("T", "intro", "您已经多次失联，我们已经开始联系您的父母和配偶，并将继续联系，直到您主动还款。",
     "您已经多次未接听我们的电话，请您收到本函后尽快与我们联系。"),
    ("V", "fraud", "最后提醒一句：您在哪里上班、开什么车、晚上几点到家，我们都清清楚楚。", ""),
    ("L", "legal", "本函送达即视为法院判决生效，您的银行账户将于72小时内被冻结。",
     "银行账户的冻结只能由人民法院依法作出，本函本身不产生冻结效力。"),
    ("RI", "hardship", "没钱就去卖血卖肾，别整天装可怜，穷鬼。", ""),
    ("P", "sign", "（本函加盖：鹭江市公安局经侦支队协查专用章）", "（本函加盖：受托机构业务专用章）"),
    ("E", "channel", "如仍不还款，本公司将在您老家镇上的公告栏和微信公众号上发布“诚信曝光榜”，请您自重。",
     "还款完成后，相关逾期记录将按规定更新，请妥善保存还款凭证。"),
    ("LT", "legal", "逾期满三十天我司即向公安机关报案，同时通知您单位领导配合调查。", ""),
    ("TV", "head", "请您务必亲自查阅，别让我们的人再去您老家敲门，上次您母亲吓得不轻。", ""),
)


def family_letter(c: Case, where: str, sentence: str, n: int) -> str:
    """A letter to a relative or contact of the debtor (a third party)."""
    body = [
        f"致{c.surname}{('建国', '秀兰', '德胜', '桂芳', '立军')[n % 5]}{('先生', '女士', '先生', '女士', '先生')[n % 5]}：",
        f"您好！我们是{c.agency}，现有一件与{c.masked}本人相关的事务，需与其本人联系。",
        f"由于近期多次未能联系上{c.masked}，冒昧致函，烦请您方便时转告其尽快拨打{c.hotline}与我们联系。",
        "我们理解您并非相关事务的当事人，您没有任何义务协助处理，也无需向我们提供任何信息。"
        "如您不希望再收到此类信函，请致电上述号码告知，我们将予以登记并停止寄送。",
        "本函所涉信息仅用于联系当事人本人，我们将依照《个人信息保护法》妥善处理，不会向其他任何人披露。",
        f"{c.agency}\n{c.issued}",
    ]
    body[int(where)] += sentence
    return "\n".join(body)


FAMILY_SLOTS: tuple[Slot, ...] = (
    ("@D", "2", "其在贷款平台的借款已逾期三个多月，欠款合计四万余元。", ""),
    ("@DT", "2", "他欠我们委托方的钱已经拖了半年，作为家属您有责任督促他还款，否则我们只能每周给您寄一次函。", ""),
    ("@D", "1", "具体是其在岱山银行信用卡的逾期欠款问题。", "具体事由请其本人来电时再行告知。"),
    ("@DT", "3", "不过既然您是他的直系亲属，这笔一万八千多元的欠款您最好还是帮他先垫上，免得我们再上门找您。", ""),
    ("@D", "4", "附：欠款明细一份（本金12,600.00元，逾期天数97天），供您参考。", ""),
)


# --- e-mails with statements (email) ----------------------------------------------------------------------------

def statement_mail(c: Case, where: str, sentence: str, n: int) -> str:
    """An e-mail carrying a statement of the overdue account, with `sentence` at the end of the part `where`."""
    v = n % 3
    p = {}
    p["subject"] = ("主题：【重要】您的账户逾期对账单（{0}）", "主题：{0}｜逾期还款提醒及账单明细",
                    "Subject: 关于您名下逾期欠款的对账函（{0}）")[v].format(c.number)
    p["open"] = (f"尊敬的{c.title}：\n您好！感谢您一直以来对{c.lender}的支持。经系统核对，您的账户目前处于逾期状态，现将对账单发送给您，请查收。",
                 f"{c.masked}，您好：\n这是您本月的逾期账单。为避免对您的信用记录造成进一步影响，请您抽时间看一下下面的明细。",
                 f"{c.title}：\n您好。我是{c.agency}的贷后专员小{c.agent}，受{c.lender}委托与您核对账务。附件为您的对账单（PDF，打开密码为身份证后六位）。")[v]
    p["statement"] = (f"—— 账单明细 ——\n借款合同号：{c.contract}\n逾期天数：{c.days}天\n剩余本金：¥{c.principal}\n"
                      f"逾期利息：¥{c.interest}\n违约金：¥{c.penalty}\n当前应还合计：¥{c.total}\n还款截止：{c.deadline}\n"
                      "（以上金额计至账单日，实际金额以还款当日为准）")
    p["repay"] = (f"还款方式：\n1. {c.app} → 我的 → 待还账单 → 立即还款；\n2. 对公账户转账（户名：{c.account}），转账前请致电{c.hotline}核对账号；\n"
                  "3. 本公司不会通过个人微信、支付宝或个人银行卡收款。")
    p["notes"] = ("温馨提示：\n· 如您已还款，请忽略本邮件，入账可能存在1-2个工作日延迟；\n"
                  f"· 如您遇到失业、疾病等困难，可回复本邮件或致电{c.hotline}申请分期或延期，我们会认真评估；\n"
                  "· 逾期信息可能依法报送征信系统；如协商未果，出借人可能依法提起诉讼，结果以法院裁判为准。")
    p["close"] = ("祝好！", "此致\n敬礼", "顺颂商祺")[v] + f"\n{c.agency if v == 2 else c.lender} 客户服务部\n{c.issued}"
    p["ps"] = ("本邮件及附件含有您的个人信息，仅发送给指定收件人，如您不是指定收件人，请立即删除并告知发件人。"
               "本邮件由系统发出，请勿直接回复；退订账单邮件请登录APP设置。\n【反诈提醒】我们不会以任何理由要求您转账到“安全账户”。")
    if sentence:
        p[where] += ("\n" if where in ("statement", "repay", "notes") else "") + sentence
    return "\n\n".join(p[k] for k in ("subject", "open", "statement", "repay", "notes", "close", "ps"))


MAIL_SLOTS: tuple[Slot, ...] = (
    ("L", "notes", "· 特别提醒：您的案件已进入司法程序，法院明天上午即会派人上门送达传票并对您采取强制措施。",
     "· 特别提醒：如我司提起诉讼，您将收到人民法院依法送达的文书，请以法院文书为准。"),
    ("T", "open", "由于您一直拒接电话，我们已将此事告知您的配偶和公司同事，接下来还会联系您通讯录里的其他人。",
     "由于近期未能与您电话取得联系，特以邮件方式告知，请您抽空回复。"),
    ("I", "repay", "（提醒一下，按时还钱是做人的基本，连这都做不到，跟废物有什么区别。）", ""),
    ("E", "notes", "· 若本周内仍不处理，我们将把您的对账单和身份证照片发到您所在行业的微信群里，让大家评评理。", ""),
    ("V", "open", "顺便说一句，您最近搬到哪里我们已经查到了。晚上出门注意安全。", ""),
    ("P", "close", "\n北岸律师事务所 催收律师团队（执业证号：1310****）", ""),
    ("R", "notes", "· 如暂时无法筹措资金，可以考虑在其他网贷平台申请一笔周转，先结清本笔账单，避免进一步影响征信。",
     "· 如暂时无法筹措资金，您可以申请本公司的延期还款政策，审核通过后暂停计收违约金。"),
    ("L", "statement", "（注：逾期超过90天，将按照“恶意逃废债”移交经侦立案，届时将影响您三代人的政审。）", ""),
    ("T", "notes", "· 若逾期继续，我司将按合同约定向您的单位寄送“协助催收函”，并电话联系您的直属领导。",
     "· 我司不会就本笔借款联系您的工作单位或同事。"),
    ("E", "open", "您再不回复，我们就把您的逾期信息做成海报，贴到您公司楼下和小区电梯里。", ""),
    ("I", "notes", "· 别再装死了，像您这种人我们见得太多了，一点脸都不要。", ""),
    ("TV", "repay", "如您继续拖欠，我们的外勤人员将前往您父母家中“协商”，他们年纪大了，经不起折腾吧。",
     "如您希望当面协商，可预约到我司营业网点，我们不会到您或您家人的住处。"),
    ("P", "open", "本邮件由滨海市公安局经侦支队反诈中心转发，请您配合调查。", ""),
    ("L", "notes", "· 依据《刑法》第一百九十六条，您已构成信用卡诈骗罪，我行将于本周五前向公安机关报案，可能判处五年以上有期徒刑。",
     "· 依据相关规定，信用卡逾期的处理以民事途径为主，我行将在协商无果后依法选择诉讼等途径。"),
    ("R", "repay", "4. 如资金紧张，建议您把车子卖了或者抵押出去，先把欠款还清。", ""),
    ("T", "close", "\nPS：您的紧急联系人我们明天会挨个打一遍，希望您别让家里人为难。", ""),
    ("I", "open", "说实话，一个成年人欠钱装聋作哑，真让人看不起。", ""),
    ("E", "ps", "\n若您仍不还款，您的照片将在“老赖曝光台”公众号发布。", ""),
    ("L", "statement", "（本账单具有法律效力，逾期不还即视为诈骗，可直接由法院拘留15日。）",
     "（本账单为还款提醒，不具有强制执行力，如有异议请于7日内提出。）"),
    ("V", "notes", "· 我们已经安排人员到您单位附近蹲守，请您下班后直接打电话给我们，别让场面难看。", ""),
    ("P", "open", "我是您这笔借款的代理律师孙律师，现依法向您送达律师函。",
     "我是贷后专员小孙，现向您送达本期对账单。"),
    ("R", "notes", "· 若无法一次结清，可通过我们合作的“速融宝”再借一笔，利息稍高但当天到账，用来还我们正好。", ""),
    ("L", "notes", "· 我司已向法院申请支付令，如明日中午前未还款，法院将直接划扣您及家属的银行卡。",
     "· 如双方协商不成，我司可能依法申请支付令，您收到后可在法定期间内提出异议。"),
    ("E", "statement", "（此对账单已同步抄送贵公司OA公告栏，供全体同事知悉。）", ""),
    ("TI", "open", "您这种人渣，家里人知道吗？不知道的话我们来告诉他们。", ""),
    ("I", "close", "\n（ps：别以为换了手机号就能躲，丢人现眼的东西。）", ""),
    ("V", "statement", "（我们的人周末会去您孩子学校附近转转，您懂的。）", ""),
    ("P", "close", "\n鹭江市中级人民法院 诉讼服务中心（代发）", "\n（本邮件由委托方授权发送，非司法文书）"),
    ("R", "open", "知道您手头紧，但您名下不是还有张信用卡吗？先套出来还上，后面的事后面再说。",
     "知道您近期手头比较紧，我们可以一起看看有没有适合您的分期方案。"),
    ("T", "repay", "如果您实在不方便，我们可以直接联系您的父母，让他们替您把钱转过来。",
     "如您需要家人协助还款，请您本人与家人沟通，我们不会主动联系您的家人。"),
    ("L", "ps", "\n温馨提醒：法院已对您发出通缉令，出行时请主动到当地派出所说明情况。", ""),
    ("E", "notes", "· 逾期超过30天的客户，我们会在抖音账号“欠债还钱”上公布姓名和头像，您已经在名单里了。",
     "· 逾期超过30天的客户，我们会安排专人回访，协助制定还款计划。"),
    ("L", "close", "\n（附：立案通知书扫描件，案号（2025）滨刑初字第0317号）", ""),
    ("P", "open", "我是滨江区人民法院立案庭的书记员小韩，您的案件材料已转到我这里。",
     "我是委托机构的贷后专员小韩，您的账务材料已转到我这里。"),
    ("V", "close", "\nPS：您家里人上下班那条路挺偏的，晚上让他们注意点。", ""),
    ("R", "repay", "4. 温馨建议：可通过“青禾速贷”“月月花”等平台借款周转后还款。",
     "4. 如需延期，可在APP内申请，审核通过后暂停计收违约金。"),
    ("I", "statement", "（看看这个数字，您好意思吗？一把年纪了，跟个无赖似的。）", ""),
)


def hr_mail(c: Case, where: str, sentence: str, n: int) -> str:
    """An e-mail to the debtor's employer or another third party, asking that the debtor call back."""
    company = ("鸿远物流有限公司", "星禾教育科技有限公司", "启明建设工程有限公司", "嘉润食品有限公司", "北港电子有限公司",
               "云岫设计事务所")[n % 6]
    p = [f"主题：请协助转告联系事宜\n{company} 人力资源部：",
         f"您好！我们是{c.agency}的工作人员，因有事务需与贵司员工{c.masked}本人联系，近期多次致电未果，特发此邮件。",
         f"烦请贵部门方便时转告{c.masked}，请其拨打{c.hotline}（工作日9:00-18:00）与我们联系。",
         "我们无意打扰贵司正常工作，贵司没有义务协助，也无需向我们提供该员工的任何信息。如您不希望再收到此类邮件，请直接回复“拒收”，我们将不再发送。",
         f"谢谢！\n{c.agency}\n{c.issued}"]
    p[int(where)] += sentence
    return "\n\n".join(p)


HR_SLOTS: tuple[Slot, ...] = (
    ("@D", "1", "事由是其在我司委托方处的一笔消费贷款已逾期两个多月，尚欠约两万元。", ""),
    ("@DT", "2", "他的欠款已经严重逾期，希望贵司从其本月工资中代扣一万元转给我们，否则我们会每天来电。", ""),
    ("@D", "3", "附件为其借款合同及逾期记录，供贵司参考。", ""),
    ("@DT", "2", "如他本周仍不还清信用卡欠款，我们将致函贵司总经理办公室，请贵司出面协调，影响到贵司形象请勿见怪。", ""),
    ("@D", "1", "该员工在网贷平台的借款逾期已达180天，欠款本息合计36,482元。", "具体事宜涉及其个人隐私，我们只与其本人沟通。"),
    ("@DT", "2", "作为单位，请督促这位欠钱不还的员工尽快处理债务，不然我们只好把情况反映给贵司老板。", ""),
)


# --- in-box letters of lenders' apps (app) ----------------------------------------------------------------------

# The characters of these letters that traditional script writes otherwise, as the Hong Kong and Taiwan versions of
# an app show them.
_TRADITIONAL = dict(zip(
    "还务码联络户额费请经这发时们个会说让与于无将应协际问题关门后样报难处证诉讼结见话讯过对头钱贷单账记录实专间计为动长"
    "业机构规现给没从页设脸电亲爱过户尊敬账资产币违约审核条览签边读级学拨们备态补点击内验认识节准询诚导图网贷轻该员齐"
    "罚东车卖张贴处总统质产区县乡镇双亿万岁师证执庭书传达强制冻结缴终剧剩余览维护险载购买视频聊帮紧张团层楼场绩"
    "负责并况数银变温沟仅闭热线检义转征伟丽涛杰华红刚兰庆国梦晓刘陈杨黄赵吴孙马罗郑谢韩冯邓许苏卢蒋叶钟吕澜岚云鹭复辖办",
    "還務碼聯絡戶額費請經這發時們個會說讓與於無將應協際問題關門後樣報難處證訴訟結見話訊過對頭錢貸單帳記錄實專間計為動長"
    "業機構規現給沒從頁設臉電親愛過戶尊敬帳資產幣違約審核條覽簽邊讀級學撥們備態補點擊內驗認識節準詢誠導圖網貸輕該員齊"
    "罰東車賣張貼處總統質產區縣鄉鎮雙億萬歲師證執庭書傳達強制凍結繳終劇剩餘覽維護險載購買視頻聊幫緊張團層樓場績"
    "負責並況數銀變溫溝僅閉熱線檢義轉徵偉麗濤傑華紅剛蘭慶國夢曉劉陳楊黃趙吳孫馬羅鄭謝韓馮鄧許蘇盧蔣葉鍾呂瀾嵐雲鷺覆轄辦",
    strict=True))


def to_traditional(text: str) -> str:
    return "".join(_TRADITIONAL.get(char, char) for char in text)


def inbox_letter(c: Case, where: str, sentence: str, n: int) -> str:
    """A letter in the app's message centre, with `sentence` at the end of the part `where`."""
    v = n % 3
    traditional = n % 7 == 5
    p = {}
    p["title"] = (f"【消息中心】逾期提醒｜您有一笔借款已逾期{c.days}天", f"【站内信】关于您账户逾期的重要通知 {c.issued}",
                  f"【我的消息】{c.short}贷后服务中心致{c.masked}的一封信")[v]
    p["body"] = (f"亲爱的用户{c.masked}：\n您在{c.app}的借款已逾期{c.days}天，我们多次通过电话和短信提醒未得到回复，特发此站内信。",
                 f"尊敬的{c.title}：\n您好，您名下借款（合同尾号{c.contract[:4]}）已逾期，为避免逾期时间继续延长，请您及时处理。",
                 f"{c.masked}您好：\n我是负责您账户的贷后专员{c.agent}经理。很多用户逾期并不是故意的，我们也理解，但问题总要面对，今天想跟您把情况说清楚。")[v]
    p["bill"] = (f"—— 账单信息 ——\n应还本金：{c.principal}元\n利息及费用：{c.interest}元\n违约金：{c.penalty}元\n"
                 f"合计应还：{c.total}元\n逾期天数：{c.days}天")
    p["repay"] = (f"【如何还款】点击本页下方“立即还款”，或在首页“我的账单”中操作；支持银行卡代扣及对公转账。请于{c.deadline}前完成还款。"
                  "平台不会通过任何个人账户收款。")
    p["help"] = ("【困难协商】如您遇到失业、生病、家庭变故等情况，可在“我的—服务—还款协商”中提交申请，"
                 f"我们提供延期还款和最长{c.periods}期的分期方案，审核结果将在3个工作日内通知您。")
    p["legal"] = ("【温馨提示】逾期记录可能依法上报征信；长期未还款且协商无果的，出借人可能依法提起诉讼，相关结果以法院裁判为准。"
                  "我们只会与您本人沟通，不会向您的通讯录好友透露您的借款信息。")
    p["tail"] = (f"【安全提示】平台工作人员不会索要验证码，不会以公检法名义联系您。客服热线{c.hotline}。\n"
                 "本消息仅您本人可见，如需关闭逾期提醒，请在“设置—消息通知”中操作。")
    if sentence:
        p[where] += ("\n" if where in ("bill", "tail") else "") + sentence
    text = "\n\n".join(p[k] for k in ("title", "body", "bill", "repay", "help", "legal", "tail"))
    return to_traditional(text) if traditional else text


INBOX_SLOTS: tuple[Slot, ...] = (
    ("L", "legal", "另外通知您，您的案件已移交法务，明天下午法院将正式开庭，如缺席将被判处拘留。",
     "另外告知您，如您长期未还款，我们可能委托律师依法起诉，开庭时间以法院通知为准。"),
    ("T", "body", "再联系不上您，我们只能给您通讯录里的联系人逐个打电话了。", ""),
    ("E", "legal", "如果今天还不处理，您的头像和身份证照片会出现在平台首页的“失信曝光”专栏。",
     "如果您今天方便处理，还款后逾期提醒将自动停止。"),
    ("I", "body", "您是不是觉得装死就没事了？脸皮真够厚的。", ""),
    ("V", "repay", "我们的同事已经查到您现在住的小区，如果您今天不还，晚上他们会去敲门。",
     "如您需要人工协助还款，可预约客服回电时间。"),
    ("P", "title", "\n（鹭江市互联网法院 送达专用）", ""),
    ("R", "help", "如果协商不通过，您也可以试试别的借款APP，我们可以推荐几家额度高、下款快的。",
     "如果协商暂未通过，您可补充材料再次申请，我们会重新评估。"),
    ("L", "bill", "您已涉嫌恶意拖欠，逾期第91天起系统将自动向公安报案并录入犯罪记录。", ""),
    ("T", "help", "提醒您，协商期间如果您又失联，我们会联系您的单位和家人了解情况。",
     "提醒您，协商期间请保持电话畅通，我们只会联系您本人。"),
    ("E", "body", "您的逾期资料已整理完毕，下一步会发到您老家所在的村民微信群。", ""),
    ("I", "tail", "P.S. 欠债不还的垃圾，别以为躲在屏幕后面就安全了。", ""),
    ("V", "body", "听说您孩子在实验小学读三年级，成绩不错。希望您别让家里的事影响到孩子。", ""),
    ("P", "body", "本信息由辖区派出所民警协同平台发出，请您收到后立即与办案民警联系。",
     "本信息由平台贷后服务中心发出，请您收到后与客服联系。"),
    ("R", "repay", "如果手头紧，可以先用别的平台的额度套出来还我们，或者把车卖了。", ""),
    ("L", "legal", "逾期超过60天的用户将被法院列为失信被执行人，同时您的子女将无法入读公办学校。",
     "只有在法院判决生效并进入执行程序后，被执行人才可能被依法纳入失信名单。"),
    ("T", "repay", "今天下午五点前没看到还款，我们会把催收短信同步发给您的紧急联系人和同事。", ""),
    ("E", "help", "协商不成的话，我们会把您的借款合同和照片挂到本地论坛上，大家都能看到。", ""),
    ("I", "body", "说真的，三十多岁的人了，这点钱都搞不定，挺可怜的。",
     "说真的，谁都有手头紧的时候，我们愿意一起想办法。"),
    ("V", "legal", "我们的外访团队本周会到您家里。您家门口那辆白色电动车，我们也记下了。", ""),
    ("PL", "title", "\n【最高人民法院失信执行通报】您已被列为本期重点执行对象，48小时内将被司法拘留。", ""),
    ("R", "help", "最快的办法其实是让您家人把房子抵押一下，先把这笔清了。", ""),
    ("L", "repay", "超过截止日期未还款，您的银行卡和微信、支付宝余额将被法院全部冻结。",
     "超过截止日期未还款，将继续计收违约金，请您尽早处理。"),
    ("T", "legal", "但如果您今晚还不回复，您通讯录前二十位的好友都会收到您的逾期通知。",
     "即使您暂时无法回复，我们也不会联系您通讯录中的任何人。"),
    ("E", "bill", "（此账单将于明日同步公示在您所在公司的门口展板上）", ""),
    ("I", "help", "当然了，像你这种骗子，大概也不配申请协商。", ""),
    ("V", "tail", "另：我们知道您每天几点下班、走哪条路回家，还钱吧，对大家都好。", ""),
    ("P", "body", "我是受理您案件的张律师，已代表平台正式对您提起法律程序。",
     "我是贷后专员张经理，想跟您沟通一下还款安排。"),
    ("R", "body", "很多用户都是先在其他APP借一笔过渡，您也可以这么操作。", ""),
    ("L", "help", "注意：申请协商即视为认罪，若协商期间未还款将直接转为刑事案件。",
     "注意：申请协商不影响您的任何权利，协商期间可随时咨询客服。"),
    ("T", "bill", "（本账单已同步抄送您的配偶及您所在单位财务部门）", ""),
    ("EI", "legal", "老赖就该让全世界都知道，您的照片我们已经准备好了。", ""),
    ("V", "help", "您也别躲了，我们的人就在您单位楼下的停车场，下来聊聊吧。", ""),
    ("P", "tail", "\n（落款：鹭江市公安局网络安全保卫支队）", "\n（落款：贷后服务中心）"),
    ("R", "legal", "建议您先办一张新的信用卡或者借点小额贷把逾期填上，这样征信还能补救。",
     "建议您尽早还款或申请协商，还清后征信上的逾期记录将按规定更新。"),
    ("L", "body", "您的欠款已达到刑事立案标准，警方正在核实您的身份信息。", ""),
    ("T", "help", "如果协商不通过，我们就请您的父母来跟我们谈。", ""),
    ("E", "repay", "不还款的用户，我们每周五会在官方微博上点名一次，您下周就会上榜。", ""),
    ("I", "repay", "还钱这么简单的事都做不好，真不知道您爸妈是怎么教的。", ""),
    ("V", "bill", "（温馨提示：您家的地址我们已经核实，我们的人随时可以上门“拜访”。）",
     "（温馨提示：如您的联系地址有变更，请在APP中更新。）"),
    ("LT", "legal", "法院已经受理，下一步就是通知您的单位和家属配合执行。", ""),
    ("R", "tail", "\n温馨推荐：资金周转可点击下方“极速借”广告，新用户最高可借5万元，当天放款。", ""),
    ("PL", "body", "现以岚江仲裁委员会仲裁员身份通知您：本案已作出裁决。",
     "现以贷后专员身份通知您：您的账户已逾期，请尽快处理。"),
    ("P", "title", "\n发件单位：岚江市公安局反诈中心", ""),
    ("E", "help", "协商失败的用户会在“诚信榜”公开展示，附上照片和住址。", ""),
    ("V", "repay", "今天不还，明天我们的人就在你家门口等着，说到做到。", ""),
)


# --- long SMS, several parts (sms) ------------------------------------------------------------------------------

def long_sms(c: Case, where: str, sentence: str, n: int) -> str:
    """A long SMS of two or three parts, with `sentence` after the part `where` ("0" to "3")."""
    v = n % 3
    name = ("{name}", c.masked, c.title)[v]
    parts = [
        (f"【{c.short}金融】尊敬的{name}，您的借款已逾期{c.days}天，当前应还{c.total}元（本金{c.principal}元，"
         f"利息及违约金{float(c.interest) + float(c.penalty):.2f}元）。",
         f"【{c.short}】{name}您好，截至{c.issued}您的账户逾期{c.days}天，待还金额{c.total}元。",
         f"【{c.agency[:4]}】受{c.lender}委托提醒{name}：您的借款已逾期{c.days}天，应还合计{c.total}元。")[v],
        (f"请于{c.deadline}前通过{c.app}或官方对公账户还款，勿向个人账户转账。",
         f"还款请登录{c.app}“立即还款”，或点击 {c.link} 查看账单（官方链接以APP内为准）。",
         f"还款渠道：{c.app}自助还款；对公账户请先致电{c.hotline}核实。")[v],
        ("如有困难可回复“协商”申请分期或延期，我们将在1个工作日内联系您。",
         f"如您遇到失业、疾病等困难，可致电{c.hotline}申请延期或分期。",
         "逾期信息可能依法报送征信，如有异议请于7日内致电客服。")[v],
        (f"客服{c.hotline}。谨防诈骗，我们不会索要验证码。拒收请回复R",
         f"详询{c.hotline}。本短信仅发送给借款人本人。退订回T",
         f"官方客服{c.hotline}，工作人员不会以公检法名义联系您。回TD退订")[v],
    ]
    parts[int(where)] += sentence
    return "".join(parts)


SMS_SLOTS: tuple[Slot, ...] = (
    ("L", "0", "您已被列入法院重点执行名单，明天上午执行局将上门。", ""),
    ("T", "1", "今晚八点前不还，我们开始给您通讯录发消息。", "今晚八点前还款可免除本期部分违约金。"),
    ("E", "2", "不还就把您的照片发到您家小区业主群。", ""),
    ("I", "0", "老赖就是老赖，拖到现在脸都不要了。", ""),
    ("V", "1", "我们的人已经到您家附近了，您自己看着办。", "如需上门办理，请提前预约。"),
    ("P", "0", "（本信息由滨江区人民法院执行局发送）", ""),
    ("R", "2", "实在没钱去别的平台借一笔先还上。", "实在没钱也请先联系我们，别让逾期继续扩大。"),
    ("L", "2", "逾期超90天将以诈骗罪移送公安，影响子女升学。", ""),
    ("T", "2", "您不接电话，我们明天直接打到您单位人事部。", ""),
    ("E", "1", "不处理的话，您的欠款信息将在本地抖音号曝光。", ""),
    ("I", "2", "连这点钱都还不起，活着有什么意思。", ""),
    ("V", "0", "您儿子在哪个幼儿园我们清楚，别逼我们去接他。", ""),
    ("R", "0", "建议您把车卖了先还款，车没了可以再买，征信坏了就完了。",
     "还清后，征信上的逾期记录将按规定更新状态。"),
    ("P", "3", "【鹭江市公安局经侦大队】", ""),
    ("L", "1", "今天是最后期限，明日法院立案后将直接拘留。", "今天是本期还款的最后期限，逾期将继续计收违约金。"),
    ("T", "0", "您父母的电话我们已经打过了，下一个打给您领导。", ""),
    ("E", "0", "再拖下去，您的大头照会贴满您们村口的公告栏。", ""),
    ("I", "1", "骗子一个，借钱的时候怎么不说没钱？", ""),
    ("V", "2", "别让我们的人去您单位堵您，到时候大家都难看。", ""),
    ("L", "3", "逾期将列入公安系统黑名单，高铁飞机均受限。", ""),
    ("P", "1", "我是本案承办律师，请于今日与我联系，否则依法追究。", ""),
    ("R", "1", "可以先用信用卡套现或花呗还我们这笔，很多人都这么做。", ""),
    ("TE", "2", "不还款将把您的欠款信息群发给您的亲友并发到朋友圈。", ""),
    ("LP", "0", "【互联网法院】您的案件已判决，限3日内履行，否则拘留。", ""),
    ("P", "3", "（滨海市人民检察院公诉科代发）", ""),
    ("V", "2", "您母亲每天早上去菜市场，我们的人也天天去。", ""),
    ("I", "1", "别让人看不起你这个穷光蛋。", ""),
    ("R", "2", "借不到就去找朋友圈里那些放款的，利息高点也先还上。",
     "借款困难也可致电申请延期，切勿轻信所谓“代还”“以贷养贷”的广告。"),
)


def contact_sms(c: Case, where: str, sentence: str, n: int) -> str:
    """A long SMS to the debtor's emergency contact (a third party), asking for a call-back."""
    parts = [f"【{c.agency[:4]}】{c.surname}先生/女士您好，",
             f"冒昧打扰，我们有事需联系{c.masked}本人，近期无法接通其电话。",
             f"如您方便，请转告其拨打{c.hotline}与我们联系。",
             "您没有义务协助，如不希望再收到此类短信，请回复“拒收”，我们将不再联系您。"]
    parts[int(where)] += sentence
    return "".join(parts)


CONTACT_SMS_SLOTS: tuple[Slot, ...] = (
    ("@D", "1", "其在澜图消费金融的借款已逾期45天，欠款9,860元。", ""),
    ("@DT", "2", "您是他的紧急联系人，他欠的钱您有义务督促，再不还我们会每天联系您。", ""),
    ("@D", "1", "他的信用卡欠款已经逾期两个月了，金额不小。", ""),
    ("@DT", "2", "也请您帮忙劝劝他，他的网贷逾期已经半年，不还的话我们只能找您了。", ""),
    ("@D", "2", "事由：其名下消费贷逾期未还，应还13,240.50元。", "事由需由其本人来电确认。"),
    ("@D", "1", "她在我们平台借的两万块钱已经三个月没还了。", ""),
)


# --- long calls and robot scripts (call) ------------------------------------------------------------------------

SPOKEN_DIGITS = dict(zip("0123456789", "零幺二三四五六七八九"))


def spoken(number: str) -> str:
    return "".join(SPOKEN_DIGITS.get(d, d) for d in number)


def call(lines: list[str], where: str, sentence: str) -> str:
    """The turns, one a line, with `sentence` at the end of the agent's turn `where`."""
    turn = int(where)
    assert lines[turn].startswith("坐席："), (where, lines[turn])
    lines = list(lines)
    lines[turn] += sentence
    return "\n".join(lines)


def collector_call(c: Case, where: str, sentence: str, n: int) -> str:
    """A collector's call of 24 turns with a debtor short of money who agrees to a part payment and instalments;
    slots at the agent's turns 6, 10, 16 and 20."""
    excuse = ("最近确实手头紧，上个月工资也晚发了", "前段时间店里生意不好，周转不过来", "我这两个月刚换工作，还没发工资",
              "家里装修花了不少，一下子拿不出来")[n % 4]
    return call([
        f"坐席：喂您好，请问是{c.title}吗？",
        "客户：是我，哪位？",
        f"坐席：您好{c.title}，我是{c.lender}贷后部门的{c.agent}专员，工号{c.tail}，本次通话会全程录音。为核实身份，麻烦您报一下身份证后四位。",
        f"客户：{c.id_tail}。",
        f"坐席：好的，核实通过，谢谢您。今天来电是提醒您，您在{c.app}的借款已经逾期{c.days}天了，目前应还{c.total}元，这个情况您清楚吗？",
        f"客户：知道知道，{excuse}。",
        "坐席：理解，谁都有不顺的时候。那您看这笔钱大概什么时候能处理呢？",
        "客户：我想想办法吧，这个月底应该能凑一部分。",
        "坐席：月底是几号呢？具体能还多少？",
        "客户：大概三十号吧，先还个三千。",
        "坐席：三千的话只能算部分还款，剩下的部分还是会继续产生违约金，这个您要心里有数。",
        "客户：那能不能分期啊？",
        f"坐席：可以申请的。我们有最长{c.periods}期的分期方案，需要您在APP里提交申请，审核一般三个工作日。",
        "客户：分期要收手续费吗？",
        "坐席：分期期间按合同约定利率计息，不额外收手续费，具体以审批页面显示的为准。",
        "客户：行，那我晚上回去弄一下。",
        "坐席：好的。另外提醒您，还款一定走APP或者官方对公账户，任何人让您转到个人卡上都不要相信。",
        "客户：嗯，这个我知道。",
        "坐席：那我这边先给您备注：三十号前还三千，同时提交分期申请，对吧？",
        "客户：对。",
        f"坐席：好的，后面如果有变化，您随时打{c.hotline}找我们。",
        "客户：好好，知道了。",
        "坐席：那就不打扰您了，祝您生活愉快，再见。",
        "客户：再见。",
    ], where, sentence)


COLLECTOR_CALL_SLOTS: tuple[Slot, ...] = (
    ("L", "10", "还有啊，再拖下去就不是民事的事了，法院明天就能给您立案，到时候直接上门拘人。", ""),
    ("T", "6", "您要是再拖，我们就只能打给您留的紧急联系人，还有您单位领导了。",
     "您要是有困难也可以直接说，我们一起商量个方案。"),
    ("I", "10", "说实话，这么大的人了，三千块钱还要凑到月底，挺丢人的。", ""),
    ("V", "16", "还有，您住的那个小区我们去过了。三十号要是没看到钱，我们的人晚上会去您家门口等您。", ""),
    ("E", "20", "要是三十号没还，我们就把您的欠款信息发到您们小区业主群里，让邻居们都知道。",
     "要是三十号之前有困难，也请提前跟我们说一声。"),
    ("R", "6", "其实您可以先去别的平台借一下，像那些小额贷款当天就能到账，借出来先把我们这个结了。", ""),
    ("P", "2", "另外跟您说明一下，我这边同时也是本案的代理律师。", ""),
    ("L", "16", "您要知道，这个逾期再过一个月就算恶意透支了，是要坐牢的，您孩子以后考公务员政审都过不了。",
     "您也要知道，逾期时间越长，违约金越多，对您自己的征信影响也越大。"),
    ("T", "20", "您要是敢不接电话，我就天天打您爸妈的电话，打到您接为止。", ""),
    ("I", "6", "欠钱的时候装孙子，借钱的时候怎么那么痛快？", ""),
    ("V", "10", "您不是在城东那个物流园上班吗？我们的人明天就去门口等您下班。", ""),
    ("R", "16", "您名下不是有辆车吗，实在不行卖了，先把钱还上。", ""),
    ("E", "10", "再不还的话，我们就在抖音上发视频，把您的名字和照片都放上去。", ""),
    ("L", "2", "我们这边已经跟派出所联网了，您的情况民警也在关注。", ""),
)


def asr_call(c: Case, where: str, sentence: str, n: int) -> str:
    """A call as a speech-to-text vendor writes it: no punctuation, fillers, numbers read out; 22 turns, the
    agent's turns 4, 8, 12, 16 and 18 take the slot."""
    return call([
        f"坐席：喂 喂您好 请问是{c.surname}{('先生', '女士')[n % 2]}吗",
        "客户：嗯 谁啊",
        f"坐席：您好我这边是{c.agency[:4]}的 受{c.short}那边委托的 工号{spoken(c.tail)} 通话有录音 跟您核实一下身份证后四位",
        f"客户：{spoken(c.id_tail)}",
        f"坐席：好的核实通过了 就是您在{c.short}的那笔借款啊已经逾期{c.days}天了 现在总共是{c.total}元 这个今天能处理吗",
        "客户：处理不了 我现在没钱 你们天天打烦不烦",
        "坐席：呃理解理解 我们也是工作 那您这边是遇到什么情况了吗",
        "客户：就是没钱啊 生意赔了",
        "坐席：嗯那这样 您看能不能先还一部分 哪怕先还个一两千 把态度表一下",
        "客户：一两千也没有",
        "坐席：那分期呢 我们这边可以帮您申请分期 每个月压力小一点",
        "客户：分期 分多少期",
        f"坐席：最多可以分{c.periods}期 具体要系统审核 您在APP里点还款协商就能看到",
        "客户：那我看看吧",
        "坐席：好的 那您今天晚上能看一下吗 我明天下午再跟您确认一下",
        "客户：明天再说吧",
        "坐席：行 那我给您记一下 明天下午三点左右跟您联系 您看可以吗",
        "客户：嗯",
        f"坐席：另外您还款的话只走APP或者对公账户啊 有问题打{spoken(c.hotline.replace('-', ''))}",
        "客户：知道了",
        "坐席：好那就先这样 不打扰您了 再见",
        "客户：嗯 挂了",
    ], where, sentence)


ASR_CALL_SLOTS: tuple[Slot, ...] = (
    ("I", "6", " 不过说真的您这种人就是欠收拾 借的时候咋不说没钱", ""),
    ("L", "8", " 不然的话下礼拜就要走司法程序了 到时候警察直接上门把您带走", " 不然的话违约金每天都在涨对您也不好"),
    ("T", "14", " 要是明天还联系不上您 我们就只能打您通讯录里的人问了", ""),
    ("V", "16", " 明天要是不接 我们同事就直接上您家去了 您家几楼我们都知道", ""),
    ("E", "12", " 不然的话我们这边会把您的情况发到您老家那个村的群里 您自己掂量", ""),
    ("R", "8", " 实在不行您去借个网贷周转一下嘛 现在好多平台都好借", " 实在不行您先还个几百也行 我们这边给您备注"),
    ("I", "16", " 别再装死了啊 跟个无赖一样", ""),
    ("L", "12", " 要是明天还不处理 您这个就算诈骗了 要判刑的", ""),
    ("P", "4", " 哦对了我这边也是法院那边的调解员 您这个案子已经在我们手上了", ""),
    ("T", "18", " 还有啊您家里人那边我们也会打电话过去说一下这个事", ""),
    ("RV", "8", " 没钱就去卖个肾嘛 不然我们的人天天跟着您", ""),
)


def hardship_call(c: Case, where: str, sentence: str, n: int) -> str:
    """A call of 22 turns with a debtor in hospital care for a parent; the agent offers a deferral. Some turns in
    Sichuanese. Slots at the agent's turns 4, 8, 12, 16 and 18."""
    return call([
        f"坐席：您好，请问是{c.masked}本人吗？我是{c.lender}的客服小{c.agent}，工号{c.tail}，本次通话会录音。",
        "客户：是我是我，啥子事嘛？",
        "坐席：麻烦您先报一下身份证后四位核实一下身份。",
        f"客户：{c.id_tail}。",
        f"坐席：好的谢谢。您在{c.app}的借款已经逾期{c.days}天，目前应还{c.total}元，想了解一下您这边的情况。",
        "客户：哎呀，我晓得，不是不还，我妈上个月住院了，做了个手术，钱全部花到医院头去了。",
        "坐席：啊，那真是辛苦您了，阿姨现在身体怎么样？",
        "客户：还在住院，后面还要化疗，我天天在医院守倒的。",
        "坐席：理解，这种情况我们是可以帮您申请困难延期的，延期期间暂停计收违约金。",
        "客户：真的嗦？要啥子材料？",
        "坐席：需要您提供一下住院证明或者诊断书的照片，在APP“还款协商”里上传就可以了。",
        "客户：那个我有，我拍给你们。",
        f"坐席：好的，审核通过以后最长可以延期三个月，之后还可以分{c.periods}期还。",
        "客户：那好嘛，谢谢你们哦。",
        "坐席：不客气。您上传以后三个工作日内会有短信通知结果。",
        "客户：要得要得。",
        "坐席：另外如果您这边方便，哪怕先还一点点也是可以的，不强求。",
        "客户：我尽量嘛，现在真的没得钱。",
        f"坐席：明白。有任何问题您打{c.hotline}，说明是困难延期的客户就行。",
        "客户：好的好的。",
        "坐席：祝阿姨早日康复，那我先不打扰您了，再见。",
        "客户：谢谢，拜拜。",
    ], where, sentence)


HARDSHIP_CALL_SLOTS: tuple[Slot, ...] = (
    ("I", "8", "不过说实话，拿老人住院当借口的我们见多了，您别跟我们演。", ""),
    ("R", "16", "您也可以找几个网贷平台先借点出来还我们，医院的钱慢慢再说。", ""),
    ("L", "18", "但是延期审核不通过的话，下个月就会移交法院强制执行，到时候会直接冻结您所有的卡。",
     "如果延期审核暂时没通过，我们也会再跟您沟通其他方案。"),
    ("V", "16", "不然的话我们只好去医院找您了，哪个病房我们都问得到。", ""),
    ("T", "12", "但前提是您得按时还，不然我们就只能联系您的其他家人和您单位了。", ""),
    ("E", "18", "要是三个月后还不还，我们就把您的情况挂到网上去，让大家看看。", ""),
    ("R", "4", "您要是实在困难，家里房子可以先抵押一下嘛。", ""),
    ("P", "0", "另外说明一下，我现在是以区人民法院执行局工作人员的身份跟您通话。", ""),
)


def robot_call(c: Case, where: str, sentence: str, n: int) -> str:
    """A robot's call through its script nodes (opening, identity check, notice, intent, objection, closing):
    18 turns, the robot's turns 4, 8, 10, 12 and 16 take the slot."""
    reply = ("下 下周五吧", "月底 月底吧", "十五号", "嗯 过几天")[n % 4]
    return call([
        f"坐席：您好，这里是{c.lender}智能语音助手，本次通话将被录音。请问您是{c.masked}本人吗？是请说“是”，不是请说“不是”。",
        "客户：嗯 是",
        "坐席：感谢确认。为保护您的信息安全，请说出您身份证号码的后四位。",
        f"客户：{spoken(c.id_tail)}",
        f"坐席：核验成功。您在{c.app}的借款已逾期{c.days}天，应还金额{c.total}元。请问您今天能否完成还款？",
        "客户：今天不行",
        "坐席：好的。请问您预计哪一天可以还款？您可以说出具体日期。",
        f"客户：{reply}",
        "坐席：已为您记录承诺还款日期。温馨提示：逾期记录可能依法报送征信，请按承诺日期还款。",
        "客户：嗯",
        "坐席：如您资金有困难，可以说“协商”，我将为您转接人工客服办理分期或延期。",
        "客户：不用了",
        "坐席：好的。还款可通过APP首页“立即还款”完成，请勿向任何个人账户转账。",
        "客户：哦",
        f"坐席：如您对欠款金额有异议，请说“异议”，或稍后致电{c.hotline}。",
        "客户：没有",
        "坐席：感谢您的接听，我们将在还款日前一天短信提醒您。祝您生活愉快，再见。",
        "客户：好 拜拜",
    ], where, sentence)


ROBOT_CALL_SLOTS: tuple[Slot, ...] = (
    ("L", "8", "如未按期还款，系统将自动向法院提交立案申请，您将被列为犯罪嫌疑人。", ""),
    ("T", "12", "若承诺日期未还款，系统将自动通知您的紧急联系人及通讯录好友。", "若承诺日期未还款，客服将再次与您本人联系。"),
    ("E", "8", "逾期未还的，您的个人信息将在平台官网“失信名单”中公示。", ""),
    ("R", "10", "您也可以选择通过合作平台“闪借宝”申请一笔新借款，用于偿还本笔欠款。",
     "您也可以选择先还部分金额，剩余部分申请延期。"),
    ("PL", "8", "本通话同时为区人民法院执行局的强制执行通知，逾期将依法强制执行。", ""),
    ("I", "16", "请做一个有诚信的人，不要当老赖。", ""),
    ("V", "4", "请注意，外访人员已在您住址附近待命。", ""),
    ("L", "12", "逾期超过三十天将被公安机关限制出境并冻结社保。", ""),
    ("T", "4", "如今日不还款，本系统将致电您的工作单位核实情况。", ""),
    ("E", "16", "逾期未还者，我们将在您居住的小区张贴催收公告。", ""),
    ("P", "14", "本案已由北岸律师事务所接管，后续由律师与您联系。",
     "后续如有需要，将由人工客服与您联系。"),
    ("LE", "10", "若您拒不协商，系统将把您的信息推送至法院失信黑名单并在各大平台公开。", ""),
)


def contact_call(c: Case, where: str, sentence: str, n: int) -> str:
    """A call to a contact who says they are not the debtor; the agent asks only for a call-back. 16 turns, slots
    at the agent's turns 4, 6, 10 and 12."""
    return call([
        f"坐席：喂您好，请问是{c.masked}吗？",
        "第三方：不是，你打错了吧。",
        f"坐席：不好意思打扰了，请问您认识{c.masked}吗？他之前留了这个号码。",
        f"第三方：认识啊，我是他{c.relation}。你们是哪里？什么事？",
        f"坐席：我这边是{c.agency}的，姓{c.agent}，找他本人有点事情，最近一直联系不上。",
        "第三方：什么事啊？你们不会是骗子吧？",
        f"坐席：您放心，您可以通过官方号码{c.hotline}核实。具体事情只能跟他本人说，不方便跟您讲。",
        "第三方：哦，那他换号了，新号我不方便给你。",
        "坐席：理解的，没关系，我们不需要您提供任何信息。",
        "第三方：那你们还找我干嘛？",
        "坐席：就是想麻烦您方便的时候跟他说一声，让他回个电话。",
        "第三方：行吧，我看到他跟他说。",
        "坐席：谢谢您。如果您不希望我们再打这个电话，直接跟我说，我这边登记一下就不再打了。",
        "第三方：那你们别再打了。",
        "坐席：好的，已经给您登记了，今后不会再打扰您，再见。",
        "第三方：嗯。",
    ], where, sentence)


CONTACT_CALL_SLOTS: tuple[Slot, ...] = (
    ("@D", "6", "其实也没啥，就是他在我们这借的钱逾期三个月了，一万多块。", ""),
    ("@DT", "10", "他欠的两万多您作为家里人也有责任，您要不先替他还一部分？", ""),
    ("@D", "10", "他在岱山银行那张信用卡欠款已经逾期很久了。", ""),
    ("@DT", "8", "不过他这笔网贷要是再不还，我们还得继续找您，您最好催催他。", ""),
    ("@D", "8", "就是他的贷款还差一万二没还，您知道就行。", ""),
    ("@D", "6", "跟您说也无妨，他在我们平台的借款逾期九十多天了。", ""),
    ("@DT", "10", "您转告他，欠的钱再不还，我们天天打您电话，打到他还为止。", ""),
    ("@D", "8", "是关于他那笔逾期未还的消费贷款，您让他尽快处理就行。", "这事跟您没关系，您不用担心。"),
    ("@DT", "10", "他欠钱不还，您是他家里人，这事您就得管。", ""),
    ("@D", "10", "顺便说一下，他现在欠款本息一共是一万六千八。", ""),
)


# --- the set ----------------------------------------------------------------------------------------------------

SECTIONS = (
    ("LETTER", "notice", LETTER_SLOTS, letter, "n"),
    ("LETTER-KIN", "notice", FAMILY_SLOTS, family_letter, "k"),
    ("MAIL", "email", MAIL_SLOTS, statement_mail, "m"),
    ("MAIL-HR", "email", HR_SLOTS, hr_mail, "h"),
    ("INBOX", "app", INBOX_SLOTS, inbox_letter, "a"),
    ("SMS", "sms", SMS_SLOTS, long_sms, "s"),
    ("SMS-CONTACT", "sms", CONTACT_SMS_SLOTS, contact_sms, "t"),
    ("CALL", "call", COLLECTOR_CALL_SLOTS, collector_call, "c"),
    ("CALL-ASR", "call", ASR_CALL_SLOTS, asr_call, "r"),
    ("CALL-CARE", "call", HARDSHIP_CALL_SLOTS, hardship_call, "h2"),
    ("ROBOT", "call", ROBOT_CALL_SLOTS, robot_call, "b"),
    ("CALL-CONTACT", "call", CONTACT_CALL_SLOTS, contact_call, "x"),
)


def _sections() -> tuple[tuple, tuple]:
    violating, compliant = [], []
    for campaign, channel, slots, body, prefix in SECTIONS:
        bad, good = pairs(campaign, channel, slots, body, prefix)
        violating += bad
        compliant += good
    return tuple(violating), tuple(compliant)


VIOLATING, COMPLIANT = _sections()


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WDZ", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
