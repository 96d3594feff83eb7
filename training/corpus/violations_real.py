"""Violating families in the styles of real texts written by others (issue 9, part 3).

`violations.py` and `violations_more.py` are written the way this project writes; on texts written by others
the classifier still missed whole families. These families mirror how such texts reach an auditor: lenders'
deployed SMS templates (【签名】, filled placeholders, 退订回T), robot call scripts with keypad menus, formal
催收函 / 告知函 / 律师函 paragraphs, e-mails with 发件人 / 主题 lines, WeChat and app messages with emoji,
human calls with ASR noise, the collector's words as quoted in news reports, police case reports and court
judgments (labelled by what the quoted collector said), dialect (粤语, 东北, 四川, 河南, 上海), traditional
characters and obfuscation. Their content is the families the classifier missed: field teams announced as
menace without a violent verb, veiled harm to the elderly, children or a pregnant wife, procedural legal
fictions in formal language, impersonation by sender line or robot greeting, exposure in new public places,
third-party threats in formal letters and dialect, rollover advice in polite service language, and contempt
without swear words.

About 40% of the samples bury the violating sentence inside an otherwise normal, long template (greeting,
amount, repayment channel, signature, rights notice), because that is how real texts read. Labels follow
the contract's boundaries: who speaks decides impersonation, what is claimed decides misleading.legal, a
message to a third party here always reveals the debt (pii.third_party_disclosure) and one to the debtor
never is a disclosure, a visit is threat.violence only when announced as menace.
Everything is invented.

Run `python -m training.corpus.violations_real` for counts per label, register and channel.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from audit.message import parse_call_text
from training.corpus.registers import transform
from training.corpus.violations import (
    DIS,
    EXP,
    IMP,
    INS,
    LEG,
    REGISTERS,
    ROLL,
    TP,
    VIO,
    Family,
    _end_sentence,
    _f,
    _print_coverage,
    _sample_key,
    _Slots,
)

__all__ = ["FAMILIES", "MAX_PER_FAMILY", "REGISTERS", "generate"]

MAX_PER_FAMILY = 15
SAMPLES_PER_FAMILY = (12, MAX_PER_FAMILY)   # drawn per family; duplicates after slot filling are dropped
BURY_SHARE = 0.4               # of the samples of a family that may sit inside a long normal template
OBFUSCATED_SHARE = 0.15        # of SMS and app samples
TRADITIONAL_SHARE = 0.05
ASR_NOISE_SHARE = 0.7          # of the agent turns of spoken and dialect calls
# Families written for Hong Kong or Taiwan readers: always rendered in traditional characters.
_TRADITIONAL_SUFFIXES = ("_hk", "_tw", "_trad")


# ---------------------------------------------------------------- slot fillers beyond violations.py's (invented)

_AGENCIES = ["鼎信商务咨询", "恒泰资产管理", "诚达信息服务", "汇通法务外包", "安和资产", "中正商务服务"]
_TOWNS = ["城关镇", "东风街道", "柳林镇", "新华街道", "桥西街道", "白沙镇", "南湖街道"]
_PARKS = ["滨江公园", "人民公园", "湿地公园", "文化广场", "中心广场", "体育公园"]
_BANKS = ["青禾银行", "江城农商银行", "海州银行", "云岭信用社", "宁远村镇银行"]
_FIRST_REPLIES = ["嗯，是我。", "是我，什么事？", "嗯，你说。", "对，怎么了？", "哪位？是我。", "嗯"]
_SECOND_REPLIES = ["现在手头有点紧。", "我知道，在想办法了。", "过几天吧。", "今天处理不了。", "你们能不能别天天打？", "……"]
_TIMES = ["今晚八点", "明早七点", "明天下午三点", "周六上午", "今晚九点以后", "明天中午"]


def _case_ref(rng: random.Random) -> str:
    return f"{rng.choice(['CS', 'FW', 'JC', 'ZX', 'WF'])}2026{rng.randint(10000, 99999)}"


_MORE_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "agency": lambda r: r.choice(_AGENCIES),
    "town": lambda r: r.choice(_TOWNS),
    "park": lambda r: r.choice(_PARKS),
    "bank": lambda r: r.choice(_BANKS),
    "time": lambda r: r.choice(_TIMES),
    "case_ref": _case_ref,
    "year_month": lambda r: f"2026年{r.randint(1, 11)}月",
    "first_reply": lambda r: r.choice(_FIRST_REPLIES),
    "second_reply": lambda r: r.choice(_SECOND_REPLIES),
}


class _RealSlots(_Slots):
    """violations.py's slots plus the ones these templates add."""

    def __missing__(self, key: str) -> str:
        if key in _MORE_FILLERS:
            self[key] = _MORE_FILLERS[key](self._rng)
            return self[key]
        return super().__missing__(key)


# ---------------------------------------------------------------- threat.violence: field teams, veiled harm

_FIELD_TEAMS = [
    _f("fieldteam.no_responsibility_letter", VIO, "notice", "letter",
       "我司外访专员已抵达{city}，将于近日前往您的住所当面处理。外访人员系第三方人员，其言行我司不承担任何责任，"
       "请您慎重考虑后果。",
       "鉴于您拒不配合，案件已转交线下外勤小组。外勤小组人员情绪及处置方式不受我司控制，由此产生的一切后果由您自行承担。"),
    _f("fieldteam.sms_arrived_city", VIO, "sms", "sms_template",
       "【{lender}】{sir}，我司地面催收队伍已到达{city}，{time}前往{community}与您面谈，届时若发生不愉快，责任自负。",
       "【{lender}】外访组已在{district}落脚，今晚就去{community}找您，见面之后会发生什么，我们也不好说。"),
    _f("fieldteam.near_workplace", VIO, "sms", "sms_template",
       "我们的人就在{employer}对面的停车场，你下班从哪个门出来都一样。{amount}元，{deadline}。",
       "{employer}门口那家便利店我们的人坐了一下午了，等你下班当面聊，钱不到位今晚别想顺利回家。"),
    _f("fieldteam.near_school_robot", VIO, "call", "robot_script",
       "坐席：您好，这里是{lender}贷后服务中心。我司外访人员目前位于{school}附近，距离您孩子放学还有一小时。"
       "为避免发生意外，请立即还款。还款请按1，人工服务请按0。\n客户：{reply}",
       "坐席：您好，{sir}，系统提示：外勤人员已在{school}周边待命，请在您孩子放学前完成还款。确认今日还款请按1。\n客户：{reply}"),
    _f("fieldteam.team_size_app", VIO, "app", "app",
       "🚗 本周外访车辆已排班，车上四个人，目的地{community}，就为你那{amount}块。到时候别说没提醒你",
       "外访名单出来了📋 你排第三个，带队的是我们这边脾气最差的老{surname}，你好自为之"),
    _f("fieldteam.visit_schedule_email", VIO, "notice", "letter",
       "发件人：{lender}贷后管理部\n主题：关于安排上门拜访的通知\n{sir}：\n我司已安排外勤团队于{date}前往您的住址。"
       "外勤团队成员多为社会人员，现场情况难以预料，望您提前做好准备。",
       "发件人：{agency}外访组\n主题：上门行程确认\n{sir}：\n外访人员将于{date}抵达{community}，届时请您务必在家。"
       "若您避而不见，外访人员将在楼道内等候直至见到您本人，期间发生任何事情与本公司无关。"),
    _f("fieldteam.dont_leave_home", VIO, "sms", "sms_template",
       "{sir}，建议你这两天晚上别出门，我们的人在{street}一带转悠，碰上了可就不是打电话这么客气了。",
       "最近晚上少出门，{street}那边我们有人蹲着，认得你的脸。{amount}元今天结清，大家都省事。"),
    _f("fieldteam.visitors_unpredictable_call", VIO, "call", "spoken",
       "坐席：我实话跟你说，下去上门的那几个人我也管不住\n客户：{reply}\n坐席：他们到了你家门口会干什么，我真不敢给你打包票",
       "坐席：这个案子我一交出去就不归我管了\n客户：{reply}\n坐席：接手的都是些什么人你应该听说过，到时候你别打电话来求我"),
    _f("fieldteam.appointment_for_family", (VIO, TP), "sms", "formal",
       "【{lender}】尊敬的客户，我司外访专员已预约于{date}拜访您的父母，届时老人家的安全还请您自行掂量，今日结清可取消预约。",
       "【{lender}】外访通知：外访人员将于{date}前往您老家{village}，面见您的家人。为了老人的身体着想，请您尽快处理欠款。"),
    _f("fieldteam.henan", VIO, "call", "dialect",
       "坐席：恁搁{community}住哩吧，俺这边几个人明儿个就过去\n客户：{reply}\n坐席：到时候弄成啥样可别怨俺，中不中恁自己寻思",
       "坐席：俺给恁说，俺们的人已经到恁那县城了\n客户：{reply}\n坐席：今儿黑不把钱打过来，明儿一早就堵恁家门口，恁看着办"),
    _f("fieldteam.shanghai", VIO, "call", "dialect",
       "坐席：侬住了{community}对伐，阿拉的人今朝夜里就过来\n客户：{reply}\n坐席：到辰光出点啥事体，侬勿要怪阿拉呀",
       "坐席：侬再勿还，阿拉外访的人就天天了侬屋里厢楼下等\n客户：{reply}\n坐席：伊拉做事体老凶的，侬自家当心点"),
    _f("fieldteam.ivr_menu_visit", VIO, "call", "robot_script",
       "坐席：您好，这里是{lender}语音通知。您的欠款已转入上门处置阶段，处置人员将于{hours}小时内到达您的登记住址，"
       "现场处置过程不可控。如需撤回上门，请按1立即还款；继续等待上门，请按2。\n客户：{reply}",
       "坐席：您好，{sir}。由于您多次失约，现场组已出发。按1立即还款可召回现场组，按9收听现场组成员联系方式。\n客户：{reply}"),
]

