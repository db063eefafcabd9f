"""Every table the service writes opens in Excel without a cell that runs: formulas stay text."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from app.services.tables import neutralised, write_csv, write_xlsx
from app.services.uploads.sheets import read_sheet

MAX_ROWS = 100
ATTACKS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")']


def load(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content), data_only=False)


def test_write_xlsx_keeps_formula_like_text_as_text() -> None:
    value = '=HYPERLINK("http://x")'
    sheet = load(write_xlsx(["职位名称", "链接"], [["电焊工", value]], title="岗位")).active
    assert sheet is not None
    cell = sheet["B2"]
    assert cell.value == value
    assert cell.data_type == "s"


def test_write_xlsx_output_reads_back_without_a_formula_refusal() -> None:
    content = write_xlsx(["职位名称", "链接"], [["电焊工", "=1+1"]], title="岗位")
    assert read_sheet(content, MAX_ROWS).rows[0].cells == ("电焊工", "=1+1")


def test_write_xlsx_keeps_numbers_numeric() -> None:
    sheet = load(write_xlsx(["薪资下限"], [[6000]], title="岗位")).active
    assert sheet is not None
    assert sheet["A2"].value == 6000
    assert sheet["A2"].data_type == "n"


def test_write_xlsx_writes_headers_in_order_on_the_titled_sheet() -> None:
    headers = ["职位名称", "单位名称", "错误原因"]
    workbook = load(write_xlsx(headers, [], title="待修改的行"))
    assert workbook.sheetnames == ["待修改的行"]
    assert [cell.value for cell in workbook["待修改的行"][1]] == headers


def test_write_xlsx_adds_the_notes_sheet_when_notes_are_given() -> None:
    notes = [["职位名称", "必填"], ["薪资单位", "月、天、小时、件"]]
    workbook = load(write_xlsx(["职位名称"], [], title="岗位", notes=notes))
    assert workbook.sheetnames == ["岗位", "填写说明"]
    assert [[cell.value for cell in row] for row in workbook["填写说明"].iter_rows()] == notes


def test_write_xlsx_writes_back_any_cell_read_from_a_csv() -> None:
    sheet = read_sheet("职位名称,岗位描述\n电焊工,第一条\x0b第二条\n".encode(), MAX_ROWS)
    content = write_xlsx(sheet.headers, [row.cells for row in sheet.rows], title="待修改的行")
    assert read_sheet(content, MAX_ROWS).rows[0].cells[0] == "电焊工"


@pytest.mark.parametrize("value", ATTACKS)
def test_csv_cells_that_would_run_are_written_behind_an_apostrophe(value: str) -> None:
    rows = list(csv.reader(io.StringIO(write_csv(["名称", "数量"], [[value, 3]]).decode("utf-8-sig"))))
    assert rows == [["名称", "数量"], ["'" + value, "3"]]


@pytest.mark.parametrize("value", ["电焊工", "6-8千", "A=B", "", "春风行动·瑶海区"])
def test_csv_leaves_ordinary_text_alone(value: str) -> None:
    assert neutralised(value) == value
    rows = list(csv.reader(io.StringIO(write_csv(["名称"], [[value]]).decode("utf-8-sig"))))
    assert rows[1] == [value]


def test_csv_keeps_numbers_and_empty_cells_as_they_are() -> None:
    body = write_csv(["a", "b", "c"], [[-5, None, 1.5]]).decode("utf-8-sig")
    assert body.splitlines()[1] == "-5,,1.5"  # a negative number is a number, not a formula


@pytest.mark.parametrize("value", ATTACKS)
def test_xlsx_cells_that_would_run_are_typed_strings(value: str) -> None:
    sheet = load(write_xlsx(["名称"], [[value]], title="fairs")).active
    assert sheet is not None
    assert sheet["A2"].data_type == "s"
    assert str(sheet["A2"].value).strip() == value.strip()  # XML reads a bare CR back as a line break


def test_xlsx_sheet_titles_follow_excels_rules() -> None:
    workbook = load(write_xlsx(["a"], [], title="统计/导出:[2026]*?" + "x" * 40))
    assert len(workbook.sheetnames[0]) <= 31 and not set("[]:*?/\\") & set(workbook.sheetnames[0])
