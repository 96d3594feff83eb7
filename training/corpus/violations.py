"""The violating half of the wording training corpus (issue 9).

Each `Family` is one hand-written phrasing (or a few close paraphrases) with `{slot}` placeholders; the
dev split holds out whole families, so variety lives in the families, not in the slot fillers. A family
is rendered in its own channel and register, then varied the way real traffic varies: about a third of
the SMS, app and notice samples sit inside an otherwise normal template (greeting, amount, repayment
channel, signature), calls may open with a normal greeting, spoken calls get ASR noise or a dialect
colouring, and a few samples come out in traditional characters or obfuscated (the shared transforms of
`training.corpus.registers`). Everything is invented.

Run `python -m training.corpus.violations` for counts per label, register and channel.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from audit.message import parse_call_text
from training.corpus.registers import transform

INS = "abuse.insult"
VIO = "threat.violence"
TP = "threat.third_party"
EXP = "threat.exposure"
IMP = "misleading.impersonation"
LEG = "misleading.legal"
ROLL = "coercion.debt_rollover"
DIS = "pii.third_party_disclosure"
LABELS = (INS, VIO, TP, EXP, IMP, LEG, ROLL, DIS)
REGISTERS = ("formal", "sms_template", "robot_script", "spoken", "dialect", "app", "letter")

MAX_PER_FAMILY = 25            # the shared design's cap, so no family dominates a split
SAMPLES_PER_FAMILY = (14, 21)  # drawn per family; duplicates after slot filling are dropped
MIXED_SHARE = 0.33             # of the samples whose family may sit inside a normal template
TRADITIONAL_SHARE = 0.06
OBFUSCATED_SHARE = 0.2         # of SMS and app samples
ASR_NOISE_SHARE = 0.7          # of the turns of spoken and dialect calls
DIALECT_SHARE = 0.15           # of spoken calls, coloured Cantonese, north-eastern or Sichuan


@dataclass(frozen=True)
class Family:
    name: str
    labels: tuple[str, ...]
    channel: str                # sms | notice | call | app
    register: str
    texts: tuple[str, ...]      # close paraphrases; calls are written as 坐席：/客户：/联系人： lines
    recipient: str = "debtor"
    wrap: bool = True           # may sit inside a normal template (False: it carries its own signature)


def _f(name: str, labels: tuple[str, ...] | str, channel: str, register: str, *texts: str,
       to: str = "debtor", wrap: bool = True) -> Family:
    return Family(name, (labels,) if isinstance(labels, str) else labels, channel, register, texts, to, wrap)


# ---------------------------------------------------------------- slot fillers (all invented)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾"
_LENDERS = ["云杉信贷", "晴川易借", "禾木金融", "青橙分期", "北辰小贷", "星河消费金融", "鹿鸣普惠", "橡树钱包",
            "蓝鲸信用", "安途金服", "麦穗借款", "远帆金融", "松果分期", "知秋贷", "银杏消费金融"]
_OTHER_APPS = ["快钱宝", "闪电借", "极速贷", "来分期", "米粒花", "借点儿", "应急钱包", "秒下款",
               "小橘借", "金豆贷", "有钱花花", "速融宝"]
_PRODUCTS = ["随借随还", "信用贷", "分期购", "闪付额度", "消费分期", "备用金", "现金贷", "会员分期"]
_DISTRICTS = ["青澜区", "雁川区", "云岭区", "东溪区", "柳湾区", "南屏区", "西陵区", "鹤山区", "临江区", "北塘区"]
_CITIES = ["江城", "海州", "云州", "临安", "泉阳", "北川", "宁远", "安平", "清河", "武陵"]
_VILLAGES = ["李家湾", "石桥", "杨柳屯", "东岗", "桃源", "马家坪", "新河", "下坝", "黄泥沟", "上庄"]
_COMMUNITIES = ["幸福里社区", "金桂苑", "翠湖小区", "阳光花园", "锦绣家园", "和平新村", "碧水湾", "东方明珠苑"]
_EMPLOYERS = ["鸿达物流公司", "新锐科技有限公司", "恒信建材厂", "佳美超市", "华康医药公司", "锦程汽修厂",
              "星辰教育", "蓝天快递网点", "金瑞电子厂", "顺丰源餐饮"]
_SCHOOLS = ["实验小学", "第二中学", "育才小学", "阳光幼儿园", "城南小学", "第三实验中学", "向阳幼儿园"]
_STREETS = ["建设路", "人民路", "滨河路", "解放街", "长安巷", "光明路", "文化街", "学府路"]
_MEDIA = ["本地电视台", "《{city}晚报》", "{city}都市频道", "本地新闻公众号", "{city}生活报"]
_RELATIONS = ["你爸", "你妈", "你老婆", "你老公", "你哥", "你姐", "你爸妈", "你媳妇", "你对象", "你岳父"]
_THIRD_PARTY_RELATIONS = ["你朋友", "你弟弟", "你哥哥", "你同事", "你儿子", "你表哥", "你老公", "你室友",
                          "你女儿", "你姐姐", "你发小"]
_CHILDREN = ["儿子", "女儿", "闺女", "小儿子", "大女儿"]
_PLATFORMS = ["抖音", "快手", "微博", "朋友圈", "小红书", "本地论坛", "视频号"]
_DEADLINES = ["今天下午五点前", "今晚十二点前", "明天中午十二点前", "今天之内", "明天上午十点前", "24小时内",
              "本周五前", "三个小时内"]
_REPLIES = ["嗯", "我知道了", "我现在真的没钱", "你们怎么天天打", "过两天再说吧", "我下个月发工资就还",
            "……", "喂？听得见吗", "我在上班，不方便", "能不能宽限几天", "我已经在想办法了", "那你们想怎样"]
_TP_REPLIES = ["他是我朋友，怎么了？", "我跟他不熟", "你们找他本人啊", "我不清楚他的事", "你是哪位啊？",
               "我好久没跟他联系了", "啊？他怎么了", "我是他同事", "嗯，你说"]


def _amount(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(300, 9999), rng.randint(10, 99) * 100, rng.randint(1000, 48000)]))


def _case_no(rng: random.Random) -> str:
    kind = rng.choice(["民初", "执", "刑初", "执保", "民特"])
    return f"（2026）{rng.choice('云青临东海')}{rng.randint(1, 9)}{rng.randint(1, 30):02d}{kind}{rng.randint(100, 9999)}号"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _masked_name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(["**", "*", "某某", "某"])


def _hotline(rng: random.Random) -> str:
    return f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"


SLOT_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "lender": lambda r: r.choice(_LENDERS),
    "other_app": lambda r: r.choice(_OTHER_APPS),
    "other_app2": lambda r: r.choice(_OTHER_APPS),
    "product": lambda r: r.choice(_PRODUCTS),
    "amount": _amount,
    "big_amount": lambda r: str(r.randint(5, 40) * 1000 + r.randint(0, 999)),
    "days": lambda r: str(r.choice([r.randint(3, 30), r.randint(31, 180), r.randint(181, 700)])),
    "name": _masked_name,
    "sir": lambda r: r.choice(_SURNAMES) + r.choice(["先生", "女士", "先生", "女士", "**"]),
    "surname": lambda r: r.choice(_SURNAMES),
    "tail": lambda r: f"{r.randint(0, 9999):04d}",
    "date": _date,
    "district": lambda r: r.choice(_CITIES) + "市" + r.choice(_DISTRICTS),
    "city": lambda r: r.choice(_CITIES),
    "village": lambda r: r.choice(_VILLAGES),
    "community": lambda r: r.choice(_COMMUNITIES),
    "employer": lambda r: r.choice(_EMPLOYERS),
    "school": lambda r: r.choice(_SCHOOLS),
    "street": lambda r: r.choice(_STREETS),
    "media": lambda r: r.choice(_MEDIA).replace("{city}", r.choice(_CITIES)),
    "relation": lambda r: r.choice(_RELATIONS),
    "tp_relation": lambda r: r.choice(_THIRD_PARTY_RELATIONS),
    "child": lambda r: r.choice(_CHILDREN),
    "platform": lambda r: r.choice(_PLATFORMS),
    "deadline": lambda r: r.choice(_DEADLINES),
    "hotline": _hotline,
    "case_no": _case_no,
    "agent": lambda r: f"{r.randint(1000, 9899)}",
    "n": lambda r: str(r.randint(60, 480)),
    "hours": lambda r: str(r.choice([2, 6, 12, 24, 48, 72])),
    "reply": lambda r: r.choice(_REPLIES),
    "tp_reply": lambda r: r.choice(_TP_REPLIES),
}


class _Slots(dict):
    """Draws each slot once per sample, so a name or amount stays the same across the text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self._rng = rng

    def __missing__(self, key: str) -> str:
        self[key] = SLOT_FILLERS[key](self._rng)
        return self[key]


# ---------------------------------------------------------------- abuse.insult

