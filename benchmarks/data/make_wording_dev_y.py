"""Wording development batch y (issue 9, the wording classifier's generalisation): `python -m
benchmarks.data.make_wording_dev_y`.

Written for this file, text by text, by the helper session that retrains the wording classifier, before any
detector was run on it, over every wording category and its lawful neighbours, in others' voices: deployed SMS
templates with their placeholders left in, robot (IVR) scripts, ASR transcripts of calls without punctuation and
with fillers, WeChat chats and voice notes, formal notices and letters, judgments and news that quote a collector,
complaint posts, Cantonese, Sichuanese, Northeastern and Shanghainese speech, traditional characters; lawful texts
that share the violating texts' words (guarantors told of their own liability, a court's own summons, a lender's
hardship plan, a collector declining to suggest borrowing). About half are compliant. All people, numbers,
companies, courts and places are invented.

First run (tree at commit 7cbb131, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_y.jsonl --errors 0`; 100 messages, 52 violating): rules
alone micro P 0.898 R 0.855 F1 0.876, compliant flagged 4/48; classifier alone micro P 0.923 R 0.774 F1 0.842,
compliant flagged 2/48; fused micro P 0.891 R 0.919 F1 0.905, message-level R 0.942 P 0.925, compliant flagged 4/48.

Output (deterministic): `wording_dev_y.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_y.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- insults
    ("insult", "call", "I", "坐席：呃 你说你一个大老爷们 欠这点钱都拖着 脸皮比城墙还厚 真是个没用的东西"),
    ("insult", "app", "I", "锐诚资产-邬专员：阎*，借钱的时候装孙子，还钱的时候当大爷，你这种人就是社会的蛀虫。"),
    ("insult", "call", "I", "坐席：你條粉腸 借錢唔還 仲有面聽電話 真係冇廉恥"),
    ("insult", "sms", "I", "【汇穗分期】#姓名#，欠债不还的无赖行为令人不齿，您还要脸吗？今日务必处理。"),
    ("insult", "call", "I", "坐席：你个瓜娃子 钱借了不还 你屋头老汉就是这么教你的嗦"),
    ("insult", "app", "I", "荀*，你躲着不接电话的样子真让人恶心，跟过街老鼠有什么区别。"),
    # --- violence: harm, watching, showing up to intimidate
    ("violence", "call", "V", "坐席：你家三楼左手那户 防盗门绿色的是吧 今晚我们几个兄弟过去坐坐 你最好在家"),
    ("violence", "sms", "V", "【锐诚资产】邵*，我们的人已在你公司楼下，今天不处理，下班路上自己注意安全。"),
    ("violence", "call", "V", "坐席：嗯 你闺女在实验二小三年级二班对吧 放学都是奶奶去接 那个 你自己掂量掂量 这钱今天还不还"),
    ("violence", "call", "V", "坐席：你再跟我嘚瑟 信不信我找人卸你一条腿 咱走着瞧"),
    ("violence", "app", "V", "阎*，你的车停在B2哪个车位我们清楚得很，哪天轮胎玻璃出点事，别说没提醒你。"),
    ("violence", "sms", "V", "【明溪小貸】荀*，再不還款，外訪組今晚上門，屆時發生任何衝突，後果由你自負。"),
    # --- third parties: threats to reach them, pressure on them
    ("third-party", "sms", "T", "【岚桥消费金融】{name}，今日18点前未还款，系统将自动向您通讯录全部联系人发送协催函。"),
    ("third-party", "call", "T", "坐席：那个 我跟你讲啊 你今天要是再不弄 我们直接打你们单位人事 让你们领导来跟我谈"),
    ("third-party", "app", "T", "阎*，你老婆的号码我们已经拿到了，你不接，我们就天天打给她，打到她受不了为止。"),
    ("third-party", "call", "@DT", "坐席：您是邵*的同事吧 他欠我们岚桥八千多了 您跟他关系好就劝劝他 不然我们每天打到你们部门 大家都别想安生\n第三方：我跟他不熟"),
    ("third-party", "call", "T", "坐席：侬再弗还 阿拉就打电话拨侬爷娘 叫伊拉来帮侬还"),
    ("third-party", "sms", "@DT", "【汇穗分期】荀*之紧急联系人：荀*在我司借款已逾期62天，请您督促其还款，否则我司将持续联系您及您的家人。"),
    # --- exposure
    ("exposure", "sms", "E", "【锐诚资产】邵*，明日起你的欠款信息将在你户籍所在村的村务公开栏张贴，请自重。"),
    ("exposure", "call", "E", "坐席：嗯 这个 你要是不配合 我们就把你的照片和欠款做成视频 发抖音 同城都能刷到"),
    ("exposure", "app", "E", "阎*，你的身份证正反面已经在我们手上，再拖，就挂到网上“老赖曝光台”，让所有人认识你。"),
    ("exposure", "call", "E", "坐席：你屋头那个小区业主群 我们已经有人在里面了 今天不还 就把催款函发到群里 让邻居都看看"),
    ("exposure", "sms", "E", "【明溪小贷】${custName}，您的逾期记录将于本周五登报公示，届时亲友均可查阅。"),
    # --- impersonation
    ("impersonation", "call", "P", "坐席：（机器人语音）您好 这里是澄州市江屿区人民法院执行局 您有一起借款纠纷案件待处理 按1转执行法官"),
    ("impersonation", "sms", "P", "【澄州市公安局经侦支队】邵*，你在岚桥消费金融的欠款已由我支队介入，请三日内向平台结清。"),
    ("impersonation", "call", "P", "坐席：呃 我这边是 那个 江屿区检察院的 就是通知你一下 你岚桥那笔账 今天之内跟平台处理掉"),
    ("impersonation", "app", "P", "启衡律师事务所 邬律师：荀*，本律师全权代理你与汇穗分期的债务，今日起由我直接追收。（注：此账号为锐诚资产催收组使用）"),
    ("impersonation", "call", "PL", "坐席：我是负责你这个案子的法官 你今天不把钱打到平台 明天就签拘留决定书"),
    ("impersonation", "sms", "P", "【江屿區人民法院】阎*，你與明溪小貸借款糾紛一案已立案執行，請即日向明溪小貸還清欠款。"),
    # --- false legal claims, the sender named truthfully
    ("legal", "sms", "L", "【岚桥消费金融】尊敬的#name#，您的逾期已达到刑事立案标准，我司将于48小时内向公安机关报案，请速处理。"),
    ("legal", "call", "L", "坐席：你晓得不 你这个拖到现在已经算诈骗了 要坐牢的 到时候你娃儿考公务员政审都过不了"),
    ("legal", "call", "L", "坐席：（机器人语音）您的欠款已逾期九十天 系统已生成逮捕令 如需撤销 请于今日内还款 按0转人工"),
    ("legal", "app", "L", "锐诚资产-邬专员：阎*，明确告诉你，不还钱就是刑事案件，档案会跟你一辈子，你儿子以后当兵都没资格。"),
    ("legal", "call", "L", "坐席：你这个已经上了网上通缉了 你现在去住个酒店 前台一刷身份证警察就到"),
    ("legal", "sms", "L", "【汇穗分期】荀*，依据新规，逾期超过半年者其名下社保、医保账户将被冻结，直至欠款结清。"),
    # --- rollover: borrow elsewhere, sell, pledge
    ("rollover", "call", "R", "坐席：你那个支付宝借呗不是还有额度吗 先套出来把我们这期还了 下个月再说嘛"),
    ("rollover", "app", "R", "锐诚资产-邬专员：你朋友圈不是晒过一块表吗，拿去二手店卖了，够还一大半了。"),
    ("rollover", "sms", "R", "【明溪小贷】荀*，您可前往合作平台“速通钱包”申请新额度，专用于结清本账户逾期，当日放款。"),
    ("rollover", "call", "R", "坐席：你去找个小额贷 利息高点怕啥 先把这边平了 不然天天有人找你"),
    ("rollover", "call", "R", "坐席：你哋屋企咪有架車 拎去押咗佢 錢咪嚟咗囉 先還住我哋呢筆"),
    ("rollover", "app", "R", "阎*，实在不行你就去卖个血，现在献血还有补贴，一次几百块，先把利息还上。"),
    # --- disclosure: speech that reaches a third party and reveals the debt
    ("disclosure", "sms", "@D", "【岚桥消费金融】您好，您的朋友邵*在我司的借款已逾期45天，欠款9,860元，请您转告其尽快还款，谢谢。"),
    ("disclosure", "call", "@D", "坐席：喂 您好 是阎*的爱人吗 是这样 他在明溪小贷有一笔一万二的借款 逾期三个月了 麻烦您提醒他一下\n第三方：他没跟我说过啊"),
    ("disclosure", "app", "@D", "您好，我是汇穗分期的客服，荀*填写您为紧急联系人，她的分期账单已经逾期两期了，麻烦您帮忙联系一下她。"),
    ("disclosure", "call", "@D", "坐席：（机器人语音）您好 您是邵*的紧急联系人 邵*在岚桥消费金融的借款已严重逾期 请转告其及时还款 谢谢"),
    ("disclosure", "sms", "@D", "【明溪小貸】閻*的家屬您好：閻*於本司借款逾期未還，金額一萬零五百元，請代為轉告儘快處理。"),
    # --- mixed
    ("mixed", "call", "IV", "坐席：你个死老赖 别让我在街上碰到你 碰到一次打一次"),
    ("mixed", "call", "@DIT", "坐席：你是荀*她妈是吧 你女儿欠了我们汇穗两万不还 就是个骗子 你今天不替她还 我们就去你们单位闹\n第三方：你们怎么说话的"),
    ("mixed", "sms", "LE", "【锐诚资产】邵*，你已被列为失信诈骗人员，照片将同步至你所在街道公告栏和各大网站。"),
    ("mixed", "call", "PR", "坐席：我是江屿法院的调解员 你这个情况 我建议你去网上借一笔 先把岚桥的结了 就不用开庭了"),
    ("mixed", "app", "TL", "阎*，你不还，我们就发函到你单位，告诉你领导你涉嫌诈骗，准备被开除吧。"),
    ("mixed", "call", "VE", "坐席：你信不信 我们明天带横幅去你家楼下 敲锣打鼓让全小区都知道你欠钱不还 你也别想出门"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- deployed templates, lawful
    ("template", "sms", "", "【岚桥消费金融】尊敬的#name#，您的借款本期应还{amount}元已逾期，请于#date#前通过App“我的-还款”处理，如有困难可申请延期，详询955XX。"),
    ("template", "sms", "", "【汇穗分期】${custName}您好，您的账单已逾期${days}天，逾期信息将按规定报送征信，请尽快还款。退订回T"),
    ("template", "sms", "", "【明溪小貸】尊敬的客戶，您的借款已逾期，為免影響您的信用記錄，請儘快還款。如對賬單有異議，請致電400-681-2207。"),
    ("template", "sms", "", "【锐诚资产】邵*您好，受岚桥消费金融委托，我司就您的逾期借款与您联系，可协商分期方案，联系电话021-6655-0192（工作日9:00-18:00）。"),
    ("template", "app", "", "【岚桥消费金融】阎*，您申请的停息分期已审核通过，剩余本金分24期偿还，首期还款日为下月10日。"),
    # --- robot scripts, lawful
    ("robot", "call", "", "坐席：（机器人语音）您好 这里是汇穗分期 您的账单已逾期 还款请按1 申请延期请按2 如您不是荀*本人 请按9 我们将不再拨打此号码"),
    ("robot", "call", "", "坐席：（机器人语音）您好 请问是邵*本人吗\n客户：不是 你打错了\n坐席：（机器人语音）抱歉打扰 我们会核实号码 再见"),
    ("robot", "call", "", "坐席：（机器人语音）尊敬的客户 您在明溪小贷的借款今日到期 为避免产生逾期记录 请在今晚二十四点前完成还款"),
    # --- ASR calls, lawful
    ("asr", "call", "", "坐席：嗯 阎先生 我这边是锐诚资产的 受明溪小贷委托 那个 您这笔呢逾期两个月了 您看 呃 这个月能不能先还一部分\n客户：我最近失业了\n坐席：理解理解 那我给您登记一下 申请个延期 您看行不行"),
    ("asr", "call", "", "坐席：喂 荀女士 您好 汇穗分期的 呃 您之前说这个月十五号还 我就是跟您确认一下 还是那个时间对吧\n客户：对 十五号\n坐席：好的 那我备注了 不打扰您了"),
    ("asr", "call", "", "坐席：就是 呃 我们不建议您去别的平台借钱来还 利息太高了 您有困难的话 我们这边可以把本金拆成十二期"),
    ("asr", "call", "", "坐席：您说您要去法院咨询 这个是您的权利 我们这边也是按合同办事 您有啥异议可以书面提给我们\n客户：那你们会不会起诉我\n坐席：目前没有 就算起诉也是民事程序 法院说了算"),
    # --- guarantors and co-borrowers told of their own liability
    ("guarantor", "email", "", "担保责任履行通知书\n尉*先生：\n您作为邵*在岚桥消费金融借款合同项下的连带责任保证人，现借款人逾期未还，依照《民法典》第六百八十八条，本公司请您在保证范围内承担保证责任。如有异议，请于十五日内书面提出。\n岚桥消费金融有限公司"),
    ("guarantor", "call", "", "坐席：您好 尉先生 您是这份合同的共同借款人 合同上有您的签字 这笔借款您和邵先生是一起还的 您看这期您这边能不能先处理一下"),
    ("guarantor", "sms", "", "【明溪小贷】尉*，您为本司借款合同（编号MX2026-0317）的保证人，主债务人已逾期，请登录App查看保证责任明细。"),
    # --- courts, police, regulators in their own voices
    ("court", "notice", "", "澄州市江屿区人民法院\n传票\n案号：（2026）澄0105民初7713号\n被传唤人：阎*\n案由：金融借款合同纠纷\n应到时间：2026年11月3日上午9时30分\n应到处所：本院第三法庭"),
    ("court", "sms", "", "【江屿区人民法院】荀*，您与汇穗分期借款合同纠纷一案已立案，案号（2026）澄0105民初8021号，诉讼材料已电子送达，请登录人民法院在线服务查收。"),
    ("court", "notice", "", "失信被执行人名单决定书\n（2026）澄0105执1290号\n被执行人邵*有履行能力而拒不履行生效法律文书确定的义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条，将其纳入失信被执行人名单。\n澄州市江屿区人民法院"),
    ("police", "app", "", "【澄州公安反诈中心】提醒：凡自称公安、法院要求您把欠款转到“安全账户”的，都是诈骗。公安机关不参与催收民间借贷和网贷。"),
    ("regulator", "app", "", "澄州金融监管分局提示：催收人员不得向借款人的亲友、同事透露欠款信息，不得威胁曝光、上门骚扰，遇此情况可拨打12378。"),
    # --- quoted case texts, news, complaints (reports of a collector's words)
    ("quote", "notice", "", "（2026）澄0105刑初412号刑事判决书摘录：被告人谷某某受雇于某催收公司，多次向被害人发送“再不还钱就让你全家好看”等信息，并在被害人住处喷漆，其行为构成寻衅滋事罪。"),
    ("quote", "app", "", "澄州晚报讯 记者调查发现，部分催收员以“爆通讯录”“发你裸照”相威胁，有借款人因此精神崩溃。律师提醒，此类行为涉嫌违法，可向公安报案。"),
    ("quote", "app", "", "投诉：锐诚资产的人天天打我妈电话，说我是骗子要坐牢，还说要去我单位闹，我妈都吓病了。请问这种情况找哪个部门？"),
    ("quote", "app", "", "網友求助：催收打電話給我同事，說我欠錢不還還叫他幫我還，我覺得這侵犯了我的隱私，請問可以告他們嗎？"),
    ("quote", "notice", "", "质检通报：坐席工号3307在通话中称客户为“老赖”并称“不还钱就去你家”，违反公司《催收行为规范》第五条，予以停岗培训处理。\n锐诚资产 质检部"),
    # --- training material naming what not to say
    ("training", "notice", "", "催收话术禁语清单：不得说“你是骗子”“你等着坐牢”“我们去你家”“我们通知你领导”“你去借网贷还”。违者一经发现立即辞退。\n锐诚资产 合规部"),
    ("training", "email", "", "各坐席：如客户表示愿意卖车、卖房还款，只做记录，不得鼓励或推荐二手车商、典当行及其他贷款机构。\n汇穗分期 贷后管理部"),
    # --- lawful consequences stated truthfully
    ("consequence", "sms", "", "【汇穗分期】荀*，您的借款已逾期90天，如仍未还款，我司将依法向法院提起诉讼，诉讼费用及律师费将依法由法院判决承担。"),
    ("consequence", "app", "", "岚桥消费金融：邵*，逾期会影响您的个人征信，可能影响您后续申请房贷、车贷和信用卡，但不会影响您子女上学或工作。"),
    ("consequence", "call", "", "坐席：阎先生 跟您讲清楚啊 欠钱不还是民事纠纷 不会坐牢 但是法院判了您有钱不还 会被限制高消费 这个您了解一下"),
    ("consequence", "sms", "", "【明溪小贷】尊敬的客户，如您对欠款金额有异议，可向我司提交书面材料，我司将在15个工作日内答复；您也可向当地金融监管部门反映。"),
    # --- third parties reached lawfully (no debt revealed)
    ("third-lawful", "call", "", "坐席：您好 请问您认识邵*吗 我们联系不上他 麻烦您方便的话让他给我们回个电话 号码是021-6655-0192 谢谢\n第三方：好的我转告"),
    ("third-lawful", "sms", "", "【岚桥消费金融】您好，我司有重要事项需与阎*先生本人联系，如您认识他，请转告其回电4006-021-553，打扰之处敬请谅解。"),
    ("third-lawful", "call", "", "坐席：不好意思打扰了 您说您不认识荀*是吧 好的 那我们把您的号码删掉 以后不会再打了"),
    # --- dialect and traditional characters, lawful
    ("dialect", "call", "", "坐席：阎老板 我们这边是锐诚资产的 你这个账嘛拖了两个月了 你看啥子时候方便还 实在莫得钱 我们也可以商量分期嘛"),
    ("dialect", "call", "", "坐席：邵生你好 我哋係岚桥消费金融嘅 你呢期仲未還款 如果有困難可以申請分期 唔使擔心"),
    ("dialect", "call", "", "坐席：老妹儿 你这账拖挺长时间了 咱也不是逼你 你看这个月能整多少先整多少 剩下的咱慢慢唠"),
    ("dialect", "call", "", "坐席：荀阿姨 侬好 阿拉是汇穗分期 侬迭笔账已经过期了 侬看啥辰光方便还一眼眼 有困难阿拉好商量额"),
    ("dialect", "sms", "", "【汇穗分期】荀*您好，您的帳單已逾期，請於本月底前還款，如需協商延期或分期，請於App內提交申請。"),
    # --- near misses: the words of violations, lawfully used
    ("near", "app", "", "锐诚资产-邬专员：阎先生，您说想卖车还款，这个我们不建议也不要求，车是您的生活工具，我们可以先给您做个分期。"),
    ("near", "call", "", "坐席：您说要来我们公司当面谈 欢迎啊 我们地址是江屿区滨湖路218号 来之前给我打个电话 我在公司等您"),
    ("near", "sms", "", "【岚桥消费金融】邵*，我司将于本周委托外访人员按您登记的地址上门送达催收函，外访人员将出示工作证，不会进入您的住所。"),
    ("near", "app", "", "汇穗分期：荀女士，您反映有人冒充我司律师联系您家人，我们已报警处理。我司从未委托任何律所，也不会联系您的亲友。"),
    ("near", "call", "", "坐席：您说您家里人愿意帮您还 这个是你们家里的事 我们不会去找他们 您自己跟家人商量好就行"),
    ("near", "sms", "", "【明溪小贷】荀*，您的借款已结清，结清证明已发送至App消息中心，感谢您的信任。"),
    ("near", "app", "", "岚桥消费金融客服：您说的“网上曝光”我们从来没有做过，也不会做，如果有人以我司名义这样威胁您，请截图发给我们。"),
    ("near", "call", "", "坐席：我们这边是岚桥消费金融的 不是法院也不是律所 您的案子还没有起诉 您现在还来得及跟我们协商"),
    ("near", "email", "", "邵*先生：\n您好。根据您提供的医院诊断证明，我司同意为您办理为期六个月的延期还款，延期期间暂停催收。祝您早日康复。\n岚桥消费金融 客户关怀部"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLY", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
