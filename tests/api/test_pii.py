"""Personal numbers over HTTP: who sees them in full, the audit of staff reads, sensitive consents."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from app.services.privacy.consents import GRID_DEG
from matching.geo import GeoPoint
from tests.auth_kit import add_user, bearer, headers_for
from tests.factories import employer, job_body, loc, north_of, seeker_body

A_COMMUNITY, A_DISTRICT, A_POINT = "340102001001", "340102", GeoPoint(31.867892, 117.303457)
B_COMMUNITY, B_POINT = "340122100004", GeoPoint(32.244871, 117.394778)
PHONE, ID_NUMBER = "13912345678", "340104199003071235"
PRIVATE = {"precise_location": False}  # a person who keeps their precise home to themselves


def create(api: httpx.Client, headers: dict[str, str] | None = None, **overrides: Any) -> dict[str, Any]:
    body = seeker_body(A_POINT, **{"phone": PHONE, "id_number": ID_NUMBER, "community_code": A_COMMUNITY, **overrides})
    response = api.post("/v1/jobseekers", json=body, headers=headers or {})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def own_seeker(api: httpx.Client, settings: Settings, **overrides: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """A jobseeker account that fills its own profile."""
    headers = bearer(settings, add_user(settings, "jobseeker"))
    return create(api, headers, **overrides), headers


def audit(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    response = api.get("/v1/audit", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_staff_see_numbers_in_full_and_every_read_is_audited_without_the_numbers(api: httpx.Client):
    seeker = create(api)
    assert (seeker["phone"], seeker["id_number"]) == (PHONE, ID_NUMBER)
    assert api.get(f"/v1/jobseekers/{seeker['id']}").json()["phone"] == PHONE
    reads = audit(api, subject_kind="jobseeker", subject_id=seeker["id"])
    assert [r["purpose"] for r in reads] == ["jobseeker.get", "jobseeker.create"]  # newest first
    assert all(r["role"] == "admin" and r["fields"] == ["phone", "id_number"] for r in reads)
    page = api.get("/v1/audit").text
    assert PHONE not in page and ID_NUMBER not in page


def test_the_person_sees_their_own_numbers_and_point_and_their_reads_are_not_audited(
    api: httpx.Client, settings: Settings
):
    seeker, headers = own_seeker(api, settings)
    assert (seeker["phone"], seeker["id_number"]) == (PHONE, ID_NUMBER) and seeker["location"] is not None  # 201
    mine = api.get(f"/v1/jobseekers/{seeker['id']}", headers=headers).json()
    assert (mine["phone"], mine["id_number"]) == (PHONE, ID_NUMBER) and mine["location"] is not None
    assert audit(api, subject_kind="jobseeker", subject_id=seeker["id"]) == []


def test_a_jobseeker_fills_one_profile_and_employers_none(api: httpx.Client, settings: Settings):
    _, headers = own_seeker(api, settings)
    again = api.post("/v1/jobseekers", json=seeker_body(A_POINT, phone="13900000001"), headers=headers)
    assert again.status_code == 409
    boss = headers_for(settings, "employer", employer_id=employer(api))
    assert api.post("/v1/jobseekers", json=seeker_body(A_POINT), headers=boss).status_code == 403


def test_an_operator_registers_people_of_their_districts_only(api: httpx.Client, settings: Settings):
    operator = headers_for(settings, "operator", districts=[A_DISTRICT])
    assert create(api, operator)["phone"] == PHONE
    foreign = seeker_body(B_POINT, phone="13900000002", community_code=B_COMMUNITY)
    assert api.post("/v1/jobseekers", json=foreign, headers=operator).status_code == 403


def test_another_seeker_and_an_employer_may_not_read_a_profile(api: httpx.Client, settings: Settings):
    """Nor learn that it exists: the answer is a missing id's (see the access matrix)."""
    seeker = create(api)
    _, other = own_seeker(api, settings, id_number=None, phone="13900000003")
    boss = headers_for(settings, "employer", employer_id=employer(api))
    for headers in (other, boss):
        for suffix in ("", "/export", "/matches", "/programmes"):
            assert api.get(f"/v1/jobseekers/{seeker['id']}{suffix}", headers=headers).status_code == 404


def test_an_employer_sees_matched_seekers_masked_until_they_apply(api: httpx.Client, settings: Settings):
    boss_id = employer(api)
    job = api.post("/v1/jobs", json=job_body(boss_id, location=loc(north_of(A_POINT, 1.0)))).json()["id"]
    seeker, seeker_headers = own_seeker(api, settings)
    boss = headers_for(settings, "employer", employer_id=boss_id)
    card = api.get(f"/v1/jobs/{job}/matches", headers=boss).json()["items"][0]["jobseeker"]
    assert (card["name"], card["phone"], card["applied"]) == ("王**", "139****5678", False)
    applied = api.post(
        "/v1/events", json={"type": "apply", "job_id": job, "jobseeker_id": seeker["id"]}, headers=seeker_headers
    )
    assert applied.status_code == 201, applied.text
    card = api.get(f"/v1/jobs/{job}/matches", headers=boss).json()["items"][0]["jobseeker"]
    assert (card["name"], card["phone"], card["applied"]) == ("王建国", PHONE, True)
    [read] = audit(api, subject_kind="jobseeker", subject_id=seeker["id"])
    assert (read["role"], read["fields"], read["purpose"]) == ("employer", ["name", "phone"], f"job.{job}.applicants")


