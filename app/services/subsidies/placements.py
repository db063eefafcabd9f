"""就业见习 placements: who may be placed, on what pay, for how long, and whether the unit later absorbed them."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from app.models import Employer, Placement
from app.schemas.common import Page
from app.schemas.subsidy import MonthServedOut, PlacementCreate, PlacementOut, PlacementQuery, PlacementUpdate
from app.services.engine.eligibility import applicant_of, local_today
from app.services.errors import InvalidField, NotFound
from app.services.funnel.employments import FUTURE_DAYS
from app.services.funnel.events import district_of
from app.services.identity.access import in_area, require_seeker, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.seekers.jobseekers import load_jobseeker
from app.services.subsidies.rules import SubsidyRules, month_label, served_months
from matching.programmes import INTERNSHIP, RULES, verdict

LONGEST_MONTHS = (RULES[INTERNSHIP].posting_months or (3, 12))[1]  # the programme's longest 见习期


def register_placement(
    session: Session, rules: SubsidyRules, principal: Principal, payload: PlacementCreate
) -> PlacementOut:
    """Check the pay, the dates and the seeker's 见习 eligibility on the start day, then store the placement."""
    require_staff(principal, "register 就业见习 placements")
    seeker = load_jobseeker(session, payload.jobseeker_id)
    require_seeker(principal, seeker.id, seeker.community_code or district_of(seeker))
    if session.get(Employer, payload.employer_id) is None:
        raise InvalidField("employer_id", f"employer {payload.employer_id} does not exist")
    _check_terms(rules, payload.started_on, payload.ended_on, payload.monthly_pay_yuan)
    _check_contract(payload.started_on, payload.contract_months, payload.contract_signed_on)
    judged = verdict(INTERNSHIP, applicant_of(seeker), payload.started_on)
    if not judged.eligible:
        raise InvalidField("jobseeker_id", judged.explanation)
    row = Placement(
        jobseeker_id=seeker.id,
        employer_id=payload.employer_id,
        started_on=payload.started_on,
        ended_on=payload.ended_on,
        monthly_pay_yuan=payload.monthly_pay_yuan,
        contract_months=payload.contract_months,
        contract_signed_on=payload.contract_signed_on,
        eligibility=judged.explanation,
        community_code=seeker.community_code,
        district_code=district_of(seeker),
    )
    session.add(row)
    session.flush()
    return placement_out(rules, row)


def update_placement(
    session: Session, rules: SubsidyRules, principal: Principal, placement_id: int, payload: PlacementUpdate
) -> PlacementOut:
    """An early end, or the labour contract the unit signed with its intern."""
    row = _load(session, principal, placement_id)
    ended_on = payload.ended_on or row.ended_on
    contract_months = payload.contract_months or row.contract_months
    signed_on = payload.contract_signed_on or row.contract_signed_on
    _check_terms(rules, row.started_on, ended_on, row.monthly_pay_yuan)
    _check_contract(row.started_on, contract_months, signed_on)
    row.ended_on, row.contract_months, row.contract_signed_on = ended_on, contract_months, signed_on
    session.flush()
    return placement_out(rules, row)


def get_placement(session: Session, rules: SubsidyRules, principal: Principal, placement_id: int) -> PlacementOut:
    return placement_out(rules, _load(session, principal, placement_id))


def list_placements(
    session: Session, rules: SubsidyRules, principal: Principal, query: PlacementQuery
) -> Page[PlacementOut]:
    require_staff(principal, "read 就业见习 placements")
    where: list[ColumnElement[bool]] = [in_area(principal, Placement.community_code, Placement.district_code)]
    if query.jobseeker_id:
        where.append(Placement.jobseeker_id == query.jobseeker_id)
    if query.employer_id:
        where.append(Placement.employer_id == query.employer_id)
    total, rows = paged(session, Placement, where, (Placement.id.desc(),), query.limit, query.offset)
    return Page(items=[placement_out(rules, r) for r in rows], total=total, limit=query.limit, offset=query.offset)


def placement_out(rules: SubsidyRules, row: Placement) -> PlacementOut:
    months = served_months(row.started_on, row.ended_on, rules.settings.internship_min_days_in_month)
    absorbed, note = absorption(rules, row)
    return PlacementOut(
        id=row.id,
        jobseeker_id=row.jobseeker_id,
        employer_id=row.employer_id,
        started_on=row.started_on,
        ended_on=row.ended_on,
        monthly_pay_yuan=row.monthly_pay_yuan,
        months=[MonthServedOut(month=month_label(m.month), days=m.days, counted=m.counted) for m in months],
        months_served=sum(m.counted for m in months),
        contract_months=row.contract_months,
        contract_signed_on=row.contract_signed_on,
        absorption=absorbed,
        absorption_note=note,
        eligibility=row.eligibility,
        community_code=row.community_code,
        district_code=row.district_code,
        created_at=row.created_at,
    )


def absorption(rules: SubsidyRules, row: Placement) -> tuple[bool, str]:
    """吸纳就业补贴: a contract long enough, signed during the placement or soon after it."""
    s = rules.settings
    if row.contract_months is None or row.contract_signed_on is None:
        return False, "尚未签订劳动合同"
    if row.contract_months < s.absorption_min_contract_months:
        return False, (
            f"劳动合同{row.contract_months}个月，不足{s.absorption_min_contract_months}个月，不享受吸纳就业补贴"
        )
    if row.contract_signed_on > row.ended_on + timedelta(days=s.absorption_within_days):
        return False, f"劳动合同于见习期满{s.absorption_within_days}天后签订，不享受吸纳就业补贴"
    return True, f"签订{row.contract_months}个月劳动合同，享受吸纳就业补贴"


def _load(session: Session, principal: Principal, placement_id: int) -> Placement:
    require_staff(principal, "read 就业见习 placements")  # before the lookup: the same answer for every id
    row = session.get(Placement, placement_id)
    if row is None or not principal.covers(row.community_code or row.district_code):
        raise NotFound("placement", placement_id)  # another district's intern is as if absent
    return row


def _check_terms(rules: SubsidyRules, started_on: date, ended_on: date, pay_yuan: float) -> None:
    minimum = rules.settings.internship_min_pay_monthly_yuan
    if pay_yuan < minimum:
        raise InvalidField("monthly_pay_yuan", f"见习人员月生活补助不得低于 {minimum:g} 元")
    if ended_on < started_on:
        raise InvalidField("ended_on", "must not be before started_on")
    if started_on > local_today() + timedelta(days=FUTURE_DAYS):
        raise InvalidField("started_on", f"more than {FUTURE_DAYS} days ahead")
    longest = f"见习期限最长{LONGEST_MONTHS}个月"
    if (ended_on.year - started_on.year) * 12 + ended_on.month - started_on.month > LONGEST_MONTHS + 1:
        raise InvalidField("ended_on", longest)  # plainly too long: no need to walk its months
    counted = sum(m.counted for m in served_months(started_on, ended_on, rules.settings.internship_min_days_in_month))
    if counted > LONGEST_MONTHS:
        raise InvalidField("ended_on", f"{longest}，而不是{counted}个月")


def _check_contract(started_on: date, months: int | None, signed_on: date | None) -> None:
    if (months is None) != (signed_on is None):
        raise InvalidField("contract_signed_on" if signed_on is None else "contract_months", "give both or neither")
    if signed_on is not None and signed_on < started_on:
        raise InvalidField("contract_signed_on", "must not be before started_on")
    if signed_on is not None and signed_on > local_today() + timedelta(days=FUTURE_DAYS):
        raise InvalidField("contract_signed_on", f"more than {FUTURE_DAYS} days ahead")
