"""Inline SVG charts: no script, no network, text drawn in the page's own (CJK-capable) fonts.

Every label goes through `escape`, so a label can never break out of the SVG.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

SEVERITY_COLOURS = {"critical": "#b42318", "high": "#e8590c", "medium": "#d89b00", "low": "#7a8699"}
ACCENT = "#1f5fa8"
BREACH = "#b42318"
LEGEND_COLUMN = 240         # px per legend entry in line charts
COLUMN_SLOT = 56            # widest px a column chart gives one column
SERIES_COLOURS = ("#1f5fa8", "#b42318", "#2f8f5b", "#e8590c", "#7b4fb3", "#0f8b8d", "#a0522d", "#d6336c",
                  "#5c7cfa", "#868e96")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""          # shown after the bar, e.g. "12 条"
    colour: str = ACCENT


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def bar_chart(bars: Sequence[Bar], title: str, width: int = 500) -> Markup:
    """Horizontal bars, one row per label (long Chinese labels fit on the left)."""
    if not bars:
        return Markup("")
    row, label_w, value_w, top = 26, 150, 96, 6
    plot_w = width - label_w - value_w
    top_value = max(b.value for b in bars) or 1
    height = top + row * len(bars) + 4
    parts = [_open(width, height, title)]
    for i, bar in enumerate(bars):
        y = top + i * row
        w = max(1.0, plot_w * bar.value / top_value) if bar.value else 0
        parts.append(
            f'<text class="chart-label" x="{label_w - 8}" y="{y + 18}" text-anchor="end">{escape(_clip(bar.label))}</text>'
            f'<rect x="{label_w}" y="{y + 5}" width="{w:.1f}" height="{row - 10}" rx="3" fill="{bar.colour}">'
            f'<title>{escape(bar.label)}: {_fmt(bar.value)}</title></rect>'
            f'<text class="chart-value" x="{label_w + w + 6:.1f}" y="{y + 18}">{_fmt(bar.value)}'
            f'{escape(" " + bar.note) if bar.note else ""}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(columns: Sequence[Bar], title: str, axis_title: str = "", width: int = 500) -> Markup:
    """Vertical columns over short labels (counts such as 1, 2, 3+), each with its value above it."""
    if not columns:
        return Markup("")
    height, left, bottom, top = 220, 40, 42 if axis_title else 28, 16
    plot_w, plot_h = width - left - 10, height - top - bottom
    top_value, ticks = _axis(max(c.value for c in columns), whole=True)
    step = min(plot_w / len(columns), COLUMN_SLOT)   # few columns stay slim instead of filling the width
    gap = min(8.0, step / 4)
    parts = [_open(width, height, title)]
    for tick in ticks:
        y = top + plot_h - plot_h * tick / top_value
        parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="chart-axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
    base = top + plot_h
    for i, column in enumerate(columns):
        x, h = left + i * step + gap / 2, plot_h * column.value / top_value
        middle = x + (step - gap) / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step - gap:.1f}" height="{h:.1f}" fill="{column.colour}">'
            f'<title>{escape(column.label)}: {_fmt(column.value)}{escape(" " + column.note) if column.note else ""}'
            f'</title></rect>'
            f'<text class="chart-axis" x="{middle:.1f}" y="{base + 15}" text-anchor="middle">{escape(column.label)}</text>'
        )
        if column.value:
            parts.append(f'<text class="chart-value" x="{middle:.1f}" y="{base - h - 4:.1f}" '
                         f'text-anchor="middle">{_fmt(column.value)}</text>')
    if axis_title:
        parts.append(f'<text class="chart-axis" x="{left + plot_w / 2:.1f}" y="{height - 6}" '
                     f'text-anchor="middle">{escape(axis_title)}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - 10}" y1="{base}" y2="{base}"/></svg>')
    return Markup("".join(parts))


def hour_chart(calls: Sequence[int], breaches: Sequence[int], title: str, legend: tuple[str, str],
               width: int = 680) -> Markup:
    """Calls per local hour (0-23) as columns, with the calls in breach stacked in red."""
    height, left, bottom, top = 220, 40, 28, 28
    plot_w, plot_h = width - left - 10, height - top - bottom
    top_value, ticks = _axis(max(calls, default=0), whole=True)
    step = plot_w / 24
    parts = [_open(width, height, title), _legend([(legend[0], ACCENT), (legend[1], BREACH)], left, 14)]
    for tick in ticks:
        y = top + plot_h - plot_h * tick / top_value
        parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="chart-axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
    for hour in range(24):
        x = left + hour * step + 2
        total, bad = calls[hour], min(breaches[hour], calls[hour])
        h_total, h_bad = plot_h * total / top_value, plot_h * bad / top_value
        base = top + plot_h
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h_total:.1f}" width="{step - 4:.1f}" height="{h_total:.1f}" fill="{ACCENT}">'
            f'<title>{hour:02d}:00 {total}</title></rect>'
            f'<rect x="{x:.1f}" y="{base - h_bad:.1f}" width="{step - 4:.1f}" height="{h_bad:.1f}" fill="{BREACH}">'
            f'<title>{hour:02d}:00 {bad}</title></rect>'
        )
        if hour % 3 == 0:
            parts.append(f'<text class="chart-axis" x="{x + (step - 4) / 2:.1f}" y="{height - 10}" '
                         f'text-anchor="middle">{hour:02d}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - 10}" y1="{top + plot_h}" y2="{top + plot_h}"/></svg>')
    return Markup("".join(parts))


def line_chart(x_labels: Sequence[str], series: dict[str, Sequence[float | None]], title: str,
               width: int = 680) -> Markup:
    """One line per series over the x labels (months); None leaves a gap."""
    if not x_labels or not series:
        return Markup("")
    per_row = max(1, width // LEGEND_COLUMN)
    legend_rows = (len(series) + per_row - 1) // per_row
    left, right, bottom, top = 48, 32, 30, 16 + 20 * legend_rows
    height = 240 + top
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value, ticks = _axis(max([v for values in series.values() for v in values if v is not None] + [0]))
    step = plot_w / max(len(x_labels) - 1, 1)
    colours = {name: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, name in enumerate(series)}
    parts = [_open(width, height, title)]
    for i, name in enumerate(series):
        parts.append(_legend([(name, colours[name])], left + (i % per_row) * LEGEND_COLUMN, 14 + 20 * (i // per_row),
                             clip=30))
    for tick in ticks:
        y = top + plot_h - plot_h * tick / top_value
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="chart-axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')

    def x_of(i: int) -> float:
        return left + i * step if len(x_labels) > 1 else left + plot_w / 2

    for i, label in enumerate(x_labels):
        parts.append(f'<text class="chart-axis" x="{x_of(i):.1f}" y="{height - 10}" text-anchor="middle">{escape(label)}</text>')
    for name, values in series.items():
        run: list[tuple[float, float]] = []         # consecutive points; a None (no data) breaks the line
        for i, value in enumerate([*values, None]):
            if value is None:
                if len(run) > 1:
                    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
                    parts.append(f'<polyline fill="none" stroke="{colours[name]}" stroke-width="2.2" points="{path}"/>')
                run = []
                continue
            x, y = x_of(i), top + plot_h - plot_h * value / top_value
            run.append((x, y))
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colours[name]}">'
                         f'<title>{escape(name)} {escape(x_labels[i])}: {_fmt(value)}</title></circle>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}"/></svg>')
    return Markup("".join(parts))


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>')


def _legend(items: list[tuple[str, str]], x: int, y: int, clip: int = 28) -> str:
    parts = []
    for name, colour in items:
        shown = _clip(name, clip)
        parts.append(f'<rect x="{x}" y="{y - 9}" width="12" height="12" rx="2" fill="{colour}"/>'
                     f'<text class="chart-label" x="{x + 17}" y="{y + 1}">{escape(shown)}</text>')
        x += 34 + 7 * sum(map(_units, shown))
    return "".join(parts)


def _axis(largest: float, whole: bool = False) -> tuple[float, list[float]]:
    """A round top for the y axis at or above `largest`, and its 3-5 gridline values (whole for counts)."""
    largest = max(largest, 1)
    raw = max(largest / 4, 1) if whole else largest / 4
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 0.1 if raw >= 0.1 else 0.01
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    count = math.ceil(largest / step - 1e-9)
    return step * count, [step * i for i in range(1, count + 1)]


def _units(ch: str) -> int:
    """Drawn width in half-em units: CJK and full-width characters take two, Latin one."""
    return 2 if ord(ch) > 0x2E80 else 1


def _clip(text: str, limit: int = 22) -> str:
    """`text` cut with an ellipsis to fit `limit` half-em units."""
    if sum(map(_units, text)) <= limit:
        return text
    out, used = "", 1
    for ch in text:
        if used + _units(ch) > limit:
            break
        out, used = out + ch, used + _units(ch)
    return out + "…"
