"""Violating families as deployed senders write them, a third round in others' voices (issue 9).

Written after reading the classifier's misses by family on the released sets B–I (never copied: every text here
is written anew, about other situations, with invented names and numbers) and on the fresh batch wording_dev_u.
Its recall was lowest on these senders and forms:

- rollover offered as a service: partner platforms named in SMS templates and IVR menus ("按1获取链接"), a card's
  cash advance or a new card, a second mortgage, a partner car dealer, provident funds, a friend's or partner's
  card, selling blood written with emoji or pinyin, 撸口子 slang;
- disclosure in short written notes to a relative, classmate, neighbour, landlord or HR desk that name the debt
  and nothing more, and notes to a whole village, building or family group;
- who speaks: "judicial collection" robot greetings, a mediator "judge", a regulator's 督办函, an arbitration clerk's
  e-mail, a police officer on an ASR-noisy call, a Hong Kong or Taiwan court signature;
- legal fictions in formal letters: 预立案, 限制人身自由, 犯罪档案, 网上追逃, a 拘留令 a lender "applies for";
- threats and contempt in WeChat chats, dialects and traditional characters.

Rendering and slots are `violations_others.py`'s. Run `python -m training.corpus.violations_deployed` for counts.
"""

from __future__ import annotations

import random

from training.corpus.violations import DIS, EXP, IMP, INS, LEG, ROLL, TP, VIO, Family, _f, _print_coverage
from training.corpus.violations_others import _OtherSlots
from training.corpus.violations_real import _generate

__all__ = ["FAMILIES", "generate"]

MODULE = "violations_deployed"

# ---------------------------------------------------------------- rollover offered as a service

_ROLLOVER = [
    _f("roll.partner_template", ROLL, "sms", "sms_template",
       "【{lender}】{name}，资金周转不开？{other_app}为本平台逾期客户开通绿色通道，借款到账后可直接冲抵欠款，回T退订。",
       "【{lender}】{name}，合作方{other_app}可替您先行结清本期账单，您之后按月还给合作方即可，名额有限。",
       "【{lender}】系统检测到您在{other_app}仍有可用额度，建议今日提取用于归还本平台逾期款。",
       "【{lender}】{name}您好，征信有逾期也能批！{other_app}专为还款用户设计，提额即可还清我司账单。"),
    _f("roll.ivr_menu", ROLL, "call", "robot_script",
       "坐席：这里是{lender}还款助手。若您暂时资金不足，可由{other_app}为您垫付本期欠款，同意垫付请按3。",
       "坐席：您的账单已逾期。我们为您准备了{other_app}的借款邀请，短信链接已发送，借款成功后系统自动还款。",
       "坐席：温馨提示，您可以申请我们合作方的周转借款来还清本期，申请请按1，重听请按9。"),
    _f("roll.card_cash", ROLL, "call", "spoken",
       "坐席：你那张招商的卡额度还剩多少 先预借现金出来 把这边清了\n客户：{reply}",
       "坐席：现在网上申请信用卡一周就下来了 你办一张 下来了先还我们\n客户：{reply}",
       "坐席：你对象手上有卡吧 先借她的卡刷一笔 你俩的事回头再算\n客户：{reply}",
       "坐席：你几张卡来回倒一倒嘛 东墙补西墙 先把我们这个补上\n客户：{reply}"),
    _f("roll.assets_partner", ROLL, "app", "app",
       "{name}，你那套房子已经还完贷了吧？拿去银行再押一次，我们这边的钱就出来了。",
       "我们有认识的二手车商，你那台车开过去当天就能拿钱，拿了钱先还我们。",
       "你单位给你交了公积金吧，去申请提取，提出来的钱正好还我们这笔。",
       "你手上那个手镯还有那条金链子，拿去典当行换点钱，先把这期结了。"),
    _f("roll.blood_slang", ROLL, "sms", "sms_template",
       "{name}，献一次血🩸还有营养费，凑一凑就够还一期了，别跟我哭穷。",
       "没钱？去 mai 点血，或者找同事 jie 几百，今天之内要见到钱。",
       "现在撸口子的地方多的是，你挨个去申请，总有一个能下款。",
       "一个腰子值多少你知道吧？真没钱就去打听打听，别耽误还款。"),
    _f("roll.family_money_dialect", ROLL, "call", "dialect",
       "坐席：你妈老汉儿存得有点钱噻 找他们拿点出来 先把账抹平\n客户：{reply}",
       "坐席：你同你老豆开口借住先啦 呢啲數對佢嚟講唔算乜\n客户：{reply}",
       "坐席：你那宅基地上不是盖了房嘛 找人出手了 钱不就有了 别磨蹭\n客户：{reply}",
       "坐席：你哥开厂的 几千块对他算啥 你去找他借 今天就还上\n客户：{reply}"),
    _f("roll.traditional", ROLL, "sms", "sms_template",
       "【{lender}】{name}，閣下可即時申請本公司合作夥伴之特快貸款，批出款項請優先償還本期欠款。",
       "{name}，你架車仲值幾萬蚊，賣咗佢還清欠款啦，唔好再拖。",
       "【{lender}】建議您向親友週轉或辦理信用卡分期，先將本期逾期帳款繳清。"),
]