_VEILED_KIN = [
    _f("kin.elderly_health_letter", VIO, "notice", "letter",
       "据我司了解，令尊令堂年事已高，身体状况欠佳。我司外访人员近期将前往{village}登门，届时老人家若受到惊吓出现意外，"
       "后果由您承担。",
       "您的父母均已年过六旬，我司实在不愿看到老人家因为您的欠款受到任何惊扰，但如您继续逃避，我们的人只能去{village}陪老人家坐坐。"),
    _f("kin.grandparents_walk", VIO, "app", "app",
       "你奶奶每天早上在{park}遛弯吧🌳 老人家腿脚不好，路上可得有人看着点",
       "你爷爷下午都在{park}下象棋，我们的人陪他下了两盘，老人家身体挺硬朗的。{amount}今天能到吗"),
    _f("kin.child_class_photo", VIO, "app", "app",
       "[图片] 这是{school}二年级三班的合影吧，第二排左边那个是不是你{child}？挺好认的",
       "你{child}书包上挂的小熊挺可爱的🧸 明天放学我们去看看还挂没挂着。{amount}元的事你心里有数"),
    _f("kin.pregnant_checkup", VIO, "sms", "sms_template",
       "你老婆每周三去{city}妇幼保健院产检对吧，挺着大肚子一个人去，你也放心？{amount}元{deadline}。",
       "嫂子预产期快到了吧，这时候可经不起什么惊吓，你把钱的事处理好，别让她跟着担心。"),
    _f("kin.pregnant_formal", VIO, "sms", "formal",
       "【{lender}】温馨提示：考虑到您爱人目前处于孕期，为避免外访人员上门给孕妇造成意外，请您于{deadline}结清欠款{amount}元。",
       "【{lender}】我司获悉您配偶正在孕期。外访人员上门时情绪激动在所难免，若对孕妇及胎儿造成影响，概由您本人负责。"),
    _f("kin.wife_commute", VIO, "call", "spoken",
       "坐席：你老婆每天坐几路车去{employer}上班我们都知道\n客户：{reply}\n坐席：早上那个点人少，一个女的，你自己想想",
       "坐席：你媳妇下班那条路挺偏的吧\n客户：{reply}\n坐席：我没别的意思，就提醒你一句，钱早点还家里人才安生"),
    _f("kin.baby_stroller", VIO, "app", "app",
       "你家宝宝的婴儿车是蓝色的吧👶 天天在{community}楼下推着晒太阳，真好",
       "小区里推婴儿车的就你老婆一个人最早下楼，七点半，对吧？{amount}块，{deadline}"),
    _f("kin.parents_farm", VIO, "call", "dialect",
       "坐席：恁爹恁娘还搁{village}种地哩吧\n客户：{reply}\n坐席：地头上没啥人，老两口出点啥事都没人晓得，恁掂量掂量",
       "坐席：俺们昨儿个去恁老家转了一圈\n客户：{reply}\n坐席：恁娘还给俺们倒了碗水，老太太人怪好哩，恁可别让她受罪"),
    _f("kin.cantonese_family_hk", VIO, "app", "dialect",
       "你阿媽每朝去{park}飲早茶，我哋啲伙計都識佢㗎喇，你仲唔還錢？",
       "你個女喺{school}讀書，放學有冇人接㗎？我哋得閒可以幫你接吓。"),
    _f("kin.sibling_shop", VIO, "sms", "sms_template",
       "你弟在{street}开的那家小店生意不错嘛，我们的人去买过两次东西。店要是开不下去了，可别怪我们。",
       "你姐姐的店面在{street}吧，门面玻璃挺大的，晚上没人看着。{amount}元你给个准话。"),
    _f("kin.elder_hospital_visit_letter", (VIO, TP), "notice", "letter",
       "另悉，您的母亲现于{city}中心医院住院治疗。我司人员拟于近日前往病房探望并说明您的欠款情况，老人病中受不得刺激，望您三思。",
       "我司得知您父亲目前在医院接受治疗。如您仍不处理，我司人员将前往医院与老人家当面沟通，对老人病情造成的影响请您自行承担。"),
    _f("kin.child_birthday", VIO, "sms", "sms_template",
       "{date}是你{child}生日吧，我们也准备了份礼物，到时候在{school}门口亲手送给孩子。",
       "听说你{child}过几天过生日，蛋糕订好了吗？我们想去凑个热闹，你不还钱，这个热闹我们就一定去凑。"),
    _f("kin.shanghai_old_folks", VIO, "call", "dialect",
       "坐席：侬爷娘住了{community}老房子里对伐\n客户：{reply}\n坐席：老人家一个人上上下下楼梯老危险额，侬当心点噢",
       "坐席：侬姆妈天天去小菜场买小菜，阿拉晓得额\n客户：{reply}\n坐席：老人家路上人多车多，碰着点啥事体，侬勿要后悔"),
]

_VEILED_MORE = [
    _f("veil2.safe_travels", VIO, "sms", "sms_template",
       "{sir}，出门在外平平安安最重要，{amount}元这点事别弄得您以后出门都要回头看。",
       "人这一辈子，图的就是个平安。{amount}元不还，您往后走夜路可要多留个心眼。"),
    _f("veil2.window_lights", VIO, "app", "app",
       "你家昨晚十一点半才关灯💡 睡得挺晚啊，是在想怎么还钱吗",
       "{community}六楼那家亮着灯的是你家吧，我们在楼下看了一晚上🌙"),
    _f("veil2.tyre_nails", VIO, "app", "app",
       "最近{street}路边钉子挺多的🔩 你那车四个轮胎换一套也得小几千，比{amount}贵",
       "你电动车充电的那个车棚最近老出事，电瓶说没就没，车说烧就烧🔥"),
    _f("veil2.quoted_news_visit", VIO, "sms", "formal",
       "据当事人向记者出示的短信，催收方称：“我们的人已经在你家小区门口，今天不处理，后面发生什么我们不负责。”",
       "记者看到，{sir}手机中一条催收短信写道：“你住哪栋哪层我们都清楚，晚上睡觉把门锁好。”",
       "多名借款人反映，{lender}的催收人员发来短信称：“别以为搬家就没事，你新住处我们已经找到了，等着我们上门。”"),
    _f("veil2.judgment_quote_visit", VIO, "call", "formal",
       "经审理查明：被告人在电话中对被害人称“我们知道你孩子在哪个学校，你最好今天把钱还了”，致被害人精神高度紧张。",
       "本院查明，被告人多次致电被害人，称“兄弟们就在你家楼下，你不下来我们就一直等”，并于当晚在被害人住处楼道内滞留。"),
    _f("veil2.police_report_quote", VIO, "sms", "formal",
       "报警人称，其收到催收短信：“你老婆在哪上班、孩子在哪上学我们都清楚，别逼我们动你的家人。”",
       "据警情通报，涉事催收员曾向借款人发送“今晚去你家坐坐，顺便看看你父母”等信息，借款人因害怕而报警。"),
    _f("veil2.accident_statistics", VIO, "sms", "sms_template",
       "全国每天发生上百起意外事故，{sir}，我们真心希望下一起跟你没关系。{amount}元，{deadline}到账。",
       "统计说每年有几万人死于意外，{sir}您觉得您是不是幸运的那一个？欠款{amount}元。"),
    _f("veil2.uninvited_guests_letter", VIO, "notice", "letter",
       "如您仍心存侥幸，我司将不再通过电话与您沟通，而是由专人登门“拜访”。专人上门后的处理方式将不同于以往，望您好自为之。",
       "本函为最后一次书面提醒。此后我司将采取“面对面”的处置方式，处置人员的手段和分寸由其现场把握，我司不作任何保证。"),
    _f("veil2.sichuan_visit", VIO, "call", "dialect",
       "坐席：你莫以为躲到{district}就找不到你哈\n客户：{reply}\n坐席：我们弟兄伙今天黑就过来，到时候你莫怪我们不客气",
       "坐席：你屋头那个门我们晓得在哪儿\n客户：{reply}\n坐席：今天钱不到，明天一早你开门就看到我们几个蹲起"),
    _f("veil2.dongbei_visit", VIO, "call", "dialect",
       "坐席：你搁那嘎达住我门儿清，哥几个明儿就过去\n客户：{reply}\n坐席：到时候整出点啥事儿可别赖我们",
       "坐席：你寻思换个号就完事儿了\n客户：{reply}\n坐席：我们人已经上车了，今晚咱当面唠，你可得扛得住"),
    _f("veil2.obfuscated_door", VIO, "sms", "sms_template",
       "你家门牌号：{community}X栋X单元，我们的兄d已经到了，今天不处理后g自负。",
       "s门的人已出发，目的地{community}，{amount}元还不上就别怪兄弟们不k气。"),
    _f("veil2.the_last_polite_call", VIO, "call", "spoken",
       "坐席：这是我最后一次客客气气跟你打电话了\n客户：{reply}\n坐席：下一次就是当面了，当面可就没这么好说话了",
       "坐席：电话里我还能跟你好好说\n客户：{reply}\n坐席：等我们的人站到你面前，那就不是说话的事了"),
    _f("veil2.robot_location_family", VIO, "call", "robot_script",
       "坐席：您好，这里是{lender}智能语音。系统已匹配到您家属的常住地址及活动轨迹，上门人员将于今日出发。"
       "为保障您家人不受打扰，请立即还款，还款请按1。\n客户：{reply}",
       "坐席：您好，{sir}。您配偶的工作单位及子女就读学校已完成核实，外勤人员将前往上述地点。如需取消，请按1还款。\n客户：{reply}"),
    _f("veil2.wechat_location_share", VIO, "app", "app",
       "[实时位置] {community}地下车库B2，你那台车旁边🚙\n我们先在这等你一会儿，{amount}准备好了再下来",
       "[位置] {park}北门\n你{child}周末在这上兴趣班吧⚽ 我们也过来看看，{amount}今天到账最好"),
    _f("veil2.tw_home", VIO, "sms", "sms_template",
       "您家住{community}幾樓我們都查到了，這幾天晚上回家小心一點，欠款{amount}元請盡快處理。",
       "我們的人已經在您公司樓下，您是要自己下來談，還是等我們上去找您？"),
    _f("veil2.consequence_physical_formal", VIO, "sms", "formal",
       "【{lender}】鉴于您恶意拖欠，本案已移交特别处置组线下处理，处置过程中如造成人身及财产损失，由您本人承担。",
       "【{lender}】您的逾期已进入“强制清收”阶段，清收人员将采取一切必要手段，届时对您及家人造成的任何伤害，本司概不负责。"),
]

# ---------------------------------------------------------------- misleading.legal: procedural fictions

