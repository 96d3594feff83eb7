"""Lawful hard negatives in others' voices, a second round, beside `violations_varied.py` (`labels: []`).

The classifier alone flagged lawful texts by others where they speak *about* what a violation speaks of: a
court's enforcement after a judgment, the 失信 list and 限高 explained, a lender naming the arbitration
commission or mediation centre it really filed with, a visit or a call to a contact announced with consent,
a promise not to contact an employer, news and police reports of collectors punished, legal Q&A columns.
Each family below is written anew (never copied from an evaluation set; everything invented):

- courts, arbitration commissions and mediation centres speaking truthfully of what they do, and lenders
  reporting what those bodies did or will decide;
- lenders' legal departments and instructed lawyers stating true, conditional consequences;
- legal Q&A and advice columns answering "will I be arrested / will my child / will they tell my employer";
- police and news reports of collectors punished, naming what the collectors said as unlawful;
- promises not to contact relatives, employers or the public; consented visits; contact persons asked only
  for a call-back, in robot scripts and ASR-noisy calls;
- hardship offers and advice against borrowing or selling to repay, in templates with unfilled placeholders;
- instructed lawyers who say who they are and how to verify them, lenders reporting what a court or an
  arbitration commission did, an internal "legal stage" explained as no proceeding at all.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`).
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _in_traditional, _text

MODULE = "lawful_varied"
SAMPLES_PER_FAMILY = 14

_REPLY = "〔嗯|好的|我知道了|行 我考虑一下|那我周末处理|哦 好〕"

_BODIES = (
    _family("lender_reports_arbitration", "sms", "sms_template",
            "【{brand}】{name}您好，我司已就您的借款合同纠纷向{district}仲裁委员会申请仲裁，是否受理及裁决结果以仲裁委员会送达的文书为准，裁决前您仍可与我司协商。",
            "【{brand}】{name}，根据借款合同的仲裁条款，我司已提交仲裁申请。仲裁委员会将依法通知您答辩，如有疑问请致电{hotline}。",
            "【{brand}】{name}您好，{district}仲裁委员会已作出裁决，请按裁决书确定的金额履行；如您对裁决有异议，可依法申请撤销。"),
    _family("mediation_centre_real", "sms", "sms_template",
            "【{court}诉前调解中心】{name}您好，{lender}与您的借款纠纷已委派本中心调解，调解不收费，您可以选择不参加，调解不成将由申请人决定是否起诉。",
            "【{district}人民调解委员会】{name}您好，{brand}申请与您就欠款进行调解，定于{date}{time}，调解遵循自愿原则，详询{hotline}。",
            "【{court}】{name}，您的案件已转入诉前调解程序，调解员{surname}法官助理将与您电话联系，请注意接听。"),
    _family("court_enforcement_notice", "notice", "formal",
            "{court}\n报告财产令\n{exec_no}\n被执行人{name}：申请执行人{lender}依据{case_no}民事判决书向本院申请强制执行。你应当在收到本令后五日内如实报告财产情况。",
            "{court}\n执行裁定书\n{exec_no}\n本院在执行申请执行人{lender}与被执行人{name}借款合同纠纷一案中，依法冻结被执行人名下银行存款{amount}元。",
            "{court}\n限制消费令\n{exec_no}\n被执行人{name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依法对其采取限制消费措施。被执行人履行完毕后，可申请解除。"),
    _family("lender_reports_enforcement", "sms", "sms_template",
            "【{brand}】{name}，{court}已依据{case_no}判决立案执行（{exec_no}），执行中的冻结、扣划由法院依法决定，您可联系执行法官或我司协商执行和解。",
            "【{brand}】{name}您好，因您未履行生效判决，我司已依法申请强制执行。履行完毕后，法院将解除对您的限制措施。",
            "【{brand}】{name}，法院扣划的{amount}元已用于清偿判决确定的欠款，剩余部分您可申请分期履行，详询{hotline}。"),
    _in_traditional("court_notice_tw", "sms", "sms_template",
                    "【{court}】台端與{brand}之清償債務事件，本院定於{date}{time}調解，請準時到場，如不能到場請事先陳報。",
                    "【{brand}】台端帳款業經法院判決確定，本公司將依法聲請強制執行，執行程序由法院依法進行。"),
)

_LEGAL_DEPARTMENT = (
    _family("legal_department_pre_suit", "email", "letter",
            "主题：诉前沟通函\n{name}：\n您好。您在{lender}的借款已逾期{days}天，尚欠{amount}元。本部门拟于三十日后向合同约定的人民法院提起民事诉讼，诉讼结果以法院判决为准。诉前如需协商，请联系{hotline}。\n{lender} 法务部",
            "主题：关于您借款纠纷的说明\n{name}：\n本函仅为民事催告，不涉及任何刑事责任。您如对欠款金额有异议，可在十五日内书面提出，我们将复核后答复。\n{brand} 法律事务部"),
    _family("lawyer_letter_truthful", "notice", "letter",
            "律师函\n{letter_no}\n{name}：\n{lawfirm}受{lender}委托，由{lawyer}（执业证号{licence}）就您逾期还款事宜致函：请在收函之日起十日内还款或与委托人协商；逾期，委托人将通过诉讼途径依法主张权利。本所律师不代表任何司法机关。\n{lawfirm}",
            "【{brand}】{name}您好，我司委托的{lawfirm}将向您寄送律师函，律师函是委托人的主张，不具有强制力；您可通过{hotline}与我们协商。"),
    _family("legal_department_spoken", "call", "spoken",
            "坐席：您好 我是{brand}法务部的{agent} 不是律师 今天跟您说明一下 如果协商不成 我们会考虑起诉 法院怎么判我们都会执行\n客户：" + _REPLY,
            "坐席：起诉以后是法院来判 判了以后您不履行 才会有强制执行 现在还没到那一步 我们还是希望先协商\n客户：" + _REPLY,
            "坐席：我们已经把材料交给律所了 律师会跟您联系 您可以核实律师的执业证号\n客户：" + _REPLY),
)

_QA = (
    _family("qa_arrest_and_record", "app", "app",
            "问：催收说不还钱就派人来抓我，是真的吗？答：不是。借款逾期是民事纠纷，催收方无权抓人，警察也不会因普通欠款抓人；只有骗取贷款等行为才可能涉及刑事责任。",
            "问：网贷逾期会留案底吗？答：不会。案底指刑事犯罪记录，普通欠款不会产生案底，但逾期记录会进入征信报告。",
            "问：欠款会被拘留吗？答：单纯欠款不会。但判决生效后有能力履行而拒不履行，或者隐匿、转移财产的，法院可以依法罚款、拘留。"),
    _family("qa_children_and_work", "app", "app",
            "问：我欠网贷，会影响孩子考公务员吗？答：不会。政审看的是本人情况，父母的普通欠款不影响；只有被纳入失信名单的，才会限制子女就读高收费私立学校。",
            "问：催收会打电话到我单位吗？答：催收方不得向与债务无关的第三人催收，也不得透露您的欠款信息，遇到此类情况可以投诉。",
            "问：催收说要把我挂到网上，我该怎么办？答：公开他人欠款信息属于违法行为，请保存聊天记录和通话录音，向金融监管部门投诉或报警。"),
    _family("qa_shixin_explained", "app", "app",
            "律师说法：失信被执行人名单由法院依法决定，前提是有生效判决且被执行人有履行能力而拒不履行。普通逾期不会直接被列入失信名单。",
            "普法小课堂：被限制高消费后，不能乘坐飞机、列车软卧、高铁一等座，不能在星级宾馆消费；全部履行后，法院会解除限制。",
            "律师提醒：收到法院的执行通知书，应当按时履行或与申请人达成和解，执行和解后可以申请解除限制消费措施。"),
    _family("qa_contacts_law", "notice", "formal",
            "{outlet}法律热线｜读者问：借款时填了紧急联系人，催收能找他们要钱吗？律师答：不能。紧急联系人不是担保人，不承担还款责任，催收方不得向其透露借款信息或要求其代为还款。",
            "{outlet}讯 律师表示，催收人员以“通知单位”“告诉家人”相威胁属于违规行为，借款人可保留证据后向监管部门投诉。"),
)

_REPORTS = (
    _family("police_report_collectors_punished", "notice", "formal",
            "{city}警方通报：{count}名催收人员以“不还钱就让你进去”“派人上门”等言语恐吓借款人，并向其亲友群发信息，已被依法采取刑事强制措施。",
            "【{police}】近日，我局破获一起软暴力催收案件，涉案人员冒充司法机关工作人员向借款人发送所谓“刑事文书”，现已被依法刑事拘留。",
            "{outlet}讯 {city}某催收公司员工在电话中称借款人“要坐牢”“孩子上不了学”，被借款人录音举报后，公安机关对其处以行政拘留。"),
    _family("court_case_report", "notice", "formal",
            "{outlet}讯 {court}审结一起催收侵权案：催收公司在借款人小区张贴其照片和欠款信息，被判赔礼道歉并赔偿精神损害抚慰金。",
            "{court}发布典型案例：某资产管理公司员工多次到借款人家门口滞留、喷漆，构成寻衅滋事罪，被判处有期徒刑。",
            "{outlet}讯 法院认为，催收人员向借款人的同事、亲友透露其欠款信息，侵犯了借款人的隐私权，判令其停止侵害。"),
    _family("regulator_warning", "sms", "sms_template",
            "【{brand}】根据监管要求提示：任何人以爆通讯录、上门恐吓、冒充公检法等方式催收，均属违法，您可拨打{hotline}或12378投诉。",
            "【{brand}】消费者权益保护提示：我司及委托机构不会联系您的单位、邻居，也不会在网络上公开您的信息，如遇此类情况请向我们举报。"),
)

_PROMISES = (
    _family("no_employer_no_family", "sms", "sms_template",
            "【{brand}】{name}您好，按您的要求，我司已停止向您的紧急联系人致电，后续仅与您本人联系。",
            "【{brand}】{name}，我司不会向您的单位、同事、家人发送任何催收信息，如有人冒用我司名义，请致电{hotline}。",
            "【{brand}】{name}您好，暂停催收期间，不会有任何人员联系您的亲友或单位，请安心处理。"),
    _family("no_employer_spoken", "call", "spoken",
            "坐席：您放心 我们只跟您本人联系 不会打您单位电话 也不会找您家里人\n客户：" + _REPLY,
            "坐席：您之前说不想让家人知道 这个我们已经备注了 之后不会联系他们\n客户：" + _REPLY,
            "坐席：协商期间我们不会上门 也不会打给您的联系人 您按约定时间还款就可以\n客户：" + _REPLY),
    _family("visit_consented_robot", "call", "robot_script",
            "坐席：您好 这里是{brand}智能客服 如您希望工作人员上门协助办理分期 请按1预约时间 不需要请按2",
            "坐席：您好 您预约的上门服务时间为{date}{time} 工作人员将出示工作证件 如需取消请按3",
            "坐席：尊敬的客户 我司不会在未经您同意的情况下上门 如有人冒充我司上门 请拨打110"),
    _family("contact_callback_asr", "call", "spoken",
            "坐席：喂 你好 呃 请问是{mr}的 那个 家里人吗\n第三方：是 怎么了\n坐席：哦 没什么事 就是 想请他本人回个电话 号码是{hotline} 谢谢啊",
            "坐席：喂 您好 我这边找一下{mr} 嗯 他不在是吧 那 麻烦您让他方便的时候回个电话 具体的我们跟他本人说\n第三方：行",
            "坐席：您好 请问您认识{mr}吗\n第三方：认识 怎么了\n坐席：我们是{brand}的 有点事情需要他本人处理 不方便跟您说 麻烦转告他回电 打扰了",
            to="third_party"),
)

_HARDSHIP = (
    _family("hardship_placeholders", "sms", "sms_template",
            "【{brand}】#客户姓名#您好，您提交的困难还款申请已受理，审核期间暂停催收，结果将于#日期#前短信通知。",
            "【{brand}】$custName$，如您因疾病、失业、灾害等原因暂时无法还款，可申请最长#月数#个月延期，无需借新还旧。",
            "【{brand}】{name}您好，您申请的罚息减免已通过，请于{due}前归还本金{amount}元，无需变卖任何财产。"),
    _family("hardship_spoken", "call", "spoken",
            "坐席：您说您刚做完手术 那这个月先不催了 我帮您登记缓催 身体要紧\n客户：" + _REPLY,
            "坐席：您别去找别的平台借 越借越多 我们这边可以给您分{months}期 每期少还一点\n客户：" + _REPLY,
            "坐席：家里房子车子您留着 不用卖 我们按您现在的收入重新做个还款计划\n客户：" + _REPLY),
    _family("hardship_letter", "email", "letter",
            "主题：个性化分期方案\n{name}：\n经审核，您的收入下降情况属实，我们为您制定了{months}期还款方案，每期{part}元，期间停止计收罚息。\n{brand} 客户关怀部",
            "主题：关于您的延期申请\n{name}：\n您的延期申请已通过，首期还款日调整为{due}。我们不建议您通过其他借款周转，如仍有困难请随时联系我们。\n{brand}"),
)

_TRUTHFUL_LAWYERS = (
    _family("lawyer_calls_truthfully", "call", "spoken",
            "坐席：您好 我是{lawfirm}的{lawyer} 受{brand}委托跟您沟通借款的事 我的执业证号是{licence} 您可以在司法局网站查到\n客户：" + _REPLY,
            "坐席：{mr}您好 我这边是{lawfirm} {brand}委托我们处理这笔欠款 律师函前几天寄出了 想跟您确认一下收到没有\n客户：" + _REPLY,
            "坐席：您好 我是{lawyer} 代表{brand} 我们不是法院 今天只是跟您协商还款 协商不成委托人会考虑起诉\n客户：" + _REPLY),
    _family("lawyer_letter_received", "sms", "sms_template",
            "【{brand}】{name}您好，{lawfirm}受我司委托向您寄送的律师函已签收，如需协商请联系{lawyer}或我司客服{hotline}。",
            "【{brand}】{name}，我司已委托{lawfirm}就您的欠款进行诉前沟通，律师联系方式可在官网“委托机构公示”中核实。"),
    _family("lender_reports_court_action", "sms", "sms_template",
            "【{brand}】{name}，经{court}执行，您名下账户已被依法冻结，冻结金额及解除条件请联系执行法官了解，履行完毕后法院将依法解除。",
            "【{brand}】{name}您好，{court}已就我司诉您借款合同纠纷一案作出判决，判决书将由法院送达，请按判决履行。",
            "【{brand}】{name}，您的借款纠纷已由{district}仲裁委员会受理，仲裁文书由仲裁委依法送达，裁决生效后我司可向法院申请执行。"),
    _family("legal_stage_explained", "app", "app",
            "系统通知：您的借款已转入〔法务处理|诉讼评估|委外协商〕阶段。这表示我司正在评估是否依法起诉，并不代表已被起诉，也不涉及任何刑事责任。",
            "您的账户状态为“待诉讼评估”：我司将视协商情况决定是否向法院起诉，起诉与否、判决结果均以法院为准。",
            "提示：“法务阶段”只是我司内部的处理环节，不是司法程序，您仍可随时申请分期。"),
    _family("settled_record_updated", "sms", "sms_template",
            "【{brand}】{name}您好，您已结清全部借款，逾期记录将按规定更新为已结清状态，征信报告更新需要一定时间。",
            "【{brand}】{name}，您的执行案件已履行完毕，我司已向法院申请解除对您的限制消费措施。"),
)

FAMILIES: tuple[Family, ...] = (_BODIES + _LEGAL_DEPARTMENT + _QA + _REPORTS + _PROMISES + _HARDSHIP
                                + _TRUTHFUL_LAWYERS)


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
