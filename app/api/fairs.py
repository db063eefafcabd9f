"""Job fair routes: fairs are first-class, with their employers and postings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import MatcherDep, PrincipalDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.fair import (
    FairCreate,
    FairEmployerLink,
    FairFilter,
    FairOut,
    FairUpdate,
)
from app.services.postings import fairs as fair_service

router = APIRouter(prefix="/v1/fairs", tags=["fairs"], responses=ERROR_RESPONSES)


@router.post("", summary="发布招聘会", status_code=status.HTTP_201_CREATED, response_model=FairOut)
def create_fair(payload: FairCreate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep) -> FairOut:
    """Announce a fair; while it runs, its postings rank a little higher (`JOBCIRCLE_WEIGHT_FAIR`)."""
    return fair_service.create_fair(session, matcher.gazetteer, principal, payload)


@router.get("", summary="招聘会列表", response_model=Page[FairOut])
def list_fairs(query: Annotated[FairFilter, Query()], session: SessionDep) -> Page[FairOut]:
    """Newest first; filter by `status` (upcoming, running, ended) or `kind`."""
    return fair_service.list_fairs(session, query)


@router.get("/{fair_id}", summary="查看招聘会", response_model=FairOut)
def get_fair(fair_id: PathId, session: SessionDep) -> FairOut:
    return fair_service.get_fair(session, fair_id)


@router.patch("/{fair_id}", summary="修改招聘会", response_model=FairOut)
def update_fair(
    fair_id: PathId, payload: FairUpdate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep
) -> FairOut:
    return fair_service.update_fair(session, matcher.gazetteer, principal, fair_id, payload)


@router.post("/{fair_id}/employers", summary="登记参会单位", response_model=FairOut)
def add_fair_employer(
    fair_id: PathId, payload: FairEmployerLink, principal: PrincipalDep, session: SessionDep
) -> FairOut:
    """Register an employer as taking part (参会单位); uploads with `fair_id` do this for every row."""
    return fair_service.add_employer(session, principal, fair_id, payload.employer_id)
