"""Nightly pushes end to end: plan over HTTP-made data, the outbox, delivery to a fake WeChat, feedback."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.main import create_app
from app.models import Job, Jobseeker, Push, PushItem, PushRun
from app.runtime import load_coder
from app.services.engine.matcher import weights_from_settings
from app.services.engine.texts import stored_codes, stored_facts, stored_priors
from app.services.pushes.nightly import (
    PushSetup,
    claim_nightly_plan,
    make_channels,
    run_plan,
    run_send,
)
from app.services.pushes.plan import priors_of
from matching.embedding import Embedder
from matching.facts.priors import posting_priors
from tests.auth_kit import wechat_seeker
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.fake_wechat import FakeWeChat
from tests.live import live_server

DAY = timedelta(days=1)


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def setup_of(settings: Settings, **changes: Any) -> PushSetup:
    changed = settings.model_copy(update=changes)
    return PushSetup.from_settings(changed, weights_from_settings(changed))


def push(consent: str = "personalised", channel: str = "inbox") -> dict[str, Any]:
    return {"consent": consent, "channel": channel, "wechat_subscribed": channel == "wechat"}


def pushed(sessions: sessionmaker[Session], seeker_id: int) -> list[int]:
    with sessions() as s:
        return list(
            s.scalars(
                select(PushItem.job_id)
                .where(PushItem.jobseeker_id == seeker_id, PushItem.audience == "seeker")
                .order_by(PushItem.rank)
            )
        )


def welding_jobs(api: httpx.Client, n: int, *, start_km: float = 0.3) -> list[int]:
    owner = employer(api)
    return [
        post_job(
            api, owner, location={"lat": north_of(HEFEI, start_km + 0.2 * i).lat, "lon": HEFEI.lon, "crs": "wgs84"}
        )
        for i in range(n)
    ]


def test_plan_is_capped_respects_consent_and_a_second_run_plans_nothing(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    jobs = welding_jobs(api, 5)
    far = post_job(api, employer(api, "远处的厂"), location={"lat": north_of(HEFEI, 12).lat, "lon": HEFEI.lon})
    wants = post_seeker(api, push=push())
    newest = post_seeker(api, push=push("non_personalised"), desired_job="保洁员", experience="想找保洁的活")
    off = post_seeker(api, push=push("off"))
    setup = setup_of(settings)

    first = run_plan(sessions, setup)
    assert (first.pushes, first.items) == (2, 6)
    assert len(pushed(sessions, wants)) == 3 and far not in pushed(sessions, wants)
    assert pushed(sessions, newest) == sorted(jobs, reverse=True)[:3]  # newest first, whatever they wrote
    assert pushed(sessions, off) == []

    again = run_plan(sessions, setup)
    assert (again.pushes, again.items) == (0, 0)

    later = post_job(api, employer(api, "新开的厂"), location={"lat": north_of(HEFEI, 0.1).lat, "lon": HEFEI.lon})
    assert run_plan(sessions, setup).pushes == 0  # within the minimum interval
    tomorrow = run_plan(sessions, setup, as_of=datetime.now(UTC) + DAY)
    assert tomorrow.pushes == 2 and tomorrow.items == 2  # only what is new since the last push
    assert later in pushed(sessions, wants) and len(pushed(sessions, wants)) == 4

    inbox = api.get(f"/v1/jobseekers/{wants}/inbox").json()
    assert inbox["total"] == 2 and len(inbox["items"][1]["items"]) == 3
    assert inbox["items"][1]["items"][0]["explanation"].startswith("0.")  # "0.3 km · 电焊工 · 月薪 6000–8000"
    assert api.get(f"/v1/jobseekers/{off}/inbox").json()["total"] == 0
    profile = api.get(f"/v1/jobseekers/{newest}").json()
    assert profile["push"]["consent"] == "non_personalised"


def test_one_posting_is_not_pushed_to_everyone(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    jobs = welding_jobs(api, 3)
    seekers = [post_seeker(api, push=push()) for _ in range(5)]
    report = run_plan(sessions, setup_of(settings, push_per_job_per_day=2, push_per_message=1))
    assert report.items == 5
    with sessions() as s:
        per_job = dict(
            s.execute(
                select(PushItem.job_id, func.count()).where(PushItem.audience == "seeker").group_by(PushItem.job_id)
            ).all()
        )
    assert max(per_job.values()) == 2 and set(per_job) == set(jobs)
    assert all(len(pushed(sessions, sid)) == 1 for sid in seekers)


def test_weekly_cap(api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]) -> None:
    welding_jobs(api, 2)
    seeker = post_seeker(api, push=push())
    setup = setup_of(settings, push_per_week=1, push_per_message=1)
    assert run_plan(sessions, setup).pushes == 1
    post_job(api, employer(api, "另一家"))
    assert run_plan(sessions, setup, as_of=datetime.now(UTC) + DAY).seekers_skipped == 1
    assert len(pushed(sessions, seeker)) == 1


def test_applied_and_dismissed_jobs_never_return(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    jobs = welding_jobs(api, 4)
    seeker = post_seeker(api, push=push())
    page = api.get(f"/v1/jobseekers/{seeker}/matches").json()
    request_id = page["request_id"]
    for kind, job in (("apply", jobs[0]), ("dismiss", jobs[1])):
        response = api.post(
            "/v1/events", json={"type": kind, "job_id": job, "jobseeker_id": seeker, "request_id": request_id}
        )
        assert response.status_code == 201, response.text
    run_plan(sessions, setup_of(settings))
    assert set(pushed(sessions, seeker)) == {jobs[2], jobs[3]}
    matched = [m["job"]["id"] for m in api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]]
    assert jobs[1] not in matched and jobs[0] in matched  # dismissed is gone; applied stays findable


def test_employer_digest_masks_new_nearby_seekers(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    owner = employer(api, "焊接厂")
    post_job(api, owner)
    post_seeker(api, push=push(), name="李小花")
    post_seeker(api, push=push("off"), name="张不想")
    report = run_plan(sessions, setup_of(settings))
    assert (report.digests, report.digest_items) == (1, 1)
    digest = api.get(f"/v1/employers/{owner}/inbox").json()["items"][0]["items"]
    assert [item["jobseeker"]["name"] for item in digest] == ["李**"]
    assert run_plan(sessions, setup_of(settings), as_of=datetime.now(UTC) + DAY).digests == 0


@pytest.fixture
def wechat() -> Iterator[tuple[FakeWeChat, str]]:
    fake = FakeWeChat()
    with live_server(fake.app()) as client:
        yield fake, str(client.base_url)


def wechat_settings(settings: Settings, base_url: str, **changes: Any) -> Settings:
    return settings.model_copy(
        update={
            "wechat_base_url": base_url,
            "wechat_appid": "wx-test-app",
            "wechat_secret": "wx-test-secret",
            "wechat_template_id": "tmpl-new-jobs",
            "push_quiet_hours": "",
            **changes,
        }
    )


def test_wechat_delivery_retries_dead_letters_and_stops_on_revocation(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session], wechat: tuple[FakeWeChat, str]
) -> None:
    fake, base_url = wechat
    welding_jobs(api, 3)
    ok = wechat_seeker(api, settings, "o-ok", push(channel="wechat"))
    revoked = wechat_seeker(api, settings, "o-revoked", push(channel="wechat"))
    broken = wechat_seeker(api, settings, "o-broken", push(channel="wechat"))
    fake.errcode_for.update({"o-revoked": 43101, "o-broken": -1})
    fake.expire_token_once = True
    configured = wechat_settings(settings, base_url, push_max_attempts=3, push_backoff_s=60)
    setup = PushSetup.from_settings(configured, weights_from_settings(configured))
    assert run_plan(sessions, setup).pushes == 3
    now = datetime.now(UTC)
    with httpx.Client(timeout=5) as client:
        channels = make_channels(configured, client)
        first = run_send(sessions, setup, channels, clock=lambda: now)
        assert (first.sent, first.revoked, first.retried) == (1, 1, 1)
        for minutes in (2, 5):  # backoff 60 s, then 120 s: the third attempt is the last
            run_send(sessions, setup, channels, clock=lambda m=minutes: now + timedelta(minutes=m))
    assert [m["touser"] for m in fake.delivered] == ["o-ok"] and fake.tokens_issued == 2
    with sessions() as s:
        status = dict(s.execute(select(Push.jobseeker_id, Push.status).where(Push.audience == "seeker")).all())
        attempts = s.scalar(select(Push.attempts).where(Push.jobseeker_id == broken))
        assert status == {ok: "sent", revoked: "cancelled", broken: "dead"} and attempts == 3
        assert s.get_one(Jobseeker, revoked).wechat_subscribed is False
    post_job(api, employer(api, "第二天的厂"))
    tomorrow = run_plan(sessions, setup, as_of=datetime.now(UTC) + DAY)
    assert tomorrow.pushes == 2  # ok and broken (still subscribed); nothing for the revoked seeker
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Push).where(Push.jobseeker_id == revoked)) == 1


def test_quiet_hours_hold_pushes_until_morning(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session], wechat: tuple[FakeWeChat, str]
) -> None:
    fake, base_url = wechat
    welding_jobs(api, 1)
    wechat_seeker(api, settings, "o-ok", push(channel="wechat"))
    configured = wechat_settings(settings, base_url, push_quiet_hours="21:00-08:00")
    setup = PushSetup.from_settings(configured, weights_from_settings(configured))
    two_am = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)  # 02:00 in Anhui
    run_plan(sessions, setup, as_of=two_am)
    with httpx.Client(timeout=5) as client:
        channels = make_channels(configured, client)
        assert run_send(sessions, setup, channels, clock=lambda: two_am + timedelta(hours=1)).quiet
        assert fake.delivered == []
        run_send(sessions, setup, channels, clock=lambda: two_am + timedelta(hours=6, minutes=1))
    assert len(fake.delivered) == 1


def test_opting_out_cancels_planned_pushes(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session], wechat: tuple[FakeWeChat, str]
) -> None:
    fake, base_url = wechat
    welding_jobs(api, 2)
    seeker = wechat_seeker(api, settings, "o-ok", push(channel="wechat"))
    configured = wechat_settings(settings, base_url)
    setup = PushSetup.from_settings(configured, weights_from_settings(configured))
    assert run_plan(sessions, setup).pushes == 1
    assert api.patch(f"/v1/jobseekers/{seeker}", json={"push": push("off")}).status_code == 200
    with httpx.Client(timeout=5) as client:
        run_send(sessions, setup, make_channels(configured, client))
    assert fake.delivered == []
    assert run_plan(sessions, setup, as_of=datetime.now(UTC) + DAY).pushes == 0


def test_only_one_process_plans_each_night(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    welding_jobs(api, 1)
    post_seeker(api, push=push())
    setup = setup_of(settings)
    one_am, three_am = (datetime(2026, 11, 21, h - 8, 0, tzinfo=UTC) for h in (25, 27))  # Anhui time, 22 Nov
    assert claim_nightly_plan(sessions, setup, one_am) is False  # before JOBCIRCLE_PUSH_PLAN_AT
    with ThreadPoolExecutor(4) as pool:  # four processes' schedulers ticking at once
        won = list(pool.map(lambda _: claim_nightly_plan(sessions, setup, three_am), range(4)))
    assert sorted(won) == [False, False, False, True]
    with sessions() as s:
        assert s.scalars(select(PushRun.slot).where(PushRun.slot.isnot(None))).all() == ["plan:2026-11-22"]


def test_a_push_ranks_its_jobs_as_the_match_page_does(
    settings: Settings, sessions: sessionmaker[Session], fake_embedder: Embedder
) -> None:
    """Keyword and occupation in the kernel: for the same seeker and postings, the push's jobs come in the match
    page's order with the page's scores (the factors differ between these jobs, so a kernel without them would not
    reproduce the scores). The index holds float32 vectors here, as the kernel reads them: float16 (the default)
    moves a page's similarities by ~1e-4."""
    exact = settings.model_copy(update={"index_storage": "float32"})
    with live_server(create_app(exact, embedder=fake_embedder)) as api:
        page = _page_of_eight_jobs(api)
    assert len({round(m["reasons"]["keyword"], 6) for m in page}) > 2  # the factors tell these jobs apart
    assert len({m["reasons"]["occupation"] for m in page}) > 2
    _pushed_as_the_page(sessions, settings, fake_embedder, page)


