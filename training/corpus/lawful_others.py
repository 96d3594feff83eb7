"""Lawful twins of `violations_others.py` for the training corpus (`labels: []`).

Each family says lawfully what a violating family of `violations_others.py` says unlawfully, so the classifier
learns the difference and not the topic:

- reports of lawful outcomes: a court ordering a borrower to repay, enforcement after a judgment, a settlement
  by mediation, statistics of loan cases, described by a court, a newspaper or a lender;
- warnings that quote fraudsters posing as courts, procuratorates, arbitration commissions, police or
  regulators (the warner names itself truthfully and asks for nothing but caution), and generic legal advice
  on what collectors may not say, with no case behind it;
- warnings against borrowing to repay and reassurance that nothing need be sold, in the words of lenders'
  SMS, letters, robot scripts, calls and chats (the advice the classifier read as advice to borrow);
- loan product descriptions and terms, which name lenders and borrowing without urging anyone to borrow;
- polite short reminders, as short as the abusive SMS of `violations_others.py`;
- routine lawful messages the classifier flagged: a third party asked only how to reach the debtor, an agreed
  visit, a law firm that can be verified, an account settled.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`). Everything is invented.
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _text

MODULE = "lawful_others"
SAMPLES_PER_FAMILY = 14

_LAWFUL_OUTCOMES = (
    _family("news_judgment_repay", "notice", "formal",
            "{outlet}讯（记者{reporter}）{court}近日审结一起金融借款合同纠纷案。〔法院审理认为|经审理，法院认为〕，被告{surname}某向原告{lender}借款{amount}元后未按约还款，构成违约，判决其于判决生效后十日内偿还本金及约定利息。",
            "〔本报讯|{city}讯〕 {court}审理了一起网络借款纠纷：借款人逾期{days}天未还，平台诉至法院。法院依法判决借款人归还本金{amount}元及利息，驳回了平台超过法定上限的利息请求。",
            "【以案释法】借款人{surname}某在{lender}借款后长期未还，{lender}依法起诉。法院判决{surname}某偿还借款，并提示：借款合同依法成立，借款人应当按约履行还款义务。"),
    _family("news_enforcement_after_judgment", "notice", "formal",
            "{court}执行局〔近日|日前〕依法对一批金融借款案件集中执行。这些案件均已经生效判决确认，被执行人在履行期限内未履行义务。执行中，法院依法冻结、划拨被执行人存款共计{count}万余元，对有履行能力拒不履行的{count}人依法纳入失信被执行人名单。",
            "据{outlet}报道，{court}在执行一起借款合同纠纷案中，依法查询到被执行人名下存款并予以扣划，案件执行完毕。法官提示，判决生效后应主动履行，否则将承担相应法律后果。"),
    _family("mediation_settled", "notice", "formal",
            "{outlet}讯 在{court}诉前调解中心的主持下，借款人{surname}女士与{lender}达成分期还款协议：剩余欠款{amount}元分{months}期偿还，平台减免部分罚息。调解员表示，诉前调解免费、高效，双方都省去了诉讼成本。",
            "【{court}】调解动态：本月共调解金融借款纠纷{count}件，其中多数以分期还款方式达成和解。"),
    _family("court_statistics", "notice", "formal",
            "{court}发布金融审判白皮书：{year}年共受理金融借款合同纠纷{count}00余件，调解撤诉率超过四成。白皮书提醒金融消费者理性借贷，也提醒金融机构依法合规催收。",
            "据统计，{year}年{city}法院系统审结网络借款纠纷{count}00余件，平均审理周期{count}天。"),
    _family("lender_lawsuit_notice_true", "sms", "sms_template",
            "【{brand}】{name}您好，因您的借款逾期已久且多次协商未果，我司已依法向{court}提起诉讼，后续以法院送达的文书为准。如希望和解，请致电{hotline}。",
            "【{brand}】您好，我司拟就您的逾期借款向人民法院提起诉讼，起诉前您仍可与我们协商还款方案，联系电话{hotline}。"),
)

_FRAUD_WARNINGS = (
    _family("warning_fake_arbitration", "sms", "sms_template",
            "【{brand}】防骗提醒：近期有人收到署名“{city}仲裁委员会”的短信，称“借款纠纷已裁决，请缴纳执行费”。仲裁机构不会短信收费，也不会替平台催款，请勿转账。",
            "【{city}仲裁委员会公告】近期有不法分子冒用本会名义向群众发送所谓“裁决通知”，要求向个人账户付款。本会郑重声明：本会从不通过短信、电话收取任何费用。"),
    _family("warning_fake_procuratorate", "app", "app",
            "【检察官提醒】近期出现冒充检察院的诈骗电话，对方会说“你的网贷涉嫌违法，需要配合调查”。检察机关不会电话办案，更不会让你转账或替平台要账，遇到请挂断并报警。",
            "〔{city}|{district}〕检察院提醒：凡是自称检察官、要求您转账“自证清白”或“结清欠款撤案”的，都是诈骗。"),
    _family("warning_fake_court_sms", "sms", "sms_template",
            "【{brand}】提示：收到自称“法院”“执行局”的短信让您联系“承办人”还款或点击链接查看传票的，请先通过12368或法院官网核实，切勿直接转账。",
            "【{city}反诈】法院送达文书有正规渠道，不会让您加微信“谈还款”，也不会发链接让您缴费。接到这类信息请拨打96110核实。"),
    _family("warning_fake_regulator", "app", "app",
            "【风险提示】金融监管部门不会向个人发送催款短信，也不会替任何平台收款。有人以“金融监管局”“征信中心”名义要求您还款或缴费的，请通过官方电话核实。",
            "警惕！冒充“金融监管总局”的短信称“您的征信已被冻结，需转账解冻”，这是诈骗。监管部门的投诉电话是12378。"),
    _family("warning_fake_police_debt", "sms", "sms_template",
            "【{police}】提醒：公安机关不会打电话要求群众归还网贷，更不会因为网贷逾期上门抓人。凡是自称民警让您还款、转账的，都是诈骗。",
            "【{police}】近期有骗子冒充民警称“你的网贷被报案了”，以“撤案”为名骗取钱财。借贷纠纷属于民事纠纷，请勿上当。"),
    _family("generic_advice_collection_limits", "app", "app",
            "律师提示：催收人员不得冒充公检法、律师，不得辱骂借款人，不得向亲友透露欠款。遇到违规催收，可以保留证据并向监管部门投诉。欠款本身仍应依法偿还。",
            "法律小课堂：依法催收可以提醒还款、告知真实的法律后果，但不能威胁、侮辱或骚扰第三人。借款人也应积极与机构协商还款。",
            "问：催收员能不能说我要坐牢？答：不能。普通借贷逾期是民事纠纷，催收方作出虚假的刑事后果陈述属于违规，可以投诉。"),
)

_ADVICE_AGAINST_BORROWING = (
    _family("sms_against_new_loans", "sms", "sms_template",
            "【{brand}】{name}您好，请不要通过其他平台借款来还我们的欠款，以免负担越来越重。如有困难可致电{hotline}申请分期。退订回T",
            "【{brand}】温馨提示：还款请量力而行，切莫以贷养贷。您可以在App申请延期或分期方案。",
            "【{brand}】提醒：我们不会要求您向亲友借钱或去别的平台借款还款，按您的能力制定计划即可。"),
    _family("call_against_selling", "call", "spoken",
            "坐席：{mr}，您不用卖车卖房，也别去别处借钱，我们先按您每月能还多少来定个计划。\n客户：好，那我一个月能还一千。\n坐席：可以，我帮您申请{months}期。",
            "客户：我是不是得把车卖了才能还上？\n坐席：不用不用，您先别急着卖东西，我们可以帮您申请延期，减轻压力。",
            "客户：我想去别的平台借点先还你们。\n坐席：不建议这样做，利息叠加会更难还。您先还一部分，剩下的我们给您分期。"),
    _family("letter_against_rollover", "notice", "letter",
            "还款方案告知书\n{name}：\n经您申请，我司同意为您调整还款计划。请您依据自身收入安排还款，切勿通过借新还旧、变卖生活必需财产等方式筹措资金。如方案执行有困难，请随时联系{hotline}。\n{lender}\n{date}",
            "温馨提示函\n{name}：\n我们注意到您近期在多家机构有借款申请。请您谨慎借贷，避免以贷养贷。如需调整在我司的还款计划，可致电{hotline}。\n{lender}"),
    _family("robot_against_rollover", "call", "robot_script",
            "坐席：您好，这里是{brand}智能客服。温馨提示：请勿通过其他借款平台或信用卡套现来还款。如需延期或分期，请按2。",
            "坐席：您好，{brand}提醒您：还款无需变卖房产车辆，如有困难请按2申请帮扶方案，我们将有专人联系您。"),
    _family("sms_against_borrowing_elsewhere", "sms", "sms_template",
            "【{brand}】{name}您好，您的账单已逾期{days}天。〔请不要|千万别|没必要|不推荐您|请勿|我们不提倡〕〔另找平台|找别的网贷|通过信用卡套现|向亲戚朋友|借高利贷|再去借小额贷款〕〔周转|筹钱还款|凑钱还我们|借款还这笔账〕，〔分期方案可以商量|可以申请延期还款|先还最低额也可以|按您的能力制定还款计划就好〕。〔退订回T|详询{hotline}|〕",
            "{name}，〔还款的事不用借钱|不用去别处借钱|不要为了还款去借别的平台〕，〔我们帮您把分期做出来|您先还一部分，剩下的慢慢来|申请延期后压力会小很多〕。【{brand}】"),
    _family("no_need_to_sell", "sms", "sms_template",
            "【{brand}】〔不用|无需|不必|用不着|没必要〕〔卖房卖车|卖车|变卖房产|抵押房子|把车抵押出去|卖掉家里的东西〕，〔分期的事我们来安排|您先还一部分就行|我们给您申请延期|咱们一起把还款方案定下来〕。",
            "{name}您好，〔请放心|别担心|跟您说明一下〕，还这笔钱〔不需要|用不着|不必〕〔卖房卖车|变卖任何财产|抵押车辆〕，〔可以申请分期|我们可以按月慢慢还|您提交困难申请就行〕。"),
    _family("call_discourage_borrowing", "call", "spoken",
            "客户：我实在没办法，要不我去{product}再借一笔？\n坐席：〔不建议|别这样|千万别〕，借新还旧利息越滚越多。您这种情况可以申请停息分期，我现在帮您提交。",
            "客户：我朋友说可以办张信用卡套现先还你们。\n坐席：〔这个我们不建议|请不要这么做|没必要这样〕，套现还款风险很大。您先说说每月能还多少，我们按这个来定方案。",
            "客户：那我只能把车卖了。\n坐席：〔不用卖车|车您留着|没必要卖车〕，车是您上班要用的。我们给您申请延期{months}个月，期间不算罚息。"),
    _family("app_against_rollover", "app", "app",
            "{mr}，跟您说句实在话，别再去借别的了，越借越多。咱们先把分期办了，每月压力小一点{emoji}",
            "亲，还款不着急卖东西哈，您先告诉我每月能还多少，我来帮您申请方案~",
            "提醒一下：如果有人让您去办信用卡或者借网贷来还我们，那不是我们的意思，请直接拒绝并告诉我。"),
)

_PRODUCT_DESCRIPTIONS = (
    _family("product_page", "app", "app",
            "【产品介绍】{product}是{lender}推出的个人消费信贷产品，额度最高20万元，年化利率以审批结果为准，可分3至24期还款。请理性借贷，按时还款。",
            "{product}｜借款须知：1.仅限本人使用；2.借款用途不得用于购房、投资；3.逾期将按合同计收逾期利息并依规报送征信。",
            "关于{product}：这是一款信用借款服务，申请需完成实名认证和授信评估，额度和利率因人而异。借款前请仔细阅读借款合同。"),
    _family("product_terms_sms", "sms", "sms_template",
            "【{brand}】您申请的{product}额度已审批通过，年化利率{percent}%以内，具体以合同为准。请根据实际需要借款，理性消费。退订回T",
            "【{brand}】您的{product}账单已出，本期应还{amount}元，还款日{due}。"),
)

_SHORT_POLITE = (
    _family("pay_part_first", "sms", "sms_template",
            "【{brand}】{name}您好，〔您先把本期欠款还上|您可以先把最低还款额还上|建议您先还上一部分〕，〔剩下的我们再协商|其余部分可以申请分期|我们这边给您备注〕。",
            "{name}，〔先把这期{amount}元还上就行|您先还上{part}元也可以|能先把利息还上吗〕？〔剩余的我们按月来|有困难随时说|谢谢配合〕。"),
    _family("pay_first_short", "app", "app",
            "〔您|麻烦您|辛苦您〕先把欠款还上〔吧|哈|〕。〔剩下的再说|其他的我们再协商|有问题随时找我〕。",
            "〔先把这期还上|先把逾期的部分还上|先还上最低还款额〕，〔其余的不着急|后面的我们慢慢商量|谢谢理解〕{emoji}"),
    _family("dishonest_list_explained", "app", "app",
            "〔法官提示|普法小课堂|律师说法|{brand}小课堂〕：〔只有|仅在〕判决生效后有能力履行却拒不履行的，才会被法院纳入失信被执行人名单，之后〔会被限制乘坐飞机、高铁等高消费|出行和消费会受到限制〕。",
            "〔问|网友提问〕：欠网贷会不会直接上失信名单？答：不会。失信被执行人名单由法院依法决定，前提是判决生效且被执行人拒不履行。"),
    _family("pay_part_first_call", "call", "spoken",
            "坐席：那您看今天能不能〔先把一部分还上|先还上{part}元|先把这一期还上〕？\n客户：我尽量吧。\n坐席：好的，您配合就行，剩下的我们帮您申请分期。",
            "坐席：〔您先把欠款还上一部分|今天先还上最低还款额〕，这样逾期天数就不会再涨了。\n客户：行。\n坐席：谢谢您的配合。"),
    _family("short_polite_reminder", "sms", "sms_template",
            "【{brand}】还款提醒：您本期{amount}元今日到期，请按时还款。",
            "【{brand}】{name}，您的借款已逾期{days}天，请尽快处理，谢谢。",
            "【{brand}】请回电{hotline}，谢谢配合。",
            "{name}您好，今天能还款吗？有困难可以跟我说。"),
    _family("short_polite_chat", "app", "app",
            "在吗？看到消息回一下哈，谢谢{emoji}",
            "您好，本月账单还没处理，方便的时候回个电话~",
            "打扰了，还款的事想跟您确认一下时间。"),
)

# What the classifier still flagged among lawful messages written by others, said in new words: a third party
# asked only how to reach the debtor, a visit agreed beforehand, a real law firm that can be verified, an account
# settled.
_LAWFUL_ROUTINE = (
    _family("third_party_contact_only", "call", "spoken",
            "坐席：您好，〔打扰了|不好意思打扰您〕，我们想找{name}本人，〔一直没联系上|电话一直打不通〕。请问您〔方便告诉我们他的其他联系方式吗|能帮忙让他给我们回个电话吗〕？\n联系人：〔我不太清楚|我问问吧|你们找他本人吧〕。\n坐席：好的，〔谢谢您|明白了〕，不再打扰您了。",
            "坐席：您好，请问是{name}的家人吗？\n联系人：是，怎么了？\n坐席：我们有事想跟他本人沟通，麻烦您〔转告他回电|让他方便时联系我们〕，电话{hotline}。其他情况不方便向您透露，谢谢您。"),
    _family("visit_agreed_notice", "sms", "sms_template",
            "【{brand}】{name}您好，按〔您之前同意的|与您约定的〕时间，我们的客户经理今天到访〔没能见到您|您不在家〕，〔请您方便时回电|改约时间请回复〕{hotline}。",
            "【{brand}】{name}您好，〔应您的要求|按照双方约定〕，我司工作人员将于{due}上午到您登记的地址当面核对账单，如需改期请致电{hotline}。"),
    _family("law_firm_verifiable_sms", "sms", "sms_template",
            "【{lawfirm}】{name}您好，本所{lawyer}（执业证号{licence}）受{lender}委托，就您的欠款与您协商还款事宜。本所信息可在司法行政机关官网查询核实，如有异议请致电本所。",
            "【{lawfirm}】{name}您好，受{lender}委托，本所{lawyer}将与您沟通欠款处理方案，执业证号{licence}，您可通过律师执业信息平台核实。"),
    _family("account_settled", "sms", "sms_template",
            "【{brand}】{name}您好，您〔已结清全部借款|的借款已全部还清〕，〔征信报告中的还款状态将按规定更新|相关记录将按规定报送征信系统更新〕，感谢您的配合。",
            "【{brand}】您的{product}账户已结清，〔结清证明可在App下载|如需结清证明请致电{hotline}〕。"),
)

FAMILIES: tuple[Family, ...] = (_LAWFUL_ROUTINE + _LAWFUL_OUTCOMES + _FRAUD_WARNINGS + _ADVICE_AGAINST_BORROWING + _PRODUCT_DESCRIPTIONS
                                + _SHORT_POLITE)


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
