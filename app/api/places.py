"""Place suggestions for a place typed at a kiosk; anonymous, limited per address like every route."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import MatcherDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.place import PlaceSuggestPage
from app.services.places.suggestions import suggest_places

router = APIRouter(prefix="/v1/places", tags=["places"], responses=ERROR_RESPONSES)


@router.get("/suggest", summary="地名联想（社区、街道、地标）", response_model=PlaceSuggestPage)
def suggest(
    matcher: MatcherDep,
    q: Annotated[
        str,
        Query(min_length=1, max_length=50, description="part of a community, street or county name", examples=["明光"]),
    ],
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
) -> PlaceSuggestPage:
    """Communities, 街道, 乡镇, 区县 and cities of Anhui whose names hold the text, each with what to search by."""
    return suggest_places(matcher.gazetteer, q, limit)
