"""Writes `pipl_dev15.jsonl`: a fresh batch on structured identifiers (issue 14, precision) in families of writing and
saying numbers that `make_pipl_dev12` and `make_pipl_dev12b` lack, measured once with the shipped code before any
recognizer or rule was changed for it.

Voices: speech-recognition transcripts of collection calls (fillers 呃/就是/再就是 between groups, a customer reading
out their own number), voice robots (按1确认), OCR'd forms and bank slips (S for 5, B for 8, Z for 2, capital
numerals 壹贰叁 of a receipt, 〇 for zero), WeChat chats (numbers split by slashes or over a line, Arabic and Chinese
digits mixed in one number), e-mails, court and lawyer's papers in traditional characters, lenders' SMS templates.
Families by the id's first letter: a numbers read or written in unusual pieces (fillers, mixed scripts, capital
numerals, 〇, 三个八), s numbers split by a line break or by slashes (an entity: see below), b a number before the word
that says whose it is, q landlines given as 区号… then 号码… and numbers in pieces with words between (no entity, as
`make_pipl_dev12` labels them), o OCR confusions, m mobiles of allocated segments (145, 149, 162, 165, 167, 171, 173,
190-199), p passports and permits, e e-mails, c a customer reading their own number (an entity, no finding: a
customer's own words are never a violation), and n no finding: IMEI, business-registration, QQ, bank-branch (联行号),
property-certificate, meter, ETC, ticket, policy, batch and transaction numbers, coordinates, masked forms, amounts,
timestamps, unallocated segments (169, 194, 168), the lender's hotline and an agent's call-back number.

Decision on split numbers (contract sections 4-5): a number broken by a line break or by slashes between its groups
is still the full identifier in the outbound text (only masked forms are fine), so it is `pii.unmasked_identifier`,
and it is one entity from its first figure to its last, since masking (section 4a) must hide all of it. A number in
pieces with words between (前三位…中间…) carries no entity, as the batches before this one label it.

Passports are written with code H, alone in their message (`make_pipl_dev10.dev10_record`). All people, numbers,
lenders and places are invented; IDs and cards carry valid check digits.

First run, before any recognizer or rule was tuned on it (`python -m benchmarks.eval_pii --set
benchmarks/data/pipl_dev15.jsonl --no-weibo`, 148 messages, 58 without a finding): structured ids P 0.989 R 0.926
F1 0.956 (CN_MOBILE R 0.936: 就是 between spoken groups, S and B read by OCR for 5 and 8; CN_BANK_CARD R 0.786: 再就是
between groups, Z for 2; CN_LANDLINE R 0.917: B for 8; CN_ID_CARD P 0.947: a 15-digit business-registration number
taken for an old ID), CN_PASSPORT 1.000 / 1.000, `pii.unmasked_identifier` P 0.988 R 0.899 (besides those: a
workplace phone read aloud after 单位电话 without 你, the debtor's and a daughter's e-mail). After that run the debtor's own
e-mail told to them (ne2, first written e01 with `pii.unmasked_identifier`) was relabelled without a finding, as sets
C, E, F and dev10 label that form; a relative's e-mail (e02) stays a finding, as the forms set labels it.

`python -m benchmarks.data.make_pipl_dev15` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev10 import dev10_record
from benchmarks.data.set_format import write_jsonl

DEV15_FILE = "pipl_dev15.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    # a: unusual pieces
    ('a01', 'call', 'debtor', '坐席：你身份证是 三四零一 呃 零四二零 零四零六 一三六六 七六 对吧\n客户：对', 'I:三四零一 呃 零四二零 零四零六 一三六六 七六', 'U'),
    ('a02', 'call', 'debtor', '坐席：手机 幺勾拐三 就是 幺拐两三 洞洞拐 这个号你还在用吗\n客户：在用', 'M:幺勾拐三 就是 幺拐两三 洞洞拐', 'U'),
    ('a03', 'app', 'debtor', '[微信] 你卡号6217 0050 九四二九 9844 730 我们已经提交法务了', 'B:6217 0050 九四二九 9844 730', 'U'),
    ('a04', 'notice', 'debtor', '[回单OCR] 收款人账号：陆贰贰捌肆捌玖零零壹玖贰玖陆贰玖伍零捌 收款人：（略）', 'B:陆贰贰捌肆捌玖零零壹玖贰玖陆贰玖伍零捌', 'U'),
    ('a05', 'sms', 'debtor', '你的手机一五〇七七七六三九〇九我们已经登记在案。', 'M:一五〇七七七六三九〇九', 'U'),
    ('a06', 'call', 'debtor', '坐席：你那个号 幺九八 六六 八八 八六拐两 对不对\n客户：对', 'M:幺九八 六六 八八 八六拐两', 'U'),
    ('a07', 'call', 'debtor', '坐席：证件号码 一三〇 一〇二 一九八 三〇六 〇九六 三二九，是您本人的吧\n客户：是', 'I:一三〇 一〇二 一九八 三〇六 〇九六 三二九', 'U'),
    ('a08', 'app', 'debtor', '[语音转文字] 身份证 360102 一九六八 0324 5245 你 自己 看看', 'I:360102 一九六八 0324 5245', 'U'),
    ('a09', 'call', 'debtor', '坐席：您尾号不对啊，您那个卡是 四三六七 四二四一 再就是 零二零三 二一九一 吧\n客户：嗯', 'B:四三六七 四二四一 再就是 零二零三 二一九一', 'U'),
    ('a10', 'call', 'debtor', '坐席：手机号 幺五拐 洞拐六三 拐勾幺八 是不是你的\n客户：是', 'M:幺五拐 洞拐六三 拐勾幺八', 'U'),
    ('a11', 'sms', 'debtor', '您登记的手机号码为：壹捌贰捌零柒捌壹玖壹柒，请保持畅通。', 'M:壹捌贰捌零柒捌壹玖壹柒', 'U'),
    ('a12', 'call', 'debtor', '坐席：您家座机是 洞拐三幺 八四五六 两两幺勾 吧，我们打了没人接\n客户：嗯', 'L:洞拐三幺 八四五六 两两幺勾', 'U'),
    ('a13', 'app', 'debtor', '[ASR] 你 卡 号 六二五九 零六 四四零 七七七 一三八六 是 招行 的 吧', 'B:六二五九 零六 四四零 七七七 一三八六', 'U'),
    ('a14', 'call', 'debtor', '坐席：身份证 四四 零三 零四 一九 七零 一一 一六 七一 三六，没问题吧\n客户：没问题', 'I:四四 零三 零四 一九 七零 一一 一六 七一 三六', 'U'),
    ('a15', 'app', 'debtor', '[微信] 你新号一六五 2666 8568 我们也加上了', 'M:一六五 2666 8568', 'U'),
    ('a16', 'call', 'debtor', '坐席：单位电话 零二八 八五六一 二二七三，人事说你请假了\n客户：……', 'L:零二八 八五六一 二二七三', 'U'),
    ('a17', 'call', 'debtor', '坐席：你手机 一三 九一 四一 一五 一八 四 打不通是怎么回事\n客户：欠费了', 'M:一三 九一 四一 一五 一八 四', 'U'),
    ('a18', 'app', 'debtor', '[语音转文字] 你 的 卡号 是 六两两两 洞两三五 呃 洞洞勾洞 六洞五洞 三拐八 对 吧', 'B:六两两两 洞两三五 呃 洞洞勾洞 六洞五洞 三拐八', 'U'),
    ('a19', 'notice', 'debtor', '還款提示\n台端身分證字號：五〇〇一〇三一九六五〇六二五九七五八\n請於七日內清償。', 'I:五〇〇一〇三一九六五〇六二五九七五八', 'U'),
    ('a20', 'call', 'debtor', '坐席：你的号码是 幺四五 勾四两 六六 八八拐 吧\n客户：是', 'M:幺四五 勾四两 六六 八八拐', 'U'),
    # s: split by a line break or slashes
    ('s01', 'sms', 'debtor', '【信和】您的手机号176/4765/1645已登记为失联号码，请尽快联系我们。', 'M:176/4765/1645', 'U'),
    ('s02', 'notice', 'debtor', '催收函\n借款人证件号：4301021994\n01134157\n请于五日内还款。', 'I:4301021994\n01134157', 'U'),
    ('s03', 'app', 'debtor', '[聊天截图] 还款卡 6225/8814/8867/2311 你自己看看余额', 'B:6225/8814/8867/2311', 'U'),
    ('s04', 'email', 'debtor', '主题：账户核对\n扣款账户：6212 2687 7947\n0906 588，户名与借款人一致。', 'B:6212 2687 7947\n0906 588', 'U'),
    ('s05', 'sms', 'debtor', '你身份证610103/19670517/0217我们已经报给你们社区了', 'I:610103/19670517/0217', 'U'),
    ('s06', 'app', 'debtor', '[OCR] 联系手机：189\n2658 9287', 'M:189\n2658 9287', 'U'),
    # b: the number before its owner
    ('b01', 'call', 'third_party', '坐席：喂，零七五五 八三二六 幺幺勾洞，这是你们公司财务的电话吧？你们有个员工在我们这欠款逾期\n联系人：你找谁', 'L:零七五五 八三二六 幺幺勾洞', 'UT'),
    ('b02', 'sms', 'debtor', '17329034129，这个号你不会说不是你的吧？今天不还就上门。', 'M:17329034129', 'U'),
    ('b03', 'call', 'debtor', '坐席：洞两三 六八勾洞 四四五两，这个是你老家的座机吧\n客户：是我妈家', 'L:洞两三 六八勾洞 四四五两', 'U'),
    ('b04', 'app', 'debtor', '[微信] 6227005622210589965 这是你名下的建行卡吧？法院会冻结的。', 'B:6227005622210589965', 'U'),
    ('b05', 'call', 'debtor', '坐席：请问 一八一 两四五六 一九一三 是您在用的号码吗\n客户：是', 'M:一八一 两四五六 一九一三', 'U'),
    ('b06', 'sms', 'debtor', '0512-6217 3380，是你们厂里的电话吧？厂长已经知道你欠钱了。', 'L:0512-6217 3380', 'U'),
    ('b07', 'app', 'debtor', '[ASR] 三二零 五八二 一九七八 零一零一 八四三七 这个 证件 号 是 你 的 吧', 'I:三二零 五八二 一九七八 零一零一 八四三七', 'U'),
    ('b08', 'call', 'debtor', '坐席：19354544829 这个号是你的吗，你登记的是它\n客户：是', 'M:19354544829', 'U'),
    # q: 区号… 号码…, and pieces with words between (no entity)
    ('q01', 'call', 'debtor', '坐席：您单位座机区号是零三七一，号码六五八八 幺幺两拐，我们已经打过去了\n客户：别打了', '', 'U'),
    ('q02', 'sms', 'debtor', '你家里电话区号0898，号码6671 2035，我们明天再打。', '', 'U'),
    ('q03', 'call', 'debtor', '坐席：你手机开头是一九九，中间二八四四，最后六六九三，对吧\n客户：对', '', 'U'),
    ('q04', 'email', 'debtor', '主題：資料核對\n您的銀行卡號前六位621226，其餘十三位8779470906588，已提交法務。', '', 'U'),
    ('q05', 'call', 'debtor', '坐席：你身份证前六位是三七零二一二，中间是一九七四一零二一，后面四三八九\n客户：嗯', '', 'U'),
    ('q06', 'app', 'debtor', '[微信] 你那个电话，区号是0551的，后面是6372 8810，你公司的吧', '', 'U'),
    # o: OCR confusions
    ('o01', 'app', 'debtor', '[OCR] 身份证号：44O3O4l996l0O46O1X', 'I:44O3O4l996l0O46O1X', 'U'),
    ('o02', 'app', 'debtor', '[图片识别] 手机：l39 l4ll Sl84', 'M:l39 l4ll Sl84', 'U'),
    ('o03', 'notice', 'debtor', '[扫描件] 还款账号：62Z2 O235 OO9O 6O5O 378', 'B:62Z2 O235 OO9O 6O5O 378', 'U'),
    ('o04', 'app', 'debtor', '[OCR] 联系方式 lB7O O95l 457', 'M:lB7O O95l 457', 'U'),
    ('o05', 'app', 'debtor', '[截图OCR] 证件号码 2lOlO2l974O82Ol42O 借款金额 8,000', 'I:2lOlO2l974O82Ol42O', 'U'),
    ('o06', 'app', 'debtor', '[OCR] 手机号码 l7l 959O O3O7 （本人）', 'M:l7l 959O O3O7', 'U'),
    ('o07', 'notice', 'debtor', '[扫描件识别]\n单位电话：O2B-B56l 2273\n备注：已核实', 'L:O2B-B56l 2273', 'U'),
    ('o08', 'app', 'debtor', '[OCR] 银行卡 4367 4Z4l OZO3 Zl9l', 'B:4367 4Z4l OZO3 Zl9l', 'U'),
    # m: allocated segments
    ('m01', 'sms', 'debtor', '你手机16279774822我们每天都会打。', 'M:16279774822', 'U'),
    ('m02', 'sms', 'debtor', '【贷后】客户手机165-2666-8568连续未接，已转外访。', 'M:165-2666-8568', 'U'),
    ('m03', 'sms', 'debtor', '你那个167 0607 6013的小号我们也查到了', 'M:167 0607 6013', 'U'),
    ('m04', 'sms', 'debtor', '你手机192 2892 6817一直关机，请尽快处理。', 'M:192 2892 6817', 'U'),
    ('m05', 'sms', 'debtor', '你手机19690972494已列入重点名单。', 'M:19690972494', 'U'),
    ('m06', 'sms', 'debtor', '您预留的手机19731723007无法接通，请更新。', 'M:19731723007', 'U'),
    ('m07', 'app', 'debtor', '[微信] 你号码190-2932-3995是吧，别拉黑', 'M:190-2932-3995', 'U'),
    ('m08', 'sms', 'debtor', '你手机14937942173我们已经查到了', 'M:14937942173', 'U'),
    ('m09', 'sms', 'debtor', '你的号码171 9590 0307已经停机，请告知新号。', 'M:171 9590 0307', 'U'),
    ('m10', 'sms', 'debtor', '你用的191.5395.9465我们一直打不通', 'M:191.5395.9465', 'U'),
    ('m11', 'sms', 'debtor', '你手机173 2903 4129我们会一直打', 'M:173 2903 4129', 'U'),
    ('m12', 'sms', 'debtor', '你手机195-3123-6001再不接我们就联系你单位', 'M:195-3123-6001', 'U'),
    ('m13', 'call', 'debtor', '坐席：你 手机 幺六两 拐勾拐拐 四八两两 对吧\n客户：对', 'M:幺六两 拐勾拐拐 四八两两', 'U'),
    ('m14', 'sms', 'debtor', '你手机19928446693我们已经报送。', 'M:19928446693', 'U'),
    # f: forms with several identifiers
    ('f01', 'notice', 'debtor', '[扫描件识别]\n借款人证件号：34 01 04 19 80 09 17 73 19\n手机：177 5635 7689\n还款卡：6214 8391 7196 4976', 'I:34 01 04 19 80 09 17 73 19|M:177 5635 7689|B:6214 8391 7196 4976', 'U'),
    ('f02', 'email', 'debtor', '主題：逾期通知\n閣下身分證號碼 140105 197809099720，手機 185 6313 4066，請儘速清償。', 'I:140105 197809099720|M:185 6313 4066', 'U'),
    ('f03', 'app', 'debtor', '[聊天截图OCR]\n催收员：身份证34O1O42OO4O9lll167\n催收员：电话l33 637O O582', 'I:34O1O42OO4O9lll167|M:l33 637O O582', 'U'),
    ('f04', 'notice', 'debtor', '调解告知书\n被申请人身份证号码：4201 1119 8707 0858 45\n联系电话：（0731）8456 2219', 'I:4201 1119 8707 0858 45|L:（0731）8456 2219', 'U'),
    ('f05', 'call', 'debtor', '坐席：我核对一下，身份证 三四洞幺洞四 幺勾拐洞 洞四两洞 幺两五八，卡号 六两两勾 洞八勾五 三五洞洞 幺四幺勾 八拐六\n客户：对', 'I:三四洞幺洞四 幺勾拐洞 洞四两洞 幺两五八|B:六两两勾 洞八勾五 三五洞洞 幺四幺勾 八拐六', 'U'),
    ('f06', 'sms', 'debtor', '你身份证21010219690919958x和手机153-1572-0564我们都发到你们单位群了', 'I:21010219690919958x|M:153-1572-0564', 'U'),
    # h: more hard forms
    ('h01', 'call', 'debtor', '坐席：你手机是 幺五六 勾三三 两四八 幺幺，再说一遍 幺五六 勾三三 两四八 幺幺\n客户：知道', 'M:幺五六 勾三三 两四八 幺幺|M:幺五六 勾三三 两四八 幺幺', 'U'),
    ('h02', 'call', 'debtor', '坐席：你单位电话是 010 6523 7781 转 幺零八 吧\n客户：是', 'L:010 6523 7781 转 幺零八', 'U'),
    ('h03', 'app', 'debtor', '[微信] 你卡号 6 2 3 6 6 8 0 9 7 3 1 6 5 3 5 6 9 7 2 是你本人的吧', 'B:6 2 3 6 6 8 0 9 7 3 1 6 5 3 5 6 9 7 2', 'U'),
    ('h04', 'sms', 'debtor', '您的身份證號碼３７０２１２１９７４１０２１４３８９已報送征信。', 'I:３７０２１２１９７４１０２１４３８９', 'U'),
    ('h05', 'sms', 'debtor', '你手机+86 156 9332 4811我们也已经打过了', 'M:+86 156 9332 4811', 'U'),
    ('h06', 'call', 'third_party', '坐席：你是他哥吧，他手机 幺八七 洞洞勾五 幺四五拐 一直不接，他欠我们两万块\n联系人：我管不了', 'M:幺八七 洞洞勾五 幺四五拐', 'UT'),
    ('h07', 'app', 'debtor', '[微信] 你老婆手机13086425756我们也有', 'M:13086425756', 'UX'),
    ('h08', 'sms', 'debtor', '您的身份证号32058219680716123X已被列入失信名单。', 'I:32058219680716123X', 'U'),
    # p: passports and permits
    ('p01', 'sms', 'debtor', '你的护照号码EB2741883我们已经登记，出境也没用。', 'H:EB2741883', 'U'),
    ('p02', 'call', 'debtor', '坐席：你护照 E 两拐四幺 八八三六 我们有复印件\n客户：……', 'H:E 两拐四幺 八八三六', 'U'),
    ('p03', 'app', 'debtor', '[OCR] 往来港澳通行证 C6O218834', 'H:C6O218834', 'U'),
    ('np1', 'sms', 'debtor', '【12306】订单号E274188361，G1382次，2车06F号。', '', ''),
    ('np2', 'sms', 'debtor', '您的EMS邮件EE274188361CN已投递。', '', ''),
    # e: e-mails
    ('ne2', 'email', 'debtor', '主题：催告\n你的邮箱 liu.hongmei88＠163.com 我们也会一直发。', 'E:liu.hongmei88＠163.com', ''),
    ('e02', 'app', 'third_party', '[微信] 你女儿的邮箱 zhangxin2001@qq.com 我们已经发了她欠款的材料，你劝劝她', 'E:zhangxin2001@qq.com', 'UT'),
    ('ne1', 'email', 'debtor', '主题：还款提醒\n如有疑问请发送邮件至 service@anxinfenqi.com，我们将在两个工作日内回复。', 'E:service@anxinfenqi.com', ''),
    # c: the customer reads out their own number
    ('nc1', 'call', 'debtor', '坐席：您好，请问您的手机号是多少，方便后续联系\n客户：13914115184', 'M:13914115184', ''),
    ('nc2', 'call', 'debtor', '坐席：请提供一下您的还款卡号\n客户：6217995959042586758 建行的', 'B:6217995959042586758', ''),
    # n: no finding
    ('n01', 'sms', 'debtor', '【换机提醒】您的设备IMEI：868412045567893 已绑定账户。', '', ''),
    ('n02', 'notice', 'debtor', '催收函\n出具机构：某某资产管理有限公司\n营业执照注册号：330105000412857', '', ''),
    ('n03', 'app', 'debtor', '[微信] 加我QQ 2837461950 发材料给你', '', ''),
    ('n04', 'sms', 'debtor', '请通过对公账户还款，开户行联行号 102331000518，账户名：某某小额贷款有限公司。', '', ''),
    ('n05', 'notice', 'debtor', '不动产登记信息\n浙（2026）杭州市不动产权第0138607号', '', ''),
    ('n06', 'sms', 'debtor', '您的用电户号 3301050129，本月电费 138.26 元。', '', ''),
    ('n07', 'sms', 'debtor', '您的ETC卡号 3301 2126 0012 3456 78 已扣费 38 元。', '', ''),
    ('n08', 'sms', 'debtor', '【航旅】电子客票号 781-2374618836，航班 CA1382，座位 32A。', '', ''),
    ('n09', 'sms', 'debtor', '您的保单号 8801 3301 0519 9707 2491 已续保成功。', '', ''),
    ('n10', 'sms', 'debtor', '入库批次号 440304197011167136，请仓库核对。', '', ''),
    ('n11', 'app', 'debtor', '[微信支付] 交易单号 4200001382202604128307446122，金额 1,500.00', '', ''),
    ('n12', 'app', 'debtor', '[定位] 30.274085, 120.155070 已共享', '', ''),
    ('n13', 'sms', 'debtor', '您的手机号138 **** 4459已换绑，如非本人操作请联系客服。', '', ''),
    ('n14', 'sms', 'debtor', '您的身份证3301************26已通过核验。', '', ''),
    ('n15', 'call', 'debtor', '坐席：您尾号 幺五幺八 的手机现在方便接听吗\n客户：方便', '', ''),
    ('n16', 'sms', 'debtor', '您的银行卡6228 48** **** **95 08扣款失败。', '', ''),
    ('n17', 'sms', 'debtor', '您本期应还 1,382,607.44 元中已还 138,260.74 元。', '', ''),
    ('n18', 'sms', 'debtor', '还款时间：2026-04-12 13:38:26.074，流水号 20260412133826074459。', '', ''),
    ('n19', 'sms', 'debtor', '您的会员号16926589287已升级为金卡。', '', ''),
    ('n20', 'sms', 'debtor', '您的工单19426589287已受理。', '', ''),
    ('n21', 'sms', 'debtor', '【安信分期】客服热线 0571-8826 1190，工作日9:00-18:00。', 'L:0571-8826 1190', ''),
    ('n22', 'sms', 'debtor', '您好，我是贷后专员小邓，有事请回电 18124561913。', 'M:18124561913', ''),
    ('n23', 'sms', 'debtor', '全国统一客服 400-018-2260，投诉请拨 12378。', '', ''),
    ('n24', 'notice', 'debtor', '执行裁定书\n（2026）湘0102执恢1382号\n执行标的：人民币16,827,980.00元', '', ''),
    ('n25', 'sms', 'debtor', '【中通】运单 7316 2290 6615 88 已签收，取件码 6-2-1138。', '', ''),
    ('n26', 'call', 'debtor', '坐席：（语音机器人）您的借款编号 幺九两 两八勾 两六八幺拐，请记录。\n客户：好', '', ''),
    ('n27', 'sms', 'debtor', '您的合同编号 HT 6217 0050 9429 9844 已归档。', '', ''),
    ('n28', 'sms', 'debtor', '您的车架号 LFV2A21K8M3012345，请按时年检。', '', ''),
    ('n29', 'sms', 'debtor', '发票代码 033002100111 发票号码 13826074。', '', ''),
    ('n30', 'sms', 'debtor', '您的快递单号 SF1382607445912，预计明日送达。', '', ''),
    ('n31', 'notice', 'debtor', '律师函\n承办律师：某律师（执业证号 13301202610456789）\n本函编号：浙律函〔2026〕0412号', '', ''),
    ('n32', 'sms', 'debtor', '邮编 310012，地址已更新。', '', ''),
    ('n33', 'call', 'debtor', '坐席：我是工号 幺五幺八 的客服，请问是本人吗\n客户：是', '', ''),
    ('n34', 'sms', 'debtor', '您于 2026年4月12日 13时38分 申请的 13,826 元借款已放款。', '', ''),
    ('n35', 'app', 'debtor', '[OCR] 订单号：l5O77763909O 商品：充电宝', '', ''),
    ('n36', 'sms', 'debtor', '您的退款单号 6222023500906050 已原路退回。', '', ''),
    ('n37', 'sms', 'debtor', '您的申请编号 3601 0219 6803 2452 45 已受理。', '', ''),
    ('n38', 'app', 'debtor', '[微信] 版本号 19.5.3123.6001 已更新', '', ''),
    ('n39', 'sms', 'debtor', '您的手机号码 157****7918 已完成实名认证。', '', ''),
    ('n40', 'sms', 'debtor', '您的授权码 16806076013 将于十分钟后失效。', '', ''),
    ('n41', 'call', 'debtor', '坐席：有问题您回拨我们客服 零幺零 六五两三 拐拐八幺 转 两零三\n客户：好', 'L:零幺零 六五两三 拐拐八幺 转 两零三', ''),
    ('n42', 'sms', 'debtor', '您的身份证号已核验，末四位为 4157，如有误请联系客服。', '', ''),
    ('n43', 'sms', 'debtor', '您的交易参考号 1382 6074 4591，授权号 620417。', '', ''),
    ('n44', 'app', 'debtor', '[短信截图] 您的验证码 195312，打死不要告诉别人', '', ''),
    ('n45', 'notice', 'debtor', '还款通知\n合同号：JK-3401-0420-0406-1366\n借款人：王*\n证件号：340104********6676', '', ''),
    # r: more voices
    ('r01', 'call', 'debtor', '坐席：（智能语音）系统显示您的预留手机为 幺三四四 洞四拐拐 六勾勾，确认请按1，修改请按2。\n客户：1', 'M:幺三四四 洞四拐拐 六勾勾', 'U'),
    ('r02', 'app', 'debtor', '[粤语语音转文字] 你部手機 一八九 二六五八 九二八七 成日唔聽，你諗清楚', 'M:一八九 二六五八 九二八七', 'U'),
    ('r03', 'call', 'debtor', '坐席：你单位电话零五五一杠六三七二八八一零 是吧，我们找过你们领导了\n客户：……', 'L:零五五一杠六三七二八八一零', 'U'),
    ('r04', 'email', 'debtor', '主题：外访通知\n经核实，您单位电话为(023)6890 4452 分机 8012，我司将联系贵单位人事。', 'L:(023)6890 4452 分机 8012', 'U'),
    ('r05', 'sms', 'debtor', '你的手机0086-19928446693我们已经提交给合作律所。', 'M:0086-19928446693', 'U'),
    ('r06', 'call', 'third_party', '坐席：您是他的紧急联系人，他的手机 幺五洞 拐拐拐六 三勾洞勾 一直关机，麻烦您让他把欠款还了\n联系人：好', 'M:幺五洞 拐拐拐六 三勾洞勾', 'UT'),
    ('r07', 'call', 'third_party', '坐席：19029323995，这个是你儿子的手机吧？他在我们这借款逾期三个月了\n联系人：是', 'M:19029323995', 'UT'),
    ('r08', 'app', 'debtor', '[ASR] 你 手机 么三九 么四么么 五么八四 我们 打 了 好 几 天', 'M:么三九 么四么么 五么八四', 'U'),
    ('v01', 'sms', 'debtor', '你的车浙A3K826天天停在公司地下车库B2，我们的人都看到了。', 'V:浙A3K826', 'S'),
    ('nv2', 'sms', 'debtor', '您的车辆浙A3K826已完成ETC签约，通行费将从绑定账户扣除。', 'V:浙A3K826', ''),
    ('nr2', 'call', 'debtor', '坐席：（智能语音）请确认您的身份证号后六位 幺三四幺五拐，确认请按1。\n客户：1', '', ''),
    ('n46', 'notice', 'debtor', '【通知】依据杭政办〔2026〕0412号文件，档案号 0571-2026-0388。', '', ''),
    ('n47', 'call', 'debtor', '坐席：您的还款流水号 六二 二二 零二 三五 零零 九零 六零 五零 三七八 您记一下\n客户：好', '', ''),
    ('n48', 'call', 'debtor', '坐席：（语音机器人）您的案件编号 三四零一 零四二零 零四零六 一三六六 七六，请按1确认。\n客户：1', '', ''),
    ('n49', 'sms', 'debtor', '【基金】您申购的基金代码161725，确认份额1,382.26份。', '', ''),
    ('n50', 'sms', 'debtor', '【快递柜】取件码 13826074，柜号 0571-B-0388。', '', ''),
    ('n51', 'app', 'debtor', '[微信] 通话时长 01:38:26，通话时间 2026-04-12 19:02:33', '', ''),
]


def write_dev15(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV15_FILE, (dev10_record(message, dev=15) for message in MESSAGES))


if __name__ == "__main__":
    write_dev15()
