"""Wording development batch r2 (issue 9, wording precision, fourth round, half-way): `python -m
benchmarks.data.make_wording_dev_r2`.

Written for this file, text by text, by the helper session that tunes lawful voices, after batch r's first fixes and
before any detector was run on it, in voices batch r does not hold: arbitration and 公告送达 notices, 司法确认
rulings, banks' formal 催收函 with a lawful-consequence paragraph, 12378 hotline replies, neighbourhood mediators and
grid workers, heating, parking and housing-fund arrears, kindergarten fees, ride-hailing car rentals, pawn shops'
forfeiture notices, union hardship loans, a TV consumer programme's transcript, debtors' forum posts, Taiwanese
letters in traditional characters, Cantonese and Sichuanese calls. About two thirds are hard compliant messages; the
rest violate one or more of the eight judged categories in the same voices. All people, numbers, companies, courts
and places are invented.

First run (tree at commit 5e1b546, with batch r's fixes and other helpers' uncommitted hunks, before any change for
this batch; `python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_r2.jsonl --errors
0`; 62 messages, 21 violating): rules alone micro P 0.636 R 0.875 F1 0.737, compliant flagged 6/41; classifier alone
micro P 0.889 R 0.667 F1 0.762, compliant flagged 2/41; fused micro P 0.657 R 0.958 F1 0.780, message-level R 0.952
P 0.769, compliant flagged 6/41.

Output (deterministic): `wording_dev_r2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_r2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "notice", "L", "催收函\n祁*：您在我行的信用贷款已逾期120天。依据相关规定，逾期超过90天即视为诈骗，我行已将您的资料提交公安机关，如七日内不归还，将依法对您刑事拘留。\n栖霞农村商业银行"),
    ("legal", "call", "L", "坐席：典当行跟你讲 你这个当票过期了还不来赎 我们就报警说你骗当 警察会直接去你家铐人"),
    ("legal", "app", "L", "【拾光分期】祁*，您的逾期已触发“全国失信联合惩戒”，您的子女将不能就读公办学校，家人名下房产将被查封。"),
    ("impersonation", "sms", "P", "【栖霞仲裁委员会】祁*，你与拾光分期纠纷已裁决，请于今日内向拾光分期还清全部欠款，否则本委将移送法院强制执行。"),
    ("impersonation", "call", "P", "坐席：你好 我是东湖街道司法所的 你那个网贷的事平台委托我们来调解 今天之内你必须先还一半"),
    ("impersonation", "app", "PL", "【栖霞市公安局经侦支队】祁*，你涉嫌恶意逃废债一案已立案，请立即联系拾光分期还款并回传凭证。"),
    ("violence", "call", "V", "坐席：你欠的供暖费不交 你家暖气我们给你掐了 这大冬天的 冻出个好歹别来找我们"),
    ("violence", "app", "V", "車行：租車錢再拖，我們的人會去你租屋處把車開走，順便跟你算算帳，你最好別在家。"),
    ("violence", "call", "V", "坐席：你龟儿子再躲 老子晓得你屋头住哪点 今天晚上就来找你 看你跑得脱不"),
    ("third-party", "call", "T", "坐席：幼儿园那边我们也会去一趟 跟老师说说你家长欠钱的事 让你孩子在学校也抬不起头"),
    ("third-party", "sms", "T", "【拾光分期】祁*，若今日仍未还款，系统将自动向您的紧急联系人及通讯录好友发送催收提醒。"),
    ("third-party", "call", "@DT", "坐席：您是祁*的老板吧 他欠我们网贷两万 您要是不管 我们就每天打您公司座机\n第三方：这是他个人的事"),
    ("exposure", "app", "E", "【拾光分期】您的逾期信息将在本地电视台“诚信曝光”栏目播出，请于播出前结清。"),
    ("exposure", "notice", "@DE", "欠費公告\n本社區B棟12樓祁*，積欠管理費及停車費共新台幣38,400元，經多次催繳未果，特此公告。\n翠湖社區管理委員會"),
    ("exposure", "call", "E", "坐席：我哋會將你嘅欠款資料印成單張 喺你公司樓下同你屋企樓下派 畀晒啲街坊睇"),
    ("rollover", "call", "R", "坐席：你公积金里不是还有钱吗 去申请个公积金贷款 或者找那种小额贷先周转一下 把我们这个平了"),
    ("rollover", "app", "R", "【拾光分期】额度不够还款？推荐您使用合作平台“快易借”，新用户最高可借5万，借款直接用于结清本平台欠款。"),
    ("insult", "call", "I", "坐席：你这种老赖 连幼儿园的钱都欠 当什么爹 丢人现眼"),
    ("insult", "app", "I", "車行客服：你這種沒信用的爛人，租車不付錢，跟小偷有什麼兩樣？"),
    ("disclosure", "call", "@D", "坐席：您好 是祁*的爱人吧 他在拾光分期那笔欠款已经逾期四个月了 一共一万八 您知道吧"),
    ("disclosure", "sms", "@D", "【栖霞农村商业银行】尊敬的祁*家属，祁*在我行贷款本息合计62,300元已逾期，请督促其尽快归还。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- arbitration, public service, judicial confirmation
    ("tribunal", "notice", "", "仲裁通知书\n栖仲网字〔2026〕第1187号\n被申请人：祁*\n申请人拾光分期科技有限公司与你借款合同纠纷一案，本委已依法受理。请于收到本通知之日起十日内提交答辩书及证据，逾期不影响仲裁程序进行。\n栖霞仲裁委员会"),
    ("tribunal", "notice", "", "公告\n祁*：本院受理原告栖霞农村商业银行诉你金融借款合同纠纷一案，因你下落不明，依法向你公告送达起诉状副本、应诉通知书及开庭传票。自公告之日起经过三十日即视为送达。\n栖霞市东湖区人民法院"),
    ("tribunal", "notice", "", "民事裁定书\n申请人拾光分期科技有限公司与被申请人祁*经东湖街道人民调解委员会主持调解达成协议，共同申请司法确认。本院经审查认为，该调解协议符合司法确认条件，裁定调解协议有效。一方拒绝履行的，对方可向本院申请强制执行。"),
    ("tribunal", "sms", "", "【栖霞市东湖区人民法院】祁*，你的执行案件已执行完毕，本院已解除对你的限制消费措施并屏蔽失信信息。"),
    # --- banks' formal collection letters
    ("bank", "notice", "", "催收函\n祁*先生：\n截至2026年11月30日，您在我行的个人经营贷款尚欠本金85,000元、利息2,310元，已逾期62天。请于2026年12月20日前归还。如您未按期履行，我行将依据借款合同及法律规定采取包括提起诉讼在内的措施维护权益。如有异议，请在收到本函后十日内书面提出。联系电话：0571-8********\n栖霞农村商业银行"),
    ("bank", "email", "", "祁先生：\n根据地方延期还本付息支持政策，符合条件的小微企业主可申请延期还本。您的申请材料已收齐，审批期间暂不计收逾期罚息，审批结果将于五个工作日内告知。\n栖霞农村商业银行 普惠金融部"),
    ("bank", "call", "", "坐席：祁先生您好 这里是栖霞农商行 您经营贷有一期逾期了 我们知道最近生意不好做 行里有个续贷和延期的政策 您要不要先了解一下 不用急着今天定"),
    # --- hotline replies and regulators
    ("regulator", "email", "", "祁*先生：\n您通过12378热线反映拾光分期催收人员向您亲属透露债务信息的问题，已转该机构处理。经核实，该机构承认存在违规行为，已对相关人员作出处理并向您致歉。如对处理结果不满意，可依法申请调解或提起诉讼。\n栖霞金融监管分局 消费者权益保护处"),
    ("regulator", "app", "", "【金融消保】“代理维权”“代理投诉”黑产以帮您“减免债务”“停息挂账”为名收取高额费用，甚至诱导您伪造材料，请通过官方渠道反映诉求。"),
    # --- neighbourhood mediators and grid workers
    ("community", "call", "", "坐席：祁大哥 我是东湖街道人民调解委员会的老周 银行那边申请了调解 调不调您说了算 您要是愿意 下周二上午来社区坐坐 咱们当面说"),
    ("community", "app", "", "网格员：祁叔，社区通知：本周六上午在活动室办“防范非法集资和电信诈骗”讲座，有空来听听，还发大米。"),
    ("community", "app", "", "网格员：祁叔您好，供热公司托我问一下，您家今年的暖气费还没缴，是不是家里有困难？社区可以帮您申请低保户减免。"),
    # --- heating, parking, housing fund, kindergarten
    ("fees", "sms", "", "【栖霞热力】尊敬的用户，您2026-2027采暖季供暖费2,148元尚未缴纳，请于12月15日前缴费。如对计费面积有异议，可携带房产证到营业厅核对。"),
    ("fees", "notice", "", "车位管理费催缴通知\n地下车位B2-076车主：您2026年度车位管理费1,200元尚未缴纳，请于本月底前缴纳。逾期未缴的，物业将依据车位管理协议暂停道闸自动识别，改为人工登记出入。\n翠湖物业"),
    ("fees", "sms", "", "【栖霞公积金中心】祁*，您的公积金贷款已连续逾期2期，请尽快归还。连续逾期可能影响您的个人征信，中心将依合同约定采取相应措施，如有困难请到中心申请调整还款计划。"),
    ("fees", "app", "", "幼儿园老师：祁一一爸爸您好，下学期保育费可以分两次交，园里有困难家庭减免政策，需要的话我私下把申请表发您，不会在群里说的。"),
    ("fees", "app", "", "【栖霞市第三幼儿园】各位家长：2027年春季学期保育费缴费通道已开通，请于2月20日前通过“智慧缴费”完成缴纳，未按时缴费的请与班主任联系说明情况。"),
    # --- ride-hailing car rental, pawn shop, union
    ("rental", "app", "", "【驰途车服】祁师傅，您本周车辆租金1,050元未付，已逾期2天，请在司机端完成支付。连续逾期7天，依据租赁合同我司可解除合同并收回车辆，收回前会电话通知您。"),
    ("rental", "call", "", "坐席：祁师傅 车队这边提醒一下 这周租金还没交 我知道这周单子少 要不这样 先交一半 剩下的下周跟着交 您看行不行"),
    ("pawn", "notice", "", "绝当通知书\n祁*：您于2026年9月12日在本行典当的黄金首饰一批（当票号0008817），当期及续当期已届满且逾期未赎满五日，依据《典当管理办法》第四十条已成为绝当物品，本行将依法处分。如有异议请于七日内到店沟通。\n栖霞宝瑞典当行"),
    ("union", "email", "", "祁*同志：\n您向工会申请的困难职工互助借款5,000元已到期，工会理解您的处境，经研究同意延期六个月归还，无需支付任何利息。\n栖霞机械厂工会委员会"),
    # --- a TV consumer programme and forum posts
    ("media", "notice", "", "《消费者之声》节目实录\n主持人：有观众反映，催收员说不还钱就要“上门拉横幅、发到村里大喇叭”，这种说法合法吗？\n律师：不合法。这属于以曝光相威胁，侵犯隐私和名誉，遇到可以录音并向监管部门投诉，情节严重的可以报警。"),
    ("media", "app", "", "网友帖：我刷了三张信用卡还网贷，结果越欠越多。后来主动给银行打电话申请个性化分期，现在每月还两千多，总算能喘口气。大家千万别以贷养贷。"),
    ("media", "app", "", "网友帖：收到一条自称“东湖法院”的短信说我要被拘留，我上中国审判流程信息公开网一查，根本没有案件，打12368确认是诈骗。提醒大家先核实再说。"),
    ("media", "app", "", "网友帖：催收打电话骂我是老赖，还说要打给我单位，我录音投诉到12378，三天后平台客服打电话道歉，那个人再也没打来过。"),
    # --- Taiwanese letters and Cantonese, Sichuanese calls
    ("taiwan", "email", "", "祁先生您好：\n本公司受拾光國際融資委託，就您的分期款項與您聯繫。依《債務催收業務管理規定》，本公司不會向您的親友、雇主透露債務內容，亦不會於晚間九時後聯繫。如對金額有疑義，請於十日內以書面提出。\n翠湖資產管理股份有限公司"),
    ("taiwan", "notice", "", "支付命令\n債務人祁*：債權人拾光國際融資聲請對您發支付命令。您如對債權人之請求有異議，應於支付命令送達後二十日之不變期間內提出，逾期未異議者，支付命令得為執行名義。\n栖霞地方法院民事庭"),
    ("taiwan", "app", "", "【拾光分期】祁先生您好，提醒您本期帳單已逾期5日，請儘速繳納以免產生違約金。若經濟困難，歡迎來電申請協商分期，我們會依您的狀況調整。"),
    ("cantonese", "call", "", "坐席：祁生你好 我係拾光分期嘅 你呢期分期遲咗幾日 想問下你係咪有啲困難 我哋可以幫你申請延期㗎"),
    ("cantonese", "call", "", "客户：你哋再打嚟我就報警 告你哋騷擾\n坐席：明白 祁生 你有權報警 我哋會記錄低 之後只會用短信聯絡你"),
    ("sichuan", "call", "", "坐席：祁哥 你那个款子拖了两个月了哈 我晓得你最近手头紧 我们这边可以帮你申请分期 一个月少还点 你看要得不"),
    # --- robots, customers, near misses
    ("robot", "call", "", "坐席：您好，这里是拾光分期智能语音。您本期账单已逾期，如需申请延期请按1，查询还款金额请按2，对欠款有异议请按3，人工服务请按0。"),
    ("customer", "app", "", "客户：你们这帮放高利贷的，再打我电话我就去网上曝光你们，让大家都看看你们的嘴脸！\n客服：您的意见我们已记录，如对利息有疑问，我们可以为您逐笔核对。"),
    ("near-legal", "call", "", "坐席：祁先生 如果一直没有还款 行里会走诉讼 判决以后还是不履行的 法院可以把您列入失信被执行人 这些都是法院依法做的 我们不希望走到那一步"),
    ("near-legal", "sms", "", "【拾光分期】祁*，您的逾期记录已依法报送征信系统，结清后将更新为已结清状态，不良记录自结清之日起保存五年。"),
    ("near-impersonation", "call", "", "坐席：先说明一下 我是拾光分期委托的翠湖资产的 不是法院也不是公安 打这个电话是想跟您商量还款"),
    ("near-violence", "sms", "", "【驰途车服】祁师傅，因您连续逾期已依约解除租赁合同，车辆将于12月18日由我司工作人员在您登记的停车场收回，车内私人物品请提前取出。"),
    ("near-third-party", "call", "@", "坐席：您好 请问是祁*家吗\n第三方：他出去了\n坐席：好的 麻烦您让他方便时回个电话 就说是拾光分期的 谢谢"),
    ("near-exposure", "notice", "", "翠湖物业公示\n本季度物业费收缴率91%，未缴户数27户。未缴业主请尽快到服务中心缴纳，本公示不公布具体房号和姓名。"),
    ("near-rollover", "app", "", "客服：您问能不能用公积金还我们的欠款，公积金只能按规定用途提取，我们不建议您为还款去借其他贷款，可以先申请延期。"),
    ("near-insult", "call", "", "客户：你们就是一群骗子 吸血鬼\n坐席：祁先生 我理解您现在很生气 我们今天不谈还款 您哪天心情好了我们再联系"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WT2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
