"""`jobcircle import FILE`: the same checks and storage as the API, a progress bar and a summary table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, func, select

from app.models import Job
from tests.uploads_kit import csv_bytes, numbered, row

ROOT = Path(__file__).resolve().parent.parent


def run_import(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")}
    env.update(
        JOBCIRCLE_DATABASE_URL=url,
        JOBCIRCLE_DATA_DIR=str(tmp_path / "data"),
        JOBCIRCLE_EMBEDDER="hashing",
        COLUMNS="160",
    )
    if not (tmp_path / "data").is_dir():  # set up as `jobcircle serve` would; import never makes a second one
        subprocess.run([sys.executable, "-m", "app.cli", "migrate"], cwd=ROOT, env=env, check=True, timeout=120)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "import", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_stores_rows_and_prints_counts_and_reasons(migrated_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "岗位.csv"
    sheet.write_bytes(csv_bytes([*numbered(12), row("", **{"外部编号": "no-title"})], encoding="gbk"))
    result = run_import(migrated_url, tmp_path, str(sheet))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "12" in result.stdout and "第 14 行 职位名称" in result.stdout
    again = run_import(migrated_url, tmp_path, str(sheet))
    assert again.returncode == 0
    engine = create_engine(migrated_url)
    try:
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Job)) == 12
    finally:
        engine.dispose()


def test_import_refuses_a_data_directory_nobody_set_up(migrated_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")}
    sheet = tmp_path / "岗位.csv"
    sheet.write_bytes(csv_bytes(numbered(2)))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "import", str(sheet)],
        cwd=elsewhere,  # no JOBCIRCLE_DATA_DIR: ./var here, which nobody set up
        env=env | {"PYTHONPATH": str(ROOT), "JOBCIRCLE_EMBEDDER": "hashing"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert f"no data directory at {elsewhere / 'var'}" in result.stderr and "JOBCIRCLE_DATA_DIR" in result.stderr
    assert not (elsewhere / "var").exists()


def test_import_refuses_a_bad_file_with_exit_code_2(migrated_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "scan.pdf"
    sheet.write_bytes(b"%PDF-1.4")
    result = run_import(migrated_url, tmp_path, str(sheet))
    assert result.returncode == 2 and "PDF" in result.stderr
    missing = run_import(migrated_url, tmp_path, str(tmp_path / "nope.csv"))
    assert missing.returncode == 2


def test_served_workers_log_the_apps_lines_too() -> None:
    """uvicorn applies log_config in every worker process it starts; the app's loggers must be in it."""
    import logging.config

    from app.cli.main import _log_config

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    config = _log_config("INFO", "text")  # as JSON: tests/api/test_observability.py
    logging.config.dictConfig(config)
    try:
        assert root.level == logging.INFO
        assert any(h.formatter is not None and "%(name)s" in str(h.formatter._fmt) for h in root.handlers)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
