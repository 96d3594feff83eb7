"""Violating families the classifier still missed on texts written by others (issue 9).

On the held-out set written by someone who read none of the corpus, the classifier alone was precise but missed
about a third of the violations, mostly of four kinds, which these families cover in new words:

- Quoted case texts: a court judgment, an indictment, a police bulletin, a news report, a complaint or a
  lawyer's column that reports what a collector said or did to a borrower. Such a text is labelled by what the
  quoted collector said or did (an insult quoted is `abuse.insult`, a forged summons is impersonation and a
  false legal claim), as in `violations_real.py`'s quoted families; a warning that only says a kind of
  wording is unlawful, with no case behind it, stays lawful (`lawful_others.py`).
- Authorities the corpus had not named as senders: courts of every level and their service centres,
  procuratorates, arbitration commissions, police units, financial regulators, government offices and law
  firms, as an SMS signature, a robot greeting, a spoken self-introduction or a document heading, often with
  nothing but a plain repayment request (who speaks decides impersonation).
- Short abusive SMS and insults of many kinds: one-line demands with a slur, animal and parasite metaphors,
  sarcasm, contempt for age or poverty, obscenity, obfuscated spellings and dialect (上海, 粤语, 东北, 河南,
  北京, 陕西).
- Third-party threats and procedural legal fictions in plain words: visits to parents, befriending the
  spouse online, a word with the boss, named emergency contacts, invented rules that make a debt a crime.

Rendering is `violations_real.py`'s (long deployed templates around a share of the samples, report leads
around quoted texts, ASR noise, traditional characters, obfuscation) with the slots below added. Everything is
invented.

Run `python -m training.corpus.violations_others` for counts per label, register and channel.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from training.corpus.violations import (
    _CITIES,
    DIS,
    EXP,
    IMP,
    INS,
    LEG,
    ROLL,
    TP,
    VIO,
    Family,
    _f,
    _print_coverage,
)
from training.corpus.violations_real import _generate, _RealSlots

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_others"

# ---------------------------------------------------------------- slot fillers beyond violations_real.py's (invented)

_PROVINCES = ["江川省", "云岭省", "海东省", "临安省", "北原省"]
_DISTRICTS = ["青澜区", "雁川区", "东溪区", "柳湾区", "南屏区", "西陵区", "鹤山区", "北塘区"]
_LAW_FIRMS = ["正衡律师事务所", "明岳律师事务所", "天平律师事务所", "恒律律师事务所", "信达律师事务所", "致远律师事务所"]
_INSULTS = ["狗东西", "废物", "人渣", "畜生", "败类", "垃圾", "白眼狼", "王八蛋", "蛀虫", "寄生虫", "无赖", "赖皮",
            "下三滥", "贱骨头", "窝囊废", "不要脸的东西", "臭老赖", "骗子", "瘪三", "混账东西", "吸血鬼", "蠢货",
            "烂人", "社会渣滓", "缩头乌龟", "孬种", "贱人", "泼皮", "丧门星", "败家子", "脑残", "死赖子"]
_DEFENDANTS = ["被告人{s}某", "被告人{s}某某", "{s}某", "被告人{s}某等人", "犯罪嫌疑人{s}某"]
_COURT_FRAMES = ["经审理查明", "法院审理查明", "一审判决认定", "判决书载明", "裁判文书显示", "公诉机关指控",
                 "检察机关起诉指控", "二审法院查明", "本案中", "案情回顾"]
_NEWS_FRAMES = ["据{outlet}报道", "记者调查发现", "据借款人反映", "借款人向记者出示的短信截图显示", "投诉材料显示",
                "受访者回忆", "记者拿到的通话录音中", "在一份提交给监管部门的投诉中", "网友晒出的聊天记录显示",
                "据当事人讲述"]
_POLICE_FRAMES = ["据警方通报", "办案民警介绍", "经警方调查", "{city}警方查明", "公安机关通报称", "警情通报显示"]
_OUTLETS = ["江城晚报", "海州日报", "云州新闻网", "临安都市报", "北川融媒", "法治周刊"]


def _court(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"{city}市中级人民法院", f"{city}市{rng.choice(_DISTRICTS)}人民法院", f"{rng.choice(_PROVINCES)}高级人民法院",
                       f"{city}市{rng.choice(_DISTRICTS)}人民法院执行局", f"{city}互联网法院", "最高人民法院执行局",
                       f"{city}市人民法院诉讼服务中心"])


def _procuratorate(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"{city}市人民检察院", f"{city}市{rng.choice(_DISTRICTS)}人民检察院", f"{rng.choice(_PROVINCES)}人民检察院"])


def _arbitration(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"{city}仲裁委员会", f"{city}仲裁委员会网络仲裁院", f"{city}金融仲裁中心", f"{city}市商事仲裁委员会"])


def _police_unit(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"{city}市公安局", f"{city}市公安局经侦支队", f"{city}市公安局{rng.choice(_DISTRICTS)}分局",
                       f"{rng.choice(_DISTRICTS)}派出所", f"{city}市公安局网安大队", f"{city}市公安局刑侦大队",
                       f"{city}市反诈中心", "公安部网络安全保卫局"])


def _regulator(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"{city}金融监管分局", f"国家金融监督管理总局{city}监管分局", f"{city}市地方金融管理局",
                       f"{city}市人民政府金融办", f"中国人民银行{city}分行", f"{city}市信用办"])


def _government(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice(_CITIES)}市{rng.choice(_DISTRICTS)}司法局", f"{rng.choice(_DISTRICTS)}人民政府",
                       f"{rng.choice(_CITIES)}市社会信用管理中心", "街道综治办", f"{rng.choice(_CITIES)}市公共法律服务中心"])


def _with_surname(pattern: str) -> Callable[[random.Random], str]:
    return lambda r: r.choice(pattern).format(s=r.choice("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"),
                                              outlet=r.choice(_OUTLETS), city=r.choice(_CITIES))


_OTHER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "court": _court,
    "procuratorate": _procuratorate,
    "arbitration": _arbitration,
    "police_unit": _police_unit,
    "regulator": _regulator,
    "government": _government,
    "lawfirm": lambda r: r.choice(_CITIES) + r.choice(_LAW_FIRMS),
    "insult": lambda r: r.choice(_INSULTS),
    "insult2": lambda r: r.choice(_INSULTS[::-1]),
    "defendant": _with_surname(_DEFENDANTS),
    "court_frame": _with_surname(_COURT_FRAMES),
    "news_frame": _with_surname(_NEWS_FRAMES),
    "police_frame": _with_surname(_POLICE_FRAMES),
    "year": lambda r: str(r.choice([2025, 2026])),
}


class _OtherSlots(_RealSlots):
    """violations_real.py's slots plus the ones these families add."""

    def __missing__(self, key: str) -> str:
        if key in _OTHER_FILLERS:
            self[key] = _OTHER_FILLERS[key](self._rng)
            return self[key]
        return super().__missing__(key)


