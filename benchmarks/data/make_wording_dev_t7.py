"""Wording development batch t7 (issue 9, wording precision, fifth round, after the fixes for t to t6):
`python -m benchmarks.data.make_wording_dev_t7`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t
to t6 and before any detector was run on it, in voices none of them has: judges' and clerks' own words in court
news, notices between a lender and its agencies, agency staff's internal memos, bank branch staff at the counter,
credit counsellors' scripts, a debtor's relatives writing to the lender, mixed-language and heavily garbled speech,
and the same voices violating. About two thirds are compliant. All people, numbers, companies, courts and places
are invented.

First run (clean tree at commit dba9abe, after the fixes for t to t6 and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t7.jsonl --errors 0`; 42 messages, 14
violating): rules alone micro P 0.684 R 0.867 F1 0.765, compliant flagged 4/28; classifier alone micro P 1.000
R 0.933 F1 0.966, compliant flagged 0/28; fused micro P 0.700 R 0.933 F1 0.800, message-level R 1.000 P 0.778,
compliant flagged 4/28 (14.3%).

Output (deterministic): `wording_dev_t7.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t7.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("judge", "call", "P", "坐席：我是江北区法院的执行法官 姓陈 你的案子在我手上 今天把钱打到禾信分期的账户 我这边就给你结案"),
    ("memo", "app", "T", "禾信分期：戚*，今晚八点前不回电，我们将按你授权的通讯录逐个致电核实你的去向。"),
    ("branch", "call", "R", "坐席：戚先生 您这个贷款还不上 可以在我们柜台再办一笔消费贷 批下来先把逾期这笔还了"),
    ("counsel", "call", "L", "坐席：你要是再不还 我们就按恶意透支报案 到时候警察直接到你家 你孩子以后当兵都当不了"),
    ("relative", "call", "@DT", "坐席：您是戚*的爱人吧 他欠的钱就是你们家的钱 您今天不替他还 我们就去您单位找您\n第三方：这是他个人的事"),
    ("garbled", "call", "V", "坐席：喂 戚* 你 你听好了 我们 知道你 在 哪个 厂 上班 下班 路上 你 小心 点"),
    ("mixed", "app", "E", "【禾信分期】戚*, your overdue record将在今晚发布到你们公司的LinkedIn和朋友圈，请立即处理。"),
    ("judge", "sms", "P", "【江北区人民法院】戚*，本院受禾信分期委托通知你，你的欠款已逾期，请于三日内还清。"),
    ("memo", "call", "I", "坐席：你个没出息的东西 三十好几了还要借钱过日子 丢你爹妈的脸"),
    ("branch", "sms", "@D", "【禾信分期】戚*的同事您好，戚*在我司的分期欠款12,600元已逾期两个月，烦请转告其尽快还款。"),
    ("counsel", "app", "E", "【禾信分期】戚*，您的欠款信息已提交本地“诚信榜”，将在小区电梯广告屏轮播，还清后撤下。"),
    ("garbled", "call", "L", "坐席：那个 你这个 已经 立案了 啊 经侦 那边 已经 立案 了 你 明天 不来 就 抓 你"),
    ("mixed", "call", "R", "坐席：You know 你可以先去找那个 quick loan 的 app 借一点 把这期 cover 掉"),
    ("relative", "app", "I", "禾信分期客服：戚*，你这种白眼狼，连你妈的养老钱都骗，还是人吗？"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- judges' and clerks' own words in court news
    ("judge", "app", "", "江北法院微信公众号｜执行法官陈某介绍，今年以来共执结金融借款案件1,200余件，其中六成通过执行和解分期履行。“我们希望被执行人主动履行，而不是等到被限制出行才来找我们。”"),
    ("judge", "app", "", "庭审直播｜书记员宣读法庭纪律后，审判长询问被告戚*是否同意调解，被告表示同意分期偿还，双方当庭达成调解协议。"),
    ("judge", "notice", "", "江北区人民法院 执行公开\n被执行人戚*已于2027年2月3日履行全部义务，本院已依法解除对其采取的限制消费措施，并删除其失信信息。"),
    # --- notices between a lender and its agencies
    ("memo", "email", "", "致衡泰资产：\n根据双方委托协议，自3月1日起收回戚*等15户的委托催收，请于3日内移交全部催收记录，并删除所掌握的客户个人信息。\n禾信分期 委外管理部"),
    ("memo", "email", "", "各合作催收机构：\n近期接到客户投诉，个别机构存在向借款人亲友透露欠款、冒用律师名义发函等行为。即日起，凡经核实存在上述行为的机构，一律终止合作并扣除保证金。\n禾信分期 委外管理部"),
    ("memo", "app", "", "衡泰资产 内部通知：外访组本周一律暂停上门，所有外访改为电话预约，客户拒绝面谈的不得再次前往。"),
    # --- bank branch staff and credit counsellors
    ("branch", "call", "", "坐席：戚先生您好 我是禾信银行江北支行的客户经理 您的贷款下周到期 您之前说资金有点紧 行里有无还本续贷的政策 您要是符合条件 我帮您提交申请"),
    ("branch", "app", "", "客户经理：戚先生，按监管规定我们不能建议您借其他贷款来还这笔，但可以帮您申请延期和调整还款计划，您看哪天方便来网点面签？"),
    ("counsel", "call", "", "坐席：戚先生 我是市信用咨询中心的咨询师 我们是公益机构 不收费 也不代表任何银行 想帮您把所有欠款列一下 看看先跟哪家谈"),
    ("counsel", "app", "", "咨询师：您说催收员讲“再不还就上你家”，您可以明确告诉对方，您不同意任何上门，并要求对方只通过电话联系。如果对方坚持，可以向监管投诉。"),
    # --- a debtor's relatives writing to the lender
    ("relative", "email", "", "禾信分期：\n我是戚*的妻子，他近期住院治疗，无法接听电话。请你们暂停联系他，出院后他会主动与你们协商还款。附住院证明。\n家属 林*"),
    ("relative", "app", "", "客服：林女士您好，已收到您提交的住院证明，我们已将戚先生的账户暂停催收60天，期间不计罚息。祝戚先生早日康复。"),
    ("relative", "call", "", "客户：我是他弟弟 他那个钱我们家里人商量了 我先替他还一部分 行吗\n坐席：谢谢您 您自愿代为还款的话我们这边可以接受 但您没有还款义务 您看您方便就好 不用勉强"),
    # --- garbled speech and mixed language
    ("garbled", "call", "", "坐席：喂 您好 戚 先生 吗 这边 是 禾信 分期 的 呃 您 那个 本月 账单 还 没 还 您 看 今天 方便 吗\n客户：啊 明天吧\n坐席：好 好的 那 明天 再 提醒 您"),
    ("garbled", "call", "", "坐席：就是说 您这个 呃 不会 不会 去 您单位 的 您放心 我们 就 跟您 本人 联系\n客户：那就好"),
    ("mixed", "app", "", "Hi 戚先生，您的installment本期due了，如果cash flow有压力，可以在App里申请extension，我们不会联系您的family或者company 🙏"),
    ("mixed", "call", "", "坐席：Mr. 戚 你好 我哋係禾信分期 你嘅 payment 遲咗兩日 唔緊要 你方便嘅時候喺 App 還就得"),
    # --- reported speech, customers
    ("customer", "call", "", "客户：你们上次有个人说 我再不还 就把我照片发到我们厂的群里\n坐席：这是严重违规的说法 我代表公司向您道歉 能告诉我那个人的工号吗 我们一定严肃处理"),
    ("customer", "app", "", "客户：我知道我欠钱，但你们能不能别天天打电话，我上班接不了！\n客服：好的，已为您设置每天只在中午12点至1点联系一次，您看可以吗？"),
    ("customer", "call", "", "客户：你们是不是已经起诉我了\n坐席：目前还没有 我们是先协商 如果协商不成 公司可能会依法起诉 但那是民事案件 您不用担心别的"),
    # --- near the categories
    ("near-legal", "app", "", "【禾信分期】戚*，您的信用卡已两次催收后逾期超过三个月。提醒您：以非法占有为目的恶意透支的，依法可能承担刑事责任；如您确有困难，请立即与我们联系协商。"),
    ("near-impersonation", "email", "", "戚先生：\n本函由衡泰资产管理有限公司受禾信分期委托发出，我司系商业催收机构，不具有司法权力，函中所述诉讼仅指禾信分期可能依法提起的民事诉讼。\n衡泰资产"),
    ("near-violence", "app", "", "【禾信分期】戚先生，按您的要求，我们的协商专员将于周五下午在江北支行网点与您面谈，您可随时取消。"),
    ("near-third-party", "email", "@", "致戚*的担保人周*：\n借款人戚*已逾期，依据您签署的担保合同，您负有连带保证责任。请于收到本函后15日内与我司联系协商。\n禾信分期"),
    ("near-exposure", "app", "", "衡泰资产 内部通知：严禁在任何社交平台、群聊中发布客户姓名、照片及欠款信息，发现一例开除一例。"),
    ("near-rollover", "call", "", "客户：我找我朋友借点钱先还你们吧\n坐席：这个是您自己的安排 我们不会要求您去借钱 如果有困难 可以先申请延期"),
    ("near-insult", "app", "", "质检通报：坐席在通话中称客户“没出息”“丢爹妈的脸”，属辱骂客户，已解除劳动合同。"),
    ("near-disclosure", "call", "@", "第三方：你们找戚*干嘛 我是他爱人\n坐席：您好 是他本人的事情 我们需要跟他本人沟通 麻烦您转告他回个电话 谢谢"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV7", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
