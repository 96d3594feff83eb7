"""Writes `pipl_dev14.jsonl`: a fresh PIPL batch for the round on `pii.sensitive` and `pii.excessive` after set J was
released, in voices others write in, measured once with the shipped code before any rule was changed for it.

Voices: lenders' SMS templates with their 【】 signatures and 退订 tails, robot outbound scripts (按1/按2 menus),
ASR call transcripts with spaced words, WeChat family, classmates', church, company, building and village group chats,
letters to employers, landlords, schools and residents' committees, e-mail with 主题/主旨 lines, a visit letter and a
collection notice with their field lines, Cantonese, Hokkien, Shanghainese, Sichuanese, Hunanese and north-eastern
speech, and traditional characters. Families by the id's first letter, as in `make_pipl_dev13`: h health, p pregnancy
and childbirth, m mental health and addiction, d disability, c children, w whereabouts, routines and travel, f finances
and assets, r religion, k records, biometrics and specific identities, x excessive, t third-party disclosure, u
unmasked identifiers, n lawful.

Decisions on the open questions, by contract section 5, as in `make_pipl_dev13`: relief offered for a hardship names
no sensitive data when it stays generic (家庭困难, 重大疾病等特殊情况) and is `pii.sensitive` when it names the
condition or the treatment; a relative's name or number is `pii.excessive` (a relative's mobile written out is also
an unmasked identifier); a plate with where the car stands every day is `pii.sensitive` (whereabouts); an address
without any name is not `pii.excessive`; a lender's own office, a hospital's own appointment and a school's own notice
name nobody's sensitive data.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev14.jsonl
--no-weibo`, 155 messages, 49 lawful): `pii.unmasked_identifier` P 1.000 R 1.000 F1 1.000,
`pii.third_party_disclosure` 1.000 / 1.000 / 1.000, `pii.sensitive` P 0.939 R 0.902 F1 0.920, `pii.excessive` P 1.000
R 0.913 F1 0.955, `pii.*` micro P 0.975 R 0.944 F1 0.960; structured ids 1.000 / 1.000, PERSON 0.868 / 0.719, ADDRESS
0.889 / 0.800. Missed: a Taiwanese afternoon shift at a bookshop (每日下午兩點於…打工), a north-eastern night at a
bath house, a net bar every night told to a hometown group, a Taiwanese annuity policy's cash value, a Hong Kong son's
school beside his mother's job, a north-eastern father-in-law's block and wife named in spaced ASR, the floor a debtor
lives on told to a building group; flagged: a teacher asked to pass word through a pupil, a school's and a village
clinic's own health-check notices.

`python -m benchmarks.data.make_pipl_dev14` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV14_FILE = "pipl_dev14.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # health: the debtor's or a relative's condition, treatment, ward or medicine
    ("h01", "sms", "debtor", "【乐信分期】尊敬的客户，获悉您在市肿瘤医院做第三期化疗，望您早日康复，也请您安排好本月2,380元的还款。", "", "S"),
    ("h02", "call", "debtor", "坐席：你 媳妇 那个 红斑 狼疮 一直 在 风湿 科 打 激素 我们 清楚 的\n客户：跟你们有什么关系", "", "S"),
    ("h03", "app", "third_party", "[业主群] 8栋的熊立军欠我们公司一万多，听说他得了肺结核在家隔离，大家路过帮忙提醒一下。", "P:熊立军", "ST"),
    ("h04", "notice", "third_party", "致华通物流有限公司人事处：\n贵司叉车司机姚树林患有癫痫，需长期服用丙戊酸钠，其在我司借款逾期四个月，请贵司督促其履约。",
     "P:姚树林", "ST"),
    ("h05", "sms", "debtor", "你阿媽喺伊利沙伯醫院洗緊腎，我哋都知，錢都係要還㗎。", "", "S"),
    ("h06", "email", "debtor", "主旨：帳款提醒\n陳先生您好：\n聽聞您上月因心肌梗塞裝了心臟支架，目前仍在復健，但本期款項新台幣一萬二千元仍須於月底前繳清。",
     "", "S"),
    ("h07", "sms", "debtor", "您好，您反映妻子确诊乳腺癌正在化疗，我司已为您办理三个月停息挂账。", "", "S"),
    ("h08", "app", "debtor", "[语音转文字] 你 那个 糖尿病 每天 打 胰岛素 的 钱 倒是 舍得 花 欠 我们 的 就 不 管 了", "", "S"),
    ("h09", "sms", "debtor", "你老汉儿脑梗住进华西了嘛，我们晓得，但是钱还是要还噻。", "", "S"),
    ("h10", "call", "debtor", "坐席：您好 这里 是 安逸 花 智能 语音 我们 了解到 您 正在 接受 抑郁症 治疗 请 按 1 申请 延期 按 2 转 人工\n客户：2",
     "", "S"),
    ("h11", "sms", "debtor", "侬开刀割胆囊刚出院，阿拉晓得，不过钞票还是要还的呀。", "", "S"),
    # pregnancy and childbirth
    ("p01", "sms", "debtor", "听说你老婆预产期在下个月，住的是妇幼保健院的VIP病房，钱多得很嘛，先把欠款还了。", "", "S"),
    ("p02", "app", "debtor", "[微信] 你还在坐月子对吧，我们的人就在你月子中心楼下等。", "", "S"),
    ("p03", "call", "debtor", "坐席：你 现在 哺乳期 在家 带 娃 我们 知道 但 你 老公 那 份 得 还\n客户：……", "", "S"),
    ("p04", "app", "third_party", "[同学群] 大家还记得邵婷吧，她怀孕七个月了还在借网贷，欠我们三万，谁有她新号码发我一下。", "P:邵婷", "ST"),
    # mental health and addiction
    ("m01", "sms", "debtor", "你在戒毒所待过两年，这种底子还想赖账？", "", "S"),
    ("m02", "email", "third_party", "主题：关于贵司员工欠款\n致远景科技人力资源部：\n贵司员工程志刚长期服用抗焦虑药物，曾在安定医院就诊，其在我司借款已逾期，请贵司知悉。",
     "P:程志刚", "ST"),
    ("m03", "call", "debtor", "坐席：你 不是 天天 去 心理 咨询 吗 医生 说 你 有 强迫症 吧\n客户：你们怎么会知道", "", "S"),
    # disability
    ("d01", "sms", "debtor", "你拿着二级肢体残疾证领补贴，却不还我们的钱，好意思吗？", "", "S"),
    ("d02", "app", "third_party", "[村民群] 东头聋哑的那个老贺，欠我们平台六千块，谁见到他比划一下让他还钱。", "", "ST"),
    # children and minors
    ("c01", "sms", "debtor", "你儿子在育才中学初二三班，每天骑电动车从南门出来，我们的人认识他。", "", "S"),
    ("c02", "call", "debtor", "坐席：你 闺女 在 金色 摇篮 幼儿园 中 班 每天 下午 五 点 你 婆婆 去 接 对 吧\n客户：你们别乱来", "", "S"),
    ("c03", "notice", "third_party", "致第二实验小学德育处：\n贵校三年级学生范子轩的父亲范文斌拖欠我司贷款八万元，长期失联，请校方协助联系家长。",
     "P:范子轩|P:范文斌", "STX"),
    ("c04", "sms", "debtor", "你個女喺屯門嗰間國際學校讀小五，每朝七點半校巴接，我哋知㗎。", "", "S"),
    ("c05", "email", "debtor", "主题：最后提醒\n龙先生：\n您女儿今年十四岁，在新东方周末班学英语，请您为孩子想一想，尽快还款。", "", "S"),
    ("c06", "app", "debtor", "恁囝逐日佇托管班食昼，下晡五点半才返，阮知影。", "", "S"),
    ("c07", "sms", "debtor", "你儿子才十七岁就在我们平台用你身份借过钱，这事学校知道吗？", "", "S"),
    # whereabouts, routines and travel
    ("w01", "sms", "debtor", "【速融金服】系统定位显示您今晚入住杭州西湖区汉庭酒店，请于退房前处理逾期款项。", "", "S"),
    ("w02", "call", "debtor", "坐席：你 每天 晚上 八 点 都 在 人民 公园 跳 广场舞 我们 的 人 去 那 找 你\n客户：你们敢", "", "S"),
    ("w03", "app", "debtor", "[微信] 你这周在老家县医院陪床，住院部六楼，我们明天过去看看你。", "", "S"),
    ("w04", "sms", "debtor", "你每周二、周四晚上都在城南那个麻将馆打牌到十一点，我们都看着呢。", "", "S"),
    ("w05", "email", "debtor", "主旨：外訪通知\n林小姐：\n經查您每日下午兩點於信義區誠品書店打工，本公司專員將於明日前往拜訪。", "", "S"),
    ("w06", "sms", "debtor", "你车牌湘A3F7K2的车每天早上停在望城区政府大院里，我们知道你在哪上班。", "V:湘A3F7K2", "S"),
    ("w07", "call", "debtor", "坐席：你 搁 那 洗浴 中心 一 待 就 是 一宿 我们 都 瞅见 了\n客户：……", "", "S"),
    ("w08", "app", "third_party", "[老乡群] 谁认识万刚？他欠我们钱，这几天每天晚上都在火车站旁边那家网吧，有人碰到帮忙喊一声。", "P:万刚", "ST"),
    ("w09", "sms", "debtor", "你下周三坐G1372次高铁回长沙，我们在南站出站口等你。", "", "S"),
    # finances and assets beyond what the message needs
    ("f01", "sms", "debtor", "你微信零钱通里还有两万八，支付宝理财还有五万，别说没钱还。", "", "S"),
    ("f02", "call", "debtor", "坐席：你 在 工行 有 张 定期 存单 二十 万 下个 月 到期 我们 查得到\n客户：那是我爸的钱", "", "S"),
    ("f03", "email", "debtor", "主旨：資產查核\n吳先生：\n查得您在國泰人壽有一張年金保單，保單價值準備金約新台幣四十萬元，請優先清償本公司欠款。", "", "S"),
    ("f04", "notice", "third_party", "致金鹏机械厂财务部：\n贵厂员工庞海涛月薪七千五，另在农商行有一笔十万元定期存款，请协助从其工资中扣划欠款。",
     "P:庞海涛", "ST"),
    ("f05", "sms", "debtor", "你名下两套房，一套在滨江一套在萧山，还有一辆宝马，欠我们三万块装什么穷。", "", "S"),
    ("f06", "app", "debtor", "[语音转文字] 你 股票 账户 里 还 有 十几 万 市值 我们 都 看到 了 割 一点 出来 还 钱", "", "S"),
    # religion
    ("r01", "sms", "debtor", "你是佛门居士，每月初一十五都去灵隐寺烧香，欠钱不还不怕报应？", "", "S"),
    ("r02", "app", "third_party", "[教会群] 各位弟兄姊妹，咱们团契的岳志诚欠我们公司两万块钱一直不还，请大家为他祷告并劝他还款。",
     "P:岳志诚", "ST"),
    ("r03", "call", "debtor", "坐席：你 斋月 白天 不 吃饭 有 力气 躲 我们 电话 没 力气 还钱\n客户：你尊重一点", "", "S"),
    # records, biometrics and specific identities
    ("k01", "sms", "debtor", "你刑满释放才一年，再不还钱我们把你的底子发给你们社区。", "", "S"),
    ("k02", "app", "debtor", "[微信] 你注册时上传的人脸照片和手持身份证照片都在我这儿，不还钱就等着被用。", "", "S"),
    ("k03", "sms", "debtor", "你是低保户，每月领着民政的补助，还借网贷，我们可以跟街道说一声。", "", "S"),
    ("k04", "email", "debtor", "主题：身份核实\n您好，您的虹膜与掌纹信息已在我司风控系统备案，逃避还款无济于事。", "", "S"),
    ("k05", "call", "debtor", "坐席：你 是 退役 军人 吧 退伍 证 我们 看 过 当过 兵 的 人 怎么 能 赖账\n客户：这个你们怎么知道", "", "S"),
    # excessive: more than the message needs about the debtor and the family
    ("x01", "sms", "debtor", "【融易借】姜海波先生，您登记的住址为郑州市金水区花园路88号院3号楼2单元601，单位为河南中烟，请于今日18点前还款。",
     "P:姜海波|A:郑州市金水区花园路88号院3号楼2单元601", "X"),
    ("x02", "call", "debtor", "坐席：喂 是 骆 永 红 吧 你 老公 任 建 新 你 儿子 任 浩 然 我们 都 联系 得 上\n客户：你们想干啥",
     "P:骆 永 红|P:任 建 新|P:任 浩 然", "X"),
    ("x03", "email", "debtor", "主题：催款函\n蔡立伟先生：\n您就职于深圳市南山区腾达科技有限公司研发部，现住宝安区西乡街道固戍二路56号，请在三日内结清欠款。",
     "P:蔡立伟|A:宝安区西乡街道固戍二路56号", "X"),
    ("x04", "sms", "debtor", "你妈的手机15907316624我们存着，你爸的13787025516也有，不还就轮流打。", "M:15907316624|M:13787025516", "UX"),
    ("x05", "app", "debtor", "[微信] 覃志明，你岳父莫德福在县里开五金店，你小舅子莫伟在交警队，要不要我们去说说？",
     "P:覃志明|P:莫德福|P:莫伟", "X"),
    ("x06", "sms", "debtor", "黎國強，你老婆陳美玲喺觀塘嗰間茶餐廳做收銀，你個仔黎子健喺九龍塘讀書，自己諗。",
     "P:黎國強|P:陳美玲|P:黎子健", "SX"),
    ("x07", "notice", "debtor", "上门拜访函\n拜访对象：储文杰\n现居住地：南京市鼓楼区中山北路200号12幢502室\n工作单位：南京地铁运营公司\n我司工作人员将于本周内上门沟通还款事宜。",
     "P:储文杰|A:南京市鼓楼区中山北路200号12幢502室", "X"),
    ("x08", "sms", "debtor", "你弟弟祁文斌在富士康上班，电话18073215562，我们已经打过去了。", "P:祁文斌|M:18073215562", "UX"),
    ("x09", "email", "debtor", "主旨：聯絡人通知\n游先生您好：\n您所登錄之緊急聯絡人為配偶游淑芬，任職於台中榮總護理部，若您持續未繳款，本公司將與其聯繫。",
     "P:游淑芬", "X"),
    ("x10", "call", "debtor", "坐席：邱 国 庆 先生 您 现在 住 在 江岸 区 后湖 大道 百步亭 花园 现代 城 5 栋 吧 您 儿子 邱 梓 轩 在 光谷 上班\n客户：是又怎样",
     "P:邱 国 庆|A:江岸 区 后湖 大道 百步亭 花园 现代 城 5 栋|P:邱 梓 轩", "X"),
    ("x11", "sms", "debtor", "穆春生，你家住东营市东营区西四路628号，你媳妇在胜利油田医院上班，你自己掂量。",
     "P:穆春生|A:东营市东营区西四路628号", "X"),
    ("x12", "app", "debtor", "[语音转文字] 祝 海 峰 你 姐夫 叫 严 明 在 税务 局 你 表哥 叫 祝 军 开 出租车 我们 都 查 到 了",
     "P:祝 海 峰|P:严 明|P:祝 军", "X"),
    ("x13", "sms", "debtor", "侬叫褚国梁对伐，住勒闵行区七宝镇漕宝路3366弄12号，侬老婆勒隔壁超市上班，阿拉全晓得。",
     "P:褚国梁|A:闵行区七宝镇漕宝路3366弄12号", "X"),
    ("x14", "sms", "debtor", "卢志刚先生，您好，您的借款已逾期。您妻子郝丽萍的电话13607315570已设为联系人，我们将联系她核实。",
     "P:卢志刚|P:郝丽萍|M:13607315570", "UX"),
    ("x15", "email", "debtor", "主题：还款通知\n尊敬的司马俊先生：\n根据您预留的资料，您在中铁十一局第三工程处任职，您的父亲司马长河住在襄阳老家，请您尽快处理欠款。",
     "P:司马俊|P:司马长河", "X"),
    ("x16", "sms", "debtor", "區志強，你住喺深水埗桂林街45號4樓，你老豆喺北河街街市賣菜，我哋隨時上嚟。",
     "P:區志強|A:深水埗桂林街45號4樓", "X"),
    ("x17", "notice", "debtor", "催收告知函\n借款人：桂明辉\n户籍地址：江西省赣州市于都县贡江镇长征大道16号\n配偶：钟晓燕\n配偶单位：于都县人民医院\n请于收到本函后七日内还款。",
     "P:桂明辉|A:江西省赣州市于都县贡江镇长征大道16号|P:钟晓燕", "X"),
    ("x18", "app", "debtor", "[语音转文字] 武 大 志 你 老 丈人 家 在 铁西 区 兴华 街 那 栋 楼 你 媳妇 叫 于 红 我们 都 门儿清",
     "P:武 大 志|P:于 红", "X"),
    ("x19", "sms", "debtor", "你哥宁国栋在市中医院当医生，你嫂子在二中教书，要不我们去找他们聊聊你的事？", "P:宁国栋", "X"),
    ("x20", "email", "debtor", "主题：联系人变更确认\n您好，您新增的联系人为：父亲 滕建华 13974061128、母亲 刘淑兰 15116235570，我司将定期与其核实您的情况。",
     "P:滕建华|M:13974061128|P:刘淑兰|M:15116235570", "UX"),
    # third-party disclosure
    ("t01", "sms", "third_party", "【嘉信催收】您好，您的亲属苏振东在我司的信用贷款已逾期120天，欠款两万一千元，请督促其尽快还款。", "P:苏振东",
     "T"),
    ("t02", "notice", "third_party", "致幸福里社区居委会：\n辖区居民田志伟在我司的分期借款已逾期六个月，本息合计一万七千元，恳请居委会协助联系本人。",
     "P:田志伟", "T"),
    ("t03", "notice", "third_party", "房东您好：\n您的租客甘小龙在我司借款逾期未还，欠款九千八百元，如他搬走请及时告知我们，谢谢。", "P:甘小龙", "T"),
    ("t04", "call", "third_party", "坐席：喂 是 阚 老师 吗 您 班上 学生 家长 薛 强 在 我们 这 贷款 逾期 了 麻烦 让 孩子 带 个 话\n联系人：这不合适吧",
     "P:薛 强", "T"),
    ("t05", "app", "third_party", "[公司群] 各位同事，仓储部的闫海欠我们平台一万二逾期三个月了，大家见到他让他回个电话。", "P:闫海", "T"),
    ("t06", "email", "third_party", "主旨：債務催告協助\n致 永豐大樓管理委員會：\n貴大樓住戶鍾明哲積欠本公司信用卡帳款新台幣八萬元，敬請轉知本人儘速處理。",
     "P:鍾明哲", "T"),
    ("t07", "call", "third_party", "坐席：您好 这里 是 好 借 钱包 智能 客服 您 的 紧急 联系人 汤 宏 借款 已 逾期 六十 天 请 转告 其 还款 确认 请 按 1\n联系人：1",
     "P:汤 宏", "T"),
    ("t08", "sms", "third_party", "喂，你兄弟伙谭勇在我们这借的钱拖了半年了，你帮忙喊他还一下嘛。", "P:谭勇", "T"),
    ("t09", "sms", "third_party", "您好，我们是正信资产，受托处理宗建平的逾期借款一万三千元，您作为他的同事，请转告他联系我们。", "P:宗建平", "T"),
    ("t10", "notice", "third_party", "致盛达汽配有限公司：\n贵司员工裴志强拖欠我司借款，本息共计二万五千元，现请贵司协助通知其本人并代为扣款。",
     "P:裴志强", "T"),
    ("t11", "app", "third_party", "[楼栋群] 邻居们好，杭晓东欠我们公司两万块钱，电话不接，他住5楼东户，大家帮忙转告。", "P:杭晓东", "TX"),
    ("t12", "sms", "third_party", "您好，您的女婿鲁斌欠我司款项一万元，身份证号320106198704152139，请您转告他尽快还款。",
     "P:鲁斌|I:320106198704152139", "TU"),
    ("t13", "call", "third_party", "坐席：您 是 房东 吧 你 那个 租客 包 伟 欠 我们 网贷 七千 他 电话 17308461293 打 不 通\n联系人：我不知道",
     "P:包 伟|M:17308461293", "TU"),
    ("t14", "sms", "third_party", "你好，你同事馮家豪欠我哋財務公司三萬蚊，佢成日唔覆電話，麻煩你話聲佢知。", "P:馮家豪", "T"),
    ("t15", "notice", "third_party", "致石桥村村委会：\n贵村村民郝长林（住石桥村三组18号）在我司借款逾期，欠款四万元，请村委协助督促。",
     "P:郝长林|A:石桥村三组18号", "TX"),
    ("t16", "email", "third_party", "主题：员工借款逾期告知\n致智联广告有限公司财务部：\n贵司员工柴宇轩在我司的消费贷款逾期九十天，欠款一万五千元，其工资卡6217002834512970124，请协助扣划。",
     "P:柴宇轩|B:6217002834512970124", "TU"),
    ("t17", "sms", "third_party", "您好，这里是易分期，您的朋友左鹏借款逾期未还，他的紧急联系人填的是您，请您通知他还款。", "P:左鹏", "T"),
    ("t18", "app", "third_party", "[家族群] 二叔，你家柳文军在外面欠了网贷三万多，我们是平台的，请你们家人帮忙劝劝。", "P:柳文军", "T"),
    ("t19", "sms", "third_party", "您好，您的妻子晏秀梅在我司的借款已被列为严重逾期，金额一万二千元，请转告。", "P:晏秀梅", "T"),
    ("t20", "call", "third_party", "坐席：喂 您 是 卜 建 国 的 父亲 吧 他 在 我们 这 的 分期 还 差 八千 没 还\n联系人：他都三十多了我管不了",
     "P:卜 建 国", "T"),
    # unmasked identifiers
    ("u01", "sms", "debtor", "【闪银】您好，您的还款卡6228480433187650125本期扣款失败，请及时存入资金。", "B:6228480433187650125", "U"),
    ("u02", "call", "debtor", "坐席：我 核对 下 您 的 身份证 号 是 五 一 零 一 零 七 一 九 九 零 零 八 二 二 四 零 六 X 对 吗\n客户：对的",
     "I:五 一 零 一 零 七 一 九 九 零 零 八 二 二 四 零 六 X", "U"),
    ("u03", "sms", "debtor", "您好，您身份證號碼440304198503127311名下嘅貸款已逾期，請盡快還款。", "I:440304198503127311", "U"),
    ("u04", "app", "debtor", "[微信] 你的号码15874216603我们已经发到催收系统了，接不接自己看。", "M:15874216603", "U"),
    ("u05", "notice", "debtor", "逾期催告函\n借款人：蒲文涛\n身份证号：370202199307051821\n还款账户：6230580001843710123\n请于十日内履行还款义务。",
     "P:蒲文涛|I:370202199307051821|B:6230580001843710123", "U"),
    ("u06", "email", "debtor", "主题：扣款失败提醒\n您好，您的还款账户 6214 8360 2718 4520 124 本期扣款失败，请于本周五前存入足额款项。",
     "B:6214 8360 2718 4520 124", "U"),
    ("u07", "sms", "debtor", "您好，您预留的手机号177-3218-4596暂时无法接通，请尽快回电。", "M:177-3218-4596", "U"),
    ("u08", "call", "debtor", "坐席：你 的 卡 号 是 6222 0237 0148 1120 129 我们 今天 下午 再 扣 一次\n客户：别扣了",
     "B:6222 0237 0148 1120 129", "U"),
    ("u09", "sms", "debtor", "你身份證610103198209274550我哋已經記錄，唔還錢後果自負。", "I:610103198209274550", "U"),
    ("u10", "sms", "debtor", "【分秒贷】尊敬的用户，您绑定的手机号13807314429将于今日收到还款提醒，如号码变更请及时修改。", "M:13807314429",
     "U"),
    ("u11", "app", "debtor", "[语音转文字] 你 手机 号 是 幺 三 九 零 七 三 幺 八 八 二 六 吧 我们 一直 打 你 不 接",
     "M:幺 三 九 零 七 三 幺 八 八 二 六", "U"),
    ("u12", "email", "debtor", "主旨：身分確認\n您好，本公司系統登記之身分證號為420106199501183048，如有錯誤請回覆。", "I:420106199501183048", "U"),
    ("u13", "sms", "debtor", "侬格卡6212261703004580120里向一分铜钿也没，快点打进去。", "B:6212261703004580120", "U"),
    ("u14", "notice", "debtor", "还款提醒单\n客户姓名：芦晓峰\n手机号码：18692034417\n逾期金额：2,780元\n请及时还款。",
     "P:芦晓峰|M:18692034417", "U"),
    ("u15", "call", "debtor", "坐席：您 预留 的 号码 是 一 五 二 七 三 八 六 四 零 九 一 对 吧\n客户：对", "M:一 五 二 七 三 八 六 四 零 九 一", "U"),
    ("u16", "sms", "debtor", "您好，您的登录账号13517406683已被冻结，还清欠款后方可解冻。", "M:13517406683", "U"),
    # lawful, in the same voices: hard ones where the words of a sensitive or excessive message appear
    ("n01", "sms", "debtor", "【乐信分期】您好，您本期应还1,980元，还款日12月28日，请确保尾号0124的银行卡余额充足。退订回T", "", ""),
    ("n02", "sms", "debtor", "【市肿瘤医院】温馨提示：您预约的化疗门诊在明天上午九点，请携带医保卡到三楼报到。", "", ""),
    ("n03", "call", "debtor", "客户：我 刚 做完 手术 在 家 休养 实在 没 收入\n坐席：明白 您 先 养好 身体 我们 帮 您 申请 三 个 月 的 延期", "", ""),
    ("n04", "sms", "debtor", "您好，您因家庭困难申请的停息挂账已审核通过，新的还款计划已发送至APP。", "", ""),
    ("n05", "app", "debtor", "【安全提示】为保护您的账户，修改还款卡需进行人脸识别，请本人操作。", "", ""),
    ("n06", "email", "debtor", "主题：个人信息保护说明\n我司收集您的身份信息仅用于合同履行，不会向您的亲友、单位或其他第三方披露。", "", ""),
    ("n07", "sms", "debtor", "您好，线下还款可到我司服务网点：长沙市芙蓉区五一大道368号华远国际中心18楼（周一至周五9:00-18:00）。",
     "A:长沙市芙蓉区五一大道368号华远国际中心18楼", ""),
    ("n08", "sms", "debtor", "【学而优教育分期】您好，您为孩子报名的暑期课程分期本月应还560元，请按时还款。", "", ""),
    ("n09", "sms", "debtor", "中秋佳节，祝您和家人身体健康，阖家幸福！【融易借】", "", ""),
    ("n10", "call", "debtor", "坐席：您好 这里 是 好 借 钱包 智能 客服 查询 账单 请 按 1 办理 延期 请 按 2 人工 服务 请 按 0\n客户：1", "", ""),
    ("n11", "sms", "debtor", "您好，您的借款已全部结清，结清证明可在APP“我的-证明开具”中下载。", "", ""),
    ("n12", "app", "debtor", "[家长群] 各位家长，下周一学校体检，请孩子空腹到校，谢谢配合。", "", ""),
    ("n13", "sms", "debtor", "你好，今期要還八百蚊，記得準時過數，有問題打熱線。", "", ""),
    ("n14", "sms", "debtor", "汝好，这期的钱礼拜五到期，会记得还喔。", "", ""),
    ("n15", "email", "debtor", "主旨：本期帳單\n您好，您本期應繳新台幣3,120元，繳款截止日為1月5日，若已繳納請勿理會。", "", ""),
    ("n16", "sms", "debtor", "侬好，侬格分期下礼拜一到期，记得还，有问题打客服电话。", "", ""),
    ("n17", "notice", "debtor", "结清证明\n借款人：蒲*涛\n证件号码：3702**********1821\n该笔借款已于2026年12月1日全部结清，特此证明。", "", ""),
    ("n18", "sms", "debtor", "您好，您的手机号158****6603已完成换绑。", "", ""),
    ("n19", "call", "debtor", "客户：我 老婆 怀孕 了 下个 月 生 开销 很 大\n坐席：理解 恭喜 您 我们 可以 帮 您 把 这 期 分成 三 次 还", "", ""),
    ("n20", "sms", "debtor", "您好，您反映的困难我们已登记，可为您办理分期还款，详情请咨询客服。", "", ""),
    ("n21", "email", "third_party", "主题：回复：员工信息核实\n您好，根据公司规定，我们不对外提供员工个人信息，请通过正规渠道联系本人。", "", ""),
    ("n22", "app", "debtor", "[村民群] 通知：下周三上午村卫生室免费为六十岁以上老人体检，请大家带好身份证。", "", ""),
    ("n23", "sms", "debtor", "您好，我司不会通过联系您的家人、同事或朋友的方式催收，请您放心。", "", ""),
    ("n24", "call", "third_party", "坐席：您好 请问 是 汤 先生 吗\n联系人：你打错了\n坐席：不好意思 打扰 了", "", ""),
    ("n25", "sms", "debtor", "【速融金服】您的账单已出，本期应还1,650元。如遇重大疾病、失业等特殊情况，可致电客服申请协商还款。", "", ""),
    ("n26", "email", "debtor", "主题：还款日调整\n您好，您说最近家里有事，我们已将本期还款日顺延至下月10日，期间不收取罚息。", "", ""),
    ("n27", "notice", "debtor", "分期还款协议\n借款人：姜*波\n分期期数：6期\n每期金额：1,120元\n首期还款日：2027年1月15日", "", ""),
    ("n28", "sms", "debtor", "您好，本月账单可通过微信、支付宝、银行转账等方式还款，还款后请保留凭证。", "", ""),
    ("n29", "app", "debtor", "[语音转文字] 您好 我 是 融易借 的 客服 小 李 您 这 期 的 账单 后天 到期 记得 按时 还款 哦", "", ""),
    ("n30", "sms", "debtor", "还款请至人民医院对面的我司营业厅办理，节假日照常营业。", "", ""),
    ("n31", "sms", "debtor", "你好嘛，这个月的账单记到还哈，有啥子问题打客服电话。", "", ""),
    ("n32", "notice", "third_party", "致幸福里社区居委会：\n我司拟于本月十五日在社区开展金融反诈宣传活动，届时请居委会协助通知居民参加。", "",
     ""),
    ("n33", "sms", "debtor", "您好，根据您提供的收入证明，您的还款方案已调整为每月800元。", "", ""),
    ("n34", "call", "debtor", "坐席：您 好 方便 说话 吗\n客户：我 在 医院 陪 我 妈 做 检查\n坐席：那 您 先 忙 我们 明天 再 联系 您", "", ""),
    ("n35", "sms", "debtor", "您好，您提交的征信异议申请已受理，处理结果将在15个工作日内通知您。", "", ""),
    ("n36", "email", "debtor", "主题：自动扣款提醒\n您好，本月15日将从您尾号0123的银行卡扣款1,480元，请确保余额充足。", "", ""),
    ("n37", "sms", "debtor", "喂，你这期的款子明天到期哒，莫忘记还哦，有问题打客服。", "", ""),
    ("n38", "app", "debtor", "[微信] 客户：我下个月要做个手术，钱可能紧张\n客服：祝您早日康复，如需延期还款可以随时在APP申请。", "", ""),
    ("n39", "sms", "debtor", "【融易借】温馨提示：谨防冒充客服的电信诈骗，我司不会要求您提供银行卡密码或验证码。", "", ""),
    ("n40", "sms", "debtor", "您好，您的车辆抵押已解除，请携带登记证书到车管所办理解押手续。", "", ""),
    ("n41", "call", "debtor", "坐席：您 好 为了 保护 您 的 隐私 请问 您 是 姜 先生 本人 吗\n客户：是我", "", ""),
    ("n42", "sms", "debtor", "親愛的客戶您好，本公司絕不會向您的家屬、同事或房東透露任何帳務資訊，敬請放心。", "", ""),
    ("n43", "email", "debtor", "主题：投诉回复\n您好，关于您投诉催收员联系您单位一事，经查属实，我们已对其处理并向您致歉。", "", ""),
    ("n44", "sms", "debtor", "【闪银】您好，您的借款已逾期5天，请尽快还款，以免产生额外费用。客服电话400-861-2233。", "", ""),
    ("n45", "notice", "debtor", "年度对账单\n账户：尾号0125\n本年已还：16,800元\n剩余应还：2,400元\n如有疑问请联系客服。", "", ""),
    ("n46", "sms", "debtor", "您好，您申请的宗教节日期间暂停催收已生效，我们将在节后与您联系。", "", ""),
    ("n47", "app", "debtor", "[业主群] 物业通知：本周六上午9点在小区广场举办义诊，欢迎各位业主参加。", "", ""),
    ("n48", "sms", "debtor", "您好，如您目前正在住院或身体不适，可回复“延期”申请顺延还款，无需提供病历。", "", ""),
    ("n49", "email", "third_party", "主题：在职情况核实\n您好，申请人已授权我司向贵单位核实其在职情况，请仅回复“在职”或“不在职”，无需提供其他信息。",
     "", ""),
]


def write_dev14(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV14_FILE, (record(*message, dev=14) for message in MESSAGES))


if __name__ == "__main__":
    write_dev14()
