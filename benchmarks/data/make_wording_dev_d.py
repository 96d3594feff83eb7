"""Wording development batch d (issue 9): `python -m benchmarks.data.make_wording_dev_d`.

Written for this file, text by text, by a helper session tuning the wording rules, before any detector was
run on it; its first-run figures are recorded in the commit that tunes on it. Half the messages violate a
wording category (contract section 5), half are compliant near-misses sharing their words. Situations the
other sets rarely hold: car loans and GPS trackers, student loans and the school, rural credit and the
village, gig workers and their platform, elderly relations, borrowing to repay offered in a friendly tone,
fake "credit repair", threats phrased as concern, euphemisms; registers: deployed SMS templates, robot
scripts, human calls as turns with ASR noise, WeChat, formal letters, quoted news and judgments, dialect,
traditional characters, sarcasm, threats spread over two sentences and a violating line inside a long
lawful template. A quoted text is labelled with what the quoted collector said. All people, numbers,
companies and places are invented.

A second batch (WD-201…) was written after the first had been tuned on, and measured before any fix for it.
These are development batches: rules are tuned on them, so they measure nothing once tuned on.

Output (deterministic: the same bytes on every run): `wording_dev_d.jsonl`, contract messages (section 1)
with `labels`, the wording categories the agent's or lender's words violate, plus
`pii.third_party_disclosure` where a message to a third party reveals the debt; `[]` when compliant.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_d.jsonl"

# (campaign, channel, label letters, text), as `set_format.wording_dev_record` reads them: one letter
# per label (set_format.WORDING_LABEL_CODES), "@" first for a message to a third party. A call's text
# is its turns, one a line, "坐席：" for the agent, "客户：" for the debtor and "第三方：" for anyone else.
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- car loans and GPS trackers
    ("car-loans", "sms", "V", "【驰远汽车金融】陈*先生，您的车贷已逾期42天。车上的GPS显示您每晚都停在和平路小区3号楼下，"
                               "今晚我们外勤就在那儿等您，钱不到位，车和人都别想走。"),
    ("car-loans", "sms", "", "【驰远汽车金融】陈*先生，您的车贷已逾期42天。按抵押合同约定，逾期超过90天我司可依法申请实现"
                             "抵押权，请尽快在APP内还款，或申请展期。"),
    ("car-loans", "app", "R", "车贷逾期这么久了，我劝你先把车押给二手车行换点现钱，实在不行找朋友凑一凑，周五之前必须结清。"),
    ("car-loans", "app", "", "如您计划出售车辆提前还清贷款，请先联系我司办理解押手续。是否出售由您决定，我司不会要求您变卖任何财产。"),
    # --- student loans and the school
    ("students", "app", "T", "同学你好，你的分期已经逾期了。再不处理的话，我们就把你的欠款情况发给你们辅导员和学院领导，让学校出面解决。"),
    ("students", "app", "", "同学你好，校园分期已逾期5天。我们不会联系你的学校和老师，请登录APP查看还款计划，在校学生可申请延期。"),
    ("students", "sms", "L", "【学易分期】你的助学分期已严重逾期，再不还款，学校将暂扣你的毕业证和学位证，直至还清为止。"),
    ("students", "sms", "", "【学易分期】同学你好，本年度利息应于12月20日前还清，逾期将按合同计收罚息并报送征信。如有困难可向学校资助中心咨询延期政策。"),
    # --- rural credit and the village
    ("rural", "call", "E", "坐席：老乡 你在咱信用社那笔贷款拖了三个月了\n客户：今年收成不好嘛\n"
                           "坐席：下礼拜还还不上 村里大喇叭就要念你的名字 全村老少都听得见"),
    ("rural", "sms", "", "【青山农商行】老乡您好，您的贷款下月10日到期。本周六村委会举办金融知识讲座，欢迎参加，了解正规贷款渠道。"),
    ("rural", "sms", "T", "【青山农商行】王大哥，下周一之前还不上，我们就发函给你们村两委，请村支书帮着做做你的工作。"),
    ("rural", "sms", "", "【青山农商行】王大哥，您反映的受灾困难我们已经登记，惠农贷款延期政策可到村委会便民窗口或本行网点咨询。"),
    ("rural", "notice", "E", "催收告知\n张*山：你欠本社贷款本息共计38,650元，至今未还。逢年过节你回村，村口宣传栏上就会贴出"
                             "你的欠款公告，何去何从，你自己掂量。\n青山镇农村资金互助社"),
    # --- gig workers and the platform
    ("gig-workers", "sms", "T", "【速达借】骑手朋友你好，你的借款已逾期。三日内不还的，我们将联系你所在配送站的站长，"
                                "申请从你的跑单收入里直接扣款。"),
    ("gig-workers", "sms", "", "【速达借】骑手朋友你好，您的借款已逾期3天。您可以在APP中设置按跑单收入自动还款，金额和日期都由您自己选。"),
    ("gig-workers", "app", "V", "外卖骑手嘛，天天在路上跑，车多人杂的，磕着碰着谁也说不准。还是早点把钱还了吧，大家都省心。"),
    ("gig-workers", "app", "", "骑手朋友，近期雨雪天气请注意行车安全。本月账单可顺延5天还款，不收手续费。"),
    ("gig-workers", "app", "E", "你的网店不是挺火的吗？再不还钱，我们就把你欠债不还的事写进店铺评论区，让每个下单的顾客都看见。"),
    ("gig-workers", "app", "", "您的网店收款账户已绑定，可开通“营业款自动还款”，每日按您设定的比例扣款，随时可以关闭。"),
    # --- elderly relations and guarantors
    ("elderly", "call", "@TDV", "坐席：阿姨 您是刘强的妈妈吧\n第三方：是啊 咋了\n"
                                "坐席：您儿子欠我们三万块钱 人躲着不接电话 您老人家要是不帮他还 我们就天天派人到您家门口守着"),
    ("elderly", "call", "", "坐席：大爷您好 我是惠民农贷的客服 您的养老贷款下个月到期\n客户：我腿脚不方便啊\n"
                            "坐席：没关系 可以让家人陪您到网点办 也可以预约我们上门服务 您看哪天方便"),
    ("elderly", "call", "@TD", "坐席：你是刘强哥哥吧\n第三方：对 你哪位\n坐席：他在我们这借的钱逾期半年了 你们做家人的得管管 "
                               "今天不替他还上 我们就天天打你电话 打到你单位去"),
    # --- borrowing to repay, in a friendly tone
    ("rollover", "app", "R", "小姐姐别愁啦～好多客户都是这么过来的，先在别的平台各借一点把我们这笔平了，信用保住了再慢慢还嘛😊"),
    ("rollover", "app", "", "亲，理解你现在手头紧～千万别为了还我们去借别的网贷哈，拆东墙补西墙只会越滚越大。可以申请延期3个月，要我帮你提交吗？"),
    ("rollover", "call", "R", "坐席：我们这边有合作的小额贷款公司 当天就能放款 你先借出来把这期还上 利息也不高 我把链接发你微信"),
    ("rollover", "sms", "", "【恒信金融】我司不与任何贷款平台合作代还，请勿相信“代还”“过桥”服务。如需调整还款计划，可在APP内申请分期。"),
    ("rollover", "app", "R", "年轻人身体好，去血站多跑几趟，营养费也够还这个月的了，别说我没给你指条路。"),
    # --- fake credit repair
    ("credit-repair", "sms", "L", "【征信修复中心】您的逾期记录已上报征信，本中心可走内部渠道消除不良记录，请先缴纳2000元服务费，"
                                  "否则您子女今后考公、参军政审都过不了。"),
    ("credit-repair", "sms", "", "【安和消费金融】提醒：声称能“修复征信”“消除逾期记录”的都是骗局。逾期记录在还清后按规定期限届满自动删除，请勿轻信。"),
    ("credit-repair", "app", "L", "王姐，我是真心提醒你，征信花了以后，孩子考大学政审都过不了，当兵也没戏，你就算为了孩子也想想办法。"),
    ("credit-repair", "app", "", "王姐，逾期会在征信报告里留下记录，影响您以后申请房贷和信用卡。这不影响孩子上学，但对您自己的信用不好。"),
    # --- threats phrased as concern, and euphemisms
    ("concern", "app", "V", "我们也是为你好，你想想，你要是一直拖着，哪天你闺女放学路上出点什么事，你心里能过意得去吗？"),
    ("concern", "app", "", "我们也是为您好，一直拖着的话罚息会越来越多，对征信也有影响。早点还清您也轻松，有困难可以跟我们谈分期。"),
    ("concern", "app", "V", "兄弟，听说你最近晚上爱去江边散步？江边路滑，走夜路小心点，钱的事早点了结。"),
    ("concern", "sms", "", "【汇通信用卡】近期降温路滑，出行请注意安全。您本期账单将于本月25日到期，请留意还款。"),
    ("concern", "app", "V", "你家住东郊花园7栋2单元吧，门口那棵桂花树挺香的。我们的人这两天都在附近转转，钱准备好了打给我。"),
    ("concern", "notice", "", "对账单寄送通知\n我司将于本月向您的账单地址东郊花园7栋2单元寄送纸质对账单，请注意查收。如地址有变，请及时通过APP更新。"),
    # --- robot call scripts
    ("robot", "call", "L", "坐席：您好，这里是智能语音通知。经系统核查，您的逾期行为已涉嫌恶意透支，案件已移交您户籍所在地公安机关，"
                           "请于三日内到辖区派出所说明情况。"),
    ("robot", "call", "", "坐席：您好，这里是智能语音提醒。您的账单已逾期，逾期会产生罚息并影响征信。人工服务请按0，已还款请忽略。"),
    ("robot", "call", "T", "坐席：这里是贷后管理中心 您尾号2234的借款已逾期60天\n客户：嗯\n"
                           "坐席：系统已记录您拒不还款 明天起将向您手机里的联系人逐一发送催收短信 请知悉"),
    ("robot", "call", "PL", "坐席：您好，我是市金融纠纷仲裁委员会的工作人员，您的借款纠纷我委已经受理，请于今日内还款，以免进入强制执行程序。"),
    ("robot", "call", "", "坐席：您好，我是锦安小贷委托的远途信息的催收专员，工号0217，就您的借款逾期事宜与您联系，本次通话将全程录音。"),
    # --- human calls with ASR noise
    ("human-calls", "call", "I", "坐席：喂 你是那个 周什么来着 周凯是吧\n客户：是我 怎么了\n"
                                 "坐席：怎么了 你个 你个不要脸的东西 借钱的时候点头哈腰 现在装死是吧"),
    ("human-calls", "call", "", "坐席：喂您好是周先生吗我是恒信的客服\n客户：你们烦不烦啊不要脸天天打\n"
                                "坐席：抱歉打扰到您了 您方便说一下什么时候能处理吗 我们可以帮您申请延期"),
    ("human-calls", "call", "@D", "坐席：您好 请问是宋丽的同事吗\n第三方：是啊 你哪位\n"
                                  "坐席：我们是宏达金融的 她在我们这借的钱逾期半年了 一直联系不上 您能让她回个电话吗"),
    ("human-calls", "call", "", "坐席：您好 请问是宋丽的同事吗\n第三方：是啊 你哪位\n"
                                "坐席：我这边有点私事想找宋女士 麻烦您方便的话让她回个电话 谢谢您"),
    ("human-calls", "call", "PL", "坐席：我是专门负责你这个案子的王律师 你的材料已经在我手上了 下周就开庭\n客户：什么案子\n"
                                  "坐席：你最好今天把钱转到我给你的账户上 不然就等着判刑"),
    ("human-calls", "call", "", "坐席：您好 我是锦安小贷法务部的工作人员 不是律师\n客户：你们要告我吗\n"
                                "坐席：目前没有起诉 如果您对金额有异议 可以申请对账或者向人民银行投诉"),
    # --- WeChat
    ("wechat", "app", "E", "你再装聋作哑，我就把你的借款合同和手持身份证照片发到你们小区业主群里，让邻居们都看看。"),
    ("wechat", "app", "", "温馨提示：为保护您的隐私，我们绝不会在任何群聊、朋友圈里公开您的借款信息。请通过官方APP还款。"),
    ("wechat", "app", "E", "你的名字和头像已经剪进我们的曝光视频了，明早在同城号推送，不想上热门就今晚处理。"),
    ("wechat", "app", "I", "哟，咱们的大忙人终于舍得回消息了？欠钱不还还理直气壮，您可真是个人才，脸皮比城墙还厚。"),
    ("wechat", "app", "", "哈哈，您可真是个大忙人，三次电话都没接上～没关系，本期账单下周五到期，有空回个电话就行。"),
    ("wechat", "app", "IVE", "垃圾东西，不还钱就等着你家门口被泼油漆，顺便把你的照片贴满整个小区。"),
    # --- formal letters
    ("letters", "notice", "PL", "海丰县人民检察院\n督促履行通知书\n李*明：你因长期拖欠网络借款，已被本院立案审查。请于收到本通知书后"
                                "7日内与经办人联系，履行还款义务。"),
    ("letters", "notice", "", "律师函\n致：李*明先生\n北京振衡律师事务所受锦安小贷委托，就您名下借款逾期事宜致函。请于收函之日起10日内"
                              "联系委托方协商还款。本所不会上门，亦不会联系您的亲友。\n北京振衡律师事务所"),
    ("letters", "sms", "PL", "【省高院执行局】陈*强：你的网贷欠款执行案已立案，限24小时内联系执行法官还款。"),
    ("letters", "sms", "", "【恒信金融】陈*强您好，若协商不成，我司保留依法向有管辖权的人民法院起诉的权利，是否受理以法院决定为准。"),
    ("letters", "sms", "L", "【恒信金融】您的案件编号HX2026-0871已进入起诉前最后审核阶段，法院传票将于48小时内送达您户籍地。"),
    ("letters", "sms", "", "【恒信金融】您的借款已逾期30天。按合同约定，我司可能委托第三方机构催收或依法提起诉讼，届时法院文书以法院送达为准。"),
    # --- quoted news and judgments
    ("quoted", "sms", "T", "据本地媒体报道，催收员在电话里对借款人说：“你不还钱，我就天天打电话到你单位，让你老板把你开了。”"),
    ("quoted", "notice", "", "本院认为，被告应当偿还原告借款本金及利息。如被告未按本判决指定的期间履行给付金钱义务，"
                             "应当依法加倍支付迟延履行期间的债务利息。"),
    # --- dialect and traditional characters
    ("dialect", "app", "V", "你再唔还钱，我哋就派几个兄弟上你屋企门口企住，睇你仲躲得几耐。"),
    ("dialect", "app", "", "你好，你张单已经逾期咗三日，唔该尽快喺APP还款，有困难可以打我哋热线倾分期。"),
    ("dialect", "app", "I", "你个瓜娃子，借钱不还，脸都不要了嗦，龟儿子躲到哪里去了？"),
    ("dialect", "sms", "L", "【信達資產】閣下之欠款已轉交司法部門處理，若仍不還款，將依法對閣下實施拘留並留下案底。"),
    ("dialect", "sms", "", "【信達資產】閣下之賬戶已逾期，請於本月底前還款。如有疑問，請致電客服熱線，我們將為您提供分期方案。"),
    # --- threats across two sentences, flat legal claims, anti-fraud twins
    ("two-sentences", "app", "T", "明天中午十二点是最后期限。过了这个点，你媳妇单位、你老丈人家，我们一家一家打电话过去说清楚。"),
    ("two-sentences", "app", "", "明天中午十二点是本期最后还款日。过了这个点会产生逾期费用，您可以提前在APP设置自动扣款。"),
    ("two-sentences", "app", "L", "根据系统判定，你已构成诈骗罪。明早九点前不还，警察会直接上门抓人。"),
    ("two-sentences", "sms", "", "【反诈提醒】凡自称“公安”“法院”要求您转账还款的都是诈骗。借款逾期属于民事纠纷，请只通过官方APP还款。"),
    # --- a violating line inside a long lawful template, and its lawful twin
    ("long-templates", "sms", "T", "【汇诚消费金融】尊敬的刘*先生：您好！您在我司办理的消费分期（合同尾号3821）本期应还1,286.50元，"
                                   "已逾期12天。为避免产生更多罚息，请通过以下方式还款：1.汇诚APP-我的账单-立即还款；2.对公账户转账"
                                   "（户名：汇诚消费金融有限公司）。若您不便接听电话，可回复本短信预约回访时间。请注意，若本周内仍未"
                                   "还款，我司将安排专人到您父母家中当面说明您的欠款情况。如已还款请忽略本短信。客服热线400-***-1234。"),
    ("long-templates", "sms", "", "【汇诚消费金融】尊敬的刘*先生：您好！您在我司办理的消费分期（合同尾号3821）本期应还1,286.50元，"
                                  "已逾期12天。为避免产生更多罚息，请通过以下方式还款：1.汇诚APP-我的账单-立即还款；2.对公账户转账"
                                  "（户名：汇诚消费金融有限公司）。若您确有困难，可申请延期或分期，我司不会向您的父母及其他亲友透露"
                                  "任何信息。如已还款请忽略本短信。客服热线400-***-1234。"),
]


# The second batch (ids WD-2NN), written after the first was tuned on and measured before any fix for it:
# training, cosmetic-surgery and renovation loans, family chat groups, pawned rings, official-looking
# anti-fraud signatures, payment accounts and social insurance said to be cut, a child's class watched.
MESSAGES_2: list[tuple[str, str, str, str]] = [
    ("training-loans", "app", "R", "培训贷逾期了也别慌，你女朋友名下不是有张信用卡吗，先刷出来把这期平了，下个月再说。"),
    ("training-loans", "app", "", "培训贷逾期了先别慌，可以在APP申请延期；请不要用家人的信用卡替您还款，我们可以一起想办法。"),
    ("training-loans", "sms", "L", "【学途教育分期】您的逾期已影响学员档案，再不还款，您的结业证书和职业资格证将被注销且无法补办。"),
    ("training-loans", "sms", "", "【学途教育分期】您的结业证书已寄出，请注意查收；本期分期款已逾期2天，请于APP内还款。"),
    ("cosmetic-loans", "app", "I", "整了个鼻子就不认账了？脸是新的，皮还是那么厚，真够不要脸的。"),
    ("cosmetic-loans", "app", "", "您好，您的医美分期本期已逾期，如对手术效果有争议，可先提交投诉，争议处理期间暂停催收。"),
    ("renovation", "call", "V", "坐席：你那套新房装修得不错啊 阳台那几盆花我们都看见了\n客户：你们去我家了？\n"
                              "坐席：就路过看看 今天晚上之前把钱转过来 下次就不只是看看了"),
    ("renovation", "call", "", "坐席：您好 您的装修分期已经逾期五天了\n客户：最近工地的款还没结\n"
                             "坐席：理解 那我帮您登记一下 月底前还就行 期间不会上门打扰您"),
    ("family-groups", "app", "E", "你妈跳广场舞的那个群我们已经进去了，再不还钱，今晚就把你的欠条截图发进去，让整个小区的人都评评理。"),
    ("family-groups", "app", "", "提醒：我们不会加入您的任何微信群，也不会在群里发布您的借款信息，请放心。"),
    ("family-groups", "app", "T", "你表姐的微信我已经加上了，你要是今天还装死，我就跟她好好聊聊你借钱的事。"),
    ("family-groups", "app", "", "您表姐已代您联系我们说明情况，我们只会和您本人沟通还款事宜，不会向她透露借款详情。"),
    ("pawn", "app", "R", "没钱？你手上那个婚戒不是挺值钱的吗，拿去当铺当了，钱不就有了。"),
    ("pawn", "app", "", "您提到想把婚戒当掉来还款，我们不建议这样做，可以申请延期两个月，利息照常。"),
    ("official-looking", "sms", "PL", "【市公安局反诈中心】王*红：你名下网贷逾期已被标记为异常账户，请于今日内联系专员处理，否则冻结名下银行卡。"),
    ("official-looking", "sms", "", "【安和消费金融】反诈提示：公安机关不会通过短信催收借款，凡以“反诈中心”名义要求还款的均为诈骗。"),
    ("official-looking", "call", "PL", "坐席：喂 这边是市中级法院执行庭的 你那个网贷纠纷案子转到我这了 今天下午给个答复"),
    ("official-looking", "call", "", "坐席：您好 这边是锦安小贷的 您的借款我们暂时没有起诉 如果协商不成 才可能依法向法院起诉"),
    ("payments-cut", "sms", "L", "【融易借】因您长期逾期，系统已申请冻结您的微信支付和支付宝账户，并同步停缴您的社保，请立即还款解冻。"),
    ("payments-cut", "sms", "", "【融易借】温馨提示：逾期不会影响您的微信、支付宝正常使用，也与社保缴纳无关，请按时还款维护个人信用。"),
    ("payments-cut", "app", "L", "你老公作为配偶，法院会把他一起列为被执行人，他的工资卡也会一起冻结。"),
    ("payments-cut", "app", "", "您的借款是个人借款，您的配偶不是借款人，依法无需承担还款责任。"),
    ("child-watched", "app", "V", "你儿子那个周三的围棋班五点半下课吧？我们这边都记着呢，你看着办。"),
    ("child-watched", "app", "", "您好，周三下午五点半后客服繁忙，如需协商还款，可以预约其他时间回电。"),
    ("property", "app", "V", "你那辆电动车天天停在楼下，挺显眼的，哪天轮胎没气了可别怪我们。"),
    ("property", "sms", "", "【顺达车贷】您的车辆年检将于下月到期，请按时办理；本期车贷已还清，感谢您的配合。"),
    ("dialect", "app", "I", "你个瘪犊子，欠钱不还还拉黑我，属你最能装。"),
    ("dialect", "app", "", "老铁，你这笔账拖了三天啦，啥时候方便吱一声，能分期。"),
    ("dialect", "app", "I", "仆街，借钱嗰阵咁好讲，而家电话都唔听。"),
    ("dialect", "app", "", "你好，借钱嗰阵同你讲过还款日喺每月15号，今个月已经过咗两日，唔该尽快处理。"),
    ("third-party", "call", "@D", "坐席：请问是赵磊的房东吗\n第三方：是 什么事\n"
                               "坐席：他在我们平台借了两万块逾期三个月了 他要是回来您让他联系我们"),
    ("third-party", "call", "", "坐席：请问是赵先生的房东吗\n第三方：是 什么事\n坐席：我们有个文件想寄给赵先生 想确认一下地址还对吗 别的事不方便说 谢谢您"),
    ("third-party", "call", "@TD", "坐席：您是王芳的领导吧\n第三方：对 怎么了\n"
                                "坐席：她欠我们平台五万多一直不还 您作为单位领导得管一管 这个月从她工资里扣了给我们"),
    ("quoted", "notice", "PL", "经审理查明：被告人以“市法院执行局”名义向借款人发送短信，称“你已被立案，三日内不还将拘传”。"),
    ("quoted", "notice", "", "经审理查明：原告与被告签订借款合同，被告逾期未还。本院依法判决被告于判决生效之日起十日内偿还借款本息。"),
    ("buried", "sms", "E", "【盛安小贷】尊敬的客户：您本期应还2,140.00元已逾期9天。您可通过APP或对公转账还款，如有困难可申请延期。"
                         "若本周五前仍未处理，您的欠款信息将在您所在小区的电梯广告屏滚动播放。客服热线400-***-5566。"),
    ("buried", "sms", "", "【盛安小贷】尊敬的客户：您本期应还2,140.00元已逾期9天。您可通过APP或对公转账还款，如有困难可申请延期。"
                        "我司承诺不在任何公共场所展示您的个人信息。客服热线400-***-5566。"),
    ("sarcasm", "app", "I", "恭喜你，成功从借款人升级成了我们这儿的头号赖皮，这份荣誉你当之无愧。"),
    ("sarcasm", "app", "", "恭喜您，已成功还清全部借款，您的信用额度已恢复，感谢一路以来的信任。"),
    ("concern", "app", "T", "我们也是替你着想，你要是再不接电话，我们只能请你们村书记上门帮着劝劝你了。"),
    ("concern", "app", "", "我们也是替您着想，如果最近不方便接电话，可以在APP里留言，我们会按您方便的时间联系。"),
]

def write(directory: Path = HERE) -> Path:
    """Writes both batches (WD-001…, then WD-201…) into `directory` and returns the file's path."""
    return write_jsonl(directory / OUTPUT, wording_dev_records("WD", {"": MESSAGES, "2": MESSAGES_2}))


if __name__ == "__main__":
    print(write())
