"""Stored seekers' match pages kept as JSON, each served again only while the database still agrees with it."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

REQUEST_ID = b'"request_id":"'  # MatchPage's last field: a fresh one is written into every answer


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Everything a seeker's page was built from that the index does not hold, read again before each reuse."""

    seeker: tuple[Any, ...]  # every column of the seeker's row: profile, consents, point, vector, version
    dismissed: tuple[int, ...]
    fairs: tuple[Any, ...]  # the fairs running and streaming when it was built
    today: date  # eligibility and 零工 dates are judged by the day
    generation: int  # the job index's: any posting changed, closed or held since then counts


@dataclass(frozen=True, slots=True)
class CachedPage:
    fingerprint: Fingerprint
    shown: dict[int, int]  # each shown posting's version: the caller checks them open and unchanged before reuse
    head: bytes  # the JSON up to and including the request id's opening quote
    tail: bytes  # after its value
    good_until: float  # epoch seconds

    @property
    def size(self) -> int:
        return len(self.head) + len(self.tail)

    def body(self, request_id: str) -> bytes:
        return self.head + request_id.encode() + self.tail


class PageCache:
    """A bounded LRU of pages; a hit is a page whose fingerprint equals the caller's and whose time has not run out.

    Freshness is the one part nothing checks: a page's scores are as of when it was built, at most `ttl_s` ago
    (with a 14-day half-life, 30 s moves a score by under 2e-6). The shown postings are checked by the caller
    (`CachedPage.shown`); a posting that expires unseen in the circle may be counted in `total` and `facets` up to
    `ttl_s` longer, as an index that has not yet polled the feed counts one closed elsewhere.
    """

    def __init__(self, ttl_s: float, max_bytes: int = 64 * 2**20) -> None:
        self.ttl_s = ttl_s
        self._max_bytes = max_bytes  # ~4,000 pages of 20 items (16 KB each) per process
        self._bytes = 0
        self._pages: OrderedDict[Hashable, CachedPage] = OrderedDict()
        self._lock = threading.Lock()
        self._swept = time.time()

    @property
    def enabled(self) -> bool:
        return self.ttl_s > 0

    def get(self, key: Hashable, fingerprint: Fingerprint) -> CachedPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.fingerprint != fingerprint or page.good_until <= time.time():
                return None
            self._pages.move_to_end(key)
        return page

    def put(self, key: Hashable, fingerprint: Fingerprint, body: bytes, shown: dict[int, int]) -> None:
        """`body`: the page's JSON, its request id the last field; `shown`: the versions its postings were read at."""
        at = body.rindex(REQUEST_ID) + len(REQUEST_ID)
        end = body.index(b'"', at)
        now = time.time()
        page = CachedPage(fingerprint, shown, body[:at], body[end:], now + self.ttl_s)
        with self._lock:
            if now - self._swept > self.ttl_s:  # pages out of time leave memory within two keeping times
                self._swept = now
                for gone in [k for k, p in self._pages.items() if p.good_until <= now]:
                    self._bytes -= self._pages.pop(gone).size
            old = self._pages.pop(key, None)
            self._bytes += page.size - (old.size if old is not None else 0)
            self._pages[key] = page
            while self._bytes > self._max_bytes and len(self._pages) > 1:
                _, gone = self._pages.popitem(last=False)
                self._bytes -= gone.size

    def forget(self, seeker_ids: set[int]) -> None:
        """Drop the pages of these seekers (keys `(seeker_id, …)`): a person erased leaves no page of theirs, with
        the words of their résumé it quotes, in memory."""
        with self._lock:
            for key in [k for k in self._pages if isinstance(k, tuple) and k and k[0] in seeker_ids]:
                self._bytes -= self._pages.pop(key).size

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self._bytes = 0
