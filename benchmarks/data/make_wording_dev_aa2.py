"""Wording development batch aa2 (issue 9, wording blind spots that live in code, halfway batch of aa): `python -m
benchmarks.data.make_wording_dev_aa2`.

Written for this file, text by text, by the helper session that closes the four reading gaps of batch aa, halfway
through its round (speaker labels and emoji done, ASR clause scope and fake lawyers not yet) and before any detector
was run on it, in voices batch aa has little of: enterprise-WeChat exports ([企业微信]), call summaries run onto one
line, 工作人员 / 欠款人 / 紧急联系人 labels, ASR turns that open with a lawful formula and threaten at their end,
emoji of fire, blood and police cars, law-firm letters from self-styled 法律服务中心 and 律师团 with short licence
numbers or none, and real firms' letters, SMS, calls and e-mails naming their client. About half are compliant. All
people, numbers, companies, courts and places are invented.

First run (tree at commit 48e1351, speaker labels and emoji done, shipped classifier, before any further change;
`python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_aa2.jsonl --errors 0`; 40
messages, 20 violating): rules alone micro P 0.867 R 0.591 F1 0.703, compliant flagged 1/20; classifier alone micro
P 1.000 R 0.682 F1 0.811, compliant flagged 0/20; fused micro P 0.895 R 0.773 F1 0.829, message-level R 0.800
P 0.941, compliant flagged 1/20.

Output (deterministic): `wording_dev_aa2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_aa2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- ASR turns: a lawful formula first, the threat at the end
    ("asr", "call", "V", "坐席：喂你好是陈*吧我这边是鼎盛资产的呃我们是有正规资质的不会乱来的但是呢我丑话说在前头你今天晚上十二点之前钱不到账我们的人明天早上就在你儿子学校门口等着他"),
    ("asr", "call", "L", "坐席：那个陈先生啊我跟您讲我们这个催收是合法的然后呢您这个情况我们已经核实了嗯就是说您这个属于恶意逃债了下周一我们就会把您的材料报到公安局然后会对您进行刑事拘留"),
    ("asr", "call", "E", "坐席：你好啊陈先生我们这边也不想走法律程序就是说起诉对你对我们都麻烦那个你要是再不还我们就做个视频发到快手上把你的名字和照片都放上去"),
    ("asr", "call", "T", "坐席：嗯这边是恒通分期的您的账户已经逾期了我们不会上门的但是呢您要是一直不接电话我们只能打给您的父母还有您单位的领导让他们来督促您"),
    ("asr", "call", "I", "坐席：喂你好我们这边是依法催收的啊您别误会然后就是说你说你一个大男人借了钱不还要不要脸啊你就是个废物你爸妈养你有什么用"),
    ("asr", "call", "R", "坐席：呃陈女士您好然后呢我们这边建议您就是说去找那种小额贷款公司先借一笔出来我们这边不会起诉您的您先把这个窟窿补上"),
    # --- transcripts behind speaker labels
    ("transcript", "app", "V", "[企业微信] 客户：我真的一分钱都没有了\n催收专员：没有？那就拿你一条腿来抵，我们下午到你店里"),
    ("transcript", "app", "I", "欠款人：我下个月一定还\n工作人员：你说了多少次了？骗子，人渣，你的话就是放屁"),
    ("transcript", "sms", "L", "通话摘要：客户：你们能把我怎么样？ 坐席：能把你怎么样？法院已经给你立案了，过两天就给你发逮捕令"),
    ("transcript", "app", "@DT", "紧急联系人：你们找他别找我\n专员：他在我们这欠了三万六，你是他紧急联系人，他不还就找你，你单位地址我们都有"),
    # --- emoji
    ("emoji", "app", "V", "鼎盛资产-老周：你家小区3栋2单元对吧🔥🔥 晚上注意点"),
    ("emoji", "app", "L", "恒通分期：你已被列入经侦名单🚔 今晚之前不还👮上门⛓带走"),
    ("emoji", "app", "I", "鼎盛资产：借钱不还的🐕，你全家都是🐷"),
    ("emoji", "app", "V", "恒通分期催收：🩸🩸🩸 下一个就是你 别让我们找到你家"),
    # --- lawyers that are not what they claim
    ("lawyer", "sms", "P", "【汇正律师事务所】陈*，本所王律师（执业证号12345678）通知：您的欠款案件已立项，请于今日内联系处理，逾期后果自负。"),
    ("lawyer", "app", "P", "金牌律师团-张律师：我是专门处理网贷纠纷的律师，执业证号发你了，你这笔账平台已经转到我这里，今天必须先还三千"),
    ("lawyer", "notice", "LP", "律师催告函\n陈*：经本律师（执业证号：2018110）审查，你的行为已涉嫌信用卡诈骗罪，本律师已代表平台向公安机关报案，请于48小时内还清全部欠款。\n律师：赵某"),
    ("lawyer", "call", "P", "坐席：喂 你好 我是北京市汇正律所的 律师 我姓王 我的执业证号你可以查 一一零一零二零 你这个欠款我们律所已经买断了 现在是我们找你要"),
    ("lawyer", "sms", "P", "【法律服务中心】陈*：您的逾期案件已委派律师处理，律师执业证号：1101201508，请勿再拖延，详询电话。"),
    ("lawyer", "app", "P", "法务专员小孙：陈先生，我们这边是律师事务所，执业证号都是齐全的，你要是再不还款，律师费也要你来承担"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- ASR turns that stay lawful
    ("asr", "call", "", "坐席：喂您好是陈女士吗我这边是恒通分期的就是提醒您一下本期账单明天到期金额是一千零二十块然后呢如果您已经还了就不用管了谢谢您祝您生活愉快"),
    ("asr", "call", "", "坐席：陈先生您好我这边是鼎盛资产受恒通分期委托就是说您的借款已经逾期两个月了我们这边不会上门也不会联系您的亲友但是呢如果长期不还平台可能会依法起诉到时候以法院判决为准"),
    ("asr", "call", "", "客户：你们是不是要去我单位闹\n坐席：不会的不会的我们不会联系您单位也不会去任何地方闹我们就是电话和短信提醒您如果您觉得打扰可以告诉我们合适的时间"),
    ("asr", "call", "", "坐席：那个陈先生我这边再跟您确认一下您说的那个情况就是说有人冒充我们打电话说要报警抓您还说要把您的照片发到网上这个不是我们公司的行为我们已经记录了您也可以直接报警"),
    ("asr", "call", "", "坐席：嗯好的陈女士您说您最近在住院那我们这边先给您暂停催收一个月然后呢您出院以后方便的时候再联系我们就行了祝您早日康复"),
    ("asr", "call", "", "坐席：喂您好这边是恒通分期的工号一二零八这通电话可能会被录音您的账户已经逾期了二十天逾期会按合同收取罚息也会上报征信您看今天能处理吗如果困难可以申请延期还款"),
    # --- transcripts where the angry words are the customer's
    ("transcript", "app", "", "[企业微信] 客户：再打电话我就找人弄死你\n催收专员：陈先生，请您冷静，我们只是按约定提醒还款，如您不便接听，我们改为短信联系"),
    ("transcript", "app", "", "欠款人：你们这群人渣骗子，我要去监管部门投诉你们\n工作人员：您有投诉的权利，投诉电话是12378，我们也会记录您的意见"),
    ("transcript", "sms", "", "通话摘要：客户：你们是不是要抓我坐牢？ 坐席：不会，欠款属于民事纠纷，我们只会提醒还款，最多依法起诉。"),
    ("transcript", "app", "", "紧急联系人：我跟他不熟，别再打了\n专员：好的，打扰您了，我们不会再联系您，谢谢"),
    ("transcript", "app", "", "客户：你们要是敢曝光我我就跟你们拼了，大家都别活\n客服专员：我们不会曝光您的任何信息，请放心，有困难我们可以一起商量分期"),
    # --- friendly emoji and threat-looking emoji in lawful use
    ("emoji", "app", "", "鼎盛资产-小周：陈先生早上好☀️ 今天是还款日，记得还款哦🙏 有问题随时找我📱"),
    ("emoji", "app", "", "恒通分期：🔥限时福利🔥 提前还款免手续费，仅限本周💰"),
    ("emoji", "app", "", "恒通分期客服：您好🙏 您反映的被冒充催收的情况我们已经报警处理🚔 请您不要向任何个人账户转账⚠️"),
    ("emoji", "app", "", "鼎盛资产：陈姐，收到您的还款啦🌹 辛苦了👍 祝您全家身体健康❤️"),
    # --- real law firms acting for a named client, and advice
    ("lawyer", "notice", "", "律师函\n汇正律函〔2026〕第58号\n陈*女士：\n北京汇正律师事务所受恒通分期科技有限公司委托，就您与委托人之间的借款合同纠纷郑重函告：截至本函发出之日，您尚欠本金9,800元。请于收到本函后十日内与委托人客服（电话400-810-2266）联系协商。委托人保留依法提起诉讼的权利。\n律师：王某 执业证号11010202010998877\n北京汇正律师事务所（盖章）\n2026年12月1日"),
    ("lawyer", "sms", "", "【汇正律师事务所】陈*女士，本所受恒通分期科技有限公司委托向您发出律师函，已通过EMS寄送至您合同约定的地址，请查收。承办律师王某，执业证号11010202010998877，可在北京市律师协会网站查询。"),
    ("lawyer", "app", "", "律师提醒｜遇到自称律师的催收怎么办？正规律师会出示律所名称、执业证号和委托人，执业证号为17位，可在各地律协官网查询；声称“律所已买断你的债务”“钱转到律师个人账户”的，基本可以判定为冒充。"),
    ("lawyer", "call", "", "坐席：陈女士您好 我是汇正律师事务所的王律师 执业证号一一零一零二零二零一零九九八八七七 受恒通分期科技有限公司委托 就您的借款纠纷跟您联系 如果您对金额有异议 可以提出书面意见 我们会转交委托人"),
    ("lawyer", "email", "", "陈女士：\n您好。本人系北京汇正律师事务所律师王某（执业证号11010202010998877），受恒通分期科技有限公司委托，就您与委托人的借款事宜与您沟通。附件为借款合同及还款明细，如您认为有误，请于15日内书面反馈。\n王某"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLA2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
