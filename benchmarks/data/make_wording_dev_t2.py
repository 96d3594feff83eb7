"""Wording development batch t2 (issue 9, wording precision, fifth round, second half): `python -m
benchmarks.data.make_wording_dev_t2`.

Written for this file, text by text, by the helper session that tunes lawful voices, halfway through its round and
before any detector was run on it, in registers batch t has little of: car-loan repossession and GPS notices, phone
instalment (租机) reminders, telecom and hospital arrears, P2P wind-down notices, court auctions (司法拍卖) and
mortgage default explained, personal-bankruptcy and debt-advice columns, spouses' and heirs' liability explained,
genuine lawyers' letters naming licence and client, a collection team's internal chat, staff loan notices, legal-aid
answers, live-stream and short-video scripts about collection, and the same in violating voices. About two thirds
are compliant. All people, numbers, companies, courts and places are invented.

First run (clean tree at commit ac679f9, before any change for this batch; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_t2.jsonl --errors 0`; 60 messages, 20 violating): rules alone micro
P 0.636 R 0.636 F1 0.636, compliant flagged 4/40; classifier alone micro P 1.000 R 0.682 F1 0.811, compliant flagged
0/40; fused micro P 0.692 R 0.818 F1 0.750, message-level R 0.850 P 0.810, compliant flagged 4/40 (10%). Two labels
were corrected after that run, both the writer's slips on violating messages: the call to the debtor's son that names
the hospital debt also discloses it (WV2-005, D added), and the telecom text to the debtor's family was marked as sent
to the debtor (WV2-016, now to a third party).

Output (deterministic): `wording_dev_t2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("car", "call", "V", "坐席：你那个车GPS我们一直看着呢 今晚停哪儿我们都知道 不还钱 车和人我们一起请走"),
    ("car", "sms", "R", "【驰远汽车金融】严*，本月月供可先在“快车贷”申请车抵贷周转，当日放款，请勿逾期。"),
    ("phone", "app", "E", "【乐租机】严*，您的租机欠款不处理，我们将把您的借款照片和身份证发到您的微博评论区。"),
    ("telecom", "call", "L", "坐席：你这个宽带费欠了三个月 再不交就列入全国电信黑名单 以后你家孩子上学都办不了手机号"),
    ("hospital", "call", "@DT", "坐席：你是冯*的儿子吧 你爸住院的钱欠了医院八千 你做儿子的今天不来结 我们就去你单位找你领导\n第三方：我在上班"),
    ("p2p", "sms", "P", "【滨城市公安局经侦支队】冯*，你在“鑫汇贷”平台的借款已纳入专案清收，请三日内向清收专户还款，否则依法处理。"),
    ("auction", "call", "R", "坐席：你房子反正也要被法拍 不如你自己先挂中介卖了 卖了钱先还我们 别等法院"),
    ("lawyer", "email", "P", "律师函\n冯*：本律师受托处理您的欠款事宜，限您三日内还款。\n执业律师 周*\n（本函系聚源资产催收部以律师名义发出，该律师未实际接受委托）"),
    ("chat", "app", "I", "催收组长：冯*，你这个老赖，借钱的时候装孙子，还钱的时候装死，组里没人看得起你"),
    ("chat", "app", "T", "催收组长：冯*，你的通讯录我们已经导出来了，今天下午组里每人分二十个，挨个打，就说你欠钱跑路了"),
    ("staff", "email", "@D", "各部门同事：\n财务部员工严*向公司借款20,000元至今未还，已逾期半年，请大家知悉并监督。\n行政部"),
    ("stream", "app", "E", "主播：今天直播间给大家看看这个欠钱不还的，名字叫冯*，照片在这，家住滨城锦绣花园，大家帮忙转发"),
    ("heir", "call", "L", "坐席：你爸欠的钱 父债子还 天经地义 你不还 法院会判你坐牢的"),
    ("bankruptcy", "sms", "L", "【聚源资产】严*，个人破产在本地不适用，你若逃避还款，将按恶意逃废债移送公安追究刑事责任。"),
    ("advice", "call", "I", "坐席：你这种人我见多了 穷还爱借 活该一辈子翻不了身"),
    ("telecom", "sms", "@D", "【滨城电信】冯*的家人您好，冯*名下手机欠费1,260元已三个月未缴，请转告其尽快缴纳。"),
    ("car", "call", "PL", "坐席：我是滨城交警支队的 你那个车因为欠贷已经被列为盗抢车辆了 你开出去就会被扣人扣车"),
    ("phone", "app", "V", "【乐租机】严*，你现在每天下班走的那条小路我们都知道，钱的事尽快解决。"),
    ("p2p", "call", "RT", "坐席：你去找你那些同学借 一人借你一千 不借就我们去问 你看着办"),
    ("hospital", "sms", "E", "【滨城第二医院】冯*，您的欠费信息将在门诊大厅电子屏上公示，请尽快结清。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- car loans: repossession and GPS stated lawfully
    ("car", "sms", "", "【驰远汽车金融】严*，您的车贷已逾期60天。依据《汽车抵押贷款合同》，逾期超过90天我司有权依法申请实现抵押权，请尽快联系我司协商。"),
    ("car", "email", "", "严先生：\n您的车辆安装的GPS设备仅用于抵押物管理，我司不会据此跟踪您的行程，也不会在未经法定程序的情况下自行拖车。如需了解抵押权实现的程序，欢迎来电。\n驰远汽车金融 贷后部"),
    ("car", "call", "", "客户：你们是不是要来拖我的车\n坐席：不会私自拖车 车辆处置要走法定程序 您现在逾期不算久 我们还是想跟您把还款计划定下来"),
    # --- phone instalments, telecom, hospital
    ("phone", "app", "", "【乐租机】严*，您的租机第5期租金已逾期3天，请及时支付。如暂时困难，可申请延期7天，期间不收违约金。"),
    ("telecom", "sms", "", "【滨城电信】尊敬的用户，您的号码已欠费86元，为避免影响使用，请于本月25日前缴费。如有疑问请拨打10000。"),
    ("hospital", "app", "", "【滨城第二医院】冯*您好：您的住院费用尚有3,200元未结，可在出院结算窗口或掌上医院缴纳。如经济困难，可咨询医务社工申请医疗救助。"),
    ("hospital", "call", "", "坐席：冯先生您好 我是二院住院结算处的 您上次住院还有一部分费用没结 您看方便什么时候过来 有困难的话 我们社工可以帮您申请大病救助"),
    # --- P2P wind-down and court auctions
    ("p2p", "notice", "", "鑫汇贷平台清退公告\n根据监管要求，本平台已进入良性退出程序。借款人应继续按合同约定还款，还款资金将统一分配给出借人。本平台及委托机构均不会以恐吓、骚扰方式催收，请借款人通过官方渠道还款。"),
    ("auction", "notice", "", "司法拍卖公告\n滨城市锦江区人民法院将于2027年2月10日10时起在网络司法拍卖平台公开拍卖被执行人冯*名下位于锦绣花园的房产一套。竞买人须事先登记，详见平台公告。\n滨城市锦江区人民法院"),
    ("auction", "app", "", "律师说法：房贷断供后，银行通常会先催收，再起诉。判决生效后仍不还的，法院可依法拍卖抵押房产，拍卖所得优先偿还贷款，剩余部分退还借款人。"),
    ("auction", "call", "", "客户：我房子是不是要被拍卖了\n坐席：目前还没有到那一步 拍卖只有法院判决以后才能由法院来做 我们也不希望走到那一步 您看能不能先恢复月供"),
    # --- bankruptcy, debt advice, legal aid
    ("bankruptcy", "app", "", "【法治滨城】个人破产制度问答：目前个人破产仅在部分地区试点，申请人须如实申报财产，法院审查后才能裁定受理。网上所谓“代办个人破产一次清债”都是骗局。"),
    ("advice", "app", "", "法律援助中心答复：您咨询的网贷逾期问题属于民事纠纷。催收方无权扣押您的证件，也无权联系您的同事；如遭遇威胁，可向12348法律服务热线或当地公安机关求助。"),
    ("advice", "notice", "", "债务咨询指南\n一、列出全部债务，先还利率高的；\n二、主动联系机构协商，不要借新还旧；\n三、遇到“帮你停息挂账”“征信洗白”的中介，不要交钱；\n四、收到法院文书要按时应诉。"),
    # --- spouses' and heirs' liability explained
    ("heir", "call", "", "客户：我爸走了 他欠的钱是不是要我还\n坐席：先节哀 按照民法典 继承人只在继承遗产的范围内清偿 如果您放弃继承或者没有遗产 就不需要用您自己的钱还 我们把材料要求发给您"),
    ("spouse", "app", "", "客服：您好，您丈夫婚前的个人借款属于其个人债务，您不是借款人也不是担保人，我们不会要求您承担还款责任，也不会再打扰您。"),
    # --- genuine lawyers' letters
    ("lawyer", "email", "", "律师函\n冯*先生：\n滨城正义律师事务所接受驰远汽车金融有限公司委托，指派周*律师（执业证号13501201910000000）就您车贷逾期事宜致函。请您于收到本函十五日内与委托人协商还款，否则委托人将依法提起诉讼。本函不代表任何司法机关。"),
    ("lawyer", "call", "", "坐席：冯先生您好 我是正义律所的周律师 执业证号可以在司法局网站查询 受驰远汽车金融委托 想跟您确认一下律师函是否收到 您有异议也可以书面回复我们"),
    # --- a collection team's internal chat and staff notices
    ("chat", "app", "", "催收组长：冯*今天说他妈住院了，先暂停外呼两周，系统里标注困难客户，谁都别再打了。"),
    ("chat", "app", "", "质检：@小李 你上午那通电话说了“不还就联系你单位”，这是红线，下午去复训，这个客户由组长接手。"),
    ("chat", "app", "", "催收组长：明天开始执行新规，晚上九点后一律不外呼，不许打联系人电话问欠款的事，谁违反谁扣绩效。"),
    ("staff", "email", "", "严*：\n您向公司申请的员工借款20,000元已到还款期，根据借款协议将从下月工资中分期扣还，每月2,000元。如有困难请与财务部单独沟通，此事不会告知其他同事。\n财务部"),
    # --- live-stream and short-video scripts about collection
    ("stream", "app", "", "主播：今天给大家讲讲被催收了怎么办。第一，对方说要曝光你、要找你家人，这都是违规的，录音留证据；第二，欠的钱该还还是得还，主动去协商分期。"),
    ("stream", "app", "", "短视频文案：“你不还钱我就去你单位闹”——听到这句话别慌，这是典型的违规催收，直接打12378投诉。"),
    ("stream", "app", "", "网友评论：催收天天说要起诉我，我说那你起诉吧，结果到现在也没动静。\n博主回复：起诉是对方的合法权利，真起诉了要应诉，别不当回事。"),
    # --- reported speech and customers' words
    ("customer", "call", "", "客户：你们那个外访的说要在我家门口贴告示 还说要找我们村支书\n坐席：这个是违规的 我们公司明确禁止 您方便的话把时间和他工号告诉我 我立刻上报处理"),
    ("customer", "app", "", "客户：你们再逼我，我就从楼上跳下去！\n客服：先生请您冷静，您的安全最重要。我们马上停止催收，给您安排专人协商，也可以拨打心理援助热线12356。"),
    ("customer", "call", "", "客户：你们是不是要把我告到法院 我要坐牢吗\n坐席：不会坐牢的 您这个是民事的欠款 就算起诉了也是民事案件 您别太担心 我们先看看怎么分期"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：冯老师 我是滨城二院结算处的 您上回那个住院费还差点 不慌哈 您啥时候得空过来结一下就要得"),
    ("dialect", "call", "", "坐席：严生 我係驰远汽车金融嘅 你架车嘅月供迟咗 我哋唔会嚟拖车嘅 你睇下几时方便补返"),
    ("robot", "call", "", "坐席：您好 这里是乐租机 您的 呃 第五期租金 逾期了 三天 如需 申请延期 请按1 如已 支付 请按2"),
    ("robot", "call", "", "坐席：喂您好这边是驰远汽车金融想跟您确认一下本月月供的还款时间\n客户：我手机掉了刚补的卡\n坐席：好的没关系那您今天方便的话在App上还一下就行有问题随时打客服"),
    # --- near the categories
    ("near-legal", "sms", "", "【聚源资产】严*，受驰远汽车金融委托提醒：您的欠款如协商不成，委托方可能依法起诉，判决生效后拒不履行的，法院可依法采取强制执行措施。"),
    ("near-impersonation", "call", "", "坐席：您好 我是聚源资产的协商员 不是法院也不是律师 受驰远汽车金融委托联系您"),
    ("near-violence", "sms", "", "【驰远汽车金融】严*，我司工作人员将于周四上午按约定到您单位楼下的咖啡厅与您面谈还款方案，如需改期请回复。"),
    ("near-third-party", "call", "@", "坐席：您好 请问严*在吗\n第三方：他不在家 我是他妈妈\n坐席：好的阿姨 那麻烦您让他有空回个电话 没什么急事 打扰您了"),
    ("near-exposure", "notice", "", "锦绣花园物业公告\n近期有业主反映有人在单元门张贴他人欠款信息，物业已清除。张贴他人信息涉嫌侵犯隐私，物业将配合业主报警处理。"),
    ("near-rollover", "app", "", "客服：您问能不能把车卖了还款，这个完全由您自己决定，我们不会要求您卖车，如果只是暂时困难，可以先申请展期。"),
    ("near-insult", "app", "", "质检通报：坐席在通话中称客户“穷鬼”“活该”，属于侮辱性用语，已停岗复训，并向客户道歉。"),
    ("near-disclosure", "call", "@", "第三方：你们找冯*什么事 我是他老婆\n坐席：不好意思 具体的事情需要跟他本人说 麻烦您转告他回个电话 谢谢"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
