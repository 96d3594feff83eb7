"""Violating families in others' voices, phrased without the words the classifier leans on (issue 9).

Written after measuring the classifier alone on a fresh batch in others' voices (benchmarks/data/wording_dev_h,
never copied: every text here is written anew, about other situations, with invented names and numbers). Its
recall was lowest where a violation carries none of the usual keywords, so these families say the same things
in other words:

- Procedural fictions: a civil debt said to move into a criminal, police or "judicial" stage, case files and
  statuses a system invents, documents, benefits, travel or phone lines said to be cut off automatically,
  officers or "coordinators" said to come, relatives' jobs and children's records said to be marked.
- Contempt without a slur: what kind of parent or adult the debtor is, shame, beggars and parasites, dialect
  and traditional scorn, a customer's excuse answered with mockery.
- Who speaks: a judicial office, a street committee, a regulator, a "case handler" or a law firm's desk that the
  collector is not, in SMS signatures, robot greetings, e-mails and spoken self-introductions.
- Veiled harm and watching: the debtor's car, routine, family and door described with a demand; visits that
  announce a crowd; accidents wished on the debtor.
- Pressure through others and the public: colleagues, landlords, WeChat groups, village loudspeakers, short
  videos, posters; a message to a relative that demands they pay.
- Rollover in a friendly tone and disclosure in passing to third parties.
- Lenders' templates as deployed, their placeholders unfilled ($name$, #姓名#, [客户姓名]).

Rendering and slots are `violations_others.py`'s. Run `python -m training.corpus.violations_voices` for counts.
"""

from __future__ import annotations

import random

from training.corpus.violations import DIS, EXP, IMP, INS, LEG, ROLL, TP, VIO, Family, _f, _print_coverage
from training.corpus.violations_others import _OtherSlots
from training.corpus.violations_real import _generate

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_voices"

# ---------------------------------------------------------------- procedural fictions, no usual keywords

