"""More lawful collection wording for the training corpus (`labels: []`): families `lawful.py` does not have.

The classifier trained on `lawful.py` still flags 2-3% of lawful messages written by others. These families
share even more vocabulary with violations and say it lawfully: firm final notices (最后通知, 严重逾期,
依法追偿, 委托第三方催收机构, litigation costs), legal procedure with its real conditions (诉前调解, 支付令,
财产保全, 限制高消费 only after a court), visits announced with identification and consent, third parties asked
only for a call-back, education that quotes forbidden phrases to warn against them, replies to angry or
threatening customers, complaints handling, restructuring, guarantors / co-borrowers / insurers told their real
obligations, family and festival reminders, product names ending in 借/贷/花/分, app and mini-program
notifications, robot scripts, IM replies with emoji, long letters with 执业证号, ASR-noisy and dialect calls,
and Hong Kong / Taiwan style texts in traditional characters. Every name and number is invented.

Templates, slots and sample format are `lawful.py`'s (its `Family`, `_slots`, `_fill`, `_sample`); this module
adds a few slots of its own and keeps the family names apart (`lawful_more.<name>`).

Messages to guarantors and co-borrowers go to third parties (`to="third_party"`): they are not the debtor (contract
section 5), the labelled sets send them as such, and they may lawfully be told of the debt they answer for.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import replace

from training.corpus import registers
from training.corpus.lawful import Family, _family, _fill, _print_counts, _sample

MODULE = "lawful_more"
SAMPLES_PER_FAMILY = 18   # the design caps a family at about 25; the brief for this module at 20


# --- slot fillers of this module (all invented), added to lawful.py's -------------------------------------

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
_DISTRICTS = ("云溪区", "青岚区", "临江县", "松川区", "北岭县", "澄湖区", "白桦县", "鹿鸣区")
_PRODUCTS = ("暖阳花", "小满借", "禾苗贷", "月光分", "顺意借", "青云贷", "柚子花", "麦田分", "乐途借", "星愿花",
             "安家贷", "红果分")
_INSURERS = ("恒禾财产保险股份有限公司", "瑞川财产保险股份有限公司", "安澜财产保险股份有限公司")
_GUARANTORS = ("鼎安融资担保有限公司", "信和融资担保有限公司", "泰禾融资担保有限公司")
_EMOJI = ("😊", "🙏", "🌹", "💪", "🤝", "🌸", "[微笑]", "[抱拳]", "[玫瑰]", "[握手]", "～")
_RELATIONS = ("父母", "爱人", "孩子", "家人", "老人")
_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六")


class _KeepOtherSlots(dict):
    """Fills this module's slots and leaves lawful.py's ({name}, {amount} ...) for its `_fill`."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _more_slots(rng: random.Random) -> _KeepOtherSlots:
    district = rng.choice(_DISTRICTS)
    return _KeepOtherSlots(
        guarantor=rng.choice(_SURNAMES) + "*" * rng.choice((1, 2)),
        court=district + "人民法院",
        mediation=district.rstrip("区县") + "金融消费纠纷调解中心",
        district=district,
        item=rng.choice(_PRODUCTS),
        insurer=rng.choice(_INSURERS),
        guarantee_co=rng.choice(_GUARANTORS),
        badge=f"WF{rng.randint(10000, 99999)}",
        emoji=rng.choice(_EMOJI),
        emoji2=rng.choice(_EMOJI),
        relation=rng.choice(_RELATIONS),
        weekday=rng.choice(_WEEKDAYS),
        fee=str(rng.randint(50, 2000)),
    )


def _traditional(name: str, channel: str, register: str, *templates: str, to: str = "debtor") -> Family:
    """A family written the way Hong Kong and Taiwan lenders write (阁下, 帐款, 缴纳), shipped in traditional
    characters."""
    family = _family(name, channel, register, *templates, to=to)
    _TRADITIONAL.add(family.name)
    return family


_TRADITIONAL: set[str] = set()

# --- families -----------------------------------------------------------------------------------------
# Each is lawful as written: consequences are true and conditional, courts decide what courts decide, visits
# are agreed and identified, third parties learn nothing of the debt, and forbidden phrases appear only as
# quotations to warn against them or in the customer's own mouth.

_FINAL_NOTICES = (
    _family("final_notice_sms_deadline", "sms", "sms_template",
            "【{brand}】最后通知：{name}，您的借款已严重逾期{days}天，欠款{amount}元。请于{due}前还款或致电{hotline}协商；逾期仍未处理的，我司将依法追偿，并如实报送征信。",
            "【{brand}】〔最后通知|最终提醒〕：您尾号{tail}的账户严重逾期，待还{amount}元。{due}前仍未还款或协商的，我司将依合同约定及法律规定追偿，相关信息依规报送征信系统。"),
    _family("final_notice_before_outsourcing", "sms", "sms_template",
            "【{brand}】{name}，您的欠款{amount}元已逾期{days}天。如{due}前仍未还款，您的账户将委托第三方催收机构协助催收，受托机构会表明身份并以我司委托方名义联系您，请注意核实。",
            "【{brand}】提示：逾期超过{days}天的账户，我司将按规定委托第三方催收机构跟进。为避免转交，请于{due}前还款{amount}元或联系{hotline}商定方案。"),
    _family("final_notice_litigation_costs", "sms", "sms_template",
            "【{brand}】{name}，您的借款严重逾期。如协商不成，我司可能向人民法院起诉；依照法律规定，诉讼费由败诉方负担，合同约定的实现债权费用以法院判决为准。还款或协商请致电{hotline}。",
            "【{brand}】依合同第{months}条，因违约产生的诉讼费、保全费等实现债权的费用，经法院判决可由违约方承担。您的欠款{amount}元目前仍可协商，请于{due}前联系我们。"),
    _family("final_notice_letter_long", "notice", "formal",
            "最后催告通知书\n编号：{ref}\n{name}：\n您于{date}在我司借款，截至今日已严重逾期{days}天，尚欠本金、利息及逾期费用合计{amount}元。我司此前已通过短信、电话多次提醒。现最后一次书面催告：请于{due}前还清欠款或与我司达成还款协议。逾期未履行的，我司将依法追偿，包括委托第三方催收机构催收、向人民法院提起诉讼，并依规报送征信。上述措施均依法进行，您仍可随时申请协商。\n客服电话：{hotline}\n{lender}\n{date}",),
    _family("serious_overdue_status_app", "app", "app",
            "账户状态：严重逾期（{days}天）。待还{amount}元。严重逾期记录将依规报送征信，并可能影响您在其他机构的借款审批。〔去还款|申请协商〕>>",
            "您的账户已进入严重逾期阶段，逾期利息按合同继续计算。现在还款或提交协商申请，可停止费用继续增加。"),
    _family("recovery_by_law_letter", "notice", "formal",
            "依法追偿告知函\n{name}：\n您与{lender}签订的借款合同项下欠款{amount}元逾期{days}天未还。根据《民法典》关于借款合同的规定，借款人应按约定返还借款并支付利息。我司将依法通过合法途径追偿，不会采取任何骚扰、威胁或泄露您信息的方式。如您希望协商，请于{due}前致电{hotline}。\n{lender}",),
    _family("acceleration_notice", "notice", "formal",
            "贷款提前到期通知书\n{name}：\n因您连续{months}期未按约还款，根据借款合同第八条，我行宣布该笔贷款于{date}提前到期，您应偿还全部剩余本息{amount}元。如对本通知有异议，请于15日内书面提出。\n{lender}（盖章）",
            "宣布贷款提前到期的函\n{name}：\n鉴于您已构成合同约定的违约情形，我行依约宣布贷款提前到期，剩余本金及利息合计{amount}元请于{due}前归还。逾期未还的，我行将依法通过诉讼等方式主张权利。\n{lender}"),
    _family("contract_termination_notice", "notice", "formal",
            "解除合同通知书\n{name}：\n您在分期购物合同项下已逾期{days}天，经催告后在合理期限内仍未履行。依照合同约定，我司自{date}起解除合同，请于{due}前支付已到期款项{amount}元。\n{lender}",),
    _family("final_call_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款已严重逾期{days}天，这是〔最后一次|本阶段最后一次〕语音提醒。如{due}前仍未还款，账户将转交委托的第三方催收机构处理，并依规报送征信。协商还款请按1，对欠款有异议请按2。",),
    _family("firm_final_spoken", "call", "spoken",
            "坐席：{mr}，我跟您直说吧，这个账单逾期{days}天了，已经算严重逾期。{due}之前还是没有结果的话，按公司流程会转给委托的催收机构，或者走诉讼，这些都是合法的程序，我不吓唬您。您今天能不能给我一个能做到的还款计划？\n客户：我每月能还{part}。\n坐席：好，我按每月{part}给您报方案。",),
    _family("final_notice_ask_for_contact", "sms", "sms_template",
            "【{brand}】{name}，我们多次联系您未果。您的欠款{amount}元逾期{days}天，请于{due}前回电{hotline}，告知您的还款意愿或困难，我们会认真考虑您的情况。",),
    _family("write_off_still_owed", "app", "app",
            "说明：账户核销是我司内部的会计处理，不代表债务免除。您仍需偿还欠款{amount}元，我司保留依法追偿的权利。如需协商减免，请联系{hotline}。",),
    _family("overdue_stage_upgrade_sms", "sms", "sms_template",
            "【{brand}】{name}，您的账户已逾期{days}天，将由早期提醒转入专人跟进阶段，专员{agent}（工号{agent_no}）将与您联系。请认准官方号码{hotline}。",),
    _family("ninety_day_notice_formal", "notice", "formal",
            "逾期九十日告知书\n{name}：\n您的借款已逾期超过90天，按监管规定列为不良贷款。我司将：一、依规报送征信；二、可能委托第三方催收机构催收；三、保留依法起诉的权利。您可在{due}前申请分期或减免，申请电话{hotline}。\n{lender}",),
    _family("deadline_extension_last", "sms", "sms_template",
            "【{brand}】应您的请求，还款期限延至{due}，这是本阶段最后一次延期。届时仍无法还款的，请提前告知，以便我们依规处理您的账户。",),
)

