"""Statistics for officials: headline numbers, priority groups, job fairs and trends, per scope."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, cast, distinct, func, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.models import Employment, Event, Fair, FairEmployer, Job
from app.models.base import utcnow
from app.schemas.event import EventType
from app.schemas.stats import (
    CommunityPage,
    CommunityStatsQuery,
    FairReport,
    FairStats,
    GroupReport,
    GroupStats,
    Interval,
    Overview,
    Standard,
    StatsQuery,
    Target,
    Trend,
    TrendPoint,
    TrendQuery,
)
from app.services.identity.access import scoped
from app.services.identity.principal import Principal
from app.services.stats import measures
from app.services.stats.communities import community_stats
from app.services.stats.scope import LOCAL, Scope, scope_of
from app.vocabulary import PriorityGroup
from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint

PARITY = 0.8  # the four-fifths rule: a group's rate below 80% of everyone's is flagged
TREND_TYPES = (EventType.IMPRESSION, EventType.VIEW, EventType.APPLY, EventType.INTENTION, EventType.HIRED)


@dataclass(frozen=True, slots=True)
class StatsRules:
    standard: Standard
    group_boosts: dict[str, float]
    fairs_per_year: int
    fair_employers_per_year: int
    intentions_per_year: int

    @classmethod
    def from_settings(cls, s: Settings) -> StatsRules:
        standard = Standard(
            employment_rate=s.standard_employment_rate,
            zero_households=s.standard_zero_households,
            jobs_within_km=s.standard_jobs_within_km,
            min_jobs=s.standard_min_jobs,
        )
        return cls(
            standard,
            dict(s.group_boosts),
            s.target_fairs_per_year,
            s.target_fair_employers_per_year,
            s.target_intentions_per_year,
        )


def communities(session: Session, rules: StatsRules, principal: Principal, query: CommunityStatsQuery) -> CommunityPage:
    query = scoped(principal, query)
    scope = scope_of(query)
    numbers = community_stats(session, rules.standard, scope)
    rows = numbers.rows
    if query.active:
        rows = [r for r in rows if r.seekers or r.jobs_nearby]
    if query.standard_met is not None:
        rows = [r for r in rows if r.standard_met is query.standard_met]
    return CommunityPage(
        items=rows[query.offset : query.offset + query.limit],
        total=len(rows),
        limit=query.limit,
        offset=query.offset,
        period=scope.period(),
        standard=rules.standard,
        unassigned=numbers.unassigned,
    )


def overview(session: Session, rules: StatsRules, principal: Principal, query: StatsQuery) -> Overview:
    query = scoped(principal, query)
    scope = scope_of(query)
    numbers = community_stats(session, rules.standard, scope)
    rows, rest = numbers.rows, numbers.unassigned
    peopled = [r for r in rows if r.seekers]
    met = sum(1 for r in peopled if r.standard_met)
    seekers = sum(r.seekers for r in rows) + rest.seekers
    employed = sum(r.employed for r in rows) + rest.employed
    fairs = fair_report(session, rules, principal, query)
    held = {t.measure: t.achieved for t in fairs.targets}
    return Overview(
        seekers=seekers,
        open_jobs=len(numbers.reached_jobs),
        communities=len(rows),
        communities_with_seekers=len(peopled),
        communities_meeting_standard=met,
        standard_share=_ratio(met, len(peopled)),
        matched_seekers=sum(r.matched_seekers for r in rows) + rest.matched_seekers,
        intentions=sum(r.intentions for r in rows) + rest.intentions,
        hires=sum(r.hires for r in rows) + rest.hires,
        hires_stable=sum(r.hires_stable for r in rows) + rest.hires_stable,
        hires_flexible=sum(r.hires_flexible for r in rows) + rest.hires_flexible,
        employed=employed,
        employment_rate=_ratio(employed, seekers),
        zero_employment_households=sum(r.zero_employment_households for r in rows),
        cleared_households=sum(r.cleared_households for r in rows),
        fairs_held=held["fairs_held"],
        fair_employers=held["fair_employers"],
        period=scope.period(),
    )


def group_report(session: Session, rules: StatsRules, principal: Principal, query: StatsQuery) -> GroupReport:
    """Exposure and outcomes per priority group against everyone's: are they shown and hired fairly?"""
    query = scoped(principal, query)
    scope = scope_of(query)
    everybody = Scope(scope.start, scope.end, scope.district, None)  # the 全体 row is everyone in the district
    seekers = measures.registered_seekers(session, everybody)
    employed = measures.employed_on(session, scope.end)
    everyone = _group_row(session, everybody, None, seekers, employed, rules, None)
    items = [everyone] + [_group_row(session, everybody, g, seekers, employed, rules, everyone) for g in PriorityGroup]
    return GroupReport(items=items, period=scope.period())


