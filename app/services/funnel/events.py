"""Feedback events and the funnel: what was shown, opened, applied for, through to 达成意向 and hires."""

from __future__ import annotations

from sqlalchemy import ColumnElement, bindparam, distinct, func, select, true
from sqlalchemy.orm import Session

from app.models import Event, Job, Jobseeker, PushItem, ShownMatch
from app.schemas.event import (
    EventCreate,
    EventOut,
    EventType,
    Funnel,
    FunnelQuery,
    FunnelStep,
)
from app.services.errors import Forbidden, NotFound
from app.services.identity.access import require_seeker, scoped
from app.services.identity.principal import Principal
from app.services.seekers.jobseekers import load_jobseeker
from app.vocabulary import GROUP_BIT, group_bits_of
from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint

SEEKER_STEPS = {EventType.IMPRESSION, EventType.VIEW, EventType.APPLY, EventType.DISMISS}
SEEKER_SIDE_LINKS = {EventType.IMPRESSION, EventType.VIEW, EventType.APPLY}  # the seeker met the posting


def record_event(session: Session, principal: Principal, payload: EventCreate) -> EventOut:
    """Store one step, with the seeker's county and groups as they are now."""
    seeker = load_jobseeker(session, payload.jobseeker_id)
    job = session.get(Job, payload.job_id)
    if job is None:
        raise NotFound("job", payload.job_id)
    _check_reporter(session, principal, payload.type, seeker, job)
    event = Event(
        type=payload.type,
        job_id=payload.job_id,
        jobseeker_id=seeker.id,
        request_id=payload.request_id,
        district_code=district_of(seeker),
        community_code=seeker.community_code,
        group_bits=group_bits_of(seeker.priority_groups),
    )
    session.add(event)
    session.flush()
    return EventOut(
        id=event.id,
        type=EventType(event.type),
        job_id=event.job_id,
        jobseeker_id=event.jobseeker_id,
        request_id=event.request_id,
        district_code=event.district_code,
        created_at=event.created_at,
    )


def _check_reporter(session: Session, principal: Principal, step: EventType, seeker: Jobseeker, job: Job) -> None:
    """The seeker reports what they did (saw, applied); the employer what it did (invited, hired) about a seeker
    its posting met; staff of the seeker's district both. The funnel is an official count: an employer may not
    write it about any seeker id."""
    if principal.is_seeker(seeker.id):
        if step in SEEKER_STEPS:
            return
        raise Forbidden(f"`{step}` is the employer's to report")
    if principal.is_member_of(job.employer_id) and met(session, seeker.id, job.id):
        if step not in SEEKER_STEPS:
            return
        raise Forbidden(f"`{step}` is the jobseeker's to report")
    # anyone else knows of the seeker only if staff of their district: to others they are as if absent
    require_seeker(principal, seeker.id, seeker.community_code)


def met(session: Session, seeker_id: int, job_id: int) -> bool:
    """Whether the seeker and the posting met: the seeker saw, opened or applied to it; it was pushed to them,
    or they to its employer in a digest; or its employer's match page showed them."""
    seen = select(Event.id).where(
        Event.jobseeker_id == seeker_id, Event.job_id == job_id, Event.type.in_(list(SEEKER_SIDE_LINKS))
    )
    pushed = select(PushItem.id).where(PushItem.jobseeker_id == seeker_id, PushItem.job_id == job_id)
    shown = select(ShownMatch.job_id).where(ShownMatch.jobseeker_id == seeker_id, ShownMatch.job_id == job_id)
    return any(session.scalar(query.limit(1)) is not None for query in (seen, pushed, shown))


def district_of(seeker: Jobseeker) -> str | None:
    """The county of the seeker's community; without one, of the nearest township or community centre."""
    return district_at(seeker.community_code, seeker.lat, seeker.lon)


def district_at(community_code: str | None, lat: float, lon: float) -> str | None:
    """district_of for a seeker's stored columns, without loading the profile."""
    if community_code:
        return community_code[:6]
    county = Gazetteer.load().county_of(GeoPoint(lat, lon))
    return county.code[:6] if county else None


def seeker_job_pair() -> ColumnElement[int]:
    """One number per (seeker, job): the funnel's `pairs` and the statistics' 达成意向 count these."""
    return func.coalesce(Event.jobseeker_id, 0) * 2**31 + func.coalesce(Event.job_id, 0)


def funnel(session: Session, principal: Principal, query: FunnelQuery) -> Funnel:
    """Exact counts per step over the events table, filtered as asked."""
    query = scoped(principal, query)
    where = _filters(query)
    rows = session.execute(
        select(
            Event.type,
            func.count(),
            func.count(distinct(Event.jobseeker_id)),
            func.count(distinct(seeker_job_pair())),
        )
        .where(*where)
        .group_by(Event.type)
    ).all()
    counted = {kind: (int(n), int(seekers), int(pairs)) for kind, n, seekers, pairs in rows}
    steps = [
        FunnelStep(
            type=kind,
            events=counted.get(kind, (0, 0, 0))[0],
            seekers=counted.get(kind, (0, 0, 0))[1],
            pairs=counted.get(kind, (0, 0, 0))[2],
        )
        for kind in EventType
    ]
    return Funnel(steps=steps, district=query.district, start=query.start, end=query.end, group=query.group)


DISMISSED = (
    select(Event.job_id)
    .where(Event.jobseeker_id == bindparam("seeker_id"), Event.type == EventType.DISMISS, Event.job_id.isnot(None))
    .distinct()
)  # built once: read on every match


def dismissed_jobs(session: Session, seeker_id: int) -> list[int]:
    """Jobs the seeker waved away: they never come back in their matches or pushes."""
    return [j for j in session.scalars(DISMISSED, {"seeker_id": seeker_id}) if j is not None]


def _filters(query: FunnelQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [true()]
    if query.district:
        where.append(Event.district_code == query.district)
    if query.start:
        where.append(Event.created_at >= query.start)
    if query.end:
        where.append(Event.created_at < query.end)
    if query.group:
        where.append(Event.group_bits.op("&")(GROUP_BIT[query.group]) != 0)
    return where
