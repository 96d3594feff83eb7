"""Lawful hard negatives as deployed senders write them, beside `violations_deployed.py` (`labels: []`).

The classifier alone flagged lawful texts on the released sets B–I where they speak *about* what a violation
speaks of (read by family, never copied: every text here is written anew, everything invented):

- anti-fraud warnings that quote the threats scammers or fake collectors send, in lenders' and banks' voices;
- credit reporting told truthfully (what is reported, how long a record stays, that settling updates it), and an
  identity-theft report to the police invited as the way to pause collection;
- a court's, an arbitration commission's or a mediation committee's own notices (service, enforcement, a consumption
  ban), and a lender that says it only forwards them;
- lawyers' and consumer columns answering "will I go to jail / will my child / will they call my employer";
- complaint posts and press reports that quote what collectors said, as reports;
- promises: no home visits, no contact with relatives or employers, no advice to borrow elsewhere; a contact person
  told that nothing will be disclosed and how to be removed;
- a call that explains a lawsuit and the 失信 list as conditional, civil steps.

Templates, slots and sample format are `lawful_real.py`'s (`_text`, `samples_of`).
"""

from __future__ import annotations

import random

from training.corpus.lawful import Family, _family, _print_counts
from training.corpus.lawful_more import samples_of
from training.corpus.lawful_real import _text

MODULE = "lawful_deployed"
SAMPLES_PER_FAMILY = 14

_FRAUD_WARNINGS = (
    _family("fraud_warning_quotes_threats", "sms", "sms_template",
            "【{brand}】反诈提醒：有人冒充本平台“法务专员”，发送“今天不还就上门抓人”“已通知你全部联系人”等短信并要求转账到个人账户，均为诈骗，请勿理会。",
            "【{brand}】警惕！近期出现假冒{court}名义的“强制执行短信”，要求把欠款转入所谓“法院监管账户”。法院不会通过短信收款，还款请只认{brand}官方渠道。",
            "【{brand}】提醒您：凡自称公安、检察院工作人员，以“案底”“通缉”相要挟让您还款或转账的，都不是本平台所为，可拨打110核实。",
            "【{brand}】我司从未委托任何人以“曝光通讯录”“上门泼漆”方式催收，如收到此类信息，请截图并拨打{hotline}举报。"),
    _family("bank_antifraud_app", "app", "app",
            "安全中心｜常见骗局：骗子会说“您的网贷已转为刑事案件，今天不处理就拘留”，然后让您扫码还款。正规机构不会这样做，请挂断后拨打官方客服核实。",
            "防骗课堂：收到“再不还钱就去你单位闹”“你的照片将被做成海报”的短信怎么办？保存证据，向平台官方客服和金融监管部门投诉。",
            "温馨提示：所谓“征信修复”“逾期洗白”都是骗局，逾期记录只能在结清后按规定期限自然消除。"),
)

_CREDIT_TRUTH = (
    _family("credit_report_truthful", "sms", "sms_template",
            "【{brand}】{name}，本月我司已如实向人民银行征信中心报送您的账户状态。补足欠款后，下一次报送会把该账户改为正常，历史记录按条例期限保留。",
            "【{brand}】{name}您好，按照征信管理规定，我司如实报送您的还款情况，您有权查询本人信用报告并对错误信息提出异议。",
            "【{brand}】{name}，逾期信息可能影响您日后办理贷款和信用卡。您结清后，我司将在下一个报送周期更新记录。"),
    _family("identity_theft_police", "app", "app",
            "您说从没在我们这里借过钱？那很可能有人盗用了您的证件。建议您先去公安机关说明情况，拿到受案材料后发给客服，我们这边同步冻结该账户的催收。",
            "冒名借款工单已创建（编号{ref}）。请补充公安机关出具的受理凭证，审核结论出来前，该笔账单不计罚息、不安排催收。",
            "身份被冒用的借款不由您承担。您可以自己选择报警，也可以先让我们调取当时的人脸认证记录核对，两边都可以同时进行。"),
)

