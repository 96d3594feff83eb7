"""Writes `pipl_heldout_ad.jsonl`, the thirtieth independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), `audit/message.py`, the record helpers and identifier checks
in `set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_ac.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, some ending in X, old 15-digit IDs with a real month,
Luhn-valid card numbers of 16 and 19 digits, mobiles on real prefixes, and decoys failing those checks) and typed
into the texts by hand; the passports and permits (E, EA, G, C, H, M) were typed to the pattern.

Its weight lies on identifiers and on the categories detectors find hardest. Identifiers stand in over a hundred
messages: mobiles, landlines with area codes (with extensions after 转 and 分機, a Taiwanese one in brackets, one
broken over two lines, one read aloud), 18-digit IDs (some ending in X, one with a full-width last digit, some
wholly or half in full-width digits, one spoken in groups) and an old 15-digit one read aloud and another
OCR-spaced, bank cards of 16 and 19 digits, ordinary passports (E, EA, G), a travel permit to Hong Kong and Macau
and home-return permits; read aloud with 幺 洞 两 拐 勾 and with 零 to 九, grouped by spaces, dots and hyphens,
set on a line of their own, in full-width digits, behind +86 and 0086, glued to the Chinese words around them,
and spaced out character by character in OCR'd letters. Beside them stand decoys of the same shapes: an 18-digit
contract number with a thirteenth month, a 15-digit waybill number with a thirteenth month, 16- and 19-digit
agreement, serial and repayment-code numbers grouped like cards but failing Luhn, a work-order and a case number
read aloud like mobiles but on no mobile prefix, an invoice number, a court mediation case number, verification
codes, 95 and 400 numbers written and read aloud, the agent's work number, masked forms and last digits, amounts
and dates; a lender's own collection account and the collector's work mobile are entities but no category.
Third-party disclosure labels over sixty messages, many saying no more than that a sum "is still hanging", that
"you know what it is about", or naming only the lender, to a wife, a husband, a mother, a father, a
father-in-law, a brother-in-law, a sister, a cousin, a classmate, a roommate, colleagues, a business
partner, a supervisor, an HR department, a shop manager, a bank branch, a college, a teacher, a landlord, a
neighbour, a property manager, a village party secretary, a village committee, a residents' committee, and
owners', parents', townsmen's, workmates', family, market and neighbourhood group chats; beside them contacts asked
only for a call-back, a wrong number, a co-borrower and guarantors told of what they signed, and sealed letters
an employer or a village committee is asked to hand over. `pii.excessive` labels over sixty messages: full names
with a home address, a workplace or an employer, and the names and numbers of spouses, an ex-wife, a girlfriend,
an ex-girlfriend, parents, parents-in-law, siblings, cousins, an uncle, children, a roommate, a colleague, an
apprentice, a supervisor, a business partner and a best friend. `pii.sensitive` labels over fifty, mostly
without the textbook words: dialysis, heart stents, chemotherapy, a psychiatric clinic, a hepatitis B drug,
insulin, an abortion, IVF, a pregnancy and an antenatal booking, a hospital ward and bed, a child's school,
class, kindergarten, school bus and home time, a phone location fix at a bus station, an airport login, a
night-shift exit, a trucker's route, a bus driver's first run, a casino, a bar and an entertainment-city
withdrawal, border crossings, salary inflows, wallet and card balances, a time deposit, a provident fund, social
insurance, remittances abroad, debts at other banks and platforms, a livelihood allowance, a disability
certificate, a veteran's allowance, a serious-illness reimbursement, Sunday church, Friday prayers at a mosque,
face and voiceprint records, detention for drink-driving, a detention centre and drug rehabilitation. Beside them
stand debtors speaking of their own illness, depression, detention or a wife giving birth, and agents answering
with a deferral, instalments or a pause, and a lender's general offer for hardship. Registers: a bank card
centre's and a cash-loan app's SMS templates, robot scripts with keypad turns, agent calls as speech-to-text
output, app and WeChat chats and group chats, quality-check records, letters to debtors, employers, a school, a
property manager, village and residents' committees, a lawyer's letter, e-mails to collection vendors and to
employers, visit reports, complaint replies, Cantonese (Hong Kong) and traditional characters (Hong Kong and
Taiwan lenders).

Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies are
invented; identifiers are well formed and `set_format` checks them before writing; e-mail addresses use real
top-level domains.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport / permit number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  lawyer's landline, a lender's own collection account, the collector's work mobile, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; quality-check records, visit
  reports and e-mails passed between the lender and the agencies handling the case go to an unknown recipient and
  are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other banks' and platforms' debts,
  provident fund, remittances), detention and drug rehabilitation, specific identities (disability, a
  livelihood allowance, a veteran). A lender's offer to pause for illness in general, or the debtor's own words,
  is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' (and other
  people's) names or numbers, that the message does not need. Not: a full name alone, the agent's own name, the
  address a letter is sent to, the debtor's own registered address or employer confirmed to the debtor, a
  guarantor or relative the message is addressed to or about.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline, account or e-mail); masked forms and
400 / 95 service numbers are not entities, and a landline's extension lies outside its span, as does a +86 or
0086 before a mobile; a surname with an honorific or a prefix (闫先生, 小周, 何太) is not a PERSON, a given
name alone or after a kinship term is, and so is a name OCR'd with spaces; ADDRESS reaches down to a road and
number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ad`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ad.jsonl"
ID_PREFIX = "PAD"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- a bank card centre's and a cash-loan app's SMS templates -----------------------------------------------

SMS_TEMPLATES: list[PiplEntry] = [
    ("sms", "debtor", "【江澜银行信用卡中心】吕振宇先生，您的卡号6228480062940256账单已逾期，欠款合计23,415.08元，"
     "请尽快存入。", [(P, "吕振宇"), (BC, "6228480062940256")], [U]),
    ("sms", "debtor", "【江澜银行信用卡中心】您好，您名下卡片6225 8814 7176 0024当前逾期42天，为免影响征信请联系专属客户经理"
     "18092365666（工号JL0417）。", [(BC, "6225 8814 7176 0024"), (MB, "18092365666")], [U]),
    ("sms", "debtor", "【江澜银行信用卡中心】您尾号0024的卡片已逾期42天，如需办理分期请回复1或致电95386转2。", [], []),
    ("sms", "debtor", "【速米花】罗晓燕您好，您身份证330106196912091388名下借款已逾期7天，应还4,108元，回T退订。",
     [(P, "罗晓燕"), (ID, "330106196912091388")], [U]),
    ("sms", "debtor", "【速米花】您好，系统检测到您本月工资卡今日已到账8,600元，请优先归还逾期款2,350元。", [], [S]),
    ("sms", "debtor", "【速米花】您好，您在我平台借款已逾期12天，另查到您在另外3家平台共有逾期1.6万元，请优先处理本平台欠款。",
     [], [S]),
    ("sms", "debtor", "【速米花】您的验证码是482915，5分钟内有效，请勿泄露给他人。", [], []),
    ("sms", "debtor", "【速米花】贾先生，您借款合同编号SMH2026110800471的第3期已逾期，应还1,066.67元。", [], []),
    ("sms", "debtor", "【江澜银行信用卡中心】冯国梁先生，您尾号3924卡已逾期，我行已安排工作人员于本周到您单位"
     "华屹精密机械有限公司核实情况，请知悉。", [(P, "冯国梁")], [X]),
    ("sms", "debtor", "【江澜银行信用卡中心】您尾号3924卡已逾期60天，如有困难可致电95386申请个性化分期。", [], []),
    ("sms", "debtor", "【速米花】杜明亮，你上周五晚上11点在永新路金沙娱乐城门口的取现记录我们已看到，有钱娱乐没钱还款？",
     [(P, "杜明亮")], [S]),
    ("sms", "debtor", "【速米花】您好，您借款时预留的联系人为配偶万淑芬13520629972、母亲贺桂兰，请尽快还款以免我们联系家人。",
     [(P, "万淑芬"), (MB, "13520629972"), (P, "贺桂兰")], [U, X]),
    ("sms", "debtor", "【江澜银行信用卡中心】您的卡片逾期款已转入委外机构处理，承办机构：恒正信息咨询，电话0571-87345290。",
     [(LL, "0571-87345290")], []),
    ("sms", "debtor", "【江澜银行信用卡中心】您好，您于11月30日在省肿瘤医院的刷卡消费已计入本期账单，现逾期未还，请尽快处理。",
     [], [S]),
    ("sms", "debtor", "【速米花】石磊您好，您的借款已逾期，您名下号码幺三八洞勾六八拐四拐勾已被列入重点催收名单。",
     [(P, "石磊"), (MB, "幺三八洞勾六八拐四拐勾")], [U]),
    ("sms", "third_party", "【速米花】您好，麻烦转告您的朋友邵建波，他在我们平台的4,600元借款已经逾期一个月了，让他赶紧处理。",
     [(P, "邵建波")], [D]),
    ("sms", "third_party", "【江澜银行信用卡中心】您好，我们有重要事项需要与邵先生联系，烦请转告其回电0571-86203317，谢谢。",
     [(LL, "0571-86203317")], []),
    ("sms", "third_party", "您好，有件私事想找一下您弟弟，您方便的时候让他回个电话给我，号码就是本机，谢谢。", [], []),
    ("sms", "third_party", "【速米花】您好，您作为借款人的紧急联系人，请提醒他还款。", [], [D]),
    ("sms", "debtor", "【江澜银行信用卡中心】您好，您已于昨日在医保中心办理了大病报销，报销款到账后请优先还我行欠款。",
     [], [S]),
    ("sms", "debtor", "【速米花】您好，您的孩子所在的实验二小三年级今天下午4点放学，请家长抽空处理一下逾期款项。", [], [S]),
    ("sms", "debtor", "【速米花】房海涛先生，查到您在住房公积金账户尚有余额5.3万元，可申请提取用于还款。", [(P, "房海涛")], [S]),
    ("sms", "debtor", "【速米花】您好，您上月在我平台借款，最近一次登录地点显示在昆明长水机场，请确认是否本人操作并尽快还款。",
     [], [S]),
]

# --- robot scripts with keypad turns ------------------------------------------------------------------------

ROBOT_SCRIPTS: list[PiplEntry] = [
    ("call", "debtor", "机器人：您好，这里是速米花智能语音助手，请问是韦先生本人吗？确认请按1。\n客户：（按键1）\n"
     "机器人：您的借款3,200元已逾期3天，请今天内还款。回拨请拨打四洞洞八两洞六六幺拐。", [], []),
    ("call", "debtor", "机器人：您好，请问是韦建军本人吗？\n客户：是。\n机器人：您身份证号码四两洞幺洞六幺勾勾两洞两幺洞四八三X名下的借款已逾期，"
     "请核对。", [(P, "韦建军"), (ID, "四两洞幺洞六幺勾勾两洞两幺洞四八三X")], [U]),
    ("call", "debtor", "机器人：您好，这里是江澜银行，系统显示您本周三、周五晚上都在城东医院住院部附近，是否身体不适？"
     "请尽快安排还款。\n客户：你们怎么知道的？", [], [S]),
    ("call", "debtor", "机器人：尊敬的客户，您绑定的还款卡幺五八幺三六六六六五三……不好意思，您的联系电话幺五八幺三六六六六五三"
     "已登记为催收联系号码。", [(MB, "幺五八幺三六六六六五三"), (MB, "幺五八幺三六六六六五三")], [U]),
    ("call", "third_party", "机器人：您好，您是孔令辉先生的紧急联系人，他在我平台的借款已逾期，请提醒他还款。按1表示已知晓。\n"
     "联系人：（按键1）", [(P, "孔令辉")], [D]),
    ("call", "third_party", "机器人：您好，请问您认识孔先生吗？我们有事需要联系他，如方便请让他回电。\n联系人：认识，我跟他说。",
     [], []),
    ("call", "debtor", "机器人：您好，您的借款已逾期，您的银行卡六两两八四八洞洞六两勾四洞两五六将于今晚发起自动扣款，请保证余额充足。",
     [(BC, "六两两八四八洞洞六两勾四洞两五六")], [U]),
    ("call", "debtor", "机器人：您好，您的借款已逾期，我们将从您尾号零二五六的储蓄卡发起扣款，请保证余额充足。", [], []),
    ("call", "debtor", "机器人：您好，根据您授权的通讯录，您的爱人葛丽娜、哥哥葛志强都已登记，为了不打扰他们，请尽快还款。",
     [(P, "葛丽娜"), (P, "葛志强")], [X]),
    ("call", "debtor", "机器人：您好，检测到您本月微信零钱余额较多，另有支付宝余额宝一万二千元，请优先还款。", [], [S]),
    ("call", "debtor", "机器人：您好，这里是速米花，您已逾期16天。如您因疾病、失业等原因还款困难，可按3转人工申请延期或分期。\n"
     "客户：（按键3）", [], []),
    ("call", "debtor", "机器人：您好，请问是卢女士吗？您的借款已逾期，我们了解到您正在怀孕待产，请在生产前把款项处理完。", [], [S]),
    ("call", "debtor", "机器人：您好，您的专属客服工号是幺洞两拐，如有疑问请拨打九五三八六。", [], []),
    ("call", "debtor", "机器人：您好，您预留的单位电话零两八八五四幺三拐拐六已无法接通，请更新您的联系方式。",
     [(LL, "零两八八五四幺三拐拐六")], []),
    ("call", "debtor", "机器人：您好，核实您的身份，请说出身份证后四位。\n客户：四八三X。\n机器人：核实通过，您的欠款为三千一百元。",
     [], []),
    ("call", "debtor", "机器人：您好，根据系统记录，您的护照E四八两六幺勾三五已于上月出境使用，请尽快回国处理欠款。",
     [(PP, "E四八两六幺勾三五")], [S, U]),
]

# --- agent calls as speech-to-text output -------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂钱先生 你身份证是不是 三六零一零二 一九九七 零六二五 七八二X 对吧 我核对一下\n客户：对",
     [(ID, "三六零一零二 一九九七 零六二五 七八二X")], [U]),
    ("call", "debtor", "坐席：你好我这速米花的 你这个借款拖了二十多天了啊\n客户：我最近在透析 一个礼拜三次 真的没钱\n"
     "坐席：明白 身体要紧 那我给你申请先停催一个月 你到时候再联系我们", [], []),
    ("call", "debtor", "坐席：你好我这速米花的 你不是说在透析吗 我们查了你一个礼拜三次都去市二院血透室的 时间我们都清楚\n"
     "客户：你们查我？", [], [S]),
    ("call", "third_party", "坐席：喂你好 是龚海燕的老公吧 你老婆在我们平台借了八千块钱 现在逾期了 你让她赶紧还\n联系人：我不知道这事",
     [(P, "龚海燕")], [D]),
    ("call", "third_party", "坐席：喂你好 请问是龚女士的家属吗\n联系人：是 怎么了\n"
     "坐席：没什么大事 麻烦您让她方便的时候回个电话 谢谢", [], []),
    ("call", "third_party", "坐席：喂您好 是陶志飞吧 你是何勇那笔借款的担保人 他现在逾期了 按合同你要承担连带保证责任 需要你来还\n"
     "联系人：我知道了", [(P, "陶志飞"), (P, "何勇")], []),
    ("call", "third_party", "坐席：喂 是那个何勇的同事吗 他电话打不通 你跟他说他那个网贷的钱再不还我们就走流程了\n联系人：行吧",
     [(P, "何勇")], [D]),
    ("call", "debtor", "坐席：何先生你好 你现在人是不是在那个 汽车站 我们看你手机定位在长途汽车站 你要跑路吗\n客户：我出差",
     [], [S]),
    ("call", "debtor", "坐席：何先生 你回拨这个号码就行 幺八六洞 五洞幺 六拐两两 这是我的工作手机 有事找我",
     [(MB, "幺八六洞 五洞幺 六拐两两")], []),
    ("call", "debtor", "坐席：喂你好 你老婆叫 宋晓丽 对吧 电话幺五五八 勾两四四 六幺五 她在 城北幼儿园上班 我们会联系她\n客户：别",
     [(P, "宋晓丽"), (MB, "幺五五八 勾两四四 六幺五")], [U, X]),
    ("call", "debtor", "坐席：您好这里是江澜银行信用卡中心 工号八零三五 请问是焦红梅女士吗\n客户：是\n"
     "坐席：您尾号七八零三的卡片欠款六千二百元 最低还款一千一 您看什么时候方便处理", [(P, "焦红梅")], []),
    ("call", "debtor", "坐席：焦女士 你那个工资卡每个月十号进账九千二 这个月十号到现在钱都转走了 你转哪儿去了\n客户：关你什么事",
     [], [S]),
    ("call", "debtor", "坐席：喂 你儿子是在 育才中学初二三班吧 我们不会去学校 但你要把钱的事处理好\n客户：你们想干嘛", [], [S]),
    ("call", "debtor", "坐席：你好我速米花的 你那个借款我们这边核实你上个月 在那个戒毒所待了半年刚出来是吧\n客户：……", [], [S]),
    ("call", "debtor", "坐席：你好 我跟你核对一下还款账户 户名江澜银行信用卡中心 账号 六二二二 零二 四零八九 七幺幺 幺三八\n"
     "客户：好我记一下", [(BC, "六二二二 零二 四零八九 七幺幺 幺三八")], []),
    ("call", "debtor", "坐席：喂 你那个爹叫 洪德福 在 城关镇洪家村三组十七号 住对吧 你再不还我们就发律师函过去\n客户：……",
     [(P, "洪德福"), (A, "城关镇洪家村三组十七号")], [X]),
    ("call", "third_party", "坐席：喂您好 请问是洪卫东家里吗\n联系人：我是他妈 他出去打工了\n"
     "坐席：阿姨你好 他在速米花借的钱三个月没还了 欠了一万出头 你叫他打个电话回来\n联系人：啊", [(P, "洪卫东")], [D]),
    ("call", "third_party", "坐席：您好 请问是洪卫东家吗\n联系人：他不在\n坐席：好的 那麻烦您转告他有封信寄到家里了 让他留意一下 谢谢",
     [(P, "洪卫东")], []),
    ("call", "debtor", "坐席：喂你好 我是江澜银行的 你那个 护照 号码是 EA 三两拐四六洞八 我们查到你出境去了 泰国\n客户：我回来了",
     [(PP, "EA 三两拐四六洞八")], [S, U]),
    ("call", "debtor", "坐席：你好 你说你老婆 在医院生孩子 那我这边先给你登记一下 暂缓十天 你看行不行\n客户：谢谢", [], []),
    ("call", "debtor", "坐席：你好 你老婆不是在妇幼保健院做试管吗 一次好几万都有钱 欠我们的就没钱了\n客户：你怎么知道", [], [S]),
    ("call", "third_party", "坐席：喂你好 你是 房东 是吧 你那个租客 晏子龙 他欠了我们银行信用卡 好几万 你看他是不是还住那儿\n"
     "联系人：我不清楚", [(P, "晏子龙")], [D]),
    ("call", "third_party", "坐席：你好 请问是 晏子龙 的房东吗 我们有份挂号信找他 麻烦你有空让他回个电话\n联系人：行",
     [(P, "晏子龙")], []),
]

# --- app chats, WeChat chats and group chats ----------------------------------------------------------------

CHATS: list[PiplEntry] = [
    ("app", "debtor", "在线客服：您好，您的借款已逾期9天，应还2,760元，今天可以处理吗？\n用户：我的卡号是6217008126684716490，"
     "你们直接扣吧\n在线客服：好的，已为您发起扣款，请留意短信。", [(BC, "6217008126684716490")], []),
    ("app", "debtor", "在线客服：您好，为您核对一下，您绑定的卡是6217 0086 8933 8073 113对吗？\n用户：对",
     [(BC, "6217 0086 8933 8073 113")], [U]),
    ("app", "debtor", "在线客服：亲，您的身份证号我这边看到是４４０３０５１９６５０６１３３５２Ｘ，不是本人借款的话可以走申诉。",
     [(ID, "４４０３０５１９６５０６１３３５２Ｘ")], [U]),
    ("app", "debtor", "在线客服：您好，申诉请在App“我的-帮助-异议申请”提交，身份证照片只需上传，不需在对话框里发号码。", [], []),
    ("app", "debtor", "客服：你好，你女朋友卓思雨的电话我们也有，15384003692，要不要我们打给她问问？",
     [(P, "卓思雨"), (MB, "15384003692")], [U, X]),
    ("app", "debtor", "客服：您好，您之前说母亲住院，我这边已帮您申请延期15天，延期期间不计罚息。\n用户：谢谢，她下周做手术。",
     [], []),
    ("app", "debtor", "客服：您母亲在省人民医院心内科住院，放了两个支架是吧？那手术费都有，还款怎么就没有？", [], [S]),
    ("app", "debtor", "客服：您好，您上传的低保证明我们收到了，会按特殊困难客户处理，减免部分罚息。", [], []),
    ("app", "debtor", "客服：你不是在领低保吗？民政那边每个月发你的钱也可以先拿来还一点。", [], [S]),
    ("app", "debtor", "[微信] 专员：您好，我是速米花的专员小邱，工号SM2271，您的账单已逾期，这是我工作微信，有问题随时问。", [], []),
    ("app", "debtor", "[微信] 专员：你老公在城南公交公司开18路车是吧，每天早上6点头班车，我们知道，你别逼我们去找他。",
     [], [S]),
    ("app", "debtor", "[微信] 专员：你看下，你的身份证、人脸识别照片和声纹录音我们都存着的，借款是不是你本人一清二楚。", [], [S]),
    ("app", "debtor", "[微信] 专员：借款时您做了人脸识别，如对借款有异议，可以申请调取核验记录，我们7个工作日内答复。", [], []),
    ("app", "third_party", "[微信群] 专员：@全体成员 各位好，本群的解志刚欠速米花的钱已经很久了，大家见到他让他联系我。",
     [(P, "解志刚")], [D]),
    ("app", "third_party", "[微信群] 专员：有认识解志刚的吗？麻烦他看到消息后私聊我一下，谢谢大家。", [(P, "解志刚")], []),
    ("app", "third_party", "[业主群] 专员：3栋2单元姓聂的业主，欠的钱拖了快半年了，再不处理我就在群里说清楚。", [], [D]),
    ("app", "third_party", "[家长群] 专员：二年级五班那位欧阳家长，麻烦看一下私信，说好的那笔钱这周又到期了。", [], [D]),
    ("app", "third_party", "[老乡群] 专员：大家好，我是做金融服务的，麻烦帮我找一下老家在安平镇的詹国华，他借的钱一直没动静。",
     [(P, "詹国华")], [D]),
    ("app", "third_party", "[工友群] 专员：詹国华，你在这个群里吧？你那个账单的事该有个说法了。", [(P, "詹国华")], [D]),
    ("app", "third_party", "[同学群] 专员：打扰了，我找一下应明，他留的号码停机了，谁有他的新联系方式麻烦私信我。", [(P, "应明")], []),
    ("app", "debtor", "客服：您好，查到您名下还有另外两家银行的卡在逾期，加上网贷一共欠十几万，您先还我们这边吧。", [], [S]),
    ("app", "debtor", "客服：你好，你弟弟柏文斌在华源物流当仓管，我们已经打过他单位座机0731-84412096了。",
     [(P, "柏文斌"), (LL, "0731-84412096")], [X]),
    ("app", "debtor", "客服：您好，您好友的电话我们不会拨打，之前通讯录授权已按您的要求撤回。", [], []),
    ("app", "debtor", "客服：您说您在教会做礼拜期间没法接电话，我们会避开周日上午联系您。", [], []),
    ("app", "debtor", "客服：你每周日上午都去福音堂做礼拜，给上帝捐钱倒挺积极，借的钱怎么不还？", [], [S]),
    ("app", "debtor", "用户：我最近在吃抗抑郁的药，真的没法工作\n客服：理解您的情况，您先照顾好身体，我们可以申请暂停催收30天。",
     [], []),
    ("app", "debtor", "客服：你在精神专科医院挂的号我们也知道，别拿抑郁症当借口。", [], [S]),
]

# --- quality-check records ----------------------------------------------------------------------------------

QA_RECORDS: list[PiplEntry] = [
    ("email", "unknown", "质检记录 QC-20261203-017\n坐席工号：HZ0862\n问题：通话第2分钟坐席向客户念出其完整身份证号"
     "610113199906137524，属违规。\n处理：扣绩效2分。", [(ID, "610113199906137524")], [U]),
    ("email", "unknown", "质检记录 QC-20261203-018\n坐席工号：HZ0862\n问题：坐席念出客户身份证号（6101**********7524），已提醒。\n"
     "处理：口头警告。", [], []),
    ("email", "unknown", "质检记录 QC-20261204-003\n问题：坐席向客户提及“你老婆伍佳琪在儿童医院当护士”，超出催收所需。\n"
     "处理：复训。", [(P, "伍佳琪")], [X]),
    ("email", "unknown", "质检记录 QC-20261204-004\n问题：坐席提及客户配偶工作单位，已按规范整改，记录中略去具体信息。\n处理：复训。",
     [], []),
    ("email", "unknown", "质检记录 QC-20261204-011\n通话摘要：客户：我刚查出来乳腺癌，在做化疗。坐席：化疗能花钱，还款就没钱？\n"
     "质检结论：坐席未体恤客户困难。", [], [S]),
    ("email", "unknown", "质检记录 QC-20261204-012\n通话摘要：客户称本人患病正在治疗。坐席登记困难并提交延期申请。\n质检结论：合规。",
     [], []),
    ("email", "unknown", "质检抽检表\n案件：HC-66120\n客户手机：157 1662 5313\n联系人手机：14790849592\n评分：72",
     [(MB, "157 1662 5313"), (MB, "14790849592")], [U]),
    ("email", "unknown", "质检抽检表\n案件：HC-66121\n客户手机：157****5313\n联系人：已脱敏\n评分：91", [], []),
    ("email", "unknown", "质检记录 QC-20261205-002\n问题：坐席称“你上个月在看守所关了十五天，我们都知道”。\n处理：停岗。", [], [S]),
    ("email", "unknown", "质检记录 QC-20261205-006\n问题：坐席把客户孩子就读的明德小学和接送时间说给客户听。\n处理：停岗一周。",
     [], [S]),
    ("email", "unknown", "质检记录 QC-20261205-009\n问题：坐席向客户报出其配偶全名管雪梅及其手机号13565964518。\n处理：停岗。",
     [(P, "管雪梅"), (MB, "13565964518")], [U, X]),
]

# --- letters to debtors and to employers --------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：JLXY-2026-12-0448\n致：包志鹏先生\n地址：杭州市拱墅区湖墅南路186号3幢502室\n"
     "您尾号2295的信用卡截至2026年12月1日欠款18,642.35元，已逾期67天。请于2026年12月20日前通过我行网点、手机银行"
     "或还款专户还款。如有异议，请在收到本函7日内致电0571-86203317。\n江澜银行信用卡中心（盖章）\n2026年12月3日",
     [(P, "包志鹏"), (A, "杭州市拱墅区湖墅南路186号3幢502室"), (LL, "0571-86203317")], []),
    ("notice", "debtor", "催收函\n编号：JLXY-2026-12-0449\n致：包志鹏先生\n您的卡号6228485200872295、身份证号"
     "420106197301154534项下欠款18,642.35元已逾期67天，请于2026年12月20日前还款。\n江澜银行信用卡中心\n2026年12月3日",
     [(P, "包志鹏"), (BC, "6228485200872295"), (ID, "420106197301154534")], [U]),
    ("notice", "debtor", "还款提醒函\n致：邹玉兰女士\n您在速米花平台的借款（合同号SMH2026090300127）已逾期21天，应还5,430.00元。"
     "经查，您丈夫邹建华（手机13809687479）及女儿邹悦在本市工作，望您与家人商量尽快还款。\n速米花贷后管理部",
     [(P, "邹玉兰"), (P, "邹建华"), (MB, "13809687479"), (P, "邹悦")], [U, X]),
    ("notice", "debtor", "还款提醒函\n致：邹玉兰女士\n您在速米花平台的借款（合同号SMH2026090300127）已逾期21天，应还5,430.00元，"
     "请于12月18日前通过App还款。客服热线400-820-6617。\n速米花贷后管理部\n2026年12月4日", [(P, "邹玉兰")], []),
    ("notice", "third_party", "致：华屹精密机械有限公司人力资源部\n贵司员工冯国梁（工号HY0331）在我行信用卡欠款23,406元，"
     "已逾期90天，请贵司协助督促其还款，或从其工资中代扣。\n江澜银行信用卡中心", [(P, "冯国梁")], [D]),
    ("notice", "third_party", "致：华屹精密机械有限公司人力资源部\n我中心有一封寄给贵司员工冯国梁先生本人的信函，因多次投递未果，"
     "烦请转交本人拆阅。此函不涉及贵司任何义务。\n江澜银行信用卡中心", [(P, "冯国梁")], []),
    ("notice", "third_party", "致：鼎盛物业服务中心\n贵小区8栋1103室住户需尽快与我司联系处理其在速米花平台的逾期款项，"
     "烦请物业转告。\n速米花贷后管理部", [], [D]),
    ("notice", "third_party", "致：潘庄村村民委员会\n贵村村民潘永胜（身份证号130624199209142442）在我行的信用卡欠款逾期已久，"
     "请村委会协助联系其本人及家属。\n江澜银行信用卡中心",
     [(P, "潘永胜"), (ID, "130624199209142442")], [D, U]),
    ("notice", "third_party", "致：潘庄村村民委员会\n现有寄给贵村村民潘永胜本人的挂号信一封，烦请村委会转交，如其已迁出请退回。\n"
     "江澜银行信用卡中心", [(P, "潘永胜")], []),
    ("notice", "debtor", "律师函\n致：詹国华先生\n受速米花委托，就您在该平台的借款本金8,000元及利息事宜致函。"
     "您目前在鑫达建筑工地做钢筋工，工地地址为滨江区江南大道2088号，请于十日内还款。\n浙江衡正律师事务所 鲍律师",
     [(P, "詹国华"), (A, "滨江区江南大道2088号")], [X]),
    ("notice", "debtor", "律师函\n致：詹国华先生\n受速米花委托，就您在该平台的借款本金8,000元及利息事宜致函，"
     "请于十日内与委托方协商还款。联系电话0571-87761502转806。\n浙江衡正律师事务所 鲍律师",
     [(P, "詹国华"), (LL, "0571-87761502")], []),
    ("notice", "debtor", "催收函\n致：谭秀琴女士\n您尾号6462卡欠款4,211元已逾期。我行了解到您为二级肢体残疾，"
     "持有残疾证，建议您以残疾补助金还款。\n江澜银行信用卡中心", [(P, "谭秀琴")], [S]),
    ("notice", "debtor", "催收函\n致：谭秀琴女士\n您尾号6462卡欠款4,211元已逾期。如您有特殊困难，可申请困难客户还款计划。\n"
     "江澜银行信用卡中心", [(P, "谭秀琴")], []),
    ("notice", "debtor", "催收函\n致：龙海滨先生\n地址：长沙市岳麓区桐梓坡路77号\n您尾号8469卡已逾期，您在部队服役期间的退役金"
     "及优抚补贴可用于还款，请尽快处理。\n江澜银行信用卡中心", [(P, "龙海滨"), (A, "长沙市岳麓区桐梓坡路77号")], [S]),
    ("notice", "third_party", "致：明德小学三年级（2）班班主任\n贵班学生家长邱海鹰欠我平台借款逾期未还，请老师转告家长尽快联系我们。\n"
     "速米花贷后管理部", [(P, "邱海鹰")], [D]),
    ("notice", "debtor", "还款通知\n致：单卫国先生\n您的借款已逾期45天，应还6,780元。您的妻子倪红在县人民医院做护士，"
     "儿子单浩在县一中读高三，望您为家庭考虑尽快还款。\n速米花",
     [(P, "单卫国"), (P, "倪红"), (P, "单浩")], [S, X]),
    ("notice", "debtor", "还款通知\n致：单卫国先生\n地址：县城关镇解放路33号\n您的借款已逾期45天，应还6,780元，"
     "请于12月25日前还款。\n速米花", [(P, "单卫国"), (A, "县城关镇解放路33号")], []),
    ("notice", "debtor", "催收函\n编号：JLXY-2026-12-0512\n致：石磊先生\n证件号：１３０１０２１９８７０９０１４９２２\n"
     "欠款：9,380元\n江澜银行信用卡中心", [(P, "石磊"), (ID, "１３０１０２１９８７０９０１４９２２")], [U]),
]

# --- e-mails to collection vendors and complaint replies ----------------------------------------------------

EMAIL_AND_REPLIES: list[PiplEntry] = [
    ("email", "unknown", "收件人：case@hengzheng-info.com.cn\n主题：委外批次JL-W49案件清单\n附件为本批次312户案件，"
     "字段含姓名、卡号后四位、欠款金额、逾期天数。请于12月31日前反馈处置结果。\n江澜银行信用卡中心 委外管理岗",
     [(EM, "case@hengzheng-info.com.cn")], []),
    ("email", "unknown", "收件人：case@hengzheng-info.com.cn\n主题：补充资料\n案件HC-66133客户柯小军，身份证"
     "320102196504153925，卡号6259650743952456，单位：江宁区经开区天宇电子厂，请贵司重点跟进。",
     [(EM, "case@hengzheng-info.com.cn"), (P, "柯小军"), (ID, "320102196504153925"), (BC, "6259650743952456")],
     [U, X]),
    ("email", "unknown", "收件人：ops@qianrun-collect.cn\n主题：联系人补充\n客户黎晓峰的联系人：父亲黎国强 13641347056、"
     "姐姐黎晓敏 15010682419、前妻喻倩。请仅在客户失联时使用。",
     [(EM, "ops@qianrun-collect.cn"), (P, "黎晓峰"), (P, "黎国强"), (MB, "13641347056"), (P, "黎晓敏"),
      (MB, "15010682419"), (P, "喻倩")], [U, X]),
    ("email", "unknown", "收件人：ops@qianrun-collect.cn\n主题：特殊客户备注\n客户甘国庆目前在市第三人民医院精神科住院，"
     "其女儿在实验中学初一，请催收时注意话术。",
     [(EM, "ops@qianrun-collect.cn"), (P, "甘国庆")], [S]),
    ("email", "unknown", "收件人：ops@qianrun-collect.cn\n主题：特殊客户备注\n客户甘某某已登记为困难客户，暂停催收至2027年1月15日。",
     [(EM, "ops@qianrun-collect.cn")], []),
    ("email", "unknown", "发件人：risk@sumihua.com\n主题：修复联系方式\n客户文丽娟新号码18917101364，原号码已停机；"
     "另查到其现工作单位为城西天汇广场一家服装店。",
     [(EM, "risk@sumihua.com"), (P, "文丽娟"), (MB, "18917101364")], [U, X]),
    ("email", "unknown", "发件人：risk@sumihua.com\n主题：还款账户变更\n自12月10日起，速米花对公还款账户变更为"
     "6222 6200 5155 7803，开户行江澜银行滨江支行，请通知各委外机构。",
     [(EM, "risk@sumihua.com"), (BC, "6222 6200 5155 7803")], []),
    ("email", "unknown", "发件人：risk@sumihua.com\n主题：客户资产线索\n客户毛振东名下定期存款20万元，2027年3月到期；"
     "支付宝绑定卡近30天流入4.2万元，供参考。", [(EM, "risk@sumihua.com"), (P, "毛振东")], [S]),
    ("email", "debtor", "发件人：complaint@sumihua.com\n毕先生您好：\n您反映催收人员在工作群里提及您借款一事，经核实情况属实，"
     "我司已对相关人员停岗处理并向您致歉。\n速米花客户服务部",
     [(EM, "complaint@sumihua.com")], []),
    ("email", "debtor", "发件人：complaint@sumihua.com\n毕先生您好：\n关于您的投诉，经查您借款时授权的身份证号为"
     "220104199307120019，手机18133474777，借款属本人操作，投诉不成立。\n速米花客户服务部",
     [(EM, "complaint@sumihua.com"), (ID, "220104199307120019"), (MB, "18133474777")], [U]),
    ("sms", "debtor", "【江澜银行】您好，关于您的投诉，经核实催收员曾向您单位同事透露欠款情况，我行已整改，"
     "对造成的困扰深表歉意。", [], []),
    ("app", "debtor", "客服：您好，关于您投诉被催收员骚扰一事，我们查到您在镇卫生院做了人流手术后没有按时还款，"
     "这不能作为不还款的理由。", [], [S]),
    ("app", "debtor", "客服：您好，您的投诉已转交专人处理。您提到近期身体不适，我们已将您的账户标记为暂缓催收。", [], []),
    ("email", "debtor", "发件人：service@jianglanbank.com.cn\n车女士您好：\n您的异议已登记。经核实，争议账单为您的附属卡"
     "持卡人车晓辉（您的儿子，手机18237873840）所刷，特此告知。",
     [(EM, "service@jianglanbank.com.cn"), (P, "车晓辉"), (MB, "18237873840")], [U, X]),
    ("email", "debtor", "发件人：service@jianglanbank.com.cn\n车女士您好：\n您的异议已登记，相关交易为附属卡所刷，"
     "明细已寄至您的账单地址。如仍有异议可回复本邮件。", [(EM, "service@jianglanbank.com.cn")], []),
    ("email", "third_party", "发件人：service@jianglanbank.com.cn\n收件人：hr@tianyu-elec.com\n贵司员工柯小军在我行信用卡"
     "逾期，烦请贵司提醒其与我行联系。",
     [(EM, "service@jianglanbank.com.cn"), (EM, "hr@tianyu-elec.com"), (P, "柯小军")], [D]),
]

# --- Cantonese (Hong Kong) and traditional characters (Hong Kong, Macau, Taiwan lenders) --------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("sms", "debtor", "【卓信財務】陳家輝先生，你嘅回鄉證H60418273已經登記喺我哋系統，請即還款。",
     [(P, "陳家輝"), (PP, "H60418273")], [U]),
    ("call", "debtor", "職員：梁生，你老婆係咪喺將軍澳醫院做緊化療？我哋都知，你唔好再拖啦。\n客戶：你哋點知㗎？", [], [S]),
    ("call", "third_party", "職員：你好，請問係梁永康嘅同事嗎？佢喺我哋度借咗錢冇還，麻煩你叫佢覆我哋電話。\n聯絡人：唔關我事。",
     [(P, "梁永康")], [D]),
    ("call", "third_party", "職員：你好，請問梁生喺唔喺度？\n聯絡人：佢唔喺度。\n職員：唔該你叫佢得閒覆返個電話俾我，唔該。",
     [], []),
    ("app", "debtor", "客服：陳小姐，你嘅港澳通行證C38916402我哋已經核實咗，請喺今日之內還款。",
     [(PP, "C38916402")], [U]),
    ("app", "debtor", "客服：陳小姐，你而家每個禮拜五晚都去灣仔嗰間酒吧，使錢咁疏爽，點解唔還錢？", [], [S]),
    ("sms", "debtor", "【富晟達銀行】林志豪先生，您的信用卡帳戶6214837407784077已逾期，請儘速繳款。",
     [(P, "林志豪"), (BC, "6214837407784077")], [U]),
    ("email", "debtor", "寄件人：collect@fushengda.com.tw\n林先生您好：\n經查您每週五於清真寺禮拜後前往夜市擺攤，"
     "收入尚稱穩定，請依約繳款。", [(EM, "collect@fushengda.com.tw")], [S]),
    ("email", "debtor", "寄件人：collect@fushengda.com.tw\n林先生您好：\n您的帳款已逾期，若有困難，可申請前置協商，"
     "詳情請洽(02)2718-6630分機215。", [(EM, "collect@fushengda.com.tw"), (LL, "(02)2718-6630")], []),
    ("notice", "third_party", "致：宏昌貿易有限公司人事部\n貴公司員工林志豪積欠本行信用卡款項新台幣三萬六千餘元，"
     "請協助轉知其儘速處理。\n富晟達銀行催收部", [(P, "林志豪")], [D]),
    ("notice", "debtor", "催收通知\n林志豪先生台啟\n地址：台北市大安區復興南路一段219巷8號4樓\n您尾號4077之信用卡已逾期，"
     "請於文到七日內繳款。\n富晟達銀行", [(P, "林志豪"), (A, "台北市大安區復興南路一段219巷8號4樓")], []),
    ("notice", "debtor", "催收通知\n林志豪先生台啟\n您的配偶林郭美玲任職於晶揚半導體新竹廠，令尊林清水住基隆，"
     "請您考量家人顏面儘速繳款。\n富晟達銀行",
     [(P, "林志豪"), (P, "林郭美玲"), (P, "林清水")], [X]),
    ("call", "debtor", "職員：陳生，你成日出入澳門嗰間賭場，我哋有你嘅出入境紀錄。\n客戶：……",
     [], [S]),
    ("app", "third_party", "[WhatsApp群組] 職員：各位街坊，葵涌邨富榮樓1203室嗰位何太，欠咗我哋嘅錢半年都唔還。",
     [(A, "葵涌邨富榮樓1203室")], [D]),
    ("app", "third_party", "[WhatsApp群組] 職員：唔好意思打擾，想搵返何太，有啲文件要交俾佢，麻煩佢私訊我。", [], []),
    ("call", "debtor", "職員：何太，你個仔喺沙田嗰間國際學校讀緊幼稚園高班，每朝八點校車接，你自己諗下。\n客戶：你想點？",
     [], [S]),
    ("sms", "debtor", "【卓信財務】林生，你本護照E48261935嘅出境紀錄顯示你而家喺越南，請盡快返嚟處理欠款。",
     [(PP, "E48261935")], [S, U]),
]

# --- identifiers in every written and spoken form -----------------------------------------------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【速米花】您好，您登记的手机+86 139 3902 9647将作为唯一催收联系号码，请保持畅通。",
     [(MB, "139 3902 9647")], [U]),
    ("sms", "debtor", "【速米花】您好，您登记的手机尾号9647将作为催收联系号码，请保持畅通。", [], []),
    ("email", "debtor", "发件人：notice@sumihua.com\n您好，您在注册时填写的号码0086-18289971888已验证，借款逾期请及时还款。",
     [(EM, "notice@sumihua.com"), (MB, "18289971888")], [U]),
    ("app", "debtor", "客服：请确认下您本人手机号是不是一三五二三八一三九一八，确认后我们给您发还款链接。",
     [(MB, "一三五二三八一三九一八")], [U]),
    ("app", "debtor", "客服：请您确认本人手机号后四位是否为3918，确认后我们给您发还款链接。", [], []),
    ("sms", "debtor", "【江澜银行信用卡中心】您好，您的还款账户卡号\n6222 6203 3372 3843\n本期未足额还款，请尽快补足。",
     [(BC, "6222 6203 3372 3843")], [U]),
    ("notice", "debtor", "还款确认书\n借款人：伏建新\n身份证号：3702021966０８２１８３８８\n已于2026年12月2日结清全部欠款。\n速米花",
     [(P, "伏建新"), (ID, "3702021966０８２１８３８８")], [U]),
    ("notice", "debtor", "还款确认书\n借款人：伏建新\n身份证号：370202********8388\n已于2026年12月2日结清全部欠款。\n速米花",
     [(P, "伏建新")], []),
    ("notice", "debtor", "催收函（扫描件识别）\n借 款 人：易 德 胜\n身份证号：2 1 0 2 0 2 8 0 0 8 1 4 1 8 5\n"
     "欠款金额：7,650.00元\n江澜银行信用卡中心", [(P, "易 德 胜"), (ID, "2 1 0 2 0 2 8 0 0 8 1 4 1 8 5")], [U]),
    ("notice", "debtor", "催收函（扫描件识别）\n持卡人：焦 红 梅\n护照号：E A 3 2 7 4 6 0 8\n欠款金额：6,200.00元\n江澜银行信用卡中心",
     [(P, "焦 红 梅"), (PP, "E A 3 2 7 4 6 0 8")], [U]),
    ("call", "debtor", "坐席：喂 你是那个手机号码 幺三五八八幺幺六两勾勾 的机主吧\n客户：对",
     [(MB, "幺三五八八幺幺六两勾勾")], [U]),
    ("call", "debtor", "坐席：您好，您是尾号六两勾勾的机主吧？这边江澜银行信用卡中心的。\n客户：是。", [], []),
    ("sms", "debtor", "【速米花】您好，您绑定的手机19841670031已停机，请登录App更新联系方式，以免错过还款提醒。", [(MB, "19841670031")], [U]),
    ("app", "debtor", "客服：您的身份证号六一零一一三一九七四一二一三九二三X与借款合同一致，借款为本人申请。",
     [(ID, "六一零一一三一九七四一二一三九二三X")], [U]),
    ("sms", "debtor", "【速米花】身份证61011319741213923X持有人，您的借款已逾期，请还款。", [(ID, "61011319741213923X")], [U]),
    ("sms", "debtor", "【速米花】您好，本人手机155.5535.4752的借款已逾期，请您今日处理。", [(MB, "155.5535.4752")], [U]),
    ("sms", "debtor", "【江澜银行信用卡中心】您的信用卡6228-4893-2169-7427-392已逾期3天，请勿影响征信。",
     [(BC, "6228-4893-2169-7427-392")], [U]),
    ("sms", "debtor", "【江澜银行信用卡中心】您的信用卡(卡号末位392)已逾期3天，请勿影响征信。", [], []),
    ("call", "debtor", "坐席：我再给您报一遍还款卡号 六二二八 四八九三 二一六九 七四二七 三九二 是您本人的吧\n客户：是的",
     [(BC, "六二二八 四八九三 二一六九 七四二七 三九二")], [U]),
    ("app", "debtor", "客服：亲，您本人号码是１３６９３７４３７８０吧？我们看到您三天没登录了。",
     [(MB, "１３６９３７４３７８０")], [U]),
    ("app", "debtor", "客服：您好，我这边的固定电话是0755-26638810，工作日9点到18点都在，您可以打过来。",
     [(LL, "0755-26638810")], []),
    ("sms", "debtor", "【速米花】您单位座机010－65228371转3304已联系不上，请及时更新单位信息。",
     [(LL, "010－65228371")], []),
    ("sms", "debtor", "【速米花】刘春生，你在单位电话021-5830 6612转8016那里说的不是本人借款，我们已记录，"
     "身份证号310115197411029284就是你的。", [(P, "刘春生"), (LL, "021-5830 6612"), (ID, "310115197411029284")], [U]),
    ("email", "debtor", "发件人：loan@sumihua.com\n您好：\n您的借款合同已寄送。合同中借款人身份证号码为\n"
     "310115198204044857\n请核对。", [(EM, "loan@sumihua.com"), (ID, "310115198204044857")], [U]),
    ("email", "debtor", "发件人：loan@sumihua.com\n您好：\n您的借款合同已寄送，身份证号已按规定打码（3101**********4857），请核对。",
     [(EM, "loan@sumihua.com")], []),
    ("app", "debtor", "客服：你老婆手机尾号4615，老丈人家的座机0833-2217165，我们都能打。",
     [(LL, "0833-2217165")], [X]),
    ("call", "debtor", "坐席：你那个还款卡 是 六二二五 八八零六 九九七七 九八九九 吗 你这个卡里现在一分钱都没有了\n客户：……",
     [(BC, "六二二五 八八零六 九九七七 九八九九")], [S, U]),
    ("sms", "debtor", "【速米花】萧雅琴女士，您的借款已逾期，您预留的身份证42010619681007390６尚未绑定银行卡。",
     [(P, "萧雅琴"), (ID, "42010619681007390６")], [U]),
    ("call", "debtor", "坐席：萧女士 你那个老身份证还是十五位的 四一零一零五八五一一二一七七七 我们系统里都有\n客户：哦",
     [(ID, "四一零一零五八五一一二一七七七")], [U]),
    ("app", "debtor", "客服：还款请转账到我司对公账户6259656326187154（户名：杭州速米花网络小额贷款有限公司），转账后截图发我。",
     [(BC, "6259656326187154")], []),
    ("sms", "debtor", "【速米花】号码18797263855的机主您好，您的借款已逾期6天。", [(MB, "18797263855")], [U]),
    ("sms", "debtor", "【速米花】号码187****3855的机主您好，您的借款已逾期6天。", [], []),
    ("app", "debtor", "客服：你借款时填的QQ邮箱tangwei1988@qq.com和你老婆邮箱lihong_0312@163.com都在我们这。",
     [(EM, "tangwei1988@qq.com"), (EM, "lihong_0312@163.com")], [X]),
    ("call", "debtor", "坐席：你好 我念一下你的港澳通行证号 C 五 两 八 三 零 六 一 四 你上个月去了澳门对吧\n客户：去玩了一下",
     [(PP, "C 五 两 八 三 零 六 一 四")], [S, U]),
    ("notice", "debtor", "还款通知\n借款人证件：回乡证 M38204715\n借款人：澳门居民黄美欣\n欠款：MOP 9,800\n速米花",
     [(PP, "M38204715"), (P, "黄美欣")], [U]),
    ("app", "debtor", "客服：你手机号是13094346616没错吧？另一个号码1383691358７是谁的？",
     [(MB, "13094346616"), (MB, "1383691358７")], [U]),
    ("call", "debtor", "坐席：你好 你在咱这登记的电话 一三一 九四四八 一二七三 打不通 这个是你现在用的号吗\n客户：对 换号了",
     [(MB, "一三一 九四四八 一二七三")], [U]),
]

# --- decoys of the same shapes: no category, no identifier entity -------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【速米花】您的借款合同编号330106202613150024已生成，请在App“我的合同”中查看。", [], []),
    ("sms", "debtor", "【江澜银行信用卡中心】您的分期协议号6225 8804 1290 7734已生效，首期将于1月5日扣款。", [], []),
    ("sms", "debtor", "【速米花】您的还款收据已通过快递寄出，运单号430104851321462，请注意查收。", [], []),
    ("sms", "debtor", "【速米花】您的验证码为873306，用于确认延期还款申请，请勿告诉任何人。", [], []),
    ("call", "debtor", "坐席：您好江澜银行信用卡中心 我的工号是幺洞八两三 您这边的工单号是 幺两洞四五拐八三三幺六 请记一下\n客户：好",
     [], []),
    ("call", "debtor", "坐席：您好 如需人工服务请拨打 九五三八六 或者 四洞洞 八两洞 六六幺拐 都可以\n客户：好的", [], []),
    ("app", "debtor", "客服：您的电子发票已开具，发票号码25332000000187420631，可在App“发票管理”下载。", [], []),
    ("notice", "debtor", "调解通知书\n案号：（2026）浙0105民诉前调11832号\n申请人：杭州速米花网络小额贷款有限公司\n"
     "请于2026年12月22日上午9:30到拱墅区人民法院诉调中心参加调解。联系电话：400-887-5521。", [], []),
    ("sms", "debtor", "【速米花】您的还款流水号6217008803214456190已入账，本期已结清。", [], []),
    ("sms", "debtor", "【江澜银行信用卡中心】您的专属客户经理工号JL0417，如需帮助请拨打95386按8。", [], []),
    ("email", "unknown", "发件人：finance@hengzheng-info.com.cn\n主题：11月佣金结算\n结算单号HZJS-2026-11-0047，应付佣金"
     "¥186,420.50，请于12月15日前付至合同约定账户。", [(EM, "finance@hengzheng-info.com.cn")], []),
    ("call", "debtor", "坐席：您好 这是您的案件编号 幺两幺 两两零 四八七六 一 您打投诉电话的时候报这个编号就行\n客户：好",
     [], []),
    ("sms", "debtor", "【速米花】您好，12月18日至12月20日系统升级，期间还款请使用还款码 62148301 6625 4419 887。", [], []),
    ("call", "debtor", "坐席：您好 您这边剩余本金是 一万三千九百零八块四 利息二百一十三块五 合计一万四千一百二十一块九\n客户：嗯",
     [], []),
    ("email", "debtor", "发件人：notice@sumihua.com\n您好，您的延期申请（申请编号YQ20261205118842）已获批准，新的还款日为2027年1月5日。",
     [(EM, "notice@sumihua.com")], []),
    ("notice", "debtor", "分期还款协议\n协议编号：FQ4367420155238871\n分期期数：12期\n每期应还：1,083.33元\n首期还款日：2027年1月10日",
     [], []),
    ("app", "debtor", "客服：我的工号是SM-2271，电话回访可能显示为0571开头的号码，请放心接听。", [], []),
    ("notice", "debtor", "快递面单\n运单号：KD1427 3608 8135 9\n寄件：江澜银行信用卡中心\n收件：葛先生（电话已隐藏）", [], []),
]

# --- third parties: contacts, relatives, colleagues, employers, landlords, roommates, teachers, cadres ------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "您好，我是江澜银行的，您同事阎立新的卡一直没还，麻烦提醒一下。", [(P, "阎立新")], [D]),
    ("sms", "third_party", "阎立新的室友你好，他那边的事情拖了三个月了，你跟他说一声速米花在找他。", [(P, "阎立新")], [D]),
    ("sms", "third_party", "你好，打扰了，我找阎立新有点事，他电话一直没人接，你见到他让他回我电话，谢谢。", [(P, "阎立新")], []),
    ("call", "third_party", "坐席：喂你好，请问是冉光辉吗？\n第三方：不是，打错了。\n坐席：不好意思，打扰您了。", [(P, "冉光辉")], []),
    ("call", "third_party", "坐席：喂您好，请问是冉光辉吗？\n第三方：不是，我是他表哥。\n坐席：哦，那麻烦你告诉他，他的速米花逾期了，"
     "再不处理会很麻烦。", [(P, "冉光辉")], [D]),
    ("call", "third_party", "坐席：您好，请问是冉光辉吗？\n第三方：我是他表哥，有什么事？\n坐席：那麻烦您转告他方便时回个电话，"
     "就说找他有点事，谢谢。", [(P, "冉光辉")], []),
    ("sms", "third_party", "周老师您好，我是做贷后的，您班上邝子轩的爸爸借款一直没还，麻烦您跟家长说一下。",
     [(P, "邝子轩")], [D]),
    ("sms", "third_party", "李书记，您村里的廖长根在外面欠了银行的钱，麻烦村里帮忙做做工作。", [(P, "廖长根")], [D]),
    ("sms", "third_party", "李书记您好，想请您帮个忙，见到廖长根时让他给这个号码回个电话，谢谢您。", [(P, "廖长根")], []),
    ("sms", "third_party", "嫂子，国栋哥那笔钱还挂着，你劝劝他。", [(P, "国栋")], [D]),
    ("sms", "third_party", "叔叔您好，您儿子梅俊的卡我们这边一直联系不上他，他的情况您清楚吗？欠款快三万了。", [(P, "梅俊")], [D]),
    ("sms", "third_party", "您好，您是梅俊借款的共同借款人，根据合同您对这笔4.2万元的借款负有共同还款义务，请于本月25日前还款。",
     [(P, "梅俊")], []),
    ("sms", "third_party", "梅先生您好，您为梅俊在我行的信用卡分期提供了保证担保，现主债务已逾期，请您履行保证责任。",
     [(P, "梅俊")], []),
    ("call", "third_party", "坐席：您好，请问是晋鹏飞的领导吗？\n第三方：我是他主管。\n坐席：您好，我们是速米花的，"
     "他借款两个月没还了，你们单位能不能帮忙督促一下？", [(P, "晋鹏飞")], [D]),
    ("call", "third_party", "坐席：您好，请问是晋鹏飞的单位吗？\n第三方：是的，他不在。\n坐席：那麻烦您转告他给我回个电话，谢谢。",
     [(P, "晋鹏飞")], []),
    ("app", "third_party", "[企业微信] 专员：王姐，你们部门的晋鹏飞最近手头是不是很紧？他在我们这边的还款一直没动。",
     [(P, "晋鹏飞")], [D]),
    ("sms", "third_party", "房东您好，您的租客严宏亮欠款未还，我们的人下周去您那栋楼找他，提前跟您说一声。", [(P, "严宏亮")], [D]),
    ("sms", "third_party", "房东您好，打扰了，麻烦您见到严宏亮时让他给这个号码回个电话，谢谢。",
     [(P, "严宏亮")], []),
    ("app", "third_party", "[微信群] 专员：小区群里有认识5号楼那位开网约车的吗？他的欠款再不还就按流程走了。", [], [D]),
    ("app", "third_party", "[微信群] 专员：严宏亮你在群里看到的话回我私信，事情你懂的。", [(P, "严宏亮")], [D]),
    ("sms", "third_party", "您好，您是蒲春华的紧急联系人，她的手机号15692656072最近打不通，如果您见到她，请让她回个电话。",
     [(P, "蒲春华"), (MB, "15692656072")], [D, U]),
    ("sms", "third_party", "您好，您是蒲春华的紧急联系人，如果您见到她，请让她回个电话给0571-86203317。",
     [(P, "蒲春华"), (LL, "0571-86203317")], []),
    ("call", "third_party", "坐席：阿姨您好，您女儿蒲春华在我们这欠了一万二，她在杭州电子厂上夜班，每天早上七点下班，您知道吧？\n"
     "联系人：我不知道。", [(P, "蒲春华")], [D, S]),
    ("sms", "third_party", "老同学，你跟柴晓东还有联系吗？他借了我们平台的钱失联了，你有他的新号码吗？", [(P, "柴晓东")], [D]),
    ("sms", "third_party", "姐，你弟在外面欠的那个网贷，我们这边也是没办法才找到你。", [], [D]),
    ("call", "third_party", "坐席：喂您好，请问是柴晓东的爱人吗？\n联系人：是。\n坐席：他的身份证号是310115197411029284对吧？"
     "我们核实一下。", [(P, "柴晓东"), (ID, "310115197411029284")], [D, U]),
    ("call", "third_party", "坐席：喂你好，是柴晓东的爱人吗？你老公那个账，本月不处理就要上门了。\n联系人：什么账？", [(P, "柴晓东")], [D]),
    ("sms", "third_party", "您好，我是江澜银行的，您作为戚文涛信用卡的担保人，今天收到的是对您本人的保证责任提示，详询95386。",
     [(P, "戚文涛")], []),
    ("app", "third_party", "[家族群] 专员：各位长辈好，国栋的事情大家心里有数，我就不多说了，麻烦劝他接个电话。",
     [(P, "国栋")], [D]),
    ("sms", "third_party", "刘老师您好，打扰了，我想联系庞雨涵的家长，之前的号码打不通，麻烦您请家长给这个号码回个电话，谢谢。",
     [(P, "庞雨涵")], []),
    ("sms", "third_party", "刘老师，您班上庞雨涵的妈妈在我们这欠了钱，麻烦您跟她说一声。", [(P, "庞雨涵")], [D]),
]

# --- family, work and home: names, numbers, employers and addresses beside what the message needs -----------

FAMILY_AND_WORK: list[PiplEntry] = [
    ("sms", "debtor", "【速米花】闫志军，你媳妇柳芳在县医保局上班，手机18640699700，我们不想打这个电话，你自己看着办。",
     [(P, "闫志军"), (P, "柳芳"), (MB, "18640699700")], [U, X]),
    ("sms", "debtor", "【速米花】闫志军，你家住幸福里小区12栋402，离你上班的宏达汽修厂就两站路，抽空来趟门店把账结了。",
     [(P, "闫志军"), (A, "幸福里小区12栋402")], [X]),
    ("app", "debtor", "客服：你爸叫钟德顺，你妈叫钟李氏，都在老家钟楼村，你不怕他们知道？", [(P, "钟德顺"), (P, "钟李氏")], [X]),
    ("app", "debtor", "客服：你姐钟秀英在深圳南山开奶茶店，电话16658784413，要不我们先跟她聊聊？",
     [(P, "钟秀英"), (MB, "16658784413")], [U, X]),
    ("call", "debtor", "坐席：杭卫平 你在那个 通达快运 萧山转运中心上班 对吧 你们主管叫 蓝永福 我们认识\n客户：你们想干嘛",
     [(P, "杭卫平"), (P, "蓝永福")], [X]),
    ("email", "debtor", "发件人：collect@sumihua.com\n佟建国先生：\n您的借款已逾期。您的妻子郑艳（手机15986147780）、"
     "儿子佟小川均为您的紧急联系人，为免打扰家人，请于本周内还款。",
     [(EM, "collect@sumihua.com"), (P, "佟建国"), (P, "郑艳"), (MB, "15986147780"), (P, "佟小川")], [U, X]),
    ("sms", "third_party", "郑艳女士，您丈夫佟建国在速米花借款9千多逾期一个月了，他住在滨江区长河街道江一村18号，您知道吧？",
     [(P, "郑艳"), (P, "佟建国"), (A, "滨江区长河街道江一村18号")], [D]),
    ("sms", "third_party", "您好，您的同事施展在我行信用卡欠款未还，他的身份证号是130624199810241433，请转告他。",
     [(P, "施展"), (ID, "130624199810241433")], [D, U]),
    ("sms", "debtor", "【江澜银行信用卡中心】施展先生，您在宏图置业担任销售经理，月薪不低，为何长期拖欠？", [(P, "施展")], [X]),
    ("app", "debtor", "客服：施先生，您留的单位是宏图置业，我们只会在您本人同意的情况下联系单位，请放心。", [], []),
    ("sms", "third_party", "您好，我是江澜银行的，您女婿伍建明在我行透支了两万多，您家住在城西花园7栋，我们下周上门。",
     [(P, "伍建明"), (A, "城西花园7栋")], [D]),
    ("call", "third_party", "坐席：你好 你是伍建明的合伙人吧 他在我们银行的卡欠了两万多 他老婆叫 符玉梅 手机 幺三六两八四洞洞八八八 "
     "你帮我们找找\n联系人：我不管这事", [(P, "伍建明"), (P, "符玉梅"), (MB, "幺三六两八四洞洞八八八")], [D, U, X]),
    ("app", "debtor", "客服：你的前妻章莉现在住在滨湖新村6幢201，跟你儿子一起，她的号码13295215470我们也有。",
     [(P, "章莉"), (A, "滨湖新村6幢201"), (MB, "13295215470")], [U, X]),
    ("sms", "debtor", "【速米花】解女士，你婆婆家在东阳市横店镇南上湖村、你公公解有才的电话13582930605我们都已核实。",
     [(P, "解有才"), (MB, "13582930605")], [U, X]),
    ("notice", "debtor", "还款通知\n致：聂文斌先生\n您的借款已逾期。我司已查明您在远洋渔业公司跑船，您的哥哥聂文杰、"
     "嫂子袁春燕在镇上开超市，望您告知家人共同筹款。\n速米花",
     [(P, "聂文斌"), (P, "聂文杰"), (P, "袁春燕")], [X]),
    ("call", "debtor", "坐席：聂先生 你哥 聂文杰 那个超市 在 镇中街88号 我们都去过了\n客户：你们别去找我哥",
     [(P, "聂文杰"), (A, "镇中街88号")], [X]),
    ("sms", "third_party", "您好，我是速米花的，您小区3单元的邻居聂文斌欠款不还，您方便的话帮忙提醒他一下。", [(P, "聂文斌")], [D]),
    ("app", "debtor", "客服：你闺蜜姚佳的电话18180696002、你男朋友在哪个4S店上班我们都清楚，别让我们挨个打。",
     [(P, "姚佳"), (MB, "18180696002")], [U, X]),
    ("sms", "debtor", "【速米花】查实你现在在新天地广场一家火锅店后厨上班，早班六点到，我们会过去找你谈。", [], [S]),
    ("call", "debtor", "坐席：你好 我这边速米花的 你说你在工地上摔断了腿在住院 那这个月的还款我先帮你申请顺延\n客户：谢谢你",
     [], []),
    ("call", "debtor", "坐席：你腿断了在骨科住院我们知道 你住的是 中心医院骨科 十二床 我们明天去病房找你\n客户：……", [], [S]),
    ("email", "third_party", "发件人：collect@sumihua.com\n收件人：hr@yuanyang-fishery.com\n贵司员工聂文斌（身份证"
     "342601197407025367）在我司有逾期借款，请贵司协助告知其家庭住址。",
     [(EM, "collect@sumihua.com"), (EM, "hr@yuanyang-fishery.com"), (P, "聂文斌"), (ID, "342601197407025367")],
     [D, U]),
    ("sms", "debtor", "【速米花】尤先生，您儿子尤俊杰在城东小学四年级一班，班主任姓吕，电话18678240800，我们不想让孩子知道这事。",
     [(P, "尤俊杰"), (MB, "18678240800")], [S, U, X]),
    ("sms", "debtor", "【速米花】尤先生，我们不会联系您的家人和孩子学校，请您本人尽快处理逾期款项。", [], []),
    ("app", "debtor", "客服：你老公肖宇每天晚上在城南菜市场夜宵摊待到一点多，我们的人看到过好几次。",
     [(P, "肖宇")], [S, X]),
    ("app", "debtor", "客服：你现在住的是你表妹汪晓芸家吧？地址丽水路256号3楼，她在商场上班。",
     [(P, "汪晓芸"), (A, "丽水路256号3楼")], [S, X]),
    ("call", "debtor", "坐席：你丈人 严福林 家 是不是在 长兴县画溪街道严家村五组 电话 零五七二 六两幺八三三四\n客户：你们查户口啊",
     [(P, "严福林"), (A, "长兴县画溪街道严家村五组"), (LL, "零五七二 六两幺八三三四")], [X]),
    ("sms", "debtor", "【江澜银行信用卡中心】包先生，您的单位地址变更已登记为：拱墅区湖墅南路186号，如有误请致电95386。",
     [(A, "拱墅区湖墅南路186号")], []),
    ("sms", "debtor", "【江澜银行信用卡中心】包志鹏，你老婆岳红霞在农商行上班，工号我们都查得到，再不还我们就去她网点。",
     [(P, "包志鹏"), (P, "岳红霞")], [X]),
    ("notice", "third_party", "致：农商行城北支行\n贵行员工岳红霞的丈夫包志鹏在我行信用卡欠款18,642元，请贵行督促其配偶还款。\n江澜银行信用卡中心",
     [(P, "岳红霞"), (P, "包志鹏")], [D]),
    ("app", "third_party", "[业主群] 专员：岳红霞家那位，欠的卡债打算什么时候还？", [(P, "岳红霞")], [D]),
    ("sms", "debtor", "【速米花】您的借款已逾期，您的父亲卞长林（手机18146460912）和母亲王秀珍已确认会督促您还款。",
     [(P, "卞长林"), (MB, "18146460912"), (P, "王秀珍")], [U, X]),
    ("sms", "third_party", "卞长林叔叔，你儿子卞磊在速米花借的钱已经逾期两个月，他在城西物流园开叉车，你叫他回电话。",
     [(P, "卞长林"), (P, "卞磊")], [D]),
    ("call", "third_party", "坐席：喂你好 是卞磊的爸爸吗\n联系人：是我\n坐席：叔叔好 麻烦您转告卞磊 有事请他回个电话给我 谢谢您\n"
     "联系人：好的", [(P, "卞磊"), (P, "卞磊")], []),
    ("app", "debtor", "客服：您好，您的借款逾期了，您现在在哪里上班？方便留一个单位电话给我们更新资料吗？\n用户：不方便。\n"
     "客服：好的，不勉强，请您本人保持电话畅通。", [], []),
    ("sms", "debtor", "【速米花】房先生，你弟房海波欠的钱你知道吧？他登记的是你家地址：碧桂园凤凰城23栋1801。",
     [(P, "房海波"), (A, "碧桂园凤凰城23栋1801")], [X]),
    ("sms", "third_party", "您好，房海波在我平台借款逾期，登记住址为您家，碧桂园凤凰城23栋1801，请您转告。",
     [(P, "房海波"), (A, "碧桂园凤凰城23栋1801")], [D]),
    ("call", "debtor", "坐席：何女士 你老公在 老挝 打工你给他寄钱 境外汇款每月两千 我们都看得到\n客户：你们查我账户？", [], [S]),
    ("app", "debtor", "客服：您的借款已逾期，您本月社保缴费基数已上调到8,000元，公积金每月也在进账，收入稳定了就先还一点。", [], [S]),
    ("app", "debtor", "客服：你女朋友程静怀孕三个月了吧，在妇幼做的建档，孩子出生前你把钱还清。",
     [(P, "程静")], [S, X]),
    ("call", "debtor", "坐席：你好 你这个欠款 你老婆 唐丽 那边我们打过电话了 号码 幺五八三 洞三勾勾 两八六 她说不管\n客户：谁让你打的",
     [(P, "唐丽"), (MB, "幺五八三 洞三勾勾 两八六")], [U, X]),
    ("sms", "third_party", "唐丽你好，你老公唐伟的事你也别装不知道，逾期八个月，你们住在一起总得有个交代。",
     [(P, "唐丽"), (P, "唐伟")], [D]),
    ("sms", "third_party", "唐丽女士您好，打扰了，麻烦您提醒唐伟先生方便时给我们回个电话，谢谢。", [(P, "唐丽"), (P, "唐伟")], []),
    ("app", "debtor", "客服：我们查到你在河南老家的宅基地和你哥哥邵建军名下那辆车，你们兄弟俩商量一下。",
     [(P, "邵建军")], [X]),
    ("notice", "debtor", "告知函\n致：岑海峰先生\n您的借款逾期。经调查，您的妻子梁小燕现在市第一医院住院待产，"
     "您的母亲在吃降压药和胰岛素，请您统筹家庭开支优先还款。\n速米花贷后管理部",
     [(P, "岑海峰"), (P, "梁小燕")], [S, X]),
    ("notice", "debtor", "告知函\n致：岑海峰先生\n您的借款逾期。如您家庭近期有住院、生育等特殊情况，可提交证明申请延期，"
     "我司将在3个工作日内答复。\n速米花贷后管理部", [(P, "岑海峰")], []),
    ("sms", "debtor", "【速米花】宋先生，您表哥宋志远在路桥集团三公司上班，您舅舅电话15830399286，我们有的是办法找到您。",
     [(P, "宋志远"), (MB, "15830399286")], [U, X]),
    ("app", "debtor", "客服：你之前乙肝一直在吃恩替卡韦吧，药钱你都买得起，还不起我们这点？", [], [S]),
    ("app", "debtor", "客服：你在另一家银行那张卡上个月还有三千多余额，你转给谁了？", [], [S]),
    ("app", "debtor", "用户：我之前因为酒驾被拘留了十天，工作也没了\n客服：理解，我帮您申请三个月的停息挂账，您先把工作找好。",
     [], []),
    ("sms", "debtor", "【速米花】酒驾拘留出来了吧？出来就该把钱还了，别让我们再去派出所打听。", [], [S]),
]

# --- more voices: collectors' own phrasing of names, numbers and whereabouts --------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【速米花】贺志明，你老婆叫于晓丹，在人民路小学教语文，号码13844954240，别逼我们去学校。",
     [(P, "贺志明"), (P, "于晓丹"), (MB, "13844954240")], [U, X]),
    ("sms", "third_party", "于老师您好，您爱人贺志明在速米花的借款逾期了，请您提醒他。", [(P, "贺志明")], [D]),
    ("call", "third_party", "坐席：喂 是贺志明的大舅哥吧 你妹夫欠我们平台八千多 你们家里人管不管\n联系人：我不知道啊",
     [(P, "贺志明")], [D]),
    ("app", "third_party", "[微信] 专员：姚姐你好，你弟弟姚斌的卡号6228488810443259是我们这边的还款卡，你帮他存两千进去就行。",
     [(P, "姚斌"), (BC, "6228488810443259")], [D, U]),
    ("app", "debtor", "[微信] 专员：姚斌，你姐姚红在新世纪商场卖化妆品，我们找她聊过了，她说你从小就这样。",
     [(P, "姚斌"), (P, "姚红")], [X]),
    ("sms", "debtor", "【江澜银行信用卡中心】邢先生，您的母亲邢桂香（身份证130102196509155924）为您的附属卡持卡人，请一并处理欠款。",
     [(P, "邢桂香"), (ID, "130102196509155924")], [U, X]),
    ("sms", "third_party", "邢桂香阿姨您好，您儿子邢飞的信用卡已经欠了半年，他人在哪您知道吗？", [(P, "邢桂香"), (P, "邢飞")], [D]),
    ("call", "debtor", "坐席：邢飞 你女儿 邢可欣 是不是在 阳光幼儿园 中一班 你再这样下去孩子都要受影响\n客户：别扯孩子",
     [(P, "邢飞"), (P, "邢可欣")], [S, X]),
    ("app", "debtor", "客服：你跟你舍友庞涛住在学府路宿舍楼B座312，他的手机18060706014我们也有。",
     [(P, "庞涛"), (A, "学府路宿舍楼B座312"), (MB, "18060706014")], [U, X]),
    ("sms", "third_party", "庞涛你好，你室友甄浩在我们平台欠款不还，麻烦你转告他，别让我们去宿舍找。", [(P, "庞涛"), (P, "甄浩")], [D]),
    ("sms", "third_party", "同学你好，你的室友甄浩电话一直打不通，方便的话请他回个电话，谢谢。", [(P, "甄浩")], []),
    ("email", "third_party", "发件人：collect@sumihua.com\n收件人：jiaowu@xfzy-college.edu.cn\n贵校学生甄浩（学号20230417）在我司"
     "借款逾期，其手机18116394601已停机，请辅导员协助联系。",
     [(EM, "collect@sumihua.com"), (EM, "jiaowu@xfzy-college.edu.cn"), (P, "甄浩"), (MB, "18116394601")], [D, U]),
    ("notice", "debtor", "催告函\n致：计春生先生\n您的借款已逾期。您现在在宁波北仑港做集装箱司机，妻子滕梅在家带二胎，"
     "大儿子计浩然读初三。\n速米花", [(P, "计春生"), (P, "滕梅"), (P, "计浩然")], [S, X]),
    ("sms", "debtor", "【速米花】计春生，你每天早上五点从北仑港出车，跑宁波到上海那条线，我们跟着呢。", [(P, "计春生")], [S]),
    ("call", "third_party", "坐席：喂你好 是那个 滕梅 吗 你老公 计春生 在我们这边 欠款 一万三 他身份证是 "
     "三三零一零六 一九九六 零四一二 五五九四 你认识吧\n联系人：他是我老公",
     [(P, "滕梅"), (P, "计春生"), (ID, "三三零一零六 一九九六 零四一二 五五九四")], [D, U]),
    ("sms", "debtor", "【速米花】童女士，你在金海岸KTV做领班的事我们知道了，你的同事（手机14791405217）说你收入不错。",
     [(MB, "14791405217")], [U, X]),
    ("app", "third_party", "[微信群] 专员：各位老板好，市场里卖水果的童家大姐欠了我们一笔，谁见着她叫她回个话。", [], [D]),
    ("sms", "third_party", "您好，我是催收公司的，您的租客（4楼402）欠了我们客户的钱，请您配合提供他的新住址。", [], [D]),
    ("sms", "debtor", "【速米花】鲁伟，你表弟鲁小峰、表妹鲁丹丹的电话17725853481、13305134861我们都存了。",
     [(P, "鲁伟"), (P, "鲁小峰"), (P, "鲁丹丹"), (MB, "17725853481"), (MB, "13305134861")], [U, X]),
    ("call", "debtor", "坐席：鲁伟 你那个 快递站 工号 都在我们这 你们站长 电话 幺三幺两拐 幺四六 幺八两 我打过去你就难看了\n客户：别",
     [(P, "鲁伟"), (MB, "幺三幺两拐 幺四六 幺八两")], [U, X]),
    ("app", "debtor", "客服：鲁先生，您的身份证正反面照片我们已调取，住址一栏是鲁家湾村二组42号，和您现居地不一致，请更新。",
     [(A, "鲁家湾村二组42号")], []),
    ("sms", "third_party", "乔经理您好，贵店员工乔丽娜在我行欠款未还，月底前她的工资能否先扣一部分给我们？", [(P, "乔丽娜")], [D]),
    ("email", "third_party", "发件人：service@jianglanbank.com.cn\n收件人：admin@hongchang-trade.com\n贵公司员工乔丽娜"
     "（手机16644593222，家住新港路9号）信用卡欠款逾期，请协助转告。",
     [(EM, "service@jianglanbank.com.cn"), (EM, "admin@hongchang-trade.com"), (P, "乔丽娜"), (MB, "16644593222"),
      (A, "新港路9号")], [D, U, X]),
    ("sms", "debtor", "【速米花】严先生，您父亲在县城摆摊卖鞋，您舅舅的号码13073099494我们都联系过，他们都说让您自己处理。",
     [(MB, "13073099494")], [U, X]),
    ("app", "debtor", "客服：你的身份证号１３０６２４１９７７０６２２９３０４我念给你听，你还说不是你借的？",
     [(ID, "１３０６２４１９７７０６２２９３０４")], [U]),
    ("sms", "debtor", "【江澜银行信用卡中心】您的信用卡６２５９ ６５５７ ２１３８ ９９３０ ４５９已冻结，请尽快还款。",
     [(BC, "６２５９ ６５５７ ２１３８ ９９３０ ４５９")], [U]),
    ("call", "debtor", "坐席：你这个卡 四三六七 四二三六 零七六七 五八零五 幺二幺 现在透支四万多 你工资卡上个月进了一万二都去哪了\n客户：……",
     [(BC, "四三六七 四二三六 零七六七 五八零五 幺二幺")], [S, U]),
    ("sms", "debtor", "【速米花】韩磊，你的手机号15758672714和你老婆的号码15896496410都是同一个营业厅办的吧？",
     [(P, "韩磊"), (MB, "15758672714"), (MB, "15896496410")], [U, X]),
    ("sms", "third_party", "韩磊老婆你好，你老公的逾期再不处理，我们只能按合同走了，你看着办。", [(P, "韩磊")], [D]),
    ("app", "debtor", "客服：你的护照G32085716在出入境那边有记录，你上个月去了三次香港。", [(PP, "G32085716")], [S, U]),
    ("notice", "third_party", "致：新港社区居委会\n贵社区居民韩磊（新港路15号2单元301）在我平台借款1.8万元逾期，"
     "请居委会协助督促。\n速米花贷后管理部", [(P, "韩磊"), (A, "新港路15号2单元301")], [D]),
    ("email", "unknown", "发件人：ops@qianrun-collect.cn\n主题：外访报告\n客户韩磊，住新港路15号2单元301，在东站货运部上班，"
     "其妻周敏在超市做收银，岳父家在韩家庄。", [(EM, "ops@qianrun-collect.cn"), (P, "韩磊"), (A, "新港路15号2单元301"),
                                         (P, "周敏")], [X]),
    ("sms", "debtor", "【速米花】郎女士，您的户口本上的几个人：丈夫郎建、儿子郎子豪、公婆郎国富和吴秀兰，我们都有记录。",
     [(P, "郎建"), (P, "郎子豪"), (P, "郎国富"), (P, "吴秀兰")], [X]),
    ("sms", "third_party", "郎国富大爷，您儿媳妇在我们这借的钱到期三个月了，您家里人商量一下。", [(P, "郎国富")], [D]),
    ("sms", "debtor", "【速米花】祁先生，你前女友蔡雯雯现在在城东医院药房上班，我们不介意去问问她你在哪。", [(P, "蔡雯雯")], [X]),
    ("app", "debtor", "客服：你合伙人龚建华的电话18340809625，你们那个五金店开在和平路102号，我们找他也一样。",
     [(P, "龚建华"), (MB, "18340809625"), (A, "和平路102号")], [U, X]),
    ("notice", "debtor", "催收函\n致：严海龙先生\n本中心联系电话：\n0571-8620\n3317\n您的岳母沈月娥、小舅子沈伟目前住在您家，"
     "望您为家人着想按时还款。\n江澜银行信用卡中心",
     [(P, "严海龙"), (LL, "0571-8620\n3317"), (P, "沈月娥"), (P, "沈伟")], [X]),
    ("call", "debtor", "坐席：你那个徒弟 小周 叫 周凯 是吧 手机 幺八洞幺五五五八两拐拐 我们也打过了\n客户：你们打他干嘛",
     [(P, "周凯"), (MB, "幺八洞幺五五五八两拐拐")], [U, X]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "AD-SMS-TEMPLATES": SMS_TEMPLATES,
    "AD-ROBOT-SCRIPTS": ROBOT_SCRIPTS,
    "AD-ASR-CALLS": ASR_CALLS,
    "AD-CHATS": CHATS,
    "AD-QA-RECORDS": QA_RECORDS,
    "AD-LETTERS": LETTERS,
    "AD-EMAIL-AND-REPLIES": EMAIL_AND_REPLIES,
    "AD-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "AD-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "AD-DECOYS": DECOYS,
    "AD-THIRD-PARTIES": THIRD_PARTIES,
    "AD-FAMILY-AND-WORK": FAMILY_AND_WORK,
    "AD-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
