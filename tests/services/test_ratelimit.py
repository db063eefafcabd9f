"""The per-process token buckets, on a clock the tests move by hand."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.config import Settings
from app.services.errors import RateLimited
from app.services.identity.ratelimit import RateLimiter, limit_login, limit_user
from tests.clock import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_allows_the_limit_then_refuses_with_the_wait_until_the_next_token(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    for _ in range(6):
        limiter.check("ip:a", 6)
    with pytest.raises(RateLimited) as refused:
        limiter.check("ip:a", 6)
    assert refused.value.retry_after_s == 10  # 6 a minute: one every 10 s


def test_recovers_one_request_per_refill_interval(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    for _ in range(6):
        limiter.check("ip:a", 6)
    clock.now_s += 9.9
    with pytest.raises(RateLimited) as refused:
        limiter.check("ip:a", 6)
    assert refused.value.retry_after_s == 1
    clock.now_s += 0.1
    limiter.check("ip:a", 6)
    with pytest.raises(RateLimited):
        limiter.check("ip:a", 6)


def test_refused_requests_do_not_use_up_tokens(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    limiter.check("ip:a", 1)
    for _ in range(5):
        with pytest.raises(RateLimited):
            limiter.check("ip:a", 1)
    clock.now_s += 60
    limiter.check("ip:a", 1)


def test_keys_are_counted_apart(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    limiter.check("ip:a", 1)
    limiter.check("ip:b", 1)
    with pytest.raises(RateLimited):
        limiter.check("ip:a", 1)


def test_idle_keys_are_forgotten(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    for n in range(50):
        limiter.check(f"ip:{n}", 10)
    clock.now_s += 59
    limiter.check("ip:fresh", 10)
    assert len(limiter) == 51
    clock.now_s += 1  # the first 50 have been idle a full minute: their buckets would be full anyway
    limiter.check("ip:another", 10)
    assert len(limiter) == 2


def test_memory_is_bounded_by_forgetting_the_least_recently_seen(clock: Clock) -> None:
    limiter = RateLimiter(clock, max_keys=100)
    limiter.check("ip:kept", 1)
    for n in range(1000):
        if n % 50 == 0:
            with pytest.raises(RateLimited):
                limiter.check("ip:kept", 1)  # seen again, so it stays and stays limited
        limiter.check(f"ip:{n}", 1)
    assert len(limiter) <= 100
    with pytest.raises(RateLimited):
        limiter.check("ip:kept", 1)


def test_concurrent_checks_never_grant_more_than_the_limit(clock: Clock) -> None:
    limiter = RateLimiter(clock)

    def attempt(_: int) -> bool:
        try:
            limiter.check("user:1", 100)
        except RateLimited:
            return False
        return True

    with ThreadPoolExecutor(8) as pool:
        granted = sum(pool.map(attempt, range(1000)))
    assert granted == 100


def test_user_limit_uses_its_own_setting(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    settings = Settings(rate_limit_user_per_min=2, rate_limit_ip_per_min=1000)
    limit_user(limiter, settings, 7)
    limit_user(limiter, settings, 7)
    with pytest.raises(RateLimited):
        limit_user(limiter, settings, 7)
    limit_user(limiter, settings, 8)


def test_login_is_limited_per_address_and_per_phone(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    settings = Settings(login_limit_per_min=3)
    for n in range(3):
        limit_login(limiter, settings, "203.0.113.5", f"1380551000{n}")
    with pytest.raises(RateLimited):
        limit_login(limiter, settings, "203.0.113.5", "13805519999")  # one address, many phones
    for n in range(3):
        limit_login(limiter, settings, f"198.51.100.{n}", "13805511234")
    with pytest.raises(RateLimited):
        limit_login(limiter, settings, "198.51.100.99", "13805511234")  # many addresses, one phone
    limit_login(limiter, settings, "198.51.100.98", None)  # WeChat sign-in: per address only


def test_login_keys_hold_no_plaintext_phone(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    limit_login(limiter, Settings(), "203.0.113.5", "13805511234")
    keys = list(limiter._buckets)
    assert len(keys) == 2 and not any("13805511234" in key for key in keys)
    assert RateLimiter(clock).hashed("13805511234") != limiter.hashed("13805511234")  # a key per process