_PROCEDURE = [
    _f("procedure.stage_moved", LEG, "sms", "sms_template",
       "【{lender}】{name}，您的账户已由民事催收阶段转入司法处置阶段，{deadline}仍未结清将不再接受协商。",
       "【{lender}】通知：{name}名下逾期账单已移出协商队列，进入属地移交流程，请{deadline}处理。",
       "【{lender}】{name}您好，您的欠款已升级为刑事线索核查件，结清后可申请撤回。",
       "【{lender}】您的逾期案卷已整理完毕，今日起由属地机关接手，届时将无法撤回。"),
    _f("procedure.system_status", LEG, "app", "app",
       "您的欠款处置状态已更新为“待移送公安”，编号{case_ref}，请{deadline}确认还款。",
       "案件进度：已建档→已核查→待移交。当前编号{case_ref}，处理后可终止流程。",
       "系统提示：您的账户已标记为重点核查对象，核查结果将同步至户籍地。",
       "后台显示你的档案已经生成，下一步就是提交属地派出所备案。"),
    _f("procedure.benefits_cut", LEG, "sms", "sms_template",
       "【{lender}】{name}，逾期满{days}天的用户将被同步至社保及医保系统，相关待遇将暂停发放。",
       "【{lender}】温馨提示：长期拖欠者的手机号将被通信管理部门列入停机名单。",
       "【{lender}】{name}，您的欠款信息已推送至出入境管理部门，出境证件将暂缓办理。",
       "【{lender}】依照行业规定，逾期用户名下的微信、支付宝账户将于{date}起限制使用。"),
    _f("procedure.record_marked", LEG, "call", "spoken",
       "坐席：我跟你讲 你这个一旦报上去就是一辈子的污点 档案里都有 你以后找工作都没人要\n客户：{reply}",
       "坐席：你现在还能撤 等系统推到公安那边 你这个人就算是挂上号了\n客户：{reply}",
       "坐席：你知道后果吗 你的学历证书都可以给你注销掉 我不是吓你\n客户：{reply}",
       "坐席：你这个性质已经变了 不是欠钱那么简单 你去问问懂法的人\n客户：{reply}"),
    _f("procedure.someone_will_come", LEG, "call", "spoken",
       "坐席：属地那边的同志这两天会联系你 你最好配合 到时候就不是我跟你好好说了\n客户：{reply}",
       "坐席：材料我们已经递上去了 接下来就是有人拿着手续来找你 你等着吧\n客户：{reply}",
       "坐席：你户口那边的所里已经收到通知了 可能明后天就叫你过去一趟\n客户：{reply}"),
    _f("procedure.family_records", LEG, "sms", "sms_template",
       "【{lender}】{name}，您的不良记录将关联至直系亲属，您{child}今后的入学、参军审查均可能受影响。",
       "【{lender}】欠款长期不还，将记入家庭诚信档案，您爱人的单位评优和晋升会受到影响。",
       "【{lender}】逾期信息会同步到您{child}的学籍系统，请为孩子考虑。"),
    _f("procedure.new_rule_crime", LEG, "app", "app",
       "今年起实行新规，网贷逾期半年以上的一律按恶意逃废债处理，是要判刑的。",
       "现在政策变了，超过{days}天不还的都算骗贷，抓到就是刑拘。",
       "最新文件你自己去看，拖欠超过一万的直接追究刑责，没得商量。"),
    _f("procedure.robot_transfer", LEG, "call", "robot_script",
       "坐席：您好，这里是{lender}贷后中心。您的欠款已达到移交标准，系统将于今日18点自动提交司法机关，如需暂停请按1。\n客户：{reply}",
       "坐席：您的逾期信息已生成协查函，将发往您户籍所在地，如已还款请按2，转人工请按0。\n客户：{reply}"),
    _f("procedure.traditional", LEG, "sms", "sms_template",
       "【{lender}】台端積欠款項已逾期{days}日，本案已轉入刑事偵查程序，請即日清償以免遭拘提。",
       "閣下欠款已達法定移送標準，本公司已備妥卷宗，將於近日送交警方處理。",
       "【{lender}】通知：閣下帳戶已列入限制出境名單，清償後方可解除。"),
    _f("procedure.fake_lender_enforcement", LEG, "notice", "letter",
       "强制收回通知\n{name}：\n因你长期拒不还款，我司决定自{date}起对你名下财产实施强制收回，届时工作人员将会同当地有关部门到场。\n{lender}资产保全部",
       "财产保全告知书\n{name}：\n我司已对你名下车辆及存款采取保全措施，你的银行卡将于三日内冻结。\n{lender}风控中心"),
]

# ---------------------------------------------------------------- contempt without a slur

_CONTEMPT = [
    _f("contempt.what_kind_of_parent", INS, "call", "spoken",
       "坐席：你还好意思当爹 孩子知道他爸是这种人吗\n客户：{reply}",
       "坐席：你这样的当妈的 将来孩子都抬不起头 我都替你臊得慌\n客户：{reply}",
       "坐席：多大的人了 欠几千块钱躲着不见 你爸妈白养你了\n客户：{reply}"),
    _f("contempt.beggar_parasite", INS, "sms", "sms_template",
       "【{lender}】{name}，靠借钱过日子，跟要饭的有什么区别？",
       "【{lender}】一分不还还天天装穷，脸皮比城墙还厚。",
       "【{lender}】像你这样吃了上顿没下顿的，活着也是给家里丢人。",
       "【{lender}】{name}，你这辈子也就这点出息了。"),
    _f("contempt.mock_excuse", INS, "call", "spoken",
       "客户：我最近失业了\n坐席：失业 你哪天有过业啊 骗鬼呢\n客户：{reply}",
       "客户：我妈住院了\n坐席：又住院 你家里人一年住八回院吧 编 接着编",
       "客户：真的没钱\n坐席：没钱还天天刷短视频 穷成这样还有脸玩手机"),
    _f("contempt.dialect_scorn", INS, "call", "dialect",
       "坐席：你个瓜兮兮的 钱借起走就不认账了嗦\n客户：{reply}",
       "坐席：侬这种人 一眼就看得出来 没出息的小瘪三\n客户：{reply}",
       "坐席：你这人咋恁不讲究呢 借钱不还 埋汰死了\n客户：{reply}",
       "坐席：你条友真系冇面俾 借完钱就玩失踪\n客户：{reply}"),
    _f("contempt.traditional", INS, "sms", "sms_template",
       "【{lender}】閣下毫無羞恥之心，欠債至今分文未還，實屬敗類。",
       "你這種人，連最基本的做人道理都不懂，還有臉不接電話？",
       "【{lender}】台端之所作所為，與無賴何異？"),
    _f("contempt.email_formal", INS, "notice", "letter",
       "主题：关于您的欠款\n{name}：\n以您的人品，我们本不指望您主动还款，但还是提醒一句，做人别太下作。\n{lender}客服部",
       "主题：最后提醒\n{name}：\n一个连几千块都赖着不还的人，恐怕也没什么信誉可言，请好自为之。\n{lender}"),
]

