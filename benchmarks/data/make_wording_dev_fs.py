"""Wording development batch fs: lenders' stage templates and the edits agencies make to them. Regenerate with
`python -m benchmarks.data.make_wording_dev_fs`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py`, the batch table of the labelled-set
tests and the skeleton lines of batch fq (its docstring, imports, constants, first entries and closing functions);
no detector, scan or benchmark was run on these texts. Its theme is the deployed collection template and what
happens to it downstream: SMS, app push and robot-call templates per collection stage (pre-due reminder, M0 day 1
to 3, M1, M2, M3+, write-off, handover to a collection agency, handover to a law firm), with the placeholders
`{name}`, `{amount}`, `{due_date}` and `{days_overdue}` filled, left unfilled or filled in part, and the template
fields of contract section 1 (`template_id`, `template_vars` when anything was filled, `days_overdue`). Beside
each approved original stands the version an agency or a single agent edited and sent under the same template id:
a sentence added (a PS about the debtor's mother, a "亲友提醒" switched on), a condition dropped ("可能依法起诉" turned
into "已立案受理"), a soft consequence turned hard (征信 into 失信名单, 政审, 拘留), a polite template turned
sarcastic ("逾期之星", "给您全家长脸了"), the signature swapped for a court, a police unit, an arbitration commission,
a regulator, the credit bureau or a law firm, the message re-addressed to a parent, a sibling, a spouse, a colleague,
a property manager or a village, and the employer cc'd. Around them: robot-call scripts and their hand-overs to
human agents (speech-to-text without punctuation, Sichuanese, Henan, North-Eastern, Shanghainese and Cantonese),
app chats with the in-app service desk, letters (催收通知书, 律师函, 核销通知, 外访通知) and e-mails. Beside nearly
every violating text stands a lawful twin in the same voice: the approved originals, lawful stage escalation with
its true condition (罚息, 征信 reporting and its update on settlement, a possible suit decided by a court, a
letter to the billing address, entrustment to a named agency that says whom it acts for), hardship, deferral,
instalment, write-off settlement and reduction offers, repayment-channel and anti-fraud notices (impostors posing as
police, courts, regulators or lawyers, "代还" platforms, fake group notices), call-back requests to relatives and
colleagues that reveal nothing, and the debtor's own replies: anger, insults, threats and complaints at a calm
agent. About half is compliant.

Labels follow contract section 5 and are judged by what the template, agent, robot or sender says, whatever the
template id or the stage: an edited text is labelled for what it says as sent, and placeholders left unfilled are
read as the words around them. Contempt, however polite its frame (老赖, 骗子, 废物, 孬种, 扑街, 廢柴, sarcastic
titles and congratulations, "活得真失败") is abuse.insult. Announcing or carrying out contact with relatives, the
emergency contact or the whole address book, the employer, the landlord or a village head as pressure, or pressing
a third party to pay (from savings, a credit card) or to act (post notices, deduct wages), is threat.third_party.
Posters, notices at the door, in the building, the village or the school's parents' group, 曝光 websites and mini
programs, LED screens, short videos, local media, social-media comments and "寻人启事" are threat.exposure. Knowing
and naming the route home, the child's school, the car, the mother's village or the spouse's workplace together
with a demand, people waiting at the door or coming at night, and hints of harm are threat.violence; a letter to
the billing address and an appointment at a service centre are not. A signature, robot or agent presenting itself
as a court, execution bureau, procuratorate, police unit, arbitration commission, justice bureau, regulator, the
credit bureau or a lawyer / law firm is misleading.impersonation; criminal charges, 拘留, 拘传, 逮捕令, 通缉, case
records, enforcement or wage deduction without a judgment, a spouse's, parent's or child's liability, and children's
schooling or 政审 said to follow a consumer debt are misleading.legal. Urging other loans, credit-card cash-outs,
partner platforms, relatives' savings, pawning or selling gold, a car, a house, a shop or an organ is
coercion.debt_rollover. A message or call to a third party ("@") that reveals the debt, the lender or the overdue
status is pii.third_party_disclosure; a call-back request that reveals none of them is lawful. Anti-fraud notices
that quote what impostors say, and the customer's own words, are never labelled. Texts whose label was uncertain
were left out. All people, numbers, companies, courts, schools and places are invented.

Output (deterministic): `wording_dev_fs.jsonl`, contract messages (section 1) with `labels`, as batch d, the
template messages also with `template_id`, `template_vars` (absent when sent unfilled) and `days_overdue`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.data.set_format import templated_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_fs.jsonl"


class _Unfilled(dict):
    """The values filled into a template; a placeholder without one stays as written ({days_overdue})."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _tpl(campaign: str, channel: str, letters: str, template_id: str, days_overdue: int, pattern: str,
         values: dict[str, str] | None = None) -> tuple:
    """A template message as sent: `pattern` with `values` filled in (None: sent unfilled), and its template fields."""
    text = pattern if values is None else pattern.format_map(_Unfilled(values))
    return (campaign, channel, letters, text, (template_id, values, days_overdue))


# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line ("坐席：" the agent or robot, "客户：" the
# debtor, "第三方：" anyone else); an app chat is text with "在线客服：" and "客户：" lines. A template message carries a
# fifth item, (template_id, template_vars or None when sent unfilled, days_overdue), written through `_tpl`. The
# sections run in pairs in the same order, so that an edited template's approved original stands at about the same
# place in COMPLIANT.

# --- A. SMS stage templates: the edited versions, and the approved originals ---

_VIOLATING_A = (
    _tpl("SMS-TPL", "sms", "I", "HS-PRE-03", -2,
         "【禾穗金融】{name}您好，您本期账单{amount}元将于{due_date}到期。别又装死，上个月那副老赖嘴脸客服都记着呢。",
         {"name": "林*峰", "amount": "1,286.40", "due_date": "2024-06-18"}),
    _tpl("SMS-TPL", "sms", "T", "HS-M0-01", 1,
         "【禾穗金融】{name}，您的账单{amount}元已于{due_date}到期未还。系统已同步通知您预留的紧急联系人及通讯录好友，"
         "今日内处理可撤回通知。",
         {"name": "周*宁", "amount": "3,410.00", "due_date": "2024-06-15"}),
    _tpl("SMS-TPL", "sms", "T", "HS-M0-03", 3,
         "{name}您好，您已逾期{days_overdue}天，欠款{amount}元。今晚8点前未还款，明天上午由专员致电您的父母和单位领导说明情况。"),
    _tpl("SMS-TPL", "sms", "L", "JC-M1-02", 18,
         "【锦程消费金融】{name}，您的借款{amount}元已逾期{days_overdue}天，您已被列入失信被执行人名单，名下银行卡将于48小时内冻结。",
         {"name": "赵*梅", "amount": "5,620.00", "days_overdue": "18"}),
    _tpl("SMS-TPL", "sms", "L", "JC-M1-04", 26,
         "【锦程消费金融】{name}，您逾期{days_overdue}天的记录已报送公安机关备案，将影响您本人出行及子女升学政审，"
         "请于{due_date}前结清{amount}元。",
         {"name": "钟*", "days_overdue": "26", "due_date": "2024-07-02", "amount": "2,975.30"}),
    _tpl("SMS-TPL", "sms", "LP", "JC-M2-01", 47,
         "【青澜市东湖区人民法院】{name}，你拖欠锦程消费金融{amount}元一案已立案受理，请于{due_date}前履行还款义务，"
         "逾期将依法强制执行并司法拘留。",
         {"name": "何*军", "amount": "11,408.00", "due_date": "2024-07-20"}),
    _tpl("SMS-TPL", "sms", "E", "JC-M2-03", 52,
         "【锦程消费金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。若{due_date}前仍未处理，"
         "我司将在您所在小区公告栏及业主群公示欠款信息。",
         {"name": "邵*兰", "amount": "7,260.00", "days_overdue": "52", "due_date": "2024-08-01"}),
    _tpl("SMS-TPL", "sms", "V", "YD-M3-01", 95,
         "【易达分期】{name}，你欠的{amount}元拖了{days_overdue}天了。我们外访的兄弟明早七点在你家楼下等你，别让他们等太久。",
         {"name": "吴*", "amount": "18,730.00", "days_overdue": "95"}),
    _tpl("SMS-TPL", "sms", "R", "YD-M1-05", 21,
         "【易达分期】{name}，您的{amount}元已逾期{days_overdue}天。手头紧可以先在借呗、微粒贷或信用卡取现周转一下，"
         "先把我们这笔还上，征信才能保住。",
         {"name": "潘*琪", "amount": "2,144.80", "days_overdue": "21"}),
    _tpl("SMS-TPL", "sms", "I", "YD-M1-06", 12,
         "【易达分期】尊敬的{name}“大老板”，您欠的区区{amount}元都还不上，逾期{days_overdue}天了，真是给您全家长脸了。",
         {"name": "罗*明", "amount": "860.00", "days_overdue": "12"}),
    _tpl("SMS-TPL", "sms", "L", "AR-WO-01", 210,
         "【安融小贷】{name}，您的账户虽已核销，但欠款{amount}元将永久挂在您和您配偶、子女名下，全家都会被各大银行拉黑。",
         {"name": "韩*", "amount": "12,050.00"}),
    _tpl("SMS-TPL", "sms", "V", "AR-HO-01", 65,
         "【安融小贷】{name}，您的欠款{amount}元已移交恒信资产。恒信的人已经摸清你父母在老家的住址和你每天下班走的路，后果自己掂量。",
         {"name": "何*", "amount": "21,600.00"}),
    _tpl("SMS-TPL", "sms", "LP", "AR-LF-01", 120,
         "【正衡律师事务所】{name}，本所律师受安融小贷委托，就你拖欠{amount}元一事已向法院申请立案，三日内传票送达，"
         "届时将按诈骗罪移送。",
         {"name": "郭*鹏", "amount": "28,900.00"}),
    _tpl("SMS-TPL", "sms", "E", "AR-M3-02", 100,
         "【安融小贷】{name}，逾期{days_overdue}天未还，我司已制作你的欠款曝光视频，{due_date}前不处理将在抖音、快手同城投放。",
         {"name": "严*", "days_overdue": "100", "due_date": "2024-08-12"}),
    _tpl("SMS-TPL", "sms", "IT", "HS-M1-07", 15,
         "{name}，欠{amount}元装聋作哑{days_overdue}天，你这种人也配叫人？明天我们就挨个打你通讯录，让大家看清你的真面目。"),
    _tpl("SMS-TPL", "sms", "R", "YD-M2-02", 38,
         "【易达分期】{name}，您逾期{days_overdue}天，欠款{amount}元。车子和房子都是身外之物，卖了或者抵押一下就能一次结清，何必拖着。",
         {"name": "钱*"}),
    _tpl("SMS-TPL", "sms", "LP", "HS-M2-05", 40,
         "【青澜市公安局经侦支队】{name}，你在禾穗金融的借款{amount}元逾期{days_overdue}天，涉嫌恶意透支，"
         "请于{due_date}前主动还款并到队说明情况。",
         {"name": "马*", "amount": "6,720.00", "days_overdue": "40", "due_date": "2024-07-25"}),
    _tpl("SMS-TPL", "sms", "PT", "JC-M3-05", 88,
         "【东湖区金融纠纷仲裁委员会】{name}，锦程消费金融对你发起的仲裁申请已受理，请于{due_date}前缴清{amount}元，"
         "否则将出具裁决并通报你的工作单位。",
         {"name": "赵*涛", "due_date": "2024-08-05", "amount": "23,480.00"}),
    _tpl("SMS-TPL", "sms", "V", "HS-M3-02", 75,
         "【禾穗金融】{name}，你儿子在实验二小三年级二班，每天下午四点半放学，我们都知道。{amount}元今天必须到账。",
         {"name": "刘*伟", "amount": "9,315.60"}),
    _tpl("SMS-TPL", "sms", "E", "YD-M2-06", 45,
         "【易达分期】{name}，你的欠款信息和身份证照片已上传至“诚信曝光台”网站，{due_date}前结清{amount}元可申请下架。",
         {"name": "孙*萍", "due_date": "2024-07-28", "amount": "4,402.00"}),
    _tpl("SMS-TPL", "sms", "L", "HS-PRE-05", -1,
         "【禾穗金融】{name}您好，您的账单{amount}元明日到期。根据最新规定，逾期一天即按恶意逃债处理，将留下案底。",
         {"name": "陆*", "amount": "532.00"}),
    _tpl("SMS-TPL", "sms", "I", "JC-M0-02", 2,
         "【锦程消费金融】{name}，到期两天一声不吭，您是属乌龟的吗？{amount}元赶紧还上，别丢人现眼。",
         {"name": "包*成", "amount": "1,120.00"}),
    _tpl("SMS-TPL", "sms", "RT", "AR-M1-03", 30,
         "【安融小贷】{name}，自己还不上就找你爸妈、兄弟姐妹借，今天凑不齐{amount}元，我们就直接打给他们要。",
         {"name": "冉*", "amount": "3,880.00"}),
)