_PROCEDURAL = [
    _f("proc.grid_officer_case", LEG, "sms", "formal",
       "【{lender}】您的逾期案件已同步至{town}社区网格化管理平台，网格员将作为协查人员对您进行备案登记并上报辖区派出所。",
       "【{lender}】根据联动机制，您的欠款案件已推送至户籍地社区网格员，由网格员配合公安机关对您实施重点人员管控。"),
    _f("proc.police_station_transfer_letter", LEG, "notice", "letter",
       "鉴于您长期拒不履行还款义务，我司已将本案全部材料移交至{town}派出所，由派出所依法对您进行立案调查。",
       "现通知您：您的案件已由我司法务部正式移交{district}公安分局经济犯罪侦查大队，案件编号{case_ref}，后续将由公安机关直接与您联系。"),
    _f("proc.explain_yourself_summons", LEG, "sms", "formal",
       "【{lender}】请您于{date}上午九点携带身份证到{town}派出所说明情况，无故不到将被视为拒不配合调查，依法采取强制措施。",
       "【{lender}】{sir}，请您于三个工作日内前往户籍所在地派出所就本案作出书面说明，逾期未到将由民警上门带走问话。"),
    _f("proc.bailiffs_will_come", LEG, "sms", "sms_template",
       "{sir}，法院的法警这两天就会去你家，到时候直接把人带走，你别说我们没提醒你。",
       "你这个案子已经到执行阶段了，法警会带着手铐上门，当着你家人的面把你带走，你想清楚。"),
    _f("proc.invented_status_sms", LEG, "sms", "formal",
       "【{lender}】案件进度提醒：您的案件{case_ref}当前状态为“已报案，待拘传”，请于{deadline}联系处理。",
       "【{lender}】您名下案件{case_ref}已更新为“刑事预立案”状态，撤案窗口期仅剩{hours}小时。"),
    _f("proc.status_ladder_app", LEG, "app", "app",
       "📌 案件进度\n✅ 已起诉\n✅ 已判决\n⏳ 拘传审批中\n⬜ 强制执行\n请在拘传审批通过前还清{amount}元",
       "🔴 您的欠款处理进度：催告 ✔ 立案 ✔ 传唤 ▶ 拘留 ○ \n{amount}元结清后进度自动终止"),
    _f("proc.case_number_formal_email", LEG, "notice", "letter",
       "发件人：{lender}法务中心\n主题：【重要】关于您涉嫌合同诈骗一案的告知（案号{case_no}）\n{sir}：\n"
       "您的借款纠纷已因恶意逃避债务被认定为合同诈骗，案件已进入侦查程序，请于收到本邮件后二十四小时内联系办案人员。",
       "发件人：{agency}法务组\n主题：刑事立案前最后告知\n{sir}：\n经我方核查，您的行为已符合诈骗罪立案标准，"
       "立案材料将于{date}递交公安机关，届时您将面临刑事拘留。"),
    _f("proc.court_hearing_absent_arrest", LEG, "call", "robot_script",
       "坐席：您好，这里是{lender}语音提醒。您的案件已排期开庭，如您不按时到庭，法院将签发拘传令强制您到庭。"
       "了解开庭时间请按1，立即还款请按2。\n客户：{reply}",
       "坐席：您好，{sir}。法院已向您发出传票，拒不到庭将被司法拘留十五日。确认收到请按1。\n客户：{reply}"),
    _f("proc.credit_crime_label", LEG, "sms", "sms_template",
       "你现在已经不是欠款的问题了，是涉嫌诈骗，金额超过三千就够立案，你这{amount}够判了。",
       "网贷逾期超过{days}天就属于恶意占有，{amount}元已经达到刑事立案标准，抓你是迟早的事。"),
    _f("proc.wanted_notice_flat", LEG, "call", "spoken",
       "坐席：你现在已经上网了知道吗，网上追逃\n客户：{reply}\n坐席：你住个宾馆坐个高铁，警察马上就过来",
       "坐席：你这个名字已经进了追逃系统\n客户：{reply}\n坐席：出门一刷身份证就把你扣下，到时候可不是还钱能解决的"),
    _f("proc.arrest_certain_formal", LEG, "sms", "formal",
       "【{lender}】本案将于{date}依法移送，移送后您将被依法逮捕，届时再行还款亦不能免除刑事责任。",
       "【{lender}】您已被列为逃废债重点打击对象，公安机关将于近期对您实施抓捕，请立即结清欠款争取从宽处理。"),
    _f("proc.household_register_flag", LEG, "notice", "letter",
       "我司已向您户籍所在地公安机关申请在您的户籍档案中加注“恶意逃债”标记，加注后您及直系亲属将无法办理户口迁移、出国证件等业务。",
       "依据相关联动机制，您的欠款记录将录入公安户籍信息系统，您本人的出行、住宿及就业均会受到公安机关的实时监控。"),
    _f("proc.mediation_to_criminal", LEG, "call", "spoken",
       "坐席：我们这边是调解，调解不成就直接转刑事\n客户：{reply}\n坐席：转了刑事你就是嫌疑人了，到时候谁也帮不了你",
       "坐席：今天是调解的最后一天\n客户：{reply}\n坐席：过了今天就是公安介入，你欠的就不是钱是牢饭了"),
    _f("proc.spouse_liability_claim", (LEG, TP), "sms", "formal",
       "【{lender}】根据《民法典》相关规定，您的配偶及父母对本笔欠款承担连带清偿责任，我司将同步对其发起诉讼并申请冻结其财产。",
       "【{lender}】经核查，您的直系亲属已被列为本案共同被执行人，其名下工资卡及房产将一并冻结。"),
    _f("proc.henan_filed", LEG, "call", "dialect",
       "坐席：恁这事儿派出所都立上案了，恁还搁那儿装啥哩\n客户：{reply}\n坐席：再不还，过两天警察直接去恁村里逮人",
       "坐席：俺跟恁说实话，恁这案子已经报到公安局了\n客户：{reply}\n坐席：中不中？不中恁就等着进去蹲着吧"),
    _f("proc.shanghai_court", LEG, "call", "dialect",
       "坐席：侬额案子法院已经判脱了，侬晓得伐\n客户：{reply}\n坐席：下个礼拜法警就上门来捉侬，侬覅讲阿拉勿提醒",
       "坐席：侬再拖下去要吃官司额，要坐牢监额\n客户：{reply}\n坐席：侬屋里厢小囡以后读书也要受影响"),
    _f("proc.cantonese_hk", LEG, "app", "dialect",
       "你筆數已經轉咗去警署，差人隨時拉你返去問話，唔好話我哋冇提你。",
       "法庭已經發咗拘捕令，你出入境都會俾人截住，仲唔快啲還錢？"),
    _f("proc.exit_border_flagged", LEG, "sms", "sms_template",
       "您的身份信息已报送出入境管理部门，您及家属即日起限制出境，已办理的护照同步作废。",
       "已对您发起边控，{date}起您在任何口岸出境都会被拦截，如需解除请先结清{amount}元。"),
    _f("proc.provident_fund_seized", LEG, "app", "formal",
       "【账户处置通知】您的住房公积金账户已被申请冻结，冻结期间单位缴存款将优先划扣用于偿还{lender}欠款。",
       "【处置通知】经申请，您的医保卡、社保卡已被暂停使用，结清{amount}元后三个工作日内恢复。"),
    _f("proc.asr_detention", LEG, "call", "spoken",
       "坐席：呃你这个就是说我们已经给你申请了那个司法拘留了啊\n客户：{reply}\n坐席：十五天那个拘留下来之后你的钱还得照样还",
       "坐席：那个你听好了啊我们这边那个材料已经交到派出所了\n客户：{reply}\n坐席：民警这两天就会给你打电话让你过去"),
    _f("proc.quoted_news_legal", LEG, "sms", "formal",
       "记者调查发现，部分催收短信以“您的案件已移交公安机关，将于三日内实施拘留”等措辞恐吓借款人，而借款人实际并未被起诉。",
       "多名借款人向记者出示了类似短信：“您涉嫌恶意透支已被立案，请速到派出所投案”，发送方为{lender}委托的催收机构。"),
    _f("proc.judgment_quote_legal", LEG, "call", "formal",
       "经审理查明，被告人冒用“法务部”名义致电被害人，谎称“你已经被起诉诈骗，再不还钱明天就来抓你”，迫使被害人借款还债。",
       "判决书认定，被告人在催收过程中多次向被害人称“你的案子已经立案，公安马上上门”，上述内容均系捏造。"),
    _f("proc.children_school_formal", LEG, "notice", "letter",
       "根据失信联合惩戒的有关规定，您的子女将不得就读私立学校及重点学校，{school}将依规暂停您子女的学籍。",
       "特此提醒：您的失信记录将直接导致子女学籍被冻结，新学期{school}将重新审核您子女的入学资格。"),
    _f("proc.wechat_case_card", LEG, "app", "app",
       "⚖️【案件通知】\n当事人：{name}\n案由：恶意逃废债\n状态：公安已受理\n处理时限：{hours}小时\n请立即联系承办人",
       "🚨立案回执🚨\n受理编号：{case_ref}\n受理单位：{town}派出所\n当事人：{name}\n办理进度：待传唤"),
    _f("proc.phone_number_cancelled", LEG, "sms", "sms_template",
       "根据工信部联合惩戒机制，您的手机号将于{date}被强制停机，名下所有号码均不能再实名办理。",
       "您的实名手机号已被纳入失信通信管控名单，{hours}小时后停机，停机后无法恢复。"),
    _f("proc.criminal_record_certain_call", LEG, "call", "spoken",
       "坐席：到时候判下来你就是有案底的人了\n客户：{reply}\n坐席：你孩子以后考学当兵全都受影响，这个是改不了的",
       "坐席：你以为就是欠个钱\n客户：{reply}\n坐席：一判刑就是刑事案底，一辈子跟着你，找工作都没人要你"),
    _f("proc.tw_prosecutor", LEG, "sms", "sms_template",
       "您的案件已送地檢署偵辦，檢察官將於近日傳喚您到案說明，未到將發布通緝。",
       "您積欠{amount}元已構成詐欺罪，案件已移送法辦，請於三日內到案，否則將依法拘提。"),
    _f("proc.robot_countdown_arrest", LEG, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。您的欠款已达刑事立案标准，距离移交公安机关还剩{hours}小时。"
       "立即还款请按1，申请延期请按2。\n客户：{reply}",
       "坐席：您好，{sir}。系统已生成您的《移送公安告知书》，将于今日十八点自动提交。撤回请按1并完成还款。\n客户：{reply}"),
    _f("proc.letter_property_seizure_now", LEG, "notice", "letter",
       "我司已申请对您名下财产采取保全措施，执行人员将于{date}上门查封您住所内的家用电器、车辆等财物并予以拍卖。",
       "自本函送达之日起，我司将会同执行人员对您的住所进行强制搜查，查封可供执行的财产，不需要经过法院判决。"),
    _f("proc.township_police_pickup", LEG, "sms", "sms_template",
       "下周派出所民警会去你家把你带走，到时候别说面子，里子都没了。",
       "你的案子已经报到乡派出所了，民警过两天带着材料去{village}找你，你准备一下。"),
]

