"""Who did what to a case, when (never what was written), and who read its notes in the clear."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseAction
from app.schemas.audit import SubjectKind
from app.schemas.case import ActionOut
from app.services.identity.audit import record_read
from app.services.identity.principal import Principal


def log_action(session: Session, principal: Principal, case_id: int, action: str, detail: str = "") -> None:
    session.add(
        CaseAction(case_id=case_id, user_id=principal.user_id, role=principal.role.value, action=action, detail=detail)
    )


def actions_of(session: Session, case_id: int) -> list[ActionOut]:
    rows = session.scalars(select(CaseAction).where(CaseAction.case_id == case_id).order_by(CaseAction.id))
    return [ActionOut(at=r.at, user_id=r.user_id, role=r.role, action=r.action, detail=r.detail) for r in rows]


def record_notes_read(session: Session, principal: Principal, case: Case, purpose: str) -> None:
    """Staff reading a person's case notes are in the PII audit log, as for their phone number; the person
    reading their own case, and background work, are not."""
    if principal.is_staff and principal.user_id:
        record_read(session, principal, SubjectKind.JOBSEEKER, case.jobseeker_id, ["case_notes"], purpose)
