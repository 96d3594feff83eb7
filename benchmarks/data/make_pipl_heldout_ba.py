"""Writes `pipl_heldout_ba.jsonl`, an independent held-out set for PII entities and PIPL categories (issue 14),
from the hand-written texts below.

How it was written: by one helper, by hand, in a session of its own, knowing nothing of the detectors. The
writer read the data contract (sections 1, 4a and 5), the PIPL rows of the reference notes, the speaker table of
`audit/message.py`, the record helpers and identifier checks in `set_format.py`, `tests/set_support.py`, the
held-out PIPL rows of `tests/test_labelled_sets.py`, and only the opening docstring, imports, constants, first five
entries and closing functions of `make_pipl_heldout_am.py` (for the record format and the labelling conventions,
which this set keeps). It did not open the recognizers, the PII analyser, the rule packs, the lexicons, the models,
the training data, other tests or any other set's entries, and ran no detector, scan or benchmark on these texts.
The invented identifiers were drawn once by a throw-away script: resident IDs from random area codes and birth
dates with the right check character (three ending in X) and two old 15-digit ones with a real month, Luhn-valid
cards of 16 and 19 digits, mobiles on real prefixes, and unified social credit codes (`CN_USCC`) with both check
characters (the organisation code's and GB 32100's), which `set_format.check_identifier` checks like the others.
They were typed into the texts and spelled out digit by digit by hand; the passports (E, EA spaced letter by
letter) and the permit to Hong Kong and Macau (C) were typed to the pattern. `set_format` has no check for
landlines, e-mail addresses or licence plates: landlines are an area code and eight digits, e-mails use real
top-level domains and plates a province, a letter and five characters, kept the same wherever a company's or a
person's number recurs. The decoys were drawn to fail every check of `set_format.check_identifier`, the USCC one
included (an 18-digit order number that passed the credit-code check by chance was replaced).

What it holds: the data a cash-loan app (禾苗钱包, run by a Hefei micro-lender) and a consumer-finance company
(澜川消费金融, app 澜川金融) gather through their apps, and what their risk teams, collection teams, a data vendor
(数衡风控) and two agencies (合肥远鸿商务咨询, 杭州鼎诺资产管理) then do with it, with a law firm and a court on the
side: face-verification selfies and liveness videos, voiceprints from recorded calls, ID-card photos front and
back, the uploaded address book and call log, SMS read for credit scoring, GPS location, device identifiers and
photo albums. Voices: permission notices, privacy policies and verification screens, in-app notices and pushes,
SMS templates with placeholders, agents' calls as transcripts and as speech-to-text output (no punctuation,
fillers, a self-correction, numbers read aloud), voice robots with keypad turns, calls, SMS and WeChat to the
people in the address books (mothers, fathers, wives, a sister, a cousin, colleagues, a workshop head, a landlord,
a church sister, an imam, an employer's front desk and HR, a village committee, group chats of classmates,
workmates and fellow townspeople), collectors' team chats, e-mails between the lenders, the vendor, the agencies
and the law firm, case notes, field-visit orders, handover sheets, risk tags, quality-check sheets, complaint
tickets and the replies to them, collection letters, a lawyer's letters, a settlement certificate, court papers
(a statement of claim, an enforcement application, a summons, a pre-trial mediation notice), a regulator's
transfer sheet and the lender's reports to it, and borrowers pasting what they were sent into complaints.
Henan, Sichuan and Cantonese speech runs through some calls, and a push, a robot call and an SMS come in
traditional characters.

314 messages, 105 of them (33%) compliant; from 7 characters to a collection letter of 418. Identifiers of a
person stand in 81: 18-digit IDs (in full-width digits with a full-width X, grouped 6-8-4 by hyphens and by
spaces in fours, read aloud with 幺, 两, 洞 and 拐, one ending in 叉) and a 15-digit one typed and another read
aloud; bank cards of 16 and 19 digits (grouped by fours with spaces and by dots, read aloud in groups); mobiles
(behind +86 and 0086, spaced 3-4-4, in full-width digits, read aloud); passports (E, and EA spaced letter by
letter) and a permit to Hong Kong and Macau. Beside them stand decoys of the same shapes: 18-digit order, contract
and transaction numbers failing every check (one read aloud), 15-digit IMEIs with no real month (one read aloud
to a contact), 11-digit device and ticket numbers on no mobile prefix, 16- and 19-digit batch, loan, refund and
transaction numbers failing Luhn, app version and build strings, and masked forms (3401**********2859,
6228 **** **** 9896, 181****5395, 尾号2859); three messages with decoys also hold a real identifier or another
finding and are labelled for that. Companies' landlines (one in brackets with an extension outside the
span, one read aloud), e-mail addresses, unified social credit codes and licence plates are entities with no
category of their own.

`pii.unmasked_identifier` labels 75 messages, `pii.third_party_disclosure` 62, `pii.sensitive` 85 and
`pii.excessive` 58. Disclosure is often told in a few words ("you are his emergency contact for the loan", "that
account of his at Lanchuan", "the money is still not paid", a robot asking whether the callee knows someone whose
loan is overdue), beside bare call-back requests that name no lender, a wrong number crossed off, a sealed letter
an employer is asked to hand on, and agents who refuse to tell a sister or a mother what the matter is.
Sensitive data: a face photo, a liveness video, ID-card photos and a selfie sent to contacts or posted in group
chats, voiceprint matches quoted to a father or handed to an agency, where the borrower is right now or sleeps
from GPS (a KTV, an Internet café, a hotel, a railway station, a girlfriend's flat), a commute and night shifts,
health read from installed apps or hospital visits (diabetes, depression, pregnancy, an oncology clinic,
dialysis, a liver cancer, a lung cancer), religion read from the names in the address book (a church, a mosque,
Buddhist masters), a child's kindergarten, school, class and pick-up time, wages, transfers and balances read
from SMS, other lenders' loans and a credit report, border crossings and a disability allowance. Excessive data:
the address book quoted back in whole or by name, call-log frequencies, the photo album (a new car, handbags, a
family photo, a group photo with workmates), and the names, numbers, employers and addresses of spouses, exes,
parents, in-laws, siblings and children. Near-misses that stay lawful: permission notices and privacy policies
that state the purpose and ask for separate consent, the borrower's own selfie, hand-held ID photo or liveness
check requested in the app for verification, a voiceprint enrolment read back by the borrower, last four digits,
the borrower's own words about illness, faith, pregnancy or a new number and agents answering with a deferral,
instalments or a pause, hardship offers that ask for no medical records, an order to agencies to stop sending
address books and locations, aggregate model statistics, and quality-check sheets, tickets and replies that report a
disclosure or quote it to condemn it.

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, the PIPL categories of contract section 5 only; a text whose label the writer was
unsure of was left out):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile or passport number (the permit among them) of a
  person in the lender's, agency's, vendor's or agent's words, in any form: in texts to borrowers and third
  parties, and in the lenders' and agencies' own notes, sheets, tickets, letters and e-mails too. Not: masked
  forms, last digits alone, a company's landline or credit code, a licence plate, a customer saying their own
  number, a regulator's or court's own text, papers filed with a court (a statement of claim, an enforcement
  application, where a full identifier is lawful), a decoy.
- `pii.third_party_disclosure`: to someone other than the borrower (recipient `third_party`), the text reveals the
  debt (amount, overdue status, lender or product: naming the app, "his emergency contact for the loan" or "that
  money" is enough) or the borrower's personal data (a photo, a location). A bare call-back request that names no
  lender is compliant. Notes, sheets, tickets, e-mails between the firms and pasted complaints go to an unknown
  recipient and are judged on the other categories only; every pasted message in this set was sent to the
  borrower.
- `pii.sensitive` (PIPL Art. 28): biometrics (face photos, liveness videos, ID-card photos, voiceprints) used or
  passed on beyond verification, whereabouts at a given time and daily routine, health and pregnancy of the
  borrower or relatives, religion, minors' schools and routines, financial details beyond need (wage inflows,
  balances, transfers, other loans, a credit report), border crossings, a disability. Not: a notice or policy
  that states purpose and consent, a verification request in the app, the borrower's own words (also as a note
  records them), a hardship reply that names no condition, a rule forbidding such use, a sheet that condemns it.
- `pii.excessive`: the address book, the call log or the photo album quoted, or family members', partners',
  exes' or colleagues' names or numbers, or a full name with a home address or employer, that the message does
  not need. Not: a full name alone, an agent's name, the address a letter is sent to or a court paper gives, a
  relative the message is addressed to or about.
A customer's or third party's own words in a call or chat are never labelled; they still carry entities. A message
a borrower pastes whole carries the labels of what it contains. Entities mark every string of their type whoever
it belongs to (an agent, a company's landline, an agency's e-mail, a company's credit code); masked forms, 400
service numbers, IMEIs, device ids, order numbers and version strings are not entities, a landline's extension
lies outside its span, as does a +86 or 0086 before a mobile; a surname with an honorific or a title (孙先生, 马阿訇,
刘姊妹, 罗大爷, 李姐) is not a PERSON, a full name or a given name alone is; ADDRESS reaches down to a road and
number or a building and room (a village alone is not one), in simplified or traditional characters.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_ba`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import set_format
from benchmarks.data.set_format import DISCLOSURE, EXCESSIVE, SENSITIVE, UNMASKED, PiplEntry

HERE = Path(__file__).resolve().parent
SET_FILE = "pipl_heldout_ba.jsonl"
ID_PREFIX = "PBA"

# Short names keep the entries readable.
D, S, U, X = DISCLOSURE, SENSITIVE, UNMASKED, EXCESSIVE
P, A, ID, MB, BC, PP, LL, EM, PL, UC = ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT",
                                        "CN_LANDLINE", "EMAIL", "CN_LICENSE_PLATE", "CN_USCC")

# --- the apps' permission notices, privacy policies, verification screens and in-app notices -------------------

APP_SCREENS: list[PiplEntry] = [
    ("app", "debtor", "【禾苗钱包·权限说明】为完成实名认证与借款审核，我们将申请：相机（拍摄身份证正反面、人脸识别）、位置（反欺诈核验，仅在提交借款申请时获取一次）。人脸信息属于敏感个人信息，我们将单独征得您的同意，您可在“我的-设置-隐私”中随时撤回。",
     [], []),
    ("app", "debtor", "《澜川金融个人信息保护政策》4.2 通讯录：仅当您主动点选“从通讯录选择紧急联系人”时，我们读取您选中的那一位联系人的姓名和号码；我们不会上传、保存您的完整通讯录。您也可以手动填写。",
     [], []),
    ("app", "debtor", "本次借款需完成活体检测：请正对屏幕，按提示眨眼、缓慢摇头。系统将比对您本人与身份证照片是否一致，检测视频仅用于本次核验，保存不超过30日。\n[同意并开始]  [暂不借款]",
     [], []),
    ("app", "debtor", "通话录音及声纹说明：您与澜川金融客服的通话将被录音。经您另行同意，我们会提取声纹特征用于您日后来电的身份核验；如需关闭“声纹验证”，可在App内操作或致电0571-86953210。",
     [(LL, "0571-86953210")], []),
    ("app", "debtor", "短信读取权限（可选）：仅识别银行、运营商发送的账单类短信，用于评估还款能力，不读取个人聊天内容。拒绝授权不影响基础额度申请。",
     [], []),
    ("app", "debtor", "相册权限用途：仅在您上传身份证、工作证明等材料时，访问您主动选中的图片。我们不会扫描或上传相册中的其他照片。",
     [], []),
    ("app", "debtor", "{姓名}您好，您的身份证将于{到期日}过期，请在“我的-证件更新”中重新上传身份证正反面，并完成一次人脸识别。禾苗钱包不会通过短信、电话或微信向您索要证件照片和验证码，谨防诈骗。",
     [], []),
    ("app", "debtor", "实名认证成功！\n姓名：何晓静\n身份证号：620421199611102226\n收款银行卡：6217008645701664（建设银行）\n请核对无误后点击【确认提交】。",
     [(P, "何晓静"), (ID, "620421199611102226"), (BC, "6217008645701664")], [U]),
    ("app", "debtor", "实名认证成功：何**，身份证6204**********2226，收款卡尾号1664。如非本人操作，请立即冻结账户。",
     [], []),
    ("app", "debtor", "逾期处理说明：如您的借款发生逾期，澜川金融可能委托依法设立并已在官网公示的催收机构与您联系，仅向其提供履行合同所必需的姓名、联系方式、借款金额及逾期情况，不会提供您的通讯录、相册、位置等信息。",
     [], []),
    ("app", "debtor", "您的借款已逾期12天。系统已依据您授权的通讯录，将以下联系人列为核实对象：母亲 邓秀兰 13756869855；同事 程国栋 18186545395；“老婆” 15209773026。继续逾期将启动联系人核实流程。",
     [(P, "邓秀兰"), (MB, "13756869855"), (P, "程国栋"), (MB, "18186545395"), (MB, "15209773026")], [U, X]),
    ("app", "debtor", "【澜川金融】风险提示：系统显示您今天14:32的定位在合肥市包河区徽州大道2239号，与您填写的单位地址不一致，且您的账单已逾期5天。请尽快还款。",
     [(A, "合肥市包河区徽州大道2239号")], [S]),
    ("app", "debtor", "人脸核验未通过（原因：光线过暗/面部被遮挡）。请在光线充足处重新拍摄，不要佩戴帽子、口罩。连续失败3次请联系在线客服人工审核。",
     [], []),
    ("app", "debtor", "【禾苗钱包】检测到您的手机中安装有“糖管家”“慢病随访”等健康类应用，为保障您的还款能力，系统已将您的账户列入重点关注名单。",
     [], [S]),
    ("app", "debtor", "申请提前还款需再次验证身份：请上传本人手持身份证的正面照片（仅用于本次核验，不对外提供）。",
     [], []),
    ("app", "debtor", "账单详情\n借款编号：202404261495142181\n借款金额：5,000.00\n已还期数：3/12\n当期应还：498.36\n还款卡：工商银行（尾号6665）\nApp版本 v6.3.12",
     [], []),
    ("app", "debtor", "您好，您绑定的还款卡6222027732676665已被银行冻结，系统无法扣款，请更换还款卡或到店处理。",
     [(BC, "6222027732676665")], [U]),
    ("app", "debtor", "个人信息查询与导出：您可在“我的-隐私中心”查看我们收集的信息类别（身份信息、人脸信息、设备信息、借还款记录），申请导出副本或删除非必要信息，我们将在15个工作日内答复。",
     [], []),
    ("app", "debtor", "尊敬的马丽娟，您名下共有3个设备登录过澜川金融（IMEI 867540470062951、866130281326169、860799121349927），您的借款已逾期，请勿频繁更换设备规避催收。",
     [(P, "马丽娟")], []),
]

# --- the apps' and the agencies' SMS and push templates to borrowers --------------------------------------------

SMS_AND_PUSH: list[PiplEntry] = [
    ("sms", "debtor", "【禾苗钱包】{name}您好，您尾号{card_last4}的借款已逾期{days}天，应还{amount}元，请登录App或拨打400-690-3318处理。拒收请回复R",
     [], []),
    ("sms", "debtor", "【禾苗钱包】孙立伟您好，您的借款已逾期8天，应还2,316.00元。今晚22点系统将再次从您的农业银行卡6228487738259896划扣，请保证余额充足。",
     [(P, "孙立伟"), (BC, "6228487738259896")], [U]),
    ("sms", "debtor", "【澜川金融】温馨提示：您6月账单应还3,480.20元，到期日6月25日，还款卡尾号2263，如已还款请忽略。退订回T",
     [], []),
    ("sms", "debtor", "【远鸿商务】彭雪梅，你在禾苗钱包登记的身份证号522401198702094362及人脸信息均已核实为本人，借款事实清楚，请勿再以“不是本人借的”为由拖延。",
     [(P, "彭雪梅"), (ID, "522401198702094362")], [U]),
    ("sms", "debtor", "【禾苗钱包】检测到您近3晚23点后都在“星光KTV（蜀山店）”附近停留。娱乐有钱，还款没钱？",
     [], [S]),
    ("sms", "debtor", "【澜川金融】${custName}，您尾号${last4}的账户已逾期${days}天，欠款${amt}元，详询0571-86953210。",
     [(LL, "0571-86953210")], []),
    ("sms", "debtor", "【禾苗钱包】您的还款订单202411080024297368已受理，预计2小时内到账，到账后将短信通知您。",
     [], []),
    ("sms", "debtor", "【澜川金融】经声纹比对，6月3日来电自称“不是本人”的声音与您本人的声纹一致。请勿冒充他人拖延还款。",
     [], [S]),
    ("sms", "debtor", "蒋文斌，你手机短信显示这个月10号工资到账6,812元，12号就转走了，钱转给谁了？今天必须把禾苗的款还上。",
     [(P, "蒋文斌")], [S]),
    ("sms", "debtor", "【澜川金融】吴女士，您的借款已逾期15天。如遇失业、疾病等困难，可在App内申请延期或分期，我们将在3个工作日内回复。",
     [], []),
    ("sms", "debtor", "【鼎诺资产】阮明杰，你通讯录里的“妈”“二姐”“王建军（工地）”“刘芳芳”我们都已登记在册，今天不处理，明天逐个核实。",
     [(P, "阮明杰"), (P, "王建军"), (P, "刘芳芳")], [X]),
    ("sms", "debtor", "【禾苗钱包】您好，您的借款已全部结清，结清证明可在App“我的-借款记录”中下载。感谢使用。",
     [], []),
    ("sms", "debtor", "沈浩然（身份证 320583 19960821 7675，手机 166 6505 6104）：你在澜川金融的分期已逾期41天，欠款7,904.33元，本短信视为正式催告。",
     [(P, "沈浩然"), (ID, "320583 19960821 7675"), (MB, "166 6505 6104")], [U]),
    ("sms", "debtor", "【澜川金融】您的账户已逾期，请核对：身份证3205**********7675，欠款7,904.33元，如有疑问请在App内留言。",
     [], []),
    ("sms", "debtor", "吴佳怡，你相册里那些新买的包、新换的手机的照片我们都看到了，买东西有钱，还款就没钱？",
     [(P, "吴佳怡")], [X]),
    ("sms", "debtor", "【禾苗钱包】尊敬的客户，您的账单将于3日后到期，应还1,022.50元，还款卡尾号9896。请勿轻信“代还款”“征信修复”等诈骗信息。",
     [], []),
    ("sms", "debtor", "【澜川金融】您当前的App版本v5.12.3已停止维护，请升级至v6.0.1后再进行还款，旧版本无法绑定新卡。",
     [], []),
    ("sms", "debtor", "【远鸿商务】钟伟，你留的收款卡6230 5883 5197 3311已经销户了，是不是故意换卡？请今天联系我司。",
     [(P, "钟伟"), (BC, "6230 5883 5197 3311")], [U]),
    ("sms", "debtor", "【鼎诺资产】阮明杰，我们看到你此刻就在杭州市余杭区良睦路1280号的网吧里，别躲了，下午两点前回电。",
     [(P, "阮明杰"), (A, "杭州市余杭区良睦路1280号")], [S]),
    ("sms", "debtor", "【澜川金融】您提交的困难延期申请已通过，本期账单延至8月15日，延期期间不计罚息。",
     [], []),
    ("sms", "debtor", "【禾苗钱包】蒋先生，您的借款逾期已满30天，按合同约定我们将向征信机构报送逾期记录，报送前特此告知。如有异议，请于7日内在App内提交。",
     [], []),
    ("sms", "debtor", "你手机里装了“速米借”“锦鲤分期”“花呗呗”三个借款App，短信里三家都在催你，先还禾苗的，别想着拆东墙补西墙。",
     [], [S]),
]

# --- calls, robot calls, SMS and WeChat to the people in the borrowers' uploaded address books ---------------------

ADDRESS_BOOK_CONTACTS: list[PiplEntry] = [
    ("sms", "third_party", "【禾苗钱包】您好，您是孙立伟借款的紧急联系人，他的借款已逾期，请转告他尽快处理。",
     [(P, "孙立伟")], [D]),
    ("call", "third_party", "坐席：喂，您好，请问是邓女士吗？\n第三方：是我，你哪位？\n坐席：我这边禾苗钱包的，您儿子孙立伟在我们这儿有一笔款子，您是他留的联系人。\n第三方：什么款子？他没跟我说过啊。\n坐席：您让他给我们回个电话就行，他知道是什么事。",
     [(P, "孙立伟")], [D]),
    ("call", "third_party", "坐席：您好，打扰了，请问您认识孙立伟吗？\n第三方：认识，我同事，怎么了？\n坐席：我们有件事需要找他本人，他电话一直没打通，麻烦您方便的时候让他回个电话，号码是0551-63871245，谢谢您。\n第三方：行，我跟他说一声。",
     [(P, "孙立伟"), (LL, "0551-63871245")], []),
    ("call", "third_party", "坐席：喂，是“恩典堂刘姊妹”吧？蒋文斌手机里是这么存的您。\n第三方：我是姓刘，你们是？\n坐席：他在禾苗钱包借了四千多，逾期两个月了。你们信主的人不是最讲诚信吗，麻烦您在教会里也劝劝他。\n第三方：这跟教会有什么关系……",
     [(P, "蒋文斌")], [D, S]),
    ("app", "third_party", "[图片][图片]\n这是马丽娟本人的身份证正反面，您看看是不是你们单位的？她在澜川金融欠款一万二，已经逾期三个月，麻烦转告她联系我们。",
     [(P, "马丽娟")], [D, S]),
    ("sms", "third_party", "王建军您好，阮明杰那笔钱还没还，他留的是您的号，麻烦提醒一下。",
     [(P, "王建军"), (P, "阮明杰")], [D]),
    ("call", "third_party", "坐席：您好，请问这是何晓静女士的电话吗？\n第三方：不是，我是她姐，她手机落我这儿了，什么事？\n坐席：不好意思，这件事需要和她本人沟通，不方便跟您说。麻烦她有空回个电话，谢谢。\n第三方：到底啥事啊？\n坐席：抱歉，涉及她个人的事务，我们只能和她本人谈。",
     [(P, "何晓静")], []),
    ("call", "third_party", "机器人：您好，这里是澜川金融。您被沈浩然设置为借款紧急联系人，他的借款已逾期，请提醒他及时还款。确认已知晓请按1，重听请按2。\n第三方：（按键1）\n机器人：感谢您的配合，再见。",
     [(P, "沈浩然")], [D]),
    ("sms", "third_party", "【远鸿】韩冬梅你好，这是你朋友马丽娟的照片（见彩信），她现在人就在合肥市蜀山区长江西路1168号附近，欠钱躲着不还，你见到她让她回电。",
     [(P, "韩冬梅"), (P, "马丽娟"), (A, "合肥市蜀山区长江西路1168号")], [D, S]),
    ("call", "third_party", "坐席：喂，您好，请问是葛晨阳吗？\n第三方：打错了，这号我上个月刚办的。\n坐席：好的，打扰您了，我们会把这个号码从记录里删掉，抱歉。",
     [(P, "葛晨阳")], []),
    ("app", "third_party", "李娜你好，你是蒋文斌通讯录里通话最多的人，上个月你们通话63次，最长一次两个多小时，你肯定知道他住哪。他欠禾苗的四千七一直不还，麻烦告诉我们他现在的地址。",
     [(P, "李娜"), (P, "蒋文斌")], [D, X]),
    ("sms", "third_party", "您好，我是小周，有事想联系您的朋友孙先生，他的号码暂时打不通，麻烦转告他回电0551-63871245，谢谢。",
     [(LL, "0551-63871245")], []),
    ("call", "third_party", "坐席：喂 谢先生啊 我这边澜川的\n第三方：嗯 啥事\n坐席：你老婆那个事儿你知道吧 就是那个钱 还差七千多没弄\n第三方：什么钱啊\n坐席：你问她就知道了 你是她留的联系人",
     [], [D]),
    ("sms", "third_party", "【禾苗钱包】潘月您好，蒋文斌（手机15750883934）在我平台的借款已逾期，您是其紧急联系人，请督促其还款。",
     [(P, "潘月"), (P, "蒋文斌"), (MB, "15750883934")], [D, U]),
    ("call", "third_party", "坐席：阿姨您好，我是鼎诺资产的，找一下您儿子阮明杰。\n第三方：他不在家，有啥事？\n坐席：他欠澜川那边的钱一直拖着。我们看他手机里装了好几个治抑郁的App，是不是精神上有啥问题？你们家里人也得管管。\n第三方：你们怎么知道他手机里装了什么？",
     [(P, "阮明杰")], [D, S]),
    ("call", "third_party", "坐席：您好，请问您是孙立伟的朋友吗？我们联系不上他，想请他回个电话。\n第三方：我是他老婆，他住院了，心脏搭桥，这几天别打了。\n坐席：好的，明白了，祝他早日康复。我们这边先暂停联系，等他方便了再说，也可以让他直接打0551-63871245。",
     [(P, "孙立伟"), (LL, "0551-63871245")], []),
    ("sms", "third_party", "你好，你是田玉芬的紧急联系人。她欠款未还，已逾期67天。",
     [(P, "田玉芬")], [D]),
    ("app", "third_party", "各位好，这位是蔡春燕（身份证410105197802168426），照片如下，借澜川金融三万元至今未还，认识她的请转告。[图片]",
     [(P, "蔡春燕"), (ID, "410105197802168426")], [D, S, U]),
    ("call", "third_party", "坐席：您好，我是代表禾苗钱包来电的，请问您是吴佳怡登记的紧急联系人吗？\n第三方：是吧，怎么了？\n坐席：我们联系不上她本人，您方便转告她回电吗？具体的事需要她本人来处理。",
     [(P, "吴佳怡")], [D]),
    ("sms", "third_party", "您好，这里是杭州一家信息服务公司，想联系阮先生，请他方便时回电0571-85126630。如您不认识此人，请忽略本短信，我们不会再打扰。",
     [(LL, "0571-85126630")], []),
    ("call", "third_party", "坐席：郝先生，昨天接电话说自己是“邻居”的那个人，我们声纹比对过了，就是您儿子郝振东本人。他欠我们一万三，您做父亲的劝劝他。\n第三方：你们连声音都能比对？",
     [(P, "郝振东")], [D, S]),
    ("app", "third_party", "王建军你好，我们从阮明杰的手机相册里看到你俩在工地的合照，你肯定认识他。他欠的钱你知道吧？让他这周之内处理。",
     [(P, "王建军"), (P, "阮明杰")], [D, X]),
]

# --- the collection teams' and agencies' calls to borrowers, as transcripts and as speech-to-text output ------------

AGENT_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：您好，这里是禾苗钱包贷后服务，请问是孙立伟先生吗？\n客户：是我。\n坐席：为核实身份，麻烦您报一下身份证后四位。\n客户：2859。\n坐席：好的，核实通过。您的借款已逾期8天，应还2,316元，今天能安排吗？\n客户：这周五发工资就还。\n坐席：好的，给您备注周五，到时候记得保持卡内余额充足。",
     [(P, "孙立伟")], []),
    ("call", "debtor", "坐席：孙立伟，你通讯录我们这边都有，你妈邓秀兰、你老婆何晓静，还有你们车间主任黄志刚，一共三百一十二个人，要不要我一个一个念给你听？\n客户：你们凭什么看我通讯录？\n坐席：你借款的时候自己点的授权。",
     [(P, "孙立伟"), (P, "邓秀兰"), (P, "何晓静"), (P, "黄志刚")], [X]),
    ("call", "debtor", "坐席：蒋先生，你上个月给一个存成“宝”的号码打了87个电话，天天晚上打，那是你女朋友吧？让她先帮你垫上。\n客户：这跟你们有什么关系。",
     [], [X]),
    ("call", "debtor", "坐席：马丽娟，别说你在外地了，你手机定位现在就在合肥市蜀山区长江西路1168号，离我们公司两公里。\n客户：你们怎么能定位我？\n坐席：你下载App的时候同意过的。",
     [(P, "马丽娟"), (A, "合肥市蜀山区长江西路1168号")], [S]),
    ("call", "debtor", "客户：我最近查出来乳腺有问题，下礼拜要做手术，真的没钱。\n坐席：理解，您先安心治疗。我们可以帮您申请延期30天，期间停止催收，您看可以吗？\n客户：可以，谢谢。\n坐席：不客气，延期申请提交后会有短信通知您。",
     [], []),
    ("call", "debtor", "坐席：吴佳怡是吧，你身份证340104197801029585，借款的时候人脸识别也是你本人做的，别跟我说不是你借的。\n客户：我真没借过，我身份证去年丢过。\n坐席：那你去派出所报案拿回执，我们再核实。",
     [(P, "吴佳怡"), (ID, "340104197801029585")], [U]),
    ("call", "debtor", "坐席：沈浩然，你手机上装着“孕期助手”，你老婆怀上了吧？要当爹的人了，这点钱都不还？\n客户：你们管得着吗。",
     [(P, "沈浩然")], [S]),
    ("call", "debtor", "客户：你们App让我再刷一次脸，是要干嘛？\n坐席：您好，这是更换还款卡时的身份核验，照片只用来确认是您本人操作，不会用于其他用途。\n客户：哦，那行。",
     [], []),
    ("call", "debtor", "坐席：你相册里那张在新房子里拍的全家福我们看到了，房子都买上了，还差我们这三千？\n客户：那是我哥的房子。",
     [], [X]),
    ("call", "debtor", "坐席：阮明杰，我跟你核对一下，你的还款卡是不是6214 8388 3683 2263，招商银行的？\n客户：对。\n坐席：这张卡一直余额不足，你今天存进去一千二。",
     [(P, "阮明杰"), (BC, "6214 8388 3683 2263")], [U]),
    ("call", "debtor", "坐席：您好，系统提示您已开通声纹验证，请跟读“我是本人，同意核验”。\n客户：我是本人，同意核验。\n坐席：核验通过。请问有什么可以帮您？\n客户：我想问下提前还款有没有手续费。",
     [], []),
    ("call", "debtor", "坐席：廖子豪，你的银行短信我们这边看得到，昨天招商卡余额还有一万零四百，你跟我说没钱？\n客户：那是我交房租的钱。",
     [(P, "廖子豪")], [S]),
    ("call", "debtor", "坐席：郝先生您好，我是澜川金融的客服，工号3307，来电是关于您尾号8808的分期账单，本期应还1,360元，今天是还款日。\n客户：知道了，下午还。\n坐席：好的，感谢您，再见。",
     [], []),
    ("call", "debtor", "坐席：嗯 你好 这边鼎诺的 我再跟你确认一下 你现在用的号是不是幺八八 五二五九 六四五幺\n客户：对 就是这个\n坐席：那行 明天上午十点前把四千二打到账户里",
     [(MB, "幺八八 五二五九 六四五幺")], [U]),
    ("call", "debtor", "坐席：你通讯录里存着“清真寺马阿訇”“主麻礼拜群”，你是穆斯林吧？你们教里不是不让欠账吗。\n客户：我信什么跟你有什么关系？",
     [], [S]),
    ("call", "debtor", "客户：我信佛的，不会赖账，就是现在真的周转不开。\n坐席：明白，我们可以给您做个分期，分6期，每期七百出头，您看行吗？\n客户：行。",
     [], []),
    ("call", "debtor", "坐席：温晓东，你每天早上七点四十从家出门，坐地铁2号线到单位，晚上九点多才回去，我们都清楚。\n客户：你们跟踪我？",
     [(P, "温晓东")], [S]),
    ("call", "debtor", "客户：我卡号是6236685382253708224，你们直接帮我扣吧。\n坐席：好的。为了安全，卡号请您在App里自己绑定，电话里我们不记录完整卡号。绑好以后我这边帮您发起扣款。",
     [(BC, "6236685382253708224")], []),
    ("call", "debtor", "坐席：田玉芬，你老公汪建国18701034173，还有你女儿在杭州读大学用的那个号，我们都有，你是想我们一个个打过去吗？\n客户：你们别打扰我家里人。",
     [(P, "田玉芬"), (P, "汪建国"), (MB, "18701034173")], [U, X]),
]

# --- speech-to-text output and voice robots, some with keypad turns -------------------------------------------------

ASR_AND_ROBOTS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂你好 这边是澜川金融的 请问是沈浩然先生吗\n客户：嗯是\n坐席：呃是这样 您的分期呢已经逾期四十一天了 应还是七千九百零四块三毛三 您看今天能不能处理一下\n客户：我这个月被裁了 真没钱\n坐席：哦那这样 我这边帮您提个停息分期的申请 您看行不行",
     [(P, "沈浩然")], []),
    ("call", "debtor", "坐席：那个 我跟你核对下啊 身份证号 三四零幺幺幺 幺九九幺零三幺八 七九九二 是你本人的吧\n客户：嗯\n坐席：那就没错了 这笔就是你借的",
     [(ID, "三四零幺幺幺 幺九九幺零三幺八 七九九二")], [U]),
    ("call", "debtor", "坐席：你别说你在老家了啊 你那个手机定位啊 就在那个 阜阳市颍州区清河东路318号 那个小区门口 我们看着呢\n客户：你们这是侵犯隐私",
     [(A, "阜阳市颍州区清河东路318号")], [S]),
    ("call", "debtor", "机器人：您好，这里是禾苗钱包智能语音助手，您的借款已逾期3天，应还1,288元。已知晓请按1，需要人工服务请按0。\n客户：（按键0）\n机器人：正在为您转接人工客服，请稍候。",
     [], []),
    ("call", "debtor", "机器人：您好，您绑定的银行卡 六二二八 四八七七 三八二五 九八九六 今日扣款失败，请于今日二十点前充值。重听请按1。\n客户：（按键1）",
     [(BC, "六二二八 四八七七 三八二五 九八九六")], [U]),
    ("call", "third_party", "机器人：您好，这里是客户服务中心，我们正在联系孙先生，如果您认识他，请转告他回电零五五幺 六三八七 幺二四五。如您不认识，请按2，我们将不再拨打。\n第三方：（按键2）\n机器人：好的，已为您登记，再见。",
     [(LL, "零五五幺 六三八七 幺二四五")], []),
    ("call", "debtor", "坐席：恁别搁那装了 你手机里那个测血糖的App天天都在用 恁有糖尿病是吧 有钱看病没钱还账\n客户：俺看病的钱也是借哩",
     [], [S]),
    ("call", "unknown", "坐席：喂 你好 请问是马丽娟吗\n第三方：不是 你打错了\n坐席：哦 不好意思 打扰了",
     [(P, "马丽娟")], []),
    ("call", "debtor", "坐席：你那个通话记录我们都看了 你跟你表哥打得最多 一个月三十几个 还有个叫樊丽的 天天半夜打 要不要我们问问她\n客户：你别",
     [(P, "樊丽")], [X]),
    ("call", "debtor", "客户：你们是不是把我通讯录都传上去了\n坐席：没有没有 我们这边只有您借款时候填的那一个紧急联系人 通讯录我们是看不到的\n客户：那就好",
     [], []),
    ("call", "debtor", "坐席：你那个刷脸的视频我们这边调出来了 就是你本人 戴个眼镜 穿个红衣服 在网吧里录的 还说不是你借的\n客户：……",
     [], [S]),
    ("call", "third_party", "機器人：您好，這裡是瀾川金融。彭雪梅女士在我司的分期已逾期，您是她的緊急聯絡人，請轉告她儘快還款。確認請按1。\n聯繫人：（按鍵1）",
     [(P, "彭雪梅")], [D]),
    ("call", "debtor", "坐席：你姐那个号 一五九 五六二八 七零一三 我们打过了 她说不管你 你自己看着办吧\n客户：你们别打我姐电话",
     [(MB, "一五九 五六二八 七零一三")], [U, X]),
    ("call", "debtor", "坐席：那个嗯 麻烦您报一下手机号后四位\n客户：一一六二\n坐席：好的 核实了 孙先生 您这个月的账单是一千二百八十八 今天到期",
     [], []),
    ("call", "debtor", "坐席：为了核实 您说一下身份证号吧\n客户：六二零四二幺 幺九八六 零幺二幺 九六二九\n坐席：好的 核实成功 您这边是想咨询什么问题",
     [(ID, "六二零四二幺 幺九八六 零幺二幺 九六二九")], []),
    ("call", "debtor", "机器人：尊敬的客户，您在澜川金融的分期本期应还八百六十元，还款日为本月二十五日。为保障您的信息安全，本来电不会要求您提供验证码或完整卡号。返回主菜单请按星号键。",
     [], []),
]

# --- WeChat: collectors to borrowers and their contacts, groups built from address books, team chats ----------------

WECHAT: list[PiplEntry] = [
    ("app", "debtor", "毛佳琪，你通讯录导出来我这儿一共218个人，备注“老公”的是郝振东，备注“婆婆”的号是13592979076，你自己选吧，我先给谁打。",
     [(P, "毛佳琪"), (P, "郝振东"), (MB, "13592979076")], [U, X]),
    ("app", "debtor", "您好，我是澜川金融委托的鼎诺资产调解员林晓，工号DN0217。关于您尾号8808的分期，如需协商还款方案，可在工作日9:00-18:00联系我，也可以在App内直接申请。",
     [(P, "林晓")], []),
    ("app", "debtor", "你别躲了，你那个定位一直在杭州市拱墅区莫干山路857号，白天在，晚上也在，你是住那儿了吧。",
     [(A, "杭州市拱墅区莫干山路857号")], [S]),
    ("app", "third_party", "【阜阳颍州老乡群】大家好，群里有认识殷涛的吗？这是他的自拍照[图片]，他借禾苗钱包六千八逾期半年了，谁能联系上他麻烦私聊我。",
     [(P, "殷涛")], [D, S]),
    ("app", "debtor", "【在线客服】您好，您的人脸核验未通过，请在App“账户安全-重新核验”中上传本人近期正面照片。请勿通过微信或短信把照片发给任何人。",
     [], []),
    ("app", "debtor", "你的资料我念给你听：葛晨阳，身份证340104199511115775，手机18777723569，现住杭州市余杭区文一西路1500号，单位蓝川物流。是不是你？",
     [(P, "葛晨阳"), (ID, "340104199511115775"), (MB, "18777723569"), (A, "杭州市余杭区文一西路1500号")], [U, X]),
    ("app", "third_party", "您好，温晓东是您员工吧？他在澜川有笔分期逾期了，麻烦您跟他说一声。",
     [(P, "温晓东")], [D]),
    ("app", "third_party", "您好，请问您是温晓东的同事吗？我们有份材料需要他本人签收，一直联系不上他，麻烦转告他加我微信或回电0571-85126630。",
     [(P, "温晓东"), (LL, "0571-85126630")], []),
    ("app", "debtor", "听说你妈在省立医院做透析，一个月光透析就得好几千，你有钱给你妈看病，就没钱还我们？",
     [], [S]),
    ("app", "debtor", "收到您说的情况，您先照顾好家人。您可以在App上传困难证明，我们帮您申请延期；病历不用发给我，直接在App里提交就行。",
     [], []),
    ("app", "third_party", "何晓静，你老公孙立伟在外面欠了禾苗两万多，他手机里跟一个存成“宝贝”的号码天天半夜打电话，你知道吗？",
     [(P, "何晓静"), (P, "孙立伟")], [D, X]),
    ("app", "debtor", "你儿子在蜀山区实验小学三年级二班，每天下午四点半放学，我们都知道。",
     [], [S]),
    ("app", "debtor", "温馨提示：为保护您的隐私，我们与您沟通时只会提及您身份证和银行卡的后四位。若有人自称本公司员工并报出您完整的证件号码或发来您的照片，请提高警惕并拨打0551-63871245核实。",
     [(LL, "0551-63871245")], []),
    ("app", "third_party", "这是从蔡春燕手机相册里导出来的她和你的合照，你是她闺蜜吧？她欠澜川三万块跑了，你帮忙劝劝。",
     [(P, "蔡春燕")], [D, X]),
    ("app", "debtor", "你哥彭建华在合肥市瑶海区长江东路88号开修车铺，你嫂子叫吕芳，我们明天就去修车铺坐坐。",
     [(P, "彭建华"), (A, "合肥市瑶海区长江东路88号"), (P, "吕芳")], [X]),
    ("app", "unknown", "【催收三组工作群】组长：@小王 蒋文斌那个案子，他手机定位今天一直在合肥市包河区徽州大道2239号附近转悠，你下午直接过去。",
     [(P, "蒋文斌"), (A, "合肥市包河区徽州大道2239号")], [S]),
    ("app", "unknown", "【催收三组工作群】组长：提醒一下，今天起对外沟通一律只报证件后四位，不许把客户照片、定位发给任何联系人，违者按质检红线处理。",
     [], []),
]

# --- e-mails between the lenders' risk and collection teams, the data vendor, the agencies and the law firm -----------

EMAILS: list[PiplEntry] = [
    ("email", "unknown", "发件人：data@shuheng-risk.cn\n收件人：yh-ops@yuanhongsw.com\n主题：9月批次设备画像\n附件为本批2,318户的设备画像。样例：蒋文斌，夜间常驻合肥市蜀山区长江西路1168号；通讯录高频联系人：“妈” 13707054149，月通话41次；李娜 18002317378，月通话27次。",
     [(EM, "data@shuheng-risk.cn"), (EM, "yh-ops@yuanhongsw.com"), (P, "蒋文斌"), (A, "合肥市蜀山区长江西路1168号"),
      (MB, "13707054149"), (P, "李娜"), (MB, "18002317378")], [S, U, X]),
    ("email", "unknown", "发件人：cs-ops@lanchuancf.com.cn\n主题：委外数据字段调整\n鼎诺各位：自10月1日起，委外案件包仅含客户姓名、借款编号、逾期金额、逾期天数和本人手机号（脱敏展示，外呼系统内拨号）。通讯录、定位、人脸照片、设备信息一律不再推送。请于本周内删除历史数据并回函确认。",
     [(EM, "cs-ops@lanchuancf.com.cn")], []),
    ("email", "unknown", "主题：案件DN-0923-117客户身份核实\n借款人：钟伟，身份证340104197206198739，还款卡6230588351973311。客户称卡被盗刷，请贵司协助核实扣款记录。",
     [(P, "钟伟"), (ID, "340104197206198739"), (BC, "6230588351973311")], [U]),
    ("email", "unknown", "主题：案件DN-0923-118客户身份核实\n借款人：钟*，证件尾号8739，还款卡尾号3311。客户称卡被盗刷，请协助核实8月12日的扣款记录，客户授权书见附件。",
     [], []),
    ("email", "unknown", "主题：高风险名单\n以下客户近7日定位频繁出现在外省：马丽娟（昨晚入住杭州市上城区清泰街290号一家快捷酒店）、沈浩然（本周三次出入上海虹桥火车站）。建议优先安排外访。",
     [(P, "马丽娟"), (A, "杭州市上城区清泰街290号"), (P, "沈浩然")], [S]),
    ("email", "unknown", "主题：Q3贷后模型特征报告\n短信类特征（工资类短信命中率、催收类短信条数）对M1回收率的IV值为0.21；定位与通讯录类特征已按合规要求下线，不再参与评分。以上均为聚合统计，不含个人明细。",
     [], []),
    ("email", "unknown", "主题：9月18日外访日报\n彭雪梅：家中无人，邻居称其在市二院住院；查其手机健康App，近期有孕检记录。建议暂缓外访，改为电话跟进。",
     [(P, "彭雪梅")], [S]),
    ("email", "unknown", "主题：案件移交清单（远鸿→鼎诺）\n1. 吴佳怡 18801846530 / 丈夫 严嘉禾 16626807684 / 单位：杭州市西湖区文三路478号 / 欠款9,120.00\n2. 钟伟 15096746220 / 母亲 任小燕 18363965502 / 欠款4,300.00",
     [(P, "吴佳怡"), (MB, "18801846530"), (P, "严嘉禾"), (MB, "16626807684"), (A, "杭州市西湖区文三路478号"),
      (P, "钟伟"), (MB, "15096746220"), (P, "任小燕"), (MB, "18363965502")], [U, X]),
    ("email", "unknown", "主题：诉前材料清单\n请提供：借款合同、电子签约存证、放款凭证、还款记录，以及被告身份信息（仅用于起诉状，提交法院）。通讯录、定位等与诉讼无关的数据请勿提供。",
     [], []),
    ("email", "unknown", "主题：委托催收协议续签\n甲方：澜川消费金融有限公司（统一社会信用代码91330100MATY39FY5N）\n乙方：杭州鼎诺资产管理有限公司（统一社会信用代码91330106MAMG0U804B）\n乙方联系电话：0571-85126630\n乙方仅可为催收目的处理甲方提供的个人信息，不得留存、转委托。",
     [(UC, "91330100MATY39FY5N"), (UC, "91330106MAMG0U804B"), (LL, "0571-85126630")], []),
    ("email", "unknown", "主题：客户沟通备注\n殷涛通讯录中有大量“XX寺”“居士林”联系人，判断为佛教徒，建议话术中多强调因果、诚信。",
     [(P, "殷涛")], [S]),
    ("email", "unknown", "主题：投诉转办\n客户反映我司外包坐席在通话中念出其通讯录联系人名单，经核查录音属实，已对涉事坐席停岗，并将处理结果告知客户。",
     [], []),
    ("email", "unknown", "主题：声纹比对结果\n经比对，9月12日拨打投诉热线、自称“郝振东朋友”的来电者，与借款人郝振东本人注册声纹相似度96.8%，请鼎诺据此继续催收。",
     [(P, "郝振东"), (P, "郝振东")], [S]),
    ("email", "unknown", "主题：出境记录核查\n客户陶思远，护照号E72819364，近三个月有两次出境记录（泰国、越南），请关注其失联风险。",
     [(P, "陶思远"), (PP, "E72819364")], [S, U]),
    ("email", "unknown", "主题：设备风险\n以下设备在30天内关联超过5个借款账户，疑似中介批量注册，已冻结授信：IMEI 867950060079266、866572279102826；设备ID 12558511558。",
     [], []),
    ("email", "unknown", "主题：补充材料\n客户阮明杰相册中有多张与王建军、刘芳芳的合照及其车辆照片（车牌浙A·3H8Q2），已截图附后，供外访辨认。",
     [(P, "阮明杰"), (P, "王建军"), (P, "刘芳芳"), (PL, "浙A·3H8Q2")], [X]),
    ("email", "unknown", "主题：还款能力评估\n廖子豪：工商银行卡6212260224690103086近3个月工资入账均值8,460元，当前余额10,400元；另有4家平台借款在催。",
     [(P, "廖子豪"), (BC, "6212260224690103086")], [S, U]),
]

# --- letters to borrowers, employers and villages; court papers, courts' and regulators' texts and replies to them ----

LETTERS_COURTS_REGULATORS: list[PiplEntry] = [
    ("notice", "debtor", "催收通知函\n编号：HM-CS-2024-0917-0032\n孙立伟先生（身份证号：340111198605072859）：\n您于2024年3月12日通过禾苗钱包借款8,000元，约定还款银行卡6228487738259896。截至2024年9月17日，您已逾期68天，尚欠本息合计6,412.37元，请于2024年9月27日前还款。\n合肥禾苗网络小额贷款有限公司\n统一社会信用代码：91340100MAR8A6768F\n联系电话：0551-63871245",
     [(P, "孙立伟"), (ID, "340111198605072859"), (BC, "6228487738259896"), (UC, "91340100MAR8A6768F"),
      (LL, "0551-63871245")], [U]),
    ("notice", "debtor", "还款提醒函\n编号：LC-RN-2409-1187\n马丽娟女士（证件尾号9629）：\n您在澜川消费金融有限公司的分期借款已逾期95天，欠款合计12,036.80元。请于2024年10月10日前通过澜川金融App或对公账户还款。如对欠款有异议，可在收到本函后15日内向我司书面提出。\n澜川消费金融有限公司（盖章）\n客服电话：0571-86953210\n2024年9月25日",
     [(P, "马丽娟"), (LL, "0571-86953210")], []),
    ("notice", "third_party", "协助函\n致杭州蓝川物流有限公司人力资源部：\n贵司员工葛晨阳（身份证340104199511115775，住杭州市余杭区文一西路1500号）在我司委托方借款逾期，欠款5,600元。请贵司协助督促其还款，或从其工资中代扣。\n杭州鼎诺资产管理有限公司",
     [(P, "葛晨阳"), (ID, "340104199511115775"), (A, "杭州市余杭区文一西路1500号")], [D, U, X]),
    ("notice", "third_party", "致杭州蓝川物流有限公司前台：\n随函附上致贵司员工葛晨阳先生的信件一封（已密封），烦请转交本人，谢谢。\n联系电话：0571-85126630",
     [(P, "葛晨阳"), (LL, "0571-85126630")], []),
    ("notice", "debtor", "外访告知函\n蒋文斌：\n根据系统定位，您近一个月每晚均在合肥市蜀山区长江西路1168号留宿，我司外访人员将于9月30日前往该处与您面谈。\n合肥远鸿商务咨询有限公司",
     [(P, "蒋文斌"), (A, "合肥市蜀山区长江西路1168号")], [S]),
    ("notice", "debtor", "寄：合肥市包河区徽州大道2239号金地花园7栋1602室 孙立伟 收\n\n孙立伟先生：您好！您在禾苗钱包的借款已逾期，欠款明细见背面。如您已搬离该地址，请致电0551-63871245更新联系方式。",
     [(A, "合肥市包河区徽州大道2239号金地花园7栋1602室"), (P, "孙立伟"), (P, "孙立伟"), (LL, "0551-63871245")], []),
    ("notice", "debtor", "律师函\n（2024）砚石律函字第0917号\n致：沈浩然先生\n受澜川消费金融有限公司委托，本所就您的借款逾期事宜致函。经查，您的配偶林雅琴、父亲沈国平、岳母韩秀珍均在您授权的通讯录中。如您继续拒不还款，本所将依法向人民法院起诉。\n安徽砚石律师事务所\n律师：许文博",
     [(P, "沈浩然"), (P, "林雅琴"), (P, "沈国平"), (P, "韩秀珍"), (P, "许文博")], [X]),
    ("notice", "debtor", "律师函\n（2024）砚石律函字第0921号\n致：廖子豪先生（身份证号3713**********1718）\n本所受澜川消费金融有限公司委托，就您借款逾期事宜致函如下：截至2024年9月20日，您尚欠本金9,800元及利息、罚息合计1,214.66元。请于本函送达之日起10日内清偿，逾期未清偿的，委托人将依法提起诉讼。如有异议，请联系本所0551-65302218。\n安徽砚石律师事务所（盖章）\n律师：许文博",
     [(P, "廖子豪"), (LL, "0551-65302218"), (P, "许文博")], []),
    ("notice", "third_party", "致六安市金安区三十铺镇双河村村委会：\n贵村村民田玉芬在澜川金融借款三万元，逾期至今未还，请村委会协助做通其家人工作。",
     [(P, "田玉芬")], [D]),
    ("notice", "unknown", "民事起诉状\n原告：澜川消费金融有限公司，统一社会信用代码91330100MATY39FY5N，住所地杭州市上城区钱江路1366号。\n被告：马丽娟，女，1986年1月21日出生，汉族，身份证号620421198601219629，住合肥市蜀山区长江西路1168号。\n诉讼请求：1.判令被告偿还借款本金11,000元及相应利息；2.本案诉讼费由被告承担。\n此致\n合肥市滨湖新区人民法院",
     [(UC, "91330100MATY39FY5N"), (A, "杭州市上城区钱江路1366号"), (P, "马丽娟"), (ID, "620421198601219629"),
      (A, "合肥市蜀山区长江西路1168号")], []),
    ("notice", "debtor", "合肥市滨湖新区人民法院\n传票\n案号：（2024）皖0196民初4471号\n被传唤人：马丽娟\n住址：合肥市蜀山区长江西路1168号\n传唤事由：开庭\n应到时间：2024年11月6日9时00分\n应到处所：本院第三法庭",
     [(P, "马丽娟"), (A, "合肥市蜀山区长江西路1168号")], []),
    ("notice", "debtor", "诉讼告知书\n蒋文斌（身份证号：340111199103187992）：\n禾苗钱包已委托律师就您的欠款向合肥市滨湖新区人民法院提起诉讼，案号（2024）皖0196民初5210号。如希望庭前和解，请于10月15日前联系我司0551-63871245。\n合肥远鸿商务咨询有限公司",
     [(P, "蒋文斌"), (ID, "340111199103187992"), (LL, "0551-63871245")], [U]),
    ("notice", "unknown", "强制执行申请书\n申请执行人：合肥禾苗网络小额贷款有限公司，统一社会信用代码91340100MAR8A6768F。\n被执行人：钟伟，男，汉族，身份证号340104197206198739。\n执行依据：合肥市滨湖新区人民法院（2024）皖0196民初3318号民事判决书。\n已知被执行人财产线索：银行账户6230588351973311。\n此致 合肥市滨湖新区人民法院",
     [(UC, "91340100MAR8A6768F"), (P, "钟伟"), (ID, "340104197206198739"), (BC, "6230588351973311")], []),
    ("notice", "unknown", "国家金融监督管理总局临江监管分局\n投诉转办单\n编号：LJ-TS-2024-09-0311\n投诉人：谢宏亮，联系电话16603462610\n被投诉机构：澜川消费金融有限公司\n投诉内容：投诉人称该公司委托的催收人员将其身份证照片发给其同事，并在电话中说出其所在位置。请于15个工作日内核查处理并答复投诉人。",
     [(P, "谢宏亮"), (MB, "16603462610")], []),
    ("notice", "unknown", "关于投诉人谢宏亮投诉事项的核查报告\n临江监管分局：\n投诉人谢宏亮（身份证号36073119830624961X）于2024年5月在我司借款6,000元。经调取录音，受托机构催收员张某确有在通话中提及投诉人所在位置的行为，我司已终止与该催收员的合作。",
     [(P, "谢宏亮"), (P, "谢宏亮"), (ID, "36073119830624961X")], [U]),
    ("notice", "unknown", "关于投诉单LJ-TS-2024-09-0311的答复\n经核查，受托机构坐席在与投诉人同事通话时告知了投诉人的欠款情况，并发送了投诉人的证件照片，违反我司《委外催收管理办法》第十二条。我司已对该机构暂停派案30日、扣减服务费，并已向投诉人当面致歉。投诉人信息以工单编号记载，本答复不再列明。",
     [], []),
    ("notice", "debtor", "诉前调解通知\n合肥市滨湖新区人民法院诉调对接中心\n廖子豪：澜川消费金融有限公司诉你借款合同纠纷一案，本院已委派调解员进行诉前调解。调解员：许婧，电话0551-65117702。",
     [(P, "廖子豪"), (P, "许婧"), (LL, "0551-65117702")], []),
    ("notice", "third_party", "致蔡春燕家属的一封信\n蔡春燕的父母：你们的女儿在澜川金融借款三万元，已逾期半年。据我们了解，她目前在杭州市拱墅区莫干山路857号一家美容院上班，每天晚上十点下班。希望你们督促她还款。",
     [(P, "蔡春燕"), (P, "蔡春燕"), (A, "杭州市拱墅区莫干山路857号")], [D, S, X]),
    ("notice", "debtor", "委外催收告知书\n尊敬的客户：因您的借款已逾期，澜川消费金融有限公司自2024年10月1日起委托杭州鼎诺资产管理有限公司（统一社会信用代码91330106MAMG0U804B）与您联系。我司仅向其提供您的姓名、联系电话、借款及逾期信息，用于催收及协商还款。如对委托或信息处理有异议，请致电0571-86953210。",
     [(UC, "91330106MAMG0U804B"), (LL, "0571-86953210")], []),
]

# --- the collection system's case notes, field-visit orders, handover sheets and the risk team's tags ---------------

CASE_NOTES: list[PiplEntry] = [
    ("app", "unknown", "【作业备注】2024-09-19 10:42 坐席DN0217：客户孙立伟称本周五发薪后还款；已核实身份（证件后四位）。下次跟进：9/20。",
     [(P, "孙立伟")], []),
    ("app", "unknown", "【作业备注】客户马丽娟手机定位显示昨夜23:10至今晨7:30在杭州市上城区清泰街290号，疑似已离开合肥，建议转杭州外访组。",
     [(P, "马丽娟"), (A, "杭州市上城区清泰街290号")], [S]),
    ("notice", "unknown", "案件交接单\n借款人：沈浩然  手机：16665056104\n紧急联系人：林雅琴（配偶）17754820931；沈国平（父）13955107742\n通讯录高频：韩秀珍，月通话22次\n备注：客户称失业，态度尚可。",
     [(P, "沈浩然"), (MB, "16665056104"), (P, "林雅琴"), (MB, "17754820931"), (P, "沈国平"), (MB, "13955107742"),
      (P, "韩秀珍")], [U, X]),
    ("app", "unknown", "【作业备注】客户葛晨阳来电对借款金额提出异议，已登记异议并暂停催收，转对账专员核实，3个工作日内回复客户。",
     [(P, "葛晨阳")], []),
    ("app", "unknown", "【外访记录】9/21 14:00 到访阜阳市颍州区清河东路318号，客户母亲开门，称客户在医院陪护患肝癌的父亲，已留联系方式。",
     [(A, "阜阳市颍州区清河东路318号")], [S]),
    ("app", "unknown", "【风控标签】用户毛佳琪：已安装健康类App 3个（含“孕育助手”），近30日频繁使用；标签：孕期。",
     [(P, "毛佳琪")], [S]),
    ("notice", "unknown", "外访派单\n案件号：HM-2409-0562\n借款人：钟伟\n身份证：340104197206198739\n手机：15096746220\n地址：合肥市瑶海区胜利路1210号\n欠款：4,300.00",
     [(P, "钟伟"), (ID, "340104197206198739"), (MB, "15096746220"), (A, "合肥市瑶海区胜利路1210号")], [U]),
    ("app", "unknown", "外访派单\n案件号：HM-2409-0563\n借款人：程*\n手机：181****5395\n地址：合肥市蜀山区黄山路459号\n注意：上门前须电话预约，全程录音录像，不得向邻居、物业透露来意。",
     [(A, "合肥市蜀山区黄山路459号")], []),
    ("app", "unknown", "【作业备注】客户吴佳怡失联。相册截图显示其与丈夫严嘉禾、婆婆的多张合影，已存档，外访时可用于辨认家属。",
     [(P, "吴佳怡"), (P, "严嘉禾")], [X]),
    ("app", "unknown", "【声纹比对】来电号码17154830921自称客户同事，声纹与借款人沈浩然本人匹配度93%，判定为本人冒充他人，转高压组。",
     [(MB, "17154830921"), (P, "沈浩然")], [S, U]),
    ("notice", "unknown", "案件交接单（远鸿→鼎诺）\n案件数：412\n移交字段：借款编号、姓名、脱敏手机号、逾期金额、逾期天数、最近一次承诺还款记录\n不随案移交：通讯录、通话记录、定位、证件及人脸照片\n交接人：程晓宇  接收人：林晓",
     [(P, "程晓宇"), (P, "林晓")], []),
    ("app", "unknown", "【短信解析】用户廖子豪：工资短信识别——每月15日入账约8,460元（工商银行）；另识别到“速米借”“锦鲤分期”逾期提醒共14条。已推送至催收系统，建议每月15日上午外呼。",
     [(P, "廖子豪")], [S]),
    ("app", "unknown", "【通话记录分析】客户蒋文斌近90天通话TOP5：李娜（413次）、“妈”（126次）、潘月（58次）、“王经理”（41次）、“老表”（33次）。建议从李娜入手。",
     [(P, "蒋文斌"), (P, "李娜"), (P, "潘月"), (P, "李娜")], [X]),
    ("notice", "unknown", "贷后数据使用审批单\n申请部门：催收二部\n准予字段：借款人本人手机号、借款信息\n驳回字段：紧急联系人以外的通讯录数据、定位数据\n驳回理由：超出催收必要范围（《个人信息保护法》第六条）。\n审批人：风控合规部 陶晓军",
     [(P, "陶晓军")], []),
    ("app", "unknown", "【外访备注】客户田玉芬的儿子在双河村小学上四年级，每天下午四点由奶奶接，可在校门口找到其家人。",
     [(P, "田玉芬")], [S]),
    ("app", "unknown", "【失联修复】客户陶思远，护照E72819364，数衡回传：9月2日由上海浦东机场出境，目的地曼谷，尚未入境。",
     [(P, "陶思远"), (PP, "E72819364")], [S, U]),
    ("app", "unknown", "【作业备注】客户彭雪梅来电自述怀孕7个月，已按困难客户流程暂停催收60天，期间不再外呼。",
     [(P, "彭雪梅")], []),
    ("notice", "unknown", "外访辨认资料\n目标：蔡春燕，身份证410105197802168426\n其男友殷涛，电话15805514327，平时开一辆车牌为皖A·7K3M2的白色轿车。",
     [(P, "蔡春燕"), (ID, "410105197802168426"), (P, "殷涛"), (MB, "15805514327"), (PL, "皖A·7K3M2")], [U, X]),
    ("app", "unknown", "【设备关联】借款编号202404071455950997绑定设备：IMEI 869190904597466，App版本v6.3.12，系统Android 13。设备无异常。",
     [], []),
    ("app", "unknown", "【定位轨迹】客户温晓东工作日轨迹：07:40出门→地铁2号线→09:00到杭州市西湖区文三路478号（单位）→21:20返回；周末多在杭州市拱墅区莫干山路857号附近。",
     [(P, "温晓东"), (A, "杭州市西湖区文三路478号"), (A, "杭州市拱墅区莫干山路857号")], [S]),
]

# --- quality-check sheets, complaint tickets and the data vendor's returns ----------------------------------------

QA_AND_TICKETS: list[PiplEntry] = [
    ("notice", "unknown", "质检单 QC-0918-044\n录音：DN0217-20240918-1032\n客户：阮明杰（手机19976776381）\n问题：坐席在通话中完整读出客户还款卡号，违反“卡号仅报后四位”的要求。\n扣分：-10",
     [(P, "阮明杰"), (MB, "19976776381")], [U]),
    ("notice", "unknown", "质检单 QC-0918-045\n录音：YH0533-20240918-1517\n问题：坐席向紧急联系人透露借款金额及平台名称，属红线违规。\n处理：停岗培训3天，录音已归档。",
     [], []),
    ("app", "unknown", "【投诉工单】TS20240919-0087\n来电人：客户本人\n诉求：客户称催收员把她的自拍照发到了她们家族微信群，要求删除并道歉。\n处理意见：已转合规部核查。",
     [], []),
    ("notice", "unknown", "质检抽检记录\n客户：韩冬梅\n坐席话术摘录：“你老公在二院住着呢吧，肝硬化是不是？你家还有个上初中的孩子……”\n评语：违规提及客户家属病情及子女信息，判定红线。",
     [(P, "韩冬梅")], []),
    ("email", "unknown", "投诉工单TS20240920-0112\n投诉人：任小燕，身份证410105199708198564，手机18363965502\n投诉内容：催收员在电话中称知道她每天几点下班、住哪个小区。\n请鼎诺于2个工作日内提交录音。",
     [(P, "任小燕"), (ID, "410105199708198564"), (MB, "18363965502")], [U]),
    ("app", "unknown", "【投诉工单】TS20240920-0113\n投诉人：任**，尾号5502\n类型：隐私泄露\n摘要：客户称其借款信息被告知其前夫。\n状态：处理中",
     [], []),
    ("notice", "unknown", "质检单 QC-0921-007\n客户：谢宏亮  证件号36073119830624961X\n录音要点：坐席称“你现在在合肥南站对吧，G字头那趟车”\n结论：违规使用定位信息，扣20分。",
     [(P, "谢宏亮"), (ID, "36073119830624961X")], [U]),
    ("app", "debtor", "【客服回复】您好，关于您反映催收人员向您同事发送您证件照片的问题，我们已核实并对该外包机构作出处罚，相关照片已要求删除。如仍有疑问，请致电0571-86953210。",
     [(LL, "0571-86953210")], []),
    ("notice", "unknown", "质检单 QC-0922-019\n客户：沈浩然  卡号6229087554445907\n问题：坐席未核实身份即告知欠款金额。",
     [(P, "沈浩然"), (BC, "6229087554445907")], [U]),
    ("app", "unknown", "【合规提示】本周起，工单、质检单中的客户证件号、卡号一律只显示后四位；确需完整信息的，由合规部在系统内调阅，不得复制到邮件或聊天工具。",
     [], []),
    ("email", "unknown", "主题：失联修复回传\n客户严嘉禾：新号码17356290418（来源：其母亲的通讯录），近一周定位在合肥市包河区徽州大道2239号附近；前妻吕敏，电话13966218540。",
     [(P, "严嘉禾"), (MB, "17356290418"), (A, "合肥市包河区徽州大道2239号"), (P, "吕敏"), (MB, "13966218540")], [S, U, X]),
]

# --- identifiers written and spoken every way: full-width, grouped, glued, read aloud, behind +86 -------------------

IDENTIFIER_FORMS: list[PiplEntry] = [
    ("sms", "debtor", "【鼎诺资产】温晓东，身份证３４０１０４１９８３０６０２４０１Ｘ，你名下澜川分期已逾期76天，今日务必处理。",
     [(P, "温晓东"), (ID, "３４０１０４１９８３０６０２４０１Ｘ")], [U]),
    ("sms", "debtor", "【远鸿】+86 158 0551 4327 的机主殷涛：你在禾苗的借款已逾期，本号码为你注册时登记的号码，请回电。",
     [(MB, "158 0551 4327"), (P, "殷涛")], [U]),
    ("call", "debtor", "坐席：郝振东，你身份证371327-19710903-2392，对吧？借款合同上白纸黑字写着呢。\n客户：对，怎么了。",
     [(P, "郝振东"), (ID, "371327-19710903-2392")], [U]),
    ("app", "debtor", "您的代扣卡6217.9987.7568.7612.197已解绑，请重新绑定。如非本人操作，请联系在线客服。",
     [(BC, "6217.9987.7568.7612.197")], [U]),
    ("call", "debtor", "坐席：我给你念一下你绑的卡 六二幺拐 洞洞八二 六二六六 八三六八 八洞八 是不是这张\n客户：是 怎么了\n坐席：这张卡今天扣款又失败了",
     [(BC, "六二幺拐 洞洞八二 六二六六 八三六八 八洞八")], [U]),
    ("call", "debtor", "坐席：殷先生 你身份证号五幺零幺两九 幺九八五零五两六 四六三叉 对吧\n客户：你们怎么知道我身份证",
     [(ID, "五幺零幺两九 幺九八五零五两六 四六三叉")], [U]),
    ("notice", "debtor", "还款通知\n罗德海（身份证620421660216343）：您在澜川金融的借款已逾期32天，欠款3,240.00元，请及时还款。\n澜川消费金融有限公司",
     [(P, "罗德海"), (ID, "620421660216343")], [U]),
    ("call", "third_party", "坐席：罗大爷是吧 你儿子罗俊 身份证四四零八八三 七七幺二洞七 九五六 他在禾苗借的钱还没还 你知道吧\n第三方：啥钱 他没跟我说",
     [(P, "罗俊"), (ID, "四四零八八三 七七幺二洞七 九五六")], [D, U]),
    ("email", "unknown", "主题：出境核查\n客户严嘉禾，护照 E A 3 2 0 5 8 1 7，近三个月无出境记录。",
     [(P, "严嘉禾"), (PP, "E A 3 2 0 5 8 1 7")], [U]),
    ("app", "unknown", "【失联修复】客户葛晨阳持往来港澳通行证C58203947，9月8日经深圳湾口岸出境，9月10日入境。",
     [(P, "葛晨阳"), (PP, "C58203947")], [S, U]),
    ("sms", "debtor", "【禾苗钱包】您尾号2859的身份证关联的借款已逾期。请勿将验证码、完整证件号透露给任何人。",
     [], []),
    ("call", "debtor", "客户：我手机换了 新的是幺三七 幺三二 八四九 零六 你们记一下\n坐席：好的，已经更新，后续我们会用这个号码联系您。",
     [(MB, "幺三七 幺三二 八四九 零六")], []),
    ("sms", "debtor", "【鼎诺资产】阮先生，关于您的协商还款申请，请于工作日致电(0571)85126630转8021联系林晓。",
     [(LL, "(0571)85126630"), (P, "林晓")], []),
    ("app", "third_party", "你弟钟伟身份证340104197206198739，欠禾苗四千三，人找不到了，你这个当哥的总知道他在哪吧。",
     [(P, "钟伟"), (ID, "340104197206198739")], [D, U]),
    ("notice", "debtor", "结清证明\n兹证明毛佳琪（身份证号 3301 0619 9906 1903 40）在我司的借款已于2024年9月26日全部结清，双方债权债务关系终止。\n澜川消费金融有限公司",
     [(P, "毛佳琪"), (ID, "3301 0619 9906 1903 40")], [U]),
    ("sms", "debtor", "【远鸿】你登记的紧急联系人号码１５７２２４９７３３２为空号，请在App中更新。",
     [(MB, "１５７２２４９７３３２")], [U]),
    ("call", "debtor", "坐席：你以前留的0086 138 5516 2047那个号是你老婆的吧 我们打过去她说你们早离婚了\n客户：离了三年了 你们别找她",
     [(MB, "138 5516 2047")], [U, X]),
    ("email", "unknown", "发件人：legal@yanshi-law.cn\n主题：律师函模板审核\n随附律师函模板，当事人身份证号、银行卡号一律仅显示后四位。本所地址：合肥市蜀山区潜山路190号，电话（0551）65302218。",
     [(EM, "legal@yanshi-law.cn"), (A, "合肥市蜀山区潜山路190号"), (LL, "（0551）65302218")], []),
    ("app", "debtor", "请确认退款账户：户名沈浩然，账号6228488639890346296，开户行农业银行合肥分行。确认无误请回复“是”。",
     [(P, "沈浩然"), (BC, "6228488639890346296")], [U]),
    ("call", "debtor", "机器人：您好，系统检测到您预留的手机号幺五七 五洞八八 三九三四即将停用，请在App内及时更新。",
     [(MB, "幺五七 五洞八八 三九三四")], [U]),
]

# --- decoys: order, contract, batch and transaction numbers, IMEIs, device and ticket ids, app versions ---------------

DECOYS: list[PiplEntry] = [
    ("sms", "debtor", "【澜川金融】您的退款单号7524189628105093208已处理，款项将原路退回尾号3311的银行卡，预计3-5个工作日到账。",
     [], []),
    ("app", "debtor", "设备安全提醒：检测到新设备登录（IMEI 866685498596478，机型Redmi K60，App v6.3.12）。如非本人操作，请立即修改登录密码。",
     [], []),
    ("sms", "debtor", "【禾苗钱包】您的借款合同（编号202406262378738778）已生成，可在App“合同中心”查看下载。",
     [], []),
    ("call", "debtor", "坐席：您那笔还款的流水号我念一下 二零二四 洞五幺四 洞八七三 三幺六六 五二 您在App里搜这个号就能看到\n客户：好 我看到了 显示已入账",
     [], []),
    ("email", "unknown", "主题：扣款失败批次\n批次号3073941737582957，失败232笔，原因：余额不足198笔、卡状态异常34笔。明细见附件，已脱敏。",
     [], []),
    ("app", "unknown", "【版本发布】禾苗钱包Android 6.4.0（build 20241012.1503）上线：通讯录读取功能已下线，紧急联系人改为手动填写。",
     [], []),
    ("sms", "debtor", "【澜川金融】您的工单12987810324已受理，客服将在24小时内回电。",
     [], []),
    ("app", "debtor", "您的身份证3401**********2859、银行卡6228 **** **** 9896已完成实名核验。",
     [], []),
    ("sms", "debtor", "【禾苗钱包】借款编号3067988309825700的应还款项将从您的银行卡6225882763998975扣除，请保证余额充足。",
     [(BC, "6225882763998975")], [U]),
    ("call", "third_party", "坐席：您好 您是吴佳怡的紧急联系人吧 她那个借款逾期了 她手机串号八六七五四零四七零零六二九五幺 我们这边显示昨天晚上就在你们小区登录过\n第三方：我不知道她在哪",
     [(P, "吴佳怡")], [D, S]),
    ("email", "unknown", "主题：重复扣款核查\n客户吴佳怡，卡号6225 8827 6399 8975，交易流水4705223271302366与2291018619717765重复扣款，请核实后退款。",
     [(P, "吴佳怡"), (BC, "6225 8827 6399 8975")], [U]),
    ("notice", "debtor", "还款凭证\n流水号：202403186243625994\n还款金额：1,288.00元\n还款时间：2024-09-20 14:32:08\n还款卡：尾号9896",
     [], []),
]

# --- the debt told to contacts in a few words, beside call-back requests that tell nothing ---------------------------

TOLD_IN_FEW_WORDS: list[PiplEntry] = [
    ("sms", "third_party", "你是孙立伟借款的紧急联系人，请转告他。",
     [(P, "孙立伟")], [D]),
    ("call", "third_party", "坐席：你好 是沈浩然的爸爸吧\n第三方：是 咋了\n坐席：他那个澜川的账 您催催他\n第三方：啥账？",
     [(P, "沈浩然")], [D]),
    ("app", "third_party", "你表弟那事儿还没弄完，禾苗这边还等着呢，你跟他说一声。",
     [], [D]),
    ("sms", "third_party", "【澜川】您好，您的朋友毛佳琪的分期已逾期，她留了您的电话。",
     [(P, "毛佳琪")], [D]),
    ("call", "third_party", "坐席：喂 你是廖子豪屋头的哇\n第三方：我是他姐 啥子事\n坐席：他在我们澜川借的钱拖起好久了 你喊他莫躲了嘛",
     [(P, "廖子豪")], [D]),
    ("sms", "third_party", "【瀾川金融】您好，您是蔡春燕女士借款時填寫的聯絡人，其款項已逾期，煩請轉告。",
     [(P, "蔡春燕")], [D]),
    ("app", "third_party", "emmm你好 我这边是帮禾苗处理账务的 你男朋友蒋文斌那个款还差一点 他知道的",
     [(P, "蒋文斌")], [D]),
    ("call", "third_party", "坐席：李姐，打扰了，您同事葛晨阳的事儿他应该跟您提过吧，就月初那个，逾期的那个。\n第三方：没提过啊。",
     [(P, "葛晨阳")], [D]),
    ("call", "third_party", "坐席：您好，请问是葛晨阳的家人吗？\n第三方：我是他妈。\n坐席：阿姨您好，他之前留了这个号码方便联系，我们有事想找他本人，您让他有空回个电话就好。\n第三方：什么事啊？\n坐席：是他个人的事，需要他本人处理，谢谢阿姨。",
     [(P, "葛晨阳")], []),
    ("sms", "third_party", "王建军，阮明杰那笔钱的事他清楚，你让他看短信。",
     [(P, "王建军"), (P, "阮明杰")], [D]),
    ("app", "third_party", "【蓝川物流仓储部】@全体成员 哪位是葛晨阳？他借款逾期的事请他私聊我。",
     [(P, "葛晨阳")], [D]),
    ("call", "third_party", "机器人：您好，这里是禾苗钱包。请问您认识殷涛吗？他的借款已经逾期。认识请按1，不认识请按2。\n第三方：（按键2）\n机器人：好的，打扰了。",
     [(P, "殷涛")], [D]),
    ("email", "third_party", "主题：关于贵司员工温晓东\n您好，贵司员工温晓东在澜川消费金融有限公司的分期已逾期76天，我司受托与其联系未果，烦请转告其尽快处理。\n杭州鼎诺资产管理有限公司",
     [(P, "温晓东"), (P, "温晓东")], [D]),
    ("sms", "third_party", "你好，认识钟伟吧？他欠的钱该还了。",
     [(P, "钟伟")], [D]),
    ("call", "third_party", "第三方：你们是不是催债的？他是不是欠钱了？\n坐席：抱歉，具体事务我们不能透露，只是想请他本人回个电话。\n第三方：你不说我就不转告。\n坐席：理解，那打扰您了，再见。",
     [], []),
    ("app", "third_party", "房东您好，租您房子的那个田玉芬，她在澜川金融的借款逾期了，您要是见到她，让她联系一下我们。",
     [(P, "田玉芬")], [D]),
    ("notice", "third_party", "致罗俊家属：\n罗俊在禾苗钱包的借款已逾期，现将《逾期告知书》寄至您处，请督促其还款。",
     [(P, "罗俊"), (P, "罗俊")], [D]),
    ("call", "third_party", "坐席：喂 你好 你是那个何晓静吧 你老公在我们这个禾苗钱包有个账 逾期了\n第三方：啊 我不知道啊",
     [(P, "何晓静")], [D]),
    ("app", "third_party", "你们单位那个彭雪梅，怀孕了还在外面借钱，欠禾苗三千多，你见了跟她说一声。",
     [(P, "彭雪梅")], [D, S]),
    ("sms", "third_party", "黄志刚您好，您车间的孙立伟（住合肥市包河区徽州大道2239号金地花园7栋1602室）在禾苗钱包的借款已逾期，请转告。",
     [(P, "黄志刚"), (P, "孙立伟"), (A, "合肥市包河区徽州大道2239号金地花园7栋1602室")], [D, X]),
    ("call", "third_party", "坐席：你好 我找一下汪建国\n第三方：我就是\n坐席：你老婆田玉芬 手机幺八幺拐八九三九拐洞洞 这个号一直不接 她欠我们澜川的钱 你叫她接电话",
     [(P, "汪建国"), (P, "田玉芬"), (MB, "幺八幺拐八九三九拐洞洞")], [D, U]),
    ("app", "third_party", "[图片] 认识这个人吗？他叫廖子豪，这是他借款时拍的人脸照，欠钱不还。",
     [(P, "廖子豪")], [D, S]),
]

# --- the whole address book, call logs and photo albums quoted back, beside what a message does need ----------------

MORE_THAN_NEEDED: list[PiplEntry] = [
    ("call", "debtor", "坐席：你通讯录一共四百零七个号，“爸”“妈”“老婆”“大舅”“二姨”“张老师”，要不要我挨个打一遍？\n客户：你们敢！",
     [], [X]),
    ("sms", "debtor", "廖子豪：你通讯录前十名——廖建平、廖小燕、“姐”、周鹏、陈曦、“房东”、“老板娘”、何平、胡军、“宝贝”，明天起每人一条短信。",
     [(P, "廖子豪"), (P, "廖建平"), (P, "廖小燕"), (P, "周鹏"), (P, "陈曦"), (P, "何平"), (P, "胡军")], [X]),
    ("app", "debtor", "你最近一周打出去的电话：9月16日给“妈”打了4次，17日给一个叫陈曦的打了11次，18日凌晨两点还给“宝贝”打了半小时。大半夜有空打电话，就没空还钱？",
     [(P, "陈曦")], [X]),
    ("sms", "debtor", "【远鸿】葛晨阳，杭州蓝川物流仓储部，住杭州市余杭区文一西路1500号3幢502室，你的情况我们全掌握了。",
     [(P, "葛晨阳"), (A, "杭州市余杭区文一西路1500号3幢502室")], [X]),
    ("notice", "debtor", "催告函\n程国栋（紧急联系人：妻子 樊丽 15977697575；岳父 樊德明 13866105372）：\n您在禾苗钱包的借款已逾期47天，欠款3,906.12元，请于收函后7日内还款。\n合肥远鸿商务咨询有限公司",
     [(P, "程国栋"), (P, "樊丽"), (MB, "15977697575"), (P, "樊德明"), (MB, "13866105372")], [U, X]),
    ("call", "debtor", "坐席：你前女友刘芳芳现在在哪上班我们都知道，要不要去问问她你以前是不是也这么赖账？\n客户：你们有病吧",
     [(P, "刘芳芳")], [X]),
    ("app", "debtor", "吴佳怡，你老公严嘉禾在西湖区文三路478号上班，你婆婆手机尾号7733，你儿子叫严子墨，你自己掂量。",
     [(P, "吴佳怡"), (P, "严嘉禾"), (A, "西湖区文三路478号"), (P, "严子墨")], [X]),
    ("call", "debtor", "坐席：您之前留的紧急联系人号码是空号，麻烦您在App里更新一下，填您愿意让我们联系的人就行，我们只在联系不上您本人时才会打。\n客户：好，我晚上弄。",
     [], []),
    ("email", "unknown", "主题：补充联系人\n沈浩然通讯录中新增“韩秀珍（岳母）”“沈国平（父）”“林雅琴（妻）”及其单位同事14人，名单如下：周立、郑海波、冯静……",
     [(P, "沈浩然"), (P, "韩秀珍"), (P, "沈国平"), (P, "林雅琴"), (P, "周立"), (P, "郑海波"), (P, "冯静")], [X]),
    ("sms", "debtor", "殷涛：你爸殷德福、你妈王桂英、你妹殷雪，这三个号我们今天都会打。",
     [(P, "殷涛"), (P, "殷德福"), (P, "王桂英"), (P, "殷雪")], [X]),
    ("call", "debtor", "坐席：蔡春燕 你那个男朋友殷涛 电话幺五八 洞五五幺 四三二拐 对吧 我们已经跟他聊过了\n客户：你们找他干嘛",
     [(P, "蔡春燕"), (P, "殷涛"), (MB, "幺五八 洞五五幺 四三二拐")], [U, X]),
    ("notice", "debtor", "上门通知\n温晓东先生：我司外访人员将于10月8日分别到您单位（杭州市西湖区文三路478号）及您父母家（杭州市拱墅区莫干山路857号）拜访。",
     [(P, "温晓东"), (A, "杭州市西湖区文三路478号"), (A, "杭州市拱墅区莫干山路857号")], [X]),
    ("app", "debtor", "为核实身份，请在App中上传本人手持身份证照片；我们不会要求您提供家人、同事的任何信息。",
     [], []),
    ("call", "debtor", "坐席：你每天晚上十一点都给一个139开头的号码打电话，一打就是一个钟头，你老婆知道吗？\n客户：……你们查我通话记录？",
     [], [X]),
    ("app", "unknown", "【催收三组工作群】张组长：把郝振东的全家信息发群里——妻子毛佳琪、儿子郝宇轩、母亲赵桂兰，住址合肥市蜀山区黄山路459号，大家分头打。",
     [(P, "郝振东"), (P, "毛佳琪"), (P, "郝宇轩"), (P, "赵桂兰"), (A, "合肥市蜀山区黄山路459号")], [X]),
    ("email", "unknown", "主题：外访目标补充\n客户任小燕，现就职于合肥市包河区徽州大道2239号三楼一家美甲店；其前夫郝建军，电话18055172639。",
     [(P, "任小燕"), (A, "合肥市包河区徽州大道2239号"), (P, "郝建军"), (MB, "18055172639")], [U, X]),
]

# --- sensitive data read from the phone or the verification files, beside the debtor's own words and hardship replies ---

SENSITIVE_AND_NEAR: list[PiplEntry] = [
    ("sms", "debtor", "你现在人在合肥南站候车室，G字头去上海那趟，对吧？欠钱就想跑？",
     [], [S]),
    ("app", "debtor", "检测到你手机装了“好孕日记”，怀孕几个月了？孩子出生前先把账清了。",
     [], [S]),
    ("call", "debtor", "坐席：你手机里那个“精卫随访”App我们看到了，你在吃抗抑郁的药吧，吃药有钱还款没钱？\n客户：……",
     [], [S]),
    ("sms", "debtor", "你通讯录里一半是“XX堂弟兄姊妹”，信耶稣的人还欠钱不还？周日我们去教堂门口等你。",
     [], [S]),
    ("call", "third_party", "坐席：阿姨，我们把您儿子借款时录的人脸视频发您微信了，您看看是不是他本人？他在禾苗欠了八千。\n第三方：这……是他。",
     [], [D, S]),
    ("app", "debtor", "你支付宝昨天刚收到一笔3,200的转账，短信通知我们这边都看得到，今天必须还。",
     [], [S]),
    ("sms", "debtor", "你征信报告上还有6笔未结清贷款、2张信用卡逾期，别以为我们不知道。",
     [], [S]),
    ("call", "debtor", "坐席：你女儿在合肥市蜀山区黄山路459号那个幼儿园上中班吧，每天下午四点奶奶去接，你也不想孩子看到我们吧？\n客户：你们别碰我女儿！",
     [(A, "合肥市蜀山区黄山路459号")], [S]),
    ("notice", "third_party", "致严嘉禾单位领导的函\n贵单位职工严嘉禾患有糖尿病、高血压，长期服药，却在我委托方平台借款逾期不还，望贵单位督促其履行还款义务。",
     [(P, "严嘉禾"), (P, "严嘉禾")], [D, S]),
    ("app", "debtor", "查到你上个月在省立医院挂了三次肿瘤科的号，看病的钱有，还款的钱没有？",
     [], [S]),
    ("call", "debtor", "客户：我在化疗，这个月真的还不上。\n坐席：明白，您保重身体。我这边给您登记困难延期，60天内不会再有人催您，也不需要您提供病历。\n客户：谢谢你。",
     [], []),
    ("app", "unknown", "【风控】用户钟伟命中标签：夜间常驻地变更（合肥→六安）；近7日连续出现在六安市金安区梅山北路45号附近；疑似返乡避债。",
     [(P, "钟伟"), (A, "六安市金安区梅山北路45号")], [S]),
    ("app", "debtor", "你刷脸时的视频我们都保存着，背景是你家客厅，墙上挂着全家福，你家住哪我们心里有数。",
     [], [S]),
    ("sms", "third_party", "【远鸿】马阿訇您好，您清真寺的教友葛晨阳欠我司委托方借款5,600元，请您以教门的名义劝他还钱。",
     [(P, "葛晨阳")], [D, S]),
    ("call", "debtor", "坐席：你是不是领残疾补贴的？残疾证编号我们都有，每个月补贴到账那天我们就扣。\n客户：那是我吃饭的钱",
     [], [S]),
    ("app", "debtor", "你昨晚住在杭州市上城区清泰街290号那家快捷酒店，跟谁一起住的？",
     [(A, "杭州市上城区清泰街290号")], [S]),
    ("sms", "debtor", "【澜川金融】我们注意到您提交了困难申请。您无需提供病历、诊断等信息，说明困难类型即可，我们将在3个工作日内联系您。",
     [], []),
    ("call", "unknown", "坐席：喂 是蒋文斌吧 我们看到你现在就在徽州大道那个网吧里 出来接个电话\n第三方：他刚出去了",
     [(P, "蒋文斌")], [S]),
    ("app", "debtor", "工资短信我们看到了，15号到账8,460。15号上午你要是不还，我们就去你公司门口等。",
     [], [S]),
    ("notice", "unknown", "声纹数据移交单\n移交方：澜川消费金融有限公司风控部\n接收方：杭州鼎诺资产管理有限公司\n内容：逾期客户声纹特征文件1,204份（含沈浩然、郝振东等），用于识别客户冒充他人接听。",
     [(P, "沈浩然"), (P, "郝振东")], [S]),
]

# --- messages borrowers paste or forward whole into complaints: they carry what they contain -------------------------

FORWARDED: list[PiplEntry] = [
    ("app", "unknown", "【投诉-附原短信】我收到的短信原文：“蒋文斌你好，你身份证340111199103187992名下的借款已逾期，今天不还明天单位见。”请平台处理！",
     [(P, "蒋文斌"), (ID, "340111199103187992")], [U]),
    ("app", "unknown", "我收到的微信原话是这样的：“廖子豪，你最近一周定位都在合肥市瑶海区胜利路1210号，别以为换了号我们就找不到你。”这是不是侵犯我隐私？",
     [(P, "廖子豪"), (A, "合肥市瑶海区胜利路1210号")], [S]),
    ("email", "unknown", "发件人：hdm1979@qiyumail.cn\n主题：投诉催收短信泄露我的银行卡号\n你们的催收短信原文：“韩冬梅，你的工资卡6222800824567390512每月10号进账，我们都看得到，不还款后果自负。”请给出解释！",
     [(EM, "hdm1979@qiyumail.cn"), (P, "韩冬梅"), (BC, "6222800824567390512")], [S, U]),
    ("app", "unknown", "转发催收员给我的短信：“马丽娟，你老公谢宏亮在滨湖那家4S店上班，你公公婆婆住肥东，你儿子读几年级我们也知道。”",
     [(P, "马丽娟"), (P, "谢宏亮")], [X]),
    ("sms", "unknown", "转发：【鼎诺资产】阮明杰，你的身份证号４２１００３１９７２１１２１４４１３已上报失信名单。",
     [(P, "阮明杰"), (ID, "４２１００３１９７２１１２１４４１３")], [U]),
    ("app", "unknown", "我要投诉你们的外包公司，他们把我的照片发到我们家族群里了，我的身份证号和照片都是你们泄露的！请给我一个说法。",
     [], []),
    ("app", "unknown", "他们给我发的原话：“你通讯录里那么多‘主内’的弟兄姊妹，要不要让他们一起为你的欠款祷告？”",
     [], [S]),
    ("email", "unknown", "附件是我录下来的机器人电话，文字如下：“您好，您的借款已逾期，您绑定的银行卡六二三零 五八八三 五一九七 三三一一将被持续扣款。”",
     [(BC, "六二三零 五八八三 五一九七 三三一一")], [U]),
    ("app", "unknown", "这是催收发我的：“你上个月跟‘老婆’通话17次，跟‘L’通话96次，要不要我把清单发你老婆？”这是人干的事吗",
     [], [X]),
    ("app", "unknown", "截图内容：“沈浩然 16665056104，你老婆在妇幼保健院建档了吧，预产期12月，钱再不还我们去医院找你。”",
     [(P, "沈浩然"), (MB, "16665056104")], [S, U]),
    ("email", "unknown", "你们这条短信是不是诈骗？原文：“【澜川金融】您尾号7675的账户已逾期，请通过官方App还款，我司不会要求您转账至个人账户。”",
     [], []),
]

# --- longer calls to borrowers, their families and workplaces ----------------------------------------------------

MORE_CALLS: list[PiplEntry] = [
    ("call", "debtor", "坐席：喂，蒋文斌是吧？我鼎诺……不是，远鸿商务的，替禾苗钱包催款的。\n客户：又是你们，我说了下个月还。\n坐席：下个月？你上个月也这么说。你自己看看你通话记录，天天跟李娜聊到半夜，一聊一个钟头。\n客户：你们怎么知道我跟谁打电话？\n坐席：你借款时授权了通讯录和通话记录，我们这边一清二楚。\n客户：那也不能拿来这么用吧。\n坐席：还有，你这几天晚上都在合肥市蜀山区长江西路1168号过夜，是李娜家吧？\n客户：你们这是跟踪！\n坐席：今天下午五点前还一千五，不然我们就去那儿找你。",
     [(P, "蒋文斌"), (P, "李娜"), (A, "合肥市蜀山区长江西路1168号"), (P, "李娜")], [S, X]),
    ("call", "third_party", "坐席：喂，您好，请问是任小燕吗？\n第三方：是我。\n坐席：我是澜川金融委托的鼎诺资产，找一下钟伟，您是他妈妈对吧？\n第三方：是，他怎么了？\n坐席：他在澜川的分期欠了四千三，三个多月没还了。他通讯录里就您、他前女友刘芳芳和他表哥打得最多，我们都打过了。\n第三方：你们怎么能给他前女友打电话？\n坐席：阿姨，您别管我们打给谁，他的手机号15096746220现在是不是停机了？\n第三方：我不知道。",
     [(P, "任小燕"), (P, "钟伟"), (P, "刘芳芳"), (MB, "15096746220")], [D, U, X]),
    ("call", "debtor", "坐席：喂 郝振东 你别装了 上次你说你是你弟 我们声纹一比就是你本人\n客户：你们录个音还搞声纹\n坐席：那当然 还有你身份证三七幺三两拐 幺九七幺洞九洞三 两三九两 我都背下来了\n客户：我知道我欠钱 我这个月刚做完手术出院\n坐席：出院了就能还钱 今天先还五百",
     [(P, "郝振东"), (ID, "三七幺三两拐 幺九七幺洞九洞三 两三九两")], [S, U]),
    ("call", "debtor", "坐席：中不中啊你 你相册里那一堆新车照片 车牌豫A·52L8K 是你的车吧\n客户：那是俺表哥的车\n坐席：表哥的车你天天开？相册里还有你跟你媳妇樊丽在车上的自拍\n客户：你们翻俺相册弄啥",
     [(PL, "豫A·52L8K"), (P, "樊丽")], [X]),
    ("call", "third_party", "坐席：你好，请问是潘月吗？\n第三方：是，哪位？\n坐席：蒋文斌的紧急联系人填的是你。他欠禾苗四千七，我们定位显示他现在就在你们公司楼下的咖啡店，你下去叫他一声。\n第三方：我跟他不熟，你们别找我。",
     [(P, "潘月"), (P, "蒋文斌")], [D, S]),
    ("call", "debtor", "坐席：彭雪梅 你那张卡 六二五九 六六五八 八六四幺 八九幺七 昨天刚进了一笔两万的\n客户：那是我老公给我看病的钱\n坐席：看病的钱也得先还款",
     [(P, "彭雪梅"), (BC, "六二五九 六六五八 八六四幺 八九幺七")], [S, U]),
    ("call", "debtor", "坐席：殷先生，你通讯录里有“慧明法师”“居士林王师兄”，你是信佛的吧？\n客户：跟你有什么关系？\n坐席：信佛的讲因果，你欠钱不还，下辈子也得还。",
     [], [S]),
    ("call", "third_party", "坐席：你好 你是孙立伟的老婆何晓静吧\n第三方：是 什么事\n坐席：孙立伟欠禾苗的钱还没还 你们儿子在实验小学三年级二班吧 我们下午去学校门口找他爸\n第三方：你们敢去学校试试",
     [(P, "孙立伟"), (P, "何晓静"), (P, "孙立伟")], [D, S]),
    ("call", "unknown", "坐席：喂 是田玉芬家吗\n第三方：你找谁\n坐席：她是不是在六安市金安区梅山北路45号那个纺织厂上夜班 我们看她定位天天晚上都在那\n第三方：打错了",
     [(P, "田玉芬"), (A, "六安市金安区梅山北路45号")], [S]),
    ("call", "debtor", "坐席：毛佳琪，你婆婆赵桂兰，电话15155187320，你小姑子郝静，电话18956023471，这俩号我们今天都打。\n客户：别打，我婆婆有心脏病。\n坐席：那你就今天还。",
     [(P, "毛佳琪"), (P, "赵桂兰"), (MB, "15155187320"), (P, "郝静"), (MB, "18956023471")], [U, X]),
    ("call", "debtor", "坐席：嗯那个 你短信里面啊 我们看到还有那个速米借 锦鲤分期 都在催你 然后你上礼拜还刚下了一笔 一万二的 对吧\n客户：你们怎么看得到我短信\n坐席：你授权了嘛 所以说你是有钱借新的没钱还旧的",
     [], [S]),
    ("call", "third_party", "坐席：喂，是杭州蓝川物流吗？我找你们仓储部的葛晨阳。\n第三方：他在上班，你哪里？\n坐席：我澜川金融的，他欠款逾期了。他手机18777723569一直不接，你让他回电。另外他住文一西路1500号那套房子是租的吧？\n第三方：这个我不清楚。",
     [(P, "葛晨阳"), (MB, "18777723569"), (A, "文一西路1500号")], [D, U, X]),
    ("call", "debtor", "坐席：你爸在六安市人民医院住院 肺癌晚期吧 你叔叫罗德山 我们打听得清清楚楚\n客户：你们怎么打听的",
     [(P, "罗德山")], [S, X]),
    ("call", "debtor", "坐席：陶思远 你护照E72819364 上个月刚去了趟泰国 有钱出国没钱还款？\n客户：那是出差",
     [(P, "陶思远"), (PP, "E72819364")], [S, U]),
    ("call", "third_party", "坐席：您好，您是蔡春燕的表姐吧？我们把她借款时的人脸照片发到您手机了，您看她是不是瘦了很多，是不是生病了？她在澜川还欠三万。\n第三方：你们发这个给我干嘛？",
     [(P, "蔡春燕")], [D, S]),
    ("call", "debtor", "坐席：严嘉禾，你通讯录第一个是“吕敏”，第二个“郝建军”，第三个是“儿子”，第四个是你们科长陈曦……\n客户：你念这些干什么？\n坐席：让你知道我们有多少人可以打。",
     [(P, "严嘉禾"), (P, "吕敏"), (P, "郝建军"), (P, "陈曦")], [X]),
]

# --- more pushes, posts, letters and e-mails -------------------------------------------------------------------

MORE_TEXTS: list[PiplEntry] = [
    ("app", "debtor", "【禾苗錢包】您的借款已逾期21天。系統顯示您目前位於合肥市包河區徽州大道2239號附近，請立即還款。",
     [(A, "合肥市包河區徽州大道2239號")], [S]),
    ("sms", "third_party", "【鼎诺】您好，严嘉禾先生在澜川的分期逾期了，您是他填的紧急联系人，麻烦说一声。",
     [(P, "严嘉禾")], [D]),
    ("email", "third_party", "主题：协查函\n蓝川物流人事部：贵司员工葛晨阳及其妻子周婷（电话13955871264）均在我委托方平台有逾期记录，请协助通知二人尽快处理。",
     [(P, "葛晨阳"), (P, "周婷"), (MB, "13955871264")], [D, U, X]),
    ("notice", "third_party", "告知书（张贴于双河村村委会公告栏）\n本村村民田玉芬，身份证620421197805244100，欠澜川消费金融有限公司借款三万元，逾期至今未还。",
     [(P, "田玉芬"), (ID, "620421197805244100")], [D, U]),
    ("app", "third_party", "【大学同学群】各位老同学，严嘉禾欠了澜川两万，躲着不见人，谁有他新号码麻烦私聊我。",
     [(P, "严嘉禾")], [D]),
    ("sms", "debtor", "【远鸿】程国栋，你老婆樊丽在滨湖那家幼儿园当老师，你要是不想我们去幼儿园找她，今天就还。",
     [(P, "程国栋"), (P, "樊丽")], [X]),
    ("app", "debtor", "你短信里那条入职通知我们看到了，新公司叫恒泰科技，地址杭州市滨江区江南大道3850号，入职前把账清了。",
     [(A, "杭州市滨江区江南大道3850号")], [X]),
    ("email", "unknown", "主题：重点客户画像\n客户马丽娟：丈夫谢宏亮（4S店销售）；儿子9岁，就读滨湖新区一所小学；本人近3个月在妇科医院就诊4次；常驻合肥市蜀山区长江西路1168号。",
     [(P, "马丽娟"), (P, "谢宏亮"), (A, "合肥市蜀山区长江西路1168号")], [S, X]),
    ("call", "third_party", "坐席：喂，系唔系廖生屋企啊？廖子豪喺我哋澜川借咗钱，过咗期仲未还，麻烦你话俾佢知。\n第三方：佢唔喺度。",
     [(P, "廖子豪")], [D]),
    ("app", "third_party", "[语音转文字] 喂你好 我是禾苗的 你朋友殷涛最近在六安市金安区梅山北路45号那一带打零工 你能不能帮我们找一下他 他欠钱",
     [(P, "殷涛"), (A, "六安市金安区梅山北路45号")], [D, S]),
    ("sms", "debtor", "【远鸿】程国栋，你岳父樊德明（身份证410105197110179415）是你借款时填的联系人，你不还我们就找他。",
     [(P, "程国栋"), (P, "樊德明"), (ID, "410105197110179415")], [U, X]),
    ("sms", "third_party", "叫孙立伟还钱。",
     [(P, "孙立伟")], [D]),
    ("app", "debtor", "《禾苗钱包个人信息保护政策》（节选）\n三、我们如何收集和使用您的个人信息\n1. 身份核验：为履行反洗钱实名制义务，我们需要收集您的姓名、身份证号码、身份证正反面照片，并在您单独同意后进行人脸识别（活体检测）。人脸信息属于敏感个人信息，仅用于核验您本人身份，原始视频在核验完成后30日内删除。\n2. 还款能力评估：经您单独授权，我们读取银行、运营商发送的账单类短信，仅提取收支汇总特征，不保存短信原文。\n3. 紧急联系人：您可手动填写或从通讯录中选择一位联系人。我们仅在无法联系到您本人时，向其询问您的联系方式，不会向其透露您的借款信息。\n4. 我们不会收集您的通话记录、相册和除申请环节外的位置信息。\n如您对本政策有疑问，可致电0551-63871245，或发送邮件至privacy@hemiaoqb.com。\n合肥禾苗网络小额贷款有限公司（统一社会信用代码91340100MAR8A6768F），住所：合肥市蜀山区长江西路1168号。",
     [(LL, "0551-63871245"), (EM, "privacy@hemiaoqb.com"), (UC, "91340100MAR8A6768F"), (A, "合肥市蜀山区长江西路1168号")], []),
    ("notice", "debtor", "催收告知书\n编号：YH-2024-1009-0216\n蒋文斌（身份证号340111199103187992，手机15750883934）：\n你于2024年2月在禾苗钱包借款6,000元，至今逾期112天，尚欠本息及罚息合计4,712.60元。我司受禾苗钱包委托，现将有关情况告知如下：\n一、你授权的通讯录共有联系人386人，其中母亲（13707054149）、李娜（18002317378）、潘月、“王经理”与你联系最为频繁；\n二、据系统定位，你近一个月每晚留宿于合肥市蜀山区长江西路1168号，白天多在合肥市包河区徽州大道2239号附近活动；\n三、你的工资卡每月10日入账约6,800元，另有三家平台借款在催。\n请你于收到本告知书之日起三日内结清欠款。逾期不处理的，我司将逐一联系上述联系人核实你的还款意愿。\n合肥远鸿商务咨询有限公司\n联系电话：0551-63871245",
     [(P, "蒋文斌"), (ID, "340111199103187992"), (MB, "15750883934"), (MB, "13707054149"), (P, "李娜"), (MB, "18002317378"),
      (P, "潘月"), (A, "合肥市蜀山区长江西路1168号"), (A, "合肥市包河区徽州大道2239号"), (LL, "0551-63871245")], [S, U, X]),
    ("notice", "debtor", "还款计划确认书\n借款人：廖子豪\n扣款账户：6212 2602 2469 0103 086\n扣款日：每月15日（本人申请）\n每期金额：1,102.00元，共10期",
     [(P, "廖子豪"), (BC, "6212 2602 2469 0103 086")], [U]),
]

SECTIONS: dict[str, list[PiplEntry]] = {
    "BA-APP-SCREENS": APP_SCREENS,
    "BA-SMS-AND-PUSH": SMS_AND_PUSH,
    "BA-ADDRESS-BOOK-CONTACTS": ADDRESS_BOOK_CONTACTS,
    "BA-AGENT-CALLS": AGENT_CALLS,
    "BA-ASR-AND-ROBOTS": ASR_AND_ROBOTS,
    "BA-WECHAT": WECHAT,
    "BA-EMAILS": EMAILS,
    "BA-LETTERS-COURTS-REGULATORS": LETTERS_COURTS_REGULATORS,
    "BA-CASE-NOTES": CASE_NOTES,
    "BA-QA-AND-TICKETS": QA_AND_TICKETS,
    "BA-IDENTIFIER-FORMS": IDENTIFIER_FORMS,
    "BA-DECOYS": DECOYS,
    "BA-TOLD-IN-FEW-WORDS": TOLD_IN_FEW_WORDS,
    "BA-MORE-THAN-NEEDED": MORE_THAN_NEEDED,
    "BA-SENSITIVE-AND-NEAR": SENSITIVE_AND_NEAR,
    "BA-FORWARDED": FORWARDED,
    "BA-MORE-CALLS": MORE_CALLS,
    "BA-MORE-TEXTS": MORE_TEXTS,
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return set_format.pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return set_format.write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
