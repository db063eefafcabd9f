"""Geographic primitives: distances, search boxes and China's WGS-84/GCJ-02/BD-09 datum shifts."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius

# GCJ-02 is defined on the Krasovsky-1940 ellipsoid, not on WGS-84's.
_KRASOVSKY_SEMI_MAJOR_M = 6378245.0
_KRASOVSKY_ECCENTRICITY_SQ = 0.00669342162296594323

_BD09_X_PI = math.pi * 3000.0 / 180.0
_BD09_LON_OFFSET_DEG = 0.0065
_BD09_LAT_OFFSET_DEG = 0.006

# The rough box every public GCJ-02 implementation uses; outside it no offset is applied.
_CHINA_LON_MIN_DEG, _CHINA_LON_MAX_DEG = 72.004, 137.8347
_CHINA_LAT_MIN_DEG, _CHINA_LAT_MAX_DEG = 0.8293, 55.8271

# Four orders below the 1e-7 deg contract, yet well above float64 resolution (~1e-14 deg).
_INVERSE_TOLERANCE_DEG = 1e-11
_INVERSE_MAX_ITERATIONS = 50

# Absorbs floating-point rounding in the box formulas (1e-9 deg is ~0.1 mm).
_BOX_MARGIN_DEG = 1e-9


class Crs(StrEnum):
    WGS84 = "wgs84"
    GCJ02 = "gcj02"
    BD09 = "bd09"


@dataclass(frozen=True, slots=True)
class GeoPoint:
    lat: float
    lon: float


def haversine_km(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle distance in km on a sphere of radius EARTH_RADIUS_KM."""
    lat_a_rad, lat_b_rad = math.radians(a.lat), math.radians(b.lat)
    half_dlat = (lat_b_rad - lat_a_rad) / 2.0
    half_dlon = math.radians(b.lon - a.lon) / 2.0
    h = math.sin(half_dlat) ** 2 + math.cos(lat_a_rad) * math.cos(lat_b_rad) * math.sin(half_dlon) ** 2
    # Rounding can push h a hair outside [0, 1] for antipodal or identical points.
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, h))))