_LEGAL_PROCEDURE = (
    _family("pre_litigation_mediation_notice", "sms", "sms_template",
            "【{brand}】{name}，我司已就您的借款纠纷向{court}申请诉前调解，调解员将通过法院官方渠道联系您。调解自愿、免费，达成的调解协议可经法院司法确认。咨询{hotline}。",
            "【{brand}】告知：您的借款案件可能进入{court}诉前调解程序，调解不等于判决，您可在调解中陈述意见。请以法院官方号码或短信为准，谨防冒充。"),
    _family("payment_order_explained", "app", "app",
            "法律知识：支付令由人民法院依债权人申请签发。债务人应在收到之日起十五日内清偿或提出书面异议；异议成立的，支付令失效。{brand}提醒您，所有法律文书以法院送达为准。",),
    _family("property_preservation_explained", "call", "spoken",
            "客户：你们是不是马上就能查封我房子？\n坐席：不是的，查封属于财产保全，要由我们向法院申请、提供担保，由法院审查后裁定，我们自己没有这个权力。现在您的借款也没有起诉，还是协商阶段。",),
    _family("consumption_restriction_explained", "app", "app",
            "问：欠网贷会被限制高消费吗？答：限制高消费是人民法院在执行程序中对被执行人采取的措施，前提是已有生效判决且未按期履行。借款逾期本身不会导致限高，{brand}也无权决定。",
            "〔科普|法律小课堂〕：限制消费令由执行法院发出，限制乘坐飞机、高铁一等座等高消费行为；催收机构、平台都无权作出限高决定。"),
    _family("dishonest_vs_restriction_letter", "notice", "letter",
            "法律事项说明函\n{name}：\n应您来电询问，现说明如下：一、您的借款目前尚未进入诉讼；二、如经法院判决后您未履行，我司可申请强制执行；三、限制高消费、纳入失信被执行人名单均由执行法院依法决定，且失信名单仅适用于有履行能力而拒不履行等法定情形；四、我司不会也无权作出上述决定。\n{lender}\n{date}",),
    _family("default_judgment_truthful", "sms", "sms_template",
            "【{brand}】提示：如案件进入诉讼，法院会依法送达传票，请按时应诉。经传票传唤无正当理由拒不到庭的，法院可依法缺席判决。目前您的借款尚未起诉，可联系{hotline}协商。",),
    _family("appeal_period_after_judgment", "notice", "formal",
            "判决送达后告知\n{name}：\n{court}已就我司诉您借款合同纠纷一案作出一审判决。依照法律规定，您如不服判决，可在判决书送达之日起十五日内提起上诉。判决生效后，请按判决确定的金额履行。\n{lender}",),
    _family("limitation_period_info", "app", "app",
            "〔法律常识|{brand}法律小课堂|知识问答〕：向人民法院请求保护民事权利的诉讼时效期间为三年，自权利人知道或应当知道权利受到损害之日起计算，催收、还款等情形可导致时效中断。如对您的债务时效有疑问，可咨询律师〔或致电{hotline}|〕。",),
    _family("enforcement_settlement", "notice", "formal",
            "执行和解告知\n{name}：\n本案已进入{court}执行程序。我司同意与您协商执行和解：您于{due}前支付{part}元，余款分{months}期清偿。和解协议经双方签署后提交法院，是否中止执行由法院依法决定。\n{lender}",),
    _family("court_sms_verify_tip", "sms", "sms_template",
            "【{brand}】提醒：人民法院的诉讼文书通过法院专用短信号码、电子送达平台或邮寄送达，您可拨打{court}公布的电话或登录中国审判流程信息公开网核实。我司短信不会以法院名义发送。",),
    _family("refusal_to_execute_conditions", "app", "app",
            "法律科普：拒不执行判决、裁定罪针对的是对法院已生效的判决、裁定有能力执行而拒不执行、情节严重的行为；普通借款逾期属于民事纠纷，不会因此承担刑事责任。{brand}提醒您理性对待债务。",),
    _family("notary_enforcement_explained", "notice", "letter",
            "说明函\n{name}：\n您签署的借款合同已办理赋予强制执行效力的公证。依照法律规定，如您不履行，债权人可向公证机构申请出具执行证书，并据此向有管辖权的人民法院申请执行，您仍可依法提出异议。目前我司仍希望与您协商，电话{hotline}。\n{lender}",),
    _family("lawsuit_question_spoken", "call", "spoken",
            "客户：你们说起诉，那起诉了会怎样？\n坐席：起诉的话由法院审理，您会收到法院送达的起诉状副本和传票，可以答辩、出庭，也可以在法院主持下调解。判决后如果不履行，我们才可以申请强制执行。这些都是法院的程序，不是我们说了算。\n客户：那我先考虑一下。\n坐席：好的，协商的门一直开着。",),
    _family("filed_case_query_guidance", "sms", "sms_template",
            "【{brand}】{name}，我司已向{court}提交起诉材料，是否立案由法院依法审查决定。立案后法院将向您送达文书，请留意法院官方通知；诉讼期间您仍可与我司和解，电话{hotline}。",),
    _family("collector_no_judicial_power", "call", "spoken",
            "客户：你们催收的是不是能直接让法院执行我？\n坐席：不能。我们只是受托联系您还款的，没有任何司法权力。执行必须先有生效判决，再由债权人向法院申请，法院决定怎么执行。",
            "客户：你们能查我银行流水吗？\n坐席：我们无权查询您的银行账户。只有法院在执行程序中才可以依法调查被执行人的财产。"),
    _family("public_service_notice_by_court", "app", "app",
            "法律知识：受送达人下落不明或其他方式无法送达的，人民法院可依法公告送达，这是法院的程序。{brand}不会在任何媒体、社交平台公开您的欠款信息。",),
)

