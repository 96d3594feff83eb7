"""Lawful collection wording for the training corpus (`labels: []`), rich in hard negatives.

A keyword detector flags these texts because they mention what violations mention: the credit
report, a lawsuit, the list of dishonest judgment debtors, a visit, a lawyer, the police (in an
anti-fraud warning), family (in a festival greeting), or a customer's insult (in the customer's own
turn). Each says it lawfully: a true consequence in its conditional, legal form; a visit agreed with
the debtor; a real lawyer naming the client who instructed them; a third party only asked for a
call-back. Every text, name and number here is invented; nothing is copied from datasets, rule
examples or evaluation sets.

A family is one hand-written template, or a few close paraphrases of it, with slots ({lender},
{amount}, ...) filled by `_slots`. Calls are written as speaker-prefixed lines (坐席：/客户：/第三方：)
and shipped as `turns`.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from audit.message import parse_call_text
from audit.recognizers.cn_bank_card import luhn_ok

MODULE = "lawful"
SAMPLES_PER_FAMILY = 16   # the dev split holds out whole families; the design caps each at about 25


@dataclass(frozen=True)
class Family:
    name: str
    channel: str            # sms | notice | call | app
    register: str           # formal | sms_template | robot_script | spoken | dialect | app | letter
    templates: tuple[str, ...]
    recipient_type: str = "debtor"


def _family(name: str, channel: str, register: str, *templates: str, to: str = "debtor") -> Family:
    return Family(name, channel, register, templates, to)


# --- slot fillers (all invented) ----------------------------------------------------------------------

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤"
# (signature brand, company name): the brand signs SMS, the company name appears in letters.
_LENDERS = (
    ("云杉金融", "云杉消费金融有限公司"), ("晴川易借", "晴川网络小额贷款有限公司"),
    ("青禾消金", "青禾消费金融股份有限公司"), ("北辰小贷", "北辰网络小额贷款有限公司"),
    ("溪山银行", "溪山农村商业银行股份有限公司"), ("鹿鸣数科", "鹿鸣数字科技有限公司"),
    ("星河信用卡", "星河商业银行信用卡中心"), ("松果金融", "松果融资担保有限公司"),
    ("橙岭银行", "橙岭村镇银行股份有限公司"), ("远帆消金", "远帆消费金融有限公司"),
    ("白桦信贷", "白桦网络小额贷款有限公司"), ("澄湖银行信用卡", "澄湖银行股份有限公司信用卡中心"),
)
_PRODUCTS = ("晴川易借", "麦穗花", "云朵分", "青橙贷", "米粒借", "星光花", "桔子分", "安心贷", "小禾借",
             "随心花", "乐享分", "橙意贷", "满月借", "逗豆花", "好运分", "闪电借")
_AGENCIES = ("鼎信商务咨询有限公司", "衡达信息服务有限公司", "明诚企业管理有限公司", "安和商务服务有限公司",
             "久泰信用管理有限公司", "和融数据服务有限公司", "嘉远商务咨询有限公司")
_LAW_FIRMS = ("浙江清衡律师事务所", "上海明律律师事务所", "广东正岳律师事务所", "四川蜀衡律师事务所",
              "北京知远律师事务所", "江苏平川律师事务所")
_FESTIVALS = ("中秋", "春节", "端午", "元宵", "国庆", "新年", "元旦")
_TIMES = ("上午十点", "下午两点", "下午三点半", "上午九点半", "下午四点", "上午十一点")


def _amount(rng: random.Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    return f"{value}.{rng.randint(0, 99):02d}" if rng.random() < 0.5 else str(value)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _licence_number(rng: random.Random) -> str:
    """A 17-digit lawyer's licence number that fails the Luhn check, so no recognizer reads it as a bank card."""
    number = "1" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    return next(number + d for d in "0123456789" if not luhn_ok(number + d))


def _slots(rng: random.Random) -> dict[str, str]:
    """One value per slot for one sample, so a slot used twice in a template reads the same."""
    surname = rng.choice(_SURNAMES)
    brand, lender = rng.choice(_LENDERS)
    title = rng.choice(("先生", "女士"))
    return {
        "name": surname + "*" * rng.choice((1, 2)),
        "mr": surname + title,
        "he": "他" if title == "先生" else "她",
        "surname": rng.choice(_SURNAMES),   # the agent's, not the debtor's
        "brand": brand,
        "lender": lender,
        "product": rng.choice(_PRODUCTS),
        "agency": rng.choice(_AGENCIES),
        "lawfirm": rng.choice(_LAW_FIRMS),
        "lawyer": rng.choice(_SURNAMES) + "律师",
        "licence": _licence_number(rng),
        "agent": rng.choice(("小{}", "{}专员", "{}经理", "{}主管", "{}老师")).format(rng.choice(_SURNAMES)),
        "agent_no": str(rng.randint(1000, 9999)),
        "amount": _amount(rng, 300, 60000),
        "part": _amount(rng, 100, 3000),
        "days": str(rng.randint(1, 180)),
        "date": _date(rng),
        "due": _date(rng),
        "day": f"{rng.randint(1, 28)}日",
        "tail": f"{rng.randint(0, 9999):04d}",
        "hotline": f"400-{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
        "months": str(rng.choice((3, 6, 9, 12, 18, 24))),
        "festival": rng.choice(_FESTIVALS),
        "time": rng.choice(_TIMES),
        "ref": f"CS{rng.randint(2025, 2026)}{rng.randint(100000, 999999)}",
    }


# --- families -----------------------------------------------------------------------------------------
# Grouped by what makes them hard negatives. Texts are lawful as written: true consequences stay
# conditional and lawful, nobody but the debtor learns of the debt, and no one claims to be what it is not.

_BEFORE_DUE = (
    _family("due_soon_sms", "sms", "sms_template",
            "【{brand}】尊敬的{name}，您的{product}账单{amount}元将于{due}到期，请确保还款账户（尾号{tail}）余额充足。如已还款请忽略。",
            "【{brand}】{name}您好，本期应还{amount}元，还款日为{due}，请按时还款，保持良好信用。已还请忽略。"),
    _family("due_in_three_days_sms", "sms", "sms_template",
            "【{brand}】温馨提示：您的借款还有3天到期，应还金额{amount}元，系统将于{due}自动扣款，请留意账户余额。",
            "【{brand}】距离您的还款日还有3天，本期应还{amount}元。可通过App“我的-还款”提前还款，退订回T。"),
    _family("due_today_app", "app", "app",
            "今天是您的还款日，本期应还{amount}元。请在今日24点前完成还款，避免产生逾期费用。点击立即还款>>",
            "还款日提醒：{product}本期账单{amount}元今日到期，系统将在晚间扣款，请保证银行卡尾号{tail}余额充足。"),
    _family("due_soon_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}的智能客服，提醒您，您本期账单{amount}元将于{due}到期，请按时还款。如已还款请忽略，祝您生活愉快。",
            "坐席：您好，我是{brand}的语音助手。您的{product}借款将在{due}到期，应还{amount}元，请提前准备资金。感谢您的接听，再见。"),
    _family("autodebit_notice", "sms", "sms_template",
            "【{brand}】{name}，您本期{amount}元将于{due}从尾号{tail}的银行卡自动扣款，如需更换扣款卡请登录App操作。",
            "【{brand}】扣款预告：{due}将从您尾号{tail}的账户扣除本期还款{amount}元，请确保余额充足。客服{hotline}。"),
    _family("bill_issued_card", "sms", "sms_template",
            "【{brand}】您尾号{tail}的信用卡本期账单已出，应还{amount}元，最低还款{part}元，到期还款日{due}。",
            "【{brand}】尾号{tail}信用卡{date}账单：本期应还{amount}元，最低还款额{part}元，请于{due}前还款。"),
    _family("autodebit_failed", "sms", "sms_template",
            "【{brand}】{name}，今日从尾号{tail}的银行卡扣款{amount}元未成功，可能因余额不足，请于今日内通过App主动还款。",
            "【{brand}】您本期还款自动扣款失败（尾号{tail}余额不足），应还{amount}元，请及时手动还款，以免逾期。"),
    _family("grace_period_notice", "app", "app",
            "您本期账单已过还款日，目前仍在3天宽限期内，宽限期内还款不计逾期、不上报征信，请尽快还款{amount}元。",
            "温馨提示：本期{amount}元尚未还清。平台为您提供宽限期至{due}，宽限期内还清不影响您的信用记录。"),
    _family("minimum_payment_explained", "sms", "sms_template",
            "【{brand}】您可选择最低还款{part}元，按最低还款后剩余部分将按合同计息，不影响信用记录。详询{hotline}。",
            "【{brand}】本期如资金紧张，可先还最低还款额{part}元，未还部分按约定计收利息。"),
    _family("pre_due_spoken", "call", "spoken",
            "坐席：喂您好，请问是{mr}吗？\n客户：是我。\n坐席：我是{brand}的客服{agent}，工号{agent_no}，打电话就是提醒您一下，您这期{amount}块{due}到期，别忘了还哈。\n客户：好的知道了。\n坐席：好嘞，不打扰您了，再见。",
            "坐席：您好，是{mr}本人吗？\n客户：对，什么事？\n坐席：您好，这边是{brand}客服，您的账单后天到期，应还{amount}元，提前跟您说一声，您看资金方面没问题吧？\n客户：没问题。\n坐席：好的，那祝您生活愉快。"),
    _family("reminder_with_change_channel", "sms", "sms_template",
            "【{brand}】您的账单将于{due}到期，应还{amount}元。如不希望接收短信提醒，可回复TD退订，退订后仍可在App查询账单。",
            "【{brand}】{name}，您本期应还{amount}元，{due}到期。短信提醒可在App“设置-通知”中关闭。"),
)

_OVERDUE_PLAIN = (
    _family("overdue_first_day_sms", "sms", "sms_template",
            "【{brand}】{name}，您的{product}账单已逾期1天，应还{amount}元，请尽快还款。如已还款请忽略。客服{hotline}。",
            "【{brand}】您本期还款{amount}元已逾期，请今日内还款，逾期将按合同产生罚息。如有疑问请致电{hotline}。"),
    _family("overdue_days_sms", "sms", "sms_template",
            "【{brand}】尊敬的客户，您的借款已逾期{days}天，待还金额{amount}元，请尽快登录App还款或致电{hotline}协商。",
            "【{brand}】{name}，您名下借款逾期{days}天，欠款{amount}元，请及时处理。如有困难可联系我们申请还款方案。"),
    _family("overdue_app_banner", "app", "app",
            "您有一笔借款已逾期{days}天，当前待还{amount}元（含逾期利息），请尽快还款，保持良好的信用记录。",
            "账单逾期提醒：您的{product}账单已逾期，待还{amount}元。还款后额度将逐步恢复。去还款>>"),
    _family("overdue_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}的智能客服。您在我司的借款已逾期{days}天，待还{amount}元，请您尽快还款。如需协商还款请按1转人工，如已还款请忽略。",
            "坐席：您好，请问是{name}本人吗？\n客户：是的。\n坐席：这里是{brand}智能语音，您的借款当前已逾期，待还金额{amount}元，请于今日通过App完成还款。如有疑问，可拨打客服电话{hotline}。感谢接听。"),
    _family("overdue_verified_call", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n客户：是我。\n坐席：为了核实身份，麻烦您报一下身份证后四位。\n客户：{tail}。\n坐席：好的谢谢。我是{brand}的客服{agent}，您{product}的账单已经逾期{days}天了，欠款{amount}元，想问下您这边什么时候方便处理？\n客户：这周五吧。\n坐席：好的，我帮您备注周五还款，到时候请通过App操作，有问题随时联系我们。",
            "坐席：喂，您好，请问是{mr}本人吗？\n客户：嗯，是的。\n坐席：您好，我是{brand}的工作人员，工号{agent_no}。跟您核实一下，您尾号{tail}的借款目前逾期了，金额{amount}元，您知道这个情况吗？\n客户：知道，最近手头紧。\n坐席：理解。您看能先还一部分吗？或者我们帮您看看有没有分期的方案。"),
    _family("overdue_notice_brief", "notice", "formal",
            "还款提醒函\n{name}：\n您于我司办理的借款已逾期{days}天，截至{date}尚欠本息合计{amount}元。请您于{due}前归还。如对欠款有异议，请致电{hotline}。\n{lender}\n{date}",
            "逾期还款通知\n尊敬的{name}：\n经核查，您在{lender}的借款（合同编号尾号{tail}）已逾期，截至{date}应还未还金额{amount}元。请于收到本通知后尽快还款。咨询电话：{hotline}。"),
    _family("overdue_polite_sms_short", "sms", "sms_template",
            "【{brand}】{name}，您的还款已逾期，请尽快处理，感谢配合。",
            "【{brand}】您好，您的账单已逾期，请方便时尽快还款，谢谢。"),
    _family("overdue_fee_explained", "sms", "sms_template",
            "【{brand}】您的借款逾期{days}天，依合同约定按日计收逾期利息，越早还款费用越少。当前应还{amount}元。",
            "【{brand}】温馨提示：逾期期间将按借款合同约定计收罚息，当前应还{amount}元，请尽早还款以减少费用。"),
    _family("overdue_partial_received", "app", "app",
            "我们已收到您的部分还款{part}元，剩余{amount}元仍处于逾期状态，请尽快补足。",
            "您今日已还款{part}元，尚有{amount}元未还，逾期状态将在全部结清后解除。"),
    _family("overdue_quota_frozen", "app", "app",
            "由于您的账单逾期，您的借款额度已暂停使用，还清逾期款项后将恢复评估。",
            "您的账户因逾期暂时无法借款，结清后可重新申请。当前待还{amount}元。"),
    _family("overdue_ask_plan_sms", "sms", "sms_template",
            "【{brand}】{name}，您的账单逾期{days}天，如暂时无法全额还款，请致电{hotline}告知您的还款计划，我们将尽力协助。",
            "【{brand}】如您目前还款有困难，请主动与我们联系（{hotline}），说明情况后可商定还款计划。"),
)

