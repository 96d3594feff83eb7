"""HTML rendering: Jinja2 templates from `reports/`, autoescaped, with CSS, script and charts inline.

The page carries a Content-Security-Policy that allows only its own inline script (by hash) and
style, and no network at all: even text that slipped past escaping could not run or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from audit.paths import REPORT_TEMPLATES
from audit.report import charts
from audit.report.citation import readable_citation
from audit.rulepack import read_yaml

LANGUAGES = ("zh", "en")
_BIDI_CONTROLS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [c for c in range(0x20) if chr(c) not in "\t\n\r"] + [0x7F]
_SHOWN_CODES = {code: f"[U+{code:04X}]" for code in (*_BIDI_CONTROLS, *_CONTROLS)}
TOP_GROUPS = 15             # agents / templates drawn in a chart; tables and summary.json keep all
HALF_WIDTH = 500            # px of a chart drawn in one column of a two-column row
ATTEMPT_COLUMNS = 15        # attempts-per-day columns drawn; the last one gathers every busier day


class Labels:
    """The words of one language, with lookups for taxonomy codes (unknown codes show as themselves)."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self.words: dict[str, Any] = _all_labels()[lang]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def category_name(self, code: str) -> str:
        return self.words["category_names"].get(code, code)

    def severity_name(self, code: str) -> str:
        return self.words["severity_names"].get(code, code)

    def channel_name(self, code: str) -> str:
        return self.words["channel_names"].get(code, code)

    def element_name(self, code: str) -> str:
        return self.words["element_names"].get(code, code)

    def metric_name(self, code: str) -> str:
        return self.words["metric_names"].get(code, code)

    def citation(self, regulation: str | None) -> str:
        """A finding's legal basis as this language's reader sees it (audit.report.citation)."""
        return readable_citation(regulation or "", self.lang)


@lru_cache(maxsize=1)
def _all_labels() -> dict:
    return read_yaml(REPORT_TEMPLATES / "labels.yml")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(REPORT_TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = format_number
    env.filters["pct"] = format_share
    return env


def format_number(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}"


def format_share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _page_assets() -> dict:
    script = (REPORT_TEMPLATES / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    return {"script": Markup(script), "style": Markup((REPORT_TEMPLATES / "report.css").read_text(encoding="utf-8")),
            "csp": csp}


def render(template: str, labels: Labels, **context: Any) -> str:
    """The page, with bidi and control characters of the data shown as [U+202E] instead of acting on the text
    around them (a right-to-left override can make 'gpj.exe' read 'exe.jpg'; XML refuses most controls)."""
    page = _environment().get_template(template).render(L=labels, lang=labels.lang, **_page_assets(), **context)
    return page.translate(_SHOWN_CODES)


def campaign_charts(summary: dict, labels: Labels) -> dict[str, Markup]:
    """The SVG charts of a campaign page, from its summary.json figures."""
    per = labels["per_1000"]
    category_bars = [charts.Bar(labels.category_name(r["category"]), r["per_1000"] or 0, per,
                                charts.SEVERITY_COLOURS[r["worst_severity"]])
                     for r in summary["by_category"] if r["basis"] == "messages"]
    contact_bars = [charts.Bar(labels.category_name(r["category"]), r["per_1000"] or 0, per,
                               charts.SEVERITY_COLOURS[r["worst_severity"]])
                    for r in summary["by_category"] if r["basis"] == "contacts"]
    severity_bars = [charts.Bar(labels.severity_name(r["severity"]), r["per_1000_messages"] or 0, per,
                                charts.SEVERITY_COLOURS[r["severity"]]) for r in summary["by_severity"]]
    out = {
        "category": charts.bar_chart(category_bars, labels["by_category"]),
        "contact_category": charts.bar_chart(contact_bars, labels["frequency_breaches"]),
        "severity": charts.bar_chart(severity_bars, labels["by_severity"]),
        "channel": _group_chart(summary["by_channel"], "channel", labels["by_channel"], labels, labels.channel_name),
        "agent": _group_chart(summary["by_agent"], "agent_id", labels["by_agent"], labels),
        "template": _group_chart(summary["by_template"], "template_id", labels["by_template"], labels),
        "hours": Markup(""),
        "attempts": Markup(""),
        "conduct_category": Markup(""),
        "drift": Markup(""),
    }
    conduct = summary.get("conduct")
    if conduct:
        out["conduct_category"] = charts.bar_chart(
            [charts.Bar(labels.category_name(r["category"]), r["per_1000_calls"] or 0, labels["per_1000"],
                        charts.SEVERITY_COLOURS[r["worst_severity"]]) for r in conduct["by_category"]],
            labels["conduct"])
    templates = summary.get("templates")
    if templates:
        out["drift"] = charts.bar_chart(
            [charts.Bar(r["template_id"] if r["template_id"] is not None else labels["no_template_id"],
                        round((r["drift_rate"] or 0) * 100, 1), "%")
             for r in templates["by_template"][:TOP_GROUPS] if r["drift"]],
            labels["drift_rate_per_template"])
    frequency = summary.get("frequency")
    if frequency and sum(frequency["calls_by_hour"]):
        out["hours"] = charts.hour_chart(frequency["calls_by_hour"], frequency["breach_calls_by_hour"],
                                         labels["calls_by_hour"], (labels["calls"], labels["calls_in_breach"]),
                                         width=HALF_WIDTH)
    if frequency and frequency["attempts_per_day"]:
        out["attempts"] = charts.column_chart(attempt_columns(frequency["attempts_per_day"], labels["debtor_days"]),
                                              labels["attempts_per_day_distribution"], labels["attempts_per_day"])
    return out


def attempt_columns(distribution: list[dict], unit: str) -> list[charts.Bar]:
    """One column per number of attempts from 1 up (an empty column where no day had that many, so the
    shape shows); days with `ATTEMPT_COLUMNS` attempts or more share the last column."""
    days = {r["attempts"]: r["debtor_days"] for r in distribution}
    busiest = max(days)
    shown = range(1, min(busiest, ATTEMPT_COLUMNS) + 1)
    columns = [charts.Bar(str(n), days.get(n, 0), unit) for n in shown]
    if busiest > ATTEMPT_COLUMNS:
        columns[-1] = charts.Bar(f"{ATTEMPT_COLUMNS}+", sum(d for n, d in days.items() if n >= ATTEMPT_COLUMNS), unit)
    return columns


def _group_chart(rows: list[dict], key: str, title: str, labels: Labels, name=str) -> Markup:
    return charts.bar_chart([charts.Bar(name(r[key]), r["findings_per_1000"] or 0, labels["per_1000"])
                             for r in rows[:TOP_GROUPS]], title)
