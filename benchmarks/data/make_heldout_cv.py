"""The independent held-out set CV for the wording categories (issue 9): `wording_heldout_cv.jsonl`.

How it was written. A writer who had not read the rule packs (`lexicons/`), the training corpus and its
generators (`training/`), the analysers, their models and recognizers, the classifier, any test other than this
set's row in `tests/test_labelled_sets.py` (the `HeldoutWordingSet` class, the `HELDOUT_WORDING` table and the
tests that use it), or any other evaluation or development set wrote every text below by hand for this set, in
one sitting, from the contract's message format, stages and template fields and taxonomy with its boundaries
(sections 1, 3a and 5), the reference notes in `/work/shared/reference/`, and from how rural borrowers, their
families, village cadres, rural credit co-operatives and village banks, online lenders, agricultural-machinery
financiers, outsourced agencies, their collectors and voice robots write and speak in the countryside and small
towns. Only the output format was taken from `set_format.py`, `tests/set_support.py` and from the skeleton of
`make_heldout_cu.py` (its docstring, imports, constants, the first five entries of its hotline-call and stage-template
tables and its record code, not its other entries). No detector, scan, benchmark or evaluation was run on these texts, and no git history was read.

What it holds. It is the set a compliance analyst assembles over one season in the invented 青禾县 (柳河镇 and its
villages 石桥村, 河湾村, 东坡村, and 靠山屯 in the north-east): loans of the invented 青禾农商行 (农户小额信用贷款,
农户联保贷款 guaranteed by neighbours in 联保 groups) and 丰谷村镇银行 (养殖贷, 种养贷), the invented online lenders
惠农宝 (助农贷, often taken by elderly villagers) and 快银花 (taken by left-behind young people), and the invented
沃野农机金融's tractor and harvester instalments. Collection runs through the lenders' own credit officers and
hotlines, two invented agencies (鼎恒商务咨询, 信诚达信息服务) and voice robots. It holds stage SMS and in-app
templates, placeholders filled and unfilled, with their `template_id`, `template_vars` and `days_overdue`; agency
SMS; robot calls; collectors' calls as speech-to-text output in 河南话, 山东话, 四川话, 湖南话, 东北话 and 粤语
(no punctuation, fillers, numbers read aloud), as timed turns and as text exports; WeChat chats; posts in village
WeChat groups and comments on 快手 and 抖音; 催收函, letters to guarantors and notices posted in villages; letters
and e-mails to village committees, relatives and employers; villagers' and cadres' own posts; screenshots pasted
whole; 黑猫投诉, 12378 and 12345 tickets; court judgments, police notices, county news and legal-aid answers; QA
notes and scripts. The violations are the worse agencies': the debt announced on the 村广播, on noticeboards, in
village and clan groups, at the market or on 快手; the village committee, the village head, clan elders, the 乡镇
government, relatives in the cities, employers and neighbours told or pressed; posing as the county court, the
police, the procuratorate, the 司法所, the town government or a law firm; invented legal effects (jail for an
ordinary debt or for the guarantors, 拘留, a criminal record, land, 低保, subsidies or pensions withdrawn, children's
schooling and 政审); veiled threats (the tractor in the yard, the orchard, the child's school bus, the old mother
at the village shop); contempt for farmers and for the village; rollover to other apps, loan sharks (放水, 老马),
credit cards, or selling cattle, grain, the 宅基地 or blood. About half is compliant and most of that half is hard:
lawful statements of a 联保 guarantor's liability with its conditions and right of recourse, the co-op's lawful
reminders and letters, true court steps (lawsuit, 支付令, judgment, enforcement and 失信 after a judgment),
deferrals after floods, typhoons, hail and harvest failures, anti-fraud warnings about fake courts, fake police
and 'credit repair', villagers' anger and gossip, cadres' own notices, and QA notes, complaints and judgments
quoting violations to forbid or condemn them. People, villages, the county, lenders, agencies, courts and their
case numbers, telephone numbers, addresses and accounts are invented.

Labelling conventions. Labels are the wording categories of contract section 5 that the lenders', the agencies',
their collectors' or the robots' own words do, including words handed out as a script to use, and a message
pasted whole as received (the `[截图文字]`, `[短信原文]` entries); a borrower's, villager's, relative's, cadre's,
complainant's, inspector's, regulator's, police's or court's own words are never labelled, and a text that
retells, reports or quotes banned conduct to forbid it, judge it or warn against it is compliant. Who speaks
decides `misleading.impersonation` (a court, police, a procuratorate, a 司法所 or 调解委员会, a town government,
a regulator's office or a law firm or lawyer that the sender is not, by signature, title, avatar or
self-introduction); what is claimed decides `misleading.legal` (诈骗, 拒执罪, arrest, 拘留, jail for guarantors,
a case, 传票 or 立案 that does not exist, land, 低保, subsidies, pensions or 户口 taken away, effects on children's
schooling, 政审 or relatives), and a text can be both. Reporting to the credit reference system, a lawsuit that may
follow, taking back a machine under retained title through legal procedure, and enforcement and 失信 listing after
a judgment, stated with their conditions, are compliant. Naming the yard, the orchard, the child's school or the
route home as watched together with a demand, harm to property or livestock, or showing up in numbers to
intimidate, is `threat.violence`. Threatening to tell, or pressing, the village committee, the village head,
relatives, employers, neighbours or phone contacts is `threat.third_party`; display to a community (村广播,
noticeboards, banners, leaflets at the market, village, clan or parents' groups, 快手 and 抖音, the local media)
is `threat.exposure`. Urging other apps, loan sharks, credit cards, relatives' loans, or selling livestock,
machines, land, jewellery or blood to repay is `coercion.debt_rollover`; the lender's own deferral or instalment
plan for the same loan is not. A message to someone other than the borrower that reveals the debt is
`pii.third_party_disclosure`, beside `threat.third_party` when it also presses them and beside `threat.exposure`
when it is posted to a group or a noticeboard. A 联保 guarantor asked, under the guarantee, to pay is a party to
the loan (recipient `debtor`) and such a demand is compliant; a message asking a third party only to have the
borrower call back, without naming the debt or the lender, is compliant. Each category the message as a whole does
is labelled once; texts whose label was uncertain were left out.

This set measures detectors at the end of a round of work. It must never be used for training, for choosing
thresholds, rules or lexicon entries, or for any other tuning: once seen that way it no longer measures anything.

Run `python -m benchmarks.data.make_heldout_cv` to rewrite the file; the output is deterministic.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from benchmarks.data.set_format import (
    SendSchedule,
    SpeechPace,
    WordingEntry,
    WordingSection,
    with_template_fields,
    wording_records,
    write_jsonl,
)

HERE = Path(__file__).resolve().parent
WORDING_FILE = "wording_heldout_cv.jsonl"


# Borrowers and their families calling the co-op's and the village bank's hotlines, as the speech-to-text vendor
# delivers them: the caller's words are never labelled, the hotline agent's are.
HOTLINE_CALLS: tuple[WordingEntry, ...] = (
    ("", ("客服：您好青禾农商行客服中心 工号二零七 请问您办理什么业务",
          "客户：俺是柳河镇石桥村的 俺家那个种养贷 今年七月发大水 大棚全淹了 这个月实在还不上",
          "客服：大爷您别急 受灾的客户可以申请延期还款 您让村委会开个受灾证明 带身份证到柳河支行柜台办就行",
          "客户：要花钱不",
          "客服：不收任何费用 延期期间也不算您逾期 要是有人打电话让您先交手续费才给办 那是骗子")),
    ("", ("客户：喂 你们是不是有人在俺村微信群里发俺儿子欠钱的事 还配了他身份证照片",
          "客服：先生非常抱歉 我们行和委托的机构都不允许在村群或者任何公开场合发布客户欠款信息",
          "客户：全村都看见了 俺老婆气得都哭了",
          "客服：我这边马上登记投诉 请您把截图和发布人的微信名提供给我 核实后会处理相关人员并给您书面答复")),
    ("", ("客户：有个人打电话说他是县法院的 说俺不还钱就把俺家承包地收走 真的假的",
          "客服：阿姨 承包地的经营权不会因为贷款逾期被收走 法院也不会这样打电话通知",
          "客户：那他是谁",
          "客服：可能是冒充的 您记下号码 可以打幺幺零或者到镇派出所反映 我这边也帮您登记")),
    ("L", ("客户：我就晚了二十来天 你们这一天打好几个电话 我在工地上干活都没法接",
           "客服：你这个是农商行的贷款 跟网贷不一样 国家的钱你也敢拖",
           "客户：我又不是不还",
           "客服：拖过三个月直接上黑名单 你家孩子以后考公务员当兵政审都过不了 你自己掂量")),
    ("", ("客户：我是王桂兰的女儿 我妈七十多了 她手机上借了好几个网贷 她自己都不知道咋借的",
          "客服：您好 请问您母亲在我们这边有借款吗 我需要先核实一下身份才能说具体情况",
          "客户：她就在我旁边 妈你跟他说",
          "客服：好的 麻烦老人家报一下身份证后四位 您可以陪她一起听 如果确实是被诱导借款 我们可以走核查和协商流程")),
    ("", ("客户：你们的催收员说要去俺村广播里喊俺的名字 这犯法不",
          "客服：这种做法是违规的 我们明确禁止通过村广播 公告栏这些方式公开客户欠款",
          "客户：那我咋办",
          "客服：您告诉我是哪天哪个号码打的 我登记投诉转给合规部门 您的欠款我们也可以帮您申请分期")),
    ("", ("客户：俺是给俺兄弟做联保的 他跑去南方打工联系不上了 你们让俺还 凭啥",
          "客服：您好 您在联保协议上签了字 按合同约定 借款人到期不还的 联保人要承担连带保证责任",
          "客户：那俺得还全部吗",
          "客服：是保证范围内的本金和利息 您可以先还一部分 还了以后您有权向您兄弟追偿 具体金额我发短信给您核对")),
    ("", ("客户：我在广东打工 我爸在老家 你们的人天天给我爸打电话 说我欠钱 我爸血压高",
          "客服：非常抱歉 按规定我们只和借款人本人沟通 不应该向您父亲透露欠款情况",
          "客户：那你们让他们别打了",
          "客服：我这边把您父亲的号码标记为禁止联系 以后有事直接联系您本人 您看可以吗")),
    ("", ("客户：我那农机贷 拖拉机去年分期买的 今年麦子收成不好 能不能缓一缓",
          "客服：可以的 您可以申请展期或者调整还款计划 比如把剩下的十二期改成十八期",
          "客户：利息会不会翻倍",
          "客服：不会翻倍 展期利率按合同和我们的政策执行 具体我让柳河支行的信贷员明天给您打电话说清楚")),
    ("I", ("客户：我说了下个月卖了粮就还 你们还要我说几遍",
           "客服：你说几遍有什么用 你们这种人就是嘴上说说 穷得叮当响还借钱 活该",
           "客户：你怎么骂人",
           "客服：我说的是实话")),
    ("", ("客户：俺收到一个短信 说俺贷款要被起诉了 要交三千块保证金才能撤诉 是你们发的吗",
          "客服：不是的 我们行不会让客户交什么保证金撤诉 那是诈骗短信",
          "客户：那俺的贷款到底咋样了",
          "客服：您的贷款目前逾期十二天 您直接到网点或者通过手机银行还款就行 不要往任何个人账户转钱")),
    ("", ("客户：我爷爷那个助农贷是我帮他还的 他说有人打电话说要把他弄进去 老人家吓得不敢睡觉",
          "客服：请您转告老人家 贷款逾期是民事纠纷 不会因为这个坐牢",
          "客户：那打电话那个是你们的人不",
          "客服：我查一下外呼记录 如果是我们委托的机构 会立即处理 您也可以向金融监管部门投诉")),
    ("R", ("客户：我手上真没钱 地里的玉米还没卖",
           "客服：没钱你可以先在手机上借一个嘛 现在网贷几分钟就到账 先把我们这个平了",
           "客户：那不是越借越多",
           "客服：那是你的事 反正我们这边月底之前必须结清")),
    ("", ("客户：村主任跟我说你们给村委会打电话了 说我欠了钱 你们怎么能跟村里说",
          "客服：先生 我查一下记录 如果确实有工作人员向村委会透露了您的欠款 这是违规的",
          "客户：现在全村都知道了",
          "客服：很抱歉 我们会核实并追责 投诉编号我稍后短信发您 还款的事我们单独和您本人商量")),
)


# The agencies' collectors calling borrowers, in dialect, as the speech-to-text vendor delivers them (timed turns).
AGENT_CALLS: tuple[WordingEntry, ...] = (
    ("IV", ("坐席：喂 刘长贵是吧 我是鼎恒的 你那个沃野农机的分期都拖俩月了 你嘎哈呢",
            "客户：我这不是等着秋收卖粮呢",
            "坐席：等等等 你个瘪犊子就会等 我跟你说 你家那台拖拉机停在院儿里我们都瞅着呢",
            "坐席：哪天晚上给你整坏了可别说我没提醒你")),
    ("L", ("坐席：恁是李二妮不是 俺这是信诚达的 替丰谷村镇银行催恁那笔种养贷",
           "客户：是俺 咋了",
           "坐席：咋了 恁这都逾期九十多天了 俺跟恁说 过了一百天就算恶意逃债 公安直接立案 得进去蹲半年",
           "客户：俺又不是不还 俺家猪还没出栏")),
    ("", ("坐席：喂 恁好 是赵大柱本人不是",
          "客户：是 恁是哪",
          "坐席：俺是信诚达信息服务的 受丰谷村镇银行委托 跟恁说一下恁那笔种养贷 这个月的三千二还没还上",
          "客户：猪瘟死了一圈猪 真没钱",
          "坐席：那中 俺给恁登记一下受灾情况 恁可以去镇上网点申请延期 带上防疫站的证明 俺这边先不催了")),
    ("T", ("坐席：王建国是吧 俺是鼎恒商务的 恁那笔助农贷到底还不还",
           "客户：俺说了秋后还",
           "坐席：秋后秋后 恁闺女在济南那个超市上班吧 俺们明天就打电话找她领导 让她领导看看她爹是个啥人",
           "客户：恁别找俺闺女")),
    ("E", ("坐席：喂 张德明嘛 我是信诚达的 你那个快银花欠起四千多了 好久还嘛",
           "客户：我在外头打工 这个月工资还没发",
           "坐席：没发 那我跟你说嘛 你再不还 我们就在你们村那个群头发你的照片 还要喊村上的大喇叭念你名字 让全村都晓得",
           "客户：你敢")),
    ("IL", ("坐席：喂 你是谭满仓啵 我是鼎恒的 你那个乐分期搞么子还不还",
            "客户：我屋里堂客住院了 冇得钱",
            "坐席：你屋里哪个住院关我么子事 你就是个赖皮 我告诉你 再拖下去法院发传票 直接把你抓去坐牢 你崽以后读大学都读不成")),
    ("", ("坐席：喂 你好 请问是彭秋生本人啵",
          "客户：是我 么子事",
          "坐席：我是鼎恒商务咨询的 受青禾农商行委托 联系你那笔农户小额信用贷款 已经逾期十五天了 应还两千六百块",
          "客户：今年稻子遭了水 收得少",
          "坐席：晓得了 遭灾的可以申请延期 你把村里开的受灾证明拍给支行信贷员 我这边帮你备注 这一周不打扰你")),
    ("R", ("坐席：老孙啊 你这钱到底咋整",
           "客户：我是真没招了 手里一分没有",
           "坐席：没招你就想招啊 你家不还有两头牛吗 牵集上卖了不就有了 再不济你上那个闪借上整个五千 先把我这头平了",
           "客户：牛卖了明年咋整")),
    ("V", ("坐席：喂 係咪陈金水啊 我係信诚达嘅 你笔乐分期拖咗成两个月喇",
           "客户：我而家冇钱啊",
           "坐席：冇钱 我哋啲同事知道你屋企喺边 你个仔喺镇中心小学读三年级 放学自己行路返屋企㗎嘛",
           "坐席：你自己谂清楚啦 下个礼拜之前畀钱")),
    ("", ("坐席：你好 请问係唔係梁水娣本人",
          "客户：係 边位",
          "坐席：我係信诚达信息服务 受丰谷村镇银行委托 提醒你笔养殖贷本月应还一千八百蚊 已经过咗还款日五日",
          "客户：台风吹冧咗鱼塘 啲鱼走晒",
          "坐席：明白 你可以同银行申请受灾延期 我而家帮你登记 迟啲信贷员会打畀你讲手续")),
    ("T", ("坐席：恁不还是吧 中 恁手机通讯录俺这都有 恁舅 恁姨 恁村支书 俺挨个打 一个一个说",
           "客户：恁这是犯法",
           "坐席：俺就是要让恁亲戚都知道 恁自己掂量")),
    ("P", ("坐席：喂 俺是柳河镇派出所的 找恁了解个情况 恁是不是在网上借了个快银花",
           "客户：是借了 咋了",
           "坐席：这个事现在到俺们这了 恁明天上午之前把钱还了 要不俺们就得按程序办")),
    ("LP", ("坐席：你好 我这是青禾县人民法院执行局的 你叫高有田吧",
            "客户：对 啥事",
            "坐席：你欠农商行那笔钱已经立案了 限你三天内还清 不还就拘留十五天 你自个儿寻思寻思")),
    ("", ("坐席：喂 高大哥 我是青禾农商行柳河支行的信贷员小周",
          "客户：啊 小周啊",
          "坐席：你那笔贷款逾期快半年了 行里打算走诉讼了 先跟你说一声 起诉以后法院会给你送达材料 你有啥意见可以在法院说",
          "客户：别起诉啊 我再想想办法",
          "坐席：你要是能拿出个还款计划 这个月来网点谈谈 能协商的我们还是愿意协商的")),
    ("I", ("坐席：你个龟儿子硬是脸皮厚哦 欠了钱躲起 电话也不接",
           "客户：我才下地回来",
           "坐席：下地 你种那二亩地一年挣得到几个钱 穷就莫借嘛 借了就装死 啥子人哦")),
    ("R", ("坐席：你莫跟我讲冇得钱 冇得钱你去卖血嘛 县里血站一次好几百",
           "客户：你讲么子鬼话",
           "坐席：我讲的实话 再不然把你屋里那栋房子押出去 总之月底之前要见到钱")),
    ("E", ("坐席：俺跟恁说 俺这有人专门拍快手 恁要不还 俺就去恁村口拍个视频 标题就写石桥村谁谁谁欠钱不还 让全县人都刷到",
           "客户：恁敢",
           "坐席：恁试试 俺这粉丝好几万")),
    ("", ("坐席：您好 请问是侯春梅女士吗",
          "客户：你们烦不烦 天天打天天打 我说了我没钱",
          "坐席：不好意思打扰您了 我是信诚达的 受惠农宝委托 您的助农贷逾期二十天 今天主要是想了解一下您的情况",
          "客户：我男人在外面打工摔断了腿 家里啥都没了",
          "坐席：了解 这种情况可以申请停催和个性化分期 我帮您提交一下 结果会短信通知您 这段时间不会再给您打电话")),
    ("TV", ("坐席：杨老三 你听好了 下礼拜二俺们五六个人开车到恁河湾村 先去恁家 再去恁兄弟家",
            "客户：恁来干啥",
            "坐席：干啥 恁不还钱俺们就住恁家不走了 恁兄弟不替恁还 俺们一家一家坐")),
    ("L", ("坐席：俺跟恁说个事 恁这贷款再不还 民政那边就给恁把低保停了 恁家老人那个五保也得取消",
           "客户：这跟低保有啥关系",
           "坐席：咋没关系 国家都联网了 欠钱不还的啥补贴都不给")),
    ("R", ("坐席：你唔够钱就去揾啲贷款公司借住先啦 而家好多网贷都唔使审核",
           "客户：我已经借咗好多喇",
           "坐席：多一笔少一笔有咩所谓 先还咗我哋呢笔先讲")),
    ("", ("坐席：你好 我係丰谷村镇银行贷后管理部 提提你 最近有人冒充我哋银行 话可以帮你注销贷款记录 要你转账",
          "客户：系咩 我阿妈前日都收到咁嘅电话",
          "坐席：我哋唔会叫你转账去私人户口 亦唔会收任何注销费 有怀疑可以打我哋官方电话或者报警")),
    ("I", ("坐席：你说你一个大老爷们儿 欠这点钱磨磨唧唧的 整天让你媳妇儿接电话 你是不是个男人",
           "客户：我媳妇儿接咋了",
           "坐席：窝囊废 我都替你臊得慌")),
    ("T", ("坐席：刘金花 我跟你说 我们已经联系你们村支书了 明天让他上你家来做你工作 你要是还不还 我们就找镇政府",
           "客户：你们找村干部干啥",
           "坐席：让村干部天天上门催你 你就老实了")),
    ("L", ("坐席：你晓得啵 你这个上了征信黑名单 你崽读书的学校都要查 连报名都报不上",
           "客户：莫乱讲",
           "坐席：我乱讲 你去问问 现在国家政策就是这样的")),
    ("", ("坐席：王大哥 俺是鼎恒商务的 受青禾农商行委托 恁这笔贷款逾期六十天了 俺得跟恁说清楚",
          "客户：恁说",
          "坐席：逾期的记录银行会按规定报送征信 以后贷款可能受影响 要是一直不还 银行有权去法院起诉 这都是合同里写着的",
          "客户：俺知道了 俺下个月先还一半中不中",
          "坐席：中 俺给恁记上 恁也可以直接跟支行信贷员谈个分期")),
    ("V", ("坐席：你屋头那几亩柑橘今年长得好哦 要是哪天晚上遭人砍了就可惜了",
           "客户：你啥子意思",
           "坐席：没得啥子意思 你把钱还了啥子事都没得")),
    ("IE", ("坐席：老赖就是老赖 我们已经把你照片印出来了 明儿贴你们屯子大队部门口 让老少爷们儿都认认你",
            "客户：你们这是侵犯隐私",
            "坐席：你欠钱还有理了")),
    ("", ("坐席：您好 请问是彭建华先生吗 我是信诚达的 受快银花委托",
          "客户：我没借过快银花 你们搞错人了吧",
          "坐席：好的 您说的情况我记录下来 我们会核实借款人信息 核实之前不会再因为这笔款项联系您",
          "客户：你们最好查清楚")),
    ("R", ("坐席：恁家那宅基地不是还空着一块 找个人转出去 钱不就有了",
           "客户：宅基地咋能卖",
           "坐席：私下转 谁管恁 再不中恁找恁村那个放贷的老马借点 先把俺这窟窿堵上")),
)


# Collectors' calls to borrowers as the quality team exports them: speaker-prefixed text, one turn a line.
AGENT_CALLS_AS_TEXT: tuple[WordingEntry, ...] = (
    ("L", ("催收员：喂 陈秀英吧 我信诚达的 你那个易分期的钱啥时候还",
           "借款人：我手头紧 过几天",
           "催收员：过几天 我跟你说 网贷逾期超过五千就够刑事立案了 到时候派出所上门直接带走 你自己掂量")),
    ("", ("坐席：您好 这里是青禾农商行贷后管理中心 请问是吴长林先生吗",
          "客户：是我",
          "坐席：您在我行的农户联保贷款本期应还三千四百元 已逾期七天 请问是什么原因",
          "客户：在外地打工 工钱结不下来",
          "坐席：理解 您可以先还一部分 剩下的我们帮您申请调整还款日 您看月底能还多少")),
    ("IP", ("坐席：我是县司法局调解中心的 你这个人怎么回事 欠钱不还还有脸躲",
            "客户：司法局还管这个",
            "坐席：专门管你这种不要脸的")),
    ("T", ("坐席：李红梅 你老公在县城那个建筑队上班对吧 我已经查到他们老板的电话了",
           "客户：你找他老板干什么",
           "坐席：你今天不还 明天我就打过去 让他老板扣他工资替你还")),
    ("", ("坐席：喂 您好 我是鼎恒商务咨询的工号三幺二 受沃野农机委托 请问是胡永福本人吗",
          "客户：是 咋了",
          "坐席：您的收割机分期第八期一万二千元已经逾期十天 提醒您尽快安排",
          "客户：今年麦子都倒伏了 收割队没活干",
          "坐席：明白 您可以找沃野农机申请延期 他们有受灾客户的政策 我这边把情况转过去")),
    ("R", ("坐席：你微信里不是有那么多亲戚吗 一人借你一千 十个人就一万 先还了再说",
           "客户：我不想跟亲戚开口",
           "坐席：面子值几个钱 要不你信用卡套个现也行 反正今天必须到账")),
    ("", ("坐席：您好 我是惠农宝贷后客服 提醒您 您的助农贷已于三天前到期 应还八百六十元",
          "客户：我都七十多了 是我孙子帮我在手机上弄的 我不知道咋还",
          "坐席：大爷 那我给您慢慢讲 您也可以让您孙子帮您在APP里点还款 或者到镇上的惠农服务点 工作人员会帮您 不收费")),
    ("V", ("催收员：谭大勇 你家住在柳河镇东坡村三组对吧 你每天早上六点去镇上卖菜走的那条河堤路 我们都清楚",
           "借款人：你跟踪我",
           "催收员：我只是提醒你 路上注意安全 钱早点还")),
    ("", ("客户：你们再打我就去幺二三七八投诉",
          "坐席：您有权投诉 我这边记录您的意见 以后只通过短信联系您 您需要协商还款随时打客服电话")),
    ("E", ("坐席：你家是不是在河湾村 村口那个宣传栏挺显眼啊",
           "客户：你想干啥",
           "坐席：不干啥 就是做几张你欠款的公告贴上去 配上你的照片 全村人路过都看得见")),
    ("L", ("坐席：我给你说清楚 你这个是联保贷款 你不还 你那几个联保户都要被法院抓去 你害了一村子人",
           "客户：联保人也要坐牢",
           "坐席：那当然 你以为签字好玩的")),
    ("", ("坐席：杨大姐 我是丰谷村镇银行的信贷员 上次您说的养殖场受灾 我们已经报上去了",
          "客户：批下来没",
          "坐席：批了 您的贷款延期六个月 这期间不算逾期 也不收罚息 补充协议您明天来网点签一下")),
    ("IP", ("坐席：我是北京盛和律师事务所的张律师 你这个老赖我见多了 你以为躲到乡下就没事了",
            "客户：律师打电话干嘛",
            "坐席：你的案子现在在我手上 起诉状都写好了")),
    ("", ("坐席：您好 我是信诚达信息服务的 请问您是范国强吗",
          "客户：我是他爸 他出去打工了",
          "坐席：好的 那麻烦您让他方便时回个电话 号码是四零零六八八二三一五 谢谢您 打扰了")),
    ("R", ("坐席：你家不是有辆三轮 还有台旋耕机吗 拉到二手市场卖了",
           "客户：卖了我咋种地",
           "坐席：种地的事以后再说 先卖了把钱还上")),
    ("", ("客户：我跟你说 我已经请了镇上的法律援助律师 以后有事你找他",
          "坐席：好的 请您提供一下律师的联系方式 我们后续会和律师沟通 不再直接联系您")),
    ("T", ("坐席：你不接电话是吧 那行 你村主任的电话我有 你二叔的电话我也有 我一个一个打 让他们都来找你",
           "客户：你打吧",
           "坐席：到时候别怪我没给你留面子")),
    ("LP", ("坐席：我是青禾县公安局经侦大队的 你涉嫌贷款诈骗 今天下午之前不还款就上网追逃",
            "客户：我就欠了三千块",
            "坐席：三千也是诈骗")),
    ("", ("坐席：您好 我是青禾农商行的 您上个月反映的村里有人冒充我们收钱的事 我们已经报警了",
          "客户：抓到了没",
          "坐席：警方在查 再提醒您一下 我们所有还款只走银行账户 任何人上门收现金 您都别给")),
    ("I", ("坐席：你们东坡村的人是不是都这德性 借钱的时候跟孙子似的 还钱的时候跟大爷似的",
           "客户：你说话放尊重点",
           "坐席：尊重 你配吗")),
)


# Voice robots of the lenders and the agencies, as timed turns.
ROBOT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好 这里是青禾农商行智能客服小禾 您的农户贷款将于三天后到期 应还本息一千二百元 请按时还款 如已还款请忽略",
          "客户：知道了",
          "坐席：感谢您的接听 再见")),
    ("", ("坐席：您好 我是丰谷村镇银行的语音助手 您的贷款已逾期五天 如遇受灾 疾病等困难 请按一号键转人工申请帮扶",
          "客户：一",
          "坐席：正在为您转接人工服务 请稍候")),
    ("T", ("坐席：您好 这里是信诚达智能语音 您的快银花账单已逾期三十天 系统将于明日起联系您的紧急联系人及通讯录好友 协助催收 如需避免 请于今日内还款",
           "客户：喂 喂")),
    ("L", ("坐席：您好 本通话由鼎恒商务智能外呼系统发起 您的欠款已进入司法程序 今日未还款将生成犯罪记录 并同步至您户籍所在地派出所",
           "客户：啥犯罪记录")),
    ("", ("坐席：您好 惠农宝提醒您 近期有不法分子冒充惠农宝工作人员 以降低利息 注销账户为由要求转账 惠农宝不会要求您向任何个人账户转账 请注意防范",
          "客户：好的好的")),
    ("E", ("坐席：您好 您的逾期信息已提交至村级信用公示平台 将在本村公示栏及村广播中公示 如需撤销公示 请在二十四小时内还清欠款",
           "客户：什么公示栏")),
    ("", ("坐席：您好 这里是沃野农机金融服务 您的拖拉机分期第五期应还六千八百元 还款日为本月二十日 请保证绑定银行卡余额充足",
          "客户：嗯",
          "坐席：如需咨询请拨打客服热线 感谢接听")),
    ("LP", ("坐席：这里是青禾县人民法院诉讼服务中心 您因拖欠贷款已被列为被告 传票将于三日内送达 届时将依法对您实施司法拘留 详情请按零",
            "客户：零")),
    ("", ("坐席：您好 青禾农商行提醒您 您的贷款已逾期十五天 逾期信息将按规定报送金融信用信息基础数据库 请尽快还款或联系信贷员协商",
          "客户：我明天去网点")),
    ("V", ("坐席：您好 这里是鼎恒催收中心 我们的外访组五名同事今晚到您家 到时您家里老人孩子都在 希望您别让场面难看 如需取消外访请立即还款",
           "客户：啥")),
    ("", ("坐席：您好 这里是丰谷村镇银行 因本县遭受洪涝灾害 受灾农户的贷款可申请延期还款 期间免收罚息 详情请咨询当地网点",
          "客户：那我家算不算受灾户",
          "坐席：请您携带村委会出具的受灾证明到网点办理 感谢接听")),
    ("R", ("坐席：您好 您的欠款已严重逾期 系统检测到您可在合作平台易周转申请新额度 最快五分钟放款 借新还旧 避免逾期升级 请按一号键获取链接",
           "客户：一")),
)


# Calls to village committees, village heads, relatives, neighbours and grandparents (timed turns).
VILLAGE_CALLS: tuple[WordingEntry, ...] = (
    ("D", ("坐席：喂 是石桥村村委会吗 我是信诚达信息服务的",
           "第三方：是 啥事",
           "坐席：你们村有个叫赵保国的 在快银花借了一万二 逾期四个月了 麻烦村里通知他一下 让他赶紧还",
           "第三方：这事你们找他本人")),
    ("DT", ("坐席：你是王有才的哥吧 你弟欠我们农机分期八万多 他人跑了 你做哥的得替他还",
            "第三方：他欠的钱我凭啥还",
            "坐席：你不还 我们就天天打你电话 到你单位去找你领导 你看着办")),
    ("", ("坐席：您好 请问是刘德胜家吗 我找刘德胜本人",
          "第三方：他不在 我是他娘",
          "坐席：好的大娘 麻烦您让他方便的时候回个电话 号码是零三七一六八八二五五零七 打扰您了",
          "第三方：中 俺跟他说")),
    ("DET", ("坐席：张主任 你们河湾村的李向东欠钱不还 在我们这逾期半年了",
             "第三方：我们村委会不管这个",
             "坐席：你不管 那我们就把他的欠款材料寄到乡政府 再在你们村广播里播 到时候你们村评先进可就悬了")),
    ("D", ("坐席：喂 您好 您是周桂芳的邻居吧 她留的联系人是您",
           "第三方：啊 是 咋了",
           "坐席：她在我们丰谷村镇银行贷的养殖贷逾期了 一直联系不上 您见着她跟她说一声",
           "第三方：行吧")),
    ("", ("坐席：您好 是吴德明吗",
          "第三方：不是 你打错了 我不认识这个人",
          "坐席：不好意思打扰了 我们会把这个号码删除 再见")),
    ("DT", ("坐席：你是孙小兵的爷爷吧 你孙子在网上借了钱不还 已经一万多了",
            "第三方：啥 我咋不知道",
            "坐席：你现在知道了 你是他爷爷你就得管 你不替他还 我们就打到他打工的厂里 让他干不下去",
            "第三方：我一个老头子哪有钱")),
    ("", ("坐席：您好 是东坡村村委会吗 我是县农商行柳河支行的",
          "第三方：是 您说",
          "坐席：我们想请村里帮忙通知一下 本周六上午支行在村部开展防范电信诈骗宣传 顺便办理受灾农户的延期申请 麻烦在群里发个通知",
          "第三方：好 我让文书发")),
    ("DIT", ("坐席：你跟陈老四是邻居是吧 他欠了钱躲着不还 就是个骗子 你帮我盯着点 他回来了给我打电话",
             "第三方：我不管你们的事",
             "坐席：你不管 那我们以后就天天打你这个电话")),
    ("", ("坐席：您好 请问是马春兰女士吗",
          "第三方：我是她儿媳妇 她去地里了",
          "坐席：那麻烦您转告她回个电话 就说有事情找她本人 号码是零七四三八二五七七三六 谢谢",
          "第三方：好")),
    ("DE", ("坐席：你是靠山屯的屯长吧 你屯子的于大海欠我们快银花两万 你给他捎个话 三天不还 我们就派人到你屯子去 挨家挨户问他欠钱的事",
            "第三方：你们这是干啥")),
    ("", ("坐席：您好 请问您认识孟凡军吗 他留的是您的号码",
          "第三方：他是我表弟 咋了",
          "坐席：我们有事需要联系他本人 方便的话麻烦请他回电",
          "第三方：我也没他新号 我让他打给你",
          "坐席：好的 谢谢您 打扰了")),
    ("DT", ("坐席：你是谢小燕的姐姐吧 她那个网贷欠了三万多 你在深圳打工工资不低 你先帮她垫上",
            "第三方：凭什么我垫",
            "坐席：你是她亲姐 你不垫 我们就一直找你 找到你们厂里去")),
    ("D", ("坐席：奶奶 您孙女李思雨在我们平台借了钱 八千多 逾期两个月了 您跟她说一下",
           "第三方：她在外头上班 俺不知道啊",
           "坐席：那您跟她说 让她给我们回电话")),
    ("DV", ("坐席：小朋友 你爸爸是不是叫周大军",
            "第三方：是啊",
            "坐席：你跟你爸爸说 他欠的钱再不还 叔叔就去你们学校找你 记住了吗",
            "第三方：我害怕")),
    ("", ("坐席：您好 请问是胡永福的家属吗",
          "第三方：我是他老婆",
          "坐席：我们有事需要联系胡永福本人 麻烦您请他本人接一下电话 或者让他方便时回拨 谢谢")),
    ("DT", ("坐席：喂 你係唔係黄志强个阿妈 你个仔借咗我哋钱唔还 成五万蚊",
            "第三方：乜嘢话",
            "坐席：你做阿妈嘅 今个礼拜帮佢还咗佢 唔系我哋日日打畀你 打到你冇觉好瞓")),
    ("", ("坐席：李书记您好 我是丰谷村镇银行的 想跟您确认一下 咱们村今年受灾的农户名单 村里报到乡里了吗",
          "第三方：报了 一共三十七户",
          "坐席：好的 我们按乡里的名单给这些户主动办延期 不用他们再跑 谢谢您")),
    ("DIT", ("坐席：你就是东坡村的支书 你们村的谭满仓欠钱不还 你当支书的不管 你们村就是个老赖村",
             "第三方：你说话注意点",
             "坐席：你不让他还 我们就向镇里反映你包庇")),
    ("D", ("坐席：喂 你是彭家的邻舍啵 彭秋生欠了我们农商行两万块 拖了三个月 你帮忙跟他讲一声",
           "第三方：我跟他屋里不熟")),
)


# Calls whose callee never said who they are, exported as text.
UNKNOWN_CALLS: tuple[WordingEntry, ...] = (
    ("L", ("坐席：喂 喂 听得见吗 我找刘建军",
           "客户：你哪位",
           "坐席：你告诉刘建军 他的事已经移交公安了 这两天就有人去抓他")),
    ("", ("坐席：您好 请问是这个号码的机主吗 我们是信诚达信息服务 有件事需要和李秀兰女士本人确认",
          "客户：你们是干啥的 是不是骗子",
          "坐席：我们是正规的委托机构 您可以先通过委托方官方客服电话核实我们 核实后再回电也可以")),
    ("V", ("坐席：你是他什么人都无所谓 你转告他 我们的人已经在他家楼下了 今天不还钱谁都别想出门",
           "客户：你说啥")),
    ("", ("客户：喂 你们又打 我都说了这个号是我新办的 不认识你们找的人",
          "坐席：抱歉打扰 我这边把号码从系统里删掉 不会再打了")),
    ("IT", ("坐席：不管你是谁 你认识这个人就告诉他 他就是个没良心的白眼狼 借钱的时候求爷爷告奶奶 现在装死 他爹妈我们也会找",
            "客户：神经病")),
    ("", ("坐席：您好 请问您是本号码的机主吗",
          "客户：是 咋了",
          "坐席：麻烦您报一下姓名 我们核对一下身份 因为涉及个人业务 只能和本人沟通",
          "客户：我不报 你们自己查")),
    ("P", ("坐席：这里是柳河镇人民政府综治办 我们接到银行的函 要找你们家的人了解一下贷款的事 你让他明天上午到镇政府来一趟",
           "客户：镇政府管这个")),
    ("", ("客户：你们是不是快银花的",
          "坐席：我这边是受委托的机构 请问您是借款人本人吗 确认后才能跟您说具体情况",
          "客户：我是他老婆 他不在",
          "坐席：好的 那麻烦您让他本人方便时联系我们 我们不和家属谈具体账务")),
)


# More dialect calls to borrowers, exported as text by the quality team.
DIALECT_CALLS_AS_TEXT: tuple[WordingEntry, ...] = (
    ("I", ("催收员：我说老于啊 你可真行 电话不接微信不回 你搁那猫冬呢",
           "借款人：我这不是手机没电了吗",
           "催收员：手机没电 你脑子也没电啊 瞅你那熊样儿 欠钱还有理了")),
    ("", ("催收员：于大哥你好 我是信诚达的小孙 受快银花委托给你打个电话 你那账逾期四十天了 两万零一百八",
          "借款人：我知道 今年苞米价太低 卖不上钱",
          "催收员：理解 你看能不能先还一部分 剩下的我帮你跟平台申请分期 分六期或者十二期都行",
          "借款人：那我先还三千")),
    ("V", ("催收员：张德明 我跟你说 我们有兄弟就在你们镇上 你屋头老汉天天在茶馆打牌 我们晓得的",
           "借款人：你想咋子",
           "催收员：不想咋子 钱拿来大家都好")),
    ("", ("催收员：喂 你好 请问是张德明本人不 我是信诚达的 受快银花委托",
          "借款人：是我 啥子事嘛",
          "催收员：你那笔借款逾期三个月了 欠四千二 今天打电话主要是想问下你的情况",
          "借款人：我在外头打工 老板拖起工资的",
          "催收员：那这样嘛 你先还点利息 剩下的等你工资结了再说 要得不")),
    ("T", ("催收员：谭满仓 你不还是吧 要得 明天我就打电话到你们村上 找你们村支书 找你屋里兄弟 一个个跟他们讲",
           "借款人：你莫乱来啊",
           "催收员：我乱来 你欠钱不还才是乱来")),
    ("", ("坐席：喂 彭满爹啵 我是青禾农商行柳河支行的小刘",
          "客户：哦 小刘啊 么子事",
          "坐席：跟您讲一声 最近有人冒充我们银行打电话 讲您贷款要转到么子安全账户 您莫信 我们从来不要您转账的",
          "客户：晓得了晓得了 上回就有个人打过")),
    ("L", ("催收员：俺跟恁说实话 恁这个是政府贴息的贷款 不还就是骗国家的钱 这要判刑的",
           "借款人：俺就晚了一个月",
           "催收员：一个月也不中 到时候恁村里给恁评的困难户也得给恁摘了")),
    ("", ("坐席：刘叔 俺是农商行柳河支行的小周 恁是李向东那笔联保贷款的联保人",
          "客户：是啊 咋了",
          "坐席：他这笔贷款逾期四个月了 按联保协议 他不还 联保人得在担保范围内担责 俺今天先跟恁说一声",
          "客户：俺也找不着他啊",
          "坐席：中 恁这边的责任和金额俺们下礼拜到网点当面跟恁算清楚 有啥异议也可以提 恁还了的部分可以找他追偿")),
    ("R", ("催收员：恁家那俩大棚不是刚摘了一茬西红柿吗 钱呢",
           "借款人：那钱得买化肥",
           "催收员：化肥先赊着 要不恁去找信用社再贷一笔 先把这头的窟窿补上")),
    ("", ("坐席：王大哥 俺是鼎恒商务的 上回恁说恁娘住院了 现在咋样了",
          "客户：出院了 花了好几万",
          "坐席：那恁这个月的还款俺给恁申请往后挪俩月 委托方那边已经同意了 恁先顾家里",
          "客户：那谢谢恁了")),
    ("E", ("催收员：陈生 你再唔还钱 我哋就喺你条村嘅祠堂门口贴张告示 等全村人都睇到",
           "借款人：你哋咁样係犯法㗎",
           "催收员：你唔想出名就快啲还钱")),
    ("", ("坐席：梁姐你好 我係丰谷村镇银行嘅小何 上个月你申请嘅台风延期批咗喇",
          "客户：真係 咁我几时开始还",
          "坐席：由明年三月开始 每个月一千八 中间冇罚息 你得闲嚟网点签个字就得")),
    ("P", ("催收员：我是县法院的 你那案子到我这儿了 你明儿个上午来一趟",
           "借款人：法院的咋用手机打电话",
           "催收员：少废话 不来后果自负")),
    ("I", ("催收员：你个瓜娃子 借钱的时候好积极哦 还钱就装怂",
           "借款人：你咋个骂人嘛",
           "催收员：骂你咋了 你就是个耍赖皮的")),
)


class FilledTemplate(NamedTuple):
    """A stage template's message: its label letters, its text as sent, the template it was filled from, the
    values filled in (None: sent with its placeholders unfilled) and the borrower's days overdue."""

    letters: str
    text: str
    template_id: str
    template_vars: dict[str, str] | None
    days_overdue: int


