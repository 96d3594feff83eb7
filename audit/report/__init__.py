"""Reports for compliance officers: per-campaign documents and the quarterly roll-up.

    write_campaign_reports(findings, messages, out_dir, contacts_path=..., policy=..., lang="zh")
        -> DIR/<campaign_id>/{report.html, summary.json, findings.csv, findings.xlsx}
    write_quarterly_report(findings_paths, messages, out_dir, quarter="2026Q3", ...)
        -> DIR/<quarter>/{quarterly.html, quarterly.xlsx, summary.json}
"""

from audit.report.campaign import write_campaign_reports
from audit.report.quarterly import write_quarterly_report

__all__ = ["write_campaign_reports", "write_quarterly_report"]
