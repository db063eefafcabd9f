"""Jobseeker profile routes, the person's data export, and the jobs matched to a seeker."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.api.deps import (
    MatcherDep,
    PrincipalDep,
    RuntimeDep,
    SessionDep,
    SubsidyRulesDep,
    VaultDep,
    in_worker_finishing,
)
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.jobseeker import (
    JobseekerCreate,
    JobseekerFilter,
    JobseekerOut,
    JobseekerUpdate,
    ProgrammeVerdict,
)
from app.schemas.match import MatchPage, MatchQuery
from app.schemas.personal_data import PersonalData
from app.services.matching import matches as match_service
from app.services.rights import personal_data as personal_data_service
from app.services.seekers import jobseekers as seeker_service
from app.services.seekers import listing as seeker_list_service

router = APIRouter(prefix="/v1/jobseekers", tags=["jobseekers"], responses=ERROR_RESPONSES)


@router.post(
    "",
    summary="登记求职者",
    status_code=status.HTTP_201_CREATED,
    response_model=JobseekerOut,
    responses=CONFLICT_RESPONSE,
)
def create_jobseeker(
    payload: JobseekerCreate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep, vault: VaultDep
) -> JobseekerOut:
    """Fill one profile (a jobseeker: their own, once; staff: a person of their districts); matching jobs
    nearby follow from it. Disability, poverty status and a precise home each need their own consent."""
    return seeker_service.create_jobseeker(session, matcher, vault, principal, payload)


@router.get("", summary="本辖区求职者列表", response_model=Page[JobseekerOut])
def list_jobseekers(
    query: Annotated[JobseekerFilter, Query()], principal: PrincipalDep, session: SessionDep, vault: VaultDep
) -> Page[JobseekerOut]:
    """Staff: the seekers of their districts, newest first, filtered by district, community, status or a text
    in the name or desired job. Each row is shown and audited as a single read (GET /v1/jobseekers/{id}) is."""
    return seeker_list_service.list_jobseekers(session, vault, principal, query)


@router.get("/{seeker_id}", summary="查看求职者", response_model=JobseekerOut)
def get_jobseeker(seeker_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> JobseekerOut:
    """The person, staff of their district, or an admin; staff reads of the numbers are audited."""
    return seeker_service.get_jobseeker(session, vault, principal, seeker_id)


@router.patch("/{seeker_id}", summary="修改求职者信息", response_model=JobseekerOut, responses=CONFLICT_RESPONSE)
def update_jobseeker(
    seeker_id: PathId,
    payload: JobseekerUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
    vault: VaultDep,
) -> JobseekerOut:
    """Change fields; a consent withdrawn removes what it allowed (the group, the precise point)."""
    return seeker_service.update_jobseeker(session, matcher, vault, principal, seeker_id, payload)


@router.get("/{seeker_id}/programmes", summary="求职者可匹配的岗位类别", response_model=list[ProgrammeVerdict])
def get_programmes(seeker_id: PathId, principal: PrincipalDep, session: SessionDep) -> list[ProgrammeVerdict]:
    """Which job types the seeker may be matched with today, each explained
    ("不符合见习条件：毕业超过2年；年龄超过24岁"); matching and pushes apply the same rules."""
    return seeker_service.programmes(session, principal, seeker_id)


@router.get("/{seeker_id}/export", summary="导出个人全部数据", response_model=PersonalData)
def export_jobseeker(
    seeker_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep, rules: SubsidyRulesDep
) -> PersonalData:
    """Everything held about the person, as JSON: profile, accounts, pushes, events, employments, 见习
    placements, and who read their numbers."""
    return personal_data_service.export_seeker(session, vault, rules, principal, seeker_id)


@router.delete(
    "/{seeker_id}", summary="删除求职者及其全部数据", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
def delete_jobseeker(seeker_id: PathId, principal: PrincipalDep, session: SessionDep) -> Response:
    """Erase the person: the row, its vector, its place in every index, and what refers to them."""
    seeker_service.delete_jobseeker(session, principal, seeker_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{seeker_id}/matches", summary="为求职者匹配附近岗位", response_model=MatchPage)
async def list_matches(
    seeker_id: PathId,
    query: Annotated[MatchQuery, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
    runtime: RuntimeDep,
) -> Response:
    """Jobs within the radius, best first, each with its reasons and a one-line explanation."""
    # The service's JSON is sent as it is: FastAPI would validate the page against MatchPage again first
    body = await in_worker_finishing(
        runtime, session, match_service.matches_for_seeker_json, session, matcher, principal, seeker_id, query
    )
    return Response(body, media_type="application/json")
