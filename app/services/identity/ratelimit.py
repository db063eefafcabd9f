"""Rate limits by key: requests per client address, per user, and login attempts; per process or in Redis.

RateLimiter keeps a token bucket per key in this process: `limit_per_min` tokens refilled evenly over a
minute, so a client may burst up to its limit and then gets one request per 60/limit seconds. With N
uvicorn workers (or N replicas) a client could make N times the limit, one share per process it reaches.

SharedRateLimiter keeps a moving window per key in Redis instead (the task broker's by default), so all
processes draw on one budget: the key's last `limit` request times, checked, pushed, trimmed and given a
minute's TTL in one atomic Lua step (the `limits` library's). When Redis does not answer, requests pass
unlimited (fail open) and the outage is logged, once a minute at most. make_limiter picks one at start.
"""

from __future__ import annotations

import hashlib
import logging
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from limits import RateLimitItemPerMinute
from limits.errors import StorageError
from limits.storage import RedisStorage
from limits.strategies import MovingWindowRateLimiter

from app.config import Settings
from app.keys import Keys, load_keys
from app.services.errors import RateLimited

logger = logging.getLogger(__name__)

WINDOW_S = 60.0  # limits are per minute; an untouched bucket is full again after this long
LOGIN_DELAY_MAX_S = 3.0  # the most a sign-in waits for its phone's attempts from elsewhere
MAX_KEYS = 100_000  # about 15 MB of buckets; beyond it the least recently seen are forgotten
KEY_PREFIX = "jobcircle:rl"  # in the broker's Redis beside huey's keys, which start "huey."
REDIS_TIMEOUT_S = 0.5  # the address limit runs in the event loop: a Redis that hangs must not hang the server
OUTAGE_RETRY_S = 5.0  # after Redis failed, requests pass without trying it for this long
OUTAGE_LOG_S = 60.0  # while Redis stays down, one warning a minute

T = TypeVar("T")


class Limiter(Protocol):
    """What the middleware, the auth dependency and the login route need of a rate limiter."""

    def check(self, key: str, limit_per_min: int) -> None: ...

    def delay(self, key: str, limit_per_min: int) -> float: ...

    def hashed(self, text: str) -> str: ...


@dataclass(slots=True)
class _Bucket:
    tokens: float
    seen_s: float


class RateLimiter:
    """Thread-safe: the API's event loop and its worker threads share one instance."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_keys: int = MAX_KEYS) -> None:
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()  # least recently seen first
        self._lock = threading.Lock()
        self._hash_key = secrets.token_bytes(16)  # per process: a phone's key cannot be reversed by trying all numbers

    def check(self, key: str, limit_per_min: int) -> None:
        """Take one token from key's bucket, or raise RateLimited saying when the next one is due."""
        with self._lock:
            bucket, rate_per_s = self._refilled(key, limit_per_min)
            if bucket.tokens < 1:
                raise RateLimited(max(1, math.ceil((1 - bucket.tokens) / rate_per_s)))
            bucket.tokens -= 1

    def delay(self, key: str, limit_per_min: int) -> float:
        """Take one token from key's bucket, going into debt when it is empty: the seconds until the debt is
        paid, which a caller waits instead of refusing. The debt is bounded by one minute's worth."""
        with self._lock:
            bucket, rate_per_s = self._refilled(key, limit_per_min)
            bucket.tokens = max(bucket.tokens - 1, -float(limit_per_min))
            return max(0.0, -bucket.tokens / rate_per_s)

    def _refilled(self, key: str, limit_per_min: int) -> tuple[_Bucket, float]:
        """Key's bucket topped up for the time since it was last seen, now the most recently used (lock held)."""
        rate_per_s = limit_per_min / WINDOW_S
        now = self.clock()
        self._evict_idle(now)
        bucket = self._buckets.pop(key, None) or _Bucket(float(limit_per_min), now)
        bucket.tokens = min(float(limit_per_min), bucket.tokens + (now - bucket.seen_s) * rate_per_s)
        bucket.seen_s = now
        self._buckets[key] = bucket
        return bucket, rate_per_s

    def hashed(self, text: str) -> str:
        """A key part for personal data (a phone number): stable in this process, meaningless outside it."""
        return _keyed_digest(self._hash_key, text)

    def __len__(self) -> int:
        return len(self._buckets)

    def _evict_idle(self, now: float) -> None:
        # Buckets are ordered by last use, so the idle ones are at the front: amortised O(1) a call.
        while self._buckets:
            oldest = next(iter(self._buckets.values()))
            if now - oldest.seen_s < WINDOW_S and len(self._buckets) < self.max_keys:
                return
            self._buckets.popitem(last=False)


