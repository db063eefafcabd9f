"""Matches ranked in memory equal ranking every candidate from its database row (the scoring of one row at a time)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import numpy as np
import pytest
from sqlalchemy import create_engine, event, select, update

import app.services.matching.matches as matches
from app.config import Settings
from app.models import Job
from app.models.base import utcnow
from app.runtime import Runtime
from app.schemas.match import MatchQuery, SearchRequest
from app.services.engine.texts import stored_facts, stored_priors
from app.services.identity.principal import SYSTEM
from app.services.matching.job_pages import CONFIRM_SPARE
from app.services.matching.request import Request, search
from app.services.matching.seeker_pages import age_days, candidate_inputs, job_fit
from app.services.postings.fairs import running_fairs
from matching.embedding import Embedder
from matching.facts import job_bits
from matching.facts.priors import pair_priors, seeker_flags
from matching.ranking import CandidateInputs, rank_top_k
from matching.score_table import Scored
from tests.api.test_fairs import create_fair
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker

TITLES = [
    "电焊工",
    "焊工学徒",
    "叉车司机",
    "仓库管理员",
    "保洁员",
    "普工",
    "数控车床操作工",
    "厨师",
    "Java开发",
    "CAD制图员",
]
DESCRIPTIONS = [
    "气保焊 二保焊 三年经验",
    "包吃住 长白班",
    "持叉车证 夜班补贴",
    "",
    "会CAD 和 c++ 优先",
    "师傅带教",
    "18-45岁，高中以上学历，早9点到晚6点",
]
SALARIES: list[dict[str, Any] | None] = [
    {"min": 6000, "max": 8000, "unit": "month"},
    {"min": 200, "max": 260, "unit": "day"},
    {"min": 25, "unit": "hour"},
    {"min": 3, "max": 5, "unit": "piece"},
    None,
]
REAL_JOB_PAGE = matches.job_page


def oracle_page(session: Any, matcher: Any, request: Request) -> list[tuple[int, float]]:
    """The ranking before the fact table: every candidate's facts from its database row, scored one by one."""
    now = utcnow()
    fairs = running_fairs(session, now)
    keyword = matcher.coder.keyword_scorer(request.terms)

    def load(ids: Sequence[int]) -> Mapping[int, CandidateInputs]:
        rows = [
            j
            for j in session.scalars(select(Job).where(Job.id.in_(ids)))
            if j.status == "open"
            and j.duplicate_of_id is None
            and (j.valid_until is None or j.valid_until > now)
            and request.limits.admits(job_bits(stored_facts(j)))  # the asker's written limits, row by row
            and request.limits.fits(stored_facts(j))
        ]
        return {
            j.id: candidate_inputs(
                matcher,
                request,
                keyword,
                j,
                job_fit(j, request.expected),
                age_days(j.published_at, now),
                fair_running=j.fair_id in fairs,
                wishes=request.limits.wishes_met(job_bits(stored_facts(j))),
                unsaid=request.limits.unsaid_in(job_bits(stored_facts(j))),
                priors=pair_priors(seeker_flags(request.limits), stored_priors(j)),  # what its kind often demands
            )
            for j in rows
        }

    page = rank_top_k(search(matcher.job_index, request), load, matcher.weights, request.offset + request.limit)
    return [(r.id, r.score) for r in page.items[request.offset :]]


