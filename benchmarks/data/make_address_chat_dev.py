"""Writes `address_chat_dev.jsonl`: a small ADDRESS batch for the leftovers of issue 14, about 40 messages.

Written by hand for this file on Dec 4 late evening, before any ADDRESS change of that session, in others' voices:
owners' and residents' group chats that open with a mention of everyone (@全体成员, @所有人) before a flat,
office towers named with 塔 (A塔, 北塔), car parks and their levels (地下二层, B2层, 负一楼) that are no home,
landmarks named after a house number as a reference point (…号XX大厦对面, …旁边), couriers' and property
notices, and near misses: a building, tower or level named without any address. Addresses are marked `{{…}}`
as an agent or a reader would mask them: the flat without the mention, the tower with its room, the street
and number without the landmark it is opposite to.

First run: `FIRST_RUN` below. All places, estates and people are invented or generic.

`python -m benchmarks.data.make_address_chat_dev` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/address_chat_dev.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.data.make_person_dev import HERE
from benchmarks.data.set_format import write_jsonl

ADDRESS_CHAT_DEV_FILE = "address_chat_dev.jsonl"
ADDRESS_MARK = re.compile(r"\{\{([^{}]+)\}\}")
# Measured once, on the recognizer of 5d75a90, before any ADDRESS change for it: 7 of 19 addresses, 10 spans too many.
FIRST_RUN = "ADDRESS P 0.412 R 0.368"

# (id, channel, recipient type, text with {{address}} marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- group chats opening with a mention of everyone --------------------------------------------------------
    ("g01", "app", "third_party", "@全体成员 {{7号楼2203}}的住户请下楼挪一下车，挡住消防通道了"),
    ("g02", "app", "third_party", "@所有人 {{12栋1单元601}}家里漏水，楼下的邻居注意一下"),
    ("g03", "app", "third_party", "@全体成员 明天上午九点停电检修，请提前做好准备"),
    ("g04", "app", "third_party", "@全体 {{5号楼902}}的快递放在物业了，记得来拿"),
    ("g05", "app", "third_party", "@全体成员 本周六小区统一消杀，请关好门窗"),
    ("g06", "app", "third_party", "【业主群】@全体成员 {{3栋1704}}业主装修噪音太大，请协调一下"),
    # --- office towers named with 塔 ------------------------------------------------------------------------------
    ("t01", "sms", "third_party", "面试地点：{{深圳市福田区福华路288号星海中心A塔1506室}}，请带好简历"),
    ("t02", "sms", "third_party", "合同请寄到{{杭州市西湖区文三路99号云溪大厦北塔2208}}，收件人写行政部"),
    ("t03", "sms", "third_party", "我们公司搬到{{星海中心B塔1902}}了，下周开始在新地方办公"),
    ("t04", "sms", "third_party", "A塔的电梯今天维修，请走B塔"),
    ("t05", "sms", "third_party", "这座电视塔晚上会亮灯，很好看"),
    ("t06", "sms", "third_party", "您的包裹已送达{{南京市建邺区江东中路108号金鹰广场南塔3楼}}前台"),
    # --- car parks and their levels ---------------------------------------------------------------------------
    ("p01", "app", "third_party", "车停在{{翠湖花园}}地下二层B区了，你下来拿一下东西"),
    ("p02", "app", "third_party", "商场地下B2层停车三小时免费"),
    ("p03", "app", "third_party", "他的车每天停在公司负一楼的车位"),
    ("p04", "app", "third_party", "地下车库B1层的灯坏了，晚上很黑，请物业修一下"),
    ("p05", "app", "third_party", "停车场二层的充电桩都被占了"),
    ("p06", "app", "third_party", "你住{{金沙湾小区6栋801}}，车停在地下一层我们都知道"),
    # --- landmarks after a house number ----------------------------------------------------------------------------
    ("l01", "sms", "third_party", "他每天在{{成都市武侯区科华北路56号}}银泰中心对面摆摊"),
    ("l02", "sms", "third_party", "我家就在{{长沙市开福区湘江中路二段36号}}万达广场旁边，走路五分钟"),
    ("l03", "sms", "third_party", "店开在{{西安市雁塔区小寨东路12号}}赛格国际购物中心斜对面"),
    ("l04", "sms", "third_party", "快递放在{{广州市越秀区中山五路219号}}地铁站附近的驿站"),
    ("l05", "sms", "third_party", "公司地址：{{上海市浦东新区世纪大道1568号中建大厦17楼}}"),
    ("l06", "sms", "third_party", "银泰中心对面新开了一家面馆"),
    ("l07", "sms", "third_party", "你老婆在{{武汉市江汉区解放大道690号}}武商广场后面那家美容院上班"),
    # --- couriers and property notices ----------------------------------------------------------------------------
    ("c01", "sms", "third_party", "【驿站】您的包裹已到{{青禾苑北门}}驿站，取件码3-2-1108"),
    ("c02", "sms", "third_party", "物业通知：{{阳光城二期9栋}}电梯明天年检，请走楼梯"),
    ("c03", "sms", "third_party", "您预约的维修师傅明天上午到{{滨河路18号3单元402}}"),
    ("c04", "sms", "third_party", "本楼层的垃圾请放到一楼垃圾房"),
    ("c05", "sms", "third_party", "四楼会议室的空调坏了"),
    # --- near misses: no address ----------------------------------------------------------------------------------
    ("x01", "sms", "third_party", "大家好，我是新来的物业管家，有事@我"),
    ("x02", "sms", "third_party", "广场舞今晚改到东门空地"),
    ("x03", "sms", "third_party", "信号塔旁边那条路在修，绕一下"),
    ("x04", "sms", "third_party", "负二层有很多空车位"),
    ("x05", "sms", "third_party", "@全体成员 下个月物业费开始收了"),
    ("x06", "sms", "third_party", "十二楼的风景真不错"),
    ("x07", "sms", "third_party", "宝塔山上的风很大"),
    ("x08", "sms", "third_party", "地铁站出来右转就是商场"),
]


def record(message_id: str, channel: str, recipient_type: str, marked: str) -> dict:
    """One message of the contract with its ADDRESS entities' offsets computed from the marks."""
    entities, cursor, plain = [], 0, []
    for match in ADDRESS_MARK.finditer(marked):
        plain.append(marked[cursor:match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(1))
        entities.append({"entity_type": "ADDRESS", "start": start, "end": start + len(match.group(1))})
        cursor = match.end()
    plain.append(marked[cursor:])
    text = "".join(plain)
    if "{{" in text or "}}" in text:
        raise ValueError(f"{ADDRESS_CHAT_DEV_FILE}, message {message_id}: an {{{{address}}}} mark is not closed")
    return {"message_id": f"address-chat-{message_id}", "campaign_id": "address-chat-dev", "channel": channel,
            "recipient_type": recipient_type, "debtor_id": f"D-{message_id}", "text": text, "entities": entities,
            "categories": []}


def write_address_chat_dev(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_jsonl(folder / ADDRESS_CHAT_DEV_FILE, (record(*message) for message in MESSAGES))


if __name__ == "__main__":
    write_address_chat_dev()
