"""Wording development batch t3 (issue 9, wording precision, fifth round, after the fixes for t and t2):
`python -m benchmarks.data.make_wording_dev_t3`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t
and t2 and before any detector was run on it, to see whether those fixes carry to voices neither batch has: bank
relationship managers on WeChat, lenders' app pushes, a collection firm's public-account article, a procuratorate's
and judges' own columns, police reports of arrested collectors, regulators' penalty notices, counsellors on campus
loans, grid workers, suppliers' and contractors' payment demands between businesses, private loans between friends,
medical-aesthetics instalments, training refunds, traditional characters from Hong Kong, Macau and Taiwan lenders,
mixed English and emoji; the rest violate in the same voices. About two thirds are compliant. All people, numbers,
companies, courts and places are invented.

First run (clean tree at commit 8ddd1af, after the fixes for t and t2 and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t3.jsonl --errors 0`; 85 messages, 24
violating): rules alone micro P 0.750 R 0.889 F1 0.814, compliant flagged 4/61; classifier alone micro P 0.762
R 0.593 F1 0.667, compliant flagged 3/61; fused micro P 0.714 R 0.926 F1 0.806, message-level R 0.958 P 0.821,
compliant flagged 5/61 (8.2%).

Output (deterministic): `wording_dev_t3.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t3.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("manager", "app", "T", "客户经理：柏先生，您的贷款再拖下去，我只能去您公司找您领导聊聊了，大家都不好看。"),
    ("push", "app", "E", "【星河借】柏*，您已被列入平台“失信曝光墙”，您的头像和欠款金额已对全体用户可见。"),
    ("article", "app", "L", "公众号推文｜逾期超过90天的借款人，平台将统一移交公安机关按诈骗罪立案，届时将面临三年以上有期徒刑。"),
    ("prosecutor", "sms", "P", "【云溪县人民检察院】柏*，你在星河借的借款已逾期，本院已介入调查，请于3日内还清欠款以免被提起公诉。"),
    ("supplier", "email", "E", "致恒丰装饰有限公司：\n贵司拖欠我司货款136,000元，如月底前仍不支付，我司将在全省建材行业商会群及各大装修论坛公布贵司老板的姓名和欠款情况。\n锦程建材"),
    ("friend", "app", "T", "朋友：老柏，三万块你拖了一年了，这周再不还，我就把借条发给你老婆和你爸妈看。"),
    ("aesthetic", "app", "E", "【美颜分期】柏*女士，您的医美分期已逾期，如不处理，我们将把您术前术后的对比照片发到您的朋友圈。"),
    ("refund", "call", "I", "坐席：你这种人就是想白嫖 课上完了想退钱 做梦吧 不要脸"),
    ("traditional", "sms", "P", "【台北地方法院】柏*先生，您積欠星河借款項已進入強制執行，請於今日內匯款至指定帳戶，否則將予拘提。"),
    ("traditional", "call", "V", "坐席：柏生 你屋企喺邊我哋一早知 你再唔還 我哋嘅人今晚上嚟搵你 你自己諗下"),
    ("mixed", "app", "R", "Hi柏先生，你的loan已经overdue啦😅 可以先去“闪电借”借一笔周转一下，先把我们这期clear掉👍"),
    ("grid", "call", "P", "坐席：我是云溪街道网格员 也是派出所的协警 你那个网贷的钱赶紧还了 不然派出所要来人了"),
    ("campus", "app", "L", "辅导员（冒名）：柏*同学，你的校园贷不还的话学校将取消你的学位并记入档案，以后考公政审都过不了。"),
    ("contractor", "call", "V", "坐席：尾款你要是不结 我们装修队的兄弟天天去你家门口坐着 看你怎么住"),
    ("manager", "app", "R", "客户经理：柏先生，您可以先在我们行办张新信用卡，套现出来把贷款这期还上，我帮您加急审批。"),
    ("push", "app", "T", "【星河借】柏*，系统已向您通讯录中的36位联系人发送了您的逾期提醒，请尽快还款以停止发送。"),
    ("friend", "call", "@D", "坐席：喂 你是柏*的同学吧 他在星河借借了两万多 三个月没还了 你们还有联系吗\n第三方：好久没联系了"),
    ("aesthetic", "call", "@D", "坐席：您好 您是柏*的室友吗 她做双眼皮的分期还欠我们一万二 逾期两个月了 麻烦您跟她说一声"),
    ("article", "app", "IE", "公众号推文｜本周老赖榜：柏*，欠款四万元拒不归还，这种无赖就该让所有人看清楚他的真面目。"),
    ("judge", "sms", "PL", "【云溪法院执行局】柏*，执行法官通知：今日下班前将欠款转入星河借还款账户，否则执行局立即上门拘传。"),
    ("supplier", "call", "T", "坐席：王总 您要是还不付 我们就直接打给您的几个大客户 告诉他们您欠供应商的钱不给"),
    ("friend", "app", "V", "朋友：老柏，钱再不还，你小心点，晚上回家路上别让我碰见你。"),
    ("manager", "app", "I", "客服：你一个月挣几个钱心里没数吗？穷成这样还借，真是丢人现眼。"),
    ("mixed", "sms", "LT", "【星河借】柏*，Final notice❗ 今天不还，我们将联系您的employer并以fraud向警方报案🚨"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- bank relationship managers and lenders' pushes
    ("manager", "app", "", "客户经理：柏先生您好，您的经营贷本月还款日是25号，最近生意怎么样？如果周转有压力，我们行有延期还本的政策，可以帮您申请。"),
    ("manager", "app", "", "客户经理：柏先生，您说的公司资金紧张我理解，按规定我不能向您推荐其他机构的贷款，但可以帮您把这笔贷款申请展期，材料清单发您了。"),
    ("push", "app", "", "【星河借】您的账单已逾期1天，逾期将按合同收取罚息，并可能影响您的个人征信。点击查看还款方式或申请延期。"),
    ("push", "app", "", "【星河借】您好，为保障您的权益，平台不会通过私人微信、私人账户收款，也从未委托任何人以“征信修复”名义收费。"),
    # --- a collection firm's public-account article, procuratorate's and judges' columns
    ("article", "app", "", "公众号推文｜我们为什么坚持“三不”：不骚扰借款人亲友、不在夜间外呼、不使用威胁性语言。合规催收不是口号，每一通电话都要经得起录音回放。"),
    ("prosecutor", "app", "", "【云溪检察】检察官说法：暴力催收、软暴力催收可能构成催收非法债务罪。近日，本院依法对一起以“爆通讯录”“上门喷漆”方式催收的案件提起公诉。"),
    ("prosecutor", "notice", "", "云溪县人民检察院 普法小课堂\n问：借了网贷还不上，会被检察院起诉吗？\n答：不会。民间借贷、网贷逾期属于民事纠纷，由出借人向法院提起民事诉讼，检察院不参与民事借款的催收。"),
    ("judge", "app", "", "法官提示｜收到法院执行通知后，被执行人可以主动联系执行法官申报财产、协商分期履行。主动履行的，法院可依法解除限制消费措施。"),
    ("judge", "app", "", "【云溪法院】法官说案：一名被执行人因有能力履行而拒不履行，被法院司法拘留十五日。法官提醒，判决生效后应当主动履行，确有困难可与申请人达成执行和解。"),
    # --- police reports and regulators' notices
    ("police", "app", "", "【云溪公安】警方通报：近日捣毁一个以冒充律师、伪造“法院传票”方式催收的团伙，抓获犯罪嫌疑人12名。如您曾收到类似“传票”，请向公安机关提供线索。"),
    ("regulator", "notice", "", "行政处罚信息公开表\n当事人：星河网络小额贷款有限公司\n违法违规事实：委托的催收机构向借款人以外的第三人透露债务信息，使用侮辱性语言催收。\n处罚决定：罚款人民币80万元。\n云溪金融监管分局"),
    ("regulator", "app", "", "【金融监管提示】金融机构及其委托的催收机构不得以暴力、威胁、恐吓等方式催收，不得冒用司法机关名义，不得向无关第三人透露借款人信息。"),
    # --- campus loans, grid workers, schools
    ("campus", "app", "", "辅导员：同学们注意，最近有人冒充网贷平台说“不还款就通知学校取消学位”，这是假的，学校不会因为个人借贷影响学籍。遇到困难可以找我或资助中心。"),
    ("campus", "notice", "", "致家长的一封信\n近期“校园贷”“培训贷”有所抬头，部分平台以“零首付”“零利息”诱导学生借款，逾期后以“告诉家长”“曝光到班群”相威胁。请家长提醒孩子谨慎借贷，遇到违规催收及时报警。\n云溪中学"),
    ("grid", "app", "", "网格员：各位居民，近期有人冒充社区和派出所上门“核查网贷逾期”，社区网格员不会上门讨债，也不会要求转账，遇到请拨打110。"),
    # --- suppliers, contractors, private loans
    ("supplier", "email", "", "致恒丰装饰有限公司：\n截至11月30日，贵司尚欠我司货款136,000元，已超过合同约定付款期60天。请贵司于12月31日前支付，逾期我司将依据合同向有管辖权的人民法院提起诉讼，并主张逾期付款利息。\n锦程建材有限公司 财务部"),
    ("supplier", "call", "", "坐席：王总您好 我是锦程建材财务的小刘 贵司那笔货款已经过了账期两个月了 您看是资金安排上有什么困难吗 我们可以先谈一个分批付款的方案"),
    ("contractor", "app", "", "装修公司：柏先生，您家的装修尾款8,000元还未结清。您提出的卫生间漏水问题我们已安排周六返修，返修验收后再结尾款也可以。"),
    ("friend", "app", "", "朋友：老柏，上次借你的三万块，你看今年能不能先还一部分？不着急，你有困难就跟我说，咱们商量个时间。"),
    ("friend", "app", "", "朋友：老柏，钱的事我不想闹僵，如果年底还是还不上，我只能按借条去法院起诉了，希望咱们还是能私下解决。"),
    # --- medical aesthetics, refunds
    ("aesthetic", "app", "", "【美颜分期】柏女士，您的医美分期第4期已逾期5天，请尽快还款。我们承诺严格保护您的就诊信息，催收中不会提及任何治疗内容。"),
    ("refund", "app", "", "家长：你们机构说好的七天无理由退费，现在拖了两个月，再不退我就去12315投诉，还要去法院起诉你们！\n客服：非常抱歉，您的退费已加急处理，预计3个工作日内原路退回。"),
    ("refund", "call", "", "客户：你们这就是骗子公司 课没上几节就跑路\n坐席：理解您的心情 我们没有跑路 校区只是搬迁 剩余课时可以换到新校区上 也可以按规定退费"),
    # --- traditional characters, Cantonese, Taiwanese lenders
    ("traditional", "sms", "", "【星河金融】柏先生您好，您的帳單已逾期3天，請於本月20日前繳款。如有還款困難，歡迎致電客服申請分期，我們不會聯繫您的親友。"),
    ("traditional", "call", "", "坐席：柏生你好 我哋係星河金融嘅 你張單遲咗幾日 唔使擔心 我哋可以幫你安排分期 你睇下幾時得閒傾下"),
    ("traditional", "email", "", "柏先生：\n本公司依法受託處理您於星河銀行之信用卡債務，委託期間為三個月。本公司不得以恐嚇、騷擾之方式催收，亦不得向第三人揭露您的債務資訊。如有疑義，請洽星河銀行客服專線。\n恆信資產管理股份有限公司"),
    # --- mixed English and emoji
    ("mixed", "app", "", "Hi柏先生😊 提醒一下您本期的repayment还没到账哦，due date是明天，如果有困难可以reply我，帮您申请延期～"),
    ("mixed", "app", "", "【星河借】Payment reminder📅 您的账单已逾期2天，请尽快还款。We will never ask you to transfer money to a personal account. 谨防诈骗🔒"),
    # --- reported speech and customers' words
    ("customer", "app", "", "客户：你们那个催收员说我不还钱就让我坐牢，还说要告诉我们公司，你们就这么催收的？\n客服：非常抱歉，这些说法是错误的，也违反我司规定。欠款属于民事纠纷，我们也绝不会联系您的公司。已将该催收员调离岗位。"),
    ("customer", "call", "", "客户：我跟你说 你们要是敢打我爸妈电话 我就去银保监投诉你们\n坐席：您放心 我们不会打您父母的电话 您的投诉权利我们也尊重 今天就是想了解一下您的还款安排"),
    ("customer", "app", "", "客户：我被你们逼得都想去卖肾了\n客服：千万不要这样想，您的身体和安全比什么都重要。我们可以先停止催收，帮您申请最长12个月的延期，好吗？"),
    ("customer", "call", "", "客户：你们是不是要上门 我告诉你 你们敢来我就报警\n坐席：我们不会上门的 您别担心 如果以后真的需要面谈 也会先征得您的同意 约在您方便的地方"),
    # --- training and quality review
    ("training", "notice", "", "催收话术合规自查表\n□ 是否出现“坐牢”“拘留”“通缉”等字眼（出现即不合格）\n□ 是否提及联系借款人家人、单位（出现即不合格）\n□ 是否使用“老赖”“骗子”等称呼（出现即不合格）\n□ 是否告知借款人投诉渠道"),
    ("training", "email", "", "各组组长：\n上周抽检发现，有坐席在客户说“我没钱”后回答“没钱就去借啊”，这是诱导借贷，属于严重违规，请各组本周内完成复训。\n质检部"),
    ("training", "notice", "", "外访员行为守则：外访只见借款人本人；借款人不在家的，留下联系卡即离开，不向家人、邻居说明来意；不拍照、不录像他人住所；不在门上张贴任何材料。"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：柏哥 你那个账单嘛 晚了几天 莫得关系 你看这个月底之前能不能整起 整不起你跟我说 我们想办法"),
    ("dialect", "call", "", "坐席：柏大姐 我是星河借的 您这个钱呢 拖了些日子了 您看咋整 要不先还点 剩下的咱慢慢来"),
    ("robot", "call", "", "坐席：您好 这里是 星河借 智能客服 您的 账单 已逾期 五天 请问 您是否 需要 申请 延期还款 需要请说 是 不需要请说 否\n客户：是\n坐席：好的 已为您提交延期申请 稍后会有短信通知结果"),
    ("robot", "call", "", "坐席：喂 您好 是柏先生吗 这边是 锦程建材 财务 嗯 那个 货款的事 想跟您 呃 确认一下 付款时间\n客户：下周吧\n坐席：好的 下周三我再跟您确认 谢谢"),
    # --- near the categories
    ("near-legal", "app", "", "【星河借】柏*，您的借款已逾期180天，平台已将债权依法转让给云溪资产管理有限公司，后续由其依法向您主张权利，债权转让通知书已寄送至您的地址。"),
    ("near-legal", "call", "", "坐席：柏先生 我跟您说实话 我们确实可能起诉 但起诉是民事的 法院判了以后您按判决还就行 跟坐牢什么的没关系"),
    ("near-impersonation", "app", "", "【云溪资产】柏*，我司是受让星河借债权的资产管理公司，不是法院、不是律所，有关债权转让的文件可在“债权查询”页面查看。"),
    ("near-impersonation", "call", "", "坐席：您好 我是星河借的 不是法院 您说收到了法院的短信 真假您可以打12368核实 我们这边能告诉您的是 我司确实已经向法院起诉了"),
    ("near-violence", "app", "", "【锦程建材】王总，我司财务人员将于下周二上午10点到贵司办公室对账，请安排财务人员接待，如时间不便请回复改约。"),
    ("near-violence", "sms", "", "【云溪燃气】您家燃气表显示异常，为保障安全，工作人员将于明日上午上门检修，上门时出示工作证，请您在家。"),
    ("near-third-party", "email", "@", "致柏*的保证人邓*先生：\n借款人柏*已逾期三期，依据您签署的保证合同，您在保证范围内负有连带清偿责任。请您于15日内与我行联系，如对合同有疑问欢迎来行查阅。\n星河银行个人信贷部"),
    ("near-third-party", "call", "@", "坐席：您好 请问是柏*家吗\n第三方：他上班去了\n坐席：好的 那我晚点再打给他 谢谢您 打扰了"),
    ("near-exposure", "app", "", "【云溪法院】本院已将拒不履行生效判决的被执行人信息录入全国失信被执行人名单库，社会公众可通过中国执行信息公开网查询。"),
    ("near-exposure", "app", "", "博主：今天分享一张网友投稿的图片，是催收公司贴在他家门口的“欠款公告”，已打码。这种行为是违法的，大家遇到可以拍照报警。"),
    ("near-rollover", "app", "", "客服：您提到想用另一张信用卡的额度来还我们，这样只是把债务挪了个地方，利息会更高，我们不建议。您可以先申请分期。"),
    ("near-rollover", "call", "", "客户：我打算把我那个车卖了一次性还清\n坐席：那是您自己的决定 卖不卖都可以 如果您决定一次性结清 我们可以给您申请减免部分罚息"),
    ("near-insult", "app", "", "客服：您说我们是“吸血鬼”“黑社会”，我们理解您的情绪，也欢迎您提出具体意见，利息明细已发到您的邮箱。"),
    ("near-insult", "notice", "", "质检通报：坐席在通话中称客户为“无赖”，客户已投诉，该坐席扣除当月绩效并停岗学习一周。"),
    ("near-disclosure", "call", "@", "第三方：我是柏*的领导 你们找他干什么\n坐席：您好 这是他个人的事情 我们不便透露 麻烦您让他本人回个电话就可以 谢谢您"),
    ("near-disclosure", "email", "@", "致云溪花园物业服务中心：\n我司需向业主柏*送达书面通知，请协助确认其是否仍在该地址居住。本函不涉及业主的任何个人事务，如不便答复可不予回复。\n锦程建材有限公司"),
    ("near-disclosure", "app", "", "【星河借】柏*，您设置的紧急联系人邓*已在App中确认，我们仅在无法联系您本人时使用，不会向其透露借款信息。"),
    ("near-disclosure", "app", "", "朋友：老柏，你嫂子昨天问我借钱的事，我没跟她说，你自己心里有数就好，钱不急。"),
    ("near-disclosure", "call", "", "坐席：柏先生 您的紧急联系人邓先生那边我们没有打过电话 您说他接到了催收电话 能告诉我号码吗 我们查一下是不是冒充的"),
    ("near-third-party", "app", "", "客服：您要求我们不要再打您单位座机，已登记。以后只通过您本人手机和App联系您。"),
    ("near-legal", "sms", "", "【云溪资产】柏*，您的债务已逾期，我司保留依法追偿的权利。如您对债务金额有异议，可在30日内书面提出，我司将在核实期间暂停催收。"),
    ("near-exposure", "notice", "", "星河借 用户协议摘录：平台将严格保护用户个人信息，不会在任何公开渠道公布用户的借款或逾期信息，法律法规另有规定的除外。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV3", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