_INSULT = [
    _f("insult.laolai_label", INS, "sms", "sms_template",
       "{sir}，你这个老赖，欠{lender}的{amount}元拖了{days}天了，打算躲到哪天？",
       "老赖{name}：{amount}元到现在一分没还，你脸皮可真够厚的。",
       "{name}，全公司都知道你是个老赖了，{amount}元赶紧还上。"),
    _f("insult.pianzi", INS, "sms", "sms_template",
       "借钱的时候说得比唱的还好听，现在装死不接电话，你就是个骗子。",
       "{name}你个骗子，拿了钱就玩失踪，{amount}元{deadline}给我还上。",
       "骗子就是骗子，当初信誓旦旦说{date}还款，钱呢？"),
    _f("insult.buyaolian", INS, "app", "app",
       "欠钱不还还拉黑客服，你还要不要脸？",
       "做人不要脸到你这个程度也少见，{days}天了一条消息都不回。",
       "你还要点脸吗？{amount}块钱拖了{days}天，换谁都看不起你。"),
    _f("insult.feiwu_call", INS, "call", "spoken",
       "坐席：{sir}是吧，{amount}块钱都还不上，你说你是不是个废物\n客户：{reply}\n坐席：三十好几的人了连这点钱都拿不出来，活着也是浪费粮食",
       "坐席：你就是个废物你知道吗\n客户：{reply}\n坐席：一个大男人靠借钱过日子，丢不丢人"),
    _f("insult.not_worthy", INS, "app", "app",
       "你这种人也配借钱？",
       "就你这信用还好意思跟平台借钱，真不知道当初谁给你批的额度。",
       "像你这样的人，借钱之前就该照照镜子。"),
    _f("insult.sarcasm_proud", INS, "sms", "sms_template",
       "真有出息啊，{amount}元欠了{days}天，全家都跟着你光荣吧。",
       "三十岁的人了欠钱不还，可真给你爸妈长脸。",
       "厉害厉害，{days}天不还款还能睡得着，您这心理素质真是一般人比不了。"),
    _f("insult.upbringing", INS, "call", "spoken",
       "坐席：你爸妈就是这么教你的啊？借钱不还，没家教的东西\n客户：{reply}\n坐席：你还有理了是吧",
       "坐席：我真替你爹妈丢人，养出你这么个玩意儿\n客户：{reply}"),
    _f("insult.worse_than_animal", INS, "sms", "sms_template",
       "连狗都知道报恩，你拿了钱就翻脸不认人，畜生都不如。",
       "{name}，狗都比你讲信用，{amount}元还想赖掉？",
       "白眼狼一个，当初急用钱的时候是谁帮的你？"),
    _f("insult.renzha", INS, "app", "app",
       "人渣，{amount}块钱都要赖，你活得也太窝囊了。",
       "社会的败类说的就是你这种人，借了{lender}的钱就消失。",
       "你就是个人渣，别以为换个号码就能躲过去。"),
    _f("insult.obscene_call", INS, "call", "spoken",
       "坐席：你他妈的到底还不还\n客户：{reply}\n坐席：少跟我废话，你个狗东西",
       "坐席：喂，{sir}，你他妈装什么死呢\n客户：{reply}\n坐席：滚你妈的，今天必须把钱打过来",
       "坐席：操，又是这套说辞，你个王八蛋\n客户：{reply}"),
    _f("insult.sichuan", INS, "call", "dialect",
       "坐席：你个瓜娃子，欠钱不还还敢挂老子电话\n客户：{reply}\n坐席：龟儿子莫得钱就莫借嘛",
       "坐席：你是不是脑壳有包哦，{amount}块钱拖了{days}天\n客户：{reply}\n坐席：哈戳戳的，硬是没得救"),
    _f("insult.cantonese", INS, "app", "dialect",
       "你條友借錢唔還，真係冇面皮。",
       "扑街，仲唔還錢？{amount}蚊都拖咗{days}日。",
       "你呢種人渣，借完錢就玩失蹤，衰到貼地。"),
    _f("insult.dongbei", INS, "call", "dialect",
       "坐席：你个完犊子玩意儿，欠钱不还还跟我整这出\n客户：{reply}\n坐席：虎了吧唧的，就这点钱还拖",
       "坐席：你瞅瞅你那熊样，{amount}块钱都还不上\n客户：{reply}\n坐席：丢人现眼的玩意儿"),
    _f("insult.formal_label", INS, "sms", "formal",
       "【{lender}】{sir}：经系统核查，您已被标记为恶意逃债的失信老赖，请于{deadline}处理欠款{amount}元。",
       "【{lender}】尊敬的客户，鉴于您无赖式的拖欠行为，本司对您的人品深表怀疑，请即刻还款{amount}元。",
       wrap=False),
    _f("insult.poor_contempt", INS, "sms", "sms_template",
       "穷成这样还学人超前消费，活该被催。",
       "没钱还装什么大款，借钱的时候怎么不掂量掂量自己几斤几两？",
       "月薪三千还敢借{amount}，你也不看看自己是什么货色。"),
    _f("insult.mental", INS, "app", "app",
       "你脑子有病吧？钱借了不还还有理了？",
       "神经病一样，打十次电话接一次，接了还胡说八道。",
       "智商有问题就别借钱，{amount}元的账都算不明白。"),
    _f("insult.shame_compare", INS, "sms", "sms_template",
       "别人家孩子都在还房贷，你倒好，{amount}的网贷都还不起，丢人现眼。",
       "你同龄人都买车买房了，你还在这赖{amount}块钱，真够丢人的。"),
    _f("insult.coward", INS, "app", "app",
       "还钱啊，装什么死，缩头乌龟。",
       "怂包，有本事借钱没本事接电话？",
       "躲躲藏藏的样子真像个老鼠，{amount}元什么时候还？"),
    _f("insult.not_human", INS, "call", "spoken",
       "坐席：你还算个人吗你\n客户：{reply}\n坐席：人家借你钱是信任你，你就这么回报",
       "坐席：我跟你说，你这种人就不配做人\n客户：{reply}"),
    _f("insult.curse", INS, "call", "spoken",
       "坐席：欠钱不还的人早晚遭报应，你记着\n客户：{reply}\n坐席：缺德事干多了，生孩子没屁眼",
       "坐席：你这种缺德玩意儿，出门迟早被雷劈\n客户：{reply}"),
    _f("insult.genius_sarcasm", INS, "sms", "sms_template",
       "佩服佩服，能把{amount}块拖{days}天的人可不多见，您可真是个人才。",
       "您可真行，借钱的时候比谁都积极，还钱的时候比谁都会演。"),
    _f("insult.beggar", INS, "app", "app",
       "要饭的都比你有骨气。",
       "你跟街边乞丐有什么区别？人家至少不骗人。"),
    _f("insult.lazy", INS, "call", "spoken",
       "坐席：好吃懒做的东西，天天就知道借钱花\n客户：{reply}\n坐席：你那点工资够干嘛的，还不是一样的窝囊",
       "坐席：一看你就是个混日子的，没出息\n客户：{reply}"),
    _f("insult.letter_wulai", INS, "notice", "letter",
       "催款通知\n{sir}：\n你方于{lender}借款{amount}元，逾期{days}天，屡催不还。你方此种无赖行径、厚颜无耻之举已为本司所不齿。请于{date}前还清。\n{lender}贷后部",
       "关于催缴欠款的函\n{name}：\n截至{date}你方仍欠款{amount}元。本司认为，你方作为一个毫无信用可言的失信之徒，理应立即还款。\n{lender}"),
    _f("insult.robot_contempt", INS, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。系统检测到您属于恶意拖欠人员，像您这样毫无廉耻的人，请立即还款。\n客户：{reply}\n坐席：请您立即还款，谢谢。",
       "坐席：您好，{sir}，您已被系统识别为失信赖账人员，像您这种没有诚信的骗子，平台将持续催收。\n客户：{reply}"),
    _f("insult.homophone", INS, "sms", "sms_template",
       "老 lai {name}，sb一样不回消息，{amount}什么时候还？",
       "{name}你个骗zi，钱拿了装死，煞笔吗？",
       "不要lian的东西，{days}天了还不还。"),
    _f("insult.wife_knows", INS, "call", "spoken",
       "坐席：你老婆知道她嫁了个骗子吗\n客户：{reply}\n坐席：一个大老爷们欠钱不还，窝囊废一个",
       "坐席：你孩子长大了知道他爹是个老赖，你觉得光彩吗\n客户：{reply}"),
    _f("insult.two_turns", INS, "call", "spoken",
       "坐席：你说你下个月还，上个月也这么说\n客户：{reply}\n坐席：满嘴跑火车，骗子说的话谁信",
       "坐席：钱呢？\n客户：{reply}\n坐席：呵，又是这套，你这种人嘴里就没一句真话，不要脸"),
    _f("insult.wechat_burst", INS, "app", "app",
       "在吗？装死是吧？垃圾。",
       "你就是个垃圾，{amount}都还不起还到处借。",
       "回消息！你个废物！"),
    _f("insult.with_violence", (INS, VIO), "call", "spoken",
       "坐席：老赖你给我等着，哪天在街上碰到你，打断你的腿\n客户：{reply}",
       "坐席：你个骗子别让我找到你，找到你有你好看的\n客户：{reply}\n坐席：到时候缺胳膊少腿别怪我"),
    _f("insult.with_exposure", (INS, EXP), "sms", "sms_template",
       "我们会把你这个老赖的照片发到{platform}，让大家看看骗子长什么样。",
       "不要脸的东西，你的欠款截图明天就挂到{platform}上，让所有人认识你这个赖子。"),
    _f("insult.with_legal", (INS, LEG), "app", "app",
       "骗子，诈骗{amount}元够判你三年了，等着进去吧。",
       "老赖就该去坐牢，你这种人进去了就老实了。"),
    _f("insult.third_party_family", (DIS, INS), "call", "spoken",
       "坐席：你是{name}的姐姐吧，你弟就是个老赖，在{lender}欠了{amount}不还\n联系人：{tp_reply}\n坐席：你们家怎么出了这么个东西",
       "坐席：请问是{name}家里吗，他欠我们{lender}{amount}块，这人就是个骗子\n联系人：{tp_reply}",
       to="third_party"),
]


# ---------------------------------------------------------------- threat.violence (incl. veiled)

_VIOLENCE = [
    _f("violence.break_legs", VIO, "sms", "sms_template",
       "再不还钱，小心你的腿。",
       "{deadline}不还，打断你的腿，说到做到。",
       "钱不到账，你这两条腿就别想要了。"),
    _f("violence.veiled_life", VIO, "sms", "sms_template",
       "钱没了可以再挣，命没了可就什么都没了，你自己掂量。",
       "你想清楚，是去医院躺着还是把{amount}元还了，自己选。",
       "人这一辈子很短，别为了{amount}块钱把命搭进去。"),
    _f("violence.child_school", VIO, "sms", "sms_template",
       "你{child}在{school}上学吧，每天下午四点半放学，挺可爱的。钱的事今天给个说法。",
       "{school}门口那个穿蓝衣服的是你{child}吧？{amount}元{deadline}处理掉。",
       "听说你{child}最近在{school}表现不错，做家长的还是要为孩子想想，欠款尽快还。"),
    _f("violence.route_home", VIO, "app", "app",
       "你每天晚上从{street}那个路口走回家，路灯挺暗的，注意安全。{amount}元今天处理掉。",
       "{street}那段路晚上人少，你一个人走的时候多留个心眼，钱的事别拖了。"),
    _f("violence.at_door", VIO, "sms", "sms_template",
       "我们的人已经在你家楼下了，{deadline}不还，后果自负。",
       "{community}几栋几单元我们已经摸清楚了，兄弟们就在门口等你。",
       "别躲了，人已经到你家门口，开门聊聊还款的事吧。"),
    _f("violence.home_visit_formal", VIO, "sms", "formal",
       "【{lender}】如您{deadline}仍未处理，我司外访组将于今晚上门，届时发生任何后果由您本人承担。",
       "【{lender}】鉴于您拒不还款，我司已安排线下人员今晚前往您的住址，请您注意自身及家人安全。",
       wrap=False),
    _f("violence.family_harm", VIO, "call", "spoken",
       "坐席：你不还，你家里人出门也得小心点\n客户：{reply}\n坐席：我话就说到这，你自己琢磨",
       "坐席：你爸妈年纪也大了，经不起折腾吧\n客户：{reply}\n坐席：那就赶紧把钱还了，别让老人家受惊吓",
       "坐席：你老婆每天几点下班我们都清楚\n客户：{reply}\n坐席：所以啊，钱早点还，大家都平安"),
    _f("violence.property_car", VIO, "sms", "sms_template",
       "你那辆车停在楼下挺显眼的，哪天轮胎没了、玻璃碎了可别怪我。",
       "你家门锁该换了，哪天被胶水灌了别来找我们。{amount}元今天还。",
       "你店门口的招牌挺新的，砸了可惜了。"),
    _f("violence.red_paint", (VIO, EXP), "sms", "sms_template",
       "红油漆都准备好了，今晚就给你家门上写几个大字。",
       "再不还，明天你家大门和墙上就全是'欠债还钱'四个字。"),
    _f("violence.dongbei", VIO, "call", "dialect",
       "坐席：再跟我整这出，我削你信不信\n客户：{reply}\n坐席：找几个兄弟过去跟你唠唠，你就老实了",
       "坐席：你搁哪猫着呢？别让我逮着你\n客户：{reply}\n坐席：逮着你有你好果子吃"),
    _f("violence.sichuan", VIO, "call", "dialect",
       "坐席：莫得钱？老子喊几个兄弟过来锤你\n客户：{reply}\n坐席：你等到起嘛",
       "坐席：你再装疯迷窍的，我们直接来你屋头找你\n客户：{reply}\n坐席：到时候莫怪我们下手重"),
    _f("violence.cantonese", VIO, "app", "dialect",
       "唔還錢就等住俾人斬。",
       "我哋嘅人知道你住邊度，自己諗清楚。",
       "你再唔覆，聽日我哋班兄弟上嚟搵你飲茶。"),
    _f("violence.photo_surveillance", VIO, "app", "app",
       "今天早上八点你穿灰色外套出门送孩子，照片我都拍下来了。",
       "昨晚你在{street}吃烧烤，跟你一起的是你老婆吧？我们一直看着呢。",
       "你最近每天几点出门几点回家，我们都记着。还款的事别再拖。"),
    _f("violence.knife_imagery", VIO, "sms", "sms_template",
       "刀子可不长眼，你再拖下去出了什么事别怪别人。",
       "出门被车撞了、晚上被人套了麻袋，这种事谁也说不准，你好自为之。",
       "最近治安不太好，像你这样欠钱的人，晚上出门要小心。"),
    _f("violence.hospital", VIO, "call", "spoken",
       "坐席：让你在医院躺几个月你就知道还钱了\n客户：{reply}",
       "坐席：你是不是想进医院啊\n客户：{reply}\n坐席：不想进就{deadline}把钱打过来"),
    _f("violence.night_visit", VIO, "call", "spoken",
       "坐席：我跟你讲，今晚十二点之前没到账\n客户：{reply}\n坐席：兄弟们就直接去你家，到时候别哭",
       "坐席：你不是说没钱吗\n客户：{reply}\n坐席：行，晚上我们带人去你家里看看到底有没有钱，门不开就一直敲"),
    _f("violence.obfuscated", VIO, "sms", "sms_template",
       "再不还就扌丁断你的腿。",
       "信不信我弄s你，{amount}今天到账。",
       "再装死就让你sha出门都不敢出。"),
    _f("violence.workplace_wait", VIO, "app", "app",
       "我们有同事在你公司门口等你下班，当面聊聊，聊完你就知道厉害了。",
       "你在{employer}上班对吧？下班别急着走，有人在门口等你。"),
    _f("violence.two_turns_address", VIO, "call", "spoken",
       "坐席：你住{community}三栋吧\n客户：你怎么知道\n坐席：知道的多着呢，晚上睡觉把门锁好",
       "坐席：你家住几楼来着，{community}是吧\n客户：{reply}\n坐席：呵呵，我们明天去拜访拜访，你最好在家"),
    _f("violence.formal_safety", VIO, "notice", "letter",
       "催收告知函\n{sir}：\n您在{lender}的借款{amount}元已逾期{days}天。如逾期不处理，由此产生的一切人身安全后果由您自行承担。\n{lender}资产管理部\n{date}",
       "最后通牒\n{name}：\n本司将不排除采取一切必要手段，包括派员上门'面对面'解决，届时对您及家人的人身财产安全不作任何保证。\n{lender}"),
    _f("violence.child_recognised", VIO, "sms", "sms_template",
       "你{child}长得真像你，在{school}门口一眼就认出来了。",
       "孩子放学一个人走回家挺危险的，你说呢？{amount}元今天处理。"),
    _f("violence.fire", VIO, "app", "app",
       "你家那扇木门挺旧的，哪天着火可就麻烦了。",
       "听说你老家的房子还是砖瓦的？冬天用火可得小心。欠款什么时候还？"),
    _f("violence.with_third_party", (VIO, TP), "call", "spoken",
       "坐席：你老婆在{employer}上班对吧\n客户：{reply}\n坐席：我们会去找她，顺便让她知道得罪我们是什么下场",
       "坐席：你不还我就去找你爸妈\n客户：{reply}\n坐席：老人家身体不好，吓出个好歹来可别怪我们"),
    _f("violence.hometown_visit", VIO, "sms", "sms_template",
       "我们几个兄弟最近闲，正好去你老家{village}转转。",
       "你老家{village}村的路我们已经认识了，过两天去拜访一下你父母，顺便聊聊你的事。"),
    _f("violence.robot_personal_safety", VIO, "call", "robot_script",
       "坐席：您好，这里是{lender}风控中心。检测到您长期拒不还款，我司已安排线下人员前往您的住址，请您注意人身安全。\n客户：{reply}\n坐席：请您尽快处理，再见。",
       "坐席：您好，{sir}，您的账户已转入特别处置组，处置人员将于今晚到达您的住所，后果请自行承担。按1转人工。\n客户：{reply}"),
    _f("violence.disappear", VIO, "app", "app",
       "这个世界上每天都有人失踪，你说是不是？",
       "河里每年都要捞上来几个人，你觉得多你一个会有人在意吗？"),
    _f("violence.fingers", VIO, "call", "spoken",
       "坐席：钱还不上，就拿手指头来抵\n客户：{reply}",
       "坐席：以前有个跟你一样嘴硬的，后来手都抬不起来了\n客户：{reply}\n坐席：你好好想想"),
    _f("violence.ancestral_grave", VIO, "sms", "sms_template",
       "你家祖坟在哪我们都打听清楚了，别逼我们。",
       "你爷爷奶奶葬在{village}后山对吧？欠款不还，后果你自己想。"),
    _f("violence.pet", VIO, "app", "app",
       "你家那条狗挺好玩的，今天不还，明天就见不到它了。",
       "你家楼下那辆电动车是你的吧？今晚不到账，明早就找不着了。"),
    _f("violence.crowd_come", VIO, "sms", "sms_template",
       "明天我们二十个人上你家坐着，钱不拿出来谁都别想走。",
       "{deadline}不还，我们就天天派人去你家门口蹲着，看你能躲几天。"),
    _f("violence.asr_spoken", VIO, "call", "spoken",
       "坐席：那个我跟你说啊你这个钱再不还呢我们这边的人呢就直接过去找你了\n客户：{reply}\n坐席：过去了就不是好好说话那么简单了你懂吧",
       "坐席：呃你也别跟我耍嘴皮子就是说你要是再拖下去出了什么事情谁也保证不了\n客户：{reply}"),
]