def _template(letters: str, template_id: str, days_overdue: int, pattern: str,
              values: dict[str, str] | None = None) -> FilledTemplate:
    """A template's message, its placeholders filled with `values`, or left as written when there are none."""
    text = pattern.format(**values) if values is not None else pattern
    return FilledTemplate(letters, text, template_id, values, days_overdue)


# The lenders' and the agencies' stage SMS templates, as the SMS gateway logged them.
STAGE_TEMPLATES: tuple[FilledTemplate, ...] = (
    _template("", "QH-SMS-R01", -3,
              "【青禾农商行】{name}，您的农户小额贷款本期应还{amount}元，还款日{date}，请确保尾号{card}账户余额充足。",
              {"name": "何先生", "amount": "1,860.00", "date": "11月20日", "card": "6621"}),
    _template("", "QH-SMS-R02", 0,
              "【青禾农商行】{name}您好，今日为您贷款的还款日，应还{amount}元，已还款请忽略。"),
    _template("", "QH-SMS-E01", 4,
              "【青禾农商行】{name}，您的贷款已逾期{days}天，应还{amount}元，逾期将按合同计收罚息。如因灾害、疾病等原因还款困难，请联系柳河支行信贷员{officer}协商。",
              {"name": "韦女士", "days": "4", "amount": "3,120.50", "officer": "周经理"}),
    _template("", "FG-SMS-E02", 6,
              "【丰谷村镇银行】尊敬的客户，您的养殖贷已逾期{days}天。逾期信息将依法报送金融信用信息基础数据库，请尽快还款，以免影响您今后的信贷业务。",
              {"days": "6"}),
    _template("", "FG-SMS-M01", 10,
              "【丰谷村镇银行】{name}，您本期欠款{amount}元已逾期{days}天。本行支持受灾农户申请延期还款，携村委会受灾证明至就近网点办理，全程不收费。",
              {"name": "梁女士", "amount": "1,800.00", "days": "10"}),
    _template("", "HN-SMS-R01", -1,
              "【惠农宝】{name}，您的助农贷明天到期，应还{amount}元。惠农宝工作人员不会要求您向个人账户转账，谨防诈骗。",
              {"name": "王阿姨", "amount": "550.00"}),
    _template("", "WY-SMS-R01", -5,
              "【沃野农机金融】{name}，您的{machine}分期第{term}期{amount}元将于{date}扣款，请提前存入绑定账户。",
              {"name": "胡先生", "machine": "收割机", "term": "9", "amount": "12,000.00", "date": "6月28日"}),
    _template("", "WY-SMS-E01", 3,
              "【沃野农机金融】{name}，您的农机分期已逾期{days}天，应还{amount}元。夏粮减产客户可申请调整还款计划，详询{hotline}。",
              {"name": "刘先生", "days": "3", "amount": "6,800.00", "hotline": "400-861-5527"}),
    _template("T", "DH-SMS-M01", 9,
              "【鼎恒商务】{name}，您拖欠{lender}款项{amount}元已{days}天，我司已调取您的紧急联系人信息，今日18点前未处理将逐一告知您的家属。",
              {"name": "王建国", "lender": "惠农宝", "amount": "2,480.00", "days": "9"}),
    _template("E", "DH-SMS-M02", 12,
              "【鼎恒商务】{name}，您的欠款逾期{days}天仍未处理，我司将在{village}村务公开栏张贴催收公告，请珍惜最后的处理机会。",
              {"name": "赵保国", "days": "12", "village": "石桥村"}),
    _template("L", "XC-SMS-L01", 20,
              "【信诚达】{name}，您的欠款已满足恶意逃债立案标准，案件将移交户籍地公安机关，届时将对您采取强制措施。请于{date}前全额还款。",
              {"name": "陈秀英", "date": "10月15日"}),
    _template("LP", "XC-SMS-L02", 25,
              "【青禾县人民法院】{name}，你因拖欠{lender}借款一案已立案受理，案号{case}，请于三日内主动履行，逾期将依法强制执行。",
              {"name": "孟凡军", "lender": "快银花", "case": "（2027）青0521民初第0433号"}),
    _template("", "QH-SMS-L01", 40,
              "【青禾农商行】{name}，您的贷款逾期{days}天，本行已多次提醒。如仍未还款，本行将依据借款合同向人民法院提起诉讼，诉讼结果以法院判决为准。协商电话{hotline}。",
              {"name": "李先生", "days": "40", "hotline": "0743-8261552"}),
    _template("T", "DH-SMS-L03", 35,
              "【鼎恒商务】{name}，你名下欠款至今未还。你在{city}打工的单位地址我司已核实，明日起将派专员前往单位协助催收，届时你的同事领导都会知情。",
              {"name": "陈金水", "city": "东莞"}),
    _template("", "FG-SMS-R02", -7,
              "【丰谷村镇银行】{name}，您的种养贷将于{date}到期，如需续贷或展期，请于到期前到网点咨询。",
              {"name": "杨女士", "date": "12月1日"}),
    _template("I", "XC-SMS-M03", 8,
              "【信诚达】{name}，借钱时说得好听，还钱时就装聋作哑，你这种人在村里也抬不起头吧？欠款{amount}元，今天处理。",
              {"name": "李二妮", "amount": "26,340.00"}),
    _template("R", "XC-SMS-M04", 14,
              "【信诚达】{name}，您欠款{amount}元已逾期{days}天。资金困难可通过{app}申请周转额度，当天到账后立即还款，避免进一步处理。",
              {"name": "张德明", "amount": "4,200.00", "days": "14", "app": "易周转"}),
    _template("", "HN-SMS-E01", 2,
              "【惠农宝】{name}，您的助农贷已逾期{days}天，应还{amount}元，可在惠农宝APP或乡镇惠农服务点还款。如有疑问请致电{hotline}。"),
    _template("V", "DH-SMS-L04", 45,
              "【鼎恒商务】{name}，你家的住址、你孩子读书的学校我们都已掌握。今天不给答复，后果自负。",
              {"name": "胡永福"}),
    _template("", "QH-SMS-M01", 15,
              "【青禾农商行】{name}，您的联保贷款已逾期{days}天。按联保协议，逾期未还的，本行将依约要求联保小组成员承担保证责任，请您尽快还款或与信贷员协商。",
              {"name": "李向东", "days": "15"}),
    _template("ET", "XC-SMS-L05", 30,
              "【信诚达】{name}，如{date}前仍不还款，我司将制作你的欠款视频发布在快手、抖音，并@你通讯录里的所有好友。",
              {"name": "侯春梅", "date": "9月30日"}),
    _template("", "WY-SMS-L01", 60,
              "【沃野农机金融】{name}，您的农机分期已逾期{days}天。根据合同约定，本公司有权依法取回农机或向法院申请实现担保物权，具体以法律程序为准。如需协商，请致电{hotline}。",
              {"name": "胡先生", "days": "60", "hotline": "400-861-5527"}),
    _template("L", "DH-SMS-M05", 11,
              "【鼎恒商务】{name}，你的逾期记录已同步公安、教育部门，子女升学、参军政审将受影响，请立即还款{amount}元。",
              {"name": "周大军", "amount": "9,650.00"}),
    _template("", "FG-SMS-E03", 1,
              "【丰谷村镇银行】{name}，您的贷款昨日到期未还款，如已还款请忽略。如遇困难，请回复“协商”，信贷员将与您联系。",
              {"name": "周女士"}),
    _template("LP", "XC-SMS-L06", 50,
              "【青禾县公安局】{name}，你涉嫌拖欠网贷一事已进入调查程序，请于{date}前联系办案人员{phone}说明情况。",
              {"name": "谭大勇", "date": "11月3日", "phone": "0743-8526117"}),
    _template("", "QH-SMS-R03", -2,
              "【青禾农商行】温馨提示：{name}，您的贷款{date}到期。本行不会通过短信链接收取还款，请通过手机银行或柜台还款。",
              {"name": "吴先生", "date": "8月15日"}),
    _template("R", "DH-SMS-M06", 13,
              "【鼎恒商务】{name}，地里的粮食、圈里的牲口、院里的三轮都能卖了变现，欠款{amount}元限今日结清。",
              {"name": "彭秋生", "amount": "2,600.00"}),
    _template("", "HN-SMS-M01", 16,
              "【惠农宝】{name}，您的助农贷已逾期{days}天。我们理解受洪灾影响的农户还款困难，您可在APP“困难帮扶”中申请停息挂账或分期，审核期间暂停催收。",
              {"name": "侯女士", "days": "16"}),
    _template("IE", "XC-SMS-L07", 28,
              "【信诚达】{name}这个老赖的名字，明天会出现在{village}村口的大红纸上，全村老少都来看看。",
              {"name": "谭满仓", "village": "东坡村"}),
    _template("", "FG-SMS-L02", 90,
              "【丰谷村镇银行】{name}，本行已就您的借款纠纷向{court}提起诉讼，法院将依法送达起诉状副本及开庭传票，请按时应诉。如愿调解，可致电{hotline}。",
              {"name": "杨先生", "court": "青禾县人民法院", "hotline": "0743-8213550"}),
    _template("", "XC-SMS-E01", 5,
              "【信诚达】{name}，受{lender}委托提醒：您的借款已逾期{days}天，应还{amount}元。如有异议或需协商，请拨打委托方官方客服核实。"),
    _template("R", "DH-SMS-M07", 18,
              "【鼎恒商务】{name}，您逾期已{days}天。您的家人、工友都可以帮您周转，今天借到明天还上，别让小钱拖成大事。",
              {"name": "于大海", "days": "18"}),
)


