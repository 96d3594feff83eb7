"""Fourth held-out conduct call set (issue 11): `conduct_heldout_d.jsonl`, written from the calls below.

How it was written: every call and chat thread is hand-written for this set from the contract alone
(section 1 for the call format, section 5 for the five `conduct.*` definitions), the regulations
reference and the writer's own knowledge of how Chinese card centres, consumer-finance companies,
outsourced agencies and robot diallers talk. The writer did not read the conduct rules, their lexicons,
the training data, the tests or any other labelled set; the only file of `benchmarks/data/` it opened is
`make_conduct_heldout_c.py`, for the output format, whose call parser and timing it reuses. Nothing was
run against the set: no analyser, scan or evaluation. People, institutions (沧澜银行, 青禾农商银行,
瀚海银行, 锦程消费金融, 栖霞消费金融, 百川消费金融, 安盈消费金融, 满盈数科 and its 小满分期, 拓原科技
and its 随心花, 橙意科技 and its 橙意贷; the agencies 恒信达商务咨询, 睿和信息咨询, 鼎泰资产管理,
嘉禾商务服务, 诚远企业管理), amounts and phone tails are invented.

Registers: bank card centres, consumer-finance companies, outsourced agencies (stating or not stating
the lender they act for), robot calls with keypad menus, human calls transcribed by ASR (no punctuation,
fillers, homophones), Cantonese, Sichuanese and northeastern speech, interruptions (turns starting
before the previous one ends), evasive callees ("你找他干嘛", "我是他老婆"), and WeChat / in-app chat
threads with a collector, given as untimed turns with `"medium": "chat"` (section 1 takes turns on
calls only, so a chat thread travels as a `call` record).

Labelling conventions (each call labelled by reading the definitions, not by running anything; one
label per category per call, at the first turn where the conduct shows; turn indices are 0-based over
all turns):
- no_self_identification: the agent does not say who is calling (the institution, or the agency and
  the lender it acts for) and why in its first two turns; an agency that names only itself counts.
  Turn: the agent's second turn, or its first if it has only one.
- disclosure_before_verification: the agent reveals the amount, overdue status, lender or product of
  the debt before the callee has confirmed being the debtor ("你找他干嘛", "什么事你说" and silence are
  not confirmations). Asking for the debtor by name, asking for a call-back, and an institution naming
  itself to identify the call are not disclosures. Turn: the disclosing turn.
- third_party_pressed: after the callee says they are not the debtor (a spouse, parent, colleague,
  landlord, a stranger with a recycled number), the agent does more than ask for other contact
  details or a call-back. Turn: the first such agent turn.
- hardship_ignored: after the customer states job loss, illness or hospital, a death in the family,
  disaster, pregnancy or disability, the agent keeps demanding with neither an acknowledgement nor a
  lawful option. "手头紧" alone is not hardship. Turn: the agent turn that presses.
- cease_ignored: after a stop request (on this channel or at all), a dispute, a complaint threat or a
  lawyer named, the agent keeps pressing instead of acknowledging and recording it. Turn: the
  pressing agent turn.
Compliant calls (about 40%) sit close to the line: identity verified before any detail, robots that
verify by keypad first, a callee who first denies and then admits being the debtor, relatives and
contacts asked only for a call-back, hardship answered with deferral or instalments and a gentle
reminder, stop requests and disputes acknowledged, recorded and closed politely. Customers' own anger
is never labelled.

This set judges the conduct rules: it must never be used to tune them (no rule, lexicon entry or
threshold chosen by looking at its errors), or its figures stop meaning anything.

A call is written as lines `S[codes] text` (the format of `make_conduct_heldout_c`): S is the speaker
(A agent, C customer, T third party), `~` after it marks speech that starts before the previous turn
ends, codes name the labelled categories (N, D, T, H, S). The header gives the form (t: timed turns,
u: untimed turns, x: speaker-prefixed text), recipient_type (`-`: absent), agent_id and campaign.

Regenerate with `python -m benchmarks.data.make_conduct_heldout_d`.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.data.make_conduct_heldout_c import CATEGORY_CODES, Call, _call_text, _timed_turns, call

HERE = Path(__file__).resolve().parent
HELDOUT_FILE = "conduct_heldout_d.jsonl"


def chat(header: str, *lines: str) -> Call:
    """A WeChat or in-app chat thread with a collector: untimed turns, marked as a chat on output."""
    written = call(header, *lines)
    if written.form != "untimed":
        raise ValueError(f"chat {header!r}: chat threads are written as untimed turns")
    return Call("chat", written.recipient_type, written.agent_id, written.campaign_id, written.lines)


CALLS: tuple[Call, ...] = (
    # --- card centres and consumer-finance companies: verified first, then the details ---
    call("t debtor H-5102 cl-card-m1",
         "A 您好 这里是沧澜银行信用卡中心 我是客户经理孟婷 工号50217 今天来电是有一项账户方面的事情要和欧阳振华先生本人沟通 请问您是欧阳先生吗",
         "C 对 是我",
         "A 欧阳先生您好 为了核实身份 麻烦您报一下身份证号码的后四位",
         "C 三九一X",
         "A 好的 核实通过 您尾号2076的信用卡上期账单六千八百一十五元 最低还款额没有按时还上 目前逾期九天 想跟您确认一下还款安排",
         "C 上周出差忘了 我今天晚上就还",
         "A 好的 您还最低还款额六百八十二元就可以先恢复正常 建议您还进去之后在APP里看一下账单状态 还有其他需要帮忙的吗",
         "C 没有了",
         "A 好的 感谢您的配合 再见"),
    call("t debtor H-6630 jc-loan-m1",
         "A 喂 您好 请问是闫小芳女士吗",
         "C 是 你哪位",
         "A 闫女士您好 我是锦程消费金融的客服小何 打过来是提醒您在我们这边的分期借款 本月十二号的还款还没有入账",
         "C 哦哦 我以为自动扣了",
         "A 可能是绑定的卡余额不够没扣成功 这一期是一千一百二十六元 您今天存进去的话 晚上系统会再扣一次",
         "C 好的 我等下转进去",
         "A 好的 谢谢您 打扰了"),
    call("t debtor H-7011 qx-loan-m2",
         "A 喂 你好 我是栖霞消费金融贷后服务中心的 我姓范 有一项个人业务需要和雷鸣先生本人确认一下 请问你是雷鸣吗",
         "C~ 嗯是",
         "A 雷先生 是这样 你在栖霞的那笔两万块的贷款 已经连续两期没还了 今天是逾期第三十四天 你这边是什么情况",
         "C 做生意亏了 回款还没回来",
         "A 那大概什么时候能回款",
         "C 月底吧 应该能回一部分",
         "A 行 那我这边先给你记月底二十八号 到时候先把最早那期的二千三百四十元还上 我们再看后面怎么安排 可以吧",
         "C 可以",
         "A 好 那我登记了 二十八号之前我不再打扰你 有问题随时打我们官方热线"),
    call("t debtor R-11 bc-robot-d2",
         "A 您好 这里是百川消费金融智能语音客服 本次来电有一项个人业务需要与本人确认 请问您是许国梁先生本人吗 是请按1 不是请按2",
         "C （按键1）",
         "A 许先生您好 您的百川分期本期账单应还九百八十七元 已超过还款日四天 请您尽快通过百川APP还款 如已还款请忽略本提醒 需要人工服务请按0 结束通话请挂机",
         "C （按键挂机）"),
    call("t unknown R-11 bc-robot-d2",
         "A 您好 这里是百川消费金融智能语音客服 本次来电有一项个人业务需要与本人确认 请问您是谭静女士本人吗 是请按1 不是请按2",
         "C 2",
         "A 抱歉打扰了 如果您认识谭静女士 请提醒她回电百川消费金融官方客服 感谢您的接听 再见"),
    call("t debtor H-1188 hh-card-m1",
         "A 您好 瀚海银行信用卡中心 我是客服代表郑蔚 有一项账户事项想跟卢晓晨女士本人核实 请问是卢女士吗",
         "C 你先说什么事",
         "A 不好意思 涉及账户信息 需要先确认是本人接听 您是卢晓晨女士吗",
         "C 嗯 是我",
         "A 好的卢女士 麻烦核对一下您的出生年份",
         "C 九二年",
         "A 谢谢 核实无误 您信用卡本期账单三千二百零五元还款日已过 目前逾期六天 请问是忘记了还是有什么困难",
         "C 忘了 我马上还",
         "A 好的 还款后大概两个小时内入账 谢谢您 再见"),
    call("t debtor H-3320 ay-loan-m1",
         "A 您好 我是安盈消费金融的客服 工号A3320 来电是想跟单志伟先生本人确认一下账户信息 请问您是单先生本人吗",
         "C 不是 打错了",
         "A 好的 抱歉打扰 如果您认识单志伟先生 麻烦提醒他回电安盈消费金融 谢谢",
         "C~ 等等 等等 你是安盈的是吧 那是我 刚以为是推销的",
         "A 没关系 那跟您核实一下 您是单志伟先生本人对吗 身份证后四位是多少",
         "C 对 后四位零八一五",
         "A 好的单先生 核实通过 您在安盈的消费分期本月的一千四百五十元还没还 已经逾期三天 想了解一下什么时候方便处理",
         "C 明天发工资 明天还",
         "A 好的 那我记明天 谢谢您接听 再见"),
    # --- agencies: who they are, whom they act for ---
    call("t debtor H-8801 hxd-jc-m3",
         "A 您好 我是恒信达商务咨询有限公司的调解员邓锐 受锦程消费金融委托 有一项个人事务需要和郝佳女士本人沟通 请问您是郝佳吗",
         "C 是我",
         "A 郝女士 为了保护您的信息 请您说一下身份证后四位",
         "C 二二六三",
         "A 谢谢 核实通过 您在锦程消费金融的借款目前逾期六十二天 待还本息一万零四百二十元 锦程已经委托我们跟您协商还款 您这边有什么打算",
         "C 我想分几个月还",
         "A 可以的 我可以帮您向锦程提交分期申请 比如分六个月 每个月一千七百多 审批结果会短信通知您 您看可以吗",
         "C 可以",
         "A 好 那我这边提交了 审批下来之前我们不会再催您 谢谢配合"),
    call("t debtor H-8814 hxd-m3",
         "A 喂 是郝建平吧",
         "C 是我 哪里",
         "A[N] 我是恒信达的 你那笔钱什么时候处理",
         "C 什么恒信达 没听说过 你们是干嘛的",
         "A 不是跟我们借的 是我们帮别人收的 你自己借过哪些你心里没数啊",
         "C 你到底哪家的"),
    call("t debtor H-9020 rh-m2",
         "A 喂你好 这边是睿和信息咨询 找一下孔令杰",
         "C 我就是",
         "A[N] 孔先生 你有一笔欠款在我们这边 已经逾期四个多月了 本金加上利息一共一万六千三",
         "C 你们是替哪家收的",
         "A 你在哪里借的钱你自己不清楚吗 今天先还三千过来",
         "C 你不说清楚我凭什么还"),
    call("t debtor H-9025 rh-qx-m2",
         "A 喂 你好 我是睿和信息咨询有限公司的 受栖霞消费金融的委托 有点个人事务要和戴文涛先生本人谈一下 请问您是戴先生吗",
         "C 是 啥事",
         "A 戴先生 麻烦核对一下您注册时用的手机号后四位",
         "C 六六零二",
         "A 好的 核实了 您在栖霞消费金融的借款逾期了一百零三天 欠款一万二千六百元 栖霞把这笔账委托给我们处理 您看什么时候能安排一下",
         "C 我现在确实还不上",
         "A 那您能还多少 可以先还一部分 剩下的我帮您申请减免一部分罚息",
         "C 一个月一千行吗",
         "A 我报上去试试 批下来短信告诉您"),
    call("t unknown H-4431 dt-m4",
         "A 喂 请问是陶春燕吗",
         "T 你找她干嘛",
         "A[N,D] 我是鼎泰资产管理的 她在我们这有笔信用卡欠款 逾期半年了 你是她什么人",
         "T 我是她妈 她不在家",
         "A[T] 阿姨 那你跟她说一下 这钱再不还就要走法律程序了 你们家里人也劝劝她 能帮她还上一点是一点",
         "T 我一个老太婆哪有钱"),
    call("u third_party H-4432 dt-m4",
         "A 您好 我是鼎泰资产管理公司的 受东陵银行委托 有一件个人事务需要联系陶春燕女士 请问她在吗",
         "T 她不在 我是她妈妈",
         "A 阿姨您好 那麻烦您跟她说一声 方便的时候回个电话 打这个号码就行",
         "T 什么事啊 你跟我说",
         "A 不好意思阿姨 这是她个人的事情 我们只能跟她本人说 请她回电就行 谢谢您",
         "T 好吧"),
    call("t unknown H-2203 jh-m1",
         "A 喂 你好 我这边是嘉禾商务服务的 受橙意科技委托 找一下付红梅",
         "T 她是我老婆 你找她干嘛",
         "A[D,T] 是这样 她在橙意贷借了八千块 上个月就该还了 一直没还 你作为她老公 这钱你们夫妻俩得一起想办法",
         "T 我不知道这事 你找她去",
         "A 我找得到她还找你干嘛 你让她今天必须把钱还了 不然以后我们天天打你电话"),
    call("t third_party H-2207 jh-m1",
         "A 你好 我这边是嘉禾商务服务的 受橙意科技委托 有点个人事务找付红梅女士 请问她在吗",
         "T 我是她老公 她上班去了 你找她干嘛",
         "A 先生您好 事情需要跟她本人沟通 麻烦您转告她方便时回电 谢谢",
         "T 是不是她借钱了 你直接跟我说吧",
         "A 不好意思 具体的事我们只能跟她本人讲 如果她有别的常用号码 您也可以告诉我 没有的话转告一下就可以",
         "T 那你打这个吧 一三九的 后面我发你短信",
         "A 好的 谢谢您 打扰了"),
    # --- robots: the menu before or after the details ---
    call("t unknown R-21 my-robot-d5",
         "A[D] 您好 这里是满盈数科 您的小满分期账单已逾期五天 欠款金额一千六百四十元 请问您是吕海涛先生本人吗 是请按1 不是请按2",
         "C 2",
         "A[T] 请您转告吕海涛先生 尽快登录小满分期APP还款 逾期将影响个人征信 感谢您的配合 再见"),
    call("t unknown R-21 my-robot-d5",
         "A 您好 这里是满盈数科智能客服 请问您是韦佳琪女士本人吗 是请按1 不是请按2",
         "C （按键1）",
         "A 韦女士您好 您的小满分期账单本期应还七百二十元 目前已逾期两天 请您尽快还款 确认今天还款请按1 需要延期请按2",
         "C （按键2）",
         "A 已为您记录延期申请 稍后将有专员通过短信与您联系 感谢接听 再见"),
    call("t unknown R-30 tyrobot-d10",
         "A[D] 您好 这里是拓原科技随心花 您在随心花的借款已逾期十天 请于今日内还清三千四百二十元 如您不是傅雪梅本人 请按2",
         "C 我不是 这号码我刚办的",
         "A[T] 抱歉未识别您的按键 您的随心花借款已逾期十天 请于今日内还清 以免影响征信",
         "C 说了不是我"),
    call("t unknown R-30 tyrobot-d10",
         "A 您好 这里是拓原科技随心花智能客服 来电是有一项个人事务需要与本人确认 请问您是邝志诚先生本人吗 本人请按1 非本人请按2",
         "C 2",
         "A 已记录 抱歉打扰 我们将更新联系信息 不再拨打本号码 再见"),
    call("t debtor R-08 cl-robot-card",
         "A 您好 这里是沧澜银行信用卡中心 为保护您的信息安全 请输入持卡人身份证号码后六位 以井号键结束",
         "C （按键输入）",
         "A 验证成功 尊敬的持卡人 您尾号3390的信用卡本期账单已逾期 最低还款额四百二十元 请尽快还款 如需办理分期请按1 转人工请按0",
         "C 0",
         "A 正在为您转接人工客服 请稍候"),
    call("t debtor R-08 cl-robot-card",
         "A 您好 这里是沧澜银行信用卡中心 为保护您的信息安全 请输入持卡人身份证号码后六位 以井号键结束",
         "C （按键输入）",
         "A 验证成功 您尾号6618的信用卡本期账单已逾期十二天 最低还款额一千零三十元 请尽快还款 如需办理分期请按1 转人工请按0",
         "C 你们别再打了 我下礼拜会还的 一天打几遍",
         "A[S] 对不起 没有识别您的输入 您的信用卡已逾期十二天 逾期将影响您的个人信用记录 请尽快还款 转人工请按0",
         "C 别打了听到没有",
         "A 对不起 没有识别您的输入 请尽快还款 再见"),
    # --- hardship ---
    call("t debtor H-6631 jc-loan-m2",
         "A 您好 我是锦程消费金融的客服 工号6631 有一项个人业务想跟喻春来先生本人沟通 请问是喻先生吗",
         "C 是",
         "A 喻先生 您在锦程的借款这个月的两千零六十元到期没还 今天逾期十一天了 您看今天能处理吗",
         "C 我老婆上个月查出来是乳腺癌 现在在做化疗 家里钱全搭进去了 真拿不出来",
         "A[H] 你家里的事我们管不了 合同上写得清清楚楚到期还款 今天下午三点前必须还上",
         "C 你这人怎么这样",
         "A 我只是按规定办事 今天不还明天继续给你打"),
    call("t debtor H-6632 jc-loan-m2",
         "A 您好 我是锦程消费金融的客服小谢 有一项个人业务想和景海燕女士本人沟通 请问是景女士吗",
         "C 是我",
         "A 景女士您好 您在锦程的借款本月一千五百八十元还款日已过 今天逾期八天 想问一下是什么情况",
         "C 我这两个月刚生完孩子 产假工资发不全 实在周转不开",
         "A 恭喜您 也理解您现在的情况 我们有个延期还款的政策 可以把这期往后顺延两个月 期间不算逾期费 我帮您申请一下好吗",
         "C 那太好了",
         "A 好的 已经帮您提交了 审核结果会短信通知您 到时候记得按新的还款日还款就行 祝宝宝健康"),
    call("t debtor H-5120 cl-card-m2",
         "A 喂 您好 沧澜银行信用卡中心 我是客服专员魏然 找一下龚德顺先生本人 有一项账单的事情要沟通",
         "C 我就是",
         "A 龚先生 您尾号1547的信用卡已逾期四十五天 欠款一万一千二百元 银行这边要求您尽快处理",
         "C 我厂里七月份裁员 我被裁了 到现在还没找到活",
         "A[H] 那是你的问题 卡是你刷的 钱是你花的 你现在一分钱不还说不过去吧 这个礼拜至少还五千",
         "C 我现在连房租都交不上",
         "A~ 交不上房租那也得先还银行的 你自己排一下先后"),
    call("t debtor H-5121 cl-card-m2",
         "A 您好 沧澜银行信用卡中心 我是客服专员尹晨 有一项账户事宜需要与查晓东先生本人沟通 请问您是查先生吗",
         "C 是",
         "A 查先生您好 您尾号7302的信用卡已逾期三十八天 欠款八千九百元 请问是什么原因没有还款呢",
         "C 我上个月出车祸腿断了 现在还在医院躺着 没法上班",
         "A 啊 那您先安心养伤 像您这种情况可以申请个性化分期 把欠款分成二十四期或者三十六期 最长可以停息挂账 您出院后方便的时候打我们的客服热线申请 我也可以先给您备注一下",
         "C 那你先帮我备注吧",
         "A 好的 已经备注了 这段时间我们尽量不打扰您 等您好一些了记得联系我们办一下分期 祝您早日康复"),
    call("u debtor H-2290 ay-loan-m3",
         "A 喂 我是安盈消费金融的 找一下裘丽娜 有点个人事务",
         "C 我是 你们能不能晚点再打 我爸前天刚走 我在老家办后事",
         "A[H] 办后事也不影响你转个账吧 手机银行几分钟的事 你今天先把逾期的一千二还上",
         "C 你还是人吗",
         "A 我也是按流程走 今天这钱必须到"),
    call("u debtor H-2291 ay-loan-m3",
         "A 您好 我是安盈消费金融的客服 有一项个人业务要和蒋立波先生沟通 请问是蒋先生吗",
         "C 是我 但我现在在医院陪我妈 她刚做完手术",
         "A 那不打扰您太久 就是您本月的还款一千三百二十元还没还 已经过了五天",
         "C 我知道 这阵子钱都交住院费了",
         "A 明白 家里人身体要紧 这种情况可以先申请延期还款 延期一个月 我现在就帮您登记 您看行吗",
         "C 行 谢谢你",
         "A 不客气 登记好了 一个月后的十五号记得还 祝阿姨早日康复"),
    call("t debtor H-7033 qx-loan-m3",
         "A 喂 栖霞消费金融的 请问蔡文华在吗",
         "C 我就是 哪位",
         "A 蔡先生 我是栖霞贷后的小林 来电是你借款的事 已经逾期五十天了 一共欠九千七",
         "C 老弟你听我说 我们村上个月发大水 房子都泡了 庄稼全淹了 我现在住在安置点",
         "A[H] 大水是大水 欠款是欠款 你这笔钱拖五十天了 这周之内必须还清",
         "C 我拿啥还",
         "A 找亲戚借 卖点东西 反正这周必须还"),
    call("x debtor H-3401 bc-m4",
         "A 您好 我是百川消费金融客服 工号3401 有一项个人事务找黎晓敏女士本人 请问您是吗",
         "C 是我",
         "A 黎女士 您在百川的分期有两期没还 一共两千四百元 已经逾期四十天",
         "C 我现在怀孕七个月了 医生让我卧床保胎 工作也辞了",
         "A[H] 怀孕又不是不能还钱 你老公呢 让他转一下不就完了 今天晚上十点前把两千四转过来",
         "C 他也没工作",
         "A 那我不管 反正今天得还"),
    call("x debtor H-3402 bc-m4",
         "A 您好 我是百川消费金融客服 工号3402 有一项个人事务找柏海龙先生本人 请问您是吗",
         "C 是",
         "A 柏先生 您在百川的分期本月一千零五十元没还 逾期十天了",
         "C 我去年工伤 右手截肢了 现在是残疾人 每个月就靠一点补助",
         "A 非常抱歉听到这个情况 您可以申请我们的困难客户帮扶 根据您的情况可以减免部分利息 再重新分期 我把申请材料的清单发到您手机上 您准备好残疾证复印件提交就行",
         "C 好 麻烦你了",
         "A 不客气 您提交之后这期的还款先暂停 有结果我们会通知您 祝您生活顺利"),
    # --- stop requests, disputes, complaints, lawyers ---
    call("t debtor H-1190 hh-card-m3",
         "A 您好 瀚海银行信用卡中心 我是客服代表贾宁 有一项账户事宜与芮志远先生本人沟通 请问您是芮先生吗",
         "C 是",
         "A 芮先生 您尾号4471的信用卡欠款两万三千元 已逾期七十一天",
         "C 这笔我已经跟你们协商过了 有事请联系我的律师 我已经委托了金石律师事务所的刘律师",
         "A[S] 委托律师也是你欠钱啊 律师又不能替你还 你这个月先还五千 不然我们就上门了",
         "C 你跟我律师说去",
         "A 我就跟你说 你这个月必须还"),
    call("t debtor H-1191 hh-card-m3",
         "A 您好 瀚海银行信用卡中心 我是客服代表杭雪 有一项账户事宜与晏长青先生本人沟通 请问您是晏先生吗",
         "C 是我",
         "A 晏先生 您尾号9920的信用卡欠款一万五千六百元 已逾期六十天 想了解您的还款计划",
         "C 这事我已经交给律师处理了 以后请直接联系我的代理律师 电话我可以给你",
         "A 好的 请您提供一下律师的姓名和联系电话 我记录下来 后续有关事宜会联系律师",
         "C 姓常 常律师 电话一三八零零零零四四一七",
         "A 好的 已记录常律师的联系方式 后续由我们相关部门与律师对接 今天就不打扰您了 再见"),
    call("t debtor H-6640 jc-loan-m4",
         "A 喂 您好 锦程消费金融贷后服务 我是小蒲 有一项个人业务要跟申光明先生本人确认 请问是您吗",
         "C 是 你们一天打了八个电话了 别再打了 再打我就打银保监投诉你们",
         "A[S] 你投诉也没用 你欠钱不还在先 今天不还我们还是会一直打",
         "C 行 你等着",
         "A 随便你投诉 今天五点前把两千八还了"),
    call("t debtor H-6641 jc-loan-m4",
         "A 您好 锦程消费金融贷后服务 我是小黎 有一项个人业务要跟包永红女士本人确认 请问是您吗",
         "C 是我 我跟你说 你们的电话太多了 我要投诉",
         "A 非常抱歉给您带来困扰 您的投诉意见我这边已经记录了 也会反馈给主管 您也可以拨打我们官方客服热线或者在APP里提交投诉 工单会在五个工作日内回复您",
         "C 那你们以后还打不打",
         "A 我会在系统里备注 减少来电频次 今天就不再打扰您了 祝您生活愉快 再见"),
    call("t debtor H-9031 rh-qx-m4",
         "A 喂 你好 这里是睿和信息咨询 受栖霞消费金融委托 有点个人事务找尚丽萍女士 是你本人吧",
         "C 是我",
         "A 尚女士 你在栖霞的借款五千六 逾期九十天了 准备怎么处理",
         "C 这笔钱我二月份就一次性结清了 我有转账记录 你们系统肯定搞错了",
         "A[S] 系统不会错的 系统显示没还就是没还 你别找借口 今天先把五千六转过来",
         "C 我说了我还了",
         "A 还没还你说了不算 不还我们就按流程走了"),
    call("t debtor H-9032 rh-qx-m4",
         "A 喂 你好 这里是睿和信息咨询 受栖霞消费金融委托 有点个人事务找简志刚先生 请问是简先生本人吗",
         "C 是的",
         "A 简先生 你在栖霞的借款四千二 系统显示逾期八十五天",
         "C 不可能 我三月份就提前还清了 有结清证明",
         "A 明白 那我先给您登记异议 请您把结清证明或者转账记录发到栖霞官方客服邮箱 我们核实期间暂停催收 核实结果会短信告诉您",
         "C 好 我今晚就发",
         "A 好的 辛苦您了 打扰了 再见"),
    call("t debtor R-22 my-robot-d15",
         "A 您好 这里是满盈数科智能客服 请问您是鲍嘉欣女士本人吗 是请按1 不是请按2",
         "C 1",
         "A 鲍女士您好 您的小满分期已逾期十五天 应还金额二千零九十元 请今日内还款 今天能还款请按1 需要协商请按2",
         "C 你们别再给我打电话了 有事发短信",
         "A[S] 您的借款已逾期十五天 逾期时间越长 对您的信用影响越大 请今日内还款 今天能还款请按1",
         "C 我说别打了"),
)


def record(number: int, written: Call) -> dict:
    """The contract record of the set's `number`-th call (1-based), with its labels."""
    message_id = f"CD-{number:03d}"
    fields: dict = {"message_id": message_id, "campaign_id": written.campaign_id, "channel": "call"}
    if written.form == "text":
        fields["text"] = _call_text(written.lines, number)
    elif written.form == "timed":
        fields["turns"] = _timed_turns(written.lines, random.Random(message_id))
    else:
        fields["turns"] = [{"speaker": line.speaker, "text": line.text} for line in written.lines]
    if written.form == "chat":
        fields["medium"] = "chat"
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
