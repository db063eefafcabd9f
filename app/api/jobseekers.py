"""Jobseeker profile routes, the person's data export, and the jobs matched to a seeker."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.api.deps import MatcherDep, PrincipalDep, SessionDep, SubsidyRulesDep, VaultDep, in_worker
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import PathId
from app.schemas.jobseeker import (
    JobseekerCreate,
    JobseekerOut,
    JobseekerUpdate,
    ProgrammeVerdict,
)
from app.schemas.match import MatchPage, MatchQuery
from app.schemas.personal_data import PersonalData
from app.services.matching import matches as match_service
from app.services.rights import personal_data as personal_data_service
from app.services.seekers import jobseekers as seeker_service

router = APIRouter(prefix="/v1/jobseekers", tags=["jobseekers"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=JobseekerOut, responses=CONFLICT_RESPONSE)
def create_jobseeker(
    payload: JobseekerCreate, principal: PrincipalDep, session: SessionDep, matcher: MatcherDep, vault: VaultDep
) -> JobseekerOut:
    """Fill one profile (a jobseeker: their own, once; staff: a person of their districts); matching jobs
    nearby follow from it. Disability, poverty status and a precise home each need their own consent."""
    return seeker_service.create_jobseeker(session, matcher, vault, principal, payload)


@router.get("/{seeker_id}", response_model=JobseekerOut)
def get_jobseeker(seeker_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep) -> JobseekerOut:
    """The person, staff of their district, or an admin; staff reads of the numbers are audited."""
    return seeker_service.get_jobseeker(session, vault, principal, seeker_id)


@router.patch("/{seeker_id}", response_model=JobseekerOut, responses=CONFLICT_RESPONSE)
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


@router.get("/{seeker_id}/programmes", response_model=list[ProgrammeVerdict])
def get_programmes(seeker_id: PathId, principal: PrincipalDep, session: SessionDep) -> list[ProgrammeVerdict]:
    """Which job types the seeker may be matched with today, each explained
    ("不符合见习条件：毕业超过2年；年龄超过24岁"); matching and pushes apply the same rules."""
    return seeker_service.programmes(session, principal, seeker_id)


@router.get("/{seeker_id}/export", response_model=PersonalData)
def export_jobseeker(
    seeker_id: PathId, principal: PrincipalDep, session: SessionDep, vault: VaultDep, rules: SubsidyRulesDep
) -> PersonalData:
    """Everything held about the person, as JSON: profile, accounts, pushes, events, employments, 见习
    placements, and who read their numbers."""
    return personal_data_service.export_seeker(session, vault, rules, principal, seeker_id)


@router.delete("/{seeker_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def delete_jobseeker(seeker_id: PathId, principal: PrincipalDep, session: SessionDep) -> Response:
    """Erase the person: the row, its vector, its place in every index, and what refers to them."""
    seeker_service.delete_jobseeker(session, principal, seeker_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{seeker_id}/matches", response_model=MatchPage)
async def list_matches(
    seeker_id: PathId,
    query: Annotated[MatchQuery, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    matcher: MatcherDep,
) -> MatchPage:
    """Jobs within the radius, best first, each with its reasons and a one-line explanation."""
    return await in_worker(match_service.matches_for_seeker, session, matcher, principal, seeker_id, query)
