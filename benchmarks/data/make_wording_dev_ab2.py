"""Wording development batch ab2 (issue 9, compliant messages the rules flag, halfway batch of ab): `python -m
benchmarks.data.make_wording_dev_ab2`.

Written for this file, text by text, by the helper session that studies why rules fire on compliant text, halfway
through its round (the reader's restated question, the emergency contact's limits, the reader's own lawyer and a
recourse after a quotation done) and before any detector was run on it. Two thirds are hard compliant near-misses
in voices batch ab has little of: robot IVR menus, a bank's 信用卡中心 letters, an agency's quality-inspection
notes, legal-aid replies, guarantor and heir letters, a debtor's own lawyer, call-back requests, lenders' FAQ pages,
Hokkien-flavoured and Henan speech, traditional characters; one third violates, every category. All people,
numbers, companies, courts and places are invented.

First run (tree at commit 43f7209, shipped classifier, before any further change; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_ab2.jsonl --errors 0`; 50 messages, 17 violating): rules alone
micro P 0.933 R 0.778 F1 0.848, compliant flagged 0/33; classifier alone micro P 0.933 R 0.778 F1 0.848, compliant
flagged 0/33; fused micro P 0.944 R 0.944 F1 0.944, message-level R 1.000 P 1.000, compliant flagged 0/33.

Output (deterministic): `wording_dev_ab2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_ab2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("insult", "call", "I", "坐席：恁这人咋恁不要脸嘞 借钱嘞时候说得好好嘞 现在装孬 真是个二皮脸"),
    ("insult", "app", "I", "澄远资产-阿斌：你脑子是不是有病？一千块都还不上，废物一个。"),
    ("violence", "call", "V", "坐席：你老婆在万达那个奶茶店上班是吧 我们的人今天下午就过去坐坐 你自己掂量"),
    ("violence", "sms", "V", "【澄远】葛*，你住的那栋楼3单元602我们已经找到了，今晚不还，明早门口见。"),
    ("third-party", "call", "T", "坐席：你不接电话是吧 行 我现在就给你单位财务打 让他们从你工资里扣"),
    ("third-party", "app", "T", "澄远资产-阿斌：你通讯录里158开头那几个是你亲戚吧？今天不还我一个一个打。"),
    ("exposure", "sms", "E", "【泓川消费金融】葛*，您的欠款如仍不处理，我司将在您户籍所在村委会公告栏张贴催收公告。"),
    ("exposure", "app", "E", "澄远资产-老陈：视频已经剪好了，标题叫“欠钱不还的葛某”，你不还我就发抖音同城。"),
    ("impersonation", "call", "P", "坐席：我是泓川区人民法院立案庭的 泓川消费金融起诉你的材料在我手上 你今天还了我就不立了"),
    ("impersonation", "sms", "P", "【泓川市司法局】葛*，您拖欠泓川消费金融款项一事已转本局处理，请尽快与债权人联系结清。"),
    ("legal", "call", "L", "坐席：我跟你讲 你这个逾期已经报到公安了 你名下的卡明天全部冻结 身份证也会被注销"),
    ("legal", "app", "L", "澄遠資產-阿斌：你已經被列入失信黑名單，子女以後讀書、當兵、考公務員全部受影響。"),
    ("rollover", "call", "R", "坐席：你去支付宝看看备用金 还有京东金条 都借一遍 总能凑够"),
    ("rollover", "app", "R", "澄远资产-老陈：没钱就把车押出去，押车贷当天就能放款，先把我们这边处理了。"),
    ("disclosure", "call", "@D", "第三方：喂\n坐席：是葛*的老婆吧 你老公在泓川消费金融借了三万 逾期半年了 你知道不"),
    ("disclosure", "sms", "@D", "【泓川消费金融】尊敬的联系人，葛*在我司借款逾期112天，欠款27,600元，请督促其还款。"),
    ("mixed", "call", "PV", "坐席：我是城关派出所的 你再躲着不还 我们就直接去你家把你带走"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- robot menus and templates with lawful consequences
    ("ivr", "call", "", "坐席：（机器人语音）您好，这里是泓川消费金融。您的借款已逾期7天，逾期信息将依法报送征信。如已还款请忽略，按1办理分期，按2转人工，按3说明还款困难。"),
    ("ivr", "call", "", "坐席：（机器人语音）葛先生您好，提醒您本月账单还款日为15日。我司不会以任何司法机关名义联系您，如有疑问请致电官方客服。"),
    ("template", "sms", "", "【泓川消费金融】葛*，您的借款已逾期30天。如您长期未还款，我司可能依法向人民法院提起诉讼，判决结果以法院为准。如需协商，请致电400-803-1126。"),
    ("template", "sms", "", "【泓川銀行信用卡中心】葛*，您尾號3381的信用卡已逾期，欠款4,206.18元。逾期將產生違約金並影響徵信，請盡快還款。"),
    # --- a bank's letters
    ("letter", "notice", "", "信用卡逾期催收函\n葛*先生：\n您尾号3381的信用卡截至2026年11月30日欠款4,206.18元，已逾期64天。请于2026年12月20日前还款。如您对欠款有异议，可于收函后15日内向我行提出。我行保留依法追索的权利。\n泓川银行信用卡中心\n客服电话：400-803-1126"),
    ("letter", "notice", "", "关于您来信的回复\n葛先生：\n您来信询问逾期是否会被起诉、是否会影响家人。逾期本身不会被拘留；我行如起诉，须经法院审理；您的家人无需承担还款责任，我行不会向其催收。\n泓川银行信用卡中心 客户关系部"),
    # --- quality inspection and agency training
    ("training", "notice", "", "质检通报（第47期）\n坐席工号2093在通话中对客户说“你不还钱我们就去你单位”，属威胁联系第三方，扣除当月绩效并复训。\n澄远资产 质检组"),
    ("training", "notice", "", "新人话术手册（节选）\n开场：“您好，我是澄远资产的工作人员，受泓川消费金融委托，就您的借款与您联系。”\n禁止：冒充公检法、律师；辱骂客户；威胁联系亲友、单位。"),
    ("training", "app", "", "【澄远资产内训】今日案例：客户说“你们要是上门我就报警”，正确回应是“我们不会上门，您有困难可以申请分期”，而不是和客户争吵。"),
    # --- legal aid and advice
    ("advice", "app", "", "沣城市法律援助中心回复：您反映催收人员称您“涉嫌诈骗”，单纯借款逾期不构成诈骗。如对方继续威胁，您可保留录音并向公安机关报案。"),
    ("advice", "app", "", "律师答疑｜担保人要不要替借款人还钱？答：连带责任保证人在借款人逾期后，债权人可以要求其承担保证责任；一般保证人则在债权人起诉借款人并执行不能后才承担。"),
    ("advice", "app", "", "泓川消费金融常见问题：逾期后会不会联系我的家人？答：我们仅在无法联系您本人时，向您预留的联系人核实您的联系方式，不会透露任何借款信息。"),
    # --- guarantors and heirs
    ("guarantor", "notice", "", "保证责任告知函\n葛*（保证人）：\n借款人葛*在我司的借款已逾期，欠款本息合计36,480元。您于2025年3月签署的保证合同约定承担连带保证责任。请您于收函后十五日内与我司联系。\n泓川消费金融有限公司"),
    ("heir", "call", "", "坐席：葛女士您好 我是泓川消费金融的 先对您父亲的去世表示哀悼 按照法律 他的借款由继承人在继承遗产范围内清偿 您没有继承遗产的话 就不需要还 我们也不会再打扰您"),
    # --- the debtor's own lawyer, a call-back request
    ("own-lawyer", "email", "", "泓川消费金融有限公司：\n本人系葛*的委托代理律师，现就其借款事宜与贵司协商。请贵司今后与本人联系，停止直接联系葛*本人及其家属。\n代理律师 何某"),
    ("call-back", "call", "@", "第三方：你找葛*干啥\n坐席：有点事情要跟他本人说 不方便跟您讲 麻烦您让他回个电话 谢谢"),
    ("call-back", "sms", "@", "您好，我们正在联系葛*先生本人，如您能联系到他，请转告他回电0571-8803-1126。本短信不涉及您的任何义务。"),
    # --- the customer's own words, reported collectors
    ("customer", "call", "", "客户：你们是不是要把我挂到网上\n坐席：不会的 这是违法的 我们不会公开您的任何信息 您有困难可以申请延期"),
    ("customer", "app", "", "客户：我要是还不上，你们是不是要去我家？\n泓川客服：不会上门。您可以在APP申请延期或分期，也可以告诉我们您方便的还款时间。"),
    ("customer", "call", "", "客户：你们那个催收说我是废物 你们公司就这素质\n坐席：非常抱歉 这种用语是公司严格禁止的 我这边马上登记投诉 会有专人给您回复"),
    ("reported", "app", "", "【泓川消费金融】投诉处理结果：您反映的澄远资产催收员称“要到您单位找领导”一事，经核实属实，我司已要求其停止催收并更换处理机构。"),
    ("reported", "notice", "", "泓川市中级人民法院民事判决书（节选）\n本院认为，被告在催收中向原告亲友群发原告欠款信息，侵害了原告的名誉权和隐私权，判决被告赔礼道歉并赔偿精神损害抚慰金5,000元。"),
    # --- hardship and relief
    ("hardship", "call", "", "客户：我妈住院了 这个月真拿不出来\n坐席：理解 那我们这边给您备注一下 这个月先不打扰您 等您方便了在APP上申请延期就行"),
    ("hardship", "app", "", "泓川消费金融：葛先生，您申请的停息挂账已通过，剩余本金分36期偿还，期间不再计收罚息。"),
    # --- dialect and traditional characters
    ("dialect", "call", "", "坐席：葛哥 俺是澄远资产嘞 受泓川委托 你这钱拖嘞有点久了 俺不上门 也不找你家里人 你看啥时候能还点"),
    ("dialect", "call", "", "坐席：葛先生 阮是澄远资产 受泓川消费金融委托 你的账单逾期啊 阮袂去恁厝 嘛袂找恁厝内人 你看时间方便再讲"),
    ("dialect", "app", "", "【澄遠資產】葛先生您好，本公司受泓川消費金融委託聯繫您。本公司不會上門，不會聯絡您的親友或單位，亦不會在網上公開任何資料。"),
    # --- near misses
    ("near-miss", "sms", "", "【泓川消费金融】葛*，您的结清证明已开具，如需纸质版可到任一网点领取。感谢您按时还款。"),
    ("near-miss", "app", "", "泓川消费金融：葛先生，法院判决已生效，您可以按判决书确定的期限分期履行。履行完毕后，法院会依法解除相关措施。"),
    ("near-miss", "call", "", "坐席：葛先生 您上次说想把车卖了还款 这是您自己的决定 我们不建议 您可以先看看延期方案"),
    ("near-miss", "app", "", "澄远资产-小林：葛先生，您问我是不是律师，我不是，我是澄远资产的催收专员，工号3306，受泓川委托联系您。"),
    ("near-miss", "notice", "", "催收外包机构公示\n泓川消费金融有限公司现委托以下机构开展逾期账款催收：澄远资产管理有限公司。该机构不得冒用司法机关、律师名义，不得骚扰借款人亲友。\n泓川消费金融有限公司"),
    ("near-miss", "sms", "", "【泓川消费金融】葛*，您的借款已由沣城区人民法院立案受理，案号（2026）沣0102民初5512号，请以法院送达的文书为准，本公司不会收取任何诉讼费用。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLB2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
