"""Employment registration: the outcome rules (stable, flexible) and what an operator may claim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.models import Employment, Event, Job
from app.schemas.common import Page
from app.schemas.employment import (
    EmploymentCreate,
    EmploymentKind,
    EmploymentOut,
    EmploymentQuery,
)
from app.schemas.event import EventCreate, EventType
from app.services.engine.eligibility import local_today
from app.services.errors import InvalidField, NotFound
from app.services.funnel.events import district_of, record_event
from app.services.identity.access import in_area, require_seeker, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.seekers.jobseekers import load_jobseeker
from app.vocabulary import group_bits_of

STABLE_MONTHS, FLEXIBLE_MONTHS = 6, 3
FUTURE_DAYS = 31  # a start date may be registered this far ahead


@dataclass(frozen=True, slots=True)
class EmploymentRules:
    minimum_wage_monthly_yuan: float
    stable_per_year: int = 1
    flexible_per_year: int = 3

    @classmethod
    def from_settings(cls, s: Settings) -> EmploymentRules:
        return cls(s.minimum_wage_monthly_yuan, s.claims_stable_per_year, s.claims_flexible_per_year)


def register_employment(
    session: Session, rules: EmploymentRules, principal: Principal, payload: EmploymentCreate
) -> EmploymentOut:
    """Check the outcome against its kind's rule, decide whether it may be claimed, and store it."""
    require_staff(principal, "register employment (就业认定)")
    seeker = load_jobseeker(session, payload.jobseeker_id, lock=True)  # one claim decision at a time per person
    require_seeker(principal, seeker.id, seeker.community_code or district_of(seeker))
    _check(payload, rules)
    employer_id = payload.employer_id
    if payload.job_id is not None:
        job = session.get(Job, payload.job_id)
        if job is None:
            raise InvalidField("job_id", f"job {payload.job_id} does not exist")
        employer_id = employer_id or job.employer_id
    claimable, note = _claim(session, rules, payload, seeker.id)
    row = Employment(
        jobseeker_id=seeker.id,
        job_id=payload.job_id,
        employer_id=employer_id,
        kind=payload.kind,
        started_on=payload.started_on,
        ended_on=payload.ended_on,
        contract_months=payload.contract_months,
        social_insurance=payload.social_insurance,
        monthly_wage_yuan=payload.monthly_wage_yuan,
        claimable=claimable,
        community_code=seeker.community_code,
        district_code=district_of(seeker),
        household_id=seeker.household_id,
        group_bits=group_bits_of(seeker.priority_groups),
    )
    session.add(row)
    session.flush()
    if payload.job_id is not None and not _hired_before(session, seeker.id, payload.job_id):
        record_event(
            session, principal, EventCreate(type=EventType.HIRED, job_id=payload.job_id, jobseeker_id=seeker.id)
        )
    return employment_out(row, note)


def list_employments(session: Session, principal: Principal, query: EmploymentQuery) -> Page[EmploymentOut]:
    require_staff(principal, "read employment records")
    where: list[ColumnElement[bool]] = [in_area(principal, Employment.community_code, Employment.district_code)]
    if query.jobseeker_id:
        where.append(Employment.jobseeker_id == query.jobseeker_id)
    if query.community_code:
        where.append(Employment.community_code == query.community_code)
    if query.district:
        where.append(Employment.district_code == query.district)
    if query.kind:
        where.append(Employment.kind == query.kind)
    total, rows = paged(session, Employment, where, (Employment.id.desc(),), query.limit, query.offset)
    return Page(items=[employment_out(r) for r in rows], total=total, limit=query.limit, offset=query.offset)


def get_employment(session: Session, principal: Principal, employment_id: int) -> EmploymentOut:
    require_staff(principal, "read employment records")  # before the lookup: the same answer for every id
    row = session.get(Employment, employment_id)
    if row is None or not principal.covers(row.community_code or row.district_code):
        raise NotFound("employment", employment_id)  # another district's record is as if absent
    return employment_out(row)


def employment_out(row: Employment, note: str | None = None) -> EmploymentOut:
    if note is None:
        note = "计入本年度就业认定" if row.claimable else "超出本年度可认定次数，不再计入"
    return EmploymentOut(
        id=row.id,
        jobseeker_id=row.jobseeker_id,
        job_id=row.job_id,
        employer_id=row.employer_id,
        kind=EmploymentKind(row.kind),
        started_on=row.started_on,
        ended_on=row.ended_on,
        contract_months=row.contract_months,
        social_insurance=row.social_insurance,
        monthly_wage_yuan=row.monthly_wage_yuan,
        claimable=row.claimable,
        claim_note=note,
        community_code=row.community_code,
        district_code=row.district_code,
        created_at=row.created_at,
    )


def _check(payload: EmploymentCreate, rules: EmploymentRules) -> None:
    if payload.ended_on is not None and payload.ended_on < payload.started_on:
        raise InvalidField("ended_on", "must not be before started_on")
    if payload.started_on > local_today() + timedelta(days=FUTURE_DAYS):
        raise InvalidField("started_on", f"more than {FUTURE_DAYS} days ahead")
    if payload.kind is EmploymentKind.STABLE:
        if payload.contract_months < STABLE_MONTHS:
            raise InvalidField("contract_months", f"稳定就业须签订{STABLE_MONTHS}个月以上劳动合同")
        if not payload.social_insurance:
            raise InvalidField("social_insurance", "稳定就业须缴纳社会保险")
        return
    if payload.contract_months < FLEXIBLE_MONTHS:
        raise InvalidField("contract_months", f"灵活就业须持续{FLEXIBLE_MONTHS}个月以上")
    if payload.monthly_wage_yuan < rules.minimum_wage_monthly_yuan:
        raise InvalidField(
            "monthly_wage_yuan", f"灵活就业月收入不得低于当地最低工资 {rules.minimum_wage_monthly_yuan:g} 元"
        )


def _claim(session: Session, rules: EmploymentRules, payload: EmploymentCreate, seeker_id: int) -> tuple[bool, str]:
    """Stable at most once per person a year, flexible at most three times (the year the job started)."""
    year = payload.started_on.year
    limit = rules.stable_per_year if payload.kind is EmploymentKind.STABLE else rules.flexible_per_year
    words = "稳定就业" if payload.kind is EmploymentKind.STABLE else "灵活就业"
    claimed = (
        session.scalar(
            select(func.count())
            .select_from(Employment)
            .where(
                Employment.jobseeker_id == seeker_id,
                Employment.kind == payload.kind,
                Employment.claimable.is_(True),
                Employment.started_on >= payload.started_on.replace(month=1, day=1),
                Employment.started_on <= payload.started_on.replace(month=12, day=31),
            )
        )
        or 0
    )
    if claimed >= limit:
        return False, f"{year}年已计入{claimed}次{words}（上限{limit}次），本次不再计入"
    return True, f"计入{year}年第{claimed + 1}次{words}（上限{limit}次）"


def _hired_before(session: Session, seeker_id: int, job_id: int) -> bool:
    return (
        session.scalar(
            select(Event.id)
            .where(Event.jobseeker_id == seeker_id, Event.job_id == job_id, Event.type == EventType.HIRED)
            .limit(1)
        )
        is not None
    )