_CREDIT_REPORT = (
    _family("credit_report_impact_sms", "sms", "sms_template",
            "【{brand}】{name}，您的借款已逾期{days}天，逾期信息将依法报送金融信用信息基础数据库，可能影响您的个人征信记录，请尽快还款。",
            "【{brand}】您的账单已逾期，逾期记录将按规定报送征信系统，影响您日后办理贷款、信用卡。请尽快还款{amount}元。"),
    _family("credit_report_before_due", "sms", "sms_template",
            "【{brand}】您的还款日为{due}，按时还款可保持良好征信记录；如逾期，相关信息将依规报送中国人民银行征信中心。",
            "【{brand}】提醒：{due}为还款日。根据规定，逾期信息会如实报送征信系统，请按时还款。"),
    _family("credit_report_notice_formal", "notice", "formal",
            "逾期告知书\n{name}：\n您在我司的借款截至{date}逾期{days}天，欠款{amount}元。根据《征信业管理条例》，我司将如实向金融信用信息基础数据库报送您的逾期信息。如您认为报送信息有误，可向我司或征信中心提出异议。\n{lender}",
            "关于报送个人信用信息的告知\n尊敬的客户{name}：\n根据《征信业管理条例》第十五条，现告知您：您的借款已逾期，我司将依法报送不良信息。报送前您仍可还款，如有异议请在收到本告知后联系{hotline}。"),
    _family("credit_report_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款已逾期，逾期记录会被上报征信，可能影响您以后的贷款和信用卡申请，建议您尽快还款。如需人工服务请按0。",
            "坐席：您好，{brand}提醒您，您的账单逾期{days}天，逾期信息将依规报送征信系统，请您尽快处理。感谢接听。"),
    _family("credit_report_spoken", "call", "spoken",
            "坐席：{mr}您好，我是{brand}的{agent}。跟您说一下哈，咱们这个账单已经逾期{days}天了，再拖的话逾期记录会报到征信上，以后买房贷款都受影响，所以还是建议您尽早处理。\n客户：我知道，下周发工资就还。\n坐席：好的，那我给您记下，下周还款，辛苦您了。",
            "坐席：您好，请问是{mr}吗？我是{brand}客服。您这笔{amount}的账单逾期了，逾期会上征信的，您这边看看今天能不能先处理一下？\n客户：今天真不行。\n坐席：好的，那您看哪天方便，我们先登记一个时间。"),
    _family("credit_repair_warning", "sms", "sms_template",
            "【{brand}】提醒：征信记录无法通过付费“修复”“洗白”，凡声称可以删除逾期记录的均为诈骗。如对记录有异议，请通过正规异议渠道申请。",
            "【{brand}】谨防“征信修复”骗局：任何机构都不能花钱删除真实的逾期记录。对征信有异议，可向我司或征信中心提出。"),
    _family("credit_report_after_settle", "app", "app",
            "{name}，您的借款已于{date}结清。征信系统将在下一个报送周期更新为结清状态，历史逾期记录按规定自〔结清|不良行为终止〕之日起保存5年。",
            "结清提醒：您的{product}账户已还清{amount}元，我们将按规定向征信系统报送结清信息，更新通常需要1个月左右。"),
    _family("credit_report_question_answer", "call", "spoken",
            "客户：我要是不还，你们是不是要把我征信搞花？\n坐席：先生您好，我们是按规定如实报送逾期信息的，不存在“搞花”的说法。您按时还款，记录就是正常的。\n客户：那我现在还了能消掉吗？\n坐席：已发生的逾期会如实记录，结清后会更新为结清状态，我们也不收取任何“消除”费用。",
            "客户：逾期会不会影响我征信？\n坐席：会的，逾期记录会报送人民银行征信系统，这是规定。不过您尽快还上的话，后面会显示为已结清。\n客户：那行，我今天还。\n坐席：好的，感谢您的配合。"),
    _family("credit_card_overdue_credit", "sms", "sms_template",
            "【{brand}】您尾号{tail}的信用卡已逾期，最低还款{part}元。逾期可能影响您的个人信用记录及用卡，请尽快还款。",
            "【{brand}】尾号{tail}信用卡逾期未还最低还款额，将按规定报送征信并收取违约金，请尽快还款。"),
    _family("credit_report_dialect_sichuan", "call", "dialect",
            "坐席：喂，{mr}嗦？我是{brand}的客服哈。你那个账单逾期{days}天了噻，再拖起的话征信上头要有记录，以后办贷款不好办，你看哪天方便还一哈嘛？\n客户：下个礼拜嘛。\n坐席：要得，那我给你记到起，下个礼拜记得还哈。",),
    _family("credit_report_formal_consequence", "notice", "formal",
            "催收通知书\n{name}：\n截至{date}，您在{lender}的借款逾期{days}天，欠款本金及利息合计{amount}元。请于{due}前还款。逾期不还的，我司将按规定报送征信信息，并保留依法追究违约责任的权利。\n联系电话：{hotline}",),
)

_LITIGATION = (
    _family("reserve_right_to_sue_sms", "sms", "sms_template",
            "【{brand}】{name}，您的借款逾期{days}天，欠款{amount}元。如您持续未还款，我司保留依法向人民法院提起诉讼的权利。",
            "【{brand}】您的欠款{amount}元已逾期较长时间。请于{due}前联系{hotline}协商，否则我司将考虑通过法律途径解决。"),
    _family("reserve_right_notice", "notice", "formal",
            "催告函\n{name}：\n您与我司签订的借款合同项下欠款{amount}元已逾期{days}天。请于{due}前履行还款义务。逾期仍未履行的，我司将依据合同约定向有管辖权的人民法院提起诉讼，由此产生的诉讼费用依法由败诉方承担。\n{lender}\n{date}",
            "关于督促履行还款义务的函\n尊敬的{name}：\n您的借款已严重逾期。我司依法享有通过诉讼追偿的权利。为避免进入诉讼程序，请您于{due}前与我司联系协商还款事宜，联系电话{hotline}。"),
    _family("after_judgment_enforcement", "sms", "sms_template",
            "【{brand}】温馨提示：如本案经法院判决后您仍不履行，我司可依法申请强制执行，法院可依法采取查封、冻结等措施。请重视并尽快协商。",
            "【{brand}】根据法律规定，生效判决确定的义务不履行的，债权人可申请法院强制执行。目前您的借款尚未起诉，欢迎主动联系{hotline}协商。"),
    _family("dishonest_list_explained", "sms", "sms_template",
            "【{brand}】提示：依照法律规定，经法院判决后仍有履行能力而拒不履行的，可能被依法列入失信被执行人名单。目前您仍可主动还款，避免进入诉讼。",
            "【{brand}】失信被执行人名单由人民法院依法决定，仅适用于有履行能力而拒不履行生效判决的情形。您的借款尚在协商阶段，请联系{hotline}。"),
    _family("dishonest_list_faq", "app", "app",
            "〔常见问题|{brand}小课堂|帮助中心〕：逾期会直接被列为失信被执行人吗？答：不会。只有经法院判决后，有能力履行而拒不履行的，才可能由法院依法纳入失信被执行人名单。〔如需协商请致电{hotline}。|〕",
            "问：欠款没还会被列入失信名单吗？答：失信被执行人名单由法院在执行程序中依法决定，〔平台|{brand}|催收机构〕无权将任何人列入。请放心与我们协商还款，电话{hotline}。"),
    _family("civil_not_criminal_answer", "call", "spoken",
            "客户：我还不上是不是要坐牢啊？\n坐席：您别担心，借款逾期属于民事纠纷，不涉及刑事责任，我们也不会这样说。不过逾期会影响征信，也可能面临诉讼，所以我们还是希望一起商量个方案。\n客户：那好吧。",
            "客户：你们会不会报警抓我？\n坐席：不会的，欠款是民事关系，我们只会通过协商或者法律途径解决。您现在有什么困难可以跟我说说。"),
    _family("litigation_process_explained", "call", "spoken",
            "坐席：{mr}，我跟您说明一下，如果长期协商不成，我司可能会通过法院起诉，起诉前会有正式通知，您也有答辩的权利。但我们更希望能协商解决，您看呢？\n客户：我想先分期。\n坐席：可以，我帮您提交分期申请。",
            "坐席：您的情况我已经了解。按流程，如果一直没有还款，公司有可能通过诉讼方式主张权利，那是法院依法审理的。现在还在协商阶段，您有什么想法可以提出来。"),
    _family("court_freeze_after_judgment", "sms", "sms_template",
            "【{brand}】法律提示：只有在法院作出生效判决并进入执行程序后，法院才可能依法冻结被执行人财产。目前您的账户未被采取任何措施，请勿轻信不实信息。",
            "【{brand}】任何冻结、查封措施均需由人民法院依法作出，催收人员无权冻结您的账户。您的欠款{amount}元可联系{hotline}协商。"),
    _family("mediation_offer", "sms", "sms_template",
            "【{brand}】{name}，您的借款纠纷可申请通过调解方式解决，调解免费、自愿，详询{hotline}。",
            "【{brand}】为便于协商，我司可与依法设立的调解组织合作，经您同意后开展调解，调解不收取您任何费用。"),
    _family("litigation_filed_truthful", "notice", "formal",
            "诉讼告知函\n{name}：\n因您拖欠借款{amount}元，经多次协商未果，我司已依法向人民法院提交起诉材料，后续以法院送达的正式文书为准。诉讼期间您仍可与我司协商和解，联系电话{hotline}。\n{lender}",),
    _family("judgment_enforce_truthful", "notice", "formal",
            "履行判决告知书\n{name}：\n人民法院已就我司与您的借款合同纠纷作出判决，判决已生效。请您按判决履行付款义务。如未履行，我司将依法向法院申请强制执行，是否纳入失信被执行人名单由法院依法决定。\n{lender}",),
    _family("sue_vs_negotiate_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款已逾期{days}天，我司希望与您协商解决。如长期未还款，我司将保留依法通过诉讼主张权利的可能。协商请按1。",),
    _family("not_a_court_disclaimer", "sms", "sms_template",
            "【{brand}】本短信由{lender}发送，我司为债权人而非司法机关，相关法律程序以人民法院正式送达文书为准。",
            "【{brand}】我司是您的借款机构，不是法院或公安机关。如收到自称法院的催款短信，请通过官方渠道核实。"),
    _family("arbitration_clause_truthful", "notice", "formal",
            "还款提示函\n{name}：\n根据您签署的借款合同第十二条，双方争议可提交合同约定的仲裁委员会仲裁。目前我司仍希望协商解决，请于{due}前联系{hotline}。\n{lender}",),
    _family("lawyer_consult_suggestion", "call", "spoken",
            "客户：你们要告我我也不怕。\n坐席：您有权利咨询律师，也可以在诉讼中答辩，这是您的合法权利。我们这边还是建议先协商，能省去双方的时间和费用。",
            "客户：我要找律师。\n坐席：好的，这是您的权利。您的律师可以直接联系我们{hotline}，我们会配合提供账单明细。"),
)

