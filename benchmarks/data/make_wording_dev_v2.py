"""Wording development batch v2 (issue 9, false legal claims, impersonation and rollover, second round): `python -m
benchmarks.data.make_wording_dev_v2`.

Written for this file, text by text, by the helper session that tunes `misleading.legal`,
`misleading.impersonation` and `coercion.debt_rollover`, halfway through its work and before any detector was run
on it, in voices batch v has little of: village and community mediators, labour arbitration, a notary's phone call,
guarantee companies after paying the lender, pawn shops, car-loan repossession letters, a judge's column, bank
branch staff, a lender's in-house lawyer, WeChat voice notes transcribed, Hokkien-flavoured Taiwanese Mandarin and
Northeastern speech; violating, collectors whose court, police or lawyer identity is implied only by the work they
claim (我们这边出传票, 我这边给你办拘留手续, 以律师身份), and borrowing urged as a favour. About half are compliant.
All people, numbers, companies, courts and places are invented.

First run (tree at commit cf4ce82, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_v2.jsonl --errors 0`; 50 messages, 25 violating): rules
alone micro P 0.810 R 0.567 F1 0.667, compliant flagged 1/25; classifier alone micro P 0.900 R 0.600 F1 0.720,
compliant flagged 0/25; fused micro P 0.828 R 0.800 F1 0.814, message-level R 0.840 P 0.955, compliant flagged 1/25.
After that run one label was corrected: the call to the debtor's brother (WLV2-025) reveals the debt to him, a
disclosure as well as pressure (contract section 5).

Output (deterministic): `wording_dev_v2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_v2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "call", "LT", "坐席：你这个月再不还 我们就把你的名字报到你们村委会 让他们取消你家的低保 这是有规定的"),
    ("legal", "app", "L", "【乐融担保】邝*，我司已为您代偿，依据相关规定，代偿后拒不归还即构成诈骗，我司法务将于本周报案。"),
    ("legal", "call", "L", "坐席：你们东北那嘎达 法院执行可快了 今天不还 明儿个你那工资卡社保卡医保卡全给你冻了 看病都刷不了"),
    ("legal", "sms", "L", "【盈信资产】邝*，您的逾期已满一年，按新规将被列入征信黑名单永久保留，本人及子女终身无法贷款。"),
    ("legal", "call", "L", "坐席：我这边已经给你提交拘留申请了 法院批下来就是十五天 你自己算算划不划算"),
    ("legal", "app", "L", "語音轉文字：邝先生 你這個欠款已經轉刑事了 警察那邊會直接去你公司找你 到時候很難看"),
    ("legal", "call", "L", "坐席：车贷逾期三期 你这就属于非法占有抵押车 是要判刑的 别以为是民事纠纷"),
    ("imp", "call", "P", "坐席：你好 这边是法院执行窗口 你那个案子的执行款 今天下午打到我们合作的盈信资产账户上就可以"),
    ("imp", "call", "PL", "坐席：我这边给你办拘留手续了 你明天上午九点前到我们执行局来 不来就上门拘传"),
    ("imp", "sms", "P", "【鹭城市公证协会】邝*，您在乐融担保的债务已被公证确认，请于三日内向乐融担保结清，公证协会监督执行。"),
    ("imp", "call", "P", "坐席：我是乐融担保法律事务部的 也是执业律师 代表律所正式通知你 这周必须结清\n客户：你到底是担保公司还是律所\n坐席：都一样 你还钱就行"),
    ("imp", "app", "P", "盈信资产-外访组：邝*，我们已与你户籍地司法所对接，司法所工作人员就是我本人，请尽快处理欠款。"),
    ("imp", "call", "PL", "坐席：俺是你们那片派出所的 你那个网贷平台报案了 今儿个不还 明儿个就把你带所里去"),
    ("imp", "sms", "P", "【鹭城仲裁】邝*先生，关于您与鑫禾分期之借款，请于今日内联系鑫禾分期结清，本仲裁庭已备案。"),
    ("imp", "call", "P", "坐席：你好 我们这边是出传票的 就是法院送达这块的 你那个鑫禾的欠款 今天能不能先还一部分"),
    ("imp", "app", "P", "律师 陈*（执业证号已核验）：邝先生，我是你的债权人委托律师，请加我微信，把钱直接转我这里，平台那边我来处理。（发送账号为盈信资产外呼组）"),
    ("roll", "call", "R", "坐席：你媳妇不是有工作吗 让她用她的名字去银行贷一笔 利息也不高 先把你这个还了"),
    ("roll", "app", "R", "盈信资产-柏专员：当铺那边我帮你问了，你那块表能当八千，当了先还我们，赎回来的事以后再说。"),
    ("roll", "call", "R", "坐席：我跟你讲 我有个兄弟是放款的 你要的话我帮你搭个线 当天就能拿钱 先把这边平了"),
    ("roll", "sms", "R", "【鑫禾分期】邝*，您的逾期可通过“鑫禾优选”合作机构申请新借款一次结清，结清后征信不留逾期记录。"),
    ("roll", "call", "R", "坐席：你手机里不是有好几个平台吗 每个都点一下借一点 凑一凑就够了"),
    ("roll", "call", "R", "坐席：欸 阿你就先跟地下钱庄调一下嘛 利息高一点而已 先把这个缴清 不然很麻烦"),
    ("mixed", "call", "PT", "坐席：我是司法所的 你不还 我们就去你单位跟你领导说明情况"),
    ("mixed", "app", "LR", "你这是诈骗，再不还就坐牢，赶紧去借，借多少都行，今天必须还。"),
    ("mixed", "call", "@DT", "坐席：你是邝*的弟弟吧 你哥这钱你们家得替他还 不还我们就天天打你电话"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("court", "app", "", "法官说法｜欠款不还会坐牢吗？普通借款纠纷是民事案件，不会因为欠钱被判刑。但法院判决后有能力履行而拒不履行，情节严重的，可能构成拒不执行判决、裁定罪。"),
    ("court", "sms", "", "【鹭城市思明区人民法院】邝*，您的案件（2026）闽0203民初7789号已立案，诉讼文书已通过电子送达平台送达，请登录查阅，如有疑问请拨打12368。"),
    ("court", "notice", "", "鹭城市思明区人民法院\n报告财产令\n（2026）闽0203执2210号\n邝*：你未履行生效判决确定的义务，依法责令你自收到本令之日起五日内如实报告财产情况。拒绝报告或虚假报告的，本院可根据情节轻重予以罚款、拘留。"),
    ("mediation", "call", "", "坐席：邝大哥 我是咱村人民调解委员会的 鑫禾那边申请调解您的借款 调解不收费 您要是不想来也没事 我们就是居中说和"),
    ("mediation", "notice", "", "鹭城市劳动人事争议仲裁委员会\n开庭通知书\n申请人：邝*\n被申请人：鹭城远帆物流有限公司\n本案定于2026年11月20日上午9时开庭，请准时到庭。"),
    ("notary", "call", "", "坐席：您好 我是鹭城正诚公证处的公证员 鑫禾分期申请出具执行证书 依规定需要向您核实借款情况 您对欠款金额有异议可以当面提出 我们不代为收款"),
    ("guarantee", "sms", "", "【乐融担保】邝*，我司已按保证合同为您向银行代偿本息46,200元，依法取得追偿权。请联系我司协商还款计划，如有异议可提供书面材料。"),
    ("guarantee", "email", "", "邝先生：\n我司作为保证人已履行代偿义务。如您未能还款，我司将依法向人民法院提起追偿诉讼。在起诉前，我司愿意与您协商分期方案。\n乐融融资担保有限公司 法务部"),
    ("pawn", "app", "", "【福瑞典当】邝*，您的当票将于12月3日到期，请于到期前办理续当或赎当；逾期未处理的，依据《典当管理办法》按绝当处理。"),
    ("car", "notice", "", "抵押权实现告知书\n邝*：您的汽车贷款已逾期120天，经多次协商未果。我司将依法通过诉讼或申请实现担保物权程序处置抵押车辆，不会自行扣车，请于十五日内联系我司。\n鹭行汽车金融有限公司"),
    ("bank", "call", "", "坐席：邝先生 我是鹭城银行思明支行的客户经理 您那笔信用卡逾期 我们这边可以帮您申请个性化分期 最长60期 您看要不要办"),
    ("inhouse", "email", "", "邝先生：\n我是鑫禾分期的公司律师（企业法务，非律师事务所执业律师）。关于您的欠款，公司尚未起诉，我们希望先协商。如进入诉讼，将由法院依法判决，不涉及任何刑事追究。\n鑫禾分期 法务部"),
    ("lawfirm", "sms", "", "【鹭岛律师事务所】邝*先生，本所受鑫禾分期委托，就您的借款事宜已寄出律师函至您登记地址，您可在律师执业信息公示平台核实承办律师陈*。"),
    ("outsourcing", "call", "", "坐席：邝先生您好 我是盈信资产的催收员 受鑫禾分期委托 我们不是律所也不是法院 就是跟您商量一下还款"),
    ("outsourcing", "app", "", "盈信资产-柏专员：邝先生，您问我们是不是律所：不是，我们是鑫禾分期委托的催收公司，律师函如有需要会由律所另行发出。"),
    ("restructure", "sms", "", "【鑫禾分期】邝*，根据您的困难申请，已为您办理延期还款90天，延期期间暂停罚息，请于2027年3月1日前恢复还款。"),
    ("restructure", "call", "", "坐席：邝先生 您说想去借别的平台的钱来还 我们真不建议 利息叠利息 我这边先给您申请停息挂账 您看行吗"),
    ("ad", "sms", "", "【鹭城银行】尊敬的客户，您已获得信用卡临时额度提升至3万元，有效期30天，请合理消费，回T退订。"),
    ("ad", "app", "", "鑫禾优选：小微经营贷上线，年化利率（单利）6%起，需提供营业执照及经营流水，审核结果以实际为准。"),
    ("police", "sms", "", "【鹭城公安反诈】警方提示：自称“法院执行窗口”“公证协会”要求您向催收公司账户转账的，均为冒充，请勿转账。"),
    ("complaint", "app", "", "网友求助：催收打电话说自己是司法所的，还说让我老婆去银行贷款帮我还，这种算不算违规？我已经录音了。"),
    ("training", "notice", "", "催收话术红线：禁止说“我是法院/派出所/司法所的”，禁止说“不还就拘留”，禁止推荐客户“去别的平台借一下”。违者按质检红线处理。\n盈信资产 质检部"),
    ("near", "call", "", "坐席：邝先生 我们确实会依法起诉 但是起诉不等于坐牢 法院判了以后您按判决还就行 现在协商还来得及"),
    ("near", "call", "", "坐席：您说您想把表当了还钱 这是您自己的决定 我们不做建议 分期方案您也可以考虑一下"),
    ("near", "app", "", "鑫禾分期客服：您的逾期记录会依法报送征信，结清后不良记录保留5年，不会影响您子女上学或参军政审。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLV2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