# ---------------------------------------------------------------- quoted case texts (labelled by what was quoted)

_QUOTED = [
    _f("quote.court_insult_sms", INS, "sms", "formal",
       "{court_frame}，{defendant}在催收期间多次向被害人发送短信，称其为“{insult}”“{insult2}”，言辞极尽侮辱。",
       "{court_frame}：{defendant}为催讨欠款，在微信上骂借款人“{insult}”，还说“你这种{insult2}就该被人戳脊梁骨”。",
       "{court_frame}，{defendant}连续数日向借款人发送“欠钱不还的{insult}”“{insult2}一个”等信息。"),
    _f("quote.news_insult_recording", INS, "call", "formal",
       "{news_frame}，催收员在电话里反复骂借款人是“{insult}”，还说“像你这样的{insult2}，活着就是给家里丢人”。",
       "{news_frame}，催收人员对着电话吼道：“你个{insult}，欠钱还敢挂我电话？”",
       "{news_frame}，对方一接通就骂：“{insult2}，你妈没教过你借钱要还吗？”"),
    _f("quote.complaint_insult_sms", INS, "sms", "formal",
       "{news_frame}，自{year_month}起，借款人每天收到多条短信，内容包括“{insult}，还钱”“欠钱不还的{insult2}”。",
       "{news_frame}，催收员在短信中写道：“你就是个{insult}，你全家都跟着你丢脸。”",
       "{news_frame}，催收方在群聊里称借款人“{insult}”“{insult2}”，并要求其当天还清。"),
    _f("quote.police_insult", INS, "call", "formal",
       "{police_frame}，{defendant}以催收为名，多次通过电话辱骂被害人，称其“{insult}”“不配做人”。",
       "{police_frame}，涉案催收员在通话中骂借款人“{insult}”“{insult2}”，相关录音已被固定。"),
    _f("quote.court_violence", VIO, "sms", "formal",
       "{court_frame}：{defendant}向被害人发送“再不还钱就卸你一条胳膊”“晚上走夜路小心点”等短信。",
       "{court_frame}，{defendant}携带棍棒来到被害人住处，扬言“今天不还钱，就让你横着出去”。",
       "{court_frame}，{defendant}将被害人孩子放学的照片发给被害人，并附言“孩子挺可爱，别让他出什么事”。"),
    _f("quote.news_violence", VIO, "call", "formal",
       "{news_frame}，催收人员在电话里说：“我们知道你住哪，今晚叫几个兄弟过去陪你聊聊。”",
       "{news_frame}，短信写着：“你媳妇几点下班、走哪条路回家，我们一清二楚。”",
       "{news_frame}，对方说“钱不还，哪天你出门被车撞了可别怪别人”。"),
    _f("quote.police_paint_door", (VIO, EXP), "sms", "formal",
       "{police_frame}，{defendant}等人深夜到借款人家门口泼洒红油漆，并在墙上写下“欠债还钱，小心家人”。",
       "{police_frame}，嫌疑人往借款人家的防盗门上喷字、灌胶水，扬言“不还就天天来”。"),
    _f("quote.court_contacts_mass_sms", TP, "sms", "formal",
       "{court_frame}：{defendant}获取被害人手机通讯录后，向其亲友、同事群发短信，称“{name}欠钱不还，你们督促他还款，否则一并追究”。",
       "{court_frame}，{defendant}多次致电被害人单位领导，要求单位“扣他工资抵债，不然天天打到你们公司”。",
       "{court_frame}，{defendant}给被害人的父母、岳父母轮番打电话，要求“做父母的替他还”。"),
    _f("quote.news_parents_pay", TP, "call", "formal",
       "{news_frame}，催收员在电话中对借款人说：“你不还，我们就去找你爸妈要，反正他们有退休金。”",
       "{news_frame}，对方称“今天不还，明天你们公司每个人都会接到我们的电话”。",
       "{news_frame}，催收员扬言要“把你欠钱的事告诉你老丈人，看他还让不让女儿跟你过”。"),
    _f("quote.police_call_employer", TP, "call", "formal",
       "{police_frame}，该团伙催收时惯用“打单位”的手法：给借款人的领导、同事逐个打电话，声称“不还钱就让你丢饭碗”。",
       "{police_frame}，涉案人员以“你不还就找你亲戚朋友”相威胁，并实际拨打了借款人通讯录中的数十个号码。"),
    _f("quote.court_poster_exposure", EXP, "app", "formal",
       "{court_frame}：{defendant}将被害人照片、身份信息制成“失信曝光”海报，张贴在其小区公告栏和单位门口。",
       "{court_frame}，{defendant}把被害人的照片做成“通缉令”样式的图片，发到其家族群和朋友圈。",
       "{court_frame}，{defendant}在被害人老家村口拉起横幅，上面写着被害人姓名和“欠债不还”。"),
    _f("quote.news_exposure_video", EXP, "app", "formal",
       "{news_frame}，催收人员扬言：“把你的欠款截图发到抖音上，让全网都认识你。”",
       "{news_frame}，对方在微信里说：“你的头像和欠条我已经做好了，明天就挂到你们小区业主群。”"),
    _f("quote.court_fake_authority_sms", IMP, "sms", "formal",
       "{court_frame}：{defendant}以“{court}”名义向多名借款人群发短信，要求其“尽快联系承办人结清欠款”。",
       "{court_frame}，{defendant}冒用“{arbitration}”的名义编发短信，催借款人“抓紧把平台的钱还了”。",
       "{court_frame}，{defendant}以“{procuratorate}”的名义给借款人发短信，让其“按期归还平台借款”。"),
    _f("quote.news_fake_lawyer_regulator", IMP, "call", "formal",
       "{news_frame}，打来电话的人说自己是“{lawfirm}专办网贷案子的律师”，可在司法行政机关的查询平台上根本查不到此人。",
       "{news_frame}，有催收人员冒充“{regulator}工作人员”给借款人打电话，要求其当天还清欠款。",
       "{news_frame}，催收员自称“{government}的调解员”，让借款人“配合平台把钱还上”。"),
    _f("quote.police_fake_officer", (IMP, LEG), "call", "formal",
       "{police_frame}，{defendant}冒充民警致电借款人，称“我是{police_unit}的，平台把你的事报到我们这儿了，赶紧把钱还了”。",
       "{police_frame}，嫌疑人自称“经侦民警”，告诉借款人“你涉嫌恶意逃债，已经在我们这里挂了号”。"),
    _f("quote.court_forged_summons", (IMP, LEG), "app", "formal",
       "{court_frame}：{defendant}用修图软件做了一张“{court}传票”，在微信上发给借款人，上面写着“不按时到庭就派警车来接”。",
       "{court_frame}，{defendant}制作了盖有假印章的“逮捕通知书”，拍照发给借款人，逼其还款。"),
    _f("quote.news_legal_jail", LEG, "call", "formal",
       "{news_frame}，催收员称：“你这情况已经算诈骗了，金额够判三年，警察随时上门。”",
       "{news_frame}，对方告诉她“逾期超过九十天就会被列为网上逃犯，出门就会被抓”。",
       "{news_frame}，催收员说“你不还钱就会留案底，以后孩子考公、当兵都过不了政审”。"),
    _f("quote.police_legal_case_filed", LEG, "call", "formal",
       "{police_frame}，催收人员惯用“你的案子已经立了”“明天就来拘留你”等说法恐吓借款人。",
       "{police_frame}，涉案催收员冒称“已向法院申请拘留”，借款人信以为真，四处筹钱。"),
    _f("quote.court_rollover", ROLL, "sms", "formal",
       "{court_frame}：{defendant}多次要求被害人“去别的网贷平台借出来先还我们”，并发送多个借款平台的下载链接。",
       "{court_frame}，{defendant}逼迫被害人变卖自家轿车还款，称“车卖了钱就够了”。",
       "{court_frame}，{defendant}向被害人建议“去卖血，一次也能凑个几百块”。"),
    _f("quote.news_rollover", ROLL, "call", "formal",
       "{news_frame}，催收员在电话中让借款人“用信用卡套现先把这笔还上”。",
       "{news_frame}，对方说“你找亲戚朋友借一圈，再不行去{other_app}上再借点”。"),
]