# In-app messages of the online lenders and the machinery financier.
APP_TEMPLATES: tuple[FilledTemplate, ...] = (
    _template("", "HN-APP-R01", -3,
              "惠农宝提醒：{name}，您的助农贷{amount}元将于{date}到期，点击“我的借款”即可还款。",
              {"name": "王阿姨", "amount": "550.00", "date": "9月12日"}),
    _template("", "HN-APP-E01", 5,
              "您的助农贷已逾期{days}天。遇到困难？点击“困难帮扶”，上传受灾或就医证明即可申请延期。",
              {"days": "5"}),
    _template("L", "KY-APP-M01", 10,
              "快银花：{name}，您的账户已逾期{days}天，系统已将您标记为失信人员，您及直系亲属将无法乘坐高铁飞机。",
              {"name": "孙小兵", "days": "10"}),
    _template("", "KY-APP-M02", 8,
              "快银花：{name}，您已逾期{days}天，应还{amount}元。逾期记录将按规定上报征信，请尽快还款。",
              {"name": "谢女士", "days": "8", "amount": "3,150.00"}),
    _template("T", "KY-APP-L01", 20,
              "快银花：{name}，您授权的通讯录已进入催收流程，今日起将向您的{count}位联系人发送协催短信。",
              {"name": "张德明", "count": "186"}),
    _template("", "HN-APP-M01", 14,
              "【惠农宝服务通知】{name}，因您所在的{town}列入今年洪涝受灾乡镇，您的助农贷可自动延期三个月，无需申请，期间不计罚息。",
              {"name": "侯女士", "town": "柳河镇"}),
    _template("R", "KY-APP-M03", 12,
              "快银花：{name}，还款有困难？合作平台“易周转”为您预审{limit}元额度，借新还旧，一键结清本平台欠款。",
              {"name": "谢小燕", "limit": "5,000"}),
    _template("", "WY-APP-E01", 4,
              "沃野农机：您的{machine}分期第{term}期已逾期{days}天，应还{amount}元，请在APP内还款或联系当地经销商协商。",
              {"machine": "拖拉机", "term": "5", "days": "4", "amount": "6,800.00"}),
    _template("E", "KY-APP-L02", 25,
              "快银花：{name}，您的逾期信息将于{date}在“乡村诚信曝光台”展示，并推送至您所在村的村民群，请及时处理。",
              {"name": "李二妮", "date": "11月1日"}),
    _template("", "KY-APP-R01", -1,
              "快银花：{name}，您的账单明天到期，应还{amount}元。请勿相信任何自称可以“消除逾期记录”的人员。",
              {"name": "孟先生", "amount": "1,320.00"}),
    _template("LP", "KY-APP-L03", 30,
              "【青禾县人民检察院提示】{name}，您拖欠网络借款已被列入重点核查名单，请于{date}前结清欠款。",
              {"name": "孙小兵", "date": "12月5日"}),
    _template("", "HN-APP-L01", 60,
              "惠农宝：{name}，您的助农贷逾期已超过{days}天。我们将委托第三方机构依法催收，如仍未还款，将依法提起诉讼。如有异议请在APP内提交。",
              {"name": "王建国", "days": "60"}),
    _template("I", "KY-APP-M04", 9,
              "快银花：{name}，全村就你最会装穷，欠{amount}元拖着不还，脸都不要了？",
              {"name": "范国强", "amount": "9,600"}),
    _template("", "WY-APP-R01", -4,
              "沃野农机：{name}，您的收割机分期{date}扣款{amount}元。麦收期间如有作业款未结，可申请延后十五天扣款。",
              {"name": "胡先生", "date": "6月28日", "amount": "12,000.00"}),
    _template("V", "KY-APP-L04", 35,
              "快银花：{name}，外访组已到{town}，你家位置已确认，晚上在家等着。",
              {"name": "于大海", "town": "靠山屯"}),
    _template("", "HN-APP-E02", 2,
              "惠农宝：您的助农贷已逾期{days}天，应还{amount}元，如已还款请忽略。"),
)


