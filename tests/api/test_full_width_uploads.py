"""Salary and shift cells typed in full-width (as phones and Excel do) store the numbers their half-width twins do,
over HTTP, from a real CSV and XLSX; what cannot be read is a rejected row naming its column, quoting what was
typed, never a 500."""

from __future__ import annotations

import io
from typing import Any

import httpx
import openpyxl

from tests.factories import employer, job_body
from tests.uploads_kit import HEADERS, csv_bytes, row, upload_done

FULL_WIDTH = {
    "薪资下限": "月薪４０００－６０００",
    "薪资单位": "",
    "班次": "８：００－１２：００、周六 １３:３０~１７:３０",
}
HALF_WIDTH = {"薪资下限": "月薪4000-6000", "薪资单位": "", "班次": "08:00-12:00、周六 13:30-17:30"}


def _jobs(api: httpx.Client) -> dict[str, dict[str, Any]]:
    items = api.get("/v1/jobs", params={"limit": 100}).json()["items"]
    return {item["external_id"]: item for item in items}


def _xlsx(rows: list[list[str]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_full_width_salary_and_shift_cells_store_the_half_width_numbers(api: httpx.Client) -> None:
    rows = [
        row("电焊工", **{**FULL_WIDTH, "外部编号": "full"}),
        row("电工", **{**HALF_WIDTH, "外部编号": "half"}),
        row("保洁员", **{"薪资下限": "１５０", "薪资单位": "元／天", "班次": "８:00~17:30", "外部编号": "day"}),
    ]
    body = upload_done(api, csv_bytes(rows))
    assert body["counts"]["created"] == 3, body["errors"]
    jobs = _jobs(api)
    assert jobs["full"]["salary"] == jobs["half"]["salary"] == {"min": 4000, "max": 6000, "unit": "month"}
    assert jobs["full"]["shifts"] == jobs["half"]["shifts"] == ["08:00-12:00", "周六 13:30-17:30"]
    assert jobs["day"]["salary"] == {"min": 150, "max": None, "unit": "day"}
    assert jobs["day"]["shifts"] == ["08:00-17:30"]


def test_full_width_cells_in_an_xlsx_and_bad_ones_rejected_by_column(api: httpx.Client) -> None:
    rows = [
        row("叉车司机", **{**FULL_WIDTH, "外部编号": "good"}),
        row("仓库管理员", **{"薪资下限": "４０００－－６０００", "外部编号": "bad-salary"}),
        row("保安", **{"班次": "８：００－", "外部编号": "bad-shift"}),
    ]
    body = upload_done(api, _xlsx(rows), "岗位.xlsx")
    assert body["status"] == "done"
    assert (body["counts"]["created"], body["counts"]["rejected"]) == (1, 2)
    by_row = {e["row"]: e for e in body["errors"]}
    assert by_row[3]["column"] == "薪资下限" and "「４０００－－６０００」无法识别" in by_row[3]["reason"]
    assert by_row[4]["column"] == "班次" and "８：００－" in by_row[4]["reason"]
    assert _jobs(api)["good"]["salary"] == {"min": 4000, "max": 6000, "unit": "month"}


def test_a_posting_sent_with_full_width_shifts_stores_them_as_the_api_writes_them(api: httpx.Client) -> None:
    body = job_body(employer(api), shifts=["８：００－１２：００", "周六 ８:00~12:00"])
    created = api.post("/v1/jobs", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["shifts"] == ["08:00-12:00", "周六 08:00-12:00"]
    bad = api.post("/v1/jobs", json={**body, "shifts": ["８：００－"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].startswith("shifts")


def test_a_posting_sent_with_valid_shifts_stores_and_returns_them_byte_for_byte(api: httpx.Client) -> None:
    sent = ["周六08:00-12:00", "周日  13:30-17:30", "2026-12-05 13:00-17:00"]
    created = api.post("/v1/jobs", json=job_body(employer(api), shifts=sent))
    assert created.status_code == 201, created.text
    assert created.json()["shifts"] == sent
    assert api.get(f"/v1/jobs/{created.json()['id']}").json()["shifts"] == sent
