"""`GeoIndex.points_of` and `GeoIndex.next_expiry`: what a kept page asks of the index, against brute force."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matching.columns import IndexEntry
from matching.geo import GeoPoint, haversine_km
from matching.index import GeoIndex
from matching.index_state import DELTA_MAX

CENTRE = GeoPoint(31.8565, 117.3072)


def _entries(rng: np.random.Generator, n: int, first_id: int = 1) -> list[IndexEntry]:
    out = []
    for i in range(n):
        point = GeoPoint(CENTRE.lat + rng.uniform(-0.08, 0.08), CENTRE.lon + rng.uniform(-0.08, 0.08))
        out.append(
            IndexEntry(
                first_id + i,
                point,
                rng.standard_normal(8).astype(np.float32),
                reach_km=float(rng.choice([math.inf, 2.0, 5.0])),
                kind_mask=int(rng.choice([1, 2, 3])),
                expires_at=float(rng.choice([math.inf, *rng.uniform(100.0, 1000.0, 3)])),
            )
        )
    return out


@pytest.mark.parametrize("recent", [0, 50])  # all in sorted rows, or some among the recent writes too
def test_next_expiry_is_the_least_expiry_a_search_could_find(recent: int) -> None:
    rng = np.random.default_rng(27)
    index = GeoIndex(8)
    held = _entries(rng, DELTA_MAX + 200)
    index.upsert(held)
    more = _entries(rng, recent, first_id=10_000)
    index.upsert(more)
    index.remove([held[0].id, held[1].id])
    live = held[2:] + more
    for _ in range(40):
        centre = GeoPoint(CENTRE.lat + rng.uniform(-0.05, 0.05), CENTRE.lon + rng.uniform(-0.05, 0.05))
        radius, kinds, now = float(rng.uniform(0.5, 6.0)), int(rng.choice([1, 2, 3])), float(rng.uniform(0, 900))
        found = [
            e.expires_at
            for e in live
            if haversine_km(centre, e.point) <= min(radius, e.reach_km) - 1e-6
            and e.kind_mask & kinds
            and e.expires_at > now
        ]
        if any(abs(haversine_km(centre, e.point) - min(radius, e.reach_km)) < 1e-6 for e in live):
            continue  # rounding at the very edge: not what this test is about
        assert index.next_expiry(centre, radius, kind_mask=kinds, now=now) == min(found, default=math.inf)


def test_points_of_reads_sorted_rows_and_recent_writes_and_skips_what_is_gone() -> None:
    rng = np.random.default_rng(3)
    index = GeoIndex(8)
    held = _entries(rng, DELTA_MAX + 10)
    index.upsert(held)  # merged into sorted rows
    moved = IndexEntry(held[5].id, GeoPoint(32.0, 117.0), held[5].vector)
    index.upsert([moved])  # now among the recent writes
    index.remove([held[6].id])
    got = index.points_of([held[4].id, held[5].id, held[6].id, 999_999])
    assert got == [held[4].point, GeoPoint(32.0, 117.0)]