# ---------------------------------------------------------------- threat.third_party (to the debtor)

_THIRD_PARTY = [
    _f("third_party.reserved_contacts", TP, "sms", "formal",
       "如未按时处理，我司将通知您的预留联系人协助催收。",
       "若您在{deadline}仍未还款，我司将依约联系您的紧急联系人，告知其您的欠款情况。",
       "逾期未处理的，本平台将启动联系人协催程序，由您的预留联系人督促您还款。"),
    _f("third_party.village_committee", TP, "notice", "letter",
       "协助催收告知书\n{sir}：\n您在{lender}的借款{amount}元已逾期{days}天。如您继续拖欠，我司将发函至您户籍所在地{village}村委会，请村委会协助催收。\n{lender}\n{date}",
       "告知函\n{name}：\n截至{date}，您仍欠款{amount}元。如{deadline}仍未处理，我司将联系{village}村村委会及村干部，请其协助督促您履行还款义务。\n{lender}贷后管理中心"),
    _f("third_party.residents_committee", TP, "sms", "formal",
       "如您逾期不处理，我司将联系您所在的{community}居委会协助督促还款。",
       "您的欠款已逾期{days}天，我司将函告您居住地街道办及居委会，请其协助催收。"),
    _f("third_party.employer_formal", TP, "sms", "formal",
       "逾期不处理，我司将向您的工作单位{employer}发送协助催收函。",
       "如您{deadline}仍未还款，我司将联系您单位人事部门，请求协助扣划工资还款。",
       "您的逾期信息将同步至您所在单位，请单位协助督促还款。"),
    _f("third_party.boss_call", TP, "call", "spoken",
       "坐席：不还是吧，那我直接打给你单位领导，让他评评理\n客户：{reply}\n坐席：你们人事的电话我这边都有",
       "坐席：你在{employer}上班是吧\n客户：{reply}\n坐席：行，那我明天给你们老板打个电话，问问他员工欠钱不还管不管"),
    _f("third_party.contact_blast", TP, "sms", "sms_template",
       "再不还就爆你通讯录。",
       "你手机通讯录{n}个人我们都有，{deadline}不还，一个一个打。",
       "通讯录已导出，今晚十二点不到账，所有联系人都会收到你的欠款短信。"),
    _f("third_party.all_relatives", TP, "app", "app",
       "我们会联系你所有亲戚朋友，让他们都晓得你借钱赖账。",
       "你的亲朋好友我们都会逐一打电话，到时候别嫌丢人。",
       "不还可以，我们就挨个通知你的亲戚，看他们愿不愿意替你还。"),
    _f("third_party.parents_call", TP, "call", "spoken",
       "坐席：你爸妈的电话我这有，要不要我打过去问问他们儿子的事\n客户：{reply}",
       "坐席：你不接我电话，那我只能打给你妈了\n客户：{reply}\n坐席：让老人家知道知道你在外面干的好事"),
    _f("third_party.spouse", TP, "sms", "sms_template",
       "你老婆知道你在外面借网贷吗？要不要我告诉她？",
       "{deadline}前不还款，我们会联系你爱人说明情况。",
       "你老公的电话我们已经查到了，你自己看着办。"),
    _f("third_party.family_group", TP, "app", "app",
       "再不还钱就把你的欠款截图发到你们家族群里。",
       "你家亲戚的微信群我们已经有人在里面了，你想让大家都看到吗？"),
    _f("third_party.colleague_sms", TP, "sms", "sms_template",
       "{deadline}前不还款，将向你公司全体同事发送催收短信。",
       "你部门同事的号码我们都有，明天开始每人一条短信。"),
    _f("third_party.sichuan", TP, "call", "dialect",
       "坐席：你再莫得回音，我就挨个给你屋头亲戚打电话\n客户：{reply}\n坐席：你莫怪我没提醒你",
       "坐席：你老汉的电话我这儿有，要不要我喊他帮你还嘛\n客户：{reply}"),
    _f("third_party.cantonese", TP, "app", "dialect",
       "唔還錢我就打俾你老細，等佢知你係咩人。",
       "你屋企人嘅電話我哋全部都有，自己諗下。"),
    _f("third_party.dongbei", TP, "call", "dialect",
       "坐席：不还我就给你们村长打电话唠唠\n客户：{reply}\n坐席：让全屯子都知道知道",
       "坐席：你再跟我磨叽，我就给你媳妇打电话\n客户：{reply}"),
    _f("third_party.robot_contacts", TP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。您的借款已严重逾期，如今日仍未还款，系统将自动向您的通讯录联系人发送提醒。\n客户：{reply}\n坐席：感谢您的接听，再见。",
       "坐席：您好，这里是{lender}贷后中心。您已逾期{days}天，系统即将启动紧急联系人通知程序，如需暂停请立即还款。\n客户：{reply}"),
    _f("third_party.two_turns", TP, "call", "spoken",
       "坐席：你今天能不能还\n客户：{reply}\n坐席：行，那你等着，明天你单位、你家里、你朋友全都会接到我们的电话",
       "坐席：最后问你一遍，还是不还\n客户：{reply}\n坐席：好，那你所有紧急联系人今天都会知道这事"),
    _f("third_party.teacher", TP, "app", "app",
       "要不我打给你孩子的班主任问问，看她认不认识你这个家长。",
       "你孩子在{school}，老师电话我们也能查到。"),
    _f("third_party.landlord_neighbours", TP, "sms", "sms_template",
       "你房东和邻居的电话我们也有，要不要请他们帮忙劝劝你？",
       "我们会去你们楼里挨家挨户问问，总有人知道你在哪。"),
    _f("third_party.letter_social", TP, "notice", "letter",
       "催收通知函\n{sir}：\n您于{lender}的借款{amount}元已逾期{days}天。如仍不还款，我司将联系您的亲属、同事了解您的还款能力，并请其协助督促。\n{lender}\n{date}",
       "外访协查通知\n{name}：\n鉴于您长期失联，我司将委派外访人员对您的社会关系进行走访排查，走访范围包括您的家属、邻居及单位同事。\n{lender}资产保全部"),
    _f("third_party.with_exposure", (TP, EXP), "sms", "sms_template",
       "把你的欠款信息发给通讯录所有人，再发到你们小区业主群。",
       "你的照片和欠条明天会出现在你亲戚的手机上和你们村的微信群里。"),
    _f("third_party.with_insult", (TP, INS), "app", "app",
       "让你全公司的人都知道你是个老赖。",
       "我会告诉你的每一个朋友，你就是个借钱不还的骗子。"),
    _f("third_party.hr_letter_sent", TP, "sms", "sms_template",
       "我们已经联系到了你们公司HR，明天就会发函过去。",
       "你单位的协查函已经寄出，估计后天就到你领导手里。"),
    _f("third_party.visit_work", (TP, VIO), "call", "spoken",
       "坐席：明天派人去你单位找你\n客户：{reply}\n坐席：当着你同事领导的面好好谈谈，看你还躲不躲",
       "坐席：我们外访的人明天就去{employer}堵你\n客户：{reply}\n坐席：到时候闹大了你别后悔"),
    _f("third_party.parents_pay", TP, "call", "spoken",
       "坐席：你不还，我们只能找你父母来还了\n客户：{reply}\n坐席：他们总不能看着儿子被人追债吧",
       "坐席：你妈那边我们已经打过了，她哭着说帮你还\n客户：{reply}\n坐席：你要不想她再接电话，就自己还"),
    _f("third_party.app_notice", TP, "app", "formal",
       "【风险提示】您已触发联系人通知机制，系统将于{hours}小时内向您的紧急联系人推送逾期信息。",
       "【逾期升级】您的案件已升级为'亲友协催'阶段，平台将联系您授权的全部联系人。",
       wrap=False),
    _f("third_party.classmates", TP, "app", "app",
       "你大学同学群我们也进去了，要不要在里面问问谁能联系上你？",
       "你以前的同学、战友我们都找得到，别以为换了号就没事。"),
    _f("third_party.neighbour_ask", TP, "sms", "sms_template",
       "你邻居我们也认识几个，要不要让他们帮忙劝劝你？",
       "明天我们会去你家附近问问邻居，看看有没有人能帮你还这{amount}。"),
    _f("third_party.joint_liability", (TP, LEG), "sms", "formal",
       "根据规定，您的直系亲属需承担连带还款责任，我司将向其追偿。",
       "您若继续拖欠，依法将由您的配偶及父母承担还款义务，我司已启动对其追偿程序。"),
    _f("third_party.asr_spoken", TP, "call", "spoken",
       "坐席：呃那个你这样子的话我们只能就是说联系你的家里人了啊\n客户：{reply}\n坐席：你爸你妈你老婆这些电话我们这边都是有的",
       "坐席：那个你要是还不处理的话呢我们这边就把你的情况啊跟你单位那个领导沟通一下\n客户：{reply}"),
    _f("third_party.emergency_contact_sms", TP, "sms", "sms_template",
       "您的紧急联系人{name}的电话我们已经拨打过三次，今天不还我们会继续打。",
       "您填写的联系人我们今天会再联系一遍，请您自己考虑后果。"),
]


# ---------------------------------------------------------------- threat.exposure

