"""Per-process token buckets by key: requests per client address, per user, and login attempts.

Each key holds a bucket of `limit_per_min` tokens that refills evenly over a minute, so a client
may burst up to its limit and then gets one request per 60/limit seconds. The buckets live in
this process only: with N uvicorn workers (or N replicas) a client can make up to N times the
limit, one share per process it happens to reach. A shared version would keep each bucket in
Redis instead (the task broker's, say): the refill and the take in one atomic step (a Lua
script, or INCR with EXPIRE per fixed window), a TTL on each key in place of the idle eviction
here, the Redis clock rather than each worker's, and a decision about what to do when Redis is
down (let requests through, and log it). Not built: set the limits per process accordingly.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from app.config import Settings
from app.services.errors import RateLimited

WINDOW_S = 60.0  # limits are per minute; an untouched bucket is full again after this long
LOGIN_DELAY_MAX_S = 3.0  # the most a sign-in waits for its phone's attempts from elsewhere
MAX_KEYS = 100_000  # about 15 MB of buckets; beyond it the least recently seen are forgotten


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
        return hashlib.blake2b(text.encode(), key=self._hash_key, digest_size=16).hexdigest()

    def __len__(self) -> int:
        return len(self._buckets)

    def _evict_idle(self, now: float) -> None:
        # Buckets are ordered by last use, so the idle ones are at the front: amortised O(1) a call.
        while self._buckets:
            oldest = next(iter(self._buckets.values()))
            if now - oldest.seen_s < WINDOW_S and len(self._buckets) < self.max_keys:
                return
            self._buckets.popitem(last=False)


def limit_user(limiter: RateLimiter, settings: Settings, user_id: int) -> None:
    """For the authentication dependency, once the caller is known."""
    limiter.check(f"user:{user_id}", settings.rate_limit_user_per_min)


def limit_login(limiter: RateLimiter, settings: Settings, ip: str, phone: str | None) -> float:
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
