"""Jobseeker profile routes, and the jobs matched to a seeker."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.api.deps import MatcherDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import PathId
from app.schemas.jobseeker import JobseekerCreate, JobseekerOut, JobseekerUpdate, ProgrammeVerdict
from app.schemas.match import MatchPage, MatchQuery
from app.services import jobseekers as seeker_service
from app.services import matches as match_service

router = APIRouter(prefix="/v1/jobseekers", tags=["jobseekers"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=JobseekerOut)
def create_jobseeker(payload: JobseekerCreate, session: SessionDep, matcher: MatcherDep) -> JobseekerOut:
    """Fill one profile; matching jobs nearby follow from it."""
    return seeker_service.create_jobseeker(session, matcher, payload)


@router.get("/{seeker_id}", response_model=JobseekerOut)
def get_jobseeker(seeker_id: PathId, session: SessionDep) -> JobseekerOut:
    return seeker_service.get_jobseeker(session, seeker_id)


@router.patch("/{seeker_id}", response_model=JobseekerOut)
def update_jobseeker(seeker_id: PathId, payload: JobseekerUpdate, session: SessionDep,
                     matcher: MatcherDep) -> JobseekerOut:
    return seeker_service.update_jobseeker(session, matcher, seeker_id, payload)


@router.get("/{seeker_id}/programmes", response_model=list[ProgrammeVerdict])
def get_programmes(seeker_id: PathId, session: SessionDep) -> list[ProgrammeVerdict]:
    """Which job types the seeker may be matched with today, each explained
    ("不符合见习条件：毕业超过2年；年龄超过24岁"); matching and pushes apply the same rules."""
    return seeker_service.programmes(session, seeker_id)


@router.delete("/{seeker_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def delete_jobseeker(seeker_id: PathId, session: SessionDep) -> Response:
    """Erase the person: the row, its vector and its place in every index."""
    seeker_service.delete_jobseeker(session, seeker_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{seeker_id}/matches", response_model=MatchPage)
def list_matches(seeker_id: PathId, query: Annotated[MatchQuery, Query()], session: SessionDep,
                 matcher: MatcherDep) -> MatchPage:
    """Jobs within the radius, best first, each with its reasons and a one-line explanation."""
    return match_service.matches_for_seeker(session, matcher, seeker_id, query)
