"""Wording development batch x2 (issue 9, hard compliant texts in new voices, second round): `python -m
benchmarks.data.make_wording_dev_x2`.

Written for this file, text by text, by the helper session that tunes the lawful voices and their context, halfway
through its work and before any detector was run on it, two thirds compliant and hard, in voices batch x has little
of: provident-fund centres, telecom and hospital arrears, landlords, guarantee companies recovering what they paid,
legal-aid centres, village grid workers, a supervisor's notes in an agents' group chat, hypotheticals and
prohibitions, lists of rights, code-switching with English, emoji chats, Northeastern and Sichuan speech and
traditional characters; the rest violating in the same registers. All people, numbers, companies, courts and places
are invented.

First run (tree at commit fe1f413, shipped classifier, after the first fixes for batch x and before any change for
this batch; `python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_x2.jsonl --errors 0`;
61 messages, 21 violating): rules alone micro P 0.667 R 0.696 F1 0.681, compliant flagged 3/40; classifier alone
micro P 0.680 R 0.739 F1 0.708, compliant flagged 6/40; fused micro P 0.636 R 0.913 F1 0.750, message-level R 0.952
P 0.800, compliant flagged 5/40. Gate (`--section gate`): severe messages allowed 1/17, compliant messages blocked
2/40, reviewed 19/40.

Output (deterministic): `wording_dev_x2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_x2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("guarantee", "call", "L", "坐席：我们担保公司已经替你代偿了 现在是我们追你 担保公司追偿不用走法院 直接就能冻结你工资卡"),
    ("guarantee", "sms", "T", "【禾泰融资担保】郜*，本司已代偿您的贷款，如三日内不归还，本司将逐一联系您的反担保人、配偶及其单位领导。"),
    ("rent", "app", "V", "房东老温：房租拖两个月了，今晚我带几个人过来，东西给你全扔出去，人也别想好好出来。"),
    ("telecom", "sms", "E", "【畅联通信】尊敬的用户，您的话费欠费已超90天，我司将把您的姓名和号码列入“欠费失信榜”在营业厅滚动公示。"),
    ("fund", "call", "P", "坐席：喂 我是市住房公积金管理中心稽查科的 你在速易贷那个账没还清 我们这边要冻结你的公积金账户 你先把欠款转给平台"),
    ("grid", "call", "T", "坐席：我是你们村的网格员 网贷公司找到我了 你再不还 我就把这事跟你们全村说 让你爹妈在村里抬不起头"),
    ("chat", "app", "R", "速易贷-小彭：你手机上那些“速借”“秒到”随便下一个，下款了先还我们，这个月就过去了。"),
    ("dongbei", "call", "V", "坐席：你搁那跟我装犊子呢是吧 我告诉你 我们的人就在你家楼下蹲着呢 你下来一个试试"),
    ("sichuan", "call", "I", "坐席：你个瓜娃子 借钱的时候啥子都好说 还钱就装死 脸都不要了"),
    ("sichuan", "call", "L", "坐席：你再拖起 我们就报到公安去 说你诈骗 到时候把你铐起走 莫怪我没提醒你"),
    ("emoji", "app", "E", "速易贷-催收：😊再不还款，明天你的照片就会出现在你们公司的大群里哦🔥，大家都会认识你的👋"),
    ("english", "app", "L", "速易贷 collection：Hi 郜*，your case 已经 escalate 到 police 了，今天不 pay 的话 tomorrow 就有 arrest warrant。"),
    ("traditional", "sms", "PL", "【臨川市中級人民法院】郜*，本院已對你發出拘傳令，請於今日內向速易貸清償全部欠款以撤銷拘傳。"),
    ("hospital", "call", "T", "坐席：医院这边的欠费你不交是吧 那我们就联系你单位 让单位从你工资里扣 顺便让你们领导评评理"),
    ("hospital", "call", "@DT", "坐席：您是郜*的爱人吧 他在我们医院欠了八千多住院费一直不交 您要是不替他交 我们就去您单位找您"),
    ("hypothetical", "call", "L", "坐席：我跟你打个比方啊 要是你明天还不还 那就是诈骗 诈骗是要判刑的 你自己想想"),
    ("rights", "app", "R", "速易贷：您有权选择还款方式😊，推荐您通过“闪电借”借款后一次性结清，当天到账，额度最高五万。"),
    ("asr", "call", "T", "坐席：喂喂你听得到吗你这个钱今天要是不还的话我们下午就开始打你通讯录里面的人一个一个打"),
    ("asr", "call", "I", "坐席：你说你这个人是不是有病啊欠钱不还还天天装可怜你就是个无赖"),
    ("letter", "email", "P", "主题：执行通知\n郜*：\n你与速易贷借款纠纷一案已由本执行局立案执行，请于三日内将欠款汇入速易贷指定账户。\n临川市临川区人民法院执行局（速易贷法务部代发）"),
    ("letter", "notice", "L", "最后催告函\n郜*：\n你拖欠禾泰融资担保代偿款已涉嫌合同诈骗，本司已整理证据，七日内不归还将移交公安机关立案侦查，你的子女将无法报考公务员。\n禾泰融资担保有限公司"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- provident fund, telecom, hospital, rent
    ("fund", "sms", "", "【临川住房公积金】郜*，您的公积金贷款本月扣款失败，请于20日前补足。连续逾期可能影响您再次申请公积金贷款，详询12329。"),
    ("fund", "notice", "", "公积金贷款逾期处理办法（摘要）\n一、逾期一期的，发送提醒；\n二、逾期三期以上的，中心可依合同约定处置抵押物；\n三、借款人可申请调整还款计划。\n临川市住房公积金管理中心"),
    ("telecom", "sms", "", "【畅联通信】尊敬的用户，您的号码已欠费28.60元，将于3日后暂停呼出服务，缴清后自动恢复。本提醒不会向您的联系人发送。"),
    ("hospital", "call", "", "坐席：郜先生您好 我是临川第一医院住院处的 您父亲出院时还有一千二的费用没结 您看方便的时候来窗口结一下 也可以线上缴"),
    ("rent", "app", "", "房东老温：小郜，这个月房租晚了一周了，你看啥时候方便转一下，实在紧的话下月一起也行，别有压力。"),
    ("rent", "notice", "", "租金催缴通知\n601室租户：您本季度租金尚未缴纳，请于月底前支付。逾期超过30日的，出租方将依合同解除租约，解约前将书面通知，不会擅自进入房屋或处置您的物品。"),
    # --- guarantee companies
    ("guarantee", "sms", "", "【禾泰融资担保】郜*，我司已根据保证合同为您代偿速易贷借款8,600元，依法取得追偿权。请联系我司协商还款，电话0791-8832-1107。"),
    ("guarantee", "call", "", "坐席：郜先生 我们是禾泰担保 代偿以后这笔钱就转到我们这边了 利息我们不加 您看能分几期还 追偿的事我们也是先跟您本人商量"),
    ("guarantee", "call", "", "客户：你们担保公司是不是能直接扣我工资\n坐席：不能的 我们没有这个权力 真要追偿也得起诉 法院判了以后才能申请执行"),
    # --- legal aid, grid workers, mediators
    ("legalaid", "app", "", "临川区法律援助中心：您咨询的网贷催收问题，催收方无权冻结您的银行卡，也不能以“坐牢”相威胁，如遇此类情况可保存证据向12378或公安机关反映。"),
    ("legalaid", "notice", "", "法律援助告知\n郜*：您申请的法律援助已获批准，本中心指派律师为您代理与速易贷的借款合同纠纷，律师将在三个工作日内与您联系。"),
    ("grid", "call", "", "坐席：郜大哥 我是村里的网格员 有个贷款公司打电话到村委会找你 我没跟他们说你啥情况 就告诉你一声 你自己跟他们联系"),
    ("grid", "app", "", "网格员小彭：各位村民，近期有人冒充“法院”“网格中心”打电话催债、要求转账，村委会不会替任何公司收钱，遇到请拨打110。"),
    # --- a supervisor's notes in the agents' group chat
    ("group", "app", "", "催收三组群 组长：再强调一遍，客户说没钱的，不许让他去别的平台借，可以申请分期；谁再说“去下别的口子”一律停岗。"),
    ("group", "app", "", "催收三组群 质检：今天抽到一通，坐席说了“你全家都是骗子”，已按红线处理。大家记住，情绪再大也不能骂人。"),
    ("group", "app", "", "催收三组群 组长：外访一律提前预约，客户不同意就不去，不准在客户家门口蹲守，不准找邻居打听。"),
    # --- hypotheticals, prohibitions, lists of rights
    ("hypothetical", "call", "", "坐席：我跟您说个假设啊 如果一直不还 我们委托方可能会起诉 法院判了您有钱不还 才可能被列失信 但不会坐牢 这是两码事"),
    ("hypothetical", "app", "", "速易贷客服：如果您确实有困难，可以先还最低额；如果连最低额也困难，可以申请延期，不需要找任何人借钱。"),
    ("prohibition", "notice", "", "《催收作业规范》第十二条\n严禁以下行为：（一）冒充公检法；（二）威胁上门、威胁家人安全；（三）向债务人亲友、单位透露欠款；（四）诱导借新还旧、变卖房产。"),
    ("prohibition", "notice", "", "外访人员守则\n不得在夜间上门；不得在债务人家门口张贴任何材料；不得拍摄债务人住所及家人；不得以任何方式限制他人人身自由。\n禾泰融资担保 资产保全部"),
    ("rights", "app", "", "速易贷：您的权利👉①要求核对账单 ②申请分期或延期 ③拒绝我们联系您的亲友 ④投诉违规催收。有任何疑问随时问我们哦😊"),
    ("rights", "notice", "", "消费者权益告知书\n您有权拒绝催收人员联系您的家人、同事；有权要求催收人员出示委托书和工牌；有权对辱骂、恐吓、曝光等行为向监管部门投诉。"),
    # --- code-switching, emoji, traditional characters
    ("english", "app", "", "速易贷 collection：Hi 郜*，您这期账单 overdue 三天了，可以申请 installment，我们不会 contact 您的 family，放心哈。"),
    ("emoji", "app", "", "速易贷小助手：😊您的账单已逾期2天，还款入口在“我的-还款”，有困难可以申请延期哦🙏，我们不会上门也不会打扰您的家人👍"),
    ("traditional", "sms", "", "【臨川市中級人民法院】郜*，速易貸訴您借款合同糾紛一案，案號（2026）贛10民終3321號，判決書已電子送達，請登錄人民法院在線服務查收。"),
    ("traditional", "app", "", "速易貸客服：郜先生您好，您反映有人自稱「法院執行局」要求您轉帳，我們查證後確認不是本公司人員，請勿轉帳，可撥打反詐專線。"),
    # --- dialect
    ("dongbei", "call", "", "坐席：老郜啊 这钱你先别上火 咱也不是来逼你的 你看这个月能整多少算多少 剩下的咱给你分期 家里人咱一个都不找"),
    ("sichuan", "call", "", "坐席：郜哥 莫着急嘛 我们不得去你屋头 也不得找你屋头人 你看啥子时候方便还 还不起我们给你申请分期"),
    ("sichuan", "call", "", "客户：你们是不是要去我单位找我嘛\n坐席：不得 我们只跟你本人说 你单位那边我们一个电话都不得打"),
    # --- customers' words
    ("customer", "call", "", "客户：你们天天打 我都想去跳楼了\n坐席：郜先生您千万别这么想 这个事情我们一起想办法 这期我先给您停催 您先休息 明天我给您申请分期"),
    ("customer", "app", "", "客户留言：你们这种高利贷迟早被抓！\n客服回复：理解您的心情，我们的年化利率不超过24%，如对利息有异议，可申请复核或向监管投诉。"),
    ("customer", "call", "", "客户：我同事说你们会把欠款的人照片发到网上\n坐席：不会的 这个是违法的 我们公司从来不做 您放心 我们就是想跟您商量还款"),
    # --- ASR noise
    ("asr", "call", "", "坐席：喂喂你好能听到吗我这边是速易贷的就是你这个账单逾期了我们也不会说去找你家里人什么的你看什么时候方便还一下"),
    ("asr", "call", "", "坐席：嗯对那个起诉的话呢是委托方的权利但是起诉也是民事的啊不会抓人的你别听网上那些吓唬人的我们先把方案定下来"),
    ("asr", "call", "", "坐席：你说你老婆要帮你还啊那个是你们家里的事我们不要求家属还的你自己能还多少就还多少不够的申请分期"),
    # --- relations, courts, police, media named lawfully
    ("contact", "call", "@", "坐席：您好 请问是郜*的哥哥吗 我们是速易贷客服 有点事想找他本人 麻烦您转告他给我们回个电话 谢谢您"),
    ("media", "app", "", "临川晚报：本报收到多位读者反映遭遇“爆通讯录”式催收，记者调查发现涉事公司已被监管部门约谈，读者如遇类似情况可拨打本报热线。"),
    ("police", "sms", "", "【临川公安】您好，您报案称被人以“不还钱就上门砍人”威胁一事，我局已立案调查，请保持电话畅通。"),
    ("court", "sms", "", "【临川区人民法院】郜*，您申请的执行案件已立案，案号（2026）赣1002执1876号，执行法官将依法调查被执行人财产，请关注执行信息公开网。"),
    ("lawsuit", "sms", "", "【速易贷】郜*，因协商未果，我司已向临川区人民法院提起诉讼，是否立案以法院通知为准。诉讼期间您仍可与我司和解，我司不会因此联系您的家人或单位。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLX2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