# ---------------------------------------------------------------- who speaks

_WHO_SPEAKS = [
    _f("speaker.judicial_office_sms", IMP, "sms", "sms_template",
       "【{city}{town}司法所】{name}，{lender}反映你的借款长期未还，请主动联系平台处理。",
       "【{city}市{district}综治中心】{name}您好，您的借贷纠纷已登记，请三日内与{lender}协商还款。",
       "【{city}金融纠纷联合处置办】{name}，你在{lender}的欠款已纳入处置，请尽快结清。",
       "【{regulator}】{name}，经核查你存在逾期未还行为，请即日联系{lender}。"),
    _f("speaker.case_handler_intro", IMP, "call", "spoken",
       "坐席：你好 我是你这个案子的承办人 姓{surname} 从今天开始你的事归我管\n客户：{reply}\n坐席：你别管我哪个单位的 你就说今天还不还",
       "坐席：我是{court}派下来核实情况的 你跟{lender}那笔钱 今天给个说法\n客户：{reply}",
       "坐席：喂 {surname}警官让我联系你 你那个网贷的事 平台已经报到我们这了\n客户：{reply}"),
    _f("speaker.lawfirm_desk_sms", IMP, "sms", "sms_template",
       "【{lawfirm}】{name}，您在{lender}的逾期账款已委托本所处置，请于{deadline}联系承办律师。",
       "【{lawfirm}非诉部】{name}您好，您的欠款{amount}元由本所律师团队跟进，请回电{hotline}。",
       "【{lawfirm}】尊敬的{name}，本所受托向您催告，请{deadline}结清欠款。"),
    _f("speaker.robot_authority", IMP, "call", "robot_script",
       "坐席：您好，这里是{city}市{district}人民法院诉前调解中心，您与{lender}的借款纠纷待处理，请按1接通调解员。\n客户：{reply}",
       "坐席：这里是{regulator}，您有一条逾期借款投诉待核实，请按1转接专员。\n客户：{reply}"),
    _f("speaker.government_email", IMP, "notice", "letter",
       "主题：关于你逾期借款的告知\n{name}：\n{government}接{lender}反映，你长期拖欠借款，请于{date}前与其结清。\n{government}",
       "主题：协助催告函\n{name}：\n本委员会受{lender}请求，督促你尽快履行还款义务。\n{city}市{district}人民调解委员会"),
    _f("speaker.dialect_authority", IMP, "call", "dialect",
       "坐席：俺是你们乡里法庭的 你那个网贷的事 人家平台告过来了 你抓紧还上\n客户：{reply}",
       "坐席：我哋係{city}法院執行處嘅 你嗰筆網貸要即刻處理\n客户：{reply}",
       "坐席：阿拉是街道司法所的 侬欠平台的钞票 要抓紧还掉\n客户：{reply}"),
]

# ---------------------------------------------------------------- veiled harm and watching

