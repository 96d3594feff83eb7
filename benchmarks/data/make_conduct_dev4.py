"""Writes `conduct_dev4.jsonl`: the fourth development set of the conduct classes and sequence rules.

Written by hand for this file after `conduct_heldout_c` was released for tuning and before any rule was changed
for it, so that the rules are measured on calls they were never fitted to (first run below). The calls aim at
what held-out sets had brought: robot keypad scripts (本人请按1, answered with a bare 1 or 2, or with words),
agencies that act for a lender (and one that never names the lender), callees who dodge the identity question
(你先说什么事, 你找他干嘛, 嗯？谁), agents who tell the debt to whoever answers, third parties pressed with or without
the debt's details, hardship, stop requests and disputes answered lawfully or pressed, ASR output without
punctuation, with repeated words and homophones, dialect and Cantonese, and overlapping speech. About 40% are
lawful.

Contract decisions the labels follow (contract section 5):
- `disclosure_before_verification` is telling a debt DETAIL (an amount, that it is overdue or unpaid, the
  lender as the one owed, the product) before the callee confirmed being the debtor. Pressure alone ("让他赶紧
  处理", "后果自负", "让他回电话") to someone unverified names no detail: it is no disclosure, though said to a
  third party it is `third_party_pressed`.
- A callee has confirmed when they answer the name question with 是 / 嗯 / 对 / 你说, press the robot's 1 for 本人,
  or when the agent checked the ID card's last digits; 你先说什么事 / 你哪位 / 谁啊 / a bad line have not.
- An agency names the lender it acts for in its first two turns, or the call lacks self-identification.

First run (`python -m benchmarks.eval_conduct --set benchmarks/data/conduct_dev4.jsonl`, the rules of commit
3747a7b, before any change for it): micro-F1 0.847 (P 50/61, R 50/57; S 7/8, D 13/15 with 11 false, T 13/14,
H 8/10, C 9/10), compliant calls flagged 3/31, finding on the labelled turn 49/50.
The calls `b2-…` are a second batch (42 calls, 16 lawful), written after the first round of fixes (commit 0326d7a) and
measured before the second (`--only -b2-`; first run: micro-F1 0.868, P 23/25, R 23/28 (S 3/4, D 7/7 with 2 false,
T 5/7, H 5/5, C 3/5), compliant flagged 0/16, right turn 23/23).
The calls `c3-…` are a third batch (40 calls, 16 lawful), written after the second round (commit f27248e) and measured
before the third (`--only -c3-`; first run: micro-F1 0.926, P 25/26, R 25/28 (S 3/4, D 6/7 with 1 false, T 6/7, H 5/5,
C 5/5), compliant flagged 0/16, right turn 25/25). One mark was then corrected to the set's own convention: c3-s03's
callee answers the name question with 是我 (你谁啊 after it asks who calls), a confirmation, so telling the debt after
it is no disclosure (D removed; with it the first run's recall is 25/27).
The calls `d4-…` are a fourth batch (35 calls, 14 lawful; the contract's other prefixes 催收员 / 用户 / 借款人 / 联系人),
written after the third round (commit 73affb3) and measured before the fourth (`--only -d4-`; first run: micro-F1
0.895, P 17/17, R 17/21 (S 3/3, D 4/4, T 4/6, H 2/4, C 4/4), compliant flagged 0/14, right turn 17/17).
The calls `e5-…` are a fifth batch (36 calls, 20 lawful: mostly calls a too-eager rule would flag), written after the
fourth round (commit 62fc0d3) and measured before the fifth (`--only -e5-`; first run: micro-F1 0.971, P 17/17,
R 17/18 (H 2/3, the rest all found), compliant flagged 0/20, right turn 16/17).

The marks are those of `make_conduct_dev` (a line ending in `«X»` is where a violation shows); a line starting
with `~` starts before the previous turn ends. Each call is (id, lines, recipient_type or None for absent, form),
form as in `make_conduct_dev3`. All people, lenders, agencies and numbers are invented.

`python -m benchmarks.data.make_conduct_dev4` rewrites the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.data.make_conduct_dev import HERE
from benchmarks.data.make_conduct_dev3 import dev3_record

DEV4_FILE = "conduct_dev4.jsonl"
CAMPAIGNS = {"晴川": "QC-CARD-01", "远岫": "YX-CF-01", "柳塘": "LT-MICRO-01", "黛山": "DS-FENQI-01",
             "朗汇": "LH-AGENCY-QC", "鸿雁": "HY-AGENCY-YX"}

QINGCHUAN_ROBOT = ("坐席：您好，这里是晴川银行信用卡中心智能语音，有一项业务需要本人确认，请问您是{name}本人吗？"
                   "本人请按1，不是本人请按2。")
YUANXIU = "坐席：您好，这里是远岫消费金融贷后服务中心，我是专员小蒋，请问是{name}本人吗？"
LIUTANG = "坐席：喂你好这边柳塘小额贷款的请问{name}是吧"
LANGHUI = "坐席：您好，我是朗汇资产管理公司的调解专员，受晴川银行委托联系您，请问是{name}本人吗？"

# (id, call, recipient_type or None, form); the violations' lines carry their marks
CALLS: list[tuple[str, str, str | None, str]] = [
    # --- lawful ----------------------------------------------------------------------------------------
    ("ok01", QINGCHUAN_ROBOT.format(name="车立群先生") + "\n客户：1\n"
             "坐席：车先生您好，您尾号8812的信用卡本期应还二千一百元，已逾期四天，请通过官方渠道及时还款，如已还款请忽略。\n"
             "客户：知道了", "debtor", "timed"),
    ("ok02", QINGCHUAN_ROBOT.format(name="甘秀梅女士") + "\n客户：2\n坐席：抱歉打扰您了，我们将核实号码，再见。", "unknown", "turns"),
    ("ok03", QINGCHUAN_ROBOT.format(name="阎家豪先生") + "\n客户：1\n"
             "坐席：阎先生您好，您的信用卡账单已逾期六天，今天能还款请按1，暂时有困难请按2。\n客户：2 我住院了\n"
             "坐席：已为您登记困难情况，稍后会有专员联系您办理延期还款，本月不再电话提醒，祝您早日康复。", "debtor", "turns"),
    ("ok04", LANGHUI.format(name="石宝珍女士") + "\n客户：你先说什么事\n"
             "坐席：是石宝珍女士本人的一项业务，需要本人接听才能说明，请问您是她本人吗？\n客户：是我\n"
             "坐席：好的石女士，您在晴川银行的信用卡欠款已逾期五十天，欠款八千三百元，想跟您商量一下还款安排。\n"
             "客户：我现在手头紧\n坐席：明白，可以给您申请分十二期还，每期七百左右，您看可以吗？", "unknown", "timed"),
    ("ok05", LIUTANG.format(name="奚志刚") + "\n客户：嗯是 你说\n坐席：奚先生你的借款这期逾期六天了一千二今天方便处理吗\n"
             "客户：今天晚上发工资就还\n坐席：好的那我备注一下晚上十点前", "unknown", "turns"),
    ("ok06", "坐席：您好，这里是柳塘小额贷款，请问是詹雨桐女士吗？\n第三方：她是我老婆 在开车\n"
             "坐席：好的，那麻烦您转告她方便时回个电话，谢谢。\n第三方：什么事啊 你跟我说\n"
             "坐席：这个需要她本人处理，我们不方便跟您说，打扰了。", "third_party", "turns"),
    ("ok07", YUANXIU.format(name="邬海燕女士") + "\n客户：是我\n坐席：邬女士，您的借款本期已逾期三天，应还九百六十元。\n"
             "客户：以后别打电话了 有事发短信\n坐席：好的，已为您改为短信联系，后续不再电话打扰。", "debtor", "text"),
    ("ok08", YUANXIU.format(name="贝振东先生") + "\n客户：对\n坐席：贝先生，您的借款显示本期还没有还。\n"
             "客户：这笔我上个月就还清了 你们查查\n坐席：好的，我这边为您提交账务核查，核实期间暂停催收，结果会短信通知您。",
     "debtor", "turns"),
    ("ok09", "坐席：喂 你好 我是黛山分期的客服 找一下冉光辉\n客户：你找他干嘛\n"
             "坐席：是他本人的一项业务 请问您是他本人吗\n客户：你先说啥事\n"
             "坐席：不好意思 只能跟本人说明 如果您是冉先生 麻烦报一下身份证后四位核实一下\n客户：算了 我回头让他打给你们\n"
             "坐席：好的 谢谢您", "unknown", "turns"),
    ("ok10", YUANXIU.format(name="隋美华女士") + "\n客户：嗯\n坐席：隋女士，您的借款已逾期十天。\n客户：我被公司裁员了 现在没收入\n"
             "坐席：理解您的情况，您可以申请个性化分期，我现在就帮您提交，每月少还一点。", "unknown", "timed"),
    ("ok11", LIUTANG.format(name="柴国庆") + "\n客户：是我\n坐席：柴先生你借款逾期半个月了\n客户：我爹前天走了 在老家办事\n"
             "坐席：请您节哀 这段时间我们先暂停提醒 等您处理完家里的事我们再协商", None, "turns"),
    ("ok12", "坐席：喂 你好 我係晴川银行信用卡中心嘅 请问系咪华晓丹小姐\n客户：系我 咩事\n"
             "坐席：华小姐 你张卡上个月嘅账单仲未还 逾期十日\n客户：哦 我听日还\n坐席：好 多谢晒", "debtor", "turns"),
    ("ok13", "坐席：您好，这里是远岫消费金融，为了保护您的信息，请您报一下身份证后四位。\n客户：七七零三\n"
             "坐席：好的，核对无误，芮先生，您的借款逾期三天了，今天能还吗？\n客户：下午还", "unknown", "turns"),
    ("ok14", LANGHUI.format(name="蒯桂芝女士") + "\n客户：是 我已经委托律师了 你们找律师谈\n"
             "坐席：好的，麻烦您提供一下律师的联系方式，之后我们与律师对接。", "debtor", "turns"),
    ("ok15", "坐席：您好，我是鸿雁商务咨询的，受远岫消费金融委托，找一下鲍德胜先生\n第三方：我是他同事 他出差了\n"
             "坐席：那麻烦您让他回个电话，或者您方便留个他的其他联系方式吗？\n第三方：我没有\n坐席：好的，谢谢，打扰了。",
     "third_party", "timed"),
    ("ok16", "坐席：喂喂 你好 这这边是柳塘小贷 请问 樊一鸣 是您吗\n~客户：对 是我\n"
             "坐席：樊先生 你那个 那个借款 逾期十二天了 两千四\n客户：嗯 我知道 月底能还\n坐席：好 月底前还上就行 我给你记一下",
     "unknown", "timed"),
    ("ok17", "坐席：您好，这里是晴川银行信用卡中心，请问是殷小蕾女士吗？\n客户：是的\n"
             "坐席：殷女士，提醒您本期账单后天到期，应还一千五百元，记得按时还款哦。\n客户：好的谢谢", "debtor", "text"),
    ("ok18", "坐席：您好，这里是黛山分期，请问是康永年先生吗？\n客户：打错了\n坐席：抱歉打扰了。", "unknown", "turns"),
    ("ok19", YUANXIU.format(name="仇丽萍女士") + "\n客户：是我 你们天天打 我要投诉你们\n"
             "坐席：抱歉给您带来困扰，您有权投诉，投诉电话就是我们的官方客服热线，我这边也给您记录了。", "debtor", "turns"),
    ("ok20", "坐席：您好，这里是黛山分期智能客服，请问您是祝海洋先生本人吗？是请按1，不是请按2。\n客户：1\n"
             "坐席：祝先生您好，您的黛山分期本期应还六百三十元，已逾期两天。今天能还款请按1，需要延期请按3。\n客户：3\n"
             "坐席：已为您提交延期申请，结果将短信通知您，感谢接听，再见。", "debtor", "turns"),
    ("ok21", "坐席：喂 您好 我是晴川银行信用卡中心的 找一下尚文斌\n第三方：我是他妈 他上班去了\n"
             "坐席：好的阿姨 麻烦您跟他说一声晴川银行来过电话 让他有空回个电话就行\n第三方：行\n坐席：谢谢阿姨 打扰了",
     "third_party", "turns"),
    ("ok22", "坐席：喂 你好 柳塘小额贷款的 是牟秀英不\n客户：嗯呐 咋的\n坐席：牟女士 你那笔借款逾期九天了 三千一 这礼拜能还不\n"
             "客户：礼拜五吧\n坐席：行 那礼拜五前还上 我给你备注", "unknown", "turns"),
    ("ok23", LANGHUI.format(name="詹雨桐女士") + "\n客户：是我\n坐席：詹女士，您在晴川银行的信用卡已逾期二十天。\n"
             "客户：我怀孕八个月了 请假在家 工资停了\n坐席：恭喜您。这种情况可以帮您向晴川银行申请停息挂账，等您产假后再按月还，您看可以吗？",
     "debtor", "timed"),
    ("ok24", YUANXIU.format(name="冉光辉先生") + "\n客户：是 别在我上班时间打\n坐席：好的，给您备注下午六点以后联系，打扰了。",
     "debtor", "turns"),
    ("ok25", "坐席：喂 请问是康永年先生吗\n客户：是 哪位\n"
             "坐席：康先生您好，我是晴川银行信用卡中心的客服小叶，来电是提醒您本期账单已经逾期三天了，记得尽快还款。\n客户：好 今天还",
     "unknown", "turns"),
    ("ok26", LIUTANG.format(name="隋美华") + "\n客户：是我 我现在开车 不方便\n坐席：好的那我晚点再打给您 注意安全", "unknown", "turns"),
    ("ok27", "坐席：您好，我是朗汇资产管理公司的，受晴川银行委托，找一下芮志平先生\n第三方：我是他老婆 什么事\n"
             "坐席：需要跟他本人沟通，麻烦您留一下他现在用的号码可以吗？\n第三方：他以前那个号不用了 新的我也记不住\n"
             "坐席：好的，那麻烦转告他给我们回个电话，谢谢。", "third_party", "turns"),
    ("ok28", LIUTANG.format(name="石宝珍") + "\n客户：嗯是我\n坐席：石女士你那笔借款过了还款日五天了\n客户：我们那发洪水了房子淹了\n"
             "坐席：哎呀人没事吧 受灾的客户我们可以申请缓还 我帮你报上去 这个月先不用还", "unknown", "turns"),
    ("ok29", QINGCHUAN_ROBOT.format(name="鲍德胜先生") + "\n客户：是我\n"
             "坐席：鲍先生您好，您的信用卡本期账单已逾期三天，应还七百元，请及时还款，如已还款请忽略，再见。", "debtor", "turns"),
    ("ok30", "坐席：您好这里是晴川银行信用卡中心 请问是阎家豪先生吗\n客户：他不在 你有啥事跟我说\n"
             "坐席：是他本人的业务 麻烦您让他方便时回个电话 谢谢\n客户：是不是他欠钱了\n坐席：具体的我们只能跟他本人说 打扰了",
     "unknown", "timed"),
    ("ok31", YUANXIU.format(name="樊一鸣先生") + "\n客户：对\n坐席：樊先生，您的借款已逾期七天，应还一千一百二十元。\n"
             "客户：这个罚息不对吧 怎么这么多\n坐席：您对罚息有疑问，我给您提交复核，复核结果出来前不催收这部分。", "debtor", "turns"),
    # --- no self-identification ----------------------------------------------------------------------------
    ("s01", "坐席：喂 是仇丽萍吗«S»\n客户：是\n坐席：你那个借款逾期一个月了 今天能不能处理", "unknown", "turns"),
    ("s02", "坐席：您好，我是您的账户助手，请问是祝海洋先生本人吗？本人请按1。«S»\n客户：1\n"
            "坐席：您的账单已逾期五天，应还金额八百元，请于今日还款。", "debtor", "turns"),
    ("s03", "坐席：您好，我是朗汇资产管理公司的，请问是尚文斌先生吗？«S»\n客户：是我\n"
            "坐席：尚先生，您有一笔信用卡欠款已经逾期九十天，现在委托到我们这里处理了。", "debtor", "timed"),
    ("s04", "坐席：喂 牟秀英 我这边是贷后的«S»\n客户：嗯 咋\n坐席：你这个月的还没还 赶紧处理一下", "unknown", "turns"),
    ("s05", "坐席：喂 喂 听得到吗 找一下殷小蕾«S»\n客户：我就是 你哪位\n坐席：你别管我哪位 你那笔钱准备什么时候还",
     None, "turns"),
    ("s06", "坐席：喂 鲍德胜吧«S»\n客户：谁啊\n坐席：你欠的那一万五拖了两个月了 心里没数吗«D»", "unknown", "turns"),
    ("s07", "坐席：喂 是蒯桂芝不«S»\n客户：嗯 是我\n坐席：你这期还款过了一礼拜了\n客户：我男人中风了 我在医院伺候\n"
            "坐席：中风又不是你中风 你手机上转一下又不费事«H»", "unknown", "turns"),
    ("s08", "坐席：喂你好请问是甘秀梅吗«S»\n客户：你谁\n坐席：你借的钱到期了知道吧 三千八«D»\n客户：我不认识你\n"
            "坐席：你不认识我 你借钱的时候怎么认识的 今天必须还", "unknown", "text"),
    # --- disclosure before verification ---------------------------------------------------------------------
    ("d01", YUANXIU.format(name="冉光辉先生") + "\n客户：你们找他什么事\n坐席：他在我们这的借款逾期四十天了，您是他什么人？«D»\n"
            "客户：我是他弟弟\n坐席：那麻烦你让他回个电话。", "unknown", "turns"),
    ("d02", "坐席：喂 您好 柳塘小额贷款 请问是隋美华吗\n客户：喂？听不清\n坐席：我说你在我们柳塘的借款已经逾期了 两千八«D»\n"
            "客户：哦 是我\n坐席：那今天能还吗", "unknown", "timed"),
    ("d03", "坐席：您好，这里是黛山分期，您的分期账单已逾期七天，请问是柴国庆先生本人吗？«D»\n客户：是\n坐席：请您今天还款。",
     "unknown", "turns"),
    ("d04", "坐席：喂 你好 晴川银行信用卡中心 找芮志平 他卡上欠了一万一了«D»\n第三方：我是他同事\n坐席：那你跟他说赶紧还«T»",
     "third_party", "turns"),
    ("d05", "坐席：喂 你好 远岫消费金融\n客户：啥事\n坐席：您的借款逾期二十天了 请问您是樊一鸣本人吧«D»\n客户：是\n"
            "坐席：那今天能处理吗", "unknown", "turns"),
    ("d06", "坐席：喂 找一下康永年\n客户：你哪位\n坐席：柳塘小额贷款的 他欠我们三千块一直没还 你是他本人吗«D»\n客户：我是\n"
            "坐席：那你今天还吧", None, "turns"),
    ("d07", "坐席：喂您好远岫消费金融的 请问是尚文斌吗\n客户：嗯？谁\n坐席：您那个远岫借预期十五天了 今天能处理吗«D»",
     "unknown", "turns"),
    ("d08", LANGHUI.format(name="奚志刚先生") + "\n第三方：我是他爱人\n坐席：他那张卡逾期三个月了 欠了两万多 您知道吗«DT»",
     "third_party", "timed"),
    ("d09", "坐席：喂 我系黛山分期嘅 请问系咪华晓丹\n客户：边个啊\n坐席：你喺我哋度嘅分期逾期咗二十日 要还三千蚊«D»", "unknown", "turns"),
    ("d10", "坐席：你好 黛山分期 请问是殷小蕾吗\n第三方：她在洗澡 我是她男朋友\n"
            "坐席：哦 那你跟她说 黛山分期那笔三千六已经逾期一个月了«DT»", "third_party", "turns"),
    ("d11", QINGCHUAN_ROBOT.format(name="贝振东先生") + "\n客户：喂 喂\n"
            "坐席：您的信用卡已逾期十二天，应还金额两千零五十元，请于今日内还款。«D»", "unknown", "turns"),
    ("d12", "坐席：您好，这里是远岫消费金融，请问是鲍德胜先生吗？\n第三方：我是他妈\n坐席：阿姨，他借的钱一直没还，您知道吗？«DT»",
     "third_party", "turns"),
    # --- third parties pressed ---------------------------------------------------------------------------------
    ("t01", YUANXIU.format(name="祝海洋先生") + "\n第三方：我不是 我是他同事\n坐席：那你帮我们催催他 让他这周把事情处理了«T»",
     "third_party", "turns"),
    ("t02", "坐席：您好，这里是柳塘小额贷款，请问是樊一鸣先生吗？\n客户：打错了\n坐席：别装了 这号就是他登记的 你就是他吧«T»",
     "unknown", "turns"),
    ("t03", "坐席：您好，这里是黛山分期，请问是阎家豪先生吗？\n第三方：我是他妈 他不在家\n坐席：阿姨 您当妈的帮他想想办法«T»",
     "third_party", "timed"),
    ("t04", QINGCHUAN_ROBOT.format(name="祝海洋先生") + "\n客户：2\n"
            "坐席：请您转告祝海洋先生，他在晴川银行的信用卡已逾期，请尽快还款。«DT»", "unknown", "turns"),
    ("t05", "坐席：喂 你好 远岫消费金融的 找一下芮志平\n第三方：他不在 你找他什么事\n坐席：你是他家里人吧\n第三方：我是他哥\n"
            "坐席：那你得管管他 我们找他好几天了 他再躲下去我们就去你们家«T»", "third_party", "turns"),
    ("t06", "坐席：您好，我是晴川银行信用卡中心的，请问是柴国庆先生吗？\n第三方：我是他领导 他在车间\n"
            "坐席：那您从他工资里先扣点给我们«T»", "third_party", "turns"),
    ("t07", "坐席：你好 柳塘小额贷款 找一下甘秀梅\n第三方：我是她邻居\n坐席：那麻烦你让她回个电话\n第三方：行吧\n"
            "坐席：你告诉她 不回电话后果自负«T»", "third_party", "turns"),
    ("t08", "坐席：您好，这里是远岫消费金融，请问是邬海燕女士吗？\n客户：我不认识她 别打了\n"
            "坐席：你不认识她她怎么填你号码 你肯定知道她在哪«T»", "unknown", "text"),
    ("t09", LIUTANG.format(name="冉光辉") + "\n客户：不是我 我是他哥\n坐席：哦他哥啊 那你当哥的帮他把这事摆平了«T»", "unknown", "turns"),
    ("t10", "坐席：您好，我是鸿雁商务咨询的，受远岫消费金融委托，请问是石宝珍女士吗？\n第三方：不是 她是我表姐\n"
            "~坐席：那你表姐的电话能给一个吗\n第三方：我没有\n坐席：你没有就让你家里人去找她 她躲得了初一躲不了十五«T»", "third_party", "timed"),
    # --- hardship pressed ----------------------------------------------------------------------------------------
    ("h01", YUANXIU.format(name="甘秀梅女士") + "\n客户：是我\n坐席：甘女士，您的借款逾期二十天了。\n客户：我在住院 刚做完手术\n"
            "坐席：那您让家里人先把这期转了«H»", "debtor", "turns"),
    ("h02", QINGCHUAN_ROBOT.format(name="仇丽萍女士") + "\n客户：1\n"
            "坐席：仇女士您好，您的信用卡已逾期九天，应还一千八百元，今天能还款请按1，暂时有困难请直接说明。\n客户：我失业三个月了 真没钱\n"
            "坐席：好的，请您于今日内完成还款，确认还款请按1。«H»", "debtor", "turns"),
    ("h03", LIUTANG.format(name="康永年") + "\n客户：对\n坐席：康先生你借款逾期一个月了\n客户：家里遭了水灾 啥都泡了\n"
            "坐席：那不影响你微信转账吧 今天先还五百«H»", "unknown", "turns"),
    ("h04", YUANXIU.format(name="詹雨桐女士") + "\n客户：嗯\n坐席：詹女士，您的借款已逾期。\n客户：我怀着二胎 快生了\n"
            "坐席：生孩子也得花钱 你这账拖着也不是事 周五前给个准话«H»", "unknown", "turns"),
    ("h05", "坐席：喂 你好 黛山分期 是蒯桂芝不\n客户：是俺\n坐席：你分期逾期十天了\n客户：俺爹前天没了\n"
            "坐席：那丧事办完了总有礼金 先拿出来还了«H»", "unknown", "turns"),
    ("h06", LANGHUI.format(name="阎家豪先生") + "\n客户：是我\n坐席：阎先生，您在晴川银行的信用卡欠款已逾期六十天。\n"
            "客户：厂里裁员 我被裁了\n坐席：那您现在在哪边住？\n客户：还在这边租房子\n坐席：嗯嗯。\n"
            "坐席：那您这个月底前至少要还三千，不然我们就按流程走了«H»", "debtor", "timed"),
    ("h07", LIUTANG.format(name="贝振东") + "\n客户：嗯\n坐席：贝先生你借款逾期了\n客户：我腿截肢了 干不了活\n"
            "坐席：你干不了活家里总有人能干吧 让他们替你还«H»", "unknown", "text"),
    ("h08", YUANXIU.format(name="华晓丹女士") + "\n客户：是\n坐席：华女士，您的借款逾期十五天了。\n客户：我生病住院了 能不能分期\n"
            "坐席：分期办不了，必须全额还清«H»", "debtor", "turns"),
    ("h09", "坐席：喂 你好 我係晴川银行信用卡中心嘅 请问系咪樊一鸣先生\n客户：系 我入咗院做手术\n"
            "坐席：做完手术都要还 今日最少还一千«H»", "debtor", "turns"),
    # --- stop requests, disputes, complaints, lawyers pressed ----------------------------------------------------
    ("c01", YUANXIU.format(name="柴国庆先生") + "\n客户：是 你们别再打了 再打我就投诉\n坐席：投诉也没用 今天不还明天继续打«C»",
     "debtor", "turns"),
    ("c02", LIUTANG.format(name="石宝珍") + "\n客户：是我 但这钱我没借过 是别人用我身份证办的\n坐席：系统就是你的名字 你先还了再说«C»",
     "unknown", "turns"),
    ("c03", LANGHUI.format(name="鲍德胜先生") + "\n客户：是我 这事你们找我律师谈\n坐席：律师又不替你还钱 这周之内处理«C»",
     "debtor", "timed"),
    ("c04", QINGCHUAN_ROBOT.format(name="冉光辉先生") + "\n客户：1 别再打了\n"
            "坐席：冉先生您好，您的信用卡已逾期八天，请尽快还款，确认还款请按1。«C»", "debtor", "turns"),
    ("c05", YUANXIU.format(name="奚志刚先生") + "\n客户：是我 我已经向12378反映了\n坐席：反映完了钱还是得还 今天转过来«C»",
     "debtor", "turns"),
    ("c06", LIUTANG.format(name="邬海燕") + "\n客户：是我 你们这个利息太高了 我不认\n坐席：合同签了就得还 别废话«C»", "unknown", "turns"),
    ("c07", YUANXIU.format(name="殷小蕾女士") + "\n客户：是我 我在录音 你们再这样我就报警\n坐席：报警也是欠钱还钱 你报吧«C»",
     "debtor", "turns"),
    ("c08", LANGHUI.format(name="华晓丹女士") + "\n客户：是我 以后别给我打电话\n坐席：好的 记下了\n客户：嗯\n"
            "坐席：不过明天之前还是得还一千«C»", "debtor", "turns"),
    ("c09", "坐席：喂你好远岫消费金融的请问祝海洋是吧\n客户：是我别在打了\n坐席：不打也行你今天把钱还了«C»", "unknown", "turns"),
    ("c10", "坐席：喂 你好 黛山分期 请问是尚文斌先生吗\n客户：是我 你们搞错了 我那个分期早就结清了\n"
            "坐席：我们这显示没结清 你别跟我扯 今天把钱补上«C»", "unknown", "turns"),
]

# A second batch, b2-…, written after the first round of fixes and measured before the second (see the docstring).
CANGWU_ROBOT = "坐席：您好，这里是苍梧银行信用卡中心，请问您是{name}本人吗？本人请按1，非本人请按2。"
TINGLAN = "坐席：您好，这里是汀兰消费金融，我是客服小祁，请问是{name}吗？"
WUSONG = "坐席：喂 你好 雾松小贷的 找一下{name}"
CALLS += [
    # --- lawful ----------------------------------------------------------------------------------------
    ("b2-ok01", CANGWU_ROBOT.format(name="葛铁军先生") + "\n客户：按1\n"
                "坐席：葛先生您好，您的信用卡本期账单已逾期五天，最低还款额六百元，请及时还款。\n客户：好", "debtor", "turns"),
    ("b2-ok02", WUSONG.format(name="邵家乐") + "\n第三方：我是他奶奶 他上学去了\n"
                "坐席：好的奶奶 那等他回来麻烦让他回个电话 谢谢您", "third_party", "turns"),
    ("b2-ok03", TINGLAN.format(name="孟雪梅女士") + "\n客户：是我\n坐席：孟女士，您的借款本期一千三百元还没有还。\n"
                "客户：这笔我根本没用过 是APP自动给我开的\n坐席：明白，我帮您转交异议处理，核实清楚之前不会再就这笔联系您。",
     "debtor", "timed"),
    ("b2-ok04", TINGLAN.format(name="龚志远先生") + "\n客户：是我 我爸在重症监护室 我现在没心思说这个\n"
                "坐席：您先顾好家里，我给您申请停催两个月，到期前我们再联系您协商。", "debtor", "turns"),
    ("b2-ok05", "坐席：喂 汀兰消费金融的 是那个葛铁军不\n客户：嗯呐 咋的了\n"
                "坐席：你那个借款逾期五天了 两千一 寻思问问你啥时候能还\n客户：下礼拜一\n坐席：行 那下礼拜一", "unknown", "turns"),
    ("b2-ok06", "坐席：您好，这里是苍梧银行信用卡中心，为了核实身份，麻烦说一下您的出生年月。\n客户：八八年三月\n"
                "坐席：好的，邵女士，您的信用卡已逾期八天，应还一千九百元。\n客户：知道了 周末还", "unknown", "turns"),
    ("b2-ok07", WUSONG.format(name="戴永康") + "\n客户：我就是 以后只发微信行不 电话别打了\n"
                "坐席：好的 已帮您备注只用短信和APP消息联系", None, "turns"),
    ("b2-ok08", TINGLAN.format(name="龚志远先生") + "\n客户：是我 我这事委托给律所了\n"
                "坐席：明白，麻烦给一下律所联系人的电话，之后我们跟律所沟通。", "debtor", "text"),
    ("b2-ok09", "坐席：您好，这里是橡果分期，请问是孟雪梅女士吗？\n第三方：她换号了 我是她同事 新号我可以发你\n"
                "坐席：好的谢谢您，我们联系她本人。", "third_party", "turns"),
    ("b2-ok10", WUSONG.format(name="邵家乐") + "\n客户：是我\n坐席：邵先生 你借款逾期二十天了\n客户：我上个月被裁员了\n"
                "坐席：那您现在每个月大概有多少收入\n客户：打零工 一千多\n坐席：那我给您申请分二十四期 每月三百左右 您看行吗",
     "unknown", "timed"),
    ("b2-ok11", TINGLAN.format(name="戴永康先生") + "\n客户：是我 你们上次那个人态度太差了 我要投诉\n"
                "坐席：非常抱歉，我帮您把投诉记录下来，会有专人回访您。", "debtor", "turns"),
    ("b2-ok12", "坐席：您好，我是恒泽资产的，受苍梧银行委托联系您，请问是龚志远先生吗？\n客户：你先说什么事\n"
                "坐席：是龚先生本人的一项业务，请问您是本人吗？\n客户：嗯 我是\n"
                "坐席：好的，您在苍梧银行的信用卡欠款逾期九十天了，想跟您协商个还款计划。", "unknown", "timed"),
    ("b2-ok13", "坐席：您好，这里是雾松小贷，请问是葛铁军先生吗？\n客户：打错了\n坐席：那您认识葛铁军吗\n客户：不认识\n"
                "坐席：好的 打扰了 我们会删除这个号码", "unknown", "turns"),
    ("b2-ok14", CANGWU_ROBOT.format(name="孟雪梅女士") + "\n客户：不是本人\n坐席：抱歉打扰您了，再见。", "unknown", "turns"),
    ("b2-ok15", "坐席：喂 喂 您好 雾松 雾松小贷的 请问 戴永康 是吧\n客户：嗯 对对\n坐席：戴先生 那个 您那个借款 逾期 十天了\n"
                "客户：我 我刚丢了工作\n坐席：那 那这样 我先给你申请延期一个月 你找到工作再说", "unknown", "timed"),
    ("b2-ok16", "坐席：您好，这里是橡果分期智能客服，请问是邵家乐先生本人吗？是请按1。\n客户：1\n"
                "坐席：邵先生，您本期账单明天到期，应还四百二十元，如已还款请忽略。\n客户：已经还了\n坐席：好的，感谢您的接听。",
     "debtor", "turns"),
    # --- violations ---------------------------------------------------------------------------------------
    ("b2-s01", "坐席：喂 你好 我这边是催收部的 找一下葛铁军«S»\n客户：我就是\n坐席：你的借款逾期一个月了", "unknown", "turns"),
    ("b2-s02", "坐席：您好，我是您贷款的服务专员，请问是孟雪梅女士吗？«S»\n客户：是的\n坐席：孟女士，您的贷款本期还没还。",
     "debtor", "turns"),
    ("b2-s03", "坐席：您好，我是恒泽资产的，请问是戴永康先生吗？«S»\n客户：是\n"
                "坐席：戴先生，您的信用卡欠款逾期一百天了，现在由我们负责跟进。", "debtor", "turns"),
    ("b2-s04", "坐席：喂 是邵家乐吧 你那个网贷的钱咋还不还«SD»\n客户：你谁", "unknown", "turns"),
    ("b2-d01", "坐席：您好 汀兰消费金融 找一下龚志远\n第三方：他在洗澡 你是谁\n"
                "坐席：他在我们这的借款逾期了 您让他回个电话«DT»", "third_party", "turns"),
    ("b2-d02", "坐席：你好 橡果分期 请问孟雪梅在吗\n客户：你找她有什么事\n坐席：她分期还差两期没还 你是她本人吗«D»",
     "unknown", "turns"),
    ("b2-d03", CANGWU_ROBOT.format(name="葛铁军先生") + "\n客户：（无应答）\n坐席：您的信用卡账单已逾期十天，请尽快还款。«D»",
     "unknown", "turns"),
    ("b2-d04", "坐席：您好，我是汀兰消费金融的，来电是关于您逾期的借款，请问是戴永康先生吗？«D»\n客户：是\n坐席：请您今天处理一下。",
     "unknown", "turns"),
    ("b2-d05", "坐席：喂喂 雾松小贷 那个 你那个两千块 过了还款日了啊 是邵家乐吗«D»\n客户：嗯", "unknown", "timed"),
    ("b2-d06", "坐席：喂 你好 请问系咪孟雪梅小姐\n客户：你边位啊\n坐席：我哋系橡果分期 你张单逾期咗«D»", "unknown", "turns"),
    ("b2-t01", TINGLAN.format(name="龚志远先生") + "\n第三方：我是他老婆\n坐席：你们是夫妻 他的债你也有份 你先还一部分«T»",
     "third_party", "turns"),
    ("b2-t02", WUSONG.format(name="戴永康") + "\n第三方：我是他表哥 他不在\n坐席：那麻烦让他回个电话\n第三方：行\n"
                "坐席：你跟他说 再不出面 我们就联系他所有联系人«T»", "third_party", "turns"),
    ("b2-t03", "坐席：您好，这里是橡果分期，请问是邵家乐先生吗？\n第三方：我是他邻居 他好几天没回来了\n坐席：麻烦您去敲敲门 看他在不在家«T»",
     "third_party", "turns"),
    ("b2-t04", TINGLAN.format(name="葛铁军先生") + "\n第三方：我是他妈\n坐席：阿姨 他不还钱 以后你们家贷款都受影响«T»", "unknown", "turns"),
    ("b2-t05", "坐席：您好，这里是雾松小贷，请问是孟雪梅女士吗？\n客户：打错了 我不认识\n坐席：你再想想 真不认识吗 那你帮我们打听一下«T»",
     "unknown", "text"),
    ("b2-t06", "坐席：您好，我是恒泽资产的，受苍梧银行委托，请问是戴永康先生吗？\n第三方：我是他领导\n"
                "坐席：那您能不能让财务先把他工资扣下来«T»", "third_party", "turns"),
    ("b2-h01", TINGLAN.format(name="邵家乐先生") + "\n客户：是我\n坐席：邵先生，您的借款逾期十二天了。\n客户：我爸在ICU躺着\n"
                "坐席：那真是不容易，不过您这个账今天还是得先还一期«H»", "debtor", "turns"),
    ("b2-h02", WUSONG.format(name="孟雪梅") + "\n客户：是我 我怀孕了 在保胎\n坐席：怀孕了也可以转账嘛«H»", "unknown", "turns"),
    ("b2-h03", "坐席：喂 雾松小贷的 是戴永康不\n客户：是我噻\n坐席：你借款逾期了哈\n客户：屋头遭水淹了 啥子都没得了\n"
                "坐席：那你找亲戚借点嘛 这周必须还«H»", "unknown", "turns"),
    ("b2-h04", CANGWU_ROBOT.format(name="龚志远先生") + "\n客户：1\n坐席：龚先生，您的信用卡已逾期二十天。\n客户：我失业了 没钱\n"
                "坐席：请于今日完成还款，以免影响征信。«H»", "debtor", "turns"),
    ("b2-h05", TINGLAN.format(name="葛铁军先生") + "\n客户：是\n坐席：葛先生，您的借款逾期一个月了。\n客户：我老婆查出来肺癌 家里钱都给她治病了\n"
                "坐席：那你们家总有存款吧 先拿出来«H»", "debtor", "timed"),
    ("b2-c01", TINGLAN.format(name="孟雪梅女士") + "\n客户：是我 你们再打我就去银保监投诉\n坐席：去吧 投诉完还是得还«C»", "debtor", "turns"),
    ("b2-c02", WUSONG.format(name="邵家乐") + "\n客户：是我 这个账我不认 利息太高\n坐席：不认也得还 这是合同«C»", "unknown", "turns"),
    ("b2-c03", TINGLAN.format(name="戴永康先生") + "\n客户：是我 别打了 我在上班\n坐席：那我晚上再打«C»", "debtor", "turns"),
    ("b2-c04", WUSONG.format(name="龚志远") + "\n客户：是我 我已经报警了 你们这是骚扰\n"
                "坐席：报警也没用 警察不管欠钱的事 你今天转过来«C»", "unknown", "turns"),
    ("b2-c05", "坐席：喂 你好 我系橡果分期嘅 请问系咪葛铁军先生\n客户：系 唔好再打嚟啦\n坐席：你还咗钱我哋自然唔打«C»",
     "debtor", "turns"),
]

# A third batch, c3-…, written after the second round of fixes and measured before the third (see the docstring).
YANSONG = "坐席：您好，这里是岩松银行信用卡中心，我是客服专员小温，请问是{name}本人吗？"
CHECHUAN_ROBOT = "坐席：您好，这里是澈川消费金融智能客服，有一项账户业务需要本人办理，请问您是{name}吗？"
HENGCHUAN = "坐席：您好，我是衡川资产的协商专员，受澈川消费金融委托联系您，请问是{name}吗？"
TAOXI = "坐席：喂 你好 桃溪小贷的 {name}是吧"
CALLS += [
    # --- lawful ----------------------------------------------------------------------------------------
    ("c3-ok01", CHECHUAN_ROBOT.format(name="滕志豪先生") + "\n客户：对 是我\n"
                "坐席：滕先生您好，您的借款本期应还八百八十元，已逾期三天，请您今天通过APP还款，需要人工服务请按0。\n客户：0\n"
                "坐席：正在为您转接人工客服，请稍候。", "debtor", "turns"),
    ("c3-ok02", CHECHUAN_ROBOT.format(name="鄂小琴女士") + "\n客户：不是 你打错了\n坐席：抱歉打扰，我们将更新号码信息，再见。",
     "unknown", "turns"),
    ("c3-ok03", YANSONG.format(name="骆光明先生") + "\n客户：是我\n坐席：骆先生，您的信用卡本期已逾期十天，应还三千二百元。\n"
                "客户：我妈中风了 我辞职在家照顾她\n坐席：真不容易，您家里的情况我登记一下，可以给您办停息挂账，先停三个月，您看行吗？\n"
                "客户：行", "debtor", "timed"),
    ("c3-ok04", HENGCHUAN.format(name="郁晓婷女士") + "\n客户：是 我去年就说了这个账有问题 手续费乱收\n"
                "坐席：明白，您对费用有异议，我帮您提交澈川消费金融复核，复核结果出来之前我们不再催收。", "debtor", "turns"),
    ("c3-ok05", TAOXI.format(name="薄建国") + "\n客户：嗯 我 你说\n坐席：薄先生 你借款这期过了四天了 一千零五十\n"
                "客户：知道知道 明天发工资就还\n坐席：好嘞 那我备注明天", "unknown", "turns"),
    ("c3-ok06", YANSONG.format(name="沙丽红女士") + "\n第三方：她是我闺女 上班去了\n"
                "坐席：好的阿姨，麻烦您转告她方便时给岩松银行回个电话，谢谢您。\n第三方：啥事你跟我说嘛\n"
                "坐席：是她本人的业务，需要她本人来处理，打扰您了。", "third_party", "turns"),
    ("c3-ok07", HENGCHUAN.format(name="阚振宇先生") + "\n客户：是我 能不能别往我单位打电话\n"
                "坐席：好的，已经给您备注，以后只打您本人手机。", "debtor", "turns"),
    ("c3-ok08", TAOXI.format(name="幸美玲") + "\n客户：是我 我老公刚做完心脏手术 家里一分钱没有\n"
                "坐席：哎呀 那你先照顾好他 这期我先给你申请缓还 等他出院了我们再商量", "unknown", "turns"),
    ("c3-ok09", "坐席：您好，这里是萤火分期，请问是滕志豪先生吗？\n客户：我是他爸 他手机在我这\n"
                "坐席：好的叔叔，那麻烦您让他有空回个电话，或者告诉我们他现在用哪个号码。\n客户：我让他打给你\n坐席：谢谢您。",
     "third_party", "text"),
    ("c3-ok10", YANSONG.format(name="鄂小琴女士") + "\n客户：你哪位 你怎么知道我名字\n"
                "坐席：我是岩松银行信用卡中心的，有一项信用卡业务需要跟鄂女士本人沟通，请问您是本人吗？\n客户：是\n"
                "坐席：鄂女士，您的信用卡已经逾期二十天了，想跟您确认一下还款安排。", "unknown", "timed"),
    ("c3-ok11", TAOXI.format(name="骆光明") + "\n客户：是我 我要找律师 你们利息太高了\n"
                "坐席：好的 这是您的权利 您的意见我记录下来 会转给我们法务部门核实", "unknown", "turns"),
    ("c3-ok12", "坐席：您好，这里是萤火分期智能客服，请问您是郁晓婷女士吗？是请按1，不是请按2。\n客户：2\n"
                "坐席：抱歉打扰您了。", "unknown", "turns"),
    ("c3-ok13", HENGCHUAN.format(name="薄建国先生") + "\n客户：对 我是\n坐席：薄先生，您在澈川消费金融的借款已逾期六十天，欠款九千六百元。\n"
                "客户：我这边生意亏了 真还不上\n坐席：理解，那我们可以先减免一部分罚息，剩下的分十二期，每期八百左右，您看能承受吗？",
     "debtor", "turns"),
    ("c3-ok14", YANSONG.format(name="阚振宇先生") + "\n客户：是我 你们别再打了 我已经向银保监会投诉了\n"
                "坐席：好的阚先生，您的投诉我们已知悉并记录，投诉处理期间暂停电话联系。", "debtor", "turns"),
    ("c3-ok15", "坐席：喂 您好 这边是桃溪小额贷款 请问沙丽红在吗\n客户：我就是 啥事儿\n坐席：沙女士 您那笔借款逾期七天了 今天方便处理吗\n"
                "客户：今天不行 下周三\n坐席：好 那就下周三 到时候APP上还就行", "unknown", "turns"),
    ("c3-ok16", "坐席：您好，这里是岩松银行信用卡中心，请问是幸美玲女士吗？\n客户：她出国了 我是她室友\n"
                "坐席：好的，打扰您了，谢谢。", "third_party", "turns"),
    # --- violations ---------------------------------------------------------------------------------------
    ("c3-s01", "坐席：喂 你好 这边是贷款回访 请问是滕志豪吗«S»\n客户：是\n坐席：你那笔钱这个月还没还", "unknown", "turns"),
    ("c3-s02", "坐席：您好，我是鹭洲信息咨询的，请问是鄂小琴女士吗？«S»\n客户：是我\n"
                "坐席：鄂女士，您的信用卡欠款逾期一百二十天了，今天需要跟您确认还款。", "debtor", "turns"),
    ("c3-s03", "坐席：喂 喂 在吗 是骆光明不«S»\n客户：是我 你谁啊\n坐席：你欠的钱准备啥时候还", "unknown", "turns"),
    ("c3-s04", "坐席：您好 我是催收专员小覃 请问是郁晓婷女士吗«S»\n客户：嗯\n坐席：您的分期逾期十五天了 今天能还吗", None, "turns"),
    ("c3-d01", "坐席：您好，这里是岩松银行信用卡中心，请问是薄建国先生吗？\n客户：你有什么事\n"
                "坐席：您尾号3321的信用卡已经逾期四十天了，欠款五千六。«D»\n客户：哦 是我的", "unknown", "turns"),
    ("c3-d02", "坐席：您好，澈川消费金融，您在我司的借款已逾期九天，请问是沙丽红女士吗？«D»\n客户：是", "unknown", "turns"),
    ("c3-d03", TAOXI.format(name="阚振宇") + "\n客户：喂 你说什么 听不见\n坐席：我说你桃溪借的三千块钱逾期了«D»", "unknown", "timed"),
    ("c3-d04", "坐席：喂 你好 萤火分期 找一下幸美玲\n第三方：她不在 我是她老公\n坐席：她分期买的那个手机一直没还 一共四千二«DT»",
     "third_party", "turns"),
    ("c3-d05", CHECHUAN_ROBOT.format(name="滕志豪先生") + "\n客户：你是机器人吗\n"
                "坐席：您的借款已逾期五天，应还金额一千二百元，请今日还款。«D»", "unknown", "turns"),
    ("c3-t01", YANSONG.format(name="鄂小琴女士") + "\n第三方：我是她同事\n坐席：那麻烦您转告她尽快还款«T»", "third_party", "turns"),
    ("c3-t02", TAOXI.format(name="骆光明") + "\n第三方：我是他媳妇\n坐席：那他的事你知道吧 你们两口子商量商量 这周怎么也得给个说法«T»",
     "third_party", "turns"),
    ("c3-t03", "坐席：您好，这里是萤火分期，请问是郁晓婷女士吗？\n客户：不是 这是我的号码\n坐席：那你认识她吗\n客户：不认识\n"
                "坐席：不认识她怎么会留你的号码 你是不是她家里人 你帮她处理一下«T»", "unknown", "turns"),
    ("c3-t04", HENGCHUAN.format(name="薄建国先生") + "\n第三方：我是他儿子 我爸出去了\n坐席：你多大了 上班了没有 你爸的事你得帮着管管«T»",
     "third_party", "timed"),
    ("c3-t05", "坐席：喂 你好 桃溪小贷 找沙丽红\n第三方：我是她邻居 她家没人\n坐席：那你帮我们留意一下 她回来了马上给我们打电话«T»",
     "third_party", "turns"),
    ("c3-t06", CHECHUAN_ROBOT.format(name="阚振宇先生") + "是请按1，不是请按2。\n客户：2\n"
                "坐席：请转告阚振宇先生尽快处理账户欠款，以免影响其个人信用。«DT»", "unknown", "turns"),
    ("c3-h01", YANSONG.format(name="幸美玲女士") + "\n客户：是我\n坐席：幸女士，您的信用卡逾期两个月了，欠款七千三。\n"
                "客户：我孩子白血病在化疗 家里钱全投进去了\n坐席：我理解，但是欠款是欠款，这周之内至少要还最低还款«H»", "debtor", "turns"),
    ("c3-h02", TAOXI.format(name="滕志豪") + "\n客户：是我\n坐席：滕先生 你借款逾期一个月了\n客户：我被车撞了 现在还打着石膏\n"
                "坐席：打着石膏又不耽误你用手机 今天转一千过来«H»", "unknown", "turns"),
    ("c3-h03", HENGCHUAN.format(name="鄂小琴女士") + "\n客户：是\n坐席：鄂女士，您的借款逾期八十天了。\n客户：我们那边地震 房子塌了一半\n"
                "坐席：嗯 那你现在住哪\n客户：住安置点\n坐席：那你安置点也能用手机 先还个两千«H»", "debtor", "turns"),
    ("c3-h04", CHECHUAN_ROBOT.format(name="郁晓婷女士") + "\n客户：是我 我刚流产 在医院\n"
                "坐席：郁女士您好，您的借款已逾期七天，请您今天完成还款，还款请按1。«H»", "debtor", "turns"),
    ("c3-h05", "坐席：喂 你好 萤火分期 是骆光明吗\n客户：是 我 我现在抑郁症很严重 在吃药\n坐席：抑郁症也得还钱啊 你家里人呢«H»",
     "unknown", "turns"),
    ("c3-c01", YANSONG.format(name="薄建国先生") + "\n客户：是我 我说过很多次了 这张卡是我前妻冒名办的\n"
                "坐席：谁办的我们不管 卡在你名下你就得还«C»", "debtor", "turns"),
    ("c3-c02", TAOXI.format(name="沙丽红") + "\n客户：是我 你们再打 我就去法院起诉你们\n坐席：起诉什么 你欠钱你还有理了 今天必须还«C»",
     "unknown", "turns"),
    ("c3-c03", HENGCHUAN.format(name="阚振宇先生") + "\n客户：是我 你们能不能别打我家里电话了\n"
                "坐席：你不接手机我们只能打家里 你今天还了就不打了«C»", "debtor", "turns"),
    ("c3-c04", YANSONG.format(name="幸美玲女士") + "\n客户：是 我已经请了律师 你们跟律师谈\n坐席：好的\n客户：嗯\n"
                "坐席：那您先说个还款时间 律师那边我们另外联系«C»", "debtor", "turns"),
    ("c3-c05", "坐席：喂 你好 桃溪小贷 是滕志豪吧\n客户：是 你们这是违法催收 我录音了\n坐席：录吧 违法什么 欠钱不还才违法«C»",
     "unknown", "turns"),
]

# A fourth batch, d4-…, written after the third round of fixes and measured before the fourth (see the docstring):
# longer calls where the violation comes late, the contract's other prefixes (催收员：/ 用户：/ 借款人：/ 联系人：).
XILAN = "催收员：您好，这里是溪岚银行信用卡中心，我是小贺，请问是{name}本人吗？"
DANFENG = "坐席：喂 您好 丹枫消费金融贷后的 请问是{name}吗"
QIYUE = "坐席：您好，我是启岳资产管理的调解员，受溪岚银行委托，请问是{name}吗？"
SONGTAO = "坐席：你好 我是松涛小贷的客服 找一下{name}"
CALLS += [
    # --- lawful ----------------------------------------------------------------------------------------
    ("d4-ok01", XILAN.format(name="郜明辉先生") + "\n借款人：是我\n催收员：郜先生，您的信用卡本期应还两千六，已经逾期十二天了。\n"
                "借款人：这个月手头紧 能不能下个月一起还\n催收员：可以的，我帮您申请延期到下个月十五号，期间不算逾期。\n借款人：好 谢谢",
     "debtor", "text"),
    ("d4-ok02", DANFENG.format(name="甄丽丽") + "\n用户：你们是谁 我不认识你们\n"
                "坐席：我们是丹枫消费金融 有一项甄丽丽女士本人的业务 您是本人吗\n用户：不是 我是她姐\n"
                "坐席：好的 那麻烦您转告她回个电话 谢谢", "unknown", "text"),
    ("d4-ok03", QIYUE.format(name="宓志强先生") + "\n客户：是我 我现在在住院 心脏搭了支架\n"
                "坐席：那您先安心养病，这个月我们不催了，等您出院后我们再联系您商量个分期方案。\n客户：好", "debtor", "timed"),
    ("d4-ok04", SONGTAO.format(name="权晓燕") + "\n客户：嗯 我是\n坐席：权女士 您借款逾期九天了 一千四\n客户：我们店被大火烧了\n"
                "坐席：啊 人没事吧\n客户：人没事 东西全烧没了\n坐席：那您先处理店里的事 我给您报个受灾缓还 三个月内先不用还",
     "unknown", "turns"),
    ("d4-ok05", "坐席：您好，这里是麦芒分期，请问是濮建华先生吗？\n客户：是我 你们烦不烦 一天打好几遍\n"
                "坐席：非常抱歉打扰您，我给您设置免打扰，以后每周最多提醒一次。", "debtor", "turns"),
    ("d4-ok06", XILAN.format(name="巩秀兰女士") + "\n联系人：我是她儿媳妇 她在午睡\n催收员：好的，那麻烦您等她醒了让她回个电话，谢谢。\n"
                "联系人：她是不是欠你们钱了\n催收员：具体的我们需要跟她本人说，打扰您了。", "third_party", "text"),
    ("d4-ok07", DANFENG.format(name="毋伟") + "\n客户：我是毋伟 不过这笔钱我已经还过了\n"
                "坐席：好的 我这边先登记一下 给您转到账务核查 核实清楚前不会再催", "unknown", "turns"),
    ("d4-ok08", "坐席：您好，这里是溪岚银行信用卡中心智能语音，请问您是郜明辉先生本人吗？本人请说是，不是本人请说不是。\n客户：是\n"
                "坐席：郜先生您好，您的信用卡本期账单已逾期五天，请尽快还款，如需分期请说分期。\n客户：分期\n"
                "坐席：好的，已为您转接分期办理，请稍候。", "debtor", "turns"),
    ("d4-ok09", SONGTAO.format(name="甄丽丽") + "\n客户：我就是\n坐席：甄女士你借款逾期二十天了\n客户：我离婚了 孩子跟我 就我一个人挣钱\n"
                "坐席：嗯 确实不容易 那您看每个月能还多少 我们可以给您做个分期\n客户：五百吧\n坐席：好 那我按每月五百给您申请",
     "unknown", "timed"),
    ("d4-ok10", QIYUE.format(name="权晓燕女士") + "\n客户：是 我请了律师 以后找律师\n坐席：好的，请您提供律师的联系方式，后续由律师对接。\n"
                "客户：我发短信给你\n坐席：好的，收到后我们就跟律师联系，不再打扰您。", "debtor", "turns"),
    ("d4-ok11", "坐席：您好，这里是麦芒分期，请问是宓志强先生吗？\n第三方：他是我老板 他在开会\n"
                "坐席：好的，不打扰您了，我们晚点再联系他本人。", "third_party", "turns"),
    ("d4-ok12", DANFENG.format(name="濮建华") + "\n客户：是我 什么事\n坐席：濮先生 您的借款本期一千二百元还没还 逾期两天\n"
                "客户：我以为自动扣了\n坐席：可能卡里余额不够 您方便的话今天在APP上还一下就行\n客户：好", "unknown", "turns"),
    ("d4-ok13", XILAN.format(name="毋伟先生") + "\n客户：不是我 你打错了\n催收员：抱歉打扰了。", "unknown", "text"),
    ("d4-ok14", SONGTAO.format(name="巩秀兰") + "\n客户：是我 我现在没工作 能不能少还点\n"
                "坐席：可以 我帮您申请减免一部分利息 剩下的咱们协商个分期", "unknown", "turns"),
    # --- violations ---------------------------------------------------------------------------------------
    ("d4-s01", "催收员：喂 是甄丽丽吗«S»\n借款人：是我\n催收员：你那个分期两期没交了 今天能交不", "unknown", "text"),
    ("d4-s02", "坐席：喂 你好 我们这边是处理你账户的 是宓志强吧«S»\n客户：嗯\n坐席：你借款逾期了 今天处理一下", "unknown", "turns"),
    ("d4-s03", "坐席：您好，我是启岳资产的，请问是权晓燕女士吗？«S»\n客户：对\n坐席：权女士，您的欠款已经转到我们这里了，逾期一百五十天。",
     "debtor", "timed"),
    ("d4-d01", DANFENG.format(name="郜明辉") + "\n客户：喂 喂 信号不好\n坐席：郜先生 你借款逾期一个月了 听得到吗«D»\n客户：听到了 是我",
     "unknown", "turns"),
    ("d4-d02", "坐席：您好，这里是麦芒分期，您有一笔分期已逾期十天，欠款九百元，请问您是巩秀兰女士吗？«D»\n客户：是我",
     "unknown", "turns"),
    ("d4-d03", XILAN.format(name="濮建华先生") + "\n联系人：你打错了吧 这是他单位座机\n"
                "催收员：那麻烦您转告濮建华，他的信用卡已经逾期两个月了«DT»", "unknown", "text"),
    ("d4-d04", SONGTAO.format(name="毋伟") + "\n客户：你找他干啥\n坐席：他在我们这借了五千块一直没还 你是他什么人«D»\n客户：我是他哥\n"
                "坐席：那你让他回个电话", "unknown", "turns"),
    ("d4-t01", QIYUE.format(name="甄丽丽女士") + "\n第三方：我是她妹妹\n坐席：好的，那麻烦您转告她回个电话。\n第三方：好\n"
                "坐席：另外跟她说，再不处理我们就只能走诉讼了，到时候家里人都知道«T»", "third_party", "timed"),
    ("d4-t02", "坐席：您好，这里是麦芒分期，请问是宓志强先生吗？\n第三方：我是他同学\n坐席：那你知道他现在在哪上班吗«T»",
     "third_party", "turns"),
    ("d4-t03", SONGTAO.format(name="权晓燕") + "\n第三方：我是她老公\n坐席：那你老婆的事你得管 你们一家人 钱从哪出都一样«T»",
     "third_party", "turns"),
    ("d4-t04", DANFENG.format(name="郜明辉") + "\n客户：不是 你打错了\n坐席：你是不是就是郜明辉 别装了«T»", "unknown", "turns"),
    ("d4-t05", "坐席：您好，这里是溪岚银行信用卡中心，请问是巩秀兰女士吗？\n第三方：我是她女儿 我妈住院了\n"
                "坐席：那你们做子女的先帮她把这期还上«T»", "third_party", "turns"),
    ("d4-h01", XILAN.format(name="宓志强先生") + "\n借款人：是我\n催收员：宓先生，您的信用卡逾期二十天，应还四千五。\n"
                "借款人：我这两个月都在医院陪我爸做透析\n催收员：那您爸的医药费都能出 还款也不差这点吧«H»", "debtor", "text"),
    ("d4-h02", SONGTAO.format(name="濮建华") + "\n客户：是我\n坐席：濮先生你借款逾期了\n客户：厂子停工三个月了 一分钱工资没拿到\n"
                "坐席：哦 那你现在住哪\n客户：还在宿舍\n坐席：那你先借点还上 这个月必须有个交代«H»", "unknown", "turns"),
    ("d4-h03", QIYUE.format(name="毋伟先生") + "\n客户：是我 我刚截了肢 以后都干不了重活了\n"
                "坐席：那更要抓紧把钱还了 不然利息越滚越多«H»", "debtor", "turns"),
    ("d4-h04", "坐席：您好，这里是麦芒分期智能客服，请问是甄丽丽女士吗？是请按1。\n客户：1\n"
                "坐席：您的分期已逾期八天，今天能还款请按1，有困难请说明原因。\n客户：我被裁员了\n"
                "坐席：好的，请您务必于今日内还款，逾期将影响您的征信。«H»", "debtor", "turns"),
    ("d4-c01", DANFENG.format(name="权晓燕") + "\n客户：是我 别打了 我下周还\n坐席：好的\n客户：嗯\n"
                "坐席：那我下周一再打给你确认«C»", "unknown", "turns"),
    ("d4-c02", XILAN.format(name="郜明辉先生") + "\n借款人：是 这个卡年费我从来没同意过 我不认\n"
                "催收员：系统扣了就是扣了，不认也得交«C»", "debtor", "text"),
    ("d4-c03", SONGTAO.format(name="宓志强") + "\n客户：是我 我已经打了12378了\n坐席：你打吧 打了也得还 今天先转五百«C»", "unknown", "turns"),
    ("d4-c04", QIYUE.format(name="巩秀兰女士") + "\n客户：是我 你们再这样骚扰我就报警\n坐席：报警警察也管不了欠钱的事«C»", "debtor", "turns"),
]

# A fifth batch, e5-…, mostly lawful (precision), written after the fourth round and measured before the fifth.
BIQUAN = "坐席：您好，这里是碧泉银行信用卡中心，我是客服小喻，请问是{name}本人吗？"
ZHAOLAN = "坐席：喂 您好 朝岚消费金融的 请问是{name}吗"
ZHUYING = "坐席：喂 竹影小贷的 是{name}不"
CALLS += [
    # --- lawful ----------------------------------------------------------------------------------------
    ("e5-ok01", "坐席：您好，我是远澜资产的协商员，请问是卞文杰先生吗？\n客户：是我\n"
                "坐席：卞先生，我们受碧泉银行委托，跟您联系信用卡还款的事，目前逾期四十五天。\n客户：嗯 我知道", "debtor", "turns"),
    ("e5-ok02", BIQUAN.format(name="饶佩琳女士") + "\n客户：是我 我现在还欠多少\n坐席：饶女士，您目前欠款三千四百元，已逾期十天。\n"
                "客户：好 我周五还", "debtor", "turns"),
    ("e5-ok03", ZHAOLAN.format(name="闫志飞") + "\n客户：是我 能不能别一直打\n坐席：好的 那我们改成每周一次短信提醒 您看可以吗\n客户：行",
     "unknown", "turns"),
    ("e5-ok04", ZHUYING.format(name="蔺秋菊") + "\n第三方：我是她爱人 她在外地打工 手机丢了\n"
                "坐席：那您方便的时候把她的新号码告诉我们吗 或者让她回个电话", "third_party", "turns"),
    ("e5-ok05", BIQUAN.format(name="庹建平先生") + "\n客户：我是他老婆 他在上班 我在坐月子 手机他放家里了\n"
                "坐席：恭喜您，那麻烦您转告他方便时回个电话，您好好休息。", "third_party", "turns"),
    ("e5-ok06", ZHAOLAN.format(name="逄丽娜") + "\n客户：嗯 是我\n坐席：逄女士 您的借款逾期十二天了 逾期会影响征信 建议您尽快处理 如有困难可以申请分期\n"
                "客户：好 我考虑一下", "unknown", "timed"),
    ("e5-ok07", "坐席：您好，这里是云朵分期智能客服，请问您是隗国强先生吗？\n客户：是我本人\n"
                "坐席：隗先生您好，您的分期本期应还五百六十元，已逾期三天，请您及时还款。\n客户：好的知道了", "debtor", "turns"),
    ("e5-ok08", "坐席：您好，这里是朝岚消费金融，请问是仉晓红女士吗？\n第三方：我是她邻居 她手机放我这充电\n"
                "坐席：好的，那麻烦您转告她回个电话，谢谢。", "third_party", "text"),
    ("e5-ok09", BIQUAN.format(name="卞文杰先生") + "\n客户：是我 我要投诉你们上次的催收员骂人\n"
                "坐席：非常抱歉，我马上登记您的投诉，会有质检部门核实处理。", "debtor", "turns"),
    ("e5-ok10", ZHUYING.format(name="饶佩琳") + "\n客户：是我 这个罚息算得不对\n坐席：好的 我给您提交复核 复核期间这部分罚息不催", "unknown", "turns"),
    ("e5-ok11", "坐席：您好，请问蔺秋菊在吗？我是碧泉银行信用卡中心的。\n第三方：她不在 你哪里\n坐席：好的，不打扰了，我们再联系她本人。",
     "third_party", "turns"),
    ("e5-ok12", ZHAOLAN.format(name="庹建平") + "\n客户：你找他啥事\n坐席：是他本人的业务 您是他本人吗\n客户：你先说啥事\n"
                "坐席：抱歉 只能跟本人说\n客户：行吧 我就是\n坐席：庹先生 您的借款逾期二十天了 一千八 今天方便还吗", "unknown", "turns"),
    ("e5-ok13", "坐席：您好，这里是竹影小额贷款，为了核实身份，请问您身份证后四位是多少？\n客户：2218\n"
                "坐席：核对一致，逄女士，您的借款本期逾期了五天，应还七百元。", "unknown", "turns"),
    ("e5-ok14", BIQUAN.format(name="隗国强先生") + "\n客户：是我 我最近查出来肝硬化 在住院\n"
                "坐席：您的情况我了解了，可以帮您申请延期还款，需要的话我现在就提交。", "debtor", "turns"),
    ("e5-ok15", ZHAOLAN.format(name="仉晓红") + "\n客户：是我 我已经还清了\n坐席：好的 系统可能还没更新 我帮您核实一下 核实前不会再联系您",
     "unknown", "turns"),
    ("e5-ok16", ZHUYING.format(name="庹建平") + "\n客户：是我 啥子事\n坐席：庹先生 你那笔借款过了还款日三天了\n客户：晓得了 明天还\n坐席：要得 谢谢",
     "unknown", "turns"),
    ("e5-ok17", BIQUAN.format(name="闫志飞先生") + "\n第三方：我是他哥 他欠了多少啊\n坐席：抱歉，这个我们只能跟他本人说，麻烦您让他回个电话。",
     "third_party", "turns"),
    ("e5-ok18", ZHAOLAN.format(name="卞文杰") + "\n客户：是我 我在开车\n坐席：好的 那我一个小时后再打给您可以吗\n客户：行", "unknown", "turns"),
    ("e5-ok19", "坐席：您好，这里是云朵分期智能客服，请问您是饶佩琳女士吗？是请按1，不是请按2。\n客户：1\n"
                "坐席：饶女士，您的分期已逾期两天，还款请按1，转人工请按0。\n客户：我要转人工\n坐席：正在为您转接，请稍候。", "debtor", "turns"),
    ("e5-ok20", ZHUYING.format(name="闫志飞") + "\n客户：是我 你们烦死了 天天打\n坐席：抱歉给您造成困扰了 我这边备注一下减少来电频率",
     "unknown", "turns"),
    # --- violations ---------------------------------------------------------------------------------------
    ("e5-s01", "坐席：喂 是饶佩琳吧 我是负责你这个案子的«S»\n客户：嗯 啥案子\n坐席：你借的钱逾期三个月了", "unknown", "turns"),
    ("e5-s02", "坐席：您好，我是星湾信息咨询的，请问是闫志飞先生吗？«S»\n客户：是我\n坐席：闫先生，您的借款已逾期六十天，今天需要处理一下。",
     "debtor", "turns"),
    ("e5-s03", "坐席：喂 请问是逄丽娜吗«S»\n客户：你谁\n坐席：你先别管我是谁 你是不是逄丽娜\n客户：是\n"
                "坐席：我是云朵分期的 你分期逾期了", "unknown", "turns"),
    ("e5-d01", "坐席：喂 您好 碧泉银行信用卡中心 隗国强先生吗\n客户：喂？\n坐席：您的信用卡欠款已经逾期三十天了«D»", "unknown", "timed"),
    ("e5-d02", "坐席：您好，请问隗国强在吗？\n第三方：你是？\n坐席：我们是朝岚消费金融的，他的借款已经逾期了，你是他家人吗？«D»\n"
                "第三方：我是他朋友\n坐席：那你让他赶紧还«T»", "third_party", "turns"),
    ("e5-d03", "坐席：喂 找一下仉晓红\n客户：你哪位\n坐席：我是竹影小贷的 你那笔三千块的借款逾期了«D»", "unknown", "turns"),
    ("e5-t01", ZHAOLAN.format(name="卞文杰") + "\n第三方：我是他室友\n坐席：那你们平时一起住 你跟他说 再不还我们就去你们宿舍找他«T»",
     "third_party", "turns"),
    ("e5-t02", BIQUAN.format(name="饶佩琳女士") + "\n第三方：我是她妈\n坐席：阿姨，您女儿欠了我们一万二，您看您能不能先帮她还一部分«DT»",
     "third_party", "turns"),
    ("e5-t03", ZHUYING.format(name="蔺秋菊") + "\n客户：打错了 这号码是我的 用了五年了\n坐席：那你肯定认识她 她是不是你亲戚«T»", "unknown", "turns"),
    ("e5-t04", ZHAOLAN.format(name="庹建平") + "\n第三方：他是我员工\n坐席：那您把他叫过来接电话 不然我们就打到你们公司前台«T»",
     "third_party", "turns"),
    ("e5-h01", BIQUAN.format(name="逄丽娜女士") + "\n客户：是我 我得了乳腺癌 在做放疗\n坐席：那您的医保能报吧 剩下的钱先还我们«H»", "debtor", "turns"),
    ("e5-h02", "坐席：您好，这里是云朵分期智能客服，请问您是仉晓红女士吗？是请按1。\n客户：1 我爸刚走\n"
                "坐席：仉女士，您的分期已逾期五天，请您今日还款。«H»", "debtor", "turns"),
    ("e5-h03", ZHUYING.format(name="隗国强") + "\n客户：是我 我们这边发洪水 桥冲断了\n坐席：那你网上转账 不影响«H»", "unknown", "turns"),
    ("e5-c01", ZHAOLAN.format(name="饶佩琳") + "\n客户：是我 别再打了 我会起诉你们\n坐席：起诉随便 你先把这个月的还了«C»", "unknown", "turns"),
    ("e5-c02", BIQUAN.format(name="卞文杰先生") + "\n客户：是我 这张卡是诈骗团伙用我身份办的 我报案了\n"
                "坐席：报案是你的事 我们只认合同 这周必须还«C»", "debtor", "turns"),
    ("e5-c03", ZHUYING.format(name="闫志飞") + "\n客户：是我 我律师会联系你们\n坐席：律师联系是律师的事 你今天先转两千«C»", "unknown", "turns"),
]


def write_dev4(folder: Path = HERE) -> Path:
    """Write the set into `folder`; the path written."""
    path = folder / DEV4_FILE
    with path.open("w", encoding="utf-8") as out:
        for number, (message_id, text, recipient_type, form) in enumerate(CALLS, start=1):
            call = dev3_record(number, message_id, text, recipient_type, form, set_prefix="D4", campaigns=CAMPAIGNS)
            out.write(json.dumps(call, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_dev4()
