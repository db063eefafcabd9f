"""Occupation suggestions (职业分类大典 2022) for forms: type a job, pick its code."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import MatcherDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.occupation import SuggestPage
from app.services.engine import occupations as occupation_service

router = APIRouter(prefix="/v1/occupations", tags=["occupations"], responses=ERROR_RESPONSES)


@router.get("/suggest", summary="推荐职业分类代码", response_model=SuggestPage)
def suggest(
    matcher: MatcherDep,
    text: Annotated[
        str,
        Query(
            min_length=1, max_length=200, description="a job title or wish as people write it", examples=["干过流水线"]
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=10)] = 3,
) -> SuggestPage:
    """The most likely occupation codes for a text, with names, confidence and the group path."""
    return occupation_service.suggest(matcher, text, limit)
