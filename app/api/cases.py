"""Cases (一人一策援助计划): open, plan, follow up and close; the overdue list and 零就业家庭动态清零."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import MatcherDep, PrincipalDep, RuntimeDep, SessionDep, VaultDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.case import (
    CaseClose,
    CaseCreate,
    CaseOut,
    CaseQuery,
    CaseSummary,
    CaseUpdate,
    ClearancePage,
    ClearanceQuery,
    ContactCreate,
    OverdueCase,
    OverdueQuery,
    StepCreate,
    StepUpdate,
)
from app.schemas.common import Page, PathId
from app.services.assistance import cases as case_service
from app.services.assistance import clearance as clearance_service
from app.services.assistance import overdue as overdue_service
from app.services.assistance import plans as plan_service

router = APIRouter(prefix="/v1/cases", tags=["cases"], responses={**ERROR_RESPONSES, **CONFLICT_RESPONSE})


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CaseOut, summary="建立一人一策援助档案")
def open_case(payload: CaseCreate, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> CaseOut:
    """For a hard-to-employ person or a member of a zero-employment household, by staff of their district;
    one open case per person (409 names it)."""
    return case_service.open_case(session, vault, principal, payload)


@router.get("", response_model=Page[CaseSummary], summary="援助档案列表")
def list_cases(query: Annotated[CaseQuery, Query()], principal: PrincipalDep, session: SessionDep) -> Page[CaseSummary]:
    """Staff: cases of their districts; a jobseeker: their own. Newest first; no notes (read a case for them)."""
    return case_service.list_cases(session, principal, query)


@router.get("/overdue", response_model=Page[OverdueCase], summary="逾期未办清单")
def list_overdue(
    query: Annotated[OverdueQuery, Query()], principal: PrincipalDep, session: SessionDep, runtime: RuntimeDep
) -> Page[OverdueCase]:
    """Open cases with a planned step past its date, or no contact for JOBCIRCLE_CASE_CONTACT_INTERVAL_DAYS."""
    days = runtime.settings.case_contact_interval_days
    return overdue_service.overdue_cases(session, principal, query, days)


@router.get("/clearance", response_model=ClearancePage, summary="零就业家庭动态清零")
def get_clearance(
    query: Annotated[ClearanceQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> ClearancePage:
    """Per community: zero-employment households, how many an open case reaches, how many were cleared."""
    return clearance_service.clearance(session, principal, query)


@router.get("/{case_id}", response_model=CaseOut, summary="查看援助档案")
def get_case(case_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> CaseOut:
    """Staff of the person's district (the read is audited), admins, and the person themselves."""
    return case_service.get_case(session, vault, principal, case_id)


@router.patch("/{case_id}", response_model=CaseOut, summary="修改需求或责任人")
def update_case(
    case_id: PathId, payload: CaseUpdate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> CaseOut:
    """Needs replace the list; a new owner must be staff of the person's district."""
    return case_service.update_case(session, vault, principal, case_id, payload)


@router.post("/{case_id}/steps", status_code=status.HTTP_201_CREATED, response_model=CaseOut, summary="计划援助步骤")
def plan_step(
    case_id: PathId,
    payload: StepCreate,
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
    vault: VaultDep,
) -> CaseOut:
    """A job_referral step sends the best matches not sent before to the person's inbox and records them;
    public_welfare_post only for those the 公益性岗位 rule admits."""
    return plan_service.plan_step(session, matcher, vault, principal, case_id, payload)


@router.patch("/{case_id}/steps/{step_id}", response_model=CaseOut, summary="更新步骤状态")
def update_step(
    case_id: PathId, step_id: PathId, payload: StepUpdate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> CaseOut:
    return plan_service.update_step(session, vault, principal, case_id, step_id, payload)


@router.post("/{case_id}/contacts", status_code=status.HTTP_201_CREATED, response_model=CaseOut, summary="登记联系")
def add_contact(
    case_id: PathId, payload: ContactCreate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> CaseOut:
    return plan_service.add_contact(session, vault, principal, case_id, payload)


@router.post("/{case_id}/close", response_model=CaseOut, summary="结案")
def close_case(
    case_id: PathId, payload: CaseClose, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> CaseOut:
    """As employed: with the person's employment registered (named, or their latest since opening);
    otherwise with a reason."""
    return case_service.close_case(session, vault, principal, case_id, payload)
