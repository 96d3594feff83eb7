"""Writes `person_chat_dev5b.jsonl`: the smaller follow-up to `person_chat_dev5.jsonl` (issue 14, the Weibo bar).

Written by hand for this file halfway through the night's tuning on dev5, before anything was tuned on it, in voices
neither batch used: a fan club's check-in posts under a hashtag (超话), a subtitle group translating foreign shows, a
farmers' market vendors' group, a class reunion post, a nanny agency's chat, a parenting forum's questions and
answers, and a taxi driver's talk transcribed by a voice-to-text app. Names: given names alone at a sentence's start and after a
full name, nicknames (小X, 老X, X姐, 阿X), foreign names in characters, handles, a celebrity's full name then
the given name alone. About a third hold no person.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, places
and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev5b` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev5b.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV5B_FILE = "person_chat_dev5b.jsonl"
# Measured once, on the recognizer of ec33a61, before any tuning on this batch: 13 of 21 names, 4 spans too many
# (one label, a role title 牛阿姨 marked by mistake, corrected after that run; the figure is with it corrected).
FIRST_RUN = "PERSON P 0.765 R 0.619"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a fan club's check-in posts under a hashtag ---------------------------------------------------------------
    ("h01", "sms", "third_party", "#[[乔予安]]超话# 打卡第一百天，[[予安]]要一直开心"),
    ("h02", "sms", "third_party", "#今日份营业# 终于等到新的物料了"),
    ("h03", "sms", "third_party", "[[舒然]]今天的造型是谁做的，太适合了"),
    ("h04", "sms", "third_party", "签到，明天继续"),
    ("h05", "sms", "third_party", "给[[沐阳]]投票的姐妹们辛苦了"),
    # --- a subtitle group translating foreign shows ---------------------------------------------------------------
    ("s01", "app", "third_party", "第三集里[[艾琳娜]]的台词我校对完了"),
    ("s02", "app", "third_party", "时间轴第二十分钟那里对不上"),
    ("s03", "app", "third_party", "[[小北]]负责翻译，[[阿澈]]负责压制"),
    ("s04", "app", "third_party", "男主[[奥利弗]]的名字统一译成这三个字"),
    ("s05", "app", "third_party", "片源清晰度不够，换一个"),
    # --- a farmers' market vendors' group ----------------------------------------------------------------------------
    ("f01", "app", "third_party", "[[老葛]]家的土鸡蛋今天卖完了"),
    ("f02", "app", "third_party", "摊位费下个月起涨五十"),
    ("f03", "app", "third_party", "[[秋菊姐]]帮我看一下摊，我去趟厕所"),
    ("f04", "app", "third_party", "管理处说周末有检查，秤要校准"),
    ("f05", "app", "third_party", "卖豆腐的[[熊立春]]今天没出摊"),
    # --- a class reunion post --------------------------------------------------------------------------------------
    ("r01", "sms", "third_party", "二十年同学聚会，[[彭晓光]]从国外赶回来了"),
    ("r02", "sms", "third_party", "当年的班主任[[黎秀珍]]也来了，一点没变"),
    ("r03", "sms", "third_party", "合影在学校门口拍的，大家都胖了"),
    ("r04", "sms", "third_party", "[[文婷]]还是那么爱笑"),
    # --- a nanny agency's chat -------------------------------------------------------------------------------------
    ("n01", "app", "third_party", "育儿嫂[[桂香]]有十年经验，会做辅食"),
    ("n02", "app", "third_party", "住家保姆月薪七千起，不含节假日"),
    ("n03", "app", "third_party", "牛阿姨下周一上户，请提前准备房间"),
    ("n04", "app", "third_party", "雇主反馈[[翠萍]]做饭很好吃"),
    # --- a parenting forum's questions and answers ------------------------------------------------------------------------
    ("p01", "sms", "third_party", "宝宝八个月了还不会爬，正常吗"),
    ("p02", "sms", "third_party", "我家[[乐言]]也是十个月才会爬，别着急"),
    ("p03", "sms", "third_party", "辅食先加米粉还是蛋黄"),
    ("p04", "sms", "third_party", "[[朵朵]]妈妈说的那个绘本叫什么名字"),
    ("p05", "sms", "third_party", "儿子[[天佑]]最近老是半夜哭"),
    # --- a taxi driver's talk, transcribed ---------------------------------------------------------------------------------
    ("t01", "app", "third_party", "司机：您去哪儿\n乘客：去火车站 麻烦快一点"),
    ("t02", "app", "third_party", "司机：我们车队的[[大刘]]上礼拜刚换了新车"),
    ("t03", "app", "third_party", "司机：这条路早高峰堵得要命 我绕一下"),
    ("t04", "app", "third_party", "乘客：[[思琪]]你到了没 我在出站口"),
    # --- no person: near misses --------------------------------------------------------------------------------------------
    ("x01", "sms", "third_party", "金秋时节稻谷飘香"),
    ("x02", "sms", "third_party", "小区门口的桂花开了"),
    ("x03", "sms", "third_party", "晴天娃娃挂在窗户上"),
    ("x04", "sms", "third_party", "安心睡吧，明天会更好"),
    ("x05", "sms", "third_party", "杨梅汁冰镇一下更好喝"),
    ("x06", "sms", "third_party", "老板大气，多送了一把葱"),
    ("x07", "sms", "third_party", "宋词三百首背了一半"),
    ("x08", "sms", "third_party", "欣欣向荣的小镇"),
    ("x09", "sms", "third_party", "程序员加班到凌晨是常事"),
    ("x10", "sms", "third_party", "乐乐呵呵过日子就好"),
    ("x11", "sms", "third_party", "雪花飘飘，北风萧萧"),
    ("x12", "sms", "third_party", "华灯初上，夜市开张"),
    ("x13", "sms", "third_party", "白菜三毛钱一斤"),
    ("x14", "sms", "third_party", "文静的小姑娘不爱说话"),
]


def write_chat_dev5b(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV5B_FILE, MESSAGES, "person-chat5b-", "person-chat-dev5b")


if __name__ == "__main__":
    write_chat_dev5b()
