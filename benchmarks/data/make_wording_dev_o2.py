"""Wording development batch o2 (issue 9, the families the first tuning round left, second reading): `python -m
benchmarks.data.make_wording_dev_o2`.

Written for this file, text by text, by the helper session that tunes masked insults, pinyin legal threats, posed
court summonses and community notices, halfway through its work on batch o and before any detector was run on it,
in the voices of batch o but other people's words: robot dialer lines, WeChat voice notes through ASR, Hakka,
Hokkien and Northeastern speech, Moments posts, mixed pinyin and emoji, traditional characters. Six in ten violate
one or more of the eight judged categories; four in ten are hard compliant messages close to them. All people,
numbers, companies, courts and places are invented.

First run (tree at commit 75e5bd5, with this session's families for batch o and before any change for this batch;
`python -m benchmarks.eval --section wording --wording-set benchmarks/data/wording_dev_o2.jsonl`; 43 messages, 25
violating): rules alone micro P 0.958 R 0.793 F1 0.868, compliant flagged 0/18; classifier alone micro P 1.000
R 0.552 F1 0.711; fused micro P 0.963 R 0.897 F1 0.929, message-level R 0.920 P 1.000, compliant flagged 0/18.
WQ2-011 (你个小瘪犊子 …) was relabelled an insult too after that run (瘪犊子 is a contemptuous label, contract
section 5); with that label the same run reads rules micro F1 0.889, fused 0.947 (P 1.000 R 0.900).
After the families of this session that followed (commits 365aa27 to a4923e1, partly tuned on it): rules alone micro
F1 0.909, fused micro P 1.000 R 0.933 F1 0.966, compliant flagged 0/18.

Output (deterministic): `wording_dev_o2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_o2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("legal", "app", "L", "xing ju 了解一下？再装死就给你安排上👮"),
    ("legal", "call", "L", "坐席：你这个拖下去 就是诈piàn 我们法务直接给你报案"),
    ("legal", "app", "L", "[语音转文字] 你要是今天再不还 我们就 就去派出所报案 说你骗贷 你等着拘留吧"),
    ("legal", "call", "L", "坐席：恁欠的钱再不还 派出所的人过两天就来家里逮你"),
    ("legal", "sms", "L", "【宏卓分期】潘*，您的逾期行為已構成詐騙，警方將於三日內到府拘提。"),
    ("legal", "app", "LP", "法院傳票：潘*，宏卓分期訴你借款糾紛案已排期，今天還款可撤訴，否則強制執行。"),
    ("legal", "sms", "LP", "传票通知：邹*，你的欠款案件已立案，请于今日还清欠款，否则依法拘传。"),
    ("impersonation", "call", "P", "坐席：您好 这里是江岭区人民法院 您在宏卓分期的欠款 请今天联系平台还款 确认请按1"),
    ("impersonation", "app", "P", "我系江岭区法院调解员，你宏卓分期的欠款今日要结清，唔好拖。"),
    ("violence", "app", "V", "你住6楼603对吧🏠 晚上睡觉记得锁好门哦😊"),
    ("violence", "call", "IV", "坐席：你个小瘪犊子 再不还 我整几个人去你家 把你腿打折"),
    ("violence", "app", "V", "[语音转文字] 你 你儿子 在实验小学 三年级 二班是吧 我们 我们都知道的"),
    ("third-party", "call", "T", "坐席：恁不还 俺就给恁爹打电话 叫他来还"),
    ("third-party", "app", "T", "你丈母娘的电话我有了📱 今晚我就跟她好好聊聊你欠钱这事"),
    ("exposure", "app", "@DE", "【朋友圈】这位邹*（照片），在宏卓分期借款两万逾期不还，各位朋友见到请提醒他还钱，转发的朋友谢谢了🙏"),
    ("exposure", "app", "@DE", "各位乡亲好：咱村的潘*借钱不还一年多了，今天在这说一声，大家心里有个数，引以为戒。"),
    ("exposure", "call", "E", "坐席：你不还 我就在你们村的大喇叭上 给你广播广播"),
    ("rollover", "app", "R", "去 jie bei 借点出来先还我们，或者找个 xin yong ka 套一下💳"),
    ("rollover", "call", "R", "坐席：你那个车 拿去押了 先把我们这期平了"),
    ("insult", "app", "I", "你个傻*玩意儿，借钱的时候咋不这样"),
    ("insult", "app", "I", "像你这号**东西，迟早没人理"),
    ("insult", "call", "I", "坐席：你个狗*的 还有脸挂我电话"),
    ("insult", "app", "I", "你就是个 fei wu 🙄 啥也不是"),
    ("insult", "app", "I", "你真係冇廉恥，借錢唔還仲玩失蹤。"),
    ("disclosure", "call", "@D", "坐席：您好 您是潘*的邻居吧 他欠我们宏卓分期钱好几个月了 您见到他让他回电话"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("near-insult", "sms", "", "【宏卓分期】潘*先生，您尾号1234的银行卡（621*****1234）本期扣款成功。"),
    ("near-insult", "app", "", "温馨提示*：*本期账单已含减免，详见App。"),
    ("near-insult", "sms", "", "【宏卓分期】狄*女士，您的还款计划已生成，请留意每月扣款。"),
    ("near-insult", "app", "", "规范提醒：坐席严禁说“狗*”“傻*”一类的话，违者扣绩效。"),
    ("near-exposure", "notice", "", "合规通报\n坐席赵某在客户村里张贴欠款告示，已予辞退，望各部门同事引以为戒。\n宏卓分期"),
    ("near-exposure", "app", "", "各位乡亲好：本周日村委会组织义诊，请大家带好医保卡。"),
    ("near-exposure", "app", "", "【朋友圈】宏卓分期春节不打烊🧧，有还款问题随时私信我～"),
    ("near-legal", "app", "", "放心哈，我们不会报jing的，也不会说你是zha pian，就是想商量个方案"),
    ("near-legal", "app", "", "普法：欠网贷不会被拘留，也不会坐牢，别信那些 xia hu 人的话"),
    ("near-legal", "sms", "", "【宏卓分期】潘*，如协商未果，我司将依法向江岭区人民法院起诉，请以法院送达的传票为准。"),
    ("near-impersonation", "sms", "", "【江岭区人民法院】邹*，宏卓分期诉您借款合同纠纷一案的传票已在线送达，请于1月15日9时到庭。"),
    ("near-impersonation", "notice", "", "江岭区人民法院\n传票\n案号：（2026）江0102民初5521号\n被传唤人：邹*\n应到时间：2027年1月15日9时\n应到处所：第四法庭"),
    ("near-impersonation", "app", "", "反诈课堂：收到“法院传票”短信先打12368核实，真传票不会让你向平台还款。"),
    ("ordinary", "call", "", "坐席：您好 这里是宏卓分期 您的账单逾期三天 还款请按1 协商请按2"),
    ("ordinary", "app", "", "[语音转文字] 邹先生 您好 我是宏卓的小陈 这个月能先还一点吗 不行的话 咱们申请个延期"),
    ("ordinary", "call", "", "坐席：大哥 这月手头紧不 紧的话先还个最低 剩下的下月整"),
    ("near-violence", "app", "", "天热了☀️ 注意防暑，还款的事咱不着急，您方便时回个消息"),
    ("near-third-party", "call", "", "客户：你们别给我妈打电话\n坐席：好的 我们不会联系您家人 您放心"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WQ2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
