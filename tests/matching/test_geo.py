"""Tests for matching.geo: published datum vectors, round trips, distances and search boxes."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matching.geo import (
    EARTH_RADIUS_KM,
    Crs,
    GeoPoint,
    bd09_to_gcj02,
    bounding_box,
    from_wgs84,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    haversine_km,
    haversine_km_many,
    out_of_china,
    to_wgs84,
    wgs84_to_gcj02,
)

KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180.0  # ~111.195 km
ONE_METRE_KM = 1e-3
ONE_MILLIMETRE_KM = 1e-6
# Forward tolerances follow each source's printed precision: full-precision floats must agree to
# float noise; gcoord prints 8 decimals and its float path differs from ours by ~1e-8 deg.
FULL_PRECISION_TOLERANCE_DEG = 1e-10
EIGHT_DECIMALS_TOLERANCE_DEG = 2e-8
SEVEN_DECIMALS_TOLERANCE_DEG = 1e-7

# (WGS-84, GCJ-02, forward tolerance in degrees), points as GeoPoint(lat, lon).
WGS84_GCJ02_REFERENCE = [
    # googollee/eviltransform python/test.py, TESTS "shanghai"
    pytest.param(
        GeoPoint(31.1774276, 121.5272106),
        GeoPoint(31.17530398364597, 121.531541859215),
        FULL_PRECISION_TOLERANCE_DEG,
        id="eviltransform-shanghai",
    ),
    # googollee/eviltransform python/test.py, TESTS "shenzhen"
    pytest.param(
        GeoPoint(22.543847, 113.912316),
        GeoPoint(22.540796131694766, 113.9171764808363),
        FULL_PRECISION_TOLERANCE_DEG,
        id="eviltransform-shenzhen",
    ),
    # googollee/eviltransform python/test.py, TESTS "beijing"
    pytest.param(
        GeoPoint(39.911954, 116.377817),
        GeoPoint(39.91334545536069, 116.38404722455657),
        FULL_PRECISION_TOLERANCE_DEG,
        id="eviltransform-beijing",
    ),
    # wandergis/coordtransform test/app.js, wgs84togcj02(116.404, 39.915) (lon, lat order there)
    pytest.param(
        GeoPoint(39.915, 116.404),
        GeoPoint(39.91640428150164, 116.41024449916938),
        FULL_PRECISION_TOLERANCE_DEG,
        id="coordtransform-beijing",
    ),
    # hujiulong/gcoord test/unit/crs/WGS84.spec.ts, "WGS84 to GCJ02" [123, 45] (lon, lat there)
    pytest.param(
        GeoPoint(45.0, 123.0),
        GeoPoint(45.00197815, 123.00607541),
        EIGHT_DECIMALS_TOLERANCE_DEG,
        id="gcoord-123e-45n",
    ),
]

# (GCJ-02, BD-09, forward tolerance in degrees), points as GeoPoint(lat, lon).
GCJ02_BD09_REFERENCE = [
    # wandergis/coordtransform test/app.js, gcj02tobd09(116.404, 39.915)
    pytest.param(
        GeoPoint(39.915, 116.404),
        GeoPoint(39.92133699351021, 116.41036949371029),
        FULL_PRECISION_TOLERANCE_DEG,
        id="coordtransform-beijing",
    ),
    # hujiulong/gcoord test/unit/crs/GCJ02.spec.ts, "GCJ02 to BD09" [123, 45]
    pytest.param(
        GeoPoint(45.0, 123.0),
        GeoPoint(45.00636899, 123.00636499),
        EIGHT_DECIMALS_TOLERANCE_DEG,
        id="gcoord-123e-45n",
    ),
    # hujiulong/gcoord test/fixtures/china-cities.json, 铜陵市 (Tongling, Anhui)
    pytest.param(
        GeoPoint(30.9455211, 117.8112693),
        GeoPoint(30.9515411, 117.8177498),
        SEVEN_DECIMALS_TOLERANCE_DEG,
        id="gcoord-tongling",
    ),
]

# wandergis/coordtransform test/app.js, bd09togcj02(116.404, 39.915): the closed-form inverse,
# itself ~5 cm off the exact inverse, so it only bounds ours to the 1 m contract.
BD09_GCJ02_PUBLISHED_INVERSE = (
    GeoPoint(39.915, 116.404),
    GeoPoint(39.90865673957631, 116.39762729119315),
)

# hujiulong/gcoord test/fixtures/china-cities.json, 铜陵市 (Tongling, Anhui). Its WGS-84/GCJ-02 pair
# departs from the formula by ~5e-6 deg (~0.7 m); gcoord's own specs compare it to 4 decimals.
TONGLING_WGS84 = GeoPoint(30.9477988, 117.8059091)
TONGLING_GCJ02 = GeoPoint(30.9455211, 117.8112693)
GCOORD_FIXTURE_TOLERANCE_DEG = 5e-5

HEFEI_WGS84 = GeoPoint(31.82, 117.23)
ANHUI_LAT_RANGE = (29.4, 34.6)
ANHUI_LON_RANGE = (114.9, 119.7)
# Comfortably inside the out_of_china box so a ~0.01 deg shift never crosses its edge.
CHINA_LAT_RANGE = (1.5, 55.0)
CHINA_LON_RANGE = (73.0, 137.0)


def _random_points(
    rng: np.random.Generator, n: int, lat_range: tuple[float, float], lon_range: tuple[float, float]
) -> list[GeoPoint]:
    lats = rng.uniform(*lat_range, size=n)
    lons = rng.uniform(*lon_range, size=n)
    return [GeoPoint(float(lat), float(lon)) for lat, lon in zip(lats, lons, strict=True)]


def _max_deg_error(a: GeoPoint, b: GeoPoint) -> float:
    return max(abs(a.lat - b.lat), abs(a.lon - b.lon))


def _destination(start: GeoPoint, bearing_rad: float, distance_km: float) -> GeoPoint:
    """Spherical direct problem; longitude wrapped into [-180, 180)."""
    angular_rad = distance_km / EARTH_RADIUS_KM
    lat1_rad = math.radians(start.lat)
    sin_lat2 = math.sin(lat1_rad) * math.cos(angular_rad) + math.cos(lat1_rad) * math.sin(angular_rad) * math.cos(
        bearing_rad
    )
    lat2_rad = math.asin(max(-1.0, min(1.0, sin_lat2)))
    dlon_rad = math.atan2(
        math.sin(bearing_rad) * math.sin(angular_rad) * math.cos(lat1_rad),
        math.cos(angular_rad) - math.sin(lat1_rad) * sin_lat2,
    )
    lon_deg = (start.lon + math.degrees(dlon_rad) + 540.0) % 360.0 - 180.0
    return GeoPoint(math.degrees(lat2_rad), lon_deg)


def _box_contains(box: tuple[float, float, float, float], p: GeoPoint) -> bool:
    lat_min, lat_max, lon_min, lon_max = box
    # The box may extend past +-180; compare longitudes on the circle, not the line.
    return lat_min <= p.lat <= lat_max and (p.lon - lon_min) % 360.0 <= lon_max - lon_min


# --- published reference points ------------------------------------------------------------


@pytest.mark.parametrize(("wgs84", "gcj02", "tolerance_deg"), WGS84_GCJ02_REFERENCE)
def test_gcj02_matches_published_reference_points(wgs84: GeoPoint, gcj02: GeoPoint, tolerance_deg: float) -> None:
    assert _max_deg_error(wgs84_to_gcj02(wgs84), gcj02) < tolerance_deg
    assert _max_deg_error(from_wgs84(wgs84, Crs.GCJ02), gcj02) < tolerance_deg


@pytest.mark.parametrize(("wgs84", "gcj02", "tolerance_deg"), WGS84_GCJ02_REFERENCE)
def test_gcj02_inverse_recovers_published_wgs84_within_a_metre(
    wgs84: GeoPoint, gcj02: GeoPoint, tolerance_deg: float
) -> None:
    recovered = gcj02_to_wgs84(gcj02)
    assert haversine_km(recovered, wgs84) < ONE_METRE_KM
    assert to_wgs84(gcj02, Crs.GCJ02) == recovered
    assert _max_deg_error(wgs84_to_gcj02(recovered), gcj02) < tolerance_deg


@pytest.mark.parametrize(("gcj02", "bd09", "tolerance_deg"), GCJ02_BD09_REFERENCE)
def test_bd09_matches_published_reference_points(gcj02: GeoPoint, bd09: GeoPoint, tolerance_deg: float) -> None:
    assert _max_deg_error(gcj02_to_bd09(gcj02), bd09) < tolerance_deg


@pytest.mark.parametrize(("gcj02", "bd09", "tolerance_deg"), GCJ02_BD09_REFERENCE)
def test_bd09_inverse_recovers_published_gcj02_within_a_metre(
    gcj02: GeoPoint, bd09: GeoPoint, tolerance_deg: float
) -> None:
    recovered = bd09_to_gcj02(bd09)
    assert haversine_km(recovered, gcj02) < ONE_METRE_KM
    assert _max_deg_error(gcj02_to_bd09(recovered), bd09) < tolerance_deg


def test_bd09_inverse_agrees_with_published_closed_form_within_a_metre() -> None:
    bd09, gcj02 = BD09_GCJ02_PUBLISHED_INVERSE
    assert haversine_km(bd09_to_gcj02(bd09), gcj02) < ONE_METRE_KM


def test_gcj02_agrees_with_anhui_city_fixture_to_its_published_precision() -> None:
    assert _max_deg_error(wgs84_to_gcj02(TONGLING_WGS84), TONGLING_GCJ02) < GCOORD_FIXTURE_TOLERANCE_DEG
    assert _max_deg_error(gcj02_to_wgs84(TONGLING_GCJ02), TONGLING_WGS84) < GCOORD_FIXTURE_TOLERANCE_DEG


# --- round trips ---------------------------------------------------------------------------


def test_gcj02_round_trip_inside_china_is_sub_millimetre() -> None:
    points = _random_points(np.random.default_rng(20240601), 1000, CHINA_LAT_RANGE, CHINA_LON_RANGE)
    for p in points:
        back = gcj02_to_wgs84(wgs84_to_gcj02(p))
        assert haversine_km(back, p) < ONE_MILLIMETRE_KM
        assert _max_deg_error(back, p) < 1e-7


def test_bd09_round_trip_through_wgs84_inside_china_is_sub_millimetre() -> None:
    points = _random_points(np.random.default_rng(20240602), 1000, CHINA_LAT_RANGE, CHINA_LON_RANGE)
    for p in points:
        back = to_wgs84(from_wgs84(p, Crs.BD09), Crs.BD09)
        assert haversine_km(back, p) < ONE_MILLIMETRE_KM


def test_bd09_to_gcj02_is_an_exact_inverse_of_gcj02_to_bd09() -> None:
    points = _random_points(np.random.default_rng(20240603), 1000, CHINA_LAT_RANGE, CHINA_LON_RANGE)
    for bd09 in points:
        assert _max_deg_error(gcj02_to_bd09(bd09_to_gcj02(bd09)), bd09) < 1e-7


@pytest.mark.parametrize(
    "point",
    [GeoPoint(51.5074, -0.1278), GeoPoint(35.6762, 139.6503), GeoPoint(-33.8688, 151.2093)],
    ids=["london", "tokyo", "sydney"],
)
def test_gcj02_leaves_points_outside_china_unchanged(point: GeoPoint) -> None:
    assert out_of_china(point)
    assert wgs84_to_gcj02(point) == point
    assert gcj02_to_wgs84(point) == point
    assert from_wgs84(point, Crs.GCJ02) == point
    assert to_wgs84(point, Crs.GCJ02) == point


def test_wgs84_conversion_is_identity() -> None:
    assert to_wgs84(HEFEI_WGS84, Crs.WGS84) == HEFEI_WGS84
    assert from_wgs84(HEFEI_WGS84, Crs.WGS84) == HEFEI_WGS84


def test_hefei_is_inside_china_box() -> None:
    assert not out_of_china(HEFEI_WGS84)


# --- Hefei sanity --------------------------------------------------------------------------


def test_hefei_gcj02_shift_is_a_few_hundred_metres() -> None:
    shift_km = haversine_km(HEFEI_WGS84, wgs84_to_gcj02(HEFEI_WGS84))
    assert 0.2 < shift_km < 0.8


def test_hefei_bd09_shift_from_gcj02_is_about_a_kilometre() -> None:
    gcj02 = wgs84_to_gcj02(HEFEI_WGS84)
    shift_km = haversine_km(gcj02, gcj02_to_bd09(gcj02))
    assert 0.7 < shift_km < 1.2


# --- haversine -----------------------------------------------------------------------------


def test_haversine_one_degree_of_latitude_is_r_pi_over_180() -> None:
    distance_km = haversine_km(GeoPoint(31.0, 117.0), GeoPoint(32.0, 117.0))
    assert distance_km == pytest.approx(KM_PER_DEGREE, rel=1e-12)


def test_haversine_quarter_and_half_great_circle() -> None:
    assert haversine_km(GeoPoint(0.0, 0.0), GeoPoint(0.0, 90.0)) == pytest.approx(EARTH_RADIUS_KM * math.pi / 2)
    assert haversine_km(GeoPoint(0.0, 0.0), GeoPoint(0.0, 180.0)) == pytest.approx(EARTH_RADIUS_KM * math.pi)
    assert haversine_km(GeoPoint(90.0, 0.0), GeoPoint(-90.0, 0.0)) == pytest.approx(EARTH_RADIUS_KM * math.pi)


def test_haversine_agrees_with_spherical_law_of_cosines() -> None:
    rng = np.random.default_rng(7)
    starts = _random_points(rng, 500, (-80.0, 80.0), (-180.0, 180.0))
    ends = _random_points(rng, 500, (-80.0, 80.0), (-180.0, 180.0))
    for a, b in zip(starts, ends, strict=True):
        lat_a, lat_b = math.radians(a.lat), math.radians(b.lat)
        cos_c = math.sin(lat_a) * math.sin(lat_b) + math.cos(lat_a) * math.cos(lat_b) * math.cos(
            math.radians(b.lon - a.lon)
        )
        expected_km = EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, cos_c)))
        # The law of cosines is ill-conditioned near 0 and pi; 1e-4 km covers that.
        assert haversine_km(a, b) == pytest.approx(expected_km, abs=1e-4)


def test_haversine_is_symmetric_and_zero_on_identical_points() -> None:
    rng = np.random.default_rng(8)
    starts = _random_points(rng, 200, (-90.0, 90.0), (-180.0, 180.0))
    ends = _random_points(rng, 200, (-90.0, 90.0), (-180.0, 180.0))
    for a, b in zip(starts, ends, strict=True):
        assert haversine_km(a, b) == pytest.approx(haversine_km(b, a), abs=1e-9)
        assert haversine_km(a, a) == 0.0


def test_haversine_many_matches_scalar_elementwise() -> None:
    rng = np.random.default_rng(9)
    lats = rng.uniform(-90.0, 90.0, size=2000)
    lons = rng.uniform(-180.0, 180.0, size=2000)
    origin = GeoPoint(31.82, 117.23)
    distances_km = haversine_km_many(origin.lat, origin.lon, lats, lons)
    expected_km = np.array(
        [haversine_km(origin, GeoPoint(float(la), float(lo))) for la, lo in zip(lats, lons, strict=True)]
    )
    assert distances_km.dtype == np.float64
    assert distances_km.shape == lats.shape
    np.testing.assert_allclose(distances_km, expected_km, rtol=0.0, atol=1e-9)


def test_haversine_many_is_zero_at_the_origin() -> None:
    distances_km = haversine_km_many(31.82, 117.23, np.array([31.82]), np.array([117.23]))
    assert distances_km[0] == 0.0


# --- bounding_box --------------------------------------------------------------------------


def _centres(rng: np.random.Generator) -> list[GeoPoint]:
    general = _random_points(rng, 60, (-85.0, 85.0), (-180.0, 180.0))
    north_pole = _random_points(rng, 20, (88.9, 89.99), (-180.0, 180.0))
    south_pole = _random_points(rng, 20, (-89.99, -88.9), (-180.0, 180.0))
    east_antimeridian = _random_points(rng, 15, (-60.0, 60.0), (179.5, 180.0))
    west_antimeridian = _random_points(rng, 15, (-60.0, 60.0), (-180.0, -179.5))
    anhui = _random_points(rng, 30, ANHUI_LAT_RANGE, ANHUI_LON_RANGE)
    return general + north_pole + south_pole + east_antimeridian + west_antimeridian + anhui


def test_bounding_box_contains_every_point_at_or_within_radius() -> None:
    rng = np.random.default_rng(20240604)
    # Dense bearings hit each box edge's tangent point closely; random ones add variety.
    bearings_rad = np.concatenate(
        [np.linspace(0.0, 2.0 * math.pi, 720, endpoint=False), rng.uniform(0, 2 * math.pi, 80)]
    )
    for centre in _centres(rng):
        radius_km = float(np.exp(rng.uniform(math.log(0.01), math.log(50.0))))
        box = bounding_box(centre, radius_km)
        for bearing_rad in bearings_rad:
            for fraction in (1.0, 0.999, float(rng.uniform(0.0, 1.0))):
                p = _destination(centre, float(bearing_rad), radius_km * fraction)
                assert haversine_km(centre, p) == pytest.approx(radius_km * fraction, abs=ONE_MILLIMETRE_KM)
                assert _box_contains(box, p), (centre, radius_km, fraction, p, box)


def test_bounding_box_is_tight_for_anhui() -> None:
    rng = np.random.default_rng(20240605)
    for centre in _random_points(rng, 50, ANHUI_LAT_RANGE, ANHUI_LON_RANGE):
        radius_km = float(rng.uniform(0.5, 50.0))
        lat_min, lat_max, lon_min, lon_max = bounding_box(centre, radius_km)
        expected_lat_span_deg = 2.0 * radius_km / KM_PER_DEGREE
        expected_lon_span_deg = expected_lat_span_deg / math.cos(math.radians(centre.lat))
        assert lat_max - lat_min == pytest.approx(expected_lat_span_deg, rel=0.01)
        assert lon_max - lon_min == pytest.approx(expected_lon_span_deg, rel=0.01)
        assert lat_min < centre.lat < lat_max and lon_min < centre.lon < lon_max


def test_bounding_box_reaching_a_pole_spans_all_longitudes() -> None:
    lat_min, lat_max, lon_min, lon_max = bounding_box(GeoPoint(89.9, 10.0), 50.0)
    assert (lon_min, lon_max) == (-180.0, 180.0)
    assert lat_max == 90.0
    assert lat_min == pytest.approx(89.9 - 50.0 / KM_PER_DEGREE, abs=1e-6)
    assert bounding_box(GeoPoint(-89.9, 10.0), 50.0)[:2] == pytest.approx((-90.0, -89.9 + 50.0 / KM_PER_DEGREE))


def test_bounding_box_near_antimeridian_extends_past_180_and_callers_must_wrap() -> None:
    centre = GeoPoint(0.0, 179.99)
    box = bounding_box(centre, 10.0)
    _, _, lon_min, lon_max = box
    assert lon_min < 180.0 < lon_max
    across = _destination(centre, math.pi / 2, 5.0)
    assert across.lon < -179.0
    assert not lon_min <= across.lon <= lon_max
    assert _box_contains(box, across)


def test_bounding_box_of_zero_radius_contains_only_the_centre_neighbourhood() -> None:
    lat_min, lat_max, lon_min, lon_max = bounding_box(HEFEI_WGS84, 0.0)
    assert lat_min <= HEFEI_WGS84.lat <= lat_max and lon_min <= HEFEI_WGS84.lon <= lon_max
    assert lat_max - lat_min < 1e-8 and lon_max - lon_min < 1e-8


def test_bounding_box_rejects_negative_radius() -> None:
    with pytest.raises(ValueError):
        bounding_box(HEFEI_WGS84, -1.0)
