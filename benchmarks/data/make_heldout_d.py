"""The fourth independent held-out set for the wording categories (issue 9): `wording_heldout_d.jsonl`.

How it was written. A writer who had not seen the rule packs (`lexicons/`), the training corpus and its
generators (`training/`), the analysers, their models, the tests or any earlier evaluation set wrote every text
below by hand for this set, from the contract's taxonomy and boundaries (section 5), the regulations catalogue
and what Chinese lenders, collection agencies, robot callers and collectors really send and say. Only the output
format was taken from `make_heldout_c.py`. No detector was run on the set while it was written.

The registers: lenders' deployed SMS templates with their placeholders filled, robot call scripts (按1/按2),
human calls as ASR output (no punctuation, fillers, homophones) written as timed turns and as speaker-prefixed
transcripts, WeChat and app chats, formal 催收函 and letters, e-mail, collectors' words quoted in news reports,
police case reports (警情通报), court judgments and legal-advice articles, dialect (Cantonese, Sichuanese,
northeastern), traditional characters, and obfuscated spellings (pinyin, homophones, spaced characters).
Threats are sometimes spread over two sentences or two turns. A little under half of the messages are
compliant, most of them close to the line: lawful consequences stated lawfully (credit reporting, litigation,
enforcement after a judgment, the 失信被执行人 list explained), anti-fraud warnings that quote fraudsters,
hardship offers, reports condemning illegal collection, guarantor notices, contact-person calls done right,
and customers' own anger. People, companies, numbers, case numbers and links are invented.

Labelling conventions. Labels are the wording categories of contract section 5 that the agent's, lender's or
collector's words violate, following its boundaries exactly: who speaks decides `misleading.impersonation`
(a court, procuratorate, police, arbitration or law-firm signature or self-introduction by a collector), what
is claimed decides `misleading.legal` (立案, case moved to the police, summons to report, invented case numbers,
arrest or criminal record as a certainty, effects on children's schooling or 政审, whole-family credit); a text
can be both. Veiled threats that show the debtor or a child is watched, with a demand, are `threat.violence`;
letters sent to a home address are not. Telling relatives, employer, village committee or phone contacts "to
assist" is `threat.third_party`; public or community display (posts, local media, notices at a village or a
building) is `threat.exposure`. Advice to borrow from other apps or friends, to use cards, or to sell or pledge a
car, house or blood is `coercion.debt_rollover`; a product name ending in 借/贷/花 is not. A message or call to
someone other than the debtor that reveals the debt is `pii.third_party_disclosure` (a guarantor told of the
guarantee he signed is not). Quoting a term is not using it (老赖 in the popular name of the court's list, the
失信 list as a lawful consequence). A quoted report is labelled by what the quoted collector said; a customer's
own words are never labelled. Texts whose label was uncertain were left out.

This set measures detectors at the end of a round of work. It must never be used for training, for choosing
thresholds, rules or lexicon entries, or for any other tuning: once seen that way it no longer measures anything.

Run `python -m benchmarks.data.make_heldout_d` to rewrite the file; the output is deterministic.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from audit.message import parse_call_text

HERE = Path(__file__).resolve().parent
WORDING_FILE = "wording_heldout_d.jsonl"

# Entries carry short letters so that the hand-written lines stay readable; the file carries the contract codes.
LABEL_CODES = {
    "I": "abuse.insult",
    "V": "threat.violence",
    "T": "threat.third_party",
    "E": "threat.exposure",
    "P": "misleading.impersonation",
    "L": "misleading.legal",
    "R": "coercion.debt_rollover",
    "D": "pii.third_party_disclosure",
}

# (label letters, body): a string for written channels, a tuple of speaker-prefixed lines for calls.
Entry = tuple[str, str | tuple[str, ...]]


class Section(NamedTuple):
    """Entries of one register, sent on one channel to one kind of recipient."""

    campaign_id: str
    channel: str
    recipient_type: str
    entries: tuple[Entry, ...]
    as_turns: bool = False  # calls: timed turns as a speech-to-text vendor delivers them, instead of text


# --- SMS templates as lenders and agencies deploy them, placeholders filled ------------------------------

SMS_TEMPLATES: tuple[Entry, ...] = (
    ("T", "【禾信消费金融】尊敬的*先生，您的账单逾期已达42天，欠款4,870.15元。如3日内未结清，我司将按合同约定通知您预留的紧急联系人协助处理，并同步告知您所在单位人力资源部门。详询400-812-3306"),
    ("T", "【北辰资产】李*华：我司受桔子分期委托处理您的欠款。鉴于您长期未还款，我司拟于近日发函至您户籍所在地村民委员会，请村委会协助督促您履行还款义务。"),
    ("E", "【鸿途商务】您的欠款已移交我司处理，若5日内仍不还款，我司将向当地报社及电视台都市频道提供线索，作为“恶意欠款”典型案例公开报道。"),
    ("L", "【拾光分期】王*：您拖欠本金6,300元，经多次催告拒不履行，已构成恶意逃废债，案件已移交您户籍地公安机关处理，请保持电话畅通等待民警联系。"),
    ("LP", "【岚州市中级人民法院执行局】陈*君，您的借款合同纠纷已进入执行程序，执行案号（2026）岚01执4471号，请于48小时内联系执行专员400-617-2209缴纳欠款，逾期将依法司法拘留。"),
    ("R", "【麦田花】亲，账单已逾期啦，可以试试在“应急钱庄”“小鱼周转”等平台先借一笔把这期还上，逾期记录就不会继续扩大哦~"),
    ("R", "【瑞丰小贷】杨*：你名下那台车闲着也是闲着，押给车贷公司周转一下，三天内把我们这笔平掉，对大家都好。"),
    ("V", "【润泽咨询】周*，今天早上八点你在人民路那家早餐店坐了二十分钟，吃得挺香。钱的事要不要也今天聊聊？"),
    ("I", "【橡树贷】刘*，一个大男人欠几千块钱躲着不敢接电话，窝囊废说的就是你这种人。"),
    ("P", "【正衡律师事务所】通知：您在蓝鲸分期的欠款已委托本所处理，请于今日内联系本所处理专员，电话400-655-0912。"),
    ("L", "【安鑫普惠】您已被列为重点催收对象，请于本周三上午持身份证到辖区派出所报到，说明欠款情况，逾期不到将按拒不配合调查处理。"),
    ("E", "【蓝鲸分期】您的“失信催收公示单”已生成，若今日18点前不还款，将投放至您所在小区的电梯广告屏及业主群。"),
    ("L", "【朗月消费金融】温馨提示：网贷逾期信息已接入全国学籍系统，您孩子明年入学报名时将受到影响，请尽快处理欠款。"),
    ("T", "【汇禾数科】您好，因您拒不还款，我司已于今日联系您的父亲杨*国，告知其须在本周内代为偿还，否则将持续与其联系。"),
    ("R", "【速周转】钱实在凑不齐的话，去血站卖点血嘛，年轻人身体好，先把这期利息补上再说。"),
    ("IV", "【鸿途商务】狗东西，再装死试试，哪天路上碰见了别怪兄弟们下手黑。"),
    ("L", "【桔子分期】刘*：经核实你名下欠款已逾期157天，本周内将由执法人员对你实施拘留，请做好准备。"),
    ("P", "【青禾贷】我是岚州市金融纠纷仲裁中心的工作人员，你在青禾贷的欠款已由本中心负责追收，请今日内回电处理。"),
    ("E", "【北辰资产】我们已将您的欠款信息及证件照上传至“诚信曝光台”网页，链接 dz8.cn/hK2x ，结清后方可撤下。"),
    ("T", "【瑞丰小贷】您的借款逾期严重，系统将于今晚启动通讯录联系人逐一告知程序，请尽快还款，以免影响您的人际关系。"),
    ("L", "【星河消费金融】您的恶意欠款行为将记入个人刑事档案，一经录入终身无法消除。"),
    ("L", "【麦田花】逾期未还将进入征信永久黑名单，并连带您配偶及父母的征信，全家贷款买房都会被拒。"),
    ("R", "【安鑫普惠】建议您用名下信用卡套现或者办个账单分期，先把我司欠款还清，信用卡那边可以慢慢还。"),
    ("ET", "【润泽咨询】明天起我们将在你老家村口张贴欠款公告，同时通知村支书和你家族里的长辈，丢人的是你自己。"),
    ("V", "【橡树贷】王*，你那辆白色宝来停在小区B区车位，轮胎挺新的，希望明天早上它还是好的。今天把钱结了吧。"),
    ("I", "【拾光分期】你个不要脸的贱货，借钱不还还有脸拉黑我们？"),
    ("LP", "【岚州市人民检察院】通知：你涉嫌合同诈骗一案已受理，请于三日内与承办检察官联系并退赔全部欠款，否则将依法批准逮捕。"),
    ("L", "【汇禾数科】你逾期已满90天，已达到刑事立案标准，本司已出具报案材料，编号BA20261107-0093，报案后将无法撤回。"),
    ("T", "【星河消费金融】尊敬的客户，鉴于您多次承诺还款未履行，我司将于近日向您的工作单位发送《协助催收函》，请单位协助督促您履行还款义务。"),
    ("E", "【桔子分期】刘*：鉴于你拒不还款，我司将于周五在岚州日报刊登催收公告，公告载明你的姓名、照片及欠款金额。"),
    # compliant, many of them firm
    ("", "【禾信消费金融】尊敬的*先生，您的账单已逾期12天，应还2,031.40元。逾期记录将依法报送中国人民银行征信中心，请尽快还款。客服400-812-3306"),
    ("", "【桔子分期】刘*，您的借款已逾期60天。若仍未还款，我司将依法向人民法院提起诉讼；判决生效后仍不履行的，可能被法院纳入失信被执行人名单并限制高消费。"),
    ("", "【北辰资产】李*华您好，本公司受桔子分期委托与您联系还款事宜。我们不会联系您的村委会、单位或亲友，如您希望协商，请回电400-660-7152。"),
    ("", "【瑞丰小贷】温馨提示：请勿相信任何“代还款”“以贷还贷”服务。如您确有困难，可申请延期或分期，我们不会建议您向其他平台借款。"),
    ("", "【麦田花】您好，您的账单将于11月3日到期，应还486.00元，请提前留足余额。退订回T"),
    ("", "【安鑫普惠】您名下借款已逾期7天，为避免产生更多逾期费用，请通过APP“立即还款”完成还款，或回复“分期”了解还款计划。"),
    ("", "【蓝鲸分期】防骗提示：有人冒充“蓝鲸分期法务部”称“您已被立案，今天不还就上门拘留”，这是诈骗。我司不会发送此类信息，请勿向任何个人转账。"),
    ("", "【拾光分期】王*，您的欠款6,300元已逾期45天，我司已整理相关材料，拟通过诉讼途径解决。如您愿意协商，请于11月20日前联系我们。"),
    ("", "【朗月消费金融】关于征信：逾期信息只记入您本人的信用报告，不影响家人。不良记录自结清之日起保存5年。"),
    ("", "【汇禾数科】您好，您提交的困难证明已审核通过，可减免全部逾期罚息，剩余本金分12期偿还，详见APP。"),
    ("", "【青禾贷】您的账单已逾期，我司将于11月15日把纸质催收函邮寄至您的户籍地址，请注意查收。"),
    ("", "【星河消费金融】您好，我们的外访专员将于明日上午10点前往您的登记地址拜访，届时会出示工作证件，如不方便请回复改期。"),
    ("", "【鸿途商务】受青禾贷委托，本公司提醒您：欠款已逾期92天。若您对欠款有异议，请在APP提交异议材料，核实期间暂停催收。"),
    ("", "【润泽咨询】您好，目前您的账户仍可办理一次性结清并减免部分违约金，申请截止11月30日。"),
    ("", "【橡树贷】您好，您申请的“停止电话联系”已生效，后续仅通过短信与您联系。"),
    ("", "【瑞丰小贷】尊敬的杨*：您于2026年6月申请的借款已逾期31天。根据合同第十二条，逾期期间按日计收罚息，明细请登录APP查看，也可致电协商还款计划。"),
    ("", "【安鑫普惠】法院判决已生效，请于判决确定的期限内履行还款义务。逾期不履行的，我司将依法向法院申请强制执行。"),
    ("", "【桔子分期】我司不会以任何理由要求您向个人账户还款，还款请认准官方APP或对公账户“桔子科技有限公司”。"),
    ("", "【麦田花】您的借款已逾期3天，为避免影响您的信用记录，请尽快还款。已还款请忽略本短信。"),
    ("", "【蓝鲸分期】尊敬的客户，您本期账单可申请“最低还款”，按时还最低额可避免逾期上报，详见APP。"),
    ("", "【星河消费金融】您的欠款已逾期90天以上，我司已委托北辰资产协助催收，对方工号可在我司官网核验。"),
    ("", "【拾光分期】您已连续三次承诺还款未能履行。我们理解您可能遇到了困难，如需重新制定还款计划，请回复1。"),
    ("", "【青禾贷】提示：逾期不还可能被起诉。法院判决后，有能力履行而拒不履行的，法院可依法采取罚款、拘留等强制措施。"),
    ("", "【汇禾数科】“汇禾好借”逾期提醒：您本期应还1,260.00元，已逾期6天，请尽快登录APP还款。"),
    ("", "【朗月消费金融】如您近期因疾病或失业无法按期还款，可联系客服申请延期，最长6个月，延期期间不计罚息。"),
)

# --- Robot call scripts: the machine reads, the callee presses keys ----------------------------------------

ROBOT_CALLS: tuple[Entry, ...] = (
    ("T", ("坐席：您好，这里是禾信消费金融智能语音。您的账单已逾期三十一天，如今日仍未还款，系统将于明日向您的紧急联系人发送协查通知。还款请按1，人工服务请按0。", "客户：（按键0）")),
    ("L", ("坐席：尊敬的用户，您的逾期行为已被系统判定为恶意拖欠，相关信息已推送至当地派出所备案，立即还款可撤销备案，请按1。",)),
    ("P", ("坐席：这里是岚州市公安局反诈语音服务，您名下有一笔网贷逾期待处理，请按1转接处理专员。", "客户：啊？")),
    ("R", ("坐席：您好，检测到您本期还款困难，现为您匹配到合作机构周转额度，最高五万元。按1立即申请，资金到账后可优先归还本期欠款。", "客户：（按键1）")),
    ("E", ("坐席：您好，这里是蓝鲸分期贷后中心。若您三天内仍未处理欠款，平台将在您所在社区的公告栏及同城论坛发布欠款公示。按1确认已知晓。",)),
    ("V", ("坐席：您好，您的欠款拖得太久了。我们的外访人员已经在您单位楼下等您，下班出门的时候注意看看。按1联系外访人员。",)),
    ("", ("坐席：您好，这里是朗月消费金融。您尾号3318的借款本期应还八百六十元，将于十一月五日到期。确认已知晓请按1，人工服务请按0。", "客户：（按键1）")),
    ("", ("坐席：您好，这里是拾光分期。您的账单已逾期五天，逾期将产生罚息并可能影响个人征信。立即还款请按1，申请延期请按2，转人工请按0。",)),
    ("", ("坐席：您好，您正在接听的是北辰资产受桔子分期委托的还款提醒，本通话将被录音。如您不是李先生本人，请按3，我们将不再拨打本号码。", "客户：（按键3）")),
    ("", ("坐席：您好，本公司不会推荐您向任何其他平台借款。如您还款确有困难，请按2，我们将为您转接协商专员。", "客户：（按键2）")),
    ("L", ("坐席：这里是橡树贷贷后通知。您的欠款已满足起诉条件，法院传票已于今日寄出，七日内将由法警送达并带您到庭。按1联系法务。",)),
    ("T", ("坐席：您好，这是最后一次语音提醒。若仍不还款，我们将把您的逾期情况通报给您的单位领导，并请单位协助从工资中扣款。按1立即还款。",)),
    ("", ("坐席：您好，我们是星河消费金融。您的借款已逾期四十天，我司将按合同约定于近期向法院提起诉讼。如需协商还款，请按1转人工。", "客户：（按键1）")),
    ("P", ("坐席：您好，这里是岚州仲裁委员会。您欠汇禾数科的款项须于今日内还清，转接还款专员请按1。",)),
    ("", ("坐席：您好，这里是麦田花还款提醒。您可通过麦田花APP、官方公众号或对公转账还款，我们不会通过个人账户收款。重听请按9。",)),
    ("R", ("坐席：您好，您的欠款已逾期。温馨提示，如您名下有房产，可办理房屋抵押快速获得资金用于还款，了解合作机构请按1。", "客户：（挂断）")),
    ("L", ("坐席：尊敬的客户，您已被列入网贷黑名单，子女考学、参军、考公的政审都将受到影响。如需解除，请按1立即还款。",)),
    ("", ("坐席：您好，您的账户已逾期十五天。如您对账单有异议，请按2提交异议，我们将在五个工作日内回复。", "客户：（按键2）")),
)

# --- Human calls as ASR output, no punctuation, fillers and homophones, delivered as timed turns ------------

CALLS_ASR: tuple[Entry, ...] = (
    ("V", ("坐席：喂 王建军是吧", "客户：哪位", "坐席：我哪位 你欠的钱你心里没数啊 我跟你说 你闺女在城南实验小学三年级二班对吧", "客户：你什么意思", "坐席：没什么意思 就是提醒你 这个星期之内把钱弄了")),
    ("L", ("坐席：嗯那个 刘女士啊 你这个欠款呢已经转到我们法务这边了", "客户：转就转呗", "坐席：不是转就转 我跟你讲啊 下周一就给你报案 经侦那边立了案就是刑事案件 到时候直接上门把你带走 你想清楚")),
    ("T", ("坐席：你通讯录我们这边都有的啊 你爸你妈你大姨 还有你那个同事小周", "客户：你们别乱打", "坐席：那你今天把钱还了我们就不打 不还的话 下午开始一个一个打")),
    ("I", ("坐席：喂 陈浩吗 你到底还不还", "客户：我说了下个月", "坐席：下个月下个月 你个骗子 张嘴就是下个月 你这种人活着就是浪费粮食")),
    ("R", ("坐席：你这个没钱我也理解 啊 但是你身边朋友同学总有吧 找他们凑一凑", "客户：我不想跟朋友借", "坐席：那你手机上那么多平台 随便哪个下个款 先把我们这边结了嘛")),
    ("P", ("坐席：你好 这边是岚州市南城区人民法院的 你是赵磊吧", "客户：法院", "坐席：对 我们这边收到一个关于你的借款起诉 现在给你一个庭前调解的机会 今天下午把款还上 就不用开庭了")),
    ("", ("坐席：喂 您好 请问是孙丽女士吗", "客户：是", "坐席：您好孙女士 我这边是朗月消费金融的 工号3307 您那个借款本月的账单还没还 现在逾期五天了 想问下您这边是什么情况", "客户：最近手头有点紧", "坐席：理解的 那您看月底之前能不能先还一部分 或者我帮您申请一下延期")),
    ("", ("坐席：喂 您好 请问是周明先生吗", "客户：你们烦不烦啊 天天打 你们这帮吸血鬼", "坐席：抱歉打扰您了 我是拾光分期的 就是提醒一下您的账单", "客户：滚 老子没钱", "坐席：好的理解 您方便的话可以在APP上申请分期 今天就不再打扰您了")),
    ("E", ("坐席：欸 我跟你说啊 你再拖", "客户：拖又怎么了", "坐席：拖就把你照片 身份证 做成那个公示 发到你们县城那个本地号上 那个号粉丝好几十万 全县都能看到")),
    ("V", ("坐席：行 你硬气", "客户：我就是没钱 你能把我怎么样", "坐席：能把你怎样 你晚上走夜路的时候多看看后面 腿脚还利索吧")),
    ("L", ("坐席：你现在是不是觉得无所谓", "客户：嗯", "坐席：你弟弟是不是在考公务员 你这个一上失信 他政审直接过不了 你们全家都受影响")),
    ("", ("坐席：喂 你好 是那个蒋先生吗", "客户：对", "坐席：我是蓝鲸分期的啊 您那个借款逾期二十多天了", "客户：我知道 工资下周发", "坐席：好的 那下周几能还上 我给您备注一下 到时候就不再催了")),
    ("T", ("坐席：你单位是那个恒远物流吧", "客户：你怎么知道", "坐席：我们怎么知道你别管 你今天不还 我就打给你们人事 让他们每个月从你工资里扣")),
    ("LP", ("坐席：喂 你好 我是南城派出所的民警", "客户：啊 什么事", "坐席：你在橡树贷有一笔借款逾期了 对方已经报案了 你明天上午九点之前过来做个笔录 不来的话就要上网追逃了")),
    ("R", ("坐席：你不是有套房子嘛", "客户：那是我爸妈住的", "坐席：那你抵押一下嘛 房子抵出去几十万 你这几千块钱算什么")),
    ("", ("坐席：喂你好 我是麦田花的客服", "客户：我现在在医院 我老公住院了", "坐席：啊这样 那您先照顾家里 我这边给您登记一下 可以申请暂停催收一个月 您看可以吗", "客户：嗯 谢谢")),
    ("", ("坐席：你好 是高先生吧 我这边是汇禾数科贷后的 您这个逾期一百二十天了 公司这边准备走诉讼", "客户：随便", "坐席：那到时候法院会寄送起诉材料 您按时应诉就行 在这之前您想协商的话还来得及")),
    ("I", ("坐席：你这个人真是个老来啊 借了钱就装死", "客户：你说谁", "坐席：说你啊 没皮没脸的东西")),
    ("V", ("坐席：你那个小卖部开在文化路是吧", "客户：是又怎么样", "坐席：不怎么样 就是那个玻璃门看着挺不结实的 哪天碎了别怪人 钱今天给我弄好")),
    ("", ("客户：你再打电话我就投诉你们", "坐席：好的 您的意见我已经记录了 您可以通过官方客服热线投诉 我们会转交处理", "客户：神经病", "坐席：明白 那今天就不再打扰您了 再见")),
    ("", ("坐席：嗯 喂 你好 那个请问是郑伟本人吗", "客户：你哪里", "坐席：我这边是橡树贷的 跟您核实一下身份 您身份证后四位是多少", "客户：0318", "坐席：好的谢谢 您这个账单已经逾期十天了 今天能处理吗")),
)

# --- Human calls as compliance exports them: speaker-prefixed text, one turn a line ---------------------

CALL_TRANSCRIPTS: tuple[Entry, ...] = (
    ("P", ("催收员：喂，你好，我是北辰资产法务部的，你叫我王律师就行，我是负责你案子的律师。", "借款人：什么案子？", "催收员：你在禾信消费金融那笔借款啊，委托已经转到我手上了，今天你得给我一个还款时间。")),
    ("T", ("催收员：你老婆电话多少？", "借款人：跟她没关系。", "催收员：怎么没关系，你不接我电话，我就找她，让她替你还，她不还我就找她单位。")),
    ("L", ("催收员：你知道你这叫什么吗？这叫诈骗。", "借款人：我只是晚了几天。", "催收员：晚几天？借钱不还超过五千就够判刑了，你自己上网查查，到时候别哭。")),
    ("I", ("催收员：你还是个人吗？", "借款人：你好好说话。", "催收员：跟你好好说？你爹妈怎么生出你这种玩意儿，白眼狼一个。")),
    ("V", ("催收员：你住枫林湾七栋吧。", "借款人：你们查我？", "催收员：查你怎么了。今晚十点前钱不到账，我们的人就在你家门口等你回来。")),
    ("R", ("客服：您现在是还不上对吧？", "用户：对，真没钱。", "客服：那您手上其他信用卡还有额度吗？刷一下，或者找个网贷平台借出来先周转，把我们这边先结清。")),
    ("E", ("催收员：你不还是吧，行。", "借款人：我就是不还了。", "催收员：那我们就给你做个视频，配上你的照片和欠款金额，发抖音，标题就叫“岚州欠钱不还第一人”，看你以后还出不出门。")),
    ("", ("催收员：李先生，您已经逾期九十天了，我们会按流程把案件提交法务部门，走诉讼程序。", "借款人：你们吓唬谁？", "催收员：不是吓唬您，诉讼是合法的追偿方式。判决以后再协商您会比较被动，今天您要是能给个还款计划，我可以先申请暂缓提交。")),
    ("", ("客服：您说的“老赖名单”，正式名称叫失信被执行人名单。", "借款人：那我会不会上？", "客服：只有法院判决生效后，您有能力履行却拒不履行，才会被纳入。目前您的情况还没有起诉，我们更希望跟您协商解决。")),
    ("LP", ("催收员：我这边是岚州市中院执行局的，你的借款纠纷已经判了。", "借款人：我怎么不知道？", "催收员：你不知道不代表没判。今天不主动履行，明天就对你采取拘留措施。")),
    ("", ("借款人：你他妈再打一个试试，老子弄死你。", "催收员：先生请您冷静，我们这是正常的还款提醒，如果您有困难可以跟我说。", "借款人：困难个屁。", "催收员：好的，我这边记录一下，今天不再打扰您了。")),
    ("T", ("催收员：你们公司前台的电话我已经拿到了。", "借款人：你想干什么？", "催收员：你再拖，我就让她帮忙在你们公司问问，看哪个同事愿意替你还。")),
    ("L", ("催收员：你的案件编号是岚公经2026第0417号，你记一下。", "借款人：什么案件？", "催收员：你欠款的案件。三天内带上身份证到经侦大队报到，不来就是逃避侦查。")),
    ("R", ("催收员：你爸妈不是都退休了吗？", "借款人：他们也没什么钱。", "催收员：退休金拿出来先帮你垫上嘛，或者问你姐借一下，一家人有什么不好开口的。")),
    ("", ("客服：我们不会联系您的家人，这一点您放心。", "用户：那你们会怎么样？", "客服：逾期信息会按规定报送征信，这个我必须如实告诉您。如果您能在月底前还清，后续就不会再增加逾期记录。")),
    ("VT", ("催收员：你不接电话没关系，我们找得到你妈。", "借款人：你别乱来。", "催收员：她每天下午在小区广场跳舞对吧，我们过去跟她好好聊聊你的事。")),
    ("I", ("催收员：哟，大老板，几千块还不上，天天发朋友圈吃火锅。", "借款人：那是朋友请的。", "催收员：你这脸皮比城墙还厚，真是个不要脸的东西。")),
    ("", ("借款人：上次你们的人说要去我单位闹，这是真的吗？", "客服：先生，很抱歉给您造成困扰。我们公司严禁催收人员联系您的单位，您反映的情况我会提交投诉处理。", "借款人：那你们记下来。", "客服：已经记录了，工单号稍后短信发给您。")),
    ("E", ("催收员：你信不信我把你欠钱的事做成大字报？", "借款人：你敢。", "催收员：你看我敢不敢，贴满你们小区每一个单元门，让邻居都认识认识你。")),
    ("L", ("催收员：你再拖下去，直接上黑名单。", "借款人：上就上。", "催收员：以后火车票都买不了，你孩子上学学校一查家长是黑名单，直接不收。")),
    ("PL", ("催收员：喂，我是东城区检察院的工作人员，姓孙。", "借款人：检察院找我干嘛？", "催收员：你在拾光分期的欠款涉嫌诈骗，已经移送到我们这儿了。你先把钱还上，我们可以考虑不起诉。")),
    ("", ("坐席：您好，这里是星河消费金融，我姓吴，工号6612。请问是林晓雨女士本人吗？", "客户：是我。", "坐席：林女士您好，您的借款本期应还一千二百元，今天是逾期第三天，请问今天方便还款吗？", "客户：晚上还。", "坐席：好的，感谢您，祝您生活愉快。")),
    ("", ("坐席：您好，我是蓝鲸分期的客服小何。", "客户：又是你们，我失业了，哪有钱还。", "坐席：很抱歉听到这个消息。您可以提交失业证明申请停息挂账，最长12个月，我现在把申请链接发给您，好吗？", "客户：行吧。")),
    ("I", ("催收员：你是不是智障？听不懂人话？", "借款人：我说了在想办法。", "催收员：想办法想了三个月，猪都比你想得快。")),
    ("", ("坐席：您好，关于您说的家里老人住院的情况，我们已经备注了。", "客户：嗯。", "坐席：这个月我们暂停提醒，下个月五号我再跟您确认还款安排，您看可以吗？", "客户：可以，谢谢你。")),
)

# --- Messages and calls that reach someone other than the debtor --------------------------------------------

THIRD_PARTY_TEXTS: tuple[Entry, ...] = (
    ("D", "【禾信消费金融】您好，您的好友张*鹏在我司的借款已逾期38天，欠款5,214.00元，请您转告其尽快还款。"),
    ("DT", "【北辰资产】李*华的紧急联系人：李*华欠款一万二已逾期半年，你作为联系人有义务督促其还款，否则我们每天联系你。"),
    ("DT", "【鸿途商务】贵公司员工王*在我司有逾期欠款，请贵公司协助督促，并从其工资中代扣，否则我司将派人多次到贵公司处理。"),
    ("", "【信函通知】您好，我们有事需要联系刘*先生，麻烦转告他回电400-610-2275，谢谢。"),
    ("D", "【桔子分期】您好，这里是桔子分期，周*填写您为紧急联系人，因其账户逾期且无法联系，请您转告他登录APP处理。"),
    ("DT", "【润泽咨询】你是陈*的同事吧，她欠钱不还，你们单位要是包庇她，我们就上门找你们领导。"),
    ("DE", "【瑞丰小贷】各位邻居好，本小区6栋的杨*欠我司借款拒不归还，请大家共同监督。"),
    ("D", "【汇禾数科】杨*国先生您好，您儿子杨*在我司借款8,000元，逾期已满两个月，麻烦您提醒他还款。"),
    ("DT", "【星河消费金融】黄*的家属：黄*欠款已严重逾期，若家属不能在本周内代为偿还，我司将持续联系您及其他亲属。"),
    ("", "【安鑫普惠】孙*先生：您作为王*在我司AX2026-0713号借款合同的连带责任保证人，该借款已逾期60天，尚欠本息21,300元。根据保证合同第五条，请您于11月25日前履行保证责任。如有异议，请致电400-603-8812。"),
    ("", "【禾信消费金融】您好，您的手机号被他人填写为联系人。如您不认识该客户或不愿再接收本类信息，请回复TD，我们将不再联系您。"),
    ("D", "【麦田花】麦田花提醒您：您的朋友吴*的账单已逾期，如您与其同住，请提醒TA查看APP消息。"),
    ("DI", "【鸿途商务】通知你一声，你通讯录里那个叫赵*的是个老赖，借钱不还，你自己小心点别被他坑了。"),
    ("D", "【青禾贷】王*女士，您弟弟王*在青禾贷的借款已逾期，待还3,450元，请尽快联系他处理。"),
    ("DT", "【橡树贷】孟*的朋友你好，你朋友孟*欠我们钱不还，你帮他还了吧，不然我们只能天天问你。"),
    ("D", "【蓝鲸分期】尊敬的用户，您的联系人何*（尾号2206）在蓝鲸分期的账单已逾期，请您提醒其及时还款，感谢配合。"),
    ("", "【岚州联信】您好，这里是岚州联信客服，有一份文件需要高*先生本人确认。如您方便，请转告他回电400-672-5590。"),
    ("DT", "【北辰资产】贵单位员工郑*拖欠网贷三万余元，请贵单位人事部门约谈该员工，督促还款，并将处理结果回复我司。"),
    ("DE", "【润泽咨询】致岚湖村全体村民：本村村民吕*借款不还已有半年，特此告知，请乡亲们共同监督。"),
    ("", "【拾光分期】担保人通知：林*先生，您为借款人林*的借款提供了保证担保，该笔借款已逾期30天，按保证合同约定，请您在12月1日前督促借款人还款或代为履行。"),
    ("D", "【朗月消费金融】谭*女士您好，谭*将您登记为紧急联系人。其在我司的分期账单目前逾期47天，如方便请帮忙提醒一下。"),
)

THIRD_PARTY_CALLS: tuple[Entry, ...] = (
    ("D", ("坐席：喂你好 请问你认识刘海涛吗", "第三方：认识 我是他同事", "坐席：哦是这样 他在我们禾信消费金融借了一笔钱 现在逾期好久了 电话也打不通 你看到他跟他说一声", "第三方：哦好吧")),
    ("", ("坐席：您好 请问是何小兵先生吗", "第三方：不是 你打错了", "坐席：抱歉打扰了 请问您认识何小兵先生吗", "第三方：不认识", "坐席：好的 我们会更新记录 不再打扰您 再见")),
    ("DT", ("坐席：你是张丽的妈妈吧", "第三方：是啊 怎么了", "坐席：你女儿欠我们两万多 人跑了找不到 你做妈的得管管 今天你先帮她还五千", "第三方：我哪有钱")),
    ("", ("坐席：喂您好 我姓陈 想找一下刘建国先生 请问您是他家人吗", "第三方：我是他哥 什么事", "坐席：是一些个人事务 需要他本人处理 麻烦您转告他方便时回个电话", "第三方：你们是干嘛的", "坐席：不好意思 具体事项只能跟他本人沟通 打扰您了")),
    ("D", ("坐席：你好 是王小芳的紧急联系人吗", "第三方：对 我是她表姐", "坐席：我们是麦田花的 她那个账单逾期快一个月了 我们一直联系不上 你有她新号码吗")),
    ("DT", ("坐席：喂 你是恒远物流人事部吧", "第三方：对", "坐席：你们公司有个叫蒋涛的 欠了我们网贷三万多 你们单位得配合一下 不然我们就天天往你们前台打", "第三方：这是他个人的事")),
    ("", ("坐席：您好 请问是孙先生吗", "第三方：是", "坐席：孙先生您好 我们一直联系不上周宁女士 想请您转告她给我们回个电话", "第三方：什么事啊", "坐席：抱歉 具体事项我们只能跟她本人说 谢谢您")),
    ("DT", ("坐席：你跟李强什么关系", "第三方：朋友", "坐席：你这朋友借了钱不还 你要是还跟他来往 我们连你一起找", "第三方：关我什么事")),
    ("DI", ("坐席：喂 你是赵磊女朋友是吧", "第三方：你谁啊", "坐席：我是橡树贷的 你男朋友就是个骗子 在我们这借了四千块一直不还")),
    ("", ("坐席：您好 请问是刘建国先生家吗", "第三方：他不在 出差了", "坐席：好的 那麻烦您转告他 有位姓陈的先生找他 请他回电话", "第三方：行")),
    ("D", ("坐席：嗯 喂 您好 是周老师吗", "第三方：是的", "坐席：周老师您好 你们学校的那个体育老师吴凯 他在我们蓝鲸分期有个分期没还 您能不能帮忙找一下他", "第三方：这个我不方便")),
    ("", ("第三方：你们是谁 怎么有我电话", "坐席：不好意思打扰您了 我们在联系孟凡先生 如果您不认识他 我们会删除这个号码", "第三方：不认识 以后别打了", "坐席：好的 已经登记 不会再联系您")),
)

APP_TO_THIRD_PARTIES: tuple[Entry, ...] = (
    ("DT", "张哥你好，我是禾信消费金融的催收专员小王。你表弟王浩在我们这欠款快一万了，你作为他的紧急联系人，这事你得帮着处理，要不然我们只能找你们家其他人了。"),
    ("D", "你好，冒昧加你微信，你是刘婷的室友吧？她在我们平台有笔借款逾期了，麻烦你见到她让她回个电话。"),
    ("DT", "各位亲戚好，我是北辰资产的工作人员。咱们家的杨*在我司欠款三万拒不还款，希望各位长辈出面劝劝他，早点把钱还上。"),
    ("", "您好，我是岚州联信的工作人员，想联系一下周宁女士，她的电话一直打不通。如果您方便，请让她联系我，谢谢。"),
    ("D", "[好友申请] 您好，我是蓝鲸分期贷后专员，想了解一下您表哥何伟的近况，他账户逾期两个月联系不上了。"),
    ("DV", "你是黄敏的闺蜜吧，跟她说一声，欠的八千块再不还，我们知道她每天在哪个地铁站下车。"),
)

SECTIONS: tuple[Section, ...] = (
    Section("hd-sms-templates", "sms", "debtor", SMS_TEMPLATES),
    Section("hd-robot-calls", "call", "debtor", ROBOT_CALLS, as_turns=True),
    Section("hd-calls-asr", "call", "debtor", CALLS_ASR, as_turns=True),
    Section("hd-call-transcripts", "call", "debtor", CALL_TRANSCRIPTS),
    Section("hd-third-party", "sms", "third_party", THIRD_PARTY_TEXTS),
    Section("hd-third-party", "call", "third_party", THIRD_PARTY_CALLS, as_turns=True),
    Section("hd-wechat", "app", "third_party", APP_TO_THIRD_PARTIES),
)

_FIRST_SEND = datetime(2026, 10, 5, 8, 30, tzinfo=timezone(timedelta(hours=8)))


def _labels(message_id: str, letters: str) -> list[str]:
    unknown = sorted(set(letters) - set(LABEL_CODES))
    if unknown:
        raise ValueError(f"{message_id}: unknown label letter(s) {', '.join(unknown)}")
    return sorted({LABEL_CODES[letter] for letter in letters})


def _timed_turns(message_id: str, lines: tuple[str, ...]) -> list[dict[str, object]]:
    """Speaker-prefixed lines as turns with start and end seconds; a short pause follows each turn."""
    turns = parse_call_text("\n".join(lines))
    if turns is None or len(turns) != len(lines):
        raise ValueError(f"{message_id}: every call line needs a speaker prefix such as 坐席：")
    timed, clock = [], 0.4
    for turn in turns:
        duration = round(max(1.0, 0.21 * len(turn.text)), 1)
        timed.append({"speaker": turn.speaker, "text": turn.text, "start": round(clock, 1),
                      "end": round(clock + duration, 1)})
        clock += duration + 0.8
    return timed


def _sent_at(index: int) -> str:
    """Daytime sends on spread-out days, so the set says nothing about contact hours."""
    sent = _FIRST_SEND + timedelta(days=index * 11 % 53, hours=index * 3 % 11, minutes=index * 17 % 60)
    return sent.isoformat()


def records() -> list[dict[str, object]]:
    """Every message of the set in file order, numbered HD-0001…"""
    written: list[dict[str, object]] = []
    for section in SECTIONS:
        for letters, body in section.entries:
            index = len(written) + 1
            message_id = f"HD-{index:04d}"
            record: dict[str, object] = {"message_id": message_id, "campaign_id": section.campaign_id,
                                         "channel": section.channel}
            if isinstance(body, tuple):
                if section.channel != "call":
                    raise ValueError(f"{message_id}: call lines in a {section.channel} section")
                if section.as_turns:
                    record["turns"] = _timed_turns(message_id, body)
                else:
                    record["text"] = "\n".join(body)
            else:
                record["text"] = body
            record |= {"recipient_type": section.recipient_type, "debtor_id": f"HDD-{index:04d}",
                       "sent_at": _sent_at(index), "labels": _labels(message_id, letters)}
            written.append(record)
    return written


def write_set(out_dir: Path = HERE) -> Path:
    """Write the set as JSON Lines under `out_dir`; returns its path."""
    path = out_dir / WORDING_FILE
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records()),
                    encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {len(records())} messages to {write_set()}")
