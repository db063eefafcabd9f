"""Over HTTP, the 大典's words for what a kind of work is (issue 22, session 9): a seeker who cannot stand long sees a
门卫 post (coded 保安员) that says nothing of its physical demands demoted, told in the 大典's own words that a 保安员's
work is patrolling; one who says the work is light (轻体力) is not, nor is the same post for a seeker who minds nothing.

(A 保洁 title is no example: since facts-16 the title itself reads standing, so such a post is never silent; nor,
since facts-25, a 保安 title: a guard's kind implies standing (`kind_trades`), which keeps the post out instead.)"""

from __future__ import annotations

from typing import Any

import httpx

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from matching.facts.priors import CATALOG_PRIOR
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.limits_kit import page
from tests.live import live_server

CATALOG_WORDS = "未写明体力要求；按职业分类大典，保安员的工作包括“巡视、检查、警戒特定区域、地段和目标”"


def _items(api: httpx.Client, seeker: int) -> dict[int, dict[str, Any]]:
    return {i["job"]["id"]: i for i in page(api, seeker)["items"]}


def test_a_seeker_who_cannot_stand_long_sees_a_silent_guard_post_demoted_in_the_catalogs_words(
    api: httpx.Client, settings: Settings, fake_embedder: Embedder
) -> None:
    boss = employer(api, "物业公司")
    near = loc(north_of(HEFEI, 0.5))
    silent = post_job(api, boss, title="门卫", description="小区物业招聘，待遇从优，五险一金", location=near)
    light = post_job(api, boss, title="门卫", description="小区物业招聘，轻体力，待遇从优，五险一金", location=near)
    refuses = post_seeker(api, desired_job="保安", experience="腿脚不好，不能长时间站着", expected_salary=None)
    minds_not = post_seeker(api, desired_job="保安", experience="能吃苦", expected_salary=None)

    mine, theirs = _items(api, refuses), _items(api, minds_not)
    assert {silent, light} <= set(mine) and {silent, light} <= set(theirs)  # demoted, never left out
    assert mine[silent]["reasons"]["unsaid_prior"] >= CATALOG_PRIOR
    assert mine[light]["reasons"]["unsaid_prior"] == 0.0  # 轻体力: the post says it
    assert CATALOG_WORDS in mine[silent]["explanation"].split(" · ")
    assert "大典" not in mine[light]["explanation"]
    assert theirs[silent]["reasons"]["unsaid_prior"] == 0.0 and "大典" not in theirs[silent]["explanation"]

    # The same page served with the prior's weight at 0 and at 1: only the silent post's score moves.
    def scores(weight: float) -> dict[int, float]:
        weighted = settings.model_copy(update={"weight_unsaid_prior": weight})
        with live_server(create_app(weighted, embedder=fake_embedder)) as other:
            return {i: item["score"] for i, item in _items(other, refuses).items() if i in (silent, light)}

    free, weighed = scores(0.0), scores(1.0)
    assert weighed[light] == free[light]
    assert weighed[silent] < free[silent]
    assert weighed[silent] < weighed[light]  # the silent post goes below the one that says the work is light
