"""`python -m bench.index.fixed_cost`: where one sparse query's time goes (issue 27).

County seekers (about 20 postings in 3 km) over 100,000 synthetic postings, float32, top-10, BLAS and OpenMP at
one thread: the p50 of 500 queries, then cProfile's top functions over the same 500. Random vectors (no model
needed): the work per query depends on the postings in the disk, not on what the vectors say. Run it at two
commits to compare them.
"""

from __future__ import annotations

import cProfile
import io
import math
import pstats
import time

import numpy as np
from threadpoolctl import threadpool_limits

from bench import synth
from matching.columns import Columns
from matching.geo import GeoPoint
from matching.index import GeoIndex

N = 100_000
QUERIES = 500


def main() -> None:
    rng = np.random.default_rng(1)
    points = synth.place(rng, N)
    vectors = _unit(rng.normal(size=(N, 512)))
    index = GeoIndex(512)
    index.replace_all(
        Columns.of(
            ids=np.arange(1, N + 1, dtype=np.int64) * 7,
            lats=points.lats,
            lons=points.lons,
            reach_km=np.full(N, math.inf),
            kind_masks=np.ones(N, np.int64),
            expires_at=np.full(N, math.inf),
            vectors=vectors,
            groups=np.zeros(N, np.int64),
            flags=np.zeros(N, np.int64),
        )
    )
    seekers = synth.place(rng, QUERIES, urban=False)
    centres = [GeoPoint(float(lat), float(lon)) for lat, lon in zip(seekers.lats, seekers.lons)]
    queries = _unit(rng.normal(size=(QUERIES, 512)))
    with threadpool_limits(1):
        for i in range(50):
            index.search(centres[i], 3.0, queries[i], limit=10)  # warm up
        latencies = []
        for centre, query in zip(centres, queries):
            started = time.perf_counter()
            index.search(centre, 3.0, query, limit=10)
            latencies.append(time.perf_counter() - started)
        profile = cProfile.Profile()
        profile.enable()
        for centre, query in zip(centres, queries):
            index.search(centre, 3.0, query, limit=10)
        profile.disable()
    print(f"county seekers, {N:,} postings: p50 {np.median(latencies) * 1e3:.3f} ms over {QUERIES} queries")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(12)
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


if __name__ == "__main__":
    main()