def fair_report(session: Session, rules: StatsRules, principal: Principal, query: StatsQuery) -> FairReport:
    query = scoped(principal, query)
    scope = scope_of(query)
    now = utcnow()
    fairs = [
        f
        for f in session.scalars(
            select(Fair).where(Fair.starts_at < scope.end_at, Fair.ends_at >= scope.start_at).order_by(Fair.starts_at)
        )
        if scope.district is None or _fair_district(f) == scope.district
    ]
    ids = [f.id for f in fairs]
    employers = _by_fair(
        session,
        select(FairEmployer.fair_id, func.count()).where(FairEmployer.fair_id.in_(ids)).group_by(FairEmployer.fair_id),
    )
    jobs = _by_fair(session, select(Job.fair_id, func.count()).where(Job.fair_id.in_(ids)).group_by(Job.fair_id))
    intentions = _by_fair(
        session,
        select(Job.fair_id, func.count())
        .join(Event, Event.job_id == Job.id)
        .where(Job.fair_id.in_(ids), Event.type == EventType.INTENTION, scope.has_group(Event.group_bits))
        .group_by(Job.fair_id),
    )
    hires = _by_fair(
        session,
        select(Job.fair_id, func.count())
        .join(Employment, Employment.job_id == Job.id)
        .where(Job.fair_id.in_(ids), scope.has_group(Employment.group_bits))
        .group_by(Job.fair_id),
    )
    items = [
        FairStats(
            id=f.id,
            name=f.name,
            kind=f.kind,
            status=_status(f, now),
            starts_on=_local(f.starts_at),
            ends_on=_local(f.ends_at),
            district_code=_fair_district(f),
            employers=employers.get(f.id, 0),
            jobs=jobs.get(f.id, 0),
            intentions=intentions.get(f.id, 0),
            hires=hires.get(f.id, 0),
        )
        for f in fairs
    ]
    held = [f.id for f in fairs if f.ends_at < now]
    served = (
        session.scalar(select(func.count(distinct(FairEmployer.employer_id))).where(FairEmployer.fair_id.in_(held)))
        or 0
    )
    targets = [
        _target("fairs_held", len(held), rules.fairs_per_year, scope),
        _target("fair_employers", served, rules.fair_employers_per_year, scope),
        _target("intentions", sum(i.intentions for i in items), rules.intentions_per_year, scope),
    ]
    return FairReport(items=items, targets=targets, period=scope.period())


def trend(session: Session, principal: Principal, query: TrendQuery) -> Trend:
    """Funnel steps per local day, week (from Monday) or month."""
    query = scoped(principal, query)
    scope = scope_of(query)
    day = _local_day(session)
    rows = session.execute(
        select(day, Event.type, func.count())
        .where(*measures.events_in(scope), Event.type.in_(TREND_TYPES))
        .group_by(day, Event.type)
    ).all()
    buckets: dict[date, Counter[str]] = {b: Counter() for b in _buckets(scope, query.interval)}
    for on, kind, n in rows:
        buckets[_bucket(_as_date(on), query.interval)][kind] += int(n)
    points = [TrendPoint(period=b, **{t.value: c[t] for t in TREND_TYPES}) for b, c in sorted(buckets.items())]
    return Trend(interval=query.interval, points=points, period=scope.period())


