"""Violating families for the kinds the classifier alone still missed on fresh texts written by others (issue 9).

Read from the errors of the classifier alone on a newer held-out wording set (released for reading its errors,
never copied: every text here is written anew, with invented names, places and numbers). Four kinds:

- Impersonation by signature, heading or self-introduction: a police branch, a procuratorate, an arbitration
  commission or a court as an SMS signature, spelt plainly, with separators or half in pinyin; a collector
  who calls himself the lawyer of the case; a court clerk, an arbitration officer or a local police officer
  on the phone, also in dialect; a lawyer's letter or an arbitration e-mail signed by collection staff.
- Quoted case texts: reports and judgments quoting a collector who called himself an authority.
- Short and dialect insults: comparisons with animals and thieves, mock praise, contempt for intelligence,
  Sichuan, Shanghai and Cantonese abuse, traditional characters and slurs spelt in pinyin or split.
- Legal fictions: repayment as a crime under a cited article, wage accounts frozen "under the contract",
  children failing political review, enforcement notices and announcements that invent detention.

Rendering and slots are `violations_others.py`'s. Run `python -m training.corpus.violations_fresh` for counts.
"""

from __future__ import annotations

import random

from training.corpus.violations import DIS, EXP, IMP, INS, LEG, TP, Family, _f, _print_coverage
from training.corpus.violations_others import _OtherSlots
from training.corpus.violations_real import _generate

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_fresh"

# ---------------------------------------------------------------- who speaks: signatures, headings, self-introductions