# ---------------------------------------------------------------- authorities as senders (who speaks)

_AUTHORITIES = [
    _f("sender.court_plain_sms", IMP, "sms", "formal",
       "【{court}】{name}，你在{lender}的欠款请于{date}前联系承办人结清，联系电话{hotline}。",
       "【{court}】当事人{name}：你在{lender}的借款{amount}元已逾期，请三日内与平台结清，详询{hotline}。",
       "【{court}】{name}您好，{lender}已就您的欠款提交相关材料，请您尽快还款。"),
    _f("sender.procuratorate_plain_sms", IMP, "sms", "formal",
       "【{procuratorate}】{name}，请尽快归还{lender}借款{amount}元，联系电话{hotline}。",
       "【{procuratorate}】提醒：{name}在{lender}的借款已逾期{days}天，请即刻联系平台处理。"),
    _f("sender.procuratorate_case_sms", (IMP, LEG), "sms", "formal",
       "【{procuratorate}】{name}，你拖欠{lender}借款一事已移送我院审查，请于{date}前结清欠款。",
       "【{procuratorate}】{name}：你恶意拖欠网贷涉嫌违法，现通知你{deadline}到院说明情况。"),
    _f("sender.arbitration_plain", IMP, "sms", "formal",
       "【{arbitration}】被申请人{name}：申请人{lender}与你的借款纠纷，请于{date}前与申请人联系还款。",
       "【{arbitration}】{name}，你在{lender}的欠款{amount}元，请于七日内与申请人协商还清，回复1获取联系方式。"),
    _f("sender.police_plain_sms", IMP, "sms", "formal",
       "【{police_unit}】{name}，你名下{lender}的借款已逾期，请立即联系平台还款。",
       "【{police_unit}】提醒您：您在{lender}的欠款{amount}元请于{date}前归还，详询{hotline}。"),
    _f("sender.police_case_sms", (IMP, LEG), "sms", "formal",
       "【{police_unit}】{name}：经平台报案，你恶意拖欠借款已涉嫌违法，请于{deadline}到我局配合调查并结清欠款。",
       "【{police_unit}】你因长期拖欠{lender}借款已被列为重点人员，请立即还款，否则将依法传唤。"),
    _f("sender.regulator_sms", IMP, "sms", "formal",
       "【{regulator}】{name}，您在{lender}的借款已逾期{days}天，请配合机构尽快处理。",
       "【{regulator}】温馨提醒：{name}，请于{date}前主动结清在{lender}的欠款{amount}元。"),
    _f("sender.regulator_blacklist_sms", (IMP, LEG), "sms", "formal",
       "【{regulator}】{name}，经核查您在{lender}存在长期逾期，请于{date}前结清，逾期将列入金融失信重点名单。",
       "【{regulator}】您的逾期记录已报送本局，{deadline}仍未还款的，将冻结您名下全部银行账户。"),
    _f("sender.government_sms", IMP, "sms", "formal",
       "【{government}】{name}，您拖欠{lender}借款{amount}元，请尽快联系平台还款，以免影响个人信用。",
       "【{government}】通知：辖区居民{name}请于{date}前处理{lender}逾期欠款，联系电话{hotline}。"),
    _f("sender.lawfirm_bare_sms", IMP, "sms", "formal",
       "【{lawfirm}】{name}，受{lender}委托，你的欠款已进入法务处理阶段，请于{deadline}还款。",
       "【{lawfirm}】{name}：你在{lender}的逾期账单{amount}元，请即日处理，否则本所将代为追讨。"),
    _f("sender.robot_authority_greeting", IMP, "call", "robot_script",
       "坐席：{police_unit}温馨提醒，系统显示您在{lender}还有欠款没有处理，需要转接平台客服请按1。\n客户：{reply}",
       "坐席：您好，这里是{court}语音通知，您在{lender}的欠款请于今日内结清，转人工请按0。\n客户：{reply}",
       "坐席：这里是{arbitration}，您有一份借款纠纷通知待处理，联系办事员缴纳欠款请按1。\n客户：{reply}"),
    _f("sender.robot_authority_threat", (IMP, LEG), "call", "robot_script",
       "坐席：这里是{court}执行局语音通知，您的欠款案件已进入强制执行，今日不还将采取司法拘留，了解详情请按1。\n客户：{reply}",
       "坐席：{police_unit}自动语音：您拖欠{lender}的借款已登记在案，接受询问请按1，拒不配合将记入违法档案。\n客户：{reply}"),
    _f("sender.spoken_self_intro", IMP, "call", "spoken",
       "坐席：喂，我是{court}执行局的{surname}法官，你在{lender}借的钱现在在我这儿，你加我微信谈一下怎么还\n客户：{reply}",
       "坐席：你好，我是{regulator}的工作人员，{lender}反映你一直没还款，你今天给平台回个电话\n客户：{reply}",
       "坐席：我是{lawfirm}的律师，负责你这个欠款，你准备什么时候还\n客户：{reply}"),
    _f("sender.spoken_police_intro", (IMP, LEG), "call", "spoken",
       "坐席：喂，{police_unit}，{lender}那边到我们这儿反映了你欠钱的事\n客户：{reply}\n坐席：你今天把钱还了这事就算了，不然我们只能上门找你",
       "坐席：你好，我是{procuratorate}的，平台把你的材料移交过来了\n客户：{reply}\n坐席：你配合就行，先把欠款还上"),
    _f("sender.document_heading", (IMP, LEG), "notice", "letter",
       "{court}\n执行通知书\n（{year}）执字第{n}号\n{name}：\n你拖欠{lender}借款{amount}元，现责令你于{date}前履行还款义务，逾期将依法拘留。",
       "{police_unit}\n传唤通知书\n{name}：\n因你涉嫌恶意拖欠{lender}网络借款，请于{date}到我局接受询问，无正当理由拒不到案的，依法强制传唤。"),
    _f("sender.document_employer", (IMP, LEG, TP), "notice", "letter",
       "{court}\n协助执行通知书\n{employer}：\n贵单位{name}欠{lender}款项一案，本院决定从其每月薪酬中提取一半用于清偿，请财务部门按月转入指定账户。",
       "{court}\n协助执行函\n{employer}人事部：\n你单位员工{name}欠付网贷{amount}元，现要求你单位督促其还款并暂停发放其奖金。"),
    _f("sender.authority_trad", IMP, "sms", "formal",
       "【{city}地方法院】{name}台端：您積欠{lender}款項{amount}元，請於{date}前清償。",
       "【{city}地檢署】{name}：您於{lender}之借款已逾期，請速與平台聯繫還款。"),
]

