"""Wording development batch s2 (issue 9, wording precision and recall families, fifth round, half-way): `python -m
benchmarks.data.make_wording_dev_s2`.

Written for this file, text by text, by the helper session that tunes the wording rules, after batch s's first
fixes and before any detector was run on it, in voices batch s holds little of: car-loan and GPS-tracked vehicle
finance, student and agricultural loans, pawn and guarantee companies, a credit union's letters, WeChat chats from an
agency's field team, IVR menus, court-annexed mediators, property managers, a bank's formal 催告函 in traditional
characters, Shanghainese and Northeastern calls, ASR turns without punctuation. About half are compliant; the rest
violate one or more of the eight judged categories. All people, numbers, companies, courts and places are invented.

First run (tree at commit 4b1dfa9, with batch s's fixes and other helpers' uncommitted hunks, the classifier's
retrained model among them, before any change for this batch; `python -m benchmarks.eval --section wording
--wording-set benchmarks/data/wording_dev_s2.jsonl --errors 0`; 60 messages, 30 violating): rules alone micro P 0.957
R 0.667 F1 0.786, compliant flagged 1/30; classifier alone micro P 0.958 R 0.697 F1 0.807, compliant flagged 1/30;
fused micro P 0.968 R 0.909 F1 0.937, message-level R 0.900 P 0.964, compliant flagged 1/30.

Output (deterministic): `wording_dev_s2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_s2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- insult
    ("insult", "app", "I", "外访小刘：你一个大男人欠几千块躲三个月，窝囊废说的就是你这种。"),
    ("insult", "call", "I", "坐席：侬个瘪三 钞票借了勿还 面孔也勿要了是伐"),
    ("insult", "call", "I", "坐席：你这人咋这么埋汰呢 借钱的时候点头哈腰 还钱的时候装孙子"),
    # --- violence
    ("violence", "app", "V", "外访小刘：你老婆那辆红色电动车今天停在菜市场门口，我们拍了照。钱今天到不到？"),
    ("violence", "call", "V", "坐席：你那个养殖场 晚上没人看着吧 万一哪天鱼塘里进了点啥东西 可别怪我们没提醒"),
    ("violence", "sms", "V", "【驰远汽车金融】吕*，您的车辆GPS显示每晚停在滨湖小区3号楼下，我们的人已经在附近了，今晚不还款后果自负。"),
    ("violence", "call", "V", "坐席：你别以为躲到外地就没事了？你妈一个人在家呢！我们随时过去看看她！"),
    ("violence", "app", "V", "钱呢？你儿子每天放学走的那条巷子挺黑的。"),
    # --- third party
    ("third-party", "email", "T", "吕*先生：\n鉴于您已逾期120天，本社将依据借款合同第十一条，向您的担保人、所在村民委员会及工作单位书面通报您的违约情况，并请其协助催收。\n青川农村信用合作社"),
    ("third-party", "call", "T", "坐席：你不接电话是吧？行！那我就打你老丈人电话！让他评评理！"),
    ("third-party", "app", "T", "外访小刘：你们厂的车间主任我已经见过了，下回我直接去你们车间找你，让工友们都认识认识。"),
    ("third-party", "call", "@DT", "坐席：你是吕*的同学吧 他助学贷款欠我们八千多 你们不是一个宿舍的吗 你今天不帮他还 我们就找你们辅导员\n第三方：这跟我有什么关系"),
    ("third-party", "sms", "T", "【恒丰典当】吕*，绝当物品处置款不足以清偿欠款，如不补足差额，我行将联系您的担保人及家属共同追偿。"),
    # --- exposure
    ("exposure", "app", "E", "外访小刘：明天赶集的时候，我们在你们镇上的集市口把你的欠条复印件发一发，让乡亲们都看看。"),
    ("exposure", "sms", "E", "【驰远汽车金融】吕*，您的车辆及车牌信息将于本周五在本公司公众号“逾期车辆公示”栏目发布，请尽快处理。"),
    ("exposure", "call", "E", "坐席：你不是在抖音上卖货吗？你直播的时候我们就在评论区刷你欠钱不还！"),
    ("exposure", "notice", "@DE", "欠费公示\n3栋2单元502室业主吕*，拖欠物业服务费及公摊水电费共计6,420元，经多次催缴未果，特此公示。\n滨湖物业管理处"),
    # --- impersonation
    ("impersonation", "notice", "PL", "拘传票\n被拘传人：吕*\n案由：拒不偿还网络借款\n你经本院两次传唤无正当理由拒不到庭，现决定拘传。如于今日内结清欠款，可撤销本票。"),
    ("impersonation", "call", "P", "坐席：喂 我这边是县法院诉前调解的法官 你跟驰远汽车金融那个事 今天你把欠的三期先补上 我这边就给你结了"),
    ("impersonation", "sms", "P", "【青川县公安局】吕*，你名下在驰远汽车金融的车贷已逾期，请于三日内还清欠款，专线0839-66******。"),
    ("impersonation", "email", "P", "主題：台灣新竹地方法院 民事執行處通知\n呂*先生：台端積欠貸款，請於收到本通知後三日內匯款至債權人指定帳戶，以免影響自身權益。"),
    # --- legal
    ("legal", "call", "L", "坐席：你这车贷不还 就属于非法侵占 车我们收回来不说 人还得进去待几年"),
    ("legal", "sms", "L", "【青川农信】吕*，您的贷款已逾期，根据规定您的子女将无法参加明年的中考和高考，请立即还款。"),
    ("legal", "app", "L", "外访小刘：我跟你说实话，你这个金额已经够刑事立案了，下礼拜派出所就来带人。"),
    ("legal", "call", "L", "坐席：你这个不还 你以后坐不了火车 住不了酒店 连你爸妈的医保都给你停了"),
    # --- rollover
    ("rollover", "call", "R", "坐席：你那个车不是还能开吗 拿去二手车行卖了 先把我们的钱结了 剩下的你再说"),
    ("rollover", "app", "R", "外访小刘：实在不行你把你那个助学贷款退了，或者去学校门口那家分期店再办一笔，先把这边填上。"),
    ("rollover", "sms", "R", "【恒丰典当】吕*，您可将名下房产办理二次抵押，我行合作机构当日放款，用于结清本行当金。"),
    ("rollover", "call", "R", "坐席：嗯那个你这个情况呢我建议你去那个什么微粒贷啊借呗啊都试一下哪个能借出来先还我们这个"),
    # --- disclosure
    ("disclosure", "call", "@D", "坐席：您好 请问是吕*的家属吗\n第三方：我是他妈\n坐席：阿姨 他在我们驰远汽车金融的车贷已经欠了三期一万四千多 您让他赶紧处理一下"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- car loans and GPS, lawful wording
    ("car", "sms", "", "【驰远汽车金融】吕*，您的车贷第18期已逾期5天，应还3,268元。逾期可能产生违约金并报送征信，请尽快还款。"),
    ("car", "email", "", "吕*先生：\n根据抵押合同约定，若您连续三期未还款，我司有权依法申请实现抵押权。目前您已逾期两期，我们更希望与您协商展期或调整还款计划。\n驰远汽车金融 贷后管理部"),
    ("car", "call", "", "坐席：吕先生 车贷这期晚了几天 我们这边系统只会提醒 不会去动您的车 您看这周能安排上吗"),
    # --- student and agricultural loans, credit union
    ("student", "sms", "", "【国家助学贷款】吕*同学，你的助学贷款本年度利息将于12月20日扣款，请确保还款账户余额充足。如有困难可申请延期。"),
    ("agri", "email", "", "吕*：\n您在本社的农户小额贷款已逾期30天。考虑到今年汛期受灾，本社可为您办理延期还款，请携身份证到青川信用社营业厅办理。\n青川农村信用合作社"),
    ("agri", "call", "", "坐席：老吕啊 信用社的 你那个贷款到期了 今年收成咋样 要是不行咱就办个展期 别硬撑着"),
    # --- pawn and guarantee
    ("pawn", "sms", "", "【恒丰典当】吕*，您的当票将于12月15日到期，请按时赎当或办理续当，逾期五日将按规定视为绝当。"),
    ("guarantee", "email", "", "吕*先生：\n我司已根据担保合同代偿您在青川农信的借款本息52,300元，现依法向您追偿。如对金额有异议，可在收到本函十五日内书面提出。\n瑞诚融资担保有限公司"),
    # --- mediators and courts, genuine
    ("mediation", "call", "", "坐席：您好 我是青川县人民法院诉调对接中心的调解员 驰远汽车金融申请了诉前调解 调解不收费 您不同意的话案件会转回立案庭 您看愿不愿意参加"),
    ("court", "sms", "", "【青川县人民法院】吕*，驰远汽车金融诉你借款合同纠纷一案已受理，案号（2026）川0821民初****号，诉讼材料已送达你的电子送达地址。本院不会要求你向任何账户付款。"),
    ("court", "notice", "", "传票\n案号：（2026）川0821民初****号\n被传唤人：吕*\n案由：金融借款合同纠纷\n应到时间：2027年1月12日9时\n应到处所：青川县人民法院第二法庭\n青川县人民法院（印）"),
    # --- property management
    ("property", "notice", "", "缴费提醒\n各位业主：2027年度物业费即日起开始收缴，可通过物业App或到物业服务中心缴纳。如对收费有疑问，请拨打服务热线。\n滨湖物业管理处"),
    ("property", "call", "", "坐席：吕先生您好 滨湖物业的 您家物业费还差一年 您是不是对我们服务有啥意见 有的话您说 我们改"),
    # --- field team chats, lawful
    ("field", "app", "", "外访小刘：吕哥，我是驰远的外访专员刘*，工号F0392。想约您这周找个时间面谈一下车贷的事，您方便的时间和地点您定。"),
    ("field", "app", "", "外访小刘：收到，您说下个月初发了工资先还一期，我这边给您登记上了，到时候提前一天提醒您。"),
    # --- IVR and ASR
    ("ivr", "call", "", "坐席：您好，这里是驰远汽车金融。您的车贷已逾期。立即还款请按1，申请延期请按2，咨询还款方式请按3，人工服务请按0。"),
    ("asr", "call", "", "坐席：喂吕先生是吧我是那个青川农信的您那个贷款呢这个月那个利息还没扣到您看是不是卡里钱不够\n客户：哦我忘了存了\n坐席：没事那您今天存一下就行明天系统再扣"),
    # --- dialect
    ("dialect", "call", "", "坐席：吕师傅侬好 阿拉是驰远汽车金融额 侬额车贷这个号头还没还 侬看啥辰光方便 有困难好商量额"),
    ("dialect", "call", "", "坐席：老吕啊 你那车贷咋整的 这个月还没还呢 是不是手头紧 紧的话咱唠唠 看能不能缓缓"),
    # --- traditional characters
    ("traditional", "email", "", "呂*先生台鑒：\n台端於本行之信用貸款已逾期六十日，尚欠新台幣八萬二千元。敬請於本月底前清償或來電洽商分期方案。如有爭議，得向本行申訴專線提出。\n新竹商業銀行 債權管理部"),
    ("traditional", "sms", "", "【新竹商銀】呂先生，提醒您本期信用卡帳款已逾繳款期限，請盡速繳納，以免產生循環利息。"),
    # --- near the categories
    ("near-third-party", "sms", "", "【青川农信】吕*，您在借款申请中填写的担保人为本笔贷款的连带责任保证人，如您到期未还款，本社将依合同向担保人主张权利。"),
    ("near-third-party", "call", "@", "第三方：喂 找谁\n坐席：您好 请问吕*在吗\n第三方：他出去了\n坐席：好的 麻烦他回来以后给驰远的刘专员回个电话 谢谢 打扰了"),
    ("near-exposure", "app", "", "法院公告：被执行人吕*拒不履行生效判决，本院依法将其纳入失信被执行人名单，并在中国执行信息公开网公布。青川县人民法院"),
    ("near-violence", "sms", "", "【驰远汽车金融】吕*，根据合同约定，您的车辆已于12月8日依法收回，车内私人物品已登记保管，请携身份证前来领取。"),
    ("near-legal", "call", "", "坐席：我跟您讲清楚啊 车贷逾期是民事的事 不会抓人 但是我们有权按合同处置抵押车 这个合同里写了的"),
    ("near-rollover", "call", "", "客户：我能不能去借个网贷先还你们\n坐席：我们不建议您这样做 利息更高 您先说说每个月能拿出多少 我们帮您申请个分期"),
    ("near-impersonation", "sms", "", "【青川县公安局】提醒：近期有人冒充公安机关发送“拘传票”“协查通报”催收网贷，公安机关不会替任何平台催收，请勿转账。"),
    ("near-insult", "app", "", "客服：您反映外访人员在您家门口说您“窝囊废”，我们已调取录音核实，该人员已被停止外访工作，向您道歉。"),
    ("customer", "call", "", "客户：你们这帮放高利贷的吸血鬼 再打电话我就报警\n坐席：您的情绪我们理解 您对利息有疑问的话 我们可以把明细发给您核对"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WX2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
