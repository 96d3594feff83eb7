"""The independent held-out set DB for the wording categories (issue 9): `wording_heldout_db.jsonl`.

How it was written. A writer who had not read the rule packs (`lexicons/`), the training corpus and its
generators (`training/`), the analysers, their models and recognizers, the classifier, any test other than this
set's row in `tests/test_labelled_sets.py` (the `HeldoutWordingSet` class, the `HELDOUT_WORDING` table and the
tests that use it), or any other evaluation or development set wrote every text below by hand for this set, in
one sitting, from the contract's message format, stages and template fields and taxonomy with its boundaries
(sections 1, 3a and 5), the reference notes in `/work/shared/reference/`, and from how collection texts reach the
public record and a regulator's desk. Only the output format was taken from `set_format.py`, `tests/set_support.py`
and from the skeleton of `make_heldout_cy.py` (its docstring, imports, constants, the opening entries of its first
tables and its record code; a few lines past the third entry of two of its tables were seen while paging, none of
its texts was copied or imitated). No detector, scan, benchmark or evaluation was run on these texts, and no git
history was read.

What it holds. Real collection texts as they reach the public record, re-created by hand, every name, number,
company, court, case number, address and link invented: the wording quoted in court judgments against 软暴力
collection gangs (经审理查明…被告人通过短信向被害人发送…), police notices (警情通报), the penalty decisions
(行政处罚决定书) of an invented financial regulator's branch that quote the offending messages, 12378 and 黑猫投诉
complaint posts in which debtors paste what they received, media exposés, leaked 催收话术 script manuals and
lawyers' answers on 法律咨询 sites; beside them what was actually sent: SMS screenshots as OCR text, calls recorded
by debtors and played in court as speech-to-text output (no punctuation, fillers, homophones, numbers read aloud,
dialect), collectors' group-chat logs, forged 律师函 and court letters, and the deployed stage SMS and app push
templates of licensed lenders with their `template_id`, `template_vars` (filled and unfilled) and `days_overdue`,
a bank card centre's robot scripts, calls as timed turns and as speaker-prefixed text, chats and e-mails. The
senders: 岚桥消费金融有限公司 (岚桥消金, licensed), 汇川银行信用卡中心 (a bank's card centre and its robot), the app
速花借 (an online lender whose in-house team is among the judged), the agencies 鼎诺资产管理有限公司 (鼎诺资产) and
联拓商务咨询有限公司 (联拓商务), gangs of collectors known only from judgments, and 澄衡律师事务所, the firm genuinely
retained by 岚桥消金. 中鼎律师事务所 and 正德律师事务所 act for no one here: they are signatures collectors used.
About half is compliant and most of that half is hard: judgments, police notices, penalty decisions, news and
complaint posts that quote banned wording to condemn or report it, genuine court notices (12368, 应诉通知书),
lawful reminders stating true consequences with their conditions, the retained firm writing in its own name,
hardship and instalment plans, anti-fraud warnings, debtors' anger and QA notes that quote violations to forbid them.

Labelling conventions. Labels are the wording categories of contract section 5 that the sender's own words do:
the lender's, the agencies', their collectors', the robot's or a gang's, including words handed out in a script
or manual as wording to use. The quote is what is judged only when the message is the collector's own speech (an
SMS as received, a call as recorded, a group post as written); a judgment, police notice, penalty decision,
news report, complaint post, lawyer's answer, QA note or compliance mail that quotes banned wording to condemn,
report, judge or forbid it is compliant, and a debtor's, relative's, colleague's, stranger's, complainant's,
inspector's, judge's, policeman's or regulator's own words are never labelled. Who speaks decides
`misleading.impersonation` (a court, its enforcement bureau or mediators, the police, a procuratorate, an
arbitration commission, a regulator, a credit or industry body, or a law firm or lawyer the sender is not, by
signature, title or self-introduction; 澄衡律师事务所 in its own name and a genuine court's notice are not; 中鼎 and
正德 are); what is claimed decides `misleading.legal` (a case filed, a 传票, enforcement, freezing, 拘留, arrest,
a criminal record or a 失信 listing with no judgment, an ordinary overdue called fraud or a crime, contacts or
relatives bound by law to pay, effects on children's schooling or 政审), and a text can be both. That overdue
records go to the credit reference system, that a lender may sue, and what a court may then decide, are compliant.
Naming the home, the car, the route, the workplace door or a child's school as watched together with a demand, a
threat to person or property, or coming round to intimidate is `threat.violence`. Threatening to tell, or
pressing, relatives, the employer, colleagues, a landlord or phone and WeChat contacts is `threat.third_party`;
display to a community (a group of the debtor's contacts, classmates or colleagues: with `threat.third_party`;
a residents' group, a village, posters, 抖音, 快手, 小红书, a 曝光 list) is `threat.exposure`. Urging new loans,
other platforms, credit cards or cash-out, asking family or friends for the money, or selling a car, a house,
belongings, blood or a kidney is `coercion.debt_rollover`; a lender's own deferral or instalment plan for the same
debt is not. A message to someone other than the debtor that reveals the debt (the loan, lender, amount or overdue
status) is `pii.third_party_disclosure`, beside `threat.third_party` when it also presses them; every such message
goes to a third party. Naming the company alone and asking for a call-back is no disclosure, and messages to
unknown recipients (numbers not yet identified, public readers) carry no disclosure label. Each category the message
as a whole does is labelled once; texts whose label was uncertain were left out.

This set measures detectors at the end of a round of work. It must never be used for training, for choosing
thresholds, rules or lexicon entries, or for any other tuning: once seen that way it no longer measures anything.

Run `python -m benchmarks.data.make_heldout_db` to rewrite the file; the output is deterministic.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.data.set_format import (
    SendSchedule,
    SpeechPace,
    StageTemplate,
    WordingEntry,
    WordingSection,
    stage_template,
    with_template_fields,
    wording_records,
    write_jsonl,
)

HERE = Path(__file__).resolve().parent
WORDING_FILE = "wording_heldout_db.jsonl"


# Deployed stage SMS templates of the licensed lender (LQ-), the bank card centre (HC-) and the agencies (DN-, LT-,
# XR- an unregistered sender); placeholders filled, or sent unfilled when a batch went out without its values.
STAGE_TEMPLATES: tuple[StageTemplate, ...] = (
    stage_template("", "LQ-SMS-R01", -3,
                   "【岚桥消金】{name}您好，您的借款本期应还{amount}元，还款日{due}，请保持尾号{card}的银行卡余额充足。如已还款请忽略。",
                   {"name": "钟先生", "amount": "1,480.00", "due": "5月20日", "card": "6621"}),
    stage_template("", "LQ-SMS-R01", -1,
                   "【岚桥消金】{name}您好，您的借款本期应还{amount}元，还款日{due}，请保持尾号{card}的银行卡余额充足。如已还款请忽略。"),
    stage_template("", "LQ-SMS-R02", 0,
                   "【岚桥消金】{name}，今日为还款日，应还{amount}元。可在岚桥APP“我的借款”中主动还款，客服{hotline}。",
                   {"name": "苗女士", "amount": "706.30", "hotline": "400-820-6917"}),
    stage_template("", "LQ-SMS-E01", 2,
                   "【岚桥消金】{name}您好，您的借款已逾期{days}天，应还{amount}元（含逾期利息{interest}元），请尽快处理。如遇困难可申请延期还款。",
                   {"name": "祁先生", "days": "2", "amount": "2,061.88", "interest": "3.12"}),
    stage_template("", "LQ-SMS-E01", 5,
                   "【岚桥消金】{name}您好，您的借款已逾期{days}天，应还{amount}元（含逾期利息{interest}元），请尽快处理。如遇困难可申请延期还款。"),
    stage_template("", "LQ-SMS-M01", 8,
                   "【岚桥消金】{name}，您的借款已逾期{days}天。根据合同约定，逾期记录将报送金融信用信息基础数据库，可能影响您今后办理信贷业务。请于{deadline}前还款或致电{hotline}协商。",
                   {"name": "甘女士", "days": "8", "deadline": "6月12日", "hotline": "400-820-6917"}),
    stage_template("", "LQ-SMS-M02", 11,
                   "【岚桥消金】{name}，我司可为符合条件的客户提供最长{months}期的个性化分期方案，申请不收取任何费用，请勿相信任何收费“代办停催”。详询{hotline}。",
                   {"name": "蔺先生", "months": "24", "hotline": "400-820-6917"}),
    stage_template("", "LQ-SMS-L01", 20,
                   "【岚桥消金】{name}，您的借款已逾期{days}天，欠款{amount}元。如仍未还款，我司可能依法向有管辖权的人民法院提起诉讼，最终以法院判决为准。协商电话{hotline}。",
                   {"name": "路女士", "days": "20", "amount": "9,310.00", "hotline": "400-820-6917"}),
    stage_template("", "LQ-SMS-L01", 33,
                   "【岚桥消金】{name}，您的借款已逾期{days}天，欠款{amount}元。如仍未还款，我司可能依法向有管辖权的人民法院提起诉讼，最终以法院判决为准。协商电话{hotline}。"),
    stage_template("", "HC-SMS-R01", -5,
                   "【汇川银行】尊敬的{name}，您尾号{card}的信用卡本期账单{amount}元，到期还款日{due}，最低还款额{minimum}元。",
                   {"name": "谷先生", "card": "3308", "amount": "12,904.52", "due": "07/25", "minimum": "1,290.45"}),
    stage_template("", "HC-SMS-E01", 3,
                   "【汇川银行】尊敬的{name}，您尾号{card}的信用卡已逾期，当前欠款{amount}元，请尽快还款以免影响个人信用记录。如已还款请忽略。",
                   {"name": "阮女士", "card": "7719", "amount": "4,388.00"}),
    stage_template("", "HC-SMS-M01", 10,
                   "【汇川银行信用卡中心】{name}您好，您尾号{card}的信用卡已逾期{days}天。如经济困难，可拨打{hotline}申请个性化分期，我行将依法依规审核。",
                   {"name": "莫先生", "card": "0952", "days": "10", "hotline": "95***-2"}),
    stage_template("", "HC-SMS-L01", 45,
                   "【汇川银行信用卡中心】{name}，您尾号{card}的信用卡欠款{amount}元已逾期{days}天，我行已委托{agency}提供催收服务，对方将以受托机构名义联系您，如有疑问可拨打{hotline}核实。",
                   {"name": "仇女士", "card": "5126", "amount": "31,072.66", "days": "45", "agency": "联拓商务咨询有限公司",
                    "hotline": "95***-2"}),
    stage_template("", "HC-SMS-L01", 60,
                   "【汇川银行信用卡中心】{name}，您尾号{card}的信用卡欠款{amount}元已逾期{days}天，我行已委托{agency}提供催收服务，对方将以受托机构名义联系您，如有疑问可拨打{hotline}核实。"),
    stage_template("L", "DN-SMS-M03", 12,
                   "【鼎诺资产】{name}，你的欠款{amount}元已逾期{days}天，案件已进入司法流程，{deadline}前不处理将直接申请强制执行并冻结名下全部账户。",
                   {"name": "骆伟", "amount": "5,640", "days": "12", "deadline": "本周五"}),
    stage_template("T", "DN-SMS-M04", 9,
                   "【鼎诺资产】{name}，你在岚桥的欠款我们明天开始逐个联系你通讯录里的{count}位联系人核实情况，不想让大家都知道就今天还上。",
                   {"name": "籍晓燕", "count": "214"}),
    stage_template("E", "DN-SMS-L02", 25,
                   "【鼎诺资产】{name}，今晚{time}前未还款，我们将把你的欠款信息和照片做成曝光海报，发到{area}的业主群和楼道里。",
                   {"name": "屠志刚", "time": "20:00", "area": "金沙湾二期"}),
    stage_template("LT", "DN-SMS-L03", 40,
                   "【鼎诺资产】{name}您好，您的逾期案件已报备当地公安机关，明日起将同步通知您的单位{employer}和直系亲属配合调查。"),
    stage_template("V", "LT-SMS-M01", 14,
                   "【联拓商务】{name}，我们外访组这周在{district}，已经到过你{place}楼下了。识相的今天把{amount}元结清，别让兄弟们再跑一趟。",
                   {"name": "梁子豪", "district": "云溪区", "place": "租的那栋", "amount": "3,277"}),
    stage_template("R", "LT-SMS-M02", 7,
                   "【联拓商务】{name}，逾期{days}天了还拖？实在没钱就去{platform}、{platform2}这些平台先周转一下，下款快，今天先把我们这笔平了。",
                   {"name": "冼丽", "days": "7", "platform": "好借鸭", "platform2": "闪融"}),
    stage_template("I", "LT-SMS-L01", 18,
                   "【联拓商务】{name}，{amount}块钱都还不起，你活得也真够失败的，今天必须处理，别再当缩头乌龟。",
                   {"name": "符军", "amount": "2,100"}),
    stage_template("PL", "XR-SMS-L02", 30,
                   "【云溪区人民法院执行局】{name}，你的借款纠纷已由本院立案受理，请于{deadline}前联系承办人{officer}处理，逾期将依法强制执行。",
                   {"name": "岑少华", "deadline": "8月3日", "officer": "刘法官"}),
    stage_template("", "DN-SMS-E02", 4,
                   "【鼎诺资产】{name}您好，受岚桥消金委托，提醒您借款已逾期{days}天，应还{amount}元。如有异议或困难，请致电{hotline}，服务时间9:00-20:00。",
                   {"name": "幸女士", "days": "4", "amount": "862.40", "hotline": "400-613-0285"}),
    stage_template("", "LT-SMS-E03", 3,
                   "【联拓商务】{name}，受汇川银行信用卡中心委托与您联系，您尾号{card}的信用卡已逾期，请拨打{hotline}了解还款方案。本短信不收取任何费用。",
                   {"name": "练先生", "card": "4490", "hotline": "400-977-3012"}),
    stage_template("L", "DN-SMS-M05", 13,
                   "【鼎诺资产】{name}，经核查你的行为已涉嫌恶意透支和诈骗，{deadline}前不还款将移送经侦立案，届时留下案底影响子女上学就业。",
                   {"name": "卞红梅", "deadline": "明天中午12点"}),
    stage_template("R", "DN-SMS-L04", 28,
                   "【鼎诺资产】{name}，名下有车就把车卖了，有房就拿去抵押，总之{deadline}前凑齐{amount}元，别跟我们说没钱。",
                   {"name": "敖建国", "deadline": "月底", "amount": "18,450"}),
    stage_template("EI", "LT-SMS-L03", 50,
                   "【联拓商务】{name}，你的老赖档案已上传“{platform}诚信曝光平台”，{hours}小时后公开，如需撤回请马上联系{phone}。"),
    stage_template("V", "DN-SMS-L05", 35,
                   "【鼎诺资产】{name}，{child}在{school}读{grade}吧，几点放学我们也清楚。你自己掂量，别把事情闹到孩子那边。",
                   {"name": "裘海", "child": "你女儿", "school": "东湖路小学", "grade": "二年级"}),
    stage_template("", "LQ-SMS-M03", 9,
                   "【岚桥消金】温馨提示：近期有不法分子冒充我司或“法院”“公安”人员，以“征信修复”“注销账户”为名诱导转账。我司不会要求您向个人账户还款，还款请认准岚桥APP。"),
    stage_template("", "LQ-SMS-E02", 1,
                   "【岚桥消金】{name}，您昨日应还的{amount}元尚未到账，可能是扣款失败所致，请确认尾号{card}银行卡状态或在APP内手动还款。",
                   {"name": "詹先生", "amount": "455.00", "card": "1187"}),
    stage_template("PL", "XR-SMS-L01", 26,
                   "【江城市公安局云溪分局】{name}，你名下的网络借款已被列为涉案异常资金，请于{deadline}前联系办案民警{officer}说明情况。",
                   {"name": "农志远", "deadline": "今日17时", "officer": "黄警官"}),
    stage_template("", "HC-SMS-M02", 14,
                   "【汇川银行】{name}您好，您申请的个性化分期已审核通过，首期应还{amount}元，请于{due}前还款，未按期还款将恢复原还款安排。",
                   {"name": "尚女士", "amount": "1,012.30", "due": "9月8日"}),
    stage_template("", "LQ-SMS-L02", 61,
                   "【岚桥消金】{name}，您的借款已由我司委托澄衡律师事务所跟进，律师将以书面方式与您联系，您也可拨打{hotline}直接与我司协商。",
                   {"name": "藏先生", "hotline": "400-820-6917"}),
    stage_template("L", "LT-SMS-M04", 10,
                   "【联拓商务】{name}，你的欠款已上报“全国信用黑名单”，本人及配偶子女将无法乘坐高铁飞机，子女考公政审一律不过。",
                   {"name": "乔斌"}),
    stage_template("I", "DN-SMS-M06", 8,
                   "【鼎诺资产】{name}，借钱的时候当爷，还钱的时候装孙子，今天{time}前不还，后果自负。",
                   {"name": "鲍立新", "time": "18点"}),
    stage_template("", "LQ-SMS-R03", -7,
                   "【岚桥消金】{name}您好，您有一笔{amount}元借款将于{due}到期，开通自动还款可避免遗漏。拒收请回复R",
                   {"name": "池女士", "amount": "3,300.00", "due": "10月2日"}),
    stage_template("TE", "LT-SMS-L04", 22,
                   "【联拓商务】{name}，再不联系我们，明天就把你的欠款截图发到{employer}的工作群，让你领导同事都看看。",
                   {"name": "滕飞", "employer": "你们恒顺物流"}),
    stage_template("", "DN-SMS-M07", 10,
                   "【鼎诺资产】{name}您好，您的借款已逾期{days}天，如对欠款金额有异议，可在收到本短信后{period}日内致电{hotline}提出，我们将暂停催收并核实。"),
    stage_template("RT", "LT-SMS-M05", 16,
                   "【联拓商务】{name}，你自己没钱，你爸妈总有吧？今天让家里先把{amount}元转过来，不然我们就直接打给{relative}谈。",
                   {"name": "戈小川", "amount": "4,020", "relative": "你父亲"}),
)


# The lenders' app push notices from the same template registry (LQ-, HC-, SD- the app 速花借).
APP_TEMPLATES: tuple[StageTemplate, ...] = (
    stage_template("", "LQ-APP-R01", -2, "岚桥借款｜{name}，您有一笔{amount}元的账单{due}到期，点击立即还款 >",
                   {"name": "嵇先生", "amount": "920.00", "due": "明天"}),
    stage_template("", "LQ-APP-R01", -1, "岚桥借款｜{name}，您有一笔{amount}元的账单{due}到期，点击立即还款 >"),
    stage_template("", "LQ-APP-E01", 3,
                   "还款提醒：您的账单已逾期{days}天，逾期会产生罚息并可能影响个人信用记录。点击查看还款方式或申请延期 >",
                   {"days": "3"}),
    stage_template("", "LQ-APP-M01", 9,
                   "【重要】{name}，您已逾期{days}天，欠款{amount}元。若确有困难，可在“协商还款”中提交收入证明，最长可分{months}期。",
                   {"name": "殷女士", "days": "9", "amount": "6,880.00", "months": "12"}),
    stage_template("", "LQ-APP-S01", 20,
                   "安全提醒：岚桥不会通过短信链接、QQ或微信个人号催收，也不会要求您“刷流水”“借新还旧”。如有自称我司员工要求转账，请拨打{hotline}核实。",
                   {"hotline": "400-820-6917"}),
    stage_template("", "HC-APP-E01", 2,
                   "汇川信用卡｜您尾号{card}的卡片已逾期{days}天，最低还款{minimum}元，足额还款后按约定恢复正常使用。",
                   {"card": "3308", "days": "2", "minimum": "1,290.45"}),
    stage_template("", "HC-APP-M01", 12,
                   "汇川信用卡｜{name}，您的分期申请资料已收到，预计{days}个工作日内审核完成，审核期间暂停电话提醒。",
                   {"name": "钮先生", "days": "3"}),
    stage_template("R", "SD-APP-M01", 7,
                   "速花借｜{name}，逾期{days}天了！还款有困难？点这里一键申请“周转贷”，最快5分钟到账，先把逾期平掉，保住信用！",
                   {"name": "用户5531", "days": "7"}),
    stage_template("L", "SD-APP-L01", 16,
                   "速花借｜{name}，您的欠款已被标记为恶意逃废债，系统已自动生成起诉材料并同步公安反诈系统，请{hours}小时内还款撤销。",
                   {"name": "用户0872", "hours": "24"}),
    stage_template("T", "SD-APP-L02", 21,
                   "速花借｜{name}，您授权的通讯录已进入“紧急联系人核实”流程，今日18:00系统将向{count}位联系人发送您的逾期说明。",
                   {"name": "用户7740", "count": "86"}),
    stage_template("E", "SD-APP-L03", 28,
                   "速花借｜{name}，您已被列入“{city}逃债人员曝光名单”，头像和身份证照片将于{date}在本平台首页及合作自媒体展示。"),
    stage_template("", "SD-APP-E01", 2,
                   "速花借｜{name}，您的账单已逾期{days}天，应还{amount}元，可在“我的-还款计划”中申请展期，费用以页面公示为准。",
                   {"name": "用户2019", "days": "2", "amount": "1,150.00"}),
    stage_template("I", "SD-APP-M02", 11, "速花借｜{name}，欠钱不还的人连狗都不如，你还打算当多久？",
                   {"name": "用户6613"}),
    stage_template("V", "SD-APP-L04", 19,
                   "速花借｜{name}，我们的上门团队已定位到您常住地址{address}附近，今天不还款，晚上见。",
                   {"name": "用户3390", "address": "滨江花园"}),
    stage_template("", "HC-APP-L01", 40,
                   "汇川信用卡｜{name}，您的欠款已逾期超过{days}天，我行可能依法提起诉讼。起诉前您仍可通过{hotline}申请协商还款。",
                   {"name": "冀女士", "days": "90", "hotline": "95***-2"}),
    stage_template("", "LQ-APP-M02", 10,
                   "岚桥借款｜您的还款计划已调整：剩余{amount}元分{months}期，每期{each}元，首期{due}。调整后不再计收逾期罚息。",
                   {"amount": "7,200.00", "months": "8", "each": "900.00", "due": "11月15日"}),
    stage_template("PL", "SD-APP-L05", 30,
                   "【速花借·{court}联合调解中心】{name}，您的案件已立案审理，请点击链接查看电子传票：{url}",
                   {"court": "云溪区人民法院", "name": "用户1208", "url": "sdj-fw.cn/cp/8s2K"}),
    stage_template("", "LQ-APP-R02", 0, "岚桥借款｜今天是您的还款日，账单金额{amount}元。已开通自动扣款的用户无需操作。",
                   {"amount": "1,023.17"}),
    stage_template("R", "SD-APP-M03", 8,
                   "速花借｜{name}，检测到您有{count}张信用卡额度充足，可使用“信用卡代还”服务先还清本平台欠款，手续费低至0.5%。"),
    stage_template("", "HC-APP-S01", 5,
                   "汇川信用卡｜防诈骗提醒：“信用卡逾期会被判刑”“不还款就上门抓人”都是骗子话术。一般逾期属于民事纠纷，请通过本行官方渠道协商。"),
    stage_template("VT", "SD-APP-L06", 24,
                   "速花借｜{name}，外访专员明早到{employer}前台找您，顺便跟您领导聊聊，要不要见面您自己选。",
                   {"name": "用户4471", "employer": "鑫达电子厂"}),
)


# SMS as debtors received them, from the screenshots attached to complaints and to case files, as OCR text (the
# phone's status line, the sender number and the time the screenshot shows come first when it caught them).
OCR_SMS: tuple[WordingEntry, ...] = (
    ("IT", "今天 09:12\n张志强你这个老赖，钱不还电话不接，你通讯录327个人我们已经导出来了，今天下午开始挨个打，让你亲戚朋友都知道你是什么东西"),
    ("V", "昨天 21:47\n刘娟，你老公开的那辆白色朗逸每天停在翠苑小区东门，车我们认得，人我们也认得，今天把钱还了大家都好过"),
    ("L", "【信息】王海涛，你欠款已逾期97天，我方已将案件移交司法，法院已立案，三日内将有法警上门送达传票并对你进行司法拘留。"),
    ("PL", "中国移动 4G 14:03\n+86 170 **** 2261\n周丽萍您好，我是云溪区人民法院执行庭的李法官，您在速花借的借款纠纷已进入执行阶段，请今天下班前联系我处理"),
    ("E", "陈晓东，给你最后2小时，过了时间你的照片、身份证、欠款截图全部发抖音和你老家村委会，让全村都认识你"),
    ("R", "李静，没钱就去借，网上口子那么多，分期乐花呗借呗随便撸一个，撸不下来就找你爸妈要，别跟我哭穷"),
    ("I", "周二 23:15\n孙建华，欠钱不还的畜生，你爹妈怎么生出你这种人渣"),
    ("T", "韩雪，你不接电话是吧，你妈的号码我已经有了，你表哥、你单位的王主任我也都有，你看着办"),
    ("", "您好，我是岚桥消金贷后管理部的工作人员林敏，工号LQ0217，关于您尾号8830账户的还款事宜，方便时请回电400-820-6917，谢谢。"),
    ("", "1069 0552 2217 08:30\n【岚桥消金]何先生您好，您的借款已逾期6天，应还2,318.40元，请尽快还款。如有困难请联系客服协商。回T退订"),
    ("VTL", "赵鹏，已经安排两个同事明天早上去你单位门口堵你，顺便把你诈骗的事跟你们保安队长说清楚"),
    ("E", "吴梦琪，你在小红书那些自拍我们都存了，配上“欠钱不还”四个字发出去，你猜点赞会有多少？"),
    ("R", "黄涛 你名下那台车抵押一下能拿五六万 我有渠道 今天办明天放款 先把我们这边清了"),
    ("L", "通知：因您长期拒不还款，已构成《刑法》第224条合同诈骗罪，案件材料今日移交经侦，请做好被刑事拘留的准备。"),
    ("P", "【中鼎律师事务所】唐敏女士：受委托方委托，本所律师将于本周五向法院递交起诉状，请于48小时内与本所张律师联系。"),
    ("", "易女士，您好。关于您反映的重复扣款问题，我司已核实并原路退回多扣的486元，预计1-3个工作日到账。岚桥消金客服"),
    ("IT", "你个骗子，借钱的时候说得多好听，现在装死？你爸妈在老家挺好的吧，老人家知道你在外面干这种事吗，要不要我们帮你说说"),
    ("V", "邓凯，你每天晚上八点多从地铁5号线梧桐站B口出来走回家，那段路黑，注意点。钱什么时候还？"),
    ("L", "苏强，你这个情况再拖下去，你儿子将来考军校政审过不了，别说我们没提醒你"),
    ("R", "肖丹 实在不行你去卖点血 或者找个夜场上几天班 钱来得快 我们只要结果"),
    ("T", "下午 4:26\n通知：明日起我司将对您的紧急联系人及公司人事部门逐一电话核实，核实内容包括您的欠款金额及逾期情况。"),
    ("", "【汇川银行】温馨提示：本行不会以“征信修复”“停息挂账代办”等名义向您收费，请勿向陌生账户转账。"),
    ("PL", "我是江城市公安局云溪分局刑侦大队的，你涉嫌的网贷诈骗我们已经掌握，今天之内把钱还清可以不追究。"),
    ("I", "死皮赖脸的东西，脸都不要了是吧，几千块钱躲了三个月"),
    ("E", "周末我们的人会去你老家，在村口拉横幅，写清楚你欠了多少钱不还"),
    ("", "【岚桥消金】陆先生，您于今日14:32还款3,000.00元已成功入账，剩余应还1,206.15元。"),
    ("RT", "郑晓，你不是有个姐姐在深圳上班吗？让她先借给你，不然我们直接打她电话跟她谈"),
    ("L", "最后通牒：你已被法院列入失信被执行人名单，名下银行卡即将全部冻结，高铁飞机全部限乘"),
    ("IV", "你这种垃圾早晚被人收拾，别以为换了号就找不到你，你住哪我们清清楚楚"),
    ("", "您好，这里是联拓商务，受汇川银行委托联系您，请在方便时回电400-977-3012，服务时间9:00-21:00。如您已委托律师，请告知律师的联系方式。"),
    ("PL", "【国家金融监督管理总局】您的逾期债务已纳入重点监管名单，请于今日17时前联系专员处理，否则将影响您及家人的金融账户使用。"),
    ("E", "你的欠款视频已经剪好了，标题是“江城某公司会计欠钱跑路”，你再不回消息就发快手"),
    ("T", "联系不上你没关系，你微信好友列表我们有，接下来一个一个私聊问你的情况"),
    ("L", "根据最新规定，网贷欠款超过5000元逾期90天即按非法占有处理，公安机关有权直接上门抓人，请你三思。"),
    ("", "尊敬的客户，根据您昨天的申请，我们已将您的还款日延后至6月30日，延期期间不计罚息。岚桥消金"),
    ("R", "别等了 你那个公积金能提出来 提不出来就找同事凑 凑不够就去二手平台把手机电脑卖了"),
    ("I", "借钱的时候孙子一样，现在成大爷了？不要脸的玩意儿"),
    ("V", "你家门口那个快递柜挺方便啊，我们同事今天去看过了，你家大门的锁也挺旧的。明天之前给个答复。"),
    ("T", "你不还钱我就建个群，把你家亲戚同学全拉进去，群名就叫“某某快还钱”"),
    ("L", "你这笔账逾期了这么久，已经够得上拒执罪了，一旦定了罪要坐三到七年"),
    ("", "您好，您于5月3日在我司平台提交的投诉已受理，编号TS20270503118，我们将在15个工作日内回复处理结果。"),
    ("", "催收员小吴：姐，上次您说孩子住院，我这边给您登记了困难客户，这个月先不用还，下个月5号前我再跟您确认方案，好吗？"),
    ("R", "你这点钱 随便找个口子借出来就行 我给你推荐几个不看征信的 加这个微信 dk66088"),
    ("PL", "这里是江城仲裁委员会，你的借款纠纷已作出裁决，今天不履行将移送法院强制执行。"),
    ("VI", "狗东西，等着，今晚就去你家门口泼油漆"),
    ("", "您好，我们注意到您最近多次未接来电。如果不方便接听，可以回复本短信告知合适的联系时间，或在APP中选择“仅短信联系”。"),
    ("L", "你的欠款已经在辖区派出所备案，接下来会有民警上门找你了解情况"),
    ("T", "明天上午十点，我们会以公函形式给你们公司人事部发一份协助催收函，请你们领导督促你还款"),
    ("E", "已经做好了你的“失联欠款人”寻人启事，准备贴到你小区每个单元门口"),
    ("R", "19:02 ◁ 1065 5021 7730\n兄弟，我也是打工的，给你指条路：下个速花借、再下个好借鸭，两边各借两千，先把我这平了，后面慢慢还"),
    ("IL", "你是真不怕坐牢啊，蠢得跟猪一样，借了不还就是诈骗，这点常识都没有？"),
    ("", "【鼎诺资产】您好，您已提交协商申请，我司已暂停电话联系，后续将以短信告知审核结果。如有疑问请致电400-613-0285。"),
)


# SMS signed as an authority or a law firm, forged by collectors, beside the genuine ones of a court and of the
# retained firm.
AUTHORITY_SIGNED: tuple[WordingEntry, ...] = (
    ("PL", "【江城市中级人民法院】彭勇，你因借款合同纠纷被起诉，案号（2027）江01民初8812号，传票已生成，拒不到庭将依法拘传。详询书记员小王。"),
    ("P", "【正德律师事务所】您好，本所受债权人委托，就您拖欠的借款向您发出律师函，请三日内联系本所处理。"),
    ("PL", "【云溪区人民检察院】尊敬的用户，您的网络借贷逾期案件已由本院受理审查，请及时还款，以免承担刑事责任。"),
    ("", "【人民法院】江城市云溪区人民法院向您送达（2027）云0105民初3301号案件应诉通知书、举证通知书，请登录人民法院在线服务平台查收，或到本院诉讼服务中心领取。本短信不要求您转账。"),
    ("", "【12368】您好，（2027）云0105民初3301号案件原告岚桥消费金融有限公司已申请撤诉，本院已裁定准许。江城市云溪区人民法院"),
    ("PL", "【公安部反诈中心】你的借贷账户存在恶意逃废债行为，名下部分账户已冻结，请联系催收专员核实解冻。"),
    ("PL", "【江城市社会信用体系建设办公室】您因网贷逾期已被列入本市失信重点关注名单，请尽快联系出借平台处理。"),
    ("P", "【正德律师事务所】何芳女士：本所律师受速花借指派处理您的欠款，请联系本所张律师，可协助您办理分期。"),
    ("", "【澄衡律师事务所】易先生您好，本所受岚桥消费金融有限公司委托，就您借款逾期一事与您协商；如您认为欠款金额有误，可书面提出异议。本所电话0571-8***-6620。"),
    ("PL", "【云溪派出所】张华你好，经群众举报你利用网络借贷实施诈骗，请于明日9时携带身份证到所配合调查。"),
    ("PL", "【岚桥法院调解中心】您的借款纠纷已转入诉前调解程序，调解失败将直接判决并强制执行。"),
    ("", "【江城金融监管分局】提示：金融机构及其委托的催收机构不得冒用公检法名义催收，如遇此类情况，可拨打12378反映。"),
    ("PL", "【人民法院执行局】你已被列为被执行人，执行标的6,830元，今日不履行将纳入失信名单并限制高消费。"),
    ("PL", "【互金协会催收自律委员会】通知：你的逾期记录已提交行业黑名单，全国持牌机构将停止为你及直系亲属提供服务。"),
    ("L", "【鼎诺资产】通知：我司法务部已就您的欠款向法院申请支付令，法院近期将上门查封您名下财产。"),
    ("P", "云溪区人民法院诉前调解员 陈（工号F0317）：您好，关于您欠速花借的款项，请回复“1”预约调解时间。"),
    ("P", "【中鼎律师事务所】温馨提示：您的委托方债权已由本所接管，后续还款请直接汇入本所指定账户，另行通知。"),
    ("", "【人民法院】您好，您与汇川银行信用卡中心的纠纷已由云溪区人民法院委派特邀调解组织进行诉前调解，如不同意调解请告知调解员，不影响您依法应诉的权利。"),
)


# SMS to the debtor's contacts, relatives, colleagues and landlord: disclosures, pressure, and lawful call-back
# requests that reveal nothing.
CONTACT_SMS: tuple[WordingEntry, ...] = (
    ("D", "您好，您是王磊的紧急联系人。王磊在岚桥消金的借款已逾期45天，欠款8,260元，请转告他尽快还款。"),
    ("", "您好，这里是岚桥消金，有事需要联系王磊先生，如您方便，请转告他回电400-820-6917，谢谢。"),
    ("DT", "王磊的同事你好，他欠我们公司一万多块钱三个月了，你们领导知道吗？麻烦在单位帮我们催一催，不然我们只能直接找你们老板了。"),
    ("DT", "李阿姨，你女儿李静在网上借了钱不还，逾期两个月了。你作为母亲要督促她，这个月不还我们会天天找你。"),
    ("DTL", "你是陈飞的担保人，他欠的两万三已经转到你名下了，法律规定紧急联系人要承担连带责任，请本周内还款。"),
    ("D", "杨先生您好，您的朋友孙浩在速花借有一笔3,600元借款已逾期，麻烦您提醒他及时处理，谢谢。"),
    ("DTV", "你是赵鹏的老婆吧，他欠我们钱躲着不见人，你们家住和平路那个小区几栋几楼我们都知道，让他自己出来把事情解决了"),
    ("", "您好，我们是汇川银行信用卡中心，正在尝试联系刘女士，您如认识她，请告知她回电95***-2。本短信不涉及您个人任何义务。"),
    ("DIT", "你好，你们公司的出纳周晓梅是个老赖，欠钱不还，请你们单位管一管这种人"),
    ("D", "【速花借】尊敬的用户，您的好友钱鑫将您设置为紧急联系人，其账户已逾期31天，待还金额4,215元，请提醒其按时还款。"),
    ("DRT", "小王你好，你哥王明欠的钱你能不能先帮他垫上？你们兄弟之间好说，你拿信用卡刷一下就行。"),
    ("", "您好，打扰了。我们是联拓商务，想找一下胡先生，请问这是他的号码吗？如果不是，请回复“N”，我们将不再联系此号码。"),
    ("DLT", "您好，您的表弟吴刚涉嫌借款诈骗，案件已报警处理，如您知情不报，可能承担包庇责任。"),
    ("D", "张女士，打扰了。您丈夫郑伟在岚桥消金尾号2207的借款逾期，目前欠款11,930元，如方便请转告。"),
    ("DT", "你好，你是刘杰的房东吧？他欠了我们平台的钱，你帮我们盯着点，他要搬走麻烦第一时间告诉我们，不然他欠你的房租你也别想收。"),
    ("", "您好，这里是澄衡律师事务所，受委托需要联系彭先生，烦请告知其回电0571-8***-6620。"),
    ("DP", "【云溪区人民法院】你好，你的同事孙雯涉及一起借款合同纠纷，法院需要向你了解她的下落，请配合。"),
    ("D", "联系人您好，借款人蒋晨（身份证尾号0412）在速花借逾期未还，金额2,980元。本平台联系本人未果，请协助转告。"),
    ("DTE", "老同学，你们班的韩冰借我们钱不还，我们准备在你们同学群里问问大家，你先帮忙劝劝他，省得大家都难看。"),
    ("", "您好，您的号码被误登记为我司客户的联系号码，我们已删除该号码并停止联系，给您带来不便深表歉意。岚桥消金"),
    ("D", "陈先生您好，您的同事方琳在汇川银行的信用卡逾期未还，我们联系不上本人，请让她尽快回电95***-2，谢谢配合。"),
    ("DV", "转告你儿子，欠我们的钱再躲下去，我们就去你们家楼下等他，天天等，看他回不回来"),
    ("DR", "你是许亮的女朋友吧？他在我们这欠了七千多，你让他把他那辆电动车和游戏机卖了先还上，别总躲着。"),
    ("", "您好，我是岚桥消金的工作人员，您的家人曾留下此号码作为联系方式，如您不希望再接到我们的短信，请回复“TD”。"),
)


# Collectors' calls to debtors as the lenders' and agencies' recording systems deliver them, as timed turns.
COLLECTOR_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，我是岚桥消费金融贷后服务部的方雨，工号LQ0331，请问是郭建明先生吗",
          "客户：是我，什么事",
          "坐席：跟您核实一下，您尾号6621的借款目前逾期5天，应还1,482元，请问是什么原因没有按时还款呢",
          "客户：这两天工资晚发了，周五就能还",
          "坐席：好的，我给您备注周五还款，到时有变化可以随时联系我们")),
    ("V", ("坐席：郭建明是吧，你别挂，跟你好好说你不听",
           "客户：我说了周五还",
           "坐席：周五？上个月你也说周五。我们同事现在就在你们小区门口，你家六楼对吧，阳台上晾的那件红衣服是你老婆的吧",
           "客户：你们想干什么",
           "坐席：不干什么，今天下午五点前看不到钱，他们就上去敲门")),
    ("I", ("坐席：喂，冼丽，你到底还不还",
           "客户：我现在真的没有",
           "坐席：没有？你是不是脑子有问题，三千块钱拖两个月，你这种人活着就是浪费粮食")),
    ("", ("坐席：您好，这里是汇川银行信用卡中心，我是客服专员宁波，请问是阮女士吗",
          "客户：是，我知道逾期了，我妈刚做完手术，医药费把钱都花光了",
          "坐席：非常抱歉听到这个情况，先祝阿姨早日康复。您这种情况可以申请困难延期，三个月内只还最低额，需要提供住院证明",
          "客户：那我拍照发给你们",
          "坐席：好的，我给您发一条申请链接，您上传后三个工作日内有结果，这期间我们暂停电话提醒")),
    ("R", ("坐席：籍晓燕，你这笔已经逾期九天了",
           "客户：我手上真没钱",
           "坐席：手上没钱还没有别的办法吗，你手机上那些借款软件哪个不能借，随便找一个借出来先还我们",
           "客户：那我不是越欠越多",
           "坐席：那是你后面的事，我只管今天")),
    ("T", ("坐席：屠志刚，我最后问你一次，今天能不能处理",
           "客户：下个月吧",
           "坐席：行，那我也不跟你废话了，你通讯录里备注“老婆”“岳母”“刘经理”的，我今天下午一个一个打过去，让他们帮你想想办法")),
    ("L", ("坐席：你好，鼎诺资产，敖建国是吧",
           "客户：是",
           "坐席：我通知你一下，你的案子我们已经起诉了，下周法院传票到你家，不出庭直接拘留十五天",
           "客户：起诉了？我怎么不知道",
           "坐席：现在知道了吧")),
    ("", ("客户：你们这帮吸血鬼，放高利贷的，我要去告你们",
          "坐席：您有权投诉，可以拨打我们的投诉电话，也可以向金融监管部门反映，我们会配合调查",
          "客户：利息那么高还好意思催",
          "坐席：您的借款年化利率在合同第三条有约定，如果您认为收费有问题，我可以帮您提交费用复核，复核期间暂停催收")),
    ("P", ("坐席：喂，卞红梅吗，我这里是云溪区法院的，你的案子现在在我手上",
           "客户：法院？什么案子",
           "坐席：你欠鼎诺那笔钱，立案了，今天不联系委托方调解就转执行")),
    ("E", ("坐席：冯佳你听着，你不还也行",
           "客户：什么意思",
           "坐席：你住的那个锦华苑，业主群我们已经进去了，你的照片和欠款金额今晚就发，让邻居都认识认识你")),
    ("VT", ("坐席：裘海，你儿子在实验小学三年级二班是吧",
            "客户：你怎么知道的",
            "坐席：我们知道的多了。你不接电话，我们只能去学校找他班主任聊聊，顺便接一下孩子放学")),
    ("", ("坐席：您好，我是联拓商务的催收员，受汇川银行信用卡中心委托，请问是练先生本人吗",
          "客户：是我",
          "坐席：您尾号4490的信用卡逾期63天，欠款18,225元，我们这边提醒您一下，如果一直不处理，银行有权依法起诉，诉讼结果以法院判决为准",
          "客户：我现在失业了",
          "坐席：明白，您可以申请分期，我这边帮您登记一下，银行审核后会有专人联系您")),
    ("RI", ("坐席：岑少华，你一个大男人连这点钱都还不上，丢不丢人",
            "客户：我在找工作",
            "坐席：找工作？你那辆车不是还在吗，卖了不就有钱了，这都想不到，废物一个")),
    ("LT", ("坐席：农志远，跟你说清楚，不还钱就是诈骗，我们马上报案",
            "客户：我没说不还",
            "坐席：没说不还那钱呢，明天我们给你们公司发律师函，你们老板和同事都得知道你是个什么人")),
    ("", ("坐席：您好，我是岚桥消金的钟晴，打扰您了，请问是祁先生吗",
          "客户：是，我跟你们说过了，别再打我电话，有事发短信",
          "坐席：好的，已经为您登记只接收短信联系，今后我们不会再来电，抱歉打扰")),
    ("V", ("坐席：梁子豪，你今天去上班了吧",
           "客户：关你什么事",
           "坐席：你那个厂子在开发区北门，下午五点半下班，我们有人在门口等你，钱带上")),
    ("I", ("坐席：乔斌，你还算个男人吗",
           "客户：你说话注意点",
           "坐席：注意什么，欠钱不还的烂人还要我客气，你就是个臭要饭的")),
    ("", ("坐席：您好，速花借客服，工号SD1108，请问是池女士吗",
          "客户：是，我要问一下，你们那个外包公司天天骂人，你们管不管",
          "坐席：非常抱歉，辱骂客户是我们明令禁止的，您能告诉我来电号码或者时间吗，我马上提交投诉并更换服务机构",
          "客户：昨天下午三点多，号码尾号0173",
          "坐席：已记录，投诉单号会短信发给您，三个工作日内回复处理结果")),
    ("R", ("坐席：滕飞，我给你出个主意",
           "客户：什么",
           "坐席：你去办张信用卡，额度下来刷出来套现，先还我们，我认识一个做POS机的可以帮你")),
    ("PL", ("坐席：你好，我是正德律师事务所的张律师，负责你和速花借的案子",
            "客户：律师？",
            "坐席：对，我们已经向法院申请财产保全了，你的微信支付宝明天就会冻结，要解冻今天先还一半")),
    ("", ("坐席：您好，我是汇川银行信用卡中心的戴青，这通电话是提醒您尾号3308的信用卡本期已逾期两天",
          "客户：我忘了，今天就还",
          "坐席：好的，还款后额度一般在一个工作日内恢复，如果已经还了请忽略这次提醒，谢谢")),
    ("T", ("坐席：你不接是吧",
           "客户：我在上班",
           "坐席：上班好啊，那我直接打你们人事部电话，问问你们单位招的都是什么人",
           "客户：你别打",
           "坐席：那就今天把钱转过来")),
    ("E", ("坐席：鲍立新，你朋友圈挺热闹啊，天天晒吃晒喝",
           "客户：那又怎样",
           "坐席：不怎样，我们做了个海报，就写你欠钱不还还晒娃，明天一早你所有共同好友都能在朋友圈刷到")),
    ("", ("客户：你们再打电话我就报警了，我已经找律师了",
          "坐席：好的，您委托了律师的话，请告诉我们律师的姓名和联系方式，后续我们直接与律师沟通",
          "客户：律师姓吴，电话我短信发你",
          "坐席：收到，已经登记，我们不再就这笔欠款直接联系您")),
    ("L", ("坐席：敖建国，我们公司已经把你列为恶意逃债，资料报到征信中心和公安网了",
           "客户：公安网是什么",
           "坐席：就是你现在出门住酒店都会被查，哪天在路上被拦下来别怪我没提醒")),
    ("VI", ("坐席：你这个死骗子，真以为躲得掉",
            "客户：我在想办法",
            "坐席：想办法？你那个破店明天还想不想开了，玻璃门砸了可不好修")),
    ("", ("坐席：您好，我是岚桥消金的方雨，上次您说要跟家人商量，想问下您考虑得怎么样",
          "客户：我们想分六个月还",
          "坐席：可以的，我给您提交六期分期，每期大概1,150元，审批通过会短信通知您，期间不产生新的罚息")),
    ("R", ("坐席：冼丽，你妈不是在老家有几亩地吗",
           "客户：那是我妈的",
           "坐席：租出去或者找人押一下，先把钱拿来，你们家又不是拿不出来")),
    ("P", ("坐席：冯佳女士，我是江城市金融监管局投诉处的，你有一笔网贷被平台投诉恶意拖欠",
           "客户：还有这种事？",
           "坐席：有的，你今天跟平台把账结了，我们这边就销案")),
    ("T", ("坐席：你妹妹是在人民医院当护士吧",
           "客户：这跟她有什么关系",
           "坐席：你不还，我就打到她们护士站问问，看她愿不愿意替你还")),
    ("", ("坐席：您好，速花借贷后专员，工号SD2204。请问您是符军本人吗",
          "客户：是，你们那个逾期费太高了，我不认",
          "坐席：您对费用有异议的话，我帮您提交异议申请，核实期间我们不会就争议部分催收，结果会书面告知您")),
    ("L", ("坐席：符军，我跟你讲，你现在的行为已经构成诈骗，你的照片已经发到派出所了，随时会有人去找你",)),
    ("EI", ("坐席：你这个老赖，你不要脸我们也不给你留脸了",
            "客户：你想怎么样",
            "坐席：明天你们村口的公告栏上就贴着你的名字和欠款，让乡亲们都评评理")),
)


# Calls that debtors recorded and that were played in court or attached to complaints, as the court's or the
# complainant's speech-to-text output: no punctuation, fillers, homophones, numbers read aloud, dialect.
RECORDED_ASR: tuple[WordingEntry, ...] = (
    ("V", ("催收员：喂 你是那个黄涛吧 嗯 我跟你讲哈 你屋头住的那个 嗯 翠微路四十二号 我们兄弟伙今天晚上就过来坐哈",
           "借款人：你们要干啥子",
           "催收员：干啥子 还钱撒 不还钱我们就在你屋门口坐到起 坐到你还为止")),
    ("I", ("催收员：你是不是有病啊 那个 三千八百块 拖了 拖了快两个月 你就是个狗东西",
           "借款人：你骂人是吧我录音了",
           "催收员：录就录 我就骂你了 你个烂人")),
    ("T", ("催收员：呃 你的通讯录里面那个 备注宝贝的 还有你那个 嗯 领导 我们都打过了 下午还要打你家里人",
           "借款人：你们凭什么打我家里人",
           "催收员：凭你欠钱不还啊 不想他们知道就今天处理")),
    ("L", ("催收员：我跟你说一下啊 你这个情况 已经 嗯 已经移交我们法务了 法务那边已经立案了 下个礼拜 公安就会上门",
           "借款人：立案 哪个法院",
           "催收员：你不用管哪个法院 到时候你就知道了")),
    ("PL", ("催收员：喂你好 我这边是 那个 江城市云溪区人民法院 执行局的 你的案子 嗯 二零二七 云零一零五 执 幺幺八号 已经到我这了",
            "借款人：我没收到过传票啊",
            "催收员：没收到不代表没有 你今天不打款 明天我们就带人过去")),
    ("EV", ("催收员：那个 我们 我们这边已经 拍了视频 你家门口 你老婆在院子里 都拍进去了 你再不还 就发到你们那个 抖音同城",
           "借款人：你这是侵犯隐私")),
    ("R", ("催收员：你没钱 你可以借撒 现在借钱的地方多得很 那个啥 有钱花 还有那个 嗯 小赢 你随便借两个 拆东墙补西墙嘛 先把我这堵上",
           "借款人：我都逾期了哪里还借得出来",
           "催收员：借不出来 就找亲戚借 找朋友借 这还要我教你啊")),
    ("", ("催收员：您好 这里是 岚桥消费金融 委托的 鼎诺资产 我姓 姓谢 请问是 骆伟先生吗",
          "借款人：是的",
          "催收员：是这样 您的借款 逾期了十二天 金额是 五千六百四十元 想问一下您这边 有没有还款计划",
          "借款人：我下个月十号发工资",
          "催收员：好的 那我给您登记 下个月十号 到时候 我们短信提醒您")),
    ("VT", ("催收员：你老婆在 在那个 东方超市 上班 对吧 收银 嗯 我们去买过东西了",
            "借款人：你们想干嘛",
            "催收员：不想干嘛 让她劝劝你 不然我们天天去她那里排队结账 天天去")),
    ("L", ("催收员：你这个 嗯 属于 恶意透支 懂不懂 恶意透支是刑事 刑事犯罪 要判刑的 你儿子以后 当兵考公 全部都 受影响",
           "借款人：我才逾期一个月")),
    ("I", ("催收员：你个瓜娃子 借钱的时候 跑得比哪个都快 还钱就装死 你妈卖批",
           "借款人：你再骂一句试试")),
    ("", ("借款人：你们这个利息 我算了一下 超过了 超过法律规定的",
          "催收员：嗯 您如果对利息有异议 可以提交书面异议 我们这边会转给 转给岚桥那边复核 复核期间 不会对您催收",
          "借款人：那你们把地址给我",
          "催收员：好的 我现在短信发给您")),
    ("P", ("催收员：喂 我是 那个 中鼎律师事务所的 律师 我姓王 你这个案子 我们律所 已经 全权接手了",
           "借款人：你有律师证吗",
           "催收员：有没有 你不用管 你现在要做的是 今天之内 还款")),
    ("R", ("催收员：你们家那个房子 不是你爸名下的吗 拿去抵押一下嘛 几万块钱的事",
           "借款人：那是我爸妈住的地方",
           "催收员：住的地方咋了 抵押又不是卖")),
    ("T", ("催收员：我们已经 嗯 建了一个群 你的同学 你的同事 都在里面 你再不处理 我就把你的欠条 身份证 发到群里",
            "借款人：你们这样是违法的")),
    ("", ("催收员：您好 我是汇川银行 信用卡中心 委托的 联拓商务 工号 幺三七 请问是 仇女士吗",
          "借款人：是我 我刚生完孩子 还在月子里",
          "催收员：哦 恭喜恭喜 那您这段时间 先好好休息 我给您 申请一个 暂缓 九十天以后 我们再联系您 可以吗",
          "借款人：可以 谢谢")),
    ("VL", ("催收员：你搞清楚 我们是 专业的 你跑到哪里 都找得到你 下周 我们 带上 派出所的人 一起过来 把你铐走",
            "借款人：派出所会管你们这个？")),
    ("E", ("催收员：你那个 那个小卖部 门口 我们 明天去 贴告示 写清楚 老板欠钱不还 让来买东西的 都看看",)),
    ("I", ("催收员：吃屎都赶不上热乎的 你这种人 嗯 就是社会的渣滓 还有脸跟我讲困难",)),
    ("T", ("催收员：你不是在那个 那个 鑫达电子厂 上班吗 我们 已经 给你们厂长 打电话了 他说 叫你 去办公室一趟",
           "借款人：你们怎么能给我们厂长打电话")),
    ("R", ("催收员：你们小年轻 不是 有那个 裸 那个 啥子 反正你自己想办法 卖卖东西 手机啊 包啊 实在不行 卖个肾 也值好几万",)),
    ("", ("借款人：我跟你讲 你们要再打我 我就去 银保监 去 12378 投诉你们",
          "催收员：您有权投诉 我这边也会 记录您的意见 请问 您希望 以后 什么时间 联系您比较方便",
          "借款人：不要打了 发短信",
          "催收员：好的 已经 改为 短信联系")),
    ("PL", ("催收员：这里是 云溪 公安分局 经侦大队 我们接到 速花借 的报案 说你 诈骗 网贷 你现在在哪里",)),
    ("LR", ("催收员：你晓得不 拖欠网贷 超过三个月 就 坐牢 你赶紧 去找 你那个 表哥 借 或者 网上 再借一笔 先还了 不然 来不及了",)),
    ("V", ("催收员：你女儿 是 扎两个辫子 那个 对吧 天天 你爱人 送她 走 那个 桥 我们 都看到了 你好好想想 这周 能不能 还",)),
    ("", ("催收员：您好 我们是 速花借 贷后 请问 是 用户 符军 吗",
          "借款人：我在医院 我爸心梗 在抢救",
          "催收员：好的好的 那不打扰您了 您先照顾家人 这笔我们先 暂停 一个礼拜 您方便了 回电就行")),
    ("IT", ("催收员：你就是个 老赖 还狡辩 我告诉你 你 你大舅 你二姨 我们 全部 打一遍 让他们 看看 他们家 出了个 什么东西",)),
    ("L", ("催收员：你那个 征信 已经 黑了 黑了你懂吗 你 你们全家 以后 坐不了飞机 孩子 上不了 好学校",)),
    ("", ("催收员：喂 您好 是 蔺先生吗 我是 岚桥 消费金融 贷后 小周",
          "借款人：是 我知道 我这个月 被裁员了",
          "催收员：嗯 理解 我们有 失业 客户 的 延期 政策 您有 离职证明 的话 可以 延三个月 最低 还款 我帮您 提交")),
    ("P", ("催收员：喂 你好 我是 江城 仲裁 委员会 的 工作人员 你的 借款 纠纷 需要 你 今天 过来 签字 不来 视为 认可 裁决",)),
)


# Calls to the debtor's contacts, relatives, colleagues and employer, as timed turns.
CONTACT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，我是岚桥消费金融的工作人员，请问您认识王磊先生吗",
          "第三方：认识，我是他同事，怎么了",
          "坐席：我们有事需要联系他本人，麻烦您转告他回电400-820-6917，谢谢，打扰您了")),
    ("D", ("坐席：喂，您好，是王磊的爱人吗",
           "第三方：我是",
           "坐席：王磊在我们岚桥的借款逾期一个多月了，欠一万零三百，您提醒他尽快还款",
           "第三方：我知道了")),
    ("DT", ("坐席：你是刘杰的妈妈吧",
            "第三方：是啊，你哪位",
            "坐席：你儿子在速花借借了钱，两个月没还了，八千多。你当妈的今天帮他还了，不然我们每天都打你电话")),
    ("DTL", ("坐席：你好，你是陈飞的紧急联系人",
             "第三方：他留的我？我们好几年没联系了",
             "坐席：不管你们联系没联系，他欠两万三逾期了，你是联系人就得负连带责任，法院会一起起诉你")),
    ("", ("坐席：您好，我是汇川银行信用卡中心的，请问这里是周晓梅的电话吗",
          "第三方：不是，打错了",
          "坐席：抱歉打扰，我们会把这个号码从联系记录里删除")),
    ("DIT", ("坐席：喂，你们是恒顺物流吧，我找你们人事",
             "第三方：我就是，什么事",
             "坐席：你们公司那个滕飞，欠我们网贷不还，就是个老赖，你们单位也不管管，他不还我们天天打到你们公司来")),
    ("D", ("坐席：您好，请问您是孙浩的朋友杨先生吗",
           "第三方：对，什么事",
           "坐席：孙浩在速花借有一笔三千六的借款逾期了，我们联系不上他，麻烦您告诉他一声",
           "第三方：行吧")),
    ("", ("坐席：您好，我是联拓商务的，想找一下胡先生，您是他的家人吗",
          "第三方：我是他爱人，他出差了，有什么事跟我说吧",
          "坐席：不好意思，涉及他个人的事务需要跟本人沟通，麻烦您让他方便时回个电话，号码是400-977-3012",
          "第三方：你们是催款的吧",
          "坐席：具体事项需要跟他本人说，谢谢您")),
    ("DV", ("坐席：你是赵鹏老婆吧",
            "第三方：你们又打来干什么",
            "坐席：你老公欠我们四万多躲起来了，你家那个店在和平路口吧，你跟他说，再不出来，我们就去店里坐着等")),
    ("DR", ("坐席：王明的弟弟是吧",
            "第三方：是，我哥怎么了",
            "坐席：他在岚桥的一万二逾期了，你劝劝他，把他那辆车卖了先还上，车又不是必需品")),
    ("DT", ("坐席：喂，是韩冰的班主任刘老师吗",
            "第三方：我是，你哪里",
            "坐席：你们班的韩冰借了网贷不还，快四千了，你当老师的帮我们管管，不然我们就找你们校长")),
    ("", ("坐席：您好，我是速花借的工作人员，请问是钱鑫的紧急联系人吗",
          "第三方：是，他怎么了",
          "坐席：我们需要联系他本人，麻烦您转告他登录速花借APP查看消息或者回电，其他情况我们只能跟本人沟通")),
    ("DLP", ("坐席：你好，我是云溪派出所的，你认识蒋晨吧",
            "第三方：认识，我表哥",
            "坐席：他在网上借的钱一直不还，现在有人报案了，你让他尽快跟借款平台联系，不然我们就要上门了")),
    ("DET", ("坐席：喂，是锦华苑物业吗",
            "第三方：是，您有什么事",
            "坐席：你们小区三栋的冯佳欠我们平台的钱不还，我们想在你们公告栏贴个催款通知，你们配合一下")),
    ("D", ("坐席：您好，是郑伟的同事吗",
           "第三方：是，他今天请假了",
           "坐席：那麻烦您转告他，他在岚桥消金的借款已经逾期二十天了，让他尽快处理")),
    ("DTR", ("坐席：你是许亮的姐姐吧，他欠我们七千多，你当姐姐的先给他垫上",
             "第三方：我也没钱",
             "坐席：没钱你就去借嘛，你信用卡额度肯定有，刷一下就出来了")),
    ("", ("坐席：您好，请问是苗女士家吗",
          "第三方：她不在家，我是她妈妈",
          "坐席：阿姨好，我是岚桥消金的，有点事情找她，麻烦阿姨让她回个电话，谢谢您",
          "第三方：她是不是欠钱了",
          "坐席：具体的事情我们需要跟她本人说，阿姨您别担心")),
    ("DV", ("坐席：你是邓凯的爸爸吧，你儿子借钱不还，我们找不到他",
            "第三方：他都三十多了，他的事我管不了",
            "坐席：管不了？你们家那个老房子在梧桐镇吧，我们下礼拜过去看看你们老两口")),
    ("DT", ("坐席：你好，鑫达电子厂的财务是吗",
            "第三方：对",
            "坐席：你们厂那个梁子豪在我们这借的三千二逾期了，下个月发工资的时候你们直接扣了转给我们")),
    ("D", ("坐席：您好，我是汇川银行信用卡中心的，请问您是莫先生的父亲吗",
           "第三方：是的",
           "坐席：莫先生的信用卡逾期了，欠款一万两千多，请您提醒他一下",
           "第三方：好，我告诉他")),
    ("", ("坐席：您好，打扰了，请问是冀女士的同事吗",
          "第三方：是的",
          "坐席：我们是汇川银行的，想联系冀女士，麻烦您请她有空回个电话，谢谢")),
    ("DTE", ("坐席：你是乔斌的同学吧，我们加了你们那个高中同学群",
             "第三方：你们怎么进来的",
             "坐席：乔斌欠我们的钱不还，你们帮忙劝劝，再不还我们就在群里把他的欠条发出来")),
    ("D", ("坐席：你好，我是鼎诺资产的，你是籍晓燕的室友吧",
           "第三方：嗯",
           "坐席：她在岚桥借了钱，逾期挺久了，九千多，你跟她说一声让她联系我们")),
    ("DT", ("坐席：你好，你是符军的妻子吧，他在速花借欠的两千一逾期了，这个月底前你先转一半过来，剩下的让他自己想办法",
            "第三方：我根本不知道他借钱")),
)


# Calls in which the callee has not been identified (the number's holder is unknown), written as prefixed text.
UNKNOWN_CALLS: tuple[WordingEntry, ...] = (
    ("", ("坐席：您好，请问是机主本人吗", "联系人：你找谁", "坐席：我们找一位姓尚的女士，如果不是本人，打扰了，我们会核实号码")),
    ("V", ("坐席：你别管我是谁，告诉这个号的主人，他家在哪我们已经摸清了，这两天注意门窗", "联系人：你有病吧")),
    ("", ("坐席：您好，这里是汇川银行信用卡中心，请问您是这个号码的使用人吗",
          "联系人：是，但我不是你们客户",
          "坐席：好的，可能是号码登记有误，我们会核查并停止拨打这个号码")),
    ("L", ("坐席：喂，我通知一下，这个号码的机主已经被法院立案，再不还款下周就来抓人", "联系人：什么机主，这号我刚办的")),
    ("P", ("坐席：我这边是江城市中级人民法院的，找一下这个号码的持有人", "联系人：什么事", "坐席：你不用问，让他本人打给书记员，今天之内")),
    ("I", ("坐席：你是那个欠钱的吧，别装了", "联系人：我不是", "坐席：不是你接什么电话，跟那个赖皮一个德行")),
    ("", ("坐席：您好，我是速花借的客服，请问您方便接听电话吗", "联系人：你们是干嘛的", "坐席：我们需要跟一位客户本人确认信息，请问您是否姓符", "联系人：不是", "坐席：好的，抱歉打扰")),
    ("R", ("坐席：这号码的机主是吧，你手机上随便装几个借款APP，凑一凑就能还上，别拖了", "联系人：你打错了吧")),
    ("E", ("坐席：告诉你们那个机主，我们的曝光视频已经拍好了，明天在快手同城发出来", "联系人：什么东西")),
    ("T", ("坐席：喂，这个号码的机主，你要是本人就听着，你全部通讯录我们都有，今天下午统一群发", "联系人：我听不懂你在说什么")),
    ("", ("坐席：您好，这里是岚桥消金，我们在核实联系方式，请问您认识钟先生吗", "联系人：不认识", "坐席：明白了，这个号码我们会标记为无效，抱歉打扰您")),
    ("PL", ("坐席：我是云溪分局经侦的，这个号码涉及一起网贷诈骗案件，请机主明天到分局说明情况", "联系人：我怎么知道是真是假")),
)


# The bank card centre's voice robot and other lenders' robots, as timed turns (the robot speaks as the agent).
ROBOT_CALLS: tuple[WordingEntry, ...] = (
    ("", ("客服：您好，这里是汇川银行信用卡中心智能语音助手，请问是谷先生本人吗",
          "客户：是",
          "客服：您尾号3308的信用卡本期账单已到最后还款日，应还一万两千九百零四元五角二分，最低还款一千二百九十元四角五分，请按时还款",
          "客户：好",
          "客服：感谢接听，如已还款请忽略，再见")),
    ("", ("客服：您好，这里是汇川银行信用卡中心，本次来电是提醒您尾号七七一九的信用卡已逾期，请问您今天能还款吗",
          "客户：我在住院，还不了",
          "客服：抱歉打扰您养病。已为您转接人工专员，稍后会有专员联系您办理困难客户延期",
          "客户：行")),
    ("", ("客服：您好，我是岚桥消金的智能客服小岚，提醒您今天是还款日，应还七百零六元三角，您可以在岚桥APP主动还款，回复一可以转人工",
          "客户：一",
          "客服：正在为您转接人工客服，请稍候")),
    ("L", ("客服：您好，这里是速花借智能法务提醒，您的逾期已触发自动起诉程序，三日后将生成法院传票并冻结名下银行卡，如需撤诉请按一",
           "客户：什么法务")),
    ("T", ("客服：您好，这里是速花借，系统检测到您已逾期二十一天，今日十八点起系统将自动外呼您的全部通讯录联系人，如需终止请立即还款",)),
    ("", ("客服：您好，这里是汇川银行信用卡中心，您尾号零九五二的信用卡已逾期十天，逾期信息将按规定报送金融信用信息基础数据库，如需办理分期请按二",
          "客户：二",
          "客服：好的，已为您登记分期意向，专员将在一个工作日内联系您")),
    ("R", ("客服：您好，这里是速花借，您的账单已逾期，为避免影响信用，推荐您使用合作平台闪融快速借款，最高五万，当天到账，按一获取链接",)),
    ("", ("客服：您好，这里是汇川银行信用卡中心，提醒您近期有不法分子冒充本行或公安机关，以逾期要坐牢为由要求转账，本行不会要求您向任何个人账户还款",
          "客户：知道了")),
    ("E", ("客服：您好，这里是速花借，您已逾期二十八天，您的逾期信息将于明日在本平台曝光栏公示，包括姓名、照片和所在单位，请尽快还款",)),
    ("", ("客服：您好，岚桥消金提醒您，您的借款已逾期三天，应还两千零六十一元八角八分，如遇困难可回复二申请延期，不产生额外费用",
          "客户：二",
          "客服：已收到您的延期申请，结果将短信通知您")),
    ("PL", ("客服：您好，这里是云溪区人民法院诉讼服务中心自动语音，您的借款纠纷已立案，请按一联系承办人，按二查询执行进度",)),
    ("", ("客服：您好，这里是汇川银行，本次来电为还款提醒，您尾号五一二六的信用卡账户已委托联拓商务咨询有限公司协助催收，如需核实请拨打信用卡背面客服电话",
          "客户：这个公司是真的吗",
          "客服：您可以通过本行官方客服电话核实受托机构信息")),
    ("I", ("客服：您好，速花借提醒，欠钱不还是可耻的，您已逾期十一天，请珍惜您仅剩的一点脸面，尽快还款",)),
    ("", ("客服：您好，岚桥消金智能客服提醒，您的分期方案已生效，本月应还九百元，请于十一月十五日前还款。如需人工服务请按零",)),
)


# Group-chat logs: WeChat groups collectors built from the debtor's contacts, and posts in class, company and
# residents' groups, as exported for a complaint or a case file (the collector's posts are what is judged).
GROUP_CHATS: tuple[WordingEntry, ...] = (
    ("DT", "【群聊：钟雨还钱群（38人）】\n催收员：各位好，拉大家进群是因为钟雨在我司借款18,600元逾期两个月拒不还款，请各位亲友督促她，谁能联系上她请私聊我。\n联系人：你们怎么有我号码的"),
    ("DE", "【群聊：锦华苑三期业主群】\n催收员：各位邻居，3栋2单元的冯佳在速花借欠款6,880元逾期不还，特此公告，请大家认清此人。"),
    ("DEIT", "【群聊：恒顺物流调度部】\n催收员：@全体成员 你们同事滕飞借钱不还，就是个老赖骗子，欠我们平台九千块，大家以后离他远点。"),
    ("DTE", "【群聊：12届高三（5）班】\n催收员：打扰各位同学，乔斌欠款未还已四个月，金额11,200元，谁和他关系好的麻烦转告，否则每周在群里更新一次他的情况。"),
    ("DT", "【私聊：梁子豪父亲】\n催收员：叔叔，子豪欠的3,277元今天必须有人处理，您是他父亲，这个钱您先出，别让我们去厂里找他。\n联系人：我还在住院，能不能缓几天"),
    ("", "【群聊：岚桥消金客户服务群（自愿入群）】\n客服：各位客户好，本群只解答还款操作问题，不讨论任何个人的借款情况。如需协商还款，请私信官方客服或拨打400-820-6917。"),
    ("DTV", "【群聊：邓凯亲友群】\n催收员：邓凯欠我们两万四躲了半年，他爸妈住梧桐镇老街18号，我们这周末过去拜访，各位亲戚谁先劝他还钱谁省事。"),
    ("DR", "【群聊：方琳大学室友群】\n催收员：方琳在汇川银行的信用卡欠了三万多，你们谁有闲钱借她周转一下，或者让她把新买的那台车卖了，大家都是同学。"),
    ("DE", "【群聊：东湖路小学二（3）班家长群】\n催收员：各位家长，本班裘同学的家长裘海欠网贷不还已有三个月，请各位家长提醒孩子注意。\n联系人：这是什么人，群主踢出去"),
    ("DEI", "【群聊：梧桐镇老乡会】\n催收员：[图片]这是本镇的邓凯，欠钱不还的无赖，身份证在此，谁见到他告诉他一声，让他别给梧桐人丢脸。"),
    ("DET", "【群聊：鑫达电子厂二车间】\n催收员：各位工友，梁子豪欠我们公司3,277元逾期一个月，请大家下班的时候帮忙盯着点，找到他的有红包。"),
    ("DTL", "【群聊：陈飞紧急联系人（6人）】\n催收员：陈飞欠款两万三已逾期，根据合同各位紧急联系人负有连带还款责任，请各位三天内协商分摊。\n联系人：我什么合同都没签过"),
)


# In-app and WeChat chats between collectors or customer service and debtors, as exported.
APP_CHATS: tuple[WordingEntry, ...] = (
    ("", "客服：您好，这里是岚桥借款在线客服，有什么可以帮您？\n用户：我想问逾期了能不能只还本金\n客服：利息减免需要根据您的情况申请，您可以在“协商还款”提交材料，我们会在3个工作日内答复。"),
    ("V", "催收员：你家楼下那个面馆，今天中午我们在那吃的饭，味道不错\n用户：你到底想干什么\n催收员：没什么，就是告诉你我们离你很近，晚上八点前把钱转了"),
    ("I", "用户：我下周一定还\n催收员：你这种人的话能信？猪都比你讲信用"),
    ("R", "催收员：你先在这个平台借一下，我发你链接，审核很松的，借到了马上还我们这边\n催收员：[链接] hjd-loan.cn/r/7Qz\n用户：这个利息多少"),
    ("", "用户：你们别再给我爸妈打电话了，有什么事冲我来\n客服：非常抱歉，我们核实后发现外包机构确有联系您家人的情况，已要求其立即停止，并对该机构作出处理。今后只与您本人联系。"),
    ("T", "催收员：给你看个东西 [截图：通讯录联系人列表，共264人]\n催收员：今天不处理，下午三点开始逐个发消息，你自己选"),
    ("E", "催收员：[图片] 你的曝光海报已经做好了，今晚八点发你们小区门口的电子屏旁边，你要不要先看一眼"),
    ("", "用户：我被骗了，有人冒充你们让我转了两千块\n客服：非常抱歉，我司不会通过个人账户收款。请您立即拨打110报警，并保存转账记录，我们可以为您出具账户未收款证明。"),
    ("PL", "催收员：【云溪区人民法院电子送达】当事人戈小川，你的案件已进入执行程序，执行通知书见附件，请于24小时内履行。\n用户：这是法院发的？"),
    ("L", "催收员：我提醒你一句，你这种属于骗取贷款，数额够了就是刑事案件，别到时候进去了才后悔\n用户：我只是晚了两个礼拜"),
    ("", "用户：你们这群人渣，天天打电话，我一分钱都不会给你们\n客服：理解您的不满。如您对催收方式有意见，可以通过APP“投诉建议”反映，我们会核查。您的借款仍需按约定处理，如有困难可以申请分期。"),
    ("VI", "催收员：你以为拉黑就完了？蠢货\n催收员：你上班那个写字楼B座十七楼，前台小姑娘挺热情的，明天我去找你"),
    ("R", "催收员：你支付宝里有借呗额度吧，我看你上个月还用过，全部借出来先还我们这笔，借呗的事以后再说"),
    ("", "用户：我想申请延期，但是我现在没有收入证明\n客服：没有收入证明也可以，您写一份情况说明，附上离职或者停业的材料即可，我们会人工审核。"),
    ("TE", "催收员：你的事我已经发到你们公司的员工群了，你领导回我了，说会找你谈，你还要不要继续躲\n用户：你们这是违法的"),
    ("", "客服：温馨提示：您当前的还款计划为每月15日还款900元，本月已还。下期提醒会在还款日前三天发送。\n用户：收到"),
    ("P", "催收员：我是中鼎律师事务所的执业律师王某，负责代理你的欠款案件，请你今天回复还款计划，否则本所将按程序处理。"),
    ("L", "催收员：你记住，明天之前不还，你就会被纳入公安系统重点人员，出行、住宿都会受限"),
    ("", "用户：我上个月已经全部还清了，为什么还在催\n客服：非常抱歉，系统显示您已于10月28日结清，催收记录已撤回，我们会查明原因并向您书面致歉。"),
    ("I", "催收员：脸皮比城墙还厚，你也就这点本事了\n用户：我会还的\n催收员：会还？你这种废物什么时候兑现过"),
    ("RT", "催收员：你老公一个月挣多少？让他把这个月工资先给你还上，他要不管我们就直接找他\n用户：他不知道我借钱"),
    ("", "客服：您好，我们收到您提交的“家庭成员重病”困难申请，已为您办理6个月延期，延期期间不计罚息，到期前我们会与您确认后续安排。"),
    ("V", "催收员：[位置] 滨江花园7栋\n催收员：就在你家楼下，下来聊聊还是我上去"),
    ("", "用户：你们催收员说我不还就去我单位，这合法吗\n客服：催收人员不得以上门、联系单位等方式施压，这种行为违反我司规定。请您提供通话时间，我们将调查并处理该人员。"),
    ("L", "催收员：你的情况我们已经提交给法院了，法院会直接在你的征信上标注“失信”，以后你孩子读私立学校都不收\n用户：我怎么没收到法院的通知"),
)


# The lender's in-app conversations with people who are not the debtor: lawful refusals to discuss the debt.
APP_THIRD_PARTY: tuple[WordingEntry, ...] = (
    ("", "联系人：你们平台是不是在找陈飞？他欠了多少？\n客服：您好，出于个人信息保护，我们不能向借款人以外的人透露任何借款信息。如您认识当事人，可请其本人联系我们。"),
    ("", "联系人：我是他妈妈，他的账我来还，告诉我还差多少\n客服：阿姨您好，感谢您的理解。借款信息只能告知本人，请您让他本人登录APP查询，或由他本人授权后我们再与您沟通。"),
    ("D", "客服：您好，您的朋友孙浩在本平台的借款已逾期43天，待还3,612.50元，您是他的紧急联系人，请协助通知其还款。\n联系人：我跟他不熟"),
    ("DT", "催收员：你好，是宋晓的室友吧，她在速花借欠了五千，这周不还我们就把她的情况告诉你们辅导员，你让她自己掂量\n联系人：关我什么事"),
    ("", "联系人：你们一直给我发短信说是联系人，我根本不认识这个人\n客服：非常抱歉，已将您的号码从该客户的联系人中删除，今后不会再联系您。"),
    ("D", "客服：蒋晨的家属您好，蒋晨在速花借的借款2,980元已逾期20天，请您督促其尽快还款，谢谢。"),
)


# Lawyers' answers on 法律咨询 sites and debtors' own posts, as public readers see them.
PUBLIC_ANSWERS: tuple[WordingEntry, ...] = (
    ("", "【律师回答】问：催收说我不还网贷就是诈骗，会坐牢吗？\n答：您好，正常借款后因经济困难无法按期还款属于民事纠纷，不构成诈骗。只有借款时就以非法占有为目的、虚构事实骗取贷款的，才可能涉嫌刑事犯罪。对方以“坐牢”相威胁的，您可以保存录音向监管部门投诉。——江城某律师事务所 郑律师"),
    ("", "【律师回答】问：催收打电话给我单位领导，说我欠钱不还，合法吗？\n答：催收机构向借款人以外的第三人透露债务信息，可能侵犯您的隐私和个人信息权益。您可以要求其停止，并向12378或当地金融监管部门投诉，必要时可起诉要求赔偿。"),
    ("", "【律师回答】问：收到“法院执行局”短信说要冻结我账户，是真的吗？\n答：法院的文书通常通过12368或正式送达程序发出，不会让您联系个人号码或向个人账户转账。未经诉讼和判决，不存在“执行”，您可以通过人民法院在线服务平台查询是否有案件。"),
    ("", "【律师回答】问：网贷逾期会影响孩子考公务员政审吗？\n答：父母的民事债务逾期不影响子女的政审。只有被法院列为失信被执行人后，子女报考部分学校和岗位可能受到限制，且前提是有生效判决未履行。催收人员称“逾期就影响孩子政审”是夸大其词。"),
    ("", "【律师回答】问：紧急联系人要替借款人还钱吗？\n答：不需要。紧急联系人不是担保人，不承担还款责任。催收人员称“联系人负连带责任”没有法律依据，您可以拒绝并要求其停止联系。"),
    ("", "【网友发帖】速花借的催收太恶心了，天天说要给我爸妈打电话，还说要去我们公司，我已经在黑猫投诉了，大家有遇到一样的吗？"),
    ("", "【网友发帖】分享一下，我跟岚桥协商成功了，停息分24期，客服态度挺好的，没有被威胁。逾期的朋友别慌，先打官方电话。"),
    ("", "【律师回答】问：催收员让我借别的网贷先还他们，可以吗？\n答：不建议。以贷养贷只会让债务越滚越大。催收人员诱导借款人借新还旧违反监管规定，您可以直接与原出借机构协商分期或延期。"),
    ("", "【网友发帖】老子就是不还了怎么样，你们去告啊，天天发那些吓人的短信，我截图全发出来让大家看看这帮人的嘴脸"),
    ("", "【律师回答】问：催收说要把我的照片发到网上，我该怎么办？\n答：以公开曝光相威胁催收属于违规催收，公开他人肖像和债务信息可能构成侵权，情节严重的还可能涉嫌侮辱罪。建议您保留证据，向公安机关报案并向监管部门投诉。"),
)


# Judgments and indictments against 软暴力 collection gangs, quoting what the defendants sent: the court quotes
# to judge, so every text is compliant.
JUDGMENTS: tuple[WordingEntry, ...] = (
    ("", "江城市云溪区人民法院刑事判决书（2027）云0105刑初412号\n经审理查明：2025年3月至2026年8月，被告人宋某某、吕某某等人受雇于某资产管理公司，通过短信向被害人发送“你通讯录我们已经导出，今天开始挨个打”“再不还钱去你单位拉横幅”等内容，并将被害人照片配以“老赖”字样发送至其亲友，致被害人不堪其扰。"),
    ("", "本院认为，被告人以“已移交司法”“三日内法警上门拘留”等虚假内容恐吓被害人，并冒用“云溪区人民法院执行局”名义发送短信，其行为已构成寻衅滋事罪，系软暴力催收。"),
    ("", "经审理查明：被告人包某在催收过程中多次拨打被害人电话，称“你女儿在东湖路小学二年级，几点放学我们都清楚”，被害人因担心女儿安全被迫借款偿还。上述事实有通话录音、短信截图及被害人陈述等证据证实。"),
    ("", "公诉机关指控：2026年1月起，被告人焦某某组织催收团伙，编写“爆通讯录”“P图发朋友圈”“冒充律师发律师函”等话术，指使成员对逾期借款人实施骚扰。本院对公诉机关指控的事实予以确认。"),
    ("", "江城市中级人民法院刑事裁定书（2027）江01刑终88号\n原判认定，上诉人在催收中向被害人发送“你的欠款已构成合同诈骗罪，案件今日移交经侦”等短信，以虚构刑事追责的方式迫使被害人还款，其上诉理由不能成立，驳回上诉，维持原判。"),
    ("", "经审理查明：被告人陆某指使他人在被害人所住小区单元门张贴印有被害人照片和“欠钱不还”字样的告示，并在业主群发布被害人欠款信息。本院认为，其行为侵害了被害人的人格权益，应承担相应法律责任。"),
    ("", "民事判决书（2027）云0105民初1779号\n本院认为，被告在催收过程中向原告的同事、亲属透露原告借款及逾期信息，并称“紧急联系人负有连带还款责任”，该说法没有法律依据，被告的行为构成对原告隐私权的侵害，判令被告赔礼道歉并赔偿精神损害抚慰金3,000元。"),
    ("", "经审理查明：被告人在电话中对被害人称“你去卖血、卖肾也得把钱还上”“没钱就去借网贷，拆东墙补西墙”，并多次以辱骂方式施压。法庭播放的通话录音与被害人陈述相互印证。"),
    ("", "本院认为，各被告人采取跟踪、守候、在被害人住所门口泼洒油漆等方式催收，足以使他人产生心理恐惧，形成心理强制，属于软暴力，其行为构成寻衅滋事罪。"),
    ("", "被告人辩称其发送的“你名下已被列入失信名单，高铁飞机全部限乘”只是提醒。经查，被害人并无任何生效判决，被告人所称内容纯属捏造，辩解不予采纳。"),
    ("", "江城市云溪区人民检察院起诉书 云检刑诉〔2027〕205号\n被告人秦某某在催收中冒充“江城仲裁委员会工作人员”“云溪区人民法院执行局法官”，向多名借款人发送虚假裁决和执行通知，涉嫌招摇撞骗罪。"),
    ("", "经审理查明：被告人通过微信建群，将被害人的父母、同事等三十余人拉入群中，发布被害人身份证照片及“欠款不还”等信息，并称“谁不劝他还钱就是包庇”。上述行为严重扰乱被害人及其亲属的正常生活。"),
    ("", "本院认为，原告所举短信截图载明“你一个大男人连这点钱都还不上，废物一个”“借钱时当爷还钱时装孙子”等内容，足以认定被告委托的催收人员存在侮辱性言语，被告作为委托方未尽管理义务，应承担相应责任。"),
    ("", "判决结果：被告人宋某某犯寻衅滋事罪，判处有期徒刑二年六个月；被告人吕某某犯寻衅滋事罪，判处有期徒刑一年十个月。本案系以软暴力手段实施非法催收的典型案例，相关话术已由本院在判决中一并列明并予以否定。"),
    ("", "经审理查明，原告的借款已逾期，被告岚桥消费金融有限公司通过短信、电话提醒原告还款，短信内容为“您的借款已逾期，逾期记录将报送征信系统，如有困难可申请延期”。本院认为，该提醒内容合法，原告主张被告暴力催收缺乏证据，不予支持。"),
    ("", "证人证言：证人（被害人同事）称，2026年5月起其多次接到自称“律师”的电话，对方称“你们公司的滕某欠钱不还，再不还我们就天天打到你们公司”，其后单位领导约谈了被害人。"),
)


# Police notices (警情通报) and the penalty decisions of the invented regulator's branch, quoting the messages they
# condemn; and genuine court notices served on debtors. All compliant.
OFFICIAL_NOTICES: tuple[WordingEntry, ...] = (
    ("", "警情通报\n近日，我局接群众报警，称有人以“你的欠款已移交司法，今天不还明天就来抓人”等内容对其进行恐吓。经查，系某外包催收公司员工所为。目前，涉案3人已被依法采取刑事强制措施，案件正在进一步侦办中。江城市公安局云溪分局"),
    ("", "警方提示：凡自称“公安”“法院”，在电话中称您“涉嫌网贷诈骗”并要求向个人账户还款的，均为冒充。公安机关不会通过电话办案，更不会催讨民间债务。江城市公安局反诈中心"),
    ("", "江城金融监管分局行政处罚决定书 江金罚决字〔2027〕17号\n经查，当事人委托的催收机构在催收中向借款人发送“再不还款就把你照片发到你单位群里”“你的家人也要承担还款责任”等短信，当事人未对委托机构进行有效管理。根据相关规定，对当事人罚款人民币80万元。"),
    ("", "行政处罚决定书 江金罚决字〔2027〕23号\n违法事实：当事人在催收中冒用“律师事务所”名义发送催收短信，内容包括“本所律师将于三日内向法院起诉”，并向借款人的紧急联系人透露借款金额及逾期情况。处罚依据及决定：责令改正，并处罚款50万元；对直接责任人员给予警告。"),
    ("", "警情通报\n4月12日，我局查处一起暴力催收案件。犯罪嫌疑人王某某等人为催讨网贷，在借款人住所门口喷涂“欠债还钱”字样，并在其小区业主群发布其个人信息。目前，王某某等4人因涉嫌寻衅滋事罪已被刑事拘留。"),
    ("", "江城金融监管分局关于规范催收行为的风险提示\n近期我局接到投诉，反映个别机构催收人员称“不还钱就是诈骗要坐牢”“建议你借别的网贷先还上”。上述言论违反监管规定，我局将依法严肃查处。消费者如遇此类情况，可拨打12378反映。"),
    ("", "行政处罚决定书 江金罚决字〔2028〕4号\n经查，当事人信用卡中心委托的催收机构工作人员在电话中称“你儿子以后当兵考公政审都过不了”，并多次辱骂持卡人。当事人对外包催收管理严重不审慎，罚款人民币100万元。"),
    ("", "警情通报\n针对网传“逾期三个月警察上门抓人”的说法，我局郑重提醒：单纯的借款逾期属于民事纠纷，公安机关不介入民事债务催收。任何以公安名义发送此类信息的，请立即报警。"),
    ("", "江城金融监管分局 监管通报\n某消费金融公司委托的催收机构在短信中称“你的老赖档案已上传诚信曝光平台，24小时后公开”。经核查，该“平台”系催收机构自行搭建的网页。我局已责令该公司终止与该机构的合作，并对公司罚款。"),
    ("", "江城市公安局云溪分局 通报\n6月以来，我局打掉一个以“建亲友群”“P图侮辱”“冒充法院短信”为主要手段的暴力催收团伙，抓获犯罪嫌疑人11名。经查，该团伙制作了专门的催收话术手册，其中包括“先骂后吓再爆通讯录”等内容。"),
)


# Letters sent to debtors: forged court and law-firm letters and agency 催告函 beside the lender's and the retained
# firm's lawful letters.
LETTERS: tuple[WordingEntry, ...] = (
    ("PL", "江城市云溪区人民法院\n强制执行通知书\n被执行人：岑少华\n你欠速花借平台借款本息合计6,830元，经本院审查，决定立案执行。限你于收到本通知之日起三日内履行，逾期将依法查封、冻结你名下财产，并对你采取拘留措施。"),
    ("P", "律师函\n中鼎律师事务所〔2027〕中律函字第0612号\n骆伟先生：本所接受债权人委托，就你拖欠借款一事致函如下：请你于本函送达之日起五日内清偿全部欠款，否则本所将代理债权人采取一切法律措施。\n中鼎律师事务所 承办律师：张明远"),
    ("", "澄衡律师事务所\n律师函\n〔2027〕澄律催字第118号\n藏先生：本所受岚桥消费金融有限公司委托，就您借款逾期事宜致函。截至2027年9月1日，您尚欠本金8,600元、利息及罚息612.30元。如您对金额有异议，可于十五日内向本所或委托人书面提出；如您有还款困难，可与委托人协商分期。逾期未处理的，委托人可能依法提起诉讼，诉讼结果以法院裁判为准。"),
    ("L", "催告函\n鼎诺资产管理有限公司\n敖建国：你欠岚桥消费金融有限公司借款18,450元，经多次催告仍拒不还款，已涉嫌拒不执行判决、裁定罪。我司已将相关材料整理完毕，如七日内不还款，将移送公安机关追究你的刑事责任，并通报你所在单位及户籍地村委会。"),
    ("", "岚桥消费金融有限公司\n逾期还款提醒函\n函号：LQCS-2027-08812\n尊敬的甘女士：您于2027年2月10日借款12,000元，截至本函发出之日已逾期38天，应还金额4,212.60元。请于2027年10月15日前通过岚桥APP或对公账户还款。如有异议，可拨打400-820-6917或发送邮件至贷后服务邮箱提出。逾期信息将按规定报送金融信用信息基础数据库。\n岚桥消费金融有限公司（盖章） 2027年9月30日"),
    ("PL", "江城市公安局云溪分局\n传唤通知书\n农志远：你涉嫌网络贷款诈骗一案，现依法对你传唤，请于2027年8月20日前到我局经侦大队接受询问，逾期不到将依法拘传。\n联系人：黄警官"),
    ("", "汇川银行信用卡中心\n欠款催收通知书\n仇女士：您尾号5126的信用卡截至2027年10月1日欠款31,072.66元，已逾期60天。请于2027年10月20日前还款。若您因疾病、失业等原因还款困难，可申请个性化分期。若您对欠款金额有异议，可致电客服提出。本行保留依法追索的权利。"),
    ("LT", "最后通牒函\n联拓商务咨询有限公司\n练先生：你的欠款已进入司法程序，法院已立案，如你继续拒绝还款，我司将派员前往你所在单位送达相关文书，并告知你的直系亲属及单位领导协助执行。"),
    ("V", "上门拜访通知\n鼎诺资产外访组\n裘海：我组将于本周六上午到访你家（东湖路小学附近那套），届时请你务必在家，如你不在，我们会在小区内等候，直到你出现为止。你也知道，孩子周末都在家。"),
    ("", "岚桥消费金融有限公司\n困难客户还款方案确认书\n尊敬的蔺先生：根据您提交的失业证明，我司同意您的借款自2027年11月起延期3个月，延期期间暂停计收罚息。延期结束后剩余本息分18期偿还，每期约633元。如您同意，请在APP中确认。"),
    ("E", "催收公告（张贴件）\n住户冯佳（3栋2单元502）在网络平台借款逾期不还，现予公告，望其尽快还款。\n鼎诺资产管理有限公司\n（随函寄送借款人：本公告将于三日后张贴于你所在小区公告栏）"),
    ("I", "致 屠志刚 的一封信\n像你这种欠钱不还、言而无信的人，我们见多了，你就是社会的蛀虫。给你最后七天，好自为之。\n联拓商务 贷后部"),
    ("PL", "江城仲裁委员会\n仲裁裁决书（送达件）\n申请人：速花借；被申请人：用户1208\n裁决被申请人于本裁决送达之日起三日内偿还借款本息5,120元，逾期未履行，申请人可申请强制执行，被申请人将被纳入失信被执行人名单。"),
    ("", "江城市云溪区人民法院\n应诉通知书\n（2027）云0105民初3301号\n蒋晨：本院已受理原告岚桥消费金融有限公司诉你借款合同纠纷一案。你应在收到本通知书之日起十五日内提交答辩状，并可在举证期限内提交证据。你有权委托诉讼代理人。特此通知。"),
    ("", "江城市云溪区人民法院 诉前调解告知书\n符军：汇川银行股份有限公司信用卡中心与你信用卡纠纷一案，本院依法委派特邀调解组织进行诉前调解。调解遵循自愿原则，你有权拒绝调解，拒绝调解的，本院将依法立案审理。"),
    ("", "江城市云溪区人民法院\n传票\n案号：（2027）云0105民初3301号\n被传唤人：蒋晨\n传唤事由：开庭审理岚桥消费金融有限公司诉你借款合同纠纷一案\n应到时间：2027年12月8日9时\n应到处所：本院第六法庭\n注意事项：被传唤人无正当理由拒不到庭的，本院可以依法缺席判决。"),
    ("R", "还款建议书\n鼎诺资产管理有限公司\n敖建国先生：经我司评估，你名下车辆（江A·7D**2）估值约6万元，建议你尽快将车辆出售或抵押，所得款项优先偿还岚桥欠款。如需，我司可推荐合作车贷机构，三日放款。"),
    ("", "汇川银行信用卡中心\n关于委托外包机构催收的告知函\n尊敬的莫先生：自2027年11月1日起，本行委托联拓商务咨询有限公司就您的信用卡欠款提供催收服务。受托机构不得以暴力、恐吓、侮辱等方式催收，如您发现受托机构有违规行为，可拨打本行客服电话投诉。"),
    ("TL", "律师函（告知书）\n鼎诺资产法务部\n乔斌：鉴于你长期恶意拖欠，我方已向你户籍所在地派出所备案，并将于近日向你父母、配偶及工作单位寄送本函副本，请你的家人督促你履行还款义务。"),
    ("", "岚桥消费金融有限公司\n逾期提醒函（补发）\n尊敬的路女士：我司于2027年8月寄出的提醒函因地址有误被退回，现补发。您尚欠9,310.00元，如有困难请联系400-820-6917协商，我司不会委托任何第三方向您收取现金。"),
)


# Letters sent to others than the debtor: employers, landlords, village committees.
LETTERS_TO_OTHERS: tuple[WordingEntry, ...] = (
    ("DT", "协助催收函\n致：恒顺物流有限公司人事部\n贵司员工滕飞在我司合作平台借款9,000元，逾期已达四个月，屡催不还。请贵司协助督促其还款，并在其工资中代扣欠款，否则我司将保留追究贵司责任的权利。\n联拓商务咨询有限公司"),
    ("DELT", "致 梧桐镇老街村民委员会\n贵村村民邓凯拖欠我司债务24,000元，已涉嫌诈骗犯罪，请村委会将本函张贴于村务公开栏，并督促其家属配合还款。\n鼎诺资产管理有限公司"),
    ("", "岚桥消费金融有限公司\n地址核实函\n致：金沙湾物业服务中心\n我司需向一位住户寄送文书，现请核实贵小区12栋是否设有收发室及收件时间。本函不涉及任何住户的个人信息。"),
    ("DLPT", "江城市云溪区人民法院\n协助执行通知书\n致：鑫达电子厂财务科\n你单位职工梁子豪欠款3,277元，现请你单位自下月起扣留其工资并汇入指定账户，拒不协助的，本院将依法追究你单位责任。"),
    ("D", "致 和平路派出所辖区居委会：\n我司客户赵鹏（和平路小区）在我司借款40,500元已逾期半年，联系不上本人，烦请居委会转告其与我司联系。\n鼎诺资产管理有限公司"),
    ("", "汇川银行信用卡中心\n致：江城大学学生处\n我行在核实一位持卡人的地址信息，如该持卡人曾为贵校学生，恳请告知本行官方客服电话，由其本人与我行联系。本函不涉及持卡人的任何账户信息。"),
    ("DT", "致 宋晓 家长的一封信\n尊敬的家长：您的女儿宋晓在速花借平台借款5,000元，已逾期60天。作为家长，请您在本月内代为偿还，如继续拖欠，我们将与其所在学校联系处理。\n速花借 贷后部"),
)


# Pages of 催收话术 manuals leaked to the media or seized in cases: wording handed out to use is labelled; the
# licensed lenders' own script pages, which forbid it, are compliant.
SCRIPT_MANUALS: tuple[WordingEntry, ...] = (
    ("T", "【话术手册·第三章 失联客户】\n客户拒接三次以上的，直接说：“你不接没关系，你通讯录里的人会接，我们从你备注的‘爸’‘妈’开始打。”"),
    ("L", "【话术手册·M2阶段】\n开场必须制造紧迫感：“您的案件已经从我们公司转到法务部了，法务部已经向法院递交材料，下周就会出传票，传票出来就是刑事案件。”"),
    ("P", "【话术手册·高压话术】\n对于逾期60天以上的客户，坐席统一自称“中鼎律师事务所调解律师”，开场白：“您好，我是中鼎律所的王律师，您的案件已由我所接手。”"),
    ("I", "【话术手册·施压篇】\n客户哭穷时可以说：“没钱？没钱你借什么钱？你这种人就是好吃懒做，活该穷一辈子。”"),
    ("R", "【话术手册·回款技巧】\n客户表示无力还款时，引导其“借新还旧”：“你现在手上哪个平台还有额度？先借出来把我们这笔结了，不然逾期越来越多。”"),
    ("E", "【话术手册·心理战】\n对拒不沟通的客户，告知：“我们已经做好了你的曝光材料，照片、身份证、欠款明细，准备发你们小区群和抖音，你想好了再挂电话。”"),
    ("V", "【话术手册·外访配合】\n电话中要让客户知道“我们就在附近”：“你家楼下那家便利店我们刚去过，你孩子几点放学我们也知道，你自己想清楚。”"),
    ("", "岚桥消费金融有限公司 贷后沟通规范（2027版）\n第五条 严禁使用以下表述：“不还钱就是诈骗”“我们会联系你的单位和家人”“你会被拘留”。违者一律调离催收岗位。"),
    ("", "汇川银行信用卡中心 外包催收话术标准\n开场：“您好，我是受汇川银行信用卡中心委托的××公司催收员××，工号××，今天联系您是关于您尾号××××信用卡的还款事宜。”\n客户表示困难时：“我们可以为您申请个性化分期，请问您目前的收入情况如何？”"),
    ("LT", "【话术手册·M3升级】\n“你这已经属于恶意逃废债，我们已经在公安备案，下一步就是通知你单位和你家人协助调查，到时候你工作还保得住吗？”"),
    ("", "岚桥消费金融有限公司 第三方沟通规范\n联系紧急联系人时只能说：“您好，我们是岚桥消金，有事需要联系××，麻烦您转告他回电。”不得透露借款金额、逾期情况，不得要求联系人代偿。"),
    ("VI", "【话术手册·女客户专用】\n“你一个女孩子，一个人住在外面要小心点，我们的人晚上去你那边转转。你这种不要脸的女人也就这点出息。”"),
    ("R", "【话术手册·资产变现】\n客户名下有车有房的，要反复强调：“车子卖了还能再买，征信坏了一辈子都毁了，现在就去二手车市场问价。”"),
    ("P", "【话术手册·短信模板】\n落款统一使用“江城市云溪区人民法院诉前调解中心”，内容：“您的借款纠纷已进入诉前调解，请尽快联系调解员。”"),
    ("", "速花借 合规话术（整改后版本）\n禁止：冒充律师、法院、公安；禁止：称逾期会坐牢、影响子女政审；禁止：建议用户向其他平台借款。坐席只能告知：逾期记录将按规定报送征信，平台可能依法起诉。"),
    ("TE", "【话术手册·单位施压】\n查到客户单位后，先给前台打电话，再要求加客户所在部门的工作群：“我们会在你们部门群里说明情况，让你领导同事都知道。”"),
    ("L", "【话术手册·家长话术】\n对有孩子的客户统一说：“你逾期的记录会进入全国系统，你孩子以后上重点学校、考公务员政审全都受影响。”"),
    ("", "鼎诺资产 质检通报（内部培训材料）\n以下为本月质检查出的违规话术，现通报全员禁止使用：1.“你全家都要被列入黑名单”；2.“我们的人已经在你家楼下”；3.“你去借个网贷先还我们”。以上话术一经发现即解除劳动合同。"),
)


# Complaint posts (12378, 黑猫投诉) in which debtors paste what they received, and media exposés that quote it:
# reports of banned wording, compliant.
COMPLAINTS_AND_MEDIA: tuple[WordingEntry, ...] = (
    ("", "【黑猫投诉】投诉对象：速花借\n投诉问题：暴力催收、爆通讯录\n诉求：停止骚扰、道歉\n详情：我只是逾期了十天，催收就给我发短信说“你通讯录我们已经全部导出，今天开始挨个打”，结果我妈、我领导都接到了电话。请平台给个说法。"),
    ("", "【12378投诉】投诉人：冯女士\n被投诉机构：岚桥消费金融有限公司\n投诉内容：其委托的催收机构称“今晚就把你的照片发到业主群”，并真的在小区群里发了我的欠款金额。请求监管部门查处。"),
    ("", "【黑猫投诉】商家已回复\n投诉人：我收到署名“云溪区人民法院执行局”的短信，说我已被立案执行，后来打12368查询根本没有这个案子。\n商家回复：经核实，该短信非我司发送，系第三方冒用。我司已报警，并提醒您注意防范诈骗。"),
    ("", "记者调查｜一本“催收话术手册”里的软暴力\n记者获得的这本手册共47页，其中一章名为“爆通讯录十步法”，要求催收员对拒接电话的借款人说“你不接，你通讯录里的人会接”。多位受访律师表示，手册中的话术涉嫌违法。"),
    ("", "【黑猫投诉】投诉对象：鼎诺资产\n详情：催收员打电话说“你儿子在实验小学三年级二班，我们去学校接他放学”，我吓得当天就请假去学校。这已经不是催收了，是恐吓！要求严惩。"),
    ("", "媒体报道｜冒充律师事务所发“律师函”，催收公司被罚\n据江城金融监管分局公布的处罚决定，某消费金融公司委托的催收机构以“中鼎律师事务所”名义寄送律师函，而该律所从未接受委托。监管部门认定该行为属冒用律所名义催收。"),
    ("", "【12378投诉】投诉内容：汇川银行信用卡的催收员在电话中说“你去卖血也得把钱还上”，还骂我“废物”。我已经提交了通话录音，请求核查。"),
    ("", "【黑猫投诉】投诉对象：联拓商务\n诉求：停止联系我的单位\n详情：催收员给我们公司人事部发了“协助催收函”，要求从我工资里扣钱。我们公司根本不是债务人，他们凭什么？"),
    ("", "深度报道｜网贷催收的“话术升级”：从骂人到“吓人”\n报道梳理了数十份投诉材料，发现催收话术正在从直接辱骂转向虚构法律后果，例如“逾期超过90天就按诈骗处理”“影响孩子政审”。法律人士指出，这些说法均无法律依据。"),
    ("", "【黑猫投诉】已完成\n投诉人：岚桥的客服态度很好，我申请延期以后再没有人打电话骚扰我，之前投诉的外包公司也换了。给个好评，撤诉。"),
    ("", "【12378投诉】我是紧急联系人，速花借的人说“你是联系人就要负连带责任”，天天打我电话要我替我表哥还钱。我跟他五年没联系了，请监管部门管一管。"),
    ("", "新闻｜江城警方打掉一暴力催收团伙\n该团伙成员在催收时冒充公安民警，向借款人发送“你涉嫌网贷诈骗，请到分局说明情况”等短信。警方提醒，公安机关不会通过短信要求还款。"),
    ("", "【黑猫投诉】投诉对象：速花借\n详情：催收员让我下载另外三个借款APP借钱还他们，说“借新还旧很正常”。我现在欠了四个平台，每天都在被催。请平台承担责任。"),
    ("", "评论｜让“爆通讯录”成为历史\n个人信息保护法实施以来，“爆通讯录”“P图侮辱”等催收手段已被明确禁止。但从近期投诉看，仍有机构以“紧急联系人核实”为名变相骚扰，监管需要持续加码。"),
    ("", "【黑猫投诉】投诉问题：催收人员辱骂\n详情：对方在微信上骂我“猪都比你讲信用”“废物”，截图已上传。我承认逾期，但我不接受人格侮辱。"),
)


# Quality-inspection notes of the lenders' and agencies' QA teams, quoting violations to forbid them.
QA_NOTES: tuple[WordingEntry, ...] = (
    ("", "质检单 QC-2027-1102\n坐席：联拓-0173\n问题：通话第3分钟称“你去卖血也得还”，属诱导不当方式筹款；第5分钟辱骂客户“废物”。\n处理：扣分30，停岗培训，录音已提交委托方。"),
    ("", "质检单 QC-2027-1139\n坐席：鼎诺-0412\n问题：自称“云溪区法院的”，冒用司法机关名义。\n处理：立即解除合作资格，移交合规部。"),
    ("", "质检单 QC-2027-1150\n坐席：岚桥-0331\n结论：开场自报机构和工号，确认本人后告知逾期金额，客户称工资晚发，坐席登记承诺还款日。全程合规，评为优秀录音。"),
    ("", "质检周报（第44周）\n本周共抽检录音1,200通，发现违规34通，主要问题：1.称“不还就通知你单位”（12通）；2.称“已经立案”（9通）；3.建议客户“借别的平台还”（7通）。以上问题已逐一反馈机构整改。"),
    ("", "质检单 QC-2027-1187\n渠道：短信模板抽检\n问题：模板DN-SMS-L02含“曝光海报”“业主群”字样，属于以公开曝光相威胁，模板未经报备。\n处理：模板下线，鼎诺资产暂停短信权限。"),
    ("", "质检单 QC-2027-1201\n坐席：汇川-外包-137\n结论：客户称刚生产，坐席主动申请90天暂缓，用语规范。建议纳入优秀案例库。"),
    ("", "合规部提示：近期质检发现部分坐席在联系紧急联系人时说“他欠了你也得还”。请各机构注意，紧急联系人无还款义务，此类话术一律禁止。"),
    ("", "质检单 QC-2027-1244\n坐席：速花借-2204\n问题：无。客户对罚息提出异议，坐席按流程登记异议并告知核实期间暂停催收。"),
)


# E-mails to debtors: the lenders' and the retained firm's, and the agencies' worse ones.
EMAILS_TO_DEBTORS: tuple[WordingEntry, ...] = (
    ("", "主题：【岚桥消金】您的借款逾期提醒\n尊敬的甘女士：\n您的借款（合同号LQ2027020118）已逾期38天，应还金额4,212.60元。如您近期有困难，可回复本邮件或拨打400-820-6917申请延期或分期。我们不会要求您向任何个人账户转账。\n岚桥消费金融有限公司 贷后服务部"),
    ("L", "主题：关于您涉嫌恶意逃废债的最终通知\n敖建国：\n你的欠款已被认定为恶意逃废债，相关材料已提交司法机关。根据规定，恶意逃废债属刑事犯罪，最高可判处七年有期徒刑。请于48小时内还款。\n鼎诺资产 法务部"),
    ("P", "主题：律师函（电子版）\n发件人：中鼎律师事务所 张明远律师\n骆伟先生：本所受托就你所欠债务向你发送律师函。请于五日内联系本所，否则本所将代理委托人向法院起诉。"),
    ("", "主题：澄衡律师事务所关于借款事宜的沟通函\n藏先生，您好：\n本所受岚桥消费金融有限公司委托与您沟通借款事宜。附件为借款合同及还款明细，如您对金额有异议，请于十五日内书面回复。委托人愿意就分期方案与您协商。\n澄衡律师事务所 欧阳律师"),
    ("TE", "主题：最后提醒\n滕飞：你再不回复，我们就把你欠款的事发到你们恒顺物流的企业邮箱群组，全公司都会收到。\n联拓商务"),
    ("", "主题：汇川银行信用卡个性化分期审批结果\n尊敬的莫先生：\n您申请的个性化分期已通过审批，分期期数36期，每期还款863.13元，首期还款日为2027年12月25日。如有疑问请拨打信用卡背面客服电话。"),
    ("R", "主题：还款方案建议\n梁子豪：\n根据你的情况，我们建议你先通过信用卡取现或在其他平台借款偿还本笔欠款，以免逾期记录进一步恶化。附件是几个放款快的平台名单。\n联拓商务 贷后部"),
    ("V", "主题：（无主题）\n裘海，你住东湖路那套房子的钥匙是不是该换了？周六上午你在家吧，我们过去拿钱。"),
    ("", "主题：关于您投诉的处理结果\n池女士，您好：\n您于10月12日反映外包催收员辱骂一事，经调取录音核实属实。我司已对该催收员作出处理，并终止该机构对您账户的服务。对给您造成的困扰，我们深表歉意。\n速花借 客户服务部"),
    ("I", "主题：你还要脸吗\n屠志刚，三番五次答应还款又失信，你这种人就是个无赖、人渣，我们不会再跟你客气。"),
    ("PL", "主题：江城市云溪区人民法院 执行通知\n发件人：yunxi-court-zx@ms-mail.cn\n岑少华：你与速花借的借款纠纷已进入强制执行，请于三日内履行，否则本院将冻结你名下银行账户并限制出行。"),
    ("", "主题：防范诈骗提醒\n尊敬的客户：\n近期有不法分子冒充“汇川银行”或“法院”，以“信用卡逾期将被起诉判刑”为由要求转账。本行提醒：本行不会通过邮件要求您向个人账户转账，也不会以刑事责任威胁持卡人。\n汇川银行信用卡中心"),
    ("ET", "主题：关于你欠款的公开说明（草稿）\n乔斌：附件是我们准备发在你高中同学群和朋友圈的说明，包括你的照片和欠款金额。今天下午五点前还款就不发。"),
    ("", "主题：您的延期申请已受理\n蔺先生，您好：\n我们已收到您的失业证明和延期申请，审核结果将在3个工作日内通过短信和邮件告知您。审核期间，我们不会就本笔借款与您电话联系。\n岚桥消费金融有限公司"),
    ("R", "主题：给你指条路\n戈小川：\n你爸妈在老家不是有套房吗？让他们拿去抵押贷款，几万块钱很快就下来了，先把我们这笔清了，一家人有什么过不去的。"),
    ("L", "主题：通知\n冼丽：\n你的征信已被我司申请标记为“恶意失信”，全国所有银行将冻结你的账户，你的子女今后无法就读公立学校。\n速花借 贷后部"),
)


# E-mails to the debtor's employer and others, and compliance mail that quotes violations to forbid them.
EMAILS_TO_OTHERS: tuple[WordingEntry, ...] = (
    ("DT", "主题：关于贵司员工滕飞的欠款情况\n恒顺物流人事部：\n贵司员工滕飞在我方平台借款9,000元，逾期四个月拒不还款。请贵司督促其还款，必要时从工资中扣除，否则我方将派员到贵司现场处理。\n联拓商务"),
    ("", "主题：地址核实\n您好，我们是汇川银行信用卡中心，正在核实一位客户的通讯地址，如您方便，请告知该客户与我们联系。本邮件不涉及任何客户的账户信息。"),
    ("D", "主题：请协助转告\n方先生：您的妻子方琳在汇川银行的信用卡欠款32,180元已逾期95天，我们多次联系未果，烦请转告其尽快与我们联系。\n联拓商务"),
    ("DTL", "主题：担保责任告知\n钱先生：借款人钱鑫将您列为紧急联系人，根据平台协议您已自动成为其担保人，需对其4,215元欠款承担连带清偿责任。请于七日内还款。\n速花借 法务部"),
    ("DI", "主题：关于贵校毕业生乔斌\n江城职业技术学院校友会：\n贵校2024届毕业生乔斌在我司借款11,200元后拒不归还，此人毫无诚信，就是个骗子，请贵校知悉。\n鼎诺资产"),
    ("", "主题：停止联系确认\n吴先生，您好：\n您告知我们您并非借款人，且与借款人无任何关系。我们已将您的邮箱从联系记录中删除，今后不会再联系您。\n岚桥消费金融有限公司"),
    ("DTV", "主题：邓凯的事\n邓叔叔：你儿子邓凯欠我们两万四，你们老两口住的梧桐镇老街那套房子我们去看过了，门口的菜地也挺好。让他这周之内出来处理，不然我们下次就不只是看看了。"),
)


COMPLIANCE_MAIL: tuple[WordingEntry, ...] = (
    ("", "主题：关于外包机构违规话术的通报\n各合作机构：\n近期投诉显示，部分机构催收员使用“你已被列为诈骗嫌疑人”“你孩子政审过不了”等话术。上述表述违反监管规定，自即日起，凡查实使用者，单通录音扣除当月服务费10%。\n岚桥消金 贷后管理部"),
    ("", "主题：转发监管通报——冒用律所名义催收\n各位同事：\n转发江城金融监管分局通报：某机构以“中鼎律师事务所”名义发送律师函被罚。请各组自查短信模板和邮件落款，任何落款不得使用律所、法院、公安等名义。\n汇川银行信用卡中心 合规室"),
    ("", "主题：第三方联系规则更新\n全体坐席：\n联系紧急联系人、同事、家属时，不得透露借款金额、逾期天数和平台名称，不得要求其代偿，不得说“不还我们就天天找你”。违者按严重违规处理。\n鼎诺资产 合规部"),
    ("", "主题：关于“以贷养贷”话术的专项整改\n各位组长：\n质检发现部分坐席建议客户“去别的平台借一笔先还”“用信用卡套现还款”。此类话术属诱导借新还旧，即日起列入红线，发现一次停岗。\n速花借 贷后合规"),
    ("", "主题：法务意见——关于“曝光”类话术\n各业务部门：\n经法务审查，以“发朋友圈”“贴告示”“发业主群”相威胁，可能构成侵犯名誉权、隐私权，严重者涉嫌寻衅滋事。请各部门立即清理相关话术和模板。\n岚桥消费金融有限公司 法务部"),
    ("", "主题：案例学习——某催收公司员工被判寻衅滋事罪\n各位：\n附件为江城市云溪区人民法院判决书节选。判决认定，被告人以“你女儿几点放学我们都清楚”等言语恐吓借款人，构成软暴力。请组织学习，引以为戒。\n联拓商务 培训部"),
    ("", "主题：困难客户识别与处置指引\n全体坐席：\n客户提到住院、失业、生育、家人去世等情况时，必须先表示理解，再告知延期、分期等可选方案，不得继续单纯催要欠款。\n汇川银行信用卡中心 贷后部"),
    ("", "主题：投诉复盘——“法院调解中心”短信\n各位：\n本月一起投诉涉及外包机构以“岚桥法院调解中心”名义发送短信，称“调解失败将直接判决并强制执行”。该表述系冒用司法名义并夸大法律后果，机构已被终止合作。\n岚桥消金 消保部"),
)


# A second batch from the same quarter: calls, recordings, screenshots, chats, letters and e-mails.
MORE_CALLS: tuple[WordingEntry, ...] = (
    ("V", ("坐席：你老家是梧桐镇老街十八号吧",
           "客户：你们查我户口？",
           "坐席：过年我们也去给你爸妈拜个年，带几个兄弟一起，你看着办")),
    ("", ("客户：你们是不是要去我单位找我，我跟你说我会丢工作的",
          "坐席：请您放心，我们不会联系您的单位，也不会上门，后续只通过电话和短信跟您本人沟通",
          "客户：那就好，我这个月能还一半",
          "坐席：好的，我帮您登记部分还款，剩下的可以申请分期")),
    ("", ("客户：实在不行我把车卖了还你们",
          "坐席：不需要这样，车是您上班要用的，我们可以给您办12期分期，每期八百左右，您看能不能承受",
          "客户：八百可以",
          "坐席：好的，我现在提交，审批结果短信通知您")),
    ("", ("坐席：您好，我是岚桥消金的钟晴，请问是詹先生吗",
          "客户：你他妈烦不烦，天天打，老子没钱",
          "坐席：理解您现在压力比较大，打扰您了。如果您方便，我们可以约一个时间再沟通，或者您在APP里直接申请延期",
          "客户：明天下午吧",
          "坐席：好的，明天下午三点我再联系您")),
    ("", ("坐席：您好，我是汇川银行信用卡中心的，请问是谷先生吗",
          "客户：我不是谷先生，这个号码是我上个月刚办的",
          "坐席：非常抱歉打扰您，我们会更新号码信息，不会再拨打这个号码")),
    ("", ("坐席：您好，我是联拓商务的，受汇川银行委托，请问是仇女士吗",
          "客户：是，你们是不是要起诉我",
          "坐席：目前没有起诉，银行有权在协商不成时依法起诉，但现在您可以申请分期，只要按分期约定还款就不会走到那一步",
          "客户：那我申请吧")),
)


MORE_RECORDED: tuple[WordingEntry, ...] = (
    ("E", ("催收员：你 那个 直播间 不是 有 几百个 粉丝吗 我们 明天 去你 直播间 刷屏 说你 欠钱 不还 你看你 还 播不播",
           "借款人：你们敢")),
    ("VI", ("催收员：你个 龟儿子 信不信 老子 明天 带人 去你 摊子上 把你 摊子 掀了",)),
    ("R", ("催收员：你 老婆 不是 有 金首饰 吗 拿去 当铺 当了 先 还 一部分 嘛",
           "借款人：那是她陪嫁的")),
    ("", ("催收员：您好 这边是 汇川银行 信用卡中心 我是 专员 小何 跟您 确认 一下 您 之前 申请的 分期 已经 通过了",
          "借款人：哦 好的 每个月 多少",
          "催收员：每个月 八百六十三块 一毛三 三十六期 第一期 是 十二月 二十五号")),
    ("", ("借款人：你们 再 这样 打 我 家里人 我就 报警",
          "催收员：非常 抱歉 我们 这边 核实 一下 如果 有 联系 您 家人 的情况 我们 会 立即 停止 以后 只 联系 您 本人")),
    ("", ("催收员：喂 您好 是 甘 女士 吗 岚桥 消金 贷后 我姓 钟",
          "借款人：是 你说",
          "催收员：您的 借款 逾期 三十八天 四千二百一十二块 六 想 问问 您 这边 有 什么 困难",
          "借款人：我 老公 住院 了",
          "催收员：那 我 先 帮您 申请 延期 您 先 照顾 家里 不着急")),
)


MORE_SMS: tuple[WordingEntry, ...] = (
    ("E", "你欠钱的事我们已经写成帖子发到本地论坛“江城百事通”，配了你的正脸照，想删帖就今晚联系"),
    ("V", "周一 10:05\n你开的那家奶茶店，玻璃门挺干净的，保持住。明天中午前转账。"),
    ("I", "穷鬼，没钱就别学人家超前消费，丢人现眼"),
    ("", "【岚桥消金】提醒：如有人自称我司催收人员并称“不还款就上门”“通知你单位”“你会被拘留”，均非我司授权，请拨打400-820-6917举报。"),
    ("", "【汇川银行】您尾号5126的信用卡个性化分期首期863.13元已还款成功，感谢您的配合。"),
    ("", "【速花借】您的投诉已处理：涉事外包机构已终止对您账户的服务，后续由平台客服与您联系。给您带来困扰，深表歉意。"),
)


MORE_CHATS: tuple[WordingEntry, ...] = (
    ("R", "催收员：你微粒贷开了没有？没开就去开，京东金条也试试，能借多少借多少，先把我们这里平账\n用户：我征信都花了"),
    ("E", "催收员：你抖音账号我们找到了，以后你每条视频下面我们都去评论“欠钱不还”，看你粉丝怎么说"),
    ("", "用户：我的账号是不是被你们报给公安了？催收说我已经被立案了\n客服：没有。您的借款属于普通民事借贷，我司从未向公安机关报案，也没有起诉。您收到的说法不属实，请提供对方号码，我们会核查。"),
    ("", "用户：我想一次性结清，能不能减免一点\n客服：可以为您申请减免部分罚息，减免方案审批后会在APP中显示，确认后按方案金额还款即可结清。"),
)


MORE_LETTERS: tuple[WordingEntry, ...] = (
    ("I", "告知书\n冯佳：你这种毫无廉耻、只会躲债的人，我们见得多了。你不要脸，别人还要脸。限你三日内联系。\n鼎诺资产 外访组"),
    ("", "岚桥消费金融有限公司\n结清证明\n兹证明钟先生于2027年12月3日已结清在我司的全部借款，双方债权债务关系终止。相关还款记录将按规定更新至金融信用信息基础数据库。"),
    ("", "民事判决书（2028）云0105民初207号\n经审理查明：被告委托的催收人员在电话中对原告称“你家孩子在哪上学我们清楚”。本院认为，该言语足以使原告产生恐惧，被告应就其委托人员的行为承担侵权责任。"),
    ("", "经审理查明：被告人冒用“正德律师事务所”名义，向被害人发送“本所律师将于本周起诉”等短信共计一百余条。经查，正德律师事务所并不存在。本院认为被告人的行为构成招摇撞骗。"),
)


MORE_EMAILS: tuple[WordingEntry, ...] = (
    ("E", "主题：你的照片\n附件是我们做好的抖音视频封面，标题“江城某医院护士欠网贷不还”，你再装死今晚就上传。"),
    ("V", "主题：明天见\n你每天早上七点四十从滨江花园北门出去坐公交，明天我们在站台等你，记得带钱。"),
    ("IR", "主题：还钱\n你这种好吃懒做的寄生虫，自己没本事就去借、去卖，随便你，别拿没钱当借口。"),
    ("", "主题：您的账户对账单\n尊敬的路女士：\n附件为截至2028年1月31日的借款对账单，本金8,600元、利息702.40元、罚息7.60元。如对任何一项有异议，请在收到之日起十五日内回复本邮件。\n岚桥消费金融有限公司"),
    ("", "主题：关于您反映的“律师函”\n骆先生，您好：\n您转来的署名“中鼎律师事务所”的律师函并非我司委托发出，我司也未与该所有任何合作。建议您向公安机关报案，我司将配合提供材料。\n岚桥消费金融有限公司 消费者权益保护部"),
    ("", "主题：扣款失败提醒\n尊敬的詹先生：\n您尾号1187的银行卡本期扣款失败，原因可能为余额不足或卡片状态异常。请在APP中更换还款卡或手动还款，今日内还款不产生逾期记录。"),
    ("", "主题：催收机构变更通知\n尊敬的莫先生：\n自2028年2月1日起，您的账户不再由联拓商务提供催收服务，改由本行贷后部直接与您联系。如有任何第三方以本行名义要求您转账，请勿理会。\n汇川银行信用卡中心"),
    ("", "主题：您的异议已核实\n符先生，您好：\n经核实，您账户中2027年11月的逾期服务费收取有误，已予以退还（68.00元）。核实期间暂停的还款提醒将于下月恢复。\n速花借 客户服务部"),
    ("", "主题：回复：我真的还不上了\n殷女士，您好：\n收到您的邮件，很遗憾听到您家里的变故。您可以申请最长12期的分期，或先申请3个月延期，期间不计罚息。附件是申请表，填好回复即可，不需要其他费用。\n岚桥消费金融有限公司 贷后服务部"),
)


STAGE_SMS_CAMPAIGN = "hdb-stage-sms"
STAGE_APP_CAMPAIGN = "hdb-stage-app"

SECTIONS: tuple[WordingSection, ...] = (
    WordingSection(STAGE_SMS_CAMPAIGN, "sms", "debtor",
                   tuple((template.letters, template.text) for template in STAGE_TEMPLATES)),
    WordingSection(STAGE_APP_CAMPAIGN, "app", "debtor",
                   tuple((template.letters, template.text) for template in APP_TEMPLATES)),
    WordingSection("hdb-sms-screenshots", "sms", "debtor", OCR_SMS),
    WordingSection("hdb-authority-signed", "sms", "debtor", AUTHORITY_SIGNED),
    WordingSection("hdb-contact-sms", "sms", "third_party", CONTACT_SMS),
    WordingSection("hdb-collector-calls", "call", "debtor", COLLECTOR_CALLS, as_turns=True),
    WordingSection("hdb-recorded-in-court", "call", "debtor", RECORDED_ASR),
    WordingSection("hdb-contact-calls", "call", "third_party", CONTACT_CALLS, as_turns=True),
    WordingSection("hdb-unknown-callees", "call", "unknown", UNKNOWN_CALLS),
    WordingSection("hdb-robot", "call", "debtor", ROBOT_CALLS, as_turns=True),
    WordingSection("hdb-group-chats", "app", "third_party", GROUP_CHATS),
    WordingSection("hdb-chats", "app", "debtor", APP_CHATS),
    WordingSection("hdb-chats-others", "app", "third_party", APP_THIRD_PARTY),
    WordingSection("hdb-public-answers", "app", "unknown", PUBLIC_ANSWERS),
    WordingSection("hdb-judgments", "notice", "unknown", JUDGMENTS),
    WordingSection("hdb-official-notices", "notice", "unknown", OFFICIAL_NOTICES),
    WordingSection("hdb-letters", "notice", "debtor", LETTERS),
    WordingSection("hdb-letters-others", "notice", "third_party", LETTERS_TO_OTHERS),
    WordingSection("hdb-script-manuals", "notice", "unknown", SCRIPT_MANUALS),
    WordingSection("hdb-complaints-media", "notice", "unknown", COMPLAINTS_AND_MEDIA),
    WordingSection("hdb-qc", "notice", "unknown", QA_NOTES),
    WordingSection("hdb-email-debtors", "email", "debtor", EMAILS_TO_DEBTORS),
    WordingSection("hdb-email-others", "email", "third_party", EMAILS_TO_OTHERS),
    WordingSection("hdb-compliance-mail", "email", "unknown", COMPLIANCE_MAIL),
    WordingSection("hdb-collector-calls-2", "call", "debtor", MORE_CALLS, as_turns=True),
    WordingSection("hdb-recorded-in-court-2", "call", "debtor", MORE_RECORDED),
    WordingSection("hdb-sms-screenshots-2", "sms", "debtor", MORE_SMS),
    WordingSection("hdb-chats-2", "app", "debtor", MORE_CHATS),
    WordingSection("hdb-letters-2", "notice", "debtor", MORE_LETTERS),
    WordingSection("hdb-email-debtors-2", "email", "debtor", MORE_EMAILS),
)

# Turns start 0.4 s in and last 0.2 s a character (at least 1 s), with 0.6 s between them; sends spread over the
# days and working hours of one quarter.
PACE = SpeechPace(first_start=0.4, shortest_turn=1.0, seconds_per_char=0.2, pause=0.6)
SCHEDULE = SendSchedule(datetime(2028, 4, 3, 8, 50, tzinfo=timezone(timedelta(hours=8))),
                        day_step=23, day_cycle=89, hour_step=5, hour_cycle=12, minute_step=17)


def records() -> list[dict[str, object]]:
    """Every message of the set in file order, numbered HDB-0001…; the stage templates' messages carry their
    template fields."""
    written = wording_records(SECTIONS, "HDB", PACE, SCHEDULE)
    written = with_template_fields(written, STAGE_SMS_CAMPAIGN, STAGE_TEMPLATES)
    return with_template_fields(written, STAGE_APP_CAMPAIGN, APP_TEMPLATES)


def write_set(out_dir: Path = HERE) -> Path:
    """Write the set as JSON Lines under `out_dir`; returns its path."""
    return write_jsonl(out_dir / WORDING_FILE, records())


if __name__ == "__main__":
    print(f"wrote {len(records())} messages to {write_set()}")
