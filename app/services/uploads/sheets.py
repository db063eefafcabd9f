"""Reading uploaded spreadsheets (CSV in any common encoding, XLSX) into rows, refusing what is unsafe."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import openpyxl

Cell = str | float | int | datetime | date | None

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls / .doc
NOT_SHEETS = {
    b"%PDF": "一个 PDF 文件",
    b"\x89PNG": "一张 PNG 图片",
    b"\xff\xd8\xff": "一张 JPEG 图片",
    b"GIF8": "一张 GIF 图片",
    b"Rar!": "一个 RAR 压缩包",
    b"7z\xbc\xaf": "一个 7z 压缩包",
}
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
DELIMITERS = (",", "\t", ";", "|")  # gb18030 is a superset of GBK and GB2312
FORMULAS_SHOWN = 3


class SheetError(ValueError):
    """The file as a whole cannot be read as a sheet of postings; nothing from it is stored."""

    def __init__(self, reason: str, *, too_large: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_large = too_large


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # the row number the clerk sees in Excel or a text editor (the header is row 1 or later)
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    file_format: str  # csv | xlsx
    headers: tuple[str, ...]
    rows: list[SheetRow]


def read_sheet(content: bytes, max_rows: int) -> Sheet:
    """The first worksheet's header and non-empty data rows. Raises SheetError with a clerk's reason."""
    if not content.strip():
        raise SheetError("文件是空的")
    if content.startswith(XLSX_MAGIC):
        file_format, table = "xlsx", _xlsx_rows(content)
    elif content.startswith(OLE_MAGIC):
        raise SheetError("旧版 Excel（.xls）文件不支持：请在 Excel 中「另存为」.xlsx 或 CSV 后再上传")
    else:
        file_format, table = "csv", _csv_rows(content)
    numbered = [(n, cells) for n, cells in table if any(_filled(c) for c in cells)]
    if not numbered:
        raise SheetError("表格没有任何内容")
    (_, header), body = numbered[0], numbered[1:]
    if len(body) > max_rows:
        raise SheetError(f"表格有 {len(body)} 行数据，超过单次上传上限 {max_rows} 行：请拆分成多个文件", too_large=True)
    headers = tuple("" if h is None else str(h).strip() for h in header)
    width = len(headers)
    rows = [SheetRow(n, tuple(cells[:width]) + (None,) * (width - len(cells))) for n, cells in body]
    return Sheet(file_format, headers, rows)


def cell_text(cell: Cell) -> str:
    """A cell as the clerk typed it: integral floats without ".0", dates as ISO, text stripped."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _xlsx_rows(content: bytes) -> list[tuple[int, tuple[Cell, ...]]]:
    _refuse_macros(content)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign zip
        raise SheetError(
            f"无法读取 Excel 文件（{type(error).__name__}）：文件可能已损坏，请重新保存为 .xlsx"
        ) from error
    try:
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        formulas: list[str] = []
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            values: list[Cell] = []
            for cell in cells:
                if cell.data_type == "f":
                    formulas.append(f"{getattr(cell, 'coordinate', '?')} {cell.value}")
                values.append(_cell_value(cell.value))
            rows.append((number, tuple(values)))
    finally:
        workbook.close()
    if formulas:
        shown = "、".join(formulas[:FORMULAS_SHOWN])
        raise SheetError(
            f"表格含 {len(formulas)} 个公式（如 {shown}）：请全选后「复制 → 选择性粘贴 → 数值」，保存再上传"
        )
    return rows


def _refuse_macros(content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise SheetError("文件像 Excel 但已损坏，无法打开：请重新保存为 .xlsx") from error
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise SheetError("表格含宏（VBA），为安全起见不予接收：请另存为不含宏的 .xlsx 再上传")
    if "word/document.xml" in names:
        raise SheetError("这是 Word 文档，不是表格：请使用岗位模板（.xlsx 或 CSV）")
    if "xl/workbook.xml" not in names:
        raise SheetError("这是一个压缩包，不是 Excel 表格：请上传 .xlsx 或 CSV")


def _csv_rows(content: bytes) -> list[tuple[int, tuple[Cell, ...]]]:
    for magic, what in NOT_SHEETS.items():
        if content.startswith(magic):
            raise SheetError(f"这是{what}，不是表格：请上传 .xlsx 或 CSV")
    text = _decode(content)
    if "\x00" in text:
        raise SheetError("文件含二进制内容，不是表格：请上传 .xlsx 或 CSV")
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:  # numbered by record, as Excel shows the file, not by physical line
        return [(number, tuple(cells)) for number, cells in enumerate(reader, start=1)]
    except csv.Error as error:
        raise SheetError(f"CSV 第 {reader.line_num} 行格式有误（{error}）：请检查引号是否成对") from error


def _decode(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16")  # Excel's "Unicode text" export
    for encoding in TEXT_ENCODINGS:
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError("无法识别文件的文字编码：请在 Excel 中另存为「CSV UTF-8」或 .xlsx")


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV rules (quotes doubled inside quoted cells), with the header line's separator.

    csv.Sniffer is not used: on real descriptions full of quotes and commas it guesses wrong
    (e.g. doublequote=False) and splits cells."""
    header = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=header.count)

    class Sheet(csv.excel):
        pass

    Sheet.delimiter = delimiter if header.count(delimiter) else ","
    return Sheet


def _cell_value(value: Any) -> Cell:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as Excel shows it; bool is an int to Python
    if value is None or isinstance(value, (str, int, float, datetime, date)):
        return value
    return str(value)  # times, booleans, errors such as #N/A: as the clerk sees them


def _filled(cell: Cell) -> bool:
    return cell is not None and cell_text(cell) != ""
