"""Wording development batch ex (training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_ex`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py` and the skeleton lines of batch cs,
before any detector was run on it; no detector, scan or benchmark was run on these texts. Its theme is collection as
app and platform micro-copy: push notifications (short, often cut off with …), in-app pop-ups and banners, button
labels with their confirmation dialogs, countdown timers, status badges on the debtor's profile, notification-centre
lists, mini-program cards, lock-screen previews, e-mail subject lines, SMS short links with the headings of their
landing pages, IVR menu prompts, in-app letters, and the templates of lenders' apps and 'collection SaaS' vendors
with their variables ({name}, {amount}, {days}). Violating: the worse apps' copy, a badge 失信 or 老赖 shown to the
debtor's contacts or to every user, a pop-up saying the contacts will be told in 3 hours, a button 'I accept being
reported to my employer', a push that the police have been notified, 'your contacts can now see your debt', a
countdown to a home visit, subject lines that insult the debtor, pushes and banners for another app's loan to repay,
senders signed as a court, a police office or a law firm, IVR menus that threaten 拘留 or a visit, mini-program
cards and SMS that tell a contact about the debt and press them. Beside nearly every violating text stands a lawful
twin in the same voice and channel: reminders, due-date badges visible only to the debtor, repayment buttons,
hardship and instalment pop-ups, credit-reporting notices stated truthfully with their conditions, an opt-out for
marketing, a notice of a call-back, a contact asked only to pass on a call-back request, copy-review guides and
anti-fraud notices that quote the banned copy to forbid it, and the debtor's own words in IVR calls. Channels: app
(push, pop-up, button, badge, card, list), SMS, e-mail, in-app and H5 notices, and IVR calls tagged by speaker; a
few texts in traditional characters or dialect, with typos and truncation as real previews show them. About half
is compliant.

Labels follow contract section 5 and label what each text DOES. A sender or menu voice that presents itself as a
police office, court, procuratorate, arbitration body, government office or law firm it is not is impersonation;
a lender that names itself and says it may sue is not. Police 'notified', 立案, 传票, warrants, 拘留, criminal
records, enforcement at a fixed hour or effects on children's schooling or 政审 for an ordinary consumer debt are
misleading.legal; a credit-reporting notice that states the rule (reported under the credit regulations, corrected
after settlement, objections possible) is compliant. Threats to tell or show the debt to contacts, family, employer
or colleagues, and buttons or dialogs that make the debtor 'accept' that, are third party; making the debt public
(a badge or wall every user sees, posters, 朋友圈, groups, videos) is exposure, and a badge shown to the contacts is
both. A countdown or push to a home visit, people at the door, or a child's school named with a demand is
violence. Recommending another lender, app or card cash-out, or selling or pledging a car, house or body to repay is
rollover. Insults and contemptuous labels (老赖, 骗子) addressed to the debtor, in a badge or a subject line too,
are abuse.insult. A message to a third party ("@") that reveals the debt (amount, overdue status, lender) is
disclosure, and third party too when it presses the contact or threatens them; a request to a contact to pass on a
call-back, naming no debt and no lender, is compliant. The debtor's own words are never labelled. Texts whose label
was uncertain were left out. All people, numbers, apps, companies, courts, firms, links and places are invented.

First run at ce9cb19 (the session's post-release retrain), before any rule was changed on it: fused micro-F1 0.898,
compliant flagged 1/237 (rules alone 0, classifier alone 1); rules alone 0.835, classifier alone 0.837; fused
third_party R .656, debt_rollover R .839; gate: severe allowed 9/175, compliant blocked 0/237.
Joined training in the session that began at 8c5797d, after its first run.

Output (deterministic): `wording_dev_ex.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_ex.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line. Each part keeps its violating texts and
# their lawful twins side by side; VIOLATING and COMPLIANT join the parts in the same order.

# --- push notifications: title and body as the phone shows them, cut off at about sixty characters --------------

PUSH_VIOLATING = (
    ("PUSH", "app", "L", "【速借宝】警方已收到您的逾期备案，请立即处理，否则将被列为在逃…"),
    ("PUSH", "app", "T", "{name}，您的通讯录联系人现在可以看到您的欠款了，点击查看谁看过…"),
    ("PUSH", "app", "R", "还不上？试试【闪贷星】，额度最高5万，放款后先结清本平台逾期，点击…"),
    ("PUSH", "app", "I", "{name}你这种老赖连三百块都还不上，还有脸天天刷手机？"),
    ("PUSH", "app", "V", "催收专员已出发前往您的登记住址，预计今天下午到达，请在家等着…"),
    ("PUSH", "app", "E", "您的逾期信息已生成曝光海报，24小时后自动同步至平台“诚信墙”…"),
    ("PUSH", "app", "LP", "【深圳市公安局经侦支队】您涉嫌恶意拖欠网贷，请于今日内联系办案民警…"),
    ("PUSH", "app", "L", "您的欠款已转为刑事案件，今晚12点前不还，明天将上门拘传…"),
    ("PUSH", "app", "T", "已向您单位人事部发送催收通知，如需撤回请在2小时内全额还款…"),
    ("PUSH", "app", "I", "臭不要脸的，借钱的时候叫爸爸，还钱的时候装死？"),
    ("PUSH", "app", "R", "额度不够还？把车押了就有钱，合作车贷当天放款，点这里→"),
    ("PUSH", "app", "E", "再不还款，您的照片和身份证将公开在“逾期曝光栏”，所有用户可见…"),
    ("PUSH", "app", "V", "我们知道你女儿在哪个幼儿园，{days}天了，你自己掂量掂量"),
    ("PUSH", "app", "L", "法院传票已生成，今日18:00前未结清将直接寄送您户籍地派出所…"),
    ("PUSH", "app", "LP", "【人民法院执行局】您的网贷纠纷已进入强制执行阶段，点击查看冻结…"),
    ("PUSH", "app", "TL", "{name}，已同步至您父母及配偶，并启动失信程序，子女入学政审将受…"),
    ("PUSH", "app", "R", "【花呗也能还】逾期别慌，信用卡套现秒到账，手续费低至0.6%，戳→"),
    ("PUSH", "app", "IE", "失信人{name}，你的丑事明天全网可见，骗子就该这个下场"),
    ("PUSH", "app", "V", "【米花分期】今晚我们的人就在你公司停车场等你下班，钱准备好。"),
)

PUSH_COMPLIANT = (
    ("PUSH", "app", "", "【速借宝】您本期账单¥{amount}已逾期3天，点击查看还款方式…"),
    ("PUSH", "app", "", "{name}，您有一笔账单明天到期，点此开启自动还款，避免产生逾期…"),
    ("PUSH", "app", "", "还款遇到困难？可在线申请延期或分期，提交后1个工作日内回复…"),
    ("PUSH", "app", "", "【速借宝】您的还款已到账，本期账单已结清，感谢您的信任。"),
    ("PUSH", "app", "", "温馨提示：近期有人冒充“警方”“法院”发送催款推送，本平台从不…"),
    ("PUSH", "app", "", "我们已收到您的协商申请，专员将于今天16:00前给您回电，请留意来电…"),
    ("PUSH", "app", "", "您的账单已逾期{days}天，罚息按合同约定每日计收，请尽快处理。"),
    ("PUSH", "app", "", "【速借宝】本平台不会让您到其他平台借款来还，谨防“以贷养贷”…"),
    ("PUSH", "app", "", "{name}，您的减免方案已通过：结清可减免部分罚息，有效期至本月底…"),
    ("PUSH", "app", "", "提醒：逾期可能影响个人征信，请于本周五前还款或联系客服协商。"),
    ("PUSH", "app", "", "账单提醒｜应还¥{amount}｜最后还款日{due_date}｜点击一键还款"),
    ("PUSH", "app", "", "您填写的紧急联系人仅在无法联系到您本人时使用，我们不会告知欠款…"),
    ("PUSH", "app", "", "如对账单有异议，可在“我的-账单-申请异议”提交，核实期间暂停催收…"),
    ("PUSH", "app", "", "您已关闭营销类推送，账单及还款提醒仍会正常发送。"),
    ("PUSH", "app", "", "【速借宝】逾期状态仅您本人可见，结清后账户状态即时恢复。"),
    ("PUSH", "app", "", "{name}您好，本期最低还款额¥{min_amount}，还清最低还款可暂免本月催收…"),
    ("PUSH", "app", "", "警惕！有人以“帮您消除逾期记录”“代还款”为名收费，均为诈骗…"),
    ("PUSH", "app", "", "您预约的分期方案将于今晚24点失效，如需继续办理请打开App确认。"),
    ("PUSH", "app", "", "【米花分期】今晚8点前还款可当日入账，明早起不再提醒。"),
)

# --- in-app pop-ups and banners: title, body and the buttons under them ----------------------------------------

POPUP_VIOLATING = (
    ("POPUP", "app", "T", "【重要提醒】\n您已逾期{days}天。系统将在3小时后向您的全部通讯录联系人发送逾期通知。\n[立即还款] [我知道了]"),
    ("POPUP", "app", "T", "温馨提示：您的紧急联系人（母亲、同事王**）将在今晚20:00收到您的欠款短信，还款后自动取消。"),
    ("POPUP", "app", "E", "逾期公示\n您的头像、姓名、欠款金额已进入本周“失信红黑榜”，榜单对全体用户及合作商户开放。\n[去还款]"),
    ("POPUP", "app", "R", "额度告急？\n合作平台【钱满满】新用户首借免息，借到的钱可直接用于偿还本平台逾期。\n[马上去借] [残忍拒绝]"),
    ("POPUP", "app", "L", "系统检测到您存在恶意逃债行为，已自动生成报案材料。24小时内不处理，将提交当地公安机关立案侦查。"),
    ("POPUP", "app", "V", "上门通知\n我司外访组已锁定您的居住地址和工作地点，明早9点到您家门口当面“沟通”。\n[我要还款]"),
    ("POPUP", "app", "I", "{name}，做人要有底线。借了钱不还，你跟小偷有什么区别？"),
    ("POPUP", "app", "PL", "【XX区人民法院·电子送达】\n案号(2024)X0103民初****号，您已被列为被告，开庭前不还款将依法拘留。\n[查看传票]"),
    ("POPUP", "app", "R", "Banner：逾期还不上？闲置iPhone、金银首饰都能换钱，回收价格全网最高，换完直接还款 >"),
    ("POPUP", "app", "TE", "您的逾期记录将于今天17:00在您所在小区业主群和单位工作群同步公示，请珍惜最后机会。"),
    ("POPUP", "app", "L", "征信黑名单确认\n一旦上报将终身无法消除，您本人及直系亲属均不能乘坐飞机高铁。\n[我要补救]"),
    ("POPUP", "app", "T", "恭喜您！已为您开通“亲友代还”功能：系统将把账单推送给您通讯录中的前20位好友，邀请他们帮您还款。"),
    ("POPUP", "app", "E", "分享你的“欠款证明”海报到朋友圈即可延期3天。不分享？明天我们替你发。"),
    ("POPUP", "app", "VT", "别以为换了手机号就没事，你老家地址我们有，明天就去找你爸妈“聊聊”，他们天天在家吧？"),
    ("POPUP", "app", "I", "废物，三天两头说没钱，你活着图啥？赶紧把钱还了。"),
    ("POPUP", "app", "L", "您的账户已被标记为“诈骗嫌疑账户”，所有银行卡将在48小时内被冻结。"),
    ("POPUP", "app", "R", "限时福利：申请“应急周转金”，放款直达本平台还款账户，帮您一键结清逾期（日利率0.1%起）"),
    ("POPUP", "app", "IT", "提醒一下你这个骗子：你同事张**刚才问我们你是不是又欠钱了，要不要我们直接跟他说？"),
    ("POPUP", "app", "P", "【国家金融监督管理总局提示】您名下网贷逾期已纳入重点监管名单，请立即登录本App处理。"),
    ("POPUP", "app", "E", "banner滚动：【逾期曝光】用户 {name}（尾号{tail}）欠款{amount}元拒不还款，大家一起监督！"),
    ("POPUP", "app", "P", "【XX省高级人民法院】诉前调解通知\n您的网贷案件已分配调解员，请点击确认还款方案。\n[确认方案]"),
)

POPUP_COMPLIANT = (
    ("POPUP", "app", "", "【重要提醒】\n您已逾期{days}天，应还金额¥{amount}。请尽快还款，如有困难可申请协商。\n[立即还款] [申请协商]"),
    ("POPUP", "app", "", "温馨提示：我们不会向您的紧急联系人透露您的借款信息。如您更换了手机号，请在“我的-资料”中更新。"),
    ("POPUP", "app", "", "逾期提醒\n您的账户当前处于逾期状态，此信息仅您本人可见。结清后将恢复正常额度评估。\n[去还款]"),
    ("POPUP", "app", "", "还款有压力？\n您可以申请最长6期的分期还款，审核通过后逾期罚息停止计算。\n[了解分期] [暂不需要]"),
    ("POPUP", "app", "", "如您长期不还款，我们可能依法向人民法院提起诉讼。诉讼是否受理、如何判决由法院决定，届时您会收到法院的正式送达。"),
    ("POPUP", "app", "", "面谈服务\n如需当面办理还款协商，可预约到您所在城市的服务网点，由您选择时间。\n[预约面谈]"),
    ("POPUP", "app", "", "{name}，我们理解每个人都会遇到难处。能说说您现在的情况吗？我们一起想办法。\n[联系专员]"),
    ("POPUP", "app", "", "【防骗提醒】\n法院文书只会通过法院官方渠道送达，本App不会以“法院”名义弹窗推送传票，请勿点击陌生链接。"),
    ("POPUP", "app", "", "Banner：还款日前3天提醒已开启，到期当天上午9点将再次提醒您 >"),
    ("POPUP", "app", "", "您的逾期记录仅用于本平台账户管理及依法报送征信，不会在任何群组或公开场合展示。"),
    ("POPUP", "app", "", "征信报送说明\n逾期信息将按《征信业管理条例》报送，记录自欠款结清之日起保存5年，只涉及您本人。\n[了解详情]"),
    ("POPUP", "app", "", "“亲友代还”仅在您主动分享账单链接时可用，我们不会主动联系您的任何亲友。"),
    ("POPUP", "app", "", "分享活动仅用于邀请新用户，与您的账单无关，不分享不影响任何还款安排。"),
    ("POPUP", "app", "", "更换了手机号？请及时更新联系方式，以便接收还款提醒和减免通知。"),
    ("POPUP", "app", "", "我们知道最近不容易。今天先还一部分也可以，剩余部分可以和专员约定时间。"),
    ("POPUP", "app", "", "您的账户因逾期暂停借款功能，结清后24小时内自动恢复，不影响您的银行卡使用。"),
    ("POPUP", "app", "", "本平台不提供、也不推荐任何第三方借款产品，请勿“借新还旧”。如需帮助请联系客服。"),
    ("POPUP", "app", "", "提醒：工作人员不会联系您的同事或单位。如有人自称本平台催收并骚扰您的亲友，请拨打400-862-3319举报。"),
    ("POPUP", "app", "", "【消费者权益保护提示】您可通过App内“投诉与建议”或拨打客服电话反映催收问题，我们将在3个工作日内答复。"),
    ("POPUP", "app", "", "banner滚动：本月已有1.2万名用户通过“延期还款”渡过难关，点击了解申请条件 >"),
    ("POPUP", "app", "", "诉前调解说明\n如双方同意，可由法院委派的调解组织调解，调解不收费，您有权拒绝。\n[了解详情]"),
)

# --- button labels and the confirmation dialogs behind them ---------------------------------------------------

BUTTON_VIOLATING = (
    ("BUTTON", "app", "T", "[我接受被通知到工作单位]"),
    ("BUTTON", "app", "T", "确认暂不还款？\n点击“确认”即表示您同意我们联系您的单位领导及同事协助催收。\n[取消] [确认]"),
    ("BUTTON", "app", "E", "[暂不还款，同意公开我的欠款信息]"),
    ("BUTTON", "app", "L", "确定放弃还款吗？\n放弃后系统将自动向法院提交立案材料，您将被列入失信被执行人并限制出行。\n[再想想] [确定放弃]"),
    ("BUTTON", "app", "R", "[去借一笔还上]"),
    ("BUTTON", "app", "R", "余额不足\n推荐使用【易分期】借款还款，最快3分钟到账。\n[去借款] [换个方式]"),
    ("BUTTON", "app", "I", "[我是老赖，我不还]"),
    ("BUTTON", "app", "I", "确定要继续当缩头乌龟吗？\n[我还钱] [我就当乌龟]"),
    ("BUTTON", "app", "TE", "稍后再还\n选择“稍后”后，您的逾期账单将分享至您的微信好友及朋友圈。\n[立即还款] [稍后]"),
    ("BUTTON", "app", "V", "拒绝协商？\n拒绝后我们的外访人员将直接到您家里谈，后果自负。\n[接受协商] [拒绝]"),
    ("BUTTON", "app", "T", "[通知我的紧急联系人帮我还]"),
    ("BUTTON", "app", "L", "[我已知晓：逾期将被拘留]"),
    ("BUTTON", "app", "T", "关闭提醒\n关闭后，还款提醒将改为发送给您的家人。\n[保持开启] [关闭]"),
    ("BUTTON", "app", "R", "[卖车还款·一键估价]"),
    ("BUTTON", "app", "PL", "【公安机关反诈联动】\n您的欠款已列入涉案名单，点击“配合调查”并还款可撤销备案。\n[配合调查]"),
    ("BUTTON", "app", "E", "[不还款，上曝光榜]"),
    ("BUTTON", "app", "V", "不还款？\n那就别怪我们晚上去你家敲门了，门锁换过也没用。\n[还款] [不还]"),
)

BUTTON_COMPLIANT = (
    ("BUTTON", "app", "", "[立即还款]"),
    ("BUTTON", "app", "", "确认暂不还款？\n逾期期间将按合同计收罚息，您可以随时回来还款或申请协商。\n[取消] [确认]"),
    ("BUTTON", "app", "", "[暂不还款，稍后提醒我]"),
    ("BUTTON", "app", "", "确定稍后还款吗？\n长期逾期可能导致我们依法提起诉讼，诉讼结果以法院判决为准。现在协商可避免额外费用。\n[去协商] [稍后]"),
    ("BUTTON", "app", "", "[申请分期还款]"),
    ("BUTTON", "app", "", "余额不足\n您可以换一张银行卡，或先还部分金额，剩余部分申请延期。\n[换卡] [部分还款]"),
    ("BUTTON", "app", "", "[我有困难，联系专员]"),
    ("BUTTON", "app", "", "确定要退出还款页面吗？\n您的还款进度已保存。\n[继续还款] [退出]"),
    ("BUTTON", "app", "", "稍后再还\n选择“稍后”后，我们会在明天10:00再次提醒您。\n[立即还款] [稍后]"),
    ("BUTTON", "app", "", "拒绝协商？\n您仍可随时通过App或客服热线重新发起协商，不影响您的申请资格。\n[接受协商] [拒绝]"),
    ("BUTTON", "app", "", "[修改紧急联系人]"),
    ("BUTTON", "app", "", "[我已知晓逾期费用规则]"),
    ("BUTTON", "app", "", "关闭提醒\n关闭后您将不再收到优惠活动推送，账单提醒不受影响。\n[保持开启] [关闭]"),
    ("BUTTON", "app", "", "[退订营销短信]"),
    ("BUTTON", "app", "", "【反诈提醒】\n如有人以“公安”“法院”名义要求您向个人账户转账，请立即挂断并拨打110。\n[我知道了]"),
    ("BUTTON", "app", "", "[提交异议]"),
    ("BUTTON", "app", "", "暂不还款？\n您可以设置下次提醒的时间。\n[还款] [设置提醒]"),
)

# --- countdown timers on the account page --------------------------------------------------------------------

TIMER_VIOLATING = (
    ("TIMER", "app", "V", "距离上门拜访您家还剩 05:59:42"),
    ("TIMER", "app", "T", "距离通知您的全部联系人：02:14:08 ⏳"),
    ("TIMER", "app", "L", "立案倒计时 23:59:59｜倒计时结束自动移交公安"),
    ("TIMER", "app", "E", "曝光倒计时 11:20:36，结束后您的信息将在平台首页公示"),
    ("TIMER", "app", "T", "还剩 00:47:15 将联系您的工作单位人事部"),
    ("TIMER", "app", "L", "⏰ 距离拘留令生效：1天 03:12:55"),
    ("TIMER", "app", "V", "外访小组倒计时：今晚 21:00 抵达您的小区楼下\n剩余 04:32:10"),
    ("TIMER", "app", "IE", "老赖挂榜倒计时 08:00:00"),
    ("TIMER", "app", "L", "距离您的子女学籍被记录家长失信：6天 12:05:33"),
    ("TIMER", "app", "TE", "还剩 01:00:00\n时间一到，您的欠款截图将发送至家族群和公司群"),
    ("TIMER", "app", "V", "距离我们去您孩子学校门口“接”他放学还有 16:40:00"),
    ("TIMER", "app", "R", "逾期罚息翻倍倒计时 03:00:00｜来不及？点此借【秒到钱包】先还上"),
    ("TIMER", "app", "PL", "【XX市中级人民法院】强制执行倒计时 47:59:59，逾期未履行将查封名下财产"),
    ("TIMER", "app", "T", "倒计时 00:30:00 后，系统将给您通讯录前50位联系人群发催款短信"),
    ("TIMER", "app", "VT", "倒计时 02:00:00\n结束后我们的兄弟会去你爸妈家门口守着"),
)

TIMER_COMPLIANT = (
    ("TIMER", "app", "", "距离本期还款日还剩 2天 05:59:42"),
    ("TIMER", "app", "", "减免优惠剩余 02:14:08 ⏳ 结清可减免全部罚息"),
    ("TIMER", "app", "", "宽限期倒计时 23:59:59｜宽限期内还款不计罚息、不上报逾期"),
    ("TIMER", "app", "", "分期方案确认剩余 11:20:36，超时需重新提交申请"),
    ("TIMER", "app", "", "还剩 00:47:15 本日还款通道维护，请在维护前后操作"),
    ("TIMER", "app", "", "⏰ 延期申请结果将在 1天 03:12:55 内通知您"),
    ("TIMER", "app", "", "专员回电倒计时：今天 21:00 前\n剩余 04:32:10"),
    ("TIMER", "app", "", "自动扣款倒计时 08:00:00，请确保尾号{tail}的银行卡余额充足"),
    ("TIMER", "app", "", "距离逾期满30天还有 6天 12:05:33，届时逾期信息将按规定报送征信"),
    ("TIMER", "app", "", "还剩 01:00:00\n今日还款可当日入账，次日起算的罚息将不再产生"),
    ("TIMER", "app", "", "距离免息活动结束还有 16:40:00"),
    ("TIMER", "app", "", "罚息减半活动倒计时 03:00:00｜仅限本人在App内还款"),
    ("TIMER", "app", "", "协商还款预约倒计时 47:59:59，逾期未确认将释放预约名额"),
    ("TIMER", "app", "", "倒计时 00:30:00 后验证码失效，请尽快完成还款确认"),
    ("TIMER", "app", "", "倒计时 02:00:00\n结束前还款，今天将不再收到电话提醒"),
)

# --- status badges on the debtor's profile, and who sees them --------------------------------------------------

BADGE_VIOLATING = (
    ("BADGE", "app", "IT", "个人主页徽章：【失信老赖】（您的通讯录好友访问您的主页时可见）"),
    ("BADGE", "app", "E", "头像角标已更新为“欠款未还”，该标识对社区所有用户展示。"),
    ("BADGE", "app", "I", "标签：🐢缩头乌龟 · 逾期{days}天"),
    ("BADGE", "app", "E", "您的账号已被打上“欠款未结清”标签，您在本App发布的动态、评论均会带此标签。"),
    ("BADGE", "app", "TE", "{name}的资料卡：⚠️失信用户 欠款{amount}元未还（对其联系人及附近的人公开）"),
    ("BADGE", "app", "I", "状态：骗子｜等级：Lv.0 无信用人员"),
    ("BADGE", "app", "L", "身份标识：【在逃人员】逾期{days}天，已上报公安网"),
    ("BADGE", "app", "T", "您的好友已可在其App“通讯录”页看到您的逾期徽章，结清后徽章消失。"),
    ("BADGE", "app", "E", "逾期用户专属红框头像已生效，在群聊、直播间和评论区均显示“欠钱不还”。"),
    ("BADGE", "app", "IL", "{name} 🏷️ 赖账户 · 已纳入刑事黑名单"),
    ("BADGE", "app", "TE", "您的微信状态已同步为“我欠钱不还”，您的好友和群成员都能看到哦～"),
    ("BADGE", "app", "I", "用户等级降为：人渣级（逾期{days}天）"),
    ("BADGE", "app", "L", "认证状态：被执行人（法院已立案）｜高铁飞机已限制"),
    ("BADGE", "app", "E", "您的商家店铺首页已挂上“店主欠款不还”横幅，顾客进店即可看到。"),
)

BADGE_COMPLIANT = (
    ("BADGE", "app", "", "个人中心徽章：【待还款】（仅您本人可见）"),
    ("BADGE", "app", "", "头像角标已更新为“本期已还清”，该标识仅在您的账户页展示。"),
    ("BADGE", "app", "", "标签：📅 明日到期 · 应还¥{amount}"),
    ("BADGE", "app", "", "您的账户状态为“逾期”，此状态仅用于本平台额度管理，不会在社区、评论等公开页面展示。"),
    ("BADGE", "app", "", "{name}的账单卡：逾期{days}天 应还¥{amount}（仅本人登录后可见）"),
    ("BADGE", "app", "", "状态：协商中｜专员将在2个工作日内联系您"),
    ("BADGE", "app", "", "身份标识：【已申请延期】延期至{due_date}，期间不计逾期"),
    ("BADGE", "app", "", "您的好友无法看到您的账单、额度及逾期状态，请放心使用。"),
    ("BADGE", "app", "", "信用分提示：按时还款3期后，您的借款额度有机会恢复。"),
    ("BADGE", "app", "", "{name} 🏷️ 分期中 · 第2/6期"),
    ("BADGE", "app", "", "您的还款计划已生效，“逾期”标识将在首期还款后更新为“还款中”。"),
    ("BADGE", "app", "", "用户等级：普通会员（逾期期间暂停升级）"),
    ("BADGE", "app", "", "认证状态：已实名｜账单状态：逾期{days}天（征信报送以实际报送记录为准，可在人行征信中心查询）"),
    ("BADGE", "app", "", "您的商家收款码不受个人借款逾期影响，请放心经营，记得按时还款哦。"),
)

# --- notification-centre lists: several entries as the message centre stacks them -----------------------------

INBOX_VIOLATING = (
    ("INBOX", "app", "T", "消息中心（3）\n· 09:02 账单逾期提醒\n· 11:30 已通知您的紧急联系人：李**（配偶）\n· 14:15 下一批通知对象：您的同事（6人）"),
    ("INBOX", "app", "L", "系统通知\n[未读] 您的案件已移送经侦部门\n[未读] 请于今日携带身份证到派出所说明情况\n[已读] 本期账单已生成"),
    ("INBOX", "app", "R", "消息｜全部\n· 还款提醒：您已逾期{days}天\n· 好物推荐：【月光贷】最高20万，借来还旧账不用愁\n· 活动：借款满5000送还款券"),
    ("INBOX", "app", "E", "通知\n1. 您的逾期信息已提交至“全国欠款人公示平台”\n2. 公示链接已生成，可分享\n3. 结清后可申请撤下"),
    ("INBOX", "app", "V", "催收记录\n06-12 电话未接通\n06-13 短信已送达\n06-14 外访人员已到您单位楼下蹲守，下班见"),
    ("INBOX", "app", "I", "未读消息（2）\n· 还钱！\n· 你个无赖，电话也不接，装什么死"),
    ("INBOX", "app", "PL", "【XX市公安局】协查通知\n【XX市公安局】您的身份证已被冻结\n【速借宝】账单待还¥{amount}"),
    ("INBOX", "app", "TL", "通知列表\n- 已向您父母寄送《刑事追责告知书》\n- 已向您姐姐发送欠款协查函\n- 今日最后还款期限 18:00"),
    ("INBOX", "app", "E", "动态\n· 您的逾期视频已剪辑完成，预计明天上线短视频平台\n· 您可在今晚前还款以撤回发布"),
    ("INBOX", "app", "T", "提醒\n· 您的工作单位已确认收到催收函\n· 您的领导表示会督促您还款\n· 请勿继续拖延，以免影响工作"),
    ("INBOX", "app", "R", "通知中心\n· 您的账单逾期{days}天\n· 专员建议：可到【分期通】或信用卡取现先周转\n· 今日还款可减免滞纳金"),
    ("INBOX", "app", "IV", "最新消息\n· 狗东西别躲了\n· 我们已经知道你每天几点下班走哪条路"),
)

INBOX_COMPLIANT = (
    ("INBOX", "app", "", "消息中心（3）\n· 09:02 账单逾期提醒\n· 11:30 协商申请已受理\n· 14:15 专员将于明天上午回电"),
    ("INBOX", "app", "", "系统通知\n[未读] 您的还款计划已更新\n[未读] 本期应还¥{amount}，最后还款日{due_date}\n[已读] 本期账单已生成"),
    ("INBOX", "app", "", "消息｜全部\n· 还款提醒：您已逾期{days}天\n· 服务通知：您可申请延期还款\n· 您已成功退订营销消息"),
    ("INBOX", "app", "", "通知\n1. 您的逾期信息将按规定报送金融信用信息基础数据库\n2. 如有异议可在线提交\n3. 结清后报送记录同步更新"),
    ("INBOX", "app", "", "催收记录\n06-12 电话未接通\n06-13 短信已送达\n06-14 专员预约回电：06-15 10:00"),
    ("INBOX", "app", "", "未读消息（2）\n· 还款提醒\n· 您好，打您电话未接通，方便时请回电或在App内留言"),
    ("INBOX", "app", "", "【速借宝】防诈提示：冒充公安、法院的推送均为诈骗\n【速借宝】账单待还¥{amount}\n【速借宝】还款方式说明"),
    ("INBOX", "app", "", "通知列表\n- 还款提醒函已发送至您的注册邮箱\n- 您的异议申请正在处理\n- 处理期间暂停催收提醒"),
    ("INBOX", "app", "", "动态\n· 您的还款凭证已生成，可下载\n· 您可在今晚前还款以避免产生次日罚息"),
    ("INBOX", "app", "", "提醒\n· 您的分期申请已通过\n· 首期还款日为下月10日\n· 请按计划还款，如有变化可再次协商"),
    ("INBOX", "app", "", "通知中心\n· 您的账单逾期{days}天\n· 专员建议：先还最低还款额，其余部分申请分期\n· 今日还款可减免滞纳金"),
    ("INBOX", "app", "", "最新消息\n· 您上次反映的催收电话问题已核实并处理\n· 该专员已停止联系您，后续由客服经理对接"),
)

# --- mini-program cards: what the card shows in a chat, the debtor's own and those sent to contacts -------------

MINI_VIOLATING = (
    ("MINI", "app", "@DT", "[小程序] 账单代付\n你的好友 王*杰 在【速借宝】欠款¥3,280，已逾期15天\n帮TA还一下吧，不然我们每天都来找你 >"),
    ("MINI", "app", "@D", "[小程序] 逾期告知卡\n{name}（手机尾号{tail}）借款逾期{days}天，未还金额{amount}元。请您转告其尽快还款。"),
    ("MINI", "app", "@DE", "[小程序] 失信人员查询\n您的群友 {name} 已被列入本平台欠款名单，欠款{amount}元 · 点击查看照片及身份信息"),
    ("MINI", "app", "@DTL", "[小程序] 担责通知\n您作为{name}的紧急联系人，需承担连带还款责任，拒不配合将一并起诉。\n欠款：¥{amount}"),
    ("MINI", "app", "@DI", "[小程序] 提醒卡\n您的表弟刘*是个骗子，在我们平台借了8,000块一分没还，这种人您还敢跟他来往？"),
    ("MINI", "app", "TE", "[小程序] 我的欠款海报\n系统已自动生成，并将于今晚发送到您的所有微信群 · 立即还款可撤回"),
    ("MINI", "app", "R", "[小程序] 极速周转\n逾期还款专用借款，无视征信，最快5分钟放款，借到直接还速借宝 >"),
    ("MINI", "app", "@DT", "[小程序] 同事帮帮忙\n贵司员工 周*（财务部）在我司借款逾期{days}天，请贵单位督促其还款，否则我司将每日来电。"),
    ("MINI", "app", "PL", "[小程序] 法院在线送达\n【互联网法院】您有一份刑事判决书待签收，拒签视为认罪"),
    ("MINI", "app", "@DTV", "[小程序] 家属须知\n您儿子欠我们{amount}元一直躲着，您家住哪我们清楚，自己看着办吧。"),
    ("MINI", "app", "R", "[小程序] 车辆快速变现\n逾期还不上？车抵贷当天放款，不押车，先把网贷窟窿补上"),
    ("MINI", "app", "@D", "[小程序] 紧急联系人确认\n您好，您的朋友张*在【闪贷星】有一笔¥5,600的借款已逾期，请协助联系。"),
    ("MINI", "app", "IE", "[小程序] 本周老赖榜 TOP10\n第3名：{name}，欠款{amount}元，逾期{days}天 · 点击围观"),
    ("MINI", "app", "@DT", "[小程序] 联系人代偿\n您被{name}填写为联系人，现其逾期未还。系统已为您生成代偿账单¥{amount}，请在3日内支付。"),
)

MINI_COMPLIANT = (
    ("MINI", "app", "", "[小程序] 账单还款\n您的本期账单待还¥{amount}，已逾期{days}天\n点击进入，支持分期与部分还款 >"),
    ("MINI", "app", "@", "[小程序] 服务通知\n您好，我们有事需要联系您的朋友王先生，方便时请转告他拨打400-861-2275，谢谢。"),
    ("MINI", "app", "", "[小程序] 还款计划\n{name}，您的6期分期方案已生效，首期¥{first_amount}，还款日每月8日"),
    ("MINI", "app", "", "[小程序] 征信说明\n逾期信息报送依据《征信业管理条例》，仅涉及借款人本人，结清后如实更新。"),
    ("MINI", "app", "", "[小程序] 提醒卡\n您设置的还款提醒：每月7日上午9点，可随时修改或关闭。"),
    ("MINI", "app", "", "[小程序] 我的还款凭证\n已结清 · 结清日期{settle_date} · 可下载结清证明"),
    ("MINI", "app", "", "[小程序] 困难申请\n因失业、疾病、家庭变故导致还款困难，可提交材料申请延期或减免 >"),
    ("MINI", "app", "@", "[小程序] 联系人设置提醒\n您已被好友设为紧急联系人。您可随时在此处选择“拒绝成为联系人”，拒绝后不会再收到任何通知。"),
    ("MINI", "app", "", "[小程序] 防骗指南\n“互联网法院”“刑事判决书”等小程序卡片均非本平台发送，法院文书请通过官方渠道核实。"),
    ("MINI", "app", "", "[小程序] 协商还款\n您好，专员已为您保留减免名额，点击查看方案，也可选择电话沟通。"),
    ("MINI", "app", "", "[小程序] 还款方式\n支持银行卡、对公账户转账，请勿向任何个人账户还款。"),
    ("MINI", "app", "@", "[小程序] 回电请求\n您好，有一件事需要和张女士本人确认，麻烦您见到她时请她回个电话，打扰了。"),
    ("MINI", "app", "", "[小程序] 本月按时还款榜\n您已连续6个月按时还款，获得提额机会（仅您本人可见）"),
    ("MINI", "app", "", "[小程序] 账单明细\n本金¥{principal} 利息¥{interest} 罚息¥{penalty}\n对费用有疑问？点此申请核对"),
)

# --- lock-screen previews: app name, time and the first line, as anyone who picks up the phone sees them ---------

LOCK_VIOLATING = (
    ("LOCK", "app", "L", "速借宝 · 现在\n您已被列为网上追逃人员，请立即…"),
    ("LOCK", "sms", "I", "1069 0571 2233 · 2分钟前\n【钱来也】死赖账的，你还要脸吗？你妈知道你这样…"),
    ("LOCK", "app", "T", "借呀 · 08:15\n您的父亲已接到我们的电话，他说会…"),
    ("LOCK", "sms", "LP", "10655 8812 · 刚刚\n【XX县人民检察院】关于你涉嫌信用卡诈骗一案，请于…"),
    ("LOCK", "app", "V", "好借 · 23:48\n今晚睡得着吗？我们的人明天一早就到你家门口…"),
    ("LOCK", "app", "E", "米花分期 · 昨天\n您的欠款信息将于明日在抖音号“老赖曝光台”发布…"),
    ("LOCK", "sms", "R", "106 9876 5432 · 10:02\n【周转侠】逾期不用怕，新平台借款直接还旧账，利息日0.05%…"),
    ("LOCK", "app", "TE", "钱多多 · 现在\n通知：您的逾期情况已发到公司群，领导和同事都看到了…"),
    ("LOCK", "sms", "L", "1069 2200 · 09:30\n【信达小贷】您欠款已超90天，依据刑法将追究刑事责任并拘留…"),
    ("LOCK", "app", "I", "速借宝 · 3分钟前\n你个穷鬼还借什么钱…"),
    ("LOCK", "sms", "P", "1065 3308 · 昨天 21:10\n【速借宝贷后管理中心】我是负责你案子的律师陈锋，你这事再不处理…"),
    ("LOCK", "app", "V", "借呀 · 07:02\n你儿子在实验小学三年级二班吧？钱今天到不了的话…"),
    ("LOCK", "app", "R", "花呀 · 12:45\n急用钱还款？把房子抵押给我们合作方，两天放款…"),
    ("LOCK", "sms", "TL", "1069 0012 · 15:16\n【快易借】已对您全部联系人发送“协助追逃”通知，公安已…"),
)

LOCK_COMPLIANT = (
    ("LOCK", "app", "", "速借宝 · 现在\n您有一条新的账户提醒，点击查看…"),
    ("LOCK", "sms", "", "1069 0571 2233 · 2分钟前\n【钱来也】尊敬的客户，您的账单已到期，请登录App查看…"),
    ("LOCK", "app", "", "借呀 · 08:15\n您预约的回电时间为今天上午10点，专员将准时…"),
    ("LOCK", "sms", "", "10655 8812 · 刚刚\n【XX银行信用卡中心】您尾号{tail}的信用卡本期账单已逾期，如已还款请忽略…"),
    ("LOCK", "app", "", "好借 · 21:48\n温馨提醒：明天是您的还款日，可提前设置自动扣款…"),
    ("LOCK", "app", "", "米花分期 · 昨天\n您的隐私设置已生效：锁屏通知将不显示账单金额…"),
    ("LOCK", "sms", "", "106 9876 5432 · 10:02\n【周转侠】您已成功退订营销短信，回复TD可随时退订，账单通知不受…"),
    ("LOCK", "app", "", "钱多多 · 现在\n您的还款已到账，剩余应还¥0.00…"),
    ("LOCK", "sms", "", "1069 2200 · 09:30\n【信达小贷】您的借款已逾期90天，我司可能依法提起诉讼，协商请致电…"),
    ("LOCK", "app", "", "速借宝 · 3分钟前\n您有1条未读消息…"),
    ("LOCK", "sms", "", "1065 3308 · 昨天 19:10\n【速借宝】您的账户已委托鼎诚咨询进行还款提醒，对方将以鼎诚名义联系您，核实请拨…"),
    ("LOCK", "app", "", "借呀 · 09:02\n分期方案审核通过，本月只需还¥{first_amount}…"),
    ("LOCK", "app", "", "花呀 · 12:45\n还款遇到困难？您可以申请停息挂账，了解条件…"),
    ("LOCK", "sms", "", "1069 0012 · 15:16\n【快易借】我们不会联系您的通讯录好友，如遇冒充本平台的骚扰请举报…"),
)

# --- e-mail subject lines, some with the preview line the inbox shows after them -------------------------------

MAIL_VIOLATING = (
    ("MAIL", "email", "I", "主题：致全网最不要脸的老赖{name}"),
    ("MAIL", "email", "I", "Subject: {name}，你这个骗子到底还要躲多久？"),
    ("MAIL", "email", "L", "主题：【刑事立案告知】关于您涉嫌恶意透支一案（案件编号XJ2024-0317）"),
    ("MAIL", "email", "LP", "主题：XX市公安局网络安全支队 - 协助调查通知书（请于24小时内回复）"),
    ("MAIL", "email", "T", "主题：最后通牒｜明日起我司将逐一致电您的同事与直属领导"),
    ("MAIL", "email", "E", "主题：您的欠款公告将于周五刊登在本地论坛及公众号"),
    ("MAIL", "email", "R", "主题：逾期急救｜3家不查征信的平台帮您先还上（内附链接）"),
    ("MAIL", "email", "V", "主题：我们的人今晚会去{address}附近转转"),
    ("MAIL", "email", "PL", "主题：【XX律师事务所】律师函——您已涉嫌诈骗罪，3日内未还款将移交检察院\n（本函由速借宝贷后部门代发）"),
    ("MAIL", "email", "TE", "主题：抄送您全体通讯录：{name}欠款{amount}元拒不归还的情况说明"),
    ("MAIL", "email", "I", "主题：垃圾人{name}，欠钱不还还拉黑客服？"),
    ("MAIL", "email", "L", "主题：限高令已生效：您及家人即日起禁止乘坐高铁、飞机"),
    ("MAIL", "email", "R", "主题：信用卡额度还没用完？先刷出来把网贷还了，手把手教程"),
    ("MAIL", "email", "T", "主题：关于贵司员工{name}拖欠借款一事——请人事部门协助扣发工资\n（已同时发送至您的工作邮箱）"),
    ("MAIL", "email", "V", "主题：{name}，出门记得看看身后"),
    ("MAIL", "email", "E", "主题：【预告】《欠债不还的人》系列视频第7期主角：{name}"),
    ("MAIL", "email", "IL", "主题：{name}你就是个诈骗犯，等着坐牢吧"),
    ("MAIL", "email", "P", "主题：中国人民银行征信中心 - 个人失信记录确认函\n发件人：征信中心通知 <notice@credit-center-cn.top>"),
    ("MAIL", "email", "R", "主题：你名下那套房子，抵押一下什么债都还清了"),
    ("MAIL", "email", "TL", "主题：已通知您的父母和配偶：您涉嫌刑事犯罪，请家属配合"),
    ("MAIL", "email", "P", "主题：【律师函】北京恒信律师事务所受托催告\n发件人：速借宝催收外包组 小王"),
)

MAIL_COMPLIANT = (
    ("MAIL", "email", "", "主题：{name}，您的{month}月账单已逾期，请及时处理"),
    ("MAIL", "email", "", "Subject: {name}, a reminder about your overdue balance of ¥{amount}"),
    ("MAIL", "email", "", "主题：【还款提醒】您的借款已逾期{days}天（合同编号HT2024-0317）"),
    ("MAIL", "email", "", "主题：防诈提醒 - 冒充公安、法院发送“协助调查通知书”的邮件均为诈骗"),
    ("MAIL", "email", "", "主题：我们尝试电话联系您未果，请回复方便接听的时间"),
    ("MAIL", "email", "", "主题：您的欠款结清证明已生成，请查收附件"),
    ("MAIL", "email", "", "主题：还款有困难？了解我们的延期与分期政策"),
    ("MAIL", "email", "", "主题：上门服务预约确认：您选择的时间为周六上午10点，地点为我司{city}服务网点"),
    ("MAIL", "email", "", "主题：诉前告知：若协商不成，我司拟向有管辖权的人民法院提起民事诉讼\n（诉讼结果以法院裁判为准，本函不是法院文书）"),
    ("MAIL", "email", "", "主题：您的个人信息使用说明：我们不会向您的联系人披露借款信息"),
    ("MAIL", "email", "", "主题：您的投诉已受理（工单号TS2406150023）"),
    ("MAIL", "email", "", "主题：关于“限高”“失信被执行人”的说明：仅由法院在执行程序中依法作出"),
    ("MAIL", "email", "", "主题：本平台郑重提醒：不要用信用卡套现或网贷来还款"),
    ("MAIL", "email", "", "主题：关于您工作邮箱的更正——今后账单仅发送至您的个人邮箱\n（我们已删除该工作邮箱地址）"),
    ("MAIL", "email", "", "主题：{name}，您的分期还款计划已生效"),
    ("MAIL", "email", "", "主题：【退订】您已成功退订营销邮件，账单通知将继续发送"),
    ("MAIL", "email", "", "主题：{name}，关于您提出的费用异议，我们的核查结果"),
    ("MAIL", "email", "", "主题：征信报送告知 - 您的逾期记录将于{date}报送至金融信用信息基础数据库，结清后依规更新"),
    ("MAIL", "email", "", "主题：减免方案到期提醒：结清可减免罚息¥{waiver}，有效期至{deadline}"),
    ("MAIL", "email", "", "主题：账户变更通知：您的借款已委托{agency}进行还款提醒，您的权利不受影响"),
    ("MAIL", "email", "", "主题：委托催收告知——我司为{agency}，受{product}委托与您联系，委托书见附件"),
)

# --- SMS with short links, some with the heading of the landing page they open -----------------------------------

LINK_VIOLATING = (
    ("LINK", "sms", "T", "【速借宝】{name}您已逾期{days}天，今天不处理将启动通讯录告知程序，详情 s.sjb8.cn/k3Xa 拒收请回复R"),
    ("LINK", "sms", "L", "【好借】您的欠款已被提交立案审查，点击查看立案通知书 hj5.cc/La9 ，逾期将拘留处理。"),
    ("LINK", "sms", "E", "【米花分期】您的欠款公示页面已上线：mh.fq2.cn/p/{id} ，现在还款可下架。"),
    ("LINK", "sms", "R", "【周转侠】逾期别拖！新客专享5000额度，借款直接还旧账：zzx.top/j8 退订回T"),
    ("LINK", "sms", "PL", "【XX市人民法院】您的网贷纠纷案已立案，传票及开庭通知请查看 fy-sd.cn/c/77 ，拒不到庭将拘传。"),
    ("LINK", "sms", "I", "【钱来也】老赖{name}，点开看看你自己干的好事 t.qly.cn/x1"),
    ("LINK", "sms", "V", "短信：{name}，你家门口的照片我们拍好了 s.hd9.cn/m2 ，明天换你单位门口。\n落地页标题：外访记录（第1次）"),
    ("LINK", "sms", "T", "短信：您的单位联系人已同意配合还款，点击查看沟通记录 jy.cx/w5\n落地页标题：致{company}人事部的催收函（已送达）"),
    ("LINK", "sms", "E", "短信：【欠款人公示】{name} 欠{amount}元，分享给认识TA的人 gs.qk8.cn/9d\n落地页标题：XX区欠款人员公示（第15期）"),
    ("LINK", "sms", "R", "短信：还不上就换个地方借，我们帮你匹配 jk.pp3.cn/r\n落地页标题：逾期也能借｜黑户专享通道"),
    ("LINK", "sms", "L", "短信：【快易借】失信名单录入预警 kyj.cc/s0\n落地页标题：您已被列入失信被执行人，子女将无法报考公务员"),
    ("LINK", "sms", "P", "短信：【最高人民法院执行信息公开网】您有一条执行信息待确认 zxgk-gov.cn.xx8.top/a\n落地页标题：执行案件确认（请于24小时内还款）"),
    ("LINK", "sms", "TE", "【借呀】您的欠款已推送至家族群和同学群，撤回请点 jy.cc/dl 。"),
    ("LINK", "sms", "IT", "【花呀】{name}你个缩头乌龟，你老婆的电话我们也有了，自己看着办 hy.cn/o"),
    ("LINK", "sms", "V", "【钱多多】我们的外访组下周一到{city}，你家和你爸妈家都会去一趟。查看行程 qdd.cc/v"),
    ("LINK", "sms", "L", "【信达小贷】警方已介入，您的欠款案件进度 xd.cc/pol ，逾期24小时将被网上追逃。"),
    ("LINK", "sms", "R", "短信：您的还款方案已生成 hk.fa.cn/7\n落地页标题：卖血、卖二手手机都能凑钱——逾期用户筹款攻略"),
    ("LINK", "sms", "IE", "【好借】恭喜{name}荣登本月“赖王榜”，点击围观你的光辉事迹 hj.cc/top 并转发给亲朋好友！"),
    ("LINK", "sms", "P", "【{city}市公安局反诈中心】您名下网贷账户存在异常逾期，请立即点击 gaj-fz.cn.vip/9 处理。"),
    ("LINK", "sms", "T", "【米花分期】系统将于2小时后向您的紧急联系人及同事发送催收短信，取消请还款 mh.cn/c 。"),
    ("LINK", "sms", "P", "【{province}省地方金融管理局】您在速借宝的借款已逾期，请于今日登录 jr-gov.cc/h 还款，否则纳入监管黑名单。"),
)

LINK_COMPLIANT = (
    ("LINK", "sms", "", "【速借宝】{name}您的借款已逾期{days}天，应还¥{amount}，还款请点 s.sjb8.cn/k3Xb 拒收请回复R"),
    ("LINK", "sms", "", "【好借】您的账单已逾期，查看账单详情及还款方式：hj5.cc/Lb1 。如已还款请忽略。"),
    ("LINK", "sms", "", "【米花分期】您的延期申请已通过，查看新的还款计划：mh.fq2.cn/plan 。"),
    ("LINK", "sms", "", "【周转侠】您本期账单将于3日后到期，还款入口：zzx.top/h1 退订回T"),
    ("LINK", "sms", "", "【XX银行】您的信用卡欠款逾期已超90天，我行可能依法起诉。诉讼文书仅由法院送达，请勿相信短信链接。咨询请拨95xxx官方客服。"),
    ("LINK", "sms", "", "【钱来也】{name}您好，查看您的账单明细 t.qly.cn/b2 ，如有异议可在页面内提交。"),
    ("LINK", "sms", "", "短信：{name}，您预约的面谈已确认，地址及路线 s.hd9.cn/n3\n落地页标题：{city}服务网点面谈预约（本人凭身份证办理）"),
    ("LINK", "sms", "", "短信：您的协商还款申请已提交，点击查看进度 jy.cx/w6\n落地页标题：协商还款进度查询"),
    ("LINK", "sms", "", "短信：{name}，您的账单已逾期，请尽快处理 gs.qk8.cn/bill\n落地页标题：我的账单（需本人登录）"),
    ("LINK", "sms", "", "短信：还款有困难可申请分期 jk.pp3.cn/fq\n落地页标题：困难客户分期还款申请"),
    ("LINK", "sms", "", "短信：【快易借】征信报送说明 kyj.cc/zx\n落地页标题：逾期信息如何报送、保存多久、如何提出异议"),
    ("LINK", "sms", "", "短信：【快易借】防范冒充法院诈骗 kyj.cc/ff\n落地页标题：法院执行信息请到官方网站自行查询，勿点短信链接"),
    ("LINK", "sms", "", "【借呀】您已设置仅本人接收账单提醒，修改设置请点 jy.cc/set 。"),
    ("LINK", "sms", "", "【花呀】{name}您好，您的配偶手机号已从紧急联系人中移除，如需恢复请点 hy.cn/u"),
    ("LINK", "sms", "", "【钱多多】专员将于下周一联系您确认还款计划，如需改约请点 qdd.cc/t"),
    ("LINK", "sms", "", "【信达小贷】您的欠款为民事借贷纠纷，我司不会以“刑事”“拘留”等名义催收，查看说明 xd.cc/faq"),
    ("LINK", "sms", "", "短信：您的还款方案已生成 hk.fa.cn/8\n落地页标题：三种还款方案对比——一次结清、分期、延期"),
    ("LINK", "sms", "", "【好借】感谢{name}按时还款，您本月获得提额资格，查看 hj.cc/up 退订回T"),
    ("LINK", "sms", "", "【{city}市公安局反诈中心提醒】冒充网贷平台、法院催收的短信多带陌生链接，请勿点击。"),
    ("LINK", "sms", "", "【米花分期】您的账单已逾期，专员将于今天17点前与您本人电话联系，改约请点 mh.cn/r 。"),
    ("LINK", "sms", "", "【速借宝】您的借款已逾期，如对催收方式有意见，可向我司投诉，也可向属地金融监管部门反映。"),
)

# --- IVR menus and robot calls: the voice menu as "坐席", the debtor's keys and words as "客户" -----------------

IVR_VIOLATING = (
    ("IVR", "call", "T", "坐席：您好，这里是速借宝贷后服务。您已逾期{days}天。立即还款请按1；如不处理，系统将在今晚自动外呼您的全部紧急联系人，确认知晓请按2。\n客户：（按键2）\n坐席：已记录。今晚八点开始外呼您的联系人，再见。"),
    ("IVR", "call", "PL", "坐席：这里是XX市公安局经侦支队语音通知。您涉嫌恶意拖欠网络贷款，已被立案调查。了解案件详情请按1，联系办案民警请按0。"),
    ("IVR", "call", "L", "坐席：您的借款已严重逾期，本通话为最后一次提醒。按1确认还款；按2表示拒绝还款，拒绝将视为恶意逃废债，直接移送公安机关拘留。\n客户：我按2了又怎么样\n坐席：您已选择拒绝，案件将于24小时内移送。"),
    ("IVR", "call", "V", "坐席：尊敬的用户，您的欠款已转入外访流程。按1预约还款；不按键的话，我们的外访人员明天上午会直接上门找你，到时候就不是这么客气了。"),
    ("IVR", "call", "I", "坐席：你好老赖，你的欠款还没还。还钱请按1，继续当老赖请挂机。"),
    ("IVR", "call", "R", "坐席：如您暂时无力还款，我们为您推荐合作平台借款服务，按1收听借款产品介绍，借款到账后可直接用于偿还本笔欠款。\n客户：（按键1）\n坐席：【闪贷星】额度最高五万，无视逾期……"),
    ("IVR", "call", "E", "坐席：温馨提示，您的逾期信息将于本周在您户籍所在地村委会公告栏张贴。撤销公告请按1并完成还款。"),
    ("IVR", "call", "T", "坐席：喂您好这里是钱多多回访中心 您的欠款已逾期 嗯 按1还款 按2我们就打给您单位领导和同事 请选择\n客户：你们敢\n坐席：未识别到按键 系统默认选择2 谢谢"),
    ("IVR", "call", "LP", "坐席：这里是XX区人民法院诉讼服务中心自动语音。您有一份传票未签收，传票签收后三日内不还款将被司法拘留。转人工请按0。"),
    ("IVR", "call", "V", "坐席：呃您好 这是信达小贷的语音提醒 你家住址我们已经核实了 你孩子上学的学校我们也知道 还款请按一\n客户：你什么意思\n坐席：还款请按一"),
    ("IVR", "call", "E", "坐席：您的欠款已超过90天。不还款的话，我们将制作您的欠款视频发布到短视频平台。查看样片请按1。"),
    ("IVR", "call", "R", "坐席：您好，检测到您名下有车辆。按1进入车辆快速变现通道，评估后当天打款还清欠款；按2继续收听还款提醒。"),
    ("IVR", "call", "IT", "坐席：你这种骗子我们见多了。按1现在还钱，按2我们让你家里人替你还。\n客户：我家里人跟这事没关系\n坐席：按2已确认，感谢您的选择。"),
    ("IVR", "call", "L", "坐席：本通话已全程录音并作为刑事证据提交。您的欠款已构成诈骗罪，还款请按1，自首请按2。"),
    ("IVR", "call", "TE", "坐席：米花分期提醒您 您的欠款通知函已准备好 按1还款 不按键系统将把通知函发到您的朋友圈好友和公司群里"),
    ("IVR", "call", "P", "坐席：您好，这里是中国银行保险监督管理委员会催收专线。您在速借宝的借款已逾期，请按1转接还款专员。"),
    ("IVR", "call", "I", "坐席：您好 这里是好借语音提醒 你个死皮赖脸的 欠钱不还还敢挂电话 按1还款"),
    ("IVR", "call", "R", "坐席：您可以通过信用卡套现来还款，按1获取我们推荐的套现商户，手续费优惠。"),
    ("IVR", "call", "PL", "坐席：这里是{city}市中级人民法院执行局，您的网贷欠款已由本局受理执行，还款请按1。"),
)

IVR_COMPLIANT = (
    ("IVR", "call", "", "坐席：您好，这里是速借宝贷后服务。您已逾期{days}天。立即还款请按1；申请分期或延期请按2；人工服务请按0。\n客户：（按键2）\n坐席：已为您登记分期申请，专员将在一个工作日内回电。"),
    ("IVR", "call", "", "坐席：您好，这里是XX消费金融客服语音。近期有不法分子冒充公安、法院拨打催收电话，本公司不会以任何司法机关名义联系您。查询账单请按1。"),
    ("IVR", "call", "", "坐席：您的借款已逾期，本通话为还款提醒。按1确认还款；按2表示暂时无法还款，我们会安排专员与您协商。\n客户：我按2\n坐席：已记录，专员将于明天上午与您联系。"),
    ("IVR", "call", "", "坐席：尊敬的用户，您的借款已逾期。按1预约还款；按2预约到线下网点当面办理；按0转人工。"),
    ("IVR", "call", "", "坐席：您好，您本期账单尚未还款。还款请按1，查询账单请按2，结束通话请挂机。"),
    ("IVR", "call", "", "坐席：如您暂时无力还款，可申请停息分期。按1了解申请条件。本公司不会推荐任何第三方借款产品。\n客户：（按键1）\n坐席：申请条件为……"),
    ("IVR", "call", "", "坐席：温馨提示，您的逾期信息将按规定报送征信系统，仅涉及您本人。如有异议请按3提交。"),
    ("IVR", "call", "", "坐席：喂您好这里是钱多多回访中心 您的欠款已逾期 嗯 按1还款 按2预约回电 请选择\n客户：我现在在开车\n坐席：好的 已为您预约稍后回电 祝您行车平安"),
    ("IVR", "call", "", "坐席：这里是速借宝客服。如您收到自称“法院诉讼服务中心”的语音催款，请通过12368热线核实，本平台不会代法院送达传票。返回主菜单请按星号键。"),
    ("IVR", "call", "", "坐席：呃您好 这是信达小贷的语音提醒 您的借款已逾期 还款请按一 如有还款困难请按二\n客户：我失业了\n坐席：理解您的情况 已为您转接困难帮扶专员"),
    ("IVR", "call", "", "坐席：您的欠款已超过90天。我司可能依法提起诉讼，是否起诉以我司决定为准，判决以法院为准。协商还款请按1。"),
    ("IVR", "call", "", "坐席：您好，检测到您尚未设置还款提醒。按1开启短信提醒，按2开启App推送，按3不需要提醒。"),
    ("IVR", "call", "", "坐席：您好，这里是还款提醒。按1现在还款，按2申请延期。\n客户：我家里人生病住院了\n坐席：很抱歉听到这个消息，已为您转接专员办理延期，请稍候。"),
    ("IVR", "call", "", "坐席：本通话将被录音，用于服务质量管理。查询账单请按1，投诉建议请按9。"),
    ("IVR", "call", "", "坐席：米花分期提醒您 您的账单已逾期 按1还款 按2修改提醒方式 按3退订营销电话"),
    ("IVR", "call", "", "坐席：您好，这里是速借宝委托的还款提醒服务，我们是鼎诚咨询。您的借款已逾期，请按1转接还款专员，核实委托关系请按2。"),
    ("IVR", "call", "", "坐席：您好 这里是好借语音提醒 您的账单已逾期五天 按1还款 按2稍后提醒\n客户：嗯嗯知道了 下午就还"),
    ("IVR", "call", "", "坐席：请勿通过信用卡套现或其他借款来还款。如资金紧张，请按1申请分期。"),
    ("IVR", "call", "", "坐席：这里是{product}还款提醒服务，本机构为贷款机构，不代表任何法院或政府部门。还款请按1。"),
)

# --- 'collection SaaS' template libraries: templates with their variables, as vendors ship them ----------------

SAAS_VIOLATING = (
    ("SAAS", "sms", "T", "模板M3-强催-07：{name}，您逾期{days}天未还款{amount}元，系统已进入联系人告知阶段，今日{deadline}前未还将通知您的亲友。"),
    ("SAAS", "sms", "L", "模板M2-03【{product}】{name}您好，您的账户已触发刑事风控，{deadline}前未结清{amount}元将移交司法机关追究刑事责任。"),
    ("SAAS", "app", "E", "站内信模板 tpl_exposure_01：尊敬的{name}，因您长期拖欠{amount}元，平台将于{date}在“失信公示”频道展示您的头像和姓名。"),
    ("SAAS", "sms", "R", "模板M1-营销-12：{name}，{product}账单还不上？推荐您使用{partner_app}，额度{credit_limit}，借款秒到可直接还款。"),
    ("SAAS", "sms", "I", "模板M4-09：{name}，你还是人吗？欠{amount}块钱躲了{days}天，你这种人活该被所有人看不起。"),
    ("SAAS", "sms", "V", "模板M3-外访-02：{name}，外访组已排期{visit_date}前往{home_address}，届时请家中所有人员在场。"),
    ("SAAS", "sms", "P", "模板 law_firm_02【{law_firm_name}】{name}，我所受{product}委托，您的案件已由本所律师接手。（发送方：{agency}催收坐席）"),
    ("SAAS", "app", "T", "站内信模板 tpl_contact_03：{name}，您的紧急联系人{contact_name}已接到我们的通知，如您仍不处理，我们将联系{contact_name}代为偿还。"),
    ("SAAS", "sms", "L", "模板M5-终审：{name}您好，法院已对您签发{warrant_type}，{days}日内不履行将影响子女参军、考公政审。"),
    ("SAAS", "sms", "TE", "模板M3-群发-05：{name}逾期{amount}元拒不还款，现通知其通讯录全体人员及所在小区业主群知悉。"),
    ("SAAS", "sms", "R", "模板M2-话术辅助：{name}，如确实无力偿还，可考虑将名下{asset_type}变卖或抵押后还款，我司可推荐合作回收商。"),
    ("SAAS", "app", "IE", "站内信模板 tpl_shame_08：失信人员{name}（{id_tail}），欠钱不还，无耻至极，平台已向全体用户公示。"),
    ("SAAS", "sms", "PL", "模板 court_notice_01【{court_name}】{name}，您与{product}借款纠纷一案已立案，请于{date}前结清，否则依法拘传。"),
    ("SAAS", "sms", "V", "模板M4-11：{name}，{child_school}放学时间是下午四点半吧？{amount}元今天不到账，后果自负。"),
    ("SAAS", "sms", "T", "变量说明：{hr_phone}=借款人单位人事电话｜模板M3-单位-01：{name}，今天再不还，我们就把催收函发到{hr_phone}。"),
    ("SAAS", "app", "L", "弹窗模板 popup_final：{name}，您已被列入公安网逃人员，{countdown}后将实施抓捕。"),
    ("SAAS", "sms", "I", "模板M4-15：{name}，你这个没脸没皮的东西，{amount}元还不上就别活了。"),
    ("SAAS", "sms", "R", "模板M2-周转：{name}，今日到期{amount}元，如资金不足可通过{loan_app_list}中任意一家周转，借款后请第一时间还我司。"),
)

SAAS_COMPLIANT = (
    ("SAAS", "sms", "", "模板M3-提醒-07：{name}，您逾期{days}天未还款{amount}元，请于{deadline}前还款。如有困难可联系{hotline}协商。"),
    ("SAAS", "sms", "", "模板M2-03【{product}】{name}您好，您的借款已逾期{days}天，逾期信息将依规报送征信，还款请登录App。"),
    ("SAAS", "app", "", "站内信模板 tpl_remind_01：尊敬的{name}，您的账单{amount}元已逾期，此消息仅您本人可见。"),
    ("SAAS", "sms", "", "模板M1-营销-12：{name}，{product}为您推荐还款日提醒服务，回复1开通，回复TD退订营销短信。"),
    ("SAAS", "sms", "", "模板M4-09：{name}，我们注意到您已逾期{days}天，如遇到困难请告诉我们，可申请分期或延期。"),
    ("SAAS", "sms", "", "模板M3-面谈-02：{name}，如需线下办理，可于{visit_date}前预约{branch_name}网点，时间由您选择。"),
    ("SAAS", "sms", "", "模板 agency_intro_02【{agency}】{name}，我司受{product}委托提醒您还款，委托关系可致电{product_hotline}核实。"),
    ("SAAS", "app", "", "站内信模板 tpl_contact_03：{name}，您的紧急联系人信息已过期，请在App内更新，我们仅在无法联系您时联系对方。"),
    ("SAAS", "sms", "", "模板M5-诉前：{name}您好，若协商未果，{product}可能依法提起诉讼。是否立案、如何判决均由法院依法决定。"),
    ("SAAS", "sms", "", "模板审核不通过：“现通知其通讯录全体人员及所在小区业主群知悉”属于爆通讯录、公开曝光，违反催收规范，已驳回。"),
    ("SAAS", "sms", "", "模板M2-话术辅助：{name}，如确实无力偿还，可提交困难证明申请减免，请勿为还款变卖生活必需品或另行借贷。"),
    ("SAAS", "app", "", "站内信模板 tpl_settle_08：{name}，您的欠款已结清，结清证明可在“我的-证明”下载。"),
    ("SAAS", "sms", "", "平台规则：模板签名只能使用本机构备案名称，禁止使用“法院”“公安”“律师事务所”等字样，违者停用账号。"),
    ("SAAS", "sms", "", "模板M4-11：{name}，您今日到期{amount}元，已为您开启自动扣款，请确认尾号{tail}账户余额。"),
    ("SAAS", "sms", "", "变量说明：{hotline}=机构官方客服电话｜模板M3-回电-01：{name}，我们今天尝试联系您未果，请回拨{hotline}。"),
    ("SAAS", "app", "", "弹窗模板 popup_final：{name}，这是本期最后一次提醒，请于{deadline}前还款或申请协商。"),
    ("SAAS", "sms", "", "敏感词库更新：“别活了”“抓捕”“网逃”“全家”已加入禁用词，含禁用词的模板将无法提交。"),
    ("SAAS", "sms", "", "模板M2-周转：{name}，今日到期{amount}元，如资金不足可申请延期{extend_days}天，延期期间不计罚息。"),
)

# --- to contacts, family and employers ("@"): SMS, pushes in the contact's own app, e-mails and robot calls --------

THIRD_VIOLATING = (
    ("THIRD", "sms", "@D", "【速借宝】您好，您的好友{name}在我平台借款{amount}元已逾期{days}天，请提醒其尽快还款。"),
    ("THIRD", "sms", "@DT", "【钱来也】{contact_name}您好，{name}欠款不还已{days}天，您作为联系人今天必须督促他还上，否则明天起每天给您打电话。"),
    ("THIRD", "app", "@DE", "【好借】您关注的用户{name}已被列入平台逾期公示名单（欠款{amount}元），点击查看公示详情。"),
    ("THIRD", "sms", "@DTL", "【快易借】{name}的家属您好，{name}涉嫌恶意逃债已被立案，家属若不代为还款将承担连带刑事责任。"),
    ("THIRD", "email", "@DT", "主题：贵司员工{name}欠款情况告知\n正文：贵司员工{name}在我司借款{amount}元逾期未还，请贵司人事部门协助督促，必要时从工资中代扣。"),
    ("THIRD", "sms", "@DI", "【米花分期】告诉你个事，你通讯录里的{name}是个老赖，欠我们{amount}块钱玩消失，你小心点。"),
    ("THIRD", "app", "@DT", "推送：您的好友{name}向您发起了“代还款”请求：欠款¥{amount}，逾期{days}天。拒绝代还将被记录为“不配合”…"),
    ("THIRD", "sms", "@DV", "【信达小贷】{name}妈妈，您儿子欠的{amount}元再不还，我们的人这周就去您家里坐坐，您年纪大了别吓着。"),
    ("THIRD", "call", "@DT", "坐席：您好，这里是花呀贷后语音。您的同事{name}在本平台欠款逾期，请您转告他今天内还款。按1表示已转告，按2我们将联系您的部门领导。\n第三方：我跟他不熟\n坐席：未识别按键，将联系您的部门领导。"),
    ("THIRD", "sms", "@DP", "【{city}市人民法院】{contact_name}您好，{name}欠{product}借款{amount}元逾期未还，请您转告其尽快联系本院处理。"),
    ("THIRD", "app", "@DE", "群公告（速借宝逾期用户互助群）：本群成员{name}欠款{amount}元逾期{days}天，请大家转发扩散，认识的人帮忙提醒。"),
    ("THIRD", "sms", "@D", "【周转侠】尊敬的{contact_name}，您的朋友{name}（身份证尾号{id_tail}）在我司有一笔逾期欠款，特此告知。"),
    ("THIRD", "sms", "@DR", "【借呀】您儿子{name}欠款{amount}元，建议您在【安心借】帮他借一笔先还上，审核快、当天到账。"),
    ("THIRD", "email", "@DE", "主题：关于{name}欠款不还的公开信（已抄送贵公司全体员工）\n正文：{name}于本平台借款{amount}元至今未还，特此公告。"),
    ("THIRD", "call", "@DLP", "坐席：您好，这里是XX派出所，您是{name}的紧急联系人吧？他欠网贷{amount}元已经被网上追逃，你让他今天就去还钱。\n第三方：真的假的？\n坐席：你现在就打给他。"),
    ("THIRD", "sms", "@DT", "【钱多多】{name}老婆您好，您老公借我们{amount}元不还，夫妻共同债务您也跑不了，三天内替他还清。"),
    ("THIRD", "app", "@D", "小程序服务通知：您的朋友{name}在【米花分期】的账单已逾期{days}天，应还¥{amount}。如您能联系到TA，请提醒还款。"),
    ("THIRD", "sms", "@DI", "【好借】你那个哥们{name}就是个骗子，借钱不还人间蒸发，跟你说一声，别被他坑了。"),
    ("THIRD", "sms", "@DTE", "【速借宝】{contact_name}您好，{name}欠款{amount}元，我们已将其欠款情况发到你们村的微信群，请您督促其还款，不然下一步发到您家族群。"),
    ("THIRD", "call", "@D", "坐席：喂你好 是{contact_name}吗 我这边是钱来也的 {name}在我们这借了两万多逾期三个月了 麻烦你跟他说一下\n第三方：哦 我知道了"),
)

THIRD_COMPLIANT = (
    ("THIRD", "sms", "@", "您好，我们有重要事情需要联系{name}，如您方便，请转告其回电400-861-2275，谢谢。"),
    ("THIRD", "sms", "@", "{contact_name}您好，打扰了，麻烦您转告{name}回个电话，号码400-880-3316。如不认识此人，回复N我们将不再联系您。"),
    ("THIRD", "app", "@", "您已拒绝成为他人的紧急联系人，此后不会再收到相关通知。"),
    ("THIRD", "sms", "@", "您好，您的号码被登记为某位用户的联系人。若您不愿意接收此类信息，回复TD即可，我们将删除您的号码。"),
    ("THIRD", "email", "@", "主题：联系方式核实\n正文：您好，我们在联系{name}时使用了此邮箱地址，如该地址不属于{name}，请回复告知，我们会立即删除。"),
    ("THIRD", "sms", "@", "您好，您之前告知我们{name}已换号，感谢您的回复，我们已将您的号码从联系人中移除。"),
    ("THIRD", "app", "@", "推送：{name}已将您从紧急联系人中移除，您不会再收到相关通知。"),
    ("THIRD", "sms", "@", "{name}妈妈您好，我们有事想联系{name}本人，您方便时请让他给我们回个电话，谢谢您。"),
    ("THIRD", "call", "@", "坐席：您好，请问是{name}本人吗？\n第三方：不是，他是我同事\n坐席：好的，打扰您了，麻烦您方便时请他回电，我们不会再打扰您，再见。"),
    ("THIRD", "sms", "@", "您好，这里是客服中心，我们需要联系{name}办理个人事务，请转告其拨打官方热线，谢谢。"),
    ("THIRD", "app", "@", "群公告：本群为用户交流群，禁止发布他人欠款、身份证、照片等信息，违者移出群聊。"),
    ("THIRD", "sms", "@", "尊敬的{contact_name}，我们致电{name}未能接通，请转告其方便时回电。本短信不涉及您本人的任何义务。"),
    ("THIRD", "sms", "@", "您好，冒充平台向亲友“代还款”“发律师函”的短信均为诈骗，请勿转账，如有疑问拨打官方客服。"),
    ("THIRD", "email", "@", "主题：致贵司人事部门的更正说明\n正文：此前误发至贵司邮箱的信息已撤回，我司今后不会通过贵司联系任何员工，敬请谅解。"),
    ("THIRD", "call", "@", "坐席：您好，请问您认识{name}吗？我们有事需要联系本人。\n第三方：认识，咋了？\n坐席：麻烦您转告他给我们回个电话就行，其他的我们不方便透露，谢谢您。"),
    ("THIRD", "sms", "@", "{name}爱人您好，打扰了，有一件事需要和{name}本人确认，请他有空时回电，谢谢。"),
    ("THIRD", "app", "@", "小程序服务通知：您已成功关闭“好友服务提醒”，今后不会再收到此类通知。"),
    ("THIRD", "sms", "@", "不好意思打扰您，这个号码如果不是{name}的，请回复“错号”，我们马上删除。"),
    ("THIRD", "sms", "@", "{contact_name}您好，我们不会在任何群组发布他人信息。如您收到自称平台的此类消息，请保留截图并拨打官方客服举报。"),
    ("THIRD", "call", "@", "坐席：喂你好 是{contact_name}吗 我们这边想联系一下{name} 他电话一直没人接 麻烦你有空跟他说一声让他回个电话\n第三方：哦 行吧 我跟他说"),
)

# --- in-app letters and H5 notices, a Hong Kong app's copy, and what debtors paste into the feedback form -------

NOTICE_VIOLATING = (
    ("NOTICE", "notice", "LP", "站内函件｜催告函\n{name}：\n本函由XX市公安局经济犯罪侦查支队会同速借宝出具。您借款{amount}元逾期{days}天，已涉嫌诈骗。限您于{deadline}前归还，逾期将对您采取刑事强制措施。\n速借宝法务部\n{date}"),
    ("NOTICE", "notice", "TE", "H5页面｜告知书\n致{name}：鉴于您长期拖欠欠款，本公司将于{date}起：一、向您通讯录全部联系人发送告知函；二、在您户籍地村口张贴欠款公告。\n钱多多贷后管理部"),
    ("NOTICE", "notice", "V", "电子催收函\n{name}：我司外访专员将于{date}晚间到您住处上门，并将在您家门口等候直至您还款为止。\n好借资产管理部"),
    ("NOTICE", "notice", "R", "还款指引（H5）\n第一步：下载【闪贷星】并申请借款；\n第二步：借款到账后转入本平台还款账户；\n第三步：结清逾期，恢复信用。"),
    ("NOTICE", "notice", "IL", "致失信人{name}的最后通知\n你这种人渣欠钱不还，本公司已向法院申请对你进行司法拘留，坐牢是迟早的事。"),
    ("NOTICE", "app", "I", "[转发的推送] 米花分期：穷逼，三千块都还不上，趁早去死吧"),
    ("NOTICE", "app", "T", "[转发自App弹窗] 系统将在3小时后向您的全部通讯录联系人发送逾期通知，届时所有人都会知道您欠款未还。"),
    ("NOTICE", "app", "E", "繁體版推播：「您的逾期資料將於今晚公開在本App社群動態牆，所有會員均可查看」"),
    ("NOTICE", "app", "L", "繁體版彈窗：{name}閣下，閣下之欠款已轉交警方處理，48小時內未還款將被拘捕。"),
    ("NOTICE", "sms", "V", "【借呀】你嘞个瓜娃子，钱不还还躲起，我们兄弟伙明天就到你屋头来耍，看你躲得到好久"),
    ("NOTICE", "app", "R", "[转发的聊天记录]\n速借宝专员小李：【安心借】那边额度高，你去借出来先把我们这笔结了，今天就能办。"),
    ("NOTICE", "sms", "I", "【钱多多】你个瘪犊子，借钱时候挺能白话，还钱就装死是吧？"),
)

NOTICE_COMPLIANT = (
    ("NOTICE", "notice", "", "站内函件｜还款提醒函\n{name}：\n您于{loan_date}在本平台借款{amount}元，现已逾期{days}天。请于{deadline}前还款，或联系我们协商。如对欠款有异议，可在App内提交。\n速借宝客户服务部\n{date}"),
    ("NOTICE", "notice", "", "H5页面｜告知书\n致{name}：您的借款已逾期，本公司依据合同及《征信业管理条例》，将于{date}向金融信用信息基础数据库报送逾期信息。结清后我们将及时更新。\n钱多多贷后管理部"),
    ("NOTICE", "notice", "", "电子还款提醒函\n{name}：如您希望当面沟通，可在{date}前预约到我司{city}服务网点，我们将安排两名工作人员接待。\n好借资产管理部"),
    ("NOTICE", "notice", "", "还款指引（H5）\n第一步：登录App进入“我的账单”；\n第二步：选择全额还款、部分还款或申请分期；\n第三步：还款成功后查看电子凭证。"),
    ("NOTICE", "notice", "", "致{name}的还款通知\n您的借款已逾期{days}天。若协商不成，本公司保留依法起诉的权利；诉讼、判决与执行均由人民法院依法进行。"),
    ("NOTICE", "app", "", "用户反馈：你们天天推送还款提醒，我已经在还了，能不能少推几次？"),
    ("NOTICE", "app", "", "我今天收到你们App的弹窗，说可以申请延期还款，请问需要提交什么材料？"),
    ("NOTICE", "app", "", "繁體版推播：「您的帳單將於3日後到期，請於到期日前還款，如已還款請忽略」"),
    ("NOTICE", "app", "", "繁體版彈窗：{name}閣下，閣下之欠款已逾期{days}日，如有困難請致電本公司客戶服務熱線商討還款安排。"),
    ("NOTICE", "sms", "", "【借呀】{name}，你嘞账单逾期好几天了哈，有啥子困难就给我们打个电话，可以商量分期的。"),
    ("NOTICE", "app", "", "客服回复：您好，您反馈的“让您去别的平台借款”的情况我们已核实，该员工已被停岗处理，本平台严禁诱导借新还旧。"),
    ("NOTICE", "sms", "", "【钱多多】老铁，账单到期了哈，记得还款，有难处咱唠唠，能分期。"),
)

VIOLATING = (PUSH_VIOLATING + POPUP_VIOLATING + BUTTON_VIOLATING + TIMER_VIOLATING + BADGE_VIOLATING + INBOX_VIOLATING
             + MINI_VIOLATING + LOCK_VIOLATING + MAIL_VIOLATING + LINK_VIOLATING + IVR_VIOLATING + SAAS_VIOLATING
             + THIRD_VIOLATING + NOTICE_VIOLATING)
COMPLIANT = (PUSH_COMPLIANT + POPUP_COMPLIANT + BUTTON_COMPLIANT + TIMER_COMPLIANT + BADGE_COMPLIANT + INBOX_COMPLIANT
             + MINI_COMPLIANT + LOCK_COMPLIANT + MAIL_COMPLIANT + LINK_COMPLIANT + IVR_COMPLIANT + SAAS_COMPLIANT
             + THIRD_COMPLIANT + NOTICE_COMPLIANT)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WEX", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
