"""1+3+1 coverage per district and period: migrant workers registered, and how far their 1+3+1 has come."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Jobseeker, OneThreeOne
from app.schemas.one_three_one import Coverage, CoverageQuery, CoverageRow
from app.schemas.stats import StatsQuery
from app.services.identity.access import scoped
from app.services.identity.principal import Principal
from app.services.stats.scope import Scope, scope_of
from app.vocabulary import PriorityGroup


def coverage(session: Session, principal: Principal, query: CoverageQuery) -> Coverage:
    query = scoped(principal, query)
    scope = scope_of(StatsQuery.model_validate({"district": query.district, "from": query.start, "to": query.end}))
    workers = _migrant_workers(session, scope)
    records = {r.jobseeker_id: r for r in _records(session, list(workers))}
    rows: dict[str, CoverageRow] = {}
    for seeker_id, district in sorted(workers.items(), key=lambda item: item[1]):
        row = rows.setdefault(district, _empty(district))
        row.migrant_workers += 1
        record = records.get(seeker_id)
        if record is not None and record.completed_on is not None and record.completed_on <= scope.end:
            row.complete += 1
            row.completed_in_period += record.completed_on >= scope.start
        elif record is not None and record.created_at < scope.end_at:
            row.partial += 1
        else:
            row.none += 1
    for row in rows.values():
        row.coverage = round(row.complete / row.migrant_workers, 4)
    return Coverage(start=scope.start, end=scope.end, items=list(rows.values()))


def _migrant_workers(session: Session, scope: Scope) -> dict[int, str]:
    """Seeker id -> county, of those registered as migrant workers by the period's end (groups are JSON)."""
    rows = session.execute(
        select(Jobseeker.id, Jobseeker.community_code, Jobseeker.priority_groups).where(
            Jobseeker.community_code.isnot(None),
            scope.in_district(Jobseeker.community_code),
            Jobseeker.created_at < scope.end_at,
        )
    )
    return {i: str(code)[:6] for i, code, groups in rows if PriorityGroup.MIGRANT_WORKER.value in (groups or [])}


def _records(session: Session, seeker_ids: list[int]) -> list[OneThreeOne]:
    found: list[OneThreeOne] = []
    for start in range(0, len(seeker_ids), 500):  # bound the IN list
        chunk = seeker_ids[start : start + 500]
        found.extend(session.scalars(select(OneThreeOne).where(OneThreeOne.jobseeker_id.in_(chunk))))
    return found


def _empty(district: str) -> CoverageRow:
    return CoverageRow(
        district_code=district, migrant_workers=0, complete=0, partial=0, none=0, completed_in_period=0, coverage=None
    )