@pytest.mark.parametrize("offer", [6000, 0])
def test_the_employers_digest_ranks_seekers_as_their_list_does(
    settings: Settings, sessions: sessionmaker[Session], fake_embedder: Embedder, offer: int
) -> None:
    """Keyword, occupation, pay fit, freshness, wishes and unsaid licences in the digest's kernel: for one job, the
    digest's seekers come in the order, and with the scores, of the employer's list (`GET /v1/jobs/{id}/matches`);
    an offer of 0 yuan too (a fit of 0 for everyone who states a pay)."""
    exact = settings.model_copy(update={"index_storage": "float32"})
    people = [
        ("电焊工", "会电焊，干过五年气保焊", 6000),
        ("焊工", "电焊干了5年，持焊工证", 9000),
        ("普工", "想找包吃住的工作", None),
        ("保洁员", "做过商场保洁", 3000),
        ("厨师", "中餐炒锅十年", 8000),
        ("电焊学徒", "没干过，想学电焊，希望包吃住", None),
        ("叉车司机", "持叉车证，仓库装卸", 5000),
        ("装配钳工", "机械装配", 7000),
    ]
    with live_server(create_app(exact, embedder=fake_embedder)) as api:
        job = post_job(
            api,
            employer(api, "焊接厂"),
            description="二保焊、氩弧焊，须持焊工证，包吃住",
            location=loc(HEFEI),
            salary={"min": offer, "max": offer, "unit": "month"},
        )
        for i, (desired, experience, pay) in enumerate(people):
            post_seeker(
                api,
                north_of(HEFEI, 0.2 + 0.1 * i),
                desired_job=desired,
                experience=experience,
                expected_salary=None if pay is None else {"min": pay, "unit": "month"},
                push=push(),
            )
        listed = api.get(f"/v1/jobs/{job}/matches").json()["items"]
    assert len(listed) >= len(people) - 2  # one may be ruled out by what they wrote, on both lists
    reasons = [m["reasons"] for m in listed]
    assert len({round(r["keyword"], 6) for r in reasons}) > 2 and len({r["occupation"] for r in reasons}) > 2
    coder = load_coder(settings, fake_embedder)
    configured = settings.model_copy(update={"push_digest_per_job": 20})
    run_plan(sessions, PushSetup.from_settings(configured, weights_from_settings(configured, coder), coder))
    with sessions() as s:
        items = s.execute(
            select(PushItem.jobseeker_id, PushItem.score)
            .where(PushItem.audience == "employer", PushItem.job_id == job)
            .order_by(PushItem.rank)
        ).all()
    assert [seeker for seeker, _ in items] == [m["jobseeker"]["id"] for m in listed]
    assert [score for _, score in items] == pytest.approx([m["score"] for m in listed], abs=0.5e-4 + 0.5e-6)


