"""The one definition behind each total, so the dashboard's cards, tables and funnel agree.

- 登记求职者: profiles registered before the period's end, in the district of their community (without one,
  of their home point, as their events record it), and in the group when one is asked for.
- 达成意向: distinct (seeker, job) pairs with an intention event in the period: the funnel's `pairs`.
- 实现就业: employments that started in the period.
- 就业率: registered seekers in a job on the period's last day, of the registered seekers.
Every total is the sum of the communities' numbers and those of seekers with no registered community.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.models import Employment, Event, Jobseeker
from app.schemas.event import EventType
from app.schemas.stats import Definition
from app.services.funnel.events import district_at, seeker_job_pair
from app.services.stats.scope import Scope

DEFINITIONS = [
    Definition(
        measure="seekers",
        label="登记求职者",
        text="统计期末前登记、所属社区（未登记社区的按居住地）在范围内的求职者人数",
    ),
    Definition(measure="intentions", label="达成意向", text="统计期内达成就业意向的求职者与岗位组合数（人次），同漏斗"),
    Definition(measure="hires", label="实现就业", text="统计期内开始的就业登记数（人次，含稳定与灵活就业）"),
    Definition(measure="employment_rate", label="就业率", text="期末最后一天在岗的登记求职者 ÷ 登记求职者"),
]


@dataclass(frozen=True, slots=True)
class Registered:
    id: int
    community_code: str | None
    household_id: str | None
    groups: frozenset[str]


def registered_seekers(session: Session, scope: Scope) -> list[Registered]:
    """登记求职者 in scope, with the community (None: none registered) each is counted under."""
    rows = session.execute(
        select(
            Jobseeker.id,
            Jobseeker.community_code,
            Jobseeker.household_id,
            Jobseeker.priority_groups,
            Jobseeker.lat,
            Jobseeker.lon,
        ).where(
            Jobseeker.created_at < scope.end_at,
            or_(Jobseeker.community_code.is_(None), scope.in_district(Jobseeker.community_code)),
        )
    )
    seekers = []
    for seeker_id, code, household, groups, lat, lon in rows:
        if scope.group is not None and scope.group not in (groups or ()):
            continue
        if code is None and scope.district is not None and district_at(None, lat, lon) != scope.district:
            continue
        seekers.append(Registered(int(seeker_id), code, household, frozenset(groups or ())))
    return seekers


def employed_on(session: Session, day: date, *, starting_that_day: bool = True) -> set[int]:
    """Seekers in a job (stable or flexible) on that day, wherever it was registered."""
    started = Employment.started_on <= day if starting_that_day else Employment.started_on < day
    rows = session.scalars(
        select(Employment.jobseeker_id)
        .where(
            Employment.jobseeker_id.isnot(None),
            started,
            or_(Employment.ended_on.is_(None), Employment.ended_on >= day),
        )
        .distinct()
    )
    return {int(seeker_id) for seeker_id in rows if seeker_id is not None}


def events_in(scope: Scope) -> list[ColumnElement[bool]]:
    """Events in the period, district and group, as the funnel filters them."""
    return [
        Event.created_at >= scope.start_at,
        Event.created_at < scope.end_at,
        scope.in_district(Event.district_code),
        scope.has_group(Event.group_bits),
    ]


def intention_pairs(session: Session, scope: Scope) -> Counter[str | None]:
    """达成意向 per community (None: seekers with no registered community)."""
    rows = session.execute(
        select(Event.community_code, func.count(distinct(seeker_job_pair())))
        .where(*events_in(scope), Event.type == EventType.INTENTION)
        .group_by(Event.community_code)
    )
    return Counter({code: int(n) for code, n in rows})


def shown_seekers(session: Session, scope: Scope) -> Counter[str | None]:
    """Seekers shown at least one job in the period (推荐覆盖), per community."""
    rows = session.execute(
        select(Event.community_code, func.count(distinct(Event.jobseeker_id)))
        .where(*events_in(scope), Event.type == EventType.IMPRESSION)
        .group_by(Event.community_code)
    )
    return Counter({code: int(n) for code, n in rows})


@dataclass(frozen=True, slots=True)
class Hire:
    community_code: str | None
    kind: str
    claimable: bool


def hires(session: Session, scope: Scope) -> list[Hire]:
    """实现就业: employments that started in the period, in the district and group."""
    rows = session.execute(
        select(Employment.community_code, Employment.kind, Employment.claimable).where(
            Employment.started_on >= scope.start,
            Employment.started_on <= scope.end,
            scope.in_district(Employment.district_code),
            scope.has_group(Employment.group_bits),
        )
    )
    return [Hire(code, kind, bool(claimable)) for code, kind, claimable in rows]
