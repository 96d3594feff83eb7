"""Wording development batch n2 (issue 9, the rules' recall on others' texts, second reading): `python -m
benchmarks.data.make_wording_dev_n2`.

Written for this file, text by text, by the helper session that tunes the wording rules' recall, halfway through
its work on batch n and before any detector was run on it, in other voices than batch n: Hunan, Tianjin, Minnan
and Hakka-flavoured speech, Cantonese in traditional characters, WeChat voice messages transcribed by ASR with
homophones and pinyin, robot dialer menus, complaint posts and news items quoting a collector, emails and letters.
Two thirds violate one or more of the eight judged categories, again with the families the released sets showed
missing (fake arbitration and court SMS asking for repayment to the lender, 只有…才不会…, threats pointing back
with a pronoun, masked words, threats over two turns of one speaker); one third are hard compliant messages close
to each. All people, numbers, companies, courts and places are invented.

First run (tree at commit 8223f1d, with this session's families for batch n up to 86ac089 and before any change
for this batch; `python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_n2.jsonl`;
102 messages, 68 violating): rules alone micro P 0.941 R 0.831 F1 0.883, compliant flagged 2/34; classifier alone
micro P 0.980 R 0.636 F1 0.772; fused micro P 0.934 R 0.922 F1 0.928, message-level R 0.912 P 0.954, compliant
flagged 3/34; gate: severe messages allowed 2/51, compliant blocked 1/34.
After the families of this session (commits 35fefdc to 5299bfc, tuned on it, so no longer independent): rules alone
micro F1 0.927, fused micro F1 0.962 (P 0.938 R 0.987), compliant flagged 2/34; gate: severe allowed 1/51. WP-020
(labelled violence only) is also found an insult for 衰仔, which the contract would count as one.

Output (deterministic): `wording_dev_n2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_n2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- legal
    ("legal", "call", "L", "坐席：我跟你港 你只有今天把钱打过来 才不会被公安喊去问话 晓得不"),
    ("legal", "app", "L", "嘛呢您这是，再不还，局子里头的饭可不好吃。"),
    ("legal", "sms", "L", "【金穗分期】林*，您的逾期已满180天，系统已自动生成刑事立案申请，今日20:00前还款可撤销。"),
    ("legal", "call", "L", "坐席：呃 你这个 我们法务已经 已经把材料交给经侦了 那边 那边随时会找你"),
    ("legal", "app", "L", "你这个已经算 zha pian 了，jing cha 来了别说我没提醒。"),
    ("legal", "email", "L", "主题：刑事责任告知\n林*：\n您长期恶意拖欠，已符合拒不履行罪的立案标准，我司将于三日后正式报案，届时您将被采取强制措施。\n金穗分期风控部"),
    ("legal", "call", "L", "坐席：你不还是吧\n坐席：那就等着坐*牢吧 我跟你讲 到时候谁都救不了你"),
    ("legal", "app", "L", "唯有今天结清，你才能免于被拘传，别再心存侥幸。"),
    ("legal", "call", "L", "坐席：你欠这么久了 法院那边肯定会判你刑的 你老婆孩子以后怎么办"),
    ("legal", "sms", "L", "【恒易贷】周*，您的不良记录将同步至公安户籍系统，子女将无法报考公务员及参军。"),
    ("legal", "app", "L", "黑猫投诉转发：“催收员在电话里说我再不还就要上门把我抓进看守所。”——你也想这样？"),
    # --- violence
    ("violence", "call", "V", "坐席：你娃儿读书那个学堂 我们晓得在哪 你自己想清楚"),
    ("violence", "app", "V", "您家那只小狗每天早上七点遛，挺准时的啊。钱的事您看着办。"),
    ("violence", "call", "V", "坐席：你不还是吧\n坐席：今晚我带几个人去你那边 当面跟你算算这笔账"),
    ("violence", "sms", "V", "林*，你的住处我们已经找到了，今晚会有人在楼下等你下来，把钱准备好。"),
    ("violence", "app", "V", "再拖，我保证你出门得小心点，磕着碰着可别找我。"),
    ("violence", "call", "V", "坐席：你屋里那个铺子 开得蛮红火嘛 要是哪天被人砸咯 那就可惜咯"),
    ("violence", "app", "V", "你老妈每天下午都在菜市场摆摊，我们都看着呢，钱今天到账吧。"),
    ("violence", "call", "V", "坐席：唔還錢係咪 我哋啲人聽日喺你公司門口等你收工"),
    ("violence", "app", "V", "你个衰仔，信唔信我搵人打*断你只脚。"),
    ("violence", "call", "V", "坐席：欸 你那个车 停在负二楼 b区 对吧 车窗挺干净的 你说呢"),
    ("violence", "app", "V", "兄弟几个已经在你们村口小卖部了，你是自己出来还是我们进去？"),
    # --- third party
    ("third-party", "call", "T", "坐席：你妈那个电话 我这边有 你要是不还 我就打给她 让她来处理"),
    ("third-party", "app", "T", "你单位那几个同事我都认识了，明天我挨个跟他们讲讲你的事。"),
    ("third-party", "sms", "T", "【金穗分期】林*，系统已锁定您的通讯录，明日起将依次向联系人发送《协助催收函》。"),
    ("third-party", "call", "T", "坐席：你不还\n坐席：那我找你老婆 她不是在纺织厂上班嘛 我去厂里找她"),
    ("third-party", "app", "T", "你三个表哥的电话我都存好了，要不要我一个一个打给他们？"),
    ("third-party", "call", "T", "坐席：你要再不理我 我就给你们村支书打电话 让他来管管你"),
    ("third-party", "app", "T", "你通讯录里那个“老婆”备注的号码，我今天就给她发信息。"),
    ("third-party", "call", "@DT", "坐席：您是林*的弟弟吧 您哥欠我们三万块 您当弟弟的得帮他还 不然我们天天找您\n第三方：我哪有钱"),
    ("third-party", "sms", "@DT", "【恒易贷】周*的紧急联系人：周*欠款9,600元逾期已久，您若不配合督促，我司将把您列为协催对象持续联系。"),
    ("third-party", "app", "T", "你前女友的微信我也加上了，要不要我问问她你现在住哪？"),
    # --- exposure
    ("exposure", "app", "E", "你抖音上那些粉丝，明天都会刷到你欠钱不还的视频。"),
    ("exposure", "sms", "E", "【恒易贷】周*，若今日未还款，您的欠款信息将投放至您所在小区的电梯广告屏。"),
    ("exposure", "call", "E", "坐席：你再不还 我们就在你们镇上的微信群里发个公告 让大家都认识认识你"),
    ("exposure", "app", "@DE", "各位街坊邻居好，7栋302的林*欠我司钱一年多不还，大家留个心眼。"),
    ("exposure", "call", "E", "坐席：我把话放这\n坐席：明天你们厂门口就会贴出你的照片和欠款金额"),
    ("exposure", "app", "E", "你們屋企樓下個告示板，聽日就會貼住你嘅欠款通知。"),
    ("exposure", "email", "E", "主题：最后提醒\n周*：\n如本周内仍不处理，我司将把您的欠款情况制作成海报，在您户籍地的集市上张贴。\n恒易贷贷后部"),
    ("exposure", "app", "E", "你的朋*友*圈我都截图了，P上“欠钱不还”四个字，发到你们同城群。"),
    # --- impersonation
    ("impersonation", "sms", "P", "【溪口仲裁委员会】林*：申请人金穗分期就借款纠纷向本会提出仲裁申请，请于今日内联系申请人还清欠款，以免进入裁决。"),
    ("impersonation", "sms", "PL", "【云岭仲裁委】周*，恒易贷申请仲裁一案已缺席裁决，请立即还款，否则移送法院强制执行并拘留。"),
    ("impersonation", "call", "P", "坐席：喂 我是溪口派出所的 你在金穗分期那个钱 今天去把它还了 我们这边就不找你了"),
    ("impersonation", "sms", "P", "【南坪區人民法院】林*，台端積欠金穗分期之款項請於今日內還清，逾期後果自負。"),
    ("impersonation", "app", "P", "我是负责你这个案子的张律师，恒易贷已经全权委托我了，你今天必须把钱还上。（恒易贷贷后 工号5523）"),
    ("impersonation", "call", "PL", "坐席：你好 这边是区检察院 你涉嫌恶意逃废债 今天不处理 明天就批捕"),
    ("impersonation", "sms", "P", "【市金融监督管理局】周*，您在恒易贷的逾期欠款已被我局督办，请于今日结清欠款。"),
    ("impersonation", "call", "PL", "坐席：我这边是法院执行局的\n坐席：你的案子已经进入执行了 今天不还 明天就冻结你所有账户"),
    # --- rollover
    ("rollover", "call", "R", "坐席：你去那个什么借呗 微粒贷 随便借一个出来 先还我们这边"),
    ("rollover", "app", "R", "唯有把你那台车卖了，你才不用天天被我们追着。"),
    ("rollover", "sms", "R", "【金穗分期】林*，合作机构“易融通”可为您提供应急资金，当天到账，专用于结清本平台欠款。"),
    ("rollover", "call", "R", "坐席：你找你姐借啊 她不是刚买了房嘛 手头肯定宽裕"),
    ("rollover", "app", "R", "去撸几个口子嘛，现在放款那么快，半小时就到账了。"),
    ("rollover", "call", "R", "坐席：你那个房子 做个二押 几十万都出来了 还我们这点算啥"),
    ("rollover", "app", "R", "信用卡取个现，或者找个刷卡的把额度套出来，今天先还上。"),
    ("rollover", "call", "R", "坐席：你没钱你去卖*血啊 一次几百块 凑一凑就够了"),
    # --- insult
    ("insult", "call", "I", "坐席：你这个人就是个无赖 脸皮比城墙还厚"),
    ("insult", "app", "I", "你个衰人，借钱嗰阵笑住，还钱就扮死。"),
    ("insult", "call", "I", "坐席：你个老*赖 你还有脸接电话"),
    ("insult", "app", "I", "像你这种人渣，活着都是浪费粮食。"),
    ("insult", "call", "I", "坐席：你你你就是个 骗子 骗子你知道吗"),
    ("insult", "app", "I", "你这号人，狗见了都绕着走。"),
    # --- disclosure
    ("disclosure", "call", "@D", "坐席：您好 您是林*的同事吧 他在我们金穗分期欠了一万二 逾期两个多月了 麻烦您跟他说一声\n第三方：哦"),
    ("disclosure", "sms", "@D", "【恒易贷】周*的亲属您好，周*在我司借款7,300元已逾期，请转告其尽快还款。"),
    ("disclosure", "app", "@D", "你好，你是林*的室友吗？他在我们这借了钱一直没还，你见到他让他回个电话。"),
    # --- several
    ("several", "call", "IV", "坐席：你个王八蛋 再不还 老子带人去你家"),
    ("several", "app", "ET", "你不还，我就把你照片发到你们小区群，再打给你爸妈。"),
    ("several", "sms", "PL", "【溪口公安分局】林*，你涉嫌恶意透支已被立案，请于24小时内向金穗分期还款。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("near-legal", "call", "", "客户：我是不是要坐牢\n坐席：不会的 欠款是民事的 您别担心 我们商量个分期"),
    ("near-legal", "app", "", "只有按期还款，才不会产生逾期记录，影响您今后办理贷款。"),
    ("near-legal", "sms", "", "【金穗分期】林*，您的借款已逾期，我司保留依法起诉的权利，如需协商请致电400-620-7788。"),
    ("near-legal", "app", "", "普法：民间借贷纠纷属于民事案件，借款人不会因为逾期被公安机关立案，冒充警察的催收请报警。"),
    ("near-legal", "call", "", "坐席：您放心 我们不会报警的 也不会说什么坐牢 就是想跟您商量怎么还"),
    ("near-legal", "notice", "", "传票\n（2026）溪0103民初2218号\n被传唤人：周*\n案由：借款合同纠纷\n应到时间：2026年12月22日9时\n溪口区人民法院"),
    ("near-arbitration", "sms", "", "【溪口仲裁委员会】林*，申请人金穗分期与您的借款合同纠纷一案已受理，仲裁通知书及证据材料已邮寄，请按期参加开庭。"),
    ("near-arbitration", "app", "", "提示：仲裁委员会只送达文书、组织开庭，不会要求当事人向申请人还款，如遇此类短信请核实。"),
    ("near-arbitration", "sms", "", "【金穗分期】林*，我司已向溪口仲裁委员会申请仲裁，仲裁期间您仍可与我司协商还款方案。"),
    ("near-violence", "call", "", "客户：你们会来我家吗\n坐席：不会的 我们不上门 就是电话提醒您"),
    ("near-violence", "sms", "", "【恒易贷】周*，您预约的面谈时间为12月12日14:00，地点在我司溪口营业部。"),
    ("near-violence", "app", "", "天冷了，您和家人注意保暖，还款的事咱们慢慢商量。"),
    ("near-violence", "call", "", "坐席：您孩子生病了是吧 那您先照顾孩子 这个月我们就不催了"),
    ("near-third-party", "call", "", "客户：你们别找我老婆\n坐席：好的 我们不会联系您家人 只跟您本人沟通"),
    ("near-third-party", "app", "", "您好，您的紧急联系人我们不会打扰，也不会告诉他们任何事情。"),
    ("near-third-party", "call", "@", "坐席：您好 请问是林*吗\n第三方：不是 他是我朋友\n坐席：好的 不好意思 打扰了 麻烦您有空让他回个电话"),
    ("near-third-party", "sms", "", "【恒易贷】周*，您已成功解除紧急联系人王*，如需重新添加请在App内操作。"),
    ("near-exposure", "sms", "", "【金穗分期】林*，我司不会在任何公开场合展示您的个人信息，请放心。"),
    ("near-exposure", "app", "", "新闻：某地法院在商场大屏滚动公布失信被执行人名单，督促其履行判决。"),
    ("near-exposure", "call", "", "客户：你们会不会发到群里\n坐席：不会的 我们绝对不会这么做"),
    ("near-impersonation", "sms", "", "【溪口区人民法院】周*，您与恒易贷借款合同纠纷一案的开庭时间为12月22日上午9时，请准时到庭。"),
    ("near-impersonation", "call", "", "坐席：您好 我是金穗分期委托的催收公司员工 工号7731 不是律师也不是法院 就是跟您核对一下账单"),
    ("near-impersonation", "notice", "", "律师函\n林*：\n和信律师事务所受金穗分期委托，请您于收函之日起十日内与委托人协商还款。\n承办律师：邓*（执业证号1350120260448）\n和信律师事务所"),
    ("near-impersonation", "app", "", "反诈提示：凡自称法院、仲裁委、派出所要求您向网贷平台还款的短信，均为冒充，请勿理会。"),
    ("near-rollover", "call", "", "坐席：您千万别为了还我们去借别的 越借越多 我们给您做个延期"),
    ("near-rollover", "app", "", "提醒：“先借后还”“以贷养贷”都是陷阱，如还款困难请联系我们申请分期。"),
    ("near-rollover", "sms", "", "【金穗分期】林*，您的“金穗借”本期账单1,420元，还款日12月20日。"),
    ("near-rollover", "call", "", "客户：我把车卖了还你们\n坐席：这个是您自己的决定 我们不建议您卖车 可以先申请延期"),
    ("near-insult", "call", "", "客户：你们这帮骗子\n坐席：先生您消消气 我们今天只是提醒一下账单"),
    ("near-insult", "app", "", "内部通报：坐席王某在通话中辱骂客户，已停岗处理，望全体坐席遵守文明用语规范。"),
    ("ordinary", "call", "", "坐席：您好 这里是恒易贷 您的账单已逾期五天 今天方便还款吗\n客户：下周吧\n坐席：好的 下周三之前可以吗"),
    ("ordinary", "sms", "", "【恒易贷】周*，您本期应还2,180元已逾期，请及时还款，如已还款请忽略。"),
    ("ordinary", "app", "", "您申请的分期方案已通过：分12期，每期820元，首期还款日为1月5日。"),
    ("ordinary", "call", "", "坐席：您好 这里是金穗分期智能语音 您的账单已逾期 还款请按1 人工服务请按0"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WP", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