_EXPOSURE = [
    _f("exposure.moments", EXP, "sms", "sms_template",
       "再不还就把你的照片和欠款信息发朋友圈。",
       "{deadline}不还款，你的身份证照片和欠条会出现在朋友圈里。",
       "朋友圈的文案我们都写好了，就差你的照片了。"),
    _f("exposure.short_video", EXP, "app", "app",
       "我们会把你的欠款情况做成视频发到{platform}上。",
       "视频已经剪好了，配上你的名字和照片，今晚发{platform}，看看能有多少播放量。",
       "你想在{platform}上火一把吗？不还钱就成全你。"),
    _f("exposure.village_poster", EXP, "sms", "sms_template",
       "我们会在你们{village}村口张贴催收公告，让全村人都知道。",
       "下周我们的人去{village}，在村委会门口和小卖部墙上贴你的欠款通知。"),
    _f("exposure.honesty_board", EXP, "sms", "formal",
       "如您逾期不处理，您的信息将登上我司诚信榜对外公示。",
       "您的姓名、照片及欠款金额将于{date}在我司'失信诚信榜'公开展示。",
       "逾期超过{days}天的客户将被列入平台失信公示栏，面向社会公开。"),
    _f("exposure.dazibao", EXP, "call", "spoken",
       "坐席：大字报已经印好了\n客户：{reply}\n坐席：明天就贴到你们{community}门口，让你邻居都看看",
       "坐席：你不是要面子吗，那我们就给你印几百张传单\n客户：{reply}\n坐席：你们小区每个楼道都发一遍"),
    _f("exposure.news_media", EXP, "sms", "formal",
       "如仍未处理，我司将通过新闻媒体公告催收。",
       "您的欠款如{deadline}未结清，我司将在{media}刊登催收公告。",
       "逾期不还款者，本公司将委托{media}进行公开曝光。"),
    _f("exposure.media_letter", EXP, "notice", "letter",
       "公告催收预告函\n{sir}：\n您在{lender}的借款{amount}元已逾期{days}天，经多次催告未果。如您在{date}前仍未还款，我司将在{media}及网络平台发布催收公告，公告内容包括您的姓名、照片及欠款金额。\n{lender}",
       "关于拟公开催收的告知\n{name}：\n鉴于您长期拖欠，本公司拟于近日通过{media}对您进行公告催收，一切影响由您自行承担。\n{lender}法务部"),
    _f("exposure.weibo_id", EXP, "app", "app",
       "把你的身份证正反面挂到{platform}上，让大家认识认识你。",
       "你的手持身份证照片我们还留着呢，发到网上应该挺好看的。"),
    _f("exposure.building", EXP, "sms", "sms_template",
       "你们小区电梯间、单元门我们都给你贴上。",
       "{community}每栋楼的电梯里明天都会有你的欠款告示。"),
    _f("exposure.owners_group", EXP, "app", "app",
       "发到你们小区业主群，看你以后怎么见人。",
       "你们小区的业主群、物业群我们都进去了，不还就在里面公布。"),
    _f("exposure.banner", EXP, "call", "spoken",
       "坐席：我们会在你公司楼下拉横幅\n客户：{reply}\n坐席：上面就写你的名字和欠多少钱",
       "坐席：你再不还，我们就去你们{village}村口拉条幅\n客户：{reply}"),
    _f("exposure.loudspeaker", EXP, "call", "dialect",
       "坐席：再不还，我就开着喇叭车到你们村里喊\n客户：{reply}\n坐席：让全屯子老少爷们都听听",
       "坐席：你等着，我们拿个大喇叭去你们村头天天放你欠钱的事\n客户：{reply}"),
    _f("exposure.cantonese", EXP, "app", "dialect",
       "唔還錢就將你張相貼滿成條街。",
       "你再唔還，我哋就將你啲資料放上網，等全世界都知。"),
    _f("exposure.robot_publish", EXP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能语音。您已逾期{days}天，系统将把您的逾期信息推送至本地公示平台。\n客户：{reply}\n坐席：如需撤回，请立即还款。",
       "坐席：您好，{sir}，您的账户已进入公开曝光流程，您的姓名及欠款将在网络平台公示。请尽快还款。\n客户：{reply}"),
    _f("exposure.app_queue", EXP, "app", "formal",
       "【账户提醒】您的欠款信息已进入'曝光台'待公示队列，{hours}小时后自动发布。",
       "【{lender}】您已被列入公开曝光名单，将于{date}在本地媒体及网络平台公示。",
       wrap=False),
    _f("exposure.debtor_wall", EXP, "notice", "letter",
       "催收函\n{sir}：\n您尚欠{lender}{amount}元。逾期不处理，我司将在官网'老赖曝光栏'公布您的姓名、照片及身份信息。\n{lender}\n{date}",
       "最后催告函\n{name}：\n如您{deadline}仍不还款，我司将把您的信息提交至'失信人员曝光墙'，在商场及地铁屏幕滚动播放。\n{lender}"),
    _f("exposure.livestream", EXP, "app", "app",
       "下次上门我们全程直播，让网友看看欠钱不还的人长什么样。",
       "上门的时候全程录像，回头剪辑好发网上，让大家评评理。"),
    _f("exposure.school_parents", (EXP, TP), "sms", "sms_template",
       "你孩子学校的家长群我们也能进，要不要让其他家长都知道？",
       "{deadline}不还，{school}的家长群里就会出现你的欠款信息。"),
    _f("exposure.wanted_poster", EXP, "sms", "sms_template",
       "我们将发布悬赏公告，征集你的下落，附你的照片和身份证号后四位。",
       "悬赏寻人启事已经做好，明天在{city}各大论坛和{platform}同时发布。"),
    _f("exposure.hometown_tv", EXP, "call", "spoken",
       "坐席：你老家县电视台的广告位我们已经联系好了\n客户：{reply}\n坐席：滚动播放你的名字，播一个月",
       "坐席：我们跟{media}有合作的\n客户：{reply}\n坐席：你这种情况上个曝光栏目很正常"),
    _f("exposure.with_insult", (EXP, INS), "app", "app",
       "你的头像我们会做成'老赖'海报发到网上，让所有人看看这个骗子。",
       "不要脸的东西，明天你的照片就挂在你们村口，标题就叫'欠债不还的无赖'。"),
    _f("exposure.two_turns", EXP, "call", "spoken",
       "坐席：你还是不打算处理是吧\n客户：{reply}\n坐席：那行，你的事情很快全网都会知道",
       "坐席：你最在乎的是面子对吧\n客户：{reply}\n坐席：那我们就让你在{platform}上好好出个名"),
    _f("exposure.workplace_board", EXP, "sms", "sms_template",
       "你们公司门口的公告栏，明天会贴上你的欠款通知。",
       "我们会把你的欠款告示送到{employer}门口张贴，让路过的人都看看。"),
    _f("exposure.asr_spoken", EXP, "call", "spoken",
       "坐席：呃就是说你这个情况呢我们会给你那个发到网上去的\n客户：{reply}\n坐席：对就那个抖音啊快手啊都会发",
       "坐席：那个我跟你讲啊你再这样子我们就把你照片那个贴到你们村里去了\n客户：{reply}"),
    _f("exposure.group_chat_post", EXP, "app", "app",
       "本地的微信群、QQ群我们都有人，{deadline}不还，到处都是你的欠条照片。",
       "{city}本地生活群有几十万人，要不要给你发一条？"),
    _f("exposure.sichuan", EXP, "call", "dialect",
       "坐席：你再拖嘛，我把你的相片贴到你们镇上赶场的地方\n客户：{reply}\n坐席：让一镇的人都晓得你欠钱不还",
       "坐席：莫得钱是吧，我就发到你们县城的论坛头去\n客户：{reply}"),
    _f("exposure.formal_public_notice", EXP, "sms", "formal",
       "【{lender}】如您逾期仍未还款，本司将依据合同约定在社会公共场所张贴催收公告。",
       "【{lender}】温馨提示：拒不还款客户的信息将在户籍地公示，请您珍惜个人名誉。",
       wrap=False),
    _f("exposure.trad_letter", EXP, "notice", "letter",
       "公開催收通知\n{sir}：\n您於{lender}之借款{amount}元已逾期{days}日。如仍未清償，本公司將於{platform}及社區公告欄公開您的欠款資料。\n{lender}",
       "催收告知\n{name}：\n閣下之欠款逾期已久，本公司擬將閣下姓名及相片刊登於報章，以作公開追討。\n{lender}"),
]


# ---------------------------------------------------------------- misleading.impersonation

_IMPERSONATION = [
    _f("impersonation.court_sms_case", (IMP, LEG), "sms", "formal",
       "【{district}人民法院】{sir}，您与{lender}借款合同纠纷一案已立案受理，案号{case_no}，请于{date}前主动履行还款义务，否则本院将依法强制执行。",
       "【{district}人民法院】您因拖欠{lender}借款{amount}元被起诉，案号{case_no}，请于{date}到本院立案庭领取传票。",
       wrap=False),
    _f("impersonation.court_sms_soft", IMP, "sms", "formal",
       "【{district}人民法院】温馨提示：您尚欠{lender}款项{amount}元，请尽快联系{hotline}处理。",
       "【{district}人民法院诉前调解中心】{sir}您好，您与{lender}的欠款纠纷已进入诉前调解，请致电{hotline}。",
       wrap=False),
    _f("impersonation.lawfirm_sms", IMP, "sms", "formal",
       "【{city}正衡律师事务所】{sir}您好，本所受{lender}委托，就您拖欠的{amount}元向您发出最后通知，请于{date}前联系{hotline}。",
       "【{city}明鉴律师事务所】您好，您的欠款案件已由本所律师接手，请主动联系承办律师协商还款。",
       wrap=False),
    _f("impersonation.arbitration_sms", IMP, "sms", "formal",
       "【{city}仲裁委员会】{sir}，您的借款纠纷已进入仲裁程序，请于{date}前联系{hotline}确认还款方案。",
       "【{city}仲裁委员会】您与{lender}之间的争议已受理，仲裁秘书将与您联系，请保持电话畅通。",
       wrap=False),
    _f("impersonation.procuratorate", (IMP, LEG), "sms", "formal",
       "【{district}人民检察院】您涉嫌恶意拖欠{lender}借款，本院已依法审查，请于{date}前到案说明。",
       "【{district}人民检察院】通知：您的逾期借款案已移送本院审查起诉，请立即联系{hotline}。",
       wrap=False),
    _f("impersonation.police_self_intro", IMP, "call", "spoken",
       "坐席：喂，{sir}是吧，我是{district}公安分局经侦大队的\n客户：{reply}\n坐席：你在{lender}的借款问题，我们这边需要你配合了解一下",
       "坐席：我们是公安经侦的，找你核实一下你在网上借款的情况\n客户：{reply}"),
    _f("impersonation.lawyer_self_intro", IMP, "call", "spoken",
       "坐席：你好，我是负责你案子的律师，姓{surname}\n客户：{reply}\n坐席：你这个事情现在由我全权处理，你最好配合",
       "坐席：{sir}，我是{lender}的代理律师{surname}律师\n客户：{reply}\n坐席：你的材料我已经整理好了"),
    _f("impersonation.legal_officer", IMP, "call", "spoken",
       "坐席：我是{lender}法务部的法务专员，你的案子现在由我负责\n客户：{reply}\n坐席：我这边是走司法程序的，不是普通催收",
       "坐席：你好，这里是{city}金融调解中心法务专员，工号{agent}，你的诉前案件在我这\n客户：{reply}"),
    _f("impersonation.financial_regulator", IMP, "call", "spoken",
       "坐席：我们是{city}金融办的工作人员\n客户：{reply}\n坐席：你名下有一笔逾期借款，我们负责督办",
       "坐席：您好，这里是银保监局消费者权益部\n客户：{reply}\n坐席：你在{lender}的欠款被投诉到我们这了，需要你尽快处理"),
    _f("impersonation.robot_court", IMP, "call", "robot_script",
       "坐席：您好，这里是{district}人民法院诉前调解中心，您与{lender}的借款纠纷需您确认，确认请按1。\n客户：{reply}",
       "坐席：您好，这里是{city}中级人民法院执行局语音通知，您有一份文书待签收，详询{hotline}。\n客户：{reply}"),
    _f("impersonation.execution_officer", (IMP, LEG), "call", "spoken",
       "坐席：我是法院执行局的工作人员\n客户：{reply}\n坐席：你的案子已经进入执行了，今天不处理就上门查封",
       "坐席：你好，这里是执行庭\n客户：{reply}\n坐席：你欠{lender}的{amount}，明天我们法警就过去"),
    _f("impersonation.police_letter", (IMP, LEG), "notice", "letter",
       "{city}市公安局\n协查通知书\n{name}：\n经查，你涉嫌以非法占有为目的骗取{lender}借款{amount}元，请于{date}前到{district}公安分局经侦大队接受询问。\n{city}市公安局（印）",
       "协助调查函\n{sir}：\n你因拖欠网络借款被列为调查对象，请于收到本函三日内到辖区派出所说明情况，逾期将依法采取强制措施。\n{district}公安分局"),
    # A collector's own department writing as a lawyer: a law firm's genuine letter (firm, licence number,
    # a lawful claim) is a lawful sample in lawful.py.
    _f("impersonation.lawyer_letter", (IMP, LEG), "notice", "letter",
       "律师函\n{sir}：\n我是{lender}贷后法务组的{surname}律师，你的逾期案件已由我接手。请于{date}前还清{amount}元，否则我将代表公司对你提起刑事控告。\n{lender}贷后法务组 {surname}律师",
       "律 师 函\n{name}：\n受{lender}全权委托，本律师团队（{lender}资产管理部催收二组）正式通知你：你拖欠借款{amount}元已涉嫌恶意逃债，逾期将移送公安机关处理。\n承办律师：{surname}律师 {date}"),
    _f("impersonation.cantonese", IMP, "call", "dialect",
       "坐席：喂，我系{district}法院嘅，打嚟通知你\n客户：{reply}\n坐席：你{lender}嗰筆數已經入咗案",
       "坐席：我哋系律師樓，代表{lender}追你筆數\n客户：{reply}"),
    _f("impersonation.gov_signature", IMP, "sms", "formal",
       "【{city}市地方金融监督管理局】您有一笔逾期借款被纳入重点督办，请于{date}前联系{hotline}处理。",
       "【{city}市人民政府金融工作办公室】您在{lender}的借款已逾期，请主动配合清收工作。",
       wrap=False),
    _f("impersonation.two_turns_court", IMP, "call", "spoken",
       "坐席：你好这里是法院\n客户：法院？\n坐席：对，民事庭，你和{lender}的案子我这边在处理",
       "坐席：我不是催收，我是法院这边的\n客户：{reply}\n坐席：你的材料已经到我们庭里了"),
    _f("impersonation.e_service", (IMP, LEG), "sms", "formal",
       "【{district}法院电子送达】{sir}，您有一份传票待签收，案号{case_no}，请点击链接查看。",
       "【司法送达平台】您的借款纠纷案件文书已送达，逾期不签收视为拒不到庭。",
       wrap=False),
    _f("impersonation.credit_center", (IMP, LEG), "sms", "formal",
       "【人民银行征信中心】您的{lender}借款已逾期{days}天，如{deadline}仍未还款，将被录入征信永久黑名单。",
       "【征信管理中心】通知：您已被标记为严重失信人员，请立即联系{hotline}处理，否则影响终身贷款。",
       wrap=False),
    _f("impersonation.bailiff", (IMP, LEG), "call", "spoken",
       "坐席：我是{district}法院的法警\n客户：{reply}\n坐席：明天上午我们会依法对你进行拘传",
       "坐席：你好，我这边是法院司法警察大队的\n客户：{reply}\n坐席：你这个案子已经批了拘传"),
    _f("impersonation.internet_court", IMP, "app", "formal",
       "【互联网法院】您与{lender}借款合同纠纷案已进入审理流程，请登录APP查看案件进度。",
       "【{city}互联网法院】您有一条待处理的诉讼通知，请在{hours}小时内确认。",
       wrap=False),
    _f("impersonation.judge", IMP, "call", "spoken",
       "坐席：我是承办法官，姓{surname}\n客户：{reply}\n坐席：你和{lender}的借款合同纠纷现在在我手上",
       "坐席：你好，{district}法院{surname}法官助理\n客户：{reply}\n坐席：开庭之前给你一个调解的机会"),
    _f("impersonation.local_police", IMP, "call", "spoken",
       "坐席：我是你户籍地派出所的民警\n客户：{reply}\n坐席：有家金融公司报案说你欠钱不还，你过来说明一下",
       "坐席：你好，这里是{village}派出所\n客户：{reply}\n坐席：你网贷的事情平台已经报到我们这了"),
    _f("impersonation.lawyer_team_app", IMP, "app", "app",
       "{city}正衡律师事务所催收律师团队已接手您的案件，请在APP内与承办律师对话。",
       "您的账户已移交合作律所，律师{surname}将作为您的案件承办人与您联系。"),
    _f("impersonation.debt_office", IMP, "sms", "sms_template",
       "您好，我们是{city}市司法局债务清收办公室，您有一笔欠款需要处理。",
       "这里是{district}法律援助中心清欠科，您的借款逾期问题请回电{hotline}。"),
    _f("impersonation.asr_lawyer", IMP, "call", "spoken",
       "坐席：呃我这边是那个律是事务所的啊就是{lender}委托我们过来处理你这个案子\n客户：{reply}\n坐席：对我就是负责你这个案子的律师",
       "坐席：那个你好我是律师啊我姓{surname}就是专门给你这个案子做代理的\n客户：{reply}"),
    _f("impersonation.sms_lawyer_intro", IMP, "sms", "sms_template",
       "{sir}，我是负责您欠款案件的{surname}律师，请今天回电，否则我将按程序处理。",
       "您好，本人系{lender}法律顾问{surname}律师，您的案件已在我手上，望您重视。"),
    _f("impersonation.procuratorate_call", (IMP, LEG), "call", "spoken",
       "坐席：我这里是检察院\n客户：{reply}\n坐席：你的案子公安已经移送过来了，准备批捕",
       "坐席：你好，{district}检察院的\n客户：{reply}\n坐席：你涉嫌信用卡诈骗，这个电话是通知你"),
    _f("impersonation.arbitration_call", IMP, "call", "robot_script",
       "坐席：您好，这里是{city}仲裁委员会，您的借款纠纷已进入仲裁程序，请按1联系仲裁秘书。\n客户：{reply}",
       "坐席：您好，这是仲裁委语音通知，关于您与{lender}的欠款争议，请于今日内回电{hotline}。\n客户：{reply}"),
    _f("impersonation.notice_court_letter", (IMP, LEG), "notice", "letter",
       "{district}人民法院\n执行通知书\n案号：{case_no}\n被执行人：{name}\n你与{lender}借款合同纠纷一案，本院已立案执行。限你于{date}前履行还款义务{amount}元，逾期将依法拘留。\n{district}人民法院（印）",
       "{district}人民法院\n传票\n{sir}：\n你拖欠{lender}借款一案定于{date}开庭审理，务必准时到庭，否则将依法拘传。"),
    _f("impersonation.trad_lawfirm", IMP, "sms", "formal",
       "【{city}正衡律師事務所】{sir}您好，本所受{lender}委託追討您的欠款{amount}元，請於{date}前聯絡本所。",
       "【律師事務所通知】閣下之欠款已交由本所律師處理，請儘快致電{hotline}。",
       wrap=False),
]


