"""`PageCache`: what makes a kept page unusable, and the request id written into each answer."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date

import pytest

from app.services.engine import pages
from app.services.engine.changes import ChangeLog
from app.services.engine.pages import Fingerprint, PageCache, Reach
from matching.geo import GeoPoint
from tests.factories import HEFEI, north_of

PRINT = Fingerprint((1, "电焊工", 3.0), (7,), ({}, {}), date(2026, 12, 4))
REACH = Reach(HEFEI, 3.0, 5, math.inf)


def _none(generation: int, point: GeoPoint, km: float) -> bool:
    return False  # no posting changed anywhere


BODY = json.dumps({"items": [{"title": '"request_id":"x"'}], "total": 1, "request_id": "0" * 32}).replace(" ", "")


def test_a_kept_page_is_served_with_the_new_request_id() -> None:
    cache = PageCache(30)
    cache.put("k", PRINT, REACH, BODY.encode(), {1: 2})
    kept = cache.get("k", PRINT, _none)
    assert kept is not None and kept.shown == {1: 2}
    assert json.loads(kept.body("f" * 32)) == {**json.loads(BODY), "request_id": "f" * 32}


@pytest.mark.parametrize(
    "changed",
    [
        {"seeker": (1, "电焊工", 5.0)},  # any column of the seeker's row
        {"dismissed": (7, 9)},
        {"fairs": ({3: "春风行动"}, {})},
        {"today": date(2026, 12, 5)},
    ],
)
def test_a_page_built_from_anything_else_is_not_served(changed: dict[str, object]) -> None:
    cache = PageCache(30)
    cache.put("k", PRINT, REACH, BODY.encode(), {})
    assert cache.get("k", replace(PRINT, **changed), _none) is None  # type: ignore[arg-type]


def test_a_page_is_not_served_past_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(30)
    cache.put("k", PRINT, REACH, BODY.encode(), {})
    now[0] += 29.9
    assert cache.get("k", PRINT, _none) is not None
    now[0] += 0.2
    assert cache.get("k", PRINT, _none) is None


def test_the_least_recently_used_page_goes_first() -> None:
    cache = PageCache(30, max_bytes=2 * (len(BODY) - 32))  # two pages, less their request ids
    for key in "abc":
        cache.put(key, PRINT, REACH, BODY.encode(), {})
    assert cache.get("a", PRINT, _none) is None and cache.get("c", PRINT, _none) is not None


def test_pages_out_of_time_leave_memory_once_another_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(30)
    cache.put((1, "q"), PRINT, REACH, BODY.encode(), {})
    now[0] += 31  # past its time and past a sweep's interval
    cache.put((2, "q"), PRINT, REACH, BODY.encode(), {})
    assert list(cache._pages) == [(2, "q")]


def test_an_erased_persons_pages_are_forgotten() -> None:
    cache = PageCache(30)
    for key in ((1, "a"), (1, "b"), (2, "a")):
        cache.put(key, PRINT, REACH, BODY.encode(), {})
    cache.forget({1})
    assert list(cache._pages) == [(2, "a")] and cache.get((2, "a"), PRINT, _none) is not None


def test_a_page_is_not_served_once_a_posting_changed_in_its_reach() -> None:
    log, cache = ChangeLog(), PageCache(600)
    cache.put("k", PRINT, REACH, BODY.encode(), {})
    log.record(5, [north_of(HEFEI, 1.0)])  # the generation the page was built at: already in it
    log.record(6, [north_of(HEFEI, 3.5)])  # after it, but outside its reach
    assert cache.get("k", PRINT, log.touched) is not None
    log.record(7, [north_of(HEFEI, 2.9)])
    assert cache.get("k", PRINT, log.touched) is None and not cache._pages  # dropped: it never holds again


def test_a_page_is_not_served_past_the_first_expiry_in_its_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(600)
    cache.put("k", PRINT, replace(REACH, until=1100.0), BODY.encode(), {})
    now[0] = 1099.9
    assert cache.get("k", PRINT, _none) is not None
    now[0] = 1100.0
    assert cache.get("k", PRINT, _none) is None


def test_the_log_counts_a_change_at_both_of_its_points_and_to_the_metre() -> None:
    log = ChangeLog()
    log.record(1, [north_of(HEFEI, 10.0), north_of(HEFEI, 20.0)])  # moved from 10 km to 20 km north
    assert log.touched(0, north_of(HEFEI, 12.0), 2.0) and log.touched(0, north_of(HEFEI, 19.0), 1.0)
    assert not log.touched(0, north_of(HEFEI, 15.0), 4.9) and not log.touched(1, north_of(HEFEI, 10.0), 1.0)
    assert log.touched(0, HEFEI, 10.0) and not log.touched(0, HEFEI, 9.99)


def test_a_page_older_than_the_log_is_dropped_however_far_the_changes() -> None:
    log = ChangeLog(capacity=4)
    far = north_of(HEFEI, 500.0)
    for generation in range(1, 4):
        log.record(generation, [far, far])  # 6 points: the first batch goes
    assert log.floor == 1
    assert not log.touched(1, HEFEI, 3.0) and log.touched(0, HEFEI, 3.0)


def test_holds_answers_the_warmers_question_without_touching_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """`holds`: kept, in time `for_s` from now, built under the fairs and day given, nothing changed in reach; the
    seeker's own row is not its to judge (the change feed tells the warmer), and the LRU's order stays."""
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(30)
    cache.put("a", PRINT, REACH, BODY.encode(), {})
    cache.put("b", PRINT, REACH, BODY.encode(), {})
    assert cache.holds("a", _none, PRINT.fairs, PRINT.today)
    assert not cache.holds("c", _none, PRINT.fairs, PRINT.today)  # never kept
    assert not cache.holds("a", _none, ({3: "春风行动"}, {}), PRINT.today)  # a fair started since
    assert not cache.holds("a", _none, PRINT.fairs, date(2026, 12, 5))  # the day turned
    assert cache.holds("a", _none, PRINT.fairs, PRINT.today, for_s=29.0)
    assert not cache.holds("a", _none, PRINT.fairs, PRINT.today, for_s=30.0)  # out of time by then
    log = ChangeLog()
    log.record(6, [north_of(HEFEI, 2.0)])
    assert not cache.holds("a", log.touched, PRINT.fairs, PRINT.today)  # a posting changed within its reach
    assert list(cache._pages) == ["a", "b"]  # asked about, not served: "a" is still the first to go


def test_each_page_put_is_told(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = PageCache(30)
    told: list[object] = []
    cache.on_kept = told.append
    cache.put(("7", "{}"), PRINT, REACH, BODY.encode(), {})
    assert told == [("7", "{}")]


def test_pages_near_a_change_are_those_its_log_would_find_and_advancing_one_clears_it() -> None:
    cache = PageCache(30)
    cache.put("here", PRINT, REACH, BODY.encode(), {})
    cache.put("away", PRINT, replace(REACH, point=north_of(HEFEI, 10.0)), BODY.encode(), {})
    log = ChangeLog()
    edge = north_of(HEFEI, 3.0005)  # inside the log's metre of margin
    assert [k for k, _ in cache.near([edge])] == ["here"] and cache.near([north_of(HEFEI, 3.01)]) == []
    assert [k for k, _ in cache.near([north_of(HEFEI, 20.0), north_of(HEFEI, 12.0)])] == ["away"]
    log.record(REACH.generation + 1, [edge])
    page = cache.near([edge])[0][1]
    assert page.reach.changed(log.touched)
    cache.advance("here", page, REACH.generation + 1)  # judged: the change could not alter it
    kept = cache.get("here", PRINT, log.touched)
    assert kept is not None and kept.reach.generation == REACH.generation + 1
    cache.advance("here", page, REACH.generation + 2)  # no longer the page kept under that key: nothing
    assert cache.get("here", PRINT, log.touched) is kept
