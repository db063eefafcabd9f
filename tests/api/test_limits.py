"""Abuse limits over real HTTP: requests per address, body caps (declared and streamed), CORS, page and radius caps."""

from __future__ import annotations

import asyncio
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from ipaddress import ip_network
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

import app.api
from app.api.limits import RequestLimits, client_ip
from app.config import Settings
from app.db import connection_capacity
from app.main import create_app
from app.services.identity.ratelimit import RateLimiter
from matching.embedding import Embedder
from tests.clock import Clock
from tests.factories import (
    HEFEI,
    employer,
    job_body,
    jobs_total,
    loc,
    post_job,
    post_seeker,
    seeker_body,
)
from tests.live import live_server, server_process
from tests.uploads_kit import csv_bytes, numbered, upload

FRONT_END = "https://jobs.example.gov.cn"
ELSEWHERE = "https://evil.example.com"
SMALL_BODY_BYTES = 4096


@pytest.fixture
def clock() -> Clock:
    return Clock()


@contextmanager
def serving(settings: Settings, embedder: Embedder, clock: Clock, **changes: Any) -> Iterator[httpx.Client]:
    """The app with changed settings and a limiter on the test's clock (so recovery needs no sleep)."""
    app = create_app(settings.model_copy(update=changes), embedder=embedder)
    app.state.limiter = RateLimiter(clock)
    with live_server(app) as client:
        yield client


def assert_too_large(response: httpx.Response) -> None:
    assert response.status_code == 413, response.text
    body = response.json()
    assert body["code"] == "too_large" and body["errors"][0]["field"] == "body", body
    assert response.headers["connection"] == "close"


# Requests per client address


def test_ip_limit_answers_429_with_retry_after_and_recovers(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, rate_limit_ip_per_min=3) as api:
        assert [api.get("/v1/jobs").status_code for _ in range(3)] == [200, 200, 200]
        refused = api.get("/v1/jobs")
        assert refused.status_code == 429, refused.text
        assert refused.headers["retry-after"] == "20"  # 3 a minute: one every 20 s
        assert refused.json()["code"] == "rate_limited"
        clock.now_s += 19
        assert api.get("/v1/jobs").status_code == 429
        clock.now_s += 1
        assert api.get("/v1/jobs").status_code == 200


def test_healthz_is_not_limited(settings: Settings, fake_embedder: Embedder, clock: Clock) -> None:
    with serving(settings, fake_embedder, clock, rate_limit_ip_per_min=1) as api:
        assert api.get("/v1/jobs").status_code == 200
        assert api.get("/v1/jobs").status_code == 429
        assert [api.get("/healthz").status_code for _ in range(5)] == [200] * 5


@pytest.mark.parametrize(
    ("trusted", "second_client_status"), [([], 429), (["10.0.0.0/8"], 200)], ids=["untrusted-proxy", "trusted-proxy"]
)
def test_forwarded_for_counts_only_behind_a_trusted_proxy(
    settings: Settings, fake_embedder: Embedder, clock: Clock, trusted: list[str], second_client_status: int
) -> None:
    """Clients behind a proxy at 10.1.1.1. (uvicorn itself already believes its loopback peer, the test client.)"""
    with serving(settings, fake_embedder, clock, rate_limit_ip_per_min=1, trusted_proxies=trusted) as api:

        def from_(address: str) -> int:
            return api.get("/v1/jobs", headers={"X-Forwarded-For": f"{address}, 10.1.1.1"}).status_code

        assert from_("203.0.113.1") == 200
        assert from_("203.0.113.2") == second_client_status
        assert from_("203.0.113.1") == 429


