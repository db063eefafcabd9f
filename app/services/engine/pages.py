"""Stored seekers' match pages kept as JSON, each served again only while the database still agrees with it."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from app.services.engine.changes import MARGIN_KM
from matching.geo import GeoPoint
from matching.sphere import centre_km, chord2_one

REQUEST_ID = b'"request_id":"'  # MatchPage's last field: a fresh one is written into every answer


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Everything a seeker's page was built from that the index does not hold, read again before each reuse."""

    seeker: tuple[Any, ...]  # every column of the seeker's row: profile, consents, point, vector, version
    dismissed: tuple[int, ...]
    fairs: tuple[Any, ...]  # the fairs running and streaming when it was built
    today: date  # eligibility and 零工 dates are judged by the day


@dataclass(frozen=True, slots=True)
class Reach:
    """Where and until when the postings a page counted may change it: any posting changed, closed or held within
    `km` of `point` after the job index's `generation`, or the first of them to expire at `until`."""

    point: GeoPoint
    km: float  # the radius, or the thin circle's ring when the page offers one (the postings' own reach only narrows)
    generation: int  # read before the index was: a change during the build counts as after it
    until: float  # epoch seconds: the earliest expiry among the postings a search of the reach could count

    def changed(self, touched: Callable[[int, GeoPoint, float], bool]) -> bool:
        return touched(self.generation, self.point, self.km)


@dataclass(frozen=True, slots=True)
class CachedPage:
    fingerprint: Fingerprint
    reach: Reach
    shown: dict[int, int]  # each shown posting's version: the caller checks them open and unchanged before reuse
    head: bytes  # the JSON up to and including the request id's opening quote
    tail: bytes  # after its value
    good_until: float  # epoch seconds
    basis: object = None  # what it read of the postings in its reach, to judge a change by (`matching.clearance`)
    centre: tuple[float, float, float] = (0.0, 0.0, 0.0)  # the reach's point on the sphere, km (`near`)

    @property
    def size(self) -> int:
        return len(self.head) + len(self.tail)

    def body(self, request_id: str) -> bytes:
        return self.head + request_id.encode() + self.tail


