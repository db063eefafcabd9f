"""Anonymous search by place name (a kiosk's "明光路"): the gazetteer finds the place, the search runs around its
centre and says so; a name it does not know, or both a place and a location, get a 422 naming the field."""

from __future__ import annotations

import httpx

from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint, haversine_km
from tests.factories import employer, post_job

MINGGUANG = Gazetteer.load().locate("明光路街道")


def test_a_place_name_is_searched_around_its_centre(api: httpx.Client) -> None:
    assert MINGGUANG is not None
    centre = MINGGUANG.place.point
    owner = employer(api)
    near = post_job(
        api,
        owner,
        title="搬运零工",
        job_type="gig",
        salary={"min": 150, "max": 200, "unit": "day"},
        shifts=[],
        location={"lat": centre.lat + 0.005, "lon": centre.lon, "crs": "wgs84"},
    )  # about 0.6 km north
    far = post_job(api, owner, title="搬运零工", location={"lat": centre.lat + 0.2, "lon": centre.lon, "crs": "wgs84"})
    anonymous = httpx.Client(base_url=api.base_url)
    response = anonymous.post("/v1/matches/search", json={"text": "零工", "place": "明光路"})
    assert response.status_code == 200, response.text
    page = response.json()
    ids = [item["job"]["id"] for item in page["items"]]
    assert near in ids and far not in ids
    place = page["searched_from"]
    assert (place["name"], place["county"], place["precision"]) == ("明光路街道", "瑶海区", "township")
    shown = GeoPoint(place["location"]["lat"], place["location"]["lon"])
    distance = next(item for item in page["items"] if item["job"]["id"] == near)["distance_km"]
    assert abs(distance - haversine_km(shown, GeoPoint(centre.lat + 0.005, centre.lon))) < 0.05
    by_point = anonymous.post("/v1/matches/search", json={"text": "零工", "location": place["location"]}).json()
    assert [i["job"]["id"] for i in by_point["items"]] == ids and by_point["searched_from"] is None


def test_unknown_places_and_ambiguous_requests_are_422s_naming_the_field(api: httpx.Client) -> None:
    unknown = api.post("/v1/matches/search", json={"text": "零工", "place": "火星基地"})
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "place" and "火星基地" in unknown.json()["errors"][0]["reason"]
    both = api.post(
        "/v1/matches/search",
        json={"text": "零工", "place": "明光路", "location": {"lat": 31.85, "lon": 117.3, "crs": "gcj02"}},
    )
    assert both.status_code == 422 and both.json()["errors"][0]["field"] == "place"
    neither = api.post("/v1/matches/search", json={"text": "零工"})
    assert neither.status_code == 422 and neither.json()["errors"][0]["field"] == "location"


def test_gigs_come_first_when_preferred_and_only_gigs_when_filtered(api: httpx.Client) -> None:
    """零工优先 puts every gig before the full-time postings, best first within each part; 只看零工 is the filter."""
    assert MINGGUANG is not None
    centre = MINGGUANG.place.point
    owner = employer(api, name="瑶海物流中心")
    full_time = [
        post_job(api, owner, title="仓库搬运工", description="搬运装卸", location=_north_km(centre, km))
        for km in (0.2, 0.4)
    ]
    gigs = [
        post_job(
            api,
            owner,
            title=title,
            description="日结",
            job_type="gig",
            salary={"min": 150, "max": 200, "unit": "day"},
            location=_north_km(centre, 1.5),
        )
        for title in ("临时搬运", "家政钟点工")
    ]
    anonymous = httpx.Client(base_url=api.base_url)
    ask = {"text": "搬运", "place": "明光路", "limit": 100}
    plain = anonymous.post("/v1/matches/search", json=ask).json()
    preferred = anonymous.post("/v1/matches/search", json={**ask, "prefer_job_type": "gig"}).json()
    plain_ids = [i["job"]["id"] for i in plain["items"]]
    preferred_ids = [i["job"]["id"] for i in preferred["items"]]
    kinds = [i["job"]["job_type"] for i in preferred["items"]]
    assert plain_ids.index(full_time[0]) < plain_ids.index(gigs[1])  # nearer and on topic: ahead by score alone
    assert kinds == sorted(kinds, key=lambda kind: kind != "gig") and set(gigs) <= set(preferred_ids)
    assert sorted(preferred_ids) == sorted(plain_ids) and preferred["total"] == plain["total"]
    gig_order = [i for i in plain_ids if i in set(preferred_ids[: kinds.count("gig")])]
    assert preferred_ids[: len(gig_order)] == gig_order  # best first within the gigs, as without the preference
    only = anonymous.post("/v1/matches/search", json={**ask, "job_type": "gig"}).json()
    assert {i["job"]["job_type"] for i in only["items"]} == {"gig"}
    assert {i["employer_name"] for i in preferred["items"] if i["job"]["id"] in gigs} == {"瑶海物流中心"}


def _north_km(centre: GeoPoint, km: float) -> dict[str, object]:
    return {"lat": centre.lat + km / 111.2, "lon": centre.lon, "crs": "wgs84"}