def haversine_km_many(
    lat: float, lon: float, lats: npt.NDArray[np.float64], lons: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Distances in km from one point to many (float64 arrays), same formula as haversine_km."""
    lat_rad = math.radians(lat)
    lats_rad = np.radians(np.asarray(lats, dtype=np.float64))
    half_dlat = (lats_rad - lat_rad) / 2.0
    half_dlon = np.radians(np.asarray(lons, dtype=np.float64) - lon) / 2.0
    h = np.sin(half_dlat) ** 2 + math.cos(lat_rad) * np.cos(lats_rad) * np.sin(half_dlon) ** 2
    distances_km: npt.NDArray[np.float64] = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return distances_km


def haversine_km_grid(
    lat1: npt.NDArray[np.float64],
    lon1: npt.NDArray[np.float64],
    lat2: npt.NDArray[np.float64],
    lon2: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Distances in km between every row point and every column point, haversine_km's formula."""
    a, b = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    half_dlat = (b - a) / 2.0
    half_dlon = np.radians(lon2[None, :] - lon1[:, None]) / 2.0
    h = np.sin(half_dlat) ** 2 + np.cos(a) * np.cos(b) * np.sin(half_dlon) ** 2
    km: npt.NDArray[np.float64] = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return km


def to_wgs84(point: GeoPoint, crs: Crs) -> GeoPoint:
    """Convert a point expressed in `crs` to WGS-84."""
    if crs is Crs.GCJ02:
        return gcj02_to_wgs84(point)
    if crs is Crs.BD09:
        return gcj02_to_wgs84(bd09_to_gcj02(point))
    return point


def from_wgs84(point: GeoPoint, crs: Crs) -> GeoPoint:
    """Convert a WGS-84 point to `crs`."""
    if crs is Crs.GCJ02:
        return wgs84_to_gcj02(point)
    if crs is Crs.BD09:
        return gcj02_to_bd09(wgs84_to_gcj02(point))
    return point


def out_of_china(p: GeoPoint) -> bool:
    """True outside the rough China box, where GCJ-02 coincides with WGS-84."""
    inside_lon = _CHINA_LON_MIN_DEG <= p.lon <= _CHINA_LON_MAX_DEG
    inside_lat = _CHINA_LAT_MIN_DEG <= p.lat <= _CHINA_LAT_MAX_DEG
    return not (inside_lon and inside_lat)


def wgs84_to_gcj02(p: GeoPoint) -> GeoPoint:
    """Apply the GCJ-02 obfuscation offset (identity outside China)."""
    if out_of_china(p):
        return p
    return _add_gcj02_offset(p)


def gcj02_to_wgs84(p: GeoPoint) -> GeoPoint:
    """Invert wgs84_to_gcj02 by fixed-point iteration (error far below 1e-7 deg).

    The box test is made on the GCJ-02 point, so within ~0.01 deg of the box edge the
    result can differ from a true inverse; China's territory is well clear of that edge.
    """
    if out_of_china(p):
        return p
    return _invert(_add_gcj02_offset, p)


def gcj02_to_bd09(p: GeoPoint) -> GeoPoint:
    """Baidu's BD-09 offset on top of GCJ-02; applied everywhere, as Baidu's own formula is."""
    x, y = p.lon, p.lat
    z = math.hypot(x, y) + 0.00002 * math.sin(y * _BD09_X_PI)
    theta = math.atan2(y, x) + 0.000003 * math.cos(x * _BD09_X_PI)
    return GeoPoint(
        lat=z * math.sin(theta) + _BD09_LAT_OFFSET_DEG,
        lon=z * math.cos(theta) + _BD09_LON_OFFSET_DEG,
    )


def bd09_to_gcj02(p: GeoPoint) -> GeoPoint:
    """Exact inverse of gcj02_to_bd09: the published closed form, refined by iteration."""
    # The published closed form is off by up to ~2e-6 deg (~20 cm); good only as a first guess.
    x, y = p.lon - _BD09_LON_OFFSET_DEG, p.lat - _BD09_LAT_OFFSET_DEG
    z = math.hypot(x, y) - 0.00002 * math.sin(y * _BD09_X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _BD09_X_PI)
    guess = GeoPoint(lat=z * math.sin(theta), lon=z * math.cos(theta))
    return _invert(gcj02_to_bd09, p, guess)


def bounding_box(center: GeoPoint, radius_km: float) -> tuple[float, float, float, float]:
    """(lat_min, lat_max, lon_min, lon_max) in degrees that contains every point within radius_km
    (great-circle, EARTH_RADIUS_KM) of center.

    Guaranteed superset of the disk. When the disk reaches a pole the longitude range is the full
    (-180, 180) and the latitude range is clamped to [-90, 90]. Otherwise lon_min/lon_max are
    center.lon -/+ the half-width and may fall outside [-180, 180] near the antimeridian: callers
    must wrap them (e.g. test `(lon - lon_min) % 360 <= lon_max - lon_min`) or split the box.
    """
    if radius_km < 0.0:
        raise ValueError(f"radius_km must be non-negative, got {radius_km}")
    angular_rad = radius_km / EARTH_RADIUS_KM
    half_lat_deg = math.degrees(angular_rad) + _BOX_MARGIN_DEG
    lat_min, lat_max = center.lat - half_lat_deg, center.lat + half_lat_deg
    if lat_min <= -90.0 or lat_max >= 90.0:
        return max(lat_min, -90.0), min(lat_max, 90.0), -180.0, 180.0
    # Widest longitude reach of a spherical cap, attained at the tangent meridians.
    sin_reach = math.sin(angular_rad) / math.cos(math.radians(center.lat))
    if sin_reach >= 1.0:
        return lat_min, lat_max, -180.0, 180.0
    half_lon_deg = math.degrees(math.asin(sin_reach)) + _BOX_MARGIN_DEG
    return lat_min, lat_max, center.lon - half_lon_deg, center.lon + half_lon_deg


def _add_gcj02_offset(p: GeoPoint) -> GeoPoint:
    dlat_deg, dlon_deg = _gcj02_offset_deg(p)
    return GeoPoint(lat=p.lat + dlat_deg, lon=p.lon + dlon_deg)


def _gcj02_offset_deg(p: GeoPoint) -> tuple[float, float]:
    """(dlat, dlon) in degrees: the eviltransform/Krasovsky-1940 formula."""
    x, y = p.lon - 105.0, p.lat - 35.0
    lat_rad = math.radians(p.lat)
    w = 1.0 - _KRASOVSKY_ECCENTRICITY_SQ * math.sin(lat_rad) ** 2
    # Metres of offset turned into degrees via the meridional and prime-vertical radii.
    meridional_m = _KRASOVSKY_SEMI_MAJOR_M * (1.0 - _KRASOVSKY_ECCENTRICITY_SQ) / (w * math.sqrt(w))
    prime_vertical_m = _KRASOVSKY_SEMI_MAJOR_M / math.sqrt(w)
    dlat_deg = math.degrees(_gcj02_lat_offset_m(x, y) / meridional_m)
    dlon_deg = math.degrees(_gcj02_lon_offset_m(x, y) / (prime_vertical_m * math.cos(lat_rad)))
    return dlat_deg, dlon_deg


def _gcj02_lat_offset_m(x: float, y: float) -> float:
    offset = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    offset += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    offset += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    offset += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return offset


def _gcj02_lon_offset_m(x: float, y: float) -> float:
    offset = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    offset += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    offset += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    offset += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return offset


def _invert(forward: Callable[[GeoPoint], GeoPoint], target: GeoPoint, guess: GeoPoint | None = None) -> GeoPoint:
    """Solve forward(p) == target; converges because both offsets vary slowly with position."""
    p = target if guess is None else guess
    for _ in range(_INVERSE_MAX_ITERATIONS):
        image = forward(p)
        err_lat_deg, err_lon_deg = image.lat - target.lat, image.lon - target.lon
        if max(abs(err_lat_deg), abs(err_lon_deg)) < _INVERSE_TOLERANCE_DEG:
            break
        p = GeoPoint(lat=p.lat - err_lat_deg, lon=p.lon - err_lon_deg)
    return p
