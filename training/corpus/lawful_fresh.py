"""Lawful twins of `violations_fresh.py` for the training corpus (`labels: []`).

The same topics said lawfully, so the classifier learns the claim and the speaker rather than the words:

- legal explanations: what the list of dishonest judgment debtors (the "老赖" list) is and who decides it,
  what a court may freeze and when, what overdue loans do and do not lead to;
- judgments and enforcement reported by a court or a newspaper, naming the court truthfully as the speaker;
- anti-fraud warnings that quote what fake courts, police or arbitrators write, and ask only for caution;
- advice against borrowing, selling or mortgaging to repay, with hardship plans offered instead;
- a lender answering a complaint: fewer calls, written contact only, and a lawyer who can be verified.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`). Everything is invented.
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _text

MODULE = "lawful_fresh"
SAMPLES_PER_FAMILY = 14

_LEGAL_EXPLANATIONS = (
    _family("dishonest_list_who_decides", "sms", "sms_template",
            "【{brand}】〔温馨提示|普法提示〕：所谓“老赖”名单，法律上叫失信被执行人名单，由法院决定，针对的是判决生效后有钱不还的人，单纯逾期不会进入该名单。",
            "【{brand}】常见问题：欠款逾期会被列为“老赖”吗？不会直接列入。只有法院判决生效后仍拒不履行，法院才可能将其纳入失信名单。"),
    _family("court_freeze_after_judgment", "app", "app",
            "〔律师说法|法律小课堂|{brand}小课堂〕：〔只有|仅在〕法院判决或调解书生效后，债务人不履行的，债权人才可以申请强制执行，由法院依法决定是否冻结账户，平台自己无权冻结您的工资卡。",
            "问：平台说要冻结我的工资，可以吗？答：不可以。冻结、扣划只能由法院在执行程序中依法决定，贷款机构不能自行冻结或通知单位扣薪。"),
    _family("overdue_not_a_crime", "sms", "sms_template",
            "【{brand}】提示：借款逾期属于民事纠纷，〔不会因此被拘留|不构成犯罪〕；但逾期记录会报送征信，〔影响后续贷款|可能影响您的信用〕，请〔合理安排还款|及时与我们协商〕。",
            "【{brand}】关于逾期的几点说明：逾期会产生罚息并上报征信；我司可能依法起诉，是否判决由法院决定；您的家人无须替您还款。"),
    _family("children_not_affected_faq", "app", "app",
            "〔问|网友提问〕：欠网贷会影响孩子上学或政审吗？答：〔普通逾期不会|民事欠款本身不会〕影响子女入学。只有被法院列入失信名单的，子女就读高收费私立学校才会受限。",
            "〔律师解答|普法〕：父母欠款是父母的民事责任，〔不会|并不会〕让孩子的学籍、升学或考公受到影响，催收方以此相威胁属于违规。"),
    _family("arbitration_how_it_works", "notice", "formal",
            "仲裁小知识：仲裁委员会只处理当事人约定提交仲裁的纠纷，〔受理后会依法送达通知|送达通知书有正规程序〕，不会替任何一方催收欠款，也不会让当事人向个人账户还款。",
            "{outlet}讯 {city}仲裁委员会提醒：本会〔受理的|审理的〕金融借款案件，裁决由仲裁庭依法作出，本会工作人员不会通过电话要求当事人还款。"),
)

_JUDGMENTS_REPORTED = (
    _family("judgment_collector_convicted", "notice", "formal",
            "{outlet}讯 {court}近日〔审结|公开宣判〕一起催收案：被告人以法院名义发送假冒通知、辱骂借款人，以寻衅滋事罪被判处有期徒刑。法官提醒，债务人的合法权益受法律保护。",
            "【以案释法】{court}判决：某催收公司员工冒充律师、恐吓借款人，构成寻衅滋事罪。法院同时提示，借款人也应依法履行还款义务。"),
    _family("court_sms_truthful_service", "sms", "sms_template",
            "【{brand}】{name}您好，我司已就您的借款向{court}提起诉讼，法院的开庭通知将由法院依法送达，请以法院文书为准；诉讼期间您仍可与我司协商，电话{hotline}。",
            "【{brand}】{name}您好，{court}已作出判决，判决书由法院送达。如您希望分期履行，可联系我司{hotline}协商。"),
)

_FRAUD_WARNINGS = (
    _family("warning_quotes_fake_police", "sms", "sms_template",
            "【{brand}】反诈提醒：近期有人冒充“派出所”“公安分局”发短信，称“你的网贷已被报案”并让您联系某“专员”。公安机关不会替平台催款，请勿理会，必要时拨打110核实。",
            "【{city}反诈中心】提醒：收到署名公安、检察院、仲裁委的短信要求还网贷或转账的，均为冒用名义，请勿回电，及时举报。"),
    _family("warning_quotes_fake_lawyer", "app", "app",
            "〔{brand}提醒|律师提醒〕：有些催收人员自称“代理律师”“法务律师”，您可以要求对方提供执业证号，并在律师执业信息平台查询；查不到的，可向监管部门投诉。",
            "〔温馨提示|小贴士〕：真正的律师函会写明律所、承办律师和执业证号；仅署名“催收专员”的所谓律师函不具有法律效力。"),
    _family("warning_quotes_fake_enforcement", "sms", "sms_template",
            "【{brand}】提示：法院不会打语音电话让您按键转接法官，也不会在APP消息里让您找法官还款，遇到此类信息请通过12368核实。",
            "【{brand}】防骗：任何“执行通知”“逮捕令”图片都可能是伪造的，请通过人民法院官方渠道核实，不要向陌生账户转账。"),
)

_ADVICE_AND_REPLIES = (
    _family("advice_no_car_or_house", "call", "spoken",
            "坐席：您刚才说想把车卖了还款，我们〔不建议|不希望〕您为了还款变卖生活必需品。\n客户：那怎么办？\n坐席：您可以申请延期或者分期，每期少还一点。",
            "坐席：房子抵押出去还网贷风险很大，〔我们不建议您这么做|千万别这么做〕。\n客户：嗯。\n坐席：我们可以帮您申请{months}期还款方案。"),
    _family("advice_no_new_loans_app", "app", "app",
            "〔您好|{name}您好〕，请不要为了还我们的款去其他平台借新贷，以贷养贷只会越滚越多。您有困难可以申请分期或减免罚息。",
            "{brand}提醒：〔切勿|请勿〕向亲友或其他网贷平台借钱还款，我们可以为您调整还款计划。"),
    _family("reply_contact_by_mail_only", "notice", "letter",
            "主题：关于联系方式的回复\n{name}您好：\n来信收悉。按您的要求，此后我们〔只以书面方式|仅以邮件〕与您沟通，不再给您或您的家人打电话。如需协商还款，请回复本邮件。\n{brand}客户服务部",
            "主题：Re: 投诉处理结果\n{name}您好：\n经核查，我司已暂停对您的电话提醒，后续仅向您本人发送书面通知。感谢您的反馈。\n{brand}"),
    _family("lawyer_letter_verifiable", "notice", "letter",
            "律师函\n致{name}：\n{lender}委托本所与您联系欠款一事。请您在本函送达后半个月内与委托人商定还款安排；如协商不成，委托人可能依法提起诉讼。\n{lawfirm}　{lawyer}（执业证号{licence}）",
            "律师函\n{name}：\n受{lender}委托，本所律师{lawyer}（执业证号{licence}）特函告：您尚欠借款本息{amount}元，请与委托人联系协商；本函不构成对您的任何处罚。\n{lawfirm}"),
)

FAMILIES: tuple[Family, ...] = _LEGAL_EXPLANATIONS + _JUDGMENTS_REPORTED + _FRAUD_WARNINGS + _ADVICE_AND_REPLIES


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