def test_jobcircle_serve_does_not_let_uvicorn_believe_forwarded_for(migrated_url: str, tmp_path: Path) -> None:
    """uvicorn's own proxy_headers would take X-Forwarded-For from any loopback peer, so a client beside the
    server could pose as a new address each request; `jobcircle serve` turns it off and trusted_proxies decides."""
    with server_process(
        migrated_url, tmp_path / "data", JOBCIRCLE_EMBEDDER="hashing", JOBCIRCLE_RATE_LIMIT_IP_PER_MIN="3"
    ) as api:
        statuses = [api.get("/v1/jobs", headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


PROXIES = [ip_network("10.0.0.0/8"), ip_network("fd00::/8")]


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),  # not a proxy: its header is the client's own claim
        ("10.1.1.1", "198.51.100.1", "198.51.100.1"),
        ("10.1.1.1", "6.6.6.6, 198.51.100.1, 10.2.2.2", "198.51.100.1"),  # left of the first untrusted is forgeable
        ("fd00::1", "2001:db8::5", "2001:db8::5"),
        ("10.1.1.1", "10.2.2.2, 10.3.3.3", "10.2.2.2"),  # all proxies: the farthest one
        ("10.1.1.1", "", "10.1.1.1"),
        ("10.1.1.1", "not-an-address", "not-an-address"),  # a trusted proxy's word, kept as a key, never parsed further
    ],
)
def test_client_ip_reads_forwarded_for_from_the_right_and_only_from_proxies(
    peer: str, forwarded_for: str, client: str
) -> None:
    raw = [(b"x-forwarded-for", forwarded_for.encode())] if forwarded_for else []
    scope = {"type": "http", "client": (peer, 5000), "headers": raw}
    assert client_ip(scope, Headers(scope=scope), PROXIES) == client


def test_the_client_address_is_left_for_the_login_limits(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        seen.update(scope["state"])
        await JSONResponse({})(scope, receive, send)

    async def call() -> None:
        limits = RequestLimits(endpoint, settings=Settings(data_dir=tmp_path, trusted_proxies=["10.0.0.0/8"]))
        app = SimpleNamespace(state=SimpleNamespace(limiter=RateLimiter()))
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/v1/auth/login",
            "client": ("10.1.1.1", 5000),
            "headers": [(b"x-forwarded-for", b"198.51.100.7")],
            "app": app,
        }

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            pass

        await limits(scope, receive, send)

    asyncio.run(call())
    assert seen["client_ip"] == "198.51.100.7"  # request.state.client_ip


# Body caps


def test_declared_oversized_json_body_is_413_and_stores_nothing(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, body_max_bytes=SMALL_BODY_BYTES) as api:
        body = json.dumps(job_body(employer(api))).encode()
        assert_too_large(
            api.post("/v1/jobs", content=body + b" " * SMALL_BODY_BYTES, headers={"Content-Type": "application/json"})
        )
        assert jobs_total(api) == 0
        assert api.post("/v1/jobs", content=body, headers={"Content-Type": "application/json"}).status_code == 201


def test_streamed_oversized_body_is_cut_off_at_the_cap(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, body_max_bytes=SMALL_BODY_BYTES) as api:
        body = json.dumps(job_body(employer(api))).encode()
        total_bytes, sent_bytes = 64 * 1024 * 1024, 0

        def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
            nonlocal sent_bytes
            yield body[:-1]
            while sent_bytes < total_bytes:
                sent_bytes += 16 * 1024
                yield b" " * 16 * 1024
            yield b"}"

        assert_too_large(api.post("/v1/jobs", content=chunks(), headers={"Content-Type": "application/json"}))
        assert sent_bytes < total_bytes // 8, f"the server read on to {sent_bytes} bytes"
        assert jobs_total(api) == 0


def test_upload_over_the_body_cap_but_under_the_upload_cap_is_accepted(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, body_max_bytes=SMALL_BODY_BYTES, upload_max_bytes=256 * 1024) as api:
        sheet = csv_bytes(numbered(60))
        assert SMALL_BODY_BYTES < len(sheet) < 256 * 1024
        accepted = upload(api, sheet)
        assert accepted.status_code == 202, accepted.text
        too_big = upload(api, sheet + b"\n" * 512 * 1024)
        assert too_big.status_code == 413, too_big.text


