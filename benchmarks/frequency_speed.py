"""Frequency analyser throughput and peak memory on one core.

    python -m benchmarks.frequency_speed [--rows 10000000] [--read-rows 1000000]

Pins itself to one CPU, generates a synthetic log in memory (benchmarks.gen_contacts), then times
`FrequencyAnalyser.analyse` with every rule enabled (cn-default plus daily, rolling and
after-conversation caps) and 2% of debtors with a status event. Prints rows/s and the peak resident
memory of the process (generation included). With --read-rows it also times `read_contacts` on a
Parquet file of that many rows, in a fresh process so its memory is its own.

Target (issue 4): 10 million rows analysed in under 60 s, peak memory under 4 GB. The machine is
shared with other work, so figures are noisy: run twice and take the better.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

from audit.analysers.frequency import FrequencyAnalyser
from audit.policy import Policy, load_policy
from benchmarks.gen_contacts import generate_contacts, generate_events, write


def every_rule_policy() -> Policy:
    return dataclasses.replace(load_policy("cn-default"), daily_cap={"call": 6, "sms": 3},
                               rolling_window_days=7, rolling_cap={"call": 20}, after_conversation_days=2)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def analyse(rows: int) -> None:
    started = time.perf_counter()
    contacts = generate_contacts(rows)
    events = generate_events(contacts)
    generated = time.perf_counter() - started
    size_mb = contacts.memory_usage(deep=True).sum() / 2**20
    print(f"generated {rows:,} contacts ({size_mb:,.0f} MB in memory), {len(events):,} events in {generated:.1f} s")
    started = time.perf_counter()
    findings = FrequencyAnalyser(every_rule_policy()).analyse(contacts, events)
    elapsed = time.perf_counter() - started
    print(f"analysed in {elapsed:.1f} s: {rows / elapsed:,.0f} rows/s, {len(findings):,} findings")
    for rule, count in findings["rule_id"].value_counts().items():
        print(f"  {rule:<44} {count:>10,}")
    print(f"peak RSS {peak_rss_mb():,.0f} MB (generation included)")


def read(rows: int) -> None:
    from audit.contacts import read_contacts

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.parquet"
        write(generate_contacts(rows), path)
        started = time.perf_counter()
        contacts, counts = read_contacts(path)
        elapsed = time.perf_counter() - started
    size_mb = contacts.memory_usage(deep=True).sum() / 2**20
    print(f"read_contacts (Parquet): {counts.read:,} rows in {elapsed:.1f} s, {rows / elapsed:,.0f} rows/s, "
          f"{size_mb:,.0f} MB frame, peak RSS {peak_rss_mb():,.0f} MB (writing the file included)")


def _one_core() -> None:
    import pyarrow as pa

    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    pa.set_cpu_count(1)


def _run(task, rows: int) -> None:
    _one_core()
    task(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--read-rows", type=int, default=0, help="also time read_contacts on this many rows")
    args = parser.parse_args()
    for task, rows in ((analyse, args.rows), (read, args.read_rows)):
        if rows:
            process = multiprocessing.get_context("spawn").Process(target=_run, args=(task, rows))
            process.start()
            process.join()


if __name__ == "__main__":
    main()