@pytest.fixture
def both(settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Every job page the service builds, beside the oracle's page for the same request."""
    pages: list[Any] = []
    real = matches.job_page

    def recorded(session: Any, matcher: Any, request: Request) -> Any:
        page = real(session, matcher, request)
        pages.append(([(i.job.id, i.score) for i in page.items], oracle_page(session, matcher, request), page.total))
        return page

    monkeypatch.setattr(matches, "job_page", recorded)
    yield pages


def test_memory_ranking_equals_scoring_each_database_row(
    api: httpx.Client, settings: Settings, fake_embedder: Embedder, both: list[Any], monkeypatch: pytest.MonkeyPatch
):
    rng = np.random.default_rng(3)
    fair = create_fair(api)["id"]
    boss = employer(api)
    jobs = []
    for i in range(60):
        body: dict[str, Any] = {
            "title": str(rng.choice(TITLES)),
            "description": str(rng.choice(DESCRIPTIONS)),
            "location": loc(north_of(HEFEI, float(rng.uniform(0, 4)))),
        }
        salary = SALARIES[i % len(SALARIES)]
        if salary is None:
            body["salary"] = {}  # 面议: nothing to compare
        else:
            body["salary"] = salary
            body["job_type"] = "gig" if salary["unit"] in ("day", "hour") else "full_time"
        if i % 4 == 0:
            body["fair_id"] = fair
        jobs.append(post_job(api, boss, **body))
    api.post(f"/v1/jobs/{jobs[0]}/close")
    seekers = [
        post_seeker(api, desired_job=t, experience=d, radius_km=5) for t, d in zip(TITLES[:5], DESCRIPTIONS[:5])
    ] + [
        post_seeker(api, expected_salary=None, radius_km=5),
        post_seeker(api, desired_job="普工", experience="不上夜班，想找包吃住的", radius_km=5),  # a limit and wishes
        post_seeker(api, desired_job="厨师", experience="今年52岁，初中毕业，只能早上8点到下午4点", radius_km=5),
    ]

    runtime = Runtime.build(settings, fake_embedder)  # the same service, in process, beside the server
    try:
        with runtime.sessions() as session:
            for seeker in seekers:
                for query in (MatchQuery(limit=100), MatchQuery(limit=7, offset=5)):
                    matches.matches_for_seeker(session, runtime.matcher, SYSTEM, seeker, query)
            for text in ("电焊 焊工 五年", "会开叉车", "java c++"):
                body = SearchRequest(text=text, location=loc(HEFEI), radius_km=5, limit=30)
                matches.search_jobs(session, runtime.matcher, body)
        monkeypatch.setattr(matches, "job_page", REAL_JOB_PAGE)  # the service alone, without the oracle beside it
        statements: list[str] = []
        event.listen(runtime.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        with runtime.sessions() as session:
            matches.matches_for_seeker(session, runtime.matcher, SYSTEM, seekers[0], MatchQuery(limit=100))
        # The seeker, their dismissed jobs, the running fairs, the page: no row loaded one by one (a lazy load).
        assert len(statements) == 4, "\n".join(x[:150] for x in statements)
    finally:
        runtime.close()
    assert len(both) == 2 * len(seekers) + 3
    for mine, oracle, _total in both:
        assert [i for i, _ in mine] == [i for i, _ in oracle]
        assert [s for _, s in mine] == pytest.approx([s for _, s in oracle], abs=5.01e-5)  # shown to 4 places
    assert max(total for _, _, total in both) == 59  # every open posting within 5 km; the closed one left out
    assert {i for page in both for i, _ in page[0]} > {jobs[4]} and any(len(p[0]) == 7 for p in both)
    assert min(total for _, _, total in both) < 59  # the seeker who takes no night work had some left out


def test_an_edited_salary_or_fair_reaches_the_ranking_through_the_change_feed(api: httpx.Client):
    boss = employer(api)
    low = post_job(api, boss, salary={"min": 2000, "max": 3000, "unit": "month"})
    high = post_job(api, boss, salary={"min": 7000, "max": 8000, "unit": "month"})
    seeker = post_seeker(api)  # expects 6000 a month

    def reasons() -> dict[int, dict[str, Any]]:
        items = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]
        return {i["job"]["id"]: i["reasons"] for i in items}

    assert reasons()[low]["salary"] == 0.5 and reasons()[high]["salary"] == 1.0
    assert api.patch(f"/v1/jobs/{low}", json={"salary": {"min": 9000, "unit": "month"}}).status_code == 200
    fair = create_fair(api)["id"]
    assert api.patch(f"/v1/jobs/{high}", json={"fair_id": fair}).status_code == 200
    after = reasons()
    assert after[low]["salary"] == 1.0 and after[high]["fair"] == 1.0 and after[low]["fair"] == 0.0


@pytest.mark.parametrize("stale", ["expired", "closed", "merged"])
def test_postings_the_database_no_longer_confirms_are_passed_over_for_the_next(
    api: httpx.Client, settings: Settings, stale: str
):
    """More stale hits than the page reads ahead for (limit + CONFIRM_SPARE): the rest of the order is used. Each
    way a posting stops being shown counts on its own: expired, closed or merged into another."""
    boss = employer(api)
    jobs = [post_job(api, boss, location=loc(north_of(HEFEI, 0.1 * i))) for i in range(20)]
    seeker = post_seeker(api, radius_km=5)
    order = [i["job"]["id"] for i in api.get(f"/v1/jobseekers/{seeker}/matches", params={"limit": 100}).json()["items"]]
    assert sorted(order) == sorted(jobs)
    live = order[-3:]  # the three the ranking likes least stay open
    engine = create_engine(settings.database_url)
    change = {
        "expired": {"valid_until": datetime.now(UTC) - timedelta(hours=1)},
        "closed": {"status": "closed"},
        "merged": {"duplicate_of_id": live[0]},
    }[stale]
    with engine.begin() as conn:  # behind the index's back: the feed does not know yet
        conn.execute(update(Job).where(Job.id.notin_(live)).values(**change))
    engine.dispose()
    page = api.get(f"/v1/jobseekers/{seeker}/matches", params={"limit": 5}).json()
    assert [i["job"]["id"] for i in page["items"]] == live and page["total"] == 3


def test_a_page_the_database_confirms_needs_no_full_order(api: httpx.Client, monkeypatch: pytest.MonkeyPatch):
    """With every posting current, only the page and the few read ahead are ordered: sorting all the candidates
    (thousands in a city centre) is for when more than those few turn out stale."""
    boss = employer(api)
    for i in range(15):
        post_job(api, boss, location=loc(north_of(HEFEI, 0.1 * i)))
    seeker = post_seeker(api, radius_km=5)
    asked: list[int | None] = []
    best = Scored.best

    def recorded(self: Scored, limit: int | None) -> Any:
        asked.append(limit)
        return best(self, limit)

    monkeypatch.setattr(Scored, "best", recorded)
    page = api.get(f"/v1/jobseekers/{seeker}/matches", params={"limit": 5}).json()
    assert len(page["items"]) == 5 and page["total"] == 15
    assert asked == [5 + CONFIRM_SPARE]
