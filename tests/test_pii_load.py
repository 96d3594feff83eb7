"""The PII speed benchmark's resource figures are the measured process's own: its CPU, not every child's
so far, and the threads it really starts (issue 14: why the scan slows down under load)."""

from __future__ import annotations

import sys

from benchmarks.pii_speed import Run, per_sms_us, timed

BURN = "import time\nstarted = time.process_time()\nwhile time.process_time() - started < 0.4: pass"
THREADS = ("import threading, time\nstop = threading.Event()\n"
           "workers = [threading.Thread(target=stop.wait) for _ in range(3)]\n"
           "[w.start() for w in workers]\ntime.sleep(0.3)\nstop.set()")


def test_each_run_reports_its_own_cpu_not_the_sum_of_earlier_children() -> None:
    burned = timed([sys.executable, "-c", BURN])
    idle = timed([sys.executable, "-c", "pass"])
    assert burned.cpu >= 0.4 and burned.wall >= burned.cpu * 0.5
    assert idle.cpu < 0.3          # an interpreter start-up, not the 0.4 s burned by the run before it
    assert burned.max_rss_mb > 1 and burned.minor_faults > 0 and burned.max_threads == 1


def test_threads_a_run_starts_are_counted_while_it_runs() -> None:
    assert timed([sys.executable, "-c", THREADS]).max_threads == 4


def test_per_sms_cost_leaves_start_up_out() -> None:
    one = Run(wall=2.0, cpu=1.0, max_rss_mb=100, minor_faults=0, major_faults=0, voluntary_switches=0,
              involuntary_switches=0, max_threads=1)
    many = Run(wall=4.0, cpu=2.0, max_rss_mb=100, minor_faults=0, major_faults=0, voluntary_switches=0,
               involuntary_switches=0, max_threads=1)
    assert per_sms_us(one, many, 1001) == (2000.0, 1000.0)
