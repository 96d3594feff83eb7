"""Wording development batch i2 (issue 9, lawful wording by others, second round):
`python -m benchmarks.data.make_wording_dev_i2`.

Written for this file, text by text, halfway through the session that tuned the rules on batch i (the lawful voices
of lexicons/wording/context/lawful.yml), to see whether those fixes carry to voices they were not written from:
a bank's credit-card centre, a consumer-finance company's e-mails, an outsourced agency's scripts, mini-program
notices, the courts' online mediation platform, payment orders (支付令), property preservation, a notary's
enforceable deed (赋强公证), the 12345 hotline's replies, traditional characters (Hong Kong, Taiwan), Hunan and
Henan speech. Two thirds compliant hard negatives, one third violations in the same grammar. All people, numbers,
companies, courts and places are invented.

First run (tree at commit fb434a2, after the lawful voices and before any change for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_i2.jsonl`; 82 messages, 27 violating):
rules alone micro P 0.694 R 0.833 F1 0.758, message-level R 0.889 P 0.923, compliant flagged 2/55 (3.6%: a court's
execution notice warning of 罚款、拘留 for a false declaration of property, and the courts' mediation platform);
classifier alone compliant flagged 5/55; fused micro P 0.667 R 0.933 F1 0.778, message-level R 0.963 P 0.897,
compliant flagged 3/55 (5.5%). Batch i, before the lawful voices, had started at 39/168 (rules) and 44/168 (fused).
Tuned on afterwards (commit 58b3b15): rules compliant flagged 0/55, fused 0/55, fused message-level R 0.963 P 1.000.

Output (deterministic): `wording_dev_i2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_i2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("court-name", "sms", "P", "【江屿市北垣区人民法院调解平台】{custName}，您在云禾消费金融的欠款请于3日内一次性结清，结清后案件自动撤销。"),
    ("court-name", "sms", "LP", "【北垣区人民法院】支付令：{姓名}，你欠恒冠银行信用卡中心款项已进入督促程序，今日不还款将依法拘留。"),
    ("court-name", "call", "P", "坐席：你好 我是北垣法院诉调中心的 顺昌资产那边的案子转到我们这边了 你今天把钱打到平台就给你销案"),
    ("court-name", "app", "P", "【江屿公证处】您的借款已办理赋强公证，请于今日联系云禾消费金融客服处理，否则公证处将直接上门执行。"),
    ("court-name", "sms", "P", "【江屿仲裁院】閣下與恒冠銀行之欠款糾紛已立案，請於今日致電還款專員0755-2210-6631了結。"),
    ("court-act", "sms", "L", "【云禾消费金融】#姓名#，我司已向法院申请财产保全，明日起您的微信、支付宝将被冻结，请今日还款。"),
    ("court-act", "call", "L", "坐席：支付令已经下来了 你十五天内不还 法院直接派人把你抓起来"),
    ("court-act", "email", "L", "主题：强制执行通知\n宋*：\n您的借款已办理赋强公证，我司执行专员将于本周内查封您名下车辆并通知您单位扣发工资。\n顺昌资产管理 执行部"),
    ("court-act", "call", "L", "坐席：我们有权直接申请把你列入失信名单 这个不用经过法院 明天就上"),
    ("court-act", "app", "L", "执行阶段的话，我们公司的人会跟法院一起上门，到时候屋里值钱的东西都要搬走。"),
    ("modal", "sms", "L", "【恒冠银行】尊敬的客户，您的信用卡透支已超过三个月，依法可能构成信用卡诈骗罪，我行将于48小时后报送公安机关。"),
    ("modal", "call", "L", "坐席：我跟你讲 按规定逾期的人都可能被限制出境 你这种情况的话 下个月机场就过不去了"),
    ("modal", "call", "L", "坐席：你们湖南人讲道理吧 你这个欠款再拖 依法是要拘你十五天的 莫讲我冇提醒你"),
    ("contact", "call", "@DT", "坐席：你好 是宋*的哥哥吧 他在云禾欠了两万多 你做哥哥的帮他还一下 不然我们天天打到你家去"),
    ("contact", "call", "@D", "坐席：您好 请问是宋*的同学吧 他在恒冠银行的信用卡逾期了 您见到他叫他回个电话"),
    ("contact", "sms", "@D", "【顺昌资产】您好，{联系人}，您的亲属{debtorName}欠款{amount}元已逾期，请督促其还款。"),
    ("visit", "call", "V", "坐席：我们外访的同事带证件去的 合法合规 但是他们走了以后你门口会不会多点啥东西 我就不敢保证了"),
    ("visit", "sms", "V", "【云禾消费金融】{姓名}，外访人员今晚将到您父母家中拜访，顺便看看二老身体，请您务必还款。"),
    ("third", "sms", "T", "【恒冠银行信用卡中心】如您于{deadline}前仍未还款，我行将联系您的工作单位人事部门核实您的还款能力。"),
    ("third", "call", "T", "坐席：喂 你这个事情 再不处理 我们就只能发函到你们学校 让辅导员跟你谈"),
    ("exposure", "sms", "E", "【顺昌资产】{姓名}，您的欠款信息将于三日后在江屿本地生活号“诚信公示”栏目公开，请尽快处理。"),
    ("exposure", "call", "E", "坐席：你们那个小区业主群我们已经加进去了 你再不还 就把你的催款函发群里"),
    ("rollover", "app", "R", "还款有困难的话，可以在我们合作的“小橙借”上借一笔，秒到账，先把这期还了再说。"),
    ("rollover", "call", "R", "坐席：你屋里不是有金首饰嘛 拿去当铺当了 先把钱还上"),
    ("insult", "call", "I", "坐席：你个没良心的东西 借钱的时候喊爹 还钱的时候装死"),
    ("insult", "sms", "I", "【云禾消费金融】{姓名}，欠钱不还的无赖，你的脸皮比城墙还厚。"),
    ("lawyer", "sms", "PL", "【澄明律师事务所】宋*，你涉嫌恶意逃废债务，本所已向公安机关提交控告材料，请于今日联系顺昌资产还款。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- courts, arbitration, notaries and mediation platforms in their own procedure
    ("court", "sms", "", "【人民法院调解平台】宋*，江屿市北垣区人民法院委派的调解员已受理云禾消费金融与您的借款纠纷调解申请，调解员将通过平台与您联系，您可登录平台查看或拒绝调解。"),
    ("court", "notice", "", "江屿市北垣区人民法院\n支付令\n（2026）江0203民督118号\n债务人宋*：债权人恒冠银行股份有限公司江屿分行申请你支付信用卡欠款。债务人应当自收到本支付令之日起十五日内清偿债务，或者向本院提出书面异议。"),
    ("court", "notice", "", "江屿市北垣区人民法院\n民事裁定书\n（2026）江0203财保77号\n申请人云禾消费金融有限公司向本院提出诉前财产保全申请，本院经审查，裁定冻结被申请人宋*名下银行存款人民币20,000元。如不服本裁定，可以申请复议一次。"),
    ("court", "sms", "", "【江屿市北垣区人民法院】宋*，您有一份（2026）江0203民初6621号案件的诉讼文书，请于七日内登录人民法院电子诉讼平台签收。"),
    ("court", "notice", "", "江屿公证处\n执行证书\n（2026）江证执字第0392号\n经审查，债权人云禾消费金融有限公司与债务人宋*签订的借款合同已经本处赋予强制执行效力，债务人未按期履行，债权人可持本证书向有管辖权的人民法院申请执行。"),
    ("court", "email", "", "主题：转交支付令\n宋*您好：\n我行已就您的信用卡欠款向江屿市北垣区人民法院申请支付令，法院将依法向您送达。您可在收到支付令之日起十五日内清偿或提出书面异议。\n恒冠银行信用卡中心"),
    ("court", "sms", "", "【江屿仲裁委员会】您好，江仲网字〔2026〕第1107号案件的仲裁裁决书已送达至您的电子邮箱，如对裁决有异议，可依法向人民法院申请撤销。"),
    ("court", "call", "", "坐席：宋先生您好 我是云禾消费金融的 跟您说一下 我们这边已经向法院申请了诉前调解 法院的调解员会联系您 调不调由您决定"),
    ("court", "notice", "", "江屿市北垣区人民法院\n执行通知书\n（2026）江0203执3301号\n被执行人宋*：本院已立案执行。你应于本通知送达之日起立即履行生效法律文书确定的义务，并向本院如实申报财产。拒不申报或虚假申报的，本院可依法予以罚款、拘留。"),
    ("court", "app", "", "您在人民法院调解平台的调解已成功，调解书已生效。请按调解书约定的时间还款，如未按期履行，对方可依法申请强制执行。"),
    # --- lawful consequences, with the court as actor
    ("enforce", "sms", "", "【恒冠银行信用卡中心】尊敬的{姓名}，如法院判决生效后您仍未履行，我行将依法申请强制执行，法院可依法冻结、扣划您的存款。"),
    ("enforce", "call", "", "坐席：冻结账户这个事 只有法院能做 我们是做不了的 要等判决下来 我们申请执行了 法院才可能冻结"),
    ("enforce", "app", "", "赋强公证的借款，债务人不履行的，债权人可以不经诉讼直接向法院申请执行，但是否执行、如何执行由法院依法决定。"),
    ("enforce", "sms", "", "【云禾消费金融】#姓名#，您的借款合同已办理赋强公证，如您逾期不履行，我司可依法向法院申请执行，请尽快还款或与我们协商。"),
    ("enforce", "call", "", "坐席：限制出境这个是法院在执行案件里才会用的 而且要有正当理由 一般的逾期是不会的 您别担心"),
    ("enforce", "email", "", "主题：关于失信名单的说明\n宋*您好：\n是否将被执行人纳入失信名单，由人民法院依法决定，我司无权纳入。您目前尚未被起诉，仍可协商还款方案。\n顺昌资产管理"),
    ("enforce", "call", "", "坐席：法院判了以后您要是还不还 法院那边可能会限制您高消费 但这个都是法院的事 我们现在就是想跟您商量个方案"),
    ("enforce", "sms", "", "【顺昌资产】{姓名}，受云禾消费金融委托提醒：您的借款逾期将影响征信，委托方保留依法诉讼的权利，是否起诉以委托方决定为准。"),
    ("enforce", "app", "", "拒不申报财产是妨害执行的行为，法院可以依法罚款、拘留；但这是法院在执行程序中的措施，与催收无关。"),
    # --- explainers, anti-fraud, hotline replies
    ("explain", "app", "", "问：信用卡透支逾期会坐牢吗？答：经发卡银行两次有效催收后超过三个月仍不归还，且以非法占有为目的的，才可能涉嫌信用卡诈骗；单纯还不上不会坐牢。"),
    ("explain", "notice", "", "12345热线答复：经核实，顺昌资产管理公司系云禾消费金融委托的合法催收机构。催收机构不得以公安、法院名义催收，您如遇此类情况可向地方金融管理部门投诉。"),
    ("explain", "sms", "", "【江屿反诈】提醒：近期有人冒充“法院调解平台”发短信，称“不还款就拘留”“案件自动撤销需转账”，均为诈骗，请通过人民法院调解平台官方渠道核实。"),
    ("explain", "app", "", "律师解答：支付令是法院督促债务人还款的程序，收到后十五日内可以提出书面异议；支付令不会导致拘留。"),
    ("explain", "notice", "", "法官提示：被执行人如确有困难，可与申请执行人达成执行和解，按和解协议分期履行，法院将视情况暂缓采取限制措施。"),
    ("explain", "app", "", "網友問：逾期會被限制出境嗎？律師答：一般不會，限制出境只在法院執行程序中，對有履行能力而拒不履行的被執行人適用。"),
    ("explain", "sms", "", "【恒冠银行】温馨提示：我行不会以法院、公安或律师名义向您催收，如接到自称“执行局”要求转账的电话，请挂断并拨打官方客服核实。"),
    ("explain", "notice", "", "以案说法：借款人宋某收到自称“法院执行局”的短信，称其“即将被拘留”。经核实，该短信系不法分子发送。法官提醒，法院文书以法院送达为准。"),
    # --- contact persons, done right
    ("contact", "call", "@", "坐席：您好 打扰一下 请问是宋*的家人吗\n第三方：我是他爱人\n坐席：您好 我们有点事情想找宋先生本人 麻烦您让他方便的时候回个电话 谢谢"),
    ("contact", "call", "@", "坐席：喂 你好 请问宋*在不在你们公司上班\n第三方：你是哪位\n坐席：我们是找他本人有点私事 不方便说 麻烦您转告他回电 谢谢"),
    ("contact", "sms", "@", "【顺昌资产】您好，我们正在联系{debtorName}本人，如您方便，请转告其回电{hotline}，本短信不涉及您的任何义务。"),
    ("contact", "call", "@", "第三方：他是不是又欠钱了\n坐席：不好意思 具体的事我们只能跟他本人说 您让他回个电话就好"),
    ("contact", "call", "@", "坐席：伢子你好 我找一下你屋里宋叔叔 你跟他讲一声 让他回个电话 好不好\n第三方：好"),
    ("contact", "call", "@", "坐席：您好 请问是宋*吗\n第三方：不是 打错了\n坐席：不好意思 打扰了 我们把这个号码删掉"),
    # --- visits done right
    ("visit", "sms", "", "【云禾消费金融】{姓名}您好，经您同意，我司工作人员将于{visitDate}到您家中协助办理延期手续，工作人员将出示工作证，请核实后接待。"),
    ("visit", "call", "", "坐席：您要是愿意当面谈 我们可以去您附近的网点 也可以派人上门 都看您 您不同意的话我们就电话沟通"),
    ("visit", "notice", "", "外访记录\n外访人员：张*、李*（工号W0231、W0232）\n外访时间：2026年12月5日10:00\n外访情况：出示证件后与债务人本人沟通，了解其失业情况，已告知可申请延期，未接触其家属及邻居。"),
    ("visit", "app", "", "我们外访的同事明天上午会过去，主要是了解一下您说的困难，帮您申请减免，他们会带工牌，到了先给您打电话。"),
    # --- customers' words
    ("customer", "call", "", "客户：你们是不是要把我抓起来\n坐席：不会的 没有人会抓您 您这个是普通的借款 我们只是希望您能还款"),
    ("customer", "app", "", "用户：我听说你们会去我单位贴告示？\n客服：不会的，我们不会联系您的单位，更不会张贴任何东西。"),
    ("customer", "call", "", "客户：法院是不是要来封我房子\n坐席：您现在还没有被起诉 就算起诉了 也要法院判了才会执行 我们先商量一下还款方案好吗"),
    ("customer", "call", "", "客户：我要去借网贷还你们\n坐席：您别这样 借网贷还只会越滚越多 我们给您做个分期 每个月少还点"),
    ("customer", "app", "", "用户留言：你们催收的骂我是老赖！\n客服回复：非常抱歉，该行为违反我司规定，我们已对相关人员进行处理。"),
    # --- templates and plain reminders in other voices
    ("template", "sms", "", "【恒冠银行信用卡中心】尊敬的{姓名}，您尾号{cardTail}的信用卡已逾期{days}天，最低还款额{minPay}元，请尽快还款，以免影响您的信用记录。"),
    ("template", "sms", "", "【云禾消费金融】#姓名#您好，您的借款已逾期，我司已委托顺昌资产管理有限公司与您联系，其工作人员工号可在APP内查询。"),
    ("template", "sms", "", "【顺昌资产】{姓名}您好，受云禾消费金融委托，提醒您尽快处理逾期借款；如您认为账务有误，可回复“异议”。"),
    ("template", "sms", "", "【云禾消费金融】{姓名}，您的借款逾期已超过90天，我司可能依法提起诉讼或申请支付令，诉前您仍可申请分期。"),
    ("template", "sms", "", "【恒冠銀行信用卡中心】尊敬的持卡人，您的帳戶已逾期，如有還款困難，可申請個性化分期，詳詢客服熱線。"),
    ("plain", "call", "", "坐席：宋先生 您好 我是恒冠银行信用卡中心的 工号3317 您的卡逾期二十天了 今天能还个最低还款吗\n客户：过两天\n坐席：好的 那我记一下 周五"),
    ("plain", "call", "", "坐席：喂 宋哥 我是顺昌的小刘 云禾那笔账 你看这个月能不能先还一点 剩下的我们帮你申请分期"),
    ("plain", "call", "", "坐席：宋师傅 你那个钱咋弄哩 这个月能还不 还不了你给俺说一声 俺给你往后挪挪"),
    ("plain", "call", "", "坐席：宋老板 我是云禾的 你那个款子逾期蛮久了哦 你看么时候方便还一下 有困难就讲"),
    ("plain", "app", "", "親，您本期帳單還差520元，今日內完成還款即可避免產生逾期費用喔～"),
    ("plain", "email", "", "主题：还款计划确认\n宋*您好：\n根据您的申请，您的欠款将分12期偿还，每期1,050元，首期还款日为12月20日。\n云禾消费金融 客户服务部"),
    ("plain", "call", "", "坐席：您好 这里是云禾消费金融智能客服 您的账单已逾期 如需申请延期请按1 如已还款请挂机"),
    ("plain", "sms", "", "【云禾消费金融】{姓名}，您已结清全部欠款，相关逾期记录将按规定更新。如您此前被列为被执行人，我司已向法院申请结案。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WJ", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
