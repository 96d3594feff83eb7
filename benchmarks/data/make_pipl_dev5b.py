"""Writes `pipl_dev5b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev5`, in voices
that batch has little of, and measured once before any rule was changed for it.

Voices: Cantonese in traditional characters (老豆, 洗緊腎, 喺, 佢), Sichuanese (老汉儿, 屋头, 娃儿, 晓得), Taiwanese
traditional usage (長庚, 化療, 配偶), robot-call scripts with keypad options, WeChat chats turned to text ([语音转文字]),
field-visit reports (外访报告), case-style summaries (经我司调查核实，被催收人…), placeholders a template system left
filled in, and calls to relatives and neighbours. Families by the id's first letter, as in `make_pipl_dev5`: `h`
health, `p` pregnancy, `m` mental health, `d` disability, `c` a child's school, `w` whereabouts, `f` financial, `r`
religion, `k` criminal record and identities, `x` excessive data, `t` to third parties, `n` lawful near misses.

First run, before any rule was tuned on it but after the rules were tuned on `pipl_dev5` (`python -m
benchmarks.eval_pii --set benchmarks/data/pipl_dev5b.jsonl --no-weibo`, 83 messages, 25 lawful): `pii.sensitive`
P 0.903 R 0.622 F1 0.737, `pii.excessive` P 1.000 R 0.800 F1 0.889, `pii.third_party_disclosure` 1.000 / 1.000,
`pii.*` micro P 0.933 R 0.689 F1 0.792; PERSON P/R 1.000/0.870. Three lawful messages flagged (an insult, 脑子有问题;
an offer to repay from the housing fund or the pay card; the bank's own payroll alert). Tuning on `pipl_dev5` (its
sensitive R 0.644 -> 0.994) had not carried over to other voices: Cantonese and traditional text (大緊肚, 洗緊腎,
強積金), Sichuanese (精神不得行), reports in the third person (被催收人之…, 债务人…白天在…), folk words (痨病, 吃奶).

Labels and the tuple form are `make_pipl_dev5`'s. All people, lenders, numbers and places are invented.

`python -m benchmarks.data.make_pipl_dev5b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV5B_FILE = "pipl_dev5b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters); ids open with b- (pipl5-b-…)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # --- Cantonese, traditional characters --------------------------------------------------------------------
    ("b-h01", "sms", "debtor", "你老豆喺伊利沙伯醫院洗緊腎，你仲有心機周圍玩？", "", "S"),
    ("b-p01", "call", "debtor", "坐席：喂 係咪梁嘉欣小姐\n客户：係\n坐席：梁小姐 你而家大緊肚 我哋都明白 但係筆數真係要處理", "P:梁嘉欣", "S"),
    ("b-w01", "sms", "debtor", "你琴晚喺旺角嗰間麻雀館打到兩點先走，我哋啲同事睇住你。", "", "S"),
    ("b-f01", "sms", "debtor", "你強積金戶口仲有十幾萬，唔好話冇錢還。", "", "S"),
    ("b-c01", "sms", "debtor", "你個仔喺沙田嗰間小學讀緊四年班，我哋知㗎。", "", "S"),
    ("b-x01", "sms", "debtor", "陳志雄，你住喺觀塘道328號麗港城3座18樓B室，唔還錢我哋上門搵你。", "P:陳志雄|A:觀塘道328號麗港城3座18樓B室", "X"),
    # --- Sichuanese -------------------------------------------------------------------------------------------
    ("b-h02", "sms", "debtor", "你老汉儿在华西住了半个月的院，医药费都拿得出来，欠我们的就拿不出来？", "", "S"),
    ("b-c02", "call", "debtor", "坐席：你屋头那个娃儿 在 在哪个学校读书 我们都晓得 城南小学二年级嘛\n客户：你们莫乱来", "", "S"),
    ("b-w02", "sms", "debtor", "你天天下午在河边茶铺子头打牌，我们的人都看到好几回了。", "", "S"),
    ("b-m01", "sms", "debtor", "你婆娘那个精神不得行，一发起病来哪个都管不住。", "", "S"),
    ("b-x02", "sms", "debtor", "廖德明，你婆娘周秀英在镇上卖菜，我们明天去找她摆一哈。", "P:廖德明|P:周秀英", "X"),
    # --- Taiwanese traditional usage -----------------------------------------------------------------------
    ("b-h03", "email", "debtor", "主旨：逾期帳款通知\n林志明先生您好：\n據了解，您的配偶目前在長庚醫院接受化療，但本筆帳款仍須依約清償，請於七日內處理。",
     "P:林志明", "S"),
    ("b-f02", "email", "debtor", "主旨：還款通知\n黃先生您好：\n經查您於他行尚有定存約新臺幣八十萬元，請優先清償本筆欠款。", "", "S"),
    ("b-r01", "sms", "debtor", "您每週日都去教會做禮拜，應該知道誠信的重要。", "", "S"),
    # --- robot-call scripts with keypad options -----------------------------------------------------------
    ("b-h04", "call", "debtor", "坐席：您好，这里是安逸金融智能语音助手。系统显示您的家人近期在市人民医院心血管内科就诊，为避免影响家庭开支，请尽快还款。还款请按1，人工服务请按0。\n客户：0",
     "", "S"),
    ("b-w03", "call", "debtor", "坐席：您好，这里是迅达科技智能外呼。根据您的出行数据，您近期频繁往返于昆明与西双版纳之间，请在出行前处理欠款。确认请按1。\n客户：1",
     "", "S"),
    ("b-n01", "call", "debtor", "坐席：您好，这里是安逸金融智能语音助手。您本期账单将于3日后到期，应还金额1,860元。如已还款请忽略。查询请按1，人工服务请按0。\n客户：1",
     "", ""),
    ("b-n02", "call", "debtor", "坐席：您好，这里是迅达科技智能外呼。如您因疾病、失业等原因还款困难，可按2申请协商还款。\n客户：2", "", ""),
    # --- WeChat chats turned to text ----------------------------------------------------------------------
    ("b-p02", "app", "debtor", "[语音转文字] 你老婆不是刚在月子中心住满二十八天吗 那地方一天好几百", "", "S"),
    ("b-d01", "app", "debtor", "[语音转文字] 你那个弟弟 走路一拐一拐的 是小时候打针打坏的吧", "", "S"),
    ("b-k01", "app", "debtor", "[语音转文字] 你爸年轻时候蹲了五年大牢 出来以后在村里名声就不好", "", "S"),
    ("b-f03", "app", "debtor", "[语音转文字] 你那个微信 绑的是你老婆的卡吧 里面每个月都有一笔七千的进账", "", "S"),
    ("b-n03", "app", "debtor", "[语音转文字] 好的 您说下周三发工资就还 那我们下周三再跟您确认", "", ""),
    # --- field-visit reports ----------------------------------------------------------------------------------
    ("b-w04", "notice", "debtor", "外访报告（抄送债务人）\n债务人滕建华白天在城北农贸市场卖水产，晚上十点后回家，周日休息在家。外访员已当面告知其还款义务。",
     "P:滕建华", "S"),
    ("b-x03", "notice", "debtor", "外访报告（抄送债务人）\n债务人：管晓峰\n现住：兰州市城关区张掖路街道中山路112号2单元5楼\n工作：兰州某商贸公司仓库保管\n配偶：吕红，无业",
     "P:管晓峰|A:兰州市城关区张掖路街道中山路112号2单元5楼|P:吕红", "X"),
    ("b-h05", "notice", "debtor", "外访记录\n致：邓光辉\n外访员于11月28日上门，邻居称你母亲因脑溢血后遗症卧床，你本人外出务工。请尽快联系我司。",
     "P:邓光辉", "S"),
    # --- case-style summaries -----------------------------------------------------------------------------
    ("b-k02", "notice", "debtor", "催收告知书\n经我司调查核实，被催收人屈海龙曾于2019年因故意伤害罪被判处有期徒刑一年六个月，现已刑满。望其珍惜现有生活，尽快清偿欠款。",
     "P:屈海龙", "S"),
    ("b-d02", "notice", "debtor", "催收告知书\n经我司调查核实，被催收人之子患有先天性脑性瘫痪，家庭负担较重，但该情况不影响还款义务。", "", "S"),
    ("b-f04", "notice", "debtor", "催收告知书\n经我司调查核实，被催收人名下登记有农村自建房一处、小型轿车一辆，具备还款能力。", "", "S"),
    ("b-x04", "notice", "debtor", "催收告知书\n被催收人：段宏亮，男，1986年生，户籍地：宁夏中卫市沙坡头区迎水桥镇黑林村三组。\n请于十日内还款。",
     "P:段宏亮|A:宁夏中卫市沙坡头区迎水桥镇黑林村三组", "X"),
    # --- a template system's placeholders, filled in --------------------------------------------------------
    ("b-x05", "sms", "debtor", "【优卡分期】尊敬的冉丽萍：您在我司登记的工作单位为重庆渝北区空港佳园物业服务中心，如有变动请告知。",
     "P:冉丽萍", "X"),
    ("b-f05", "sms", "debtor", "【优卡分期】尊敬的客户：经大数据评估，您当前公积金月缴存额为2,860元，还款能力充足，请于今日还款。", "", "S"),
    ("b-n04", "sms", "debtor", "【优卡分期】尊敬的客户：您本期应还2,860元，请于12月15日前还款。", "", ""),
    ("b-n05", "sms", "debtor", "【优卡分期】尊敬的冉丽萍：您的还款已到账，感谢您的支持。", "P:冉丽萍", ""),
    # --- plain agent SMS in other words ---------------------------------------------------------------------
    ("b-h06", "sms", "debtor", "你老舅查出来是淋巴上的毛病，一周去两趟医院，我们都知道。", "", "S"),
    ("b-h07", "sms", "debtor", "你爹痨病咳了好几年了，你还要让他为你的债操心？", "", "S"),
    ("b-h08", "sms", "debtor", "你媳妇那个病得一直吃激素，脸都吃圆了吧。", "", "S"),
    ("b-p03", "sms", "debtor", "你闺女还在吃奶呢，你老婆也没上班，家里就指着你了吧。", "", "S"),
    ("b-p04", "sms", "debtor", "你老婆第二胎是在县医院剖的吧，住了一个礼拜。", "", "S"),
    ("b-m02", "sms", "debtor", "你前段时间不是在脑科医院住过吗，出来了就该上班还钱。", "", "S"),
    ("b-m03", "sms", "debtor", "你妹是不是有点抑郁倾向，天天关在屋里不出来。", "", "S"),
    ("b-d03", "sms", "debtor", "你爸是不是下肢瘫痪，出门都得拿板车拉？", "", "S"),
    ("b-c03", "sms", "debtor", "你外孙女在镇幼儿园大班，每天下午四点放学，我们清楚。", "", "S"),
    ("b-c04", "sms", "debtor", "你儿子今年考上了省重点，高一开学就要交一万多吧。", "", "S"),
    ("b-w05", "sms", "debtor", "你每个礼拜三晚上都去城南的夜校上课，九点半下课。", "", "S"),
    ("b-w06", "sms", "debtor", "你上个月二十号在浦东机场出的境，去了曼谷，回来没有？", "", "S"),
    ("b-w07", "sms", "debtor", "你最近晚上都睡在店里的阁楼，我们的人去看过了。", "", "S"),
    ("b-f06", "sms", "debtor", "你老公在证券公司开的户，里面的钱够还我们好几回。", "", "S"),
    ("b-f07", "sms", "debtor", "你上周刚收了十二万的拆迁款，别跟我们说没钱。", "", "S"),
    ("b-f08", "sms", "debtor", "你的个人养老金账户每年存一万二，这钱倒是有。", "", "S"),
    ("b-r02", "sms", "debtor", "你家是信天主的吧，你欠钱不还对得起神父？", "", "S"),
    ("b-r03", "sms", "debtor", "你老妈每年都去普陀山进香，一趟花好几千。", "", "S"),
    ("b-k03", "sms", "debtor", "你弟那个吸毒的事派出所有记录，我们也查到了。", "", "S"),
    ("b-k04", "sms", "debtor", "你是精准扶贫对象，每年的补贴我们都清楚。", "", "S"),
    ("b-x06", "sms", "debtor", "你姐夫叫彭海军吧，在汽车站开大巴那个。", "P:彭海军", "X"),
    ("b-x07", "sms", "debtor", "毛建英，你在县第二人民医院检验科上班，我们去找你们主任谈。", "P:毛建英", "X"),
    ("b-x08", "call", "debtor", "坐席：喂 那个 解东升 啊\n客户：嗯\n坐席：你 你那个 女朋友 是不是 叫 何小雨 在 在奶茶店 那个 打工\n客户：你们想干嘛",
     "P:解东升|P:何小雨", "X"),
    # --- to relatives, neighbours, employers ------------------------------------------------------------------
    ("b-t01", "call", "third_party", "坐席：喂 您好 是孟庆华的爱人吗\n第三方：是 怎么了\n坐席：您先生在我们这借的钱 拖了快半年了 您知道吗", "P:孟庆华", "T"),
    ("b-t02", "sms", "third_party", "您好，我们是安逸金融。您的租户沈大勇欠我司借款未还，望您提醒。", "P:沈大勇", "T"),
    ("b-t03", "sms", "third_party", "老乡你好，你们村的戴金水在我们这借的钱到期不还，麻烦跟他家里人说一声。", "P:戴金水", "T"),
    ("b-t04", "call", "third_party", "坐席：你好 是 幸福里 居委会吗\n第三方：是的\n坐席：你们这 7栋的 曹丽 她 欠了 网贷 一直不还 你们 能不能 上门 说一下",
     "P:曹丽", "T"),
    ("b-t05", "sms", "third_party", "您好，您的员工欧阳涛在我司的借款逾期，他说他在您公司当司机，请您转告。", "P:欧阳涛", "TX"),
    ("b-t06", "sms", "third_party", "阿姨，您儿子邱斌欠款的事您知道吗？他现在在深圳一个电子厂打工，您劝劝他。", "P:邱斌", "STX"),
    # --- lawful near misses ---------------------------------------------------------------------------------
    ("b-n06", "sms", "debtor", "【普惠通】您的医疗分期（市人民医院住院费）本期应还650元，请按时还款。", "", ""),
    ("b-n07", "sms", "debtor", "【宝贝计划】您为宝宝购买的早教课程分期本期应还399元。", "", ""),
    ("b-n08", "sms", "debtor", "您好，我司地址：成都市武侯区人民南路四段华西医院斜对面，营业时间9:00-17:30。", "", ""),
    ("b-n09", "call", "debtor", "客户：我媳妇刚生完孩子，还在月子里\n坐席：恭喜恭喜，那您先照顾家里，这个月我们帮您申请延后，下个月再还", "", ""),
    ("b-n10", "call", "debtor", "客户：我妈在华西住院，我这阵子都在医院\n坐席：明白，那您先照顾阿姨，我们下周再联系您，祝阿姨早日康复", "", ""),
    ("b-n11", "sms", "debtor", "您好，本公司不会收集您的行踪、健康、宗教等敏感信息，请放心。", "", ""),
    ("b-n12", "sms", "debtor", "你是不是脑子有问题？说好的今天还，又不接电话。", "", ""),
    ("b-n13", "sms", "debtor", "您好，您可使用公积金或工资卡余额还款，还款后请保留凭证。", "", ""),
    ("b-n14", "sms", "debtor", "您好，您的账户已恢复正常，您可在APP查看还款记录。", "", ""),
    ("b-n15", "sms", "debtor", "您好，如您的孩子在读大学且有助学贷款，可申请调整还款计划。", "", ""),
    ("b-n16", "sms", "debtor", "您好，外访人员已按约定于今天上午到访，感谢您的配合。", "", ""),
    ("b-n17", "sms", "debtor", "您好，我们不会联系您的单位和家人，请您按时还款。", "", ""),
    ("b-n18", "sms", "debtor", "您好，您提交的医院诊断证明已审核通过，已为您办理停息分期。", "", ""),
    ("b-n19", "sms", "debtor", "【福满银行】您尾号0932的工资卡今日代发工资入账8,200.00元。", "", ""),
    ("b-n20", "sms", "debtor", "您好，请问您现在方便接电话吗？我们晚上七点后再联系您。", "", ""),
    ("b-n21", "sms", "debtor", "温馨提示：还款时请认准官方账户，谨防冒充客服的诈骗电话。", "", ""),
    ("b-n22", "sms", "debtor", "你老是说在外地出差，出差也能用手机还款吧。", "", ""),
    ("b-n23", "sms", "debtor", "您好，您的车贷已于本月结清，抵押解除手续请到车管所办理。", "", ""),
    ("b-n24", "sms", "debtor", "您好，依据《个人信息保护法》，我们仅在催收必要范围内处理您的个人信息。", "", ""),
    ("b-n25", "call", "debtor", "客户：我信佛的，初一十五吃素，你们别那两天打来\n坐席：好的，我们记下了，以后避开初一十五联系您", "", ""),
]


def write_dev5b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV5B_FILE, (record(*message, dev=5) for message in MESSAGES))


if __name__ == "__main__":
    write_dev5b()
