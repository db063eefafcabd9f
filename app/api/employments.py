"""Employment registration (就业登记): outcomes community operators record and claim."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import EmploymentRulesDep, PrincipalDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.employment import EmploymentCreate, EmploymentOut, EmploymentQuery
from app.services.funnel import employments as employment_service

router = APIRouter(prefix="/v1/employments", tags=["employments"], responses=ERROR_RESPONSES)


@router.post("", summary="登记就业", status_code=status.HTTP_201_CREATED, response_model=EmploymentOut)
def register_employment(
    payload: EmploymentCreate, principal: PrincipalDep, session: SessionDep, rules: EmploymentRulesDep
) -> EmploymentOut:
    """Stable needs a ≥ 6-month contract with social insurance; flexible ≥ 3 months at ≥ the minimum
    wage. `claimable` says whether it counts: stable once per person a year, flexible three times."""
    return employment_service.register_employment(session, rules, principal, payload)


@router.get("", summary="就业登记列表", response_model=Page[EmploymentOut])
def list_employments(
    query: Annotated[EmploymentQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[EmploymentOut]:
    return employment_service.list_employments(session, principal, query)


@router.get("/{employment_id}", summary="查看就业登记", response_model=EmploymentOut)
def get_employment(employment_id: PathId, principal: PrincipalDep, session: SessionDep) -> EmploymentOut:
    return employment_service.get_employment(session, principal, employment_id)