# CORS


def test_listed_origin_gets_cors_headers_and_others_get_none(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, cors_origins=[FRONT_END]) as api:
        listed = api.get("/v1/jobs", headers={"Origin": FRONT_END})
        assert listed.headers["access-control-allow-origin"] == FRONT_END
        assert listed.headers["access-control-allow-credentials"] == "true"
        assert "Origin" in listed.headers["vary"]
        other = api.get("/v1/jobs", headers={"Origin": ELSEWHERE})
        assert other.status_code == 200
        assert not [h for h in other.headers if h.startswith("access-control-")], other.headers
        assert "Origin" in other.headers["vary"]


def test_preflight_allows_the_api_headers_for_a_listed_origin_only(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    asked = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, idempotency-key, x-request-id",
    }
    with serving(settings, fake_embedder, clock, cors_origins=[FRONT_END]) as api:
        listed = api.options("/v1/jobs", headers={"Origin": FRONT_END, **asked})
        assert listed.status_code == 200, listed.text
        assert listed.headers["access-control-allow-origin"] == FRONT_END
        allowed = {h.strip().lower() for h in listed.headers["access-control-allow-headers"].split(",")}
        assert {"authorization", "content-type", "idempotency-key", "x-request-id"} <= allowed
        assert "POST" in listed.headers["access-control-allow-methods"]
        other = api.options("/v1/jobs", headers={"Origin": ELSEWHERE, **asked})
        assert "access-control-allow-origin" not in other.headers


def test_refusals_carry_cors_headers_so_the_front_end_can_read_them(
    settings: Settings, fake_embedder: Embedder, clock: Clock
) -> None:
    with serving(settings, fake_embedder, clock, cors_origins=[FRONT_END], rate_limit_ip_per_min=1) as api:
        api.get("/v1/jobs")
        refused = api.get("/v1/jobs", headers={"Origin": FRONT_END})
        assert refused.status_code == 429
        assert refused.headers["access-control-allow-origin"] == FRONT_END
        assert "retry-after" in refused.headers["access-control-expose-headers"].lower()


def test_no_cors_headers_without_configured_origins(api: httpx.Client) -> None:
    simple = api.get("/v1/jobs", headers={"Origin": FRONT_END})
    preflight = api.options("/v1/jobs", headers={"Origin": FRONT_END, "Access-Control-Request-Method": "POST"})
    for response in (simple, preflight):
        assert not [h for h in response.headers if h.startswith("access-control-")], response.headers


def test_production_refuses_the_wildcard_origin(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="refused in production"):
        Settings(
            data_dir=tmp_path,
            environment="production",
            cors_origins=["*"],
            jwt_secret="x" * 32,
            pii_keys="k1:" + "A" * 44,
            pii_lookup_key="A" * 44,
        )
    with pytest.raises(ValueError, match="not origins"):
        Settings(data_dir=tmp_path, cors_origins=[f"{FRONT_END}/"])


# Page and radius caps


