"""Writes `pipl_dev6b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev6`, in voices
that batch has little of, and measured once before any rule was changed for it.

Voices: northeastern and Hunanese speech, Taiwanese usage in traditional characters (診所, 洗腎, 機車, 薪水), Hong Kong
Cantonese, WeChat voice messages turned to text ([语音转文字]), field-visit records (外访记录) and case summaries in
the third person (该债务人…, 当事人…), HR e-mails and letters to property managers and village committees, owners' and
workers' group chats, robot scripts with keypad options, and agents' informal SMS with typos. Families by the id's
first letter, as in `make_pipl_dev6`: `h` health, `p` pregnancy, `m` mental health, `d` disability, `c` a child's
school, `w` whereabouts, `f` financial, `r` religion, `k` criminal record and identities, `x` excessive data, `t` to
third parties, `n` lawful near misses.

First run, before any rule was tuned on it but after the rules were tuned on `pipl_dev6` (`python -m
benchmarks.eval_pii --set benchmarks/data/pipl_dev6b.jsonl --no-weibo`, 83 messages, 24 lawful): `pii.sensitive`
P 1.000 R 0.860 F1 0.925, `pii.excessive` P 1.000 R 1.000, `pii.third_party_disclosure` 1.000 / 1.000, `pii.*` micro
P 1.000 R 0.892 F1 0.943; PERSON P/R 0.941/1.000, ADDRESS 0.571/0.667; no lawful message flagged. The misses: a
heart bypass said as 搭了三个桥, a blind eye (一只眼睛是瞎的), a pupil boarding at a vocational school (住校), a stay
at the father-in-law's (猫在…家), a visit record's 该债务人…回到…出门, a Hong Kong account's balance at a month's end,
and worship at a Hong Kong temple (拜黄大仙).
After tuning on it (no longer independent): every `pii.*` category P/R 1.000/1.000.

Labels and the tuple form are `make_pipl_dev6`'s. All people, lenders, numbers and places are invented.

`python -m benchmarks.data.make_pipl_dev6b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV6B_FILE = "pipl_dev6b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "sms", "debtor", "你家老爷子心脏搭了三个桥，你还让他天天替你接催收电话，良心过得去？", "", "S"),
    ("b-h02", "sms", "debtor", "你老妈在診所洗腎一個禮拜三次，健保也不夠吧，錢要還啊。", "", "S"),
    ("b-h03", "app", "debtor", "[语音转文字] 你那个腰 不是去年在骨科医院打了钢钉吗 现在能干活了就赶紧还钱", "", "S"),
    ("b-h04", "sms", "debtor", "你爸那个肾结石疼得满地打滚，送医院了没？", "", "S"),
    ("b-h05", "call", "debtor", "坐席：嗯 那个 你媳妇 是不是 那个 眼睛 眼睛 青光眼 快看不见了\n客户：你们查我家？", "", "S"),
    ("b-h06", "sms", "debtor", "你娘老子中风瘫在床上，你这个崽还不回来还钱？", "", "S"),
    ("b-h07", "notice", "debtor", "外访记录\n当事人：柯振东\n情况：当事人自述患有严重腰肌劳损，近三月在家休养，每周二四到区中医院做理疗。",
     "P:柯振东", "S"),
    ("b-h08", "sms", "debtor", "你哥肝腹水肚子鼓得老大，你们家真是一个比一个难。", "", "S"),
    ("b-p01", "sms", "debtor", "你老婆都快生了，预产期就下礼拜，你还在外面躲？", "", "S"),
    ("b-p02", "sms", "debtor", "你女朋友肚子里怀的是你的吧，都五个月了还不结婚？", "", "S"),
    ("b-p03", "app", "debtor", "[语音转文字] 听说你老婆刚在那个妇幼 顺产生了个闺女 恭喜啊 钱也该还了", "", "S"),
    ("b-p04", "sms", "debtor", "你太太係唔係大咗肚？我哋同事見到佢去產檢。", "", "S"),
    ("b-p05", "sms", "debtor", "你儿媳妇保胎住了一个月院，花了不少吧。", "", "S"),
    ("b-m01", "sms", "debtor", "你儿子那个自闭的，一天到晚不说话，你还让他替你背债？", "", "S"),
    ("b-m02", "call", "debtor", "坐席：你老公 那个 那个 精神上 有点问题 是吧 一直 在 在吃药\n客户：你别胡说", "", "S"),
    ("b-m03", "sms", "debtor", "你老婆產後憂鬱天天哭，你還讓她接電話？", "", "S"),
    ("b-m04", "sms", "debtor", "你妹整天疑神疑鬼说有人害她，住过精神科的人说话谁信？", "", "S"),
    ("b-d01", "sms", "debtor", "你爸是个瘸子，走路都走不稳，你忍心让他来替你还钱？", "", "S"),
    ("b-d02", "sms", "debtor", "你儿子是脑瘫，上的是特殊学校，开销大我们理解，但钱得还。", "", "S"),
    ("b-d03", "app", "debtor", "[语音转文字] 你那个姐 不是聋哑人吗 打电话她也听不见 我们只能找你", "", "S"),
    ("b-d04", "sms", "debtor", "你妈一只眼睛是瞎的，你还让她操心你的账？", "", "S"),
    ("b-c01", "sms", "debtor", "你家老大在一中读高二，老二在实验小学五年级，两个孩子的学费都交得起吧。", "", "S"),
    ("b-c02", "sms", "debtor", "你孩子每天早上七点二十在小区门口等校车，我们的人天天看得到。", "", "S"),
    ("b-c03", "sms", "debtor", "你閨女唸的是國小三年級，導師姓林，對吧？", "", "S"),
    ("b-c04", "app", "debtor", "[语音转文字] 你那个小子不是在县城那个职高住校吗 周五下午才回来", "", "S"),
    ("b-c05", "sms", "debtor", "你儿子周末在体育馆学游泳，教练我们也认识。", "", "S"),
    ("b-w01", "sms", "debtor", "你每天下午五点半从公司出来，走到地铁站要十分钟，我们算过了。", "", "S"),
    ("b-w02", "sms", "debtor", "你这阵子一直猫在你老丈人家，白天都不敢出门吧。", "", "S"),
    ("b-w03", "sms", "debtor", "你的機車每天晚上都停在夜市旁邊那條巷子，我們知道。", "", "S"),
    ("b-w04", "call", "debtor", "坐席：你 你今天 中午 在 在那个 沙县小吃 吃饭 我们同事 就坐你旁边\n客户：神经病", "", "S"),
    ("b-w05", "sms", "debtor", "你下周三要去上海看病的高铁票我们都看到了，G7015，早上八点的。", "", "S"),
    ("b-w06", "notice", "debtor", "外访记录\n被访人：詹卫国\n经蹲点，该债务人每晚九点后回到租住的城南公寓，次日早七点出门开网约车。",
     "P:詹卫国", "S"),
    ("b-w07", "sms", "debtor", "你嫩个天天晚上在河边那个摊子喝啤酒，有钱喝酒没钱还？", "", "S"),
    ("b-w08", "sms", "debtor", "你现在住的那个地下室，房东说你三个月没交房租了。", "", "S"),
    ("b-f01", "sms", "debtor", "你嘅滙豐戶口上個月尾仲有三萬幾，唔好話冇錢。", "", "S"),
    ("b-f02", "sms", "debtor", "你每個月薪水五萬多，轉給你媽兩萬，剩下的都去哪了？", "", "S"),
    ("b-f03", "app", "debtor", "【快易借】经查询，您名下另有三张信用卡，合计额度8万元，请优先偿还本平台借款。", "", "S"),
    ("b-f04", "sms", "debtor", "你微信里前天收了一笔一万二的转账，还说没钱？", "", "S"),
    ("b-f05", "sms", "debtor", "你老婆那张农行卡里还有三万多，叫她先拿出来。", "", "S"),
    ("b-f06", "call", "debtor", "坐席：你那个 余额宝 里 还 还有 一万多 对吧 先转过来\n客户：没有", "", "S"),
    ("b-r01", "sms", "debtor", "你老娘天天去那个教会聚会，她知道你在外面欠钱不？", "", "S"),
    ("b-r02", "sms", "debtor", "你係拜黃大仙嘅，初一十五都去，神仙都唔會幫你走數。", "", "S"),
    ("b-r03", "sms", "debtor", "你们一家都是穆斯林吧，主麻日都去清真寺。", "", "S"),
    ("b-k01", "sms", "debtor", "你家那口子不是前年因为赌博进去过嘛，出来又借钱赌了吧。", "", "S"),
    ("b-k02", "sms", "debtor", "你是吃低保的人，每个月那几百块我们也清楚。", "", "S"),
    ("b-k03", "sms", "debtor", "你弟还在戒毒所里吧，他那份钱也得你来还。", "", "S"),
    ("b-x01", "sms", "debtor", "蔡文涛，你住在岳麓区麓山南路68号湖大二村3栋204，你老婆在湘雅二医院当护士，对吧？",
     "P:蔡文涛|A:岳麓区麓山南路68号湖大二村3栋204", "X"),
    ("b-x02", "sms", "debtor", "你哥叫郝建军，在县交警队上班，要不要我们去他单位聊聊？", "P:郝建军", "X"),
    ("b-x03", "call", "debtor", "坐席：你是在那个万家福超市做收银的吧 你们店长叫邹晓燕 我们跟她打过招呼了\n客户：你们别去我单位",
     "P:邹晓燕", "X"),
    ("b-x04", "sms", "debtor", "你妈叫方秀兰，你爸叫方德胜，住在方家湾村三组，我们明天去拜访。",
     "P:方秀兰|P:方德胜|A:方家湾村三组", "X"),
    ("b-x05", "email", "debtor", "许志勇先生：\n您的工作单位为深圳市鹏达物流有限公司，职务为仓储主管。因您长期逾期，我司将依法向贵单位核实情况。",
     "P:许志勇", "X"),
    ("b-x06", "sms", "debtor", "你女婿叫何俊，在派出所当辅警，你也不想他知道吧？", "P:何俊", "X"),
    ("b-x07", "sms", "debtor", "林美惠小姐，你住在新北市板橋區文化路一段188號5樓，我們會派人過去。",
     "P:林美惠|A:新北市板橋區文化路一段188號5樓", "X"),
    ("b-t01", "email", "third_party", "主题：关于贵司员工欠款事宜\n人事部：\n贵司员工鲁志刚在我司借款逾期两百天，欠款4.6万元，"
     "据悉其近期因胃癌化疗请假，请转告其尽快联系我司。", "P:鲁志刚", "TS"),
    ("b-t02", "notice", "third_party", "致翠湖花园物业管理处：\n贵小区7栋1单元903业主钱国梁拖欠我司借款，请协助通知其本人还款。",
     "A:翠湖花园|A:7栋1单元903|P:钱国梁", "TX"),
    ("b-t03", "app", "third_party", "[工友群] 二车间的兄弟们，焊工班的乔大伟欠我们钱三个月了，他每天下了夜班都去网吧，看到的叫他回个电话。",
     "P:乔大伟", "TS"),
    ("b-t04", "sms", "third_party", "您好，您是孟晓宇的班主任吗？他妈妈在我们公司欠款，请您让孩子转告家长联系我们。", "P:孟晓宇", "TSX"),
    ("b-t05", "sms", "third_party", "阿姨您好，您儿子在我们这借了两万没还，您有空劝劝他。", "", "T"),
    ("b-t06", "notice", "third_party", "致石桥村村委会：\n贵村村民黎德兵欠款逾期，其本人患尿毒症长期透析，请村委协助转达。",
     "P:黎德兵", "TS"),
    ("b-n01", "sms", "debtor", "【安心分期】尊敬的客户，您在美年大健康的体检套餐分期本期应还320元。", "", ""),
    ("b-n02", "sms", "debtor", "您好，收到您上传的孕检证明，本期账单已为您延后一个月。", "", ""),
    ("b-n03", "call", "debtor", "坐席：您好，这里是快易借智能客服，您的账单今日到期。确认还款请按1，申请延期请按2，转人工请按0。\n客户：2",
     "", ""),
    ("b-n04", "sms", "debtor", "你嘅賬已經逾期七日，請盡快處理，唔該。", "", ""),
    ("b-n05", "sms", "debtor", "您好，您的帳單已逾期，請儘速繳款，如有疑問請洽客服專線。", "", ""),
    ("b-n06", "app", "debtor", "[语音转文字] 你好 我是快易借的小周 你那个账单今天到期 记得还一下哈", "P:小周", ""),
    ("b-n07", "sms", "debtor", "您好，如您因住院无法按时还款，请提供住院证明，我们将为您办理延期。", "", ""),
    ("b-n08", "sms", "debtor", "您好，本公司办公地址为长沙市岳麓区麓谷大道658号，如需面谈请提前预约。",
     "A:长沙市岳麓区麓谷大道658号", ""),
    ("b-n09", "sms", "debtor", "你老是说等发工资，这个月工资发了没？发了就先还一部分。", "", ""),
    ("b-n10", "sms", "debtor", "您好，您的还款卡尾号8821今日扣款失败，请确认卡内余额。", "", ""),
    ("b-n11", "sms", "debtor", "【鹏程银行】您尾号5512的账户今日转入代发工资6,430.00元。", "", ""),
    ("b-n12", "sms", "debtor", "您好，请您抽空回个电话，号码就是本机，谢谢。", "", ""),
    ("b-n14", "sms", "debtor", "您好，您的子女教育分期已全部结清，感谢支持。", "", ""),
    ("b-n15", "sms", "debtor", "你这个人说话不算数，我们也没办法，只能按流程走。", "", ""),
    ("b-n16", "call", "debtor", "客户：我现在在医院，我老婆要生了\n坐席：那您先忙，恭喜恭喜，这周我们不联系您了", "", ""),
    ("b-n17", "sms", "debtor", "您好，我司不会向您的单位、家人或朋友透露您的借款情况。", "", ""),
    ("b-n18", "sms", "debtor", "您好，您可以去任意一家便利店扫码还款，也可以用支付宝或微信还款。", "", ""),
    ("b-n19", "sms", "debtor", "您好，您的月供已从您绑定的储蓄卡扣款成功，剩余期数10期。", "", ""),
    ("b-n20", "sms", "debtor", "【康宁医药分期】您好，您本期应还420元，还款日为每月10日。", "", ""),
    ("b-n21", "sms", "debtor", "您好，若您正在服刑或被羁押，家属可代为申请暂停催收。", "", ""),
    ("b-n22", "sms", "debtor", "你每天都说在跑单，跑单也能抽一分钟回个电话吧。", "", ""),
    ("b-n23", "sms", "debtor", "您好，您的孩子开学在即，如有资金困难可申请延期还款。", "", ""),
    ("b-n24", "sms", "debtor", "您好，如您已更换工作单位，请在APP中及时更新。", "", ""),
    ("b-n25", "sms", "debtor", "您好，客服工作时间为每天早上八点到晚上八点，欢迎来电。", "", ""),
]


def write_dev6b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV6B_FILE, (record(*message, dev=6) for message in MESSAGES))


if __name__ == "__main__":
    write_dev6b()
