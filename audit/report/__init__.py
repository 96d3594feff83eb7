"""Reports for compliance officers: per-campaign documents and the quarterly roll-up.

    write_campaign_reports(findings, messages, out_dir, contacts_path=..., policy=..., lang="zh")
    write_quarterly_report(findings_paths, messages, out_dir, quarter="2026Q3", ...)
"""

from audit.report.campaign import write_campaign_reports

__all__ = ["write_campaign_reports"]