_BODIES_OWN_NOTICES = (
    _family("court_own_notice_app", "app", "app",
            "{court}\n财产申报提醒\n{exec_no}\n{name}：本院正在执行{case_no}判决，请于收到本提醒之日起五日内，通过“移动微法院”如实申报名下财产。",
            "{court}执行局\n{exec_no}\n{name}：你与{lender}执行一案已于{date}执行完毕，本院已解除对你的消费限制措施，特此告知。",
            "{court}\n送达回证\n{case_no}\n受送达人：{name}\n送达文书：起诉状副本、应诉通知书、举证通知书\n送达方式：电子送达"),
    _family("mediation_committee_notice", "notice", "formal",
            "{district}人民调解委员会\n致{name}：本会收到{lender}提出的调解请求。是否参加由您决定；若您愿意，调解员会与您约定时间，全程免费。",
            "调解通知\n{name}：{district}人民调解委员会受理了{lender}的调解申请，定于{date}{time}在本会调解室进行，调解遵循自愿原则。",
            "调解结果告知\n{name}：您与{lender}于{date}达成调解协议，协议内容以双方签字确认的文本为准，如有疑问请致电{hotline}。"),
    _family("lender_forwards_arbitration", "email", "letter",
            "主题：我司已提交仲裁申请\n{name}：\n依据合同第十二条的仲裁约定，我司近日向{district}仲裁委员会递交了申请材料。后续通知一律由仲裁委员会发出，我司不代为送达任何法律文书。\n{lender} 法务部",
            "主题：关于仲裁的说明\n{name}：\n我司已按合同约定申请仲裁，是否受理、何时开庭由仲裁委员会决定并通知您。您仍可在此之前与我司协商还款。\n{lender} 法务部"),
)

_COLUMNS = (
    _family("lawyer_column_jail", "app", "app",
            "【周律师答读者】读者来信问：借了钱暂时还不上，对方说要“抓人”，是真的吗？答：单纯还不上钱是合同违约，由法院按民事程序处理，警察不会因此上门带人。",
            "【普法时间】失信名单是执行阶段的信用惩戒，针对的是有履行能力却拒不履行判决的人，它限制的是高消费，和刑事处罚是两回事。",
            "【家长课堂】有家长担心欠款会连累孩子读书。按现行规定，受限制的只是高收费的民办学校，义务教育阶段的公办学校照常入学。"),
    _family("consumer_column_rights", "sms", "sms_template",
            "【{city}金融消保】催收人员不得向与债务无关的人透露您的欠款，不得以暴力、恐吓、侮辱方式催收。遇到此类情况可向监管部门投诉。",
            "【{city}金融消保】提醒：借新还旧只会让债务越滚越大。确有困难，请直接与原贷款机构协商延期或分期。",
            "【{city}金融消保】收到自称法院、公安的“立案短信”要求转账，请先通过官方渠道核实，切勿点击陌生链接。"),
)

_REPORTS = (
    _family("complaint_post_quotes", "app", "app",
            "投诉内容：{brand}的催收员打电话骂我“骗子”“不要脸”，还说要把我欠钱的事告诉我单位。诉求：停止辱骂和骚扰，删除我同事的电话。",
            "网友投诉：收到自称{brand}外包的短信，说“今晚就去你家”“让你全家都知道”，已截图报警，希望平台给个说法。",
            "用户反馈：催收员在电话里说我会坐牢、孩子会被影响政审，我查了法律规定不是这样，要求平台处理该催收员。"),
    _family("press_report_quotes", "app", "app",
            "【{city}晚报】记者调查发现，有外包催收员以“不还钱就去你单位拉横幅”“爆你通讯录”等话术威胁借款人，相关平台已被监管约谈。",
            "本报讯 因催收时辱骂借款人“老赖”“废物”并群发其亲友，某催收公司三名员工被警方行政拘留。",
            "【警情通报】我局接报一男子冒充法院工作人员，以“马上拘留”为由要求借款人转账，现已被依法刑事拘留，提醒群众提高警惕。"),
)