def _group_row(
    session: Session,
    scope: Scope,
    group: PriorityGroup | None,
    seekers: list[measures.Registered],
    employed: set[int],
    rules: StatsRules,
    everyone: GroupStats | None,
) -> GroupStats:
    narrowed = Scope(scope.start, scope.end, scope.district, group)
    members = {s.id for s in seekers if group is None or group in s.groups}
    steps = {
        kind: int(n)
        for kind, n in session.execute(
            select(Event.type, func.count(distinct(Event.jobseeker_id)))
            .where(*measures.events_in(narrowed))
            .group_by(Event.type)
        )
    }
    hired = (
        session.scalar(
            select(func.count(distinct(Employment.jobseeker_id))).where(
                Employment.started_on >= scope.start,
                Employment.started_on <= scope.end,
                scope.in_district(Employment.district_code),
                narrowed.has_group(Employment.group_bits),
            )
        )
        or 0
    )
    shown_rate, hire_rate = _ratio(steps.get(EventType.IMPRESSION, 0), len(members)), _ratio(hired, len(members))
    employment_rate = _ratio(len(members & employed), len(members))
    ratios = (
        (None, None, None)
        if everyone is None
        else (
            _ratio(shown_rate, everyone.shown_rate),
            _ratio(hire_rate, everyone.hire_rate),
            _ratio(employment_rate, everyone.employment_rate),
        )
    )
    return GroupStats(
        group=group or "all",
        boost=rules.group_boosts.get(group, 0.0) if group else 0.0,
        seekers=len(members),
        shown=steps.get(EventType.IMPRESSION, 0),
        shown_rate=shown_rate,
        applied=steps.get(EventType.APPLY, 0),
        intentions=steps.get(EventType.INTENTION, 0),
        hired=hired,
        hire_rate=hire_rate,
        employed=len(members & employed),
        employment_rate=employment_rate,
        exposure_ratio=ratios[0],
        hire_ratio=ratios[1],
        employment_ratio=ratios[2],
        flagged=any(r is not None and r < PARITY for r in ratios),
    )


def _ratio(part: float | None, whole: float | None) -> float | None:
    return None if part is None or not whole else round(part / whole, 4)


def _by_fair(session: Session, query: Any) -> dict[int, int]:
    return {int(k): int(v) for k, v in session.execute(query).all()}


def _fair_district(fair: Fair) -> str | None:
    if fair.lat is None or fair.lon is None:
        return None
    county = Gazetteer.load().county_of(GeoPoint(fair.lat, fair.lon))
    return county.code[:6] if county else None


def _status(fair: Fair, now: datetime) -> str:
    return "held" if fair.ends_at < now else "running" if fair.starts_at <= now else "upcoming"


def _local(at: datetime) -> date:
    return at.astimezone(LOCAL).date()


def _target(measure: str, achieved: int, yearly: int, scope: Scope) -> Target:
    period_target = round(yearly * scope.days / 365)
    return Target(
        measure=measure,
        achieved=achieved,
        yearly_target=yearly,
        period_target=period_target,
        progress=_ratio(achieved, period_target),
    )


def _local_day(session: Session) -> ColumnElement[Any]:
    """Event time as a local (UTC+8, no daylight saving) calendar day, in SQL."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(Event.created_at, "+8 hours")
    return cast(func.timezone("Asia/Shanghai", Event.created_at), Date)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _bucket(day: date, interval: Interval) -> date:
    if interval is Interval.WEEK:
        return day - timedelta(days=day.weekday())
    if interval is Interval.MONTH:
        return day.replace(day=1)
    return day


def _buckets(scope: Scope, interval: Interval) -> list[date]:
    days = (scope.start + timedelta(days=i) for i in range(scope.days))
    return sorted({_bucket(d, interval) for d in days})
