"""Violating families phrased without the usual keywords, a second round in others' voices (issue 9).

Written after measuring the classifier alone on a fresh batch in others' voices (benchmarks/data/wording_dev_j,
never copied: every text here is written anew, about other situations, with invented names and numbers). Its
recall was lowest where a violation is carried by imagery, sarcasm, euphemism or a procedure nobody names, so
these families say the same things in still other words:

- Harm shown, not named: what could happen to a shop, a car, a pet, a window, the way home; a routine or a
  family described with a demand; a threat split over two short sentences.
- Contempt by metaphor and sarcasm: animals, mock praise, what the neighbours think, dialect scorn.
- Pressure through others in formal and robot templates (an employer "verified", relatives "called by the
  system"), and a relative told they answer for the debt.
- The public in new places: owners' groups, campus walls, livestreams, electronic screens, official accounts.
- Procedures invented: files moved to the home town, orders not to leave, marks on records, seizures without a
  court, a child's or relative's future blocked; prison said in slang.
- Who speaks: mediation offices, street committees, arbitration clerks and execution officers that the
  collector is not.
- Rollover dressed as help (parents' savings, jewellery, a card's cash advance, "a quick channel") and
  disclosure to neighbours, classmates and employers in passing.

Rendering and slots are `violations_others.py`'s. Run `python -m training.corpus.violations_varied` for counts.
"""

from __future__ import annotations

import random

from training.corpus.violations import DIS, EXP, IMP, INS, LEG, ROLL, TP, VIO, Family, _f, _print_coverage
from training.corpus.violations_others import _OtherSlots
from training.corpus.violations_real import _generate

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_varied"

# ---------------------------------------------------------------- harm shown, not named

_HARM = [
    _f("harm.property_hint", VIO, "app", "app",
       "你楼下那辆车的轮胎气挺足的，就是不知道明天还足不足。",
       "你家店门口那块招牌挺新的，可别哪天被人砸了，钱的事你上点心。",
       "你家防盗门的锁好像不太结实啊，换一把吧，趁还来得及。",
       "听说你家刚装修完？墙刷得挺白，泼点颜色上去应该也挺好看。",
       "你那个摊位在{street}第三个吧，生意那么好，别哪天开不了张。"),
    _f("harm.routine_watched", VIO, "sms", "sms_template",
       "【{lender}】{name}，你每天晚上九点后才回{community}，那条路灯不太亮。",
       "{name}，你周三下午都去{park}跑步吧，跑步的时候别光顾着听歌。",
       "你上班坐的那班公交，我们的人也坐过几回了。今天把钱转了。",
       "你老婆每天早上送{child}去{school}，走的是{street}那条路，对吧？",
       "你常去的那家面馆老板都认识我们了，你说巧不巧。"),
    _f("harm.split_sentences", VIO, "sms", "sms_template",
       "{name}，你家住哪我们知道。今晚见。",
       "钱今天必须到。不到的话，你家里人最近出门最好结个伴。",
       "不用回我消息。我们明天直接过去找你，你看着办。",
       "最后一次提醒。下一次就不是发短信了。",
       "你可以不还。但你得想想你{child}每天放学一个人走那段路。"),
    _f("harm.spoken_hint", VIO, "call", "spoken",
       "坐席：你这样躲下去 哪天在路上碰到我们的人 那可就不是聊天这么简单了\n客户：{reply}",
       "坐席：我跟你说 这个钱你不还 你这个年能不能过好都难说\n客户：{reply}",
       "坐席：你家几楼来着 六楼是吧 窗户挺高的哈\n客户：{reply}",
       "坐席：兄弟们最近手头都闲 正愁没地方去 你家就挺好\n客户：{reply}"),
    _f("harm.pet_and_family", VIO, "app", "app",
       "你家那只猫天天趴窗台上，挺好认的。",
       "你妈是不是每天去{park}跳广场舞？老人家腿脚不好，摔一跤可不得了。",
       "你媳妇上班那个厂我们也去转过了，挺远的，晚上下班一个人不怕吗？"),
    _f("harm.dialect_hint", VIO, "call", "dialect",
       "坐席：你莫躲咯 躲得脱和尚躲不脱庙 哪天堵到你 莫怪我们下手重\n客户：{reply}",
       "坐席：侬屋里向几个人 阿拉清清爽爽 侬自家当心点\n客户：{reply}",
       "坐席：你咁样拖落去 出街小心啲 唔好话我冇提醒你\n客户：{reply}"),
]

# ---------------------------------------------------------------- contempt by metaphor and sarcasm

