"""零工驿站 and what lies around them: the open 零工 within a station's reach (its kiosk), and for staff the seekers
there who take 零工, masked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.models import Job, Jobseeker, Station
from app.models.base import utcnow
from app.schemas.availability import FreeTimesIn
from app.schemas.common import Page
from app.schemas.community import StationJob, StationListQuery, StationSeeker
from app.schemas.match import MaskedSeeker
from app.schemas.validators import mask_name, mask_phone
from app.services.engine.eligibility import local_today
from app.services.identity.access import require_area, require_staff
from app.services.identity.principal import Principal
from app.services.places.communities import load_station
from app.services.postings.jobs import job_summary
from app.services.postings.livestreams import livestreams
from app.services.privacy.pii import seeker_phone
from app.services.privacy.vault import Vault
from app.vocabulary import JobType
from matching.geo import GeoPoint, bounding_box, haversine_km
from matching.shifts import soon_words, soonest


def station_jobs(session: Session, station_id: int, query: StationListQuery) -> Page[StationJob]:
    """Open 零工 within the station's reach, nearest first (with soon_first: those on today or tomorrow first)."""
    station = load_station(session, station_id)
    now, today = utcnow(), local_today()
    rows = session.scalars(
        select(Job).where(
            Job.job_type == JobType.GIG.value,
            Job.status == "open",
            Job.duplicate_of_id.is_(None),
            or_(Job.valid_until.is_(None), Job.valid_until > now),
            *_around(Job.lat, Job.lon, station),
        )
    ).all()
    near = _within(station, rows)
    soon = {j.id: soonest(j.shifts or [], None, today) for _, j in near}
    if query.soon_first:
        near.sort(key=lambda n: (soon[n[1].id] is None, n[0], n[1].id))
    shown = near[query.offset : query.offset + query.limit]
    lives = livestreams(session, {j.fair_id for _, j in shown if j.fair_id}, now)
    items = [
        StationJob(
            job=job_summary(job),
            distance_km=round(distance_km, 3),
            soon=soon_words(day, today) if (day := soon[job.id]) is not None else None,
            livestream=lives.get(job.fair_id) if job.fair_id is not None else None,
        )
        for distance_km, job in shown
    ]
    return Page(items=items, total=len(near), limit=query.limit, offset=query.offset)


def station_seekers(
    session: Session, vault: Vault, principal: Principal, station_id: int, query: StationListQuery
) -> Page[StationSeeker]:
    """Seekers within the station's reach who take 零工 (or any job), nearest first, for the staff of its area:
    names and phones masked, as an employer sees candidates."""
    require_staff(principal, "see the seekers around a station")
    station = load_station(session, station_id)
    require_area(principal, station.community_code, f"station {station_id}")
    rows = session.scalars(select(Jobseeker).where(*_around(Jobseeker.lat, Jobseeker.lon, station))).all()
    takes_gigs = [s for s in rows if not s.job_types or JobType.GIG.value in s.job_types]
    near = _within(station, takes_gigs)
    items = [
        StationSeeker(
            jobseeker=MaskedSeeker(
                id=s.id,
                name=mask_name(s.name),
                phone=mask_phone(seeker_phone(vault, s)),
                desired_job=s.desired_job,
                skills=s.skills,
                education=s.education,
            ),
            distance_km=round(distance_km, 3),
            free_times=None if s.free_times is None else FreeTimesIn.model_validate(s.free_times),
        )
        for distance_km, s in near[query.offset : query.offset + query.limit]
    ]
    return Page(items=items, total=len(near), limit=query.limit, offset=query.offset)


def _around(lat: Any, lon: Any, station: Station) -> list[ColumnElement[bool]]:
    lat_min, lat_max, lon_min, lon_max = bounding_box(GeoPoint(station.lat, station.lon), station.reach_km)
    return [lat.between(lat_min, lat_max), lon.between(lon_min, lon_max)]


Row = TypeVar("Row", Job, Jobseeker)


def _within(station: Station, rows: Sequence[Row]) -> list[tuple[float, Row]]:
    centre = GeoPoint(station.lat, station.lon)
    near = [(haversine_km(centre, GeoPoint(r.lat, r.lon)), r) for r in rows]
    return sorted(((d, r) for d, r in near if d <= station.reach_km), key=lambda n: (n[0], n[1].id))
