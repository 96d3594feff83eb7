"""Writes `pipl_heldout_c.jsonl`, the third independent held-out set for PII entities and PIPL categories
(issue 14), from the hand-written texts below.

How it was written: by one helper, by hand, in a session separate from the tuning, knowing nothing of the
rules. The writer did not read the recognizers, the PII analyser, the rule packs, their tests, the training
data or any earlier set; the texts and labels come only from the data contract (sections 1, 4a and 5) and
the issue's description of the PIPL categories. All people, numbers, addresses and companies are invented
(ID, bank card and USCC numbers carry valid check digits but belong to nobody).

This set judges the detectors. It must never be used to train or tune them: no rule, term, example,
threshold or word list may be taken from it or chosen by looking at its errors. Once it has been looked at
that way it is spent, and a new set has to be written.

Labels (message level, contract section 5; when a case was unclear it was left out, not guessed):
- `pii.unmasked_identifier`: a full resident ID, bank card, mobile, landline or passport number in the
  sender's or agent's words, in any written or spoken form. A customer reading out their own number in a
  call is not outbound text; masked forms (尾号1234, 138****5678) are fine.
- `pii.third_party_disclosure`: the recipient is not the debtor and the text reveals the debt (amount,
  overdue status, lender) or the debtor's personal data.
- `pii.sensitive`: health or medical conditions of the debtor or relatives, pregnancy, whereabouts and
  daily routine (where someone is at a given time), a child's school, religion, financial account details
  beyond what the message needs. A hospital or illness named in a hardship arrangement the debtor asked
  for is what that message needs.
- `pii.excessive`: a full name (surname and given name) together with an address, an employer, or family
  members' names or numbers that the message does not need.
Entities (contract 4a; offsets computed here from the strings written in each entry): every string of
its type, whoever it belongs to (a branch's address, a lender's USCC, the agent's own name), exact span,
digits read aloud or full-width included. Masked forms are not entities. PERSON is a name a person is
called by: full names, given names (你老婆丽丽: 丽丽), nicknames (小王, 老李), foreign names in characters;
no surname-plus-honorific forms (王女士) are written unmasked. ADDRESS is a postal address down to a road
and number or a compound's building; schools, hospitals, malls or districts alone are not addresses.

Regenerate with `python -m benchmarks.data.make_pipl_heldout_c`; the file must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import PiplEntry, pipl_records, write_jsonl

HERE = Path(__file__).parent
SET_FILE = "pipl_heldout_c.jsonl"
ID_PREFIX = "PC"

SENSITIVE = "pii.sensitive"
EXCESSIVE = "pii.excessive"
UNMASKED = "pii.unmasked_identifier"
DISCLOSURE = "pii.third_party_disclosure"

# campaign_id -> entries. Calls are speaker-prefixed text, one turn per line, as contract section 1 allows.
SECTIONS: dict[str, list[PiplEntry]] = {
    "pc-bank-sms": [
        ("sms", "debtor", "【江岸银行】尊敬的周*明先生，您尾号6612的信用卡本期账单已逾期5天，最低还款额1,280.00元，"
         "请于12月10日前还款，如已还款请忽略。", [], []),
        ("sms", "debtor", "【江岸银行】您好，您尾号0457的信用卡已逾期，如遇经济困难可致电官方客服申请分期，"
         "我行将依法保护您的个人信息。", [], []),
        ("sms", "debtor", "【江岸银行】您申请的停息分期已受理，请于12月8日前携带身份证原件到杭州市西湖区文三路318号"
         "江岸银行文三支行办理，工作日9:00-17:00。", [("ADDRESS", "杭州市西湖区文三路318号")], []),
        ("sms", "debtor", "【江岸银行】金*华女士，您此前来电说明正在市第二人民医院住院治疗，您申请的6个月延期还款已审批通过，"
         "期间不计罚息，祝早日康复。", [], []),
        ("sms", "debtor", "【江岸银行】严立新先生，您尾号3018的信用卡已逾期32天，欠款合计8,742.16元。请通过手机银行或"
         "柜台还款，如有异议请致电官方客服。", [("PERSON", "严立新")], []),
        ("sms", "debtor", "【江岸银行】严立新，您在工商银行尾号5527的工资卡每月15号进账，本月到账后请立即还款，"
         "否则我行将依约处理。", [("PERSON", "严立新")], [SENSITIVE]),
        ("sms", "debtor", "【江岸银行】柯美玲，您本人身份证33010619960112094X名下信用卡已逾期，请今日内全额还清。",
         [("PERSON", "柯美玲"), ("CN_ID_CARD", "33010619960112094X")], [UNMASKED]),
        ("sms", "debtor", "【江岸银行】您尾号8810的卡已逾期。温馨提示：您的账单地址杭州市拱墅区湖墅南路77号2幢1单元"
         "601室，居住人柯美玲，如地址有变请更新。", [("ADDRESS", "杭州市拱墅区湖墅南路77号2幢1单元601室"),
                                          ("PERSON", "柯美玲")], [EXCESSIVE]),
        ("sms", "debtor", "【江岸银行】邓子轩您好，您尾号7702的信用卡欠款已移交我行贷后管理部，请尽快与我们联系协商还款方案。",
         [("PERSON", "邓子轩")], []),
        ("sms", "debtor", "【江岸银行】邓子轩，我们已联系您的工作单位杭州恒远科技有限公司人事部核实，您本人仍在职，"
         "请不要再拖延还款。", [("PERSON", "邓子轩")], [EXCESSIVE]),
        ("sms", "debtor", "【江岸银行】您在他行的储蓄卡６２２２０２５５４０３３９３８９３２２当前余额3,412.58元，足够偿还本期欠款，"
         "请立即转账还款。", [("CN_BANK_CARD", "６２２２０２５５４０３３９３８９３２２")], [SENSITIVE, UNMASKED]),
        ("sms", "debtor", "【江岸银行】提醒：您尾号3356账户今日余额不足，信用卡自动还款未成功，请及时处理。", [], []),
        ("sms", "debtor", "【江岸银行】冯海燕，您母亲在市肿瘤医院做化疗的事我们了解，但欠款还是要还，请本周内还清。",
         [("PERSON", "冯海燕")], [SENSITIVE]),
        ("sms", "debtor", "【江岸银行】冯*燕女士，根据您提交的医院诊断证明，我行已为您办理60期个性化分期，首期还款日为1月20日。",
         [], []),
    ],
    "pc-loan-app": [
        ("app", "debtor", "【云帆分期】您的借款已逾期2天，应还金额1,096.50元。点击“立即还款”即可完成，逾期将产生罚息。",
         [], []),
        ("app", "debtor", "【云帆分期】尊敬的用户，您好！您绑定的还款银行卡尾号4419已失效，请在“我的-银行卡”中重新绑定。",
         [], []),
        ("app", "debtor", "【云帆分期】您的借款合同编号 202311150009876 已生成电子版，可在“我的-合同”中下载查看。",
         [], []),
        ("app", "debtor", "【云帆分期】温馨提示：您的借款逾期第9天，您可在APP内申请延期或分期，如需帮助请联系在线客服。", [], []),
        ("app", "debtor", "【云帆分期】系统检测到您于12月2日21:35在南京市鼓楼区中山北路219号附近登录APP，"
         "请立即还款。", [("ADDRESS", "南京市鼓楼区中山北路219号")], [SENSITIVE]),
        ("app", "debtor", "【云帆分期】您的紧急联系人何秀兰（您的母亲）手机号13649684652，我们将于明日与其核实您的情况，"
         "借款人祁晓东请知悉。", [("PERSON", "何秀兰"), ("CN_MOBILE", "13649684652"), ("PERSON", "祁晓东")],
         [EXCESSIVE, UNMASKED]),
        ("app", "debtor", "【云帆分期】祁*东，您的借款已逾期15天，请尽快还款，还款后征信记录将按规定更新。", [], []),
        ("app", "debtor", "【云帆分期】检测到您支付宝账户余额2,318.44元、余额宝6,050.00元，足以偿还本期欠款，请立即还款。",
         [], [SENSITIVE]),
        ("app", "debtor", "【云帆分期】您的借款已逾期，借款人身份证号码４２０１１１１９６６０６２１０８７１，请核对后还款。",
         [("CN_ID_CARD", "４２０１１１１９６６０６２１０８７１")], [UNMASKED]),
        ("app", "debtor", "【云帆分期】您的人脸识别认证已过期，为保障账户安全，请在APP内重新完成认证后再申请分期。", [], []),
        ("app", "debtor", "【云帆分期】借款人倪志强，住址南京市建邺区江东中路108号万达公寓B座1207，工作单位南京瑞丰物流有限公司，"
         "已逾期21天，请立即处理。", [("PERSON", "倪志强"), ("ADDRESS", "南京市建邺区江东中路108号万达公寓B座1207")],
         [EXCESSIVE]),
        ("app", "debtor", "【云帆分期】倪*强，您已逾期21天，您可在APP“协商还款”中提交困难说明，我们将在3个工作日内答复。",
         [], []),
        ("app", "debtor", "【云帆分期】您好，您在APP中上传的孕检报告已收到，产假期间的还款延期申请已通过，新还款日为2027年3月1日。",
         [], []),
        ("app", "debtor", "【云帆分期】听说您爱人怀孕了，家里开销大我们理解，但您的欠款已逾期40天，不能再拖了。",
         [], [SENSITIVE]),
    ],
    "pc-wechat": [
        ("app", "debtor", "晓东你好 我是云帆的小刘 你那笔钱这周能安排吗 有困难可以说 我帮你申请个分期",
         [("PERSON", "晓东"), ("PERSON", "小刘")], []),
        ("app", "debtor", "兄弟 你老婆丽丽在妇幼保健院产检我们都知道 别让我们难做 今天把钱还了", [("PERSON", "丽丽")],
         [SENSITIVE]),
        ("app", "debtor", "老李啊 你每天下午五点半去阳光幼儿园接你女儿 这个时间给我回个电话不难吧",
         [("PERSON", "老李")], [SENSITIVE]),
        ("app", "debtor", "方建军 你媳妇方小燕的电话是13612412457对吧 你不接我们就打她的", [("PERSON", "方建军"),
         ("PERSON", "方小燕"), ("CN_MOBILE", "13612412457")], [EXCESSIVE, UNMASKED]),
        ("app", "debtor", "亲 你好 我是平台贷后的阿May 你的账单已经逾期7天啦 方便的话今天处理一下哈 😊",
         [("PERSON", "阿May")], []),
        ("app", "debtor", "您好 这边是北辰普惠的 您之前说在医院陪护父亲 我们给您申请了两个月的延期 您看一下APP里的通知",
         [], []),
        ("app", "debtor", "你现在人在滨江区星耀城三期那家网吧吧 别装没看到消息", [], [SENSITIVE]),
        ("app", "debtor", "小王 你那个抑郁症的诊断书我们看过了 别拿这个当借口 钱该还还得还", [("PERSON", "小王")],
         [SENSITIVE]),
        ("app", "debtor", "刘海涛 你老家地址湖北省孝感市孝南区槐荫大道56号 你爸刘德胜 你妹刘海燕 我们都有 自己看着办",
         [("PERSON", "刘海涛"), ("ADDRESS", "湖北省孝感市孝南区槐荫大道56号"), ("PERSON", "刘德胜"),
          ("PERSON", "刘海燕")], [EXCESSIVE]),
        ("app", "debtor", "收到 你说下周三发工资后还 那我给你备注一下 到时候在APP里直接还就行", [], []),
        ("app", "debtor", "Hi 约翰·威尔逊 你的分期已经逾期两期了 今天能处理吗 需要英文客服的话我帮你转",
         [("PERSON", "约翰·威尔逊")], []),
        ("app", "debtor", "你信佛的吧 每个月初一十五都去灵隐寺上香 欠钱不还菩萨也不保佑", [], [SENSITIVE]),
        ("app", "debtor", "你名下 6217 0025 5124 0450 795 这张农行卡上个月进账两万三 别跟我说没钱", [
            ("CN_BANK_CARD", "6217 0025 5124 0450 795")], [SENSITIVE, UNMASKED]),
        ("app", "debtor", "好的收到 您尾号0795的卡已经绑定成功了 下个月10号会自动扣款 记得保留余额哈", [], []),
    ],
    "pc-email": [
        ("email", "debtor", "主题：关于您账户逾期的提醒\n\n尊敬的蒋文博先生：\n\n您在北辰普惠的借款（合同尾号0923）已逾期12天，"
         "应还金额3,560.00元。您可通过官方APP或对公账户还款，如需协商，请回复本邮件或写信至service@beichen-example.cn。"
         "\n\n北辰普惠贷后服务部", [("PERSON", "蒋文博"), ("EMAIL", "service@beichen-example.cn")], []),
        ("email", "debtor", "主题：延期还款申请结果\n\n蒋*博先生，您好：\n\n您提交的住院证明（浙江省人民医院）已审核，"
         "您的延期申请通过，延期3个月，延期期间不收取罚息。\n\n北辰普惠", [], []),
        ("email", "debtor", "主题：最后通知\n\n蒋文博：\n\n你的住址上海市闵行区莘庄镇莘松路958弄12号401室、你太太林静的手机"
         "15010752403，我们都已掌握。请在48小时内还款。", [("PERSON", "蒋文博"),
          ("ADDRESS", "上海市闵行区莘庄镇莘松路958弄12号401室"), ("PERSON", "林静"), ("CN_MOBILE", "15010752403")],
         [EXCESSIVE, UNMASKED]),
        ("email", "debtor", "主题：还款账户信息\n\n您好，附件是您本人的借款合同扫描件，合同载明借款人证件号码"
         "320583197803045507，请核对后签字回传。", [("CN_ID_CARD", "320583197803045507")], [UNMASKED]),
        ("email", "debtor", "主题：您的还款计划\n\n尊敬的客户，您好！根据您的申请，您的欠款将分12期偿还，每期月供1,024.00元，"
         "从您尾号2205的账户自动扣款。如有疑问请致电官方客服。", [], []),
        ("email", "debtor", "主题：催收提醒\n\n大卫·陈先生：我们注意到您的儿子在本市外国语学校读初二，每周五下午四点放学。"
         "希望您能为家庭考虑，尽快还款。", [("PERSON", "大卫·陈")], [SENSITIVE]),
        ("email", "debtor", "Subject: 账单逾期提醒\n\n尊敬的客户，您好，您的信用卡（尾号5561）已逾期18天。"
         "请通过官方渠道还款，本邮件由系统自动发送，请勿回复。", [], []),
        ("email", "debtor", "主题：关于您的欠款\n\n孙丽娟女士：\n\n经查，您在建设银行尾号7716的账户近三个月月均流水约2.1万元，"
         "另有微信零钱余额4,800元，具备还款能力，请于本周内结清。", [("PERSON", "孙丽娟")], [SENSITIVE]),
        ("email", "debtor", "主题：资料补充\n\n孙*娟女士，您好：为办理您申请的困难分期，请补充提供近三个月收入证明，"
         "发送至本邮箱即可。我们将依法保护您提交的材料。", [], []),
        ("email", "debtor", "主题：上门提醒\n\n孙丽娟，我们的外访人员将按您在借款时登记的公司地址——成都市高新区天府大道中段"
         "666号希顿国际广场C座18楼成都锐思科技有限公司——拜访您。", [("PERSON", "孙丽娟"),
          ("ADDRESS", "成都市高新区天府大道中段666号希顿国际广场C座18楼")], [EXCESSIVE]),
    ],
    "pc-letters": [
        ("notice", "debtor", "催收函\n函号：CY-2026-1187\n\n邹振华 先生：\n\n您于2025年6月在我司办理的个人消费贷款"
         "（合同编号 202506200031457），截至2026年11月30日已逾期45天，欠款本金9,800.00元，利息及罚息612.40元。"
         "请于2026年12月15日前通过官方APP或到我司营业网点（广州市天河区体育西路191号）还款。如有异议，"
         "请在收到本函后7日内致电官方客服提出。\n\n澄川消费金融有限公司（统一社会信用代码：91440300MAAAA8CY53）"
         "\n2026年12月1日", [("PERSON", "邹振华"), ("ADDRESS", "广州市天河区体育西路191号"),
                            ("CN_USCC", "91440300MAAAA8CY53")], []),
        ("notice", "debtor", "还款提醒函\n\n尊敬的客户邹*华：\n\n您的贷款已逾期，根据您提交的重大疾病诊断材料，"
         "我司同意为您办理停催3个月。期满后请与我司联系商定还款计划。\n\n澄川消费金融有限公司贷后管理部", [], []),
        ("notice", "debtor", "律师函（催告）\n\n致：唐国栋（身份证号510107200011119119）\n\n受委托人江岸银行委托，现就您信用卡透支欠款事宜函告如下：请于本函送达之日起"
         "10日内清偿欠款。", [("PERSON", "唐国栋"), ("CN_ID_CARD", "510107200011119119")], [UNMASKED]),
        ("notice", "debtor", "逾期还款通知书\n\n唐国栋 先生：\n\n您名下尾号2256的信用卡已逾期67天，透支本金及利息合计"
         "23,415.09元。请于2027年1月5日前还款。如您家庭确有困难，可向我行申请个性化分期。\n\n江岸银行信用卡中心",
         [("PERSON", "唐国栋")], []),
        ("notice", "debtor", "催缴通知\n\n唐国栋：你的姐姐唐美琪现住绵阳市涪城区临园路东段18号，"
         "你如再不还款，我们将向其送达本通知。", [("PERSON", "唐国栋"), ("PERSON", "唐美琪"),
          ("ADDRESS", "绵阳市涪城区临园路东段18号")], [EXCESSIVE]),
        ("notice", "debtor", "账户逾期告知书\n\n客户姓名：薛*\n证件号码：3701**********9706\n逾期金额：5,230.00元\n"
         "请于收到本告知书后15日内还款。本告知书不代表任何法律文书。", [], []),
        ("notice", "debtor", "催收通知书\n\n薛建平：\n\n经查，你患有糖尿病并长期在青岛市市立医院内分泌科就诊，"
         "医疗开支不应成为拖欠借款的理由。请于12月20日前还款。", [("PERSON", "薛建平")], [SENSITIVE]),
        ("notice", "debtor", "逾期告知书\n\n客户：薛建平\n欠款：5,230.00元\n您的账户资料：护照号码E２２７９１３０５，"
         "预留手机１３１７７１０４２５０。请于15日内还款。", [("PERSON", "薛建平"), ("CN_PASSPORT", "E２２７９１３０５"),
          ("CN_MOBILE", "１３１７７１０４２５０")], [UNMASKED]),
    ],
    "pc-calls": [
        ("call", "debtor", "坐席：喂 您好 这里是澄川消费金融 贷后管理中心 请问是邹*华先生本人吗\n客户：嗯 是我\n"
         "坐席：您好 您的借款已经逾期45天了 今天能安排还款吗\n客户：我这个月住院了 刚做完手术 能不能缓一缓\n"
         "坐席：理解您的情况 我这边帮您申请延期一个月 您出院后在APP里提交一下住院证明就行", [], []),
        ("call", "debtor", "坐席：您好 请问是祁晓东吗\n客户：对 我是\n坐席：您好 我是云帆分期的催收专员 姓孙 "
         "为了核实身份 请您报一下身份证号\n客户：四二洞幺幺幺 幺九六六 洞六两幺 洞八拐幺\n坐席：好的 核实无误 "
         "您的借款逾期20天了", [("PERSON", "祁晓东"), ("CN_ID_CARD", "四二洞幺幺幺 幺九六六 洞六两幺 洞八拐幺")],
         []),
        ("call", "debtor", "催收员：喂 范志明是吧 你身份证幺三洞幺洞四 幺九六五 幺洞幺洞 九两三幺 我这边都查得到 "
         "你跑不掉的\n借款人：你们怎么能随便念我身份证号\n催收员：那你就赶紧还钱", [("PERSON", "范志明"),
          ("CN_ID_CARD", "幺三洞幺洞四 幺九六五 幺洞幺洞 九两三幺")], [UNMASKED]),
        ("call", "debtor", "坐席：你好 是黄凯吗 我是北辰普惠的\n客户：是 什么事\n坐席：你儿子黄子睿是在实验二小三年级二班吧 "
         "每天下午三点四十放学\n客户：你什么意思\n坐席：没什么意思 就是提醒你把钱还了", [("PERSON", "黄凯"),
          ("PERSON", "黄子睿")], [EXCESSIVE, SENSITIVE]),
        ("call", "debtor", "坐席：您好 这边是江岸银行信用卡中心 请问是柯*玲女士吗\n客户：是\n坐席：您尾号8810的信用卡"
         "逾期了 您方便的时候可以通过手机银行还款\n客户：我下周五发工资\n坐席：好的 那我给您备注下周五 谢谢您", [], []),
        ("call", "debtor", "坐席:喂 你好 请问你是不是 倪志强\n客户:你谁啊\n坐席:我是云帆分期的 你现在是不是在"
         "江东中路那个 呃 万达广场 的星巴克里面坐着呢\n客户:你们跟踪我？\n坐席:你先把钱还了再说",
         [("PERSON", "倪志强")], [SENSITIVE]),
        ("call", "debtor", "坐席：你好 是严立新吗\n客户：是\n坐席：你老婆叫郑秀梅 手机一五八 八五六九 八六洞五 对吧 "
         "你要是不还 我就直接打给她\n客户：别别别", [("PERSON", "严立新"), ("PERSON", "郑秀梅"),
          ("CN_MOBILE", "一五八 八五六九 八六洞五")], [EXCESSIVE, UNMASKED]),
        ("call", "debtor", "客服：您好 请问是冯*燕女士吗 这里是江岸银行\n用户：是我 我妈在住院 我最近真的没钱\n"
         "客服：非常理解 我们可以为您申请停息挂账或者分期 您看哪种合适\n用户：分期吧\n客服：好的 我马上给您提交",
         [], []),
        ("call", "debtor", "坐席：喂 您好 这里是北辰普惠 请问是蒋*博先生吗\n客户：是 我发邮件跟你们说过了 我邮箱是"
         "jwb_0923@example.com 你们发到那里\n坐席：好的 已经记录 我们会把还款计划发到您的邮箱",
         [("EMAIL", "jwb_0923@example.com")], []),
        ("call", "debtor", "坐席：您好 是孙丽娟女士吗 我是北辰普惠的小周\n客户：嗯\n坐席：跟您说下 您另一张卡 "
         "六两两八 四八六幺 幺幺四洞 五三拐洞 四两九 上周刚转进去一万五 我们都看得到\n客户：你们怎么查得到",
         [("PERSON", "孙丽娟"), ("PERSON", "小周"), ("CN_BANK_CARD", "六两两八 四八六幺 幺幺四洞 五三拐洞 四两九")],
         [SENSITIVE, UNMASKED]),
        ("call", "debtor", "坐席：你好 唐国栋吗 你现在的住址是不是还在玉林南路23号6栋 你单位是成都天骄建材有限公司 "
         "你老板叫吴建华对吧\n客户：你们想干什么\n坐席：我们只想你把钱还了", [("PERSON", "唐国栋"),
          ("ADDRESS", "玉林南路23号6栋"), ("PERSON", "吴建华")], [EXCESSIVE]),
        ("call", "debtor", "坐席：您好 这里是澄川消费金融 请问是 鱼期客户 邹*华先生吗\n客户：嗯\n坐席：您的 那个 "
         "借款已经逾期了 您看 今天 能不能还一部分\n客户：我明天还五百\n坐席：好的 谢谢", [], []),
    ],
    "pc-third-party": [
        ("sms", "third_party", "【云帆分期】您好，您的朋友祁晓东在我平台借款8,000元已逾期20天，他留了您的电话作为紧急联系人，"
         "请转告他尽快还款。", [("PERSON", "祁晓东")], [DISCLOSURE]),
        ("call", "third_party", "坐席：喂 您好 请问是刘海涛的妹妹吗\n联系人：是 怎么了\n坐席：您哥哥在我们北辰普惠借了"
         "一万二 逾期三个月了 您能不能帮他还一下\n联系人：我不知道这事", [("PERSON", "刘海涛")], [DISCLOSURE]),
        ("app", "third_party", "您好，我是澄川消费金融的，您的同事邹振华身份证510107197201226156，欠我司贷款未还，"
         "请您转告他。", [("PERSON", "邹振华"), ("CN_ID_CARD", "510107197201226156")], [DISCLOSURE, UNMASKED]),
        ("sms", "third_party", "【北辰普惠】您好，您儿子祁晓东因患乙肝长期服药，收入不稳定，已拖欠我司借款两个月，"
         "请您督促他还款。", [("PERSON", "祁晓东")], [DISCLOSURE, SENSITIVE]),
        ("call", "third_party", "坐席：喂 你好 是方小燕吗\n联系人：我是\n坐席：你老公方建军 住在 "
         "嘉兴市南湖区东栅街道 禾兴南路 幺两八号 他在我们这欠了钱 你知道吧\n联系人：我们早分居了",
         [("PERSON", "方小燕"), ("PERSON", "方建军"), ("ADDRESS", "嘉兴市南湖区东栅街道 禾兴南路 幺两八号")],
         [DISCLOSURE, EXCESSIVE]),
        ("call", "third_party", "坐席：喂 你好 请问 这个号码的机主 是不是 姓唐\n第三方：不是 你打错了吧\n"
         "坐席：哦 不好意思 打扰您了 我把这个号码删掉", [], []),
        ("email", "third_party", "主题：员工欠款协助\n\n人事部负责人您好：\n\n贵司员工孙丽娟在我司借款已逾期90天，"
         "尚欠36,000元，请贵司协助督促其还款。\n\n北辰普惠", [("PERSON", "孙丽娟")], [DISCLOSURE]),
    ],
    "pc-agency-sms": [
        ("sms", "debtor", "【锦程资产】吕志刚，你在宁波市鄞州区钱湖北路299号金色水岸7幢的房子我们已经登记在册，请立即还款。",
         [("PERSON", "吕志刚"), ("ADDRESS", "宁波市鄞州区钱湖北路299号金色水岸7幢")], [EXCESSIVE]),
        ("sms", "debtor", "【锦程资产】吕志刚先生，您的欠款已转至我司处理，您的岳父陈永福、岳母张桂芝我们也会一并告知。",
         [("PERSON", "吕志刚"), ("PERSON", "陈永福"), ("PERSON", "张桂芝")], [EXCESSIVE]),
        ("sms", "debtor", "【锦程资产】吕*刚先生，受江岸银行委托，您尾号2256的信用卡欠款由我司提醒，请通过江岸银行官方渠道还款，"
         "我司不代收任何款项。", [], []),
        ("sms", "debtor", "【锦程资产】卢佳怡，你在宁波华宇电子有限公司财务部上班，下午我们的人会去公司等你。",
         [("PERSON", "卢佳怡")], [EXCESSIVE]),
        ("sms", "debtor", "【锦程资产】卢*怡女士，您好，您本月的协商还款1,500元已到账，剩余欠款6,300元，请按约定于下月15日前还款。",
         [], []),
        ("sms", "debtor", "【锦程资产】陆*明，你家座机021-64587213一直没人接，请主动联系我们处理欠款。",
         [("CN_LANDLINE", "021-64587213")], [UNMASKED]),
        ("sms", "debtor", "【锦程资产】谭卫国，身份证450103721214828，你的欠款已逾期180天，请立即联系。",
         [("PERSON", "谭卫国"), ("CN_ID_CARD", "450103721214828")], [UNMASKED]),
        ("sms", "debtor", "【锦程资产】邱明辉，你弟弟邱明亮的手机177.4084.7415我们已经拿到了，今天不回电就打给他。",
         [("PERSON", "邱明辉"), ("PERSON", "邱明亮"), ("CN_MOBILE", "177.4084.7415")], [EXCESSIVE, UNMASKED]),
        ("sms", "debtor", "【锦程资产】温馨提示：您的欠款可申请减免部分罚息，详情请在工作日拨打江岸银行官方客服咨询，"
         "谨防冒充催收人员的诈骗电话。", [], []),
        ("sms", "debtor", "【锦程资产】你老婆在城东妇产医院住院待产的事我们知道，孩子出生前把钱还了，大家都好。",
         [], [SENSITIVE]),
        ("sms", "debtor", "【锦程资产】查到你每周二、周四晚上七点在星河湾小区门口的健身房锻炼，找你不难。", [], [SENSITIVE]),
        ("sms", "debtor", "【锦程资产】毛振宇，你女儿毛可欣在东湖路小学四年级一班，放学时间我们也清楚，别逼我们。",
         [("PERSON", "毛振宇"), ("PERSON", "毛可欣")], [EXCESSIVE, SENSITIVE]),
        ("sms", "debtor", "【锦程资产】你父亲心脏搭桥刚出院，你还有心思躲着？赶紧把欠款结清。", [], [SENSITIVE]),
        ("sms", "debtor", "【锦程资产】您好，我是锦程资产的调解员小蒋，您的逾期款项可以申请分期，如有需要请回复本短信。",
         [("PERSON", "小蒋")], []),
    ],
    "pc-wechat-2": [
        ("app", "debtor", "我是贷后专员丽丽 您的账单逾期三天了 今天还的话不会影响额度哦 有问题随时找我",
         [("PERSON", "丽丽")], []),
        ("app", "debtor", "柴永康 你在杭州滨江的那家公司 海纳网络科技有限公司 我们已经查到了 还有你老婆童雅琴在医院当护士",
         [("PERSON", "柴永康"), ("PERSON", "童雅琴")], [EXCESSIVE]),
        ("app", "debtor", "阿杰 你昨晚十一点还在南山那家酒吧 有钱喝酒没钱还款？", [("PERSON", "阿杰")], [SENSITIVE]),
        ("app", "debtor", "你好 你之前发给我的住院发票我已经转给审核了 延期申请一般三个工作日出结果 有消息我第一时间告诉你",
         [], []),
        ("app", "debtor", "米歇尔·杜邦 您好 您的账户已逾期10天 如需中文或法语客服协助 请在APP中留言", [("PERSON", "米歇尔·杜邦")],
         []),
        ("app", "debtor", "纪晓峰 你身份证 三四零幺零四 幺九拐拐零拐零拐 六三幺八 我们都有 别以为换号就找不到你",
         [("PERSON", "纪晓峰"), ("CN_ID_CARD", "三四零幺零四 幺九拐拐零拐零拐 六三幺八")], [UNMASKED]),
        ("app", "debtor", "晓峰 我们这边帮你算了一下 如果这个月还2000 剩下的可以分6期 你考虑一下", [("PERSON", "晓峰")], []),
        ("app", "debtor", "兄弟 你是残疾人我们知道 但借钱的时候怎么不说 该还的还是得还", [], [SENSITIVE]),
        ("app", "debtor", "娜娜你好 你爸爸在县医院透析的费用 我们可以理解 但你作为借款人还是要面对",
         [("PERSON", "娜娜")], [SENSITIVE]),
        ("app", "debtor", "常德胜 你的车每天晚上停在紫荆花园地下车库B区 我们的人都看到了", [("PERSON", "常德胜")],
         [SENSITIVE]),
        ("app", "debtor", "你好 这里是云帆分期在线客服 您的分期申请需要上传行驶证照片 车牌号码可以打码 只需保留车辆型号",
         [], []),
        ("app", "debtor", "小胡 我是平台的 你说下个月工资到了就还 我这边先不催你了 有变化提前说一声",
         [("PERSON", "小胡")], []),
        ("app", "debtor", "你每个礼拜天上午去基督教堂做礼拜 这个我们都清楚 做人要讲诚信", [], [SENSITIVE]),
    ],
    "pc-calls-2": [
        ("call", "debtor", "坐席：您好 请问是谭*国先生吗 这里是锦程资产 受江岸银行委托\n客户：是我\n坐席：为了核实身份 "
         "请您报一下身份证号\n客户：四五洞幺洞三 拐两幺两幺四 八两八\n坐席：好的 这是老身份证号吧 核对无误",
         [("CN_ID_CARD", "四五洞幺洞三 拐两幺两幺四 八两八")], []),
        ("call", "debtor", "坐席：喂 你好 是毛振宇吗\n客户：嗯\n坐席：我是锦程资产的 你家是不是住在武汉市洪山区珞喻路1037号"
         "华科苑12栋\n客户：你问这个干嘛\n坐席：我们要确认一下 你老婆沈红的电话是不是幺八勾 洞五三勾 六三两六",
         [("PERSON", "毛振宇"), ("ADDRESS", "武汉市洪山区珞喻路1037号华科苑12栋"), ("PERSON", "沈红"),
          ("CN_MOBILE", "幺八勾 洞五三勾 六三两六")], [EXCESSIVE, UNMASKED]),
        ("call", "debtor", "坐席：您好 请问是卢*怡女士吗\n客户：是 我怀孕七个月了 最近没法上班 能不能缓一缓\n坐席：恭喜您 "
         "这种情况我们可以为您申请产假期间延期还款 您方便的时候在APP提交一下材料\n客户：好的 谢谢",
         [], []),
        ("call", "debtor", "坐席：卢佳怡是吧 你怀孕了也得还钱啊 你预产期是下个月十号 我们都知道\n客户：你们怎么知道的\n"
         "坐席：别管怎么知道的 今天先还两千", [("PERSON", "卢佳怡")], [SENSITIVE]),
        ("call", "debtor", "催收员：喂 吕志刚 你现在是不是在宁波南站 准备坐下午两点半那趟高铁\n借款人：你们想干嘛\n"
         "催收员：不想干嘛 你上车前把钱转了", [("PERSON", "吕志刚")], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 这里是江岸银行 请问是严*新先生吗\n客户：是 你们打我家座机干嘛 "
         "我家电话是洞两幺 六四五八 拐两幺三 以后别打了\n坐席：好的 已经为您备注 以后只联系您本人手机",
         [("CN_LANDLINE", "洞两幺 六四五八 拐两幺三")], []),
        ("call", "debtor", "坐席：你好 纪晓峰吗 我看你手机号是 一三三 六八六九 九一六一 对吧 还有一个备用号 "
         "幺三拐 洞两两四 八三两六\n客户：对 怎么了\n坐席：你的欠款逾期90天了", [("PERSON", "纪晓峰"),
          ("CN_MOBILE", "一三三 六八六九 九一六一"), ("CN_MOBILE", "幺三拐 洞两两四 八三两六")], [UNMASKED]),
        ("call", "debtor", "客服：您好 这边是云帆分期 请问是谢*伟先生吗\n客户：是 我最近 呃 查出来 肺上有个结节 "
         "要做手术\n客服：那您先安心治疗 我这边给您申请停催 您把诊断书拍照上传就可以\n客户：好 谢谢你们",
         [], []),
        ("call", "debtor", "坐席：喂 柴永康 你儿子柴浩然是在 滨江区 星澜中学 初一吧 我们 那个 同事今天下午刚好路过\n"
         "客户：你们别乱来\n坐席：那你赶紧还钱", [("PERSON", "柴永康"), ("PERSON", "柴浩然")], [EXCESSIVE, SENSITIVE]),
        ("call", "debtor", "坐席：您好 是常*胜先生吗 我是北辰普惠的客服小杨\n客户：是我 我的卡号是六两幺四 八三三五 "
         "五四洞幺 两九两五 你们从这张扣吧\n坐席：好的 我给您登记 以后从尾号2925的卡扣款", [("PERSON", "小杨"),
          ("CN_BANK_CARD", "六两幺四 八三三五 五四洞幺 两九两五")], []),
        ("call", "debtor", "坐席：常德胜 你那辆车 浙A7K2M9 我们查到了 你还有一张卡六两三洞 五两四拐 六四五九 五洞幺洞 四九两 "
         "里面有三万多\n客户：你们这是违法的\n坐席：你先还钱", [("PERSON", "常德胜"), ("CN_LICENSE_PLATE", "浙A7K2M9"),
          ("CN_BANK_CARD", "六两三洞 五两四拐 六四五九 五洞幺洞 四九两")], [SENSITIVE, UNMASKED]),
        ("call", "debtor", "坐席：您好 我是澄川消费金融的客服 工号3317 请问是韦*东先生吗\n客户：是\n坐席：您的借款本期应还"
         "1,260元 逾期两天了 请问您这边 今天 方便还款吗\n客户：今晚还\n坐席：好的 感谢您", [], []),
    ],
    "pc-third-party-2": [
        ("sms", "third_party", "【锦程资产】您好，您女婿吕志刚欠江岸银行信用卡款4万余元，已逾期半年，请您督促其还款。",
         [("PERSON", "吕志刚")], [DISCLOSURE]),
        ("call", "third_party", "坐席：喂 你好 请问是邱明辉的弟弟吗\n联系人：是我\n坐席：你哥邱明辉在我们这借了钱 "
         "逾期半年了 电话也不接 你知道他现在住哪吗\n联系人：我不清楚", [("PERSON", "邱明辉"), ("PERSON", "邱明辉")],
         [DISCLOSURE]),
        ("app", "third_party", "您好，您是毛振宇的同事吧？他欠我们平台3.6万元，逾期120天了，麻烦您在单位提醒他一下。",
         [("PERSON", "毛振宇")], [DISCLOSURE]),
        ("sms", "third_party", "【云帆分期】您好，您的朋友纪晓峰因抑郁症在精神科住院，目前无力还款，其欠款2.3万元将由您作为紧急联系人"
         "协助处理。", [("PERSON", "纪晓峰")], [DISCLOSURE, SENSITIVE]),
        ("call", "third_party", "坐席：您好 请问是唐国栋的部门领导吗\n第三方：我是 什么事\n坐席：他在我们这借款逾期了 "
         "麻烦您提醒一下他\n第三方：我知道了", [("PERSON", "唐国栋")], [DISCLOSURE]),
        ("email", "third_party", "主题：紧急联系人通知\n\n您好：\n\n借款人柴永康（身份证号330106199603250115）在我平台的借款已逾期，"
         "您是其登记的紧急联系人，请转告其尽快还款。\n\n云帆分期", [("PERSON", "柴永康"),
          ("CN_ID_CARD", "330106199603250115")], [DISCLOSURE, UNMASKED]),
        ("call", "third_party", "坐席：喂 您好 请问是柴永康的爱人吗\n联系人：是 哪位\n坐席：我是云帆分期的 您丈夫柴永康 每天早上八点"
         "从玉泉路那边出门 我们有人在那边 您让他回个电话\n联系人：你们想干什么", [("PERSON", "柴永康"),
          ("PERSON", "柴永康")], [DISCLOSURE, SENSITIVE]),
        ("call", "third_party", "坐席：您好 请问机主是不是 姓纪\n第三方：不是 这个号我刚办的\n坐席：好的 抱歉打扰 "
         "我们会更新记录", [], []),
    ],
    "pc-letters-2": [
        ("notice", "debtor", "逾期催告函\n编号：JC-2026-0452\n\n尊敬的客户罗*平：\n\n您的个人消费贷款已逾期38天，尚欠本息"
         "11,204.55元，请于2026年12月25日前还款。如有疑问或异议，请致电我司客服０２８－８５１２７７６４（工作日9:00-18:00）。"
         "\n\n锦程资产管理有限公司（统一社会信用代码 91510100MAAN04WR11）", [("CN_LANDLINE", "０２８－８５１２７７６４"),
          ("CN_USCC", "91510100MAAN04WR11")], []),
        ("notice", "debtor", "还款通知书\n\n罗志平 先生：\n\n您在我行的信用卡（尾号4471）已逾期，欠款合计6,880.00元。"
         "您可到就近网点还款，如合肥市蜀山区长江西路669号江岸银行蜀山支行；咨询电话0551-65328817。\n\n江岸银行信用卡中心",
         [("PERSON", "罗志平"), ("ADDRESS", "合肥市蜀山区长江西路669号"), ("CN_LANDLINE", "0551-65328817")], []),
        ("notice", "debtor", "催收函\n\n罗志平：\n\n经核实，你现任职于重庆渝顺汽车配件有限公司销售部，月收入稳定，"
         "却长期拖欠借款，请于本函送达后七日内还清。", [("PERSON", "罗志平")], [EXCESSIVE]),
        ("notice", "debtor", "催款通知\n\n钟雨桐女士：\n\n我司获悉你已怀孕八个月、正在待产，你丈夫贺文斌也已失业，但债务不因此免除。",
         [("PERSON", "钟雨桐"), ("PERSON", "贺文斌")], [EXCESSIVE, SENSITIVE]),
        ("notice", "debtor", "欠款告知书\n\n借款人：曹佳琪\n家庭成员：父 曹志远（13510590665），母 黄淑芬（13212464989）\n"
         "欠款金额：18,600.00元\n请借款人于十日内还款，否则我司将与上述家庭成员联系。", [("PERSON", "曹佳琪"),
          ("PERSON", "曹志远"), ("CN_MOBILE", "13510590665"), ("PERSON", "黄淑芬"), ("CN_MOBILE", "13212464989")],
         [EXCESSIVE, UNMASKED]),
        ("notice", "debtor", "逾期告知函\n\n借款人：彭建伟\n身份证号码：61011319920624517X\n逾期天数：75天\n"
         "请于2027年1月10日前还款。\n\n北辰普惠小额贷款有限公司", [("PERSON", "彭建伟"),
          ("CN_ID_CARD", "61011319920624517X")], [UNMASKED]),
        ("notice", "debtor", "催缴函\n\n彭建伟：\n\n经查询，你的住房公积金账户余额为42,316.80元，医保个人账户余额3,902.11元，"
         "建议你提取后偿还欠款。", [("PERSON", "彭建伟")], [SENSITIVE]),
        ("notice", "debtor", "账户情况告知书\n\n客户：彭*伟\n证件号码：6101**********517X\n您的逾期欠款可申请分期偿还，"
         "详情请咨询北辰普惠客服。本告知书依法对您的个人信息作了去标识化处理。", [], []),
        ("notice", "debtor", "催告函\n\n汤晓梅：\n\n你的配偶葛振东（手机１５３８４４２８４４０）已被我司列为联系人，"
         "如你继续拖欠，我司将向其送达催告函副本。", [("PERSON", "汤晓梅"), ("PERSON", "葛振东"),
          ("CN_MOBILE", "１５３８４４２８４４０")], [EXCESSIVE, UNMASKED]),
        ("notice", "debtor", "特别提醒函\n\n汤*梅女士：\n\n据悉你于2026年11月28日至30日出入澳门并在赌场停留，"
         "有能力消费却不还款，请立即处理。", [], [SENSITIVE]),
        ("notice", "debtor", "延期还款确认书\n\n汤*梅女士：\n\n根据您提交的北京协和医院诊疗证明及困难说明，我司同意将您的还款"
         "延期至2027年6月30日，延期期间停止计收罚息。\n\n锦程资产管理有限公司", [], []),
        ("notice", "debtor", "催收函\n\n安娜·彼得罗娃 女士：\n\n您在我行申请的信用卡（尾号3390）已逾期50天，欠款4,712.30元，"
         "请于收到本函后15日内还款。\n\n江岸银行国际业务部", [("PERSON", "安娜·彼得罗娃")], []),
    ],
    "pc-email-2": [
        ("email", "debtor", "主题：关于您逾期账户的通知\n\n龚*华女士：\n\n您的借款已逾期20天。如需办理延期或分期，"
         "请发送邮件至support@yunfan-example.com，我们会在两个工作日内回复。\n\n云帆分期客户服务中心",
         [("EMAIL", "support@yunfan-example.com")], []),
        ("email", "debtor", "主题：最后通牒\n\n龚丽华：\n\n你住在长沙市岳麓区麓山南路932号湘江世纪城9栋1802，"
         "在长沙天成会计师事务所上班，这些我们都清楚。请立即还款。", [("PERSON", "龚丽华"),
          ("ADDRESS", "长沙市岳麓区麓山南路932号湘江世纪城9栋1802")], [EXCESSIVE]),
        ("email", "debtor", "主题：还款提醒\n\n夏*华先生：您的两个孩子分别在明德小学和红黄蓝幼儿园就读，"
         "请为孩子们做个好榜样，按时还款。", [], [SENSITIVE]),
        ("email", "debtor", "主题：联系人信息确认\n\n夏国华先生：\n\n系统显示您的紧急联系人为您的弟弟夏国庆，"
         "电话 幺五洞 五八勾三 六八拐六，如本周内仍未还款，我们将直接与他联系。", [("PERSON", "夏国华"),
          ("PERSON", "夏国庆"), ("CN_MOBILE", "幺五洞 五八勾三 六八拐六")], [EXCESSIVE, UNMASKED]),
        ("email", "debtor", "主题：困难还款方案\n\n顾*轩先生，您好：\n\n您来信说明母亲在上海瑞金医院接受治疗，"
         "我们已为您制定24期免息分期方案，详见附件。如有疑问请回复本邮件。", [], []),
        ("email", "debtor", "主题：出境提醒\n\n顾明轩：\n\n我们注意到你持护照E９０３１６０４６于12月1日从浦东机场出境前往曼谷，"
         "请在境外也尽快安排还款。", [("PERSON", "顾明轩"), ("CN_PASSPORT", "E９０３１６０４６")],
         [SENSITIVE, UNMASKED]),
        ("email", "debtor", "主题：电子回单\n\n您好，您于12月2日通过尾号0129的银行卡还款2,000.00元已入账。"
         "锦程资产管理有限公司（统一社会信用代码 91330106MABB901F87）", [("CN_USCC", "91330106MABB901F87")], []),
        ("email", "debtor", "主题：还款能力评估\n\n殷雪梅女士：\n\n根据征信报告，您名下另有招商银行信用卡额度5万元、"
         "浦发银行信用卡可用额度1.8万元、股票账户市值约6万元，请优先偿还我司欠款。", [("PERSON", "殷雪梅")],
         [SENSITIVE]),
        ("email", "debtor", "Subject: Overdue notice / 逾期提醒\n\nDear 詹姆斯·李,\n\nYour instalment loan is 14 days "
         "overdue. 您的分期借款已逾期14天，请登录APP还款。\n\nYunfan Instalments", [("PERSON", "詹姆斯·李")], []),
    ],
    "pc-sms-3": [
        ("sms", "debtor", "【北辰普惠】丁浩然，你女朋友苗青青在西安市雁塔区科技路48号创业广场A座1605上班，我们会去找她聊聊。",
         [("PERSON", "丁浩然"), ("PERSON", "苗青青"), ("ADDRESS", "西安市雁塔区科技路48号创业广场A座1605")],
         [EXCESSIVE]),
        ("sms", "debtor", "【北辰普惠】丁*然，您的借款已逾期12天，应还2,418.00元，请登录APP还款。回复TD退订。", [], []),
        ("sms", "debtor", "【北辰普惠】黎建国，你家住郑州市金水区花园路59号院3号楼2单元，我们的外访人员明天上午到访。",
         [("PERSON", "黎建国"), ("ADDRESS", "郑州市金水区花园路59号院3号楼2单元")], [EXCESSIVE]),
        ("sms", "debtor", "【北辰普惠】黎*国先生，我司将于12月9日派员上门协商还款事宜，如不方便请提前致电客服改约。", [], []),
        ("sms", "debtor", "【北辰普惠】费俊杰，你母亲戴秋月在郑州大学第一附属医院住院，你却还有钱去旅游？立即还款！",
         [("PERSON", "费俊杰"), ("PERSON", "戴秋月")], [EXCESSIVE, SENSITIVE]),
        ("sms", "debtor", "【澄川消费金融】您尾号1390的手机号已更换，请在APP中更新预留手机号，以免错过还款提醒。", [], []),
        ("sms", "debtor", "【澄川消费金融】苏*，您的借款已结清，感谢您的配合。如需开具结清证明，请在APP中申请。", [], []),
        ("sms", "debtor", "【澄川消费金融】您的子女目前在滨湖区第三中学就读，希望您珍惜家庭声誉，按时还款。", [], [SENSITIVE]),
        ("sms", "debtor", "【澄川消费金融】根据您HIV检测阳性的情况，我们建议您尽早规划财务、结清欠款。", [], [SENSITIVE]),
        ("sms", "debtor", "【澄川消费金融】您今天上午10点在济南市历下区泉城路180号的银行网点取了现金，为何不还款？",
         [("ADDRESS", "济南市历下区泉城路180号")], [SENSITIVE]),
        ("sms", "debtor", "【澄川消费金融】您好，您预约的线下还款网点地址为济南市历下区泉城路180号，营业时间9:00-17:00，"
         "请携带身份证原件。", [("ADDRESS", "济南市历下区泉城路180号")], []),
        ("sms", "debtor", "【云帆分期】您好，您的紧急联系人已更新为尾号8440的号码，如非本人操作请致电官方客服。", [], []),
        ("sms", "debtor", "【云帆分期】苏晓雯，您的借款已逾期，请于今日内登录APP还款，客服热线0755-26458813。",
         [("PERSON", "苏晓雯"), ("CN_LANDLINE", "0755-26458813")], []),
        ("sms", "debtor", "【云帆分期】苏*雯，你家里座机０７５５－２６４５８８１３我们每天都会打，直到你还款为止。",
         [("CN_LANDLINE", "０７５５－２６４５８８１３")], [UNMASKED]),
    ],
    "pc-calls-3": [
        ("call", "debtor", "坐席：喂 你好 是黎建国吗\n客户：嗯 哪位\n坐席：北辰普惠的 你老婆叫任丽萍 在郑州第七人民医院上班 "
         "你儿子黎子豪在 那个 金水区实验中学 对吧\n客户：你们到底想干啥\n坐席：还钱", [("PERSON", "黎建国"),
          ("PERSON", "任丽萍"), ("PERSON", "黎子豪")], [EXCESSIVE, SENSITIVE]),
        ("call", "debtor", "坐席：您好 这里是北辰普惠 请问是费*杰先生吗\n客户：是 我妈住院了 我这段时间 在医院陪护 "
         "实在没钱\n坐席：好的 您母亲的情况我们理解 可以先给您延期一个月 您看可以吗\n客户：可以 谢谢",
         [], []),
        ("call", "debtor", "坐席:你好 费俊杰吧 你住在 郑州市 中原区 建设西路 一八七号 对不对 你单位是 "
         "中原华通物流 我们都查过了\n客户:你们查我干嘛\n坐席:你不还钱 我们只能上门", [("PERSON", "费俊杰"),
          ("ADDRESS", "郑州市 中原区 建设西路 一八七号")], [EXCESSIVE]),
        ("call", "debtor", "坐席：您好 请问是殷*梅女士吗 我这边是云帆分期的 客服小林\n客户：是我\n坐席：跟您确认一下 "
         "您的账单已经逾期5天 今天能还吗\n客户：今天发工资 晚上就还\n坐席：好的 谢谢您", [("PERSON", "小林")], []),
        ("call", "debtor", "坐席：喂 殷雪梅 你是不是在吃抗抑郁的药 我们听你同事说的\n客户：这跟你们有什么关系\n"
         "坐席：有病也得还钱", [("PERSON", "殷雪梅")], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 请问是龚丽华吗 你身份证号码是 两幺洞两洞三 两洞洞幺 幺两洞拐 洞九洞拐 没错吧 "
         "你现在 人是不是在 长沙南站\n客户：你们怎么知道\n坐席：你先还款", [("PERSON", "龚丽华"),
          ("CN_ID_CARD", "两幺洞两洞三 两洞洞幺 幺两洞拐 洞九洞拐")], [SENSITIVE, UNMASKED]),
        ("call", "debtor", "坐席：您好 这里是澄川消费金融 请问是苏*雯女士吗\n客户：是 我号码换了 新号是 "
         "幺五三 两两五两 幺三九洞 你们以后打这个\n坐席：好的 已为您更新 以后短信会显示尾号1390", [
            ("CN_MOBILE", "幺五三 两两五两 幺三九洞")], []),
        ("call", "debtor", "坐席：喂 苏晓雯 你每天晚上九点下班 从南山科技园坐地铁回家 我们的人天天看着呢\n客户：你们这是跟踪\n"
         "坐席：还钱就没事", [("PERSON", "苏晓雯")], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 请问是丁*然先生吗\n客户：对\n坐席：我是北辰普惠的 您的借款已经逾期了 "
         "我们这边有一个 减免罚息的 政策 您有兴趣了解一下吗\n客户：可以 你说\n坐席：您今天还清本金 罚息可以全免",
         [], []),
        ("call", "debtor", "坐席：你好 夏国华吗 你老婆刚查出来怀孕了吧 在妇幼保健院建的档 你弟弟夏国庆我们也联系过了\n"
         "客户：你们别骚扰我家人", [("PERSON", "夏国华"), ("PERSON", "夏国庆")], [EXCESSIVE, SENSITIVE]),
        ("call", "debtor", "坐席：您好 请问是 顾*轩 先生吗\n客户：是的 我现在在国外 回国后处理可以吗\n坐席：可以的 "
         "您回国后联系我们就行 我这边给您备注\n客户：谢谢", [], []),
        ("call", "debtor", "坐席：喂 曹佳琪吗 你爸曹志远今天去医院做化疗了吧 我们刚给他打过电话\n客户：你们怎么能这样\n"
         "坐席：那你就赶紧还", [("PERSON", "曹佳琪"), ("PERSON", "曹志远")], [EXCESSIVE, SENSITIVE]),
    ],
    "pc-wechat-3": [
        ("app", "debtor", "彭建伟 你在西安市未央区凤城八路168号的那套房子 还有你老婆曾慧敏名下那辆车 我们都查清楚了",
         [("PERSON", "彭建伟"), ("ADDRESS", "西安市未央区凤城八路168号"), ("PERSON", "曾慧敏")], [EXCESSIVE]),
        ("app", "debtor", "玛丽亚·冈萨雷斯 您好 您的账单已逾期 您可以在APP中选择西班牙语客服 我们会协助您制定还款计划",
         [("PERSON", "玛丽亚·冈萨雷斯")], []),
        ("app", "debtor", "婷婷 我是云帆的客服 你上次说想申请延期 我帮你查了一下 你符合条件 点这个链接提交就可以",
         [("PERSON", "婷婷")], []),
        ("app", "debtor", "你在妇幼医院做的那个流产手术 我们都知道 不想让家里人知道就赶紧还钱", [], [SENSITIVE]),
        ("app", "debtor", "葛振东 你和汤晓梅离婚的事我们知道了 你现在住在你妈王翠兰那里 天津市南开区鞍山西道300号 对吧",
         [("PERSON", "葛振东"), ("PERSON", "汤晓梅"), ("PERSON", "王翠兰"), ("ADDRESS", "天津市南开区鞍山西道300号")],
         [EXCESSIVE]),
        ("app", "debtor", "您好 您的逾期款项已经结清 结清证明已发送到您APP的消息中心 祝您生活愉快", [], []),
        ("app", "debtor", "老钱 你每天中午十二点都在公司楼下那家面馆吃饭 我们有同事也在那吃", [("PERSON", "老钱")],
         [SENSITIVE]),
        ("app", "debtor", "小贺 别躲了 你招行那张工资卡每月八号发一万二 我们清楚得很", [("PERSON", "小贺")],
         [SENSITIVE]),
        ("app", "debtor", "汤晓梅 你弟弟汤晓军在昆明市五华区东风西路123号开的那家店 我们明天过去坐坐",
         [("PERSON", "汤晓梅"), ("PERSON", "汤晓军"), ("ADDRESS", "昆明市五华区东风西路123号")], [EXCESSIVE]),
        ("app", "debtor", "您好 我是澄川消费金融的客户经理 您尾号6826的账户本月还款已成功 下期还款日为1月15日", [], []),
    ],
    "pc-third-party-3": [
        ("sms", "third_party", "【澄川消费金融】您好，您的邻居苏晓雯欠我司贷款1.2万元，逾期4个月，请您见到她时转告她尽快还款。",
         [("PERSON", "苏晓雯")], [DISCLOSURE]),
        ("call", "third_party", "坐席：喂 您好 请问您是龚丽华的同事吗\n第三方：是的 怎么了\n坐席：她在我们云帆分期有一笔欠款 "
         "逾期了 您方便转告她联系我们吗\n第三方：好吧", [("PERSON", "龚丽华")], [DISCLOSURE]),
        ("app", "third_party", "您好，您丈夫黎建国在我司借款5万元已逾期，他的身份证号码 210203200112070907 已被列入"
         "我司逾期名单，请您劝他还款。", [("PERSON", "黎建国"),
          ("CN_ID_CARD", "210203200112070907")], [DISCLOSURE, UNMASKED]),
        ("call", "third_party", "坐席：您好 请问是钟雨桐的母亲吗\n联系人：是 什么事\n坐席：您女儿在我们这有笔贷款 逾期两个月了 "
         "她现在怀孕了 我们也不想逼她 您能不能帮她还一部分\n联系人：我先问问她", [("PERSON", "钟雨桐")],
         [DISCLOSURE, SENSITIVE]),
        ("email", "third_party", "主题：关于贵单位员工\n\n您好：\n\n贵单位员工殷雪梅（身份证号码 360102197908212962）"
         "在我司借款逾期，其欠款金额为26,540元，请协助通知本人。\n\n锦程资产", [("PERSON", "殷雪梅"),
          ("CN_ID_CARD", "360102197908212962")], [DISCLOSURE, UNMASKED]),
        ("sms", "third_party", "【锦程资产】您好，您的亲属费俊杰在我司有一笔逾期欠款，他目前住在郑州市中原区建设西路187号，"
         "请您转告他尽快联系我们。", [("PERSON", "费俊杰"), ("ADDRESS", "郑州市中原区建设西路187号")],
         [DISCLOSURE, EXCESSIVE]),
        ("call", "third_party", "坐席：你好 是苗青青吗\n联系人：是\n坐席：你男朋友丁浩然 欠我们北辰普惠三万块 "
         "他每天晚上都在你那儿住吧 你让他还钱\n联系人：我们已经分手了", [("PERSON", "苗青青"), ("PERSON", "丁浩然")],
         [DISCLOSURE, SENSITIVE]),
        ("call", "third_party", "坐席：您好 请问您是夏国华的家人吗\n联系人：是 我是他弟弟\n坐席：您好 麻烦您转告他 "
         "给这个号码回个电话 谢谢\n联系人：行 我跟他说", [("PERSON", "夏国华")], []),
    ],
    "pc-mixed-4": [
        ("sms", "debtor", "【速达借】付志勇，你在南昌市红谷滩区丰和中大道1188号的公寓租约下个月到期，你搬到哪我们都能找到。",
         [("PERSON", "付志勇"), ("ADDRESS", "南昌市红谷滩区丰和中大道1188号")], [EXCESSIVE]),
        ("sms", "debtor", "【速达借】付志勇，你在江西赣联建设集团工程部上班，你们部门经理我们也认识，别让大家难堪。",
         [("PERSON", "付志勇")], [EXCESSIVE]),
        ("sms", "third_party", "【速达借】您好，您的租客付志勇在我平台借款逾期，欠款9,600元，请您提醒他尽快还款。",
         [("PERSON", "付志勇")], [DISCLOSURE]),
        ("app", "debtor", "【速达借】借款人：严晓丹；父亲：严卫东；母亲：邵桂英。您的借款已逾期60天，请于今日内还款。",
         [("PERSON", "严晓丹"), ("PERSON", "严卫东"), ("PERSON", "邵桂英")], [EXCESSIVE]),
        ("app", "debtor", "【速达借】严*丹，您好，您申请的还款日变更已生效，每月还款日改为25日，与您的发薪日一致。", [], []),
        ("email", "debtor", "主题：外访通知\n\n向文杰：\n\n你在杭州的住址西湖区古墩路701号紫金庄园14幢3单元已由我司外访员核实，"
         "请于本周五前主动联系我们。", [("PERSON", "向文杰"), ("ADDRESS", "西湖区古墩路701号紫金庄园14幢3单元")],
         [EXCESSIVE]),
        ("notice", "debtor", "催收函\n\n向文杰：\n\n你的父亲向建国、母亲廖美华均已知悉你的欠款情况，望你尽快与我司协商还款。",
         [("PERSON", "向文杰"), ("PERSON", "向建国"), ("PERSON", "廖美华")], [EXCESSIVE]),
        ("call", "debtor", "坐席：喂 向文杰吗 我北辰普惠的 你爸向建国的电话 呃 一三七 七零一 二三八九五 "
         "我们今天打过了\n客户：你们怎么能打给我爸", [("PERSON", "向文杰"), ("PERSON", "向建国"),
          ("CN_MOBILE", "一三七 七零一 二三八九五")], [EXCESSIVE, UNMASKED]),
        ("call", "debtor", "坐席：您好 是孔德明先生吗\n客户：是\n坐席：你是不是在 苏州工业园区星湖街328号 创意产业园 "
         "那个 苏州远航软件 上班\n客户：你问这个干什么\n坐席：核实一下 你的欠款再不处理 我们只能去单位找你",
         [("PERSON", "孔德明"), ("ADDRESS", "苏州工业园区星湖街328号")], [EXCESSIVE]),
        ("app", "debtor", "龙海波 你在深圳华强北开的那家海波数码手机店 你老婆钱秀芬天天在店里 我们去过了", [("PERSON", "龙海波"),
         ("PERSON", "钱秀芬")], [EXCESSIVE]),
        ("sms", "debtor", "【云帆分期】借款人孔德明，现居上海市浦东新区张杨路1500号12楼，请于3日内还款，否则将安排上门。",
         [("PERSON", "孔德明"), ("ADDRESS", "上海市浦东新区张杨路1500号12楼")], [EXCESSIVE]),
        ("email", "debtor", "主题：您的逾期欠款\n\n温建平先生：\n\n您的妻子岳美娟在武汉光谷第一小学任教，您的欠款问题可能影响她的工作，"
         "请您慎重考虑。", [("PERSON", "温建平"), ("PERSON", "岳美娟")], [EXCESSIVE]),
        ("app", "debtor", "温建平 你老家在 河南省周口市川汇区七一路88号 你爸温长顺还在那住吧 过年回去别让老人家替你操心",
         [("PERSON", "温建平"), ("ADDRESS", "河南省周口市川汇区七一路88号"), ("PERSON", "温长顺")], [EXCESSIVE]),
        ("call", "debtor", "坐席：喂 是祝海峰吗\n客户：嗯\n坐席：你老家是不是 河南省 许昌市 魏都区 七一路 八十八号 "
         "你大哥祝海洋在那开饭店\n客户：关你什么事", [("PERSON", "祝海峰"), ("ADDRESS", "河南省 许昌市 魏都区 七一路 八十八号"),
          ("PERSON", "祝海洋")], [EXCESSIVE]),
        ("notice", "debtor", "催款函\n\n祝海峰：\n\n经查，你目前受雇于许昌瑞达纺织有限公司（许昌市建安大道东段166号），"
         "请于收到本函之日起十日内还款。", [("PERSON", "祝海峰"), ("ADDRESS", "许昌市建安大道东段166号")], [EXCESSIVE]),
        ("sms", "debtor", "【澄川消费金融】袁立军，你岳母聂春兰和你小舅子聂志鹏我们都联系过了，他们都劝你早点还钱。",
         [("PERSON", "袁立军"), ("PERSON", "聂春兰"), ("PERSON", "聂志鹏")], [EXCESSIVE]),
        ("app", "third_party", "你爸爸温建平的欠款已经逾期半年了 你作为女儿劝劝他 让他这周把钱还上", [("PERSON", "温建平")],
         [DISCLOSURE]),
        ("call", "debtor", "坐席：您好 请问是袁*军先生吗\n客户：是 我的护照号是 E四幺洞拐幺两拐六 你们上次说要登记\n"
         "坐席：好的 已登记 谢谢您", [("CN_PASSPORT", "E四幺洞拐幺两拐六")], []),
        ("app", "debtor", "邵丽君 你妹妹邵丽萍的手机是１７３８０９５６６２４ 我们已经加了她微信 你自己看着办", [
            ("PERSON", "邵丽君"), ("PERSON", "邵丽萍"), ("CN_MOBILE", "１７３８０９５６６２４")], [EXCESSIVE, UNMASKED]),
        ("email", "debtor", "主题：还款账户变更确认\n\n邵*君女士，您好：\n\n您的还款账户已由尾号6210变更为尾号5354，"
         "变更自下一期生效。如非本人操作，请立即联系客服。", [], []),
        ("sms", "debtor", "【澄川消费金融】根据您在APP上传的体检报告，您患有高血压和冠心病，请注意身体，也请尽快还款。",
         [], [SENSITIVE]),
        ("app", "debtor", "你儿子在市儿童医院住院那几天我们都没催你 现在孩子出院了 该还钱了吧", [], [SENSITIVE]),
        ("call", "debtor", "坐席：喂 袁立军 你是回族的吧 你们回族不是最讲诚信吗 怎么欠钱不还\n客户：你说话注意点",
         [("PERSON", "袁立军")], [SENSITIVE]),
        ("call", "debtor", "坐席：您好 这边是速达借 请问是付*勇先生吗\n客户：是 我那辆车 苏E3Q8L6 已经卖了 钱下周到账就还\n"
         "坐席：好的 那我给您备注下周 谢谢", [("CN_LICENSE_PLATE", "苏E3Q8L6")], []),
        ("call", "third_party", "坐席：喂 你好 是孔德明的同事吗\n第三方：对 你哪位\n坐席：我们是云帆分期的 他欠我们 两万八 "
         "三个月没还了 你帮忙 那个 催一下他\n第三方：这我管不了", [("PERSON", "孔德明")], [DISCLOSURE]),
        ("email", "third_party", "主题：关于您儿子的欠款\n\n您好：\n\n您的儿子向文杰因胃癌手术后无法工作，已拖欠我司借款8个月，"
         "欠款本息共计41,200元，请您代为偿还。\n\n北辰普惠", [("PERSON", "向文杰")], [DISCLOSURE, SENSITIVE]),
        ("sms", "third_party", "【速达借】您好，您的同学龙海波欠款未还，他的手机15399243852一直关机，车牌粤B·D52186的车已被登记，"
         "请转告他联系我们。", [("PERSON", "龙海波"), ("CN_MOBILE", "15399243852"),
                              ("CN_LICENSE_PLATE", "粤B·D52186")], [DISCLOSURE, UNMASKED]),
        ("app", "debtor", "您好 我是速达借的客户经理小孟 您的还款计划已经重新制定 详情请查看APP消息", [("PERSON", "小孟")], []),
    ],
    "pc-mixed-5": [
        ("app", "debtor", "【速达借】蔡文涛，你弟弟蔡文斌的电话135-6834-7878我们已经打通了，他答应帮你还，你自己也抓紧。",
         [("PERSON", "蔡文涛"), ("PERSON", "蔡文斌"), ("CN_MOBILE", "135-6834-7878")], [EXCESSIVE, UNMASKED]),
        ("email", "third_party", "主题：协查联系\n\n您好：\n\n您的朋友阎浩在我司借款1.5万元逾期未还，他的邮箱yanhao_88@example.net"
         "和手机138.8800.1240均已失联，如您知道他的下落请告知我们。\n\n速达借", [("PERSON", "阎浩"),
          ("EMAIL", "yanhao_88@example.net"), ("CN_MOBILE", "138.8800.1240")], [DISCLOSURE, UNMASKED]),
        ("email", "debtor", "主题：材料寄送方式\n\n阎*先生，您好：\n\n如需纸质结清证明，请将收件信息发送至"
         "collect-help@jincheng-example.cn，我们将在五个工作日内寄出。\n\n锦程资产", [
            ("EMAIL", "collect-help@jincheng-example.cn")], []),
        ("call", "debtor", "坐席：您好 这边是速达借 请问是蔡*涛先生吗\n客户：是 你们把还款计划发我邮箱吧 "
         "wen_tao1990@example.org\n坐席：好的 我们今天下午发到您的邮箱 请注意查收", [
            ("EMAIL", "wen_tao1990@example.org")], []),
        ("sms", "debtor", "【锦程资产】您的案件编号 330106991345012 已分配至调解组，调解员老王将在工作日联系您，请注意接听。",
         [("PERSON", "老王")], []),
        ("app", "debtor", "阎浩 你微信零钱通里还有八千多 上周还给你老婆转了五千 别说没钱", [("PERSON", "阎浩")], [SENSITIVE]),
    ],
}


def records() -> list[dict]:
    """Every entry as a message record in the PII set format that `benchmarks.eval_pii --set` reads."""
    return pipl_records(SECTIONS, ID_PREFIX)


def write_set(folder: Path = HERE) -> Path:
    """Write the set as JSON Lines into `folder`; returns its path."""
    return write_jsonl(folder / SET_FILE, records())


if __name__ == "__main__":
    print(write_set())