# Agencies' free-text SMS to borrowers, from collectors' own phones and gateways.
AGENCY_SMS: tuple[WordingEntry, ...] = (
    ("T", "刘长贵，沃野农机的分期你打算拖到啥时候？明天开始我们联系你在苏州电子厂上班的儿子，让他知道他爹是什么人。"),
    ("V", "你家门口那条狗叫得挺凶啊，昨天我们路过看了一眼。钱准备好，别让我们再跑一趟。"),
    ("L", "王建国：你的行为已构成拒不履行合同，根据新规超过九十天即按诈骗罪处理，最高可判三年。"),
    ("E", "李二妮，我们准备了一条横幅，写着“石桥村李二妮欠债不还”，周日赶集那天挂到镇上十字路口，你想清楚。"),
    ("I", "谭满仓，你这种欠债不还的烂人，活着就是浪费粮食。"),
    ("R", "张德明，没钱就去找你们镇上放水的借，利息高点怕啥，先把我们的平了，不然麻烦更大。"),
    ("IV", "高有田你个缩头乌龟，躲得了初一躲不了十五，哪天在镇上碰到你，腿给你打折。"),
    ("T", "陈金水：你老婆在县医院当护工是吧？医院的电话我们有，你自己决定要不要让她丢工作。"),
    ("L", "你不还款，你的联保人都要跟着坐牢，你们组那几户人家会恨你一辈子。"),
    ("E", "侯春梅：你在快手上天天发视频卖土鸡蛋挺热闹，我们也准备在你视频下面留言，让你的粉丝都知道你欠钱。"),
    ("R", "最后通知：你名下不是有辆三轮吗，再加上家里那几头羊，卖了够还了。周五前不结清，后果自负。"),
    ("P", "【青禾县柳河镇司法所】你与鼎恒商务的债务纠纷已移交我所调解，请于本周五前到所里签字确认还款计划。"),
    ("I", "种了半辈子地连几千块都还不上，也不知道你活着图个啥。"),
    ("ET", "你们村支书、会计、妇女主任的电话我都有了，明天一人一个电话，再发到村干部群里，让你在村里没法做人。"),
    ("L", "彭秋生：征信黑了以后，你家承包地的补贴、粮食直补全部冻结，宅基地也不给你确权。"),
    ("V", "你在深圳龙华那个工地住几栋几楼我们都清楚，过年回不回家你自己看着办，你爹妈可还在村里。"),
    ("R", "你不是在抖音上开了直播卖货吗？办张信用卡套个现先还我们，不会？我教你。"),
    ("IT", "赖皮狗，你二姑家在县城开超市是吧，明天我们给她打电话，让她看看她侄子是什么货色。"),
    ("L", "根据《民法典》第一千二百条，欠款超过一年的，法院可以直接拘留本人及其配偶。"),
    ("E", "你家孩子在柳河镇中学，我们准备把你的欠款公告发到学校家长群，让大家评评理。"),
    ("LP", "我是青禾县人民法院的书记员，你的案子下周开庭，你不来就缺席判决，到时候直接执行你家房子。"),
    ("V", "我们几个兄弟已经到柳河镇了，在你家附近的小卖部等你，你出来聊聊还是我们进去聊？"),
    ("R", "建议你把明年的土地流转费先预支出来，或者找村里的合作社借一笔，哪怕借高息也要先把这边还上。"),
    ("IL", "骗子！你借的钱就是骗来的，已经够判刑了，等着吃牢饭吧。"),
    ("T", "于大海，今天下午五点前不还款，我们就开始给你微信里的家族群成员一个一个打电话。"),
    ("E", "我们有无人机，明天在你们屯子上空放一圈你的欠款喊话，看你还躲不躲。"),
    ("L", "欠款不还的，户籍所在地会取消你家的医保和养老金，这是国家规定。"),
    ("I", "周大军，当爹的欠钱不还，你真是给你们老周家丢人，祖宗的脸都让你丢尽了。"),
)


# SMS signed as an authority or a law firm by the agencies that sent them.
AUTHORITY_SIGNED: tuple[WordingEntry, ...] = (
    ("LP", "【青禾县人民法院】周桂芳，你欠丰谷村镇银行养殖贷款一案，本院已受理，请于7日内联系承办人0743-8213306，逾期将依法缺席审理。"),
    ("P", "【柳河镇派出所】提醒：马春兰，请尽快归还快银花平台借款，避免给家人带来不必要的麻烦。"),
    ("P", "【青禾县司法局】您的债务纠纷已纳入人民调解，请于收到短信后二日内回复确认还款方式。"),
    ("LP", "【青禾县公安局经侦大队】孟凡军：你涉嫌骗取贷款，已被列为网上在逃人员，投案自首可从轻处理。"),
    ("P", "【中和律师事务所】受快银花委托，我所律师将于近日前往您户籍地了解情况，请提前准备还款。"),
    ("LP", "【青禾县人民法院执行局】于大海，你的财产已被查封，你名下承包地将于下周公开拍卖。"),
    ("P", "【柳河镇人民政府】李向东，受银行委托通知你，速到镇政府处理你的贷款逾期问题。"),
    ("LP", "【失信被执行人公布平台】谢小燕，你已被纳入失信黑名单，子女不得就读私立学校，如需移除请联系0743-8226145。"),
    ("P", "【青禾县金融监管办公室】提醒你：请于本月底前归还惠农宝欠款。"),
    ("LP", "柳河镇派出所民警王警官：陈老四，你欠款的事有人报案了，抽空来所里一趟，带上身份证。"),
    ("P", "【金诚律师事务所 刘正律师】胡永福先生：受沃野农机金融委托，现正式通知您于五日内结清分期欠款，否则本律师将代表委托方采取进一步措施。"),
    ("LP", "【青禾县人民检察院】杨老三，你因拖欠贷款被依法传唤，传唤证已送达村委会，请于三日内到院接受询问。"),
)


