"""A posting or fair is placed once: its division code is stored with its point, and access checks read it."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint
from tests.auth_kit import headers_for
from tests.factories import employer, fair_body, loc, post_job

A_DISTRICT, A_POINT = "340102", GeoPoint(31.867892, 117.303457)  # 瑶海区
B_DISTRICT, B_POINT = "340122", GeoPoint(32.244871, 117.394778)  # 长丰县


def stored_division(settings: Settings, table: str, row_id: int) -> str | None:
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            return connection.scalar(text(f"SELECT division_code FROM {table} WHERE id = :id"), {"id": row_id})
    finally:
        engine.dispose()


def set_division(settings: Settings, table: str, row_id: int, code: str) -> None:
    engine = create_engine(settings.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(f"UPDATE {table} SET division_code = :code WHERE id = :id"), {"code": code, "id": row_id}
            )
    finally:
        engine.dispose()


def test_a_posting_and_a_fair_store_the_division_their_point_lies_in(api: httpx.Client, settings: Settings) -> None:
    job_id = post_job(api, employer(api), location=loc(A_POINT))
    expected = Gazetteer.load().division_of(A_POINT)
    assert expected is not None and expected.startswith(A_DISTRICT)
    assert stored_division(settings, "jobs", job_id) == expected

    assert api.patch(f"/v1/jobs/{job_id}", json={"location": loc(B_POINT)}).status_code == 200
    moved = stored_division(settings, "jobs", job_id)
    assert moved is not None and moved.startswith(B_DISTRICT)

    fair = api.post("/v1/fairs", json=fair_body(B_POINT))
    assert fair.status_code == 201, fair.text
    assert stored_division(settings, "fairs", fair.json()["id"]) == Gazetteer.load().division_of(B_POINT)


def test_access_checks_read_the_stored_division_and_place_nothing_again(
    api: httpx.Client, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = post_job(api, employer(api), location=loc(A_POINT))
    fair_id = api.post("/v1/fairs", json=fair_body(A_POINT)).json()["id"]
    operator_a = headers_for(settings, "operator", districts=[A_DISTRICT])
    operator_b = headers_for(settings, "operator", districts=[B_DISTRICT])

    def no_second_placement(*_: object, **__: object) -> Gazetteer:
        raise AssertionError("an access check placed a point again")

    monkeypatch.setattr(Gazetteer, "load", no_second_placement)
    assert api.patch(f"/v1/jobs/{job_id}", json={"headcount": 3}, headers=operator_a).status_code == 200
    assert api.patch(f"/v1/jobs/{job_id}", json={"headcount": 4}, headers=operator_b).status_code == 403
    assert api.patch(f"/v1/fairs/{fair_id}", json={"venue": "礼堂"}, headers=operator_a).status_code == 200
    assert api.patch(f"/v1/fairs/{fair_id}", json={"venue": "礼堂"}, headers=operator_b).status_code == 403

    # The stored code decides, not the point: moved to district B in the database alone, B's staff now own it.
    set_division(settings, "jobs", job_id, B_DISTRICT + "000000")
    set_division(settings, "fairs", fair_id, B_DISTRICT + "000000")
    assert api.patch(f"/v1/jobs/{job_id}", json={"headcount": 5}, headers=operator_a).status_code == 403
    assert api.patch(f"/v1/jobs/{job_id}", json={"headcount": 5}, headers=operator_b).status_code == 200
    assert api.patch(f"/v1/fairs/{fair_id}", json={"venue": "广场"}, headers=operator_b).status_code == 200
