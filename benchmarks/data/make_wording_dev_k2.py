"""Wording development batch k2 (issue 9, precision on compliant texts by others, second look):
`python -m benchmarks.data.make_wording_dev_k2`.

Written for this file, text by text, by the helper session that tunes the lawful voices, after batch k's main
families were fixed and before any detector was run on it, without reading any evaluation set for it. The same
families as batch k in other words and other senders' clothes (new lenders, firms, tribunals; collection-agency
staff, credit-card centres' robots, WeChat customer service, a guarantor's relative answering, a firm's paralegal,
a community mediator, a forwarded judgment, a lender's legal column, a victim's complaint quoted back), about two
thirds compliant, one third violating. All people, numbers, companies, courts and places are invented.

First run (tree at commit 600ae19, before any change for this batch; `python -m benchmarks.eval --section wording
--wording-set benchmarks/data/wording_dev_k2.jsonl`; 91 messages, 30 violating): fused micro P 0.795 R 0.969 F1 0.873,
message-level R 0.967 P 0.829, compliant flagged 6/61 (rules alone 6/61, classifier alone 4/61). Tuned on afterwards:
fused micro P 0.914 R 1.000 F1 0.955, message-level P 0.968, compliant flagged 1/61 (a guarantor's call whose
guarantee is told in an earlier turn than the debt).

Output (deterministic): `wording_dev_k2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_k2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("disclosure", "call", "@D", "坐席：喂 您好 是祁*的弟弟吧 您哥在我们沐禾这边的消费贷 一万五 已经三个月没还了 麻烦您跟家里说一下"),
    ("disclosure", "sms", "@D", "【安澜小贷】您好，您的同事祁*在我司有一笔逾期借款（本金9,000元），多次联系未果，请您协助提醒。"),
    ("disclosure", "call", "@D", "坐席：你好 你是祁*的担保人吗\n第三方：不是 我是他邻居\n坐席：哦 那也行 他欠我们安澜小贷八千多 你看见他跟他讲一声"),
    ("disclosure", "app", "@D", "【景曜银行信用卡中心】您好，您被祁*登记为联系人，其信用卡已逾期4个月，欠款金额26,300元，请转告其尽快处理。"),
    ("disclosure", "call", "@D", "坐席：老板 你是祁*的老板吧 他在我们这借的钱一直拖着 你发工资的时候能不能先扣一点给我们"),
    ("impersonation", "sms", "P", "【衡策律师事务所】祁*：你的网贷欠款已由本所立案处理，请于两小时内回复本短信确认还款，否则本所将派员上门。"),
    ("impersonation", "call", "P", "坐席：我是衡策律所的 你那个案子我们已经接了 具体哪家平台委托的你别管 今天必须给我个说法"),
    ("impersonation", "sms", "PL", "【沄江区人民法院】祁*：你名下网贷已被起诉，请于今日内联系沐禾客服还款，逾期将依法拘传。"),
    ("impersonation", "call", "P", "坐席：喂 这边是北崖仲裁委 你的欠款我们已经仲裁完毕 你现在把钱转到平台 我们给你撤销裁决"),
    ("impersonation", "call", "PL", "坐席：你好 我是沄江派出所的 接到你欠款平台报案 你明天来所里一趟 不来就上网追逃"),
    ("legal", "sms", "L", "【沐禾消费金融】祁*，您的行为已涉嫌信用卡诈骗罪，我司已准备报案材料，三日内不还款将移交公安机关。"),
    ("legal", "call", "L", "坐席：你知道不还钱的后果吧 你孩子以后当兵考公务员全都不行 你这是连累下一代"),
    ("legal", "call", "L", "坐席：广东话讲 你再唔还钱 差人会上门拉你 你自己谂清楚"),
    ("legal", "app", "L", "你的案子下周就开庭了，判下来就是刑事，少不了要进去蹲几年。"),
    ("third-party", "sms", "T", "【安澜小贷】祁*，若今日仍未还款，我司将联系您的担保人及单位领导协助催收。"),
    ("third-party", "call", "T", "坐席：你老婆那边我们已经打过电话了 下一步就是你丈母娘 你自己掂量"),
    ("third-party", "call", "@T", "坐席：您是祁*的担保人 这个钱您今天必须替他还上 不然我们就去您单位找您 让您同事都知道\n第三方：你们怎么能这样"),
    ("third-party", "app", "T", "你通讯录前五十个人我都导出来了，明天开始挨个打。"),
    ("exposure", "sms", "E", "【沐禾消费金融】祁*，如再不处理，我司将在您所在社区张贴催款公告，请自重。"),
    ("exposure", "call", "E", "坐席：我们准备把你的照片做成海报 贴到你们公司楼下 你看要不要面子"),
    ("exposure", "app", "E", "你的欠款信息已提交到“失信老赖曝光群”，群里三千多人，都是你们本地的。"),
    ("violence", "call", "V", "坐席：你住十二栋三单元吧 我们今晚就过去 你最好别让我们敲门敲太久"),
    ("violence", "sms", "V", "祁*，你儿子每天骑车上学那条路我们都熟了，孩子还小，你别逼我们。"),
    ("violence", "call", "V", "坐席：你再不还 我让人去你店里坐着 天天坐 看你生意还做不做得下去"),
    ("insult", "call", "I", "坐席：你就是个骗子 借钱的时候装孙子 还钱的时候装死"),
    ("insult", "app", "I", "【景曜银行信用卡中心】祁*，您这种没脸没皮的人，我们见多了。"),
    ("insult", "call", "I", "坐席：你个老东西 一把年纪了还赖账 丢不丢人"),
    ("rollover", "call", "R", "坐席：你把你那辆车卖了 或者去借个网贷 反正今天之内必须把钱打过来"),
    ("rollover", "app", "R", "我们合作的“安心借”现在有额度，你申请下来先把我们这边平了，不会查征信。"),
    ("rollover", "call", "R", "坐席：你不是有公积金吗 找个中介提出来 或者去刷信用卡套现 办法总比困难多"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # guarantors and co-borrowers
    ("guarantor", "sms", "@", "【安澜小贷】宫*女士：您为借款人祁*的借款提供连带保证，该借款已于11月20日到期未清偿，依保证合同请您于12月25日前履行保证义务。如有疑问请致电400-870-2210。"),
    ("guarantor", "call", "@", "坐席：宫女士您好 我这边是安澜小贷的 您在祁先生的借款合同上作为担保人签了字 这个您还记得吧\n第三方：记得\n坐席：是这样 这笔借款逾期了 按照担保合同 我们需要通知您 您看是您先联系他 还是我们把详细的情况书面寄给您"),
    ("guarantor", "email", "@", "主题：连带保证责任履行通知\n宫*女士：\n依据您签署的《个人连带责任保证合同》，借款人祁*名下借款已逾期，截至12月1日欠本息12,640元。您可选择代为清偿，清偿后依法享有追偿权。\n沐禾消费金融 法务部"),
    ("guarantor", "call", "@", "坐席：宫姐你好 我沐禾的小吕 你是祁哥那笔车贷的保证人嘛 他这个月没还上 按保证合同我们得跟你说一声 你方便的话跟他商量一下"),
    ("guarantor", "app", "@", "宫*您好，您与祁*为本笔经营贷的共同借款人，本期应还9,800元尚未足额还款，请两位共同安排。"),
    ("guarantor", "call", "@", "坐席：您好 您是这笔房贷的共同借款人 上个月月供没扣成功 我们按合同通知您一下 这个月需要补上\n第三方：好的 我查一下"),
    ("guarantor", "notice", "@", "保证责任履行通知书\n宫*：\n借款人祁*于2025年7月向我司借款80,000元，您为该笔借款提供连带责任保证。现借款人逾期未还，请您在收到本通知之日起十日内履行保证责任。如您认为保证已过保证期间，可书面提出异议。\n安澜小额贷款有限公司"),
    ("guarantor", "call", "@", "坐席：宫女士 您刚才问为什么找您 因为您是连带责任保证人 合同第七条写了 借款人不还的时候 我们可以要求保证人还 这个是法律规定的 不是骚扰您"),
    # contacts asked for a call-back only
    ("contact-callback", "call", "@", "坐席：您好 请问您是祁*的朋友吗\n第三方：算是吧\n坐席：是这样 我们联系不上他本人 麻烦您见到他的时候让他回个电话 其他的我们只跟他本人讲 谢谢您"),
    ("contact-callback", "sms", "@", "【景曜银行】您好，我们正在尝试联系祁*先生，如您方便，请转告他致电95588-1，谢谢。"),
    ("contact-callback", "call", "@", "坐席：喂 阿叔你好 我哋想搵祁*先生 佢电话打唔通 麻烦你叫佢打返呢个电话俾我哋 唔该晒"),
    ("contact-callback", "call", "@", "坐席：您好 这里是沐禾客服的智能语音 我们想联系祁*本人 如您认识他 请转告他回电 如果号码有误请按1 我们将停止拨打"),
    ("contact-callback", "call", "@", "坐席：您好 找下祁*\n第三方：不认识\n坐席：好的 抱歉打扰 我们会把您的号码从联系记录里删除"),
    ("contact-callback", "app", "@", "您好，您的朋友祁*将您设置为备用联系人。我们暂时联系不上他，如方便请提醒他查看APP消息，其他事项我们只与他本人沟通。"),
    # law firms naming their client
    ("law-firm", "notice", "", "律师函\n（2026）衡策律函第118号\n祁*先生：\n衡策律师事务所接受沐禾消费金融有限公司委托，就您与委托人借款合同纠纷一事致函。截至本函出具之日，您尚欠本金14,500元。请于收函后十五日内与委托人联系协商。否则委托人将依法向有管辖权的人民法院提起诉讼。\n衡策律师事务所 律师 许*"),
    ("law-firm", "call", "", "坐席：祁先生您好 我是鉴澄律师事务所的许律师 景曜银行信用卡中心委托我们跟您沟通透支的事 您可以在律师协会网站查到我 我们想先听听您的还款计划"),
    ("law-firm", "sms", "", "【鉴澄律师事务所】祁*：受景曜银行信用卡中心委托，本所将于近日向您寄送律师函，函件加盖本所公章，您可拨打本所座机010-6521-8830核实。"),
    ("law-firm", "email", "", "主题：律师函（电子送达）\n祁*先生：\n本所代理安澜小额贷款有限公司处理您名下借款纠纷。如您对欠款金额有异议，可在十日内书面提出，本所将如实转达委托人。委托人保留向法院起诉的权利。\n鉴澄律师事务所 许*律师"),
    ("law-firm", "app", "", "许律师（衡策律师事务所）：您好，沐禾消费金融是我们的委托人。您上次提出的分期方案，委托人已同意，协议稍后发给您确认。"),
    ("law-firm", "call", "", "坐席：我是衡策律所的律师助理 小陈 代表沐禾消费金融 跟您确认一下律师函收到没有 有什么问题您可以直接打我们律所的座机"),
    ("law-firm", "sms", "", "【衡策律师事务所】祁*：您与委托人沐禾消费金融的还款协议已生效，首期款请于12月20日前通过沐禾APP支付。"),
    # arbitration and mediation
    ("arbitration", "sms", "", "【北崖仲裁委员会】祁*：申请人安澜小贷依借款合同约定的仲裁条款申请仲裁，本会已受理，案号北仲网字〔2026〕第2031号，请登录本会网络仲裁平台查收文书。"),
    ("arbitration", "call", "", "坐席：祁先生 是这样 您签的借款合同约定了仲裁 所以我司是向北崖仲裁委申请的 不是法院 仲裁委会通过网络平台给您送达 您可以在答辩期里提意见"),
    ("arbitration", "email", "", "主题：仲裁裁决书送达通知\n祁*：\n北仲网字〔2026〕第2031号案件仲裁庭已作出裁决，裁决书已上传至本会网络仲裁平台。裁决为终局裁决，自作出之日起发生法律效力。\n北崖仲裁委员会秘书处"),
    ("arbitration", "sms", "", "【安澜小贷】祁*，依据借款合同第十四条，我司已向北崖仲裁委员会提交仲裁申请，仲裁委受理后将向您送达文书，受理前您仍可与我司协商。"),
    ("arbitration", "notice", "", "调解告知书\n祁*：\n沄江区金融纠纷人民调解委员会受沐禾消费金融申请，拟对双方借款纠纷进行调解。调解遵循自愿原则，您可以选择参加或拒绝。\n沄江区金融纠纷人民调解委员会"),
    # court and enforcement facts
    ("court-facts", "sms", "", "【沐禾消费金融】祁*，我司诉您借款合同纠纷一案，沄江区人民法院已受理，案号（2026）沄0104民初2211号，请以法院送达的传票为准按时应诉。"),
    ("court-facts", "call", "", "坐席：判决是上个月下来的 现在已经生效了 您要是一直不履行的话 我们会向法院申请执行 执行阶段法院可以冻结账户 这个是法院来做的 我们还是希望您主动还"),
    ("court-facts", "call", "", "坐席：您担心坐牢是吧 不会的 欠钱是民事的事情 最多就是法院判了以后强制执行 跟刑事没关系"),
    ("court-facts", "app", "", "您好，（2026）沄0104民初2211号民事判决书已生效，判决您偿还借款本金11,200元。您可按判决向我司履行，也可申请执行和解分期还款。"),
    ("court-facts", "notice", "", "报告财产令\n（2026）沄0104执881号\n被执行人祁*：\n本院在执行申请执行人沐禾消费金融有限公司与你借款合同纠纷一案中，责令你在收到本令后五日内向本院如实报告财产。\n沄江区人民法院"),
    ("court-facts", "call", "", "坐席：你问限高是啥 限高是法院在执行阶段对不履行的被执行人采取的措施 你现在官司都还没打 跟你没关系 先别慌"),
    ("court-facts", "sms", "", "【景曜银行】祁*，您的信用卡纠纷案已调解结案，请按民事调解书约定的时间还款，如已还款请忽略。"),
    # lender signatures
    ("header", "sms", "", "【沐禾消费金融·贷后管理】祁*，您的借款已逾期21天，应还3,150元。我们仅通过电话和短信与您本人联系，如有困难请申请延期。"),
    ("header", "sms", "", "【安澜小贷】法务部提示：祁*，您的借款逾期已超过120天，我司拟依法提起诉讼。诉前您仍可申请分期，回复1了解方案。"),
    ("header", "sms", "", "【景曜银行信用卡中心】祁*：您的信用卡逾期已报送征信，结清后不良记录保留五年。如需办理分期请致电95588-1。"),
    ("header", "sms", "", "【沐禾消费金融】#姓名#您好，您的借款已委托衡策律师事务所处理，律师将以0755开头的座机与您联系，请注意接听。"),
    ("header", "sms", "", "【沄江区人民法院】提醒：本院送达诉讼文书不收取任何费用，也不会要求当事人通过扫码、链接转账，请谨防诈骗。"),
    # anti-fraud
    ("anti-fraud", "app", "", "防诈提醒：近期有人冒充“衡策律师事务所”发送短信，称“已对您立案”“派员上门”，本所从未发送此类短信，请勿理会并可报警。"),
    ("anti-fraud", "sms", "", "【景曜银行】提醒：凡自称“银行内部人员可帮您消除逾期”“代办停息挂账”并先收费的，均为诈骗。"),
    ("anti-fraud", "call", "", "坐席：祁先生 提醒您一下 如果有人打电话说是派出所的 说您的网贷涉嫌犯罪要您转钱 那都是骗子 您直接挂掉就行"),
    ("anti-fraud", "app", "", "反诈课堂：骗子常以“你的借款已逾期，将被起诉”“不处理会影响家人”为由，诱导受害人下载陌生APP转账。牢记：还款只认官方渠道。"),
    ("anti-fraud", "email", "", "主题：关于冒用我司名义催收的声明\n各位客户：\n近期发现有人冒用我司名义，以“爆通讯录”“上门”等方式恐吓客户。我司从未委托其催收，相关线索已移交公安机关。\n安澜小额贷款有限公司"),
    # news and advice
    ("news-advice", "app", "", "新闻：沄江区法院审结一起催收非法债务案，被告人组织人员跟踪、滋扰借款人及其家属，被判处有期徒刑二年。"),
    ("news-advice", "app", "", "法律小课堂：债权人可以依法催收，但不得使用暴力、威胁，不得向无关人员泄露债务人信息，更不得冒充公检法。违者可能承担刑事责任。"),
    ("news-advice", "app", "", "读者来信：催收打电话给我们全家，还说要把我照片发网上，怎么办？律师回复：保留录音截图，向平台和金融监管部门投诉，情节严重的可以报警。"),
    ("news-advice", "email", "", "主题：催收质检周报\n各组：\n本周抽检发现三通电话存在辱骂、以联系单位相威胁等违规情况，涉及坐席已停岗培训。请各组严格使用标准话术。\n沐禾消费金融 质检部"),
    ("news-advice", "app", "", "行业观察：一些催收机构通过冒充律师、伪造“律师函”施压，这类行为已被列为监管重点整治对象。"),
    # the customer's own words
    ("customer", "call", "", "坐席：祁先生您好 沐禾消费金融的 您的账单逾期了\n客户：我他妈都快揭不开锅了 你们还天天打 是要逼死人吗\n坐席：您先消消气 我这边可以帮您申请延期三个月 期间不催收"),
    ("customer", "call", "", "坐席：祁先生 您好\n客户：你们上回那个人说要去我老家村里贴告示 是你们公司的吗\n坐席：肯定不是 我们不允许这样做 您要是有录音 我帮您向公司投诉"),
    ("customer", "call", "", "坐席：您好 安澜小贷的\n客户：我准备去借高利贷还你们 你们满意了吧\n坐席：您千万别这样 高利贷只会越滚越大 我们给您做个分期 每个月压力小一点"),
    ("customer", "app", "", "客服：您好，有什么可以帮您？\n客户：你们就是一群放高利贷的骗子，再打电话我就报警！\n客服：非常理解您的心情，已为您登记暂停外呼，后续仅通过APP消息与您联系。"),
    ("customer", "call", "", "坐席：喂 祁先生\n客户：你们是不是要让警察来抓我 我好害怕\n坐席：不会的 没有人会因为欠款抓您 您别怕 咱们慢慢商量怎么还"),
    # ordinary
    ("ordinary", "call", "", "坐席：您好这里是景曜银行信用卡中心 您的信用卡本期账单已逾期 最低还款额八百六十元 如已还款请忽略 办理分期请按1 人工服务请按0"),
    ("ordinary", "call", "", "坐席：喂 祁先生 我是沐禾的小吕哈 那个账单过了十来天了 您看这礼拜能还一点不 实在不行我给您报个分期"),
    ("ordinary", "sms", "", "【安澜小贷】${name}您好，您的借款本期应还${amount}元，已逾期${days}天，可在APP“我的借款”中还款或申请延期。"),
    ("ordinary", "call", "", "坐席：您说您母亲住院了 那这个月先不催您 我给您备注上 您先顾家里 等出院了我们再联系您本人"),
    ("ordinary", "app", "", "您好，您的延期还款申请已通过，新的还款日为2027年2月15日，延期期间不计罚息。"),
    ("ordinary", "email", "", "主题：结清证明\n祁*先生：\n您在我司的借款已于2026年12月2日全部结清，结清证明见附件，征信记录将按规定更新。\n沐禾消费金融 客户服务部"),
    ("ordinary", "call", "", "坐席：祁先生 跟您讲下 我们这边是不会上门的 也不会找您家里人 就是想跟您本人商量个还款时间"),
    ("ordinary", "sms", "", "【景曜银行】祁*，您的个性化分期申请已受理，我行将在5个工作日内电话联系您本人确认方案。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WK2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
