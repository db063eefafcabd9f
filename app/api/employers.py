"""Employer routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import PrincipalDep, SessionDep, VaultDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.employer import EmployerCreate, EmployerFilter, EmployerOut, EmployerSummary
from app.services.postings import employers as employer_service

router = APIRouter(prefix="/v1/employers", tags=["employers"], responses=ERROR_RESPONSES)


@router.post(
    "",
    summary="登记用人单位",
    status_code=status.HTTP_201_CREATED,
    response_model=EmployerOut,
    responses=CONFLICT_RESPONSE,
)
def create_employer(
    payload: EmployerCreate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> EmployerOut:
    """Register an employer (operators and admins); a 统一社会信用代码, if given, must pass its GB 32100
    checksum."""
    return employer_service.create_employer(session, vault, principal, payload)


@router.get("", summary="查找用人单位", response_model=Page[EmployerSummary])
def list_employers(
    query: Annotated[EmployerFilter, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[EmployerSummary]:
    """Staff: employers by name or credit code, newest first, without their phones (the console's picker)."""
    return employer_service.list_employers(session, principal, query)


@router.get("/{employer_id}", summary="查看用人单位", response_model=EmployerOut)
def get_employer(employer_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> EmployerOut:
    """Public fields for anyone signed in; the contact phone in full for the employer's members and staff."""
    return employer_service.get_employer(session, vault, principal, employer_id)
