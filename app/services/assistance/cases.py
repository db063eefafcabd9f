"""Cases (一人一策): opened for a hard-to-employ person or a member of a zero-employment household by staff of
their district, listed, read, and closed — as employed only with that person's employment registered."""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.models import Case, Employment, Jobseeker, User
from app.models.base import utcnow
from app.schemas.case import (
    CaseBasis,
    CaseClose,
    CaseCreate,
    CaseOut,
    CaseQuery,
    CaseStatus,
    CaseSummary,
    CaseUpdate,
    CloseOutcome,
    Need,
)
from app.schemas.common import Page
from app.services.assistance.access import readable_case, require_case_staff, writable_case
from app.services.assistance.log import log_action
from app.services.assistance.views import case_summary, disclose_case
from app.services.engine.eligibility import local_today
from app.services.errors import Conflict, InvalidField
from app.services.funnel.events import district_of
from app.services.identity.access import in_area, require_seeker
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.privacy.pii import CASE_CLOSE_REASON, CASE_NEEDS, seal_note
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import load_jobseeker
from app.vocabulary import PriorityGroup, Role

OPEN = (CaseStatus.OPEN.value, CaseStatus.IN_PROGRESS.value)


def open_case(session: Session, vault: Vault, principal: Principal, payload: CaseCreate) -> CaseOut:
    require_case_staff(principal)
    seeker = load_jobseeker(session, payload.jobseeker_id, lock=True)  # one open case per person, decided alone
    require_seeker(principal, seeker.id, seeker.community_code or district_of(seeker))
    bases = case_bases(session, seeker)
    if not bases:
        raise InvalidField("jobseeker_id", "一人一策只为就业困难人员和零就业家庭成员建立：此人两者都不是")
    already = session.scalar(select(Case.id).where(Case.jobseeker_id == seeker.id, Case.status.in_(OPEN)))
    if already is not None:
        raise Conflict(f"此人已有进行中的援助档案 {already}，请在其中继续")
    case = Case(
        jobseeker_id=seeker.id,
        community_code=seeker.community_code,
        district_code=district_of(seeker),
        bases=[b.value for b in bases],
        owner_id=_owner(session, principal, payload.owner_id, seeker.community_code),
        status=CaseStatus.OPEN.value,
        needs_cipher=_sealed_needs(vault, payload.needs),
        opened_by=principal.user_id,
        opened_on=local_today(),
    )
    session.add(case)
    session.flush()
    log_action(session, principal, case.id, "open", ",".join(case.bases))
    return disclose_case(session, vault, principal, case, "case.open")


def get_case(session: Session, vault: Vault, principal: Principal, case_id: int) -> CaseOut:
    return disclose_case(session, vault, principal, readable_case(session, principal, case_id), "case.get")


def list_cases(session: Session, principal: Principal, query: CaseQuery) -> Page[CaseSummary]:
    """Staff: their districts' cases; a jobseeker: their own (to find the one to read)."""
    where: list[ColumnElement[bool]] = [Case.jobseeker_id == (principal.seeker_id or 0)]
    if principal.role is not Role.JOBSEEKER:
        require_case_staff(principal)
        where = [in_area(principal, Case.community_code, Case.district_code)]
    if query.district:
        where.append(or_(Case.district_code == query.district, Case.community_code.startswith(query.district)))
    if query.community_code:
        where.append(Case.community_code == query.community_code)
    if query.jobseeker_id:
        where.append(Case.jobseeker_id == query.jobseeker_id)
    if query.owner_id:
        where.append(Case.owner_id == query.owner_id)
    if query.status:
        where.append(Case.status == query.status.value)
    total, rows = paged(session, Case, where, (Case.id.desc(),), query.limit, query.offset)
    return Page(items=[case_summary(r) for r in rows], total=total, limit=query.limit, offset=query.offset)


