"""Reading uploaded spreadsheets (CSV in any common encoding, XLSX) into rows, refusing what is unsafe."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any, Literal
from xml.etree import ElementTree

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

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
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # JOBCIRCLE_UPLOAD_MAX_UNPACKED_BYTES' default
YIELD_EVERY = 512  # XML events between the scan's offers of the GIL to other threads
ELEMENTS_PER_ROW = 120  # XML elements a scan allows per permitted row: 18 columns of <c><v> or <c><is><t> fit
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


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


@dataclass(frozen=True, slots=True)
class SheetShape:
    """What a request learns of a sheet before storing it: enough to refuse it whole, without its rows."""

    file_format: str
    headers: tuple[str, ...]
    data_rows: int


def inspect_sheet(content: bytes, max_rows: int, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> SheetShape:
    """The whole-file checks a request answers at once (type, encoding, header, row limit, formulas, macros),
    at a bounded cost: an .xlsx is scanned as a stream that stops at the first limit it passes, its cells never
    materialised; a CSV is no larger than the byte limit and is read at C speed. The task reads the rows."""
    if content.startswith(XLSX_MAGIC):
        return _scan_xlsx(content, max_rows, max_unpacked_bytes)
    sheet = read_sheet(content, max_rows, max_unpacked_bytes)
    return SheetShape(sheet.file_format, sheet.headers, len(sheet.rows))


def read_sheet(content: bytes, max_rows: int, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> Sheet:
    """The first worksheet's header and non-empty data rows. Raises SheetError with a clerk's reason."""
    if not content.strip():
        raise SheetError("文件是空的")
    if content.startswith(XLSX_MAGIC):
        file_format, table = "xlsx", _xlsx_rows(content, max_rows, max_unpacked_bytes)
    elif content.startswith(OLE_MAGIC):
        raise SheetError("旧版 Excel（.xls）文件不支持：请在 Excel 中「另存为」.xlsx 或 CSV 后再上传")
    else:
        file_format, table = "csv", _csv_rows(content, max_rows)
    numbered = [(n, cells) for n, cells in table if any(_filled(c) for c in cells)]
    if not numbered:
        raise SheetError("表格没有任何内容")
    (_, header), body = numbered[0], numbered[1:]
    if len(body) > max_rows:
        raise _too_many_rows(max_rows)
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


def _xlsx_rows(content: bytes, max_rows: int, max_unpacked_bytes: int) -> list[tuple[int, tuple[Cell, ...]]]:
    _check_archive(content, max_unpacked_bytes)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign zip
        raise SheetError(
            f"无法读取 Excel 文件（{type(error).__name__}）：文件可能已损坏，请重新保存为 .xlsx"
        ) from error
    try:
        sheet = workbook.worksheets[0]
        if isinstance(sheet, ReadOnlyWorksheet):
            sheet.reset_dimensions()  # read every row there is, not only those the file's own dimension claims
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        formulas: list[str] = []
        filled = 0
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            values: list[Cell] = []
            for cell in cells:
                if cell.data_type == "f":
                    formulas.append(f"{getattr(cell, 'coordinate', '?')} {cell.value}")
                values.append(_cell_value(cell.value))
            rows.append((number, tuple(values)))
            filled += any(_filled(v) for v in values)
            if filled > max_rows + 1:  # the header and one row too many: stop reading here
                raise _too_many_rows(max_rows)
    finally:
        workbook.close()
    if formulas:
        shown = "、".join(formulas[:FORMULAS_SHOWN])
        raise SheetError(
            f"表格含 {len(formulas)} 个公式（如 {shown}）：请全选后「复制 → 选择性粘贴 → 数值」，保存再上传"
        )
    return rows


def _check_archive(content: bytes, max_unpacked_bytes: int) -> None:
    """A workbook, not a Word file or a zip; no macros; not more when unpacked than the limit (a zip bomb:
    73 KB that unpack to 500,000 rows once held the API for a minute). zipfile enforces the declared sizes:
    a member that inflates beyond its own fails its CRC check."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        raise SheetError("文件像 Excel 但已损坏，无法打开：请重新保存为 .xlsx") from error
    names = {member.filename for member in members}
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise SheetError("表格含宏（VBA），为安全起见不予接收：请另存为不含宏的 .xlsx 再上传")
    if "word/document.xml" in names:
        raise SheetError("这是 Word 文档，不是表格：请使用岗位模板（.xlsx 或 CSV）")
    if "xl/workbook.xml" not in names:
        raise SheetError("这是一个压缩包，不是 Excel 表格：请上传 .xlsx 或 CSV")
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked_bytes:
        raise SheetError(
            f"表格解压后 {unpacked / 1048576:.0f} MB，超过上限 {max_unpacked_bytes / 1048576:.0f} MB：请拆分成多个文件",
            too_large=True,
        )


