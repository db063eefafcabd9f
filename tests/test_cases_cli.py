"""`jobcircle cases overdue --district 340102`: the overdue list from the machine, as the API gives it."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest

from app.cli.main import main
from app.config import Settings
from tests.assist_kit import DISTRICT, OTHER_DISTRICT, build_place, ok, person, today


def test_prints_the_overdue_cases_of_a_district(
    api: httpx.Client, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build_place(api, settings, jobs=0)
    seeker = person(api, ["hard_to_employ"])
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker}), 201)["id"]
    due = (date.fromisoformat(today()) - timedelta(days=2)).isoformat()
    step = ok(api.post(f"/v1/cases/{case}/steps", json={"kind": "guidance", "due_on": due}), 201)["steps"][0]
    monkeypatch.setenv("JOBCIRCLE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("JOBCIRCLE_DATA_DIR", str(settings.data_dir))
    assert main(["cases", "overdue", "--district", DISTRICT]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"1 overdue case(s) in {DISTRICT}"
    assert lines[0].startswith(f"case {case}\tseeker {seeker}\t") and f"guidance #{step['id']} 逾期2天" in lines[0]
    assert main(["cases", "overdue", "--district", OTHER_DISTRICT]) == 0
    assert capsys.readouterr().out.splitlines() == [f"0 overdue case(s) in {OTHER_DISTRICT}"]
    assert main(["cases", "overdue", "--district", "34"]) == 2
