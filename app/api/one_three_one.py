"""1+3+1 for migrant workers: guidance, three matched jobs, a training referral; coverage per district."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import MatcherDep, PrincipalDep, SessionDep, VaultDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.one_three_one import (
    Coverage,
    CoverageQuery,
    GuidanceCreate,
    JobsSend,
    OneThreeOneOut,
    OneThreeOneQuery,
    OneThreeOneSummary,
    TrainingCreate,
)
from app.services.assistance import coverage as coverage_service
from app.services.assistance import one_three_one as record_service

router = APIRouter(prefix="/v1/one-three-one", tags=["migrants"], responses={**ERROR_RESPONSES, **CONFLICT_RESPONSE})


@router.get("", response_model=Page[OneThreeOneSummary], summary="1+3+1服务记录列表")
def list_records(
    query: Annotated[OneThreeOneQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[OneThreeOneSummary]:
    return record_service.list_records(session, principal, query)


@router.get("/coverage", response_model=Coverage, response_model_by_alias=True, summary="1+3+1覆盖情况")
def get_coverage(query: Annotated[CoverageQuery, Query()], principal: PrincipalDep, session: SessionDep) -> Coverage:
    """Per district: migrant workers registered by the period's end, with 1+3+1 complete, partial, none."""
    return coverage_service.coverage(session, principal, query)


@router.get("/{seeker_id}", response_model=OneThreeOneOut, summary="查看1+3+1服务记录")
def get_record(seeker_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> OneThreeOneOut:
    return record_service.get_record(session, vault, principal, seeker_id)


@router.post("/{seeker_id}/guidance", response_model=OneThreeOneOut, summary="记录1次职业指导")
def record_guidance(
    seeker_id: PathId, payload: GuidanceCreate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> OneThreeOneOut:
    return record_service.record_guidance(session, vault, principal, seeker_id, payload)


@router.post("/{seeker_id}/jobs", response_model=OneThreeOneOut, summary="发送3个适合的岗位")
def send_jobs(
    seeker_id: PathId,
    payload: JobsSend,
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
    vault: VaultDep,
) -> OneThreeOneOut:
    """The best matches not sent before, into the person's inbox; fewer nearby now, the rest on a later call."""
    return record_service.send_jobs(session, matcher, vault, principal, seeker_id, payload)


@router.post("/{seeker_id}/training", response_model=OneThreeOneOut, summary="记录1次培训推荐")
def record_training(
    seeker_id: PathId, payload: TrainingCreate, principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> OneThreeOneOut:
    return record_service.record_training(session, vault, principal, seeker_id, payload)
