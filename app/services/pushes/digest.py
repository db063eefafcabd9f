"""The employer digest: for each open job, the new nearby seekers who fit it; they are shown masked."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
from sqlalchemy import Row, Select, func, insert, or_, select
from sqlalchemy.orm import Session

from app.models import Job, Jobseeker, Push, PushItem, PushRun
from app.models.base import utcnow
from app.services.engine.availability import seeker_free_times
from app.services.engine.eligibility import applicant_of, local_today, seeker_mask
from app.services.pushes.plan import PlanReport, demote_unsaid, stack_vectors
from app.services.pushes.rules import PushRules, Shard
from app.vocabulary import job_mask
from matching.batch import Postings, Seekers, TopK, top_k_within_radius
from matching.facts import Fact, Limits, job_bits, seeker_limits
from matching.ranking import Weights, explain, group_boost, shared_keyword
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
) -> None:
    """One digest per employer with something new; seekers appear only if they opted into
    personalised pushes, and never twice for the same job."""
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
        )
        .where(*new)
        .order_by(Jobseeker.id)
    ).all()
    if not seekers:
        return
    limits = {s.id: seeker_limits(Fact.from_json(f) for f in s.facts or []) for s in seekers}
    postings = _seekers_as_postings(seekers, limits, local_today(now), rules.group_boosts)
    top = top_k_within_radius(
        postings,
        _jobs_as_queries(jobs, since, default_radius_km),
        rules.digest_per_job,
        weights,
        excluded=_introduced(session, select(Jobseeker.id).where(*new)),
    )
    free = {s.id: seeker_free_times(s.free_times, (Fact.from_json(f) for f in s.facts or [])) for s in seekers}
    _drop_off_shift(top, jobs, free, local_today(now))
    _drop_unfit(top, jobs, limits, local_today(now))
    job_side = np.array([job_bits(Fact.from_json(f) for f in j.facts or []) for j in jobs], np.int64)
    unsaid = np.array([limits[s.id].unsaid for s in seekers], np.int64)
    demote_unsaid(top, job_side, np.array([s.id for s in seekers], np.int64), unsaid, weights.unsaid_licence)
    _write_digests(
        session,
        run,
        jobs,
        top,
        desired={s.id: s.desired_job for s in seekers},
        webhook_ready="webhook" in ready,
        report=report,
    )
    session.commit()


def _drop_off_shift(top: TopK, jobs: Sequence[Row[Any]], free: dict[int, FreeTimes | None], today: date) -> None:
    """A 零工 is never offered to an employer with a seeker none of whose free times holds one of its shifts."""
    for r, job in enumerate(jobs):
        if job.job_type != "gig" or not job.shifts:
            continue
        for c, seeker_id in enumerate(top.posting_ids[r].tolist()):
            times = free.get(seeker_id)
            if times is not None and not fit(job.shifts, times, today).holds:
                top.posting_ids[r, c], top.scores[r, c] = -1, -np.inf


def _drop_unfit(top: TopK, jobs: Sequence[Row[Any]], limits: Mapping[int, Limits], today: date) -> None:
    """A seeker is never offered to an employer whose posting's stated hours, age range, schooling or years of
    experience the seeker's own words rule out (`Limits.fits`, as on the seeker's page and in their push)."""
    for r, job in enumerate(jobs):
        facts = [Fact.from_json(f) for f in job.facts or []]
        for c, seeker_id in enumerate(top.posting_ids[r].tolist()):
            said = limits.get(seeker_id)
            if said is not None and said.checks_values and not said.fits(facts, today):
                top.posting_ids[r, c], top.scores[r, c] = -1, -np.inf


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
    return Seekers(
        ids=np.array([j.id for j in jobs], np.int64),
        lats=np.array([j.lat for j in jobs], np.float64),
        lons=np.array([j.lon for j in jobs], np.float64),
        vectors=stack_vectors(j.embedding for j in jobs),
        radius_km=np.array([j.hiring_radius_km or default_radius_km for j in jobs], np.float64),
        kind_masks=np.array([job_mask(j.job_type) for j in jobs], np.int64),
        since=since,
        expected_monthly=np.full(len(jobs), np.nan),
        fact_bits=np.array([job_bits(Fact.from_json(f) for f in j.facts or []) for j in jobs], np.int64),
    )


def _seekers_as_postings(
    seekers: Sequence[Any], limits: Mapping[int, Limits], today: date, boosts: Mapping[str, float]
) -> Postings:
    n = len(seekers)
    return Postings(
        ids=np.array([s.id for s in seekers], np.int64),
        lats=np.array([s.lat for s in seekers], np.float64),
        lons=np.array([s.lon for s in seekers], np.float64),
        vectors=stack_vectors(s.embedding for s in seekers),
        reach_km=np.array([s.radius_km for s in seekers], np.float64),  # the seeker's own radius applies too
        kind_masks=np.array([seeker_mask(s.job_types, applicant_of(s), today) for s in seekers], np.int64),
        published_at=np.array([s.created_at.timestamp() for s in seekers], np.float64),
        monthly_pay=np.full(n, np.nan),
        bonus=np.array([group_boost(boosts, s.priority_groups or ()) for s in seekers], np.float64),
        require_bits=np.array([limits[s.id].require for s in seekers], np.int64),
        exclude_bits=np.array([limits[s.id].exclude for s in seekers], np.int64),
    )


def _write_digests(
    session: Session,
    run: PushRun,
    jobs: Sequence[Any],
    top: Any,
    *,
    desired: dict[int, str],
    webhook_ready: bool,
    report: PlanReport,
) -> None:
    now = utcnow()
    per_employer: dict[int, list[dict[str, Any]]] = {}
    for row, job in enumerate(jobs):
        for col in np.flatnonzero(top.posting_ids[row] >= 0):
            seeker_id = int(top.posting_ids[row, col])
            distance_km = float(top.distance_km[row, col])
            per_employer.setdefault(job.employer_id, []).append(
                {
                    "audience": "employer",
                    "jobseeker_id": seeker_id,
                    "job_id": job.id,
                    "rank": int(col) + 1,
                    "score": round(float(top.scores[row, col]), 6),
                    "distance_km": round(distance_km, 3),
                    "explanation": explain(distance_km, shared_keyword(desired[seeker_id], job.title), "", None),
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
