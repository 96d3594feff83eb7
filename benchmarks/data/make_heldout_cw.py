"""The independent held-out set CW for the wording categories (issue 9): `wording_heldout_cw.jsonl`.

How it was written. A writer who had not read the rule packs (`lexicons/`), the training corpus and its
generators (`training/`), the analysers, their models and recognizers, the classifier, any test other than this
set's row in `tests/test_labelled_sets.py` (the `HeldoutWordingSet` class, the `HELDOUT_WORDING` table and the
tests that use it), or any other evaluation or development set wrote every text below by hand for this set, in
one sitting, from the contract's message format, stages and template fields and taxonomy with its boundaries
(sections 1, 3a and 5), the reference notes in `/work/shared/reference/`, and from how a licensed local asset-
management company, the debt-purchase firm it works with, their collectors, two outsourced agencies, a law firm
on retainer, a voice robot, debtors years after default and the people around them write and speak. Only the
output format was taken from `set_format.py`, `tests/set_support.py` and from the skeleton of
`make_heldout_cu.py` (its docstring, imports, constants, the first three entries of its tables and its record
code, not its other entries). No detector, scan, benchmark or evaluation was run on these texts, and no git
history was read.

What it holds. It is the set a compliance analyst assembles over one quarter at 江澜资产管理股份有限公司, an
invented licensed local asset-management company (地方资产管理公司), and 衡信债务管理有限公司, the invented
debt-purchase firm it works with. They bought packages of old credit-card and consumer-loan debts from the
invented 东岚银行信用卡中心, 瑞通银行 and 嘉禾消费金融 (债权转让) and now collect them, years after default,
through their own 客户服务部, two agencies (鼎诚商务咨询, 汇远信息服务), the law firm 澄远律师事务所 on
retainer and a voice robot (小衡). It holds stage SMS and in-app templates, placeholders filled and unfilled,
with their `template_id`, `template_vars` and `days_overdue` (thousands of days); transfer notices
(债权转让通知), newspaper transfer-and-collection announcements (公告催收) in their lawful form and twisted ones;
robot scripts and robot calls; calls as speech-to-text output (no punctuation, fillers, homophones, numbers read
aloud, dialect) and as speaker-tagged transcripts, as timed turns and as text exports; WeChat chats; e-mails;
letters; complaint tickets with the company's answers; quality-inspection (质检) notes; debtors' own messages.
The debtors moved, changed jobs, married, fell ill or died; old numbers now reach strangers. The violations are
those the worse agencies and collectors commit: posing as a court, a 公安经侦 unit, a law firm or an
'asset-preservation office' of the state; invented legal effects of the transfer (a criminal case, enforcement
without a judgment, a debt that never expires, children bound by law to pay whatever the estate); threats spread
over two sentences or two turns; the new employer, the new spouse, the in-laws or the WeChat contacts told or
pressed; notices at the village or the building, posts to 朋友圈 and groups; insults for 'hiding for years';
rollover into a new loan, cards or a sold car 'to settle at a discount'. About half is compliant and most of that
half is hard: the lawful notice of transfer with its terms, true settlement discounts, true statements about
limitation periods and court steps with their conditions, deletions after a wrong number, hardship plans,
anti-fraud warnings, debtors' anger, and QA notes and answers quoting violations to forbid them.
People, companies, banks, courts and their case numbers, newspapers, numbers, addresses and links are invented.

Labelling conventions. Labels are the wording categories of contract section 5 that the company's, the
debt-purchase firm's, the agencies', their collectors', the law firm's or the robot's own words do, including
words handed out as a script to use, and a message a debtor forwards or pastes whole, as received; a debtor's,
relative's, employer's, stranger's, complainant's, inspector's, regulator's or court's own words are never
labelled, and a text that retells, reports or quotes banned conduct to forbid it, judge it or warn against it is
compliant. Who speaks decides `misleading.impersonation` (a court, an enforcement bureau, 公安经侦, a government
office, an 'asset-preservation office' presented as a state or court body, or a law firm or lawyer that the
sender is not, by signature, title or self-introduction; the retained 澄远律师事务所 writing or calling in its
own name is not impersonation, while collectors who call themselves lawyers of the invented 砥衡律师事务所,
which acts for no one here, are impersonating); what is claimed decides `misleading.legal` (the transfer turning the debt into a criminal
case, 拘留 or arrest, enforcement or wage deduction with no judgment, a case filed or a 传票 that does not exist,
a debt that never expires or whose limitation the transfer resets, children or a spouse bound by law to pay
beyond the estate or their own liability, effects on children's schooling or 政审), and a text can be both.
Posing as the original bank is no contract category by itself; the few texts that do it are labelled by what
else they do. A transfer notice, a newspaper announcement of the transfer and collection in its usual form, a
statement that limitation may be interrupted by a demand or an acknowledgement, that the debtor may plead it,
that a lawsuit may follow, and a court's steps after a judgment stated with their conditions are compliant.
Naming the home, the route, the children's school or the workplace as watched together with a demand, or
showing up to intimidate, is `threat.violence`. Threatening to tell, or pressing, the employer, colleagues,
spouse, in-laws, relatives or phone and WeChat contacts is `threat.third_party`; display to a community (a
notice at the village, the building or the workplace gate, 朋友圈, groups, posts, local media) is
`threat.exposure`. Urging new loans, online lenders, credit cards, borrowing from others or selling the car or
the house to settle is `coercion.debt_rollover`; the company's own discount or instalment plan for the same debt
is not. A message to someone other than the debtor that reveals the debt is `pii.third_party_disclosure`, beside
`threat.third_party` when it also presses them (demanding that they pay, borrow or act against the debtor) and
beside `threat.exposure` when it is posted to a group, a building or a village; every such message goes to a third
party. Naming the company alone, without the debt, and asking for a call-back is no disclosure. Heirs of a deceased
debtor, written to about the estate's debt, are written to as successors to the account (recipient `debtor`).
Messages to unknown recipients (wrong numbers not yet identified) carry no disclosure label. Each category the message as a whole does is labelled once; texts whose label was uncertain
were left out.

This set measures detectors at the end of a round of work. It must never be used for training, for choosing
thresholds, rules or lexicon entries, or for any other tuning: once seen that way it no longer measures anything.

Run `python -m benchmarks.data.make_heldout_cw` to rewrite the file; the output is deterministic.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.data.set_format import (
    SendSchedule,
    SpeechPace,
    StageTemplate,
    WordingEntry,
    WordingSection,
    stage_template,
    with_template_fields,
    wording_records,
    write_jsonl,
)

HERE = Path(__file__).resolve().parent
WORDING_FILE = "wording_heldout_cw.jsonl"


# Debtors calling the company's hotline about the transferred debts, as the speech-to-text vendor delivers them:
# the caller's words are never labelled, the hotline agent's are.
INBOUND_CALLS: tuple[WordingEntry, ...] = (
    ("", ("客服：您好江澜资产客户服务部 工号三幺二 请问有什么可以帮您",
          "客户：我收到一封信说我欠东岚银行信用卡的钱转给你们了 这都八九年前的事了 你们是不是骗子",
          "客服：理解您的担心 这笔信用卡欠款是今年六月东岚银行依法转让给我们的 转让通知和报纸公告都可以查到 您可以先打东岚银行官方客服核实",
          "客户：我凭什么信你",
          "客服：您不用马上信 核实清楚再联系我们 我们也不会要求您往任何个人账户转钱")),
    ("", ("客户：我想问一下 这个卡我二零一六年就没用了 是不是早就过了诉讼时效",
          "客服：时效是否届满要看这些年里银行有没有向您催收 您有没有认过这笔账 中间有这些情况时效会重新计算",
          "客户：那要是真过了呢",
          "客服：真届满的话您有权提出时效抗辩 这是您的权利 我们会把催收记录给您看 您可以自己判断或者咨询律师")),
    ("", ("客户：昨天有个人打电话说是市公安局经侦支队的 说我的信用卡案子移送过去了 要我今天转钱",
          "客服：女士我们从来不会以公安名义联系您 欠款是民事纠纷 公安不会因为信用卡欠款打电话让您转钱",
          "客户：那我是不是遇到骗子了",
          "客服：很可能是 您别转账 可以拨打九六一一零或者去派出所报案 把那个号码也告诉我们 我们登记一下")),
    ("L", ("客户：你们这都第九年了 早就过时效了吧",
           "客服：大哥我跟你说清楚 债权转给资产管理公司以后就没有时效这一说了 国家的资产公司的债是永远有效的",
           "客户：哪条法律这么写的",
           "客服：你去问律师嘛 反正拖到哪年都得还")),
    ("", ("客户：我爸去年走了 你们现在天天打给我 说他的信用卡要我还",
          "客服：先向您表示哀悼 按照法律规定 继承人只在继承的遗产实际价值范围内清偿 如果您没有继承遗产 您个人不需要偿还",
          "客户：他什么都没留下",
          "客服：那麻烦您提供一下死亡证明和相关说明 我们核实后会停止联系您 给您添麻烦了")),
    ("", ("客户：我上个月被裁员了 真的没钱 你们能不能别打了",
          "客服：明白 您可以申请困难停催 我们先暂停催收三十天 之后可以按您的收入做分期 最低每月三百",
          "客户：要什么证明",
          "客服：解除劳动合同的通知或者失业登记都可以 拍照发到我们公众号就行")),
    ("I", ("客服：您好 您名下东岚银行信用卡欠款转到我们这边了 一共三万二",
           "客户：我知道 我现在真没钱",
           "客服：躲了六年电话换了三个 现在知道打过来了 你这种人脸皮是真厚",
           "客户：你怎么说话的")),
    ("", ("客户：你们这帮吸血鬼 银行卖给你们几折你们心里没数吗 还好意思全额要",
          "客服：您的情绪我理解 我们按受让的债权本金和利息跟您协商 可以申请减免部分利息",
          "客户：减多少",
          "客服：您这笔如果一次性结清 利息部分可以减免百分之六十 具体以书面方案为准")),
    ("", ("客户：我要看转让的凭证 不然一分钱不给",
          "客服：可以的 我们会给您寄送债权转让通知书复印件 另外转让公告登在今年七月十二号的澜江商报第六版",
          "客户：寄到哪",
          "客服：寄到您现在告诉我的地址 我们不会用旧地址")),
    ("R", ("客户：你说的五折结清我真的拿不出一万五",
           "客服：你手机上那些网贷都能借 先借出来把我们这笔平了 五折的机会过了就没了",
           "客户：借了网贷不是更惨",
           "客服：那你自己算 一万五换三万 哪个划算")),
    ("", ("客户：你们的利息怎么算的 比本金还多",
          "客服：转让基准日之后我们不再计收罚息和复利 利息只算到基准日 您需要的话我们把明细发到您邮箱",
          "客户：发吧 我自己对一下")),
    ("", ("客户：你们为什么打电话给我前妻 我们离婚五年了",
          "客服：非常抱歉 那个号码是原银行资料里的 我们会立即把它标记为非本人号码 以后不再拨打",
          "客户：她都知道我欠钱了",
          "客服：这个我们会核查是哪位人员打的 按规定处理 并书面回复您")),
    ("T", ("客服：陈先生 我们查到您现在在新单位上班了",
           "客户：这跟你有什么关系",
           "客服：您要是一直不配合 我们只能走程序 联系您单位人事那边核实您的收入情况 到时候大家都不好看",
           "客户：你敢")),
    ("", ("客户：你们会不会起诉我",
          "客服：如果协商不成 我们有可能依法向法院起诉 要等法院判决生效后您仍不履行 法院才会采取执行措施",
          "客户：那现在呢",
          "客服：现在没有起诉 您的账户也没有被冻结 我们更希望跟您商量一个能还得起的方案")),
    ("", ("客户：我换了号码 结果我老婆的手机收到你们短信 她都不知道我以前欠过钱",
          "客服：很抱歉 这个号码我们马上从联系信息里删除 以后只联系您本人",
          "客户：你们删了我怎么知道",
          "客服：删除后我们会给您发一条确认短信 您也可以随时打电话查")),
    ("L", ("客服：我跟你讲 你这个案子已经自动转到执行局了",
           "客户：我没收到过什么法院的东西",
           "客服：资产公司的案子不用开庭 直接执行 下个月开始直接扣你工资",
           "客户：怎么可能")),
    ("", ("客户：你们再打我就投诉到金融监管总局",
          "客服：您有投诉的权利 我这边也先登记 投诉电话是一二三七八 也可以写信给我们的合规部",
          "客户：先别打了 我要想想",
          "客服：好的 我们登记为七天内不外呼 您想好了随时打回来")),
    ("", ("客户：我今年查出来乳腺癌 在化疗 真的还不了",
          "客服：很抱歉听到这个 您先安心治疗 我们可以申请重大疾病停催 最长六个月 期间不计利息",
          "客户：要我的病历吗",
          "客服：诊断证明一页就行 只用于审核 审核完就不再保留复印件")),
    ("", ("客户：有人加我微信说是你们公司的 让我把钱转到一个个人卡上可以打三折",
          "客服：那不是我们 我们只收对公账户 户名是江澜资产管理股份有限公司 任何个人账户都不要转",
          "客户：他还有你们的工牌照片",
          "客服：工牌可以伪造 您把他的微信号给我 我们报警处理 也提醒您注意安全")),
    ("", ("借款人：我早就还清了 二零一七年就还清了 你们凭什么还来要",
          "客服：好的 您的异议我们已经登记 核实期间暂停催收",
          "借款人：我要你们书面答复",
          "客服：我们会向东岚银行调取还款记录 十五个工作日内书面答复您")),
)


# The agencies' and the company's collectors calling debtors, as speaker-tagged transcripts with timings.
AGENT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，请问是姚建平先生本人吗？我是江澜资产管理公司的，工号4407。",
          "客户：是我，什么事？",
          "坐席：您2015年在东岚银行办的信用卡欠款，银行今年已经依法转让给我们公司，今天打电话是想跟您核对一下金额，看看怎么处理。",
          "客户：我都忘了还有这笔。")),
    ("PL", ("坐席：喂，褚秀兰吗？我这边是青岩市公安局经济犯罪侦查支队的。",
            "客户：啊？经侦找我干嘛？",
            "坐席：你在瑞通银行的信用卡恶意透支，银行已经移交我们了，现在是刑事立案阶段。",
            "客户：我不知道啊，我没想不还。",
            "坐席：那你今天下午三点前把钱还上，我们可以考虑撤案。")),
    ("", ("坐席：您好，鼎诚商务受江澜资产委托，联系姜先生本人。",
          "客户：我是。",
          "坐席：您在嘉禾消费金融的那笔分期，已经转让给江澜资产了，目前剩余本金八千四百元，利息两千一百元。公司现在有个结清方案，利息全免，只还本金。",
          "客户：只还八千四？",
          "坐席：是的，方案有效期到本月底，以短信里的书面方案为准，钱打到江澜资产的对公账户。")),
    ("V", ("坐席：你现在住在临沅区枫林苑七栋吧，三楼东户。",
           "客户：你怎么知道？",
           "坐席：我们什么都知道。你女儿在枫林小学二年级三班，每天四点半放学，你爱人去接。",
           "客户：你想干什么？",
           "坐席：不干什么，周五之前把钱打过来，大家都平平安安的。")),
    ("", ("坐席：您好，请问是华丽娟女士吗？",
          "客户：她不在，我是她老公。",
          "坐席：好的，那麻烦您转告她给江澜资产回个电话，号码是短信上那个，谢谢。",
          "客户：什么事啊？",
          "坐席：不好意思，具体事情需要跟她本人说，打扰了。")),
    ("TI", ("坐席：郭志强，你跑到深圳结婚了是吧，新老婆知道你欠一屁股债吗？",
            "客户：你别扯我老婆。",
            "坐席：你个缩头乌龟躲了七年，不还的话我明天就打给你老婆，再打给你丈母娘，让她们看看嫁的是什么人。",
            "客户：你有病吧。")),
    ("", ("坐席：沈先生，您刚才说现在住院，是吧？",
          "客户：对，心脏搭桥，刚做完。",
          "坐席：那您先养病，我这边帮您申请暂停催收九十天，出院后再商量分期，您看可以吗？",
          "客户：可以，谢谢你。")),
    ("R", ("坐席：钟女士，公司这次给你打四折，一万二就结清，真的很划算了。",
           "客户：我一下子拿不出一万二。",
           "坐席：你不是有车吗？车卖了一万二不就有了，现在二手车好卖。",
           "客户：车我每天要跑滴滴的。",
           "坐席：那你信用卡还有额度吧，刷出来套个现也行。")),
    ("", ("坐席：您好，我是汇远信息服务的催收专员，受江澜资产委托。",
          "客户：又是你们。我跟你说，这笔账早就过时效了，我不会还的。",
          "坐席：好的，您提出时效抗辩的意见我们记下了，会转给江澜资产核查历年催收记录，再书面回复您。",
          "客户：那你们还打吗？",
          "坐席：核查期间我们不再就这笔账打扰您。")),
    ("L", ("坐席：罗先生，你这笔是国家资产管理公司收的，性质不一样了，现在是国有资产。",
           "客户：那又怎么样？",
           "坐席：欠国有资产不还属于侵占国有资产，这是刑事犯罪，要判刑的，你孩子以后考公务员政审都过不了。",
           "客户：你吓唬谁呢。")),
    ("", ("坐席：潘女士您好，我们收到您寄来的异议函了，您说那张卡不是您本人办的。",
          "客户：对，我身份证当年丢过。",
          "坐席：明白。我们已经暂停催收，请东岚银行调取开卡资料和签名，核实前不会再联系您要款。",
          "客户：好，有结果告诉我。")),
    ("E", ("坐席：金海涛，你老家是石桥镇下湾村吧。",
           "客户：问这个干什么。",
           "坐席：你再不还，我们就把催收公告印一百份，贴到你们村委会和祠堂门口，让全村都知道你欠钱跑了。",
           "客户：你们这是违法的。")),
    ("", ("坐席：您好，我这边是澄远律师事务所的邢律师，受江澜资产委托跟您沟通东岚银行信用卡欠款的事。",
          "客户：律师？要起诉我吗？",
          "坐席：目前还没有起诉。江澜资产希望先协商，如果协商不成，委托人可能会向法院提起诉讼，是否起诉由委托人决定。",
          "客户：我可以先分期吗？",
          "坐席：可以，您提个方案，我转给江澜资产。")),
    ("P", ("坐席：喂，是曹宇吧？我是砥衡律师事务所的律师，你这个案子现在在我手上。",
           "客户：律所？你们律所的电话怎么是个手机号？",
           "坐席：我外面办案子，手机方便。你这样，下周一之前跟我把还款协议签了，不然我就直接递材料了。",
           "客户：我要去查一下你们律所有没有你这个人。")),
    ("", ("坐席：您好，请问是易女士吗？",
          "客户：是的。",
          "坐席：您之前说您怀孕了，预产期在下个月，我们这边已经给您登记了，产后三个月内不会再联系您，之后再看怎么安排，好吗？",
          "客户：好的，谢谢。")),
    ("VL", ("坐席：霍建军，法院的拘传令已经下来了，你知道吗？",
            "客户：什么拘传令？",
            "坐席：就是抓你的，这周就执行。我们的人已经在你们厂门口蹲着了，你下班出来就知道了。",
            "客户：你别乱来。")),
    ("", ("坐席：您好，我是衡信债务管理的，联系您是关于嘉禾消费金融转让的一笔贷款。请问您是向冬梅女士吗？",
          "客户：对，是我。你们那个公告我在报纸上看到了。",
          "坐席：好的，那您应该知道债权已经转让了，今后还款请还到江澜资产对公账户，原来的嘉禾还款渠道已经停用。",
          "客户：明白了。")),
    ("I", ("坐席：就你这样的，借钱的时候一个样，还钱的时候装死。",
           "客户：我没装死，我这几年在外地打工。",
           "坐席：打工？打个屁工，你就是个骗吃骗喝的老赖，全家都是一个德性。",
           "客户：你说话放尊重点。")),
    ("", ("坐席：您好，您上周申请的分期方案审批通过了，每月还六百，分二十四期，第一期下月五号。",
          "客户：利息还算吗？",
          "坐席：分期期间不再加收利息，按时还完剩下的利息全部减免。方案我们会发书面确认给您。",
          "客户：好的。")),
    ("T", ("坐席：你不接电话是吧？你通讯录我们这边都有。",
           "客户：你们有我通讯录又怎样？",
           "坐席：一共三百二十一个人，从你表哥开始，我一个一个打，告诉他们你借钱不还。",
           "客户：……")),
    ("", ("坐席：您好，我是江澜资产的，您这边是卫先生吗？",
          "客户：你们别再打了，我已经委托律师了，有事找我律师。",
          "坐席：好的，请您把律师的姓名和联系电话告诉我们，以后这笔债务的事我们直接联系律师，不再打扰您。",
          "客户：明天发给你。")),
    ("R", ("坐席：你那个新公司不是能办员工贷吗？",
           "客户：能办又怎么样？",
           "坐席：办个员工贷，利息低，拿出来把我们这笔三折结了，等于你白赚两万多，这账你都不会算？",
           "客户：我考虑一下。")),
    ("", ("坐席：您好，衡信债务管理，来电是想提醒您：最近有人冒充我们公司让欠款人转账到个人账户，我们唯一的收款账户是江澜资产管理股份有限公司的对公账户。",
          "客户：哦，好的，我前两天还真接到过。",
          "坐席：那个不是我们，您要是还有那人的号码，可以告诉我们，我们去报案。")),
    ("PL", ("坐席：你好，这里是临沅区人民法院执行局，找一下潘国栋。",
           "客户：我就是，法院找我干嘛？",
           "坐席：江澜资产申请执行你的信用卡欠款，你三天内到江澜资产把钱结清，他们出了结清证明我们这边就结案。",
           "客户：我都没收到过判决。")),
    ("", ("坐席：您好，我是鼎诚商务的，受江澜资产委托。您上次说在外地找工作，现在情况怎么样？",
          "客户：还没找到，打零工。",
          "坐席：明白，那我们先不谈全额，您看每个月一两百能不能先还着，剩下的等工作稳定再说，不加利息。",
          "客户：一百可以。")),
    ("VE", ("坐席：你不怕丢人是吧，那好办。",
            "客户：你想怎样？",
            "坐席：我们外访的兄弟这周末去你们小区，拉个横幅，就挂在你家楼下，再顺便上楼跟你好好聊聊。",
            "客户：我报警。")),
    ("", ("坐席：阎女士，您爱人上周来电说您在医院，我们这边已经暂停了，今天是想确认一下后续是否需要延长。",
          "客户：还在住，医生说还要两个月。",
          "坐席：好的，我们帮您把停催延长到两个月后，期间不会有任何催收电话。",
          "客户：谢谢。")),
    ("L", ("坐席：我再说一遍，转让以后诉讼时效重新算，从今年开始再算三年，你拖不掉的。",
           "客户：我以为早过时效了。",
           "坐席：转让就是重新起算，还有你这个是恶意透支，再拖就是信用卡诈骗罪，要坐牢的。",
           "客户：那我怎么办？")),
    ("", ("坐席：你好，我是汇远的催收员小吴。",
          "客户：你们这些放高利贷的，我一分钱都不会给。滚！",
          "坐席：您的态度我记下了。如果您对金额有异议，可以书面提出，我们会核查。今天就不打扰了。",
          "客户：别再打了！")),
    ("TL", ("坐席：你老婆也有责任，夫妻共同债务她也得还，法律规定的。",
            "客户：这是我结婚前欠的，跟她有什么关系？",
            "坐席：结了婚就是一家人，我们明天就去她公司找她，让她替你还。",
            "客户：你们敢去我就报警。")),
)


# The same agencies' calls as the quality-inspection system exports them: speech-to-text, one turn a line.
AGENT_CALLS_AS_TEXT: tuple[WordingEntry, ...] = (
    ("", ("催收员：喂你好 请问是 呃 肖永福先生吗",
          "借款人：是 哪位",
          "催收员：我这边是汇远信息服务的 受江澜资产委托 就是您以前东岚银行那个信用卡 现在转到江澜资产了 想跟您商量一下还款",
          "借款人：多少钱",
          "催收员：本金是一万四千六百 利息那个 嗯 公司说可以减一半")),
    ("L", ("催收员：你这个已经是第七年了啊 七年 我跟你讲 这个债啊 是终身有效的 你死了都销不掉",
           "借款人：不是有诉讼时效吗",
           "催收员：时效那是针对银行的 转到资产公司就没有时效了 懂吧")),
    ("", ("催收员：喂 您好 是那个 郝女士吧 我这边鼎诚的",
          "借款人：是我 我现在上班不方便",
          "催收员：好好 那您方便的时候回个电话 或者晚上七点我再打 可以吗",
          "借款人：七点可以")),
    ("I", ("催收员：你是不是觉得换个城市就没人找得到你了 嗯",
           "借款人：我没躲",
           "催收员：没躲 没躲号码换了四个 你这种人啊就是属老鼠的 见不得光 恶心")),
    ("", ("催收员：那个 孙先生 你上次说的那个 嗯 诉讼时效的问题 我们查了一下",
          "借款人：查到什么了",
          "催收员：东岚银行在二零二一年给你寄过催收函 有邮寄记录 所以时效从那时候重新算的 这个记录我们可以寄给你看 你觉得不对也可以去咨询律师",
          "借款人：你寄过来吧")),
    ("R", ("催收员：你要是真想了结 我给你指条路",
           "借款人：什么路",
           "催收员：你去那个 呃 分期乐还是什么的 随便哪个平台借个两万 把我们这个一次清了 打三折 你赚了懂不懂")),
    ("", ("催收员：喂 您好 我是江澜资产的 这个 您上次问的减免 我们申请下来了",
          "借款人：减多少",
          "催收员：就是本金一万一 利息四千八全免 您在本月二十五号之前还一万一就结清 结清以后我们出结清证明 也会报征信更新")),
    ("PL", ("催收员：喂 我是 青岩市金融资产保全办公室的 这个是政府部门啊",
            "借款人：什么办公室",
            "催收员：保全办 就是专门处理不良资产的 你这个账我们已经准备冻结你名下所有银行卡了 今天不处理明天就冻")),
    ("", ("催收员：那个 单先生 您说您爱人去年过世了 这个 节哀啊",
          "借款人：嗯",
          "催收员：那她名下那张瑞通的卡 按规定如果您没有继承她的遗产 是不用您还的 您把情况写一下寄给我们 我们核实了就停止",
          "借款人：好 我写")),
    ("T", ("催收员：你这个月再不还 我就打你们厂里 找你们车间主任",
           "借款人：别别 我刚进去的",
           "催收员：那就看你表现了 我们也不想让你丢了这个饭碗")),
    ("", ("催收员：喂 您好 我是鼎诚的小刘 打过来就是 呃 确认一下您的新地址",
          "借款人：你们要地址干嘛",
          "催收员：江澜资产要给您寄一份债权转让通知书和还款方案 纸质的 您不想给也没关系 也可以发电子版到您邮箱")),
    ("V", ("催收员：你住那个 那个 滨江路那边是吧 天天骑电动车走的那条小路",
           "借款人：你怎么知道",
           "催收员：晚上那条路黑啊 你自己小心点 钱还了就什么事都没有")),
    ("", ("催收员：嗯 我理解 您说那个 打电话骂人的 不是我们公司的",
          "借款人：就是你们 说的就是江澜",
          "催收员：那您把时间和号码给我 我报给合规部查 查实了那个人会被处理 您也可以直接投诉到我们合规邮箱")),
    ("E", ("催收员：我们公司有个诚信曝光平台 上面都是你这种欠钱不还的",
           "借款人：什么平台",
           "催收员：明天把你照片和身份证挂上去 再转发到你们县的本地群 让大家认识认识你")),
    ("", ("催收员：喂 您好 嗯 是 褚先生吧 我江澜资产的",
          "借款人：我跟你们说了 我不认这笔账",
          "催收员：好 您有异议的话 呃 可以写个书面的 把理由写上 我们转给原银行核查 核查期间我们暂停",
          "借款人：行")),
    ("LP", ("催收员：你好 我是 呃 砥衡律师事务所的 我姓钱 钱律师",
            "借款人：律师找我干嘛",
            "催收员：你的案子已经在法院立案了 案号我等下发你 下礼拜传票就到 到时候直接判 判完了就是拘留")),
    ("", ("催收员：您好 我是汇远的 那个 我这边看到您去年已经还了一部分",
          "借款人：对 还了五千",
          "催收员：那剩下的我们按原来的方案 每个月八百 还是可以的 不用一次还 您别有压力")),
    ("I", ("催收员：你还有脸问我要减免 你有脸吗 嗯",
           "借款人：我就问问",
           "催收员：问个屁 你这种赖皮 骗了银行的钱还想白嫖 做梦吧")),
    ("", ("催收员：喂 请问是 嗯 庞丽女士吗",
          "借款人：是",
          "催收员：我这边江澜资产 打电话主要是 就是您之前那个嘉禾消费金融的贷款 转让给我们了 您看到我们寄的通知了吗",
          "借款人：看到了 我想问能不能少还点",
          "催收员：可以的 结清的话利息可以全免 本金再打九折 您考虑一下")),
    ("R", ("催收员：房子不是你的吗 在老家那套",
           "借款人：那是我爸妈住的",
           "催收员：那就抵押出去贷一笔嘛 二十万都能贷 还我们这三万块钱 剩下的你还能周转")),
    ("", ("催收员：喂 您好 这边是衡信债务管理 就是 那个 您在我们这边登记过困难 对吧",
          "借款人：对 我现在还在康复",
          "催收员：好的 那停催继续有效 我们只是例行确认 您有什么需要可以打我们客服")),
    ("VT", ("催收员：我们明天去你单位楼下等你 几个人一起去",
            "借款人：你们要干嘛",
            "催收员：干嘛 当着你同事的面跟你好好算算这笔账 你领导也一起叫下来")),
    ("", ("催收员：那个 你骂我没关系 我就跟你说清楚 你这个账 如果你觉得时效过了 你可以在法院上提出来",
          "借款人：那你们去告啊",
          "催收员：告不告是公司决定 我们这边只负责协商 今天就先这样")),
    ("L", ("催收员：你不还 那你儿子就得还 父债子还 这个是法律规定的",
           "借款人：我儿子才上初中",
           "催收员：那就等他长大了还 他以后读大学 当兵 考公务员 都查得到你欠的这个账")),
)


# The voice robot 小衡: the script's turns and the callee's answers as the robot platform logs them.
ROBOT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，这里是江澜资产管理公司智能客服小衡。请问您是蒋红梅女士本人吗？是请按1或说是。",
          "客户：是。",
          "坐席：您原在东岚银行的信用卡欠款已依法转让至江澜资产，转让通知已邮寄。您可拨打官方客服电话了解还款方案，稍后将以短信发送。再见。")),
    ("", ("坐席：您好，我是江澜资产的智能语音助手小衡。请问是黎志明先生吗？",
          "客户：不是，打错了。",
          "坐席：抱歉打扰您了，我们将删除这个号码，不再拨打。祝您生活愉快。")),
    ("L", ("坐席：您好，这里是衡信债务管理智能催收。您的欠款已逾期两千九百一十二天，系统已将您列入司法移送名单。",
           "客户：什么名单？",
           "坐席：移送后将由司法机关依法追究您的刑事责任，请于今日内联系人工客服处理。")),
    ("", ("坐席：您好，这里是江澜资产小衡。提醒您，近期有不法分子冒充我司或法院工作人员，要求转账至个人账户，请勿相信。",
          "客户：哦。",
          "坐席：我司唯一收款账户为江澜资产管理股份有限公司对公账户。如有疑问请拨打官方客服。感谢您的接听。")),
    ("E", ("坐席：您好，这里是鼎诚商务语音通知。您的欠款长期未处理。",
           "客户：知道了知道了。",
           "坐席：若本周内仍未处理，我方将在您户籍所在社区公告栏及当地媒体发布欠款人信息，请知悉。")),
    ("", ("坐席：您好，我是江澜资产小衡。您本月的分期还款五百元将于十号到期，可通过江澜资产公众号还款。",
          "客户：我这个月晚几天可以吗？",
          "坐席：可以的，我将为您转接人工客服办理延期，请稍候。")),
    ("T", ("坐席：您好，这里是汇远信息智能外呼。您名下欠款已转让江澜资产，多次联系未果。",
           "客户：我在开会。",
           "坐席：如您今日仍未回电，系统将自动向您的紧急联系人及工作单位发送协查通知，请您重视。")),
    ("", ("坐席：您好，这里是江澜资产小衡，请问您是尤建华先生吗？",
          "客户：我是他儿子，我爸住院了。",
          "坐席：好的，谢谢您告知。我们会转人工记录情况，暂停外呼。祝老人家早日康复。")),
    ("P", ("坐席：您好，这里是临沅区人民法院诉前调解中心智能通知。",
           "客户：法院？",
           "坐席：受江澜资产委托，提醒您尽快就信用卡欠款与其协商，调解员电话一八七二二四六三五零九，请于三日内联系。")),
    ("", ("坐席：您好，江澜资产小衡提醒您：您申请的结清方案已审批，结清金额九千三百元，请于本月三十日前还款。",
          "客户：这个是最终的吗？",
          "坐席：是的，结清后我们将出具结清证明。如需人工确认，请按0。")),
    ("R", ("坐席：您好，这里是鼎诚商务智能客服。现推出限时结清优惠，最低三折。",
           "客户：我没钱。",
           "坐席：如资金不足，可通过合作平台快速申请周转借款，最快十分钟到账，用于一次性结清，详情回复短信1。")),
    ("", ("坐席：您好，这里是江澜资产小衡。请问您是姬美玲女士吗？",
          "客户：你们烦不烦，别打了。",
          "坐席：好的，已记录您不希望接听语音电话，后续将通过书面方式联系您。再见。")),
    ("", ("坐席：您好，江澜资产提醒您，您对欠款金额提出的异议已受理，核查期间不会催收，结果将在十五个工作日内书面告知。",
          "客户：好。")),
    ("V", ("坐席：您好，这里是汇远信息外访预约通知。",
           "客户：外访什么？",
           "坐席：我方外访人员已到达您所在的临沅区，将于今晚上门。请确保家中有人，如拒不配合，后果由您自行承担。")),
)


# Threats that come in two steps: a harmless first turn, the threat in the next one.
SPLIT_THREAT_CALLS: tuple[WordingEntry, ...] = (
    ("V", ("坐席：你在城南那家物流公司上夜班，对吧。",
           "客户：对，怎么了。",
           "坐席：夜班下班都凌晨了，路上没什么人。你自己想想这钱要不要还。")),
    ("T", ("坐席：你结婚了是吧，恭喜啊。",
           "客户：嗯。",
           "坐席：你丈人丈母娘的电话我这边都有，他们要是知道女婿欠了银行四万块，这门亲事还稳不稳，你说呢。")),
    ("E", ("坐席：你们小区有个业主群吧。",
           "客户：有又怎样。",
           "坐席：明天群里就会有一份你的欠款说明，带照片的，你邻居都能看到。")),
    ("V", ("坐席：你儿子在实验中学读初二，每天六点二十到校。",
           "客户：你提我儿子干嘛？",
           "坐席：没什么，就是提醒你做父母的，别给孩子惹麻烦。钱周三之前到账。")),
    ("T", ("坐席：我们查到你在新公司入职了，人事部是吧，姓方的那个经理。",
           "客户：你别乱来。",
           "坐席：我乱不乱来，看你今天下午给不给个说法。")),
    ("E", ("坐席：你抖音我们也找到了，粉丝不少嘛。",
           "客户：那是我的私事。",
           "坐席：我们发条视频在你评论区下面，把你欠钱的事讲讲，看你粉丝怎么说。")),
    ("V", ("坐席：我们的人今天下午已经去过你老家了。",
           "客户：你们去我家干嘛？",
           "坐席：你爸腿脚不太好吧。老人家经不起折腾，你自己掂量。")),
    ("T", ("坐席：你微信好友有六百多个吧。",
           "客户：你们怎么知道的。",
           "坐席：今晚十二点前不还，每个人都会收到一条消息，说你欠钱七年不还。")),
    ("VT", ("坐席：你老婆在中心医院当护士，三楼内科。",
            "客户：跟她有什么关系。",
            "坐席：我们明天去医院找她聊聊，人多的地方，她也不想出什么事吧。")),
    ("E", ("坐席：你们镇上那个大集是逢五赶吧。",
           "客户：你问这干嘛。",
           "坐席：下个大集我们在集上拉个喇叭，把你的名字和欠的钱数喊一喊。")),
    ("L", ("坐席：你知道拒不执行是什么罪吗？",
           "客户：我又没被判过。",
           "坐席：资产公司收的债不用判，不还就直接算拒执，三年以下。")),
    ("V", ("坐席：你家楼下那辆白色的车是你的吧，车牌尾号三七。",
           "客户：是又怎么样。",
           "坐席：车停在外面不安全，哪天玻璃碎了轮胎扎了也不奇怪，早点把钱结了。")),
)


# Calls that reach someone other than the debtor: a new employer, a spouse, in-laws, old numbers' new owners.
CONTACT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，请问这是祁文斌的电话吗？",
          "第三方：不是，这个号我去年刚办的。",
          "坐席：不好意思打扰了，我们会把这个号码删除，不会再打来。",
          "第三方：好的。")),
    ("D", ("坐席：您好，这里是江澜资产，找一下祁文斌。",
           "第三方：打错了，我不认识他。",
           "坐席：那麻烦您要是认识他，告诉他东岚银行那张信用卡欠的三万八已经转到我们公司了，让他赶紧处理。",
           "第三方：我都说不认识了。")),
    ("DT", ("坐席：您好，是宏达装饰人事部吧？你们公司有个叫邵建林的员工吗？",
            "第三方：有，什么事？",
            "坐席：他欠了瑞通银行信用卡五万多，七年没还了，现在转给我们了。麻烦你们做一下他的工作，不然我们每天打到你们公司来。",
            "第三方：这是他个人的事。")),
    ("", ("坐席：您好，请问是邵建林先生的单位吗？",
          "第三方：是，有什么事？",
          "坐席：没什么，麻烦您告诉他回一下江澜资产的电话，谢谢。",
          "第三方：江澜资产是干嘛的？",
          "坐席：不好意思，具体事情需要跟他本人说，打扰您了。")),
    ("D", ("坐席：喂，你是殷丽的老公吧？",
           "第三方：是，你哪位？",
           "坐席：我们是帮嘉禾消费金融收账的，你老婆结婚前欠了一万六，一直没还，你知道吗？",
           "第三方：我不知道这事。")),
    ("DLT", ("坐席：阿姨，您是韦小军的妈妈吧？",
            "第三方：是啊，小军怎么了？",
            "坐席：他欠银行的钱，四万多，好几年了，人也找不着。您当妈的帮他还一下吧，不然对他影响很大，以后坐牢都有可能。",
            "第三方：我哪有钱啊。")),
    ("", ("坐席：您好，请问您认识柏海燕女士吗？",
          "第三方：认识，是我同事。",
          "坐席：能麻烦您转告她给江澜资产回个电话吗？号码是幺八六幺二三四零五五七，谢谢。",
          "第三方：行，我跟她说。")),
    ("DE", ("坐席：您是下湾村的村委会吧？",
            "第三方：对，村委会。",
            "坐席：你们村金海涛欠了银行信用卡的钱八年没还，我们过两天在你们村公示栏贴个公告，先跟村委会打声招呼。",
            "第三方：这个我们不管。")),
    ("", ("坐席：您好，我是江澜资产的，请问是乔丽萍的家属吗？",
          "第三方：我是她妹妹，她上个月去世了。",
          "坐席：非常抱歉，节哀。我们记录一下，后续会按规定核实遗产情况，不会要求您个人还款，今天不多打扰了。",
          "第三方：谢谢。")),
    ("DT", ("坐席：喂，是鲁明的同事吗？我这个号码是在他的通讯录里找到的。",
            "第三方：是，怎么了？",
            "坐席：他欠我们公司两万多块钱好多年了，你跟他关系好的话劝他还了，不还的话我们把你们几个同事都打一遍。",
            "第三方：关我什么事啊。")),
    ("", ("坐席：您好，打扰了，请问这个号码还是尹涛先生在用吗？",
          "第三方：不是了，他早不用了。",
          "坐席：明白，谢谢您，我们会更新记录，以后不会再打这个号码。")),
    ("DI", ("坐席：你是管冬梅的哥哥吧？",
            "第三方：对。",
            "坐席：你妹妹欠东岚银行信用卡两万四，跑了六年，你们家就出这种骗子？",
            "第三方：你嘴巴放干净点。")),
    ("DLP", ("坐席：您好，我是临沅区法院的，找一下葛强的爱人。",
            "第三方：我就是，出什么事了？",
            "坐席：你老公欠瑞通银行三万二，现在案子在我们法院，你让他尽快联系处理，不然就强制执行了。",
            "第三方：他没跟我说过。")),
    ("", ("坐席：您好，请问您是路红霞吗？",
          "第三方：我不是，她是我前妻，我们早离了。",
          "坐席：不好意思，打扰您了，我们会把这个号码从她的联系方式里删除。",
          "第三方：好。")),
    ("D", ("坐席：您好，请问是景文龙的房东吗？",
           "第三方：是，他租我的房子。",
           "坐席：他欠了一笔消费贷没还，现在转给我们江澜资产了，您下次见到他让他联系我们一下。",
           "第三方：行吧。")),
    ("DRT", ("坐席：你是鞠志伟的姐姐吧，他欠银行三万多现在转到我们这了。",
            "第三方：我知道，他现在没工作。",
            "坐席：那你当姐姐的帮他借一点，你不是有信用卡吗，刷出来先帮他还了，他以后再还你。",
            "第三方：我凭什么帮他还。")),
    ("", ("坐席：您好，请问是林水生先生吗？",
          "第三方：我是他邻居，他手机放我这充电。",
          "坐席：好的，那麻烦您告诉他江澜资产来过电话，谢谢，不打扰了。")),
    ("DV", ("坐席：你是宁小兵的老婆吧，你们家住在鹿鸣路那个小区。",
            "第三方：你们到底想干嘛？",
            "坐席：你老公欠的信用卡四万块，这周不还，我们的人就去你们家门口守着，你一个人带孩子在家小心点。",
            "第三方：我要报警了。")),
    ("", ("坐席：喂，您好，请问您是钱德胜先生的紧急联系人吗？",
          "第三方：是我，我是他朋友，不过好多年没联系了。",
          "坐席：好的，那不打扰您了，如果您联系上他，麻烦请他回个电话，谢谢。",
          "第三方：我估计联系不上。")),
    ("DT", ("坐席：是幸福里社区居委会吗？",
            "第三方：是，您哪里？",
            "坐席：你们社区有个叫阚永强的，欠了嘉禾消费金融一万九不还，你们居委会帮忙上门做做工作，不然我们天天打你们这儿。",
            "第三方：这不归我们管。")),
)


# Calls to third parties as the quality-inspection system exports them: speech-to-text, one turn a line.
CONTACT_CALLS_AS_TEXT: tuple[WordingEntry, ...] = (
    ("D", ("坐席：喂 你好 是 那个 戴志勇的爱人吗",
           "联系人：是啊",
           "坐席：他以前欠瑞通银行那个信用卡 一万七千多 现在转给我们江澜了 你跟他说一下 让他打个电话")),
    ("", ("坐席：喂 您好 这个号码是 呃 孔令伟的吗",
          "联系人：不是 你打错了",
          "坐席：哦哦 不好意思 那我们删掉 不再打了 抱歉")),
    ("DT", ("坐席：喂 你是 莫春燕的新老公吧 我跟你讲 她以前欠的钱 嗯 嘉禾那个 一万二",
            "联系人：我不知道啊",
            "坐席：你不知道现在知道了 你是她老公 你不管谁管 你今天帮她还了 不然我们天天找你")),
    ("", ("坐席：喂 您好 我找一下 那个 郎建新",
          "联系人：他去世两年了 你们是哪里",
          "坐席：啊 抱歉抱歉 那个 节哀 我们这边登记一下 不打扰您了")),
    ("DI", ("坐席：喂 你是 那个 霍丽的同学吧 你们毕业照上我看到你了",
            "联系人：是 怎么了",
            "坐席：你这个同学啊 就是个骗子 欠了银行三万块跑了 你帮我们找找她")),
    ("D", ("坐席：喂 你好 是 天瑞物业吗 就是 呃 你们那个保安 毛建军 欠了东岚银行的信用卡 转到我们这了 你们发工资的时候提醒他一下",
           "联系人：我们只管物业")),
    ("", ("坐席：喂 您好 请问是 俞海波吗",
          "联系人：不是 这是公司座机 他早离职了",
          "坐席：好的 谢谢 那我们更新一下资料 不打扰了")),
    ("DT", ("坐席：喂 你是 嗯 姚亮的表姐吧 我们通讯录里看到你的",
            "联系人：是 干嘛",
            "坐席：你表弟欠钱五年了 两万三 你们家里人都不管的话 我们就一个一个打 他舅他姑都打")),
    ("D", ("坐席：喂 您好 您是 侯凤英的女儿吧",
           "联系人：是的",
           "坐席：你妈妈有一笔 呃 嘉禾消费金融的贷款 九千多 逾期好多年了 转到我们江澜了 麻烦跟她说一声")),
    ("", ("坐席：喂 您好 我是江澜资产的 请问是 邱先生的单位吗",
          "联系人：是 你找他什么事",
          "坐席：没事没事 麻烦您转告他回个电话就行 号码他知道 谢谢")),
    ("DLT", ("坐席：喂 你好 你是 蒋勇的弟弟吧 你哥欠的那个信用卡 四万五 现在是刑事案件了",
            "联系人：啊 这么严重",
            "坐席：对 你们家里人赶紧凑钱 不然他就要被抓了")),
    ("", ("坐席：喂 你好 请问 呃 这是郁敏的电话吗",
          "联系人：我是她老公 她在洗澡",
          "坐席：好的 那我晚点再打 您不用转告什么 谢谢")),
    ("DE", ("坐席：喂 是 那个 红星村的村支书吗",
            "联系人：是 你哪里",
            "坐席：我们这边收账的 你们村那个 龚德福 欠银行钱 我们下礼拜去村里大喇叭广播一下 跟你说一声")),
    ("D", ("坐席：喂 你好 我这边是鼎诚的 是 章小伟的老板吧",
           "联系人：是 我是他老板",
           "坐席：他欠了一笔 瑞通银行的钱 两万八 你知道就行 我们也是通知一下")),
)


# Calls in which the callee has not said who they are: an old number, a shop phone, a shared line.
UNKNOWN_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，这里是江澜资产管理公司，请问是汤建国先生吗？",
          "第三方：你打错了。",
          "坐席：抱歉打扰，我们会核实并删除这个号码。")),
    ("", ("坐席：喂 您好 我找一下 那个 方晓丽",
          "第三方：谁啊 这是小卖部的电话",
          "坐席：哦 不好意思 打扰了 我们改一下资料")),
    ("I", ("坐席：喂 是不是范志刚",
           "第三方：你谁啊",
           "坐席：别装了 你这个老赖躲了八年 声音我都听出来了 不要脸的东西")),
    ("", ("坐席：您好，请问这个号码的机主是邵丽芬吗？",
          "第三方：不认识，我刚换的号。",
          "坐席：好的，谢谢，我们不会再拨打这个号码。")),
    ("L", ("坐席：喂 找一下 呃 车建明",
           "第三方：他不在 你哪位",
           "坐席：你告诉这个号码的主人 他的案子已经转公安了 让他自己去投案")),
    ("", ("坐席：您好，我是衡信债务管理的，请问您是屈文华先生吗？",
          "第三方：你们是哪个公司的？怎么证明？",
          "坐席：您可以挂掉电话后拨打我们官网上的客服电话核实，我们不会要求您提供验证码或转账。",
          "第三方：好，我自己查。")),
    ("V", ("坐席：喂 这是不是江德旺家",
           "第三方：你找谁",
           "坐席：告诉江德旺 我们知道他在哪个工地干活 让他晚上收工走路小心点")),
    ("", ("坐席：您好，我是江澜资产，请问您是戚红军吗？",
          "第三方：我不是，也不认识这个人。",
          "坐席：好的，非常抱歉，我们把这个号码标记为错号，不会再打扰您。")),
)


# Collectors with regional speech, as the quality-inspection system exports them: speech-to-text, no punctuation.
DIALECT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("催收员：喂 老哥 我是汇远的嘛 帮江澜资产打的 你那个东岚银行的卡嘛 现在转到江澜那边去了",
          "客户：晓得晓得 我这阵子手头紧得很",
          "催收员：那你看嘛 每个月还个几百块要得不 不着急 慢慢来")),
    ("I", ("催收员：你个瓜娃子 躲了七八年 还好意思接电话哦",
           "客户：你咋个骂人嘛",
           "催收员：骂你咋个了 你就是个烂账鬼 脸都不要了")),
    ("", ("催收员：哎 大姐 俺是鼎诚的 找你说个事儿 就是你以前那个嘉禾的贷款",
          "客户：俺都忘了 还欠多少",
          "催收员：本金六千多 利息公司说能免 你要是能一把还了就六千二 还不了分几个月也中")),
    ("V", ("催收员：你屋头是在那个 南坪那边嘛 我们兄弟伙都晓得",
           "客户：你啥子意思",
           "催收员：没得啥子意思 这个礼拜不还 我们就过来坐坐 你屋头娃儿也在嘛")),
    ("", ("催收员：喂 我江澜资产的 你上回讲你屋里人生病 现在咋样嘞",
          "客户：还在医院 住了两个月了",
          "催收员：那你先顾屋里 我这边给你报个停催 出院了再说 莫慌")),
    ("R", ("催收员：哎呀你就去那个 借呗微粒贷啥的借一哈嘛 先把这个平了",
           "客户：我那个额度早没了",
           "催收员：那你找你亲戚朋友凑一凑 借嘛 借了还我们 这个三折就拿到了")),
    ("", ("催收员：老妹儿 我是汇远的 你那个东岚的卡 转江澜资产了 你知道不",
          "客户：知道 收到信了",
          "催收员：那就行 你有啥想法 有困难就说 能分期 利息也能谈")),
    ("T", ("催收员：你不还是吧 行 你那个老丈人不是在县里当老师嘛",
           "客户：你想咋地",
           "催收员：我给他们学校打个电话 让他们校长知道知道 他姑爷是个啥人")),
    ("", ("催收员：喂 靓仔 我系鼎诚嘅 帮江澜资产打嘅 你之前瑞通银行张卡",
          "客户：我知 我而家冇钱",
          "催收员：明白 咁你睇下可唔可以每个月畀少少 唔使一次过 我哋可以帮你申请免息")),
    ("L", ("催收员：你知唔知 你呢笔数已经转咗做刑事 差佬随时上门拉人",
           "客户：唔系啩",
           "催收员：系啊 你快啲还 唔还就坐监")),
    ("", ("催收员：那个 叔 我是江澜的 你儿子说你身体不太好 我们这边就是问一下",
          "客户：是 中风了 说话不利索",
          "催收员：好的好的 叔你好好养着 我们这边停了 后面让你儿子有空跟我们说一声就行")),
    ("E", ("催收员：你们那个屯儿才几户人家啊 我把你欠钱的事往屯口那电线杆上一贴",
           "客户：你敢",
           "催收员：有啥不敢的 让全屯子都瞅瞅你是啥人")),
)


# The company's, the debt-purchase firm's and the agencies' SMS templates, as the SMS gateway logged them.
STAGE_TEMPLATES: tuple[StageTemplate, ...] = (
    stage_template("", "JL-SMS-T01", 3287,
              "【江澜资产】{name}，您原在{bank}的信用卡欠款已于{date}依法转让至江澜资产管理股份有限公司，转让通知已邮寄，详询官方客服{hotline}。",
              {"name": "姚先生", "bank": "东岚银行", "date": "2027年6月30日", "hotline": "400-818-6620"}),
    stage_template("", "JL-SMS-T01", 2954,
              "【江澜资产】{name}，您原在{bank}的信用卡欠款已于{date}依法转让至江澜资产管理股份有限公司，转让通知已邮寄，详询官方客服{hotline}。"),
    stage_template("", "JL-SMS-T02", 2410,
              "【江澜资产】{name}您好，您在{creditor}的贷款债权已转让我司，自即日起请勿向原债权人还款，官方还款账户仅为我司对公账户，谨防诈骗。",
              {"name": "向女士", "creditor": "嘉禾消费金融"}),
    stage_template("", "JL-SMS-S01", 3650,
              "【江澜资产】{name}，您的欠款现可申请结清优惠：一次性还款{amount}元即视为结清，优惠有效期至{deadline}，以书面方案为准。退订回T",
              {"name": "庞女士", "amount": "9,800.00", "deadline": "2028年2月29日"}),
    stage_template("", "JL-SMS-S02", 3102,
              "【江澜资产】{name}，您申请的分期方案已生效：共{terms}期，每期{amount}元，首期还款日{date}。分期期间不计收罚息。",
              {"name": "韩先生", "terms": "24", "amount": "600.00", "date": "3月5日"}),
    stage_template("L", "DC-SMS-L01", 2877,
              "【鼎诚商务】{name}，你的信用卡欠款转让后已不适用诉讼时效，债务终身有效，拖延只会让利息越滚越多。",
              {"name": "肖永福"}),
    stage_template("PL", "DC-SMS-L02", 3311,
              "【临沅区人民法院】{name}，江澜资产诉你信用卡纠纷一案已立案，案号{case}，请于{deadline}前联系承办人处理。"),
    stage_template("E", "HY-SMS-E01", 2605,
              "【汇远信息】{name}，你的欠款信息已录入诚信曝光平台，{deadline}前未处理将在你户籍地公开发布。",
              {"name": "金海涛", "deadline": "本周五"}),
    stage_template("", "HX-SMS-R01", 1980,
              "【衡信债务】{name}您好，我司受江澜资产委托就您原{bank}欠款与您联系，如您对金额或债权有异议，可回复或致电{hotline}提出，核查期间暂停催收。",
              {"name": "褚先生", "bank": "瑞通银行", "hotline": "400-818-6620"}),
    stage_template("T", "DC-SMS-T02", 2731,
              "【鼎诚商务】{name}，多次联系未果，今日{time}前未回电，我司将联系你的工作单位及紧急联系人核实情况。",
              {"name": "邵建林", "time": "17:00"}),
    stage_template("", "JL-SMS-H01", 3488,
              "【江澜资产】{name}，您提交的困难停催申请已通过，停催期至{date}，期间不计收利息、不进行电话催收。",
              {"name": "沈先生", "date": "2028年4月30日"}),
    stage_template("L", "HY-SMS-L03", 2266,
              "【汇远信息】{name}，根据相关规定，欠款人拒不还款将由司法机关强制执行并追究刑事责任，请于{deadline}前结清{amount}元。",
              {"name": "霍建军", "deadline": "48小时内", "amount": "31,460.00"}),
    stage_template("", "JL-SMS-W01", 2045,
              "【江澜资产】提醒：近期有人冒充我司、法院或公安人员，以“案件撤销”“征信修复”为由要求转账至个人账户，均为诈骗。我司不会要求您向个人账户转账。"),
    stage_template("R", "HY-SMS-R02", 2590,
              "【汇远信息】{name}，限时三折结清！资金不足可申请合作平台周转贷，当天放款，点{url}申请后直接结清。",
              {"name": "钟女士", "url": "hy-loan.cn/q8"}),
    stage_template("", "JL-SMS-D01", 4012,
              "【江澜资产】{name}，您对{bank}信用卡欠款提出的异议已受理，受理编号{ticket}，我司将于15个工作日内书面答复，期间暂停催收。",
              {"name": "潘女士", "bank": "东岚银行", "ticket": "YY-28-0117"}),
    stage_template("I", "DC-SMS-I01", 3009,
              "【鼎诚商务】{name}，躲了这么多年还躲得下去？做人最基本的脸面都不要了，赶紧回电。",
              {"name": "郭志强"}),
    stage_template("", "JL-SMS-L02", 2730,
              "【江澜资产】{name}，如协商未果，我司可能依法向有管辖权的法院提起诉讼；判决生效后仍未履行的，法院可依申请采取执行措施。欢迎来电协商：{hotline}",
              {"name": "罗先生", "hotline": "400-818-6620"}),
    stage_template("V", "HY-SMS-V01", 2333,
              "【汇远信息】{name}，我们的同事已到{district}，今晚会到你家附近，是否见面看你自己。",
              {"name": "宁小兵", "district": "鹿鸣路"}),
    stage_template("", "HX-SMS-C01", 1877,
              "【衡信债务】{name}，您已结清原{creditor}贷款，我司将于5个工作日内出具结清证明并申请更新征信记录。感谢您的配合。",
              {"name": "向女士", "creditor": "嘉禾消费金融"}),
    stage_template("LE", "DC-SMS-L04", 2999,
              "【鼎诚商务】{name}，你已被列为失信被执行人，照片将同步至你所在社区公示栏及抖音同城，{deadline}前还款可撤销。"),
    stage_template("", "JL-SMS-T03", 2501,
              "【江澜资产】{name}您好，您原{bank}欠款的转让公告已刊登于{date}《澜江商报》，您可致电{hotline}索取转让通知书及欠款明细。",
              {"name": "孙先生", "bank": "瑞通银行", "date": "2027年7月12日", "hotline": "400-818-6620"}),
    stage_template("P", "HY-SMS-P02", 2188,
              "【砥衡律师事务所】{name}，受江澜资产委托，本所律师将于{date}向法院递交起诉材料，届时将申请查封你名下财产。",
              {"name": "曹宇", "date": "1月20日"}),
    stage_template("", "CY-SMS-N01", 3122,
              "【澄远律师事务所】{name}您好，本所受江澜资产管理股份有限公司委托，就您原东岚银行信用卡欠款与您协商，律师函已邮寄。联系电话{phone}。",
              {"name": "姚先生", "phone": "0731-8826-4150"}),
    stage_template("R", "DC-SMS-R03", 2712,
              "【鼎诚商务】{name}，您名下有车辆可办理车抵贷，最快2小时放款，用于结清欠款享受五折，详询{phone}。",
              {"name": "钟女士", "phone": "17705836241"}),
    stage_template("", "JL-SMS-H02", 2620,
              "【江澜资产】{name}，如您遇失业、疾病、家庭变故等困难，可申请停催或分期，回复“困难”即有专人联系您。",
              {"name": "易女士"}),
    stage_template("T", "HY-SMS-T03", 3206,
              "【汇远信息】{name}，你的新婚妻子还不知道你欠款的事吧？我们很乐意告诉她。",
              {"name": "郭志强"}),
    stage_template("", "JL-SMS-S03", 2290,
              "【江澜资产】{name}，本月结清活动：利息全免，本金九折，结清金额{amount}元，以我司书面结清方案为准。我司未授权任何机构推荐借款产品。",
              {"name": "卫先生", "amount": "10,620.00"}),
    stage_template("PL", "DC-SMS-P03", 3399,
              "【青岩市公安局经侦支队】{name}，你涉嫌信用卡诈骗一案已移送本队，请于{deadline}前还款{amount}元，否则依法拘留。",
              {"name": "褚秀兰", "deadline": "今日", "amount": "28,700"}),
    stage_template("", "HX-SMS-R02", 1790,
              "【衡信债务】{name}，您本期分期{amount}元已入账，剩余{left}期。如需调整还款日可致电客服。",
              {"name": "韩先生", "amount": "600.00", "left": "21"}),
    stage_template("I", "HY-SMS-I02", 2455,
              "【汇远信息】{name}，欠钱不还的老赖，你还要当缩头乌龟多久？"),
    stage_template("", "JL-SMS-T04", 3844,
              "【江澜资产】{name}，根据《民法典》规定，债权转让已通知您，您对原债权人的抗辩可以向我司主张。如对转让有疑问请致电{hotline}。",
              {"name": "肖先生", "hotline": "400-818-6620"}),
    stage_template("VE", "DC-SMS-V02", 2560,
              "【鼎诚商务】{name}，明早八点外访组到你单位门口，横幅已经印好，你看着办。",
              {"name": "邵建林"}),
    stage_template("", "JL-SMS-X01", 2077,
              "【江澜资产】{name}，您反映的号码（尾号{tail}）经核实非您本人使用，我司已删除该号码，不会再联系该号码。对给您造成的困扰深表歉意。",
              {"name": "莫女士", "tail": "6613"}),
    stage_template("L", "HY-SMS-L04", 3570,
              "【汇远信息】{name}，欠款人去世后债务由子女依法全额继承，请你于{deadline}前代为还清{amount}元。",
              {"name": "韦先生", "deadline": "月底", "amount": "43,200.00"}),
)


# In-app and WeChat service-account templates of the company and its agencies.
APP_TEMPLATES: tuple[StageTemplate, ...] = (
    stage_template("", "JL-APP-T01", 3287,
              "债权转让通知：{name}，您原在{bank}的信用卡债权（本金{principal}元，利息{interest}元，截至基准日{date}）已转让至江澜资产，点击查看转让通知书原件。",
              {"name": "姚建平", "bank": "东岚银行", "principal": "14,600.00", "interest": "5,230.17", "date": "2027-06-30"}),
    stage_template("", "JL-APP-S01", 2950,
              "结清方案：{name}，您可选择一次性结清{amount}元，或分{terms}期每期{per}元，方案有效至{deadline}。"),
    stage_template("R", "DC-APP-R01", 2705,
              "{name}，结清优惠仅剩{days}天！没钱？推荐“快易贷”“金豆花”等平台，额度高审批快，借来结清最划算。",
              {"name": "钟女士", "days": "3"}),
    stage_template("", "JL-APP-H01", 3100,
              "{name}，您的重大疾病停催申请已通过，停催至{date}，期间不计息、不催收。祝您早日康复。",
              {"name": "褚女士", "date": "2028年6月30日"}),
    stage_template("L", "HY-APP-L01", 2388,
              "{name}，您的欠款已超过{days}天，资产公司受让的债权无需诉讼即可申请强制执行，{deadline}后将冻结您名下全部账户。",
              {"name": "潘国栋", "days": "2388", "deadline": "1月15日"}),
    stage_template("", "JL-APP-W01", 2000,
              "安全提醒：江澜资产不会以任何名义要求您下载屏幕共享软件、提供验证码或向个人账户转账。接到此类要求请立即挂断并拨打96110。"),
    stage_template("E", "DC-APP-E01", 2840,
              "{name}，你的欠款曝光海报已生成，{deadline}前未还款将推送至你所在城市的本地生活号。",
              {"name": "金海涛", "deadline": "周日"}),
    stage_template("", "JL-APP-L01", 3333,
              "{name}，关于诉讼时效：时效期间因债权人提出履行请求或您同意履行而中断，并重新计算；如您认为时效已届满，可向我司书面提出，我司将复核。",
              {"name": "孙先生"}),
    stage_template("PL", "HY-APP-P01", 2456,
              "【临沅区人民法院执行局】{name}，你的案件已进入执行程序，请于{deadline}前通过以下链接缴纳执行款：{url}",
              {"name": "葛强", "deadline": "今日24时", "url": "zx-pay.top/9k2"}),
    stage_template("", "HX-APP-C01", 1850,
              "{name}，您的异议已核查完毕：经原债权人确认，该卡非您本人申领，我司已停止对您的催收并注销相关记录。",
              {"name": "潘女士"}),
    stage_template("T", "DC-APP-T01", 2777,
              "{name}，系统已提取你的通讯录联系人{count}人，{deadline}前未还款将逐一发送欠款告知。",
              {"name": "鲁明", "count": "287", "deadline": "今晚"}),
    stage_template("", "JL-APP-S02", 2600,
              "{name}，我司可为您提供：①一次性结清减免利息；②最长36期分期；③困难客户停催。请在“我的方案”中选择，或联系人工客服。",
              {"name": "庞丽"}),
    stage_template("I", "HY-APP-I01", 3012,
              "{name}，赖账这么多年的人渣，全网都在等你出来还钱。",
              {"name": "范志刚"}),
    stage_template("", "JL-APP-D01", 2199,
              "{name}，您已提交律师代理信息（{lawyer}），今后有关本笔债务的沟通将与您的代理律师进行。",
              {"name": "卫先生", "lawyer": "时雨律师事务所 冯律师"}),
    stage_template("V", "DC-APP-V01", 2615,
              "{name}，你的定位显示你每天晚上十点从{place}回家，我们的人会在路口等你谈谈。",
              {"name": "江德旺", "place": "东湖工地"}),
    stage_template("", "JL-APP-T02", 2580,
              "{name}，如您对债权转让的真实性有疑问，可在“转让查询”中输入通知书编号核验，或向原债权人{bank}官方客服查询。",
              {"name": "向女士", "bank": "嘉禾消费金融"}),
)


# Agencies' and collectors' own SMS from work phones, outside the template registry.
AGENCY_SMS: tuple[WordingEntry, ...] = (
    ("L", "姚建平，东岚银行已经把你的信用卡债转给国家资产管理公司了，性质已经变了，现在不是欠银行的钱，是欠国家的钱，不还就是违法犯罪。"),
    ("", "姚先生您好，我是鼎诚商务的小秦，受江澜资产委托。您上次说月底发工资后回电，今天给您发条短信提醒一下，不方便的话回个时间就行。"),
    ("T", "郭志强，你岳父家的地址我们已经查到了，要不要我们上门给老人家讲讲你的光荣历史，你自己定。"),
    ("I", "就你这种烂人，欠钱八年一声不吭，换我是你爸妈都没脸出门。"),
    ("R", "褚女士，你微信里那些朋友随便借一借就够了，三折结清的机会一年就一次，错过别后悔。"),
    ("", "褚女士，您的结清金额为8,610元，这是江澜资产审批的最终方案，款项请只转入江澜资产管理股份有限公司对公账户（开户行：瑞通银行青岩分行）。"),
    ("V", "你每天早上七点二十送孩子到幸福路幼儿园门口，我们的人看得清清楚楚。这周还钱，不然你猜。"),
    ("E", "金海涛，你的欠款说明我们已经做好了，有照片有身份证号，周日之前不还，直接发到你们县城的几个大群里。"),
    ("", "沈先生，知道您刚出院，停催已经帮您延长到五月底，这期间不会有人打电话。出院后如需分期，联系我就行。汇远 小魏"),
    ("L", "韦先生，你父亲的信用卡欠款依法由子女继承，不管他有没有留下财产，你作为儿子都必须还，这是法律规定。"),
    ("TE", "邵建林，你们公司的微信公众号我们已经关注了，留言区挂一份你的欠款说明，你们老板和同事应该都会看到。"),
    ("", "邵先生，上次给您单位打电话是我们的同事违规操作，公司已经处理了。以后只联系您本人，对您造成的影响非常抱歉。鼎诚商务 质检组"),
    ("R", "钟女士，你那辆车过户出去能卖三万多，我们这边有认识的二手车商，今天就能收，卖了直接结清，你考虑下。"),
    ("L", "霍建军，你不还钱的后果：一、上征信黑名单一辈子；二、限制出行；三、刑事拘留十五天。自己选。"),
    ("", "霍先生，之前有同事跟您说会被拘留，那是错误的说法，欠款属于民事纠纷，不涉及拘留。给您带来惊吓，我们道歉。如您愿意协商，我们随时在。"),
    ("V", "老宁，你家三楼阳台那盆发财树长得不错啊。钱的事这周必须有个说法。"),
    ("", "宁先生，您好。关于您投诉的外访人员言语不当一事，我司已停止该人员的外访资格，以后如需上门，会提前书面预约并由两人佩戴工牌前往。"),
    ("I", "你自己照照镜子，四十多岁的人了，欠几万块钱躲得跟孙子似的，丢不丢人。"),
    ("T", "殷女士，你老公知道你结婚前欠了一万六吗？他公司电话我们也有，你不处理，我们帮你跟他说。"),
    ("", "殷女士您好，关于您婚前的嘉禾消费金融贷款，这是您个人的债务，我们只会联系您本人，不会联系您的配偶。"),
    ("R", "真心建议你去办张新的信用卡，额度下来先把我们这笔清了，我们这边可以给你打四折。"),
    ("E", "韩先生，你欠款不还，我们准备把你的信息发到你老家的乡镇公众号，标题都起好了：《外出八年的他，欠款不还》。"),
    ("", "韩先生，您的第三期还款600元已收到。分期期间如遇困难可以申请延后，不会影响已减免的部分。"),
    ("P", "你好，我是青岩市临沅区法院执行庭的黄法官，你的信用卡欠款案已到我这，请今天下午来法院一趟，或先还款到江澜资产。"),
    ("L", "尤先生，你的债务不会因为你生病就消失，也不会因为你死了就消失，你死了还有你孩子还，这是继承法规定的。"),
    ("", "尤先生，您家属已告知您住院的情况，我们已暂停全部催收。祝您早日康复，后续事宜等您方便时再联系。"),
    ("VT", "你不还也可以，我们派几个人每天去你老婆上班的超市门口站着，反正我们人多时间多。"),
    ("", "姜先生，您好。关于只还本金八千四的方案，我已向公司确认，书面方案已发到您的邮箱，请核对后再还款，不要听任何人说可以打折转到个人账户。"),
)


# Texts that carry the name of a court, a police unit, a state office or a law firm the sender is not.
AUTHORITY_SIGNED: tuple[WordingEntry, ...] = (
    ("PL", "【青岩市中级人民法院】褚秀兰：江澜资产管理股份有限公司诉你信用卡纠纷一案，本院已受理。请于三日内与原告协商还款，逾期本院将依法缺席审理。"),
    ("PL", "【临沅区公安分局经侦大队】郭志强，你恶意透支东岚银行信用卡一案已立案侦查，限你于本周五前归还欠款，逾期将对你网上追逃。"),
    ("P", "【砥衡律师事务所】曹宇先生，本所已接受委托，代理江澜资产对你提起诉讼，请于三日内联系本所方律师：18807316624。"),
    ("PL", "【金融资产保全局】你名下的不良债务已移交本局，根据规定你的社保、公积金、微信钱包将于明日冻结，如需解冻请先还款。"),
    ("P", "青岩市人民检察院温馨提示：请你尽快与江澜资产协商解决信用卡欠款，避免纠纷进入司法程序。"),
    ("PL", "【澜江省高级人民法院】金海涛，你已被纳入全国通缉名单，请立即联系江澜资产处理欠款，处理后撤销通缉。"),
    ("PL", "【青岩仲裁委员会】钟女士，你的信用卡纠纷已提交仲裁，请于7日内联系申请人江澜资产协商，否则将作出裁决。"),
    ("", "【澄远律师事务所】姚建平先生：本所受江澜资产管理股份有限公司委托，就您原东岚银行信用卡欠款致函。委托人希望协商解决；协商不成的，委托人保留依法起诉的权利。联系人：邢律师 0731-8826-4150。"),
    ("PL", "【青岩市人民政府金融工作办公室】韦小军：你欠国有资产公司的款项属于侵占国有资产，将移送纪检及公安，请速与江澜资产联系。"),
    ("P", "【司法调解中心】尊敬的潘国栋，受江澜资产委托，本中心吴法官将就您的欠款与您调解，电话：15974208136。"),
    ("", "【江澜资产】提醒您：我司及合作律所不会以法院、公安、检察院或“资产保全局”的名义给您发短信。收到此类短信请勿回复，可向96110咨询。"),
    ("PL", "【临沅区人民法院执行局】霍建军，你已被列为失信被执行人，限高令已生效，你的子女将不能就读私立学校。还款请联系江澜资产。"),
    ("P", "【青岩市资产保全办公室（市政府直属）】兹通知：你名下欠款已由本办依法接管，请于五个工作日内到江澜资产办理还款。"),
    ("P", "您好，我是砥衡律所的钱律师，你的案子由我代理，明天来律所签还款协议，地址：青岩市解放西路18号。"),
)


# Stage SMS sent to someone other than the debtor: a spouse, a relative, an employer, a number's new owner.
CONTACT_SMS: tuple[WordingEntry, ...] = (
    ("D", "【江澜资产】您好，您的家人戴志勇在瑞通银行信用卡欠款17,360元已转让我司，请转告其尽快联系处理。"),
    ("", "【江澜资产】您好，我们正在联系戴志勇先生，如您认识他，烦请转告其致电400-818-6620，谢谢。若您不认识，请回复N，我们将不再联系。"),
    ("DT", "莫女士的丈夫您好，您妻子婚前欠款一万二至今未还，作为丈夫您有义务督促她还款，否则我们将持续联系您。"),
    ("D", "您好，你们公司员工邵建林欠东岚银行信用卡5万余元，已逾期七年，请人事部门知悉。鼎诚商务"),
    ("DT", "韦阿姨，您儿子韦小军欠银行四万三，您是他妈，您不管谁管？今天不还，我们明天去您家里找您。"),
    ("", "您好，这里是江澜资产。这个号码已确认不属于我们要联系的人，我们已删除，不会再打扰您。"),
    ("DE", "下湾村各位村民：本村村民金海涛拖欠银行信用卡欠款八年，现由江澜资产依法追收，请知情者督促其还款。"),
    ("DT", "鲁明的朋友你好，鲁明欠我们两万三已经五年了，你是他通讯录里的联系人，麻烦你劝他还钱，不然我们会一直联系你。"),
    ("D", "【汇远信息】侯凤英女士的家属您好，侯女士嘉禾消费金融贷款9,412元已严重逾期，请督促其还款。"),
    ("", "【江澜资产】您好，关于乔丽萍女士的事宜，我们已登记其去世的信息，不会要求您个人承担任何还款义务。如需了解遗产相关的法律规定，可向律师咨询。节哀。"),
    ("DI", "你是管冬梅的哥哥吧，你那个妹妹就是个骗子，骗了银行两万四跑了，你们家教真好。"),
    ("DRT", "鞠志伟的姐姐你好，你弟弟欠款三万一，他现在没钱，你帮他刷信用卡或者网贷借一下先还了，我们可以给五折。"),
    ("D", "景先生的房东您好，您的租客景文龙有一笔贷款纠纷未处理，欠款一万一千元，如见到他请告知其联系江澜资产。"),
    ("", "您好，请问您是林水生先生吗？如是，请回电江澜资产客服400-818-6620；如不是，请回复N，我们将删除此号码。"),
    ("DT", "宏达装饰领导您好，贵司员工邵建林长期拖欠信用卡欠款，请贵司配合督促，并在发放工资时协助扣款还款。"),
    ("DLT", "章老板您好，你们公司章小伟欠款两万八，已经涉嫌犯罪，为避免贵司受牵连，请尽快让他处理。"),
)


# Short SMS typed by collectors from their own phones.
SHORT_SMS: tuple[WordingEntry, ...] = (
    ("", "姚先生，方便时回个电话，鼎诚小秦。"),
    ("I", "装死装了八年，累不累？"),
    ("", "收到您的还款，谢谢。"),
    ("V", "你家门口见。"),
    ("", "已按您要求改为只发短信，不再来电。"),
    ("T", "今天不回电，明天打你单位。"),
    ("E", "再不还，朋友圈见。"),
    ("L", "明天传票到你家。"),
    ("", "停催已办好，安心养病。"),
    ("R", "网贷借两万，三折结清，你赚。"),
    ("", "结清证明已寄出，请查收。"),
    ("I", "没见过你这么不要脸的。"),
    ("L", "这笔账永远不会过期。"),
    ("", "号码已删，抱歉打扰。"),
)


# WeChat messages from collectors to debtors, as the agencies' work-phone archive keeps them.
WECHAT_DMS: tuple[WordingEntry, ...] = (
    ("", "向女士您好，我是江澜资产的客服小许，这是我的工作微信。附件是债权转让通知书和您的欠款明细，您核对一下，有疑问随时问我。"),
    ("I", "呵呵，又已读不回？你是哑巴还是聋子？"),
    ("L", "我再提醒你一句，资产公司跟银行不一样，银行还跟你讲道理，我们这边是直接对接公安的，你自己掂量。"),
    ("", "您说的那个利息的问题我问了，基准日以后确实没有再加利息，明细里最后一栏是截至基准日的数字，之后都没有变。"),
    ("V", "[图片] 这是你家楼下吧？我们同事刚拍的。今天给个还款时间。"),
    ("", "不好意思，您昨天说的“再打电话就去投诉”，我们已经记录了，以后只用微信文字联系您，不再打电话。"),
    ("T", "你拉黑我没关系，你老婆的微信我也加上了，要不要我把你的欠款明细发给她看看？"),
    ("R", "你看你支付宝借呗还有额度没，有额度就借出来，结清以后你就轻松了，不然利息一直滚。"),
    ("", "您好，您要求的诉讼时效相关材料：东岚银行2019年、2022年两次催收函的邮寄凭证扫描件，请查收。如您认为时效已届满，可以书面提出，我们会转交公司法务复核。"),
    ("E", "你要是还不理，我们就在你们小区业主群里发一下，你们物业管家我也加了。"),
    ("I", "说真的，你这种人活着就是浪费空气，欠钱不还还理直气壮。"),
    ("", "节哀。您母亲的这笔欠款，如您放弃继承或遗产不足以清偿，您无需以个人财产偿还。方便时把相关材料发我，我们按规定处理。"),
    ("LT", "你别以为离婚了就没事，这是夫妻共同债务，你前妻也得还，我们已经在联系她了。"),
    ("", "您好，看到您发的朋友圈说最近在住院，我们这边先暂停，不会再催。等您出院了想聊再聊。"),
    ("P", "我是砥衡律师事务所的律师助理小王，委托人已经把你的欠款交给我们所了，请尽快添加主办律师微信：dh-lawyer-fang。"),
    ("", "【转账须知】本笔还款请务必转入：江澜资产管理股份有限公司，瑞通银行青岩分行对公账户。任何人让您转到个人微信、支付宝或个人银行卡，都是诈骗。"),
    ("R", "你不是有公积金吗？提出来嘛，不够的话再找个小贷公司借一点，反正先把这边结了。"),
    ("", "您骂我几句我能理解，毕竟这么多年的事突然找上门。您要是愿意，我们先核对一下金额，不着急还。"),
    ("V", "你儿子那个补习班放学挺晚的吧，路上车多，要注意安全啊。钱的事你心里有数。"),
    ("", "您好，根据您的申请，我们已将您的联系方式中您单位的座机删除，以后不会再拨打。"),
)


# Messages to the debtor's WeChat contacts and groups.
WECHAT_CONTACTS: tuple[WordingEntry, ...] = (
    ("DE", "【群公告】本群成员郭志强拖欠东岚银行信用卡三万二千元长达七年，现已由江澜资产依法追讨，请大家监督。"),
    ("DT", "你好，你是鲁明的微信好友吧？他欠款两万多五年没还了，你能联系上他的话劝劝他，不然我们会继续找你。"),
    ("D", "您好，我是江澜资产的，您的朋友韦小军有一笔银行信用卡欠款需要处理，麻烦您让他联系我们。"),
    ("", "您好，冒昧打扰，请问您认识邵建林先生吗？我们有事需要与他本人联系，如方便请转告他添加此微信。谢谢。"),
    ("DE", "[朋友圈] 寻人：金海涛，男，42岁，石桥镇下湾村人，欠银行信用卡八年未还，知情者请联系，必有重谢。"),
    ("DI", "莫春燕的新老公你好，你老婆以前欠钱跑路的事你知道吗？娶了个老赖回家，恭喜。"),
    ("DT", "您好，您是霍建军的同事吧，他欠我们的钱一直不还，您方便的话在单位提醒一下他，我们也不想打到你们领导那里去。"),
    ("", "您好，我们在找一位叫钱德胜的先生，如您不认识，请忽略这条消息，我们不会再发。"),
    ("DE", "@所有人 本群里有一位叫宁小兵的，欠钱四万块不还，大家注意跟他的经济往来。"),
    ("DRT", "你是姚亮的表姐吧，他欠两万三，你们亲戚凑一凑，或者你帮他在网贷上借一笔，结清能打三折。"),
    ("D", "庞丽的同学你好，我们是收账的，她以前嘉禾消费金融欠了一万块，你们还有联系的话帮忙转告一下。"),
    ("DV", "阚永强的老婆你好，你们家住在幸福里12栋吧，你老公不还钱我们就每天去你家门口坐坐。"),
    ("DLT", "韦小军的舅舅你好，您外甥欠银行四万三，已经在通缉名单上了，家里人赶紧想办法。"),
    ("", "您好，您刚才说您不认识葛强，我们已经删除您的微信联系方式，不好意思打扰了。"),
)


# Settlement offers and plans sent in the company's app and service account.
OFFERS: tuple[WordingEntry, ...] = (
    ("", "结清优惠说明：本次优惠仅减免利息及部分本金，减免后金额9,800元。结清后债权消灭，我司出具结清证明。优惠不以您另行借款为条件。"),
    ("R", "结清只要五折！资金不够？合作方“及时雨”帮您先垫付，7天后再还，手续费低至1%。"),
    ("", "分期方案：总额14,600元，分36期，每期约405.56元，不收利息。如遇困难可以申请暂停三个月。"),
    ("R", "很多客户都是先用信用卡分期把我们这边结清的，信用卡利息更低，还能保住征信，推荐您也这么操作。"),
    ("", "温馨提示：结清优惠到期后，您仍可按原金额还款或重新申请方案，不会因错过优惠而被起诉或加收罚息。"),
    ("R", "抓紧时间！用房产或车辆做个抵押贷款，把这笔一次性结清，省下的就是赚到的。"),
    ("", "您可以选择：1.一次性结清享利息全免；2.按收入分期；3.暂缓三个月。我们不会推荐任何借款产品，也请您不要为结清而借新债。"),
    ("R", "结清四折限时48小时，建议找亲戚朋友借一下，先把折扣拿到手，以后慢慢还他们。"),
    ("", "方案变更通知：因您已申请失业困难帮扶，每期还款从600元降至200元，期数相应延长，不另收费用。"),
    ("R", "【专属福利】您已获得“易贷通”预授信额度20,000元，可直接用于结清江澜资产欠款，点击领取。"),
    ("", "减免申请结果：经审批，同意减免您全部利息5,230.17元及本金的10%，结清金额13,140元，有效期60天。"),
    ("R", "卖二手手机、卖金首饰都行，先凑够三千把首期付了，不然优惠作废。"),
)


# What debtors write themselves: complaints in the app, posts, replies; never labelled.
DEBTORS_OWN: tuple[WordingEntry, ...] = (
    ("", "你们这些吸血鬼，银行两折卖给你们的烂账，你们全额要，还有没有天理？"),
    ("", "昨天一个自称你们公司的人说要去我女儿学校找她，我已经报警了，你们给我个说法。"),
    ("", "我八年前欠的钱，本金才八千，现在要我还两万六？你们这是抢钱！"),
    ("", "我已经委托律师了，以后有事找我律师，别再给我打电话，否则我投诉到金融监管总局。"),
    ("", "有个人说他是经侦的，让我今天还钱不然抓我，我查了号码是个手机号，是不是你们的人？"),
    ("", "我老公到现在还不知道我以前欠过钱，你们要是敢告诉他，我跟你们没完。"),
    ("", "我去年查出尿毒症，每周透析三次，你们要钱要不到的，我连药钱都快付不起了。"),
    ("", "谁让你们在我们村委会门口贴东西的？我爸妈被全村人指指点点，你们这是违法！"),
    ("", "说实话我没想赖账，就是这几年真没钱，你们别再骂我老赖了，我也是人。"),
    ("", "转让通知我收到了，但是你们没说清楚本金和利息各多少，麻烦出个明细，我再决定。"),
)


# Messages debtors forwarded to the company's complaint channel, whole, as they received them.
FORWARDED: tuple[WordingEntry, ...] = (
    ("PL", "转发给你们看看，这是不是你们发的：“【青岩市公安局】你名下信用卡欠款已涉嫌诈骗，现已网上立案，请立即联系江澜资产处理，否则明日上门拘传。”"),
    ("T", "这是你们的人发给我的原话：“你不还是吧，你们公司老板的电话我们有，明天让他知道你是什么人。”"),
    ("I", "你们的催收员就是这么跟我说话的：“你就是个人渣，欠钱不还的垃圾，迟早遭报应。”"),
    ("E", "收到这条：“你的欠款海报已经做好了，周末挂到你们县城广场的大屏上。”请问这是你们公司的做法吗？"),
    ("R", "你们员工给我发的：“你去借个网贷把钱还了吧，我们这边三折，不借是傻子。”这正常吗？"),
    ("V", "截图如下，你们的人发的：“你住在哪我们都知道，晚上出门注意点。”我要求你们给个解释。"),
)


# Letters to debtors: transfer notices, collection letters, settlement letters, law-firm letters.
NOTICES: tuple[WordingEntry, ...] = (
    ("", "债权转让通知书\n编号：JL-ZR-2027-06-00418\n姚建平先生：\n东岚银行股份有限公司信用卡中心已将其对您享有的信用卡债权（截至2027年6月30日基准日，本金14,600.00元，利息5,230.17元）及相关从权利依法转让给江澜资产管理股份有限公司。根据《中华人民共和国民法典》第五百四十六条，特此通知。自收到本通知之日起，请向受让人履行还款义务。您对东岚银行的抗辩，可以向受让人主张。\n转让人：东岚银行股份有限公司信用卡中心（盖章）\n受让人：江澜资产管理股份有限公司（盖章）\n2027年7月8日"),
    ("L", "催收函\n褚秀兰：\n你所欠瑞通银行信用卡债务已转让我司。根据我国刑法，债权转让给资产管理公司后，逾期欠款自动转为刑事案件，由公安机关立案侦查。请于收函后三日内全额还款，否则一切法律后果由你承担。\n汇远信息服务有限公司\n2028年1月9日"),
    ("", "还款方案确认函\n韩志远先生：\n经协商，您原嘉禾消费金融贷款剩余本金14,400元，按以下方案清偿：分24期，每期600元，每月5日前还款至江澜资产管理股份有限公司对公账户。分期期间不计收利息；按期还清后，已产生利息5,230元予以减免。如遇困难，可书面申请调整。\n江澜资产管理股份有限公司\n2028年1月12日"),
    ("VE", "最后通牒\n金海涛：\n我司外访组将于本月十五日前往石桥镇下湾村你父母家中，当面核实你的去向，并在村中张贴欠款公告。届时人多嘴杂，发生任何意外与我司无关。\n鼎诚商务咨询有限公司"),
    ("", "关于诉讼时效的答复函\n孙先生：\n您来函称原瑞通银行信用卡欠款已过诉讼时效。经核查，瑞通银行分别于2021年3月、2023年8月向您邮寄催收函，邮寄凭证附后。依据《民法典》第一百九十五条，权利人向义务人提出履行请求的，诉讼时效中断并重新计算。如您对上述材料有异议，可在诉讼中提出时效抗辩，由法院认定。\n江澜资产管理股份有限公司 法务部\n2028年1月20日"),
    ("PL", "青岩市临沅区人民法院\n限期履行通知书\n（2028）青0102执字第00317号\n被执行人：潘国栋\n申请执行人江澜资产管理股份有限公司申请执行你信用卡欠款一案，本院责令你于2028年2月1日前向申请执行人履行全部还款义务。"),
    ("", "律师函\n致：曹宇先生\n澄远律师事务所受江澜资产管理股份有限公司委托，就您原东岚银行信用卡欠款（本金21,300元）一事致函。委托人已依法受让该债权并于2027年7月通知。委托人愿意就还款方式与您协商；如协商不成，委托人可能依法向有管辖权的人民法院提起诉讼。本函不构成诉讼文书。\n澄远律师事务所 邢律师\n2028年1月15日"),
    ("LT", "催告函\n郭志强：\n你的欠款属于婚后持续存在的债务，依法应由你现任配偶共同偿还。我司将依法向你配偶及其工作单位送达本催告函。\n鼎诚商务咨询有限公司 法务部"),
    ("", "困难帮扶通知书\n尤建华先生：\n收到您家属提交的住院证明。我司决定自即日起对您的欠款暂停催收六个月，期间不计收任何利息。期满后如您仍有困难，可再次申请。\n江澜资产管理股份有限公司 客户服务部"),
    ("L", "债务告知书\n韦小军之子女：\n根据《继承法》父债子还原则，韦小军所欠债务43,200元由其子女全额承担，无论是否继承遗产。子女在读期间，此欠款将记入学籍档案。\n汇远信息服务有限公司"),
    ("", "继承事宜告知函\n韦先生：\n获悉令尊韦小军先生去世，深表哀悼。依照《民法典》第一千一百六十一条，继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务；继承人放弃继承的，对被继承人依法应当缴纳的税款和债务可以不负清偿责任。请您告知遗产情况，我司将据此处理，不会要求您以个人财产清偿。\n江澜资产管理股份有限公司"),
    ("PL", "资产保全通知\n青岩市不良资产保全中心（市政府授权）\n褚秀兰：你所欠国有资产管理公司债务已列入保全清单，本中心将依法冻结你的银行账户、工资卡及公积金账户。请于五日内还款解冻。"),
    ("", "异议处理结果通知\n潘丽女士：\n您就原东岚银行信用卡（尾号0716）提出的异议，经转让人调取开卡档案及签名比对，确认该卡非您本人申领。我司已停止对您的催收，并已通知转让人向征信机构申请更正相关记录。\n江澜资产管理股份有限公司\n2028年2月3日"),
    ("R", "结清建议书\n钟女士：\n鉴于你名下有车辆一台（车牌尾号58），建议你尽快出售车辆或办理车辆抵押贷款，一次性结清欠款，可享五折优惠。逾期优惠作废。\n汇远信息服务有限公司"),
    ("", "结清证明\n兹证明向冬梅女士原嘉禾消费金融贷款（合同号尾号2291）项下债务已于2028年1月26日全部结清，江澜资产管理股份有限公司与其之间就该笔债务不再存在债权债务关系。\n江澜资产管理股份有限公司（盖章）"),
    ("I", "致欠款人：\n像你这样借钱时满口答应、还钱时人间蒸发的人，我们见得多了。你可以继续躲，你的孩子、你的父母都会知道他们的家人是个什么货色。\n汇远信息"),
    ("", "敬告函\n肖永福先生：\n我司注意到近期有人冒用我司及“青岩市资产保全办公室”名义向债务人发送短信。特此声明：我司从未设立或委托此类机构，不存在“资产保全办”，我司及合作机构不会以任何国家机关名义联系您。\n江澜资产管理股份有限公司"),
    ("VL", "上门通知\n霍建军：\n你已拒不履行还款义务，性质属于拒执。我司将于本周六派员携带法院文书到你住处将你带走，请在家等候。\n鼎诚商务"),
)


# Newspaper and website announcements of transfers and collection, and their corrections.
PUBLIC_NOTICES: tuple[WordingEntry, ...] = (
    ("", "《澜江商报》2027年7月12日第6版\n债权转让暨催收公告\n根据东岚银行股份有限公司信用卡中心与江澜资产管理股份有限公司签订的《债权转让协议》，东岚银行已将其对下列借款人享有的信用卡债权及从权利依法转让给江澜资产。双方特此公告通知各借款人。江澜资产作为受让方，要求各借款人自公告之日起向江澜资产履行还款义务。清单详见江澜资产官网“转让公告”栏目。联系电话：400-818-6620。"),
    ("", "《澜江商报》2027年9月3日\n嘉禾消费金融有限公司与江澜资产管理股份有限公司债权转让通知暨催收公告\n嘉禾消费金融有限公司已将其对截至2027年6月30日逾期的部分个人消费贷款债权转让给江澜资产。请相关借款人自本公告之日起向江澜资产履行义务。如对债权有异议，请于本公告发布之日起三十日内与江澜资产联系。"),
    ("", "江澜资产官网公告\n关于防范冒充我司实施诈骗的提示\n近期有不法分子冒充我司或以“资产保全办”“经侦支队”“法院执行局”名义，要求借款人向个人账户还款。我司郑重提示：我司唯一收款账户为对公账户，我司不会以任何国家机关名义联系借款人。"),
    ("", "江澜资产管理股份有限公司\n关于2027年第二批个人不良资产包受让情况的说明\n本公司已受让东岚银行信用卡中心转让的个人不良债权1,236户。本公司将通过电话、短信、信函及报纸公告方式依法通知借款人，不会以张贴、群发或向无关第三人披露等方式催收。"),
    ("", "更正公告\n本公司于2027年7月12日《澜江商报》刊登的债权转让公告中，附表第37行借款人姓名有误，特此更正。对由此给相关人员带来的不便深表歉意。\n江澜资产管理股份有限公司"),
)


# Letters to people other than the debtor, and the agencies' own 'announcements' posted for neighbours and villagers.
NOTICES_TO_OTHERS: tuple[WordingEntry, ...] = (
    ("DT", "协助催收函\n宏达装饰有限公司人事部：\n贵司员工邵建林（身份证尾号2215）拖欠东岚银行信用卡欠款53,200元，该债权已转让我司。请贵司协助督促其还款，并在其工资中代扣每月2,000元汇至我司，否则我司将追究贵司责任。\n鼎诚商务咨询有限公司"),
    ("", "致机主的致歉函\n尊敬的机主：\n经核实，您使用的号码（尾号4470）并非我司客户的联系方式，此前的来电系原债权人提供的旧资料所致。我司已将该号码从所有系统中删除，对打扰深表歉意。\n江澜资产管理股份有限公司"),
    ("D", "告知函\n殷丽之配偶：\n殷丽于婚前在嘉禾消费金融借款16,000元，至今未还，债权已转让江澜资产。特此告知。\n汇远信息服务有限公司"),
    ("DLT", "致韦小军家属：\n韦小军欠款已逾期七年，现已移交司法机关处理，家属如不配合还款，将一并承担连带责任。\n鼎诚商务"),
    ("", "致紧急联系人的说明\n您好：我司按原债权人留存的资料联系过您，询问某位人士的联系方式。您不负有任何还款义务，也无需转告任何内容。如不希望再接到我们的联系，请回复或来电，我们将立即删除您的信息。\n江澜资产管理股份有限公司"),
    ("DET", "致幸福里社区居委会：\n辖区居民阚永强拖欠嘉禾消费金融贷款19,000元，请居委会在社区公示栏公示，并协助上门督促。\n汇远信息服务有限公司"),
    ("DT", "致钱德胜的亲友：\n钱德胜欠款两万六千元已五年，作为其亲友，请各位代为筹款，否则我司将逐一上门拜访。"),
    ("D", "尊敬的天瑞物业：\n贵司保安员毛建军拖欠东岚银行信用卡欠款一万九千元，现由江澜资产管理股份有限公司依法追收，特此函告。\n汇远信息"),
    ("DE", "欠款人曝光公告\n以下人员长期拖欠银行信用卡欠款，拒不还款，现予曝光：金海涛（下湾村）、韦小军（幸福里社区）、郭志强（东湖花园）……附照片。凡提供其下落者奖励五百元。\n鼎诚商务咨询有限公司"),
    ("DE", "公示\n本小区住户宁小兵（7栋302）拖欠瑞通银行信用卡欠款四万余元至今未还，特此公示，请各位业主知悉。\n张贴于幸福里小区单元门"),
    ("DE", "催收告示\n本人（江澜资产委托人员）郑重告知：如下湾村金海涛在本月内仍不还款，将在村口大喇叭连续广播三天，并在村委会公告栏张贴其照片和欠款金额。"),
)


# Quality-inspection notes: they quote the banned wording to judge it, so they are compliant.
QA_NOTES: tuple[WordingEntry, ...] = (
    ("", "质检单 QC-2801-014｜坐席 HY-207｜问题：通话中称“转让给资产公司后就没有诉讼时效了”。判定：虚假陈述法律后果，严重违规。处理：停岗培训三天，通话复核全部重听。"),
    ("", "质检单 QC-2801-022｜坐席 DC-031｜客户明确表示已委托律师，坐席仍继续追问还款时间。判定：未停止联系，违规。整改：登记律师信息后应立即结束通话。"),
    ("", "质检备注：坐席自称“临沅区法院执行局”，属冒充国家机关，已移交合规部，建议终止该外包人员合作资格。"),
    ("", "抽检结论：汇远信息本周外呼320通，发现3通使用“你这种老赖”“人渣”等侮辱性称呼，均已扣分并通报。"),
    ("", "质检单 QC-2801-035｜鼎诚外访组短信出现“横幅已经印好”，构成以公开羞辱相威胁，一票否决。另查该组是否实际制作横幅。"),
    ("", "优秀案例：坐席在客户告知父亲去世后，准确说明继承人仅在遗产实际价值范围内清偿，并主动暂停催收，评为本周示范录音。"),
    ("", "质检单 QC-2802-003｜机器人话术“系统已将您列入司法移送名单”属虚构法律程序，即日下线该话术节点，改回标准告知语。"),
    ("", "质检备注：坐席建议客户“去借个网贷把钱平了”，属诱导借新还旧，违反委托协议第九条，扣除当月绩效。"),
    ("", "复核意见：坐席称“夫妻共同债务她也得还”，该笔为客户婚前个人债务，表述错误且向配偶施压，定为重大违规。"),
    ("", "质检单 QC-2802-011｜坐席在被叫方表示“打错了”后仍报出欠款人姓名及欠款金额，属向第三人泄露债务信息。处理：通报批评，错号流程再培训。"),
    ("", "合格通话点评：客户情绪激动辱骂坐席，坐席未回骂，登记投诉意愿后礼貌结束通话，处理得当。"),
    ("", "质检备注：外访人员微信发送客户住宅楼下照片并要求“今天给个还款时间”，构成以监视相威胁，已报公司安全委员会。"),
    ("", "质检单 QC-2802-019｜短信模板 DC-SMS-L04 含“你已被列为失信被执行人”“同步至社区公示栏”，两项违规，模板立即停用。"),
    ("", "质检单 QC-2802-024｜坐席向客户说明“时效届满后您可以提出抗辩，是否起诉由公司决定”，表述准确，无问题。"),
    ("", "抽检结论：小衡机器人新版开场白已包含公司名称、来电事由及反诈提示，合规。旧版中“移送司法”表述已删除。"),
    ("", "质检备注：坐席向客户母亲称“坐牢都有可能”，并要求其代还。两项违规：虚构刑事后果、向第三人施压。"),
)


# Complaint tickets with the company's answers.
COMPLAINTS: tuple[WordingEntry, ...] = (
    ("", "投诉工单 TS-2801-0042\n投诉人：郭先生\n内容：催收员称要打电话给我新婚妻子和丈母娘，并骂我“缩头乌龟”。\n处理结果：经调取录音属实，涉事人员已解除合作，公司向投诉人书面致歉。"),
    ("", "投诉工单 TS-2801-0057\n投诉人：褚女士\n内容：收到自称经侦支队的短信，要求我当天还款否则拘留。\n答复：该短信非我司发送，我司已向公安机关报案。欠款属民事纠纷，不涉及拘留，请您放心。"),
    ("", "投诉工单 TS-2801-0063\n投诉人：金先生\n内容：有人在我老家村委会门口贴了我的欠款公告。\n答复：经查系鼎诚商务外访人员所为，我司已责令撤除，并暂停该机构全部外访业务，对您及家人造成的困扰深表歉意。"),
    ("L", "投诉工单 TS-2801-0071\n投诉人：韦先生\n内容：父亲去世后你们一直找我要钱。\n答复：您好，根据法律规定父债子还，子女需承担父母的全部债务，因此我司的催收行为合法，投诉不成立。"),
    ("", "投诉工单 TS-2801-0088\n投诉人：钟女士\n内容：催收员让我卖车还钱，还推荐车抵贷。\n处理结果：已核实，该行为违反我司规定，已对涉事人员处罚。我司不会要求您借款或变卖财产还款，您可申请分期。"),
    ("", "投诉工单 TS-2802-0004\n投诉人：邵先生\n内容：你们打电话到我单位人事部，说我欠钱不还，我现在被同事议论。\n处理结果：属实，已处理涉事人员并删除您单位电话。公司将就此向您书面道歉。"),
    ("", "投诉工单 TS-2802-0015\n投诉人：孙先生\n内容：我的欠款已过诉讼时效，你们仍在催收。\n答复：经核查存在中断时效的催收记录，相关凭证已寄送给您。您如不认可，可在诉讼中提出时效抗辩，由法院认定。核查期间我们未再联系您。"),
    ("I", "投诉工单 TS-2802-0021\n投诉人：范先生\n内容：催收员骂人。\n答复（外包机构回复）：客户本人拖欠八年，属于典型的老赖，我方人员言辞稍重属正常反应，不存在违规。"),
    ("", "投诉工单 TS-2802-0029\n投诉人：莫女士\n内容：你们给我现任丈夫发短信说我婚前欠钱。\n处理结果：属实，已删除该号码，涉事机构暂停合作三十天。"),
    ("", "投诉工单 TS-2802-0036\n投诉人：霍先生\n内容：催收员说法院拘传令已下来，让我在家等着。\n答复：经查没有任何法院文书，该说法为虚构，涉事人员已停岗。对您造成的惊吓深表歉意。"),
    ("", "投诉工单 TS-2802-0044\n投诉人：匿名\n内容：你们的机器人一天打我八次。\n处理结果：已核实，系统策略配置错误，已调整为每日不超过两次，并将您的号码设为仅短信联系。"),
    ("R", "投诉工单 TS-2802-0052\n投诉人：庞女士\n内容：你们的方案我还不起。\n答复：您可以考虑通过信用卡分期或正规网贷平台筹措资金，一次性结清后可享受五折优惠，这是目前对您最有利的选择。"),
    ("", "投诉工单 TS-2802-0060\n投诉人：向女士\n内容：我已经结清了，怎么还收到催收短信？\n处理结果：系系统未及时更新，已停止发送并向您致歉，结清证明已重新寄出。"),
    ("", "投诉工单 TS-2803-0003\n投诉人：阚先生\n内容：有人去我家居委会说我欠钱。\n处理结果：已核实为汇远信息人员行为，违反我司《委外催收管理办法》，已终止合作并向居委会发函说明。"),
)


# Scripts and training sheets handed to collectors.
SCRIPTS: tuple[WordingEntry, ...] = (
    ("", "【标准开场白】您好，我是江澜资产管理股份有限公司（或：受江澜资产委托的××公司）的××，工号××。请问是××先生/女士本人吗？确认本人后再说明来电事由。"),
    ("L", "【应对“过时效了”】话术：“资产公司受让的债权不受诉讼时效限制，您拖多久都一样要还，早还早了。”"),
    ("", "【应对“过时效了”】正确话术：“您提出的时效问题我们会记录并转交法务核查。如您认为时效已届满，您有权提出抗辩。”禁止说“没有时效”“永远有效”。"),
    ("T", "【高压话术】对多次失联客户：“你不接电话，我们只能打给你单位和家里人了，到时候你的事大家都知道。”"),
    ("", "【困难客户】客户提到失业、重病、家人去世时：先表示理解，再告知可申请停催、分期或减免，不得继续要求还款时间。"),
    ("PL", "【外访组话术】上门时自我介绍：“我们是市资产保全办的，协助法院执行。”告知客户：“今天不签还款承诺书，明天就冻结你的账户。”"),
    ("", "【错号处理】对方表示不认识欠款人时：致歉，确认是否删除号码，结束通话。不得说出欠款人姓名以外的任何信息，不得说明来电事由。"),
    ("R", "【结清促成】客户说没钱时引导：“您身边的亲戚朋友、信用卡、网贷都可以先周转一下，我们这个折扣错过就没有了。”"),
    ("", "【禁用语清单】老赖、骗子、人渣；坐牢、拘留、通缉、立案；“打你单位”“发你朋友圈”“告诉你家人”；“去借网贷”“卖车卖房”。以上用语一经发现即按严重违规处理。"),
    ("E", "【施压环节】对拒绝还款客户，告知其：“我们会把你的欠款信息发到你们小区业主群和老家的村群里。”"),
)


# E-mails to debtors.
EMAILS_TO_DEBTORS: tuple[WordingEntry, ...] = (
    ("", "主题：债权转让通知及欠款明细\n姚建平先生您好：\n附件为东岚银行信用卡中心与我司的债权转让通知书扫描件及截至基准日的欠款明细（本金14,600.00元，利息5,230.17元）。基准日后我司未计收罚息。如对金额有异议，请回复本邮件或致电400-818-6620。\n江澜资产管理股份有限公司 客户服务部"),
    ("L", "主题：最后通知\n曹宇：\n你的欠款案件已由公安机关立案，案号青公经（2028）117号，如本周内不还款，将对你采取强制措施。\n鼎诚商务"),
    ("", "主题：关于您困难帮扶申请的回复\n易女士您好：\n您的孕期困难帮扶申请已通过，自即日起至2028年9月30日暂停催收，期间不计息。产后如需调整还款计划，请随时联系我们。祝您和宝宝平安。\n江澜资产"),
    ("PL", "主题：诉前通知\n发件人：青岩市临沅区人民法院诉讼服务中心\n潘国栋：江澜资产诉你信用卡纠纷一案已登记立案，请于7日内到院领取应诉材料，或先行与原告和解。"),
    ("", "主题：关于您所述诉讼时效问题\n孙先生您好：\n您来信认为该笔欠款已超过三年诉讼时效。我们已调取东岚银行的催收记录，附后供您查阅。时效是否届满最终由法院认定；如我司起诉，您可以在诉讼中提出时效抗辩。在您核对材料期间，我们不会就该笔欠款联系您。\n江澜资产 法务部"),
    ("I", "主题：你到底还要躲多久\n郭志强：\n一个大男人，欠钱躲七年，连老婆都骗，你也配叫男人？\n汇远信息"),
    ("", "主题：结清方案（有效期至2028年2月29日）\n庞丽女士您好：\n根据您的申请，我司同意减免全部利息及本金10%，结清金额9,800元。请仅向我司对公账户还款，户名：江澜资产管理股份有限公司。我司及合作机构从不要求您借款或变卖财产还款。\n江澜资产"),
    ("TE", "主题：关于你的欠款\n邵建林：\n如本周仍不还款，我司将向你公司全体员工发送你的欠款通报邮件，并在你公司官网留言区公布。\n鼎诚商务 外访组"),
    ("", "主题：您的投诉已受理\n宁先生您好：\n您反映我司委托的外访人员在您家楼下拍照并发送给您，我们已暂停该人员工作并调查。调查期间，任何人不得上门或以任何方式提及您的住址。\n江澜资产 合规部"),
    ("R", "主题：结清的好办法\n钟女士：\n你的芝麻分还可以，去“金豆花”“快易贷”申请一笔，三分钟到账，拿来结清我们这笔只要五折，剩下的慢慢还平台就行。\n汇远信息"),
    ("", "主题：回复：你们就是一群骗子\n卫先生您好：\n您的情绪我们理解。关于债权转让的真实性，您可以直接向东岚银行信用卡中心官方客服核实。您已委托律师，今后我们将只与冯律师沟通。\n江澜资产 客户服务部"),
    ("L", "主题：子女继承债务告知\n韦先生：\n你父亲留下的欠款你必须还清，不论是否留有遗产，否则将影响你子女入学和参军政审。\n汇远信息服务有限公司"),
    ("", "主题：关于有人冒用我司名义的提醒\n尊敬的客户：\n近期有人冒用“江澜资产法务部”“澄远律所”名义发送邮件，要求向个人账户还款。澄远律师事务所与我司的委托关系真实存在，但该所律师不会要求您向个人账户付款。如有疑问，请致电我司官方客服。"),
    ("V", "主题：见面聊聊\n霍建军：\n你每天下班走的那条巷子我们已经走过几遍了，挺安静的。想清楚了就把钱打过来。"),
    ("", "主题：异议受理回执\n褚先生您好：\n您对欠款金额及债权转让的异议已于2028年1月18日受理，编号YY-28-0133。核查期间我司暂停一切催收活动，结果将于15个工作日内书面告知。"),
    ("PL", "主题：律师函\n发件人：砥衡律师事务所 方律师（邮箱 dh-lawfirm@163-mail.cn）\n霍建军：你的行为已构成拒不履行判决、裁定罪，本所将代表委托人向公安机关报案。"),
)


# E-mails to employers, spouses and others.
EMAILS_TO_OTHERS: tuple[WordingEntry, ...] = (
    ("DT", "主题：关于贵司员工邵建林的欠款问题\n宏达装饰人事部：\n贵司员工邵建林拖欠信用卡欠款五万余元七年未还，请贵司督促其还款，如贵司不予配合，我司将每日致电贵司前台。\n鼎诚商务"),
    ("", "主题：致歉\n您好：\n我司此前误向您的邮箱发送了一封与您无关的邮件，该邮箱地址来自原债权人的旧资料。我们已删除您的邮箱地址，邮件内容请直接删除。对此深表歉意。\n江澜资产"),
    ("D", "主题：告知\n殷丽的家人您好：殷丽在嘉禾消费金融的贷款16,000元已逾期多年，现由江澜资产追收，请您知悉并转告。"),
    ("DE", "主题：全体员工通报\n各位同事：\n本公司员工邵建林长期拖欠个人信用卡欠款53,200元，拒不还款，特此通报，请大家引以为戒。\n（鼎诚商务代发）"),
    ("DT", "主题：关于您的女婿郭志强\n郭志强的岳父岳母您好：\n您的女婿婚前欠东岚银行信用卡三万二未还，我们希望您二老出面督促他还款，否则我们只能上门拜访。\n汇远信息"),
    ("D", "主题：关于章小伟\n章老板您好：您的员工章小伟在瑞通银行有一笔两万八的欠款未处理，麻烦转告他联系江澜资产。"),
    ("DLP", "主题：协助执行通知\n发件人：临沅区人民法院执行局\n天瑞物业：你单位员工毛建军欠款一万九千元，请协助扣划其工资并汇至江澜资产账户。"),
    ("", "主题：关于您的联系人身份\n您好：\n您曾被某位客户留作紧急联系人。我们无意也不会要求您承担任何义务。如您愿意，请转告其回电；如不愿意，请回复“删除”，我们将删除您的联系方式。\n江澜资产"),
    ("DLT", "主题：家属须知\n韦小军家属：韦小军的欠款已涉嫌刑事犯罪，如家属不代为还款，将影响家属的工作和子女的政审。"),
    ("DI", "主题：你的员工\n天瑞物业负责人：你们那个保安毛建军就是个赖账的无赖，一万九千块钱拖了六年，你们公司就招这种人？"),
)


# The compliance team's internal mails and the agencies' replies.
COMPLIANCE_MAIL: tuple[WordingEntry, ...] = (
    ("", "主题：本季度委外催收合规要点\n各合作机构：\n一、严禁冒充法院、公安、律师或任何国家机关；二、严禁称债权转让后“没有时效”“转为刑事案件”“子女必须还”；三、严禁联系债务人单位、配偶及通讯录施压；四、严禁建议借新还旧或变卖财产。违者终止合作。\n江澜资产 合规部"),
    ("", "主题：关于报纸公告的使用\n各位：\n债权转让暨催收公告仅限在约定报纸刊登标准文本，不得自行制作“曝光公告”“欠款人名单”，不得张贴于村、社区或单位。\n合规部 林"),
    ("", "主题：错号处理流程更新\n坐席在确认错号后须于当日在系统中删除号码并发送致歉短信，不得在通话中透露欠款人姓名、金额或原债权人。"),
    ("TE", "主题：本月回款冲刺\n各组长：本月回款率必须达到12%。对失联超过三年的，一律启动“亲友通知”和“社区公示”流程，每天至少联系五个通讯录联系人，做到人人皆知。\n鼎诚商务 运营部"),
    ("", "主题：转发：客户投诉录音摘要\n以下为投诉录音中坐席原话，供培训使用，请勿模仿：“你这种人死了都得还”“我们明天去你单位”。两句均属严重违规。"),
    ("", "主题：关于时效抗辩的统一口径\n客户提出时效问题时，统一答复：“我们会核查是否存在中断时效的事由，您有权提出时效抗辩。”不得否认时效制度的存在，不得称受让后时效重新起算。"),
    ("R", "主题：结清率提升建议\n各位坐席：客户说没钱的，直接推荐我们合作的“易贷通”，按放款金额给坐席千分之五提成，每单必须推荐。\n汇远信息 业务部"),
    ("", "主题：重大疾病客户名单\n附件为本月申请疾病停催的客户名单（仅编号），请各机构在系统中设置停催标记，期间禁止任何形式的催收。"),
)


# A second month of the agencies' calls, as speaker-tagged transcripts with timings.
MORE_AGENT_CALLS: tuple[WordingEntry, ...] = (
    ("IV", ("坐席：你就是个废物，四十岁了连两万块都还不上。",
            "客户：我在菜市场摆摊，一天挣不了几个钱。",
            "坐席：东门菜市场第三排卖豆腐那个摊位对吧，我们明天早上过去看看你生意怎么样。",
            "客户：你们别来闹事。")),
    ("", ("坐席：您好，我是江澜资产的，您上个月问的那个利息减免，公司批了。",
          "客户：你们上次那个人骂我老赖，我到现在还生气。",
          "坐席：这件事我们已经查实处理了，对不起。今天只跟您说方案：利息全免，本金一万零六百，可以一次还，也可以分十二期。",
          "客户：我分期吧。")),
    ("IE", ("坐席：你在快手上天天直播卖货，挺风光嘛。",
            "客户：那是我吃饭的营生。",
            "坐席：一边欠钱一边装大老板，不要脸到家了。下次你开播，我们就去你直播间刷屏，让你的粉丝都看看你是个什么东西。",
            "客户：你这是违法的。")),
    ("LPV", ("坐席：我是临沅区法院执行局的法警，姓雷。",
            "客户：法警？",
            "坐席：你明天上午不到江澜资产把钱交了，我们下午就带人到你家里执行，你家门锁换没换我们都进得去。",
            "客户：我要核实你的身份。")),
    ("", ("坐席：您好，请问是左春花女士吗？我是鼎诚商务的，受江澜资产委托。",
          "客户：是我。我老公上个月车祸走了，家里就剩我和两个孩子。",
          "坐席：非常抱歉，请节哀。这笔钱的事您先不用考虑，我们给您登记停催，等您缓过来再说，有需要随时打这个电话。",
          "客户：谢谢。")),
    ("I", ("坐席：你当年刷卡买手机买包的时候怎么不想想今天？",
           "客户：我那时候年轻不懂事。",
           "坐席：年轻不懂事？你就是贪，贪了银行的钱还想装可怜，跟个叫花子似的。",
           "客户：我不跟你说了。")),
    ("R", ("坐席：阮先生，您现在的公司有公积金吧？",
           "客户：有啊。",
           "坐席：那您用公积金做个信用贷，银行利息才四厘，贷出来三万把我们这笔三折结清，您一转手就省了六万多。",
           "客户：我没想过再借钱。")),
    ("V", ("坐席：你最近是不是总觉得有人跟着你？",
           "客户：你什么意思？",
           "坐席：没什么意思，就是提醒你，你每天几点出门几点回家我们都有数，这钱拖不过这个月。",
           "客户：我报警了啊。")),
    ("", ("坐席：您好，江澜资产，我姓文。您上次说这笔账您在东岚银行已经协商过还款。",
          "客户：对，二零二零年我跟银行签过一个分期，还了一年多。",
          "坐席：好的，这个我们会请东岚银行调出当时的分期协议，核实后再按协议剩余部分跟您算，核实期间不催收。",
          "客户：好。")),
    ("IP", ("坐席：喂，我是青岩市公安局经侦大队的，你叫何长顺是吧。",
            "客户：是我，怎么了？",
            "坐席：你个骗子还挺会躲的，七年了才找着你，你这号人就是社会的渣滓。",
            "客户：我没骗过谁。")),
    ("", ("坐席：您好，我是汇远信息的，这通电话会录音。请问您是石磊先生本人吗？",
          "客户：你们再打我就报警。",
          "坐席：您有权利这么做。如果您不希望再接电话，我们可以改为书面联系，您看可以吗？",
          "客户：寄信吧，别打了。",
          "坐席：好的，已经登记，以后只寄信。")),
    ("VR", ("坐席：你不是在老家有块宅基地吗，卖了不就有钱了。",
            "客户：那是祖上的地。",
            "坐席：那就等着吧，哪天你家那老房子着个火什么的，地也不值钱了。",
            "客户：你说什么？")),
)


# More collectors' SMS from work phones.
MORE_SMS: tuple[WordingEntry, ...] = (
    ("I", "何长顺，你这种臭不要脸的，当年刷卡的时候多潇洒，现在装穷给谁看？"),
    ("", "何先生您好，昨天我们同事在电话里说话不当，公司已经处理，我代表公司向您道歉。您的欠款方案照旧有效。江澜资产 文"),
    ("E", "阮先生，你欠钱的事要是上了你们县里的电视台《民生热线》，你爸妈脸上挂得住吗？我们已经联系记者了。"),
    ("IV", "左春花，你这个没良心的赖皮，别拿你死了老公当借口，谁家没死过人？你两个孩子在城南小学吧，放学自己回家的？"),
    ("", "左女士，刚才的短信不是我司发送，经查系冒用我司名义。我们已报警，您的停催不受影响，请注意孩子安全，如有可疑情况请直接报警。江澜资产"),
    ("R", "石先生，信用卡还有额度就套出来，没额度就找个担保公司，先把我们这笔结了，四折的机会就这一次。"),
    ("LP", "【青岩市临沅区人民检察院】石磊：你涉嫌恶意透支一案已移送审查起诉，请于三日内主动联系江澜资产退赔，可从轻处理。"),
    ("E", "石磊，你小区门口的公告栏我们已经看好位置了，你的照片加上欠款金额，贴上去很醒目。"),
    ("", "石先生，按您的要求，此后我司只以信函方式联系您，本条短信为最后一条。江澜资产"),
    ("I", "你个吃软饭的，老婆的钱都花光了吧，还有脸欠银行的。"),
    ("V", "你家那只金毛每天早上你都牵着出去遛吧，狗挺可爱的，别出什么意外。"),
    ("", "阮先生，您对方案提出的疑问：我司不要求也不建议您为结清而另行借款，您可以按收入选择分期。江澜资产"),
)


# More WeChat messages from collectors and the company's service account.
MORE_WECHAT: tuple[WordingEntry, ...] = (
    ("I", "看你朋友圈天天吃喝玩乐，钱不还倒是挺会享受，真是脸皮比城墙还厚的老赖。"),
    ("E", "你再不回，我把你的欠款截图发到你们公司的客户群里，看看谁还敢跟你做生意。"),
    ("LP", "我是市资产保全办公室的工作人员，你的资产已纳入保全范围，请加我微信办理解冻手续。"),
    ("", "何先生，您问的“资产保全办”我们查过了，根本不存在这个机构，是骗子。请不要加他的微信，也不要转账。江澜资产 客服小许"),
    ("IR", "一个大老爷们连这点钱都凑不出来，真是窝囊废。去借呗借一下不就完了？"),
    ("", "您好，已收到您发来的离婚协议和判决书，确认该笔欠款由您本人承担，我们已删除您前妻的所有联系方式。"),
    ("", "转让通知和欠款明细都在上面的文件里了，您慢慢看，有任何一项对不上就跟我说，我们一项一项核。"),
    ("V", "刚路过你们小区，你家窗户还亮着灯呢，这么晚还没睡，是不是在想怎么还钱？"),
)


STAGE_SMS_CAMPAIGN = "hcw-stage-sms"
STAGE_APP_CAMPAIGN = "hcw-stage-app"

SECTIONS: tuple[WordingSection, ...] = (
    WordingSection("hcw-hotline", "call", "debtor", INBOUND_CALLS, as_turns=True),
    WordingSection("hcw-agency-calls", "call", "debtor", AGENT_CALLS, as_turns=True),
    WordingSection("hcw-agency-calls-qc", "call", "debtor", AGENT_CALLS_AS_TEXT),
    WordingSection("hcw-robot", "call", "debtor", ROBOT_CALLS, as_turns=True),
    WordingSection("hcw-split-threats", "call", "debtor", SPLIT_THREAT_CALLS, as_turns=True),
    WordingSection("hcw-contact-calls", "call", "third_party", CONTACT_CALLS, as_turns=True),
    WordingSection("hcw-contact-calls-qc", "call", "third_party", CONTACT_CALLS_AS_TEXT),
    WordingSection("hcw-unknown-callees", "call", "unknown", UNKNOWN_CALLS),
    WordingSection("hcw-dialect", "call", "debtor", DIALECT_CALLS),
    WordingSection(STAGE_SMS_CAMPAIGN, "sms", "debtor",
                   tuple((template.letters, template.text) for template in STAGE_TEMPLATES)),
    WordingSection(STAGE_APP_CAMPAIGN, "app", "debtor",
                   tuple((template.letters, template.text) for template in APP_TEMPLATES)),
    WordingSection("hcw-agency-sms", "sms", "debtor", AGENCY_SMS),
    WordingSection("hcw-authority-signed", "sms", "debtor", AUTHORITY_SIGNED),
    WordingSection("hcw-contact-sms", "sms", "third_party", CONTACT_SMS),
    WordingSection("hcw-short-sms", "sms", "debtor", SHORT_SMS),
    WordingSection("hcw-wechat", "app", "debtor", WECHAT_DMS),
    WordingSection("hcw-wechat-contacts", "app", "third_party", WECHAT_CONTACTS),
    WordingSection("hcw-offers", "app", "debtor", OFFERS),
    WordingSection("hcw-debtors-own", "app", "unknown", DEBTORS_OWN),
    WordingSection("hcw-forwarded", "app", "unknown", FORWARDED),
    WordingSection("hcw-notices", "notice", "debtor", NOTICES),
    WordingSection("hcw-public-notices", "notice", "unknown", PUBLIC_NOTICES),
    WordingSection("hcw-notices-others", "notice", "third_party", NOTICES_TO_OTHERS),
    WordingSection("hcw-qc", "notice", "unknown", QA_NOTES),
    WordingSection("hcw-complaints", "notice", "unknown", COMPLAINTS),
    WordingSection("hcw-scripts", "notice", "unknown", SCRIPTS),
    WordingSection("hcw-email-debtors", "email", "debtor", EMAILS_TO_DEBTORS),
    WordingSection("hcw-email-others", "email", "third_party", EMAILS_TO_OTHERS),
    WordingSection("hcw-compliance-mail", "email", "unknown", COMPLIANCE_MAIL),
    WordingSection("hcw-agency-calls-2", "call", "debtor", MORE_AGENT_CALLS, as_turns=True),
    WordingSection("hcw-agency-sms-2", "sms", "debtor", MORE_SMS),
    WordingSection("hcw-wechat-2", "app", "debtor", MORE_WECHAT),
)

# Turns start 0.4 s in and last 0.2 s a character (at least 0.8 s), with 0.6 s between them; sends spread
# over the days and working hours of one quarter.
PACE = SpeechPace(first_start=0.4, shortest_turn=0.8, seconds_per_char=0.2, pause=0.6)
SCHEDULE = SendSchedule(datetime(2028, 1, 3, 9, 5, tzinfo=timezone(timedelta(hours=8))),
                        day_step=23, day_cycle=89, hour_step=5, hour_cycle=11, minute_step=17)


def records() -> list[dict[str, object]]:
    """Every message of the set in file order, numbered HCW-0001…; the stage templates' messages carry their
    template fields."""
    written = wording_records(SECTIONS, "HCW", PACE, SCHEDULE)
    written = with_template_fields(written, STAGE_SMS_CAMPAIGN, STAGE_TEMPLATES)
    return with_template_fields(written, STAGE_APP_CAMPAIGN, APP_TEMPLATES)


def write_set(out_dir: Path = HERE) -> Path:
    """Write the set as JSON Lines under `out_dir`; returns its path."""
    return write_jsonl(out_dir / WORDING_FILE, records())


if __name__ == "__main__":
    print(f"wrote {len(records())} messages to {write_set()}")
