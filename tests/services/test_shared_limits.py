"""Rate limits in Redis: processes share one budget, the login delay too; keys expire; a Redis that is down fails open."""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
import redis
from pydantic import ValidationError

from app.config import Settings
from app.main import create_app
from app.services.errors import RateLimited
from app.services.identity.ratelimit import (
    KEY_PREFIX,
    LOGIN_DELAY_MAX_S,
    OUTAGE_LOG_S,
    OUTAGE_RETRY_S,
    RateLimiter,
    SharedRateLimiter,
    limit_login,
    make_limiter,
)
from matching.embedding import Embedder
from tests.clock import Clock
from tests.live import live_server

HASH_KEY = bytes(range(32))
UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connections are refused at once


def redis_url_or_skip() -> str:
    """The test server's own database: other tests share it, so each test here keeps to keys of its own."""
    url = os.environ.get("JOBCIRCLE_TEST_REDIS_URL", "")
    if url:
        return url
    if os.environ.get("JOBCIRCLE_REQUIRE_REDIS") == "1":
        pytest.fail("JOBCIRCLE_REQUIRE_REDIS=1 but JOBCIRCLE_TEST_REDIS_URL is not set")
    pytest.skip("needs JOBCIRCLE_TEST_REDIS_URL (bash .ci/run starts scripts/redis-test-server)")


@pytest.fixture
def redis_url() -> str:
    return redis_url_or_skip()


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    """A key prefix for this test alone, its keys deleted afterwards (never FLUSHDB: the database is shared)."""
    own = f"{KEY_PREFIX}:test-{uuid4().hex}"
    yield own
    delete_keys(redis_url, f"{own}:*")


def delete_keys(redis_url: str, pattern: str) -> None:
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=pattern))
    if keys:
        client.delete(*keys)
    client.close()


def two_processes(redis_url: str, prefix: str) -> tuple[SharedRateLimiter, SharedRateLimiter]:
    """What two API processes hold: their own limiter each, on one Redis, with one key from the shared secrets."""
    return SharedRateLimiter(redis_url, HASH_KEY, prefix=prefix), SharedRateLimiter(redis_url, HASH_KEY, prefix=prefix)


@pytest.mark.redis
def test_two_processes_share_one_budget(redis_url: str, prefix: str) -> None:
    a, b = two_processes(redis_url, prefix)
    for limiter in (a, a, a, b, b):
        limiter.check("ip:203.0.113.5", 5)
    with pytest.raises(RateLimited) as refused:
        b.check("ip:203.0.113.5", 5)  # the sixth in a minute, whichever process it reaches
    assert 1 <= refused.value.retry_after_s <= 60
    with pytest.raises(RateLimited):
        a.check("ip:203.0.113.5", 5)
    a.check("ip:203.0.113.6", 5)  # keys are counted apart


@pytest.mark.redis
def test_the_login_delay_is_shared_and_never_a_wall(redis_url: str, prefix: str) -> None:
    a, b = two_processes(redis_url, prefix)
    settings = Settings(login_limit_per_min=3)
    delays = [limit_login((a, b)[n % 2], settings, f"198.51.100.{n}", "13805511234") for n in range(8)]
    assert delays[:3] == [0.0, 0.0, 0.0]  # within the limit, no wait, though the attempts went to two processes
    assert all(0 < d <= LOGIN_DELAY_MAX_S for d in delays[3:])  # beyond it, slowed (capped), never refused
    assert a.hashed("13805511234") == b.hashed("13805511234")  # one key per phone across processes


@pytest.mark.redis
def test_a_shared_delay_owes_60_over_limit_per_attempt_and_at_most_a_minute(redis_url: str, prefix: str) -> None:
    a, b = two_processes(redis_url, prefix)
    waits = [(a, b)[n % 2].delay("login-phone:x", 6) for n in range(20)]
    assert waits[:6] == [0.0] * 6
    assert waits[6:9] == pytest.approx([10.0, 20.0, 30.0])  # 6 a minute: each attempt beyond owes 10 s more
    assert waits[-1] == pytest.approx(60.0)  # and at most a minute's worth is ever owed


@pytest.mark.redis
def test_keys_are_prefixed_and_expire_by_themselves(redis_url: str, prefix: str) -> None:
    a, _ = two_processes(redis_url, prefix)
    a.check("user:7", 600)
    limit_login(a, Settings(), "203.0.113.5", "13805511234")
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    assert len(keys) == 4, keys  # the user, the address, the phone from the address, the phone
    assert all(0 < client.ttl(key) <= 60 for key in keys)
    assert not any(b"13805511234" in key for key in keys)
    client.close()


def test_an_unreachable_redis_lets_requests_through_and_says_so_once_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    limiter = SharedRateLimiter(UNREACHABLE, HASH_KEY, clock=clock)
    with caplog.at_level(logging.WARNING, logger="app.services.identity.ratelimit"):
        for _ in range(20):
            limiter.check("ip:203.0.113.5", 1)
        assert limiter.delay("login-phone:x", 1) == 0.0
        clock.now_s += OUTAGE_RETRY_S  # tried again: still down, still quiet
        limiter.check("ip:203.0.113.5", 1)
        assert len(caplog.records) == 1
        clock.now_s += OUTAGE_LOG_S
        limiter.check("ip:203.0.113.5", 1)
    assert len(caplog.records) == 2
    assert "Redis does not answer" in caplog.records[0].getMessage()


def test_the_broker_chooses_redis_unless_told_memory(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert isinstance(make_limiter(Settings(data_dir=data_dir)), RateLimiter)
    assert isinstance(make_limiter(Settings(data_dir=data_dir, task_broker=UNREACHABLE)), SharedRateLimiter)
    forced = Settings(data_dir=data_dir, task_broker=UNREACHABLE, rate_limit_storage="memory")
    assert isinstance(make_limiter(forced), RateLimiter)
    own = Settings(data_dir=data_dir, rate_limit_storage=UNREACHABLE)
    one, other = make_limiter(own), make_limiter(own)
    assert isinstance(one, SharedRateLimiter)
    assert one.hashed("13805511234") == other.hashed("13805511234")  # drawn from the service's secrets
    assert one.hashed("13805511234") != SharedRateLimiter(UNREACHABLE, HASH_KEY).hashed("13805511234")
    with pytest.raises(ValidationError, match="rate_limit_storage"):
        Settings(data_dir=data_dir, rate_limit_storage="memcached://127.0.0.1")


@pytest.mark.redis
def test_a_client_alternating_between_two_servers_is_limited_once(
    settings: Settings, fake_embedder: Embedder, redis_url: str
) -> None:
    client_ip = f"2001:db8::{random.getrandbits(32):x}"  # the keys are this run's own
    shared = settings.model_copy(
        update={"task_broker": redis_url, "rate_limit_ip_per_min": 5, "trusted_proxies": ["127.0.0.1/32"]}
    )
    headers = {"X-Forwarded-For": client_ip}
    try:
        with (
            live_server(create_app(shared, embedder=fake_embedder), admin=False) as first,
            live_server(create_app(shared, embedder=fake_embedder), admin=False) as second,
        ):
            statuses = [(first, second)[n % 2].get("/v1/jobs", headers=headers).status_code for n in range(6)]
            assert all(status != 429 for status in statuses[:5]), statuses
            assert statuses[5] == 429
            assert int(first.get("/v1/jobs", headers=headers).headers["retry-after"]) > 0
    finally:
        delete_keys(redis_url, f"{KEY_PREFIX}:*{client_ip}*")