# ---------------------------------------------------------------- misleading.legal (collector names itself truthfully)

_LEGAL = [
    _f("legal.jail", LEG, "sms", "sms_template",
       "再不还就等着坐牢吧。",
       "{amount}元够你进去蹲几年的了，好好想想。",
       "你这种情况，不还钱迟早要吃牢饭。"),
    _f("legal.detention", LEG, "call", "spoken",
       "坐席：不还的话直接拘留十五天\n客户：{reply}\n坐席：拘留完了钱还得还",
       "坐席：你知道恶意欠款是要被行政拘留的吧\n客户：{reply}"),
    _f("legal.criminal_formal", LEG, "sms", "formal",
       "您的行为已涉嫌恶意透支，将被依法追究刑事责任。",
       "经核查，您存在以非法占有为目的拖欠借款的行为，已涉嫌诈骗罪，我司将移交司法机关追究刑事责任。",
       "逾期超过{days}天未还款，依法可认定为恶意逃废债，需承担刑事责任。"),
    _f("legal.credit_permanent", LEG, "sms", "sms_template",
       "再不还款，您的征信将被永久拉黑，这辈子都别想再贷到款。",
       "今天不还，征信永久黑名单，以后房贷车贷信用卡都别想办。",
       "逾期记录会跟您一辈子，永远无法消除。"),
    _f("legal.children_future", LEG, "app", "app",
       "您的子女以后考公、参军、政审都会受影响。",
       "欠款不还，您孩子上学都成问题，好学校不会收失信人员的子女。",
       "您这样下去，孩子将来考公务员政审一查就过不了。"),
    _f("legal.travel_immediate", LEG, "sms", "formal",
       "从今天起您将无法乘坐高铁、飞机。",
       "您已被限制高消费，即日起禁止购买机票和高铁票。",
       "系统已对您的身份证进行出行限制，坐火车都买不了票。"),
    _f("legal.case_transferred", LEG, "sms", "formal",
       "您的案件已移交至{district}公安分局处理。",
       "鉴于您长期失联，您的档案已移交户籍地公安机关协查。",
       "您的欠款案件已转至当地派出所，请等待民警联系。"),
    _f("legal.summons_report", LEG, "sms", "formal",
       "请于{date}上午九点前到{district}公安分局经侦大队报到，说明借款情况。",
       "请您在{hours}小时内到户籍地派出所配合调查，逾期视为拒不到案。",
       "请本人携带身份证于{date}到{district}法院立案庭报到，逾期将被强制带离。"),
    _f("legal.case_number", LEG, "app", "app",
       "案件编号{case_no}，当前状态：待执行拘留。",
       "【案件进度】编号{case_no}｜状态：已移送公安｜下一步：立案侦查",
       "您的案件{case_no}已进入刑事立案审核阶段，预计{hours}小时内出结果。"),
    _f("legal.arrest_certain", LEG, "call", "spoken",
       "坐席：明天上午就会有民警上门把你带走\n客户：{reply}\n坐席：这事已经定了，你现在还钱也只能算减轻",
       "坐席：我跟你说，你这个情况是肯定要被抓的\n客户：{reply}\n坐席：到时候你家里人去看守所看你吧"),
    _f("legal.investigation", LEG, "sms", "sms_template",
       "已对您立案调查，请保持电话畅通。",
       "您的恶意欠款行为已被立案，调查人员近日将与您联系。"),
    _f("legal.warrant", LEG, "sms", "sms_template",
       "你的拘传令今天下午批了，自己看着办。",
       "逮捕令已签发，这是你最后一次主动还款的机会。",
       "你的拘捕手续今天已经批下来了，明天执行。"),
    _f("legal.wanted", LEG, "app", "app",
       "再不还款，你将被网上通缉。",
       "你已经被列为网上追逃人员，住酒店、坐车都会被抓。"),
    _f("legal.freeze_no_court", LEG, "sms", "sms_template",
       "你名下所有银行卡、微信、支付宝今晚十二点全部冻结。",
       "{deadline}不还款，系统将冻结您的工资卡和社保卡。",
       "您的所有账户将于明日起被冻结，无法进行任何转账消费。"),
    _f("legal.social_security", LEG, "call", "spoken",
       "坐席：不还的话你的社保医保全部停掉\n客户：{reply}\n坐席：看病都报销不了",
       "坐席：你这个欠款不处理，公积金我们会申请冻结的\n客户：{reply}"),
    _f("legal.auction_tomorrow", LEG, "sms", "sms_template",
       "明天就拍卖你的房子，你自己看着办。",
       "你的车已经被列入查封名单，今天之内就会有人去拖车。"),
    _f("legal.fraud_threshold", LEG, "call", "spoken",
       "坐席：恶意拖欠超过{days}天就按诈骗罪处理\n客户：{reply}\n坐席：金额超过三千就可以立案，你这都{amount}了",
       "坐席：你这个已经构成诈骗了\n客户：{reply}\n坐席：借钱不还就是非法占有，够判了"),
    _f("legal.sichuan", LEG, "call", "dialect",
       "坐席：你等到起，警察明天就来抓你\n客户：{reply}\n坐席：进去了你就晓得厉害了",
       "坐席：你这个都要坐牢的哦\n客户：{reply}\n坐席：莫以为我吓你"),
    _f("legal.cantonese", LEG, "app", "dialect",
       "你再唔還錢，等住坐監啦。",
       "差人聽日就上門拉你，你自己諗清楚。"),
    _f("legal.robot_police", LEG, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。系统已将您的资料提交至公安机关，如今日仍未还款，将依法追究您的刑事责任。\n客户：{reply}",
       "坐席：您好，{sir}，您的逾期已超过{days}天，已触发司法移送流程，近期将有执行人员与您联系。\n客户：{reply}"),
    _f("legal.criminal_letter", LEG, "notice", "letter",
       "刑事立案告知书\n{name}：\n你于{lender}借款{amount}元，至今拒不偿还，已涉嫌合同诈骗罪。本公司已向公安机关报案，案件编号{case_no}。\n{lender}法务部\n{date}",
       "移送司法告知函\n{sir}：\n鉴于你恶意拖欠借款{days}天，我司已将相关证据移送公安机关，届时你将面临拘留及刑事处罚。\n{lender}"),
    _f("legal.exit_ban", LEG, "sms", "sms_template",
       "您已被限制出境，护照即将作废。",
       "欠款不还，出入境管理部门会直接扣留你的证件。"),
    _f("legal.criminal_record_job", LEG, "call", "spoken",
       "坐席：你有了犯罪记录，单位肯定开除你\n客户：{reply}\n坐席：以后哪个公司都不会要你",
       "坐席：这个事一旦留了案底\n客户：{reply}\n坐席：影响你三代人，孩子孙子都跑不掉"),
    _f("legal.family_credit", LEG, "app", "app",
       "您不还款，您家人的征信也会受到影响。",
       "失信会连累你父母和配偶，他们以后贷款也会被拒。"),
    _f("legal.phone_cut", LEG, "sms", "sms_template",
       "逾期不处理，您的手机号将被运营商停机。",
       "您的身份证将被公安系统冻结，所有实名业务无法办理。"),
    _f("legal.blacklist_done", LEG, "sms", "formal",
       "【{lender}】您已被列入失信被执行人名单，即日生效。",
       "【{lender}】经系统审核，您已被纳入全国失信人员名单，全国法院联网公布。",
       wrap=False),
    _f("legal.two_turns", LEG, "call", "spoken",
       "坐席：你这个钱今天不还\n客户：{reply}\n坐席：那明天就不是我跟你谈了，是警察跟你谈",
       "坐席：最后给你一次机会\n客户：{reply}\n坐席：过了今天，你的案子就进刑事程序了"),
    _f("legal.app_progress", LEG, "app", "formal",
       "【法务进度】您的案件已进入'刑事移送'环节，请勿忽视。",
       "【催收进度】已报案 → 已立案 → 待拘传（当前）",
       wrap=False),
    _f("legal.penalty_exaggerated", LEG, "sms", "sms_template",
       "起诉后你要承担十倍违约金和全部律师费，总计{big_amount}元。",
       "进入诉讼程序后，您的欠款将按日息百分之五计算，翻倍追讨。"),
    _f("legal.control_first", LEG, "call", "spoken",
       "坐席：法院会先把你控制起来\n客户：{reply}\n坐席：然后再走程序，你想清楚",
       "坐席：开庭你不去就是拒不到庭，直接抓人\n客户：{reply}"),
    _f("legal.asr_spoken", LEG, "call", "spoken",
       "坐席：呃你这个呢已经是那个刑事案件了啊就是说你要坐牢的\n客户：{reply}\n坐席：对你现在还还来得及",
       "坐席：那个我跟你讲你这个情况呢公安那边已经那个立案了\n客户：{reply}\n坐席：就是说随时会有人去找你"),
    _f("legal.dongbei", LEG, "call", "dialect",
       "坐席：你再不还，警察上门给你铐走\n客户：{reply}\n坐席：到时候别跟我这嘚瑟",
       "坐席：你这都够进去蹲着的了你知道不\n客户：{reply}"),
    _f("legal.letter_criminal_consequences", LEG, "notice", "letter",
       "最后通知书\n{sir}：\n你尚欠{lender}{amount}元，逾期{days}天。如{date}前仍未还清，你将被追究刑事责任，你的子女将无法报考公务员、参军及就读重点院校。\n{lender}",
       "严正警告函\n{name}：\n你的行为已构成恶意逃债，依法将被处以拘留，并列入永久失信名单。\n{lender}风险管理部"),
    _f("legal.trad", LEG, "sms", "sms_template",
       "您的欠款已逾期{days}天，再不處理將被追究刑事責任，後果自負。",
       "逾期不還款，您的征信將永久受損，子女升學亦會受影響。"),
]


