"""Writes `person_chat_dev2b.jsonl`: the second, smaller informal PERSON batch of Dec 4 (issue 14, the Weibo bar).

Written by hand for this file after the given-name-alone and familiar-form families were tuned on
`person_chat_dev2.jsonl`, before anything was tuned on it, in voices neither batch used: livestream and
short-video comments, a hobby forum, a landlord's and a tenant's chat, a wedding group, a Cantonese voice
note, a northeastern caller, a collector's call notes and an outbound robot script, a debtor's WeChat to a
friend. Names: given names alone, nicknames (X子, 大X, 阿X, X哥, X姐), full names in quotes and after titles
of respect, foreign names in characters, handles. About a third hold no person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, places
and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev2b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev2b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV2B_FILE = "person_chat_dev2b.jsonl"
# Measured once, on the recognizer of 7c10613, before any tuning on this batch: 21 of 31 names, 2 spans too
# many; one of them (宋佳怡姐姐) was then marked with its 姐姐, as the other batches write it: P 0.957 R 0.710.
FIRST_RUN = "PERSON P 0.913 R 0.677"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- livestream and short-video comments ---------------------------------------------------------------
    ("v01", "sms", "third_party", "主播能不能唱一下[[陈一鸣]]的那首老歌"),
    ("v02", "sms", "third_party", "[[晓蕾]]今天状态好好，妆也好看"),
    ("v03", "sms", "third_party", "刷到[[大壮]]的视频笑了一晚上"),
    ("v04", "sms", "third_party", "有人知道[[欧文斯]]这场为什么没上吗"),
    ("v05", "sms", "third_party", "求[[梓晨]]同款耳机链接"),
    ("v06", "sms", "third_party", "家人们谁懂啊，今天又被领导骂了"),
    ("v07", "sms", "third_party", "这个滤镜叫什么，好好看"),
    # --- a hobby forum -------------------------------------------------------------------------------------
    ("h01", "sms", "third_party", "感谢群里[[老曹]]分享的饵料配方，今天爆护了"),
    ("h02", "sms", "third_party", "去年跟[[宇航]]一起去的千岛湖，那边水太深"),
    ("h03", "sms", "third_party", "新手求问，这个竿子适合钓鲫鱼吗"),
    ("h04", "sms", "third_party", "[[铁柱]]说周六早上五点出发，谁要搭车"),
    # --- landlord and tenant -------------------------------------------------------------------------------
    ("t01", "app", "third_party", "房东，热水器又坏了，能找人来修一下吗"),
    ("t02", "app", "third_party", "你跟[[秀云]]说，下个月房租晚几天交"),
    ("t03", "app", "third_party", "隔壁[[老樊]]家的狗天天半夜叫"),
    ("t04", "app", "third_party", "物业费交到年底了，收据放你桌上"),
    # --- a wedding group -----------------------------------------------------------------------------------
    ("b01", "app", "third_party", "[[俊熙]]和[[雅琴]]的婚礼定在国庆，大家记得留时间"),
    ("b02", "app", "third_party", "伴娘是[[小媛]]和[[若彤]]，伴郎还差一个"),
    ("b03", "app", "third_party", "喜糖已经订好了，酒店那边明天去看场地"),
    # --- a Cantonese voice note and a northeastern caller ---------------------------------------------------
    ("g01", "call", "third_party", "客户：[[阿豪]]佢唔喺度 你搵佢有咩事"),
    ("g02", "call", "third_party", "客户：你找[[大军]]哪 他上山干活去了 晚上才回来"),
    ("g03", "call", "third_party", "客户：嗯呐 [[凤霞]]是俺家老三 嫁到外地去了"),
    ("g04", "call", "third_party", "客户：唔好意思 你打错电话喇"),
    # --- collectors' call notes and a robot script -----------------------------------------------------------
    ("c01", "app", "unknown", "备注：联系人[[春梅]]称借款人已外出务工，不清楚具体地址"),
    ("c02", "app", "unknown", "第三次外呼，接听人自称是[[国栋]]的邻居，答应转告"),
    ("c03", "call", "debtor", "坐席：您好 这里是贷后提醒 请问是[[尹嘉伟]]先生吗 您的账单已逾期三天"),
    ("c04", "app", "unknown", "备注：本人承诺周五前还款，未接通联系人"),
    ("c05", "call", "third_party", "坐席：您好 请问您认识[[舒雅婷]]吗 她留的联系人是您"),
    # --- a debtor's WeChat to a friend -----------------------------------------------------------------------
    ("d01", "app", "third_party", "[[斌子]]，江湖救急，借我两千，下个月一定还"),
    ("d02", "app", "third_party", "别跟[[嘉欣]]说我欠钱的事，她嘴不严"),
    ("d03", "app", "third_party", "催收的又打电话给[[涛哥]]了，真丢人"),
    ("d04", "app", "third_party", "兄弟，最近手头紧，过阵子请你吃饭"),
    # --- microblog ---------------------------------------------------------------------------------------------
    ("m01", "sms", "third_party", "“[[夏知秋]]”这个角色写得太好了，作者快更新"),
    ("m02", "sms", "third_party", "#[[叶辰]]演唱会# 现场太燃了！"),
    ("m03", "sms", "third_party", "[[艾琳娜]]的口音好可爱"),
    ("m04", "sms", "third_party", "好想念外婆做的红烧肉"),
    ("m05", "sms", "third_party", "今天是[[诗涵]]的生日，祝她永远十八岁"),
    ("m06", "sms", "third_party", "地铁上有个小哥哥长得好像[[周子谦]]"),
    ("m07", "sms", "third_party", "天气预报说周末有雨，出游计划泡汤了"),
    ("m08", "sms", "third_party", "终于考完试了，放假！"),
    ("m09", "sms", "third_party", "[[宋佳怡姐姐]]的新剧什么时候播"),
    ("m10", "sms", "third_party", "转发这条锦鲤，明天好运"),
    ("m11", "sms", "third_party", "给[[安琪]]安利了这家店，她说下次一起来"),
    ("m12", "sms", "third_party", "早上好，新的一周也要加油鸭"),
]


def write_chat_dev2b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV2B_FILE, MESSAGES, "person-chat2b-", "person-chat-dev2b")


if __name__ == "__main__":
    write_chat_dev2b()
