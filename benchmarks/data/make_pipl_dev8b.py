"""Writes `pipl_dev8b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev8`, in voices
that batch has little of, and measured once before any rule was changed for it.

Voices: insurance agents and payroll clerks, a kindergarten teacher's and a village doctor's chats, northeastern, Wu,
Hakka and Hokkien speech, Hong Kong and Taiwan lenders in traditional characters, WeChat voice notes through
speech-to-text, temple, church and mosque life, elderly debtors and their carers, field-visit records, addresses
dictated down to the room next to places that are no address (a hospital, a market, a city named alone), and
identifiers split across spaces, dashes and lines. Families by the id's first letter after `b-`, as in
`make_pipl_dev8`.

First run, before any rule was tuned on it but after the tuning on `pipl_dev8` had begun (`python -m
benchmarks.eval_pii --set benchmarks/data/pipl_dev8b.jsonl --no-weibo`, 84 messages, 22 lawful):
`pii.unmasked_identifier` P 0.875 R 0.875, `pii.third_party_disclosure` 1.000 / 0.833, `pii.sensitive` P 0.971 R 0.872
F1 0.919, `pii.excessive` 1.000 / 0.889 F1 0.941, `pii.*` micro P 0.964 R 0.871 F1 0.915; structured ids P 1.000 R
0.909; PERSON 0.773 / 0.850, ADDRESS 0.750 / 0.857. One identifier miss was the script's own: b-u05 read a card out
with two digits dropped (16 digits failing its check); corrected after that run to the 18 digits meant. One lawful
message flagged: an agent's own 工作手机.
After tuning (no longer independent): identifiers, disclosure 1.000 / 1.000, sensitive F1 0.947, excessive 0.941, micro
F1 0.959.

`python -m benchmarks.data.make_pipl_dev8b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV8B_FILE = "pipl_dev8b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "sms", "debtor", "你老娘搁县医院做的白内障，俩眼都做了，你这当儿子的钱倒是不还。", "", "S"),
    ("b-h02", "app", "debtor", "[语音转文字] 你 阿公 肝腹水 抽 了 好几 回 了 你 还 有 心思 赌", "", "S"),
    ("b-h03", "sms", "debtor", "侬爷娘两个人全是糖尿病，天天打针，侬还要伊拉替侬还债？", "", "S"),
    ("b-h04", "notice", "debtor", "外访记录\n被访人：简国栋\n情况：村医称被访人长期痛风，右脚大拇指变形，出门需拄拐。", "P:简国栋", "S"),
    ("b-h05", "sms", "debtor", "你係咪成日去睇跌打？腰骨都出咗事，仲唔快啲還錢。", "", "S"),
    ("b-h06", "email", "debtor", "滕女士：\n经了解，您母亲目前在市第一人民医院血液科住院，诊断为淋巴瘤。请您于本月底前还清欠款。", "", "S"),
    ("b-h07", "sms", "debtor", "你老婆那个眼睛做了激光还看不清，你还让她出来上班替你还债？", "", "S"),
    ("b-h08", "call", "debtor", "坐席：听 你 邻居 说 你 得 了 肺结核 在 家 隔离 是吧\n客户：没有的事", "", "S"),
    ("b-p01", "sms", "debtor", "你老婆怀二胎都五个月了，你还在外面躲，像话吗？", "", "S"),
    ("b-p02", "app", "debtor", "[语音转文字] 听说 你 儿媳妇 在 妇幼 做 了 唐筛 有点 高风险 那 你 更要 把 账 理清", "", "S"),
    ("b-p03", "sms", "debtor", "您媳婦剛在月子中心住滿二十八天，一天好幾千，有錢住沒錢還？", "", "S"),
    ("b-p04", "email", "debtor", "邓先生：\n据悉您妻子目前孕晚期，即将分娩。本公司仍请您于五日内处理逾期欠款。", "", "S"),
    ("b-m01", "sms", "debtor", "你弟吃的那个奥氮平我们知道是治啥的，你家里就没个正常人？", "", "S"),
    ("b-m02", "call", "debtor", "坐席：你 老公 不是 重度 抑郁 在 家 休养 嘛 那 这个 钱 就 你 来 还\n客户：……", "", "S"),
    ("b-m03", "sms", "debtor", "汝阿兄頭殼有問題，關佇療養院，汝閣毋還錢？", "", "S"),
    ("b-d01", "sms", "debtor", "你大儿子是聋哑人在福利厂上班，我们不想去厂里找他。", "", "S"),
    ("b-d02", "app", "debtor", "【速借】您好，我们了解到您家属持有残疾证，请您尽快安排还款。", "", "S"),
    ("b-d03", "sms", "debtor", "你老爸那半边身子没知觉了，天天躺床上，你还拖？", "", "S"),
    ("b-c01", "sms", "debtor", "你家小孙女在城关幼儿园中班，每天下午四点你去接，我们都看见了。", "", "S"),
    ("b-c02", "app", "debtor", "[语音转文字] 你 儿子 在 技校 学 电焊 住 的 三 号 宿舍楼 我们 去 过 了", "", "S"),
    ("b-c03", "sms", "debtor", "您兒子讀的那間私立國中一學期學費十萬，錢都花在這，欠款就不還？", "", "S"),
    ("b-c04", "sms", "debtor", "你细人喺镇上中学读初二，𠊎等都晓得。", "", "S"),
    ("b-w01", "sms", "debtor", "你每天凌晨四点去批发市场进货，五点半回店里，我们的人会在路口等。", "", "S"),
    ("b-w02", "call", "debtor", "坐席：你 这 礼拜 上 白班 是吧 早上 七点 进厂 我们 在 厂门口 等 你\n客户：你们想干嘛", "", "S"),
    ("b-w03", "sms", "debtor", "你搁沈阳北站那块儿拉活呢吧，开的白色捷达，我们瞅见好几回了。", "", "S"),
    ("b-w04", "app", "debtor", "[骑手群] 你每天晚上十点收工回城中村，走的都是那条小路，我们认得。", "", "S"),
    ("b-w05", "sms", "debtor", "您每天清晨在公園打太極，八點回家，我們的人都看到了。", "", "S"),
    ("b-w06", "notice", "debtor", "外访记录\n被访人：卓永福\n情况：被访人每周一、四上午到镇卫生院取药，下午在村口小卖部打牌。", "P:卓永福", "S"),
    ("b-f01", "sms", "debtor", "你每个月社保交的是最高档，一个月交两千多，还说没钱？", "", "S"),
    ("b-f02", "email", "debtor", "鄂先生：\n经查，您在本月已领取年终奖金约四万元，另有一笔理财到期赎回。请于三日内还款。", "", "S"),
    ("b-f03", "sms", "debtor", "你那份分红险去年分了八千多红利，还不够还我们这点？", "", "S"),
    ("b-f04", "app", "debtor", "[语音转文字] 大娘 你 每个 月 领 的 高龄 补贴 跟 养老金 加 一块 两千 多 先 拿 出来 还", "", "S"),
    ("b-r01", "sms", "debtor", "你每个月初一都去城隍庙烧香，我们的人在庙门口等你。", "", "S"),
    ("b-r02", "sms", "debtor", "你係天主教徒，逢禮拜日返聖母堂，欠錢唔還，神父知唔知？", "", "S"),
    ("b-r03", "call", "debtor", "坐席：你 媳妇 不是 信 佛 吃 长素 嘛 她 知道 你 欠 钱 吗\n客户：别扯她", "", "S"),
    ("b-r04", "sms", "debtor", "你每周五中午都去清真寺做主麻，那里的阿訇认识你吧？", "", "S"),
    ("b-k01", "sms", "debtor", "你当年因为非法集资坐过三年牢，我们翻得到判决书。", "", "S"),
    ("b-k02", "app", "debtor", "【金猪借】您的面部特征数据已录入风控黑名单，将共享至合作机构。", "", "S"),
    ("b-k03", "sms", "debtor", "你是社区戒毒人员，每个月要去尿检，我们都清楚。", "", "S"),
    ("b-x01", "sms", "debtor", "范志坚，你租在龙岗区布吉街道吉华路263号锦华大厦1507，房东已经跟我们说了。",
     "P:范志坚|A:龙岗区布吉街道吉华路263号锦华大厦1507", "X"),
    ("b-x02", "sms", "debtor", "你外甥雷浩在镇上中学当体育老师，你姨妈雷春花在菜市场卖鱼。", "P:雷浩|P:雷春花", "X"),
    ("b-x03", "notice", "debtor", "上门通知\n致：莫少华先生\n我司外访人员将于12月10日前往贵阳市云岩区中华北路216号3单元5楼2号与您面谈。",
     "P:莫少华|A:贵阳市云岩区中华北路216号3单元5楼2号", "X"),
    ("b-x04", "sms", "debtor", "歐陽嘉豪，你喺觀塘開源道55號豐利中心9樓A室返工，我哋上嚟搵你。",
     "P:歐陽嘉豪|A:觀塘開源道55號豐利中心9樓A室", "X"),
    ("b-x05", "call", "debtor", "坐席：你 那个 保险 代理人 叫 苏 丽娜 她 说 你 上个月 刚 续了保\n客户：你们找她干嘛", "P:苏 丽娜", "X"),
    ("b-x06", "sms", "debtor", "你妈叫靳凤兰，你爸叫靳德山，住在老家靳家湾村三组，我们去过了。", "P:靳凤兰|P:靳德山", "X"),
    ("b-x07", "email", "debtor", "致翁先生：\n您登记的单位为长沙市岳麓区麓谷大道627号新长海中心B1栋12楼，部门主管为易立群。",
     "A:长沙市岳麓区麓谷大道627号新长海中心B1栋12楼|P:易立群", "X"),
    ("b-x08", "sms", "debtor", "鍾國華，您住在高雄市苓雅區四維三路6號12樓之3，我們下週去拜訪。", "P:鍾國華|A:高雄市苓雅區四維三路6號12樓之3", "X"),
    ("b-x09", "sms", "debtor", "你连襟叫花明亮，在县医院当保安，你要不要让他替你还？", "P:花明亮", "X"),
    ("b-t01", "sms", "third_party", "您好，您是谢国强的工友吧？他在我们平台欠款逾期，麻烦转告一声。", "P:谢国强", "T"),
    ("b-t02", "notice", "third_party", "致红星村卫生室：\n贵村村民毛永贵在我司借款逾期，请协助转告其本人尽快联系。", "P:毛永贵", "T"),
    ("b-t03", "call", "third_party", "坐席：您好 请问 是 祝 海燕 的 保险 代理人 吗 她 在 我们 这 借款 逾期 了\n第三方：我只是卖保险的",
     "P:祝 海燕", "T"),
    ("b-t04", "sms", "third_party", "侬好，侬是邬建平格老娘舅伐？伊欠阿拉公司三万块，侬劝劝伊。", "P:邬建平", "T"),
    ("b-t05", "app", "third_party", "[村群] 乡亲们，五组的殷长河欠我们两万块跑了，谁见到他说一声。", "P:殷长河", "T"),
    ("b-t06", "sms", "third_party", "阿伯你好，你个孻仔葛志文借我哋錢冇還，你叫佢打畀我哋。", "P:葛志文", "T"),
    ("b-u01", "sms", "debtor", "你的身份证36010219830821 3915已经报给法院了。", "I:36010219830821 3915", "U"),
    ("b-u02", "call", "debtor", "坐席：你 身份证 五两洞幺洞三 幺勾六八 洞八两五 八拐勾拐 对不对\n客户：对",
     "I:五两洞幺洞三 幺勾六八 洞八两五 八拐勾拐", "U"),
    ("b-u03", "notice", "debtor", "支付令\n被申请人身份证号：410105-1975\n0613-5988\n请于十五日内清偿。", "I:410105-1975\n0613-5988", "U"),
    ("b-u04", "sms", "debtor", "你工資卡6216 6150 9193 8491 984我哋已經申請凍結。", "B:6216 6150 9193 8491 984", "U"),
    ("b-u05", "app", "debtor", "[语音转文字] 你 卡号 六二二九 洞九洞洞 八二九三 九八二九 七七 对吧", "B:六二二九 洞九洞洞 八二九三 九八二九 七七", "U"),
    ("b-u06", "email", "debtor", "主题：扣款账户\n账户：6236-6803-2698-1285-612\n证件：150102197509219017", "B:6236-6803-2698-1285-612|I:150102197509219017",
     "U"),
    ("b-u07", "sms", "debtor", "您的證件號４４０１０６　１９７１０１０９　１６９１已列入催收名單。", "I:４４０１０６　１９７１０１０９　１６９１", "U"),
    ("b-u08", "sms", "debtor", "你另一张卡6217 9992 8886\n8389 592我们也查到了。", "B:6217 9992 8886\n8389 592", "U"),
    ("b-n01", "sms", "debtor", "【人保健康】尊敬的客户，您的保单贷款本期应还利息326元，请于12月20日前还款。", "", ""),
    ("b-n02", "sms", "debtor", "您好，您提交的残疾证明已审核通过，逾期罚息予以全部减免。", "", ""),
    ("b-n03", "call", "debtor", "客户：我 老婆 刚 生 孩子 手头 紧\n坐席：理解 的 恭喜 您 我们 可以 帮 您 申请 延期 一个 月", "", ""),
    ("b-n04", "sms", "debtor", "【融信达】线下还款网点：南昌市东湖区八一大道357号财富广场A座1903室，工作日9:00-17:30。",
     "A:南昌市东湖区八一大道357号财富广场A座1903室", ""),
    ("b-n05", "sms", "debtor", "您好，如需当面协商，可前往我司设在昆明的服务中心，地址以APP公示为准。", "", ""),
    ("b-n06", "sms", "debtor", "您好，我是您的专属客服小程，工作手机13677482019，有事请留言。", "P:小程|M:13677482019", ""),
    ("b-n07", "app", "debtor", "【乐享借】您尾号1984的工资卡本月代扣成功，剩余待还3,200元。", "", ""),
    ("b-n08", "sms", "debtor", "您的保单号P3301202411280076，贷款合同号LN20241128-0563，请妥善保存。", "", ""),
    ("b-n09", "notice", "debtor", "调解通知书\n调解地点：上海市静安区南京西路1266号恒隆广场一座35楼\n调解时间：2025年1月6日14:00",
     "A:上海市静安区南京西路1266号恒隆广场一座35楼", ""),
    ("b-n10", "sms", "debtor", "您好，天气转冷，如您或家人身体不适需就医，可在APP申请延期还款。", "", ""),
    ("b-n11", "sms", "debtor", "侬好，阿拉晓得侬最近困难，侬可以申请分期，有啥事体打电话来。", "", ""),
    ("b-n12", "sms", "debtor", "你好，你嘅還款已經收到，多謝合作。", "", ""),
    ("b-n13", "call", "debtor", "客户：我 在 人民 医院 陪床 呢 晚点 说\n坐席：好的 您 先 忙 我们 明天 再 联系 您", "", ""),
    ("b-n14", "sms", "debtor", "老铁，还款日快到了，别忘了，搁APP上点一下就还了。", "", ""),
    ("b-n15", "sms", "debtor", "您好，您可在就近的邮政储蓄银行柜台或者超市收银台扫码还款。", "", ""),
    ("b-n16", "email", "debtor", "主题：协商结果\n您好，根据您提供的收入证明，我司同意将月还款额调整为600元。", "", ""),
    ("b-n17", "sms", "debtor", "您好，您的身份证号3601**********3915已通过实名认证。", "", ""),
    ("b-n18", "sms", "debtor", "汝好，汝這個月的錢已經收著矣，多謝。", "", ""),
    ("b-n19", "sms", "debtor", "【平安普惠】温馨提示：您本期账单将于12月18日到期，请确保尾号5612账户余额充足。", "", ""),
    ("b-n20", "app", "debtor", "【分期乐】您已申请春节延期，2月10日前不会有催收来电。", "", ""),
    ("b-n21", "sms", "debtor", "您好，客服电话0851-85562310，如号码有误请以官网为准。", "L:0851-85562310", ""),
    ("b-n22", "sms", "debtor", "您好，我们仅会联系您本人，不会打扰您的家人和学校、单位。", "", ""),
]


def write_dev8b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV8B_FILE, (record(*message, dev=8) for message in MESSAGES))


if __name__ == "__main__":
    write_dev8b()
