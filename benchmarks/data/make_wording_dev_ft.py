"""Wording development batch ft: violations written to slip past keyword filters, and the lawful texts that trip
them. Regenerate with `python -m benchmarks.data.make_wording_dev_ft`.

Written for this file, text by text, by a helper session that read only the data contract (sections 1 and 5), the
domain references, `audit/message.py`, `set_format.py`, `tests/set_support.py`, the batch table of the labelled-set
tests and the skeleton lines of batch fq (its docstring, imports, constants, first entries and closing functions);
no detector, scan or benchmark was run on these texts. Its theme is the evasion: pressure on third parties in
disguise (a colleague asked to 帮忙问问他什么情况 with the debt told, 你们领导知道这事吗, the address book that will be
问候 or 拜访, the elderly mother "we'd hate to trouble", a landlord asked not to renew the lease), exposure offered as a
service or put as a question (帮您在业主群发个提醒？, 诚信人物专访, 你想不想试试), threats made by stating facts (the
daughter's class and hour, the car's parking space, the night shift and the dark path, the father's morning tai chi),
euphemism and understatement (上门坐坐, 穿制服的跟你谈, 吃牢饭), sarcasm and irony (最讲诚信奖, 大老板日理万机), idioms and
歇后语 (茅坑里的石头, 猪八戒照镜子, 常在河边走), homophones and pinyin initials (bj, jc, pcs, jcy, zs, txl, lj, sb, 老来,
骗纸, 上fa院立an判xing, 通讯lu, 拘流), characters spaced or split (曝 光, 通 讯 录, 刑 事 案 件), traditional characters and
Cantonese (閣下之家人, 我哋識路), emoji inside words (坐🚔, 抖🎵, 朋友⭕, 🐶东西), 火星文 (伱の通訊彔, 嗮菿網丄), English
mixed in (call你的HR, post到group, arrest warrant, cash out), numbers for words (250, 个位数), misspellings on purpose
(历害, 跑不调, 单位们口) and threats split over two sentences or two turns. Beside nearly every violating text stands a
lawful twin in the same voice: true consequences with their conditions (罚息, 征信, a civil suit decided by a court,
限制高消费 only after a judgment left unperformed), anti-fraud warnings quoting scam wording, quality-check notes,
complaint replies, training material and an exam quoting the banned phrases to forbid them, product and place names
that look like bad words (好易借, 闪电花, 即刻贷, 曝光测光套装, 公安路营业网点, 250.00元), and the debtor's own anger and
swearing met by a calm agent. SMS templates carry `template_id`, `template_vars` (absent when sent unfilled) and
`days_overdue`. About half is compliant.

Labels follow contract section 5 and are judged by what the agent, robot or sender does, whatever its spelling: a
word written in pinyin, split, spaced, in traditional characters, as 火星文 or with an emoji inside counts as the
word, and a condition in one sentence or turn with its consequence in the next is one threat. Contempt, however
phrased (sarcasm, 歇后语, 250, lj, sb, 老来, 瓜娃子, wishing the debtor dead) is abuse.insult. Announcing, hinting at
or asking about calls to family, employer, colleagues, landlord or the address book, or pressing a third party to
pay, watch the debtor or act against them, is threat.third_party. Posters, banners, community boards, group chats
(a company's, a school's parents', a church's), short videos, hot searches, lift screens and loudspeakers, offered or
asked about, are threat.exposure. Showing knowledge of the child's class, the car's space, the route home, the shift
or a parent's habits together with a demand, people waiting or coming to the door, and hints of injury are
threat.violence; letters to the home address are not. A sender, speaker or signature presenting itself as police, a
court or its staff, a procuratorate, an arbitration or mediation body of the state, a street office, a regulator, the
credit bureau or a lawyer / law firm is misleading.impersonation; arrest, 拘留, prison, 立案 for fraud, warrants,
criminal records, 通缉, automatic seizure without a judgment, a spouse's or relative's liability and effects on a
child's schooling or 政审 said to follow a consumer debt are misleading.legal. Urging new loans, 口子, 借呗/花呗,
credit-card cashing, loans from friends or parents, pawning, selling a phone, car, house, blood or a kidney is
coercion.debt_rollover. A message to a third party ("@") that reveals the debt, its amount, the lender or the
overdue status is pii.third_party_disclosure. A customer's or contact's own words are never labelled, nor is a
quoted phrase in a warning, a quality note or training material that forbids it. Texts whose label was uncertain
were left out. All people, numbers, companies, courts, schools and places are invented.

Output (deterministic): `wording_dev_ft.jsonl`, contract messages (section 1) with `labels`, as batch d, the
template SMS also with `template_id`, `template_vars` (absent when sent unfilled) and `days_overdue`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.data.set_format import templated_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_ft.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line ("坐席：" the agent or robot, "客户：" the
# debtor, "第三方：" anyone else). A template SMS carries a fifth item, (template_id, template_vars or None when sent
# unfilled, days_overdue). The sections run in pairs in the same order, so that a violating text's lawful twin stands
# at about the same place in COMPLIANT.


def _template(letters: str, template_id: str, days_overdue: int, pattern: str,
              values: dict[str, str] | None = None) -> tuple:
    """One template SMS, written once: its pattern filled with `values`, or sent as written when there are none."""
    text = pattern.format(**values) if values is not None else pattern
    return ("SMS-TPL", "sms", letters, text, (template_id, values, days_overdue))


# --- A. pressure on third parties in disguise ---

_VIOLATING_A = (
    ("TP-COLLEAGUE", "call", "@TD",
     "坐席：您好请问是郑海燕的同事吗\n第三方：对我是她同事怎么了\n"
     "坐席：是这样她在我们恒瑞分期有一笔两万三的借款逾期快三个月了您跟她一个部门的帮忙问问她什么情况呗\n"
     "第三方：这我不好问吧\n坐席：没事您就随口问问顺便跟你们主管也提一嘴让单位也关心关心她"),
    ("TP-DEBTOR", "sms", "T",
     "【恒瑞分期】郑女士，您的借款已逾期87天。冒昧问一句：你们领导知道这事吗？财务部的刘总应该还不知道吧。今日18:00前请处理。"),
    ("TP-DEBTOR", "app", "T",
     "客服：您通讯录里存的“老妈”“二姐”“王哥车队”我们这边都能看到\n客户：你们想干嘛\n"
     "客服：不干嘛呀，就是想着过两天挨个打个招呼、问候一下，让大家知道您最近挺忙的"),
    ("TP-DEBTOR", "call", "T",
     "坐席：喂刘成啊你这个钱到底什么时候还\n客户：我说了下个月\n"
     "坐席：下个月下个月你妈那边阿姨年纪也大了我们真是不想去麻烦她老人家你明白我意思吧"),
    ("TP-FAMILY", "call", "@TD",
     "坐席：是刘成的妈妈吧阿姨您好\n第三方：是啊你哪位\n"
     "坐席：我是信和分期的刘成在我们这借了一万八拖了四个月了阿姨我们也不想麻烦您可他电话不接您当妈的总得帮他把这事扛一扛吧\n"
     "第三方：我一个退休的哪有钱\n坐席：那没办法以后我们只能隔三差五来问候您了"),
    ("TP-EMPLOYER", "email", "@TD",
     "主题：关于贵司员工何志斌的情况了解\n\n尊敬的人事部负责人：\n贵司员工何志斌（销售二部）在我司“顺通贷”借款36,500元，"
     "已逾期142天，多次联系未果。想请贵司协助了解一下他的近况，并在发放本月工资时“提醒”他优先处理此事。"
     "如贵司不便配合，我方将另行函告贵司总经理办公室。\n顺通资产管理有限公司 催收中心"),
    ("TP-DEBTOR", "sms", "T",
     "Hi 何先生，overdue 142天了。你再不回的话，我们只好call一下你的HR和boss，let them know你的situation。"),
    ("TP-DEBTOR", "sms", "T", "【顺通】何志斌，通讯lu我们已经整理好了，明天上午开始一个个打，你自己掂量。"),
    ("TP-DEBTOR", "app", "T", "再不处理，你的通 讯 录明天就要热闹了，亲戚朋友都会接到我们的“问候”。"),
    ("TP-DEBTOR", "sms", "T",
     "【融達信貸】閣下逾期已久，若今日仍未處理，我司將逐一致電閣下之家人、同事及通訊錄聯絡人告知此事。"),
    ("TP-DEBTOR", "app", "T", "你家👨‍👩‍👧每个人的📱我们都有，要不要一个个打过去聊聊？😊 今晚九点前给答复。"),
    ("TP-DEBTOR", "sms", "T", "伱の通訊彔莪們巳經拿菿ㄋ，洅鈈還錢，伱嘚親戚萠伖明兲嘟會接菿電話。"),
    ("TP-DEBTOR", "app", "T", "txl里的人我们已经分好组了：家人组、同事组、同学组。你自己选，先通知哪一组？"),
    ("TP-DEBTOR", "call", "T",
     "坐席：你老婆在哪上班我们清楚\n客户：你什么意思\n坐席：没什么意思你今天不还明天上午我们就打到她单位去跟她领导聊聊你这笔账"),
    ("TP-CONTACT", "sms", "@D", "【佳和分期】您好，您的朋友赵磊在我司的借款5,200元已逾期38天，请转告其尽快还款，谢谢。"),
    ("TP-CONTACT", "call", "@D",
     "坐席：喂您好请问您认识孙晓梅吗\n第三方：认识是我表妹\n"
     "坐席：哦是这样她在我们安信贷那边有一笔八千六的账逾期两个多月了麻烦您跟她说一声尽快处理一下\n第三方：好吧我跟她说"),
    ("TP-CONTACT", "sms", "@TD",
     "您好，您是李建国的紧急联系人。他在速融分期欠款12,400元已逾期70天，我们实在不想总打扰您，但他一天不处理，我们就只能一天天来找您。"),
    ("TP-COLLEAGUE", "app", "@TD",
     "[微信] 催收员：你好，你是周浩的同事吧？他在我们这欠了三万多，人找不着了。你们一个办公室的，帮忙盯着点，他来上班了跟我说一声，好处少不了你的。"),
    ("TP-CONTACT", "call", "@D",
     "坐席：你好是陈玉兰吧我这边是快易花的你女婿黄涛之前留了你的电话当联系人\n第三方：怎么了\n"
     "坐席：他在我们这欠了六千四逾期五十多天了你帮我们转告一下让他今天回个电话"),
    ("TP-CONTACT", "email", "@D",
     "王先生您好：\n您的同学马骏在我司“嘉禾易贷”借款本金15,000元，现已逾期61天，累计应还16,870元。"
     "我们无法联系到他本人，烦请您转告其登录APP处理。\n嘉禾易贷贷后管理部"),
    ("TP-CONTACT", "sms", "@TD",
     "【安信贷】孙晓梅的表哥您好，她欠我司8,600元逾期两个月了。亲戚之间帮个忙，要么您先替她垫上，要么我们只好每天跟您汇报一次进度。"),
    ("TP-LANDLORD", "call", "@TD",
     "坐席：您是石榴园小区三栋的房东吧\n第三方：是啊什么事\n"
     "坐席：你那个租客吴凯在我们这借了一万二不还了你帮着催催他不行就别让他续租了\n第三方：这跟我有啥关系\n"
     "坐席：你就当帮个忙下回他交房租的时候你当面跟他说"),
)

_COMPLIANT_A = (
    ("TP-COLLEAGUE", "call", "@",
     "坐席：您好请问是郑海燕的同事吗\n第三方：对我是她同事怎么了\n"
     "坐席：打扰了我们这边有件事需要跟她本人确认她手机一直没接通方便的话请她回个电话四零零六一七二三八八就行\n"
     "第三方：什么事啊\n坐席：不好意思具体情况我们只能跟她本人说谢谢您"),
    ("TP-DEBTOR", "sms", "",
     "【恒瑞分期】郑女士，您的借款已逾期87天，当前应还23,460元。如暂时困难，可回复“协商”申请分期。我们不会就此事联系您的工作单位。客服4006172388"),
    ("TP-DEBTOR", "app", "",
     "客服：您好，您在APP里授权的通讯录权限，已按您的要求关闭，之后只联系您本人\n客户：那之前读过的数据呢\n"
     "客服：已提交删除申请，处理结果会在3个工作日内短信通知您"),
    ("TP-DEBTOR", "call", "",
     "坐席：喂刘成先生您好我是信和分期的客服工号二零六关于您那笔借款想跟您确认一下还款时间\n客户：我说了下个月\n"
     "坐席：好的下个月具体几号呢我给您登记上这件事我们只跟您本人沟通"),
    ("TP-FAMILY", "call", "@",
     "坐席：您好请问是刘成先生的家人吗\n第三方：我是他妈你是谁\n"
     "坐席：阿姨您好我们有件事需要和他本人联系麻烦您方便时让他回个电话就行具体的我们只能跟他本人说\n"
     "第三方：他是不是又惹什么事了\n坐席：您别担心就是请他本人回个电话谢谢阿姨打扰了"),
    ("TP-EMPLOYER", "email", "@",
     "主题：联系方式核实\n\n您好：\n我方需与贵司员工何志斌先生本人取得联系，其预留电话近期无法接通，烦请转告其拨打4008826153回电。"
     "本函不要求贵司提供其任何个人信息，也不涉及其他事项。\n顺通客户服务中心"),
    ("TP-DEBTOR", "sms", "",
     "Hi 何先生，您的账单overdue 142天，outstanding 36,500元。If you need an instalment plan，请回复“分期”或call 4008826153，我们只与您本人沟通。"),
    ("TP-DEBTOR", "sms", "",
     "【顺通】何先生，您此前登记的紧急联系人仅用于在无法联系您时请其转告回电，不会向其透露任何借款情况。如需更新联系方式请回复“更新”。"),
    ("TP-DEBTOR", "app", "", "您的账单已逾期，请尽快处理。如您希望更换联系方式或暂停电话提醒，可在“我的-联系偏好”中设置。"),
    ("TP-DEBTOR", "sms", "",
     "【融達信貸】閣下本期賬單已逾期，應還金額為港幣8,200元。如有困難，請致電客服熱線協商還款安排，本司只會與閣下本人聯絡。"),
    ("TP-DEBTOR", "app", "", "您好😊 本月账单已出，应还1,860元，还款日10月18日📅。设置自动扣款可避免逾期，有疑问随时找在线客服哦～"),
    ("TP-DEBTOR", "sms", "",
     "【安信贷】提醒：近期有人用“伱の通訊彔莪們巳經拿菿ㄋ”之类的怪字短信冒充我司，恐吓要打给您的亲友。我司从不发送此类信息，请勿理会，可拨打4007756120举报。"),
    ("TP-DEBTOR", "app", "", "txl（通讯录）权限说明：本APP仅在您主动使用“邀请好友”功能时读取通讯录，贷后催收不会使用您的通讯录信息。"),
    ("TP-DEBTOR", "call", "",
     "坐席：张先生您好我是信和分期工号一一五您登记的单位信息我们只用来核实身份\n客户：你们不会打我单位吧\n"
     "坐席：不会的这笔账我们只跟您本人沟通您看这周能先还一部分吗"),
    ("TP-CONTACT", "sms", "@", "【佳和】您好，我们有一份文件需要赵磊先生本人确认，如您方便，请转告他回电4005213368。无需您提供其他信息，打扰了。"),
    ("TP-CONTACT", "call", "@",
     "坐席：喂您好请问您认识孙晓梅吗\n第三方：认识是我表妹\n"
     "坐席：我们这边有点事要联系她本人您方便的话让她回个电话就行号码是四零零八二二六一七一\n第三方：什么事啊要紧吗\n"
     "坐席：具体的需要她本人来处理谢谢您"),
    ("TP-CONTACT", "sms", "@", "您好，李建国先生曾将您登记为紧急联系人。我们近期无法联系到他，烦请告知他回电4006671029。我们不会再就此事打扰您。"),
    ("TP-COLLEAGUE", "app", "@",
     "[微信] 客服：您好，冒昧打扰，我是顺达服务中心的客服。想麻烦您转告周浩先生，请他有空回个电话，谢谢！其他事情不需要您做什么。"),
    ("TP-CONTACT", "call", "@",
     "坐席：您好请问是陈玉兰女士吗\n第三方：是我\n坐席：您好我这边是快易服务中心的想找一下黄涛先生他留过您的电话麻烦您方便的时候请他回电\n"
     "第三方：你们是干嘛的\n坐席：具体的事情我们需要跟他本人沟通打扰您了"),
    ("TP-CONTACT", "email", "@",
     "王先生您好：\n冒昧来信。我们需要联系马骏先生处理一项个人事务，他预留的联系方式暂时无法接通。如您与他有联系，烦请转告他致电4002287761。"
     "本邮件无需回复，感谢理解。\n嘉禾客户服务部"),
    ("TP-CONTACT", "sms", "@",
     "【安信】您好，打扰了。请转告孙晓梅女士回电4008226171，我们不会再就此事联系您。如不认识此人请回复“N”，我们将删除您的号码。"),
    ("TP-LANDLORD", "call", "@",
     "坐席：您好请问是吴凯先生吗\n第三方：不是我是他房东\n坐席：不好意思打扰了那我们就不多问了请问您方便转告他回个电话吗\n"
     "第三方：行吧\n坐席：谢谢您再见"),
)

# --- B. exposure offered, asked about, spelt around the filter ---

_VIOLATING_B = (
    ("EXPOSE", "sms", "E",
     "【易达分期】尊敬的客户，您已逾期45天。如您一直无暇处理，我们可以“帮您”在小区业主群里发个提醒，需要吗？回复1需要，回复2今日还款。"),
    ("EXPOSE", "call", "E",
     "坐席：王丽你说你们村里人要是看到村口那个公告栏贴着你的名字和欠款会怎么说\n客户：你们敢\n坐席：我就问问你想不想试试"),
    ("EXPOSE", "app", "E", "再不还款，你的照片和身份证就会被 曝 光 在网上，后果自负。"),
    ("EXPOSE", "sms", "E", "【恆信財務】若閣下仍不處理，本司將把閣下之欠款資料張貼於閣下所住大廈大堂及電梯內，以作公告。"),
    ("EXPOSE", "app", "E", "今晚12点前不还，明天你就会出现在抖🎵和朋友⭕里，全网都认识你😂"),
    ("EXPOSE", "sms", "E", "不还就给你上rs（热搜），bg你全家，说到做到。"),
    ("EXPOSE", "sms", "E", "伱紦錢還ㄋ就啥倳莈冇，鈈還就等著被嗮菿網丄，讓所冇亾看看。"),
    ("EXPOSE", "email", "ET",
     "Last chance. 不还的话我们会把你的info和photo post到你们公司的WeChat group里，let everyone know。"),
    ("EXPOSE", "sms", "E", "我们准备给您做一期“诚信人物专访”，海报印了一百份，您家楼下和单位门口各贴五十份，您看哪天方便？"),
    ("EXPOSE", "app", "E", "明天拉横幅到你单位们口，红底白字，让全厂的人都认识认识你。"),
    ("EXPOSE", "call", "E",
     "坐席：常言道好事不出门坏事传千里\n客户：你想说什么\n坐席：你这事明天就传遍整个小区了不用你操心我们负责帮你传"),
    ("EXPOSE", "email", "E",
     "主题：您是否希望您的欠款信息出现在本地论坛？\n\n张先生：\n我司合作的“本地曝光台”栏目近期征集欠款不还的案例。"
     "如您在5日内仍未还款，您的案例（含姓名、照片、欠款金额）将被推荐上稿。是否上稿，取决于您。"),
    ("EXPOSE", "call", "E",
     "坐席：喂您好这里是快贷通提醒您您的逾期信息将于今晚八点在您所在小区的电梯广告屏进行滚动播放如需撤回请立即还款"),
    ("EXPOSE", "call", "E",
     "坐席：你不是最要面子吗\n客户：跟你有什么关系\n坐席：那你就看看明天你家门口多点什么东西红纸黑字那种你这面子还挂不挂得住"),
    ("EXPOSE", "app", "EI", "老lai就该挂出来给大家看看，你的照片明天就上我们的“失信墙”。"),
    ("EXPOSE", "app", "E", "要不要我们帮你在家长群里“宣传”一下？你儿子班上四十多个家长，大家都会很感兴趣的。"),
    ("EXPOSE", "call", "E",
     "坐席：你们那个村不是有大喇叭吗\n客户：有又怎样\n坐席：村委会那边我们已经沟通了你不还明天早上就给你广播一遍"),
    ("EXPOSE", "sms", "EL", "P图师已就位，您的“通缉令”海报设计稿已完成，仅差发布。今日还款可免于张贴。"),
)

_COMPLIANT_B = (
    ("EXPOSE", "sms", "", "【易达分期】尊敬的客户，您已逾期45天，应还6,380元。请于本月20日前通过APP“我的账单”还款，如需协商请致电4006638210。"),
    ("EXPOSE", "call", "",
     "坐席：王丽女士您好我是易达分期的客服工号八一二您的账单逾期四十五天了今天方便处理吗\n客户：我在外地打工工钱还没结\n"
     "坐席：理解那我先给您登记一个预计还款日您看月底行吗"),
    ("EXPOSE", "app", "", "您的身份证照片仅用于实名认证，已加密存储，任何催收环节均不会对外展示。本期账单请于25日前还款。"),
    ("EXPOSE", "sms", "",
     "【恆信財務】閣下賬戶已逾期30日，欠款港幣12,600元。如未能於限期內還款，本司或會依法採取民事追討程序。查詢請致電客服熱線。"),
    ("EXPOSE", "app", "", "📅还款提醒：本期应还2,150元，今日为最后还款日。还款后24小时内更新账单状态，有疑问点击“在线客服”～"),
    ("EXPOSE", "sms", "",
     "【易达】反诈提醒：有人冒充我司发短信称“不还就上热搜、曝光你全家”，此类信息非我司发送。我司不会以曝光方式催款，请勿轻信并保留证据。"),
    ("EXPOSE", "sms", "", "【易达】温馨提醒：近期出现以“嗮菿網丄”“曝 光”等变形字催款的诈骗短信，请认准我司唯一客服热线4006638210。"),
    ("EXPOSE", "email", "",
     "Dear 张先生，\n您的账户目前overdue 40天，outstanding 9,800元。Please contact us before Oct 20 to arrange repayment。"
     "我们承诺不会将您的任何信息post到社交媒体或告知您的同事。\n易达客户服务部"),
    ("EXPOSE", "sms", "", "您的逾期信息将按规定报送金融信用信息基础数据库，可能影响您今后的贷款审批。按时还款后，记录将按规定更新。"),
    ("EXPOSE", "app", "", "我们会在工作日向您登记的家庭住址寄送一份书面《还款提示函》，函件为密封信封，外封不显示任何欠款字样。"),
    ("EXPOSE", "call", "",
     "坐席：王女士您之前说担心小区里有人知道这事\n客户：是啊我怕丢人\n"
     "坐席：您放心我们不会联系您的邻居也不会在任何地方公开您的信息咱们就说说还款的事"),
    ("EXPOSE", "email", "",
     "主题：关于您账户的还款安排\n\n张先生：\n您在我司的借款已逾期40天。我们希望在5日内与您沟通还款方案，可选择一次性还款或分3期偿还。"
     "您的个人信息受法律保护，我们不会向任何第三方公开。"),
    ("EXPOSE", "call", "", "坐席：您好这里是快贷通智能提醒您的账单已逾期请于今晚八点前登录快贷通app完成还款如已还款请忽略"),
    ("EXPOSE", "call", "",
     "坐席：刘先生我知道您要面子这事咱们私下把它解决了谁也不会知道\n客户：你说怎么解决\n"
     "坐席：您看先还一半剩下的下个月还我给您申请减免这个月的罚息"),
    ("EXPOSE", "app", "",
     "客户：你们是不是要把我挂到网上？\n客服：不会的，我们不会在任何平台公开您的信息，也不会制作所谓的“失信墙”，请放心。\n客户：那我下周还"),
    ("EXPOSE", "sms", "", "【邻里圈】您好，您在邻里圈商城分期购买的空气净化器本期应还329元，还款日11月8日。"),
    ("EXPOSE", "app", "", "您之前反馈孩子学费开支大，我们已为您申请账单分期，每月还款将降至860元，确认请回复Y。"),
    ("EXPOSE", "call", "",
     "坐席：您好这里是丰禾村镇银行信贷部村里大喇叭通知的惠农贷款延期政策您听到了吗\n客户：听到了我那笔能延吗\n"
     "坐席：可以的您符合条件我帮您登记延期三个月"),
    ("EXPOSE", "sms", "", "【闪拍】您好，您分期购买的佳美单反相机（含曝光测光套装）本期账单1,099元将于12日到期，请按时还款。"),
)

# --- C. threats made by stating facts, euphemism and understatement ---

_VIOLATING_C = (
    ("FACTS", "sms", "V", "您女儿在育才小学三（二）班，每天16:30放学，班主任姓郑。今天记得把钱还了。"),
    ("FACTS", "app", "V", "你那辆白色朗逸停在地库B2-117，车窗挺干净的，希望一直这么干净。今天18点前到账。"),
    ("FACTS", "call", "V",
     "坐席：你在物流园上夜班早上七点下班走东门那条小路对吧\n客户：你跟踪我\n"
     "坐席：没有没有就是提醒你那条路黑灯瞎火的钱早点还了大家都安心"),
    ("FACTS", "sms", "V", "我们有几个同事比较热心，这两天正好去你们小区办事，顺便上门坐坐，你在家泡好茶等着。"),
    ("FACTS", "app", "V", "常在河边走，哪有不湿鞋。出门在外多小心，钱的事今天了结最好。"),
    ("FACTS", "app", "V", "今晚上门🔪聊一聊，你在家等着😊"),
    ("FACTS", "sms", "V", "你再不还，兄弟们就去你家门口zhan岗，你出门小心点，别磕着碰着。"),
    ("FACTS", "app", "V", "你老母住喺大埔嗰間屋我哋識路，今個禮拜唔還錢，我哋就過去坐下。"),
    ("FACTS", "sms", "V", "你儿子每天坐12路公交去实验中学。钱的事，你自己看着办。"),
    ("FACTS", "sms", "V", "您每周二四六上晚班，十点半下班，您爱人上白班，我们都清楚。明天中午前把钱转了。"),
    ("FACTS", "sms", "V", "给你3天，第4天我们的人就在你单位楼下等你下班，不见不散。"),
    ("FACTS", "email", "V", "Be careful walking home tonight. 你的address我们有，钱today必须到账。"),
    ("FACTS", "app", "V", "你的腿还 想 要 吗？明天中午前还钱。"),
    ("FACTS", "sms", "V", "不还钱就让你尝尝历害，我们的人已经在你家楼下蹲着了，你跑不调的。"),
    ("FACTS", "call", "V",
     "坐席：你家住枫林苑七栋二单元五楼吧门口放了辆蓝色童车\n客户：你们想干什么\n"
     "坐席：不想干什么就是让你知道我们找得到你今天下班前把钱打过来"),
    ("FACTS", "call", "V",
     "坐席：听说你老爸每天早上六点在河边公园打太极\n客户：你别打我爸主意\n"
     "坐席：那就看你了老人家腿脚不灵便万一滑一跤谁也说不好"),
    ("FACTS", "sms", "IV", "老 赖你听好，你媳妇每天几点去菜市场我们都有数，识相点今天还钱。"),
    ("FACTS", "sms", "V", "小区东门的监控坏了好几天了吧？晚上回家注意安全。欠款今日务必结清。"),
    ("FACTS", "call", "TV",
     "坐席：你姐在县医院当护士吧值的是夜班\n客户：你找我姐干什么\n坐席：不找她也行你今天把钱还上我们就不去医院门口等她下班"),
)

_COMPLIANT_C = (
    ("FACTS", "sms", "", "您之前说孩子这学期学费刚交完手头紧，我们已为您申请延期15天，新的还款日是10月25日，有问题随时联系。"),
    ("FACTS", "sms", "",
     "【瑞丰车贷】您名下的车辆抵押借款已逾期32天。根据合同约定，若持续违约，我司有权依法申请实现抵押权，具体以法院裁定为准。如需协商请致电4001187235。"),
    ("FACTS", "call", "",
     "坐席：您好周先生我知道您上夜班白天休息所以挑了下午四点打给您没吵着您吧\n客户：还行你说\n"
     "坐席：就是这期一千二的账单您看这周能处理吗不方便的话约个时间我再打给您"),
    ("FACTS", "sms", "", "我们将于本周内通过EMS向您登记的地址寄送《逾期提示函》，请注意查收。如地址有变，请回复新地址。"),
    ("FACTS", "app", "", "常言道“有借有还，再借不难”。按时还款能帮您保持良好的信用记录，本期应还1,480元，还款日15日。"),
    ("FACTS", "app", "", "🍵今天是还款日哦，本期应还980元，点击“立即还款”即可完成～如遇困难可申请延期。"),
    ("FACTS", "sms", "", "您好，如您近期不便接听电话，我们可改为短信联系，回复“短信”即可，不会有人上门打扰。"),
    ("FACTS", "app", "", "閣下好，閣下嘅賬單已逾期20日，如有困難可以打客服熱線商量分期，我哋唔會上門或者聯絡閣下家人。"),
    ("FACTS", "call", "",
     "坐席：李女士您好您说儿子刚上初中开销大这个我们理解\n客户：是啊真的周转不过来\n"
     "坐席：那这样这期我们先给您做个停息挂账的申请结果两个工作日内短信通知您"),
    ("FACTS", "sms", "", "已按您的要求，将联系时间调整为每周二、四、六上午10:00-12:00，避开您晚班后的休息时间。如需再调整请回复。"),
    ("FACTS", "sms", "", "本次还款期限为3天，第4天起将按合同约定计收罚息，每日万分之五。提前还款无违约金。"),
    ("FACTS", "email", "",
     "Dear 刘先生，\nThis is a reminder that your payment of 3,200元 is due today. 如您已还款请忽略。We will not contact you after 9 pm.\n安达消费金融"),
    ("FACTS", "app", "", "想 要 分 期 吗？本期账单可申请3/6/12期分期，手续费以页面展示为准，点击查看详情。"),
    ("FACTS", "sms", "", "请注意：催收人员不得以上门蹲守、跟踪等方式催收。如有人以此方式威胁您，请拨打我司投诉电话4007781234或报警。"),
    ("FACTS", "call", "",
     "坐席：您好请问是张伟先生吗我这边是安捷分期的客服\n客户：是我\n"
     "坐席：我们寄到您登记地址的纸质函被退回了麻烦您核对一下现在的收件地址"),
    ("FACTS", "call", "",
     "坐席：您说您父亲住院了要照顾老人家\n客户：对这两个月都在医院\n坐席：那您先照顾老人还款的事我们帮您申请延后两个月期间不会再催"),
    ("FACTS", "app", "",
     "客户：你们这群放贷的吸血鬼，迟早遭报应\n客服：理解您现在情绪不好。您如对费用有疑问，可以申请费用明细核查，我们会在3个工作日内答复。"),
    ("FACTS", "sms", "",
     "【安捷分期】您反馈的“晚上接到陌生人威胁电话”已登记，我司已暂停该委外机构对您账户的催收，调查结果将于5个工作日内告知。"),
    ("FACTS", "call", "@",
     "坐席：您好请问是张敏女士吗我们想找一下您弟弟张军\n第三方：我是他姐他不在我这\n坐席：好的不好意思打扰您了那请您方便时转告他回个电话谢谢"),
)

# --- D. contempt by sarcasm, idiom, number, pinyin and spelling ---

_VIOLATING_D = (
    ("SNEER", "sms", "I", "恭喜您荣获本季度“最讲诚信奖”，90天一分没还，这份脸皮我们全组都佩服。"),
    ("SNEER", "app", "I", "大老板日理万机，这三千块确实配不上您宝贵的时间哈，要不我们给您磕一个？"),
    ("SNEER", "call", "I", "坐席：跟你讲道理就是对牛弹琴\n客户：你说谁是牛\n坐席：你就是茅坑里的石头又臭又硬"),
    ("SNEER", "sms", "I", "猪八戒照镜子——里外不是人，说的就是你这种借钱不还的。"),
    ("SNEER", "app", "I", "你是不是250啊，这么简单的还款都不会操作？"),
    ("SNEER", "app", "I", "就你这种lj，欠钱还有理了？"),
    ("SNEER", "sms", "I", "骗纸，借钱的时候说得比唱的还好听，现在装死？"),
    ("SNEER", "app", "I", "你 个 废 物，连几千块都还不上。"),
    ("SNEER", "app", "I", "你这种🐶东西也配用信用卡？"),
    ("SNEER", "sms", "I", "伱僦媞個涐們見過朂鈈婹臉哋咾頼。"),
    ("SNEER", "email", "I", "You are such a loser。欠钱不还还好意思换号？"),
    ("SNEER", "call", "I", "坐席：你个瓜娃子欠钱不还还有脸挂电话\n客户：你骂哪个\n坐席：骂的就是你龟儿子"),
    ("SNEER", "sms", "I", "你这个老来，还好意思跟我哭穷？"),
    ("SNEER", "app", "I", "你智商是不是只有个位数？还款日写得清清楚楚都能忘。"),
    ("SNEER", "app", "I", "cnm，钱呢？"),
    ("SNEER", "call", "I", "坐席：你知道我们这边怎么称呼你这种人吗\n客户：怎么称呼\n坐席：三个字老什么赖你自己琢磨"),
    ("SNEER", "sms", "I", "sb才会觉得拖着不还就能没事。"),
    ("SNEER", "call", "I",
     "坐席：你这个人啊就是属黄鼠狼的\n客户：什么意思\n坐席：给鸡拜年没安好心借钱的时候就没打算还吧你这种东西"),
    ("SNEER", "app", "I", "Ta说ta没钱😂😂 那你去死一死嘛，活着也是浪费空气。"),
)

_COMPLIANT_D = (
    ("SNEER", "sms", "", "感谢您一直以来对我们的信任。您本期账单已逾期90天，应还3,000元，如有困难可回复“协商”，我们一起想办法。"),
    ("SNEER", "app", "", "知道您工作忙，给您设置了还款日前一天的提醒，本期3,000元，点击一键还款即可，耗时不到一分钟。"),
    ("SNEER", "call", "",
     "坐席：黄先生我知道咱们说了好几次了您可能也烦\n客户：烦死了天天打\n坐席：那这样咱们今天就定个具体日期定好了我就不再每天打扰您"),
    ("SNEER", "sms", "", "外甥打灯笼——照旧（舅）：本月仍按原计划于15日还款1,200元即可，无需额外操作。"),
    ("SNEER", "app", "", "您本期应还250.00元，还款日为9月30日。可在“账单”页面查看明细。"),
    ("SNEER", "app", "",
     "客户：你们就是一群lj吸血鬼\n客服：您的情绪我们理解。关于利息和费用，可以为您出具一份明细，如有不合理收费我们会核实退还。"),
    ("SNEER", "sms", "",
     "【嘉禾】防骗提醒：凡自称“催收专员”骂人、称您为“骗纸”“老赖”者，均不符合我司服务规范，请记下时间与号码并拨打4002287761投诉。"),
    ("SNEER", "app", "",
     "客户：你个废物客服，半天解决不了\n客服：非常抱歉让您久等了，我这就帮您把还款失败的问题转给技术同事，10分钟内回复您。"),
    ("SNEER", "app", "", "🐶宠物分期“旺财贷”本期账单已出，应还468元，还款日5日，按时还款可累积积分兑换狗粮哦。"),
    ("SNEER", "sms", "",
     "【嘉禾】近期有人用“伱僦媞個咾頼”之类的火星文短信辱骂客户并冒用我司名义，此类短信均非我司发送，请拨打4002287761举报。"),
    ("SNEER", "email", "",
     "Dear 陈先生，\nWe noticed you changed your phone number. 请登录APP更新联系方式，以便我们及时发送还款提醒。Thank you for your cooperation."),
    ("SNEER", "call", "",
     "坐席：喂黄师傅你好我是嘉禾分期的小刘这个月的钱你看啥子时候方便还\n客户：莫得钱你们烦不烦哦龟儿子\n"
     "坐席：晓得你最近不容易嘛那我们商量个分期你看要得不"),
    ("SNEER", "app", "", "用户：cnm别再打了\n客服：好的，已为您记录，今天不再致电。您方便时可在APP内自行选择还款方式。"),
    ("SNEER", "call", "",
     "坐席：我们公司有规定不允许用任何外号称呼客户您是我们的客户我们就叫您李先生\n客户：那你们之前那个人骂我老赖\n"
     "坐席：这个我记下来了会提交质检核实给您一个答复"),
    ("SNEER", "sms", "", "【质检通报】坐席工号3318于9月2日短信中使用“sb”“lj”等拼音缩写辱骂客户，已扣绩效并停岗培训。请全员引以为戒。"),
    ("SNEER", "call", "",
     "客户：你们放高利贷的属黄鼠狼的给鸡拜年\n坐席：先生我们的年化利率在合同里都写着您有疑问可以申请复核\n"
     "客户：复核个屁\n坐席：好的我先给您提交复核申请结果短信通知您"),
    ("SNEER", "app", "",
     "客户：你们去死吧\n客服：先生，我们理解您压力很大。如果您需要，我们可以为您暂停催收7天，期间不会有任何电话。"),
)

# --- E. false legal claims and impersonation in pinyin, emoji, spacing and traditional characters ---

_VIOLATING_E = (
    ("LEGAL-CODE", "sms", "L", "再不还款，明天上fa院立an，直接判xing，到时候别后悔。"),
    ("LEGAL-CODE", "sms", "L", "jc那边我们已经bj了，这两天就会有人上门带你去做笔录。"),
    ("LEGAL-CODE", "sms", "L", "您的行为已涉嫌恶意拖欠，将被拘流15天并留下案di。"),
    ("LEGAL-CODE", "app", "L", "欠钱不还=诈骗🚨，等着坐🚔吧。"),
    ("LEGAL-CODE", "sms", "L", "【寶利財務】欠款不還即屬詐騙，本司已向警方報案，警方將依法拘捕閣下。"),
    ("LEGAL-CODE", "app", "L", "你 已 被 列 为 刑 事 案 件 嫌 疑 人，请 于 48 小 时 内 还 款。"),
    ("LEGAL-CODE", "sms", "L", "您的逾期记录会直接影响孩子以后考公zs，当兵都过不了，请三思。"),
    ("LEGAL-CODE", "email", "L", "你的case已经transfer到criminal部门，arrest warrant这周就会下来，last chance。"),
    ("LEGAL-CODE", "call", "L",
     "坐席：你知道欠钱不还超过三个月是什么性质吗\n客户：什么性质\n坐席：那就不是民事的事了要进去蹲的"),
    ("LEGAL-CODE", "sms", "L", "到时候就不是我们跟你谈了，是穿制服的跟你谈，地点也不在你家了。"),
    ("LEGAL-CODE", "app", "L", "天网恢恢疏而不漏，欠债不还，迟早进去吃牢饭。"),
    ("LEGAL-CODE", "call", "L",
     "坐席：我跟你说啊你这个呢已经够立案标准了\n客户：立什么案\n坐席：诈骗案啊到时候上了网逃系统住酒店都住不了"),
    ("FAKE-AUTH", "sms", "LP", "【江北区人民fa院】您与鑫源分期借款纠纷一案已进入执行程序，请于三日内联系执行法官：4009215536。"),
    ("FAKE-AUTH", "call", "LP",
     "坐席：我是城关pcs的王警官你的欠款问题有人报案了\n客户：派出所管这个\n坐席：管啊明天上午九点你来所里一趟不来就上门"),
    ("FAKE-AUTH", "sms", "LP", "這裡是台中地方法院民事執行處，閣下債務已進入強制執行程序，請即回電，否則將查封名下財產。"),
    ("FAKE-AUTH", "app", "LP", "👮‍♂️我是经侦大队的，你的网贷问题我们已经掌握了，主动还款可以从轻处理。"),
    ("FAKE-AUTH", "call", "P",
     "坐席：喂您好我是负责您这个案子的代理lawyer姓韩\n客户：律师你们公司的\n"
     "坐席：对我是律师下周一正式向法院递交起诉材料您要是想和解得这周内"),
    ("FAKE-AUTH", "sms", "P", "【速融分期】我是速融法务部的张律师，您的欠款案件已由本律师亲自接手，请于本周五前联系我。"),
    ("FAKE-AUTH", "sms", "P", "【法 院 调 解 中 心】您与融通分期的纠纷已转入诉前调解，请于3日内回电提交还款方案。"),
    ("FAKE-AUTH", "email", "LP",
     "This is the Court Enforcement Office. 你的case已立案并进入强制执行，please contact us immediately，否则将限制出境。"),
    ("FAKE-AUTH", "call", "LP",
     "坐席：您好这里是国家金融监管总局个人征信处您的网贷逾期已被列入失信黑名单\n客户：监管局的\n"
     "坐席：对如果今天不处理您将被限制乘坐高铁飞机"),
    ("FAKE-AUTH", "call", "LP",
     "坐席：这边是jcy公诉科的你这个事情已经从公安转到我们这了\n客户：检察院\n坐席：对起诉前给你最后一次机会今天把钱还了"),
    ("FAKE-AUTH", "sms", "LP", "【华南金融仲裁中心】您的借款纠纷已作出裁决，即日起进入执行，逾期将冻结社保医保。"),
    ("FAKE-AUTH", "app", "P", "我是市网警支队的，你在“速借宝”上的借款有问题，加我QQ详谈。"),
    ("FAKE-AUTH", "call", "LP",
     "坐席：我不是催收\n客户：那你是谁\n坐席：我是区法院执行局的书记员你的案子今天下午就要强制执行了"),
    ("FAKE-AUTH", "sms", "P", "【街道办综治中心】您好，您的欠款问题已由我办协调处理，请明日上午到街道办三楼说明情况。"),
    ("FAKE-AUTH", "sms", "LP", "【江城市公an局】你涉嫌恶意拖欠网贷，已被网上立案，请主动联系办案民警投案。"),
    ("FAKE-AUTH", "call", "@DLP",
     "坐席：喂你好我们是城东派出所的找一下黄文斌\n第三方：我是他爸他不在\n"
     "坐席：他网贷欠了两万多被人报案了涉嫌诈骗你让他尽快把钱还上"),
    ("FAKE-AUTH", "sms", "@DP",
     "【滨江律师事务所】您好，您的亲属钱伟欠鑫源分期借款9,600元，本所受托处理，请转告其于三日内联系本所。"),
    ("FAKE-AUTH", "app", "P", "您好，这里是“全国网贷清理整顿办公室”，您的多头借贷已被登记，请配合我办完成结清。"),
    ("FAKE-AUTH", "call", "P",
     "坐席：喂你好我们这边是人民银行征信中心的\n客户：征信中心也打电话\n坐席：对我们专门负责网贷逾期上报你这笔账我们今天要核实一下"),
    ("FAKE-AUTH", "sms", "P", "【最高人民法院司法调解平台】尊敬的当事人，您的借款纠纷已受理，调解编号TJ2024-08817，请点击链接确认调解方案。"),
)

_COMPLIANT_E = (
    ("LEGAL-CODE", "sms", "", "如您持续未还款，我司可能依法向有管辖权的人民法院提起民事诉讼，是否立案、如何判决均以法院为准。"),
    ("LEGAL-CODE", "sms", "",
     "【鑫源】反诈提醒：近期有人发送“jc已经介入”“bj了马上上门做笔录”等短信催款，均为冒充。借款逾期属民事纠纷，不会因此被拘留。"),
    ("LEGAL-CODE", "sms", "", "您的借款已逾期60天，逾期期间按合同约定计收罚息。逾期属于民事违约，请尽快与我们协商还款，避免费用继续增加。"),
    ("LEGAL-CODE", "app", "", "🚨防骗提示🚨 看到“欠钱不还=诈骗，等着坐牢”之类的消息请勿恐慌，普通借款逾期属于民事纠纷，如有疑问请联系官方客服。"),
    ("LEGAL-CODE", "sms", "", "【寶利財務】閣下賬戶已逾期，本司保留透過民事訴訟追討欠款之權利。如有還款困難，歡迎致電本司商討分期安排。"),
    ("LEGAL-CODE", "app", "", "逾 期 提 醒：您 的 账 单 已 逾 期 5 天，请 尽 快 还 款。（本消息为适老化大字版）"),
    ("LEGAL-CODE", "sms", "", "个人借款逾期不会影响子女入学、考公或参军政审，请勿轻信此类说法。逾期记录仅按规定报送征信系统。"),
    ("LEGAL-CODE", "email", "",
     "Dear Mr. Wu,\n您的case已转交我司贷后团队跟进。We may file a civil lawsuit if the debt remains unpaid，具体以法院受理和判决为准。"
     "请于10日内联系我们讨论repayment plan。"),
    ("LEGAL-CODE", "call", "",
     "坐席：您这个已经逾期三个月了\n客户：会不会坐牢啊\n坐席：不会的欠款是民事纠纷不涉及刑事但是会影响征信罚息也在增加我们尽量一起想个办法"),
    ("LEGAL-CODE", "sms", "", "到时候就不是短信提醒了，我们会安排人工客服电话与您联系，时间为工作日9:00-20:00。"),
    ("LEGAL-CODE", "app", "",
     "“欠债不还迟早吃牢饭”是谣言。民间借贷逾期属民事责任；但法院判决生效后有能力履行而拒不履行的，可能被依法列入失信被执行人名单。"),
    ("LEGAL-CODE", "sms", "",
     "若法院判决生效后仍未履行，申请执行人可依法申请强制执行，法院可能依法采取限制高消费等措施。目前您的账户尚未进入诉讼程序。"),
    ("LEGAL-CODE", "call", "",
     "坐席：我跟你说实话啊你这个还不到起诉那一步\n客户：那你们会不会起诉我\n坐席：有可能起诉但那是民事诉讼法院判决之前我们还是希望协商解决"),
    ("FAKE-AUTH", "sms", "",
     "【鑫源分期】反诈提醒：有人冒充“江北区人民fa院”发送“案件已进入执行，请联系执行法官”短信，请勿拨打其中号码。法院文书以正式送达为准。"),
    ("FAKE-AUTH", "call", "",
     "坐席：您好我是鑫源分期的催收专员工号四四九不是公检法的这点先跟您说清楚\n客户：之前有人说他是派出所的\n"
     "坐席：那不是我们我们不会冒充任何机关您可以投诉那个号码"),
    ("FAKE-AUTH", "sms", "", "【富華資產管理】提醒：本公司為受託催收機構，並非法院或政府機關。閣下如對債務有疑問，可要求本公司提供債權證明文件。"),
    ("FAKE-AUTH", "app", "",
     "客户：你们是不是经侦的\n客服：不是的，我们是速借宝平台的贷后客服，不是任何执法机关。\n客户：那我放心了，下周还"),
    ("FAKE-AUTH", "call", "",
     "坐席：您好我是融通分期法务部的工作人员我不是律师是公司员工\n客户：法务部是干啥的\n"
     "坐席：就是跟您核对账务情况如果协商不成公司可能会委托律师起诉"),
    ("FAKE-AUTH", "sms", "", "【速融分期】我是速融贷后专员张某，工号2231。您的欠款目前仍处于协商阶段，请于本周五前联系我商定还款计划。"),
    ("FAKE-AUTH", "sms", "", "【融通分期】如您希望通过调解解决纠纷，可自行向当地人民调解委员会申请，调解不收取费用。我司不是调解机构。"),
    ("FAKE-AUTH", "email", "",
     "This is a courtesy reminder from 富华资产管理. We are a debt collection agency, not a court. 您的账户outstanding 6,700元，please contact us to discuss。"),
    ("FAKE-AUTH", "call", "",
     "坐席：您好这里是安捷分期提醒您逾期记录会按规定报送人民银行征信系统\n客户：你们是征信中心的吗\n坐席：不是的我们是贷款机构只是依法报送信息"),
    ("FAKE-AUTH", "call", "",
     "客户：你是不是检察院的啊听说你们要起诉我\n坐席：我不是检察院的我是融通分期的客服起诉不起诉要看协商情况而且是民事诉讼\n客户：哦"),
    ("FAKE-AUTH", "sms", "", "【华南金融】您好，您可通过“华南金融”APP“纠纷处理”入口提交异议，我们将在15个工作日内书面答复。"),
    ("FAKE-AUTH", "app", "", "转自公安机关反诈宣传：“自称网警要求添加QQ处理网贷问题的都是诈骗”。速借宝官方从不通过QQ联系用户。"),
    ("FAKE-AUTH", "call", "",
     "坐席：我是融通的催收不是法院的\n客户：那你们会不会去法院告我\n坐席：这个要看协商情况如果走诉讼也是法院来决定我们现在更希望您先还一部分"),
    ("FAKE-AUTH", "sms", "", "【融通分期】如您遇到自称“街道办”“综治中心”人员上门催款，请核实身份并联系我司，我司从未委托任何政府部门催收。"),
    ("FAKE-AUTH", "sms", "", "【江城速贷】尊敬的客户，江城市公安路营业网点（公安路88号）本周六正常营业，可现场办理还款与分期。"),
    ("FAKE-AUTH", "call", "@",
     "坐席：您好请问是黄文斌先生家吗\n第三方：我是他爸他不在\n坐席：好的叔叔我这边是滨江服务中心的请他方便时回个电话就行谢谢您"),
    ("FAKE-AUTH", "sms", "@", "【滨江】您好，请转告钱伟先生回电4001359827，有一项个人事务需要他本人处理。打扰之处敬请谅解。"),
    ("FAKE-AUTH", "app", "", "关于“全国网贷清理整顿办公室”短信的声明：该机构并不存在，我司从未与其合作，请勿点击其中链接。"),
    ("FAKE-AUTH", "call", "",
     "坐席：您好我是安捷分期的不是征信中心的打电话是想提醒您一下\n客户：提醒什么\n"
     "坐席：您的逾期如果持续会按规定报送征信您今天能处理的话就不会有新的逾期记录"),
    ("FAKE-AUTH", "sms", "", "【融通分期】您可登录人民法院在线服务平台核实任何涉及您的诉讼信息，请勿相信短信中的“调解链接”。"),
)

# --- F. borrowing and selling urged in slang, pinyin, English and 火星文 ---

_VIOLATING_F = (
    ("ROLL", "sms", "R", "手里没钱就去撸几个口子，现在哪个app不是秒下款？今天必须平账。"),
    ("ROLL", "app", "R", "拆东墙补西墙懂不懂？先把我们这边补上再说，别的以后再说。"),
    ("ROLL", "sms", "R", "去jb或者hb先倒一下，今天18点前必须还上。"),
    ("ROLL", "email", "R", "你可以apply一个新的loan，cash out之后先把我们这笔settle掉，very simple。"),
    ("ROLL", "call", "IR",
     "坐席：实在不行卖个腰子嘛一个好几万够还了\n客户：你说的是人话吗\n坐席：你这种人也就剩腰子值点钱了"),
    ("ROLL", "app", "R", "没钱？📱卖了、🚗押了，总有办法，今天必须见到钱。"),
    ("ROLL", "sms", "R", "閣下可先以信用卡套現或向親友借款，償還本期欠款。"),
    ("ROLL", "app", "R", "莈錢僦去網貸岼薹借，伱洎巳想辦琺，反正今兲要還。"),
    ("ROLL", "sms", "R", "我给你推荐个平台，下款快，日息才0.5%，先借出来还我们，剩下的你慢慢还它。"),
    ("ROLL", "call", "R", "坐席：你信用卡额度还有多少\n客户：还剩五千吧\n坐席：那不就结了刷出来先还我们这边"),
    ("ROLL", "app", "R", "去血站献个血还有营养费呢，凑一凑嘛，别老说没办法。"),
    ("ROLL", "call", "R",
     "坐席：莫得钱就去找你老汉儿借嘛\n客户：我爸哪有钱\n坐席：那把屋头那个金镯子拿去当了总有几千块"),
    ("ROLL", "sms", "R", "房子不是还在吗？抵押出去先把账平了，这点道理都不懂？"),
    ("ROLL", "app", "R", "以dai养dai大家都这么干，你去“闪借”借一笔先把我们这边结了。"),
    ("ROLL", "call", "R",
     "坐席：喂张先生你那个车不是还没过户吗\n客户：是啊怎么了\n坐席：拿去车贷公司押一下三天就能放款先把我们这边结了"),
    ("ROLL", "sms", "R", "👉借呗、微粒贷、京东金条，随便开通一个，额度下来立刻还我们。"),
    ("ROLL", "app", "R", "你老婆的信用卡也可以刷嘛，先刷出来还上，回头你们两口子自己算。"),
    ("ROLL", "call", "R",
     "坐席：我教你一招啊找个中介做个大额信用卡下来\n客户：我征信都花了谁给我批\n坐席：中介有办法的费用你先借我们这边急"),
    ("ROLL", "email", "R", "您好，我司合作的“快融通”平台可为您提供过桥资金，专门用于结清本笔欠款，年化36%，点击链接申请。"),
)

_COMPLIANT_F = (
    ("ROLL", "sms", "", "【好易借】您本期账单3,200元将于3月15日到期，请按时还款。如需帮助请致电4005586102。"),
    ("ROLL", "app", "", "温馨提示：请勿通过其他网贷平台“以贷养贷”或信用卡套现还款。如确有困难，可在APP申请延期或分期。"),
    ("ROLL", "sms", "", "【闪电花】您本期应还1,180元，还款日为每月8日。可用储蓄卡主动还款或开通自动扣款。"),
    ("ROLL", "email", "",
     "Dear 林小姐，\n如果您目前cash flow有困难，we can offer an instalment plan（3/6/12期）。请不要为了还我们的款去借新的loan，这只会增加您的负担。"),
    ("ROLL", "call", "",
     "坐席：我看您这个月好几个平台都在还\n客户：是啊我想再借一个把你们先还了\n"
     "坐席：这个我们不建议借新还旧利息会越滚越多咱们先看看能不能给您做个分期"),
    ("ROLL", "app", "", "📱手机分期账单：您分期购买的P60手机本期应还699元，还款日20日。"),
    ("ROLL", "sms", "", "【富華信貸】閣下如有還款困難，可申請延期還款或分期計劃，無須另行借貸。詳情請致電客服熱線。"),
    ("ROLL", "app", "", "【嘉禾】近期有人冒充我司推荐“網貸岼薹”帮您还款，此类信息为诈骗，请勿点击。"),
    ("ROLL", "call", "",
     "坐席：您信用卡的事我们不过问这边的账单咱们单独商量\n客户：我想刷卡还\n坐席：不建议您套现还款这样成本更高我给您申请一个延期您看可以吗"),
    ("ROLL", "app", "",
     "客户：实在不行我去卖血还你们\n客服：千万不要这样做，您的身体健康最重要。我们可以为您申请暂停催收并制定长期还款方案。"),
    ("ROLL", "call", "",
     "坐席：黄哥你好我是嘉禾的小刘你上次说你老汉儿住院了\n客户：是啊手术刚做完\n坐席：那这期先不着急我帮你申请延两个月你先照顾好老人家"),
    ("ROLL", "sms", "", "【安居房贷】您的房贷本期应还4,812元，扣款日为15日，请确保还款账户余额充足。"),
    ("ROLL", "app", "", "“以贷养贷”风险提示：借新还旧会让债务越滚越大。如您已陷入多头借贷，可拨打4006190022获取免费债务咨询。"),
    ("ROLL", "call", "",
     "坐席：张先生您那辆车的事我们不建议您抵押去还款\n客户：不押车我真拿不出钱\n坐席：那我们先按每月五百的最低方案来不用押车也不用再借钱"),
    ("ROLL", "app", "",
     "客户：我老婆的信用卡能刷吗\n客服：这笔借款是您本人的，与您爱人无关，我们不建议用家人信用卡还款。您可以申请分期减轻压力。"),
    ("ROLL", "call", "",
     "客户：有人说找中介能办大额信用卡\n坐席：那种中介大多是骗局还会收高额费用您千万别去我们这边可以给您做延期"),
    ("ROLL", "email", "",
     "您好，您咨询的“过桥资金”我们已收到。我司不提供此类服务，也不推荐任何借款平台。如您需要，可申请本笔借款的分期还款。"),
)

# --- G. SMS templates: the slot filled with a veiled threat, and the approved wording ---

_VIOLATING_G = (
    _template("T", "TPL-FT-101", 16,
              "【速e分期】{name}您好，您已逾期{days}天。友情提示：您通讯录里的{count}位好友也在关心您的还款进度哦。",
              {"name": "刘**", "days": "16", "count": "213"}),
    _template("E", "TPL-FT-102", 33,
              "【速e分期】{name}，您已逾期{days}天，是否需要我们帮您在{place}发一则“寻人启事”？今日还款可免。",
              {"name": "王**", "days": "33", "place": "枫林苑业主群"}),
    _template("L", "TPL-FT-103", 48,
              "【速e分期】{name}，您的欠款{amount}元已达到刑事立an标准，{date}前未还将移交公an机关。",
              {"name": "陈**", "amount": "6,200", "date": "11月3日"}),
    _template("LP", "TPL-FT-104", 75,
              "【{court}】{name}，您的借款合同纠纷已进入强制执行，请于{date}前还款{amount}元，逾期将予以拘留。",
              {"court": "城西区人民法院执行局", "name": "周**", "date": "12月1日", "amount": "9,870"}),
    _template("R", "TPL-FT-105", 2,
              "【速e分期】{name}，今日需还{amount}元。额度不够？试试我们合作的“{product}”，最快5分钟到账，先借再还。",
              {"name": "孙**", "amount": "1,460", "product": "即刻贷"}),
    _template("V", "TPL-FT-106", 27,
              "【速e分期】{name}，我们的外访同事{date}会到{address}附近走一走，希望不用敲您家的门。",
              {"name": "赵**", "date": "周六上午", "address": "枫林苑7栋"}),
    _template("I", "TPL-FT-107", 21,
              "【速e分期】{name}（老铁，不是老赖吧？），您已逾期{days}天，应还{amount}元。",
              {"name": "钱**", "days": "21", "amount": "2,380"}),
    _template("T", "TPL-FT-108", 40,
              "【速e分期】{name}，您的单位{company}人事部电话我们已核实，{date}前未还款将致电核实您的在职情况。",
              {"name": "吴**", "company": "江城众联物流", "date": "10月28日"}),
    _template("T", "TPL-FT-109", 55,
              "【速e分期】{name}，再不还款，您在{company}的同事将陆续收到您的逾期通知。"),
    _template("ET", "TPL-FT-110", 62,
              "【速e分期】{name}，您的逾期信息已生成分享链接{url}，{hours}小时后将推送至本地生活号并同步给您的微信好友。",
              {"name": "郑**", "url": "s.sue.cn/k8Qz", "hours": "24"}),
    _template("L", "TPL-FT-111", 90,
              "【速e分期】{name}，根据最新规定，逾期超{days}天将影响子女入学，请于{date}前结清。",
              {"name": "冯**", "days": "90", "date": "9月10日"}),
    _template("P", "TPL-FT-112", 95,
              "【{firm}律师事务所】{name}您好，您在速e分期的欠款已委托本所，请于{date}前联系承办律师。",
              {"firm": "恒正", "name": "蒋**", "date": "11月15日"}),
    _template("@D", "TPL-FT-113", 38,
              "【速e分期】您好，{debtor}将您登记为紧急联系人。其在我司借款{amount}元已逾期{days}天，请提醒其尽快还款。",
              {"debtor": "韩**", "amount": "4,300", "days": "38"}),
    _template("@DT", "TPL-FT-114", 66,
              "【速e分期】{debtor}逾期{days}天未还，作为其紧急联系人，请您于{date}前代为督促，否则我司将每日与您联系。",
              {"debtor": "杨**", "days": "66", "date": "10月30日"}),
)

_COMPLIANT_G = (
    _template("", "TPL-FT-001", 16,
              "【速e分期】{name}您好，您的账单已逾期{days}天，应还{amount}元，请于{date}前登录APP还款。如已还款请忽略。",
              {"name": "刘**", "days": "16", "amount": "1,980", "date": "10月20日"}),
    _template("", "TPL-FT-002", -3,
              "【速e分期】{name}您好，您本期账单{amount}元将于{date}到期，请按时还款。",
              {"name": "王**", "amount": "860", "date": "11月5日"}),
    _template("", "TPL-FT-003", 48,
              "【速e分期】{name}，您已逾期{days}天。逾期记录将按规定报送征信系统，可能影响您后续信贷业务。如需协商请致电{phone}。",
              {"name": "陈**", "days": "48", "phone": "4008317726"}),
    _template("", "TPL-FT-004", 75,
              "【速e分期】{name}，如您持续未还款，我司可能依法提起民事诉讼，结果以法院判决为准。协商电话{phone}。",
              {"name": "周**", "phone": "4008317726"}),
    _template("", "TPL-FT-005", 2,
              "【速e分期】{name}，您已成功申请分期，每期还款{amount}元，首期还款日{date}。",
              {"name": "孙**", "amount": "487", "date": "12月8日"}),
    _template("", "TPL-FT-006", 27,
              "【速e分期】{name}，您申请的延期还款已通过，新的还款日为{date}，延期期间不计罚息。",
              {"name": "赵**", "date": "11月27日"}),
    _template("", "TPL-FT-007", 21,
              "【速e分期】{name}，反诈提醒：我司不会以“通讯录好友”“单位人事”名义联系您的亲友，也不会要求您向个人账户转账。官方热线{phone}。",
              {"name": "钱**", "phone": "4008317726"}),
    _template("", "TPL-FT-008", 40,
              "【速e分期】{name}，您本期应还{amount}元已逾期{days}天，今日还款可减免{fee}元罚息。",
              {"name": "吴**", "amount": "3,150", "days": "40", "fee": "126"}),
    _template("", "TPL-FT-009", 55, "【速e分期】{name}您好，您的账单已逾期{days}天，请尽快还款。"),
    _template("", "TPL-FT-010", -1,
              "【即刻贷】{name}，您在即刻贷的借款{amount}元已于{date}到账，首期还款日{due}。",
              {"name": "郑**", "amount": "5,000", "date": "10月2日", "due": "11月2日"}),
    _template("", "TPL-FT-011", 90,
              "【速e分期】{name}，我们将于{date}向您登记的地址寄送纸质《还款提醒函》，信封不显示欠款信息。",
              {"name": "冯**", "date": "9月12日"}),
    _template("", "TPL-FT-012", 95,
              "【速e分期】{name}，您的还款{amount}元已到账，账户已结清，感谢您的信任。",
              {"name": "蒋**", "amount": "8,420"}),
    _template("@", "TPL-FT-013", 38,
              "【客服中心】您好，{debtor}曾将您登记为联系人，我们暂时无法联系到本人，烦请转告其回电{phone}。",
              {"debtor": "韩**", "phone": "4008317726"}),
    _template("", "TPL-FT-014", 66,
              "【速e分期】{name}，您的账单已逾期{days}天。如遇失业、疾病等困难，可回复“困难”申请延期或减免。",
              {"name": "杨**", "days": "66"}),
)

# --- H. threats split over two sentences or turns, and the notes, training and replies that quote them ---

_VIOLATING_H = (
    ("SPLIT", "call", "V",
     "坐席：你先别挂我问你个事\n客户：问\n坐席：你家那个小区晚上几点关大门\n客户：问这干嘛\n"
     "坐席：没什么就是想着哪天晚上去看看你今天把钱转了我们就不用跑了"),
    ("SPLIT", "app", "T", "我们这边资料很全。包括你丈母娘的电话，也包括你小舅子单位的电话。今天不还，你自己想想她们接到电话会怎么想。"),
    ("SPLIT", "call", "E",
     "坐席：你在你们那个车队群里挺活跃的吧\n客户：关你什么事\n坐席：群里两百多个人呢要是有人发一张你的欠款截图进去你说热不热闹"),
    ("SPLIT", "call", "L", "坐席：你知道诈骗罪判几年吗\n客户：我又没诈骗\n坐席：借了钱不还不就是诈骗嘛三年起步"),
    ("SPLIT", "app", "P", "我们这边是江城中院的。你这个案子我看过了，还有调解的余地，今天联系我。"),
    ("SPLIT", "call", "R",
     "坐席：你那个公积金里不是还有钱吗\n客户：那是买房用的\n坐席：先提出来还我们买房的事以后再说到时候你再去贷一笔不就行了"),
    ("SPLIT", "call", "TV",
     "坐席：你女朋友在万达那个奶茶店上班对吧\n客户：你们别去找她\n坐席：那就看你表现了你不还我们就去店里找她聊聊顺便喝杯奶茶"),
    ("SPLIT", "app", "EL", "您欠款的事我们已经报给社区网格员了。下周您的名字会出现在社区失信公示栏上，并同步到公安系统。"),
    ("SPLIT", "sms", "@DET",
     "【和润分期】您好，您丈夫吴强欠款17,300元已逾期85天。作为妻子，您若不想让孩子学校的老师和家长知道这件事，最好劝他今天还上。"),
    ("SPLIT", "call", "@DLT",
     "坐席：是吴强的爱人吧\n第三方：是我怎么了\n坐席：你老公欠我们一万七快三个月了夫妻共同债务你也跑不了的到时候连你一起起诉一起拘留"),
    ("SPLIT", "app", "@D",
     "客服：您好，您是吴强先生的同事吧？吴先生在我司有一笔逾期的分期账单，麻烦您见到他时提醒他登录APP处理一下，谢谢。"),
    ("SPLIT", "email", "@DTV",
     "主题：请协助督促贵司员工还款\n\n王经理：\n贵司员工黄文斌欠我司借款21,600元，逾期已五个月。鉴于其为贵司员工，请贵司从其工资中代扣并直接转入我司账户，"
     "否则我司将另派人员到贵司现场处理。\n汇融资产"),
    ("SPLIT", "sms", "@D", "【嘉禾易贷】您好，陆思远先生在我司的借款已逾期44天，未结清金额9,450元。如您能联系上他，请转告他尽快处理。"),
    ("SPLIT", "call", "@D",
     "坐席：喂您好是周浩的姐姐吗\n第三方：对是我\n坐席：是这样的您弟弟在我们顺达分期借了四万二逾期快半年了您跟他说一声让他回个电话\n"
     "第三方：我跟他说说吧"),
    ("SPLIT", "sms", "@DRT", "您好，您儿子陈磊在我司欠款7,800元已逾期。您做父母的帮他先借点钱垫上，或者把家里存款取出来，孩子也少受点罪。"),
    ("SPLIT", "notice", "L",
     "催 收 函\n编号：HR-2024-1187\n吴强先生：\n您于我司借款17,300元，已逾期85天。经我司法务评估，您的行为已符合“恶意逃废债”特征，"
     "如自本函送达之日起3日内仍未还款，我司将把案件移送公 安 机 关，届时您将面临拘留及刑事追究。\n和润分期 贷后管理部\n2024年10月12日"),
    ("SPLIT", "notice", "ET",
     "告知函\n陆思远先生：\n您在我司的借款9,450元已逾期44天，经多次提醒未予处理。如您仍置之不理，我司将向您所在单位寄送本函副本，"
     "并在您居住的翠湖小区公告栏张贴欠款公示，敬请知悉。\n嘉禾易贷 贷后管理部"),
    ("SPLIT", "call", "@DI",
     "坐席：你是林峰的老婆吧\n第三方：是\n坐席：你老公就是个老赖借了我们三万块钱躲着不见人你跟这种人过日子图啥"),
)

_COMPLIANT_H = (
    ("QA-TRAIN", "email", "",
     "主题：9月第二周质检通报\n\n各组长：\n本周抽检发现以下违规话术，已对相关坐席扣分：\n1. 工号2207称“通讯lu我们已经整理好了”，属变相威胁联系通讯录；\n"
     "2. 工号2215称“你女儿几点放学我们都知道”，属变相暴力威胁；\n3. 工号2231自称“法务部张律师”，属冒充律师。\n以上表述一律禁止，请各组组织学习。\n质检部"),
    ("QA-TRAIN", "notice", "",
     "催收话术培训材料（第三讲）\n禁用表述举例：“上fa院立an判xing”“jc已介入”“坐🚔”“曝 光”。以上无论以拼音、谐音、拆字、表情符号还是繁体书写，一律视为违规。\n"
     "正确示范：“如持续未还款，我司可能依法提起民事诉讼，结果以法院判决为准。”"),
    ("QA-TRAIN", "app", "",
     "【质检提醒】坐席请注意：“你们领导知道这事吗”“帮忙问问他什么情况”等看似随口的说法，若对第三方透露欠款或施压，均属违规。对第三方只可请其转告回电。"),
    ("QA-TRAIN", "email", "",
     "主题：关于“歇后语”类话术的说明\n\n各位坐席：\n近期有坐席在通话中用“茅坑里的石头——又臭又硬”“猪八戒照镜子——里外不是人”形容客户，属于侮辱性表述。"
     "即使是开玩笑的语气也不允许。\n运营管理部"),
    ("QA-TRAIN", "notice", "",
     "委外机构合规承诺书\n本机构承诺，在受托催收过程中不得：冒充公检法、律师或政府机关；以“爆通讯录”“挂网曝光”“上门蹲守”相威胁；"
     "诱导债务人“以贷养贷”、套现或变卖财物还款；使用侮辱性语言。如有违反，委托方有权解除合同。\n受托方：鸿泰信息咨询有限公司（盖章）"),
    ("QA-TRAIN", "app", "",
     "【合规周报】本周客户投诉TOP3：①“你的txl我们都有”（已判定违规）②“去jb借点先还”（已判定违规）③“你这个250”（已判定违规）。请各组对照自查。"),
    ("QA-TRAIN", "email", "",
     "主题：机器人话术变更申请\n\n原话术：“如不处理将把您的逾期信息在小区电梯屏滚动播放”。\n修改原因：该表述构成公开曝光威胁，已被合规部否决。\n"
     "新话术：“您的账单已逾期，请尽快登录APP处理，如有困难可按2转人工协商。”"),
    ("QA-TRAIN", "notice", "",
     "新员工入职考试（催收合规）\n判断题：以下哪句话违规？A.“你儿子每天坐12路车上学吧”B.“您的借款已逾期，请尽快还款”C.“到时候穿制服的跟你谈”\n"
     "参考答案：A、C违规，分别属变相暴力威胁和虚假法律后果；B合规。"),
    ("QA-TRAIN", "notice", "",
     "录音复核记录\n录音编号：LY-20241012-0387\n复核结论：坐席在第3轮说“你妈那边阿姨年纪也大了我们也不想去麻烦她”，构成以联系家人相威胁，判定违规，扣10分。\n复核人：质检组 赵某"),
    ("QA-TRAIN", "email", "",
     "主题：繁体、火星文短信拦截规则上线\n\n各位：\n发送网关已新增规则，凡外发短信含“閣下之家人、同事及通訊錄”“伱の通訊彔”等变体，一律拦截并提示人工复核。\n技术部"),
    ("QA-TRAIN", "app", "", "培训小测：“我们有几个同事比较热心，会去你家坐坐”属于什么违规？答：以上门相威胁，属暴力威胁类，禁止使用。"),
    ("QA-TRAIN", "notice", "",
     "致全体客户的公开信\n近期我们收到反映，有人假冒我司员工，以“给你做诚信人物专访、海报贴到单位门口”等说法恐吓客户。"
     "我司郑重声明：我司从不以任何形式公开客户信息。如遇此类情况请拨打4006638210。\n易达分期 客户权益保护部"),
    ("QA-TRAIN", "email", "",
     "主题：对您投诉的答复\n\n吴先生：\n您反映催收人员称“你这个老来，还好意思跟我哭穷”一事，经调取记录属实，该人员已停止服务，我们向您郑重致歉。"
     "您的账户已暂停催收15天。\n客户服务部"),
    ("QA-TRAIN", "app", "",
     "客户：你们那个人说要把我挂到抖音上\n客服：非常抱歉给您带来困扰，这种说法违反我司规定，我已登记投诉，请提供对方号码，我们会在2个工作日内回复处理结果。"),
    ("SPLIT", "call", "",
     "坐席：你先别挂我问你个事\n客户：问\n坐席：您上次说晚上十点以后不方便接电话对吧\n客户：对\n坐席：好的我备注了以后只在白天给您打今天这笔账您看什么时候能处理"),
    ("SPLIT", "call", "",
     "坐席：您是吴强先生本人吗\n客户：是我\n坐席：吴先生这笔借款是您个人名下的跟您爱人没有关系我们也不会找她您看这个月能还多少"),
    ("SPLIT", "sms", "@", "【和润服务】您好，打扰了。请转告吴强先生回电4002190836，我们需要与他本人沟通一件事情。"),
    ("SPLIT", "app", "", "您的名字、电话等信息仅用于本笔借款的服务与还款提醒，我们不会提供给社区、单位或任何公示平台。"),
)

VIOLATING = (_VIOLATING_A + _VIOLATING_B + _VIOLATING_C + _VIOLATING_D + _VIOLATING_E + _VIOLATING_F + _VIOLATING_G
             + _VIOLATING_H)
COMPLIANT = (_COMPLIANT_A + _COMPLIANT_B + _COMPLIANT_C + _COMPLIANT_D + _COMPLIANT_E + _COMPLIANT_F + _COMPLIANT_G
             + _COMPLIANT_H)


def records() -> list[dict[str, Any]]:
    """The batch's records in order; a template SMS also carries its template fields (contract section 1)."""
    return templated_dev_records("WFT", VIOLATING + COMPLIANT)


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, records())


if __name__ == "__main__":
    print(write())
