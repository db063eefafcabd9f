"""Bulk upload over real HTTP, on SQLite and PostgreSQL: counts, re-uploads, reasons, bad files."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from sqlalchemy import create_engine, update

from app.config import Settings
from app.main import create_app
from app.models import Upload
from matching.embedding import Embedder
from tests.auth_kit import headers_for
from tests.live import live_server
from tests.uploads_kit import (
    HEADERS,
    bomb_xlsx,
    csv_bytes,
    finished,
    numbered,
    row,
    upload,
    upload_done,
)


@pytest.fixture
def small_api(migrated_url: str, tmp_path: Path, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    """Small chunks (so resumption points exist) and small limits (so the limits can be hit)."""
    settings = Settings(
        database_url=migrated_url,
        data_dir=tmp_path / "data",
        sync_interval_s=0.2,
        upload_chunk_rows=7,
        upload_max_rows=60,
        upload_max_bytes=64 * 1024,
    )
    with live_server(create_app(settings, embedder=fake_embedder)) as client:
        yield client


def test_counts_add_up_and_rejected_rows_say_why(small_api: httpx.Client) -> None:
    rows = numbered(20)
    rows[3] = row("普工", **{"薪资下限": "150", "薪资单位": "", "外部编号": "bad-salary"})
    rows[8] = row("", **{"外部编号": "no-title"})
    rows[12] = row("保洁", **{"经度": "", "纬度": "", "工作地址": "北京市朝阳区", "外部编号": "beijing"})
    body = upload_done(small_api, csv_bytes(rows, encoding="gbk"))
    assert body["status"] == "done"
    counts = body["counts"]
    assert (counts["created"], counts["updated"], counts["unchanged"], counts["rejected"]) == (17, 0, 0, 3)
    assert body["progress"] == {"done": 20, "total": 20, "percent": 100.0}
    by_row = {e["row"]: e for e in body["errors"]}
    assert set(by_row) == {5, 10, 14}  # the header is row 1
    assert by_row[5]["column"] == "薪资下限" and "单位" in by_row[5]["reason"]
    assert by_row[10]["column"] == "职位名称" and "必填" in by_row[10]["reason"]
    assert by_row[14]["value"] == "北京市朝阳区" and "无法定位" in by_row[14]["reason"]
    assert small_api.get("/v1/jobs", params={"limit": 100}).json()["total"] == 17


def test_the_same_file_again_creates_nothing_and_an_edited_row_updates(small_api: httpx.Client) -> None:
    rows = numbered(15)
    first = upload_done(small_api, csv_bytes(rows))
    assert first["counts"]["created"] == 15
    again = upload_done(small_api, csv_bytes(rows))
    assert again["counts"] == {"created": 0, "updated": 0, "unchanged": 15, "rejected": 0, "linked": 0}
    rows[2] = row("电焊工2", **{"外部编号": "X2", "薪资下限": "9千"})
    edited = upload_done(small_api, csv_bytes(rows))
    assert (edited["counts"]["created"], edited["counts"]["updated"], edited["counts"]["unchanged"]) == (0, 1, 14)
    jobs = small_api.get("/v1/jobs", params={"limit": 100}).json()
    assert jobs["total"] == 15
    assert next(j for j in jobs["items"] if j["external_id"] == "X2")["salary"]["min"] == 9000


def test_rows_without_an_external_id_are_keyed_by_content(small_api: httpx.Client) -> None:
    rows = [row(f"厨师{i}") for i in range(5)] + [row("厨师0")]  # the last repeats the first
    first = upload_done(small_api, csv_bytes(rows))
    assert (first["counts"]["created"], first["counts"]["unchanged"]) == (5, 1)
    assert upload_done(small_api, csv_bytes(rows))["counts"]["created"] == 0


def test_english_headers_in_any_order_and_xlsx(small_api: httpx.Client) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["employer", "salary_min", "title", "address", "salary_unit"])
    sheet.append(["合肥示例物业", 150, "保洁员", "合肥市瑶海区明光路街道", "天"])
    out = io.BytesIO()
    workbook.save(out)
    body = upload_done(small_api, out.getvalue(), "jobs.xlsx")
    assert body["file_format"] == "xlsx" and body["counts"]["created"] == 1
    job = small_api.get("/v1/jobs").json()["items"][0]
    assert job["salary"] == {"min": 150, "max": None, "unit": "day"}
    assert job["location_precision"] == "township" and job["channel"] == "upload"


def test_errors_xlsx_holds_the_rejected_rows_ready_to_fix_and_reupload(small_api: httpx.Client) -> None:
    rows = numbered(6)
    rows[1] = row('=HYPERLINK("http://evil")', **{"薪资下限": "abc", "外部编号": "fix-me"})
    body = upload_done(small_api, csv_bytes(rows))
    response = small_api.get(f"/v1/uploads/{body['id']}/errors.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == [*HEADERS, "错误原因"]
    assert len(values) == 2 and values[1][15] == "fix-me" and "薪资" in values[1][len(HEADERS)]
    assert sheet["A2"].data_type == "s"  # the clerk's text stays text, never a live formula
    fixed = [
        list(values[0][:16]),
        [("电焊工" if i == 0 else "6千" if i == 3 else v or "") for i, v in enumerate(values[1][:16])],
    ]
    again = upload_done(small_api, csv_bytes(fixed[1:], headers=fixed[0]))
    assert (again["counts"]["created"], again["counts"]["rejected"]) == (1, 0)


def test_template_has_the_chinese_headers_and_an_example_that_uploads(small_api: httpx.Client) -> None:
    response = small_api.get("/v1/uploads/template.xlsx")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["岗位", "填写说明"]
    assert [c.value for c in workbook["岗位"][1]] == HEADERS
    body = upload_done(small_api, response.content, "template.xlsx")
    assert body["counts"]["created"] == 1 and body["errors"] == []


def test_issue_pages_and_warnings(small_api: httpx.Client) -> None:
    rows = [row("电焊工", **{"坐标系": "", "外部编号": "w"})] + [row("", **{"外部编号": f"e{i}"}) for i in range(4)]
    body = upload_done(small_api, csv_bytes(rows))
    assert (body["errors_total"], body["warnings_total"]) == (4, 1)
    page = small_api.get(f"/v1/uploads/{body['id']}/errors", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 4 and [e["row"] for e in page["items"]] == [5, 6]
    warnings = small_api.get(f"/v1/uploads/{body['id']}/errors", params={"severity": "warning"}).json()
    assert warnings["items"][0]["column"] == "坐标系" and "GCJ-02" in warnings["items"][0]["reason"]
    listed = small_api.get("/v1/uploads").json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == body["id"]


@pytest.mark.parametrize(
    ("content", "filename", "status", "says"),
    [
        pytest.param(b"%PDF-1.7 not a sheet", "a.pdf", 422, "PDF", id="pdf"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.xls", 422, ".xls", id="legacy-xls"),
        pytest.param(
            csv_bytes([["示例厂", "6000"]], headers=["单位名称", "薪资下限"]),
            "a.csv",
            422,
            "职位名称",
            id="no-title-column",
        ),
        pytest.param(csv_bytes(numbered(61)), "a.csv", 422, "60", id="over-row-limit"),
        pytest.param(b"a" * (64 * 1024 + 1), "big.csv", 413, "MB", id="over-size-limit"),
        pytest.param("职位名称,单位名称\n".encode() + b"\x80\xff", "a.csv", 422, "编码", id="broken-encoding"),
        pytest.param(b"", "empty.csv", 422, "空", id="empty"),
    ],
)
def test_bad_files_are_refused_whole_and_nothing_is_stored(
    small_api: httpx.Client, content: bytes, filename: str, status: int, says: str
) -> None:
    response = upload(small_api, content, filename)
    assert response.status_code == status, response.text
    error = response.json()
    assert error["errors"][0]["field"] == "file" and says in error["errors"][0]["reason"]
    assert small_api.get("/v1/uploads").json()["total"] == 0
    assert small_api.get("/v1/jobs").json()["total"] == 0


def test_formulas_are_refused_with_the_cell_named(small_api: httpx.Client) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["职位名称", "单位名称", "薪资下限"])
    sheet.append(["电焊工", "示例厂", "=6000*1.2"])
    out = io.BytesIO()
    workbook.save(out)
    response = upload(small_api, out.getvalue(), "f.xlsx")
    assert response.status_code == 422 and "C2" in response.json()["errors"][0]["reason"]


def test_missing_file_and_unknown_fair_are_field_errors(small_api: httpx.Client) -> None:
    missing = small_api.post("/v1/uploads", data={"fair_id": "1"})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "file"
    unknown = upload(small_api, csv_bytes(numbered(1)), fair_id=999)
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "fair_id"


def test_accepted_rows_are_matchable_and_address_only_rows_only_when_asked(small_api: httpx.Client) -> None:
    rows = [
        row("电焊工", **{"外部编号": "point"}),
        row("电焊工", **{"经度": "", "纬度": "", "外部编号": "township", "单位名称": "另一家厂"}),
    ]
    upload_done(small_api, csv_bytes(rows))
    where = {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}

    def search(**extra: object) -> list[dict[str, object]]:
        response = small_api.post("/v1/matches/search", json={"text": "电焊工", "location": where, **extra})
        assert response.status_code == 200, response.text
        return list(response.json()["items"])

    strict = search()
    assert [i["job"]["location_precision"] for i in strict] == ["point"]
    both = search(include_approximate=True)
    precision = {i["job"]["location_precision"]: i["explanation"] for i in both}
    assert set(precision) == {"point", "township"}
    assert precision["township"].startswith("约 ") and "按乡镇中心估算" in precision["township"]


def test_failed_upload_can_be_retried_and_others_cannot(small_api: httpx.Client, migrated_url: str) -> None:
    body = upload_done(small_api, csv_bytes(numbered(12)))
    assert small_api.post(f"/v1/uploads/{body['id']}/retry").status_code == 409  # done: nothing to retry
    assert small_api.post("/v1/uploads/999/retry").status_code == 404
    engine = create_engine(migrated_url)  # as if it had failed after its first chunk
    try:
        with engine.begin() as connection:
            connection.execute(
                update(Upload).values(status="failed", failure="test", rows_done=7, created=7, attempts=5)
            )
    finally:
        engine.dispose()
    retried = small_api.post(f"/v1/uploads/{body['id']}/retry")
    assert retried.status_code == 202 and retried.json()["status"] == "queued" and retried.json()["failure"] is None
    done = finished(small_api, body["id"])
    assert done["status"] == "done" and done["progress"]["done"] == 12 and done["attempts"] == 1
    assert done["counts"]["created"] == 7 and done["counts"]["unchanged"] == 5  # resumed at row 8: its rows exist


def test_an_operators_rows_stay_inside_their_districts(api: httpx.Client, settings: Settings) -> None:
    """As with PATCH: a row placed outside the uploader's districts, or updating a posting that stands outside
    them, is rejected with the reason; the rest of the sheet is stored (明光路 is in 瑶海区, 340102)."""
    yaohai = headers_for(settings, "operator", districts=["340102"])
    shushan = headers_for(settings, "operator", districts=["340104"])

    def as_(headers: dict[str, str], rows: list[list[str]]) -> dict[str, Any]:
        sent = api.post("/v1/uploads", headers=headers, files={"file": ("岗位.csv", csv_bytes(rows))})
        assert sent.status_code == 202, sent.text
        return finished(api, sent.json()["id"])

    mine = as_(yaohai, [row("电焊工", **{"外部编号": "W1"})])
    assert mine["counts"]["created"] == 1
    theirs = as_(
        shushan,
        [
            row("电焊工", **{"外部编号": "W2"}),  # a new posting at 明光路
            row("电焊工", **{"外部编号": "W1", "工作地址": "合肥市蜀山区", "经度": "", "纬度": ""}),
        ],
    )
    assert (theirs["counts"]["created"], theirs["counts"]["updated"], theirs["counts"]["rejected"]) == (0, 0, 2)
    assert {e["row"] for e in theirs["errors"]} == {2, 3}
    assert all("辖区" in e["reason"] for e in theirs["errors"])
    assert api.get("/v1/jobs").json()["total"] == 1


def test_a_bomb_of_rows_is_refused_without_materialising_its_rows(
    small_api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small .xlsx of 100,000 identical rows: the request used to read every one before checking the limit
    (500,000 such rows, sent five times at once, held the API for about 70 s). Now it is refused by a scan
    that stops at the limit, and no cell is materialised on the request's thread."""
    materialised = [0]
    original = ReadOnlyWorksheet._cells_by_row

    def counting(self: ReadOnlyWorksheet, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for cells in original(self, *args, **kwargs):
            materialised[0] += 1
            yield cells

    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", counting)
    response = upload(small_api, bomb_xlsx(100_000), "bomb.xlsx")
    assert response.status_code == 422, response.text
    assert "60" in response.json()["errors"][0]["reason"]
    assert materialised[0] == 0
    assert small_api.get("/v1/uploads").json()["total"] == 0
