"""The employer digest: for each open job, the new nearby seekers who fit it; they are shown masked."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

import numpy as np
from sqlalchemy import Row, Select, func, insert, or_, select
from sqlalchemy.orm import Session

from app.models import Job, Jobseeker, Push, PushItem, PushRun
from app.models.base import utcnow
from app.services.engine.availability import seeker_free_times
from app.services.engine.eligibility import applicant_of, limits_of, local_today, seeker_mask
from app.services.pushes.plan import (
    SECONDS_PER_DAY,
    PlanReport,
    codes_of,
    kind_of,
    priors_of,
    stack_vectors,
    unsaid_words,
    with_relevance,
)
from app.services.pushes.rules import PushRules, Shard
from app.vocabulary import job_mask
from matching.batch import Postings, Seekers, TopK, top_k_within_radius
from matching.coding import OccupationCoder
from matching.facts import Fact, Limits, job_bits
from matching.facts.priors import FAMILIES, seeker_flags
from matching.layout import FloatArray
from matching.ranking import SalaryUnit, Weights, explain, group_boost, monthly_yuan, offered_month, shared_keyword
from matching.shifts import FreeTimes, fit


def plan_digests(
    session: Session,
    rules: PushRules,
    weights: Weights,
    run: PushRun,
    report: PlanReport,
    *,
    shard: Shard = Shard(),
    default_radius_km: float = 3.0,
    ready: frozenset[str] = frozenset({"inbox"}),
    coder: OccupationCoder | None = None,
) -> None:
    """One digest per employer with something new; seekers appear only if they opted into
    personalised pushes, and never twice for the same job. Seekers rank as on the employer's list of them
    (`GET /v1/jobs/{id}/matches`): with the `coder`, by the keyword and occupation factors too; without, those are
    left out."""
    now = run.as_of
    last = _last_digest(session)
    jobs = session.execute(
        select(
            Job.id,
            Job.employer_id,
            Job.lat,
            Job.lon,
            Job.embedding,
            Job.hiring_radius_km,
            Job.job_type,
            Job.title,
            Job.facts,
            Job.shifts,
            Job.description,
            Job.tags,
            Job.occupations,
            Job.salary_min,
            Job.salary_max,
            Job.salary_unit,
        )
        .where(
            Job.status == "open",
            Job.duplicate_of_id.is_(None),
            Job.location_precision == "point",
            or_(Job.valid_until.is_(None), Job.valid_until > now),
            Job.employer_id % shard.count == shard.index,
        )
        .order_by(Job.id)
    ).all()
    if not jobs:
        return
    since = np.array([(last.get(j.employer_id) or now - rules.lookback).timestamp() for j in jobs])
    new = (
        Jobseeker.push_consent == "personalised",
        Jobseeker.created_at > datetime.fromtimestamp(float(since.min()), tz=now.tzinfo),
    )
    seekers = session.execute(
        select(
            Jobseeker.id,
            Jobseeker.lat,
            Jobseeker.lon,
            Jobseeker.embedding,
            Jobseeker.radius_km,
            Jobseeker.job_types,
            Jobseeker.priority_groups,
            Jobseeker.created_at,
            Jobseeker.desired_job,
            Jobseeker.birth_date,
            Jobseeker.graduation_date,
            Jobseeker.employment_status,
            Jobseeker.facts,
            Jobseeker.free_times,
            Jobseeker.experience,
            Jobseeker.skills,
            Jobseeker.occupations,
            Jobseeker.expected_salary_min,
            Jobseeker.expected_salary_unit,
            Jobseeker.updated_at,
        )
        .where(*new)
        .order_by(Jobseeker.id)
    ).all()
    if not seekers:
        return
    limits = {s.id: limits_of((Fact.from_json(f) for f in s.facts or []), s.priority_groups) for s in seekers}
    postings = _seekers_as_postings(seekers, limits, now, rules.group_boosts, weights)
    queries = _jobs_as_queries(jobs, since, default_radius_km)
    agreement = None
    if coder is not None:  # the job's words and codes ask, each seeker's answer: as the employer's list ranks them
        job_texts = [(j.title, " ".join([j.description, *j.tags])) for j in jobs]
        seeker_texts = [(s.desired_job, " ".join([s.experience, *s.skills])) for s in seekers]
        queries, postings, agreement = with_relevance(
            queries,
            job_texts,
            [codes_of(j) for j in jobs],
            postings,
            seeker_texts,
            [codes_of(s) for s in seekers],
            coder,
        )
    top = top_k_within_radius(
        postings,
        queries,
        rules.digest_per_job,
        weights,
        excluded=_introduced(session, select(Jobseeker.id).where(*new)),
        agreement=agreement,
    )
    free = {s.id: seeker_free_times(s.free_times, (Fact.from_json(f) for f in s.facts or [])) for s in seekers}
    _drop_off_shift(top, jobs, free, local_today(now))
    _drop_unfit(top, jobs, limits, local_today(now))
    _write_digests(
        session,
        run,
        jobs,
        top,
        desired={s.id: s.desired_job for s in seekers},
        priors=(
            priors_of(jobs) if queries.priors is None else queries.priors,
            {s.id: seeker_flags(limits[s.id]) for s in seekers},
        ),
        webhook_ready="webhook" in ready,
        report=report,
    )
    session.commit()


def _drop_off_shift(top: TopK, jobs: Sequence[Row[Any]], free: dict[int, FreeTimes | None], today: date) -> None:
    """A 零工 is never offered to an employer with a seeker none of whose free times holds one of its shifts."""
    for r, job in enumerate(jobs):
        if job.job_type == "gig" and job.shifts:
            top.drop(r, partial(_off_shift, free, job.shifts, today))


def _off_shift(free: dict[int, FreeTimes | None], shifts: list[str], today: date, seeker_id: int) -> bool:
    times = free.get(seeker_id)
    return times is not None and not fit(shifts, times, today).holds


def _drop_unfit(top: TopK, jobs: Sequence[Row[Any]], limits: Mapping[int, Limits], today: date) -> None:
    """A seeker is never offered to an employer whose posting's stated hours, age range, schooling or years of
    experience the seeker's own words rule out (`Limits.fits`, as on the seeker's page and in their push)."""
    for r, job in enumerate(jobs):
        facts = [Fact.from_json(f) for f in job.facts or []]
        top.drop(r, partial(_unfit, limits, facts, today))


def _unfit(limits: Mapping[int, Limits], facts: list[Fact], today: date, seeker_id: int) -> bool:
    said = limits.get(seeker_id)
    return said is not None and said.checks_values and not said.fits(facts, today)


def _last_digest(session: Session) -> dict[int, datetime | None]:
    rows = session.execute(
        select(Push.employer_id, func.max(Push.as_of)).where(Push.audience == "employer").group_by(Push.employer_id)
    )
    return {employer_id: as_of for employer_id, as_of in rows if employer_id is not None}


def _introduced(session: Session, seeker_ids: Select[Any]) -> dict[int, set[int]]:
    """Job -> which of these (new) seekers were already sent to its employer."""
    pairs: dict[int, set[int]] = {}
    for job_id, seeker_id in session.execute(
        select(PushItem.job_id, PushItem.jobseeker_id).where(
            PushItem.audience == "employer", PushItem.jobseeker_id.in_(seeker_ids)
        )
    ):
        pairs.setdefault(job_id, set()).add(seeker_id)
    return pairs


def _jobs_as_queries(jobs: Sequence[Any], since: np.ndarray, default_radius_km: float) -> Seekers:
    """Jobs as the kernel's rows. The pay fit is the job's offer against the seeker's expectation, min(1, o / e),
    where the kernel divides a column's pay by a row's expectation: so each row carries 1 / o and each column 1 / e
    (`_seekers_as_postings`), nan where either is unknown (neutral, as on the page)."""
    offered = [offered_month(j.salary_min, j.salary_max, SalaryUnit(j.salary_unit)) for j in jobs]
    return Seekers(
        ids=np.array([j.id for j in jobs], np.int64),
        lats=np.array([j.lat for j in jobs], np.float64),
        lons=np.array([j.lon for j in jobs], np.float64),
        vectors=stack_vectors(j.embedding for j in jobs),
        radius_km=np.array([j.hiring_radius_km or default_radius_km for j in jobs], np.float64),
        kind_masks=np.array([job_mask(j.job_type) for j in jobs], np.int64),
        since=since,
        expected_monthly=np.array([_per_offer(o) for o in offered]),
        fact_bits=np.array([job_bits(Fact.from_json(f) for f in j.facts or []) for j in jobs], np.int64),
        priors=priors_of(jobs),
    )


def _seekers_as_postings(
    seekers: Sequence[Any], limits: Mapping[int, Limits], now: datetime, boosts: Mapping[str, float], weights: Weights
) -> Postings:
    """Seekers as the kernel's columns, each with the terms the employer's list adds for them: their priority
    group's boost and their profile's freshness (`bonus`), 1 / their expected monthly pay (`_jobs_as_queries`),
    and their unsaid licences and wishes against each job's bits."""
    today = local_today(now)
    age_days = np.array([(now - s.updated_at).total_seconds() for s in seekers]) / SECONDS_PER_DAY
    fresh = weights.freshness * 0.5 ** (np.maximum(age_days, 0.0) / weights.freshness_half_days)
    expected = [
        None
        if s.expected_salary_min is None
        else monthly_yuan(s.expected_salary_min, SalaryUnit(s.expected_salary_unit))
        for s in seekers
    ]
    return Postings(
        ids=np.array([s.id for s in seekers], np.int64),
        lats=np.array([s.lat for s in seekers], np.float64),
        lons=np.array([s.lon for s in seekers], np.float64),
        vectors=stack_vectors(s.embedding for s in seekers),
        reach_km=np.array([s.radius_km for s in seekers], np.float64),  # the seeker's own radius applies too
        kind_masks=np.array([seeker_mask(s.job_types, applicant_of(s), today) for s in seekers], np.int64),
        published_at=np.array([s.created_at.timestamp() for s in seekers], np.float64),
        monthly_pay=np.array([_reciprocal(e) for e in expected]),
        bonus=np.array([group_boost(boosts, s.priority_groups or ()) for s in seekers], np.float64) + fresh,
        require_bits=np.array([limits[s.id].require for s in seekers], np.int64),
        exclude_bits=np.array([limits[s.id].exclude for s in seekers], np.int64),
        unsaid_bits=np.array([limits[s.id].unsaid for s in seekers], np.int64),
        wish_bits=np.array([limits[s.id].wishes for s in seekers], np.int64),
        priors=np.array([seeker_flags(limits[s.id]) for s in seekers], np.float64).reshape(-1, len(FAMILIES)),
    )