_IMPERSONATION = [
    _f("sender.police_unit_sms", (IMP, LEG), "sms", "formal",
       "【{district}公安分局{town}派出所】{sir}：您因拖欠{lender}借款{amount}元被他人报案，请于{date}前来所说明情况，逾期将依法传唤。",
       "【{town}派出所】通知：您涉嫌恶意逃避债务一案已受理（受理号{case_ref}），请于三日内主动到案。"),
    _f("sender.litigation_service_centre", (IMP, LEG), "sms", "formal",
       "【{district}人民法院诉讼服务中心】{sir}，您被{lender}起诉一案已立案，案号{case_no}，逾期不应诉将缺席判决并移送公安。",
       "【{city}中院诉讼服务中心】您有一份《应诉通知书》未签收，请于{deadline}联系{hotline}，逾期视为放弃答辩，依法拘传。"),
    _f("sender.arbitration_commission", (IMP, LEG), "sms", "formal",
       "【{city}仲裁委员会】{sir}：您与{lender}借款纠纷仲裁案已裁决，裁决书即日生效，将于{date}申请强制执行并拘留。",
       "【{city}仲裁委】通知：仲裁庭已受理您的欠款案件（{case_ref}），拒不还款将被列入失信并限制子女入学。"),
    _f("sender.robot_police_greeting", (IMP, LEG), "call", "robot_script",
       "坐席：您好，这里是{district}公安分局语音提示。您名下一笔网络借款涉嫌恶意逃废债，已进入立案程序，"
       "按1转接办案民警，按2查询案件。\n客户：{reply}",
       "坐席：这里是{town}派出所语音通知。您有一起借贷纠纷需配合调查，请于今日下午到所，按1确认。\n客户：{reply}"),
    _f("sender.robot_court_service", IMP, "call", "robot_script",
       "坐席：您好，欢迎致电{district}人民法院12368诉讼服务热线。您有一件借贷纠纷待处理，原告为{lender}。查询案件进度请按1，"
       "预约承办法官请按2。\n客户：{reply}",
       "坐席：您好，{district}法院电子送达平台提醒您，您有一份文书待签收，签收请按1。\n客户：{reply}"),
    _f("sender.lawyer_in_charge_call", IMP, "call", "spoken",
       "坐席：{sir}你好，我是{city}衡正律师事务所的{surname}律师，你这个案子现在由我负责\n客户：{reply}\n"
       "坐席：我这边给你三天时间，三天以后我就正式走程序了",
       "坐席：{sir}是吧，我这边{city}明法律所，委托方是{lender}，你的案子分到我手上了\n客户：{reply}\n"
       "坐席：我做律师十几年，像你这种谈不拢的，最后都很难看"),
    _f("sender.law_firm_letterhead", (IMP, LEG), "notice", "letter",
       "{city}衡正律师事务所\n律 师 函\n{sir}：\n本所律师受{lender}委托，现郑重函告：您的行为已涉嫌诈骗罪，本所将代为向公安机关报案。",
       "{city}明法律师事务所\n律师函（{case_ref}）\n{sir}：\n本所承办律师经审查认为，您恶意拖欠{amount}元的行为符合刑事立案条件，请于{date}前结清。"),
    _f("sender.street_office", IMP, "sms", "formal",
       "【{town}办事处综治中心】{sir}，您在{lender}的欠款问题已纳入本街道矛盾纠纷排查，请于{date}到综治中心配合处理。",
       "【{town}便民服务中心】接{lender}来函，请您尽快处理拖欠款项{amount}元，本中心将持续跟进。"),
    _f("sender.procuratorate_email", (IMP, LEG), "notice", "letter",
       "发件人：{district}人民检察院（公诉科）\n主题：审查起诉告知\n{sir}：\n您涉嫌恶意拖欠网络借款一案已移送本院审查起诉，请于{date}前退赔{amount}元。",
       "发件人：{city}市检察院案件管理中心\n主题：关于您欠款案件的通知\n{sir}：\n本院已受理{lender}对您的控告，请配合退还欠款。"),
    _f("sender.credit_bureau_robot", (IMP, LEG), "call", "robot_script",
       "坐席：您好，这里是人民银行征信管理中心。您在{lender}的逾期记录将于今日上报，上报后五年内无法贷款、无法乘坐高铁。"
       "撤销上报请按1。\n客户：{reply}",
       "坐席：您好，这里是金融监管总局客户回访。您的逾期已被列为重点监管事项，按1进入处理流程。\n客户：{reply}"),
    _f("sender.mediation_committee_fake", IMP, "sms", "formal",
       "【{city}市人民调解委员会】{sir}，受{lender}申请，本委已就您的借款纠纷立项调解，请于{date}前联系调解员{hotline}。",
       "【{district}金融纠纷人民调解委员会】您的欠款纠纷已登记，请按时参加调解，联系{hotline}。"),
    _f("sender.wechat_official_police", (IMP, LEG), "app", "app",
       "👮 {city}警方提醒\n{sir}，您因拖欠网贷被列入重点关注人员，请点击下方链接完成“债务说明登记”，逾期不登记将上门核查。",
       "🚔【{district}警务】您有一条待处理的借贷纠纷警情，请于{deadline}回复处理，否则转为刑事案件。"),
    _f("sender.cantonese_police_hk", IMP, "call", "dialect",
       "坐席：喂，{sir}呀？我哋係{district}警署打嚟嘅\n客户：{reply}\n坐席：有人報咗你欠{lender}錢，你聽日返嚟落口供",
       "坐席：我係{district}警區商業罪案調查科嘅，跟緊你筆數\n客户：{reply}\n坐席：你最好今日同財務公司傾掂佢"),
    _f("sender.judge_assistant_call", (IMP, LEG), "call", "spoken",
       "坐席：我是{district}法院民一庭的法官助理，姓{surname}\n客户：{reply}\n坐席：你这个案子下周开庭，你不来就直接判你败诉然后拘留",
       "坐席：我这里是执行局，你是被执行人{sir}吧\n客户：{reply}\n坐席：今天不履行，下午就对你采取拘留措施"),
    _f("sender.notary_office", IMP, "sms", "formal",
       "【{city}公证处】您与{lender}签订的借款合同已办理强制执行公证，本处将于{date}出具执行证书。",
       "【{city}公证处】提示：您的借款已进入公证催告程序，请于{deadline}与{lender}联系。"),
    _f("sender.tw_court", (IMP, LEG), "sms", "formal",
       "【臺灣{city}地方法院】{sir}您好，您積欠{lender}款項一案已判決確定，將於{date}強制執行並限制出境。",
       "【{city}地檢署】通知：您涉嫌詐欺案件已分案偵辦，請於三日內到署說明。"),
    _f("sender.robot_lawyer_team", IMP, "call", "robot_script",
       "坐席：您好，这里是{city}衡正律师事务所智能助理，本所律师团队已受理您的欠款案件。协商还款请按1，律师回电请按2。\n客户：{reply}",
       "坐席：您好，我是{agency}合作律所的AI律师助理，您的案件已分配承办律师，按1预约律师沟通。\n客户：{reply}"),
]

# ---------------------------------------------------------------- threat.exposure: new public places

_PUBLIC = [
    _f("public.estate_screen", EXP, "sms", "sms_template",
       "你们{community}门口那块电子屏，明天开始滚动播放你的欠款信息，从早八点到晚十点。",
       "{community}单元楼道里的广告屏我们已经谈好了，你的照片和欠款{amount}元下周一上屏。"),
    _f("public.lift_ad", EXP, "app", "app",
       "📺 电梯广告已下单，投放小区：{community}，内容：{name}欠款{amount}元未还，投放周期一个月",
       "你们楼的电梯广告位我们包了一周🛗 每天上下班都能看到自己，开心吗"),
    _f("public.village_board_letter", EXP, "notice", "letter",
       "如您仍不履行还款义务，我司将在{village}村务公开栏张贴欠款公示，公示内容包括您的姓名、照片及欠款金额。",
       "我司拟于{date}在您户籍地{village}的村委会公告栏及村口显眼位置张贴《催收公告》，敬请知悉。"),
    _f("public.park_screen", EXP, "sms", "formal",
       "【{lender}】您若继续逾期，您的失信信息将在{park}大屏幕及周边公交站广告栏公开滚动展示。",
       "【{lender}】逾期超过{days}天的客户信息将投放至本市户外广告屏，包括{park}入口的LED屏。"),
    _f("public.owners_group_robot", EXP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。如您今日仍不还款，系统将把您的逾期信息推送至{community}业主群及物业公告栏。"
       "还款请按1。\n客户：{reply}",
       "坐席：您好，{sir}。您的欠款公示已排期至{community}业主微信群，取消公示请按1完成还款。\n客户：{reply}"),
    _f("public.wedding_shame", EXP, "app", "app",
       "听说你妹妹{date}结婚🎉 婚礼现场我们也准备了份“礼物”：一张印着你欠款的大海报",
       "你家办酒席那天，我们去门口发传单📄 让亲戚们都看看"),
    _f("public.square_dance", EXP, "call", "spoken",
       "坐席：你妈天天在{park}跳广场舞是吧\n客户：{reply}\n坐席：我们打印一百份你的欠款单，就在那发，让跳舞的阿姨们都传传",
       "坐席：你们那个广场晚上人多\n客户：{reply}\n坐席：我们拉个横幅往那一摆，你的名字写得大大的"),
    _f("public.local_forum_post", EXP, "sms", "sms_template",
       "帖子已经写好了，标题《{city}某小区业主欠钱不还》，内容附你照片，{deadline}不还就发到本地论坛和贴吧。",
       "{city}本地生活号我们有熟人，{amount}元再不还，就给你做一期专题，配图配名字。"),
    _f("public.church_temple", EXP, "app", "app",
       "你们家常去的那个庙，我们也去烧柱香🙏 顺便把你欠钱的事跟庙里的人说说",
       "你周末去的那个钓鱼群🎣 群主我们加上了，你欠钱不还的事群友很快就都知道了"),
    _f("public.company_lobby_letter", EXP, "notice", "letter",
       "如您继续拖欠，我司将在您所在的{employer}办公楼大堂、食堂公告栏张贴《欠款催告公示》，直至您履行还款义务。",
       "我司将制作载有您姓名、照片及欠款金额的公示牌，于{date}起在{employer}门口及周边路段公开展示。"),
    _f("public.henan_village", EXP, "call", "dialect",
       "坐席：恁再不还，俺就去恁村大喇叭上喊\n客户：{reply}\n坐席：让全村老少爷们都知道恁欠钱不还，看恁以后咋回村",
       "坐席：恁村口那面墙俺们都看好了\n客户：{reply}\n坐席：明儿就刷上恁的名，字写得老大"),
    _f("public.shanghai_lane", EXP, "call", "dialect",
       "坐席：侬再勿还，阿拉就去侬弄堂口贴告示\n客户：{reply}\n坐席：让左邻右舍侪晓得侬欠人家钞票勿还",
       "坐席：阿拉印好了侬额照片\n客户：{reply}\n坐席：明朝就贴到侬小区门口，侬自家看看难看伐"),
    _f("public.cantonese_flyers_hk", EXP, "app", "dialect",
       "我哋會喺你屋企樓下派傳單，寫明你欠{lender}幾多錢，等全座人都知。",
       "你間公司樓下我哋會貼滿你張相，睇你以後點返工。"),
    _f("public.rural_market", EXP, "sms", "sms_template",
       "下个赶集的日子，我们在{village}集市上摆个摊，专门讲讲你欠钱不还的事。",
       "{village}逢三六九赶集，我们会把印着你照片的欠款告示贴在集市入口。"),
    _f("public.short_video_series", EXP, "app", "app",
       "我们的短视频账号粉丝三万多📱 下一期主角就是你，标题都想好了：《{city}欠债{days}天的{name}》",
       "📸 素材已经拍好了，你家楼道、你的车牌、你的背影，剪辑完就发{platform}"),
    _f("public.trad_moments", EXP, "sms", "sms_template",
       "再不還款，您的照片和欠款資料將公佈在您社區的臉書社團和LINE群組。",
       "您的欠款資訊將刊登在{city}地方報紙的公告欄，全市讀者都會看到。"),
    _f("public.robot_media_option", EXP, "call", "robot_script",
       "坐席：您好，这里是{lender}语音通知。您的逾期信息将于明日通过本地媒体公开曝光，停止曝光请按1并立即还款，"
       "查询曝光内容请按2。\n客户：{reply}",
       "坐席：{sir}您好，系统已将您纳入“失信人员公示”计划，公示渠道包括社区电子屏及本地公众号，取消请按1。\n客户：{reply}"),
    _f("public.news_quote_poster", EXP, "sms", "formal",
       "记者在{village}村口看到一张“催收告示”，上面印有借款人照片和“欠{lender}钱不还”字样。借款人称，此前曾收到短信：“再不还就给你全村贴满。”",
       "据借款人提供的聊天记录，催收人员称：“你不还，我们就把你的照片发到你们小区业主群和物业公告栏。”"),
    _f("public.school_gate_banner", EXP, "sms", "sms_template",
       "{school}门口的横幅已经定做好了，写着你的名字和欠款，开学那天挂。",
       "你孩子学校的家长接送点人最多，我们在那边发你的欠款传单，你看怎么样。"),
    _f("public.credit_wall_app", EXP, "app", "formal",
       "【公示提醒】您的信息已进入“{city}诚信公示墙”候选名单，如{deadline}未还款，将在合作商圈大屏轮播展示。",
       "【曝光预告】您的姓名、头像及欠款金额将于{date}在平台“失信曝光”专栏及合作媒体同步公开。"),
    _f("public.asr_newspaper", EXP, "call", "spoken",
       "坐席：呃那个我们这边已经联系了那个本地报纸啊\n客户：{reply}\n坐席：就是说登一个那个催收公告你的名字照片都会登上去",
       "坐席：你这个情况呢我们会在那个小区的公告栏里面贴一个\n客户：{reply}\n坐席：就是让大家都知道一下嘛"),
]

