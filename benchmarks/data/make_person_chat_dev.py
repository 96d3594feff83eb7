"""Writes `person_chat_dev.jsonl`: PERSON in informal chat and social-media text (issue 14, the Weibo target).

Written by hand for this file, before the PERSON work of Dec 4 changed anything, in the voices of people who
are not collection agents: a family WeChat group, a school parents' group, colleagues' chat, fan comments
and reposts on a microblog, a game team's chat, forum and review posts, relatives on the phone to an agent
(ASR-style, no punctuation). Names sit where chat puts them: opening a message, after @ and //@, in
hashtags and quotes, glued into lists (张三李四), with the forms friends use (小X, 老X, X哥, X姐, 阿X, a doubled
given name, a given name alone, a full name + 姐姐), foreign names in characters, and 小明妈妈 (the child's name
is the name). A role title after a surname (王老师, 李医生, 张先生) is no name, as in `pii_labelled.jsonl`.
About a quarter hold no person: places, brands, shows and everyday words that start with a surname character.

First run, on the recognizer of 663e7e5 (before this session's PERSON changes): PERSON P 0.943 R 0.635 (33 of
52 names, 2 spans too many). Tuned on since, so later figures are optimistic.

Names are marked `[[name]]` as in `make_person_dev.py`, whose `record` computes the offsets. All people, places
and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_dev import HERE, record
from benchmarks.data.set_format import write_jsonl

CHAT_DEV_FILE = "person_chat_dev.jsonl"

# (id, channel, text with [[name]] marks); every recipient is a third party to a debt, or nobody's.
MESSAGES: list[tuple[str, str, str]] = [
    # --- a family WeChat group -------------------------------------------------------------------------------
    ("f01", "wechat", "[[婉婷]]你周六回来吃饭不？你爸炖了排骨"),
    ("f02", "wechat", "妈我跟[[浩宇]]说了，他下班顺路去接[[朵朵]]"),
    ("f03", "wechat", "@[[秦晓鸥]] 表姐你把那个团购链接再发一遍，我没抢到"),
    ("f04", "wechat", "奶奶说[[小蕊]]又长高了，视频里看着快到我肩膀了"),
    ("f05", "wechat", "[[老葛]]家的儿子考上研究生了，请客呢"),
    ("f06", "wechat", "二舅，[[甄永年]]那边我打过电话了，他说腊月初八到"),
    ("f07", "wechat", "[[佳佳]][[豆豆]]都睡了，你们小点声"),
    ("f08", "wechat", "今天去喝了[[幸子瑜]]的喜酒，新娘好漂亮"),
    ("f09", "wechat", "[[阿彬]]，你的快递放门卫那了"),
    # --- a school parents' group ---------------------------------------------------------------------------
    ("s01", "wechat", "各位家长好，我是[[乐乐]]妈妈，明天的手工材料谁多买了一份吗"),
    ("s02", "wechat", "@[[骆一鸣]]爸爸 您家孩子的水杯落在教室了"),
    ("s03", "wechat", "王老师辛苦了！[[俞思彤]]今天回家说特别喜欢新来的体育老师"),
    ("s04", "wechat", "收到，[[知远]]的作业已经拍照上传"),
    ("s05", "wechat", "请[[卞子墨]]、[[邝佳音]]、[[房小北]]三位同学的家长下午四点到校门口领书"),
    # --- colleagues -----------------------------------------------------------------------------------------
    ("c01", "wechat", "[[郦总]]说方案周五前定下来，[[小滕]]你把数据再核一遍"),
    ("c02", "wechat", "刚才开会[[祁明轩]]一句话没说，估计不太同意"),
    ("c03", "wechat", "报销单给[[蓉姐]]就行，她今天在"),
    ("c04", "wechat", "新来的实习生叫[[覃悦]]，坐你对面那个"),
    ("c05", "wechat", "[[隋东]]：\n明早八点半的车，别迟到"),
    ("c06", "wechat", "这个需求是[[闻嘉树]]提的，找他问"),
    # --- microblog comments and reposts ---------------------------------------------------------------------
    ("w01", "sms", "转发微博 //@[[岑语桐]]:笑死，这也太真实了"),
    ("w02", "sms", "[[沐辰]]哥哥今天的造型绝了！！！冲鸭[爱你]"),
    ("w03", "sms", "#[[宁浅夏]]新剧#终于等到了，第一集就哭了"),
    ("w04", "sms", "看完[[卡洛琳]]的纪录片，一晚上没睡着"),
    ("w05", "sms", "[[尉迟青]]和[[纪凡]]同框了，我不管，我先磕为敬"),
    ("w06", "sms", "回复@[[舒小满]]:谢谢宝贝，明天一起去"),
    ("w07", "sms", "今天在商场偶遇[[简一然]]本人，真人比镜头里瘦多了"),
    ("w08", "sms", "“[[黎星河]]”这个名字是不是很好听，我家猫就叫这个"),
    ("w09", "sms", "[[温以宁]]姐姐生日快乐，永远支持你"),
    ("w10", "sms", "这集[[奥利维亚]]演得太好了，[[本杰明]]的台词也好笑"),
    ("w11", "sms", "[[戚少宇]][[褚安然]][[穆清]]谁是你心中的第一名？"),
    ("w12", "sms", "哈哈哈哈[[阿蛮]]你太逗了[笑cry]"),
    # --- a game team's chat ---------------------------------------------------------------------------------
    ("g01", "wechat", "[[老蒯]]上号，就差你了"),
    ("g02", "wechat", "[[明哥]]带我飞，今晚必上王者"),
    ("g03", "wechat", "[[晏晏]]别送了，回家守塔"),
    # --- forums and reviews ---------------------------------------------------------------------------------
    ("r01", "sms", "楼主说的那个店老板叫[[蔺国栋]]，人挺实在的，修手机不坑人"),
    ("r02", "sms", "推荐[[芮晴]]医生，看儿科特别耐心"),
    ("r03", "sms", "我家邻居[[石磊]]的车被人划了，监控都拍到了"),
    # --- relatives and friends on the phone to an agent (ASR style) ------------------------------------------
    ("p01", "call", "坐席：你好 请问是[[晓峰]]的家人吗\n客户：我是他姐 他咋了"),
    ("p02", "call", "客户：那个 [[小甄]]啊 他跟我说过 这钱他下个月还 你别老打我电话"),
    ("p03", "call", "客户：我不认识什么[[杭文博]] 你们打错了 我这号码用了十年了"),
    ("p04", "call", "客户：嗯 [[娜娜]]是我闺女 她在外地上班 我联系不上她"),
    ("p05", "call", "客户：你找[[鲍哥]]啊 他早就不在这干了"),
    # --- no person -----------------------------------------------------------------------------------------
    ("x01", "wechat", "周末去黄山还是张家界，大家投个票"),
    ("x02", "sms", "高铁上信号太差了，到了再说"),
    ("x03", "wechat", "这家的金汤酸菜鱼真的绝，下次还来"),
    ("x04", "sms", "王者荣耀新赛季开了，段位又掉了"),
    ("x05", "wechat", "明天降温，孩子们多穿点，别感冒了"),
    ("x06", "sms", "刚买的华为耳机音质不错，就是有点贵"),
    ("x07", "wechat", "物业说周三停水，提前接好"),
    ("x08", "sms", "#今日份快乐# 晚上吃了海底捞，服务员还给唱了生日歌"),
    ("x09", "wechat", "李老师好，孩子今天请假一天，谢谢"),
    ("x10", "sms", "马上就到，楼下等我五分钟"),
    ("x11", "wechat", "宝宝发烧了，今晚不去了"),
    ("x12", "sms", "双十一的快递到现在还没到，客服也不回"),
    ("x13", "wechat", "温州那边的朋友说今年橘子特别甜"),
    ("x14", "sms", "向日葵开了，阳台上一片金黄"),
]


def chat_record(message_id: str, channel: str, marked: str) -> dict:
    """One message of the contract, as `make_person_dev.record` writes it, under this set's campaign."""
    written = record(message_id, channel, "third_party", marked)
    return {**written, "message_id": f"person-chat-{message_id}", "campaign_id": "person-chat-dev"}


def write_chat_dev(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / CHAT_DEV_FILE,
                       (chat_record(message_id, channel, marked) for message_id, channel, marked in MESSAGES))


if __name__ == "__main__":
    write_chat_dev()