_SIGNED = [
    _f("signed.police_branch", IMP, "sms", "sms_template",
       "【{city}市公安局{district}分局】{name}，平台已就你的逾期借款向我局反映，请即日与{lender}联系还清。",
       "【{district}公安分局】{name}您好，您在{lender}的借款长期未还，请见信后尽快回电{hotline}处理。",
       "【{city}公安{district}派出所】提醒{name}：{lender}欠款{amount}元，请主动联系平台结清，以免影响出行。",
       "【{district}分局经侦大队】{name}，你名下网贷逾期{days}天，平台已登记，请三日内联系还款专员。"),
    _f("signed.procuratorate_review", (IMP, LEG), "sms", "sms_template",
       "【{city}市{district}人民检察院】{name}，你拖欠{lender}借款一案已转入审查阶段，{hours}小时内结清可不予追究。",
       "【{district}检察院】{name}：你的网贷逾期已被认定为恶意透支，现提请审查，全额还款后可撤销案件。",
       "【{city}检察院】当事人{name}，你的欠款材料已到我院，请于{date}前还清，否则依法提起公诉。"),
    _f("signed.arbitration_short", IMP, "sms", "sms_template",
       "【{city}仲裁委】{name}，你与{lender}的借款纠纷已登记，请今日内联系平台还款。",
       "【{arbitration}】你的借贷案件已受理，还款请联系{hotline}。",
       "【{city}仲裁委员会秘书处】{name}：申请人{lender}要求你于{date}前清偿{amount}元，请主动联系申请人。"),
    _f("signed.lawfirm_collection_desk", IMP, "sms", "sms_template",
       "【{lawfirm}·逾期处置部】{name}，您在{lender}的欠款已转至本部，请于今晚八点前联系专员还款。",
       "【{lawfirm}贷后中心】尊敬的客户，您的逾期账单已由本所接管，请即日联系处置专员{hotline}。",
       "【{lawfirm}催收组】{name}您好，{lender}账单{amount}元已委派至本组，今日需给出还款答复。"),
    _f("signed.obfuscated_authority", IMP, "sms", "sms_template",
       "【{city}/中/级/法/院】{name}，借款纠纷立案在即，回电{hotline}",
       "【{city}市中 级 法 院】{name}，网贷案件已立，请回电",
       "【{city}仲cai委】你的欠款纠纷已受理，联系{hotline}处理",
       "【{city}gong安局】{name}，你的逾期借款已被举报，速还",
       "【fa院执行局】{name}，你的案子已到执行阶段，速联系{hotline}"),
    _f("signed.traditional_authority", (IMP, LEG), "sms", "sms_template",
       "【{city}地方法院執行處】{name}，您的借款糾紛已進入強制執行，請於三日內聯絡承辦人{hotline}。",
       "【{city}警察局】{name}先生，您於網路借貸平台之欠款已遭檢舉，請即日與平台聯繫清償。",
       "【{city}地檢署】{name}，您積欠{lender}款項已移送偵辦，結清欠款可聲請撤回。"),
    _f("intro.collector_as_lawyer", IMP, "call", "spoken",
       "坐席：喂 我{lender}贷后这边的 姓{surname} / 从今天起你这笔账就由我以律师身份跟进了\n客户：{reply}",
       "坐席：你好 我是{lender}法务部的{surname}律师 专门处理你这个欠款\n客户：{reply}\n坐席：法务部就是律师 你别问那么多 今天能还多少",
       "坐席：我是你这个案子的代理律师 也是{lender}的催收专员 你今天给我个准话\n客户：{reply}",
       "坐席：我{surname}律师 受平台委托全权代理你这笔欠款 以后你就跟我对接\n客户：{reply}"),
    _f("intro.collector_as_lawyer_text", IMP, "app", "app",
       "我是{lender}贷后的{surname}专员，同时也是你这笔欠款的代理律师，三天内还清别让我难办。",
       "跟你说明一下，我现在是以律师身份接手你的案子，后面一切按司法程序走。",
       "本人{surname}律师，{lender}法务，你的账单由我负责，今天必须回复还款时间。"),
    _f("intro.court_clerk_call", (IMP, LEG), "call", "spoken",
       "坐席：我是{court}的书记员 姓{surname} 你那个借款案子下周三开庭 不来就缺席判决\n客户：{reply}",
       "坐席：喂 {court}立案庭 法官助理小{surname} 你跟{lender}的纠纷已经排期了\n客户：{reply}\n坐席：传票公告送达过了 你不来后果自负",
       "坐席：您好 这边是{court}执行局的 您欠{lender}那笔已经转到执行了 今天不处理就要上强制措施\n客户：{reply}"),
    _f("intro.arbitration_officer_call", IMP, "call", "spoken",
       "坐席：喂 我{city}仲裁委的 姓{surname} {lender}那笔钱你今天处理一下\n客户：{reply}\n坐席：你还了我这边好结案",
       "坐席：你好 我是{arbitration}办案员 你和{lender}的纠纷在我手上 你抓紧联系平台还款\n客户：{reply}",
       "坐席：这里{city}金融调解中心 你那笔{lender}的欠款我们受理了 下午之前还清就结案\n客户：{reply}"),
    _f("intro.local_police_dialect", (IMP, LEG), "call", "dialect",
       "坐席：我是你们那片儿派出所的 {lender}把你那事儿报我们这儿了 赶紧整明白\n客户：{reply}",
       "坐席：喂 我哋係{city}警署嘅 你喺网上借咗钱唔还 即刻同平台联络\n客户：{reply}",
       "坐席：我们是你屋头那边派出所的 你那个网贷平台报过来了 你快点还了\n客户：{reply}",
       "坐席：阿拉是侬户口所在地派出所 侬网贷欠的铜钿平台报上来了 快点还脱\n客户：{reply}"),
    _f("letter.lawfirm_signed_by_collector", (IMP, LEG), "notice", "letter",
       "律师函\n致{name}：\n本所受{lender}委托，现正式函告：您的欠款{amount}元逾期已久，行为已涉嫌诈骗。请于三日内清偿，否则本所将移送公安机关。\n{lawfirm}\n催收专员：{surname}*　工号{n}",
       "律 师 告 知 函\n{name}：\n经本所审查，您在{lender}的借款已构成恶意逃债，请于{date}前结清，逾期将追究刑事责任。\n{lawfirm} 贷后专员 {surname}*"),
    _f("email.arbitration_acceptance", (IMP, LEG), "notice", "letter",
       "主题：借款纠纷受理通知\n被申请人{name}：\n{arbitration}已受理{lender}对你的申请，请于五日内联系申请人贷后部结清欠款，否则径行缺席裁决并移送执行。",
       "主题：【仲裁提醒】关于你的逾期借款\n{name}：\n你与{lender}的借款合同纠纷已由本会立案，承办人为{lender}贷后专员小{surname}，请尽快联系其还款。"),
    _f("email.court_enforcement", (IMP, LEG), "notice", "letter",
       "主题：执行告知\n{name}：\n你与{lender}一案已由本院立案执行，请于{date}前将欠款汇入申请人指定账户。\n{court}执行局（系统邮件，请勿回复）",
       "主题：关于你网贷案件进入执行程序的通知\n{name}：\n本院已受理{lender}对你的执行申请，逾期未付将冻结你名下账户。\n{court}"),
    _f("app.court_inbox", (IMP, LEG), "app", "app",
       "【{lender}消息】我是{court}负责执行的法官，您的欠款案已转到本院，请在消息页点“法官对接”办理还款。",
       "【站内通知】{court}已接收您的逾期案件，请在APP内“法院专区”完成还款，以免被强制执行。"),
]