# ---------------------------------------------------------------- threat.third_party: formal letters, dialect

_NOTIFY = [
    _f("notify.village_committee_letter", TP, "notice", "letter",
       "因多次催收无果，我司将致函{village}村民委员会，请村委会协助做好您的思想工作并督促还款。",
       "我司已拟定《协助催收函》，将于{date}寄送{village}村委会及村党支部书记，请村干部出面督促您履行还款义务。"),
    _f("notify.employer_boss_letter", TP, "notice", "letter",
       "如您在本函送达后五日内仍未处理，我司将向{employer}负责人发出《协助履行告知书》，请贵单位协助督促员工还款并代为扣款。",
       "我司将依据您在借款时填写的单位信息，将本函抄送{employer}总经理及人事部门，请单位领导了解您的欠款情况。"),
    _f("notify.parents_visit_sms", TP, "sms", "formal",
       "【{lender}】如您{deadline}仍未还款，我司将安排人员前往您父母住处，当面告知二老您的欠款情况并请其代为督促。",
       "【{lender}】我司拟于{date}拜访您的父母，向其说明您的逾期情况，请您提前与家人沟通或立即还款。"),
    _f("notify.henan_parents", TP, "call", "dialect",
       "坐席：恁再不接电话，俺就给恁爹打过去\n客户：{reply}\n坐席：叫恁爹知道恁在外头干哩啥事，看他老脸往哪儿搁",
       "坐席：恁村支书的电话俺这儿有\n客户：{reply}\n坐席：俺给他说说，叫他去恁家寻恁爹恁娘唠唠"),
    _f("notify.shanghai_colleagues", TP, "call", "dialect",
       "坐席：侬再勿还，阿拉就打电话到侬单位去\n客户：{reply}\n坐席：寻侬领导讲讲，让侬同事侪晓得",
       "坐席：侬阿哥额电话阿拉有额\n客户：{reply}\n坐席：阿拉今朝就打过去，问问伊侬哪能搞额"),
    _f("notify.sichuan_boss", TP, "call", "dialect",
       "坐席：你老板的电话我们已经拿到了哈\n客户：{reply}\n坐席：你今天不还嘛，我下午就打过去跟他摆一哈",
       "坐席：你们村主任我们联系上了\n客户：{reply}\n坐席：喊他去你屋头跟你老汉说一哈"),
    _f("notify.cantonese_relatives_hk", TP, "call", "dialect",
       "坐席：你唔還錢，我哋就打俾你屋企人同埋你老細\n客户：{reply}\n坐席：等佢哋知道你係點樣嘅人",
       "坐席：你通訊錄入面啲人我哋逐個打\n客户：{reply}\n坐席：你自己諗下點收科"),
    _f("notify.all_contacts_robot", TP, "call", "robot_script",
       "坐席：您好，这里是{lender}智能语音。因您未按约还款，系统将于今日十八点起向您授权的全部通讯录联系人发送欠款提醒。"
       "立即还款请按1，申请暂缓请按2。\n客户：{reply}",
       "坐席：您好，{sir}。您已触发“亲友协助还款”流程，系统将依次致电您的父母、配偶及紧急联系人。取消请按1。\n客户：{reply}"),
    _f("notify.social_circle_app", TP, "app", "app",
       "📞 亲友通知队列：父亲 ✅ 母亲 ✅ 配偶 ⏳ 单位 ⏳\n{hours}小时后自动拨打剩余联系人",
       "你通讯录前二十个人我们都打过招呼了👋 今天开始打后面的"),
    _f("notify.wechat_friends_added", TP, "app", "app",
       "你微信里的好友我们已经加了十几个了🙂 他们都挺关心你的，要不要我们跟他们聊聊你的近况？",
       "你同事群里的几个人已经通过我们的好友申请了，明天就跟他们说说{amount}的事"),
    _f("notify.union_hr_email", TP, "notice", "letter",
       "发件人：{lender}贷后管理部\n主题：协助催收函（抄送贵司人力资源部）\n{sir}：\n如您仍未还款，本邮件将于{date}抄送贵司人力资源部及部门负责人，"
       "请单位协助督促。",
       "发件人：{agency}\n主题：员工欠款告知\n{sir}：\n我方将于近日致电贵单位领导，告知您在{lender}的逾期情况，请单位出面协调。"),
    _f("notify.landlord_tenancy", TP, "sms", "sms_template",
       "你租的{community}那套房子的房东我们联系上了，再不还钱就请房东评评理，看你还住不住得下去。",
       "我们会通知你的房东，说你有大额欠款不还，让他考虑是否继续把房子租给你。"),
    _f("notify.customers_of_shop", TP, "app", "app",
       "你网店的客服旺旺我们已经加上了🛒 下一步就是挨个私信你的买家，告诉他们店主欠钱不还",
       "你开网约车的平台我们投诉过了🚕 再不还就天天打客服，让平台找你谈话"),
    _f("notify.in_law_family_call", TP, "call", "spoken",
       "坐席：你老婆娘家的电话我这边有\n客户：{reply}\n坐席：你要是今天还不上，我就给你丈母娘打电话，让她评评这个理",
       "坐席：你不想让你对象家里知道吧\n客户：{reply}\n坐席：那你就今天把钱还了，不然我一个电话打到你未来老丈人那"),
    _f("notify.formal_reserved_escalation", TP, "sms", "formal",
       "【{lender}】尊敬的客户，您已逾期{days}天。根据合同约定，我司将于{date}启动第三方协助程序，依次联系您的紧急联系人、"
       "共同居住人及单位负责人。",
       "【{lender}】因您失联，我司将依约向您的亲属、同事及社会关系发送协查函，以确认您的下落并督促还款。"),
    _f("notify.dongbei_whole_village", TP, "call", "dialect",
       "坐席：你不还是吧，我给你们屯子的老少爷们挨个打电话\n客户：{reply}\n坐席：让他们都知道你是个啥人",
       "坐席：你大舅二舅的电话我这都有\n客户：{reply}\n坐席：一会儿就给他们打，让他们来整你"),
    _f("notify.school_teacher_letter", TP, "notice", "letter",
       "鉴于您为在校学生，如逾期仍不处理，我司将致函{school}学生处及您的辅导员，请校方协助教育并督促您履行还款义务。",
       "我司将向您子女就读的{school}发送家长欠款情况说明，请班主任协助联系您。"),
    _f("notify.trad_employer", TP, "sms", "formal",
       "【{lender}】您的欠款若持續未繳，本公司將於{date}派員至您任職單位拜訪您的主管，並致電您的保證人與同住家屬說明。",
       "【{lender}】依契約第九條，逾期逾{days}日者，本公司得通知您所在的里長及鄰里協助聯繫您本人。"),
    _f("notify.asr_call_everyone", TP, "call", "spoken",
       "坐席：那个我跟你说啊你今天不处理的话呢\n客户：{reply}\n坐席：我们就是会把你那个通讯录里面的人呢一个一个打过去问问",
       "坐席：呃你这边就是说一直不接电话嘛\n客户：{reply}\n坐席：那我们只能那个联系你的那个领导了啊"),
    _f("notify.judgment_quote_contacts", TP, "call", "formal",
       "经审理查明，被告人以“再不还钱就打给你通讯录所有人、打到你单位”等言语威胁被害人，并实际拨打被害人亲友电话二百余次。",
       "据公安机关调查，催收人员在通话中称“你不还，我就天天打你爸妈和你领导的电话”，随后持续骚扰借款人亲属。"),
]

# ---------------------------------------------------------------- pii.third_party_disclosure (+ pressure)

_RELAY = [
    _f("relay.robot_contact_menu", DIS, "call", "robot_script",
       "坐席：您好，本电话由{lender}发起。您被{name}登记为紧急联系人，其借款{amount}元已逾期{days}天仍未处理。愿意转告请按1，"
       "稍后再拨请按2，与其不熟悉请按3。\n联系人：{tp_reply}",
       "坐席：您好，您的亲友{name}在{lender}有一笔欠款逾期未还，请您提醒其尽快还款，收到请按1。\n联系人：{tp_reply}", to="third_party"),
    _f("relay.sms_to_contact_template", DIS, "sms", "sms_template",
       "【{lender}】您好，您的好友{name}在我司借款{amount}元已逾期{days}天，烦请转告其及时处理，退订回T",
       "【{lender}】尊敬的用户，{name}预留您为联系人，其账单已逾期，请提醒其登录APP还款。详询{hotline}", to="third_party"),
    _f("relay.wechat_to_friend", DIS, "app", "app",
       "你好，打扰了🙏 我是{lender}的客服，{name}在我们这借了{amount}，逾期{days}天了，联系不上他，麻烦你转告一声",
       "您好~ 您的同事{name}在我们平台有笔欠款还没还，能帮忙让他回个电话吗？{hotline}", to="third_party"),
    _f("relay.letter_to_family", DIS, "notice", "letter",
       "联系人告知书\n尊敬的联系人：\n借款人{name}（合同尾号{tail}）在{lender}申请借款时登记您为紧急联系人。截至{date}，其欠款{amount}元"
       "仍未归还，逾期{days}天。烦请您将本告知书内容转达借款人。\n{lender}客户服务部",
       "{name}的家人：\n您好！您的家庭成员{name}在我司的借款已严重逾期，欠款{amount}元。请您督促其于{date}前处理。\n{lender}客户服务部", to="third_party"),
    _f("relay.colleague_call_hr", DIS, "call", "spoken",
       "坐席：您好，请问是{employer}的人事吗？你们单位的{name}在我们{lender}有个借款逾期了\n联系人：{tp_reply}\n"
       "坐席：欠了{amount}，我们联系不上他，麻烦您转告一下",
       "坐席：喂，你是{name}的同事吧，他在我们这边的贷款一直没还\n联系人：{tp_reply}\n坐席：你看到他跟他说一声，让他回电话", to="third_party"),
    _f("relay.cantonese_relay_hk", DIS, "call", "dialect",
       "坐席：你好，請問係唔係{name}嘅家人？佢喺{lender}借咗錢，而家逾期咗\n联系人：{tp_reply}\n坐席：麻煩你叫佢打返嚟",
       "坐席：你識唔識{name}？佢欠我哋{amount}蚊未還\n联系人：{tp_reply}\n坐席：你見到佢就話俾佢知", to="third_party"),
    _f("relay.henan_sibling", DIS, "call", "dialect",
       "坐席：恁是{name}他哥吧？他搁俺们{lender}借哩钱到现在没还\n联系人：{tp_reply}\n坐席：恁给他捎个话，叫他赶紧还上",
       "坐席：恁认识{name}不？他欠俺们{amount}块，电话也不接\n联系人：{tp_reply}\n坐席：恁见着他给他说一声", to="third_party"),
    _f("relay.emergency_contact_email", DIS, "notice", "letter",
       "发件人：{lender}客户服务部\n主题：紧急联系人告知\n您好：\n{name}在注册时填写您为紧急联系人。其在我司的借款{amount}元已逾期{days}天，"
       "请您协助提醒其尽快还款。",
       "发件人：{agency}\n主题：关于{name}的欠款提醒\n您好：\n{name}欠{lender}款项逾期未还，特此告知，望转告。", to="third_party"),
]