_VEILED = [
    _f("veiled.car_and_routine", VIO, "sms", "sms_template",
       "【{lender}】{name}，你那辆车每天早上七点半从{community}开出来，我们的人都记着呢，钱的事别拖。",
       "【{lender}】你每天在{street}那家早餐店吃饭，挺准时的。还钱吧。",
       "你下班走的那条小路没路灯吧？欠的钱早点还，大家都安心。"),
    _f("veiled.family_seen", VIO, "app", "app",
       "你妈今天去菜市场买菜了，气色不错，替我们问个好，钱记得还。",
       "你{child}在{school}门口等你接，今天你没去，我们的人陪着呢。",
       "你家阳台晾的衣服我们都看见了，你说我们找不找得到你？"),
    _f("veiled.accident_wish", VIO, "sms", "sms_template",
       "【{lender}】出门在外，意外随时都有，欠钱的人更要小心。",
       "人这一辈子，说没就没了，钱该还就还吧，别等出事。",
       "{name}，最近天干物燥，你家那老房子可要看好了。"),
    _f("veiled.crowd_visit", VIO, "call", "spoken",
       "坐席：明天我们十几个人过去 就在你家坐着 你什么时候还钱我们什么时候走\n客户：{reply}",
       "坐席：你不接电话是吧 行 周末我们一车人去你老家 跟你爸妈好好聊聊\n客户：{reply}",
       "坐席：人我已经派出去了 半小时后到你楼下 你自己下来还是我们上去\n客户：{reply}"),
    _f("veiled.body_harm_dialect", VIO, "call", "dialect",
       "坐席：你再躲 逮到你腿给你打瘸 信不信\n客户：{reply}",
       "坐席：侬再勿还 当心侬额手\n客户：{reply}",
       "坐席：你唔还钱 小心行夜路\n客户：{reply}"),
    _f("veiled.traditional", VIO, "sms", "sms_template",
       "我們的人已經在你家樓下了，錢不到位，後果自負。",
       "你每天幾點出門、幾點回家，我們一清二楚。",
       "【{lender}】台端家中老小，還請多加照看。"),
]

# ---------------------------------------------------------------- others and the public

_OTHERS_AND_PUBLIC = [
    _f("others.landlord_and_colleagues", TP, "sms", "sms_template",
       "【{lender}】{name}，如{deadline}仍未还款，我司将致函您的房东及同事，请其协助督促。",
       "【{lender}】通知：您的欠款将抄送您所在{employer}的行政部门，请知悉。",
       "【{lender}】{name}，逾期未处理将启动单位协查，您的直属领导将收到核查函。"),
    _f("others.wechat_groups", TP, "app", "app",
       "你家族群我已经进来了，你不还我就在里面@你爸妈。",
       "你们公司群的二维码我拿到了，要不要我进去跟你同事打个招呼？",
       "你通讯录里备注“老婆”的那个号码，我今晚打过去聊聊。"),
    _f("others.pay_for_him", (TP, DIS), "call", "spoken",
       "坐席：你是他爸吧 他欠我们{amount} 你当老子的得替他还 不然我们天天找你\n联系人：{tp_reply}",
       "坐席：他跑了 你作为他老婆有义务还 你不还我们就去你单位\n联系人：{tp_reply}",
       "坐席：你弟弟欠钱不还 你当姐姐的先垫上 这事就算了\n联系人：{tp_reply}",
       to="third_party"),
    _f("public.village_loudspeaker", EXP, "call", "spoken",
       "坐席：你再不还 我们就找你们村的大喇叭 天天广播你欠钱的事\n客户：{reply}",
       "坐席：过年你回老家是吧 村口那块公告栏我们给你留着位置呢\n客户：{reply}",
       "坐席：你们小区门口的电子屏 我们已经联系好了 你的名字会滚动播放\n客户：{reply}"),
    _f("public.short_video", EXP, "app", "app",
       "你的欠款故事我们做成短视频了，配上你的照片，今晚上{platform}。",
       "我们有本地号，几万粉丝，你不还就给你专门出一期。",
       "你自己选吧，是还钱，还是让全城的人在{platform}上认识你。"),
    _f("public.traditional", EXP, "sms", "sms_template",
       "【{lender}】閣下若不還款，本公司將於社區公告欄張貼催收告示。",
       "你的照片和欠款金額將在網上公開，讓大家都認識你。"),
]

# ---------------------------------------------------------------- rollover in a friendly tone; disclosure in passing

