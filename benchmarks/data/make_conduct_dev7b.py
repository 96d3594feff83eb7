"""Writes `conduct_dev7b.jsonl`: a second, smaller batch after the first rounds of changes for `conduct_dev7`.

Written by hand, after the changes of commits fd7a9a3 … 2cbde41 and before any change for it, in voices neither
conduct_dev7 nor the rules' examples use: traditional characters (a Taiwan or Hong Kong card centre), Hunanese
(么子, 哒, 屋里), an English-mixed chat (Hi 在吗, overdue, stop calling me), voice messages turned into text, a robot
that answers hardship or a stop request by repeating its script, an elderly callee hard of hearing, a child who
answers for a parent, a long agency call with a mediator's title, identity settled only in a later turn, hardship
said after small talk and pressed several turns later, a complaint that comes late in a call. Labels follow the
conventions of `make_conduct_dev7` (a debt told after a denial is «T» alone). All people, lenders, agencies and
numbers are invented.

First run (`python -m benchmarks.eval_conduct --set benchmarks/data/conduct_dev7b.jsonl`, the rules of commit
2cbde41, before any change for it; 49 calls, 19 compliant): micro-F1 0.852 (P 0.839 / R 0.867); recall 5/6 in every
category but disclosure (6/6, P 0.545: four debts told after a denial, and an English "yes 是我" not read as a yes);
missed: a traditional 帳務中心 that names nobody, 你别糊弄我 … 你让他出来 to a wrong number, 沒有收入也要想辦法 這週內要繳清,
系統上是你的名字 你先還再說; compliant calls flagged 0/19; finding on the labelled turn 26/26.

`python -m benchmarks.data.make_conduct_dev7b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_conduct_dev import HERE
from benchmarks.data.make_conduct_dev3 import dev3_record
from benchmarks.data.set_format import write_jsonl

DEV7B_FILE = "conduct_dev7b.jsonl"
CAMPAIGNS = {"衡信": "HX-AGENCY-7B", "和光": "HG-LAW-7B", "桐汀": "TT-CARD-7B",
             "鹿鸣": "LM-CF-7B", "青岚": "QL-MICRO-7B", "昭禾": "ZH-FENQI-7B"}

OPEN = "坐席：您好，这里是鹿鸣消费金融，有件您本人的事，请问是{name}吗？\n客户：是我"
HUNAN = "坐席：喂 你好 我是青岚小贷的 有点你本人的事 是{name}咯\n客户：是我 么子事"
TRADITIONAL = "坐席：您好，這裡是桐汀銀行信用卡中心，有件您本人的事，請問是{name}嗎？\n客户：是我"
ROBOT = "坐席：您好，这里是昭禾分期智能助手，有一项您本人的业务，请问您是{name}本人吗？是请按1。\n客户：1"
CHAT = "坐席：Hi 在吗 这里是昭禾分期客服 有件你本人的事 请问是{name}吗\n客户：yes 是我"


def _o(opening: str, name: str) -> str:
    return opening.format(name=name)


# (id, call, recipient_type, form)
CALLS: list[tuple[str, str, str | None, str]] = [
    # --- who calls and why (S) ----------------------------------------------------------------------------------
    ("b-s01", "坐席：您好，這裡是帳務中心，請問是鄢志剛先生本人嗎？«S»\n客户：是，哪裡找？\n坐席：您的信用卡帳款已逾期兩個月，請盡快繳款。",
     "debtor", "turns"),
    ("b-ok-s01", "坐席：您好，這裡是桐汀銀行信用卡中心，有件您本人的事，請問是鄢志剛先生本人嗎？\n客户：是，哪裡找？\n"
                 "坐席：您的信用卡帳款已逾期兩個月，請盡快繳款。", "debtor", "turns"),
    ("b-s02", "坐席：喂 你好 我是搞贷后的 找一下眭春花咯«S»\n客户：我就是 么子事\n坐席：你那个钱拖咯好久哒 么子时候还", "unknown", "text"),
    ("b-s03", "坐席：您好，我是衡信资产管理有限公司的调解员小吴，工号3317，今天致电是关于您名下一项业务的协商处理，请问是晁立伟先生吗？«S»\n"
              "客户：是我，哪家的业务？\n坐席：这个您本人应该清楚，目前本息合计两万一千元。", "debtor", "turns"),
    ("b-ok-s03", "坐席：您好，我是衡信资产管理有限公司的调解员小吴，受鹿鸣消费金融委托，今天致电是关于您名下一项业务的协商处理，"
                 "请问是晁立伟先生吗？\n客户：是我\n坐席：您在鹿鸣消费金融的借款本息合计两万一千元，想跟您商量个方案。", "debtor", "turns"),
    ("b-s04", "坐席：您好，这里是智能语音提醒，您有一项待处理事项，请问是蒯雪梅女士本人吗？是请按1。«S»\n客户：1\n"
              "坐席：您的分期已逾期，请今日还款。", "debtor", "turns"),
    ("b-s05", "坐席：[语音转文字] 喂 兄弟 是訾国强不 找你有点事«S»\n客户：啥事\n坐席：[语音转文字] 你那个钱拖了仨月了 这周给个准话",
     "unknown", "text"),
    ("b-s06", "坐席：您好，青岚小贷，请问是亓美玲女士吗？«S»\n客户：是\n坐席：亓女士您现在住哪个小区？\n客户：问这个干嘛\n"
              "坐席：您今天下午五点前把钱还上", "unknown", "turns"),
    ("b-ok-s06", "坐席：您好，青岚小贷，有件您本人的事，请问是亓美玲女士吗？\n客户：是\n坐席：亓女士您现在方便说话吗？\n客户：方便\n"
                 "坐席：您今天下午五点前能把这期还上吗", "unknown", "turns"),

    # --- a debt detail before the callee confirmed (D) -----------------------------------------------------------
    ("b-d01", "坐席：您好，这里是桐汀银行，有件事请问是漆建华先生吗？\n客户：啊？你大点声 我耳朵背\n坐席：我说您信用卡欠了一万二 逾期三个月了«D»",
     "unknown", "turns"),
    ("b-ok-d01", "坐席：您好，这里是桐汀银行，有件事请问是漆建华先生吗？\n客户：啊？你大点声 我耳朵背\n坐席：请问您是漆建华先生本人吗\n"
                 "客户：是我是我\n坐席：您信用卡欠了一万二 逾期三个月了", "unknown", "turns"),
    ("b-d02", "坐席：阙晓东先生您好，这里是昭禾分期，您的分期已逾期十五天，欠款两千三百元，请尽快回电。«D»\n客户：喂？喂？", "unknown", "turns"),
    ("b-d03", "坐席：喂 郦秋月是吧 鹿鸣消费金融的 有件事\n客户：什么事你先说\n坐席：你那笔分期三个月没还了 一共四千八«D»", "unknown", "text"),
    ("b-d04", "坐席：喂你好是满德胜吗我这边青岚小贷的有件事\n~客户：喂 谁\n坐席：你那个借款五千块还没还呢«D»", "unknown", "timed"),
    ("b-d05", "坐席：Hi 在吗 你是訾国强吗 桐汀银行信用卡中心的 你的card欠款overdue两个月了 amount 8600«D»\n客户：who are you\n"
              "坐席：桐汀银行的 请尽快还款", "unknown", "text"),
    ("b-d06", "坐席：您好，这里是昭禾分期，为核实身份请提供身份证后四位\n客户：我不方便说\n坐席：那我直接说吧，您的分期逾期二十天了«D»",
     "unknown", "turns"),
    ("b-ok-d02", "坐席：喂 你好 鹿鸣消费金融 有件事找下郦秋月\n客户：啥事\n坐席：需要跟她本人说 请问您是她本人吗\n客户：嗯 是我\n"
                 "坐席：您那笔分期三个月没还了", "unknown", "text"),
    ("b-ok-d03", "坐席：您好 桐汀银行信用卡中心 有件您本人的事 请问是漆建华先生吗\n客户：嗯 你说吧\n坐席：您的信用卡欠了一万二", "unknown", "timed"),
    ("b-ok-d04", "坐席：您好，這裡是桐汀銀行，有件您本人的事，請問是滿德勝先生嗎？\n客户：我就是\n坐席：您的貸款已逾期十天，金額五千元。",
     "unknown", "turns"),

    # --- a third party pressed (T) -------------------------------------------------------------------------------
    ("b-t01", "坐席：喂 你好 鹿鸣消费金融的 有件事找下郦秋月\n第三方：我妈在做饭 我是她女儿\n"
              "坐席：那你跟你妈说 再不还钱我们就起诉她了 到时候影响你考公«T»", "unknown", "text"),
    ("b-ok-t01", "坐席：喂 你好 鹿鸣消费金融的 有件事找下郦秋月\n第三方：我妈在做饭 我是她女儿\n"
                 "坐席：好的小朋友 那等你妈妈有空了让她给我们回个电话 谢谢", "unknown", "text"),
    ("b-t02", "坐席：喂 你好 青岚小贷的 找一下眭春花\n第三方：她不在屋里 我是她老公\n坐席：那你是她老公 她欠的钱你也要帮到还撒«T»", None, "text"),
    ("b-t03", "坐席：您好，这里是昭禾分期，有一项业务，请问您是阙晓东先生本人吗？请说是或不是。\n客户：不是 我是他爸\n"
              "坐席：好的。请您督促阙晓东先生于今日前还款，逾期将上报征信。«T»", "unknown", "turns"),
    ("b-ok-t03", "坐席：您好，这里是昭禾分期，有一项业务，请问您是阙晓东先生本人吗？请说是或不是。\n客户：不是 我是他爸\n"
                 "坐席：好的，打扰您了。如方便请转告阙晓东先生回电，谢谢。", "unknown", "turns"),
    ("b-t04", "坐席：您好，這裡是桐汀銀行，有件事，請問是鄢志剛先生嗎？\n客户：不是，我是他同事\n坐席：麻煩你跟他說，欠款再不還我們會聯絡他公司主管«T»",
     "unknown", "turns"),
    ("b-t05", "坐席：喂 满德胜吗 青岚小贷的 有件事\n客户：你们打错了 我都说了好几次了\n坐席：你别糊弄我 他登记的就是这个号 你让他出来«T»",
     "unknown", "timed"),
    ("b-ok-t05", "坐席：喂 满德胜吗 青岚小贷的 有件事\n客户：你们打错了 我都说了好几次了\n坐席：不好意思 我们把这个号码标记一下 以后不再打扰",
     "unknown", "timed"),
    ("b-t06", "坐席：您好，我是和光律师事务所的，受桐汀银行委托，有件事请问晁立伟在吗\n第三方：他在车间 我是他们主管\n"
              "坐席：那您通知他一下 他的信用卡欠款已经到了起诉阶段 让他尽快处理«T»", "third_party", "turns"),
    ("b-ok-t06", "坐席：您好，我是和光律师事务所的，受桐汀银行委托，有件事请问晁立伟在吗\n第三方：他在车间 我是他们主管\n"
                 "坐席：好的 那麻烦您转告他给我们回个电话 谢谢您", "third_party", "turns"),

    # --- hardship pressed (H) ------------------------------------------------------------------------------------
    ("b-h01", _o(OPEN, "亓美玲女士") + "\n坐席：您的借款逾期二十天了\n客户：唉 我男人上个月在工地上出事了 人还在重症\n"
              "坐席：那医保能报吧 报完了剩下的钱先还我们«H»", "debtor", "turns"),
    ("b-ok-h01", _o(OPEN, "亓美玲女士") + "\n坐席：您的借款逾期二十天了\n客户：唉 我男人上个月在工地上出事了 人还在重症\n"
                 "坐席：天哪 您先照顾好他 这笔我们给您申请暂缓 等情况稳定再说", "debtor", "turns"),
    ("b-h02", _o(HUNAN, "眭春花") + "\n坐席：你那个钱逾期哒\n客户：我屋里老娘过世哒 我在屋里办丧事\n坐席：那办完丧事礼金收了吧 礼金先拿来还«H»",
     None, "text"),
    ("b-h03", _o(TRADITIONAL, "鄢志剛先生") + "\n坐席：您的信用卡已逾期兩個月\n客户：我被公司資遣了，現在沒有收入\n坐席：沒有收入也要想辦法，這週內要繳清«H»",
     "debtor", "turns"),
    ("b-h04", _o(ROBOT, "蒯雪梅女士") + "\n坐席：您的分期已逾期，今天能还款请按1，有困难请直接说。\n客户：我得了乳腺癌在化疗\n"
              "坐席：抱歉，没有听清。您的分期已逾期，请今日还款。«H»", "debtor", "turns"),
    ("b-ok-h04", _o(ROBOT, "蒯雪梅女士") + "\n坐席：您的分期已逾期，今天能还款请按1，有困难请直接说。\n客户：我得了乳腺癌在化疗\n"
                 "坐席：已记录您的困难情况，将为您转接困难帮扶专员办理延期。", "debtor", "turns"),
    ("b-h05", _o(CHAT, "郦秋月") + "\n坐席：你的分期overdue了哦\n客户：我现在怀孕38周 随时要生了\n坐席：生孩子前先把这期还了 生了更没时间«H»",
     "debtor", "text"),
    ("b-h06", _o(OPEN, "漆建华先生") + "\n坐席：您的借款逾期了\n客户：我爸中风瘫在床上 我辞职在家照顾他\n坐席：嗯 您辛苦了\n客户：嗯\n"
              "坐席：那您这个月能还多少«H»", "debtor", "turns"),
    ("b-ok-h06", _o(OPEN, "漆建华先生") + "\n坐席：您的借款逾期了\n客户：我爸中风瘫在床上 我辞职在家照顾他\n坐席：嗯 您辛苦了\n客户：嗯\n"
                 "坐席：我们这边有困难帮扶政策 可以帮您申请停息分期 您看需要吗", "debtor", "turns"),
    ("b-ok-h07", _o(HUNAN, "满德胜") + "\n坐席：你那个钱逾期哒\n客户：我下岗哒\n坐席：理解 你看有么子打算\n客户：我月底拿到补偿金就还三千\n"
                 "坐席：要得 月底前还三千 我给你登记", None, "text"),

    # --- a stop, dispute, complaint or lawyer pressed (C) --------------------------------------------------------
    ("b-c01", _o(OPEN, "阙晓东先生") + "\n坐席：您的借款逾期了\n客户：我知道\n坐席：那今天能还吗\n"
              "客户：你们一天打五六个 我已经向银保监会投诉了\n坐席：投诉归投诉 钱还是要还 今天下午必须还«C»", "debtor", "turns"),
    ("b-ok-c01", _o(OPEN, "阙晓东先生") + "\n坐席：您的借款逾期了\n客户：我知道\n坐席：那今天能还吗\n"
                 "客户：你们一天打五六个 我已经向银保监会投诉了\n坐席：非常抱歉给您带来困扰 投诉我们已记录 今天不再打扰您", "debtor", "turns"),
    ("b-c02", _o(HUNAN, "晁立伟") + "\n坐席：你那个钱逾期哒\n客户：我请哒律师 你们跟律师谈\n坐席：请么子律师咯 律师又不帮你还 你这个月还要还«C»",
     None, "text"),
    ("b-c03", _o(TRADITIONAL, "滿德勝先生") + "\n坐席：您的信用卡已逾期\n客户：這筆不是我借的，是有人冒用我的資料\n坐席：系統上是你的名字，你先還再說«C»",
     "debtor", "turns"),
    ("b-ok-c03", _o(TRADITIONAL, "滿德勝先生") + "\n坐席：您的信用卡已逾期\n客户：這筆不是我借的，是有人冒用我的資料\n"
                 "坐席：了解，已為您登記異議，我們會轉交風控核實，核實期間暫停催收。", "debtor", "turns"),
    ("b-c04", _o(ROBOT, "訾国强先生") + "\n坐席：您的分期已逾期，请问今天能否还款？\n客户：不要再给我打电话了\n"
              "坐席：好的。您的分期已逾期，请于今日内完成还款，感谢您的配合。«C»", "debtor", "turns"),
    ("b-c05", _o(OPEN, "眭春花女士") + "\n坐席：您的借款逾期了\n客户：我的手机号被别人盗用注册的 这笔钱我没拿到过\n坐席：没拿到钱你也得还 借款合同是你的«C»",
     "debtor", "turns"),
    ("b-ok-c05", _o(OPEN, "眭春花女士") + "\n坐席：您的借款逾期了\n客户：我的手机号被别人盗用注册的 这笔钱我没拿到过\n"
                 "坐席：明白 您的情况我们登记了 会核查借款记录 核查期间不会再联系您", "debtor", "turns"),
    ("b-c06", _o(CHAT, "蒯雪梅") + "\n坐席：你的分期overdue了哦\n客户：stop calling me 我会找律师\n坐席：找律师也没用 今天不还明天继续打«C»",
     "debtor", "text"),
    ("b-ok-c06", _o(CHAT, "蒯雪梅") + "\n坐席：你的分期overdue了哦\n客户：stop calling me 我会找律师\n坐席：好的，已记录您的要求，后续请您的律师与我们联系。",
     "debtor", "text"),
]


def write_dev7b(folder: Path = HERE) -> Path:
    """Write the set into `folder`; the path written."""
    return write_jsonl(folder / DEV7B_FILE, (
        dev3_record(number, message_id, text, recipient_type, form, set_prefix="D7B", campaigns=CAMPAIGNS)
        for number, (message_id, text, recipient_type, form) in enumerate(CALLS, start=1)))


if __name__ == "__main__":
    write_dev7b()