# ---------------------------------------------------------------- insults of many kinds, short abusive SMS

_INSULTS_MORE = [
    _f("short.slur_demand", INS, "sms", "sms_template",
       "【{lender}】还钱，{insult}。",
       "{insult}，钱呢？",
       "欠钱不还的{insult}，还躲？",
       "还不还？{insult}！",
       "装死的{insult}，回电话。",
       "{name}你个{insult}，今天必须还。"),
    _f("short.slur_app", INS, "app", "app",
       "{insult}，看到消息回话",
       "又不回？真是个{insult}",
       "{insult}一个，{amount}都赖",
       "躲吧，{insult}，看你能躲几天"),
    _f("insult.animal_metaphor", INS, "sms", "sms_template",
       "像只过街老鼠一样东躲西藏，借钱的时候胆子不是挺大吗？",
       "拿了钱就跟泥鳅似的，滑得抓不住，就是不还。",
       "蚂蟥吸了血还知道松口，你连蚂蟥都不如。",
       "你就是条赖皮狗，喂饱了就翻脸。"),
    _f("insult.parasite", INS, "app", "app",
       "靠借钱苟活的米虫，还有脸不回消息？",
       "你就是社会的累赘，只会伸手要钱。",
       "吃软饭吃到网贷上了，你也算是个奇葩。"),
    _f("insult.sarcasm_award", INS, "sms", "sms_template",
       "祝贺你荣获本平台“年度拖欠之王”称号，奖品是全家跟着你丢人。",
       "你这脸皮，做防弹衣的都得找你取经。",
       "您真是天才，借钱的本事一流，还钱的本事为零。",
       "佩服，{days}天一分不还还能天天发朋友圈，心可真大。"),
    _f("insult.contempt_life", INS, "sms", "sms_template",
       "三十多岁的人了靠网贷过日子，你爹妈白养你了。",
       "混成这样还有脸活着，换我早就没脸见人了。",
       "你这辈子也就这样了，借钱不还的废柴。",
       "穷就穷吧，还没骨气，活该一辈子抬不起头。"),
    _f("insult.stupidity", INS, "app", "app",
       "说了八百遍了听不懂？脑子里装的是浆糊吧。",
       "你是蠢还是坏？一个还款日都记不住。",
       "智商欠费了吧，跟你讲道理就是对牛弹琴。",
       "长个脑袋是为了显高吗？还款流程都看不懂。"),
    _f("insult.obscene_short", INS, "sms", "sms_template",
       "滚犊子，赶紧还钱。",
       "你妈的，钱呢",
       "去你大爷的，躲什么躲",
       "狗日的又不接电话",
       "操，{amount}块都赖，要点脸"),
    _f("insult.obfuscated_slur", INS, "app", "app",
       "你个煞笔，钱什么时候还",
       "s b一个，电话都不敢接",
       "傻 逼吧你，还不还",
       "二百五，说好的今天还呢",
       "脑瘫一样，消息都不会回",
       "你个沙比，借钱不还"),
    _f("insult.shanghai", INS, "app", "dialect",
       "侬只瘪三，钞票借了就勿还了？",
       "戆大一只，讲了多少趟了还勿晓得还钞票。",
       "侬迭个赤佬，面孔老厚的，欠了钞票装死。",
       "十三点兮兮，电话勿接消息勿回，侬想哪能？"),
    _f("insult.cantonese_more", INS, "app", "dialect",
       "你條粉腸，借錢唔還仲玩失蹤？",
       "正一廢柴，{amount}蚊都還唔到。",
       "痴線佬，仲唔覆我？",
       "你個衰仔，借錢嗰陣咁醒，還錢就扮死。"),
    _f("insult.north_dialects", INS, "call", "dialect",
       "坐席：瘪犊子玩意儿，钱呢\n客户：{reply}\n坐席：少跟我扯犊子",
       "坐席：你个鳖孙，欠钱不还还有理了\n客户：{reply}",
       "坐席：孙子，有种别接电话啊\n客户：{reply}\n坐席：丫就是一怂包",
       "坐席：瓜皮，你钱到底还不还\n客户：{reply}\n坐席：把你能的"),
    _f("insult.spoken_asr", INS, "call", "spoken",
       "坐席：你就是个{insult}你知道吗\n客户：{reply}\n坐席：一点诚信都没有",
       "坐席：钱呢 又没钱 {insult}一个\n客户：{reply}",
       "坐席：我跟你说话都嫌脏 你这种{insult}\n客户：{reply}"),
    _f("insult.disguised_sex", INS, "app", "app",
       "没钱就去站街啊，不是挺会的吗",
       "欠钱不还，是不是在外面卖呢",
       "长这样借钱，出去陪人吃顿饭不就有了"),
]

