"""Wording analyser speed: start-up, µs per SMS (median, p99) and SMS/s, beside jieba.lcut on the same texts.

    python -m benchmarks.wording_speed [--n 20000] [--seed 7]

Messages are generated from collection-SMS templates (mostly compliant, some abusive or threatening,
some written in traditional characters or with dodges). Per-message figures are CPU time of this thread
(time.thread_time_ns), so other processes competing for a shared machine's cores inflate them less than
wall-clock would; they still vary by 10-30 % between runs (caches, frequency scaling): compare the wording
and jieba columns of one run rather than runs with each other. Start-up is wall-clock.
`--rules-only` leaves the trained classifier out (it is in by default, as in `audit scan`).
Targets: wording at most half of jieba.lcut's cost, >= 20k SMS/s on one core, start-up under 1 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

COMPLIANT = [
    "【{bank}】尊敬的{name}，您尾号{tail}的信用卡本期账单{amount}元，最后还款日{date}，请按时还款。如已还款请忽略。",
    "【{bank}】{name}您好，您的借款已逾期{days}天，应还金额{amount}元，请于{date}前通过官方APP还款，客服电话95{tail}。",
    "{name}先生/女士，您在{bank}的贷款已逾期，为避免影响您的个人征信，请尽快处理。如有困难可申请分期，详询官方客服。",
    "【{bank}】温馨提示：您的账户存在逾期欠款{amount}元。我们不会上门打扰，也绝不会联系您的家人，请主动联系我们协商。",
    "您好，这里是{bank}贷后服务中心，您的欠款{amount}元已逾期{days}天，请在{date}前还款，谨防冒充我司的诈骗电话。",
    "【{bank}】{name}，如您对欠款金额有异议，可在{date}前通过官方渠道提出，我们将在5个工作日内答复。退订回T",
    "尊敬的客户，您本月应还{amount}元，今日为最后还款日。如已还款请忽略本短信，感谢您的支持！",
]
VIOLATING = [
    "{name}，再不还钱就打断你的腿，你家地址我们都有，晚上等着。",
    "你这个老赖，欠{amount}块钱装什么死？明天就去你单位堵你。",
    "傻 逼，{date}前不还，兄弟们就上门找你聊聊。",
    "【{bank}】{name}你個騙子，再不還錢後果自負！",
    "nmsl，电话也不接，出门小心点，你欠的钱跑不掉的。",
]
BANKS = ["安和银行", "青禾消费金融", "北斗白条", "锦程信用卡中心", "远山小贷"]
NAMES = ["张先生", "李女士", "王先生", "赵女士", "陈先生", "刘女士"]


def build_messages(n: int, seed: int, violating_share: float = 0.1) -> list[str]:
    rng = random.Random(seed)
    messages = []
    for _ in range(n):
        template = rng.choice(VIOLATING if rng.random() < violating_share else COMPLIANT)
        messages.append(template.format(
            bank=rng.choice(BANKS), name=rng.choice(NAMES), tail=f"{rng.randrange(10000):04d}",
            amount=f"{rng.randrange(200, 90000):,}", days=rng.randrange(1, 180),
            date=f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"))
    return messages


def per_message_us(function, items: list) -> list[float]:
    timings = []
    clock = time.thread_time_ns
    for item in items:
        start = clock()
        function(item)
        timings.append((clock() - start) / 1000)
    return timings


def describe(label: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    rate = len(timings) / (sum(timings) / 1e6)
    return f"{label:<22} median {statistics.median(ordered):7.1f} µs   p99 {p99:7.1f} µs   {rate:10,.0f} msg/s (CPU)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="number of generated SMS")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rules-only", action="store_true", help="without the trained classifier")
    args = parser.parse_args()

    start = time.perf_counter()
    from audit.analysers.wording import WordingAnalyser
    imported = time.perf_counter()
    analyser = WordingAnalyser.from_lexicons(model=not args.rules_only)
    loaded = time.perf_counter()
    from audit.message import Message
    from audit.normalise import normalise

    texts = build_messages(args.n, args.seed)
    messages = [Message(f"b{i}", "bench", "sms", text=t) for i, t in enumerate(texts)]
    first = time.perf_counter()
    analyser.analyse(messages[0])            # first-message work (lazy tables) counts as start-up
    ready = time.perf_counter()

    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.lcut(texts[0])

    print(f"{len(analyser.rules)} wording rules; {args.n} SMS, mean {statistics.mean(map(len, texts)):.0f} chars")
    print(f"start-up: import {imported - start:.3f} s + load lexicons {loaded - imported:.3f} s "
          f"+ first message {ready - first:.3f} s = {loaded - start + ready - first:.3f} s")
    wording = per_message_us(analyser.analyse, messages)
    jieba_cut = per_message_us(jieba.lcut, texts)
    print(describe("wording.analyse", wording))
    print(describe("  of which normalise", per_message_us(normalise, texts)))
    print(describe("jieba.lcut", jieba_cut))
    print(f"wording / jieba: median {statistics.median(wording) / statistics.median(jieba_cut):.2f}, "
          f"mean {statistics.mean(wording) / statistics.mean(jieba_cut):.2f} (target <= 0.50)")
    flagged = sum(bool(analyser.analyse(m)) for m in messages)
    print(f"messages with a wording finding: {flagged} ({flagged / len(messages):.1%}; ~10% are built to violate)")


if __name__ == "__main__":
    main()