_PROMISES = (
    _family("no_visit_no_relatives", "sms", "sms_template",
            "【{brand}】{name}，本平台没有外访团队。任何人以{brand}名义敲门要钱，都请您直接报警，并告知我们{hotline}。",
            "【{brand}】{name}，我们承诺只与您本人沟通欠款事宜，不会向任何第三方透露您的借款信息。",
            "【{brand}】{name}，请不要为了还我们的钱去另找网贷或套现，那样负担更重；您可以在App里提交困难说明，我们按月收入重排还款计划。"),
    _family("contact_person_privacy", "sms", "sms_template",
            "【{brand}】您好，有用户在注册时填写了本号码。我们只会在联系不上他时请您转达回电，不谈任何细节，您随时可以回复“删除”退出。",
            "【{brand}】您好，此前打扰您了。您不是我们要联系的人，我们已将您的号码从联系人中移除，今后不会再联系您。",
            to="third_party"),
    _family("contact_callback_call", "call", "spoken",
            "坐席：您好 我们是{brand}的 想找一下{mr} 您方便的话请他回个电话 别的我这边不方便说\n第三方：〔好的|他不在家|行 我跟他讲〕\n坐席：好的 谢谢您 打扰了",
            "坐席：您好 请问您认识{mr}吗\n第三方：〔不认识|你打错了〕\n坐席：抱歉打扰 我们会把这个号码从记录里删掉",
            to="third_party"),
)

_OBLIGED_OTHERS = (   # guarantors, co-borrowers and mortgagors are owed the facts of the debt they answer for
    _family("guarantor_co_borrower_notes", "sms", "sms_template",
            "【{brand}】{guarantor}您好，您以保证人身份签署的合同（尾号{tail}）所担保的借款本月未按期归还，依约特此通知，详情可致电{hotline}查询。",
            "【{brand}】{guarantor}，您与{name}共同申请的借款本期{amount}元尚未入账，按合同双方均负还款义务，请与对方商量后安排。",
            "【{brand}】{guarantor}女士，您名下房产为{name}的借款设定了抵押，该借款现已逾期，依抵押合同我们需要告知您，您可随时来电了解。",
            "【{brand}】{guarantor}，您担保的{name}借款已于{date}全部还清，您的担保责任到此结束，感谢您的配合。",
            to="third_party"),
    _family("guarantor_call_asr", "call", "spoken",
            "坐席：喂您好是{guarantor}吧我是{brand}的您给{name}那笔借款签过担保现在他逾期了按合同得跟您说一声您看方便聊两句吗\n第三方：〔你说吧|我先问问他〕",
            "坐席：您好 您是这笔装修贷的共同借款人对吧 本期还款还没到账 合同上写的是你们俩一起还 您这边看看怎么安排\n第三方：〔好的|我跟他商量下〕",
            to="third_party"),
)

_CALLS = (
    _family("lawsuit_conditional_call", "call", "spoken",
            "坐席：{mr} 目前您这笔还在我们内部协商阶段 没有起诉 如果以后走诉讼 也是法院来判 您有答辩的机会 所以现在谈个分期对您最省事\n客户：〔嗯|我知道了|那怎么协商〕",
            "坐席：您的调解书上写的是每月十号还{amount} 这个月还没到账 您是忘了还是手头紧 手头紧的话我们可以一起向法院申请变更\n客户：〔我想想办法|好的〕",
            "坐席：您放心 欠款是民事纠纷 不会因为欠钱本身坐牢 但逾期会上征信 我们也有权起诉 所以还是建议您尽早处理\n客户：〔嗯|那我先还一部分〕"),
    _family("asr_lawful_legal_call", "call", "spoken",
            "坐席：那个您问的是会不会抓人啊不会的欠钱是民事的事情最多就是起诉嘛然后按判决还\n客户：〔哦|知道了〕",
            "坐席：就是说现在还在协商阶段还没有起诉您可以申请分期我帮您提交一下审核大概三天\n客户：〔行|好的〕"),
)

FAMILIES: tuple[Family, ...] = (_FRAUD_WARNINGS + _CREDIT_TRUTH + _BODIES_OWN_NOTICES + _COLUMNS + _REPORTS
                                + _PROMISES + _OBLIGED_OTHERS + _CALLS)


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