def _page_of_eight_jobs(api: httpx.Client) -> list[dict[str, Any]]:
    """Eight jobs 0.3 km apart, some of the seeker's trade and words, some not; the seeker's match page."""
    owner = employer(api)
    texts = [
        ("电焊工", "熟练气保焊、二保焊"),
        ("叉车司机", "持叉车证，仓库装卸"),
        ("焊工学徒", "跟师傅学电焊，包吃住"),
        ("保洁员", "商场保洁，早班"),
        ("普工", "流水线操作，偶尔焊接"),
        ("厨师", "中餐炒锅"),
        ("氩弧焊工", "不锈钢氩弧焊，五年经验"),
        ("装配钳工", "机械装配"),
    ]
    for i, (title, description) in enumerate(texts):
        at = north_of(HEFEI, 0.3 + 0.3 * i)
        post_job(api, owner, title=title, description=description, location=loc(at))
    seeker = post_seeker(api, push=push())
    page: list[dict[str, Any]] = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]
    assert len(page) == len(texts)
    return page


def test_the_push_kernels_priors_read_the_postings_text_as_the_page_does(
    api: httpx.Client, sessions: sessionmaker[Session]
) -> None:
    """A 保安 post whose own words say it fits (「白天班」, 「周末休」: words the reader keeps no fact of) is not silent:
    the kernel's prior column (`plan.priors_of`, which the employer's digest reads too) holds what the page's score
    table holds (`texts.stored_priors`), not the code's share read as if the text said nothing."""
    guard = post_job(
        api, employer(api, "物业公司"), title="保安", description="门岗，白天班，周末休", location=loc(HEFEI)
    )
    with sessions() as s:
        job = s.get(Job, guard)
        assert job is not None
        page_priors = stored_priors(job)
        codes = stored_codes(job)
        facts = stored_facts(job)
        kernel = priors_of([job])[0].tolist()
    blind = posting_priors(facts, codes[0].code if codes else None, job.job_type)
    assert blind[1] > 0.0 and blind[3] > 0.0  # read without the text, the post would be demoted for both
    assert page_priors[1] == page_priors[3] == 0.0
    assert kernel == list(page_priors)


