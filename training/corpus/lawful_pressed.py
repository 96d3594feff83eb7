"""Lawful hard negatives beside `violations_pressed.py` (`labels: []`): the same senders and recipients, lawfully.

The classifier alone flagged lawful texts on the released sets B–K and the fresh batch wording_dev_y where they share
words with pressure on third parties or with an authority's demand (read by family, never copied: every text here
is written anew, everything invented):

- a lender's reply that records a wish not to be called, or not to be visited, and says what it will do instead;
- a court's own assistance notice to an employer (协助执行通知书), a regulator's or a township mediation office's
  own voice that collects nothing and asks no one to repay a lender;
- relatives who offer to help, answered by a collector that leaves it to the family and discloses nothing;
- a lender that tells the debtor which contacts it will never call, and a contact removed on request;
- a police unit's own bulletin or reply about a collector it dealt with.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`).
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _text

MODULE = "lawful_pressed"
SAMPLES_PER_FAMILY = 14

_WISHES_RECORDED = (
    _family("contact_wish_recorded_email", "email", "formal",
            "主题：Re: 停止来电的申请\n{name}：\n来信收悉。自即日起我们把您的账户改为书面联系，电话外呼已关闭；还款安排有变化时，请直接给这个地址写信。\n{brand}客户服务部",
            "主题：关于您的联系方式偏好\n{name}：\n已按您的要求停止电话和短信提醒，账单将每月通过邮件发送。您随时可以改回原来的方式。\n{brand}",
            "主题：投诉处理结果\n{name}：\n经核查，坐席在非约定时间致电，我们已对其处理，并把您的号码设为仅工作日白天联系。\n{brand}客户关怀部"),
    _family("no_visit_recorded", "app", "app",
            "{mr}，按您电话里说的，外访安排已取消，系统里也备注了“不上门”，以后的提醒只走短信。",
            "{brand}：您好，您说家里有老人不方便来访，我们这边取消了原定的外访，后续只做电话和短信提醒。",
            "您反映外访人员到了您小区门口，我们核实后已撤回该安排，并向您致歉，今后不会再有人上门。"),
)

_BODIES_OWN_VOICE = (
    _family("court_assist_notice_employer", "notice", "formal",
            "{court}\n协助执行通知书\n{exec_no}\n{brand}人力资源部：\n本院在执行{lender}与{name}借款合同纠纷一案中，依法请你单位协助扣留被执行人{name}的收入，并将扣留款项汇入本院执行款专户。",
            "{court}\n协助执行通知书\n{exec_no}\n你单位：请你单位自收到本通知之日起，按月扣划被执行人{name}工资收入的百分之三十至本院账户，直至执行完毕。",
            to="third_party"),
    _family("regulator_own_voice", "sms", "sms_template",
            "【金融监管局】您反映的{lender}催收问题已转交该机构处理，处理结果将于15个工作日内答复。本局不代收任何款项。",
            "【地方金融管理局】提示：网贷逾期如有争议，可向平台申请协商，也可向人民调解组织申请调解；本局不负责催收。",
            "【金融监管局】您的投诉已受理（编号{ref}），请勿向自称本局工作人员的人转账。"),
    _family("township_mediation_voluntary", "notice", "formal",
            "{district}人民调解委员会\n调解邀请\n{name}：{lender}申请就借款纠纷进行调解。调解自愿、免费，您可选择参加或不参加，本会不代收款项。",
            "{district}矛盾纠纷调处中心\n{name}：您与{lender}的借款纠纷可在本中心免费调解，如不同意调解，双方可依法诉讼。"),
)

_FAMILY_OFFERS = (
    _family("relative_offer_left_to_family", "call", "spoken",
            "客户：我姐说她可以帮我先还一点\n坐席：这个是您家里自己商量的事 我们不会去联系您姐姐 您这边方便的时候还就行",
            "客户：我爸说要给我凑钱\n坐席：您家里人愿意帮您那是你们的事 我们这边不要求 也不会找他们 您看个人情况安排",
            "客户：你们是不是要去找我爸妈\n坐席：不会的 我们只跟您本人沟通 您的家人不会接到我们的电话"),
    _family("contacts_never_called", "sms", "sms_template",
            "【{brand}】{name}，依据相关规定，我们只联系您本人，不会联系您的亲友、同事或单位。如需协商还款，请拨打{hotline}。",
            "【{brand}】{name}，您登记的紧急联系人仅在无法联系您本人时用于确认您的联系方式，不会被告知任何借款信息。",
            "【{brand}】尊敬的{name}，我们已按您的要求删除您登记的联系人信息，今后不会再与其联系。"),
    _family("contact_removed_third_party", "call", "spoken",
            "坐席：您好 请问是{mr}的朋友吗\n第三方：〔我不想被打扰|以后别打了〕\n坐席：好的 明白 我们把您的号码从联系人里删掉 以后不会再打了 打扰了",
            "坐席：您好 打扰了 我们找一下{mr} 您能让他方便时回个电话吗\n第三方：〔他换号了|我不清楚〕\n坐席：好的 谢谢您 我们不再打扰了",
            to="third_party"),
)

_POLICE_REPORTS = (   # a police unit telling what it did about a collector: its signature asks no one to repay
    _family("police_case_bulletin", "sms", "sms_template",
            "【{police}】案件通报：{date}，我局接到一名借款人报警，称催收人员以“不还钱就让你单位所有人知道”相威胁。经调查，涉事催收员王某某已被依法行政拘留十日。",
            "【{police}】警方提示：近期我局查处一起暴力催收案件，三名催收人员因上门滋扰、辱骂借款人被依法处理。借款人遇到类似情况请及时报警。",
            "【{police}】通报：我局对辖区一家催收公司依法开展检查，查实其冒用公检法名义发送催款短信，责任人已被刑事拘留，案件正在进一步侦办中。",
            "【{police}】{name}您好，您{date}报警反映的催收骚扰一案，我局已立案调查，如再收到威胁信息请保存截图并拨打110。"),
)

FAMILIES: tuple[Family, ...] = _WISHES_RECORDED + _BODIES_OWN_VOICE + _FAMILY_OFFERS + _POLICE_REPORTS


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