class SharedRateLimiter:
    """Moving windows in Redis: every process given the same store, prefix and hash key counts against one budget.

    Thread-safe (redis-py's connection pool). A window's times are each process's wall clock: hosts keep NTP."""

    def __init__(
        self,
        storage_uri: str,
        hash_key: bytes,
        *,
        prefix: str = KEY_PREFIX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        storage = RedisStorage(
            storage_uri,
            key_prefix=prefix,
            wrap_exceptions=True,
            socket_timeout=REDIS_TIMEOUT_S,
            socket_connect_timeout=REDIS_TIMEOUT_S,
        )
        self.windows = MovingWindowRateLimiter(storage)
        self._hash_key = hash_key
        self._outage = _Outage(clock)

    def check(self, key: str, limit_per_min: int) -> None:
        """Count one request against key's window, or raise RateLimited saying when its oldest request leaves it."""
        retry_after_s = self._outage.guard(lambda: self._take(key, limit_per_min), 0)
        if retry_after_s:
            raise RateLimited(retry_after_s)

    def delay(self, key: str, limit_per_min: int) -> float:
        """Count one attempt; each beyond the limit in the last minute owes 60/limit seconds more, which the
        caller waits instead of refusing. Up to twice the limit are counted: at most a minute is ever owed."""
        return self._outage.guard(lambda: self._owed_s(key, limit_per_min), 0.0)

    def hashed(self, text: str) -> str:
        """A key part for personal data (a phone number): the same in every process, meaningless without the key."""
        return _keyed_digest(self._hash_key, text)

    def _take(self, key: str, limit_per_min: int) -> int:
        item = RateLimitItemPerMinute(limit_per_min)
        if self.windows.hit(item, key):
            return 0
        frees_at_s = self.windows.get_window_stats(item, key).reset_time
        return max(1, math.ceil(frees_at_s - time.time()))

    def _owed_s(self, key: str, limit_per_min: int) -> float:
        item = RateLimitItemPerMinute(2 * limit_per_min)
        self.windows.hit(item, key)  # refused once a minute's debt is counted: the count stays at its bound
        attempts = item.amount - self.windows.get_window_stats(item, key).remaining
        return max(0, attempts - limit_per_min) * WINDOW_S / limit_per_min


class _Outage:
    """Fail open: while Redis does not answer, limits pass; it is tried again every OUTAGE_RETRY_S, so a Redis
    that hangs costs one timeout per few seconds, not one per request. Races here only repeat a log line."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.retry_at_s = -math.inf
        self.warned_at_s = -math.inf
        self.down = False

    def guard(self, step: Callable[[], T], passed: T) -> T:
        now_s = self.clock()
        if now_s < self.retry_at_s:
            return passed
        try:
            result = step()
        except StorageError as error:
            self.retry_at_s, self.down = now_s + OUTAGE_RETRY_S, True
            if now_s - self.warned_at_s >= OUTAGE_LOG_S:
                self.warned_at_s = now_s
                logger.warning("rate limits are off: their Redis does not answer (%s); requests pass", error)
            return passed
        if self.down:
            self.down = False
            logger.info("rate limits are on again: their Redis answers")
        return result


def make_limiter(settings: Settings) -> Limiter:
    """At app start: in Redis (rate_limit_storage, else the task broker's) shared by every process, else here."""
    uri = settings.rate_limit_storage or settings.task_broker
    if uri in ("", "memory"):
        return RateLimiter()
    if uri.startswith("unix://"):
        uri = "redis+" + uri  # the `limits` library's name for a Redis socket
    return SharedRateLimiter(uri, shared_hash_key(load_keys(settings)))


def shared_hash_key(keys: Keys) -> bytes:
    """The same in every process that shares the service's secrets; unrelated to the lookup hashes it is drawn from."""
    return hashlib.blake2b(b"jobcircle rate-limit keys", key=keys.pii_lookup_key, digest_size=32).digest()


def _keyed_digest(key: bytes, text: str) -> str:
    return hashlib.blake2b(text.encode(), key=key, digest_size=16).hexdigest()


def limit_user(limiter: Limiter, settings: Settings, user_id: int) -> None:
    """For the authentication dependency, once the caller is known."""
    limiter.check(f"user:{user_id}", settings.rate_limit_user_per_min)


def limit_login(limiter: Limiter, settings: Settings, ip: str, phone: str | None) -> float:
    """Sign-in attempts; the seconds to wait before the password is checked.

    Walls (429) for what one client does: per address (one client trying many phones), and per phone from one
    address. Across addresses a phone's attempts beyond the limit are slowed, never refused: a wall there would
    let anyone lock the owner out with ten wrong passwords, where a delay costs the owner a few seconds once."""
    limiter.check(f"login-ip:{ip}", settings.login_limit_per_min)
    if phone is None:
        return 0.0
    phone_key = limiter.hashed(phone)
    limiter.check(f"login-phone-ip:{phone_key}:{ip}", settings.login_limit_per_min)
    return min(limiter.delay(f"login-phone:{phone_key}", settings.login_limit_per_min), LOGIN_DELAY_MAX_S)