_CONTEMPT = [
    _f("contempt.animal_metaphor", INS, "call", "spoken",
       "坐席：你跟那下水道的老鼠有什么区别 见光就跑\n客户：{reply}",
       "坐席：你就跟那蚂蟥一样 吸饱了就不认人了\n客户：{reply}",
       "坐席：你这种人啊 就跟那鼻涕虫似的 甩都甩不掉 还恶心人\n客户：{reply}",
       "坐席：缩头缩脑的 跟个王八似的 有本事你接电话啊\n客户：{reply}"),
    _f("contempt.mock_praise", INS, "sms", "sms_template",
       "【{lender}】{name}，恭喜您荣获本月“最佳失联奖”，这份厚脸皮一般人真学不来。",
       "{name}先生真是好本事，借钱的时候满嘴好话，还钱的时候人间蒸发。",
       "您可真是咱们平台的大宝贝，欠了{days}天还能睡得着觉，佩服佩服。",
       "【{lender}】{name}，您这演技不去当演员真可惜了，天天装穷给谁看呢。"),
    _f("contempt.what_others_think", INS, "app", "app",
       "你爸妈要是知道自己养了个这么没出息的东西，得多寒心。",
       "你在你孩子面前还抬得起头吗？当爹当成你这样也是少见。",
       "你这种人，亲戚朋友背后都在戳你脊梁骨，你自己不知道吧。",
       "活到这个岁数，连几千块都兜不住，你自己不觉得丢人吗？"),
    _f("contempt.plain_scorn", INS, "call", "spoken",
       "坐席：你说你有什么用 一把年纪了一事无成 还欠一屁股债\n客户：{reply}",
       "坐席：就你这个样子 谁嫁给你谁倒霉\n客户：{reply}",
       "坐席：你脑子是不是进水了 听不懂人话是吧\n客户：{reply}",
       "坐席：你这种货色我见多了 嘴上说还 心里就想赖\n客户：{reply}"),
    _f("contempt.dialect", INS, "call", "dialect",
       "坐席：你个憨批 借钱的时候咋不想想咋还\n客户：{reply}",
       "坐席：侬只瘪三 借了钞票就寻勿着人了\n客户：{reply}",
       "坐席：你个扑街 欠钱仲扮嘢\n客户：{reply}",
       "坐席：你个哈麻批 电话都不敢接\n客户：{reply}"),
    _f("contempt.written", INS, "email", "letter",
       "主题：还款提醒\n{name}：\n我们实在想不通，一个成年人怎么能无耻到这个地步。请于{deadline}还款。\n{lender}",
       "主题：关于您的账单\n{name}：\n您的所作所为与乞丐无异，只是乞丐还知道道谢。\n{lender} 贷后部"),
]

# ---------------------------------------------------------------- others pressed, in templates and robots

_OTHERS = [
    _f("others.employer_verified", TP, "sms", "sms_template",
       "【{lender}】{name}，您的工作单位信息已核实，{deadline}前未还款，将向单位发出协助履行函。",
       "【{lender}】尊敬的客户，因您长期未处理账单，我司将致电您的单位负责人了解情况。",
       "【{lender}】{name}，您在{employer}的任职信息已调取，请勿让单位领导为您的账单操心。"),
    _f("others.robot_calls_relatives", TP, "call", "robot_script",
       "坐席：您好 这里是{lender}语音通知 您的账单逾期未还 系统将在今晚八点起依次致电您的家庭成员 立即还款请按1",
       "坐席：尊敬的用户 如您今日仍不处理 智能外呼系统将通知您通讯录中的常用联系人 了解详情请按2",
       "坐席：温馨提醒 您登记的直系亲属将收到本平台的语音提醒 如需取消 请于今日还款"),
    _f("others.spouse_and_parents", TP, "call", "spoken",
       "坐席：你不想让你老婆知道是吧 那你今天就把钱还了\n客户：{reply}",
       "坐席：你爸妈年纪大了 经不起吓 你也不想我们打电话过去吧\n客户：{reply}",
       "坐席：你女朋友的电话我这有 她知道你欠这么多钱吗\n客户：{reply}",
       "坐席：你们小区物业我也可以打个招呼 让他们帮忙找找你\n客户：{reply}"),
    _f("others.relative_answers_for_it", (TP, DIS), "call", "spoken",
       "坐席：他是你亲弟弟 他欠我们{amount} 你不帮他还 这事就一直找你\n联系人：{tp_reply}",
       "坐席：你是她妈妈吧 她在我们{lender}借的钱一直不还 你们家里要是不管 我们就只能天天打给你们\n联系人：{tp_reply}",
       "坐席：你是他领导吧 他欠我们钱 你们单位得管管 不然我们就去你们单位\n联系人：{tp_reply}",
       to="third_party"),
    _f("others.village_and_school", TP, "sms", "sms_template",
       "【{lender}】{name}，如再拖欠，我司将函告{village}村委会及您子女所在学校。",
       "【{lender}】同学，你的逾期情况将同步给你的辅导员和室友，请尽快还款。",
       "【{lender}】{name}，您所在社区网格员将上门了解您的还款情况。"),
]

