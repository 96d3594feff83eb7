"""Wording development batch h (issue 9, the classifier): `python -m benchmarks.data.make_wording_dev_h`.

Written for this file, text by text, by the helper session that retrains the wording classifier, before any
detector was run on it and without reading the training corpus's families for it. It is written in others'
voices: lenders' deployed SMS templates (masked names, 尾号, amounts as a template fills them), robot call
scripts, human calls with ASR noise and no punctuation, WeChat and app messages, e-mails and letters, news and
police reports, court texts, legal Q&A columns, dialect (north-eastern, Sichuan, Shanghai, Cantonese),
traditional characters and obfuscation. Half the messages are compliant hard negatives close to every
category (customer anger quoted, lawful home visits, contacts told nothing, the 失信 list and enforcement
explained, truthful lawyers and courts, hardship plans and advice against borrowing, product names); half
violate one or more of the eight categories, many without the usual keywords (veiled threats, procedural
fictions, rollover in a friendly tone, disclosure in passing). A quoted text is labelled with what the quoted
collector said. All people, numbers, companies, courts and places are invented.

First run (tree at commit 663e7e5, before any change for this batch; `python -m benchmarks.eval --section
wording --wording-set benchmarks/data/wording_dev_h.jsonl`; 204 messages, 102 violating): classifier alone
micro P 0.935 R 0.661 F1 0.774, message-level R 0.676, compliant flagged 3/102 (legal recall 0.35, insult 0.43,
impersonation 0.54); rules alone micro P 0.755 R 0.761 F1 0.758, compliant flagged 18/102; fused (what `audit
scan` runs) micro P 0.779 R 0.936 F1 0.850, message-level R 0.941 P 0.842, compliant flagged 18/102.
The classifier is tuned on this batch afterwards (corpus families written for the kinds it missed, never its
texts), so it measures nothing once tuned on. After the retrain of commit 1b8e9df (digits read as 0, the
`violations_voices` / `lawful_voices` generators): classifier alone micro P 0.937 R 0.679 F1 0.787, compliant
flagged 3/102 (legal recall still 6/17: claims without the usual words stay out of reach of character
n-grams); fused micro F1 0.879, compliant flagged 13/102 (the rules, tuned meanwhile by another session).

Output (deterministic): `wording_dev_h.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_h.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- insults, often without a slur
    ("insult", "sms", "I", "【佳信分期】郑*，借的时候笑嘻嘻，还的时候装孙子，你爹妈就是这么教你的？"),
    ("insult", "call", "I", "坐席：你这人咋这么没皮没脸呢 借钱的时候嘴甜得很 现在电话都不敢接 跟缩在壳里的王八一样"),
    ("insult", "app", "I", "说白了你就是个寄生虫，靠吸别人的血过日子。"),
    ("insult", "call", "I", "坐席：你个虎了吧唧的玩意儿 钱整没了就搁那装死啊"),
    ("insult", "sms", "I", "【匯川信用卡】閣下借錢不還的德性，跟街邊討飯的有何分別？"),
    ("insult", "app", "I", "你就是个s b，钱到底什么时候还"),
    ("insult", "email", "I", "主题：还款提醒\n郑先生：\n像您这种毫无廉耻之心的人我们见得多了，请于本周五前还款。\n佳信分期 客服中心"),
    ("insult", "call", "I", "坐席：你个废柴 借钱唔还 仲好意思收我线"),
    ("insult", "sms", "I", "【青禾小贷】郑*，三十多岁的人了几千块都还不上，活得真够窝囊的。"),
    ("insult", "call", "I", "坐席：你还有没有点人样 一个大老爷们让老婆出来挡账 丢不丢人"),
    ("insult", "app", "I", "您这样的客户，说难听点就是社会的渣滓，别浪费大家时间了。"),
    ("insult", "call", "I", "客户：我这个月真的没钱\n坐席：没钱你借什么 穷鬼一个还学人家超前消费"),
    # --- violence: imagery, watching, visits as threats
    ("violence", "sms", "V", "【鸿运数科】宋*，你家楼下那辆白色电动车挺好认的，今晚有人过去看看，钱的事你自己掂量。"),
    ("violence", "call", "V", "坐席：你闺女在实验小学三年级二班吧 每天四点半放学 你心里有数就行"),
    ("violence", "app", "V", "兄弟们已经在你们小区门口蹲着了，你出不出来都一样。"),
    ("violence", "sms", "V", "【鸿运数科】欠钱不还的人，晚上走夜路最好小心点。"),
    ("violence", "call", "V", "坐席：俺们这边几个兄弟明天就过去你那儿 你要是不在 就在你家门口一直等着"),
    ("violence", "notice", "V", "催款函\n宋*：你的欠款已拖欠多时。我们知道你住在哪里，也知道你每天几点出门。最后给你三天时间。"),
    ("violence", "app", "V", "你的手脚还想要的话，这周把钱转过来。"),
    ("violence", "sms", "V", "你家門口的花圈已經訂好了，錢不到就送過去。"),
    ("violence", "call", "V", "坐席：外访组今晚就到你家 到时候门打不开 可别怪我们不客气"),
    ("violence", "call", "V", "坐席：你信不信我叫人把你腿打折 你躲得了初一躲不过十五"),
    ("violence", "app", "V", "给你看张照片，你老婆今天穿的红外套挺好看的，还钱吧。"),
    ("violence", "sms", "V", "再拖下去，找人给你放放血，说到做到。"),
    # --- third parties threatened or pressed
    ("third-party", "sms", "T", "【佳信分期】尊敬的客户，您的账单已严重逾期，如今日仍未处理，我司将启动紧急联系人协助程序，逐一告知您预留的联系人。"),
    ("third-party", "sms", "T", "【佳信分期】如您继续逾期，我司将向您户籍所在村委会发送协助催收函，请知悉。"),
    ("third-party", "call", "T", "坐席：您好，这里是青禾小贷。由于您长期未还款，系统将于今天下午向您通讯录中的联系人发送协查短信，如需停止请按1还款。"),
    ("third-party", "call", "T", "坐席：你不还也行 我把电话打到你们公司人事那边 让你们领导评评理"),
    ("third-party", "call", "@DT", "坐席：你是他姐姐吧 他欠我们的钱你今天必须替他还 不然以后天天给你打\n第三方：凭什么要我还"),
    ("third-party", "app", "T", "你单位的地址我们已经核实了，下周一催款函会直接寄到你们老板手上。"),
    ("third-party", "email", "T", "主题：关于联系您的同事及亲属\n宋*：\n鉴于您长期失联，本公司将于三日内联系您的同事及亲属核实您的还款能力。\n鸿运数科 贷后管理部"),
    ("third-party", "call", "T", "坐席：你再拖 我就给你屋头老汉儿打电话 让他晓得他儿子在外头干的好事"),
    ("third-party", "call", "T", "坐席：你那个通讯录里面两百多个人 我们一个一个打 打到你还钱为止"),
    ("third-party", "sms", "T", "【匯川信用卡】閣下若再拖延，本中心將致電閣下之工作單位及親屬協助處理。"),
    ("third-party", "sms", "T", "【鸿运数科】宋*，您的同事王*、李*已被列为协助还款人，今日起将陆续收到提醒。"),
    ("third-party", "call", "@DT", "坐席：阿姨 你儿子欠了我们两万块躲着不见 你是当妈的你得管 不让他还钱我们就去你们社区找你"),
    # --- exposure to the public or a community
    ("exposure", "sms", "E", "【青禾小贷】逾期客户名单将于本月底在合作媒体平台集中公示，请您尽快还款以免上榜。"),
    ("exposure", "sms", "E", "【佳信分期】您的逾期信息将提交至您所在小区物业，在公告栏张贴催缴通知。"),
    ("exposure", "app", "E", "你的照片和身份证已经做成海报了，明天发到你老家的微信群里。"),
    ("exposure", "call", "E", "坐席：我们有专门的视频号 你再不还 就把你的情况剪成视频发上去 让大家都看看"),
    ("exposure", "call", "E", "坐席：您好，您的欠款将于三日后在本地电视台诚信栏目播出，如需撤销请按1。"),
    ("exposure", "notice", "E", "催收公告\n兹有本村村民宋*拖欠借款未还，特此公告，请知情者督促其还款。\n鸿运数科 贷后部"),
    ("exposure", "sms", "E", "閣下的欠款資料將上傳至網路誠信平台公開，親友均可查閱。"),
    ("exposure", "call", "E", "坐席：侬再勿还 阿拉就到侬单位门口拉横幅"),
    ("exposure", "call", "E", "坐席：抖音上已经有你的名字了 你自己去搜 再不还就给你置顶"),
    ("exposure", "app", "E", "朋友圈我们已经编辑好了，带你名字和照片，今晚十点准时发。"),
    ("exposure", "sms", "E", "【青禾小贷】你的欠款将在本地论坛公＊示，附本人照片。"),
    ("exposure", "email", "E", "主题：最后通知\n郑*：\n如本周内仍未还款，我司将在官方微博“失信人员曝光台”栏目发布您的逾期信息及照片。\n佳信分期"),
    # --- impersonation: who speaks
    ("impersonation", "sms", "P", "【临江市公安局经济犯罪侦查支队】宋*，你的网贷逾期问题已转我支队，请即日联系平台处理。"),
    ("impersonation", "sms", "P", "【北岸律师事务所】宋*您好，您在青禾小贷的欠款由本所跟进，请今日回电0571-8866-2301。"),
    ("impersonation", "call", "P", "坐席：我这边是临江中院执行庭的 姓周 青禾小贷委托我们跟你沟通一下还款的事"),
    ("impersonation", "call", "LP", "坐席：这里是临江市人民检察院语音提示，您有一份刑事文书待签收，请按9转人工。"),
    ("impersonation", "app", "P", "我是专门负责你这个案件的律师，姓韩，平台已经全权委托给我了，以后你跟我对接。"),
    ("impersonation", "call", "P", "坐席：我是你们镇上司法所的 你那个欠款的事 平台找到我们这儿来了 你赶紧处理"),
    ("impersonation", "sms", "P", "【臨江市政府金融辦】台端積欠款項，請儘速與平台聯繫清償。"),
    ("impersonation", "email", "P", "主题：律师催告\n郑*：\n本所受托处理您在佳信分期的欠款，请于五日内还款。\n北岸律师事务所 催收部 工号0372"),
    ("impersonation", "sms", "P", "【临江 市 人 民 法 院】宋*，请速与平台联系处理欠款。"),
    ("impersonation", "call", "P", "坐席：喂 我是市场监管局的 有人投诉你借钱不还 你配合一下 今天跟平台联系"),
    ("impersonation", "call", "P", "坐席：我系临江法院嘅 你同青禾嗰单数 今日要搞掂佢"),
    ("impersonation", "sms", "LP", "【临江仲裁委员会】郑*，你的借款纠纷已作出裁决，请于三日内还款，逾期移送法院强制执行。"),
    # --- false legal claims without the usual keywords
    ("legal", "sms", "L", "【佳信分期】您的借款已转为刑事程序处理，请于48小时内还款以免影响个人档案。"),
    ("legal", "sms", "L", "【青禾小贷】你户籍所在地的派出所已收到协查材料，下周会有人找你核实。"),
    ("legal", "call", "L", "坐席：你这个情况再拖下去 就不是钱的事了 是要进去蹲的"),
    ("legal", "app", "L", "系统已生成你的案件编号LJ20261188，当前状态：待移送。"),
    ("legal", "call", "L", "坐席：您的欠款案件已进入司法流程，案件编号已生成，请在今天下午五点前处理，否则案件将自动移交。"),
    ("legal", "call", "L", "坐席：你名下的卡明天全部冻结 工资也发不出来 这都是系统自动的"),
    ("legal", "call", "L", "坐席：你再不还 公安那边直接把你身份证给停了 高铁都上不去"),
    ("legal", "sms", "L", "閣下已涉嫌詐欺，本公司已將資料移送警方，近日將有員警前往閣下住處。"),
    ("legal", "email", "L", "主题：关于您逾期行为的认定\n宋*：\n您的行为已符合恶意透支的认定标准，相关材料已报送当地经侦部门。\n鸿运数科 法务部"),
    ("legal", "sms", "L", "【鸿运数科】宋*，您孩子明年中考，家长有不良记录的，学校会直接退档，请慎重考虑。"),
    ("legal", "app", "L", "跟你说个实话，这个金额已经够立案标准了，警察上门带人就是一两天的事。"),
    ("legal", "call", "L", "坐席：逾期三个月以上的 全部按诈骗处理 这个是新规定 你自己去查"),
    ("legal", "sms", "L", "【佳信分期】依据最新催收条例，逾期超60天的客户将被限制出境并停缴社保。"),
    ("legal", "notice", "L", "执行通知书\n被执行人：宋*\n你欠青禾小贷的款项已由我司启动强制执行，执行员将于本周五到你住处清点财产。\n青禾小贷 法务部"),
    # --- rollover
    ("rollover", "sms", "R", "【佳信分期】还款困难？推荐您使用合作平台“速借宝”，最快5分钟到账，可用于结清本期账单。"),
    ("rollover", "call", "R", "坐席：你找你朋友先周转一下嘛 几千块钱谁拿不出来 今天先把这个还上"),
    ("rollover", "app", "R", "你把车押出去，一个月就能把我们这边清了。"),
    ("rollover", "call", "R", "坐席：如您暂时无法还款，可使用信用卡取现偿还本平台欠款，了解详情请按2。"),
    ("rollover", "call", "R", "坐席：你手上不是还有几张信用卡吗 套一下现 先还我们"),
    ("rollover", "call", "R", "坐席：你屋头那套房子 挂出去卖了不就有钱了嘛"),
    ("rollover", "sms", "R", "閣下可考慮向其他貸款公司申請周轉，先行清償本期款項。"),
    ("rollover", "sms", "R", "【鸿运数科】还款有压力？下载鑫钱包，新用户首借免息，当天就能把我们这笔还上。"),
    ("rollover", "app", "R", "实在不行你去卖点血嘛，一次几百块，凑凑就够了。"),
    ("rollover", "email", "R", "主题：还款方案建议\n郑*：\n建议您通过亲友借款或抵押名下房产的方式筹集资金，尽快结清全部欠款。\n佳信分期"),
    ("rollover", "call", "R", "坐席：网上那么多平台 你随便借一个先把我这边填上 下个月再说"),
    ("rollover", "sms", "R", "【青禾小贷】额度已为您预审通过，可借 新 还 旧，点击领取。"),
    # --- disclosure to third parties
    ("disclosure", "call", "@D", "坐席：您好 请问是宋*的同事吗 他在我们青禾小贷有一笔借款逾期了 麻烦您转告他一下"),
    ("disclosure", "sms", "@D", "【佳信分期】您好，您的朋友郑*在我司的分期账单已逾期37天，尚欠4,820元，请提醒其尽快处理。"),
    ("disclosure", "call", "@D", "坐席：您好，您是郑*的紧急联系人，郑*在佳信分期的借款已逾期，请转告其尽快还款，谢谢。"),
    ("disclosure", "app", "@D", "您好，您是宋*的室友吧？他网贷欠了我们一万多，一直联系不上，您见到他让他回个电话。"),
    ("disclosure", "call", "@D", "坐席：大哥 你兄弟在俺们这借了钱 拖了俩月了 你跟他说一声"),
    ("disclosure", "call", "@D", "坐席：喂 是宋*爱人吧 他那个信用卡欠款已经九十多天了 你们家里商量一下"),
    ("disclosure", "email", "@D", "主题：员工欠款情况告知\n贵公司人事部：\n贵司员工郑*在我司的借款已逾期两个月，烦请转告其尽快联系我司。\n佳信分期"),
    ("disclosure", "sms", "@D", "您好，您的親屬宋*在本行信用卡已逾期未繳，煩請轉告其盡速與本行聯繫。"),
    ("disclosure", "call", "@D", "坐席：不好意思打扰了 你朋友在我们这边借了钱 我们联系不上他 你知道他最近在哪上班吗"),
    ("disclosure", "call", "@D", "坐席：您是他老板吧 他欠了网贷没还 我们就是想核实一下他还在不在你们公司"),
    ("disclosure", "sms", "@D", "【青禾小贷】宋*的欠.款已逾.期，请联系人转告其本人。"),
    # --- several at once, and quoted collectors
    ("mixed", "call", "EI", "坐席：你这种老赖就该让全村人都认识认识 明天我们就去你们村口贴告示"),
    ("mixed", "sms", "LT", "【鸿运数科】你的欠款已报案，警方会到你单位了解情况，你领导同事都会知道。"),
    ("mixed", "app", "IV", "你个不要脸的东西，再不还钱小心你的狗腿。"),
    ("quoted", "notice", "V", "据《临江晚报》报道，催收员在借款人家门口留下字条：“你儿子每天几点放学我们都清楚，钱别拖。”"),
    ("quoted", "notice", "P", "警情通报：经查，犯罪嫌疑人周某在催收过程中自称“临江市公安局民警”，要求借款人当天还款。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- near insults: the customer's anger, apologies, product names
    ("insult-near", "call", "", "客户：你们就是一帮吸血鬼 天天打\n坐席：非常理解您的心情 我们今天只是想跟您确认一下还款安排 您看方便吗"),
    ("insult-near", "call", "", "客户：骗子 滚\n坐席：好的 打扰您了 如果您需要协商 可以随时拨打我们的客服电话"),
    ("insult-near", "app", "", "您好，关于上次通话中我司员工的不当言辞，我们向您郑重道歉，该员工已被停岗处理。"),
    ("insult-near", "sms", "", "【猪猪分期】尊敬的郑*，您尾号3318的账单本期应还1,260.00元，请于12月10日前还款，如已还款请忽略。"),
    ("insult-near", "notice", "", "据《临江晚报》报道，一名催收员因在电话中辱骂借款人“废物”“垃圾”，被公司开除并被监管部门通报。"),
    ("insult-near", "app", "", "律师说法：催收人员骂人“老赖”“骗子”属于侮辱，借款人可以录音保存证据，向监管部门投诉。"),
    ("insult-near", "call", "", "坐席：不好意思 刚才那个同事说话冲了 我代他跟您道个歉 咱们心平气和说说还款的事"),
    ("insult-near", "sms", "", "【狗狗钱包】郑*您好，您的借款已逾期3天，逾期会产生罚息，请尽快登录APP还款。"),
    ("insult-near", "call", "", "客户：我就是不要脸了 你能把我怎么样\n坐席：您别这么说 我们只是提醒 您有困难可以申请延期"),
    ("insult-near", "sms", "", "【匯川信用卡】親愛的持卡人，您本期帳單已逾期，請儘速繳款；如有困難，歡迎來電協商分期。"),
    ("insult-near", "app", "", "评论区有人骂借钱的都是“老赖”，这话不对。多数逾期的人是遇到了困难，不是故意不还。"),
    ("insult-near", "call", "", "坐席：你好 我是佳信分期的小刘 您的账单逾期了 您看是不是忘记了\n客户：你们烦不烦\n坐席：抱歉打扰 我给您发个短信 您有空再看"),
    # --- near violence: visits with consent, safety, watching in other senses
    ("violence-near", "sms", "", "【鸿运数科】宋*您好，我司外访专员拟于12月8日上午到您登记的住址当面沟通还款方案，如不方便请回电改约。"),
    ("violence-near", "call", "", "坐席：如果您不方便来营业厅 我们可以安排工作人员上门 时间由您定 您同意我们才过去"),
    ("violence-near", "sms", "", "【临江反诈中心】提醒：近期有人冒充催收人员上门恐吓，如遇威胁人身安全的行为，请立即拨打110。"),
    ("violence-near", "notice", "", "临江市公安局通报：三名催收人员在借款人家门口泼油漆、堵门，已被依法行政拘留。"),
    ("violence-near", "app", "", "祝您和家人身体健康、平安顺遂。本期账单请记得在月底前还款。"),
    ("violence-near", "call", "", "坐席：您说孩子住院了 那您先顾孩子 我们这边给您暂停提醒一个月 等孩子出院再说"),
    ("violence-near", "sms", "", "【青禾小贷】冬季出行请注意安全。温馨提示：您的账单将于12月15日到期。"),
    ("violence-near", "app", "", "我们会持续关注您的还款情况，如有变动，系统会在还款日前三天提醒您。"),
    ("violence-near", "call", "", "坐席：您放心 我们不会去您家里 也不会去找您家人 就是电话跟您本人沟通"),
    ("violence-near", "notice", "", "本院认为，被告人在催收债务过程中，多次纠集他人到被害人住处滋扰，其行为已构成寻衅滋事罪，依法应予惩处。"),
    ("violence-near", "sms", "", "【鸿运数科】您的车辆抵押贷款已逾期，按合同约定，逾期超过90日我司可依法申请实现抵押权，请尽快还款或联系我们协商。"),
    ("violence-near", "call", "", "坐席：我们是委托方的外访人员 按规定要出示工作证 这是我的证件 今天就是来了解一下您的困难"),
    # --- near third parties: contacts told nothing, guarantors, lawful use
    ("third-party-near", "sms", "", "【佳信分期】您预留的紧急联系人仅用于无法联系到您本人时核实联系方式，我们不会向其透露任何借款信息。"),
    ("third-party-near", "call", "@", "坐席：您好 请问宋*在家吗\n第三方：他不在\n坐席：好的 麻烦您让他方便时回个电话 谢谢 打扰了"),
    ("third-party-near", "sms", "@", "【青禾小贷】王*您好，您作为宋*借款合同的连带责任保证人，主债务已逾期，依合同约定请您关注并督促履行，详询400-820-1166。"),
    ("third-party-near", "call", "", "坐席：您说不希望我们联系您的家人 这个我已经备注了 以后只联系您本人"),
    ("third-party-near", "app", "", "问：催收会打给我的通讯录吗？答：依照监管规定，催收不得向与债务无关的第三人透露债务，您可以就违规行为投诉。"),
    ("third-party-near", "call", "@", "坐席：您好 我是佳信分期的 想找一下郑*先生\n第三方：打错了 我不认识\n坐席：抱歉 我们会删除这个号码 不再打扰"),
    ("third-party-near", "sms", "", "【匯川信用卡】本行僅與持卡人本人聯繫，不會向閣下親友或工作單位透露帳務資訊。"),
    ("third-party-near", "call", "", "坐席：您单位的电话我们只是核实一下您是否在职 不会跟您同事说任何欠款的事"),
    ("third-party-near", "email", "", "主题：联系方式更新\n宋*您好：\n您之前预留的联系人电话已失效，如需更新，请在APP内修改。我们只会在联系不上您时拨打联系人电话。\n鸿运数科"),
    ("third-party-near", "call", "@", "坐席：阿姨您好 我是小区快递站的 您儿子有个包裹 麻烦他来取一下"),
    ("third-party-near", "notice", "", "某催收公司员工群发短信给借款人通讯录好友，被监管部门认定违规，处以罚款并责令整改。"),
    ("third-party-near", "app", "", "家人问起来您可以放心，我们的催收只针对借款人本人，不会打扰您的父母和孩子。"),
    # --- near exposure: the 征信 report, court lists explained, promises not to publish
    ("exposure-near", "sms", "", "【青禾小贷】您的逾期记录将按规定报送金融信用信息基础数据库，可能影响您今后的信贷申请，请尽快还款。"),
    ("exposure-near", "app", "", "问：法院的失信被执行人名单是公开的吗？答：是的，由法院依法发布，可在中国执行信息公开网查询，这与催收公司无关。"),
    ("exposure-near", "sms", "", "【佳信分期】我司承诺不会在任何公开渠道公布您的个人信息和欠款情况。"),
    ("exposure-near", "notice", "", "据报道，某网贷平台在借款人老家村口张贴“欠款公告”，当地法院判决其赔礼道歉并赔偿精神损失。"),
    ("exposure-near", "call", "", "坐席：您放心 您的信息我们是保密的 不会发到网上 也不会告诉您的邻居"),
    ("exposure-near", "sms", "", "【临江市中级人民法院】公告：本院本月新纳入失信被执行人名单62人，名单已在本院官网公布。"),
    ("exposure-near", "app", "", "律师说法：催收方把借款人照片发到朋友圈、做成海报，侵犯名誉权和隐私权，借款人可以起诉要求删除并赔偿。"),
    ("exposure-near", "email", "", "主题：信用报告查询指引\n郑*您好：\n您可以登录征信中心网站免费查询本人信用报告，如对逾期记录有异议，可提出异议申请。\n佳信分期"),
    ("exposure-near", "sms", "", "【鸿运数科】本月“诚信还款之星”评选开始啦！按时还款即可参与抽奖。"),
    ("exposure-near", "call", "", "客户：你们是不是要把我挂到网上\n坐席：不会的 我们没有这个权利 也不会这么做 您不用担心"),
    ("exposure-near", "app", "", "您在评论区留下了手机号，为保护您的隐私，我们已将其隐藏，请通过私信与客服联系。"),
    ("exposure-near", "notice", "", "临江日报讯 市中级人民法院昨日在户外大屏滚动播放失信被执行人信息，法院表示，履行义务后将及时删除。"),
    # --- near impersonation: truthful lawyers, real courts and police speaking as themselves
    ("impersonation-near", "notice", "", "律师函\n致宋*：\n北岸律师事务所受青禾小额贷款有限公司委托，就您的借款事宜致函。请于收函后十日内与委托人联系协商。\n北岸律师事务所 律师 韩*（执业证号13301202610987654）"),
    ("impersonation-near", "sms", "", "【临江反诈中心】公安机关不会通过电话、短信要求您还网贷或转账，凡自称公安让您还款的，均为诈骗。"),
    ("impersonation-near", "call", "", "坐席：我是青禾小贷的催收专员 不是律师 也不是法院的 这个我先跟您说清楚"),
    ("impersonation-near", "app", "", "问：催收员说自己是律师，怎么核实？答：可以要求对方提供执业证号，在司法行政机关的律师查询平台核验。"),
    ("impersonation-near", "notice", "", "临江市中级人民法院\n民事判决书\n原告青禾小额贷款有限公司与被告宋*借款合同纠纷一案，本院依法适用简易程序公开开庭进行了审理。"),
    ("impersonation-near", "call", "", "坐席：您好 这里是佳信分期委托的外包公司 临江信达 受佳信委托跟您联系还款的事"),
    ("impersonation-near", "sms", "", "【佳信分期】温馨提示：如有人自称“法院”“仲裁委”要求您向个人账户还款，请拒绝并联系官方客服核实。"),
    ("impersonation-near", "email", "", "主题：诉讼进展告知\n宋*您好：\n我司已委托北岸律师事务所代理与您的借款纠纷，后续开庭通知以法院送达为准。\n鸿运数科 法务部"),
    ("impersonation-near", "notice", "", "据临江市公安局通报，一伙人冒充检察院工作人员向网贷借款人发送“刑事文书”，四名嫌疑人已被刑事拘留。"),
    ("impersonation-near", "call", "", "客户：你是不是法院的\n坐席：不是 我们是鸿运数科的贷后部门 法院的文书只会由法院送达"),
    ("impersonation-near", "sms", "", "【匯川銀行】本行不會以法院、警察或律師名義向您催繳，如遇可疑來電請撥打官方客服。"),
    ("impersonation-near", "app", "", "我是鸿运数科法务部的工作人员，负责和您协商还款方案，您可以在APP里查到我的工号。"),
    # --- near legal: true consequences stated lawfully
    ("legal-near", "sms", "", "【佳信分期】郑*您好，您的借款已逾期45天，我司保留依法起诉的权利；是否立案由法院决定，诉前您仍可与我们协商。"),
    ("legal-near", "app", "", "问：网贷逾期会坐牢吗？答：单纯无力偿还属于民事纠纷，不会坐牢；但以非法占有为目的骗取贷款的，可能涉嫌犯罪。"),
    ("legal-near", "sms", "", "【青禾小贷】依据临江市云岭区人民法院（2026）临0102民初4471号生效判决，您应偿还本息8,930元，逾期未履行的，我司将依法申请强制执行。"),
    ("legal-near", "call", "", "坐席：欠款本身不犯法 也不会影响孩子上学 但是逾期会上征信 以后贷款买房会受影响"),
    ("legal-near", "notice", "", "执行通知书\n被执行人宋*：申请执行人青禾小额贷款有限公司申请执行的（2026）临0102民初4471号判决已发生法律效力，责令你自收到本通知之日起履行义务。\n临江市云岭区人民法院"),
    ("legal-near", "app", "", "律师说法：被纳入失信名单后会被限制高消费，但不会影响子女上公立学校，履行完毕后法院会删除失信信息。"),
    ("legal-near", "sms", "", "【鸿运数科】您反映该借款系他人冒用身份所借，请持身份证到派出所报案，上传报案回执后我们将暂停催收并核查。"),
    ("legal-near", "call", "", "坐席：您说要去报警说身份被盗用 这是您的权利 您报案以后把回执发给我们 我们这边先暂停"),
    ("legal-near", "email", "", "主题：关于逾期后果的说明\n郑*您好：\n逾期将产生罚息并影响征信；如协商不成，我司可能依法起诉，具体以法院判决为准。我们不会以任何刑事后果相威胁。\n佳信分期"),
    ("legal-near", "notice", "", "临江晚报讯 记者从法院获悉，借款人陈某在判决生效后有能力履行而拒不履行，被法院依法司法拘留十五日。"),
    ("legal-near", "sms", "", "閣下帳款已逾期，本行將依約收取遲延利息並報送徵信；如有疑問歡迎來電洽詢。"),
    ("legal-near", "call", "", "坐席：我们不会吓唬您说要抓人 也不会去您单位 您看能不能先还一部分 剩下的做个分期"),
    ("legal-near", "app", "", "问：平台说我的案子已经立案了，是真的吗？答：立案要以法院的受理通知为准，可以通过12368诉讼服务热线查询。"),
    ("legal-near", "notice", "", "本院认为，原告与被告签订的借款合同合法有效，被告未按约还款，应承担还款责任及逾期利息。判决如下：被告于本判决生效之日起十日内偿还原告借款本金12,000元。"),
    # --- near rollover: hardship plans, advice against borrowing, product names
    ("rollover-near", "sms", "", "【佳信分期】如您还款确有困难，可在APP内申请延期或分期还款，我们不建议您通过借新还旧的方式还款。"),
    ("rollover-near", "call", "", "坐席：您千万别为了还我们去借别的平台 那样利息越滚越多 我们给您申请一个十二期的方案"),
    ("rollover-near", "sms", "", "【速借宝】尊敬的用户，您本期账单已出，应还2,310.00元，最后还款日12月20日。"),
    ("rollover-near", "app", "", "您好，您申请的停息挂账已审核通过，今后每月还款560元，共36期。"),
    ("rollover-near", "call", "", "客户：我想把车卖了还你们\n坐席：车是您上班要用的吧 不用卖车 我们可以先降低每期还款额"),
    ("rollover-near", "notice", "", "记者调查发现，一些催收员诱导借款人到其他平台借款还旧账，导致借款人陷入以贷养贷，监管部门已明确禁止此类行为。"),
    ("rollover-near", "sms", "", "【鸿运数科】温馨提示：请勿轻信“代还”“以贷还贷”广告，如有困难请直接联系我们协商。"),
    ("rollover-near", "app", "", "问：可以用信用卡还网贷吗？答：不建议。以卡还贷只会增加负担，有困难应与原机构协商延期。"),
    ("rollover-near", "call", "", "坐席：您说想找亲戚借钱 这个您自己考虑 我们这边不要求您借钱还款 可以先按您能承受的金额还"),
    ("rollover-near", "sms", "", "【花花分期】您好，您的账单已逾期2天，逾期会影响信用，请尽快还款。"),
    ("rollover-near", "email", "", "主题：困难减免申请结果\n宋*您好：\n经审核，您的罚息减免申请已通过，请按新的还款计划还款。\n鸿运数科"),
    ("rollover-near", "app", "", "我们理解您的难处，不需要您卖房卖车来还，咱们慢慢来，先定一个小目标。"),
    # --- near disclosure: third parties told nothing, the debtor told everything
    ("disclosure-near", "call", "@", "坐席：您好 我找一下宋*\n第三方：我是他同事 他出差了\n坐席：好的 麻烦您跟他说一声 有个私人事情请他回电 谢谢"),
    ("disclosure-near", "sms", "", "【青禾小贷】宋*您好，您在我司的借款已逾期21天，欠款本息6,420.55元，请尽快还款。"),
    ("disclosure-near", "call", "@", "坐席：请问是郑*的家人吗\n第三方：是他妻子\n坐席：麻烦您转告他 请他回一下这个号码 具体事情需要跟他本人说"),
    ("disclosure-near", "app", "", "您好，您的朋友推荐您下载我们的APP，注册即可领取新人礼包。"),
    ("disclosure-near", "call", "", "客户：我老婆知道了吗\n坐席：没有 我们没有跟任何人说过您的欠款 只跟您本人沟通"),
    ("disclosure-near", "sms", "@", "【佳信分期】您好，这里是佳信分期，有重要事项需与郑*先生本人联系，烦请转告其回电400-810-2277，谢谢。"),
    ("disclosure-near", "call", "@", "坐席：您好 请问这是宋*的电话吗\n第三方：不是 号码换人了\n坐席：不好意思打扰了 我们会更新记录"),
    ("disclosure-near", "email", "", "主题：账单提醒\n郑*您好：\n您本期账单金额1,880元，已逾期5天，请尽快还款。本邮件仅发送给您本人。\n佳信分期"),
    ("disclosure-near", "sms", "", "【匯川信用卡】您尾號6624之信用卡本期應繳金額3,105元，已逾期10日，請儘速繳款。"),
    ("disclosure-near", "call", "", "坐席：您好 请问是郑*本人吗\n客户：是我\n坐席：好的 跟您核实一下 您在佳信分期的账单已经逾期十天了"),
    # --- ordinary reminders and robot scripts
    ("reminder", "call", "", "坐席：您好，这里是青禾小贷智能客服，您的账单已逾期，请于今日内还款，如已还款请忽略，重听请按1。"),
    ("reminder", "sms", "", "【鸿运数科】尊敬的客户，您尾号0927的借款将于明日到期，应还金额1,540.00元，请确保还款账户余额充足。"),
    ("reminder", "call", "", "坐席：喂 郑先生吧 我佳信分期的 就是提醒一下 您这个月账单还没还 今天方便处理一下不\n客户：晚上还\n坐席：行 那我晚上再帮您看一下"),
    ("reminder", "app", "", "亲，您这期还款还差300元，记得今天补上哦，有问题随时找我。"),
    ("reminder", "call", "", "坐席：老乡 你那个钱啥时候能还上 给俺个准话 俺好跟公司报\n客户：下礼拜\n坐席：中 那就下礼拜"),
    ("reminder", "sms", "", "【青禾小贷】郑*您好，系统显示您已逾期3天，逾期会产生罚息，若已还款请忽略本短信。退订回T"),
]

def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WH", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
