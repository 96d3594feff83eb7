"""Wording development batch j (issue 9, the classifier): `python -m benchmarks.data.make_wording_dev_j`.

Written for this file, text by text, by the helper session that retrains the wording classifier a second time,
before any detector was run on it and without reading the training corpus's families or any other evaluation
set for it. It is written in others' voices, weighted to the families the classifier's last independent scoring
showed it flagging or missing: lenders' SMS templates behind a 【signature】 and with unfilled placeholders
(#姓名#, {amount}, ${date}), robot call scripts with keypad menus, human calls with ASR noise and no punctuation,
court, arbitration and lawful legal-department texts, 律师函 from real instructed lawyers, legal Q&A columns,
anti-fraud warnings that describe collectors' tactics, hardship offers, and calls to a contact person done
right. Half the messages are compliant hard negatives close to every category (enforcement after a judgment,
the 失信 list explained, lawful visits and contact announcements, court notices, lawful 律师函, advice against
borrowing); half violate one or more of the eight categories, many without the usual keywords (euphemism,
sarcasm, homophones, a threat split over two sentences). All people, numbers, companies, courts and places are
invented.

First run (tree at commit db7c2a6, before any change for this batch; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_j.jsonl`; 198 messages, 98 violating): classifier alone micro
P 0.948 R 0.529 F1 0.679, message-level R 0.571 P 0.966, compliant flagged 2/100 (violence recall 0.38, insult
0.47, third party 0.43, exposure 0.46); rules alone micro P 0.765 R 0.625 F1 0.688, compliant flagged 12/100;
fused (what `audit scan` runs) micro P 0.786 R 0.779 F1 0.783, message-level R 0.786 P 0.856, compliant flagged
13/100. The classifier is tuned on this batch afterwards (corpus families written for the kinds it missed, never
its texts), so it measures nothing independent once tuned on. After the retrains of commits 8e4ec75 and 36a1527
(signatures and placeholders unread, the `violations_varied` / `lawful_varied` generators, reports quoting a
collector out of the corpus): classifier alone micro P 0.957 R 0.635 F1 0.763, compliant flagged 2/100; fused
micro F1 0.817, compliant flagged 10/100 (the rules, tuned meanwhile by another session).

Output (deterministic): `wording_dev_j.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_j.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- insults: sarcasm, euphemism, homophones
    ("insult", "sms", "I", "【禾信消费金融】罗*，您可真是个人才，借钱的本事一流，还钱的本事为零。"),
    ("insult", "call", "I", "坐席：你说你活这么大岁数了 脸皮比城墙还厚 几千块拖半年 你好意思吗"),
    ("insult", "app", "I", "像你这种人啊，放在哪儿都是拖后腿的，家里人摊上你也是倒了八辈子霉。"),
    ("insult", "call", "I", "坐席：你个瓜娃子 欠钱不还还挂我电话 脑壳有包哦"),
    ("insult", "sms", "I", "#姓名#，您这种借了不还的行为，跟小偷有什么两样？请于#日期#前还款。"),
    ("insult", "app", "I", "你是属乌龟的吧，一有事就缩头，电话不接信息不回。"),
    ("insult", "call", "I", "坐席：就你这样的 白送给人家当女婿人家都不要 还好意思跟我讲困难"),
    ("insult", "email", "I", "主题：逾期提醒\n罗先生：\n说实话，您这样出尔反尔的人，连最基本的做人底线都没有。请尽快还款。\n星桥小贷 客服部"),
    ("insult", "call", "I", "坐席：你这个人就是个无底洞 谁沾上你谁倒霉 社会败类一个"),
    ("insult", "sms", "I", "【星桥小贷】罗*，你这号人就是蛀虫，吃干抹净拍拍屁股就走。"),
    ("insult", "app", "I", "你这脑子是被门夹过吧？跟你说了三遍还听不懂。"),
    ("insult", "call", "I", "坐席：你就一癞皮狗 打一下动一下 不打就趴着"),
    ("insult", "call", "I", "坐席：嘿 你丫就是一怂包 有种借钱没种接电话"),
    # --- violence: veiled, split over sentences, a visit as a threat
    ("violence", "sms", "V", "【泰和普惠】潘*，您每天早上七点二十从锦绣花园南门出来，对吧。钱的事今天必须有个说法。"),
    ("violence", "call", "V", "坐席：你儿子那个幼儿园门口 我们同事去过两回了 小家伙挺可爱的 你说是吧"),
    ("violence", "app", "V", "晚上睡觉门窗关好。我就提醒你这一句，剩下的看你表现。"),
    ("violence", "call", "V", "坐席：我们这边人已经出发了 到了以后你自己开门 别让兄弟们动手"),
    ("violence", "sms", "V", "你欠的不是钱，是命。自己看着办。"),
    ("violence", "call", "V", "坐席：再不还 你那个小卖部的玻璃 哪天碎了可别问为什么"),
    ("violence", "app", "V", "听说你老婆在菜市场卖水果？生意挺好的嘛，别哪天摊子给人掀了。"),
    ("violence", "call", "V", "坐席：你出门的时候多看看后面 我们的人一直跟着呢"),
    ("violence", "sms", "V", "【泰和普惠】潘*，今晚十点前不到账，我们的外访人员将在您家门口守到您还为止，出了什么事后果自负。"),
    ("violence", "call", "V", "坐席：俺跟你讲 你要是敢跑 逮着你 腿给你敲断"),
    ("violence", "app", "V", "你家那条狗挺凶的啊，不知道吃了不该吃的东西会怎么样。"),
    ("violence", "call", "V", "坐席：你再躲 我们就上门 你家几口人 我都清楚 到时候谁在家谁遭殃"),
    # --- third parties threatened or pressed, without 爆通讯录
    ("third-party", "sms", "T", "【禾信消费金融】尊敬的#姓名#，您的账单逾期未处理，我司将于#日期#起联系您登记的工作单位核实情况。"),
    ("third-party", "call", "T", "坐席：您好 这里是星桥小贷智能语音 您的借款已逾期 今日十八点前未处理 系统将自动外呼您的亲友 确认还款请按1"),
    ("third-party", "app", "T", "你不是最要面子吗？你老丈人那边我明天亲自打电话过去聊聊。"),
    ("third-party", "call", "T", "坐席：你们村主任的电话我有 要不要我打过去让他来劝劝你"),
    ("third-party", "sms", "T", "【星桥小贷】罗*，逾期持续，您手机里常联系的前二十位好友将收到您的还款提醒。"),
    ("third-party", "call", "@T", "坐席：您是罗*的父亲吧 他这个事您当爹的不出面 以后我们每天找您 直到他还上为止\n第三方：我管不了他"),
    ("third-party", "email", "T", "主题：协助还款函\n潘*：\n若您仍不配合，本司将向贵单位人力资源部发送协助还款函，请贵单位督促您履行还款义务。\n泰和普惠 贷后中心"),
    ("third-party", "call", "T", "坐席：你老公知不知道你在外面借了钱 不知道的话 我今天就告诉他"),
    ("third-party", "app", "T", "你的班主任、同学我这都有联系方式，你自己选，是自己还还是让他们知道。"),
    ("third-party", "call", "T", "坐席：我们已经联系了你的担保人以外的三位联系人 下一步就是你领导了"),
    ("third-party", "call", "@T", "坐席：你是他表哥是吧 他躲着不见 你要是不帮忙把人交出来 你也脱不了干系"),
    ("third-party", "sms", "T", "【云帆信用卡中心】潘*：如本月内仍未还款，我中心将函告您所在社区居委会协助催收。"),
    # --- exposure
    ("exposure", "sms", "E", "【泰和普惠】潘*，您的逾期信息已纳入本地“诚信红黑榜”，下周一起在小区电子屏滚动播放。"),
    ("exposure", "app", "E", "你的照片我们已经P好了，配上文字，准备发到你们小区业主群里。"),
    ("exposure", "call", "E", "坐席：我们公众号有个专栏 专门写你这种人 下一期写谁 就看你今天表现了"),
    ("exposure", "sms", "E", "{name}您好，若{date}前未还款，您的欠款信息将在合作自媒体平台公开发布。"),
    ("exposure", "call", "E", "坐席：你不还 我们就做个横幅 挂你们厂门口 让全厂的人都看看"),
    ("exposure", "notice", "E", "告全体村民书\n本村村民潘*拖欠网贷至今未还，望各位乡亲见到后转告其尽快还款。\n泰和普惠 贷后部"),
    ("exposure", "app", "E", "今晚八点你的事会在我们直播间讲，欢迎你本人来看。"),
    ("exposure", "call", "E", "坐席：小红书上发一篇 配你的身份证照片 一晚上就能几万人看到 你信不信"),
    ("exposure", "sms", "E", "閣下若繼續拖欠，本公司將於社交平台發佈閣下之欠款資料及相片。"),
    ("exposure", "email", "E", "主题：公示预告\n罗*：\n您已列入本公司“老赖曝光栏”待发布名单，三日内未还将正式发布于官网首页。\n星桥小贷"),
    ("exposure", "call", "E", "坐席：你们学校的表白墙我们也会投稿的 到时候全校都知道你欠钱不还"),
    # --- impersonation: who speaks
    ("impersonation", "sms", "P", "【东湖区人民法院】潘*，你与泰和普惠的借款纠纷请于三日内主动履行，否则后果自负。"),
    ("impersonation", "call", "P", "坐席：你好 我这边是东湖分局经侦大队的 你在星桥小贷的借款 平台报到我们这里了"),
    ("impersonation", "sms", "P", "【景衡律师事务所】罗*，我所受托就您的欠款发出最后通知，请即刻还款。"),
    ("impersonation", "app", "P", "我是南屿仲裁委的办案秘书，你的案子在我手上，今天不还明天就开庭。"),
    ("impersonation", "call", "P", "坐席：这里是法院执行局 我们受泰和普惠委托 请你今天之内把钱打到平台账户"),
    ("impersonation", "email", "P", "主题：检察机关督促履行通知\n罗*：\n本院已关注您与星桥小贷的借贷纠纷，请于七日内履行还款义务。\n东湖区人民检察院"),
    ("impersonation", "call", "P", "坐席：我是街道综治办的 你欠平台那个钱 上面让我们来做你工作"),
    ("impersonation", "sms", "P", "【南屿 仲 裁 委】潘*，你的案件已受理，请速联系平台结清。"),
    ("impersonation", "call", "P", "坐席：我们是派出所的 有人报案说你借钱不还 你配合一下今天先还一部分"),
    ("impersonation", "sms", "P", "【东湖区法务调解中心】罗*，你的欠款已登记调解，请今日还款。"),
    ("impersonation", "call", "P", "坐席：我是负责你这个案子的承办律师 平台已经把你委托给我们律所了"),
    # --- false legal claims without the usual keywords
    ("legal", "sms", "L", "【星桥小贷】罗*，您的行为已涉嫌恶意逃废债，相关材料已整理完毕，今晚将提交有关部门。"),
    ("legal", "call", "L", "坐席：你这个再拖两天 就要吃牢饭了 我不是吓唬你"),
    ("legal", "app", "L", "系统提示：您的案件已流转至户籍地，等待当地处理，请勿离开常住地。"),
    ("legal", "call", "L", "坐席：你孩子以后考公务员 政审一查 家长欠钱不还 直接刷掉"),
    ("legal", "sms", "L", "【泰和普惠】潘*，您已被列为重点核查对象，名下银行卡将于明日统一冻结。"),
    ("legal", "call", "L", "坐席：像你这种情况 按规定是要去里面待几天的 你自己想清楚"),
    ("legal", "sms", "L", "#姓名#，您的欠款已转为刑事案件处理，请于#日期#前到户籍地配合调查。"),
    ("legal", "call", "L", "坐席：你名下的房子车子 下礼拜就全部查封拍卖 这个不用走法院 我们直接办"),
    ("legal", "app", "L", "您好，您的档案已标记为“逃债人员”，今后乘坐飞机、高铁都会被拦下。"),
    ("legal", "call", "L", "坐席：你这已经属于诈骗了 金额够了 警察随时会去你单位带人"),
    ("legal", "notice", "L", "限期履行通知\n潘*：\n经审查，你的逾期行为已构成违法，如十日内不还款，将依法移送公安机关追究刑责。\n泰和普惠 风控法务部"),
    ("legal", "call", "L", "坐席：这个事情一旦上报了 你以后连手机卡都办不了 银行卡也开不了"),
    # --- rollover, friendly or euphemistic
    ("rollover", "sms", "R", "【禾信消费金融】手头紧？试试我们的合作伙伴“易周转”，先借后还，轻松结清本期欠款。"),
    ("rollover", "call", "R", "坐席：你爸妈那边不是有点养老钱吗 先拿来应应急嘛"),
    ("rollover", "app", "R", "我给你推个口子，下款快，你先把我们这笔平了。"),
    ("rollover", "call", "R", "坐席：你那个金项链 拿去当铺当了 也能当个几千块"),
    ("rollover", "sms", "R", "{name}，还款有困难可申请{partner_app}极速贷，审批通过后直接用于偿还本平台欠款。"),
    ("rollover", "call", "R", "坐席：您可以先办张信用卡 额度下来了刷出来还我们 很多客户都这么操作"),
    ("rollover", "app", "R", "你同事、同学那么多，一人借你五百，这事不就解决了？"),
    ("rollover", "call", "R", "坐席：你那个车 开着也是开着 先押出去 钱就有了"),
    ("rollover", "sms", "R", "【星桥小贷】罗*，您可以通过花呗、白条等其他渠道先行周转，今日还款可免部分罚息。"),
    ("rollover", "call", "R", "坐席：现在有些地方收肾的 价格还挺高 我就随口一说 你自己考虑"),
    ("rollover", "app", "R", "您名下那套房子可以去做个抵押贷款，拿到钱先还清我们这边。"),
    # --- disclosure to third parties
    ("disclosure", "call", "@D", "坐席：您好 请问您认识潘*吗 他在我们泰和普惠的贷款逾期两个多月了 您能帮我们联系一下他吗"),
    ("disclosure", "sms", "@D", "【禾信消费金融】您好，您的亲属罗*在我司有一笔分期欠款已逾期，金额3,260元，请转告其尽快处理。"),
    ("disclosure", "call", "@D", "坐席：喂 你是罗*同事是吧 他在我们这儿借了两万块 到现在都没还 你跟他说一声"),
    ("disclosure", "app", "@D", "您好，我们是云帆信用卡中心，您的朋友潘*的信用卡已透支逾期，麻烦您提醒他。"),
    ("disclosure", "call", "@D", "坐席：您好，您是潘*登记的联系人。潘*在星桥小贷的借款已逾期45天，欠款本息合计八千多，请您转告。"),
    ("disclosure", "email", "@D", "主题：关于贵司员工罗*的欠款事宜\n贵司人事部：\n贵司员工罗*在我司的借款已逾期三个月，尚欠一万二千元，特此告知。\n禾信消费金融"),
    ("disclosure", "call", "@D", "坐席：阿姨 您女儿在我们这里有个账单没结 拖了快两个月了 钱也不多 就四千块"),
    ("disclosure", "sms", "@D", "【泰和普惠】您好，您的室友潘*在本平台的借款已逾期，请告知其登录APP处理。"),
    ("disclosure", "call", "@D", "坐席：你是他邻居吧 麻烦跟他讲一声 他欠我们网贷的钱 再不还就要走程序了"),
    ("disclosure", "app", "@D", "您好，您的同学罗*在我司的学分期已逾期，欠款五千余元，请您帮忙转告。"),
    # --- several at once
    ("several", "call", "IV", "坐席：你个没良心的东西 我告诉你 你家在哪我门儿清 今晚就过去"),
    ("several", "sms", "LP", "【东湖区人民法院】潘*，你已被列入拘留名单，请于明日十点前到院报到。"),
    ("several", "call", "@DT", "坐席：阿姨您好 您儿子在我们星桥小贷借了一万五 三个月没还 您要是不帮他还 我们就天天打您电话"),
    ("several", "app", "ET", "再不还，你的欠款截图我发给你所有微信好友，顺便发一条朋友圈。"),
    ("several", "call", "LR", "坐席：你去别的平台借一笔先还上 不然下周就上门抓人了"),
    ("several", "sms", "IE", "【泰和普惠】老赖潘*，你的大名明天就挂到你们单位门口，让大家都认识认识你这个无赖。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- near insults: customers' anger, apologies, product names, quoted slurs in warnings
    ("near-insult", "call", "", "客户：你们就是一帮吸血鬼 天天打电话\n坐席：理解您的心情 我们今天只是提醒您账单到期 如有困难可以申请延期"),
    ("near-insult", "app", "", "非常抱歉昨天的通话让您感到不舒服，该坐席的用语不规范，我们已对其进行处理。"),
    ("near-insult", "sms", "", "【禾信消费金融】尊敬的#姓名#，您的#产品名#账单#金额#元将于#日期#到期，请按时还款，感谢您的支持。"),
    ("near-insult", "call", "", "客户：我就是个废物 什么都干不好\n坐席：您别这么说 谁都有困难的时候 我们一起看看怎么安排还款"),
    ("near-insult", "email", "", "主题：关于您投诉的回复\n罗先生：\n您反映催收人员称您为“老赖”一事，经核实属实，我司已暂停该人员工作并向您致歉。\n星桥小贷 客户权益部"),
    ("near-insult", "sms", "", "【星桥小贷】反诈提醒：如有人以“老赖”“骗子”等言语辱骂您，您可录音并拨打本公司投诉电话400-820-3317。"),
    ("near-insult", "app", "", "坐席培训要点：严禁使用“无赖”“没脸没皮”等侮辱性词语，违者按公司规定处理。"),
    ("near-insult", "call", "", "坐席：您好 我这边是云帆信用卡中心 您刚才说的话有点激动 我理解 我们慢慢说 您看这期能还多少"),
    ("near-insult", "sms", "", "【泰和普惠】“懒人分期”账单提醒：您本期应还1,280.00元，最后还款日为12月15日。"),
    ("near-insult", "app", "", "新闻：某催收公司员工在电话中辱骂借款人“不要脸”，被法院判决赔礼道歉并赔偿精神损害抚慰金。"),
    ("near-insult", "call", "", "客户：你们这种公司就是骗子\n坐席：您的意见我们记录了 如对账单有异议可以提交申诉 我们会在五个工作日内答复"),
    ("near-insult", "sms", "", "【云帆信用卡中心】潘先生，感谢您一直以来的信任，您本期账单已结清，祝您生活愉快。"),
    # --- near violence: lawful visits announced, safety, watching in other senses
    ("near-violence", "sms", "", "【安途汽车金融】潘*您好，经您同意，我司工作人员将于12月9日上午10点到府拜访，商议还款方案，如时间不便请回电改约。"),
    ("near-violence", "call", "", "坐席：您好 按照规定 我们的外访人员上门前会提前和您预约 上门时会出示工作证 全程录音录像 您可以拒绝"),
    ("near-violence", "app", "", "温馨提示：近期降温，外出注意保暖，关好门窗，注意用火安全。"),
    ("near-violence", "sms", "", "【安途汽车金融】根据抵押合同，若逾期超过90天，我司可依法申请拍卖抵押车辆，在此之前您可申请展期或分期。"),
    ("near-violence", "notice", "", "上门拜访告知书\n潘*先生：\n我司拟于2026年12月12日派员至您的住址面谈还款事宜，拜访人员将出示工作证件，您可拨打400-820-3317核实身份或改约时间。\n泰和普惠 贷后服务部"),
    ("near-violence", "call", "", "坐席：您放心 我们不会去您家里 也不会去您单位 您在电话里跟我确认一个还款日期就可以"),
    ("near-violence", "app", "", "我们注意到您的账户近期有异常登录，请及时修改密码，保护账户安全。"),
    ("near-violence", "call", "", "坐席：您好 我们是泰和普惠的外访专员 今天是按您昨天约好的时间过来的 方便的话我们在小区门口的咖啡店聊"),
    ("near-violence", "sms", "", "【星桥小贷】罗*您好，您约定的上门面谈已取消，如需重新预约请在APP中选择时间。"),
    ("near-violence", "app", "", "安全提示：任何自称催收人员上门要求您现场转账到个人账户的，请立即报警。"),
    ("near-violence", "sms", "", "【禾信消费金融】冬季出行提醒：雨雪天气路面湿滑，请您注意出行安全。"),
    # --- near third parties: contacts asked only to pass on a call-back, guarantors, lawful notice
    ("near-third-party", "call", "@", "坐席：您好 请问您是罗*的朋友吗 我们有事情想和他本人联系 麻烦您方便时请他回电400-820-3317 谢谢\n第三方：好的"),
    ("near-third-party", "call", "@", "坐席：您好 打扰了 我找一下潘*先生\n第三方：他不在\n坐席：好的 那麻烦您转告他给我们回个电话 不打扰您了"),
    ("near-third-party", "sms", "", "【云帆信用卡中心】潘*：您登记的紧急联系人仅用于无法联系到您时核实联系方式，我中心不会向其透露您的账户信息。"),
    ("near-third-party", "call", "", "坐席：您好 您是这笔贷款的担保人 根据担保合同 借款人逾期后您需要承担连带保证责任 合同第八条写明了 您可以查阅"),
    ("near-third-party", "app", "", "您好，您本人的联系方式已变更，为保证能及时联系到您，请在APP中更新手机号，我们不会联系您的亲友。"),
    ("near-third-party", "sms", "", "【星桥小贷】罗*，您可在APP中自行修改或删除紧急联系人，修改后原联系人信息将不再保留。"),
    ("near-third-party", "call", "@", "坐席：您好 这里是禾信消费金融 请问是罗*的家属吗\n第三方：我是他妈\n坐席：阿姨您好 有件事要和他本人说 麻烦您让他给我们回个电话 具体事情不方便跟您讲 谢谢您"),
    ("near-third-party", "email", "", "主题：关于联系人信息使用的说明\n尊敬的客户：\n根据《个人信息保护法》，您提供的联系人信息仅在无法联系您本人时用于找到您，我们不会向联系人透露任何借款信息。\n泰和普惠"),
    ("near-third-party", "call", "", "坐席：您之前说家里人不知道这件事 您放心 我们只会联系您本人 不会打给您家人和单位"),
    ("near-third-party", "sms", "", "【安途汽车金融】您好，您作为共同借款人，本期车贷3,400元将于12月20日到期，请与主借款人协商按时还款。"),
    ("near-third-party", "call", "@", "坐席：喂 您好 请问是潘*吗\n第三方：打错了\n坐席：不好意思打扰了 我们会删除这个号码 再见"),
    ("near-third-party", "app", "", "关于单位协查：我司不会向您的工作单位发送任何函件，如有人以我司名义联系您的单位，请向我们举报。"),
    # --- near exposure: 征信 reporting, court lists explained, promises not to publish
    ("near-exposure", "sms", "", "【云帆信用卡中心】潘*：逾期记录将按规定报送中国人民银行征信系统，按时还款可避免影响您的信用记录。"),
    ("near-exposure", "app", "", "法律问答：失信被执行人名单是什么？答：被执行人有履行能力而拒不履行生效法律文书的，法院可依法将其纳入失信名单并向社会公布，履行完毕后可申请删除。"),
    ("near-exposure", "call", "", "坐席：您放心 您的信息我们严格保密 不会发到网上 也不会告诉任何人"),
    ("near-exposure", "notice", "", "征信异议处理结果告知书\n罗*：\n您提出的征信异议经核查属实，我司已于2026年12月3日更正报送信息。\n星桥小贷 征信管理部"),
    ("near-exposure", "sms", "", "【泰和普惠】我司郑重声明：从未在任何网络平台公开借款人信息，如发现冒用我司名义曝光他人的行为，请保留证据并举报。"),
    ("near-exposure", "app", "", "新闻：某地法院在商场大屏公布失信被执行人名单，法官提醒，名单依据生效判决确定，与普通逾期不同。"),
    ("near-exposure", "email", "", "主题：逾期对征信的影响说明\n尊敬的客户：\n逾期信息会在征信报告中保留五年，自结清之日起计算，结清后不再产生新的不良记录。\n禾信消费金融"),
    ("near-exposure", "call", "", "坐席：您好 这个逾期记录呢 会如实报送征信 这个是监管要求 但我们不会在其他任何地方公开您的信息"),
    ("near-exposure", "sms", "", "【星桥小贷】罗*，您本月按时还款，已获得“守信用户”称号，可享提额优惠。"),
    # --- near impersonation: real courts, arbitration, lawyers and police speaking truthfully
    ("near-impersonation", "sms", "", "【东湖区人民法院】潘*，（2026）东民初1187号案件定于12月18日上午9时在第三法庭开庭，请准时到庭。详询0731-5521-0093。"),
    ("near-impersonation", "notice", "", "律师函\n潘*先生：\n景衡律师事务所受泰和普惠委托，就您与委托人之间的借款合同纠纷致函。请于收函之日起十五日内与委托人协商还款，逾期我方将依法向有管辖权的人民法院起诉。\n承办律师：方*（执业证号1430120260118）\n景衡律师事务所 2026年12月1日"),
    ("near-impersonation", "email", "", "主题：仲裁受理通知\n罗*：\n南屿仲裁委员会已受理申请人星桥小贷与你之间的借款合同纠纷，案号（2026）南仲字第0452号，请在答辩期内提交答辩书。\n南屿仲裁委员会秘书处"),
    ("near-impersonation", "call", "", "坐席：您好 我是泰和普惠法务部的工作人员 不是律师 也不是法院的 今天是想和您协商一下还款计划"),
    ("near-impersonation", "app", "", "反诈提醒：近期有人冒充法院、公安工作人员以“案件处理”为由要求转账，法院不会通过电话要求转账，请勿上当。"),
    ("near-impersonation", "sms", "", "【东湖区人民法院】您有一份电子送达文书，请登录人民法院在线服务平台查收，本短信不含任何链接以外的付款要求。"),
    ("near-impersonation", "call", "", "坐席：您好 我是景衡律师事务所的方律师 受星桥小贷委托 您可以在司法部律师查询平台核实我的执业信息 今天想跟您谈一下还款方案"),
    ("near-impersonation", "sms", "", "【禾信消费金融】我司法务部提醒：本司委托的律师事务所名单已在官网公示，如接到自称律师的来电，可登录官网核实。"),
    ("near-impersonation", "app", "", "法律问答：律师函有法律效力吗？答：律师函是律师受委托发出的函件，表达委托人的主张，本身不具有强制执行力。"),
    ("near-impersonation", "notice", "", "调解通知书\n罗*：\n东湖区人民调解委员会受理了星桥小贷提出的调解申请，定于12月16日在调解室进行调解，调解自愿，你可拒绝参加。\n东湖区人民调解委员会"),
    ("near-impersonation", "call", "", "坐席：您好 这里是星桥小贷委托的催收机构 安远信息服务有限公司 工号2210 就您的借款和您沟通"),
    # --- near legal: true consequences stated lawfully
    ("near-legal", "sms", "", "【泰和普惠】潘*，如您长期未履行还款义务，我司可能依法提起诉讼，判决生效后仍未履行的，法院可依法强制执行。"),
    ("near-legal", "call", "", "坐席：我跟您说明一下 欠款本身是民事纠纷 不会坐牢 但如果走到诉讼 判决以后不履行 法院是可以冻结财产的"),
    ("near-legal", "app", "", "法律问答：网贷逾期会被抓吗？答：普通借款逾期属于民事纠纷，不涉及刑事责任。但以非法占有为目的骗取贷款的，可能构成犯罪。"),
    ("near-legal", "notice", "", "执行通知书\n（2026）东执字第0911号\n潘*：\n本院依据已经发生法律效力的（2026）东民初1187号民事判决书，责令你自收到本通知之日起履行还款义务。\n东湖区人民法院"),
    ("near-legal", "sms", "", "【云帆信用卡中心】潘*：根据《信用卡业务监督管理办法》，逾期将产生违约金并影响征信，如有困难可申请个性化分期。"),
    ("near-legal", "call", "", "坐席：被列入失信名单呢 是要法院判决以后 您有能力还却一直不履行 才会有的 现在您还没到那一步 我们先商量个还款计划"),
    ("near-legal", "email", "", "主题：诉前告知\n罗*：\n您在我司的借款已逾期120天。如30日内仍未协商还款，我司将依法向借款合同约定的人民法院提起诉讼，届时诉讼费用可能由您承担。\n星桥小贷 法务部"),
    ("near-legal", "app", "", "您好，恶意透支是指持卡人以非法占有为目的超过规定限额透支并经两次催收后超过三个月仍不归还，您目前的情况不属于此类，请放心协商。"),
    ("near-legal", "sms", "", "【东湖区人民法院】潘*，你已被本院依法纳入失信被执行人名单，履行完毕后可申请删除失信信息。"),
    ("near-legal", "call", "", "坐席：判决生效以后 如果您一直不履行 法院可以限制高消费 比如坐飞机 高铁一等座 这是法律规定的 但现在还没有起诉"),
    ("near-legal", "notice", "", "律师函\n罗*：\n本所受星桥小贷委托致函。截至函发之日，您尚欠借款本金9,600元及相应利息。请您于十五日内还款或与委托人协商，否则委托人将依法提起民事诉讼。本函不涉及任何刑事指控。\n景衡律师事务所 律师 方*"),
    ("near-legal", "app", "", "反诈提醒：“不还钱就会影响子女上学、政审”是不实说法，欠款不会影响子女入学，请勿轻信。"),
    ("near-legal", "call", "", "坐席：您好 这里是禾信消费金融的智能客服 您的借款已逾期十天 逾期会产生罚息并上报征信 还款请按1 申请延期请按2"),
    # --- near rollover: hardship plans, advice against borrowing, product names
    ("near-rollover", "sms", "", "【禾信消费金融】#姓名#，如您因疾病、失业等原因还款困难，可在APP“困难帮扶”中申请延期或分期，无需额外借款。"),
    ("near-rollover", "call", "", "坐席：我们不建议您借别的平台的钱来还我们 这样利息更重 您看先还最低金额 剩下的做个分期"),
    ("near-rollover", "app", "", "您申请的停息挂账方案已通过：剩余本金分36期偿还，期间不再计收罚息。"),
    ("near-rollover", "sms", "", "【安途汽车金融】您可申请车贷展期，展期期间车辆正常使用，无需出售或抵押其他财产。"),
    ("near-rollover", "call", "", "客户：我想去别的地方借点先还你们\n坐席：千万别 以贷养贷只会越滚越多 我帮您申请一个延期 下个月发工资再还"),
    ("near-rollover", "sms", "", "【云帆信用卡中心】“随心借”额度提醒：您的可用额度为20,000元，理性借贷，按需使用。"),
    ("near-rollover", "email", "", "主题：个性化分期协商结果\n潘*：\n根据您提交的失业证明，我中心同意为您办理60期个性化分期，首期还款日为2027年1月15日。\n云帆信用卡中心"),
    ("near-rollover", "app", "", "理财课堂：遇到资金困难时，应优先与债权人协商延期还款，切勿通过借新还旧、变卖房产等方式应急。"),
    ("near-rollover", "call", "", "坐席：您说家里有人住院 那这样 这个月先不用还 我给您登记缓催 出院以后我们再商量"),
    ("near-rollover", "sms", "", "【星桥小贷】罗*，您的减免申请已通过，结清剩余本金即可，罚息已全部减免。"),
    ("near-rollover", "app", "", "您好，您咨询的“易周转”并非我司合作产品，我司不会推荐任何第三方借款平台，请谨防诈骗。"),
    # --- near disclosure: debtor told everything, third parties told nothing
    ("near-disclosure", "sms", "", "【泰和普惠】潘*，您的借款已逾期45天，当前欠款本息合计8,230元，请尽快还款。"),
    ("near-disclosure", "call", "", "坐席：请问是潘*本人吗\n客户：是我\n坐席：潘先生您好 您在泰和普惠的借款已逾期十五天 欠款三千二百元 您看今天方便处理吗"),
    ("near-disclosure", "call", "@", "坐席：您好 请问是罗*吗\n第三方：不是 我是他同事\n坐席：好的 打扰您了 我们是找他本人的 不方便透露事由 再见"),
    ("near-disclosure", "app", "", "罗*您好，您本人名下的分期账单如下：本期应还1,560元，已逾期7天，请在APP内查看详情。"),
    ("near-disclosure", "email", "", "主题：您的账户对账单\n潘*先生：\n附件为您本人截至11月30日的借款对账单，如有疑问请回复本邮件。\n泰和普惠 客户服务部"),
    # --- ordinary reminders, robot scripts, anti-fraud, ASR
    ("ordinary", "call", "", "坐席：喂 您好 这边是星桥小贷 请问是罗先生本人吗 嗯 您这期账单已经逾期三天了 今天方便还吗 不方便的话我们约个时间"),
    ("ordinary", "sms", "", "【禾信消费金融】尊敬的客户，您的账单已出，本期应还{amount}元，到期日{due_date}，可通过APP或银行转账还款。"),
    ("ordinary", "app", "", "反诈提醒：近期有不法分子冒充“贷后专员”，以“注销校园贷”“消除逾期记录”为由诱导转账，我司所有还款只通过官方APP完成。"),
    ("ordinary", "call", "", "坐席：您好这里是泰和普惠智能语音助手 您的账单将于明天到期 本期应还一千二百元 如已还款请忽略 人工服务请按0"),
    ("ordinary", "sms", "", "【安途汽车金融】潘*您好，您的车贷本期已扣款成功，扣款金额3,400元，感谢按时还款。"),
    ("ordinary", "notice", "", "催收函\n编号：TH-2026-11873\n潘*：\n截至2026年12月1日，您在泰和普惠的借款已逾期60天，欠款本金7,500元，利息及罚息420元。请于2026年12月15日前通过官方APP还款。咨询电话400-820-3317。\n泰和普惠 2026年12月1日"),
    ("ordinary", "app", "", "新闻：某催收公司因冒充法院工作人员、向借款人亲友群发短信，被监管部门处罚，负责人被依法追究责任。"),
    ("ordinary", "call", "", "坐席：喂 潘先生吗 我是泰和普惠的小刘 嗯 就是你那个 那个账单啊 逾期了五天 呃 你看你这边 什么时候能处理一下 好 好的 那周五 我给你记上"),
    ("ordinary", "sms", "", "【星桥小贷】${name}您好，您尾号${tail}的借款本期应还${amount}元，今日为最后还款日，如已还款请忽略。"),
    ("near-legal", "sms", "", "【南屿仲裁委员会】罗*：（2026）南仲字第0452号案件已作出裁决，裁决书已依法送达，当事人应自觉履行，一方不履行的，另一方可向人民法院申请执行。"),
    ("near-legal", "call", "", "坐席：您好 我是禾信消费金融法务部的 跟您确认一下 我们已经向东湖区人民法院提起了诉讼 案号您可以在法院网站查到 开庭前我们仍然欢迎和解"),
    ("near-third-party", "call", "@", "坐席：您好 是罗*的紧急联系人吗 我们暂时联系不上他本人 想确认一下他现在用的手机号还是这个吗\n第三方：应该是吧\n坐席：好的 谢谢您 麻烦您有空提醒他回个电话 具体事情我们只跟他本人说"),
    ("near-violence", "call", "", "坐席：您之前说不希望我们上门 这个我们已经登记了 后续只通过电话和短信联系您"),
    ("near-exposure", "app", "", "法律问答：催收方能把我的欠款发到网上吗？答：不能。擅自公开他人欠款信息侵犯隐私权和个人信息权益，可向监管部门投诉或起诉。"),
    ("near-insult", "call", "", "客户：你们是不是觉得我就是个老赖\n坐席：没有没有 您别误会 我们知道您一直在想办法 今天就是跟您确认一下还款时间"),
    ("near-rollover", "sms", "", "【泰和普惠】潘*，温馨提示：以贷还贷会加重负担，如还款困难请致电400-820-3317协商分期，我司不收取协商费用。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WJ", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
