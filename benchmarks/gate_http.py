"""Gate over HTTP on loopback: `python -m benchmarks.gate_http [--duration S] [--rates R,R,...]`.

Starts `audit serve` (one uvicorn process, SQLite history file) in a subprocess and drives it from a
load generator in a second process, both on 127.0.0.1 only. Requests are `POST /v1/check` bodies:
the SMS of benchmarks/data/wording_labelled.jsonl, each with a debtor and a send time, so the
contact rules read the history.

The load generator is open-loop: request i is due at start + i/rate whatever happened to earlier
ones, and its latency runs from when it was due (so a stalled server cannot hide its queue). It is
a small HTTP/1.1 keep-alive client on asyncio streams, cheaper per request than httpx, so that on a
2-core machine it leaves the server its core. With `wrk` installed (Debian package), a closed-loop
`wrk` run also measures the saturation throughput.

Prints one line per offered rate (achieved rate, p50, p99, errors) up to saturation, then the target
run: 1,000 req/s for --duration seconds (default 60), which should hold with zero errors and
p99 <= 20 ms. Everything is bounded in count and time. Figures are noisy on a shared machine:
at 1,000 req/s the server needs about one core of two, so another job busy on a core pushes it past
capacity and its queue (hence p99) grows for as long as that job runs. The target run therefore
prints how much CPU other processes took meanwhile, and how late the generator itself sent.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.gate_latency import as_contacts, labelled

TARGET_RATE, TARGET_P99_MS = 1000, 20.0
MAX_CONNECTIONS = 128
SATURATED_P99_MS = 200.0        # past this (or achieving < 90% of the offered rate) the curve stops


# ---------------------------------------------------------------- the load generator (its own process)


def _request(body: bytes) -> bytes:
    return (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    writer.write(request)
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def _offer(port: int, requests: list[bytes], rate: float, duration: float) -> dict:
    loop = asyncio.get_running_loop()
    idle: asyncio.Queue = asyncio.Queue()
    opened = 0
    latencies: list[float] = []
    lateness: list[float] = []      # how late the generator itself sent each request
    errors: Counter = Counter()

    async def connection():
        nonlocal opened
        if idle.empty() and opened < MAX_CONNECTIONS:
            opened += 1
            return await asyncio.open_connection("127.0.0.1", port)
        return await idle.get()

    async def one(due: float, request: bytes) -> None:
        nonlocal opened
        lateness.append(loop.time() - due)
        reader, writer = await connection()
        try:
            status = await asyncio.wait_for(_exchange(reader, writer, request), timeout=10)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            errors[type(exc).__name__] += 1
            writer.close()
            opened -= 1
            return
        if status != 200:
            errors[f"HTTP {status}"] += 1
        latencies.append(loop.time() - due)
        idle.put_nowait((reader, writer))

    total = int(rate * duration)
    start = loop.time() + 0.05
    # Only the requests in flight are kept: a list of every finished task grows the heap that each of the
    # generator's own full GC passes walks (measured 30-300 ms pauses by the end of a 60 s run).
    pending: set[asyncio.Task] = set()
    most_connections = 0
    for i in range(total):
        due = start + i / rate
        if due > loop.time():
            await asyncio.sleep(due - loop.time())
        task = asyncio.create_task(one(due, requests[i % len(requests)]))
        pending.add(task)
        task.add_done_callback(pending.discard)
        most_connections = max(most_connections, opened)
    unfinished = 0
    if pending:
        _, still = await asyncio.wait(set(pending), timeout=duration + 30)
        unfinished = len(still)
    if unfinished:
        errors["unfinished"] = unfinished
    finished = loop.time()
    while not idle.empty():
        idle.get_nowait()[1].close()
    return {"offered": rate, "sent": total, "completed": len(latencies), "seconds": finished - start,
            "latencies": sorted(latencies), "lateness": sorted(lateness), "connections": most_connections,
            "errors": dict(errors)}


def _generator(port: int, requests: list[bytes], rate: float, duration: float, results) -> None:
    # The generator's own GC pauses would be charged to the server (latency runs from when a request was
    # due): its few long-lived objects are frozen, and what it makes per request is freed by reference counting.
    gc.freeze()
    gc.disable()
    started = time.process_time()
    result = asyncio.run(_offer(port, requests, rate, duration))
    result["generator_cpu"] = time.process_time() - started
    results.put(result)


def offer(port: int, requests: list[bytes], rate: float, duration: float) -> dict:
    """Run the load generator in a separate process for one offered rate."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_generator, args=(port, requests, rate, duration, results))
    process.start()
    try:
        return results.get(timeout=duration + 120)
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()


