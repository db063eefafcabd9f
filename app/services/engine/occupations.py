"""Occupation codes: suggestions for a text, filters on stored codes, facets over candidates."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import InstrumentedAttribute

from app.models import Job, Jobseeker
from app.schemas.occupation import (
    OccupationFacet,
    OccupationOut,
    OccupationSuggestion,
    SuggestPage,
)
from app.services.engine.matcher import Matcher
from app.services.engine.texts import stored_codes
from app.services.errors import InvalidField
from matching.index import Candidates
from matching.occupations import Catalog, Coded, Occupation, code_number, prefix_range

MAX_FACETS = 20


def suggest(matcher: Matcher, text: str, limit: int) -> SuggestPage:
    coder = matcher.coder
    items = []
    for coded in coder.code(text, k=limit):
        occupation = coder.catalog.by_code[coded.code]
        items.append(
            OccupationSuggestion(
                code=coded.code,
                name=coded.name,
                confidence=coded.confidence,
                level=occupation.level,
                path=coder.catalog.group_names(occupation),
            )
        )
    return SuggestPage(text=text, expanded=coder.expand(text), items=items)


def occupations_out(row: Job | Jobseeker) -> list[OccupationOut]:
    return codes_out(stored_codes(row))


def codes_out(codes: Sequence[Coded]) -> list[OccupationOut]:
    return [OccupationOut(code=c.code, name=c.name, confidence=c.confidence) for c in codes]


def filter_prefix(catalog: Catalog, code_or_prefix: str) -> str:
    """The whole-segment prefix an `occupation` filter selects, the same for the index and the database."""
    try:
        return catalog.filter_prefix(code_or_prefix)
    except ValueError as error:
        raise InvalidField("occupation", str(error)) from None


def filter_range(catalog: Catalog, code_or_prefix: str) -> tuple[int, int]:
    """The index's group-number range for an `occupation` filter."""
    return prefix_range(filter_prefix(catalog, code_or_prefix))


def code_under(column: InstrumentedAttribute[str | None], catalog: Catalog, code_or_prefix: str) -> ColumnElement[bool]:
    """Stored best codes under a filter (whole segments: 6-1 never matches 6-18)."""
    prefix = filter_prefix(catalog, code_or_prefix)
    return or_(column == prefix, column.like(f"{prefix}-%"))


def facets(catalog: Catalog, candidates: Candidates) -> list[OccupationFacet]:
    if candidates.groups is None or not len(candidates):
        return []
    numbers = _by_number(catalog)
    groups = np.asarray(candidates.groups)
    values, counts = np.unique(groups[groups > 0], return_counts=True)
    top = np.lexsort((values, -counts))[:MAX_FACETS]  # most candidates first, then by code
    return [
        OccupationFacet(code=numbers[n].code, name=numbers[n].name, count=c)
        for n, c in zip(values[top].tolist(), counts[top].tolist())
        if n in numbers
    ]


@cache
def _by_number(catalog: Catalog) -> dict[int, Occupation]:
    """Codable occupations by code number: built once per catalog, not once a request."""
    return {code_number(o.code): o for o in catalog.codable}
