"""Anonymous search for kiosks (自助求职机) and map pages."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import MatcherDep, RuntimeDep, SessionDep, in_worker_finishing
from app.api.errors import ERROR_RESPONSES
from app.schemas.match import MatchPage, SearchRequest
from app.services.matching import matches as match_service

router = APIRouter(prefix="/v1/matches", tags=["matches"], responses=ERROR_RESPONSES)


@router.post("/search", summary="按意向搜索附近岗位", response_model=MatchPage)
async def search(body: SearchRequest, session: SessionDep, matcher: MatcherDep, runtime: RuntimeDep) -> Response:
    """Jobs near a point for a free-text wish; nothing about the asker is stored."""
    # The service's JSON is sent as it is: FastAPI would validate the page against MatchPage again first
    return Response(
        await in_worker_finishing(runtime, session, match_service.search_jobs_json, session, matcher, body),
        media_type="application/json",
    )
