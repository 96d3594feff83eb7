"""Writes `person_chat_dev4b.jsonl`: the smaller follow-up to `person_chat_dev4.jsonl` (issue 14, the Weibo bar).

Written by hand for this file halfway through the evening's tuning on dev4, before anything was tuned on it, in
voices neither batch used: a retirees' choir group, a fishing club, a hair salon's bookings, an online shop's
customer-service chat, a village group in dialect, short-video comments, a podcast's listeners, a moving
company's reviews and a Cantonese tea-house chat. Names: given names alone before and after verbs, nicknames
(X哥, 小X, 老X, 阿X), full names after a role word, foreign names in characters, handles. About a third hold no
person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, places
and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev4b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev4b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV4B_FILE = "person_chat_dev4b.jsonl"
# Measured once, on the recognizer of bf78d31, before any tuning on this batch: 9 of 22 names, no span too many.
FIRST_RUN = "PERSON P 1.000 R 0.409"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a retirees' choir group ------------------------------------------------------------------------------
    ("r01", "app", "third_party", "明天下午两点老年活动中心排练，[[桂兰]]记得带歌本"),
    ("r02", "app", "third_party", "指挥[[焦永年]]说第二段再慢一点"),
    ("r03", "app", "third_party", "今天嗓子不舒服，请一次假"),
    ("r04", "app", "third_party", "[[淑芬]]唱得真好，比年轻人还有劲"),
    # --- a fishing club -----------------------------------------------------------------------------------------
    ("f01", "app", "third_party", "周六水库夜钓，[[老屈]]开车带三个人"),
    ("f02", "app", "third_party", "昨天一条都没钓上来，空军了"),
    ("f03", "app", "third_party", "[[振华]]钓了一条八斤的草鱼，羡慕"),
    ("f04", "app", "third_party", "鱼饵用玉米还是蚯蚓好"),
    # --- a hair salon's bookings ------------------------------------------------------------------------------
    ("h01", "app", "third_party", "约了[[托尼]]老师明天上午十点剪头"),
    ("h02", "app", "third_party", "烫发加染发一共多少钱"),
    ("h03", "app", "third_party", "发型师[[孟佳琳]]手艺特别好，推荐"),
    # --- an online shop's customer-service chat ----------------------------------------------------------------
    ("s01", "app", "third_party", "亲，您好，客服[[小月]]为您服务"),
    ("s02", "app", "third_party", "亲，这款有现货，今天下单明天发"),
    ("s03", "app", "third_party", "找[[晓琳]]帮我改一下收货地址"),
    ("s04", "app", "third_party", "退款已经处理了，三到五个工作日到账"),
    # --- a village group in dialect -----------------------------------------------------------------------------
    ("v01", "app", "third_party", "[[狗蛋]]他爹今儿个去镇上赶集了"),
    ("v02", "app", "third_party", "村里明天停水，大家提前存点"),
    ("v03", "app", "third_party", "俺家[[二妮]]考上县一中了"),
    ("v04", "app", "third_party", "支书[[葛长贵]]说修路的钱下来了"),
    ("v05", "app", "third_party", "谁家的羊跑到俺地里了"),
    # --- short-video comments --------------------------------------------------------------------------------------
    ("d01", "sms", "third_party", "[[芊芊]]这个舞跳得太好看了，求教程"),
    ("d02", "sms", "third_party", "背景音乐叫什么名字"),
    ("d03", "sms", "third_party", "@[[橙子味的夏天]] 快来看，跟你家猫一模一样"),
    ("d04", "sms", "third_party", "[[阿坤]]的视频越来越好笑了"),
    ("d05", "sms", "third_party", "第一次刷到，已关注"),
    # --- a podcast's listeners ------------------------------------------------------------------------------------
    ("p01", "sms", "third_party", "这期请来的嘉宾[[鲍思远]]讲得特别透"),
    ("p02", "sms", "third_party", "主播[[一鸣]]的声音很适合睡前听"),
    ("p03", "sms", "third_party", "更新太慢了，一个月才一期"),
    ("p04", "sms", "third_party", "[[维克多]]那段关于移民的故事听哭了"),
    # --- a moving company's reviews --------------------------------------------------------------------------------
    ("m01", "sms", "third_party", "师傅[[老樊]]和他徒弟搬得又快又稳，一件没磕"),
    ("m02", "sms", "third_party", "报价说好的五百，到了加价到八百，差评"),
    ("m03", "sms", "third_party", "[[永强]]师傅人很实在，还帮忙装了床"),
    # --- a Cantonese tea-house chat --------------------------------------------------------------------------------
    ("c01", "sms", "third_party", "[[阿芬]]今朝早去咗飲茶未"),
    ("c02", "sms", "third_party", "聽日落雨，記得帶遮"),
    ("c03", "sms", "third_party", "[[家豪]]話佢今晚唔得閒"),
    ("c04", "sms", "third_party", "呢間茶樓嘅蝦餃好正"),
    # --- no person: near misses -------------------------------------------------------------------------------------
    ("x01", "sms", "third_party", "常来常往，老客户八折"),
    ("x02", "sms", "third_party", "金鱼缸里的水该换了"),
    ("x03", "sms", "third_party", "春雨贵如油，庄稼有盼头了"),
    ("x04", "sms", "third_party", "石板路下过雨特别滑"),
    ("x05", "sms", "third_party", "文静的女孩子也有调皮的时候"),
]


def write_chat_dev4b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV4B_FILE, MESSAGES, "person-chat4b-", "person-chat-dev4b")


if __name__ == "__main__":
    write_chat_dev4b()
