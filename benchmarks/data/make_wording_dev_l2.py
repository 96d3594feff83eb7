"""Wording development batch l2 (issue 9, the rules' recall, second reading): `python -m
benchmarks.data.make_wording_dev_l2`.

Written for this file, text by text, by the helper session that tunes the wording rules' recall, halfway through
its work on batch l and before any detector was run on it, in other voices than batch l: Northeastern, Hunan,
Shaanxi, Tianjin and Minnan speech, WeChat voice messages transcribed by ASR, robot dialer scripts with keypad
menus, lenders' SMS templates with placeholders, quoted case texts and "forwarded" articles used as threats,
homophones and spaced-out words. Two thirds violate one or more of the eight judged categories (jail and arrest
in slang, veiled visits, borrowing to repay and cash-out, threats split over sentences or turns, contacts and
employers pressed, public shaming, posing as an authority, insults); one third are hard compliant messages close
to each. All people, numbers, companies, courts and places are invented.

First run (tree at commit a9aa985, after the families of batch l and before any change for this batch; `python
-m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_l2.jsonl`; 106 messages, 70
violating): rules alone micro P 0.851 R 0.513 F1 0.640, compliant flagged 2/36; classifier alone micro P 0.900
R 0.577 F1 0.703; fused (what `audit scan` runs) micro P 0.844 R 0.692 F1 0.761, message-level R 0.700 P 0.942,
compliant flagged 3/36 (violence R 0.38, legal R 0.67, rollover R 0.58). Five labels were set against the
contract after a last reading and before this run (a debt told to a wife or an employer is also a disclosure, a
fake court's 立案执行 also a false legal claim; two texts reworded to hold one category each).
After the families of this session (commits 11e922f to c907434, tuned on this batch, so no longer independent):
rules alone micro F1 0.941, fused micro F1 0.943 (P 0.926 R 0.962), compliant flagged 2/36.

Output (deterministic): `wording_dev_l2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_l2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims in slang, dialect and robot scripts
    ("legal", "call", "L", "坐席：我跟你说 你这样的 派出所一个电话就给你薅进去了 你还在这跟我犟"),
    ("legal", "call", "L", "坐席：你莫以为冇得事 拖到下个月 就要喊你去吃几年公家饭咯"),
    ("legal", "app", "L", "你这个情况已经够得上立案了，到时候警察叔叔请你去喝茶，可别怪我们没提前说。"),
    ("legal", "call", "L", "坐席：额跟你说 你再不还 就把你拉去关起来 关上个一年半载的"),
    ("legal", "call", "L", "坐席：您好 这里是鑫瑞分期贷后中心 检测到您存在恶意逃废债行为 系统已生成刑事移送材料 如需撤回请按1"),
    ("legal", "sms", "L", "【鑫瑞分期】#客户姓名#，您的逾期行为已触发刑事预警，{24}小时内未还款将由经侦部门介入调查。"),
    ("legal", "app", "L", "转给你看看：“近日，某地一名网贷逾期人员因长期拒不还款，被公安机关依法刑事拘留。”你也想上新闻？"),
    ("legal", "call", "L", "坐席：你晓得不 上个月我们这有个客户 就欠了一万二 现在人还在里面没出来"),
    ("legal", "sms", "L", "【汇丰达小贷】李*，经系统核查，您名下欠款已移交司法部门处理，近期请勿离开户籍所在地。"),
    ("legal", "call", "L", "坐席：你老家那边派出所已经有你的备案了 你回去一查身份证就会被扣下"),
    ("legal", "app", "L", "哥们，欠钱不还是要进笆篱子的，你自己寻思寻思。"),
    ("legal", "call", "L", "坐席：再拖 法院直接判你刑 你女儿以后读书都要受影响 这个不是吓你"),
    ("legal", "sms", "L", "【汇丰达小贷】李*，您已被纳入“恶意欠款人员”库，将同步至公安、高铁、航空系统，限制出行。"),
    ("legal", "call", "L", "坐席：钱不还的话 你这辈子就是有案底的人了 以后找工作政审统统过不了"),
    ("legal", "app", "L", "您这种属于骗贷，走司法程序就是牢狱之灾，现在还来得及。"),
    # --- violence: veiled visits, watching, split threats
    ("violence", "call", "V", "坐席：你家那个小区我昨天去转了一圈 环境挺好 就是晚上路灯有点暗"),
    ("violence", "app", "V", "你爸每天早上在公园打太极对吧，老人家身体硬朗是好事，别让他老人家替你操心。钱呢？"),
    ("violence", "call", "V", "坐席：明天我们过去给你拜个早年 你家那个门 你最好给我们开"),
    ("violence", "call", "V", "坐席：你不还也行\n坐席：我们兄弟几个闲着也是闲着 天天去你店里坐着 看你生意还做不做"),
    ("violence", "sms", "V", "李*，你儿子在实验二小三年级二班，对吧？今天之内给我回电话。"),
    ("violence", "app", "V", "我们已经到你们县城了，你自己出来，别等我们进去找你。"),
    ("violence", "call", "V", "坐席：你要是还跟我玩失踪 我就让兄弟们去你老婆单位门口接她下班"),
    ("violence", "app", "V", "这是你家楼下的照片，认得吧？下一张可能就是你家客厅了。"),
    ("violence", "call", "V", "坐席：恁瞅着办吧 俺们人多 到时候去了 可不是光说说的"),
    ("violence", "sms", "V", "【鑫瑞分期】李*，今日外访人员将全天候驻守您住所附近，直至款项结清，期间如有意外我司概不负责。"),
    ("violence", "call", "V", "坐席：你车牌号多少我都知道 晚上停哪我也知道 你说要是哪天车窗碎了"),
    ("violence", "app", "V", "你这腿脚还挺利索啊，天天跑。就怕哪天跑不动了。"),
    # --- rollover: borrowing new to repay, cash-out, selling things
    ("rollover", "call", "R", "坐席：你把支付宝里那个借呗额度提出来 先还我们 借呗那边下个月再说嘛"),
    ("rollover", "sms", "R", "【汇丰达小贷】李*，您可通过我司推荐的“易周转”平台办理临时借款，资金到账后请立即还款。"),
    ("rollover", "call", "R", "坐席：你有信用卡吧 去找个商户刷一下 刷出来的钱打我们账上 手续费我都不要你的"),
    ("rollover", "app", "R", "实在没钱，去办几张新卡，新卡下来额度一套，不就还上了？"),
    ("rollover", "call", "R", "坐席：你老家不是还有套老房子嘛 卖了或者拿去抵押 钱就来了"),
    ("rollover", "call", "R", "坐席：你去找那种日结的 先借个万把块 周转一下 这种都是当天放款的"),
    ("rollover", "app", "R", "以新还旧懂不懂？你这么大个人了，这点办法都想不出来？"),
    ("rollover", "sms", "R", "【鑫瑞分期】李*，您的逾期账单可申请“续贷还旧”服务，新贷到账后自动偿还原借款。"),
    ("rollover", "call", "R", "坐席：你那个金项链 金手镯 拿去金店回收 少说也能换个七八千"),
    ("rollover", "call", "R", "坐席：你跟你单位借嘛 找你们财务预支 再不行找你同事 一人凑一点"),
    ("rollover", "app", "R", "你名下那辆电动车二手也能卖个两三千，先卖了顶上。"),
    # --- third parties
    ("third-party", "call", "T", "坐席：你再不接 我下午就打你们公司座机 找你们人事聊聊你的情况"),
    ("third-party", "sms", "T", "【汇丰达小贷】李*，系统将于今晚20:00起向您通讯录中的全部联系人推送《协助还款告知书》。"),
    ("third-party", "call", "@DT", "坐席：您是李*的老婆吧 他这钱您得管啊 夫妻共同债务您知道吧 他不还就得您还\n第三方：我们已经分居了"),
    ("third-party", "app", "T", "你不回消息，我就加你表姐微信了，她朋友圈我都翻过了。"),
    ("third-party", "call", "T", "坐席：你们学校辅导员叫什么 我这边查得到 要不要我打过去问问你最近在干嘛"),
    ("third-party", "call", "@DT", "坐席：您是李*单位的吧 我们这边需要您单位出一个协助函 配合我们扣他工资 不然我们天天来电\n第三方：这个我做不了主"),
    ("third-party", "sms", "T", "【鑫瑞分期】李*，您再不处理，我司将联系您的担保人之外的亲属及同事，逐一说明您的逾期情况。"),
    ("third-party", "call", "T", "坐席：你那些老乡的微信我都加上了 要不要我一个个问问他们知不知道你在哪"),
    # --- exposure
    ("exposure", "app", "E", "我们有个“诚信曝光”公众号，粉丝十几万，要不要给你也安排一篇？"),
    ("exposure", "sms", "E", "【汇丰达小贷】李*，请于今日还款，否则您的头像、姓名将在本地生活号“欠款人员”专栏滚动播出。"),
    ("exposure", "call", "E", "坐席：你家小区门口那个公告栏 我们已经联系物业了 明天就贴"),
    ("exposure", "app", "E", "你老家镇上的赶集日是初五吧？到时候我们在集上摆个摊，专门讲讲你欠钱的事。"),
    ("exposure", "call", "E", "坐席：我这边准备把你的身份证照片 做成寻人启事 发到你们县的同城群里"),
    ("exposure", "app", "E", "你的快手号我们找到了，评论区留个言，让你那几千粉丝都知道你什么人。"),
    # --- impersonation
    ("impersonation", "sms", "PL", "【城东法院执行庭】李*，你的借款纠纷已立案执行，请于3日内将欠款转入指定账户。"),
    ("impersonation", "call", "P", "坐席：你好 我是咱们区人民法院的书记员 汇丰达那个案子 我这边帮你调解一下 你今天能还多少"),
    ("impersonation", "app", "P", "我是鑫瑞分期的法律顾问王律师，你的案子现在由我们律所负责。（发送人：鑫瑞分期催收部 工号0632）"),
    ("impersonation", "sms", "PL", "【江北区公安分局】李*，你因涉嫌恶意拖欠网络贷款被立案调查，请于24小时内联系汇丰达小贷结清。"),
    ("impersonation", "call", "P", "坐席：喂 我们是市金融办的 你在汇丰达的借款我们这边接到投诉了 你今天先把钱还上"),
    ("impersonation", "sms", "P", "【华夏仲裁院】鑫瑞分期申请对您的借款纠纷进行仲裁，请于今日联系平台还款以免裁决。"),
    # --- insults
    ("insult", "call", "I", "坐席：你个瘪犊子玩意儿 借钱时候咋不说没钱"),
    ("insult", "app", "I", "说你是老 赖都抬举你了，连老赖都比你讲究。"),
    ("insult", "call", "I", "坐席：你这种人 白瞎你爹妈给你起这么好个名字"),
    ("insult", "app", "I", "您这信用，狗都嫌弃。"),
    ("insult", "call", "I", "坐席：你个憨包 脑壳里装的都是浆糊"),
    # --- disclosure
    ("disclosure", "call", "@D", "坐席：您好 您是李*的表弟吧 他在我们汇丰达小贷有一笔一万五的借款 逾期三个多月了 您看到他提醒一下\n第三方：嗯知道了"),
    ("disclosure", "sms", "@D", "【鑫瑞分期】尊敬的李*的紧急联系人，李*在我司的分期欠款6,320元已逾期,请督促其尽快处理。"),
    ("disclosure", "app", "@D", "您好，我是鑫瑞分期的，您的室友李*在我们这借了钱一直没还，麻烦您跟他说一声。"),
    ("disclosure-pressed", "call", "@DT", "坐席：你是李*的同事吧 他欠我们两万 你跟你们领导说一下 让单位帮忙从工资里扣\n第三方：我不方便"),
    # --- several at once
    ("several", "call", "LV", "坐席：你再不还 我们先上门 再报警 让警察直接把你铐走"),
    ("several", "app", "IE", "你这个废物，你的照片我已经发到你们小区业主群了，大家都知道你是什么货色。"),
    ("several", "call", "TR", "坐席：你去找你爸妈借 他们不借 我就给他们打电话 让他们知道你在外面干的好事"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- near legal
    ("near-legal", "call", "", "客户：我是不是要被抓了\n坐席：不会的 您这个是民事的 只要您跟我们协商 不会有这些事"),
    ("near-legal", "sms", "", "【汇丰达小贷】李*，您的借款已逾期，我司保留依法起诉的权利，如有困难请联系400-628-3301协商。"),
    ("near-legal", "app", "", "法律科普：什么情况下逾期会涉及刑事责任？只有以非法占有为目的骗取贷款，或法院判决后有能力而拒不执行的，才可能涉及。"),
    ("near-legal", "notice", "", "限制消费令\n被执行人李*：\n因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依法对你采取限制消费措施。\n东湖区人民法院"),
    ("near-legal", "call", "", "坐席：您问进不进去 这个真的不会 我们也不会这么说 您放宽心 咱们就商量一下怎么还"),
    ("near-legal", "sms", "", "【鑫瑞分期】李*，逾期信息将如实报送金融信用信息基础数据库，请您按时还款以维护良好信用。"),
    ("near-legal", "app", "", "新闻：某地警方打掉一个暴力催收团伙，该团伙冒充公安机关以“要抓人”恐吓借款人。"),
    # --- near violence
    ("near-violence", "sms", "", "【鑫瑞分期】李*您好，您预约的上门服务定于12月8日下午3点，外访专员将携带工作证，届时请您留意来电。"),
    ("near-violence", "call", "", "坐席：您放心 您不同意我们是不会去您家的 您看电话里能不能先定个还款计划"),
    ("near-violence", "app", "", "天干物燥，小心火烛。鑫瑞分期祝您冬日平安。"),
    ("near-violence", "call", "", "客户：你们是不是要上门\n坐席：不会的 我们只做电话沟通 您别担心"),
    ("near-violence", "notice", "", "外访通知\n李*：\n经与您电话确认，我司外访人员将于12月11日上午前往您的工作地点附近咖啡厅与您面谈，如需改期请致电。\n汇丰达小贷"),
    # --- near rollover
    ("near-rollover", "call", "", "坐席：您千万别去借别的网贷来还 我们这边可以给您申请分十二期 每期压力小一点"),
    ("near-rollover", "sms", "", "【汇丰达小贷】“随心借”账单提醒：本期应还1,088元，还款日12月18日。"),
    ("near-rollover", "app", "", "温馨提示：警惕以“代还信用卡”“以贷养贷”为名的诈骗，任何人要求您借新还旧均不可信。"),
    ("near-rollover", "call", "", "客户：我想把车卖了还你们\n坐席：这是您的决定 我们不要求您卖车 如果需要时间我们可以给您延期"),
    ("near-rollover", "email", "", "主题：还款方案确认\n李*：\n您申请的停息挂账已获批，分36期偿还，首期金额520元，请勿为此向其他机构借款。\n鑫瑞分期"),
    # --- near third parties and disclosure
    ("near-third-party", "call", "@", "坐席：您好 请问是李*的表弟吗 我们找他有点事 方便的话请他回个电话 就说鑫瑞分期的找他 谢谢\n第三方：行"),
    ("near-third-party", "call", "", "坐席：您登记的紧急联系人我们不会联系 除非实在联系不上您本人 也只是请他转告您回电"),
    ("near-third-party", "sms", "", "【汇丰达小贷】李*，您作为本笔借款的共同借款人，本期应还2,150元，请按时还款。"),
    ("near-third-party", "call", "@", "坐席：喂 您好 请问李*在吗\n第三方：他换号了\n坐席：好的 谢谢您 打扰了 我们会更新记录"),
    ("near-third-party", "app", "", "您已成功将紧急联系人更换为“王*”，原联系人信息已删除。"),
    # --- near exposure
    ("near-exposure", "sms", "", "【鑫瑞分期】我司严禁任何催收人员在网络、社区或工作场所公开借款人信息，如遇此类行为请拨打投诉热线。"),
    ("near-exposure", "app", "", "法律科普：失信被执行人名单由人民法院依法公布，与平台催收无关，平台无权公布您的个人信息。"),
    ("near-exposure", "call", "", "坐席：您的信息我们是严格保密的 不会发到任何群里 也不会贴到任何地方"),
    ("near-exposure", "notice", "", "悬赏执行公告\n东湖区人民法院依申请执行人申请，对被执行人赵*的财产线索发布悬赏公告，举报属实者按执行到位金额给予奖励。\n东湖区人民法院"),
    # --- near impersonation
    ("near-impersonation", "sms", "", "【东湖区人民法院】李*，您有（2026）东民初4410号案件的诉讼文书已送达，请登录人民法院在线服务平台查看。"),
    ("near-impersonation", "call", "", "坐席：我是汇丰达小贷法务部的小张 我不是律师 也不是法院的 就是想跟您聊一下还款的事"),
    ("near-impersonation", "notice", "", "律师函\n李*：\n明诚律师事务所接受汇丰达小贷委托，指派本所律师就借款合同纠纷致函。请于收函之日起十日内与委托人协商还款。\n承办律师：陈*（执业证号1310120260091）\n明诚律师事务所"),
    ("near-impersonation", "app", "", "反诈提醒：公检法机关不会通过短信、电话要求您向任何账户转账还款，如遇自称民警催收，请拨打110核实。"),
    # --- near insults and ordinary messages
    ("near-insult", "call", "", "客户：你们这些人就是吸血鬼\n坐席：先生 我理解您现在压力大 我们今天就是提醒一下 看看有什么能帮您的"),
    ("near-insult", "app", "", "关于坐席用语的规定：不得称呼客户为“老赖”“骗子”，不得使用任何侮辱性语言。"),
    ("near-insult", "call", "", "客户：我真是废物 连这点钱都还不上\n坐席：您别这么说 困难是暂时的 我们一起想办法"),
    ("ordinary", "call", "", "坐席：您好 这里是鑫瑞分期智能客服 您本期账单已逾期两天 如已还款请忽略 还款请按1 协商请按2"),
    ("ordinary", "sms", "", "【汇丰达小贷】李*，您的借款已逾期7天，请尽快还款，如有困难可回复“协商”申请延期。"),
    ("ordinary", "call", "", "客户：我下岗了 这个月真没钱\n坐席：理解 我先帮您登记一下 给您申请两个月的延期 您看可以吗"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WM", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
