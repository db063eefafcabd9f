"""What staff owe people today: open cases with a step past its date and not done, or no contact for too long."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import Case, CaseStep
from app.schemas.case import OverdueCase, OverdueQuery, OverdueStep, StepKind, StepStatus
from app.schemas.common import Page
from app.services.assistance.access import require_case_staff
from app.services.assistance.cases import OPEN
from app.services.assistance.views import case_summary
from app.services.engine.eligibility import local_today
from app.services.identity.access import in_area
from app.services.identity.principal import Principal
from app.services.paging import paged


def overdue_cases(
    session: Session, principal: Principal, query: OverdueQuery, contact_every_days: int, today: date | None = None
) -> Page[OverdueCase]:
    """Oldest first. "No contact" counts from the last contact, or from the opening if there was none."""
    require_case_staff(principal)
    today = today or local_today()
    quiet_since = today - timedelta(days=contact_every_days)
    late = (CaseStep.case_id == Case.id, CaseStep.status == StepStatus.PLANNED.value, CaseStep.due_on < today)
    where: list[ColumnElement[bool]] = [
        in_area(principal, Case.community_code, Case.district_code),
        Case.status.in_(OPEN),
        or_(exists().where(*late), func.coalesce(Case.last_contact_on, Case.opened_on) < quiet_since),
    ]
    if query.district:
        where.append(or_(Case.district_code == query.district, Case.community_code.startswith(query.district)))
    if query.community_code:
        where.append(Case.community_code == query.community_code)
    total, cases = paged(session, Case, where, (Case.opened_on, Case.id), query.limit, query.offset)
    steps = _late_steps(session, [c.id for c in cases], today)
    items = []
    for case in cases:
        silent = (today - (case.last_contact_on or case.opened_on)).days
        items.append(
            OverdueCase(
                case=case_summary(case),
                overdue_steps=steps[case.id],
                days_since_contact=silent,
                no_recent_contact=silent > contact_every_days,
            )
        )
    return Page(items=items, total=total, limit=query.limit, offset=query.offset)


def _late_steps(session: Session, case_ids: list[int], today: date) -> defaultdict[int, list[OverdueStep]]:
    found: defaultdict[int, list[OverdueStep]] = defaultdict(list)
    rows = session.scalars(
        select(CaseStep)
        .where(CaseStep.case_id.in_(case_ids), CaseStep.status == StepStatus.PLANNED.value, CaseStep.due_on < today)
        .order_by(CaseStep.due_on, CaseStep.id)
    )
    for step in rows:
        found[step.case_id].append(
            OverdueStep(
                id=step.id, kind=StepKind(step.kind), due_on=step.due_on, days_overdue=(today - step.due_on).days
            )
        )
    return found
