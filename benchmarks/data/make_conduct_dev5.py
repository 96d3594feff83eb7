"""Writes `conduct_dev5.jsonl`: a fresh batch aimed at `conduct.no_self_identification` alone.

Written by hand for this file before any rule was changed for it, so that the rules are measured on calls they
were never fitted to (first run below). Each violation has a compliant twin: the same call with the institution
(or the agency AND the lender it acts for) and the purpose stated in the agent's first two turns. The families:
only a personal name or a staff number (我是小王 工号1032); only a vague unit (贷后中心, 客服中心, 法务部, 风控部门,
资产保全部, 专属客户经理) with no institution; an agency naming itself but not the lender; an institution named with
no purpose at all (the agent's second turn asks something else, the demand comes in its third); the purpose with
nobody named (关于您的借款); the institution named only in the agent's third turn; robot openings that give a
hotline number but no name; ASR noise, dialect and Cantonese versions.

Contract decisions the labels follow (contract section 5): the agent states who calls (the institution, or the
agency and the lender it acts for) AND why in its first two turns; a purpose may be generic before the callee is
verified (有件借款的事, 关于您的账户) and is stated by the debt itself once the callee confirmed (您的借款逾期了);
a vague unit, a name, a staff number or a hotline number is nobody. A purpose that names the callee's loan,
product, bill or repayment (关于您借款的事, 有一笔账单需要处理, 关于你信用卡的事) before the callee confirmed is also
`disclosure_before_verification` (contract 5: the product, or that something is owed): `okNN` names a twin that
is compliant on self-identification; 14 of them and 4 violations also carry «D». No call holds another category.

First run (`python -m benchmarks.eval_conduct --set benchmarks/data/conduct_dev5.jsonl`, the rules of commit
37b88fc, before any change for it): no_self_identification P 21/21, R 21/28 (0.750): missed the Cantonese vague
unit (我係客服中心嘅), an agency without its lender (和岳商务咨询的), the three institutions that state no purpose
until the agent's third turn, and both hotline-only robots. The D marks were added after that run, on reading
the contract for the 12 disclosure findings it made (first written unlabelled: compliant flagged 9/28, all D);
the D figures on this set are therefore not independent; the S figures are.
The calls `b2-…` are a second batch (20 calls, 10 twins), written after the first round of changes (commit
4d013eb) and measured before the second (`--only -b2-`; first run: no_self_identification P 7/7, R 7/10, compliant
flagged 0/10): missed the robot's 官方热线 with no name, ASR 金融中心的 and dialect 俺们这是贷后的.
The calls `c3-…` are a third batch (20 calls, 10 twins), written after the second round (commit 69af877) and
measured before the third (`--only -c3-`; first run: no_self_identification P 3/3, R 3/10, compliant flagged 1/10,
c3-ok08 for disclosure: its loan told after 嗯 谁啊, which confirms nothing; marked «D» after the run).
The calls `d4-…` are a fourth batch (20 calls, 10 twins), written after the third round (commit ff60c2d) and
measured before the fourth (`--only -d4-`; first run: no_self_identification P 4/4, R 4/10, compliant flagged 1/10,
d4-ok02 for disclosure, found at the agent's second turn: the bare 詹国平吧 after the introduction is not read as
the name question, so the callee's 对 confirms nothing: a false finding, left as such). d4-s08's 处理逾期账款的 tells,
before verification, that something is overdue: marked «D» after the run.
The calls `e5-…` are a fifth batch (20 calls, 10 twins), written after the fifth round (commit fef76d4, the
`names_nobody` check) and measured before any change for it (`--only -e5-`; first run: no_self_identification P 9/9,
R 9/10, missed 用户服务中心; compliant flagged 2/10, both disclosure findings: e5-ok04 after a bare 宁春花吧 that is
not read as the name question, e5-ok02 after 庞志勇是吧; left unlabelled).

The marks are those of `make_conduct_dev` (a line ending in `«S»` is where the missing self-identification
shows: the agent's first turn). Each call is (id, lines, recipient_type, form), form as in `make_conduct_dev3`.
All people, lenders, agencies and numbers are invented.

`python -m benchmarks.data.make_conduct_dev5` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_conduct_dev import HERE
from benchmarks.data.make_conduct_dev3 import dev3_record
from benchmarks.data.set_format import write_jsonl

DEV5_FILE = "conduct_dev5.jsonl"
CAMPAIGNS = {"鹭汀": "LT-CF-05", "苇川": "WC-MICRO-05", "岚溪": "LX-CARD-05", "枫渡": "FD-FENQI-05",
             "砚池": "YC-TECH-05", "澄泓": "CH-AGENCY-05", "和岳": "HY-AGENCY-05"}

# (id, call, recipient_type, form); each violation `sNN` has its compliant twin `okNN`
CALLS: list[tuple[str, str, str, str]] = [
    # --- a personal name or a staff number only ------------------------------------------------------------
    ("s01", "坐席：您好 我是小王 工号1032 请问是郑晓燕女士吗«S»\n客户：是我\n坐席：郑女士 您的借款已经逾期十天了 今天能处理吗",
     "unknown", "turns"),
    ("ok01", "坐席：您好 我是鹭汀消费金融的小王 工号1032 来电是关于您借款还款的事 请问是郑晓燕女士吗«D»\n客户：是我\n"
             "坐席：郑女士 您的借款已经逾期十天了 今天能处理吗", "unknown", "turns"),
    ("s02", "坐席：喂 你好 我叫刘斌 是卜海燕吧«S»\n客户：是\n坐席：你那笔钱拖了快一个月了 今天能还上吗", "unknown", "turns"),
    ("ok02", "坐席：喂 你好 我叫刘斌 是鹭汀消费金融的 关于你借款的事 是卜海燕吧«D»\n客户：是\n坐席：你那笔钱拖了快一个月了 今天能还上吗",
     "unknown", "turns"),
    ("s03", "坐席：喂 俺是小李 工号两千零八 恁是郜春生不«S»\n客户：是俺 咋了\n坐席：恁那个借款逾期了 得赶紧还", "unknown", "turns"),
    ("ok03", "坐席：喂 俺是鹭汀消费金融的小李 工号两千零八 恁是郜春生不\n客户：是俺 咋了\n坐席：打电话是说恁那个借款 逾期了 得赶紧还",
     "unknown", "turns"),
    ("s04", "坐席：您好 我是工号幺零三二的小王 请问郑晓燕女士在吗«S»\n客户：我就是\n坐席：您的分期已经逾期了五天", "debtor", "timed"),
    ("ok04", "坐席：您好 我是枫渡分期的小王 工号幺零三二 请问郑晓燕女士在吗\n客户：我就是\n坐席：郑女士 跟您说下分期的事 您的分期已经逾期了五天",
     "debtor", "timed"),
    # --- a vague unit with no institution ------------------------------------------------------------------
    ("s05", "坐席：喂 我这边是贷后中心的 找一下邱振华«S»\n客户：我就是\n坐席：你那笔借款逾期半个月了 啥时候还", "unknown", "turns"),
    ("ok05", "坐席：喂 我这边是苇川小贷贷后中心的 找一下邱振华 有笔借款的事跟他本人说«D»\n客户：我就是\n坐席：你那笔借款逾期半个月了 啥时候还",
     "unknown", "turns"),
    ("s06", "坐席：您好，这里是客服中心，请问是邱振华先生本人吗？«S»\n客户：是的\n坐席：您的账单已经逾期二十天，请尽快还款。", "debtor", "text"),
    ("ok06", "坐席：您好，这里是岚溪银行客服中心，请问是邱振华先生本人吗？\n客户：是的\n"
             "坐席：邱先生，来电是关于您信用卡账单的事，您的账单已经逾期二十天，请尽快还款。", "debtor", "text"),
    ("s07", "坐席：您好，我是法务部的，请问是邱振华吗？«S»\n客户：是 什么事\n坐席：您的欠款已经逾期六十天，希望您尽快处理。", "unknown", "turns"),
    ("ok07", "坐席：您好，我是枫渡分期法务部的，请问是邱振华吗？\n客户：是 什么事\n坐席：是关于您分期欠款的事，您的分期已逾期六十天，希望您尽快处理。",
     "unknown", "turns"),
    ("s08", "坐席：喂 我们这边是风控部门的 是郑晓燕吧«S»\n客户：嗯\n坐席：你的借款已经逾期了 今天下午之前处理一下", "unknown", "turns"),
    ("ok08", "坐席：喂 我们这边是砚池数科风控部门的 是郑晓燕吧\n客户：嗯\n坐席：跟你说下借款的事 你的借款已经逾期了 今天下午之前处理一下",
     "unknown", "turns"),
    ("s09", "坐席：您好，我们这边是资产保全部的，请问是邱振华先生吗？«S»\n客户：是\n坐席：您的贷款逾期已经三个月了。", "debtor", "turns"),
    ("ok09", "坐席：您好，我们这边是砚池数科资产保全部的，请问是邱振华先生吗？\n客户：是\n"
             "坐席：邱先生，联系您是关于您贷款的事，您的贷款逾期已经三个月了。", "debtor", "turns"),
    ("s10", "坐席：您好 我是你的专属客户经理小陈 请问是邱振华先生吗«S»\n客户：嗯\n坐席：您的借款本期还没有还 已经逾期三天了", "unknown", "timed"),
    ("ok10", "坐席：您好 我是岚溪银行的专属客户经理小陈 来电是跟您说下借款还款的事 请问是邱振华先生吗«D»\n客户：嗯\n"
             "坐席：您的借款本期还没有还 已经逾期三天了", "unknown", "timed"),
    ("s11", "坐席：你好 我是贷后专员小马 找一下邱振华«S»\n第三方：他不在 我是他老婆\n坐席：好的 麻烦让他回个电话 谢谢",
     "third_party", "turns"),
    ("ok11", "坐席：你好 我是苇川小贷的贷后专员小马 有件他本人的事要沟通 找一下邱振华\n第三方：他不在 我是他老婆\n"
             "坐席：好的 麻烦让他回个电话 谢谢", "third_party", "turns"),
    ("s12", "坐席：喂 我係客服中心嘅 请问系唔系卜海燕小姐«S»\n客户：系 咩事\n坐席：你笔借款逾期咗两个礼拜 今日可唔可以还", "unknown", "turns"),
    ("ok12", "坐席：喂 我係岚溪银行信用卡中心嘅 请问系唔系卜海燕小姐\n客户：系 咩事\n"
             "坐席：打嚟系关于你张卡嘅事 你张卡逾期咗两个礼拜 今日可唔可以还", "unknown", "turns"),
    ("s13", "坐席：喂喂 你好 我这边是那个 贷后 贷后这边的 找一下郜春生«S»\n客户：我是\n坐席：你借款逾期了啊 今天处理下", "unknown", "turns"),
    ("ok13", "坐席：喂喂 你好 我这边是那个 苇川小贷 贷后这边的 找一下郜春生 说下借款的事«D»\n客户：我是\n坐席：你借款逾期了啊 今天处理下",
     "unknown", "turns"),
    # --- an agency without the lender it acts for ------------------------------------------------------------
    ("s14", "坐席：您好，我是澄泓资产管理公司的协调员，请问是郑晓燕女士吗？«S»\n客户：是我\n"
            "坐席：郑女士，您的欠款已经转到我们这边处理，逾期四十天了，今天能还多少？", "debtor", "turns"),
    ("ok14", "坐席：您好，我是澄泓资产管理公司的协调员，受鹭汀消费金融委托联系您，请问是郑晓燕女士吗？\n客户：是我\n"
             "坐席：郑女士，您在鹭汀消费金融的借款已逾期四十天，今天能还多少？", "debtor", "turns"),
    ("s15", "坐席：喂 你好 和岳商务咨询的 请问是邱振华吗«S»\n客户：对\n坐席：你那笔钱现在由我们公司负责跟进 逾期两个月了", "unknown", "turns"),
    ("ok15", "坐席：喂 你好 和岳商务咨询的 受苇川小贷委托 请问是邱振华吗\n客户：对\n"
             "坐席：你在苇川小贷那笔借款逾期两个月了 我们受托跟你沟通还款", "unknown", "turns"),
    ("s16", "坐席：您好 这边是和岳调解中心 我们受托处理您的账户 请问是卜海燕女士吗«S»\n客户：是\n坐席：卜女士 您的欠款已经逾期九十天了",
     "unknown", "turns"),
    ("ok16", "坐席：您好 这边是和岳调解中心 我们受岚溪银行委托 有件您本人的事需要沟通 请问是卜海燕女士吗\n客户：是\n"
             "坐席：卜女士 您在岚溪银行的信用卡已经逾期九十天了", "unknown", "turns"),
    ("s17", "坐席：您好，这里是澄泓资产委托服务中心，请问您是郜春生先生本人吗？«S»\n客户：是的\n"
            "坐席：您名下的欠款已由我方受托处理，已逾期六十天。", "debtor", "text"),
    ("ok17", "坐席：您好，这里是澄泓资产，受砚池数科委托联系您，请问您是郜春生先生本人吗？\n客户：是的\n"
             "坐席：郜先生，您在砚池数科的借款已由我们受托处理，已逾期六十天。", "debtor", "text"),
    # --- an institution named, no purpose until the agent's third turn ---------------------------------------
    ("s18", "坐席：您好，这里是鹭汀消费金融，请问是郑晓燕女士吗？«S»\n客户：是我\n坐席：您现在方便说话吗？\n客户：方便 你说\n"
            "坐席：你今天下午五点前必须把钱还上", "debtor", "turns"),
    ("ok18", "坐席：您好，这里是鹭汀消费金融，请问是郑晓燕女士吗？\n客户：是我\n"
             "坐席：郑女士您好，来电是提醒您本期借款还款的事，您现在方便说话吗？\n客户：方便 你说\n坐席：您本期应还一千二百元，今天下午五点前能处理吗？",
     "debtor", "turns"),
    ("s19", "坐席：喂 苇川小贷的 是邱振华吧«S»\n客户：嗯 咋了\n坐席：你在家吗\n客户：在啊\n坐席：那你今天把钱转过来 别拖了", "unknown", "turns"),
    ("ok19", "坐席：喂 苇川小贷的 是邱振华吧\n客户：嗯 咋了\n坐席：打电话是说你借款还款的事 你这期还没还\n客户：哦 忘了\n坐席：那你今天记得还上",
     "unknown", "turns"),
    ("s20", "坐席：喂 砚池数科的 卜海燕吗«S»\n客户：嗯\n坐席：你现在在哪上班\n客户：问这干嘛\n坐席：你今天必须还钱", "unknown", "turns"),
    ("ok20", "坐席：喂 砚池数科的 卜海燕吗\n客户：嗯\n坐席：跟你说下借款的事 这期还没还\n客户：知道了\n坐席：那你今天记得还", "unknown", "turns"),
    # --- the purpose with nobody named ------------------------------------------------------------------------
    ("s21", "坐席：您好，请问是郑晓燕女士吗？来电是关于您的借款«SD»\n客户：是我\n坐席：您的借款已经逾期七天了，请尽快处理。", "unknown", "turns"),
    ("ok21", "坐席：您好，这里是岚溪银行个人贷款中心，请问是郑晓燕女士吗？来电是关于您的贷款«D»\n客户：是我\n坐席：您的贷款已经逾期七天了，请尽快处理。",
     "unknown", "turns"),
    ("s22", "坐席：喂 你好 关于你那笔借款的事 是郜春生吗«SD»\n客户：是\n坐席：这个月的还款还没到账 今天能还吗", "unknown", "timed"),
    ("ok22", "坐席：喂 你好 枫渡分期的 关于你那笔分期的事 是郜春生吗«D»\n客户：是\n坐席：这个月的还款还没到账 今天能还吗", "unknown", "timed"),
    ("s23", "坐席：喂 关于你信用卡的事 找一下邱振华«SD»\n客户：我就是\n坐席：你卡逾期四十天了 今天要还最低", "unknown", "turns"),
    ("ok23", "坐席：喂 岚溪银行信用卡中心的 关于你信用卡的事 找一下邱振华«D»\n客户：我就是\n坐席：你卡逾期四十天了 今天要还最低", "unknown", "turns"),
    # --- the institution named only in the agent's third turn -------------------------------------------------
    ("s24", "坐席：喂 是郑晓燕吗«S»\n客户：是 你哪位\n坐席：你先听我说 你的借款已经逾期了\n客户：你到底是哪的\n坐席：我们是枫渡分期的",
     "unknown", "turns"),
    ("ok24", "坐席：喂 是郑晓燕吗\n客户：是 你哪位\n坐席：我们是枫渡分期的 打电话是跟你说分期还款的事 你的分期已经逾期了", "unknown", "turns"),
    ("s25", "坐席：您好，请问是邱振华先生本人吗？«S»\n客户：是的\n坐席：您这边有笔账款需要处理一下\n客户：什么账款 你们是哪里\n"
            "坐席：我们是岚溪银行信用卡中心的", "unknown", "text"),
    ("ok25", "坐席：您好，请问是邱振华先生本人吗？\n客户：是的\n"
             "坐席：邱先生您好，我是岚溪银行信用卡中心的，来电是关于您信用卡账单的事，您的账单已经逾期了。", "unknown", "text"),
    ("s26", "坐席：喂 你好 请问是卜海燕吗«S»\n客户：你谁\n坐席：我这边有件事跟你本人核实一下 你是不是卜海燕\n客户：是 你到底哪的\n"
            "坐席：鹭汀消费金融的 你借款逾期了", "unknown", "turns"),
    ("ok26", "坐席：喂 你好 这里是鹭汀消费金融 请问是卜海燕吗\n客户：你谁\n坐席：鹭汀消费金融的 有件借款的事跟你本人核实一下 你是不是卜海燕«D»\n"
             "客户：是\n坐席：你借款逾期了", "unknown", "turns"),
    # --- robots that give a hotline number, no name ------------------------------------------------------------
    ("s27", "坐席：您好，这是一通来自4008123456热线的提醒电话，请问您是郑晓燕女士本人吗？本人请按1，不是本人请按2。«S»\n客户：1\n"
            "坐席：您的账户已逾期，请尽快还款，详情请拨打热线4008123456。", "debtor", "turns"),
    ("ok27", "坐席：您好，这里是砚池数科智能客服热线，来电是关于您账户还款的提醒，请问您是郑晓燕女士本人吗？本人请按1，不是本人请按2。«D»\n"
             "客户：1\n坐席：您的账户已逾期，请尽快还款，详情请拨打客服热线。", "debtor", "turns"),
    ("s28", "坐席：您好，这里是服务热线9510866，您有一笔账单需要处理，请问是郜春生先生吗？是请按1。«SD»\n客户：1\n"
            "坐席：郜先生，您的借款已逾期五天，请今日还款。", "debtor", "turns"),
    ("ok28", "坐席：您好，这里是苇川小贷服务热线，您有一笔账单需要处理，请问是郜春生先生吗？是请按1。«D»\n客户：1\n"
             "坐席：郜先生，您的借款已逾期五天，请今日还款。", "debtor", "turns"),
    # --- second batch (b2-), written after the first round of changes (commit 4d013eb) and measured before any
    # change for it; the twins' purposes before verification are generic (有件您本人的事), so they carry no «D»
    ("b2-s01", "坐席：你好 我是催收专员 编号8826 请问是冉德胜吗«S»\n客户：是\n坐席：你的借款逾期二十天了 今天能还吗", "unknown", "turns"),
    ("b2-ok01", "坐席：你好 我是苇川小贷的催收专员 编号8826 有件您本人的事要沟通 请问是冉德胜吗\n客户：是\n坐席：你的借款逾期二十天了 今天能还吗",
     "unknown", "turns"),
    ("b2-s02", "坐席：喂 这边是催收部的 冉德胜在吗«S»\n客户：我就是\n坐席：你那笔钱拖了三个月了 今天给个准话", "unknown", "turns"),
    ("b2-ok02", "坐席：喂 这边是岚溪银行催收部的 有件你本人的事 冉德胜在吗\n客户：我就是\n坐席：你那张卡拖了三个月了 今天给个准话",
     "unknown", "turns"),
    ("b2-s03", "坐席：您好，我们是一家金融服务机构，请问是柴玉兰女士吗？«S»\n客户：是的\n坐席：您的借款已经逾期十二天。", "debtor", "text"),
    ("b2-ok03", "坐席：您好，我们是枫渡分期，有一项您本人的业务需要沟通，请问是柴玉兰女士吗？\n客户：是的\n坐席：柴女士，您的分期已经逾期十二天。",
     "debtor", "text"),
    ("b2-s04", "坐席：请问是冉德胜先生吗？«S»\n客户：是我 哪位\n坐席：我是瑞峦资产的 您的欠款已经由我们接手 逾期一百天了", "unknown", "turns"),
    ("b2-ok04", "坐席：请问是冉德胜先生吗？\n客户：是我 哪位\n坐席：我是瑞峦资产的 受砚池数科委托联系您 您在砚池数科的借款逾期一百天了",
     "unknown", "turns"),
    ("b2-s05", "坐席：您好，请注意接听，本来电号码为官方热线，请问您是柴玉兰女士本人吗？本人请按1。«S»\n客户：1\n"
               "坐席：您的借款已逾期，请尽快处理。", "debtor", "turns"),
    ("b2-ok05", "坐席：您好，这里是鹭汀消费金融官方热线，有一项业务需要本人确认，请问您是柴玉兰女士本人吗？本人请按1。\n客户：1\n"
                "坐席：柴女士，您的借款已逾期，请尽快处理。", "debtor", "turns"),
    ("b2-s06", "坐席：喂 喂 你好 这边是 呃 那个 金融 金融中心的 找下冉德胜«S»\n客户：嗯我是\n坐席：你这个借款逾期了 要赶紧处理", "unknown", "timed"),
    ("b2-ok06", "坐席：喂 喂 你好 这边是 呃 那个 鹭汀 鹭汀消费金融的 有点事找下冉德胜\n客户：嗯我是\n坐席：你这个借款逾期了 要赶紧处理",
     "unknown", "timed"),
    ("b2-s07", "坐席：喂 俺们这是贷后的 恁是柴玉兰吧«S»\n客户：嗯 是俺\n坐席：恁那钱咋还不还", "unknown", "turns"),
    ("b2-ok07", "坐席：喂 俺们这是苇川小贷贷后的 有点事 恁是柴玉兰吧\n客户：嗯 是俺\n坐席：打电话是说恁那笔借款 咋还不还", "unknown", "turns"),
    ("b2-s08", "坐席：你好 岚溪银行的 冉德胜吧«S»\n客户：对\n坐席：你最近忙啥呢\n客户：上班呗\n坐席：那你这个月的钱今天必须还上", "unknown", "turns"),
    ("b2-ok08", "坐席：你好 岚溪银行的 冉德胜吧\n客户：对\n坐席：跟你说下信用卡还款的事 你最近忙啥呢\n客户：上班呗\n坐席：那你这个月的钱今天能还上吗",
     "unknown", "turns"),
    ("b2-s09", "坐席：喂 柴玉兰是吧«S»\n客户：是 干啥\n坐席：你欠的钱啥时候还\n客户：你哪个公司的\n坐席：砚池数科的", "unknown", "turns"),
    ("b2-ok09", "坐席：喂 柴玉兰是吧\n客户：是 干啥\n坐席：砚池数科的 打电话是说你借款的事 你欠的钱啥时候还", "unknown", "turns"),
    ("b2-s10", "坐席：喂 我係工号三三零八 请问系唔系冉德胜先生«S»\n客户：系 咩事\n坐席：你笔数拖咗成个月 今日要还", "unknown", "turns"),
    ("b2-ok10", "坐席：喂 我係枫渡分期嘅 工号三三零八 请问系唔系冉德胜先生\n客户：系 咩事\n"
                "坐席：打嚟系关于你分期嘅事 你笔数拖咗成个月 今日要还", "unknown", "turns"),
    # --- third batch (c3-), written after the second round of changes (commit 69af877) and measured before any
    # change for it: generic 公司 / 合作机构 / 律所 / app / 个贷中心, 银行委托的 with no bank, hotline digits in words
    ("c3-s01", "坐席：你好 我是贷款公司的 找一下包建业«S»\n客户：我是\n坐席：你借款逾期十天了", "unknown", "turns"),
    ("c3-ok01", "坐席：你好 我是苇川小额贷款公司的 有件你本人的事 找一下包建业\n客户：我是\n坐席：你借款逾期十天了", "unknown", "turns"),
    ("c3-s02", "坐席：您好，我们是合作机构的，请问是甘秀英女士吗？«S»\n客户：是我\n坐席：您的欠款已经逾期两个月了。", "debtor", "text"),
    ("c3-ok02", "坐席：您好，我们是澄泓资产，是鹭汀消费金融的合作机构，受其委托联系您，请问是甘秀英女士吗？\n客户：是我\n"
                "坐席：甘女士，您在鹭汀消费金融的欠款已经逾期两个月了。", "debtor", "text"),
    ("c3-s03", "坐席：喂 我这边是律所的 找包建业«S»\n客户：我就是\n坐席：你那笔欠款再不处理我们就要走法律程序了", "unknown", "turns"),
    ("c3-ok03", "坐席：喂 我这边是衡正律师事务所的 受枫渡分期委托 有件你本人的事 找包建业\n客户：我就是\n"
                "坐席：你在枫渡分期的欠款逾期半年了 想跟你沟通还款", "unknown", "turns"),
    ("c3-s04", "坐席：您好 我是你借款那个app的客服 请问是甘秀英吗«S»\n客户：是\n坐席：您这期借款还没还 已经逾期五天了", "unknown", "timed"),
    ("c3-ok04", "坐席：您好 我是砚池数科app的客服 有件您本人的事 请问是甘秀英吗\n客户：是\n坐席：您这期借款还没还 已经逾期五天了",
     "unknown", "timed"),
    ("c3-s05", "坐席：喂 我们是银行委托的 是包建业吧«S»\n客户：是\n坐席：你信用卡欠款逾期九十天了", "unknown", "turns"),
    ("c3-ok05", "坐席：喂 我们是和岳商务咨询 受岚溪银行委托 有件你本人的事 是包建业吧\n客户：是\n坐席：你在岚溪银行的信用卡欠款逾期九十天了",
     "unknown", "turns"),
    ("c3-s06", "坐席：您好，这里是个贷中心，请问您是甘秀英女士吗？«S»\n客户：对\n坐席：您的贷款已经逾期二十天，请尽快还款。", "debtor", "turns"),
    ("c3-ok06", "坐席：您好，这里是岚溪银行个贷中心，有件您本人的业务，请问您是甘秀英女士吗？\n客户：对\n坐席：您的贷款已经逾期二十天，请尽快还款。",
     "debtor", "turns"),
    ("c3-s07", "坐席：您好 枫渡分期 请问是包建业先生吗«S»\n客户：是我\n坐席：您最近手头宽裕吗\n客户：还行吧\n坐席：那今天下班前必须还上",
     "unknown", "turns"),
    ("c3-ok07", "坐席：您好 枫渡分期 请问是包建业先生吗\n客户：是我\n坐席：跟您说下分期还款的事 您最近手头宽裕吗\n客户：还行吧\n"
                "坐席：那今天下班前能还上吗", "unknown", "turns"),
    ("c3-s08", "坐席：喂 喂 包建业 包建业是吧«S»\n客户：嗯 谁啊\n坐席：你先别管 你那个钱啥时候还\n客户：你到底哪的\n坐席：苇川 苇川小贷的",
     "unknown", "turns"),
    ("c3-ok08", "坐席：喂 喂 包建业 包建业是吧\n客户：嗯 谁啊\n坐席：苇川 苇川小贷的 打电话说你借款的事 你那个钱啥时候还«D»", "unknown", "turns"),
    ("c3-s09", "坐席：您好，这里是幺零幺零八八热线，请问是甘秀英女士吗？是请按1，不是请按2。«S»\n客户：1\n坐席：您的借款已逾期，请及时还款。",
     "debtor", "turns"),
    ("c3-ok09", "坐席：您好，这里是鹭汀消费金融幺零幺零八八热线，有一项业务需要本人确认，请问是甘秀英女士吗？是请按1，不是请按2。\n"
                "客户：1\n坐席：甘女士，您的借款已逾期，请及时还款。", "debtor", "turns"),
    ("c3-s10", "坐席：喂 我哋系瑞峦资产管理嘅 请问系唔系包建业先生«S»\n客户：系 咩事\n坐席：你笔欠款而家由我哋跟进 已经逾期三个月",
     "unknown", "turns"),
    ("c3-ok10", "坐席：喂 我哋系瑞峦资产管理嘅 受枫渡分期委托 请问系唔系包建业先生\n客户：系 咩事\n"
                "坐席：你喺枫渡分期笔欠款而家由我哋跟进 已经逾期三个月", "unknown", "turns"),
    # --- fourth batch (d4-), written after the third round of changes (commit ff60c2d) and measured before any
    # change for it: units and roles never met (信贷部, 催收组, 结算中心, 总部, 咱们平台, 受托的律师, 智能语音提醒服务)
    ("d4-s01", "坐席：您好 我这边是信贷部的 请问是詹国平先生吗«S»\n客户：是\n坐席：您的贷款已经逾期十五天了", "unknown", "turns"),
    ("d4-ok01", "坐席：您好 我这边是岚溪银行信贷部的 有件您本人的业务 请问是詹国平先生吗\n客户：是\n坐席：您的贷款已经逾期十五天了",
     "unknown", "turns"),
    ("d4-s02", "坐席：喂 我是催收组的小周 詹国平吧«S»\n客户：对\n坐席：你欠款三个月没还了", "unknown", "turns"),
    ("d4-ok02", "坐席：喂 我是苇川小贷催收组的小周 有点事 詹国平吧\n客户：对\n坐席：你欠款三个月没还了", "unknown", "turns"),
    ("d4-s03", "坐席：您好，这里是结算中心，请问是冷淑芬女士吗？«S»\n客户：是的\n坐席：您的账单已经逾期。", "debtor", "text"),
    ("d4-ok03", "坐席：您好，这里是鹭汀消费金融结算中心，有一项您本人的业务，请问是冷淑芬女士吗？\n客户：是的\n坐席：您的账单已经逾期。",
     "debtor", "text"),
    ("d4-s04", "坐席：喂 我们这是总部的 冷淑芬在吗«S»\n客户：我就是\n坐席：你那笔借款逾期半个月了", "unknown", "turns"),
    ("d4-ok04", "坐席：喂 我们这是砚池数科总部的 有件你本人的事 冷淑芬在吗\n客户：我就是\n坐席：你那笔借款逾期半个月了", "unknown", "turns"),
    ("d4-s05", "坐席：您好 我是咱们平台的客服 请问是詹国平吗«S»\n客户：是\n坐席：您的分期已经逾期七天", "unknown", "timed"),
    ("d4-ok05", "坐席：您好 我是枫渡分期平台的客服 有件您本人的事 请问是詹国平吗\n客户：是\n坐席：您的分期已经逾期七天", "unknown", "timed"),
    ("d4-s06", "坐席：喂 我是受托的律师 找一下冷淑芬«S»\n客户：我是\n坐席：你的欠款已经逾期半年 我们受托处理", "unknown", "turns"),
    ("d4-ok06", "坐席：喂 我是衡正律师事务所的律师 受岚溪银行委托 找一下冷淑芬\n客户：我是\n坐席：你在岚溪银行的欠款已经逾期半年 我们受托处理",
     "unknown", "turns"),
    ("d4-s07", "坐席：您好，这里是砚池数科，请问是冷淑芬女士吗？«S»\n客户：是\n坐席：您现在在上班吗？\n客户：在\n坐席：您的借款逾期了，今天必须处理。",
     "debtor", "turns"),
    ("d4-ok07", "坐席：您好，这里是砚池数科，请问是冷淑芬女士吗？\n客户：是\n坐席：来电是关于您借款的事，您现在在上班吗？\n客户：在\n"
                "坐席：您的借款逾期了，今天能处理吗？", "debtor", "turns"),
    ("d4-s08", "坐席：喂 你好 我们是处理逾期账款的 是詹国平吧«SD»\n客户：嗯\n坐席：你欠了两个月了", "unknown", "turns"),
    ("d4-ok08", "坐席：喂 你好 我们是苇川小贷贷后的 有点事 是詹国平吧\n客户：嗯\n坐席：你欠了两个月了", "unknown", "turns"),
    ("d4-s09", "坐席：您好，这里是智能语音提醒服务，请问您是冷淑芬女士本人吗？本人请按1。«S»\n客户：1\n坐席：您的借款已逾期三天。",
     "debtor", "turns"),
    ("d4-ok09", "坐席：您好，这里是鹭汀消费金融智能语音提醒服务，有一项业务需要本人确认，请问您是冷淑芬女士本人吗？本人请按1。\n客户：1\n"
                "坐席：您的借款已逾期三天。", "debtor", "turns"),
    ("d4-s10", "坐席：喂 呢度系财务公司 请问系唔系詹国平先生«S»\n客户：系\n坐席：你笔数逾期咗一个月", "unknown", "turns"),
    ("d4-ok10", "坐席：喂 呢度系岚溪银行信用卡中心 有啲事搵你本人 请问系唔系詹国平先生\n客户：系\n"
                "坐席：打嚟系关于你张卡嘅事 你张卡逾期咗一个月", "unknown", "turns"),
    # --- fifth batch (e5-), written after the fifth round of changes (commit fef76d4) and measured before any
    # change for it
    ("e5-s01", "坐席：您好，我是贷款服务部的王经理，请问是庞志勇先生吗？«S»\n客户：是\n坐席：您的贷款逾期了，今天请处理。", "debtor", "text"),
    ("e5-ok01", "坐席：您好，我是鹭汀消费金融贷款服务部的王经理，有件您本人的业务，请问是庞志勇先生吗？\n客户：是\n坐席：您的贷款逾期了，今天请处理。",
     "debtor", "text"),
    ("e5-s02", "坐席：喂 我们是做贷后外包的 庞志勇是吧«S»\n客户：是\n坐席：你那笔欠款现在归我们管 逾期四个月了", "unknown", "turns"),
    ("e5-ok02", "坐席：喂 我们是澄泓资产 做贷后外包的 受苇川小贷委托 庞志勇是吧\n客户：是\n坐席：你在苇川小贷那笔欠款逾期四个月了", "unknown", "turns"),
    ("e5-s03", "坐席：您好 这里是用户服务中心 请问是宁春花女士吗«S»\n客户：嗯是我\n坐席：您的分期已经逾期十天", "unknown", "timed"),
    ("e5-ok03", "坐席：您好 这里是枫渡分期用户服务中心 有件您本人的事 请问是宁春花女士吗\n客户：嗯是我\n坐席：您的分期已经逾期十天", "unknown", "timed"),
    ("e5-s04", "坐席：喂 我是你的客户顾问小林 宁春花吧«S»\n客户：对\n坐席：你借款还没还 逾期一周了", "unknown", "turns"),
    ("e5-ok04", "坐席：喂 我是岚溪银行的客户顾问小林 有件你本人的事 宁春花吧\n客户：对\n坐席：你借款还没还 逾期一周了", "unknown", "turns"),
    ("e5-s05", "坐席：喂 岚溪银行的 请问是庞志勇吗«S»\n客户：是\n坐席：你现在住哪\n客户：干嘛\n坐席：你今天必须还钱", "unknown", "turns"),
    ("e5-ok05", "坐席：喂 岚溪银行的 请问是庞志勇吗\n客户：是\n坐席：打电话是说你信用卡还款的事 你现在方便吗\n客户：方便\n坐席：你今天能还上吗",
     "unknown", "turns"),
    ("e5-s06", "坐席：喂 宁春花吗«S»\n客户：是 你谁\n坐席：你分期欠了一个月了知道吗\n客户：你哪里的\n坐席：枫渡分期", "unknown", "turns"),
    ("e5-ok06", "坐席：喂 宁春花吗\n客户：是 你谁\n坐席：我是枫渡分期的 打电话说你分期还款的事 你分期欠了一个月了", "unknown", "turns"),
    ("e5-s07", "坐席：您好，这里是贷后服务语音通知，请问您是宁春花女士本人吗？本人请按1。«S»\n客户：1\n坐席：您的借款已逾期，请尽快还款。",
     "debtor", "turns"),
    ("e5-ok07", "坐席：您好，这里是苇川小贷语音通知，有一项业务需要本人确认，请问您是宁春花女士本人吗？本人请按1。\n客户：1\n"
                "坐席：您的借款已逾期，请尽快还款。", "debtor", "turns"),
    ("e5-s08", "坐席：喂 喂 喂 你好 我这是 嗯 催 催收那边的 找庞志勇«S»\n客户：我是\n坐席：你那个钱逾期了", "unknown", "turns"),
    ("e5-ok08", "坐席：喂 喂 喂 你好 我这是 嗯 砚池 砚池数科的 有点事 找庞志勇\n客户：我是\n坐席：你那个钱逾期了", "unknown", "turns"),
    ("e5-s09", "坐席：喂 俺是银行嘞 恁是宁春花不«S»\n客户：是俺\n坐席：恁那卡欠嘞钱该还了", "unknown", "turns"),
    ("e5-ok09", "坐席：喂 俺是岚溪银行嘞 有点事 恁是宁春花不\n客户：是俺\n坐席：打电话说恁那卡嘞事 欠嘞钱该还了", "unknown", "turns"),
    ("e5-s10", "坐席：喂 我哋系贷款公司嘅 请问系唔系庞志勇先生«S»\n客户：系\n坐席：你笔贷款逾期咗", "unknown", "turns"),
    ("e5-ok10", "坐席：喂 我哋系苇川小贷嘅 有啲事搵你本人 请问系唔系庞志勇先生\n客户：系\n坐席：你笔贷款逾期咗", "unknown", "turns"),
]


def write_dev5(folder: Path = HERE) -> Path:
    """Write the set into `folder`; the path written."""
    return write_jsonl(folder / DEV5_FILE, (
        dev3_record(number, message_id, text, recipient_type, form, set_prefix="D5", campaigns=CAMPAIGNS)
        for number, (message_id, text, recipient_type, form) in enumerate(CALLS, start=1)))


if __name__ == "__main__":
    write_dev5()