def test_an_employers_phone_is_in_full_for_its_members_and_staff_only(api: httpx.Client, settings: Settings):
    response = api.post("/v1/employers", json={"name": "甲厂", "contact_phone": "0551-62000000"})
    assert response.status_code == 201 and response.json()["contact_phone"] == "0551-62000000"
    mine = response.json()["id"]
    member = headers_for(settings, "employer", employer_id=mine)
    stranger = headers_for(settings, "employer", employer_id=employer(api, "乙厂"))
    assert api.get(f"/v1/employers/{mine}", headers=member).json()["contact_phone"] == "0551-62000000"
    for headers in (stranger, headers_for(settings, "jobseeker")):
        assert api.get(f"/v1/employers/{mine}", headers=headers).json()["contact_phone"] == "055****0000"
    assert api.post("/v1/employers", json={"name": "丙厂"}, headers=member).status_code == 403


@pytest.mark.parametrize(("group", "flag"), [("disabled", "disability"), ("poverty_alleviated", "poverty")])
def test_a_sensitive_group_needs_its_own_consent(api: httpx.Client, group: str, flag: str):
    refused = api.post("/v1/jobseekers", json=seeker_body(priority_groups=[group]))
    assert refused.status_code == 422
    [error] = refused.json()["errors"]
    assert error["field"] == "priority_groups" and f"sensitive_consent.{flag}" in error["reason"]
    seeker = create(api, sensitive_consent={flag: True, "precise_location": True})
    assert seeker["sensitive_consent"][flag] and seeker["sensitive_consent"][f"{flag}_at"] is not None
    patched = api.patch(f"/v1/jobseekers/{seeker['id']}", json={"priority_groups": [group]})
    assert patched.status_code == 200 and patched.json()["priority_groups"] == [group]
    other = create(api, phone="13900000004", id_number=None)
    assert api.patch(f"/v1/jobseekers/{other['id']}", json={"priority_groups": [group]}).status_code == 422


def test_withdrawing_a_consent_removes_the_group_from_the_profile_and_its_history(
    api: httpx.Client, settings: Settings
):
    seeker = create(
        api, priority_groups=["disabled", "veteran"], sensitive_consent={"disability": True, "precise_location": True}
    )
    job = api.post("/v1/jobs", json=job_body(employer(api), location=loc(A_POINT))).json()["id"]
    assert api.post("/v1/events", json={"type": "view", "job_id": job, "jobseeker_id": seeker["id"]}).status_code == 201
    patched = api.patch(f"/v1/jobseekers/{seeker['id']}", json={"sensitive_consent": {"precise_location": True}})
    assert patched.json()["priority_groups"] == ["veteran"]
    assert patched.json()["sensitive_consent"]["disability_at"] is None
    assert api.get(f"/v1/jobseekers/{seeker['id']}/programmes").status_code == 200
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        bits = conn.execute(
            text("SELECT group_bits FROM events WHERE jobseeker_id = :id"), {"id": seeker["id"]}
        ).scalar()
    engine.dispose()
    assert bits == 1 << 2  # veteran's bit only (app.services.funnel.events.GROUP_BIT)


def test_without_precise_consent_the_home_is_coarse_and_the_persons_alone(api: httpx.Client, settings: Settings):
    seeker, headers = own_seeker(api, settings, sensitive_consent=PRIVATE)
    mine = api.get(f"/v1/jobseekers/{seeker['id']}", headers=headers).json()["location"]
    assert (mine["lat"], mine["lon"]) == (pytest.approx(31.87), pytest.approx(117.305))
    assert abs(mine["lat"] - A_POINT.lat) <= GRID_DEG / 2 and abs(mine["lon"] - A_POINT.lon) <= GRID_DEG / 2
    staff_view = api.get(f"/v1/jobseekers/{seeker['id']}").json()
    assert staff_view["location"] is None and staff_view["community_code"] == A_COMMUNITY
    given = api.patch(
        f"/v1/jobseekers/{seeker['id']}",
        headers=headers,
        json={"sensitive_consent": {"precise_location": True}, "location": loc(A_POINT)},
    )
    assert given.json()["location"]["lat"] == pytest.approx(A_POINT.lat)
    assert api.get(f"/v1/jobseekers/{seeker['id']}").json()["location"]["lat"] == pytest.approx(A_POINT.lat)
    withdrawn = api.patch(f"/v1/jobseekers/{seeker['id']}", headers=headers, json={"sensitive_consent": PRIVATE})
    assert withdrawn.json()["location"]["lat"] == pytest.approx(31.87)


def test_id_numbers_are_checked_and_one_person_has_one_profile(api: httpx.Client):
    bad = api.post("/v1/jobseekers", json=seeker_body(id_number="340104199003071234"))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].endswith("id_number")
    create(api)
    assert api.post("/v1/jobseekers", json=seeker_body(phone="13900000005", id_number=ID_NUMBER)).status_code == 409
    other = create(api, phone="13900000006", id_number=None)
    clash = api.patch(f"/v1/jobseekers/{other['id']}", json={"id_number": ID_NUMBER.lower()})
    assert clash.status_code == 409
    removed = api.patch(f"/v1/jobseekers/{other['id']}", json={"id_number": None})
    assert removed.status_code == 200 and removed.json()["id_number"] is None
