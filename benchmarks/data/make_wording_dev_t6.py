"""Wording development batch t6 (issue 9, wording precision, fifth round, after the fixes for t to t5):
`python -m benchmarks.data.make_wording_dev_t6`.

Written for this file, text by text, by the helper session that tunes lawful voices, after its fixes for batches t
to t5 and before any detector was run on it, in voices none of them has: courts and the press publicising judgment
defaulters (曝光一批“老赖”), the public credit platform, a mobile court's notifications, law firms' and debt
counsellors' advertisements, lawyers answering in Q&A threads, kindergartens and wedding and estate-agency fees,
delivery platforms' deductions, and the same voices violating. About two thirds are compliant. All people, numbers,
companies, courts and places are invented.

First run (clean tree at commit f35c4fc, after the fixes for t to t5 and before any for this batch; `python -m
benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_t6.jsonl --errors 0`; 55 messages, 18
violating): rules alone micro P 0.609 R 0.700 F1 0.651, compliant flagged 7/37; classifier alone micro P 0.706
R 0.600 F1 0.649, compliant flagged 3/37; fused micro P 0.643 R 0.900 F1 0.750, message-level R 0.944 P 0.708,
compliant flagged 7/37 (18.9%).

Output (deterministic): `wording_dev_t6.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_t6.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("defaulters", "sms", "E", "【安平分期】饶*，法院本周曝光了一批老赖，我司已把你的名字和照片报上去，下一批名单里就有你。"),
    ("defaulters", "call", "L", "坐席：你这个不还 我们直接把你报到信用中国 全国通报 你这辈子都别想坐飞机高铁了"),
    ("mobile-court", "app", "P", "【移动微法院】饶*，你的借款纠纷案已立案，请立即向安平分期指定账户还款，还款后案件自动撤销。"),
    ("ad", "sms", "R", "【安平分期】饶*，逾期还不上？“极速贷”帮您先还后借，无视征信，当天下款，回复1立即申请。"),
    ("qa", "app", "L", "“律师”回答：借网贷逾期超过三个月就构成诈骗，公安会直接上门抓人，赶紧还吧。（该回答由安平分期贷后人员发布）"),
    ("kindergarten", "app", "E", "园长：饶*家长，你家孩子的保育费欠了三个月，明天家长会我会在班级群里点名，让大家都知道。"),
    ("wedding", "call", "V", "坐席：婚庆尾款你不给是吧 你结婚那天我们的人都去过你家了 门朝哪开我们都知道"),
    ("agency", "call", "I", "坐席：就你这种穷酸样 还买房 佣金都拖着不给 丢人"),
    ("delivery", "app", "T", "【安平分期】饶*，你送外卖的站点站长电话我们已经拿到了，今天不还，我们让站长扣你的单子。"),
    ("defaulters", "call", "@D", "坐席：您好 是饶*的舅舅吧 他在我们安平分期欠了一万八 半年没还了 您能帮忙劝劝他吗"),
    ("mobile-court", "call", "PL", "坐席：我是城西法院执行局的法官 你的案子今天必须结 不结我们下午就派法警去你单位带人"),
    ("ad", "app", "R", "【安平分期】您的逾期账单可用“安平备用金”一键结清，额度最高5万，用新额度还旧账，不影响征信。"),
    ("qa", "call", "T", "坐席：你不还 我们就一个一个打给你微信好友 反正你的好友列表我们都导出来了"),
    ("kindergarten", "call", "@D", "坐席：您好 是饶*的同事吗 她孩子在我们园里欠了三个月保育费 您见到她跟她说一声"),
    ("wedding", "app", "I", "婚庆公司：结个婚连尾款都付不起，你这种人活该被人看不起。"),
    ("agency", "sms", "P", "【城西区司法局】饶*，你拖欠安居中介佣金一事已移交本局处理，请于今日内向安居中介付清。"),
    ("delivery", "call", "V", "坐席：你每天送单走的那几条路 我们都清楚 骑车的时候注意点"),
    ("defaulters", "app", "LE", "【安平分期】饶*，您已被列为失信人员，您的信息已推送至全国公共信用平台，子女将不能上重点学校。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- courts, the press and the public credit platform publicising judgment defaulters
    ("defaulters", "app", "", "城西日报讯 城西区人民法院昨日集中曝光一批“老赖”，共87名失信被执行人的姓名、案号和未履行金额在法院官网和户外大屏公布。法院表示，被执行人履行义务后将及时撤下。"),
    ("defaulters", "app", "", "【城西法院】本院今日通过官方微信公众号发布第三批失信被执行人名单，名单依法公布，被执行人履行完毕后将在三个工作日内删除。"),
    ("defaulters", "notice", "", "信用中国（城西）\n失信被执行人信息查询服务说明：本平台公示的失信被执行人信息来源于人民法院，公众可依法查询。如信息有误，当事人可向作出决定的人民法院申请纠正。"),
    ("defaulters", "app", "", "新闻评论｜“老赖”一词不是法律用语，法律上的称谓是失信被执行人，只有法院判决后有能力履行而拒不履行的，才会被纳入失信名单。普通逾期的借款人不应被称为“老赖”。"),
    # --- a mobile court's notifications
    ("mobile-court", "app", "", "【移动微法院】饶*，您有一份来自城西区人民法院的诉讼文书待签收，案号（2027）城0102民初2211号，请登录移动微法院小程序查看。"),
    ("mobile-court", "app", "", "【移动微法院】饶*，您的案件已完成网上立案审查，立案结果已通知原告，后续文书将依法送达至您确认的送达地址。"),
    # --- law firms' and counsellors' advertisements
    ("ad", "app", "", "广告｜正衡律师事务所提供债务纠纷法律咨询：协助您核对借款合同利息、申请个性化分期、应诉指导。本所不承诺“停息挂账”，不收取“征信修复”费用。"),
    ("ad", "app", "", "【城西法律援助】经济困难群众遇到借贷纠纷，可申请免费法律援助，咨询电话12348。"),
    # --- lawyers answering in Q&A threads
    ("qa", "app", "", "网友提问：催收说不还钱就报警抓我，真的吗？\n律师回答：借款逾期属于民事纠纷，公安机关不处理民事借贷，不会因为逾期抓人。但不要恶意逃避，建议主动协商。"),
    ("qa", "app", "", "网友提问：朋友借我钱不还，我能去他公司找他领导吗？\n律师回答：不建议。去对方单位闹可能侵犯其名誉权，甚至构成寻衅滋事，应当通过起诉解决。"),
    ("qa", "app", "", "网友提问：我被列为失信被执行人了，孩子上学会受影响吗？\n律师回答：失信被执行人的子女不得就读高收费私立学校，公办学校正常就读不受影响。履行义务后可申请删除失信信息。"),
    # --- kindergartens, wedding, estate-agency fees
    ("kindergarten", "app", "", "【阳光幼儿园】饶*家长您好，本学期保育费还有1,800元未交，不会影响孩子正常入园。如家庭有困难，可以申请分期或减免，园所会为您保密。"),
    ("kindergarten", "app", "", "班主任：各位家长，本学期的伙食费请在本周五前缴纳，已缴的家长请忽略。我们不会在群里公布任何家庭的缴费情况，有问题请私聊我。"),
    ("wedding", "app", "", "婚庆公司：饶先生，婚礼尾款6,000元按合同应于婚礼后7日内支付。您之前提到灯光效果的问题，我们愿意退还其中的800元作为补偿，您看可以吗？"),
    ("agency", "call", "", "坐席：饶先生您好 我是安居中介的小王 您那套房子的佣金还有一半没结 您之前说对贷款办理的进度不满意 这个是我们的问题 要不我们当面聊聊 看怎么补偿您"),
    ("agency", "email", "", "饶先生：\n关于佣金纠纷，我司已向城西区人民调解委员会申请调解，调解免费、自愿。如您不同意调解，我司将依据居间合同向人民法院起诉。\n安居房产经纪有限公司"),
    # --- delivery platforms' deductions
    ("delivery", "app", "", "【安骑配送】饶*，您本周有2单超时，依据骑手服务协议扣除服务费共10元。如有异议，可在7日内通过App申诉，申诉期间不扣款。"),
    ("delivery", "app", "", "站长：兄弟们，最近有人冒充站点让大家交“保证金”，站点从来不收保证金，谁收了谁违规，遇到直接报警。"),
    # --- reported speech, customers
    ("customer", "app", "", "客户：你们的人说我上了信用中国，全国都知道我欠钱了，是真的吗？\n客服：不是的。信用中国公示的是法院认定的失信被执行人信息，您目前没有被起诉，不会出现在上面。那位员工的说法是错误的，我们已经处理。"),
    ("customer", "call", "", "客户：你们是不是要把我挂到法院那个老赖名单上\n坐席：不是的 失信名单只有法院才能列 而且要先判决 您现在是正常协商阶段 不存在这个问题"),
    ("customer", "app", "", "客户：你们敢去幼儿园找我孩子试试！\n客服：我们绝不会去幼儿园，也不会联系与您孩子有关的任何人。给您带来困扰，非常抱歉。"),
    ("customer", "call", "", "客户：我上个月刚被裁员 真的还不上\n坐席：明白 被裁员确实不容易 我这边先给您登记困难 申请延期三个月 这期间不会再催您"),
    # --- training, media
    ("training", "notice", "", "合规红线提示：催收中不得使用“老赖”“失信人员”等称呼，不得声称“已上报信用中国”“已被法院曝光”，不得以子女入学相威胁。"),
    ("media", "app", "", "评论｜法院曝光失信被执行人是法定的执行措施，与催收机构私自“曝光”借款人有本质区别，后者侵犯个人信息，应当依法追责。"),
    ("media", "app", "", "城西日报讯 一家催收公司冒充“司法局”向借款人发送催款短信，被市场监管部门罚款20万元。司法局提醒：司法行政机关不参与任何民间借贷催收。"),
    # --- dialect and ASR
    ("dialect", "call", "", "坐席：饶姐 阳光幼儿园的 娃儿那个保育费嘛 不急哈 你啥子时候方便交一哈 娃儿该来照常来"),
    ("dialect", "call", "", "坐席：饶生 我哋係安居中介 嗰個佣金嘅事 你唔滿意嘅地方我哋可以傾 唔使急"),
    ("robot", "call", "", "坐席：您好 这里是 安平分期 您的 账单 已 逾期 两天 如需 延期 请按1 查询 金额 请按2 人工 请按0"),
    ("robot", "call", "", "坐席：喂您好这里是移动微法院智能提醒您有一份诉讼文书待签收请登录小程序查看如有疑问请拨打12368\n客户：好的"),
    # --- near the categories
    ("near-legal", "sms", "", "【安平分期】饶*，您的借款已逾期，我司可能依法起诉。只有法院判决生效后仍拒不履行的，才可能被法院依法纳入失信被执行人名单。"),
    ("near-impersonation", "app", "", "【安平分期】饶*，今天与您联系的是我司委托的正衡律师事务所周*律师（执业证号13501202010000001），您可在司法局官网查询其执业信息。"),
    ("near-violence", "app", "", "【安居中介】饶先生，您预约的周六上午看房已确认，经纪人小王会在小区门口等您。"),
    ("near-third-party", "call", "@", "坐席：您好 请问是饶*吗\n第三方：不是 这是她办公室座机\n坐席：好的 不好意思打扰了 我们会更新号码"),
    ("near-exposure", "app", "", "【城西法院】本院依法在官方网站公示失信被执行人名单，请勿转发、传播名单中的个人信息，违者依法承担责任。"),
    ("near-rollover", "app", "", "客服：您问能不能用我们的备用金来还这笔逾期，这样是借新还旧，我们不建议，也不会为逾期客户开通。您可以申请延期还款。"),
    ("near-insult", "app", "", "评论区：别叫人家“老赖”，人家只是遇到困难了，谁都有难的时候。"),
    ("near-disclosure", "call", "@", "第三方：我是饶*的舅舅 你们找她干嘛\n坐席：不好意思 是她本人的事情 不方便透露 麻烦您让她回个电话 谢谢"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WV6", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
