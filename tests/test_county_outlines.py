"""The dashboard map's county outlines: in the app's WGS-84, small, credited, and around their communities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from matching.gazetteer import Gazetteer, Precision

OUTLINES = Path(__file__).resolve().parent.parent / "app" / "dashboard" / "counties.json"


def rings(feature: dict[str, Any]) -> list[np.ndarray]:
    """Decode one feature's rings (1e-4 degree integers, deltas after the first point) to lon/lat arrays."""
    out = []
    for flat in feature["rings"]:
        points = np.cumsum(np.array(flat, dtype=np.int64).reshape(-1, 2), axis=0)
        out.append(points / 10_000)
    return out


def inside(lon: float, lat: float, ring: np.ndarray) -> bool:
    """Even-odd ray casting."""
    x0, y0 = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
    crosses = (y0 > lat) != (y1 > lat)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
    return bool(np.count_nonzero(crosses & (lon < at)) % 2)


def test_outlines_are_small_and_credited() -> None:
    document = json.loads(OUTLINES.read_text(encoding="utf-8"))
    assert OUTLINES.stat().st_size < 300_000
    assert "Vonng/adcode" in document["attribution"] and "CC BY 4.0" in document["attribution"]
    levels = [f["level"] for f in document["features"]]
    assert (levels.count("province"), levels.count("city"), levels.count("county")) == (1, 16, 105)
    assert "Vonng/adcode" in (OUTLINES.parent / "NOTICE.md").read_text(encoding="utf-8")


def test_communities_fall_inside_their_county_outline() -> None:
    """Both are WGS-84: a GCJ-02 outline would sit ~500 m off and cut off communities near its edges."""
    counties = {f["code"]: rings(f) for f in json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]}
    communities = [p for p in Gazetteer.load().places() if p.precision is Precision.COMMUNITY]
    outside = [
        p.code
        for p in communities
        if p.code[:6] in counties and sum(inside(p.point.lon, p.point.lat, r) for r in counties[p.code[:6]]) % 2 == 0
    ]
    assert len(communities) > 1000
    assert len(outside) <= 5, outside  # one (淮南) sits on a border the 2016 data drew differently
