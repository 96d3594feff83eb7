"""Writes `person_chat_dev6b.jsonl`: the smaller follow-up to person_chat_dev6 (issue 14, the Weibo bar), about 40
messages.

Written by hand for this file on Dec 5 at about 03:30, halfway through that session's tuning and before any tuning on
it, in voices neither dev6 nor the earlier batches used: a neighbourhood committee's notices, an esports stream's
bullet comments, an overseas students' group, a market stall holders' chat, a student's diary post, a band's
rehearsal chat and ASR calls from collectors to contacts. Names sit where such text puts them (a given name alone,
小X / 阿X / 老X, English names, handles, celebrities' full names); about half the messages hold no person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, shops,
places and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev6b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev6b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV6B_FILE = "person_chat_dev6b.jsonl"
# Measured once, on the recognizer of 741b6b6, before any tuning on this batch: 15 of 19 names, 1 span too many.
FIRST_RUN = "PERSON P 0.938 R 0.789"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a neighbourhood committee's notices ------------------------------------------------------------------------
    ("n01", "app", "third_party", "本周六上午社区义诊，地点在活动中心一楼"),
    ("n02", "app", "third_party", "网格员[[小俞]]明天上门登记电动车"),
    ("n03", "app", "third_party", "独居老人请留一个家属电话给居委会"),
    ("n04", "app", "third_party", "[[秀珍]]阿姨捐的旧衣服已经送到福利院了"),
    ("n05", "app", "third_party", "垃圾分类督导员每天早晚各一小时"),
    # --- an esports stream's bullet comments ---------------------------------------------------------------------------
    ("e01", "app", "third_party", "[[阿水]]这波操作太细了"),
    ("e02", "app", "third_party", "解说别吵了，看比赛"),
    ("e03", "app", "third_party", "[[Uzi]]退役以后再也没这么激动过"),
    ("e04", "app", "third_party", "这把团战打得太乱了"),
    ("e05", "app", "third_party", "[[明凯]]的打野节奏还是稳"),
    ("e06", "app", "third_party", "弹幕护体，前方高能"),
    # --- an overseas students' group --------------------------------------------------------------------------------------
    ("o01", "app", "third_party", "[[Emily]]问谁要一起拼车去超市"),
    ("o02", "app", "third_party", "签证材料交齐了，等面签"),
    ("o03", "app", "third_party", "室友[[佳琳]]回国了，房间转租"),
    ("o04", "app", "third_party", "这边的华人超市周末打折"),
    ("o05", "app", "third_party", "[[Jason]]说图书馆今晚通宵开放"),
    # --- a market stall holders' chat -------------------------------------------------------------------------------------
    ("m01", "app", "third_party", "今天早市人少，菜卖不动"),
    ("m02", "app", "third_party", "隔壁卖鱼的[[老钱]]收摊了"),
    ("m03", "app", "third_party", "[[桂枝]]帮我看一下摊子，我去趟厕所"),
    ("m04", "app", "third_party", "市场管理处说下个月摊位费涨五十"),
    ("m05", "app", "third_party", "胖婶家的豆腐每天都卖光"),
    ("m06", "app", "third_party", "秤要校准，不然会被罚"),
    # --- a student's diary post ---------------------------------------------------------------------------------------------
    ("d01", "sms", "third_party", "今天和[[雨桐]]去图书馆复习，效率超高"),
    ("d02", "sms", "third_party", "数学老师拖堂十分钟，饭都凉了"),
    ("d03", "sms", "third_party", "同桌[[俊豪]]又忘带作业本"),
    ("d04", "sms", "third_party", "周末要补课，哪都去不了"),
    ("d05", "sms", "third_party", "[[易烊千玺]]的新电影上映了，约好周五去看"),
    # --- a band's rehearsal chat --------------------------------------------------------------------------------------------
    ("b01", "app", "third_party", "排练室订到晚上十点"),
    ("b02", "app", "third_party", "鼓手[[阿Ken]]的鼓棒又断了"),
    ("b03", "app", "third_party", "[[子墨]]写的那首歌副歌再改改"),
    ("b04", "app", "third_party", "音箱有杂音，换根线试试"),
    ("b05", "app", "third_party", "这首翻唱的是[[陈奕迅]]的老歌"),
    # --- ASR calls from collectors to contacts -------------------------------------------------------------------------------
    ("x01", "call", "third_party", "坐席：请问您认识[[永强]]吗\n客户：认识 他是我邻居"),
    ("x02", "call", "third_party", "客户：[[阿梅]]不在家 出去打工了"),
    ("x03", "call", "third_party", "坐席：麻烦您让[[小葛]]回个电话\n客户：我尽量"),
    ("x04", "call", "third_party", "坐席：您好 打扰您一分钟\n客户：没空"),
    ("x05", "call", "third_party", "客户：你找错人了 这里没有叫那个名字的"),
    # --- words that look like names but are not ------------------------------------------------------------------------------
    ("q01", "sms", "third_party", "明星同款的包包卖断货了"),
    ("q02", "sms", "third_party", "春晓时分鸟叫声特别好听"),
    ("q03", "sms", "third_party", "高考加油，金榜题名"),
    ("q04", "sms", "third_party", "向左走还是向右走"),
    ("q05", "sms", "third_party", "欣喜若狂地拆开了快递"),
    ("q06", "sms", "third_party", "晓风残月，杨柳岸边"),
]


def write_chat_dev6b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV6B_FILE, MESSAGES, "person-chat6b-", "person-chat-dev6b")


if __name__ == "__main__":
    write_chat_dev6b()
