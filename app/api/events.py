"""Feedback events and the funnel statistics they add up to."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import PrincipalDep, SessionDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.event import EventCreate, EventOut, Funnel, FunnelQuery
from app.services.funnel import events as event_service

router = APIRouter(tags=["events"], responses=ERROR_RESPONSES)


@router.post("/v1/events", summary="记录求职行为", status_code=status.HTTP_201_CREATED, response_model=EventOut)
def create_event(payload: EventCreate, principal: PrincipalDep, session: SessionDep) -> EventOut:
    """Record what a seeker did with a job; name the match page's or push's `request_id`.
    `dismiss` keeps the job out of their matches and pushes; `apply` and later steps out of pushes."""
    return event_service.record_event(session, principal, payload)


@router.get("/v1/stats/funnel", summary="求职漏斗统计", response_model=Funnel, response_model_by_alias=True)
def get_funnel(query: Annotated[FunnelQuery, Query()], principal: PrincipalDep, session: SessionDep) -> Funnel:
    """Exact counts per step (impression → … → 达成意向 → hired), by county, period and priority group."""
    return event_service.funnel(session, principal, query)
