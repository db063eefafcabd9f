"""The audit log of personal data read in the clear by staff and employers: written on every such read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.models import PiiRead
from app.schemas.audit import AuditQuery, PiiReadOut, SubjectKind
from app.schemas.common import Page
from app.services.identity.access import require_admin
from app.services.identity.principal import Principal
from app.services.paging import paged


def record_read(
    session: Session, principal: Principal, kind: SubjectKind, subject_id: int, fields: Sequence[str], purpose: str
) -> None:
    """One row per response that showed `fields` of the subject unmasked; the values are never written."""
    if fields:
        session.add(
            PiiRead(
                user_id=principal.user_id,
                role=principal.role.value,
                subject_kind=kind.value,
                subject_id=subject_id,
                fields=",".join(fields),
                purpose=purpose,
            )
        )


def list_reads(session: Session, principal: Principal, query: AuditQuery) -> Page[PiiReadOut]:
    require_admin(principal, "read the audit log")
    where: list[ColumnElement[bool]] = []
    if query.subject_kind is not None:
        where.append(PiiRead.subject_kind == query.subject_kind.value)
    if query.subject_id is not None:
        where.append(PiiRead.subject_id == query.subject_id)
    if query.user_id is not None:
        where.append(PiiRead.user_id == query.user_id)
    total, rows = paged(session, PiiRead, where, (PiiRead.at.desc(), PiiRead.id.desc()), query.limit, query.offset)
    return Page(items=[read_out(r) for r in rows], total=total, limit=query.limit, offset=query.offset)


def reads_about(session: Session, kind: SubjectKind, subject_id: int, since: datetime) -> list[PiiReadOut]:
    """Who saw this person's numbers: part of what they may ask to know (PIPL art. 45). The audit log outlives
    an erased person, and SQLite may give their id to the next one: only reads since `since` (this person's
    creation) are theirs."""
    rows = session.scalars(
        select(PiiRead)
        .where(PiiRead.subject_kind == kind.value, PiiRead.subject_id == subject_id, PiiRead.at >= since)
        .order_by(PiiRead.at, PiiRead.id)
    )
    return [read_out(r) for r in rows]


def read_out(row: PiiRead) -> PiiReadOut:
    return PiiReadOut(
        id=row.id,
        at=row.at,
        user_id=row.user_id,
        role=row.role,
        subject_kind=SubjectKind(row.subject_kind),
        subject_id=row.subject_id,
        fields=row.fields.split(","),
        purpose=row.purpose,
    )
