"""零就业家庭动态清零 per community: the zero-employment households the statistics count, how many an open
case reaches, and how many were cleared (a member in a job) — a case closed as employed clears its 户."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, Community, Jobseeker
from app.schemas.case import CaseStatus, ClearancePage, ClearanceQuery, ClearanceRow
from app.schemas.stats import StatsQuery
from app.services.assistance.cases import OPEN
from app.services.identity.access import scoped
from app.services.identity.principal import Principal
from app.services.stats.communities import people, zero_households, zero_households_at_start
from app.services.stats.scope import Scope, scope_of


def clearance(session: Session, principal: Principal, query: ClearanceQuery) -> ClearancePage:
    query = scoped(principal, query)
    scope = scope_of(StatsQuery.model_validate({"district": query.district, "from": query.start, "to": query.end}))
    tallies = people(session, scope)
    with_case = _households_with_open_case(session, scope)
    closed = _closed_employed(session, scope)
    codes = sorted(  # communities with 户 numbered, or a case closed: the others have nothing to clear
        c
        for c in set(tallies) | set(closed)
        if query.community_code in (None, c) and (tallies[c].households or closed[c])
    )
    names = {
        str(c): str(n)
        for c, n in session.execute(select(Community.code, Community.name).where(Community.code.in_(codes)))
    }
    rows = []
    for code in codes:
        tally = tallies[code]
        zero = zero_households(tally)
        reached = sum(1 for h in zero if (code, h) in with_case)
        rows.append(
            ClearanceRow(
                code=code,
                name=names.get(code, ""),
                zero_employment_households=len(zero),
                with_open_case=reached,
                without_case=len(zero) - reached,
                cleared_households=len(zero_households_at_start(tally) - set(zero)),
                cases_closed_employed=closed[code],
            )
        )
    page = rows[query.offset : query.offset + query.limit]
    return ClearancePage(items=page, total=len(rows), limit=query.limit, offset=query.offset)


def _households_with_open_case(session: Session, scope: Scope) -> set[tuple[str, str]]:
    rows = session.execute(
        select(Jobseeker.community_code, Jobseeker.household_id)
        .join(Case, Case.jobseeker_id == Jobseeker.id)
        .where(Case.status.in_(OPEN), Jobseeker.household_id.isnot(None), scope.in_district(Jobseeker.community_code))
    )
    return {(str(code), str(household)) for code, household in rows}


def _closed_employed(session: Session, scope: Scope) -> Counter[str]:
    rows = session.scalars(
        select(Case.community_code).where(
            Case.status == CaseStatus.CLOSED_EMPLOYED.value,
            Case.community_code.isnot(None),
            scope.in_district(Case.community_code),
            Case.closed_on >= scope.start,
            Case.closed_on <= scope.end,
        )
    )
    return Counter(str(code) for code in rows)
