"""Synthetic contact logs and debtor events for benchmarks and demos (all invented, no real people).

    python -m benchmarks.gen_contacts 100000 contacts.parquet [--events events.jsonl] [--seed 7]

`generate_contacts(n)` builds the log with numpy, a column at a time, in the same compact dtypes
`audit.contacts.read_contacts` returns, so a benchmark can analyse ten million rows without first
writing and parsing them. Shape: about 10 contacts per debtor over 30 days, mostly calls and SMS in
Shanghai daytime, a tail at night, bursts of repeated calls, some third-party contacts; recipients
are opaque hashes, never phone numbers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from audit.contacts import ENUMS, NS_PER_DAY
from audit.vocabulary import CONTACT_CHANNELS, DEBTOR_EVENTS

START = pd.Timestamp("2026-03-01T00:00:00+08:00").value     # UTC ns of local midnight, Shanghai
CST_NS = 8 * 3600 * 10**9


def generate_contacts(n: int, *, days: int = 30, contacts_per_debtor: int = 10, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n_debtors = max(1, n // contacts_per_debtor)
    debtor = rng.integers(0, n_debtors, n)
    # Local wall-clock: mostly 09:00-21:00, one contact in 50 at night; bursts put several on one day.
    day = rng.integers(0, days, n)
    burst = (rng.random(n_debtors) < 0.05)[debtor]     # one debtor in 20 gets all contacts in 3 days
    day = np.where(burst, rng.integers(0, 3, n), day)
    hour_ns = np.where(rng.random(n) < 0.02, rng.uniform(0, 8, n), rng.uniform(9, 21, n)) * 3600 * 10**9
    local = day * NS_PER_DAY + hour_ns.astype(np.int64) // 10**9 * 10**9
    channel = rng.choice(len(CONTACT_CHANNELS), n, p=[0.6, 0.3, 0.05, 0.03, 0.02])
    to_third_party = rng.random(n) < 0.08
    outcome = np.where(channel == 0, rng.choice([0, 1, 2, 3], n, p=[0.35, 0.45, 0.1, 0.1]), 4)
    # A debtor has up to three numbers; third parties have their own.
    number = np.where(to_third_party, n_debtors * 3 + rng.integers(0, n_debtors, n), debtor * 3 + rng.integers(0, 3, n))
    with_zone = rng.random(n) < 0.05
    return pd.DataFrame({
        "contact_id": pd.Series(np.char.add("CT", np.arange(n).astype("U12")), dtype="str"),
        "campaign_id": _category("CMP-2026-", debtor % 20),
        "debtor_id": _category("D", debtor),
        "channel": pd.Categorical.from_codes(channel, dtype=ENUMS["channel"]),
        "timestamp": pd.to_datetime(START + local, utc=True),
        "recipient_type": pd.Categorical.from_codes(to_third_party.astype(np.int8), dtype=ENUMS["recipient_type"]),
        "recipient": _category("h", number),
        "outcome": pd.Categorical.from_codes(outcome, dtype=ENUMS["outcome"]),
        "duration_s": np.where(outcome == 0, rng.exponential(90, n), 0).astype(np.float32),
        "agent_id": _category("A", rng.integers(0, 500, n)),
        # Debtors living in Xinjiang time (UTC+6), one contact in twenty.
        "recipient_tz": pd.Categorical(np.where(with_zone, "Asia/Urumqi", None)),
    })


def generate_events(contacts: pd.DataFrame, share: float = 0.02, *, seed: int = 1) -> pd.DataFrame:
    """Status events for a share of the debtors, at random times in the log's span."""
    rng = np.random.default_rng(seed)
    debtors = contacts["debtor_id"].cat.categories
    chosen = rng.choice(len(debtors), max(1, int(len(debtors) * share)), replace=False)
    ts = contacts["timestamp"]
    span = rng.uniform(0, 1, len(chosen)) * (ts.max() - ts.min()).value + ts.min().value
    return pd.DataFrame({
        "debtor_id": pd.Categorical(debtors[chosen]),
        "timestamp": pd.to_datetime(span.astype(np.int64), utc=True),
        "event": pd.Categorical.from_codes(rng.integers(0, len(DEBTOR_EVENTS), len(chosen)), dtype=ENUMS["event"]),
        "channel": pd.Categorical.from_codes(rng.choice([-1, 0, 1], len(chosen)), dtype=ENUMS["channel"]),
    })


def _category(prefix: str, codes: np.ndarray) -> pd.Categorical:
    """Ids as a categorical built from the distinct codes only (cheap for ten million rows)."""
    uniques, inverse = np.unique(codes, return_inverse=True)
    return pd.Categorical.from_codes(inverse, categories=np.char.add(prefix, uniques.astype("U12")))


def write(frame: pd.DataFrame, path: Path) -> None:
    """Parquet, CSV or JSON Lines by extension; timestamps as ISO 8601 with the Shanghai offset."""
    out = frame.copy()
    out["timestamp"] = (out["timestamp"].dt.tz_convert("Asia/Shanghai")
                        .dt.strftime("%Y-%m-%dT%H:%M:%S+08:00"))
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        out.to_parquet(path, index=False)
    elif suffix == ".csv":
        out.to_csv(path, index=False)
    else:
        out.to_json(path, orient="records", lines=True, force_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out", type=Path, help="contacts file: .parquet, .csv or .jsonl")
    parser.add_argument("--events", type=Path, default=None, help="also write debtor events here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    contacts = generate_contacts(args.rows, seed=args.seed)
    write(contacts, args.out)
    if args.events:
        write(generate_events(contacts, seed=args.seed + 1), args.events)
    print(f"wrote {len(contacts)} contacts to {args.out}" + (f" and events to {args.events}" if args.events else ""))


if __name__ == "__main__":
    main()
