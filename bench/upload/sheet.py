"""Template-layout sheets made from the real postings, values left as messy as they came."""

from __future__ import annotations

import csv
import gzip
import io
import random
from pathlib import Path

from app.services.uploads.rows import COLUMNS
from bench.eval.data import POSTINGS

HEADERS = [main for main, _ in COLUMNS.values()]


def real_rows(count: int, seed: int = 20261121, path: Path = POSTINGS) -> list[list[str]]:
    """`count` postings drawn at random from every platform, in the upload template's 16 columns.

    Salaries, coordinates (Baidu BD-09, often only a city's point), addresses and descriptions are
    passed through untouched: missing, odd or over-long values are the point of the exercise."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        postings = list(csv.DictReader(f))
    picked = random.Random(seed).sample(postings, count)
    return [_row(p) for p in picked]


def write_csv(rows: list[list[str]], path: Path, encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
    return path


def write_xlsx(rows: list[list[str]], path: Path) -> Path:
    from app.services.tables import write_xlsx as xlsx

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(xlsx(HEADERS, rows, title="岗位"))
    return path


def _row(p: dict[str, str]) -> list[str]:
    has_salary = bool(p["最低薪资"].strip() or p["最高薪资"].strip())
    has_point = bool(p["经度"].strip() and p["纬度"].strip())
    address = p["地址"] if p["地址"].startswith(p["地区"].split("·")[0]) else f"{p['地区']} {p['地址']}".strip()
    return [
        p["职位"],
        p["职位描述"],
        "全职",
        p["最低薪资"],
        p["最高薪资"],
        "月" if has_salary else "",
        address,
        p["经度"],
        p["纬度"],
        "bd09" if has_point else "",
        "",
        p["公司"],
        "",
        "",
        "",
        p["职位自编号"][:64],
    ]
