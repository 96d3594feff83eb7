"""Writes `person_chat_dev7b.jsonl`: the smaller follow-up to person_chat_dev7 (issue 14, the Weibo bar), about 40
messages.

Written by hand for this file on Dec 5 at about 06:37, halfway through that session's tuning and before any tuning on
it, in voices neither dev7 nor the earlier batches used: a volunteers' group, a thank-you post after a wedding, a
travel vlogger's comments with foreign places and peoples, a property owners' forum, a cooking group, a retired
teachers' chat and ASR calls from collectors to contacts. Names sit where such text puts them (a given name alone,
小X / 阿X / 老X, X姐, handles, foreign names, celebrities' full names); about half the messages hold no person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, shops,
places and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev7b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev7b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV7B_FILE = "person_chat_dev7b.jsonl"
# Measured once, on the recognizer of 33b2660, before any tuning on this batch: 15 of 20 names, 2 spans too many.
FIRST_RUN = "PERSON P 0.882 R 0.750"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a volunteers' group ---------------------------------------------------------------------------------------
    ("v01", "app", "third_party", "周六上午去敬老院，八点在地铁站集合"),
    ("v02", "app", "third_party", "[[秋云]]负责带水果，[[小方]]带音响"),
    ("v03", "app", "third_party", "志愿服务时长下周统一录入"),
    ("v04", "app", "third_party", "[[慧敏姐]]说老人们最喜欢听越剧"),
    ("v05", "app", "third_party", "马甲统一在活动室领取"),
    # --- a thank-you post after a wedding ---------------------------------------------------------------------------
    ("w01", "sms", "third_party", "感谢[[佳宁]]从外地赶来当伴娘，爱你"),
    ("w02", "sms", "third_party", "谢谢@[[子墨]] 帮忙拍的照片，每张都好看"),
    ("w03", "sms", "third_party", "婚礼在海边办的，风有点大"),
    ("w04", "sms", "third_party", "老公[[一鸣]]致辞的时候哭得比我还厉害"),
    ("w05", "sms", "third_party", "喜糖还剩好多，同事们来拿"),
    # --- a travel vlogger's comments --------------------------------------------------------------------------------
    ("t01", "sms", "third_party", "冰岛的极光太震撼了，下次还想去"),
    ("t02", "sms", "third_party", "跟着[[阿岚]]的路线去了新西兰南岛"),
    ("t03", "sms", "third_party", "毛利人的舞蹈好有气势"),
    ("t04", "sms", "third_party", "导游[[马克]]中文说得比我还溜"),
    ("t05", "sms", "third_party", "圣托里尼的日落人太多了"),
    ("t06", "sms", "third_party", "[[Amy]]推荐的那家咖啡馆在老城区"),
    # --- a property owners' forum -----------------------------------------------------------------------------------
    ("p01", "app", "third_party", "电梯又坏了，物业什么时候修"),
    ("p02", "app", "third_party", "三栋的[[老胡]]家装修，天天电钻"),
    ("p03", "app", "third_party", "业委会选举下周投票"),
    ("p04", "app", "third_party", "[[雪梅]]说地下车库漏水了"),
    ("p05", "app", "third_party", "小区门口新开了一家全家便利店"),
    ("p06", "app", "third_party", "停车费又涨了，每月三百"),
    # --- a cooking group ---------------------------------------------------------------------------------------------
    ("c01", "app", "third_party", "红烧肉一定要炒糖色"),
    ("c02", "app", "third_party", "[[静怡]]做的芝士蛋糕一点不腻"),
    ("c03", "app", "third_party", "麻婆豆腐用郫县豆瓣才正宗"),
    ("c04", "app", "third_party", "学了[[美琳]]的方法，面包终于发起来了"),
    ("c05", "app", "third_party", "空气炸锅做鸡翅二十分钟就好"),
    # --- a retired teachers' chat ------------------------------------------------------------------------------------
    ("r01", "app", "third_party", "[[国栋]]老伴住院了，大家有空去看看"),
    ("r02", "app", "third_party", "今年的退休金涨了一点"),
    ("r03", "app", "third_party", "[[老邱]]的书法作品在展览馆展出"),
    ("r04", "app", "third_party", "重阳节聚餐定在老干部活动中心"),
    ("r05", "app", "third_party", "[[淑华]]昨天在公园摔了一跤，没大碍"),
    # --- ASR calls from collectors to contacts -----------------------------------------------------------------------
    ("x01", "call", "third_party", "坐席：您好 请问您是[[海峰]]的朋友吗\n客户：算是吧"),
    ("x02", "call", "third_party", "客户：[[阿兰]]好久没回来了 我们也找不到她"),
    ("x03", "call", "third_party", "坐席：[[芮子航]]在我们平台有一笔借款\n客户：跟我有什么关系"),
    ("x04", "call", "third_party", "客户：你找[[小卢]]就找他本人 别打我电话"),
    ("x05", "call", "third_party", "坐席：您好 打扰了\n客户：我在开车 晚点说"),
    # --- words that look like names but are not -----------------------------------------------------------------------
    ("q01", "sms", "third_party", "白露过后早晚凉了"),
    ("q02", "sms", "third_party", "江南的梅雨季太潮了"),
    ("q03", "sms", "third_party", "马来人和华人一起过节"),
    ("q04", "sms", "third_party", "金牌月嫂一个月一万二"),
    ("q05", "sms", "third_party", "黄梅戏下周在大剧院演出"),
]


def write_chat_dev7b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV7B_FILE, MESSAGES, "person-chat7b-", "person-chat-dev7b")


if __name__ == "__main__":
    write_chat_dev7b()