def _scan_xlsx(content: bytes, max_rows: int, max_unpacked_bytes: int) -> SheetShape:
    """The first worksheet's XML as a stream: the header's values, the non-empty rows counted and every formula
    noted, stopping as soon as the row limit is passed. Memory: one row at a time."""
    _check_archive(content, max_unpacked_bytes)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            path = _first_sheet_path(archive)
            header: list[tuple[str, str, str]] | None = None  # (column letters, type, raw value)
            rows, formulas = 0, []
            with archive.open(path) as stream:
                for row in _xml_rows(stream, max_elements=(max_rows + 2) * ELEMENTS_PER_ROW):
                    cells = [(ref, kind, value) for ref, kind, value, _ in row if value.strip()]
                    formulas += [f"{ref} ={formula}" for ref, _, _, formula in row if formula is not None]
                    if not cells:
                        continue
                    if header is None:
                        header = [(_column_of(ref), kind, value) for ref, kind, value, _ in row]
                    else:
                        rows += 1
                        if rows > max_rows:
                            raise _too_many_rows(max_rows)
            if header is None:
                raise SheetError("表格没有任何内容")
            headers = _header_texts(archive, header)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as error:
        if isinstance(error, SheetError):
            raise
        raise SheetError(
            f"无法读取 Excel 文件（{type(error).__name__}）：文件可能已损坏，请重新保存为 .xlsx"
        ) from error
    if formulas:
        shown = "、".join(formulas[:FORMULAS_SHOWN])
        raise SheetError(
            f"表格含 {len(formulas)} 个公式（如 {shown}）：请全选后「复制 → 选择性粘贴 → 数值」，保存再上传"
        )
    return SheetShape("xlsx", headers, rows)


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    """The part the workbook lists first, as openpyxl (and the task) read it."""
    with archive.open("xl/workbook.xml") as stream:
        sheet = next(e for _, e in _iterparse(stream) if e.tag == f"{{{MAIN}}}sheet")
    relation = sheet.get(f"{{{RELATIONSHIPS}}}id")
    with archive.open("xl/_rels/workbook.xml.rels") as stream:
        target = next(e.get("Target", "") for _, e in _iterparse(stream) if e.get("Id") == relation)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _xml_rows(stream: IO[bytes], max_elements: int) -> Iterator[list[tuple[str, str, str, str | None]]]:
    """Each <row> as its cells (reference such as "C2", type, raw value, formula or None). A row read is dropped
    from the tree, so memory holds one row; more than `max_elements` XML elements (empty rows, endless columns)
    stop the scan, so its time is bounded whatever the rows hold."""
    cells: list[tuple[str, str, str, str | None]] = []
    parent: ElementTree.Element | None = None
    row_number = 0
    for seen, (event, element) in enumerate(_iterparse(stream, events=("start", "end"))):
        if seen % YIELD_EVERY == 0:
            time.sleep(0)  # hand the GIL over: a server's event loop waits for it otherwise, up to 5 ms each time
        if seen > 2 * max_elements:  # a start and an end event per element
            raise SheetError("表格过大（空行或列数过多）：请删去多余的行列，另存为 .xlsx 后再上传", too_large=True)
        tag = element.tag.rpartition("}")[2]
        if event == "start":
            if tag == "row":
                row_number = int(element.get("r") or row_number + 1)
            elif tag == "sheetData":
                parent = element
            continue
        if tag == "c":
            inline = element.find(f"{{{MAIN}}}is")
            value = "".join(inline.itertext()) if inline is not None else element.findtext(f"{{{MAIN}}}v") or ""
            formula = element.find(f"{{{MAIN}}}f")
            ref = element.get("r") or f"{_column_letters(len(cells))}{row_number}"  # r is optional in OOXML
            cells.append((ref, element.get("t", "n"), value, None if formula is None else formula.text or ""))
        elif tag == "row":
            yield cells
            cells = []
            if parent is not None:
                parent.clear()  # the rows read so far leave the tree with it


