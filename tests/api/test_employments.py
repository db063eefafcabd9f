"""Employment registration: the stable and flexible rules, and what an operator may claim."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from tests.factories import employer, post_job, post_seeker
from tests.stats_kit import employ

YEAR = date.today().year


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"kind": "stable", "contract_months": 5}, "contract_months", "稳定就业须签订6个月以上劳动合同"),
        ({"kind": "stable", "social_insurance": False}, "social_insurance", "稳定就业须缴纳社会保险"),
        ({"kind": "flexible", "contract_months": 2}, "contract_months", "灵活就业须持续3个月以上"),
        (
            {"kind": "flexible", "monthly_wage_yuan": 1800},
            "monthly_wage_yuan",
            "灵活就业月收入不得低于当地最低工资 2060 元",
        ),
        ({"ended_on": f"{YEAR - 1}-12-31"}, "ended_on", "must not be before started_on"),
    ],
)
def test_outcomes_breaking_their_rule_are_422_and_not_stored(
    api: httpx.Client, changes: dict[str, Any], field: str, reason: str
) -> None:
    seeker = post_seeker(api)
    body = {
        "jobseeker_id": seeker,
        "kind": "stable",
        "started_on": f"{YEAR}-01-05",
        "contract_months": 12,
        "social_insurance": True,
        "monthly_wage_yuan": 3000,
        **changes,
    }
    response = api.post("/v1/employments", json=body)
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": field, "reason": reason}]
    assert api.get("/v1/employments", params={"jobseeker_id": seeker}).json()["total"] == 0


def test_stable_claimed_once_and_flexible_three_times_a_year(api: httpx.Client) -> None:
    seeker = post_seeker(api)
    stable = [employ(api, seeker, "stable", date(YEAR, 2, d)) for d in (1, 2)]
    flexible = [employ(api, seeker, "flexible", date(YEAR, 3, d)) for d in (1, 2, 3, 4)]
    assert [e["claimable"] for e in stable] == [True, False]
    assert [e["claimable"] for e in flexible] == [True, True, True, False]
    assert stable[1]["claim_note"] == f"{YEAR}年已计入1次稳定就业（上限1次），本次不再计入"
    assert flexible[2]["claim_note"] == f"计入{YEAR}年第3次灵活就业（上限3次）"
    listed = api.get("/v1/employments", params={"jobseeker_id": seeker, "kind": "flexible"}).json()
    assert listed["total"] == 4


def test_a_new_year_claims_again(api: httpx.Client) -> None:
    seeker = post_seeker(api)
    assert employ(api, seeker, "stable", date(YEAR - 1, 6, 1))["claimable"] is True
    assert employ(api, seeker, "stable", date(YEAR, 1, 2))["claimable"] is True


def test_hiring_through_a_posting_records_one_hired_event(api: httpx.Client) -> None:
    owner = employer(api)
    job, seeker = post_job(api, owner), post_seeker(api)
    first = employ(api, seeker, "stable", date(YEAR, 1, 2), job_id=job)
    employ(api, seeker, "flexible", date(YEAR, 1, 3), job_id=job)
    assert first["employer_id"] == owner
    hired = next(s for s in api.get("/v1/stats/funnel").json()["steps"] if s["type"] == "hired")
    assert hired["events"] == 1
    assert api.get(f"/v1/employments/{first['id']}").json()["job_id"] == job
    assert (
        api.post(
            "/v1/employments",
            json={
                "jobseeker_id": seeker,
                "kind": "stable",
                "started_on": f"{YEAR}-01-02",
                "contract_months": 12,
                "social_insurance": True,
                "monthly_wage_yuan": 6000,
                "job_id": 999999,
            },
        ).status_code
        == 422
    )
