"""Findings and summary tables as CSV and XLSX, safe to open in Excel.

A text cell starting with = + - @ (or a tab / carriage return) would be run as a formula by
spreadsheet programs (formula or DDE injection); such cells get a leading apostrophe, the OWASP
advice. In XLSX that also keeps openpyxl from storing any text as a formula (it does so only for
text starting with '='); the tests check that no cell of a written workbook is a formula.
XML cannot hold most control characters (\\b, \\x01): in XLSX cells they are written escaped, as
\\x08; the CSV keeps them as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from audit.atomic import write_bytes_atomic
from audit.finding import FIELD_ORDER as FINDING_FIELDS
from audit.masking import mask_field

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="17324D")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=12)
MAX_COLUMN_WIDTH = 60
WIDTH_SAMPLE_ROWS = 500         # column widths are judged on the first rows only
MASKED_COLUMNS = ("evidence", "debtor_id")   # debtor ids can be account numbers


@dataclass(frozen=True)
class Table:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[object]]


def neutralise(value: object) -> object:
    """A cell value a spreadsheet will show as typed: text that could start a formula is prefixed."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def xlsx_value(value: object) -> object:
    """A cell value as XLSX can hold it: neutralised, and control characters XML refuses shown escaped."""
    value = neutralise(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value


def finding_columns(findings: Iterable[dict]) -> list[str]:
    """Contract fields in contract order, then any extra fields (carried through untouched)."""
    extra: dict[str, None] = {}
    for finding in findings:
        for key in finding:
            if key not in FINDING_FIELDS:
                extra.setdefault(key)
    return [*FINDING_FIELDS, *extra]


def finding_rows(findings: Sequence[dict], columns: Sequence[str]) -> list[list[object]]:
    rows = []
    for finding in findings:
        row = []
        for column in columns:
            value = finding.get(column)
            if column in MASKED_COLUMNS and isinstance(value, str):
                value = mask_field(value)    # masked upstream too; masking twice is harmless
            elif isinstance(value, (dict, list)):
                value = str(value)
            row.append(value)
        rows.append(row)
    return rows


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with BOM, so Excel opens Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in columns])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    return write_bytes_atomic(path, csv_bytes(columns, rows))


def write_xlsx(path: Path, main: tuple[str, Table], summary: tuple[str, list[Table]]) -> Path:
    """One sheet with the `main` table (frozen header, filters), one with the summary tables stacked.

    Written in openpyxl's streaming (write-only) mode: memory stays flat and large findings tables
    write several times faster.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(main[0][:31])
    _fit_columns(sheet, [main[1]])
    sheet.freeze_panes = "A2"
    if main[1].rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(main[1].columns))}{len(main[1].rows) + 1}"
    _append_table(sheet, main[1], with_title=False)
    summary_sheet = workbook.create_sheet(summary[0][:31])
    _fit_columns(summary_sheet, summary[1])
    summary_sheet.freeze_panes = "A2"
    for table in summary[1]:
        _append_table(summary_sheet, table, with_title=True)
        summary_sheet.append([])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_bytes_atomic(path, buffer.getvalue())


def _append_table(sheet, table: Table, with_title: bool) -> None:
    if with_title:
        sheet.append([_cell(sheet, table.title, font=TITLE_FONT)])
    sheet.append([_cell(sheet, name, font=HEADER_FONT, fill=HEADER_FILL) for name in table.columns])
    for values in table.rows:
        # plain values stream fastest; once neutralised no text starts with '=', so none becomes a formula
        sheet.append([xlsx_value(value) for value in values])


def _cell(sheet, value: object, font: Font, fill: PatternFill | None = None) -> WriteOnlyCell:
    """A styled title or header cell."""
    cell = WriteOnlyCell(sheet, value=xlsx_value(value))
    cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def _fit_columns(sheet, tables: Sequence[Table]) -> None:
    """Column widths from the widest value (titles excluded: they may overflow into empty cells)."""
    widths: dict[int, int] = {}
    for table in tables:
        for values in (table.columns, *table.rows[:WIDTH_SAMPLE_ROWS]):
            for column, value in enumerate(values, start=1):
                if value is not None:
                    width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(value))   # CJK characters are two wide
                    widths[column] = max(widths.get(column, 0), width)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_COLUMN_WIDTH, width + 2)