# ---------------------------------------------------------------- disclosure in short notes

_DISCLOSURE = [
    _f("dis.short_note_relative", DIS, "sms", "sms_template",
       "【{lender}】您好，{name}是您的家人吧？他在本平台的账单已逾期{days}天，请他尽快登录处理。",
       "【{lender}】{name}的亲属您好：{name}尚欠本平台{amount}元，已超期未还，烦请提醒。",
       "【{lender}】您好，您的室友{name}在{lender}的借款一直没还，我们联系不上他，请代为转达。",
       "【{lender}】尊敬的用户，您登记的好友{name}（尾号{tail}）有一笔逾期欠款，请您告知其还款。",
       "【{lender}】{name}的父母您好，您孩子在我司的消费分期已逾期，金额{amount}元，请家长关注。",
       to="third_party"),
    _f("dis.group_notice", (DIS, EXP), "app", "app",
       "各位同乡晚上好，{lender}在此说明：群成员{name}借款逾期{days}天未还，请认识他的人转告一声。",
       "{village}的乡亲们：你们村的{name}在我司欠款{amount}元一直躲着不还，请大家帮忙劝劝。",
       "{name}家族群的各位：{name}在{lender}的借款已经逾期，家里人都劝劝他，早点还上。",
       to="third_party"),
    _f("dis.landlord_hr_call", DIS, "call", "spoken",
       "坐席：你好 你那儿租房的{name}是不是还住着 他在我们{lender}有笔钱好久没还了\n联系人：{tp_reply}",
       "坐席：您好 {employer}前台是吧 麻烦跟{name}说一下 他在{lender}的欠款逾期了 让他回电\n联系人：{tp_reply}",
       "坐席：我是{lender}的 你们宿舍的{name}欠我们钱 你见到他让他赶紧处理\n联系人：{tp_reply}",
       to="third_party"),
    _f("dis.cantonese_spouse", DIS, "call", "dialect",
       "坐席：喂 你係咪{name}屋企人 佢喺{lender}有筆貸款未還 逾期咗好多日 你叫佢聯絡我哋\n联系人：{tp_reply}",
       "坐席：{name}老婆係咪 佢欠我哋{amount}蚊 拖咗幾個月 你同佢講聲\n联系人：{tp_reply}",
       to="third_party"),
    _f("dis.friend_request", DIS, "app", "app",
       "你好，通过手机号加的你，我是{lender}的，{name}在我们这借了钱逾期了，你最近见过他吗？",
       "您好，冒昧打扰，您发小{name}在{lender}的欠款过期好久了，能不能帮忙递个话？",
       "您好，我们是{lender}，您朋友圈里的{name}欠我们一笔钱没还，麻烦您提醒他。",
       to="third_party"),
]

# ---------------------------------------------------------------- who speaks

_WHO = [
    _f("who.judicial_robot", IMP, "call", "robot_script",
       "坐席：您好，这里是{district}法院诉讼服务中心自动外呼。您的借款纠纷今日须向{lender}结清，按1确认。",
       "坐席：这是一通来自{city}司法送达中心的语音，您欠{lender}的款项已进入执行排期，请立即还款。",
       "坐席：{city}公安反诈平台提醒您，您名下网贷欠款已被标记，请于今日联系放款平台还款，按0转接民警。"),
    _f("who.mediator_judge", IMP, "call", "spoken",
       "坐席：我这边是{district}法院的 专门管你们这种网贷案子的 今天下班前你把钱转给平台\n客户：{reply}",
       "坐席：我是仲裁委的 你的仲裁案卷在我手上 我最后给你一次机会\n客户：{reply}",
       "坐席：我们是{district}派出所经侦中队的 你欠平台的钱现在归我们管了 今天必须还\n客户：{reply}"),
    _f("who.regulator_letter", IMP, "notice", "formal",
       "{city}金融纠纷协调办公室\n责令还款通知书\n{name}：你拖欠{lender}的款项已报我办备案，限你{deadline}前还清。",
       "{district}人民政府信访联席办\n告诫书\n{name}：你长期拖欠{lender}借款，影响金融秩序，现责令你七日内还款。",
       "{city}人民检察院\n检察建议书\n{name}：本院建议你立即归还所欠{lender}款项，否则将依法提起公诉。"),
    _f("who.arbitration_mail", IMP, "email", "letter",
       "主题：裁决结果告知\n{name}：\n本会已就你与{lender}的借款争议作出终局裁决，你须于今日向{lender}付清欠款。\n{city}仲裁委员会办案部",
       "主题：正式律师告知\n{name}：\n我是{lawfirm}的承办律师，你的案子由我全权负责，三天内不还将直接起诉。\n（发件：{lender}催收组）"),
    _f("who.court_signature_tw", IMP, "sms", "sms_template",
       "【{city}地方法院】{name}君，台端債務案已准予強制執行，請於三日內向{lender}清償，逾期查封財產。",
       "【{city}裁判法院】{name}先生，閣下須於今日內向{lender}還款，否則將發出拘捕令。"),
]