# ---------------------------------------------------------------- coercion.debt_rollover

_ROLLOVER = [
    _f("rollover.other_app", ROLL, "sms", "sms_template",
       "你去{other_app}借一笔，先把我们的账平了。",
       "{other_app}现在下款很快，借出来先还我们这边。",
       "实在没钱就去{other_app}、{other_app2}上借，这几个平台审核都松。"),
    _f("rollover.friends", ROLL, "call", "spoken",
       "坐席：找朋友同事借一借，总能凑出来的\n客户：{reply}\n坐席：那么多朋友一人借你两百都够了",
       "坐席：你没钱你可以借啊\n客户：{reply}\n坐席：亲戚朋友那么多，随便找个人借点先还上"),
    _f("rollover.yidai_yangdai", ROLL, "app", "app",
       "以贷养贷大家都这么干，你先借一笔周转一下。",
       "拆东墙补西墙也是办法，先把这期还上再说。"),
    _f("rollover.sell_car", ROLL, "call", "spoken",
       "坐席：你不是有车吗\n客户：{reply}\n坐席：车卖了不就有钱了",
       "坐席：你那辆车拿去抵押一下，车抵贷当天就能放款\n客户：{reply}"),
    _f("rollover.pledge_house", ROLL, "sms", "sms_template",
       "把房子抵押了先把欠款还上。",
       "你家里不是有套房吗？拿去做个抵押贷款，几十万都能批下来。"),
    _f("rollover.sell_blood", ROLL, "call", "spoken",
       "坐席：没钱就去卖血\n客户：{reply}\n坐席：卖血也得把钱还上",
       "坐席：你年轻力壮的，去献个血换点营养费都比你这样强\n客户：{reply}"),
    _f("rollover.card_cashout", ROLL, "sms", "sms_template",
       "您可以用信用卡套现先把这期还了。",
       "你信用卡还有额度吧？刷出来先填我们这个窟窿，回头再说。"),
    _f("rollover.partner_list", ROLL, "sms", "formal",
       "【{lender}】您可通过以下合作平台申请资金周转：{other_app}、{other_app2}，借款到账后请及时还款。",
       "【{lender}】资金紧张？推荐您前往合作机构{other_app}申请借款，专款专用于归还本平台欠款。",
       wrap=False),
    _f("rollover.robot_suggest", ROLL, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。如您暂时资金困难，可以尝试在其他正规平台申请借款用于还款。\n客户：{reply}",
       "坐席：您好，{sir}，您本期欠款{amount}元，如资金不足，建议您向亲友借款或申请其他贷款产品及时还款。\n客户：{reply}"),
    _f("rollover.parents_savings", ROLL, "call", "spoken",
       "坐席：你爸妈攒的那点棺材本，先拿出来给你填上\n客户：{reply}",
       "坐席：你家里老人总有点存款吧\n客户：{reply}\n坐席：先找他们拿点"),
    _f("rollover.organ", (ROLL, INS), "app", "app",
       "实在不行去卖个肾，总比当老赖强。",
       "没钱？身上零件那么多，卖一个就够了。"),
    _f("rollover.pawn", ROLL, "sms", "sms_template",
       "手机、金首饰拿去当了，先凑够{amount}。",
       "把你结婚的金镯子卖了，还这点钱绰绰有余。"),
    _f("rollover.private_lender", ROLL, "call", "spoken",
       "坐席：我认识一个老板放款快\n客户：{reply}\n坐席：利息是高点，但当天到账，你先把我们这边结清",
       "坐席：我可以帮你联系一家机构，下款后直接转给我们\n客户：{reply}"),
    _f("rollover.sichuan", ROLL, "call", "dialect",
       "坐席：你莫得钱就去找你屋头亲戚借嘛\n客户：{reply}\n坐席：借不到就去网上借，啥子平台都可以",
       "坐席：你那个摩托车卖了噻\n客户：{reply}"),
    _f("rollover.cantonese", ROLL, "app", "dialect",
       "冇錢就去{other_app}借啦，一陣就批。",
       "你架車賣咗佢咪有錢還囉。"),
    _f("rollover.other_quota", ROLL, "app", "app",
       "你{other_app}还有额度吧，先刷出来还我们。",
       "你手机上那么多借款APP，随便哪个都能借出{amount}。"),
    _f("rollover.spouse_card", ROLL, "call", "spoken",
       "坐席：用你老婆的信用卡先垫上\n客户：{reply}",
       "坐席：你家里人谁有信用卡，先刷一下\n客户：{reply}\n坐席：分期慢慢还嘛"),
    _f("rollover.app_push", ROLL, "app", "app",
       "额度不足？点击进入{other_app}，最快5分钟放款，轻松还清欠款。",
       "【还款助手】检测到您有待还账单，为您匹配{other_app}借款额度，一键借款还账单。"),
    _f("rollover.sell_house", ROLL, "sms", "sms_template",
       "把房子卖了还债，天经地义。",
       "你老家的房子挂出去卖了，欠款就都解决了。"),
    _f("rollover.two_turns", ROLL, "call", "spoken",
       "坐席：你说你没钱\n客户：{reply}\n坐席：那你想办法去借啊，网贷那么多",
       "坐席：工资不够还是吧\n客户：{reply}\n坐席：那就再借一笔，先把窟窿堵上"),
    _f("rollover.loan_shark", ROLL, "sms", "sms_template",
       "去借点高利贷也得先把这个还上。",
       "民间借贷来钱快，你找个放贷的先把{amount}补上。"),
    _f("rollover.ebike", ROLL, "call", "spoken",
       "坐席：把你那辆电动车卖了\n客户：{reply}\n坐席：手机也换个便宜的，多出来的钱都能还",
       "坐席：家里值钱的东西拿去卖了\n客户：{reply}"),
    _f("rollover.microlender", ROLL, "app", "app",
       "去找个小贷公司借一下，当天就能还上。",
       "小额贷款公司门槛低，你去试试，先还我们的。"),
    _f("rollover.with_insult", (ROLL, INS), "call", "spoken",
       "坐席：没钱就去卖血啊\n客户：{reply}\n坐席：装什么可怜，废物一个",
       "坐席：你这种人就该去借高利贷，借到倾家荡产\n客户：{reply}\n坐席：活该"),
    _f("rollover.kidney_violence", (ROLL, VIO), "call", "spoken",
       "坐席：还不上就拿肾来抵\n客户：{reply}\n坐席：我们有人可以帮你联系",
       "坐席：你不还，我们帮你找地方卖器官\n客户：{reply}"),
    _f("rollover.formal_letter", ROLL, "notice", "letter",
       "还款建议函\n{sir}：\n您尚欠{lender}{amount}元。建议您通过变卖名下车辆、房产等资产筹集资金，或向其他金融机构申请贷款，尽快结清欠款。\n{lender}\n{date}",
       "督促还款通知\n{name}：\n如您暂无还款能力，建议您向亲友筹借或申请其他信用贷款，于{date}前归还本司欠款。\n{lender}贷后管理部"),
    _f("rollover.colleagues", ROLL, "app", "app",
       "你跟同事开个口，一人借你一点，今天就能凑齐。",
       "找你领导预支下个月工资，先结了我们这笔。"),
    _f("rollover.car_title_loan", ROLL, "sms", "sms_template",
       "您名下有车，可以办理车抵贷，押证不押车，当天放款还清欠款。",
       "房产二次抵押最快三天放款，建议您办理后还清{lender}欠款。"),
    _f("rollover.many_apps", ROLL, "call", "spoken",
       "坐席：多下几个APP，每个借一点就凑够了\n客户：{reply}",
       "坐席：{other_app}、{other_app2}，你都试一下\n客户：{reply}\n坐席：总有一个能下款"),
    _f("rollover.asr_spoken", ROLL, "call", "spoken",
       "坐席：呃那你就是说去别的平台借一下嘛那个现在借款很方便的\n客户：{reply}\n坐席：对你借出来先还我们这个",
       "坐席：那个你身边朋友啊亲戚啊借一下嘛就是说先把这个窟窿补上\n客户：{reply}"),
    _f("rollover.dongbei", ROLL, "call", "dialect",
       "坐席：你那啥，去别的平台整点钱先还上\n客户：{reply}\n坐席：磨叽啥呢",
       "坐席：家里那头牛卖了不就完事了\n客户：{reply}"),
    _f("rollover.trad", ROLL, "app", "app",
       "您可以先向{other_app}申請借款，到帳後立即歸還本平台欠款。",
       "建議您將名下車輛抵押借款，儘快清償欠款{amount}元。"),
]


# ---------------------------------------------------------------- pii.third_party_disclosure (to a relative, colleague or friend)