def _reciprocal(monthly: float | None) -> float:
    """1 / an expected monthly pay; nan for none, or none above 0 (neutral, as on the page)."""
    return 1.0 / monthly if monthly is not None and monthly > 0 else np.nan


def _per_offer(monthly: float | None) -> float:
    """1 / an offered monthly pay; nan for none. An offer of 0 is 1e30: a fit of (all but) 0 against every stated
    expectation, as the page gives, and still a finite row for the kernel's float32 pay term."""
    if monthly is None:
        return np.nan
    return 1.0 / monthly if monthly > 0 else 1e30


def _write_digests(
    session: Session,
    run: PushRun,
    jobs: Sequence[Any],
    top: Any,
    *,
    desired: dict[int, str],
    priors: tuple[FloatArray, Mapping[int, Sequence[float]]],
    webhook_ready: bool,
    report: PlanReport,
) -> None:
    now = utcnow()
    per_employer: dict[int, list[dict[str, Any]]] = {}
    job_priors, flags = priors  # each job's priors (`priors_of`), each seeker's refused families (`seeker_flags`)
    for row, job in enumerate(jobs):
        for col in np.flatnonzero(top.posting_ids[row] >= 0):
            seeker_id = int(top.posting_ids[row, col])
            distance_km = float(top.distance_km[row, col])
            unsaid = unsaid_words(job_priors[row], flags[seeker_id], kind_of(job))
            per_employer.setdefault(job.employer_id, []).append(
                {
                    "audience": "employer",
                    "jobseeker_id": seeker_id,
                    "job_id": job.id,
                    "rank": int(col) + 1,
                    "score": round(float(top.scores[row, col]), 6),
                    "distance_km": round(distance_km, 3),
                    "explanation": explain(
                        distance_km, shared_keyword(desired[seeker_id], job.title), "", None, facts=unsaid
                    )[:300],
                    "created_at": now,
                }
            )
    channel = "webhook" if webhook_ready else "inbox"
    for employer_id, items in per_employer.items():
        push_id = session.scalars(
            insert(Push).returning(Push.id),
            [
                {
                    "audience": "employer",
                    "employer_id": employer_id,
                    "run_id": run.id,
                    "channel": channel,
                    "personalised": True,
                    "status": "pending" if webhook_ready else "sent",
                    "sent_at": None if webhook_ready else now,
                    "attempts": 0,
                    "next_attempt_at": now,
                    "request_id": uuid.uuid4().hex,
                    "as_of": run.as_of,
                    "created_at": now,
                }
            ],
        ).one()
        session.execute(insert(PushItem), [dict(item, push_id=push_id) for item in items])
        report.digests += 1
        report.digest_items += len(items)
