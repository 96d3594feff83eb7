"""`audit scan --contacts --events --policy`: a frequency-only audit end to end."""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main

CONTACTS = [
    {"contact_id": "CT-1", "campaign_id": "CMP-2026-03", "debtor_id": "D20260301", "channel": "call",
     "timestamp": "2026-03-02T22:15:00+08:00", "recipient_type": "debtor", "recipient": "13900139000"},
    {"contact_id": "CT-2", "campaign_id": "CMP-2026-03", "debtor_id": "D20260301", "channel": "sms",
     "timestamp": "2026-03-03T10:00:00+08:00", "recipient_type": "debtor"},
    {"contact_id": "CT-3", "campaign_id": "CMP-2026-03", "debtor_id": "D20260302", "channel": "call",
     "timestamp": "2026-03-03T10:00:00+08:00", "recipient_type": "debtor"},
]
EVENTS = [{"debtor_id": "D20260301", "timestamp": "2026-03-03T09:00:00+08:00", "event": "paid_in_full"}]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_frequency_only_scan_writes_contract_findings(tmp_path):
    contacts = write_jsonl(tmp_path / "contacts.jsonl", CONTACTS)
    events = write_jsonl(tmp_path / "events.jsonl", EVENTS)
    out = tmp_path / "findings.jsonl"
    result = CliRunner().invoke(main, ["scan", "--contacts", str(contacts), "--events", str(events),
                                       "--policy", "cn-default", "--out", str(out), "--fail-on", "high"])
    assert result.exit_code == 1, result.output
    findings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["contact_id"], f["rule_id"]) for f in findings] == [
        ("CT-1", "frequency.time_window"), ("CT-2", "frequency.after_cease")]
    assert all(f["analyzer"] == "frequency" and f["debtor_id"] == "D20260301" for f in findings)
    assert "13900139000" not in out.read_text(encoding="utf-8")
    assert "contacts: read 3, scanned 3, rejected 0; findings 2" in result.output


def test_a_bad_contact_record_stops_the_scan_naming_line_and_field(tmp_path):
    contacts = write_jsonl(tmp_path / "contacts.jsonl", [*CONTACTS, {**CONTACTS[0], "contact_id": "CT-4", "channel": "fax"}])
    result = CliRunner().invoke(main, ["scan", "--contacts", str(contacts), "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert f"{contacts}:4 field 'channel'" in result.output


def test_a_bad_policy_file_stops_the_scan(tmp_path):
    contacts = write_jsonl(tmp_path / "contacts.jsonl", CONTACTS)
    policy = tmp_path / "policy.yml"
    policy.write_text('allowed_hours: ["08:00", "24:30"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "--contacts", str(contacts), "--policy", str(policy),
                                       "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 2
    assert "allowed_hours" in result.output and "24:30" in result.output
