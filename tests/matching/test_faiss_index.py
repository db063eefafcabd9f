"""The FAISS-scored geo index against the same brute-force oracle as the served one, ties and writes included."""

from __future__ import annotations

import numpy as np
import pytest

from matching.columns import IndexEntry
from matching.faiss_index import FaissGeoIndex
from matching.geo import GeoPoint, haversine_km
from matching.index import GeoIndex
from tests.matching.test_index import DIM, HEFEI, oracle, random_entries


@pytest.mark.parametrize("storage", ["float32", "float16"])
def test_faiss_scored_search_equals_brute_force_oracle(storage):
    rng = np.random.default_rng(17)
    entries = random_entries(rng, 2500)
    index = FaissGeoIndex(DIM, storage=storage)
    index.upsert(entries[:1500])
    index.upsert(entries[1500:])  # some sorted, some still recent writes
    index.remove([e.id for e in entries[::50]])
    live = [e for i, e in enumerate(entries) if i % 50]
    for q in range(300):
        vector = rng.normal(size=DIM).astype(np.float32)
        vector /= np.linalg.norm(vector)
        if q % 3 == 0:
            target = live[int(rng.integers(len(live)))]
            center = GeoPoint(target.point.lat + rng.normal(0, 0.02), target.point.lon + rng.normal(0, 0.02))
            radius_km = haversine_km(center, target.point)
        else:
            center = GeoPoint(HEFEI.lat + rng.uniform(-0.25, 0.25), HEFEI.lon + rng.uniform(-0.25, 0.25))
            radius_km = float(rng.choice([0.5, 1.0, 3.0, 7.5, 15.0]))
        kind_mask = int(rng.integers(1, 16))
        want = oracle(live, center, radius_km, vector, kind_mask, 50.0, storage=storage)[0]
        assert index.search(center, radius_km, vector, kind_mask=kind_mask, now=50.0).ids.tolist() == want
        for limit in (1, 10):
            got = index.search(center, radius_km, vector, kind_mask=kind_mask, now=50.0, limit=limit)
            assert got.ids.tolist() == want[:limit], f"query {q}, top {limit}"


def test_faiss_scored_limit_keeps_every_tie_in_id_order():
    vector = np.eye(DIM, dtype=np.float32)[0]
    entries = [IndexEntry(i, HEFEI, vector) for i in (9, 3, 7, 1, 5)]
    for cls in (GeoIndex, FaissGeoIndex):
        index = cls(DIM)
        index.upsert(entries)
        assert index.search(HEFEI, 1.0, vector, limit=3).ids.tolist() == [1, 3, 5]