# ---------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path, policy: str, workers: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    with open(folder / "server.log", "wb") as log:     # JSON lines, one per request, as deployed
        server = subprocess.Popen(
            [sys.executable, "-W", "ignore", "-c", "from audit.cli import main; main()", "serve", "--host", "127.0.0.1",
             "--port", str(port), "--policy", policy, "--store", f"sqlite:///{folder / 'gate.db'}",
             "--workers", str(workers)],
            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited; see {folder / 'server.log'}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                if b" 200 " in s.recv(1024):
                    return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not come up within 120 s")


def wrk_saturation(port: int, body: bytes, duration: float, connections: int = 16) -> str | None:
    if shutil.which("wrk") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        # The body goes through a file: Lua string literals know no \u escapes.
        (Path(folder) / "body.json").write_bytes(body)
        script = Path(folder) / "post.lua"
        script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                          f'local f = io.open("{folder}/body.json", "rb")\nwrk.body = f:read("*all")\nf:close()\n')
        out = subprocess.run(["wrk", "-t", "1", "-c", str(connections), "-d", f"{max(1, int(duration))}s", "--latency",
                              "-s", str(script), f"http://127.0.0.1:{port}/v1/check"],
                             capture_output=True, text=True, timeout=duration + 60).stdout
    keep = [line.strip() for line in out.splitlines()
            if line.strip().startswith(("50%", "99%", "Requests/sec", "Non-2xx", "Socket errors"))]
    return f"wrk -c {connections} (closed loop, saturation): " + "; ".join(keep)


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU of the server and its worker processes (-1 without psutil): unlike latency on a
    shared machine, this does not depend on what else is running."""
    try:
        import psutil
    except ImportError:
        return -1.0
    processes = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return sum(sum(p.cpu_times()[:2]) for p in processes)


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy, every process together (-1 without psutil)."""
    try:
        import psutil
    except ImportError:
        return -1.0
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


# ---------------------------------------------------------------- report


def summary(result: dict) -> str:
    lat = result["latencies"]
    pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")  # noqa: E731
    achieved = result["completed"] / result["seconds"] if result["seconds"] > 0 else 0.0
    errors = sum(result["errors"].values())
    late = result["lateness"]
    return (f"offered {result['offered']:>6.0f} req/s  achieved {achieved:>7.1f}  p50 {pick(0.5):7.2f} ms  "
            f"p99 {pick(0.99):8.2f} ms  max {pick(1.0):8.2f} ms  errors {errors}"
            + (f" {result['errors']}" if result["errors"] else "")
            + f"  [generator sent late by p99 {late[int(0.99 * (len(late) - 1))] * 1000:.1f} ms, max "
              f"{late[-1] * 1000:.1f} ms; {result['connections']} connections]")


def saturated(result: dict) -> bool:
    lat = result["latencies"]
    achieved = result["completed"] / result["seconds"] if result["seconds"] > 0 else 0.0
    return (not lat or achieved < 0.9 * result["offered"] or lat[int(0.99 * (len(lat) - 1))] * 1000 > SATURATED_P99_MS
            or bool(result["errors"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=60, help="seconds of the 1,000 req/s target run")
    parser.add_argument("--step-duration", type=float, default=10, help="seconds per offered rate on the curve")
    parser.add_argument("--rates", default="250,500,1000,1500,2000,2500,3000,4000",
                        help="offered rates for the curve (stops at saturation)")
    parser.add_argument("--policy", default="cn-default")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (audit serve --workers)")
    args = parser.parse_args()

    sms = as_contacts([r for r in labelled() if r["channel"] == "sms"])
    requests = [_request(json.dumps(m, ensure_ascii=False).encode("utf-8")) for m in sms]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        server, port = start_server(folder, args.policy, args.workers)
        try:
            offer(port, requests, 200, 3 * args.workers)        # warm-up (every worker)
            print(f"audit serve on 127.0.0.1:{port} ({args.workers} worker process(es)), load generator in another process; "
                  f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
            for rate in (float(r) for r in args.rates.split(",")):
                result = offer(port, requests, rate, args.step_duration)
                print("  " + summary(result), flush=True)
                if saturated(result):
                    print("  (saturated)")
                    break
            wrk = wrk_saturation(port, requests[0].split(b"\r\n\r\n", 1)[1], args.step_duration)
            if wrk:
                print("  " + wrk)
            print(f"  load average before the target run: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
            cpu_before, busy_before = server_cpu_seconds(server.pid), machine_busy_seconds()
            result = offer(port, requests, TARGET_RATE, args.duration)
            cpu = server_cpu_seconds(server.pid) - cpu_before
            if cpu_before >= 0 and result["completed"]:
                # What other processes took while the target ran: the server needs about a core at this rate,
                # so another process busy on one of the two cores leaves it short and its queue grows.
                others = machine_busy_seconds() - busy_before - cpu - result["generator_cpu"]
                print(f"  server CPU per request during the target run: {cpu / result['completed'] * 1000:.3f} ms "
                      f"(so one idle core serves about {result['completed'] / cpu:.0f} req/s); load generator "
                      f"{result['generator_cpu'] / result['completed'] * 1000:.3f} ms; other processes used "
                      f"{others / result['seconds']:.2f} of {os.cpu_count()} cores meanwhile (+-0.1: the kernel counts CPU time by ticks)")
            lat = result["latencies"]
            p99 = lat[int(0.99 * (len(lat) - 1))] * 1000 if lat else float("inf")
            ok = not result["errors"] and result["completed"] == result["sent"] and p99 <= TARGET_P99_MS
            print(f"target {TARGET_RATE} req/s for {args.duration:.0f} s: " + summary(result)
                  + f"  -> {'met' if ok else 'NOT met'} (zero errors, p99 <= {TARGET_P99_MS:.0f} ms)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
