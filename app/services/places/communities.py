"""The community registry (seeded from the shipped gazetteer) and its employment stations."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Community, Station
from app.schemas.common import Page
from app.schemas.community import (
    CommunityOut,
    CommunityQuery,
    StationCreate,
    StationOut,
    StationQuery,
)
from app.services.errors import InvalidField, NotFound
from app.services.identity.access import require_area, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.places.coordinates import location_out, to_stored_point
from app.services.storage import insert_ignoring_duplicates
from matching.gazetteer import Gazetteer, Precision
from matching.geo import GeoPoint

COMMUNITY_REACH_KM = 3.0  # a seeker or station further than this from every centre belongs to none


def seed_communities(session: Session) -> int:
    """Add the gazetteer's communities the table lacks; returns how many were added. Idempotent under concurrent
    first starts (several `serve --workers` processes at once): a code another process inserted meanwhile is
    skipped by the database (ON CONFLICT DO NOTHING), never a UNIQUE error."""
    known = set(session.scalars(select(Community.code)))
    gazetteer = Gazetteer.load()
    rows = [
        {
            "code": p.code,
            "name": p.name,
            "county_code": p.code[:6],
            "county": p.county,
            "town": p.town,
            "city": p.city,
            "lat": p.point.lat,
            "lon": p.point.lon,
        }
        for p in gazetteer.places()
        if p.precision is Precision.COMMUNITY and p.code not in known
    ]
    return insert_ignoring_duplicates(session, Community, rows)


def community_for(session: Session, point: GeoPoint, given: str | None, field: str = "community_code") -> str | None:
    """The named community, checked; else the one whose centre is nearest, if within 3 km."""
    if given is not None:
        if session.get(Community, given) is None:
            raise InvalidField(field, f"no community {given} in the registry")
        return given
    nearest = Gazetteer.load().community_of(point, within_km=COMMUNITY_REACH_KM)
    return nearest.code if nearest is not None and session.get(Community, nearest.code) is not None else None


def list_communities(session: Session, query: CommunityQuery) -> Page[CommunityOut]:
    where = []
    if query.district:
        where.append(Community.county_code == query.district)
    if query.q:
        where.append(Community.name.contains(query.q))
    total, rows = paged(session, Community, where, (Community.code,), query.limit, query.offset)
    return Page(items=[community_out(c) for c in rows], total=total, limit=query.limit, offset=query.offset)


def load_community(session: Session, code: str) -> Community:
    community = session.get(Community, code)
    if community is None:
        raise NotFound("community", code)
    return community


def community_out(community: Community) -> CommunityOut:
    return CommunityOut(
        code=community.code,
        name=community.name,
        county_code=community.county_code,
        county=community.county,
        town=community.town,
        city=community.city,
        location=location_out(community.lat, community.lon),
    )


def create_station(session: Session, principal: Principal, payload: StationCreate) -> StationOut:
    require_staff(principal, "register stations")
    point = to_stored_point(payload.location)
    code = community_for(session, point, payload.community_code)
    if code is None:
        raise InvalidField("community_code", "no community centre within 3 km: name the community")
    require_area(principal, code, f"community {code}")
    station = Station(
        name=payload.name,
        kind=payload.kind,
        community_code=code,
        address=payload.address,
        lat=point.lat,
        lon=point.lon,
        opening_hours=payload.opening_hours,
        reach_km=payload.reach_km,
    )
    session.add(station)
    session.flush()
    return station_out(station)


def list_stations(session: Session, query: StationQuery) -> Page[StationOut]:
    where = []
    if query.district:
        where.append(Station.community_code.startswith(query.district))
    if query.community_code:
        where.append(Station.community_code == query.community_code)
    if query.kind:
        where.append(Station.kind == query.kind)
    total, rows = paged(session, Station, where, (Station.id,), query.limit, query.offset)
    return Page(items=[station_out(s) for s in rows], total=total, limit=query.limit, offset=query.offset)


def load_station(session: Session, station_id: int) -> Station:
    station = session.get(Station, station_id)
    if station is None:
        raise NotFound("station", station_id)
    return station


def delete_station(session: Session, principal: Principal, station_id: int) -> None:
    station = session.get(Station, station_id)
    if station is None:
        raise NotFound("station", station_id)
    require_staff(principal, "remove stations")
    require_area(principal, station.community_code, f"station {station_id}")
    session.delete(station)


def station_out(station: Station) -> StationOut:
    return StationOut(
        id=station.id,
        name=station.name,
        kind=station.kind,
        community_code=station.community_code,
        location=location_out(station.lat, station.lon),
        address=station.address,
        opening_hours=station.opening_hours,
        reach_km=station.reach_km,
        created_at=station.created_at,
    )
