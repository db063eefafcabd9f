"""Over HTTP, what a posting leaves unsaid (issue 22): a seeker who refuses nights sees a 保安 post that says nothing of
its shifts below an equal silent 保洁 one, told why; one who does not mind nights sees no such demotion or words."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page
from tests.live import live_server

NIGHT_WORDS = "未写明是否夜班；保安员岗位常有夜班"


def _items(api: httpx.Client, seeker: int) -> dict[int, dict[str, Any]]:
    return {i["job"]["id"]: i for i in page(api, seeker)["items"]}


def test_a_no_night_seeker_sees_a_silent_guard_post_below_an_equal_silent_cleaning_one(
    api: httpx.Client, settings: Settings, fake_embedder: Embedder
) -> None:
    boss = employer(api, "物业公司")
    near = loc(north_of(HEFEI, 0.5))
    guard = post_job(api, boss, title="保安", description="小区物业招聘，待遇从优，五险一金", location=near)
    cleaner = post_job(api, boss, title="保洁", description="小区物业招聘，待遇从优，五险一金", location=near)
    refuses = post_seeker(api, desired_job="保安", experience="不上夜班", expected_salary=None)
    minds_not = post_seeker(api, desired_job="保安", experience="能吃苦", expected_salary=None)

    mine, theirs = _items(api, refuses), _items(api, minds_not)
    assert {guard, cleaner} <= set(mine) and {guard, cleaner} <= set(theirs)  # demoted, never left out
    assert (
        mine[guard]["reasons"]["unsaid_prior"] > 0.5 > mine[cleaner]["reasons"]["unsaid_prior"]
    )  # guards: nights, often
    assert theirs[guard]["reasons"]["unsaid_prior"] == theirs[cleaner]["reasons"]["unsaid_prior"] == 0.0
    assert NIGHT_WORDS in mine[guard]["explanation"]
    assert "未写夜班" not in mine[guard]["explanation"].split(" · ")  # the bare words give way to the reason
    assert "未写明" not in mine[cleaner]["explanation"]  # cleaners seldom work nights: nothing to say
    assert "夜班" not in theirs[guard]["explanation"] and "未写明" not in theirs[guard]["explanation"]

    # The same page served with the prior's weight at 0 and at 1: only the weight moves the guard post below.
    def order(weight: float) -> list[int]:
        weighted = settings.model_copy(update={"weight_unsaid_prior": weight})
        with live_server(create_app(weighted, embedder=fake_embedder)) as other:
            return [i for i in _items(other, refuses) if i in (guard, cleaner)]

    assert order(0.0) == [guard, cleaner]  # the seeker asked for 保安: without the prior it comes first
    assert order(1.0) == [cleaner, guard]


@pytest.mark.parametrize("words", ["小区门岗，长白班，待遇从优", "小区门岗，无需夜班，待遇从优"])
def test_a_guard_post_that_says_it_is_a_day_post_is_not_demoted(api: httpx.Client, words: str) -> None:
    """长白班 the reader keeps as a fact; 无需夜班 only the words that say a posting fits (`priors._AFFIRMS`) catch:
    either way the post says it has no nights, so a no-night seeker sees no prior at all, not a small one."""
    boss = employer(api, "物业公司")
    near = loc(north_of(HEFEI, 0.5))
    days = post_job(api, boss, title="保安", description=words, location=near)
    seeker = post_seeker(api, desired_job="保安", experience="不上夜班", expected_salary=None)
    item = _items(api, seeker)[days]
    assert item["reasons"]["unsaid_prior"] == 0.0
    assert "未写明" not in item["explanation"]
