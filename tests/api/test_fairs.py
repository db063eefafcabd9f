"""Job fairs: first-class records, their employers and postings, fair-only matching, a time-boxed boost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.factories import HEFEI, employer, loc, north_of, post_job
from tests.uploads_kit import csv_bytes, numbered, upload_done


def fair_body(hours_from_now: float = -1, hours_long: float = 8, **overrides: Any) -> dict[str, Any]:
    starts = datetime.now(UTC) + timedelta(hours=hours_from_now)
    body: dict[str, Any] = {
        "name": "春风行动·瑶海区专场",
        "kind": "spring_action",
        "organiser": "瑶海区人社局",
        "venue": "明光路街道社区服务中心",
        "location": loc(HEFEI, "gcj02"),
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(hours=hours_long)).isoformat(),
        "target_groups": ["veteran", "migrant_worker"],
    }
    body.update(overrides)
    return body


def create_fair(api: httpx.Client, **overrides: Any) -> dict[str, Any]:
    response = api.post("/v1/fairs", json=fair_body(**overrides))
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_create_read_update_and_list_fairs_by_status(api: httpx.Client) -> None:
    running = create_fair(api)
    upcoming = create_fair(api, hours_from_now=48, name="云聘会", kind="online", location=None, venue="")
    assert running["status"] == "running" and upcoming["status"] == "upcoming"
    assert upcoming["location"] is None and running["location"]["crs"] == "wgs84"
    assert api.get(f"/v1/fairs/{running['id']}").json()["target_groups"] == ["veteran", "migrant_worker"]
    patched = api.patch(f"/v1/fairs/{upcoming['id']}", json={"name": "2026 云聘会"})
    assert patched.status_code == 200 and patched.json()["name"] == "2026 云聘会"
    by_status = api.get("/v1/fairs", params={"status": "running"}).json()
    assert [f["id"] for f in by_status["items"]] == [running["id"]]
    assert api.get("/v1/fairs", params={"kind": "online"}).json()["total"] == 1


def test_bad_fairs_are_field_errors(api: httpx.Client) -> None:
    backwards = api.post("/v1/fairs", json=fair_body(hours_long=-1))
    assert backwards.status_code == 422
    unknown_kind = api.post("/v1/fairs", json=fair_body(kind="party"))
    assert unknown_kind.status_code == 422 and unknown_kind.json()["errors"][0]["field"] == "kind"
    fair = create_fair(api)
    moved_end = api.patch(f"/v1/fairs/{fair['id']}", json={"ends_at": "2000-01-01T00:00:00+08:00"})
    assert moved_end.status_code == 422 and moved_end.json()["errors"][0]["field"] == "ends_at"
    assert api.get("/v1/fairs/999").status_code == 404
    assert api.get("/v1/fairs").json()["total"] == 1


def test_upload_with_a_fair_links_employers_and_postings(api: httpx.Client) -> None:
    fair = create_fair(api)
    body = upload_done(api, csv_bytes(numbered(5)), fair_id=fair["id"])
    assert body["fair_id"] == fair["id"] and body["counts"]["created"] == 5
    after = api.get(f"/v1/fairs/{fair['id']}").json()
    assert (after["employers"], after["postings"]) == (1, 5)
    assert api.get("/v1/jobs", params={"fair_id": fair["id"]}).json()["total"] == 5
    own = employer(api, "另一家厂")
    linked = api.post(f"/v1/fairs/{fair['id']}/employers", json={"employer_id": own})
    assert linked.status_code == 200 and linked.json()["employers"] == 2
    again = api.post(f"/v1/fairs/{fair['id']}/employers", json={"employer_id": own})
    assert again.json()["employers"] == 2  # linking twice is a no-op


def test_fair_only_matching_and_the_boost_while_it_runs(api: httpx.Client) -> None:
    running, ended = create_fair(api), create_fair(api, hours_from_now=-30)
    company = employer(api)
    near = north_of(HEFEI, 0.5)
    plain = post_job(api, company, location=loc(near))
    at_fair = post_job(api, employer(api, "参会企业"), location=loc(near), fair_id=running["id"])
    at_old_fair = post_job(api, employer(api, "往届参会企业"), location=loc(near), fair_id=ended["id"])
    search = {"text": "电焊工", "location": loc(HEFEI)}
    items = api.post("/v1/matches/search", json=search).json()["items"]
    by_id = {i["job"]["id"]: i for i in items}
    assert items[0]["job"]["id"] == at_fair
    assert by_id[at_fair]["reasons"]["fair"] == 1.0 and "春风行动·瑶海区专场进行中" in by_id[at_fair]["explanation"]
    assert by_id[plain]["reasons"]["fair"] == 0.0 and by_id[at_old_fair]["reasons"]["fair"] == 0.0
    boost = by_id[at_fair]["score"] - by_id[plain]["score"]
    assert boost == pytest.approx(0.05, abs=2e-4)  # JOBCIRCLE_WEIGHT_FAIR, all else equal (scores are rounded)
    only = api.post("/v1/matches/search", json={**search, "fair_id": ended["id"]}).json()
    assert [i["job"]["id"] for i in only["items"]] == [at_old_fair] and only["total"] == 1
    missing = api.post("/v1/matches/search", json={**search, "fair_id": 999})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "fair_id"
