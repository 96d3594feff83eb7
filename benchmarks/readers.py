"""Reader throughput and peak memory: `python -m benchmarks.readers [--messages N] [--contacts N]`.

Generates synthetic messages (4 in 5 SMS, 1 in 5 calls with turns) and a contact log in a temporary
folder, in JSON Lines, CSV and Parquet, then times `iter_messages` and `iter_frames` on each, every run
in a fresh process so that its peak resident memory is its own. Figures are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import resource
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

MESSAGE_COLUMNS = ["message_id", "campaign_id", "channel", "text", "turns", "sent_at", "debtor_id"]
CONTACT_COLUMNS = ["contact_id", "campaign_id", "debtor_id", "channel", "timestamp", "recipient_type", "outcome",
                   "duration_s"]
CST = timezone(timedelta(hours=8))


def message_rows(count: int) -> list[dict]:
    rows = []
    for i in range(count):
        row = {"message_id": f"m{i}", "campaign_id": "CMP-2024-05", "sent_at": "2024-05-03T10:15:00+08:00",
               "debtor_id": f"D{i % 9000:05d}"}
        if i % 5 == 0:
            row.update(channel="call", turns=[{"speaker": "agent", "text": "您好，这里是某某消费金融，请问是本人吗？", "start": 0, "end": 3},
                                              {"speaker": "customer", "text": "是我，月底前还。", "start": 3, "end": 5}])
        else:
            row.update(channel="sms", text=f"【某某消费金融】尊敬的客户，您的借款已逾期{i % 90 + 1}天，应还金额{i % 9000 + 100}.00元，请尽快还款。")
        rows.append(row)
    return rows


def write_messages(folder: Path, count: int) -> list[Path]:
    rows = message_rows(count)
    jsonl, csv_path, parquet = folder / "messages.jsonl", folder / "messages.csv", folder / "messages.parquet"
    with open(jsonl, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    flat = [{c: json.dumps(r[c], ensure_ascii=False) if c == "turns" and c in r else r.get(c) for c in MESSAGE_COLUMNS}
            for r in rows]
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, MESSAGE_COLUMNS)
        writer.writeheader()
        writer.writerows(flat)
    pq.write_table(pa.Table.from_pylist(flat), parquet)
    return [jsonl, csv_path, parquet]


def write_contacts(folder: Path, count: int) -> list[Path]:
    jsonl, csv_path, parquet = folder / "contacts.jsonl", folder / "contacts.csv", folder / "contacts.parquet"
    start = datetime(2024, 5, 1, tzinfo=CST)
    batch: list[list[str]] = []
    writer_pq = pq.ParquetWriter(parquet, pa.schema([(c, pa.string()) for c in CONTACT_COLUMNS]))
    with open(jsonl, "w", encoding="utf-8") as out_jsonl, open(csv_path, "w", encoding="utf-8", newline="") as out_csv:
        writer = csv.writer(out_csv)
        writer.writerow(CONTACT_COLUMNS)
        for i in range(count):
            row = [f"K{i}", "CMP-2024-05", f"D{i % 50_000:05d}", "call" if i % 3 else "sms",
                   (start + timedelta(seconds=7 * i)).isoformat(), "debtor", "connected", str(i % 300)]
            writer.writerow(row)
            out_jsonl.write(json.dumps(dict(zip(CONTACT_COLUMNS, row))) + "\n")
            batch.append(row)
            if len(batch) == 100_000 or i == count - 1:
                writer_pq.write_table(pa.Table.from_pylist([dict(zip(CONTACT_COLUMNS, r)) for r in batch]))
                batch = []
    writer_pq.close()
    return [jsonl, csv_path, parquet]


def measure(kind: str, path: str) -> tuple[int, float, float]:
    """Records read, seconds, and this process's peak resident memory in MB (run in a fresh process)."""
    from audit.readers import iter_frames, iter_messages

    started = time.perf_counter()
    if kind == "messages":
        count = sum(1 for _ in iter_messages(path))
    else:
        count = sum(len(chunk.frame) + len(chunk.errors) for chunk in iter_frames(path))
    seconds = time.perf_counter() - started
    return count, seconds, peak_memory_mb()


def peak_memory_mb() -> float:
    """Peak resident memory of this process. VmHWM, since ru_maxrss survives exec and would include the parent's."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    args = parser.parse_args()
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runs = [("messages", p) for p in write_messages(folder, args.messages)]
        runs += [("frames", p) for p in write_contacts(folder, args.contacts)]
        print(f"{'reader':<14}{'file':<18}{'MB':>7}{'records':>10}{'seconds':>9}{'records/s':>12}{'peak RSS MB':>13}")
        for kind, path in runs:
            with spawn.Pool(1) as pool:
                count, seconds, peak = pool.apply(measure, (kind, str(path)))
            reader = "iter_messages" if kind == "messages" else "iter_frames"
            size = path.stat().st_size / 2**20
            print(f"{reader:<14}{path.name:<18}{size:>7.0f}{count:>10}{seconds:>9.2f}{count / seconds:>12,.0f}{peak:>13.0f}")


if __name__ == "__main__":
    main()
