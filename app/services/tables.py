"""Tables the service writes for people to open in Excel (CSV and XLSX), with no cell that runs as a formula.

Every download the service produces goes through here: statistics exports, an upload's rows to fix, the
upload template. A text cell that Excel or LibreOffice would read as a formula or a DDE call (it begins with
=, +, -, @, a tab or a carriage return) is written so it stays text: in CSV behind a leading apostrophe (the
OWASP advice; Excel hides the apostrophe), in XLSX as a typed string cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | float | int | datetime | date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """Text as a spreadsheet shows it, never evaluates it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads the Chinese), every text cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in (headers, *rows):
        writer.writerow(["" if v is None else neutralised(v) if isinstance(v, str) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode()


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worksheet: a header row (none if empty), its rows, and Excel number formats by column index."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    number_formats: Mapping[int, str] = field(default_factory=dict)  # e.g. {7: YUAN}


YUAN = "#,##0.00"  # 元 with 2 decimals


def write_xlsx(
    headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, title: str, notes: Sequence[Sequence[str]] = ()
) -> bytes:
    """One worksheet (and an optional notes sheet) whose text cells stay text: "=HYPERLINK(…)" is a string."""
    sheets = [Sheet(title, headers, rows)]
    if notes:
        sheets.append(Sheet("填写说明", (), notes))
    return write_workbook(sheets)


def write_workbook(sheets: Sequence[Sheet]) -> bytes:
    """Several worksheets, every text cell kept text, numbers in the formats asked for."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert isinstance(first, Worksheet)
    for n, spec in enumerate(sheets):
        sheet = first if n == 0 else workbook.create_sheet()
        sheet.title = _sheet_title(spec.title)
        _append(sheet, [spec.headers, *spec.rows] if spec.headers else spec.rows)
        for column, header in zip(sheet.iter_cols(min_row=1, max_row=1), spec.headers):
            sheet.column_dimensions[column[0].column_letter].width = max(10, min(40, 2 * len(header) + 4))
        for index, number_format in spec.number_formats.items():
            for cell in next(sheet.iter_cols(min_col=index + 1, max_col=index + 1)):
                if isinstance(cell.value, (int, float)):
                    cell.number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _append(sheet: Worksheet, rows: Sequence[Sequence[Cell]]) -> None:
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31]
    return cleaned or "Sheet"
