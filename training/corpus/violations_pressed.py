"""Violating families of who signs and who is pressed, a fourth round in others' voices (issue 9).

Written after reading the classifier's misses by family on the released sets B–K and the fresh batch wording_dev_y
(never copied: every text here is written anew, about other situations, with invented names and numbers). The
fused detector missed most often, with the classifier's score far below its threshold:

- who speaks: a regulator's, a township office's, a street office's or an anti-fraud centre's signature over a demand
  to repay a lender; a court's "electronic service" with a link and a deadline; a police unit as an e-mail sender; a
  lender's collector who says he is also the case's lawyer; a "legal centre" of a law firm;
- pressure on third parties in messages to them: relatives told to pool money, cover the debt or borrow for it;
  a school, a clinic or a workshop asked in a formal letter to make its employee pay; a village cadre or grid worker
  sent to the parents;
- the same in Cantonese, Sichuanese and Northeastern speech, and in traditional characters.

Rendering and slots are `violations_others.py`'s. Run `python -m training.corpus.violations_pressed` for counts.
"""

from __future__ import annotations

import random

from training.corpus.violations import DIS, IMP, LEG, ROLL, TP, Family, _f, _print_coverage
from training.corpus.violations_others import _OtherSlots
from training.corpus.violations_real import _generate

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_pressed"

# ---------------------------------------------------------------- who speaks: an authority's name over a demand

_WHO = [
    _f("who.regulator_signature", IMP, "sms", "sms_template",
       "【{city}金融监督管理局】{name}，我局已将你与{lender}的欠款列为督办事项，限你{deadline}向该平台付清。",
       "【{regulator}】{name}，经我单位审查，你对{lender}的欠款无正当理由拖延，责令三日内履行还款义务。",
       "【{city}地方金融管理局】{name}，你的{amount}元逾期欠款已在我局登记在案，请主动联系{lender}结清。",
       "【{regulator}消费者权益保护处】{name}，请配合{lender}的清收工作，本周内归还欠款，我处将跟踪办理结果。"),
    _f("who.township_office", IMP, "notice", "formal",
       "督促还款通知\n{name}：据{lender}反映，你长期不归还借款，现责成你在本周五前把欠款送还该公司。\n{town}综治办",
       "{town}办事处\n告诫书\n{name}：你欠{lender}借款{amount}元，经多次催告仍不履行，请接告诫书后立即还款。",
       "{town}综合治理中心\n{name}同志：你拖欠{lender}的借款已被列入本月化解台账，望你积极筹款，早日还清。"),
    _f("who.antifraud_center_demand", IMP, "sms", "sms_template",
       "【{city}公安局反诈中心】{name}您好，系统提示您在{lender}尚有逾期未还款项，请抓紧在官方App内还清。",
       "【{police_unit}】{name}，我们注意到你在{lender}的欠款长期未还，请{deadline}处理，否则将约谈本人。",
       "【{city}网警支队】{name}，你名下网贷存在长期逾期，请尽快与{lender}联系还款，本条无需回复。"),
    _f("who.court_service_link", IMP, "email", "formal",
       "主题：{court}文书送达提醒\n{name}：\n{lender}对你提起的借款诉讼已受理，相关文书请通过附件中的二维码领取，逾期不领将按缺席处理。",
       "主题：{court}执行款缴纳通知\n{name}：你所涉借款案件已转执行，执行款请直接汇至附件所列的{lender}收款账户，今日到账为准。",
       "主题：财产保全预告\n发件人：{court}诉讼服务中心\n{name}：{lender}已向本院提出保全你名下存款的申请，两天内还清欠款可免于保全。"),
    _f("who.police_email_sender", (IMP, LEG), "email", "formal",
       "主题：涉嫌诈骗告知\n发件人：{city}市公安局经侦大队\n{name}：你借{lender}的钱至今不还，已被认定为骗取贷款，请在三天内把欠款补齐。",
       "主题：配合调查的通知\n发件人：{police_unit}\n{name}：你的网贷欠款已达到立案标准，把欠款还清后本单位可以撤销调查。"),
    _f("who.collector_as_lawyer", IMP, "email", "formal",
       "主题：律师提示函\n{name}：\n本人系{lender}清收专员{agent}，同时持有律师执业证，负责办理你的欠款，限你三日内还款。\n{lender}清收部",
       "主题：律所清收中心告知\n{name}：你在{lender}的欠款已由本所清收中心承接，请{deadline}付清欠款。\n{lawfirm}清收中心",
       "{name}，跟你说清楚，我是{lender}这边的人，也是挂证的律师，这笔账现在归我管，今天给我个准话什么时候还。"),
]