# ---------------------------------------------------------------- third parties and legal fictions in plain words

_PLAIN_THREATS = [
    _f("tp.parents_visit", TP, "sms", "sms_template",
       "你再拖，我们的人就上你爸妈家等你，老人家扛不扛得住你自己想。",
       "不回消息是吧？那我们直接去你老家，跟你父母面对面聊你的账。",
       "你爸妈住{village}吧？这周末我们过去拜访一下二老。"),
    _f("tp.wechat_relatives", TP, "app", "app",
       "你不回我，我就加你老婆微信，把你欠钱的事一五一十讲给她听。",
       "你表姐、你舅舅的微信我都加上了，今晚挨个聊。",
       "你通讯录里那个备注“老妈”的，我等会儿就打过去。"),
    _f("tp.boss_talk", TP, "sms", "sms_template",
       "{deadline}不还，我们就去{employer}找你们老板，问问他知不知道自己员工欠钱不还。",
       "你领导姓{surname}吧，电话我有，要不要我帮你跟他说说？",
       "明天上午我们去你单位人事处坐坐，顺便聊聊你的工资。"),
    _f("tp.named_contacts_formal", TP, "sms", "formal",
       "【{lender}】今日起，您的逾期账单将抄送给您注册时登记的父亲{surname}*和同事{surname}*，请知悉。",
       "【{lender}】系统将于{hours}小时后向您的紧急联系人及工作单位发送逾期告知，请及时还款。"),
    _f("tp.employer_letter_bank", TP, "notice", "letter",
       "我行将于近期致函您所在单位人事部门，核实您的在职及收入情况，并请单位协助督促还款。",
       "如您仍不履行还款义务，我中心将派员前往您的工作单位，与单位负责人沟通您的欠款事宜。"),
    _f("tp.police_family_legal", (TP, LEG), "sms", "sms_template",
       "户籍地公安已经接手你的欠款案，过两天会去你老家向你父母核实情况。",
       "你这事已经报到你们村派出所了，民警会去找你家里人谈话。"),
    _f("tp.family_pay_letter", (DIS, TP), "notice", "letter",
       "致{name}家属\n{name}在{lender}借款{amount}元逾期未还。作为家属，请您于{date}前代为偿还，否则我司将持续上门催收。\n{lender}",
       "告家长书\n您的子女{name}拖欠{lender}欠款{amount}元，请家长承担起责任，尽快替其还清。\n{lender}贷后部",
       to="third_party"),
    _f("tp.hk_boss", TP, "sms", "formal",
       "如閣下仍不還款，本公司將派員到閣下公司拜訪閣下上司。",
       "閣下再不處理，我哋會直接聯絡閣下屋企人同僱主。"),
    _f("exp.banner_work", (EXP, TP), "sms", "sms_template",
       "下周一我们在{employer}门口拉条横幅，写上你的名字和欠款，再跟你同事们打个招呼。",
       "你的欠款公告明天贴到你公司前台，顺便群发给你部门每个人。"),
    _f("exp.owner_group", EXP, "app", "app",
       "你的欠款截图我已经发进你们小区业主群了，自己看吧。",
       "等着，你的照片今晚就上{platform}，配文我都写好了。",
       "你不是爱面子吗？明天你们村的微信群里人人都知道你欠钱。"),
    _f("legal.procedural_fiction", LEG, "sms", "sms_template",
       "系统提示：您的案件已由平台法务提交公安机关，近期将对您采取强制措施，请立即还款争取从宽。",
       "您的欠款已被认定为恶意逃废债，平台已申请司法拘留，请于{deadline}处理。",
       "您的档案已转入刑事处置流程，撤案须在{date}前结清全部欠款。"),
    _f("legal.invented_rule", LEG, "sms", "sms_template",
       "根据最新司法解释，网贷逾期满六个月即按诈骗罪追诉，您已满足条件。",
       "今年起恶意拖欠网贷超过一万元的将被追究刑事责任，请您认真对待。",
       "按新规定，逾期人员子女一律不得就读公办重点学校。"),
    _f("legal.criminal_terms", LEG, "app", "app",
       "你这行为属于信用卡诈骗，可以判五年以下有期徒刑。",
       "你已经构成拒不履行罪了，等着进去吧。",
       "再拖下去就是刑事案件了，留了案底一辈子洗不掉。"),
    _f("legal.wanted_list", LEG, "sms", "sms_template",
       "你已被列为网上追逃人员，高铁站一刷身份证就会被扣下。",
       "全国协查通报已经下发，你走到哪儿都会被拦。",
       "你的身份证已被标记，住酒店登记时警察就会来找你。"),
    _f("legal.arrest_mail", LEG, "call", "spoken",
       "坐席：拘留通知书下周就寄到你户籍地了\n客户：{reply}\n坐席：到时候可就不是还钱能解决的了",
       "坐席：法院的拘传令已经出来了\n客户：{reply}\n坐席：警察随时去你单位带人",
       "坐席：你这个已经够立案标准了\n客户：{reply}\n坐席：经侦那边已经在走流程，你自己掂量"),
]

