"""Wording development batch z (issue 9, false legal claims, impersonation and rollover): `python -m
benchmarks.data.make_wording_dev_z`.

Written for this file, text by text, by the helper session that tunes `misleading.legal`,
`misleading.impersonation` and `coercion.debt_rollover` this round, before any detector was run on it, weighted to
those three categories and their lawful neighbours, in senders' voices batch v has little of: courts' 判决书, 支付令,
失信 decisions and clerks checking a service address, arbitration awards, notaries' checks before an 执行证书,
law firms' 诉前调解 teams and letters naming their client, lenders' 法务部 explaining 征信 and 起诉 with their real
conditions, 委外 notices, assignment-of-claims notices, restructuring offers, other lenders' ads, police and
mediation centres in their own voices, complaint posts, advice columns and training material; violating,
collectors posing as 司法所, 信访办, 网格员, 反诈中心, 诉调中心 or a law firm only by implication, false 查封,
出行限制 and 刑事 claims under a truthful name, and rollover urged through 借呗, 先用后付, 以房抵贷, 民间借贷 or a salary
advance, in deployed SMS templates, robot menus, ASR transcripts, WeChat chats, Cantonese, Sichuanese, northeastern
speech, pinyin initials and traditional characters. About half are compliant. All people, numbers, companies,
courts and places are invented.

First run (tree at commit 40446c4, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_z.jsonl --errors 0`; 96 messages, 46 violating): rules
alone micro P 0.913 R 0.778 F1 0.840, compliant flagged 3/50; classifier alone micro P 0.970 R 0.593 F1 0.736,
compliant flagged 0/50; fused micro P 0.906 R 0.889 F1 0.897, message-level R 0.913 P 0.933, compliant flagged 3/50.

Output (deterministic): `wording_dev_z.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_z.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims, the sender named truthfully
    ("legal", "sms", "L", "【聚川小贷】罗*，你的逾期已满60天，按照《刑法》第一百九十三条已构成贷款诈骗罪，今晚24点前不结清，明早案卷直接送检。"),
    ("legal", "call", "L", "坐席：嗯那个罗先生是吧 我这边启衡资产的 就是说你这个呢 我们这边已经给你申请了那个拘留证 拘留证下来之后 派出所会直接到你家里来执行"),
    ("legal", "app", "L", "啟衡資產：魏生，你張單已經轉咗做刑事案，警察嗰邊有你嘅檔案，遲早上門拉人，你自己諗清楚。"),
    ("legal", "sms", "L", "【岚桥消费金融】何*，您的账户已被标记为“恶意逃债”，全国高铁、民航系统已同步限制您的出行，立即还款可解除。"),
    ("legal", "call", "L", "坐席：你这个已经不是民事了 借钱不还还换号码 这叫恶意失联 按新规是要坐三年的"),
    ("legal", "app", "L", "【易分期】郑*，逾期用户将被纳入“全国网贷黑名单”，本人及直系亲属终身无法办理任何贷款、信用卡，子女无法报考公务员。"),
    ("legal", "call", "L", "坐席：（机器人语音）您好，这里是澄海银行信用卡中心。您的账户逾期已满九十天，系统已将您的信息推送至公安经侦部门备案。如需暂停推送，请按1转人工。"),
    ("legal", "sms", "L", "【聚川小贷】罗*，你的案子已经li案了，jing察这两天就上门，别说没提醒你。"),
    ("legal", "notice", "L", "催收函\n何*：你于2025年11月在我司借款8,000元至今未还。如你仍拒不还款，本公司将向公安机关报案，以诈骗罪追究你的刑事责任，届时你将面临三年以上十年以下有期徒刑。\n岚桥消费金融有限公司 风控中心"),
    ("legal", "call", "L", "坐席：老妹儿我跟你唠实在的 你这再不还 派出所那边就给你整成网上逃犯了 到时候住个宾馆都给你摁那"),
    ("legal", "app", "L", "启衡资产-周主管：你现在还有最后一次机会，法院传票明天寄出，开完庭直接判刑，不是判你还钱，是判你坐牢。"),
    ("legal", "sms", "L", "【易分期】郑*：您已逾期，根据《民法典》相关规定，平台有权冻结您的微信、支付宝及名下所有银行卡，今日起生效。"),
    ("legal", "call", "L", "坐席：喂你好 我是岚桥的 你这个账单呢已经走到司法程序了 明天上午法院就去你家查封 电视冰箱都要贴封条"),
    ("legal", "app", "L", "聚川小贷客服：你这种情况属于骗贷，征信上会留犯罪记录，以后孩子读书、当兵都受影响。"),
    # --- impersonation: the identity stated or only implied
    ("impersonation", "call", "P", "坐席：喂 何*吗 我是望城区法院的 岚桥消费金融那边把材料交过来了 我先给你打个电话 你自己跟岚桥联系把钱还了 就不用我们出面了"),
    ("impersonation", "call", "P", "坐席：我这边是司法所的 帮聚川小贷那边做个调解 你看你这个钱什么时候能还上"),
    ("impersonation", "sms", "P", "【沅江市望城区人民检察院】罗*，你在聚川小贷的借款已逾期，请于3日内主动还款，特此告知。"),
    ("impersonation", "app", "P", "沅江经侦-刘警官：郑*你好，易分期那边的事情我们已经掌握了，你尽快处理掉，别让我们再找你。"),
    ("impersonation", "call", "P", "坐席：你好 我是你们社区的网格员 易分期那边委托我们了解一下情况 你那笔钱啥时候能还上"),
    ("impersonation", "call", "P", "坐席：我们律所这边接了你的案子 负责你这块的就是我 你叫我王律师就行 你这个钱今天能不能先还一半"),
    ("impersonation", "sms", "P", "【沅江仲裁委】魏*，请尽快联系澄海银行信用卡中心处理您的逾期账款，详询400-861-2290。"),
    ("impersonation", "call", "PL", "坐席：这里是市公安局反诈中心 我们发现你在岚桥那边有笔逾期 为了避免你名下账户被冻结 请你今天先把钱还上"),
    ("impersonation", "app", "P", "【沅江地方法院民事執行處】何君您好，關於您積欠岚桥消費金融之款項，請於本週內自行與債權人聯繫清償。"),
    ("impersonation", "call", "P", "坐席：你好 我是望城区政府信访办的 嗯 有人反映你欠钱不还 你赶紧去把易分期的钱还了 别弄得大家都难看"),
    ("impersonation", "call", "PL", "坐席：我是执行局的王法官 判决早就下来了 你一直不履行 今天下午就对你拘传"),
    ("impersonation", "sms", "PL", "【望城区人民法院】郑*，你涉嫌拒不履行还款义务，本院已对你签发逮捕令，请立即联系易分期还款撤销。"),
    ("impersonation", "call", "P", "坐席：好 就这样 你记住了啊 我是望城派出所的老张 你把岚桥那个钱处理一下 别拖了"),
    ("impersonation", "call", "P", "坐席：喂 那个 是何*吧 我这边呢 是那个 区法院 诉调中心的 呃 就是 岚桥那边那个欠款 你看 你今天 能不能 先还个两千"),
    ("impersonation", "sms", "P", "罗*：您在聚川小贷的借款合同已在本处办理公证，请于今日内还款，本处将持续跟进。沅江市明信公证处 公证员陈*"),
    ("impersonation", "app", "P", "致衡律师事务所-法务专员：郑女士，你在易分期的欠款由我所全权处理，今晚八点前请给我回复还款时间。"),
    # --- rollover: borrowing elsewhere, selling, pawning
    ("rollover", "call", "R", "坐席：你支付宝借呗不是还有额度吗 先借出来把我们这边平了 借呗利息又不高"),
    ("rollover", "app", "R", "启衡资产-小陈：实在不行你去那个“极速贷”试试，它不看征信，当天就能下，我这边可以给你发链接。"),
    ("rollover", "sms", "R", "【聚川小贷】罗*，您可申请本平台合作机构的“周转宝”专项借款结清逾期，无需审核，秒到账。"),
    ("rollover", "call", "R", "坐席：你屋头不是有辆摩托嘛 拿去卖了噻 几千块钱总归有嘛 先把这个月的还了"),
    ("rollover", "call", "R", "坐席：你老公不是有工资卡吗 让他去办张信用卡 套出来给你还上"),
    ("rollover", "app", "R", "你不是在购物app上有先用后付吗？买两部手机再转卖，钱就出来了，先把我们这期结了。"),
    ("rollover", "call", "R", "坐席：你去找那种 就是 民间借贷的 利息高点 三分五分的 先把我们这边处理掉 不然就走流程了"),
    ("rollover", "sms", "R", "【岚桥消费金融】何*，您的逾期可通过“以房抵贷”快速解决，本司合作机构可为您办理房产抵押贷款，当日放款。"),
    ("rollover", "call", "R", "坐席：没钱 没钱你去借啊 你微信里那么多人 一人借你一百 你都能还上"),
    ("rollover", "app", "R", "启衡-阿杰：yhk没额度了就去撸口子，dk app那么多，总有一个能下的。"),
    ("rollover", "call", "R", "坐席：你公司有没有那个员工借款 或者预支下个月工资 先把我们这期最低还了"),
    # --- mixed, beside other categories
    ("mixed", "call", "PL", "坐席：我是望城区派出所的 你再不还款 我们就以诈骗罪对你立案"),
    ("mixed", "sms", "LR", "【易分期】郑*，再不还款将以诈骗罪移送公安，建议您立即通过其他平台借款结清，避免坐牢。"),
    ("mixed", "call", "LT", "坐席：你不还 我们就联系你单位人事 说你涉嫌经济犯罪 让他们配合调查"),
    ("mixed", "call", "RI", "坐席：你个废物 没钱就去卖房卖车 别跟我哭穷"),
    ("mixed", "call", "@PD", "坐席：您好 我是望城区法院的 找罗*的 他在聚川小贷的欠款一直没还 您见到他让他赶紧还"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- courts in their own voices
    ("court", "notice", "", "沅江市望城区人民法院\n民事判决书\n（2026）湘0112民初2045号\n原告：岚桥消费金融有限公司\n被告：何*\n……判决如下：一、被告何*于本判决生效之日起十日内偿还原告借款本金15,200元及利息；二、驳回原告其他诉讼请求。如未按本判决指定的期间履行给付金钱义务，应当依法加倍支付迟延履行期间的债务利息。"),
    ("court", "sms", "", "【望城法院】郑*，易分期科技有限公司诉你借款合同纠纷一案已立案，案号（2026）湘0112民初3318号，诉讼材料已电子送达，详情可拨打12368诉讼服务热线查询。"),
    ("court", "notice", "", "决定书\n（2026）湘0112执902号\n被执行人罗*具有履行能力而拒不履行生效法律文书确定的义务，依照《中华人民共和国民事诉讼法》第二百六十六条及有关规定，决定将罗*纳入失信被执行人名单。\n沅江市望城区人民法院"),
    ("court", "call", "", "坐席：您好 望城区人民法院民一庭 我是书记员 姓邓 您和岚桥消费金融的案子下周二上午开庭 跟您核对一下送达地址\n客户：要我交钱吗\n坐席：不用 法院不会电话让您转账 开庭时间地点以传票为准"),
    ("court", "sms", "", "【望城法院】（2026）湘0112执902号案件执行款请缴入本院执行款专户，户名沅江市望城区人民法院，请勿向任何个人账户转账。"),
    ("court", "notice", "", "支付令\n（2026）湘0112民督17号\n债务人魏*：债权人澄海银行股份有限公司沅江分行申请支付令一案，本院经审查认为申请符合法律规定。你应当自收到本支付令之日起十五日内清偿债务，或者向本院提出书面异议。\n沅江市望城区人民法院"),
    # --- arbitration and notaries
    ("arbitration", "email", "", "沅江仲裁委员会\n裁决书送达通知\n魏*：申请人澄海银行股份有限公司与你借款合同纠纷一案已审理终结，裁决书随附件送达。裁决书自作出之日起发生法律效力，你应按裁决确定的期限履行。"),
    ("arbitration", "sms", "", "【沅江仲裁委员会】罗*，聚川小贷与您的借款合同纠纷（（2026）沅仲字第1207号）定于11月3日9时在本委第二仲裁庭开庭，您可委托代理人参加。本委不收取任何个人转账。"),
    ("notary", "notice", "", "核实函\n郑*：债权人易分期科技有限公司向本处申请出具执行证书。根据公证程序，本处需向你核实借款履行情况，请于收函后七日内书面回复；逾期未回复的，本处将依据已有材料审查决定是否出具。\n沅江市明信公证处"),
    # --- law firms writing for a named client
    ("lawfirm", "sms", "", "【致衡律师事务所】何*，本所受岚桥消费金融有限公司委托，就您的逾期借款提供诉前协商服务。本所律师执业证号可在沅江市司法局网站查询，协商不成的，委托人将依法起诉。"),
    ("lawfirm", "call", "", "坐席：您好 我是致衡律师事务所的律师 姓唐 受聚川小贷委托跟您联系 您的借款逾期了 我们希望先协商一个还款方案\n客户：不协商会怎样\n坐席：委托人可能向法院起诉 法院判决后您还不履行 对方才能申请强制执行 现在还在协商阶段"),
    ("lawfirm", "email", "", "律师函\n致衡律函〔2026〕第88号\n魏*先生：\n本所接受澄海银行股份有限公司信用卡中心委托，就您名下尾号7731信用卡逾期欠款事宜致函。请您于收函后十五日内与委托人联系还款；如有异议，请书面说明理由。本函不构成任何司法文书。\n致衡律师事务所 唐*律师"),
    ("lawfirm", "app", "", "恒拓律所诉前调解组（受易分期委托）：郑女士您好，您可以选择一次性减免部分罚息后结清，或申请12期分期。调解为自愿，您也可以直接等待法院程序。"),
    ("lawfirm", "call", "", "坐席：您好 我是何*的代理律师 姓白 她委托我跟贵司协商还款 以后有关她欠款的事请直接联系我 不要再打给她本人"),
    # --- lenders' own legal departments stating real consequences
    ("legal-dept", "sms", "", "【岚桥消费金融】法务部提示：何*，您的借款已逾期92天。我司拟依法提起民事诉讼，诉讼结果以法院判决为准。起诉前您仍可申请协商还款。"),
    ("legal-dept", "call", "", "坐席：我是聚川小贷法务的 跟您说清楚 现在还没起诉 起诉以后法院判了 您还不履行 才可能上失信名单 现在不会 您先考虑一下分期"),
    ("legal-dept", "notice", "", "逾期提示函\n魏*：您的信用卡已逾期，欠款合计21,730.45元。我行已依照《征信业管理条例》将逾期信息报送金融信用信息基础数据库。如您仍未还款，我行保留依法起诉的权利。\n澄海银行信用卡中心"),
    ("legal-dept", "app", "", "聚川小贷：您问会不会被抓，欠钱不还是民事纠纷，不会因此被拘留。如果将来法院判决后您有能力却拒不履行，才可能面临法律责任。"),
    ("legal-dept", "sms", "", "【易分期】郑*，依据借款合同第十二条，双方争议提交沅江仲裁委员会仲裁。我司已提交仲裁申请，相关文书将由仲裁委另行送达。"),
    ("legal-dept", "call", "", "坐席：（机器人语音）您好，这里是岚桥消费金融。您的账单已逾期15天，逾期记录将按规定报送征信。了解分期方案请按1，转人工服务请按2。"),
    ("legal-dept", "call", "", "坐席：您这个借款的诉讼时效是从最后一次还款开始算三年 我们法务这边会在时效内决定要不要起诉 这个是公司的权利 具体以法院为准"),
    ("legal-dept", "email", "", "魏先生：您来信询问限制高消费的问题。限制消费令只能由法院在判决生效、进入执行程序后作出，目前您的账户尚未起诉，不存在限制出行的情况。\n澄海银行信用卡中心 客户权益部"),
    # --- outsourcing and assignment notices naming agency and lender
    ("outsourcing", "sms", "", "【澄海银行】魏*，您的信用卡逾期账款已委托鼎越商务咨询有限公司协助催收，该公司工作人员将以本名及公司名义与您联系，如有疑问请致电本行客服。"),
    ("outsourcing", "call", "", "坐席：罗先生您好 我是启衡资产的催收员 工号2207 受聚川小贷委托联系您 是关于您那笔逾期的借款 我们不是律所也不是法院 就是跟您商量还款"),
    ("outsourcing", "notice", "", "债权转让通知书\n何*：岚桥消费金融有限公司已将其对您享有的借款债权（本金9,600元及相应利息）依法转让给沅江金石资产管理有限公司。自本通知送达之日起，请您向受让人履行还款义务。\n转让人：岚桥消费金融有限公司\n受让人：沅江金石资产管理有限公司"),
    ("outsourcing", "sms", "", "【金石资产】郑*，根据债权转让协议，您原在易分期的借款债权已由我司受让，原合同利率及期限不变，还款请认准我司对公账户，谨防诈骗。"),
    ("outsourcing", "app", "", "【澄海銀行】何君您好，您的信用卡帳款已逾期，本行已依約將帳戶轉由委外催收機構鼎越商務處理，該機構人員不得冒用司法或警察名義。"),
    ("outsourcing", "sms", "", "【启衡资产】罗*，我司受聚川小贷委托处理您的逾期账款。如您对欠款金额有异议，可向聚川小贷或当地金融监管部门反映。"),
    # --- same-lender restructuring offers
    ("restructuring", "sms", "", "【聚川小贷】罗*，您符合个性化分期条件，可将剩余欠款6,300元分24期偿还，免收剩余罚息，申请请回复1。"),
    ("restructuring", "call", "", "坐席：魏先生 我们行可以给您办个停息挂账 就是本金分60期还 每个月大概四百多 您看能不能接受 这个是我们本行的方案 不用去别处借"),
    ("restructuring", "app", "", "易分期：郑女士，您的延期还款申请已通过，本期还款日顺延至12月20日，延期期间不计罚息。"),
    ("restructuring", "call", "", "客户：我能不能借别的平台的钱先还你们\n坐席：不建议您以贷养贷 利息只会越滚越多 您可以在我们这边申请最低还款或者分期"),
    ("restructuring", "call", "", "坐席：您说打算把车卖了还款 这个是您自己的决定 我们不建议为了还款影响生活 可以先申请延期"),
    # --- other lenders' ordinary ads, not aimed at a debt
    ("ads", "sms", "", "【岚桥消费金融】新客专享：最高20万元额度，年化利率7.2%起，最快3分钟审批。理性借贷，回T退订。"),
    ("ads", "sms", "", "【好借】您的专属额度已更新，可用额度50,000元，借款前请仔细阅读合同条款，拒收请回复R。"),
    ("ads", "app", "", "澄海银行：首套房贷款利率下调，公积金组合贷最长30年，欢迎到网点咨询。"),
    ("ads", "sms", "", "【易花】郑*，您的账单已出，本期应还1,280.00元，最后还款日10月5日，请按时还款。"),
    # --- police, regulators and mediators in their own voices
    ("police", "sms", "", "【沅江市公安局】反诈提醒：法院、公安、检察院不会电话要求您还网贷或向个人账户转账，凡自称公检法催债的，请挂断后拨打110核实。"),
    ("police", "call", "", "坐席：您好 这里是望城派出所 您昨天报警说有人冒充法院给您打催收电话 我们来回访一下 您把那个号码再跟我们说一遍"),
    ("regulator", "app", "", "沅江金融监管局公众号：遇到催收人员冒充公检法、威胁恐吓的，可拨打12378银行保险消费者投诉维权热线。"),
    ("mediation", "sms", "", "【沅江市金融消费纠纷调解中心】何*，岚桥消费金融就您的借款申请调解，调解免费且自愿，本中心不代收任何款项。"),
    # --- others' voices retelling what was said
    ("retold", "app", "", "黑猫投诉：启衡资产的催收员冒充法院给我打电话，说要拘留我，我已经报警。诉求：停止冒充司法机关，规范催收。"),
    ("retold", "app", "", "律师说法｜网贷逾期会坐牢吗？借款逾期本身是民事纠纷，不会坐牢；只有法院判决后有能力履行而拒不履行，情节严重的，才可能构成拒不执行判决、裁定罪。"),
    ("retold", "app", "", "本报讯 沅江警方近日打掉一个冒充律师事务所的催收团伙，该团伙以“律所”名义群发恐吓短信，谎称欠款人已被立案。"),
    ("retold", "notice", "", "催收员合规培训要点：一、禁止自称法院、公安、律师；二、禁止说“已经立案”“马上抓人”“影响子女政审”；三、可以如实说明逾期将报送征信、债权人可能依法起诉。"),
    # --- near misses in call centres and chats
    ("near-miss", "call", "", "坐席：我跟您说清楚 我不是律师 也不是法院的 我就是启衡的催收员 起不起诉是聚川那边决定的"),
    ("near-miss", "call", "", "客户：你们再打 我就去法院告你们\n坐席：好的 您有投诉和起诉的权利 我们这边会记录 今天就不再打扰您了"),
    ("near-miss", "call", "", "客户：你们是不是要告我了\n坐席：目前没有起诉 公司有起诉的权利 但我们更希望跟您协商 您看每个月能还多少"),
    ("near-miss", "sms", "", "【易分期】郑*，您已逾期3天，逾期将按合同约定收取违约金，并可能影响您的个人征信记录，请及时还款。"),
    ("near-miss", "app", "", "望城街道法律援助工作站：居民朋友们，遇到暴力催收、冒充公检法催收的，可到工作站免费咨询，工作日9:00-17:00。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLZ", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
