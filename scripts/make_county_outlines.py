"""Build app/dashboard/counties.json, the dashboard map's outlines, from the adcode boundary polygons.

    python -m scripts.make_county_outlines [SOURCE_GEOJSON] [OUTPUT_JSON]

Source: anhui_divisions.geojson (GCJ-02; the province, 16 cities, 105 counties) from Vonng/adcode, CC BY 4.0.
The app stores WGS-84, so every vertex is converted with matching.geo before it is simplified
(Douglas-Peucker) and rounded; the output is deterministic, so rerunning it reproduces the file.
Output: {"attribution", "crs", "tolerance_deg", "features": [{code, name, level, city, label: [lon, lat],
rings: [[lon0, lat0, dlon1, dlat1, ...], ...]}]} with coordinates in 1e-4 degree integers, each ring's first
point absolute and the rest as differences from the previous point (about a tenth of GeoJSON's size).
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

from matching.geo import GeoPoint, gcj02_to_wgs84

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/work/shared/data/anhui_divisions.geojson")
OUTPUT = ROOT / "app" / "dashboard" / "counties.json"
TOLERANCE_DEG = {"province": 0.002, "city": 0.0012, "county": 0.0006}  # ~200 m, ~130 m, ~65 m
UNIT = 10_000  # 1e-4 degree, about 10 m
ATTRIBUTION = "行政区划边界：Vonng/adcode（CC BY 4.0），已转换为 WGS-84 并简化"

Point = tuple[float, float]  # lon, lat


def main(source: Path = SOURCE, output: Path = OUTPUT) -> None:
    collection = json.loads(source.read_text(encoding="utf-8"))
    names = {f["properties"]["adcode"]: f["properties"]["name"] for f in collection["features"]}
    features = [_feature(f, names) for f in collection["features"]]
    document = {
        "attribution": ATTRIBUTION,
        "source": "https://github.com/Vonng/adcode (data/fences/34*.json), licence CC BY 4.0",
        "crs": "wgs84",
        "unit_deg": 1 / UNIT,
        "tolerance_deg": TOLERANCE_DEG,
        "features": features,
    }
    output.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{output}: {len(features)} features, {output.stat().st_size:,} bytes", file=sys.stderr)


def _feature(feature: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    props, geometry = feature["properties"], feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    tolerance = TOLERANCE_DEG[props["level"]]
    rings = [_simplify([_wgs84(p) for p in ring], tolerance) for polygon in polygons for ring in polygon]
    rings = [r for r in rings if len(r) >= 4]
    city = "" if props["level"] == "province" else props["adcode"][:4] + "00"
    return {
        "code": props["adcode"],
        "name": props["name"],
        "level": props["level"],
        "city": names.get(city, "") if city else "",
        "label": [round(c * UNIT) for c in _centroid(max(rings, key=_area))],
        "rings": [_encode(r) for r in rings],
    }


def _wgs84(point: list[float]) -> Point:
    p = gcj02_to_wgs84(GeoPoint(lat=point[1], lon=point[0]))
    return (p.lon, p.lat)


def _simplify(ring: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on a closed ring: split at the first point and the one farthest from it."""
    if len(ring) < 5:
        return ring
    far = max(range(len(ring)), key=lambda i: _sq(ring[i], ring[0]))
    first, second = _dp(ring[: far + 1], tolerance), _dp(ring[far:], tolerance)
    return first[:-1] + second


def _dp(line: list[Point], tolerance: float) -> list[Point]:
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        lo, hi = stack.pop()
        best, index = 0.0, -1
        for i in range(lo + 1, hi):
            d = _segment_distance(line[i], line[lo], line[hi])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(lo, index), (index, hi)]
    return [p for p, k in zip(line, keep) if k]


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return float(_sq(p, (a[0] + t * dx, a[1] + t * dy)) ** 0.5)


def _sq(p: Point, q: Point) -> float:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def _area(ring: list[Point]) -> float:
    return abs(_signed_area(ring))


def _signed_area(ring: list[Point]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1])) / 2


def _centroid(ring: list[Point]) -> Point:
    """The polygon's centre of area, where the county's name goes."""
    area = _signed_area(ring)
    pairs = list(zip(ring, ring[1:] + ring[:1]))
    cx = sum((a[0] + b[0]) * (a[0] * b[1] - b[0] * a[1]) for a, b in pairs) / (6 * area)
    cy = sum((a[1] + b[1]) * (a[0] * b[1] - b[0] * a[1]) for a, b in pairs) / (6 * area)
    return (cx, cy)


def _encode(ring: list[Point]) -> list[int]:
    ints = [(round(lon * UNIT), round(lat * UNIT)) for lon, lat in ring]
    ints = [p for i, p in enumerate(ints) if i == 0 or p != ints[i - 1]]
    flat = list(ints[0])
    for (x0, y0), (x1, y1) in pairwise(ints):
        flat += [x1 - x0, y1 - y0]
    return flat


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:3]))
