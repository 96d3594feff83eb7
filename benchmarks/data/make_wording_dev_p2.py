"""Wording development batch p2 (issue 9, wording precision, second round, the half-way batch): `python -m
benchmarks.data.make_wording_dev_p2`.

Written for this file, text by text, after batch p was tuned and before any detector was run on it, in the same
kinds of voices with other senders and phrasing: a city commercial bank's card centre, a motorbike-loan servicer,
a housing-fund loan reminder, a BNPL wallet's pushes, an agency's visit-appointment letter, a court's mediation
and payment-order notices, a law firm's follow-up, payroll and HR notices, a complaint hotline's replies, an
association's consumer column and a compliance trainer's handout. About seven in ten are hard compliant; the rest
violate one or more judged categories in those voices. All people, numbers, companies, courts and places are
invented.

First run (tree at commit 016f891, after batch p's tuning and before any change for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_p2.jsonl`; 62 messages, 19 violating):
rules alone micro P 0.720 R 0.818 F1 0.766, compliant flagged 4/43; classifier alone micro P 1.000 R 0.682 F1 0.811,
compliant flagged 0/43; fused micro P 0.741 R 0.909 F1 0.816, message-level R 1.000 P 0.826, compliant flagged 4/43
(a court's payment-order notice, an HR mail on impostors asking after staff, a complaint reply on contacting the
employer, a consumer column on 逾期就会坐牢).

Output (deterministic): `wording_dev_p2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_p2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "sms", "L", "【南溪商业银行信用卡中心】牛*，您恶意透支已达立案标准，明日起将由公安机关依法传唤，请今日内还清。"),
    ("legal", "email", "L", "律师催告函\n牛*：您的欠款如本周不结清，本所将以诈骗罪向检察院控告，您将承担刑事责任。\n远川律师事务所"),
    ("legal", "app", "L", "【钱小满】逾期用户将被永久拉入全国征信黑名单，乘坐公交地铁也会受限，请立即还款🚫"),
    ("impersonation", "sms", "P", "【南溪市人民法院执行局】牛*，请于今日18时前向钱小满客服还款，完成后本院撤销执行。"),
    ("impersonation", "call", "P", "坐席：我是市金融监管局的 您在钱小满的借款我们已经备案了 今天必须处理 我们这边会盯着"),
    ("violence", "call", "V", "坐席：摩托车不还钱我们就直接去你家拖 你要拦 我们人多 你自己掂量"),
    ("violence", "app", "V", "【钱小满】知道你每天几点下班，路上注意安全哦😊"),
    ("third-party", "email", "T", "牛先生：我方已拿到贵单位财务负责人的联系方式，若周五前仍未还款，将请其协助从工资中扣款。"),
    ("third-party", "call", "T", "坐席：你老婆的电话我有 今晚我就打给她 让她知道你在外面欠了多少"),
    ("exposure", "app", "E", "【钱小满】您的逾期信息及头像将于明日在本App“失信榜”首页公示，请尽快处理。"),
    ("exposure", "notice", "@DE", "欠款催告\n南溪市锦园小区12栋的牛*，欠本公司摩托车贷款至今未还，特此张贴，请其见告后立即还款。\n迅骑车贷服务部"),
    ("rollover", "call", "R", "坐席：公积金贷款那边你不是还能再贷吗 先贷出来还我们 这个最快"),
    ("rollover", "app", "R", "【钱小满】账单还不上？开通“借款加速包”，借新额度先还旧账单，一键搞定✅"),
    ("insult", "call", "I", "坐席：你一个大男人 欠这点钱都还不上 真是窝囊废"),
    ("insult", "email", "I", "牛*：你这种言而无信的小人，迟早被所有人看不起。"),
    ("disclosure", "call", "@D", "坐席：您是牛*的母亲吧 他在南溪银行的信用卡欠了四万多 三个月没还了"),
    ("disclosure", "email", "@D", "致锦园物业：业主牛*拖欠我司摩托车贷款8,600元已逾期五个月，请知悉。"),
    ("several", "app", "IT", "【钱小满】废物一个，再不还我们把你的事告诉你爸妈和你女朋友"),
    ("several", "sms", "PL", "【南溪市公安局经侦支队】牛*，你涉嫌恶意逃废债务，请于今日还清钱小满欠款，否则立案。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("card", "sms", "", "【南溪商业银行信用卡中心】牛*，您的账单分期第3/12期已入账，本期应还1,025.40元，到期日1月6日。"),
    ("card", "sms", "", "【南溪商业银行信用卡中心】您的卡片已逾期，我行可能按合同约定采取止付、降额等措施，并依法报送征信。如有困难请致电协商。"),
    ("card", "call", "", "坐席：牛先生 您这张卡已经逾期三十天了 我们这边可以帮您申请最低还款的延期 您看需不需要"),
    ("card", "sms", "", "【南溪商业银行】您申请的信用卡停息分期已审核通过，请在7日内登录手机银行确认协议。"),
    ("moto", "sms", "", "【迅骑车贷服务部】牛*，您的摩托车贷款本期580元今日到期，请保持还款卡余额充足。"),
    ("moto", "call", "", "坐席：牛先生 您的摩托车贷款逾期了 按合同我们有权依法处置车辆 不过我们还是想先跟您协商 您看这个月能还多少"),
    ("fund", "sms", "", "【南溪住房公积金管理中心】您的公积金贷款本月扣款失败，请于月底前补足，逾期将按规定计收罚息。"),
    ("bnpl", "app", "", "【钱小满】您的账单已出，本期应还¥356.20，可选择“最低还款”或“账单分期”🧾"),
    ("bnpl", "app", "", "【钱小满】提醒：钱小满不会以任何理由要求您下载其他借款App还款，谨防诱导借贷。"),
    ("bnpl", "app", "", "【钱小满】您已成功申请延期7天，延期期间不产生逾期罚息，请按新日期还款。"),
    ("agency", "notice", "", "外访预约函\n牛*：受南溪商业银行委托，我司外访人员拟于1月10日上午前往您登记地址沟通还款事宜，外访人员将出示工作证件并全程录音录像。如不便请来电改约。\n远岭资产服务有限公司"),
    ("agency", "call", "", "坐席：您好 我是远岭资产的 受南溪银行委托 这通电话会录音 我们只和您本人沟通 不会联系您家人"),
    ("agency", "email", "", "牛先生：您对欠款金额的异议已转交委托方核对，核对结果出来前我们暂停催收联系。\n远岭资产 客户关系部"),
    ("court", "sms", "", "【南溪市溪东区人民法院】牛*，钱小满申请支付令一案，本院已签发支付令，请自收到之日起十五日内清偿或提出书面异议。"),
    ("court", "notice", "", "调解通知\n牛*：南溪商业银行诉你信用卡纠纷一案，本院委派溪东区金融纠纷调解中心进行诉前调解，调解自愿，你可以参加或拒绝。\n南溪市溪东区人民法院"),
    ("court", "sms", "", "【南溪互联网法院】牛*，您的案件已进入庭前准备阶段，证据交换截止日期为1月15日，请登录诉讼平台提交材料。"),
    ("court", "app", "", "科普：支付令是法院依债权人申请发出的督促程序文书，债务人可以在法定期限内提出书面异议。"),
    ("lawyer", "email", "", "牛*先生：\n本所受南溪商业银行委托，前函寄出后尚未收到您的回复。如您对欠款有异议，欢迎提供凭证；如愿协商，可在十五日内与委托人联系。本所不会联系您的亲友。\n远川律师事务所"),
    ("lawyer", "call", "", "坐席：牛先生您好 我是远川律所的律师 受南溪银行委托 想问一下律师函您收到没有 欠款本身是民事纠纷 我们希望协商解决"),
    ("hr", "email", "", "各位同事：\n年终奖将随1月工资一并发放，个税按全年一次性奖金单独计税，详见附件说明。\n南溪科技 人力资源部"),
    ("hr", "email", "", "致全体员工：\n近期有人冒充催收机构致电公司前台打听员工借款情况，公司一律不予回应，请大家注意保护个人信息。\n行政人事部"),
    ("hr", "email", "", "牛*您好：\n根据法院协助执行通知，公司将依法从您工资中扣划执行款，每月扣划后保留您及家属的生活必需费用。\n薪酬组"),
    ("service", "app", "", "客服：您反映催收员说要“把您挂到网上”，我们已核实并对该催收员作出处理，今后由专人联系您，再次致歉。"),
    ("service", "app", "", "客服：您说有人以我们名义让您去“借新还旧”，我们从来不会这样要求，请勿相信。"),
    ("service", "call", "", "客户：你们的人说不还就坐牢\n坐席：这个说法是错误的 欠款是民事纠纷 我这边先替同事向您道歉 也会上报处理"),
    ("service", "app", "", "客服：关于您提到的“联系您单位”，我司规定催收不得联系债务人单位，已将该情况转合规部门调查。"),
    ("service", "app", "", "客服：非常抱歉给您带来困扰，已为您登记“仅限本人联系”，其他号码不会再收到我们的来电。"),
    ("education", "app", "", "【南溪银行业协会】提醒：催收人员自称“法院执行人员”并要求转账的，属于冒充行为，请拨打110报警。"),
    ("education", "notice", "", "金融消费者权益小课堂\n第三讲：催收不得以“通知亲友”“发朋友圈”相威胁，也不得在晚上10点后频繁致电。\n南溪市金融消费者协会"),
    ("education", "app", "", "【消保提示】借新还旧、多头借贷只会让债务越滚越大，有困难请与原机构协商分期或延期。"),
    ("education", "app", "", "【金融知识】“逾期就会坐牢”是误导性说法，民事欠款不涉及刑事责任，但恶意透支信用卡可能涉嫌犯罪。"),
    ("qa", "email", "", "合规培训讲义\n案例三：坐席对客户说“你不还钱我就找你领导”，构成以联系第三方相威胁，已扣罚并复训。正确做法：只与客户本人协商。"),
    ("qa", "email", "", "质检月报\n本月发现违规用语7次，主要为“老赖”“骗子”等称呼，均已扣分；另有1次坐席暗示客户“去借点别的”，已纳入复训。"),
    ("qa", "notice", "", "外访行为规范\n外访人员不得张贴欠款信息，不得滞留债务人住所，不得使用威胁性语言。违者解除合作。\n远岭资产合规部"),
    ("ordinary", "call", "", "坐席：牛先生您好 这边是南溪银行信用卡中心 您上次承诺的还款今天到期 想提醒您一下"),
    ("ordinary", "sms", "", "【远岭资产】牛*，您的还款计划已生效：首期1,500元于1月20日前还款，后续每月20日还款800元。"),
    ("ordinary", "email", "", "牛先生：\n您的欠款已全部结清，结清证明已发送至本邮箱附件，感谢您的配合。\n远岭资产"),
    ("near-third-party", "call", "@", "坐席：您好 请问是牛*家里吗\n第三方：他不在\n坐席：好的 麻烦您让他有空回个电话 谢谢您"),
    ("near-exposure", "app", "", "【钱小满】您的个人信息受法律保护，我们不会向任何第三方公开您的借款和逾期情况。"),
    ("near-violence", "call", "", "坐席：您放心 我们不会上门的 您这边只要保持电话畅通 我们慢慢商量"),
    ("near-insult", "call", "", "客户：你们都是一群骗子\n坐席：理解您现在着急 我们先把账单核对清楚 有问题您随时指出"),
    ("near-legal", "sms", "", "【南溪商业银行】牛*，如您长期未还款，我行将依法向人民法院起诉，由法院依法裁判。"),
    ("near-rollover", "call", "", "客户：我能不能去网上借点还你们\n坐席：不建议 那样利息更高 我们可以帮您申请分期"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WR2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
