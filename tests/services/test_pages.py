"""`PageCache`: what makes a kept page unusable, and the request id written into each answer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.services.engine import pages
from app.services.engine.pages import Fingerprint, PageCache

PRINT = Fingerprint((1, "电焊工", 3.0), (7,), ({}, {}), date(2026, 12, 4), 5)
BODY = json.dumps({"items": [{"title": '"request_id":"x"'}], "total": 1, "request_id": "0" * 32}).replace(" ", "")


def test_a_kept_page_is_served_with_the_new_request_id() -> None:
    cache = PageCache(30)
    cache.put("k", PRINT, BODY.encode(), {1: 2})
    kept = cache.get("k", PRINT)
    assert kept is not None and kept.shown == {1: 2}
    assert json.loads(kept.body("f" * 32)) == {**json.loads(BODY), "request_id": "f" * 32}


@pytest.mark.parametrize(
    "changed",
    [
        {"seeker": (1, "电焊工", 5.0)},  # any column of the seeker's row
        {"dismissed": (7, 9)},
        {"fairs": ({3: "春风行动"}, {})},
        {"today": date(2026, 12, 5)},
        {"generation": 6},  # a posting changed, closed or held since
    ],
)
def test_a_page_built_from_anything_else_is_not_served(changed: dict[str, object]) -> None:
    cache = PageCache(30)
    cache.put("k", PRINT, BODY.encode(), {})
    assert cache.get("k", replace(PRINT, **changed)) is None  # type: ignore[arg-type]


def test_a_page_is_not_served_past_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(30)
    cache.put("k", PRINT, BODY.encode(), {})
    now[0] += 29.9
    assert cache.get("k", PRINT) is not None
    now[0] += 0.2
    assert cache.get("k", PRINT) is None


def test_the_least_recently_used_page_goes_first() -> None:
    cache = PageCache(30, max_bytes=2 * (len(BODY) - 32))  # two pages, less their request ids
    for key in "abc":
        cache.put(key, PRINT, BODY.encode(), {})
    assert cache.get("a", PRINT) is None and cache.get("c", PRINT) is not None


def test_pages_out_of_time_leave_memory_once_another_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(pages.time, "time", lambda: now[0])
    cache = PageCache(30)
    cache.put((1, "q"), PRINT, BODY.encode(), {})
    now[0] += 31  # past its time and past a sweep's interval
    cache.put((2, "q"), PRINT, BODY.encode(), {})
    assert list(cache._pages) == [(2, "q")]


def test_an_erased_persons_pages_are_forgotten() -> None:
    cache = PageCache(30)
    for key in ((1, "a"), (1, "b"), (2, "a")):
        cache.put(key, PRINT, BODY.encode(), {})
    cache.forget({1})
    assert list(cache._pages) == [(2, "a")] and cache.get((2, "a"), PRINT) is not None