_COMPLIANT_A = (
    _tpl("SMS-TPL", "sms", "", "HS-PRE-03", -2,
         "【禾穗金融】{name}您好，您本期账单{amount}元将于{due_date}到期，请确保还款银行卡余额充足。如已还款请忽略。",
         {"name": "林*峰", "amount": "1,286.40", "due_date": "2024-06-18"}),
    _tpl("SMS-TPL", "sms", "", "HS-M0-01", 1,
         "【禾穗金融】{name}，您的账单{amount}元已于{due_date}到期未还。今日内还款可减少罚息，"
         "可在禾穗金融App“账单-立即还款”操作。",
         {"name": "周*宁", "amount": "3,410.00", "due_date": "2024-06-15"}),
    _tpl("SMS-TPL", "sms", "", "HS-M0-03", 3,
         "{name}您好，您已逾期{days_overdue}天，欠款{amount}元。如暂时有困难，请回复1或致电400-820-6613申请还款计划，"
         "我们会安排专人与您本人联系。"),
    _tpl("SMS-TPL", "sms", "", "JC-M1-02", 18,
         "【锦程消费金融】{name}，您的借款{amount}元已逾期{days_overdue}天，逾期期间将按合同计收罚息。若持续逾期，可能影响您的个人信用记录。",
         {"name": "赵*梅", "amount": "5,620.00", "days_overdue": "18"}),
    _tpl("SMS-TPL", "sms", "", "JC-M1-04", 26,
         "【锦程消费金融】{name}，您的借款已逾期{days_overdue}天，逾期记录已按规定报送金融信用信息基础数据库。"
         "请于{due_date}前结清{amount}元，结清后记录将显示为已结清。",
         {"name": "钟*", "days_overdue": "26", "due_date": "2024-07-02", "amount": "2,975.30"}),
    _tpl("SMS-TPL", "sms", "", "JC-M2-01", 47,
         "【锦程消费金融】{name}，您的借款{amount}元已逾期{days_overdue}天。若{due_date}前仍未还款或协商，"
         "我司可能依法向人民法院提起诉讼，是否支持由法院判决。",
         {"name": "何*军", "amount": "11,408.00", "days_overdue": "47", "due_date": "2024-07-20"}),
    _tpl("SMS-TPL", "sms", "", "JC-M2-03", 52,
         "【锦程消费金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。我司将于{due_date}前向您的账单地址寄送书面催收函，请留意查收。",
         {"name": "邵*兰", "amount": "7,260.00", "days_overdue": "52", "due_date": "2024-08-01"}),
    _tpl("SMS-TPL", "sms", "", "YD-M3-01", 95,
         "【易达分期】{name}，您的欠款{amount}元已逾期{days_overdue}天。如您愿意面谈，可预约到易达分期线下服务中心办理，"
         "来访前请致电400-662-1380登记。",
         {"name": "吴*", "amount": "18,730.00", "days_overdue": "95"}),
    _tpl("SMS-TPL", "sms", "", "YD-M1-05", 21,
         "【易达分期】{name}，您的{amount}元已逾期{days_overdue}天。易达分期不会推荐任何借款平台或代还机构，请勿以贷还贷，"
         "如有困难可申请延期还款。",
         {"name": "潘*琪", "amount": "2,144.80", "days_overdue": "21"}),
    _tpl("SMS-TPL", "sms", "", "YD-M1-06", 12,
         "【易达分期】尊敬的{name}，您的{amount}元已逾期{days_overdue}天，为避免罚息继续增加，请尽快还款。感谢您一直以来的支持。",
         {"name": "罗*明", "amount": "860.00", "days_overdue": "12"}),
    _tpl("SMS-TPL", "sms", "", "AR-WO-01", 210,
         "【安融小贷】{name}，您的账户已按内部规定完成核销处理，但债务关系仍然存在，尚欠{amount}元。"
         "您仍可联系我们办理结清或减免申请，结清后可开具结清证明。",
         {"name": "韩*", "amount": "12,050.00"}),
    _tpl("SMS-TPL", "sms", "", "AR-HO-01", 65,
         "【安融小贷】{name}，您的欠款{amount}元已委托恒信资产管理有限公司协助催收，其工作人员将以恒信资产名义与您本人联系，"
         "如有疑问请致电我司400-733-5120核实。",
         {"name": "何*", "amount": "21,600.00"}),
    _tpl("SMS-TPL", "sms", "", "AR-LF-01", 120,
         "【安融小贷】{name}，您的欠款{amount}元已逾期{days_overdue}天。我司拟委托律师事务所代理起诉，起诉前您仍可与我司协商还款方案。",
         {"name": "郭*鹏", "amount": "28,900.00", "days_overdue": "120"}),
    _tpl("SMS-TPL", "sms", "", "AR-M3-02", 100,
         "【安融小贷】{name}，您已逾期{days_overdue}天。若{due_date}前通过App提交还款计划，我司将暂缓委外催收。",
         {"name": "严*", "days_overdue": "100", "due_date": "2024-08-12"}),
    _tpl("SMS-TPL", "sms", "", "HS-M1-07", 15,
         "{name}您好，您的{amount}元已逾期{days_overdue}天，请尽快处理。如对账单有异议，可在App内“账单异议”提交，"
         "我们将在5个工作日内答复。"),
    _tpl("SMS-TPL", "sms", "", "YD-M2-02", 38,
         "【易达分期】{name}，您逾期{days_overdue}天，欠款{amount}元。我们理解您可能遇到了困难，可申请最长12期的分期还款，"
         "月供以审批结果为准。",
         {"name": "钱*"}),
    _tpl("SMS-TPL", "sms", "", "HS-AF-01", 40,
         "【禾穗金融】反诈提醒：近期有人冒充公安经侦、法院工作人员，以“涉嫌恶意透支”为由要求转账。"
         "禾穗金融只通过App及对公账户收款，请勿向任何个人账户转账。"),
    _tpl("SMS-TPL", "sms", "", "JC-M3-05", 88,
         "【锦程消费金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。我司支持通过金融纠纷调解组织进行调解，"
         "如需申请调解请于{due_date}前回复。",
         {"name": "赵*涛", "amount": "23,480.00", "days_overdue": "88", "due_date": "2024-08-05"}),
    _tpl("SMS-TPL", "sms", "", "HS-M3-02", 75,
         "【禾穗金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。如因家庭原因暂时无法还款，可申请个性化分期，"
         "请登录App“困难帮扶”提交材料。",
         {"name": "刘*伟", "amount": "9,315.60", "days_overdue": "75"}),
    _tpl("SMS-TPL", "sms", "", "YD-M2-06", 45,
         "【易达分期】{name}，您的欠款已逾期{days_overdue}天，逾期信息已按规定报送征信。结清{amount}元后，"
         "我司将在5个工作日内更新报送记录。",
         {"name": "孙*萍", "days_overdue": "45", "amount": "4,402.00"}),
    _tpl("SMS-TPL", "sms", "", "HS-PRE-05", -1,
         "【禾穗金融】{name}您好，您的账单{amount}元明日到期。逾期将按合同收取罚息并可能影响信用记录，请提前安排还款。",
         {"name": "陆*", "amount": "532.00"}),
    _tpl("SMS-TPL", "sms", "", "JC-M0-02", 2,
         "【锦程消费金融】{name}，您的账单已到期两天，欠款{amount}元。如已还款请忽略，如需帮助请联系在线客服。",
         {"name": "包*成", "amount": "1,120.00"}),
    _tpl("SMS-TPL", "sms", "", "AR-M1-03", 30,
         "【安融小贷】{name}，您的{amount}元已逾期30天。请不要为还款向亲友借钱或借新还旧，如有困难可申请减免部分罚息。",
         {"name": "冉*", "amount": "3,880.00"}),
    _tpl("SMS-TPL", "sms", "", "AR-PRE-01", -3,
         "【安融小贷】{name}，您的借款将于{due_date}到期，应还{amount}元。还款请认准App内支付或对公账户“安融小额贷款有限公司”，"
         "任何要求转入个人账户的均为诈骗。",
         {"name": "冉*", "due_date": "2024-05-30", "amount": "3,880.00"}),
)

# --- B. app push templates ---