_THIRD_PARTY_AGENCY = (
    _family("agency_entrusted_sms", "sms", "sms_template",
            "【{brand}】{name}，您的逾期借款已依法委托{agency}协助催收，其工作人员将以{lender}委托方名义与您联系，投诉电话{hotline}。",
            "【{brand}】告知：因您的借款逾期，我司已委托第三方机构{agency}与您沟通还款事宜，请注意核实来电身份，还款请只付至我司官方账户。"),
    _family("agency_self_intro_call", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n客户：是我。\n坐席：我是{agency}的工作人员，工号{agent_no}，受{lender}委托就您的借款与您联系。您的借款逾期{days}天，金额{amount}元，您看这个什么时候能处理？",
            "坐席：{mr}您好，我这边是{agency}，受{brand}委托，想就您尾号{tail}的借款跟您沟通一下还款计划，请问您现在方便吗？\n客户：你说吧。\n坐席：好的，您目前欠款{amount}元，我们可以先商量一个您能承受的方案。"),
    _family("agency_verify_channel", "sms", "sms_template",
            "【{brand}】您的账户已委外至{agency}处理。您可拨打我司官方客服{hotline}核实委托关系，所有还款请通过{brand}官方App完成。",
            "【{brand}】提示：受托机构不会要求您向个人账户转账。如有疑问，请致电{hotline}核实受托机构及工号。"),
    _family("agency_notice_formal", "notice", "formal",
            "委托催收告知书\n{name}：\n您在{lender}的借款已逾期。根据合同约定及相关规定，{lender}已委托{agency}开展催收工作，委托期限至{due}。受托机构应遵守法律法规，如其行为不当，您可向我司投诉，电话{hotline}。",),
    _family("agency_robot", "call", "robot_script",
            "坐席：您好，这里是{agency}，受{brand}委托提醒您，您的借款已逾期，待还金额{amount}元。请您通过{brand}官方渠道还款。如需协商请按1。",),
    _family("agency_call_asked_who", "call", "spoken",
            "客户：你们到底是哪家公司？\n坐席：我们是{agency}，是{lender}委托的催收服务机构，您可以打{brand}的官方客服{hotline}核实。\n客户：行，我先核实一下。\n坐席：好的，您核实以后有任何问题可以再联系我。",),
    _family("agency_transfer_back", "sms", "sms_template",
            "【{brand}】{name}，您的账户已结束委外，后续由我司客服直接与您联系，如需协商请致电{hotline}。",),
    _family("agency_recording_notice", "call", "spoken",
            "坐席：您好，我是{agency}的{agent}，受{brand}委托联系您，本次通话会全程录音。请问您是{mr}本人吗？\n客户：是的。\n坐席：好的，跟您说一下您{product}的借款逾期情况……",),
)

_LAWFUL_VISIT = (
    _family("visit_agreed_sms", "sms", "sms_template",
            "【{brand}】{name}您好，按照与您电话约定，我司工作人员将于{date}{time}前往您提供的地址当面协商还款，届时将出示工作证件。如需改期请致电{hotline}。",
            "【{brand}】{name}，经您同意，我司两名工作人员拟于{date}{time}上门拜访，出示工牌及委托书后与您协商还款方案，全程录音录像。如不方便可随时改约。"),
    _family("visit_request_consent_call", "call", "spoken",
            "坐席：{mr}，您说电话里说不清楚，那您看方不方便我们同事当面跟您沟通一下？时间地点您来定，您不同意的话我们就继续电话沟通。\n客户：那周六上午来吧。\n坐席：好的，周六上午我们两名同事会带工作证过去，到之前先给您打电话。",
            "坐席：我们可以安排外访同事当面为您办理减免申请，您看需要吗？如果不需要，线上也可以办理。\n客户：线上吧。\n坐席：好的，那我们线上办理。"),
    _family("visit_rules_notice", "notice", "formal",
            "外访告知书\n{name}：\n应您的要求，我司外访人员将于{date}{time}与您当面协商。外访人员将出示工作证件与授权委托书，不超过两人，时间在8时至21时之间。如外访人员有任何不当言行，请拨打{hotline}投诉。\n{lender}",),
    _family("visit_cancelled", "sms", "sms_template",
            "【{brand}】{name}，您已表示不便接待，我司取消{date}的外访安排，后续将通过电话与您沟通。",
            "【{brand}】已收到您的改期申请，原定{date}的当面协商取消，请您方便时回电{hotline}另约。"),
    _family("visit_branch_invitation", "sms", "sms_template",
            "【{brand}】{name}，如您希望当面办理还款协商，可于工作日9:00-17:00携带身份证到我司营业网点，或致电{hotline}预约。",
            "【{brand}】欢迎您到就近营业网点面谈还款方案，来前请预约，电话{hotline}。"),
    _family("visit_after_agreement_spoken", "call", "spoken",
            "坐席：{mr}，咱们约的是明天{time}，我们同事姓{surname}，到了会先给您打电话，出示工牌，您要是临时有事就提前告诉我们改时间，没关系的。\n客户：行。",),
    _family("visit_no_show_at_work", "call", "spoken",
            "客户：你们不会去我单位吧？\n坐席：不会的，我们不会去您的单位，也不会联系您的同事。您要当面谈的话，时间地点都由您来定。",
            "客户：你们会不会到我家来？\n坐席：未经您同意我们不会上门。如果您愿意当面协商，我们可以约在营业网点。"),
    _family("visit_confirmation_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。确认您预约的{date}{time}面谈协商，如需改期请按1，确认请按2。",),
)

_ANTI_FRAUD = (
    _family("no_personal_account_sms", "sms", "sms_template",
            "【{brand}】反诈提醒：我司唯一还款渠道为官方App及对公账户，凡是要求转账到个人账户的都是诈骗，请勿轻信。",
            "【{brand}】郑重提示：我司从不要求客户向任何个人账户还款，如有人以我司名义索要转账，请立即拨打{hotline}核实并报警。"),
    _family("impersonation_warning_sms", "sms", "sms_template",
            "【{brand}】谨防冒充公检法诈骗！公安、法院不会通过电话要求转账，也不存在“安全账户”。接到此类电话请挂断并拨打110。",
            "【{brand}】近期有不法分子冒充法院、公安或我司工作人员，以“注销账户”“影响征信”为由诱导转账，请提高警惕。"),
    _family("cancel_account_scam_warning", "app", "app",
            "〔安全提示|{brand}提醒您〕：“注销校园贷账户”“清除不良记录”是常见诈骗话术，〔我司|{brand}〕不会主动要求您注销账户或转账，请勿泄露验证码。〔客服电话{hotline}。|〕",
            "〔防骗提醒|{brand}安全中心〕：任何自称客服要求您开通〔共享屏幕|远程会议〕、提供验证码的都是诈骗，请拨打{hotline}核实。"),
    _family("anti_fraud_call_reminder", "call", "spoken",
            "坐席：另外提醒您，还款只能通过App或对公账户，不要相信任何让您转到私人账户的人，包括自称我们员工的。\n客户：知道了。",
            "客户：刚才有人说是你们公司的，让我转账到一个人的卡上。\n坐席：那是诈骗，我们从来不会让客户转到个人账户，请您不要转，如果已经转了请尽快报警。"),
    _family("fake_police_call_warning_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}反诈提醒。近期有冒充公检法、冒充催收人员的诈骗，公检法机关不会通过电话办案，更不会要求转账，请您提高警惕。",),
    _family("fake_lawyer_warning", "sms", "sms_template",
            "【{brand}】提醒：近期有人冒充律师事务所发送虚假律师函、虚假“立案通知”骗取钱财，我司委托的律所信息可通过{hotline}查询。",),
    _family("verification_code_warning", "sms", "sms_template",
            "【{brand}】验证码{tail}，用于还款确认，5分钟内有效。工作人员不会向您索要验证码，切勿告诉他人。",
            "【{brand}】您正在进行还款操作，验证码{tail}。任何人索要验证码都是诈骗。"),
    _family("loan_agency_scam_warning", "app", "app",
            "提示：市面上有“代理协商”“停息挂账代办”收费服务，可能存在骗局。您可直接与我司免费协商，无需通过中介。",
            "请注意：我司从未委托任何中介收取“减免手续费”，协商还款无需付费，请直接拨打{hotline}。"),
    _family("scam_warning_notice", "notice", "formal",
            "风险提示函\n尊敬的客户：\n近期出现不法分子冒用我司名义，以“逾期处理”“征信修复”为由要求向个人账户转账的情况。我司郑重声明：唯一还款渠道为{brand}官方App，对公账户以官方公布为准。如遇可疑情况请报警。\n{lender}",),
    _family("scam_check_spoken", "call", "spoken",
            "客户：我怎么知道你不是骗子？\n坐席：您的怀疑很正常。您可以先挂断，拨打{brand}官方客服{hotline}核实我的工号{agent_no}，还款也只在官方App里进行，我们不会让您转给任何个人。\n客户：那我先查一下。",
            "客户：你们是不是诈骗的啊？\n坐席：理解您的谨慎。我是{brand}的客服，您可以通过官方App里的客服电话回拨核实，我们不会要求您提供验证码，也不会让您转账到个人账户。"),
)

