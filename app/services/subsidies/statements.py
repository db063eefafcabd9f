"""Subsidy statements (补贴对账单): every amount a line, every line its rule and its source row.

A unit's statement pays for its 见习 placements: 见习补贴 per month served, insurance and 带教费 once per placement
(in the month it starts), 吸纳就业补贴 once (in the month the qualifying contract is signed). An operator's pays a
service subsidy for each employment registration already marked `claimable` (the yearly caps live in
funnel.employments, decided once when the employment is registered), plus 就业援助 for a hard-to-employ person's
first claimable employments of the year, up to claims_assistance_per_year.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import Employer, Employment, Jobseeker, Placement
from app.schemas.employment import EmploymentKind
from app.schemas.subsidy import (
    Statement,
    StatementKind,
    StatementLine,
    StatementQuery,
    StatementTotal,
    SubsidyItem,
)
from app.services.errors import Forbidden, InvalidField, NotFound
from app.services.identity.access import require_area, require_staff
from app.services.identity.principal import Principal
from app.services.subsidies.placements import absorption
from app.services.subsidies.rules import ITEM_NAMES, RATE_SETTINGS, SubsidyRules, month_label, served_months
from app.vocabulary import GROUP_BIT, PriorityGroup, Role

UNIT_ITEMS: tuple[SubsidyItem, ...] = (
    SubsidyItem.INTERNSHIP_MONTHLY,
    SubsidyItem.INTERNSHIP_INSURANCE,
    SubsidyItem.INTERNSHIP_GUIDANCE,
    SubsidyItem.ABSORPTION,
)
OPERATOR_ITEMS: tuple[SubsidyItem, ...] = (
    SubsidyItem.SERVICE_STABLE,
    SubsidyItem.SERVICE_FLEXIBLE,
    SubsidyItem.SERVICE_ASSISTANCE,
)
HARD_TO_EMPLOY = GROUP_BIT[PriorityGroup.HARD_TO_EMPLOY]


@dataclass(frozen=True, slots=True)
class Due:
    """One person-item before it is numbered: what is paid, for whom, from which row, and why."""

    month: date
    item: SubsidyItem
    jobseeker_id: int | None
    name: str | None
    placement_id: int | None
    employment_id: int | None
    note: str


def statement(session: Session, rules: SubsidyRules, principal: Principal, query: StatementQuery) -> Statement:
    """The statement of a unit (`unit`) or of an area's operator (no `unit`) for month..through."""
    query = _scope(principal, query)
    start, end = _period(query)
    unit_name = None
    if query.unit is not None:
        employer = session.get(Employer, query.unit)
        if employer is None:
            raise NotFound("employer", query.unit)
        unit_name = employer.name
        dues, items = _unit_dues(session, rules, query, start, end), UNIT_ITEMS
    else:
        dues, items = _operator_dues(session, rules, query.district, start, end), OPERATOR_ITEMS
    lines = _numbered(rules, dues)
    return Statement(
        kind=StatementKind.UNIT if query.unit is not None else StatementKind.OPERATOR,
        unit_id=query.unit,
        unit_name=unit_name,
        district=query.district,
        month=month_label(start),
        through=month_label(end),
        lines=lines,
        totals=_totals(lines, items),
        total_yuan=_yuan(sum(_fen(line.amount_yuan) for line in lines)),
        rules=rules.used(items),
        generated_at=datetime.now(UTC),
    )


def _scope(principal: Principal, query: StatementQuery) -> StatementQuery:
    """Admins read any statement; operators one of their areas' (named, or their only one); a unit's members
    their own unit's; nobody else any."""
    if principal.role is Role.EMPLOYER:
        if query.unit is None or not principal.is_member_of(query.unit):
            raise Forbidden("an employer may read only its own unit's statement: send unit=<your employer id>")
        return query
    require_staff(principal, "read subsidy statements")
    if principal.is_admin:
        return query
    district = query.district
    if district is None:
        if len(principal.districts) != 1:
            raise Forbidden("name the `district` of the statement, one you serve: " + ", ".join(principal.districts))
        district = principal.districts[0]
    require_area(principal, district, f"district {district}")
    return query.model_copy(update={"district": district})


def _period(query: StatementQuery) -> tuple[date, date]:
    year, month = map(int, query.month.split("-"))
    start = date(year, month, 1)
    year, month = map(int, (query.through or query.month).split("-"))
    end = date(year, month, calendar.monthrange(year, month)[1])
    if end < start:
        raise InvalidField("through", "must not be before month")
    return start, end


def _in_district(
    district: str | None, community: InstrumentedAttribute[str | None], county: InstrumentedAttribute[str | None]
) -> list[ColumnElement[bool]]:
    return [] if district is None else [or_(county.startswith(district), community.startswith(district))]


def _unit_dues(session: Session, rules: SubsidyRules, query: StatementQuery, start: date, end: date) -> list[Due]:
    rows = session.execute(
        select(Placement, Jobseeker.name)
        .outerjoin(Jobseeker, Jobseeker.id == Placement.jobseeker_id)
        .where(
            Placement.employer_id == query.unit,
            Placement.started_on <= end,
            or_(Placement.ended_on >= start, Placement.contract_signed_on.between(start, end)),
            *_in_district(query.district, Placement.community_code, Placement.district_code),
        )
        .order_by(Placement.id)
    ).all()
    return [due for placement, name in rows for due in _placement_dues(rules, placement, name, start, end)]