_DISCLOSURE = [
    _f("disclosure.friend_unreachable", DIS, "sms", "sms_template",
       "你好，你朋友{name}在我们{lender}借了钱，现在联系不上他，麻烦你转告一下。",
       "您好，{name}在{lender}有一笔借款逾期了，我们一直联系不到本人，您见到他请让他回个电话。",
       "你朋友{name}欠我们平台的钱好久没还了，电话也打不通，你知道他最近在哪吗？",
       to="third_party"),
    _f("disclosure.relay_sibling", DIS, "sms", "sms_template",
       "麻烦转告{tp_relation}，他在{lender}的贷款已经逾期{days}天了，请尽快处理。",
       "请帮忙提醒{tp_relation}{name}，他的{product}账单{amount}元已逾期，尽快还款。",
       "{tp_relation}在我们这边的借款逾期未还，麻烦您让他联系{hotline}。",
       to="third_party"),
    _f("disclosure.robot_emergency", DIS, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服，您是{name}的紧急联系人，其名下借款{amount}元已逾期{days}天，请提醒其尽快还款。\n联系人：{tp_reply}\n坐席：感谢您的配合，再见。",
       "坐席：您好，这里是{lender}贷后服务中心。{name}在本平台的借款已逾期，当前欠款{amount}元，因无法联系到本人，特致电告知，请您转告。\n联系人：{tp_reply}",
       to="third_party"),
    _f("disclosure.colleague_call", DIS, "call", "spoken",
       "坐席：你好，请问是{name}的同事吗\n联系人：{tp_reply}\n坐席：是这样，他在我们{lender}有笔借款逾期了，{amount}块，你跟他说一声让他回个电话",
       "坐席：喂你好，你们公司是不是有个叫{name}的\n联系人：{tp_reply}\n坐席：他欠我们平台钱一直没还，你帮忙带个话",
       to="third_party"),
    _f("disclosure.contact_sms_formal", DIS, "sms", "formal",
       "【{lender}】您好，{name}在我司借款逾期未还，您作为其联系人，请告知其尽快处理。",
       "【{lender}】尊敬的联系人，您的亲友{name}尾号{tail}的借款已逾期{days}天，欠款{amount}元，请提醒其及时还款。",
       "【{lender}】您好，您被{name}登记为紧急联系人。其账户目前处于逾期状态，请转告其联系{hotline}。",
       to="third_party", wrap=False),
    _f("disclosure.mother_call", DIS, "call", "spoken",
       "坐席：阿姨您好，您是{name}的妈妈吧\n联系人：{tp_reply}\n坐席：您儿子在我们平台借了{amount}，已经逾期{days}天了，您跟他说说",
       "坐席：叔叔您好，我们是{lender}的，您女儿的借款逾期了\n联系人：{tp_reply}\n坐席：麻烦您提醒她一下，尽快处理",
       to="third_party"),
    _f("disclosure.spouse_app", DIS, "app", "app",
       "您好，您爱人{name}在{lender}的分期已经逾期了，麻烦您转告他尽快还款。",
       "你老公在我们这借了{amount}，逾期{days}天了，你知道吗？让他赶紧处理一下。",
       to="third_party"),
    _f("disclosure.hr_letter", (DIS, TP), "notice", "letter",
       "协助催收函\n{employer}人力资源部：\n贵单位员工{name}在我司借款{amount}元，已逾期{days}天，经多次催收仍未还款。请贵单位协助督促其履行还款义务。\n{lender}\n{date}",
       "致{employer}：\n贵司员工{name}拖欠{lender}借款未还，为维护金融秩序，请贵司协助从其工资中代扣欠款。\n{lender}资产管理部",
       to="third_party"),
    _f("disclosure.pay_for_him", (DIS, TP), "call", "spoken",
       "坐席：{name}欠我们{amount}联系不上\n联系人：{tp_reply}\n坐席：你们是亲戚，这钱你先帮他还了吧",
       "坐席：你是他哥吧，他在{lender}的钱一直不还\n联系人：{tp_reply}\n坐席：当哥的总得管管，你先替他垫上",
       to="third_party"),
    _f("disclosure.keep_calling", (DIS, TP), "call", "spoken",
       "坐席：{tp_relation}欠我们钱一直躲着\n联系人：{tp_reply}\n坐席：你不让他还，我们就每天打给你",
       "坐席：他在{lender}的借款逾期了你知道吧\n联系人：{tp_reply}\n坐席：他一天不还我们就一天找你，你自己想办法让他还",
       to="third_party"),
    _f("disclosure.keep_calling_sms", (DIS, TP), "sms", "sms_template",
       "你朋友{name}在{lender}欠款{amount}元未还，他不处理，我们会一直联系你。",
       "{name}逾期{days}天，你是他的联系人，他不还我们就天天找你，请你督促他还款。",
       to="third_party"),
    _f("disclosure.asr_spoken", DIS, "call", "spoken",
       "坐席：呃你好啊就是那个{name}你认识吧他在我们这边有个那个借款啊逾期了\n联系人：{tp_reply}\n坐席：对就是你帮忙跟他说一下让他回个电话",
       "坐席：喂你好那个我们是{lender}的啊就是说{tp_relation}他那个贷款还没还嘛\n联系人：{tp_reply}\n坐席：嗯你跟他讲一声",
       to="third_party"),
    _f("disclosure.cantonese", DIS, "call", "dialect",
       "坐席：你好，請問你識唔識{name}啊\n联系人：{tp_reply}\n坐席：佢喺我哋{lender}借咗{amount}蚊，過咗期都未還，麻煩你同佢講聲",
       "坐席：喂，你系佢屋企人吖嘛\n联系人：{tp_reply}\n坐席：佢筆數拖咗好耐，叫佢快啲覆電話",
       to="third_party"),
    _f("disclosure.sichuan", DIS, "call", "dialect",
       "坐席：喂，你是{name}屋头的人嘛\n联系人：{tp_reply}\n坐席：他在我们这儿借的钱过期好久了，你喊他回个电话嘛",
       "坐席：你那个兄弟{name}欠我们{amount}块，电话都打不通\n联系人：{tp_reply}",
       to="third_party"),
    _f("disclosure.village_head", DIS, "call", "spoken",
       "坐席：请问是{village}村的村长吗\n联系人：{tp_reply}\n坐席：你们村的{name}在我们这借了钱逾期了，麻烦您跟他说一声",
       "坐席：您好，我们联系不上{name}，听说他是你们村的\n联系人：{tp_reply}\n坐席：他在{lender}的借款欠了{amount}，麻烦转告",
       to="third_party"),
    _f("disclosure.wrong_party_reveal", DIS, "call", "spoken",
       "坐席：请问是{name}吗\n联系人：不是，我不认识他\n坐席：那你帮忙记一下，他在{lender}欠了{amount}，逾期{days}天了",
       "坐席：{name}是吧\n联系人：你打错了\n坐席：这个号码是他填的联系方式，他的网贷逾期了，你要是见到他让他还钱",
       to="third_party"),
    _f("disclosure.jail_warning", (DIS, LEG), "sms", "sms_template",
       "告诉{tp_relation}，再不还{lender}的钱就要坐牢了。",
       "你朋友{name}的借款已经逾期{days}天，马上就要被公安立案了，你劝劝他。",
       to="third_party"),
    _f("disclosure.guarantor_false", (DIS, TP, LEG), "call", "spoken",
       "坐席：你是{name}的紧急联系人\n联系人：{tp_reply}\n坐席：按规定联系人要承担还款责任，他不还就得你还",
       "坐席：{name}借款时填了你做担保\n联系人：我没担保过啊\n坐席：填了就算，法律上你有连带责任，{amount}你得负责",
       to="third_party"),
    _f("disclosure.landlord", DIS, "call", "spoken",
       "坐席：你好，请问{name}是不是租你的房子\n联系人：{tp_reply}\n坐席：他在我们平台有笔欠款逾期了，你见到他让他联系我们",
       "坐席：房东你好，你那个租客欠了{lender}的钱，电话不接\n联系人：{tp_reply}",
       to="third_party"),
    _f("disclosure.classmate_app", DIS, "app", "app",
       "你好，我是{lender}的工作人员，你同学{name}在我们这有一笔{amount}元的借款逾期了，能帮忙联系一下他吗？",
       "打扰了，请问你是{name}的朋友吗？他的网贷已经逾期，我们找不到他，麻烦转告。",
       to="third_party"),
    _f("disclosure.two_turns_reveal", DIS, "call", "spoken",
       "坐席：你好，你认识{name}吗\n联系人：{tp_reply}\n坐席：他是不是最近换号码了\n联系人：{tp_reply}\n坐席：他在我们这借的{amount}到期没还，你让他赶紧还款",
       "坐席：你是{name}的家属吧\n联系人：{tp_reply}\n坐席：我们是{lender}的，他的账单逾期了，你知道的吧",
       to="third_party"),
    _f("disclosure.robot_sms_amount", DIS, "sms", "formal",
       "【{lender}】尊敬的联系人：您好！{name}（尾号{tail}）在本平台的{product}已逾期，应还金额{amount}元，请协助提醒。",
       "【{lender}】您好，因无法联系到借款人{name}，现告知您其借款已逾期{days}天，敬请转达。",
       to="third_party", wrap=False),
    _f("disclosure.sister_pressure", (DIS, TP), "app", "app",
       "你妹妹在{lender}欠了{amount}，你们家里人得管一管，不然我们只能上门找你们家长。",
       "{name}的欠款现在就你能联系上，你让他{deadline}还上，不然后果你们家一起承担。",
       to="third_party"),
]


# ---------------------------------------------------------------- two families in one message, as real messages often are

_COMBINED = [
    _f("combined.legal_exposure", (LEG, EXP), "sms", "sms_template",
       "逾期不还将被追究刑事责任，同时我们会在{media}对你公开曝光。",
       "再不还钱，一边报警抓你，一边把你的照片发{platform}，你自己选。"),
    _f("combined.legal_exposure_letter", (LEG, EXP), "notice", "letter",
       "最后催告书\n{sir}：\n您欠{lender}{amount}元逾期{days}天。如{date}前仍未结清，本司将向公安机关报案追究您的刑事责任，并在您户籍地张贴公告。\n{lender}",
       "严重逾期告知\n{name}：\n您已被认定为恶意逃债，本司将对您进行司法拘留申请，并通过{media}公开您的失信行为。\n{lender}法务中心"),
    _f("combined.insult_violence", (INS, VIO), "sms", "sms_template",
       "老赖，再不还小心你的狗腿。",
       "人渣，{deadline}不还，让你出门横着回来。"),
    _f("combined.lawfirm_third_party", (IMP, TP), "sms", "formal",
       "【{city}正衡律师事务所】如您{date}前仍未处理，本所将向您的工作单位及直系亲属送达律师函。",
       "【{city}明鉴律师事务所】本所律师将于近日走访您的单位及户籍地，向相关人员核实您的欠款情况。",
       wrap=False),
    _f("combined.police_and_employer", (LEG, TP), "sms", "formal",
       "如未处理，我司将同时通知您的工作单位和户籍地派出所。",
       "逾期未还款，我司将向您单位发送协查函，并移交公安机关立案。"),
    _f("combined.committee_and_notice_board", (TP, EXP), "notice", "letter",
       "协助催收函\n{sir}：\n如您仍不还款，我司将通知{village}村委会协助催收，并在村务公开栏张贴欠款公告。\n{lender}\n{date}",
       "社区协催告知书\n{name}：\n您的欠款逾期已久。我司将函告{community}居委会，并在小区公告栏公示您的欠款信息。\n{lender}"),
    _f("combined.livestream_violence", (VIO, EXP), "call", "spoken",
       "坐席：我们明天带人上门\n客户：{reply}\n坐席：全程直播，到时候兄弟们下手重了别怪我",
       "坐席：晚上去你家门口堵你\n客户：{reply}\n坐席：顺便拍个视频发{platform}，让大家看看老赖的家"),
    _f("combined.rollover_third_party", (ROLL, TP), "call", "spoken",
       "坐席：你不还我们就找你家人\n客户：{reply}\n坐席：要不你自己找亲戚借点先还上，别让我们打过去",
       "坐席：你去{other_app}借一笔还了\n客户：{reply}\n坐席：不然明天你通讯录的人都会接到电话"),
    _f("combined.legal_rollover", (LEG, ROLL), "app", "app",
       "不还就等着坐牢，去{other_app}借一笔先还上吧。",
       "进去蹲几年和去网贷平台借一笔，哪个划算你自己算。"),
    _f("combined.court_media", (IMP, EXP), "sms", "formal",
       "【{district}人民法院】您拖欠{lender}欠款一案，本院将于{date}在{media}发布公告，公开您的失信信息。",
       "【{district}人民法院】如您仍未履行，本院将在您居住地张贴公告并通过网络媒体曝光。",
       wrap=False),
    _f("combined.robot_legal_third_party", (LEG, TP), "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。您已严重逾期，系统将联系您的工作单位，并将您的资料移交公安机关。\n客户：{reply}",
       "坐席：您好，{sir}，如今日不还款，系统将通知您的紧急联系人，并启动刑事报案程序。\n客户：{reply}"),
    _f("combined.spoken_triple", (INS, VIO, LEG), "call", "spoken",
       "坐席：你个骗子\n客户：{reply}\n坐席：不还钱我让你蹲大牢，出来了也有人在门口等你",
       "坐席：老赖你听好了\n客户：{reply}\n坐席：警察抓你之前，我们的人先去你家坐坐"),
    _f("combined.dongbei_contacts_exposure", (TP, EXP), "call", "dialect",
       "坐席：你再不整钱，我就给你通讯录挨个打一遍\n客户：{reply}\n坐席：再把你照片贴到你们屯子大队部门口",
       "坐席：你媳妇你老丈人我都打，完了再给你发快手上\n客户：{reply}"),
    _f("combined.app_formal_three", (TP, EXP, LEG), "app", "formal",
       "【逾期处置通知】您的案件已升级：1.通知紧急联系人；2.户籍地公开公示；3.移送司法机关追究刑责。",
       "【{lender}】您已进入终极处置阶段：联系人通知、社交平台曝光、刑事报案将同步启动。",
       wrap=False),
    _f("combined.insult_third_party_call", (INS, TP), "call", "spoken",
       "坐席：你这个不要脸的\n客户：{reply}\n坐席：我现在就打给你爸，问问他怎么生出你这种东西",
       "坐席：废物，钱不还电话不接\n客户：{reply}\n坐席：那我找你领导，让他也认识认识你"),
]


# ---------------------------------------------------------------- robot scripts, app templates and traditional characters,
# the registers the sections above leave thin