# The lenders' and agencies' lawful SMS: reminders, hardship deferrals, guarantors, court steps, anti-fraud.
LAWFUL_SMS: tuple[WordingEntry, ...] = (
    ("", "【青禾农商行】吴长林先生，您的农户联保贷款本期应还3,400元已逾期7天。如因务工工资拖欠等原因暂时困难，可致电柳河支行0743-8261552申请调整还款计划。"),
    ("", "【丰谷村镇银行】尊敬的客户：受7月洪涝影响，本行对受灾农户的养殖贷、种植贷实行延期还款政策，延期最长6个月，期间不计罚息，不影响征信。请携村委会证明到网点办理。"),
    ("", "【青禾农商行】防诈提醒：近期有人冒充法院、公安，以“贷款逾期立案”“征信修复”为由要求转账。法院和公安不会通过电话或短信要求转账，遇到此类情况请拨打110。"),
    ("", "【惠农宝】王桂兰阿姨，您的助农贷已逾期10天。我们注意到您年满70岁，已为您开通“长辈关怀”服务，可由家属陪同办理还款或分期，客服专线每天8:00-20:00。"),
    ("", "【青禾农商行】李向东先生，您的贷款逾期已超过90天。本行将依据借款合同向青禾县人民法院提起诉讼，如法院判决后仍未履行，本行可申请强制执行。在此之前欢迎您到柳河支行协商。"),
    ("", "【沃野农机金融】胡永福先生，您的收割机分期已逾期45天。依据《农机分期付款合同》第十一条，逾期超过60天的，本公司有权通过法定程序主张取回农机。现诚邀您在此之前联系我们商议还款安排。"),
    ("", "【丰谷村镇银行】周桂芳女士，您作为联保小组成员，所担保的李向东养殖贷已逾期120天。依据联保协议，借款人不履行还款义务的，联保成员在保证范围内承担连带责任。请于30日内来行协商，您承担还款后可依法向借款人追偿。"),
    ("", "【青禾农商行】您好，您申请的受灾延期已审批通过：原还款日11月20日延至明年5月20日，延期期间正常计息不计罚息。如有疑问请致电支行信贷员。"),
    ("", "【惠农宝】重要提醒：惠农宝不会委托任何人到村里上门收取现金，也不会在村广播、村群里公布欠款人名单。如遇此类行为，请拍照留证并拨打投诉电话400-626-3318。"),
    ("", "【青禾农商行】高有田先生，青禾县人民法院已于10月9日作出判决，判令您归还本行借款本息48,620元。如您未在判决确定的期限内履行，本行将依法申请强制执行。"),
    ("", "【丰谷村镇银行】温馨提示：您的养殖贷本月应还1,800元，还款日为本月25日。如您的养殖场受台风影响，可申请延期。"),
    ("", "【沃野农机金融】防骗提示：凡自称我公司员工、要求将分期款转入个人账户或微信的，均为诈骗。请仅通过APP或对公账户还款。"),
    ("", "【信诚达】彭秋生先生，我司受青禾农商行委托，提醒您贷款逾期35天，应还2,600元。如您对欠款有异议，可拨打委托方客服热线核实；如需协商，请回复“协商”。"),
    ("", "【鼎恒商务】谭满仓先生，您反映家人住院的情况我们已登记，已向委托方申请暂停催收30天，期间我们不会再联系您。"),
    ("", "【青禾农商行】您好！您在本行的联保贷款已全部结清，感谢您的信任。如有人以“清理征信”为由向您收费，请勿相信。"),
    ("", "【惠农宝】您的助农贷已逾期30天。请注意：逾期记录将按规定报送征信系统，持续逾期可能导致我们依法起诉。如受灾、患病，可申请延期或分期。"),
    ("", "【丰谷村镇银行】尊敬的客户，您授权的还款账户本月扣款失败，可能因余额不足。请于3日内存入足额款项或到网点还款，以免产生逾期记录。"),
    ("", "【青禾农商行】孙小兵先生，您委托律师的函件本行已收到，后续本行将通过您的代理律师沟通，不再直接联系您。"),
    ("", "【信诚达】范国强先生您好，您提出的分期方案（每月800元，分12期）委托方已同意，首期还款日为下月10日，请按期还款。"),
    ("", "【丰谷村镇银行】近期有不法分子冒用“村镇银行”名义，在村里张贴“欠款人名单”并索要“撤榜费”。本行从不张贴任何客户信息，请不要转账，发现请报警。"),
)


# SMS to people other than the borrower: relatives, neighbours, cadres, employers.
CONTACT_SMS: tuple[WordingEntry, ...] = (
    ("D", "您好，您的朋友赵保国在快银花的借款12,000元已逾期4个月，他留的紧急联系人是您，请转告他尽快还款。"),
    ("DT", "王有才的哥哥：你弟欠沃野农机收割机分期8万多，人跑了。你作为亲哥，三天内不帮他还，我们就到你单位找你领导谈。"),
    ("", "您好，我们有重要事项需要联系刘德胜本人，他留了您的电话作为联系方式，麻烦转告他回电0371-68825507，谢谢。"),
    ("D", "李书记您好，你村村民李向东在丰谷村镇银行贷款8万元，已逾期半年，请村委会协助督促还款。——信诚达信息服务"),
    ("DT", "孙家老爷子：你孙子孙小兵在我们平台借了1万多没还，你当爷爷的要是不管，我们就天天往你家打电话，打到你家没法过日子。"),
    ("", "您好，这里是丰谷村镇银行柳河网点。本周六上午我们在河湾村村部开展防诈骗宣传，欢迎村民参加。"),
    ("DE", "河湾村的乡亲们：本村李向东欠款不还已半年，请大家见到他转告其尽快还款，也请大家引以为戒。"),
    ("D", "谢小燕姐姐你好，你妹妹在网上借款三万多逾期了，联系不上她，麻烦你帮忙联系一下。"),
    ("DLT", "于大海的同事你好，于大海在我司欠款两万元拒不归还，请你们单位协助扣发其工资偿还欠款，否则我司将追究单位包庇责任。"),
    ("", "您好，请问您是黄志强先生吗？如果不是，请忽略本短信，抱歉打扰。"),
    ("DI", "告诉你们村的陈老四，这个骗子欠的钱一分都别想赖，丰谷村镇银行的养殖贷逾期两个月了。"),
    ("DT", "张主任：你村李二妮欠款不还，你们村委会有责任督促。三日内无结果，我司将向柳河镇政府反映你们村干部不作为。"),
    ("", "【柳河镇人民政府】防汛救灾期间，各金融机构已对受灾农户贷款实行延期，请各村做好政策宣传。"),
    ("D", "刘长贵家属您好：刘长贵的拖拉机分期已逾期60天，欠款23,400元，请家属督促其还款。"),
    ("DV", "周大军的老婆：你男人欠钱不还，我们知道你每天几点送孩子去柳河小学，让他赶紧还钱，别让孩子受惊吓。"),
    ("", "您好，您的号码被登记为某客户的联系人。如您不愿被联系，请回复TD，我们将删除您的号码。"),
    ("DE", "赵保国的邻居你好：他欠丰谷村镇银行2.3万，本周不还，我们就在石桥村村口公告栏张贴他的欠款公告，请你提醒他。"),
    ("D", "梁水娣的儿子您好，您母亲在丰谷村镇银行的养殖贷逾期了，1,800元，请您提醒她。"),
)


# Short SMS as the worst collectors send them.
SHORT_SMS: tuple[WordingEntry, ...] = (
    ("T", "不还？明天你全家手机都响。"),
    ("E", "村口大喇叭明早七点播你名字。"),
    ("V", "钱不到账，晚上关好门。"),
    ("L", "今天不还，明天拘留。"),
    ("I", "老赖，还钱。"),
    ("R", "没钱？卖牛。"),
    ("P", "【派出所】速还快银花欠款。"),
    ("L", "再拖，你和你的联保人一起坐牢。"),
)


# Posts in village and clan WeChat groups and comments on 快手 and 抖音, and private messages to relatives.
VILLAGE_GROUP: tuple[WordingEntry, ...] = (
    ("DE", "@所有人 大家好，本群石桥村村民赵保国，在快银花借款一万二逾期四个月，电话不接人也不见，请各位乡亲见到他让他联系我们，谁提供线索有奖励。"),
    ("DEI", "东坡村的老少爷们看过来，这就是你们村的老赖谭满仓[图片]，欠钱不还还到处装可怜，大家认准这张脸。"),
    ("", "【柳河支行】各位村民好，本行下周二上午在村部办理受灾农户贷款延期，带上身份证、户口本和受灾证明即可，不收任何费用。"),
    ("DE", "这个卖土鸡蛋的侯春梅欠惠农宝助农贷三千多拖着不还，家人们买之前想想清楚。"),
    ("DET", "河湾村群的各位：李向东欠银行8万跑了，他老婆孩子还在村里住着，谁家跟他家是亲戚的，转告他，不回来我们就天天找他家亲戚。"),
    ("", "村民们注意！最近有人冒充银行在群里发“欠款名单”，还让交“撤销费”，这是诈骗，大家千万别转账。——河湾村村委会"),
    ("DE", "视频拍得挺好，就是欠我们的四千块啥时候还？@张德明 你的粉丝知道你快银花逾期三个月吗"),
    ("DEI", "靠山屯群里的乡亲们，于大海这个瘪犊子欠钱不还，谁见着他了在群里吱一声，我们给五百块线索费。"),
    ("", "丰谷村镇银行温馨提示：本行工作人员不会在村群里发布任何客户的欠款信息，如看到有人以本行名义发布，请截图举报。"),
    ("DE", "【欠款公示】高有田，男，石桥村三组，欠青禾农商行本息48,620元，经多次催收拒不归还，特此公示。——鼎恒商务"),
    ("DT", "你是孟凡军表哥吧，他欠我们网贷两万三，你跟他关系好，你今天就去他家把他叫出来，不然这事我们也算你一份。"),
    ("", "各位乡亲，最近有不少老人反映手机上被人诱导借了网贷。家里有老人的，请帮忙看看老人手机里有没有陌生借款APP，有问题可以到柳河支行咨询，我们免费帮忙核查。"),
    ("DET", "家族群里的各位长辈好，我是信诚达的工作人员。你们谢家的谢小燕欠款三万多逾期了，希望族里长辈出面管管她。"),
    ("DE", "石桥村的都来看，这个李二妮借了种养贷不还，天天在快手上晒吃晒喝。"),
    ("", "各位村民：有人在群里发某某欠款的截图，村委会已经删除并报告了镇上。个人欠款是人家自己的事，不要转发，传播他人信息也可能违法。"),
    ("DE", "东坡村群：各位乡亲，彭秋生欠农商行两万块三个月了，我们明天下午两点在村委会门口开个说明会，欢迎大家来听听。"),
    ("DV", "嫂子，你家老周欠的钱我们不找你麻烦，但你家小卖部门口我们会天天有人守着，直到他回来还钱为止。"),
    ("", "【联保小组群】各位联保成员好，本组第三季度还款已全部到账，感谢配合。下期还款日为12月20日。——青禾农商行柳河支行"),
    ("DE", "各位宝妈，柳河小学三年级周思思的爸爸周大军欠钱不还，你们帮忙传一传，让他早点还钱。"),
    ("DEI", "主播就是个骗子，欠我们平台的钱不还还有脸开直播，家人们别给他刷礼物！"),
)


# Villagers' and borrowers' own posts, comments and gossip: never labelled.
VILLAGERS_OWN: tuple[WordingEntry, ...] = (
    ("", "这年头网贷公司真黑，俺村老张头七十多了，手机上被人忽悠借了三个平台，现在天天被打电话骂，老两口愁得饭都吃不下。"),
    ("", "谁家娃借了网贷赶紧跟家里说实话，别学俺侄子，催收都打到村委会了，他妈在村里头都抬不起来。"),
    ("", "我就问一句，催收说要去村广播喊我名字，这合法吗？贴吧的老哥们支个招。"),
    ("", "今天村里喇叭响了半天，说是银行的防诈骗宣传，让大家别信什么“征信修复”，老人们都去村部听了。"),
    ("", "放贷的都是吸血鬼，借的时候说得天花乱坠，还的时候一天二十个电话，我就是不还了咋地，有本事去告我。"),
    ("", "联保联保，联来联去把自己联进去了，我给邻居担保了三万，他跑了银行找我，这事找谁说理去。"),
    ("", "听说东头老谭家的儿子被催收的骂成狗了，说他是老赖，真是欺负老实人。"),
    ("", "快手上那个视频我看了，一个催收的站在人家村口拿着喇叭喊，评论区都在骂他，这种人就该被抓。"),
    ("", "去年发大水，农商行给我们延了半年，说实话这次银行还算办了件人事。"),
    ("", "我婆婆被一个自称法院的打电话吓哭了，说不还钱就抓她儿子，后来打12368一问，根本没这回事。"),
    ("", "有没有懂法的，拖拉机分期还不上了，他们能直接来开走吗？合同上写着所有权保留。"),
    ("", "村里好几个留守的娃借了网贷，爹妈在外地打工，催收电话打到爷爷奶奶那，老人家哪懂这个。"),
    ("", "一群王八蛋，大半夜给我媳妇打电话，我明天就去县里投诉他们。"),
    ("", "俺们村支书说了，谁家被催收骚扰的，把电话录音留着，村里帮着往12378反映。"),
    ("", "说句公道话，借钱还钱天经地义，但那些催收也太过分了，打到我单位领导那去，我差点被开了。"),
    ("", "今天赶集看见有人发传单，写着谁谁欠钱不还，一打听是催收公司干的，派出所的人已经来收走了。"),
    ("", "地里的辣椒全烂了，贷款还不上，我问了信贷员，说能申请延期，大家受灾的别慌，去问问。"),
    ("", "网贷这玩意儿碰不得，我那会儿借这个还那个，最后欠了十几万，现在在工地上一点点还。"),
    ("", "你们真是好样的，半夜十二点给我打电话，是怕我睡得太香了吗？我已经录音了，明天见12378。"),
)


# Messages pasted whole as received (screenshots, forwarded SMS, voice-to-text): labelled as the sender wrote them.
FORWARDED: tuple[WordingEntry, ...] = (
    ("T", "[短信原文] 刘德胜，你今天不还，明天你村支书、你舅、你闺女的班主任都会接到我们的电话。"),
    ("IV", "[截图文字] 信诚达-阿强：你个穷鬼 还躲 你家那几只羊我看着挺肥的 哪天少了几只别来找我"),
    ("L", "[聊天记录] 鼎恒-刘经理：你这个已经涉嫌合同诈骗了 再不还 公安会去你家把你带走 你孩子以后考公当兵都不行"),
    ("E", "[转发] 催收：我们已经做好了你的欠款海报 明天贴满你们镇的集市 你等着出名吧"),
    ("R", "[截图] 催收员小李：没钱你就去借 你们村不是有个放贷的老马吗 他那利息虽然高 但是快 先应急"),
    ("P", "[短信原文] 【青禾县人民法院】孟凡军：请于本周五前到本院执行局处理你的欠款事宜。"),
    ("V", "[聊天记录] 快银花催收：你老婆在县医院当护工 你儿子在柳河中学读初二 我们都知道 钱的事你要不要再想想"),
    ("ET", "[截图文字] 你通讯录598人 我们已经编好了短信 一键群发 顺便发到你们村的群里 还钱还是社死你选"),
    ("IL", "[语音转文字] 你这个骗子 我告诉你 我们已经报案了 警察这两天就上门 你就等着坐牢吧"),
    ("R", "[短信原文] 您的欠款已逾期，推荐您使用“易周转”“借多多”等平台借款还款，最快当天放款，详询客服。"),
    ("ET", "[截图文字] 明天开始你的欠款信息会发给你们村的村委、你的亲戚，还要印成传单在你们集上发"),
    ("LP", "[短信原文] 【青禾县公安局】谭大勇，你因恶意拖欠网络贷款涉嫌诈骗，已被立案侦查，请于48小时内到案说明情况。"),
    ("I", "[截图] 一个种地的还学人家借钱消费 你配吗 穷就认命"),
    ("V", "[语音转文字] 我就在你们村口了 你出来 你要不出来 我就进去找你爹妈聊"),
)


