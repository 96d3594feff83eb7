"""Writes `pipl_dev23.jsonl`: a PIPL training batch weighted to `pii.excessive` (relatives, partners, in-laws,
colleagues, landlords and roommates named every way or given by number; the debtor's full name with a home address
or employer beyond need; lists and spreadsheets of debtors and contacts forwarded between agencies) and to
`pii.sensitive` (health and treatment, pregnancy, disability, religion, biometrics and face photos, a minor's school
or routine, whereabouts at a time, daily routine, accounts and balances beyond need, detention, sexual life), mostly
put without textbook words, each beside lawful near-misses in the same voice; a third of the batch is lawful.

Written by hand by a helper who read the data contract (sections 1, 4a, 5), the shared references, `set_format`, the
`record` helper of `make_pipl_dev2` and the format lines of `make_pipl_dev22`, and no rule, recognizer, model,
training data or other set's entries before the batch was committed.

Voices: lenders' SMS templates with 【】 signatures, ASR calls with spaced words and numbers read aloud (幺, 一…九,
零), WeChat/QQ chats and group chats, e-mails with 主题 lines, letters to employers, schools, property managers,
street offices and village committees, case-transfer e-mails, work orders and partner group chats between agencies,
complaint replies; in Cantonese, Hokkien, Sichuanese, north-eastern and Shanghainese speech and in traditional
characters. Families by the id's first letter: x excessive, s sensitive, t third-party disclosure, u unmasked
identifiers (plain, grouped by spaces or hyphens, full-width, read aloud in 幺 or 一, in transfer lists), n lawful (a
letter's addressee or service line, the agent's own name, job number and office address, a court's public address,
guarantors and co-borrowers told of their own liability or its release, hardship policies naming illness, pregnancy
or disability in general, the debtor's own words about himself answered without repeating them beyond a general
word, relatives mentioned without a name, a contact asked only for a call-back, masked identifiers, contract and
order numbers, transfers that keep the data in the system).

Decisions, by contract section 5 and as `make_pipl_dev22` states them: a relative, partner, ex-partner, in-law,
colleague, superior, roommate, landlord, business partner or minor relative named to anyone (full name, given name,
nickname, 老X, an English name), given by number or by workplace is `pii.excessive`; so is the debtor's full name
with a home address or employer unless a letter needs it (an addressee or service line), but not a debtor's own name
to his own contact. A person's
illness, treatment, pregnancy, disability, faith, biometric data or face video, a minor's school, class or routine,
where someone is or goes at a given time, a daily routine, balances, incoming pay and other debts the message does not
need, detention or imprisonment, and sexual life are `pii.sensitive` when the collector says them; the debtor's own
words are not. A third party told the debt, or the debtor's sensitive data, is `pii.third_party_disclosure`; a
transfer that names debtors with their debts in the body, a list or an attachment is a disclosure and, for the
contacts, names and addresses it carries, excessive; one that refers to the system is lawful. A guarantor or
co-borrower told of his own liability is lawful. A full identifier in the text is `pii.unmasked_identifier` whoever
it belongs to, the collector's own mobile included. Every identifier is invented and passes
`set_format.check_identifier`.

First run, after the batch was committed and before any rule was changed on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev23.jsonl --no-weibo`, 306 messages, 100 lawful, on d93a0bc in the shared tree, where others
had uncommitted edits to `lexicons/wording/context/lawful.yml`, `lexicons/wording/rollover.yml` and
`training/released_sets.py`): `pii.excessive` P 0.939 R 0.721 F1 0.816, `pii.sensitive` P 0.945 R 0.986 F1 0.965,
`pii.third_party_disclosure` P 0.868 R 0.920 F1 0.893, `pii.unmasked_identifier` P 1.000 R 0.909 F1 0.952, `pii.*`
micro P 0.935 R 0.868 F1 0.900; entities: structured ids P 1.000 R 0.980 (ID card R 0.933, mobile, landline and bank
card 1.000/1.000), PERSON P 0.991 R 0.546, ADDRESS P 0.875 R 0.933. Missed excessive (24): a daughter-in-law and a
brother-in-law by given name or nickname, an elder brother in Cantonese, a company's admin 李姐, a co-tenant named in
full, a cousin in a QQ group, a best friend's nickname, a flatmate with a landlord, a son in Hokkien, a roommate,
three room-mates in a list, a former manager, a colleague at a hospital, a mother-in-law's and a sister-in-law's
numbers read aloud or typed, a wife's number from the phone book, a wife's ID read aloud, a contact's number in an
SMS, relatives given by workplace without names, a son-in-law's colleague to his mother-in-law, a child named to
his teacher, and the names in three agency lists and spreadsheets; flagged: a detention call, an affair, a property office asked
to post a notice, a wife asked to pay. Missed sensitive (1): an affair's hotel records; flagged: a wife's daytime
absence, a brother-in-law not knowing where the debtor is, an employer in a call, relatives by workplace. Missed
disclosure (4): a brother and his wife named to a relative, a son's heart surgery told to his mother, a landlord told
the tenant's evenings, a villager told of a detention; flagged: an SMS to a contact naming the debtor's mother, a
letter to a property office, and four of the five lawful transfer e-mails and work orders that keep the data in the
system and a reply refusing an employer's request. Missed unmasked (4): collectors' own mobiles (after 手机, read aloud in
幺, after 手提電話) and an aunt's landline in an e-mail. No text or label was changed after the run.

Must never be used as a held-out set: it is a development batch.

`python -m benchmarks.data.make_pipl_dev23` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import check_identifiers, record
from benchmarks.data.set_format import write_jsonl

DEV23_FILE = "pipl_dev23.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # excessive: relatives, partners, in-laws, colleagues, landlords, roommates named every way or given by number
    ("x001", "sms", "debtor", "【融易借】周先生，您姐姐周丽娟昨天回电说会劝您，请您本人今日内登录APP处理逾期账单。", "P:周先生|P:周丽娟", "X"),
    ("x002", "sms", "debtor", "【安心分期】您好，您爱人的号码15135887698我们已联系过，请您本人尽快处理欠款。", "M:15135887698", "XU"),
    ("x003", "app", "debtor", "微信：你岳母刘凤琴说你过年都没回去，你自己跟家里交代吧，今天先把最低还款还上", "P:刘凤琴", "X"),
    ("x004", "call", "debtor", "坐席：喂 是 邓 先 生 吧\n客户：是 咋 了\n坐席：你 表 弟 邓 小 军 说 你 换 号 了 我 们 才 找 到 这 个 号 码 你 的 账 单 今 天 要 处 理", "P:邓 先 生|P:邓 小 军", "X"),
    ("x005", "app", "debtor", "QQ：你室友阿杰跟我们讲你这礼拜都在宿舍躲着，出来面对吧", "P:阿杰", "XS"),
    ("x006", "sms", "debtor", "【恒信贷后】您好，您的同事陈主管（财务部）已知晓您逾期一事，请勿让单位同事为难。", "P:陈主管", "X"),
    ("x007", "app", "debtor", "微信群「小额还款协商3群」：@老胡 你房东黄阿姨我们也加了微信，她说房租你也欠着呢", "P:老胡|P:黄阿姨", "X"),
    ("x008", "call", "debtor", "坐席：你 老 公 叫 孙 建 华 对 吧 他 电 话 幺 五 九 六 八 零 九 五 四 幺 九 我 们 打 了 三 次\n客户：你 们 别 打 他", "P:孙 建 华|M:幺 五 九 六 八 零 九 五 四 幺 九", "XU"),
    ("x009", "sms", "debtor", "【随心贷】孟女士，您儿媳小芳表示愿意协助处理，但欠款仍须您本人偿还，请今日联系我们。", "P:孟女士|P:小芳", "X"),
    ("x010", "app", "debtor", "客服：我们这边联系人一栏填的是你前男友Kevin，他说你们早分了，那你现在的紧急联系人是谁", "P:Kevin", "X"),
    ("x011", "call", "debtor", "坐席：唔 该 係 咪 梁 生 呀\n客户：係 呀\n坐席：你 大 佬 梁 志 明 话 你 搬 咗 屋 我 哋 先 至 打 呢 个 电 话 你 笔 数 今 日 要 还", "P:梁 生|P:梁 志 明", "X"),
    ("x012", "app", "debtor", "微信：你们公司行政的李姐我们加上了，她说你上个月还领了奖金，怎么就还不上了", "P:李姐", "X"),
    ("x013", "sms", "debtor", "【借点花】您好，您填写的联系人吴国庆、吴国华均已接到我司电话，请您尽快还款以免继续打扰。", "P:吴国庆|P:吴国华", "X"),
    ("x014", "email", "debtor", "主题：还款提醒\n王先生：您好。您的合伙人赵海涛先生已告知我们，您二人合办的烧烤店已经转让。请您于本周五前联系我司协商还款。\n——宏达资产 贷后部", "P:王先生|P:赵海涛", "X"),
    ("x015", "call", "debtor", "坐席：你 婆 婆 那 边 电 话 是 一 三 一 四 零 四 九 四 四 五 三 对 吧 我 们 没 有 说 什 么 就 问 了 下 你 在 不 在 家\n客户：你 们 凭 什 么 打 我 婆 婆", "M:一 三 一 四 零 四 九 四 四 五 三", "XU"),
    ("x016", "app", "debtor", "QQ：嫂子你好，你小叔子东子的事你是知道的，你劝劝他，钱不多", "P:东子", "X"),
    ("x017", "sms", "debtor", "【微贷通】您好，紧急联系人邹雪梅（您的表妹）已被告知需协助联系您，请您尽快回电。", "P:邹雪梅", "X"),
    ("x018", "app", "debtor", "微信：你前妻何静说孩子抚养费你都拖着，我们就不信你没钱还这三千块", "P:何静", "X"),
    ("x019", "call", "debtor", "催收员：我 跟 你 讲 哦 你 舅 舅 叫 唐 德 明 嘛 他 都 说 了 喊 你 自 己 还 嘛 莫 要 扯 到 屋 头 来\n借款人：晓 得 了 嘛", "P:唐 德 明", "X"),
    ("x020", "app", "debtor", "客服：你同租的那位刘晓东先生说你三月份就搬走了，新地址能提供一下吗", "P:刘晓东", "X"),
    ("x021", "sms", "debtor", "【宜享花】尊敬的客户，您的配偶钱秀英、您的父亲钱永福均为本次催收登记联系人，请配合处理。", "P:钱秀英|P:钱永福", "X"),
    ("x022", "app", "debtor", "微信：你们车间主任老潘的电话我们有，18502073203，你还是别让我们打过去", "P:老潘|M:18502073203", "XU"),
    ("x023", "call", "debtor", "坐席：你 家 那 口 子 叫 秀 云 是 吧 她 说 你 白 天 都 不 在 家\n客户：你 们 找 她 干 嘛", "P:秀 云", "X"),
    ("x024", "email", "debtor", "主題：還款通知\n林先生您好：\n您的胞弟林志偉先生已轉達您目前暫住台中，請您於三日內與本公司聯繫，商議還款方案。\n誠信資產管理", "P:林先生|P:林志偉", "X"),
    ("x025", "app", "debtor", "QQ群「XX驾校老学员」：@小马哥 你老表马文斌说你欠了一屁股，先把我们这笔还了", "P:小马哥|P:马文斌", "X"),
    ("x026", "sms", "debtor", "【金满贷】您好，您单位同事张秋菊、李玉兰的电话已在通讯录中核实，请珍惜还款机会。", "P:张秋菊|P:李玉兰", "X"),
    ("x027", "call", "debtor", "坐席：哎 大 兄 弟 你 那 老 丈 人 老 韩 头 挺 实 在 的 人 他 都 替 你 着 急 你 可 别 让 老 爷 子 上 火\n客户：你 们 咋 还 找 我 老 丈 人 了", "P:老 韩 头", "X"),
    ("x028", "app", "debtor", "微信：你女朋友叫Lily是吧，在万象城上班那个，她知道你借这么多吗", "P:Lily", "X"),
    ("x029", "sms", "debtor", "【速融】黄女士您好，您的妹夫郑建国称不清楚您的去向，请您本人主动联系我司处理逾期。", "P:黄女士|P:郑建国", "X"),
    ("x030", "app", "debtor", "客服：你小姑子那边，就是尾号不是你的那个号，17603239234，我们联系了，她让你回电", "M:17603239234", "XU"),
    ("x031", "call", "debtor", "坐席：侬 屋 里 厢 阿 姐 叫 沈 美 华 伐 伊 讲 侬 老 早 搬 出 去 了\n客户：关 侬 啥 事 体", "P:沈 美 华", "X"),
    ("x032", "app", "debtor", "微信：你干爹老蒋我们也认识，人家在县里开厂的，你要面子就赶紧的", "P:老蒋", "X"),
    ("x033", "email", "debtor", "主题：协商还款事宜\n徐女士：\n我们已与您的姨妈徐桂芝女士（电话0731-84561230）沟通，她愿意协助联系。请您尽快与我们确认还款计划。", "P:徐女士|P:徐桂芝|L:0731-84561230", "XU"),
    ("x034", "sms", "debtor", "【闪电借款】您好，您的继父罗建平已接到我司通知，请您勿再拖延。", "P:罗建平", "X"),
    ("x035", "app", "debtor", "QQ：你同事群里那个叫娜娜的，是你闺蜜吧，我们问她她说不知道，你们关系不是挺好的", "P:娜娜", "X"),
    ("x036", "call", "debtor", "坐席：你 堂 哥 的 手 机 一 五 九 六 八 零 九 五 四 幺 九 现 在 关 机 了 你 让 他 开 机\n客户：这 跟 他 有 什 么 关 系", "M:一 五 九 六 八 零 九 五 四 幺 九", "XU"),
    ("x037", "app", "debtor", "微信：兄弟，你跟建斌哥合租那房子房东姓白，白大爷说你们欠他俩月房租，我们这个也欠着呢", "P:建斌|P:白大爷", "X"),
    ("x038", "sms", "debtor", "【易借宝】您好，您的紧急联系人为您的侄子杨帆，号码已核实有效，请您于今日内还款。", "P:杨帆", "X"),
    ("x039", "call", "debtor", "坐席：你 屋 头 那 个 二 娃 子 杨 小 勇 噻 他 说 你 在 外 头 打 工\n客户：你 们 找 他 做 啥 子", "P:杨 小 勇", "X"),
    ("x040", "app", "debtor", "客服：你那个合伙开店的朋友小邱，他电话13062046857，我们打过去他说你早撤股了", "P:小邱|M:13062046857", "XU"),
    ("x041", "email", "debtor", "主题：还款通知书\n冯建军先生：\n经查，您目前就职于华南电器有限公司仓储部，您的欠款已逾期92天，请于7日内处理。\n——卓越资产管理有限公司", "P:冯建军", "X"),
    ("x042", "sms", "debtor", "【快享借】郭先生，已查到您在鑫源物流上班，请于今日18点前还款，否则我司将安排外访。", "P:郭先生", "X"),
    ("x043", "app", "debtor", "微信：谢丽华，你住的是锦绣花园7栋1202吧，你老公在楼下开的那个面馆也是你们家的吧", "P:谢丽华|A:锦绣花园7栋1202", "X"),
    ("x044", "call", "debtor", "坐席：方 红 梅 女 士 你 现 在 是 在 新 华 书 店 上 班 对 吧 我 们 这 边 系 统 显 示 的\n客户：你 们 怎 么 知 道 的", "P:方 红 梅", "X"),
    ("x045", "sms", "debtor", "【信用钱包】罗志强，住址：成都市武侯区簇桥街道锦城苑3栋2单元501，欠款5,860元，请速还。", "P:罗志强|A:成都市武侯区簇桥街道锦城苑3栋2单元501", "X"),
    ("x046", "app", "debtor", "客服：曾先生，您在天宇建筑公司的项目部上班吧，我们联系了项目部的王工，他说您这周在工地", "P:曾先生|P:王工", "XS"),
    ("x047", "email", "debtor", "主题：结清通知\n刘志远（住江西省南昌市青山湖区湖滨东路88号2栋，就职于赣江运输公司）：\n您的借款尚欠本息3,120元。", "P:刘志远|A:江西省南昌市青山湖区湖滨东路88号2栋", "X"),
    ("x048", "call", "debtor", "坐席：陈 志 伟 先 生 你 係 咪 住 喺 天 河 区 员 村 二 横 路 十 号 嘅\n客户：做 乜 嘢", "P:陈 志 伟|A:天 河 区 员 村 二 横 路 十 号", "X"),
    ("x049", "app", "debtor", "微信：兄弟我就直说了，你嫂子在纺织厂上夜班，你二姐在菜市场开的那个干货店，你那个在二小当老师的小姨，我们都知道，你别逼我们", "", "X"),
    ("x050", "sms", "debtor", "【聚财分期】您好，您通讯录中标注为“老婆”的号码13499707449我司已联系，请勿失联。", "M:13499707449", "XU"),
    # excessive to third parties: other people named beyond need, with or without the debt
    ("x051", "sms", "third_party", "【宝易借】您好，请转告您的弟弟许文强尽快联系我司，另请告知其妻子方慧也需配合。", "P:许文强|P:方慧", "XT"),
    ("x052", "call", "third_party", "坐席：你 是 何 小 平 的 姐 姐 吧 你 弟 媳 叫 啥 来 着 哦 对 叫 春 梅 你 帮 忙 喊 他 俩 回 个 电 话\n第三方：我 不 清 楚 他 们 的 事", "P:何 小 平|P:春 梅", "X"),
    ("x053", "app", "third_party", "微信：阿姨您好，您女婿程亮的同事小周跟我们说他最近请假了，您知道他在哪吗", "P:程亮|P:小周", "X"),
    ("x054", "email", "third_party", "主题：员工联系事宜\n人事部：\n贵司员工唐伟（住址：长沙市岳麓区枫林三路166号）及其妻子吕晓红均已失联，请协助提供其联系方式。", "P:唐伟|A:长沙市岳麓区枫林三路166号|P:吕晓红", "XT"),
    ("x055", "call", "third_party", "坐席：您 好 是 物 业 吗 你 们 小 区 九 栋 的 业 主 孔 德 胜 他 儿 子 孔 凡 也 住 这 儿 吧\n第三方：这 个 我 们 不 方 便 说", "P:孔 德 胜|P:孔 凡", "X"),
    ("x056", "app", "third_party", "QQ：你是小叶的闺蜜吧，她对象阿鹏最近在哪个工地你知道不", "P:小叶|P:阿鹏", "X"),
    ("x057", "sms", "third_party", "【亿融】您好，您是段志勇登记的联系人，其母亲段老太（电话13417896169）目前无人接听，请转告段志勇回电。", "P:段志勇|P:段老太|M:13417896169|P:段志勇", "XU"),
    ("x058", "call", "third_party", "坐席：老 乡 你 村 里 的 蒋 有 才 他 媳 妇 叫 桂 香 吧 他 家 老 大 在 县 里 读 高 中\n第三方：你 们 问 这 个 干 啥", "P:蒋 有 才|P:桂 香", "XS"),
    ("x059", "email", "third_party", "主题：关于贵小区业主\n物业服务中心：\n贵小区6栋402业主邓丽君女士、其同住的母亲邓桂英，请协助转告联系我司。", "P:邓丽君|P:邓桂英", "X"),
    ("x060", "app", "third_party", "微信：大哥，你们厂那个叫马国强的，他老婆在你们厂食堂干活对吧，叫啥名来着", "P:马国强", "X"),
    # excessive in chats and lists with the debtor's own data beyond need
    ("x061", "app", "debtor", "客服：核实一下，您是住在南宁市青秀区民族大道136号的覃海燕吧，您爱人覃军也是用这个地址对吧", "A:南宁市青秀区民族大道136号|P:覃海燕|P:覃军", "X"),
    ("x062", "call", "debtor", "坐席：老 铁 你 那 个 对 象 叫 小 丽 那 个 在 哈 尔 滨 做 美 容 的 我 们 也 知 道 你 别 整 那 些 没 用 的\n客户：你 们 咋 啥 都 知 道", "P:小 丽", "X"),
    ("x063", "sms", "debtor", "【速通贷】卢先生，您的连襟黄志刚（号码尾号非您本人）已接到我司电话，请您今日处理。", "P:卢先生|P:黄志刚", "X"),
    ("x064", "app", "debtor", "微信：你公司老板叫范总是吧，范德华，你不怕他知道你就继续拖", "P:范总|P:范德华", "X"),
    ("x065", "call", "debtor", "坐席：阿 伯 我 是 卡 早 打 电 话 的 你 后 生 阿 辉 伊 欠 阮 钱 你 甘 知\n客户：阮 毋 知 影", "P:阿 辉", "X"),
    ("x066", "app", "debtor", "QQ：你那个一起考研的室友周婷婷我们也找到了，她让你别再拉她下水", "P:周婷婷", "X"),
    ("x067", "sms", "debtor", "【佰仟分期】严女士，您的公公严国栋、婆婆朱美玲均已知晓欠款情况，请您尽快还款。", "P:严女士|P:严国栋|P:朱美玲", "X"),
    ("x068", "email", "debtor", "主题：关于您的欠款\n苏先生：我们从您的担保人之外的朋友苏明（同乡）处得知您在深圳龙华打工。请您尽快联系。", "P:苏先生|P:苏明", "X"),
    ("x069", "app", "debtor", "微信：你们宿舍4个人，张浩、王磊、李想，我们都加了，就你不回消息", "P:张浩|P:王磊|P:李想", "X"),
    ("x070", "call", "debtor", "坐席：你 爸 你 妈 的 电 话 都 是 幺 三 七 五 九 八 五 二 二 七 七 这 个 吧\n客户：你 们 打 我 爸 妈 电 话 了", "M:幺 三 七 五 九 八 五 二 二 七 七", "XU"),
    ("x071", "app", "debtor", "客服：你表姐雯雯说你在她那借住过一阵子，现在还住那吗", "P:雯雯", "X"),
    ("x072", "sms", "debtor", "【鑫e贷】您好，您的房东刘先生（锦华公寓）已告知您近期退租，请登记新地址并还款。", "P:刘先生", "X"),
    ("x073", "app", "debtor", "微信：你以前的领导罗经理，罗德明，他说你离职的时候还借了同事的钱", "P:罗经理|P:罗德明", "X"),
    ("x074", "call", "debtor", "坐席：你 外 甥 女 叫 朵 朵 是 吧 她 说 你 过 年 去 她 家 了\n客户：你 们 连 小 孩 都 打 电 话", "P:朵 朵", "X"),
    ("x075", "email", "debtor", "主题：还款提醒\n鲍女士：贵单位（市第三人民医院）的同事小吴已替您转达我们的来电，请您尽快回复。", "P:鲍女士|P:小吴", "X"),
    # sensitive: health and treatment, pregnancy, disability, faith, biometrics, minors, whereabouts, routine,
    # accounts and balances beyond need, detention, sexual life, mostly without the textbook words
    ("s001", "sms", "debtor", "【融e借】您好，得知您近期每周三次去医院做透析，仍请您合理安排，尽快处理欠款。", "", "S"),
    ("s002", "app", "debtor", "微信：你不是刚从精神科那边出来吗，药还在吃吧，吃药也不耽误还钱", "", "S"),
    ("s003", "call", "debtor", "坐席：你 老 婆 怀 了 七 个 多 月 了 吧 快 生 了 花 钱 的 地 方 多 你 更 得 把 这 个 先 弄 完\n客户：你 们 怎 么 知 道 的", "", "S"),
    ("s004", "sms", "debtor", "【好借】您好，您母亲化疗期间开销大我们理解，但您本月账单仍需按时还款。", "", "S"),
    ("s005", "app", "debtor", "QQ：听说你腿摔断了打着钢板，那你躺家里更有时间处理这个事了吧", "", "S"),
    ("s006", "email", "debtor", "主题：还款提醒\n您好，据您家属反映您目前在戒毒所，请您出所后第一时间联系我司处理。", "", "S"),
    ("s007", "call", "debtor", "坐席：你 儿 子 在 实 验 小 学 三 年 级 二 班 对 吧 每 天 四 点 半 放 学\n客户：你 们 想 干 什 么", "", "S"),
    ("s008", "sms", "debtor", "【捷信】您好，您女儿每周六上午在少年宫学钢琴，请您抽空处理逾期款项。", "", "S"),
    ("s009", "app", "debtor", "微信：你每天早上七点四十从小区北门出去坐地铁，晚上九点多才回，我们找你不难", "", "S"),
    ("s010", "call", "debtor", "坐席：你 昨 天 晚 上 十 一 点 还 在 万 达 那 边 的 KTV 嘛 有 钱 唱 歌 没 钱 还 账\n客户：你 们 跟 踪 我", "", "S"),
    ("s011", "app", "debtor", "客服：您名下工行卡余额还有一万二，招行那张也有三千多，还我们这四千应该没问题吧", "", "S"),
    ("s012", "sms", "debtor", "【安逸花】您好，系统显示您支付宝余额宝有8,300元，请优先偿还本期欠款2,100元。", "", "S"),
    ("s013", "call", "debtor", "坐席：你 微 信 零 钱 里 头 还 有 五 千 多 我 们 这 边 看 得 到 的 你 先 转 两 千\n客户：你 们 咋 看 得 到 我 零 钱", "", "S"),
    ("s014", "app", "debtor", "微信：你是信基督的吧，礼拜天都去教堂，主没教你欠债还钱吗", "", "S"),
    ("s015", "sms", "debtor", "【易分期】您好，您每周五去清真寺礼拜后请抽空联系我们协商还款。", "", "S"),
    ("s016", "app", "debtor", "QQ：你在庙里挂单那几个月我们也知道，出家了也得还钱", "", "S"),
    ("s017", "email", "debtor", "主题：身份核验\n您好，附件为您在我司APP留存的人脸照片及声纹录音，请核对是否为本人后回复还款计划。", "", "S"),
    ("s018", "app", "debtor", "客服：我们这里有您注册时的刷脸视频，您要是说不是本人借的，我们可以发给您单位看看是不是您", "", "S"),
    ("s019", "call", "debtor", "坐席：你 的 指 纹 信 息 在 我 们 系 统 里 都 有 的 你 说 不 是 你 借 的 没 用\n客户：那 是 你 们 自 己 录 的", "", "S"),
    ("s020", "sms", "debtor", "【借享】您好，您曾因盗窃被关押一年，现已释放，请珍惜信用，按时还款。", "", "S"),
    ("s021", "app", "debtor", "微信：你去年在拘留所蹲了十五天的事我们也知道，别让人家再说你", "", "S"),
    ("s022", "call", "debtor", "坐席：你 在 里 头 待 了 两 年 刚 出 来 找 工 作 不 容 易 但 是 账 还 是 要 还\n客户：你 们 怎 么 知 道 我 进 去 过", "", "S"),
    ("s023", "app", "debtor", "QQ：你跟那个有夫之妇开房的记录我们都有，要不要发给你老婆看看", "", "S"),
    ("s024", "sms", "debtor", "【闪借】您好，您上周六在如家酒店与他人同住两晚，有钱住酒店请先还款。", "", "S"),
    ("s025", "app", "debtor", "微信：你是聋哑人我们知道，打字总会吧，今天必须回复", "", "S"),
    ("s026", "call", "debtor", "坐席：你 那 个 残 疾 证 是 几 级 的 啊 二 级 是 吧 残 疾 补 助 每 个 月 也 有 几 百 你 先 拿 来 还\n客户：那 是 我 的 生 活 费", "", "S"),
    ("s027", "sms", "debtor", "【速贷】您好，您儿子就读于市一中初二（5）班，请勿影响孩子学习，尽快还款。", "", "S"),
    ("s028", "app", "debtor", "微信：你闺女每天早上是她奶奶送去幼儿园的吧，蓝天幼儿园，我们就是提醒一下", "", "S"),
    ("s029", "call", "debtor", "坐席：侬 囡 囡 礼 拜 六 下 半 天 勒 少 年 宫 学 画 画 我 伲 晓 得 个\n客户：侬 哪 能 晓 得 个", "", "S"),
    ("s030", "email", "debtor", "主題：還款提醒\n您好，得悉您女兒目前就讀於育才小學四年級，每日下午四時由您親自接送，望您盡快處理欠款。", "", "S"),
    ("s031", "app", "debtor", "QQ：你今天下午三点在人民医院妇产科做B超，我们同事看到了", "", "S"),
    ("s032", "sms", "debtor", "【轻松借】您好，您怀孕期间我们不会上门打扰，但欠款仍需处理，预产期前请联系我们。", "", "S"),
    ("s033", "call", "debtor", "坐席：你 上 个 月 刚 做 了 流 产 手 术 身 体 要 紧 但 是 这 个 钱 也 拖 了 三 个 月 了\n客户：这 你 们 也 知 道", "", "S"),
    ("s034", "app", "debtor", "微信：你爸在ICU躺了一礼拜了吧，一天好几千，你有钱给他治就没钱还我们？", "", "S"),
    ("s035", "sms", "debtor", "【钱多多】您好，您每周二、四晚上在市游泳馆锻炼，请于锻炼后回电处理欠款。", "", "S"),
    ("s036", "call", "debtor", "坐席：哎 我 说 老 弟 你 那 个 乙 肝 大 三 阳 的 事 儿 我 们 都 知 道 你 也 别 整 那 些 有 的 没 的 赶 紧 还\n客户：你 们 从 哪 知 道 的", "", "S"),
    ("s037", "app", "debtor", "客服：您上次说在吃抗抑郁的药，我们这边给您记上了，下次同事打来也会照顾到", "", "S"),
    ("s038", "email", "debtor", "主题：还款事宜\n您好，我司获悉您3月12日晚乘坐K1234次列车前往昆明，请于抵达后联系我司。", "", "S"),
    ("s039", "app", "debtor", "微信：你明天上午十点的航班去三亚对吧，出去玩有钱，还钱没钱", "", "S"),
    ("s040", "call", "debtor", "坐席：你 现 在 就 在 城 南 那 个 网 吧 对 吧 三 楼 靠 窗 那 台\n客户：你 们 派 人 来 了", "", "S"),
    ("s041", "sms", "debtor", "【e分期】您好，您工资卡（建行）本月15日到账6,800元，请于到账当日还款。", "", "S"),
    ("s042", "app", "debtor", "QQ：你那张农行卡昨天还进了两万，别跟我说没钱", "", "S"),
    ("s043", "call", "debtor", "坐席：你 公 积 金 账 户 里 还 有 三 万 多 你 可 以 提 出 来 还 嘛\n客户：那 是 我 买 房 用 的", "", "S"),
    ("s044", "app", "debtor", "微信：你不是有艾滋嘛，每个月去疾控拿药，还想瞒着谁", "", "S"),
    ("s045", "sms", "debtor", "【小赢卡贷】您好，据悉您正在肿瘤医院住院，本月账单请委托家属代为处理。", "", "S"),
    ("s046", "call", "debtor", "坐席：你 个 仔 喺 培 正 小 学 读 五 年 级 嘛 放 学 系 五 点 我 哋 知 㗎\n客户：你 哋 唔 好 搞 我 个 仔", "", "S"),
    ("s047", "app", "debtor", "客服：您的征信报告显示您另有6笔网贷、总负债27万，建议您先还我们这笔", "", "S"),
    ("s048", "email", "debtor", "主题：还款提醒\n您好，根据您授权查询的流水，您上月向某直播平台充值1.2万元，请优先偿还我司欠款。", "", "S"),
    ("s049", "app", "debtor", "微信：你老婆的身份证照片、手持照、还有她刷脸那个视频都在我们这，你自己想想", "", "S"),
    ("s050", "call", "debtor", "坐席：你 女 儿 那 个 学 校 叫 啥 来 着 哦 对 二 十 三 中 初 一 的 对 吧 她 放 学 自 己 坐 公 交 回 去\n客户：你 们 别 动 我 女 儿", "", "S"),
    # sensitive with a person named, or to third parties
    ("s051", "app", "third_party", "微信：阿姨您好，您儿子江涛上周做了心脏搭桥手术是吧，麻烦您转告他手术费以外的账也要还", "P:江涛", "ST"),
    ("s052", "sms", "third_party", "【安家贷】您好，您的同事黄德顺目前因病住院，我司无法联系到他，请转告其回电处理借款。", "P:黄德顺", "ST"),
    ("s053", "call", "third_party", "坐席：你 是 黎 美 玲 的 房 东 吧 她 每 天 晚 上 十 点 下 班 回 来 周 末 都 去 她 男 朋 友 那 边 住 你 帮 我 们 留 意 一 下\n第三方：这 个 我 不 清 楚", "P:黎 美 玲", "ST"),
    ("s054", "email", "third_party", "主题：关于贵校学生家长\n教务处：\n贵校二年级学生邱子涵的父亲邱建国拖欠我司借款，请学校协助转告。", "P:邱子涵|P:邱建国", "STX"),
    ("s055", "app", "third_party", "QQ：你是秦悦的朋友吧，她这个月每天晚上都在夜总会上班到两点，你劝劝她还钱", "P:秦悦", "ST"),
    ("s056", "call", "third_party", "坐席：大 姐 你 们 村 的 韦 海 生 是 不 是 前 年 因 为 打 架 被 关 了 半 年\n第三方：你 问 这 个 干 什 么", "P:韦 海 生", "ST"),
    ("s057", "sms", "third_party", "【富民贷】您好，请转告您的丈夫丁卫东，其在我司办理贷款时留存的指纹与人脸信息将作为追偿证据。", "P:丁卫东", "ST"),
    ("s058", "app", "third_party", "微信：叔，您侄子小龙吸毒被强制隔离了，他欠我们的钱您家里人看怎么处理", "P:小龙", "ST"),
    ("s059", "email", "third_party", "主题：员工借款事宜\n行政部：\n贵司员工尹丽（现怀孕五个月）欠我司款项，请转告其本人尽快还款。", "P:尹丽", "ST"),
    ("s060", "call", "third_party", "坐席：你 好 你 是 谷 明 的 同 学 吧 他 每 天 晚 上 在 哪 个 网 吧 上 通 宵 你 知 道 吗 他 欠 我 们 钱\n第三方：我 不 知 道", "P:谷 明", "ST"),
    ("s061", "app", "debtor", "客服：您之前说是因为车祸截肢没法上班，我们这边也核实了您的伤残鉴定书，十级伤残，那赔偿款下来先还我们", "", "S"),
    ("s062", "sms", "debtor", "【点点花】您好，您本月已在多家医院就诊共计11次，请注意身体，也请按时还款。", "", "S"),
    ("s063", "app", "debtor", "微信：你每个礼拜四下午去心理咨询那个机构，我们都知道地址", "", "S"),
    ("s064", "call", "debtor", "坐席：你 每 天 中 午 都 在 厂 门 口 那 个 面 馆 吃 饭 嘛 我 们 同 事 明 天 过 去 找 你 聊 聊\n客户：你 们 想 咋 样", "", "S"),
    ("s065", "app", "debtor", "QQ：你跟你那个男朋友的事我们都知道，你是同性恋这个你家里知道吗", "", "S"),
    # third-party disclosure: the debt or the debtor's data told to someone else
    ("t001", "sms", "third_party", "【融易借】您好，您的朋友刘建军在我司借款逾期45天未还，请转告其尽快处理。", "P:刘建军", "T"),
    ("t002", "call", "third_party", "坐席：你 好 是 范 丽 的 妈 妈 吧 她 在 我 们 这 儿 欠 了 八 千 多 逾 期 两 个 月 了\n第三方：我 不 知 道 这 个 事", "P:范 丽", "T"),
    ("t003", "app", "third_party", "微信：你好，我这边是安信贷后的，你同事老杜欠我们平台一万二，你们天天一起上班，帮忙催一下", "P:老杜", "T"),
    ("t004", "email", "third_party", "主题：员工欠款告知\n人力资源部：\n贵司员工熊志刚在我司“随借随还”产品欠款本息共计15,620元，已逾期120天，请督促其还款。", "P:熊志刚", "T"),
    ("t005", "sms", "third_party", "【闪电借】您是黎志华的紧急联系人，其借款3,500元已严重逾期，请代为转告。", "P:黎志华", "T"),
    ("t006", "call", "third_party", "坐席：喂 您 好 您 是 莫 振 东 的 邻 居 吧 他 欠 我 们 公 司 钱 不 还 您 见 到 他 帮 忙 说 一 声\n第三方：哦 好", "P:莫 振 东", "T"),
    ("t007", "app", "third_party", "QQ群「初三二班家长群」：各位家长，本群家长黄丽萍女士在我平台欠款未还，请知情者督促。", "P:黄丽萍", "T"),
    ("t008", "email", "third_party", "主题：村民欠款协查函\n红旗村村民委员会：\n贵村村民冉德贵（身份证尾号0417）在我司借款6,000元逾期未还，请村委协助通知本人。", "P:冉德贵", "T"),
    ("t009", "call", "third_party", "坐席：喂 是 老 周 不 嘞 你 那 个 兄 弟 伙 小 谭 在 我 们 这 借 了 钱 一 直 没 还 你 喊 他 回 个 电 话 嘛\n第三方：我 跟 他 不 熟", "P:老 周|P:小 谭", "T"),
    ("t010", "sms", "third_party", "【来钱快】您好，您的租客孟凡利在本平台有未结清欠款4,200元，请转告其联系我们。", "P:孟凡利", "T"),
    ("t011", "app", "third_party", "微信：您好，我是鑫源法务部的，您弟媳在我们这欠款逾期快半年了，麻烦您跟她说一声", "", "T"),
    ("t012", "email", "third_party", "主题：协助送达\n某某物业管理处：\n贵小区3栋1601住户胡立新拖欠我司分期款9,870元，请物业协助张贴催收函并通知本人。", "P:胡立新", "T"),
    ("t013", "call", "third_party", "坐席：你 好 是 龚 老 师 吗 你 们 班 龚 小 宇 的 爸 爸 在 我 们 这 欠 款 逾 期 了 麻 烦 你 跟 孩 子 说 一 声 让 他 爸 回 电 话\n第三方：这 个 不 合 适 吧", "P:龚 老 师|P:龚 小 宇", "TXS"),
    ("t014", "sms", "third_party", "【恒易贷】您好，严海波在我司的贷款已逾期，您作为其联系人请督促其还款，金额：11,260元。", "P:严海波", "T"),
    ("t015", "app", "third_party", "QQ：你是阿琳的前同事吧，她欠了好几个平台的钱，我们这家也有五千，你知道她现在在哪吗", "P:阿琳", "T"),
    ("t016", "call", "third_party", "坐席：喂 係 咪 何 太 你 老 公 喺 我 哋 度 借 咗 两 万 蚊 过 咗 期 三 个 月\n第三方：我 唔 知 喔", "P:何 太", "T"),
    ("t017", "email", "third_party", "主題：欠款告知\n陳經理您好：\n貴公司員工劉嘉欣於本公司借款港幣12,000元，已逾期60日，煩請轉告本人盡快還款。", "P:陳經理|P:劉嘉欣", "T"),
    ("t018", "app", "third_party", "微信：哥们，你跟大刘一个宿舍的吧，他网贷欠了一堆，我们这笔7千，你让他别躲了", "P:大刘", "T"),
    ("t019", "sms", "third_party", "【好分期】尊敬的用户，您的亲属吕晓明在本平台借款已逾期，如您愿意可代为偿还，详询客服。", "P:吕晓明", "T"),
    ("t020", "call", "third_party", "坐席：您 好 这 里 是 快 易 花 贷 后 您 儿 子 柏 杨 的 欠 款 已 经 逾 期 九 十 天 了 您 看 家 里 能 不 能 先 帮 着 还 一 部 分\n第三方：他 都 成 家 了", "P:柏 杨", "T"),
    ("t021", "email", "third_party", "主题：案件移交\n致：华信资产管理有限公司\n现将债务人汤建平（欠款23,450元，逾期210天，住址：郑州市金水区花园路15号院3号楼）一案移交贵司处理。\n——速融贷后中心", "P:汤建平|A:郑州市金水区花园路15号院3号楼", "TX"),
    ("t022", "app", "third_party", "工单#WO-23-1187 转派：债务人庞雪，欠款5,400元，联系人：其妹庞雨，请外包团队跟进。", "P:庞雪|P:庞雨", "TX"),
    ("t023", "email", "third_party", "主题：批量案件名单\n附本批次名单（节选）：\n1. 韩立伟 欠款8,200元 逾期95天\n2. 易小红 欠款3,150元 逾期67天\n3. 钟志强 欠款12,900元 逾期140天\n请贵所于月底前反馈。", "P:韩立伟|P:易小红|P:钟志强", "TX"),
    ("t024", "app", "third_party", "微信：合作方对接群：这是上周没回款的几个，卢建、任小青，欠款都在五千以上，客户资料表我私发你", "P:卢建|P:任小青", "TX"),
    ("t025", "email", "third_party", "主题：委外案件交接\n附件《9月委外清单.xlsx》含债务人姓名、身份证号、联系人及单位地址共312条，请查收后在贵司系统导入。", "", "TX"),
    ("t026", "call", "third_party", "坐席：阿 婶 我 是 贷 款 公 司 的 你 们 厝 边 那 个 阿 忠 欠 阮 公 司 钱 你 甘 有 看 到 伊\n第三方：阮 毋 知", "P:阿 忠", "T"),
    ("t027", "sms", "third_party", "【乐贷】您好，您的前夫车志远在我司欠款6,700元已逾期，因您为其登记联系人，特此告知。", "P:车志远", "T"),
    ("t028", "app", "third_party", "QQ：你们教会的姐妹马秀兰借了我们钱不还，你们聚会的时候帮忙说说", "P:马秀兰", "TS"),
    ("t029", "email", "third_party", "主题：关于贵单位职工的函\n市第二中学：\n贵校教师甘立群拖欠我司消费贷款，目前已逾期180天，望学校予以督促。", "P:甘立群", "T"),
    ("t030", "call", "third_party", "坐席：老 哥 你 是 付 强 他 们 村 长 吧 付 强 在 外 面 欠 了 网 贷 两 万 多 现 在 人 找 不 着 了\n第三方：我 也 好 久 没 见 他", "P:付 强|P:付 强", "T"),
    ("t031", "app", "third_party", "微信：雷女士，你老公雷军在我们平台的欠款你知道吧，他说你管钱，那你来还", "P:雷女士|P:雷军", "T"),
    ("t032", "sms", "third_party", "【融360】您好，贵公司员工宁海涛（工号B1024）在本平台欠款未还，请人事部门督促。", "P:宁海涛", "T"),
    ("t033", "email", "third_party", "主题：案件协查\n致：东城街道办事处\n辖区居民段永红欠我司借款，现住东城街道幸福里12号，请街道协助通知本人来电。", "P:段永红|A:东城街道幸福里12号", "TX"),
    # unmasked identifiers: plain, spaced, read aloud, full-width, in lists
    ("u001", "sms", "debtor", "【融易借】尊敬的客户，您身份证号51010419930102915X名下借款已逾期，请尽快还款。", "I:51010419930102915X", "U"),
    ("u002", "sms", "debtor", "【速贷】请将欠款转入对公账户，或转至经办人个人卡6217005302189209（户名：刘明），逾期将另计费用。", "B:6217005302189209|P:刘明", "U"),
    ("u003", "call", "debtor", "坐席：您 的 身 份 证 号 是 四 四 零 幺 零 六 幺 九 八 七 幺 零 幺 零 零 二 二 八 对 吧\n客户：对", "I:四 四 零 幺 零 六 幺 九 八 七 幺 零 幺 零 零 二 二 八", "U"),
    ("u004", "app", "debtor", "客服：您绑定的还款卡是6228487849387347，本月扣款失败，请保证余额充足。", "B:6228487849387347", "U"),
    ("u005", "email", "debtor", "主题：还款通知\n借款人：钱晓峰\n身份证号：35020319810620608X\n欠款金额：7,860元\n请于10月20日前还款。", "P:钱晓峰|I:35020319810620608X", "U"),
    ("u006", "sms", "debtor", "【信用飞】您的还款账号为６２２５ ８８９９ ９１１１ １９６６，请在今日22点前完成还款。", "B:６２２５ ８８９９ ９１１１ １９６６", "U"),
    ("u007", "call", "debtor", "坐席：你 卡 号 六 二 幺 二 二 六 五 八 零 五 九 二 二 七 五 四 这 张 卡 我 们 今 天 会 再 扣 一 次\n客户：别 扣 了 里 面 没 钱", "B:六 二 幺 二 二 六 五 八 零 五 九 二 二 七 五 四", "U"),
    ("u008", "app", "debtor", "微信：核实一下身份，230103197005204619是你本人吧？是的话回个1", "I:230103197005204619", "U"),
    ("u009", "sms", "debtor", "【小鱼福卡】如有疑问请联系催收专员王经理，手机17862906691，工作日9:00-18:00。", "P:王经理|M:17862906691", "U"),
    ("u010", "email", "debtor", "主題：還款通知\n身分證號碼：410105200104232130\n欠款金額：人民幣5,200元\n請於本月底前清償。", "I:410105200104232130", "U"),
    ("u011", "call", "debtor", "坐席：有 事 你 直 接 打 我 手 机 幺 九 二 五 五 七 九 二 幺 五 零 我 姓 杜\n客户：好", "M:幺 九 二 五 五 七 九 二 幺 五 零", "U"),
    ("u012", "app", "debtor", "QQ：还款直接转这个卡 6230 5892 8272 6442 346 农行 户名张伟 转完截图", "B:6230 5892 8272 6442 346|P:张伟", "U"),
    ("u013", "sms", "debtor", "【易借】陈女士（身份证３２０５０６１９８００４２４４７３９），您的欠款已转入诉前调解阶段。", "P:陈女士|I:３２０５０６１９８００４２４４７３９", "U"),
    ("u014", "email", "third_party", "主题：案件转交\n致：合力律师事务所\n债务人：骆宏（身份证330106198511221283，手机15159805530），欠款本息18,420元，请贵所发函。", "P:骆宏|I:330106198511221283|M:15159805530", "UT"),
    ("u015", "app", "debtor", "客服：您预留的银行卡6226-0957-5398-3100已解绑，请重新绑定本人名下银行卡后还款。", "B:6226-0957-5398-3100", "U"),
    ("u016", "call", "debtor", "坐席：你 媳 妇 的 身 份 证 五 零 零 幺 零 三 幺 九 七 二 零 三 零 幺 五 三 零 四 这 个 是 担 保 人 吧\n客户：她 不 是 担 保 人", "I:五 零 零 幺 零 三 幺 九 七 二 零 三 零 幺 五 三 零 四", "UX"),
    ("u017", "sms", "debtor", "【钱站】您好，您的紧急联系人手机号13140494453已停机，请登录APP更新联系人信息。", "M:13140494453", "UX"),
    ("u018", "app", "debtor", "微信：这是你身份证正反面照片上的号，210202199505205452，你说不是你借的？", "I:210202199505205452", "U"),
    ("u019", "email", "third_party", "主题：外包案件\n债务人 闫丽 手机 19271832474 欠款 4,280元 逾期 77天\n债务人 施国平 手机 15189103685 欠款 9,100元 逾期 102天", "P:闫丽|M:19271832474|P:施国平|M:15189103685", "UT"),
    ("u020", "call", "debtor", "坐席：还 款 账 户 六 二 五 九 六 五 七 二 九 九 六 八 七 一 七 七 七 二 五 户 名 是 我 们 公 司 的 您 记 一 下\n客户：好 的", "B:六 二 五 九 六 五 七 二 九 九 六 八 七 一 七 七 七 二 五", "U"),
    ("u021", "sms", "debtor", "【拍拍贷】您的借款合同已生成，借款人身份证130102198304125835，请登录APP查看。", "I:130102198304125835", "U"),
    ("u022", "app", "debtor", "客服：您的卡号6214830564888997这边显示是一类户，可以直接用于还款。", "B:6214830564888997", "U"),
    ("u023", "email", "debtor", "主题：回复您的投诉\n您好，经核查，您名下尾号为9745的账户（完整身份证号370102199904135745）借款属实，我司催收行为合规。", "I:370102199904135745", "U"),
    ("u024", "call", "debtor", "坐席：你 记 一 下 我 们 外 访 同 事 电 话 一 八 一 七 三 一 八 六 六 三 五 他 明 天 跟 你 联 系\n客户：嗯", "M:一 八 一 七 三 一 八 六 六 三 五", "U"),
    ("u025", "app", "third_party", "工单#WO-23-2041：债务人身份证420106197409212038，联系地址已变更，请外访组更新系统。", "I:420106197409212038", "UT"),
    ("u026", "sms", "debtor", "【趣分期】请于今日将2,350元转入6222 6043 8893 3917 190（招商银行），备注您的姓名。", "B:6222 6043 8893 3917 190", "U"),
    ("u027", "app", "debtor", "微信：你老婆手机号13655231391我们打不通，你让她回个电话", "M:13655231391", "UX"),
    ("u028", "email", "debtor", "主題：協商還款\n如需協商，請致電本公司專員黃小姐，手提電話15353197540。", "P:黃小姐|M:15353197540", "U"),
    ("u029", "call", "debtor", "坐席：你 身 份 证 号 码 我 念 一 下 六 幺 零 幺 幺 三 一 九 九 三 零 三 幺 幺 八 九 零 六 对 不 对\n客户：对 的", "I:六 幺 零 幺 幺 三 一 九 九 三 零 三 幺 幺 八 九 零 六", "U"),
    ("u030", "sms", "debtor", "【分期乐】温馨提示：您在我司绑定的银行卡4367420713308459将于明日自动扣款，请确保余额充足。", "B:4367420713308459", "U"),
    ("u031", "app", "third_party", "QQ：你是孔令辉的联系人吧，他身份证是450103198610120179，你帮我们核实下他现在住哪", "P:孔令辉|I:450103198610120179", "UT"),
    ("u032", "email", "third_party", "主题：委外名单\n序号1 袁海 360102197901277798 欠款6,600元\n序号2 蓝雪 6217994831188917（还款卡）欠款2,900元", "P:袁海|I:360102197901277798|P:蓝雪|B:6217994831188917", "UT"),
    ("u033", "sms", "debtor", "【速易花】逾期客户请联系法务专员，电话 1 8 0 4 3 4 1 4 0 3 0，工作日接听。", "M:1 8 0 4 3 4 1 4 0 3 0", "U"),
    # lawful: addressee lines, the agent's own name and office, guarantors told of their own guarantee,
    # hardship policies naming illness in general, the debtor's own words, relatives without a name,
    # masked identifiers, public addresses, transfers that keep the data in the system
    ("n001", "sms", "debtor", "【融易借】周先生，您的借款已逾期3天，请今日内登录APP处理，如有困难可申请延期。", "P:周先生", ""),
    ("n002", "email", "debtor", "主题：还款提醒\n冯建军先生：\n您在我司的借款已逾期92天，欠款本息6,430元。请于7日内还款或来电协商。\n——卓越资产管理有限公司 客服热线 400-800-1234", "P:冯建军", ""),
    ("n003", "sms", "debtor", "【安心分期】您好，我们不会联系您的家人，请您本人尽快处理欠款，协商请回电。", "", ""),
    ("n004", "app", "debtor", "微信：您好，我是安信贷后的客服小林，工号A1027，关于您的账单想跟您确认一下还款时间", "P:小林", ""),
    ("n005", "call", "debtor", "坐席：喂 您 好 请 问 是 邓 先 生 吗 我 是 宏 达 贷 后 的 工 作 人 员 我 姓 黄\n客户：是 我\n坐席：您 的 账 单 已 经 逾 期 五 天 了 今 天 方 便 处 理 吗", "P:邓 先 生", ""),
    ("n006", "email", "debtor", "主题：催收函\n收件人：罗志强\n送达地址：成都市武侯区簇桥街道锦城苑3栋2单元501\n您于2025年8月在我司借款5,000元，现欠本息5,860元，已逾期60天。请于本函送达之日起十日内还款。", "P:罗志强|A:成都市武侯区簇桥街道锦城苑3栋2单元501", ""),
    ("n007", "sms", "third_party", "【宏信担保】王建国先生，您为借款合同HT2025-0815的保证人，该笔借款已逾期，依约您须承担保证责任，请来电了解。", "P:王建国", ""),
    ("n008", "app", "debtor", "客服：我司对患重大疾病的客户可申请延期还款或减免罚息，需提供医院证明，您有需要可以申请。", "", ""),
    ("n009", "app", "debtor", "客户：我老婆刚生完孩子，我这个月真的周转不开\n客服：理解，我帮您申请延期一个月，您看可以吗", "", ""),
    ("n010", "call", "debtor", "客户：我 爸 在 住 院 我 这 个 月 实 在 拿 不 出 来\n坐席：理 解 您 家 里 的 情 况 我 们 可 以 给 您 申 请 分 期 您 看 分 六 期 行 不 行", "", ""),
    ("n011", "sms", "debtor", "【捷信】您好，您尾号8917的还款卡本期扣款失败，请确保余额充足或通过APP主动还款。", "", ""),
    ("n012", "app", "third_party", "微信：您好，我是客服小林，想请您转告您的朋友给我们回个电话，谢谢，其他事项我们只和他本人沟通", "P:小林", ""),
    ("n013", "email", "third_party", "主题：案件移交\n致：华信资产管理有限公司\n本月新增委外案件37件，案件编号WW-2025-09-001至037，详情请登录委外协作平台查看，案件资料不随邮件发送。\n——速融贷后中心", "", ""),
    ("n014", "call", "debtor", "坐席：唔 该 係 咪 梁 生 呀 我 係 恒 信 财 务 嘅 阿 May\n客户：係 呀\n坐席：你 张 单 过 咗 期 十 日 今 日 方 唔 方 便 还 返", "P:梁 生|P:阿 May", ""),
    ("n015", "sms", "debtor", "【借点花】您好，如您因疾病、失业等原因暂时无法还款，可在APP申请困难客户帮扶。", "", ""),
    ("n016", "app", "debtor", "微信：您好，您说您在家休养，我们这边先暂停催收15天，您好了再联系我们", "", ""),
    ("n017", "email", "debtor", "主题：协商还款确认\n徐女士：\n感谢您来电。按您申请，欠款7,200元分12期偿还，首期于11月5日还款600元。\n——恒信资产 专员 宋佳 0731-85562345", "P:徐女士|P:宋佳|L:0731-85562345", ""),
    ("n018", "sms", "debtor", "【易借宝】您好，您的家人不是本笔借款的担保人，我司不会向其催收，请您本人处理。", "", ""),
    ("n019", "app", "debtor", "客户：我在医院陪床，手机老没电\n客服：好的，您忙完方便时再回我们就行，不着急这两天", "", ""),
    ("n020", "call", "debtor", "坐席：喂 大 兄 弟 我 是 龙 江 金 服 的 小 赵 你 那 笔 钱 逾 期 几 天 了 你 看 啥 时 候 能 整 上\n客户：下 礼 拜 五 发 工 资\n坐席：行 那 就 下 礼 拜 五 我 给 你 记 上", "P:小 赵", ""),
    ("n021", "email", "debtor", "主题：诉讼告知\n您好，我司已就您的借款纠纷向武汉市江汉区人民法院提起诉讼，法院地址：武汉市江汉区建设大道568号，开庭时间以法院传票为准。", "A:武汉市江汉区建设大道568号", ""),
    ("n022", "sms", "debtor", "【速融】您好，您身份证尾号***5452名下借款已逾期，请尽快处理。", "", ""),
    ("n023", "app", "debtor", "QQ：您好，您的订单号DD20251104887321的分期已逾期，请在APP内还款，如已还款请忽略", "", ""),
    ("n024", "sms", "third_party", "【宏信担保】王建国先生，您担保的借款已由借款人全部结清，您的保证责任自即日起解除。", "P:王建国", ""),
    ("n025", "call", "third_party", "坐席：您 好 请 问 这 是 陈 志 伟 的 电 话 吗\n第三方：不 是 我 是 他 朋 友\n坐席：好 的 麻 烦 您 方 便 时 让 他 回 个 电 话 到 这 个 号 码 谢 谢 打 扰 了", "P:陈 志 伟", ""),
    ("n026", "email", "debtor", "主題：還款提醒\n林先生您好：\n您的借款已逾期30日，欠款港幣6,200元。如有困難，請致電本公司客服熱線2345-6789協商。\n誠信資產管理", "P:林先生", ""),
    ("n027", "app", "debtor", "客户：我是残疾人，就靠低保过日子\n客服：明白，我们有针对困难群体的减免政策，我把申请方式发您", "", ""),
    ("n028", "sms", "debtor", "【好借】温馨提示：为保护您的隐私，我司不会以短信方式索要您的身份证号、银行卡号及验证码。", "", ""),
    ("n029", "call", "debtor", "催收员：喂 你 好 嘛 我 是 天 府 贷 后 的 小 何 你 那 笔 账 逾 期 半 个 月 了 哈\n借款人：晓 得 了 我 这 周 还\n催收员：要 得 那 就 这 周 五 之 前 哈", "P:小 何", ""),
    ("n030", "app", "debtor", "微信：您好，您之前说孩子上学要交学费，手头紧，我们可以把这期往后挪半个月", "", ""),
    ("n031", "email", "debtor", "主题：外访通知\n您好，我司外访人员两名将于工作日白天前往您合同登记地址，上门前会电话预约，并出示工作证件。\n——正德资产 外访组 地址：杭州市西湖区文三路259号8楼", "A:杭州市西湖区文三路259号8楼", ""),
    ("n032", "sms", "debtor", "【恒易贷】您好，您怀孕或哺乳期间可申请还款宽限期，详情请咨询客服。", "", ""),
    ("n033", "app", "third_party", "工单#WO-23-3002 转派：案件ID 7781023，债务人信息见系统，请外包团队按合规话术跟进。", "", ""),
    ("n034", "call", "debtor", "坐席：侬 好 我 是 申 城 金 融 个 小 陆 侬 个 账 单 已 经 过 期 一 个 礼 拜 了\n客户：晓 得 了 下 礼 拜 还\n坐席：好 个 谢 谢 侬", "P:小 陆", ""),
    ("n035", "sms", "debtor", "【闪电借款】您好，您本期应还1,260元，请于今日24点前还款，以免产生逾期记录。", "", ""),
    ("n036", "app", "debtor", "客户：我信佛的，从来不欠人钱，这次是真没办法\n客服：理解您，我们可以一起商量个还款方案", "", ""),
    ("n037", "email", "debtor", "主题：回复您的投诉\n您好，您反映我司员工曾联系您的亲属一事，经核查属实，已对相关人员作出处理，后续仅与您本人联系。", "", ""),
    ("n038", "sms", "debtor", "【微贷通】您好，本通知仅发送至您本人，我司未向任何第三方透露您的借款信息。", "", ""),
    ("n039", "call", "third_party", "坐席：您 好 我 姓 张 想 找 一 下 严 女 士 她 在 吗\n第三方：她 不 在\n坐席：好 的 那 我 们 另 找 时 间 打 扰 了", "P:严 女 士", ""),
    ("n040", "app", "debtor", "微信：您好，您提到家里老人生病需要用钱，我们这边可以先只还本金，罚息申请减免", "", ""),
    ("n041", "email", "third_party", "主题：担保责任告知\n王丽华女士：\n您于2024年6月为借款合同JK-2024-0611提供连带责任保证，主债务现已逾期，本息合计21,300元，请于15日内履行保证责任或来电协商。", "P:王丽华", ""),
    ("n042", "sms", "debtor", "【宜享花】您好，您的还款已到账，当前账单已结清，感谢您的信任。", "", ""),
    ("n043", "app", "debtor", "QQ：您好，我是快享借的专员陈宇，这是我的工号KX0392，您可以在官网查询核实", "P:陈宇", ""),
    ("n044", "call", "debtor", "客户：我 刚 从 看 守 所 出 来 没 工 作\n坐席：理 解 那 您 先 安 顿 好 我 们 这 边 给 您 暂 缓 一 个 月 您 找 到 工 作 了 再 联 系 我 们", "", ""),
    ("n045", "email", "debtor", "主题：还款通知\n收件人：刘志远\n地址：江西省南昌市青山湖区湖滨东路88号2栋\n您的借款尚欠本息3,120元，请于11月30日前还款。\n——赣信资产 客服电话 0791-86543210", "P:刘志远|A:江西省南昌市青山湖区湖滨东路88号2栋|L:0791-86543210", ""),
    ("n046", "sms", "debtor", "【快花】您好，合同编号HT20250923001的借款本期已逾期，请登录APP查看账单。", "", ""),
    ("n047", "app", "debtor", "客服：您好，根据您的申请，您的紧急联系人信息已删除，后续我们只与您本人联系。", "", ""),
    ("n048", "call", "debtor", "坐席：阿 伯 我 是 厦 门 信 贷 的 阿 珍 请 问 你 是 陈 阿 伯 本 人 否\n客户：是 啊\n坐席：你 的 贷 款 这 期 猶 未 还 你 看 时 阵 方 便", "P:阿 珍|P:陈 阿 伯", ""),
    ("n049", "email", "debtor", "主题：关于您的减免申请\n您好，您提交的医疗费用票据已收到，减免申请已通过，剩余本金3,800元请于12月31日前还清。", "", ""),
    ("n050", "sms", "debtor", "【钱站】您好，为保障您的账户安全，请在APP内通过人脸识别完成身份核验后查看账单。", "", ""),
    ("n051", "app", "debtor", "微信：您好，我们只是核实一下，您现在的住址还是合同上登记的那个吗？不是的话可以在APP里更新", "", ""),
    ("n052", "call", "debtor", "坐席：您 好 我 是 信 诚 贷 后 的 小 周 您 的 借 款 逾 期 了 十 天 您 家 里 人 我 们 不 会 去 打 扰 您 看 这 周 能 处 理 吗\n客户：能", "P:小 周", ""),
    ("n053", "sms", "debtor", "【乐贷】您好，如对欠款有异议，可拨打客服热线或向我司投诉邮箱提交，我司将于5个工作日内答复。", "", ""),
    ("n054", "app", "third_party", "微信：您好，打扰了，您的号码是别人留的紧急联系人，请问您能帮忙让他回电吗？不方便的话我们不再打扰", "", ""),
    ("n055", "email", "third_party", "主题：委外合作协议补充条款\n贵司仅可在我司委外平台内查阅债务人信息，不得下载、截图或外传，案件结束后数据自动收回。", "", ""),
    ("n056", "call", "debtor", "客户：我 老 婆 怀 孕 了 这 两 个 月 我 得 照 顾 她\n坐席：好 的 恭 喜 啊 那 我 们 给 您 申 请 延 期 两 个 月 您 看 行 不 行", "", ""),
    ("n057", "sms", "debtor", "【点点花】您好，您可通过本人名下任一银行卡还款，还款后请保留凭证。", "", ""),
    ("n058", "app", "debtor", "客服：您好，您在APP上传的身份证照片不清晰，请重新上传，照片仅用于本人身份核验。", "", ""),
    ("n059", "email", "debtor", "主題：協商結果\n何太您好：\n您申請的分期方案已批核，每月還款港幣1,500元，共8期。如有疑問請致電客服。", "P:何太", ""),
    ("n060", "call", "debtor", "坐席：喂 哥 们 我 是 金 满 贷 的 老 孙 你 那 个 账 你 上 回 说 家 里 有 事 现 在 忙 完 没\n客户：好 多 了\n坐席：那 咱 唠 唠 咋 还", "P:老 孙", ""),
    ("n061", "sms", "debtor", "【好期贷】您好，依据《个人信息保护法》，我司不会向您的亲友、同事透露您的借款信息。", "", ""),
    ("n062", "app", "debtor", "微信群「融易借-客户服务群」：@所有人 本群仅发布还款政策，请勿在群内发送个人信息，个人问题请私聊客服。", "", ""),
    ("n063", "email", "debtor", "主题：还款凭证\n您好，您于11月8日还款2,000元已入账，剩余欠款1,450元。我司地址：深圳市南山区科技园科苑路15号。", "A:深圳市南山区科技园科苑路15号", ""),
    ("n064", "call", "third_party", "坐席：您 好 请 问 是 黄 志 刚 先 生 吗 您 是 借 款 合 同 的 共 同 借 款 人 本 期 款 项 未 还 需 要 跟 您 确 认 一 下\n第三方：是 我", "P:黄 志 刚", ""),
    ("n065", "sms", "debtor", "【易分期】您好，您本月账单1,830元已出，最后还款日11月20日，请按时还款。", "", ""),
    ("n066", "app", "debtor", "QQ：客户：我在外地住院，等出院再说\n客服：好的，祝您早日康复，出院后联系我们就行", "", ""),
    ("n067", "email", "third_party", "主题：致贵单位的函（回复）\n人事部：\n贵单位来函询问员工借款一事，因涉及个人信息，我司无法提供，请贵单位理解。", "", ""),
    ("n068", "call", "debtor", "坐席：您 好 我 是 捷 信 的 工 作 人 员 工 号 幺 零 二 七 本 次 通 话 会 录 音 您 的 账 单 已 逾 期\n客户：我 知 道", "", ""),
    ("n069", "sms", "debtor", "【来分期】您好，您名下卡号尾号7177的还款账户扣款成功，金额1,100元。", "", ""),
    ("n070", "app", "debtor", "客户：我前阵子被拘留了，刚出来，真没法还\n客服：理解您的情况，我们可以给您办延期，您方便时联系我们就行", "", ""),
    ("n071", "email", "debtor", "主题：投诉回复\n尊敬的客户：\n您投诉的外访人员行为我们已记录，后续不会再上门，所有沟通将通过电话和书面方式进行。\n——客户服务部", "", ""),
    ("n072", "sms", "debtor", "【融360】您好，您的朋友推荐您使用本平台，相关借款仍需您本人按期还款。", "", ""),
    ("n073", "call", "debtor", "坐席：老 乡 我 是 县 里 农 商 行 信 贷 部 的 小 刘 你 那 笔 农 户 贷 款 该 还 了 你 看 秋 收 后 能 不 能 还 上\n客户：秋 收 后 能", "P:小 刘", ""),
    ("n074", "app", "debtor", "客户：我儿子在读高中，学费刚交完\n客服：明白，那这个月您先还最低还款额500元，其余下月再说", "", ""),
    ("n075", "email", "debtor", "主题：还款提醒\n鲍女士：\n您的借款将于11月25日到期，应还金额2,640元，请按时还款。\n——阳光分期 客服部 地址：合肥市蜀山区长江西路189号", "P:鲍女士|A:合肥市蜀山区长江西路189号", ""),
    ("n076", "sms", "debtor", "【佰仟分期】您好，您可选择到我司线下门店（营业时间9:00-17:00）办理协商还款。", "", ""),
    ("n077", "app", "debtor", "客服：您好，请问您这边方便时回个电话吗？我们想跟您本人确认一下还款计划，不方便也可以在这里留言。", "", ""),
    ("n078", "call", "third_party", "坐席：您 好 这 里 是 宏 信 担 保 您 是 合 同 上 的 保 证 人 郭 立 新 吗 主 债 务 已 到 期 未 还 您 的 保 证 期 间 还 有 三 个 月\n第三方：我 知 道 了", "P:郭 立 新", ""),
    ("n079", "sms", "debtor", "【安逸花】您好，您可在APP内查看本人账户余额及账单明细，我司客服不会主动询问您的存款情况。", "", ""),
    ("n080", "email", "debtor", "主题：开庭提醒\n您好，您与我司借款合同纠纷一案由广州市天河区人民法院审理，法院地址：广州市天河区天河北路28号，请按传票时间到庭。", "A:广州市天河区天河北路28号", ""),
    ("n081", "app", "debtor", "微信：您好，我是宏达贷后的小吴，您上次说家里有困难，这个月我们不催您，下个月初再联系", "P:小吴", ""),
    ("n082", "call", "debtor", "坐席：你 好 请 问 是 柏 杨 本 人 吗\n客户：是 我\n坐席：我 是 快 易 花 的 你 的 借 款 逾 期 了 账 单 是 三 千 二 百 元 今 天 能 处 理 吗", "P:柏 杨", ""),
    ("n083", "sms", "debtor", "【小赢卡贷】您好，因您申请了重病延期，本期账单已顺延至下月，届时请按时还款。", "", ""),
    ("n084", "app", "third_party", "QQ：您好，打扰了，请问这是孙先生的号码吗？如果不是我们会删除记录，不再打扰", "P:孙先生", ""),
    ("n085", "email", "third_party", "主题：数据交接说明\n本期移交案件的债务人信息已通过加密通道同步至贵司系统，邮件正文及附件均不含个人信息。", "", ""),
    ("n086", "call", "debtor", "客户：我 这 个 礼 拜 都 在 北 京 出 差\n坐席：好 的 那 您 回 来 方 便 的 时 候 再 联 系 我 们 我 们 下 周 再 打", "", ""),
    ("n087", "sms", "debtor", "【随心贷】您好，孟女士，您申请的减免已通过审核，请于本月25日前还款3,000元即可结清。", "P:孟女士", ""),
    ("n088", "app", "debtor", "微信：您好，我们有针对残疾人、重病患者、低保户的专项帮扶政策，符合条件的可申请停息。", "", ""),
    ("n089", "email", "debtor", "主題：協商還款確認\n陳志偉先生：\n本公司已收到您的還款承諾，您將於12月10日前還款港幣3,000元。\n——恒信財務 客服熱線 3188-2233", "P:陳志偉", ""),
    ("n090", "call", "debtor", "坐席：你 好 我 是 信 诚 的 小 王 我 们 这 边 只 找 你 本 人 不 会 打 你 家 里 也 不 会 去 你 单 位\n客户：那 就 好\n坐席：那 你 看 这 笔 钱 这 个 月 能 还 多 少", "P:小 王", ""),
    ("n091", "sms", "debtor", "【恒易贷】您好，您的借款将在3天后到期，请提前准备还款资金。", "", ""),
    ("n092", "app", "debtor", "客户：我姐说她可以帮我还一部分\n客服：好的，家人自愿代还我们接受，转账时备注您的姓名即可", "", ""),
    ("n093", "email", "debtor", "主题：账户变更通知\n您好，我司对公还款账户已变更，新账户信息请登录APP“还款方式”页面查看，请勿向任何个人账户转账。", "", ""),
    ("n094", "call", "debtor", "坐席：喂 你 好 嘛 我 是 巴 蜀 金 服 的 小 罗 你 上 回 说 你 屋 头 有 人 生 病 我 们 给 你 申 请 了 缓 一 个 月\n客户：谢 谢 哈", "P:小 罗", ""),
    ("n095", "sms", "debtor", "【信用钱包】罗志强先生，您的借款已结清，结清证明已发送至您的注册邮箱。", "P:罗志强", ""),
    ("n096", "app", "debtor", "QQ：您好，您朋友圈发的内容与本次催收无关，我们不会截图或转发，请您本人处理欠款即可", "", ""),
    ("n097", "email", "third_party", "主题：工单回复\n外包团队：\n案件WO-23-1187已按要求撤回，债务人信息仅保留在系统内，请删除本地缓存记录。", "", ""),
    ("n098", "call", "debtor", "坐席：您 好 我 是 鹭 岛 金 融 的 阿 美 您 的 账 单 逾 期 了 请 问 您 今 天 方 便 还 款 吗\n客户：我 先 还 一 半\n坐席：好 的 谢 谢 您", "P:阿 美", ""),
    ("n099", "sms", "debtor", "【拍拍贷】您好，您的借款合同编号PP2025110900312，还款计划已更新，请在APP查看。", "", ""),
    ("n100", "app", "debtor", "客户：我有糖尿病，每个月药费都要一千多\n客服：了解了，我们这边有困难客户分期政策，我给您发申请链接", "", ""),
]


def write_dev23(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    check_identifiers(MESSAGES)
    return write_jsonl(folder / DEV23_FILE, (record(*message, dev=23) for message in MESSAGES))


if __name__ == "__main__":
    write_dev23()
