"""Wording development batch t8 (issue 9, wording precision, fifth round, after the fixes for t to t7):
`python -m benchmarks.data.make_wording_dev_t8`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t
to t7 and before any detector was run on it, in voices none of them has: care-home and student-loan reminders,
employee advances, draft rules open for comment, a lender's social-responsibility report, a chatbot refusing to
write a threat, app-store review replies, a collector answering a journalist, residents' committee mediators, and
the same voices violating. About two thirds are compliant. All people, numbers, companies, courts and places are
invented.

First run (clean tree at commit 9433955, after the fixes for t to t7 and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t8.jsonl --errors 0`; 36 messages, 12
violating): rules alone micro P 0.750 R 0.600 F1 0.667, compliant flagged 2/24; classifier alone micro P 0.600
R 0.400 F1 0.480, compliant flagged 2/24; fused micro P 0.667 R 0.667 F1 0.667, message-level R 0.917 P 0.846,
compliant flagged 2/24 (8.3%). One label was corrected after that run, the writer's slip on a violating text: the
bank that will also notify the employer threatens a third party (WV8-002, T added).

Output (deterministic): `wording_dev_t8.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t8.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("care", "call", "@DT", "坐席：您是岑*的女儿吧 你妈在我们养老院欠了三个月费用 你这个当女儿的今天不来交 我们就把老太太送到你单位门口\n第三方：你们怎么能这样"),
    ("student", "sms", "LT", "【嘉禾银行】岑*，你的助学贷款已逾期，银行将通知你的毕业院校撤销你的学历，并通报你所在单位。"),
    ("advance", "email", "E", "全体员工：\n销售部岑*借支的备用金8,000元逾期未还，现将其姓名、照片和借款金额张贴在公司公告栏，请大家引以为戒。\n财务部"),
    ("review", "app", "I", "开发者回复：你这种借钱不还还来刷差评的人，就是社会的垃圾。"),
    ("journalist", "call", "V", "坐席：你跟记者说了是吧 行 你等着 你那个小卖部我们的人每天都会去转转"),
    ("committee", "call", "P", "坐席：我是你们社区居委会的 也是街道综治办的 你欠嘉禾那个钱 街道已经立案了 你今天必须去还"),
    ("care", "app", "@DR", "【嘉禾养老】岑*家属，如暂时无力缴费，可将老人名下房产抵押给我们合作的贷款公司，当日放款缴清欠费。"),
    ("student", "call", "T", "坐席：你不还 我们就一个个打给你大学同学和辅导员 让他们都来劝你"),
    ("advance", "app", "L", "财务：岑*，备用金再不还，公司就以职务侵占罪报警，你会被刑事拘留。"),
    ("review", "app", "@D", "开发者回复：这位用户岑*在本平台借款4,500元已逾期90天，欢迎大家评判谁对谁错。"),
    ("journalist", "sms", "E", "【嘉禾分期】岑*，你既然喜欢找媒体，我们也会把你的欠款记录和照片发给本地所有自媒体。"),
    ("committee", "call", "PL", "坐席：我是派出所的社区民警 你这个欠款再不处理 我们就要给你上拘留了"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- care homes and student loans
    ("care", "app", "", "【嘉禾养老院】岑*女士您好，您母亲本月的护理费还未缴纳，老人的照护不会受任何影响。如家中有困难，可与院长沟通分期缴纳或申请养老服务补贴。"),
    ("student", "sms", "", "【嘉禾银行】岑*同学，您的国家助学贷款本年度应还利息已扣款成功。毕业后还本宽限期为5年，如有困难可申请延期还本。"),
    ("student", "call", "", "坐席：岑同学您好 我是嘉禾银行助学贷款中心的 您这笔助学贷款上个月扣款没成功 不会影响您的学籍和学位 您方便的时候存一下钱就行 有困难我们可以申请延期"),
    # --- employee advances, HR
    ("advance", "email", "", "岑*：\n您于2026年10月借支的备用金8,000元已超过报销期限，请于本月底前完成报销或退还。如有特殊情况请与财务部单独沟通，此事仅财务部知悉。\n财务部"),
    ("advance", "app", "", "财务：岑哥，你上次出差的备用金还没报销，发票齐了就交过来，不急，月底前就行。"),
    # --- draft rules, reports, a chatbot, app-store replies
    ("draft", "notice", "", "《个人贷款催收行为规范（征求意见稿）》\n第十条 催收人员不得以暴力、威胁或者其他非法手段催收；不得向债务人的亲友、同事透露债务信息；不得在公共场所张贴催收信息；不得冒用国家机关名义。\n欢迎社会各界于3月31日前反馈意见。"),
    ("report", "notice", "", "嘉禾分期 2026年社会责任报告（摘录）\n全年受理催收投诉126件，同比下降41%；终止与3家存在“爆通讯录”行为的合作机构的合作；为1.2万名困难客户办理延期还款。"),
    ("chatbot", "app", "", "用户：帮我写一条催债短信，吓吓他，就说不还钱就去他家闹。\n助手：抱歉，我不能帮您撰写威胁性的内容。我可以帮您写一条礼貌的还款提醒，或者介绍通过法院起诉追讨欠款的程序。"),
    ("review", "app", "", "开发者回复：您好，看到您说催收员威胁“要去您家”，这完全违反我们的规定，请您把来电号码和时间发到客服邮箱，我们会立即核查处理。"),
    ("review", "app", "", "开发者回复：非常抱歉给您带来不好的体验。逾期后我们只会通过App消息、短信和您本人电话提醒，不会联系您的通讯录好友，如有违规请随时投诉。"),
    # --- a collector answering a journalist, residents' committee mediators
    ("journalist", "app", "", "记者：有借款人反映你们打电话到他老家村委会？\n嘉禾分期回应：经核查，该通电话系外包机构员工违规拨打，我司已终止与该机构的合作，并向借款人道歉。"),
    ("committee", "call", "", "坐席：岑大姐 我是社区居委会调解室的 您邻居说您借他的钱还没还 他不想闹到法院 想请我们帮忙调解一下 您愿意的话 这周找个时间大家坐下来聊聊"),
    ("committee", "notice", "", "人民调解告知书\n岑*：\n申请人王*就与你之间的民间借贷纠纷向本委员会申请调解。人民调解遵循自愿原则，你可以接受或者拒绝调解。\n东湖社区人民调解委员会"),
    # --- customers and reported speech
    ("customer", "app", "", "客户：你们的人在电话里说我是社会垃圾，这是什么态度？\n客服：非常抱歉，这种说法严重违反我们的服务规范，我们已调取录音核实，该员工已停岗，我们诚恳向您道歉。"),
    ("customer", "call", "", "客户：我妈在养老院 钱我会交的 你们别去打扰老人\n坐席：您放心 我们绝不会去打扰老人 也不会影响老人的照护 缴费的事我们就跟您商量"),
    ("customer", "app", "", "客户：我要去找记者曝光你们！\n客服：您有权向媒体反映情况。我们也希望先把您遇到的问题解决，请问是利息还是催收方式上的问题？"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：岑姐 养老院的 阿姨这个月的费用还没交哈 不着急 您哪天过来看阿姨的时候顺便交一下就行"),
    ("robot", "call", "", "坐席：您好 这里是 嘉禾 分期 您的 账单 逾期 三天 如已 还款 请 忽略 如需 协商 请按1"),
    # --- near the categories
    ("near-legal", "app", "", "【嘉禾分期】岑*，如协商不成，我司可能依法提起诉讼。诉讼是民事程序，您有权委托律师应诉并对金额提出异议。"),
    ("near-impersonation", "call", "", "坐席：您好 我是嘉禾分期的协商专员 不是居委会也不是派出所的 您之前说有人冒充社区打电话 那个不是我们"),
    ("near-violence", "app", "", "【嘉禾养老院】岑女士，院里定于周日下午举办家属开放日，欢迎您来看望老人。"),
    ("near-third-party", "email", "@", "致岑*的共同借款人陈*：\n依据您签署的共同借款合同，您与岑*对本笔借款承担共同还款责任，目前借款已逾期。请于15日内与我司联系。\n嘉禾分期"),
    ("near-exposure", "notice", "", "嘉禾分期 员工守则（摘录）\n严禁以任何形式在公开场合展示、张贴、转发客户的姓名、照片、欠款金额等信息。"),
    ("near-rollover", "app", "", "客服：您说想把老人的房子抵押了来交费，这是很大的决定，我们不建议为了缴费抵押房产，可以先申请缓缴或补贴。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV8", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
