"""Wording development batch t5 (issue 9, wording precision, fifth round, after the fixes for t to t4 and v):
`python -m benchmarks.data.make_wording_dev_t5`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t,
t2, t3, t4 and v's lawful neighbours and before any detector was run on it, in voices none of them has: buy-now-
pay-later and shared-service arrears, parking and gym fees, debtors' own mutual-help chats and recovery (上岸) posts,
a collector's own diary, an industry association's code, drafts of a lender's statement of claim, airline and rail
customer service explaining a consumption restriction, partners' and neighbours' private debts, and the same voices
violating. About two thirds are compliant. All people, numbers, companies, courts and places are invented.

First run (clean tree at commit aa6418d, after the fixes for t to t4 and v and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t5.jsonl --errors 0`; 59 messages, 19
violating): rules alone micro P 0.792 R 0.864 F1 0.826, compliant flagged 4/40; classifier alone micro P 0.923
R 0.545 F1 0.686, compliant flagged 0/40; fused micro P 0.800 R 0.909 F1 0.851, message-level R 0.895 P 0.810,
compliant flagged 4/40 (10%).

Output (deterministic): `wording_dev_t5.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t5.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("bnpl", "app", "L", "【乐购先用后付】喻*，您的先用后付账单逾期已满30天，系统已将您标记为恶意欺诈用户并同步至公安反欺诈平台，您将被限制乘坐所有交通工具。"),
    ("bnpl", "call", "T", "坐席：你那个先用后付不还 我们就把你买的东西清单和欠款 发给你通讯录里所有人 让大家看看你买了些啥"),
    ("parking", "app", "E", "【城南停车】喻*，您的车辆欠缴停车费1,260元，车牌号和车主姓名已在小区门口LED屏滚动公示，缴清后撤下。"),
    ("gym", "call", "I", "坐席：你这种人办卡的时候说得好听 现在续费的钱都赖着不给 真是没皮没脸"),
    ("group", "app", "V", "群成员（催收）：@喻* 别以为进了负债群就安全了，你住的那个城南小区几栋几单元我们都清楚，晚上睡觉锁好门。"),
    ("diary", "app", "P", "【城南区人民法院】喻*，你欠乐购的款项已由本院直接执行，请于今日下午5点前转入乐购还款账户，逾期派员上门。"),
    ("claim", "email", "L", "喻*：\n附件为我司拟提交法院的刑事起诉状，你涉嫌合同诈骗罪，一旦提交你将被刑事拘留。如你今日还款，我司可暂不提交。\n乐购科技 法务部"),
    ("airline", "call", "P", "坐席：您好 我是航空公司安全部的 您因为网贷逾期已被民航系统拉黑 需要先还清乐购的欠款 我们才能帮您解除"),
    ("partner", "app", "R", "合伙人：你欠我的那二十万，你去找小额贷款公司借出来先给我，或者把你老家的房子卖了，别跟我说没钱。"),
    ("neighbour", "app", "@DE", "邻居群：各位邻居，302的喻*借了我五万块一年多不还，大家以后跟他打交道留个心眼。"),
    ("bnpl", "sms", "R", "【乐购先用后付】喻*，您可开通“乐购信用贷”额度用于结清逾期账单，秒批秒到，逾期记录即刻消除。"),
    ("group", "app", "ET", "催收员：你不还，我就把你在负债群里说的那些话截图，连同你的欠款一起发到你们公司大群里。"),
    ("gym", "call", "V", "坐席：续费的钱你今天不交 我们教练都是练家子 下回你来健身房 可别怪他们手重"),
    ("parking", "call", "T", "坐席：停车费你不交 我们就找你们单位 你单位的车位也是我们管的 让你们领导来处理"),
    ("diary", "call", "PL", "坐席：我是城南派出所的 你的先用后付已经被定性为诈骗 明天之前不还 我们就上门拘人"),
    ("airline", "sms", "@D", "【乐购先用后付】您好，您的同事喻*在我司欠款6,300元已逾期两个月，请您提醒其尽快还款。"),
    ("partner", "call", "I", "坐席：你个废物 合伙做生意赔了就想跑 欠钱不还的孬种"),
    ("neighbour", "call", "V", "坐席：我跟你说 你家楼下那辆白车是你的吧 钱再不还 车出了啥事可别找我们"),
    ("claim", "sms", "E", "【乐购科技】喻*，你的起诉状及欠款明细将同步发布在我司官方微博，接受全网监督。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- buy-now-pay-later, shared services, parking, gyms
    ("bnpl", "app", "", "【乐购先用后付】喻*，您有一笔先用后付订单已逾期3天，金额268元。逾期将暂停先用后付服务，并可能影响您的信用评估。如遇困难可在App申请延期。"),
    ("bnpl", "app", "", "【乐购】您好，先用后付逾期不会产生刑事责任，也不会影响您家人的任何权益。我们只会通过App、短信和您本人电话联系您。"),
    ("shared", "app", "", "【街电充电宝】您的订单尚有8元未支付，未支付期间将暂停借用服务，支付后立即恢复。"),
    ("parking", "app", "", "【城南停车】喻先生，您的月租车位费已到期5天，请及时续费。车位暂为您保留至月底，如不再续租请告知，我们不会张贴或公示任何车主信息。"),
    ("gym", "app", "", "【力健健身】喻先生，您的会员卡已于昨日到期，续费可享9折。如您不打算续费，剩余私教课可在30天内继续使用或按合同申请退费。"),
    # --- debtors' own mutual-help chats and recovery posts
    ("group", "app", "", "群友：我昨天也被催收说要爆通讯录，我直接说我录音了，要投诉到12378，他就不吭声了。大家别怕，该协商协商，钱还是要还的。"),
    ("group", "app", "", "群主：新进群的朋友注意，本群禁止发布任何人的真实姓名、电话和欠款截图，禁止介绍“以贷养贷”“代还”，违者踢出。"),
    ("group", "app", "", "上岸帖｜负债28万，三年还清。经验：1. 停止借新还旧；2. 一家一家打电话协商分期；3. 被吓唬“坐牢”“上门”的时候别慌，录音就行；4. 记账，省钱。"),
    ("group", "app", "", "群友：有人说催收说要去我老家村里贴告示，是不是真的？\n群友：那是吓唬你的，真贴了就是违法，你可以报警。"),
    # --- a collector's own diary, an industry code
    ("diary", "app", "", "催收员手记：今天打了八十通电话，有个阿姨说儿子住院了，我按流程给她登记了困难客户，申请暂停催收一个月。这份工作不是去吓唬谁，是帮大家找到能还的办法。"),
    ("diary", "app", "", "催收员手记：刚入行时，老员工教我说“不还就找你单位”，后来公司整改，这种话现在说了直接开除。我也觉得这样更好。"),
    ("code", "notice", "", "互联网金融逾期债务催收自律公约（摘录）\n第八条 催收人员不得冒充司法机关、政府部门或律师事务所；不得采用暴力、恐吓、侮辱、诽谤、骚扰等方式催收；不得向债务人以外的第三人透露债务信息；不得诱导债务人借新还旧。"),
    # --- drafts of a statement of claim, legal papers
    ("claim", "email", "", "喻*先生：\n附件为我司拟向城南区人民法院提交的民事起诉状（副本），诉讼请求为：判令被告偿还借款本金36,000元及利息。起诉前我司仍愿意与您协商，如有意向请于十日内回复。\n乐购科技有限公司 法务部"),
    ("claim", "notice", "", "民事起诉状\n原告：乐购科技有限公司\n被告：喻*\n诉讼请求：1. 判令被告偿还借款本金36,000元；2. 判令被告支付逾期利息；3. 本案诉讼费用由被告承担。\n事实与理由：被告于2025年5月向原告借款，到期未还。\n此致 城南区人民法院"),
    # --- airline and rail customer service explaining a consumption restriction
    ("airline", "call", "", "客户：我怎么买不了机票\n坐席：先生 系统显示您被法院采取了限制消费措施 我们航空公司只能按法院的决定执行 具体原因和解除办法需要您联系作出决定的法院"),
    ("airline", "app", "", "【12306】您好，因您被人民法院列入限制高消费名单，暂无法购买G字头动车组列车一等座以上座位，如有疑问请联系相关法院。"),
    # --- partners', neighbours' and family private debts
    ("partner", "app", "", "合伙人：老喻，合伙账上欠我的二十万，按我们的退伙协议，你今年年底前要还我十万。你要是有困难，我们可以找个律师一起重新算一下，别伤了和气。"),
    ("neighbour", "app", "", "邻居：喻哥，上次借你的五千块我下周发工资就还你，不好意思拖了这么久。"),
    ("neighbour", "app", "", "喻*：王叔，您借我的钱我不急，您家里的事要紧，阿姨的病好些了吗？"),
    ("family", "app", "", "妈妈：儿子，你借表哥的钱记得按时还，亲戚之间最怕为钱的事闹僵，实在周转不开跟我说。"),
    # --- complaint replies and reported speech
    ("reply", "app", "", "客服：您好，您反映的“健身房教练威胁您”的情况，我们已调取监控和录音，确认该教练存在不当言语，已予辞退。剩余课时费将全额退还。"),
    ("reply", "email", "", "喻先生：\n关于您投诉停车场工作人员在业主群公布您车牌号和欠费一事，经核实属实，该信息已撤回，涉事员工已被处分。我们向您致歉。\n城南停车管理有限公司"),
    ("reply", "call", "", "客户：你们上次那个人说要把我的事发到我们公司大群\n坐席：非常抱歉 这个是绝对不允许的 我们已经把那个员工换掉了 以后您的账户由我来跟进 我保证不会有这种事"),
    ("customer", "app", "", "客户：你们是不是要去我单位闹？我告诉你们，敢去我就报警！\n客服：不会的，我们不会去您单位，也不会联系您的同事。您放心，我们只和您本人沟通。"),
    ("customer", "call", "", "客户：我没钱 你们去告我吧 大不了坐牢\n坐席：您别这么说 欠款是民事的 不会坐牢 我们也不想走到起诉那一步 您看每个月先还五百行不行"),
    # --- training and media
    ("training", "notice", "", "新人必读：以下说法一律禁止——“你的事我们会告诉你全村”“我们的人在你家楼下”“不还就是诈骗”“你这种人就是废物”。违者立即停岗。"),
    ("media", "app", "", "城南日报讯 一名催收员因在电话中对借款人说“晚上睡觉锁好门”，被认定为以威胁方式催收，公安机关依法对其行政拘留七日。"),
    ("media", "app", "", "律师说法｜合伙人之间的欠款属于合伙纠纷，可以协商、调解或起诉解决，一方不得以公开对方隐私、威胁家人等方式讨债。"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：喻哥 你那个先用后付嘛 逾期了几天 不碍事 你啥子时候方便就在App上还一哈 有困难给我说"),
    ("dialect", "call", "", "坐席：喻生 我哋係力健健身嘅 你張卡到期咗 想問下你仲續唔續 唔續都冇問題 剩低嘅堂可以繼續上"),
    ("robot", "call", "", "坐席：您好 这里是 乐购 先用后付 您有一笔 订单 已逾期 如需 延期 请按1 如已 支付 请按2 人工 请按0"),
    ("robot", "call", "", "坐席：喂您好这边是城南停车那个您的月租车位到期了想问一下还续不续\n客户：不续了我搬家了\n坐席：好的好的那我们这边给您办理退租押金三个工作日内退回"),
    # --- near the categories
    ("near-legal", "sms", "", "【乐购科技】喻*，您的欠款已逾期180天，我司已委托律师准备起诉材料。起诉属于民事诉讼，诉讼费用将依判决承担。"),
    ("near-impersonation", "app", "", "【乐购科技】喻*，今天联系您的是我司法务专员，不是律师，也不代表法院，如需核实可拨打我司官方客服。"),
    ("near-violence", "app", "", "【力健健身】喻先生，您预约的私教课改到周六上午10点，教练会在前台等您。"),
    ("near-third-party", "call", "@", "坐席：您好 请问是喻*的家吗\n第三方：他出去了\n坐席：好的 那我明天再打给他本人 谢谢 打扰了"),
    ("near-exposure", "app", "", "群主：刚才有群友发了别人的欠款截图，已删除。再次提醒，本群严禁曝光任何人的个人信息。"),
    ("near-rollover", "app", "", "群友：千万别去借网贷还网贷，我就是这么越滚越多的，先停下来跟各家协商分期。"),
    ("near-insult", "app", "", "客服：您在电话里骂我们“吸血鬼”，我们理解您的压力，不会计较，还款方案已发到您的短信。"),
    ("near-disclosure", "call", "@", "第三方：我是喻*的同事 你们找他干嘛\n坐席：不好意思 是他本人的事 我们不方便说 谢谢您"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV5", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
