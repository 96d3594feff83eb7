"""Wording development batch u (issue 9, the wording classifier's generalisation): `python -m
benchmarks.data.make_wording_dev_u`.

Written for this file, text by text, by the helper session that retrains the wording classifier, before the
classifier or the rules were run on it, in senders' voices the classifier's training corpus has little of:
formal collection letters (催收函) with letter numbers and seals, deployed SMS templates with their fields filled,
robot (IVR) call scripts with their menus, ASR transcripts without punctuation and with homophones, excerpts of
judgments and press reports quoting collectors, Cantonese, Sichuanese, Northeastern and Shanghainese speech,
traditional characters as Hong Kong and Taiwan lenders write them, and WeChat chats of outsourced collectors.
About half are hard compliant messages in those voices (truthful legal steps, same-lender instalment offers,
lawful third-party call-backs, anti-fraud notices naming the scams, reports quoting collectors, customers' own
angry words); the rest violate one or more of the eight judged categories in the same voices. All people,
numbers, companies, courts and places are invented.

First run (tree at commit 6850f5b, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_u.jsonl`; 99 messages, 50 violating): rules alone micro
P 0.761 R 0.927 F1 0.836, compliant flagged 5/49; classifier alone micro P 0.923 R 0.873 F1 0.897, compliant flagged
2/49; fused micro P 0.771 R 0.982 F1 0.864, message-level R 0.980 P 0.907, compliant flagged 5/49.

Output (deterministic): `wording_dev_u.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_u.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- formal collection letters
    ("letter", "notice", "L", "催收函\n函号：YH-CS-2026-04417\n致：郭*先生\n您于我司借款逾期已达97天。根据相关规定，逾期超过90天即构成信用卡诈骗罪，我司已将您的材料移交辖区公安机关，公安机关将于15日内对您采取强制措施。\n云禾消费金融股份有限公司（盖章）"),
    ("letter", "notice", "T", "债务催告函\n编号：JQ-0912\n韦*女士：\n截至本函发出之日，您尚欠本金及利息合计26,315.40元。如您在七日内仍不处理，我司将依据您授权的紧急联系人信息，逐一联系您的配偶、父母及所在单位人事部门，要求其督促您还款并承担相应后果。\n锦桥资产管理有限公司"),
    ("letter", "notice", "E", "最后通牒函\n滕*：\n您的欠款已严重逾期。若本月25日前未结清，我司将在您户籍所在地杏林镇政府公告栏、村口及您单位门口张贴催收公告，公示您的姓名、照片及欠款金额。\n特此函告。"),
    ("letter", "notice", "PL", "沣州市公安局经济犯罪侦查支队\n协查通知书\n蓝*：经查，你在云禾消费金融的借款长期拖欠，涉嫌恶意透支，现已立案侦查。请于接函后三日内到云禾消费金融指定账户结清欠款，否则将依法对你实施网上追逃。"),
    # --- deployed SMS templates, fields filled
    ("template", "sms", "L", "【云禾消费】尊敬的郭*，您的借款已逾期43天，系统已自动生成起诉材料并同步至公安系统，48小时内未还款将产生刑事案底，影响三代直系亲属。"),
    ("template", "sms", "T", "【锦桥资产】韦*您好，您尾号8841的账户已逾期，今日18:00前未处理，将启动通讯录联系人告知程序，届时您的亲友将收到您的欠款信息。"),
    ("template", "sms", "R", "【速融帮】郭*，您的逾期欠款可通过我司合作平台“快e周转”申请新额度一次结清，最高可借5万，审核秒过，点击链接立即周转。"),
    ("template", "sms", "E", "【锦桥资产】韦*，您的欠款信息已录入“老赖曝光平台”，今晚20点前未还清，将同步推送至您所在小区业主群及抖音同城。"),
    ("template", "sms", "P", "【岚溪县人民检察院】滕*，你涉嫌拒不履行还款义务一案已移送我院，请于今日内联系云禾消费金融专员还款，号码400-810-5526。"),
    ("template", "sms", "V", "【锦桥资产】韦*，外访小组明天到你家，你老公几点下班、你女儿几点放学我们都清楚，别让大家难看。"),
    # --- robot (IVR) scripts
    ("robot", "call", "L", "坐席：您好，这里是云禾消费金融智能语音。您的借款已严重逾期，本通话将作为证据提交法院。\n坐席：如您今日仍不还款，系统将自动为您申请拘留令。确认还款请按1，转人工请按0。\n客户：喂？"),
    ("robot", "call", "T", "坐席：您好，这里是锦桥资产语音助手。检测到您仍未还款，系统即将群发短信至您的全部通讯录联系人，取消请立即还款。还款请按1。"),
    ("robot", "call", "@D", "坐席：您好，这里是云禾消费金融。您是郭*的紧急联系人，郭*在我司的借款已逾期63天，欠款一万二千八百元，请您转告他今天之内还清。重听请按星号键。"),
    # --- ASR transcripts
    ("asr", "call", "P", "坐席：喂你好我这边是杏林派出所的民警啊你那个网贷的事情现在转到我们这里了\n客户：派出所的\n坐席：对你今天把钱还到平台上我们这边就给你销案"),
    ("asr", "call", "L", "坐席：我跟你讲你这个已经是诈骗了啊不是民事纠纷了 我们法务已经把材料递上去了 下周传票就到你家 到时候直接拘留十五天"),
    ("asr", "call", "I", "坐席：你这种人就是个无赖 借钱的时候装孙子 还钱的时候装死 还是不是个男人啊\n客户：你说话注意点"),
    ("asr", "call", "V", "坐席：我们有同事就在你小区门口 你那个白色电动车停在三号楼下对吧 你今天不出来把钱的事说清楚 出了什么事自己负责"),
    ("asr", "call", "R", "坐席：你信用卡不是还有额度吗套出来先还我们 再不行去那个什么分期乐借一个 先把这个窟窿堵上"),
    ("asr", "call", "@T", "坐席：你是他同事对吧 那你跟你们老板说一声 他不还钱我们就天天打到你们公司前台 打到他被开除为止\n第三方：我跟他不熟"),
    # --- dialect
    ("dialect", "call", "I", "坐席：你个扑街 借钱唔还 仲有面讲嘢 你老母生你出嚟做乜"),
    ("dialect", "call", "V", "坐席：你再耍赖嘛 老子明天喊几个兄弟伙来你屋头坐起 看你躲得到好久"),
    ("dialect", "call", "T", "坐席：你整这出没用 你不还 我就挨个给你那些亲戚打电话 你二舅三姨一个都跑不了"),
    ("dialect", "call", "E", "坐席：侬再勿还 阿拉就拿侬照片印出来 贴到侬弄堂口 让左邻右舍全晓得侬欠铜钿"),
    ("dialect", "call", "R", "坐席：你屋头不是有套房子嘛 拿去抵押了嘛 钱不就来了 磨磨唧唧的"),
    # --- traditional characters (Hong Kong and Taiwan lenders)
    ("traditional", "sms", "I", "【恆信財務】郭*，你這種欠債不還的垃圾，全家都是廢物，限你今日還款。"),
    ("traditional", "sms", "L", "【恆信財務】韋*，閣下拖欠款項已構成刑事詐騙，警方已發出通緝，請即日還款以免被捕。"),
    ("traditional", "sms", "P", "【台北地方法院民事執行處】滕*君，您積欠款項已進入強制執行程序，請於今日匯款至指定帳戶，否則即日查封。"),
    ("traditional", "app", "R", "韋小姐您好，如您暫時無力還款，可向我們合作的當舖借款週轉，或者把名下機車賣掉，先把這期繳清。"),
    ("traditional", "sms", "@D", "【恆信財務】陳先生您好，您的朋友郭*於本公司借款港幣38,000元已逾期兩個月，請代為轉告其盡快還款。"),
    # --- WeChat chats of outsourced collectors
    ("wechat", "app", "I", "看你朋友圈天天晒吃晒喝，欠钱不还还挺滋润啊，真是不要脸到家了，白眼狼一个。"),
    ("wechat", "app", "E", "你再不回消息，我就把你借款合同和身份证正反面发你朋友圈底下评论，顺便拉个群把你那些好友都拉进来。"),
    ("wechat", "app", "V", "你住的那个城中村我们去过了，巷子挺黑的啊，晚上回家注意安全。"),
    ("wechat", "app", "@T", "您好，您是韦*的表姐吧，她欠我们钱一直不还，您要是不帮忙劝她，我们就只能把您也列入追讨名单了，您家里人也会接到电话。"),
    ("wechat", "app", "IT", "跟你这种老赖讲道理没用，我现在就把你通讯录里的人挨个打一遍，让他们都知道你是什么货色。"),
    ("wechat", "app", "R", "姐，我给你发个链接，这个平台不看征信，你借出来先还我们这边，下个月再说嘛。"),
    # --- quoted case texts read out by the agent as its own threat
    ("case", "call", "L", "坐席：上个月跟你一样情况的那个客户，判了一年半，现在还在里头。你要不想跟他一样，今天就把钱还了。"),
    ("case", "sms", "L", "【锦桥资产】滕*，根据《刑法》第196条，您的逾期行为已被认定为恶意透支，将被判处五年以下有期徒刑，请于今日内还款。"),
    # --- more: rollover, impersonation, exposure, disclosure, violence, insult
    ("more", "call", "P", "坐席：我是沣州明衡律师事务所的首席律师，你这个案子已经委托给我了，我现在正式通知你今天下午三点前还款。"),
    ("more", "email", "P", "主题：仲裁裁决书（电子送达）\n滕*：\n沣州仲裁委员会已就云禾消费金融诉你借款合同纠纷一案作出裁决，裁决你于本日内向申请人还款，否则本委将移送法院拘留。\n沣州仲裁委员会秘书处"),
    ("more", "notice", "@DE", "欠款公示\n本单位职工蓝*（车间二班）拖欠云禾消费金融借款31,700元，经多次催告拒不归还，现予张贴公示，请知情同事督促其还款。\n云禾消费金融外访组"),
    ("more", "call", "@D", "坐席：您是蓝*的房东吧？她在我们这儿欠了两万多，逾期半年了，您看她这个月房租交了没有？交了的话肯定是有钱的。\n第三方：我不清楚"),
    ("more", "app", "@D", "您好，我是云禾消费金融的催收专员，贵司员工韦*在我司借款逾期，金额8,200元，麻烦人事部门通知她本人尽快处理。"),
    ("more", "sms", "V", "【速融帮】郭*，我们知道你每天几点到公司，也知道你爸妈住哪，钱今天到账，不然后果自负。"),
    ("more", "call", "I", "坐席：你就是个骗子，拿了钱就跑，跟你说话都嫌脏了我的嘴。"),
    ("more", "sms", "R", "【锦桥资产】韦*，建议您通过亲友借款、抵押车辆或出售闲置房产尽快筹措资金，今日结清可免除全部罚息。"),
    ("more", "call", "E", "坐席：你再拖，我们就联系你们那边电视台的民生栏目，带着摄像机去你家门口采访你。"),
    ("more", "call", "@T", "坐席：阿姨，您儿子欠钱不还，您当妈的今天要是不替他还上，我们就去您单位找您领导说这个事。\n第三方：你们怎么能这样"),
    ("more", "sms", "VT", "【云禾消费】蓝*，今晚我们的人会去你老家，顺便跟你爸妈和邻居都好好聊聊你欠钱的事。"),
    ("more", "app", "LI", "你这个失信老赖，已经被法院判了，等着坐牢吧，你孩子以后也别想考公务员。"),
    ("more", "call", "@D", "坐席：喂，您是郭*的姐姐吧，他在我们云禾消费金融的贷款已经逾期三个月了，欠款一万六，麻烦您让他回个电话。\n第三方：好的我转告"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- formal collection letters, lawful
    ("letter", "notice", "", "催收函\n函号：YH-CS-2026-05102\n致：郭*先生\n您于2025年8月12日在我司借款，截至本函发出之日逾期67天，应还本息合计18,406.20元。请于2026年6月30日前通过云禾消费金融App或对公账户还款。如您对欠款有异议，可拨打客服热线400-810-5520提出。逾期不还的，我司将依法向有管辖权的人民法院提起民事诉讼。\n云禾消费金融股份有限公司（盖章）"),
    ("letter", "notice", "", "债务提醒函\n编号：JQ-1033\n韦*女士：\n受云禾消费金融委托，锦桥资产管理有限公司就您的逾期借款与您联系。如您确有困难，可申请个性化分期或延期还款，我司将如实记录您的情况。本函不涉及您的任何亲友，我们不会向与债务无关的人员透露您的信息。"),
    ("letter", "notice", "", "律师函\n（2026）明衡律函字第118号\n滕*先生：\n沣州明衡律师事务所接受云禾消费金融委托，指派本所律师就借款合同纠纷致函阁下。请于收函后十五日内与委托人协商还款；协商不成的，委托人将依法提起诉讼，诉讼费用依判决由败诉方承担。\n承办律师：周*（执业证号另附）"),
    # --- deployed SMS templates, lawful
    ("template", "sms", "", "【云禾消费】尊敬的郭*，您本期应还1,286.50元已逾期5天，请于今日登录App还款以免产生更多罚息。如已还款请忽略。"),
    ("template", "sms", "", "【锦桥资产】韦*您好，受云禾消费金融委托提醒您，您的借款已逾期，请致电400-810-5526协商还款方案。拒收请回复TD。"),
    ("template", "sms", "", "【云禾消费】郭*，您的逾期信息将按照征信管理条例如实报送金融信用信息基础数据库。结清后逾期记录保留五年。详询客服。"),
    ("template", "sms", "", "【速融帮】提醒：本平台从不要求用户向个人账户转账，也不会以“注销账户”“修复征信”为由收费，请警惕冒充客服的诈骗电话。"),
    ("template", "sms", "", "【云禾消费】您好，您申请的停息挂账方案已审核通过：剩余本金分36期偿还，首期还款日为7月10日，请按时还款。"),
    # --- robot scripts, lawful
    ("robot", "call", "", "坐席：您好，这里是云禾消费金融智能客服。您本期账单已逾期3天，应还金额一千零二十元。\n坐席：如需今天还款请按1，申请延期或分期请按2，人工服务请按0。\n客户：2"),
    ("robot", "call", "@", "坐席：您好，这里是云禾消费金融。我们有事需要联系郭*先生，如果您认识他，麻烦请他回电400-810-5520。感谢您的配合，再见。"),
    ("robot", "call", "", "坐席：您好，这里是锦桥资产回访系统。您之前反映的还款困难我们已记录，您的账户暂停催收三十天，期间不会有人工来电。结束请挂机。"),
    # --- ASR transcripts, lawful
    ("asr", "call", "", "坐席：喂你好是郭先生本人吗我这边是云禾消费金融的委外催收锦桥资产工号三七二\n客户：是我\n坐席：你那个借款逾期四十天了今天能处理一下吗不行的话可以申请分期我帮你提交"),
    ("asr", "call", "", "坐席：我不是吓你啊如果一直不还公司那边是有可能走诉讼的法院判了以后不执行的话会被列失信被执行人坐不了高铁飞机这个是法律规定\n客户：我知道了"),
    ("asr", "call", "", "客户：你们再打我就报警了你们就是一群骗子吸血鬼\n坐席：理解您的情绪先生我们按规定只在白天联系您如果您希望换成短信沟通我可以帮您备注"),
    ("asr", "call", "@", "坐席：喂您好请问是蓝女士的家人吗\n第三方：我是她妹妹\n坐席：好的麻烦您转告她回个电话给云禾消费金融就行其他的不方便说谢谢您"),
    ("asr", "call", "", "坐席：那个您说的派出所的电话肯定不是我们打的我们是云禾消费金融的正规客服不会冒充公检法您可以挂掉打我们官方电话核实"),
    # --- dialect, lawful
    ("dialect", "call", "", "坐席：郭生你好，我系恆信財務嘅客服，你呢期供款遲咗十日，如果手頭緊可以申請延期，唔使擔心。"),
    ("dialect", "call", "", "坐席：韦姐，你莫着急嘛，这个钱我们可以慢慢商量，你看每个月还好多合适，我帮你报上去。"),
    ("dialect", "call", "", "客户：你们再打我电话老子就去投诉你们\n坐席：大哥您消消气，您要投诉可以拨打银保监的热线，我这边也给您登记不再频繁来电。"),
    ("dialect", "call", "", "坐席：侬好，我是云禾消费金融个客服，侬这期账单过期五天了，侬方便个辰光还一下，有困难也可以讲。"),
    # --- traditional characters, lawful
    ("traditional", "sms", "", "【恆信財務】郭*先生，閣下本月供款港幣2,400元已逾期7日，請盡快經網上銀行繳付。如有查詢，請致電熱線。"),
    ("traditional", "sms", "", "【台灣晨光銀行】滕*君您好，您的信用卡帳款已逾期，本行可提供前置協商方案，請撥打客服專線洽詢。"),
    ("traditional", "email", "", "韋小姐：\n您好。本公司依法提醒，若逾期款項持續未清償，本公司得依法向法院聲請支付命令，並依規定通報聯合徵信中心。如已繳款，請忽略本通知。"),
    # --- WeChat chats, lawful
    ("wechat", "app", "", "郭先生您好，我是锦桥资产的专员小林，受云禾消费金融委托跟您对接还款。您这边方便的话我们约个时间电话聊，有困难也可以直接说。"),
    ("wechat", "app", "", "收到您发来的住院证明了，已经帮您提交延期申请，审核大概三个工作日，这期间我们不会再催您，先安心养病。"),
    ("wechat", "app", "", "韦女士，您说的减免罚息我这边没有权限答应您，我可以帮您向云禾那边申请，结果出来第一时间告诉您。"),
    # --- quoted case texts and press reports (the report is no collector's speech)
    ("case", "notice", "", "裁判文书摘录\n本院经审理查明：被告人张某受雇于某催收公司期间，多次向借款人发送“不还钱就去你家泼油漆”“把你照片发到你单位群里”等信息，并伙同他人到借款人住处滋扰。本院认为，被告人的行为构成催收非法债务罪。"),
    ("case", "email", "", "【沣州日报】记者调查：部分催收员冒充法院工作人员，以“明天上门抓人”“全家上征信黑名单”等话术恐吓借款人。律师提醒，欠款属民事纠纷，借款人可向监管部门投诉。"),
    ("case", "app", "", "消保小课堂｜收到“再不还款就通知你全部通讯录”的短信怎么办？保存证据，拨打金融消费者投诉热线，催收方无权向与债务无关的人透露你的欠款。"),
    ("case", "notice", "", "合规培训材料（内部）\n禁止用语示例：“你就是个老赖”“我们去你单位闹”“你会坐牢”。正确说法示例：“您的借款已逾期，请问今天方便处理吗？”违反者一律调离催收岗位。"),
    # --- lawful legal consequences, stated truthfully
    ("legal", "sms", "", "【云禾消费】滕*，您的借款合同纠纷已由我司向岚溪县人民法院提起诉讼，案号将由法院另行送达，请留意法院通知并按时应诉。"),
    ("legal", "call", "", "坐席：法院判决生效后如果您有能力还却一直不还，法院可以把您列入失信名单，限制高消费，这个是执行阶段的措施，跟坐牢不是一回事，您别担心。"),
    ("legal", "app", "", "【锦桥资产】温馨提示：逾期信息会依法报送征信，可能影响您今后办理贷款和信用卡，及时还款可以避免记录继续累积。"),
    ("legal", "notice", "", "岚溪县人民法院\n传票\n案号：（2026）沣0423民初1187号\n被传唤人：滕*\n传唤事由：借款合同纠纷开庭审理\n应到时间：2026年7月14日9时\n应到处所：本院第三审判庭"),
    # --- same-lender offers and lawful near-rollover talk
    ("offer", "sms", "", "【云禾消费】郭*，您可申请将剩余欠款转为个性化分期，最长60期，免收违约金，申请入口：App-我的-还款协商。"),
    ("offer", "call", "", "坐席：我们这边不建议您再去别的平台借钱来还，利息只会越滚越多，您先按能力还一部分，剩下的我帮您申请分期。"),
    ("offer", "app", "", "韦女士，您说打算把车卖了还钱，这个是您自己的决定，我们不做要求，分期方案也可以先了解一下再决定。"),
    # --- lawful third-party contact
    ("third", "call", "@", "坐席：您好，请问是郭*先生吗？\n第三方：打错了，我不认识这个人\n坐席：不好意思打扰您了，我们会把这个号码删除，再见。"),
    ("third", "sms", "@", "【云禾消费】您好，您被郭*先生登记为联系人，我们暂时联系不上他，麻烦您提醒他回电400-810-5520，谢谢。"),
    ("third", "app", "@", "您好，这里是锦桥资产，韦*女士留了您的电话作为备用联系方式，请问方便帮忙转告她查看一下短信吗？打扰了。"),
    # --- customers' own words, agent lawful
    ("customer", "call", "", "客户：你们这帮王八蛋天天打，再打我就去你们公司楼下拉横幅\n坐席：先生您的诉求我记下了，您可以拨打投诉电话，我们今天不会再联系您。"),
    ("customer", "app", "", "客户留言：你们不就是想逼死我吗，有本事去法院告我啊！\n客服回复：您好，我们理解您的压力，已为您转接协商专员，专员会在一个工作日内联系您商量方案。"),
    # --- near the categories
    ("near", "sms", "", "【云禾消费】郭*，您的账户已逾期，如持续未还，我司可能委托律师事务所或第三方机构依法催收，届时会另行告知委托机构名称。"),
    ("near", "call", "", "坐席：我们外访同事确实会在白天按您登记的地址寄送催收函，不会上门打扰您的家人，您放心。"),
    ("near", "sms", "", "【锦桥资产】韦*，您好，我们发现有人冒充我司名义发送“曝光通讯录”短信，我司从未发送此类信息，请勿理会并可向公安机关举报。"),
    ("near", "app", "", "您好，公安部门提醒：凡是自称“公检法”要求转账到“安全账户”的都是诈骗，欠款问题请直接联系您的借款平台官方客服。"),
    ("near", "call", "", "坐席：您说您朋友能借给您钱先还上，这个是您跟朋友之间的事，我们不建议也不要求，您量力而行就好。"),
    ("near", "notice", "", "还款提醒\n蓝*女士：\n您在云禾消费金融的借款已逾期，本提醒仅寄送您本人，未向您单位或亲属透露任何信息。请于7月31日前还款或联系我们协商。\n云禾消费金融贷后管理部"),
    ("near", "sms", "", "【速融帮】郭*，您已申请的展期服务已生效，新的还款日为8月15日，展期期间不影响您的征信记录。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WU", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
