"""Writes `person_dev.jsonl`: PERSON in the forms collection text is written in by others (issue 14).

Every message below was written by hand for this file, in collection registers: formal 催收函 and 律师函,
court-style notices with field blocks (姓名：… 住址：…), letters opening with a name alone on the salutation
line, 兹有 / 现有 statements, SMS templates with their placeholders filled, WeChat, e-mail signatures and
经办人 lines, call transcripts with ASR noise (fillers, repeated words, no punctuation) and lists of
contacts. Names include two-character ones that look like common words (a river, a season, a virtue).
About a third are near misses with no person in them: companies, products, streets, districts and places
that start with a surname character, masked names (张**, 李*明) and a surname with a title and no given
name (王女士, 陈经理), which `pii_labelled.jsonl` does not count as PERSON either.

First run, on the recognizer before it was tuned on this set: PERSON P 1.000 R 0.829 (58 of 70 names; missed:
salutation lines, field values after 被告： / 借款人： / 律师：, two-character names that are words, given names
ending in 生 / 栋 / 业, a contact list's relation after a space). Tuned on since, so its figures are optimistic.

Names are written inline as `[[name]]`; the script removes the marks and computes the offsets, and refuses
a mark left open or a record whose marks are unbalanced. Only PERSON is labelled (`categories` are empty):
the set measures the name recognizer, not the PIPL rules. All people, lenders, numbers and places are
invented.

`python -m benchmarks.data.make_person_dev` rewrites the file; `python -m benchmarks.eval_pii --set
benchmarks/data/person_dev.jsonl` evaluates it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DEV_FILE = "person_dev.jsonl"
NAME_MARK = re.compile(r"\[\[([^\[\]]+)\]\]")

# (id, channel, recipient_type, text with [[name]] marks)
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- formal letters: 兹有 / 现有, a name alone on the salutation line, 致 ---------------------------
    ("n01", "notice", "debtor", "催收函\n兹有[[闫立新]]（身份证尾号0417）于2024年3月在我司申请个人消费贷款，截至本函发出之日"
                                "仍欠本息合计38260元，特此函告。\n鸿远资产管理有限公司\n2026年11月20日"),
    ("n02", "notice", "debtor", "兹有[[贺云飞]]、[[贺小燕]]二人于2025年6月共同借款20万元，至今分文未还，请二人于收函后七日内联系我司。"),
    ("n03", "notice", "debtor", "[[仇秀兰]]：\n    您在本公司办理的分期业务已逾期92天，欠款共计12680元。请于2026年12月10日前"
                                "结清，如有异议请致电客服热线。\n鸿远资产管理有限公司"),
    ("n04", "notice", "debtor", "[[江涛]]：\n你好！你在青禾小贷的借款已逾期三个月，我司受委托通知你尽快还款。"),
    ("n05", "notice", "debtor", "律师函\n致：[[柴宏伟]]\n我所受兴安小额贷款有限公司委托，就你拖欠借款一事函告如下："
                                "请于本函送达之日起十日内偿还欠款本金45000元及相应利息。\n南州明理律师事务所\n律师：[[高志远]]"),
    ("n06", "notice", "debtor", "现有[[易志红]]拖欠我司借款本息共计9860元，经多次催告仍未归还，现依法发出本函。"),
    ("n07", "notice", "debtor", "兹有我司客户[[项国平]]所借款项已逾期，现委托南州诚信催收服务有限公司上门办理相关事宜。"),
    ("n08", "notice", "debtor", "[[林海]]：\n你于2025年8月在金满满App借款8000元，已逾期120天。本函为最后一次书面催告。"),
    ("n09", "notice", "debtor", "[[向阳]]：\n你好。关于你在青禾小贷的借款，我司已多次电话联系未果，请收到本函后主动联系。"),
    ("n10", "notice", "debtor", "[[常青]]先生：\n经核实，您在我行办理的信用卡已逾期，请于本月25日前还款。"),
    ("n11", "notice", "debtor", "兹证明[[姜海波]]在我司的借款已于2026年10月31日全部结清，特此证明。"),
    ("n12", "notice", "debtor", "[[谷雨晴]]：\n您好！您的账户当前欠款5230元，请尽快处理，逾期将按合同约定收取违约金。"),
    # --- court-style notices and record blocks -----------------------------------------------------
    ("r01", "notice", "debtor", "应诉通知\n被告：[[窦金生]]，男，1979年4月5日出生，汉族，住南州市青石区柳巷街18号。\n"
                                "原告兴安小额贷款有限公司诉你借款合同纠纷一案，现已立案。"),
    ("r02", "notice", "debtor", "债务人信息\n姓名：[[符兰芳]]\n性别：女\n住址：南州市青石区柳巷街18号\n案由：借款合同纠纷"),
    ("r03", "notice", "debtor", "姓名：[[甘建明]]  身份证尾号：3312\n联系人：[[甘小燕]]（姐姐）\n工作单位：南州通达物流有限公司"),
    ("r04", "notice", "debtor", "借款人：[[乐天明]]\n证件类型：居民身份证\n借款金额：30000元\n逾期天数：64天"),
    ("r05", "notice", "debtor", "当事人姓名：[[叶红英]]  性别：女  住址：南州市东湖区樱桃巷6号"),
    ("r06", "notice", "debtor", "共同借款人：[[翁志刚]]；担保人：[[翁丽]]；借款期限：12个月。"),
    ("r07", "notice", "debtor", "户名：[[柯晓东]]  开户行：南州农商银行青石支行  还款金额：6210元"),
    ("r08", "notice", "debtor", "收件人：[[裴凤英]]（本人签收）\n寄件人：鸿远资产管理有限公司法务部"),
    ("r09", "notice", "debtor", "原告：兴安小额贷款有限公司\n被告：[[邱德福]]\n案号：（2026）南青民初1203号\n"
                                "[[邱德福]]：本院受理原告诉你借款合同纠纷一案，定于2027年1月8日开庭。"),
    ("r10", "notice", "debtor", "客户姓名 [[吕佳琪]] 合同编号 QH20250611 逾期金额 4300.00 逾期天数 33"),
    # --- SMS templates with the placeholders filled ------------------------------------------------
    ("s01", "sms", "debtor", "【融安金服】[[屠小军]]，您于10月12日借款5000元已逾期15天，请于今日18:00前还款。"),
    ("s02", "sms", "debtor", "【青禾小贷】[[金鑫]]您好，您本期应还1280元，今日为最后还款日。"),
    ("s03", "sms", "debtor", "【融安金服】[[于洋]]，您的账单已逾期，请及时登录App还款，避免影响征信。"),
    ("s04", "sms", "debtor", "[[毕胜]]，你欠青禾小贷的3400元今天再不处理，明天就转外访。"),
    ("s05", "sms", "debtor", "【鸿远资产】[[安然]]女士，您的欠款已移交我司处理，请于3日内联系专员。"),
    ("s06", "sms", "debtor", "[[白云]]：您在金满满的借款今日到期，请按时还款。"),
    ("s07", "sms", "third_party", "请转告[[喻建军]]尽快回电，他的借款已严重逾期。"),
    ("s08", "sms", "debtor", "【青禾小贷】尊敬的[[程功]]，您的分期账单已出，本期应还2150元。"),
    ("s09", "sms", "debtor", "【融安金服】[[左丽]]您好，您尾号6621的借款已逾期8天，请尽快还款。"),
    # --- WeChat and app messages -------------------------------------------------------------------
    ("w01", "app", "debtor", "[[池文静]]你好 我是融安的催收专员 你的账今天必须处理一下"),
    ("w02", "app", "debtor", "[[江海]]，你电话一直不接，今天必须给个答复。"),
    ("w03", "app", "debtor", "@[[曹丽萍]] 今天是最后期限了，看到回复一下"),
    ("w04", "app", "third_party", "你跟[[沈冬梅]]说一声，让她今天把钱还上。"),
    ("w05", "app", "debtor", "[[宁静]]，上次你说月底还，现在都下个月了"),
    ("w06", "app", "third_party", "你好，请问你是[[牛国栋]]的朋友吗？他留的联系人是你。"),
    ("w07", "app", "debtor", "[[严冬]]你在吗 方便的话回个电话"),
    # --- e-mail signatures and 经办人 lines --------------------------------------------------------
    ("e01", "email", "debtor", "您好：\n附件为您的还款计划确认书，请查收并签字回传。\n\n此致\n敬礼\n\n[[冯楠]]\n贷后管理部 | 鸿远资产管理有限公司"),
    ("e02", "email", "debtor", "如对上述金额有异议，请于五个工作日内回复本邮件。\n经办人：[[施建国]]  工号：A1027"),
    ("e03", "email", "debtor", "[[范振宇]]\n高级催收专员\n融安金服贷后中心"),
    ("e04", "email", "debtor", "谢谢配合。\n——[[晏清]]，贷后专员"),
    ("e05", "email", "debtor", "经办律师：[[韦明哲]]、[[晏晓丽]]\n南州明理律师事务所"),
    ("e06", "email", "debtor", "发件人：[[苗新华]]\n主题：关于您逾期账单的协商方案"),
    # --- calls, with ASR noise -----------------------------------------------------------------------
    ("c01", "call", "debtor", "坐席：喂你好请问是[[桂平]]吗\n客户：嗯 你哪位\n坐席：我这边是融安金服的 关于您那个借款"),
    ("c02", "call", "third_party", "坐席：请问你认识[[牛建业]]吗 他留的紧急联系人是你\n客户：认识 我是他表哥"),
    ("c03", "call", "debtor", "坐席：喂 是是[[邹建平]]吗 就是那个 嗯 融安的借款\n客户：对 是我"),
    ("c04", "call", "debtor", "坐席：您好 我是青禾小贷的 工号三零七 请问您是[[龚春燕]]本人吗\n客户：是的"),
    ("c05", "call", "third_party", "坐席：那个[[祁云]]是你同事吧 他最近在不在单位\n客户：不清楚 你找他自己去"),
    ("c06", "call", "debtor", "客户：我叫[[鲍春生]] 这个钱我下个月一定还\n坐席：好的 我这边备注一下"),
    ("c07", "call", "debtor", "坐席：嗯嗯 那个 您的借款呢 已经逾期了啊 然后 [[尹志强]]先生 您看今天能处理吗"),
    # --- lists of contacts ---------------------------------------------------------------------------
    ("l01", "notice", "debtor", "紧急联系人：\n1. [[骆春花]]（母亲）\n2. [[骆志强]]（哥哥）\n3. [[祁晓云]]（同事）"),
    ("l02", "app", "debtor", "你通讯录里的[[邵丽华]]、[[邵文斌]]、[[葛红]]我们都会一一联系。"),
    ("l03", "notice", "debtor", "紧急联系人一：[[孔令军]]，关系：父亲；紧急联系人二：[[孔静]]，关系：配偶"),
    ("l04", "notice", "debtor", "联系人列表：[[毛建华]] 同事 / [[章晓梅]] 朋友 / [[练春生]] 邻居"),
    ("l05", "email", "debtor", "本案联系人：[[岑国庆]]、[[蓝玉珍]]，如有疑问可向二人核实。"),
    # --- near misses: no person ----------------------------------------------------------------------
    ("x01", "sms", "debtor", "【江海信贷】尊敬的客户，您的账单已逾期，请尽快还款。"),
    ("x02", "notice", "debtor", "请将还款凭证寄至南州市青石区黄河路56号鸿远大厦8楼。"),
    ("x03", "sms", "debtor", "【金满满】您好，您在金满满App的借款今日到期，请按时还款。"),
    ("x04", "sms", "debtor", "尊敬的张**先生，您的借款已逾期3天，请尽快还款。"),
    ("x05", "sms", "debtor", "客户李*明，您好，您本期账单尚未还清。"),
    ("x06", "sms", "debtor", "王女士您好，您的分期账单已出，请按时还款。"),
    ("x07", "call", "debtor", "坐席：陈经理稍后会联系您 确认还款计划\n客户：好的"),
    ("x08", "notice", "debtor", "请携带身份证到万达广场三楼营业厅办理结清手续。"),
    ("x09", "sms", "debtor", "您在马上消费金融的借款已逾期，请于周一至周五工作时间致电。"),
    ("x10", "notice", "debtor", "本公司地址：南州市杨浦区龙湖天街3号楼，邮编200433。"),
    ("x11", "sms", "debtor", "【青禾小贷】您的联系人黄女士已知悉，请勿再拖延。"),
    ("x12", "notice", "debtor", "住址：南州市石门县高桥镇江口村三组\n案由：借款合同纠纷"),
    ("x13", "sms", "debtor", "您好，钱款已到账，本期账单已结清，感谢您的配合。"),
    ("x14", "notice", "debtor", "开户行：南州银行江南支行  户名：鸿远资产管理有限公司"),
    ("x15", "app", "debtor", "你好 请问宁波那边的门店还开着吗 我想去那边还钱"),
    ("x16", "sms", "debtor", "【融安金服】温馨提示：客户经理周**将于明日与您联系。"),
]

def record(message_id: str, channel: str, recipient_type: str, marked: str) -> dict:
    """One message of the contract with its PERSON entities' offsets computed from the marks."""
    entities, cursor, plain = [], 0, []
    for match in NAME_MARK.finditer(marked):
        plain.append(marked[cursor:match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(1))
        entities.append({"entity_type": "PERSON", "start": start, "end": start + len(match.group(1))})
        cursor = match.end()
    plain.append(marked[cursor:])
    text = "".join(plain)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{DEV_FILE}, message {message_id}: a [[name]] mark is not closed")
    return {"message_id": f"person-{message_id}", "campaign_id": "person-dev", "channel": channel,
            "recipient_type": recipient_type, "debtor_id": f"D-{message_id}", "text": text, "entities": entities,
            "categories": []}


def write_dev(folder: Path = HERE) -> Path:
    """Writes the set into `folder` and returns its path."""
    path = folder / DEV_FILE
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for message in MESSAGES:
            out.write(json.dumps(record(*message), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    write_dev()