_HARDSHIP = (
    _family("installment_offer_sms", "sms", "sms_template",
            "【{brand}】{name}，如您暂时无法一次性还清{amount}元，可申请分{months}期还款，详询{hotline}，我们将为您制定合适的方案。",
            "【{brand}】考虑到您的实际情况，您的欠款{amount}元可申请分期偿还，最长{months}期，请登录App“还款协商”提交申请。"),
    _family("deferral_offer_call", "call", "spoken",
            "客户：我最近失业了，真的还不上。\n坐席：非常理解，您别着急。按照我们的政策，您可以申请延期还款，延期期间先不用还本金。我把申请材料发到您手机上，您看可以吗？\n客户：好，谢谢。",
            "客户：我住院了，这个月还不了。\n坐席：先祝您早日康复。您的情况可以申请延期，我帮您登记，出院后提供一下病历就可以，这段时间先不用着急还款。"),
    _family("fee_waiver_offer", "sms", "sms_template",
            "【{brand}】{name}，您符合逾期费用减免条件，如于{due}前还清本金{amount}元，可申请减免部分罚息。详询{hotline}。",
            "【{brand}】为帮助您尽快恢复正常还款，我司可为符合条件的客户减免部分逾期利息，请致电{hotline}了解。"),
    _family("stop_interest_installment", "call", "spoken",
            "客户：能不能停息挂账？\n坐席：停息挂账需要您提交困难证明，我们审核通过后可以暂停计息、分期偿还本金，最长可以分{months}期。您看需要我把申请流程发给您吗？\n客户：要的。",
            "客户：听说可以申请个性化分期？\n坐席：是的，根据规定，确有困难的持卡人可以申请个性化分期，您需要提供收入下降或者疾病等证明，审批通过后按新计划还款。"),
    _family("hardship_policy_notice", "notice", "formal",
            "还款困难帮扶告知书\n{name}：\n如您因失业、疾病、自然灾害等原因暂时还款困难，可向我司申请延期还款、分期还款或减免部分利息。申请方式：拨打{hotline}或登录App“帮扶申请”。我司将在收到材料后7个工作日内答复。\n{lender}",),
    _family("plan_agreed_confirmation", "sms", "sms_template",
            "【{brand}】{name}，您申请的分期还款方案已通过：共{months}期，每期{part}元，首期还款日{due}。按计划还款期间不再产生逾期费用。",
            "【{brand}】还款协议已生效：欠款{amount}元分{months}期偿还，每月{day}扣款{part}元，如有变动请提前联系{hotline}。"),
    _family("hardship_listened_spoken", "call", "spoken",
            "客户：我老婆刚生孩子，家里开销大，实在周转不开。\n坐席：恭喜您！这个情况我们能理解。您看每个月还{part}元能做到吗？做不到我们再调整。\n客户：这个可以。\n坐席：好的，我给您提交{part}元每月的方案。",
            "客户：我爸刚去世，我现在没心思弄这个。\n坐席：请您节哀，非常抱歉这时候打扰您。我先给您的账户做个暂缓备注，一个月内不再打扰，等您处理完家里的事情再联系我们。"),
    _family("partial_repay_accepted", "call", "spoken",
            "客户：我只能先还{part}。\n坐席：可以的，先还一部分也是好的。剩下的{amount}我们再商量个计划，您看分几个月比较合适？",
            "坐席：您今天能还多少都可以，不一定要一次还清，剩下的我们按您的能力来安排。"),
    _family("hardship_robot_transfer", "call", "robot_script",
            "坐席：您好，这里是{brand}。如果您因疾病、失业等原因还款困难，请按1转人工申请延期或分期，我们将为您提供帮助。",),
    _family("disaster_relief_sms", "sms", "sms_template",
            "【{brand}】受近期灾害影响的客户，可申请延期还款{months}个月，延期期间不计罚息、不影响征信。申请电话{hotline}。",
            "【{brand}】对受灾地区客户，我司提供延期、免罚息等帮扶措施，请联系{hotline}登记。"),
    _family("settlement_discount_truthful", "sms", "sms_template",
            "【{brand}】{name}，您的欠款{amount}元，如于{due}前一次性结清，经审批可减免部分利息，具体以书面协议为准。",),
    _family("hardship_app_form", "app", "app",
            "{name}，还款有困难？您可以在线提交〔延期|分期|延期或分期〕申请，上传相关证明后，我们会在〔3|5〕个工作日内给您答复。",
            "协商还款入口：当前待还{amount}元，选择您希望的还款期数（最长{months}期）和每期金额，提交后客服将与您确认。"),
    _family("hardship_dialect_dongbei", "call", "dialect",
            "客户：大兄弟，我这疫情后买卖黄了，真整不了这么多钱啊。\n坐席：哥，我明白你这难处，咱不着急。你看一个月能整{part}不？能的话我给你申请个分期，慢慢还呗。\n客户：那行，能整。",),
    _family("hardship_cantonese", "call", "dialect",
            "客户：我而家冇开工，真系还唔到。\n坐席：明白嘅，{mr}。你可以申请延期还款，我帮你登记先，你听日提交证明就得，唔使急。",),
    _family("illness_ack_then_option", "call", "spoken",
            "客户：我在做化疗，哪有钱还。\n坐席：您先好好治疗，身体最重要。我这边帮您申请暂停催收，{months}个月内我们不会联系您，需要的时候您再打{hotline}。",),
    _family("interest_cap_explained", "call", "spoken",
            "客户：你们利息这么高，我怎么还？\n坐席：您的合同年化利率在法律保护范围内，如果您觉得费用有疑问，我们可以把明细发给您核对，有多收的我们会退。",),
    _family("pregnancy_hardship", "call", "spoken",
            "客户：我怀孕了，没上班，收入没了。\n坐席：恭喜您，也辛苦了。这种情况可以申请延期或者降低每期还款额，您方便的时候把情况发给我们，我们按帮扶政策处理。",),
)

