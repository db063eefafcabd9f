"""Points on the sphere as the geo index measures them: km from the Earth's centre, squared chords for
distances, great-circle arcs back from them, and the longitudes a disk can reach within a band of latitudes."""

from __future__ import annotations

import functools
import math

import numpy as np

from matching.geo import EARTH_RADIUS_KM, GeoPoint
from matching.layout import FloatArray

BOUNDARY_TOLERANCE_KM = 1e-9  # 1 µm: a point exactly on the circle stays in despite float rounding
WINDOW_MARGIN_DEG = 1e-7  # ~1 cm of slack on each side of the longitude window, against rounding of the sort keys


def sphere_km(lats: FloatArray, lons: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Points on the sphere of radius EARTH_RADIUS_KM, in km from its centre."""
    lat, lon = np.radians(np.asarray(lats, np.float64)), np.radians(np.asarray(lons, np.float64))
    return (
        EARTH_RADIUS_KM * np.cos(lat) * np.cos(lon),
        EARTH_RADIUS_KM * np.cos(lat) * np.sin(lon),
        EARTH_RADIUS_KM * np.sin(lat),
    )


def chord2_of(distance_km: FloatArray | float) -> FloatArray:
    """The squared chord (km^2) spanning a great-circle distance, with the boundary tolerance; inf stays inf."""
    arc = np.minimum(np.asarray(distance_km, np.float64) + BOUNDARY_TOLERANCE_KM, math.pi * EARTH_RADIUS_KM)
    chord2: FloatArray = np.square(2 * EARTH_RADIUS_KM * np.sin(arc / (2 * EARTH_RADIUS_KM)))
    return np.where(np.isinf(distance_km), np.inf, chord2)


def arc_km(chord2: FloatArray) -> FloatArray:
    """Great-circle distance from a squared chord (km^2): the inverse of chord2_of without the tolerance."""
    km: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(np.sqrt(chord2) / (2 * EARTH_RADIUS_KM), 1.0))
    return km


def lon_window(center: GeoPoint, radius_km: float, lat_low: float, lat_high: float) -> tuple[float, float] | None:
    """Longitudes (low, high) holding every point of the disk whose latitude is in [lat_low, lat_high];
    None when the window crosses the antimeridian or reaches a pole (read the whole band then)."""
    angle = (radius_km + 2 * BOUNDARY_TOLERANCE_KM) / EARTH_RADIUS_KM
    phi0 = math.radians(center.lat)
    if angle >= math.pi / 2 - abs(phi0):
        return None
    # The disk is widest at the latitude of its tangent meridians; it narrows monotonically away from it.
    widest = math.asin(min(1.0, math.sin(phi0) / math.cos(angle)))
    low, high = max(math.radians(lat_low), phi0 - angle), min(math.radians(lat_high), phi0 + angle)
    if low > high:
        return (center.lon, center.lon)  # the band misses the disk
    phi = min(max(widest, low), high)
    cos_half = (math.cos(angle) - math.sin(phi) * math.sin(phi0)) / (math.cos(phi) * math.cos(phi0))
    half = math.degrees(math.acos(max(-1.0, min(1.0, cos_half)))) + WINDOW_MARGIN_DEG
    if center.lon - half < -180 or center.lon + half > 180:
        return None
    return (center.lon - half, center.lon + half)


def centre_km(center: GeoPoint) -> tuple[float, float, float]:
    """`sphere_km` of one point, without arrays (a search's fixed cost)."""
    lat, lon = math.radians(center.lat), math.radians(center.lon)
    return (
        EARTH_RADIUS_KM * math.cos(lat) * math.cos(lon),
        EARTH_RADIUS_KM * math.cos(lat) * math.sin(lon),
        EARTH_RADIUS_KM * math.sin(lat),
    )


@functools.lru_cache(maxsize=64)  # a handful of radii recur: the sines are a sparse query's fixed cost
def chord2_one(distance_km: float) -> float:
    """`chord2_of` of one distance, without arrays."""
    if math.isinf(distance_km):
        return math.inf
    arc = min(distance_km + BOUNDARY_TOLERANCE_KM, math.pi * EARTH_RADIUS_KM)
    return float((2 * EARTH_RADIUS_KM * math.sin(arc / (2 * EARTH_RADIUS_KM))) ** 2)
