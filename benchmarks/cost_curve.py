"""`python -m benchmarks.cost_curve`: cost per message of each analyser on adversarial shapes, 200 → 8,000 chars.

Each shape is a short unit repeated to the length (issue 10): an insult (不要脸, holding the negator 不要), a
negator-heavy clause (clause negators, scope keepers, conditions and a hit, no punctuation), a sentence with a
phone number, 区 / 客户张 / 京A12345， / 北京市朝阳区建国路88号 (address, person and plate recognizers), runs of
surnames (jieba's HMM over unknown characters), phone numbers in full-width and spoken digits, Latin letters (the
e-mail regex) and digits (a regex a search can enter anywhere in a run of digits, such as \\d+元, costs the square of the run).
For each analyser and shape the run prints milliseconds per message at each length and the ratio per doubling
(geometric mean of t(2n)/t(n) from 1k to 8k: 2 is linear, 4 quadratic, 8 cubic), and marks with "!" a shape
whose 2,000-character message costs over 50 ms (the issue's bound). Figures are CPU time of this thread, best of
`--repeat` runs, so that other work on a shared machine inflates them less; once one message costs over
`--budget` seconds the longer ones of that shape are skipped (printed as "-").

    python -m benchmarks.cost_curve [--analyzers wording,pii,notice] [--sizes 200,500,...] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import math
import time
from collections.abc import Callable

from audit.analysers import analyser_class
from audit.message import Message

SIZES = (200, 500, 1000, 2000, 4000, 8000)
BOUND_CHARS, BOUND_MS = 2000, 50.0
SHAPES = {
    "insult": "不要脸",
    "negators": "我们绝不会因为逾期就不要再上门",
    "phone": "请尽快回电13812345678处理欠款，",
    "district": "区",
    "surname": "客户张",
    "plate": "京A12345，",
    "letters": "abcdefghij",
    "digits": "1234567890",
    "surnames": "张王李赵",
    "one_surname": "张",                          # one stretch of unknown characters for jieba's HMM
    "full_width_phone": "１３８－１２３４－５６７８，",
    "spoken_phone": "幺三八幺二三四五六七八，",
    "address": "北京市朝阳区建国路88号",
}


def shape_text(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def message_for(analyser: str, text: str) -> Message:
    """An SMS (a notice for the notice analyser) to a third party, so that every rule applies."""
    channel = "notice" if analyser == "notice" else "sms"
    return Message("cost-curve", "cost-curve", channel, text=text, recipient_type="third_party")


def cost_ms(analyse: Callable[[Message], object], message: Message, repeat: int) -> float:
    """Best of `repeat` runs, CPU milliseconds of this thread, with the garbage collector off during each run (as
    `timeit` does): a full collection costs with the size of the process's heap, not of the message (0.4 s over a
    heap of 6M objects, more in a test worker that has run thousands of tests), and one run over a second ends the
    measure."""
    best = math.inf
    for _ in range(repeat):
        collecting = gc.isenabled()
        gc.disable()
        try:
            start = time.thread_time_ns()
            analyse(message)
            best = min(best, (time.thread_time_ns() - start) / 1e6)
        finally:
            if collecting:
                gc.enable()
        if best > 1000:
            break           # a second per run: one run tells enough
    return best


def curve(analyse: Callable[[Message], object], analyser: str, unit: str, sizes: tuple[int, ...], repeat: int,
          budget_s: float) -> dict[int, float]:
    costs: dict[int, float] = {}
    for size in sizes:
        costs[size] = cost_ms(analyse, message_for(analyser, shape_text(unit, size)), repeat)
        if costs[size] > budget_s * 1000:
            break
    return costs


def ratio_per_doubling(costs: dict[int, float]) -> float | None:
    """Geometric mean of t(2n)/t(n) over the doublings from 1,000 characters up (all there are, when fewer)."""
    doublings = [(n, 2 * n) for n in costs if 2 * n in costs and costs[n] > 0]
    upper = [(a, b) for a, b in doublings if a >= 1000] or doublings
    if not upper:
        return None
    return math.exp(sum(math.log(costs[b] / costs[a]) for a, b in upper) / len(upper))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyzers", default="wording,pii,notice")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per message before longer ones are skipped")
    args = parser.parse_args()
    sizes = tuple(int(s) for s in args.sizes.split(","))
    width = max(map(len, SHAPES))
    header = f"{'analyser':<9} {'shape':<{width}}" + "".join(f"{s:>9}" for s in sizes) + f"{'x/2n':>7}  ms per message"
    print(header)
    over = []
    for name in args.analyzers.split(","):
        analyser = analyser_class(name).from_lexicons()
        for unit in SHAPES.values():        # warm-up: tables and recognizers loaded on first use
            analyser.analyse(message_for(name, shape_text(unit, sizes[0])))
        for shape, unit in SHAPES.items():
            costs = curve(analyser.analyse, name, unit, sizes, args.repeat, args.budget)
            ratio = ratio_per_doubling(costs)
            slow = costs.get(BOUND_CHARS, 0.0) > BOUND_MS or (BOUND_CHARS in sizes and BOUND_CHARS not in costs)
            if slow:
                over.append(f"{name}/{shape}")
            cells = "".join(f"{costs[s]:>9.1f}" if s in costs else f"{'-':>9}" for s in sizes)
            print(f"{name:<9} {shape:<{width}}{cells}{(f'{ratio:.2f}' if ratio else '-'):>7}  {'!' if slow else ''}")
    print(f"over {BOUND_MS:.0f} ms at {BOUND_CHARS} chars: {', '.join(over) if over else 'none'}")


if __name__ == "__main__":
    main()
