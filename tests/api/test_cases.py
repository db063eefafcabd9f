"""一人一策 over HTTP: a case from opening to employment, every action logged, 动态清零 moving when it closes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from tests.assist_kit import DISTRICT, Place, build_place, ok, person, today
from tests.auth_kit import headers_for
from tests.factories import match_ids
from tests.stats_kit import A_CODE, employ


@pytest.fixture
def place(api: httpx.Client, settings: Settings) -> Place:
    return build_place(api, settings)


def clearance(api: httpx.Client, **params: str) -> dict[str, Any]:
    page = ok(api.get("/v1/cases/clearance", params={"district": DISTRICT, "from": today(), "to": today(), **params}))
    return next(row for row in page["items"] if row["code"] == A_CODE)


def test_a_case_from_opening_to_employment(api: httpx.Client, place: Place) -> None:
    seeker = person(api, ["hard_to_employ"], household="A-9")
    staff = place.operator
    before = clearance(api)
    opened = ok(
        api.post(
            "/v1/cases",
            json={"jobseeker_id": seeker, "needs": [{"kind": "childcare", "note": "孩子上小学，只能白班"}]},
            headers=staff,
        ),
        201,
    )
    case = opened["id"]
    assert (opened["status"], opened["bases"]) == ("open", ["hard_to_employ", "zero_employment_household"])
    assert opened["needs"] == [{"kind": "childcare", "note": "孩子上小学，只能白班"}]
    assert clearance(api)["with_open_case"] == before["with_open_case"] + 1

    referral = ok(
        api.post(f"/v1/cases/{case}/steps", json={"kind": "job_referral", "due_on": today()}, headers=staff), 201
    )
    step = referral["steps"][0]
    referred = [j["job_id"] for j in step["jobs"]]
    assert len(referred) == 3 and set(referred) <= set(match_ids(api, seeker, limit=50))
    assert all(j["explanation"] for j in step["jobs"])
    inbox = ok(api.get(f"/v1/jobseekers/{seeker}/inbox"))["items"]
    assert [i["job_id"] for i in inbox[0]["items"]] == referred and inbox[0]["status"] == "sent"

    ok(
        api.post(
            f"/v1/cases/{case}/steps", json={"kind": "guidance", "due_on": today(), "note": "简历"}, headers=staff
        ),
        201,
    )
    changed = ok(
        api.patch(f"/v1/cases/{case}", json={"needs": [{"kind": "skills", "note": "想学电焊"}]}, headers=staff)
    )
    assert changed["needs"] == [{"kind": "skills", "note": "想学电焊"}]
    contact = {"contacted_on": today(), "channel": "visit", "note": "上门了解，愿意去第一家面试"}
    assert ok(api.post(f"/v1/cases/{case}/contacts", json=contact, headers=staff), 201)["status"] == "in_progress"
    done = ok(
        api.patch(f"/v1/cases/{case}/steps/{step['id']}", json={"status": "done", "outcome": "已面试"}, headers=staff)
    )
    assert done["steps"][0]["status"] == "done" and done["steps"][0]["outcome"] == "已面试"

    hired = employ(api, seeker, "stable", date.fromisoformat(today()), job_id=referred[0])
    closed = ok(api.post(f"/v1/cases/{case}/close", json={"outcome": "employed"}, headers=staff))
    assert (closed["status"], closed["employment_id"], closed["closed_on"]) == ("closed_employed", hired["id"], today())
    assert [a["action"] for a in closed["actions"]] == [
        "open",
        "plan_step",
        "plan_step",
        "update",
        "contact",
        "step_done",
        "close",
    ]
    assert {a["user_id"] for a in closed["actions"]} == {closed["actions"][0]["user_id"]}

    after = clearance(api)
    assert after["zero_employment_households"] == before["zero_employment_households"] - 1
    assert after["with_open_case"] == before["with_open_case"]
    assert after["cleared_households"] == before["cleared_households"] + 1
    assert after["cases_closed_employed"] == 1
    assert api.post(f"/v1/cases/{case}/contacts", json=contact, headers=staff).status_code == 409


def test_notes_are_sealed_at_rest_and_their_reads_audited(api: httpx.Client, place: Place, settings: Settings) -> None:
    seeker = person(api, ["hard_to_employ"])
    body = {"jobseeker_id": seeker, "needs": [{"kind": "disability", "note": "左腿残疾，行走不便"}]}
    case = ok(api.post("/v1/cases", json=body, headers=place.operator), 201)["id"]
    ok(
        api.post(
            f"/v1/cases/{case}/contacts",
            json={"contacted_on": today(), "channel": "phone", "note": "电话回访，情绪低落"},
        ),
        201,
    )
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            stored = " ".join(
                str(v)
                for table in ("cases", "case_contacts", "case_actions")
                for row in connection.execute(text(f"SELECT * FROM {table}"))
                for v in row
            )
    finally:
        engine.dispose()
    assert "残疾" not in stored and "情绪" not in stored
    ok(api.get(f"/v1/cases/{case}"))
    reads = ok(api.get("/v1/audit", params={"subject_kind": "jobseeker", "subject_id": seeker}))["items"]
    assert {r["purpose"] for r in reads if r["fields"] == ["case_notes"]} == {"case.open", "case.contact", "case.get"}


def test_closing_as_employed_needs_the_persons_employment(api: httpx.Client, place: Place) -> None:
    seeker, other = person(api, ["hard_to_employ"]), person(api, [])
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker}, headers=place.operator), 201)["id"]
    response = api.post(f"/v1/cases/{case}/close", json={"outcome": "employed"})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "employment_id"
    foreign = employ(api, other, "flexible", date.fromisoformat(today()))
    response = api.post(f"/v1/cases/{case}/close", json={"outcome": "employed", "employment_id": foreign["id"]})
    assert response.status_code == 422 and "不是此人的" in response.json()["message"]
    assert api.post(f"/v1/cases/{case}/close", json={"outcome": "other"}).json()["errors"][0]["field"] == "reason"
    closed = ok(api.post(f"/v1/cases/{case}/close", json={"outcome": "other", "reason": "迁出本市"}))
    assert (closed["status"], closed["close_reason"]) == ("closed_other", "迁出本市")


def test_only_the_districts_staff_act_and_the_person_reads(api: httpx.Client, place: Place, settings: Settings) -> None:
    seeker = person(api, ["hard_to_employ"])
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker}, headers=place.operator), 201)["id"]
    missing = 987654321
    for action, body in (
        ("steps", {"kind": "other", "due_on": today()}),
        ("contacts", {"contacted_on": today(), "channel": "phone", "note": "x"}),
        ("close", {"outcome": "other", "reason": "x"}),
    ):
        refused = api.post(f"/v1/cases/{case}/{action}", json=body, headers=place.stranger)
        absent = api.post(f"/v1/cases/{missing}/{action}", json=body, headers=place.stranger)
        assert (refused.status_code, absent.status_code) == (404, 404)
        assert refused.json()["message"].replace(str(case), "#") == absent.json()["message"].replace(str(missing), "#")
    assert api.get(f"/v1/cases/{case}", headers=place.stranger).status_code == 404
    assert api.post("/v1/cases", json={"jobseeker_id": seeker}, headers=place.stranger).status_code == 404
    assert ok(api.get("/v1/cases", headers=place.stranger))["total"] == 0
    assert ok(api.get("/v1/cases", params={"jobseeker_id": seeker}, headers=place.operator))["total"] == 1
    employer_user = headers_for(settings, "employer", employer_id=1)
    assert api.get(f"/v1/cases/{case}", headers=employer_user).status_code == 403
    assert api.post(f"/v1/cases/{case}/contacts", json={}, headers=employer_user).status_code in (403, 422)
    assert api.get("/v1/cases", headers=employer_user).status_code == 403
    own = headers_for(settings, "jobseeker", seeker_id=seeker)
    assert ok(api.get(f"/v1/cases/{case}", headers=own))["jobseeker_id"] == seeker
    assert [c["id"] for c in ok(api.get("/v1/cases", headers=own))["items"]] == [case]
    body = {"contacted_on": today(), "channel": "phone", "note": "x"}
    assert api.post(f"/v1/cases/{case}/contacts", json=body, headers=own).status_code == 403
    stranger_seeker = headers_for(settings, "jobseeker", seeker_id=person(api, []))
    assert api.get(f"/v1/cases/{case}", headers=stranger_seeker).status_code == 404
    assert ok(api.get("/v1/cases", params={"jobseeker_id": seeker}, headers=stranger_seeker))["total"] == 0


def test_overdue_lists_past_due_steps_and_quiet_cases(api: httpx.Client, place: Place) -> None:
    late, fine = person(api, ["hard_to_employ"]), person(api, ["hard_to_employ"])
    yesterday = (date.fromisoformat(today()) - timedelta(days=3)).isoformat()
    late_case = ok(api.post("/v1/cases", json={"jobseeker_id": late}, headers=place.operator), 201)["id"]
    step = ok(api.post(f"/v1/cases/{late_case}/steps", json={"kind": "training", "due_on": yesterday}), 201)["steps"][0]
    fine_case = ok(api.post("/v1/cases", json={"jobseeker_id": fine}, headers=place.operator), 201)["id"]
    ok(api.post(f"/v1/cases/{fine_case}/steps", json={"kind": "guidance", "due_on": today()}), 201)
    listed = ok(api.get("/v1/cases/overdue", params={"district": DISTRICT}, headers=place.operator))
    assert [i["case"]["id"] for i in listed["items"]] == [late_case]
    assert listed["items"][0]["overdue_steps"] == [
        {"id": step["id"], "kind": "training", "due_on": yesterday, "days_overdue": 3}
    ]
    assert listed["items"][0]["no_recent_contact"] is False
    assert ok(api.get("/v1/cases/overdue", headers=place.stranger))["total"] == 0
    ok(api.patch(f"/v1/cases/{late_case}/steps/{step['id']}", json={"status": "cancelled"}))
    assert ok(api.get("/v1/cases/overdue", params={"district": DISTRICT}))["total"] == 0


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("steps", {"kind": "job_referral", "due_on": "明天"}, "due_on"),
        ("steps", {"kind": "lunch", "due_on": "2026-12-01"}, "kind"),
        ("steps", {"kind": "other", "due_on": "2031-01-01"}, "due_on"),
        ("steps", {"kind": "public_welfare_post", "due_on": "2026-12-20"}, "kind"),
        ("contacts", {"contacted_on": "2099-01-01", "channel": "phone", "note": "x"}, "contacted_on"),
        ("contacts", {"contacted_on": "2026-12-01", "channel": "carrier pigeon", "note": "x"}, "channel"),
        ("contacts", {"contacted_on": "2026-12-01", "channel": "phone", "note": ""}, "note"),
        ("close", {"outcome": "vanished"}, "outcome"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    api: httpx.Client, place: Place, path: str, body: dict[str, Any], field: str
) -> None:
    seeker = person(api, [], household="Z-1")  # in a zero-employment household, not hard to employ
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker}), 201)["id"]
    response = api.post(f"/v1/cases/{case}/{path}", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    assert field in [e["field"] for e in response.json()["errors"]]


def test_only_the_hard_to_employ_and_zero_employment_households_get_a_case(api: httpx.Client, place: Place) -> None:
    plain = person(api, [])
    response = api.post("/v1/cases", json={"jobseeker_id": plain})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "jobseeker_id"
    assert "就业困难人员" in response.json()["message"]
    seeker = person(api, ["hard_to_employ"])
    ok(api.post("/v1/cases", json={"jobseeker_id": seeker}), 201)
    assert api.post("/v1/cases", json={"jobseeker_id": seeker}).status_code == 409
    bad_owner = api.post("/v1/cases", json={"jobseeker_id": person(api, ["hard_to_employ"]), "owner_id": 987654})
    assert bad_owner.status_code == 422 and bad_owner.json()["errors"][0]["field"] == "owner_id"
    for query in ({"status": "sleeping"}, {"district": "34"}, {"limit": 0}):
        assert api.get("/v1/cases", params=query).status_code == 422


def test_the_persons_export_holds_the_case_and_erasing_them_erases_it(api: httpx.Client, place: Place) -> None:
    seeker = person(api, ["hard_to_employ", "migrant_worker"])
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker, "needs": [{"kind": "transport"}]}), 201)["id"]
    ok(api.post(f"/v1/one-three-one/{seeker}/guidance", json={"given_on": today(), "note": "面谈"}))
    exported = ok(api.get(f"/v1/jobseekers/{seeker}/export"))
    assert [c["id"] for c in exported["cases"]] == [case] and exported["cases"][0]["needs"][0]["kind"] == "transport"
    assert exported["one_three_one"]["guidance"]["note"] == "面谈"
    assert api.delete(f"/v1/jobseekers/{seeker}").status_code == 204
    assert api.get(f"/v1/cases/{case}").status_code == 404
    assert ok(api.get("/v1/cases", params={"jobseeker_id": seeker}))["total"] == 0


def test_a_case_without_contact_for_longer_than_the_setting_is_overdue(api: httpx.Client, place: Place) -> None:
    seeker = person(api, ["hard_to_employ"])
    case = ok(api.post("/v1/cases", json={"jobseeker_id": seeker}, headers=place.operator), 201)["id"]
    long_ago = (date.fromisoformat(today()) - timedelta(days=31)).isoformat()  # the setting: 30 days
    ok(
        api.post(f"/v1/cases/{case}/contacts", json={"contacted_on": long_ago, "channel": "wechat", "note": "微信"}),
        201,
    )
    listed = ok(api.get("/v1/cases/overdue", headers=place.operator))["items"]
    assert [(i["case"]["id"], i["days_since_contact"], i["no_recent_contact"], i["overdue_steps"]) for i in listed] == [
        (case, 31, True, [])
    ]
    ok(api.post(f"/v1/cases/{case}/contacts", json={"contacted_on": today(), "channel": "phone", "note": "电话"}), 201)
    assert ok(api.get("/v1/cases/overdue", headers=place.operator))["total"] == 0
