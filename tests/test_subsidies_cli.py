"""`jobcircle subsidies statement`: the workbook the API serves, written from a shell, its totals printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import openpyxl

from app.config import Settings
from tests.api.test_subsidies import graduate, place, statement
from tests.factories import employer

ROOT = Path(__file__).resolve().parent.parent


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")}
    env.update(JOBCIRCLE_DATABASE_URL=settings.database_url, JOBCIRCLE_DATA_DIR=str(settings.data_dir))
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "subsidies", "statement", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_writes_the_units_statement_and_prints_its_totals(
    api: httpx.Client, settings: Settings, tmp_path: Path
) -> None:
    unit = employer(api, "命令行见习单位")
    place(api, graduate(api), unit, contract_months=12, contract_signed_on="2026-10-20")
    output = tmp_path / "对账单.xlsx"
    result = run_cli(settings, "--month", "2026-08", "--through", "2026-10", "--unit", str(unit), "-o", str(output))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "5,500.00 元" in result.stdout  # 3 × 1,400 + 100 + 200 + 1,000
    grand = next(r for r in openpyxl.load_workbook(output)["汇总"].iter_rows(values_only=True) if r[0] == "合计")
    assert grand[3] == statement(api, unit=unit, month="2026-08", through="2026-10")["total_yuan"] == 5500


def test_refuses_a_bad_month_and_a_missing_unit(api: httpx.Client, settings: Settings, tmp_path: Path) -> None:
    output = tmp_path / "x.xlsx"
    bad = run_cli(settings, "--month", "2026-13", "-o", str(output))
    assert bad.returncode == 2 and "refused: month" in bad.stderr
    missing = run_cli(settings, "--month", "2026-11", "--unit", "987654321", "-o", str(output))
    assert missing.returncode == 1 and "employer 987654321 does not exist" in missing.stderr
    assert not output.exists()
