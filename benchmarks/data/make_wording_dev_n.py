"""Wording development batch n (issue 9, the rules' recall on others' texts): `python -m
benchmarks.data.make_wording_dev_n`.

Written for this file, text by text, by the helper session that tunes the wording rules' recall after the
independent sets D to G were released, before any detector was run on it, in many voices: lenders' deployed SMS
templates (simplified and traditional), robot dialer scripts, ASR transcripts with fillers and stutters,
Cantonese, Sichuan, Henan, Shanghai and Northeastern speech, chats, letters and quoted case texts. Two thirds
violate one or more of the eight judged categories, with the families the released sets showed missing: fake
arbitration SMS signed 【…仲裁委员会】 citing the lender's application, "only if you repay today will you not be
detained" (只有…才不会…), threats that point back with a pronoun (给他们打电话, 他们都会知道), words masked with `*`,
and threats spread over two turns of the same speaker. One third are hard compliant messages close to each
(a true arbitration or court notice, 只有…才不会 about credit records or fees, promises not to call relatives).
All people, numbers, companies, courts and places are invented.

First run (tree at commit f7d804c, before any change for this batch; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_n.jsonl`; 203 messages, 136 violating): rules alone micro P 0.932
R 0.714 F1 0.809, compliant flagged 4/67; classifier alone micro P 0.971 R 0.662 F1 0.788; fused (what `audit
scan` runs) micro P 0.936 R 0.851 F1 0.891, message-level R 0.882 P 0.968, compliant flagged 4/67 (violence R
0.67, legal R 0.77, impersonation R 0.76); gate: severe messages allowed 5/98, compliant blocked 3/67.
After the families of this session (commits f51ce19 to 5299bfc, tuned on this batch and on the released sets D to G,
so no longer independent): rules alone micro F1 0.923, fused micro F1 0.948 (P 0.948 R 0.948), compliant flagged
3/67; gate: severe allowed 2/98.

Output (deterministic): `wording_dev_n.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_n.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- false legal claims: 只有…才不会, dialect, masked words, letters, quoted cases
    ("legal", "sms", "L", "【青禾金融】王*先生，只有今日18点前全额还款，才不会被列入刑事追诉名单。"),
    ("legal", "call", "L", "坐席：您好 这里是盛达小贷 您的欠款已逾期九十天 只有今天结清 才不会被上门拘留 结清请按1"),
    ("legal", "call", "L", "坐席：呃 那个 我跟你讲啊 你只有今天把钱还了 你才不会被 嗯 被派出所带走"),
    ("legal", "app", "L", "你唔还钱，差佬就会上门拉你返去，到时唔好话我冇提醒你。"),
    ("legal", "call", "L", "坐席：你再拖嘛 拖到后头 公安局直接给你上网追逃 你跑都跑不脱"),
    ("legal", "sms", "L", "【優米分期】陳*，您的欠款已被認定為惡意透支，三日內未處理將移送公安機關立案偵查。"),
    ("legal", "app", "L", "你知道逃废债是什么罪吗？三年起步。"),
    ("legal", "call", "L", "坐席：你这个属于诈骗了 我们这边已经报案了 警察这两天就会联系你"),
    ("legal", "sms", "L", "【盛达小贷】赵*，您的借款纠纷已进入刑事立案前审查阶段，案件编号SD2026-11-0387，请勿自误。"),
    ("legal", "call", "L", "坐席：不还钱 你孩子以后考公务员 当兵 政审全都过不了 你想清楚"),
    ("legal", "app", "L", "法院的拘传令已经在路上了，到时候直接到单位把你带走。"),
    ("legal", "call", "L", "坐席：你就作吧 等着蹲号子吧"),
    ("legal", "notice", "L", "催款函\n王*：\n你已构成拒不履行还款义务，我司已向公安机关提交刑事控告材料，逾期不还将追究你的刑事责任。\n青禾金融贷后部"),
    ("legal", "call", "L", "坐席：你今天不还是吧\n客户：我真的没钱\n坐席：行 那你就等着网上通缉吧"),
    ("legal", "sms", "L", "【优米分期】陈*，您已涉嫌恶意逃*债，将被拘*留十五日，请速还款。"),
    ("legal", "app", "L", "只有把钱还清了，你的名字才不会出现在公安的黑名单上。"),
    ("legal", "call", "L", "坐席：你这个 欠了半年了吧 按规定超过半年就是刑事案件了"),
    ("legal", "app", "L", "案例：“借款人张某逾期未还，被以信用卡诈骗罪判处有期徒刑二年。”你跟他情况一模一样。"),
    ("legal", "call", "L", "坐席：恁不还 派出所哩人就得去恁家把恁薅走"),
    ("legal", "sms", "L", "【青禾金融】王*，您的案件已提交至法院并申请全国通缉，请立即联系处理。"),
    ("legal", "call", "L", "坐席：还不上的话 你户口会被冻结 身份证也用不了 高铁飞机都坐不了"),
    ("legal", "app", "L", "侬再不还，派出所就要来寻侬了，吃官司晓得伐。"),
    # --- violence: veiled watching, visits, two turns of one speaker
    ("violence", "call", "V", "坐席：你不接电话是吧\n坐席：那我今晚就去你家楼下等你 看你出不出来"),
    ("violence", "app", "V", "你闺女每天放学走的那条小路挺偏的，当爹的要多留心。钱今天到账。"),
    ("violence", "sms", "V", "李*，你家门口那辆白色小车是你的吧，轮胎挺新的。明天之前把钱打过来。"),
    ("violence", "call", "V", "坐席：嗯 我们这边 呃 已经安排了几个兄弟 今晚过去 跟你当面 当面好好聊聊"),
    ("violence", "call", "V", "坐席：你再唔还 我哋啲兄弟就上你屋企坐下"),
    ("violence", "app", "V", "你信不信我让你走不出那个村。"),
    ("violence", "call", "V", "坐席：我们的人已经在你公司楼下了 你是自己下来还是我们上去"),
    ("violence", "app", "V", "再不还钱小心你的腿，打*断了可别怪我。"),
    ("violence", "call", "V", "坐席：你老婆在超市上班是吧 几点下班我们都清楚 让她路上注意点"),
    ("violence", "app", "V", "兄弟们已经摸到你新租的地方了，钱准备好，别让我们敲门。"),
    ("violence", "sms", "V", "陳*，我們的人今晚會到你家門口等你，欠款不還後果自負。"),
    ("violence", "call", "V", "坐席：你信不信老子找人来把你屋头砸了"),
    ("violence", "call", "V", "坐席：你住哪我们都知道了\n客户：你们想干嘛\n坐席：不想干嘛 就是提醒你 晚上睡觉把门锁好"),
    ("violence", "app", "V", "你家那只狗挺可爱的，养得不容易吧。钱呢？"),
    ("violence", "call", "V", "坐席：你要是再拖 我们就天天派人去你家门口守着 守到你还为止"),
    ("violence", "notice", "V", "上门通知\n王*：\n我司外访组将于本周连续三晚前往您家中，届时若您拒不开门，一切后果由您承担。\n盛达小贷外访部"),
    ("violence", "app", "V", "你再嘚瑟，哪天出门让人削一顿可别赖我。"),
    ("violence", "call", "V", "坐席：我们这边有你家的照片 门牌号 你爸妈住几楼都有 你自己掂量"),
    # --- third parties: pronouns pointing back, two turns, robots
    ("third-party", "call", "T", "坐席：你通讯录里那几个姓张的 我这边都存了 你不还 我就挨个给他们打电话"),
    ("third-party", "app", "T", "你公司同事的微信我都加好了，到时候他们都会知道你欠钱不还。"),
    ("third-party", "sms", "T", "【青禾金融】王*，今日未还款，我司将致电您的家人及单位同事，届时他们都会知道此事。"),
    ("third-party", "call", "T", "坐席：那个 嗯 你父母那边的电话我们有 你要是还不还 我就 给他们打个电话 让他们来处理"),
    ("third-party", "call", "T", "坐席：你不还是吧\n坐席：那我找你老板聊聊 看他还敢不敢用你"),
    ("third-party", "app", "T", "你的通讯录已经上传到我们系统了，今晚十二点自动群发。"),
    ("third-party", "call", "T", "坐席：你再唔还 我就打去你公司 话俾你老细知"),
    ("third-party", "call", "T", "坐席：你哥的电话我有 你嫂子的也有 你不管 那就让他们来管"),
    ("third-party", "sms", "T", "【優米分期】陳*，本公司將於明日聯繫您的親友及同事，請他們協助您還款。"),
    ("third-party", "app", "T", "你的亲戚朋友我都会一个个联系，他们借不借钱给你是他们的事，我只要让他们知道。"),
    ("third-party", "call", "T", "坐席：你老婆手机号我这有 她知不知道你在外面借钱 要不要我打给她"),
    ("third-party-pressed", "call", "@DT", "坐席：您是王*的父亲吧 您儿子欠的钱 您今天必须替他还上 不然我们就天天打您电话\n第三方：我没钱"),
    ("third-party-pressed", "call", "@DT", "坐席：你是赵*的领导吧 他欠我们钱不还 你们单位要是不处理 我们就把你们单位每个人的电话都打一遍\n第三方：这跟我们没关系"),
    ("third-party", "app", "T", "我已经在你们村的微信群里找到你三叔了，要不要我问问他？"),
    ("third-party", "call", "T", "坐席：您好 这里是优米分期 系统检测到您多次逾期未还 若今日仍未处理 将启动联系人通知程序 通知您的全部紧急联系人及通讯录好友"),
    ("third-party", "app", "T", "再不还我就爆*通讯录，让你亲戚都知道。"),
    ("third-party", "call", "T", "坐席：你大学室友 你高中同学 我都能找到 你自己想想"),
    ("third-party", "app", "T", "你父母年纪大了，我们也不想打扰他们，可你一直不回，我们只能给他们打电话了。"),
    # --- exposure
    ("exposure", "app", "E", "你的照片和欠款金额我们已经做好海报了，明天贴到你们村委会门口。"),
    ("exposure", "sms", "E", "【盛达小贷】赵*，若今日未还款，您的欠款信息将在抖音“失信曝光台”发布。"),
    ("exposure", "call", "E", "坐席：你再不还 我们就去你们小区门口拉横幅 让全小区都看看"),
    ("exposure", "app", "E", "你的快手、抖音粉丝，我们一条视频就够了，到时候他们都会知道你是什么人。"),
    ("exposure", "call", "E", "坐席：嗯 我们这边 会把你的 你的信息 发到你们当地的 那个 同城论坛上"),
    ("exposure", "app", "E", "再不還錢，就把你的身份證照片發到你們社區群。"),
    ("exposure", "sms", "E", "【青禾金融】王*，您的逾期信息将于明日在本地报纸“诚信专栏”刊登。"),
    ("exposure", "call", "E", "坐席：我们准备给你做个视频 上传到网上 标题就叫某某欠钱不还"),
    ("exposure", "app", "E", "你的照片已经发朋*友*圈了，自己去看。"),
    ("exposure", "call", "E", "坐席：我把话放这\n坐席：今天不还 明天你们村大喇叭就广播你的名字"),
    ("exposure", "app", "E", "你们单位门口的公告栏我们也去看过了，不还的话贴一张通知不费事。"),
    ("exposure", "notice", "E", "告知书\n赵*：\n你欠款逾期已久，如三日内仍不处理，我司将把你的欠款情况在你户籍所在地村委会张贴公示。\n盛达小贷"),
    ("exposure", "app", "E", "你家的业主群我已经进了，你要不要我把你的账单发进去？"),
    ("exposure", "call", "E", "坐席：你再唔还 我哋就喺你屋企楼下贴大字报"),
    # --- impersonation: fake arbitration bodies, police, courts, lawyers
    ("impersonation", "sms", "PL", "【东湖仲裁委员会】王*，申请人青禾金融已就您的借款合同纠纷向本会申请仲裁，请于今日内还清欠款，否则本会将依法作出裁决并强制执行。"),
    ("impersonation", "sms", "P", "【华信仲裁委员会】赵*：根据申请人盛达小贷的申请，你方借款一案已受理，请于48小时内联系申请人还款结案。"),
    ("impersonation", "sms", "PL", "【江南仲裁委员会】陈*，经申请人优米分期申请，本委已对您下发仲裁通知，逾期未还将冻结名下银行卡及微信支付宝。"),
    ("impersonation", "call", "P", "坐席：喂 我是城西派出所的民警 你在优米分期那笔钱 我们这边协助处理一下 你今天先还上"),
    ("impersonation", "app", "P", "我是负责你案子的律师，委托方青禾金融，你今天必须给我个答复。（发送人：青禾金融贷后 工号0271）"),
    ("impersonation", "call", "P", "坐席：你好 这边是 嗯 区法院执行局 关于你那个网贷的事 今天要是还不上 就 就要采取措施了"),
    ("impersonation", "sms", "PL", "【市人民检察院】王*，你涉嫌恶意拖欠网贷，请于今日联系青禾金融还款。"),
    ("impersonation", "call", "P", "坐席：我是咱们市金融监管局的 专门处理你们这种逾期不还的 你先把钱还了"),
    ("impersonation", "app", "P", "本人係律師事務所嘅周律師，受優米分期委託處理你嘅欠款，今日之內要還清。（發送人：優米分期催收部）"),
    ("impersonation", "sms", "P", "【国家金融监督管理总局】赵*，您在盛达小贷的欠款已列入重点督办，请于今日还清。"),
    ("impersonation", "call", "PL", "坐席：我这边是法院的\n坐席：你的案子我们已经受理了 今天还钱可以撤"),
    ("impersonation", "sms", "PL", "【东湖区人民法院】陈*，你被优米分期起诉一案已判决，请于今日将欠款转至优米分期还款账户，否则拘留。"),
    ("impersonation", "call", "P", "坐席：我係警察 你喺盛达嗰笔数 今日要还清"),
    ("impersonation", "sms", "PL", "【城北*法院】王*，你的欠款已进入执行程序，请于今日向青禾金融还款。"),
    ("impersonation", "app", "P", "我们是青禾金融法务部的律师团队，你的案子已经由我们律师事务所正式接手。"),
    ("impersonation", "sms", "P", "【北湖仲裁委】赵*，盛达小贷申请仲裁一案，本委定于明日缺席裁决，请今日联系申请人还款撤案。"),
    # --- rollover
    ("rollover", "call", "R", "坐席：你手机上那些借款APP 随便哪个借一点出来 先把我们这个平了"),
    ("rollover", "app", "R", "你可以去“快易借”申请一下，额度五千，当天到账，还我们正好。"),
    ("rollover", "sms", "R", "【盛达小贷】赵*，如资金紧张，可联系我司合作机构办理过桥资金，当日放款用于结清本笔欠款。"),
    ("rollover", "call", "R", "坐席：嗯 你那个 信用卡还有额度吧 取个现 先 先还上"),
    ("rollover", "call", "R", "坐席：你屋头那个车 拿去抵押了嘛 抵个两三万 钱不就有了"),
    ("rollover", "app", "R", "沒錢就去借啊，網貸那麼多家，隨便找一家。"),
    ("rollover", "call", "R", "坐席：你去卖血也好 借高利贷也好 反正今天这个钱要到账"),
    ("rollover", "app", "R", "只有把房子抵押出去，你才不会一直被追着还款。"),
    ("rollover", "call", "R", "坐席：你没钱\n坐席：那你花呗借呗不是还有额度吗 全刷出来"),
    ("rollover", "call", "R", "坐席：你冇钱就去借啊 问财务公司借 今日就有"),
    ("rollover", "app", "R", "去找个网*贷平台借点，先把我们还了。"),
    ("rollover", "sms", "R", "【优米分期】陈*，逾期未还？推荐您使用“速借宝”极速借款，最高可借2万元，还清欠款不再烦恼。"),
    ("rollover", "call", "R", "坐席：你朋友圈里不是有放贷的嘛 找他们拆借一下 利息高点无所谓"),
    ("rollover", "app", "R", "手机、电脑、电动车，能卖的都卖了，先凑够五千。"),
    ("rollover", "call", "R", "坐席：你把你那金镯子当了 不就有钱了 整那些没用的"),
    ("rollover", "call", "R", "坐席：你可以办个消费贷 或者找小额贷款公司 借出来还我们 我们还能给你减免一点"),
    # --- insults
    ("insult", "call", "I", "坐席：你就是个臭不要脸的老赖"),
    ("insult", "app", "I", "借钱的时候装孙子，还钱的时候装死，你真是个人渣。"),
    ("insult", "call", "I", "坐席：你个扑街 借钱唔还"),
    ("insult", "app", "I", "你这个老*赖，骗*子一个。"),
    ("insult", "call", "I", "坐席：你个瓜娃子 钱都不晓得还"),
    ("insult", "app", "I", "你這種人就是社會的垃圾。"),
    ("insult", "call", "I", "坐席：你 你是不是脑子有病啊 借钱不还的无赖"),
    ("insult", "app", "I", "你全家都是骗子吧，一窝老赖。"),
    ("insult", "call", "I", "坐席：你个犊子 装啥大尾巴狼"),
    ("insult", "call", "I", "坐席：恁这货就是个赖皮孬种"),
    ("insult", "app", "I", "你妈生你的时候是不是忘了给你装良心？"),
    ("insult", "sms", "I", "【盛达小贷】无耻的欠款人赵*，你今天再不还，就是个彻头彻尾的骗子。"),
    ("insult", "call", "I", "坐席：你知道你是什么吗\n坐席：你就是个寄生虫"),
    ("insult", "app", "I", "侬就是只赤佬，借了钞票不还。"),
    # --- disclosure to third parties
    ("disclosure", "call", "@D", "坐席：您好 是王*的姐姐吧 她在青禾金融借了八千块 已经逾期两个月 您转告她一下\n第三方：好吧"),
    ("disclosure", "sms", "@D", "【优米分期】陈*的家属您好，陈*在我司欠款4,800元逾期未还，请提醒其还款。"),
    ("disclosure", "app", "@D", "您好，您是赵*的同事吧？他在盛达小贷的借款逾期了，麻烦转告一下。"),
    ("disclosure", "call", "@D", "坐席：喂 您是 呃 是陈*的爸爸吗 她 她在我们这儿借的钱 一万多 一直没还 您跟她说一声\n第三方：她怎么又借钱"),
    ("disclosure-pressed", "call", "@DT", "坐席：您是王*的邻居吧 他欠了我们三万块不还 您帮我们盯着点 他一回来就给我们打电话\n第三方：这我管不了"),
    ("disclosure-pressed", "sms", "@DT", "【盛达小贷】紧急联系人您好：赵*已逾期87天，欠款金额12,300元，请您督促还款，否则将持续联系您。"),
    ("disclosure", "app", "@D", "您好，請問是陳*的朋友嗎？她在優米分期的貸款已逾期，請轉告她盡快處理。"),
    ("disclosure", "call", "@D", "坐席：你系王*嘅老公吧 佢喺青禾借咗两万蚊 过咗期都未还 你同佢讲声\n第三方：知道"),
    ("disclosure", "call", "@D", "坐席：您好 您是赵*的房东吧 他在我们盛达欠的钱 逾期半年了 他是不是还住您那儿\n第三方：搬走了"),
    ("disclosure", "notice", "@D", "致王*单位人事部：\n贵单位员工王*于青禾金融借款15,000元，已逾期120天，请贵单位督促其还款。\n青禾金融贷后部"),
    # --- several at once
    ("several", "call", "IV", "坐席：你个老赖 再不还 我就去你家砸门"),
    ("several", "app", "ET", "你不还，我就把你照片发到你们村的群里，再给你老板打电话。"),
    ("several", "sms", "PL", "【东湖区公安局】王*，你涉嫌信用卡诈骗，已被网上追逃，请立即还款。"),
    ("several", "call", "LR", "坐席：你去借网贷还上 不然我们就报警抓你"),
    ("several", "call", "IV", "坐席：你这个骗子\n坐席：明天我们就上你家门口等你"),
    ("several", "app", "EL", "只有今天还上，你才不会被拘留，你们村里人也才不会在公告栏上看到你的名字。"),
    ("several", "call", "TV", "坐席：你父母的电话我打过了 他们说不管 那我明天就去你父母家 看他们管不管"),
    ("several", "app", "IT", "你个废*物，再不还钱就把你通讯录全爆了。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- near legal, 只有…才不会 about records and fees
    ("near-legal", "sms", "", "【青禾金融】王*，您的借款已逾期30天，我司将依法通过诉讼途径解决，诉讼结果可能影响您的征信记录。"),
    ("near-legal", "call", "", "客户：我会不会坐牢啊\n坐席：不会 欠款是民事纠纷 不会坐牢的 您放心 我们协商个方案"),
    ("near-legal", "app", "", "温馨提示：只有经法院判决后有能力履行而拒不履行的，才可能构成拒不执行判决、裁定罪，普通逾期不会被拘留。"),
    ("near-legal", "notice", "", "执行通知书\n（2026）东0102执1234号\n赵*：\n申请执行人盛达小贷与你借款合同纠纷一案，本院作出的判决已发生法律效力，责令你自本通知送达之日起履行给付义务。\n东湖区人民法院"),
    ("near-legal", "call", "", "坐席：您好 这里是盛达小贷 您的借款已逾期 逾期记录会上报征信 按时还款请按1 申请延期请按2"),
    ("near-legal", "app", "", "新闻：法院审理一起借贷纠纷，判决借款人归还本金及利息，驳回出借人关于违约金过高部分的请求。"),
    ("near-legal", "sms", "", "【優米分期】陳*，您的帳單已逾期15天，逾期信息將依法報送徵信系統，如有困難請來電協商。"),
    ("near-legal", "call", "", "坐席：您说的那个 什么坐牢不坐牢 是那些骗子吓唬人的 我们正规机构不会这么说"),
    ("near-legal", "app", "", "只有按时还款，您的征信记录才不会受到影响。"),
    ("near-legal", "sms", "", "【青禾金融】王*，只有在还款日前还款，才不会产生逾期罚息，请您留意。"),
    # --- near arbitration
    ("near-arbitration", "sms", "", "【东湖仲裁委员会】赵*，申请人盛达小贷与您的借款合同纠纷一案已受理，案号（2026）东仲字第0412号，仲裁文书已寄送至您预留地址，请依法参加仲裁。"),
    ("near-arbitration", "app", "", "法律科普：仲裁委员会不会通过短信要求您向平台还款，如收到此类短信请向仲裁委核实。"),
    ("near-arbitration", "sms", "", "【盛达小贷】赵*，我司已依合同约定向东湖仲裁委员会申请仲裁，后续文书以仲裁委送达为准，如需协商请致电。"),
    ("near-arbitration", "call", "", "坐席：我们公司是申请了仲裁 这个是合同里约定的 后面仲裁委会给您寄材料 您也可以先跟我们协商"),
    # --- near violence
    ("near-violence", "sms", "", "【优米分期】陈*您好，您预约的面谈定于本周五下午在我司客服中心进行，请携带身份证。"),
    ("near-violence", "call", "", "客户：你们会不会上我家\n坐席：不会 我们不上门 就是电话沟通"),
    ("near-violence", "app", "", "近期天气转凉，注意保暖。如您需要调整还款计划，可随时联系我们。"),
    ("near-violence", "notice", "", "外访通知\n赵*：\n经您同意，我司外访专员将于12月15日上午在您指定的地点与您面谈，如需改期请致电客服。\n盛达小贷"),
    ("near-violence", "call", "", "坐席：嗯 我们这边 呃 会给您寄一份纸质的账单到您家里 您注意查收"),
    ("near-violence", "app", "", "您好，外访同事已按您约定的时间到达小区门口，您方便时下楼面谈即可，如不方便可改约。"),
    ("near-violence", "call", "", "坐席：您孩子上学要紧 钱的事咱们慢慢商量 不急这一两天"),
    ("near-violence", "sms", "", "【優米分期】陳*，您的還款計劃已更新，每月還款日為15日，如需協助請致電客服。"),
    # --- near third parties
    ("near-third-party", "call", "@", "坐席：您好 请问是王*的家人吗 麻烦您转告他回个电话 就说小周找他 谢谢\n第三方：好"),
    ("near-third-party", "call", "", "坐席：我们不会联系您的家人和同事 这个您放心"),
    ("near-third-party", "sms", "", "【盛达小贷】赵*，根据您的申请，您的紧急联系人已更换为张*，如非本人操作请联系客服。"),
    ("near-third-party", "app", "", "您的通讯录权限已关闭，我司不会读取或使用您的通讯录信息。"),
    ("near-third-party", "call", "", "客户：你们别给我爸妈打电话\n坐席：好的 我们记录下来了 不会联系他们的"),
    ("near-third-party", "call", "@", "坐席：你好 请问是陈*吗\n第三方：打错了\n坐席：不好意思 打扰了"),
    ("near-third-party", "app", "", "您父母那边我们不会打电话，他们也不会知道这件事，您放心。"),
    ("near-third-party", "call", "", "坐席：您的紧急联系人 只是在联系不上您的时候 我们才会请他转告您回电 不会告诉他借款的事"),
    # --- near exposure
    ("near-exposure", "sms", "", "【青禾金融】王*，我司承诺不会以任何形式公开您的个人信息及欠款情况。"),
    ("near-exposure", "app", "", "法律科普：法院公布失信被执行人名单是法定程序，催收人员无权在朋友圈、群聊公开您的信息。"),
    ("near-exposure", "call", "", "坐席：您放心 您的信息只有处理您账户的人能看到 不会发到网上"),
    ("near-exposure", "notice", "", "失信被执行人名单公告\n被执行人孙*因有履行能力而拒不履行生效法律文书确定的义务，本院依法将其纳入失信被执行人名单。\n北湖区人民法院"),
    ("near-exposure", "app", "", "新闻：某催收公司因在借款人小区张贴大字报，被监管部门责令整改并处罚款。"),
    ("near-exposure", "call", "", "客户：你们是不是要发我朋友圈\n坐席：不会的 我们不会做这种事"),
    # --- near impersonation
    ("near-impersonation", "sms", "", "【东湖区人民法院】王*，您与青禾金融借款合同纠纷一案定于12月20日上午9时开庭，请准时到庭。"),
    ("near-impersonation", "call", "", "坐席：我是青禾金融委托的贷后服务公司的 我们不是律所也不是法院 就是提醒您还款"),
    ("near-impersonation", "notice", "", "律师函\n陈*：\n正衡律师事务所受优米分期委托，就借款合同纠纷致函，请于收函后十日内与委托人协商还款事宜。\n承办律师：郑*（执业证号1440120260337）\n正衡律师事务所"),
    ("near-impersonation", "app", "", "反诈提醒：自称“仲裁委”“法院”的短信要求向个人账户或平台转账的，多为诈骗。"),
    ("near-impersonation", "call", "", "坐席：呃 您好 我是盛达小贷的 嗯 客服专员 工号3072 今天来电是提醒您账单已逾期"),
    ("near-impersonation", "sms", "", "【優米分期】陳*，本公司為持牌消費金融機構，非司法機關，催收人員不會冒充警察或法院工作人員。"),
    ("near-impersonation", "app", "", "我们法务部同事会跟您联系，他是公司员工，不是律师，只负责协商还款方案。"),
    # --- near rollover
    ("near-rollover", "call", "", "坐席：您别去借网贷来还我们 越借越多 我们可以帮您申请分期"),
    ("near-rollover", "sms", "", "【优米分期】陈*，本期账单已出，应还1,260元，可使用绑定银行卡自动扣款。"),
    ("near-rollover", "app", "", "提醒：任何要求您“借新还旧”“刷卡套现”的都不是我司员工，请拨打客服热线核实。"),
    ("near-rollover", "call", "", "客户：我去借钱还你们吧\n坐席：不建议您这样 我们可以给您延期 您别再去借了"),
    ("near-rollover", "app", "", "您在“青禾借”的本期账单为2,300元，还款日为12月25日。"),
    ("near-rollover", "call", "", "坐席：你唔好为咗还钱再去借啊 我哋可以同你倾分期"),
    ("near-rollover", "sms", "", "【盛达小贷】赵*，只有通过官方App或对公账户还款才安全，请勿向任何个人账户转账。"),
    # --- near insults
    ("near-insult", "call", "", "客户：你们就是一群骗子\n坐席：我理解您的情绪 我们是正规机构 今天就是核对一下您的账单"),
    ("near-insult", "app", "", "坐席守则：严禁对客户使用侮辱性称呼，违者开除。"),
    ("near-insult", "call", "", "客户：我真是个废物 啥都干不好\n坐席：您别这样说自己 我们一起想办法"),
    ("near-insult", "app", "", "新闻：某催收员因辱骂借款人为“垃圾”“人渣”被公司开除并被罚款。"),
    ("near-insult", "call", "", "坐席：哎呀 您莫着急嘛 我们慢慢商量 这个事情好解决"),
    ("near-insult", "app", "", "尊敬的王*先生，您的账单尾号*3309已逾期，请尽快处理。"),
    # --- ordinary
    ("ordinary", "sms", "", "【青禾金融】王*，您本期账单2,150元已逾期3天，请及时还款，如已还款请忽略。"),
    ("ordinary", "call", "", "坐席：您好 这里是优米分期智能语音 您的账单已逾期 如需人工请按0"),
    ("ordinary", "call", "", "客户：我下个月发工资就还\n坐席：好的 我给您备注一下 下月10号之前 您看可以吗"),
    ("ordinary", "app", "", "您好，您申请的延期还款已审核通过，新的还款日为1月15日。"),
    ("ordinary", "email", "", "主题：逾期提醒\n赵*：\n您的借款已逾期10天，应还金额3,180元，请登录App还款，如有疑问请致电客服。\n盛达小贷"),
    ("ordinary", "call", "", "坐席：大哥 咱这钱得还啊 你看啥时候方便 给个准信儿"),
    ("ordinary", "call", "", "坐席：您好 这里是盛达小贷\n坐席：您这笔账单逾期了 今天方便处理一下吗"),
    ("ordinary", "sms", "", "【優米分期】陳*，您已成功還款1,000元，剩餘應還2,400元。"),
    ("ordinary", "app", "", "今天是您的还款日，请确保绑定卡内余额充足。"),
    ("ordinary", "call", "", "客户：我住院了\n坐席：那您先养病 我们给您办停催 出院后再联系您"),
    ("ordinary", "notice", "", "催收函\n王*：\n您在我司的借款已逾期45天，欠款4,600元，请于12月30日前还款。如您继续逾期，我司将依法向人民法院提起诉讼。\n青禾金融"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WO", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
