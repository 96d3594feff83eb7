"""Wording development batch v (issue 9, false legal claims, impersonation and rollover): `python -m
benchmarks.data.make_wording_dev_v`.

Written for this file, text by text, by the helper session that tunes `misleading.legal`,
`misleading.impersonation` and `coercion.debt_rollover`, before any detector was run on it, weighted to those
three categories and their lawful neighbours, in senders' voices: real courts' 传票, 执行通知 and 失信 notices,
arbitration commissions, notaries' 执行证书 notices, law firms writing for a named client, lenders' own 法务部,
委外 notices naming agency and lender, same-lender debt-restructuring offers, other lenders' ordinary ads, police
anti-fraud warnings; and, violating, collectors whose court, police or lawyer identity is only implied (我们执行庭,
本院, 承办法官, 律所这边), false warrants and criminal records, and rollover urged through 口子, 下款, 套现, pawning or
a friend's money, in deployed SMS templates, robot menus, ASR transcripts, WeChat chats, dialect and traditional
characters. About half are compliant. All people, numbers, companies, courts and places are invented.

First run (tree at commit 1fc72fe, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_v.jsonl --errors 0`; 99 messages, 49 violating): rules
alone micro P 0.781 R 0.820 F1 0.800, compliant flagged 8/50; classifier alone micro P 0.902 R 0.607 F1 0.725,
compliant flagged 3/50; fused micro P 0.797 R 0.902 F1 0.846, message-level R 0.918 P 0.849, compliant flagged 8/50.

Output (deterministic): `wording_dev_v.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_v.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims, the sender named truthfully
    ("legal", "sms", "L", "【霁川消费金融】尹*，您的借款已逾期97天，系统已自动生成刑事立案材料，明日上午移交临江区公安分局，请于今日18:00前处理。"),
    ("legal", "call", "L", "坐席：尹先生 我这边衡远资产的 你这个情况已经构成恶意逃废债了 我们法务已经把材料递到检察院了 下周就批捕"),
    ("legal", "app", "L", "衡远资产-柏专员：柏*，拖欠网贷在新规里已经算信用诈骗，你现在不处理，档案里会留案底，一辈子洗不掉。"),
    ("legal", "call", "L", "坐席：你这个不还 你儿子明年高考 政审那一关肯定卡 部队院校警校都别想了"),
    ("legal", "sms", "L", "【青榆银行信用卡中心】付*，您名下账户已被认定为恶意透支，本中心将于24小时内申请对您实施司法拘留，拘留期间不影响欠款计息。"),
    ("legal", "call", "L", "坐席：你好付女士 你这边欠款已经过了诉讼时效前的最后期限 法院那边通缉令已经下来了 你今天出门坐高铁就会被拦"),
    ("legal", "app", "L", "【速享分期】柏*，根據最新規定，逾期超過90天者將被凍結全部銀行賬戶及社保賬戶，並禁止子女就讀私立學校。"),
    ("legal", "call", "L", "坐席：俺们这边已经给你走了失信程序了 明天就上失信名单 飞机高铁都坐不了 不用等法院判"),
    ("legal", "sms", "L", "【衡远资产】尹*，你的欠款案件已被列为本市年度重点清收对象，逾期不还将由警方上门带走，家属需签字确认。"),
    ("legal", "call", "L", "坐席：喂 付*是吧 你这个拖了半年了 已经从民事转成刑事了 传票我们这边寄到你户籍地了 你等着收吧"),
    ("legal", "app", "L", "霁川消费金融：尹*，您的逾期已上报至全国公安联网系统，今后办理护照、港澳通行证均会被拒。"),
    ("legal", "call", "L", "坐席：（机器人语音）您好 您的欠款逾期已被纳入刑事追责名单 如需撤销请按1 转人工请按0"),
    # --- impersonation: the identity stated or only implied
    ("impersonation", "call", "P", "坐席：付女士您好 这边是临江区法院立案庭 跟您核实一下霁川消费金融那笔借款 您今天能不能先还一部分到平台"),
    ("impersonation", "call", "PL", "坐席：你这个案子现在已经到我们执行庭了 我是承办法官 今天下午不把钱打到衡远的账户上 明天就对你司法拘留"),
    ("impersonation", "sms", "PL", "【霁川消费金融】尹*，本院已受理霁川消费金融诉你借款合同纠纷一案，现依法对你名下财产予以冻结，速与申请人联系还款。"),
    ("impersonation", "call", "P", "坐席：我姓韩 溪州经侦支队的 找你了解一下你在速享分期的借款 你先配合把欠款还上 其他的我们再说"),
    ("impersonation", "call", "P", "坐席：柏先生 我这边是律所的 专门负责你这个案子 我们律师团队的意见是你这周之内结清 有什么问题直接问我"),
    ("impersonation", "app", "P", "【溪州仲裁委员会】付*，你与青榆银行的欠款纠纷已由本委调解中心接手，请于本周五前将欠款转入指定账户6222********1180。"),
    ("impersonation", "sms", "P", "【溪州市正源公证处】尹*，霁川消费金融的债权已在本处办理强制执行公证，请今日内向霁川还款，公证员：林*。"),
    ("impersonation", "call", "P", "坐席：我是临江派出所的民警 刚接到霁川那边的报案材料 你抽空把钱先还了 省得我们上门"),
    ("impersonation", "app", "P", "沣和律师事务所 李律师：柏*，你好，本律师是你那笔网贷的代理人。（此微信号为衡远资产外访组使用，沣和律所未接受任何委托）"),
    ("impersonation", "call", "P", "坐席：你好 这边是区人民法院诉前调解中心的法官助理 就是通知你一声 这个钱今天处理一下 平台上就有还款入口"),
    ("impersonation", "sms", "PL", "【溪州市临江区人民法院】付*，你已被列为拒不执行判决人员，本院即将签发拘传票，请于今日内向青榆银行全额还款以撤销。"),
    ("impersonation", "call", "P", "坐席：喂 尹*吗 我们是溪州市金融监管局的 你在霁川的那笔欠款 监管这边要求你三天内还清"),
    ("impersonation", "app", "P", "【臨江區檢察院】柏*，你在速享分期的欠款已由本院督辦，請於三日內向平台結清。"),
    ("impersonation", "call", "PL", "坐席：我是你这个案子的书记员 判决已经下来了 你要坐牢的 现在还钱还能给你从轻"),
    # --- rollover: borrowing elsewhere, selling, pawning
    ("rollover", "call", "R", "坐席：你手机上那么多口子 随便找一个下款快的 把我们这期先还了 不就没事了"),
    ("rollover", "app", "R", "衡远资产-柏专员：你不是有两张信用卡吗，刷出来套个现，先把霁川这笔平了，下个月再慢慢还卡。"),
    ("rollover", "sms", "R", "【速享分期】付*，您有一笔5,000元额度待领取，可专项用于偿还他行逾期欠款，领取后当天到账，回T退订。"),
    ("rollover", "call", "R", "坐席：你那个金镯子拿去当铺当了 几千块总有的 先把最低还款还上"),
    ("rollover", "call", "R", "坐席：那你就去借啊 网上那么多平台 你随便找个 利息高点又咋了 总比上门强吧"),
    ("rollover", "app", "R", "【霁川消费金融】尹*，您可通过合作机构“即时周转”申请应急资金结清本账户，结清后征信即可恢复正常。"),
    ("rollover", "call", "R", "坐席：你跟你老婆说说 把她名下那套房抵一下 银行抵押贷利息很低的 拿出来先把我们的结了"),
    ("rollover", "call", "R", "坐席：侬屋里厢不是有部车子伐 卖脱伊 或者押脱伊 先把阿拉格钞票还脱"),
    ("rollover", "app", "R", "你现在公积金不是能贷吗，用公积金再贷一笔，或者找你们单位预支，先把这笔结了再说。"),
    ("rollover", "call", "R", "坐席：你找你那些同事 一人借个五百 凑一凑今天就够了 这个不难吧"),
    ("rollover", "sms", "R", "【衡远资产】付*，如一次性还款有困难，可联系本司推荐的“融易通”办理借新还旧，当日即可结清本案。"),
    ("rollover", "call", "R", "坐席：现在年轻人卖个血卖个肾的新闻多了去了 你也不是想不到办法 就看你想不想还"),
    # --- mixed, beside other categories
    ("mixed", "call", "PT", "坐席：我是临江法院执行局的 你再不还 我们就去你单位找你们领导协助执行 让你同事都知道"),
    ("mixed", "sms", "LE", "【衡远资产】尹*，你已被列入公安网上追逃名单，你的照片明天会贴在你们小区公告栏。"),
    ("mixed", "call", "RI", "坐席：你个穷鬼 没钱就去借高利贷 这种事还要我教你"),
    ("mixed", "call", "LT", "坐席：你不还 我们就通知你老家村委会 让他们配合公安把你的户口冻结"),
    ("mixed", "app", "PL", "【临江公安】柏*，你涉嫌信用卡诈骗，民警今晚到你住处带人，家人一并配合调查。"),
    ("mixed", "call", "@T", "坐席：您是付*的姐姐吧 她这笔钱您今天不帮她还上 我们就天天打您单位的座机\n第三方：我跟她没关系"),
    ("mixed", "call", "LR", "坐席：你这个再拖就是诈骗罪了 要判三年以上的 你赶紧找个网贷借出来还了 借了就不算诈骗"),
    ("mixed", "sms", "RL", "【速享分期】柏*，逾期将被判刑，建议立即在“闪借”申请借款还清本期，避免坐牢。"),
    ("mixed", "call", "P", "坐席：嗯 我这边呢是 溪州仲裁委 委派过来的调解员 呃 你这个欠款仲裁委要求你今天之内跟平台结清"),
    ("mixed", "call", "LP", "坐席：我是沣和律师事务所的张律师 受霁川委托 你这个情况已经够刑事立案了 我们律所这边直接移交公安\n客户：你们上次不是说是衡远资产的吗\n坐席：我们是合作的 我就是衡远这边的 用律所的名义方便点"),
    ("mixed", "app", "L", "尹*，你欠的钱不还，我们会向法院申请对你全家人限制高消费，你老婆孩子也坐不了高铁。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- courts in their own voices
    ("court", "notice", "", "溪州市临江区人民法院\n传票\n案号：（2026）溪0103民初5521号\n被传唤人：尹*\n案由：金融借款合同纠纷\n应到时间：2026年9月8日上午9时\n应到处所：本院第五法庭\n注意事项：被传唤人必须准时到达，不到庭的，本院可依法缺席判决。"),
    ("court", "sms", "", "【临江区人民法院】尹*，您与霁川消费金融借款合同纠纷一案（2026溪0103民初5521号）的起诉状副本及应诉通知书已电子送达，请登录人民法院在线服务查看。本短信不含任何转账要求。"),
    ("court", "notice", "", "执行通知书\n（2026）溪0103执1876号\n付*：本院依法受理申请执行人青榆银行与你信用卡纠纷一案，因你未履行生效判决确定的义务，责令你自本通知送达之日起三日内履行，逾期不履行的，本院将依法强制执行，并可依法将你纳入失信被执行人名单。\n溪州市临江区人民法院"),
    ("court", "sms", "", "【临江法院】提醒：本院不会通过短信、电话要求当事人向个人账户或催收机构账户转账，执行款项请按执行通知书载明的法院执行款专户缴纳。"),
    ("court", "notice", "", "限制消费令\n（2026）溪0103执1876号之一\n被执行人付*未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》，对被执行人采取限制消费措施。\n溪州市临江区人民法院"),
    ("court", "call", "", "坐席：您好 这里是临江区法院诉前调解中心 您和霁川消费金融的纠纷 对方申请了诉前调解 调解是自愿的 您不同意调解的话 案件会按程序转入立案审理\n客户：那我要不要交钱\n坐席：调解不收费 也不会让您转账 有什么意见到时候调解员当面听您说"),
    ("court", "app", "", "【溪州法院】判决书摘录：本院认为，原、被告之间的借款合同合法有效，被告柏*未按约还款，应承担还本付息的责任；原告主张的逾期利率超过合同成立时一年期贷款市场报价利率四倍的部分，本院不予支持。"),
    # --- arbitration and notaries
    ("arbitration", "email", "", "溪州仲裁委员会\n仲裁通知\n尹*：申请人霁川消费金融有限公司与你借款合同纠纷一案，本委已依法受理，案号（2026）溪仲字第3309号。你可在收到本通知之日起十日内提交答辩书及证据，并选定仲裁员。"),
    ("arbitration", "sms", "", "【溪州仲裁委员会】付*，您的案件将于10月12日14时网上开庭，本委不会要求您向任何个人或机构转账，如接到自称本委工作人员的催款电话，请拨打本委官方电话核实。"),
    ("notary", "notice", "", "执行证书送达通知\n柏*：债权人速享分期于2026年6月申请对你们之间经公证的借款合同出具执行证书，本处经核实，现依法出具（2026）溪正证执字第88号执行证书。你如对债务有异议，可于收到本通知后十五日内向本处提出。\n溪州市正源公证处"),
    ("notary", "sms", "", "【正源公证处】温馨提示：公证处不负责催收，也不会冻结任何人的银行卡，凡以公证处名义要求您还款到指定账户的，均非本处所为。"),
    # --- law firms writing for a named client
    ("lawfirm", "email", "", "律师函\n（2026）沣和律函字第217号\n尹*：\n沣和律师事务所接受霁川消费金融有限公司委托，指派李*律师就您的逾期借款事宜致函。截至本函发出之日，您尚欠本金12,400元。请于收函后十日内还款或与委托人协商；逾期，委托人将依法提起诉讼。\n沣和律师事务所（盖章）"),
    ("lawfirm", "call", "", "坐席：您好 我是沣和律师事务所的李律师 受青榆银行委托 跟您沟通一下信用卡欠款的事 您方便说话吗\n客户：你们真是律所吗\n坐席：您可以在司法局网站查我们律所和我的执业证号 我们只是代表银行跟您协商 不会有别的后果"),
    ("lawfirm", "app", "", "【沣和律所】付*女士，受速享分期委托，本所律师将于本周内与您电话协商还款方案。如您已委托律师，请告知代理律师联系方式，此后我们只与其沟通。"),
    # --- lenders' own legal departments stating real consequences
    ("legal-dept", "email", "", "付*：\n您在我行的信用卡已逾期182天，欠款合计38,615元。如您仍未还款，我行将依法向人民法院提起诉讼，判决生效后仍不履行的，法院可依法强制执行并将您纳入失信被执行人名单。如有困难，欢迎拨打协商热线。\n青榆银行信用卡中心 法务部"),
    ("legal-dept", "sms", "", "【霁川消费金融】尹*，您的借款已逾期，我司法务部门正在准备诉讼材料。起诉后是否判决、如何执行由法院依法决定，您仍可在起诉前与我们协商分期。"),
    ("legal-dept", "call", "", "坐席：我这边是霁川消费金融法务部的 跟您说明一下 您的逾期我们会按规定报送征信 如果一直协商不了 公司可能会起诉 但这都是民事程序 不会涉及刑事 您别担心"),
    ("legal-dept", "notice", "", "诉讼前通知\n柏*：因您未按期归还速享分期借款，本公司拟于30日后向溪州市临江区人民法院提起诉讼，请求判令您归还本金及合同约定的利息。诉讼费用由法院依法确定承担方。如您希望协商，请于期限内联系本公司。\n速享分期科技有限公司 法务合规部"),
    ("legal-dept", "app", "", "霁川消费金融：关于您询问“不还会不会坐牢”：借款逾期属于民事纠纷，不会因此被拘留或坐牢；但经法院判决后有能力履行而拒不履行，情节严重的，可能承担法律责任。"),
    ("legal-dept", "sms", "", "【青榆银行】付*，您的信用卡逾期记录已按《征信业管理条例》报送金融信用信息基础数据库，结清后不良记录自结清之日起保存5年。"),
    # --- outsourcing notices naming agency and lender
    ("outsourcing", "sms", "", "【霁川消费金融】尹*，您的逾期账户已委托衡远资产管理有限公司催收，其工作人员将以“衡远资产”名义联系您，不会自称律师或司法人员，投诉电话400-620-3317。"),
    ("outsourcing", "call", "", "坐席：尹先生您好 我是衡远资产管理公司的催收员 工号4417 受霁川消费金融委托联系您 是关于您那笔逾期借款的 请问您现在方便吗"),
    ("outsourcing", "notice", "", "委托催收告知函\n付*：青榆银行已将您的信用卡逾期账款委托我司催收。我司仅为催收机构，非律师事务所或司法机关，无权采取任何强制措施。您可直接向青榆银行申请分期或提出异议。\n衡远资产管理有限公司"),
    # --- same-lender restructuring offers
    ("restructure", "sms", "", "【青榆银行信用卡中心】付*，根据您的申请，本中心可为您办理个性化分期：剩余欠款分60期偿还，免收分期手续费，逾期期间利息部分减免，详询4008-221-093。"),
    ("restructure", "call", "", "坐席：柏先生 您的情况我了解了 我们可以给您停息挂账 本金分36期还 每期八百多 您觉得可以的话 我现在给您提交申请"),
    ("restructure", "app", "", "霁川消费金融：尹*，您的延期还款申请已通过，新的还款日为2026年12月20日，延期期间不额外收取罚息，本次延期不影响您后续申请分期。"),
    ("restructure", "call", "", "坐席：不建议您为了还我们这笔再去别的平台借 利息越滚越多的 您先每个月还个一千 剩下的我给您申请减免"),
    ("restructure", "email", "", "尹先生：\n关于您提出的以物抵债意向，我司需要说明：是否出售房产或车辆是您个人的决定，我司不会要求或推荐。您也可选择按月分期，最低每期600元。\n霁川消费金融 客户关怀部"),
    # --- other lenders' ordinary ads, not aimed at a debt
    ("ad", "sms", "", "【青榆银行】尊敬的客户，您获得一笔装修分期额度，年化利率3.6%起，资金仅限用于家装消费，不得用于偿还其他贷款，回T退订。"),
    ("ad", "app", "", "速享分期：新用户首借30天免息，年化利率（单利）7.2%-24%，具体以审批为准。请理性借贷，量力而行。"),
    ("ad", "sms", "", "【安信小贷】您有一份经营贷额度待激活，最高50万，适合个体工商户进货周转，退订回T。"),
    # --- police and regulators in their own voices
    ("police", "app", "", "【溪州公安反诈】提醒：近期有人冒充法院、公安以“欠款即将立案”为由要求转账，法院和公安从不通过电话或短信催收欠款，也不存在“安全账户”。"),
    ("police", "sms", "", "【临江公安】您好，您举报的“冒充律师催收”线索已受理，编号LJ2026-0917，我们将依法核查，感谢您的配合。"),
    ("regulator", "app", "", "溪州金融监管局：催收人员不得冒充公检法、律师，不得以“坐牢”“案底”“影响子女政审”等虚假后果施压，消费者遇到此类情况可拨打12378投诉。"),
    # --- others' voices retelling what was said
    ("complaint", "app", "", "投诉帖：衡远资产的人打电话说自己是法院的，说我下周就要被拘留，还让我去别的平台借钱还，请问这合法吗？已经打了12378。"),
    ("complaint", "app", "", "我被催收说要上失信名单，查了才知道，失信名单只有法院判决后不履行才会列，平台自己根本列不了。大家别被吓到。"),
    ("media", "app", "", "溪州日报讯 临江区法院近日审结一起案件：某催收公司员工冒充法官、伪造“拘传通知书”向借款人催收，法院以招摇撞骗罪判处其有期徒刑一年六个月。"),
    ("training", "notice", "", "合规培训：错误话术“你不还就判刑、影响孩子政审”；正确话术“逾期会按规定报送征信，公司可能依法起诉，具体由法院判决”。\n衡远资产 质检部"),
    ("training", "email", "", "坐席须知：自我介绍必须说明公司全称和委托方，不得说“我们法务这边”“我是律所的”，更不得暗示与法院、公安有关。\n衡远资产 合规部"),
    # --- near misses in call centres and chats
    ("near", "call", "", "坐席：您说您朋友愿意借钱给您先还 这个是您自己的事 我们不做要求 您量力而行就行 也可以申请分期"),
    ("near", "call", "", "坐席：付女士 您这个欠款如果一直不处理 银行是有权起诉的 起诉以后法院判了还不履行 才会有强制执行和限高 现在还没到那一步"),
    ("near", "app", "", "衡远资产-柏专员：柏先生，您之前问卖车还款的事，我这边不建议也不要求，您可以先申请分期，压力小一点。"),
    ("near", "call", "", "客户：你们是不是要告我啊\n坐席：目前没有起诉 就算起诉也是民事案件 是法院判 不是我们说了算 您看先还一部分行吗"),
    ("near", "sms", "", "【速享分期】柏*，您的账户逾期30天，逾期信息将报送征信，可能影响您办理房贷、车贷。如需协商，请在App内提交申请。"),
    ("near", "call", "", "坐席：（机器人语音）您好 这里是青榆银行信用卡中心 您本期账单已逾期 还款请按1 申请分期请按2 对账单有异议请按3"),
    ("near", "app", "", "【霁川消费金融】尹*，温馨提示：我司不会委托任何机构以“征信修复”“债务优化”名义收费，如遇有人推荐借新还旧，请勿轻信。"),
    ("near", "call", "", "坐席：您說您有一張定期存款下個月到期 那到期了再還也可以 我們這邊給您備註 這期先不催"),
    ("near", "sms", "", "【霁川消费金融】尹*，您已被起诉，案号（2026）溪0103民初5521号，开庭时间请以法院传票为准。如在判决前还清，我司将依法申请撤诉。"),
    ("near", "call", "", "坐席：咱这是民事纠纷 没人要抓你 但法院判了以后有钱不还 那就会被列失信 这个你心里得有数"),
    ("near", "app", "", "【安信小贷】付*，您本月还款日为15日，可在App“我的-还款”中操作，如资金周转困难，可申请最长3个月延期。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLV", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
