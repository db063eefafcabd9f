"""Operators' review of postings held by screening for discriminatory requirements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import PrincipalDep, SessionDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.job import JobOut
from app.schemas.screening import ReviewQuery, ReviewRequest
from app.services.postings import reviews as review_service

router = APIRouter(prefix="/v1", tags=["reviews"], responses=ERROR_RESPONSES)


@router.get("/reviews/jobs", summary="待审核岗位列表", response_model=Page[JobOut])
def list_held_jobs(
    query: Annotated[ReviewQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[JobOut]:
    """Postings held for review (JOBCIRCLE_SCREENING_MODE=review), oldest first, with what screening found."""
    return review_service.list_held(session, principal, query)


@router.post("/jobs/{job_id}/review", summary="审核岗位", response_model=JobOut, responses=CONFLICT_RESPONSE)
def review_job(job_id: PathId, payload: ReviewRequest, principal: PrincipalDep, session: SessionDep) -> JobOut:
    """Approve (the posting opens and is matched) or reject (it is closed; `note` says why)."""
    return review_service.review_job(session, principal, job_id, payload)
