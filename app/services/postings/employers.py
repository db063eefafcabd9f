"""Employer registration and lookup; the contact phone in full only for the employer's members and staff."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.models import Employer
from app.schemas.audit import SubjectKind
from app.schemas.common import Page
from app.schemas.employer import EmployerCreate, EmployerFilter, EmployerOut, EmployerSummary
from app.schemas.validators import mask_phone
from app.services.errors import Conflict, NotFound
from app.services.identity.access import require_staff
from app.services.identity.audit import record_read
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.privacy.pii import employer_phone, seal_employer_phone
from app.services.privacy.vault import Vault


def create_employer(session: Session, vault: Vault, principal: Principal, payload: EmployerCreate) -> EmployerOut:
    """Staff register employers (at fairs, from their districts); employers' members are then given accounts."""
    require_staff(principal, "register employers")
    if payload.credit_code and session.scalar(select(Employer.id).where(Employer.credit_code == payload.credit_code)):
        raise Conflict(f"an employer with credit_code {payload.credit_code} is already registered")
    employer = Employer(**payload.model_dump(exclude={"contact_phone"}))
    seal_employer_phone(vault, employer, payload.contact_phone)
    session.add(employer)
    session.flush()
    return disclose_employer(session, vault, principal, employer, "employer.create")


def get_employer(session: Session, vault: Vault, principal: Principal, employer_id: int) -> EmployerOut:
    """Anyone signed in sees the public fields."""
    return disclose_employer(session, vault, principal, load_employer(session, employer_id), "employer.get")


def list_employers(session: Session, principal: Principal, query: EmployerFilter) -> Page[EmployerSummary]:
    """Newest first, for staff. Employers carry no district (one may hire across the city), so every operator
    sees all of them: a fair in one district takes part-timers from the next."""
    require_staff(principal, "list employers")
    where: list[ColumnElement[bool]] = [Employer.id.in_(query.id)] if query.id else []
    if query.q:
        where.append(
            or_(Employer.name.contains(query.q, autoescape=True), Employer.credit_code.contains(query.q.upper()))
        )
    total, rows = paged(session, Employer, where, (Employer.id.desc(),), query.limit, query.offset)
    items = [EmployerSummary(id=e.id, name=e.name, credit_code=e.credit_code, address=e.address) for e in rows]
    return Page(items=items, total=total, limit=query.limit, offset=query.offset)


def load_employer(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFound("employer", employer_id)
    return employer


def disclose_employer(
    session: Session, vault: Vault, principal: Principal, employer: Employer, purpose: str
) -> EmployerOut:
    phone = employer_phone(vault, employer)
    in_full = principal.is_member_of(employer.id) or principal.is_staff
    if phone is not None and principal.is_staff and principal.user_id:  # SYSTEM (user 0): no person reads
        record_read(session, principal, SubjectKind.EMPLOYER, employer.id, ["contact_phone"], purpose)
    return EmployerOut(
        id=employer.id,
        name=employer.name,
        credit_code=employer.credit_code,
        contact_phone=phone if in_full or phone is None else mask_phone(phone),
        address=employer.address,
        created_at=employer.created_at,
    )
