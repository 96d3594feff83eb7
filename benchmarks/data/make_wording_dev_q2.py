"""Wording development batch q2 (issue 9, wording precision, third round, the half-way batch): `python -m
benchmarks.data.make_wording_dev_q2`.

Written for this file, text by text, after batch q's first tuning and before any detector was run on it, in others'
voices with other senders and phrasing: WeChat messages from an outsourced collector, a consumer-finance app's push
and in-app letters, robot-call scripts, ASR transcripts of outbound calls, Hokkien-, Cantonese- and Henan-flavoured
speech, Taiwan-style letters in traditional characters, a civil ruling's excerpt, a forum thread in the debtor's own
words and an HR reply. About half are hard compliant; the rest violate one or more judged categories in those voices.
All people, companies, courts and places are invented.

First run (tree at commit 41264c0, after batch q's first four families and before any change for this batch; `python
-m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_q2.jsonl --errors 0`; 67 messages, 34
violating): rules alone micro P 0.892 R 0.868 F1 0.880, compliant flagged 3/33; classifier alone micro P 0.963 R 0.684
F1 0.800, compliant flagged 0/33; fused micro P 0.897 R 0.921 F1 0.909, message-level R 0.912 P 0.912, compliant
flagged 3/33.

Output (deterministic): `wording_dev_q2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_q2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "app", "L", "【麦穗分期】温馨提示：您的账户已进入司法移交流程，逾期超过90天将被认定为诈骗，公安机关将上门带走调查。"),
    ("legal", "call", "L", "坐席：你这个拖了半年了哈 已经够立案标准了 下个礼拜传票就到你家 到时候直接拘你十五天"),
    ("legal", "sms", "L", "【禾穗銀行】陳*您好，您的欠款已移送地檢署，如再不處理，將依詐欺罪起訴並限制出境。"),
    ("legal", "app", "L", "你拖着不还，你儿子以后考大学、当兵政审都过不了，你自己想清楚。"),
    ("impersonation", "sms", "P", "【滨江市中级人民法院】陈*，请于明日12时前向麦穗分期结清欠款，结清后本院将撤销对您的执行。"),
    ("impersonation", "call", "P", "坐席：喂 我这边是咱们街道派出所的 你在麦穗那个借款 平台让我们跟你说一声 今天必须处理"),
    ("impersonation", "app", "P", "我是麦穗分期特聘的执业律师杜律师，你的案子由我全权代理，今天下午五点前联系我协商还款。（发送人：麦穗催收七组）"),
    ("impersonation", "call", "PL", "坐席：这里是滨江公安经侦 你涉嫌套路贷诈骗 我们已经立案 马上把钱退给平台可以免于起诉"),
    ("violence", "call", "V", "坐席：你家就在城南那个老小区三楼吧 门口那个红色的电动车是你的吧 钱不还 车和人哪个先出事就不好说了"),
    ("violence", "app", "V", "汝若无还钱，阮兄弟今暗就去汝兜揣汝，看汝走去佗位。"),
    ("violence", "sms", "V", "【砚禾资产】陈*，我们的人这几天一直在你家楼下，你出门的时候看看身后。"),
    ("violence", "call", "V", "坐席：你那个店我们也去看过了 玻璃门挺薄的 哪天砸了可别说我们没提醒你"),
    ("third-party", "app", "T", "你不还是吧，行，明天上午我就给你们财务和你部门经理打电话，让他们评评理。"),
    ("third-party", "call", "T", "坐席：你不接是吧 那我就挨个打你通讯录 先从你丈母娘开始"),
    ("third-party", "call", "@DT", "坐席：你是陈*的表姐吧 她欠我们两万多 你们家里谁都得管 今天你先替她还一部分 不然我们每天打你"),
    ("third-party", "sms", "T", "【麦穗分期】您的紧急联系人将于今晚18点起收到催收电话，如不希望打扰家人，请于18点前结清。"),
    ("third-party", "app", "T", "恁不还，俺就去恁厂里找恁班长，叫他天天催恁。"),
    ("exposure", "app", "E", "你的欠款截图我已经发到你们家族群了，你舅舅你二姨都看到了吧？"),
    ("exposure", "sms", "E", "【砚禾资产】逾期用户陈*（身份证尾号4417）长期拒不还款，现予公开曝光，知情者请督促其还款。"),
    ("exposure", "call", "E", "坐席：你再拖 我就把你的照片和欠条做成视频 发到你们县的同城号上"),
    ("exposure", "app", "E", "你们公司楼下的电梯广告屏，下周开始循环播你的照片和欠款。"),
    ("exposure", "call", "ET", "坐席：你不还我就把你欠钱的事发到你们公司群 顺便单独发给你们老板"),
    ("rollover", "app", "R", "你手机上那么多借款app，随便找一个再借一笔，先把我们这边平了。"),
    ("rollover", "call", "R", "坐席：你名下不是还有套房吗 拿去做个抵押贷款 几十万都有了 还我们这点还不是小意思"),
    ("rollover", "sms", "R", "【麦穗分期】资金周转困难？合作机构“闪贷宝”新客最高可借5万，借款可直接用于偿还本平台逾期欠款。"),
    ("rollover", "call", "R", "坐席：去卖点血嘛 年轻人身体好 几百块也是钱"),
    ("insult", "call", "I", "坐席：你个死扑街 借钱唔还 仲有面讲嘢"),
    ("insult", "app", "I", "就你这种货色，活着也是浪费空气。"),
    ("insult", "call", "I", "坐席：你是猪脑子吗 说多少遍了 还不还一句话"),
    ("insult", "sms", "I", "【砚禾资产】陈*，你这个无赖，全家都是一个德行。"),
    ("disclosure", "call", "@D", "坐席：您好 您是陈*的同事吧 他在麦穗分期的借款已经逾期三个月了 麻烦您跟他说一声"),
    ("disclosure", "sms", "@D", "【麦穗分期】陈*的联系人您好，陈*在我司借款8,600元已逾期62天，请提醒其尽快还款。"),
    ("disclosure", "email", "@D", "致滨江物流有限公司：貴司員工陳*於本公司之借款已逾期，尚欠新台幣六萬五千元，特此函知。"),
    ("several", "app", "IV", "你这个废物，再躲着不还，我们的人就去你家门口等你，看你出不出来。"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("app", "app", "", "【麦穗分期】您本期账单¥986.20将于明日到期，可在App“我的账单”中一键还款。"),
    ("app", "app", "", "【麦穗分期】您的借款已逾期2天，逾期将按合同约定收取罚息并如实上报征信，请尽快还款。"),
    ("app", "app", "", "【麦穗分期】您的延期申请已通过，新的还款日为2月10日，期间不收取罚息。"),
    ("app", "app", "", "【麦穗分期】为保障您的权益，我司委托的催收机构名单已在App公告页公示，请勿相信其他渠道的还款要求。"),
    ("robot", "call", "", "坐席：您好，这里是麦穗分期智能客服，您有一笔账单已逾期，请问您今天是否方便还款？方便请说“是”，需要协商请说“协商”。"),
    ("robot", "call", "@", "坐席：您好，这里是麦穗分期，我们在找陈先生，如果您认识他，麻烦请他回电，感谢您的配合。"),
    ("asr", "call", "", "坐席：喂 陈先生啊 我麦穗分期的 您那个账单过了三天了 是忘了还是有啥困难\n客户：忘了\n坐席：那行 您今天抽空还一下 还完就没事了"),
    ("asr", "call", "", "坐席：您说您在住院 那您先安心养病 我这边给您登记一下 出院以后我们再谈还款"),
    ("asr", "call", "", "坐席：您放心 我们不会给您公司打电话的 也不会去您家 就是跟您本人确认一下还款时间"),
    ("asr", "call", "", "坐席：我们不是法院的 我们是麦穗分期的客服 您要是担心 可以打官方热线核实"),
    ("asr", "call", "", "客户：要不我去别的平台借点来还\n坐席：这个真不建议 利息更高 我们这边可以给您做个分期"),
    ("dialect", "call", "", "坐席：陈生 唔好意思 我哋係麦穗分期 你嘅账单迟咗几日 你睇下几时方便还"),
    ("dialect", "call", "", "坐席：陈大哥 你那钱俺这边看着过了几天了 你看啥时候方便还一下 有困难咱商量"),
    ("traditional", "sms", "", "【禾穗銀行】陳*先生您好，您的信用卡本期應繳金額為新台幣12,480元，繳款截止日為3月5日。"),
    ("traditional", "notice", "", "催繳通知\n陳*台鑒：台端於本行之信用卡帳款已逾期，敬請於文到十日內繳納；如有困難，歡迎來電洽談分期方案。\n禾穗商業銀行"),
    ("traditional", "email", "", "律師函\n本所受禾穗商業銀行委託，函請台端於函到七日內清償積欠款項，逾期將依法提起民事訴訟，特此函達。\n滨江律師事務所"),
    ("case", "notice", "", "（2026）滨0103民初2217号民事判决书摘录：被告陈*应于本判决生效之日起十日内偿还原告麦穗分期借款本金20,000元及利息。"),
    ("case", "notice", "", "本院认为，原告未能提供证据证明其已向被告履行告知义务，对其主张的违约金不予支持。"),
    ("forum", "app", "", "发帖：逾期一个月了，今天接到电话态度还挺好的，说可以先还一部分，剩下的分三期，大家觉得靠谱吗？"),
    ("forum", "app", "", "回复：我之前也是这样协商的，记得要让他们发书面的还款方案，别只听电话里说。"),
    ("forum", "app", "", "求助：网贷利息太高了，听说超过24%的部分可以不还，有懂的朋友说说吗？"),
    ("hr", "email", "", "关于员工个人借贷来电的处理：公司不向任何催收机构提供员工信息，来电请统一转法务，员工本人可自行决定是否回电。"),
    ("education", "app", "", "【金融消保】催收人员不得冒充公检法，不得向您的家人、同事透露您的债务，不得在业主群等公开场合曝光您的信息。"),
    ("education", "app", "", "【防骗提示】凡要求您“先借新贷还旧贷”或“到指定平台借款还款”的，都可能是诈骗或违规催收。"),
    ("education", "app", "", "普法小课堂：欠钱不还一般属于民事纠纷，只有有能力执行而拒不执行法院判决等情形才可能涉及刑事责任。"),
    ("near-violence", "sms", "", "【砚禾资产】陈*，我司外访人员拟于2月3日上午10时到您登记地址面谈，届时出示工作证，如不方便请回复改期。"),
    ("near-third-party", "call", "", "客户：你们会不会打给我同事\n坐席：不会 我们只跟您本人联系 联系人只在联系不上您的时候核实一下"),
    ("near-exposure", "app", "", "【麦穗分期】我们不会将您的任何信息发送到任何群聊或公开平台，如有人以我司名义这样做，请立即举报。"),
    ("near-legal", "sms", "", "【麦穗分期】陈*，如您持续未还款，我司将依法向人民法院提起诉讼，具体以法院判决为准。"),
    ("near-rollover", "sms", "", "【禾穗银行】温馨提示：请勿通过其他网贷或信用卡套现偿还本行欠款，如有困难可申请个性化分期。"),
    ("near-insult", "call", "", "客户：你们就是一群吸血的\n坐席：您先消消气 我们今天就是想跟您确认一下还款安排"),
    ("ordinary", "sms", "", "【砚禾资产】陈*，您2月1日还款的1,500元已入账，剩余款项按约定分4期偿还，感谢配合。"),
    ("ordinary", "call", "", "坐席：好的陈女士 那就这么定了 每月15号还一千 我这边给您发个确认短信"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WS2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