# ---------------------------------------------------------------- the public in new places

_PUBLIC = [
    _f("public.owners_group", EXP, "app", "app",
       "你们{community}的业主群我已经进了，明天把你的账单截图发进去。",
       "你家楼下的电梯广告位我们租了一周，你的照片下周一上。",
       "小区门口的公告栏贴一张，电梯里贴一张，你看够不够。"),
    _f("public.campus_and_livestream", EXP, "app", "app",
       "你们学校的表白墙和校园论坛，我们都有人。",
       "今晚直播间的主题就是你，记得来看。",
       "你的事我们写成了文章，公众号明早推送，标题都想好了。",
       "你猜你的朋友圈好友看到你欠钱的海报会怎么想。"),
    _f("public.formal_notice", EXP, "sms", "sms_template",
       "【{lender}】{name}，您的逾期信息将于{date}起在合作商户及户籍地公示栏展示。",
       "【{lender}】通知：长期逾期用户名单将在本地生活号及社区电子屏轮播，请尽快还款避免上榜。",
       "【{lender}】{name}，本平台将在官方账号发布您的欠款及照片，三日内结清可撤下。"),
    _f("public.spoken", EXP, "call", "spoken",
       "坐席：我们在你老家那边也有人 过年前给你在村口贴一张 让乡亲们都认识认识你\n客户：{reply}",
       "坐席：你们单位门口那块地方挺宽的 拉条横幅正合适\n客户：{reply}",
       "坐席：你再不还 我就把你的事发到{platform}上 找几个大号帮忙转\n客户：{reply}"),
]

# ---------------------------------------------------------------- procedures invented

_PROCEDURE = [
    _f("procedure.hometown_transfer", LEG, "app", "app",
       "您的欠款卷宗已寄往户籍地，当地将安排专人与您对接，请保持电话畅通、不要外出。",
       "系统通知：您的档案已移交属地，近期请勿离开居住地，以免影响处理结果。",
       "您的案卷状态：已归档，待属地核实。核实期间您的出行将受到限制。"),
    _f("procedure.prison_slang", LEG, "call", "spoken",
       "坐席：你这事再拖 就得进去吃几年公家饭了\n客户：{reply}",
       "坐席：到时候铐子一戴 你家里人来看你都得隔着玻璃\n客户：{reply}",
       "坐席：你是想还钱 还是想去里面踩缝纫机\n客户：{reply}",
       "坐席：这个金额 够你进去蹲一阵子的了 我不骗你\n客户：{reply}"),
    _f("procedure.future_blocked", LEG, "sms", "sms_template",
       "【{lender}】{name}，长期欠款者的子女将无法报考军校及公务员，请为孩子的前途考虑。",
       "【{lender}】逾期记录将同步至您子女的学籍档案，影响升学。",
       "【{lender}】{name}，您的直系亲属入党、参军、提干均会受到您欠款的影响。"),
    _f("procedure.seizure_without_court", LEG, "call", "spoken",
       "坐席：你名下那辆车 我们明天就开走 手续我们自己办\n客户：{reply}",
       "坐席：你那个工资卡 我们已经申请冻结了 下个月工资你就别想领了\n客户：{reply}",
       "坐席：你家里的电器家具 我们会派人去登记 到时候一起拉走抵债\n客户：{reply}"),
    _f("procedure.record_and_lists", LEG, "sms", "sms_template",
       "【{lender}】{name}，您已被标记为恶意逃债人员，身份信息将同步至全国联网系统。",
       "【{lender}】{name}，您的逾期已报备至公安系统，今后住酒店、坐火车都会被拦截核查。",
       "【{lender}】系统已将您列入重点关注人员名单，您名下所有账户将陆续被限制使用。",
       "#姓名#，您的行为已涉嫌非法占有，案件编号#编号#，请于#日期#前到当地配合。"),
    _f("procedure.traditional", LEG, "sms", "sms_template",
       "【{lender}】台端欠款已移送地檢署偵辦，請儘速處理以免遭拘提。",
       "閣下已被列為失聯債務人，資料已轉交警方，近期將有專人上門。"),
]

# ---------------------------------------------------------------- who speaks

