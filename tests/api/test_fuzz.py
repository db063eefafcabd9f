"""Schemathesis against the live API: every operation, signed in as an admin, on SQLite and PostgreSQL.

The checks are the issue's: no server error, and every response conforms to the OpenAPI schema (status code,
content type, headers, body). The run is seeded for a reproducible CI; JOBCIRCLE_FUZZ_SEED and
JOBCIRCLE_FUZZ_EXAMPLES widen it (`JOBCIRCLE_FUZZ_EXAMPLES=200 pytest tests/api/test_fuzz.py -s`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.live import live_server
from tests.uploads_kit import csv_bytes, numbered, row, upload_done

CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
    "response_headers_conformance"
)
SEED = os.environ.get("JOBCIRCLE_FUZZ_SEED", "20261121")
EXAMPLES = os.environ.get("JOBCIRCLE_FUZZ_EXAMPLES", "20")


def _seed_objects(api: httpx.Client) -> None:
    """Uploads (one with a bad row), a posting held for review and the staff account of the login example,
    so that id paths and the sign-in example reach real objects."""
    examples = {
        name: schema["examples"][0]
        for name, schema in api.get("/openapi.json").json()["components"]["schemas"].items()
        if name in ("UserCreate", "EmployerCreate")
    }
    assert api.post("/v1/users", json=examples["UserCreate"]).status_code == 201
    employer = api.post("/v1/employers", json=examples["EmployerCreate"])
    assert employer.status_code == 201, employer.text
    held = api.post(
        "/v1/jobs",
        json={  # job 1, the id the fuzzer tries first
            "employer_id": employer.json()["id"],
            "title": "仓管",
            "description": "限男性，35岁以下",
            "job_type": "full_time",
            "salary": {"min": 4000, "max": 5000, "unit": "month"},
            "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
        },
    )
    assert held.status_code == 201 and held.json()["status"] == "review", held.text
    upload_done(api, csv_bytes(numbered(3)))
    upload_done(api, csv_bytes([row(), row(**{"薪资下限": "abc"})]))


def _schemathesis(base_url: str, token: str, report_dir: Path) -> dict[str, Any]:
    command = [
        sys.executable,  # `st run`, with ast.parse made thread-safe for CPython 3.11 (see st_serial.py)
        str(Path(__file__).with_name("st_serial.py")),
        "run",
        f"{base_url}/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        "--max-examples",
        EXAMPLES,
        "--seed",
        SEED,
        "--workers",
        "2",
        "--report",
        "json",
        "--report-json-path",
        str(report_dir / "run.json"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=report_dir)
    print(done.stdout[-6000:], done.stderr[-2000:], sep="\n")
    report: dict[str, Any] = json.loads((report_dir / "run.json").read_text())
    return report


@pytest.mark.slow
def test_fuzz_every_operation(settings: Settings, fake_embedder: Embedder, tmp_path: Path) -> None:
    unlimited = settings.model_copy(
        update={"rate_limit_ip_per_min": 10**6, "rate_limit_user_per_min": 10**6, "screening_mode": "review"}
    )
    with live_server(create_app(unlimited, embedder=fake_embedder)) as api:
        _seed_objects(api)
        token = api.headers["Authorization"].removeprefix("Bearer ")
        report = _schemathesis(str(api.base_url).rstrip("/"), token, tmp_path)
        assert api.get("/v1/auth/me").status_code == 200, "the fuzzing admin lost its session; coverage is void"

    operations, cases = report["operations"], report["test_cases"]
    print(
        f"schemathesis: {cases['generated']} cases over {operations['tested']}/{operations['total']} operations, "
        f"{len(report['failures'])} failures, {len(report['errors'])} errors, seed {report['seed']}"
    )
    assert report["failures"] == [], json.dumps(report["failures"], ensure_ascii=False, indent=1)[:4000]
    assert report["errors"] == [], report["errors"]
    assert operations["tested"] == operations["total"] > 50, operations
    assert cases["generated"] >= 1000 and cases["errored"] == 0, cases
    assert report["exit_code"] == 0 and report["complete"], report["stop_reason"]
    assert not report["warnings"]["missing_auth"], report["warnings"]["missing_auth"]
