"""Wording development batch z2 (issue 9, false legal claims, impersonation and rollover, halfway batch of z):
`python -m benchmarks.data.make_wording_dev_z2`.

Written for this file, text by text, by the helper session that tunes `misleading.legal`,
`misleading.impersonation` and `coercion.debt_rollover`, halfway through its round and before any detector was run
on it, in voices batch z has little of: voice-message transcripts, Shanghainese, Cantonese, Hokkien and Henan
speech, jail slang (吃牢饭, 蹲号子, 留案底), posed 法官助理, 执行干警, 调解员 and 派出所 officers named only by their
office's words, rollover urged through 网贷中介, 拆东墙补西墙, 车抵, 金饰 and relatives; compliant, the real
courts' 12368 replies, enforcement officers' lawful calls after a judgment, mediators who say what they are not,
lenders' 法务 voice notes that state 起诉 and 征信 with their conditions, debt-restructuring offers of the same
lender, an insurer's and a pawnshop's ordinary ads, and customers asking about borrowing. About half are compliant.
All people, numbers, companies, courts and places are invented.

First run (tree at commit 8436bfa with other helpers' uncommitted speed changes, shipped classifier, before any
change for this batch; `python -m benchmarks.eval --section wording --wording-set
benchmarks/data/wording_dev_z2.jsonl --errors 0`; 52 messages, 26 violating): rules alone micro P 0.893 R 0.833 F1
0.862, compliant flagged 2/26; classifier alone micro P 0.895 R 0.567 F1 0.694, compliant flagged 1/26; fused micro
P 0.906 R 0.967 F1 0.935, message-level R 0.962 P 0.926, compliant flagged 2/26.

Output (deterministic): `wording_dev_z2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_z2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims under the collector's true name
    ("legal", "app", "L", "语音转文字：喂老陈啊 我青穗分期小刘 跟你讲 你这个再拖下去就是吃牢饭的事了 不是吓你 我们这边材料都递上去了"),
    ("legal", "call", "L", "坐席：侬晓得伐 侬迭个已经算诈骗了 阿拉公司报案材料交上去了 下礼拜警察就寻侬"),
    ("legal", "sms", "L", "【青穗分期】陈*，您的逾期已被系统判定为恶意逃废债，将在您的户籍档案中留下案底，影响子女考公、参军及入党。"),
    ("legal", "app", "L", "锦禾资产-何经理：你再装死，下个月就让你去号子里蹲几个月，出来什么都没了。"),
    ("legal", "call", "L", "坐席：你听好了 你这种情况法院不用判 直接就能强制执行 明天就有人去你家搬东西"),
    ("legal", "sms", "L", "【锦禾资产】陈*：經核查您已構成惡意拖欠，將被限制出境並凍結護照，請立即處理。"),
    ("legal", "call", "L", "坐席：恁这欠了八个月了 俺跟恁说 再不还 派出所直接上恁家拿人 恁家里老人也得跟着去做笔录"),
    ("legal", "app", "L", "青穗分期：根据最新司法解释，网贷逾期超过3个月即视为非法占有，将被追究刑事责任。"),
    # --- impersonation, the identity only implied by the office's words
    ("impersonation", "call", "P", "坐席：我是执行干警 姓孙 你那个青穗分期的钱 今天不处理 我们这边就得按程序走了"),
    ("impersonation", "call", "P", "坐席：你好 我这边是法官助理 负责你跟锦禾那个纠纷的 你看今天能不能先转五千到锦禾账户上"),
    ("impersonation", "app", "P", "【鹭江市思明区人民法院】陈*，請於本週五前主動與青穗分期客服聯繫清償欠款，勿謂言之不預。"),
    ("impersonation", "call", "P", "坐席：喂 我系荔湾派出所嘅 你喺锦禾借嗰笔钱 你今日搞掂佢 唔好搞到我哋上门"),
    ("impersonation", "sms", "PL", "【鹭江仲裁委员会】陈*，您的借款纠纷已裁决，限24小时内向青穗分期还清，否则本委将申请法院对您司法拘留。"),
    ("impersonation", "call", "P", "坐席：我是区人民检察院的 你这个网贷的事 我们这边已经知道了 你自己先去跟平台把钱还了"),
    ("impersonation", "app", "P", "承办律师-周律师：陈先生，我是你这个案子的承办律师，平台那边已经全权交给我，今天你必须给我一个还款时间。"),
    ("impersonation", "call", "P", "坐席：我是你们镇政府的 有人把你欠青穗分期钱的事反映到我们这了 你抓紧还上 别给镇上添麻烦"),
    # --- rollover
    ("rollover", "app", "R", "语音转文字：你就拆东墙补西墙嘛 那个什么花 什么借 你都去点一点 总有能出额度的"),
    ("rollover", "call", "R", "坐席：你那个车不是还在吗 拿去做个车抵 押证不押车 当天就能放款 先把我们的清了"),
    ("rollover", "call", "R", "坐席：我认识个做网贷中介的 他能帮你包装一下下款 我把他微信推给你 你弄出来先还我们"),
    ("rollover", "app", "R", "锦禾资产-小何：你老婆那个金镯子金项链拿去金店回收一下，怎么也有一两万，先把这个月结了。"),
    ("rollover", "call", "R", "坐席：恁舅不是开厂的吗 找他先拿两万 恁家亲戚这么多 还凑不齐这点钱"),
    ("rollover", "sms", "R", "【青穗分期】陈*，您的逾期可申请合作平台“秒周转”过桥资金一键结清，无需征信，回1立即申请。"),
    ("rollover", "call", "R", "坐席：你不是有那个社保卡吗 现在有那种社保贷的 你去申请一笔 把我们这个先平掉"),
    # --- mixed
    ("mixed", "call", "PL", "坐席：我是执行局的 你的案子已经转刑事了 下午我们就过去拘传你"),
    ("mixed", "app", "RL", "锦禾资产-何经理：不想坐牢就赶紧去借，随便哪个平台先借出来把我们填上。"),
    ("mixed", "call", "@PD", "坐席：你好 我是派出所的 你是陈*的妈妈吧 他在青穗分期借的钱一直没还 你让他赶紧还了"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- courts and enforcement in their own voices
    ("court", "sms", "", "【思明法院】陈*，您在12368热线查询的（2026）闽0203民初1187号案件，目前处于审理阶段，开庭时间以传票为准，本院不会要求您向任何个人或平台转账。"),
    ("court", "call", "", "坐席：您好 这里是思明区法院执行局 我是执行法官 青穗分期申请执行您的案子 判决书确定的款项您还没履行 请您按执行通知书到法院来 或者登录执行网上缴纳执行款\n客户：能不能分期\n坐席：可以跟申请执行人协商执行和解 和解协议要交给法院"),
    ("court", "notice", "", "报告财产令\n（2026）闽0203执611号\n被执行人陈*：本院在执行青穗分期科技有限公司申请执行你借款合同纠纷一案中，责令你在收到本令后五日内如实向本院报告当前以及收到执行通知之日前一年的财产情况。\n鹭江市思明区人民法院"),
    ("court", "app", "", "思明法院微法院：您提交的执行和解协议已收到，承办法官将于三个工作日内审查，审查结果将通过本平台送达。"),
    ("mediation", "call", "", "坐席：您好 我是思明区金融纠纷人民调解委员会的调解员 青穗分期申请了调解 我们是调解组织 不是法院 您愿意的话可以约个时间谈 不愿意也没关系"),
    # --- lenders' legal departments and lawful consequences
    ("legal-dept", "app", "", "语音转文字：陈先生您好 我是青穗分期法务的小林 跟您说一下 您的逾期我们是按规定报征信的 如果一直协商不了 公司会考虑起诉 起诉了是法院判 不是我们说了算 您有困难可以申请分期"),
    ("legal-dept", "sms", "", "【青穗分期】陈*，您的借款已逾期120天，我司已委托律师准备起诉材料。诉讼为民事程序，是否支持诉请由法院裁判；起诉前您仍可联系客服申请分期。"),
    ("legal-dept", "call", "", "客户：你们是不是要抓我\n坐席：不会的 欠款是民事纠纷 我们也没有这个权力 最多就是起诉 起诉以后按判决来 您先看看每个月能还多少"),
    ("legal-dept", "email", "", "陈先生：\n您来函询问逾期是否影响子女升学。借款逾期会记入您本人的征信报告，但不会影响子女入学、考公或参军政审。如对逾期记录有异议，可向我司或征信中心申请核查。\n青穗分期 客户权益部"),
    ("legal-dept", "sms", "", "【锦禾银行信用卡中心】陈*，您的信用卡已逾期，我行将依法依约催收并报送征信。如经两次有效催收后超过三个月仍不归还，我行有权依法向人民法院起诉。"),
    # --- outsourcing and restructuring
    ("outsourcing", "call", "", "坐席：陈先生您好 我是锦禾资产管理公司的调解专员 工号3301 受青穗分期委托 我们是第三方催收机构 不是律所也不是政府部门 想跟您聊一下还款安排"),
    ("restructuring", "sms", "", "【青穗分期】陈*，您已通过债务重组审核：剩余本金8,400元分36期，每期233.33元，免收全部罚息，首期还款日1月10日。"),
    ("restructuring", "call", "", "客户：我想把车卖了还你们\n坐席：卖不卖车是您自己的决定 我们不建议您为了还这笔钱卖车 可以先办延期 等您收入稳定了再说"),
    ("restructuring", "app", "", "青穗分期：您申请的个性化分期已生效，本月起每月还款560元，共24期。如再遇困难，可随时联系我们调整。"),
    ("restructuring", "call", "", "客户：我能不能找朋友借点先还你们\n坐席：这个看您自己 我们不建议您为了还我们去借钱 您手头紧可以先还最低 其余的我们帮您申请分期"),
    # --- ordinary ads and other lenders, not aimed at a debt
    ("ads", "sms", "", "【锦禾银行】您有一张白金信用卡待激活，新户首刷礼50元，激活请登录手机银行，拒收请回复R。"),
    ("ads", "app", "", "鹭江典当行：黄金、名表、奢侈品专业鉴定，当天放款，月息透明，欢迎到店咨询。"),
    ("ads", "sms", "", "【青穗分期】陈*，您的账单已出，本期应还1,046.20元，最后还款日1月15日，按时还款可提升额度。"),
    ("ads", "sms", "", "【鹭江人寿】陈先生，您的保单本年度分红已到账，可登录官方APP查询，如有疑问请致电95588。"),
    # --- others' voices
    ("retold", "app", "", "网友提问：催收说我再不还就是诈骗，要坐牢，是真的吗？律师回答：借款逾期属于民事纠纷，只要不是借款时就有非法占有目的，不构成诈骗，不会因逾期坐牢。"),
    ("retold", "app", "", "反诈宣传：接到自称“法官助理”“执行干警”的电话，要求您把欠款转入平台或个人账户的，多为冒充。法院执行款只缴入法院执行款专户。"),
    ("retold", "notice", "", "坐席话术规范（第4版）：禁止使用“吃牢饭”“留案底”“影响子女考公”等表述；禁止自称法院、公安、律师；禁止推荐其他借款渠道。违者按质检规则扣分。"),
    # --- near misses in calls and chats
    ("near-miss", "call", "", "客户：你是不是法院的\n坐席：不是的 我是青穗分期的客服 我们没有执法权 只是提醒您还款"),
    ("near-miss", "call", "", "客户：我要去派出所报警说你们骚扰\n坐席：您有这个权利 我们今天先不打了 有需要您可以拨打我们的投诉电话"),
    ("near-miss", "app", "", "锦禾资产-小何：陈先生，您说想借亲戚的钱还，这个我们不建议，您可以先按最低还款，剩余部分我们帮您申请停息。"),
    ("near-miss", "call", "", "坐席：您好 这边是青穗分期 您的借款已经逾期五天了 今天方便还款吗 如果有困难可以跟我们说 我们帮您看看有没有延期的办法"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLZ2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