# ---------------------------------------------------------------- third parties named in many ways: who is told, how

# Who a collector threatens to involve (community bodies, landlords, teachers, the spouse's workplace, online
# friends), and in which words: each family crosses its own conditions, parties and acts, so the parties are
# learnt apart from any one sentence.
_COMMUNITY = ["你所在的村委会", "你们居委会", "你们街道办", "社区网格员", "你们村支书", "小区业主委员会", "你家物业",
              "你老家的村干部"]
_PRIVATE = ["你房东", "你孩子的班主任", "你媳妇单位", "你老公干活的工地", "你微信里的好友", "你亲戚群里的人",
            "你大学同学", "你前同事"]
_FORMAL_COMMUNITY = ["您所在村（居）民委员会", "您户籍地街道办事处", "您所在社区", "您居住小区的物业服务中心",
                     "您户籍地村委会"]


def _crossed(conditions: list[str], parties: list[str], acts: list[str]) -> tuple[str, ...]:
    """Every condition with every party and act, a text each (a family draws its samples from them)."""
    return tuple(f"{c}{p}{a}" for c in conditions for p in parties for a in acts)


_PARTIES = [
    _f("party.community_sms", TP, "sms", "sms_template",
       *_crossed(["再不还，我们就去找", "今天不处理，明天我们的人会去找", "你不接电话，那我们只好联系"],
                 _COMMUNITY, ["，让他们评评理。", "，当面说道说道你这笔账。", "帮忙劝劝你。"])),
    _f("party.community_formal", TP, "sms", "formal",
       *_crossed(["【{lender}】鉴于您长期未还款，我司将在{hours}小时后致函",
                  "【{lender}】如您仍不配合，我司将把您的逾期情况通报"],
                 _FORMAL_COMMUNITY, ["，请其协助督促还款。", "并请其协助处理。"])),
    _f("party.private_app", TP, "app", "app",
       *_crossed(["不回消息是吧，", "行，你躲，", "最后给你半天，"],
                 _PRIVATE, ["那边我们明天就去打个招呼", "的地址我们已经有了，过两天去坐坐", "都会知道你欠钱不还"])),
    _f("party.asr_spoken", TP, "call", "spoken",
       "坐席：嗯就是说 你不还的话呢 我们这边只能去你们村里找村支书 把你这个事情跟他讲一讲\n客户：{reply}",
       "坐席：你老婆在哪上班我们都知道 明天过去跟她当面聊聊\n客户：{reply}\n坐席：你自己考虑",
       "坐席：那没办法了啊 你通讯录里的人我们一个一个打 打到有人帮你还为止\n客户：{reply}",
       "坐席：你爸妈那边我们已经安排人过去了 让老人家知道知道你在外面干了啥\n客户：{reply}"),
    _f("party.dialect", TP, "call", "dialect",
       "坐席：恁再不还，俺们就去恁村里找恁爹恁娘\n客户：{reply}",
       "坐席：侬拖到现在还勿还，阿拉下礼拜就去侬公司门口等侬领导\n客户：{reply}",
       "坐席：你再不还嘛，我们就去你屋头找你老汉儿\n客户：{reply}",
       "坐席：你唔還，我哋就搵你阿媽傾下\n客户：{reply}"),
    _f("party.mass_message", TP, "sms", "sms_template",
       "你微信好友我们一个个加，挨个问他们愿不愿意替你还。",
       "通讯录里的人很快都会知道你欠了多少钱，到时候别后悔。",
       "你手机里存的号码，明天每个都会接到我们的电话。"),
    _f("party.quote_community", TP, "sms", "formal",
       "{news_frame}，催收员扬言要“找你们村委会开大会，让全村人都知道你欠钱”。",
       "{court_frame}，{defendant}多次给被害人所在社区的网格员、物业打电话，要求他们“督促其还钱”。"),
]

