"""The audit log of personal data shown in the clear (admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import PrincipalDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.audit import AuditQuery, PiiReadOut
from app.schemas.common import Page
from app.services.identity import audit as audit_service

router = APIRouter(prefix="/v1/audit", tags=["audit"], responses=ERROR_RESPONSES)


@router.get("", summary="个人信息明文读取记录", response_model=Page[PiiReadOut])
def list_pii_reads(
    query: Annotated[AuditQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[PiiReadOut]:
    """Every read of phone or ID numbers in the clear by staff or employers, newest first; no values, only
    who, when, whose, which fields and for what."""
    return audit_service.list_reads(session, principal, query)
