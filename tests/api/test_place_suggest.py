"""Place suggestions for the kiosk's place field: anonymous, names holding the typed text, each with the text that
searches exactly that place."""

from __future__ import annotations

import httpx


def test_suggests_places_whose_names_hold_the_text_and_each_searches_its_place(api: httpx.Client) -> None:
    anonymous = httpx.Client(base_url=api.base_url)
    response = anonymous.get("/v1/places/suggest", params={"q": "明光"})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [(i["name"], i["county"], i["precision"]) for i in items[:3]] == [
        ("明光市", "明光市", "county"),
        ("明光街道", "明光市", "township"),
        ("明光路街道", "瑶海区", "township"),
    ]
    for item in items:
        page = anonymous.post("/v1/matches/search", json={"text": "零工", "place": item["search"]}).json()
        assert page["searched_from"]["code"] == item["code"], item


def test_community_names_come_without_the_committee_and_with_their_street(api: httpx.Client) -> None:
    items = api.get("/v1/places/suggest", params={"q": "填海巷", "limit": 3}).json()["items"]
    assert (items[0]["name"], items[0]["town"], items[0]["county"]) == ("填海巷社区", "明光路街道", "瑶海区")


def test_nothing_found_is_an_empty_list_and_bad_queries_are_422s(api: httpx.Client) -> None:
    assert api.get("/v1/places/suggest", params={"q": "火星基地"}).json() == {"text": "火星基地", "items": []}
    assert api.get("/v1/places/suggest", params={"q": ""}).status_code == 422
    assert api.get("/v1/places/suggest", params={"q": "明光", "limit": 21}).status_code == 422