# Village cadres' and town officials' own messages: never labelled.
CADRES: tuple[WordingEntry, ...] = (
    ("", "（河湾村村委会通知）近期多名村民反映接到催收公司电话，要求村委会转告欠款事项。村委会声明：村委会不是催收机构，不负责转告任何个人债务，请相关公司依法与当事人本人联系。"),
    ("", "张主任在村群里：谁家要是接到说是法院、派出所打来要钱的电话，先别慌，来村部问问，十个有九个是假的。"),
    ("", "李书记：今天丰谷村镇银行的人来村部对接受灾户延期的事，名单报上去了，有漏报的赶紧找文书补。"),
    ("", "石桥村网格员：提醒各位在外务工人员，不要把家里老人的电话填成网贷的紧急联系人，老人接到催收电话容易受惊吓。"),
    ("", "（柳河镇综治办工作群）各村注意：催收公司不得到村部张贴欠款公告，发现一律撕下拍照，报镇综治办和派出所。"),
    ("", "村会计：老孙家欠银行的钱是他家的事，咱们村委不掺和，谁再在群里转人家的欠款截图，我就移出群了。"),
    ("", "（村广播稿）各位村民请注意，县公安局提醒：凡是电话里让你往“安全账户”转钱的都是诈骗，凡是说贷款逾期要抓人坐牢的也都是吓唬人的，欠款纠纷是民事纠纷。"),
    ("", "镇驻村干部：洪灾受灾的农户，银行贷款可以延期、可以减免罚息，需要开受灾证明的来村部找我，当天就开。"),
    ("", "东坡村村委会回复：关于某公司来电要求村委会“督促”村民还款一事，村委会已告知对方无此义务，并已将情况报镇司法所。"),
    ("", "（镇司法所公众号留言回复）您好，催收人员冒充司法所工作人员发送短信的，属违法行为，请保存短信截图到所里登记，我们将协调公安处理。"),
)


# WeChat chats from credit officers and collectors to borrowers and guarantors.
CHATS: tuple[WordingEntry, ...] = (
    ("", "[微信] 柳河支行周经理：王叔，您那笔贷款这个月该还了，三千四。听说您家大棚被水淹了，要是困难就跟我说，可以办延期，我帮您准备材料。"),
    ("I", "[微信] 信诚达小刘：装死是吧？你这种人我见多了，种地种傻了还是咋的，欠钱不还还挺横。"),
    ("V", "[微信] 鼎恒-阿峰：[位置共享] 你家门口那棵柿子树挺大的哈，我就在这儿呢，钱准备好了没，出来聊聊？"),
    ("R", "[微信] 快银花催收：给你推荐个口子，“借多多”现在放款松，你去试试，下来了先还我这边。"),
    ("", "[微信] 惠农宝客服：阿姨您好，您孙子帮您借的助农贷还有三期没还，我们已经把利息停了。您看哪天方便，让孩子陪您到镇上服务点办一下分期？"),
    ("ET", "[微信] 信诚达小王：你朋友圈我都翻了，你在村里的亲戚朋友我都加上了，今晚我就发条朋友圈@他们，让大家看看你欠多少。"),
    ("L", "[微信] 鼎恒-刘经理：兄弟我跟你透个底，法院一判下来，你家那栋房子直接收走，你爹妈都得搬出来住。"),
    ("", "[微信] 沃野农机售后小杨：胡哥，收割机的分期晚了几天，没事，我知道麦收刚结束，作业款还没结，您这周内还上就行，有啥困难随时说。"),
    ("T", "[微信] 信诚达小刘：你不回是吧，你媳妇微信我加了，你丈母娘电话我也有，我一个一个问候。"),
    ("IV", "[微信] 鼎恒-阿峰：你个孬种，钱不还，别让老子在镇上碰见你。"),
    ("", "[微信] 丰谷村镇银行小李：梁姨，台风过后鱼塘的损失您拍几张照片发我，我帮您把延期申请报上去，这期的钱先不用急。"),
    ("P", "[微信] 昵称“柳河派出所-张警官”（头像为警徽）：你是不是欠了快银花的钱？明天来所里一趟，把钱的事说清楚。"),
    ("L", "[微信] 快银花催收：我实话告诉你，逾期一年以上，你户口就会被注销，以后你孩子上户口都难。"),
    ("", "[微信] 青禾农商行信贷员：孟凡军，你这笔逾期了二十天，我这边必须提醒你：逾期会上征信，以后买房贷款受影响。你在外地不方便的话手机银行就能还，实在不行咱商量个分期。"),
    ("R", "[微信] 信诚达小王：你不是还有个金项链吗？拿去当了。还有你家那头驴，卖了也有几千。"),
    ("E", "[微信] 鼎恒-阿峰：你快手账号是“东坡老谭”对吧，我已经准备好在你每个视频底下都留言，说说你欠钱的事。"),
    ("", "[微信] 惠农宝客服：您好，您反映的“有人冒充我们让您交解冻费”的情况我们已经记录，惠农宝从不收取任何解冻费，请不要转账。如已转账，请尽快报警。"),
    ("IT", "[微信] 快银花催收：没出息的东西，还得靠你那在县城上班的姐姐擦屁股，我现在就打给她。"),
    ("", "[微信] 借款人：你们再发这种消息我就去报警\n信诚达小刘：好的，您的意见我已记录。以后我们只在工作时间通过短信联系您，您有任何还款方面的想法可以随时联系。"),
    ("V", "[微信] 信诚达小刘：你女儿在柳河中心小学二年级三班吧？挺可爱的。钱今天到账吧。"),
    ("L", "[微信] 鼎恒-刘经理：你的联保户刘德胜已经被法院冻结了银行卡，就是因为你，你再不还，他就要被拘留了。"),
    ("", "[微信] 柳河支行周经理：刘叔，李向东那笔联保贷款已经逾期四个月，您是联保人。按协议您要在担保范围内承担还款责任，合同第六条写得很清楚。您先别急，咱们坐下来算算，您替他还的部分以后可以向他追偿。"),
    ("ET", "[微信] 鼎恒-阿峰：你们村支书是你本家叔叔吧，我刚给他打了电话，他说会找你谈。你要不想让全族都知道，今天就还。"),
    ("", "[微信] 快银花官方客服：您好，您的账户已逾期15天，应还4,260元。您可以在APP内申请“分期还款”，最多可分12期。"),
    ("R", "[微信] 信诚达小王：你村里不是有合作社放款吗？或者找你们村那个开小卖部的借，利息高点也比我们天天找你强。"),
    ("", "[微信] 借款人：我跟你说实话 我上个月在工地摔了 腰椎骨折 躺了一个月\n信诚达小刘：了解了，先养伤要紧。您把诊断证明发我，我给委托方申请停催和延期。"),
)


# Sarcasm and veiled words in collectors' chats.
SARCASM: tuple[WordingEntry, ...] = (
    ("I", "哟，咱们村的大忙人终于舍得回微信了？还以为您老人家去北京领奖了呢，脸皮这么厚，欠的钱是不是也忘了？"),
    ("V", "听说你家新盖了两层小楼，挺气派，这么好的房子，钱不还的话，可千万要小心火烛啊。"),
    ("E", "你放心，我们打算帮你在村里出出名，把你欠钱的光荣事迹写在村口，让大家都来夸夸你多有本事。"),
    ("T", "你爹妈身体还好吧？好久没跟老人家聊聊了，改天我打个电话问候问候，顺便说说你的事。"),
    ("L", "没事，你慢慢拖，反正等你进去了，里头管吃管住，也挺好。"),
    ("R", "你这么能耐，借十个平台还一个平台的事对你来说不难吧？今天之前平了。"),
    ("I", "种地的就是种地的，连还钱这种简单的事都搞不明白，要不要我给你画个图？"),
    ("V", "你孩子放学那条小路挺偏的啊，天黑得早，当爹的多操点心，钱的事也多操点心。"),
)


# Lenders' own offers: deferrals, instalments, relief.
OFFERS: tuple[WordingEntry, ...] = (
    ("", "【惠农宝】受灾帮扶：您的助农贷已为您办理延期三个月，新的还款日为2028年1月20日，期间不收罚息。"),
    ("", "【快银花】您申请的分期方案已生效：剩余本金3,600元分12期，每期300元，首期还款日12月5日。分期期间不再产生逾期罚息。"),
    ("", "【沃野农机】胡先生，考虑到今年麦收减产，公司同意将您的收割机分期剩余4期顺延至秋收后，具体以补充协议为准。"),
    ("", "【青禾农商行】孟先生，您申请的减免罚息已获批，罚息416.30元全部减免，请于月底前归还本金。"),
    ("", "【丰谷村镇银行】周女士，您作为联保人代还的7,000元，本行已出具代偿证明，可作为您向借款人追偿的凭据。"),
    ("", "【惠农宝】长辈关怀：检测到您的账户近期有多笔新借款申请，已为您暂停新借款功能。如非本人操作，请联系家人或拨打客服。"),
    ("", "【快银花】您的账户已结清，逾期记录将在征信系统按规定保存。如有人以“付费消除记录”为由联系您，均为诈骗。"),
    ("", "【信诚达】于先生，您上周提出的还款困难我们已转达委托方，委托方同意暂停催收至年后，届时再协商。"),
    ("", "【沃野农机金融】农机分期客户专享：因洪涝受灾的客户可申请6个月宽限期，宽限期内只还利息，申请条件见APP公告。"),
    ("", "【青禾农商行】温馨提示：您的贷款已逾期5天，我们注意到您所在村今年遭受冰雹灾害，如受灾请回复“受灾”，信贷员将联系您。"),
)


# Letters to borrowers and guarantors: 催收函, the co-op's notices, answers to hardship applications.
NOTICES: tuple[WordingEntry, ...] = (
    ("", "青禾县农村商业银行股份有限公司柳河支行\n逾期贷款催收通知书\n编号：QHLH-2027-1106\n吴长林先生：\n您于2025年3月12日在本行借款50,000元（借款合同编号QH-LB-2025-0318），截至2027年11月6日已逾期37天，尚欠本金12,500元、利息416.30元。请您于2027年11月30日前通过本行柜台或手机银行归还。如有困难，请与信贷员联系协商，电话0743-8261552。逾期信息将依规报送金融信用信息基础数据库；逾期不还的，本行将依法通过诉讼途径主张权利。\n特此通知。\n青禾农商行柳河支行（章）\n2027年11月6日"),
    ("L", "鼎恒商务咨询有限公司\n催收函\n李二妮：\n你欠丰谷村镇银行种养贷本息共计26,340元，逾期已逾百天。经我司调查，你有能力还款而拒不归还，已涉嫌拒不执行判决、裁定罪，我司已将材料报送公安机关，一经立案，你将面临三至七年有期徒刑。限你于七日内结清。\n鼎恒商务咨询有限公司\n2027年10月18日"),
    ("LP", "青禾县人民法院\n执行通知书\n（2027）青执字第1187号\n被执行人：谭满仓\n你拖欠快银花平台借款一案，本院依法执行。限你于收到本通知之日起三日内履行还款义务，逾期将对你采取司法拘留措施。\n特此通知。\n（本通知由信诚达信息服务有限公司代为送达，联系人：小刘）"),
    ("", "丰谷村镇银行\n关于您申请灾后延期还款的答复\n梁水娣女士：\n您于9月3日提交的延期还款申请已收悉。经核实，您的鱼塘受第12号台风影响受损，符合本行受灾农户帮扶条件。本行同意将您的养殖贷还款日延至2028年3月25日，延期期间不收取罚息，不报送逾期记录。\n丰谷村镇银行柳河网点\n2027年9月10日"),
    ("E", "致高有田：\n鉴于你长期拖欠青禾农商行贷款不还，我司决定：一、将你的欠款情况及照片在石桥村、柳河镇集市张贴公示；二、联系县电视台“诚信青禾”栏目曝光。望你自重。\n鼎恒商务咨询有限公司（章）"),
    ("", "沃野农机金融服务有限公司\n关于农机分期逾期的告知函\n胡永福先生：\n您购买的沃野4LZ-6型收割机分期付款已逾期62天，欠款24,000元。根据双方签订的《农机分期付款合同》第十一条，在全部价款付清前农机所有权归本公司所有。请您于本函送达后15日内还款或与本公司协商，否则本公司将依法提起诉讼或申请实现担保物权。\n联系电话：400-861-5527\n2027年8月1日"),
    ("T", "信诚达信息服务有限公司\n最后通知\n周大军：\n你的欠款已逾期一百五十天。若本周内仍不处理，我司将派员分别前往你父母家、你岳父家及你所在的务工单位，当面说明你的欠款情况，请其协助督促。\n2027年12月2日"),
    ("", "惠农宝（青禾）科技有限公司\n致王桂兰女士的一封信\n王阿姨您好：\n您在惠农宝的助农贷目前尚欠1,650元。考虑到您年事已高，我们已暂停电话催收，您可以让家人陪同到乡镇惠农服务点办理还款或分期，我们不会因此收取任何额外费用。如有人以惠农宝名义上门收钱，请不要给钱并报警。\n惠农宝客户服务中心\n2027年9月15日"),
    ("LP", "恒正律师事务所\n律师函\n致孙小兵：\n本律师受快银花平台委托，就你拖欠借款13,200元事宜正式致函。请你于7日内还清，否则本所将向法院起诉，并申请限制你及家人出行。\n承办律师：王立\n（信诚达信息服务有限公司催收三组代发，回复请联系组长微信）"),
    ("", "青禾县人民法院\n民事判决书\n（2027）青0521民初第1432号\n原告：青禾县农村商业银行股份有限公司\n被告：高有田\n……本院认为，原、被告之间的借款合同合法有效，被告未按约还款，应承担还款责任。判决如下：被告高有田于本判决生效之日起十日内偿还原告借款本金45,000元及利息3,620元。如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》之规定，加倍支付迟延履行期间的债务利息。"),
    ("R", "鼎恒商务\n还款告知\n彭秋生：\n你所欠青禾农商行贷款26,000元已严重逾期。我司建议你尽快处置家中的耕牛、农机或将承包地经营权转让他人，所得款项用于还款。如仍无力偿还，可向亲友或民间借贷机构筹借，务必于月底前结清。\n2027年11月20日"),
    ("", "青禾农商行柳河支行\n联保责任告知书\n吴长林、刘德胜、赵保国（联保小组成员）：\n本组成员李向东所借农户联保贷款80,000元已逾期120天，经多次催收未还。依据《农户联保协议》第六条，联保小组成员对组内成员贷款承担连带保证责任。本行现依约通知各成员于2027年12月31日前协商履行保证责任。各成员承担保证责任后，有权向借款人追偿。如对本通知有异议，请于15日内书面提出。\n2027年11月30日"),
    ("V", "致杨老三\n你欠的钱我们给过你机会了。你家在河湾村，你母亲每天下午在村口小卖部打牌，你女儿每天坐三点半的校车回家。我们不希望任何人出事，钱的事这个月了结。\n——鼎恒外访组"),
    ("", "青禾农商行\n告知函\n谭满仓先生：\n本行已向青禾县人民法院申请支付令。法院审查后如发出支付令，您应在收到之日起十五日内清偿债务或向法院提出书面异议。逾期既不提出异议又不履行的，本行可申请强制执行。\n2027年10月8日"),
    ("I", "催收函\n于大海：\n像你这种吃了饭不给钱的无赖，在我们这里见得多了。你以为躲在屯子里就没事了？\n欠款20,180元，限五日内还清。\n信诚达信息服务"),
    ("", "青禾农商行\n关于防范冒充银行催收诈骗的告知书\n尊敬的客户：\n近期有不法分子冒充本行或法院，向逾期客户寄送伪造的“执行通知书”“拘留通知”，要求向指定个人账户转账。本行郑重提示：本行不会委托任何机构寄送法院文书；法院文书以法院依法送达为准；本行还款账户仅为您本人在本行的借款账户。\n2027年9月1日"),
    ("ELT", "鼎恒商务咨询\n最后通牒\n侯春梅：\n因你恶意拖欠，我司将于下周一向柳河镇政府、你村村委会发函，将你列入“失信村民”名单，取消你家享受的一切惠农补贴，并在村委会公示栏公示。"),
    ("", "丰谷村镇银行\n结清证明\n兹证明客户周桂芳在本行办理的养殖贷（合同号FG-YZ-2026-0412）已于2027年10月12日全部结清，本息无欠。\n丰谷村镇银行柳河网点（章）"),
    ("P", "柳河镇人民政府\n督办通知\n谢小燕：\n经银行报送，你长期拖欠贷款不还，影响我镇信用乡镇创建工作。请你于本月15日前结清欠款，并到镇综治办说明情况。\n（本通知由信诚达信息服务有限公司受托送达）"),
    ("", "青禾农商行\n强制执行申请告知\n高有田先生：\n（2027）青0521民初第1432号民事判决已于2027年12月1日生效，您未在判决确定的期限内履行。本行已向青禾县人民法院申请强制执行。依照法律规定，被执行人有履行能力而拒不履行的，法院可依法将其纳入失信被执行人名单，并采取限制高消费措施。请您主动与本行或法院联系履行。\n2027年12月20日"),
)


