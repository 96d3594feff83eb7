"""Wording development batch o (issue 9, the families the first tuning round left): `python -m
benchmarks.data.make_wording_dev_o`.

Written for this file, text by text, by the helper session that tunes masked insults, pinyin legal threats, posed
court summonses and community notices, before any detector was run on it, in voices earlier batches have little
of: short robot dialer lines, WeChat voice notes transcribed by ASR, Hakka, Hokkien and Northeastern speech, a
collector's Moments posts, mixed pinyin and emoji, traditional characters. Six in ten violate one or more of the
eight judged categories (masked insults such as 傻*, pinyin for 诈骗/拘留/坐牢, SMS headed 传票 sent by a lender,
notices to neighbours ending 引以为戒); four in ten are hard compliant messages close to each (masked phone numbers
and names, footnote stars, a court's own summons, a compliance bulletin telling staff to take warning). All
people, numbers, companies, courts and places are invented.

First run (tree at commit b8e4841, before any change for this batch; `python -m benchmarks.eval --section wording
--wording-set benchmarks/data/wording_dev_o.jsonl`; 109 messages, 65 violating): rules alone micro P 0.879 R 0.744
F1 0.806, compliant flagged 1/44; classifier alone micro P 0.936 R 0.564 F1 0.704; fused micro P 0.883 R 0.872
F1 0.877, message-level R 0.923 P 0.984, compliant flagged 1/44 (a court's own summons read as a legal threat). Two Moments posts calling the debtor 老赖 were
relabelled an insult too after that run (contract section 5 names 老赖 a contemptuous label); with those labels the
same run reads rules micro P 0.909 R 0.750 F1 0.822, fused P 0.909 R 0.875 F1 0.892.
After the families of this session (commits e399632 to a4923e1, tuned on it, so no longer independent): rules alone
micro F1 0.924, fused micro P 0.929 R 0.988 F1 0.958, compliant flagged 0/44.

Output (deterministic): `wording_dev_o.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_o.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- legal
    ("legal", "call", "L", "坐席：您已严重逾期 系统已提交公安备案 请立即还款 确认请按1"),
    ("legal", "app", "L", "再不还钱就等着 zuo lao 吧😏"),
    ("legal", "app", "L", "你这属于zha骗，我们已经准备报jing了🚔"),
    ("legal", "app", "L", "jv留十五天的滋味你想尝尝？今天还了啥事没有"),
    ("legal", "app", "L", "你这个情况够判了，qi su 之后直接进去，别怪我没提醒你"),
    ("legal", "app", "L", "[语音转文字] 喂 我跟你讲哈 你这个呢 已经涉嫌那个 那个诈骗了 我们公司法务 明天就去报案 你等着警察上门吧"),
    ("legal", "sms", "L", "【鑫途分期】何*，閣下惡意拖欠已涉嫌詐騙，本司即日起移交公安機關追究刑事責任。"),
    ("legal", "call", "L", "坐席：你搁这跟我整啥呢 再不还 整进去蹲几天 你就老实了"),
    ("legal", "call", "L", "坐席：你这款人 拖这么久 到时警察来厝里掠你 你就知死"),
    ("legal", "call", "L", "坐席：你唔还钱 𠊎等就去告你诈骗 你会去坐监"),
    # --- impersonation, posed summonses among them
    ("impersonation", "sms", "PL", "【传票】何*，您欠鑫途分期借款一案已立案，请于今日16时前还清欠款，否则法院将依法强制拘传。"),
    ("impersonation", "sms", "PL", "法院传票：罗*，安盈贷诉你借款合同纠纷案定于明日开庭，今日还款可撤诉，逾期将缺席判决并冻结全部财产。"),
    ("impersonation", "app", "PL", "📄传票通知📄 何*恶意欠款一案已由枫林区法院受理 请速联系本人处理 否则下周上门执行"),
    ("impersonation", "call", "P", "坐席：这里是枫林区人民法院 您在安盈贷的借款已逾期 请今天还款 还款请按1"),
    ("impersonation", "call", "PL", "坐席：我是桐江派出所民警 你网贷的事有人报案了 今天把钱还给平台 就不用来所里做笔录"),
    ("impersonation", "sms", "P", "【桐江地方法院執行處】罗*，貴戶積欠安盈貸款項，請於今日匯款至該公司指定帳戶結清。"),
    ("impersonation", "app", "P", "我是网贷清查办的工作人员，你名下的鑫途分期欠款已列入清查名单，今天必须结清。"),
    ("impersonation", "call", "PL", "坐席：我们是市经侦支队的 你这个案子已经立了 先把安盈贷的钱还了 可以从轻处理"),
    # --- violence
    ("violence", "app", "V", "[语音转文字] 你那个 那个店 在桐江路那边是吧 我们几个兄弟 今晚 过去坐坐"),
    ("violence", "call", "V", "坐席：你再跟我嘚瑟 我找几个人削你 信不信"),
    ("violence", "app", "V", "你闺女每天四点半放学🏫 走的那条小路挺偏的哈🔪"),
    ("violence", "call", "V", "坐席：你屋下住在哪 𠊎等都知 过两日𠊎等上门寻你"),
    ("violence", "app", "V", "再唔還錢，小心你架車嘅玻璃，出入平安啊。"),
    ("violence", "app", "V", "da duan 你的腿 信不信 今天把钱打过来"),
    ("violence", "sms", "V", "何*，你老家在桐江镇河东村三组吧，明天我们的人就到你家门口，钱准备好。"),
    ("violence", "call", "V", "坐席：你别逼我啊\n坐席：我这人脾气不好 真找上门 你一家老小都别想安生"),
    # --- third party
    ("third-party", "app", "T", "你老丈人的电话📞我已经拿到了，今晚给他打个电话聊聊你"),
    ("third-party", "app", "T", "[语音转文字] 你再不回我 我就 我就挨个打你通讯录 从你爸开始 一个个打"),
    ("third-party", "call", "T", "坐席：你不还是吧 行 我这就给你们单位领导打电话 让他瞅瞅他手底下这啥人"),
    ("third-party", "call", "@DT", "坐席：您是何*的同事吧 他欠我们安盈贷两万多 您跟他一个办公室 帮忙催催他 不然我们明天还打您电话\n第三方：关我什么事"),
    ("third-party", "sms", "@DT", "【鑫途分期】罗*的亲属您好：罗*借款逾期不还，请您今天内督促其还款或代为偿还。"),
    ("third-party", "app", "T", "你阿媽個電話我有，今晚打去同佢傾下你欠錢嘅事。"),
    ("third-party", "call", "T", "坐席：你若无还 我就去揣你阿母 叫伊来替你还"),
    ("third-party", "app", "T", "你孩子班主任的微信我加了👩‍🏫，要不要我跟她说说你的事？"),
    # --- exposure, Moments posts and notices to neighbours among them
    ("exposure", "app", "@DEI", "【朋友圈】曝光老赖！罗*，身份证尾号0417，借安盈贷三万元逾期半年，电话不接信息不回，认识他的朋友转告他赶紧还钱！转发扩散🙏"),
    ("exposure", "app", "@DE", "各位邻居好：3栋1单元的何*在我司借款逾期一年未还，屡催不改，特此告知，请大家引以为戒。"),
    ("exposure", "notice", "@DE", "告全体村民书\n河东村村民罗*欠款拒不归还，失信于人，现予公示，望各位村民引以为戒。\n安盈贷贷后管理部"),
    ("exposure", "app", "E", "你的照片📸+欠款金额，今晚就发你们小区业主群，自己看着办"),
    ("exposure", "app", "E", "[语音转文字] 你要是还不还 我就 把你的 那个借条 发到你们公司群里 让大家都看看"),
    ("exposure", "sms", "E", "【鑫途分期】何*，閣下如今日仍未還款，本司將於閣下住所大廈大堂張貼欠款告示。"),
    ("exposure", "app", "E", "明天就把你的欠款信息 fa dou yin，让你火一把🔥"),
    ("exposure", "call", "E", "坐席：你不还 我就上你们屯子 挨家挨户说道说道你欠钱这事"),
    ("exposure", "app", "@DEI", "朋友圈：这位何*先生（照片见图），欠款不还还拉黑催收，望各位亲朋好友看到后转告。#老赖曝光#"),
    # --- rollover
    ("rollover", "call", "R", "坐席：您可以下载一个我们旗下的急借app 借出来先把这期还了 我把链接发您"),
    ("rollover", "app", "R", "[语音转文字] 你去 那个 借呗 花呗 随便哪个 套点出来 先把我们这个平了"),
    ("rollover", "call", "R", "坐席：你找你那些哥们儿凑凑 再不行去网上借点 先把我这整明白了"),
    ("rollover", "app", "R", "去撸 kou zi 啊💰，随便下几个app，半小时就下款，先还我的"),
    ("rollover", "app", "R", "你張信用卡仲有額度，碌卡套現先還咗我哋呢期啦。"),
    ("rollover", "sms", "R", "【鑫途分期】何*，您可申请我司合作平台“速易借”新额度，放款后优先用于结清鑫途欠款。"),
    # --- insult, masked words among them
    ("insult", "app", "I", "你个傻*，欠钱不还还有脸拉黑我"),
    ("insult", "call", "I", "坐席：他*的 你到底还不还 装什么死"),
    ("insult", "app", "I", "你这种**东西，活着就是浪费粮食"),
    ("insult", "app", "I", "狗*一样的人，借了钱就躲"),
    ("insult", "app", "I", "你就是个 sha bi 😡 听不懂人话吗"),
    ("insult", "call", "I", "坐席：你个瘪犊子玩意儿 欠钱还横上了"),
    ("insult", "call", "I", "坐席：你这个夭寿骨 欠钱不还 你老爸老母怎么生出你这款人"),
    ("insult", "call", "I", "坐席：你这只衰鬼 借钱唔还 冇面冇皮"),
    ("insult", "app", "I", "你真係廢柴一條，欠錢唔還仲扮死。"),
    ("insult", "app", "I", "[语音转文字] 你这个人 真的是 没脸没皮 跟个 跟个无赖一样"),
    ("insult", "app", "I", "老赖🐶，你妈没教过你欠债还钱？"),
    ("insult", "app", "I", "你个王八*子，再不还试试"),
    # --- disclosure
    ("disclosure", "call", "@D", "坐席：您好 您是罗*的妻子吧 他在我们这借的三万块 已经逾期四个月了 您知道吗"),
    ("disclosure", "sms", "@D", "【安盈贷】何*的紧急联系人您好，何*在我司借款12,000元已逾期90天，请知悉。"),
    # --- several
    ("several", "app", "IV", "你个狗*东西，再不还我上门打断你的腿"),
    ("several", "call", "LT", "坐席：你要是不还 我们就告诉你爸妈 说你要去坐牢了"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- stars that mask digits, names or mark footnotes
    ("near-insult", "sms", "", "【安盈贷】尊敬的何*先生，您尾号5678的账户本期应还1,320元，请于12月10日前还款。"),
    ("near-insult", "sms", "", "【鑫途分期】罗*，您绑定的手机号138****5678已变更成功，如非本人操作请联系客服。"),
    ("near-insult", "app", "", "还款说明*：*提前还款免收手续费，详见合同第5条。"),
    ("near-insult", "sms", "", "【安盈贷】苟*女士，您的分期申请已通过，首期还款日为1月8日。"),
    ("near-insult", "call", "@", "坐席：您好 请问是朱*的家属吗\n第三方：是的 我是他爱人\n坐席：好的 麻烦您转告他回个电话 谢谢"),
    ("near-insult", "app", "", "注*：本活动最终解释权归鑫途分期所有。"),
    ("near-insult", "call", "", "客户：你们就是一帮*人\n坐席：先生 理解您的情绪 我们今天只核对一下还款日期"),
    ("near-insult", "app", "", "内部培训：禁止使用“傻*”“他*的”等不文明用语，违者停岗。"),
    ("near-insult", "app", "", "您好，您反馈的“催收员骂人”问题已受理，我们将调取录音核实并在3个工作日内回复您。"),
    # --- warnings taken from a practice, and notices to neighbours without a debt
    ("near-exposure", "app", "", "【消保课堂】某催收公司在小区张贴欠款人信息被处罚，各位同行引以为戒，依法催收。"),
    ("near-exposure", "notice", "", "内部通报\n催收员王某在业主群发布客户欠款信息，已被解除劳动合同，全体员工引以为戒。\n安盈贷合规部"),
    ("near-exposure", "app", "", "各位邻居好：本周六上午9点小区停水检修，请提前储水。物业服务中心"),
    ("near-exposure", "app", "", "【朋友圈】年底冲业绩🎉 鑫途分期新客首借免息7天，有需要的朋友私信我～"),
    ("near-exposure", "app", "", "朋友圈：今天帮一位客户申请了分期减免，他说终于能睡个好觉了😊 #催收也有温度#"),
    ("near-exposure", "app", "", "辟谣：网传“安盈贷将在朋友圈曝光逾期用户”系谣言，我司从未也不会这样做。"),
    # --- pinyin and law spoken of lawfully
    ("near-legal", "app", "", "我们不会报jing，也不会说你zha pian，就是想和你商量个还款方案🙏"),
    ("near-legal", "app", "", "ni hao, 这边是鑫途分期, 您的账单逾期3天了, 方便的话今天还一下哈😊"),
    ("near-legal", "call", "", "坐席：您放心 逾期是民事纠纷 不会拘留 也不会坐牢 我们就是协商还款"),
    ("near-legal", "sms", "", "【安盈贷】何*，如协商不成，我司将依法向枫林区人民法院提起诉讼，诉讼费用依判决承担。"),
    ("near-legal", "sms", "", "【安盈貸】羅*，逾期款項屬民事債務，本司如需追討將循法律途徑向法院提出，不會向閣下親友透露任何資料。"),
    ("near-legal", "app", "", "普法小课堂📚：欠网贷不还一般不构成诈骗，除非借款时虚构身份或用途，放心协商就好"),
    ("near-legal", "call", "", "坐席：如果一直协商不了 我们公司可能会走诉讼 那是法院来判 您也可以请律师"),
    # --- a court's own summons and procedure
    ("near-impersonation", "sms", "", "【枫林区人民法院】罗*，安盈贷诉您借款合同纠纷一案，传票已通过在线服务平台送达，请于12月28日9时到庭。"),
    ("near-impersonation", "sms", "", "【桐江仲裁委员会】何*，鑫途分期申请仲裁一案，请按期参加仲裁，文书可在在线服务平台查阅。"),
    ("near-impersonation", "app", "", "反诈提醒：自称“法院传票”并要求向网贷平台还款的短信都是假的，法院传票会依法送达，不会让您向平台转账。"),
    ("near-impersonation", "notice", "", "传票\n（2026）桐0105民初3317号\n被传唤人：罗*\n案由：借款合同纠纷\n应到时间：2027年1月6日14时30分\n应到处所：第二法庭\n桐江市枫林区人民法院"),
    ("near-impersonation", "call", "", "坐席：您好 我是安盈贷委托的催收员 工号2214 我们不是法院 也不是律所 只是跟您核对账单"),
    ("near-impersonation", "app", "", "温馨提示：我司仅通过官方号码联系您，任何自称法院、公安要求转账的均为诈骗。"),
    # --- robot lines, voice notes and dialect, ordinary
    ("ordinary", "call", "", "坐席：您好 这里是安盈贷智能客服 您的账单已逾期两天 还款请按1 咨询请按2"),
    ("ordinary", "call", "", "坐席：尊敬的客户 您本期账单将于明日到期 请按时还款 再见"),
    ("ordinary", "call", "", "坐席：您好 检测到您有一笔逾期 如需申请延期请按3 转人工请按0"),
    ("ordinary", "app", "", "[语音转文字] 何先生 您好 我是鑫途分期的小刘 您那个 那个账单 这个月能还一部分吗 您回个电话就行"),
    ("ordinary", "call", "", "坐席：老铁 你这账拖了俩月了 咱也不难为你 这月能整点不 先还一部分也中"),
    ("ordinary", "call", "", "坐席：阿伯 你这期钱有较慢还 无要紧 下礼拜还也会使"),
    ("ordinary", "sms", "", "【鑫途分期】何*，閣下本期應還金額為港幣2,380元，請於12月15日前繳付，如已繳付請忽略。"),
    ("ordinary", "sms", "", "【鑫途分期】您已成功还款1,200元，剩余应还3,600元，感谢您的配合。"),
    # --- near the threats
    ("near-violence", "call", "", "坐席：你屋下有病人 𠊎等知得你难 先还一息仔也做得"),
    ("near-violence", "app", "", "天冷了❄️ 出门注意保暖，还款的事不急，咱们慢慢聊"),
    ("near-violence", "sms", "", "【安盈贷】何*，您预约的门店面谈已取消，如需协商请拨打客服热线。"),
    ("near-third-party", "app", "", "[语音转文字] 您放心哈 您家里人 我们 我们不会去联系的 您自己这边处理就行"),
    ("near-third-party", "app", "", "您的紧急联系人我们只在联系不上您时核实您的联系方式，不会透露任何欠款信息。"),
    ("near-rollover", "app", "", "千万别以贷养贷哦❌ 还款有困难可以申请分期，我们来帮您想办法💪"),
    ("near-rollover", "call", "", "客户：我去别的平台借点还你们\n坐席：别别 千万别借新的还旧的 我们给您申请分期"),
    ("near-rollover", "app", "", "您的额度已恢复，可在App内查看，请按需理性借款。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WQ", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