def _iterparse(
    stream: IO[bytes], events: tuple[Literal["start", "end"], ...] = ("end",)
) -> Iterator[tuple[str, ElementTree.Element]]:
    """ElementTree's streaming parse of a part that declares no DTD: expat resolves no external entity and
    bounds entity expansion, and a workbook never needs either, so a part that declares one is refused."""
    head = stream.peek(2048) if hasattr(stream, "peek") else b""
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise SheetError("Excel 文件含 DTD 声明，不予接收：请在 Excel 中重新保存为 .xlsx")
    return ElementTree.iterparse(stream, events=events)


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column_of(ref: str) -> str:
    return ref.rstrip("0123456789")


def _header_texts(archive: zipfile.ZipFile, header: list[tuple[str, str, str]]) -> tuple[str, ...]:
    """The header cells as text, placed by their column letters; shared strings read only as far as needed."""
    wanted = {int(value) for _, kind, value in header if kind == "s" and value.strip().isdigit()}
    shared = _shared_strings(archive, max(wanted)) if wanted else {}
    texts: dict[int, str] = {}
    for column, kind, value in header:
        text = shared.get(int(value), "") if kind == "s" and value.strip().isdigit() else value
        texts[_column_index(column)] = text.strip()
    return tuple(texts.get(i, "") for i in range(max(texts) + 1)) if texts else ()


def _shared_strings(archive: zipfile.ZipFile, up_to: int) -> dict[int, str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return {}
    found: dict[int, str] = {}
    with archive.open("xl/sharedStrings.xml") as stream:
        for _, element in _iterparse(stream):
            if element.tag == f"{{{MAIN}}}si":
                found[len(found)] = "".join(t.text or "" for t in element.iter(f"{{{MAIN}}}t"))
                element.clear()
                if len(found) > up_to:
                    break
    return found


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return max(index - 1, 0)


def _too_many_rows(max_rows: int) -> SheetError:
    return SheetError(
        f"表格数据超过单次上传上限 {max_rows} 行（读到第 {max_rows + 1} 行数据即停止）：请拆分成多个文件",
        too_large=True,
    )


def _csv_rows(content: bytes, max_rows: int) -> list[tuple[int, tuple[Cell, ...]]]:
    for magic, what in NOT_SHEETS.items():
        if content.startswith(magic):
            raise SheetError(f"这是{what}，不是表格：请上传 .xlsx 或 CSV")
    text = _decode(content)
    if "\x00" in text:
        raise SheetError("文件含二进制内容，不是表格：请上传 .xlsx 或 CSV")
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    filled = 0
    try:  # numbered by record, as Excel shows the file, not by physical line
        for number, cells in enumerate(reader, start=1):
            rows.append((number, tuple(cells)))
            filled += any(c.strip() for c in cells)
            if filled > max_rows + 1:  # the header and one row too many
                raise _too_many_rows(max_rows)
        return rows
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
