"""Lawful hard negatives in others' voices, beside `violations_voices.py` (`labels: []`).

Each group sits close to a category the classifier alone flagged or nearly flagged on lawful text in others'
voices (written anew, never copied from an evaluation set; everything invented):

- the customer's own anger and insults answered politely, apologies for a rude colleague, lenders' and
  products' names made of animals and nicknames;
- visits agreed with the debtor and announced with a date and a way to refuse, safety notices, greetings that
  wish the family well, courts and police reporting that violent collectors were punished;
- contacts and employers told nothing (a call-back only), promises not to call relatives, guarantors told of
  their own contract lawfully;
- the credit report, court lists published by courts, privacy promises, campaigns rewarding punctual payers;
- collectors and agencies that say who they are and who they are not, courts' own judgments and notices,
  lawyers that can be verified, regulators' and police anti-fraud warnings;
- true legal consequences: a suit that a court decides, enforcement after a judgment, what overdue debt does
  and does not do, identity theft reported;
- hardship plans, advice against borrowing or selling to repay, loan products and bills that name borrowing;
- lenders' templates as deployed, their placeholders unfilled.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`).
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _in_traditional, _text

MODULE = "lawful_voices"
SAMPLES_PER_FAMILY = 14

_NEAR_INSULT = (
    _family("customer_insults_agent_calm", "call", "spoken",
            "客户：〔你们这群畜生|滚 一群狗东西|你们就是吸血的|骗子公司〕 别再打了\n坐席：〔理解您的情绪|抱歉给您带来困扰〕 我们只是提醒您账单的情况 您方便的时候可以回电{hotline}",
            "客户：〔我就是老赖 怎么了|要钱没有 要命一条|你们算什么东西〕\n坐席：{mr} 我们没有别的意思 您有困难的话 可以申请〔延期|分期|减免罚息〕",
            "客户：〔你妈的|神经病〕 天天打\n坐席：好的 我这边记录一下 〔之后减少致电|以后改为短信提醒〕 打扰您了"),
    _family("apology_for_colleague", "app", "app",
            "{mr}您好，关于〔昨天|上周〕通话中〔我司|外包公司〕人员〔言语不当|态度恶劣|说了侮辱性的话〕，我们深表歉意，〔已对该员工停岗处理|已终止与该外包公司的合作〕。",
            "您反映的催收员〔骂人|出言不逊〕一事已核实属实，我们向您郑重道歉，后续将由{agent}专门为您服务。"),
    _family("animal_brand_reminder", "sms", "sms_template",
            "【〔小猪钱包|熊猫分期|猫咪花|考拉借|袋鼠贷|狐狸金服|蜗牛分期〕】{name}您好，您本期账单{amount}元〔将于{due}到期|已逾期{days}天〕，请〔按时|尽快〕还款。",
            "【〔小猪钱包|熊猫分期|猫咪花|考拉借|袋鼠贷〕】尊敬的用户，您的借款已还清，感谢您的信任。"),
    _family("news_collector_punished_for_insult", "notice", "formal",
            "{outlet}讯 催收员{surname}某在电话中辱骂借款人〔“废物”“人渣”|“老赖”“骗子”〕，被借款人录音举报，{court}判决其公开赔礼道歉并赔偿精神损失。",
            "〔据{outlet}报道|记者了解到〕，某催收公司员工因在短信中侮辱借款人，被监管部门通报，公司被责令整改。"),
    _in_traditional("polite_reminder_hk", "sms", "sms_template",
                    "【{brand}】親愛的客戶，閣下帳戶尚有{amount}元未繳，如已繳付請忽略本訊息。",
                    "【{brand}】溫馨提示：閣下本期款項已到期，如有困難歡迎致電{hotline}商討還款安排。"),
)

_NEAR_VIOLENCE = (
    _family("visit_agreed", "sms", "sms_template",
            "【{brand}】{name}您好，按您{date}电话中的约定，我司工作人员将于{time}到您指定的地点面谈还款方案，届时会出示工作证；如需改期请回电{hotline}。",
            "【{brand}】{name}您好，我司拟安排外访人员上门沟通，是否上门以您同意为准，您也可选择到营业网点或电话协商。"),
    _family("visit_rules_spoken", "call", "spoken",
            "坐席：您要是不方便来 我们可以上门 但是一定提前跟您约时间 您不同意我们不会去\n客户：那行 周六上午吧\n坐席：好的 到时候两位同事过去 会出示工作证",
            "坐席：我们的外访同事上门只是了解情况 不会去您单位 也不会找您邻居 您放心\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕"),
    _family("family_wishes", "app", "app",
            "〔{festival}快乐|天冷了〕，祝您和家人〔平安健康|万事顺意〕。温馨提示：您的账单将于{due}到期。",
            "{mr}，听说您家〔老人|孩子〕住院了，您先照顾好家里，还款的事我们给您〔延后一个月|先暂停提醒〕。"),
    _family("police_punish_violent_collectors", "notice", "formal",
            "〔{city}警方通报|据{outlet}报道〕：{count}名催收人员〔到借款人家中堵门、泼漆|跟踪借款人并在其家门口滞留〕，已被依法〔行政拘留|刑事拘留〕。警方提醒，遭遇暴力催收请立即报警。",
            "本院认为，被告人{surname}某等人为索要债务，多次到被害人住处〔滋扰|跟踪〕，情节恶劣，其行为已构成寻衅滋事罪。"),
    _family("safety_notice", "sms", "sms_template",
            "【{police}】提醒：如有人以催收为名〔上门恐吓|跟踪|威胁人身安全〕，请立即拨打110，并保留证据。",
            "【{brand}】我司催收人员〔不会上门|不会跟踪〕，如遇自称我司人员的威胁行为，请报警并向我们投诉{hotline}。"),
    _family("collateral_lawful", "sms", "sms_template",
            "【{brand}】{name}，您的车辆抵押贷款已逾期{days}天。按抵押合同约定，我司可依法〔申请实现抵押权|向法院申请拍卖抵押车辆〕，请尽快还款或联系我们协商。",
            "【{brand}】{name}您好，您的房屋抵押贷款已逾期，如协商不成，我司将依法向法院申请实现担保物权。"),
)

_NEAR_THIRD_PARTY = (
    _family("callback_only_to_contact", "call", "spoken",
            "坐席：您好 请问{mr}在吗\n第三方：〔他不在|我是他同事 他出去了|他是我爸 在睡觉〕\n坐席：好的 麻烦您转告他回个电话 〔号码是|我们的电话是〕{hotline} 谢谢",
            "坐席：您好 请问这是{mr}的电话吗\n第三方：〔不是 打错了|这个号码我刚换的〕\n坐席：不好意思打扰您了 我们会〔更新记录|删除这个号码〕",
            to="third_party"),
    _family("callback_sms_to_contact", "sms", "sms_template",
            "【{brand}】您好，这里是{brand}客服，有事项需与{mr}本人联系，烦请转告其回电{hotline}，谢谢。",
            "您好，我们是{brand}，想联系{mr}，他留的号码暂时打不通，方便的话请他回个电话，打扰了。",
            to="third_party"),
    _family("guarantor_lawful", "notice", "letter",
            "担保责任告知函\n{guarantor}：\n您作为{name}与{lender}借款合同的连带责任保证人，主债务已逾期{days}天。依据保证合同，请您关注并督促履行；如有异议请在十五日内书面提出。\n{lender}",
            "【{brand}】{guarantor}您好，您为{name}的借款提供了担保，该借款已逾期，依保证合同约定，我司可向您主张担保责任，详询{hotline}。",
            to="third_party"),
    _family("promise_not_contacts", "app", "app",
            "问：你们会联系我的家人和同事吗？答：〔不会|我们只与您本人沟通〕。您预留的联系人仅在无法联系您时用于〔核实联系方式|找到您本人〕，我们不会向其透露借款信息。",
            "{mr}，您要求我们不要联系您的〔家人|单位|联系人〕，已记录，后续只与您本人联系。"),
    _family("employment_check_lawful", "call", "spoken",
            "坐席：我们打您单位电话只是核实您是否在职 这是您借款时授权的 不会透露任何欠款的事\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕",
            "坐席：您放心 我们不会去找您领导 也不会打给您同事"),
    _in_traditional("contacts_privacy_tw", "sms", "sms_template",
                    "【{brand}】本公司僅與借款人本人聯繫，不會向親友、同事或雇主透露任何帳務資訊。",
                    "【{brand}】提醒您：緊急聯絡人僅於無法聯繫本人時使用，本公司不會告知其欠款內容。"),
)

_NEAR_EXPOSURE = (
    _family("credit_report_lawful", "sms", "sms_template",
            "【{brand}】{name}，您的逾期记录将〔依法|按规定〕报送金融信用信息基础数据库，〔可能影响后续贷款|会影响您的信用评分〕，请尽快还款。",
            "【{brand}】温馨提示：按时还款可保持良好信用记录，如对信用报告有异议，可向我司或征信中心提出。"),
    _family("court_list_by_court", "notice", "formal",
            "{court}公告：依据《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院将下列拒不履行生效判决的被执行人纳入失信名单并予公布。",
            "{outlet}讯 {court}通过〔官方网站|户外大屏|官方微博〕发布一批失信被执行人名单，法院表示，被执行人履行义务后，相关信息将及时删除。"),
    _family("privacy_promise", "call", "spoken",
            "客户：你们会不会把我发到网上\n坐席：不会的 您的信息我们严格保密 不会公开 也不会告诉您的邻居\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕",
            "坐席：我们不会在〔朋友圈|任何平台|小区〕公布您的信息 这个您放心"),
    _family("honour_campaign", "app", "app",
            "【{brand}】“守信好用户”活动开启，{month}按时还款的用户可参与抽奖。",
            "恭喜您获得“信用之星”称号，感谢您一直按时还款！"),
    _family("law_on_exposure", "app", "app",
            "律师说法：催收方〔在朋友圈发借款人照片|张贴欠款告示|做成海报转发〕，侵犯名誉权和隐私权，借款人可〔报警|起诉要求赔偿|向监管部门投诉〕。",
            "问：催收说要把我挂到网上，合法吗？答：不合法。公开借款人信息属于违规催收，您可以保存证据投诉。"),
)

_NEAR_SPEAKER = (
    _family("agency_says_who", "call", "spoken",
            "坐席：您好 我是{agency}的{agent} 受{lender}委托联系您 我们是催收机构 不是〔律所|法院|公安〕\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕",
            "客户：你是律师吗\n坐席：不是 我是{brand}贷后部门的工作人员 如果委托律师 会由律所出具正式律师函"),
    _family("court_judgment_text", "notice", "formal",
            "{court}\n民事判决书\n{case_no}\n原告{lender}与被告{name}金融借款合同纠纷一案，本院于立案后依法适用简易程序，公开开庭进行了审理。",
            "本院认为，原告与被告之间的借款合同系双方真实意思表示，合法有效。被告未按约还款，应承担还款责任。判决如下：被告于本判决生效之日起十日内偿还原告借款本金{amount}元。"),
    _family("court_service_notice_real", "notice", "formal",
            "{court}\n应诉通知书\n{case_no}\n{name}：本院已受理原告{lender}诉你金融借款合同纠纷一案，现将起诉状副本送达给你，请在收到后十五日内提交答辩状。",
            "{court}\n执行通知书\n{exec_no}\n被执行人{name}：{case_no}民事判决书已发生法律效力，申请执行人{lender}向本院申请强制执行，责令你履行生效法律文书确定的义务。"),
    _family("lawyer_verifiable", "notice", "letter",
            "律师函\n{letter_no}\n致{name}：\n{lawfirm}接受{lender}委托，指派{lawyer}（执业证号{licence}）就借款事宜函告如下：请于收函后十日内与委托人联系协商还款，协商不成，委托人将依法提起诉讼。\n{lawfirm}",
            "【{brand}】{name}您好，我司已委托{lawfirm}{lawyer}处理您的借款纠纷，律师执业证号{licence}，可在司法行政机关网站查询。"),
    _family("anti_fraud_quotes_authority", "sms", "sms_template",
            "【{police}】提醒：凡自称〔法院|检察院|公安|仲裁委|金融办〕工作人员让您还网贷、转账到个人账户的，均为诈骗，请拨打110核实。",
            "【{brand}】防骗提醒：我司不会以〔法院|律师|警察〕名义催收，收到此类信息请联系官方客服{hotline}核实。"),
    _family("regulator_complaint_reply", "notice", "letter",
            "{name}您好：\n您通过金融消费者投诉平台反映的问题已转我司处理。经核查，我司已暂停对您的电话催收，并将在十个工作日内书面答复。\n{lender}消费者权益保护部",
            "主题：投诉处理回复\n{name}您好：\n您反映催收人员自称律师一事，经核查该人员为我司委托的{agency}员工，我司已要求其整改并向您致歉。\n{brand}"),
)

_NEAR_LEGAL = (
    _family("suit_decided_by_court", "sms", "sms_template",
            "【{brand}】{name}，您的借款已逾期{days}天。如仍未还款，我司〔保留|可能〕依法提起诉讼的权利，是否立案及判决结果以法院为准，诉前您仍可与我们协商。",
            "【{brand}】{name}您好，我司已向{court}提交起诉材料，立案情况及开庭时间以法院通知为准。"),
    _family("what_overdue_does", "app", "app",
            "问：〔网贷逾期会坐牢吗|欠钱不还会被抓吗|逾期会有案底吗〕？答：〔单纯逾期|无力偿还〕属于民事纠纷，不会因此坐牢或留下案底；但会影响征信，出借人也可能依法起诉。",
            "〔律师说法|普法小课堂〕：逾期不会影响〔子女上学|孩子政审|家人工作〕，只有法院判决后拒不履行、被纳入失信名单，才会受到高消费限制。"),
    _family("enforcement_after_judgment_sms", "sms", "sms_template",
            "【{brand}】{name}，依据{case_no}生效判决，您应偿还{amount}元。如未按判决履行，我司将依法申请强制执行，法院可依法查询、冻结您名下存款。",
            "【{brand}】{name}您好，法院已受理我司的强制执行申请（{exec_no}），如您希望和解，可联系{hotline}。"),
    _family("identity_theft_reported", "call", "spoken",
            "坐席：您说这笔不是您借的 那您可以去派出所报案 拿到回执发给我们 我们先暂停催收 核实清楚\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕",
            "坐席：身份被冒用的话 报警是您的权利 我们会配合警方调查 期间不会再打扰您"),
    _family("honest_no_jail", "call", "spoken",
            "坐席：我跟您说实话 欠钱本身不犯法 我们也不会吓唬您 但是长期不还我们会走诉讼 您看能不能先还一部分\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕",
            "坐席：您不用担心会被抓 这是民事的事 但是会影响征信 以后买房贷款都麻烦\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕"),
    _in_traditional("legal_facts_tw", "sms", "sms_template",
                    "【{brand}】閣下帳款已逾期，本公司將依約計收違約金並報送信用資料；如協商不成，將依法向法院起訴。",
                    "常見問題：欠款逾期不會因此被拘留，但可能影響信用評分，請儘早與本公司協商。"),
)

_NEAR_ROLLOVER = (
    _family("hardship_plan_offer", "sms", "sms_template",
            "【{brand}】{name}，如还款确有困难，可在App申请〔延期还款|分{months}期|停息挂账|减免罚息〕，〔请勿借新还旧|不建议以贷养贷〕。",
            "【{brand}】{name}您好，您的困难还款申请已通过，今后每月还款{part}元，共{months}期。"),
    _family("advice_against_spoken", "call", "spoken",
            "客户：我想〔把车卖了|找别的平台借点|把房子抵押了〕还你们\n坐席：〔不建议|千万别〕这样 我们可以先帮您调整每期还款额 您量力而行",
            "坐席：您别去借别的平台来还我们 利滚利更难 我们给您申请{months}期\n客户：〔嗯|好的|我知道了|行吧 我想想|那你们看着办吧〕"),
    _family("product_names_borrowing", "sms", "sms_template",
            "【{product}】尊敬的用户，您本期账单{amount}元已出，最后还款日{due}。",
            "【{product}】您的借款已结清，感谢使用。如需再次借款，请在App内申请。"),
    _family("news_against_rollover", "notice", "formal",
            "{outlet}讯 记者调查发现，部分催收人员诱导借款人〔到其他平台借款|刷信用卡套现〕还旧账，监管部门明确禁止此类行为，提醒借款人理性借贷。",
            "律师提醒：以贷养贷只会让债务越滚越大，遇到还款困难应与原机构协商，而不是借新还旧。"),
)

_PLACEHOLDERS = (   # no braces: the templates are formatted three times
    _family("placeholder_reminders", "sms", "sms_template",
            "【{brand}】尊敬的$custName$，您尾号$cardTail$的账单应还$amount$元，已逾期$overdueDays$天，请尽快还款，如已还款请忽略。",
            "【{brand}】#姓名#您好，您本期应还#金额#元，最后还款日#日期#，逾期将产生罚息并影响征信。",
            "【{brand}】[客户姓名]您好，您的借款已逾期，如有困难可申请分期，详询{hotline}。",
            "【{brand}】XXX，您的借款已逾期XX天，我司保留依法起诉的权利，诉前可协商，电话{hotline}。"),
    _family("placeholder_contact_callback", "sms", "sms_template",
            "【{brand}】您好，请转告$custName$回电{hotline}，有重要事项需与其本人沟通，谢谢。",
            "【{brand}】#联系人姓名#您好，烦请转告#客户姓名#尽快与我们联系，谢谢。",
            to="third_party"),
)

FAMILIES: tuple[Family, ...] = (_NEAR_INSULT + _NEAR_VIOLENCE + _NEAR_THIRD_PARTY + _NEAR_EXPOSURE + _NEAR_SPEAKER
                                + _NEAR_LEGAL + _NEAR_ROLLOVER + _PLACEHOLDERS)


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
