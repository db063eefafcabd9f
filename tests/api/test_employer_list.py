"""GET /v1/employers over HTTP: staff find an employer by name, and the list reads nobody's phone."""

from __future__ import annotations

import httpx

from app.config import Settings
from tests.auth_kit import add_user, bearer, headers_for


def test_staff_find_employers_by_name_or_credit_code_newest_first(api: httpx.Client, settings: Settings) -> None:
    for name in ("瑶海机械厂", "长丰食品厂", "瑶海物流园"):
        assert api.post("/v1/employers", json={"name": name, "contact_phone": "0551-62000000"}).status_code == 201
    coded = {"name": "示例集团", "credit_code": "91340100MA2RPE0A12"}
    assert api.post("/v1/employers", json=coded).status_code == 201
    staff_id = add_user(settings, "operator", districts=["340102"])
    staff = bearer(settings, staff_id)
    page = api.get("/v1/employers", params={"q": "瑶海"}, headers=staff).json()
    assert (page["total"], [e["name"] for e in page["items"]]) == (2, ["瑶海物流园", "瑶海机械厂"])
    assert "contact_phone" not in page["items"][0]
    assert [e["name"] for e in api.get("/v1/employers", params={"q": "ma2rpe"}, headers=staff).json()["items"]] == [
        "示例集团"
    ]
    everyone = api.get("/v1/employers", params={"limit": 2, "offset": 2}, headers=staff).json()
    assert (everyone["total"], [e["name"] for e in everyone["items"]]) == (4, ["长丰食品厂", "瑶海机械厂"])
    named = api.get("/v1/employers", params=[("id", e["id"]) for e in everyone["items"]], headers=staff).json()
    assert [e["name"] for e in named["items"]] == ["长丰食品厂", "瑶海机械厂"]  # a page of postings' employers
    assert api.get("/v1/audit", params={"user_id": staff_id}).json()["items"] == []  # no phone shown, none read


def test_only_staff_list_employers(api: httpx.Client, settings: Settings) -> None:
    employer_id = api.post("/v1/employers", json={"name": "瑶海机械厂"}).json()["id"]  # a member needs a real one
    assert (
        api.get("/v1/employers", headers=headers_for(settings, "employer", employer_id=employer_id)).status_code == 403
    )
    assert api.get("/v1/employers", headers=headers_for(settings, "jobseeker")).status_code == 403
    assert httpx.get(api.base_url.join("/v1/employers")).status_code == 401
    assert api.get("/v1/employers", params={"q": ""}).status_code == 422
