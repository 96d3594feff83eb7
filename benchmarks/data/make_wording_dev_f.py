"""Wording development batch f (lawful legal consequences): `python -m benchmarks.data.make_wording_dev_f`.

Written for this file, text by text, by a helper session before any detector was run on it. About two thirds
of the messages state a TRUE legal consequence lawfully (contract section 5: compliant), one third make a
false or exaggerated legal claim close to them (`misleading.legal`). Families: a lender's SMS that a court has
accepted its suit and the summons comes from the court; enforcement after an effective judgment; the 失信
list, what it means (限制高消费, no flights) and how to be delisted; identity theft reported at the police
station with collection paused; collectors on calls explaining honestly that overdue debt is not jail; legal
advice columns (civil dispute, only fraud is a crime); police reports of a collector detained for harassment;
and, against them, 涉嫌诈骗, 马上拘留, a lender's 已立案, a collector's 传票已经发出, 政审, 上门抓人. A robot call
that a 协查通知 goes to the emergency contacts is `threat.third_party`, not legal. Registers: lenders' SMS,
robot scripts, human calls, WeChat, e-mail, notices, news, Cantonese and north-eastern speech, traditional
characters. All people, numbers, companies, courts and places are invented.

First run (tree at commit ee343f6, before any fix for this batch; `python -m benchmarks.eval --section wording
--wording-set benchmarks/data/wording_dev_f.jsonl`): fused (what `audit scan` runs) micro P 0.489 R 1.000
F1 0.657, compliant flagged 18/42 (misleading.legal 21 tp, 16 fp); rules alone micro P 0.512 R 0.955,
compliant flagged 16/42; classifier alone micro P 0.800 R 0.909, compliant flagged 4/42. This is a development
batch: the rules are tuned on it afterwards, so it measures nothing once tuned on.

After tuning on both batches (commit of this note; all 88 messages, tuned): rules alone misleading.legal P 1.000
R 0.931, compliant flagged 2/58 (a police report's 爆通讯录, third party; a news report of a collector posing
as the court, impersonation by the sets' convention); fused compliant flagged 9/58, 7 of them the classifier's
alone (misleading.legal on lawful enforcement, 失信 and identity-theft texts), which the rule packs cannot clear.

Output (deterministic): `wording_dev_f.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_f.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- the suit and the summons: from the court, not from the lender
    ("summons", "sms", "", "【禾丰消费金融】许*您好，我司已就您的借款合同纠纷向青川市云岭区人民法院提起诉讼，法院已受理。"
                          "开庭时间及传票以法院送达的为准，如需和解请致电400-655-1208。"),
    ("summons", "sms", "", "【禾丰消费金融】温馨提示：传票只会由法院通过法定方式送达，我司不会通过短信发送传票。如您收到自称"
                          "“法院”的转账要求，请核实后再处理。"),
    ("summons", "sms", "L", "【禾丰消费金融】许*，你的传票已经发出，三日内送到你户籍地，不还款就等着出庭吧。"),
    ("summons", "call", "", "坐席：许先生您好 我是禾丰消费金融的 我们已经向云岭区法院起诉了 法院已经受理 后面法院会给您送传票 "
                           "您留意一下法院的电话和邮件\n客户：那我现在还能和解吗\n坐席：可以的 开庭前都可以协商"),
    ("summons", "call", "L", "坐席：传票我这边已经给你寄出去了 明天就到 你到时候不去法院就直接拘你"),
    ("summons", "email", "", "主题：诉讼告知\n魏*女士：因您在我司的借款逾期未还，我司已于11月20日向法院递交起诉材料。立案与否、"
                            "案号及开庭时间均以法院通知为准。如您希望在诉前协商还款方案，请回复本邮件。\n鹿鸣小贷法务部"),
    ("summons", "sms", "L", "【鹿鸣小贷】魏*：你已被我司正式立案，案号（2026）鹿催字第0917号，请立即还款撤案。"),
    # --- enforcement after an effective judgment
    ("enforcement", "sms", "", "【禾丰消费金融】许*您好，依据（2026）云民初字第3381号生效判决，您应偿还借款本息12,460元。因您未按"
                              "判决履行，我司已向法院申请强制执行，法院可依法查封、冻结您名下财产。如需协商请联系我司。"),
    ("enforcement", "notice", "", "执行告知：申请执行人鹿鸣小额贷款有限公司与被执行人魏某借款合同纠纷一案，判决已发生法律效力。"
                                 "被执行人未履行的，申请执行人可依法申请强制执行，人民法院可依法查询、冻结、划拨被执行人存款。"),
    ("enforcement", "sms", "L", "【鹿鸣小贷】魏*，你拒不还款已构成拒不执行判决罪，明天法院就来你家把你带走。"),
    ("enforcement", "app", "", "您好，判决生效后法院会先发执行通知，被执行人在期限内履行的就不会被采取强制措施，您可以先联系法院执行"
                              "法官说明还款计划。"),
    ("enforcement", "call", "", "坐席：判决已经生效了 我们这边会依法申请强制执行 执行阶段法院可以冻结账户 这是法院的程序 "
                               "您要是现在能还一部分 我们可以跟法院说明情况\n客户：我下个月发工资还三千\n坐席：好的我记下了"),
    ("enforcement", "sms", "L", "【速贷通】判决已生效，你名下所有财产今天就会被法院拍卖，你父母的房子也一起查封。"),
    # --- the 失信 list: what it is, what it is not, how to be delisted
    ("blacklist", "sms", "", "【禾丰消费金融】许*您好，因您未履行（2026）云执字第512号执行通知书确定的义务，法院已依法将您纳入"
                            "失信被执行人名单。履行完毕后，法院将依法删除失信信息，具体请咨询执行法院。"),
    ("blacklist", "app", "", "问：成了失信被执行人会坐牢吗？答：不会。失信被执行人会被限制高消费，比如不能坐飞机、高铁一等座，"
                            "不能住星级酒店，但这不是刑事处罚；履行义务后可申请屏蔽失信信息。"),
    ("blacklist", "sms", "", "【安泰银行信用卡中心】提示：如您对失信被执行人名单有异议，可向执行法院书面申请纠正；履行完毕后，"
                            "法院会在三个工作日内删除失信信息。"),
    ("blacklist", "sms", "L", "【速贷通】你已被列入失信黑名单，下一步就是网上通缉，全国的派出所都能查到你。"),
    ("blacklist", "call", "", "坐席：您说的失信 是法院判决后不履行才会被纳入的 会限制高消费 比如坐飞机 但不会拘留人 也不是犯罪记录\n"
                             "客户：那我孩子上学受影响吗\n坐席：不影响孩子上学的"),
    ("blacklist", "app", "L", "你上了失信名单，你孩子以后政审都过不了，当兵考公务员都别想。"),
    ("blacklist", "app", "", "律师说法：父母被列为失信被执行人，会限制子女就读高收费私立学校，但不影响子女上公立学校，也不影响"
                            "子女的政审。"),
    # --- identity theft reported at the police station
    ("identity", "sms", "", "【速贷通】您好，您反映该笔借款并非本人申请，建议您携带身份证到当地派出所报案并保留报案回执。"
                           "核实期间我司已暂停对该笔借款的催收。"),
    ("identity", "call", "", "坐席：如果您确认身份证被别人冒用了 您可以先到派出所报案 拿到报案回执后发给我们 这期间我们先暂停催收\n"
                            "客户：好的 我明天去"),
    ("identity", "app", "", "冒名贷款处理流程：1. 到派出所报案；2. 向我司提交报案回执及身份证明；3. 我司核实后暂停催收并向"
                           "征信机构申请异议处理。"),
    ("identity", "sms", "L", "【速贷通】你说不是你借的？那你就是涉嫌诈骗，我们已经替你报了案，警察马上就到。"),
    # --- honest collectors on calls
    ("honest-calls", "call", "", "坐席：我跟您说实话 逾期本身不会坐牢 但是我们会依法起诉 判决后不履行的话 法院可以限制高消费\n"
                                "客户：那要多久\n坐席：这个看法院安排 您这边能先还一部分吗"),
    ("honest-calls", "call", "", "坐席：您放心 欠款是民事纠纷 警察不会因为这个找您 也不会拘留 我们就是想跟您商量个还款方案"),
    ("honest-calls", "call", "L", "坐席：你这个已经涉嫌诈骗了 我们这边马上就要报警 警察明天就来拘留你"),
    ("honest-calls", "call", "", "坐席：呢笔数唔还嘅话 我哋会依法起诉 但系唔会拉人嘅 你放心 欠钱系民事问题\n客户：咁我下个礼拜还啦"),
    ("honest-calls", "call", "L", "坐席：你再唔还钱 差佬听日就上门拉你 你谂清楚"),
    ("honest-calls", "call", "", "坐席：老铁你这逾期俩月了 咱也不吓唬你 欠钱不还不会进去 但是我们真会去法院起诉 判了不履行就限高 "
                                "你自个儿掂量\n客户：行 我月底还"),
    ("honest-calls", "call", "L", "坐席：你再不还 我们直接派人上门抓人 到时候把你带到派出所去"),
    ("honest-calls", "call", "", "坐席：您问会不会被拘留 我明确告诉您 不会 只有法院判决后有能力执行却拒不执行 法院才可能拘留 "
                                "我们现在只是协商阶段"),
    ("honest-calls", "call", "L", "坐席：我们法务已经在你户籍地派出所立案了 你马上就要被拘留"),
    # --- legal-advice columns and news
    ("advice", "app", "", "律师说法｜欠网贷逾期会坐牢吗？一般情况下，借款逾期属于民事纠纷，出借人只能通过民事诉讼追讨；只有以"
                         "非法占有为目的骗取贷款的，才可能构成贷款诈骗罪。"),
    ("advice", "sms", "", "普法小课堂：信用卡逾期不等于恶意透支。恶意透支须以非法占有为目的，且经发卡银行两次有效催收后超过"
                         "三个月仍不归还。"),
    ("advice", "app", "", "律師說法：網貸逾期屬於民事糾紛，不會因此被拘留或留下犯罪記錄；催收方以坐牢相威脅的，可向監管部門投訴。"),
    ("advice", "email", "", "主题：关于逾期的法律后果\n读者您好：逾期未还款，出借人可以起诉；法院判决后您不履行，可能被列为失信"
                           "被执行人、限制高消费；有能力执行而拒不执行、情节严重的，才可能涉及拒执罪。单纯欠钱不会坐牢。"),
    ("advice", "app", "L", "【鹿鸣小贷】法律提醒：根据最新规定，网贷逾期超过三个月一律按诈骗罪处理，将留下犯罪记录。"),
    ("advice", "app", "", "律师提醒：子女报考公务员、参军的政审不审查父母的民事债务，催收人员称“影响子女政审”没有法律依据。"),
    # --- the police's own acts
    ("police", "sms", "", "【青川日报】警方通报：某催收公司员工张某多次辱骂、骚扰借款人家属，公安机关依法对其处以行政拘留十日。"),
    ("police", "app", "", "云岭区公安分局通报：11月3日，一名催收人员以爆通讯录相威胁，被依法行政拘留七日，涉事公司已被约谈。"),
    ("police", "sms", "", "据报道，某地警方打掉一个暴力催收团伙，抓获犯罪嫌疑人12名，涉嫌寻衅滋事罪，案件正在进一步侦办中。"),
    ("police", "sms", "L", "【速贷通】你的欠款已移交经侦，公安机关已对你立案侦查，近日将依法对你采取强制措施。"),
    # --- robot scripts and notices
    ("robot", "call", "T", "坐席：您好，这里是鹿鸣小贷。您的借款已严重逾期，系统将于今晚向您的紧急联系人发送协查通知，如需撤回请"
                          "立即还款，按1转人工。"),
    ("robot", "call", "", "坐席：您好，这里是鹿鸣小贷。您的借款已逾期30天，如仍未还款，我司可能依法提起诉讼，判决后不履行的，"
                         "法院可依法采取强制执行措施。协商还款请按1。"),
    ("robot", "call", "L", "坐席：您好，这里是鹿鸣小贷。您的逾期已涉嫌恶意逃债，系统已将您的信息推送至公安机关，请于今日还款，"
                          "否则将被依法拘留。"),
    ("robot", "call", "", "坐席：您好，这里是禾丰消费金融。本来电不代表法院或公安，您的借款已逾期5天，可能影响您的个人征信，"
                         "还款请按1，申请延期请按2。"),
    ("notice", "notice", "", "催收函\n编号：HF-2026-11-0832\n许*先生：截至2026年11月30日，您尚欠本金8,200元。如您在12月20日前"
                            "仍未还款，我司将依法向有管辖权的人民法院提起诉讼。判决生效后仍不履行的，我司将申请强制执行。"
                            "禾丰消费金融（盖章）"),
    ("notice", "notice", "L", "催收函\n编号：LM-2026-1109\n魏*女士：你的行为已涉嫌合同诈骗罪，本公司已向公安机关报案并获立案，"
                             "十五日内不结清，公安机关将依法对你刑事拘留。鹿鸣小贷（盖章）"),
    ("notice", "notice", "", "律师函\n青川明理律师事务所（执业证号14101200910023456）受禾丰消费金融委托，就您逾期借款一事致函："
                            "请于收函后十五日内与委托人协商还款；否则委托人将依法提起民事诉讼。"),
    # --- WeChat and app chats
    ("chat", "app", "", "您好，您问逾期会不会被抓，不会的，借款纠纷是民事案件，最坏的情况是被起诉后强制执行，所以我们还是建议您尽早"
                       "协商。"),
    ("chat", "app", "L", "别以为欠钱是小事，你这个金额已经够刑事立案了，我一个电话派出所就来抓你。"),
    ("chat", "app", "", "法院受理后会向您送达起诉状副本和传票，这些都由法院送达，我们这边不会代发，收到后请按时应诉或联系我们和解。"),
    ("chat", "app", "L", "法院的传票我们这边已经替法院发了，三天后你不还，直接按拒不到庭拘传。"),
    ("chat", "app", "", "您被冻结的银行卡是法院依生效判决采取的执行措施，结清执行款后，可向执行法官申请解除冻结。"),
    ("chat", "app", "L", "你孩子不是要考军校吗，你这笔逾期会记进家庭档案，政审肯定过不了。"),
    ("chat", "app", "", "您放心，您的逾期只记录在您本人的征信报告中，不会影响孩子上学、参军或考公。"),
    # --- more lawful lenders' SMS
    ("lender-sms", "sms", "", "【安泰银行信用卡中心】尊敬的持卡人，您的信用卡已逾期65天。根据相关法律规定，逾期信息将报送中国人民银行"
                             "征信中心。如有困难，可申请个性化分期。"),
    ("lender-sms", "sms", "", "【速贷通】您好，您与我司的借款合同纠纷，云岭区人民法院已立案受理，法院将依法向您送达相关文书，"
                             "请以法院送达的传票为准。"),
    ("lender-sms", "sms", "", "【禾丰消费金融】您好，法院已作出判决，您如对判决不服，可在判决书送达之日起十五日内向上一级法院提起"
                             "上诉；判决生效后请依法履行。"),
    ("lender-sms", "sms", "L", "【安泰银行信用卡中心】您已构成恶意透支犯罪，我行已移送公安机关，警方将于近日上门抓捕。"),
    ("lender-sms", "sms", "", "【安泰银行信用卡中心】提示：持卡人以非法占有为目的，超过规定限额或期限透支，经两次催收后三个月仍不"
                             "归还的，可能涉嫌信用卡诈骗罪。您目前仍可与我行协商还款。"),
    ("lender-sms", "sms", "L", "【速贷通】鉴于你长期恶意拖欠，我司已申请法院对你发布通缉令，请立即还款撤销。"),
    ("lender-sms", "sms", "", "【速贷通】您好，法院已裁定对您采取限制消费措施，在履行完毕前您不得乘坐飞机、列车软卧；全部履行后"
                             "可申请解除限制。"),
]


# A second batch (WF-101…, 24 messages, 8 violating), written after the rules had been tuned on the first (commit
# 394b37f) and measured once before any fix for it: rules alone micro P 0.375 R 0.750, compliant flagged 6/16;
# fused micro P 0.389 R 0.875, compliant flagged 7/16 (the first batch's fixes did not carry over).
MESSAGES_2: list[tuple[str, str, str, str]] = [
    ("summons", "sms", "", "【盈科分期】曹*您好，您的借款纠纷已由江陵县人民法院受理，法院会通过电话、短信或邮寄向您送达应诉材料，"
                          "请注意查收并按时参加庭审。"),
    ("summons", "call", "", "坐席：曹女士 我们这边确实已经起诉了 但是传票不是我们发 是法院发给您 您接到法院电话别紧张 按时去就行"),
    ("summons", "sms", "L", "【盈科分期】曹*，法院传票我司已代为签发，今晚送达你单位，拒不签收按妨碍司法处理。"),
    ("enforcement", "sms", "", "【盈科分期】依据江陵县人民法院（2026）江民初字第2207号民事判决，您应于判决生效后十日内还款。"
                              "逾期未履行的，我司将依法申请强制执行。"),
    ("enforcement", "app", "", "执行阶段，法院可以依法查询、冻结被执行人的银行存款，被执行人主动履行的，可以向法院申请解除冻结。"),
    ("enforcement", "call", "L", "坐席：判决虽然还没下来 但是我们已经申请强制执行了 明天法院就去你单位扣工资"),
    ("blacklist", "app", "", "被纳入失信名单后，您将被限制乘坐飞机和高铁一等座，但可以正常坐普通列车；全部履行完毕后，"
                            "法院会删除失信信息。"),
    ("blacklist", "sms", "L", "【盈科分期】你逾期已满三十天，系统已自动将你纳入失信被执行人名单，全家都坐不了飞机。"),
    ("blacklist", "call", "", "坐席：失信名单是法院决定的 我们平台没有权力把您放进去 只有判决后不履行 法院才会考虑"),
    ("identity", "app", "", "如您怀疑有人冒用您的身份借款，请先到户籍地或居住地派出所报案，取得受案回执后上传，我们将暂停催收"
                           "并核查。"),
    ("identity", "call", "L", "坐席：你说身份证丢了别人借的 那你现在就是嫌疑人 我们报警了 派出所会来找你"),
    ("honest-calls", "call", "", "坐席：我不会吓唬您说要坐牢 这个就是普通的欠款 我们能做的就是依法起诉 您看能不能先定个计划"),
    ("honest-calls", "call", "", "坐席：俺跟你说实在的 欠钱不还不犯法 不会抓你 但是法院判了你还不还 那就是另一回事了 会被限高"),
    ("honest-calls", "call", "L", "坐席：别以为欠钱不犯法 你这个金额够判了 今天不还我们就让派出所来人"),
    ("advice", "app", "", "律师说法｜被催收威胁“影响孩子政审”怎么办？政审主要审查考生本人及直系亲属有无犯罪记录，民事欠款不在其中。"),
    ("advice", "sms", "", "普法：拒不执行判决、裁定罪只适用于对生效判决有能力执行而拒不执行、情节严重的情形，单纯逾期还款不适用。"),
    ("advice", "email", "L", "主题：重要法律通知\n尊敬的客户：根据《刑法》相关规定，借款逾期超过九十日即构成诈骗，我司将移送司法机关"
                            "追究您的刑事责任。\n盈科分期法务部"),
    ("police", "sms", "", "【江陵晚报】记者从警方获悉，催收员刘某因冒充法院工作人员发送虚假短信，已被警方依法行政拘留。"),
    ("police", "app", "", "我们已收到您的投诉，涉事催收员已被停职，公安机关也已对其骚扰行为立案调查，感谢您的反馈。"),
    ("chat", "app", "", "您好，您问的传票是真是假，可以拨打12368法院诉讼服务热线核实，我们不会通过微信发送任何法律文书。"),
    ("chat", "app", "L", "兄弟你这已经上了公安的系统了，以后住酒店都会被拦下来盘问。"),
    ("chat", "app", "", "您的逾期不会留下犯罪记录，也不会影响子女政审；但长期不还，我们会依法向法院起诉。"),
    ("robot", "call", "", "坐席：您好，这里是盈科分期。我司已依法向法院起诉，后续以法院送达的文书为准。如需在开庭前和解，请按1。"),
    ("robot", "call", "L", "坐席：您好，这里是盈科分期。您已被法院列为重点执行对象，今日不处理，法院将于明日上门拘传。"),
]


def write(directory: Path = HERE) -> Path:
    """Writes both batches (WF-001…, then WF-101…) into `directory` and returns the file's path."""
    return write_jsonl(directory / OUTPUT, wording_dev_records("WF", {"": MESSAGES, "1": MESSAGES_2}))


if __name__ == "__main__":
    print(write())
