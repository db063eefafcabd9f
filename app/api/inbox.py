"""In-app inboxes: the pushes a seeker received, and the digests an employer received."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import PrincipalDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.push import InboxMessage, InboxQuery
from app.services.pushes import inbox as inbox_service

router = APIRouter(tags=["pushes"], responses=ERROR_RESPONSES)


@router.get("/v1/jobseekers/{seeker_id}/inbox", summary="求职者收到的岗位推送", response_model=Page[InboxMessage])
def seeker_inbox(
    seeker_id: PathId, query: Annotated[InboxQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[InboxMessage]:
    """Every job push to this seeker, newest first, whatever channel carried it."""
    return inbox_service.seeker_inbox(session, principal, seeker_id, query.limit, query.offset)


@router.get("/v1/employers/{employer_id}/inbox", summary="用人单位收到的求职者摘要", response_model=Page[InboxMessage])
def employer_inbox(
    employer_id: PathId, query: Annotated[InboxQuery, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[InboxMessage]:
    """Digests of new nearby seekers for this employer's open jobs; the seekers are masked."""
    return inbox_service.employer_inbox(session, principal, employer_id, query.limit, query.offset)
