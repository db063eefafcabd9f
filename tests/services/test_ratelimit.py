"""The per-process token buckets, on a clock the tests move by hand."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.config import Settings
from app.services.errors import RateLimited
from app.services.identity.ratelimit import LOGIN_DELAY_MAX_S, RateLimiter, limit_login, limit_user
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


def test_login_walls_one_address_and_slows_many_addresses_on_one_phone(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    settings = Settings(login_limit_per_min=3)
    for n in range(3):
        assert limit_login(limiter, settings, "203.0.113.5", f"1380551000{n}") == 0.0
    with pytest.raises(RateLimited):
        limit_login(limiter, settings, "203.0.113.5", "13805519999")  # one address, many phones: a wall
    for _ in range(3):
        limit_login(limiter, settings, "203.0.113.6", "13805517777")
    with pytest.raises(RateLimited):
        limit_login(limiter, settings, "203.0.113.6", "13805517777")  # one address, one phone: a wall
    delays = [limit_login(limiter, settings, f"198.51.100.{n}", "13805511234") for n in range(6)]
    assert delays[:3] == [0.0, 0.0, 0.0]  # many addresses, one phone: within the limit, no wait
    assert all(0 < d <= LOGIN_DELAY_MAX_S for d in delays[3:])  # beyond it, slowed (capped), never refused
    clock.now_s += 60 * 3  # three attempts owed, one paid every 20 s
    assert limit_login(limiter, settings, "198.51.100.50", "13805511234") == 0.0  # the debt is paid in a minute
    assert limit_login(limiter, settings, "198.51.100.98", None) == 0.0  # WeChat sign-in: per address only


def test_a_delay_debt_is_bounded_by_a_minute_of_attempts(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    waits = [limiter.delay("login-phone:x", 6) for _ in range(100)]
    assert waits[6:9] == pytest.approx([10.0, 20.0, 30.0])  # 6 a minute: each attempt beyond owes 10 s more
    assert waits[-1] == pytest.approx(60.0)  # and at most a minute's worth is ever owed


def test_login_keys_hold_no_plaintext_phone(clock: Clock) -> None:
    limiter = RateLimiter(clock)
    limit_login(limiter, Settings(), "203.0.113.5", "13805511234")
    keys = list(limiter._buckets)
    assert len(keys) == 3 and not any("13805511234" in key for key in keys)
    assert RateLimiter(clock).hashed("13805511234") != limiter.hashed("13805511234")  # a key per process
