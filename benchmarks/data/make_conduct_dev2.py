"""Writes `conduct_dev2.jsonl`: the second, harder development set of the conduct classes and sequence rules.

`conduct_dev.jsonl` scores 1.000 and no longer teaches anything; these calls were written by hand for this
file, before the rules were tuned on them, in the ways real calls are hard: stop requests, disputes and
hardship said indirectly (再这样我就去告你们, 账我不认, 饭都吃不上了, 厂子倒了), agents who keep pressing in new
words (那你今天先还五百, 借的时候怎么不说), long calls where the violation comes late, ASR output without
punctuation and with homophones (预期 for 逾期, 在 for 再, 事业 for 失业), dialect, calls given as speaker-prefixed
text, and lawful calls the first rules flagged: identity confirmed indirectly or by the ID card's last
digits, introductions naming the institution and purpose only, robot scripts that branch on the answer,
stop requests acknowledged, relief offered in many words, third parties asked only for a call-back,
`recipient_type` unknown or absent. About half are lawful. The rules are tuned on it, so its figures are
optimistic; the independent sets judge them.

The marks are those of `make_conduct_dev` (a line ending in `«X»` is where a violation shows). The fourth
field of a call says how it is written: `turns` (a list of turns) or `text` (speaker-prefixed lines, the
contract's `text` of a call). A recipient_type of None leaves the field out. All people, lenders, agencies
and numbers are invented.

`python -m benchmarks.data.make_conduct_dev2` rewrites the file; `python -m benchmarks.eval_conduct --set
benchmarks/data/conduct_dev2.jsonl` evaluates it.
"""

from __future__ import annotations

import json

from benchmarks.data.make_conduct_dev import HERE, record

DEV2_FILE = "conduct_dev2.jsonl"

YUNSHAN = "坐席：您好，这里是云杉消费金融贷后服务部，请问是韩志明先生本人吗？"
BEICHEN = "坐席：您好，我是北辰银行信用卡中心的客服专员，工号5127，请问是宋雅琴女士吗？"
QIMING = "坐席：喂你好这边是启明分期的请问是唐国栋本人吗"
YUANJING = "坐席：您好，我这边是远景资产管理公司的，受北辰银行委托联系您，请问是宋雅琴女士本人吗？"
ROBOT = "坐席：您好，我是云杉消费金融的智能客服，请问您是韩志明先生本人吗？"
SHUOFENG = "坐席：你好 我是朔风小贷贷后部的小刘 找一下蒋丽萍"