# ---------------------------------------------------------------- quoted case texts: a collector called himself an authority

_QUOTED_AUTHORITY = [
    _f("quoted.collector_as_enforcement", (IMP, LEG), "sms", "formal",
       "{news_frame}，该公司催收员打电话时一律自称“{court}执行局的”，对借款人说“你的案子在我们这儿，再拖就查封你家的房子”。",
       "{police_frame}，涉案员工对外统一报称“法院执行人员”，告诉借款人“三天不还就上门拘人”。"),
    _f("quoted.signed_as_procuratorate", (IMP, LEG), "sms", "formal",
       "{court_frame}，{defendant}以“【{procuratorate}】”为签名群发短信，称借款人“涉嫌拒不执行判决罪，限三日内到院说明”，经查短信系催收公司所发。",
       "{news_frame}，受害人收到落款为“{procuratorate}”的短信，称其“恶意欠款已被立案审查”，实际发送方是一家催收外包公司。"),
    _f("quoted.fake_judge_call", IMP, "call", "formal",
       "{news_frame}，一位网友贴出通话录音：对方开口就说“我是{court}的法官，今天通知你把网贷还了”。",
       "{police_frame}，{defendant}在电话中冒称“{court}审判员”，让借款人“配合平台还款，别等判决下来”。"),
    _f("quoted.fake_lawyer_case", (IMP, LEG), "call", "formal",
       "{court_frame}，{defendant}并无律师执业资格，却在电话里自报“{lawfirm}执业律师”，声称“起诉状已替平台交到法院”，实际从未起诉。",
       "{news_frame}，自称“{lawfirm}主办律师”的催收员对借款人说“起诉书我已经递上去了，下周就开庭”，记者核实该所并无此人。"),
    _f("quoted.recorded_threat_jail", LEG, "call", "formal",
       "{court_frame}，庭审播放的录音中，催收员说：“不还钱就是诈骗，警察一来直接带走，先关十五天。”",
       "{police_frame}，{defendant}在通话中称“你这已经是刑事案件了，判三年起步”，被害人因此四处借钱。"),
]

# ---------------------------------------------------------------- short and dialect insults

_SHORT_INSULTS = [
    _f("short.worse_than_animals", INS, "sms", "sms_template",
       "【{lender}】借钱不还的人，猪狗都不如，自己掂量。",
       "【{lender}】狗吃了东西还知道摇尾巴，你呢？",
       "欠钱赖账的，畜生都比你懂事。",
       "【{lender}】你这种人，连条看门狗都不如。"),
    _f("short.mock_praise", INS, "sms", "sms_template",
       "【{lender}】{name}，您真是诚信楷模啊，{days}天一分没还，了不起。",
       "恭喜您荣登本月“最厚脸皮客户”榜首，还款请按时哦。",
       "{name}女士，您这么守信用，建议您照照镜子再说自己是体面人。",
       "哟，这不是我们的大贵人吗？借钱大方，还钱哭穷，给你家长脸了。"),
    _f("short.stupidity_questions", INS, "call", "spoken",
       "坐席：我说了几遍了你听不懂人话吗 你脑子是猪脑子吗\n客户：{reply}",
       "坐席：你是聋了还是瞎了 几十个电话一个不接 缩头乌龟一样\n客户：{reply}",
       "坐席：你脑子进水了吧 还款日都记不住\n客户：{reply}\n坐席：真是榆木疙瘩"),
    _f("short.thief_comparison", INS, "app", "app",
       "说句难听的，您这种做法和小偷没两样。",
       "借了不还，跟偷有什么区别？你就是个贼。",
       "跟你这种下三滥打交道真是掉价，赶紧还钱。",
       "你这种下作的人，也配谈困难？"),
    _f("short.label_and_demand", INS, "sms", "sms_template",
       "【{lender}】死赖皮，钱再不还你自己看着办。",
       "赖账精{name}，今天必须把钱交上来。",
       "欠债不还的烂人，还有脸拉黑我？",
       "【{lender}】臭不要脸的，钱呢？"),
    _f("short.sichuan_chongqing", INS, "app", "dialect",
       "你个龟儿子，电话都不敢接，丢你老汉儿的脸。",
       "瓜娃子，钱借了就装死嗦？",
       "你个批娃儿，欠钱还有理了？",
       "龟儿再躲嘛，看你躲得到好久。"),
    _f("short.shanghai_more", INS, "app", "dialect",
       "侬脑子有毛病伐？铜钿拿了勿晓得还，戆得来。",
       "侬只小赤佬，钞票勿还还拉黑阿拉？",
       "搿种人，老面皮，讲都讲勿听。"),
    _f("short.cantonese_more", INS, "call", "dialect",
       "坐席：你个衰人借钱唔还 仲扮唔识听\n客户：{reply}",
       "坐席：正一仆街 借钱嗰阵乜都应承\n客户：{reply}",
       "坐席：你咪扮嘢啦 死蠢 钱几时还\n客户：{reply}"),
    _f("short.traditional_slur", INS, "sms", "sms_template",
       "欠債不還的爛人，還敢不接電話？",
       "你這個人渣，欠錢裝死有用嗎？",
       "無恥的賴皮鬼，今天不還就等著。"),
    _f("short.pinyin_split_slur", INS, "sms", "sms_template",
       "lao lai 就是你，脸还要伐",
       "la ji 一个，钱还不还",
       "欠钱不还的垃.圾，回话",
       "废-物，电话都不接",
       "你就是个 fei wu，还什么钱都还不上",
       "不要 lian 的东西，赶紧还"),
    _f("short.asr_voice_note", INS, "app", "app",
       "语音转文字：你个蠢货 钱不还还敢挂电话",
       "[语音] 你这个没用的东西 今天不还你试试",
       "语音转写：赖皮狗 你能躲到哪去"),
    _f("short.insult_to_family", (INS, DIS, TP), "call", "spoken",
       "坐席：你老公就是个赖子 欠钱不还\n联系人：{reply}\n坐席：你们两口子一起还",
       "坐席：你儿子就是个骗子 借了钱跑了\n联系人：{reply}\n坐席：你当妈的替他还",
       to="third_party"),
]