# Notices posted in villages and letters to village committees, relatives and employers.
POSTED_NOTICES: tuple[WordingEntry, ...] = (
    ("DE", "催收公告\n石桥村村民赵保国，在快银花平台借款12,000元，逾期至今拒不归还。请知情村民督促其还款，或提供其下落。\n信诚达信息服务有限公司\n2027年10月"),
    ("DT", "致河湾村村民委员会的函\n贵村村民李向东在丰谷村镇银行借款80,000元，逾期半年未还。请贵村于十日内督促其归还，并将处理结果书面回复我司。如贵村不予配合，我司将向柳河镇政府反映。\n鼎恒商务咨询有限公司"),
    ("", "致各村民委员会\n为做好洪涝灾后金融服务，青禾农商行柳河支行将于10月15日至11月15日在各村开展受灾农户贷款延期集中办理，请各村协助通知。办理需本人携带身份证及受灾证明。\n青禾农商行柳河支行"),
    ("DEI", "曝光台\n东坡村老赖谭满仓，欠债不还，躲债装穷，全村人都来看看这张脸！欠青禾农商行贷款26,000元。\n（张贴于东坡村村委会公示栏）"),
    ("", "青禾县人民法院\n公告\n（2027）青0521执第0812号\n被执行人高有田未履行生效法律文书确定的义务，本院依法将其纳入失信被执行人名单。\n特此公告。"),
    ("DT", "致刘长贵亲属的一封信\n刘长贵欠沃野农机分期款23,400元，逾期两个月。你们是他的亲属，必须督促其还款。如其继续逃避，我司将逐一上门拜访各位亲属。\n鼎恒商务"),
    ("DEI", "大字报\n河湾村的乡亲们：杨老三借钱不还，害得担保人替他背债，这种人还有脸在村里住吗？他欠丰谷村镇银行五万三，请大家监督！"),
    ("", "青禾农商行柳河支行\n致石桥村村委会\n贵村村民如对本行贷款有疑问，可于每周三上午到村部咨询，我行信贷员驻点服务。本行不会请村委会代为催收或转告个人欠款信息。"),
    ("DT", "致东莞市宏达电子厂人事部\n贵厂员工陈金水在我司委托方处借款逾期未还，欠款5万元。请贵厂督促其还款，必要时从其工资中代扣。\n信诚达信息服务有限公司"),
    ("DE", "告乡亲书\n柳河镇的父老乡亲：东坡村于大海，欠款两万不还，手机关机，家中无人。大家如有见到，请拨打0743-8257736告知。感谢！"),
)


# Complaints, tickets, judgments, police notices, county news and legal-aid answers: never labelled.
COMPLAINTS: tuple[WordingEntry, ...] = (
    ("", "【黑猫投诉】投诉对象：快银花\n投诉要求：停止骚扰、道歉\n我在快银花借了4000块，逾期一个月，催收人员给我们村支书打电话，还在我们村的微信群里发我的照片，说我是老赖。我父母七十多岁，被气得住院。请平台处理。"),
    ("", "12378投诉工单\n投诉人：王某\n被投诉机构：丰谷村镇银行委外催收机构\n内容：催收人员自称“县法院执行局”，称不还款三天内拘留，经向县法院核实无此案件。请求查处。"),
    ("", "12345热线转办单\n来电人反映：柳河镇东坡村村委会公示栏被人张贴某村民欠款公告，内容含姓名和欠款金额。来电人要求相关部门核查。处理结果：镇综治办已联系派出所撕除并调查张贴人。"),
    ("", "青禾县人民法院刑事判决书（节选）\n……经审理查明，被告人刘某某在某信息咨询公司从事催收工作期间，多次向债务人及其亲属发送“不还钱就去你孩子学校”“砍了你家果树”等短信，并在债务人所在村张贴欠款公告……本院认为，被告人的行为构成寻衅滋事罪……"),
    ("", "青禾县公安局警情通报\n10月12日，我局接群众报警，称有人在柳河镇集市散发载有他人欠款信息的传单。经查，系某商务咨询公司员工所为，我局依法对涉事3人予以行政拘留。警方提示：催收应当依法进行，不得以公开散布他人信息、冒充国家机关等方式催收。"),
    ("", "县融媒体中心报道：近日，青禾农商行对全县受洪涝灾害影响的1,236户农户贷款办理延期，累计金额8,600余万元，延期期间不计罚息，不影响征信记录。"),
    ("", "法律援助在线答疑\n问：催收说我网贷逾期就是诈骗，要抓我坐牢，还说我孩子不能考公，是真的吗？\n答：借款逾期未还属于民事纠纷，不构成诈骗；所谓影响子女考公、政审的说法没有法律依据。如遇威胁，可保存证据报警或向金融监管部门投诉。"),
    ("", "法律援助在线答疑\n问：我给邻居做了联保，他不还钱，银行找我还，合法吗？\n答：联保人在保证合同约定的范围内承担连带保证责任，银行有权要求您承担。您承担后可以向借款人追偿。但银行和催收机构不得辱骂、威胁您。"),
    ("", "【黑猫投诉】投诉对象：沃野农机金融\n问题：催收人员说不还钱就连夜把拖拉机开走，还说要带人到家里“坐坐”。我已经还了八期，只剩四期，因为夏粮减产才晚了半个月。要求：规范催收，协商延期。"),
    ("", "12378投诉工单\n内容：投诉人称其母（72岁）在手机上被诱导在多个平台借款，催收人员每天拨打其母电话十余次，称“不还钱就让你儿子在城里的工作丢了”。投诉人要求核查借款合规性并停止骚扰。"),
    ("", "贴吧帖子：【求助】催收说要去我们村口拉横幅，还要去我孩子学校，报警有用吗？\n楼主：我欠了两万，实在还不上，他们天天这样说，我老婆都不敢出门了。"),
    ("", "县纪委监委通报：柳河镇某村干部在村民微信群转发催收公司发布的村民欠款信息，造成不良影响，已被批评教育并责令公开道歉。"),
    ("", "青禾县人民法院执行裁定书（节选）\n申请执行人：青禾县农村商业银行股份有限公司\n被执行人：高有田\n……本院依法查封被执行人名下的农用车一辆……"),
    ("", "12345热线工单\n来电人：河湾村村民\n内容：有人打电话自称柳河镇派出所，说我欠网贷涉嫌诈骗，让我到所里去。我打派出所电话核实，所里说没有这个人。请求打击冒充公安的催收。"),
    ("", "【投诉】我在外地打工，催收把电话打到我们村委会，村主任在村广播里喊我家人去村部接电话，全村人都知道我欠钱了。"),
    ("", "黑猫投诉：催收发短信说“你家那几头牛哪天丢了别怪我们”，我家确实养了四头牛，现在晚上都不敢睡。"),
    ("", "抖音评论：我舅就是被联保坑了，给人担保五万，人跑了，银行找我舅，我舅去县法律援助中心问了，律师说要还，但可以找借款人追偿。"),
    ("", "县金融办答复：经核查，您反映的催收机构冒用“青禾县金融监管办公室”名义发送短信一事属实，已责成委托银行暂停与该机构合作并移送公安机关。"),
    ("", "12378投诉工单\n内容：投诉人称催收员在电话中建议其“去血站卖血”“把宅基地私下转出去”还款，投诉人认为严重侮辱人格。请求处理。"),
    ("", "乡镇信用社老信贷员口述（县志办整理）：那时候催贷款就是骑着自行车挨家挨户上门，跟农户坐下来算账，遇上灾年就打报告申请缓收，从来没有吓唬过谁。"),
    ("", "法律援助答疑：问：拖拉机分期没还完，公司说要派人半夜把车开走，可以吗？答：如合同约定所有权保留，出卖人可依法取回，但应通过协商或法律程序进行，不得采取暴力、威胁等方式；也可向法院申请实现担保物权。"),
    ("", "【快手评论】那个在村口拿喇叭喊人欠钱的催收被拘了，大快人心，这种人就该好好治治。"),
    ("", "投诉回访记录：客户反映信诚达催收员称“你不还钱就把你家老人接到我们公司去住”，经调取录音属实，该催收员已被解聘，委托方向客户致歉。"),
    ("", "县人民检察院公众号：警惕冒充检察院的催收短信！检察院不会通过短信通知“传唤”，也不会要求当事人还款或转账。"),
)


# Quality-inspection notes and rules that quote violations to forbid them: never labelled.
QA_NOTES: tuple[WordingEntry, ...] = (
    ("", "质检记录 QC-1107-03\n坐席：信诚达 工号0417\n问题：通话中称“你这个情况下个月就转公安了”，属于虚假告知法律后果，扣分并复训。正确话术：“逾期可能导致委托方依法起诉，具体以法院裁判为准。”"),
    ("", "质检周报（鼎恒商务 第44周）：抽检外呼1,200通，发现3通提及“村广播”“贴公告”，均已按严重违规处理；提醒全体坐席：不得以任何方式向借款人所在村、社区公开欠款信息。"),
    ("", "质检意见：坐席在客户说明“大棚被洪水冲毁”后仍连续催要全款，未告知受灾延期政策。要求：遇客户陈述受灾、疾病，须先登记并告知延期、分期渠道。"),
    ("", "禁用语清单（农村客群专项）：禁止使用“老赖”“骗子”“种地的”等贬损性称呼；禁止称“影响子女上学、参军、考公”；禁止提及借款人家庭住址、子女学校作为施压手段；禁止联系村委会、村干部转告欠款。"),
    ("", "质检复核：客户投诉坐席自称“司法所调解员”，录音核实坐席原话为“我这边是司法所调解中心的”，定性为冒充国家机关，坐席停岗，上报委托方。"),
    ("", "培训材料：联保贷款催收规范\n可以说：“按联保协议，借款人未按期还款的，联保成员需在保证范围内承担连带责任，您承担后可以向借款人追偿。”\n不可以说：“你不还，你那几个联保户都要跟着坐牢。”"),
    ("", "质检记录：机器人外呼话术第7版第3节含“将在本村公示栏公示”字样，违反委托方规定，已下线整改。"),
    ("", "质检抽检结论：本通录音坐席规范自报家门、核实身份，在客户表示母亲住院后主动提出暂停催收七天，无违规。"),
    ("", "合规部邮件摘要：近期方言外呼中有坐席说“恁家拖拉机停院里俺们都瞅着呢”，已定性为隐性暴力威胁，请各组长组织学习。"),
    ("", "质检记录：坐席建议客户“去找村里放贷的借点先还上”，属于诱导借贷还款，严重违规，扣除当月绩效。"),
    ("", "催收作业规范第12条：对年满65岁的借款人，外呼需放慢语速、说明身份和事由，不得使用恐吓性语言，不得向其子女、孙辈透露欠款信息。"),
    ("", "质检记录：坐席在客户子女接听时说明“你爸欠我们三万”，属于向第三方泄露债务信息，已通报。"),
)


# Scripts handed out to collectors: labelled as what they tell collectors to say.
SCRIPTS: tuple[WordingEntry, ...] = (
    ("ET", "【外呼话术·农村M3组】开场：你好，我这边是处理你欠款的。施压：你不处理，我们就把材料寄到你们村委会，再在你们村群里发一下，村里人都会知道。"),
    ("L", "【话术卡】客户说没钱时：“没钱不是理由，逾期九十天以上系统自动转为刑事案件，到时候你想还都晚了。”"),
    ("R", "【话术卡·筹款引导】“你可以找亲戚朋友借，也可以把家里的牲口、粮食先卖一部分，或者先在别的平台借一笔周转。”"),
    ("V", "【外访提示】上门前先摸清借款人家里老人、孩子在不在家，到门口时要让他看到我们人多，话不用说重，让他自己体会，当场把还款时间定下来。"),
    ("P", "【开场话术·东坡片区】开场统一说：“我是柳河镇派出所的，找你核实一下网贷的事。”"),
    ("I", "【催收话术·强硬版】“你都多大的人了，借钱不还，你们全家都不要脸吗？”"),
    ("", "【标准话术·受灾客户】“了解您家受灾的情况，我先帮您登记。您可以向银行申请延期还款，需要村委会出具的受灾证明，办理不收费。”"),
    ("", "【标准话术·第三方接听】“您好，我们有事需要联系某某本人，麻烦您转告他回电，谢谢。”（不得透露借款、金额、机构）"),
    ("T", "【话术卡·联系人施压】打给借款人家属：“你是他家里人，他不还，我们就只能天天找你们了。”"),
    ("L", "【话术卡】“你这个贷款是国家扶贫资金，不还就是侵占国家财产，要追究刑事责任。”"),
)


