"""The access log over real HTTP: one line per request with its status, time, id and who signed in."""

from __future__ import annotations

import logging
import re

import httpx
import pytest


def _lines(caplog: pytest.LogCaptureFixture, request_id: str) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "jobcircle.http" and f"id={request_id}" in r.getMessage()
    ]


def test_a_request_is_logged_once_with_its_id_status_and_user(
    api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="jobcircle.http")
    response = api.get("/v1/auth/me", headers={"X-Request-Id": "kiosk-7-0042"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "kiosk-7-0042"  # echoed, so a client can quote it to support
    [line] = _lines(caplog, "kiosk-7-0042")
    assert re.fullmatch(rf"GET /v1/auth/me 200 \d+\.\dms id=kiosk-7-0042 user={response.json()['id']}", line)


def test_an_anonymous_refused_request_gets_a_fresh_id_and_its_status(
    api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="jobcircle.http")
    response = httpx.get(api.base_url.join("/v1/auth/me"))  # no credentials
    assert response.status_code == 401
    request_id = response.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{16}", request_id)
    [line] = _lines(caplog, request_id)
    assert re.fullmatch(rf"GET /v1/auth/me 401 \d+\.\dms id={request_id}", line)  # nobody signed in: no user


def test_an_overlong_request_id_is_cut(api: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="jobcircle.http")
    response = api.get("/healthz", headers={"X-Request-Id": "x" * 5000})
    assert response.headers["x-request-id"] == "x" * 200
    assert len(_lines(caplog, "x" * 200)) == 1