_VIOLATING_B = (
    _tpl("APP-PUSH", "app", "I", "RY-PUSH-M0", 2, "融屿借钱：{name}，逾期两天还装不知道？真把自己当回事了，赖账王。",
         {"name": "冯*"}),
    _tpl("APP-PUSH", "app", "L", "RY-PUSH-M1", 14,
         "融屿借钱：{name}，您逾期{days_overdue}天，系统已自动生成起诉材料，无需开庭，法院将直接扣划您的工资。",
         {"name": "王*业", "days_overdue": "14"}),
    _tpl("APP-PUSH", "app", "T", "RY-PUSH-M1b", 20,
         "融屿借钱：{name}，今天18:00前未还{amount}元，将启动“亲友提醒”，向您通讯录前20位联系人发送逾期通知。",
         {"name": "冯*", "amount": "4,980.00"}),
    _tpl("APP-PUSH", "app", "E", "RY-PUSH-M2", 40,
         "融屿借钱：{name}，您的头像、姓名和欠款{amount}元将于{due_date}在“融屿失信榜”首页展示。",
         {"name": "姜*", "amount": "6,150.00", "due_date": "7月18日"}),
    _tpl("APP-PUSH", "app", "V", "RY-PUSH-M3", 70, "{name}，我们的人已经到你小区门口了，{amount}元，开门还是转账，你选。"),
    _tpl("APP-PUSH", "app", "P", "QL-PUSH-01", 33,
         "【青澜市互联网金融监管局】通知：{name}，你的网贷逾期已被列为重点监管对象，请于{due_date}前还清{amount}元并上传还款凭证。",
         {"name": "葛*", "due_date": "2024-07-09", "amount": "3,300.00"}),
    _tpl("APP-PUSH", "app", "R", "RY-PUSH-M1c", 25,
         "融屿借钱：{name}，一键还款不够？试试“闪电周转”，3分钟放款最高5万，先还清逾期保征信！", {"name": "芦*"}),
    _tpl("APP-PUSH", "app", "L", "RY-PUSH-M2b", 55,
         "融屿借钱：{name}，逾期超过50天按刑法第196条追究刑事责任，您已进入刑事移送程序。", {"name": "王*业"}),
    _tpl("APP-PUSH", "app", "EI", "JC-PUSH-07", 60,
         "锦程消费金融：{name}，你这种欠钱不还的无赖，照片已经发到你们村的微信群了，乡亲们都在看。", {"name": "唐*"}),
    _tpl("APP-PUSH", "app", "T", "JC-PUSH-03", 10,
         "锦程消费金融：{name}，您已逾期{days_overdue}天。我们已联系您填写的单位人事部门，请其协助督促您还款。",
         {"name": "何*明", "days_overdue": "10"}),
    _tpl("APP-PUSH", "app", "V", "YD-PUSH-05", 80,
         "易达分期：{name}，你每天早上七点半送孩子去幼儿园走的那条路挺偏的，注意安全，欠款{amount}元今天处理。",
         {"name": "孙*萍", "amount": "38,600.00"}),
    _tpl("APP-PUSH", "app", "LP", "YD-PUSH-06", 92,
         "【人民法院执行局】{name}，您已被申请强制执行，逮捕令已签发，请立即还款{amount}元撤销。",
         {"name": "吴*", "amount": "18,730.00"}),
    _tpl("APP-PUSH", "app", "R", "AR-PUSH-04", 35, "安融小贷：{name}，卖一部手机、当一条金链子就够还了，还在等什么？",
         {"name": "韩*"}),
    _tpl("APP-PUSH", "app", "E", "AR-PUSH-05", 100,
         "安融小贷：{name}，我们已联系本地自媒体，{due_date}前不还款就发布“老板欠钱跑路”专题报道。",
         {"name": "郭*鹏", "due_date": "8月20日"}),
    _tpl("APP-PUSH", "app", "I", "HS-PUSH-02", 5, "禾穗金融：{name}，连{amount}元都还不起，您活得可真够失败的。",
         {"name": "陆*", "amount": "532.00"}),
    _tpl("APP-PUSH", "app", "LT", "HS-PUSH-04", 45,
         "禾穗金融：{name}，您的配偶作为共同债务人须承担全部还款责任，我们已将其一并列入追偿名单。", {"name": "马*"}),
)

_COMPLIANT_B = (
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M0", 2, "融屿借钱：{name}，您的账单已逾期2天，点击查看还款方式。如已还款请忽略。",
         {"name": "冯*"}),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M1", 14,
         "融屿借钱：{name}，您已逾期{days_overdue}天，罚息按日计收。点击“我的账单”查看明细或申请延期。",
         {"name": "王*业", "days_overdue": "14"}),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M1b", 20, "融屿借钱：{name}，今天18:00前还款{amount}元可减免当日罚息，点击立即还款。",
         {"name": "冯*", "amount": "4,980.00"}),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M2", 40,
         "融屿借钱：{name}，您的欠款{amount}元已逾期{days_overdue}天，我们为您准备了分期还款方案，点击查看。",
         {"name": "姜*", "amount": "6,150.00", "days_overdue": "40"}),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M3", 70, "{name}，您的欠款{amount}元已逾期较长时间，请登录App与专属顾问沟通还款安排。"),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-AF", 33,
         "融屿借钱安全提示：近期有不法分子冒充“金融监管局”“法院执行局”发送通知，要求上传还款凭证或转账至指定账户，请以App内信息为准。"),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M1c", 25,
         "融屿借钱：{name}，还款有困难？可申请延期或分期，无需借新还旧，点击提交申请。", {"name": "芦*"}),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M2b", 55,
         "融屿借钱：{name}，您已逾期{days_overdue}天。持续逾期我司可能通过诉讼方式主张债权，诉讼结果以法院判决为准。",
         {"name": "王*业", "days_overdue": "55"}),
    _tpl("APP-PUSH", "app", "", "JC-PUSH-07", 60,
         "锦程消费金融：{name}，您的欠款{amount}元已逾期{days_overdue}天，我们会持续为您保留协商通道，回复“协商”即可预约回电。",
         {"name": "唐*", "amount": "2,760.00", "days_overdue": "60"}),
    _tpl("APP-PUSH", "app", "", "JC-PUSH-03", 10,
         "锦程消费金融：{name}，您已逾期{days_overdue}天。为保护您的隐私，我们只会与您本人沟通，请保持电话畅通。",
         {"name": "何*明", "days_overdue": "10"}),
    _tpl("APP-PUSH", "app", "", "YD-PUSH-05", 80,
         "易达分期：{name}，您的欠款{amount}元今天可享受一次性结清优惠，点击查看优惠金额。",
         {"name": "孙*萍", "amount": "38,600.00"}),
    _tpl("APP-PUSH", "app", "", "YD-PUSH-06", 92,
         "易达分期：{name}，您的账户即将转入诉讼前评估阶段，如您愿意协商，请于{due_date}前联系客服。",
         {"name": "吴*", "due_date": "2024-08-15"}),
    _tpl("APP-PUSH", "app", "", "AR-PUSH-04", 35,
         "安融小贷：{name}，请不要变卖个人物品或借新还旧，告诉我们您每月能还多少，我们一起制定计划。", {"name": "韩*"}),
    _tpl("APP-PUSH", "app", "", "AR-PUSH-05", 100,
         "安融小贷：{name}，您的账户已逾期{days_overdue}天，请于{due_date}前联系我们，逾期信息将继续按规定报送征信。",
         {"name": "郭*鹏", "days_overdue": "100", "due_date": "8月20日"}),
    _tpl("APP-PUSH", "app", "", "HS-PUSH-02", 5, "禾穗金融：{name}，本期{amount}元已逾期5天，小额也会影响信用，记得及时还款哦。",
         {"name": "陆*", "amount": "532.00"}),
    _tpl("APP-PUSH", "app", "", "HS-PUSH-04", 45,
         "禾穗金融：{name}，本笔借款由您本人申请并承担还款责任，我们不会向您的家人追讨，如有疑问请联系客服。", {"name": "马*"}),
)

# --- C. robot-call scripts and their hand-overs, to debtors and to contacts ---

_VIOLATING_C = (
    ("CALL-ROBOT", "call", "L",
     "坐席：您好这里是锦程消费金融智能语音请问是赵海涛先生吗\n客户：是\n"
     "坐席：您的借款已逾期四十五天根据系统判定您已构成恶意逃废债我司将移交公安机关立案侦查请在今天下午五点前还清"),
    ("CALL-ROBOT", "call", "LP",
     "坐席：这里是青澜市中级人民法院执行局语音通知请问是孙丽萍本人吗\n客户：法院\n"
     "坐席：您在易达分期的欠款纠纷已进入强制执行程序名下账户将被查封请按一号键转接执行员处理"),
    ("CALL-ROBOT", "call", "T",
     "坐席：您好这里是禾穗金融还款提醒请问是马俊先生吗\n客户：是我怎么了\n"
     "坐席：您的账单已逾期十二天如今天仍未还款系统将自动拨打您的紧急联系人和通讯录联系人进行还款提醒按一号键确认今日还款"),
    ("CALL-ROBOT", "call", "E",
     "坐席：您好这里是融屿借钱智能客服小融请问是冯静女士吗\n客户：嗯\n"
     "坐席：您逾期已满六十天按照最新流程您的欠款信息将在您户籍所在村委会公示栏进行公示如需撤销请按一号键"),
    ("CALL-ROBOT", "call", "I",
     "坐席：您好这里是安融小贷请问是韩磊吗\n客户：对\n"
     "坐席：韩磊您欠款一万二逾期九十天了您是不是觉得欠钱的是大爷啊这么没脸没皮的做法您家里人知道吗请今天还款"),
    ("CALL-ROBOT", "call", "V",
     "坐席：您好这里是易达分期请问是吴刚先生吗\n客户：是\n"
     "坐席：我们已经安排人员今晚到您家楼下蹲守您最好今天把钱还上免得见了面大家都难看"),
    ("CALL-ROBOT", "call", "R",
     "坐席：您好这里是禾穗金融智能助手请问是邓晓燕女士吗\n客户：是我我最近手头确实紧\n"
     "坐席：理解您的困难建议您通过信用卡取现或其他网贷平台周转先还清本笔欠款避免影响征信"),
    ("CALL-ROBOT", "call", "L",
     "坐席：喂你好这边是锦程消费金融的语音通知嗯你的借款已经逾期八十天了我们已经那个申请了拘传令下周就会有人来带你去法院如果想撤销请按一"),
    ("CALL-ROBOT", "call", "P",
     "坐席：您好这里是恒信资产管理公司受锦程消费金融委托来电请问是林晓东先生吗\n客户：是\n坐席：正在为您转接人工请稍候\n"
     "坐席：喂林晓东是吧我是北京正衡律师事务所的刘律师你这个案子已经转到我们律所了今天不处理就等着收律师函"),
    ("CALL-ROBOT", "call", "T",
     "坐席：这里是易达分期还款提醒你已经逾期二十三天了今天不还款的话我们就联系你单位领导还有人事让单位从你工资里扣\n客户：你敢"),
    ("CALL-ROBOT", "call", "@D",
     "坐席：您好这里是禾穗金融还款提醒请问您是杨志强的紧急联系人吗\n第三方：我是他姐姐\n"
     "坐席：杨志强在禾穗金融的借款三千六百元已逾期二十天请您转告他尽快还款谢谢"),
    ("CALL-ROBOT", "call", "@DLT",
     "坐席：您好这里是锦程消费金融请问是陈伟的父亲吗\n第三方：是啊什么事\n"
     "坐席：您儿子欠我们八千多已经逾期两个月了他不接电话您作为家长有义务替他还上不然我们天天打给您"),
    ("CALL-ROBOT", "call", "@D",
     "坐席：您好这里是易达分期智能客服请问是许梅的同事吗\n第三方：我是她同事怎么了\n"
     "坐席：许梅在易达分期的分期账单已经逾期三十二天麻烦您提醒她及时处理"),
    ("CALL-ROBOT", "call", "@DET",
     "坐席：您好这里是融屿借钱请问是锦绣花园物业吗\n第三方：是的\n"
     "坐席：贵小区住户王建业欠款逾期九十天拒不还款请物业在楼道张贴催款通知提醒其尽快处理"),
    ("CALL-SICHUAN", "call", "R",
     "坐席：喂是唐勇嘛我是易达分期的哈你这个钱拖了好久了嘛\n客户：莫得钱嘛\n"
     "坐席：莫得钱你屋头那个铺面不是还在嘛盘出去嘛或者找你老汉儿借点嘛先把这个窟窿补起"),
    ("CALL-CANTONESE", "call", "I",
     "坐席：喂陳先生呀你筆數拖咗成兩個月喇\n客户：我都話咗下個月還\n坐席：下個月下個月你個扑街講咗幾多次啦你係咪當我哋傻㗎"),
)