def update_case(session: Session, vault: Vault, principal: Principal, case_id: int, payload: CaseUpdate) -> CaseOut:
    case = writable_case(session, principal, case_id)
    changed = []
    if payload.needs is not None:
        case.needs_cipher = _sealed_needs(vault, payload.needs)
        changed.append("needs " + ",".join(n.kind.value for n in payload.needs))
    if payload.owner_id is not None:
        case.owner_id = _owner(session, principal, payload.owner_id, case.community_code)
        changed.append(f"owner {case.owner_id}")
    if not changed:
        raise InvalidField("body", "请至少修改 needs 或 owner_id 之一")
    case.updated_at = utcnow()
    log_action(session, principal, case.id, "update", "; ".join(changed))
    return disclose_case(session, vault, principal, case, "case.update")


def close_case(session: Session, vault: Vault, principal: Principal, case_id: int, payload: CaseClose) -> CaseOut:
    case = writable_case(session, principal, case_id)
    if payload.outcome is CloseOutcome.OTHER and not payload.reason:
        raise InvalidField("reason", "未就业结案须写明原因")
    employment_id = None
    if payload.outcome is CloseOutcome.EMPLOYED:
        employment_id = _employment_of(session, case, payload.employment_id)
    case.status = (
        CaseStatus.CLOSED_EMPLOYED if payload.outcome is CloseOutcome.EMPLOYED else CaseStatus.CLOSED_OTHER
    ).value
    case.closed_on, case.closed_by, case.employment_id = local_today(), principal.user_id, employment_id
    case.close_reason_cipher = seal_note(vault, payload.reason, CASE_CLOSE_REASON)
    log_action(session, principal, case.id, "close", f"{case.status} employment {employment_id or '-'}")
    return disclose_case(session, vault, principal, case, "case.close")


def _sealed_needs(vault: Vault, needs: list[Need]) -> str:
    return vault.encrypt(json.dumps([n.model_dump() for n in needs], ensure_ascii=False), CASE_NEEDS)


def case_bases(session: Session, seeker: Jobseeker) -> list[CaseBasis]:
    bases = []
    if PriorityGroup.HARD_TO_EMPLOY.value in (seeker.priority_groups or []):
        bases.append(CaseBasis.HARD_TO_EMPLOY)
    if seeker.household_id and not _household_employed(session, seeker):
        bases.append(CaseBasis.ZERO_EMPLOYMENT_HOUSEHOLD)
    return bases


def _household_employed(session: Session, seeker: Jobseeker) -> bool:
    """A member of the 户 (numbered within the community) in a job today: the statistics' own rule."""
    today = local_today()
    members = select(Jobseeker.id).where(
        Jobseeker.household_id == seeker.household_id, Jobseeker.community_code == seeker.community_code
    )
    employed = session.scalar(
        select(Employment.id)
        .where(
            Employment.jobseeker_id.in_(members),
            Employment.started_on <= today,
            or_(Employment.ended_on.is_(None), Employment.ended_on >= today),
        )
        .limit(1)
    )
    return employed is not None


def _owner(session: Session, principal: Principal, owner_id: int | None, community_code: str | None) -> int:
    if owner_id is None or owner_id == principal.user_id:
        return principal.user_id
    user = session.get(User, owner_id)
    serves = (
        user is not None
        and user.active
        and (
            user.role == Role.ADMIN.value
            or (user.role == Role.OPERATOR.value and any((community_code or "").startswith(d) for d in user.districts))
        )
    )
    if not serves:
        raise InvalidField("owner_id", "责任人须为此人所在区县的工作人员")
    return owner_id


def _employment_of(session: Session, case: Case, employment_id: int | None) -> int:
    """The person's registration named, or their latest registered since the case opened."""
    if employment_id is not None:
        row = session.get(Employment, employment_id)
        if row is None or row.jobseeker_id != case.jobseeker_id:
            raise InvalidField("employment_id", f"就业登记 {employment_id} 不是此人的")
        return row.id
    latest = session.scalar(
        select(Employment.id)
        .where(Employment.jobseeker_id == case.jobseeker_id, Employment.created_at >= case.created_at)
        .order_by(Employment.id.desc())
        .limit(1)
    )
    if latest is None:
        raise InvalidField(
            "employment_id", "以就业结案须先为此人登记就业（POST /v1/employments），或注明已有的 employment_id"
        )
    return latest
