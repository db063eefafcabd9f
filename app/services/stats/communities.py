"""Per-community numbers: seekers, jobs in the circle, matches, intentions, hires, claims, the standard."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Community, Job, Station
from app.models.base import utcnow
from app.schemas.stats import CommunityStats, Standard, Unassigned
from app.services.stats import measures
from app.services.stats.scope import Scope
from matching.geo import haversine_km_many

DEGREE_KM = 111.0


@dataclass(slots=True)
class _Tally:
    seekers: set[int] = field(default_factory=set)
    households: dict[str, set[int]] = field(default_factory=dict)
    hires: Counter[str] = field(default_factory=Counter)
    claims: Counter[str] = field(default_factory=Counter)
    matched: int = 0
    intentions: int = 0


@dataclass(frozen=True, slots=True)
class CommunityNumbers:
    rows: list[CommunityStats]
    reached_jobs: dict[int, tuple[float, float]]  # open jobs within any of the communities' circles
    unassigned: Unassigned  # seekers with no registered community: in the totals, on no row


def community_stats(session: Session, standard: Standard, scope: Scope) -> CommunityNumbers:
    """Every community in scope, by the definitions in `measures`, and what falls outside them."""
    communities = session.scalars(
        select(Community).where(scope.in_district(Community.code)).order_by(Community.code)
    ).all()
    tallies: defaultdict[str | None, _Tally] = defaultdict(_Tally)
    for seeker in measures.registered_seekers(session, scope):
        tally = tallies[seeker.community_code]
        tally.seekers.add(seeker.id)
        if seeker.household_id:
            tally.households.setdefault(seeker.household_id, set()).add(seeker.id)
    for hire in measures.hires(session, scope):
        tallies[hire.community_code].hires[hire.kind] += 1
        tallies[hire.community_code].claims[hire.kind] += hire.claimable
    for code, n in measures.shown_seekers(session, scope).items():
        tallies[code].matched = n
    for code, n in measures.intention_pairs(session, scope).items():
        tallies[code].intentions = n
    employed = _employed(session, scope)
    nearby, reached = jobs_nearby(session, communities, standard.jobs_within_km)
    stations = {
        code: int(n)
        for code, n in session.execute(select(Station.community_code, func.count()).group_by(Station.community_code))
    }
    rows = [
        _row(c, tallies.get(c.code, _Tally()), employed, nearby[i], stations.get(c.code, 0), standard)
        for i, c in enumerate(communities)
    ]
    return CommunityNumbers(rows, reached, _unassigned(tallies, {c.code for c in communities}, employed.at_end))


def _unassigned(tallies: dict[str | None, _Tally], shown: set[str], employed: set[int]) -> Unassigned:
    """Everything counted under no community in scope (an event's community may lie outside the table)."""
    rest = [t for code, t in tallies.items() if code not in shown]
    seekers = set().union(*(t.seekers for t in rest))
    return Unassigned(
        seekers=len(seekers),
        employed=len(seekers & employed),
        matched_seekers=sum(t.matched for t in rest),
        intentions=sum(t.intentions for t in rest),
        hires=sum(sum(t.hires.values()) for t in rest),
        hires_stable=sum(t.hires["stable"] for t in rest),
        hires_flexible=sum(t.hires["flexible"] for t in rest),
    )


@dataclass(frozen=True, slots=True)
class _Employed:
    at_end: set[int]
    at_start: set[int]


def _employed(session: Session, scope: Scope) -> _Employed:
    return _Employed(
        measures.employed_on(session, scope.end), measures.employed_on(session, scope.start, starting_that_day=False)
    )


@dataclass(frozen=True, slots=True)
class Households:
    """A community's households (their registered members) and who was in a job at the period's start and end."""

    households: dict[str, set[int]]
    employed: _Employed


def people(session: Session, scope: Scope) -> defaultdict[str, Households]:
    """Per community in scope, its households by the statistics' own definitions (一人一策's 动态清零 reads these,
    so its zero-employment count is the table's)."""
    employed = _employed(session, scope)
    result: defaultdict[str, Households] = defaultdict(lambda: Households({}, employed))
    for seeker in measures.registered_seekers(session, scope):
        if seeker.community_code is not None and seeker.household_id:
            result[seeker.community_code].households.setdefault(seeker.household_id, set()).add(seeker.id)
    return result


def zero_households(people: Households) -> list[str]:
    return _zero(people.households, people.employed.at_end)


def zero_households_at_start(people: Households) -> set[str]:
    return set(_zero(people.households, people.employed.at_start))


def _zero(households: dict[str, set[int]], employed: set[int]) -> list[str]:
    """Households none of whose members is in a job."""
    return [h for h, members in households.items() if not members & employed]


def jobs_nearby(
    session: Session, communities: Iterable[Community], radius_km: float
) -> tuple[list[int], dict[int, tuple[float, float]]]:
    """Open jobs within radius of each centre (a latitude band from a sorted array, then exact distances),
    and where each job within any of the circles is."""
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
    reached: dict[int, tuple[float, float]] = {}
    for community in communities:
        lo, hi = np.searchsorted(lats, [community.lat - band, community.lat + band])
        inside = haversine_km_many(community.lat, community.lon, lats[lo:hi], lons[lo:hi]) <= radius_km
        counts.append(int(inside.sum()))
        for job_id, lat, lon in zip(ids[lo:hi][inside], lats[lo:hi][inside], lons[lo:hi][inside], strict=True):
            reached[int(job_id)] = (float(lat), float(lon))
    return counts, reached


def _row(
    community: Community, tally: _Tally, employed_ids: _Employed, jobs_nearby: int, stations: int, standard: Standard
) -> CommunityStats:
    employed = tally.seekers & employed_ids.at_end
    zero = _zero(tally.households, employed_ids.at_end)
    zero_at_start = set(_zero(tally.households, employed_ids.at_start))
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
