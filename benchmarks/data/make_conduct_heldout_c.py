"""Third held-out conduct call set (issue 11): `conduct_heldout_c.jsonl`, written from the calls below.

How it was written: every call is hand-written for this set from the contract alone (section 1 for the
call format, section 5 for the five `conduct.*` definitions) and the issue's text, by a helper that did
not read the conduct rules, their lexicons, the training data or any other labelled set. The skeletons,
people, numbers, institutions (澄江消费金融, 云栖银行, 北辰小额贷款, 泰和信贷, 鹿鸣金融, 星桥数科, 禾丰银行,
安澜资产管理) and phone tails are invented. Each call is labelled by reading the definitions, not by running
the analyser; the turn of a label is where the conduct shows (the disclosing turn; the agent turn that
presses after hardship, after a stop / dispute / complaint / lawyer request, or after a third party's
denial; the agent's first turn for a missing self-identification).

This set judges the conduct rules: it must never be used to tune them (no rule, lexicon entry or
threshold chosen by looking at its errors), or its figures stop meaning anything.

A call is written as lines `S[codes] text`: S is the speaker (A agent, C customer, T third party), `~`
after it marks speech that starts before the previous turn ends, and the optional codes name the
categories labelled on that turn (N no_self_identification, D disclosure_before_verification,
T third_party_pressed, H hardship_ignored, S cease_ignored). Each call's header says its form (t: turns
with start/end seconds, u: turns without, x: speaker-prefixed text), recipient_type (`-`: absent),
agent_id and campaign. Timings are derived deterministically from each turn's length.

Regenerate with `python -m benchmarks.data.make_conduct_heldout_c`.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT_FILE = "conduct_heldout_c.jsonl"

CATEGORY_CODES = {
    "N": "conduct.no_self_identification",
    "D": "conduct.disclosure_before_verification",
    "T": "conduct.third_party_pressed",
    "H": "conduct.hardship_ignored",
    "S": "conduct.cease_ignored",
}
SPEAKERS = {"A": "agent", "C": "customer", "T": "third_party"}
FORMS = {"t": "timed", "u": "untimed", "x": "text"}
# Speaker prefixes a vendor's text export uses (contract section 1), varied from call to call.
TEXT_PREFIXES = {
    "agent": ("坐席", "催收员", "客服"),
    "customer": ("客户", "用户", "借款人"),
    "third_party": ("第三方", "联系人"),
}
_LINE = re.compile(r"^([ACT])(~?)(?:\[([NDTHS](?:,[NDTHS])*)\])? (.+)$")
_KEYPAD = re.compile(r"^（按键\w+）$|^\d$")


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    overlaps: bool              # starts before the previous turn ends
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Call:
    form: str
    recipient_type: str | None
    agent_id: str
    campaign_id: str
    lines: tuple[Line, ...]


def call(header: str, *lines: str) -> Call:
    """One call from its header (`form recipient agent campaign`) and its `S[codes] text` lines."""
    form, recipient, agent_id, campaign_id = header.split()
    parsed = []
    for line in lines:
        match = _LINE.match(line)
        if match is None:
            raise ValueError(f"call {header!r}: bad line {line!r}")
        speaker, overlap, codes, text = match.groups()
        parsed.append(Line(SPEAKERS[speaker], text, bool(overlap), tuple(codes.split(",")) if codes else ()))
    return Call(FORMS[form], None if recipient == "-" else recipient, agent_id, campaign_id, tuple(parsed))


CALLS: tuple[Call, ...] = (
    # --- verified debtors, polite and brusque agents, robot menus ---
    call("t debtor H-1021 yq-card-m1",
         "A 您好 这里是云栖银行信用卡中心 我是客服专员周敏 工号6021 有一项账户事宜需要与贺建军先生本人沟通 请问您是贺先生吗",
         "C 是我 什么事",
         "A 贺先生您好 今天来电是提醒您的信用卡账单 尾号8841的卡本期应还四千三百二十元 到今天已经逾期五天了",
         "C 哦 我知道 这个月手头有点紧",
         "A 理解 请问您大概什么时候方便处理呢 如果一次还不上 我们也可以帮您看一下分期的方案",
         "C 那分期怎么弄",
         "A 可以申请账单分期 分六期或者十二期 每期手续费按页面显示的来 您可以在手机银行里申请 我也可以帮您登记",
         "C 行 那我自己在手机上弄吧",
         "A 好的 那我给您备注一下 您在本周五前操作就可以 还有其他问题吗",
         "C 没了",
         "A 好的 感谢接听 祝您生活愉快 再见"),
    call("t unknown R-03 lm-robot-d7",
         "A[D] 您好 这里是鹿鸣金融 您在鹿鸣借的借款已逾期七天 应还金额二千一百八十元 请问您是覃海燕女士本人吗 是请按1 不是请按2",
         "C （按键2）",
         "A 抱歉打扰 如您认识覃海燕女士 请提醒她回电鹿鸣金融官方客服 再见"),
    call("t debtor H-3310 bc-m2",
         "C 喂",
         "A[N] 喂 邱志强是吧",
         "C 嗯 你谁啊",
         "A 我谁 你欠钱不还你说我谁 赶紧的 今天把钱还了",
         "C 你到底哪个公司的",
         "A 你管我哪个公司 你自己借的哪家你不知道啊 今天下午五点前还上",
         "C 我现在没钱",
         "A 没钱去想办法"),
    call("t third_party H-2207 cj-m1",
         "A 您好 我是澄江消费金融的客服 工号3307 有一件个人事务需要联系卢国栋先生 请问您是卢国栋先生吗",
         "T 不是 我是他同事 他现在在开会",
         "A 好的 那麻烦您方便的时候转告他回个电话给澄江消费金融客服就行 谢谢您",
         "T 行 我跟他说一声",
         "A 谢谢 打扰了 再见"),
    call("t - H-3318 bc-m3",
         "A 喂 您好 我是北辰小额贷款的 找一下柯美玲",
         "T 她不在 我是房东 她上个月就搬走了",
         "A[D,T] 搬走了 她在我们这还有一万二没还呢 你知道她搬哪去了吗",
         "T 我不知道啊 我只管收房租",
         "A 你是房东你肯定有她身份证复印件吧 你帮我们找找她 不然她这钱一直拖着对你也不好",
         "T 关我什么事 我挂了"),
    call("t debtor H-4102 tf-m1",
         "A 喂 你好 我这边是泰和信贷贷后部的 小孙 有点事跟本人说一下 请问是符永刚吗",
         "C 是我 嘎哈",
         "A 符先生 是这样 你在泰和信贷的那笔分期 这个月的三千六没还上 今天逾期第十二天了 跟你确认一下啥时候能还",
         "C 哎呀妈呀 老弟 我跟你说实话 我们厂子年前就黄了 我现在也没活干 整天在家待着呢",
         "A[H] 那你也得想办法啊 厂子黄了跟我们没关系 合同是你签的 这个钱你必须还",
         "C 我上哪整钱去啊 你说",
         "A 找亲戚朋友借啊 今天之内先还一千五",
         "C 你咋这么说话呢",
         "A 我说的是实话 你明天不还 后面的事你自己掂量"),
    call("t debtor R-07 xq-robot-d3",
         "A 您好 这里是星桥数科智能客服 来电提醒您账单还款事宜 请问您是庞丽娟女士吗 是请按1 不是请按2",
         "C 1",
         "A 庞女士您好 您的星桥分期账单本期应还一千零五十元 已逾期三天 请于今日内还款 如已还款请忽略 确认今天还款请按1 需要人工服务请按0",
         "C 别再给我打了行不行 一天打三次 烦不烦",
         "A[S] 抱歉没有听清您的选择 您的账单已逾期三天 请尽快还款以免影响您的信用记录 确认今天还款请按1",
         "C 我说了别打了",
         "A 感谢您的接听 再见"),
    call("t debtor R-07 xq-robot-d3",
         "A 您好 这里是星桥数科智能客服 来电是提醒您的还款事宜 请问是钟晓岚女士本人吗 是请按1 不是请按2",
         "C （按键1）",
         "A 钟女士您好 您本期星桥分期账单应还八百六十元 还款日为本月十五日 目前已逾期两天 如需还款帮助请按0转人工",
         "C 你们能不能别打电话了 有事发短信",
         "A 好的 已记录您希望通过短信联系的意见 后续将不再通过电话提醒 感谢您的接听 再见"),
    call("x unknown H-2231 cj-m2",
         "A[D] 喂 你好 我是澄江消费金融的 请问你是不是在我们平台借了两万块钱那个蒋一鸣嘛",
         "C 啥子哦 你找哪个",
         "A 蒋一鸣 你是不是蒋一鸣",
         "C 是嘛 有啥子事",
         "A 蒋先生 你这个借款已经逾期四十五天了 今天能不能先还一部分",
         "C 要得嘛 我这两天发了工资就还",
         "A 好的 那我给你登记一下 周五前还两千 谢谢"),
    call("u debtor H-5012 hf-card-m1",
         "A 您好 我是禾丰银行信用卡中心的 我姓林 有件事需要跟柏文静女士本人沟通 请问是柏女士吗",
         "C 嗯 是我",
         "A 柏女士您好 打扰您了 今天来电是关于您信用卡本期账单的 目前有两千九百元逾期了十天 想跟您确认一下还款安排",
         "C 我刚从医院出来 做了个手术 现在还在家躺着 真的没顾上",
         "A 哎呀 那您先好好休养 身体要紧 您这种情况我们可以帮您申请延期还款 最长可以延后两个月 需要的话我现在就给您提交",
         "C 那太好了 麻烦你了",
         "A 不客气 我这边已经提交了延期申请 审核结果会短信通知您 您这段时间安心养病 有问题随时打我们客服",
         "C 好 谢谢",
         "A 祝您早日康复 再见"),
    call("t debtor H-6601 al-lm-m3",
         "A 喂 你好 我是安澜资产管理的调解员 姓钱 受鹿鸣金融委托来电 有件事跟本人沟通 请问是申屠浩本人吗",
         "C 是 啥事",
         "A 申先生 你在鹿鸣金融的借款已经逾期八十多天了 本金加利息一共一万四千七 今天打电话就是跟你协商还款的",
         "C 这事我已经交给律师了 你们有啥跟我律师联系 我不跟你们谈",
         "A[S] 律师 请律师有什么用 钱还是你欠的 你今天先把最低的两千还了",
         "C 我说了找我律师",
         "A 找律师也改变不了你逾期的事实 你这样拖下去对你没好处"),
    call("x - H-1034 yq-card-m2",
         "A 您好 这里是云栖银行信用卡中心 请问是韦振华先生吗 我们有一项业务需要和他本人沟通",
         "T 我是他前妻 我们早离了 他的事别找我",
         "A 明白了 不好意思打扰您 如果您之后方便联系到他 请让他回电给云栖银行信用卡中心 如果不方便也没关系",
         "T 我不会联系他的",
         "A 好的 我这边记录一下 以后不再打扰您 再见"),
    call("t third_party H-4117 tf-m2",
         "A 喂 是韦振华家吗 我们这里是泰和信贷 找韦振华有事",
         "T 我是他前妻 早离婚了 他的事别找我",
         "A[T] 离了婚你们也有孩子吧 孩子他爸出事你不管啊 你跟他说 今天再不联系我们 我们就按程序走了",
         "T 你们走什么程序跟我有什么关系",
         "A 你就帮个忙 你让他给我打过来 不然我明天还得打你这个电话",
         "T 神经病"),
    call("t unknown R-11 misc-robot",
         "A[N,D] 您好 这里是贷后服务中心 提醒您本期账单已逾期 请尽快登录APP还款 以免产生更多费用 如已还款请忽略",
         "C 喂 喂 你是哪里",
         "A 感谢您的接听 再见"),
    call("t debtor H-2250 cj-m2",
         "A 喂 您好 请问是宁可欣宁女士吗",
         "C 你哪位",
         "A 您好 我是澄江消费金融的客户经理 姓顾 工号5512 来电是有一项个人账户事宜需要跟宁女士本人沟通 请问您是本人吗",
         "C 对 我是 怎么了",
         "A 宁女士 为了保护您的信息 麻烦您说一下身份证号的后四位",
         "C 三七二X",
         "A 好的 核对无误 谢谢 宁女士 是这样 您在我们澄江消费金融去年八月办理的那笔消费贷 借款金额三万元 分二十四期 目前第十四期和第十五期两期没有还 合计三千四百一十六元 已经逾期三十八天",
         "C 嗯 我知道 我前段时间换工作了 收入断了一个多月",
         "A 明白 换工作期间收入不稳定确实挺难的 现在新工作稳定了吗",
         "C 下个月开始发工资",
         "A 那这样 我跟您说一下几个方案 第一个是先还一期 一千七百零八元 剩下一期下个月发工资再还 第二个是申请把剩余的期数重新分期 拉长到三十六期 每期压力会小一点 但总利息会多一些",
         "C 重新分期要什么条件",
         "A 需要您在APP上提交申请 上传一下新单位的劳动合同或者收入证明 审核大概三个工作日 审核期间逾期的罚息会暂停计算",
         "C 那我先还一期 然后申请重新分期吧",
         "A 好的 那您今天还一期可以吗 还是需要到月底",
         "C 今天晚上就还",
         "A 好的 我给您备注一下 今晚还一千七百零八元 同时我这边给您发一条重新分期的申请链接 您注意查收短信",
         "C 行",
         "A 另外提醒一下 逾期记录会报送征信 尽早还上对您的信用有好处 有问题可以直接回拨我们的官方客服热线",
         "C 知道了 谢谢",
         "A 不客气 打扰您了 再见"),
    call("x unknown H-3302 bc-m3",
         "A 喂 是冯嘉树吗 我是北辰小额贷款的",
         "C 你哪位啊 找他干嘛",
         "A[D] 他在我们北辰贷借了八千块 已经逾期三个月了 你是他本人吧",
         "C 这钱不是我借的 我身份证丢过 被人盗用了",
         "A[S] 你说不是你借的就不是啊 合同上是你的名字 你的手机号 你赶紧还",
         "C 我要报警 我要投诉你们",
         "A 投诉也没用 你还是先把钱还了再说"),
    call("t unknown H-5020 hf-card-m1",
         "A 您好 这里是禾丰银行信用卡中心 请问是陶德胜先生吗 有一项业务需要与他本人核实",
         "T 打错了",
         "A 好的 不好意思打扰您了 再见"),
    call("t unknown H-6120 lm-m2",
         "A 喂 你好 我们是鹿鸣金融的 请问是杭振东吗",
         "C 打错了 我不认识这个人",
         "A[D,T] 不可能打错 这号码就是他借款的时候填的 你是他什么人 他借了钱不还 你知道吗",
         "C 我真不认识 这号我刚办的",
         "A 那你帮忙问问 找到他让他还钱"),
    call("u third_party H-4120 tf-m1",
         "A 喂您好 打扰了 我这边是泰和信贷的客服 请问是雷淑芬女士家吗 有点事找她本人",
         "T 她出去了 我是隔壁邻居 帮她看着孩子呢",
         "A 哦 好的 谢谢您 那等她回来能不能麻烦您转告她一下 泰和信贷客服找她 请她方便时回个电话",
         "T 行 我跟她说",
         "A 好的 谢谢您 再见"),
    call("x third_party H-4121 tf-m2",
         "A 喂 你好 这是雷淑芬的电话吧 我这边泰和信贷的",
         "T 恁找她弄啥嘞 俺是她邻居 她手机搁俺这充电哩",
         "A[D,T] 你跟她说一下 她在我们泰和信贷有笔钱逾期六十天了 今天必须还",
         "T 这俺可管不了",
         "A 你们邻居住得近 你帮忙去她家催催她 就说再不还我们要上门了",
         "T 中中中 俺跟她说"),
    call("t debtor H-5033 hf-card-m1",
         "A 您好 我是禾丰银行信用卡中心的工作人员 工号7719 有点事需要与包晓东先生本人沟通 请问您是包先生吗",
         "C 嗯 你说",
         "A 包先生您好 您的信用卡目前有一笔五千二百元的账单逾期二十天了 今天来电是跟您确认还款时间",
         "C 这个月真不行 孩子开学要交学费 我手上那点钱全交学费了 你说吧 要我干啥",
         "A 您的卡尾号是六六零三 对吧",
         "C 对",
         "A[H] 那您今天最少要还最低还款额一千零四十 这个是必须的 不还的话下个月还要加罚息",
         "C 我刚不是说了吗 钱交学费了",
         "A 那您找家人周转一下 今天务必处理"),
    call("t debtor H-7105 xq-m1",
         "A 喂 你好 我是星桥数科的 催收专员 小吴 有点事情跟本人核实一下 请问是汪志鹏吧",
         "C~ 喂 喂 你说吧",
         "A 汪先生 你那个星桥分期 本期一千三百五 逾期六天了 那个今天能处理吗",
         "C 呃 那个 我晚上 晚上还行吧",
         "A 可以 那我记一下 今天晚上十点前 还款后APP上会显示 那个有问题打我们客服",
         "C 嗯嗯 好",
         "A 好嘞 拜拜"),
    call("u debtor H-6133 lm-m1",
         "A[N] 喂 您好 是蒲建平先生吗",
         "C 是 哪位",
         "A 我是小赵 跟您说一下 您那个月底的账单记得按时还哈 有一千二",
         "C 哪个账单啊 你哪家的",
         "A 就是您手机上那个分期的嘛",
         "C 你到底哪个公司",
         "A 哦哦 我们是鹿鸣金融的"),
    call("t debtor H-5041 hf-card-m2",
         "A 喂 你好 禾丰银行信用卡中心 我姓马 有点事跟您本人沟通 请问是温海鹰吗",
         "C 我是 你们这一天打七八个电话 我要打12378投诉你们",
         "A[S] 哟 投诉啊 您投呗 投诉完了这钱是不是就不用还了 您那张卡逾期四十天 六千八 您打算啥时候还",
         "C 你什么态度",
         "A 我态度挺好的啊 比您欠钱不还的态度好多了 今天还不还"),
    call("t - H-2262 cj-m2",
         "A 喂 您好 澄江消费金融 请问是欧阳林先生吗",
         "T 他在洗澡 我是他老婆 有什么事跟我说就行",
         "A[D,T] 哦 嫂子啊 是这样 欧阳先生在我们这有笔两万的贷款 逾期一个多月了 您知道这事吗",
         "T 啊 我不知道啊 他没跟我说",
         "A 那您得督促督促他 夫妻俩的事 这钱他不还 到时候影响的是你们全家",
         "T 我知道了"),
    call("t unknown H-2263 cj-m2",
         "A 您好 我是澄江消费金融的客服 工号2208 有件事需要跟欧阳林先生本人沟通 请问他在吗",
         "T 他在洗澡 我是他老婆 有什么事跟我说就行",
         "A 谢谢您 这个事需要他本人处理 不方便转述 麻烦您等他方便的时候让他回个电话给我们就好",
         "T 什么事啊神神秘秘的",
         "A 是他的个人业务 我们需要本人确认 实在抱歉 麻烦您转告一下回电就行 谢谢",
         "T 好吧"),
    call("x third_party H-9001 misc-m3",
         "A[N] 喂 你好 找一下尚国庆",
         "T 我爸不在家 我是他儿子",
         "A 哦 那你爸什么时候回来",
         "T 不知道 晚上吧",
         "A[D,T] 你跟你爸说 他欠我们的钱再不还 我们就去你学校找你老师 听到没",
         "T 我不知道",
         "A 你记住了 回去跟你爸说 一万三 今天必须还"),
    call("t debtor H-1050 yq-card-hk",
         "A 喂 你好 我系云栖银行信用卡中心嘅客服 姓梁 有啲账户嘅事想同本人倾下 请问系咪伍家辉先生",
         "C 系我 咩事",
         "A 伍生你好 你张信用卡今期账单三千一百蚊 过咗还款日十二日 想同你确认下还款时间",
         "C 唔好意思 我阿妈上个礼拜走咗 呢排忙住搞白事 完全冇心情理呢啲",
         "A 哎 真系好遗憾 节哀顺变 咁样 我帮你申请暂缓还款一个月 呢段时间唔会再打电话催你 你处理好屋企嘅事先",
         "C 唔该晒",
         "A 唔使客气 有咩需要可以打返我哋客服热线 保重"),
    call("t debtor H-6140 lm-m1",
         "A 您好 这里是鹿鸣金融 我是客服小何 工号4410 有件事情跟您本人确认 请问是龙美华女士本人吗",
         "C 嗯",
         "A 龙女士 您在鹿鸣借的三千元借款已经逾期十五天了 请问今天能还上吗",
         "C 我现在怀孕七个多月了 已经没上班了 家里就靠我老公那点工资",
         "A[H] 好的 那您看今天能先还多少 我们这边要求至少先还一半 一千五",
         "C 我真拿不出来",
         "A 那明天中午之前呢 您让您老公帮您还一下",
         "C 我再想想吧",
         "A 好的 明天中午之前一千五 我们等您消息"),
    call("u debtor H-3340 bc-m1",
         "A 您好 我这里是北辰小额贷款的 我姓邵 有件事需要跟您本人说一下 请问是秦月娥女士吗",
         "C 我是 什么事",
         "A 秦女士 您在北辰贷有一笔四千五的借款 逾期二十二天了 今天来电提醒您还款",
         "C 我从来没在你们那借过钱 这钱不是我借的 你们搞错了",
         "A[S] 秦女士 我就是友情提醒一下 您看系统里确实有这笔借款 您早点还上就没事了 今天能还吗",
         "C 我说了不是我借的",
         "A 那您先还了 有问题再说"),
    call("x debtor H-3341 bc-m1",
         "A 您好 这里是北辰小额贷款客服中心 工号1187 有项账户事宜需要和您核实 请问是苗卫东先生本人吗",
         "C 是我",
         "A 苗先生您好 系统显示您名下有一笔六千元借款 目前逾期十八天",
         "C 不可能 我没借过 我身份证之前被别人冒用过 肯定是那个",
         "A 明白了 这个情况很重要 我这边先给您登记异议 转给风控核实 核实期间不会再催收 您方便的话可以准备一下报警回执或者身份证挂失证明 后续核实人员会联系您",
         "C 好 那你们查清楚",
         "A 好的 已经登记 给您带来困扰很抱歉 再见"),
    call("t debtor H-5050 hf-card-m1",
         "A 您好 我是禾丰银行信用卡中心的 小方 有件事想跟您本人沟通 请问是缪晨阳先生吗",
         "C 是 我在开车 不方便",
         "A 好的 那您注意安全 我下午再联系您 或者您方便时回拨我们官方热线",
         "C 好"),
    call("t unknown R-02 cj-robot-d10",
         "A[D] 您好这里是澄江消费金融提醒您您的借款已鱼期十天欠款金额三千零四十元请及时还宽 请问您是本人吗",
         "C 呃 那个 我是他姐姐 他不在",
         "A 好的 请转告机主回电澄江消费金融 感谢接听"),
    call("t third_party H-9013 misc-m3",
         "A[N] 喂 是那个 宏达物流吧 我找一下你们公司的祝永红",
         "T 我是她同事 她今天休息 你哪位",
         "A[D,T] 你别管我是谁 你就跟她说 她欠的钱再不还我们就联系你们领导了",
         "T 啊 你到底是哪个",
         "A 你转告就行了 让她今天回电"),
    call("u debtor H-4133 tf-m2",
         "A 喂 大哥你好 我是泰和信贷的客服 小刘 工号0923 找一下晏宝山大哥 有点账户上的事跟本人唠唠",
         "C 我就是 啥事啊",
         "A 晏大哥 你那个分期 这个月一千八没还上 过了九天了 问问你这边啥情况",
         "C 老弟 不瞒你说 我上个月干活从架子上摔下来了 腿瘸了 现在评残呢 啥也干不了",
         "A 哎呀 那可遭罪了 大哥你先养着 这种情况我们有个困难客户的减免政策 可以停息挂账 或者延后三个月再还 我给你报上去 你看行不",
         "C 那敢情好 谢谢老弟",
         "A 不客气 我今天就提交 审批下来给你发短信 你把残疾证或者医院证明拍个照传APP上就行",
         "C 中 行",
         "A 好嘞 大哥保重 拜拜"),
    call("x debtor H-6150 lm-m1",
         "A 喂 你好 我是鹿鸣金融的 工号3021 有件事跟您本人沟通 请问是阮志刚本人吗",
         "C 是",
         "A 阮先生 您的鹿鸣借还款已经逾期五天 金额九百八 今天能还吗",
         "C 我知道 我会还的 你们别再给我打电话了行不行 我一天接你们十几个",
         "A[S] 那您今天几点能还 我下午五点再给您打一个确认一下",
         "C 你听不懂人话是吧"),
    call("t debtor H-6151 lm-m1",
         "A 您好 我是鹿鸣金融的客服 工号3022 有件事需要跟阮志刚先生本人沟通 请问您是吗",
         "C 是我",
         "A 阮先生您好 您的鹿鸣借本期九百八十元已逾期五天 来电是提醒您还款",
         "C 知道了 我周末就还 你们别老打电话了 我上班不方便接",
         "A 好的 您的要求我记下了 已经给您备注不再电话提醒 后续如有需要会通过短信联系您 周末还款后APP可以查看结果",
         "C 行"),
    call("u debtor H-9020 misc-m2",
         "A[N] 喂 您好 请问是郝丽君女士吗 我这边是贷后管理中心的 有点事跟您核实一下",
         "C 是我 你哪个公司的贷后",
         "A 您在我们这边有个账户 本月应还两千一 已经逾期了 今天能还吗",
         "C 我在好几家都有借款 你到底哪家",
         "A 您登录APP看一下就知道了 今天记得还哈"),
    call("t - H-9021 misc-m3",
         "A[N] 喂 是郝建勋吗",
         "T 是 我是他爸 他出去打工了",
         "A[D,T] 叔叔 您儿子借的网贷三个月没还了 一万多呢 您知道这事吗",
         "T 不知道啊 他没说过",
         "A 他留的紧急联系人就是您 您当爹的得管管 要不您先帮他垫上",
         "T 我哪有钱 我一个种地的",
         "A 那您打电话让他今天就还 不然后面的事很麻烦"),
    call("t unknown H-1061 yq-card-m1",
         "A 您好 我是云栖银行信用卡中心的客服 姓姚 有一项个人业务需要联系戚梦婷女士本人 请问是戚女士吗",
         "T 她在厨房 我是她妈 你等一下啊 婷婷 电话",
         "C 喂 我是戚梦婷",
         "A 戚女士您好 为了确认是您本人 麻烦报一下您的出生年份",
         "C 九三年",
         "A 好的 谢谢 是这样 您的信用卡本期账单一千六百元 今天是最后还款日 来电提醒您一下 避免逾期",
         "C 哦 好 我中午就还",
         "A 好的 感谢 祝您生活愉快"),
    call("x debtor H-7120 xq-m2",
         "A 喂 是岳红旗不是 我这边是星桥数科的 有点事跟你本人说",
         "C 是俺 咋了",
         "A 你那个星桥分期 逾期快俩月了 四千二 你到底还不还",
         "C 俺不是不还 俺们那厂子倒了 工资都没结 俺现在也是到处找活干",
         "A[H] 厂子倒了 那可真巧 每个欠钱的都有个倒闭的厂子 你别跟我扯这些 这周五前必须还清",
         "C 恁咋这样说话哩",
         "A 我就这样说话 周五见不到钱 你等着瞧"),
    call("t third_party R-05 tf-robot-d5",
         "A 您好 这里是泰和信贷智能客服 有一项业务需要与鲍立新先生本人确认 请问您是本人吗 是请按1 不是请按2",
         "C 2",
         "A 抱歉打扰您 如方便 请转告鲍立新先生回电泰和信贷官方客服 感谢您的接听 再见"),
    call("u debtor H-9030 misc-m2",
         "A[N] 喂 卓光明哇",
         "C 对头 你哪个",
         "A 你勒个月的钱啥子时候还嘛 都拖了二十天了",
         "C 兄弟 我屋头出了事 我老汉儿上个月走了 办丧事钱都花光了 现在莫得钱",
         "A[H] 那是你屋头的事 跟我们没得关系 你今天必须还一千",
         "C 你咋个这样说话",
         "A 明天还不上我还要打 打到你还为止"),
    call("t debtor H-2270 cj-m2",
         "A 您好 我是澄江消费金融的贷后专员 姓彭 工号6630 有一项账户事宜需要跟您本人沟通 请问是史俊峰先生吗",
         "C 是 你说",
         "A 史先生您好 您在澄江消费金融的消费贷 目前逾期五十二天 逾期本息合计九千四百三十元 今天来电是想跟您商量一下还款",
         "C 我知道逾期了 不过你们这个利息是不是算多了 我借的时候没说有这么多",
         "A 利息是按合同约定计算的 明细在APP里可以看到 我也可以给您发一份",
         "C 我看了 就是不对 你们先把利息给我算清楚 算不清楚我就去金融监管局投诉 这钱我不认",
         "A[S] 投诉是您的权利 但是逾期天数每天都在增加 您今天先还三千 其他的后面再说",
         "C 我说了先算清楚",
         "A 史先生 您这样拖下去 罚息只会越来越多 到时候更说不清楚了",
         "C 那你们给我发个明细",
         "A 明细APP上都有 您自己看 关键是今天能不能先还一部分",
         "C 不能",
         "A 那明天呢 明天下午我再给您打一个",
         "C 你们再这样我就去告你们",
         "A 您随意 反正钱是要还的",
         "C 挂了"),
    call("u debtor H-1072 yq-card-m3",
         "A 您好 我是云栖银行信用卡中心的 工号8830 我姓蔡 有一项账户上的事情跟您本人沟通一下 请问是管志远先生吗",
         "C 是我 你们又打来了 我已经说了很多遍了 再打我就投诉",
         "A 非常抱歉给您带来困扰 您的意见我这边记录下来了 如果您需要投诉 可以拨打我行客服热线 也可以通过手机银行在线提交 后续我们会按照您的要求调整联系方式",
         "C 我不要电话 你们发短信就行",
         "A 好的 已为您登记只通过短信联系 不再打扰 祝您生活愉快"),
    call("t unknown H-6160 lm-m1",
         "A[D] 喂 您好 我们是鹿鸣金融的 请问您是不是欠了我们平台的钱还没还啊 是钱美霞吗",
         "C 啊 我是 怎么了",
         "A 钱女士 您的借款九百二 逾期两天了 今天记得还",
         "C 知道了"),
    call("x - R-08 xq-robot-d12",
         "A[D] 您好，这里是星桥数科，您的星桥分期已逾期十二天，欠款一千九百六十元，请问您是薛宇航先生吗？是请按1，不是请按2。",
         "C （按键1）",
         "A 薛先生您好，请您在今日十八点前完成还款，如需人工服务请按0。",
         "C 我已经跟你们说过了 这钱我在跟你们协商 别再打这种机器人电话了",
         "A[S] 您的欠款已逾期十二天，逾期将影响您的个人征信，请尽快还款。确认今日还款请按1。",
         "C （挂机）"),
    call("u debtor H-4140 tf-m1",
         "A 喂 泰和信贷 找一下裴大勇 有事跟他本人说",
         "C 我就是",
         "A 裴大勇 你那个分期逾期二十五天了 两千四 啥时候还",
         "C 下礼拜吧",
         "A 下礼拜几",
         "C 周三",
         "A 行 周三 记住了啊 别到时候又找不着人",
         "C 知道了"),
    call("x third_party H-5060 hf-card-m3",
         "A 您好 这边是禾丰银行信用卡中心 请问房立伟在吗 有点事找他本人",
         "T 他不在 我是他同事 他出差了",
         "A[T] 那你们公司人事电话多少 我们要找他们领导说一下他这个情况",
         "T 什么情况啊",
         "A[D] 他信用卡欠了我们行三万多 半年没还了 我们需要单位配合一下",
         "T 这个我不方便给你"),
    call("t debtor H-3350 bc-m1",
         "A 喂 您好 我是北辰小额贷款的客服 姓唐 工号2290 找一下甘小军先生本人 有件事跟他沟通",
         "C 我是 你说吧",
         "A 甘先生 您的北辰贷借款逾期三十天了 欠款两千七百五 想问一下您这边的情况",
         "C 我跟你说实话 我现在连饭都吃不上了 哪有钱还",
         "A 听起来您现在确实很难 先别着急 我们有个困难客户协商还款的通道 可以申请减免部分罚息 分几个月慢慢还 每个月还多少您自己量力而行 您看要不要我帮您登记一下",
         "C 那能每个月还三百吗",
         "A 我先按三百帮您提交 审核结果三个工作日内短信通知您 这段时间先不用着急",
         "C 好 谢谢你"),
    call("u debtor H-5071 hf-card-m2",
         "A 喂 你好 禾丰银行信用卡中心 是单立春吧",
         "C 嗯 我刚从医院出来 有事快说",
         "A[H] 你那张卡欠了八千多 逾期两个月了 今天必须还 别再拖了",
         "C 我说了我刚出院",
         "A 出院了就赶紧想办法还钱"),
    call("x third_party H-6170 lm-m2",
         "A 您好 我这里是鹿鸣金融客服 工号5531 有件私人事务需要联系龚小雨女士本人 请问您是吗",
         "T 不是 我是她房东 她前两个月退租了",
         "A 好的 谢谢您告知 请问您这边有她现在的联系方式吗 如果不方便就算了",
         "T 我只有这个号 她换号了吧",
         "A 明白了 不好意思打扰您了 祝您生活愉快"),
    call("t debtor H-1080 yq-card-m1",
         "A[N] 喂 您好 请问是麦志诚先生吗",
         "C 是 哪位",
         "A 麦先生 您好 打扰了 麻烦跟您核对一下 您的手机尾号是二七三一对吧",
         "C 对 你到底哪里的",
         "A 哦 不好意思 我是云栖银行信用卡中心的 来电是提醒您本月账单还款",
         "C 哦 好 我知道了"),
    call("t debtor H-4150 tf-m1",
         "A 喂 你好 那个 我这是泰和信贷的 客服小王啊 就是 找一下 呃 白永胜 有点事儿跟本人说",
         "C~ 嗯呐 我是 啥事儿",
         "A 白哥 就是 你那个 分期 这个月那个 一千一百五 还没还 今天过了三天了",
         "C 哎呀 忘了忘了 我寻思着 那个 下午就整",
         "A 行 那下午你整完 那个 APP上能看着 就这事儿",
         "C 中 嗯 好嘞",
         "A 好嘞 白哥 拜拜"),
    call("u debtor H-6620 al-cj-m3",
         "A 您好 我是安澜资产管理的调解员 工号A772 受澄江消费金融委托 有一项账户事宜需要与柯振邦先生本人沟通 请问您是吗",
         "C 是我 不过这事我已经委托律师处理了 你们有事直接联系我的律师",
         "A 好的 明白 请问方便提供一下律师的姓名和联系方式吗 我这边登记后 后续会由我们联系您的律师 不再直接打扰您",
         "C 律师姓骆 骆明远 你们发函给他事务所",
         "A 好的 已经登记 骆明远律师 后续我们通过书面方式联系 谢谢您 再见"),
    call("x debtor H-4160 tf-m3",
         "A 喂 你好 我是泰和信贷的 请问是谷大鹏不",
         "C 是 又是你们 我跟你们说 我要投诉你们 天天打天天打",
         "A[S] 你投诉也没用 你逾期七十天了 七千多 不还我们天天打",
         "C 你瞅瞅你这态度",
         "A 态度咋了 欠钱还钱天经地义"),
    call("t debtor H-7130 xq-m1",
         "A 您好 我是星桥数科客服 工号7710 有件事需要跟喻佳琪女士本人确认 请问您是吗",
         "C 是的",
         "A 喻女士您好 系统显示您本期星桥分期账单六百四十元还未入账 来电提醒一下",
         "C 我昨天晚上已经还了",
         "A 好的 可能是系统还没同步 给您添麻烦了 以实际入账为准 打扰了"),
    call("t debtor H-6180 lm-m2",
         "A 您好 鹿鸣金融 我是催收专员 工号2105 有事跟您本人说 请问是项文斌吗",
         "C 是我",
         "A 项先生 您的鹿鸣借逾期十八天 金额三千四百元 今天需要处理一下",
         "C 我们公司上个月裁员 我被裁了 现在还在找工作",
         "A[H] 谁还没点困难呢 困难不是不还钱的理由 今天最少先还一千",
         "C 我卡里就剩几百了",
         "A 那就先还几百 剩下的明天补上"),
    call("t unknown H-9040 misc-m1",
         "A[N,D] 喂 我是你贷款那个平台的 你那笔钱逾期了知道吗",
         "C 你打错了吧 我没贷款",
         "A 你不是侯丽萍吗",
         "C 不是 我不认识什么侯丽萍",
         "A 不好意思 打错了"),
    call("t debtor R-01 cj-robot-d4",
         "A 您好 这里是澄江消费金融智能语音助手 来电是有一项账户事宜需要与柴国华先生本人确认 请问您是本人吗 是请按1 不是请按2",
         "C （按键1）",
         "A 柴先生您好 您的澄江消费贷本期应还一千二百三十元 已逾期四天 查询账单请按1 办理还款请按2 申请延期或分期请按3 转人工请按0",
         "C （按键3）",
         "A 您可以申请延期还款七天或将本期账单分为三期 申请延期七天请按1 申请分三期请按2 返回上一级请按星号键",
         "C （按键2）",
         "A 已为您提交分三期申请 每期四百一十元 首期还款日为下月五日 审核结果将通过短信通知 确认请按1 取消请按2",
         "C （按键1）",
         "A 已确认 还有其他需要吗 需要转人工请按0 结束请直接挂机",
         "C 呃 那个 人工",
         "A 正在为您转接人工坐席 请稍候",
         "A 您好 我是澄江消费金融人工客服 工号3316 请问还有什么可以帮您",
         "C 就是问一下 分期以后还影响征信吗",
         "A 分期申请通过后按时还款就不会产生新的逾期记录 之前已经逾期的四天按规定会有记录 建议您按计划还款",
         "C 好 知道了",
         "A 感谢来电 再见"),
)


def _timed_turns(lines: tuple[Line, ...], rng: random.Random) -> list[dict]:
    """Turns with start/end seconds: speech at a few characters a second, short pauses, now and then a
    long silence, and overlapping turns starting before the previous one ends."""
    turns: list[dict] = []
    start = end = 0.0
    for index, line in enumerate(lines):
        rate = 4.6 if line.speaker == "agent" else rng.uniform(3.2, 5.2)
        keypad = bool(_KEYPAD.match(line.text))
        duration = 0.4 if keypad else max(0.7, len(line.text) / rate + rng.uniform(0.1, 0.6))
        if index == 0:
            begin = rng.uniform(0.5, 2.5)
        elif line.overlaps:
            begin = max(start + 0.3, end - rng.uniform(0.4, 1.2))
        else:
            begin = end + (rng.uniform(2.5, 7.0) if rng.random() < 0.1 else rng.uniform(0.2, 1.3))
        start = max(round(begin, 1), start)
        end = round(start + duration, 1)
        turns.append({"speaker": line.speaker, "text": line.text, "start": start, "end": end})
    return turns


def _call_text(lines: tuple[Line, ...], number: int) -> str:
    """The call as a vendor's text export: one speaker-prefixed line a turn, ASCII colons in a third."""
    colon = ":" if number % 3 == 0 else "："
    return "\n".join(f"{TEXT_PREFIXES[line.speaker][number % len(TEXT_PREFIXES[line.speaker])]}{colon}{line.text}"
                     for line in lines)


def record(number: int, written: Call) -> dict:
    """The contract record of the set's `number`-th call (1-based), with its labels."""
    message_id = f"CC-{number:03d}"
    fields: dict = {"message_id": message_id, "campaign_id": written.campaign_id, "channel": "call"}
    if written.form == "text":
        fields["text"] = _call_text(written.lines, number)
    elif written.form == "timed":
        fields["turns"] = _timed_turns(written.lines, random.Random(message_id))
    else:
        fields["turns"] = [{"speaker": line.speaker, "text": line.text} for line in written.lines]
    if written.recipient_type is not None:
        fields["recipient_type"] = written.recipient_type
    fields["agent_id"] = written.agent_id
    fields["labels"] = [{"category": CATEGORY_CODES[code], "turn": turn}
                        for turn, line in enumerate(written.lines) for code in line.codes]
    return fields


def write_heldout(directory: Path = HERE) -> Path:
    """Write the set as JSON Lines into `directory`; the same bytes on every run."""
    path = directory / HELDOUT_FILE
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for number, written in enumerate(CALLS, start=1):
            handle.write(json.dumps(record(number, written), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(write_heldout())