_RELAY_PRESSURE = [
    _f("relay.pay_on_behalf_letter", (DIS, TP), "notice", "letter",
       "致{name}亲属：\n{name}欠{lender}本息{amount}元，逾期{days}天。作为其直系亲属，您有义务督促其还款，"
       "如其继续逃避，我司将视情况要求家属代为偿还，并追究相关责任。",
       "致{name}的父母：\n您的子女{name}在我司欠款{amount}元拒不归还。如您不协助处理，我司将派员前往您家中上门沟通。", to="third_party"),
    _f("relay.pressure_friend_wechat", (DIS, TP), "app", "app",
       "你朋友{name}欠我们{amount}，你是他紧急联系人😊 你要么帮他还，要么我们天天找你",
       "{name}说这钱你会帮他还，他把你填成担保人了，这两天你准备一下吧💰", to="third_party"),
    _f("relay.colleague_shame_call", (DIS, TP), "call", "spoken",
       "坐席：你是{name}的领导吧，他欠了我们{amount}一直不还\n联系人：{tp_reply}\n坐席：你们单位就这么管员工的？今天不给个说法我明天派人去你们单位",
       "坐席：你跟{name}是同事对吧\n联系人：{tp_reply}\n坐席：他欠钱跑了，你们既然关系好，你就帮他先垫上", to="third_party"),
    _f("relay.parent_guilt_sichuan", (DIS, TP), "call", "dialect",
       "坐席：你是{name}他妈哇？你儿在我们{lender}借了{amount}没还\n联系人：{tp_reply}\n坐席：你当妈的不管哪个管？你先帮他还了嘛",
       "坐席：{name}是你屋头的人哈，他欠了好多钱你晓得不\n联系人：{tp_reply}\n坐席：你们屋头今天必须拿个说法出来", to="third_party"),
    _f("relay.robot_third_party_pay", (DIS, TP), "call", "robot_script",
       "坐席：您好，这里是{lender}。{name}逾期{days}天未还款{amount}元，您作为其联系人，如同意代为还款请按1，"
       "拒绝将记录为不配合并持续联系。\n联系人：{tp_reply}",
       "坐席：您好，{name}在本平台欠款逾期。根据协议，联系人须协助催收，若您不配合，系统将每日致电。确认请按1。\n联系人：{tp_reply}", to="third_party"),
]

# ---------------------------------------------------------------- coercion.debt_rollover: polite service language

_SERVICE_ROLL = [
    _f("service_roll.other_card", ROLL, "sms", "sms_template",
       "{sir}您好，温馨提示：若您暂时资金周转困难，可使用您名下其他银行信用卡先行垫付本期欠款，避免产生更多罚息。",
       "为保护您的征信，建议您使用名下其他信用卡的可用额度优先偿还本平台欠款，感谢您的配合。"),
    _f("service_roll.partner_short_loan", ROLL, "sms", "formal",
       "【{lender}】尊敬的客户，您可通过我司合作机构{other_app}申请短期周转借款，最快5分钟到账，到账后请及时归还本期欠款。",
       "【{lender}】为帮助您按时还款，我们为您匹配了合作方{other_app}的短期借款额度，点击链接申请，审批通过后可直接用于还款。"),
    _f("service_roll.mortgage_house_polite", ROLL, "call", "spoken",
       "坐席：{sir}，我这边也是真心为您考虑，您名下那套房子可以去做个抵押贷款\n客户：{reply}\n坐席：利息不高的，贷出来先把我们这边结清，您也轻松",
       "坐席：其实您可以考虑把房子卖掉或者抵押一下\n客户：{reply}\n坐席：一次性解决，省得每天被催，您说是吧"),
    _f("service_roll.robot_menu_loan", ROLL, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。如您资金紧张，我们可为您推荐合作平台短期借款。了解合作平台请按1，人工服务请按0。\n客户：{reply}",
       "坐席：您好，{sir}。您可申请{other_app}极速借款用于归还本期账单，申请链接将通过短信发送，确认请按1。\n客户：{reply}"),
    _f("service_roll.app_banner", ROLL, "app", "app",
       "💡 还款小贴士：账户余额不足？试试{other_app}，额度最高5万，审核快至3分钟，借到即可还款哦~",
       "📢 资金周转有困难？{other_app}新用户首借免息7天，借来还本平台账单，轻松避免逾期记录✨"),
    _f("service_roll.sell_car_letter", ROLL, "notice", "letter",
       "为妥善解决欠款，我司建议您通过出售或抵押名下车辆筹集资金，我司可协助对接二手车收购商，所得款项优先偿还本笔欠款。",
       "我司提醒您：您名下尚有车辆及房产，建议您尽快变现相关资产，一次性结清欠款{amount}元，以免承担更重的违约责任。"),
    _f("service_roll.relatives_borrow_polite", ROLL, "call", "spoken",
       "坐席：{sir}，您看这样好不好，您先跟亲戚朋友周转一下\n客户：{reply}\n坐席：每人借个一两千，凑够{amount}先还我们，后面再慢慢还他们",
       "坐席：您身边总有几个朋友吧\n客户：{reply}\n坐席：跟他们开个口，借个周转，这事今天就了了"),
    _f("service_roll.partner_spouse_loan", ROLL, "sms", "sms_template",
       "{sir}，如您本人额度不足，可以让您的配偶在{other_app}申请一笔短期借款，帮您先把本期{amount}元还上。",
       "温馨提示：您家人名下如有信用卡或借款额度，可协助您先行还款，避免逾期进一步升级。"),
    _f("service_roll.dongbei", ROLL, "call", "dialect",
       "坐席：你那车不是还能值几个钱嘛\n客户：{reply}\n坐席：整个二手车行一卖，钱不就有了，麻溜儿的",
       "坐席：你去{other_app}整一笔呗\n客户：{reply}\n坐席：借出来先把我们这窟窿堵上，别磨叽"),
    _f("service_roll.henan", ROLL, "call", "dialect",
       "坐席：恁家那几头牛卖了不就中了\n客户：{reply}\n坐席：卖了钱先还俺们，恁也落个清净",
       "坐席：恁搁别哩平台再借点儿\n客户：{reply}\n坐席：拆东墙补西墙，先把俺这儿平了再说"),
    _f("service_roll.shanghai", ROLL, "call", "dialect",
       "坐席：侬屋里厢勿是有套老房子嘛\n客户：{reply}\n坐席：拿去抵押一记，钞票就有了呀",
       "坐席：侬信用卡额度还有伐\n客户：{reply}\n坐席：刷出来先还阿拉，侬覅再拖了"),
    _f("service_roll.gold_jewellery", ROLL, "app", "app",
       "您家里的金首饰、手表这些也可以拿去回收店变现哦💍 现在金价高，正好先还上{amount}",
       "亲，闲置的iPhone、包包挂二手平台卖掉也能凑一部分👜 先把本期还上吧"),
    _f("service_roll.tw_loan", ROLL, "sms", "sms_template",
       "您好，若資金不足，建議您向當鋪或其他融資公司先行借款，以便今日結清{amount}元欠款。",
       "溫馨提醒：您可以使用其他銀行的信用卡預借現金，先償還本期帳款，避免違約。"),
    _f("service_roll.email_refinance", ROLL, "notice", "letter",
       "发件人：{lender}客户服务部\n主题：还款方案建议\n{sir}：\n经评估，建议您通过{other_app}或{bank}的消费贷款置换本笔欠款，"
       "我司客服可协助您完成申请。",
       "发件人：{lender}贷后服务\n主题：关于您的还款安排\n{sir}：\n您可考虑以名下房产向{bank}申请抵押贷款，用于一次性结清本笔欠款{amount}元。"),
    _f("service_roll.wages_advance", ROLL, "sms", "sms_template",
       "{sir}，您可以向单位预支下个月工资，或者找同事临时借一下，先把{amount}元还上，别影响征信。",
       "建议您跟公司财务申请借支，或者用公积金贷款的额度先周转，尽快结清本平台欠款。"),
    _f("service_roll.asr_other_platform", ROLL, "call", "spoken",
       "坐席：呃你这个的话你可以去那个别的平台先借一点嘛\n客户：{reply}\n坐席：就是说现在那个借款的平台很多的你随便找一个",
       "坐席：那个你有没有其他的那个信用卡啊\n客户：{reply}\n坐席：有的话你就是先刷一下把我们这边还了"),
    _f("service_roll.insurance_cashvalue", ROLL, "call", "spoken",
       "坐席：您给孩子买的那份保险是有现金价值的\n客户：{reply}\n坐席：退保或者保单贷款都能拿到钱，先用来还我们这笔",
       "坐席：您名下那份寿险可以申请保单质押贷款\n客户：{reply}\n坐席：贷出来的钱先还我们这笔，保单照样有效"),
    _f("service_roll.blood_plasma_hint", ROLL, "app", "app",
       "实在没钱就去献浆站卖浆嘛🩸 一次好几百，多去几次不就凑够了",
       "年轻人有的是办法，卖卖血、打打零工，{amount}块还能凑不出来？"),
]

# ---------------------------------------------------------------- abuse.insult: contempt without swear words

