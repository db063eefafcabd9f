"""The review queue over HTTP: an operator sees the held postings of their districts, the ones they may decide."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from matching.geo import GeoPoint
from tests.auth_kit import headers_for
from tests.factories import employer, job_body, loc
from tests.live import live_server

YAOHAI, FEIDONG = GeoPoint(31.867892, 117.303457), GeoPoint(32.244871, 117.394778)


@pytest.fixture
def review_api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    held = settings.model_copy(update={"screening_mode": "review"})
    with live_server(create_app(held, embedder=fake_embedder)) as client:
        yield client


def hold(api: httpx.Client, point: GeoPoint) -> int:
    body = job_body(employer(api), description="仓库搬运，限男性", location=loc(point))
    response = api.post("/v1/jobs", json=body)
    assert response.status_code == 201 and response.json()["status"] == "review", response.text
    return int(response.json()["id"])


def test_an_operator_reviews_the_held_postings_of_their_districts_only(
    review_api: httpx.Client, settings: Settings
) -> None:
    mine, theirs = hold(review_api, YAOHAI), hold(review_api, FEIDONG)
    yaohai = headers_for(settings, "operator", districts=["340102"])
    queue = review_api.get("/v1/reviews/jobs", headers=yaohai).json()
    assert (queue["total"], [j["id"] for j in queue["items"]]) == (1, [mine])
    assert review_api.post(f"/v1/jobs/{theirs}/review", json={"decision": "approve"}, headers=yaohai).status_code == 403
    assert review_api.get("/v1/reviews/jobs").json()["total"] == 2  # an admin's queue is everyone's