_VISITS = (
    _family("door_script_consent", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{brand}外访专员{agent}，这是我的工作证，编号{badge}，这位是我同事。我们前天电话里跟您约了今天{time}过来，您现在方便吗？不方便的话我们改天。\n客户：进来说吧。\n坐席：谢谢，我们就谈二十分钟左右，全程录音，您有任何不舒服可以随时让我们离开。",),
    _family("visit_refused_leave", "call", "spoken",
            "客户：我今天不想谈，你们走吧。\n坐席：好的{mr}，尊重您的意见，我们现在就离开。您方便的时候打{hotline}，我们电话里沟通也可以。打扰了。",),
    _family("visit_appointment_im", "app", "app",
            "{name}您好{emoji} 按照昨天电话里跟您约定的，我们外访同事{agent}（工号{agent_no}）{date}{time}到您指定的地点面谈，会出示工作证和委托书。临时有事回复“改期”就可以，不影响您的任何权益。",),
    _family("visit_record_signed", "notice", "letter",
            "外访记录（客户留存联）\n外访日期：{date}{time}\n外访人员：{agent}（工作证{badge}）等两人\n地点：客户指定地点\n事前预约：已于电话中征得客户同意\n沟通内容：说明欠款{amount}元明细，客户申请分{months}期\n客户意见：同意提交分期申请\n如对外访人员言行有异议，请拨打{hotline}投诉。",),
    _family("visit_post_survey_sms", "sms", "sms_template",
            "【{brand}】{name}，感谢您{date}接待我司外访人员。请对本次面谈评价：人员是否出示证件、是否文明礼貌，回复1满意，2不满意。如有不当言行请致电{hotline}。",),
    _family("hardship_assessment_visit", "sms", "sms_template",
            "【{brand}】{name}，为审核您的困难帮扶申请，经您同意，我司工作人员将于{date}{time}上门核实情况，届时出示工作证（编号{badge}）。如您希望改为视频核实，请回复“视频”。",),
    _family("visit_address_verify_consent", "call", "spoken",
            "坐席：{mr}，我们寄给您的函件被退回了，想跟您核对一下现在的通讯地址，您方便告诉我吗？不方便的话也可以在App里自己更新。\n客户：我在App里改吧。\n坐席：好的，谢谢您。",),
    _family("visit_meeting_public_place", "call", "spoken",
            "客户：别来我家，我不想让家里人知道。\n坐席：理解，完全尊重您的意思。您看约在我们{district}的营业网点或者您方便的公共场所都可以，时间您定，我们两名同事带工作证过去。\n客户：那就网点吧，{weekday}下午。\n坐席：好的，{weekday}下午网点见，到时候提前给您打电话确认。",),
    _family("visit_team_conduct_rules_app", "app", "app",
            "外访服务规范：①提前预约，征得您同意；②不超过2人，出示工作证及授权书；③8:00-20:00之间；④全程录音录像；⑤不进入您未同意的场所，不接触您的家人、邻居或同事。违规请拨打{hotline}。",),
    _family("visit_notice_traditional", "notice", "letter",
            "外访通知\n{name}台鉴：\n本公司委托之外访人员将于{date}{time}与阁下会面，商讨帐款清偿事宜。外访人员须出示识别证及委托书，如阁下不便，敬请来电{hotline}改约，本公司将尊重阁下之意愿。\n{lender}敬启",),
    _family("visit_cancelled_by_customer_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。您已通过App取消{date}的面谈预约，我们不会上门拜访，后续将通过电话与您沟通。如需重新预约请按1，结束请挂机。",),
    _family("visit_arrival_call_ahead", "call", "spoken",
            "坐席：{mr}您好，我是{brand}的{agent}，咱们约好{time}见面，我们大概十分钟后到网点门口，您要是还没出发也不着急，我们等您，今天不方便的话改天也行。\n客户：我在路上了。\n坐席：好的，不着急，注意安全。",),
)

_THIRD_PARTY = (
    _family("emergency_contact_sms_callback", "sms", "sms_template",
            "【客户服务中心】{guarantor}您好，{mr}在办理业务时预留了您的号码作为紧急联系人。我们近期未能联系到{he}本人，如方便，请转告{he}回电{hotline}。具体事项只与本人沟通，打扰了。",
            "【客户服务中心】您好，我们有一项个人事务需与{mr}本人确认，如您能联系到{he}，烦请转告回电{hotline}。本短信无需回复，感谢！",
            to="third_party"),
    _family("third_party_offers_to_pay", "call", "spoken",
            "坐席：您好，请问{mr}在吗？\n第三方：{he}不在，是不是{he}欠钱了？我帮{he}还吧，多少钱？\n坐席：谢谢您的好意，不过具体情况我们只能跟{he}本人沟通，也不能请您代为处理。麻烦您方便时请{he}回电{hotline}，谢谢。",),
    _family("third_party_child_answers", "call", "spoken",
            "坐席：你好，请问{mr}在家吗？\n第三方：我家大人不在家，我在写作业。\n坐席：好的小朋友，打扰你了，那我们改天再打，你好好写作业，再见。",
            "坐席：您好，请问是{mr}吗？\n第三方：{he}出去了，我是{he}家小孩。\n坐席：好的，谢谢你，不打扰了，再见。"),
    _family("third_party_elderly_dialect", "call", "dialect",
            "坐席：阿姨您好，请问{mr}在家吗？\n第三方：啥？{he}上班去咧，你是谁嘛？\n坐席：阿姨，我是{he}业务上的联系人，没啥大事，您方便的话让{he}回个电话就行，号码{hotline}，谢谢您嘞。\n第三方：中，我跟{he}说。",),
    _family("third_party_angry_remove_number", "call", "spoken",
            "坐席：您好，请问您认识{mr}吗？\n第三方：不认识！你们再打我就投诉！\n坐席：非常抱歉打扰到您，我们马上把您的号码从联系记录中删除，今后不会再拨打。再次致歉。",),
    _family("third_party_wechat_callback", "app", "app",
            "您好，冒昧打扰。我们是客户服务中心，有事需联系{mr}本人，{he}预留了您的联系方式。如方便，请转告{he}回电{hotline}，具体事项不便透露，谢谢{emoji}",
            to="third_party"),
    _family("third_party_company_reception", "call", "spoken",
            "坐席：您好，麻烦找一下{mr}，{he}是在贵公司上班吧？\n第三方：您是哪里？找{he}什么事？\n坐席：我姓{surname}，是{he}的个人事务，麻烦您转告{he}给我回个电话就好，号码{hotline}，不用说别的，谢谢您。",),
    _family("third_party_relative_asks_detail_refused", "call", "spoken",
            "第三方：我是{he}家里人，你直接跟我说到底什么事，我能做主。\n坐席：理解您关心{he}，不过按规定，个人事务我们只能和本人沟通，不能告诉您具体内容，也不需要您做任何事。请{he}回电{hotline}就可以了，谢谢。",),
    _family("third_party_number_recycled_robot", "call", "robot_script",
            "坐席：您好，这里是客户服务中心，请问您是否为{mr}本人？\n第三方：不是，我这号码刚办的。\n坐席：抱歉打扰您，系统将标记该号码并停止呼叫。祝您生活愉快，再见。",),
    _family("third_party_letter_returned_sms", "sms", "sms_template",
            "【客户服务中心】您好，我们寄给{mr}的普通信件被退回，如您认识{he}，请转告{he}回电{hotline}更新地址，谢谢。",
            to="third_party"),
    _family("third_party_minimum_contact_ack", "call", "spoken",
            "第三方：你们为什么有我电话？\n坐席：{mr}在办理业务时自愿填写了您作为联系人，我们只在联系不上{he}的时候请您转告回电，不会告诉您任何具体事项。您如果不愿意再接到电话，我这就帮您登记不再联系。\n第三方：那你登记吧。\n坐席：好的，已经登记，打扰您了。",),
    _family("third_party_cantonese_callback", "call", "dialect",
            "坐席：你好，唔好意思打扰，请问{mr}喺唔喺度？\n第三方：佢出咗街，你边位？\n坐席：我系客户服务中心嘅，有啲私人事情要同佢本人讲，麻烦你叫佢得闲覆个电话{hotline}，唔该晒。",),
)

_EDUCATION = (
    _family("collector_banned_phrases_training", "app", "app",
            "〔合规培训|坐席禁语清单〕：严禁使用“老赖”“骗子”等侮辱性称呼；严禁说“再不还就去你单位”“通知你全家”“让你坐牢”“上门找你”；严禁冒充律师、法院、公安。违者停止催收工作。——{brand}合规部",),
    _family("quality_inspection_report", "notice", "formal",
            "质检通报\n{date}质检抽查发现：一名坐席在通话中对客户说“不还钱就把你的事发到朋友圈”，属于以曝光相威胁的违规话术，已对该坐席停岗处理，并向客户致歉。请全体催收人员引以为戒，严格执行文明催收规范。\n{lender}合规部",
            "违规话术通报\n近期录音抽检中，个别人员使用了“你这种人就是骗子”“你孩子以后考公政审过不了”等不实、侮辱性表述，均已严肃处理。再次重申：不得侮辱、恐吓客户，不得夸大法律后果。\n{lender}质检中心"),
    _family("anti_collection_scam_warning", "sms", "sms_template",
            "【{brand}】警惕“反催收联盟”“债务优化”骗局：此类组织以“代理投诉、停催减免”为名收取高额费用，甚至诱导您伪造材料。协商还款可直接免费联系{hotline}。",
            "【{brand}】提醒：所谓“征信洗白”“代理退息”多为诈骗，不要向其透露身份证号、验证码。有任何问题请通过官方渠道{hotline}咨询。"),
    _family("what_to_do_if_threatened", "app", "app",
            "如果有催收人员对您说“我知道你孩子在哪上学”“我们的人就在你家楼下”，请立即保存录音截图并报警，同时拨打{hotline}投诉。{brand}及合作机构严禁任何威胁行为。",
            "遇到这样的话术请警惕：“再不还钱就爆你通讯录”“给你单位发函”“P图发朋友圈”——这些都是违法催收。请保留证据，向{brand}投诉或向监管部门反映。"),
    _family("fake_court_sms_warning", "sms", "sms_template",
            "【{brand}】近期有不法分子冒用“XX人民法院”“XX律师事务所”签名发送催款短信，附带不明链接和个人收款账户。法院不会短信催款，请勿点击、勿转账，可拨{hotline}核实。",),
    _family("fake_credit_center_warning", "app", "app",
            "〔防骗提醒|{brand}安全中心|{brand}提醒您〕：征信中心不会打电话说“您的征信有问题需要修复”或要求转账。自称“征信中心”“银保监”工作人员要求您贷款转账的，都是诈骗，请挂断并拨打110〔，或致电{hotline}核实|〕。",),
    _family("ai_voice_scam_warning", "sms", "sms_template",
            "【{brand}】新型诈骗提醒：骗子可能用AI合成声音冒充亲友或客服，以“帮忙还款”“紧急借钱”为由要求转账。请通过原有号码回拨核实。{brand}不会要求您转入个人账户。",),
    _family("community_finance_lecture_notice", "notice", "formal",
            "金融知识进社区活动通知\n{lender}将于{date}在{district}社区服务中心举办“理性借贷 远离暴力催收”讲座，内容包括：如何识别冒充公检法诈骗、遇到“爆通讯录”“上门骚扰”如何维权、如何申请协商还款。欢迎居民参加。",),
    _family("consumer_rights_day_post", "app", "app",
            "3·15消费者权益日｜{brand}提醒您：①征信只能如实记录，不能付费修复；②催收人员不得辱骂、威胁、骚扰您的亲友；③逾期是民事纠纷，不会“坐牢”“拘留”；④有困难可申请分期。投诉热线{hotline}。",),
    _family("fake_settlement_link_warning", "sms", "sms_template",
            "【{brand}】请注意：我司不会通过短信发送“一次性结清减免”链接要求扫码转账。所有减免以App内电子协议为准，其他渠道均不可信。",),
    _family("collector_code_spoken_quote", "call", "spoken",
            "客户：以前有人打电话说要来我家砸门，是你们的人吗？\n坐席：{mr}，这种说法是严重违规的，不管是谁说的都不对。麻烦您告诉我是哪天、哪个号码打的，我们马上核查，如果是我们委托的机构，会立即终止合作。\n客户：上个月。\n坐席：好的，我已经登记，处理结果会告诉您。",),
    _family("campus_loan_education", "notice", "formal",
            "致大学生的一封信\n同学们：近年来，个别非法平台以“校园贷”“裸条”等方式放贷，并以“发给你父母同学”“曝光你的照片”相威胁。请同学们通过正规渠道办理助学贷款，遇到威胁请立即报警并告知学校。\n{lender}金融知识宣传组",),
    _family("deposit_fee_scam_warning", "app", "app",
            "〔安全中心|{brand}提醒〕：声称“缴纳{fee}元解冻金/保证金就可以减免欠款”的都是诈骗。{brand}协商还款不收取任何费用。",),
    _family("supervision_phrases_poster", "notice", "formal",
            "文明催收承诺公示\n本机构承诺以下话术永不使用：“你就是个老赖”“不还钱让你全家不得安宁”“我们已经在你单位门口了”“公安马上抓你”。如您听到以上或类似话语，请拨打{hotline}举报，查实后给予奖励。\n{lender}",),
)

_ANGRY_CUSTOMERS = (
    _family("customer_media_threat_calm", "call", "spoken",
            "客户：你们再这样我就去找记者曝光你们！\n坐席：{mr}，您有权向媒体或者监管部门反映情况。我这边更想知道是哪里让您不满意，我们能改的一定改。\n客户：就是打得太多了。\n坐席：明白，我现在就把联系频率调成每周一次。",),
    _family("customer_threatens_lawsuit_against_lender", "call", "spoken",
            "客户：你们利息违法，我要去法院告你们！\n坐席：这是您的权利，{mr}。如果您认为费用有问题，我可以先把合同和费用明细发您，您也可以请律师看看。\n客户：你发吧。\n坐席：好的，已经发到您预留的手机上了。",),
    _family("customer_threatens_to_smash_office", "call", "spoken",
            "客户：再打电话我就去你们公司砸了！\n坐席：{mr}，请您先冷静，这样做对您不好。我们今天不再打扰您了，您考虑好了可以随时打{hotline}，我们一起想办法。",),
    _family("customer_says_agent_insulted", "call", "spoken",
            "客户：上次那个人骂我是骗子，你们什么态度！\n坐席：{mr}，非常抱歉，用这种话说您是绝对不允许的，我代表公司向您道歉，这件事我已经提交投诉处理。\n客户：你们必须给个说法。\n坐席：会的，三个工作日内给您书面答复。",),
    _family("customer_sichuan_curse_calm", "call", "dialect",
            "客户：你个龟儿子天天打，烦不烦哦！\n坐席：{mr}，不好意思哈，打扰到你了。我们就是想跟你商量一哈还款的事，你看哪个时间方便嘛？\n客户：莫打了！\n坐席：要得，那我们这周不打了，你有空打{hotline}嘛。",),
    _family("customer_drunk_call", "call", "spoken",
            "客户：我喝多了……钱……钱我肯定还……你们别逼我……\n坐席：{mr}，您现在可能不太方便，我们不谈还款的事了。您注意安全，明天清醒了我们再联系，好吗？\n客户：嗯……\n坐席：好的，早点休息。",),
    _family("customer_demands_manager", "call", "spoken",
            "客户：你不行，叫你们领导来跟我说！\n坐席：好的{mr}，我帮您转接我们的{surname}主管，请稍等。\n坐席：您好，我是{surname}主管，刚才的情况我了解了，您有什么要求可以跟我说。",),
    _family("customer_weibo_threat_reply_app", "app", "app",
            "客服：{name}您好，看到您说要把事情发到网上，您的不满我们非常重视{emoji} 请告诉我们具体是哪次通话、哪位人员，我们会在24小时内核查并给您答复。",),
    _family("customer_sarcastic_calm", "call", "spoken",
            "客户：哟，又是你们啊，真敬业，大半夜都不睡觉是吧？\n坐席：{mr}，现在是{time}，如果这个时间不方便，您告诉我哪个时段合适，我们就只在那个时段联系您。\n客户：晚上别打。\n坐席：好的，已经备注，晚上不再联系。",),
    _family("customer_threatens_self_harm_message", "app", "app",
            "客服：{name}，看到您的留言我们很担心您。钱的事可以慢慢商量，您的账户我们已经暂停催收。如果您现在很难受，可以拨打心理援助热线，也可以让身边的人陪陪您。我们随时在。",),
    _family("customer_insults_in_chat_reply", "app", "app",
            "客服回复：{name}您好，理解您现在情绪比较激动。您提到的罚息问题，我们已提交复核，结果会在3个工作日内通知您。如需人工沟通，请拨打{hotline}。",
            "在线客服{agent}：抱歉让您不愉快了{emoji2} 我们不会在您要求的时段以外联系您，您的还款问题我们可以在这里慢慢沟通。"),
    _family("customer_dongbei_yells_calm", "call", "dialect",
            "客户：你们有完没完，整天跟催命似的，我都说了没钱！\n坐席：大哥，您消消气。没钱咱就先不说全还，看看一个月能整多少，咱分期慢慢来，行不？\n客户：一个月最多{part}。\n坐席：中，我就按{part}给您报。",),
    _family("customer_threatens_agent_personally_calm", "call", "spoken",
            "客户：你叫什么名字？我记住你了，你等着！\n坐席：{mr}，我是{brand}的{agent}，工号{agent_no}，您对我的服务有意见可以投诉到{hotline}。今天咱们先不谈了，您冷静一下。",),
)

_COMPLAINTS = (
    _family("regulator_referral_reply_letter", "notice", "letter",
            "关于您投诉事项的答复函\n{name}：\n您通过金融监管部门转来的投诉（编号{ref}）已收悉。经调取录音核查，我司委托机构人员于{date}在通话中存在催收频次过高的问题，我司已责令整改，并暂停该机构对您的联系。关于您提出的分期申请，我司同意分{months}期还款。如对答复不满意，可向监管部门反映。\n{lender}",),
    _family("complaint_callback_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}客户服务中心，针对您{date}提交的投诉，我们已完成处理，请问您对处理结果是否满意？满意请按1，不满意请按2，我们将安排专人回访。",),
    _family("complaint_public_platform_reply", "app", "app",
            "【官方回复】您好，{brand}已关注到您的反馈，为保护您的个人信息，具体情况已通过私信与您联系，请留意。如有疑问可拨打{hotline}。",
            "【{brand}官方】感谢您的反馈，我们已安排专员与您联系核实，处理期间相关人员暂停联系您。"),
    _family("complaint_about_relatives_contacted", "call", "spoken",
            "客户：你们的人给我妈打电话了，我要投诉！\n坐席：{mr}，非常抱歉给您和家人造成困扰。我们已经登记投诉，马上核查是哪个机构的人员，违规的话会严肃处理，也会删除您母亲的联系方式，不再联系{relation}。处理结果五个工作日内告诉您。",),
    _family("complaint_agency_suspended_sms", "sms", "sms_template",
            "【{brand}】{name}，您投诉的受托机构人员违规问题已查实，我司已暂停该机构对您账户的催收，后续由我司客服{agent}直接对接，电话{hotline}。",),
    _family("complaint_ticket_progress_app", "app", "app",
            "投诉进度：工单{ref}｜已受理→核查中→已处理。处理结果：已对相关人员进行处罚，并调整您的联系方式为仅短信。如不满意可点击“申请复核”。",),
    _family("complaint_intake_spoken", "call", "spoken",
            "客户：我要投诉你们那个催收员，态度太差了。\n坐席：好的，我来帮您登记。请问是哪天、哪个号码联系您的？他具体说了什么？\n客户：昨天，说我不还钱就怎么怎么样。\n坐席：明白，我这边会调取录音核实，核实期间该人员不会再联系您，工单号{ref}。",),
    _family("complaint_resolution_letter_waiver", "notice", "letter",
            "投诉处理结果告知书\n{name}：\n经核查，您反映的{date}通话中催收人员言语不当问题属实。我司已对该人员停岗处理。为表歉意，经您同意，减免您账户逾期利息{part}元，剩余欠款{amount}元可按您提出的计划分期偿还。\n{lender}客户服务部",),
    _family("complaint_not_upheld_polite", "notice", "letter",
            "投诉答复\n{name}：\n您反映的重复扣费问题，经核对系两笔不同期次的还款，明细见附件，未发现多扣。如您仍有疑问，可携带银行流水至营业网点核对，或向金融监管部门反映，我司将积极配合。\n{lender}",),
    _family("complaint_frequency_adjusted_im", "app", "app",
            "{name}您好{emoji} 您反映来电太多的问题收到了，已经给您调整为每周最多联系一次，只在工作日白天。给您带来的困扰真的很抱歉{emoji2}",),
    _family("complaint_escalation_explained", "sms", "sms_template",
            "【{brand}】您对投诉处理结果不满意的，可申请二次复核，或向当地金融消费纠纷调解组织申请调解，也可向金融监管部门投诉。复核电话{hotline}。",),
)

FAMILIES_PART_ONE: tuple[Family, ...] = (
    _FINAL_NOTICES + _LEGAL_PROCEDURE + _VISITS + _THIRD_PARTY + _EDUCATION + _ANGRY_CUSTOMERS + _COMPLAINTS
)

_RESTRUCTURING = (
    _family("debt_restructuring_agreement", "notice", "letter",
            "债务重组协议（摘要）\n债权人：{lender}\n债务人：{name}\n一、截至{date}，债务人尚欠本金{amount}元；二、债权人同意免除逾期罚息，剩余本金分{months}期偿还，每期{part}元；三、债务人按期履行期间，债权人不再计收罚息、不进行电话催收；四、债务人连续两期未履行的，双方可重新协商。\n双方签字（盖章）",),
    _family("income_assessment_questionnaire", "app", "app",
            "{name}您好，{brand}还款能力评估（约〔2|3〕分钟）：1.您目前的月收入大约多少？2.每月必要支出（房租、医疗、子女教育）多少？3.您希望每月还款多少？我们会根据您的实际情况推荐方案，不会强求超出能力的金额。",),
    _family("rate_reduction_offer_sms", "sms", "sms_template",
            "【{brand}】{name}，经评估，您符合困难客户帮扶条件，剩余欠款{amount}元可申请降低利率并延长至{months}期，每期约{part}元。有意请于{due}前回复“帮扶”或致电{hotline}。",),
    _family("small_business_deferral_notice", "notice", "formal",
            "延期还本付息告知书\n{name}：\n鉴于您经营的个体工商户受市场影响经营困难，经审核，我行同意您的贷款本金延期至{due}偿还，延期期间按原合同利率计息，不计罚息，不下调征信分类。\n{lender}",),
    _family("medical_hardship_documents", "sms", "sms_template",
            "【{brand}】{name}，办理疾病困难延期只需提供以下任一材料：住院证明、诊断书或医疗费用票据，拍照上传至App“帮扶申请”即可，审核期间暂停催收。",),
    _family("low_income_relief_call", "call", "spoken",
            "客户：我现在吃低保，真没钱还。\n坐席：{mr}，这个情况我们有专门的帮扶政策。您提供一下低保证明，我们可以申请停息，本金按您能承受的金额慢慢还，哪怕每月几十块都可以。\n客户：真的啊？\n坐席：是的，我把材料清单发您。",),
    _family("personal_bankruptcy_info", "app", "app",
            "知识问答：问：我听说有个人破产制度？答：目前个人破产制度仅在少数地区试点，是否适用需由当地人民法院依法审查。如您负债压力较大，也可以先与{brand}协商分期或减免，电话{hotline}。",),
    _family("restructure_spoken_negotiation", "call", "spoken",
            "坐席：{mr}，您的情况我跟领导申请过了，可以给您减免罚息{part}元，本金{amount}分{months}期，第一期{due}还，您看这个方案能接受吗？\n客户：能不能再少点？\n坐席：我理解，那我再帮您申请一下每期金额降低，明天给您回复，行吗？\n客户：行。",),
    _family("restructure_failed_reoffer", "sms", "sms_template",
            "【{brand}】{name}，您的分期计划有两期未按时还款。我们理解您可能遇到了新的困难，您可以申请重新调整计划，请于{due}前联系{hotline}，我们会尽量帮您。",),
    _family("unemployment_insurance_tip", "call", "spoken",
            "客户：我刚失业，还在领失业金。\n坐席：{mr}，那您先顾好生活。我们可以给您办{months}个月的延期，这期间不计罚息。您找到工作以后再跟我们联系，定一个新的还款计划。",),
    _family("hardship_letter_of_reply", "notice", "letter",
            "关于您困难帮扶申请的答复\n{name}：\n您于{date}提交的还款困难说明及证明材料已审核通过。我司同意：暂停计息{months}个月；暂停期满后本金{amount}元按每月{part}元偿还。暂停期间我司不进行催收联系。祝您早日渡过难关。\n{lender}",),
    _family("student_graduate_deferral", "sms", "sms_template",
            "【{brand}】{name}同学，毕业季求职不易。若您尚未就业，可申请助学贷款延期还本，延期期间利息按规定执行，不影响征信。申请入口：App“助学服务”。",),
)

_OBLIGORS = (
    _family("guarantor_obligation_notice", "notice", "formal",
            "履行保证责任通知书\n{guarantor}：\n您于{date}与我行签订保证合同，为借款人{name}的借款提供连带责任保证。现借款人逾期未还，尚欠本息{amount}元。依照保证合同及《民法典》相关规定，请您在保证范围内于{due}前履行保证责任。如有异议，请在收到本通知后15日内书面提出。\n{lender}",
            to="third_party"),
    _family("guarantor_period_explained", "call", "spoken",
            "坐席：您好，请问是{guarantor}吗？我是{brand}的{agent}，工号{agent_no}，想跟您沟通一下您作为保证人的那笔借款。\n客户：我只是给他做了担保，凭什么找我？\n坐席：{mr}，您签的是连带责任保证合同，合同约定借款人到期不还时，保证人要在保证范围和保证期间内承担责任，这是合同和法律规定的。您对金额有疑问，我们把借款人的还款明细和合同复印件给您核对。",
            to="third_party"),
    _family("co_borrower_notice_sms", "sms", "sms_template",
            "【{brand}】{name}，您作为共同借款人签署的借款合同（尾号{tail}）本期应还{amount}元已逾期，依合同约定共同借款人对该笔借款共同承担还款责任，请尽快还款或联系{hotline}。",
            to="third_party"),
    _family("insurer_subrogation_notice", "notice", "formal",
            "代位追偿通知书\n{name}：\n您投保的个人借款履约保证保险项下，因您未按期还款，{insurer}已于{date}向出借人赔付{amount}元。依照《保险法》第六十条，我司在赔偿金额范围内取得代位求偿权。请于{due}前向我司归还上述款项，如有困难可申请分期，电话{hotline}。\n{insurer}",),
    _family("guarantee_company_recourse", "sms", "sms_template",
            "【{guarantee_co}】{name}，因您的借款逾期，我司已依担保合同向出借人代偿{amount}元，依法取得追偿权。请于{due}前向我司还款，协商电话{hotline}。",),
    _family("collateral_by_court_only", "notice", "formal",
            "抵押权实现告知书\n{name}：\n您以名下房产为借款提供抵押担保。借款已逾期{days}天。如协商不成，我行将依法向人民法院申请实现担保物权，由法院依法拍卖、变卖抵押财产，我行不会自行处置您的房产。\n{lender}",),
    _family("guarantor_call_spoken", "call", "spoken",
            "坐席：您好，请问是{guarantor}吗？我是{lender}的{agent}。您是{name}那笔借款的连带责任保证人，借款人目前逾期了{days}天，按照您签的保证合同，想跟您沟通一下保证责任的事，您方便吗？\n客户：我得先问问他。\n坐席：可以的，合同复印件我们可以寄给您核对。",
            to="third_party"),
    _family("insurance_claim_before_pay_sms", "sms", "sms_template",
            "【{insurer}】{name}，您的借款保证保险保单（尾号{tail}）项下借款已逾期{days}天。如{due}前仍未还款，我司将依保险合同向出借人理赔，理赔后将依法向您追偿。还款请通过出借人官方渠道。",),
    _family("co_borrower_spouse_explained", "call", "spoken",
            "客户：我爱人又没签字，你们凭啥找〔她|他〕？\n坐席：{mr}，您说得对，您爱人没有作为共同借款人或保证人签字，我们不会向您爱人主张还款，也不会联系您爱人。这笔借款由您本人负责。",),
    _family("guarantor_release_letter", "notice", "letter",
            "保证责任解除函\n{guarantor}：\n您为{name}借款提供的保证，因主债务已于{date}全部清偿，保证责任自动解除。特此函告。\n{lender}",
            to="third_party"),
    _family("car_loan_gps_lawful", "app", "app",
            "车贷提示：依据抵押合同，您的车辆已办理抵押登记，抵押权人为出借机构。如长期逾期，我司将通过诉讼或实现担保物权程序依法处理，不会私自拖车或扣车。有困难请及时申请展期。",),
    _family("guarantor_wants_to_pay_guidance", "call", "spoken",
            "坐席：您好，{brand}客服{agent}，请问有什么可以帮您？\n客户：我是保证人，我想先替他还一部分。\n坐席：{mr}，可以的，您作为保证人承担责任后，依法可以向借款人追偿。还款请只通过{brand}对公账户，备注借款合同尾号{tail}，我们会出具收据。",
            to="third_party"),
)

_FAMILY_AND_FESTIVALS = (
    _family("school_start_budget_tip", "sms", "sms_template",
            "【{brand}】开学季家庭开销大，如本月资金紧张，可在App申请调整还款日或分期。祝孩子新学期学习进步！",),
    _family("mothers_day_greeting", "sms", "sms_template",
            "【{brand}】母亲节快乐！愿天下妈妈健康平安。{name}，别忘了给{relation}打个电话哦。",
            "【{brand}】父亲节到了，祝您和家人安康。温馨提示：您本期账单{due}到期，可提前设置自动还款。"),
    _family("spring_festival_travel_safety", "sms", "sms_template",
            "【{brand}】春运返乡，祝您一路平安、阖家团圆！假期还款可在App操作，如遇困难请致电{hotline}，我们年后再商量也可以。",),
    _family("gaokao_wishes", "app", "app",
            "{brand}祝所有考生金榜题名！家里有考生的客户，如本月需要资金周转，可申请延后还款日3天，不计逾期。",),
    _family("new_baby_congrats_call", "call", "spoken",
            "客户：我家这周刚添了孩子，我在医院陪着。\n坐席：恭喜恭喜！大人孩子平安最重要。还款的事不急，我给您备注下周再联系，您先照顾好家里。\n客户：谢谢理解。",),
    _family("double_ninth_elderly_care", "sms", "sms_template",
            "【{brand}】重阳节，愿您和家中老人身体健康、平安喜乐。天气转凉，出行注意保暖。",),
    _family("wedding_congrats_plan", "call", "spoken",
            "客户：我下个月结婚，手头实在紧。\n坐席：先恭喜您！结婚开销大我们理解，您看把这期延到婚后，{due}再还可以吗？我帮您申请。\n客户：那太好了。",),
    _family("family_hospital_pause_sms", "sms", "sms_template",
            "【{brand}】{name}，得知您家人住院，我们已为您的账户暂停提醒至{due}，祝家人早日康复。如需延期请随时联系{hotline}。",),
    _family("lantern_festival_im", "app", "app",
            "{name}，元宵节快乐{emoji} 祝您和家人团团圆圆！您的分期这个月按时还上了，给您点个赞{emoji2}",),
    _family("year_end_bonus_plan", "call", "spoken",
            "坐席：{mr}，快过年了，提前祝您和家里人新年快乐。您之前说年终奖发了以后还款，想问问大概什么时候，我好给您登记，不着急哈。\n客户：春节前吧。\n坐席：好的，那我登记春节前。",),
)

_PRODUCT_NAMES = (
    _family("product_loan_disbursed", "app", "app",
            "{item}放款成功：{amount}元已到账尾号{tail}的银行卡，首期还款日{due}。请合理使用资金，按时还款。",),
    _family("product_renamed_notice", "sms", "sms_template",
            "【{brand}】通知：“{product}”自{date}起更名为“{item}”，您的借款合同、账单和还款方式均不变。",),
    _family("product_discontinued", "app", "app",
            "{item}服务调整：自{date}起暂停新增借款，已有借款按原合同正常还款，不受影响。",),
    _family("product_interest_coupon_current", "app", "app",
            "{item}按时还款福利：您已连续{months}期按时还款，获得一张利息优惠券，下次借款可用，有效期30天。",),
    _family("product_name_in_overdue_letter", "notice", "formal",
            "还款通知书\n{name}：\n您在“{item}”项下的借款已逾期{days}天，应还{amount}元。请登录{item}App或致电{hotline}处理。\n{lender}",),
    _family("product_bill_split_explained", "app", "app",
            "{item}账单说明：本期账单{amount}元=本金{part}元+利息，可选择账单分期，分期手续费以页面展示为准，请量力而行。",),
    _family("product_agent_clarifies_name", "call", "spoken",
            "客户：{item}到底是你们哪个公司的？\n坐席：{item}是{lender}运营的产品，您在{item}的借款由我们提供服务，合同里写着出借人名称，您可以在App“我的合同”里查看。",),
    _family("product_quota_closed_overdue", "sms", "sms_template",
            "【{brand}】因账户逾期，您的{item}额度已关闭。结清欠款{amount}元后可重新申请，审批以届时评估为准。",),
    _family("product_repay_reminder_with_name", "sms", "sms_template",
            "【{brand}】{item}提醒：{name}，您借的{amount}元于{due}到期，可在{item}首页“还款”中一键还款。",
            "【{brand}】您在{item}的第{months}期账单{amount}元已出，还款日{due}。"),
)

_APP_NOTIFICATIONS = (
    _family("mini_program_subscription_msg", "app", "app",
            "还款提醒\n账单金额：{amount}元\n还款日期：{due}\n产品名称：{item}\n温馨提示：点击进入小程序完成还款，如有困难可申请协商。",),
    _family("official_account_template_msg", "app", "app",
            "您好，您有一笔账单已逾期。\n借款编号：尾号{tail}\n逾期天数：{days}天\n待还金额：{amount}元\n备注：逾期信息将依规报送征信，如需协商请点击详情。",),
    _family("push_short_overdue", "app", "app",
            "【逾期提醒】{item}账单已逾期{days}天，待还{amount}元，点击处理>",
            "账单逾期｜待还{amount}元｜逾期会影响信用，尽早处理更安心"),
    _family("e_contract_sign_reminder", "app", "app",
            "您的分期还款协议待签署：共{months}期，每期{part}元。请在{due}前完成电子签名，签署后协议生效，罚息同步停止计收。",),
    _family("id_expiry_update", "app", "app",
            "{name}，您的身份证件有效期将于{date}到期，请在{brand}App“账户安全”中更新证件信息，以免影响正常还款。",),
    _family("message_center_collection_transfer", "app", "app",
            "消息中心｜账户通知：因逾期{days}天，您的账户已委托{agency}协助催收，受托机构不会要求向个人账户转账。查看委托关系>",),
    _family("push_litigation_warning_lawful", "app", "app",
            "重要提醒：您的账户已严重逾期{days}天，待还{amount}元，我司正在评估是否通过诉讼途径解决。提交还款计划可暂缓评估，去协商>",),
    _family("repay_plan_calendar", "app", "app",
            "还款日历：{due}应还{part}元（第1期/共{months}期）。设置还款提醒后，我们会在还款日前一天通知您。",),
    _family("bank_card_unbind_blocked", "app", "app",
            "您尾号{tail}的银行卡为当前借款的还款卡，结清{amount}元后方可解绑，或先绑定新的还款卡。",),
    _family("push_hardship_entry", "app", "app",
            "遇到困难别独自扛｜{item}帮扶通道已开启：失业、疾病、家庭变故可申请延期或分期，提交后48小时内答复。",),
)

_ROBOT_SCRIPTS = (
    _family("robot_recording_consent", "call", "robot_script",
            "坐席：您好，这里是{brand}智能客服，本次通话将被录音用于服务质量管理。关于您{item}的账单，请问您是{name}本人吗？是请说“是”，不是请说“不是”。",),
    _family("robot_not_debtor_ends", "call", "robot_script",
            "坐席：您好，请问您是{mr}吗？\n第三方：不是。\n坐席：好的，抱歉打扰您，本次来电结束，祝您生活愉快。",),
    _family("robot_are_you_a_robot", "call", "robot_script",
            "坐席：您好，{brand}提醒您本期账单{amount}元已逾期{days}天。\n客户：你是机器人吗？\n坐席：是的，我是{brand}的智能语音助手。如需人工服务请说“人工”，我为您转接。",),
    _family("robot_no_money_transfer", "call", "robot_script",
            "坐席：您好，这里是{brand}，您的借款待还{amount}元，请问今天能还款吗？\n客户：我没钱。\n坐席：了解，如您暂时有困难，可以申请分期或延期。为您转接人工顾问，请稍候。",),
    _family("robot_pre_litigation_mediation", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款纠纷可以申请调解，调解由依法设立的{mediation}组织，自愿免费。如您同意调解，请按1；了解详情请按2；协商还款请按3。",),
    _family("robot_plan_due_tomorrow", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的分期还款计划第{months}期{part}元明天到期，请确保还款卡余额充足。感谢您一直以来按约还款，再见。",),
    _family("robot_voicemail", "call", "robot_script",
            "坐席：您好，这里是{brand}客户服务中心的语音留言，关于您账户的事宜需要与您本人沟通，请在工作日9点到18点回电{hotline}。谢谢。",),
    _family("robot_final_stage_options", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款严重逾期{days}天，账户即将委托第三方催收机构。如现在还款请按1，申请协商请按2，已还款请按3，对欠款有异议请按4。",),
    _family("robot_promise_broken_gentle", "call", "robot_script",
            "坐席：您好，这里是{brand}。您此前承诺{date}还款，目前尚未到账。如已还款请忽略；如遇到困难，请按1与人工客服重新商定时间。",),
    _family("robot_quiet_hours_respect", "call", "robot_script",
            "坐席：您好，这里是{brand}。根据您的设置，我们仅在{weekday}{time}联系您。本次提醒：您待还{amount}元，可在App还款。如需修改联系时间请按9。",),
)

_IM_REPLIES = (
    _family("im_manager_plan_emoji", "app", "app",
            "{name}您好{emoji} 我是您的专属客户经理{agent}～您这个月的分期{part}元{due}到期哦，方便的时候在App里还一下就行，有困难随时跟我说{emoji2}",),
    _family("im_reply_to_angry_emoji", "app", "app",
            "非常理解您的心情{emoji} 催得太急是我们做得不好，以后我只在您方便的时间联系您。您看这个月能先还{part}吗？不行的话我们再调{emoji2}",),
    _family("im_plan_confirmed_check", "app", "app",
            "✅ 方案已提交：欠款{amount}元分{months}期，每期{part}元，首期{due}。审批结果今天下班前告诉您{emoji}",),
    _family("im_taobao_style", "app", "app",
            "亲～您的{item}账单已逾期{days}天啦，待还{amount}元哦～如果暂时周转不开，可以点这里申请分期呢{emoji}",),
    _family("im_thanks_after_payment", "app", "app",
            "收到您的还款{amount}元啦{emoji} 账户已恢复正常，谢谢{mr}的信任！有需要随时找我{emoji2}",),
    _family("im_no_judgement_reply", "app", "app",
            "{mr}，谁都有难的时候，不用不好意思{emoji} 您把收入情况大概跟我说一下，我帮您算一个压力小一点的方案。",),
    _family("im_identity_verify_first", "app", "app",
            "{name}您好{emoji} 我是{brand}在线客服{agent}，为了保护您的账户信息，麻烦先在App内完成实名验证，验证后我再跟您沟通账单细节哈。",),
    _family("im_consequence_soft_firm", "app", "app",
            "{mr}，跟您说实话{emoji} 逾期再拖下去，征信记录会比较难看，罚息也会一直算。我是真心希望您早点安排，哪怕先还一部分也好，您看呢？",),
    _family("im_holiday_no_disturb", "app", "app",
            "{festival}假期我们不打电话打扰您啦{emoji} 假期后{date}再跟您确认还款安排，祝您和家人节日快乐{emoji2}",),
    _family("im_declines_personal_transfer", "app", "app",
            "{mr}，您说想转到我个人微信上，这个真不行哈{emoji} 还款只能走{brand}官方App或对公账户，这样对您才有保障。",),
)

_LAWYER_AND_LEGAL_LETTERS = (
    _family("lawyer_letter_pre_mediation", "notice", "letter",
            "律师函\n{name}：\n{lawfirm}依法接受{lender}委托，指派{lawyer}（执业证号：{licence}）就借款合同纠纷致函。经核，截至{date}，您尚欠本息{amount}元。委托人愿意通过调解解决争议，建议您于{due}前与委托人或{mediation}联系。协商不成的，委托人将依法向人民法院起诉，诉讼费用的负担以法院裁判为准。本函不影响您依法享有的任何抗辩权利。\n{lawfirm}\n{date}",),
    _family("lawyer_letter_to_guarantor", "notice", "letter",
            "律师函\n致：{guarantor}\n本所受{lender}委托，由{lawyer}（执业证号{licence}）承办。您为借款人{name}提供连带责任保证，借款人现逾期未还本息{amount}元。依据保证合同约定，请您于{due}前与委托人联系履行保证责任事宜。如您认为保证已过期间或存在其他抗辩事由，请书面提出。\n{lawfirm}",
            to="third_party"),
    _family("lawyer_settlement_witness", "notice", "letter",
            "律师见证书\n{lawfirm}接受{lender}委托，指派{lawyer}（执业证号{licence}）于{date}见证{lender}与{name}签署《分期还款协议》。经见证，双方系自愿签署，协议约定欠款{amount}元分{months}期偿还。\n见证律师：{lawyer}\n{lawfirm}",),
    _family("lawyer_litigation_agent_notice", "notice", "letter",
            "告知函\n{name}：\n{lawfirm}受{lender}委托，担任其诉您借款合同纠纷一案的诉讼代理人，承办律师{lawyer}，执业证号{licence}。本案已向{court}提交起诉材料，立案与否及后续程序以法院通知为准。诉讼期间委托人仍愿意和解，您可联系本所或委托人。\n{lawfirm}\n{date}",),
    _family("lawyer_rebuttal_letter", "notice", "letter",
            "复函\n{name}：\n本所律师{lawyer}（执业证号{licence}）受{lender}委托，对您{date}来函回复如下：一、您主张的已还款项{part}元已在欠款中扣除；二、合同利率未超过法定上限；三、剩余欠款{amount}元，明细附后。如仍有争议，双方均可依法通过诉讼解决。\n{lawfirm}",),
    _family("lawyer_call_verify_licence", "call", "spoken",
            "坐席：您好，是{mr}吗？我是{lawfirm}的{lawyer}，执业证号{licence}，受{lender}委托跟您联系。您可以先挂断，到司法行政机关的律师执业信息查询平台核实我的身份，再打回所里电话{hotline}。\n客户：那我先查一下。\n坐席：好的，不着急。",),
    _family("in_house_counsel_letter", "notice", "letter",
            "法律事务函\n{name}：\n本函由{lender}法律事务部出具（本部门非律师事务所）。您的借款逾期{days}天，欠款{amount}元。我司提示：如协商不成，我司将委托律师依法起诉；您亦可委托律师与我司沟通。联系人：{agent}，电话{hotline}。\n{lender}法律事务部",),
    _family("debt_transfer_via_lawyer", "notice", "letter",
            "债权转让通知\n{name}：\n根据{lender}的委托，{lawfirm}{lawyer}（执业证号{licence}）通知如下：{lender}已将其对您的债权（本息{amount}元）转让给{agency}，依照《民法典》第五百四十六条，自本通知到达之日起对您发生效力。您对原债权人的抗辩，可以向受让人主张。\n{lawfirm}",),
    _family("legal_aid_referral", "sms", "sms_template",
            "【{brand}】{name}，如您对欠款或诉讼程序有疑问，可拨打12348公共法律服务热线免费咨询，也可委托律师与我们沟通。协商电话{hotline}。",),
)

_SPOKEN_NOISY = (
    _family("asr_final_notice_call", "call", "spoken",
            "坐席：呃喂您好 请问是{mr}吗 我这边是{brand}的 那个就是说您这个账单呢已经严重逾期了 {days}天了 然后公司这边呢就是到{due}还没处理的话 会转到委托的催收机构那边 这个跟您说一下\n客户：哦 那我尽量\n坐席：好的好的 您要是有困难的话可以申请分期的 嗯",),
    _family("asr_hardship_agent", "call", "spoken",
            "客户：我这个月真的没钱 老婆住院了\n坐席：啊 这样啊 那个您先照顾好家里 呃我这边给您申请一下延期 就是说{months}个月之内不用还本金 您看行不\n客户：行 谢谢啊",),
    _family("asr_lawful_visit_confirm", "call", "spoken",
            "坐席：喂{mr}您好 我是{brand}的{agent} 就是跟您确认一下 咱们约的那个{weekday}{time}面谈 对 两个同事 带工作证的 您要是不方便呢 随时改 没关系的\n客户：嗯可以",),
    _family("asr_credit_question", "call", "spoken",
            "客户：那个我问一下哈 逾期了是不是就上黑名单了\n坐席：呃不是黑名单哈 就是征信上会有逾期记录 如实记录的 然后您还清了以后呢会显示结清 那个不会影响孩子什么的 您放心",),
    _family("asr_third_party_callback", "call", "spoken",
            "坐席：喂你好 请问{mr}在吗\n第三方：不在 你哪位\n坐席：呃我是{he}的一个业务联系人 姓{surname} 就是麻烦您 那个 方便的话让{he}回个电话 号码是{hotline} 嗯 谢谢您",),
    _family("asr_lawsuit_explanation", "call", "spoken",
            "坐席：{mr} 呃我跟您讲一下 就是说如果一直协商不了的话 公司是有可能起诉的 起诉的话是法院来判 然后您也可以去答辩 不是说我们说了算 现在呢还是协商阶段 您看每个月能还多少\n客户：{part}吧",),
    _family("asr_agent_apology_misconduct", "call", "spoken",
            "坐席：{mr}您好 呃我是{brand}的质检专员 就是您反映的那个 上周我们同事说话不当的问题 我们核实了 确实是他不对 跟您道个歉 那个人已经不跟您这个案子了",),
    _family("dialect_henan_plan", "call", "dialect",
            "坐席：{mr}，我是{brand}嘞客服，恁那账单逾期{days}天了，咱商量商量中不中？\n客户：中，就是一下拿不出恁些钱。\n坐席：那中，分{months}期，一个月{part}，恁看中不中？\n客户：中。",),
    _family("dialect_shanghai_reminder", "call", "dialect",
            "坐席：{mr}侬好，阿拉是{brand}客服，侬个账单{due}到期，{amount}块，覅忘记还哦。\n客户：晓得了。\n坐席：好额，谢谢侬，再会。",),
    _family("dialect_cantonese_final_notice", "call", "dialect",
            "坐席：{mr}，你嗰笔借款已经逾期{days}日，我哋{due}之前都搵唔到你还款嘅话，公司会交俾委托嘅催收机构跟进，亦都会报征信。你有困难可以同我讲，我哋可以倾分期。\n客户：我谂下先。\n坐席：好，唔该你。",),
    _family("dialect_dongbei_guarantor", "call", "dialect",
            "坐席：喂，是{guarantor}大姐不？我{brand}的{agent}，跟您唠唠{name}那笔借款担保的事。\n客户：我就是给他担个保，咋还找上我了呢？\n坐席：大姐，您那保证合同上签的是连带责任，借款人不还，按合同您得在担保范围里担着，这是合同上写的。您要觉得金额不对，咱把明细给您寄过去，您好好瞅瞅。",
            to="third_party"),
    _family("dialect_sichuan_visit_consent", "call", "dialect",
            "坐席：{mr}，你电话头说不清楚的话，我们同事可以过来当面摆一哈，时间地点你定，你不愿意的话我们就电话头说，要得不？\n客户：电话头说嘛。\n坐席：要得嘛。",),
)

_TRADITIONAL_TEXTS = (
    _traditional("hk_overdue_reminder", "sms", "sms_template",
                 "【{brand}】{name}阁下，阁下之贷款账户（尾号{tail}）已逾期{days}日，欠款{amount}元。敬请于{due}前还款，如有疑问请致电{hotline}。如已还款，请忽略此讯息。",),
    _traditional("tw_collection_agency_notice", "notice", "formal",
                 "委外催收通知\n{name}君：\n台端于本公司之帐款已逾期{days}日，本公司已委托{agency}办理催收。催收人员将出示识别证，并于上午八时至晚间九时间联系，不会向第三人透露台端之债务。如对催收行为有意见，请洽本公司申诉专线{hotline}。\n{lender}",),
    _traditional("hk_final_demand_letter", "notice", "letter",
                 "最后还款通知\n{name}先生/女士：\n本公司已多次提醒阁下清还欠款{amount}元，惟至今仍未收到还款。请于{due}前清还或与本公司商讨还款安排。逾期未处理者，本公司将保留采取法律行动追讨欠款之权利，所涉讼费以法院裁决为准。\n{lender}谨启",),
    _traditional("tw_consumer_debt_negotiation", "sms", "sms_template",
                 "【{brand}】{name}您好，如您还款有困难，可申请前置协商，我们将依您的收入状况规划分期方案，不收任何手续费。洽询专线{hotline}。",),
    _traditional("hk_scam_warning", "sms", "sms_template",
                 "【{brand}】提提你：本公司职员不会要求阁下将款项存入私人户口，亦不会以警方或法庭名义致电追款。如有怀疑，请致电{hotline}核实或报警求助。",),
    _traditional("tw_agent_call_courteous", "call", "spoken",
                 "坐席：您好，请问是{mr}吗？我是{brand}的帐务专员{agent}，这通电话会录音。您的帐款已逾期{days}天，金额{amount}元，想跟您确认一下还款安排，请问现在方便吗？\n客户：我月底才有钱。\n坐席：好的，没问题，我帮您登记月底，谢谢您。",),
    _traditional("hk_festival_greeting", "sms", "sms_template",
                 "【{brand}】{festival}将至，祝阁下及家人身体健康、万事胜意！温馨提示：本月还款日为{due}。",),
    _traditional("tw_lawful_legal_explained", "app", "app",
                 "〔常见问题|{brand}小学堂|{name}您好〕：欠款未还会被关吗？不会。借贷属民事纠纷，债权人仅能依法向法院声请支付命令或起诉，取得执行名义后才能声请强制执行，催收人员不得恐吓或骚扰您。〔如有疑问请洽{hotline}。|〕",),
    _traditional("hk_third_party_callback", "call", "spoken",
                 "坐席：你好，请问{mr}喺唔喺度？\n第三方：佢唔喺度，你係邊個？\n坐席：我係客戶服務中心嘅職員，有啲私人事務需要同佢本人確認，麻煩你叫佢得閒回覆電話{hotline}，唔該晒。",),
    _traditional("tw_complaint_reply_letter", "notice", "letter",
                 "申诉回复函\n{name}君：\n有关台端{date}反映催收人员电话频繁一事，经调阅录音查证属实，本公司已要求受托机构改善，并调整联系频率为每周一次。造成困扰，深感抱歉。\n{lender}客户服务部",),
)

_MORE_VARIETY = (
    _family("credit_objection_process_letter", "notice", "letter",
            "征信异议处理结果告知\n{name}：\n您于{date}提出的征信异议已核查完毕。经核实，{due}的逾期记录系系统扣款失败所致，非您本人原因，我司已向征信中心报送更正信息，预计20日内更新。\n{lender}",),
    _family("asset_management_transfer_sms", "sms", "sms_template",
            "【{brand}】{name}，您名下欠款{amount}元的债权已依法转让给{agency}，后续请向受让方还款。转让不增加您的任何负担，您原有的抗辩权利不受影响。详询{hotline}。",),
    _family("interest_over_cap_refund", "sms", "sms_template",
            "【{brand}】{name}，经复核，您账户中超过法定上限的利息{part}元已予以减免，剩余欠款更新为{amount}元。如有疑问请致电{hotline}。",),
    _family("outsourcing_ended_no_contact", "app", "app",
            "账户通知：您的账户委外期限已于{date}届满，受托机构{agency}已停止联系您。如仍接到其来电，请拨打{hotline}告知。",),
    _family("collector_identity_card_sms", "sms", "sms_template",
            "【{brand}】{name}，近期将由受托机构{agency}工作人员{agent}（工号{agent_no}）与您联系，对方会说明委托方为{brand}。您可在App“委托查询”中核验其身份。",),
    _family("agency_first_call_full_disclosure", "call", "spoken",
            "坐席：您好，请问是{mr}本人吗？\n客户：是。\n坐席：我是{agency}的{agent}，工号{agent_no}，受{lender}委托联系您，本次通话录音。您{item}的借款逾期{days}天，欠款{amount}元。如果您对委托关系有疑问，可以拨{brand}官方客服核实。您看这个怎么安排？",),
    _family("payment_by_family_member_receipt", "sms", "sms_template",
            "【{brand}】{name}，您账户收到一笔代还款{part}元（按您的授权），已入账，剩余待还{amount}元。如非您授权，请立即联系{hotline}。",),
    _family("wage_delay_certificate", "call", "spoken",
            "客户：公司拖欠工资三个月了，我真不是不想还。\n坐席：{mr}，理解，这不是您的问题。您要是能提供欠薪的证明，比如劳动仲裁的受理通知，我们可以给您延期，期间不计罚息。",),
    _family("collection_call_time_window_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。为避免打扰，我们仅在8点至21点间联系您。您的账单待还{amount}元，回拨请拨{hotline}。感谢接听。",),
    _family("stop_calls_written_request_ack", "notice", "letter",
            "回复函\n{name}：\n我司已收到您要求停止电话联系的书面申请。自{date}起，我司及受托机构将仅以书面方式与您沟通欠款事宜，但这不影响我司依法主张债权。\n{lender}",),
    _family("credit_report_copy_guide", "app", "app",
            "〔{brand}提醒|征信小知识|{name}，您好〕：如何查询个人信用报告？您可通过中国人民银行征信中心官网或商业银行网银免费查询，每年有两次免费机会。请勿相信“付费查询”“付费修复”链接。〔对报告有异议可致电{hotline}。|〕",),
    _family("dispute_then_pause_spoken", "call", "spoken",
            "客户：这笔钱我早还了，你们系统有问题吧。\n坐席：{mr}，那我先给您登记异议，暂停催收。麻烦您把还款凭证拍照发到App“异议申请”，核实清楚以后我们给您回复。\n客户：好。\n坐席：核实期间不会再有人催您。",),
    _family("minor_guardian_not_contacted", "call", "spoken",
            "客户：你们会不会找我孩子的学校？\n坐席：不会的，{mr}。我们不会联系您孩子、孩子的学校或老师，您的借款跟孩子没有任何关系，我们只跟您本人沟通。",),
    _family("employer_verification_lawful_refusal", "call", "spoken",
            "客户：你们是不是打过我公司电话？\n坐席：{mr}，我们没有联系过您的单位，也不会联系。如果有人以我们名义联系了您的单位，请告诉我们，我们核查处理。",),
    _family("natural_death_estate_letter", "notice", "letter",
            "致家属函\n{guarantor}：\n惊悉{name}不幸离世，谨致哀悼。依照法律规定，继承人仅在所继承遗产实际价值范围内清偿被继承人的债务，未继承遗产的无需清偿。如需了解相关事宜，请在方便时联系我司{hotline}，我司在此期间暂停一切催收。\n{lender}",),
    _family("military_service_deferral", "sms", "sms_template",
            "【{brand}】{name}，得知您已应征入伍，感谢您为国服役！服役期间可申请延期还款，不计罚息，请家属携入伍通知书复印件联系{hotline}办理。",),
    _family("post_settlement_no_more_contact", "sms", "sms_template",
            "【{brand}】{name}，您的欠款已于{date}结清，委托机构已停止对您的一切联系。如仍接到催收来电，请立即致电{hotline}，我们将追究责任。",),
    _family("audit_recording_request_reply", "app", "app",
            "您申请调取{date}的通话录音已受理，我们将在5个工作日内提供。录音仅向您本人提供，请勿外传以免泄露您的个人信息。",),
    _family("debt_counselling_referral", "call", "spoken",
            "客户：我欠了好几家，都不知道先还哪个。\n坐席：{mr}，理解您压力很大。我们不建议您借新还旧。您可以先列一下各家的欠款和利率，我们这边可以给您做分期，其他家也可以各自去协商，按您的收入来安排。",),
    _family("collection_letter_with_objection_slip", "notice", "formal",
            "还款通知及异议回执\n{name}：\n您的借款截至{date}欠款{amount}元，请于{due}前还款。如对金额有异议，请填写下方回执寄回或拍照上传App，我司收到后15个工作日内答复，答复前暂停催收。\n----异议回执----\n姓名：__ 异议内容：__ 联系电话：__\n{lender}",),
    _family("elderly_debtor_gentle_call", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{brand}的{agent}，您别着急，我说慢一点。您那个账单这个月的{part}块还没还，您看是不是忘了？要不要让家里人帮您在手机上操作，还是您自己去网点？\n客户：我明天去网点。\n坐席：好的，您慢慢来。",),
    _family("deaf_customer_text_channel", "app", "app",
            "{name}您好，根据您登记的听障需求，我们今后只通过短信和在线客服与您沟通，不再电话联系。您的账单待还{amount}元，如需协商可直接在此留言{emoji}",),
)

_COSTS_AND_RESTRICTIONS = (
    _family("litigation_costs_faq", "app", "app",
            "〔常见问题|{brand}法律小课堂〕：问：被起诉后诉讼费谁出？答：案件受理费一般由败诉方负担，部分胜诉的由双方按比例分担，最终以法院判决为准；律师费只有在合同明确约定且法院支持时才由违约方承担。目前您的欠款{amount}元仍可协商。",),
    _family("litigation_costs_spoken", "call", "spoken",
            "客户：你们说起诉了还要我出律师费？\n坐席：{mr}，我说得准确一点：合同里约定了实现债权的费用，但最后诉讼费、律师费由谁承担、承担多少，是法院判决说了算，不是我们定的。现在还没起诉，协商的话这些费用都不会产生。\n客户：那还是协商吧。",),
    _family("litigation_costs_robot", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的借款逾期{days}天，如进入诉讼程序，诉讼费用将依法由法院判定负担方。为避免产生额外费用，建议您尽快协商，协商请按1，转人工请按0。",),
    _family("restriction_order_spoken", "call", "spoken",
            "客户：我听说不还钱就坐不了高铁飞机了？\n坐席：{mr}，那是限制高消费，是法院在执行程序里对不履行生效判决的被执行人采取的措施。您现在的借款没有起诉，更没有判决，不存在限高的问题，我们也没有这个权力。不过拖久了确实可能走到诉讼那一步，所以还是建议早点协商。",),
    _family("restriction_after_judgment_letter", "notice", "formal",
            "执行阶段告知书\n{name}：\n{court}就我司与您借款合同纠纷一案作出的判决已生效，您未在判决确定的期限内履行。我司已依法申请强制执行。执行法院可依法采取查询、冻结财产、限制高消费等措施，是否采取由法院决定。您仍可与我司协商执行和解，电话{hotline}。\n{lender}",),
)

FAMILIES: tuple[Family, ...] = FAMILIES_PART_ONE + (
    _RESTRUCTURING + _OBLIGORS + _FAMILY_AND_FESTIVALS + _PRODUCT_NAMES + _APP_NOTIFICATIONS + _ROBOT_SCRIPTS
    + _IM_REPLIES + _LAWYER_AND_LEGAL_LETTERS + _SPOKEN_NOISY + _TRADITIONAL_TEXTS + _MORE_VARIETY
    + _COSTS_AND_RESTRICTIONS
)


# --- generation ---------------------------------------------------------------------------------------

def _text(family: Family, rng: random.Random) -> str:
    """One filled text: this module's slots first, then lawful.py's `_fill` (its slots, choices, call openings)."""
    extra = _more_slots(rng)
    text = _fill(replace(family, templates=tuple(t.format_map(extra) for t in family.templates)), rng)
    return registers.transform(text, "traditional", rng) if family.name in _TRADITIONAL else text


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


def samples_of(families: Iterable[Family], module: str, rng: random.Random,
               text_of: Callable[[Family, random.Random], str], per_family: int) -> list[dict]:
    """Up to `per_family` distinct samples of each family (filled by `text_of`), in family order, named
    `<module>.<family>`."""
    samples, seen = [], set()
    for family in families:
        count = 0
        for _ in range(per_family * 4):     # slot collisions in small families: bounded retries
            if count == per_family:
                break
            text = text_of(family, rng)
            if text not in seen:
                seen.add(text)
                count += 1
                samples.append(dict(_sample(family, text), family=f"{module}.{family.name}"))
    return samples


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