def list_routes_with(api_schema: dict[str, Any], name: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, operations in api_schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and parameter["name"] == name and method == "get":
                    found.append((path, parameter["schema"]))
    return found


@pytest.mark.parametrize("name", ["limit", "offset"])
def test_every_page_parameter_is_capped_and_over_the_cap_is_422(api: httpx.Client, name: str) -> None:
    pages = list_routes_with(api.get("/openapi.json").json(), name)
    assert len(pages) >= 8, pages
    for path, schema in pages:
        assert "maximum" in schema, f"{path}: {name} has no maximum"
        response = api.get(re.sub(r"\{[^}]+\}", "1", path), params={name: schema["maximum"] + 1})
        assert response.status_code == 422, f"{path}: {response.status_code} {response.text}"
        assert name in [e["field"] for e in response.json()["errors"]], f"{path}: {response.text}"


def test_radius_over_the_cap_is_422_naming_it(api: httpx.Client) -> None:
    over_km = 51  # max_radius_km is 50 by default
    searched = api.post("/v1/matches/search", json={"text": "电焊工", "location": loc(HEFEI), "radius_km": over_km})
    created = api.post("/v1/jobseekers", json=seeker_body(radius_km=over_km))
    for response in (searched, created):
        assert response.status_code == 422, response.text
        assert [e["field"] for e in response.json()["errors"]] == ["radius_km"]
    seeker_id = post_seeker(api)
    matched = api.get(f"/v1/jobseekers/{seeker_id}/matches", params={"radius_km": over_km})
    assert matched.status_code == 422 and matched.json()["errors"][0]["field"] == "radius_km", matched.text


def test_every_request_body_refuses_unknown_fields(api: httpx.Client) -> None:
    api_schema = api.get("/openapi.json").json()
    components = api_schema["components"]["schemas"]
    bodies = [
        (path, op["requestBody"]["content"]["application/json"]["schema"])
        for path, operations in api_schema["paths"].items()
        for op in operations.values()
        if "application/json" in op.get("requestBody", {}).get("content", {})
    ]
    assert len(bodies) >= 10, bodies
    for path, schema in bodies:
        for name in referenced(schema, components):
            if components[name].get("type") == "object":
                assert components[name].get("additionalProperties") is False, f"{path}: {name} allows unknown fields"


def referenced(schema: Any, components: dict[str, Any], seen: set[str] | None = None) -> set[str]:
    seen = set() if seen is None else seen
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.rsplit("/", 1)[-1] not in seen:
            seen.add(ref.rsplit("/", 1)[-1])
            referenced(components[ref.rsplit("/", 1)[-1]], components, seen)
        for value in schema.values():
            referenced(value, components, seen)
    elif isinstance(schema, list):
        for value in schema:
            referenced(value, components, seen)
    return seen


def test_every_query_and_body_model_refuses_unknown_fields() -> None:
    models = {}
    for info in pkgutil.iter_modules(app.api.__path__):
        router = getattr(importlib.import_module(f"app.api.{info.name}"), "router", None)
        for route in getattr(router, "routes", []):
            dependants = [route.dependant] if isinstance(route, APIRoute) else []
            while dependants:
                dependant = dependants.pop()
                dependants.extend(dependant.dependencies)
                for param in dependant.query_params + dependant.body_params:
                    model = param.field_info.annotation
                    if isinstance(model, type) and issubclass(model, BaseModel):
                        models[f"{route.path} {param.name}"] = model
    assert len(models) >= 30, models
    assert {where: m.__name__ for where, m in models.items() if m.model_config.get("extra") != "forbid"} == {}


def test_unknown_query_parameters_are_refused(api: httpx.Client) -> None:
    response = api.get("/v1/jobs", params={"limt": 5})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "limt", response.text


def test_more_concurrent_requests_than_database_connections_all_complete(api: httpx.Client, settings: Settings):
    """A request's session holds its connection between thread hops; once more sessions were open than the pool
    had connections, the threads left waiting on the pool starved the sessions that would give theirs back, and
    the server hung (64 concurrent match requests on SQLite, whose pool has 15). They now wait for a slot first."""
    seeker = post_seeker(api)
    post_job(api, employer(api))
    url = f"{api.base_url}/v1/jobseekers/{seeker}/matches"
    clients = 3 * connection_capacity(settings.database_url) + 5

    def ask(_: int) -> list[int]:
        with httpx.Client(headers=api.headers, timeout=20) as client:
            return [client.get(url).status_code for _ in range(4)]

    with ThreadPoolExecutor(clients) as pool:
        codes = [c for got in pool.map(ask, range(clients)) for c in got]
    assert codes == [200] * (4 * clients)