_THIN_REGISTERS = [
    _f("robot.legal_children", LEG, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。您的借款已逾期{days}天，如继续逾期，将影响您子女的入学及政审，请于今日内还款。\n客户：{reply}",
       "坐席：您好，{sir}，温馨提示，严重逾期将导致您本人及家属无法乘坐高铁飞机、子女无法报考公务员，请立即处理。\n客户：{reply}"),
    _f("robot.rollover_assets", ROLL, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。如您资金紧张，建议您变卖车辆等资产或向亲友筹款，于今日内结清欠款。\n客户：{reply}",
       "坐席：您好，{sir}，您可前往{other_app}申请周转资金，借款到账后请第一时间归还本平台欠款。\n客户：{reply}"),
    _f("robot.violence_location", VIO, "call", "robot_script",
       "坐席：您好，这里是{lender}贷后中心。系统已定位到您当前位于{community}附近，外访人员正在前往，请您原地等候。\n客户：{reply}",
       "坐席：您好，{sir}，我司已掌握您的实时位置及家人住址，为避免不必要的麻烦，请立即还款。\n客户：{reply}"),
    _f("robot.police_anti_fraud", (IMP, LEG), "call", "robot_script",
       "坐席：您好，这里是{city}市公安局反诈中心，您在{lender}的逾期借款已被立案，请按1转接办案民警。\n客户：{reply}",
       "坐席：您好，这里是公安机关语音通知，您涉嫌恶意拖欠网络借款，请于今日到辖区派出所报到。\n客户：{reply}"),
    _f("robot.employer_letter", TP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。今天下午我司将向您的工作单位发送协助催收函，如需暂停请立即还款，按1转人工。\n客户：{reply}",
       "坐席：您好，{sir}，因您长期逾期，系统已生成单位协催任务，将于{hours}小时后执行。\n客户：{reply}"),
    _f("robot.exposure_media", EXP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能语音。您的逾期信息将于{hours}小时后在本地媒体公示，如需撤销请立即还款。\n客户：{reply}",
       "坐席：您好，{sir}，您已被纳入失信曝光计划，您的照片及欠款将在户籍地公开张贴。\n客户：{reply}"),
    _f("robot.disclosure_colleague", DIS, "call", "robot_script",
       "坐席：您好，请问您是{name}的同事吗？{name}在{lender}的借款已逾期，欠款{amount}元，请您提醒其尽快还款。\n联系人：{tp_reply}",
       "坐席：您好，这里是{lender}智能客服，您的朋友{name}在本平台有一笔逾期账单，请您转告其回电{hotline}。\n联系人：{tp_reply}",
       to="third_party"),
    _f("robot.ivr_police_choice", LEG, "call", "robot_script",
       "坐席：您好，您在{lender}的欠款已逾期。确认今日还款请按1，按2或不按键将视为拒不履行，案件将移交公安机关。\n客户：{reply}",
       "坐席：您好，这里是{lender}，您的案件即将移送司法机关，届时将对您采取强制措施，如需协商请按0。\n客户：{reply}"),
    _f("template.app_employer", TP, "app", "formal",
       "【逾期提醒】若您继续逾期，平台将根据借款协议向您的工作单位发送协催函。",
       "【贷后通知】您授权的联系人及工作单位将于{date}收到您的逾期告知书，请尽快还款避免影响。",
       wrap=False),
    _f("template.sms_family_visit", TP, "sms", "formal",
       "【{lender}】如您{deadline}仍未还款，我司外访人员将前往您户籍地走访您的家人，请知悉。",
       "【{lender}】您的欠款已进入家访协催阶段，工作人员将联系您的父母及配偶共同协商还款。",
       wrap=False),
    _f("template.case_status", LEG, "sms", "formal",
       "【{lender}】您的案件状态已更新为：已移交{district}人民法院执行局，执行人员将于{date}上门查封。",
       "【{lender}】您的案件已进入司法处置阶段，执行人员将依法对您名下财产进行查封扣押。",
       wrap=False),
    _f("template.summons_app", LEG, "app", "formal",
       "【传唤通知】请您于{date}到{district}公安分局接受传唤，逾期未到将依法拘传。",
       "【到案通知】您因拖欠借款需于{hours}小时内到户籍地派出所到案说明。",
       wrap=False),
    _f("template.card_for_repayment", ROLL, "sms", "sms_template",
       "您可以办一张信用卡，下卡后第一笔先还我们。",
       "建议您申请{other_app}的新人额度，首借免息，正好用来结清本平台欠款。"),
    _f("trad.tw_insult", INS, "app", "app",
       "你這個老賴，欠錢不還還敢封鎖我？",
       "借錢的時候裝可憐，還錢的時候裝死，真是不要臉到極點。"),
    _f("trad.tw_third_party", TP, "sms", "formal",
       "若您仍未還款，本公司將聯繫您的公司主管及家人。",
       "逾期未處理者，本公司將通知您的緊急聯絡人及服務單位協助催繳。"),
    _f("trad.hk_violence", VIO, "sms", "dialect",
       "我哋知道你個仔喺邊間學校讀書。",
       "你每朝幾點出門我哋都知，唔想有事就快啲還錢。"),
    _f("insult.after_list", INS, "app", "app",
       "失信名单上的人我见多了，你就是里面最不要脸的那个老赖。",
       "黑名单上那么多人，就数你最无赖。"),
    _f("violence.photo_of_house", VIO, "app", "app",
       "[图片] 这是你家吧？门口那盆花挺好看的。",
       "[图片] 你家窗户朝南，晚上灯几点关我们都知道。"),
    _f("violence.funeral_imagery", VIO, "sms", "sms_template",
       "花圈我们都帮你订好了，就差写名字。",
       "寿衣店老板问你要什么尺码的，{deadline}回复我。"),
    _f("disclosure.family_letter", DIS, "notice", "letter",
       "致{name}家属的函\n您好：\n{name}于{lender}借款{amount}元，现已逾期{days}天，经多次联系未果。特函告知，请转告其尽快与我司联系还款。\n{lender}贷后管理部\n{date}",
       "告知书\n{name}的家人：\n您家人在我司的{product}欠款{amount}元已逾期，请督促其于{date}前还款。\n{lender}",
       to="third_party"),
]

FAMILIES: tuple[Family, ...] = (*_INSULT, *_VIOLENCE, *_THIRD_PARTY, *_EXPOSURE, *_IMPERSONATION, *_LEGAL,
                                *_ROLLOVER, *_DISCLOSURE, *_COMBINED, *_THIN_REGISTERS)


# ---------------------------------------------------------------- the normal template around a violating sentence

_SMS_WRAPPERS = (
    "【{lender}】尊敬的{sir}，您在{lender}的{product}账单{amount}元已逾期{days}天。{body}请登录APP或通过官方渠道还款，退订回T",
    "{sir}您好，您尾号{tail}的借款本期应还{amount}元，已逾期{days}天。{body}如已还款请忽略。【{lender}】",
    "【{lender}】温馨提示：您的账户当前欠款{amount}元，最后还款日{date}。{body}还款请认准官方渠道，客服热线{hotline}。",
    "【{lender}】{sir}，您好！您的借款已逾期，请尽快处理。{body}详询{hotline}。",
    "【{lender}】您好，截至{date}您尚欠{amount}元。{body}点击APP首页“立即还款”即可还款。拒收请回复R",
)
_APP_WRAPPERS = (
    "【消息中心】{sir}，您有一笔待还账单{amount}元。{body}点击“立即还款”处理。",
    "您好，我是{lender}贷后专员，工号{agent}。{body}当前待还{amount}元，请在APP内还款。",
    "亲，您的{product}已逾期{days}天，待还{amount}元哦~ {body}有问题随时联系在线客服。",
    "{sir}，早上好。{body}还款账户和金额在APP“我的账单”里都能看到。",
)
_LETTER_WRAPPERS = (
    "催收通知书\n{sir}：\n您于{date}在{lender}申请的{product}借款，截至目前尚欠本息合计{amount}元，已逾期{days}天。{body}\n"
    "请通过{lender}APP或官方对公账户还款，咨询电话{hotline}。\n{lender}贷后管理部",
    "逾期还款提醒函\n尊敬的{sir}：\n经核实，您在我司的借款（合同尾号{tail}）已逾期{days}天，欠款金额{amount}元。{body}\n"
    "如有异议，请于收到本函之日起七日内致电{hotline}。\n{lender}\n{date}",
)
_CALL_OPENINGS = {
    "spoken": ("坐席：您好，这里是{lender}贷后服务中心，工号{agent}，请问是{sir}本人吗？\n客户：是我，什么事？\n"
               "坐席：您在我们平台的借款{amount}元已经逾期{days}天了，今天能处理吗？\n客户：{reply}\n"),
    "dialect": "坐席：喂，{sir}是吧，我{lender}的，你那笔{amount}拖了{days}天了\n客户：{reply}\n",
    "robot_script": "坐席：您好，这里是{lender}智能客服，请问是{sir}吗？\n客户：嗯，是我。\n",
}
_CALL_CLOSING = "\n坐席：还款可以在APP里操作，有问题打{hotline}。"
# How a collector's own SMS or chat message opens and closes when no template is around it
_OPENERS = ("{sir}，", "{name}：", "您好，", "喂，", "在吗？", "{sir}您好，")
_CLOSERS = ("请尽快处理。", "收到请回复。", "详询{hotline}。", "今天给个答复。", "别再拖了。")
_SENTENCE_END = re.compile(r"[。！？!?…~]$")


def _end_sentence(text: str) -> str:
    return text if _SENTENCE_END.search(text) else text + "。"


def _wrap(body: str, family: Family, slots: _Slots, rng: random.Random) -> tuple[str, str, str]:
    """Sets a short violating text inside a normal template; returns text, channel and register."""
    slots["body"] = _end_sentence(body)
    if family.channel == "app":
        return rng.choice(_APP_WRAPPERS).format_map(slots), "app", family.register
    if family.register == "formal" and rng.random() < 0.4:
        return rng.choice(_LETTER_WRAPPERS).format_map(slots), "notice", "letter"
    return rng.choice(_SMS_WRAPPERS).format_map(slots), "sms", family.register


# ---------------------------------------------------------------- rendering

def _render(family: Family, rng: random.Random) -> tuple[dict, bool]:
    """One sample of `family`, and whether it sits inside a normal template."""
    slots = _Slots(rng)
    body = rng.choice(family.texts).format_map(slots)
    channel, register = family.channel, family.register
    mixed = channel == "notice"             # a letter always carries the normal parts around the violation
    to_debtor = family.recipient == "debtor"
    record: dict = {}
    if channel == "call":
        if to_debtor and rng.random() < MIXED_SHARE:
            body = _CALL_OPENINGS[register].format_map(slots) + body
            if rng.random() < 0.5:
                body += _CALL_CLOSING.format_map(slots)
            mixed = True
        if register == "spoken" and rng.random() < DIALECT_SHARE:
            body, register = transform(body, "dialect", rng), "dialect"
        if rng.random() < TRADITIONAL_SHARE:
            body = transform(body, "traditional", rng)
        turns = [{"speaker": t.speaker, "text": t.text} for t in parse_call_text(body)]
        if register in ("spoken", "dialect"):
            for turn in turns:
                heard = transform(turn["text"], "asr", rng) if rng.random() < ASR_NOISE_SHARE else ""
                turn["text"] = heard.strip() or turn["text"]     # a silence (……) stays as written
        record["turns"] = turns
    else:
        if family.wrap and to_debtor and channel != "notice" and rng.random() < MIXED_SHARE:
            body, channel, register = _wrap(body, family, slots, rng)
            mixed = True
        elif channel in ("sms", "app") and family.register != "formal":
            named = tuple(slots[key] for key in ("name", "sir") if key in slots)
            if rng.random() < 0.5 and not (named and body.startswith(named)):
                body = rng.choice(_OPENERS).format_map(slots) + body
            if rng.random() < 0.4:
                body = _end_sentence(body) + rng.choice(_CLOSERS).format_map(slots)
        if channel in ("sms", "app") and rng.random() < OBFUSCATED_SHARE:
            body = transform(body, "obfuscated", rng)
        if rng.random() < TRADITIONAL_SHARE:
            body = transform(body, "traditional", rng)
        record["text"] = body
    record.update({"channel": channel, "labels": sorted(family.labels), "family": f"violations.{family.name}",
                   "register": register, "recipient_type": family.recipient})
    return record, mixed


def _sample_key(record: dict) -> str:
    return record.get("text") or "\n".join(t["text"] for t in record["turns"])


def _generate(rng: random.Random) -> list[tuple[dict, bool]]:
    samples: list[tuple[dict, bool]] = []
    for family in FAMILIES:
        wanted = min(rng.randint(*SAMPLES_PER_FAMILY), MAX_PER_FAMILY)
        seen: set[str] = set()
        for _ in range(wanted * 5):
            record, mixed = _render(family, rng)
            key = _sample_key(record)
            if key not in seen:
                seen.add(key)
                samples.append((record, mixed))
            if len(seen) == wanted:
                break
    return samples


def generate(rng: random.Random) -> list[dict]:
    """The violating samples, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng)]


def _print_coverage(samples: list[tuple[dict, bool]]) -> None:
    records = [record for record, _ in samples]
    print(f"samples {len(records)}, families {len({r['family'] for r in records})}, "
          f"mixed into a normal template {sum(mixed for _, mixed in samples) / len(records):.0%}, "
          f"multi-label {sum(len(r['labels']) > 1 for r in records)}")
    for title, counts in (("label", Counter(label for r in records for label in r["labels"])),
                          ("register", Counter(r["register"] for r in records)),
                          ("channel", Counter(r["channel"] for r in records)),
                          ("recipient", Counter(r["recipient_type"] for r in records))):
        print(f"\nper {title}:")
        for key, count in counts.most_common():
            print(f"  {key:28} {count:5}")


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0)))