_SCORN = [
    _f("scorn.family_shame_letter", INS, "notice", "letter",
       "您作为一名成年人，屡次失信于人，不仅败坏了个人名声，更让您的家族蒙羞。我司对您的人品深感失望。",
       "您的所作所为实在令人不齿，一个毫无信用可言的人，不知您的父母亲友将如何看待您。"),
    _f("scorn.no_conscience_formal", INS, "sms", "formal",
       "【{lender}】{sir}，借款时承诺按时还款，如今避而不见，您的良心何在？",
       "【{lender}】本司在您最困难时出借款项，您却以失联回报，此等行径，毫无良知可言。"),
    _f("scorn.sarcasm_busy_app", INS, "app", "app",
       "您真是日理万机啊🙄 连回个消息的时间都没有，借钱的时候倒是挺闲",
       "又失联了？您这捉迷藏的本事真该去参加比赛🏆"),
    _f("scorn.education_level", INS, "call", "spoken",
       "坐席：你读过书吗\n客户：{reply}\n坐席：字都认不全吧，合同上写的还款日你是看不懂还是装看不懂",
       "坐席：跟你说话真累\n客户：{reply}\n坐席：你这个理解能力，难怪混成现在这样"),
    _f("scorn.henan", INS, "call", "dialect",
       "坐席：恁咋恁不要脸嘞\n客户：{reply}\n坐席：恁爹恁娘要是知道养了个这货，脸都没地儿搁",
       "坐席：恁可真中，借钱哩时候嘴恁甜\n客户：{reply}\n坐席：还钱就成缩头乌龟了，真不是个东西"),
    _f("scorn.shanghai", INS, "call", "dialect",
       "坐席：侬迭个人哪能噶拎勿清额\n客户：{reply}\n坐席：借了钞票勿还，侬还要面孔伐",
       "坐席：侬真额是老十三点\n客户：{reply}\n坐席：阿拉从来没看到过侬噶赖皮额人"),
    _f("scorn.cantonese_hk", INS, "app", "dialect",
       "你呢啲人真係冇廉恥，借錢嗰陣扮晒可憐，還錢就玩失蹤。",
       "成世人都係咁廢，連幾千蚊都還唔到，仲有面出街？"),
    _f("scorn.dongbei", INS, "call", "dialect",
       "坐席：你可真能整景儿啊\n客户：{reply}\n坐席：一天天的净扯犊子，借钱不还还有理了，丢人现眼玩意儿",
       "坐席：你这人咋这么不讲究呢\n客户：{reply}\n坐席：就你这样的，出门都得让人戳脊梁骨"),
    _f("scorn.sichuan", INS, "call", "dialect",
       "坐席：你这个人脸皮硬是厚哦\n客户：{reply}\n坐席：借钱的时候喊得好听，现在装死，你屋头祖宗都替你丢人",
       "坐席：你啷个好意思嘛\n客户：{reply}\n坐席：我都替你脸红，没得一点骨气"),
    _f("scorn.parents_regret_letter", INS, "notice", "letter",
       "令尊令堂含辛茹苦将您养大，想必没有料到您会成为一个言而无信、逃避责任的人。",
       "身为人子，不思报答父母，反倒累及家门，您的行为实在有辱家风。"),
    _f("scorn.email_character", INS, "notice", "letter",
       "发件人：{lender}贷后管理部\n主题：关于您逾期还款的严正告知\n{sir}：\n一个连基本信用都守不住的人，在社会上注定寸步难行。您的人品我们已经看透了。",
       "发件人：{agency}\n主题：再次提醒\n{sir}：\n说实话，像您这样毫无廉耻之心的借款人，我们见得不多。"),
    _f("scorn.robot_moral", INS, "call", "robot_script",
       "坐席：您好，这里是{lender}智能客服。系统显示您为严重失信人员，诚信意识淡薄，道德品质低下。请立即还款，按1确认。\n客户：{reply}",
       "坐席：您好，{sir}。您的信用评级为最低等级“失德”，请为自己的人品负责，按1进入还款。\n客户：{reply}"),
    _f("scorn.emoji_trash", INS, "app", "app",
       "🗑️ 这是给你准备的位置，人品也就配这儿了",
       "🐍 借钱的时候称兄道弟，还钱的时候像蛇一样溜了，说的就是你"),
    _f("scorn.kids_role_model", INS, "sms", "sms_template",
       "你孩子以后长大了问爸爸是做什么的，你就说是专门借钱不还的，挺好，言传身教。",
       "当爹的欠钱不还，还好意思教孩子做人要诚实？"),
    _f("scorn.news_quote_insult", INS, "sms", "formal",
       "据受害人提供的短信截图，催收人员多次称其为“社会渣滓”“没皮没脸的东西”，并称“你这种人活着就是浪费空气”。",
       "法院查明，被告人在催收时向被害人发送“你全家都是失信的料”“没教养的东西”等侮辱性信息数十条。"),
    _f("scorn.asr_no_face", INS, "call", "spoken",
       "坐席：呃我说你这个人啊就是一点脸都不要了是吧\n客户：{reply}\n坐席：你那个亲戚朋友知道你是这种人吗",
       "坐席：就是你这种人啊借了钱就装死的\n客户：{reply}\n坐席：我跟你讲你这种人呢走到哪里都是被人看不起的"),
    _f("scorn.formal_honor_clause", INS, "sms", "formal",
       "【{lender}】鉴于您多次违背承诺、毫无信义，本司已将您定性为“无诚信人员”，请您好自为之。",
       "【{lender}】您的行为已完全丧失做人的基本底线，本司不再相信您的任何承诺。"),
    _f("scorn.mock_excuses_app", INS, "app", "app",
       "又是孩子生病？又是奶奶住院？🤡 你家人生病的频率赶上医院的挂号量了",
       "你的借口我们都编号了，这是第37号😂 能不能来点新鲜的"),
    _f("scorn.trad_contempt", INS, "sms", "sms_template",
       "欠錢不還還好意思裝可憐，您的臉皮真是比城牆還厚。",
       "像您這樣沒有誠信的人，真不知道您是怎麼在社會上立足的。"),
    _f("scorn.worthless_call", INS, "call", "spoken",
       "坐席：你这种人说的话还有人信吗\n客户：{reply}\n坐席：我都懒得跟你废话，一个连脸都不要的人",
       "坐席：你活了三十多年活成这样\n客户：{reply}\n坐席：也是挺可悲的，一事无成还欠一屁股债"),
    _f("scorn.letter_parasites", INS, "notice", "letter",
       "您的行为与社会寄生虫无异，依靠借款维持体面，却将还款责任抛诸脑后。",
       "长期拖欠、屡教不改，此种无赖行径，为诚实守信之人所不齿。"),
    _f("scorn.obfuscated_label", INS, "sms", "sms_template",
       "l赖{sir}，你那点p信用早透支光了，拖成这样还有脸装忙。",
       "{sir}你这种p子嘴里没一句真话，{amount}拖{days}天了还好意思。"),
]

# ---------------------------------------------------------------- several categories at once

_MIXED = [
    _f("mix.court_sender_exposure", (IMP, EXP), "sms", "formal",
       "【{district}人民法院】{sir}，您的失信信息将于{date}在{community}公告栏及本院官网同步公示。",
       "【{district}法院执行局】您拖欠{lender}欠款一案，本局将在您户籍地{village}张贴执行公告。"),
    _f("mix.police_sender_third_party", (IMP, TP, LEG), "sms", "formal",
       "【{town}派出所】您涉嫌恶意拖欠网贷一案已立案，本所将通知您的单位及村委会协助调查。",
       "【{district}公安分局】因您拒不到案，本局将约谈您的直系亲属及单位负责人。"),
    _f("mix.visit_exposure_app", (VIO, EXP), "app", "app",
       "明天带几个人去你家门口🏠 顺便拉个横幅直播，看你还躲不躲",
       "📍 我们人到了{community}，横幅也带来了，你下不下来？不下来我们就在这挂着"),
    _f("mix.letter_third_party_exposure", (TP, EXP), "notice", "letter",
       "逾期仍不处理，我司将：一、致函您所在单位人力资源部；二、在{village}村委会公告栏张贴欠款公示；三、通知您的全部紧急联系人。",
       "后续处置措施包括但不限于：联系您的父母配偶、向{employer}发送协催函、在您居住小区张贴催收公告。"),
    _f("mix.rollover_or_family", (ROLL, TP), "call", "spoken",
       "坐席：你要么今天去{other_app}借出来还我们\n客户：{reply}\n坐席：要么我就打给你爸妈，让他们来还，你选一个",
       "坐席：你把车卖了吧\n客户：{reply}\n坐席：不卖也行，我明天就去你单位找你领导商量"),
    _f("mix.insult_legal_letter", (INS, LEG), "notice", "letter",
       "您这种毫无诚信的无赖行径已触犯刑法，我司已向公安机关报案，等待您的将是牢狱之灾。",
       "一个道德败坏、满口谎言的人，终将受到法律的制裁，您的案件已移送公安，拘留在即。"),
    _f("mix.robot_impersonation_visit", (IMP, VIO), "call", "robot_script",
       "坐席：您好，这里是{district}人民法院执行局。执行人员将于今晚到您住处，届时请您在家等候，后果自负。按1确认。\n客户：{reply}",
       "坐席：您好，这里是{town}派出所。我所民警将会同催收人员上门，如您拒不开门，将采取强制措施。\n客户：{reply}"),
    _f("mix.dongbei_visit_insult", (VIO, INS), "call", "dialect",
       "坐席：你个瘪犊子还挺能躲\n客户：{reply}\n坐席：哥几个今晚就去你家门口等着，看你出不出来",
       "坐席：你这没皮没脸的玩意儿\n客户：{reply}\n坐席：明儿我们一帮人过去，咱当面唠唠"),
    _f("mix.news_quote_multi", (VIO, TP, EXP), "sms", "formal",
       "据报道，借款人收到的催收信息称：“你不还钱，我们就去你家找你老婆孩子，把你的照片发到你们小区群，再给你单位打电话。”",
       "记者获得的聊天记录显示，催收人员扬言“找人堵你家门”“在你村里贴大字报”“挨个打你通讯录”。"),
    _f("mix.lawyer_sender_legal_rollover", (IMP, LEG, ROLL), "sms", "formal",
       "【{city}衡正律师事务所】{sir}，您已涉嫌诈骗，本所建议您立即通过{other_app}借款结清，以免被追究刑事责任。",
       "【{city}明法律所】经本所律师审查，您的行为将被判处拘役。如无力偿还，可抵押房产或向亲友借款后尽快处理。"),
    _f("mix.village_leader_pressure_disclose", (DIS, TP, EXP), "call", "spoken",
       "坐席：你是{village}的村主任吧，你们村的{name}欠我们{amount}不还\n联系人：{tp_reply}\n"
       "坐席：你要是不管，我们就到你们村里贴告示，让全村人都看看",
       "坐席：{name}是你们村的吧，欠了我们好几万\n联系人：{tp_reply}\n坐席：村里不出面，我们就在村委会门口挂横幅", to="third_party"),
    _f("mix.school_exposure_legal", (EXP, LEG, TP), "app", "formal",
       "【处置通知】您的欠款已进入公示流程，公示期间将同步函告{school}，您子女将无法参加评优及升学。",
       "【失信公示】您已被列入失信公示名单，公示信息将推送至您子女所在学校及您所在社区。"),
]

# ---------------------------------------------------------------- quoted in news, police reports and judgments

_QUOTED = [
    _f("quoted.judgment_sms_violence", VIO, "sms", "formal",
       "经审理查明：{year_month}，被告人通过手机向被害人发送“你老婆每天几点下班我都知道”“你家孩子挺可爱的”等短信，并附被害人住处照片。",
       "公诉机关指控，被告人在催收过程中向被害人发送其父母住址及“老人家身体还好吧”等信息，使被害人及其家人不敢正常出行。"),
    _f("quoted.police_case_legal", LEG, "call", "formal",
       "据警方通报，涉案催收人员在电话中对借款人称：“你已经被法院列为诈骗嫌疑人，三天内不还钱就会被刑拘。”",
       "办案民警介绍，催收员常以“已立案”“马上抓你”等话术恐吓借款人，声称“欠款超过三千就构成刑事犯罪”。"),
    _f("quoted.news_third_party", TP, "call", "formal",
       "受访者表示，催收人员曾对其说：“今天不还钱，我就把你欠钱的事告诉你所有亲戚，让你爸妈出来还。”",
       "据借款人回忆，催收员在电话里称：“你单位领导的电话我们有，不还就让你工作丢掉。”"),
    _f("quoted.judgment_impersonation", (IMP, LEG), "call", "formal",
       "经查，被告人冒充{district}法院工作人员致电被害人，称“我是法院执行局的，你的案子已经判了，今天不还就来抓你”。",
       "判决书显示，被告人自称“公安局经侦大队民警”，告知被害人“你涉嫌诈骗已被立案，必须马上还钱才能撤案”。"),
    _f("quoted.news_exposure", EXP, "app", "formal",
       "报道称，借款人在微信上收到催收人员的消息：“你的照片和欠款已经做成海报了，明天就发到你们小区业主群。”",
       "据借款人提供的聊天截图，催收人员称“我会把你做成表情包，发到你家族群和公司群里”。"),
    _f("quoted.court_rollover", ROLL, "call", "formal",
       "法院审理查明，被告人多次要求被害人“去别的平台借钱还我们”，并向其推荐多个网贷平台，导致被害人债务不断扩大。",
       "据调查，催收员向借款人表示“你可以去卖血、卖肾，总有办法还钱”，借款人不堪其扰后报警。"),
    _f("quoted.news_insult", INS, "call", "formal",
       "记者听到的通话录音中，催收人员称借款人“不要脸”“没良心的东西”，并称“你爸妈怎么生了你这么个玩意儿”。",
       "录音显示，催收员对借款人说：“你这种人就是社会的垃圾，活着都是浪费粮食。”"),
    _f("quoted.police_disclosure", (DIS, TP), "call", "formal",
       "报警人称，其并非借款人，但催收人员多次致电称“{name}欠我们钱，你是他朋友你就得帮他还”，并威胁每天打电话。",
       "据当事人反映，催收员打电话给其母亲称：“你儿子欠了{amount}块网贷，你不还我们就天天找你。”", to="third_party"),
]

