"""Wording development batch w2 (issue 9, precision of every category, second round): `python -m
benchmarks.data.make_wording_dev_w2`.

Written for this file, text by text, by the helper session that tunes the wording rules' precision, halfway through
its work and before any detector was run on it, in lenders batch w has none of: phone leasing (租机), medical-beauty
and training-course instalments (医美分期, 培训贷), home-renovation loans, pawnshops, farm-machinery credit and a
credit card's 分期; in voices batch w has little of: mediators of a people's mediation committee, a judge's WeChat
column, a police anti-fraud broadcast, a bank's complaint reply, collectors' group-chat messages, Hakka- and
Wu-flavoured speech, a tenant's landlord, debt advice on a forum, and collectors quoted in news. About half are
compliant. All people, numbers, companies, courts and places are invented.

First run (tree at commit 82e5722, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_w2.jsonl --errors 0`; 60 messages, 30 violating): rules
alone micro P 0.862 R 0.694 F1 0.769, compliant flagged 2/30; classifier alone micro P 0.913 R 0.583 F1 0.712,
compliant flagged 0/30; fused micro P 0.886 R 0.861 F1 0.873, message-level R 0.900 P 0.931, compliant flagged 2/30.

Output (deterministic): `wording_dev_w2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_w2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("lease", "call", "L", "坐席：你租的那台手机没还清就卖了 这叫侵占 我们已经报了经侦 你等着派出所传唤吧"),
    ("lease", "app", "E", "闪租客服：邬*，你再不还租金，我们就把你的身份证照片和欠款截图发到你们学校表白墙，让同学都认识你。"),
    ("lease", "sms", "R", "【闪租】邬*，您可将租赁手机交回门店抵扣部分欠款，剩余部分推荐您在“好借钱”申请借款一次结清。"),
    ("beauty", "call", "I", "坐席：你整了个脸钱都不还 丑人多作怪说的就是你 脸皮比你垫的鼻子还厚"),
    ("beauty", "app", "T", "美颜分期-催收组：邬女士，您要是今天还不处理，我们就给您先生打电话，顺便问问他知不知道您去做了医美。"),
    ("beauty", "call", "@DT", "坐席：你是邬*的闺蜜吧 她在我们这做双眼皮欠了一万二 你今天不帮她还 我们就把你俩的聊天截图发给你老公\n第三方：关我什么事"),
    ("course", "call", "L", "坐席：你这个培训贷不还 会影响你考教师资格证的 政审过不了 档案里记一笔 一辈子当不了老师"),
    ("course", "app", "P", "【溪南市教育局】葛*，你在启航职业培训的分期学费已逾期，请三日内向启航教育缴清，以免影响你的学籍。"),
    ("course", "call", "R", "坐席：你爸妈不是有退休金吗 让他们去银行办个养老贷 先把你的学费贷还了"),
    ("reno", "call", "V", "坐席：你家新装修的房子挺好看的啊 瓷砖是白色的吧 哪天要是被人砸了 可别怪我们没提醒你"),
    ("reno", "sms", "L", "【安家装修贷】葛*，您的装修贷逾期已移交司法机关，经审查将对您名下房产实施查封并追究刑事责任。"),
    ("reno", "app", "PL", "溪南中院执行局 陈法官：葛*，你的装修贷纠纷已经判了，你拒不履行，本周五前不还，我们依法对你拘留十五天。"),
    ("pawn", "call", "R", "坐席：你那块表不是还在吗 拿去我们隔壁的典当行当了 钱直接转过来 手续我帮你办"),
    ("pawn", "call", "V", "坐席：阿哥 你当在我们这的车过期不赎 还欠着息 兄弟们晚上去你家坐坐 你屋里厢老人小囡都在的吧"),
    ("farm", "call", "E", "坐席：你这个农机贷再不还 我们就在镇上赶集那天 拉个横幅挂在你家门口 让十里八乡都晓得"),
    ("farm", "app", "@D", "溪南农商行信贷员：卢叔，你侄子卢*在我们这的农机贷已经逾期五个月了，还差三万八，你帮忙跟他说一声。"),
    ("farm", "call", "T", "坐席：卢*你再拖 我就去找你们村主任 让村里出面 你那个低保户的名额也别想要了"),
    ("card", "call", "L", "坐席：你这个分期已经逾期三个月 按规定银行可以直接把你列为在逃人员 你出门住酒店都会被查"),
    ("card", "sms", "T", "【溪南银行信用卡中心】卢*，鉴于您长期失联，我中心将于明日起逐一致电您通讯录中的联系人核实您的下落并告知欠款情况。"),
    ("card", "call", "I", "坐席：你个冇用嘅废柴 借咗钱就扮死 你老豆老母养你有咩用"),
    ("group", "app", "E", "（催收员发在债务人小区业主群）各位邻居好，12栋的卢*欠我们公司四万块钱一年不还，大家见到他请提醒一下。"),
    ("group", "app", "@TD", "（催收员发在债务人公司工作群）各位同事，你们公司的卢*欠钱不还，谁帮他把钱还了我们就不再在群里发了。"),
    ("debt", "call", "P", "坐席：我是溪南市司法局法律援助中心的 你这个欠款我们已经接手了 你现在把钱还到原告账户就可以结案"),
    ("debt", "call", "PL", "坐席：我是东关派出所的 你的案子已经在网上挂了追逃 今天下午不去平台还钱 晚上我们就上门抓人"),
    ("debt", "app", "I", "催收员：卢*，你这种人连狗都不如，借钱的时候叫爹，还钱的时候装孙子。"),
    ("debt", "call", "R", "坐席：你去找个担保公司垫一下 过桥资金 一天千分之三 先把我们这笔平了 下个月你再还他们"),
    ("debt", "call", "@V", "坐席：你是卢*的房东吧 你跟他说 再不还钱 我们的人就在你那个楼道里住下了 你这房子以后也别想租出去\n第三方：你们别乱来"),
    ("debt", "call", "L", "坐席：客家话讲 你欠钱唔还 法院判落来就爱坐监 你细妹仔读书都会受牵连"),
    ("debt", "sms", "TE", "【鑫瑞资产】卢*，你的欠款信息将于今晚同步至你的全部微信好友，并在你所在县的生活号公开，请自行承担后果。"),
    ("debt", "call", "PL", "坐席：我是负责你这个案子的律师 我们律所跟法院关系很好 你不还 我直接让法院把你拘了\n客户：你是哪个律所的\n坐席：这个你不用知道"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("lease", "sms", "", "【闪租】邬*，您租赁的手机本期租金289元已逾期3天，请及时支付。如需退租或买断，可在App“我的订单”中办理。"),
    ("lease", "app", "", "闪租客服：邬同学，您说想把手机退回来抵租金，这个可以的，门店验机后按合同折算，剩下的我们再商量分几期。"),
    ("beauty", "call", "", "坐席：邬女士您好 我是美颜分期的 您的分期这个月还没还 您看是资金上有困难吗 我们可以帮您申请延期一个月\n客户：那太好了"),
    ("beauty", "email", "", "邬*女士：\n关于您投诉的催收人员提及您就医信息一事，经调查属实，我司已对该员工作出处理，并承诺不再向任何第三方透露您的医疗信息。\n美颜分期 客户服务部"),
    ("course", "sms", "", "【启航教育分期】葛*，您本期学费分期780元已逾期，请于本月20日前还款。如课程未完成交付，可申请退费并暂停还款。"),
    ("course", "app", "", "溪南市教育局提示：近期有培训机构冒充教育部门催缴分期学费，教育部门不参与任何贷款催收，学籍不受学费贷款影响。"),
    ("reno", "call", "", "坐席：葛先生 您的装修贷逾期两个月了 我们按合同会上报征信 再不处理公司可能会起诉 不过这都是民事的 您可以先提一个还款计划"),
    ("reno", "notice", "", "溪南市龙湖区人民法院\n民事判决书（节选）\n被告葛*应于本判决生效之日起十日内偿还原告安家装修贷借款本金8万元及利息。如未按期履行，应加倍支付迟延履行期间的债务利息。"),
    ("pawn", "sms", "", "【恒昌典当】卢*，您典当的车辆当期已于6月30日届满，请于绝当前办理续当或赎当手续，逾期将按《典当管理办法》处理当物。"),
    ("pawn", "call", "", "坐席：卢先生 您当在我们这的表下周到期 您要是还想赎 记得带当票过来 续当也可以 利息按月算"),
    ("farm", "call", "", "坐席：卢叔 今年雨水多收成差 您的农机贷可以申请展期半年 我下周到村里 您带上身份证在村委会找我就行"),
    ("farm", "notice", "", "人民调解协议书\n申请人：溪南农商行\n被申请人：卢*\n经溪南镇人民调解委员会调解，双方自愿达成如下协议：被申请人分十二期偿还农机贷款本金，申请人免除罚息。\n调解员：蒋*"),
    ("farm", "app", "", "镇政府公众号：本镇农户可申请农机购置补贴，补贴资金不得用于偿还贷款；如遇冒充政府人员催收，请拨打12345。"),
    ("card", "sms", "", "【溪南银行信用卡中心】卢*，您的账单分期已逾期，请于5日内还款。如确有困难，可致电申请个性化分期，本中心不会联系您的亲友。"),
    ("card", "call", "", "坐席：卢先生 我是溪南银行信用卡中心的 您的分期逾期了 您之前说想找朋友借钱先还 这个我们不建议 您可以先还最低还款额"),
    ("card", "email", "", "卢*先生：\n您反映催收员称“逾期会被列为在逃人员”一事，我行已核实并道歉。信用卡逾期属于民事纠纷，不会因此被列为在逃人员或被拘留。\n溪南银行 消费者权益保护部"),
    ("court", "app", "", "溪南法院微信公众号｜法官说法：被执行人有能力履行而拒不履行的，法院可依法采取罚款、拘留措施；单纯的欠款逾期，催收机构无权对借款人采取任何强制措施。"),
    ("police", "app", "", "【东关派出所】警情通报：近日有催收人员冒充民警致电借款人称“已上网追逃”，系虚假信息，已依法处理，请群众不要轻信。"),
    ("forum", "app", "", "论坛回帖：楼主别慌，催收说要发业主群、要爆通讯录、要上门，都是违法的，录音留证据，直接打12378和110，该协商协商。"),
    ("media", "app", "", "溪南日报讯 一催收公司员工在借款人小区业主群发布“欠款公告”并称其为老赖，被法院以侮辱罪判处拘役四个月。"),
    ("debt", "call", "", "坐席：卢先生 我是鑫瑞资产的催收员 受溪南银行委托 关于您信用卡逾期的事 我们不会联系您的家人和单位 您看这个月能还多少"),
    ("debt", "call", "@", "坐席：您好 请问是卢*的房东吗 我是鑫瑞资产的 想麻烦您转告卢先生给我们回个电话 具体事情我们跟他本人说\n第三方：好的"),
    ("debt", "app", "", "鑫瑞资产：卢先生，您的减免申请已通过，一次性还款2.1万元即可结清，结清后我们会出具结清证明并通知征信更新。"),
    ("debt", "call", "", "坐席：你说你在考虑卖车还钱 车是你自己的 卖不卖我们管不着 也不需要 你先按计划每月还两千就行"),
    ("debt", "call", "", "坐席：我是溪南律师事务所的钟律师 受鑫瑞资产委托 这是我的执业证号 您可以去司法局官网核实 关于您的欠款 我们希望先协商"),
    ("debt", "sms", "", "【鑫瑞资产】卢*，您好，我司受溪南银行委托处理您的逾期账款，如您对债务有异议，可在7日内提出书面异议，我们将暂停催收并核实。"),
    ("debt", "app", "", "催收员：卢先生，上次电话里我说话太冲了，说您是老赖是我不对，向您道歉，还款的事我们慢慢商量。"),
    ("debt", "call", "", "客户：你们是不是要派人来我家\n坐席：不会的 我们不上门 也不会找您家里人 就是电话跟您协商 您别担心"),
    ("debt", "app", "", "催收质检通报：员工赵*在通话中称“法院马上拘你”“把你照片发到业主群”，严重违反公司规定，予以辞退。"),
    ("debt", "call", "", "坐席：客家话讲 阿哥 你个钱拖了两个月咯 有困难就同我讲 可以分期慢慢还 唔使惊"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLW2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
