"""Writes `pipl_dev9b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev9`, in voices
that batch has little of, and measured once before any rule was changed for it.

Voices: a dialysis centre's and a hospice's billing desk, a maternity ward's and a rehab clinic's discharge talk, a
special-education teacher's chat, a care home's night shift, a crane driver on a wharf and a coach driver's timetable,
a ride-hailing and a cleaning platform, a temple's volunteers and a mosque's Ramadan rota, a bailiff's asset list, a
factory's HR notice and a dormitory manager, a Wu and a Cantonese relatives' chat. Families by the id's first letter
after `b-`, as in `make_pipl_dev9`.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev9b.jsonl
--no-weibo`, 40 messages, 8 lawful), after the first two tuning commits on `pipl_dev9`: `pii.unmasked_identifier` and
`pii.third_party_disclosure` 1.000 / 1.000, `pii.sensitive` P 0.833 R 0.682 F1 0.750, `pii.excessive` P 0.667 R 0.667
F1 0.667, `pii.*` micro P 0.821 R 0.719 F1 0.767; structured ids 1.000 / 1.000, PERSON 0.900 / 1.000, ADDRESS 0.750 /
1.000. Missed: a shift after a comma (…开吊车，上的是夜班), a coach's daily departure, a cleaner's next job, a bailiff's
asset list, a Hong Kong old-age allowance, a grandchild's kindergarten class in Cantonese; two lawful notices flagged
(a dialysis centre's own bill, Ramadan named in an offer to move the due date).

`python -m benchmarks.data.make_pipl_dev9b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV9B_FILE = "pipl_dev9b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "sms", "debtor", "你老公每周一三五在血液净化中心做透析，一次四个钟，我们在门口等他出来。", "", "S"),
    ("b-h02", "app", "debtor", "[家族群] 三叔住进了安宁病房，医生说没几个月了，他欠的钱你们做儿女的得还。", "", "S"),
    ("b-h03", "sms", "debtor", "侬阿爸眼睛瞎脱一只，还有帕金森，手一直抖，侬还好意思欠钞票？", "", "S"),
    ("b-h04", "email", "debtor", "祁先生：\n经核实，您本人于今年三月确诊胃癌并已完成胃大部切除术。请于十日内处理逾期款项。", "", "S"),
    ("b-h05", "sms", "debtor", "你喺康復科做緊物理治療，一個禮拜三次，我哋等你出嚟。", "", "S"),
    ("b-p01", "sms", "debtor", "你老婆在产科刚生完二胎，侧切还没好，你躲在医院也没用。", "", "S"),
    ("b-p02", "call", "debtor", "坐席：你 媳妇 是 不是 在 做 试管 第 三 次 移植 了\n客户：你们从哪知道的", "", "S"),
    ("b-m01", "sms", "debtor", "你在戒毒康复所待过一年，出来以后还是这样，我们都查过了。", "", "S"),
    ("b-m02", "app", "debtor", "[语音转文字] 你 老婆 产后 抑郁 在 吃 药 吧 这 事 你 丈母娘 知道 吗", "", "S"),
    ("b-d01", "sms", "debtor", "你儿子在特教班上学，说话不清楚，班主任姓什么我们也知道。", "", "S"),
    ("b-d02", "sms", "debtor", "你侄子坐轮椅在福利院，你这当叔的欠钱不还，好意思？", "", "S"),
    ("b-c01", "sms", "debtor", "你女儿在舞蹈班每周六下午两点上课，我们去看过了。", "", "S"),
    ("b-c02", "app", "debtor", "[亲戚群] 你个孙喺幼稚园K2班，阿婆日日三点去接，我哋识路。", "", "S"),
    ("b-w01", "sms", "debtor", "你在码头开吊车，上的是夜班，下班从三号门出来，我们的人在那等。", "", "S"),
    ("b-w02", "sms", "debtor", "你开的那趟客车每天下午两点从汽车站发往县城，我们买票上车找你。", "", "S"),
    ("b-w03", "app", "debtor", "[语音转文字] 你 在 平台 上 接 保洁 的 单 明天 上午 去 的 是 翠湖 小区 我们 也 知道", "", "S"),
    ("b-w04", "sms", "debtor", "你这个月在斋月里每天傍晚都去寺里开斋，我们在寺门外等你。", "", "S"),
    ("b-f01", "notice", "debtor", "查封清单\n被执行人名下：位于某区的住宅一套，本田雅阁一辆，农业银行存款一万三千元，已予查封冻结。", "", "S"),
    ("b-f02", "sms", "debtor", "你年终奖发了三万六，厂里财务都跟我们说了，先拿出来还。", "", "S"),
    ("b-f03", "sms", "debtor", "你老豆嘅長者生活津貼每月四千幾，你仲要佢幫你還？", "", "S"),
    ("b-r01", "sms", "debtor", "你在观音寺做义工，每个月初一十五都在，师父知道你欠钱吗？", "", "S"),
    ("b-r02", "email", "debtor", "马先生：\n据悉您在清真寺担任管委会成员。请您于三日内还款，以免影响您在教众中的声誉。", "", "S"),
    ("b-x01", "sms", "debtor", "你住厂里宿舍C栋308，宿管阿姨叫包春兰，我们跟她打过招呼了。", "P:包春兰", "X"),
    ("b-x02", "notice", "debtor", "人事通知\n员工项国华：\n因你在外欠款，催收方已多次来电，公司已告知对方你在三车间。", "P:项国华", "X"),
    ("b-x03", "app", "debtor", "[家族群] 侬阿哥解伟明住辣闵行区莘庄镇莘松路380弄12号，侬勿还，阿拉去寻伊。",
     "P:解伟明|A:闵行区莘庄镇莘松路380弄12号", "X"),
    ("b-x04", "sms", "debtor", "你老婆的老板叫符建军，开的是汽修厂，在南昌县莲塘镇澄湖东路21号，我们过去找她。",
     "P:符建军|A:南昌县莲塘镇澄湖东路21号", "X"),
    ("b-x05", "email", "debtor", "致班女士：\n您女儿班小雯就读于某实验中学，您丈夫汪振宇在市自来水公司工作。", "P:班小雯|P:汪振宇", "X"),
    ("b-x06", "sms", "debtor", "卢志军，你住在西安市雁塔区小寨东路126号百隆广场2号楼1604，我们明天上门。",
     "P:卢志军|A:西安市雁塔区小寨东路126号百隆广场2号楼1604", "X"),
    ("b-t01", "sms", "third_party", "您好，您是兰海波的宿舍管理员吧？他在我司欠款逾期，请转告他联系我们。", "P:兰海波", "T"),
    ("b-t02", "app", "third_party", "[寺庙义工群] 各位师兄，义工车立群欠我们平台的钱一直不还，麻烦转告。", "P:车立群", "T"),
    ("b-u01", "sms", "debtor", "你的身份证210204196805115060已经提交给法院了。", "I:210204196805115060", "U"),
    ("b-u02", "notice", "debtor", "查封通知\n被执行人证件：370202197508309340\n冻结账户：6222 0299 5204 3132 045",
     "I:370202197508309340|B:6222 0299 5204 3132 045", "U"),
    ("b-n01", "sms", "debtor", "【血透中心】尊敬的患者家属，本月透析费用明细已发送，请注意查收。", "", ""),
    ("b-n02", "sms", "debtor", "您好，您反映家人住院的情况我们已记录，本月暂停催收，祝家人早日康复。", "", ""),
    ("b-n03", "call", "debtor", "客户：我 在 码头 上 夜班 白天 睡觉\n坐席：好的 那 我们 以后 下午 再 给 您 打", "", ""),
    ("b-n04", "sms", "debtor", "您好，斋月期间如需调整还款日，可在APP申请，我们会尽量配合。", "", ""),
    ("b-n05", "sms", "debtor", "您好，本平台不会联系您的雇主、宿舍管理员或亲友。", "", ""),
    ("b-n06", "email", "debtor", "主题：还款计划\n您好，根据您提供的收入证明，每月还款额调整为800元，共十二期。", "", ""),
    ("b-n07", "sms", "debtor", "侬好，侬格分期已经办好，每个月还五百，有问题打电话。", "", ""),
    ("b-n08", "sms", "debtor", "您好，您的银行卡尾号3045本期扣款成功，感谢。", "", ""),
]


def write_dev9b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV9B_FILE, (record(*message, dev=9) for message in MESSAGES))


if __name__ == "__main__":
    write_dev9b()
