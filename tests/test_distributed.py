"""Slices of large inputs, and the scan on a (local) Dask cluster giving the same result as one machine."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from audit.errors import AuditError
from audit.pipeline import ScanCounts, scan_records
from audit.readers import iter_messages, plan_spans

TEXTS = ["【安信金融】您的账单已逾期，请尽快还款。", "你这个老赖，再不还钱就打断你的腿！", "如有困难可申请分期还款。",
         "再不还钱我们就去你单位找你领导。"]


def campaign(n: int) -> list[dict]:
    records = [{"message_id": f"m{i}", "campaign_id": "c1", "channel": "sms", "text": TEXTS[i % len(TEXTS)]}
               for i in range(n)]
    records[7]["channel"] = "fax"            # bad records land in different slices
    records[n - 3].pop("campaign_id")
    return records


def write_jsonl(path, records):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(20, "")                     # a blank line shifts line numbers after it
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_spans_cover_the_file_and_keep_line_numbers(tmp_path):
    path = write_jsonl(tmp_path / "m.jsonl", campaign(120))
    spans = plan_spans(path, target_bytes=1500)
    assert len(spans) > 5
    assert spans[0].start == 0 and spans[-1].stop == path.stat().st_size
    assert all(a.stop == b.start for a, b in zip(spans, spans[1:]))
    whole = list(iter_messages(path))
    pieces = [r for span in spans for r in iter_messages(path, span=span)]
    assert [getattr(r, "message_id", None) for r in pieces] == [getattr(r, "message_id", None) for r in whole]
    assert [(e.line, e.field) for e in pieces if isinstance(e, AuditError)] == [(8, "channel"), (119, "campaign_id")]


def test_parquet_spans_are_row_groups_with_row_numbers(tmp_path):
    path = tmp_path / "m.parquet"
    pq.write_table(pa.Table.from_pylist(campaign(100)), path, row_group_size=10)
    spans = plan_spans(path, target_bytes=1)
    assert len(spans) == 10 and spans[3].first_record == 31
    errors = [r for span in spans for r in iter_messages(path, span=span) if isinstance(r, AuditError)]
    assert [(e.line, e.field) for e in errors] == [(8, "channel"), (98, "campaign_id")]


def test_csv_cannot_be_sliced(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("message_id,campaign_id,channel,text\nm1,c1,sms,你好\n", encoding="utf-8")
    with pytest.raises(AuditError, match="JSON Lines or Parquet"):
        plan_spans(path)


def test_cluster_scan_equals_single_machine_scan(tmp_path):
    pytest.importorskip("distributed")
    from audit.analysers import build_analysers
    from audit.distributed import scan_on_cluster

    path = write_jsonl(tmp_path / "m.jsonl", campaign(200))
    local_counts, local_rejects = ScanCounts(), []
    local = list(scan_records(iter_messages(path), build_analysers(["wording"]), local_counts, local_rejects.append))
    cluster_counts, cluster_rejects = ScanCounts(), []
    cluster = list(scan_on_cluster([str(path)], ["wording"], {}, "local:1", cluster_counts, cluster_rejects.append,
                                   span_bytes=4000))
    assert local and cluster == local
    assert (cluster_counts.read, cluster_counts.scanned, cluster_counts.rejected) == (200, 198, 2)
    assert cluster_counts.by_category == local_counts.by_category
    assert [(e.line, e.field) for e in cluster_rejects] == [(e.line, e.field) for e in local_rejects]