class PageCache:
    """A bounded LRU of pages; a hit is a page whose fingerprint equals the caller's, whose time has not run out, and
    in whose reach no posting changed since it was built (the change feed's `ChangeLog`, asked through `touched`), or
    since the last change there that was judged unable to alter it (`advance`; `matching.clearance.PageJudge`).

    A kept page equals one built now but for freshness, the one input nothing checks: its scores are as of when it
    was built, at most `ttl_s` ago. Freshness is 0.5 ** (age / 14 days) weighted 0.075, so it moves a score by at most
    0.075 * ln 2 / (14 * 86,400 s) = 4.3e-8 a second: 2.6e-5 in 600 s, under one step of the 4 decimals a score is
    shown with (the freshness factor itself, unweighted, by up to 3.4e-4), and two postings whose scores lie closer
    than that may swap places. The shown postings are checked by the caller (`CachedPage.shown`); a posting expiring
    in the reach ends the keep (`Reach.until`).
    """

    def __init__(self, ttl_s: float, max_bytes: int = 64 * 2**20) -> None:
        self.ttl_s = ttl_s
        self._max_bytes = max_bytes  # 64 MiB: ~4,000 pages of 20 items (16 KB each) per process
        self.on_kept: Callable[[Hashable], None] | None = None  # told each key put (`PageWarmer.kept`)
        self._bytes = 0
        self._pages: OrderedDict[Hashable, CachedPage] = OrderedDict()
        # the pages' keys, centres and squared reaches as arrays, for `near`; None: to be gathered again
        self._near: tuple[list[Hashable], npt.NDArray[np.float64], npt.NDArray[np.float64]] | None = None
        self._lock = threading.Lock()
        self._swept = time.time()

    @property
    def enabled(self) -> bool:
        return self.ttl_s > 0

    @property
    def crowded(self) -> bool:
        """Nine tenths of the memory given are taken: a page added now would soon push out another."""
        return self._bytes > 0.9 * self._max_bytes

    def get(
        self, key: Hashable, fingerprint: Fingerprint, touched: Callable[[int, GeoPoint, float], bool]
    ) -> CachedPage | None:
        """The page kept under `key` if it still holds; `touched(generation, point, km)`: whether a posting changed
        within km of point after that generation (`ChangeLog.touched`)."""
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.fingerprint != fingerprint or page.good_until <= time.time():
                return None
            if page.reach.changed(touched):
                self._bytes -= self._pages.pop(key).size  # it will never hold again
                self._near = None
                return None
            self._pages.move_to_end(key)
        return page

    def holds(
        self,
        key: Hashable,
        touched: Callable[[int, GeoPoint, float], bool],
        fairs: tuple[Any, ...],
        today: date,
        for_s: float = 0.0,
    ) -> bool:
        """Whether the page kept under `key` would still be served `for_s` seconds from now as far as the index, the
        fairs on now and the day tell (`PageWarmer`'s question; the seeker's row and dismissals are the caller's,
        checked on every reuse all the same). Unlike `get`, it leaves the page's place in the LRU as it is."""
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.good_until <= time.time() + for_s:
                return False
            held = page.fingerprint.fairs == fairs and page.fingerprint.today == today
            return held and not page.reach.changed(touched)

    def put(
        self,
        key: Hashable,
        fingerprint: Fingerprint,
        reach: Reach,
        body: bytes,
        shown: dict[int, int],
        basis: object = None,
    ) -> None:
        """`body`: the page's JSON, its request id the last field; `shown`: the versions its postings were read at."""
        at = body.rindex(REQUEST_ID) + len(REQUEST_ID)
        end = body.index(b'"', at)
        now = time.time()
        good_until = min(now + self.ttl_s, reach.until)
        centre = centre_km(reach.point)
        page = CachedPage(fingerprint, reach, shown, body[:at], body[end:], good_until, basis, centre)
        with self._lock:
            if now - self._swept > self.ttl_s:  # pages out of time leave memory within two keeping times
                self._swept = now
                for gone in [k for k, p in self._pages.items() if p.good_until <= now]:
                    self._bytes -= self._pages.pop(gone).size
            self._near = None
            old = self._pages.pop(key, None)
            self._bytes += page.size - (old.size if old is not None else 0)
            self._pages[key] = page
            while self._bytes > self._max_bytes and len(self._pages) > 1:
                _, gone = self._pages.popitem(last=False)
                self._bytes -= gone.size
        if self.on_kept is not None:
            self.on_kept(key)

    def near(self, points: Sequence[GeoPoint]) -> list[tuple[Hashable, CachedPage]]:
        """The pages within whose reach any of these points lies, as `ChangeLog.touched` would find them."""
        if not points:
            return []
        xyz = np.array([centre_km(p) for p in points])
        with self._lock:
            if self._near is None:  # gathered again only after pages came or went (`advance` keeps each place)
                kept = self._pages.values()
                centres = np.array([page.centre for page in kept], np.float64).reshape(-1, 3)
                reach = np.array([chord2_one(page.reach.km + MARGIN_KM) for page in kept], np.float64)
                self._near = (list(self._pages), centres, reach)
            keys, centres, reach = self._near
        offset = centres[:, None, :] - xyz[None, :, :]
        inside = ((offset * offset).sum(axis=2) <= reach[:, None]).any(axis=1)
        with self._lock:
            found = [(keys[i], self._pages.get(keys[i])) for i in np.flatnonzero(inside).tolist()]
        return [(key, page) for key, page in found if page is not None]

    def advance(self, key: Hashable, page: CachedPage, generation: int) -> None:
        """Keep `page` as built at `generation`: no change up to it could alter it (`matching.clearance`). Nothing
        where the page under `key` is no longer this one."""
        with self._lock:
            if self._pages.get(key) is page and page.reach.generation < generation:
                self._pages[key] = replace(page, reach=replace(page.reach, generation=generation))

    def forget(self, seeker_ids: set[int]) -> None:
        """Drop the pages of these seekers (keys `(seeker_id, …)`): a person erased leaves no page of theirs, with
        the words of their résumé it quotes, in memory."""
        with self._lock:
            for key in [k for k in self._pages if isinstance(k, tuple) and k and k[0] in seeker_ids]:
                self._bytes -= self._pages.pop(key).size
            self._near = None

    def clear(self) -> None:
        with self._lock:
            self._near = None
            self._pages.clear()
            self._bytes = 0
