"""Per-community numbers: seekers, jobs in the circle, matches, intentions, hires, claims, the standard."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from app.models import Community, Employment, Event, Job, Jobseeker, Station
from app.models.base import utcnow
from app.schemas.event import EventType
from app.schemas.stats import CommunityStats, Standard
from app.services.stats.scope import Scope
from matching.geo import haversine_km_many

DEGREE_KM = 111.0


@dataclass(slots=True)
class _Tally:
    seekers: set[int] = field(default_factory=set)
    households: dict[str, set[int]] = field(default_factory=dict)
    employed: set[int] = field(default_factory=set)
    employed_at_start: set[int] = field(default_factory=set)
    hires: Counter[str] = field(default_factory=Counter)
    claims: Counter[str] = field(default_factory=Counter)
    matched: int = 0
    intentions: int = 0


def community_stats(session: Session, standard: Standard, scope: Scope) -> tuple[list[CommunityStats], set[int]]:
    """Every community in scope, and the ids of the open jobs within any of their circles."""
    communities = session.scalars(
        select(Community).where(scope.in_district(Community.code)).order_by(Community.code)
    ).all()
    tallies = people(session, scope)
    _count_events(session, scope, tallies)
    nearby, reached = _jobs_nearby(session, communities, standard.jobs_within_km)
    stations = {
        code: int(n)
        for code, n in session.execute(select(Station.community_code, func.count()).group_by(Station.community_code))
    }
    rows = [
        _row(c, tallies[c.code], nearby[i], stations.get(c.code, 0), standard, scope) for i, c in enumerate(communities)
    ]
    return rows, reached


def people(session: Session, scope: Scope) -> defaultdict[str, _Tally]:
    """Per community: its seekers, their households, and who was in a job at the start and end of the period
    (the zero-employment-household count and its clearing read these; 一人一策's 动态清零 too)."""
    tallies: defaultdict[str, _Tally] = defaultdict(_Tally)
    _count_seekers(session, scope, tallies)
    _count_employments(session, scope, tallies)
    return tallies


def zero_households(tally: _Tally) -> list[str]:
    return [h for h, members in tally.households.items() if not members & tally.employed]


def zero_households_at_start(tally: _Tally) -> set[str]:
    return {h for h, members in tally.households.items() if not members & tally.employed_at_start}


def _count_seekers(session: Session, scope: Scope, tallies: defaultdict[str, _Tally]) -> None:
    rows = session.execute(
        select(Jobseeker.id, Jobseeker.community_code, Jobseeker.household_id, Jobseeker.priority_groups).where(
            Jobseeker.community_code.isnot(None),
            scope.in_district(Jobseeker.community_code),
            Jobseeker.created_at < scope.end_at,
        )
    )
    for seeker_id, code, household, groups in rows:
        if scope.group is not None and scope.group not in (groups or ()):
            continue
        tally = tallies[str(code)]
        tally.seekers.add(seeker_id)
        if household:
            tally.households.setdefault(household, set()).add(seeker_id)


def _count_employments(session: Session, scope: Scope, tallies: defaultdict[str, _Tally]) -> None:
    rows = session.execute(
        select(
            Employment.jobseeker_id,
            Employment.community_code,
            Employment.kind,
            Employment.claimable,
            Employment.started_on,
            Employment.ended_on,
        ).where(
            Employment.community_code.isnot(None),
            scope.in_district(Employment.community_code),
            scope.has_group(Employment.group_bits),
            Employment.started_on <= scope.end,
        )
    )
    for seeker_id, code, kind, claimable, started, ended in rows:
        tally = tallies[str(code)]
        if _active(started, ended, scope.end) and seeker_id is not None:
            tally.employed.add(seeker_id)
        if _active(started, ended, scope.start) and started < scope.start and seeker_id is not None:
            tally.employed_at_start.add(seeker_id)
        if started >= scope.start:
            tally.hires[kind] += 1
            tally.claims[kind] += bool(claimable)


def _count_events(session: Session, scope: Scope, tallies: defaultdict[str, _Tally]) -> None:
    rows = session.execute(
        select(Event.community_code, Event.type, func.count(), func.count(distinct(Event.jobseeker_id)))
        .where(
            Event.community_code.isnot(None),
            scope.in_district(Event.community_code),
            scope.has_group(Event.group_bits),
            Event.created_at >= scope.start_at,
            Event.created_at < scope.end_at,
            Event.type.in_((EventType.IMPRESSION, EventType.INTENTION)),
        )
        .group_by(Event.community_code, Event.type)
    )
    for code, kind, events, seekers in rows:
        if kind == EventType.IMPRESSION:
            tallies[str(code)].matched = int(seekers)
        else:
            tallies[str(code)].intentions = int(events)


def _jobs_nearby(session: Session, communities: Iterable[Community], radius_km: float) -> tuple[list[int], set[int]]:
    """Open jobs within radius of each centre: a latitude band from a sorted array, then exact distances."""
    now = utcnow()
    jobs = session.execute(
        select(Job.id, Job.lat, Job.lon).where(
            Job.status == "open", Job.duplicate_of_id.is_(None), or_(Job.valid_until.is_(None), Job.valid_until > now)
        )
    ).all()
    ids = np.array([j.id for j in jobs], np.int64)
    lats, lons = np.array([j.lat for j in jobs], np.float64), np.array([j.lon for j in jobs], np.float64)
    order = np.argsort(lats, kind="stable")
    ids, lats, lons = ids[order], lats[order], lons[order]
    band = radius_km / DEGREE_KM * 1.01
    counts: list[int] = []
    reached: set[int] = set()
    for community in communities:
        lo, hi = np.searchsorted(lats, [community.lat - band, community.lat + band])
        inside = haversine_km_many(community.lat, community.lon, lats[lo:hi], lons[lo:hi]) <= radius_km
        counts.append(int(inside.sum()))
        reached.update(ids[lo:hi][inside].tolist())
    return counts, reached


def _row(
    community: Community, tally: _Tally, jobs_nearby: int, stations: int, standard: Standard, scope: Scope
) -> CommunityStats:
    employed = tally.seekers & tally.employed
    zero = zero_households(tally)
    zero_at_start = zero_households_at_start(tally)
    rate = len(employed) / len(tally.seekers) if tally.seekers else None
    unmet = _unmet(rate, len(zero), jobs_nearby, standard)
    return CommunityStats(
        code=community.code,
        name=community.name,
        county=community.county,
        town=community.town,
        lat=community.lat,
        lon=community.lon,
        stations=stations,
        seekers=len(tally.seekers),
        households=len(tally.households),
        jobs_nearby=jobs_nearby,
        matched_seekers=tally.matched,
        intentions=tally.intentions,
        hires=sum(tally.hires.values()),
        hires_stable=tally.hires["stable"],
        hires_flexible=tally.hires["flexible"],
        claimable_stable=tally.claims["stable"],
        claimable_flexible=tally.claims["flexible"],
        employed=len(employed),
        employment_rate=None if rate is None else round(rate, 4),
        zero_employment_households=len(zero),
        cleared_households=len(zero_at_start - set(zero)),
        standard_met=None if rate is None else not unmet,
        unmet=unmet,
    )


def _unmet(rate: float | None, zero: int, jobs: int, standard: Standard) -> list[str]:
    unmet = []
    if rate is not None and rate < standard.employment_rate:
        unmet.append(f"就业率 {rate:.0%} 低于 {standard.employment_rate:.0%}")
    if zero > standard.zero_households:
        unmet.append(f"零就业家庭 {zero} 户")
    if jobs < standard.min_jobs:
        unmet.append(f"{standard.jobs_within_km:g}公里内岗位 {jobs} 个，少于 {standard.min_jobs} 个")
    return unmet


def _active(started: date, ended: date | None, on: date) -> bool:
    return started <= on and (ended is None or ended >= on)