def test_a_push_demotes_only_what_the_page_demotes(
    settings: Settings, sessions: sessionmaker[Session], fake_embedder: Embedder
) -> None:
    """One who refuses nights: 保安 posts that say 「白天班」 or 「不用值夜」 and one that says nothing of nights come in the push
    with the page's scores (a kernel that read no text would demote the first ones, as the page does not). The silent
    one names no place: a 小区's gate is kept round the clock (`round_clock`), which keeps it out instead."""
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        boss = employer(api, "物业公司")
        for i, words in enumerate(["门岗，白天班", "门岗，不用值夜", "门岗，待遇从优"]):
            post_job(api, boss, title="保安", description=words, location=loc(north_of(HEFEI, 0.3 + 0.2 * i)))
        seeker = post_seeker(api, desired_job="保安", experience="不上夜班", expected_salary=None, push=push())
        page = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]
    assert len({round(m["reasons"]["unsaid_prior"], 4) for m in page}) > 1  # the page tells them apart
    _pushed_as_the_page(sessions, settings, fake_embedder, page)


def _pushed_as_the_page(sessions: Any, settings: Settings, fake_embedder: Any, page: list[dict[str, Any]]) -> None:
    """The night's plan pushes the page's jobs in its order with its scores."""
    coder = load_coder(settings, fake_embedder)
    configured = settings.model_copy(update={"push_per_message": 20, "push_per_job_per_day": 20})
    run_plan(sessions, PushSetup.from_settings(configured, weights_from_settings(configured, coder), coder))
    with sessions() as s:
        items = s.execute(
            select(PushItem.job_id, PushItem.score).where(PushItem.audience == "seeker").order_by(PushItem.rank)
        ).all()
    assert [job for job, _ in items] == [m["job"]["id"] for m in page]
    # the page shows a score to 4 decimals, a push item keeps 6: equal within their roundings
    assert [score for _, score in items] == pytest.approx([m["score"] for m in page], abs=0.5e-4 + 0.5e-6)
