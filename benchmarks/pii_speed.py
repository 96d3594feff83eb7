"""`python -m benchmarks.pii_speed`: cost of the whole `pii` analyser per SMS, side by side with a minimal
Presidio set-up (../shared/reference/presidio-zh.md: blank Chinese spaCy with jieba, three pattern
recognizers, ~0.29 ms per SMS), in one run on the same messages; and start-up time.

Messages: every SMS in samples/campaign.jsonl and benchmarks/data/*_labelled.jsonl (written by the
team, invented people and numbers). Each method runs 200 warm-up messages, then every message
`ROUNDS` times, the methods taking turns message by message so that a busy moment costs them all
alike; figures are per message, in microseconds. The machine's two cores are shared with other
work, so figures move between runs: compare the rows of one run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples" / "campaign.jsonl", *sorted((ROOT / "benchmarks" / "data").glob("*_labelled.jsonl"))]
ROUNDS = 3
WARM_UP = 200
# Wall and CPU time: on a shared machine CPU time is the closer figure to an idle machine's wall time.
STARTUP = ("import time; t, c = time.perf_counter(), time.process_time(); "
           "from audit.analysers.pii import PiiAnalyser; a = PiiAnalyser.from_lexicons(); "
           "built, built_cpu = time.perf_counter() - t, time.process_time() - c; "
           "from audit.message import Message; "
           "a.analyse(Message('m', 'c', 'sms', text='尊敬的张伟先生，请致电13812345678')); "
           "print(built, built_cpu, time.perf_counter() - t, time.process_time() - c)")


def sms_texts() -> list[str]:
    texts = []
    for path in SOURCES:
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                texts += [r["text"] for r in map(json.loads, handle) if r.get("channel") == "sms" and r.get("text")]
    return texts


def minimal_presidio() -> Callable[[str], object]:
    """The reference's minimal set-up: ZhJiebaNlpEngine + ID, mobile and card pattern recognizers."""
    from audit.recognizers.cn_bank_card import CnBankCardRecognizer
    from audit.recognizers.cn_id_card import CnIdCardRecognizer
    from audit.recognizers.cn_mobile import CnMobileRecognizer
    from audit.recognizers.engine import LANGUAGE, build_analyzer_engine

    engine = build_analyzer_engine([CnIdCardRecognizer(), CnMobileRecognizer(), CnBankCardRecognizer()], 0.0)
    return lambda text: engine.analyze(text, language=LANGUAGE)


def per_message_us(methods: dict[str, Callable[[str], object]], texts: list[str]) -> dict[str, list[float]]:
    for run in methods.values():
        for text in (texts * (WARM_UP // len(texts) + 1))[:WARM_UP]:
            run(text)
    timings: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(ROUNDS):
        for text in texts:
            for name, run in methods.items():
                started = time.perf_counter_ns()
                run(text)
                timings[name].append((time.perf_counter_ns() - started) / 1000)
    return timings


def startup_seconds() -> list[float]:
    """Build the analyser, then build + first message, in a fresh process, imports included: wall, CPU."""
    out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    from audit.analysers.pii import PiiAnalyser
    from audit.message import Message
    from audit.recognizers.finder import EntityFinder

    texts = sms_texts()
    analyser = PiiAnalyser.from_lexicons()
    finder: EntityFinder = analyser.finder
    messages = {t: Message("m", "c", "sms", text=t, recipient_type="debtor") for t in texts}
    methods = {
        "minimal Presidio (3 recognizers)": minimal_presidio(),
        "pii analyser (all, gated)": lambda t: analyser.analyse(messages[t]),
        "find_entities (gated)": finder.find,
        "all recognizers, full Presidio": finder.find_full,
    }
    print(f"{len(texts)} SMS ({', '.join(p.name for p in SOURCES if p.exists())}), {ROUNDS} rounds, µs per message")
    print(f"  {'':<36} {'median':>8} {'mean':>8} {'p99':>8}")
    for name, timings in per_message_us(methods, texts).items():
        timings.sort()
        p99 = timings[int(len(timings) * 0.99) - 1]
        print(f"  {name:<36} {statistics.median(timings):8.1f} {statistics.fmean(timings):8.1f} {p99:8.1f}")
    built, built_cpu, first, first_cpu = startup_seconds()
    print(f"start-up (fresh process, imports included): build {built:.2f} s wall / {built_cpu:.2f} s CPU; "
          f"with the first message {first:.2f} s wall / {first_cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
