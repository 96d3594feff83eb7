"""Writes `person_chat_dev3b.jsonl`: the smaller follow-up to `person_chat_dev3.jsonl` (issue 14, the Weibo bar).

Written by hand for this file halfway through the evening's tuning on dev3, before anything was tuned on it, in
voices neither batch used: a recipe community, a pet-adoption group, a car owners' club, an alumni group, a
patients' group chat, an ASR transcript of a live match commentary, a stock forum, a matchmaking post, a
karaoke group and a WeChat Moments post. Names: given names alone, nicknames (X哥, 小X, 老X, 阿X), full
names mid-sentence, foreign names in characters. About a third hold no person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, places
and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev3b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev3b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV3B_FILE = "person_chat_dev3b.jsonl"
# Measured once, on the recognizer of f019ad5 (the model of 85a424c), before any tuning on this batch: 16 of 25
# names, 3 spans too many.
FIRST_RUN = "PERSON P 0.842 R 0.640"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a recipe community ----------------------------------------------------------------------------------
    ("r01", "sms", "third_party", "照着[[秋实]]的方子做了红烧排骨，一家人都说好吃"),
    ("r02", "sms", "third_party", "面团发不起来是不是酵母放少了"),
    ("r03", "sms", "third_party", "[[梅姐]]的手擀面教程太实用了"),
    ("r04", "sms", "third_party", "跟着[[罗伊]]学的法式吐司，第一次就成功"),
    # --- a pet-adoption group ----------------------------------------------------------------------------------
    ("a01", "app", "third_party", "三只小橘猫找领养，已驱虫，限同城"),
    ("a02", "app", "third_party", "谢谢[[慕晴]]收留了那只瘸腿的小狗"),
    ("a03", "app", "third_party", "[[小蔓]]家的布偶猫生了四只，有人要吗"),
    # --- a car owners' club -----------------------------------------------------------------------------------------
    ("c01", "app", "third_party", "周日自驾去草原，[[老管]]开头车，大家跟紧"),
    ("c02", "app", "third_party", "这车油耗百公里八个，市区堵车更高"),
    ("c03", "app", "third_party", "[[斌哥]]改的排气声音太炸了"),
    ("c04", "app", "third_party", "保养找[[阎立新]]那家店，价格实在"),
    # --- an alumni group ----------------------------------------------------------------------------------------
    ("l01", "app", "third_party", "二十年同学聚会，[[淑敏]]从加拿大专门飞回来"),
    ("l02", "app", "third_party", "当年的班长[[卓文斌]]现在是副教授了"),
    ("l03", "app", "third_party", "聚餐定在老校区对面的饭馆，AA制"),
    ("l04", "app", "third_party", "还记得[[阿鑫]]上课睡觉被罚站吗哈哈"),
    # --- a patients' group chat ---------------------------------------------------------------------------------
    ("h01", "app", "third_party", "挂号要提前一周抢，专家号太难了"),
    ("h02", "app", "third_party", "[[卫东叔]]做完手术恢复得不错"),
    ("h03", "app", "third_party", "主治医生说复查结果正常，放心了"),
    ("h04", "app", "third_party", "病友[[琬琰]]分享的饮食清单很有用"),
    # --- ASR of a live match commentary -------------------------------------------------------------------------
    ("m01", "call", "third_party", "客户：球传给了[[马蒂亚斯]] 他带球突破 射门 球进了"),
    ("m02", "call", "third_party", "客户：哎呀 这个球可惜了 打在门柱上"),
    ("m03", "call", "third_party", "客户：[[储一鸣]]这个防守很到位 把对方前锋看死了"),
    # --- a stock forum ---------------------------------------------------------------------------------------------
    ("s01", "sms", "third_party", "今天又绿了，割肉还是补仓"),
    ("s02", "sms", "third_party", "股神[[老唐]]说下周反弹，信不信由你"),
    ("s03", "sms", "third_party", "跟着[[大彪]]买的那只票套了三个月"),
    ("s04", "sms", "third_party", "券商研报看看就好，别当真"),
    # --- a matchmaking post ----------------------------------------------------------------------------------------
    ("p01", "sms", "third_party", "帮表妹[[芷晴]]征婚，九五年的，身高一六五，在医院上班"),
    ("p02", "sms", "third_party", "男方要求有房有车，不接受异地"),
    ("p03", "sms", "third_party", "介绍人是彭阿姨，有意向的私聊"),
    # --- a karaoke group ---------------------------------------------------------------------------------------------
    ("k01", "app", "third_party", "今晚包厢订好了，[[小葛]]和[[婉清]]负责点歌"),
    ("k02", "app", "third_party", "[[骆晨]]一开口就是原唱级别"),
    ("k03", "app", "third_party", "麦克风音质不太行，下次换一家"),
    # --- a WeChat Moments post ----------------------------------------------------------------------------------------
    ("w01", "sms", "third_party", "周末带[[糖糖]]去动物园，她最喜欢长颈鹿"),
    ("w02", "sms", "third_party", "感谢[[戚子航]]帮忙搬家，改天请你吃火锅"),
    ("w03", "sms", "third_party", "今天的咖啡拉花失败了，像一坨云"),
    ("w04", "sms", "third_party", "和[[希瑞]]在海边看了一场日落"),
    ("w05", "sms", "third_party", "春天来了，楼下的樱花开了"),
    ("w06", "sms", "third_party", "[[晓冉]]的婚礼上哭成泪人"),
    ("w07", "sms", "third_party", "一个人去看了场电影，挺好"),
    ("w08", "sms", "third_party", "高铁上邻座的大爷一直在讲他年轻时候的事"),
]


def write_chat_dev3b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV3B_FILE, MESSAGES, "person-chat3b-", "person-chat-dev3b")


if __name__ == "__main__":
    write_chat_dev3b()
