"""Writes `person_chat_dev2.jsonl`: a second, larger batch of PERSON in informal text (issue 14, the Weibo bar).

Written by hand for this file on Dec 4 before the PERSON changes of that afternoon, in other people's voices:
collectors' WeChat and SMS to debtors and their contacts, robot-call scripts and ASR call transcripts (no
punctuation, fillers, dialect), debtors' and relatives' replies, contact-list notes, a neighbourhood group, a
family group, colleagues, microblog posts, reposts and fan comments, game and forum chat. Names sit where such
text puts them: a given name alone after a verb (找一下晓军), nicknames and familiar forms (小X, 老X, X哥, X姐,
阿X, 大X, a doubled given name), a full name + 姐姐 / 哥哥, handles after @, names in hashtags, quotes and
book-title marks, names glued into lists, foreign names in characters, and a name in the middle of a run-on
sentence. A role title after a surname (王老师, 陈经理, 刘律师) is no name, as in `pii_labelled.jsonl`; a
nickname made of a surname and a familiar suffix (坤哥, 李姐) is one, as in `person_chat_dev.jsonl`. About a
third hold no person: places, brands, dishes, shows, slang and everyday words that start with a surname
character or look like a given name (小心, 阿姨, 老板, 宝宝, 明天).

First run, on the recognizer of ec3a7a4 (before this batch's tuning): PERSON P 0.889 R 0.509 (56 of 110 names,
7 spans too many). Three spans were then marked as the recognizer's convention (and Weibo's) writes them, a
given name with the 姐 / 哥 / 姐姐 / 哥哥 written after it (丽娟姐, 沈念姐姐): read the same way the first run is
P 0.905 R 0.518. Tuned on since, so later figures are optimistic.

Names are marked `[[name]]` as in `make_person_dev.py`, whose `record` computes the offsets. All people,
places, lenders and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev2` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev2.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from benchmarks.data.make_person_dev import HERE, record
from benchmarks.data.set_format import write_jsonl

CHAT_DEV2_FILE = "person_chat_dev2.jsonl"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- collectors' WeChat and SMS, informal ---------------------------------------------------------------
    ("a01", "app", "debtor", "[[海涛]]啊，你这个月的钱到底啥时候能还上，给个准话"),
    ("a02", "app", "third_party", "你好，麻烦问下你认识[[晓军]]吗？他留的紧急联系人是你"),
    ("a03", "sms", "third_party", "请帮忙转告[[建波]]，让他今天务必回个电话"),
    ("a04", "app", "debtor", "[[老鲁]]，别躲了，你那笔钱拖了快半年了"),
    ("a05", "app", "third_party", "[[强哥]]说他下周一就还，你们家里人也劝劝他"),
    ("a06", "sms", "debtor", "[[丽娟姐]]，上次说好的分期今天到期了，记得转"),
    ("a07", "app", "third_party", "你是[[阿坤]]的表弟吧？他手机一直关机"),
    ("a08", "app", "debtor", "[[小芸]]你别不回消息，逾期这么久了总得有个说法"),
    ("a09", "sms", "third_party", "[[褚国梁]]的家属您好，他在我方平台的借款已逾期，请提醒他处理"),
    ("a10", "app", "third_party", "我们这边是受托处理[[冼文杰]]那笔账的，想跟您核实一下他现在住哪"),
    ("a11", "app", "debtor", "[[佳慧]]，你妈那边我们也打过了，她说让你自己处理"),
    ("a12", "sms", "third_party", "您好，[[甘露]]在我司有一笔欠款未结清，您是她同事吗"),
    ("a13", "app", "third_party", "麻烦你跟[[大伟]]说一声，就说青禾那边找他"),
    ("a14", "app", "debtor", "[[瑶瑶]]，我是之前加你的那个专员，今天能处理吗"),
    ("a15", "sms", "third_party", "您好，请问是[[蒋思远]]的朋友吗？他把您填成了联系人"),
    ("a16", "app", "third_party", "你们公司是不是有个叫[[鹏飞]]的，开白色面包车那个"),
    ("a17", "app", "debtor", "[[凯哥]]，兄弟也是打工的，你给我个面子先还一期"),
    ("a18", "sms", "third_party", "[[阮小梅]]女儿你好，你母亲的借款情况需要和你沟通"),
    ("a19", "app", "third_party", "我找[[俊杰]]，他说这个号能联系到他"),
    ("a20", "app", "debtor", "[[欧阳婧]]你好，你的账我这边接手了，以后有事找我"),
    ("a21", "sms", "third_party", "请转告[[雪梅]]，她的账单明天就要上报了"),
    ("a22", "app", "third_party", "嫂子，[[志强]]最近回家了没有？我们有急事找他"),
    ("a23", "app", "debtor", "[[小郝]]你好，今天下午三点前把最低还款转过来"),
    ("a24", "sms", "third_party", "您好，我们在找[[莫晓丹]]，您是她的室友对吧"),
    # --- robot scripts and ASR calls ------------------------------------------------------------------------
    ("c01", "call", "debtor", "坐席：喂 你好 是[[国庆]]吧\n客户：嗯 你哪位"),
    ("c02", "call", "third_party", "坐席：你好 这边找一下[[春燕]] 她是不是你家里人\n客户：她是我儿媳妇 咋了"),
    ("c03", "call", "third_party", "客户：[[阿明]]早就不在这住了 你们别打了"),
    ("c04", "call", "third_party", "客户：你说[[小龙]]啊 他是我弟 他去广东打工了 电话我也打不通"),
    ("c05", "call", "third_party", "坐席：那个 您认识 [[闫丽丽]] 吗\n客户：认识 我们一个村的"),
    ("c06", "call", "third_party", "客户：[[宏伟]]他爸前年走了 家里就剩他妈一个人"),
    ("c07", "call", "debtor", "坐席：您好 这里是青禾小贷贷后服务 请问是[[戴俊峰]]先生本人吗"),
    ("c08", "call", "third_party", "客户：俺不知道[[二柱]]借了啥钱 他啥也没跟俺说"),
    ("c09", "call", "third_party", "客户：佢系我老公 [[阿辉]] 佢出咗去做嘢 夜晚先返"),
    ("c10", "call", "third_party", "客户：[[大勇]]欠你们多少 我替他还行不行"),
    ("c11", "call", "third_party", "坐席：我是帮[[彩霞]]的借款平台打来的 她留了您这个号码\n客户：哦 她是我表妹"),
    ("c12", "call", "debtor", "坐席：嗯嗯 [[静怡]] 那你看今天能先还一部分吗"),
    ("c13", "call", "third_party", "客户：我是[[晓雯]]她舅 你有啥跟我说"),
    ("c14", "call", "third_party", "客户：[[小秦]]那孩子挺老实的 咋会欠钱呢"),
    ("c15", "call", "third_party", "坐席：你好 请问这是[[伍德明]]家吗\n客户：是 他不在"),
    ("c16", "call", "third_party", "客户：[[老柴]]啊 他在工地上 我给你喊他"),
    # --- debtors' and relatives' replies ----------------------------------------------------------------------
    ("d01", "app", "unknown", "我已经跟[[文斌]]说了，他说月底发了工资就还"),
    ("d02", "sms", "unknown", "别再打给我妈了，有事找我，我是[[孟瑶]]"),
    ("d03", "app", "unknown", "钱是[[晓梅]]借的，跟我有什么关系，我们早离婚了"),
    ("d04", "app", "unknown", "你们找[[亮亮]]去，他才是借钱的人"),
    ("d05", "sms", "unknown", "我是[[桂芳]]的老公，她住院了，这个月实在还不上"),
    ("d06", "app", "unknown", "[[金宝]]这个月工资还没发，等他发了我让他转你"),
    ("d07", "app", "unknown", "我跟[[龚浩]]只是普通同事，你们打我电话没用"),
    ("d08", "sms", "unknown", "我姐[[慧敏]]让我跟你说一声，她明天上午转账"),
    # --- contact-list notes --------------------------------------------------------------------------------------
    ("l01", "app", "unknown", "紧急联系人：[[阿芳]]（朋友） 备注：电话常关机"),
    ("l02", "app", "unknown", "联系人1 [[二妹]] 妹妹 联系人2 [[老谭]] 同事"),
    ("l03", "app", "unknown", "通讯录备注：[[胖虎]]、[[小兰]]、[[宁宁]]、房东"),
    ("l04", "app", "unknown", "第二联系人 [[谢雨桐]] 关系 同学 已接通 称不认识"),
    # --- a neighbourhood group -----------------------------------------------------------------------------------
    ("n01", "app", "third_party", "3号楼的[[老刘]]今天又在楼下下棋，谁家孩子的球踢他头上了"),
    ("n02", "app", "third_party", "谁看到我家[[豆包]]了，五岁小男孩，穿红棉袄"),
    ("n03", "app", "third_party", "[[小雅]]妈妈，你家快递被我拿错了，我给你送过去"),
    ("n04", "app", "third_party", "团购的车厘子到了，[[阿珍]]和[[老顾]]的还没领"),
    ("n05", "app", "third_party", "楼上[[庞姐]]说明天上午停电，大家冰箱注意"),
    # --- a family group ---------------------------------------------------------------------------------------
    ("f01", "app", "third_party", "[[思思]]放寒假了没，让她来姥姥家住几天"),
    ("f02", "app", "third_party", "大姑，表哥结婚是几号来着？我好请假"),
    ("f03", "app", "third_party", "[[嘉豪]]今天数学考了满分，他爸高兴坏了"),
    ("f04", "app", "third_party", "你让[[小舟]]少玩点手机，眼睛都近视了"),
    ("f05", "app", "third_party", "外婆说想吃[[梅姨]]做的酱鸭，过年记得带"),
    # --- colleagues -----------------------------------------------------------------------------------------------
    ("w01", "app", "third_party", "周报发[[敏姐]]邮箱，抄送一下[[凯文]]"),
    ("w02", "app", "third_party", "[[晨晨]]今天请假了，她的单子你先顶一下"),
    ("w03", "app", "third_party", "会议室被[[马总]]他们占了，我们去楼下咖啡厅"),
    ("w04", "app", "third_party", "这周值班是[[汤圆圆]]和[[苗一帆]]，有事找他俩"),
    ("w05", "app", "third_party", "[[Tony]]说那个客户明天来，让前台准备一下"),
    ("w06", "app", "third_party", "刚入职的[[艾米]]不太熟悉流程，大家多带带她"),
    # --- microblog posts, reposts and fans -------------------------------------------------------------------------
    ("m01", "sms", "third_party", "今天终于见到[[辰宇]]了！！！近看真的好帅啊啊啊"),
    ("m02", "sms", "third_party", "#[[顾星辞]]生日快乐# 愿你所有的愿望都能实现"),
    ("m03", "sms", "third_party", "转发微博//@[[安小溪]]: 这个必须支持一下"),
    ("m04", "sms", "third_party", "[[沈念姐姐]]太美了，这身裙子我也要买"),
    ("m05", "sms", "third_party", "看了《[[林野]]传》，结局哭死我了"),
    ("m06", "sms", "third_party", "有没有人觉得[[小鹿]]最近瘦了好多，心疼"),
    ("m07", "sms", "third_party", "[[坤坤]]加油！！！我们永远在你身后"),
    ("m08", "sms", "third_party", "回复@[[白桃乌龙]]:哈哈哈你说得对"),
    ("m09", "sms", "third_party", "昨晚的演唱会[[伍北辰]]一开口全场都疯了"),
    ("m10", "sms", "third_party", "和[[阿杰]]去吃了那家网红火锅，排了两个小时队"),
    ("m11", "sms", "third_party", "[[泽宇哥哥]]的新歌单曲循环一整天了"),
    ("m12", "sms", "third_party", "今天是认识[[晓晓]]的第三年，谢谢你一直都在"),
    ("m13", "sms", "third_party", "[[霍思蕊]]新剧里的那套西装好好看，求链接"),
    ("m14", "sms", "third_party", "我们家[[乐乐]]今天会叫妈妈了，感动到哭"),
    ("m15", "sms", "third_party", "[[哈里森]]的采访看了吗，讲得好真诚"),
    ("m16", "sms", "third_party", "【转】[[莎拉·詹金斯]]新书发布会今天在上海举行"),
    ("m17", "sms", "third_party", "本来想约[[婷姐]]一起去看展，结果她临时加班"),
    ("m18", "sms", "third_party", "路上碰到[[老K]]了，他说下个月结婚"),
    ("m19", "sms", "third_party", "恭喜[[杜若]]拿下最佳新人！实至名归"),
    ("m20", "sms", "third_party", "一直觉得[[宋可欣]]演技被低估了"),
    ("m21", "sms", "third_party", "吃瓜：据说[[牛牛]]和他经纪人闹掰了"),
    ("m22", "sms", "third_party", "@[[小葵花]] 周末一起去爬山不"),
    ("m23", "sms", "third_party", "[[玛丽亚]]和[[约瑟夫]]的婚礼在海边办的，好浪漫"),
    ("m24", "sms", "third_party", "偶像[[易辰安]]今天发微博了，姐妹们冲"),
    # --- game and forum chat ---------------------------------------------------------------------------------------
    ("g01", "app", "third_party", "老六别蹲草了，出来打团"),
    ("g02", "app", "third_party", "[[虎子]]你那个号借我玩两天"),
    ("g03", "sms", "third_party", "楼主能不能把[[阿飞]]那个视频的链接发一下"),
    ("g04", "sms", "third_party", "这个帖子是[[小北]]在论坛上转的，原作者不知道是谁"),
    ("g05", "app", "third_party", "[[浩然]]，今晚开黑吗，三缺一"),
    # --- long run-on posts, names in the middle -------------------------------------------------------------------
    ("e01", "sms", "third_party", "说真的那天下着大雨我在公交站等车结果碰到了初中同学[[郝思琪]]她居然还记得我真的好感动"),
    ("e02", "app", "third_party", "今天带孩子去医院排了一上午队还好遇到[[晓红]]帮忙挂了号不然下午都看不上"),
    ("e03", "sms", "third_party", "我跟你讲哦上周[[佩佩]]她们几个去了趟成都吃了五天火锅回来都胖了"),
    ("e04", "app", "debtor", "你自己想想当初是[[刚子]]担保的你才借到钱现在人家天天被打电话你好意思吗"),
    ("e05", "sms", "third_party", "刚刷到[[卢卡斯]]的新视频他这次去了冰岛拍极光太美了"),
    ("e06", "app", "third_party", "吃完饭[[阿龙]]说要去唱歌我们几个就跟着去了一直唱到两点"),
    ("e07", "call", "third_party", "客户：就是那个 嗯 [[覃永福]] 他 他原来在我们厂上班 后来辞职了 去哪我真不知道"),
    ("e08", "app", "third_party", "听说[[珊珊]]要出国读研了，走之前大家聚一下吧"),
    # --- no person -------------------------------------------------------------------------------------------------
    ("x01", "app", "debtor", "小心点，别让人骗了，正规平台不会让你先交钱"),
    ("x02", "sms", "debtor", "老板，您这笔账今天要是还不上就要转到下一个部门了"),
    ("x03", "app", "third_party", "阿姨您好，您家里人的手机号是不是换了"),
    ("x04", "app", "third_party", "宝宝们，今天的直播推迟到晚上八点"),
    ("x05", "sms", "debtor", "明天就是最后还款日了，请提前准备好资金"),
    ("x06", "app", "third_party", "王老师好，孩子这次期中考试进步很大"),
    ("x07", "app", "debtor", "陈经理让我问一下，你那边的还款计划定了没有"),
    ("x08", "sms", "third_party", "刘律师说材料明天寄出，请注意查收"),
    ("x09", "app", "third_party", "周末去黄鹤楼还是东湖，大家投个票"),
    ("x10", "sms", "third_party", "马上到家了，给我留点饭"),
    ("x11", "app", "third_party", "今天吃的红烧狮子头和宫保鸡丁，味道一般"),
    ("x12", "sms", "third_party", "#今日穿搭# 白T配牛仔裤永远不会出错"),
    ("x13", "app", "third_party", "老铁们，双击666，点个关注不迷路"),
    ("x14", "sms", "third_party", "高速上堵了两个小时，回家都半夜了"),
    ("x15", "app", "debtor", "您好，我是您的专属客服，有问题随时联系我"),
    ("x16", "app", "third_party", "新一季的综艺又开始了，还是那几个人"),
    ("x17", "sms", "third_party", "双十二的优惠券记得领，过期就没了"),
    ("x18", "app", "third_party", "老公今天加班，晚饭我自己吃"),
    ("x19", "sms", "debtor", "逾期会影响个人征信，请您务必重视"),
    ("x20", "app", "third_party", "张家界的天门山真的值得去一次"),
    ("x21", "sms", "third_party", "冬天到了，记得给家里老人买件羽绒服"),
    ("x22", "app", "third_party", "大哥，我就是个打工的，你别为难我"),
    ("x23", "app", "third_party", "小区门口新开了一家兰州拉面，老板人挺好"),
    ("x24", "sms", "third_party", "华为和小米的新手机你觉得哪个好"),
    ("x25", "app", "third_party", "哈哈哈哈哈笑死我了，这也太离谱了吧"),
    ("x26", "sms", "debtor", "亲，您的包裹已到驿站，请凭取件码领取"),
    ("x27", "app", "third_party", "孩子他爸说今年春节回老家过"),
    ("x28", "app", "third_party", "今天天气真好，阳光明媚，适合晒被子"),
    ("x29", "sms", "third_party", "江南的雨下了一整周，衣服都晾不干"),
    ("x30", "app", "debtor", "师傅，麻烦开快点，我赶时间"),
    ("x31", "app", "third_party", "小两口吵架了，过两天就好了"),
    ("x32", "sms", "third_party", "武汉热干面和重庆小面你更喜欢哪个"),
    ("x33", "app", "third_party", "老干妈配米饭，我能吃三碗"),
    ("x34", "app", "debtor", "兄弟，咱们都是明白人，你就说什么时候能还"),
    ("x35", "sms", "third_party", "石家庄到北京的高铁一个多小时就到"),
    ("x36", "app", "third_party", "姐妹们，这个面膜真的好用，回购三次了"),
    ("x37", "app", "debtor", "金额不大，早点处理掉心里也踏实"),
    ("x38", "sms", "third_party", "白天上班晚上带娃，每天累成狗"),
    ("x39", "app", "third_party", "方便的话回个电话，谢谢"),
    ("x40", "sms", "third_party", "黄金周出去玩的人太多了，还是在家躺着吧"),
    ("x41", "app", "third_party", "这家店的小笼包皮薄汁多，明天还来"),
    ("x42", "sms", "debtor", "温馨提示：您的账单已出，请按时还款"),
    ("x43", "app", "third_party", "老同学聚会定在下周六，地点待定"),
    ("x44", "app", "third_party", "阿里的快递比京东慢一天"),
    ("x45", "sms", "third_party", "和平路那边修地铁，绕着走吧"),
    ("x46", "app", "third_party", "小朋友们都很喜欢新来的体育课"),
]


def write_chat_batch(path: Path, messages: Iterable[tuple[str, str, str, str]], id_prefix: str,
                     campaign_id: str) -> Path:
    """Writes an informal batch's (id, channel, recipient type, marked text) messages to `path` as
    `make_person_dev.record` writes them, ids `{id_prefix}{id}` under `campaign_id`; returns `path`."""
    return write_jsonl(path, ({**record(*message), "message_id": f"{id_prefix}{message[0]}",
                               "campaign_id": campaign_id} for message in messages))


def write_chat_dev2(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV2_FILE, MESSAGES, "person-chat2-", "person-chat-dev2")


if __name__ == "__main__":
    write_chat_dev2()