# ---------------------------------------------------------------- pressure on third parties, in messages to them

_PRESSED = [
    _f("pressed.relative_pool_money", (TP, DIS), "sms", "sms_template",
       "{name}的堂哥，你弟弟在{lender}欠了{amount}没还，你们一大家子分摊一下，今天不把钱打过来我们就一个个打电话找。",
       "你是{name}的姨妈吧？她欠{lender}的钱拖了半年，你们做长辈的要么替她还，要么我们天天打给你。",
       "{name}的表弟，你哥那笔{amount}的欠款我们找不到他人，只能找你，你先垫上，不然这事没完。",
       to="third_party"),
    _f("pressed.relative_borrow_for_him", (TP, DIS, ROLL), "call", "spoken",
       "坐席：你是{name}的嫂子吧 他欠我们{amount} 你手上没现金就去刷信用卡取现 帮他把这笔补上\n第三方：{tp_reply}",
       "坐席：{name}的妈妈 您儿子在{lender}逾期好久了 您去网上借一笔 先帮他还了 不然我们还会打给您\n第三方：{tp_reply}",
       "坐席：你家里那几亩地的补偿款不是下来了吗 拿出来替{name}还了 你这个当爹的不管谁管\n第三方：{tp_reply}",
       to="third_party"),
    _f("pressed.workplace_letter", (TP, DIS), "notice", "formal",
       "关于督促贵单位职工还款的函\n{school}：\n贵单位{name}老师拖欠{lender}借款长期不还，请校领导找其谈话，限其月底前还清，否则我司将每天致电学校办公室。\n{lender}",
       "致{employer}老板：\n你们那里的员工{name}欠我司{amount}元，请你直接从他这个月工资里扣下来转给我们，不扣我们就天天打你们店里电话。\n{agency}",
       "告{employer}全体员工书\n各位：你们的同事{name}欠钱半年不还，请大家一起给他施压，他一天不还我们一天不停发。\n{lender}贷后管理部",
       to="third_party"),
    _f("pressed.cadre_to_parents", TP, "call", "spoken",
       "坐席：你一直不露面 那我只能找你们村主任 让他带着我们去你爸妈家里说道说道\n客户：{reply}",
       "坐席：你住的那个社区 居委会的电话我们有 明天就让他们上门跟你父母讲讲你欠钱的事\n客户：{reply}",
       "坐席：你老家镇上派出所旁边那个村委会 我们下午就打过去 让村干部去你家里找你爹妈\n客户：{reply}"),
    _f("pressed.dialect", TP, "call", "dialect",
       "坐席：你屋企人嘅電話我哋全部有晒 你再唔還 我哋逐個打去問佢哋點解唔幫你還\n客户：{reply}",
       "坐席：你躲嘛 你躲得脱 你婆娘的电话我们有 今天就打给她摆一摆你欠钱的事\n客户：{reply}",
       "坐席：你不还是吧 行 我这就给你大舅哥打电话 让他们老丁家都知道你是个啥人\n客户：{reply}",
       "坐席：你那个开超市的表姐 我们打听到了 你不还 我们就上她店里去要\n客户：{reply}"),
    _f("pressed.traditional", (TP, DIS), "sms", "sms_template",
       "【{lender}】{name}之家屬：{name}欠本公司款項至今未還，請您即日代其清償，否則本公司將每日致電您及您的工作單位。",
       "{name}的同事您好，他欠本公司{amount}元長期不還，您若不督促他還款，我們只好每天打到你們公司總機。",
       to="third_party"),
]

FAMILIES: tuple[Family, ...] = (*_WHO, *_PRESSED)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
