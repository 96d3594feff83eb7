"""Notice analyser: missing-element precision/recall/F1 on generated letters, and throughput.

    python -m benchmarks.notice [--letters 600] [--seed 7]

Letters are assembled from invented phrasings of each element (written apart from the rule pack's
examples), in varied layouts: full-width digits, traditional characters, extra spaces and line
breaks. Each letter drops 0-3 elements and keeps look-alike sentences (dates that are not the issue
date, phone-free "contact us", warnings about private accounts), so a finding is right only when the
element is truly absent. Timings share 2 cores with other work: treat them as rough.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import opencc

from audit.analysers.notice import NoticeAnalyser

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖石邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏"
CN_DIGITS = "〇一二三四五六七八九"
ABBREVIATIONS = ["华信银卡", "安盛消金", "易借小贷", "泰丰银行", "青禾", "云杉", "北辰银卡", "瀚海资管"]
COMPANIES = ["华信银行信用卡中心", "安盛消费金融有限公司", "易借网络小额贷款有限公司", "泰丰银行股份有限公司",
             "青禾数字科技有限公司", "云杉消费金融有限公司", "北辰商业银行信用卡部", "瀚海资产管理有限公司"]


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    return rng.choice(SURNAMES) + rng.choice(["*", "**", given])


def _money(rng: random.Random) -> str:
    value = rng.randint(800, 98000) + rng.choice([0, 0.5, rng.randint(1, 99) / 100])
    return rng.choice([f"{value:,.2f}元", f"人民币{value:,.2f}元", f"¥{value:,.2f}", f"￥{value:.2f}",
                       f"{int(value)}元", f"RMB {value:,.2f}", f"{value:,.2f} 元"])


def _cn_number(n: int) -> str:
    """1..31 in Chinese numerals, as dates write them (十一, 二十三)."""
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def _date(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"2026年{month}月{day}日", f"2026-{month:02d}-{day:02d}", f"2026/{month}/{day}",
                       f"二〇二六年{_cn_number(month)}月{_cn_number(day)}日", f"2026年{month:02d}月{day:02d}日"])


def _phrasings(rng: random.Random) -> dict[str, list[str]]:
    """Fresh phrasings of every element for one letter (random figures each call)."""
    n, d = _name(rng), rng.randint(5, 200)
    tail, money = rng.randint(1000, 9999), _money(rng)
    return {
        "debtor_id": [f"尊敬的{n}先生：", f"尊敬的{n}女士：您好！", f"{n[0]}先生：", f"致：{n}（身份证尾号{tail}）",
                      f"客户姓名：{n}", f"借款人：{n}", f"持卡人：{n}", f"{n}：\n您好！",
                      f"您尾号{tail}的信用卡", f"借款合同号：JK{rng.randint(10**9, 10**10)}",
                      f"尊敬的客户{n}：", f"{n}先生您好，", f"{n}（身份证号码后四位{tail}）：",
                      f"持卡人：{n}，卡号尾号{tail}", f"尊敬的用户（客户号：KH{rng.randint(10**7, 10**8)}）："],
        "amount": [f"截至目前，您尚欠本息合计{money}。", f"逾期金额：{money}", f"欠款金额为{money}，",
                   f"当前待还总额{money}（含本金、利息及违约金）。", f"您的账户透支余额{money}至今未还。",
                   f"应还款额：{money}", f"您拖欠的{money}借款", "应还本金人民币叁万伍仟元整。",
                   f"您名下借款剩余应还{money}，", f"本期账单金额 {money} 未结清。"],
        "days_overdue": [f"已逾期{d}天", f"逾期天数：{d}天", f"您的借款已逾期{d}日，", "已逾期三个月，",
                         f"自{_date(rng)}起逾期至今，", "您已连续两期未按时还款，", f"逾期时长{d}天。",
                         f"该笔欠款已经逾期{rng.randint(2, 11)}个月，", f"已超过约定还款日{d}天", f"逾期第{d}天",
                         f"截至目前逾期已达{d}天。", f"自到期日起，您已逾期{d}天未还款。"],
        "deadline": [f"请于{_date(rng)}前还清全部欠款。", "请在收到本函之日起5个工作日内还款。",
                     f"最迟于{_date(rng)}前归还。", f"还款截止日期：{_date(rng)}", "请您务必在本月底前处理。",
                     f"限您于{_date(rng)}之前结清。", "请于3日内联系我司并还款。", f"请在{rng.randint(1, 12)}月{rng.randint(1, 28)}日前完成还款。",
                     f"还款期限：{_date(rng)}", f"限您于{_date(rng)} {rng.randint(9, 23)}:00前还清欠款。",
                     f"请于{_date(rng)}以前归还。"],
        "repay_channel": ["您可通过官方APP“我的-还款”完成还款。", "还款方式：登录手机银行或前往营业网点办理。",
                          "请通过银行转账至我司对公账户（户名：XX有限公司，开户行：XX银行）。",
                          "请将款项存入您名下还款卡，系统将自动扣款。", "微信搜索官方小程序即可还款。",
                          "您可在网上银行或柜台办理还款。", "还款渠道：官方APP、微信公众号、银行柜台。",
                          "还款账户：XX有限公司 XX银行北京分行 1100****8899"],
        "contact": [f"客服电话：95{rng.randint(500, 999)}", f"如有疑问请致电400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}。",
                    f"咨询热线 400{rng.randint(1000000, 9999999)}", f"联系电话：010-{rng.randint(10**7, 10**8 - 1)}",
                    f"官方客服热线：95{rng.randint(500, 999)}（7×24小时）", f"请拨打我行客服电话95{rng.randint(500, 999)}咨询。",
                    f"服务电话 (021) {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"],
        "letter_number": [f"函件编号：CS-2026-{rng.randint(10**5, 10**6)}", f"编号：ZX{rng.randint(10**8, 10**9)}",
                          f"X银催字〔2026〕第{rng.randint(1, 9999):04d}号", f"No.2026{rng.randint(10**6, 10**7)}",
                          f"文号：YJ-CJ-{rng.randint(10**7, 10**8)}", f"（2026）催函字第{rng.randint(10, 999)}号",
                          f"通知书编号：TZ{rng.randint(10**6, 10**7)}",
                          f"文书编号：{rng.choice(ABBREVIATIONS)}-TZ-2026{rng.randint(1000, 9999)}",
                          f"函号：{rng.choice(ABBREVIATIONS)}催字〔2026〕第{rng.randint(1, 9999)}号",
                          f"通知书编号：NO.{rng.randint(10**5, 10**6)}"],
        "issue_date": [f"{{company}}\n{_date(rng)}", f"发函日期：{_date(rng)}", f"{{company}}\n\n{_date(rng)}",
                       f"本函于{_date(rng)}发出。", f"日期：{_date(rng)}", f"{{company}}  {_date(rng)}"],
        "legal_notice": ["如您仍未还款，我司将依法向人民法院提起诉讼。", "我行保留通过法律途径追偿的权利。",
                         "逾期信息将依法报送金融信用信息基础数据库。", "由此产生的一切法律责任由您本人承担。",
                         "我司将按合同约定追究您的违约责任。", "逾期记录将上报征信系统，影响您的个人信用。",
                         "根据《中华人民共和国民法典》第六百七十六条，您应当支付逾期利息。"],
        "objection_channel": ["如对上述欠款有异议，请于7日内致电客服核实。", "如有异议，可通过官方APP提交相关证明材料。",
                              "投诉渠道：官方APP“在线客服”。", "如对账单存在争议，可向我行申请复核。",
                              "若您认为欠款信息有误，请提交相关证据材料，我行将核实处理。"],
        "seal": ["（盖章）", "【业务专用章】", "[章]", "（信用卡中心业务专用章）", "本函加盖电子签章。", "（公章）"],
    }


# Sentences any letter may hold: they must not count as any element.
DISTRACTORS = ["如有疑问，请联系我们。", "请勿向任何个人账户转账，谨防诈骗。", "感谢您的理解与配合。",
               "如您已还款，请忽略本函。", "我司依法合规开展催收工作。", "请尽快处理。", "温馨提示：按时还款有助于维护良好信用。",
               "您的账单明细已发送至App消息中心。", "本函仅作还款提醒。", "请您通过官方渠道还款。",
               "如有还款困难，可与我们协商。", "请妥善保管本函。",
               # generic addresses, the bare overdue opening, the issuer's staff and accounts: none is an element
               "尊敬的用户：", "致借款人：", "您好：", "您的借款已逾期，现将有关情况通知如下：", "联系人：韩女士。",
               "我司工作人员将在3个工作日内与您联系。"]
TITLES = ["催收函", "逾期还款提醒函", "债务催缴通知书", "信用卡逾期催收函", "关于逾期借款的告知函"]
ORDER = ["letter_number", "debtor_id", "days_overdue", "amount", "deadline", "repay_channel",
         "contact", "objection_channel", "legal_notice", "seal", "issue_date"]
_S2T = opencc.OpenCC("s2t")
_FULL_WIDTH = str.maketrans("0123456789,.:", "０１２３４５６７８９，．：")


def make_letter(rng: random.Random, elements: list[str]) -> tuple[str, set[str]]:
    """One letter and the set of profile elements it omits."""
    dropped = set(rng.sample(elements, rng.choice([0, 0, 1, 1, 1, 2, 2, 3])))
    company = rng.choice(COMPANIES)
    pools = _phrasings(rng)
    parts = [company, rng.choice(TITLES)]
    for element in ORDER:
        if element in elements and element not in dropped:
            parts.append(rng.choice(pools[element]).replace("{company}", company))
        if rng.random() < 0.35:
            parts.append(rng.choice(DISTRACTORS))
    if "issue_date" in dropped and rng.random() < 0.5:
        parts.append(company)
    text = rng.choice(["\n", "\n\n", "", "\n　　"]).join(parts) if rng.random() < 0.9 else "".join(parts)
    if rng.random() < 0.2:
        text = text.translate(_FULL_WIDTH)
    if rng.random() < 0.2:
        text = _S2T.convert(text)
    return text, dropped


def evaluate(letters: int, seed: int, profile: str) -> tuple[Counter, Counter, Counter, float]:
    rng = random.Random(seed)
    analyser = NoticeAnalyser.from_lexicons(notice_profile=profile)
    elements = list(analyser.profile.elements)
    corpus = [make_letter(rng, elements) for _ in range(letters)]
    tp, fp, fn = Counter(), Counter(), Counter()
    started = time.perf_counter()
    predictions = [set(analyser.missing_elements(text)) for text, _ in corpus]
    elapsed = time.perf_counter() - started
    for (_, truth), predicted in zip(corpus, predictions):
        for element in elements:
            if element in predicted and element in truth:
                tp[element] += 1
            elif element in predicted:
                fp[element] += 1
            elif element in truth:
                fn[element] += 1
    return tp, fp, fn, elapsed


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for profile in ("default", "credit-card"):
        tp, fp, fn, elapsed = evaluate(args.letters, args.seed, profile)
        print(f"profile {profile}: {args.letters} letters, {elapsed * 1000:.0f} ms "
              f"({args.letters / elapsed:,.0f} letters/s)")
        print(f"  {'element':<18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
        for element in sorted(set(tp) | set(fp) | set(fn)):
            p, r, f = _f1(tp[element], fp[element], fn[element])
            print(f"  {element:<18} {p:6.3f} {r:6.3f} {f:6.3f} {tp[element]:4d} {fp[element]:3d} {fn[element]:3d}")
        p, r, f = _f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
        print(f"  {'all (micro)':<18} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