# ---------------------------------------------------------------- exposure in public channels the corpus named rarely

_PUBLIC_CHANNELS = [
    _f("public.media_report", EXP, "sms", "sms_template",
       "我们已经跟{media}的记者打过招呼了，你再拖，就给你做一期专题。",
       "【{lender}】您的欠款已提交{city}本地新闻栏目线索库，近期将作为典型案例报道。",
       "再不还，我们就联系你们县里的报纸和电视台，把你的事登出来。"),
    _f("public.short_video", EXP, "app", "app",
       "你的欠款视频已经剪好了，今晚在{platform}发布，不想被熟人刷到就赶紧还。",
       "我们做了个你的专题短视频，配上你的照片和欠款，{deadline}不还就上线。",
       "{platform}上我们有个曝光号，几万粉丝，下一期就是你。"),
    _f("public.contacts_collage", (EXP, TP), "app", "app",
       "你手机里的照片和联系人我们这边都有备份，今晚挑几张配上欠款发进你的家族群。",
       "你的照片、身份证和欠条拼成一张图，今晚发到你加的每一个微信群。"),
    _f("public.village_broadcast", EXP, "sms", "sms_template",
       "明天我们开车去你们村，用大喇叭把你欠钱的事广播一遍。",
       "催收通告已经印好了，周末贴满你户籍地的村口和集市。",
       "你们镇上赶集那天，我们去摆个牌子，写上你的名字和欠款。"),
    _f("public.asr_long", EXP, "call", "spoken",
       "坐席：我最后跟你说一遍啊你今天再不还我们就把你欠钱的事做成海报贴到你们小区门口还有电梯里让邻居都看看\n客户：{reply}",
       "坐席：你这样拖下去呢我们这边就给你们市里的新闻热线打电话让记者来报道报道你欠钱不还的事\n客户：{reply}",
       "坐席：你不还是吧那我们就在网上发帖子把你名字照片欠款全都挂出去\n客户：{reply}"),
    _f("public.quote_media", EXP, "sms", "formal",
       "{news_frame}，一份催收培训材料写着：“客户失联满三天，安排人去其老家贴告示，再给本地电视台递线索。”",
       "{court_frame}，{defendant}开着贴满被害人照片和“欠债不还”字样的车辆，在其居住的镇上来回喊话。"),
]

# ---------------------------------------------------------------- long unpunctuated speech (one window for a whole turn)

