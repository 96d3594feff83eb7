"""Writes `pipl_dev.jsonl`: the development set the `pii.sensitive` and `pii.excessive` rules are tuned on.

Every message below was written by hand for this file, across channels (SMS, app, e-mail, collection
notices, calls written as speaker-prefixed lines), and about half are hard negatives: hardship offers
that mention the hospital the debtor told us about, health wishes, masked names with a branch address,
lawful notices naming the debtor with their own contract number, the agent's own name and 工号, 尾号
numbers, the lender's own address, and threats of a criminal record (wording's `misleading.legal`, not a
fact about the debtor). Because the rules are tuned on all of it, its figures are optimistic; the
held-out sets judge them.

Entities are written inline as `{T:text}`, T one of the letters of `ENTITY_CODES`; the script removes
the marks and computes the offsets. The categories are letters of `CATEGORY_CODES` (every `pii.*`
category the message holds). All people, lenders, numbers and places are invented (IDs and cards carry
valid check digits so that the recognizers judge their form, not a checksum).

`python -m benchmarks.data.make_pipl_dev` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev.jsonl` evaluates it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DEV_FILE = "pipl_dev.jsonl"
ENTITY_CODES = {"P": "PERSON", "A": "ADDRESS", "M": "CN_MOBILE", "L": "CN_LANDLINE", "I": "CN_ID_CARD",
                "B": "CN_BANK_CARD", "V": "CN_LICENSE_PLATE", "E": "EMAIL"}
CATEGORY_CODES = {"U": "pii.unmasked_identifier", "T": "pii.third_party_disclosure", "S": "pii.sensitive",
                  "X": "pii.excessive"}
ENTITY_MARK = re.compile(r"\{([PAMLIBVE]):([^{}]+)\}")

ID_1 = "330106198805121237"
ID_2 = "440305199108234564"
ID_3 = "110105198503172349"
CARD_1 = "6222021234567890128"
CARD_2 = "6217009876543210981"
HOTLINE = "4008-123-456"

# (id, channel, recipient_type, text with entity marks, category letters)
MESSAGES: list[tuple[str, str, str, str, str]] = [
    # --- health and medical: the debtor's or a relative's condition, named to press or expose ----------
    ("h01", "sms", "debtor", "你上个月在省肿瘤医院做化疗的事我们都清楚，别拿病当挡箭牌。", "S"),
    ("h02", "sms", "debtor", "听说你老婆怀孕五个月了，孩子生下来之前把钱还了吧。", "S"),
    ("h03", "sms", "debtor", "你每周二、周四去市中心医院做透析，时间不是问题，抽空把款还了。", "S"),
    ("h04", "sms", "debtor", "得了抑郁症就不用还钱了？别做梦。", "S"),
    ("h05", "sms", "debtor", "你有精神病史这件事，我们会跟你家里人好好聊聊。", "S"),
    ("h06", "sms", "debtor", "你妈在ICU躺了半个月了吧，钱都花哪去了？", "S"),
    ("h07", "sms", "debtor", "你查出乙肝的事，要不要我们帮你跟同事说说？", "S"),
    ("h08", "app", "debtor", "你是艾滋病感染者，这事传出去你自己想想后果。", "S"),
    ("h09", "sms", "debtor", "你老公去年中风瘫在床上，家里就靠你了，赶紧还款。", "S"),
    ("h10", "sms", "debtor", "你女儿有先天性心脏病，你更该为她考虑一下还钱的事。", "S"),
    ("h11", "sms", "debtor", "你上个月流产在家躺了一周，我们都知道。", "S"),
    ("h12", "sms", "debtor", "你的病历我们已经调出来了，糖尿病很多年了吧？", "S"),
    ("h13", "sms", "third_party", "您好，您邻居{P:张伟}最近在做放疗，他的借款已经逾期，麻烦转告他。", "ST"),
    ("h14", "sms", "debtor", "你孕期产检都在妇幼保健院做的吧，我们的人在那边等你。", "S"),
    ("h15", "sms", "debtor", "你儿子是自闭症吧？有这功夫操心别的，不如先还钱。", "S"),
    ("h16", "sms", "debtor", "你爸的检查结果是肝硬化晚期，你还有几天时间考虑。", "S"),
    ("h17", "sms", "debtor", "你前年住过精神病院，以为我们不知道？", "S"),
    ("h18", "email", "debtor", "你单位体检查出高血压、脂肪肝，别整天装病不接电话。", "S"),
    ("h19", "call", "debtor", "坐席：喂，是{P:周丽华}吗？\n客户：是我\n坐席：你不是在住院吗？住院也能用手机转账，今天必须还。", "S"),
    ("h20", "call", "debtor", "坐席：你好，是{P:马晓东}吧\n客户：嗯\n坐席：你老婆在妇产医院做的人流吧？我们都查得到。", "S"),
    ("h21", "notice", "debtor", "催缴函\n{P:钱永刚}先生：经核实，您本人患尿毒症长期透析，但这不能成为拒不还款的理由，请于10日内结清欠款6320元。",
     "S"),
    ("h22", "sms", "debtor", "你腿瘸了也得还钱，残疾人也不能赖账。", "S"),
    ("h23", "sms", "debtor", "你吃的那些抗抑郁的药我们都知道，别演了。", "S"),
    ("h24", "sms", "debtor", "你去年做心脏搭桥花了十几万，有钱看病没钱还款？", "S"),
    ("h25", "sms", "debtor", "你母亲老年痴呆住在养老院，你再不还，我们只能去找她了。", "S"),
    ("h26", "sms", "debtor", "你爸癌症晚期了吧，趁他还在赶紧把家里的账处理了。", "S"),
    ("h27", "app", "debtor", "系统记录显示您于3月12日在市第一人民医院急诊抢救，请尽快还款。", "S"),
    ("h28", "sms", "debtor", "你的孕检单我们看到了，怀的是二胎吧？", "S"),
    ("h29", "sms", "debtor", "你老婆有精神分裂，你还敢填她当联系人？", "S"),
    ("h30", "call", "third_party", "坐席：你是{P:张伟}的同事吧？\n第三方：对，怎么了\n坐席：他得了白血病在请病假，他欠我们的钱你知道吗？",
     "ST"),
    ("h31", "sms", "debtor", "你感染HIV的事，你们公司知道吗？", "S"),
    ("h32", "sms", "debtor", "你爸做完手术瘫在床上，你就更得赶紧还钱了。", "S"),
    ("h33", "call", "debtor", "坐席：你好是{P:邓凯}吧\n客户：是\n坐席：你上礼拜在中医院开的那些安眠药吃完了没有？钱什么时候还？", "S"),
    ("h34", "sms", "debtor", "你老婆刚生完孩子还在坐月子，你还好意思拖着不还？", "S"),
    ("h35", "sms", "third_party", "阿姨您好，您儿子{P:刘建军}肺癌做了两次手术的事我们都知道，他欠款两万了，您劝劝他。", "ST"),
    ("h36", "sms", "debtor", "你儿子是脑瘫吧，你都这样了还借钱？", "S"),
    ("h37", "sms", "debtor", "你有癫痫，发作起来谁管你？先把钱还了。", "S"),
    ("h38", "email", "debtor", "根据我们掌握的就医记录，你近半年在精神专科医院复诊了四次。", "S"),
    ("h39", "sms", "debtor", "你老婆孕晚期了，你不想她在医院被我们找上门吧？", "S"),
    ("h40", "call", "debtor", "坐席：你是{P:罗晓梅}？\n客户：是\n坐席：你那个乳腺的手术不是做完了吗，还拖什么？", "S"),
    # --- whereabouts and daily routine --------------------------------------------------------------
    ("w01", "sms", "debtor", "你每天早上七点四十从小区南门出来，走解放路去地铁站，对吧？", "S"),
    ("w02", "sms", "debtor", "你每天几点下班、走哪条路回家，我们都清楚。", "S"),
    ("w03", "sms", "debtor", "你现在在万达广场三楼吃饭吧？", "S"),
    ("w04", "sms", "debtor", "你老婆周末在万象城那家奶茶店上班，对吧？", "S"),
    ("w05", "sms", "debtor", "你昨晚十点多才从棋牌室回家。", "S"),
    ("w06", "sms", "debtor", "这两天你一直躲在你丈母娘家，别以为换了地方就找不到你。", "S"),
    ("w07", "sms", "debtor", "你下个月去深圳出差的航班我们都知道。", "S"),
    ("w08", "sms", "debtor", "你每个周六上午都在体育中心打球。", "S"),
    ("w09", "sms", "debtor", "你住的那家酒店的房间号我们也清楚。", "S"),
    ("w10", "sms", "debtor", "你刚刚在火车站买了去广州的票，想跑？", "S"),
    ("w11", "sms", "debtor", "你女朋友每晚八点都在健身房。", "S"),
    ("w12", "call", "debtor", "坐席：是{P:杨春燕}吧？\n客户：嗯\n坐席：你不是说在外地吗？你现在就在东莞长安镇那个电子厂的宿舍里吧。", "S"),
    ("w13", "sms", "debtor", "你手机定位显示在滨江区，别说人在外地。", "S"),
    ("w14", "sms", "debtor", "你老公每天下午五点去幼儿园接孩子，我们都看着呢。", "S"),
    ("w15", "sms", "debtor", "你周五晚上在KTV唱到凌晨两点，有钱唱歌没钱还？", "S"),
    ("w16", "sms", "debtor", "你上班坐12路公交，在人民广场站下车，我们知道的。", "S"),
    ("w17", "sms", "third_party", "麻烦转告你哥，他每天在建材市场摆摊的位置我们找到了，欠的钱赶紧还。", "ST"),
    ("w18", "sms", "debtor", "你爸每天早上在人民公园打太极，要不我们去那找他聊聊？", "S"),
    ("w19", "sms", "debtor", "你春节回老家坐的那趟高铁我们都查到了。", "S"),
    ("w20", "sms", "debtor", "你平时几点出门、几点到家，我们都有记录。", "S"),
    ("w21", "sms", "debtor", "我们知道你这会儿正在理发店里坐着。", "S"),
    ("w22", "sms", "debtor", "你那辆白色轿车每天晚上都停在小区B2车库。", "S"),
    ("w23", "call", "debtor", "坐席：{P:孔佳怡}是吧\n客户：你说\n坐席：你今天中午在公司楼下那家面馆吃的饭，对吧？", "S"),
    ("w24", "app", "debtor", "您近一周的出行轨迹显示您常去城北物流园，请勿逃避还款。", "S"),
    ("w25", "sms", "debtor", "你每天晚上九点从公司出来，一个人走回出租屋。", "S"),
    ("w26", "sms", "debtor", "你明天上午要去民政局办离婚，办完记得先还钱。", "S"),
    ("w27", "sms", "third_party", "你是{P:王磊}的室友吧？他这几天晚上都在网吧通宵，欠我们的钱一直不还。", "ST"),
    ("w28", "sms", "debtor", "你老婆每周三下午在城西菜市场卖菜，我们的人去过了。", "S"),
    ("w29", "sms", "debtor", "听说你周末要带孩子去海洋公园玩？", "S"),
    ("w30", "call", "debtor", "坐席：你好是{P:何志强}吗\n客户：对\n坐席：你现在是在高速服务区吧，我们知道你往南开了。", "S"),
    # --- minors: a child's school, class, teacher, way home -------------------------------------------
    ("m01", "sms", "debtor", "你儿子在城南实验小学三年级二班，我们知道。", "S"),
    ("m02", "sms", "debtor", "你闺女每天下午四点半放学，从学校后门出来。", "S"),
    ("m03", "sms", "debtor", "你家孩子在阳光幼儿园小二班，老师姓刘。", "S"),
    ("m04", "sms", "debtor", "你女儿读初二了吧，就在第五中学。", "S"),
    ("m05", "sms", "debtor", "你儿子{P:张小宝}今年八岁，在育才小学读书。", "SX"),
    ("m06", "sms", "debtor", "你孩子上的那个补习班在少年宫二楼，每周六上午。", "S"),
    ("m07", "sms", "third_party", "您是{P:张伟}的岳母吧？他儿子在实验中学读书，让他赶紧把欠款还了。", "ST"),
    ("m08", "sms", "debtor", "你外孙在哪个幼儿园，我们也打听到了。", "S"),
    ("m09", "call", "debtor", "坐席：{P:田雨欣}吧\n客户：是\n坐席：你女儿是不是在二实小五年级？她班主任电话我们都有。", "S"),
    ("m10", "sms", "debtor", "你家老二在镇中心小学上一年级吧，每天校车七点来接。", "S"),
    # --- financial accounts ---------------------------------------------------------------------------
    ("f01", "sms", "debtor", "你支付宝余额还有四千多，别装穷。", "S"),
    ("f02", "sms", "debtor", "你微信零钱里有两千三，先转过来。", "S"),
    ("f03", "sms", "debtor", "我们调了你的银行流水，每个月工资到账一万二。", "S"),
    ("f04", "sms", "debtor", "你的公积金每个月缴两千多，别说没钱。", "S"),
    ("f05", "sms", "debtor", "你工资卡是招商银行的，每月10号发工资，我们都知道。", "S"),
    ("f06", "sms", "debtor", "你在余额宝里还放着三万，为什么不还？", "S"),
    ("f07", "sms", "debtor", "你炒股的账户里还有十几万市值。", "S"),
    ("f08", "sms", "debtor", "你名下还有一套房和一辆车，我们都查过了。", "S"),
    ("f09", "sms", "debtor", "你老婆的工资卡每个月有八千进账。", "S"),
    ("f10", "sms", "third_party", "您好，{P:张伟}的微信钱包里还有钱，请您提醒他还款。", "ST"),
    ("f11", "sms", "debtor", "你征信报告上还有五张信用卡在用，额度都不低。", "S"),
    ("f12", "sms", "debtor", "你上周刚收到一笔五万的转账，钱呢？", "S"),
    ("f13", "call", "debtor", "坐席：是{P:邓凯}吧\n客户：是\n坐席：我们这边看到你建行卡上周转出去两万，有钱转给别人没钱还我们？", "S"),
    ("f14", "sms", "debtor", "你公积金账户里还有六万多，提出来还款。", "S"),
    ("f15", "email", "debtor", "经查，您在农商行的定期存款下月到期，届时请优先偿还本笔欠款。", "S"),
    ("f16", "sms", "debtor", "你每个月的社保和个税缴纳记录我们都看得到，收入不低。", "S"),
    ("f17", "sms", "debtor", "你理财通里那五万块，取出来先还了。", "S"),
    ("f18", "app", "debtor", "系统查询到您的工资卡本月入账9800元，请立即还款。", "S"),
    # --- criminal records, specific identities, religion, biometrics ---------------------------------
    ("c01", "sms", "debtor", "你有前科，坐过三年牢，我们都查了。", "S"),
    ("c02", "sms", "debtor", "你是刑满释放人员，找工作不容易吧？", "S"),
    ("c03", "sms", "debtor", "你以前因为盗窃被判过刑。", "S"),
    ("c04", "sms", "debtor", "吃低保的还借钱，脸呢？", "S"),
    ("c05", "sms", "debtor", "你是基督徒，每个礼拜天都去教堂，上帝让你赖账吗？", "S"),
    ("c06", "sms", "debtor", "你信佛的人还赖账，不怕报应吗？", "S"),
    ("c07", "sms", "debtor", "你借款时的人脸照片和声纹我们都保存着，会发给你的亲戚。", "S"),
    ("c08", "sms", "debtor", "你的指纹信息都在我们系统里。", "S"),
    ("c09", "sms", "debtor", "你借款时录的面部视频，我们可以发到你的家族群。", "S"),
    ("c10", "sms", "debtor", "你是同性恋的事，要不要我们告诉你家里？", "S"),
    ("c11", "sms", "debtor", "你有吸毒史，我们一查就知道。", "S"),
    ("c12", "sms", "debtor", "你被拘留过两次，我们都查过。", "S"),
    ("c13", "sms", "debtor", "你有案底还敢借钱？", "S"),
    ("c14", "call", "debtor", "坐席：{P:钱永刚}吧\n客户：嗯\n坐席：你不是穆斯林吗，你们教里欠钱不还说得过去？", "S"),
    ("c15", "sms", "debtor", "你老公是吸毒进过戒毒所的，这个我们清楚。", "S"),
    ("c16", "sms", "debtor", "你是持证的残疾人吧，残疾证号我们这边也有。", "S"),
    ("c17", "sms", "debtor", "你弟弟还在监狱服刑吧？", "S"),
    ("c18", "sms", "debtor", "你们全家都信天主教，每周都去做弥撒。", "S"),
    # --- excessive: a full name with address, employer, family names or numbers, ID, plate -----------
    ("x01", "sms", "third_party", "【通知】{P:张伟}，身份证号{I:" + ID_1 + "}，在我司借款逾期未还，请知情人转告。", "UTX"),
    ("x02", "sms", "debtor", "{P:王建国}，你的工作单位是杭州华联电子有限公司，我们已经知道了。", "X"),
    ("x03", "sms", "debtor", "{P:李娜}，你在市第二人民医院当护士，你同事知道你欠钱吗？", "X"),
    ("x04", "sms", "debtor", "{P:张伟}，你老婆{P:王丽}在农业银行上班，你爸{P:张国强}电话{M:13905718832}，我们都有。", "UX"),
    ("x05", "sms", "debtor", "{P:李强}你好，你弟弟{P:李明}的电话是{M:13812345678}，我们已经打过了。", "UX"),
    ("x06", "sms", "debtor", "尊敬的{P:赵德明}先生，您家住{A:杭州市上城区中山路72号新华里1栋3单元2606室}，我们将安排人员上门。", "X"),
    ("x07", "sms", "third_party", "您好，您是{P:刘芳}的同事吧？她住在{A:杭州市拱墅区莫干山路188号2幢301室}，麻烦转告她尽快还款。", "TX"),
    ("x08", "sms", "debtor", "{P:马晓东}，我们知道你在顺丰速运当快递员。", "X"),
    ("x09", "sms", "third_party", "{P:马晓东}，车牌{V:浙A·7K352}，车主本人欠款逾期，看到这辆车请联系我们。", "UTX"),
    ("x10", "sms", "debtor", "{P:周丽华}女士，您丈夫{P:陈建平}在市税务局工作，我们会联系他。", "X"),
    ("x11", "call", "third_party", "坐席：你好，我找你们单位的{P:孙磊}\n第三方：他不在\n坐席：他住在{A:余杭区文一西路998号海创园5幢}是吧，他欠款三个月了。",
     "TX"),
    ("x12", "notice", "debtor", "催缴函\n收件人：{P:王建国}\n身份证号：{I:" + ID_1 + "}\n家庭成员：妻子{P:李娜}，电话{M:13905718832}\n"
     "您的借款已逾期60天，欠款8650元，请于7日内还清。", "UX"),
    ("x13", "sms", "debtor", "{P:陈刚}，你前妻{P:李梅}现在住在{A:滨江区江南大道588号恒鑫大厦}，你再不还我们就去找她。", "X"),
    ("x14", "sms", "debtor", "{P:田雨欣}，你的紧急联系人{P:郭宇}（手机{M:13912345037}）已知悉此事。", "UX"),
    ("x15", "sms", "debtor", "{P:王志华}，你是在杭州市第一中学教书的吧？", "X"),
    ("x16", "sms", "third_party", "{P:张伟}，男，身份证{I:" + ID_2 + "}，住{A:深圳市南山区科技园路1号阳光花园5栋1203室}，欠款9000元，见到此人请转告。",
     "UTX"),
    ("x17", "sms", "debtor", "你老公{P:刘强}在比亚迪厂里上班，工号我们都有。", "X"),
    ("x18", "sms", "debtor", "你爸爸{P:张国强}、妈妈{P:刘秀英}住在老家桐庐县分水镇后岩村18号，要我们去一趟吗？", "X"),
    ("x19", "call", "debtor", "坐席：{P:孔佳怡}是吧\n客户：是\n坐席：你单位是不是华星电子，在滨江那个？我们打过你们人事的电话了。", "X"),
    ("x20", "sms", "third_party", "您好，请问是{P:李娜}的朋友吗？她身份证号{I:" + ID_3 + "}，您帮我们确认一下她现在的情况。", "UTX"),
    ("x21", "sms", "debtor", "{P:赵德明}，你儿子{P:赵小军}、女儿{P:赵小雨}的名字我们都知道。", "X"),
    ("x22", "email", "debtor", "{P:何志强}先生：您就职于远大建设集团财务部，我们已与贵单位人事部门取得联系。", "X"),
    ("x23", "sms", "debtor", "{P:罗晓梅}，你妹妹{P:罗晓兰}在美团做骑手，号码{M:15857193320}，我们要不要打给她？", "UX"),
    ("x24", "notice", "third_party", "协查函\n兹有{P:钱永刚}（身份证号{I:" + ID_2 + "}，现住{A:成都市武侯区长寿路18号和平小区2栋3单元501}）"
     "在我司借款逾期，请村委会协助通知。", "UTX"),
    ("x25", "sms", "third_party", "群发：各位好友，{P:郑海涛}（车牌{V:苏E5Q829}）欠债不还，大家见到请通知我们。", "UTX"),
    ("x26", "sms", "debtor", "{P:杨春燕}，你上班的那家美容院在解放路上，老板我们也认识。", "X"),
    ("x27", "sms", "debtor", "{P:邓凯}，你在中石化加油站上班的事，你们站长知道你欠钱吗？", "X"),
    ("x28", "call", "debtor", "坐席：{P:林晓峰}吗\n客户：是\n坐席：你媳妇{P:吴婷}手机号{M:18667012345}对吧，我们打给她了。", "UX"),
    ("x29", "sms", "debtor", "{P:周涛}，你家住{A:西湖区古墩路702号紫金庭园3幢2单元801}，我们周末过去看看。", "X"),
    ("x30", "sms", "debtor", "{P:孙丽}，你老公{P:黄勇}在市交警大队上班，要不要我们去他单位问问？", "X"),
    ("x31", "app", "debtor", "{P:李强}，您的配偶{P:陈静}、父亲{P:李振华}已被列为催收联系对象。", "X"),
    ("x32", "sms", "third_party", "你好，你同事{P:黄勇}，住{A:萧山区金城路333号1单元602}，欠我司5000元逾期，请转告他。", "TX"),
    # --- hard negatives: health mentioned to help, wish well, or promise not to disclose ----------------
    ("n01", "sms", "debtor", "您之前来电提到在市人民医院住院，我们已为您申请延期还款30天，祝您早日康复。", ""),
    ("n02", "sms", "debtor", "祝您早日康复，身体要紧，还款的事我们可以慢慢商量。", ""),
    ("n03", "sms", "debtor", "得知您家人生病住院，我们深表关切，可为您办理个性化分期。", ""),
    ("n04", "sms", "debtor", "如您或家人因重大疾病住院，可凭诊断证明申请延期还款。", ""),
    ("n05", "sms", "debtor", "如遇疾病、失业等特殊困难，请致电" + HOTLINE + "与我们协商。", ""),
    ("n06", "sms", "debtor", "请携带医院出具的诊断证明到就近网点办理困难减免。", ""),
    ("n07", "sms", "debtor", "天气转凉，请注意身体，本期账单请按时还款。", ""),
    ("n08", "call", "debtor", "坐席：您好，是{P:周丽华}女士吗？\n客户：是我，我在医院化疗\n坐席：好的，您先安心治疗，我们这边暂停联系两个月。", ""),
    ("n09", "call", "debtor", "坐席：您好，是{P:罗晓梅}女士吗？\n客户：我怀孕了，最近没上班\n坐席：理解，我们可以帮您申请孕期延期，您先照顾好身体。", ""),
    ("n10", "sms", "debtor", "我行地址：{A:杭州市西湖区文三路90号}（市第一人民医院对面），营业时间9:00-17:00。", ""),
    ("n11", "sms", "debtor", "若您因疾病无法按时还款，可申请个性化分期。", ""),
    ("n12", "email", "debtor", "我司承诺不会收集您的病历、诊断等健康信息。", ""),
    ("n13", "sms", "debtor", "您说您母亲在做透析，我们理解，这期可以先还最低还款额。", ""),
    ("n14", "sms", "debtor", "我们不会向任何人透露您的住院情况，请放心。", ""),
    ("n15", "call", "debtor", "坐席：您好是{P:钱永刚}先生吗\n客户：是，我刚做完手术\n坐席：那您多休息，手术后恢复要紧，还款我们可以帮您往后延一个月。", ""),
    ("n16", "sms", "debtor", "您提交的住院证明已审核通过，本笔借款停息挂账三个月。", ""),
    ("n17", "sms", "debtor", "疫情期间确诊或隔离的客户，可申请延期还款。", ""),
    ("n18", "app", "debtor", "温馨提示：您可上传医院诊断书申请困难帮扶，我们将严格保密。", ""),
    ("n19", "sms", "debtor", "愿您和家人身体健康，生活顺利。", ""),
    ("n20", "call", "debtor", "坐席：您好，{P:邓凯}先生是吧\n客户：是，我爸住院了，这个月实在拿不出来\n坐席：明白，老人身体要紧，我给您登记困难，下个月再联系您。", ""),
    ("n21", "notice", "debtor", "还款提示函\n{P:何志强}先生：如您因病、因灾等原因暂时无法还款，可在收到本函后15日内申请延期，并附医疗机构证明。", ""),
    ("n22", "sms", "debtor", "本公司不会因您生病而加收任何费用，请安心养病。", ""),
    # --- hard negatives: whereabouts words in courtesy, scheduling and branches ------------------------
    ("n23", "sms", "debtor", "我知道您在忙，耽误您一分钟。", ""),
    ("n24", "call", "debtor", "坐席：您好，是{P:杨春燕}女士吗？\n客户：我在开车\n坐席：好的，您现在在开车那我晚点再打给您。", ""),
    ("n25", "sms", "debtor", "请您今天下班后抽空登录APP还款。", ""),
    ("n26", "sms", "debtor", "您可以到就近网点办理，营业时间每天9点至17点。", ""),
    ("n27", "sms", "debtor", "您每天都可以通过APP查询账单和还款进度。", ""),
    ("n28", "sms", "debtor", "您今天在APP上的还款已到账，谢谢。", ""),
    ("n29", "call", "debtor", "坐席：您好，请问是{P:孔佳怡}吗？请问您现在在家吗，方便说话吗？", ""),
    ("n30", "sms", "debtor", "我们的客服每天9:00-21:00在线，有问题可随时咨询。", ""),
    ("n31", "call", "debtor", "坐席：您好，{P:田雨欣}女士，您每天几点方便接电话？我们按您的时间联系。", ""),
    ("n32", "sms", "debtor", "您明天几点下班？我们可以那时再联系您，不打扰您工作。", ""),
    ("n33", "sms", "debtor", "您可前往{A:杭州市西湖区文三路90号}我行营业厅办理还款。", ""),
    ("n34", "sms", "debtor", "我们看到您昨天已经还了一部分，谢谢配合。", ""),
    ("n35", "call", "debtor", "坐席：您好，是{P:马晓东}先生吗\n客户：我在外地出差\n坐席：好的，那等您出差回来我们再联系。", ""),
    ("n36", "sms", "debtor", "您在我行的借款已逾期3天，请尽快还款。", ""),
    ("n37", "sms", "debtor", "请问您每周哪天方便，我们安排客户经理回访。", ""),
    ("n38", "sms", "debtor", "您的快递已送达小区门口的丰巢柜。", ""),
    # --- hard negatives: children, family, employer in lawful speech ------------------------------------
    ("n39", "sms", "debtor", "请为家人和孩子考虑，尽快安排还款。", ""),
    ("n40", "sms", "debtor", "开学季家庭支出大，如有还款压力可联系我们申请分期。", ""),
    ("n41", "sms", "debtor", "我们不会联系您的家人、孩子学校或工作单位，请放心沟通。", ""),
    ("n42", "sms", "debtor", "您爱人可以代为还款，但需要您本人同意。", ""),
    ("n43", "sms", "debtor", "请您和家人商量一下还款计划，有困难可以随时联系我们。", ""),
    ("n44", "sms", "debtor", "如工作单位有变动，请登录APP更新资料。", ""),
    ("n45", "sms", "debtor", "您可以通过我公司官方APP还款。", ""),
    ("n46", "call", "debtor", "坐席：您好，{P:何志强}先生，请问您现在还在原来的单位上班吗？方便的话我们更新一下资料。", ""),
    ("n47", "sms", "debtor", "您借款时填写的紧急联系人信息需要更新，请登录APP修改。", ""),
    ("n48", "sms", "third_party", "您好，请问您认识{P:张伟}吗？麻烦请他回电，谢谢。", ""),
    ("n49", "call", "third_party", "坐席：您好，请问是{P:刘建军}家吗？\n第三方：他不在\n坐席：好的，麻烦您让他方便时回个电话，谢谢。", ""),
    ("n50", "sms", "debtor", "孩子教育基金可选择我行的专项分期，欢迎咨询。", ""),
    # --- hard negatives: accounts named to repay, products, statements ----------------------------------
    ("n51", "sms", "debtor", "请确保您尾号0128的储蓄卡余额充足，系统将于今日扣款。", ""),
    ("n52", "sms", "debtor", "您可以通过支付宝、微信或银行卡还款。", ""),
    ("n53", "sms", "debtor", "您的还款账户余额不足，本次扣款失败，请及时存入。", ""),
    ("n54", "sms", "debtor", "本期应还8650元，最低还款860元。", ""),
    ("n55", "sms", "debtor", "您的工资卡如为我行借记卡，可设置到期自动还款。", ""),
    ("n56", "sms", "debtor", "请核对还款银行：招商银行，尾号5678。", ""),
    ("n57", "sms", "debtor", "您的账户当前欠款余额为5230元。", ""),
    ("n58", "sms", "debtor", "如需结清证明或还款流水，请到柜台办理。", ""),
    ("n59", "sms", "debtor", "您也可以用支付宝余额或微信零钱直接还款，到账更快。", ""),
    ("n60", "app", "debtor", "本月起支持公积金账户还款，详情请咨询客服。", ""),
    ("n61", "sms", "debtor", "您可在微信搜索“瑞丰银行”小程序绑定工资卡自动还款。", ""),
    # --- hard negatives: criminal record as a (false) threat, reassurance, login, faith idioms ---------
    ("n62", "sms", "debtor", "逾期不会留下犯罪记录，请您放心，但会影响个人征信。", ""),
    ("n63", "sms", "debtor", "再不还钱就给你留下犯罪记录，让你坐牢！", ""),
    ("n64", "sms", "debtor", "登录APP时需进行人脸识别验证，请本人操作。", ""),
    ("n65", "sms", "debtor", "请信守承诺，按约还款。", ""),
    ("n66", "sms", "debtor", "圣诞快乐！本期账单已出，请按时还款。", ""),
    ("n67", "sms", "debtor", "办理延期需本人持身份证到网点，现场刷脸核验。", ""),
    ("n68", "sms", "debtor", "我们相信您的诚意，也希望您重视信用记录。", ""),
    ("n69", "sms", "debtor", "逾期记录将报送征信系统，不会形成犯罪记录或案底。", ""),
    # --- hard negatives: masked names, the lender's and agent's own details, lawful notices -----------
    ("n70", "sms", "debtor", "尊敬的王**先生，您尾号1234的借款已逾期，可到{A:杭州市西湖区文三路90号}我行营业部办理还款。", ""),
    ("n71", "sms", "debtor", "王先生您好，我是瑞丰银行客服{P:李明}，工号3021，您的账单已出。", ""),
    ("n72", "notice", "debtor", "催缴函\n尊敬的{P:王建国}先生：您与我司签订的借款合同（编号HT2026031500123）项下欠款8650元已逾期45天，"
     "请于2026年12月20日前还清。我司地址：{A:杭州市西湖区文三路90号}，客服电话" + HOTLINE + "。", ""),
    ("n73", "sms", "debtor", "张先生，您的借款已逾期，请于今日内还款。", ""),
    ("n74", "call", "debtor", "坐席：您好，我是诚达资产的调解员{P:刘晓}，工号6608，受汇通银行委托联系您，请问是{P:田雨欣}女士本人吗？", ""),
    ("n75", "sms", "debtor", "尊敬的客户：您尾号5678的手机号码已更新成功。", ""),
    ("n76", "sms", "debtor", "如有疑问请致电客服热线0571-86012345，或到{A:杭州市上城区中山路72号}咨询。", ""),
    ("n77", "sms", "debtor", "{P:李娜}女士，您的借款合同编号HT-2026-0315，剩余本金3200元，请按时还款。", ""),
    ("n78", "sms", "debtor", "{P:张伟}，我是您的客户经理{P:陈静}，有问题随时找我。", ""),
    ("n79", "notice", "debtor", "律师函\n致：{P:王建国}先生\n受瑞丰银行委托，就您所欠信用卡欠款12000元一事致函。"
     "本所地址：{A:杭州市拱墅区莫干山路100号耀江国际大厦18楼}，承办律师{P:赵敏}。", ""),
    ("n80", "sms", "debtor", "尊敬的钱**女士，您的分期已还清，感谢支持。", ""),
    ("n81", "email", "debtor", "尊敬的{P:何志强}先生：您身份证尾号1239的实名信息已核验通过。", ""),
    ("n82", "sms", "debtor", "【瑞丰银行】刘女士，您尾号0128的信用卡本期应还2360元，还款日12月10日。", ""),
    ("n83", "notice", "debtor", "还款通知书\n客户：{P:孙磊}\n合同编号：XD20260088\n逾期金额：4120元\n请于15日内到{A:宁波市鄞州区天童南路588号}我司办理。", ""),
    ("n84", "sms", "debtor", "{P:周涛}先生，您名下车牌尾号352的车辆已登记为抵押物，请按时还款。", ""),
    ("n85", "sms", "debtor", "我是您的专属客服小赵，工号1207，周一至周五都在。", ""),
    ("n86", "sms", "debtor", "您好，{P:陈刚}先生，您在我行的存款业务不受本次逾期影响。", ""),
    ("n87", "call", "debtor", "坐席：您好，我是和信消费金融的{P:赵磊}，工号5521，请问是{P:林晓峰}先生吗？\n客户：是我\n坐席：您的借款本期已逾期，今天方便处理吗？", ""),
    ("n88", "sms", "debtor", "我司已迁至{A:上海市浦东新区世纪大道100号}环球金融中心20楼，欢迎来访。", ""),
]


def record(message_id: str, channel: str, recipient_type: str, marked: str, categories: str) -> dict:
    """One message of the contract with its entities' offsets computed from the marks."""
    entities, cursor, plain = [], 0, []
    for match in ENTITY_MARK.finditer(marked):
        plain.append(marked[cursor:match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(2))
        entities.append({"entity_type": ENTITY_CODES[match.group(1)], "start": start, "end": start + len(match.group(2))})
        cursor = match.end()
    plain.append(marked[cursor:])
    text = "".join(plain)
    if "{" in text or "}" in text:
        raise ValueError(f"{message_id}: an entity mark is not closed")
    return {"message_id": f"pipl-{message_id}", "campaign_id": "pipl-dev", "channel": channel,
            "recipient_type": recipient_type, "debtor_id": f"D-{message_id}", "text": text, "entities": entities,
            "categories": sorted(CATEGORY_CODES[letter] for letter in categories)}


def main() -> None:
    with (HERE / DEV_FILE).open("w", encoding="utf-8") as out:
        for message in MESSAGES:
            out.write(json.dumps(record(*message), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
