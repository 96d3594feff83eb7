"""The same scan on a Dask cluster: each worker scans slices of the input files with the same analysers.

Slices come from `audit.readers.plan_spans` (JSON Lines or Parquet), so each worker reads only its own
part and memory stays bounded by the slice size. Results come back in file order, so the findings file
is the same as a single-machine scan's. Duplicate message ids are checked within a slice only.
Workers need this package and its rule packs installed, as on the machine that starts the scan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from audit.analysers import build_analysers
from audit.analysers.base import MessageAnalyser
from audit.errors import AuditError, InputRecordError
from audit.finding import Finding
from audit.pipeline import ScanCounts, scan_records
from audit.readers import Span, iter_messages, plan_spans


@dataclass
class SpanResult:
    findings: list[dict]
    rejects: list[dict]      # InputRecordError.to_dict(): exceptions with extra fields do not pickle
    counts: ScanCounts


@lru_cache(maxsize=4)
def _worker_analysers(names: tuple[str, ...], options: tuple[tuple[str, object], ...]) -> list[MessageAnalyser]:
    """Built once per worker process, not once per slice: building loads every rule pack."""
    return build_analysers(list(names), **dict(options))


def scan_span(path: str, span: Span, names: tuple[str, ...], options: tuple[tuple[str, object], ...]) -> SpanResult:
    """Scan one slice (runs on a worker)."""
    counts, rejects = ScanCounts(), []
    records = iter_messages(path, span=span)
    findings = [f.to_dict() for f in scan_records(records, _worker_analysers(names, options), counts,
                                                  lambda error: rejects.append(error.to_dict()))]
    return SpanResult(findings, rejects, counts)


def scan_on_cluster(paths: list[str], names: list[str], options: dict, address: str, counts: ScanCounts,
                    on_reject: Callable[[InputRecordError], None], span_bytes: int = 64 << 20) -> Iterator[Finding]:
    """Scan `paths` on the cluster at `address` ('local' or 'local:N' starts N worker processes here)."""
    frozen = tuple(sorted(options.items()))
    with _client(address) as client:
        for path in paths:
            spans = plan_spans(path, span_bytes)
            futures = client.map(scan_span, [str(path)] * len(spans), spans, names=tuple(names),
                                 options=frozen, pure=False)
            for future in futures:
                result = future.result()
                counts.merge(result.counts)
                for reject in result.rejects:
                    on_reject(InputRecordError(reject["file"], reject["line"], reject["field"], reject["reason"]))
                yield from (Finding.from_dict(f) for f in result.findings)


@contextmanager
def _client(address: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise AuditError("a cluster scan needs Dask: pip install 'collection-audit[dask]'") from None
    if address == "local" or address.startswith("local:"):
        workers = int(address.partition(":")[2] or 2)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client
