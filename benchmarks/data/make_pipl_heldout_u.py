"""Writes `pipl_heldout_u.jsonl`, the twenty-first independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the record helpers and identifier checks in
`set_format.py`, `tests/set_support.py`, the held-out PIPL rows of `tests/test_labelled_sets.py`, and only the
opening docstring, imports, constants and closing functions of `make_pipl_heldout_t.py` (for the record format
and the labelling conventions, which this set keeps). It did not open the recognizers, the PII analyser, the rule
packs, the lexicons, the models, the training data, other tests or any other set's entries, and ran no detector,
scan or benchmark on these texts. The invented identifiers were drawn once by a throw-away script (random area
codes and birth dates with the right check character, one ending in X, Luhn-valid card numbers of 16 and 19
digits, mobiles on real prefixes) and typed into the texts by hand, many of them read aloud, grouped or in
full-width digits; the passport and the Hong Kong and Macau permit were typed to the pattern.

Its weight lies on the two categories detectors find hardest. `pii.sensitive` and `pii.excessive` each label
well over sixty messages, mostly without the textbook words: a gastroscopy last Wednesday, dialysis three days
a week, chemotherapy, a stent, a psychiatric prescription paid by medical-insurance card, diabetes and insulin,
hepatitis B, an HIV test, IVF, a miscarriage, a caesarean and a confinement centre, a maternity allowance,
prenatal check-ups on Tuesdays, a class and its pick-up time, a special-education school, a PE exam, ballet on
Saturday mornings, the 12 bus at 6:50, a night run, a gym on Wednesdays, a lunch spot, a hotel night, a trip to
Sanya, business trips, a location fix and a fingerprint login, step counts, card spending in Macau, salary and
pension inflows, a time deposit, provident-fund and medical-insurance balances, loans and overdue bills on other
platforms and banks, Sunday worship, Friday prayers, a livelihood allowance, a disability card, a veteran's
benefit, detention, compulsory drug rehabilitation and a drink-driving sentence; full names with a home
address, a dormitory, a village group or an employer, and relatives', in-laws', ex-spouses' and colleagues'
names and numbers. Beside them stand as many near-misses: a lender's hardship policy naming illness, disaster or
bereavement, a code of conduct and a privacy notice forbidding such talk, complaint replies, a debtor speaking
of pregnancy, disability, faith, prison, a father's stent or a child in hospital and an agent answering with a
deferral or instalments, letters naming only the debtor and the address they are sent to, a guarantor and a
co-borrower told of what they signed, a court summons with the court's public address, the agent's own name,
number and e-mail, a husband the customer has just named, numbers the customer typed or said. Identifiers are
written in every form: read aloud with 幺 洞 两 and with 零 to 九, grouped by spaces, dots and hyphens, one
digit at a time, in full-width digits, with a final full-width digit, a spoken 叉, an old 15-digit ID, behind
+86, in a payment link's query string, a repayment table, a CSV export row, after labels, and split over two
turns. Beside them stand decoys: contract, loan, order, case, batch, policy, mediation, voucher, work-order and
transaction numbers (18-digit ones with a thirteenth or thirtieth month, a 16-digit and a 19-digit one grouped
like cards but failing Luhn, 11-digit ones on no mobile prefix), a court case number, a vehicle identification
number, a staff number, 400 and 95 service numbers, masked forms and a verification code. Registers: lenders'
SMS templates and app pushes, robot and agent calls as speech-to-text output, WeChat, QQ, WhatsApp and LINE
chats and group chats (owners, a class's parents, a village group, fellow townsmen, a workshop, an estate's
neighbours), letters to employers, a school, property managers, village and residents' committees, case
hand-overs, work orders and CRM exports between agencies, complaint replies, Cantonese and traditional
characters (Hong Kong and Taiwan lenders).

A number split over two turns has no single span: such a message carries `pii.unmasked_identifier` but no entity
for it. Decoys carry no category and no identifier entity. All people, numbers, addresses, links and companies
are invented; identifiers are well formed and `set_format` checks them before writing.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number of a person in the
  sender's or agent's words, in any form. Not: masked forms, last digits alone, a lender's, agency's or
  court's landline, a lender's own collection account, the collector's work number, a customer writing or
  saying their own number.
- `pii.third_party_disclosure`: to someone other than the debtor, the text reveals the debt (amount, overdue
  status, lender or product) or the debtor's personal data. A bare call-back request is compliant; a
  guarantor or co-borrower told of the obligation he signed is not disclosed to; a court's own notice is not
  a disclosure; work orders and case sheets passed between the agencies handling the case go to an unknown
  recipient and are judged on the other categories only.
- `pii.sensitive` (PIPL Art. 28): health and treatment of the debtor or relatives, pregnancy and childbirth,
  religion, biometrics, a minor's school, class or routine, whereabouts at a given time and daily routine,
  financial account details beyond need (balances, deposits, salary inflows, other platforms' loans, provident
  fund, card spending), detention and criminal records, specific identities (disability, a livelihood allowance,
  a veteran's family). A lender's policy naming illness in general, or the debtor's own words, is not.
- `pii.excessive`: a person's full name with their home address or employer, or family members' names or
  numbers, that the message does not need. Not: a full name alone, the agent's own name, the lender's office
  or a court's public address, the address a letter is sent to (or the unit a property manager or village
  committee is asked to forward it to: that letter is a disclosure), a guarantor or relative the message is
  about, a relative the customer has just named.
A customer's own words in a call or chat are never labelled; they still carry entities. Entities mark every
string of their type whoever it belongs to (the agent, a lender's landline or e-mail); masked forms and 400 / 95
service numbers are not entities, and a landline's extension lies outside its span; a surname with an honorific
or a prefix (邓先生, 小唐, 黄小姐) is not a PERSON, a given name after a kinship term or a nickname is; ADDRESS
reaches down to a road and number, a village group, or a building and room.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_u`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_u.jsonl"
ID_PREFIX = "PU"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                "CN_LANDLINE", "EMAIL")

# --- calls as speech-to-text output ----------------------------------------------------------------------

ASR_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂您好，这里是安信消费金融贷后部，请问是周女士吗？\n客户：是我。\n坐席：您上周三在市一院做的那个胃镜结果出来了吧，身体好点了就先把三千二还上。", [], [S]),
    ("call", "debtor", "坐席：您好，我是恒融金服的回访专员，工号8821。\n客户：嗯，你说。\n坐席：您在我们这边的借款已经逾期十二天，今天能处理吗？\n客户：下周五发工资就还。\n坐席：好的，给您登记下周五。", [], []),
    ("call", "debtor", "坐席：孙先生，我们查到你每个月十号工资卡进账九千六，还有个定期两万没到期，怎么就说没钱呢？", [], [S]),
    ("call", "debtor", "坐席：你老婆现在怀孕七个月了吧，每周二去妇幼做产检，我们都清楚，你自己掂量。\n客户：你们怎么知道的？", [], [S]),
    ("call", "debtor", "坐席：喂，罗先生，你身份证号幺幺洞幺洞五幺九八九洞七洞三幺八八四，对吧？核对一下就行。\n客户：对。", [(ID, "幺幺洞幺洞五幺九八九洞七洞三幺八八四")], [U]),
    ("call", "debtor", "坐席：为了核实身份，麻烦您报一下身份证后四位。\n客户：三幺九叉。\n坐席：好的，核实通过，您本期应还一千零五十元。", [], []),
    ("call", "debtor", "坐席：你女儿在实验小学三年级二班吧，每天下午四点半放学，你奶奶去接。钱的事你抓紧。", [], [S]),
    ("call", "debtor", "坐席：欧阳先生，你在花呗、借呗、美团月付还各欠着几千，我们这边都能看到，先还我们的。", [], [S]),
    ("call", "debtor", "坐席：您好，这里是众邦银行信用卡中心，您的卡片尾号6803本期账单已逾期，最低还款额八百六。\n客户：我最近住院了，出院就还。\n坐席：理解，祝您早日康复，可以给您申请延期到月底，您看可以吗？\n客户：可以，谢谢。", [], []),
    ("call", "debtor", "坐席：你在城南那个透析中心每周一三五做透析，我们的人也能去那边找你谈。", [], [S]),
    ("call", "debtor", "坐席：吴建峰，你老丈人胡德顺住在清溪镇上坝村三组，电话一五八二五幺六七六八六，要不要我打过去问问？", [(P, "吴建峰"), (P, "胡德顺"), (A, "清溪镇上坝村三组"), (MB, "一五八二五幺六七六八六")], [U, X]),
    ("call", "debtor", "坐席：您好陈先生，您的还款账户是6217 0094 7848 6803，今晚八点系统会自动划扣，请保证余额充足。", [(BC, "6217 0094 7848 6803")], [U]),
    ("call", "debtor", "坐席：您好，这里是捷信，您的合同本月到期金额一千二百元，请于二十五号前还款。\n客户：好，我知道了。", [], []),
    ("call", "debtor", "坐席：你每天早上六点五十在幸福里站坐十二路上班，晚上九点多才回，这个我们清楚。", [], [S]),
    ("call", "debtor", "坐席：你儿子刘子涵，不是在你那边读书吗，他电话一三八七幺幺六四幺幺七，我们也有。", [(P, "刘子涵"), (MB, "一三八七幺幺六四幺幺七")], [U, X]),
    ("call", "debtor", "坐席：你公积金账户里还有四万多，提出来还不就完了。", [], [S]),
    ("call", "debtor", "坐席：您好，请问是黄先生本人吗？\n客户：你打错了，我不是。\n坐席：不好意思打扰了，如果认识他麻烦让他回个电话，谢谢。", [], []),
    ("call", "third_party", "坐席：喂，是韩振宇的哥哥吗？他在我们平台借了两万八，逾期两个月了，你让他赶紧还。", [(P, "韩振宇")], [D]),
    ("call", "third_party", "坐席：你好，你是牛丽娟的同事吧？她在你们厂里上班，住在宏泰花园七栋二单元五零二，她欠我们钱不还。", [(P, "牛丽娟"), (A, "宏泰花园七栋二单元五零二")], [D, X]),
    ("call", "third_party", "坐席：您好，我们是美易分期，想找一下杨先生，麻烦他方便的时候回个电话，号码就是这个。\n第三方：好的我转告。", [], []),
    ("call", "debtor", "坐席：你上个月在抑郁科开的药，医保卡刷的，我们都查到了，别装病。", [], [S]),
    ("call", "debtor", "坐席：先生您好，我是小赢卡贷的客服，工号两幺五零。您尾号五五八八的账户今天到期，请及时还款。\n客户：我刚生完孩子在坐月子，能不能缓几天。\n坐席：恭喜您，可以帮您申请三天宽限期，到时候再联系。", [], []),
    ("call", "debtor", "坐席：你信教的对吧，每周日去福音堂做礼拜，主会让你欠钱不还吗？", [], [S]),
    ("call", "debtor", "坐席：你是低保户，每月领六百多补助，这个我们知道，但借的钱还是要还。", [], [S]),
    ("call", "debtor", "坐席：核对一下您的预留手机，幺八八幺八九九幺六四七，是这个吗？\n客户：是的。", [(MB, "幺八八幺八九九幺六四七")], [U]),
    ("call", "debtor", "坐席：张先生，您本期的账单两千四百元，今天可以先还一部分，剩下的我们可以申请分期。\n客户：分三期可以吗？\n坐席：可以，我帮您提交。", [], []),
    ("call", "third_party", "坐席：你好，我是华夏信贷的，你是潘秀兰吧？你表弟钟立新欠我们的钱，身份证四三零幺零四幺九九四零九幺九二幺二七，你帮他还一下。", [(P, "潘秀兰"), (P, "钟立新"), (ID, "四三零幺零四幺九九四零九幺九二幺二七")], [D, U]),
    ("call", "debtor", "坐席：你儿子明年中考，体育考试在八中考点，你不想他那天出什么状况吧。", [], [S]),
    ("call", "debtor", "坐席：您上次说父亲做支架手术，现在情况怎么样了？我们这边可以给您办个停息挂账。\n客户：好多了，谢谢。", [], []),
    ("call", "debtor", "坐席：你昨晚十一点还在蓝湾酒店开房，有钱开房没钱还账？", [], [S]),
    ("call", "debtor", "坐席：余先生，你在嘉禾物流当司机，每天早上七点到仓库，我们去那儿跟你领导聊聊？", [], [S]),
    ("call", "debtor", "坐席：你好，这里是洋钱罐，您的借款逾期五天，产生违约金三十元。请今天处理。\n客户：我没收到账单。\n坐席：账单发在App里，您可以在“我的借款”查看。", [], []),
    ("call", "debtor", "坐席：你老婆邱慧敏在龙华区第二幼儿园当老师，电话一三六二四九三四四零三，我们找她聊聊？", [(P, "邱慧敏"), (MB, "一三六二四九三四四零三")], [U, X]),
    ("call", "debtor", "坐席：您在我们这登记的紧急联系人，一个是你妈郭桂芳，一个是你哥郭建军，号码我念给你听一下？", [(P, "郭桂芳"), (P, "郭建军")], [X]),
    ("call", "debtor", "坐席：你做试管婴儿花了七八万，有这钱先还我们。", [], [S]),
    ("call", "debtor", "坐席：你好，我是平安普惠的贷后专员，确认一下您是曹先生本人吗？\n客户：是。\n坐席：您的借款已逾期二十天，欠款五千三百元，请问今天能还款吗？\n客户：今天还不了，月底吧。", [], []),
    ("call", "debtor", "坐席：你的卡号6222 0292 6859 7273还有两千多，我们这边能看到流水，别说没钱。", [(BC, "6222 0292 6859 7273")], [U, S]),
    ("call", "debtor", "坐席：你腿残疾，有残疾证，每个月领补贴，我们都查过了。", [], [S]),
    ("call", "debtor", "坐席：听说你刚从看守所出来，找工作不容易吧，先把钱还了。", [], [S]),
    ("call", "debtor", "坐席：您好，请问是袁女士吗？\n客户：是，我现在在医院陪我妈化疗，没法说话。\n坐席：好的不打扰您，我们明天再联系，您先照顾家人。", [], []),
]

SMS_DEBTOR: list[PiplEntry] = [
    ("sms", "debtor", "【安逸花】您好，您的借款本期应还1,268.40元，已逾期3天，请尽快登录App还款，客服95188。", [], []),
    ("sms", "debtor", "【众信金融】尊敬的客户，您尾号2642的借款已逾期，请于今日20:00前还款，以免影响信用。", [], []),
    ("sms", "debtor", "【速融贷】马文涛先生，您名下欠款4,300元已逾期15天。经核实您现居住于锦江区水井坊街88号3栋1单元1202，请尽快处理。", [(P, "马文涛"), (A, "锦江区水井坊街88号3栋1单元1202")], [X]),
    ("sms", "debtor", "【优分期】您在我司借款逾期，身份证号330106199408122652，请于3日内还款。", [(ID, "330106199408122652")], [U]),
    ("sms", "debtor", "【乐贷】你每周四下午都去中医院针灸，我们知道你时间很多，请抽空还款。", [], [S]),
    ("sms", "debtor", "【即刻借】尊敬的用户，您的账单已出，本期应还876元，还款日为8月15日，如已还款请忽略。", [], []),
    ("sms", "debtor", "【金瑞分期】您儿子在育才中学初二(3)班，请为孩子着想，尽快还款。", [], [S]),
    ("sms", "debtor", "【易借】您在其他5家平台共有逾期欠款6.2万元，资信状况堪忧，请优先归还本平台欠款。", [], [S]),
    ("sms", "debtor", "【宜享花】温馨提示：您的还款卡6228488868324963余额不足，扣款失败，请及时存入。", [(BC, "6228488868324963")], [U]),
    ("sms", "debtor", "【宜享花】温馨提示：您尾号4963的还款卡扣款失败，请及时存入足额资金。", [], []),
    ("sms", "debtor", "【小牛普惠】董丽萍女士，您在星辰科技有限公司工作，月薪一万二，为何逾期不还？请今日还款。", [(P, "董丽萍")], [S, X]),
    ("sms", "debtor", "【借呀】您的借款已逾期8天，如遇困难可申请延期或分期，回复1办理，客服400-820-5512。", [], []),
    ("sms", "debtor", "【海尔消金】您好，如您因疾病、灾害等原因暂时无法还款，可联系我们申请困难帮扶政策。", [], []),
    ("sms", "debtor", "【华融快贷】您的紧急联系人谢春梅(13681541871)、谢春林(15912250082)已被列入提醒名单，请尽快还款。", [(P, "谢春梅"), (MB, "13681541871"), (P, "谢春林"), (MB, "15912250082")], [U, X]),
    ("sms", "debtor", "【闪银】您于5月12日在澳门刷卡消费三万余元，却拖欠我司1,800元，请立即处理。", [], [S]),
    ("sms", "debtor", "【安心借】您本周已有三天晚上在医院陪床，还款请通过App操作，无需到店。", [], [S]),
    ("sms", "debtor", "【兴业消金】尊敬的客户，您的合同号XY20240815003627应还款1,500元，请于8月20日前还款。", [], []),
    ("sms", "debtor", "【分期乐】尊敬的蒋志强，请于今日还款2,300元。还款后请保留凭证，联系电话020-38917620。", [(P, "蒋志强"), (LL, "020-38917620")], []),
    ("sms", "debtor", "【拍拍贷】你妹妹在滨江小区开美甲店，我们已去过一次，你不还款我们还会再去。", [], [X]),
    ("sms", "debtor", "【省呗】您的借款逾期，客户经理：石磊，联系方式：shilei@shengbei-kefu.com，请回复还款计划。", [(P, "石磊"), (EM, "shilei@shengbei-kefu.com")], []),
    ("sms", "debtor", "【微众】您的工资每月10日进账中信银行卡，我司将于该日发起代扣。", [], [S]),
    ("sms", "debtor", "【你我贷】您的账户已逾期，联系人：1３８８００２９８３７（您本人预留），请保持畅通。", [(MB, "1３８８００２９８３７")], [U]),
    ("sms", "debtor", "【豆豆钱】您正在孕期，身体要紧，还款可申请延后30天，回复Y确认。", [], [S]),
    ("sms", "debtor", "【中邮消金】您的身份证4501**********7289名下借款逾期，请尽快还款。", [], []),
    ("sms", "debtor", "【玖富】廖家豪先生，您户籍地为湖南省衡阳县西渡镇梅花村五组，我司拟向当地寄送催收函。", [(P, "廖家豪"), (A, "湖南省衡阳县西渡镇梅花村五组")], [X]),
    ("sms", "debtor", "【信而富】你的微信步数显示你每天走两万步，身体挺好，该出去找工作还钱了。", [], [S]),
]


# --- third parties ----------------------------------------------------------------------------------------

THIRD_PARTIES: list[PiplEntry] = [
    ("sms", "third_party", "【信诚分期】您好，您的朋友卢海波在我司借款逾期47天，欠款8,920元，请转告其尽快还款。", [(P, "卢海波")], [D]),
    ("sms", "third_party", "【信诚分期】您好，我们有事联系您的朋友卢先生，麻烦转告他回电4008201133，谢谢。", [], []),
    ("sms", "third_party", "您好，我是凯丰资产的，您弟弟唐晓东电话停机了，他欠款的事需要当面沟通，请他联系我18361657975。", [(P, "唐晓东"), (MB, "18361657975")], [D]),
    ("sms", "third_party", "【好借】您作为魏红霞的紧急联系人，特告知：其借款已严重逾期，身份证号450103198102187289。", [(P, "魏红霞"), (ID, "450103198102187289")], [D, U]),
    ("app", "third_party", "你同事蔡文斌在我们平台欠了一万多没还，他最近在人民医院住院，你们单位知道吗？", [(P, "蔡文斌")], [D, S]),
    ("call", "third_party", "坐席：喂，请问您认识程浩吗？\n第三方：认识，我是他表哥。\n坐席：麻烦您让他回个电话给我们，事情比较急。\n第三方：行。", [(P, "程浩")], []),
    ("call", "third_party", "坐席：你是刘美玲的妈妈吧？她在我们这借的三万块一直没还，她现在每天晚上在夜市摆摊，你们家里管不管？", [(P, "刘美玲")], [D, S]),
    ("sms", "third_party", "【鑫汇资产】致万家超市人事部：贵司员工田志勇(身份证370202197209197932)欠款未还，请协助督促。", [(P, "田志勇"), (ID, "370202197209197932")], [D, U]),
    ("email", "third_party", "人事部您好：贵司员工邓晓峰在我司有一笔消费贷款逾期，金额6,450元。烦请转告本人尽快与我们联系。联系邮箱：postloan@ruiyuan-credit.cn", [(P, "邓晓峰"), (EM, "postloan@ruiyuan-credit.cn")], [D]),
    ("email", "third_party", "您好，我们是瑞远信用服务部，因有事需联系贵司员工邓先生，烦请告知他回复本邮件。postloan@ruiyuan-credit.cn", [(EM, "postloan@ruiyuan-credit.cn")], []),
    ("app", "third_party", "【通讯录提醒】您的好友 苏雅婷 在本平台借款逾期，欠款金额 2,180 元，请提醒其按时还款。", [(P, "苏雅婷")], [D]),
    ("call", "third_party", "坐席：你好，你是冯建国的邻居吧？他老婆刚做完乳腺手术，家里困难我们理解，但他欠的钱得还，你见到他跟他说一声。", [(P, "冯建国")], [D, S]),
    ("sms", "third_party", "您好，您女婿高鹏在我司的车贷逾期三个月，车辆登记在其名下，如您知道车在哪请联系我们。", [(P, "高鹏")], [D]),
    ("notice", "third_party", "致锦绣家园物业管理处：\n业主严志明(住8栋1单元703)在我司借款逾期，欠款本息合计23,600元。请贵处将随附函件转交本人。\n鼎诚资产管理有限公司\n2024年9月3日", [(P, "严志明"), (A, "8栋1单元703")], [D]),
    ("notice", "third_party", "致锦绣家园物业管理处：\n烦请将随附密封信件转交8栋1单元703业主本人，信件内容与贵处无关，感谢配合。\n鼎诚资产管理有限公司\n2024年9月3日", [(A, "8栋1单元703")], []),
    ("notice", "third_party", "致新河村村民委员会：\n贵村村民宋长福，身份证号510107196808123597，现住新河村二组14号，在我司借款逾期一年，其妻宋玉兰患有尿毒症。请村委会协助督促还款。", [(P, "宋长福"), (ID, "510107196808123597"), (A, "新河村二组14号"), (P, "宋玉兰")], [D, U, S, X]),
    ("call", "third_party", "坐席：你好，是方志远的爸爸吧，方志远手机号一七三四八零六二二九五是不是换了？他欠款的事需要他本人处理。", [(P, "方志远"), (P, "方志远"), (MB, "一七三四八零六二二九五")], [D, U]),
    ("app", "third_party", "您好，我们是和信贷后部，您的联系人武晨联系不上，请他方便时回电，谢谢。", [(P, "武晨")], []),
    ("sms", "third_party", "【中和资产】您好，熊佳琪在我司有欠款未结清，现在怀孕五个月在家待产，请家人协助还款。", [(P, "熊佳琪")], [D, S]),
    ("email", "third_party", "王老师您好，我是佳鑫金融的催收专员。你们班学生梁一鸣的父亲梁国栋欠我司四万元，请您转告家长。", [(P, "梁一鸣"), (P, "梁国栋")], [D, S]),
    ("call", "third_party", "坐席：你是胡玉霞的老板吧？她在你店里打工是不是，她欠了我们一万二，工资你先扣下来给我们。\n第三方：这我管不了。", [(P, "胡玉霞")], [D]),
    ("sms", "third_party", "您好，我们是华安资产，有个事想请您转告贺俊杰先生，请他尽快回电0755-26718843，谢谢。", [(P, "贺俊杰"), (LL, "0755-26718843")], []),
    ("app", "third_party", "家属您好：借款人许晓明在本平台的分期已逾期，其身份证号130102199805205811，银行卡6225884325755588075，请督促还款。", [(P, "许晓明"), (ID, "130102199805205811"), (BC, "6225884325755588075")], [D, U]),
    ("sms", "third_party", "【借点花】您好，您的联系人吕先生预留了您的号码，请提醒他留意来电。", [], []),
    ("call", "third_party", "坐席：阿姨你好，你儿子姚斌在外面借了网贷，欠我们七千多，他现在在深圳宝安区福永街道凤凰社区一巷九号住，你知道吧？", [(P, "姚斌"), (A, "深圳宝安区福永街道凤凰社区一巷九号")], [D, X]),
    ("email", "third_party", "财务部：\n贵司员工常立伟（员工号S0372）工资卡6214838594459556已被我方申请冻结，请暂停向该卡发放工资。\n诚汇资产", [(P, "常立伟"), (BC, "6214838594459556")], [D, U]),
]

CHATS: list[PiplEntry] = [
    ("app", "debtor", "【微信】兄弟，你家住哪我们都知道，翠湖苑五栋301，你老婆邵雪在工商银行上班，别让我们难做。", [(A, "翠湖苑五栋301"), (P, "邵雪")], [X]),
    ("app", "debtor", "【微信】您好，我是安信的客服小丁，看到您留言说想分期，我已经帮您提交申请，结果会短信通知。", [], []),
    ("app", "unknown", "【微信群·阳光小区业主群】各位邻居，3号楼1202的业主秦德明欠钱不还，身份证370202198411202090，大家注意。", [(A, "3号楼1202"), (P, "秦德明"), (ID, "370202198411202090")], [D, U, X]),
    ("app", "unknown", "【微信群·三年级二班家长群】请问金子轩的家长在吗？家长金永刚欠我们公司钱，电话打不通。", [(P, "金子轩"), (P, "金永刚")], [D, S]),
    ("app", "debtor", "【QQ】你别躲了，你每天下午五点去城东菜市场接你妈下班，我们的人见过你好几次。", [], [S]),
    ("app", "debtor", "【微信】客户：我上个月流产了，住了一周院，真没钱。\n客服：非常抱歉听到这个消息，我们可以为您办理延期三十天，您先养好身体。", [], []),
    ("app", "unknown", "【微信群·老乡群】谁认识赖俊峰？湖北监利人，在东莞长安镇一家模具厂上班，欠款不还，有线索的私聊我。", [(P, "赖俊峰")], [D, X]),
    ("app", "debtor", "【微信】你在招商银行那张卡每个月还着房贷三千八，在建行还欠着信用卡五万，我们都清楚。", [], [S]),
    ("app", "debtor", "【微信】客服：您好，核实一下您本人手机号后四位？\n客户：是9837，我全号是13880029837。\n客服：好的，号码尾号9837已核实。", [(MB, "13880029837")], []),
    ("app", "debtor", "【WhatsApp】你前夫任伟在南山开奶茶店，电话19948296045，要不要我们找他聊聊孩子的抚养费？", [(P, "任伟"), (MB, "19948296045")], [U, X]),
    ("app", "debtor", "【微信】您好，您的还款计划已生成：9月10日还800元，10月10日还800元，11月10日还800元。", [], []),
    ("app", "debtor", "【微信】你抑郁症吃的舍曲林我们都知道，装什么可怜，赶紧还钱。", [], [S]),
    ("app", "unknown", "【微信群·张家湾村二组】村里的顾长海在外面欠了网贷十几万，他儿子在县一中高三，大家帮忙劝劝。", [(P, "顾长海")], [D, S]),
    ("app", "debtor", "【LINE】您好，這裡是永豐信貸客服，您的分期已逾期三天，請儘速繳款，如已繳請忽略。", [], []),
    ("app", "debtor", "【微信】客户：我爸中风了在ICU，这个月真的还不上。\n客服：理解您的情况，已为您登记困难申请，专员会在三个工作日内联系您商量方案。", [], []),
    ("app", "debtor", "【微信】你每个周六上午送你女儿去少年宫学芭蕾，九点到十一点，对吧。", [], [S]),
    ("app", "debtor", "【微信】俞志刚，你姐俞美华、姐夫蒋国平的电话我都有，要我一个个打吗？", [(P, "俞志刚"), (P, "俞美华"), (P, "蒋国平")], [X]),
    ("app", "unknown", "【微信群·宏达机械车间群】车间的龚伟是不是在这个群？他欠我们平台钱，留的单位就是这里。", [(P, "龚伟")], [D]),
    ("app", "debtor", "【QQ】你在支付宝余额宝里还有一万三，先转过来还款。", [], [S]),
    ("app", "debtor", "【微信】您好，您在线申请的结清证明已开具，请登录App在“我的-证明材料”下载。", [], []),
    ("app", "debtor", "【微信】你上周去了三亚玩五天，住的亚龙湾，有钱旅游没钱还款？", [], [S]),
    ("app", "debtor", "【微信】客户：我身份证是350203200112188674，你们查一下我到底欠多少。\n客服：收到，您名下待还金额为2,146元。", [(ID, "350203200112188674")], []),
    ("app", "debtor", "【微信】客服：为了您的信息安全，请不要在聊天里发送完整的身份证号和银行卡号，核实只需要后四位。", [], []),
    ("app", "debtor", "【微信】你每个月领的退役军人优抚金也不少，先拿来还我们。", [], [S]),
]


# --- letters and hand-overs ---------------------------------------------------------------------------------

LETTERS: list[PiplEntry] = [
    ("notice", "debtor", "催收函\n编号：HJ-2024-0917-036\n曾庆华先生：\n您于2023年5月在我司办理的消费分期合同，截至2024年9月17日已逾期62天，欠款本息合计11,420.50元。请于2024年9月30日前通过我司App或对公账户还款。如有异议请致电0571-86031255。\n杭嘉消费金融有限公司\n2024年9月17日", [(P, "曾庆华"), (LL, "0571-86031255")], []),
    ("notice", "debtor", "律师函\n致：丁桂英女士（住所：长沙市雨花区韶山中路128号华中名苑4栋902）\n您的配偶丁国富、女儿丁欣悦（就读于长沙市雅礼中学）均已知悉本事，请您于十日内履行还款义务。", [(P, "丁桂英"), (A, "长沙市雨花区韶山中路128号华中名苑4栋902"), (P, "丁国富"), (P, "丁欣悦")], [S, X]),
    ("notice", "debtor", "还款提醒函\n尊敬的客户：您的借款已逾期，本金5,000元，利息及违约金312元。还款账户：户名杭州信联科技有限公司，账号1202 0212 0990 0123 456（对公），开户行工行杭州分行。\n客服电话400-698-1133", [], []),
    ("notice", "debtor", "催缴通知书\n彭志伟：\n经查，你每月在光明乳业有限公司领取工资7,800元，名下另有农商银行定期存款三万元，完全具备还款能力。限你三日内还清欠款。", [(P, "彭志伟")], [S, X]),
    ("email", "debtor", "尊敬的客户，您的信用卡账单已逾期，最低还款额1,020元。如需办理分期，请回复本邮件或致电客服。本邮件由系统发送。service@hxbank-card.com", [(EM, "service@hxbank-card.com")], []),
    ("email", "debtor", "邢先生：您的身份证号320102197907084500、银行卡号6225885211490164，均在我司系统备案，逾期后我司有权从该卡扣款。", [(ID, "320102197907084500"), (BC, "6225885211490164")], [U]),
    ("notice", "third_party", "致宏远建设集团有限公司人力资源部：\n贵司职工汤振东，家住海曙区柳汀街218弄6号，在我司有逾期借款18,000元，其父汤德林近期住院。请贵司协助督促其还款。", [(P, "汤振东"), (A, "海曙区柳汀街218弄6号"), (P, "汤德林")], [D, S, X]),
    ("notice", "third_party", "致滨江第一小学：\n贵校四年级(5)班学生家长薛海涛欠我司借款未还，望学校转告家长，以免影响孩子。", [(P, "薛海涛")], [D, S]),
    ("notice", "debtor", "还款通知\n尊敬的侯女士：您的借款合同（编号CF2023110800417）当前逾期金额2,860元，请于10月8日前还款。逾期将按合同约定计收罚息。如您遇到失业、疾病等困难，可申请还款计划调整。\n客服热线：400-108-6699", [], []),
    ("email", "third_party", "您好，我们是联信资产，受委托处理贵司员工温建华（手机13504105097）的欠款事宜。其本人近期在精神专科医院就诊，请贵司留意。", [(P, "温建华"), (MB, "13504105097")], [D, U, S]),
    ("notice", "debtor", "告知函\n路建明先生：\n您名下的借款已逾期。我司已掌握您的户籍地址（河北省邢台市威县常屯乡南关村）、现住址（石家庄市长安区中山东路万达广场A座1608）以及您父母路长生、王秀芝的联系方式。", [(P, "路建明"), (A, "河北省邢台市威县常屯乡南关村"), (A, "石家庄市长安区中山东路万达广场A座1608"), (P, "路长生"), (P, "王秀芝")], [X]),
    ("notice", "third_party", "致和平社区居民委员会：\n辖区居民钟秀英（和平里小区12栋304）欠我司款项，其本人系低保户、持有残疾证，请居委会协助调解。", [(P, "钟秀英"), (A, "和平里小区12栋304")], [D, S]),
    ("notice", "debtor", "还款提醒函\n贾晓玲女士：\n本函寄送至您在合同中预留的地址：郑州市金水区文化路56号院3号楼2单元401。您的借款已逾期45天，应还金额7,320元。请于收函之日起七日内还款。联系电话0371-65583210。\n郑信金融服务有限公司", [(P, "贾晓玲"), (A, "郑州市金水区文化路56号院3号楼2单元401"), (LL, "0371-65583210")], []),
    ("email", "debtor", "夏女士您好，您在我们平台的分期已经逾期。我们注意到您近期在多家平台有借款申请记录，并在维信、钱站各有一笔逾期，建议您优先处理本平台欠款。", [], [S]),
    ("email", "debtor", "您好，根据您的申请，我们已为您调整还款计划：每月15日还款650元，共12期。如有疑问请回复此邮件。\n——瑞丰消金客户服务部 kefu@ruifengxj.cn", [(EM, "kefu@ruifengxj.cn")], []),
    ("notice", "debtor", "催款函\n鲁海洋：\n你的妻子陈晓燕（电话17317807892）在天虹商场三楼化妆品柜台上班，你的儿子鲁子墨在阳光幼儿园大一班。请你为家人考虑，尽快还款。", [(P, "鲁海洋"), (P, "陈晓燕"), (MB, "17317807892"), (P, "鲁子墨")], [S, U, X]),
    ("notice", "third_party", "致长青村村委会：\n兹有贵村村民覃志明在我司贷款逾期，请村委会帮忙通知其本人与我司联系，电话0771-52816630。", [(P, "覃志明"), (LL, "0771-52816630")], [D]),
    ("email", "third_party", "致东方酒店管理有限公司：\n贵司员工骆佳怡于2024年3月起在我司借款逾期至今，我司保留向其工作单位追偿的权利。其紧急联系人骆建新，电话18785538499。", [(P, "骆佳怡"), (P, "骆建新"), (MB, "18785538499")], [D, U, X]),
    ("notice", "debtor", "协商还款确认书\n甲方：汇通小额贷款有限公司\n乙方：庞丽\n乙方确认欠款本息9,600元，双方同意自2024年10月起分十二期偿还，每期800元。\n甲方联系电话：028-85437721", [(P, "庞丽"), (LL, "028-85437721")], []),
    ("email", "debtor", "你这个月在北京协和医院挂了三次号，医药费花了不少，可欠我们的钱也得还。", [], [S]),
]

TRANSFERS: list[PiplEntry] = [
    ("email", "unknown", "案件移交单\n案件号：AJ-20240921-0113\n债务人：符家乐\n证件：440106199302115994\n手机：186 1065 7975\n现住：广州市海珠区江南大道中路166号\n欠款：12,450元\n备注：该人患糖尿病，每周二去医院取药。", [(P, "符家乐"), (ID, "440106199302115994"), (MB, "186 1065 7975"), (A, "广州市海珠区江南大道中路166号")], [S, U]),
    ("email", "unknown", "案件移交单\n案件号：AJ-20240921-0114\n债务人：单先生（尾号5588）\n欠款：3,200元\n逾期：38天\n备注：已承诺月底还款。", [], []),
    ("app", "unknown", "【工单】客户温晓丹投诉催收员泄露其信息，请质检部门核查通话录音，工单号WO2024092200381。", [(P, "温晓丹")], []),
    ("email", "unknown", "委外回收明细（第17批）：\n1. 戴振华，430104196811146301，6228484673895371698，欠款8,800元，父亲戴长富13874667063\n2. 鞠小红，身份证见附件，欠款4,200元", [(P, "戴振华"), (ID, "430104196811146301"), (BC, "6228484673895371698"), (P, "戴长富"), (MB, "13874667063"), (P, "鞠小红")], [U, X]),
    ("email", "unknown", "交接备注：债务人柏海军，在宁波北仑港当吊车司机，倒班，白班七点到七点，晚上去他姐柏海燕家吃饭，住在新碶街道明州路77号。", [(P, "柏海军"), (P, "柏海燕"), (A, "新碶街道明州路77号")], [S, X]),
    ("app", "unknown", "【工单】客户要求停止电话联系，改为短信沟通，已在系统备注。处理人：工号6641。", [], []),
    ("email", "unknown", "外包交接：\n姓名：甘立平\n欠款：6,300元\n工作单位：城西区人民法院后勤服务中心（临时工）\n怀孕情况：已孕6个月，预产期12月", [(P, "甘立平")], [S]),
    ("email", "unknown", "各位同事：本周回款报表已上传共享盘，案件编号见附表，涉及客户信息的列已做脱敏处理，请勿外传。", [], []),
    ("app", "unknown", "【CRM导出】客户号C00871234,姓名:章文杰,证件号:500103199011172558,手机:16602867705,逾期天数:92", [(P, "章文杰"), (ID, "500103199011172558"), (MB, "16602867705")], [U]),
    ("email", "unknown", "交接说明：债务人霍思远于2024年7月因醉驾被判拘役四个月，目前刚释放，工作不稳定，联系时注意。", [(P, "霍思远")], [S]),
    ("app", "unknown", "【工单】客户称其已于9月20日结清，请核对流水并出具结清证明。客户尾号3316。", [], []),
    ("email", "unknown", "转案备注：欠款人吉红梅，丈夫徐卫东（电话15035483495），婆婆住在双流区东升街道三里坝社区5组，可以去找。", [(P, "吉红梅"), (P, "徐卫东"), (MB, "15035483495"), (A, "双流区东升街道三里坝社区5组")], [U, X]),
]


# --- Cantonese, traditional characters and identifier forms --------------------------------------------

CANTONESE_TRADITIONAL: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂，黎生呀？我哋係富通財務嘅，你張單已經過咗期兩個禮拜，今日可唔可以還返先？\n客户：聽日啦。\n坐席：好，咁我幫你記低聽日。", [], []),
    ("call", "debtor", "坐席：你個仔喺聖保羅小學讀二年級，每朝八點鐘你老婆送佢返學，我哋都知㗎。", [], [S]),
    ("sms", "debtor", "【匯豐信貸】陳志輝先生，閣下現居於九龍旺角彌敦道650號15樓B室，並於嘉利物流有限公司任職，請儘快還款。", [(P, "陳志輝"), (A, "九龍旺角彌敦道650號15樓B室")], [X]),
    ("app", "debtor", "【WhatsApp】你每個禮拜日去旺角嗰間教會返崇拜，我哋可以喺門口等你。", [], [S]),
    ("sms", "debtor", "【大新財務】閣下之貸款已逾期，請於本月28日前還款HK$3,200。如有查詢請致電客戶服務熱線。", [], []),
    ("call", "third_party", "坐席：你係唔係梁家豪嘅阿媽？佢喺我哋度借咗五萬蚊冇還，你叫佢打返嚟。", [(P, "梁家豪")], [D]),
    ("app", "debtor", "【LINE】林先生您好，您在國泰世華的信用卡與玉山銀行的信貸都有遲繳紀錄，建議您優先處理本公司款項。", [], [S]),
    ("sms", "debtor", "【中租】您好，您的分期款項已逾期5日，請儘速繳納，以免產生違約金。客服專線：02-2719-8856", [(LL, "02-2719-8856")], []),
    ("call", "debtor", "坐席：黃志強，你屋企喺觀塘順利邨利康樓1203室，喺灣仔嗰間保安公司返夜更，唔好以為走得甩。", [(P, "黃志強"), (A, "觀塘順利邨利康樓1203室")], [X]),
    ("email", "third_party", "人事部您好：貴公司員工張雅雯小姐積欠本公司信用貸款新台幣十二萬元，已逾期三個月，懇請協助轉知。", [(P, "張雅雯")], [D]),
    ("app", "debtor", "【微信】客户：我而家喺醫院做緊化療，真係冇錢。\n客服：明白，我哋可以幫你申請暫緩還款三個月，你安心養病先。", [], []),
    ("call", "debtor", "坐席：你老婆懷咗第二胎，預產期下個月，你都唔想佢擔心啩？快啲還錢啦。", [], [S]),
    ("sms", "debtor", "【安信信貸】何國強先生，閣下登記的電話已停用，請更新聯絡資料並聯絡本公司。", [(P, "何國強")], []),
    ("app", "debtor", "【微信】你每日收工六點喺太子站搭港鐵返屋企，行過花園街，我哋啲同事見過你。", [], [S]),
    ("notice", "debtor", "繳款通知書\n鄭美玲小姐：\n台端所借款項新台幣八萬元，已逾期六十日。台端任職於台積電新竹廠，月薪約新台幣六萬元，配偶李國華任職於中華電信。請於十日內清償。", [(P, "鄭美玲"), (P, "李國華")], [S, X]),
    ("app", "unknown", "【WhatsApp群·美孚新邨互助群】大家小心，第四期12座8樓C室的周偉文借錢唔還，佢架車牌都影咗。", [(A, "第四期12座8樓C室"), (P, "周偉文")], [D, X]),
    ("call", "debtor", "坐席：你部電話登記嘅號碼係幺三六六八三零五三四零，係咪你本人？\n客户：係。", [(MB, "幺三六六八三零五三四零")], [U]),
    ("email", "debtor", "蔡先生您好，您的分期付款已完成第八期，尚餘四期。謝謝您的配合。\n——台新銀行消費金融部 service@taixin-cf.com", [(EM, "service@taixin-cf.com")], []),
]

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您的卡号我念一下，六二幺七 零零八零 幺幺幺三 幺八五八 八九九，对吧？", [(BC, "六二幺七 零零八零 幺幺幺三 幺八五八 八九九")], [U]),
    ("sms", "debtor", "【恒易贷】您的还款卡６２２２ ０２４４ ７１３３ ２５２７扣款失败，请存入足额资金。", [(BC, "６２２２ ０２４４ ７１３３ ２５２７")], [U]),
    ("sms", "debtor", "【借满满】请核对您的证件：61011319870223884７，如有误请联系客服。", [(ID, "61011319870223884７")], [U]),
    ("app", "debtor", "【推送】尊敬的用户，您的预留手机+86 158 2516 7686，如已更换请及时修改。", [(MB, "158 2516 7686")], [U]),
    ("email", "debtor", "还款链接：https://pay.jiexin-fin.com/repay?uid=88120&mobile=17768950885&amt=2300", [(MB, "17768950885")], [U]),
    ("notice", "debtor", "还款明细表\n期数 | 应还 | 扣款卡\n1 | 600.00 | 6214-8396-1577-9463-697\n2 | 600.00 | 同上", [(BC, "6214-8396-1577-9463-697")], [U]),
    ("call", "debtor", "坐席：您的身份证是五幺零幺零七幺九七六幺零二四九幺五六吗？\n客户：对的。", [(ID, "五幺零幺零七幺九七六幺零二四九幺五六")], [U]),
    ("sms", "debtor", "【速贷】您的护照号E58203174已在我司备案，出境前请先结清欠款。", [(PP, "E58203174")], [U]),
    ("call", "debtor", "坐席：你的号码是一五一 七六六三 零二一二，我们会再打。", [(MB, "一五一 七六六三 零二一二")], [U]),
    ("app", "debtor", "【推送】您的证件号 420106.19840608.7678 名下有一笔逾期账单待处理。", [(ID, "420106.19840608.7678")], [U]),
    ("call", "debtor", "坐席：扣款卡是六二二二零二五五三幺零\n客户：嗯\n坐席：幺二八幺九三五四，这张卡今晚扣款。", [], [U]),
    ("email", "debtor", "导出记录：\"林晨\",\"44010619990124488６\",\"逾期\",\"3200\"", [(P, "林晨"), (ID, "44010619990124488６")], [U]),
    ("sms", "debtor", "【快花】你的港澳通行证C23819470有出入境记录，欠款未还请勿出境。", [(PP, "C23819470")], [U, S]),
    ("notice", "debtor", "证件号码：11010519680716435７\n欠款金额：5,400元\n请于十日内还款。", [(ID, "11010519680716435７")], [U]),
    ("call", "debtor", "坐席：你的身份证三七零二零二幺九八六幺二零幺三幺九叉，名下这笔钱得还。", [(ID, "三七零二零二幺九八六幺二零幺三幺九叉")], [U]),
    ("sms", "debtor", "【乐信】收款账号：6217 0011 3529 4486 284（借款人本人），款项已放款，请查收。", [(BC, "6217 0011 3529 4486 284")], [U]),
    ("call", "debtor", "坐席：你手机幺四七幺四二三五二七六还能打通吗？\n客户：能。", [(MB, "幺四七幺四二三五二七六")], [U]),
    ("email", "debtor", "身份核验：证件号 3 7 0 2 0 2 1 9 7 4 0 1 1 8 1 3 9 1，请确认无误。", [(ID, "3 7 0 2 0 2 1 9 7 4 0 1 1 8 1 3 9 1")], [U]),
    ("notice", "debtor", "借款人：骆晓峰\n旧身份证号：370202740118139\n请携带证件到网点办理。", [(P, "骆晓峰"), (ID, "370202740118139")], [U]),
    ("sms", "debtor", "【宜人贷】您的还款卡6228-4830-4970-0181今日扣款失败。", [(BC, "6228-4830-4970-0181")], [U]),
    ("app", "debtor", "【推送】紧急联系人电话：138-7761-8211 已验证失败，请更新。", [(MB, "138-7761-8211")], [U]),
]


# --- decoys and near-misses -----------------------------------------------------------------------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【捷信】您的合同号380919841330221756本期应还618元，请于9月25日前还款。", [], []),
    ("sms", "debtor", "【招联】您的借据号 6225 8812 0034 5671 已生成，本期还款日10月8日。", [], []),
    ("call", "debtor", "坐席：您的案件编号是幺二八 三三零 四六 七七九，方便记一下吗？\n客户：记好了。", [], []),
    ("app", "debtor", "【推送】您的验证码为482913，5分钟内有效，请勿泄露给他人。", [], []),
    ("sms", "debtor", "【平安银行】您的订单号12345678901已受理，退款将于3个工作日内到账。", [], []),
    ("email", "debtor", "您好，您的结清凭证编号JQ2024091800872，结清金额3,600.00元，结清日期2024年9月18日。", [], []),
    ("notice", "debtor", "还款通知\n批次号：B20240930-0412\n案件号：(2024)沪0115民初38817号\n请于2024年10月15日前还款。", [], []),
    ("call", "debtor", "坐席：我的工号是零七幺三，有问题可以打我们客服四零零 八八六 二二三三。\n客户：好的。", [], []),
    ("app", "debtor", "【推送】您的保单号P2024 8836 1207 5540已生效，保障期一年。", [], []),
    ("sms", "debtor", "【中银消费】您尾号7892的账户已还款成功，金额1,200.00元，交易流水号202409281530227781。", [], []),
    ("notice", "debtor", "调解通知\n调解编号：TJ3101152024091300012\n请于10月9日上午9:30到调解中心参加调解。", [], []),
    ("email", "debtor", "您好，您的对公还款已到账，交易编号 1101 0519 6813 4401 2250，谢谢。", [], []),
    ("call", "debtor", "坐席：您的工单号是WO二零二四零九二五零零六幺，处理结果两个工作日内短信通知您。", [], []),
    ("app", "debtor", "【推送】您的车辆识别代号LSVAU2180N2183746对应的车贷已结清，抵押解除材料请到网点领取。", [], []),
    ("sms", "debtor", "【信用卡中心】您的卡片135****5154今日到期，请按时还款。", [], []),
    ("email", "debtor", "您好，您尾号7063的借款已结清，感谢您的信任。如需开具结清证明请致电95588。", [], []),
    ("notice", "debtor", "还款凭证\n凭证号：310104199913458821\n还款金额：2,000.00元\n还款时间：2024-09-27 14:22", [], []),
    ("call", "debtor", "坐席：我们的对公账户是一一零二 零二一二 零九九零 零一二三 四五六，请您备注姓名。\n客户：好。", [], []),
    ("sms", "debtor", "【乐享借】您的借款编号10086201957已逾期2天，请尽快还款。", [], []),
    ("app", "debtor", "【推送】您的证件4301**********2127已完成实名认证。", [], []),
]

NEAR_MISSES: list[PiplEntry] = [
    ("sms", "debtor", "【招联消金】如您本人或家人遇重大疾病、自然灾害、亲人离世等情况，可申请延期还款，详询客服。", [], []),
    ("call", "debtor", "坐席：您好，我是度小满的客服，请问是孔女士吗？\n客户：是。我怀孕了，最近反应很大，上不了班。\n坐席：理解，您先注意身体。我帮您申请延期一个月，期间不产生罚息。", [], []),
    ("notice", "debtor", "还款提醒函\n孟凡超先生：\n本函寄至：济南市历下区泉城路188号。您的借款已逾期30天，应还金额4,100元，请于10月20日前还款。\n联系电话：0531-86912200", [(P, "孟凡超"), (A, "济南市历下区泉城路188号"), (LL, "0531-86912200")], []),
    ("call", "debtor", "坐席：您好，请问是吕先生吗？\n客户：是，我腿残疾了，找不到工作。\n坐席：明白您的情况，我们可以帮您申请最长十二期的分期，每期金额会比较低。", [], []),
    ("email", "debtor", "员工守则摘录：催收过程中不得询问或提及客户的健康状况、宗教信仰、家庭成员情况及行踪。", [], []),
    ("call", "third_party", "坐席：您好，请问是杜建平先生吗？您为刘斌的借款提供了连带担保，现借款已逾期，按照担保合同，您需要承担保证责任。", [(P, "杜建平"), (P, "刘斌")], []),
    ("app", "debtor", "【微信】客户：我是回族，我们做礼拜的时候别打电话。\n客服：好的，已经备注，今后避开礼拜时间联系您。", [], []),
    ("notice", "debtor", "传票\n(2024)粤0106民初21547号\n被告：钱文斌\n请于2024年11月5日上午9时到本院第三法庭出庭。\n广州市天河区人民法院（地址：广州市天河区天河北路175号）", [(P, "钱文斌"), (A, "广州市天河区天河北路175号")], []),
    ("call", "debtor", "坐席：您好，我是安信消金的陆晓峰，工号6620，有事可以打我的电话0571-86031255。\n客户：好，我记下了。", [(P, "陆晓峰"), (LL, "0571-86031255")], []),
    ("app", "debtor", "【微信】客户：我老公叫沈明，他可以帮我还一部分。\n客服：好的，沈明先生还款时请备注您的借款编号即可。", [(P, "沈明"), (P, "沈明")], []),
    ("call", "debtor", "坐席：您说的号码我记一下，尾号是三三二二对吗？\n客户：对，一四七五三六零三三二二。", [(MB, "一四七五三六零三三二二")], []),
    ("sms", "debtor", "【小赢】您的还款计划已按照困难帮扶政策调整，如需提供医疗证明，可在App上传。", [], []),
    ("email", "debtor", "隐私政策更新：我们仅在必要范围内处理您的个人信息，不会向无关第三方提供您的借款信息。", [], []),
    ("call", "debtor", "坐席：您好，这里是华夏银行信用卡中心，请问是赵先生吗？\n客户：是，我爸心脏搭了支架，还在住院。\n坐席：希望您父亲早日康复。您这期可以先还最低还款额，剩下的我们给您办分期。", [], []),
    ("notice", "debtor", "还款通知\n尊敬的姜美华女士：\n您的借款已逾期15天，应还金额2,980元。请于10月5日前还款，逾期将按合同约定收取违约金。\n客服电话：400-611-9090", [(P, "姜美华")], []),
    ("app", "debtor", "【微信】客户：我在监狱里服刑刚出来，之前的账怎么算？\n客服：您好，您可以申请减免部分罚息，我把申请表发给您。", [], []),
    ("sms", "third_party", "【担保提醒】您好，您作为共同借款人签署的合同当前有一期未还，金额1,500元，请留意。", [], []),
    ("call", "debtor", "坐席：客户您好，我们不会联系您的家人和单位，这个请放心，我们只跟您本人沟通。\n客户：那就好。", [], []),
    ("app", "debtor", "【推送】温馨提示：为保护您的隐私，催收人员不会询问您的健康、住址以外的个人情况，如遇违规请拨打投诉电话。", [], []),
    ("email", "debtor", "投诉回复\n尊敬的客户：您反映的催收员泄露信息一事，我司已核实并对该员工进行处理，今后不会再向您的亲友透露任何信息。", [], []),
    ("call", "debtor", "坐席：你好，你是欧女士吗？我们是美团借钱的，你这边逾期了三天。\n客户：我女儿生病住院，这两天在儿童医院。\n坐席：孩子要紧，这笔可以先给您延后七天，不影响。", [], []),
    ("notice", "debtor", "投诉处理答复函\n万先生：\n您9月12日的投诉已收悉。经核查，催收员在通话中提及您家人工作单位的行为违反公司规定，已予以处分。感谢您的监督。\n客服中心", [], []),
]


# --- more voices ------------------------------------------------------------------------------------------

MORE_VOICES: list[PiplEntry] = [
    ("sms", "debtor", "【融e借】祁志鹏，你家在昆明市五华区青年路团结巷9号，你单位是云南腾达物流，我们下周上门。", [(P, "祁志鹏"), (A, "昆明市五华区青年路团结巷9号")], [X]),
    ("app", "debtor", "【微信】你岳母柴秀珍的电话13656083316我已经拿到了，要不要我跟她聊聊你的事？", [(P, "柴秀珍"), (MB, "13656083316")], [U, X]),
    ("call", "debtor", "坐席：付军，你大哥付强在县城开五金店，二哥付勇在工地，我都能找到。", [(P, "付军"), (P, "付强"), (P, "付勇")], [X]),
    ("sms", "debtor", "【诚信贷】你女朋友在湘雅二医院住院部当护士，叫苗淑芬，你要面子就还钱。", [(P, "苗淑芬")], [X]),
    ("app", "debtor", "【QQ】你弟弟巫俊在厦门读大学，集美大学计算机系大三，我们联系过他辅导员了。", [(P, "巫俊")], [X]),
    ("call", "debtor", "坐席：你爸查出肺癌了吧，在肿瘤医院住着，你还有心思躲债？", [], [S]),
    ("sms", "debtor", "【易分期】你每周三晚上都去健身房，七点到九点，钱都花那了吧？请还款。", [], [S]),
    ("email", "debtor", "你名下在浦发、中信两张信用卡合计透支八万二，另在网商贷欠款三万，负债率这么高，先还我们。", [], [S]),
    ("call", "debtor", "坐席：你老公严重糖尿病，每天打胰岛素，我们知道你家不容易，但是钱还是得还。", [], [S]),
    ("app", "debtor", "【微信】你女儿读的是南湖路小学一年级，中午是你家保姆去接，对不对？", [], [S]),
    ("sms", "debtor", "【金满满】您近三个月的定位都在杭州市萧山区，工作日早八点出门晚七点回，请合理安排还款。", [], [S]),
    ("call", "debtor", "坐席：龙俊，你老婆柯佳在万科物业上班，电话幺三五三六三九五零四四，我直接打给她行吧？", [(P, "龙俊"), (P, "柯佳"), (MB, "幺三五三六三九五零四四")], [U, X]),
    ("notice", "debtor", "催告函\n申建设：\n你在上海宝钢集团有限公司冷轧厂上班，家住宝山区友谊路街道牡丹江路1500弄12号601室。限你七日内还款。", [(P, "申建设"), (A, "宝山区友谊路街道牡丹江路1500弄12号601室")], [X]),
    ("app", "debtor", "【微信】你昨天下午三点在万达广场星巴克坐了两个小时，有空喝咖啡没空回电话？", [], [S]),
    ("sms", "debtor", "【快易花】你去年做过阑尾手术，住院记录我们查得到，别再说身体不好。", [], [S]),
    ("email", "debtor", "司马先生：贵公司法人代表司马云飞，住所北京市朝阳区望京西园三区312号楼1803，我司已掌握，请尽快结清。", [(P, "司马云飞"), (A, "北京市朝阳区望京西园三区312号楼1803")], [X]),
    ("call", "debtor", "坐席：你爷爷阎福贵今年八十六了，住在阎家庄，我们去看看他老人家？", [(P, "阎福贵")], [X]),
    ("app", "debtor", "【推送】检测到您本月在3家网贷平台申请借款，共获批4.5万元，请优先偿还本平台欠款。", [], [S]),
    ("sms", "debtor", "【佰仟】你上个月办了生育津贴，领了一万多，这钱够还款了。", [], [S]),
    ("call", "debtor", "坐席：你儿子在特殊教育学校，自闭症，我们也不想为难你，但钱得还。", [], [S]),
    ("app", "debtor", "【微信】邬海涛，你住的金地格林小镇11幢2单元1601，我们已经拍了门牌。", [(P, "邬海涛"), (A, "金地格林小镇11幢2单元1601")], [X]),
    ("email", "debtor", "你每月初从公司领工资一万一千，打到建设银行卡，我们将在发薪日后联系你。", [], [S]),
    ("call", "debtor", "坐席：你妹妹钟晓雯在华为坂田基地上班，电话多少我就不念了，你心里清楚。", [(P, "钟晓雯")], [X]),
    ("sms", "debtor", "【现金巴士】您女儿所在的星星幼儿园中班放学时间是下午四点，请您尽快还款。", [], [S]),
    ("app", "debtor", "【微信】你每周五去清真寺做主麻，那天我们正好过去找你。", [], [S]),
    ("call", "debtor", "坐席：你之前吸毒被强戒过，我们查得到，你不还钱我们就……\n客户：你们别乱说。", [], [S]),
    ("notice", "debtor", "催收通知\n晏红军：\n你的父亲晏德华（住衡东县杨桥镇石湾村四组）、母亲谭桂兰已被列为联络对象。", [(P, "晏红军"), (P, "晏德华"), (A, "衡东县杨桥镇石湾村四组"), (P, "谭桂兰")], [X]),
    ("sms", "debtor", "【安逸贷】我们注意到您的指纹登录记录显示您昨晚在广州，请尽快回电。", [], [S]),
    ("app", "debtor", "【微信】你在住房公积金中心的账户余额两万三，另有社保卡医保余额五千，先还点吧。", [], [S]),
    ("call", "debtor", "坐席：喂，聂文，你表哥聂志国、表嫂黄丽在佛山开的那个陶瓷店我们去过。", [(P, "聂文"), (P, "聂志国"), (P, "黄丽")], [X]),
    ("email", "debtor", "借款人：黎晓军\n工作单位：广西北部湾银行南宁分行营业部\n家庭住址：南宁市青秀区民族大道136号\n你的欠款已逾期90天。", [(P, "黎晓军"), (A, "南宁市青秀区民族大道136号")], [X]),
    ("sms", "debtor", "【及贷】你每天晚上十点在滨河路夜跑，注意安全，也注意还款。", [], [S]),
    ("app", "debtor", "【微信】你老婆刚做完剖腹产，还在月子中心住着，一个月两万八的月子中心都住得起？", [], [S]),
    ("call", "debtor", "坐席：你名下那辆车，你媳妇颜丽开着去接孩子，车牌我们都记了。", [(P, "颜丽")], [S, X]),
    ("notice", "debtor", "欠款告知书\n舒志成先生：\n据查，您现任职于成都天府软件园某科技公司，月工资一万五，另有房屋出租收入。请于十五日内清偿。", [(P, "舒志成")], [S, X]),
    ("sms", "debtor", "【借钱花】你奶奶在县医院做透析，每周要花不少钱，这个我们理解，但请先还最低额。", [], [S]),
    ("app", "debtor", "【QQ】滕磊，你前妻和孩子住在开发区锦华苑18栋，你不管她们了？", [(P, "滕磊"), (A, "开发区锦华苑18栋")], [S, X]),
    ("call", "debtor", "坐席：你家老大在市三中读高一，老二在附近的实验幼儿园，我说得没错吧。", [], [S]),
    ("email", "debtor", "卜先生：您在微众银行、网商银行另有贷款未结清，余额合计11万元，请说明还款来源。", [], [S]),
    ("sms", "debtor", "【金钱豹】你舅舅房国庆、舅妈吴凤的电话都在你通讯录里，你自己选。", [(P, "房国庆"), (P, "吴凤")], [X]),
    ("call", "debtor", "坐席：你是不是在戒毒所待过？那你更应该珍惜，钱还了重新开始。", [], [S]),
    ("app", "debtor", "【微信】你爱人雷静在区政府档案室工作，体制内的人，她知道你欠钱吗？", [(P, "雷静")], [X]),
    ("notice", "debtor", "还款告知\n关德明：\n你的女婿崔健、女儿关小慧均在深圳工作，地址为南山区科技园南区深南大道9988号，望你家人协助还款。", [(P, "关德明"), (P, "崔健"), (P, "关小慧"), (A, "南山区科技园南区深南大道9988号")], [X]),
    ("sms", "debtor", "【信用飞】你上周二凌晨一点还在夜总会消费，有钱娱乐没钱还款？", [], [S]),
    ("call", "debtor", "坐席：你有乙肝，工作不好找我们也知道，可欠款总得想办法。", [], [S]),
    ("app", "debtor", "【微信】包海峰，你户籍在安徽阜阳颍上县谢桥镇包庄村，我们已经联系了村里的包支书。", [(P, "包海峰"), (A, "安徽阜阳颍上县谢桥镇包庄村")], [X]),
    ("email", "debtor", "你在澳门永利娱乐场的消费记录我们查到了，单笔两万多，请解释为何不还款。", [], [S]),
    ("call", "debtor", "坐席：向明，你丈母娘的电话一八八一零七零二八六六，她家住在西坝河东里十四号楼，要不要我们去坐坐。", [(P, "向明"), (MB, "一八八一零七零二八六六"), (A, "西坝河东里十四号楼")], [U, X]),
    ("sms", "debtor", "【豆包借】您母亲正在做化疗，家里开支大，但逾期会影响您的征信，请尽快处理。", [], [S]),
    ("app", "debtor", "【微信】你每天中午十二点在公司楼下的沙县小吃吃饭，我们的同事下周也去吃。", [], [S]),
    ("notice", "debtor", "通知书\n柳卫星：\n你在永辉超市城北店做理货员，你的妻子谷小燕在同一家店做收银。你们夫妻二人应共同承担还款责任。", [(P, "柳卫星"), (P, "谷小燕")], [X]),
    ("call", "debtor", "坐席：你户口本上的弟弟肖明辉，还有你爸肖长春，我这边都有号码，要不要我一个个通知？", [(P, "肖明辉"), (P, "肖长春")], [X]),
    ("sms", "debtor", "【信用钱包】你名下支付宝绑定的农行卡余额3,421元，已足够偿还本期。", [], [S]),
    ("app", "debtor", "【微信】你做过HIV检测，这事你不想让别人知道吧，那就按时还款。", [], [S]),
    ("email", "debtor", "毛先生，您在九月份共出差四次，分别去了长沙、武汉、南昌、合肥，行程我们都有记录。请您尽快还款。", [], [S]),
    ("call", "debtor", "坐席：易建军，你女儿易诗琪在十一中初三七班，班主任姓刘，我们会通知学校的。", [(P, "易建军"), (P, "易诗琪")], [S, X]),
    ("notice", "debtor", "还款通知\n储立新：\n你原住址为江阴市澄江街道人民中路58号，现搬至无锡市梁溪区中山路333号，你的工作单位为无锡市第二人民医院。", [(P, "储立新"), (A, "江阴市澄江街道人民中路58号"), (A, "无锡市梁溪区中山路333号")], [X]),
    ("sms", "debtor", "【惠借】你在医院做的那个人流手术费我们都知道，钱你有，就是不还。", [], [S]),
    ("app", "debtor", "【微信】你前夫常宏亮电话17378410009，你家孩子抚养费他给你了吧，拿那个先还。", [(P, "常宏亮"), (MB, "17378410009")], [U, X]),
    ("call", "debtor", "坐席：卢晓光，你在郑州富士康上班，住在港区员工宿舍B区六栋，我们可以去宿舍找你。", [(P, "卢晓光"), (A, "港区员工宿舍B区六栋")], [X]),
    ("email", "debtor", "我方注意到您每月15日有一笔6,800元的退休金进账至邮储银行，请将其用于还款。", [], [S]),
    ("app", "debtor", "【微信】你儿子在寄宿学校，每周五下午五点他姑姑去接他，你家里人都靠不住了吗？", [], [S]),
    ("app", "debtor", "【微信】钱卫东，你住的丽景湾2期9栋1802我们知道，你老丈人开的那家粮油店也在楼下。", [(P, "钱卫东"), (A, "丽景湾2期9栋1802")], [X]),
    ("call", "debtor", "坐席：巩亮，你在顺丰速运白云分拨中心上夜班对吧，你家那口子叫潘玉琴是吧？", [(P, "巩亮"), (P, "潘玉琴")], [X]),
    ("sms", "debtor", "【贷上钱】你姨妈邝美玉、表妹邝小雨都在你紧急联系人里，还要我们说多少？", [(P, "邝美玉"), (P, "邝小雨")], [X]),
    ("email", "debtor", "邱振宇：经核实，你目前受雇于深圳迈瑞医疗，住址为龙岗区坂田街道五和大道雅园新村3栋508，望你于本周内结清。", [(P, "邱振宇"), (A, "龙岗区坂田街道五和大道雅园新村3栋508")], [X]),
    ("sms", "debtor", "【借呗助手】你的前同事曲丽、顶头上司龚明亮都已经收到了你的欠款说明，你还不回电吗？", [(P, "曲丽"), (P, "龚明亮")], [X]),
]


SECTIONS: dict[str, list[PiplEntry]] = {
    "U-ASR-CALLS": ASR_CALLS,
    "U-SMS-DEBTOR": SMS_DEBTOR,
    "U-THIRD-PARTIES": THIRD_PARTIES,
    "U-CHATS": CHATS,
    "U-LETTERS": LETTERS,
    "U-TRANSFERS": TRANSFERS,
    "U-CANTONESE-TRADITIONAL": CANTONESE_TRADITIONAL,
    "U-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "U-DECOYS": DECOYS,
    "U-NEAR-MISSES": NEAR_MISSES,
    "U-MORE-VOICES": MORE_VOICES,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