def _placement_dues(rules: SubsidyRules, p: Placement, name: str | None, start: date, end: date) -> Iterable[Due]:
    min_days = rules.settings.internship_min_days_in_month

    def due(month: date, item: SubsidyItem, note: str) -> Due:
        return Due(month, item, p.jobseeker_id, name, p.id, None, note)

    for served in served_months(p.started_on, p.ended_on, min_days):
        if served.counted and start <= served.month <= end:
            note = f"{month_label(served.month)}在岗{served.days}天（满{min_days}天计1个月）"
            yield due(served.month, SubsidyItem.INTERNSHIP_MONTHLY, note)
    if start <= p.started_on <= end:
        begun = f"见习自{p.started_on.isoformat()}起，每次见习计一次"
        yield due(p.started_on.replace(day=1), SubsidyItem.INTERNSHIP_INSURANCE, begun)
        yield due(p.started_on.replace(day=1), SubsidyItem.INTERNSHIP_GUIDANCE, begun)
    absorbed, note = absorption(rules, p)
    if absorbed and p.contract_signed_on is not None and start <= p.contract_signed_on <= end:
        yield due(p.contract_signed_on.replace(day=1), SubsidyItem.ABSORPTION, f"{p.contract_signed_on}{note}")


def _operator_dues(session: Session, rules: SubsidyRules, district: str | None, start: date, end: date) -> list[Due]:
    rows = session.execute(
        select(Employment, Jobseeker.name)
        .outerjoin(Jobseeker, Jobseeker.id == Employment.jobseeker_id)
        .where(
            Employment.claimable.is_(True),
            Employment.started_on.between(start, end),
            *_in_district(district, Employment.community_code, Employment.district_code),
        )
        .order_by(Employment.started_on, Employment.id)
    ).all()
    assisted = _assisted(session, rules, [e for e, _ in rows])
    dues = []
    for e, name in rows:
        stable = e.kind == EmploymentKind.STABLE
        item = SubsidyItem.SERVICE_STABLE if stable else SubsidyItem.SERVICE_FLEXIBLE
        words = "稳定就业" if stable else "灵活就业"
        month = e.started_on.replace(day=1)
        dues.append(Due(month, item, e.jobseeker_id, name, None, e.id, f"{e.started_on}{words}，已计入本年度就业认定"))
        if e.id in assisted:
            note = f"已登记为就业困难人员，{e.started_on.year}年第{assisted[e.id]}次就业援助"
            dues.append(Due(month, SubsidyItem.SERVICE_ASSISTANCE, e.jobseeker_id, name, None, e.id, note))
    return dues


def _assisted(session: Session, rules: SubsidyRules, employments: Sequence[Employment]) -> dict[int, int]:
    """Employment id -> its rank among its hard-to-employ person's claimable employments of that year, for those
    within claims_assistance_per_year. Earlier employments outside the statement's period count too."""
    hard = [e for e in employments if e.group_bits & HARD_TO_EMPLOY]
    years = {(e.jobseeker_id, e.started_on.year) for e in hard if e.jobseeker_id is not None}
    if not years:
        return {e.id: 1 for e in hard} if rules.settings.claims_assistance_per_year else {}
    same_year = session.scalars(
        select(Employment)
        .where(
            Employment.claimable.is_(True),
            or_(
                *(
                    and_(Employment.jobseeker_id == s, Employment.started_on.between(date(y, 1, 1), date(y, 12, 31)))
                    for s, y in years
                )
            ),
        )
        .order_by(Employment.started_on, Employment.id)
    ).all()
    rank: dict[int, int] = {}
    seen: defaultdict[tuple[int | None, int], int] = defaultdict(int)
    for e in same_year:
        if e.group_bits & HARD_TO_EMPLOY:
            seen[(e.jobseeker_id, e.started_on.year)] += 1
            rank[e.id] = seen[(e.jobseeker_id, e.started_on.year)]
    for e in hard:
        rank.setdefault(e.id, 1)  # a person since erased: their employment stands alone
    return {i: n for i, n in rank.items() if n <= rules.settings.claims_assistance_per_year}


def _numbered(rules: SubsidyRules, dues: Sequence[Due]) -> list[StatementLine]:
    order = {item: i for i, item in enumerate(SubsidyItem)}
    ranked = sorted(
        dues, key=lambda d: (d.month, d.jobseeker_id or 0, d.placement_id or d.employment_id or 0, order[d.item])
    )
    return [
        StatementLine(
            line_no=n,
            month=month_label(d.month),
            item=d.item,
            item_name=ITEM_NAMES[d.item],
            jobseeker_id=d.jobseeker_id,
            jobseeker_name=d.name,
            placement_id=d.placement_id,
            employment_id=d.employment_id,
            amount_yuan=_yuan(rules.rate_fen(d.item)),
            rule=RATE_SETTINGS[d.item],
            rate_yuan=rules.rate_yuan(d.item),
            note=d.note,
        )
        for n, d in enumerate(ranked, start=1)
    ]


def _totals(lines: Sequence[StatementLine], items: Sequence[SubsidyItem]) -> list[StatementTotal]:
    return [
        StatementTotal(
            item=item,
            item_name=ITEM_NAMES[item],
            lines=sum(1 for line in lines if line.item is item),
            amount_yuan=_yuan(sum(_fen(line.amount_yuan) for line in lines if line.item is item)),
        )
        for item in items
    ]


def _fen(yuan: float) -> int:
    return round(yuan * 100)


def _yuan(fen: int) -> float:
    return fen / 100
