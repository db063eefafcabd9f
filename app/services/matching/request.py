"""One match request, whoever asked, and the index search it makes."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from app.schemas.common import ExpectedSalary
from app.services.engine.matcher import Matcher
from app.services.engine.occupations import filter_range
from app.services.matching.gigs import GigAsk
from matching.facts import Limits
from matching.geo import GeoPoint
from matching.index import Candidates, GeoIndex
from matching.occupations import Coded
from matching.programmes import Applicant


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    """One match request, whoever asked: where, how far, what for, and which kinds."""

    point: GeoPoint
    radius_km: float
    vector: np.ndarray
    text: str
    terms: list[str]  # what the asker said, for keyword relevance (synonyms expanded)
    codes: list[Coded]  # the asker's occupation codes
    kind_mask: int
    expected: ExpectedSalary | None
    limit: int
    offset: int
    groups: tuple[int, int] | None = None  # occupation filter
    only_ids: np.ndarray | None = None  # e.g. one fair's postings
    exclude_flags: int = 0  # e.g. postings placed only approximately
    exclude_ids: np.ndarray | None = None  # e.g. jobs the seeker dismissed
    applicant: Applicant | None = None  # the asking seeker's, to explain programme eligibility
    limits: Limits = field(default_factory=Limits)  # what the asker's own words rule out and wish for
    ring_km: float | None = None  # a seeker's own page: how far the wider ring reaches when the circle is thin
    served: Mapping[str, str] = field(default_factory=dict)  # civilian code -> the veteran's specialty it came from
    prefer_mask: int = 0  # kinds shown before the others (零工优先); 0: by score alone
    gigs: GigAsk | None = None  # 零工: the asker's free times (a hard limit on shifts) and soon-first


def search(index: GeoIndex, request: Request, *, ordered: bool = True) -> Candidates:
    return index.search(
        request.point,
        request.radius_km,
        request.vector,
        kind_mask=request.kind_mask,
        now=time.time(),
        groups=request.groups,
        exclude_flags=request.exclude_flags,
        only_ids=request.only_ids,
        exclude_ids=request.exclude_ids,
        ordered=ordered,
    )


def occupation_groups(matcher: Matcher, occupation: str | None) -> tuple[int, int] | None:
    return None if occupation is None else filter_range(matcher.coder.catalog, occupation)
