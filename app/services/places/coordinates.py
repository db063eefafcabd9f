"""Incoming coordinates, in any supported system, to the stored WGS-84."""

from __future__ import annotations

from app.schemas.common import Location, LocationOut
from app.services.errors import InvalidField
from matching.geo import Crs, GeoPoint, to_wgs84


def to_stored_point(location: Location, field: str = "location") -> GeoPoint:
    point = to_wgs84(GeoPoint(location.lat, location.lon), location.crs)
    if not (-90 <= point.lat <= 90 and -180 <= point.lon <= 180):
        raise InvalidField(field, f"converts to an invalid WGS-84 point {point}")
    return point


def location_out(lat: float, lon: float) -> LocationOut:
    return LocationOut(lat=lat, lon=lon, crs=Crs.WGS84)


def check_radius(radius_km: float, max_radius_km: float, field: str = "radius_km") -> float:
    if radius_km > max_radius_km:
        raise InvalidField(field, f"must be at most {max_radius_km:g} km")
    return radius_km
