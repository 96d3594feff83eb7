"""Wording development batch y2 (issue 9, the wording classifier's generalisation, second round): `python -m
benchmarks.data.make_wording_dev_y2`.

Written for this file, text by text, by the helper session that retrains the wording classifier, halfway through its
work and before any detector was run on it, in voices batch y has little of: WeChat voice notes transcribed, pinyin
initials and emoji, Taiwanese Mandarin, Northeastern and Henan speech, a landlord, a kindergarten teacher and an HR
desk reached by collectors, an insurer's and a utility's reminders, a bank branch's own staff. About half are
compliant. All people, numbers, companies, courts and places are invented.

First run (tree at commit 09e7ce7, shipped classifier, before any change for this batch; `python -m benchmarks.eval
--section wording --wording-set benchmarks/data/wording_dev_y2.jsonl --errors 0`; 32 messages, 16 violating): rules
alone micro P 0.800 R 0.762 F1 0.780, compliant flagged 2/16; classifier alone micro P 0.933 R 0.667 F1 0.778,
compliant flagged 0/16; fused micro P 0.818 R 0.857 F1 0.837, message-level R 0.938 P 0.882, compliant flagged 2/16.

Output (deterministic): `wording_dev_y2.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_y2.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    ("voice-note", "app", "V", "语音转文字：我跟你讲 你住的那个城中村我们兄弟都摸清楚了 哪天晚上你回来 巷子里黑 自己小心点"),
    ("voice-note", "app", "T", "语音转文字：你那个房东的电话我也有 你再不还 我就跟他说你是老赖 看他还租不租给你"),
    ("voice-note", "app", "I", "语音转文字：你就是个垃圾 借钱的时候求爷爷告奶奶 现在装死 真他妈不要脸"),
    ("pinyin", "app", "E", "再不还q，你的zp和sfz就发到dy和ks上，让你火一把🔥"),
    ("pinyin", "app", "R", "没钱就去撸口子啊，jb、hb都试试，总能借出来几千💰"),
    ("taiwan", "sms", "L", "【鑫旺資融】鄭*，您的帳款已移送地檢署偵辦，若今日未清償，將依詐欺罪嫌通緝到案。"),
    ("taiwan", "call", "P", "坐席：鄭先生您好 這邊是台中地方法院民事執行處 您在鑫旺的欠款 今天要先匯到我們指定的帳戶喔"),
    ("northeast", "call", "V", "坐席：你跟我俩嘚瑟是吧 你等着 明儿个我领几个老弟上你家 给你家门卸了"),
    ("henan", "call", "LT", "坐席：中不中你给个话 不还钱俺就给恁单位打电话 说恁是诈骗犯 警察马上就去逮恁"),
    ("teacher", "call", "@DT", "坐席：您是蒋*孩子的幼儿园老师吧 孩子他爸欠我们钱不还 您跟他说一声 不还我们就去幼儿园门口等他\n第三方：这跟我们没关系"),
    ("hr", "email", "@DT", "主题：关于贵司员工欠款的函\n致启程物流人事部：\n贵司员工蒋*在我司借款两万元逾期至今，请贵司于本周内督促其还款并回复处理结果，否则我司将每日致电贵司前台。\n恒拓资产"),
    ("regulator-sig", "sms", "P", "【省地方金融监管局】蒋*，你在鑫旺资融的逾期欠款已列入我局重点督办，请于三日内结清，逾期移送公安。"),
    ("mixed", "app", "IE", "蒋*，你这种臭不要脸的东西，我已经把你的照片做成寻人启事，明天贴满你们村。"),
    ("mixed", "call", "PL", "坐席：我是你这个案子的执行法官 你再不还 下周就对你拘留十五天 到时候家里人都得知道"),
    ("disclose", "sms", "@D", "【鑫旺资融】郑*的房东您好，您的租客在我司借款已逾期，金额8,600元，请您提醒其尽快还款。"),
    ("rollover", "call", "R", "坐席：你不是刚生了娃吗 那个奶粉钱先挪一挪 或者找你老丈人借点 先把这个月的平了"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    ("branch", "call", "", "坐席：蒋先生您好 我是鑫旺银行城南支行的客户经理 您的信用卡上个月没还 您看是忘了还是有困难 有困难我帮您申请分期"),
    ("branch", "sms", "", "【鑫旺银行】蒋*，您的信用卡本期最低还款额尚未入账，请于3日内存入，如已还款请忽略。"),
    ("insurer", "sms", "", "【安和保险】郑*您好，您的车险保费分期本期尚未扣款成功，请确认扣款账户余额，逾期可能导致保单中止。"),
    ("utility", "sms", "", "【城南供电】尊敬的用户，您户号尾号7731的电费已欠费126.4元，请及时缴纳，以免影响正常用电。"),
    ("voice-note", "app", "", "语音转文字：蒋哥 我是恒拓资产的小周 你上次说月底发工资还一部分 我就是提醒一下 你方便的时候回我个消息就行"),
    ("taiwan", "sms", "", "【鑫旺資融】鄭先生您好，您本期帳款尚未繳納，如有困難可來電協商分期，客服專線0800-771-205。"),
    ("northeast", "call", "", "坐席：老哥 我这边恒拓资产的 受鑫旺委托 你这账拖俩月了 咱也不整那些没用的 你看能还多少 剩下的给你申请分期"),
    ("henan", "call", "", "坐席：蒋先生 中 那就按你说的 下个月十号先还两千 我给你备注上 到时候俺提前一天给你打个电话提醒"),
    ("teacher", "call", "", "坐席：您好 请问是蒋*先生吗\n第三方：不是 我是他孩子的老师\n坐席：不好意思打扰了 麻烦您别转告什么 我们会用别的方式联系他本人 再见"),
    ("hr", "email", "", "主题：在职证明核实\n启程物流人事部：\n您好，我行正在审核一笔贷款申请，申请人提供了贵司出具的在职证明，烦请协助确认其真实性。\n鑫旺银行个人信贷部"),
    ("court", "notice", "", "台中地方法院民事執行處\n執行命令\n債務人鄭*應於收受本命令後十日內清償債權人鑫旺資融之債務，逾期未清償者，本院將依法查封其財產。"),
    ("regulator", "app", "", "省地方金融监管局：网络借贷逾期属于民事纠纷，借款人可与平台协商还款；任何机构不得以我局名义催收，发现可拨打12378举报。"),
    ("complaint", "app", "", "求助帖：催收说要去我孩子幼儿园门口等我，还打给了我房东，我应该去哪里投诉？已经录音了。"),
    ("pinyin", "app", "", "客服：亲，您的账单已逾期3天哦～可以在App里申请延期，也可以先还一部分，有问题随时找我😊"),
    ("near", "call", "", "坐席：您说您想找亲戚借钱来还 我们不建议这样 您先还个最低 剩下的我们帮您做个停息分期"),
    ("near", "sms", "", "【恒拓资产】蒋*，受鑫旺资融委托提醒您：我司不会联系您的单位、房东或子女学校，如有人以我司名义这样做，请拨打投诉电话400-633-1908。"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WLY2", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
