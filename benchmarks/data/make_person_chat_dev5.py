"""Writes `person_chat_dev5.jsonl`: the fifth informal PERSON batch (issue 14, the Weibo bar), about 150 messages.

Written by hand for this file on Dec 5 just after midnight, before any tuning of that session, in voices the earlier
batches did not use: a mahjong and card group, a pet-adoption group, a hospital ward's family chat, an online game's
team chat with handles, a university dormitory group, a homeowners' group, a carpool group, football fans naming
foreign players, a K-pop fan group, travel and cooking posts, a tutoring parents' group, a post in traditional
characters, a Weibo repost chain (//@handle:), a lost-and-found post, a job-hunting chat, a funeral notice, a temple
volunteers' group, and ASR calls from collectors to contacts. Names sit where such text puts them: a given name alone
after 我家 / 老公 / 宝贝 or before a verb of speech, nicknames (小X, 阿X, X哥, 老X), foreign names in characters,
handles that are names, celebrities' full names in running text. A role title after a surname (刘医生, 周老师) is no
name, as in the earlier batches. About a third hold no person: words that start with a surname character or read
like a given name.

First run: `FIRST_RUN` below. Names are marked `[[name]]` as in `make_person_dev.py`. All people, shops,
places and brands are invented or generic.

`python -m benchmarks.data.make_person_chat_dev5` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_chat_dev5.jsonl --no-weibo` evaluates it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_person_chat_dev2 import write_chat_batch
from benchmarks.data.make_person_dev import HERE

CHAT_DEV5_FILE = "person_chat_dev5.jsonl"
# Measured once, on the recognizer of 6a26752, before any tuning on this batch: 55 of 74 names, 3 spans too many.
FIRST_RUN = "PERSON P 0.948 R 0.743"

# (id, channel, recipient type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- a mahjong and card group --------------------------------------------------------------------------------
    ("m01", "app", "third_party", "今晚三缺一，[[国栋]]你来不来"),
    ("m02", "app", "third_party", "[[老蒋]]手气太好了，连胡三把"),
    ("m03", "app", "third_party", "[[秀兰]]说她八点以后才有空"),
    ("m04", "app", "third_party", "地方还是老地方，茶水自带"),
    ("m05", "app", "third_party", "上回欠的二十块[[桂芳姐]]还没给我"),
    ("m06", "app", "third_party", "[[胖虎]]又迟到了，罚他买宵夜"),
    ("m07", "app", "third_party", "打到十二点就散，明天还要上班"),
    ("m08", "app", "third_party", "[[阿坤]]和[[德胜]]两个人打对家"),
    # --- a pet-adoption group --------------------------------------------------------------------------------------
    ("p01", "app", "third_party", "橘猫已经被[[沈佳怡]]领养了，谢谢大家转发"),
    ("p02", "app", "third_party", "救助站缺猫粮，有意捐赠的私聊"),
    ("p03", "app", "third_party", "志愿者[[小满]]今天带狗狗去打疫苗了"),
    ("p04", "app", "third_party", "这只小黑狗很亲人，适合有小孩的家庭"),
    ("p05", "app", "third_party", "[[温如玉]]家的两只布偶生了四只小猫"),
    ("p06", "app", "third_party", "送养要签协议，不接受笼养"),
    ("p07", "app", "third_party", "[[可馨]]问能不能周末去看一下那只三花"),
    ("p08", "app", "third_party", "领养回访照片，胖了好多"),
    # --- a hospital ward's family chat ---------------------------------------------------------------------------
    ("w01", "app", "third_party", "爸今天精神好多了，[[建军]]下午去换班"),
    ("w02", "app", "third_party", "刘医生说明天早上空腹抽血"),
    ("w03", "app", "third_party", "护士[[小袁]]人特别好，夜里来看了三次"),
    ("w04", "app", "third_party", "住院押金还差两千，谁先垫一下"),
    ("w05", "app", "third_party", "二姐炖的鸡汤爸喝了大半碗"),
    ("w06", "app", "third_party", "[[晓燕]]你明天几点到，我去车站接你"),
    ("w07", "app", "third_party", "隔壁床的何大爷今天出院了"),
    ("w08", "app", "third_party", "医保报销的单子放在床头柜抽屉里"),
    # --- an online game's team chat ------------------------------------------------------------------------------
    ("e01", "app", "third_party", "[[阿哲]]你别送了，等我复活再上"),
    ("e02", "app", "third_party", "打野去下路，中路我来守"),
    ("e03", "app", "third_party", "@[[林一帆]] 上分带我一个"),
    ("e04", "app", "third_party", "这把输了不怪你，对面太猛"),
    ("e05", "app", "third_party", "[[浩宇]]今晚开黑吗，我九点上线"),
    ("e06", "app", "third_party", "[[凯文]]的操作真的秀，五杀"),
    ("e07", "app", "third_party", "排位又掉段了，心态崩了"),
    ("e08", "app", "third_party", "[[小鱼]]刚才掉线了，等他一下"),
    # --- a university dormitory group -----------------------------------------------------------------------------
    ("u01", "app", "third_party", "[[子轩]]帮我带份饭，红烧肉盖浇"),
    ("u02", "app", "third_party", "明天早八的课谁记得点名"),
    ("u03", "app", "third_party", "[[周润青]]又在宿舍煮火锅，被宿管抓了"),
    ("u04", "app", "third_party", "水费电费这个月平摊，每人三十五"),
    ("u05", "app", "third_party", "[[老四]]的女朋友来了，大家收拾一下"),
    ("u06", "app", "third_party", "[[嘉伟]]说他今晚不回来睡"),
    ("u07", "app", "third_party", "期末周图书馆占座太难了"),
    ("u08", "app", "third_party", "辅导员[[韩冰]]让班长统计返校时间"),
    # --- a homeowners' group ----------------------------------------------------------------------------------------
    ("o01", "app", "third_party", "三栋的电梯又坏了，物业什么时候修"),
    ("o02", "app", "third_party", "楼下吕阿姨家的狗每天半夜叫"),
    ("o03", "app", "third_party", "业委会[[邵振东]]说下周开业主大会"),
    ("o04", "app", "third_party", "车库入口的减速带太高了，刮底盘"),
    ("o05", "app", "third_party", "快递放门口被拿走了，监控能查吗"),
    ("o06", "app", "third_party", "管家[[小蔡]]说明天停水两小时"),
    ("o07", "app", "third_party", "谁家装修电钻从早响到晚"),
    ("o08", "app", "third_party", "[[雅琴]]家的孩子考上了清北，恭喜"),
    # --- a carpool group ------------------------------------------------------------------------------------------
    ("r01", "app", "third_party", "明早七点从东门出发，还剩两个座"),
    ("r02", "app", "third_party", "[[志鹏]]的车坐满了，坐我这辆吧"),
    ("r03", "app", "third_party", "司机钟师傅开得很稳"),
    ("r04", "app", "third_party", "油费按人头算，一人十五"),
    ("r05", "app", "third_party", "[[梦琪]]在地铁口等，穿红色外套"),
    ("r06", "app", "third_party", "堵在高架上了，估计晚到二十分钟"),
    # --- football fans -------------------------------------------------------------------------------------------
    ("f01", "sms", "third_party", "[[莫德里奇]]这脚传球太有灵性了"),
    ("f02", "sms", "third_party", "下半场换人换得太晚，教练背锅"),
    ("f03", "sms", "third_party", "[[哈兰德]]一个赛季进了三十几个球"),
    ("f04", "sms", "third_party", "门将今天状态神了，扑出两个点球"),
    ("f05", "sms", "third_party", "[[武磊]]在国家队的压力太大了"),
    ("f06", "sms", "third_party", "中超联赛这轮的判罚争议很大"),
    ("f07", "sms", "third_party", "[[老马]]退役以后还在踢业余赛"),
    ("f08", "sms", "third_party", "解说[[詹俊]]的那句话成了名场面"),
    # --- a K-pop fan group -----------------------------------------------------------------------------------------
    ("k01", "app", "third_party", "[[金珉浩]]的新歌打榜了，姐妹们冲"),
    ("k02", "app", "third_party", "应援物到了，周六线下发"),
    ("k03", "app", "third_party", "[[珍妮]]的舞台直拍播放量破千万"),
    ("k04", "app", "third_party", "演唱会门票三分钟就抢光了"),
    ("k05", "app", "third_party", "我们家哥哥今天机场图好帅"),
    ("k06", "app", "third_party", "站姐[[糖糖]]拍的图太好看了"),
    ("k07", "app", "third_party", "打投群每天晚上十点集合"),
    # --- travel and cooking posts ----------------------------------------------------------------------------------
    ("t01", "sms", "third_party", "跟[[小芸]]去了一趟大理，洱海的日落绝了"),
    ("t02", "sms", "third_party", "民宿老板[[阿朗]]做的酥油茶很地道"),
    ("t03", "sms", "third_party", "高铁票买到了，下周出发"),
    ("t04", "sms", "third_party", "导游[[卓玛]]给我们唱了一首藏歌"),
    ("t05", "sms", "third_party", "今天学做红烧排骨，糖色炒糊了"),
    ("t06", "sms", "third_party", "照着[[王刚]]的视频做的回锅肉，一次成功"),
    ("t07", "sms", "third_party", "老公[[振宇]]说比饭店做得还好吃"),
    ("t08", "sms", "third_party", "酱油放多了，下次少放点"),
    # --- a tutoring parents' group ----------------------------------------------------------------------------------
    ("c01", "app", "third_party", "[[思彤]]妈妈，明天的数学课改到下午三点"),
    ("c02", "app", "third_party", "我家[[一诺]]这次英语考了九十八"),
    ("c03", "app", "third_party", "周老师布置的作文题目是我的家乡"),
    ("c04", "app", "third_party", "宝贝[[若曦]]今天第一次自己背书包上学"),
    ("c05", "app", "third_party", "课时费这个月转给谁"),
    ("c06", "app", "third_party", "[[皓轩]]爸爸能顺路接一下孩子吗"),
    ("c07", "app", "third_party", "期中考试成绩单发到邮箱了"),
    ("c08", "app", "third_party", "[[安琪]]说她想换到周末的班"),
    # --- a post in traditional characters ---------------------------------------------------------------------------
    ("z01", "sms", "third_party", "今天和[[家豪]]去淡水看夕陽，風好大"),
    ("z02", "sms", "third_party", "[[陳怡君]]的婚禮辦在飯店，超溫馨"),
    ("z03", "sms", "third_party", "颱風天還要上班，老闆太沒人性"),
    ("z04", "sms", "third_party", "阿嬤包的粽子是全世界最好吃的"),
    ("z05", "sms", "third_party", "[[志明]]跟[[春嬌]]終於復合了"),
    # --- a Weibo repost chain --------------------------------------------------------------------------------------
    ("q01", "sms", "third_party", "说得太对了//@[[唐小糖]]:转发微博"),
    ("q02", "sms", "third_party", "//@[[江枫]]: 支持一下，希望早日找到"),
    ("q03", "sms", "third_party", "转发抽奖，祝我好运"),
    ("q04", "sms", "third_party", "@[[许嘉琪]] 你看这个是不是你说的那家店"),
    ("q05", "sms", "third_party", "哈哈哈哈哈//@吃货小分队:真的假的"),
    ("q06", "sms", "third_party", "@[[程程]] 快来看，笑死我了"),
    # --- celebrities in running text ---------------------------------------------------------------------------------
    ("n01", "sms", "third_party", "昨晚看了[[张译]]演的新剧，演技炸裂"),
    ("n02", "sms", "third_party", "[[周深]]的声音真的是天籁"),
    ("n03", "sms", "third_party", "听说[[易烊千玺]]要拍新电影了"),
    ("n04", "sms", "third_party", "[[刘德华]]六十多岁了还在开演唱会"),
    ("n05", "sms", "third_party", "电影节红毯今晚直播"),
    ("n06", "sms", "third_party", "[[泰勒]]的巡演门票被炒到上万"),
    # --- a lost-and-found post and a job-hunting chat --------------------------------------------------------------------
    ("l01", "sms", "third_party", "捡到一张学生卡，名字是[[田雨桐]]，请失主联系"),
    ("l02", "sms", "third_party", "在公交上丢了一个黑色双肩包，里面有电脑"),
    ("l03", "sms", "third_party", "HR[[小潘]]说下周一给我答复"),
    ("l04", "sms", "third_party", "面试官[[孟凡]]问了我很多项目细节"),
    ("l05", "sms", "third_party", "offer到手了，薪资比预期高一点"),
    ("l06", "sms", "third_party", "内推人[[苗苗]]说这个岗位加班不多"),
    # --- a funeral notice and a temple volunteers' group --------------------------------------------------------------------
    ("a01", "sms", "third_party", "家父[[骆德厚]]于本月十二日安详辞世，享年八十六岁"),
    ("a02", "sms", "third_party", "追悼会定于周日上午九点举行，恕不另行通知"),
    ("a03", "sms", "third_party", "义工[[慧琳]]明天负责斋堂"),
    ("a04", "sms", "third_party", "法会期间请大家注意香火安全"),
    ("a05", "sms", "third_party", "[[妙音]]师父说初一早上人会很多"),
    # --- ASR calls from collectors to contacts ---------------------------------------------------------------------------
    ("x01", "call", "third_party", "坐席：您好 请问是[[凤霞]]的姐姐吗\n客户：是啊 她怎么了"),
    ("x02", "call", "third_party", "坐席：[[海龙]]留的紧急联系人是您\n客户：我跟他好多年没联系了"),
    ("x03", "call", "third_party", "客户：[[小龚]]上个月就辞职了 你找他老家去"),
    ("x04", "call", "third_party", "坐席：麻烦转告[[邱文斌]]尽快回电\n客户：行 我跟他说"),
    ("x05", "call", "third_party", "客户：我不认识什么[[艾力]] 你打错了"),
    ("x06", "call", "third_party", "坐席：您好 这边是贷后服务中心\n客户：有啥事直接说"),
    ("x07", "call", "third_party", "客户：[[亮子]]他媳妇刚生完孩子 你们缓几天"),
    # --- no person: near misses ------------------------------------------------------------------------------------------
    ("y01", "sms", "third_party", "高铁站的人比平时多了一倍"),
    ("y02", "sms", "third_party", "黄金周景区人山人海"),
    ("y03", "sms", "third_party", "白天上班晚上带娃，太累了"),
    ("y04", "sms", "third_party", "东方明珠夜景很漂亮"),
    ("y05", "sms", "third_party", "小心地滑，注意安全"),
    ("y06", "sms", "third_party", "老实说这部电影一般般"),
    ("y07", "sms", "third_party", "阿胶糕是朋友送的，还没拆"),
    ("y08", "sms", "third_party", "宝宝今天会叫爸爸了"),
    ("y09", "sms", "third_party", "马路对面开了一家奶茶店"),
    ("y10", "sms", "third_party", "石榴熟了，酸甜可口"),
    ("y11", "sms", "third_party", "温柔的人运气都不会太差"),
    ("y12", "sms", "third_party", "文明养犬，出门牵绳"),
    ("y13", "sms", "third_party", "冬至要吃饺子还是汤圆"),
    ("y14", "sms", "third_party", "谢谢大家的祝福，心意领了"),
    ("y15", "sms", "third_party", "雷阵雨来得快去得也快"),
    ("y16", "sms", "third_party", "江南的春天雨水太多"),
    ("y17", "sms", "third_party", "平安夜的苹果涨价了"),
    ("y18", "sms", "third_party", "晓得了，明天准时到"),
    ("y19", "sms", "third_party", "秋天的第一杯奶茶安排上了"),
    ("y20", "sms", "third_party", "金毛和哈士奇哪个好养"),
    ("y21", "sms", "third_party", "房东说下个月房租涨两百"),
    ("y22", "sms", "third_party", "余额宝的收益越来越低"),
    ("y23", "sms", "third_party", "华为的新手机拍照效果不错"),
    ("y24", "sms", "third_party", "海鲜市场的皮皮虾很新鲜"),
    ("y25", "sms", "third_party", "龙井和碧螺春你喜欢哪个"),
    ("y26", "sms", "third_party", "牛肉面加个蛋多少钱"),
    ("y27", "sms", "third_party", "明天开会别迟到"),
    ("y28", "sms", "third_party", "欢欢喜喜过大年"),
    ("y29", "sms", "third_party", "安全第一，开车别看手机"),
    ("y30", "sms", "third_party", "云南的菌子要炒熟了再吃"),
    ("y31", "sms", "third_party", "[[鲁迅]]的文章上学时背过好多篇"),
    ("y32", "sms", "third_party", "常回家看看，父母都老了"),
    ("y33", "sms", "third_party", "梅雨季衣服晒不干"),
    ("y34", "sms", "third_party", "凤凰古城晚上的灯很美"),
    ("y35", "sms", "third_party", "向日葵朝着太阳转"),
    ("y36", "sms", "third_party", "甜甜的橙子一块钱一斤"),
]


def write_chat_dev5(folder: Path = HERE) -> Path:
    """Writes the batch into `folder` and returns its path."""
    return write_chat_batch(folder / CHAT_DEV5_FILE, MESSAGES, "person-chat5-", "person-chat-dev5")


if __name__ == "__main__":
    write_chat_dev5()
