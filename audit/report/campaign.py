"""Per-campaign reports: `DIR/<campaign_id>/` with report.html, summary.json, findings.csv, findings.xlsx.

Each campaign folder is built aside and renamed into place once its last file is written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from audit.atomic import staged_folder, write_text_atomic
from audit.policy import Policy, load_policy
from audit.report.contacts import read_contact_facts
from audit.report.figures import campaign_figures
from audit.report.html import Labels, campaign_charts, render
from audit.report.inputs import FindingIndex, ReadCounts, iter_messages, load_findings
from audit.report.tables import Table, finding_columns, finding_rows, write_csv, write_xlsx
from audit.report.verdict import thresholds_from_policy

SUMMARY_SCHEMA = "collection-audit/campaign-summary/1"
DEFAULT_CONTACT_POLICY = "cn-default"   # its zone and allowed hours, for reports made without a policy
_UNSAFE_NAME = re.compile(r"[^\w.\-]+")   # bidi and other format controls are not \w: they go too
# Windows refuses these as file names, with or without an extension
_RESERVED_NAME = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?", re.IGNORECASE)
# bytes of a folder name: 255 is the usual file-system limit, and staging adds '.<name>.<pid>.<random>.partial'
MAX_FOLDER_NAME_BYTES = 120
INCOMPLETE_MARKER = "INCOMPLETE"
# contact-summary figures of an agent or debtor, as the spreadsheet shows them
CONTACT_COLUMNS = ("contacts", "days_contacted", "attempts_per_day_mean", "attempts_per_day_median",
                   "attempts_per_day_p90", "attempts_per_day_max", "outside_hours_share", "third_party_share",
                   "connected_share")


def write_campaign_reports(
    findings_path: str | Path,
    messages_paths: Sequence[str | Path] | str | Path,
    out_dir: str | Path,
    *,
    contacts_path: str | Path | None = None,
    policy: str | Path | None = None,
    lang: str = "zh",
    encoding: str | None = None,
) -> list[Path]:
    """Write one report folder per campaign into `out_dir`; return the folders written.

    `policy` is a profile name or policy file: its `report:` section sets the verdict thresholds, its
    time zone and allowed hours the contact summary's. None: default thresholds, cn-default's hours.
    """
    labels = Labels(lang)
    if isinstance(messages_paths, (str, Path)):
        messages_paths = [messages_paths]
    thresholds, contact_policy = report_policy(policy)
    findings = load_findings(findings_path)
    index = FindingIndex(findings)
    counts = ReadCounts()
    contacts, contact_counts = (read_contact_facts(contacts_path, contact_policy, index.by_contact, encoding)
                                if contacts_path else (None, None))
    summaries = campaign_figures(index, iter_messages(messages_paths, counts, encoding), thresholds, contacts,
                                 contact_policy.stage_of if contact_policy.stages else None)
    generated_at = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    inputs = {
        "findings_file": Path(findings_path).name,
        "findings": len(findings),
        "messages_files": [Path(p).name for p in messages_paths],
        "messages": counts.to_dict(),
        "contacts_file": Path(contacts_path).name if contacts_path else None,
        "contacts": contact_counts,
        "contact_policy": policy_facts(contact_policy) if contacts_path else None,
    }
    by_campaign: dict[str, list[dict]] = {c: [] for c in summaries}
    for finding in findings:
        by_campaign[finding["campaign_id"]].append(finding)
    # Each folder lands whole, but a run cut short leaves the set short of campaigns: the marker says so until
    # the last folder is in place.
    marker = write_text_atomic(Path(out_dir) / INCOMPLETE_MARKER,
                               f"Report run started {generated_at} has not finished: campaign folders here may be "
                               "missing or from an earlier run.\n")
    folders = [
        _write_campaign(Path(out_dir) / folder_name(campaign_id), summary, by_campaign[campaign_id], inputs,
                        labels, generated_at)
        for campaign_id, summary in summaries.items()
    ]
    marker.unlink()
    return folders


def report_policy(policy: str | Path | None) -> tuple[dict, Policy]:
    """Verdict thresholds, and the policy whose zone and hours contacts are judged in (None: defaults)."""
    if policy is None:
        return thresholds_from_policy(None), load_policy(DEFAULT_CONTACT_POLICY)
    loaded = load_policy(policy)
    return thresholds_from_policy(loaded.report or None, loaded.source_path), loaded


def policy_facts(policy: Policy) -> dict:
    """What a reader needs to know of the policy behind the contact figures."""
    hours = [t.strftime("%H:%M") for t in policy.allowed_hours] if policy.allowed_hours else None
    return {"name": policy.name, "timezone": policy.timezone, "allowed_hours": hours}


def folder_name(campaign_id: str) -> str:
    """A campaign id as a folder name that stays inside the report folder (no '..', no separators, no
    control or bidi characters), that Windows accepts (no CON or NUL, no trailing dot) and of at most
    MAX_FOLDER_NAME_BYTES bytes in UTF-8.

    Ids that had to be changed get a short hash, so two ids never share a folder.
    """
    safe = _UNSAFE_NAME.sub("_", campaign_id).strip(".") or "campaign"
    if _RESERVED_NAME.fullmatch(safe):
        safe = "_" + safe
    if safe == campaign_id and len(safe.encode("utf-8")) <= MAX_FOLDER_NAME_BYTES:
        return safe
    suffix = f"-{hashlib.sha256(campaign_id.encode('utf-8')).hexdigest()[:8]}"
    room = MAX_FOLDER_NAME_BYTES - len(suffix)
    return safe.encode("utf-8")[:room].decode("utf-8", errors="ignore") + suffix


def _write_campaign(folder: Path, summary: dict, findings: list[dict], inputs: dict, labels: Labels,
                    generated_at: str) -> Path:
    document = {"schema": SUMMARY_SCHEMA, "generated_at": generated_at, "lang": labels.lang,
                "inputs": inputs, **summary}
    columns = finding_columns(findings)
    rows = finding_rows(findings, columns)
    with staged_folder(folder) as staging:
        write_text_atomic(staging / "summary.json", json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        write_csv(staging / "findings.csv", columns, rows)
        write_xlsx(staging / "findings.xlsx", (labels["all_findings_sheet"], Table("", columns, rows)),
                   (labels["summary_sheet"], summary_tables(summary, labels)))
        html = render("campaign.html.j2", labels, s=summary, inputs=inputs, generated_at=generated_at,
                      charts=campaign_charts(summary, labels))
        write_text_atomic(staging / "report.html", html)
    return folder


def summary_tables(summary: dict, labels: Labels) -> list[Table]:
    """The summary figures as spreadsheet tables (headers in the report's language)."""
    L = labels
    t = summary["totals"]
    v = summary["verdict"]
    tables = [
        Table(L["totals"], [L["figure"], L["value"]], [
            [L["verdict"], L["verdict_" + v["verdict"]]],
            [L["messages"], t["messages"]], [L["flagged_messages"], t["flagged_messages"]],
            [L["findings_total"], t["findings"]], [L["per_1000_messages"], t["findings_per_1000_messages"]],
            [L["notice_completeness"], summary["notices"]["completeness_rate"]],
            [L["contacts"], t["contacts"]], [L["findings_without_message"], t["findings_without_message"]],
        ]),
        Table(L["verdict_reasons"], [L["verdict"], L["figure"], L["value"], L["threshold"]],
              [[L["verdict_" + r["level"]], L.metric_name(r["metric"]), r["value"], r["threshold"]] for r in v["reasons"]]),
        Table(L["by_category"], [L["category"], L["code"], L["findings"], L["per_1000"], L["basis"]],
              [[L.category_name(r["category"]), r["category"], r["findings"], r["per_1000"],
                L["messages"] if r["basis"] == "messages" else L["contacts"]]
               for r in summary["by_category"]]),
        Table(L["by_severity"], [L["severity"], L["findings"], L["per_1000_messages"], L["per_1000_contacts"]],
              [[L.severity_name(r["severity"]), r["findings"], r["per_1000_messages"], r["per_1000_contacts"]]
               for r in summary["by_severity"]]),
    ]
    for key, title, heading, name in (("channel", L["by_channel"], L["channel"], L.channel_name),
                                      ("agent_id", L["by_agent"], L["agent"], str),
                                      ("template_id", L["by_template"], L["template"], str)):
        rows = summary["by_" + key.removesuffix("_id")]
        tables.append(Table(title, [heading, L["messages"], L["flagged_messages"], L["findings"], L["per_1000"]],
                            [[name(r[key]), r["messages"], r["flagged_messages"], r["findings"], r["findings_per_1000"]]
                             for r in rows]))
    tables.append(Table(L["top_rules"], [L["rule"], L["category"], L["severity"], L["findings"], L["regulation"]],
                        [[r["rule_id"], L.category_name(r["category"]), L.severity_name(r["severity"]), r["findings"],
                          L.citation(r["regulation"])] for r in summary["top_rules"]]))
    tables.append(Table(L["missing_element"], [L["missing_element"], L["findings"]],
                        [[L.element_name(e), n] for e, n in summary["notices"]["missing_by_element"].items()]))
    tables += conduct_tables(summary.get("conduct"), L) + template_tables(summary.get("templates"), L)
    frequency: Any = summary.get("frequency")
    if frequency:
        tables.append(Table(L["contacts_by_agent"], [L["agent"], *contact_headers(L), L["frequency_breaches"], L["per_1000_contacts"]],
                            [[r["agent_id"], *contact_cells(r), r["contacts_in_breach"], r["breach_per_1000"]]
                             for r in frequency["by_agent"]]))
        tables.append(Table(L["top_debtors_by_contacts"], [L["debtor"], *contact_headers(L)],
                            [[r["debtor_id"], *contact_cells(r)] for r in frequency["top_debtors_by_contacts"]]))
        tables.append(Table(L["attempts_per_day_distribution"], [L["attempts_per_day"], L["debtor_days"]],
                            [[r["attempts"], r["debtor_days"]] for r in frequency["attempts_per_day"]]))
        tables.append(Table(L["frequency_by_debtor"], [L["debtor"], L["findings"]],
                            [[r["debtor_id"], r["findings"]] for r in frequency["by_debtor"]]))
    return tables


def conduct_tables(conduct: dict | None, labels: Labels) -> list[Table]:
    """The call-conduct figures as spreadsheet tables (none when the campaign had no calls)."""
    if not conduct:
        return []
    L = labels
    tables = [
        Table(L["conduct"], [L["category"], L["code"], L["severity"], L["findings"], L["conduct_calls"], L["per_1000_calls"]],
              [[L.category_name(r["category"]), r["category"], L.severity_name(r["worst_severity"]), r["findings"],
                r["calls"], r["per_1000_calls"]] for r in conduct["by_category"]]),
        Table(L["conduct_by_agent"], [L["agent"], L["conduct_calls"], L["conduct_calls_with_findings"], L["findings"],
                                      L["per_1000_calls"]],
              [[r["agent_id"], r["calls"], r["calls_with_findings"], r["findings"], r["per_1000_calls"]]
               for r in conduct["by_agent"]]),
    ]
    if conduct["timing_by_agent"]:
        tables.append(Table(L["call_timing"], [L["agent"], L["timed_calls"], L["agent_talk_share"], L["interruptions"],
                                               L["interruptions_per_call"], L["longest_silence"]],
                            [[r["agent_id"], r["calls"], r["agent_talk_share"], r["interruptions"],
                              r["interruptions_per_call"], r["longest_silence_s"]] for r in conduct["timing_by_agent"]]))
    return tables


def template_tables(templates: dict | None, labels: Labels) -> list[Table]:
    """The template-conformance figures as spreadsheet tables (none when no message bore a template)."""
    if not templates:
        return []
    L = labels

    def name(template_id: str | None) -> str:
        return L["no_template_id"] if template_id is None else template_id

    return [
        Table(L["template_conformance"], [L["template"], L["messages"], L["drift"], L["drift_rate"], L["unapproved"],
                                          L["wrong_stage"]],
              [[name(r["template_id"]), r["messages"], r["drift"], r["drift_rate"], r["unapproved"], r["wrong_stage"]]
               for r in templates["by_template"]]),
        Table(L["messages_by_template_stage"], [L["template"], L["stage"], L["messages"]],
              [[name(r["template_id"]), r["stage"] or L["unknown"], r["messages"]] for r in templates["by_template_stage"]]),
        Table(L["drift_by_agent"], [L["agent"], L["messages"], L["drift"], L["drift_rate"]],
              [[r["agent_id"] or L["unknown"], r["messages"], r["drift"], r["drift_rate"]] for r in templates["by_agent"]]),
        Table(L["drifted_messages"], [L["message"], L["template"], L["agent"], L["evidence"]],
              [[r["message_id"], r["template_id"], r["agent_id"], r["evidence"]] for r in templates["drift_examples"]]),
    ]


def contact_headers(labels: Labels) -> list[str]:
    """Headers of a contact-summary row (`CONTACT_COLUMNS`), in the report's language."""
    return [labels.words["contact_columns"][c] for c in CONTACT_COLUMNS]


def contact_cells(row: dict) -> list:
    return [row[c] for c in CONTACT_COLUMNS]