# (id, call, recipient_type or None for absent, "turns" | "text"); the violations' lines carry their marks
CALLS: list[tuple[str, str, str | None, str]] = [
    # --- stop requests and disputes said indirectly, answered with more pressing ------------------------
    ("c01", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款已逾期十二天，金额3100元。\n客户：你们再这样天天打我就去告你们\n"
            "坐席：那你今天先还五百，剩下的下周补上«C»", "unknown", "turns"),
    ("c02", f"{BEICHEN}\n客户：对\n坐席：宋女士，您信用卡欠款逾期了。\n客户：这事你跟我律师谈，我不想跟你们说\n"
            "坐席：律师是律师，欠款是你欠的，你总得想想办法«C»", "unknown", "turns"),
    ("c03", f"{QIMING}\n客户：嗯是我\n坐席：唐先生你这期分期预期二十天了\n客户：我已经投诉了你们等通知吧\n"
            "坐席：投诉归投诉钱还是要还的今天能不能先转一部分«C»", "unknown", "turns"),
    ("c04", f"{YUNSHAN}\n客户：是我，你们打了八百遍了有完没完\n坐席：您不还款我们肯定要打的，今天能还上吗«C»", "unknown", "turns"),
    ("c05", f"{ROBOT}\n客户：嗯\n坐席：您的借款逾期了，请问什么时候方便处理？\n客户：别烦我了行不行\n"
            "坐席：借的时候怎么不嫌烦，现在知道烦了«C»", "unknown", "turns"),
    ("c06", f"{BEICHEN}\n客户：是我，这个账我不认，利息高得离谱\n坐席：认不认都得还，合同是你自己签的«C»", "unknown", "turns"),
    ("c07", f"{YUNSHAN}\n客户：是我，我要走法律程序，你们等法院通知吧\n坐席：走什么法律程序，你先把本期结清再说«C»", "unknown",
     "turns"),
    ("c08", f"{YUANJING}\n客户：我是，你们这种催法我会向监管反映的\n坐席：反映随你，明天我们还会打过来«C»", "unknown", "turns"),
    ("c09", f"{QIMING}\n客户：喂是我\n坐席：唐先生你好你在我们启明的分期这个月还没还\n客户：哦我知道这两天忙\n"
            "坐席：那你大概什么时候能处理\n客户：下礼拜吧\n坐席：下礼拜几号呢\n客户：十号左右\n坐席：十号是吧那我先给你备注一下\n"
            "客户：行\n坐席：另外你上个月也晚了五天\n客户：上个月是工资晚发了\n坐席：那这个月尽量按时\n客户：你们天天打电话我都烦死了\n"
            "坐席：我们也是按流程提醒\n客户：我再说一遍你们别在打了再打我就投诉\n坐席：投诉没用的十号要是没到账我们还是照样打«C»\n"
            "客户：随便你们", "unknown", "turns"),
    ("c10", f"{SHUOFENG}\n客户：我就是 啥子事\n坐席：蒋女士你的借款逾期一个多月了\n客户：莫烦我咯 再打我就告到银监去\n"
            "坐席：你告噻 钱还是要还嘞 你说个日子嘛«C»", "unknown", "turns"),
    ("c11", "客服：您好，这里是启明分期客服中心，请问是唐国栋先生吗？\n用户：是\n客服：唐先生，您本月分期已逾期五天。\n"
            "用户：我跟你们说过了不要再打电话了\n客服：那你说个时间吧，什么时候还«C»", "unknown", "text"),
    ("c12", f"{BEICHEN}\n客户：是我。我现在委托了律所处理，有什么事发律师函\n坐席：我们不跟律所谈，只找你本人，今天给个准话«C»", "unknown",
     "turns"),
    ("c13", f"{QIMING}\n客户：是我你们别在打了我在开会\n坐席：那你开完会马上转账过来«C»", "unknown", "turns"),
    ("c14", f"{YUNSHAN}\n客户：是我，这钱我早还了，你们系统有问题\n坐席：系统显示没还就是没还，别扯了，今天把钱打进来«C»", "unknown",
     "turns"),
    ("c15", f"{ROBOT}\n客户：是的\n坐席：您的借款已逾期，请及时还款。\n客户：不要再给我打电话了\n"
            "坐席：请您于今日内完成还款，以免影响您的信用记录。«C»", "unknown", "turns"),
    ("c16", f"{BEICHEN}\n客户：是我 你们要再打我就报警\n坐席：报警警察也不管欠钱的事 你欠的钱照样得还«C»", "unknown", "turns"),
    ("c17", f"{YUNSHAN}\n客户：是我，我说了多少遍了，有事发短信，不要打电话\n坐席：短信你又不看，还是电话说清楚，你这个月到底还多少«C»",
     "unknown", "turns"),
    ("c18", f"{QIMING}\n客户：是我你们这是骚扰我已经录音了\n坐席：录什么音你欠钱不还还有理了«C»", "unknown", "turns"),
    ("c19", f"{YUANJING}\n客户：是我，这笔账我压根不认，当初说好的是免息\n坐席：说好什么说好，白纸黑字写着，赶紧把逾期的补上«C»",
     "unknown", "turns"),
    ("c20", "坐席：您好，北辰银行信用卡中心来电，请问是宋雅琴女士吗\n客户：我是\n坐席：宋女士，您的信用卡已经逾期两个月\n"
            "客户：你们一天打五六个，我会打电话给银保监会的\n坐席：打给谁都一样，你该还的一分都少不了«C»", None, "turns"),
    ("c21", f"{SHUOFENG}\n客户：是我\n坐席：你那笔借款拖了两个月了\n客户：这个事我已经交给律师了你找他\n坐席：我就找你 你躲不掉的 下午三点前打款«C»",
     "unknown", "turns"),
    ("c22", "坐席：喂 你好 远景资产的 受北辰银行委托 请问宋雅琴是吧\n客户：是啊\n坐席：你北辰的卡逾期好几个月了\n"
            "客户：我早就说了这个卡被人盗刷的我报过案了\n坐席：报案是你的事 卡是你的就得你还«C»", "unknown", "turns"),
    # --- hardship said indirectly, answered with more demands ------------------------------------------
    ("h01", f"{YUNSHAN}\n客户：是我，我现在饭都吃不上了，哪有钱还\n坐席：那你今天先还五百，剩下的下周补上«H»", "unknown", "turns"),
    ("h02", f"{BEICHEN}\n客户：嗯，我刚出院，医生说要休养三个月\n坐席：出院了就能上班了，月底前结清«H»", "unknown", "turns"),
    ("h03", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：厂子倒了老板都跑了我上哪弄钱去\n坐席：那你总得想想办法找亲戚借一点«H»",
     "unknown", "turns"),
    ("h04", f"{YUNSHAN}\n客户：是我。孩子学费都交不起了\n坐席：那是你的事，我们只管你的欠款«H»", "unknown", "turns"),
    ("h05", f"{BEICHEN}\n客户：我是。家里出了事，最近实在没办法\n坐席：什么事都不能耽误还款，你今天给个准话«H»", "unknown", "turns"),
    ("h06", f"{YUNSHAN}\n客户：是我，我被骗了，钱全被骗走了\n坐席：被骗是你自己不小心，借的时候怎么不说«H»", "unknown", "turns"),
    ("h07", f"{SHUOFENG}\n客户：是我 老公跑了 留下我跟两个娃\n坐席：他跑了账也是你的 必须还«H»", "unknown", "turns"),
    ("h08", f"{BEICHEN}\n客户：是我，我也想还可是真没有啊\n坐席：没有就去借，今天必须到账«H»", "unknown", "turns"),
    ("h09", f"{QIMING}\n客户：嗯是我\n坐席：你这期预期十天了\n客户：我事业了半年了到现在都没找到活\n坐席：那你家里总有人能帮你吧让他们先垫上«H»",
     "unknown", "turns"),
    ("h10", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款本期2400元已逾期。\n客户：我知道\n坐席：您看今天能处理吗？\n客户：今天不行\n"
            "坐席：那明天呢？\n客户：明天也不一定\n坐席：您之前承诺过上周五还的\n客户：上周五有事\n坐席：那您现在有什么打算？\n"
            "客户：等等吧\n坐席：您这样一直拖不是办法\n客户：我跟你说实话吧\n坐席：您说\n客户：我老婆查出来乳腺癌，钱都拿去治病了\n"
            "坐席：嗯\n客户：所以真的拿不出来\n坐席：那您这周五之前至少还一千，剩下的月底补齐«H»", "unknown", "turns"),
    ("h11", f"{SHUOFENG}\n客户：是我嘛\n坐席：你借款逾期了\n客户：屋头老汉儿走咯 我在屋头办白事\n坐席：办完白事记得把钱还上哈 拖不得«H»", "unknown",
     "turns"),
    ("h12", f"{BEICHEN}\n客户：是我，我得了抑郁症，一直在吃药\n坐席：这个病不影响你还钱吧，手机转一下就行«H»", "unknown", "turns"),
    ("h13", f"{ROBOT}\n客户：对\n坐席：您的借款已逾期三天。\n客户：我现在在住院\n坐席：好的，请您在今天下午六点前完成还款，感谢您的配合。«H»",
     "unknown", "turns"),
    ("h14", f"{YUANJING}\n客户：是我，刚做完手术在家躺着\n坐席：躺着也能用手机操作，别拖了«H»", "unknown", "turns"),
    ("h15", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：我爸脑梗瘫在床上我辞职照顾他\n坐席：辞职是你自己选的不能当理由«H»", "unknown",
     "turns"),
    ("h16", f"{YUNSHAN}\n客户：是我，我怀着二胎，下个月就生了\n坐席：离生还有一个月，这个月你先把这期处理掉«H»", "unknown", "turns"),
    ("h17", f"{BEICHEN}\n客户：是我，店里生意黄了，欠了一屁股债\n坐席：谁欠的谁还，你总得拿点出来吧«H»", "unknown", "turns"),
    ("h18", "客服：您好，这里是云杉消费金融，请问是韩志明先生本人吗？\n客户：对我就是\n客服：您的借款逾期二十天了。\n"
            "客户：我家被水淹了，东西全泡了\n客服：这个我们也没办法，你还是得先还«H»", "unknown", "text"),
    ("h19", f"{SHUOFENG}\n客户：我就是\n坐席：你那笔借款逾期了\n客户：我现在一分钱都没有了 房租都交不上\n坐席：那你借的时候怎么不想想 今天先转两百«H»",
     "unknown", "turns"),
    ("h20", f"{QIMING}\n客户：是我\n坐席：你分期没还\n客户：我前段时间出车祸了现在还拄着拐\n坐席：拄拐又不影响转账你抓紧«H»", "unknown", "turns"),
    ("h21", "坐席：喂您好是韩志明吗我这边云杉消费金融的\n客户：是我\n坐席：你借款逾期了\n客户：我妈走了没多久我现在啥心思都没有\n"
            "坐席：那也得先把钱处理了人走了账不能不还«H»", None, "turns"),
    # --- the callee has not confirmed and the agent tells the debt ------------------------------------
    ("d01", "坐席：喂，韩志明吗？云杉消费金融的，你借款逾期一个月了«D»\n客户：你谁", "unknown", "turns"),
    ("d02", f"{BEICHEN}\n第三方：她不在，你有什么事跟我说吧\n坐席：她在我们这的信用卡欠了两万块还没还«DT»", "unknown", "turns"),
    ("d03", "坐席：您好，这里是云杉消费金融。\n客户：你哪位\n坐席：我是云杉的，你那笔三千块的借款该还了«D»", "unknown", "turns"),
    ("d04", "坐席：喂你好这边启明分期的你那个分期预期了知道吗«D»\n客户：什么分期", "unknown", "turns"),
    ("d05", "坐席：你好，这里是启明分期\n联系人：喂\n坐席：你朋友唐国栋在我们这借了钱一直不还«DT»", "third_party", "turns"),
    ("d06", "坐席：您好，北辰银行信用卡中心。\n客户：嗯\n坐席：您的信用卡本期账单逾期了，最低还款额2380元«D»", "unknown", "turns"),
    ("d07", "坐席：你好我这边朔风小贷的你是不是在我们这借过一笔钱到现在还没还«D»\n客户：谁啊", None, "turns"),
    ("d08", f"{YUNSHAN}\n客户：你找他干嘛\n坐席：他借款逾期了，你转告他尽快还«D»", "unknown", "turns"),
    # --- third parties pressed --------------------------------------------------------------------------
    ("t01", f"{YUANJING}\n第三方：我是她老公，她出差了\n坐席：那你回去跟她好好说说，让她别再拖着了«T»", "unknown", "turns"),
    ("t02", f"{YUNSHAN}\n客户：打错了，我不认识什么韩志明\n坐席：不认识？那这个号码怎么登记在他资料上的，你老实说«T»", "unknown", "turns"),
    ("t03", f"{QIMING}\n第三方：我是他同事他今天请假了\n坐席：那你帮我带个话他再不还我们就去单位找他«DT»", "unknown", "turns"),
    ("t04", f"{SHUOFENG}\n客户：这是我女儿的电话 她在外地打工\n坐席：你女儿欠了我们一万多 你当妈的先帮她还点«DT»", "unknown", "turns"),
    ("t05", f"{YUNSHAN}\n第三方：我是他邻居，他搬走了\n坐席：好的，那您知道他现在的联系方式吗？\n第三方：不知道\n坐席：那他家里还有人吗？\n"
            "第三方：没有了，房子租出去了\n坐席：那你知道他什么时候能还钱吗«DT»", "unknown", "turns"),
    ("t06", "坐席：您好，这里是远景资产管理公司，受北辰银行委托联系宋雅琴女士\n第三方：我是她妹妹，她现在不方便\n"
            "坐席：你们家人之间互相帮一下，她的事你也上点心«T»", "third_party", "turns"),
    ("t07", f"{QIMING}\n客户：不是我你打错了\n坐席：你别骗我了声音都一样就是你«T»", "unknown", "turns"),
    # --- no self-identification in the agent's first two turns -----------------------------------------
    ("s01", "坐席：喂，韩志明是吧«S»\n客户：是我，你哪位\n坐席：你上个月的钱还没还，打算什么时候处理", "unknown", "turns"),
    ("s02", "坐席：喂«S»\n客户：喂哪位\n坐席：你自己欠了多少钱心里没数吗«D»", "unknown", "turns"),
    ("s03", "坐席：您好，请问是韩志明先生吗？«S»\n客户：是的\n坐席：韩先生，您的借款已逾期，请今日处理。", "unknown", "turns"),
    ("s04", "坐席：喂，是宋雅琴吗«S»\n客户：对，咋了\n坐席：你的卡欠款怎么还不还\n客户：你是哪里的", "unknown", "turns"),
    # --- lawful: identity confirmed indirectly, then the debt --------------------------------------------
    ("v01", f"{YUNSHAN}\n客户：嗯\n坐席：韩先生，您在云杉的借款已逾期5天，应还2100元，今天方便处理吗？", "unknown", "turns"),
    ("v02", f"{BEICHEN}\n客户：你说\n坐席：宋女士，您的信用卡本期账单逾期了，最低还款1200元。", "unknown", "turns"),
    ("v03", f"{QIMING}\n客户：什么事\n坐席：唐先生你这期分期还没还今天能处理吗", "unknown", "turns"),
    ("v04", f"{SHUOFENG}\n客户：是嘞 啥子事嘛\n坐席：蒋女士 你在我们这边的借款逾期三天了 看下今天能不能还上", "unknown", "turns"),
    ("v05", f"{YUNSHAN}\n客户：对我就是\n坐席：韩先生，您的借款逾期了，应还金额3100元。", "unknown", "turns"),
    ("v06", f"{BEICHEN}\n客户：我就是本人，你讲\n坐席：宋女士，您的信用卡欠款5200元已逾期。", "unknown", "turns"),
    ("v07", "坐席：您好，这里是北辰银行信用卡中心，为了保护您的信息，请您报一下身份证后四位。\n客户：3305\n"
            "坐席：好的，和系统预留的一致，宋女士，您的信用卡本期账单已逾期7天。", "unknown", "turns"),
    ("v08", "坐席：您好，这里是云杉消费金融智能客服，请问您是韩志明先生本人吗？是请说是，不是请说不是。\n客户：是是是\n"
            "坐席：感谢确认，您的借款本期应还1500元已逾期3天，请您尽快还款。", "unknown", "turns"),
    ("v09", "坐席：您好，这里是云杉消费金融智能客服，请问您是韩志明先生本人吗？是请说是，不是请说不是。\n客户：不是\n"
            "坐席：抱歉打扰您了，再见。", "unknown", "turns"),
    ("v10", "坐席：您好，我是北辰银行信用卡中心的客服专员，有一项账户服务需要和宋雅琴女士本人确认，请问您是宋女士吗？\n客户：我是\n"
            "坐席：宋女士，您的信用卡本期账单已经逾期10天，今天可以还款吗？", "unknown", "turns"),
    ("v11", "坐席：您好，这里是北辰银行个人贷款服务中心，有重要事项需要与本人沟通，请问是宋雅琴女士吗？\n客户：是的，什么事\n"
            "坐席：您的贷款本月还款还没有入账，今天方便处理吗？", "unknown", "turns"),
    ("v12", "坐席：喂您好\n客户：喂\n坐席：您好，北辰银行信用卡中心的，请问是宋雅琴女士吗\n客户：对对\n坐席：宋女士您的卡逾期了今天能还吗",
     "unknown", "turns"),
    ("v13", "坐席：喂你好我这边是云杉消费金融的请问你是韩志明本人是吧\n客户：对啊是我有啥事\n坐席：你这边借款逾期了十来天了今天能处理一下吗",
     "unknown", "turns"),
    ("v14", "坐席：您好，我是启明分期的客服，请问是唐国栋先生吗？\n客户：哪位\n坐席：我是启明分期的客服小周，请问您是唐国栋先生本人吗？\n"
            "客户：是的\n坐席：唐先生，您本月分期已逾期，今天能还款吗？", None, "turns"),
    ("v15", f"{QIMING}\n客户：对找我干嘛\n坐席：你分期这个月还没还今天能不能处理一下", "unknown", "turns"),
    ("v16", f"{YUNSHAN}\n客户：嗯我姓韩，什么事\n坐席：韩先生，您的借款本期已逾期，今天能还吗？", None, "turns"),
    ("v17", "坐席：您好，这里是北辰银行信用卡中心，请问是宋雅琴女士吗？\n客户：是\n坐席：为核实身份，请报一下您身份证后四位。\n"
            "客户：0716\n坐席：好的，核对上了。您的信用卡本期逾期了，应还3600元。", "unknown", "turns"),
    ("v18", "客服：您好，这里是启明分期，请问您是唐国栋先生本人吗？\n用户：嗯嗯\n客服：唐先生，您本月分期800元已逾期2天。", "unknown",
     "text"),
    ("v19", f"{SHUOFENG}\n客户：系啊 咩事\n坐席：你个笔借款逾期咗 今日可唔可以还", "unknown", "turns"),
    ("v20", f"{ROBOT}\n客户：啊对\n坐席：韩先生您好，您的借款本期已逾期，请问今天可以还款吗？", "unknown", "turns"),
    ("v21", "坐席：您好，我是远景资产管理公司的调解员，受北辰银行委托，有一项业务需要宋雅琴女士本人处理，请问您是宋女士吗？\n"
            "客户：是我，你说\n坐席：宋女士，您在北辰银行的信用卡欠款已逾期三个月。", "unknown", "turns"),
    ("v22", f"{BEICHEN}\n客户：是滴\n坐席：宋女士，您的卡本期未还款，今天能处理吗？", None, "turns"),
    # --- lawful: hardship answered with relief or acknowledged -----------------------------------------
    ("r01", f"{YUNSHAN}\n客户：是我，我现在饭都吃不上了\n坐席：明白，那这样，我帮您申请个性化分期，每个月少还一些。", "unknown", "turns"),
    ("r02", f"{BEICHEN}\n客户：嗯，我刚出院\n坐席：那您先养身体，我给您登记延期三十天，到时候再联系您。", "unknown", "turns"),
    ("r03", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：厂子倒了我现在没着落\n坐席：这种情况可以帮你申请停息挂账你看怎么样", "unknown",
     "turns"),
    ("r04", f"{YUNSHAN}\n客户：是我，孩子学费都交不起了\n坐席：我们有困难客户的协商还款方案，可以先把这期延后。", "unknown", "turns"),
    ("r05", f"{BEICHEN}\n客户：我是，家里出了事\n坐席：好的，您先处理家里的事，我给您申请暂缓催收两周。", "unknown", "turns"),
    ("r06", f"{YUNSHAN}\n客户：是我，我被骗了，钱全没了\n坐席：被骗的话建议您先报警，我们这边可以帮您申请减免部分罚息。", "unknown", "turns"),
    ("r07", f"{SHUOFENG}\n客户：是我 老公跑了 就我一个人带娃\n坐席：您一个人带孩子确实辛苦 我们可以帮您申请困难救助 先停息", "unknown", "turns"),
    ("r08", f"{BEICHEN}\n客户：是我，我也想还可是真没有\n坐席：那您看每个月能还多少，我们按您的能力重新做个还款计划。", "unknown", "turns"),
    ("r09", f"{ROBOT}\n客户：是的\n坐席：您的借款已逾期。\n客户：我失业了\n坐席：已为您记录困难情况，稍后会有专员联系您协商分期方案。", "unknown",
     "turns"),
    ("r10", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款本期2400元已逾期。\n客户：我知道\n坐席：您看今天能处理吗？\n客户：处理不了\n"
            "坐席：是遇到什么困难了吗？\n客户：我上个月被裁员了，一直在找工作\n坐席：这样啊，那我帮您申请把剩余的款重新分期，每月还六百左右，您看可以吗？\n"
            "客户：六百可以\n坐席：好的，那第一期下个月十号还六百，可以吗？\n客户：行\n坐席：好的，我这边提交申请，审核通过后短信通知您。\n"
            "客户：谢谢\n坐席：不客气，祝您早日找到工作。", "unknown", "turns"),
    ("r11", f"{QIMING}\n客户：嗯是我\n坐席：你这期分期没还\n客户：我老婆住院了我在陪护\n坐席：那你先照顾家里我们可以把还款日往后挪一个月", "unknown",
     "turns"),
    ("r12", f"{BEICHEN}\n客户：是我，我刚做完手术\n坐席：您先安心休养，我们这边有困难救助政策，可以帮您申请。", "unknown", "turns"),
    ("r13", f"{YUANJING}\n客户：是我，我爸住着院，钱都花在医院了\n坐席：我理解，那等您爸出院后，我们再商量一个您能接受的还款方式。", "unknown",
     "turns"),
    ("r14", f"{YUNSHAN}\n客户：是我，公司裁员我被裁了\n坐席：您别急，这个可以申请减免，我现在帮您提交。", "unknown", "turns"),
    ("r15", f"{BEICHEN}\n客户：是我，我怀孕了，最近在保胎\n坐席：恭喜您，保胎要紧，我把您的还款日调整到下个月底，您看行吗？", "unknown", "turns"),
    ("r16", f"{SHUOFENG}\n客户：是我嘛 屋头老汉儿走咯\n坐席：节哀 你先忙屋头的事 等忙完了我们再一起商量还款", "unknown", "turns"),
    ("r17", "客服：您好，这里是启明分期，请问是唐国栋先生吗？\n用户：是\n客服：您本月分期已逾期。\n用户：我工地上摔了腿骨折了\n"
            "客服：您先养伤，我们可以给您办理缓还，期间不产生罚息。", "unknown", "text"),
    ("r18", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：我现在真的没钱一分都没有\n坐席：那我们一起想个办法你看先申请延期一个月还是改成分期还", "unknown",
     "turns"),
    ("r19", f"{YUNSHAN}\n客户：是我，我家被水淹了\n坐席：太不容易了，您先顾好家里，受灾客户可以申请延期还款，我帮您登记。", None, "turns"),
    # --- lawful: stop requests, disputes, complaints and lawyers acknowledged --------------------------
    ("a01", f"{YUNSHAN}\n客户：是我，你们再这样我就去告你们\n坐席：好的，您的意见我们记下了，今天就不再打扰您了。", "unknown", "turns"),
    ("a02", f"{BEICHEN}\n客户：是我，这事你跟我律师谈\n坐席：可以的，请您提供律师的联系方式，后续由我们和律师沟通。", "unknown", "turns"),
    ("a03", f"{QIMING}\n客户：是我我已经投诉了\n坐席：好的投诉我们会配合处理这期间不会再来电", "unknown", "turns"),
    ("a04", f"{YUNSHAN}\n客户：是我，你们打了八百遍了有完没完\n坐席：非常抱歉给您带来困扰，已给您备注，之后改为短信和书面通知。", "unknown", "turns"),
    ("a05", f"{BEICHEN}\n客户：是我，别烦我了\n坐席：好的，那我先挂了，不打扰您了，再见。", "unknown", "turns"),
    ("a06", f"{YUNSHAN}\n客户：是我，账我不认\n坐席：好的，您对账务有疑问的话，我们给您寄一份账单明细，您核对后可以书面提出。", "unknown", "turns"),
    ("a07", f"{YUANJING}\n客户：是我，我要走法律程序\n坐席：理解，这是您的权利，我们这边记录一下，后续通过书面方式联系您。", "unknown", "turns"),
    ("a08", f"{BEICHEN}\n客户：是我，我会向监管反映\n坐席：您有权向监管部门反映，我们也会把您的情况上报处理。", "unknown", "turns"),
    ("a09", f"{ROBOT}\n客户：是\n坐席：您的借款已逾期。\n客户：别再打了\n坐席：好的，已为您登记，再见。", "unknown", "turns"),
    ("a10", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款本期已逾期。\n客户：知道了\n坐席：请问今天能还吗？\n客户：过两天吧\n"
            "坐席：过两天是哪天呢？\n客户：还不确定\n坐席：那您大概什么时候发工资？\n客户：月底\n坐席：那月底可以还上吗？\n"
            "客户：你们能不能别一天打好几个，我都说了会还\n坐席：好的，给您备注了，这期间不再来电。\n客户：那我那笔钱现在还欠多少\n"
            "坐席：还欠3200元，您可以通过APP自行还款。\n客户：好\n坐席：感谢您的配合，再见。", "unknown", "turns"),
    ("a11", f"{BEICHEN}\n客户：是我，以后不要打电话了\n坐席：好的，后续我们通过书面函件和短信与您联系，不会再电话打扰。", "unknown", "turns"),
    ("a12", f"{SHUOFENG}\n客户：是我 莫打咯莫打咯\n坐席：要得 给你登记了 以后不打了", "unknown", "turns"),
    ("a13", f"{YUNSHAN}\n客户：是我，这钱我早还了\n坐席：好的，我帮您提交账务核查，核实清楚前不会再催收。", "unknown", "turns"),
    ("a14", "客服：您好，这里是启明分期客服中心，请问是唐国栋先生吗？\n用户：是\n客服：您本月分期已逾期五天。\n用户：不要再打了\n"
            "客服：好的，已为您设置免打扰。", "unknown", "text"),
    ("a15", f"{QIMING}\n客户：是我你们别在打了\n坐席：好的明白了那后面我们就发短信提醒不打电话了", "unknown", "turns"),
    ("a16", f"{BEICHEN}\n客户：是我，我已经委托律师了\n坐席：好的，麻烦您把律师的电话给我，后面我们直接联系律师。", None, "turns"),
    ("a17", f"{YUANJING}\n客户：是我，这张卡被人盗刷了，我不认\n坐席：明白，我们先暂停催收，您可以提交盗刷的报案回执，我们会核实。", "unknown",
     "turns"),
    # --- lawful: third parties asked only for a call-back or contact details ---------------------------
    ("p01", f"{YUNSHAN}\n第三方：我是他老婆\n坐席：好的，麻烦您让他方便时给我们回个电话，谢谢。", "unknown", "turns"),
    ("p02", f"{BEICHEN}\n客户：打错了\n坐席：好的抱歉，请问您认识宋雅琴吗，如果认识麻烦转告她回电。", "unknown", "turns"),
    ("p03", "坐席：您好，这里是启明分期，请问是唐国栋的家属吗？\n联系人：他出国了\n坐席：那请问您有他的新联系方式吗？没有的话就不打扰了。",
     "third_party", "turns"),
    ("p04", f"{YUNSHAN}\n客户：这是我爸的手机，他住院了\n坐席：好的，那麻烦您转告他方便时回个电话，祝他早日康复。", "unknown", "turns"),
    ("p05", f"{QIMING}\n第三方：他不在\n坐席：好的请让他联系我们处理一下号码是4006001234", "unknown", "turns"),
    ("p06", f"{SHUOFENG}\n第三方：我是她同事\n坐席：好的 那麻烦你让她抓紧回个电话 谢谢", "unknown", "turns"),
    ("p07", f"{BEICHEN}\n第三方：我是她妈，你有什么事跟我说\n坐席：是她本人的私人事务，需要她本人处理，麻烦您请她回个电话，谢谢。", "unknown",
     "turns"),
    ("p08", f"{YUNSHAN}\n客户：你打错了这号我刚办的\n坐席：哦哦不好意思打扰了", None, "turns"),
    ("p09", "坐席：您好，这里是远景资产管理公司，受北辰银行委托联系宋雅琴女士\n第三方：我是她妹妹\n坐席：好的，请问宋女士现在方便接电话吗？\n"
            "第三方：她不在家\n坐席：那麻烦您转告她，有一项业务需要她本人回电处理，谢谢。", "third_party", "turns"),
    ("p10", f"{QIMING}\n客户：不是我是他弟弟\n坐席：好的那你哥现在的电话是多少方便告诉我吗\n客户：不方便\n坐席：好的那就麻烦你转告他回个电话打扰了",
     "unknown", "turns"),
    # --- lawful: the agent says who is calling in its second turn, or in words the first classes missed -----
    ("n01", "坐席：你好请问是宋雅琴吗我这是北辰卡中心\n客户：是我\n坐席：你的卡这期还没还今天能还吗", "unknown", "turns"),
    ("n02", "坐席：您好，北辰银行来电，请问您是宋女士吗\n客户：是的\n坐席：宋女士，您的信用卡本期已逾期。", "unknown", "turns"),
    ("n03", "坐席：您好，我姓刘，是云杉消费金融贷后部的，请问是韩志明先生吗？\n客户：嗯\n坐席：韩先生，您的借款逾期五天了。", "unknown", "turns"),
    ("n04", "坐席：喂\n客户：喂你好\n坐席：你好我是朔风小贷的小刘请问是蒋丽萍吗\n客户：我就是\n坐席：蒋女士你借款这期还没还", "unknown", "turns"),
    ("n05", "坐席：您好，请问是唐国栋先生吗？\n客户：是\n坐席：唐先生您好，我是启明分期的客服，您本月分期已逾期两天，记得及时还款。", None,
     "turns"),
    # --- second batch: written after the first tuning round, measured before the rules saw it ---------------
    ("e01", f"{YUNSHAN}\n客户：是我，你们这样搞我要去法院起诉你们\n坐席：起诉你也得先把钱还了«C»", "unknown", "turns"),
    ("e02", f"{BEICHEN}\n客户：是我，我跟你讲清楚了，以后有什么事只能找我委托的律师\n坐席：律师我们不认，你自己说什么时候还«C»", "unknown",
     "turns"),
    ("e03", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：你们去查查吧这笔借款我从来没签过字\n坐席：合同上有你签名的今天必须处理«C»", "unknown",
     "turns"),
    ("e04", f"{YUNSHAN}\n客户：是我，你们是不是有病，一天到晚打，我把你们拉黑了\n坐席：拉黑我们就换号打，打到你还为止«C»", "unknown", "turns"),
    ("e05", f"{BEICHEN}\n客户：是我，我会去银行柜台投诉的\n坐席：去哪投诉都一样，账总归是你的，这周内处理掉«C»", "unknown", "turns"),
    ("e06", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款逾期了。\n客户：嗯\n坐席：今天能处理吗？\n客户：今天没空\n坐席：那明天呢？\n"
            "客户：明天再说\n坐席：您上次也是这么说的\n客户：最近比较忙\n坐席：忙也得抽空处理一下\n客户：知道了\n坐席：那您明天几点方便？\n"
            "客户：我说了我不想再接你们电话了听不懂吗\n坐席：那你给个时间嘛，给了时间我们就不打了«C»", "unknown", "turns"),
    ("e07", f"{SHUOFENG}\n客户：是我 你们别老整这出了 再打我就找消协\n坐席：找消协也得还钱啊 你说个数«C»", "unknown", "turns"),
    ("e08", f"{YUANJING}\n客户：是我，你们利息算得太黑了，我不会还的，要还也只还本金\n坐席：合同约定的利息一分不能少，必须全额还«C»", "unknown",
     "turns"),
    ("e09", "客服：您好，这里是北辰银行信用卡中心，请问是宋雅琴女士吗？\n用户：是我\n客服：您的信用卡逾期了。\n"
            "用户：我已经在走诉讼了，你们等法院的通知\n客服：诉讼归诉讼，最低还款今天还是要还的«C»", "unknown", "text"),
    ("f01", f"{YUNSHAN}\n客户：是我，你们这样搞我要去法院起诉你们\n坐席：您有起诉的权利，我们这边先把您的意见登记，稍后由主管跟您联系。", "unknown",
     "turns"),
    ("f02", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：这笔借款我从来没签过字\n坐席：好的这个情况我们需要核实我先给您提交争议处理核实前暂停联系",
     "unknown", "turns"),
    ("f03", f"{YUNSHAN}\n客户：是我，我说了我不想再接你们电话了\n坐席：好的，后续我们改用短信方式联系您，不再电话打扰。", "unknown", "turns"),
    ("f04", f"{BEICHEN}\n客户：是我，以后有什么事只能找我委托的律师\n坐席：收到，请您把律师的联系方式发给我们。", "unknown", "turns"),
    ("f05", f"{BEICHEN}\n客户：是我，我会去银行柜台投诉的\n坐席：好的，您有权投诉，也可以拨打我们的客服热线反映。", None, "turns"),
    ("f06", f"{YUANJING}\n客户：是我，你们利息算得太黑了\n坐席：您对利息有疑问的话，我们可以给您出一份明细，您核对后如有异议可以申请复核。", "unknown",
     "turns"),
    ("g01", f"{YUNSHAN}\n客户：是我，我在老家照顾病重的母亲，一个月没上班了\n坐席：照顾母亲跟还款不冲突吧«H»", "unknown", "turns"),
    ("g02", f"{BEICHEN}\n客户：是我，孩子查出来自闭症，天天跑医院\n坐席：那你先拿个三五百出来意思一下«H»", "unknown", "turns"),
    ("g03", f"{SHUOFENG}\n客户：是我 我们这里遭了冰雹 庄稼全完了\n坐席：庄稼完了人还在嘛 去打点零工也要把钱还上«H»", "unknown", "turns"),
    ("g04", f"{QIMING}\n客户：是我\n坐席：你这期没还\n客户：家里老人瘫痪在床我每天要伺候\n坐席：你家里的情况我们不了解你这个月先还最低«H»", "unknown",
     "turns"),
    ("g05", f"{ROBOT}\n客户：嗯嗯是的\n坐席：您的借款已逾期。\n客户：我刚流产在家休息\n坐席：请您尽快登录APP完成还款，感谢您的配合。«H»", "unknown",
     "turns"),
    ("g06", f"{YUNSHAN}\n客户：是我，我被公司辞了，现在在送外卖\n坐席：送外卖也有收入嘛，这周先还八百«H»", "unknown", "turns"),
    ("g07", f"{BEICHEN}\n客户：是我，我妈刚查出来肺癌晚期\n坐席：嗯，那您这期打算什么时候还？«H»", None, "turns"),
    ("k01", f"{YUNSHAN}\n客户：是我，我在老家照顾病重的母亲，一个月没上班了\n坐席：家里有病人确实难，我们可以帮您申请先停催一个月，之后再协商。", "unknown",
     "turns"),
    ("k02", f"{BEICHEN}\n客户：是我，孩子查出来自闭症\n坐席：这个情况我跟主管申请一下，给您办理息费减免和延期。", "unknown", "turns"),
    ("k03", f"{SHUOFENG}\n客户：是我 我们这里遭了冰雹\n坐席：受灾的话可以办理延期 需要我帮你申请吗", "unknown", "turns"),
    ("k04", f"{YUNSHAN}\n客户：是我，我被公司辞了\n坐席：您现在的难处我们理解，您看每月先还三百，剩下的分二十期慢慢还，可以吗？", "unknown", "turns"),
    ("k05", f"{ROBOT}\n客户：嗯嗯是的\n坐席：您的借款已逾期。\n客户：我刚流产在家休息\n坐席：抱歉打扰，已为您转人工处理困难申请。", "unknown", "turns"),
    ("k06", f"{QIMING}\n客户：是我\n坐席：你这期没还\n客户：家里老人瘫痪在床\n坐席：那你先照顾老人我给你登记一下这个月先不催了", "unknown", "turns"),
    ("u01", f"{YUNSHAN}\n第三方：我是他表哥，我们很久没联系了\n坐席：他欠了钱跑了，你们亲戚都有责任帮忙找到他«DT»", "unknown", "turns"),
    ("u02", f"{BEICHEN}\n联系人：我跟她不熟\n坐席：不熟你也给她捎个话，让她赶紧把钱还上«DT»", "third_party", "turns"),
    ("u03", f"{YUNSHAN}\n第三方：他去外地了\n坐席：好的，那您方便留一下他现在的电话吗？不方便也没关系。", "unknown", "turns"),
    ("u04", f"{QIMING}\n客户：你们打错了这是公司座机\n坐席：不好意思打扰了我们会更新号码", "unknown", "turns"),
    ("u05", f"{BEICHEN}\n第三方：我是她老公，有什么事我转告她\n坐席：谢谢您，就麻烦您让她回个电话给我们，号码是95000。", "unknown", "turns"),
    ("u06", f"{SHUOFENG}\n第三方：她在上班 你晚点打\n坐席：好的 那我晚点再联系她 谢谢", "unknown", "turns"),
    ("w01", "坐席：您好，请问是宋雅琴女士吗？我是北辰银行信用卡中心的\n客户：是，我是宋雅琴\n坐席：宋女士，您的卡本期逾期了。", "unknown", "turns"),
    ("w02", f"{YUNSHAN}\n客户：对的对的，我就是，你是哪里\n坐席：我是云杉消费金融的，您的借款逾期两天了。", "unknown", "turns"),
    ("w03", f"{QIMING}\n客户：喂 是我 你说吧\n坐席：你分期这个月还没还今天方便还吗", "unknown", "turns"),
    ("w04", f"{SHUOFENG}\n客户：本人 有事说事\n坐席：你借款逾期了 今天能不能处理", "unknown", "turns"),
    ("w05", f"{BEICHEN}\n客户：诶 对 是我\n坐席：宋女士，您的卡逾期三天了，今天能还吗？", None, "turns"),
    ("w06", "坐席：喂你好宋雅琴吗你那个卡怎么还没还«SD»\n客户：你谁啊", "unknown", "turns"),
    ("w07", f"{BEICHEN}\n客户：谁啊\n坐席：我北辰银行的，宋雅琴信用卡欠款的事«D»", "unknown", "turns"),
    ("w08", "坐席：您好，这里是启明分期。\n客户：喂？喂？\n坐席：听得到吗，你的分期已经逾期十五天了«D»", "unknown", "turns"),
    # --- third batch: written after the second tuning round, measured before the rules saw it ----------------
    ("i01", f"{YUNSHAN}\n客户：是我，别打了\n坐席：好的，已经给您记录了。\n客户：那我月底还可以吧\n坐席：可以的，月底前还上就行，谢谢。", "unknown", "turns"),
    ("i02", f"{BEICHEN}\n客户：是我，我最近刚失业\n坐席：嗯。\n客户：等我下个月发了新工作的工资先还一千\n坐席：好的，那下个月十号前先还一千，我给您备注。",
     "unknown", "turns"),
    ("i03", f"{QIMING}\n客户：是我你们不要再打了\n坐席：你这笔钱已经逾期九十天了会上征信的«C»", "unknown", "turns"),
    ("i04", f"{YUNSHAN}\n客户：是我，别打了\n坐席：好的，已经给您记录了。\n客户：嗯\n坐席：不过今天这笔还是得还，不然明天还会有同事联系您«C»",
     "unknown", "turns"),
    ("i05", f"{SHUOFENG}\n客户：是我 我这段时间在住院 等出来再说\n坐席：住院期间手机也能操作 你让家属帮你转一下«H»", "unknown", "turns"),
    ("i06", f"{YUANJING}\n客户：是我，我丈夫去年走了，现在一个人养三个孩子\n坐席：您也不容易，这样，我帮您申请把剩下的本金分成二十四期，利息全免。",
     "unknown", "turns"),
    ("i07", "客服：您好，这里是云杉消费金融，请问是韩志明先生吗？\n用户：是的\n客服：您的借款已逾期一个月。\n用户：你们的利息有问题，我要去金融消费权益保护那里申诉\n"
            "客服：申诉不影响还款，今天必须先还一期«C»", "unknown", "text"),
    ("i08", "客服：您好，这里是云杉消费金融，请问是韩志明先生吗？\n用户：是的\n客服：您的借款已逾期一个月。\n用户：你们的利息有问题，我要去申诉\n"
            "客服：好的，您可以通过官方渠道申诉，我这边也帮您把利息异议提交复核。", "unknown", "text"),
    ("i09", f"{BEICHEN}\n客户：嗯是\n坐席：宋女士，您的卡逾期了\n客户：我现在生活都成问题了，哪还顾得上这个\n坐席：生活再难也得先顾信用，今天先还一点«H»",
     "unknown", "turns"),
    ("i10", f"{BEICHEN}\n客户：嗯是\n坐席：宋女士，您的卡逾期了\n客户：我现在生活都成问题了\n坐席：明白，您目前的情况可以申请停息挂账，我给您讲一下怎么办理。",
     "unknown", "turns"),
    ("i11", f"{QIMING}\n第三方：他是我老公他人在外地\n坐席：那你们家总要有人出来解决这个事吧你先把这期给他还了«DT»", "unknown", "turns"),
    ("i12", f"{QIMING}\n第三方：他是我老公他人在外地\n坐席：好的那请您转告他抽空回个电话就行谢谢", "unknown", "turns"),
    ("i13", "坐席：您好，这里是朔风小贷，请问是蒋丽萍女士吗？\n客户：你是哪里\n坐席：我们是朔风小贷，请问您是蒋丽萍女士本人吗？\n客户：嗯我是\n"
            "坐席：蒋女士，您的借款逾期了，应还2600元。", None, "turns"),
    ("i14", "坐席：喂 喂 听得到吗\n客户：听得到\n坐席：你好这边朔风小贷的找下蒋丽萍\n客户：我就是\n坐席：蒋女士你的借款这期还没还哦", "unknown", "turns"),
    ("i15", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款已逾期。\n客户：我知道，这两天手头紧\n坐席：那您看什么时候能还？\n客户：再过一个星期吧\n"
            "坐席：好的，那下周三前可以吗？\n客户：可以\n坐席：好的，我给您备注下周三，到时候记得还款。\n客户：嗯\n坐席：还有别的问题吗？\n"
            "客户：你们以后能不能别在中午打，我午休\n坐席：好的，那以后下午联系您\n客户：行\n坐席：感谢接听，再见。", "unknown", "turns"),
    ("i16", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款已逾期。\n客户：我知道\n坐席：那您看什么时候能还？\n客户：我也不知道\n"
            "坐席：您总得给个时间\n客户：我说实话，我爸住ICU了，每天一万多\n坐席：哦\n客户：所以我现在真的顾不上\n"
            "坐席：那也不能一直不管，你这周至少拿两千出来«H»", "unknown", "turns"),
    ("i17", f"{SHUOFENG}\n客户：我就是 咋个了\n坐席：你借款逾期了\n客户：我不是不还 你们这样天天打 搞得我工作都丢了\n坐席：工作丢了是你自己的问题 该还还得还«H»",
     "unknown", "turns"),
    ("i18", f"{BEICHEN}\n客户：是我，你们再打到我单位去，我就告你们侵犯隐私\n坐席：您放心，我们不会联系您单位，您的意见我已经记录并反馈给主管。", "unknown",
     "turns"),
    # --- fourth batch: written after the third tuning round, measured before the rules saw it ---------------
    ("j01", "坐席：您好，这里是朔风小额贷款有限公司，请问是蒋丽萍女士本人吗？\n客户：是我\n坐席：蒋女士，您的借款已逾期五天。", "unknown", "turns"),
    ("j02", "坐席：您好，这里是朔风小额贷款有限公司，请问是蒋丽萍女士本人吗？\n第三方：不是，她是我邻居\n坐席：好的，打扰了。", "unknown", "turns"),
    ("j03", "坐席：您好，这里是云杉智能语音助手，请问是韩志明先生吗？\n客户：是的\n坐席：您的借款本期已到期未还，请及时处理。", "unknown", "turns"),
    ("j04", "坐席：您好，请问韩志明在吗？我是云杉消费金融的\n客户：我就是韩志明本人，什么事\n坐席：韩先生，您的借款逾期三天了。", "unknown", "turns"),
    ("j05", f"{YUNSHAN}\n客户：是我，你们把我号码删了吧，别再骚扰我家里人\n坐席：删不了，你不还款我们就继续联系«C»", "unknown", "turns"),
    ("j06", f"{BEICHEN}\n客户：是我，有事发短信就行，电话我不接\n坐席：短信说不清楚，你这个卡到底什么时候还«C»", "unknown", "turns"),
    ("j07", f"{QIMING}\n客户：是我这笔钱我不欠你们的你们搞错了\n坐席：系统不会搞错你赶紧处理«C»", "unknown", "turns"),
    ("j08", f"{QIMING}\n客户：是我这笔钱我不欠你们的你们搞错了\n坐席：好的我帮您提交核查核查结果出来前不再打扰您", "unknown", "turns"),
    ("j09", f"{SHUOFENG}\n客户：是我 唔好再打嚟啦\n坐席：你还咗钱我哋就唔打 今日一定要还«C»", "unknown", "turns"),
    ("j10", f"{YUNSHAN}\n客户：是我，你们这是暴力催收\n坐席：我们都是正常催收，你欠钱就得还«C»", "unknown", "turns"),
    ("j11", f"{BEICHEN}\n客户：是我，我刚做完月子，奶粉钱都不够\n坐席：那你老公呢？让他先帮你还上«H»", "unknown", "turns"),
    ("j12", f"{YUNSHAN}\n客户：是我，生意赔了，现在到处躲债\n坐席：那是你的困难，不是我们的，你要想办法«H»", "unknown", "turns"),
    ("j13", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：我身体查出问题了要做手术\n坐席：有困难也要克服一下这周先还一点«H»", "unknown", "turns"),
    ("j14", f"{BEICHEN}\n客户：是我，单位效益不好，工资只发一半\n坐席：一半也是钱，你承诺一个还款日期«H»", "unknown", "turns"),
    ("j15", f"{SHUOFENG}\n客户：是我 屋里遭了大火 啥子都没得了\n坐席：跟我说这些没用 你说个数«H»", "unknown", "turns"),
    ("j16", f"{YUNSHAN}\n客户：是我，生意赔了，现在到处躲债\n坐席：明白您现在压力大，可以申请个性化分期，把月供降下来。", "unknown", "turns"),
    ("j17", f"{BEICHEN}\n客户：是我，单位效益不好，工资只发一半\n坐席：理解您的情况，我们可以帮您调整还款计划，每月少还一点。", "unknown", "turns"),
    ("j18", f"{QIMING}\n第三方：我是他爸\n坐席：叔叔您好，您能联系到他吧？让他尽快把钱还了«DT»", "unknown", "turns"),
    ("j19", f"{YUNSHAN}\n第三方：我是他姐姐\n坐席：他欠钱不还，你们家人难道不管吗«DT»", "unknown", "turns"),
    ("j20", f"{YUNSHAN}\n第三方：我是他姐姐\n坐席：不好意思打扰了，我们找他本人有点事，麻烦您见到他时让他回个电话。", "unknown", "turns"),
    ("j21", "坐席：您好，这里是北辰银行信用卡中心，来电是关于您的账户服务，请问是宋雅琴女士吗？\n客户：我是她朋友，她手机在我这\n"
            "坐席：好的，那麻烦您转告她方便时回电，谢谢。", "unknown", "turns"),
    ("j22", "坐席：您好，这里是北辰银行信用卡中心，来电是关于您的账户服务，请问是宋雅琴女士吗？\n客户：喂你好我是宋雅琴\n"
            "坐席：宋女士您好，您的信用卡本期账单已逾期。", None, "turns"),
    ("j23", "坐席：喂，你好«S»\n客户：喂，哪位\n坐席：是宋雅琴吧？\n客户：是啊，你是谁\n坐席：你信用卡逾期了你不知道吗", "unknown", "turns"),
    ("j24", f"{ROBOT}\n客户：额你说\n坐席：您的借款本期应还1800元已逾期，请问您今天可以还款吗？\n客户：我在住院还没出来\n"
            "坐席：好的，请您记得在今天内完成还款。«H»", "unknown", "turns"),
    ("j25", f"{ROBOT}\n客户：额你说\n坐席：您的借款本期应还1800元已逾期，请问您今天可以还款吗？\n客户：我在住院还没出来\n"
            "坐席：好的，已为您登记特殊情况，会有专员联系您办理延期。", "unknown", "turns"),
    ("j26", f"{BEICHEN}\n客户：是我，你们再打我就去12315\n坐席：好的，抱歉打扰到您，我这边备注一下，之后不会频繁来电。", "unknown", "turns"),
    ("j27", f"{BEICHEN}\n客户：是我，你们再打我就去12315\n坐席：去哪都行，钱还是得还，明天再给你打«C»", "unknown", "turns"),
    # --- fifth batch: written after the fourth tuning round, measured before the rules saw it ----------------
    ("m01", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款已逾期三天。\n客户：我最近手头有点紧\n坐席：明白，那您看月底前能还上吗？\n客户：可以\n"
            "坐席：好的，我给您备注月底，感谢配合。", "unknown", "turns"),
    ("m02", f"{ROBOT}\n客户：嗯是\n坐席：您的借款已逾期，请问现在方便处理吗？\n客户：我在开车\n坐席：好的，稍后再联系您，祝您生活愉快。", "unknown", "turns"),
    ("m03", f"{BEICHEN}\n客户：是我\n坐席：宋女士，您的卡已逾期，如有困难可以申请分期。\n客户：不用，我今天就还\n坐席：好的，感谢您。", "unknown", "turns"),
    ("m04", f"{QIMING}\n第三方：他出国了你们打这个号没用\n坐席：好的那我们这边更新一下请问他有其他联系方式吗", "unknown", "turns"),
    ("m05", f"{YUNSHAN}\n客户：是我，你们别打了，我今天就还\n坐席：好的，今天还上后系统就不会再联系您了。", "unknown", "turns"),
    ("m06", f"{BEICHEN}\n客户：是我，我已经还了啊，刚刚转的\n坐席：好的，系统可能有延迟，我帮您核实一下。", "unknown", "turns"),
    ("m07", f"{YUNSHAN}\n客户：是我，我要投诉你们上次那个催收员，态度很差\n坐席：非常抱歉，您的投诉我已经记录，会反馈给主管处理。", "unknown", "turns"),
    ("m08", f"{QIMING}\n客户：是我\n坐席：你分期逾期了\n客户：我失业了\n坐席：了解那你目前有什么还款打算吗我们可以一起看看方案", "unknown", "turns"),
    ("m09", "坐席：喂你好请问是韩志明先生吗我这边是云杉消费金融的\n客户：嗯对什么事\n坐席：韩先生您好您的借款目前已经逾期三天了今天能处理吗", "unknown",
     "turns"),
    ("m10", f"{BEICHEN}\n客户：不是，你打错了\n坐席：不好意思，打扰您了，再见。", None, "turns"),
    ("m11", f"{YUNSHAN}\n客户：是我，我老婆住院了\n坐席：您先照顾家人要紧。\n客户：谢谢\n坐席：那等您忙完，大概什么时候方便再联系您？\n客户：下周吧\n"
            "坐席：好的，下周再联系您。", "unknown", "turns"),
    ("m12", f"{SHUOFENG}\n客户：是我 我家里老人病了 这两天在医院\n坐席：那你先忙 老人身体要紧 我们过几天再联系你 到时候可以商量一下还款安排",
     "unknown", "turns"),
    ("m13", "客服：您好，这里是启明分期，请问是唐国栋先生吗？\n用户：对\n客服：您本月分期已逾期三天，今天方便还款吗？\n用户：可以，晚上转\n"
            "客服：好的，感谢配合。", "unknown", "text"),
    ("m14", f"{YUNSHAN}\n客户：是我\n坐席：韩先生，您的借款已逾期。\n客户：我上周刚被裁，现在在找工作\n"
            "坐席：理解，我们可以先帮您申请延期一个月，您找到工作后再按原计划还款。\n客户：好的\n坐席：那一个月后，也就是下月十五号前还第一期，可以吗？\n"
            "客户：可以\n坐席：好的，已经提交。", "unknown", "turns"),
    ("m15", f"{BEICHEN}\n第三方：我是她同事，她在开会\n坐席：好的，那麻烦您跟她说一声，有空回个电话，谢谢。", "unknown", "turns"),
    ("m16", f"{QIMING}\n客户：嗯是我\n坐席：唐先生你分期逾期了\n客户：知道\n坐席：今天能处理吗\n客户：晚点\n坐席：晚点是几点\n客户：下午吧\n"
            "坐席：好的下午几点\n客户：三点吧\n坐席：行那三点前处理一下\n客户：嗯\n坐席：另外你上期也晚了\n客户：你们烦不烦 我说了下午还 以后别再打了\n"
            "坐席：下午三点要是没到账我们还得打«C»\n客户：随便", "unknown", "turns"),
    ("m17", f"{YUNSHAN}\n客户：是我，我最近身体很差一直在吃药\n坐席：吃药又不影响你还钱«H»", "unknown", "turns"),
    ("m18", f"{BEICHEN}\n客户：是我，我已经找了律师\n坐席：找律师也得还钱，你下午三点前转过来«C»", "unknown", "turns"),
    ("m19", f"{QIMING}\n第三方：我是他老板\n坐席：你是他老板那你从他工资里扣了还我们«DT»", "unknown", "turns"),
    ("m20", "坐席：喂，韩志明，你那个账怎么还不还«SD»\n客户：你哪位", "unknown", "turns"),
    ("m21", "坐席：您好，这里是云杉消费金融贷后部，请问是韩志明先生吗？您的借款已经逾期十天了«D»\n客户：你说什么", "unknown", "turns"),
    ("m22", f"{ROBOT}\n客户：是的\n坐席：您的借款已逾期三天。\n客户：我在医院\n坐席：好的，请问您今天几点可以还款？«H»", "unknown", "turns"),
    ("m23", f"{BEICHEN}\n客户：是我，我说了别再打了，你们听不懂人话吗\n坐席：听不懂的是你吧，欠钱还有理了«C»", "unknown", "turns"),
    ("m24", f"{YUNSHAN}\n第三方：我是他妈，他在外面打工\n坐席：好的阿姨，请问他现在的电话是多少？\n第三方：我也不知道，他很少打电话回来\n"
            "坐席：那你们当父母的就不管管他吗，他欠的钱总要有人还«DT»", "unknown", "turns"),
    ("m25", "坐席：请问是韩志明先生吗？我是云杉消费金融的\n客户：你是哪位，找他干嘛\n坐席：他的借款逾期了需要处理«D»", "unknown", "turns"),
]


def dev2_record(message_id: str, text: str, recipient_type: str | None, written_as: str) -> dict:
    """One call as `make_conduct_dev.record` writes it, renamed for this set and written as turns or text."""
    call = record(message_id, text, recipient_type or "unknown")
    call.update(message_id=f"dev2-{message_id}", campaign_id="conduct-dev2")
    if recipient_type is None:
        del call["recipient_type"]
    if written_as == "text":
        prefixes = {"agent": "客服", "customer": "用户", "third_party": "联系人"}
        call["text"] = "\n".join(f"{prefixes[t['speaker']]}：{t['text']}" for t in call.pop("turns"))
    return call


def main() -> None:
    with (HERE / DEV2_FILE).open("w", encoding="utf-8") as out:
        for message_id, text, recipient_type, written_as in CALLS:
            out.write(json.dumps(dev2_record(message_id, text, recipient_type, written_as), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
