"""Writes `pipl_heldout_d.jsonl`, the fourth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session separate from any tuning, knowing nothing of the
detectors. The writer did not open the recognizers, the PII analyser, the rule packs, the lexicons, their
tests, the training data or any other set; only the code and docstring of `make_pipl_heldout_c.py` were read,
for the output format and the labelling conventions, and no entry was taken from it. Sources: the data
contract (sections 1, 4a and 5), the regulation and peer notes in `/work/shared/reference/`, and how Chinese
lenders, collection agencies, robot callers and collectors write and speak. Every entry is its own text
(no skeleton multiplied by templating), in many registers: deployed SMS templates with placeholders filled,
robot call scripts, human calls with ASR noise and dialect (Cantonese, Sichuanese, northeastern), WeChat and
app chats, 催收函 and lawyer letters, e-mail, news reports, 警情通报, judgments and legal-advice articles.
About half the messages are compliant, most of them close to the line. All people, numbers, addresses and
companies are invented; ID numbers carry valid check digits (15-digit old IDs real dates), bank cards pass
Luhn, and the script checks that before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, PIPL categories of contract section 5 only; wording and conduct categories are not
labelled here; a text whose label was unclear was left out, not guessed):
- `pii.unmasked_identifier`: a full resident ID (18 or old 15 digits), bank card, mobile, passport, or a
  person's own landline (home, desk) in the sender's or agent's words, in any written or spoken form: digits
  read aloud (幺 洞 两 拐 勾 mixed with 零 and digits), full-width digits, groups split by spaces, dots or
  dashes. Not: masked forms (尾号1234, 139****7716, 3201**********0851), an institution's own service
  number, contract / order / case numbers of 15 or 18 digits, a customer reading out their own number.
- `pii.third_party_disclosure`: the recipient is not the debtor (a contact person, relative, colleague,
  employer, neighbour) and the text reveals the debt (amount, overdue status, lender or loan product) or
  the debtor's personal data. A contact-person message that only asks for a call-back, without naming the
  lender or the debt, is compliant. A guarantor (保证人) is liable for the debt and is addressed as a debtor
  (`recipient_type` debtor).
- `pii.sensitive`: health or medical facts of the debtor or relatives, pregnancy, whereabouts and daily
  routine (where someone is at a given time, a car's parking place), a child's school or class, religion,
  specific identities (disability, 低保), biometrics, financial account details beyond what the message
  needs (balances, other accounts, salary inflows). A hospital or illness named in a hardship arrangement
  the debtor asked for is what that message needs and is not sensitive; nor is the failed auto-debit of
  the card the debtor bound for repayment, named by its last digits.
- `pii.excessive`: a full name (surname and given name) together with an address, an employer, or family
  members' names or numbers that the message does not need. A full name alone, or a branch's address for a
  visit the debtor asked for, is not excessive.
A customer's own words in a call are never labelled; they still carry entities.
Entities (contract 4a; offsets computed from the strings written in each entry): every string of its type,
whoever it belongs to (a branch's address, a lender's USCC or landline, the agent's own name), exact span,
digits read aloud or full-width included. Masked forms are not entities. PERSON is a name a person is called
by: full names, given names, nicknames (小王, 老李), foreign names in characters; surname-plus-honorific forms
(王女士) are only written masked. ADDRESS reaches down to a road and number or a compound's building
(翠湖苑5栋 counts); districts, schools, hospitals or malls alone are not addresses. Licence plates and USCCs
are entities but not identifiers in the sense of `pii.unmasked_identifier`.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_d`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_d.jsonl"
ID_PREFIX = "PD"

# campaign_id -> entries. Calls are speaker-prefixed text, one turn per line, as contract section 1 allows.
SECTIONS: dict[str, list[PiplEntry]] = {
    "pd-id-sms": [
        ("sms", "debtor", "【恒信消费金融】尊敬的*先生，您在我司的借款已逾期3天，应还1,862.40元。为保障您的信用，"
         "请于12月7日24时前通过APP还款。退订回T", [], []),
        ("sms", "debtor", "【恒信消费金融】尊敬的葛*平女士，您预留的手机号１７７５８３２０９４６将不再接收还款提醒，"
         "如需变更请登录APP修改。", [("CN_MOBILE", "１７７５８３２０９４６")], [UNMASKED]),
        ("sms", "debtor", "【恒信消费金融】您好，您的借款合同（编号202405180003671245）已逾期12天，"
         "请尽快还款，详询官方客服95118。", [], []),
        ("sms", "debtor", "【恒信消费金融】系统将于今日18:00从您的储蓄卡 6259 0706 1865 4477 自动划扣本期应还款项"
         "2,306.00元，请确保余额充足。", [("CN_BANK_CARD", "6259 0706 1865 4477")], [UNMASKED]),
        ("sms", "debtor", "【恒信消费金融】您尾号4477的还款卡今日扣款失败，本期应还2,306.00元，请于明日前补足余额或主动还款。",
         [], []),
        ("sms", "debtor", "【北辰银行信用卡】尊敬的客户：您身份证号码3201**********0851名下的信用卡已逾期，"
         "请及时还款，以免影响个人征信。", [], []),
        ("sms", "debtor", "【北辰银行信用卡】邵明辉先生，经核实您身份证320106199901120851名下尾号2219信用卡逾期47天，"
         "请于本周内联系我行。", [("PERSON", "邵明辉"), ("CN_ID_CARD", "320106199901120851")], [UNMASKED]),
        ("sms", "debtor", "【北辰银行信用卡】您的个性化分期申请已受理，受理编号 230918004417265，请保持手机畅通，"
         "我行将在3个工作日内回复。", [], []),
        ("sms", "debtor", "【锦华小贷】借款人请注意：您在我司借款，身份证号370102650314123，逾期金额5200元，"
         "限今天下午五点前处理。", [("CN_ID_CARD", "370102650314123")], [UNMASKED]),
        ("sms", "debtor", "【锦华小贷】您的借款已逾期，我司已按合同约定将逾期信息报送征信系统，还清后记录将按规定更新，"
         "如有异议可申请更正。", [], []),
        ("sms", "debtor", "【佳禾金融】您本人联系电话139.0284.7716已多次无法接通，请看到短信后主动回电处理逾期账单。",
         [("CN_MOBILE", "139.0284.7716")], [UNMASKED]),
        ("sms", "debtor", "【佳禾金融】您好，我们多次致电您尾号7716的手机未能接通，请您方便时回电0755-83217764"
         "（工作日9:00-18:00）。", [("CN_LANDLINE", "0755-83217764")], []),
        ("sms", "debtor", "【佳禾金融】尊敬的用户，您的登录验证码为 508173，5分钟内有效，请勿泄露给他人。", [], []),
        ("sms", "debtor", "【佳禾金融】您家座机0571-87063325连续三天无人接听，请本人尽快回电，逾期账单今日需处理。",
         [("CN_LANDLINE", "0571-87063325")], [UNMASKED]),
        ("sms", "debtor", "【安盈分期】您好！您的借款（借据号 AY2024110700158）本期已结清，感谢您的按时还款。", [], []),
        ("sms", "debtor", "【安盈分期】您于11月30日通过卡号62170092****3044转入的1,500.00元已入账，剩余应还3,120.00元。",
         [], []),
        ("sms", "debtor", "【安盈分期】您于11月30日通过卡号6217009207498983044转入的1,500.00元已入账，剩余应还3,120.00元。",
         [("CN_BANK_CARD", "6217009207498983044")], [UNMASKED]),
        ("sms", "debtor", "【安盈分期】逾期提醒：本短信不会要求您向任何个人账户转账，官方还款渠道仅限APP及对公账户，谨防诈骗。",
         [], []),
    ],
    "pd-id-calls": [
        ("call", "debtor", "坐席：您好这里是恒信消费金融智能客服 请问是葛*平女士本人吗 是请按1 不是请按2\n"
         "坐席：您的借款已逾期5天 应还金额一千八百六十二元四角 如需申请延期还款请按3 转人工请按0", [], []),
        ("call", "debtor", "坐席：您好 这里是北辰银行信用卡中心 为核实身份 您的身份证号码为 三二零幺洞六 幺九九九 "
         "洞幺幺二 洞八五幺 确认请按1 有误请按2",
         [("CN_ID_CARD", "三二零幺洞六 幺九九九 洞幺幺二 洞八五幺")], [UNMASKED]),
        ("call", "debtor", "坐席：喂你好 是邵明辉先生吗 我这边北辰银行信用卡中心的 为了核实身份麻烦您说一下身份证后四位\n"
         "客户：零八五一\n坐席：好的谢谢 核实通过 您尾号2219的卡现在逾期四十七天了 您看这周能不能先还个最低",
         [("PERSON", "邵明辉")], []),
        ("call", "debtor", "催收员：喂 王建国噻 我安盈的 你那个还款卡号六二二八 四八三五 二八五二 三幺洞九 幺五二 "
         "今天下午扣不到钱的话 我们就要升级处理了哈\n客户：晓得了晓得了 我下午去存",
         [("PERSON", "王建国"), ("CN_BANK_CARD", "六二二八 四八三五 二八五二 三幺洞九 幺五二")], [UNMASKED]),
        ("call", "debtor", "坐席：喂 您好 请问是文*先生吗\n客户：是 咋的\n坐席：我这边是佳禾金融的 您那个借款逾期了哈 "
         "您登记的手机号是 幺八六 两洞四拐 三三勾幺 对吧 这个号以后还用不\n客户：还用",
         [("CN_MOBILE", "幺八六 两洞四拐 三三勾幺")], [UNMASKED]),
        ("call", "debtor", "坐席：您好 麻烦核对一下您的预留手机 尾号是三三九一对吗\n客户：对 一八六二零四七三三九一 没换过\n"
         "坐席：好的 那还款提醒还是发这个号 本期应还九百二十块", [("CN_MOBILE", "一八六二零四七三三九一")], []),
        ("call", "debtor", "催收員：喂 阿輝呀 我哋係佳禾金融嘅 你張身份證 四四零三零五 一九八一 零三零四 五四一X "
         "登記嗰個地址而家仲係唔係住喺度啊\n客戶：係啊 咩事",
         [("PERSON", "阿輝"), ("CN_ID_CARD", "四四零三零五 一九八一 零三零四 五四一X")], [UNMASKED]),
        ("call", "debtor", "催收员：诶 老铁 我恒信的 你那手机幺五幺 七二零九 3368打一上午都关机 你躲啥呢 今儿个必须给我个说法\n"
         "客户：我上班呢 不让看手机", [("CN_MOBILE", "幺五幺 七二零九 3368")], [UNMASKED]),
        ("call", "debtor", "坐席：嗯 那个 您好 请问是 嗯 余*红女士吗\n客户：是\n坐席：我们是锦华小贷的 您的借款合同号是 "
         "二零二四零五一八零零零三六七一二四五 逾期十二天了 您这边是什么情况", [], []),
        ("call", "debtor", "坐席：您好 这里是北辰银行 您之前申请的护照号码 E71934026 名下境外消费分期已逾期 请您尽快还款\n"
         "客户：我人在国外 回去再说", [("CN_PASSPORT", "E71934026")], [UNMASKED]),
        ("call", "debtor", "坐席：喂 你好 请问是杜伟吗\n客户：对\n坐席：我是安盈分期的小蒋 你这个月的还款还差一千二 "
         "你看是今天还是明天\n客户：你们那个客服电话多少\n坐席：您直接打零二一 六一九三 八八五零 就行 工作日都有人",
         [("PERSON", "杜伟"), ("PERSON", "小蒋"), ("CN_LANDLINE", "零二一 六一九三 八八五零")], []),
        ("call", "debtor", "坐席：喂 是伍志勇吗 那个 我跟你讲 你办公室座机零两八 八五五六 幺两四拐 我们也打过了 没人接 "
         "你自己回个电话过来\n客户：你打我单位干啥", [("PERSON", "伍志勇"), ("CN_LANDLINE", "零两八 八五五六 幺两四拐")], [UNMASKED]),
        ("call", "debtor", "坐席：您好 这里是恒信消费金融 本通电话可能被录音 请问是葛*平女士吗\n客户：是我\n"
         "坐席：好的 您的借款目前逾期五天 金额一千八百多 如果有困难我们可以帮您申请延期 您看需要吗", [], []),
        ("call", "debtor", "坐席：你那个卡 就是尾号四四七七那张 今天又没扣到款 你是不是把钱转走了\n客户：工资还没发\n"
         "坐席：那发了工资第一时间存进去 别再拖了", [], []),
    ],
    "pd-id-app": [
        ("app", "debtor", "【小橙借钱】您的身份信息：姓名 蔡*敏，身份证 530102********0020，如信息有误请在APP内提交更正。",
         [], []),
        ("app", "debtor", "【小橙借钱】您的身份信息：姓名 蔡一敏，身份证 ５３０１０２１９９９０３２５００２０，"
         "您的借款已逾期，请立即还款。", [("PERSON", "蔡一敏"), ("CN_ID_CARD", "５３０１０２１９９９０３２５００２０")],
         [UNMASKED]),
        ("app", "debtor", "兄弟 你这个号 136 8847 1205 我存了 别以为换个微信就找不到你", [("CN_MOBILE", "136 8847 1205")],
         [UNMASKED]),
        ("app", "debtor", "您好 我是小橙借钱的专员小苗 您的借款今天到期了 方便的话今天处理一下 有问题随时在这里找我",
         [("PERSON", "小苗")], []),
        ("app", "debtor", "亲 你绑的那张卡 4367 4267 6517 9565 今天扣款又失败了 换张卡绑一下吧 不然明天就算逾期了",
         [("CN_BANK_CARD", "4367 4267 6517 9565")], [UNMASKED]),
        ("app", "debtor", "【小橙借钱】订单号 202311280476553 的还款计划已调整为6期，每期812.50元，首期12月15日。", [], []),
        ("app", "debtor", "刘丹丹 你的身份证420106197210121868我这里都有 你以为不接电话就没事了？",
         [("PERSON", "刘丹丹"), ("CN_ID_CARD", "420106197210121868")], [UNMASKED]),
        ("app", "debtor", "【融e贷】您的账户已逾期9天。请注意：任何要求您转账到“安全账户”或个人银行卡的，都是诈骗，"
         "我司只通过APP内还款页收款。", [], []),
        ("app", "debtor", "【融e贷】温馨提示：您于2026年11月3日签署的借款合同 编号 HT-2026-1103-008812 可在“我的合同”查看。",
         [], []),
        ("app", "debtor", "老哥 你媳妇手机号199-4127-8806我这有 你不回我 我就只能问她了",
         [("CN_MOBILE", "199-4127-8806")], [UNMASKED]),
        ("app", "debtor", "你好 我这边是融e贷贷后的阿杰 你的账单还差三百二十块就结清了 今天能搞定不",
         [("PERSON", "阿杰")], []),
        ("app", "debtor", "【融e贷】您的还款银行卡（622588******5647）已解绑成功，如非本人操作请立即联系客服95118。", [], []),
        ("app", "debtor", "【融e贷】您的还款银行卡６２２５８８９１１８６６５６４７已解绑成功，如非本人操作请立即联系客服。",
         [("CN_BANK_CARD", "６２２５８８９１１８６６５６４７")], [UNMASKED]),
    ],
    "pd-id-letters": [
        ("notice", "debtor", "催收函\n编号：JH-CS-2026-11-0392\n借款人：余*红（身份证号：510107********5651）\n"
         "截至2026年11月30日，您在锦华小贷的借款本息合计人民币12,486.30元已逾期58天。请于2026年12月15日前还清。"
         "逾期信息已依法报送征信系统。如有异议请致电028-65210387。\n锦华小额贷款有限公司\n2026年12月1日",
         [("CN_LANDLINE", "028-65210387")], []),
        ("notice", "debtor", "催收函\n借款人：余晓红\n身份证号码：510107198106065651\n您于2025年6月借款人民币20,000元，"
         "至今已逾期58天，尚欠本息12,486.30元，请于收函之日起十日内还清。\n锦华小额贷款有限公司",
         [("PERSON", "余晓红"), ("CN_ID_CARD", "510107198106065651")], [UNMASKED]),
        ("email", "debtor", "主题：关于您在恒信消费金融账户的还款提醒\n尊敬的客户：\n您的账户（尾号1137）已逾期21天，"
         "欠款4,518.00元。如需协商分期，请回复本邮件或发送至 huishou@hengxin-example.cn。此邮件由系统发出。",
         [("EMAIL", "huishou@hengxin-example.cn")], []),
        ("email", "debtor", "主题：还款通知\n任志远先生：\n我司系统显示您的身份证号码为 610113198503160477，"
         "银行卡号为 6226 0957 9081 8012，借款已逾期21天，请尽快还款。\n恒信消费金融 贷后管理部",
         [("PERSON", "任志远"), ("CN_ID_CARD", "610113198503160477"), ("CN_BANK_CARD", "6226 0957 9081 8012")],
         [UNMASKED]),
        ("notice", "debtor", "律师函\n致：牛*峰先生\n本所受北辰银行股份有限公司委托，就您信用卡欠款事宜致函。截至本函发出之日，"
         "您尚欠本息合计38,762.19元。请于本函送达之日起七日内与委托人联系协商。逾期未处理的，委托人将依法提起民事诉讼。\n"
         "四川明衡律师事务所 律师 戚文杰\n联系电话：028-86613390", [("PERSON", "戚文杰"),
                                                         ("CN_LANDLINE", "028-86613390")], []),
        ("notice", "debtor", "还款提醒函\n尊敬的车*东先生：您护照号E40582713项下的分期借款已逾期。请于收到本函后五日内还款。"
         "\n佳禾金融服务有限公司", [("CN_PASSPORT", "E40582713")], [UNMASKED]),
        ("notice", "debtor", "结清证明\n兹证明借款人孟*（身份证号：4101**********2488）在我司借款合同编号"
         "410105202301150047的借款本息已于2026年11月20日全部结清。\n特此证明。\n融e贷（深圳）网络小额贷款有限公司\n"
         "统一社会信用代码：91440300MA5FT8Q1LH", [("CN_USCC", "91440300MA5FT8Q1LH")], []),
        ("email", "debtor", "主题：Re: 协商还款\n您好，您说的旧身份证号码（420103720819045）我们已登记为曾用证件，"
         "新证件也已核验，还款计划按您要求分12期。", [("CN_ID_CARD", "420103720819045")], [UNMASKED]),
        ("email", "debtor", "主题：回复：分期申请\n何*先生您好：您的分期申请已通过。首期还款日为12月20日，金额1,045.00元。"
         "还款账户为您本人尾号0194的借记卡。如需变更，请致电027-85770312。", [("CN_LANDLINE", "027-85770312")], []),
        ("notice", "debtor", "催收函\n致 甘*明\n您的借款已逾期93天。如您继续不予理会，我司将依据合同约定及法律规定向有管辖权的人民法院提起诉讼，"
         "判决生效后仍不履行的，可依法申请强制执行。\n联系电话：(024)22875106", [("CN_LANDLINE", "(024)22875106")], []),
        ("notice", "debtor", "还款告知书\n借款人：甘立明\n家庭固定电话：(024)23418856\n您的借款已逾期93天，我司工作人员多次致电未果，"
         "请于12月10日前回电。", [("PERSON", "甘立明"), ("CN_LANDLINE", "(024)23418856")], [UNMASKED]),
    ],
    "pd-sensitive-sms": [
        ("sms", "debtor", "【鑫源金融】许*波先生，您女儿在锦江区实验小学四年级二班就读，做父母的更要给孩子做好榜样，请今日还款。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【鑫源金融】许*波先生，根据您提交的四川省人民医院住院证明，您申请的3个月延期还款已办理，期间暂停催收。",
         [], []),
        ("sms", "debtor", "【鑫源金融】温馨提示：如您因疾病、失业、家庭变故等原因暂时无法还款，可在APP“困难申请”中提交说明，"
         "我们将为您评估延期或分期方案。", [], []),
        ("sms", "debtor", "【鑫源金融】您的工资卡每月10日到账8,650元，本月工资已发，请于今日内还清逾期款项3,200元。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【鑫源金融】系统显示您名下公积金账户余额21,460元，可办理提取用于还款，请尽快处理逾期账单。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【鑫源金融】您好，您本期应还1,120.00元，还款卡尾号0362扣款失败，请确认卡内余额后重新发起还款。",
         [], []),
        ("sms", "debtor", "【盛达资产】陆*君女士，您爱人正在市中心医院做透析，家里开销大我们理解，但欠款不能一拖再拖，请本周处理。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【盛达资产】陆*君女士，您来电说明家人需长期透析治疗，我们已暂停本月催收，并为您申请了减免部分罚息。",
         [], []),
        ("sms", "debtor", "【盛达资产】定位显示您此刻在万象城负一楼，有钱逛街就请先还款。", [], [SENSITIVE]),
        ("sms", "debtor", "【盛达资产】您与我司约定的面谈时间为12月9日上午10点，地点：成都市武侯区人民南路四段12号华商大厦9楼，"
         "如需改期请提前告知。", [("ADDRESS", "成都市武侯区人民南路四段12号华商大厦9楼")], []),
        ("sms", "debtor", "【盛达资产】您下周三乘坐G1975次列车去上海的行程我们已经掌握，出发前请先把欠款处理好。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【汇丰达小贷】尊敬的客户，您申请的孕产期延期还款已审核通过，新的还款日为2027年4月10日，祝您母子平安。",
         [], []),
        ("sms", "debtor", "【汇丰达小贷】听说您怀孕五个月了，孩子出生前把账还干净，也算给孩子积点德。", [], [SENSITIVE]),
        ("sms", "debtor", "【汇丰达小贷】您是持证残疾人，更应珍惜自己的信用，请于今日还清欠款2,480元。", [], [SENSITIVE]),
        ("sms", "debtor", "【汇丰达小贷】我司承诺：您在困难申请中提供的病历、诊断证明等材料仅用于审核还款方案，不会向任何第三方提供。",
         [], []),
        ("sms", "debtor", "【汇丰达小贷】你上个月在第三人民医院做手术花了三万多，有钱做手术没钱还款？", [], [SENSITIVE]),
    ],
    "pd-sensitive-calls": [
        ("call", "debtor", "催收员：喂 你是郑国强嘛\n客户：是 啥子事\n催收员：你老汉儿在华西那边做透析嘛 我们都晓得 "
         "但是你的钱总要还撒 一直拖起也不是个事\n客户：我爸生病跟你有啥关系", [("PERSON", "郑国强")], [SENSITIVE]),
        ("call", "debtor", "催收员：喂 郑国强是吧 我鑫源金融的 你这个款逾期二十天了\n客户：我爸在医院透析 我现在真的拿不出来\n"
         "催收员：明白 家里有病人确实难 我给你申请个延期 你把住院证明拍给我 我这边提交", [("PERSON", "郑国强")], []),
        ("call", "debtor", "坐席：你儿子是在七中读高二吧\n客户：你想干嘛\n坐席：没想干嘛 就提醒你一下 当爹的 别让孩子跟着丢人",
         [], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 这里是汇丰达小贷 如您正在住院或者家里有重大变故 请按3转人工申请暂缓 其他问题请按0",
         [], []),
        ("call", "debtor", "坐席：嗯那个 你每天早上七点二十从家出门 坐地铁二号线上班 对吧 我们也不想去地铁口等你 你自己看着办",
         [], [SENSITIVE]),
        ("call", "debtor", "催收員：喂 阿芬呀 你個仔喺沙河小學讀三年級丫嘛 放學四點半 我哋知嘅\n客戶：你咩意思",
         [("PERSON", "阿芬")], [SENSITIVE]),
        ("call", "debtor", "催收员：哎呀 身体挺好嘛 上礼拜刚出院 这礼拜就去棋牌室打麻将了\n客户：你跟踪我？",
         [], [SENSITIVE]),
        ("call", "debtor", "坐席：喂 您好 是於*平女士吗\n客户：是\n坐席：您之前说在住院 现在身体怎么样了 我们这边可以等您出院后再谈还款 "
         "不着急\n客户：谢谢 下个月应该能出院", [], []),
        ("call", "debtor", "催收员：你不是信佛的吗 初一十五都去文殊院烧香 菩萨没教你欠债还钱啊", [], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 我们是盛达资产 受鑫源金融委托 请问是付*勇先生吗\n客户：是 我信佛的 我不会赖账 就是现在没钱\n"
         "坐席：理解 那我们看看能不能做个分期 您每个月大概能还多少", [], []),
        ("call", "debtor", "催收员：你那个乙肝的事情 你单位知道不\n客户：你们怎么知道的\n催收员：我们知道的多了 钱今天到账 啥事没有",
         [], [SENSITIVE]),
        ("call", "debtor", "坐席：喂 老孟啊 我小贺 你那车川A7K2M9每天晚上都停在小区东门那个车位 我看见了\n客户：你到底想干啥",
         [("PERSON", "老孟"), ("PERSON", "小贺"), ("CN_LICENSE_PLATE", "川A7K2M9")], [SENSITIVE]),
        ("call", "debtor", "坐席：你好 请问是晏*先生吗\n客户：是\n坐席：您名下车辆的抵押贷款已逾期 请您按合同约定还款 "
         "逾期超过九十天的 我司将依法向法院申请实现担保物权\n客户：知道了", [], []),
        ("call", "debtor", "催收员：嗯 那个 你屋头那个娃儿 是在双楠幼儿园嘛 中班 嗯 我们也是为你好 早点还了大家都安逸",
         [], [SENSITIVE]),
        ("call", "debtor", "坐席：喂 您好 我们是汇丰达小贷的 您的借款已经逾期十天 按照合同 逾期记录会报送到人行征信 "
         "还清之后按规定更新 这个您了解吧\n客户：了解 我月底还", [], []),
    ],
    "pd-sensitive-chat": [
        ("app", "debtor", "你 老 婆 在 妇 幼 医 院 住 院 的 事 我 们 都 清 楚 ，钱 该 还 了", [], [SENSITIVE]),
        ("app", "debtor", "ni er zi zai yu cai xiao xue san ban, fang xue wo men ye zhi dao ji dian", [], [SENSITIVE]),
        ("app", "debtor", "妳女兒在培英中學讀初二，每日六點放學，做媽媽嘅唔好令個女難做。", [], [SENSITIVE]),
        ("app", "debtor", "你股票账户里还有四万多市值 别跟我哭穷 先卖点还钱", [], [SENSITIVE]),
        ("app", "debtor", "你昨天晚上还给别人微信转了两千 说明你有钱 今天必须还", [], [SENSITIVE]),
        ("app", "debtor", "您好 我是汇丰达的小曾 您说孩子最近住院 那这个月先不催了 等您方便了在这里跟我说一声就行",
         [("PERSON", "小曾")], []),
        ("app", "debtor", "昨晚你在如家酒店306房住的吧 身份证登记了的 跑不掉", [], [SENSITIVE]),
        ("app", "debtor", "你们家吃低保的事 社区里都知道 还欠一屁股债 丢不丢人", [], [SENSITIVE]),
        ("app", "debtor", "听说你有抑郁症一直在吃药 我们也不想逼你 但是钱总得还吧", [], [SENSITIVE]),
        ("app", "debtor", "【小橙借钱】您提交的延期申请需补充材料：医院出具的诊断证明或住院记录（任选其一），请在APP内上传。",
         [], []),
        ("app", "debtor", "翠兰 你每周二四六下午都在金牛区那个菜市场摆摊 我们过去找你聊聊也方便", [("PERSON", "翠兰")], [SENSITIVE]),
        ("app", "debtor", "【融e贷】根据您的申请，我司已向您的注册邮箱发送近12个月的还款流水，请注意查收。", [], []),
        ("app", "debtor", "你们回族不是最讲诚信的吗 欠钱不还 对得起你们的信仰吗", [], [SENSITIVE]),
        ("app", "debtor", "您好 您在APP里说已经失业两个月 我们这边可以给您申请停息挂账 您看要不要办", [], []),
    ],
    "pd-sensitive-reports": [
        ("notice", "unknown", "【警情通报】12月2日，我局接群众报警称，有人冒充某网贷平台工作人员，在电话中说出报警人孩子就读的学校和班级，"
         "以此逼迫还款。经查，嫌疑人（男，31岁）系某催收外包公司员工，已被依法行政拘留。", [], []),
        ("notice", "unknown", "法律问答：催收人员能不能提我孩子在哪上学？答：不能。未成年人信息属于敏感个人信息，催收方以子女就读学校相要挟，"
         "既违反个人信息保护法，也可能构成寻衅滋事。遇到此类情况可保存录音并向金融监管部门投诉。", [], []),
        ("notice", "unknown", "本报讯 借款人小叶（化名）向记者反映，催收员在电话里说出了她母亲正在化疗、住在哪家医院。"
         "小叶说：“我从没告诉过他们这些。”目前该平台已下架涉事催收公司。", [("PERSON", "小叶")], []),
        ("notice", "unknown", "判决书摘录：经审理查明，被告人在催收过程中，通过非法获取的定位信息，多次向被害人发送其每日行踪截图，"
         "并以此相威胁。本院认为，被告人的行为已构成寻衅滋事罪。", [], []),
        ("email", "debtor", "主题：关于您的困难申请\n房*雯女士：\n您好！您提交的儿童医院住院材料已审核，我司同意您本息暂停偿还六个月，"
         "到期后按原合同继续履行。材料仅用于本次审核。\n盛达资产管理有限公司 客户关怀组", [], []),
        ("email", "debtor", "主题：最后通知\n房*雯：\n你儿子在儿童医院血液科住院，床号17，我们已经了解清楚。"
         "孩子治病要钱我们理解，可你的欠款也要有个交代，本周五前必须还款。", [], [SENSITIVE]),
        ("notice", "debtor", "催收函\n致 饶*先生：\n经查，您在建设银行、农商银行的两个储蓄账户近三个月流水合计进账47,800元，"
         "具备还款能力。请于七日内还清欠款。\n盛达资产管理有限公司", [], [SENSITIVE]),
        ("notice", "debtor", "还款提醒函\n致 饶*先生：\n您在我司的借款已逾期45天，尚欠本息9,870.00元。若您存在还款困难，"
         "可于十日内提出协商申请。逾期不处理的，我司将依法通过诉讼方式主张权利。\n盛达资产管理有限公司", [], []),
        ("notice", "unknown", "記者調查：某催收公司客服以繁體字短信發送「你太太在瑪麗醫院產科住院」等內容，借款人稱從未向平台透露。"
         "律師指出，此類行為涉嫌侵犯個人信息。", [], []),
    ],
    "pd-excessive-sms": [
        ("sms", "debtor", "【广融信贷】卢俊杰，住址广州市天河区员村二横路8号3栋1204，您的借款已逾期16天，欠款6,530元，请今日处理。",
         [("PERSON", "卢俊杰"), ("ADDRESS", "广州市天河区员村二横路8号3栋1204")], [EXCESSIVE]),
        ("sms", "debtor", "【广融信贷】卢俊杰先生，您的借款已逾期16天，欠款6,530元，请通过APP或对公账户还款，谨防诈骗。",
         [("PERSON", "卢俊杰")], []),
        ("sms", "debtor", "【广融信贷】卢*杰先生，您申请的结清证明将于3个工作日内邮寄至您在APP中填写的地址"
         "（广州市天河区员村二横路8号3栋），请注意查收。", [("ADDRESS", "广州市天河区员村二横路8号3栋")], []),
        ("sms", "debtor", "【广融信贷】蒋丽萍，就职于成都蓉锦物业服务有限公司，您在我司借款已逾期30天，请尽快还款以免影响工作。",
         [("PERSON", "蒋丽萍")], [EXCESSIVE]),
        ("sms", "debtor", "【广融信贷】蒋丽萍女士，我司不会联系您的工作单位，请您本人于本周内登录APP处理逾期款项1,980元。",
         [("PERSON", "蒋丽萍")], []),
        ("sms", "debtor", "【利通消费金融】潘志伟，您母亲俞桂英的电话13366195042我们已联系过，她说会督促您还款。",
         [("PERSON", "潘志伟"), ("PERSON", "俞桂英"), ("CN_MOBILE", "13366195042")], [EXCESSIVE, UNMASKED]),
        ("sms", "debtor", "【利通消费金融】潘*伟先生，您登记的紧急联系人（尾号5042）仅用于您失联时联系，我司不会向其透露您的借款信息。",
         [], []),
        ("sms", "debtor", "【利通消费金融】尊敬的安德烈·彼得罗夫先生，您在北京华瑞国际学校任职期间申请的分期已逾期，请尽快还款。",
         [("PERSON", "安德烈·彼得罗夫")], [EXCESSIVE]),
        ("sms", "debtor", "【利通消费金融】尊敬的安德烈·彼得罗夫先生，您的分期账单本期应还2,340元，到期日12月12日，请按时还款。",
         [("PERSON", "安德烈·彼得罗夫")], []),
        ("sms", "debtor", "【利通消费金融】谭敏，户籍地址湖南省邵阳市隆回县桃洪镇新街村5组12号，现住长沙市岳麓区麓谷大道627号"
         "麓谷林语C区7栋，欠款请今日处理。", [("PERSON", "谭敏"), ("ADDRESS", "湖南省邵阳市隆回县桃洪镇新街村5组12号"),
                                      ("ADDRESS", "长沙市岳麓区麓谷大道627号麓谷林语C区7栋")], [EXCESSIVE]),
        ("sms", "debtor", "【利通消费金融】您好，您的借款逾期后可前往长沙市岳麓区麓谷大道658号利通金融服务中心2楼线下办理协商还款，"
         "工作日9:00-17:30。", [("ADDRESS", "长沙市岳麓区麓谷大道658号")], []),
        ("sms", "debtor", "【利通消费金融】贺家明，您与我司借款合同纠纷一案，（2026）湘0104民初8812号民事判决已生效，"
         "请于判决确定的期限内履行，逾期未履行的我司将依法申请强制执行。", [("PERSON", "贺家明")], []),
        ("sms", "debtor", "【利通消费金融】贺家明，妻子邓美华，儿子贺子轩，全家信息都在我们系统里，你自己掂量。",
         [("PERSON", "贺家明"), ("PERSON", "邓美华"), ("PERSON", "贺子轩")], [EXCESSIVE]),
    ],
    "pd-excessive-calls": [
        ("call", "debtor", "催收员：你叫韦德胜 你老婆叫黄秀芬 你弟叫韦德利 手机尾号都在我这 还要我一个个念吗\n客户：你们想咋样",
         [("PERSON", "韦德胜"), ("PERSON", "黄秀芬"), ("PERSON", "韦德利")], [EXCESSIVE]),
        ("call", "debtor", "坐席：喂 请问是韦德胜先生吗\n客户：是\n坐席：您好 我是利通消费金融的客服小欧 您的借款逾期七天了 "
         "今天方便还款吗\n客户：下周发工资\n坐席：好的 那我给您备注下周五", [("PERSON", "韦德胜"), ("PERSON", "小欧")], []),
        ("call", "debtor", "催收员：邢大伟 你搁沈阳铁西区兴华南街56号那楼住 三单元五楼 俺们门儿清 你媳妇在哪上班俺也知道\n"
         "客户：你爱咋咋地", [("PERSON", "邢大伟"), ("ADDRESS", "沈阳铁西区兴华南街56号")], [EXCESSIVE]),
        ("call", "debtor", "坐席：喂 是邢大伟不 我广融信贷的小包 你那钱咋整啊 嗯 拖俩月了\n客户：我现在没活儿 真没钱\n"
         "坐席：行 那咱先做个分期 一个月还个五六百 你看中不", [("PERSON", "邢大伟"), ("PERSON", "小包")], []),
        ("call", "debtor", "催收員：梁家豪 你喺越秀區東風中路437號嗰間寫字樓返工 公司叫乜名我都知 使唔使我打去你公司問下\n"
         "客戶：唔好咁", [("PERSON", "梁家豪"), ("ADDRESS", "越秀區東風中路437號")], [EXCESSIVE]),
        ("call", "debtor", "坐席：您好 请问是梁家豪先生吗 我是广融信贷的 您的借款逾期十五天 如需协商 我们可以帮您申请减免部分罚息\n"
         "客户：我住址是天河区天润路83号 你们寄个协议过来吧\n坐席：好的 我们把协议寄到您说的地址",
         [("PERSON", "梁家豪"), ("ADDRESS", "天河区天润路83号")], []),
        ("call", "debtor", "坐席：你好 是姜晓燕吗 你在华润万家天府店当收银员是吧 你们店长姓啥我都知道 你今天不还钱我就去店里找你\n"
         "客户：你别来", [("PERSON", "姜晓燕")], [EXCESSIVE]),
        ("call", "debtor", "坐席：喂 姜*燕女士 您好 本次来电是提醒您借款已逾期 您可以通过官方APP还款 我们不会上门 也不会联系您的单位\n"
         "客户：那就好", [], []),
        ("call", "debtor", "催收员：嗯 那个 卓文涛是吧 你爸叫卓建平 电话一三八 二六五七 零四一九 嗯 你要是不接 我就打给他了\n"
         "客户：别打给我爸", [("PERSON", "卓文涛"), ("PERSON", "卓建平"), ("CN_MOBILE", "一三八 二六五七 零四一九")],
         [EXCESSIVE, UNMASKED]),
        ("call", "debtor", "坐席：卓文涛先生您好 我是利通消费金融贷后专员 工号8061 本次通话将被录音 您的借款逾期二十二天 "
         "我们想了解一下您的还款安排\n客户：我这个月能还一半", [("PERSON", "卓文涛")], []),
        ("call", "debtor", "坐席：喂 您好 请问是柏*女士吗\n客户：是\n坐席：您登记的家庭住址还是原来那个吗 我们要寄送对账单\n"
         "客户：搬了 现在住南京市秦淮区中华路266号\n坐席：好的 已更新", [("ADDRESS", "南京市秦淮区中华路266号")], []),
        ("call", "debtor", "催收员：车志刚 嗯 你在万科物业当保安队长是吧 你们经理叫啥 要不我跟他聊聊\n客户：你敢",
         [("PERSON", "车志刚")], [EXCESSIVE]),
        ("call", "debtor", "坐席：您好这里是广融信贷智能语音 尊敬的车志刚先生 您的借款已逾期 应还金额三千二百元 立即还款请按1 "
         "申请协商请按2", [("PERSON", "车志刚")], []),
    ],
    "pd-excessive-chat": [
        ("app", "debtor", "宋佳琪 你在科华北路那家瑞幸当店长 店里同事知道你欠钱不还吗", [("PERSON", "宋佳琪")], [EXCESSIVE]),
        ("app", "debtor", "佳琪你好 我是广融的小夏 你这期还差八百 周末前能还上吗 有困难跟我说 我帮你申请延期",
         [("PERSON", "佳琪"), ("PERSON", "小夏")], []),
        ("app", "debtor", "祝海涛 家住杭州市余杭区文一西路998号海创园18幢 老婆方静 女儿祝可欣 要不要我把你家的事一个个说出来",
         [("PERSON", "祝海涛"), ("ADDRESS", "杭州市余杭区文一西路998号海创园18幢"), ("PERSON", "方静"),
          ("PERSON", "祝可欣")], [EXCESSIVE]),
        ("app", "debtor", "【利通消费金融】您的个人信息（姓名、住址、联系人）仅用于履行借款合同，您可在“我的-隐私设置”中查询和更正。",
         [], []),
        ("app", "debtor", "海涛 你好 上次说的分期方案我们领导批了 每月还1,200 分10期 你看行的话我就发协议给你",
         [("PERSON", "海涛")], []),
        ("app", "debtor", "龚 雪 梅，東 莞 市 南 城 區 鴻 福 路 106 號，欠 款 不 還，自 己 看 著 辦",
         [("PERSON", "龚 雪 梅"), ("ADDRESS", "東 莞 市 南 城 區 鴻 福 路 106 號")], [EXCESSIVE]),
        ("app", "debtor", "gong xue mei 你在东莞银丰电子厂上班 我们也有人在那边 自己想清楚", [("PERSON", "gong xue mei")],
         [EXCESSIVE]),
        ("app", "debtor", "【广融信贷】雪梅您好，您在APP中申请的延期还款已通过，新的还款日为2027年1月5日，感谢您的配合。",
         [("PERSON", "雪梅")], []),
        ("app", "debtor", "老铁 你单位我可没打过电话 咱就说好了 月底一千 别让我为难", [], []),
        ("app", "debtor", "夏雨辰 你老公韩冬 你婆婆电话 18982145530 都在你的通讯录授权里 我们不想走到那一步",
         [("PERSON", "夏雨辰"), ("PERSON", "韩冬"), ("CN_MOBILE", "18982145530")], [EXCESSIVE, UNMASKED]),
        ("app", "debtor", "【融e贷】您授权的通讯录信息已按您的申请删除，如需重新授权可在设置中开启。", [], []),
    ],
    "pd-excessive-letters": [
        ("notice", "debtor", "催收通知书\n致：尹春生\n身份证号：3502**********9562\n住址：厦门市思明区湖滨南路388号国贸大厦1908室\n"
         "工作单位：厦门海联船务代理有限公司（职务：单证主管）\n配偶：柯淑贞 电话：159****4417\n您的借款已逾期62天，请于十日内还款。",
         [("PERSON", "尹春生"), ("ADDRESS", "厦门市思明区湖滨南路388号国贸大厦1908室"), ("PERSON", "柯淑贞")], [EXCESSIVE]),
        ("notice", "debtor", "催收通知书\n编号：GR-2026-1205-017\n借款人：尹春生（身份证号后四位9562）\n截至2026年12月5日，"
         "您尚欠本金8,000.00元、利息612.40元，已逾期62天。请于2026年12月15日前通过APP或对公账户还款。"
         "如有异议，请于收函后七日内书面提出。\n广融信贷有限公司", [("PERSON", "尹春生")], []),
        ("notice", "debtor", "律师函\n致：梅振华先生\n北京正衡律师事务所（地址：北京市朝阳区建国路88号SOHO现代城A座1506）"
         "受利通消费金融有限公司委托，就您借款合同项下欠款人民币26,400元事宜致函。请于七日内与委托人联系。"
         "如未处理，委托人将依法提起诉讼。\n律师：詹雨桐", [("PERSON", "梅振华"),
                                           ("ADDRESS", "北京市朝阳区建国路88号SOHO现代城A座1506"),
                                           ("PERSON", "詹雨桐")], []),
        ("notice", "debtor", "律师函\n致：梅振华先生（现住北京市丰台区丰台北路18号院恒泰大厦3号楼，任职于北京远扬汽车销售服务有限公司）\n"
         "本所受托就您欠款事宜致函，请于七日内还款。", [("PERSON", "梅振华"), ("ADDRESS", "北京市丰台区丰台北路18号院恒泰大厦3号楼")],
         [EXCESSIVE]),
        ("email", "debtor", "主题：还款提醒\n石晓峰先生：\n您在利通消费金融的分期已逾期8天，本期应还1,366.00元。您可登录APP还款，"
         "或回复本邮件申请延期。\n利通消费金融 贷后服务部 邮箱：service@litong-example.cn",
         [("PERSON", "石晓峰"), ("EMAIL", "service@litong-example.cn")], []),
        ("email", "debtor", "主题：还款提醒\n石晓峰先生：\n我们已查明您任职于上海博远信息技术有限公司研发二部，您的直属领导是冉立群，"
         "请勿继续拖欠。\n利通消费金融", [("PERSON", "石晓峰"), ("PERSON", "冉立群")], [EXCESSIVE]),
        ("notice", "unknown", "失信被执行人是什么？答：被执行人有履行能力而拒不履行生效法律文书确定的义务的，人民法院可依法将其纳入"
         "失信被执行人名单，并限制高消费。仅有逾期、未被起诉判决的借款人不会被列入。催收人员声称“马上上失信名单”多为恐吓。",
         [], []),
        ("notice", "unknown", "本报讯 市民黎敏（化名）收到一条催收短信，短信里不仅有她的全名，还列出了她丈夫的工作单位和儿子的名字。"
         "律师表示，此类做法超出催收必要范围。", [("PERSON", "黎敏")], []),
    ],
    "pd-third-party-sms": [
        ("sms", "third_party", "【恒信消费金融】您好，您的朋友林志豪在我司借款8,600元已逾期45天，您是其登记的紧急联系人，请转告其尽快还款。",
         [("PERSON", "林志豪")], [DISCLOSURE]),
        ("sms", "third_party", "您好，我们有重要事情需要联系林志豪，如您方便，请转告他回电0755-83217764，谢谢。",
         [("PERSON", "林志豪"), ("CN_LANDLINE", "0755-83217764")], []),
        ("sms", "third_party", "您好，打扰了。我们有一件私人事务需要尽快联系林志豪本人，麻烦您见到他时让他回个电话，不便之处请谅解。",
         [("PERSON", "林志豪")], []),
        ("sms", "third_party", "【锦华小贷】紧急联系人您好：借款人孙*（身份证尾号1938）已逾期，请您督促其还款，以免影响您的联系人记录。",
         [], [DISCLOSURE]),
        ("sms", "third_party", "【锦华小贷】您好，您的弟弟孙浩然身份证500103198410191938，欠款未还，请代为转告。",
         [("PERSON", "孙浩然"), ("CN_ID_CARD", "500103198410191938")], [DISCLOSURE, UNMASKED]),
        ("sms", "third_party", "您好，這裡是一家企業的客服，有重要信件需要交給冼志明本人，如您認識他，請轉告他致電我們，謝謝。",
         [("PERSON", "冼志明")], []),
        ("sms", "third_party", "【佳禾金融】冼志明先生之家屬：令郎在本公司之貸款已逾期六十天，尚欠港幣貳萬餘元，請家屬協助處理。",
         [("PERSON", "冼志明")], [DISCLOSURE]),
        ("sms", "third_party", "【安盈分期】您的同事唐晓飞在我平台有一笔逾期账单，他的手机159-2086-4417一直关机，请帮忙提醒他。",
         [("PERSON", "唐晓飞"), ("CN_MOBILE", "159-2086-4417")], [DISCLOSURE, UNMASKED]),
        ("sms", "third_party", "你朋友唐晓飞真够意思，借钱不还玩失踪，你还跟这种人做朋友？让他赶紧把安盈的账平了。",
         [("PERSON", "唐晓飞")], [DISCLOSURE]),
        ("sms", "third_party", "【鑫源金融】您好，您的亲属莫丽娟目前在市第一人民医院住院，其借款已逾期，请家属协助与我司联系。",
         [("PERSON", "莫丽娟")], [DISCLOSURE, SENSITIVE]),
        ("sms", "third_party", "您好，我们是一家服务机构，莫丽娟女士留下了您的号码作为备用联系方式。请问您能否告知她现在方便联系的电话？"
         "我们不会向您透露其他信息。", [("PERSON", "莫丽娟")], []),
        ("sms", "third_party", "【融e贷】提醒：您通讯录好友欧*辉在融e贷有待还款项，请提醒TA按时还款。", [], [DISCLOSURE]),
        ("sms", "third_party", "【汇丰达小贷】您好，您的租客祁伟在我司的借款已逾期三个月，他用的是您这套房子的地址登记的，请协助告知其下落。",
         [("PERSON", "祁伟")], [DISCLOSURE]),
        ("sms", "third_party", "他 在 我 们 这 qian 款 两 万 多 没 还 ，你 是 他 哥 你 得 管 管", [], [DISCLOSURE]),
    ],
    "pd-third-party-calls": [
        ("call", "third_party", "坐席：您好 请问是林志豪的紧急联系人吗\n联系人：是 我是他表姐 他咋了\n坐席：他在我们恒信消费金融借了八千多 "
         "逾期一个半月了 您方便的话劝劝他\n联系人：我不管他的事", [("PERSON", "林志豪")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 打扰了 请问您认识林志豪吗\n联系人：认识 怎么了\n坐席：我们有点事情要找他本人 "
         "他电话一直没打通 麻烦您方便的时候让他回个电话 就说找他的是小卢\n联系人：什么事啊\n"
         "坐席：不好意思 是他个人的事情 我不方便跟您说 谢谢您", [("PERSON", "林志豪"), ("PERSON", "小卢")], []),
        ("call", "third_party", "坐席：喂 您好 请问是唐晓飞吗\n第三方：不是 你打错了\n坐席：不好意思 打扰您了 再见",
         [("PERSON", "唐晓飞")], []),
        ("call", "third_party", "坐席：喂 您好 请问是唐晓飞吗\n第三方：不是 我是他同事\n坐席：哦 那麻烦你跟他说一下 他安盈分期那笔五千块的"
         "账今天再不还就要走法务了\n第三方：这跟我说干嘛", [("PERSON", "唐晓飞")], [DISCLOSURE]),
        ("call", "third_party", "催收员：孃孃 你是孙浩然的妈妈嘛 他在我们这借了钱 两个月没还了 电话也不接 你当妈的要管一下撒\n"
         "联系人：我咋不晓得这个事", [("PERSON", "孙浩然")], [DISCLOSURE]),
        ("call", "third_party", "坐席：阿姨您好 请问您是孙浩然的家人吗\n联系人：我是他妈\n坐席：阿姨您好 我们有点事情想找他 "
         "您能不能让他给这个号码回个电话\n联系人：他是不是欠钱了\n坐席：阿姨 这个我不方便说 您让他回电就行 谢谢您",
         [("PERSON", "孙浩然")], []),
        ("call", "third_party", "坐席：你好 这里是锦华小贷贷后部 请问你是冯天宇的哥哥吧\n第三方：是\n坐席：你弟弟在我们这欠款一万二 "
         "手机号幺三五 四八八三 零二幺拐 打不通 你有他别的联系方式吗",
         [("PERSON", "冯天宇"), ("CN_MOBILE", "幺三五 四八八三 零二幺拐")], [DISCLOSURE, UNMASKED]),
        ("call", "third_party", "坐席：喂 是冯天宇家里吗\n第三方：他不在 我是他哥\n坐席：好的 那麻烦您转告他 就说小杨找他 "
         "请他回这个号码\n第三方：行", [("PERSON", "冯天宇"), ("PERSON", "小杨")], []),
        ("call", "third_party", "坐席：您好 这里是汇丰达小贷智能外呼 您是韩志远的紧急联系人 韩志远在我司的借款已逾期 请提醒其及时还款 "
         "知晓请按1", [("PERSON", "韩志远")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 这里是一段自动语音 我们正在尝试联系韩志远 如您认识他 请转告他回拨本号码 感谢您的配合",
         [("PERSON", "韩志远")], []),
        ("call", "third_party", "催收員：喂 你係唔係何嘉欣嘅同事啊\n聯繫人：係 做咩\n催收員：佢喺我哋度借咗錢 欠咗三萬幾 成個月冇還 "
         "你同佢講聲啦", [("PERSON", "何嘉欣")], [DISCLOSURE]),
        ("call", "third_party", "催收员：喂 你是石磊的室友吧\n第三方：嗯 咋了\n催收员：他欠我们广融信贷的钱 他现在人在屋里没\n"
         "第三方：我不知道", [("PERSON", "石磊")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 请问是石磊吗\n第三方：不是 我是他室友 他出去了\n坐席：好的 那打扰了 请他方便时回个电话 谢谢",
         [("PERSON", "石磊")], []),
        ("call", "third_party", "坐席：老妹儿 你是吕国庆他媳妇儿的妹妹吧 你姐夫在我们这欠钱 搁家呢不 让他接个电话\n"
         "联系人：我跟他们不住一块", [("PERSON", "吕国庆")], [DISCLOSURE]),
        ("call", "third_party", "坐席：喂您好 请问您是吕国庆先生的朋友吗\n联系人：算是吧\n坐席：我们联系不上他本人 请问您有他其他的联系方式吗 "
         "或者麻烦您转告他给我们回电\n联系人：他欠钱了吧\n坐席：抱歉 具体事情我们只能跟他本人沟通\n联系人：行吧",
         [("PERSON", "吕国庆")], []),
        ("call", "third_party", "坐席：你好 是华兴建材的人事部吗 我找一下你们公司的员工谷建军\n第三方：他不在 您哪位\n"
         "坐席：我是利通消费金融的 他在我们这的贷款逾期了 麻烦你们单位督促一下", [("PERSON", "谷建军")], [DISCLOSURE]),
        ("call", "third_party", "坐席：你好 请问谷建军在吗\n第三方：他出差了 您哪位\n坐席：我叫包小雨 有事想跟他本人联系 "
         "麻烦他回来了回个电话 谢谢", [("PERSON", "谷建军"), ("PERSON", "包小雨")], []),
        ("call", "third_party", "坐席：喂 您好 您是戴文斌的父亲吗\n联系人：是\n坐席：叔叔 他在我们平台借款没还 而且他抑郁症住院的事 "
         "我们也是听他同事说的 您得劝劝他\n联系人：你们怎么什么都知道", [("PERSON", "戴文斌")], [DISCLOSURE, SENSITIVE]),
    ],
    "pd-third-party-chat": [
        ("app", "third_party", "您好 请问您是郝文静的大学同学吗 她在我们平台的借款逾期了 您能帮忙联系她吗", [("PERSON", "郝文静")],
         [DISCLOSURE]),
        ("app", "third_party", "您好 冒昧打扰 请问您和郝文静还有联系吗 我们有事想找她 如果方便请让她联系我 谢谢", [("PERSON", "郝文静")],
         []),
        ("app", "third_party", "【家族群】各位亲戚好，群里的温建华在我司借款一万五逾期不还，请各位长辈帮忙劝劝。", [("PERSON", "温建华")],
         [DISCLOSURE]),
        ("app", "third_party", "你是建华的老同学吧 他欠的钱你知道不 他住丽景花园5栋2单元 你去帮我们看看他在不在家",
         [("PERSON", "建华"), ("ADDRESS", "丽景花园5栋2单元")], [DISCLOSURE]),
        ("app", "third_party", "房东您好，您的租客钟晓军欠我们融e贷的钱，合同上他登记的是您这里的地址，他什么时候在家？",
         [("PERSON", "钟晓军")], [DISCLOSURE]),
        ("app", "third_party", "亲 你好 看到你是钟晓军的联系人 他这两天手机一直没信号 你知道他换号了吗 如果方便让他看下短信",
         [("PERSON", "钟晓军")], []),
        ("app", "third_party", "Hi 你是Kevin的同事吧 他中文名叫邝凯文 在我们平台的分期逾期了 麻烦告诉他尽快处理",
         [("PERSON", "Kevin"), ("PERSON", "邝凯文")], [DISCLOSURE]),
        ("app", "third_party", "你好，你老板娘的弟弟洪亮欠款没还，她电话我们打不通，你帮忙转告下他欠款的事。", [("PERSON", "洪亮")],
         [DISCLOSURE]),
    ],
    "pd-third-party-letters": [
        ("email", "third_party", "主题：关于贵司员工借款逾期事宜\n上海博远信息技术有限公司人力资源部：\n贵司员工石晓峰在我司的消费贷款已逾期，"
         "欠款金额18,420元，请贵司协助督促其还款。\n利通消费金融", [("PERSON", "石晓峰")], [DISCLOSURE]),
        ("email", "third_party", "主题：联系确认\n您好：\n我们是上海一家服务机构，需与贵司员工石晓峰本人确认一项个人事务。如方便，"
         "请将本邮件转给他，或告知他回复邮箱 contact@litong-example.cn。不涉及贵司业务，谢谢。",
         [("PERSON", "石晓峰"), ("EMAIL", "contact@litong-example.cn")], []),
        ("notice", "third_party", "致 谷建军家属：\n谷建军于2025年在我司借款人民币30,000元，至今逾期五个月未还，现函告家属，"
         "请督促其还款。\n利通消费金融有限公司", [("PERSON", "谷建军")], [DISCLOSURE]),
        ("notice", "debtor", "保证人履行保证责任通知书\n致 保证人 蔡*华先生：\n您为借款人辛*杰在我行的经营贷款（合同号"
         "202309180002143977）提供了连带责任保证。借款人已逾期，尚欠本金186,000.00元。根据保证合同，请您于2026年12月20日前"
         "履行保证责任。\n江陵农村商业银行", [], []),
        ("notice", "debtor", "致保证人：\n冉文军先生，您作为借款人邱*东的连带责任保证人，依据保证合同第五条，现通知您借款已逾期，"
         "欠款金额52,300元。请与我行联系协商。联系电话：0571-86732210。\n江陵农商银行风险管理部",
         [("PERSON", "冉文军"), ("CN_LANDLINE", "0571-86732210")], []),
        ("notice", "unknown", "【反诈提醒】近期有不法分子冒充网贷平台，给借款人的亲友打电话称“你朋友欠我们钱不还”，"
         "并要求亲友代为转账。正规机构不会要求第三方代偿，更不会让您转账到个人账户。", [], []),
        ("notice", "unknown", "本报讯 近日，多名市民反映收到陌生短信，称其同事在某网贷平台欠款，要求“督促还款”。律师指出，"
         "向与债务无关的第三人透露借款人欠款信息，违反个人信息保护法。", [], []),
        ("notice", "unknown", "判决书摘录：被告人在催收中，向借款人通讯录内亲友群发借款人欠款金额及身份证照片共计四百余条。"
         "本院认为，被告人非法提供公民个人信息，情节严重，其行为已构成侵犯公民个人信息罪。", [], []),
        ("notice", "unknown", "法律问答：催收公司能不能找我的紧急联系人？答：在借款人失联时，可以向联系人询问借款人的联系方式，"
         "但不得透露借款金额、逾期情况，也不得要求联系人还款。", [], []),
    ],
    "pd-mixed-excessive": [
        ("call", "debtor", "坐席：您好 这里是德诚金融智能语音助手 尊敬的郭振宇先生 您的工作单位成都德诚科技有限公司已登记在案 "
         "您的借款已逾期二十天 请尽快还款 按1确认", [("PERSON", "郭振宇")], [EXCESSIVE]),
        ("sms", "debtor", "【德诚金融】欧阳明轩，您登记的配偶欧阳婷婷、父亲欧阳建国的联系方式均在我司系统中，请珍惜最后的协商机会。",
         [("PERSON", "欧阳明轩"), ("PERSON", "欧阳婷婷"), ("PERSON", "欧阳建国")], [EXCESSIVE]),
        ("sms", "debtor", "【德诚金融】欧阳明轩先生，您的借款已逾期35天，您可登录APP申请最长12期的分期还款，我司不会联系与债务无关的人员。",
         [("PERSON", "欧阳明轩")], []),
        ("app", "debtor", "向思远 你住的那个保利心语花园9栋1703 我们同事已经去过两次了 家里没人", [("PERSON", "向思远"),
                                                                         ("ADDRESS", "保利心语花园9栋1703")], [EXCESSIVE]),
        ("call", "debtor", "催收员：贾志勇 你在龙泉驿汽车城那个一汽大众厂头上班嘛 我们打听过了 你要不要我们去厂门口等你下班\n"
         "客户：莫来 我还", [("PERSON", "贾志勇")], [EXCESSIVE]),
        ("email", "debtor", "Subject: 关于您的账户\n玛丽亚·桑托斯女士：\n您的住址：深圳市南山区蛇口望海路1177号海景广场2栋，"
         "您的分期账户已逾期两个月，我司将保留追索的权利。", [("PERSON", "玛丽亚·桑托斯"),
                                           ("ADDRESS", "深圳市南山区蛇口望海路1177号海景广场2栋")], [EXCESSIVE]),
        ("email", "debtor", "Subject: Payment reminder / 还款提醒\n玛丽亚·桑托斯女士：\n您的分期账户本期应还1,580.00元，"
         "还款日为12月18日。如您需要英文服务，请回复本邮件。", [("PERSON", "玛丽亚·桑托斯")], []),
        ("sms", "debtor", "【广融信贷】戈永强，你哥戈永辉电话15072846613，我们已经打过了，你自己看着办。",
         [("PERSON", "戈永强"), ("PERSON", "戈永辉"), ("CN_MOBILE", "15072846613")], [EXCESSIVE, UNMASKED]),
        ("app", "debtor", "邱雅琴老师 你在双流棠湖中学教语文 为人师表 欠钱不还 学生家长知道了会怎么想", [("PERSON", "邱雅琴")],
         [EXCESSIVE]),
        ("notice", "debtor", "逾期告知书\n借款人：巫晓丽\n住址：贵阳市南明区花果园大街8号R1区3栋\n联系人：巫大山（父亲）、"
         "巫晓芳（妹妹）\n您的借款已逾期44天，请于十日内还款。", [("PERSON", "巫晓丽"),
                                                ("ADDRESS", "贵阳市南明区花果园大街8号R1区3栋"), ("PERSON", "巫大山"),
                                                ("PERSON", "巫晓芳")], [EXCESSIVE]),
        ("notice", "debtor", "逾期告知书\n借款人：巫晓丽\n借款合同编号：GY20250312-0417\n您的借款已逾期44天，尚欠本息4,120.50元，"
         "请于2026年12月20日前还款。逾期信息将依法报送金融信用信息基础数据库。\n出具单位：德诚金融服务有限公司\n"
         "统一社会信用代码：91510107MA6CX3R2KU\n注册地址：成都市高新区天府大道北段1700号环球中心W6区", [
             ("PERSON", "巫晓丽"), ("CN_USCC", "91510107MA6CX3R2KU"), ("ADDRESS", "成都市高新区天府大道北段1700号环球中心W6区")],
         []),
        ("app", "debtor", "黃志強，你喺深圳市福田區華強北路1019號賽格廣場12樓做嘢，老細知唔知你欠人錢？", [
            ("PERSON", "黃志強"), ("ADDRESS", "深圳市福田區華強北路1019號賽格廣場12樓")], [EXCESSIVE]),
        ("app", "debtor", "志強 你好 我係德誠嘅阿欣 你上次話月尾還一半 我幫你記低咗 到時提提你", [("PERSON", "志強"),
                                                                    ("PERSON", "阿欣")], []),
        ("call", "debtor", "坐席：喂 您好 请问是鲍*女士吗\n客户：是我 我在华为上班很忙 你们别老打\n"
         "坐席：好的 打扰了 那我们改为短信提醒 您方便时在APP上处理就行", [], []),
        ("email", "debtor", "主题：协商还款确认\n您好！您申请的分期方案已生效，共12期，每期863.00元。\n"
         "经办人：德诚金融 贷后服务部 宁雪\n地址：成都市高新区天府大道北段1700号环球中心W6区\n邮箱：care@decheng-example.cn",
         [("PERSON", "宁雪"), ("ADDRESS", "成都市高新区天府大道北段1700号环球中心W6区"), ("EMAIL", "care@decheng-example.cn")], []),
        ("app", "debtor", "闫春雷 你闺女闫欣悦 你儿子闫浩宇 俩孩子名字我都知道 你自己琢磨琢磨", [
            ("PERSON", "闫春雷"), ("PERSON", "闫欣悦"), ("PERSON", "闫浩宇")], [EXCESSIVE]),
        ("sms", "debtor", "【德诚金融】闫*雷先生，您好，若您对欠款金额有异议，可在收到短信后15日内通过APP“异议申请”提交，我们将在10个工作日内答复。",
         [], []),
    ],
    "pd-mixed-third-party": [
        ("sms", "third_party", "【小橙借钱】您的好友邹凯有一笔1,860元的账单已逾期，点击 xcjq.cn/r/8Kd2 可帮TA了解还款方式。",
         [("PERSON", "邹凯")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 这里是小橙借钱语音通知 您的好友邹凯在本平台的借款已逾期三十天 如您愿意协助其还款请按1 "
         "如不认识此人请按2", [("PERSON", "邹凯")], [DISCLOSURE]),
        ("call", "third_party", "催收员：喂 你是白玉山他老舅吧 你外甥在俺们这欠钱 三万多 人跑哪去了 你给句痛快话\n联系人：我上哪知道去",
         [("PERSON", "白玉山")], [DISCLOSURE]),
        ("email", "third_party", "主题：请协助联系贵校教师\n棠湖中学校办：\n贵校教师邱雅琴在我司借款逾期未还，电话无法接通，请校方协助转告。\n"
         "广融信贷", [("PERSON", "邱雅琴")], [DISCLOSURE]),
        ("app", "third_party", "你是葛敏的前男友吧 她在我们这欠了一万多跑路了 你知道她现在在哪吗", [("PERSON", "葛敏")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 请问是邹凯吗\n第三方：不是 我是他同学\n坐席：哦 那您能转告他吗 他在我们这的借款到期没还 "
         "一千八百六\n第三方：我们好久没联系了", [("PERSON", "邹凯")], [DISCLOSURE]),
        ("call", "third_party", "坐席：喂 您好 您认识程静怡吗 我们联系不上她 她护照号E52907318 是不是出国了\n联系人：你们是谁啊",
         [("PERSON", "程静怡"), ("CN_PASSPORT", "E52907318")], [DISCLOSURE, UNMASKED]),
        ("call", "third_party", "坐席：您好 这是给程静怡的留言 请她回电 号码是本机来电 谢谢", [("PERSON", "程静怡")], []),
        ("call", "third_party", "坐席：喂 请问是白玉山吗\n联系人：我是他媳妇 他上班去了\n坐席：好的 那麻烦您让他本人方便时回个电话 谢谢\n"
         "联系人：啥事啊 跟我说也一样\n坐席：不好意思 得跟他本人说 打扰您了", [("PERSON", "白玉山")], []),
        ("call", "third_party", "坐席：您好 请问您是邹凯的母亲吗\n联系人：是 他是不是又欠钱了 欠多少我来还\n"
         "坐席：阿姨 谢谢您 不过具体情况我们只能跟他本人沟通 麻烦您让他给我们回个电话", [("PERSON", "邹凯")], []),
        ("sms", "third_party", "您好，我是小橙借钱的工作人员小潘。您的朋友邹凯借款已逾期，他说您会帮他还，请尽快联系我。",
         [("PERSON", "小潘"), ("PERSON", "邹凯")], [DISCLOSURE]),
        ("app", "third_party", "邻居您好 住您对门的那位 在我们平台借钱三个月没还了 麻烦您看到他回家了给我们发个消息", [], [DISCLOSURE]),
    ],
    "pd-mixed-sensitive": [
        ("sms", "debtor", "【德诚金融】你妈老年痴呆住养老院的费用你都交得起，我们这点钱你还不上？", [], [SENSITIVE]),
        ("app", "debtor", "你每周四晚上八点都去万达那家健身房 那个点我们在门口等你也行", [], [SENSITIVE]),
        ("app", "debtor", "你家老二才三岁吧 在七色花托育中心 每天早上八点送过去 你也不想孩子看到我们吧", [], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 这里是广融信贷车贷中心 系统显示您名下车辆粤B·3F7K2昨晚停在东莞长安镇 请您今天回到深圳处理逾期\n"
         "客户：你们装了定位？", [("CN_LICENSE_PLATE", "粤B·3F7K2")], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 广融信贷车贷中心 您名下粤B·3F7K2的车贷已逾期十五天 请您尽快还款 逾期超过合同约定期限的 "
         "我司将依合同及法律规定处置抵押车辆\n客户：我月底一起还", [("CN_LICENSE_PLATE", "粤B·3F7K2")], []),
        ("app", "debtor", "你支付宝花呗额度还剩三千二 借呗还能借五千 先拿出来还我们", [], [SENSITIVE]),
        ("email", "debtor", "主题：延期还款确认\n石*峰先生：\n您于12月1日来函说明因心脏手术住院，并附上了出院小结。我司已同意您的申请，"
         "本期及下期还款顺延两个月，期间不计罚息。祝您早日康复。\n利通消费金融 客户关怀组", [], []),
        ("sms", "debtor", "【德诚金融】温馨提示：请使用本人合法收入还款，切勿通过借新还旧、套现等方式还款，如有困难可申请协商。",
         [], []),
        ("app", "debtor", "我看你在水滴筹给你爸筹了八万治肺癌 这钱先拿来还我们不过分吧", [], [SENSITIVE]),
    ],
    "pd-mixed-identifiers": [
        ("app", "debtor", "【佳禾金融】您好，您在APP中上传的护照（E88126459）已过有效期，请重新上传以便办理还款延期。",
         [("CN_PASSPORT", "E88126459")], [UNMASKED]),
        ("app", "debtor", "【佳禾金融】您好，您在APP中上传的护照（E8812****）已过有效期，请重新上传以便办理还款延期。", [], []),
        ("sms", "debtor", "【安盈分期】您的还款卡6230-5850-6739-2810-361余额不足，本期扣款失败，请及时存入。",
         [("CN_BANK_CARD", "6230-5850-6739-2810-361")], [UNMASKED]),
        ("call", "debtor", "催收员：你那个农行卡 六二二九 零八 零八七三零九四幺零零幺八 我们查了 里面有钱的 今天必须转过来\n"
         "客户：那是我生活费", [("CN_BANK_CARD", "六二二九 零八 零八七三零九四幺零零幺八")], [UNMASKED, SENSITIVE]),
        ("sms", "debtor", "【北辰银行信用卡】您办公室座机010 6251 9830我们已致电，未能联系到您本人，请您尽快回电。",
         [("CN_LANDLINE", "010 6251 9830")], [UNMASKED]),
        ("sms", "debtor", "【北辰银行信用卡】您好，您的案件已进入诉讼程序，案号（2026）粤0305民初23817号，开庭时间以法院传票为准，"
         "如需调解可联系我行。", [], []),
        ("app", "debtor", "你手机１３６ 8847 １２０５是不是不用了 那我们只能按你留的其他电话打了", [("CN_MOBILE", "１３６ 8847 １２０５")],
         [UNMASKED]),
        ("call", "debtor", "坐席：您好 我是北辰银行信用卡中心 工号一零零八六五二三 本次来电是提醒您的账单已逾期 请问您现在方便通话吗\n"
         "客户：方便", [], []),
        ("notice", "debtor", "催收函\n致 巩*华\n身份证号码：130104199204205560\n您的信用卡欠款已逾期120天，尚欠41,265.30元。\n北辰银行信用卡中心",
         [("CN_ID_CARD", "130104199204205560")], [UNMASKED]),
        ("sms", "debtor", "【锦华小贷】您的借款凭证号 440106701230 已生成，还款日为每月18日，请按时还款。", [], []),
        ("call", "debtor", "坐席：喂 你好 我这边是锦华小贷的 你旧身份证号码是四四零幺零六 七零幺二三零 五幺八 对吧 "
         "现在换新证了没\n客户：换了", [("CN_ID_CARD", "四四零幺零六 七零幺二三零 五幺八")], [UNMASKED]),
    ],
    "pd-more-identifiers": [
        ("sms", "debtor", "【融e贷】祁*先生，您的身份证号码33010220000913201x名下借款已逾期27天，请于本周内登录APP处理。",
         [("CN_ID_CARD", "33010220000913201x")], [UNMASKED]),
        ("app", "debtor", "你身份证 230103 19921001 4792 我们核对过了 就是你本人借的 别跟我说是别人冒用",
         [("CN_ID_CARD", "230103 19921001 4792")], [UNMASKED]),
        ("call", "debtor", "催收员：哎 你身份证号是二幺零二零二 一九八二 零三零幺 七零五六 没错吧 咱这边登记的就是这个\n"
         "客户：没错 咋了", [("CN_ID_CARD", "二幺零二零二 一九八二 零三零幺 七零五六")], [UNMASKED]),
        ("call", "debtor", "坐席：您好 为核实身份 请您提供身份证号码后四位\n客户：四五零幺零三 一九八二 零八二幺 二八七六 全给你\n"
         "坐席：好的 谢谢 后四位核对无误 下次只需要说后四位就可以了", [("CN_ID_CARD", "四五零幺零三 一九八二 零八二幺 二八七六")],
         []),
        ("call", "debtor", "坐席：您好 这里是北辰银行信用卡中心自助语音 请输入您身份证号码的后六位 并以井号键结束", [], []),
        ("sms", "debtor", "【汇丰达小贷】您绑定的信用卡5123 1590 5124 3272已被设为默认还款卡，本期将于12月15日自动扣款。",
         [("CN_BANK_CARD", "5123 1590 5124 3272")], [UNMASKED]),
        ("app", "debtor", "卡号六二八二 8841 零一四三 五五二零 是你的吧 把钱存进去 下午四点我们再扣一次",
         [("CN_BANK_CARD", "六二八二 8841 零一四三 五五二零")], [UNMASKED]),
        ("email", "debtor", "主题：资料核对\n您好，您早年登记的身份证号码110105590604221已不能通过核验，请在APP中上传新版身份证正反面。",
         [("CN_ID_CARD", "110105590604221")], [UNMASKED]),
        ("sms", "debtor", "【佳禾金融】您家里电话0755-26831147我们今天打了三次，请本人回电处理逾期事宜。",
         [("CN_LANDLINE", "0755-26831147")], [UNMASKED]),
        ("sms", "debtor", "【佳禾金融】您的还款3,000.00元已到账，交易流水号4200001928202612040517，剩余待还1,215.60元。", [], []),
        ("app", "debtor", "【汇丰达小贷】您的借据号 620000202612040871 对应的分期已全部结清，结清证明可在APP下载。", [], []),
        ("call", "debtor", "坐席：您好 这里是汇丰达小贷 您尾号幺二零五的手机是本人在用吗\n客户：是\n"
         "坐席：好的 您的借款明天到期 金额八百一十二块五 提醒您按时还款", [], []),
    ],
    "pd-late-additions": [
        ("sms", "debtor", "【安盈分期】苗建平，工作单位成都地铁运营有限公司，您的借款已逾期19天，请于今日还款，否则将依约进一步处理。",
         [("PERSON", "苗建平")], [EXCESSIVE]),
        ("app", "debtor", "康晓东 你老婆刘芳在市二医院当护士 她手机尾号3391 我们没打过 你别逼我们打", [("PERSON", "康晓东"),
                                                                          ("PERSON", "刘芳")], [EXCESSIVE]),
        ("call", "debtor", "催收员：吴春华 你家搁长春市朝阳区西安大路1088号那小区七栋 俺们这边有人 你寻思寻思\n客户：你们别乱来",
         [("PERSON", "吴春华"), ("ADDRESS", "长春市朝阳区西安大路1088号")], [EXCESSIVE]),
        ("notice", "debtor", "催告函\n借款人：柴永刚\n其子柴浩现就读于绵阳中学高一（3）班\n您的借款已逾期76天，请于五日内还清。",
         [("PERSON", "柴永刚"), ("PERSON", "柴浩")], [EXCESSIVE, SENSITIVE]),
        ("email", "debtor", "主题：逾期通知\n薛文斌先生（住址：武汉市洪山区珞喻路1037号华中园小区12栋）：\n您的借款已逾期33天，"
         "请尽快处理。", [("PERSON", "薛文斌"), ("ADDRESS", "武汉市洪山区珞喻路1037号华中园小区12栋")], [EXCESSIVE]),
        ("notice", "debtor", "执行告知\n柴永刚：\n（2026）川0703执1205号案件已立案执行。请您于收到本告知之日起五日内履行生效判决确定的义务，"
         "或前往绵阳市涪城区剑南路东段51号涪城区人民法院执行局说明财产状况。拒不履行的，法院可依法将您纳入失信被执行人名单。\n"
         "申请执行人：安盈分期", [("PERSON", "柴永刚"), ("ADDRESS", "绵阳市涪城区剑南路东段51号")], []),
        ("app", "debtor", "老吴 你上回说年底单位发了奖金就还 那我们就等到一月十号 到时候我再提醒你", [("PERSON", "老吴")], []),
        ("sms", "third_party", "【佳禾金融】您好，閣下之友人冼志明於本公司之分期已逾期，煩請轉告其盡快聯繫本公司處理。",
         [("PERSON", "冼志明")], [DISCLOSURE]),
        ("call", "third_party", "催收员：妹儿 你是苗建平的女儿嘛 你老汉儿在我们安盈欠了六千多 你们屋头晓得不\n联系人：我爸的事你找他",
         [("PERSON", "苗建平")], [DISCLOSURE]),
        ("app", "third_party", "你好 你是康晓东的同事吧 我发你一张他的借款合同截图 你看看 借了三万多一直不还", [("PERSON", "康晓东")],
         [DISCLOSURE]),
        ("email", "third_party", "主题：员工欠款提醒\n致 华中园物业服务有限公司：\n贵司员工薛文斌在我司借款逾期33天，欠款7,650元，请转告本人尽快处理。\n"
         "安盈分期", [("PERSON", "薛文斌")], [DISCLOSURE]),
        ("call", "third_party", "坐席：您好 请问是薛文斌吗\n联系人：不是 我是他同事 你们是不是催债的\n"
         "坐席：不好意思 具体事情我们只能和他本人沟通 麻烦您转告他回个电话 谢谢", [("PERSON", "薛文斌")], []),
        ("call", "third_party", "坐席：您好 请问是吴春华家吗\n联系人：是 我是他儿子 他住院了 有啥事\n"
         "坐席：好的 那不打扰他休息了 等他方便了请他回个电话就行 祝他早日康复", [("PERSON", "吴春华")], []),
    ],
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