_SELF_INTRO = (
    _family("lender_intro_call", "call", "spoken",
            "坐席：您好，我是{lender}的客服{agent}，工号{agent_no}，请问是{mr}本人吗？\n客户：是。\n坐席：今天来电是关于您在我司借款的还款事宜，现在方便说几句吗？",
            "坐席：喂，您好，这里是{brand}客户服务中心，我姓{surname}，请问是{mr}吗？\n客户：对。\n坐席：打扰您了，是关于您账户还款的事情，耽误您两分钟可以吗？"),
    _family("lender_intro_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}的智能客服，本次来电是关于您在我司的账单。请问您是{name}本人吗？是请按1，不是请按2。",
            "坐席：您好，我是{brand}的AI助手，来电提醒您账户的还款事宜。为保护您的隐私，请确认您是否为账户本人。"),
    _family("verify_before_detail", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n客户：你哪里？\n坐席：我这边是{brand}客服，在跟您核实之前，我不方便说具体事情，麻烦您确认一下是本人吗？\n客户：是我。\n坐席：谢谢，麻烦说一下身份证后四位。",),
    _family("intro_with_complaint_line", "call", "spoken",
            "坐席：您好，我是{agency}的调解员{agent}，受{lender}委托与您联系，本通话录音。您对我的服务有意见可以拨打{hotline}投诉。",),
    _family("lender_intro_sms", "sms", "sms_template",
            "【{brand}】您好，我是{lender}客户经理{agent}，负责您的账户服务。今后关于还款的问题可以联系我，工作时间9:00-18:00，电话{hotline}。",),
    _family("app_chat_intro", "app", "app",
            "您好，我是{brand}在线客服{agent}，很高兴为您服务。关于您的账单，请问有什么可以帮您？",
            "在线客服{agent}为您服务：您的账户当前有{amount}元待还，如需了解还款方式或申请协商，请直接留言。"),
    _family("new_agent_handover", "sms", "sms_template",
            "【{brand}】{name}，您的账户已由客服{agent}（工号{agent_no}）负责跟进，如有问题请拨打{hotline}转{agent_no}。",),
    _family("callback_from_lender", "call", "spoken",
            "坐席：您好{mr}，我是{brand}的{agent}，您昨天在App上留言说想协商还款，我给您回个电话。\n客户：对对，我想分期。\n坐席：好的，那我们来看一下方案。",),
    _family("intro_ask_convenient_time", "call", "spoken",
            "坐席：您好，是{mr}吗？我是{brand}的{agent}，关于您账户的事情，现在说话方便吗？\n客户：我在开会。\n坐席：好的不打扰您，您看几点给您回电合适？\n客户：五点以后。\n坐席：好的，那五点以后再联系您。",),
)

_LAWYER_LETTERS = (
    _family("genuine_lawyer_letter", "notice", "letter",
            "律师函\n{name}：\n{lawfirm}接受{lender}的委托，指派{lawyer}（执业证号：{licence}）就您与委托人之间的借款合同纠纷事宜，致函如下：截至{date}，您尚欠委托人借款本息{amount}元。请您于{due}前与委托人联系还款。如您对欠款有异议，可书面提出。逾期未处理的，委托人将依法通过诉讼途径解决。\n{lawfirm}\n{date}",
            "律师函\n致：{name}\n本所受{lender}委托，现就您拖欠借款一事致函。根据委托人提供的材料，您尚欠{amount}元。请于收函之日起十日内与委托人协商还款事宜。本函仅为督促履行，不影响您依法享有的抗辩权利。\n承办律师：{lawyer}，执业证号{licence}\n{lawfirm}"),
    _family("lawyer_letter_sms_notice", "sms", "sms_template",
            "【{brand}】{name}，{lawfirm}受我司委托向您寄送律师函，函件可通过{hotline}核实真伪。",),
    _family("lawyer_call_truthful", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{lawfirm}的{lawyer}，执业证号{licence}，受{lender}委托就借款合同纠纷与您沟通，您可以在司法行政机关网站查询我的执业信息。\n客户：你们要起诉我？\n坐席：目前委托人希望先协商，起诉与否由委托人决定，我也会如实告知您诉讼流程。",),
    _family("lawyer_letter_verify_tip", "app", "app",
            "如您收到以我司名义委托的律师函，可在App“消息-函件核验”中输入函件编号{ref}查询真伪。",),
    _family("lawyer_letter_rights_section", "notice", "letter",
            "律师函\n{name}：\n受{lender}委托，{lawfirm}{lawyer}（执业证号{licence}）函告如下：一、您尚欠委托人{amount}元；二、请于{due}前联系委托人协商；三、如对债权有异议，您有权提出并提供证据；四、本函不代表已提起诉讼。\n{lawfirm}",),
    _family("lawyer_reply_to_customer_lawyer", "notice", "letter",
            "复函\n{lawfirm}：\n贵所代理{name}发来的函件已收悉。我司将暂停对{name}的直接联系，后续事宜与贵所沟通。\n{lender}\n{date}",),
)

_CUSTOMER_ANGER = (
    _family("customer_insults_agent_calm", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{brand}客服{agent}。\n客户：又是你们这帮吸血鬼，天天打，烦不烦！\n坐席：非常抱歉打扰到您。我们只是想和您确认一下还款安排，您看什么时间方便沟通？\n客户：滚！\n坐席：好的，那我们换个时间再联系，祝您生活顺利。",
            "坐席：{mr}您好，这边是{brand}的{agent}。\n客户：你们就是一群骗子，放高利贷的！\n坐席：您有不满可以跟我说，费用明细我可以发给您核对，如有疑问也可以投诉。\n客户：少废话。\n坐席：好的，那我先把明细发您手机上，您看完再联系我们。"),
    _family("customer_swears_agent_calm", "call", "spoken",
            "客户：你他妈的别再打了！\n坐席：先生您别生气，我理解您的心情。如果您不方便接电话，我们可以改用短信联系您。\n客户：随便你。\n坐席：好的，后续改为短信提醒，打扰了。",
            "客户：老子没钱，你们爱咋咋地！\n坐席：明白，您现在确实困难的话，我们可以一起想办法，比如分期。您冷静一下，我们明天再聊好吗？"),
    _family("customer_threatens_complaint", "call", "spoken",
            "客户：我要投诉你们，打到银保监去！\n坐席：您有权投诉，投诉渠道是{hotline}，也可以向金融监管部门反映。请问是我们哪里让您不满意？我记录下来。",
            "客户：再打我就报警了！\n坐席：抱歉给您带来困扰。我们的来电是正常的还款提醒，如果您希望减少来电，我可以给您登记。"),
    _family("customer_calls_them_loan_sharks", "call", "spoken",
            "客户：你们这些放贷的都不是好东西，就是黑社会。\n坐席：{mr}，我们是持牌机构，合同和费用都是公开的。您对费用有异议可以申请复核，我们会认真处理。",),
    _family("customer_mocks_laolai", "call", "spoken",
            "客户：我就是老赖怎么了，你们能把我怎么样？\n坐席：{mr}，我们不会这样称呼您。您现在可能有困难，我们还是希望和您商量个还款方案。\n客户：没得商量。\n坐席：好的，那您考虑一下，想好了随时联系我们。",),
    _family("customer_angry_cantonese", "call", "dialect",
            "客户：你哋啲人好烦啊，日日打嚟！\n坐席：唔好意思打扰到你，{mr}。我哋想同你倾下还款安排，你边个时间方便？\n客户：唔方便！\n坐席：明白，咁我哋改日再联系你，拜拜。",),
    _family("customer_angry_dongbei", "call", "dialect",
            "坐席：喂，{mr}是吧？我{brand}客服{agent}。\n客户：你们咋这么磨叽呢，一天打〔八遍|好几遍|十来遍〕，闹心不？\n坐席：真不好意思，给您添堵了。您说个方便的时间，我们就那时候联系，别的时间不打扰您。\n客户：〔晚上七点|中午吧|下班以后〕。\n坐席：行，那就这么定了，到时候再唠。",),
    _family("customer_hangs_up_sms_follow", "sms", "sms_template",
            "【{brand}】{name}，刚才的通话中断了，如您不方便接听，可随时通过App或{hotline}与我们联系，我们尊重您的沟通方式。",),
    _family("customer_threat_agent_reports", "call", "spoken",
            "客户：你再打我就找人弄你！\n坐席：{mr}，请您冷静。我们只是正常联系还款事宜，本通话有录音。如果您需要，我们可以暂停电话联系，改用书面方式。",),
    _family("customer_disputes_amount", "call", "spoken",
            "客户：我根本没借这么多，你们乱算！\n坐席：您对金额有异议的话，我这边先登记异议，暂停催收，把借款合同和还款明细发给您核对，核实清楚之前不会再催您。\n客户：这还差不多。",),
    _family("customer_curses_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}智能客服，提醒您账单已逾期。\n客户：滚你妈的机器人。\n坐席：抱歉打扰您。如需人工服务请按0，如需退订语音提醒请按9。",),
    _family("customer_angry_app_chat", "app", "app",
            "客服：{name}您好，看到您的留言很生气，非常抱歉给您带来不好的体验。您反映的频繁来电问题我们已记录，今后每天最多联系您一次。",
            "客服回复：理解您的不满。关于您说的“乱扣费”，我们已提交账务核查，三个工作日内给您书面答复。"),
    _family("customer_says_die_agent_concern", "call", "spoken",
            "客户：逼死我算了，我不想活了。\n坐席：{mr}，您先别这么想，钱的事情总有办法解决。我现在就给您申请暂停催收，您有需要也可以拨打心理援助热线。您身边有人陪着吗？",),
    _family("customer_abuse_agent_ends_politely", "call", "spoken",
            "客户：你算什么东西，也配跟我说话？\n坐席：{mr}，我是{brand}的客服，只是提醒您还款事宜。您现在情绪不太好，我们改天再联系，您也可以主动拨打{hotline}。",),
)

_PRODUCT_NAMES = (
    _family("product_bill_mention", "sms", "sms_template",
            "【{brand}】您在{product}的借款本期应还{amount}元，还款日{due}，请按时还款。",
            "【{brand}】{product}账单提醒：{name}，您本月待还{amount}元，{due}到期。"),
    _family("product_quota_restored", "app", "app",
            "恭喜！您的{product}账单已结清，额度已恢复，可在“我的额度”查看。",
            "您的{product}还款已到账，感谢您的信任，良好的还款记录有助于提升信用。"),
    _family("product_contract_ref", "notice", "formal",
            "还款通知\n{name}：\n您通过“{product}”平台申请的借款（合同号尾号{tail}）已逾期{days}天，欠款{amount}元，出借方为{lender}。请于{due}前还款。",),
    _family("product_agent_mentions", "call", "spoken",
            "坐席：您好，是{mr}吗？我是{brand}客服。您之前在{product}上借的那笔钱，这期{amount}元逾期了几天，想确认一下您的还款时间。\n客户：我这两天还。\n坐席：好的，谢谢。",),
    _family("product_cancel_quota_ask", "app", "app",
            "您已申请关闭{product}额度。关闭前请先结清待还款项{amount}元，结清后额度将在1个工作日内关闭。",),
    _family("product_not_advice", "call", "spoken",
            "客户：我能不能在你们{product}上再借一笔还这笔？\n坐席：不建议您以贷还贷，这样负担会越来越重。我们可以先看看分期方案，减轻您每月的压力。",
            "客户：要不我去别的平台借点钱还你们？\n坐席：我们不建议您借新还旧，您量力而行就好，还不上的部分我们可以协商分期。"),
    _family("product_statement_sms", "sms", "sms_template",
            "【{brand}】{product}月度账单：上期余额{amount}元，本期还款{part}元，剩余待还请于{due}前还清。",),
    _family("product_repay_how", "app", "app",
            "还款方式：打开{product}→“我的账单”→“立即还款”，支持银行卡、对公转账。请认准官方渠道。",),
)

_GREETINGS = (
    _family("festival_greeting_family", "sms", "sms_template",
            "【{brand}】{festival}快乐！{brand}祝您和家人幸福安康、万事如意。温馨提示，您本期账单{due}到期。",
            "【{brand}】值此{festival}佳节，祝您和家人团圆美满！感谢您一直以来的信任。"),
    _family("festival_greeting_pure", "sms", "sms_template",
            "【{brand}】{name}，{festival}将至，愿您和您的家人身体健康、阖家欢乐！",
            "【{brand}】{festival}快乐，祝您家庭和睦、生活顺心。"),
    _family("festival_call_close", "call", "spoken",
            "坐席：……好的{mr}，那就按您说的〔下周|{due}|月底〕还〔{amount}元|〕。马上{festival}了，提前祝您和家里人节日快乐！\n客户：谢谢，你也是。",),
    _family("festival_holiday_payment", "app", "app",
            "{festival}假期还款提示：假期内App还款正常到账，祝您和家人假期愉快。",
            "{festival}期间客服热线正常服务，如有还款问题请拨打{hotline}。祝您全家{festival}快乐！"),
    _family("birthday_greeting", "sms", "sms_template",
            "【{brand}】{name}，今天是您的生日，{brand}祝您生日快乐，家人平安！",),
    _family("weather_care", "sms", "sms_template",
            "【{brand}】近期降温，请您和家人注意保暖。温馨提示，您的账单将于{due}到期。",
            "【{brand}】台风即将登陆，请您和家人注意安全，如因灾害影响还款可联系{hotline}申请延期。"),
    _family("family_ask_care_call", "call", "spoken",
            "客户：家里孩子生病，这几天一直在医院。\n坐席：哎呀，孩子要紧，祝孩子早日康复。还款的事您不用着急，我给您备注一下，下周再联系您。",),
    _family("new_year_thanks_notice", "notice", "formal",
            "致客户的一封信\n尊敬的{name}：\n{festival}来临之际，{lender}全体员工向您和您的家人致以诚挚的祝福。感谢您一直以来对我们的支持与信任，新的一年我们将继续为您提供优质服务。",),
)

_REPAYMENT_DONE = (
    _family("repayment_received_sms", "sms", "sms_template",
            "【{brand}】{name}，您于{date}还款{amount}元已到账，感谢您的按时还款。",
            "【{brand}】还款成功：{amount}元已入账，本期账单已结清。"),
    _family("loan_settled_sms", "sms", "sms_template",
            "【{brand}】恭喜您，您的借款已全部结清！如需结清证明，可在App申请或致电{hotline}。",
            "【{brand}】您的账户已结清，逾期状态已解除，感谢您的配合。"),
    _family("settlement_certificate", "notice", "formal",
            "结清证明\n兹证明{name}在我司的借款（合同编号尾号{tail}）已于{date}全部结清，双方债权债务关系终止。\n{lender}\n{date}",),
    _family("repayment_call_thanks", "call", "spoken",
            "坐席：{mr}，您好，我是{brand}的{agent}。看到您今天的还款已经到账了，特地跟您说一声谢谢，后续账户就正常了。\n客户：好的。\n坐席：祝您生活愉快。",),
    _family("overpayment_refund", "sms", "sms_template",
            "【{brand}】您多还的{part}元将于3个工作日内原路退回尾号{tail}的银行卡，请注意查收。",),
    _family("installment_on_track", "app", "app",
            "您的分期还款计划执行良好，已还{part}元，剩余{months}期，下次还款日{due}。",),
    _family("repayment_receipt_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}，您的还款{amount}元已到账，本期账单已结清。感谢接听，再见。",),
    _family("prepayment_done", "app", "app",
            "提前还款成功！本次共还款{amount}元，已按实际使用天数计算利息，节省利息{part}元。",),
)

_RIGHTS = (
    _family("objection_channel_sms", "sms", "sms_template",
            "【{brand}】{name}，如您对账单金额有异议，可于收到本短信之日起30日内拨打{hotline}或通过App“异议申请”提出，我们将在15日内答复。",
            "【{brand}】您有权对欠款金额、逾期记录提出异议，异议处理期间我们将暂停催收。异议电话{hotline}。"),
    _family("complaint_channel_notice", "notice", "formal",
            "权利告知\n{name}：\n您在还款过程中如认为催收人员存在不当行为，可拨打投诉电话{hotline}，或向当地金融监管部门反映。我司承诺不因您的投诉对您采取任何不利措施。\n{lender}",),
    _family("complaint_recorded_sms", "sms", "sms_template",
            "【{brand}】您的投诉已受理，工单号{ref}，我们将在5个工作日内与您联系。处理期间相关人员暂停联系您。",
            "【{brand}】您反映的来电过频问题已登记（编号{ref}），已调整联系频次，感谢您的反馈。"),
    _family("stop_contact_ack", "call", "spoken",
            "客户：以后别给我打电话了，有事发短信。\n坐席：好的，我已经登记您的要求，之后我们只通过短信联系您。感谢您的告知。",
            "客户：我已经委托律师处理了，你们跟律师联系。\n坐席：明白，请您提供律师的联系方式，之后我们与律师沟通，不再直接打扰您。"),
    _family("privacy_rights_app", "app", "app",
            "个人信息保护提示：我们仅在催收必要范围内处理您的个人信息，不会向无关第三方透露您的借款信息。如需查询或更正个人信息，请联系{hotline}。",),
    _family("call_hours_promise", "sms", "sms_template",
            "【{brand}】我司承诺仅在每日8:00-21:00联系您，每日联系不超过规定次数。如遇违规联系，请拨打{hotline}投诉。",),
    _family("rights_statement_letter", "notice", "letter",
            "客户权益告知书\n尊敬的{name}：\n一、您有权了解欠款本金、利息、费用明细；二、您有权对欠款提出异议；三、您有权拒绝向第三方透露您的信息；四、您有权就不当催收行为投诉。投诉电话：{hotline}。\n{lender}",),
    _family("dispute_pause_notice", "sms", "sms_template",
            "【{brand}】已收到您对欠款{amount}元的异议，核实期间暂停催收，结果将在15个工作日内书面告知。",),
    _family("regulator_channel_reply", "call", "spoken",
            "客户：我要投诉你们去哪投？\n坐席：您可以先拨打我们的投诉专线{hotline}，如果对处理结果不满意，还可以向金融监管部门投诉，这都是您的权利。",),
    _family("data_deletion_reply", "app", "app",
            "{name}，您申请〔删除|撤回〕通讯录授权的请求已〔处理|于{date}处理完毕〕，我们已停止读取您的通讯录，并已删除此前获取的相关信息。〔如有疑问请致电{hotline}。|〕",),
)

_QUOTED_TERMS = (
    _family("violent_collection_illegal_reassure", "sms", "sms_template",
            "【{brand}】暴力催收是违法的，请放心，我司严禁任何骚扰、威胁行为。如遇不文明催收，请拨打{hotline}举报。",
            "【{brand}】我司坚决抵制暴力催收，工作人员不得辱骂、威胁客户或联系无关人员。您的欠款{amount}元可协商解决。"),
    _family("laolai_list_explained", "app", "app",
            "〔科普|{brand}法律小课堂|知识问答〕：俗称的“老赖名单”正式名称为失信被执行人名单，由人民法院依法公布，仅针对有履行能力而拒不履行生效判决的人。",
            "问答：网传“老赖名单”是什么？答：即最高人民法院的失信被执行人名单，只有法院有权决定纳入，〔平台和催收人员|{brand}及其委托机构〕无权纳入。"),
    _family("no_family_contact_promise", "sms", "sms_template",
            "【{brand}】我们不会联系您的家人、同事或通讯录好友，您的借款信息仅与您本人沟通。",
            "【{brand}】请放心，我司不会向您的亲友透露任何借款信息，只与您本人协商。"),
    _family("no_exposure_promise", "call", "spoken",
            "客户：你们会不会把我的事发到网上？\n坐席：绝对不会，公开曝光客户信息是违法的，我们不会这么做。您的信息只用于和您本人沟通还款。",
            "客户：听说有的公司会打电话给通讯录里的人？\n坐席：那种做法是违规的，我们公司不会联系您通讯录里的任何人。"),
    _family("code_of_conduct_notice", "notice", "formal",
            "催收行为规范承诺书\n我司承诺：不使用暴力或以暴力相威胁；不侮辱、诽谤债务人；不向债务人以外的第三人透露债务信息；不冒充公检法或律师；不诱导借新还旧。如有违反，请拨打{hotline}投诉。\n{lender}",),
    _family("training_script_quote", "app", "app",
            "〔服务承诺|{brand}文明催收承诺〕：我们的〔客服|工作人员|合作机构〕不会称呼任何客户为“老赖”，不会以“坐牢”“上门”等言语施压，欢迎监督，投诉电话{hotline}。",),
    _family("no_jail_reassurance_sms", "sms", "sms_template",
            "【{brand}】借款逾期属于民事纠纷，不会因此被拘留或坐牢，请勿轻信他人恐吓。逾期会影响征信，请尽快与我们协商。",),
    _family("quoting_bad_collector", "call", "spoken",
            "客户：之前有个人打电话骂我老赖，还说要找我家里人。\n坐席：非常抱歉，这种行为是严重违规的，请您告诉我时间和号码，我们会核查处理。以后我们只和您本人沟通。\n客户：昨天下午。\n坐席：好的，我已经提交投诉工单。",),
    _family("media_campaign_against_violence", "notice", "formal",
            "致广大客户的公开信\n近期媒体报道的个别机构暴力催收、爆通讯录事件引发关注。{lender}在此重申：我司及合作机构严禁上述行为，如发现将终止合作并追究责任。举报电话{hotline}。",),
    _family("credit_not_public_shaming", "app", "app",
            "〔说明|温馨提示|常见问题〕：〔逾期信息报送征信|向征信系统报送逾期记录〕属于依法报送，仅供〔金融机构|经授权的机构〕依法查询，不会向社会公开，也不会告知您的亲友。〔如有疑问请致电{hotline}。|〕",),
    _family("no_school_impact_answer", "call", "spoken",
            "客户：别人说欠钱不还会影响孩子上学，真的吗？\n坐席：不会的，借款逾期不会影响孩子上学，那是不实说法。逾期主要影响您个人征信，我们还是希望您尽快安排还款。",),
    _family("quoting_threat_as_example", "app", "app",
            "防骗课堂：如果有人对您说“不还钱就去你单位闹”“把你照片发朋友圈”，这些都是违法催收，请保留证据并投诉。",
            "您知道吗？“爆通讯录”“P图曝光”均属违法催收，遇到请拨打{hotline}或向监管部门投诉。"),
)

_THIRD_PARTY_CALLBACK = (
    _family("third_party_callback_call", "call", "spoken",
            "坐席：您好，请问是{name}吗？\n第三方：不是，你打错了吧。\n坐席：不好意思，请问您认识{name}吗？我这边有事情需要联系他本人，如果方便的话，麻烦请他回电{hotline}，谢谢您。\n第三方：行吧。\n坐席：谢谢，打扰了。",
            "坐席：喂您好，请问{mr}在吗？\n第三方：{he}不在，我是{he}同事。\n坐席：好的，麻烦您转告{he}有空回个电话，号码是{hotline}，谢谢。\n第三方：什么事啊？\n坐席：不好意思，需要和{he}本人沟通，谢谢您帮忙转达。"),
    _family("third_party_asks_debt_refused", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n第三方：{he}〔不在|出差了|在忙〕，我是{he}〔朋友|家里人|室友〕。{he}是不是欠你们钱了？\n坐席：抱歉，涉及客户个人信息，我们不便透露，只能和{he}本人沟通。麻烦您方便时请{he}回电{hotline}，谢谢。",
            "坐席：喂，您好，请问{mr}在吗？\n第三方：你们找{he}干嘛？是不是贷款的事？\n坐席：不好意思，具体事项我们只能跟本人说明。如果您能联系上{he}，请{he}回个电话就好，打扰您了。"),
    _family("third_party_not_know", "call", "spoken",
            "坐席：您好，请问您是{name}的联系人吗？\n第三方：我不认识这个人。\n坐席：好的，抱歉打扰您了，我们会更新记录，不会再拨打您的电话。再见。",
            "第三方：这人我不认识，别再打了。\n坐席：明白，非常抱歉，我们会删除您的号码。"),
    _family("third_party_sms_callback", "sms", "sms_template",
            "【客户服务中心】您好，我们有事需联系{mr}本人，如您认识他/她，烦请转告回电{hotline}，谢谢！",
            "【客户服务中心】您好，麻烦请{mr}方便时回电{hotline}，打扰之处敬请谅解。"),
    _family("third_party_robot_callback", "call", "robot_script",
            "坐席：您好，这里是客户服务中心，我们正在联系{mr}本人，如果您不是{mr}，请您方便时转告{he}回电{hotline}，谢谢，再见。",),
    _family("third_party_wrong_number_apology", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n第三方：不是，这个号码我用了好几年了。\n坐席：那应该是号码有误，非常抱歉打扰，我们会把这个号码从记录中删除。祝您生活愉快。",),
    _family("third_party_family_member_callback", "call", "spoken",
            "坐席：您好，请问{mr}在家吗？\n第三方：{he}出去了，我是{he}妈妈，有什么事？\n坐席：阿姨您好，没什么大事，是{he}的个人事务需要跟{he}本人确认，麻烦您让{he}有空回个电话，号码{hotline}，谢谢阿姨。\n第三方：好的。",),
    _family("third_party_colleague_no_detail", "call", "spoken",
            "第三方：你好，这里是前台，{mr}今天请假了。\n坐席：好的，谢谢。麻烦您不用转告具体事情，我这边改天再联系{he}本人。打扰了。",),
    _family("third_party_asks_who", "call", "spoken",
            "第三方：你是哪里的？\n坐席：我姓{surname}，是他的业务联系人，有点个人事务要跟他确认。您方便的话请他回电{hotline}就行，不用转告别的，谢谢。",),
    _family("third_party_ended_quickly", "call", "spoken",
            "坐席：您好，请问能帮忙联系一下{mr}吗？\n第三方：我跟{he}不熟。\n坐席：好的，没关系，那不打扰您了，抱歉。",),
)

_FORMAL_NOTICES = (
    _family("complete_collection_letter", "notice", "formal",
            "催缴通知函\n函号：{ref}\n{name}（证件号尾号{tail}）：\n您于我司办理的个人借款，截至{date}已逾期{days}天，应还本金、利息及费用合计{amount}元。请于{due}前通过{brand}官方App或对公账户还款。咨询电话：{hotline}。如对上述欠款有异议，请于收到本函后15日内书面提出。逾期未还款的，我司将依法报送征信信息并保留通过诉讼主张权利的权利。\n{lender}（盖章）\n{date}",
            "还款催告函\n编号：{ref}\n尊敬的{name}：\n经核对，您的借款账户（尾号{tail}）已逾期{days}天，欠款合计{amount}元（含本金、利息、罚息）。请您于{due}前归还。还款渠道：官方App或对公账户。客服电话{hotline}。异议渠道：App“异议申请”。特此函告。\n{lender}\n{date}"),
    _family("final_reminder_letter", "notice", "letter",
            "最后还款提醒函\n{name}：\n我司已多次提醒您归还逾期借款{amount}元，但至今未收到还款。请于{due}前还款或与我司协商分期。此后我司将依法采取包括诉讼在内的合法措施。我司不会以任何非法方式催收，如有疑问请致电{hotline}。\n{lender}",),
    _family("credit_card_formal_notice", "notice", "formal",
            "信用卡逾期催收函\n{name}：\n您尾号{tail}的信用卡截至{date}逾期{days}天，欠款{amount}元，其中最低还款额{part}元。请于{due}前至少偿还最低还款额。如您还款确有困难，可申请个性化分期。投诉电话{hotline}。\n{lender}（盖章）",),
    _family("amount_breakdown_notice", "notice", "formal",
            "欠款明细告知书\n{name}：\n截至{date}，您的欠款明细如下：本金{amount}元，利息{part}元，逾期罚息按合同约定计算。以上费用均在合同约定和法律规定范围内，如有疑问请致电{hotline}。\n{lender}",),
    _family("notice_with_mailing", "notice", "formal",
            "函件送达告知\n{name}：\n我司已将还款提示函邮寄至您在借款时预留的通讯地址，如地址变更，请及时告知。函件内容可通过{hotline}查询。\n{lender}",),
    _family("notice_interest_stop", "notice", "formal",
            "停止计息通知\n{name}：\n根据您与我司达成的还款协议，自{date}起您的欠款{amount}元停止计收利息，请按协议于每月{day}还款{part}元。\n{lender}",),
    _family("notice_transfer_of_debt", "notice", "formal",
            "债权转让通知书\n{name}：\n{lender}已将对您享有的借款债权（截至{date}本息{amount}元）依法转让给{agency}，自本通知送达之日起，请向受让方履行还款义务。如有疑问请致电{hotline}。",),
    _family("notice_payment_plan_breach", "notice", "formal",
            "协议履行提醒\n{name}：\n您与我司签订的分期还款协议约定每月{day}还款{part}元，本月款项尚未到账。请于3日内补足，如有困难请及时联系我们调整，电话{hotline}。\n{lender}",),
)

_DIALECT = (
    _family("reminder_cantonese_call", "call", "dialect",
            "坐席：你好，请问系咪{mr}呀？我系{brand}嘅客服。\n客户：系，咩事？\n坐席：提醒下你，你嗰笔借款{due}到期，要还{amount}蚊，记得准时还呀，唔该晒。",),
    _family("overdue_dongbei_call", "call", "dialect",
            "坐席：喂，{mr}是吧？我{brand}客服啊。你那账单逾期{days}天了，咋整的呢？\n客户：手头紧。\n坐席：那咱合计合计，分几期还行不？别让它一直拖着，对你征信也不好。",),
    _family("overdue_sichuan_call", "call", "dialect",
            "坐席：喂，{mr}你好，我是{brand}的客服嘛。你那个借款逾期了哈，{amount}块，你看啥子时候方便还一哈？\n客户：我这个月有点紧。\n坐席：要得嘛，那你看分两个月还得不得行？",),
    _family("hardship_cantonese_sms", "sms", "dialect",
            "【{brand}】{name}，如果你暂时还唔到，可以打{hotline}同我哋倾分期，唔使担心。",),
    _family("greeting_cantonese", "sms", "dialect",
            "【{brand}】{festival}快乐！祝你同屋企人身体健康，开开心心！",),
    _family("dongbei_repay_thanks", "call", "dialect",
            "坐席：{mr}，你那钱到账了啊，挺讲究！谢谢你了，往后有啥事儿直接打我们电话就中。",),
    _family("sichuan_anti_fraud", "call", "dialect",
            "坐席：〔{mr}，|〕另外跟你说一哈，还款只能在{brand}官方App头还哈，哪个喊你转到私人卡上都是骗子，莫信哈。〔有啥子不清楚的打{hotline}嘛。|〕",),
    _family("cantonese_verify", "call", "dialect",
            "坐席：你好，我系客户服务中心嘅，想搵{mr}本人，请问你系唔系本人呀？\n第三方：佢唔喺度。\n坐席：噉唔该你叫佢得闲覆个电话{hotline}，唔该晒。",
            to="third_party"),
)

_POLITE_COLLECTION_CALLS = (
    _family("promise_to_pay_recorded", "call", "spoken",
            "坐席：{mr}，那咱们确认一下，您承诺{due}还款{amount}元，对吗？\n客户：对。\n坐席：好的，我已经记录，到时候请您按时还款，有变化提前告诉我们。",),
    _family("asr_like_spoken_reminder", "call", "spoken",
            "坐席：呃您好请问是{mr}吗 我这边是{brand}的 就是说您那个账单呢逾期了几天 看您今天能不能处理一下\n客户：嗯今天晚上吧\n坐席：好的好的那晚上记得还哈 谢谢",),
    _family("negotiate_due_date", "call", "spoken",
            "客户：我每个月十五号发工资，能不能改到十五号还？\n坐席：可以帮您申请调整还款日，审批通过后短信通知您。",),
    _family("explain_fees_call", "call", "spoken",
            "客户：怎么多了这么多钱？\n坐席：多出来的是逾期期间的罚息，按合同约定每日万分之五计算，我把明细发您短信，您核对一下，有问题再跟我说。",),
    _family("calm_repeated_reminder", "call", "spoken",
            "坐席：{mr}，上次您说{date}还款，目前还没看到到账，想问一下是遇到什么情况了吗？\n客户：忘了。\n坐席：没关系，那您今天方便的话处理一下，需要我把还款链接发您吗？",),
    _family("sarcasm_free_firm_reminder", "call", "spoken",
            "坐席：{mr}，这已经是您第三次改还款日期了，我理解您有难处，但也请您给我们一个确定的时间，我们好安排。\n客户：下周一一定还。\n坐席：好的，那就下周一，谢谢您。",),
    _family("end_call_polite", "call", "spoken",
            "坐席：好的，今天就先沟通到这里，您有任何问题随时打{hotline}，祝您生活愉快，再见。",),
    _family("two_sentence_lawful_consequence", "call", "spoken",
            "坐席：{mr}，这个{amount}的账单再不处理的话，逾期天数会一直累计。到时候征信上的记录就比较难看了，所以还是建议您早点安排。\n客户：我知道。",
            "坐席：{mr}，您这边要是一直不还款呢，公司这边可能会〔走法律程序|依法起诉〕。不过那是最后一步，我们现在还是想跟您协商〔，您看{due}前能不能先还{part}|〕。"),
    _family("robot_menu_options", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的账单已逾期{days}天。立即还款请按1，申请分期请按2，对账单有异议请按3，人工服务请按0。",),
    _family("agent_apologises_for_earlier", "call", "spoken",
            "坐席：{mr}您好，关于您昨天投诉的同事态度问题，我代表公司向您道歉，已经对他进行了处理。您的账户以后由我负责。\n客户：嗯。",),
    _family("agent_declines_extra_calls", "call", "spoken",
            "客户：你们今天已经打了两次了。\n坐席：抱歉，今天不会再联系您了。您看明天几点方便？",),
    _family("customer_pays_now_guide", "call", "spoken",
            "客户：我现在就还，怎么操作？\n坐席：您打开{brand}App，点“我的账单”，选“立即还款”，金额是{amount}元，到账后会有短信通知。",),
    _family("sympathetic_job_loss", "call", "spoken",
            "客户：我被裁员了，找工作找了两个月了。\n坐席：这段时间确实不容易。您先安心找工作，我给您申请三个月的延期，期间只还利息，您看行吗？\n客户：谢谢。",),
    _family("customer_not_borrowed_identity", "call", "spoken",
            "客户：这钱不是我借的，我身份证丢过。\n坐席：明白，这种情况我们会立即暂停催收，请您到派出所报案取得回执，并提交给我们做身份核查。\n客户：好的。",),
)

_MISC = (
    _family("card_change_notice", "app", "app",
            "您的还款卡已成功更换为尾号{tail}的银行卡，下期将从新卡扣款。",),
    _family("address_update_request", "sms", "sms_template",
            "【{brand}】{name}，为确保函件送达，请在App中核对您的通讯地址，如有变更请及时更新。",),
    _family("contact_frequency_change", "sms", "sms_template",
            "【{brand}】根据您的要求，我们已将联系方式调整为每周一次短信提醒，如需恢复电话沟通请致电{hotline}。",),
    _family("service_survey", "sms", "sms_template",
            "【{brand}】您好，请对今天客服{agent}的服务进行评价：满意回复1，不满意回复2。",),
    _family("interest_rate_disclosure", "app", "app",
            "{brand}费用说明：您的借款年化利率（单利）为{months}.0%，逾期利息按合同约定执行，综合融资成本不超过法律规定上限。〔明细可在App查看。|如有疑问请致电{hotline}。〕",),
    _family("statement_available", "sms", "sms_template",
            "【{brand}】{name}，您的借款合同和还款明细已可在App“我的-合同”中下载，如需纸质版请致电{hotline}。",),
    _family("receipt_of_hardship_docs", "sms", "sms_template",
            "【{brand}】已收到您提交的困难证明材料，我们将在5个工作日内完成审核，审核期间暂停催收。",),
    _family("agent_leave_message", "call", "robot_script",
            "坐席：您好，这里是{brand}客户服务中心，有关于您账户的事情需要与您本人沟通，请您方便时回电{hotline}，谢谢。",),
    _family("system_maintenance", "app", "app",
            "系统维护通知：{date}凌晨0:00-4:00还款功能暂停，维护期间到期的账单可顺延至当日还款，不计逾期。",),
    _family("loan_contract_copy_letter", "notice", "letter",
            "{name}您好：\n应您的要求，随函附上您与{lender}签订的借款合同复印件及还款明细，共三页。如对内容有疑问，请致电{hotline}。\n{lender}客户服务部\n{date}",),
    _family("remind_before_collection_stage", "sms", "sms_template",
            "【{brand}】{name}，您的账单已逾期{days}天，为避免产生更多费用，建议您尽快还款。我们随时欢迎您来电协商。",),
    _family("auto_reply_app", "app", "app",
            "〔您好|亲爱的用户|{name}您好〕，客服当前繁忙，您的留言已收到，我们将在〔工作时间内|24小时内|{date}前〕尽快回复。如需还款可直接在〔首页|“我的账单”页〕操作。",),
)

_SECURED_AND_SPECIAL_LOANS = (
    _family("mortgage_overdue_notice", "notice", "formal",
            "房贷逾期提示函\n{name}：\n您在我行的个人住房贷款（合同尾号{tail}）已逾期{days}天，欠款{amount}元。如连续逾期，我行可依照借款合同约定宣布贷款提前到期，并依法通过诉讼程序实现抵押权。请于{due}前还款，如有困难可申请调整还款计划，电话{hotline}。\n{lender}",),
    _family("car_loan_overdue_sms", "sms", "sms_template",
            "【{brand}】{name}，您的汽车贷款已逾期{days}天，欠款{amount}元。请尽快还款，如长期未还，我司将依据抵押合同通过法律程序主张权利。",
            "【{brand}】您的车贷本期{amount}元未按时还款，请于{due}前补足。还款困难可致电{hotline}申请展期。"),
    _family("student_loan_reminder", "sms", "sms_template",
            "【{brand}】{name}同学，您的助学贷款本年度应还{amount}元将于{due}到期，请按时还款。逾期将影响您的个人征信，如有困难可申请延期。",
            "【{brand}】助学贷款还款提醒：应还本息{amount}元，还款日{due}。毕业后暂时未就业的，可按规定申请延长还本宽限期。"),
    _family("card_suspended_contract", "sms", "sms_template",
            "【{brand}】因尾号{tail}信用卡逾期，根据领用合约，该卡已暂停交易，还清欠款后可申请恢复。",
            "【{brand}】您尾号{tail}的信用卡因逾期已被止付，本止付为我行依据合约采取的措施，与司法冻结无关。欠款{amount}元。"),
    _family("business_loan_reminder", "notice", "formal",
            "还款提示\n{name}：\n您以个体工商户名义申请的经营贷款（尾号{tail}）本期应还{amount}元尚未还款，请于{due}前归还。如经营困难，可向我行申请无还本续贷或调整还款计划。\n{lender}",),
    _family("mortgage_car_not_sell_advice", "call", "spoken",
            "客户：我要不要把车卖了先还你们？\n坐席：这个您根据自己的情况决定就好，我们不建议您为了还款变卖生活必需的财产。我们可以先看看分期能不能减轻压力。",),
)

_PRIVACY = (
    _family("envelope_privacy", "notice", "formal",
            "{name}：\n我司寄送的函件使用普通信封，信封上不显示“催收”“欠款”等字样，以保护您的隐私。请注意查收{date}寄出的还款提示函。\n{lender}",),
    _family("emergency_contact_use_explained", "call", "spoken",
            "客户：你们会不会打我紧急联系人的电话？\n坐席：只有在长期联系不上您本人的时候，我们才可能请紧急联系人转告您回电，不会告诉他们您的借款情况。您保持电话畅通就好。",
            "客户：我填的联系人你们会骚扰吗？\n坐席：不会的，紧急联系人只用于联系不上您时请他转告回电，我们不会向他透露任何借款信息。"),
    _family("dont_tell_my_wife", "call", "spoken",
            "客户：千万别让我老婆知道这事。\n坐席：请您放心，我们只和您本人沟通，不会告知您的家人。您这边把还款时间定下来就行。",
            "客户：我爸妈不知道我借了钱，你们别找他们。\n坐席：明白，我们不会联系您的父母，您的借款信息只跟您本人沟通。"),
    _family("third_party_calls_back", "call", "spoken",
            "第三方：你们刚才给我打电话，找{mr}干什么？\n坐席：您好，不好意思打扰了，我们有些事情需要和{he}本人确认，具体内容不方便透露。您方便的话请{he}回电{hotline}就可以了。\n第三方：哦，好的。",),
    _family("contacts_not_read_app", "app", "app",
            "隐私说明：{brand}不会读取您的通讯录、相册或通话记录，催收联系仅使用您本人预留的手机号。",
            "{brand}承诺：您的紧急联系人信息仅用于失联时请其转告回电，不会用于催收，也不会向其透露您的借款情况。"),
    _family("family_choice_to_tell", "call", "spoken",
            "客户：我想让我哥帮我还一部分。\n坐席：可以的，是否告诉家人由您自己决定，我们不会主动联系他。如果他代您还款，请通过您本人的账户或官方对公账户操作。",),
    _family("spouse_calls_for_debtor", "call", "spoken",
            "第三方：我是{mr}的爱人，{he}让我问问账单的事。\n坐席：您好，为保护客户隐私，账户信息需要{he}本人来电或书面授权后才能告知，麻烦让{he}本人联系我们{hotline}，谢谢理解。",),
)

_LEGAL_EXPLAINED = (
    _family("summons_only_by_court", "sms", "sms_template",
            "【{brand}】提醒：法院传票、起诉状副本只会由人民法院依法送达，我司不会以短信发送“传票”。收到可疑“传票”短信请向法院核实。",),
    _family("no_freeze_by_collector_call", "call", "spoken",
            "客户：你们会冻结我的微信和支付宝吗？\n坐席：我们没有这个权力，冻结账户只有法院在执行程序里才能依法决定。我们希望的是跟您协商解决。",
            "客户：是不是明天就冻结我银行卡？\n坐席：不会的，我们不能冻结您的任何账户。不过逾期会影响征信，还是建议尽快处理。"),
    _family("interest_limit_explained_app", "app", "app",
            "依据相关司法解释，民间借贷利率超过合同成立时一年期贷款市场报价利率四倍的部分不受法律保护。{brand}的借款综合年化成本均在法定范围内。",),
    _family("statute_of_limitations_truthful", "notice", "formal",
            "债权确认函\n{name}：\n为确认双方债权债务，请您核对截至{date}的欠款{amount}元（本金及利息）。如无异议请签字回寄；如有异议请于30日内书面提出。\n{lender}",),
    _family("criminal_only_fraud_explained", "call", "spoken",
            "客户：你们上次说我这个算诈骗？\n坐席：您好，如果有同事这么说是不对的，正常借款逾期属于民事纠纷，不构成诈骗。这个情况我会反馈，也向您道歉。",),
)

_SELF_HELP_TOOLS = (
    _family("official_repay_account_sms", "sms", "sms_template",
            "【{brand}】{name}，我司对公还款账户户名为{lender}，请勿向任何个人账户转账。还款后请保留凭证，咨询{hotline}。",),
    _family("first_overdue_fee_waived", "sms", "sms_template",
            "【{brand}】{name}，系统检测到您为首次逾期，于{due}前还清{amount}元可申请免除本次逾期罚息。",),
    _family("robot_reason_survey", "call", "robot_script",
            "坐席：您好，这里是{brand}。为了给您提供合适的还款方案，请告诉我们逾期原因：收入减少请按1，疾病请按2，其他原因请按3。",),
    _family("no_calls_weekend_app", "app", "app",
            "{name}，您的联系偏好已保存：我们将仅在工作日{time}前后与您联系，周末及节假日不打扰。〔如需修改请致电{hotline}。|〕",),
    _family("credit_score_positive_push", "app", "app",
            "您已连续{months}个月按时还款，信用表现良好，感谢您对{brand}的信任。",),
    _family("dongbei_due_reminder", "sms", "dialect",
            "【{brand}】{name}，你那{product}账单{due}到期了哈，{amount}块，记着还，有啥难处打{hotline}唠唠。",),
    _family("sichuan_repay_done", "call", "dialect",
            "坐席：{mr}，你的钱到账了哈，{amount}块，谢谢你嘛，以后有啥子事情直接打{hotline}。",),
)

_LETTERS_AND_SCRIPTS = (
    _family("negotiation_confirmation_letter", "notice", "letter",
            "协商还款确认书\n甲方：{lender}\n乙方：{name}\n经双方协商，乙方尚欠本息{amount}元，乙方于{due}起分{months}期偿还，每期{part}元。乙方按约履行期间，甲方暂停计收罚息，并不再进行电话催收。\n甲方（盖章）        乙方（签字）\n{date}",),
    _family("apology_letter_for_misconduct", "notice", "letter",
            "致歉函\n尊敬的{name}：\n经核查，我司委托机构工作人员于{date}与您通话时存在用语不当的问题，违反了我司催收行为规范。对此我们深表歉意，已终止该人员的催收工作。此后您的账户由我司客服直接服务，电话{hotline}。\n{lender}",),
    _family("collection_pause_letter", "notice", "letter",
            "暂停催收通知书\n{name}：\n我司已收到您提交的困难证明材料。自即日起至{due}，我司暂停对您的催收联系，期间不产生罚息。到期后我们将与您联系商定还款计划。\n{lender}",),
    _family("objection_reply_letter", "notice", "letter",
            "异议答复函\n{name}：\n您于{date}提出的欠款金额异议，我司已核查完毕：您的借款本金{amount}元，已还{part}元，剩余欠款计算依据见附件明细。如仍有异议，可向金融监管部门投诉或依法提起诉讼。\n{lender}\n{due}",
            "关于您异议申请的回复\n尊敬的{name}：\n经核实，您反映的重复扣款{part}元属实，已于{date}退回尾号{tail}账户。由此给您带来的不便，敬请谅解。\n{lender}客户服务部"),
    _family("waiver_confirmation_letter", "notice", "letter",
            "减免确认函\n{name}：\n根据您的申请及我司帮扶政策，同意减免您账户的逾期利息{part}元。请于{due}前偿还剩余本金{amount}元，还清后债务结清。\n{lender}（盖章）\n{date}",),
    _family("plan_change_letter", "notice", "letter",
            "还款计划变更通知\n{name}：\n根据您的申请，您的还款计划自{date}起调整为每月还款{part}元，共{months}期。原计划同时作废。如有疑问请致电{hotline}。\n{lender}",),
    _family("robot_promise_capture", "call", "robot_script",
            "坐席：您好，这里是{brand}智能语音。您的账单已逾期，请问您计划哪天还款？\n客户：下周三。\n坐席：好的，已为您记录下周三还款，届时请通过App操作，感谢您的配合，再见。",
            "坐席：您好，{brand}提醒您，本期{amount}元已逾期{days}天。请问今天能否处理？\n客户：今天不行，月底吧。\n坐席：好的，已记录月底还款。如需协商分期，请回拨{hotline}。再见。"),
    _family("robot_identity_check_third_party", "call", "robot_script",
            "坐席：您好，请问是{mr}本人吗？\n第三方：不是。\n坐席：抱歉打扰您，我们将更新联系记录。再见。",
            "坐席：您好，这里是客户服务中心，请问是{mr}吗？\n第三方：打错了。\n坐席：非常抱歉，打扰了，祝您生活愉快。"),
    _family("robot_payment_link", "call", "robot_script",
            "坐席：您好，这里是{brand}。您本期应还{amount}元，如需还款链接，请按1，我们将通过官方短信发送，请勿点击其他来源的链接。",),
    _family("robot_hardship_ivr", "call", "robot_script",
            "坐席：您好，{brand}关心您的还款情况。如您近期遭遇失业、疾病等困难，请按2登记，我们的专员将在一个工作日内联系您商议延期或分期方案。",),
    _family("no_borrow_from_friends_advice", "call", "spoken",
            "客户：要不我找朋友借点先还你们？\n坐席：这个您自己决定，我们不建议您为了还款到处借钱，还是按您的收入来定个能承受的方案比较稳妥。",
            "客户：我去借信用卡套现还你们行不？\n坐席：不建议这样做，套现有风险，也会增加您的负担。我们可以帮您申请分期，每期压力小一些。"),
    _family("agent_explains_visit_rules", "call", "spoken",
            "客户：你们外访的人会不会乱来？\n坐席：不会的，外访必须事先跟您约好，最多两个人，出示工作证，全程录音，而且只在白天。如果有人违规，您可以直接打{hotline}投诉。",),
    _family("notice_of_call_recording_sms", "sms", "sms_template",
            "【{brand}】为保障双方权益，我司催收通话全程录音，您可在App申请调取与您相关的通话录音。",),
    _family("app_chat_negotiation", "app", "app",
            "客服{agent}：{name}您好，您提交的分期申请已收到。根据您的收入情况，建议每月还款{part}元，分{months}期，您看可以吗？回复“确认”即可生效。",
            "在线客服：已为您计算，若分{months}期，每期约{part}元，无额外手续费。是否需要为您提交？"),
)

_BOUNDARIES = (
    _family("in_house_legal_intro", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n客户：是我。\n坐席：我是{lender}法务部的工作人员{agent}，不是律师，也不是法院的。您的借款逾期{days}天了，公司让我跟您确认一下还款意向，如果协商不成，公司可能会考虑诉讼。\n客户：我想先还一部分。\n坐席：可以的，我帮您登记。",),
    _family("workplace_privacy_promise", "sms", "sms_template",
            "【{brand}】{name}，我们仅通过您本人的手机与您联系，不会联系您的工作单位或同事。如上班时间不便接听，请回复方便的时段。",
            "【{brand}】请放心，您的借款信息不会告知您的单位、同事或亲友。如需调整联系时间，请致电{hotline}。"),
    _family("no_court_signature_notice", "app", "app",
            "{brand}声明：我司发送的短信签名仅为【{brand}】，不会以法院、公安、律师事务所名义发送催收短信。如收到此类短信，请通过{hotline}核实。",),
    _family("no_blacklist_myth", "app", "app",
            "辟谣：征信系统不存在所谓“黑名单”，征信报告如实记录信用信息，按时还款后记录会逐步改善。逾期也不会影响子女上学、就业政审。",
            "常见误区：“上了征信就是进了黑名单”“逾期会影响孩子考公”都是误传。征信只如实记录您的还款情况。"),
    _family("collection_process_timeline", "app", "app",
            "逾期处理流程说明：逾期后我们会通过短信、电话提醒您还款；逾期超过{days}天的账户可能委托第三方机构协助催收；长期未还的，我司可能依法提起诉讼。全程您都可以申请协商还款。",),
    _family("consequences_listed_lawfully", "notice", "formal",
            "逾期后果告知书\n{name}：\n您的借款已逾期{days}天。依法依约，逾期可能产生以下后果：一、按合同计收逾期利息；二、逾期信息报送金融信用信息基础数据库；三、我司可能依法提起诉讼；四、经法院判决后仍不履行的，我司可申请强制执行。上述措施均依法进行。如需协商请致电{hotline}。\n{lender}",),
    _family("consequence_over_two_agent_turns", "call", "spoken",
            "坐席：{mr}，这个账单已经逾期{days}天了。\n坐席：再往后拖的话，逾期记录会一直在征信上，利息也会一直算，所以还是建议您早点定个还款时间。\n客户：我月底发工资。\n坐席：好的，那我们先约月底。",
            "坐席：{mr}，我跟您说一下后面的流程。\n坐席：如果一直联系不上您本人，也一直没有还款，公司有可能会走诉讼，这个是法律赋予的权利。当然我们更希望协商解决。\n客户：我知道了。"),
    _family("robot_lawful_consequence", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款已逾期{days}天，逾期将按合同计收罚息并报送征信。如长期不还，我司保留依法起诉的权利。协商还款请按1。",),
    _family("third_party_lawyer_rep_ack", "call", "spoken",
            "第三方：我是{mr}委托的律师，以后有事跟我联系。\n坐席：好的，请您提供委托书和执业证信息，我们核实后会与您沟通，不再直接联系{mr}本人。",),
)

FAMILIES: tuple[Family, ...] = (
    _BEFORE_DUE + _OVERDUE_PLAIN + _CREDIT_REPORT + _LITIGATION + _THIRD_PARTY_AGENCY + _LAWFUL_VISIT
    + _ANTI_FRAUD + _HARDSHIP + _SELF_INTRO + _LAWYER_LETTERS + _CUSTOMER_ANGER + _PRODUCT_NAMES
    + _GREETINGS + _REPAYMENT_DONE + _RIGHTS + _QUOTED_TERMS + _THIRD_PARTY_CALLBACK + _FORMAL_NOTICES
    + _DIALECT + _POLITE_COLLECTION_CALLS + _MISC + _SECURED_AND_SPECIAL_LOANS + _PRIVACY + _LEGAL_EXPLAINED
    + _SELF_HELP_TOOLS + _LETTERS_AND_SCRIPTS + _BOUNDARIES
)


# --- generation ---------------------------------------------------------------------------------------

_CHOICE = re.compile(r"〔([^〔〕]*)〕")   # 〔a|b|c〕 in a template: one of the close paraphrases, picked per sample
# A call excerpt that starts with the customer gets, most of the time, the opening that lawful calls have
# (the agent names the caller and checks who answered) -- so slot-less excerpts still vary.
_CALL_OPENINGS = (
    "坐席：您好，请问是{mr}吗？我是{brand}的客服{agent}。\n客户：是我。\n坐席：打扰您几分钟，关于您账户的还款。\n",
    "坐席：{mr}您好，这里是{brand}，工号{agent_no}，关于您账户的还款跟您沟通一下。\n",
    "坐席：喂，您好，{brand}客服，请问是{mr}本人吗？\n客户：嗯。\n坐席：您的账单目前待还{amount}元。\n",
    "",
)


def _fill(family: Family, rng: random.Random) -> str:
    template = rng.choice(family.templates)
    if family.channel == "call" and family.register != "dialect" and template.startswith("客户："):
        template = rng.choice(_CALL_OPENINGS) + template
    template = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return template.format_map(_slots(rng))


def _sample(family: Family, text: str) -> dict:
    sample: dict = {"channel": family.channel, "labels": [], "family": f"{MODULE}.{family.name}",
                    "register": family.register, "recipient_type": family.recipient_type}
    turns = parse_call_text(text) if family.channel == "call" else None
    if turns:
        sample["turns"] = [{"speaker": t.speaker, "text": t.text} for t in turns]
        if any(t.speaker == "third_party" for t in turns):
            sample["recipient_type"] = "third_party"
    else:
        sample["text"] = text
    return sample


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    samples = []
    for family in FAMILIES:
        seen: set[str] = set()
        for _ in range(SAMPLES_PER_FAMILY * 4):     # slot collisions in small families: bounded retries
            if len(seen) == SAMPLES_PER_FAMILY:
                break
            text = _fill(family, rng)
            if text not in seen:
                seen.add(text)
                samples.append(_sample(family, text))
    return samples


def _print_counts(samples: list[dict]) -> None:
    print(f"samples {len(samples)}, families {len({s['family'] for s in samples})}")
    for key in ("labels", "register", "channel", "recipient_type"):
        counts = Counter(label for s in samples for label in (s[key] if key == "labels" else [s[key]]))
        counts = counts or Counter({"(none: all lawful)": len(samples)})
        print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
