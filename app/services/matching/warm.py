"""Stored seekers' first match pages built ahead of their asking, and built again when the change feed drops them.

A kept page is served in about 2 ms of CPU against 7-10 ms to build one (bench/README.md, "Issue 27, session 23"),
but a page is only kept once its seeker has asked: the first look of the day, the one people feel, was always the
slow one. `PageWarmer` builds those pages before anyone asks, in the background of each server process, for the
`JOBCIRCLE_MATCH_PAGE_WARM` seekers most recently changed or seen, and builds each again when it would no longer be
served: a posting changed, closed or expiring within its reach, a fair starting, a new day, the seeker's own edit.
What it keeps is served exactly as a page the seeker's own request kept, after the same checks against the
database (`matches.matches_for_seeker_json`).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.metrics import MATCH_PAGES_WARMED
from app.models import Jobseeker
from app.models.base import utcnow
from app.schemas.match import MatchQuery
from app.services.engine.eligibility import local_today
from app.services.engine.matcher import Matcher
from app.services.matching.matches import page_key, warm_page
from app.services.postings.livestreams import fairs_now

__all__ = ["PageWarmer"]

logger = logging.getLogger(__name__)

FIRST_PAGE = MatchQuery()  # what an app asks first: no parameters
QUIET_S = 0.05  # a page is built only after the process has answered no request this long


class PageWarmer:
    """Keeps the first pages of the `capacity` seekers most recently changed or seen, one server process's.

    Whom: at start, the most recently updated profiles; then each seeker the change feed shows changed (a new
    profile, an edit: their page is built again at once) and each whose first page a request built (kept as long
    as they are among the most recent). When: each round (`step`) builds every page of theirs that would not be
    served `ahead_s` from now: never built, dropped by a change in its reach, expiring, or built before a fair
    started or the day turned. Pages are built one at a time in the caller's thread (`run`: a daemon thread), and
    only while the process is otherwise idle: under load, pages dropped are built on asking, as without it (built
    ahead as well, a page dropped twice before it is asked for would cost two builds for one look). Every process
    keeps its own pages: with `serve --workers N` each builds them all.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        matcher: Matcher,
        capacity: int,
        *,
        ahead_s: float = 30.0,
        idle_s: Callable[[], float] = lambda: math.inf,
    ) -> None:
        self._sessions = sessions
        self._matcher = matcher
        self.capacity = capacity
        self._ahead_s = ahead_s
        self._idle_s = idle_s  # how long the process has answered no request (`InFlight.idle_s`)
        self._wanted: OrderedDict[int, bool] = OrderedDict()  # seeker id -> changed since its page was built
        self._lock = threading.Lock()
        self._building: int | None = None  # the seeker whose page is being built now
        self._warned = False  # that the pages fill the memory given them

    def __len__(self) -> int:
        return len(self._wanted)

    def wanted(self) -> list[int]:
        """The seekers whose pages it keeps, the most recent first."""
        with self._lock:
            return list(reversed(self._wanted))

    def idle(self) -> bool:
        """Nothing being built and nothing due: every wanted page would be served as kept (tests, benchmarks)."""
        return not self.due() and self._building is None  # in this order: a build starts by clearing its mark

    def changed(self, seeker_ids: Iterable[int]) -> None:
        """These seekers' rows changed (the change feed): their pages are built again, first."""
        self._note(seeker_ids, changed=True)

    def kept(self, key: Hashable) -> None:
        """A page was kept under `key` (`PageCache.on_kept`): a seeker's first page counts them as seen."""
        if not isinstance(key, tuple) or len(key) != 2 or key != page_key(key[0], FIRST_PAGE):
            return
        if key[0] != self._building:  # its own builds leave the order as it was
            self._note([key[0]], changed=False)

    def forget(self, seeker_ids: set[int]) -> None:
        """These seekers left (erased) or have no page to keep."""
        with self._lock:
            for seeker_id in seeker_ids:
                self._wanted.pop(seeker_id, None)

    def seed(self) -> None:
        """The most recently updated profiles, up to the capacity."""
        with self._sessions() as session:
            ids = session.scalars(
                select(Jobseeker.id).order_by(Jobseeker.updated_at.desc(), Jobseeker.id.desc()).limit(self.capacity)
            ).all()
        self._note(reversed(ids), changed=False)

    def due(self) -> list[int]:
        """The seekers whose first page must be built now, the most recent first."""
        with self._lock:
            wanted = list(reversed(self._wanted.items()))
        held = self._held()
        return [seeker_id for seeker_id, changed in wanted if changed or not held(seeker_id)]

    def step(self, stop: threading.Event | None = None) -> int:
        """One round: builds every due page, each only once the process has answered no request for `QUIET_S`
        (under load a page dropped is built on asking, as without the warmer, not twice); returns how many."""
        built = 0
        held = self._held()
        for seeker_id in self.due():
            if self._matcher.pages.crowded:  # one more would push out another page, to be built again: no end to it
                self._warn_crowded()
                break
            while self._idle_s() < QUIET_S:
                if stop is None:
                    time.sleep(QUIET_S)
                elif stop.wait(QUIET_S):
                    return built
            with self._lock:
                changed = self._wanted.get(seeker_id)
            if changed is None or (not changed and held(seeker_id)):
                continue  # forgotten, or built on asking while it waited
            with self._lock:
                if seeker_id not in self._wanted:
                    continue
                self._wanted[seeker_id] = False  # before the build: a change during it marks it again
                self._building = seeker_id
            try:
                with self._sessions() as session:
                    kept = warm_page(session, self._matcher, seeker_id)
            finally:
                self._building = None
            if not kept:
                self.forget({seeker_id})  # gone, or a page never kept: until the feed shows them again
                continue
            MATCH_PAGES_WARMED.inc()
            built += 1
        return built

    def run(self, stop: threading.Event, interval_s: float) -> None:
        """`seed`, then a `step` every `interval_s` while the process is quiet, until `stop`; a failed round is logged
        and the next one tried."""
        try:
            self.seed()
        except Exception:
            logger.exception("could not read the seekers whose pages to build ahead")
        while not stop.is_set():
            built = 0
            try:
                if self._idle_s() >= QUIET_S:  # looking the pages over costs too (a change-log scan a page)
                    built = self.step(stop)
            except Exception:
                logger.exception("building match pages ahead failed; trying again")
            if built:
                logger.info("built %d match pages ahead (%d seekers kept warm)", built, len(self))
            stop.wait(interval_s)

    def _warn_crowded(self) -> None:
        if not self._warned:
            self._warned = True
            logger.warning(
                "the match pages kept fill JOBCIRCLE_MATCH_PAGE_CACHE_MB: no more are built ahead of asking until some "
                "leave (%d seekers wanted); raise it, or lower JOBCIRCLE_MATCH_PAGE_WARM",
                len(self),
            )

    def _held(self) -> Callable[[int], bool]:
        """Whether a seeker's first page would be served `ahead_s` from now, as the index, fairs and day tell."""
        with self._sessions() as session:
            fairs = fairs_now(session, utcnow())
        on_now, today = (fairs.running, fairs.lives), local_today()
        touched, pages = self._matcher.feed.job_changes.touched, self._matcher.pages
        return lambda seeker_id: pages.holds(page_key(seeker_id, FIRST_PAGE), touched, on_now, today, self._ahead_s)

    def _note(self, seeker_ids: Iterable[int], *, changed: bool) -> None:
        with self._lock:
            for seeker_id in seeker_ids:
                was = self._wanted.pop(seeker_id, False)
                self._wanted[seeker_id] = changed or was
            while len(self._wanted) > self.capacity:
                self._wanted.popitem(last=False)