_FRIENDLY = [
    _f("friendly.rollover_tip", ROLL, "call", "spoken",
       "坐席：我教你个办法 你去{other_app}那边申请一笔 那边放款快 先把我们这个结了 征信就干净了\n客户：{reply}",
       "坐席：你身边总有亲戚吧 跟他们开口借一点 先把我这边应付过去\n客户：{reply}",
       "坐席：你那个公积金不是能贷吗 贷出来先还我们\n客户：{reply}",
       "坐席：你手机里那么多借款软件 随便哪个能下款就先下一笔\n客户：{reply}"),
    _f("friendly.rollover_sms", ROLL, "sms", "sms_template",
       "【{lender}】{name}，资金周转不开？可试试{other_app}，审核快、额度高，结清本期更轻松。",
       "【{lender}】温馨建议：您可先向亲友借款周转，避免逾期影响信用。",
       "【{lender}】您名下车辆可办理抵押借款，最快当天放款，用于结清欠款。"),
    _f("friendly.rollover_assets", ROLL, "app", "app",
       "家里有金首饰吧？拿去当铺当了，先把这期还上。",
       "你那个房子空着也是空着，挂出去卖了吧，无债一身轻。",
       "去献个血也能换点钱，凑一凑就差不多了。"),
    _f("friendly.rollover_traditional", ROLL, "sms", "sms_template",
       "【{lender}】閣下可向其他財務公司申請貸款，以清償本期欠款。",
       "建議台端先以信用卡預借現金繳清本期帳款。"),
    _f("passing.disclosure_call", DIS, "call", "spoken",
       "坐席：你好 打扰了 {name}在我们{lender}这边有笔账没处理 他最近是不是换号了\n联系人：{tp_reply}",
       "坐席：我们是{lender}的 他那个分期一直没还 你跟他住一起吗\n联系人：{tp_reply}",
       "坐席：您是他同事吧 他欠的那笔款子都拖了{days}天了 您帮忙喊他接个电话\n联系人：{tp_reply}",
       to="third_party"),
    _f("passing.disclosure_sms", DIS, "sms", "sms_template",
       "【{lender}】您好，{name}在我司的借款已逾期，因其失联，请您转告其尽快处理。",
       "【{lender}】{name}的紧急联系人您好，{name}的账单已逾期{days}天，请提醒其还款。",
       "您好，您的家人{name}在{lender}尚有欠款{amount}元未还，请督促。",
       to="third_party"),
]

# ---------------------------------------------------------------- lenders' templates as deployed: placeholders unfilled

_PLACEHOLDERS = [
    _f("placeholder.contacts_notice", TP, "sms", "sms_template",
       "【{lender}】尊敬的$custName$，您的账单已逾期$overdueDays$天，若$deadline$前未处理，将启动联系人协助核实流程。",
       "【{lender}】#姓名#，您逾期#天数#天，系统将于今日向您的紧急联系人及单位发送协查信息。",
       "【{lender}】[客户姓名]您好，如您继续拖欠，我司将联系您通讯录中的亲友协助催收。"),
    _f("placeholder.legal_notice", LEG, "sms", "sms_template",
       "【{lender}】$name$，您的欠款$amount$元已移交[城市]经侦部门备案，请即刻处理。",
       "【{lender}】#姓名#，您的逾期行为已被认定为恶意拖欠，案件编号#案号#，今日18点前不处理将上报公安。",
       "【{lender}】[客户姓名]：您的欠款已进入刑事追偿程序，户籍地公安将上门核实。"),
    _f("placeholder.exposure_notice", EXP, "sms", "sms_template",
       "【{lender}】$name$，逾期未还款用户信息将于$date$在本地媒体及社区公告栏公示。",
       "【{lender}】#姓名#，您的照片及欠款信息将发布至“老赖曝光墙”，请于今日还款。"),
    _f("placeholder.impersonation", IMP, "sms", "sms_template",
       "【#城市#人民法院】#姓名#，您与#平台#的借款纠纷已立案，请联系#电话#。",
       "【$courtName$】$name$您好，您的借贷案件已受理，请于$date$前与申请人联系还款。"),
]

FAMILIES: tuple[Family, ...] = (*_PROCEDURE, *_CONTEMPT, *_WHO_SPEAKS, *_VEILED, *_OTHERS_AND_PUBLIC, *_FRIENDLY,
                                *_PLACEHOLDERS)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
