"""零工 by the hour on a match page: postings whose shifts the seeker cannot work are left out, those with a shift
today or tomorrow can come first, and each says why (`matching.shifts`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import Job
from app.vocabulary import JobType, job_mask
from matching.geo import GeoPoint, bounding_box, haversine_km
from matching.shifts import FreeTimes, fit, soon_words, soonest

SOON_SORT = "今明两天有班的零工排在前面（其中按匹配度）"
FREE_HONOURED = "零工班次须在您的空闲时间内"

# Open 零工 in a box around the asker: their shifts are judged here, the unfit then kept out of the index search.
GIG_ROWS = select(Job.id, Job.lat, Job.lon, Job.shifts).where(
    Job.job_type == JobType.GIG.value,
    Job.status == "open",
    Job.lat.between(bindparam("lat_min"), bindparam("lat_max")),
    Job.lon.between(bindparam("lon_min"), bindparam("lon_max")),
)


@dataclass(frozen=True, slots=True)
class GigAsk:
    """What the asker said about 零工: when they are free (None: not said) and whether soon ones come first."""

    free: FreeTimes | None
    soon_first: bool
    today: date


@dataclass(frozen=True, slots=True)
class GigVerdicts:
    unfit: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # ids the asker cannot work
    unfit_inside: int = 0  # of them, within the radius: what the page counts as excluded
    soon: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # ids with a shift today or tomorrow


def asks_gigs(ask: GigAsk | None, kind_mask: int) -> bool:
    return ask is not None and bool(kind_mask & job_mask(JobType.GIG)) and (ask.free is not None or ask.soon_first)


def judge_gigs(session: Session, ask: GigAsk, point: GeoPoint, radius_km: float, inner_km: float) -> GigVerdicts:
    """Every open 零工 within `radius_km` judged against the asker's free times; `inner_km`: the page's own circle."""
    lat_min, lat_max, lon_min, lon_max = bounding_box(point, radius_km)
    rows = session.execute(
        GIG_ROWS, {"lat_min": lat_min, "lat_max": lat_max, "lon_min": lon_min, "lon_max": lon_max}
    ).all()
    unfit: list[int] = []
    soon: list[int] = []
    inside = 0
    for job_id, lat, lon, shifts in rows:
        if not shifts:
            continue
        if not fit(shifts, ask.free, ask.today).holds:
            unfit.append(job_id)
            inside += haversine_km(point, GeoPoint(lat, lon)) <= inner_km
        elif goes_first(shifts, ask):
            soon.append(job_id)
    return GigVerdicts(np.array(unfit, np.int64), inside, np.array(soon, np.int64))


def goes_first(shifts: Sequence[str], ask: GigAsk) -> bool:
    """A 零工 in the first tier (`matching.tiers.SOON`) for this asker: they asked for soon ones, and it has a shift
    today or tomorrow that they can work. The match page and the nightly push both ask this."""
    return ask.soon_first and soonest(shifts, ask.free, ask.today) is not None


def gig_words(shifts: Sequence[str], job_type: str, ask: GigAsk | None) -> list[str]:
    """「周六 08:00–12:00 与您的空闲时间相符」, 「今天有班」, or 「未填写空闲时间，未按班次筛选」, for a 零工 with shifts."""
    if ask is None or job_type != JobType.GIG.value or not shifts:
        return []
    words = [fit(shifts, ask.free, ask.today).why]
    day = soonest(shifts, ask.free, ask.today) if ask.soon_first else None
    if day is not None:
        words.append(soon_words(day, ask.today))
    return [w for w in words if w]
