"""Wording development batch df (training data for the wording classifier): `python -m
benchmarks.data.make_wording_dev_df`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py` and the skeleton lines of batch cs,
before any detector was run on it; no detector, scan or benchmark was run on these texts. Its theme is harm to the
home, the shop and belongings, and presence as menace, `threat.violence` as the contract draws it: collectors who
promise to come and sit in the debtor's home until paid, to change the lock, cut the water or power, paint the door,
move the furniture out, tow the car tonight, knock at two in the morning, wait at the shop or follow a child home
from school; "our people are downstairs", "I know you live on the 6th floor", a menace split over two turns (你不还是
吧 … 行，那你看着办), in polite, sarcastic, blunt and mocking voices. Beside these stand the other seven categories as
they come with menace: insults, threats to go to parents, employers and landlords, paint and posters that shame in
the building or the village, collectors signing as courts, police or law firms, bailiffs and 拘留 "tomorrow" for a
consumer debt, and advice to sell the car or borrow on another app before the visit; messages to parents, spouses,
landlords and colleagues ("@") that reveal the debt or press them. Channels: SMS, app push and chat, e-mail, letters
and notices, calls tagged by speaker and ASR calls without punctuation, with fillers, homophones and numbers read
aloud; a few in Cantonese, Sichuanese, North-Eastern speech and traditional characters, and debtors' pastes of what
they received. Beside nearly every violating text stands a lawful twin in the same voice and channel: an outside
visit (外访) announced with its date, hours, purpose, the visitor's badge number and the right to refuse or move it
to a call or an office; a mortgaged car repossessed through a court's ruling and its enforcement, stated with its
case number and the way to object; a landlord's notice ending a lease under its clause, with a date to move out and
a court as the only path, no lock changed; a water company's suspension notice under 民法典 Art. 654 with its
advance notice; a bank's safety reminder that no collector may come to change locks or collect cash at the door;
collectors who promise never to visit, hardship pauses, discounts and instalments; debtors' and relatives' own
threats and anger, answered calmly (never labelled); QA sheets, trainings and complaint replies that quote the
menace to forbid it. About half is compliant.

Labels follow contract section 5 and label what each text DOES. A collector that promises to come and sit in the
home, wait at the door at night, station people there, change the lock, cut water or power, paint or damage the
door, move belongings out or tow a car on its own, or that shows it watches the home, the floor, the route or a
child's school together with a demand, is violence; a visit announced with its purpose and hours that the debtor may
refuse or move, or a repossession by a court's enforcement stated with its ruling, is compliant. A threat to go to
or call the parents, spouse, employer, landlord or contacts is third party as well; paint, posters, banners or
photos that make the debt known in the building, the village, the shop street, a group chat or a video are
exposure. A sender that signs or introduces itself as a court, police office or law firm it is not is impersonation;
bailiffs, arrest, 拘留, jail or a criminal case "tomorrow" for an ordinary consumer debt are misleading.legal; a
false legal act a collector's own men are said to do (removing furniture "by court order") is both violence and
legal only where both are said. Urging the debtor to sell or pledge the car or house, or to borrow on another app
or from a loan shark, before the visit, is rollover. Contemptuous labels and mockery are insult. Messages to a third
party ("@") that reveal the debt are disclosure, and those that also press or threaten the third party are third
party too; a request to a third party to pass on a call-back request that names no debt is compliant. A debtor's,
relative's, landlord-tenant's, court's or regulator's own words are never labelled; a debtor's paste of a message as
received carries that message's labels. Texts whose label was uncertain were left out. All people, numbers,
companies, courts, case numbers, addresses, links and places are invented; the public hotlines (110, 12378) are
real ones.

First run at 5e43909 (the session's post-release retrain), before any rule was changed on it: fused micro-F1 0.906,
compliant flagged 2/215 (rules alone 5, classifier alone 3); rules alone 0.808, classifier alone 0.881; fused
violence R .719, third_party R .784; gate: severe allowed 3/198, compliant blocked 0/215.
Joined training at the end of the session that began at 57b8817.

Output (deterministic): `wording_dev_df.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_df.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line. The two tuples run section by
# section in the same order, so that a violating text's lawful twin stands at about the same place in COMPLIANT.

VIOLATING = (
    # visits as menace: sitting in the home, waiting at the door, night knocks (SMS, app push, e-mail)
    ("VISIT-SMS", "sms", "V", "【融信资产】{name}，今晚九点以后我们同事去你家里坐坐。你不开门就在门口等，等到你开为止。回电0755-2369****"),
    ("VISIT-SMS", "sms", "V", "张先生，明天起我们安排人24小时在你家坐着，吃住都在你家，什么时候还钱什么时候走。"),
    ("VISIT-SMS", "sms", "IV", "{name}你个老赖，躲着不接电话有用吗？这周末我们几个人上你家住两天，床给我们铺好。"),
    ("VISIT-SMS", "sms", "V", "您好，鉴于您长期失联，我司外访组将于今晚11点前后上门拜访，届时希望您家人也都在，大家当面好好聊聊。"),
    ("VISIT-APP", "app", "V", "【小安分期】温馨提示：外访专员已到达您所在小区，距您家门口约50米。请于30分钟内完成还款，否则专员将敲门并在门口等候您回家。"),
    ("VISIT-SMS", "sms", "V", "欠款${amount}已逾期97天。本周起我司派3名外访人员轮班守在您住所门口，直至结清为止。"),
    ("VISIT-APP", "app", "V", "亲，上门小分队已经出发啦～预计晚上10点到您家楼下，记得留门哦，我们会一直等到您处理好为止😊"),
    ("VISIT-SMS", "sms", "V", "王女士，你家门口那个鞋柜挺好看的，我们的人昨晚去过了。今天再不还，今晚就不只是看看了。"),
    ("VISIT-EMAIL", "email", "V", "主题：关于上门事宜\n{name}：\n您好。经多次联系未果，我方决定自本周五起安排人员常驻您家中，直至款项结清。驻点人员的食宿由您家解决，请提前告知家人。\n华瑞信 外访部"),
    ("VISIT-SMS", "sms", "V", "晚上别睡了，凌晨两点我们来敲你门，一家一家问过去也要把你找到。"),
    ("VISIT-SMS", "sms", "IV", "别装死了赖皮，我们今晚带人去你家吃饭，碗筷多摆几副。"),
    ("VISIT-SMS", "sms", "V", "李建华，你不是说没钱吗？那我们就去你家看看到底有没有钱，看中什么拿什么。今晚八点。"),
    ("VISIT-APP", "app", "V", "系统通知：您的账单已转外访。外访人员将在您住所停留至您还款为止，期间产生的一切不便由您自行承担。"),
    ("VISIT-SMS", "sms", "V", "【鑫达催收】通知：明日起每晚20点至24点，我司人员将在您家门口“陪您聊天”，欢迎随时还款结束陪聊服务。"),
    ("VISIT-SMS", "sms", "V", "听说你最近在家带孩子？挺好，我们明天白天过去，正好陪你一起带。"),
    ("VISIT-SMS", "sms", "TV", "你不在家没关系，你爸妈在家就行。周六我们去你老家，在你爸妈家住到你还钱为止。"),
    ("VISIT-SMS", "sms", "V", "{name}，两条路：今天下午五点前还${amount}；或者今晚我们带几个兄弟上门，当面跟你算。"),
    ("VISIT-EMAIL", "email", "V", "{name}先生：\n我们不想把事情做绝。但如果本周内仍无回应，外访小组将每日早晚两次到您家门口等候，直到见到您本人为止。请好自为之。"),
    # the home itself: lock, water, power, the door, the furniture (rent-loan collectors, agencies)
    ("HOME-SMS", "sms", "V", "【安居分期】您的租金分期已逾期45天，明天上午我们安排师傅去把门锁换了，钥匙等你还完款再来拿。"),
    ("HOME-SMS", "sms", "V", "租金贷欠着不还还想住？今晚就给你断水断电，看你住得下去不。"),
    ("HOME-SMS", "sms", "VE", "再不还款，明天你家防盗门上就会多几个红字：欠债还钱。整栋楼都能看到。"),
    ("HOME-SMS", "sms", "V", "周三我们带车过来，把你屋里的电视冰箱洗衣机先搬走抵债，你看着办。"),
    ("HOME-APP", "app", "V", "【优租宝】您的房租分期严重逾期。我方已联系开锁师傅，今日18:00前未还款将更换门锁，室内物品清点后统一打包暂存。"),
    ("HOME-SMS", "sms", "VE", "你家门口的油漆我们已经买好了，红色的，明天早上邻居出门就能看到。"),
    ("HOME-SMS", "sms", "V", "{name}，你家门锁是什么牌子的？我们师傅说五分钟就能开。"),
    ("HOME-SMS", "sms", "IV", "穷得房租都交不起还好意思住？三天内不还，你那些破家具我们帮你扔楼下去。"),
    ("HOME-SMS", "sms", "V", "水电表在楼道里吧？我们的人刚看过了，拉闸很方便。今天还清一切好说。"),
    ("HOME-APP", "app", "V", "客服小优：亲，不还款的话我们只能派人把您的东西搬出来了哦，到时候下雨淋坏了可别怪我们～"),
    ("HOME-SMS", "sms", "V", "你家门口监控我们已经拆了，以后来去方便。钱准备好。"),
    ("HOME-SMS", "sms", "RV", "没钱就把房子抵出去，找个典当行几天就能放款。再拖下去我们就先把你家门锁换了。"),
    ("HOME-EMAIL", "email", "V", "主题：最后通知\n如您在3月20日前仍未结清，我方将组织人员进入您承租房屋，清点并搬离室内物品用于抵偿欠款，门锁同步更换。\n安居分期 资产处置组"),
    ("HOME-SMS", "sms", "V", "再拖，胶水灌你家锁眼，看你回不回得了家。"),
    ("HOME-SMS", "sms", "VE", "你欠钱不还的事我们打印了五十份，明天贴满你家楼道，再顺便在你家门上喷个“老赖”。"),
    # the shop and the car
    ("SHOP-SMS", "sms", "V", "陈老板，你店里生意不错嘛。明天中午我们几个人去你店里坐坐，点杯奶茶，一直坐到关门。"),
    ("SHOP-SMS", "sms", "VE", "你那个水果店门口我们准备拉条横幅，写上你欠钱不还，让来买水果的都看看。"),
    ("SHOP-SMS", "sms", "V", "店里的货我们明天拉走抵债，卷帘门钥匙最好你自己交出来，省得我们撬。"),
    ("SHOP-APP", "app", "IV", "【商户贷】刘女士，借钱开店的时候挺能说，还钱就装哑巴？本周五我们派人到店里守着收银台，收一笔扣一笔。"),
    ("CAR-SMS", "sms", "V", "你那辆白色大众停在小区B2车库吧？今晚12点前不还，我们直接开走，GPS我们一直看着呢。"),
    ("CAR-SMS", "sms", "V", "车钥匙我们会想办法，车今晚必须拖走。不想明天上班没车开，现在就还钱。"),
    ("CAR-SMS", "sms", "RV", "你的车贷都逾期三期了，赶紧把车卖了还钱。你不卖，今晚我们帮你开走。"),
    ("CAR-APP", "app", "V", "【速易车贷】风控提示：您的车辆定位已锁定，收车小组已出发，预计40分钟后到达。如需取消收车请立即全额还款。"),
    ("CAR-SMS", "sms", "IV", "开着好车欠着钱，脸皮真厚。今晚收车，车里东西自己先拿出来，别到时候说我们拿了你的。"),
    ("CAR-SMS", "sms", "V", "车我们拖走了，想要回去，拿钱来换，一天不还加收一天停车费。再不来，轮胎先卸了。"),
    ("CAR-SMS", "sms", "RV", "去二手车市场把车卖了，三天内还清；不然我们自己去收车，收来怎么处理就是我们的事了。"),
    # watching the home, the floor, the route and the children
    ("WATCH-SMS", "sms", "V", "我知道你住6楼，602，阳台上晾着蓝色的床单。今天之内把钱还了。"),
    ("WATCH-SMS", "sms", "V", "我们的人现在就在你家楼下，你下来还是我们上去？"),
    ("WATCH-SMS", "sms", "V", "你女儿在实验二小三年级吧，每天下午四点半放学，校门口人挺多的。钱的事你抓紧。"),
    ("WATCH-SMS", "sms", "V", "昨天晚上七点你从地铁站走回家，路过那个没有路灯的小巷子，我们都看着呢。还钱。"),
    ("WATCH-APP", "app", "V", "您好，您孩子今天穿的是红色校服外套吗？我们同事在幼儿园门口看到了，挺可爱的。账单请今天处理。"),
    ("WATCH-SMS", "sms", "V", "你老婆每天早上八点去菜市场，你知道吧？我们也知道。"),
    ("WATCH-SMS", "sms", "V", "跟踪你三天了，你每天几点出门几点回家我们一清二楚。今晚在你家门口等你。"),
    ("WATCH-SMS", "sms", "IV", "缩头乌龟，躲到你丈母娘家就以为找不到了？城南花园7栋，没错吧。明天见。"),
    ("WATCH-SMS", "sms", "V", "你儿子放学走的是哪条路，我们跟了两天了。你要是再不接电话，下次我们就直接跟他聊聊你的事。"),
    ("WATCH-SMS", "sms", "V", "你家楼下那辆黑色的车是我们的，人24小时在车里。出门小心点。"),
    ("WATCH-APP", "app", "V", "【快还】检测到您近期出行频繁，我方外访人员已掌握您的日常动线，建议您尽快还款，以免当面沟通。"),
    ("WATCH-SMS", "sms", "V", "刚才在你单位楼下看到你了，穿灰色外套那个，对吧？下班别急着走，我们等你。"),
    ("WATCH-SMS", "sms", "V", "出门注意点，最近晚上不太平，钱早点还了大家都安心。"),
    ("WATCH-EMAIL", "email", "V", "{name}：\n您居住的XX小区12栋6楼，我司外访人员已于本周两次到访并拍照留存。您女儿所在的学校及接送时间我方亦已知悉。请于48小时内联系我方，否则后果自负。"),
    # the menace spoken or split over turns (calls tagged by speaker)
    ("THREAT-CALL", "call", "V", "坐席：张丽是吧，这个钱你今天还不还？\n客户：我真的没钱，下个月发工资再说。\n坐席：你不还是吧？\n客户：不是不还，是现在还不了。\n坐席：行，那你看着办。你住哪栋楼哪个门我们都清楚，今晚我们的人过去。"),
    ("THREAT-CALL", "call", "V", "坐席：喂，刘先生，我是恒安的，你那笔${amount}打算怎么弄？\n客户：我跟你们说过了，等我手头宽一点。\n坐席：那行，不急，我们也不急。你们小区那个门卫挺好说话的，我们的人晚上进去很方便。"),
    ("THREAT-CALL", "call", "V", "坐席：你好，信达外访组。我们现在就在你家门口，门铃按了你不开。\n客户：我不在家。\n坐席：没关系，我们就坐这儿等，等到你回来，今晚不走了。"),
    ("THREAT-CALL", "call", "IV", "坐席：赵明，你是不是觉得我们拿你没办法？\n客户：你们爱怎么样怎么样。\n坐席：好，你这个无赖，有种你今晚别回家，我们带人在你家楼道里等着。"),
    ("THREAT-CALL", "call", "V", "坐席：您好，我这边是佳信资产，请问是王海先生吗？\n客户：是我，什么事。\n坐席：您在华融信贷的借款已经逾期两个月了。\n客户：我知道，最近店里生意不好。\n坐席：生意不好没关系，您那个店在长安路吧？明天我们过去帮您看店，顺便收收账，收银机里有多少拿多少。"),
    ("THREAT-CALL", "call", "V", "坐席：孙女士，我最后问你一遍，今天能不能还？\n客户：不能。\n坐席：好的，明白了。\n坐席：你家孩子是在向阳幼儿园吧，明天我去接他放学，顺便跟他聊聊他妈妈欠钱的事。"),
    ("THREAT-CALL", "call", "TV", "坐席：电话不接是吧，行。\n坐席：你爸妈住城西那套老房子我们去过了，老两口身体还行吧？下周我们再去坐坐，多坐几天。\n客户：你们别去找我爸妈！\n坐席：那就看你表现了。"),
    ("THREAT-CALL", "call", "V", "坐席：陈先生，您车还停在单位停车场吧，车牌尾号378那辆。\n客户：你们想干什么？\n坐席：没什么，今晚下班前还上，车就还是您的；还不上，我们今晚就开走。"),
    ("THREAT-CALL", "call", "RV", "坐席：没钱？你那房子不是还在吗，抵押出去不就有钱了？\n客户：那是我妈住的房子。\n坐席：那我管不着。你不抵，我们就去你妈那儿坐着，坐到你抵为止。"),
    ("THREAT-CALL", "call", "V", "坐席：你好，我姓何，听说你家住6楼，电梯坏了好几天了吧？\n客户：你怎么知道？\n坐席：我们的人天天爬楼上去看你呢。今天把钱还了，我们就不用再爬了。"),
    ("THREAT-CALL", "call", "IV", "坐席：我跟你讲话客气一点，你个欠钱不还的骗子还有理了？\n客户：我又没说不还！\n坐席：那就今天还，不然晚上我们就到你家门口堵你，堵到你开门为止。"),
    ("THREAT-CALL", "call", "V", "坐席：周先生，我们同事现在就在你公司楼下咖啡厅坐着，你下来聊聊还是我们上去找你？\n客户：我在开会。\n坐席：那我们等你散会，反正今天见不到你人我们不走。"),
    # ASR transcripts: no punctuation, fillers, homophones, numbers read aloud
    ("THREAT-ASR", "call", "V", "坐席：喂你好 呃 是那个李伟吧 你这个三万两千五的换款到底还不还 我们今天晚上就上你家去 嗯 你家那个门我们知道的 六零二嘛\n客户：你们别来\n坐席：那你就今天还嘛 不还我们就坐你家不走了"),
    ("THREAT-ASR", "call", "V", "坐席：嗯你那个鱼期的钱啊 我跟你说 我们的人已经在你家楼下了 对 就在楼下 你自己下来还是我们上去 呃你想清楚"),
    ("THREAT-ASR", "call", "V", "坐席：那个王女士啊 你家小孩是不是在那个 呃 东风小学 一年级二班 对吧 我们明天 去 学校门口等他啊 你看你这个钱\n客户：你什么意思\n坐席：没什么意思 你还钱就没事"),
    ("THREAT-ASR", "call", "IV", "坐席：你这种人啊 就是 呃 脸都不要了 八千块钱拖了半年 今天晚上 晚上十二点我们去你家门口 拿喇叭喊你 看你出不出来"),
    ("THREAT-ASR", "call", "V", "坐席：喂 嗯 你那个车啊 白色的 尾号三七八 我们今天晚上就去拖 对 不还就拖 钥匙不给我们也有办法 嗯"),
    ("THREAT-ASR", "call", "RV", "坐席：你没钱你去借嘛 那个什么 呃 好几个平台都能借 借出来先还我们 今天不还的话 我们就上门了啊 上门就不是现在这个态度了"),
    ("THREAT-ASR", "call", "V", "坐席：好 你不还是吧\n客户：我说了没钱\n坐席：行 那你看着办 今天晚上 嗯 你家那个门锁 我们换个新的给你 你就别进去了"),
    # dialect and traditional characters
    ("DIALECT-SMS", "sms", "V", "你屋企喺邊度我哋一早知啦，今晚我哋幾個兄弟上嚟同你傾下，唔還錢就唔好怪我哋。"),
    ("DIALECT-SMS", "sms", "V", "你娃莫装了嘛，你屋头在哪个小区我们晓得的，今天晚上我们就过来坐到起，坐到你还钱为止。"),
    ("DIALECT-CALL", "call", "V", "坐席：你嘎哈呢？钱到底还不还？\n客户：没有，真没有。\n坐席：行，你等着，今儿晚上哥几个上你家唠唠，唠到你有为止。"),
    ("DIALECT-SMS", "sms", "V", "陳先生，閣下拖欠款項已逾三月。本司外訪人員今晚將到府上門口守候，直至閣下還款為止。閣下住七樓，我們清楚。"),
    ("DIALECT-CALL", "call", "V", "坐席：侬晓得伐，阿拉人就在侬屋里厢楼下头。\n客户：侬想做啥？\n坐席：勿做啥，侬今朝勿还，阿拉就一直等辣海。"),
    ("DIALECT-SMS", "sms", "IV", "你個死撲街，仲唔還錢？聽日我哋嚟你舖頭坐成日，睇你仲做唔做到生意。"),
    # threats to go to parents, spouse, employer, landlord (to the debtor)
    ("FAMILY-SMS", "sms", "TV", "你不接电话，我们明天就去你单位，在你们领导办公室门口坐着等你，让你同事都看看。"),
    ("FAMILY-SMS", "sms", "TV", "你房东姓吴吧？我们跟他说说你欠钱的事，再去你租的房子门口守几天，看他还租不租给你。"),
    ("FAMILY-SMS", "sms", "T", "今晚八点前不回电，我们就把你的情况挨个告诉你通讯录里的人，从你妈开始。"),
    ("FAMILY-SMS", "sms", "TV", "你老婆在纺织厂上班对吧？明天我们去厂门口等她下班，跟她好好说说你的事。"),
    ("FAMILY-APP", "app", "TV", "【金橙分期】您已严重逾期。我司将安排外访人员前往您紧急联系人（父亲）住所上门拜访并驻点，直至您还款。"),
    ("FAMILY-SMS", "sms", "T", "不想你岳父岳母知道你欠网贷，就今天处理。他们的电话我们都有。"),
    ("FAMILY-SMS", "sms", "ITV", "你这种废物，自己欠的钱让爹妈背。明天我们去你老家村里，在你爸妈家门口坐着，坐到他们替你还为止。"),
    ("FAMILY-SMS", "sms", "TV", "{name}，你公司地址在高新区创业大厦18楼，我们明天上午十点过去，当着你老板的面聊聊你这笔账。"),
    ("FAMILY-EMAIL", "email", "T", "{name}：\n如您在本周五前仍未还款，我司将致函您的工作单位人事部门及您的全部紧急联系人，告知您的逾期情况，请您慎重考虑。"),
    ("FAMILY-SMS", "sms", "TV", "你弟弟开的那个修车铺在哪我们知道，你不还，我们就去他铺子里坐着。"),
    # to third parties: parents, spouses, landlords, colleagues ("@")
    ("THIRD-SMS", "sms", "@D", "您好，您儿子李强在我司借款${amount}，已逾期112天，请您转告他尽快还款。【速融金服】"),
    ("THIRD-SMS", "sms", "@DT", "王阿姨，你女儿欠我们两万八一直不还，你做妈的替她还一下，不然这事没完。"),
    ("THIRD-SMS", "sms", "@DTV", "张大爷，你儿子欠钱跑了，我们找不到他就只能找你。明天开始我们派人在你家住下，什么时候钱到位什么时候走。"),
    ("THIRD-SMS", "sms", "@DT", "你是陈浩的房东吧？他在我们平台欠了三万多不还，你最好把他赶出去，不然我们天天来你楼里找他，你的房子也别想租了。"),
    ("THIRD-SMS", "sms", "@DTV", "刘女士，你老公周斌欠我司四万六，你们是夫妻，你有义务还。今晚我们去你家，你开不开门我们都在门口等。"),
    ("THIRD-APP", "app", "@D", "【好享借】您好，您是用户赵敏的紧急联系人。赵敏在本平台的借款已逾期60天，欠款本息合计9,842元，请提醒其尽快处理。"),
    ("THIRD-SMS", "sms", "@DT", "您好，贵公司员工孙志伟在我司欠款逾期，请人事部门协助督促其还款，如其继续拖欠，我们将每天到贵公司前台等候。"),
    ("THIRD-SMS", "sms", "@DTV", "老孙，你闺女孙丽欠我们的钱你知道吧？你家住幸福里4号楼，我们晚上过去找你说道说道，你要是替她还了，我们就不去了。"),
    ("THIRD-CALL", "call", "@DT", "坐席：喂，是李强的爸爸吗？\n第三方：是，你哪位？\n坐席：你儿子在我们这儿借了六万块，半年没还了，你当爹的管不管？\n第三方：我不知道这事，你找他去。\n坐席：找不到他才找你的，你不还，我们就一直给你打，打到你还为止。"),
    ("THIRD-CALL", "call", "@DTV", "坐席：你是王磊的姐姐吧？王磊欠我们三万二。\n第三方：他欠钱关我什么事？\n坐席：关不关你事你说了不算。你家在南湖小区3栋吧，明天我们去你家门口坐着，看关不关你的事。"),
    ("THIRD-CALL", "call", "@D", "坐席：您好，请问是周杰的同事吗？\n第三方：对，他今天请假了。\n坐席：麻烦您转告他，他在我司的网贷已经逾期三个月了，金额一万五，让他尽快联系我们。\n第三方：哦，好吧。"),
    ("THIRD-SMS", "sms", "@DTV", "你是何东的邻居吧，他欠钱不还躲起来了。你告诉他，我们明天晚上带人来把他家门撬了，到时候吵到你们可别怪我们。"),
    ("THIRD-SMS", "sms", "@DE", "各位邻居好，本楼602住户刘建国欠我司借款八万余元拒不归还，特此告知，请大家提高警惕，不要与其有经济往来。"),
    ("THIRD-APP", "app", "@DT", "【信和催收】尊敬的胡先生，您作为黄伟的担保联系人，其借款已逾期，您须在3日内代为偿还${amount}，否则我司将对您采取催收措施。"),
    ("THIRD-SMS", "sms", "@DTV", "你女婿欠钱不还，我们已经到你们村口了，十分钟后到你家。让他自己出来，还是你们替他还？"),
    ("THIRD-SMS", "sms", "@D", "刘老师您好，您班上学生家长宋杰在我司欠款已逾期，请协助转告尽快还款。"),
    ("THIRD-SMS", "sms", "@DT", "你好，你弟弟欠我们钱的事你应该知道了吧。你是他的紧急联系人，这钱你不还也得还，明天不到账就找你单位。"),
    ("THIRD-CALL", "call", "@DTV", "坐席：你是张伟的老婆？\n第三方：嗯，怎么了？\n坐席：你老公欠我们五万，电话也不接。\n第三方：我们已经离婚了。\n坐席：离不离婚我不管，你带着他孩子住着那房子，我们明天就上门，孩子几点放学我们也知道。"),
    ("THIRD-SMS", "sms", "@DIT", "你儿子就是个骗子，借钱不还。养不教父之过，这钱你来还，今天给个说法。"),
    ("THIRD-SMS", "sms", "@D", "王总您好，贵司员工冯晓东因网贷逾期，目前欠款一万二，我司多次联系未果，烦请告知其本人回电。"),
    ("THIRD-EMAIL", "email", "@DTV", "收件人：{employer}人事部\n贵司员工何志强拖欠我司借款本息合计58,640元，拒不还款。如贵司不协助扣款，我方人员将于下周一起每日到贵司前台驻点，直至款项结清。"),
    ("THIRD-SMS", "sms", "@DE", "業主群各位：12棟703的林先生欠債不還已半年，我們已將其欠款通知張貼於樓下公告欄，請各位監督。"),
    # collectors signing as courts, police or law firms
    ("IMPERSON-SMS", "sms", "PV", "【恒正律师事务所】{name}，本所律师团队将于今晚前往您住所驻点催收，您不开门我们就在门口等，直至案件了结。"),
    ("IMPERSON-SMS", "sms", "PL", "【南川市人民法院执行局】您欠款${amount}一案已进入强制执行，明日起依法查封您名下房产、车辆，并对您司法拘留15日。"),
    ("IMPERSON-SMS", "sms", "PL", "我是城东派出所的民警，你欠网贷的事已经报到我们所里了，明天上午九点前不还，我们就按诈骗立案。"),
    ("IMPERSON-CALL", "call", "PV", "坐席：我是宏达律师事务所的张律师，你的案子现在我来负责。\n客户：我没收到过什么律师函。\n坐席：不用收，我们明天直接去你家，你家住六楼我们知道，到时候当着你家人的面说。"),
    ("IMPERSON-SMS", "sms", "PLV", "【东城区法院】经查，你恶意拖欠借款，本院将于本周对你实施拘传。执行前我们的人会先去你家里清点财产，门锁一律更换。"),
    ("IMPERSON-APP", "app", "PL", "【司法协助中心】您的欠款纠纷已由法院立案，传票编号（2024）东执字第0386号，请于24小时内还款撤案，逾期将被列入通缉名单。"),
    ("IMPERSON-SMS", "sms", "PLE", "【金诚律师事务所】律师函：您拖欠借款逾期，本所将于3日内向法院起诉并申请拘留，同时在您居住小区张贴失信公告。"),
    ("IMPERSON-CALL", "call", "PL", "坐席：喂，这里是区公安分局经侦大队的，你在融鑫平台欠款不还，已经涉嫌诈骗了。\n客户：我只是逾期，怎么就诈骗了？\n坐席：逾期这么久就是诈骗，今天不还明天我们来带人。"),
    ("IMPERSON-SMS", "sms", "PTV", "【和信律师事务所】告知：本所律师将于本周六前往您父母住所及您工作单位进行现场调查，请您家属在家等候配合。"),
    ("IMPERSON-SMS", "sms", "PL", "我是XX区人民法院执行局的王法官，你的欠款案子已经判了，再不履行就拘留你，顺便上失信名单，你孩子以后考公政审也过不了。"),
    ("IMPERSON-APP", "app", "PL", "【人民法院执行通知】被执行人{name}：执行人员已到达您所在辖区，请立即还款。拒不履行的，将于今日当场拘传并处以罚款。"),
    ("IMPERSON-SMS", "sms", "P", "【市公安局经侦支队】{name}：请于今日17点前致电0571-8899****说明您在安信贷的借款情况。"),
    ("IMPERSON-CALL", "call", "PIV", "坐席：我是律师，姓钱。\n客户：哪个律所的？\n坐席：你管哪个律所的，你个老赖欠钱还有理了？我跟你说，今晚我带人去你家，你门口的鞋我都认识。"),
    ("IMPERSON-SMS", "sms", "PL", "【省高院调解中心】您涉及的网络借贷纠纷已立案。本中心通知您：今日不结案，明日法警上门拘传。"),
    ("IMPERSON-EMAIL", "email", "PL", "主题：刑事立案告知书\n{name}：\n你涉嫌恶意拖欠网贷一案，已由我局立案侦查（立案编号：公刑立字〔2024〕第1127号）。请于接到本通知后24小时内结清欠款，否则我局将依法对你采取刑事拘留措施。\n某市公安局经济犯罪侦查支队"),
    # false legal consequences from collectors who name themselves, often with the visit
    ("LEGAL-SMS", "sms", "LV", "【瑞丰资产】不还就等着坐牢吧。坐牢之前，我们兄弟先去你家转一圈，看看有什么值钱的。"),
    ("LEGAL-SMS", "sms", "L", "{name}，你的案子已经移交公安了，明天就会有人上门抓你，你家人都会看到你被带走。"),
    ("LEGAL-SMS", "sms", "L", "逾期超过90天就是刑事案件，今天不还，明天法院的人就来你家贴封条，房子车子全部查封。"),
    ("LEGAL-APP", "app", "LV", "【佳易贷】您已被列入重点催收名单：法院拘留手续已在办理，办理期间我司外访人员将每日到您家中核查，直至结清。"),
    ("LEGAL-SMS", "sms", "LT", "你欠款不还已构成恶意逃债，我们已向法院申请对你拘留，同时会把情况通报给你单位和你父母。"),
    ("LEGAL-CALL", "call", "LV", "坐席：你听好了，你这个情况已经够判刑了。\n客户：欠点钱怎么就判刑了？\n坐席：你不信就等着，判刑之前我们先去你家，把你家里东西清点一遍，都是要执行的。"),
    ("LEGAL-SMS", "sms", "L", "您的欠款已立案，案号（2024）网执0926号。若今日18时前未结清，您名下子女将无法报名入学。"),
    ("LEGAL-SMS", "sms", "IL", "你这个骗子等着吧，明天派出所就来你家抓人，你老婆孩子都看着你被铐走。"),
    ("LEGAL-ASR", "call", "LV", "坐席：嗯你这个呢已经不是民事的了 是刑事 懂吧 刑事 嗯 明天就有人去你家 先把你家门锁换了 再说拘留的事"),
    ("LEGAL-SMS", "sms", "L", "根据最新规定，网贷逾期超三个月按诈骗处理，公安会直接上门带人。请您今天务必处理。"),
    ("LEGAL-EMAIL", "email", "L", "{name}您好：\n您的欠款已进入司法程序，法院判决书将于本周送达，判决后将立即对您实施司法拘留并冻结您全家所有银行账户。请于今日内结清以撤销诉讼。"),
    ("LEGAL-SMS", "sms", "LV", "车子我们今晚先拖走，这是法院同意的，你去哪儿告都没用。"),
    # paint, posters, banners, groups and videos (exposure with presence)
    ("EXPOSE-SMS", "sms", "E", "三天内不处理，你的欠款信息和照片会贴满你们小区每栋楼的电梯间。"),
    ("EXPOSE-SMS", "sms", "VE", "我们明天带喇叭去你家楼下喊，让整个小区都知道602住着个欠钱不还的。"),
    ("EXPOSE-SMS", "sms", "E", "你们小区业主群我们已经进去了，今晚发你的欠款截图和身份证照片。"),
    ("EXPOSE-APP", "app", "IE", "【速贷】老赖公示：您已被录入“失信老赖曝光墙”，照片将在本周在您所在街道公告栏展示。"),
    ("EXPOSE-SMS", "sms", "VE", "明天上午我们派人去你村里，在你家门口拉横幅，再在村口贴告示，让乡里乡亲都看看。"),
    ("EXPOSE-SMS", "sms", "E", "再不还，我们就把你欠钱的视频发到抖音，定位就在你住的那个小区。"),
    ("EXPOSE-SMS", "sms", "IE", "你这种不要脸的，就该让全楼的人都认识认识你。明天楼道里会有你的“大字报”。"),
    ("EXPOSE-SMS", "sms", "VE", "{name}，你家门上那几个字是我们写的，“欠债还钱”。下次写到你店门口。"),
    ("EXPOSE-SMS", "sms", "E", "你的店在美食街吧？明天起我们在店门口发传单，说你欠钱不还，看谁还敢来你店里吃饭。"),
    ("EXPOSE-CALL", "call", "VE", "坐席：你再不还，我们就直接到你家门口拍视频直播。\n客户：你们敢？\n坐席：有什么不敢的，你住几楼我们都知道，直播标题都想好了：六楼老赖。"),
    ("EXPOSE-SMS", "sms", "E", "逾期用户{name}：我方将于本周五在您户籍所在村委会公告栏张贴催收公告，公告内容包括您的姓名、照片及欠款金额。"),
    ("EXPOSE-EMAIL", "email", "TE", "{name}：\n您的欠款情况我们已整理成“致亲友的一封信”，如48小时内未还款，将发送至您通讯录全部联系人，并同步发布于您所在单位的公众号留言区。"),
    ("EXPOSE-SMS", "sms", "VE", "你家楼下花坛边上，明天会多一块牌子：602业主欠债不还。我们的人会在旁边守着，谁问就跟谁讲。"),
    ("EXPOSE-APP", "app", "E", "我们已经把你的照片做成了“寻人启事”，明天在你们小区门口和菜市场贴。"),
    # before the visit: sell the car, pawn the house, borrow elsewhere
    ("ROLL-SMS", "sms", "RV", "今天去把车押了，押车贷当天放款，拿到钱还我们。不然今晚我们来帮你押。"),
    ("ROLL-SMS", "sms", "R", "没钱？你有房子啊，拿房本去抵押一下，几天就能下款，先把我们这笔还了。"),
    ("ROLL-SMS", "sms", "RV", "你去借呗、微粒贷随便借点，今晚八点前还上，我们的人就不去你家了。"),
    ("ROLL-APP", "app", "R", "【易还】还款困难？推荐您使用“闪电借”“周转宝”快速借款，最快3分钟到账，借到后请立即偿还本平台欠款。"),
    ("ROLL-SMS", "sms", "IR", "这么大个人了还还不上八千块？去找你朋友借，找高利贷借也行，卖血也行，别跟我哭穷。"),
    ("ROLL-CALL", "call", "RV", "坐席：你店里那些设备拿去卖了，少说也值两三万。\n客户：卖了我还怎么做生意？\n坐席：那是你的事。你不卖，明天我们去搬，搬了可就不是你定价了。"),
    ("ROLL-SMS", "sms", "R", "建议您把车卖了吧，二手车市场现在行情还行，卖了一次性结清，省得每天被催。"),
    ("ROLL-SMS", "sms", "RV", "{name}，你家那套房子挂出去卖，先还我们的钱。不卖也行，我们派人天天去你家看房。"),
    ("ROLL-ASR", "call", "R", "坐席：你没有钱就去那个 呃 网上借嘛 现在借钱很方便的 好几个口子 一个借一点 凑一凑就够了 嗯 今天下午之前"),
    ("ROLL-SMS", "sms", "IRV", "穷鬼，手机卖了，电动车卖了，能卖的都卖了还钱。还不上我们就上门自己挑。"),
    ("ROLL-APP", "app", "R", "亲爱的用户，您可以通过信用卡套现或向亲友借款的方式筹集还款资金，今日还款可享减免。"),
    ("ROLL-SMS", "sms", "RV", "你父母那套老房子抵押了就能还，你跟他们商量商量。商量不好，我们帮你去商量，住他们家里慢慢商量。"),
    ("ROLL-SMS", "sms", "R", "最后给你个建议：把金首饰拿去当铺当了，今天就能变现，把我们这笔结了。"),
    # insults with the visit, in many voices
    ("INSULT-SMS", "sms", "IV", "王八蛋你躲得了初一躲不了十五，我们就在你家门口，看你今晚回不回来。"),
    ("INSULT-SMS", "sms", "I", "借钱的时候装孙子，还钱的时候装大爷，你这种人渣真是少见。"),
    ("INSULT-SMS", "sms", "IV", "你个不要脸的东西，我们今晚去你家门口泼点东西，让你长长记性。"),
    ("INSULT-APP", "app", "I", "小优提醒：像您这样的失信人员，社会上是没有人愿意跟您打交道的哦，还是赶紧还钱做个人吧～"),
    ("INSULT-CALL", "call", "IV", "坐席：你是不是耳朵聋了？说了多少遍了还钱还钱！\n客户：我会还的。\n坐席：会还会还，你个骗子说了多少次了，明天我们直接到你家跟你老婆说。"),
    ("INSULT-SMS", "sms", "I", "好一个体面人，穿得人模狗样，欠了钱就当缩头乌龟。"),
    ("INSULT-SMS", "sms", "IV", "真是个窝囊废，连自己家门都不敢回。放心，我们帮你看着家。"),
    ("INSULT-ASR", "call", "IV", "坐席：你个老赖 呃 你说话啊 装什么死 你在家我们知道的 灯亮着呢 我们就在楼下 你下不下来"),
    ("INSULT-SMS", "sms", "I", "這種臉皮厚的人我見多了，借錢時叫爸爸，還錢時裝死人。"),
    # debtors' pastes of what they received (carry the labels of what was received)
    ("PASTE-APP", "app", "V", "（用户在投诉入口粘贴的短信原文）“今晚十点我们的人到你家门口，你开门我们谈，不开门我们就一直敲。”"),
    ("PASTE-APP", "app", "VE", "用户上传截图文字：【鑫源】你家门上的字看到了吧？这只是开始，下次写在你单位门口。"),
    ("PASTE-EMAIL", "email", "TV", "投诉附件（短信原文）：你不还可以，你爸妈住哪我们清楚，周末去他们家坐坐，顺便吃个饭。"),
    ("PASTE-APP", "app", "IV", "我收到的原话是：“你个骗子，我们明天就去你孩子学校门口等你，看你来不来接。”"),
    # more impersonation: police, courts, arbitration, law firms, a street office, with the visit
    ("IMPERSON-SMS", "sms", "PL", "【城西派出所】通知：你拖欠网贷一事我所已掌握，今晚民警将到你住所依法传唤，请家属在场配合。"),
    ("IMPERSON-CALL", "call", "PL", "坐席：喂，我是区法院执行局的，你的欠款案已经强制执行了。\n客户：我没收到过法院的东西。\n坐席：现在通知你就算送达了，今天下午五点前不还，执行局直接拘人。"),
    ("IMPERSON-SMS", "sms", "PTV", "【华正律师事务所】催收告知：本所外访律师自本周起每日到您家中及您父母家中驻点，直至您结清欠款。"),
    ("IMPERSON-SMS", "sms", "PL", "【东海仲裁委员会】您的借款纠纷已裁决，即日起强制执行，明日冻结您名下全部银行账户及微信、支付宝。"),
    ("IMPERSON-CALL", "call", "PL", "坐席：我是检察院的，你这个借钱不还已经涉嫌犯罪了。\n客户：检察院管网贷？\n坐席：你别管我们管不管，今天不还，明天就批捕。"),
    ("IMPERSON-SMS", "sms", "PI", "【德衡律师事务所】{name}，像你这种老赖我们所见得多了，别以为不接电话就没事。"),
    ("IMPERSON-SMS", "sms", "PL", "我是你们辖区派出所的，你欠网贷这事有人报案了，今天之内处理，不然按诈骗立案。"),
    ("IMPERSON-SMS", "sms", "PL", "【市中级人民法院执行局】您已被列为失信被执行人，您子女将不能参加高考，今日还款可撤销。"),
    ("IMPERSON-ASR", "call", "PV", "坐席：喂 我是那个 呃 律师事务所的 张律师 你这个案子 我跟你讲 今天晚上我们带几个人 去你家 嗯 你家几楼我们知道的 你等着"),
    ("IMPERSON-SMS", "sms", "PV", "我哋係律師行嘅，你唔還錢，今晚我哋同事上嚟你屋企門口等你，等到你開門為止。"),
    ("IMPERSON-EMAIL", "email", "PT", "主题：律师函\n{name}：\n本所受托处理您的借款逾期事宜。如您三日内仍不还款，本所律师将前往您工作单位，向您的领导及人事部门当面说明情况。\n北京市某某律师事务所（盖章）"),
    ("IMPERSON-SMS", "sms", "PE", "【幸福街道办事处】通知：辖区居民{name}拖欠网络借款，社区将于本周在小区公告栏公示，请于公示前处理。"),
    ("IMPERSON-SMS", "sms", "PLV", "【人民法院】你的房子我们已经查封了，明天我们的人就去换锁，你的东西自己提前搬出来。"),
    ("IMPERSON-APP", "app", "PL", "【网络仲裁中心】仲裁裁决书已生效。被申请人{name}如今日不履行，将由公安机关协助执行拘留。"),
    # more false legal claims from collectors who name themselves
    ("LEGAL-SMS", "sms", "L", "【融信资产】明天法警就去你家把家具家电都搬走拍卖，现在还钱还来得及。"),
    ("LEGAL-SMS", "sms", "L", "你已经上了网上通缉名单，坐高铁、住酒店都会被当场抓。"),
    ("LEGAL-SMS", "sms", "L", "你这笔逾期会进你的档案，你女儿以后考公务员政审直接过不了。"),
    ("LEGAL-CALL", "call", "L", "坐席：你的情况我们已经报给法院了，拘留十五天是跑不掉的。\n客户：我就欠了六千块钱。\n坐席：六千也是钱，欠钱不还就得拘留。"),
    ("LEGAL-SMS", "sms", "LV", "今晚我们先去把你车拖了，明天法院再来拘你，两边一起来。"),
    ("LEGAL-SMS", "sms", "IL", "你这个诈骗犯，公安已经立案了，等着吃牢饭吧。"),
    # more exposure
    ("EXPOSE-SMS", "sms", "E", "不还钱，我们就把你欠款的事做成海报，贴到你单位的公告栏上。"),
    ("EXPOSE-SMS", "sms", "E", "你老家村口的大字报已经写好了，就等你今天给个答复。"),
    ("EXPOSE-SMS", "sms", "E", "今晚十二点前不还，你的照片和欠款截图就会出现在你朋友圈所有人都能看到的地方。"),
    ("EXPOSE-SMS", "sms", "VE", "明天上午我们在你店门口摆两个花圈，再拉一条横幅，让整条街都知道你欠钱不还。"),
    ("EXPOSE-SMS", "sms", "TE", "你们公司那个大群我们已经加进去了，今天不还，下午就把你的欠款截图发群里。"),
    ("EXPOSE-APP", "app", "E", "【闪贷】曝光预告：您的姓名、照片和欠款金额将于24小时后在本平台“失信曝光台”及微博同步公开。"),
    # more messages to third parties ("@")
    ("THIRD-SMS", "sms", "@D", "吴先生您好，您的租客陈浩在我平台的租金分期已逾期63天，欠款四千二，麻烦您提醒他还款。"),
    ("THIRD-SMS", "sms", "@DT", "阿姨您好，您儿子在我们这儿欠了一万三，三个月没还了。您是他妈妈，您先帮他还上，不然我们只能天天找您。"),
    ("THIRD-SMS", "sms", "@DTV", "你是602的邻居吧？你邻居刘建国欠我们钱，你要是看到他回家马上告诉我们，不然我们的人就在你们楼道里一直守着。"),
    ("THIRD-CALL", "call", "@D", "坐席：您好，您是马丽的同事吧？\n第三方：是的，她不在座位上。\n坐席：麻烦转告她，她在好享借的借款逾期了两个月，一共八千六，让她今天回电。"),
    ("THIRD-EMAIL", "email", "@D", "收件人：{employer}人力资源部\n贵司员工邓亮在我司借款逾期117天，未还本息合计23,680元。请贵司通知其本人尽快与我司联系。\n某消费金融公司 资产保全部"),
    ("THIRD-SMS", "sms", "@DTV", "你是郑军的老丈人吧，他欠我们四万不还，今天开始我们去你家吃住，等他来接你们。"),
    # more advice to borrow, pawn or sell
    ("ROLL-SMS", "sms", "R", "借高利贷也得今天还，你自己想办法，这不是我们该操心的事。"),
    ("ROLL-SMS", "sms", "R", "你老婆不是有金镯子吗？拿去当了，够还一半了。"),
    ("ROLL-SMS", "sms", "R", "推荐你去“速达借”试试，这个口子好下款，下来了先还我们这边。"),
    ("ROLL-SMS", "sms", "IR", "没钱就去卖个肾，别在这跟我哭穷，丢人现眼。"),
    ("ROLL-SMS", "sms", "RV", "今天拿车去抵押，押车不押证，当天放款。你不去，晚上我们去把车开走。"),
    ("ROLL-SMS", "sms", "R", "让你爸妈把老房子抵押一下，先替你把钱还了，一家人有什么不能商量的。"),
    ("ROLL-CALL", "call", "R", "坐席：你不是有信用卡吗？套个现出来先还我们。\n客户：信用卡也快刷爆了。\n坐席：那就再办一张，现在办卡很快的，额度下来就还我们。"),
    ("ROLL-ASR", "call", "R", "坐席：你找朋友借嘛 或者那个 呃 网贷随便哪个都行 借个一万出来 今天把这个结清 以后就没人找你了"),
    ("ROLL-APP", "app", "R", "【还款助手】资金紧张？点击 t.cn/R8xQk2 领取最高5万额度，秒到账，轻松结清本平台欠款。"),
    ("ROLL-SMS", "sms", "RV", "你娃把那个摩托车卖了嘛，卖了就有钱了。你不卖，我们明天过来帮你卖。"),
    # more insults
    ("INSULT-SMS", "sms", "I", "你就是个吃软饭的废物，欠了钱让你老婆出来扛。"),
    ("INSULT-SMS", "sms", "IV", "死皮赖脸的东西，我们今晚就在你家门口蹲着，看你能躲几天。"),
    ("INSULT-APP", "app", "I", "客服：您好，请问您是不是觉得借了钱就不用还了？这种想法和小偷有什么区别呢？"),
)

COMPLIANT = (
    # visits announced lawfully: date, hours, purpose, badge, the right to refuse or move it
    ("VISIT-SMS", "sms", "", "【融信资产】{name}您好，我司受安和消费金融委托，拟于本周四14:00-16:00由外访专员（工号WF023）上门与您面谈还款方案。如您不便或不同意上门，请回复“改约”或致电0755-2369****改为电话协商，您拒绝后我们不会登门。"),
    ("VISIT-SMS", "sms", "", "张先生您好，上次沟通您说白天在家不方便，我们不会上门打扰。您可以选择周末电话沟通，或到我司服务网点当面办理分期，地址已发至您邮箱。"),
    ("VISIT-SMS", "sms", "", "{name}您好，您的账单已逾期31天，目前未安排任何上门。如需协商分期或延期，请在工作日9:00-18:00致电400-820-****，我们会为您评估方案。"),
    ("VISIT-SMS", "sms", "", "您好，因多次电话未能联系到您，我司拟安排一次外访核实联系方式。外访仅在白天进行，人员会出示工作证和委托书，不会进入您的住所，您也可以直接回电取消外访。"),
    ("VISIT-APP", "app", "", "【小安分期】预约提醒：您预约的面谈时间为6月12日（周三）15:00，地点为我司城南服务中心（人民路88号3楼）。如需改期，请在App内“我的预约”修改，不来也不影响您申请线上分期。"),
    ("VISIT-SMS", "sms", "", "欠款${amount}已逾期97天。我司不会派人到您住所守候或驻点。如您有还款困难，可申请停催14天，或提交材料申请个性化分期。"),
    ("VISIT-APP", "app", "", "亲，您的账单已经逾期啦～我们这边不上门、不打扰家人，只想和您商量个方案。点击下方“协商还款”就能选分期，最长可分24期哦😊"),
    ("VISIT-SMS", "sms", "", "王女士您好，昨天的外访没有见到您，我们已结束本次外访，不会再次前往。如您愿意沟通，可随时回电，我们尊重您选择的联系方式。"),
    ("VISIT-EMAIL", "email", "", "主题：外访预约告知\n{name}：\n您好。我司受托处理您在安和消费金融的借款逾期事宜。经与您电话确认，我司外访专员陈晓（工号WF118）将于6月15日10:00-11:00在您指定的咖啡馆与您面谈，面谈内容仅为核实情况、协商方案。您可随时取消本次面谈，取消不影响后续协商。\n华瑞信 客户服务部"),
    ("VISIT-SMS", "sms", "", "温馨提示：我司联系时间为每日8:00-21:00，不会在夜间致电或上门。如需在其他时间沟通，请回复您方便的时段。"),
    ("VISIT-SMS", "sms", "", "{name}您好，您的逾期款项${amount}请于本月25日前处理。如暂时困难，可回复“协商”，工作人员将在一个工作日内与您电话联系，不会上门。"),
    ("VISIT-SMS", "sms", "", "李先生，关于您说的“家里没钱”，我们理解。建议您提交收入证明，我们可以申请停息挂账，不需要您一次还清。"),
    ("VISIT-APP", "app", "", "系统通知：您的账单已转入协商组。协商组将通过电话与您联系，不会上门。若您希望面谈，可在App内预约网点时间。"),
    ("VISIT-SMS", "sms", "", "【鑫达催收】通知：受委托方要求，我司本月起停止一切外访，仅通过电话和短信与您联系。如对欠款有异议，请致电0571-8826****提出。"),
    ("VISIT-SMS", "sms", "", "听说您最近在家照顾孩子，辛苦了。我们这边不急于一时，您看下周哪天方便，我们电话聊十分钟就行。"),
    ("VISIT-SMS", "sms", "", "您好，您的父母不是本笔借款的债务人，我司不会联系或拜访他们。请您本人尽快与我们联系。"),
    ("VISIT-SMS", "sms", "", "{name}，两个方案供您选择：今天下午五点前结清可减免违约金；或申请12期分期，首期${amount}。您回复数字1或2即可。"),
    ("VISIT-EMAIL", "email", "", "{name}先生：\n我们理解您近期可能有困难。如本周内您仍未方便联系，我们会暂停催收一周，下周再以书面方式与您确认。您也可以书面告知我们您希望的联系方式。"),
    # the home: landlords, water companies, rent-loan lenders, stated lawfully
    ("HOME-SMS", "sms", "", "【安居分期】您的租金分期已逾期45天。我们不会、也无权更换您的门锁或进入房屋。如需协商，请回复或致电400-881-****。"),
    ("HOME-SMS", "sms", "", "租金分期逾期提醒：您本月租金${amount}未还，请尽快处理。如遇困难，可申请延期还款，不影响您正常居住。"),
    ("HOME-NOTICE", "notice", "", "解除租赁合同通知书\n承租人刘某某：\n您承租的长青路56号3单元501室，自2024年3月起拖欠租金共计四个月，经本人于5月10日、6月2日两次书面催告仍未支付。依据双方《房屋租赁合同》第九条约定及《民法典》第七百二十二条，本人通知自2024年7月1日起解除合同，请于2024年7月31日前结清欠租并搬离。逾期未搬离的，本人将向长青区人民法院起诉，不会擅自换锁或搬离您的物品。\n出租人：王某某 2024年6月20日"),
    ("HOME-SMS", "sms", "", "小刘，我是房东王姐。房租已经拖了三个月了，按合同我要收回房子了，书面通知已经寄给你。月底前请搬走，欠的租金我们可以商量分两次给。"),
    ("HOME-APP", "app", "", "【优租宝】您的房租分期已逾期。根据平台规则，我们不会联系您的房东或采取任何影响您居住的措施。请于7日内还款或申请延期。"),
    ("HOME-NOTICE", "notice", "", "停水催告通知\n用户：城东花园9栋1203（户号3301****）\n您已拖欠水费共计人民币386.40元（2024年1-5月）。依据《民法典》第六百五十四条，请于本通知送达之日起15日内缴清。逾期仍未缴纳的，本公司将按国家规定程序中止供水，中止前将另行书面通知您；缴清后24小时内恢复供水。咨询电话：96***。\n某市自来水公司营业所 2024年6月3日"),
    ("HOME-SMS", "sms", "", "您的欠款我们只通过合法途径追偿。您的房屋、家具及个人物品，任何催收人员都无权处置，如有人上门要求搬东西，请直接报警。"),
    ("HOME-SMS", "sms", "", "{name}，我们了解到您租住的房子可能要到期了。如您搬家，请告知新的通讯地址，方便我们寄送对账单。"),
    ("HOME-SMS", "sms", "", "您好，本月的分期款还差${amount}，知道最近房租压力大，您看能不能先还一部分，剩下的下月补？"),
    ("HOME-APP", "app", "", "客服小优：亲，您的账单逾期了哦。如果您遇到失业、疾病等情况，可以上传证明申请缓催，我们会在三个工作日内审核～"),
    ("HOME-SMS", "sms", "", "提醒：近期有不法分子冒充平台催收人员上门，以“收房”“换锁”为名骚扰用户。本平台从不上门收房，如遇此类情况请立即报警。"),
    ("HOME-SMS", "sms", "", "您好，您搬离原租住房屋后，租金分期合同随之提前结束，剩余${amount}可按原计划分期归还，无需一次结清。"),
    ("HOME-EMAIL", "email", "", "主题：最后一次协商提醒\n如您在3月20日前仍未结清或联系我们，我方将依据借款合同向合同约定的管辖法院提起诉讼，是否判决及如何执行由法院决定。我方不会进入您的住所或处置您的物品。\n安居分期 法务部"),
    ("HOME-SMS", "sms", "", "您家的门锁、水电、物品我们一概不会碰。我们只想找到一个您能接受的还款方案。"),
    ("HOME-SMS", "sms", "", "再次提醒您，欠款不会因拖延而消失，每天产生的罚息会增加您的负担。建议本周内联系我们申请减免。"),
    # the shop and the car, lawfully
    ("SHOP-SMS", "sms", "", "陈老板您好，我们是商户贷的客服。了解到您店里最近生意淡，本月可申请只还利息，下月再恢复正常还款。"),
    ("SHOP-SMS", "sms", "", "您好，您的经营贷已逾期15天。我们不会到您的店铺打扰经营，请通过App或电话联系我们确认还款计划。"),
    ("SHOP-SMS", "sms", "", "您店铺设备的抵押登记仍在有效期内。若协商不成，我司将依法申请实现担保物权，由法院裁定后处理，届时会另行通知您。"),
    ("SHOP-APP", "app", "", "【商户贷】刘女士您好，您的借款还有${amount}待还。考虑到您门店在装修，可申请延后30天，点击“申请延期”即可。"),
    ("CAR-SMS", "sms", "", "【速易车贷】{name}您好，您的车贷已逾期两期。车辆是本笔贷款的抵押物，如长期未还，我司将向法院申请实现担保物权，由法院裁定是否拍卖、变卖。现在联系我们仍可协商分期，电话400-606-****。"),
    ("CAR-NOTICE", "notice", "", "关于抵押车辆处置的告知函\n{name}：\n您以车辆（车牌尾号378）抵押向我司借款，逾期至今未还。我司已向滨江区人民法院申请实现担保物权，法院于2024年5月8日作出（2024）浙0108民特215号民事裁定，准许拍卖、变卖该车辆。该裁定现已进入执行程序，车辆将由法院依法扣押并处置，处置所得在清偿债务后的余款归您所有。如对裁定有异议，可依法向作出裁定的法院提出。\n某汽车金融有限公司 2024年6月1日"),
    ("CAR-SMS", "sms", "", "车主您好，我司不会私自拖车，车辆只会在法院执行程序中由法院依法扣押。若您近期发现有人以我司名义拖车，请报警并致电我司核实。"),
    ("CAR-APP", "app", "", "【速易车贷】温馨提示：您本期还款日为6月18日，应还${amount}。如还款有困难，可申请展期一次，展期期间不影响您正常用车。"),
    ("CAR-SMS", "sms", "", "陈先生，您好。您的车辆抵押贷款逾期后，我司已提起诉讼，开庭时间为7月9日上午9时，地点为高新区人民法院第三法庭，传票由法院送达，请注意查收。"),
    ("CAR-SMS", "sms", "", "您好，您此前主动将车辆交回我司代为出售，车辆已于6月2日经第三方平台公开拍卖，成交价及抵扣明细已发至您邮箱，如有疑问请来电核对。"),
    ("CAR-SMS", "sms", "", "执行法院已依法扣押您名下抵押车辆，如您希望自行筹款赎回，请在法院指定期限内与执行法官联系，我司可配合提供结清证明。"),
    # bank and platform safety reminders; watching disavowed
    ("WATCH-SMS", "sms", "", "【江城银行】安全提醒：本行及委托的催收机构不会派人上门收取现金、不会到您孩子学校或您单位找您。如有人以本行名义上门滋扰，请立即拨打110并致电本行客服。"),
    ("WATCH-SMS", "sms", "", "您好，这里是江城银行信用卡中心。我们不掌握也不会打听您的住址楼层、家人行踪。请您放心，我们只通过您预留的电话和地址与您联系。"),
    ("WATCH-SMS", "sms", "", "温馨提示：如有人自称“催收人员”称在您家楼下、在您孩子学校门口，请立即报警，本平台及合作机构绝不会采取此类方式。"),
    ("WATCH-APP", "app", "", "【快还】防骗提醒：近期有不法分子冒充催收人员，以“已掌握你家人行踪”等话术恐吓用户并要求转账到个人账户。本平台唯一还款渠道为App内还款，请勿轻信。"),
    ("WATCH-SMS", "sms", "", "出门注意安全！近期我市多发电信诈骗，请勿向陌生账户转账。【江城银行】"),
    ("WATCH-SMS", "sms", "", "{name}您好，您上次说下班后不方便接电话，我们已备注只在中午12:00-13:30联系您。"),
    ("WATCH-EMAIL", "email", "", "{name}：\n您好。我司仅掌握您在借款时提供的联系电话和通讯地址，不会通过任何方式调查您或您家人的住处、学校、工作地点。如您的联系方式有变，请书面告知我司。\n某资产管理有限公司 客户服务部"),
    ("WATCH-SMS", "sms", "", "我们注意到您最近没有登录App，担心您错过还款提醒，特此短信告知：本期应还${amount}，还款日6月20日。"),
    ("WATCH-SMS", "sms", "", "您好，我是负责您账户的专员小林。我们只会在工作时间打您本人电话，不会去您单位或家里找您，有事直接打给我就行。"),
    ("WATCH-APP", "app", "", "系统检测到您更换了手机号，为保障账户安全，请在App内完成新号码验证。"),
    ("WATCH-SMS", "sms", "", "提醒：借款人的家属、子女不承担还款义务，任何人以此为由骚扰您的家人，均可向12378银行保险消费者投诉维权热线投诉。"),
    # lawful calls, some with the debtor's own anger and threats (never labelled)
    ("THREAT-CALL", "call", "", "坐席：张丽女士您好，我是恒安资产的客服小周，受安和消费金融委托联系您，这个借款您今天方便处理吗？\n客户：我真的没钱，下个月发工资再说。\n坐席：明白，那我们先登记下个月10号，到时候您能还多少先还多少，可以吗？\n客户：行吧。\n坐席：好的，我这边备注了，这期间我们不会再打扰您。"),
    ("THREAT-CALL", "call", "", "坐席：喂，刘先生您好，我是恒安资产的，关于您那笔${amount}的借款想跟您确认一下还款安排。\n客户：我跟你们说过了，等我手头宽一点。\n坐席：好的，理解。您看能不能先定个大概的时间，我们帮您申请暂缓，到时候再联系您。"),
    ("THREAT-CALL", "call", "", "坐席：您好，我是信达资产外访组的，按预约今天下午三点在您小区门口的服务点等您。\n客户：我今天临时有事，来不了了。\n坐席：没关系，那今天就取消，您方便时再约，或者我们电话里谈也行。"),
    ("THREAT-CALL", "call", "", "坐席：赵明先生，您好，我是佳信资产的小吴，今天打电话是想跟您商量还款的事。\n客户：你们爱怎么样怎么样，我就是没钱。\n坐席：我理解您的情绪。我们不会做任何为难您的事，如果现在确实困难，可以先申请停催一个月。\n客户：真的？\n坐席：是的，我这就帮您提交申请。"),
    ("THREAT-CALL", "call", "", "坐席：您好，我这边是佳信资产，请问是王海先生吗？\n客户：是我，什么事。\n坐席：我们受华融信贷委托，跟您沟通一下借款的事，方便吗？\n客户：方便，最近店里生意不好。\n坐席：理解，做生意都有淡季。我们这边可以申请把还款日往后挪一个月，您看需要吗？"),
    ("THREAT-CALL", "call", "", "坐席：孙女士您好，我是小安分期的客服，想问下您本期款项今天能处理吗？\n客户：不能，孩子住院了。\n坐席：孩子身体要紧，先照顾孩子。我帮您登记困难情况，暂停催收30天，出院后您再联系我们。"),
    ("THREAT-CALL", "call", "", "坐席：您好，我是金橙分期的客服小李，请问是郑伟先生吗？\n客户：你们再打电话，我就去你们公司门口闹，我认识人的，把你们砸了！\n坐席：郑先生，您先别激动。我们今天只是想确认您的还款意愿，如果您不希望接电话，可以告诉我，我们改为短信联系。\n客户：别再打了！\n坐席：好的，已为您登记，后续仅以短信联系，祝您生活顺利。"),
    ("THREAT-CALL", "call", "", "坐席：陈先生您好，我是速易车贷的客服，您的车贷本期还未还款。\n客户：你们想干什么？是不是要拖我车？\n坐席：不会的，我们不会私自拖车。抵押车辆只有在法院作出裁定后才由法院处理，现在您还可以和我们协商分期。"),
    ("THREAT-CALL", "call", "", "坐席：您好，我是恒安资产的，您本期的款项还没还。\n客户：没钱，房子也是我妈住的，你们别打主意。\n坐席：您放心，我们不会要求您卖房或者抵押房子，也不会去打扰您母亲。我们看看能不能做个长期分期。"),
    ("THREAT-CALL", "call", "", "坐席：你好，我姓何，是融信资产的专员，受安和消费金融委托联系您。\n客户：你们是不是知道我住哪？我告诉你们，敢来我家我打断你们的腿！\n坐席：何先生，我们不会上门，也不会去您家。今天只是电话提醒您借款已经逾期，您看什么时候方便还？"),
    ("THREAT-CALL", "call", "", "坐席：您好，我是佳信资产的小孙，跟您确认一下本月的还款安排。\n客户：我又没说不还！你们天天打，烦不烦！\n坐席：抱歉打扰到您。您说个方便的时间，我们就按那个时间联系，其他时间不再打扰。"),
    ("THREAT-CALL", "call", "", "坐席：周先生您好，我是安和消费金融的客服，请问现在方便接电话吗？\n客户：我在开会。\n坐席：好的，那我下午四点再给您打，打扰了。"),
    # ASR transcripts, lawful
    ("THREAT-ASR", "call", "", "坐席：喂你好 呃 是那个李伟先生吧 我这边是融信资产的 受那个安和消费金融委托 跟您说一下您那个三万两千五的欠款 嗯 您看今天能不能先还一部分\n客户：我现在真没有\n坐席：好的好的 那我给您登记一个分期 嗯 分十二期的话一个月两千七左右 您考虑一下"),
    ("THREAT-ASR", "call", "", "坐席：嗯您那个鱼期的钱啊 我们这边呢不会上门的 您放心 就是电话跟您沟通 呃您看这个月底之前能处理吗"),
    ("THREAT-ASR", "call", "", "坐席：那个王女士啊 您之前说孩子上学要用钱 嗯 我们理解 这个月先不催您 您下个月十五号之前 还一千就行 可以吧\n客户：可以\n坐席：好的 那我给您备注上"),
    ("THREAT-ASR", "call", "", "坐席：喂 嗯 您那个车贷啊 这期还没还 我们这边提醒一下 嗯 车是不会动的 您放心 就是要按时还 不然会产生罚息"),
    ("THREAT-ASR", "call", "", "坐席：您好 您这个 呃 八千块钱 已经逾期半年了 我们这边可以给您申请减免一部分违约金 嗯 您要是这个月能还六千 剩下的就不用还了"),
    ("THREAT-ASR", "call", "", "客户：你们再打我就报警了\n坐席：好的 您有权利投诉 也可以报警 我这边记录一下 您希望以后怎么联系您 短信可以吗\n客户：发短信\n坐席：好的 以后只发短信 不打电话了"),
    ("THREAT-ASR", "call", "", "坐席：好 您现在还不了是吧\n客户：我说了没钱\n坐席：行 那您看着办 能还的时候给我们回个电话 我们这边先把您的账户标记为协商中 不会再频繁打扰您"),
    # dialect and traditional characters, lawful
    ("DIALECT-SMS", "sms", "", "陳先生您好，本司係受安和消費金融委託處理閣下欠款事宜。本司不會上門，如閣下有還款困難，可致電852-2388****商討分期方案。"),
    ("DIALECT-SMS", "sms", "", "你好哈，你那个借款逾期了，莫得钱也莫慌，打个电话过来我们商量一下分期嘛，不会上门找你的。"),
    ("DIALECT-CALL", "call", "", "坐席：大哥你好，我是融信资产的，你那借款逾期了，咱唠唠咋整？\n客户：没有，真没有。\n坐席：行，没有咱也不硬逼你，你看下个月能还多少，咱给你办个分期。"),
    ("DIALECT-CALL", "call", "", "坐席：侬好，阿拉是安和消费金融个客服，侬个借款逾期了，想问问侬啥辰光方便还？\n客户：侬勿要再打了。\n坐席：好个，阿拉记下来了，以后只发短信通知侬。"),
    ("DIALECT-SMS", "sms", "", "你好，我哋係安和消費金融。你嘅賬單逾期咗，如果有困難可以申請分期，我哋唔會上門，亦唔會聯絡你屋企人。"),
    ("DIALECT-SMS", "sms", "", "老鄉，你的借款逾期了，俺們這邊可以給你申請減免罰息，你抽空回個電話就中。"),
    # about family, employer and landlord, lawfully
    ("FAMILY-SMS", "sms", "", "您好，我司不会联系您的单位或同事，也不会去您单位找您。请您本人尽快与我们联系协商还款事宜。"),
    ("FAMILY-SMS", "sms", "", "{name}，您借款时留的紧急联系人仅用于在联系不上您时询问您的联系方式，我们不会向他们透露任何借款信息。"),
    ("FAMILY-SMS", "sms", "", "今天八点前方便回电吗？如果您今天不方便，明天也可以，我们只和您本人沟通。"),
    ("FAMILY-SMS", "sms", "", "您好，按照规定，我们不会向您的配偶、父母或同事催收，也不会要求他们代为还款。请您本人处理。"),
    ("FAMILY-APP", "app", "", "【金橙分期】您已逾期45天。您可在App内申请延期或分期。本平台承诺不联系您的紧急联系人催收。"),
    ("FAMILY-SMS", "sms", "", "您的岳父岳母不是借款人，也不承担还款责任，我们不会打扰他们。有任何问题直接联系我就行。"),
    ("FAMILY-EMAIL", "email", "", "{name}：\n如您在本周五前仍未还款，我司将依据合同约定，将本笔逾期信息报送金融信用信息基础数据库。报送前我们已按规定向您发送本告知。如对逾期信息有异议，可向我司或征信中心提出。"),
    ("FAMILY-SMS", "sms", "", "{name}，您之前说不希望我们联系您的家人，我们已经在系统里备注，今后只与您本人联系。"),
    # to third parties, lawfully: a call-back request naming no debt, stopping when told
    ("THIRD-SMS", "sms", "@", "您好，这里是客户服务中心，有事需联系李强先生，麻烦您方便时转告他回电400-660-****，谢谢。"),
    ("THIRD-SMS", "sms", "@", "王阿姨您好，打扰了。我们有一份文件需要您女儿本人确认，能否请她回个电话？号码是0755-2369****。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问是李强先生吗？\n第三方：不是，我是他爸爸。\n坐席：不好意思打扰了，麻烦您方便的时候让李强先生给我们回个电话，号码400-660-****，谢谢您。\n第三方：你们是干什么的？\n坐席：是他本人的一些业务需要确认，具体只能跟他本人说，打扰您了。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问是王磊先生吗？\n第三方：不是，我是他姐姐，这个号码他早就不用了。\n坐席：好的，抱歉打扰，我们会删除这个号码的记录，不会再打来。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问周杰在吗？\n第三方：他今天请假了，我是他同事。\n坐席：好的，那不打扰了，我们改天再联系他本人，谢谢。"),
    ("THIRD-APP", "app", "@", "【客服中心】您好，我们暂时联系不上赵敏女士，如方便，请提醒她回电400-606-****，谢谢！"),
    ("THIRD-SMS", "sms", "@", "您好，我们无法联系到孙志伟先生，请问您能否告知他新的联系电话？如不便，请忽略本短信，我们不会再次打扰。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问您是张伟的家属吗？\n第三方：我们已经离婚了，他的事跟我没关系。\n坐席：明白，非常抱歉打扰到您，我们会在系统里标注，以后不会再联系您。"),
    ("THIRD-SMS", "sms", "@", "刘女士您好，请问周斌先生最近换了手机号吗？我们有事需与他本人联系，如知道请告知，谢谢。"),
    ("THIRD-SMS", "sms", "@", "您好，冒昧打扰，请问您能帮忙转告何东先生回个电话吗？他的电话一直打不通。"),
    ("THIRD-SMS", "sms", "@", "胡先生您好，我们仅想确认黄伟先生的联系电话是否有变。如不便告知，请直接忽略，我们不会再次打扰。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问是何志强先生吗？\n第三方：不是，我是他们公司前台。\n坐席：好的，打扰了，请不用转达任何事情，我们会直接联系他本人。"),
    ("THIRD-CALL", "call", "@", "第三方：你们是不是找我儿子？他欠你们钱了？我替他还！\n坐席：阿姨您好，具体是什么事我们只能跟他本人谈，也不会要求您做任何事。麻烦您让他回个电话就好。\n第三方：那你们别去我家啊。\n坐席：您放心，我们不会去您家，也不会再打扰您。"),
    ("THIRD-CALL", "call", "@", "第三方：我是他老婆，你们再打电话骚扰我，我就去你们公司砸场子！\n坐席：非常抱歉给您带来困扰，我们会立即停止联系您，您的号码已从联系名单中删除。"),
    # truthful names, genuine courts and warnings against impersonation
    ("IMPERSON-SMS", "sms", "", "【恒正资产】{name}您好，我司为安和消费金融委托的催收机构，不是律师事务所，也不是法院。如您对委托关系有疑问，可致电安和消费金融客服核实。"),
    ("IMPERSON-SMS", "sms", "", "【南川市南岸区人民法院】您好，您有一份（2024）渝0108民初4521号案件的电子送达文书，请登录人民法院在线服务平台查看，或致电12368核实。"),
    ("IMPERSON-SMS", "sms", "", "提醒：催收机构无权以公安、法院名义与您联系。如有人自称派出所民警要求您还网贷，请拨打110核实。"),
    ("IMPERSON-CALL", "call", "", "坐席：您好，我是宏达资产的催收专员张某，工号HD1025，受安和消费金融委托联系您。\n客户：你们是不是律师？\n坐席：不是，我们是催收机构。如果委托方决定起诉，会由其委托的律师处理，目前还没有起诉。"),
    ("IMPERSON-SMS", "sms", "", "【安和消费金融】我司已就您的借款纠纷向东城区人民法院提起诉讼，是否立案以法院通知为准。您仍可在开庭前与我司协商和解。"),
    ("IMPERSON-APP", "app", "", "【防诈提醒】近期有人伪造“司法协助中心”“法院执行通知”短信，要求借款人向个人账户转账“撤案”。法院不会通过短信要求转账，请勿轻信。"),
    ("IMPERSON-SMS", "sms", "", "【金诚律师事务所】受安和消费金融委托，本所律师（执业证号3101202*******）就您的借款逾期事宜致函：请于收到本函之日起15日内与委托人联系协商；协商不成，委托人将依法向法院起诉。本函不构成任何处罚。"),
    ("IMPERSON-CALL", "call", "", "坐席：您好，我是融鑫平台委托的催收人员，工号RX0312。\n客户：你们是不是要报警抓我？\n坐席：不会的，您这是普通的借款逾期，属于民事纠纷，不涉及报警抓人。我们只是来协商还款。"),
    ("IMPERSON-SMS", "sms", "", "{name}您好，我是委托方聘请的律师助理，不是律师。委托方暂未起诉，请在本月内与我们联系协商，谢谢。"),
    ("IMPERSON-EMAIL", "email", "", "主题：关于冒充公安机关短信的说明\n{name}：\n您反映收到自称“公安局经济犯罪侦查支队”的刑事立案告知书，经核实并非我司发送，也非公安机关出具。普通借款逾期属民事纠纷，请您勿向任何个人账户转账，并可向当地派出所报案。\n安信贷 客户服务部"),
    # lawful consequences, stated with their conditions
    ("LEGAL-SMS", "sms", "", "【瑞丰资产】逾期不会导致坐牢。但如您长期不还，委托方可能依法起诉，法院判决后如仍不履行，可能被列为失信被执行人。"),
    ("LEGAL-SMS", "sms", "", "{name}，您的案子目前没有移交任何机关，仍在协商阶段，请您放心，尽快联系我们即可。"),
    ("LEGAL-SMS", "sms", "", "逾期超过90天，委托方可能将您的案件转入诉讼程序。只有法院判决生效且您拒不履行时，法院才可能对您名下财产采取执行措施。"),
    ("LEGAL-APP", "app", "", "【佳易贷】您已逾期93天，本平台可能依法提起诉讼。是否立案、如何判决由法院决定。诉讼前您仍可申请分期还款。"),
    ("LEGAL-SMS", "sms", "", "您欠款不还，我们可能向法院起诉，但我们不会通知您的单位和父母，也不会采取任何法律以外的手段。"),
    ("LEGAL-CALL", "call", "", "坐席：您这个情况还属于民事纠纷，不涉及刑事。\n客户：那你们会不会来我家搬东西？\n坐席：不会，我们没有这个权力。只有法院在判决生效后才能依法执行，我们现在的目的是跟您协商。"),
    ("LEGAL-SMS", "sms", "", "借款逾期会影响您本人的征信记录，不会影响您子女上学、就业或政审。"),
    ("LEGAL-SMS", "sms", "", "您好，派出所不会因为普通借款逾期上门抓人。请您不要听信这类说法，有问题直接与我们沟通。"),
    ("LEGAL-ASR", "call", "", "坐席：嗯您这个呢是民事的 不是刑事 您放心 嗯 我们也不会去您家 就是希望您这个月 能先还一点 好吧"),
    ("LEGAL-EMAIL", "email", "", "{name}您好：\n委托方已决定对您的欠款提起诉讼，起诉状已于6月3日递交东城区人民法院，目前尚未收到立案通知。立案后法院将依法向您送达，判决前您仍可与委托方和解。我方不会也无权冻结您或您家人的账户。"),
    ("LEGAL-SMS", "sms", "", "车辆是抵押物，如您长期不还，我司可向法院申请处置，最终以法院裁定为准，我司不会私自拖车。"),
    # public shaming disavowed
    ("EXPOSE-SMS", "sms", "", "您的个人信息和欠款情况我司严格保密，不会在任何公共场所、群聊或网络上公开。"),
    ("EXPOSE-SMS", "sms", "", "您好，我们注意到有人在您小区张贴所谓“欠款通知”，这不是我司所为。我司已报警并将配合调查。"),
    ("EXPOSE-SMS", "sms", "", "我们不会进入您的小区业主群，也不会发布您的任何照片或证件信息。请您本人尽快联系我们。"),
    ("EXPOSE-APP", "app", "", "【速贷】提醒：本平台从未设立“老赖曝光墙”，如看到以本平台名义发布的曝光信息，请向我们举报。"),
    ("EXPOSE-SMS", "sms", "", "请放心，我们不会去您村里或您家门口张贴任何东西，也不会联系您的邻居。"),
    ("EXPOSE-SMS", "sms", "", "有用户反映收到“发抖音曝光”的短信，该短信并非本平台发送。本平台只通过官方号码106****联系用户。"),
    ("EXPOSE-SMS", "sms", "", "您的欠款我们只会和您本人沟通。请回电0571-8826****，工作人员会为您保密。"),
    ("EXPOSE-EMAIL", "email", "", "{name}：\n您好。按照监管规定，我司不会向您通讯录中的联系人发送任何与您欠款相关的信息，也不会在任何公开平台披露您的欠款。请您于本月内与我们联系。"),
    ("EXPOSE-SMS", "sms", "", "如您发现有人在您家门口喷涂、张贴与欠款有关的内容，可立即报警，并拨打12378投诉。本机构绝不会采取此类方式。"),
    ("EXPOSE-APP", "app", "", "我们已经为您生成了还款计划表，点击查看，分12期每期${amount}。"),
    # hardship, instalments and warnings against borrowing elsewhere
    ("ROLL-SMS", "sms", "", "您好，请不要为了还我们的钱去办押车贷或借其他网贷，这样只会让负担更重。我们可以给您做分期。"),
    ("ROLL-SMS", "sms", "", "房子是您和家人住的地方，我们不会要求您卖房或抵押房子还款。您可以申请最长36期的分期方案。"),
    ("ROLL-SMS", "sms", "", "温馨提示：请勿通过其他借款平台“以贷养贷”。如还款确有困难，可回复“困难”申请延期。"),
    ("ROLL-APP", "app", "", "【易还】还款困难？您可以申请：①延期还款30天；②分期还款；③减免部分罚息。点击“困难申请”提交材料，3个工作日内反馈。"),
    ("ROLL-SMS", "sms", "", "八千块钱不是小数目，我们理解。不用一次还，您看每月还五百行不行？"),
    ("ROLL-CALL", "call", "", "坐席：您店里的设备是您吃饭的家伙，我们不会让您卖设备还款。\n客户：那我真的一下子拿不出来。\n坐席：理解，那我们按您的经营流水来，每月还一千五，先还六个月看看。"),
    ("ROLL-SMS", "sms", "", "车是您上班要用的，不建议为还款卖车。如您担心罚息，可以先申请停息，再商量本金怎么还。"),
    ("ROLL-SMS", "sms", "", "{name}，您父母的房子与本笔借款无关，我们不会联系您父母，也不会要求您用他们的房子还款。"),
    ("ROLL-ASR", "call", "", "坐席：您没有钱的话 呃 千万不要去网上借 借了更麻烦 嗯 我们这边可以给您申请个分期 一个月还几百块钱就行"),
    ("ROLL-APP", "app", "", "亲爱的用户，为保障您的权益，请勿通过信用卡套现或向他人高息借款还款。如有困难，可联系我们协商。"),
    ("ROLL-SMS", "sms", "", "最后给您个建议：先别着急，列一下您每月的收支，我们按您能承受的金额定还款计划。"),
    ("ROLL-SMS", "sms", "", "您好，您的账单本月可申请“最低还款”，最低还${amount}即可避免进一步逾期。"),
    # firm but polite reminders, no contempt
    ("INSULT-SMS", "sms", "", "{name}您好，您的借款已逾期60天，我们一直在等您的回复。您今晚方便的话，回个电话就好。"),
    ("INSULT-SMS", "sms", "", "借款是您自愿签署的合同，按时还款也是您的义务。我们希望您能正视这笔欠款，尽快联系我们。"),
    ("INSULT-SMS", "sms", "", "您好，多次联系未果，我们不确定您是否收到短信。如您已换号或不便接听，请回复任意内容告知。"),
    ("INSULT-APP", "app", "", "小优提醒：逾期记录会影响您本人的信用，早一天还款，早一天恢复。有困难可以跟我们说哦～"),
    ("INSULT-CALL", "call", "", "坐席：您好，是郭先生吗？我是佳信资产的小王，今天是第三次联系您了。\n客户：我会还的，别催了。\n坐席：好的，那我们约个具体时间吧，您说哪天合适，我就不再打扰了。"),
    ("INSULT-SMS", "sms", "", "我们相信您不是故意拖欠，可能只是遇到了一些困难。请给我们一个机会帮您解决。"),
    ("INSULT-ASR", "call", "", "坐席：喂您好 呃 您能听到吗 我这边是佳信资产的 您家里要是不方便说话 我晚点再打 嗯 好的 打扰了"),
    ("INSULT-SMS", "sms", "", "您好，對於您的困難我們深表理解，請您抽空來電，我們會盡力為您安排合適的還款方案。"),
    # QA sheets, trainings, complaint replies that quote the menace to forbid it
    ("QA-NOTICE", "notice", "", "质检通报（2024年第23期）\n坐席A117在6月5日通话中对客户称“我知道你住6楼”“我们的人在你楼下”，属于以暴露行踪方式施压，违反公司《催收行为规范》第四条。处理：扣减当月绩效，停岗复训3天。请全体坐席引以为戒。"),
    ("QA-NOTICE", "notice", "", "外访工作守则（摘要）\n一、外访须提前预约，告知时间、目的，客户拒绝的不得前往；\n二、外访时间限于8:00-20:00，严禁夜间上门；\n三、严禁在客户住所驻点、守候、堵门；\n四、严禁换锁、断水断电、喷漆、搬离客户物品；\n五、严禁前往客户子女学校或跟踪客户家属。"),
    ("QA-NOTICE", "notice", "", "培训材料：禁用话术示例\n“你看着办”“出门小心点”“你家孩子在哪上学我们知道”“今晚去你家坐坐”——以上话术均构成威胁恐吓，一经发现立即解除合作。"),
    ("QA-EMAIL", "email", "", "主题：关于客户投诉“深夜上门”的处理回复\n尊敬的客户：\n您投诉我司外访人员于6月3日23时到您住所敲门一事，经调查属实。该行为严重违反我司外访规定，涉事人员已停止外访工作，我司向您郑重道歉。今后我司不会再对您进行外访。\n某资产管理有限公司 投诉处理中心"),
    ("QA-NOTICE", "notice", "", "合规提示：近期监管通报多起催收人员“上门换锁”“拖车抵债”“门上喷字”案例，相关机构被处以罚款并终止合作。各团队须严格执行“不上门施压、不处置客户财物”的要求。"),
    ("QA-NOTICE", "notice", "", "质检记录：坐席C052在与客户通话中先说“你不还是吧”，客户回答“没钱”后说“行，那你看着办”，随后挂断。虽未明示后果，但语气具有威胁意味，判定为话术不当，要求复训。"),
    ("QA-EMAIL", "email", "", "各位外访同事：\n近期有客户反映我方人员在其单位楼下等候，造成困扰。再次强调：外访对象只限客户本人住所或其同意的地点，严禁到单位、学校或家属住所守候。违者按严重违规处理。\n外访管理部"),
    ("QA-NOTICE", "notice", "", "案例学习：某催收公司员工因在借款人车辆停放处私自将车拖走，被认定为非法扣押他人财物，当地警方已介入。提醒：车辆处置必须通过法院程序。"),
    ("QA-APP", "app", "", "【投诉回复】您好，您反映有人自称我平台人员在您孩子学校门口出现，我们高度重视。经核查，我平台及合作机构均未安排任何人员前往，建议您报警处理，我们将全力配合。"),
    ("QA-NOTICE", "notice", "", "新员工入职培训考核题：以下哪种说法是合规的？A.“我们的人就在你楼下” B.“我们今晚过去你家坐坐” C.“如您同意，我们可在本周三下午在网点与您面谈” D.“你家门锁什么牌子的”。正确答案：C。"),
    ("QA-EMAIL", "email", "", "主题：关于“社区张贴欠款告示”投诉的调查结论\n经查，投诉人所述楼道张贴物与我司无关。我司已向属地派出所报案，并书面告知投诉人：我司不会以任何方式公开其个人信息。"),
    ("QA-NOTICE", "notice", "", "风险提示：“替我们还钱，不然就住你家”“你儿子的学校我们知道”等话语涉嫌寻衅滋事，属于刑法打击的软暴力催收。各合作机构须自查自纠。"),
    # debtors' pastes of what they received, lawful
    ("PASTE-APP", "app", "", "（用户在投诉入口粘贴的短信原文）“{name}您好，外访专员拟于周四下午上门面谈，如不同意请回复，我们将改为电话沟通。”请问这是你们发的吗？"),
    ("PASTE-APP", "app", "", "用户上传截图文字：【鑫源】您好，您的账单已逾期，可申请分期还款，详情请致电客服。"),
    ("PASTE-EMAIL", "email", "", "投诉附件（短信原文）：您好，我们不会联系您的父母，请您本人在本周内回电协商。——我收到这条后还是被打了电话，请核实。"),
    ("PASTE-APP", "app", "", "我收到的原话是：“如您有困难，我们可以暂停催收一个月。”我想申请这个，怎么操作？"),
    ("PASTE-APP", "app", "", "客户留言：你们的人要是敢来我家，我就拿刀在门口等着，你们看着办！"),
    ("PASTE-APP", "app", "", "客户留言：我已经知道你们公司在哪了，明天我就去你们公司楼下拉横幅，说你们暴力催收。"),
    # more lawful twins: police, courts, arbitration and law firms as they really write, and warnings
    ("IMPERSON-SMS", "sms", "", "提醒：派出所不会因为网贷逾期到您家“传唤”。如收到此类短信，请拨打110核实，切勿转账。"),
    ("IMPERSON-CALL", "call", "", "坐席：您好，我是佳信资产的催收专员，不是法院工作人员。\n客户：那你们会不会去法院告我？\n坐席：委托方有可能起诉，但目前没有起诉，法院的文书只会由法院送达。您现在还可以协商。"),
    ("IMPERSON-SMS", "sms", "", "【华正资产】{name}您好，我司为受托催收机构，不会到您家中或您父母家中驻点。请于本周内回电协商。"),
    ("IMPERSON-SMS", "sms", "", "【防诈提醒】近期有人冒充“仲裁委员会”发送“裁决已生效、明日冻结账户”短信。真实仲裁需经申请、送达和审理，请通过仲裁委官网公布的电话核实。"),
    ("IMPERSON-CALL", "call", "", "坐席：您好，我是安和消费金融的客服。\n客户：你们是不是检察院的？有人打电话说我要被批捕。\n坐席：不是我们。普通借款逾期是民事纠纷，不会批捕，您遇到这类电话可以报警。"),
    ("IMPERSON-SMS", "sms", "", "【德衡资产】{name}您好，您的借款已逾期，请尽快联系我们协商还款，咨询电话0571-8826****。"),
    ("IMPERSON-SMS", "sms", "", "我是融信资产的专员小赵，不是派出所的。您的借款逾期属民事纠纷，请您放心，回电商量就行。"),
    ("IMPERSON-SMS", "sms", "", "【南川市中级人民法院】您的（2024）渝01执123号案件已终结本次执行程序。如有疑问请致电12368。"),
    ("IMPERSON-ASR", "call", "", "坐席：喂 您好 我是那个 呃 融信资产的 不是律师啊 就是跟您说一下 您那个借款的事 嗯 您现在方便吗"),
    ("IMPERSON-SMS", "sms", "", "我哋係安和消費金融委託嘅催收公司，唔係律師行。如果你有困難，可以打電話同我哋傾分期。"),
    ("IMPERSON-EMAIL", "email", "", "主题：律师函\n{name}：\n本所受安和消费金融委托，就您的借款逾期事宜致函。请您于本函送达之日起15日内与委托人联系协商还款；协商不成，委托人保留依法提起诉讼的权利。本所不会联系您的工作单位或家人。\n北京市某某律师事务所（盖章） 承办律师：周某 执业证号11101201*******"),
    ("IMPERSON-SMS", "sms", "", "【幸福街道办事处】提醒：辖区内有人张贴“欠款公示”，街道从未组织此类公示，如发现请拨打110或街道电话报告。"),
    ("IMPERSON-APP", "app", "", "【网络仲裁中心】防骗提示：本中心不通过短信催收，不会要求当事人向个人账户转账，亦无权拘留任何人。"),
    # more lawful consequences with their conditions
    ("LEGAL-SMS", "sms", "", "【融信资产】只有在法院判决生效、且您拒不履行时，法院才可能依法处置您的财产。现在您还可以协商分期。"),
    ("LEGAL-SMS", "sms", "", "您没有被通缉，也不会因为借款逾期被抓。高铁、飞机的限制只针对法院依法限制高消费的人员。"),
    ("LEGAL-SMS", "sms", "", "借款逾期只影响您本人征信，不会进入您子女的档案，也不影响他们考公务员。"),
    ("LEGAL-CALL", "call", "", "坐席：您这个情况不会被拘留的，普通欠款属于民事纠纷。\n客户：我就欠了六千块钱，能不能少还点？\n坐席：可以，我帮您申请减免违约金，一次还五千二就行。"),
    ("LEGAL-SMS", "sms", "", "如长期不还，我司可能起诉并申请执行。执行阶段由法院决定是否扣押车辆，我司不会私自拖车。"),
    ("LEGAL-SMS", "sms", "", "您好，您的借款逾期属于民事纠纷，不涉及刑事责任，请您放心与我们沟通。"),
    # more lawful texts on public shaming
    ("EXPOSE-SMS", "sms", "", "我们不会把您的任何信息张贴到您单位，也不会联系您的领导和同事。"),
    ("EXPOSE-SMS", "sms", "", "您好，请您放心，本司从未向您老家村委会或村民透露任何信息，也不会在村里张贴任何公告。"),
    ("EXPOSE-SMS", "sms", "", "您今晚十二点前方便回电吗？如不方便，明天上午也可以，我们等您的消息。"),
    ("EXPOSE-SMS", "sms", "", "您的店铺经营我们不会打扰，也不会在店门口做任何事。您有空回个电话就好。"),
    ("EXPOSE-SMS", "sms", "", "我们不会加入您单位的任何群聊，也不会向您的同事发送任何信息。请您放心。"),
    ("EXPOSE-APP", "app", "", "【闪贷】本平台不设任何“失信曝光台”，从不在微博、抖音等平台公开用户信息。"),
    # more lawful messages to third parties ("@")
    ("THIRD-SMS", "sms", "@", "吴先生您好，冒昧打扰，请问您能否转告陈浩先生回个电话？谢谢。"),
    ("THIRD-SMS", "sms", "@", "阿姨您好，我们有事需要联系您儿子本人，麻烦您让他方便时回电，这事与您无关，不需要您做任何事。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问刘建国先生在家吗？\n第三方：我是他邻居，这是我的电话，你打错了吧。\n坐席：抱歉，是我们登记的号码有误，我们马上更正，不会再打扰您。"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问是马丽吗？\n第三方：不是，她不在座位上，我是她同事。\n坐席：好的，那我改天再联系她本人，谢谢您。"),
    ("THIRD-EMAIL", "email", "@", "收件人：{employer}人力资源部\n您好，我司需联系贵司员工邓亮先生，其预留电话已停机。烦请转告其与我司客服联系，电话400-660-****。谢谢！"),
    ("THIRD-CALL", "call", "@", "坐席：您好，请问是郑军先生吗？\n第三方：我是他岳父，他不住这儿。你们再打来，我就找人去你们公司闹！\n坐席：很抱歉打扰您，我们会删除这个号码，不会再联系您。"),
    # more hardship and no borrowing
    ("ROLL-SMS", "sms", "", "请不要借高利贷还款。如您今天无法还款，我们可以把还款日延后两周。"),
    ("ROLL-SMS", "sms", "", "家里的首饰、物品您自己留着，不用变卖还款。我们按您的收入定分期金额。"),
    ("ROLL-SMS", "sms", "", "温馨提示：本平台不会向您推荐任何其他借款产品，谨防冒充我平台推送的“借款还款”链接。"),
    ("ROLL-SMS", "sms", "", "没钱也不用着急，先回个电话，我们一起看看怎么办。"),
    ("ROLL-SMS", "sms", "", "我们不会要求您押车或卖车还款，车辆的事您自己做主。还款可以选择分期。"),
    ("ROLL-SMS", "sms", "", "您父母的房子与您的借款无关，请不要让老人为此抵押房产。我们可以为您办理延期。"),
    ("ROLL-CALL", "call", "", "坐席：您信用卡也快刷满了，千万别去套现。\n客户：那怎么办？\n坐席：我帮您申请一个24期的分期，每个月还得少一点，您先稳住。"),
    ("ROLL-ASR", "call", "", "坐席：您别去找朋友借 也别借网贷 嗯 我们这边给您申请一个停催 一个月之后再说 好吧"),
    ("ROLL-APP", "app", "", "【还款助手】本期应还${amount}，还款日7月5日。点击App首页“还款”即可，官方不会发送任何借款链接。"),
    ("ROLL-SMS", "sms", "", "你好哈，摩托车是你吃饭的家伙，莫卖了。我们给你申请个分期，一个月还几百块钱。"),
    # more polite reminders
    ("INSULT-SMS", "sms", "", "我们理解每个家庭都有难处，请您和家人商量一下还款安排，有需要随时找我们。"),
    ("INSULT-SMS", "sms", "", "今晚我们不会再打扰您，明天上午十点再和您联系，确认还款安排。"),
    ("INSULT-APP", "app", "", "客服：您好，请问您是遇到什么困难了吗？如果方便的话，可以跟我说说，我们一起想办法。"),
)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WDF", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
