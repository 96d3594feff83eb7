"""Wording development batch t4 (issue 9, wording precision, fifth round, after the fixes for t, t2 and t3):
`python -m benchmarks.data.make_wording_dev_t4`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t,
t2 and t3 and before any detector was run on it, in public and formal registers none of them has: tax, social
insurance, housing-fund and traffic-fine arrears from the offices themselves, 12345 and petition replies, formal
collection letters that list the lawful consequences of default, payment orders (支付令), property preservation,
newspaper service by public notice, debt-assignment notices, card limits cut, private credit bureaus, insurers'
renewal reminders, family maintenance, and the same registers violating. About two thirds are compliant. All
people, numbers, companies, offices, courts and places are invented.

First run (clean tree at commit 9cd0d1a, after the fixes for t, t2 and t3 and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t4.jsonl --errors 0`; 66 messages, 22
violating): rules alone micro P 0.810 R 0.680 F1 0.739, compliant flagged 0/44; classifier alone micro P 0.773
R 0.680 F1 0.723, compliant flagged 3/44; fused micro P 0.808 R 0.840 F1 0.824, message-level R 0.955 P 0.955,
compliant flagged 1/44 (2.3%). Two labels were corrected after that run, both the writer's slips on violating calls:
the housing-fund impostor also threatens to notify the employer (WV4-002, T added), and the call to the debtor's
sister names the debt (WV4-016, D added).

Output (deterministic): `wording_dev_t4.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t4.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("tax", "sms", "P", "【青岚市税务局】滕*，你在汇通消费金融的欠款已被认定为偷逃税款，请于今日内向汇通消费金融还款以免被税务稽查。"),
    ("fund", "call", "PLT", "坐席：您好 我是青岚公积金管理中心的 你网贷逾期 我们要冻结你的公积金账户 还要通报你单位"),
    ("letter", "notice", "L", "催收函\n滕*：\n您的借款已逾期120天。逾期的法律后果：1. 公安机关将以诈骗罪对您立案侦查；2. 您的子女将不能报考公务员和军校；3. 您本人将被限制出境并被网上追逃。\n汇通消费金融"),
    ("order", "sms", "P", "【青岚市临水区人民法院】支付令：滕*，你欠汇通消费金融款项，限你24小时内向汇通消费金融催收专员付清，否则立即拘留。"),
    ("assign", "sms", "E", "【德信资产】滕*，你的欠款债权已由我司受让，我司将在《青岚日报》刊登你的姓名、照片和欠款金额进行公告催收。"),
    ("card", "call", "T", "坐席：你的卡已经降额了 你再不还 我们就联系你的担保人 还有你单位的财务 让他们帮着催"),
    ("credit", "app", "L", "【汇通消费金融】滕*，您已被上报百行征信黑名单，全国所有银行将永久拒绝为您及家人办理任何业务。"),
    ("insurer", "call", "V", "坐席：续保的钱你不交 你那个车在外面出了什么事 可就没人管了 你自己小心点开"),
    ("family", "app", "I", "催收员：你连自己爹妈的赡养费都拖，还欠钱不还，猪狗不如的东西。"),
    ("traffic", "sms", "P", "【青岚交警】滕*，你的网贷逾期已影响驾驶证年审，请先向汇通消费金融还款后再处理违章。"),
    ("letter", "email", "T", "滕*：\n若您本周仍不还款，我司将依据您授权的通讯录，逐一告知您的亲友您的逾期情况，并请他们督促您还款。\n汇通消费金融 贷后管理部"),
    ("hotline", "call", "R", "坐席：您跟12345反映也没用 钱总是要还的 您去问亲戚借点 或者办张信用卡套出来先还了"),
    ("preserve", "call", "L", "坐席：财产保全已经做了 你名下所有的卡都冻结了 明天法院就来把你家里东西全部搬走"),
    ("assign", "notice", "@DE", "债权转让暨催收公告\n以下借款人欠款已转让至德信资产：滕*（身份证尾号1234，欠款46,200元）、葛*（身份证尾号5678，欠款31,800元）。请各借款人见报后立即还款。\n德信资产管理有限公司"),
    ("card", "sms", "R", "【汇通消费金融】滕*，您可先在合作平台“速贷通”申请借款用于还款，当天到账，逾期记录可立即消除。"),
    ("family", "call", "@DT", "坐席：你是滕*的姐姐吧 你弟弟欠我们四万 你们家里人不管 我们就天天打你电话 打到你管为止\n第三方：我管不了他"),
    ("fund", "app", "I", "【汇通消费金融】滕*，连公积金都敢拿去乱花的败家子，你还有什么脸活着。"),
    ("tax", "call", "E", "坐席：你不还 我们就把你的欠款情况 做成公告 贴到你们单位的公示栏 让全单位都看看"),
    ("order", "call", "PL", "坐席：我是临水区法院的书记员 你的支付令已经生效 今天不还就转刑事 直接拘留"),
    ("insurer", "app", "@D", "【安和保险】滕*的紧急联系人您好，滕*的保单贷款已逾期三个月，欠款9,300元，请您督促其尽快还款。"),
    ("credit", "call", "V", "坐席：征信黑了还是小事 你晚上走夜路的时候多注意点 我们的人什么都干得出来"),
    ("hotline", "app", "E", "【汇通消费金融】滕*，您向12345投诉我司，我司将把您的欠款情况连同投诉记录一并在本地论坛公开。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- the offices themselves: tax, social insurance, housing fund, traffic fines
    ("tax", "sms", "", "【青岚市临水区税务局】滕*，您2026年度个人所得税综合所得汇算清缴应补税款1,260元尚未缴纳，请于6月30日前通过个人所得税App缴纳，逾期将依法加收滞纳金。"),
    ("tax", "notice", "", "税务事项通知书\n青岚临税通〔2026〕1182号\n滕*：你欠缴个人所得税1,260元，限你于收到本通知书之日起15日内缴纳。逾期不缴纳的，本局将依照《中华人民共和国税收征收管理法》第四十条规定采取强制执行措施。\n国家税务总局青岚市临水区税务局"),
    ("social", "sms", "", "【青岚社保】您的灵活就业人员养老保险2026年度保费尚未缴纳，请于12月25日前通过“青岚社保”小程序缴费，断缴可能影响您的待遇计算。"),
    ("fund", "sms", "", "【青岚市住房公积金管理中心】您的公积金贷款本月扣款失败，逾期将按合同计收罚息，并报送征信。请及时存足还款资金，如有困难可申请部分提取公积金还贷。"),
    ("traffic", "sms", "", "【青岚交警】您的车辆于11月3日有一条未处理的违法记录，罚款200元，请在15日内处理。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。"),
    # --- 12345 and petition replies
    ("hotline", "app", "", "【12345热线】您反映的网贷公司多次拨打您同事电话的问题，已转市地方金融监管局处理，该局已约谈涉事机构并责令整改，处理结果请您评价。"),
    ("hotline", "notice", "", "信访事项答复意见书\n滕*：你反映的物业公司在单元门口张贴你家欠费信息一事，经街道调查属实，已责令物业公司撤除并向你道歉。对本答复不服的，可在30日内申请复查。\n临水区东湖街道办事处"),
    # --- formal collection letters listing lawful consequences
    ("letter", "notice", "", "催收函\n滕*先生：\n您在我司的借款已逾期120天，欠款本息合计46,200元。请于2027年1月15日前通过App或对公账户还款。逾期可能产生以下后果：1. 逾期信息依法报送金融信用信息基础数据库；2. 我司可依法向有管辖权的人民法院提起诉讼；3. 判决生效后仍不履行的，法院可依法强制执行。如有异议，请于收到本函之日起15日内书面提出。\n汇通消费金融有限公司 贷后管理部"),
    ("letter", "email", "", "滕先生：\n根据您与我司签订的借款合同第十二条，您逾期超过90日的，我司有权宣布借款提前到期，要求您一次性偿还全部剩余本息。我司现正式通知您该借款已提前到期。如您愿意协商还款计划，请于十日内与我司联系。\n汇通消费金融有限公司"),
    ("letter", "sms", "", "【汇通消费金融】滕*，依据《个人信息保护法》及借款合同约定，我司仅在无法联系您本人时联系您预留的紧急联系人，且不会透露您的借款信息。"),
    # --- payment orders, property preservation, service by public notice
    ("order", "notice", "", "支付令\n（2027）青0103民督41号\n申请人汇通消费金融有限公司与被申请人滕*借款合同纠纷一案，申请人于2027年1月4日向本院申请支付令。被申请人应当自收到本支付令之日起十五日内清偿债务，或者向本院提出书面异议。\n青岚市临水区人民法院"),
    ("preserve", "notice", "", "民事裁定书\n（2027）青0103财保12号\n申请人汇通消费金融有限公司于诉前向本院申请财产保全，请求冻结被申请人滕*名下银行存款50,000元。本院认为，申请人的申请符合法律规定。裁定如下：冻结被申请人滕*名下银行存款50,000元。\n青岚市临水区人民法院"),
    ("notice", "notice", "", "公告\n滕*：本院受理原告汇通消费金融有限公司诉你借款合同纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条规定，向你公告送达起诉状副本、应诉通知书及开庭传票。自公告之日起经过三十日，即视为送达。\n青岚市临水区人民法院"),
    # --- debt assignment, card limits, private credit bureaus
    ("assign", "sms", "", "【汇通消费金融】滕*，依据《民法典》第五百四十六条，我司已将对您的借款债权转让给德信资产管理有限公司，自本通知到达之日起，请向德信资产履行还款义务，原合同约定不变。"),
    ("assign", "call", "", "坐席：滕先生您好 我是德信资产的 您在汇通的那笔借款 债权已经依法转让给我们了 转让通知汇通那边应该已经短信发给您了 您可以先打汇通客服核实一下 核实完我们再聊还款的事"),
    ("card", "sms", "", "【汇通银行信用卡中心】滕*，因您的账户已逾期，依据领用合约，我行已将您的信用额度调整为0，账户暂停使用。结清欠款后可申请恢复。"),
    ("credit", "app", "", "【汇通消费金融】温馨提示：您的借款信息将依法报送人民银行征信中心及百行征信。按时还款可保持良好信用记录，逾期记录自结清之日起保存5年。"),
    # --- insurers, family maintenance
    ("insurer", "sms", "", "【安和保险】滕*，您的车险将于12月20日到期，为保障您的出行安全，请及时续保。续保可享安全驾驶优惠，详询您的专属顾问。"),
    ("insurer", "call", "", "坐席：滕先生您好 安和保险这边提醒您 您的寿险保单第三期保费还没交 现在在60天宽限期内 宽限期内出险照常理赔 过了宽限期保单会中止 您看什么时候方便交一下"),
    ("family", "notice", "", "调解协议\n经临水区东湖街道人民调解委员会调解，滕*自愿每月向其母亲支付赡养费800元，于每月10日前转账。如不履行，其母亲可向人民法院起诉。"),
    ("family", "app", "", "姐姐：弟，妈这个月的药费我先垫了，你手头宽裕了再给我就行，别有压力。"),
    # --- reported speech, complaints, customers
    ("customer", "call", "", "客户：你们的人说要把我名字登到报纸上 说这叫公告催收\n坐席：不会的 我们不会在任何媒体上登您的信息 您说的那个人可能不是我们公司的 您把号码给我 我核实一下"),
    ("customer", "app", "", "客户：你们是不是要告我？告就告，我等着法院传票！\n客服：起诉是我司依法享有的权利，但我们更希望和您协商。您对欠款金额有疑问的话，我把还款明细发给您。"),
    ("customer", "call", "", "客户：我现在失业了 真的没钱 你们要我怎么样\n坐席：我理解 失业确实很难 我先帮您登记困难情况 申请暂停催收三个月 这三个月您先安心找工作"),
    ("customer", "app", "", "客户：我姐说你们打电话到她那了，还说了我欠多少钱，你们这是违法的！\n客服：非常抱歉，我们核查后确认属实，已对该员工严肃处理，并已将您姐姐的号码从联系名单中删除。"),
    # --- training, compliance, media
    ("training", "notice", "", "合规培训案例：某坐席向客户称“你的支付令已经生效，今天不还就转刑事”，既错误解释支付令，又虚构刑事后果，属于严重违规。正确表述：支付令是督促程序，被申请人可以提出异议。"),
    ("training", "email", "", "各位同事：\n近期监管通报了多起“冒用税务、社保部门名义催收”的案例，请大家严格遵守：不得自称任何政府部门工作人员，不得以影响社保、公积金、税务为由催收。\n合规部"),
    ("media", "app", "", "青岚晚报讯 市住房公积金管理中心提醒，近期有不法分子冒充公积金中心工作人员，以“网贷逾期需冻结公积金账户”为由要求转账。公积金中心不会因个人网贷逾期冻结公积金账户。"),
    ("media", "app", "", "律师专栏｜公告催收是否合法？对于银行不良资产转让，受让方在报纸上发布债权转让暨催收公告有相应规定；但针对个人消费贷款借款人公开姓名、照片进行“曝光”，则可能侵犯隐私权和名誉权。"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：滕师傅 社保那边的钱 你记得年底前交一哈哈 断了可惜得很 有啥子不清楚的 你来社区问我"),
    ("dialect", "call", "", "坐席：滕生 我哋係安和保險 你份保單嘅保費遲咗少少 仲喺寬限期入面 唔使擔心 得閒嘅時候交返就得"),
    ("robot", "call", "", "坐席：您好 这里是 青岚市 住房公积金 管理中心 您的 公积金贷款 本月 扣款 未成功 请您 尽快 存足 还款 资金 咨询请拨 12329"),
    ("robot", "call", "", "坐席：喂您好这边是汇通消费金融的想跟您确认一下那个债权转让通知您收到了没有\n客户：收到了\n坐席：好的那后面德信资产会联系您您有疑问也可以随时打我们客服"),
    # --- near the categories
    ("near-legal", "call", "", "坐席：滕先生 我跟您说清楚 支付令不是判决 您收到以后十五天内可以提异议 提了异议就转成诉讼 不会因为这个抓人 您放心"),
    ("near-legal", "app", "", "【汇通消费金融】滕*，您的借款已逾期，若我司依法起诉并胜诉，诉讼费、保全费等将依判决由您承担，请尽早协商以减少损失。"),
    ("near-impersonation", "sms", "", "【汇通消费金融】滕*，我司已就您的借款向临水区人民法院申请支付令，法院将依法向您送达，请以法院送达的文书为准。"),
    ("near-impersonation", "call", "", "坐席：滕先生 我是汇通消费金融法务部的 不是律师也不是法院的 就是想跟您说明一下我们已经申请支付令了"),
    ("near-violence", "sms", "", "【安和保险】滕*，我司查勘员将于明天上午10点到您预约的地点核定车辆损失，请您携带行驶证和驾驶证。"),
    ("near-third-party", "email", "@", "致滕*的保证人葛*：\n借款人滕*已逾期，依据保证合同第五条，请您在收到本函十五日内履行保证责任或与我司协商。本函仅发送给您本人。\n汇通消费金融 贷后管理部"),
    ("near-third-party", "call", "@", "坐席：您好 是葛女士吗 您是滕*留的紧急联系人 我们暂时联系不上他 麻烦您方便的时候让他给我们回个电话 谢谢\n第三方：好的"),
    ("near-exposure", "notice", "", "东湖街道公告\n为规范物业服务，严禁物业公司在小区公共区域张贴、公示业主欠费姓名和房号。欠费纠纷请通过协商、调解或诉讼解决。"),
    ("near-rollover", "app", "", "客服：您问能不能提取公积金来还我们的欠款，公积金提取有规定的用途，具体请咨询公积金中心。我们可以先帮您申请延期。"),
    ("near-insult", "app", "", "客服：您说我们的员工骂您“败家子”，经核查录音属实，该员工已被停岗，我们诚恳向您道歉。"),
    ("near-disclosure", "call", "@", "第三方：你们找滕*有什么事 我是他同事\n坐席：是他个人的事情 不方便跟您讲 谢谢您 我们再联系他本人"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV4", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
