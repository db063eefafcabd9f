"""Where the open jobs counted in the overview are, aggregated for the dashboard map: counts, no postings."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Community
from app.schemas.stats import JobPoint, JobPoints, Standard, StatsQuery
from app.services.identity.access import scoped
from app.services.identity.principal import Principal
from app.services.stats.communities import jobs_nearby
from app.services.stats.scope import scope_of

GRID_DEG = 0.005  # about 500 m: where jobs cluster, not which employer posted them


def job_points(session: Session, standard: Standard, principal: Principal, query: StatsQuery) -> JobPoints:
    """The open jobs within the circle of a community in scope (the overview's open_jobs), on a grid."""
    scope = scope_of(scoped(principal, query))
    communities = session.scalars(select(Community).where(scope.in_district(Community.code))).all()
    _, reached = jobs_nearby(session, communities, standard.jobs_within_km)
    cells: Counter[tuple[float, float]] = Counter()
    for lat, lon in reached.values():
        cells[(_snap(lat), _snap(lon))] += 1
    items = [JobPoint(lat=lat, lon=lon, jobs=n) for (lat, lon), n in sorted(cells.items())]
    return JobPoints(items=items, radius_km=standard.jobs_within_km)


def _snap(degrees: float) -> float:
    return round(round(degrees / GRID_DEG) * GRID_DEG, 4)
