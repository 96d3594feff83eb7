"""`python -m benchmarks.scan_scale`: `audit scan` on growing files; peak memory must not grow with them.

Builds JSON Lines files of N messages by repeating the sample campaign (`samples/campaign.jsonl`) with fresh
message ids, runs `audit scan` on each in a child process, and prints messages/s and the child's peak RSS.
With `--dask local:N` it also runs the cluster path on the largest file. The machine has 2 cores shared
with whatever else runs: timings are noisy, memory figures are not.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "campaign.jsonl"


def build(path: Path, count: int) -> None:
    base = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = dict(base[i % len(base)], message_id=f"S{i:09d}")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_scan(path: Path, analyzers: str, dask: str | None) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `audit scan` child process."""
    cmd = [sys.executable, "-m", "audit.cli", "scan", str(path), "--analyzers", analyzers,
           "--out", str(path.with_suffix(".findings.jsonl"))]
    if dask:
        cmd += ["--dask", dask]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@click.command()
@click.option("--sizes", default="20000,100000,400000", show_default=True, help="Message counts to try.")
@click.option("--analyzers", default="wording,notice", show_default=True)
@click.option("--dask", default=None, help="Also scan the largest file on this cluster, e.g. local:2.")
def main(sizes: str, analyzers: str, dask: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'messages':>10} {'MB':>8} {'seconds':>8} {'msg/s':>9} {'peak RSS MB':>12}   ({analyzers})")
        largest = None
        for count in (int(s) for s in sizes.split(",")):
            path = Path(tmp) / f"m{count}.jsonl"
            build(path, count)
            seconds, rss = run_scan(path, analyzers, None)
            size = path.stat().st_size / 1e6
            print(f"{count:>10} {size:>8.1f} {seconds:>8.1f} {count / seconds:>9.0f} {rss:>12.0f}")
            largest = (path, count)
        if dask and largest:
            seconds, _ = run_scan(largest[0], analyzers, dask)
            print(f"dask {dask}: {largest[1]} messages in {seconds:.1f} s ({largest[1] / seconds:.0f} msg/s, "
                  "including cluster start-up)")
    print("peak RSS is the largest child so far: it stays flat when memory does not grow with the file")


if __name__ == "__main__":
    main()
