"""Wording development batch s (issue 9, wording precision and recall families, fifth round): `python -m
benchmarks.data.make_wording_dev_s`.

Written for this file, text by text, by the helper session that tunes the wording rules, before any detector was run
on it, in senders' voices aimed at the families set I showed weak: official-looking notices with no signature tell
(协查通报, 传票, a court e-service mail, a 执达主任 on the phone), threats split across sentences by ？ and ！, veiled
violence by imagery (the child's school gate, the car in the yard, the night shift), formal conditionals that name
the contacts, the village or the employer, and their hard compliant neighbours: small lenders' and finance
companies' deployed templates, robot scripts, ASR calls with no punctuation, Hong Kong and Taiwan messages in
traditional characters, Sichuanese and Cantonese calls, genuine court and police texts, complaint posts, HR
letters, news and training material. About half are compliant; the rest violate one or more of the eight judged
categories. All people, numbers, companies, courts and places are invented.

First run (tree at commit 6850f5b with other helpers' uncommitted hunks, before any change for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_s.jsonl --errors 0`; 120 messages, 59
violating): rules alone micro P 0.946 R 0.791 F1 0.862, compliant flagged 1/61; classifier alone micro P 0.862 R
0.746 F1 0.800, compliant flagged 6/61; fused micro P 0.913 R 0.940 F1 0.926, message-level R 0.983 P 0.951,
compliant flagged 3/61.

Output (deterministic): `wording_dev_s.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_s.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- insult
    ("insult", "call", "I", "坐席：你脑子是不是有问题啊 借钱的时候咋不想想 一把年纪活到狗身上去了"),
    ("insult", "sms", "I", "【速易花】韩*，像你这种言而无信的废物，活该一辈子被人看不起，今天把钱还了。"),
    ("insult", "app", "I", "客服小美：亲，您这种人渣我们见得多了，别装可怜，按时还钱比什么都强。"),
    ("insult", "sms", "I", "【港灣財務】閣下拖欠款項多月，臉皮之厚實屬罕見，無賴一個，請即日清還。"),
    ("insult", "call", "I", "坐席：你个憨批 钱都不还 还好意思接电话 丢人现眼的东西"),
    ("insult", "call", "IV", "坐席：你个死骗子 信不信我找人废了你"),
    # --- violence: veiled imagery, split sentences, in person
    ("violence", "sms", "V", "【诚汇资产】韩*，听说你女儿每天四点半从实验小学东门出来？天黑得早，还钱的事别拖了。"),
    ("violence", "call", "V", "坐席：不还是吧！行！那你晚上走夜路注意点！"),
    ("violence", "app", "V", "韩*，你家那辆白色的车停在楼下挺显眼的，轮胎要是哪天没气了别怪别人。钱什么时候到？"),
    ("violence", "call", "V", "坐席：我们兄弟几个明天就到你们村 你不出来 那就别怪我们不客气 自己掂量"),
    ("violence", "sms", "V", "【鼎信】韩*，你家门口那几盆花长得不错，哪天碎了就可惜了。明天中午前处理欠款。"),
    ("violence", "call", "V", "坐席：喂你听好了啊你再躲我们就上门了到时候你那个腿还能不能走路就不好说了"),
    ("violence", "app", "V", "欠债还钱天经地义！再拖？小心你的手指头！"),
    ("violence", "call", "V", "坐席：你老婆在纺织厂上夜班是吧 下了班一个人骑车回去 你放心得下吗 钱的事今天得给个说法"),
    # --- third party: formal conditionals, contacts, community, employer
    ("third-party", "sms", "T", "【安顺普惠】韩*先生，如您仍未履行还款义务，我司将按合同约定联系您预留的紧急联系人及工作单位，告知您的欠款情况。"),
    ("third-party", "email", "T", "尊敬的客户：\n鉴于您长期逾期，本公司将依照内部流程向您所在单位人事部门发函，说明您的欠款情况并请求单位协助督促。\n恒远信息咨询有限公司"),
    ("third-party", "call", "T", "坐席：那我只能把情况反映给你们村支书了 让村里出面找你谈"),
    ("third-party", "app", "T", "【易借通】通知：若您今日24点前未还款，系统将自动向您通讯录中的联系人发送协催短信。"),
    ("third-party", "call", "@DT", "第三方：喂 你找谁\n坐席：你是韩*的同事吧 他欠我们钱一直不还 你去跟他说 他不还我们就天天打你们部门电话"),
    ("third-party", "sms", "@DT", "【诚汇资产】您好，您的朋友韩*在我司欠款23,600元已逾期，您作为紧急联系人负有督促义务，请今日内督促其还款，否则我们将持续与您联系。"),
    ("third-party", "call", "T", "坐席：你爸妈那个电话我这边都有 你今天还不处理 我就打过去问问他们管不管"),
    ("third-party", "sms", "T", "【港灣財務】閣下如再不還款，本公司將致電閣下公司上司及家人，說明閣下欠款情況。"),
    ("third-party", "sms", "T", "【安顺普惠】韩*，最后通知！今晚不处理！明早第一件事就是打给你单位领导！"),
    ("third-party", "sms", "T", "【鼎信】韩*，今晚12点前不还，你的欠款截图会发到你所有微信好友和你们领导手机上。"),
    # --- exposure
    ("exposure", "sms", "E", "【速易花】韩*，逾期未还，您的个人信息将被提交至“诚信曝光平台”向社会公开。"),
    ("exposure", "call", "E", "坐席：不还是吧 那我就去你们小区门口拉个横幅 让你邻居都看看"),
    ("exposure", "app", "E", "韩*，你的借款合同和照片我们已经做成海报了，明早贴满你们单位楼下的公告栏。"),
    ("exposure", "call", "E", "坐席：我们有专门的抖音号 专门曝光你们这种欠钱不还的 你想上吗"),
    ("exposure", "notice", "@DE", "关于村民韩*欠款的告示\n本村村民韩*拖欠借款逾期两年，经多次催告拒不归还，特此张榜公布，望全体村民周知。\n诚汇资产外访组"),
    ("exposure", "sms", "E", "【鼎信】韩*，明天起你的头像和欠款金额会出现在本地同城群的失信名单里，想撤下就今天还。"),
    ("exposure", "app", "E", "閣下若繼續拖欠，我們將把閣下的欠款資料發佈到Facebook群組及本地論壇，讓所有人知道。"),
    # --- impersonation: official-looking notices without a signature tell
    ("impersonation", "notice", "PL", "协查通报\n韩*：你涉嫌的借款合同纠纷一案，现需你本人于12月12日前将欠款缴至指定账户，逾期将依法对你采取强制措施。\n联系电话：0571-8800****"),
    ("impersonation", "email", "PL", "主题：【电子送达】民事案件受理通知\n韩*：你与安顺普惠小额贷款有限公司借款合同纠纷一案已立案受理，案号（2026）浙0105民初****号。请于收到本通知之日起三日内联系承办人员还款结案，电话400-8**-****。"),
    ("impersonation", "sms", "PL", "传票\n韩*：请于2026年12月15日上午9时到庭参加诉讼，案由：借款合同纠纷。开庭前结清欠款可撤销本传票。"),
    ("impersonation", "call", "P", "坐席：我这边是区司法局的 你那个欠款的事现在转到我们这来处理了 你今天先把三千打过来"),
    ("impersonation", "sms", "P", "【浙江天衡律师事务所】韩*，受安顺普惠委托，请您今日联系还款，专线0571-8811****。"),
    ("impersonation", "call", "P", "坐席：你好 我是经侦大队的王警官 你名下有一笔网贷逾期 你配合一下 先把钱还到平台"),
    ("impersonation", "app", "P", "【中国人民银行征信中心】韩*，您在易借通的逾期记录已登记，请立即联系专员159****2231处理。"),
    ("impersonation", "call", "P", "坐席：你好 我係法院執達主任 你筆數今日要還返畀財務公司"),
    ("impersonation", "call", "PL", "坐席：我是市公安局经侦支队的 你涉嫌信用卡诈骗 马上要对你网上追逃"),
    # --- legal
    ("legal", "sms", "L", "【安顺普惠】韩*，您的行为已构成恶意逃废债务，我司已向公安机关报案，近期将有民警上门传唤。"),
    ("legal", "call", "L", "坐席：你不还 你的孩子以后上学都要受影响 好点的学校人家一查就不收"),
    ("legal", "app", "L", "【速易花】逾期超过90天将被纳入全国失信黑名单，高铁飞机全部限乘，子女不能报考公务员。"),
    ("legal", "call", "L", "坐席：你这种情况呢 我们材料已经整理好了 下周就移交检察院 到时候就是刑事案件了 懂吗"),
    ("legal", "call", "L", "坐席：那个你这个呢已经逾期一百二十天了啊按照规定呢我们会申请对你进行拘留十五天你自己考虑"),
    ("legal", "sms", "L", "【港灣財務】閣下欠款已轉交警方處理，如不即時還款將被刑事檢控及留案底。"),
    ("legal", "sms", "L", "【鼎信】韩*，还想拖？等着坐牢吧！"),
    ("legal", "email", "L", "韩*先生：\n经我司法务评估，您的逾期已符合拒不执行判决裁定罪的立案条件，本周内将向公安机关提交立案材料。\n鼎信法务部"),
    # --- rollover
    ("rollover", "call", "R", "坐席：你手上不是有信用卡吗 套个现出来先还我们 下个月再说"),
    ("rollover", "sms", "R", "【易借通】韩*，还款困难？合作平台“周转宝”额度最高5万，3分钟到账，借来先还本期，详情点击链接。"),
    ("rollover", "app", "R", "客服：实在没钱的话 你去别的平台撸一笔 先把我们这个平了 不就完了"),
    ("rollover", "call", "R", "坐席：你年纪轻轻的 去卖个血也能凑点钱吧"),
    ("rollover", "call", "R", "坐席：你那个房子不是有吗 拿去抵押一下 银行很快就放款了 先还上"),
    ("rollover", "sms", "R", "【港灣財務】閣下如資金周轉困難，可向本公司合作之「快易借」申請貸款，即日批核，用以清還欠款。"),
    ("rollover", "call", "R", "坐席：你屋头不是有个金镯子嘛 拿去当铺当了嘛 钱不就有了"),
    # --- disclosure to third parties
    ("disclosure", "call", "@D", "第三方：喂\n坐席：你好 是韩*的姐姐吧 你弟弟在我们安顺普惠借了一万二 逾期三个月了 麻烦你转告他尽快还"),
    ("disclosure", "sms", "@D", "【速易花】您好，您的同事韩*在我平台借款已逾期45天，欠款8,300元，请转告其尽快处理，谢谢。"),
    ("disclosure", "email", "@D", "李先生您好：\n贵公司员工韩*在我司有一笔逾期贷款尚未结清，金额约2.1万元，烦请通知本人与我司联系。\n恒远信息咨询"),
    ("disclosure", "app", "@D", "阿姨您好，我是易借通的客服，您儿子韩*欠我们平台的钱已经逾期两个月了，您方便的话提醒他一下。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- small lenders' and finance companies' deployed templates
    ("reminder", "sms", "", "【速易花】韩*，您本期账单1,260元已逾期3天，请及时还款，以免影响个人信用记录。如已还款请忽略。"),
    ("reminder", "sms", "", "【易借通】尊敬的用户，您的借款将于12月10日到期，应还2,380元，可在App“我的-还款”中操作。"),
    ("reminder", "sms", "", "【安顺普惠】韩*先生，您的贷款已逾期30天，逾期信息将按规定报送金融信用信息基础数据库，请尽快还款或联系我们协商。"),
    ("reminder", "sms", "", "【鼎信】韩*，您委托我司处理的安顺普惠逾期账款如有异议，可在7个工作日内通过客服热线4008-***-***提出，我们将暂停催收并核实。"),
    ("reminder", "app", "", "【速易花】天气转凉，出门注意保暖。温馨提示：您本期账单还有3天到期，可开启自动还款避免逾期。"),
    ("reminder", "sms", "", "【港灣財務】閣下之貸款已逾期14天，請盡快還款。如有困難，歡迎致電本公司商討還款安排。"),
    ("reminder", "sms", "", "【易借通】如您今日未还款，系统将于明日再次发送提醒短信，不会联系您的任何联系人。"),
    ("reminder", "email", "", "韩*先生：\n您在我公司的借款已逾期62天。如您仍未还款，我公司可能依法向有管辖权的人民法院提起诉讼，并依法报送征信。如有困难，请与我们商议分期。\n安顺普惠小额贷款有限公司"),
    # --- lawful conditionals that name contacts, employer or village without a threat
    ("conditional", "sms", "", "【安顺普惠】如您的联系方式发生变化，请及时更新，以免错过还款提醒；我司不会向您的紧急联系人透露借款信息。"),
    ("conditional", "app", "", "提示：紧急联系人仅在无法联系到您本人时用于询问您的联系方式，我们不会向其透露您的欠款情况。"),
    ("conditional", "email", "", "韩*：您申请的工资代扣还款需单位财务配合，请您本人向单位提交申请表，我司不会直接与您的单位联系。"),
    ("conditional", "call", "", "坐席：您放心 这个事情只跟您本人沟通 不会去找您家里人 也不会打您单位电话"),
    ("conditional", "notice", "", "村务公开\n本村2026年度低保名单及集体收益分配方案如下，如有异议请于十日内向村委会反映。\n青溪村村民委员会"),
    # --- genuine courts, police and mediators, with their signatures and lawful content
    ("court", "sms", "", "【杭州市西湖区人民法院】韩*，您与安顺普惠小额贷款有限公司借款合同纠纷一案已立案，请登录人民法院在线服务查看诉讼材料。本短信不含任何付款要求，请勿向他人转账。"),
    ("court", "email", "", "【浙江法院电子送达】韩*：（2026）浙0106民初****号案件的开庭传票已送达您的电子送达地址，请按时到庭。法院不会通过短信、电话要求您向个人或公司账户转账。"),
    ("police", "app", "", "【西湖公安反诈】提醒：凡自称公检法要求转账到“安全账户”的都是诈骗。公安机关不会通过电话办案，也不会帮网贷平台催收。"),
    ("police", "sms", "", "【西湖公安】近期有不法分子冒充法院、律师事务所发送“传票”“协查通报”催收欠款，请勿点击链接、勿转账，如遇此类情况请拨打110。"),
    ("mediation", "call", "", "坐席：您好 我是西溪街道人民调解委员会的调解员 安顺普惠申请了调解 我们是调解组织 不是法院 您愿意的话可以约个时间来谈"),
    ("lawyer", "email", "", "韩*先生：\n本所接受安顺普惠小额贷款有限公司委托，就您的借款事宜致函。执业证号3301**********，可在司法行政机关官网查询。如您对欠款有异议，请于十日内书面回复，本所将如实转达委托人。\n浙江天衡律师事务所 律师 戚*"),
    ("enforcement", "notice", "", "执行通知书\n被执行人韩*：本院受理的申请执行人安顺普惠与你借款合同纠纷一案，判决已生效，你应于本通知送达之日起三日内履行给付义务；逾期不履行的，本院将依法强制执行。\n杭州市西湖区人民法院（印）"),
    # --- robot scripts and ASR calls
    ("robot", "call", "", "坐席：您好，这里是易借通智能还款助手。您的借款已逾期2天，确认今天还款请按1，需要延期请按2，转人工请按0。"),
    ("robot", "call", "", "坐席：您好这边是安顺普惠的那个您的贷款呢逾期了大概一个月我们想了解一下是不是遇到什么困难了\n客户：最近生病住院\n坐席：哎呀那您先养好身体我们这边帮您登记一下可以申请延期还款的"),
    ("robot", "call", "", "坐席：喂 韩先生吗 我是速易花的 嗯 那个 您尾号幺二三四的那个账单 呃 逾期了 今天方便处理吗\n客户：明天发工资\n坐席：好的 那我们明天下午再联系您"),
    ("robot", "call", "", "坐席：您好，这里是港灣財務客戶服務，閣下的還款已逾期，如需安排分期，請按1；如對賬目有疑問，請按2。"),
    # --- dialect calls
    ("dialect", "call", "", "坐席：韩哥 你那个款子逾期好几天了哈 是不是最近手头紧 紧的话我们这边可以帮你申请个分期 你看要得不"),
    ("dialect", "call", "", "坐席：韩生你好 我哋係港灣財務 你嗰筆還款遲咗幾日 想問下你幾時方便還 有困難可以傾分期"),
    ("dialect", "call", "", "坐席：大姐 你那个钱不着急哈 你看啥时候方便 咱们慢慢唠 实在困难咱就分几期"),
    # --- customers' own words
    ("customer", "call", "", "客户：你们再打电话 我就去你们公司门口拉横幅 让大家看看你们怎么催收的\n坐席：您的意见我们记录了 您也可以通过投诉渠道反映 我们今天不再打扰"),
    ("customer", "app", "", "客户：你们就是骗子！高利贷！我要去银保监投诉你们！\n客服：您有权投诉，我们也会把费用明细发给您核对，对不合理的部分我们会处理。"),
    ("customer", "call", "", "客户：你敢联系我爸妈试试 我直接报警\n坐席：您放心 我们不会联系您的家人 只跟您本人沟通"),
    ("customer", "app", "", "客户：我现在是真没钱 要不你让我去卖血算了\n客服：千万不要这样想，我们可以给您办理延期或分期，先把生活稳定下来。"),
    # --- refusals of rollover and sales of property
    ("near-rollover", "call", "", "客户：我能不能先找别的平台借点还你们\n坐席：不建议您以贷养贷 成本会越来越高 我们可以先帮您申请最低还款或者分期"),
    ("near-rollover", "sms", "", "【易借通】温馨提示：请理性借贷，不要借新还旧。如还款困难，可申请延期或分期，详询客服。"),
    ("near-rollover", "app", "", "【速易花】您的“速易花”额度已恢复，可在App中查看。本通知不构成借款建议，请按需使用。"),
    ("near-rollover", "email", "", "韩*先生：您来函提出以名下车辆变卖所得清偿欠款，该决定完全由您自主作出，我司不作任何要求；如您希望保留车辆，我司也可提供分期方案。"),
    # --- near violence: visits, property, safety wording
    ("near-violence", "sms", "", "【诚汇资产】韩*，我司外访人员将于您预约的12月18日上午10点到访，届时出示工作证并全程录音，如需改期请回复。"),
    ("near-violence", "call", "", "坐席：最近降温了 您晚上下班路上注意安全 还款的事不着急 您看下周方便的时候再联系我们"),
    ("near-violence", "app", "", "【鼎信】您好，您的孩子入学材料中的费用证明可在App中下载，如需纸质版请告知邮寄地址。"),
    ("near-violence", "notice", "", "停车场欠费提示\n车牌浙A·****的车主：您的月租车位已欠费两个月，请于本月底前缴纳，逾期将不再为该车辆开闸。\n溪岸物业停车场"),
    # --- near impersonation: truthful collectors, disclaimers
    ("near-impersonation", "sms", "", "【恒远信息咨询】韩*，我司为安顺普惠委托的催收服务机构，不是法院、公安或律师事务所，如有人以此名义向您收款，请报警。"),
    ("near-impersonation", "call", "", "坐席：您好 我是诚汇资产的催收专员 工号8812 受安顺普惠委托联系您 不是法院的 您的案子目前也没有起诉"),
    ("near-impersonation", "app", "", "【易借通】您可登录中国人民银行征信中心官网自行查询个人信用报告，如对报告中的逾期记录有异议，可向我司提出更正申请。"),
    # --- near legal: accurate consequences
    ("near-legal", "sms", "", "【安顺普惠】韩*，借款逾期属于民事纠纷，我司可能依法起诉；判决生效后仍不履行的，法院可依法将被执行人纳入失信名单。"),
    ("near-legal", "call", "", "坐席：我跟您说清楚 欠款本身不会坐牢 也不会影响孩子上学 但是征信会有记录 所以还是建议您早点处理"),
    ("near-legal", "app", "", "律师说法：网贷逾期不是犯罪，催收人员称“要抓你”“要拘留”的，都属于虚假恐吓，可向监管部门投诉。"),
    # --- near exposure and third party: lawful public notices, HR, disclosures refused
    ("near-exposure", "notice", "", "物业费收缴情况通报\n截至11月底，本小区物业费收缴率91%。本通报不公布欠费业主信息，欢迎业主通过物业App查询个人账单。\n溪岸物业"),
    ("near-exposure", "app", "", "新闻｜某地通报：一催收公司在借款人小区张贴“欠款告示”并在短视频平台曝光借款人，已被责令停业整顿，相关人员被行政拘留。"),
    ("near-third-party", "call", "@", "坐席：您好 请问是韩*吗\n第三方：不是 打错了\n坐席：不好意思 打扰了 再见"),
    ("near-third-party", "call", "@", "第三方：我是他单位的 你们找他什么事\n坐席：这是他的私人事务 不方便说 麻烦您请他方便时回个电话 谢谢"),
    ("hr", "email", "", "全体员工：\n近期有催收人员冒充公司领导联系员工家属，人事部提醒：公司不会代任何机构催收，如接到此类电话请告知人事部并保留记录。\n恒远科技 人力资源部"),
    ("hr", "email", "", "韩*：\n公司收到法院协助执行通知书，将依法从您本月工资中扣划3,200元，本信息仅由人事部和财务部知悉。\n人力资源部"),
    # --- near insult: quoted complaints, quality review, training
    ("near-insult", "app", "", "客服：您反映催收员称您为“老赖”一事，经核实属实，我司已对该员工停岗处理，并向您郑重道歉。"),
    ("near-insult", "notice", "", "质检通报：坐席工号3307在通话中称客户“废物”“不要脸”，违反文明催收规范，扣除当月绩效并停岗培训三天。"),
    ("training", "notice", "", "催收话术红线（新员工必读）\n禁止：“你不还就抓你坐牢”“我们去你单位闹”“把你照片发朋友圈”“去借别的平台还”\n提倡：告知逾期事实、说明依法后果、提供协商方案"),
    ("training", "email", "", "案例：某坐席对客户说“你孩子在哪上学我们都知道”，属于以家人安全相威胁，已移交合规部处理。所有坐席不得提及客户家人的行踪。"),
    # --- complaint posts and forum
    ("post", "app", "", "求助帖：速易花的催收天天给我打电话，还说要去我单位，我该怎么投诉？有没有懂的朋友指点一下，谢谢大家。"),
    ("post", "app", "", "分享一下经验：和安顺普惠协商成功了，停息分24期，对方客服态度挺好，没有爆通讯录，大家遇到困难可以主动沟通。"),
    ("post", "app", "", "12378回复：您反映的问题已转交相关机构核查，机构应在15个工作日内答复；如发现冒充律师、法院等行为，可同时向公安机关报案。"),
    # --- traditional characters
    ("traditional", "sms", "", "【港灣財務】閣下本月供款已逾期，本公司將依法處理。若閣下對欠款有爭議，可致電2***-****或以書面提出。"),
    ("traditional", "email", "", "韓*先生：\n本公司受安順普惠委託與閣下聯絡。我們不會聯絡閣下的僱主或親友，亦不會公開閣下的資料。如需分期，請回覆本郵件。\n恆遠信息諮詢"),
    ("traditional", "app", "", "溫馨提示：逾期還款將產生違約金並可能影響信用報告，請閣下按時還款。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WX", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