_COMPLIANT_C = (
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是锦程消费金融智能语音请问是赵海涛先生吗\n客户：是\n"
     "坐席：您的借款已逾期四十五天逾期期间按合同计收罚息如需协商还款请按一号键转接人工如已还款请忽略"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是易达分期还款提醒请问是孙丽萍女士本人吗\n客户：是我\n"
     "坐席：提醒您近期有人冒充法院执行局来电要求按键转账易达分期不会以法院名义联系您还款请只通过App操作"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是禾穗金融还款提醒请问是马俊先生吗\n客户：是我怎么了\n"
     "坐席：您的账单已逾期十二天今日还款可停止罚息继续增加按一号键获取还款链接按二号键申请延期"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是融屿借钱智能客服小融请问是冯静女士吗\n客户：嗯\n"
     "坐席：您已逾期六十天我们可以为您提供分期还款方案按一号键了解详情按二号键预约人工回电"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是安融小贷请问是韩磊先生吗\n客户：对\n"
     "坐席：韩先生您的欠款一万二千元已逾期九十天我们理解您可能遇到困难请您今天抽空联系我们商量一个可行的还款计划"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是易达分期请问是吴刚先生吗\n客户：是\n"
     "坐席：您的账户已逾期如您希望当面办理可预约到易达分期服务网点我们不会未经预约上门打扰"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是禾穗金融智能助手请问是邓晓燕女士吗\n客户：是我我最近手头确实紧\n"
     "坐席：理解您的困难请不要通过其他网贷或信用卡套现来还款这样只会加重负担按一号键为您转接人工申请延期"),
    ("CALL-ROBOT", "call", "",
     "坐席：喂你好这边是锦程消费金融的语音通知嗯你的借款已经逾期八十天了如果一直不还款我们可能会通过诉讼来处理最终以法院判决为准想协商的话请按一"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是恒信资产管理公司受锦程消费金融委托来电请问是林晓东先生吗\n客户：是你们是律所吗\n"
     "坐席：不是我们是催收服务机构不是律师事务所也不是法院我工号恒信零八二您可以致电锦程客服核实"),
    ("CALL-ROBOT", "call", "",
     "坐席：这里是易达分期还款提醒你已经逾期二十三天了今天不方便还款的话可以回拨这个号码申请下个月发工资后再还\n客户：那我发工资再还"),
    ("CALL-ROBOT", "call", "@",
     "坐席：您好请问您认识杨志强先生吗我们有重要事务需要与他本人联系\n第三方：认识我是他姐姐\n"
     "坐席：麻烦您转告他回拨四零零八二零六六幺三谢谢您打扰了"),
    ("CALL-ROBOT", "call", "@",
     "坐席：您好请问是陈伟的父亲吗我这边想找他本人确认一些事\n第三方：他不在家什么事跟我说\n"
     "坐席：不好意思涉及他个人事务只能跟他本人说麻烦您让他回个电话就行谢谢"),
    ("CALL-ROBOT", "call", "@",
     "坐席：您好打扰了请问许梅女士在吗\n第三方：她出去了我是她同事\n坐席：好的那我晚点再联系她本人不用转告什么谢谢您"),
    ("CALL-ROBOT", "call", "@",
     "坐席：您好是锦绣花园物业吗我们寄给贵小区一位住户的信件被退回了想确认一下十二栋二单元是否有人居住\n"
     "第三方：这个我们不能透露住户信息\n坐席：明白谢谢您打扰了"),
    ("CALL-SICHUAN", "call", "",
     "坐席：喂是唐勇嘛我是易达分期的哈你这个钱拖了好久了嘛\n客户：莫得钱嘛\n"
     "坐席：莫得钱也莫慌嘛你先说一个月能还好多我们一起商量个分期不要去找别个借钱哈"),
    ("CALL-CANTONESE", "call", "",
     "坐席：喂陳先生你好我係易達分期嘅客服你筆數拖咗兩個月喇\n客户：我都話咗下個月還你個扑街日日打嚟\n"
     "坐席：明白嘅陳先生我幫你記低下個月十號還款到時先再聯絡你"),
)

# --- D. sends re-addressed to family, colleagues, employers and neighbours ---

_VIOLATING_D = (
    ("SMS-3P", "sms", "@D", "【禾穗金融】张淑芬阿姨您好，您儿子李浩在我司借款4,800元已逾期35天，请您督促他尽快还款。"),
    ("SMS-3P", "sms", "@DLT",
     "【易达分期】王先生，您妻子刘敏欠我司一万三千元逾期三个月，她不还只能您来还，今天不处理我们天天打到您单位。"),
    _tpl("SMS-3P", "sms", "@D", "HS-3P-01", 40,
         "{contact_name}您好，{name}在禾穗金融的借款{amount}元已逾期{days_overdue}天，因无法联系到本人，烦请转告其尽快处理。"),
    ("SMS-3P", "sms", "@DT",
     "【锦程消费金融】赵经理您好，贵司员工周立强在我司欠款逾期，我司已多次联系未果，请贵司协助督促并从其当月工资中代扣8,600元。"),
    ("NOTICE-3P", "notice", "@DE",
     "告邻居书\n锦和小区3栋的邻居们：302室的刘宏伟在融屿借钱借款不还已逾期半年，大家见到他请提醒他还钱。\n融屿借钱贷后部"),
    ("SMS-3P", "sms", "@DI", "【安融小贷】小周，你表哥何军欠我们两万块跑了，这种白眼狼你们家还护着？让他赶紧还钱。"),
    ("SMS-3P", "sms", "@DTV", "【易达分期】吴女士，你丈夫欠的钱再不还，我们的人知道你在哪家超市上班，下班路上自己小心。"),
    ("SMS-3P", "sms", "@DLP", "【东湖区人民法院】钱小勇家属：钱小勇拖欠锦程消费金融借款一案已由本院受理，特此告知。"),
    ("SMS-3P", "sms", "@DT", "【易达分期】孙大爷，您孙子孙涛欠我们6,200元，您要是疼孙子就把您那养老存款先取出来帮他还了。"),
    ("EMAIL-3P", "email", "@D",
     "主题：关于贵司员工郑海燕逾期欠款的告知函\n人力资源部负责人：\n贵司员工郑海燕于2023年在我司借款，现欠款15,430元，"
     "已逾期76天。特此告知，请贵司知悉。\n融屿科技贷后管理部"),
    ("EMAIL-3P", "email", "@DT",
     "致：青岚科技有限公司人事行政部\n抄送：郭志鹏\n郭志鹏先生在安融小贷的借款已逾期120天，欠款本息合计28,900元。"
     "请贵部门于本周五前约谈郭志鹏并反馈其还款计划，否则我司将每日致电贵部门。"),
    ("SMS-3P", "sms", "@D",
     "【锦程消费金融】尊敬的陈女士，您作为借款人何晓明的紧急联系人，现通知您：何晓明借款9,320元已逾期52天，请提醒其尽快还款。"),
    _tpl("APP-3P", "app", "@D", "JC-3P-04", 52,
         "锦程消费金融：{contact}您好，{name}的分期账户已逾期{days_overdue}天，因多次联系未果，请您代为转告其登录App处理。",
         {"contact": "何*丽", "name": "何*明", "days_overdue": "52"}),
    ("CALL-ASR", "call", "@DI",
     "坐席：喂你好是那个周立强的同事吧\n第三方：对你哪位\n"
     "坐席：我易达分期的啊你们那个周立强欠钱不还整个一老赖你跟他说让他赶紧把钱还了别在单位装人样"),
    ("APP-3P", "app", "@DET",
     "【群公告】各位亲友：王建业（身份证尾号2216）在融屿借钱借款逾期九十天，经多次催收仍拒不还款，请大家监督转告。——融屿借钱"),
    ("CALL-AGENT", "call", "@D",
     "坐席：您好我是禾穗金融的催收专员小刘请问您是杨志强的姐姐吗\n第三方：是的他怎么了\n"
     "坐席：他在我们这借了三千六逾期快一个月了您知道吗\n第三方：不知道啊\n坐席：那麻烦您跟他说一声"),
    ("CALL-AGENT", "call", "@DTV",
     "坐席：你是韩磊他老婆吧\n第三方：你谁啊\n坐席：安融小贷的你老公欠我们一万二跑了你们家住幸福里六栋吧孩子在附近上学吧\n"
     "第三方：你想干嘛\n坐席：不想干嘛让他今天把钱转了"),
)

