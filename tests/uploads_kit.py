"""Sheets for upload tests, written as a clerk would, and a poller for an upload's end."""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from typing import Any

import httpx
import openpyxl

HEADERS = [
    "职位名称",
    "岗位描述",
    "用工类型",
    "薪资下限",
    "薪资上限",
    "薪资单位",
    "工作地址",
    "经度",
    "纬度",
    "坐标系",
    "招聘人数",
    "单位名称",
    "统一社会信用代码",
    "联系电话",
    "有效期至",
    "外部编号",
    "见习期限",
    "班次",
]
MINGGUANG = (117.3072, 31.8565)  # 明光路街道 in GCJ-02, as a WeChat map gives it


def row(title: str = "电焊工", **values: str) -> list[str]:
    """A good row; override any column by its Chinese header, e.g. row(**{"薪资下限": "150"})."""
    base = {
        "职位名称": title,
        "岗位描述": f"{title}，有经验优先",
        "用工类型": "全职",
        "薪资下限": "6-8千",
        "薪资单位": "月",
        "工作地址": "合肥市瑶海区明光路街道",
        "经度": str(MINGGUANG[0]),
        "纬度": str(MINGGUANG[1]),
        "坐标系": "gcj02",
        "单位名称": "合肥示例机械厂",
    }
    base.update(values)
    return [base.get(h, "") for h in HEADERS]


def csv_bytes(rows: list[list[str]], headers: list[str] = HEADERS, encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def numbered(count: int, **values: str) -> list[list[str]]:
    trades = ["电焊工", "保洁员", "叉车司机", "厨师", "仓库管理员", "保安", "电工", "育婴师"]
    return [row(f"{trades[i % len(trades)]}{i}", **{"外部编号": f"X{i}", **values}) for i in range(count)]


def upload(api: httpx.Client, content: bytes, filename: str = "岗位.csv", **form: Any) -> httpx.Response:
    return api.post(
        "/v1/uploads",
        files={"file": (filename, content, "application/octet-stream")},
        data={k: str(v) for k, v in form.items()},
    )


def finished(api: httpx.Client, upload_id: int, timeout_s: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        body: dict[str, Any] = api.get(f"/v1/uploads/{upload_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.1)
    raise AssertionError(f"upload {upload_id} still {body['status']} after {timeout_s}s: {body['progress']}")


def upload_done(api: httpx.Client, content: bytes, filename: str = "岗位.csv", **form: Any) -> dict[str, Any]:
    response = upload(api, content, filename, **form)
    assert response.status_code == 202, response.text
    return finished(api, response.json()["id"])


def bomb_xlsx(rows: int, *, columns: int = 3) -> bytes:
    """A small .xlsx that unpacks to `rows` identical rows: a real header (as Excel writes it, shared strings),
    then rows with no `r` attributes (optional in OOXML), so deflate shrinks them about a thousandfold."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["职位名称", "单位名称", "薪资下限", *[f"备注{i}" for i in range(columns - 3)]])
    base = io.BytesIO()
    workbook.save(base)
    cell = '<c t="inlineStr"><is><t>电焊工</t></is></c><c t="inlineStr"><is><t>示例厂</t></is></c><c><v>6000</v></c>'
    body = "<row>" + cell + "<c><v>1</v></c>" * (columns - 3) + "</row>"
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                head, _, tail = data.decode().partition("</row>")
                last = f"{openpyxl.utils.get_column_letter(columns)}{rows + 1}"  # the dimension a real file states
                head = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:{last}"', head)
                data = (head + "</row>" + body * rows + tail).encode()
            bomb.writestr(member.filename, data)
    return out.getvalue()
