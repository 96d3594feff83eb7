"""Writes `conduct_dev7.jsonl`: a seventh conduct batch in others' voices, every category, 40% compliant near the line.

Written by hand for this file before any rule was changed for it, in voices the older batches use little: robot
scripts that talk before anyone answers (a debt read out before 本人请按1, 有异议请按3, 请回答是或不是), ASR output
without punctuation and with a negator early in the turn (你不会找活儿干啊 这礼拜还上三千, 没说让你一下还清 这周先还五百),
dialect (东北, 四川, 河南, 上海, Cantonese), chat threads typed in an app or WeChat (【品牌】亲, 在吗, emoji), and
agencies, law firms and mediation centres acting for lenders, with and without naming the lender. The families are
those the lead named from held-out set E's first scoring, written afresh without opening it: what counts as a debt
detail before verification (a neutral purpose — 关于您借款的事, 提醒您本期账单, 说下还款的事 — is none; an amount or the
overdue status is), a callee who confirms indirectly (嗯 / 你说 / 是俺 / 系我) and the identity state afterwards,
disclosure after a denial (third_party_pressed, not disclosure), vague introductions (我们这边是平台的, 合作机构,
帮平台做回访的, a law firm or a mediation centre with no lender) and introductions without a purpose.

Labels follow contract section 5: the agent states who calls (an institution's own name, or the agency and the
lender it acts for) and why (generic before verification: 有件您本人的事) in its first two turns, «S» on its first
turn; a debt detail (amount, overdue or unpaid status, what is owed where) before the callee confirmed is «D» (a bare
嗯 / 是 / 你说 / 1 after a name question confirms; 谁啊, 你先说什么事, a bad line do not; a purpose that only names the
callee's loan, bill or repayment tells no detail); after a denial (他不在, 我是他X, 打错了, 按2) anything beyond a
call-back or a contact is «T», and a debt told then is «T» alone; pressing after hardship without relief (sympathy
alone, or 理解 但是…, does not answer) is «H»; pressing after a stop, dispute, complaint or lawyer without
acknowledging it is «C». Compliant calls (about 40%) sit next to the line: the same openings, answers and hardships
met lawfully.

Ids: `sNN` / `dNN` / `tNN` / `hNN` / `cNN` violations, `ok-…` compliant calls near the line of that family. Each
call is (id, lines, recipient_type, form), form as in `make_conduct_dev3` (text / turns / timed; `~` starts a line
that overlaps the previous one); recipient_type None leaves the field out. All people, lenders, agencies and
numbers are invented.

First run (`python -m benchmarks.eval_conduct --set benchmarks/data/conduct_dev7.jsonl`, the rules of commit 30e3588,
before any change for it; 171 calls, 67 compliant): micro-F1 0.836 (P 0.832 / R 0.840); recall: self-identification
0.800 (P 0.889: a robot's 来自催收中心的重要来电, a law firm and a mediation centre without their lender, no purpose
before 你最近工作怎么样; 我这嘎是X的 in 东北 not read), disclosure 0.955 (P 0.600: 14 false flags, 10 of them a debt told
after a denial, which is third_party_pressed; 提醒您本期账单, 关于您借款的事, 关于您的分期还款, identity verified in
the app), third party 0.864 (Shanghainese 伊勿在, Sichuanese 他不在 我是他婆娘, Cantonese 唔系佢 not read as denials),
hardship 0.857 (你不会找活儿干啊 这礼拜还上三千: the early 不会 reached the demand; 份工冇咗; 节哀 您这期还是得按时还),
cease 0.714 (Cantonese 请咗律师, 全部还清了 有转账记录, 利息算得太离谱了 这个我不认, Shanghainese 勿要再打了, a robot's
有异议请按3 answered 3, 扣了两次 多扣了八百); compliant calls flagged 6/67 (9.0%); finding on the labelled turn 89/89.

`python -m benchmarks.data.make_conduct_dev7` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_conduct_dev import HERE
from benchmarks.data.make_conduct_dev3 import dev3_record
from benchmarks.data.set_format import write_jsonl

DEV7_FILE = "conduct_dev7.jsonl"
CAMPAIGNS = {"恒岳": "HY-AGENCY-07", "明衡": "MH-LAW-07", "和睿": "HR-MED-07", "栖梧": "QW-CF-07",
             "砚溪": "YX-MICRO-07", "澜庭": "LT-CARD-07", "穗禾": "SH-FENQI-07", "知澜": "ZL-TECH-07"}

# Openings of verified calls, for the families whose question comes later (hardship, stop requests).
ROBOT = ("坐席：您好，这里是栖梧消费金融语音助手，有一项您本人的账户业务，请问您是{name}本人吗？是本人请按1，不是请按2。\n"
         "客户：1")
CHAT = "坐席：【穗禾分期】亲，您好~这里是穗禾分期在线客服，有件您本人的事跟您确认下，请问是{name}本人吗？\n客户：是本人"
ASR = "坐席：喂 喂你好 我这边砚溪小贷的 有个你本人的事 是{name}吧\n客户：嗯 你说"
AGENCY = "坐席：您好，我是恒岳资产管理公司的工作人员，受澜庭银行委托联系您，有件您本人的事，请问是{name}吗？\n客户：对，是我"
NORTHEAST = "坐席：喂 你好 我这边是知澜数科的 有点事儿找你本人 你是{name}不\n客户：嗯呐 是我 咋的"
SICHUAN = "坐席：喂 你好嘛 我是砚溪小贷的嘛 有点你本人的事 是{name}噻\n客户：是我嘛 啥子事"
CANTONESE = "坐席：喂 你好 我哋系澜庭银行信用卡中心嘅 有啲嘢要同{name}本人倾下 系唔系你呀\n客户：系 咩事"
SHANGHAI = "坐席：侬好，我是澜庭银行信用卡中心个，有桩侬本人个事体，请问是{name}伐？\n客户：是个，啥事体"
HENAN = "坐席：喂 恁好 俺是知澜数科哩 有点恁本人哩事 恁是{name}不\n客户：是俺 啥事"


def _o(opening: str, name: str) -> str:
    return opening.format(name=name)


# (id, call, recipient_type, form)
CALLS: list[tuple[str, str, str | None, str]] = [
    # --- who calls and why: nobody named, a vague unit, an agency without its lender, no purpose (S) ----------------
    ("s01", "坐席：您好，这里是贷后服务提醒专线，请问您是冷春燕女士本人吗？是请按1，不是请按2。«S»\n客户：1\n"
            "坐席：您的账单已逾期七天，请于今日内完成还款。", "debtor", "turns"),
    ("ok-s01", "坐席：您好，这里是栖梧消费金融智能语音，有一项您本人的账户提醒，请问您是冷春燕女士本人吗？是请按1，不是请按2。\n"
               "客户：1\n坐席：您的账单已逾期七天，请于今日内完成还款。", "debtor", "turns"),
    ("s02", "坐席：在吗？我们这边是平台的，看到你有笔账还没处理«SD»\n客户：什么平台？\n坐席：你借款的那个平台 你自己不知道吗 今天把钱还了",
     "unknown", "text"),
    ("s03", "坐席：喂 你好 我们这边是合作机构的 找一下郁晓楠«S»\n客户：我就是 你们哪个机构\n坐席：就是你借钱那边委托的 你那个钱逾期四十多天了",
     "unknown", "timed"),
    ("s04", "坐席：喂，砚溪小贷的，是邝家豪吧？«S»\n客户：嗯\n坐席：你最近工作怎么样\n客户：还行吧 咋了\n坐席：还行那你这礼拜把钱弄了",
     "unknown", "turns"),
    ("ok-s04", "坐席：喂，砚溪小贷的，有件你本人的事，是邝家豪吧？\n客户：嗯\n坐席：你最近工作怎么样\n客户：还行吧 咋了\n"
               "坐席：还行那你这礼拜把钱弄了", "unknown", "turns"),
    ("s05", "坐席：喂 你好嘛 我是那个贷款公司的嘛 找哈班志强«S»\n客户：我就是 啥子事\n坐席：你那个款子拖了两个月了哦 啥子时候还嘛",
     None, "text"),
    ("ok-s05", "坐席：喂 你好嘛 我是砚溪小贷的嘛 有点你本人的事 找哈班志强\n客户：我就是 啥子事\n坐席：你那个款子拖了两个月了哦 啥子时候还嘛",
     None, "text"),
    ("s06", "坐席：您好，这是一通来自催收中心的重要来电，请问您是冷春燕女士本人吗？本人请按1。«S»\n客户：1\n坐席：您的借款已逾期，请尽快还款。",
     "debtor", "turns"),
    ("s07", "坐席：您好，我是恒岳资产管理公司的，请问是蓝文斌先生吗？«S»\n客户：是我，什么事？\n"
            "坐席：您有一笔欠款已经转到我们公司处理了，逾期一百二十天。", "debtor", "turns"),
    ("ok-s07", "坐席：您好，我是恒岳资产管理公司的，受澜庭银行委托联系您，有件您本人的业务，请问是蓝文斌先生吗？\n客户：是我，什么事？\n"
               "坐席：您在澜庭银行的信用卡欠款已经逾期一百二十天。", "debtor", "turns"),
    ("s08", "坐席：喂 我是明衡律师事务所的 找饶美华«S»\n客户：我是 律师找我干嘛\n坐席：你的欠款已经委托到我们所了 再不处理就起诉",
     "unknown", "timed"),
    ("ok-s08", "坐席：喂 我是明衡律师事务所的律师 受砚溪小贷委托 有件事找饶美华本人\n客户：我是 什么事\n"
               "坐席：你在砚溪小贷的借款逾期了 我们想跟你沟通下还款", "unknown", "timed"),
    ("s09", "坐席：侬好，我是工号八六二七，请问是车国庆先生伐？«S»\n客户：是个，啥事体\n坐席：侬个借款逾期廿天了，今朝要还掉", "unknown", "turns"),
    ("ok-s09", "坐席：侬好，我是澜庭银行信用卡中心个，有桩侬本人个事体，请问是车国庆先生伐？\n客户：是个，啥事体\n坐席：侬张卡逾期廿天了，今朝好还掉伐",
     "unknown", "turns"),
    ("s10", "坐席：【温馨提示】亲，您好，请问是祁秀珍本人吗？«S»\n客户：是的 你们是哪里\n坐席：您的分期已经逾期了哦，请今天处理下",
     "debtor", "text"),
    ("ok-s10", "坐席：【穗禾分期】亲，您好，这里是穗禾分期客服，有件您本人的事，请问是祁秀珍本人吗？\n客户：是的\n坐席：您的分期已经逾期了哦，请今天处理下",
     "debtor", "text"),
    ("s11", "坐席：喂 喂 你好 这里是 呃 就是 那个 客服这边 找下柏宇航«S»\n客户：嗯我是\n坐席：那个你这个月的还款还没到账 今天能处理吗",
     "unknown", "timed"),
    ("ok-s11", "坐席：喂 喂 你好 这里是 呃 知澜数科 客服这边 有点你本人的事 找下柏宇航\n客户：嗯我是\n"
               "坐席：那个你这个月的还款还没到账 今天能处理吗", "unknown", "timed"),
    ("s12", "坐席：您好，我们是帮平台做回访的，请问是闵丽娟女士吗？«S»\n客户：是我。\n坐席：您在平台的借款已经逾期十五天了，请尽快处理。",
     "debtor", "turns"),
    ("s13", "坐席：喂 谷建军吗«S»\n客户：是 哪位\n坐席：我知澜数科的\n客户：哦\n坐席：你那期欠款三千二 今天转过来", "unknown", "text"),
    ("ok-s13", "坐席：喂 谷建军吗\n客户：是 哪位\n坐席：我这边知澜数科的 打电话是跟您说下账户的事\n客户：哦\n坐席：你那期三千二 今天能转过来吗",
     "unknown", "text"),
    ("s14", "坐席：喂 你好 请问系唔系沙玉梅小姐«S»\n客户：系 边位\n坐席：我哋系信用卡中心嘅 你张卡欠咗三个月喇", None, "turns"),
    ("ok-s14", "坐席：喂 你好 我哋系澜庭银行信用卡中心嘅 有啲你本人嘅事 请问系唔系沙玉梅小姐\n客户：系 边位\n坐席：你张卡欠咗三个月喇",
     None, "turns"),
    ("s15", "坐席：尊敬的客户您好，这里是智能外呼服务，请问是卜海峰先生吗？确认请按1。«S»\n客户：1\n"
            "坐席：您本月账单尚未还款，逾期将影响您的信用记录，请及时还款。", "debtor", "turns"),
    ("s16", "坐席：在吗 我是负责你账户的专员«S»\n客户：？谁\n坐席：你在我们这的欠款该还了 今天能还吗«D»", "unknown", "text"),
    ("s17", "坐席：喂 哥们儿 我这嘎是贷后的 你是邵春雷不«S»\n客户：嗯呐 咋的\n坐席：你那钱咋回事儿啊 都拖俩月了 赶紧整明白", "unknown", "text"),
    ("ok-s17", "坐席：喂 哥们儿 我这嘎是知澜数科贷后的 有点事儿找你本人 你是邵春雷不\n客户：嗯呐 咋的\n坐席：你那钱都拖俩月了 看看啥时候能整上",
     "unknown", "text"),
    ("s18", "坐席：您好，这里是和睿调解中心，请问是葛丽芬女士吗？«S»\n客户：是的，调解什么？\n"
            "坐席：您的信用卡欠款已经委托我们调解，今天需要给个还款方案。", "debtor", "turns"),
    ("ok-s18", "坐席：您好，这里是和睿调解中心，受澜庭银行委托，有件您本人的事，请问是葛丽芬女士吗？\n客户：是的，调解什么？\n"
               "坐席：您在澜庭银行的信用卡欠款，想跟您商量个还款方案。", "debtor", "turns"),
    ("s19", "坐席：您好，我们是银行的合作机构，有件事找一下伍建平先生«S»\n客户：我是，哪个银行？\n"
            "坐席：具体的您自己心里清楚，您那笔钱已经拖了快半年了", "unknown", "turns"),
    ("s20", "坐席：喂你好 是伍建平吗«S»\n客户：是 谁啊\n坐席：你那个借款的事 你心里没数吗 这周必须还", "unknown", "timed"),
    ("ok-s20", "坐席：您好，栖梧消费金融来电，提醒您本期账户还款，请问您是卜海峰先生本人吗？确认请按1。\n客户：1\n"
               "坐席：您本月账单尚未还款，请及时处理。", "debtor", "turns"),

    # --- a debt detail before the callee confirmed (D); neutral purposes and indirect confirmations (ok-d) ----------
    ("d01", "坐席：您好，这里是栖梧消费金融，您名下借款已逾期十二天，欠款一千八百元，如您是闵丽娟女士本人请按1。«D»\n客户：2\n"
            "坐席：感谢接听，再见。", "unknown", "turns"),
    ("ok-d01", "坐席：您好，这里是栖梧消费金融，有一项您本人的业务，如您是闵丽娟女士本人请按1。\n客户：1\n"
               "坐席：您的借款已逾期十二天，欠款一千八百元，请尽快还款。", "unknown", "turns"),
    ("d02", "坐席：喂你好砚溪小贷的你那笔八千块的借款已经逾期两个月了是郁晓楠吧«D»\n客户：谁啊你说啥\n坐席：就是你借的钱该还了",
     "unknown", "timed"),
    ("ok-d02", "坐席：喂你好砚溪小贷的有个你本人的事是郁晓楠吧\n客户：嗯 咋了\n坐席：你那笔八千块的借款已经逾期两个月了", "unknown", "timed"),
    ("d03", "坐席：在吗 是邝家豪吗 你在穗禾分期欠的1560已经逾期了«D»\n客户：你谁\n坐席：穗禾分期的 看到回一下", "unknown", "text"),
    ("d04", "坐席：您好，这里是澜庭银行信用卡中心，有件事请问是蓝文斌先生吗？\n客户：谁啊？哪里？\n"
            "坐席：澜庭银行，您的信用卡已经欠款九千多，逾期两个月了。«D»", "unknown", "turns"),
    ("ok-d04", "坐席：您好，有件事请问是蓝文斌先生吗？\n客户：谁啊？\n坐席：我这边是澜庭银行信用卡中心的，有件您本人的事，请问您是蓝文斌先生本人吗？\n"
               "客户：对 是我\n坐席：您的信用卡已经欠款九千多，逾期两个月了。", "unknown", "turns"),
    ("d05", "坐席：喂 你好 知澜数科的 找一下车国庆\n客户：你先说什么事\n坐席：他在我们平台借的两万到期没还«D»", "unknown", "text"),
    ("d06", "坐席：喂 砚溪小贷 是饶美华吗\n客户：喂 喂 听不清\n坐席：我说你借款逾期了 三千块 今天要还«D»", "unknown", "timed"),
    ("ok-d06", "坐席：喂 你好 砚溪小贷这边有个事找一下饶美华\n客户：我就是 什么事\n坐席：你借款逾期了 三千块 今天能还吗", "unknown", "timed"),
    ("d07", "坐席：喂 我哋系澜庭银行嘅 请问系咪葛丽芬\n客户：你边个啊 咩事\n坐席：你张信用卡欠咗我哋两万几 拖咗半年«D»", None, "turns"),
    ("ok-d07", "坐席：喂 我哋系澜庭银行信用卡中心嘅 有啲你本人嘅事 请问系咪葛丽芬\n客户：系我 咩事\n坐席：你张信用卡欠咗两万几 拖咗半年",
     None, "turns"),
    ("d09", "坐席：您好，这里是栖梧消费金融，您的借款已逾期三十天，欠款金额两千四百元，请尽快还款。如需人工服务请按0。«D»\n"
            "客户：[按键0]\n坐席：您好，请问是谷建军先生本人吗？", "unknown", "turns"),
    ("d10", "坐席：您好，我是恒岳资产的，受澜庭银行委托，关于沙玉梅女士在澜庭银行的逾期欠款，请问您是她本人吗？«D»\n"
            "客户：你们怎么有我电话\n坐席：您的欠款三万二，已经逾期九十天了。", "unknown", "turns"),
    ("d11", "坐席：喂 恁好 俺是知澜数科哩 恁那借款都逾期仨月了 恁是卜海峰不«D»\n客户：恁谁啊\n坐席：俺说了知澜数科", "unknown", "text"),
    ("ok-d11", "坐席：喂 恁好 俺是知澜数科哩 有点恁本人哩事 恁是卜海峰不\n客户：是俺 恁谁啊\n坐席：俺是知澜数科哩 恁那借款都逾期仨月了",
     "unknown", "text"),
    ("d12", "坐席：您好，澜庭银行信用卡中心，您本期账单最低还款额九百元还未还，请问是伍建平先生吗？«D»\n客户：是\n坐席：好的，请您今天处理。",
     "debtor", "turns"),
    ("ok-d12", "坐席：您好，澜庭银行信用卡中心，给您来电是提醒您本期账单，请问是伍建平先生吗？\n客户：是\n"
               "坐席：您本期最低还款额九百元还未还，请今天处理。", "debtor", "turns"),
    ("d13", "坐席：您好，这里是砚溪小贷，来电是关于您借款逾期的事，请问是邵春雷先生吗？«D»\n客户：嗯\n坐席：您逾期二十天了", "unknown", "turns"),
    ("ok-d13", "坐席：您好，这里是砚溪小贷，来电是关于您借款的事，请问是邵春雷先生吗？\n客户：嗯\n坐席：您的借款逾期二十天了", "unknown", "turns"),
    ("d15", "坐席：喂你好\n客户：喂？\n坐席：这边是栖梧消费金融 你的借款已经逾期了 本期一千二没还«D»\n客户：哦 你找谁", "unknown", "timed"),
    ("d16", "坐席：你好 在吗 你的网贷已经逾期47天 再不处理就要上报了«D»\n客户：你谁啊 加我干嘛\n坐席：【知澜数科】贷后服务", "unknown", "text"),
    ("d17", "坐席：喂 您好 请问是闵丽娟吗\n客户：哪位\n坐席：我是砚溪小贷的 您上个月的三千五到现在还没还«D»", "unknown", "timed"),
    ("ok-d17", "坐席：喂 您好 请问是闵丽娟吗\n客户：嗯 哪位\n坐席：我是砚溪小贷的 您上个月的三千五到现在还没还", "unknown", "timed"),
    ("d18", "坐席：柏宇航先生您好，这里是穗禾分期，您的分期已逾期八天，应还一千三百六十元。确认本人请按1。«D»\n客户：1\n"
            "坐席：请您今日内还款，谢谢。", "unknown", "turns"),
    ("ok-d18", "坐席：您好，这里是穗禾分期，来电是关于您的分期还款，请问您是柏宇航先生本人吗？确认本人请按1。\n客户：1\n"
               "坐席：您的分期已逾期八天，应还一千三百六十元，请今日内还款。", "unknown", "turns"),
    ("d19", "坐席：喂 郁晓楠在吗\n客户：你哪位\n坐席：知澜数科的 她欠我们的钱啥时候还«D»", "unknown", "text"),
    ("d20", "坐席：喂，侬好，澜庭银行信用卡中心，车国庆先生伐？\n客户：侬啥人？\n坐席：伊张卡透支了一万多，三个月没还了。«D»", "unknown", "turns"),
    ("ok-d20", "坐席：喂，侬好，澜庭银行信用卡中心，有桩侬本人个事体，车国庆先生伐？\n客户：是个 侬讲\n坐席：侬张卡透支了一万多，三个月没还了。",
     "unknown", "turns"),
    ("d21", "坐席：在吗 这是冷春燕的微信吧 她在穗禾分期的分期逾期一个月了«D»\n客户：你是谁\n坐席：穗禾分期的 让她看到消息回一下", "unknown", "text"),
    ("d22", "坐席：喂你好这边是砚溪小贷的你那个借款已经预期十五天了是祁秀珍吗«D»\n客户：啊 啥\n坐席：你借款预期了要还款", "unknown", "timed"),
    ("ok-d22", "坐席：喂你好这边是砚溪小贷的有个你本人的事是祁秀珍吗\n客户：啊 是我 啥事\n坐席：你借款预期十五天了要还款", "unknown", "timed"),
    ("ok-d23", "坐席：您好，这里是知澜数科，为保护您的信息，请报一下身份证后四位\n客户：0527\n"
               "坐席：核对一致，您在我们平台的两万借款已到期未还", "debtor", "turns"),
    ("ok-d24", "坐席：【穗禾分期】您好，您已在APP内完成身份验证，这里是在线客服\n客户：嗯 有什么事\n"
               "坐席：您的分期已逾期5天，金额1560元，请今天处理哦", "debtor", "text"),
    ("ok-d25", "坐席：喂 你好 知澜数科这边 想跟你说下还款的事 是卜海峰吧\n客户：你说\n坐席：你那期一千六逾期五天了", "unknown", "timed"),

    # --- a third party pressed after saying they are not the debtor (T); a call-back or a contact only (ok-t) ------
    ("t01", "坐席：您好，这里是栖梧消费金融，有一项业务，请问您是冷春燕女士本人吗？本人请按1，非本人请按2。\n客户：2\n"
            "坐席：请您转告冷春燕女士，其借款已逾期，请尽快归还欠款三千元。«T»", "unknown", "turns"),
    ("ok-t01", "坐席：您好，这里是栖梧消费金融，有一项业务，请问您是冷春燕女士本人吗？本人请按1，非本人请按2。\n客户：2\n"
               "坐席：好的，打扰您了，再见。", "unknown", "turns"),
    ("t02", "坐席：喂你好砚溪小贷的有个事找下郁晓楠\n第三方：我是她妈 她上班去了\n"
            "~坐席：阿姨那你跟她说一下她借的钱逾期好久了让她这礼拜一定还上«T»", "unknown", "timed"),
    ("ok-t02", "坐席：喂你好砚溪小贷的有个事找下郁晓楠\n第三方：我是她妈 她上班去了\n坐席：好的阿姨 那麻烦您让她方便的时候回个电话 谢谢",
     "unknown", "timed"),
    ("t03", "坐席：您好，我是恒岳资产管理公司的，受澜庭银行委托，有件事请问是蓝文斌先生吗？\n第三方：不是 我是他同事 他出差了\n"
            "坐席：那麻烦你跟他好好说说 这事拖不得 你们同事之间也劝劝«T»", "third_party", "turns"),
    ("ok-t03", "坐席：您好，我是恒岳资产管理公司的，受澜庭银行委托，有件事请问是蓝文斌先生吗？\n第三方：不是 我是他同事 他出差了\n"
               "坐席：好的 那您方便给一个他能联系上的号码吗 没有也没关系", "third_party", "turns"),
    ("t04", "坐席：在吗 你是邝家豪的朋友吧 他把你填成紧急联系人了\n第三方：是认识 怎么了\n坐席：他欠我们穗禾分期的钱不还 你帮忙催催他«T»",
     "third_party", "text"),
    ("t05", "坐席：喂 你好 知澜数科的 找下车国庆\n客户：打错了吧 这号我用了三年了\n坐席：不可能 他留的就是这个号 你是不是他家里人 让他赶紧还钱«T»",
     "unknown", "timed"),
    ("ok-t05", "坐席：喂 你好 知澜数科的 找下车国庆\n客户：打错了吧 这号我用了三年了\n坐席：不好意思 我们核实后会把这个号码删掉 打扰了",
     "unknown", "timed"),
    ("t06", "坐席：喂 你好 我哋系澜庭银行信用卡中心 有啲嘢揾沙玉梅小姐\n第三方：我系佢老公 佢返紧工\n坐席：咁你帮佢还住先啦 佢张卡拖咗好耐«T»",
     None, "turns"),
    ("ok-t06", "坐席：喂 你好 我哋系澜庭银行信用卡中心 有啲嘢揾沙玉梅小姐\n第三方：我系佢老公 佢返紧工\n坐席：好 唔该你叫佢得闲覆个电话俾我哋",
     None, "turns"),
    ("t07", "坐席：喂 大哥 我这嘎是知澜数科的 有点事儿找下邵春雷\n第三方：他是我租客 早搬走了\n"
            "坐席：那他搬哪去了 你给我们个地址 我们去找他«T»", "unknown", "text"),
    ("t08", "坐席：您好，这里是穗禾分期智能客服，请问您是祁秀珍女士本人吗？是请按1，不是请按2。\n客户：2\n"
            "坐席：如您是祁秀珍女士的家属，请督促其今日还款，否则将影响其征信。«T»", "unknown", "turns"),
    ("t09", "坐席：您好，这里是砚溪小贷，有件事找一下柏宇航\n第三方：我是他爸 他在外地打工\n坐席：叔叔 他欠的钱您当父亲的得帮着还一下«T»",
     "unknown", "turns"),
    ("ok-t09", "坐席：您好，这里是砚溪小贷，有件事找一下柏宇航\n第三方：我是他爸 他在外地打工\n坐席：好的叔叔 是他本人的一点事 麻烦您转告他回个电话就行",
     "unknown", "turns"),
    ("t10", "坐席：喂 你好 砚溪小贷 有个事找饶美华\n客户：不是 你打错了\n坐席：你认识她吧 不然她怎么留你号 你不帮我们找她我们就天天打你这个号«T»",
     "unknown", "timed"),
    ("t11", "坐席：亲，您好，这里是穗禾分期，有件事请问是葛丽芬本人吗？\n客户：不是 我是她妹妹 这是她以前的号\n"
            "坐席：那您方便帮她把这期的一千二先垫一下吗？她已经逾期20天了«T»", "unknown", "text"),
    ("ok-t11", "坐席：亲，您好，这里是穗禾分期，有件事请问是葛丽芬本人吗？\n客户：不是 我是她妹妹 这是她以前的号\n"
               "坐席：好的，打扰了，方便的话请转告她联系我们，谢谢", "unknown", "text"),
    ("t12", "坐席：您好，我是明衡律师事务所的，受砚溪小贷委托，有件事请问伍建平在吗\n第三方：他不在 我是他们车间主任\n"
            "坐席：那您们厂里能不能从他工资里先扣一部分还我们«T»", "third_party", "turns"),
    ("ok-t12", "坐席：您好，我是明衡律师事务所的，受砚溪小贷委托，有件事请问伍建平在吗\n第三方：他不在 我是他们车间主任\n"
               "坐席：明白 那如果您有他的联系方式 麻烦提供一下 没有的话就不打扰了", "third_party", "turns"),
    ("t13", "坐席：喂，侬好，澜庭银行信用卡中心，有桩事体，是卜海峰先生伐？\n第三方：伊勿在，我是隔壁邻居\n"
            "坐席：侬帮阿拉去伊屋里看看，叫伊快点还钞票«T»", "unknown", "turns"),
    ("ok-t13", "坐席：喂，侬好，澜庭银行信用卡中心，有桩事体，是卜海峰先生伐？\n第三方：伊勿在，我是隔壁邻居\n坐席：好个，勿好意思打扰侬了，谢谢侬。",
     "unknown", "turns"),
    ("t14", "坐席：喂 你好嘛 砚溪小贷的 有点事找哈谷建军\n第三方：他不在 我是他婆娘\n坐席：那你们屋头总要有人出来还嘛 你先转点过来«T»",
     None, "text"),
    ("ok-t14", "坐席：喂 你好嘛 砚溪小贷的 有点事找哈谷建军\n第三方：他不在 我是他婆娘\n坐席：要得 那麻烦你喊他回来给我们回个电话嘛 谢谢哈",
     None, "text"),
    ("t15", "坐席：您好，这里是知澜数科，有件您本人的事，请问是闵丽娟女士吗？\n客户：嗯\n坐席：您的借款逾期了\n"
            "客户：哦我不是她本人 我是她嫂子\n坐席：那你跟她说 这个月再不还就走法律程序 到时候全家都知道«T»", "unknown", "turns"),
    ("ok-t15", "坐席：您好，这里是知澜数科，有件您本人的事，请问是闵丽娟女士吗？\n客户：嗯\n坐席：您的借款逾期了\n"
               "客户：哦我不是她本人 我是她嫂子\n坐席：不好意思 那麻烦您让她本人给我们回电话", "unknown", "turns"),
    ("t16", "坐席：您好，这里是栖梧消费金融，有件事请问是冷春燕女士吗？\n客户：我们离婚了 她不用这个号了\n"
            "坐席：你们有孩子吧 孩子妈欠钱你也不管管 让她这周把三千块还了«T»", "unknown", "timed"),
    ("t17", "坐席：【砚溪小贷】您好，请问是郁晓楠的家属吗？我们联系不上她本人\n第三方：我是她哥 有什么事\n"
            "坐席：她的借款已经逾期两个月，作为家属请协助她尽快还款«T»", "third_party", "text"),
    ("t18", "坐席：喂你好知澜数科的有件事找下蓝文斌\n第三方：他辞职了 我是他以前老板\n坐席：那你把他现在的住址发给我 我们派人上门«T»",
     "unknown", "timed"),
    ("t19", "坐席：喂 你好 我哋系穗禾分期 有啲嘢揾邝家豪\n客户：唔系佢 我系佢朋友\n坐席：你同佢讲 唔还钱我哋日日打俾你«T»", None, "turns"),
    ("t20", "坐席：您好，这里是澜庭银行，有一项业务，请问您是伍建平先生本人吗？请回答是或不是。\n客户：不是\n"
            "坐席：伍建平先生的信用卡已逾期六十天，请转告其立即还款。«T»", "unknown", "turns"),
    ("ok-t20", "坐席：您好，这里是澜庭银行，有一项业务，请问您是伍建平先生本人吗？请回答是或不是。\n客户：不是\n"
               "坐席：抱歉打扰，如您认识伍建平先生，请转告其回电，谢谢。", "unknown", "turns"),
    ("t21", "坐席：您好，这里是穗禾分期，有件事找一下沙玉梅\n客户：没这个人啊\n坐席：你再想想 沙玉梅 你们小区的 你帮我们问问她住几栋«T»",
     "unknown", "turns"),
    ("t22", "坐席：您好，我是恒岳资产管理公司的，受栖梧消费金融委托，是车国庆的紧急联系人吧？\n第三方：是 我是他表哥\n"
            "坐席：他那八千块钱拖了四个月了 你们亲戚之间帮他凑一凑«T»", "third_party", "turns"),

    # --- hardship pressed without relief (H); hardship answered (ok-h) ---------------------------------------------
    ("h01", _o(ASR, "郁晓楠") + "\n坐席：你这期逾期一周了\n客户：我厂子倒闭了 三个月没活干\n坐席：你不会找活儿干啊 这礼拜还上三千«H»",
     "unknown", "timed"),
    ("ok-h01", _o(ASR, "郁晓楠") + "\n坐席：你这期逾期一周了\n客户：我厂子倒闭了 三个月没活干\n"
               "~坐席：那确实难 你这种情况可以申请延期 我先帮你登记一下", "unknown", "timed"),
    ("h02", _o(CHAT, "邝家豪") + "\n坐席：亲 您的分期已逾期10天啦\n客户：我在医院陪产 老婆早产 孩子在保温箱\n"
            "坐席：亲 理解哈 不过今天还是要把最低还款还上哦«H»", "debtor", "text"),
    ("ok-h02", _o(CHAT, "邝家豪") + "\n坐席：亲 您的分期已逾期10天啦\n客户：我在医院陪产 老婆早产 孩子在保温箱\n"
               "坐席：亲 您先照顾好家人 这期可以帮您申请延后还款哦", "debtor", "text"),
    ("h03", _o(ROBOT, "班志强先生") + "\n坐席：您的借款已逾期，请问今天能否还款？能还请按1，暂时困难请按2。\n客户：2 我刚做完手术\n"
            "坐席：请您于今日内完成还款，逾期将影响您的信用记录。«H»", "debtor", "turns"),
    ("ok-h03", _o(ROBOT, "班志强先生") + "\n坐席：您的借款已逾期，请问今天能否还款？能还请按1，暂时困难请按2。\n客户：2 我刚做完手术\n"
               "坐席：已为您记录困难情况，稍后将有专员联系您协商还款方案。", "debtor", "turns"),
    ("h04", _o(CANTONESE, "沙玉梅") + "\n坐席：你张卡逾期咗成个月\n客户：我份工冇咗 而家仲揾紧工\n坐席：咁都唔关我哋事 你今个礼拜要还返«H»",
     None, "turns"),
    ("ok-h04", _o(CANTONESE, "沙玉梅") + "\n坐席：你张卡逾期咗成个月\n客户：我份工冇咗 而家仲揾紧工\n坐席：明白 我哋可以帮你申请分期 每个月还少啲",
     None, "turns"),
    ("h05", _o(NORTHEAST, "邵春雷") + "\n坐席：你那钱拖俩月了\n客户：俺家老爷子脑梗了 俺天天搁医院陪护\n坐席：那你也得先整点钱还上 别老拖着«H»",
     "unknown", "text"),
    ("ok-h05", _o(NORTHEAST, "邵春雷") + "\n坐席：你那钱拖俩月了\n客户：俺家老爷子脑梗了 俺天天搁医院陪护\n"
               "坐席：那你先顾老爷子 这期给你往后延一个月 不着急", "unknown", "text"),
    ("h06", _o(AGENCY, "蓝文斌先生") + "\n坐席：您在澜庭银行的信用卡已逾期九十天\n客户：我去年查出尿毒症 每周透析三次\n"
            "坐席：那您家里人呢 让他们帮您先还一部分«H»", "debtor", "turns"),
    ("ok-h06", _o(AGENCY, "蓝文斌先生") + "\n坐席：您在澜庭银行的信用卡已逾期九十天\n客户：我去年查出尿毒症 每周透析三次\n"
               "坐席：您身体要紧，我们可以帮您向澜庭银行申请停息挂账。", "debtor", "turns"),
    ("h07", _o(SICHUAN, "班志强") + "\n坐席：你那个款子拖了一个月了\n客户：我老汉儿上个礼拜走了 屋头在办事\n坐席：那办完了总该还了嘛 下周一之前«H»",
     None, "text"),
    ("ok-h07", _o(SICHUAN, "班志强") + "\n坐席：你那个款子拖了一个月了\n客户：我老汉儿上个礼拜走了 屋头在办事\n"
               "坐席：节哀哈 这几天先不打扰你 等你忙完了我们再商量还款", None, "text"),
    ("h08", _o(ASR, "饶美华") + "\n坐席：你信用卡那期还没还\n客户：我被公司裁了 到现在还没找到工作\n坐席：没找到工作那你信用卡里取点出来先还«H»",
     "unknown", "timed"),
    ("ok-h08", _o(ASR, "饶美华") + "\n坐席：你那期还没还\n客户：我被公司裁了 到现在还没找到工作\n坐席：我们不会逼你今天还 可以给你做个分期 每个月少还点",
     "unknown", "timed"),
    ("h09", _o(CHAT, "祁秀珍") + "\n坐席：亲 您的分期已逾期哦\n客户：我怀孕七个月了 医生让我卧床保胎\n坐席：卧床也能手机操作嘛 今晚之前转过来«H»",
     "debtor", "text"),
    ("ok-h09", _o(CHAT, "祁秀珍") + "\n坐席：亲 您的分期已逾期哦\n客户：我怀孕七个月了 医生让我卧床保胎\n坐席：您好好保胎 可以帮您申请延期 不用担心",
     "debtor", "text"),
    ("h10", _o(HENAN, "卜海峰") + "\n坐席：恁那借款逾期了\n客户：俺村遭了冰雹 今年的果子全打没了\n坐席：那是天灾 跟还款没关系 月底必须还清«H»",
     "unknown", "text"),
    ("ok-h10", _o(HENAN, "卜海峰") + "\n坐席：恁那借款逾期了\n客户：俺村遭了冰雹 今年的果子全打没了\n坐席：受灾客户可以申请困难帮扶 俺把恁的情况报上去",
     "unknown", "text"),
    ("h11", _o(AGENCY, "车国庆先生") + "\n坐席：您的欠款已经逾期四个月\n客户：我出车祸腿没了 现在拿着残疾证\n坐席：那你有低保吧 低保的钱先拿来还«H»",
     "debtor", "turns"),
    ("ok-h11", _o(AGENCY, "车国庆先生") + "\n坐席：您的欠款已经逾期四个月\n客户：我出车祸腿没了 现在拿着残疾证\n"
               "坐席：这么严重 您现在每个月有什么收入吗 我们看看怎么给您安排", "debtor", "turns"),
    ("h12", _o(ASR, "柏宇航") + "\n坐席：你借款逾期二十天了\n客户：我妈癌症晚期 家里钱都给她治病了\n坐席：我们也不是不讲理 可你这钱今天总得还一点吧«H»",
     "unknown", "timed"),
    ("h13", _o(CHAT, "闵丽娟") + "\n坐席：亲 您的分期已逾期啦\n客户：我失业半年了\n坐席：亲，逾期会影响征信哦，请尽快还款~«H»", "debtor", "text"),
    ("ok-h13", _o(CHAT, "闵丽娟") + "\n坐席：亲 您的分期已逾期啦\n客户：我失业半年了 不过下个月新工作发工资就还一千\n"
               "坐席：好的亲 那就下个月还一千 我给您记上", "debtor", "text"),
    ("h14", _o(SHANGHAI, "车国庆") + "\n坐席：侬张卡逾期一个月了\n客户：我屋里厢老太婆生毛病住院了 我天天要去陪\n坐席：格么侬也要想办法 今朝先还五百«H»",
     "unknown", "turns"),
    ("h15", _o(NORTHEAST, "谷建军") + "\n坐席：你那钱拖了一个多月了\n客户：我让人骗了 钱全没了 现在连房租都交不起\n坐席：那你说个日子 哪天能还«H»",
     "unknown", "text"),
    ("h16", _o(HENAN, "葛丽芬") + "\n坐席：恁那借款逾期了\n客户：俺家房子让大水冲塌了 现在住帐篷\n坐席：那也不中 恁得先还一期«H»", "unknown", "text"),
    ("h17", _o(AGENCY, "伍建平先生") + "\n坐席：您的信用卡逾期了\n客户：我老婆去年走了 我一个人带俩孩子\n坐席：节哀 您这期还是得按时还 今天能转吗«H»",
     "debtor", "turns"),
    ("h18", _o(SICHUAN, "冷春燕") + "\n坐席：你那个款子拖了一个月了\n客户：我得了抑郁症 在吃药 没法上班\n坐席：你可以找亲戚朋友周转一下 先把这期结了«H»",
     None, "text"),
    ("h19", _o(ASR, "沙玉梅") + "\n坐席：你借款逾期了\n客户：我腰椎间盘突出 在床上躺了一个多月\n~坐席：没说让你一下还清 这周先还五百«H»",
     "unknown", "timed"),
    ("h20", _o(CHAT, "卜海峰") + "\n坐席：亲 您的分期已逾期啦\n客户：我爸住ICU一天一万多\n坐席：您的心情可以理解 但欠款逾期是事实 请于今日还款«H»",
     "debtor", "text"),

    # --- a stop, dispute, complaint or lawyer pressed (C); acknowledged and recorded (ok-c) -------------------------
    ("c01", _o(ROBOT, "郁晓楠女士") + "\n坐席：您的借款已逾期，请尽快还款。\n客户：你们天天打 我要投诉\n"
            "坐席：您的借款已逾期，请于今日内还款，还款请按1。«C»", "debtor", "turns"),
    ("ok-c01", _o(ROBOT, "郁晓楠女士") + "\n坐席：您的借款已逾期，请尽快还款。\n客户：你们天天打 我要投诉\n"
               "坐席：已为您记录投诉诉求，将由专员核实处理。", "debtor", "turns"),
    ("c02", _o(CHAT, "邝家豪") + "\n坐席：您的分期已逾期哦\n客户：这笔我已经在12378登记投诉了 请不要再发消息\n坐席：亲 投诉和还款是两回事哦 今天记得还«C»",
     "debtor", "text"),
    ("ok-c02", _o(CHAT, "邝家豪") + "\n坐席：您的分期已逾期哦\n客户：这笔我已经在12378登记投诉了 请不要再发消息\n"
               "坐席：好的亲 已收到您的诉求 我们会暂停提醒 等投诉处理结果", "debtor", "text"),
    ("c03", _o(ASR, "班志强") + "\n坐席：你那个借款逾期了\n客户：我根本没借过你们的钱 是有人用我身份证办的\n坐席：系统上就是你 先还了再说«C»",
     "unknown", "timed"),
    ("ok-c03", _o(ASR, "班志强") + "\n坐席：你那个借款逾期了\n客户：我根本没借过你们的钱 是有人用我身份证办的\n"
               "坐席：好的 这个情况我们记录下来 转给风控核实 核实期间不会再催", "unknown", "timed"),
    ("c04", _o(CANTONESE, "冷春燕") + "\n坐席：你张卡逾期咗\n客户：我已经请咗律师 你哋同佢倾\n坐席：律师唔会帮你还钱 你今日还住先«C»", None, "turns"),
    ("ok-c04", _o(CANTONESE, "冷春燕") + "\n坐席：你张卡逾期咗\n客户：我已经请咗律师 你哋同佢倾\n坐席：好 唔该你俾律师嘅联系方式 我哋之后同律师联系",
     None, "turns"),
    ("c05", _o(NORTHEAST, "蓝文斌") + "\n坐席：你那钱拖俩月了\n客户：别老打电话 有事发短信\n坐席：短信你也不回啊 我明天接着打«C»", "unknown", "text"),
    ("ok-c05", _o(NORTHEAST, "蓝文斌") + "\n坐席：你那钱拖俩月了\n客户：别老打电话 有事发短信\n坐席：行 给你备注上了 以后短信联系你", "unknown", "text"),
    ("c06", _o(SICHUAN, "饶美华") + "\n坐席：你那个款子逾期了\n客户：我上礼拜就全部还清了 有转账记录\n坐席：我们这边没看到 你再转一遍«C»", None, "text"),
    ("ok-c06", _o(SICHUAN, "饶美华") + "\n坐席：你那个款子逾期了\n客户：我上礼拜就全部还清了 有转账记录\n"
               "坐席：好的 麻烦您把转账截图发给我们 核实后给您回复", None, "text"),
    ("c07", _o(AGENCY, "车国庆先生") + "\n坐席：您的欠款已逾期\n客户：我跟银行申请了停息挂账 你们别再催了\n坐席：银行那边我们不管 你这边今天得有个说法«C»",
     "debtor", "turns"),
    ("ok-c07", _o(AGENCY, "车国庆先生") + "\n坐席：您的欠款已逾期\n客户：我跟银行申请了停息挂账 你们别再催了\n"
               "坐席：好的，我们跟澜庭银行核实一下申请进度，核实期间暂停联系您。", "debtor", "turns"),
    ("c08", _o(ASR, "祁秀珍") + "\n坐席：你借款逾期了\n客户：你们再打我就报警\n坐席：报警也不能不还钱啊你今天必须还一千«C»", "unknown", "timed"),
    ("c09", _o(SICHUAN, "柏宇航") + "\n坐席：你那个款子逾期了\n客户：我已经打了12345投诉你们了\n坐席：打啥子都没得用 你这个月必须还«C»", None, "text"),
    ("ok-c09", _o(SICHUAN, "柏宇航") + "\n坐席：你那个款子逾期了\n客户：我已经打了12345投诉你们了\n坐席：好的 您的投诉我们晓得了 已经登记 后续按您的要求处理",
     None, "text"),
    ("c10", _o(AGENCY, "闵丽娟女士") + "\n坐席：您的欠款已逾期\n客户：你们利息算得太离谱了 这个我不认\n坐席：合同写得清清楚楚 你照着还就行«C»",
     "debtor", "turns"),
    ("ok-c10", _o(AGENCY, "闵丽娟女士") + "\n坐席：您的欠款已逾期\n客户：你们利息算得太离谱了 这个我不认\n"
               "坐席：明白 您对利息有异议 我给您提交账务核查 核查结果会短信通知您", "debtor", "turns"),
    ("c11", _o(CHAT, "谷建军") + "\n坐席：您的分期已逾期哦\n客户：别再给我发了 再发我拉黑\n坐席：拉黑我们就打你紧急联系人«C»", "debtor", "text"),
    ("c12", _o(SHANGHAI, "沙玉梅") + "\n坐席：侬张卡逾期了\n客户：勿要再打了 我讲过好几趟了\n坐席：侬勿还钞票阿拉只好天天打«C»", "unknown", "turns"),
    ("ok-c12", _o(SHANGHAI, "沙玉梅") + "\n坐席：侬张卡逾期了\n客户：勿要再打了 我讲过好几趟了\n坐席：好个 阿拉记录下来了 以后勿再打电话了",
     "unknown", "turns"),
    ("c13", _o(HENAN, "卜海峰") + "\n坐席：恁那借款逾期了\n客户：俺这事交给律师了 恁找律师\n坐席：律师又不替恁还 恁这月得还上«C»", "unknown", "text"),
    ("c14", _o(ROBOT, "邵春雷先生") + "\n坐席：您的账单已逾期，还款请按1，有异议请按3。\n客户：3\n坐席：您的账单已逾期，请于今日内还款。«C»",
     "debtor", "turns"),
    ("c15", _o(NORTHEAST, "葛丽芬") + "\n坐席：你那钱拖俩月了\n客户：我说了多少遍了 别打我电话\n坐席：好好好 最后一次 你今天到底还不还«C»",
     "unknown", "text"),
    ("c16", _o(ASR, "伍建平") + "\n坐席：你那期逾期了\n客户：你们扣款扣了两次 这期多扣了八百\n坐席：系统没问题 你先把这期补上«C»", "unknown", "timed"),
    ("ok-c16", _o(ASR, "伍建平") + "\n坐席：你那期逾期了\n客户：你们扣款扣了两次 这期多扣了八百\n坐席：好的 我给您提交核查 查清楚之前这期先不催",
     "unknown", "timed"),
    ("c17", _o(ASR, "冷春燕") + "\n坐席：你借款逾期了\n客户：我已经委托绿师了有事跟绿师谈\n~坐席：不管你委托谁这钱你都得还«C»", "unknown", "timed"),
    ("c18", _o(AGENCY, "郁晓楠女士") + "\n坐席：您的欠款已逾期\n客户：你们再打到我单位 我就去银保监投诉\n坐席：你不接电话我们只能继续打你单位«C»",
     "debtor", "turns"),
    ("c19", _o(HENAN, "邝家豪") + "\n坐席：恁那借款逾期了\n客户：恁这是骚扰 俺在录音\n坐席：录吧 录完记得今天把钱还了«C»", "unknown", "text"),
    ("ok-c19", _o(HENAN, "邝家豪") + "\n坐席：恁那借款逾期了\n客户：恁这是骚扰 俺在录音\n坐席：抱歉给恁带来困扰 已登记恁的意见 今天不再打扰",
     "unknown", "text"),
    ("c20", _o(CHAT, "班志强") + "\n坐席：您的分期已逾期哦\n客户：不要再打了🙏 我这个月会还的\n坐席：会还是多久 今天先还一半«C»", "debtor", "text"),
    ("ok-c20", _o(CHAT, "班志强") + "\n坐席：您的分期已逾期哦\n客户：不要再打了🙏 我这个月会还的\n"
               "坐席：好的 那我们这个月不再电话提醒 您还款后在APP上能看到", "debtor", "text"),
    # speech that starts before the last turn ends, in timed calls
    ("c21", _o(ASR, "饶美华") + "\n坐席：你那期逾期了\n客户：别打了别打了 我在开会\n~坐席：开什么会 你今天必须还«C»", "unknown", "timed"),
    ("ok-c21", _o(ASR, "饶美华") + "\n坐席：你那期逾期了\n客户：别打了别打了 我在开会\n~坐席：好的好的 不打扰您 给您记下了 改天短信联系",
     "unknown", "timed"),
    ("h21", _o(ASR, "谷建军") + "\n坐席：你这期逾期了\n客户：我刚出院 还在养伤\n~坐席：出院了就能还 今晚之前转过来«H»", "unknown", "timed"),
    ("ok-h21", _o(ASR, "谷建军") + "\n坐席：你这期逾期了\n客户：我刚出院 还在养伤\n~坐席：那您先养伤 这期帮您申请延期 不着急", "unknown", "timed"),
]


def write_dev7(folder: Path = HERE) -> Path:
    """Write the set into `folder`; the path written."""
    return write_jsonl(folder / DEV7_FILE, (
        dev3_record(number, message_id, text, recipient_type, form, set_prefix="D7", campaigns=CAMPAIGNS)
        for number, (message_id, text, recipient_type, form) in enumerate(CALLS, start=1)))


if __name__ == "__main__":
    write_dev7()