_COMPLIANT_D = (
    ("SMS-3P", "sms", "@", "您好，有一件重要事务需李浩先生本人处理，烦请转告他回电400-820-6613，谢谢。"),
    ("SMS-3P", "sms", "@", "王先生您好，打扰了，我们联系不上刘敏女士，如方便请转告她回拨0571-8890-2211，具体事宜我们只与她本人沟通。"),
    _tpl("SMS-3P", "sms", "@", "HS-3P-02", 40,
         "您好，我们是{name}预留联系人的回访专员，仅需确认其最新联系方式，如您方便请告知其回电，无需您处理任何事项。"),
    ("SMS-3P", "sms", "@",
     "赵经理您好，我们想和周立强先生本人联系一件私事，他的手机一直打不通，能否麻烦您告诉他回个电话？不需要您转达其他内容，谢谢。"),
    ("NOTICE-3P", "notice", "@",
     "温馨提示\n锦和小区物业服务中心：近期有人冒充金融机构工作人员在小区张贴“欠款公告”，此类公告未经物业同意，发现请拨打物业电话处理。"),
    ("SMS-3P", "sms", "@", "小周你好，打扰了，想请你帮忙问问你表哥何军最近换号码了没有，有件事需要他本人处理，让他回电就行。"),
    ("SMS-3P", "sms", "@", "吴女士您好，我们在联系您丈夫处理一件个人事务，如果他方便，请让他回个电话，打扰了。"),
    ("SMS-3P", "sms", "@",
     "青岚科技人事部您好：我司寄给贵司员工钱小勇的个人信件因地址不详被退回，可否请其本人与我们联系？信件内容不便透露。"),
    ("SMS-3P", "sms", "@", "孙大爷您好，打扰您了，我们找孙涛有点事，您要是见着他，让他给我们回个电话就行，别的您不用管。"),
    ("EMAIL-3P", "email", "@",
     "主题：联系方式核实\n您好：\n我们需要与贵司员工郑海燕女士本人联系一项个人事务，烦请将本邮件转交本人，"
     "她可拨打400-733-5120与我们联系。其他信息仅向本人说明。\n客户服务中心"),
    ("EMAIL", "email", "",
     "郭志鹏先生：\n您在安融小贷的借款已逾期120天，欠款本息合计28,900元。本函仅发送给您本人，未抄送任何第三方。"
     "如需协商，请于本周五前回复本邮件或致电400-733-5120。\n安融小贷贷后管理部"),
    ("SMS-3P", "sms", "@", "陈女士您好，我们需要联系何晓明先生本人，他留的号码停机了，麻烦您转告他回电，谢谢配合。"),
    ("CALL-ASR", "call", "@",
     "坐席：喂您好请问是周立强先生吗\n第三方：不是我是他同事他今天出差了\n坐席：好的那不打扰了我们改天再联系他本人谢谢"),
    ("APP-PUSH", "app", "",
     "【禾穗金融】提醒：我们不会在任何微信群、朋友圈公开用户的借款信息，如您收到此类“群公告”，可通过App投诉渠道举报。"),
    ("CALL-AGENT", "call", "@",
     "坐席：您好请问您是杨志强的家人吗\n第三方：我是他姐姐\n坐席：打扰了我们找他本人有点事麻烦他方便时回个电话就行\n"
     "第三方：什么事啊\n坐席：不好意思具体得跟他本人说谢谢您"),
    ("CALL-AGENT", "call", "@",
     "坐席：您好请问韩磊先生在家吗\n第三方：他不在我是他爱人\n坐席：好的打扰了我们再联系他本人您不用转告别的谢谢"),
)

# --- E. stage letters and e-mails: demand notices, handover letters, write-off notices, visit notices ---

_VIOLATING_E = (
    ("NOTICE", "notice", "LP",
     "律师函\n（2024）正衡律函字第0612号\n致：林晓东先生\n北京正衡律师事务所接受锦程消费金融有限公司委托，现函告如下：你拖欠借款本息合计"
     "23,480元，已涉嫌合同诈骗。本所已将相关材料提交公安机关，若收函后三日内未还清，将依法追究你的刑事责任。\n"
     "承办律师：刘振华\n2024年7月3日"),
    ("NOTICE", "notice", "L",
     "催收通知书\n编号：HS-CS-20240715-0088\n借款人：马俊\n欠款金额：6,720.00元 逾期天数：58天\n"
     "您的行为已构成恶意拖欠，我司已向法院申请对您采取司法拘留措施，并将在征信系统中永久标注失信记录，影响子女入学、参军及公务员政审。\n"
     "请于2024年7月25日前还款。\n禾穗金融贷后管理部"),
    ("NOTICE", "notice", "E",
     "欠款催告书（外访张贴版）\n住户冯静：你在融屿借钱的欠款已逾期六十天，现将本催告书张贴于你家门口及单元门，望周知。\n融屿借钱外访组"),
    ("EMAIL", "email", "I",
     "主题：最后一次提醒\n何军：\n说实话我催收这么多年，没见过你这么不要脸的。借钱的时候一口一个哥，现在电话不接短信不回，"
     "你就是个彻头彻尾的骗子。欠款21,600元今天处理。\n安融小贷 催收专员 老孟"),
    ("EMAIL", "email", "R",
     "主题：还款方案建议\n郑女士：\n您的欠款15,430元已逾期76天。我们为您整理了几个可以快速下款的平台（见附件），"
     "您可以选一两个借出来先结清我司欠款，这样我司可以停止上报。\n融屿科技贷后管理部"),
    ("NOTICE", "notice", "TV",
     "上门催收通知\n吴刚：\n我司外访组将于本周六上午九点到你家（翠屏路88号）上门，你不在的话就在门口等，等到你回来为止。"
     "你老婆孩子在家也行，我们跟她们聊。\n易达分期外访组"),
    ("NOTICE", "notice", "LP",
     "青澜市东湖区人民法院\n诉前调解通知书\n（2024）东法调字第3317号\n赵海涛：锦程消费金融有限公司诉你借款合同纠纷一案已立案，"
     "请于7月30日前到恒信资产管理公司调解室（青澜大道316号）处理，逾期不到将缺席判决并列入失信名单。"),
    ("NOTICE", "notice", "L",
     "债务核销通知\n韩磊：你在安融小贷的欠款已于2024年6月核销。核销不代表债务消灭，按照相关规定，核销债务将转为不良记录由你的子女继承，"
     "影响其升学就业。\n安融小贷"),
    ("EMAIL", "email", "ET",
     "主题：关于抄送贵单位的告知\n郭先生：\n鉴于您长期拖欠，我司将于下周一起将催收函抄送贵单位人事部，"
     "并在贵公司官网留言板及行业群发布您的欠款信息。\n安融小贷"),
    ("NOTICE", "notice", "R",
     "还款协商函\n孙丽萍：你名下那套房子现在估价一百二十多万，建议尽快办理二次抵押或直接出售，用于一次性结清我司欠款38,600元。\n易达分期"),
    ("EMAIL", "email", "LP",
     "主题：中国人民银行征信中心 不良记录确认函\n冯静女士：\n本中心已收到融屿借钱对您的不良记录报送，若您在3日内未结清欠款，"
     "本中心将对您的记录作永久保留并同步至公安系统。\n中国人民银行征信中心（此邮件由系统发出）"),
    ("NOTICE-3P", "notice", "@DE",
     "告村民书\n幸福村的乡亲们：本村村民唐勇在易达分期借款不还已逾期半年，欠款近三万元，此人失信于民，望乡亲们监督劝诫。\n易达分期贷后部"),
)

_COMPLIANT_E = (
    ("NOTICE", "notice", "",
     "委托处理告知函\n编号：JC-WT-2024-0612\n林晓东先生：\n您在锦程消费金融的借款本息合计23,480元，已逾期95天。"
     "我司拟委托律师事务所就本笔借款代理诉讼事宜，届时受托律所将以其名义与您联系，您可致电我司400-690-2288核实其身份。"
     "在起诉前您仍可与我司协商还款。\n锦程消费金融有限公司 2024年7月3日"),
    ("NOTICE", "notice", "",
     "催收通知书\n编号：HS-CS-20240715-0089\n借款人：马俊（身份证尾号0417）\n欠款金额：6,720.00元（本金6,000元，利息及罚息720元）"
     " 逾期天数：58天\n请于2024年7月25日前通过禾穗金融App或对公账户还款。逾期信息已按规定报送征信，如持续逾期，"
     "我司保留依法起诉的权利。如有异议请于7日内致电400-820-6613。\n禾穗金融贷后管理部（盖章）2024年7月15日"),
    ("NOTICE", "notice", "",
     "催收函（邮寄）\n冯静女士：\n您在融屿借钱的借款已逾期六十天，欠款4,980元。本函以密封信件寄至您本人，请于收到后十日内联系我们。"
     "如您已还款，请忽略本函。\n融屿科技贷后管理部"),
    ("EMAIL", "email", "",
     "主题：还款提醒\n何军先生：\n我们多次电话未能联系到您，理解您可能有不便。您在安融小贷的欠款21,600元仍待处理，"
     "若有困难，我们可以讨论分期或减免部分罚息。期待您的回复。\n安融小贷 催收专员 孟凡"),
    ("EMAIL", "email", "",
     "主题：还款方案建议\n郑女士：\n您的欠款15,430元已逾期76天。根据您的情况，我们准备了两套方案：一是分12期偿还，免除部分罚息；"
     "二是一次性结清可减免15%。请勿为还款向其他平台借款。\n融屿科技贷后管理部"),
    ("NOTICE", "notice", "",
     "面谈预约通知\n吴刚先生：\n如您希望当面沟通还款事宜，可于工作日9:00-17:00到易达分期青澜服务中心（青澜大道200号）办理，"
     "请提前一天致电预约。我司不会在未经您同意的情况下上门。\n易达分期"),
    ("NOTICE", "notice", "",
     "反诈提示\n尊敬的客户：近期有不法分子伪造“法院诉前调解通知书”，要求借款人到指定“调解室”或向个人账户转账。"
     "锦程消费金融提醒您：法院文书可通过12368诉讼服务热线核实，请勿轻信。\n锦程消费金融有限公司"),
    ("NOTICE", "notice", "",
     "债务核销说明\n韩磊先生：\n您在安融小贷的欠款已于2024年6月按内部规定核销。核销是我司的内部财务处理，不免除您的还款义务，"
     "也不涉及您的家人。您仍可申请结清，结清后我司将更新征信报送。\n安融小贷"),
    ("EMAIL", "email", "",
     "主题：关于您的账户\n郭先生：\n鉴于您的账户已逾期120天，我司将于下周起安排专人与您本人电话沟通，相关信息不会透露给您的单位或同事。"
     "如您希望改用邮件沟通，请回复本邮件说明。\n安融小贷"),
    ("NOTICE", "notice", "",
     "还款协商函\n孙丽萍女士：\n您的欠款38,600元已逾期93天。我们不要求您变卖或抵押房产，您可申请按月还款，"
     "每月还款额可根据您的收入协商确定。\n易达分期"),
    ("EMAIL", "email", "",
     "主题：征信异议处理结果\n冯静女士：\n您对融屿借钱报送的逾期记录提出的异议已核实。经查，2024年3月的一期记录因系统原因报送有误，"
     "我司已申请更正，预计20个工作日内生效。\n融屿科技客户服务中心"),
    ("NOTICE", "notice", "",
     "书面联系函\n唐勇先生：\n我们多次联系未果，本函寄至您的户籍地址，仅由您本人拆阅。请于收到后7日内与我们联系，"
     "我们会为您保留协商还款的机会。\n易达分期"),
)

# --- F. the in-app service desk and agents' calls answering the debtor's replies ---