# E-mails to borrowers working in the cities.
EMAILS: tuple[WordingEntry, ...] = (
    ("", "主题：青禾农商行贷款逾期提醒\n孟凡军先生：\n您好！您在本行的农户小额信用贷款已逾期20天，应还本息5,230元。如您在外务工暂时不便到网点，可通过手机银行还款。若有困难，请回复本邮件或致电0743-8261552，我们可协商分期。\n青禾农商行柳河支行"),
    ("T", "主题：关于你欠款的处理\n谢小燕：\n你的欠款已逾期90天。你在深圳宝安区的工作单位我们已经查到，如本周五前不处理，我们将直接联系你的人事主管和部门同事。\n信诚达催收部"),
    ("LP", "发件人：fayuan-tongzhi@xcdfw.example\n主题：【法院通知】立案通知书\n孙小兵：\n你因拖欠网络贷款，已被青禾县人民法院立案，案号（2027）青0521民初第2011号，开庭时间另行通知。如在三日内全额还款，可申请撤案。\n青禾县人民法院立案庭"),
    ("", "主题：您的展期申请已通过\n陈秀英女士：\n您提交的种植贷展期申请已审核通过，展期6个月，新的到期日为2028年4月30日。展期期间利率按原合同执行，不收取罚息。\n丰谷村镇银行"),
    ("E", "主题：最后警告\n周大军：\n我们已经剪辑好了一段视频，内容是你的欠款情况和你在村里的照片，准备发到快手和抖音的本地同城，标题是“柳河镇欠钱不还第一人”。你还有48小时。"),
    ("R", "主题：还款方案建议\n张德明：\n经评估，你目前可以通过以下方式筹款：1. 在“借多多”“易周转”等平台申请新额度；2. 使用信用卡取现；3. 向工友借款。请于本月底前结清快银花欠款。\n信诚达"),
    ("", "主题：关于您投诉的回复\n侯春梅女士：\n您投诉催收人员在村群发布您的欠款信息一事，经核实属实，涉事人员已被停职，我司已要求其在群内删除并道歉。您的贷款我们已转为人工协商处理，暂停外呼30天。\n惠农宝客户服务中心"),
    ("I", "主题：你还要脸吗\n李二妮：\n一个在外面打工的年轻人，借钱的时候理直气壮，还钱的时候玩失踪，你爹妈在村里替你丢人，你就是个没皮没脸的东西。\n欠款：26,340元。"),
    ("", "主题：诉讼前告知\n高有田先生：\n您在本行的贷款已逾期180天，本行拟于近期向青禾县人民法院提起诉讼。起诉后，法院将依法送达相关文书，您有权答辩。如您希望在起诉前协商还款，请于15日内与支行联系。\n青禾农商行法律合规部"),
    ("V", "主题：提醒\n陈金水：\n你在东莞宏达电子厂B栋宿舍，每天晚上八点下班走后门，我们的人看得很清楚。钱的事，别拖了。"),
    ("", "主题：防诈骗提示\n尊敬的客户：\n近期发现有人冒充“沃野农机法务部”发送邮件，以“逾期起诉”为由要求向个人账户转账。本公司对外邮件均来自官方域名，还款仅通过APP或对公账户。\n沃野农机金融"),
    ("L", "主题：失信通知\n范国强：\n你已被列入全国失信人员名单，你的父母将被取消农村养老保险，你的子女将不能进入公立学校。请立即联系我们处理。\n鼎恒商务"),
    ("", "主题：还款确认\n范国强先生：\n您本月的分期款800元已收到，剩余11期，下期还款日为12月10日。\n信诚达信息服务"),
    ("LP", "主题：调解通知\n发件人：柳河镇人民调解委员会\n于大海：\n经债权人申请，你与快银花平台的借款纠纷已进入人民调解程序，请于本周内回复还款方案，否则调解委员会将出具不履行证明移送法院强制执行。\n（本邮件由信诚达信息服务有限公司系统发送）"),
)


# E-mails to employers, relatives, village committees and local media.
EMAILS_TO_OTHERS: tuple[WordingEntry, ...] = (
    ("DET", "主题：关于贵司员工陈金水的欠款\n东莞市宏达电子厂人事部：\n贵司员工陈金水在快银花平台欠款50,000元，逾期两个月。请贵司督促其还款，否则我司将派员到厂区门口拉横幅。"),
    ("", "主题：合作事项\n柳河镇人民政府：\n青禾农商行柳河支行拟于10月在全镇开展灾后贷款延期集中办理，请镇政府协助各村宣传。\n青禾农商行柳河支行"),
    ("D", "主题：请协助联系\n谢小燕的同事你好：\n谢小燕在我司委托方借款三万余元逾期未还，我们联系不上她，请你转告她尽快与我们联系。"),
    ("", "主题：请协助转告\n您好，我们需要联系孟凡军先生本人处理一项个人事务，如您方便，请转告他回电0743-8257736。如您不认识此人，请忽略本邮件。"),
    ("DT", "主题：致孙小兵的父亲\n孙先生：\n你儿子欠我们一万三，他是你养大的，你不替他还，我们会一直联系你，直到他还清为止。"),
    ("DI", "主题：你的房客欠钱\n房东您好，租住你家的于大海是个骗子，欠了两万块网贷不还，建议你小心。"),
    ("", "主题：关于防范冒充催收诈骗的通知\n各村村委会：\n近期有不法分子冒充银行向村委会发函要求“协助催收”。本行郑重声明：本行从未委托任何机构要求村委会协助催收，请勿配合。\n丰谷村镇银行"),
    ("DE", "主题：欠款人信息，请在贵公众号刊登\n《柳河乡村》公众号编辑：\n我司现提供东坡村村民谭满仓的欠款信息（欠款26,000元，逾期180天），请在下一期“诚信专栏”刊登，费用我司承担。"),
    ("D", "主题：关于刘长贵的农机欠款\n刘长贵的儿子你好：\n你父亲的拖拉机分期已逾期60天，欠23,400元，请你督促他还款。\n沃野农机金融"),
    ("DET", "主题：致河湾村村委会\n贵村村民杨老三欠丰谷村镇银行53,000元，请村委会在村民大会上点名批评，并督促其还款。如村委会不配合，我司将向乡镇政府投诉。"),
)


# The lenders' compliance mail: never labelled.
COMPLIANCE_MAIL: tuple[WordingEntry, ...] = (
    ("", "主题：关于禁止在农村地区张贴催收公告的通知\n各委外机构：\n近期我行收到多起投诉，涉及委外人员在村委会公示栏张贴“欠款公告”、在村群发布借款人照片。上述行为违反合同约定，一经查实，立即终止合作。\n青禾农商行风险管理部"),
    ("", "主题：第三季度催收投诉分析\n本季度涉农客户投诉42件，主要为：冒充法院、派出所（11件）；威胁联系村干部（9件）；称影响子女升学（7件）；诱导借新还旧（4件）。请各机构对照整改。"),
    ("", "主题：方言外呼质检补充说明\n各质检员：河南话、四川话录音中“恁”“老子”“锤子”等字样须结合语境判断，“老子”作自称时属于粗俗用语，须扣分；单纯方言称谓不计违规。"),
    ("", "主题：洪灾后暂停催收的通知\n各委外机构：即日起至11月30日，对柳河镇、石桥镇受灾农户暂停一切外呼和外访，已在途的催收函一律撤回。"),
    ("", "主题：联保贷款催收口径\n请各机构统一口径：联保成员承担的是保证责任，不是刑事责任；不得对联保成员称“要被抓”“要坐牢”；对联保成员发送的通知须写明保证范围和追偿权利。"),
    ("", "主题：回复：关于某坐席话术的申诉\n经复听录音，坐席原话为“你再不还 我们就到你村里去 让全村都知道”，属于以公开曝光相威胁，维持违规定性。"),
)


# A second round of collectors' calls to borrowers and guarantors (timed turns).
MORE_AGENT_CALLS: tuple[WordingEntry, ...] = (
    ("V", ("坐席：恁家那几头猪今年养得不孬啊 一头得三百来斤吧",
           "客户：恁咋知道",
           "坐席：俺们前天去恁村转了一圈 猪圈门那个锁不结实 恁还是早点把钱还上 省得半夜里出点啥事")),
    ("R", ("坐席：你说你没钱 你家那台四轮子拉出去卖了不就有了吗 现在二手的还能卖一万多",
           "客户：卖了开春咋种地",
           "坐席：开春的事开春再说 要不你上你老丈人那先借点 反正这周必须平账")),
    ("", ("坐席：喂 吴大哥 我是农商行柳河支行的小周 您那笔联保贷款这期还差一千二",
          "客户：我这两天刚把玉米卖了 明天就去还",
          "坐席：好嘞 不着急 您到网点或者手机银行都行 要是去网点 记得带上身份证")),
    ("V", ("坐席：恁闺女不是在县城念高中吗 住校的吧",
           "客户：这跟恁有啥关系",
           "坐席：俺们有人天天从她学校门口过 恁心里有个数 这礼拜把钱还上")),
    ("R", ("坐席：你屋里那头牛 还有那几百斤谷 都可以卖嘛 再不够你去找你们镇上那个放数佬借一点 先还了我们的再讲",
           "客户：放数佬的钱哪个敢借哦")),
    ("", ("坐席：您好 我是信诚达的 受惠农宝委托 请问是侯春梅女士吗",
          "客户：是我 你们又打来干啥 我不是申请停催了吗",
          "坐席：抱歉 您的停催申请已经批了 这次是通知您审核结果 停催到下个月十五号 期间不会再联系您",
          "客户：那还差不多")),
    ("V", ("坐席：陈生 你间铺头喺墟度第三间 我哋啲人日日都经过",
           "客户：你想点",
           "坐席：唔想点 你铺头啲玻璃咁薄 有咩意外就唔好啦 早啲还钱")),
    ("LP", ("坐席：喂 我是青禾县人民检察院的 你晓得为啥子找你不",
            "客户：不晓得",
            "坐席：你那个快银花的钱一直不还 我们这边要找你核实 你今天之内先把钱还了 我们这边好给你销案")),
    ("", ("坐席：喂 梁姐 我係丰谷村镇银行嘅小何 提提你 最近有人扮我哋银行嘅职员 话帮你申请延期要收手续费",
          "客户：我冇畀过钱啊",
          "坐席：咁就好 我哋办延期係唔收钱嘅 有人问你攞钱就即刻报警")),
    ("R", ("坐席：实在不行你就去卖个血 一次四百毫升 咋也能换几百块 再把你媳妇那金镯子当了",
           "客户：你说的是人话吗")),
    ("IV", ("坐席：你这个狗东西 我告诉你 钱不还 今晚我们就去你家 把你家门给你卸了",
            "客户：你敢")),
)


# A second round of chats to borrowers.
MORE_CHATS: tuple[WordingEntry, ...] = (
    ("R", "[微信] 信诚达小王：你在广州打工一个月不是五六千吗？先去办两张信用卡，一张套现还我们，一张留着周转，这是为你好。"),
    ("V", "[微信] 鼎恒-阿峰：你家果园那几十棵苹果树快下果了吧，晚上可得有人看着。钱的事今天给个话。"),
    ("LP", "[微信] 昵称“青禾法院-执行法官李”：于大海，你的执行案件我这里已经收到了，三天内把钱还清，否则依法处理。"),
    ("R", "[微信] 快银花催收：你们村谁家有闲钱你心里清楚，挨家去借，一家借五百也够了，今晚之前转过来。"),
    ("V", "[微信] 信诚达小刘：[图片：你家院门] 熟悉吧？我们的人刚走。钱再不到，下回来就不是拍照了。"),
    ("R", "[微信] 鼎恒-刘经理：你那宅基地证拿去抵押一下，村里不让的话私下找人抵，先把窟窿填上。"),
    ("P", "[微信] 昵称“柳河司法所-调解员王”：你的欠款纠纷已经到我们所了，明天上午来所里签还款协议。"),
)


# A second round of SMS to borrowers.
MORE_SMS: tuple[WordingEntry, ...] = (
    ("V", "刘长贵，你家拖拉机的轮胎昨晚还好吧？今天不还，下次就不止是轮胎了。"),
    ("R", "于大海：正规平台借不到就找民间的，利息高无所谓，月底前钱必须到位，别让我们再催。"),
    ("", "【青禾农商行】吴先生，您本期联保贷款1,200元已还清，感谢支持。下期还款日为12月20日。"),
    ("TV", "你爹妈住在靠山屯东头第二家吧，老人腿脚不好，我们明天去看看他们，顺便让他们替你把钱还上。"),
    ("LP", "【青禾县人民法院诉讼服务中心】您有一份关于快银花借款纠纷的应诉通知，请于24小时内回电0743-8229017领取，逾期视为放弃答辩。"),
    ("", "【惠农宝】侯女士，您的停催申请已通过，停催至11月15日，期间我们不会联系您。如需提前还款，可在APP操作。"),
    ("R", "谭满仓：你家那两头耕牛现在能卖一万多，还完我们的还有剩，别犹豫了。"),
    ("", "【丰谷村镇银行】梁女士，延期手续不收取任何费用，如有人以本行名义收取手续费，请立即报警。"),
)


STAGE_SMS_CAMPAIGN = "hcv-stage-sms"
STAGE_APP_CAMPAIGN = "hcv-stage-app"

SECTIONS: tuple[WordingSection, ...] = (
    WordingSection("hcv-hotline", "call", "debtor", HOTLINE_CALLS, as_turns=True),
    WordingSection("hcv-agency-calls", "call", "debtor", AGENT_CALLS, as_turns=True),
    WordingSection("hcv-agency-calls-qc", "call", "debtor", AGENT_CALLS_AS_TEXT),
    WordingSection("hcv-robot", "call", "debtor", ROBOT_CALLS, as_turns=True),
    WordingSection("hcv-village-calls", "call", "third_party", VILLAGE_CALLS, as_turns=True),
    WordingSection("hcv-unknown-callees", "call", "unknown", UNKNOWN_CALLS),
    WordingSection("hcv-dialect-qc", "call", "debtor", DIALECT_CALLS_AS_TEXT),
    WordingSection(STAGE_SMS_CAMPAIGN, "sms", "debtor",
                   tuple((template.letters, template.text) for template in STAGE_TEMPLATES)),
    WordingSection(STAGE_APP_CAMPAIGN, "app", "debtor",
                   tuple((template.letters, template.text) for template in APP_TEMPLATES)),
    WordingSection("hcv-agency-sms", "sms", "debtor", AGENCY_SMS),
    WordingSection("hcv-authority-signed", "sms", "debtor", AUTHORITY_SIGNED),
    WordingSection("hcv-lawful-sms", "sms", "debtor", LAWFUL_SMS),
    WordingSection("hcv-contact-sms", "sms", "third_party", CONTACT_SMS),
    WordingSection("hcv-short-sms", "sms", "debtor", SHORT_SMS),
    WordingSection("hcv-village-groups", "app", "third_party", VILLAGE_GROUP),
    WordingSection("hcv-villagers", "app", "unknown", VILLAGERS_OWN),
    WordingSection("hcv-forwarded", "app", "unknown", FORWARDED),
    WordingSection("hcv-cadres", "app", "unknown", CADRES),
    WordingSection("hcv-chats", "app", "debtor", CHATS),
    WordingSection("hcv-sarcasm", "app", "debtor", SARCASM),
    WordingSection("hcv-offers", "app", "debtor", OFFERS),
    WordingSection("hcv-notices", "notice", "debtor", NOTICES),
    WordingSection("hcv-posted", "notice", "third_party", POSTED_NOTICES),
    WordingSection("hcv-complaints", "notice", "unknown", COMPLAINTS),
    WordingSection("hcv-qc", "notice", "unknown", QA_NOTES),
    WordingSection("hcv-scripts", "notice", "unknown", SCRIPTS),
    WordingSection("hcv-email-borrowers", "email", "debtor", EMAILS),
    WordingSection("hcv-email-others", "email", "third_party", EMAILS_TO_OTHERS),
    WordingSection("hcv-compliance-mail", "email", "unknown", COMPLIANCE_MAIL),
    WordingSection("hcv-agency-calls-2", "call", "debtor", MORE_AGENT_CALLS, as_turns=True),
    WordingSection("hcv-chats-2", "app", "debtor", MORE_CHATS),
    WordingSection("hcv-sms-2", "sms", "debtor", MORE_SMS),
)

# Turns start 0.4 s in and last 0.19 s a character (at least 0.8 s), with 0.6 s between them; sends spread
# over the days and working hours of one season.
PACE = SpeechPace(first_start=0.4, shortest_turn=0.8, seconds_per_char=0.19, pause=0.6)
SCHEDULE = SendSchedule(datetime(2027, 8, 2, 8, 40, tzinfo=timezone(timedelta(hours=8))),
                        day_step=17, day_cycle=97, hour_step=5, hour_cycle=12, minute_step=29)


def records() -> list[dict[str, object]]:
    """Every message of the set in file order, numbered HCV-0001…; the stage templates' messages carry their
    template fields."""
    written = wording_records(SECTIONS, "HCV", PACE, SCHEDULE)
    written = with_template_fields(written, STAGE_SMS_CAMPAIGN, STAGE_TEMPLATES)
    return with_template_fields(written, STAGE_APP_CAMPAIGN, APP_TEMPLATES)


def write_set(out_dir: Path = HERE) -> Path:
    """Write the set as JSON Lines under `out_dir`; returns its path."""
    return write_jsonl(out_dir / WORDING_FILE, records())


if __name__ == "__main__":
    print(f"wrote {len(records())} messages to {write_set()}")
