"""Job posting routes, and the seekers matched to a posting."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import CallerDep, MatcherDep, PrincipalDep, SessionDep, VaultDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.job import JobCreate, JobFilter, JobOut, JobUpdate
from app.schemas.match import MatchQuery, SeekerMatchPage
from app.services.matching import matches as match_service
from app.services.postings import jobs as job_service

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], responses=ERROR_RESPONSES)


@router.post(
    "", summary="发布岗位", status_code=status.HTTP_201_CREATED, response_model=JobOut, responses=CONFLICT_RESPONSE
)
def create_job(payload: JobCreate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep) -> JobOut:
    """Publish once: the posting is embedded, indexed, and seen by every community in reach."""
    return job_service.create_job(session, matcher, principal, payload)


@router.get("", summary="岗位列表", response_model=Page[JobOut])
def list_jobs(
    query: Annotated[JobFilter, Query()], caller: CallerDep, session: SessionDep, matcher: MatcherDep
) -> Page[JobOut]:
    """Public, like every posting (一点发布、全市共享): no sign-in needed. A posting held by screening, or
    rejected on review, is listed only to its employer's members and to staff. `mine=true` keeps the postings the
    caller may edit and close (an operator's districts', an employer's own): the console's 岗位管理."""
    return job_service.list_jobs(session, matcher, caller, query)


@router.get("/{job_id}", summary="查看岗位", response_model=JobOut)
def get_job(job_id: PathId, caller: CallerDep, session: SessionDep) -> JobOut:
    """Public: no sign-in needed. A held or rejected posting is 404 to all but its employer and staff."""
    return job_service.get_job(session, caller, job_id)


@router.patch("/{job_id}", summary="修改岗位", response_model=JobOut)
def update_job(
    job_id: PathId, payload: JobUpdate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep
) -> JobOut:
    """Change fields; a changed text is re-embedded, a moved posting re-indexed."""
    return job_service.update_job(session, matcher, principal, job_id, payload)


@router.post("/{job_id}/close", summary="关闭岗位", response_model=JobOut)
def close_job(job_id: PathId, principal: PrincipalDep, session: SessionDep) -> JobOut:
    """Stop hiring: a closed posting never matches again."""
    return job_service.close_job(session, principal, job_id)


@router.get("/{job_id}/matches", summary="岗位匹配的求职者", response_model=SeekerMatchPage)
def list_job_matches(
    job_id: PathId,
    query: Annotated[MatchQuery, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
    vault: VaultDep,
) -> SeekerMatchPage:
    """Nearby seekers who fit, best first, with names and phones masked until a seeker applies to the job."""
    return match_service.seekers_for_job(session, matcher, vault, principal, job_id, query)