_LONG_SPOKEN = [
    _f("asr.long_third_party", TP, "call", "spoken",
       "坐席：我跟你讲你今天要是不把钱还上的话呢我们这边就直接联系你的紧急联系人还有你单位的领导让他们来帮你处理这个事情\n客户：{reply}",
       "坐席：你这样一直不接电话也不是办法我们只能去你老家找你爸妈了老人家要是被吓着了你可别怪我们\n客户：{reply}"),
    _f("asr.long_legal", LEG, "call", "spoken",
       "坐席：我跟你说你这个已经不是简单的欠钱了平台那边已经准备走刑事程序了到时候警察直接上门拘留你你自己想清楚\n客户：{reply}",
       "坐席：你这个情况呢属于恶意拖欠已经达到立案标准了我们法务今天就把材料交到经侦那边去了\n客户：{reply}"),
    _f("asr.long_impersonation", (IMP, LEG), "call", "spoken",
       "坐席：喂你好我这边是你户籍地派出所的啊平台那边把你的材料报过来了说你借钱不还你今天过来所里一趟把事情说清楚\n客户：{reply}",
       "坐席：你好这里是区法院执行局啊你那个网贷的案子已经判了今天之内把钱打到执行账户不然就要对你采取强制措施了\n客户：{reply}"),
    _f("asr.long_violence", VIO, "call", "spoken",
       "坐席：你家住哪个小区几栋几楼我们都清楚得很你今天不还的话晚上我们几个兄弟就过去找你当面聊聊\n客户：{reply}",
       "坐席：你孩子在哪个学校上学几点放学我们都知道的你做父母的自己掂量掂量\n客户：{reply}"),
]

# ---------------------------------------------------------------- second phrasings of the kinds above

# The dev split holds out whole families, so a kind written as one family is learnt only four times in five:
# these say the same kinds again in other words, in other frames.
_SECOND_PHRASINGS = [
    _f("quote2.forged_documents", (IMP, LEG), "sms", "formal",
       "{police_frame}，该团伙自制“{court}执行裁定书”“限期到庭通知”，用微信发给借款人，称“逾期不到将被强制带走”。",
       "{news_frame}，借款人收到一张盖着“{procuratorate}”红章的“立案告知书”，上面写着“限你三日内结清，否则依法逮捕”。",
       "{court_frame}，{defendant}伪造“{police_unit}拘留通知书”，拍照发给借款人及其家属，催其还款。"),
    _f("quote2.insult_labels", INS, "sms", "formal",
       "{court_frame}，{defendant}在催款短信中骂被害人“{insult}”“{insult2}”，还配上侮辱性图片。",
       "{news_frame}，催收员给她发的消息里全是“{insult}”“{insult2}”这样的字眼。",
       "{police_frame}，{defendant}在电话里骂借款人是“{insult}”，还咒其“出门被车撞”。"),
    _f("quote2.impersonation_calls", IMP, "call", "formal",
       "{news_frame}，来电者自称“{police_unit}的民警”，说“你网贷的事归我们管”，让借款人当天把钱还上。",
       "{court_frame}，{defendant}冒称“{court}的书记员”给借款人打电话，让其“尽快联系平台还款”。",
       "{police_frame}，嫌疑人以“{arbitration}办事员”的身份致电借款人，让其缴纳欠款。"),
    _f("quote2.public_exposure", EXP, "app", "formal",
       "{court_frame}，{defendant}开着喷有被害人姓名和欠款的车在其村里转圈，用喇叭喊话。",
       "{news_frame}，催收公司把借款人的欠款视频发到短视频平台，点赞过千。",
       "{police_frame}，嫌疑人在借款人单位楼下张贴其照片和“欠钱不还”的告示。"),
    _f("sender2.court_app_link", IMP, "sms", "formal",
       "【{court}诉讼服务】{name}，{lender}反映你的借款长期未还，请本周内自行与平台结清，还款账户见附件链接。",
       "【{court}】告示：{name}借{lender}的钱至今未还，望其见信后主动履行还款。",
       "【{police_unit}】监测到您名下有逾期网贷，请尽快联系{lender}处理，以免影响个人信用。"),
    _f("sender2.spoken_asr_authority", (IMP, LEG), "call", "spoken",
       "坐席：{police_unit}啊 {lender}那边把你的情况备了案 你抽空到所里坐坐 把钱的事了了\n客户：{reply}",
       "坐席：{court}立案庭的 你跟{lender}那个纠纷材料我们收了 明天上午带身份证过来说明一下\n客户：{reply}",
       "坐席：{procuratorate}这边 关于你欠{lender}的钱 有人递了举报 你抓紧结清 省得麻烦\n客户：{reply}"),
    _f("exp2.video_and_media", EXP, "sms", "sms_template",
       "【{lender}】您的个人欠款短片已制作完成，将于今晚在{platform}发布，如不希望亲友看到请立即还款。",
       "我们已经联系了{media}，准备把你的欠款做成一期节目。",
       "你的欠款海报今晚就发到{platform}，标题都起好了。"),
    _f("ins2.short_dialect", INS, "app", "dialect",
       "侬只戆大，钞票还不还？",
       "衰鬼一個，仲唔還錢？",
       "瓜娃子，钱呢？",
       "你个憨批，躲啥子躲。"),
]

FAMILIES: tuple[Family, ...] = (*_QUOTED, *_AUTHORITIES, *_INSULTS_MORE, *_PLAIN_THREATS, *_PARTIES, *_PUBLIC_CHANNELS,
                                *_LONG_SPOKEN, *_SECOND_PHRASINGS)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