_VIOLATING_F = (
    ("APP-CHAT", "app", "I", "客户：你们天天打烦不烦\n在线客服：烦？欠钱的人还嫌烦，你有脸说这话？老赖就是老赖"),
    ("APP-CHAT", "app", "L", "客户：我下个月还行吗\n在线客服：不行，您的案件今天就会移交经侦，下个月您就在看守所里过了"),
    ("APP-CHAT", "app", "T", "客户：我真的没钱\n在线客服：没钱就让你哥你姐出，他们的电话我们都有，我现在就打"),
    ("APP-CHAT", "app", "R",
     "客户：这个月工资还没发\n在线客服：工资没发可以先用花呗或者信用卡套一下，套出来还我们，等发工资再还信用卡"),
    ("APP-CHAT", "app", "E", "客户：别催了我会还的\n在线客服：会还？那我们先把你的欠款信息发到你们小区业主群里，什么时候还了什么时候撤"),
    ("APP-CHAT", "app", "V", "客户：你们想怎样\n在线客服：不想怎样，就是提醒你，你家那辆白色途观停在B2车库对吧，车胎别被扎了"),
    ("APP-CHAT", "app", "LP", "客户：你们到底是谁\n在线客服：我是青澜市公安局网安大队民警，你的网贷欠款已被列为重点案件，马上还款"),
    ("APP-CHAT", "app", "IL",
     "客户：我老婆住院了能不能缓缓\n在线客服：住院关我们什么事，少拿这种借口糊弄，再拖就让你去吃牢饭，你这种人就是社会败类"),
    ("CALL-HENAN", "call", "IT",
     "坐席：喂恁是郭建设不是\n客户：是咋了\n坐席：咋了恁欠钱不还还问咋了恁这货真是个孬种\n客户：你骂谁呢\n"
     "坐席：骂你咋了明儿我就给恁村支书打电话叫他评评理"),
    ("CALL-ASR", "call", "R",
     "坐席：喂刘女士那个你这个钱啊今天必须得凑凑凑出来\n客户：我去哪凑啊\n"
     "坐席：你去那个就是那个网上找个那个下款快的平台嘛或者你那个金镯子拿去当了"),
    ("CALL-AGENT", "call", "EL",
     "坐席：王先生我们给你发了很多次短信了\n客户：我看到了\n坐席：看到不还那好我们这边已经把你的照片做成了通缉令样式的海报准备发朋友圈"),
    ("CALL-AGENT", "call", "V",
     "坐席：你好我恒信资产的你欠锦程的钱打算什么时候还\n客户：我不还你能咋的\n坐席：能咋的我们的人现在就在你公司楼下你下来我们当面聊聊"),
    ("CALL-AGENT", "call", "LP",
     "坐席：喂你好我是东湖区法院的书记员小张你跟锦程消费金融的案子今天要做个电话笔录\n客户：法院\n坐席：对你现在还款的话我们可以撤案"),
    ("CALL-AGENT", "call", "L",
     "坐席：您好我是禾穗金融的催收专员工号二零三您这笔欠款逾期一百天了\n客户：我知道\n"
     "坐席：按我们法务的说法已经构成信用卡诈骗罪了您要是不还您老公也得跟着坐牢"),
)

_COMPLIANT_F = (
    ("APP-CHAT", "app", "",
     "客户：你们天天打烦不烦！！！骗子公司\n在线客服：非常抱歉给您带来困扰，我们已将您的联系频率调整为每周一次，您也可以直接在这里留言告知还款时间。"),
    ("APP-CHAT", "app", "",
     "客户：我下个月还行吗\n在线客服：可以的，我帮您提交延期申请，延期期间按合同计息，审批结果会以短信通知您本人。"),
    ("APP-CHAT", "app", "",
     "客户：我真的没钱，你们再打我就去投诉\n在线客服：收到，已为您登记投诉意向，您可以通过App“投诉建议”提交，我们也可以先为您暂停外呼三天。"),
    ("APP-CHAT", "app", "",
     "客户：这个月工资还没发，要不我先用信用卡套现还你们？\n在线客服：不建议您这样做，套现会产生更多费用。您可以先还最低还款额，剩余部分等工资发放后再还。"),
    ("APP-CHAT", "app", "",
     "客户：别催了我会还的！！你们这群吸血鬼\n在线客服：理解您的心情，那我们约定一个还款日期好吗？约定后在此之前不再电话提醒。"),
    ("APP-CHAT", "app", "",
     "客户：你们想怎样，我都快被逼死了\n在线客服：您先别着急，我们没有任何要逼您的意思。如果您现在情绪很糟糕，可以先休息，"
     "我们明天再沟通，需要的话也可以拨打心理援助热线12356。"),
    ("APP-CHAT", "app", "",
     "客户：你们到底是谁？是不是骗子\n在线客服：我们是禾穗金融官方在线客服，您可以在App“我的-官方客服”入口核实，我们不会要求您向个人账户转账。"),
    ("APP-CHAT", "app", "",
     "客户：我老婆住院了能不能缓缓\n在线客服：真的很抱歉听到这个消息，请先照顾好家人。我为您申请60天的困难延期，期间不收罚息，需要您上传一份住院证明即可。"),
    ("CALL-HENAN", "call", "",
     "坐席：喂恁好是郭建设先生不是我是易达分期的小张\n客户：是咋了又来催恁烦不烦\n"
     "坐席：不好意思打扰恁了就是跟恁说一下这个月账单到期了恁看啥时候方便还\n客户：过两天再说\n坐席：中那我过两天再给恁打"),
    ("CALL-ASR", "call", "",
     "坐席：喂刘女士那个就是关于你这个钱啊你看今天能凑出来多少\n客户：凑不出来我去借网贷还你们行不行\n"
     "坐席：那个那个别别网贷别去借啊利息高你就按你能还的来我们给你申请分期"),
    ("CALL-AGENT", "call", "",
     "坐席：王先生我们给你发了好几次短信了\n客户：我看到了你们再发我就拉黑\n坐席：好的理解那我们先不发了您看方便的话告诉我们一个还款时间我们记录下来"),
    ("CALL-AGENT", "call", "",
     "坐席：您好我是恒信资产管理公司受锦程消费金融委托来电工号幺零七您的欠款打算什么时候处理\n客户：我不还你能咋的\n"
     "坐席：还款是您的合同义务如果长期不还锦程可能会通过诉讼解决我们还是希望跟您协商出一个方案"),
    ("CALL-AGENT", "call", "",
     "坐席：您好我是锦程消费金融的客服请问是何女士本人吗\n客户：你们是不是又要说法院起诉我\n"
     "坐席：没有的目前您的账户还没有进入诉讼我们只是提醒您还款如有困难可以申请分期"),
    ("CALL-AGENT", "call", "",
     "坐席：您好我是禾穗金融的催收专员工号二零三您这笔欠款逾期一百天了\n客户：我知道我老公下岗了\n"
     "坐席：明白那我们这边可以给您暂停罚息三个月您先缓一缓等情况好一点再说"),
    ("CALL-AGENT", "call", "",
     "坐席：您好我是融屿借钱的客服小周请问是王建业先生吗\n客户：是又怎样再打电话老子弄死你\n"
     "坐席：王先生请您冷静我们只是提醒您账单已逾期如果您不方便我可以换个时间再联系"),
    ("APP-CHAT", "app", "",
     "客户：你们这帮放高利贷的等着吧我要去投诉你们\n在线客服：您有权进行投诉，投诉渠道包括本App“投诉建议”及国家金融监督管理总局12378热线，我们会配合处理。"),
    ("APP-CHAT", "app", "",
     "客户：我失业三个月了\n在线客服：很遗憾听到这个情况，您可以申请“困难客户还款计划”，最长可延期6个月，需要提供失业证明或社保停缴记录。"),
    ("APP-CHAT", "app", "",
     "客户：有个自称你们律师的人加我微信要我转账\n在线客服：感谢您的提醒，那不是我们的工作人员。禾穗金融不会通过微信私下收款，请不要转账，可以拨打96110反诈热线。"),
)

# --- G. single agents' edits: a PS, a signature swapped, a sarcastic rewrite ---

_VIOLATING_G = (
    _tpl("SMS-AGENT", "sms", "V", "HS-M2-03", 44,
         "【禾穗金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。PS：你老妈一个人在清河镇住着挺不容易的，我们的人昨天还去看过她。",
         {"name": "邓*燕", "amount": "5,080.00", "days_overdue": "44"}),
    ("SMS-AGENT", "sms", "V", "【易达分期】唐勇，听说你在城东物流园上夜班，十二点下班是吧？那条路没路灯，今晚把钱还了吧。"),
    ("SMS-AGENT", "sms", "V",
     "吴刚，你家楼下那辆电动车是你的吧，明天还是不接电话，我们兄弟几个就在你家门口等着，不见不散。——易达外访 老铁"),
    ("CALL-ASR", "call", "V",
     "坐席：喂孙丽萍你不接电话是吧没关系我们的人下午去你女儿学校门口接她放学顺便问问你的事\n客户：你们敢动我女儿试试"),
    _tpl("SMS-AGENT", "sms", "V", "AR-M3-04", 130, "{name}，你欠的{amount}元我们不催了，以后换一种方式跟你算，走夜路多注意。"),
    _tpl("SMS-AGENT", "sms", "R", "JC-M1-06", 24,
         "【锦程消费金融】{name}，您的{amount}元已逾期{days_overdue}天。专员温馨提示：可以去献血或者捐卵领营养补贴，先把这期还上。",
         {"name": "钟*", "amount": "2,975.30", "days_overdue": "24"}),
    ("SMS-AGENT", "sms", "R", "【安融小贷】何军，你名下那辆哈弗H6押了能借三万多，我认识做车贷的朋友，今天办今天放款，正好把我们的结了。"),
    ("SMS-AGENT", "sms", "R", "【融屿借钱】冯静您好，推荐您使用“速融钱包”，凭邀请码FR2217申请，下款后优先偿还融屿欠款，不影响征信。"),
    _tpl("SMS-AGENT", "sms", "R", "YD-M2-04", 50,
         "{name}您好，欠款{amount}元已逾期{days_overdue}天。实在没钱，父母的养老钱、孩子的压岁钱先挪一挪，或者把房子挂出去卖了。"),
    _tpl("APP-PUSH", "app", "R", "RY-PUSH-M2c", 42,
         "融屿借钱：{name}，您的额度已失效，但合作平台“金橙花”仍可借款，最高2万，借来还融屿，一键搞定！", {"name": "姜*"}),
    ("SMS-AGENT", "sms", "E", "【锦程消费金融】赵海涛，您的欠款信息将于明天上午在您单位附近的公交站广告牌展示，请尽快处理。"),
    ("SMS-AGENT", "sms", "E",
     "【易达分期】孙涛，我们已经把你的借款合同和身份证复印件发给你们乡镇的公众号，明天推送，标题叫《90后小伙借钱不还玩失踪》。"),
    _tpl("SMS-AGENT", "sms", "E", "HS-M3-06", 80,
         "【禾穗金融】{name}，您逾期{days_overdue}天未处理，我司将在您孩子就读学校的家长群发布催款提醒。",
         {"name": "刘*伟", "days_overdue": "80"}),
    _tpl("APP-PUSH", "app", "EI", "HS-PUSH-09", 150,
         "禾穗金融：{name}，您已被列入“青澜市老赖红黑榜”，头像将在万达广场LED屏循环播放，结清后撤榜。", {"name": "马*"}),
    ("SMS-AGENT", "sms", "LP",
     "【青澜市东湖区人民检察院】马俊，你涉嫌的信用卡诈骗一案已由公安机关移送审查起诉，如在3日内退还禾穗金融欠款6,720元可申请不起诉。"),
    ("SMS-AGENT", "sms", "P",
     "【青澜市司法局】调解通知：韩磊，安融小贷与你的债务纠纷已提交本局人民调解委员会，请于7月26日前联系调解员还款。"),
    ("APP-CHAT", "app", "P",
     "客户：你到底是哪个单位的\n在线客服：我是青澜市金融办派驻融屿借钱的监管专员，现在以政府名义通知你限期还款"),
    ("CALL-AGENT", "call", "LP",
     "坐席：喂周明吗我是城南派出所的民警你那个网贷的事情平台已经报案了\n客户：报案\n坐席：对你现在把钱还了我这边就帮你撤了"),
    ("SMS-AGENT", "sms", "I", "【融屿借钱】王建业，你这种人渣借钱的时候比谁都积极，还钱的时候比死人还安静。"),
    _tpl("SMS-AGENT", "sms", "I", "JC-M1-09", 16,
         "{name}先生，恭喜您成为本月逾期之星！{amount}元都能拖{days_overdue}天，您这脸皮我们全组都佩服。"),
    ("CALL-CANTONESE", "call", "I",
     "坐席：喂何生你筆錢到底還唔還\n客户：我而家冇工開\n坐席：冇工開就去搵啦你個廢柴成日喺屋企瞓覺梗係冇錢啦"),
    ("APP-CHAT", "app", "I", "客户：能不能少还点\n在线客服：少还？你当这是菜市场砍价？穷鬼就别借钱"),
    ("CALL-DONGBEI", "call", "IV",
     "坐席：哎刘老四你个瘪犊子还躲呢\n客户：我没躲\n坐席：没躲你媳妇儿咋说你不在家我们哥几个明儿一早就到你家炕头上等你"),
    ("SMS-AGENT", "sms", "V", "【恒信资产】林晓东，锦程的账已经转到我们手上了，我们不像银行那么讲规矩，你每天几点出门我们都清楚。"),
)