_WHO = [
    _f("who.mediation_office", IMP, "sms", "sms_template",
       "【{district}矛盾纠纷调处中心】{name}，您与{lender}的欠款纠纷已登记在案，请于{deadline}前还款。",
       "【{district}金融纠纷调解室】{name}，请即日联系平台结清欠款，否则转交法院处理。",
       "【{district}街道综治中心】{name}，有关您的欠款一事，请尽快与平台联系解决。"),
    _f("who.clerk_and_officer", IMP, "call", "spoken",
       "坐席：我是{arbitration}的立案秘书 你这个案子现在在我这儿 你今天把钱还了我就给你撤\n客户：{reply}",
       "坐席：我这边是{court}执行局的 平台委托我们跟你说一下 你那个钱今天得处理\n客户：{reply}",
       "坐席：我们是{police_unit}的 你的欠款平台已经报到我们这里了 你先把钱还上\n客户：{reply}",
       "坐席：我姓刘 是{lawfirm}的执业律师 专门负责你这个案子 你以后跟我对接\n客户：{reply}"),
    _f("who.written", IMP, "email", "letter",
       "主题：履行告知\n{name}：\n本委已受理{lender}对你的申请，请于{deadline}前履行还款义务。\n{arbitration}",
       "主题：关于你欠款一事的通知\n{name}：\n经我局了解，你拖欠{lender}借款至今未还，请立即与平台联系。\n{government}",
       "主题：催告函\n{name}：\n我院已关注到你与{lender}的借款纠纷，现督促你自觉履行。\n{procuratorate}"),
    _f("who.robot", IMP, "call", "robot_script",
       "坐席：您好 这里是{court}智能语音平台 您与{lender}的借款纠纷请于今日处理 按1转接工作人员",
       "坐席：这里是{police_unit}语音提示 您有一起借贷纠纷待处理 请尽快与平台联系",
       "坐席：您好 这是{arbitration}通知 您的借款案件已受理 请按9查询案件详情"),
]

# ---------------------------------------------------------------- rollover as help; disclosure in passing

_HELP = [
    _f("help.family_money", ROLL, "call", "spoken",
       "坐席：你爸妈那儿总有点存款吧 跟老人家开个口 先把这个窟窿堵上\n客户：{reply}",
       "坐席：你老婆的工资卡呢 先拿她的钱垫上嘛\n客户：{reply}",
       "坐席：你那些同学 一人凑个几百 不就够了吗\n客户：{reply}"),
    _f("help.assets_pawned", ROLL, "app", "app",
       "你手上那块表挺值钱的，去二手店出了吧，先把这期平了。",
       "你家那台车开着也是费油，押出去换点现金，一了百了。",
       "首饰、手机、电脑，能换钱的都换了，先还我们。"),
    _f("help.quick_channel", ROLL, "sms", "sms_template",
       "【{lender}】{name}，为帮您尽快结清，已为您匹配专属周转通道，点击即可申请，资金可直接用于还款。",
       "【{lender}】还款困难？{other_app}新户首借三十天免息，借来还我们这笔，一分不多花。",
       "【{lender}】{name}，您可使用信用卡分期或取现功能先行归还本平台欠款，详询客服。"),
    _f("help.spoken_channel", ROLL, "call", "spoken",
       "坐席：我给你个渠道 那边审核松 你借出来先把我们的还了\n客户：{reply}",
       "坐席：你微信里那个微粒贷开了没 开了就先借出来还我们\n客户：{reply}",
       "坐席：你去{other_app}和{other_app2}各借一点 拼一拼就够了\n客户：{reply}"),
    _f("passing.neighbour_and_hr", DIS, "call", "spoken",
       "坐席：你好 你是{name}的邻居吧 他在我们{lender}的贷款好几个月没还了 你看到他跟他说一声\n联系人：{tp_reply}",
       "坐席：您好 是人事部吗 你们公司员工{name}在我们这儿有笔借款逾期了 麻烦通知他本人\n联系人：{tp_reply}",
       "坐席：你好 我找{name} 他欠我们平台的钱 你是他同学吧 你知道他现在在哪吗\n联系人：{tp_reply}",
       to="third_party"),
    _f("passing.written_to_contact", DIS, "sms", "sms_template",
       "【{lender}】您好，您的好友{name}借款{amount}元已逾期{days}天，因无法联系本人，特告知您。",
       "【{lender}】{name}的联系人您好：{name}尚欠本平台{amount}元，麻烦您提醒他今天处理。",
       "您好，这里是{lender}，您同事{name}的分期逾期了，您方便的话帮忙提醒一下。",
       to="third_party"),
]

FAMILIES: tuple[Family, ...] = (*_HARM, *_CONTEMPT, *_OTHERS, *_PUBLIC, *_PROCEDURE, *_WHO, *_HELP)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
