"""Wording development batch m2 (issue 9, the precision side, second reading): `python -m
benchmarks.data.make_wording_dev_m2`.

Written for this file, text by text, by the helper session that tunes the lawful voices, halfway through its work on
batch m and before any detector was run on it, in other voices than batch m: a bank's credit-card centre, a car-loan
lender, a mortgage servicer, enterprise-WeChat chats, bilingual robot menus, Sichuanese, Shanghainese and Cantonese
speech, Taiwanese traditional characters, forwarded articles and regulator notices, complaint replies. Two thirds are
hard compliant messages (lawful consequences, instructed firms, arbitration and court facts, guarantors, contacts
asked for a call-back, anti-fraud lessons, news with the sanction, customers' words, hardship, marketing); one third
violate one or more of the eight judged categories. All people, numbers, companies, courts and places are invented.

First run (tree at commit c2094b3, after this session's families from batch m and the released sets and before any
change for this batch; `python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_m2.jsonl`;
98 messages, 35 violating): rules alone micro P 0.871 R 0.750 F1 0.806, compliant flagged 0/63; classifier alone
micro P 0.853 R 0.806 F1 0.829; fused micro P 0.795 R 0.861 F1 0.827, message-level R 0.914 P 1.000, compliant flagged
0/63; gate: compliant blocked 0/63, severe allowed 2/24. After that run one label was set to the contract (a debt
named to the debtor's father is also a disclosure, WN2-018).

Output (deterministic): `wording_dev_m2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_m2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "call", "L", "坐席：你这个信用卡透支 银行已经报案了 经侦那边马上给你打电话 你等着被带走吧"),
    ("legal", "app", "L", "【华岳银行信用卡中心】馮*，您的透支已構成惡意透支，將移送公安機關追究刑事責任，請即刻全額還款。"),
    ("legal", "call", "L", "坐席：你那个车贷再不还 我们直接报警说你诈骗 车子扣了人也得进去"),
    ("legal", "sms", "L", "【锦川汽车金融】冯*，您已被列入失信黑名单，即日起您的子女将无法就读重点学校，请速还款。"),
    ("legal", "call", "L", "坐席：你晓得不嘛 你这个拖到下个月 就要上网上追逃名单咯 到时候走哪儿都要被逮"),
    ("legal", "app", "L", "企业微信消息：冯先生，法务已经出了拘捕函，今晚之前不处理就直接执行。"),
    ("impersonation", "call", "P", "坐席：喂 我是东城区人民法院执行庭的法官 你欠百川消费金融的钱今天下午三点前打到我们指定的账户"),
    ("impersonation", "sms", "P", "【海州仲裁委员会】冯*，您与鸿途小贷的借款纠纷本会已裁决，请于今日内联系鸿途小贷客服还款。"),
    ("impersonation", "call", "P", "坐席：这边是市公安局经侦支队 你在百川消费金融的借款涉嫌诈骗 需要你配合调查"),
    ("impersonation", "app", "P", "我是明理律师事务所的王律师，你的案子平台全权交给我了，把钱转到我卡上就给你撤诉。"),
    ("violence", "call", "V", "坐席：侬屋里厢住在几号楼我是晓得的 侬老娘每天早上去买小菜 侬自家当心点"),
    ("violence", "app", "V", "你那台车我们已经找到了，停在你们单位门口，车玻璃结不结实我们晚上试试。"),
    ("violence", "call", "V", "坐席：我哋今晚就上你屋企 你開門都好唔開門都好 我哋都會等到你出嚟"),
    ("violence", "sms", "V", "冯*，你儿子在第三中学初二吧，放学那条路挺偏的，还钱的事你上点心。"),
    ("violence", "call", "V", "坐席：你再不接电话 我们的人就去你老家 把你家门给你砸了"),
    ("third-party", "call", "T", "坐席：你不还是吧 那我现在就给你通讯录里那个备注老婆的打过去 看她怎么说"),
    ("third-party", "app", "T", "你公司前台电话我们已经有了，明天上班时间我们就打过去找你们老板谈。"),
    ("third-party", "call", "@DT", "坐席：你是冯*的父亲吧 你儿子欠了我们五万 你们做父母的不管是吧 那我们天天打到你们还为止\n第三方：你们别打了"),
    ("third-party", "sms", "T", "【鸿途小贷】冯*，系统已开启亲友联系模式，今晚20点起将依次通知您的全部通讯录好友。"),
    ("exposure", "app", "E", "你再不还，你的身份证照片和欠款截图我们就发到你们公司的大群里。"),
    ("exposure", "call", "E", "坐席：我们会在你们村委会门口贴个告示 写上你欠钱不还 让乡里乡亲都评评理"),
    ("exposure", "sms", "E", "【百川消费金融】冯*，您的逾期信息将于明日在本地新闻客户端“曝光台”栏目公示。"),
    ("exposure", "app", "E", "老賴名單第三期：馮*，欠款兩萬三千元，拒不還款，歡迎知情人轉發。"),
    ("rollover", "call", "R", "坐席：你去银行办张新信用卡嘛 额度下来了先套出来还我们这边 很简单的"),
    ("rollover", "app", "R", "没钱就把车卖了，二手车市场一天就能出手，卖了先还我们。"),
    ("rollover", "call", "R", "坐席：你身边朋友借不到 那就去网上那些小平台借 利息高点无所谓 先把我们这笔平了"),
    ("rollover", "sms", "R", "【锦川汽车金融】冯*，可申请合作机构“应急周转贷”，当日放款，专用于结清本平台逾期。"),
    ("insult", "call", "I", "坐席：你个瓜娃子 脑壳有包哦 借钱的时候啷个不想想"),
    ("insult", "app", "I", "你就是個廢物，連這點錢都還不起，丟人現眼。"),
    ("insult", "call", "I", "坐席：侬个瘪三 钞票借了不还 有啥面孔讲话"),
    ("insult", "sms", "I", "冯*，你这种没脸没皮的老赖，迟早被人戳脊梁骨。"),
    ("disclosure", "call", "@D", "坐席：您好 是冯*的同事吧 他在我们百川消费金融的信用贷款逾期八十多天了 欠了一万七 您帮忙跟他说下\n第三方：我不太熟"),
    ("disclosure", "sms", "@D", "【华岳银行信用卡中心】您好，您的家人冯*信用卡透支已逾期，欠款金额12,406元，请提醒其及时还款。"),
    ("disclosure", "app", "@D", "您好，我是鸿途小贷的，您的邻居冯*在我们这借的钱逾期好几个月了，您见到他跟他说一声。"),
    ("several", "call", "LV", "坐席：你今天不还 明天我们跟警察一起上门 把你带走"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- bank credit-card centre and lawful consequences
    ("bank", "sms", "", "【华岳银行信用卡中心】冯*，您尾号6620的信用卡已逾期，最低还款额1,206元。逾期将按合同计收利息，并如实报送征信。如需分期请致电4008-306-621。"),
    ("bank", "call", "", "坐席：冯先生 您好 华岳银行信用卡中心 您这张卡逾期了 我们这边可以给您办个性化分期 最长可以分六十期 您看需要吗"),
    ("bank", "notice", "", "信用卡逾期催收函\n冯*：\n您的信用卡账户（尾号6620）截至2026年12月1日欠款23,180元。请于2026年12月20日前还款。如有异议，请在收到本函后十五日内致电本中心。\n华岳银行信用卡中心\n联系电话：4008-306-621"),
    ("bank", "app", "", "根據《商業銀行信用卡業務監督管理辦法》，持卡人經催收後仍不還款的，本行可依法提起訴訟，訴訟前您可申請個性化分期。"),
    ("bank", "call", "", "坐席：恶意透支是要有能力还故意不还 而且经过两次催收超过三个月的 您这个情况我们看是暂时困难 所以我们更希望跟您协商"),
    ("bank", "email", "", "主题：信用卡账户状态变更\n冯*：\n因您的账户逾期超过90天，本行已停止该卡的使用并将账户转入催收管理。全额还款或达成分期协议后，您可申请恢复信用。"),
    # --- car loan and mortgage
    ("car-loan", "sms", "", "【锦川汽车金融】冯*，您的车贷本期应还3,880元已逾期5天。根据抵押合同，持续逾期我司有权依法申请实现抵押权，如有困难请来电协商。"),
    ("car-loan", "call", "", "坐席：冯先生 车子我们不会私自去拖的 这个要走法律程序 您先别担心 我们就是看看这个月能不能先还一部分"),
    ("car-loan", "notice", "", "催告函\n冯*：\n您于2025年5月与我司签订的汽车抵押贷款合同，已连续逾期三期。请于收到本函之日起十日内补足欠款，否则我司将依法向人民法院申请实现担保物权。\n锦川汽车金融有限公司"),
    ("mortgage", "sms", "", "【华岳银行】冯*，您的房贷本月还款未足额扣款，请于3个工作日内补足，以免产生罚息。"),
    ("mortgage", "call", "", "客户：房子会不会被收走啊\n坐席：不会一下子就收的 房贷逾期要很长时间 而且要经过法院 我们现在先帮您看看能不能延期"),
    # --- instructed agencies and firms
    ("agency", "call", "", "坐席：您好 我们是信衡资产管理 受百川消费金融委托联系您 我的工号是XH-2207 您可以打百川的客服核实"),
    ("agency", "app", "", "企业微信消息：冯先生您好，我是信衡资产的调解员小郑，受百川消费金融委托，跟您沟通逾期账款的还款方案，您有空时回复即可。"),
    ("agency", "notice", "", "律师函\n冯*：\n明理律师事务所受鸿途小贷委托，就您与委托人之间的借款合同纠纷致函。请于本函发出之日起十五日内与委托人联系协商。\n律师：王*（执业证号13301202610448）\n明理律师事务所"),
    ("agency", "call", "", "坐席：我是明理律所的王律师 受鸿途小贷委托 想跟您谈一下还款 您要是有律师也可以让您的律师跟我对接"),
    ("agency", "sms", "", "【信衡资产】冯*，我司受华岳银行委托提醒您处理信用卡欠款，委托关系可拨打华岳银行客服4008-306-621查询。"),
    # --- arbitration and court
    ("arbitration", "email", "", "主题：仲裁申请告知\n冯*：\n根据《借款合同》第十五条，鸿途小贷已向海州仲裁委员会提交仲裁申请。仲裁委员会将依其规则向您送达文书，您有权提交答辩意见。"),
    ("arbitration", "call", "", "坐席：合同里写的是海州仲裁委员会仲裁 我们已经提交申请了 后面仲裁委会通知您 您要是想和解 随时可以找我们"),
    ("court", "sms", "", "【百川消费金融】冯*，东城区人民法院（2026）东民初7781号判决已生效，请按判决履行。如已履行，请将凭证发送至客服邮箱。"),
    ("court", "call", "", "坐席：法院判的是您分十二个月还 这个是法院定的 您按判决还就行 我们不会额外加什么"),
    ("court", "app", "", "您好，您的执行案件已和解，申请执行人鸿途小贷已向法院申请解除对您的限制消费措施。"),
    ("court", "notice", "", "东城区人民法院\n传票\n案号：（2026）东民初7781号\n被传唤人：冯*\n案由：借款合同纠纷\n应到时间：2027年1月12日9时\n应到处所：本院第三审判庭"),
    # --- guarantors and contacts
    ("guarantor", "sms", "", "【鸿途小贷】冯*，您为钱*借款提供连带责任保证，现该笔借款逾期，请依保证合同约定于十日内承担保证责任。"),
    ("guarantor", "call", "", "坐席：冯女士 您是这笔车贷的共同还款人 这个月的还款还没扣成功 想跟您确认一下是不是换卡了"),
    ("contact", "call", "@", "坐席：您好 请问您认识冯*吗 我们联系不上他 方便的话请他回个电话 谢谢\n第三方：不认识\n坐席：不好意思 打错了 打扰您了"),
    ("contact", "sms", "@", "您好，我们有事需与冯*本人联系，如您认识他，请转告其回电。如不认识，请忽略本短信，我们将不再发送。"),
    ("contact", "call", "@", "坐席：您好 我们是找冯*先生的 您是他家人吧 他方便的时候给我们回个电话就行 不是什么急事\n第三方：好 我跟他说"),
    ("contact", "call", "@", "坐席：你好 请问冯*喺度吗\n第三方：佢出咗去\n坐席：好 唔該 麻煩你叫佢得閒覆返個電話 多謝"),
    # --- anti-fraud and news with the sanction
    ("anti-fraud", "sms", "", "【华岳银行】提醒：本行工作人员不会以“注销账户”“消除征信”为由要求您转账，也不会冒充公安机关联系您。"),
    ("anti-fraud", "app", "", "反詐宣導：接到自稱「法院」「檢察官」的電話要求匯款解凍帳戶，一律是詐騙，請撥打165反詐騙專線查證。"),
    ("anti-fraud", "call", "", "坐席：您说有人打电话说是法院的要您打钱到私人账户 那个肯定是骗子 我们所有还款都只走APP 您千万别转"),
    ("news", "app", "", "转发：东城法院通报，一名催收人员多次向借款人发送“再不还钱就让你全家不得安宁”等短信，以寻衅滋事罪被判处有期徒刑十个月。"),
    ("news", "app", "", "监管通报｜某资产管理公司员工冒充律师、虚构“刑事立案”恐吓借款人，被处以罚款并责令整改。"),
    ("news", "email", "", "主题：消费者权益保护提示\n近期我们收到客户反映，有人以本公司名义声称“三天内不还就上门”，本公司从未授权任何人上门催收，请您提高警惕。"),
    ("news", "app", "", "金融小課堂：債務逾期時，不要聽信「以卡養卡」「借新還舊」的建議，可以主動聯繫銀行申請分期。"),
    ("news", "app", "", "专家解读：网贷逾期一般不会被拘留，拘留是法院对妨碍执行行为采取的强制措施。"),
    # --- customers' own words and replies
    ("customer", "call", "", "客户：我跟你们讲 你们要是敢去我单位 我就报警\n坐席：冯先生 我们不会去您单位的 我们只跟您本人沟通"),
    ("customer", "app", "", "客户：你们就是放高利贷的，吸血鬼！\n客服：冯先生，理解您的情绪，我们的利率在合同约定范围内，如有疑问可以申请核查。"),
    ("customer", "call", "", "客户：要么我去借点别的平台的钱先还你们\n坐席：这个我们真的不建议 您借了还要还 利息更高 我们这边可以给您延期"),
    ("customer", "app", "", "冯先生您好，收到您的投诉，您反映的催收人员说要曝光您的行为，我们已核实并对该员工停岗处理，向您道歉。"),
    ("customer", "call", "", "客户：我屋头老汉住院了 真的拿不出钱\n坐席：哎呀 那您先顾着家里 我给您申请停催一个月 您老汉身体要紧"),
    # --- hardship and marketing
    ("hardship", "sms", "", "【百川消费金融】冯*，您提交的困难申请已受理，审核期间暂停催收，结果将在3个工作日内短信通知。"),
    ("hardship", "call", "", "坐席：您现在失业了 我们能理解 可以先办个停息挂账 每个月还五百 等您工作稳定了再说"),
    ("hardship", "app", "", "疫情受影響客戶可申請延後還款，延期期間不計罰息，不影響信用紀錄。"),
    ("marketing", "sms", "", "【鸿途小贷】冯*，您的信用良好，专属借款额度30,000元已生效，借款有风险，请按需借款。退订回T"),
    ("marketing", "app", "", "华岳银行信用卡“分期还”活动：账单分期手续费限时8折，详情见APP。"),
    # --- robot menus and ordinary reminders
    ("robot", "call", "", "坐席：您好 this is Huayue Bank 信用卡中心 您的账户已逾期 中文服务请按1 for English press 2"),
    ("robot", "call", "", "坐席：您好 这里是锦川汽车金融 您的车贷已逾期 如已还款请忽略 如需协商请按1 人工服务请按0"),
    ("ordinary", "call", "", "坐席：冯哥 我跟你说嘛 这个钱拖起也不是办法 你看这个月能不能先还点 我这边帮你申请减免"),
    ("ordinary", "call", "", "坐席：冯生 你好 我係百川消費金融嘅 你張單已經逾期咗 我哋想同你傾下還款安排 你而家方唔方便"),
    ("ordinary", "sms", "", "【百川消费金融】冯*，您本期账单2,316元已逾期2天，请尽快通过APP还款，如已还款请忽略。"),
    ("ordinary", "app", "", "企业微信消息：冯先生，您上周承诺本周五还款1,500元，今天是周五了，方便的话请记得处理哈，谢谢。"),
    ("ordinary", "call", "", "坐席：侬好 阿拉是鸿途小贷 侬这笔账逾期了 侬看看啥辰光方便还 有困难可以讲的"),
    ("ordinary", "email", "", "主题：逾期账单提醒\n冯*：\n您的借款已逾期15天，当前待还2,880元。如您对账单有异议，可在APP中提交异议申请，我们将在5个工作日内答复。"),
    ("ordinary", "notice", "", "还款通知书\n编号：HT-2026-11870\n冯*：\n截至2026年12月3日，您尚欠借款本金4,000元，利息86元。请于2026年12月18日前还款。\n还款方式：鸿途小贷APP\n客服电话：400-812-3370\n鸿途小贷\n2026年12月3日"),
    ("ordinary", "call", "", "坐席：我们这边不会上门 也不会联系您家人单位 只是按规定提醒您 您看这周能处理吗"),
    ("ordinary", "app", "", "逾期温馨提示：持续逾期可能影响您在本平台的借款额度，按时还款可恢复额度。"),
    ("ordinary", "call", "", "坐席：冯先生 您好 我是华岳银行的 上次您说要提供收入证明申请分期 材料准备好了吗\n客户：还没 下周给你"),
    ("ordinary", "sms", "", "【锦川汽车金融】冯*，您申请的展期已生效，新的还款日为每月25日，首期还款2,100元。"),
    ("ordinary", "call", "", "坐席：如果您一直不处理 公司可能会按照合同约定通过诉讼解决 但我们还是希望您能跟我们协商 您看呢"),
    ("ordinary", "app", "", "系统通知：您的逾期记录已结清，征信系统将在下一个报送周期更新为正常。"),
    ("ordinary", "call", "", "坐席：您说您要去投诉 这个是您的权利 我给您记录下来 投诉电话是4008-306-621"),
    ("ordinary", "sms", "", "【鸿途小贷】冯*，根据您的要求，我们将不再通过电话联系您，后续仅以短信和APP消息提醒。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WN2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
