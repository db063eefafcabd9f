"""Occupation codes: suggestions for a text, filters on stored codes, facets over candidates."""

from __future__ import annotations

from collections import Counter

import numpy as np
from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import InstrumentedAttribute

from app.models import Job, Jobseeker
from app.schemas.occupation import OccupationFacet, OccupationOut, OccupationSuggestion, SuggestPage
from app.services.errors import InvalidField
from app.services.runtime import Matcher
from app.services.texts import stored_codes
from matching.coding import OccupationCoder
from matching.index import Candidates
from matching.occupations import Catalog, code_number

MAX_FACETS = 20


def suggest(matcher: Matcher, text: str, limit: int) -> SuggestPage:
    coder = matcher.coder
    items = []
    for coded in coder.code(text, k=limit):
        occupation = coder.catalog.by_code[coded.code]
        items.append(OccupationSuggestion(code=coded.code, name=coded.name, confidence=coded.confidence,
                                          level=occupation.level, path=coder.catalog.group_names(occupation)))
    return SuggestPage(text=text, expanded=coder.expand(text), items=items)


def occupations_out(row: Job | Jobseeker) -> list[OccupationOut]:
    return [OccupationOut(code=c.code, name=c.name, confidence=c.confidence) for c in stored_codes(row)]


def filter_range(coder: OccupationCoder, code_or_prefix: str, field: str = "occupation") -> tuple[int, int]:
    """The index's group range for a filter; a group's own code (6-00-00-00) selects the group."""
    if code_or_prefix.count("-") == 3 and code_or_prefix not in coder.catalog.by_code:
        raise InvalidField(field, f"{code_or_prefix} is not a code of the 2022 occupation classification")
    return coder.catalog.filter_range(code_or_prefix)


def code_under(column: InstrumentedAttribute[str | None], code_or_prefix: str) -> ColumnElement[bool]:
    """Stored best codes at or under a code or prefix (whole segments: 6-1 never matches 6-18)."""
    return or_(column == code_or_prefix, column.like(f"{code_or_prefix}-%", escape="\\"))


def facets(catalog: Catalog, candidates: Candidates) -> list[OccupationFacet]:
    if candidates.groups is None or not len(candidates):
        return []
    numbers = {code_number(o.code): o for o in catalog.codable}
    counts = Counter(int(g) for g in candidates.groups[np.asarray(candidates.groups) > 0])
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:MAX_FACETS]
    return [OccupationFacet(code=numbers[n].code, name=numbers[n].name, count=c) for n, c in top if n in numbers]