# ---------------------------------------------------------------- legal fictions

_LEGAL_FICTIONS = [
    _f("legal.fraud_article_cited", LEG, "sms", "sms_template",
       "【{lender}】{name}，拖欠不还即属诈骗，依刑法第二百六十六条，数额较大者处三年以下有期徒刑，请今日结清。",
       "【{lender}】温馨提示：恶意逾期已触犯刑法，最高可判十年，请勿心存侥幸。",
       "【{lender}】依据刑法相关条款，您的欠款行为已构成信用卡诈骗罪，请立即处理。"),
    _f("legal.contract_wage_freeze", (LEG, TP), "sms", "sms_template",
       "【{lender}】您逾期已满{days}天，依借款合同约定，我司有权冻结您的工资卡，并通知单位财务从薪水中直接扣款。",
       "【{lender}】按协议条款，逾期超过三个月的，我司将直接划扣您的工资账户并告知您的雇主。"),
    _f("legal.child_political_review", (LEG, TP), "call", "spoken",
       "坐席：你孩子学校那边我们已经打过招呼了 你有欠款记录 他以后政审过不了\n客户：{reply}",
       "坐席：你家孩子明年升学要政审的吧 你这个不良记录一挂上 他就别想上好学校\n客户：{reply}"),
    _f("legal.robot_enforcement_notice", (IMP, LEG), "call", "robot_script",
       "坐席：{court}执行局自动来电，您名下一份执行材料待确认，查询请按1，与承办法官通话请按0。\n客户：{reply}",
       "坐席：您好，{court}自动语音提醒，您的欠款案件已立案，逾期不处理将被强制执行，按1联系承办人。\n客户：{reply}"),
    _f("legal.case_filed_spoken", (IMP, LEG), "call", "spoken",
       "坐席：喂 我{city}{district}法院的 你是不是叫{name} 你那笔网贷已经立案到我们这儿了\n客户：{reply}\n坐席：你今天跟原告联系把钱还了",
       "坐席：你好 这边是{district}人民法院 平台告你的案子已经受理了 赶紧还钱可以撤诉\n客户：{reply}"),
    _f("legal.lender_enforcement_announcement", (LEG, EXP), "notice", "letter",
       "催收公告\n被催收人：{name}\n该人拖欠{lender}借款{amount}元拒不偿还。一周内不还清，本部将申请把其关押十五日，同时交本地电视台曝光。\n{lender}贷后管理部",
       "强制执行预告\n{name}拖欠我司款项已久，现决定启动强制执行，届时将依法拘留本人并在其小区张贴公告。\n{lender}"),
    _f("legal.police_summons_text", (IMP, LEG), "app", "app",
       "您好，我是{city}公安局{district}分局民警，警号{n}，你名下网贷的问题请今天主动联系平台处理，否则依法传唤。",
       "我这边是{district}派出所，你的欠款已经在我们系统里了，联系平台还清就不追究。"),
]

FAMILIES: tuple[Family, ...] = (*_SIGNED, *_QUOTED_AUTHORITY, *_SHORT_INSULTS, *_LEGAL_FICTIONS)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
