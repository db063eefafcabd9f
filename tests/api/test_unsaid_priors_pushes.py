"""What a posting leaves unsaid, in the nightly push and the employer's digest (issue 22): they rank with the priors as
the page does, and now say why as the page does (「未写明是否夜班；保安员岗位常有夜班」), only to a person who refuses
the family, and not of a post whose text speaks of it (「长白班」)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.models import PushItem
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker

NIGHT_WORDS = "未写明是否夜班；保安员岗位常有夜班"
PUSH = {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False}


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _explained(sessions: sessionmaker[Session], audience: str) -> dict[tuple[int, int], str]:
    """(seeker, job) -> the pushed item's explanation, for the seekers' pushes or the employers' digests."""
    with sessions() as s:
        rows = s.execute(
            select(PushItem.jobseeker_id, PushItem.job_id, PushItem.explanation).where(PushItem.audience == audience)
        ).all()
    return {(int(seeker), int(job)): str(words) for seeker, job, words in rows if seeker is not None}


def test_a_push_and_a_digest_say_what_a_silent_guard_post_leaves_unsaid(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    boss = employer(api, "物业公司")
    near = loc(north_of(HEFEI, 0.5))
    guard = post_job(api, boss, title="保安", description="小区物业招聘，待遇从优，五险一金", location=near)
    days = post_job(api, boss, title="保安", description="小区门岗，长白班，待遇从优", location=near)
    refuses = post_seeker(api, desired_job="保安", experience="不上夜班", expected_salary=None, push=PUSH)
    minds_not = post_seeker(api, desired_job="保安", experience="能吃苦", expected_salary=None, push=PUSH)
    configured = settings.model_copy(update={"push_per_message": 20, "push_per_job_per_day": 20})
    run_plan(sessions, PushSetup.from_settings(configured, weights_from_settings(configured)))

    pushed, digest = _explained(sessions, "seeker"), _explained(sessions, "employer")
    assert {(refuses, guard), (refuses, days), (minds_not, guard)} <= set(pushed)  # demoted, never left out
    assert NIGHT_WORDS in pushed[refuses, guard].split(" · ")
    assert "未写明" not in pushed[refuses, days]  # 长白班: the post says it
    assert "未写明" not in pushed[minds_not, guard]  # nights are no matter to this one
    assert {(refuses, guard), (minds_not, guard)} <= set(digest)
    assert NIGHT_WORDS in digest[refuses, guard].split(" · ")
    assert "未写明" not in digest[minds_not, guard]
    assert "未写明" not in digest.get((refuses, days), "")
