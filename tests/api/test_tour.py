"""The README's tour with the real m3e-small model: the right trade first, at the right distance."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from matching.geo import Crs, GeoPoint, from_wgs84
from tests.factories import HEFEI, employer, loc, north_of, post_job, seeker_body
from tests.live import live_server

pytestmark = pytest.mark.model
WELDER = "会电焊，干过五年气保焊"


@pytest.fixture
def real_api(settings: Settings, real_embedder: Embedder) -> Iterator[httpx.Client]:
    with live_server(create_app(settings, embedder=real_embedder)) as client:
        yield client


def post_welder(api: httpx.Client, point: GeoPoint, crs: Crs = Crs.WGS84) -> int:
    sent = from_wgs84(point, crs)
    body = seeker_body(point, desired_job="电焊工", experience=WELDER, location=loc(sent, crs.value))
    response = api.post("/v1/jobseekers", json=body)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def matches(api: httpx.Client, seeker_id: int, **params: object) -> list[dict]:
    response = api.get(f"/v1/jobseekers/{seeker_id}/matches", params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def test_welder_gets_the_welding_job_first_at_the_right_distance(real_api: httpx.Client):
    boss = employer(real_api)
    welding = post_job(real_api, boss, title="电焊工", description="招聘熟练电焊工，会二保焊、气保焊，钢结构焊接")
    waiter = post_job(
        real_api,
        boss,
        title="餐厅服务员",
        description="负责点餐、传菜、收拾餐桌，热情开朗",
        salary={"min": 3500, "max": 4500, "unit": "month"},
    )
    items = matches(real_api, post_welder(real_api, north_of(HEFEI, 1.5)))
    assert [i["job"]["id"] for i in items] == [welding, waiter]
    assert items[0]["distance_km"] == pytest.approx(1.5, abs=0.01)
    assert items[0]["reasons"]["semantic"] > items[1]["reasons"]["semantic"]
    # "招聘熟练电焊工" asks for years in the trade; the welder wrote his
    assert (
        items[0]["explanation"]
        == "1.5 km · 电焊工 · 职业相符：焊工 · 「招聘熟练电焊工」 · 符合你写的「干过五年气保焊」 · 月薪 6000–8000 符合期望"
    )
    assert items[1]["explanation"].endswith("低于期望")


def test_seeker_four_km_away_needs_a_wider_radius(real_api: httpx.Client):
    welding = post_job(real_api, employer(real_api))
    far = post_welder(real_api, north_of(HEFEI, 4.0))
    assert matches(real_api, far) == []
    wider = matches(real_api, far, radius_km=5)
    assert [i["job"]["id"] for i in wider] == [welding]
    assert wider[0]["distance_km"] == pytest.approx(4.0, abs=0.01)


@pytest.mark.parametrize("crs", [Crs.GCJ02, Crs.BD09])
def test_same_seeker_in_any_coordinate_system_gets_the_same_distances(real_api: httpx.Client, crs: Crs):
    boss = employer(real_api)
    for km in (0.4, 1.5, 2.7):
        post_job(real_api, boss, location=loc(north_of(HEFEI, km)))
    where = GeoPoint(HEFEI.lat - 0.002, HEFEI.lon + 0.003)
    reference = {i["job"]["id"]: i["distance_km"] for i in matches(real_api, post_welder(real_api, where))}
    converted = {i["job"]["id"]: i["distance_km"] for i in matches(real_api, post_welder(real_api, where, crs))}
    assert converted.keys() == reference.keys() and len(reference) == 3
    for job_id, distance_km in reference.items():
        assert converted[job_id] == pytest.approx(distance_km, abs=0.010)  # within 10 m