_COMPLIANT_G = (
    _tpl("SMS-AGENT", "sms", "", "HS-M2-03", 44,
         "【禾穗金融】{name}，您的欠款{amount}元已逾期{days_overdue}天。如您家中有老人需要照顾、收入受影响，可申请家庭困难延期，我们会为您保密。",
         {"name": "邓*燕", "amount": "5,080.00", "days_overdue": "44"}),
    ("SMS-AGENT", "sms", "", "【易达分期】唐勇先生，了解到您上夜班不方便接电话，之后我们会在下午两点到五点之间联系您，也可以回复本短信约定时间。"),
    ("SMS-AGENT", "sms", "",
     "吴刚先生您好，我是易达分期的专员周海，电话联系不上您，想请您回个电话或回复短信，咱们商量一下还款安排，不着急今天。"),
    ("CALL-ASR", "call", "",
     "坐席：喂孙丽萍女士您好我是易达分期的专员\n客户：你们别打了我女儿要中考了家里事多\n"
     "坐席：明白那这段时间我们尽量不打扰中考结束后我们再联系您您看可以吗"),
    _tpl("SMS-AGENT", "sms", "", "AR-M3-04", 130,
         "{name}，您欠款{amount}元，我司今后将主要通过书面方式与您沟通，如您希望电话沟通请回复“电话”。"),
    _tpl("SMS-AGENT", "sms", "", "JC-M1-06", 24,
         "【锦程消费金融】{name}，您的{amount}元已逾期{days_overdue}天。专员提醒：请勿为还款变卖个人物品或寻求非正规借款，我们可以为您调整还款计划。",
         {"name": "钟*", "amount": "2,975.30", "days_overdue": "24"}),
    ("SMS-AGENT", "sms", "", "【安融小贷】何军先生，您提到想抵押车辆借款来还款，我们不建议这样做。您可以先申请3期分期，月供约2,100元。"),
    ("SMS-AGENT", "sms", "", "【融屿借钱】冯静您好，近期有短信冒用融屿名义推荐“代还”“周转”平台，融屿从未与任何代还机构合作，请勿点击链接。"),
    _tpl("SMS-AGENT", "sms", "", "YD-M2-04", 50,
         "{name}您好，欠款{amount}元已逾期{days_overdue}天。我们理解家庭开支的压力，请按您的实际能力提出还款计划，不必向家人借钱。"),
    _tpl("APP-PUSH", "app", "", "RY-PUSH-M2c", 42,
         "融屿借钱：{name}，您的借款额度因逾期已暂停，结清后可重新评估，暂不支持新的借款申请。", {"name": "姜*"}),
    ("SMS-AGENT", "sms", "", "【锦程消费金融】赵海涛先生，我司已收到您提交的还款计划，首期1,200元将于8月5日自动扣款，请保持账户余额充足。"),
    ("SMS-AGENT", "sms", "", "【易达分期】孙涛先生，您的借款合同及还款记录可在App“我的合同”中查看，我司不会向任何第三方提供您的合同或身份信息。"),
    _tpl("SMS-AGENT", "sms", "", "HS-M3-06", 80,
         "【禾穗金融】{name}，您已逾期{days_overdue}天。我们只会与您本人联系，不会联系您孩子的学校或任何家长群，如收到此类信息请向我们举报。",
         {"name": "刘*伟", "days_overdue": "80"}),
    _tpl("APP-PUSH", "app", "", "HS-PUSH-09", 150,
         "禾穗金融：{name}，您的账户已逾期较长时间，结清后我司将按规定更新征信报送，您可在App查看结清减免方案。", {"name": "马*"}),
    ("SMS-AGENT", "sms", "",
     "【禾穗金融】马俊先生，提醒您：借款逾期属于民事纠纷，如有人自称检察院、公安要求您转账“撤案”，均为诈骗，请拨打110或96110核实。"),
    ("SMS-AGENT", "sms", "", "【安融小贷】韩磊先生，如您对欠款有争议，可向当地金融消费纠纷调解组织申请调解，我司将积极配合。"),
    ("APP-CHAT", "app", "",
     "客户：你到底是哪个单位的\n在线客服：我是融屿借钱的官方在线客服，工号RY0617，融屿是持牌小额贷款机构，不代表任何政府部门。"),
    ("CALL-AGENT", "call", "",
     "坐席：喂周明先生您好我是快易花的贷后专员工号二四八\n客户：你们是不是报警了\n"
     "坐席：没有的您这是正常的借款逾期属于民事范畴我们只是跟您协商还款的事"),
    ("SMS-AGENT", "sms", "", "【融屿借钱】王建业先生，您的欠款已逾期90天。我们仍希望与您协商，如您回复，我们可以为您减免部分罚息。"),
    _tpl("SMS-AGENT", "sms", "", "JC-M1-09", 16, "{name}先生，您的{amount}元已逾期{days_overdue}天，本月还款可免除当期罚息，详情请咨询客服。"),
    ("CALL-CANTONESE", "call", "",
     "坐席：喂何生你好我係安融小貸嘅客服想同你傾下筆數\n客户：我而家冇工開\n坐席：明白嘅咁我哋可以幫你申請延期三個月等你搵到工先再還"),
    ("APP-CHAT", "app", "",
     "客户：能不能少还点\n在线客服：可以帮您申请减免，一次性结清的话罚息部分最多可减免50%，需要审批，大约两个工作日出结果。"),
    ("CALL-DONGBEI", "call", "",
     "坐席：哎刘老四大哥我易达分期小王啊这事儿咱得唠唠\n客户：我没躲啊我这两天在外地干活\n"
     "坐席：那行大哥你干完活回来给我回个电话咱把这个月的定下来就行"),
    ("SMS-AGENT", "sms", "",
     "【恒信资产】林晓东先生，您好！受锦程消费金融委托，本公司将协助处理您的欠款事宜。我们的工作时间为9:00-20:00，"
     "如对委托有疑问可致电锦程客服400-690-2288核实。"),
)

# --- H. late-stage and handover sends: relatives pressed, rollover pitched, courts and regulators posed as ---