FAMILIES: tuple[Family, ...] = (*_FIELD_TEAMS, *_VEILED_KIN, *_VEILED_MORE, *_PROCEDURAL, *_IMPERSONATION, *_PUBLIC,
                                *_NOTIFY, *_RELAY, *_RELAY_PRESSURE, *_SERVICE_ROLL, *_SCORN, *_MIXED, *_QUOTED)


# ---------------------------------------------------------------- the long normal template around a violation

# Deployed lenders' templates: greeting, amount, repayment channel, signature and a rights notice around `{body}`.
_SMS_TEMPLATES = (
    "【{lender}】尊敬的{sir}，您在{lender}办理的{product}（合同尾号{tail}）本期应还{amount}元，已逾期{days}天。{body}"
    "您可通过{lender}APP“我的-还款”或官方对公账户还款，如有困难可致电{hotline}申请协商分期。请勿向任何个人账户转账。退订回T",
    "【{lender}】{sir}您好！截至{date}，您尾号{tail}的借款尚欠本息{amount}元，逾期{days}天。{body}还款方式：APP首页“立即还款”"
    "或银行转账至{lender}对公账户。如已还款请忽略本短信。客服{hotline}（工作日9:00-18:00）。拒收请回复R",
    "{sir}，您好，这里是{lender}贷后服务中心。您的{product}账单{amount}元已于{date}到期未还。{body}为避免影响您的信用记录，"
    "请于今日内通过官方渠道还款。如对账单有异议，可在APP内提交申诉。【{lender}】回T退订",
    "【{lender}】温馨提示：尊敬的{sir}，您的{product}已逾期{days}天，应还金额{amount}元。{body}还款后系统将于1个工作日内更新状态。"
    "我司不会以任何理由要求您向个人账户转账，谨防诈骗。服务热线{hotline}。退订回T",
    "【{lender}】{sir}，感谢您一直以来对{lender}的支持。您本期账单{amount}元已逾期，逾期期间将按合同约定计收罚息。{body}"
    "如您遇到特殊困难，可回复“协商”申请延期还款或分期方案。祝您生活愉快！退订回T",
)
_APP_TEMPLATES = (
    "📢 账单提醒\n{sir}，您好！您的{product}账单{amount}元已逾期{days}天。\n{body}\n👉 点击下方“立即还款”即可完成还款\n"
    "💬 如有疑问请联系在线客服，我们将竭诚为您服务",
    "【消息中心】亲爱的{sir}：\n您在{lender}的借款（尾号{tail}）当前待还{amount}元，最后还款日为{date}。{body}\n"
    "您可在“我的-账单”中查看明细并还款；如需协商，请在“客服中心”提交申请。",
    "您好，我是{lender}贷后专员，工号{agent}😊 您的账单已逾期{days}天，待还{amount}元。{body} 还款请走APP官方渠道，"
    "有困难也可以跟我说，我帮您申请还款方案~",
)
_LETTER_TEMPLATES = (
    "{lender}\n逾期还款通知函\n函号：{case_ref}\n{sir}：\n您于{date}在我司申请的{product}借款（合同尾号{tail}），截至本函出具之日"
    "尚欠本息合计{amount}元，已逾期{days}天。经我司多次提醒，您仍未履行还款义务。\n{body}\n请您通过{lender}APP或我司对公账户还款。"
    "如对欠款金额有异议，请于收到本函之日起七日内致电{hotline}提出。\n特此函告。\n{lender}贷后管理部\n{date}",
    "催收告知函\n致：{sir}\n借款合同尾号：{tail}　欠款金额：{amount}元　逾期天数：{days}天\n{body}\n"
    "还款渠道：{lender}APP“我的账单”或官方对公账户；咨询电话：{hotline}。\n本函仅用于提醒您履行还款义务，请妥善保管。\n"
    "{lender}（盖章）\n{date}",
    "发件人：{lender}客户服务部\n收件人：{sir}\n主题：关于您尾号{tail}借款的逾期提醒\n{sir}您好：\n您在{lender}的借款已逾期{days}天，"
    "当前应还{amount}元。{body}\n您可登录APP完成还款，如有疑问请致电{hotline}。\n此邮件由系统发出，请勿直接回复。\n{lender}",
)
# A letter or e-mail that carries its own heading gets the usual closing lines instead.
_LETTER_CLOSINGS = (
    "\n请通过{lender}APP或官方对公账户还款，如有异议请于七日内致电{hotline}。\n{lender}\n{date}",
    "\n还款咨询：{hotline}（工作日9:00-18:00）。本函由系统生成，如您已还款请忽略。",
)
_CALL_OPENINGS = {
    "spoken": "坐席：您好，这里是{lender}贷后服务中心，工号{agent}，本次通话将被录音，请问是{sir}本人吗？\n客户：{first_reply}\n"
              "坐席：您在我们平台的{product}借款{amount}元已经逾期{days}天了，今天方便处理一下吗？\n客户：{second_reply}\n",
    "dialect": "坐席：喂，{sir}是吧，我这边{lender}的，工号{agent}，你那笔{amount}拖了{days}天了\n客户：{first_reply}\n",
    "robot_script": "",
}
_CALL_CLOSINGS = {
    "spoken": "\n坐席：还款请走APP或者官方对公账户，不要转给个人。确实有困难也可以申请分期，客服电话{hotline}。",
    "dialect": "\n坐席：还款就在APP上还，有啥事打{hotline}。",
    "robot_script": "\n坐席：如已还款请忽略。还款请按1，申请协商请按2，人工服务请按0。感谢您的接听，再见。",
}
# How a news report, police bulletin or judgment around a quoted collector opens and ends.
_REPORT_LEADS = ("", "【{city}新闻】", "（记者 {surname}某）", "案情简介：", "{city}讯 ", "本报讯 ")
_REPORT_TAILS = ("", "目前，该案仍在进一步处理中。", "警方提醒：遭遇暴力催收请及时报警，并保留短信和通话录音。",
                 "（文中当事人均为化名）", "涉事催收机构系受{lender}委托开展催收业务。")
_ROBOT_GOODBYE = "\n坐席：如已还款请忽略。感谢您的接听，再见。"
_SIGNATURE = re.compile(r"^【[^】]{1,20}】")
# A letter's own heading: an e-mail header, an address line (致…), or a first line without a sentence in it.
_HEADING = re.compile(r"发件人|致|[^。，；！？\n]+\n")


def _quoted(family: Family) -> bool:
    """A collector's words quoted in a news report, police bulletin or judgment: the report is their template."""
    return "quote" in family.name


def _bury(body: str, family: Family, slots: _RealSlots, rng: random.Random) -> tuple[str, str] | None:
    """`body` inside a long normal template with its register, or None when the family cannot sit in one."""
    if family.recipient != "debtor" or _quoted(family):
        return None
    if family.channel == "notice":
        if _HEADING.match(body):
            # An authority's letter is not closed with the lender's lines: the impersonation stays whole.
            return None if IMP in family.labels else (body + rng.choice(_LETTER_CLOSINGS).format_map(slots), "letter")
        slots["body"] = body
        return rng.choice(_LETTER_TEMPLATES).format_map(slots), "letter"
    if family.channel == "call":
        if parse_call_text(body) is None:
            return None
        # A caller who poses as an authority does not open as the lender: only the closing is added.
        opening = "" if IMP in family.labels else _CALL_OPENINGS[family.register]
        closing = _CALL_CLOSINGS[family.register]
        if "按1" in body:       # a robot script that already read out its keypad menu only says goodbye
            closing = _ROBOT_GOODBYE
        return opening.format_map(slots) + body + closing.format_map(slots), family.register
    if IMP in family.labels:         # the impersonating signature is the violation: no lender template around it
        return None
    slots["body"] = _end_sentence(_SIGNATURE.sub("", body))
    if family.channel == "app":
        return rng.choice(_APP_TEMPLATES).format_map(slots), family.register
    return rng.choice(_SMS_TEMPLATES).format_map(slots), family.register


# ---------------------------------------------------------------- rendering

def _render(family: Family, rng: random.Random, slots_type: type[_RealSlots] = _RealSlots,
            module: str = "violations_real") -> tuple[dict, bool]:
    """One sample of `family` (slots drawn by `slots_type`, named `<module>.<family>`), and whether it sits
    inside a long normal template."""
    slots = slots_type(rng)
    body = rng.choice(family.texts).format_map(slots)
    register = family.register
    buried = _bury(body, family, slots, rng) if family.channel == "notice" or rng.random() < BURY_SHARE else None
    if buried:
        body, register = buried
    elif _quoted(family):
        body = rng.choice(_REPORT_LEADS).format_map(slots) + body + rng.choice(_REPORT_TAILS).format_map(slots)
    if family.name.endswith(_TRADITIONAL_SUFFIXES) or rng.random() < TRADITIONAL_SHARE:
        body = transform(body, "traditional", rng)
    record: dict = {}
    turns = parse_call_text(body) if family.channel == "call" else None
    if turns:
        record["turns"] = [{"speaker": t.speaker, "text": t.text} for t in turns]
        if register in ("spoken", "dialect"):
            for turn in record["turns"]:
                if turn["speaker"] == "agent" and rng.random() < ASR_NOISE_SHARE:
                    turn["text"] = transform(turn["text"], "asr", rng).strip() or turn["text"]
    else:
        if family.channel in ("sms", "app") and register != "formal" and rng.random() < OBFUSCATED_SHARE:
            body = transform(body, "obfuscated", rng)
        record["text"] = body
    record.update({"channel": family.channel, "labels": sorted(family.labels),
                   "family": f"{module}.{family.name}", "register": register,
                   "recipient_type": family.recipient})
    return record, bool(buried)


def _generate(rng: random.Random, families: tuple[Family, ...] = FAMILIES,
              slots_type: type[_RealSlots] = _RealSlots, module: str = "violations_real") -> list[tuple[dict, bool]]:
    samples: list[tuple[dict, bool]] = []
    for family in families:
        wanted = rng.randint(*SAMPLES_PER_FAMILY)
        seen: set[str] = set()
        for _ in range(wanted * 5):
            record, buried = _render(family, rng, slots_type, module)
            key = _sample_key(record)
            if key not in seen:
                seen.add(key)
                samples.append((record, buried))
            if len(seen) == wanted:
                break
    return samples


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0)))
