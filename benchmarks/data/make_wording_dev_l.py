"""Wording development batch l (issue 9, the rules' recall): `python -m benchmarks.data.make_wording_dev_l`.

Written for this file, text by text, by the helper session that tunes the wording rules' recall, before any
detector was run on it and without reading any evaluation set for it. It is written in others' voices: lenders'
SMS templates behind a 【signature】, robot dialer scripts with keypad menus and conditionals, human calls
transcribed by ASR without punctuation, quoted case texts that follow a lead (给你看个案例：…), dialect and
slang (Sichuan, Northeastern, Cantonese, Wu, Henan), sarcasm and obfuscated spellings. Two thirds violate one
or more of the eight judged categories, weighted to the families the rules last missed: spoken jail claims
(进去蹲几年, 吃牢饭, 拘你), veiled visits (we'll come and have tea, say hello to your parents), 以新还旧 /
以贷养贷 advice and credit-card cash-out, threats split over two sentences or two turns. One third are hard
compliant messages close to every category (lawful visits, court and arbitration texts, 拒执 explained after a
judgment, the bank's own instalments, warnings against borrowing to repay, customers' own anger). All people,
numbers, companies, courts and places are invented.

First run (tree at commit 444ebf1, before any change for this batch; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_l.jsonl`; 195 messages, 133 violating): rules alone micro
P 0.919 R 0.740 F1 0.820, message-level R 0.759 P 0.971, compliant flagged 3/62; classifier alone micro P 0.951
R 0.630 F1 0.758; fused (what `audit scan` runs) micro P 0.917 R 0.857 F1 0.886, message-level R 0.865 P 0.975,
compliant flagged 3/62 (violence R 0.74, legal R 0.82, rollover R 0.80). Five labels were corrected against the
contract after the first reading, before any change (a debt told to a sister or a boss is also a disclosure, a
fake police 立案 also a false legal claim, 龟儿子 and 不要脸 are insults); with the labels as first written the
fused figure was micro F1 0.867.
After the families of this session (commits ebb50b3 to c907434, rules only, tuned on this batch, so no longer
independent): rules alone micro F1 0.981, fused micro F1 0.981 (P 0.968 R 0.994), compliant flagged 1/62.

Output (deterministic): `wording_dev_l.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_l.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims: spoken jail in slang and dialect
    ("legal-slang", "call", "L", "坐席：你这个情况 再拖下去 进去蹲个三五年是跑不掉的 你自己掂量"),
    ("legal-slang", "call", "L", "坐席：兄弟 你是想吃牢饭是吧 几万块钱不至于把自己搞进去吧"),
    ("legal-slang", "app", "L", "钱不还，等着派出所来拘你，到时候别说我没提醒。"),
    ("legal-slang", "call", "L", "坐席：你这属于恶意逃废债 够判了 到时候手铐一戴 你家里人都得去看守所给你送衣服"),
    ("legal-slang", "call", "L", "坐席：老铁 我跟你唠实在的 再不还 局子你是必须得进去溜达一圈了"),
    ("legal-slang", "sms", "L", "【瑞丰消费金融】王*，您的欠款已达刑事立案标准，48小时内不处理将移交经侦，后果自负。"),
    ("legal-slang", "call", "L", "坐席：你莫跟我扯 再不还钱 公安来铐你 你屋头娃儿以后考公务员都莫得指望"),
    ("legal-slang", "app", "L", "劝你想清楚，踩缝纫机的日子可不好过，三年起步。"),
    ("legal-slang", "call", "L", "坐席：你系咪想坐监啊 唔还钱差人上门拉你 到时就唔系我哋讲咗算"),
    ("legal-slang", "call", "L", "坐席：侬再不还 吃官司是吃定了 要去里厢蹲的 晓得伐"),
    ("legal-slang", "sms", "L", "【青禾分期】张*，您已被列为诈骗嫌疑人，今日内不结清，将依法对您采取刑事拘留措施。"),
    ("legal-slang", "call", "L", "坐席：你信不信 我一个电话 明天就有人把你带走 关你十五天"),
    ("legal-slang", "app", "L", "你这种情况，银行一报案就是信用卡诈骗，判个三年都算轻的。"),
    ("legal-slang", "call", "L", "坐席：恁再拖 俺们就报案 到时候把恁逮进去 恁孩儿上学政审都过不去"),
    ("legal-slang", "sms", "L", "【瑞丰消费金融】王*，您名下的案件已进入抓捕程序，请于今日18点前处理，以免影响出行。"),
    ("legal-slang", "call", "L", "坐席：我们这边已经申请了拘传 你人在哪 警察都能查到 高铁飞机都坐不了"),
    ("legal-slang", "app", "L", "再拖着，等你的就是一副银手镯，号子里过年的滋味你想尝尝？"),
    # --- false legal claims: robot dialer conditionals
    ("legal-robot", "call", "L", "坐席：您好 这里是青禾分期智能语音 您的借款已逾期 若今日仍未还款 系统将自动提交公安机关备案 还款请按1 人工服务请按0"),
    ("legal-robot", "call", "L", "坐席：尊敬的客户 您的账户已严重逾期 如未在24小时内处理 您的案件将转入刑事程序 并通知户籍地派出所 确认还款请按1"),
    ("legal-robot", "call", "L", "坐席：这里是瑞丰消费金融 您已逾期九十天 逾期不处理将被列入网上追逃名单 了解详情请按2"),
    ("legal-robot", "sms", "L", "【青禾分期】系统提示：您的逾期案件已生成立案编号QH2026-1187，2小时后自动推送至辖区派出所。回复1立即还款。"),
    # --- false legal claims: quoted case texts after a lead
    ("legal-case", "app", "L", "给你看个真实案例：“某市李某欠网贷2.6万元拒不归还，被法院以诈骗罪判处有期徒刑一年六个月。”你好好想想自己会不会是下一个。"),
    ("legal-case", "sms", "L", "【瑞丰消费金融】王*，请参考以下判例：借款人恶意逾期三个月，已被依法逮捕。您的逾期已满三个月，请立即处理。"),
    ("legal-case", "call", "L", "坐席：我给你念一段啊 刑法第一百九十六条 恶意透支 数额较大的 处五年以下有期徒刑 你现在就是这种情况"),
    ("legal-case", "app", "L", "转发给你看看：“男子欠款八千拒不还，警方上门将其带走。”别以为钱少就没事。"),
    ("legal-case", "email", "L", "主题：关于您逾期行为的法律风险提示\n张*：\n附上近期判例一则：借款人借款后失联，被认定为非法占有目的，以贷款诈骗罪追究刑事责任。您目前失联已逾两周，与上述情形一致。\n青禾分期 风控中心"),
    ("legal-case", "call", "L", "坐席：上个礼拜 跟你一样情况的一个 已经被带走了 你要不要我把他的判决书发给你看看"),
    # --- false legal claims: children, schooling, exit and other civil myths
    ("legal-kids", "sms", "L", "【青禾分期】张*，逾期记录将同步至教育系统，您子女明年入学及升学将受影响。"),
    ("legal-kids", "call", "L", "坐席：你不替自己想 也替你女儿想想 她以后当兵考编 一查她爹是个逃债的 直接刷掉"),
    ("legal-kids", "app", "L", "你欠钱不还，你的孩子以后连好一点的学校都进不去，这个你清楚吧。"),
    ("legal-kids", "call", "L", "坐席：逾期超过三个月 你的身份证就会冻结 你以后住酒店买车票都用不了"),
    # --- violence: veiled visits and tea
    ("violence-visit", "call", "V", "坐席：这样吧 明天我们几个兄弟过去你那边坐坐 喝喝茶 顺便聊聊钱的事"),
    ("violence-visit", "app", "V", "帮我给你爸妈带个好，我们下周路过你老家，顺便进去坐坐。"),
    ("violence-visit", "call", "V", "坐席：你们那个小区 八栋二单元 对吧 我们的人已经在楼下了 你自己下来还是我们上去"),
    ("violence-visit", "sms", "V", "王*，你家楼下的早餐店老板人挺好，我们这两天都在那吃的。今天必须有结果。"),
    ("violence-visit", "call", "V", "坐席：你不接电话没关系 我们会去找你喝茶的 到时候就不是坐着聊这么客气了"),
    ("violence-visit", "app", "V", "你闺女每天四点半放学吧，穿个红书包。钱的事你自己掂量。"),
    ("violence-visit", "call", "V", "坐席：今晚我们有兄弟在你家门口蹲着 你回不回来都行 回来了就好好聊聊"),
    ("violence-visit", "call", "V", "坐席：你躲得了初一躲不了十五 我们知道你现在在哪个工地 明天过去给你送点温暖"),
    ("violence-visit", "sms", "V", "【恒穗小贷】张*，我司外访组已到您小区，今天见不到钱，人就不走了，发生任何冲突由您负责。"),
    ("violence-visit", "app", "V", "问候一下你家老太太，腿脚还好吧？上回我们去的时候她在院子里晒太阳。这个月底前必须还清。"),
    ("violence-visit", "call", "V", "坐席：你给我记住 我们找上门的时候 可别怪我们不讲情面"),
    ("violence-split", "app", "V", "你家住哪我清楚得很。\n你老婆几点下班我也清楚。\n钱，明天。"),
    ("violence-split", "call", "V", "坐席：你今天还不还\n客户：没钱\n坐席：行 那你晚上走夜路小心点"),
    ("violence-split", "sms", "V", "王*，这是最后一次好好跟你说话。下次见面就不是说话了。"),
    ("violence-split", "call", "V", "坐席：你车停在哪我知道\n坐席：车胎要是哪天全瘪了 那可不关我们的事"),
    ("violence-split", "app", "V", "最后三天。\n三天后别怪兄弟们手重。"),
    ("violence-dialect", "call", "IV", "坐席：你个龟儿子再不还钱 老子喊几个人过来把你屋头砸了"),
    ("violence-dialect", "call", "V", "坐席：你要系唔还 我哋啲兄弟上嚟搵你饮下茶 到时你就知死"),
    ("violence-dialect", "call", "V", "坐席：你瞅啥 再不还钱 我带人过去削你 你信不"),
    # --- rollover: borrowing new to repay old, cash-out
    ("rollover", "call", "R", "坐席：你这个没钱很简单啊 你去别的平台借一笔 以新还旧嘛 先把我们这边平了"),
    ("rollover", "app", "R", "你信用卡不是还有额度吗？找个POS机刷出来先还我们，下个月再说。"),
    ("rollover", "sms", "R", "【恒穗小贷】张*，还款困难？可通过合作平台“快易借”申请周转资金，当天放款，先还清本期欠款。"),
    ("rollover", "call", "R", "坐席：我教你个办法 你把花呗借呗京东白条都点一遍 凑一凑不就够了"),
    ("rollover", "app", "R", "以贷养贷大家都这么干的，你先拆东墙补西墙，把我们这笔补上再说。"),
    ("rollover", "call", "R", "坐席：信用卡套现你会不会 不会我给你介绍个人 手续费就两个点 今天就能到账"),
    ("rollover", "sms", "R", "【青禾分期】张*，您可在APP内申请“应急周转贷”，放款后系统自动用于结清逾期账单，无需审核。"),
    ("rollover", "call", "R", "坐席：你手机号用了几年了 能不能办个网贷 我这边有渠道 下款快 下来了先还我们的"),
    ("rollover", "app", "R", "身上没钱就去借，朋友不借就网贷，网贷借不到就去找民间的，总有办法。"),
    ("rollover", "call", "R", "坐席：你那个车 开去押了 能押个三四万 够还了"),
    ("rollover", "call", "R", "坐席：你现在年纪轻轻的 去卖个血 一次几百 凑一凑也够了"),
    ("rollover", "app", "R", "你名下不是还有套房吗？挂出去卖了，或者拿去做个抵押，欠的这点钱算什么。"),
    ("rollover", "sms", "R", "【恒穗小贷】王*，我司合作伙伴“鑫速贷”可为您提供最高5万元额度，专用于偿还逾期欠款，点击链接申请。"),
    ("rollover", "call", "R", "坐席：你去跟你们公司预支两个月工资 再不行找高利贷 反正今天这个钱得到位"),
    ("rollover", "call", "R", "坐席：你去找个代还的 他们先帮你垫上 你再分期还他们 很多人都这么做"),
    ("rollover", "app", "R", "你把你那个理财提前赎回，再刷两张信用卡取现，不就凑齐了？"),
    ("rollover", "call", "R", "坐席：你个人征信还行嘛 去银行办个信用贷 拿下来先把我们这个结了"),
    ("rollover", "call", "R", "坐席：侬屋里厢金子首饰拿去当铺当脱 钞票不就有了"),
    # --- third parties pressed or threatened
    ("third-party", "call", "T", "坐席：您好 智能语音提醒 您的借款逾期未还 如仍不处理 系统将在今晚二十点向您的紧急联系人发送催收通知 按1确认还款"),
    ("third-party", "sms", "T", "【恒穗小贷】张*，您的通讯录已授权，若明日12点前未还款，将启动全网联系人协助程序。"),
    ("third-party", "app", "T", "你不还也行，我现在就去你们公司前台等你，顺便跟你们老板聊聊。"),
    ("third-party", "call", "@DT", "坐席：您是张*的姐姐是吧 他欠我们钱您知道吗 他不还您这个当姐的就得替他还 不然我们天天打给您\n第三方：这跟我有什么关系"),
    ("third-party", "call", "T", "坐席：你通讯录里那个备注老妈的 还有那个王总 我都存好了 你自己看着办"),
    ("third-party", "sms", "T", "【青禾分期】王*，鉴于您长期失联，我司已向您的同事群发协助查找函，请尽快联系我们。"),
    ("third-party", "call", "@DT", "坐席：您是王*单位的领导吧 您这个员工欠钱不还 您看能不能从他工资里扣 不然我们只能每天打到你们单位\n第三方：我们不管这个"),
    ("third-party", "app", "T", "你媳妇的电话我打过了，她还不知道你在外面欠了这么多吧？下一个就是你丈母娘。"),
    ("third-party", "call", "T", "坐席：你不接 没关系 你爸的电话我这有 我打给他 让他来处理"),
    ("third-party", "email", "T", "主题：最后催告\n王*：\n如本周五前仍未还款，本司将把催告函抄送您的父母及工作单位，由其督促您履行还款义务。\n恒穗小贷 贷后管理部"),
    ("third-party", "call", "T", "坐席：下午我就去你们村 找村长 找你家族里的长辈 一个一个跟他们说"),
    ("third-party", "sms", "T", "【瑞丰消费金融】王*，逾期不处理，我司将委托第三方走访您的亲属及邻居了解情况。"),
    # --- exposure
    ("exposure", "sms", "E", "【恒穗小贷】张*，今日不处理，您的欠款信息及身份证照片将发布在同城论坛，供广大网友监督。"),
    ("exposure", "call", "EI", "坐席：你不要脸是吧 行 我给你做个海报 贴到你们小区每个单元门口"),
    ("exposure", "app", "E", "你们村的微信群我已经进去了，照片都准备好了，你说我发不发？"),
    ("exposure", "call", "E", "坐席：我们会找本地自媒体给你做一期 标题就叫某某小区业主借钱不还 你看怎么样"),
    ("exposure", "sms", "E", "【青禾分期】王*，您已被列入平台“老赖公示墙”，头像与欠款金额将滚动展示72小时，还款后撤下。"),
    ("exposure", "app", "E", "再不还，你的名字和欠款就挂到抖音上，让大家都认识认识你。"),
    ("exposure", "call", "E", "坐席：你做生意的是吧 你那个店的大众点评下面 我们给你留个言 说说你欠钱的事"),
    ("exposure", "email", "E", "主题：曝光预告\n张*：\n您的逾期情况将于三日后在本司官方公众号“失信曝光”栏目刊出，届时您的姓名、照片及欠款金额将公开。\n恒穗小贷"),
    ("exposure", "call", "E", "坐席：你不还是吧 那我就在你们小区业主群里发个寻人启事 配上你的照片"),
    ("exposure", "app", "E", "你家门口那条街上，我打算拉个横幅，写上你的名字和欠了多少，让街坊们都评评理。"),
    ("exposure", "sms", "E", "【瑞丰消费金融】王*，如仍不还款，我司将在您户籍所在村公告栏张贴催收公告。"),
    # --- impersonation: who speaks
    ("impersonation", "sms", "PL", "【南岭市公安局经侦支队】王*，你涉嫌恶意拖欠网贷一案已受理，请于三日内与办案民警联系并结清欠款。"),
    ("impersonation", "call", "P", "坐席：喂 我这里是城关派出所的 你是王*吧 恒穗小贷报案说你欠钱不还 你今天去把钱还了 这事就算了"),
    ("impersonation", "sms", "P", "【东湖区人民法院执行局】张*，受青禾分期委托，请您于今日内归还欠款，以免进入强制执行。"),
    ("impersonation", "call", "P", "坐席：我是负责你这个案子的律师 姓刘 瑞丰那边已经全权委托我们了 我跟你说 你这个事很严重"),
    ("impersonation", "email", "P", "主题：律师函\n王*：\n本律师受恒穗小贷委托……\n（落款：恒穗小贷法务专员 小周，无执业证号，非律师事务所出具）"),
    ("impersonation", "sms", "P", "【南岭市调解仲裁中心】张*，受瑞丰消费金融委托，您的逾期案件已进入裁决阶段，请立即还款。"),
    ("impersonation", "call", "P", "坐席：您好 这边是市司法局的 您有一笔网贷逾期 被债权人申请了调解 现在需要您配合把钱还上"),
    ("impersonation", "app", "P", "【法务部·冯律师】王*：经我所审查，你已构成违约，请于今日联系本律师处理。（发送方：瑞丰消费金融催收专员）"),
    ("impersonation-legal", "sms", "PL", "【东湖区人民检察院】张*，你因恶意逃避债务已被立案，拘传令已签发，请于今日内到恒穗小贷还款以撤销案件。"),
    ("impersonation-legal", "call", "PL", "坐席：我是刑警大队的 你这笔钱不还 明天我们就去你家把你带走"),
    ("impersonation-legal", "sms", "PL", "【南岭公安】王*，你已被列为网上在逃人员，请立即联系青禾分期处理欠款，结清后解除。"),
    # --- insults: dialect, sarcasm, obfuscation
    ("insult", "call", "I", "坐席：你个瓜兮兮的 借钱的时候笑嘻嘻 还钱的时候装死 你要点脸不"),
    ("insult", "app", "I", "您可真是厉害，借钱不还还能睡得着觉，这脸皮得有多厚啊。"),
    ("insult", "call", "I", "坐席：你这种人活着就是浪费粮食 连条狗都不如"),
    ("insult", "sms", "I", "【恒穗小贷】张*，lao lai 就是说你这种人，请于今日还款。"),
    ("insult", "call", "I", "坐席：你就是个扑街 借钱唔还 冇廉耻嘅"),
    ("insult", "app", "I", "你这个ㄌㄠˇ赖，装什么可怜。"),
    ("insult", "call", "I", "坐席：你个憨批 还跟我讲道理 你配吗"),
    ("insult", "app", "I", "像你这样的垃圾，就该让全世界都看不起你。"),
    ("insult", "call", "I", "坐席：你个瘪三 欠钞票不还 还有脸挂我电话"),
    ("insult", "app", "I", "真是给你爹妈丢人，白养你这么大。"),
    ("insult-violence", "call", "IV", "坐席：你个王八犊子 再不还钱 腿给你打折"),
    ("insult-legal", "call", "IL", "坐席：你这个骗子 骗了钱就想跑 等着坐牢吧"),
    # --- disclosure to third parties
    ("disclosure", "call", "@D", "坐席：您好 您是张*的同事吧 他在我们平台借了三万块钱 已经逾期两个多月了 麻烦您转告他\n第三方：哦 好的"),
    ("disclosure", "sms", "@D", "【恒穗小贷】您好，您的朋友王*在我司借款12,000元已逾期63天，请转告其尽快还款。"),
    ("disclosure", "call", "@D", "坐席：阿姨 您儿子在我们瑞丰消费金融的信用贷 欠了一万八 您让他赶紧处理一下\n第三方：啊 他没跟我说啊"),
    ("disclosure", "app", "@D", "您好，您是张*的紧急联系人。张*在青禾分期的分期账单逾期未还，欠款4,560元，请您督促他还款。"),
    ("disclosure", "call", "@D", "坐席：喂 是王*家吗\n第三方：我是他老婆\n坐席：嫂子 你老公在我们这借了五万 已经拖了半年了 你知道吧"),
    ("disclosure", "sms", "@D", "【瑞丰消费金融】尊敬的联系人：王*先生尾号8812的信用卡已逾期，欠款21,300元，请提醒其还款。"),
    ("disclosure", "call", "@D", "坐席：您好 请问是张*的房东吗 她在我们恒穗小贷有笔贷款逾期了 这个月没还 您见到她跟她说一声\n第三方：行吧"),
    ("disclosure", "email", "@D", "主题：协助提醒\n李女士：\n您的同事王*在青禾分期的借款已逾期90天，金额8,900元。烦请您在方便时提醒其处理。\n青禾分期 客服中心"),
    ("disclosure-pressed", "call", "@DT", "坐席：您是张*的哥哥吧 他欠了我们两万三 逾期四个月了 您当哥的不管 我们就天天打给您\n第三方：我管不了"),
    ("disclosure-pressed", "call", "@DT", "坐席：你是王*的老板吧 他在我们这借的钱逾期了 八千多 你要是不让他还 我们就去你们店里找\n第三方：你找他去"),
    ("disclosure-insult", "call", "@DI", "坐席：您好 您是张*的朋友吧 他在我们这欠了一万多不还 这人就是个老赖 您以后离他远点\n第三方：嗯"),
    # --- several at once
    ("several", "call", "LT", "坐席：再不还 我们就报警抓你 顺便把你的事给你们单位领导说说"),
    ("several", "app", "ET", "你要是今天还不还，明天你的照片就出现在你们公司大门口，你老板和同事都能看到。"),
    ("several", "call", "VE", "坐席：我们明天上你家门口 拉横幅 放喇叭 让整栋楼都知道你欠钱 你在家最好别出来"),
    ("several", "sms", "LR", "【青禾分期】张*，再不还款将被起诉并判刑，建议您立即通过其他平台借款先行结清。"),
    ("several", "call", "IR", "坐席：你个没出息的 连几千块都拿不出来 去借啊 网贷那么多 随便撸几个口子"),
    ("several", "call", "TV", "坐席：你老家地址 你爸妈电话 我都有 今天不还 我们的人明天就去你老家 当面跟他们好好聊聊"),
    ("several", "app", "LE", "你这属于诈骗，等你被抓进去那天，我们会把你的判决书发到你们小区业主群。"),
    ("several", "call", "PV", "坐席：我是城西派出所的 你这个钱今天不还 我们就上门 到时候可不是请你喝茶那么简单"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- near legal: true consequences stated lawfully, 拒执 after a judgment, jail talk by others
    ("near-legal", "sms", "", "【瑞丰消费金融】王*，您的借款已逾期，如协商不成，我司可能依法向人民法院提起民事诉讼，请及时联系我们协商。"),
    ("near-legal", "app", "", "法律问答：欠网贷不还会坐牢吗？答：一般的借贷逾期属于民事纠纷，不会因此坐牢；但法院判决后有能力而拒不执行的，可能构成拒不执行判决、裁定罪。"),
    ("near-legal", "notice", "", "执行通知书\n张*：\n本院执行的（2026）东执字第2214号案件，判决已经发生法律效力。你应当自收到本通知之日起履行义务；有能力履行而拒不履行的，本院将依法采取限制消费等措施。\n东湖区人民法院"),
    ("near-legal", "call", "", "客户：你们是不是要告我啊 我会不会坐牢\n坐席：您别担心 逾期是民事问题 不会坐牢的 我们还是希望跟您协商一个能接受的还款计划"),
    ("near-legal", "sms", "", "【青禾分期】张*，逾期信息将按规定报送征信，可能影响您今后办理贷款和信用卡，请按时还款。"),
    ("near-legal", "call", "", "坐席：我们这边不会报警 也不会说您犯法 逾期是合同纠纷 走法律程序也是民事起诉 您别有压力"),
    ("near-legal", "app", "", "反诈提醒：任何自称“你已涉嫌犯罪、需立即还款撤案”的来电都是诈骗或违规催收，普通借款逾期不涉及刑事责任。"),
    ("near-legal", "email", "", "主题：诉讼前告知\n王*：\n您在我司的借款已逾期120天。如十五日内仍未协商，我司拟向合同约定的人民法院提起诉讼，诉讼结果以法院判决为准。如您有困难，可申请分期。\n瑞丰消费金融 法务部"),
    ("near-legal", "call", "", "客户：你们再打我就去蹲几年算了\n坐席：您别这么说 不会有这回事的 我们今天只是想和您商量一下还款时间"),
    ("near-legal", "app", "", "新闻：某催收员因在电话中谎称“欠款要坐牢”被处罚，监管部门提醒，普通借贷逾期属民事纠纷。"),
    ("near-legal", "sms", "", "【东湖区人民法院】张*，（2026）东民初2231号案件判决已生效，请依判决履行付款义务，逾期将依法强制执行。"),
    ("near-legal", "call", "", "坐席：信用卡这个逾期呢 如果银行起诉了 法院判了 您按判决还就行 判决之后还是不还 法院可以限制高消费 就是这样的流程"),
    # --- near violence: lawful visits, tea at the office, safety
    ("near-violence", "sms", "", "【恒穗小贷】张*您好，欢迎您来我司线下服务中心喝杯茶、当面协商还款方案，地址：南岭市建设路18号，工作日9:00-17:30。"),
    ("near-violence", "notice", "", "外访预约告知\n王*：\n经电话沟通，我司外访人员两名将于12月10日14时到您登记的住址面谈，届时出示工作证并全程录音。如不方便，请致电400-617-2208改约。\n瑞丰消费金融 外访中心"),
    ("near-violence", "call", "", "坐席：您好 您说您腿脚不方便 那我们就不上门了 您电话里跟我说就行 我帮您登记"),
    ("near-violence", "app", "", "帮我给叔叔阿姨带个好，年前我回老家再去看他们。（好友消息）"),
    ("near-violence", "sms", "", "【青禾分期】张*，您预约的上门面签已完成，感谢配合。如对外访人员服务有意见，请拨打投诉电话。"),
    ("near-violence", "call", "", "客户：你们要敢上门我就报警\n坐席：您放心 我们不会上门的 我们只在电话里和您沟通"),
    ("near-violence", "app", "", "天气转凉，晚上出门注意安全，记得给家里老人添衣。——青禾分期关怀提醒"),
    ("near-violence", "call", "", "坐席：您好 我们的外访同事下午到您店里 是您上午电话里同意的 他会先给您打电话 到了出示证件"),
    # --- near rollover: the bank's own instalments, warnings against borrowing, product names
    ("near-rollover", "sms", "", "【朗月信用卡中心】王*，您的信用卡可申请账单分期或个性化分期，分期后每月最低还款减少，详询95580。"),
    ("near-rollover", "call", "", "坐席：我们不建议您去借别的网贷来还我们 这样只会越滚越多 您看能不能先还一部分 剩下的我们申请停息挂账"),
    ("near-rollover", "app", "", "风险提示：以贷养贷、信用卡套现均有风险，请勿通过借新还旧方式偿还本平台欠款。"),
    ("near-rollover", "sms", "", "【恒穗小贷】“周转借”账单提醒：您本期应还2,316元，还款日12月20日，请保证绑定银行卡余额充足。"),
    ("near-rollover", "call", "", "客户：我再去别的平台借点还你们行不行\n坐席：这个我们不建议 您别再借了 我们可以帮您申请延期三个月"),
    ("near-rollover", "email", "", "主题：困难客户还款方案\n张*：\n根据您提交的失业证明，我司为您办理12期分期还款，免除逾期罚息。请勿为还款向其他机构借贷。\n青禾分期 客户关怀部"),
    ("near-rollover", "app", "", "新闻：警方提醒，所谓“代还信用卡”“POS机套现”涉嫌违法，市民切勿轻信。"),
    ("near-rollover", "call", "", "坐席：您说想把车卖了还钱 这个是您自己的决定 我们不要求您卖任何东西 分期也是可以办的"),
    # --- near third parties: contacts asked for a call-back only, guarantors, the debtor's own request
    ("near-third-party", "call", "@", "坐席：您好 请问是张*的朋友吗 我们是恒穗小贷的 有事找他本人 麻烦您请他回个电话 具体事情不方便说 打扰了\n第三方：好"),
    ("near-third-party", "call", "", "客户：你们能不能跟我老婆说一下 让她帮我还\n坐席：这个需要您本人先跟家人沟通 我们不会主动联系您的家人"),
    ("near-third-party", "sms", "", "【瑞丰消费金融】王*，您的紧急联系人仅在无法联系您本人时用于核实联系方式，我们不会向其告知欠款情况。"),
    ("near-third-party", "call", "", "坐席：您是这笔借款的保证人 按照保证合同第五条 借款人逾期后您需要承担保证责任 这是合同约定 有疑问您可以咨询律师"),
    ("near-third-party", "call", "@", "坐席：喂 您好 是王*吗\n第三方：不是 他是我同事 这是办公室电话\n坐席：好的 不好意思打扰了 我们会更新号码 再见"),
    ("near-third-party", "app", "", "您已申请删除紧急联系人“妈妈”，审核通过后该联系人信息将被清除。"),
    ("near-third-party", "email", "", "主题：单位协查说明\n张*：\n我司不会向您的工作单位发送任何函件或致电，如有人以我司名义联系您的同事，请立即举报。\n恒穗小贷 合规部"),
    # --- near exposure: 征信, court lists explained, promises not to publish
    ("near-exposure", "sms", "", "【青禾分期】我司承诺：不会以任何形式在网络、社区或您的工作场所公开您的借款信息。"),
    ("near-exposure", "app", "", "法律问答：失信被执行人名单由法院依法公布，普通逾期不会被纳入，催收机构无权公布借款人信息。"),
    ("near-exposure", "call", "", "坐席：您放心 您的信息我们是保密的 不会发朋友圈 也不会发群里 这是违规的"),
    ("near-exposure", "notice", "", "失信被执行人信息公布\n东湖区人民法院依据（2026）东执字第0871号已生效法律文书，将被执行人赵*纳入失信被执行人名单并予公布。\n东湖区人民法院"),
    ("near-exposure", "sms", "", "【恒穗小贷】您被评为本季度“按时还款之星”，感谢您的信用。"),
    ("near-exposure", "app", "", "新闻：某公司在小区张贴借款人信息被罚，律师提醒，催收方张贴、曝光欠款人信息属于违法行为。"),
    # --- near impersonation: real courts, real lawyers, in-house legal truthfully named
    ("near-impersonation", "sms", "", "【东湖区人民法院】王*，您有一份（2026）东民初3012号案件的开庭传票已电子送达，请登录人民法院在线服务平台查看。"),
    ("near-impersonation", "call", "", "坐席：您好 我是瑞丰消费金融法务部的 我不是律师 今天打电话是想和您协商一下还款方案"),
    ("near-impersonation", "notice", "", "律师函\n张*：\n衡远律师事务所接受青禾分期委托，指派本所律师就借款合同纠纷致函。请于收函后十日内与委托人联系协商。\n承办律师：林*（执业证号1440320260077）\n衡远律师事务所 2026年12月2日"),
    ("near-impersonation", "app", "", "反诈提醒：如有人自称派出所、法院、检察院工作人员催您还网贷，请挂断并拨打110核实，公检法不会替平台催收。"),
    ("near-impersonation", "call", "", "坐席：我是衡远律师事务所的林律师 受青禾分期委托 您可以在律师协会网站查我的执业证号 我们想跟您谈一下和解"),
    ("near-impersonation", "email", "", "主题：调解邀请\n王*：\n南岭市金融纠纷调解中心收到瑞丰消费金融的调解申请，调解完全自愿，如您同意参加，请回复本邮件。\n南岭市金融纠纷调解中心"),
    # --- near insults: customers' own words, apologies, quoted slurs in training and news
    ("near-insult", "call", "", "客户：你们就是一群狗 天天打电话\n坐席：先生 您消消气 我们这边只是提醒一下 您看什么时候方便处理"),
    ("near-insult", "app", "", "坐席规范：禁止使用“老赖”“骗子”“没脸没皮”等侮辱性称呼，违者严肃处理。"),
    ("near-insult", "email", "", "主题：投诉处理结果\n张女士：\n您反映我司外包人员在通话中称您为“垃圾”，经调取录音核实属实，我司已终止与该机构的合作并向您致歉。\n恒穗小贷 客户服务部"),
    ("near-insult", "call", "", "客户：我真是没脸见人了 欠这么多\n坐席：您别这么想 谁都有难处 我们一起商量个办法"),
    ("near-insult", "sms", "", "【青禾分期】“懒猫分期”账单提醒：本期应还899元，还款日12月25日。"),
    # --- near disclosure: third parties told nothing, the debtor told everything
    ("near-disclosure", "call", "@", "坐席：您好 打扰了 请问张*在吗\n第三方：她出去了\n坐席：好的 那麻烦您让她方便时回个电话 谢谢 再见"),
    ("near-disclosure", "sms", "", "【瑞丰消费金融】王*，您的借款12,000元已逾期63天，请尽快还款或联系客服协商分期。"),
    ("near-disclosure", "call", "", "坐席：王先生 跟您本人确认一下 您在我们瑞丰的借款是一万二 已经逾期六十三天了 您看什么时候能处理"),
    # --- ordinary reminders, robot scripts, ASR, hardship
    ("ordinary", "call", "", "坐席：您好 这里是青禾分期智能语音助手 您的账单已逾期三天 如已还款请忽略 还款请按1 申请延期请按2 人工服务请按0"),
    ("ordinary", "call", "", "坐席：喂 张女士是吧 我这边青禾分期的 嗯 就是您那个账单 这个月还没还 您看 嗯 这两天能不能处理一下"),
    ("ordinary", "sms", "", "【恒穗小贷】张*，您的借款已逾期5天，请今日内还款，以免产生更多罚息。如有困难请回复“协商”。"),
    ("ordinary", "call", "", "客户：我住院了 这个月实在没钱\n坐席：理解您 您先安心养病 我这边给您申请延期一个月 出院后再联系我们"),
    ("ordinary", "app", "", "您的延期申请已通过，新的还款日为2027年1月20日，期间不产生逾期罚息。"),
    ("ordinary", "call", "", "坐席：您好 这边是朗月信用卡中心 您的账单最低还款额是八百六 今天是最后还款日 记得还一下哦"),
    ("ordinary", "sms", "", "【瑞丰消费金融】王*，今日18点前未还款将产生逾期记录并按合同计收罚息，请及时处理。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WL", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
