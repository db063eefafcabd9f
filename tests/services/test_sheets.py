"""Reading uploaded sheets: CSV in each common encoding, typed XLSX, and every unsafe file refused."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest

from app.services.uploads import sheets
from app.services.uploads.sheets import (
    SheetError,
    SheetRow,
    cell_text,
    inspect_sheet,
    read_sheet,
)
from tests.uploads_kit import bomb_xlsx

MAX_ROWS = 100
POSTINGS_CSV = "职位名称,单位名称\n电焊工,示例厂\n"


def xlsx_bytes(*rows: Sequence[object], first_row: int = 1) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for number, row in enumerate(rows, start=first_row):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column, value=value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def zip_bytes(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


def refusal(content: bytes, max_rows: int = MAX_ROWS) -> SheetError:
    with pytest.raises(SheetError) as caught:
        read_sheet(content, max_rows)
    return caught.value


# CSV


def test_reads_utf8_csv() -> None:
    sheet = read_sheet(POSTINGS_CSV.encode(), MAX_ROWS)
    assert sheet.file_format == "csv"
    assert sheet.headers == ("职位名称", "单位名称")
    assert sheet.rows == [SheetRow(2, ("电焊工", "示例厂"))]


def test_reads_utf8_csv_with_bom_without_keeping_the_bom() -> None:
    sheet = read_sheet(POSTINGS_CSV.encode("utf-8-sig"), MAX_ROWS)
    assert sheet.headers[0] == "职位名称"


def test_reads_gbk_csv() -> None:
    sheet = read_sheet(POSTINGS_CSV.encode("gbk"), MAX_ROWS)
    assert sheet.headers == ("职位名称", "单位名称")
    assert sheet.rows[0].cells == ("电焊工", "示例厂")


def test_reads_utf16_tab_separated_unicode_text() -> None:
    content = "职位名称\t单位名称\r\n电焊工\t示例厂\r\n".encode("utf-16")
    sheet = read_sheet(content, MAX_ROWS)
    assert sheet.headers == ("职位名称", "单位名称")
    assert sheet.rows == [SheetRow(2, ("电焊工", "示例厂"))]


def test_reads_tab_separated_csv() -> None:
    sheet = read_sheet("职位名称\t单位名称\n电焊工\t示例厂\n".encode(), MAX_ROWS)
    assert sheet.headers == ("职位名称", "单位名称")
    assert sheet.rows[0].cells == ("电焊工", "示例厂")


def test_keeps_quoted_commas_inside_one_cell() -> None:
    sheet = read_sheet('职位名称,单位名称\n普工,"甲,乙厂"\n'.encode(), MAX_ROWS)
    assert sheet.rows[0].cells == ("普工", "甲,乙厂")


def test_skips_blank_rows_but_keeps_the_row_numbers_the_clerk_sees() -> None:
    content = "职位名称,单位名称\n电焊工,示例厂\n\n普工,乙厂\n,\n叉车工,丙厂\n".encode()
    sheet = read_sheet(content, MAX_ROWS)
    assert [row.number for row in sheet.rows] == [2, 4, 6]
    assert [row.cells[0] for row in sheet.rows] == ["电焊工", "普工", "叉车工"]


def test_finds_the_header_below_an_empty_first_row() -> None:
    sheet = read_sheet(("\n" + POSTINGS_CSV).encode(), MAX_ROWS)
    assert sheet.headers == ("职位名称", "单位名称")
    assert sheet.rows == [SheetRow(3, ("电焊工", "示例厂"))]


def test_pads_short_rows_and_cuts_long_ones_to_the_header_width() -> None:
    sheet = read_sheet("职位名称,单位名称,地址\n电焊工\n普工,乙厂,合肥,多余\n".encode(), MAX_ROWS)
    assert sheet.rows[0].cells == ("电焊工", None, None)
    assert sheet.rows[1].cells == ("普工", "乙厂", "合肥")


def test_strips_spaces_around_headers() -> None:
    sheet = read_sheet(" 职位名称 ,单位名称\n电焊工,示例厂\n".encode(), MAX_ROWS)
    assert sheet.headers[0] == "职位名称"


# XLSX


def test_reads_xlsx_with_typed_numbers_and_dates() -> None:
    content = xlsx_bytes(["职位名称", "薪资下限", "有效期至"], ["电焊工", 6000.5, datetime(2026, 12, 31)])
    sheet = read_sheet(content, MAX_ROWS)
    assert sheet.file_format == "xlsx"
    assert sheet.headers == ("职位名称", "薪资下限", "有效期至")
    assert sheet.rows == [SheetRow(2, ("电焊工", 6000.5, datetime(2026, 12, 31)))]


def test_xlsx_keeps_row_numbers_across_blank_rows_and_an_empty_first_row() -> None:
    content = xlsx_bytes(["职位名称", "单位名称"], ["电焊工", "示例厂"], [None, None], ["普工", "乙厂"], first_row=2)
    sheet = read_sheet(content, MAX_ROWS)
    assert sheet.headers == ("职位名称", "单位名称")
    assert [row.number for row in sheet.rows] == [3, 5]


def test_refuses_xlsx_formulas_naming_the_cell() -> None:
    content = xlsx_bytes(["职位名称", "薪资下限"], ["电焊工", "=1000*6"])
    error = refusal(content)
    assert "B2" in error.reason
    assert "公式" in error.reason
    assert not error.too_large


def test_counts_every_formula_but_shows_only_the_first_few() -> None:
    content = xlsx_bytes(["职位名称", "薪资下限"], *[["工", f"={n}*1000"] for n in range(2, 7)])
    reason = refusal(content).reason
    assert "5 个公式" in reason
    assert "B2" in reason and "B4" in reason
    assert "B5" not in reason


def test_refuses_a_workbook_with_macros() -> None:
    assert "宏" in refusal(zip_bytes("xl/workbook.xml", "xl/vbaProject.bin")).reason


def test_refuses_legacy_xls() -> None:
    assert ".xls" in refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64).reason


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ],
)
def test_refuses_documents_and_images_by_their_magic(content: bytes, what: str) -> None:
    assert what in refusal(content).reason


def test_refuses_a_word_document() -> None:
    assert "Word" in refusal(zip_bytes("[Content_Types].xml", "word/document.xml")).reason


def test_refuses_a_zip_that_is_not_a_workbook() -> None:
    assert "压缩包" in refusal(zip_bytes("readme.txt")).reason


def test_refuses_a_damaged_zip() -> None:
    assert "损坏" in refusal(b"PK\x03\x04" + b"\x00garbage" * 8).reason


def test_refuses_a_workbook_openpyxl_cannot_open() -> None:
    assert "损坏" in refusal(zip_bytes("xl/workbook.xml")).reason


@pytest.mark.parametrize("content", [b"", b"  \r\n\t"])
def test_refuses_an_empty_file(content: bytes) -> None:
    assert "空" in refusal(content).reason


def test_refuses_a_file_of_only_blank_rows() -> None:
    assert "没有任何内容" in refusal(b",,\n,,\n").reason


def test_refuses_binary_content_in_a_text_file() -> None:
    assert "二进制" in refusal(b"a,b\n\x00\x01,c\n").reason


def test_refuses_more_data_rows_than_allowed_as_too_large() -> None:
    content = ("职位名称,单位名称\n" + "电焊工,示例厂\n" * 4).encode()
    error = refusal(content, max_rows=3)
    assert error.too_large
    assert "4" in error.reason and "3" in error.reason


def test_accepts_exactly_max_rows_and_does_not_count_blank_rows() -> None:
    content = ("职位名称,单位名称\n" + "电焊工,示例厂\n\n" * 3).encode()
    assert len(read_sheet(content, 3).rows) == 3


# cell_text


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (6000.0, "6000"),
        (6000.5, "6000.5"),
        (5, "5"),
        (datetime(2026, 12, 31), "2026-12-31"),
        (datetime(2026, 12, 31, 8, 30), "2026-12-31 08:30:00"),
        (date(2026, 12, 31), "2026-12-31"),
        ("  电焊工 ", "电焊工"),
    ],
)
def test_cell_text_shows_the_cell_as_the_clerk_typed_it(cell: object, text: str) -> None:
    assert cell_text(cell) == text  # type: ignore[arg-type]


def test_quoted_cells_with_doubled_quotes_commas_and_newlines_stay_whole() -> None:
    """Real descriptions: Excel doubles quotes inside quoted cells; a sniffer guessed otherwise once."""
    description = '岗位要求：\n1、熟悉"二保焊"，会看图纸,能吃苦；\n2、"包住"，"五险"'
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["职位名称", "岗位描述", "单位名称"])
    for i in range(40):
        writer.writerow([f"电焊工{i}", description, "示例厂"])
    sheet = read_sheet(out.getvalue().encode("gb18030"), max_rows=100)
    assert len(sheet.rows) == 40
    assert {row.cells[1] for row in sheet.rows} == {description}


def test_semicolon_separated_files_are_read_by_their_header_line() -> None:
    sheet = read_sheet("职位名称;单位名称\n电焊工;示例厂,合肥\n".encode(), max_rows=10)
    assert sheet.headers == ("职位名称", "单位名称") and sheet.rows[0].cells == ("电焊工", "示例厂,合肥")


# zip bombs and the request's bounded scan


def count_scanned_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen = [0]
    original = sheets._xml_rows

    def counting(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for row in original(*args, **kwargs):
            seen[0] += 1
            yield row

    monkeypatch.setattr(sheets, "_xml_rows", counting)
    return seen


def test_a_bomb_of_rows_is_refused_after_reading_the_limit_not_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """500,000 identical rows in 210 KB once held the API for a minute: every row was read before the limit."""
    bomb = bomb_xlsx(100_000)
    seen = count_scanned_rows(monkeypatch)
    with pytest.raises(SheetError) as refused:
        inspect_sheet(bomb, max_rows=50)
    assert refused.value.too_large and "50" in refused.value.reason
    assert seen[0] <= 52  # the header, 50 rows, one too many


def test_the_tasks_full_read_stops_at_the_limit_too() -> None:
    with pytest.raises(SheetError) as refused:
        read_sheet(bomb_xlsx(5_000), max_rows=50)
    assert refused.value.too_large


def test_an_archive_that_inflates_past_the_limit_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = count_scanned_rows(monkeypatch)
    with pytest.raises(SheetError) as refused:
        inspect_sheet(bomb_xlsx(20_000), max_rows=100_000, max_unpacked_bytes=1024 * 1024)
    assert refused.value.too_large and "解压后" in refused.value.reason
    assert seen[0] == 0


def test_endless_empty_rows_stop_the_scan_at_its_element_budget() -> None:
    content = bomb_xlsx(1)
    with zipfile.ZipFile(io.BytesIO(content)) as source:
        parts = {m.filename: source.read(m) for m in source.infolist()}
    head, _, tail = parts["xl/worksheets/sheet1.xml"].decode().partition("</row>")
    parts["xl/worksheets/sheet1.xml"] = (head + "</row>" + "<row/>" * 200_000 + tail).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(SheetError) as refused:
        inspect_sheet(out.getvalue(), max_rows=50)
    assert refused.value.too_large and "空行" in refused.value.reason


def test_a_workbook_part_declaring_a_dtd_is_refused() -> None:
    content = bomb_xlsx(1)
    with zipfile.ZipFile(io.BytesIO(content)) as source:
        parts = {m.filename: source.read(m) for m in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    declaration = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    parts["xl/worksheets/sheet1.xml"] = (declaration + sheet.split("?>", 1)[-1]).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(SheetError) as refused:
        inspect_sheet(out.getvalue(), max_rows=50)
    assert "DTD" in refused.value.reason


def workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "rows",
    [
        [["职位名称", "单位名称"], ["电焊工", "示例厂"], ["普工", "乙厂"]],
        [[None, None], ["职位名称", "单位名称", "薪资下限"], [None], ["电焊工", "示例厂", 6000]],  # header on row 2
        [["职位名称", None, "单位名称"], ["电焊工", None, "示例厂"]],  # a blank header column
        [["职位名称", "单位名称"], ["电焊工", "示例厂"], [None, None], ["  ", None], ["保洁员", "丙厂"]],  # blanks
        [["Title", "Employer", "备注"], *[[f"岗位{i}", "厂", i] for i in range(30)]],
    ],
    ids=["plain", "header-below", "blank-header-column", "blank-rows", "thirty-rows"],
)
def test_the_requests_scan_sees_the_header_and_row_count_the_full_read_sees(rows: list[list[object]]) -> None:
    content = workbook(rows)
    shape, sheet = inspect_sheet(content, max_rows=100), read_sheet(content, max_rows=100)
    assert (shape.file_format, shape.headers, shape.data_rows) == ("xlsx", sheet.headers, len(sheet.rows))
