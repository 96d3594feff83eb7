"""Writes `pipl_dev11b.jsonl`: a second, smaller PIPL batch written halfway through the tuning on `pipl_dev11`, in
voices that batch has little of, measured once before any rule was changed for it.

Voices: an outsourced field-visit (外访) report read to the debtor, a QQ group and a short-video platform's direct
messages, a WeChat Moments post, a property manager's notice, an HR department's reply, a village committee's
loudspeaker script, a complaint post quoting the collector's text, a hospital's own billing desk, Hakka, Hunanese,
north-eastern and Hokkien speech, Hong Kong and Taiwan characters. Families by the id's first letter after `b-`, as
in `make_pipl_dev11`; its decisions on the open questions hold here too.

First run, before any rule was tuned on it (`python -m benchmarks.eval_pii --set benchmarks/data/pipl_dev11b.jsonl
--no-weibo`, 50 messages, 16 lawful), after the first four tuning commits on `pipl_dev11`: `pii.unmasked_identifier`
and `pii.third_party_disclosure` 1.000 / 1.000, `pii.sensitive` P 0.900 R 0.900 F1 0.900, `pii.excessive` P 1.000
R 0.714 F1 0.833, `pii.*` micro P 0.946 R 0.897 F1 0.921; structured ids 1.000 / 1.000, PERSON 0.850 / 1.000, ADDRESS
0.500 / 0.667. Missed: a market-day routine (逢五逢十赶集), a mother's daily bench in the park beside a named home, a
brother-in-law's and a sister's workplaces told with their names in dialect; flagged: a hospital's own billing notice
and a complaint post quoting what a collector once said.

`python -m benchmarks.data.make_pipl_dev11b` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.make_pipl_dev import HERE
from benchmarks.data.make_pipl_dev2 import record
from benchmarks.data.set_format import write_jsonl

DEV11B_FILE = "pipl_dev11b.jsonl"

# (id, channel, recipient_type, text, entities "CODE:text|…", category letters)
MESSAGES: list[tuple[str, str, str, str, str, str]] = [
    ("b-h01", "notice", "debtor", "外访报告（告知借款人）\n外访员于11月20日到访，邻居反映借款人近期因胃出血住院，家中仅老人在。", "", "S"),
    ("b-h02", "app", "debtor", "[抖音私信] 你天天发视频说自己甲亢瘦了二十斤，有力气拍视频没力气还钱？", "", "S"),
    ("b-h03", "sms", "debtor", "你嗰条腰椎间盘突出嘅片我哋都睇过，唔好再讲冇得做嘢。", "", "S"),
    ("b-h04", "call", "debtor", "坐席：你 妈 那个 肾 不 好 要 换 肾 的 事 我们 都 晓得 咯\n客户：你们哪里来的消息", "", "S"),
    ("b-h05", "email", "debtor", "主旨：還款協商\n張小姐您好：\n您先前提及罹患紅斑性狼瘡需長期回診，本公司同意分十二期償還。", "", "S"),
    ("b-p01", "app", "debtor", "[QQ群] @欣怡 你不是刚查出来怀了吗，正好让你老公把钱还了，别等孩子生了还欠着。", "", "S"),
    ("b-p02", "sms", "debtor", "你老婆坐月子坐到哪家月子中心去了？一个月三万八，钱多得很嘛。", "", "S"),
    ("b-m01", "call", "debtor", "坐席：你 老弟 在 戒毒所 里头 还要 蹲 一年 吧 那 钱 就 你 出\n客户：……", "", "S"),
    ("b-m02", "sms", "debtor", "恁後生佇病院看精神科，逐禮拜去一擺，阮攏知影。", "", "S"),
    ("b-d01", "app", "debtor", "[语音转文字] 你 那 腿 不是 小儿麻痹 落下 的 嘛 走路 一 瘸 一 拐 的 我们 一眼 就 认出来", "", "S"),
    ("b-c01", "sms", "debtor", "你孙女在村小读二年级，天天走河边那条路回家，你自己当心点。", "", "S"),
    ("b-c02", "email", "debtor", "主题：最后通知\n您儿子今年在县一中高三（7）班备战高考，希望您不要因为欠款影响孩子。", "", "S"),
    ("b-w01", "sms", "debtor", "你逢五逢十都去镇上赶集卖鸡蛋，下回赶集我们就在集口等你。", "", "S"),
    ("b-w02", "app", "debtor", "[朋友圈评论] 看你定位在三亚亚龙湾的酒店，玩得挺开心，明天几点退房？我们去前台等你。", "", "S"),
    ("b-w03", "call", "debtor", "坐席：你 每天 早上 五点 在 批发 市场 卸 菜 卸 到 八点 我们 明天 五点 去 找 你\n客户：你们别来", "", "S"),
    ("b-f01", "sms", "debtor", "你的拆迁补偿款八十六万上个月到账了，在农商行存着，别跟我们装穷。", "", "S"),
    ("b-r01", "sms", "debtor", "汝每个月初一十五都去妈祖庙拜拜，阮会去庙口找汝。", "", "S"),
    ("b-k01", "app", "debtor", "[抖音私信] 你的声音我们录下来做了声纹，换多少个号打过来都认得出。", "", "S"),
    ("b-x01", "notice", "debtor", "外访告知\n致：单建业\n经走访，您现居住于哈尔滨市道里区安静街88号3单元602，系您岳母孟凤霞名下房屋。",
     "P:单建业|A:哈尔滨市道里区安静街88号3单元602|P:孟凤霞", "X"),
    ("b-x02", "call", "debtor", "坐席：你 那 小舅子 戚长青 在 县 供电局 上班 我们 昨天 跟 他 聊 了\n客户：你找他干嘛",
     "P:戚长青", "X"),
    ("b-x03", "sms", "debtor", "黎國強，你喺將軍澳唐德街9號將軍澳中心2座住，你阿媽陳玉蓮成日喺樓下公園坐，我哋知晒。",
     "P:黎國強|A:將軍澳唐德街9號將軍澳中心2座|P:陳玉蓮", "SX"),
    ("b-x04", "app", "debtor", "[QQ群私聊] 郝建东你媳妇闫秀梅那个号18946521037我们天天打，她说跟你离了？",
     "P:郝建东|P:闫秀梅|M:18946521037", "UX"),
    ("b-x05", "email", "debtor", "主题：关于您的欠款\n詹立伟先生：\n经核实，您任职于武汉光谷生物城某医药公司质检部，您的配偶方晓琳在东湖中学任教。请尽快还款。",
     "P:詹立伟|P:方晓琳", "X"),
    ("b-x06", "sms", "debtor", "你个妹子杨春桃在长沙县星沙镇开粉店，我们去恰过粉了，你晓得的。", "P:杨春桃", "X"),
    ("b-t01", "notice", "third_party", "致：幸福小区物业服务中心\n贵小区业主蒋海波（7栋1单元302）在我司借款逾期，现无法联系，请物业协助转告。",
     "P:蒋海波|A:7栋1单元302", "TX"),
    ("b-t02", "email", "third_party", "主题：关于贵单位职工的协查\n县供销社人事股：\n贵单位职工孔德林在我司贷款逾期九十天，本息合计二万三千元，请协助督促。",
     "P:孔德林", "T"),
    ("b-t03", "call", "third_party", "坐席：你 是 邵海峰 的 发小 吧 他 欠 我们 八千 多 失联 了 你 让 他 回 个 电话\n联系人：我好久没见他了",
     "P:邵海峰", "T"),
    ("b-t04", "sms", "third_party", "村委会您好，贵村二组村民侯德旺欠我司贷款逾期，麻烦在大喇叭里通知一声让他回电。", "P:侯德旺", "T"),
    ("b-t05", "app", "third_party", "[同事群] 大家好，财务部的韦丽娟在我们平台欠款逾期，她怀孕五个月了一直躲着，谁能劝劝。",
     "P:韦丽娟", "ST"),
    ("b-t06", "sms", "third_party", "您好，您的租客贝志远欠款未还，他登记的手机13723459081已停机，麻烦转告他联系我司。",
     "P:贝志远|M:13723459081", "TU"),
    ("b-u01", "sms", "debtor", "您好，系统记录的您的身份证号码为440106198712153411，请核对您的信息。", "I:440106198712153411", "U"),
    ("b-u02", "app", "debtor", "[语音转文字] 你 的 卡号 是 6217 0021 4365 8701 230 对 吧 我们 已经 申请 冻结", "B:6217 0021 4365 8701 230", "U"),
    ("b-u03", "email", "debtor", "主題：還款通知\n您登記的大陸手機號碼13602468135已無法接通，請盡快回覆。", "M:13602468135", "U"),
    ("b-u04", "notice", "debtor", "债务确认书\n债务人：卢志明\n身份证号：610113199009180637\n联系电话：15190234876\n确认欠款金额：12,400元",
     "P:卢志明|I:610113199009180637|M:15190234876", "U"),
    ("b-n01", "sms", "debtor", "【县人民医院】您好，您的住院费用结算单已生成，请于出院前到一楼收费处办理。", "", ""),
    ("b-n02", "app", "debtor", "[QQ群] 群公告：本群仅用于还款咨询，请勿发布他人姓名、电话等个人信息。", "", ""),
    ("b-n03", "sms", "debtor", "您好，您反映的身体原因我们已备注，可为您申请延期一个月，请在APP操作。", "", ""),
    ("b-n04", "notice", "debtor", "还款计划变更通知\n借款人：卢*明\n原还款日：每月10日\n变更后：每月25日\n如有疑问请致电客服。", "", ""),
    ("b-n05", "call", "debtor", "客户：我 刚 生 完 孩子 在 坐 月子\n坐席：那 您 先 休息 我们 下 个 月 再 联系 您", "", ""),
    ("b-n06", "email", "third_party", "主题：在职证明回函\n您好，经核实，该员工确在我单位任职，其他信息恕不提供。", "", ""),
    ("b-n07", "sms", "debtor", "你好，这个月的钱记得还哈，莫忘记了，有么子事打客服电话。", "", ""),
    ("b-n08", "app", "debtor", "[抖音私信] 您好，这里是官方客服，您的借款账单已出，请在APP内查看，勿轻信他人代还。", "", ""),
    ("b-n09", "sms", "debtor", "本公司不會向您的家人、僱主或鄰居披露您的欠款資料，請放心。", "", ""),
    ("b-n10", "notice", "debtor", "网友投诉摘录：有网友称催收员发短信说出其母亲的病情，平台回应已对涉事人员停职处理。", "", ""),
    ("b-n11", "sms", "debtor", "汝好，汝这个月的钱已经扣好，多谢汝。", "", ""),
    ("b-n12", "call", "debtor", "坐席：您 好 您 的 账单 今天 到期 了 方便 的话 今天 处理 一下\n客户：晓得了 晚上 弄", "", ""),
    ("b-n13", "sms", "debtor", "您好，重阳节到了，祝您和家中老人身体安康。【惠民贷】", "", ""),
    ("b-n14", "app", "debtor", "[朋友圈] 惠民贷温馨提示：理性借贷，按时还款，珍惜个人信用。", "", ""),
    ("b-n15", "sms", "debtor", "您好，如您或家人正在住院治疗，可凭住院证明申请延期还款，详情咨询客服。", "", ""),
    ("b-n16", "email", "debtor", "主題：帳戶異動\n您好，您的還款帳戶已變更為尾號8812之帳戶，如非本人操作請致電客服。", "", ""),
]


def write_dev11b(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    return write_jsonl(folder / DEV11B_FILE, (record(*message, dev=11) for message in MESSAGES))


if __name__ == "__main__":
    write_dev11b()