# ---------------------------------------------------------------- legal fictions in letters and templates

_LEGAL = [
    _f("legal.pre_filing_letter", LEG, "notice", "formal",
       "移送告知书\n{name}：你的欠款已超过“恶意拖欠”认定标准，材料编号{case_ref}，{deadline}后将移交属地公安立案侦查。\n{lender}",
       "强制措施预告\n{name}：我司已就你的欠款向法院申请拘留，裁定下达后由法警执行，结清后我司撤回申请。\n{lender}法务部",
       "重要告知\n{name}：你的行为已涉嫌合同诈骗，逾期不处理将被录入犯罪信息库，终身可查。\n{lender}"),
    _f("legal.template_criminal", LEG, "sms", "sms_template",
       "【{lender}】{name}，您的逾期资料已推送至公安经侦平台，{deadline}前未还款将转为刑事案件。",
       "【{lender}】{name}，恶意逃废债将被追究刑责，您的情况已达到立案标准，请今日还款。",
       "【{lender}】{name}，法院将于近日对您实施司法拘留，还清欠款可申请撤销。",
       "【{lender}】{name}，您已被列为在逃人员，乘车住宿都会被拦截，请立即结清。"),
    _f("legal.asr_jail", LEG, "call", "spoken",
       "坐席：你这个拖到现在性质就变了啊是诈骗了材料已经交上去了等着警察找你吧\n客户：{reply}",
       "坐席：去年有个跟你差不多的判了两年你要是想进去蹲几年你就接着拖\n客户：{reply}",
       "坐席：你不还你孩子以后当兵考军校都过不了政审这个你要想清楚\n客户：{reply}"),
]

# ---------------------------------------------------------------- threats and contempt in chats and dialects

_CHATS = [
    _f("chat.watched", VIO, "app", "app",
       "你家楼道的灯坏了好几天了吧，晚上上楼看着点脚下。",
       "你每天中午去{street}那家快餐店吃饭，我们的人也常去。",
       "你老婆那辆红色小车今天停在{community}门口，车牌我们记下了。",
       "你{child}在{school}哪个班我们打听清楚了，钱的事你上点心。"),
    _f("chat.dialect_violence", VIO, "call", "dialect",
       "坐席：你再装死嘛 哪天我们几个人到你门口蹲起 看你出不出来\n客户：{reply}",
       "坐席：你咁樣拖落去 我哋啲兄弟上你屋企坐下 到時唔好怪我哋\n客户：{reply}",
       "坐席：侬再勿还 阿拉弟兄明朝就到侬屋里厢来 侬当心点\n客户：{reply}"),
    _f("chat.contempt", INS, "app", "app",
       "借钱的时候一口一个哥，还钱的时候拉黑，你这人品真让人恶心。",
       "活了几十年连这点钱都还不上，你这种窝囊废也好意思出门？",
       "天天在朋友圈装阔，背地里欠一屁股债，真是脸都不要了。",
       "{name}，你这种没皮没脸的东西，谁沾上谁倒霉。"),
    _f("chat.contempt_dialect", INS, "call", "dialect",
       "坐席：你个衰仔 借錢嘅時候咁好聲氣 而家扮失蹤\n客户：{reply}",
       "坐席：你个龟儿子 借钱不还还敢挂老子电话\n客户：{reply}",
       "坐席：侬只十三点 钞票借了就装糊涂\n客户：{reply}"),
    _f("chat.contempt_traditional", INS, "sms", "sms_template",
       "【{lender}】{name}，你這種賴皮的廢柴，連自己父母都替你丟臉。",
       "{name}，借錢唔還嘅人渣，你有冇羞恥心？"),
    _f("chat.exposure_dialect", EXP, "call", "dialect",
       "坐席：你再拖 我就拿个大喇叭到你们村头喊 让全村都晓得你欠钱\n客户：{reply}",
       "坐席：侬勿还 阿拉就把侬欠条贴到侬单位门口 让大家看看\n客户：{reply}",
       "坐席：你唔還 我哋就將你張相放上網 俾全世界睇\n客户：{reply}"),
    _f("chat.tp_colleague_pressure", TP, "call", "spoken",
       "坐席：你们部门经理的号码我已经拿到了 明早上班第一件事就是给他打电话\n客户：{reply}",
       "坐席：你不接是吧 那我打给你岳父岳母 让他们评评理\n客户：{reply}",
       "坐席：你通讯录里排前十的那几个人 今天下午我们挨个联系\n客户：{reply}"),
]

FAMILIES: tuple[Family, ...] = (*_ROLLOVER, *_DISCLOSURE, *_WHO, *_LEGAL, *_CHATS)


def generate(rng: random.Random) -> list[dict]:
    """The samples of these families, deterministic for a given `rng` state."""
    return [record for record, _ in _generate(rng, FAMILIES, _OtherSlots, MODULE)]


if __name__ == "__main__":
    _print_coverage(_generate(random.Random(0), FAMILIES, _OtherSlots, MODULE))
