"""Who may touch a case: staff of the person's district act on it, the person may read it, no one else."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Case
from app.schemas.case import CaseStatus
from app.services.errors import Conflict, Forbidden, NotFound
from app.services.identity.principal import Principal
from app.vocabulary import Role

CLOSED = (CaseStatus.CLOSED_EMPLOYED.value, CaseStatus.CLOSED_OTHER.value)


def require_case_staff(principal: Principal) -> None:
    """A role refusal, before anything is looked up: the same answer for every id."""
    if not principal.is_staff:
        raise Forbidden("只有工作人员和管理员可以办理就业援助")


def readable_case(session: Session, principal: Principal, case_id: int) -> Case:
    """Staff of its district, admins, and the person; to anyone else it does not exist (as for the person)."""
    if principal.role is Role.EMPLOYER:
        raise Forbidden("用人单位不能查看就业援助档案")
    case = session.get(Case, case_id)
    if case is None or not (principal.is_seeker(case.jobseeker_id) or _covers(principal, case)):
        raise NotFound("case", case_id)
    return case


def writable_case(session: Session, principal: Principal, case_id: int) -> Case:
    """An open case of the caller's districts, locked: two clerks' changes to one case do not interleave."""
    require_case_staff(principal)
    case = session.get(Case, case_id, with_for_update=True)
    if case is None or not _covers(principal, case):
        raise NotFound("case", case_id)  # another district's case is as if absent
    if case.status in CLOSED:
        raise Conflict(f"援助档案 {case_id} 已结案，不能再修改")
    return case


def _covers(principal: Principal, case: Case) -> bool:
    return principal.is_staff and principal.covers(case.community_code or case.district_code)