_VIOLATING_H = (
    ("CALL-AGENT", "call", "@DTV",
     "坐席：喂是吴刚他妈吧\n第三方：是啊你们是谁\n"
     "坐席：易达分期的你儿子欠我们两万多不还你跟他说我们的人天天在你们村口转悠让他小心点"),
    ("SMS-3P", "sms", "@DRT",
     "【安融小贷】何晓丽女士，您弟弟何军在我司的借款21,600元逾期已久，您作为姐姐，可以用您的信用卡或借呗帮他先还上。"),
    ("EMAIL-3P", "email", "@DLPT",
     "主题：协助执行通知书\n青岚科技有限公司财务部：\n根据青澜市东湖区人民法院（2024）东执字第2281号，请贵司自本月起扣留员工郭志鹏"
     "工资中的3,000元，转入安融小额贷款有限公司账户。\n东湖区人民法院执行局"),
    ("CALL-ROBOT", "call", "R",
     "坐席：您好这里是融屿借钱请问是王建业先生吗\n客户：是\n"
     "坐席：检测到您的逾期金额较大已为您匹配合作机构借款额度三万元按一号键立即申请资金将直接用于结清本笔欠款"),
    ("CALL-AGENT", "call", "R",
     "坐席：林先生我跟你讲啊你现在就两条路\n客户：哪两条\n坐席：一是把你那套学区房抵押出去二是找你朋友圈里有钱的挨个借借到了先还我们"),
    ("CALL-SHANGHAI", "call", "R",
     "坐席：喂侬是陈先生伐侬这笔钞票拖了交关辰光了\n客户：阿拉屋里厢真个呒没钞票\n坐席：呒没钞票侬手机浪向借呗微粒贷开开出来好伐先还脱阿拉"),
    ("SMS-AGENT", "sms", "R", "【易达分期】吴刚，别硬撑了，网上有那种收肾的，一个肾三十万，够你还十次了，我可以给你介绍。"),
    ("CALL-AGENT", "call", "E",
     "坐席：王建业你是不打算还了是吧\n客户：有钱就还\n坐席：行那我们就去你老家村委会门口拉个横幅写上你名字让全村都知道你欠钱不还"),
    ("APP-CHAT", "app", "E",
     "在线客服：您好，您的逾期账单已同步至“失信曝光”小程序，任何人搜索您的手机号都能看到欠款记录。\n客户：你们这是违法的\n"
     "在线客服：违不违法您还了钱再说"),
    _tpl("SMS-AGENT", "sms", "E", "AR-M3-07", 98,
         "{name}，逾期{days_overdue}天，我司将于{due_date}将你的欠款海报寄送至你的户籍所在村委会并张贴。"),
    ("CALL-ROBOT", "call", "LP",
     "坐席：这里是国家金融监督管理总局消费者权益保护热线请问是赵海涛先生吗\n客户：是的\n"
     "坐席：我们接到锦程消费金融的报告您存在恶意逃废债行为请在今天内还款否则我局将对您进行行政处罚"),
    ("SMS-AGENT", "sms", "LP",
     "【青澜仲裁委员会】裁决通知：易达分期与孙丽萍借款纠纷一案已作出裁决，孙丽萍须于3日内偿还38,600元，逾期将移送法院强制执行。"),
    ("CALL-ROBOT", "call", "P",
     "坐席：您好这里是恒信资产管理公司请问是周立强先生吗\n客户：是\n坐席：正在为您转接人工\n"
     "坐席：喂周立强你好我是正衡律师事务所的张律师你这个案子现在由我代理你今天必须给个答复\n客户：你真是律师吗\n坐席：这你不用管"),
    ("CALL-ROBOT", "call", "I",
     "坐席：您好这里是禾穗金融请问是刘宏伟吗\n客户：是\n"
     "坐席：刘宏伟您好恭喜您连续逾期三个月荣获本平台年度最会装死用户称号请问您打算什么时候做个人"),
    ("EMAIL", "email", "I",
     "主题：你还要脸吗\n周立强：\n欠债还钱天经地义，你倒好，躲得比耗子还快。像你这种寄生虫，活着就是浪费粮食。\n易达分期 贷后专员"),
    ("APP-CHAT", "app", "V", "客户：我这周真的还不了\n在线客服：那你这周出门最好看看身后，我们的人不一定什么时候就到了"),
    ("CALL-ASR", "call", "TV",
     "坐席：我们已经找到你租的那个房子了三楼靠东边那间对吧\n客户：你们想干嘛\n"
     "坐席：不干嘛就是跟你房东也聊了聊你要是今天不还我们晚上就过去敲门"),
    ("SMS-3P", "sms", "@DI", "【融屿借钱】王建国，你弟王建业借钱不还还玩失踪，你们一家子都是这种货色吗？让他回电话。"),
    ("APP-3P", "app", "@D", "融屿借钱：您好，您的好友冯静将您设为紧急联系人，她在我平台的借款已逾期60天，请提醒她尽快还款。"),
    _tpl("SMS-3P", "sms", "@D", "YD-3P-02", 33,
         "【易达分期】{contact}您好，{name}在易达分期的借款已逾期{days_overdue}天，请您转告其尽快还款，感谢配合。",
         {"contact": "孙*", "name": "孙*萍", "days_overdue": "33"}),
    ("SMS-AGENT", "sms", "V", "【安融小贷】韩磊，你老婆每周三下午在幸福里菜市场买菜，我们的人也常去那边转，钱的事别让家里人操心。"),
    ("NOTICE", "notice", "V",
     "外访通知单\n吴刚：我们外访组已连续三天在你家门口蹲守，从今天起二十四小时轮班守在你家门口，直到你还款为止。\n易达分期外访组"),
    ("APP-CHAT", "app", "R", "客户：我信用卡也刷爆了\n在线客服：刷爆了还有网贷啊，我给你发几个不查征信的口子，随便借一个就能把我们的结了"),
    ("CALL-AGENT", "call", "R",
     "坐席：你不是刚生完孩子吗那个金锁金手镯不是收了好几个嘛\n客户：那是孩子的\n坐席：孩子的也是你的先拿去金店卖了应急嘛"),
    ("SMS-AGENT", "sms", "E", "【锦程消费金融】何晓明，你再不还钱，我们就在你抖音评论区和你所有作品下面留言公布你的欠款。"),
    ("SMS-AGENT", "sms", "LP",
     "【青澜市公安局东湖分局】何晓明，经查你在锦程消费金融的欠款已逾期，请于今日17时前还款，否则将对你采取强制措施。"),
    _tpl("APP-PUSH", "app", "E", "JC-PUSH-11", 70,
         "锦程消费金融：{name}，您的逾期信息已生成“寻人启事”并推送至同城信息平台，如需删除请立即还款。", {"name": "何*明"}),
)

_COMPLIANT_H = (
    ("CALL-AGENT", "call", "@",
     "坐席：您好请问是吴刚的家人吗\n第三方：我是他妈你们是谁\n坐席：阿姨您好我们找吴刚有点私事他电话打不通您要是联系上他让他回个电话就行打扰了"),
    ("SMS-3P", "sms", "@", "何晓丽女士您好，打扰了，我们需要联系何军先生本人，如您知道他的新号码，请转告他与我们联系，具体事宜不便透露，谢谢。"),
    ("EMAIL", "email", "",
     "主题：诉讼前告知\n郭志鹏先生：\n您在安融小贷的借款已逾期120天。我司拟向有管辖权的人民法院提起诉讼，起诉前我们仍愿意与您协商。"
     "若法院判决后您仍未履行，我司可依法申请强制执行。\n安融小贷法务部"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是融屿借钱请问是王建业先生吗\n客户：是\n"
     "坐席：您的逾期金额较大融屿不会为您推荐任何其他借款平台如需协商分期还款请按一号键转人工"),
    ("CALL-AGENT", "call", "",
     "坐席：林先生我跟你说一下现在的情况\n客户：你说\n坐席：你这笔欠款我们可以分十二期还每期两千左右或者一次性结清减免一部分罚息你看哪个合适"),
    ("CALL-SHANGHAI", "call", "",
     "坐席：喂侬好是陈先生伐我是融屿借钱个客服\n客户：阿拉屋里厢真个呒没钞票\n坐席：晓得个晓得个侬勿要急侬看每个月还一眼眼可以伐阿拉帮侬申请分期"),
    ("SMS-AGENT", "sms", "", "【易达分期】吴刚先生，如果您目前确实困难，请不要轻信任何“快速变现”的途径，易达分期可以为您暂停罚息三个月。"),
    ("CALL-AGENT", "call", "",
     "坐席：王建业先生您是不打算还了吗\n客户：有钱就还没钱我也没办法\n坐席：理解那您看下个月能不能先还五百我们也不想把这个事弄僵"),
    ("APP-CHAT", "app", "",
     "在线客服：您好，您的逾期账单信息仅您本人可在App内查看，我们不会对外公开。\n客户：那就好我还以为你们要曝光我\n"
     "在线客服：不会的，请放心，我们只跟您本人沟通。"),
    _tpl("SMS-AGENT", "sms", "", "AR-M3-07", 98, "{name}，您已逾期{days_overdue}天，我司将于{due_date}向您的户籍地址寄送书面催收函，信封不显示借款信息。"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是锦程消费金融请问是赵海涛先生吗\n客户：是的\n"
     "坐席：温馨提示近期有人冒充国家金融监督管理总局工作人员以逃废债为名要求转账如有疑问可拨打12378核实"),
    ("SMS-AGENT", "sms", "", "【易达分期】孙丽萍女士，您与我司的借款纠纷，如双方同意，可申请仲裁解决，是否申请由您自愿决定。"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是恒信资产管理公司受锦程消费金融委托来电请问是周立强先生吗\n客户：是你是律师吗\n"
     "坐席：不是我是催收专员张磊如果后续锦程委托律师起诉会由律所另行联系您"),
    ("CALL-ROBOT", "call", "",
     "坐席：您好这里是禾穗金融请问是刘宏伟先生吗\n客户：是\n坐席：刘先生您的账单已连续逾期三个月为避免罚息继续增加请尽快还款如需帮助请按一号键"),
    ("EMAIL", "email", "",
     "主题：关于您的欠款\n周立强先生：\n您在易达分期的欠款仍未处理。我们注意到您可能更换了联系方式，请通过本邮件回复您的还款意向，"
     "我们会在两个工作日内回复。\n易达分期 贷后专员 郑岚"),
    ("APP-CHAT", "app", "", "客户：我这周真的还不了\n在线客服：好的，那您下周五之前能处理吗？我先帮您备注，这周不再提醒您。"),
    ("CALL-ASR", "call", "",
     "坐席：您好我们之前寄到您登记地址的信退回来了\n客户：我搬家了\n坐席：好的那麻烦您告诉我们新的通讯地址或者邮箱以后的通知就寄那里"),
    ("SMS-3P", "sms", "@", "王建国先生您好，我们需要与王建业先生本人取得联系，如方便请转告他回电，打扰之处敬请谅解。"),
    ("APP-PUSH", "app", "", "融屿借钱：冯静，您设置的紧急联系人仅用于您失联时核实联系方式，我们不会向其透露您的借款信息。"),
    _tpl("SMS-3P", "sms", "@", "YD-3P-03", 33, "{contact}您好，我们有一件事需联系{name}本人，如您方便请转告其回电4008626613，感谢配合。",
         {"contact": "孙*", "name": "孙*萍"}),
    ("SMS-AGENT", "sms", "", "【安融小贷】韩磊先生，如您家中有人生病或有其他困难，请告诉我们，我们会尽量为您调整还款安排。"),
    ("NOTICE", "notice", "", "外访取消告知\n吴刚先生：\n根据您的要求，我司已取消原定的上门沟通，改为电话及书面方式联系您。\n易达分期"),
    ("APP-CHAT", "app", "",
     "客户：我信用卡也刷爆了\n在线客服：那先别再用信用卡或网贷周转了，我们这边可以把剩余欠款分成12期，您看每月800能承受吗？"),
    ("CALL-AGENT", "call", "",
     "坐席：您好我是易达分期的专员小何听说您刚生了宝宝恭喜啊\n客户：谢谢这个月实在没钱\n坐席：理解理解产假期间我们给您延后两个月还款您先照顾好孩子"),
    ("SMS-AGENT", "sms", "", "【锦程消费金融】何晓明先生，我们不会在任何社交平台公布您的信息，如您发现有人冒用我司名义发布，请截图反馈给我们。"),
    ("SMS-AGENT", "sms", "",
     "【锦程消费金融】何晓明先生，您的借款已逾期，欠款属于民事债务，请通过App或400-690-2288与我们协商，如有人以公安名义催收请立即报警。"),
    _tpl("APP-PUSH", "app", "", "JC-PUSH-11", 70, "锦程消费金融：{name}，您已逾期{days_overdue}天，专属顾问将在今天下午联系您，您也可以在App内预约其他时间。",
         {"name": "何*明", "days_overdue": "70"}),
)

VIOLATING = (_VIOLATING_A + _VIOLATING_B + _VIOLATING_C + _VIOLATING_D + _VIOLATING_E + _VIOLATING_F + _VIOLATING_G
             + _VIOLATING_H)
COMPLIANT = (_COMPLIANT_A + _COMPLIANT_B + _COMPLIANT_C + _COMPLIANT_D + _COMPLIANT_E + _COMPLIANT_F + _COMPLIANT_G
             + _COMPLIANT_H)


def records() -> list[dict[str, Any]]:
    """The batch's records in order; a template message also carries its template fields (contract section 1)."""
    return templated_dev_records("WFS", VIOLATING + COMPLIANT)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, records())


if __name__ == "__main__":
    print(write())
