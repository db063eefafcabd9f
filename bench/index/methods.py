"""The contenders, measured alike: our GeoIndex (float32 and float16; NumPy-scored as served, and FAISS-scored),
a scipy k-d tree with one NumPy product, and FAISS flat, HNSW and IVF."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
import types
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from bench.machine import cpu_times, steal_share
from matching.columns import Columns, IndexEntry, Storage
from matching.faiss_index import FaissGeoIndex
from matching.geo import EARTH_RADIUS_KM, GeoPoint, bounding_box, haversine_km_many
from matching.index import GeoIndex

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Workload:
    ids: IntArray
    lats: np.ndarray
    lons: np.ndarray
    vectors: np.ndarray  # float32 unit rows
    query_lats: np.ndarray
    query_lons: np.ndarray
    query_vectors: np.ndarray
    urban: np.ndarray  # per query: placed in a city district
    radius_km: float
    k: int

    @property
    def n(self) -> int:
        return len(self.ids)

    def center(self, q: int) -> GeoPoint:
        return GeoPoint(float(self.query_lats[q]), float(self.query_lons[q]))


@dataclass(frozen=True, slots=True)
class Truth:
    ids: list[int]
    in_radius: int


def in_radius_rows(work: Workload, q: int) -> IntArray:
    """Rows within the radius: a box over every point, then exact haversine (what a spatial pre-query costs)."""
    lat_min, lat_max, lon_min, lon_max = bounding_box(work.center(q), work.radius_km)
    box = np.flatnonzero(
        (work.lats >= lat_min) & (work.lats <= lat_max) & (work.lons >= lon_min) & (work.lons <= lon_max)
    )
    d = haversine_km_many(work.center(q).lat, work.center(q).lon, work.lats[box], work.lons[box])
    rows: IntArray = box[d <= work.radius_km + 1e-9]
    return rows


def oracle_top(work: Workload, q: int) -> Truth:
    """Brute force in float64: every posting in the radius, best inner product first, ties by id."""
    rows = in_radius_rows(work, q)
    sims = work.vectors[rows].astype(np.float64) @ work.query_vectors[q].astype(np.float64)
    order = np.lexsort((work.ids[rows], -sims))[: work.k]
    return Truth(work.ids[rows][order].tolist(), len(rows))


class Method:
    name = ""
    scans_all = False  # reads every posting's point or vector per query
    steal: float | None = None
    found: list[list[int]]  # each query's answer, once measured

    def build(self, work: Workload) -> None:
        raise NotImplementedError

    def query(self, work: Workload, q: int) -> list[int]:
        raise NotImplementedError

    def batch(self, work: Workload) -> list[list[int]]:
        """Every query at once, as fast as the method allows; default: a thread per core."""
        with ThreadPoolExecutor(len(os.sched_getaffinity(0))) as pool:
            return list(pool.map(lambda q: self.query(work, q), range(len(work.query_lats))))

    def bytes_per_posting(self, work: Workload) -> float:
        raise NotImplementedError

    def extra(self, work: Workload, latencies: np.ndarray) -> dict[str, Any]:
        return {}

    def timed_build(self, work: Workload) -> None:
        started = time.perf_counter()
        self.build(work)
        self.build_s = time.perf_counter() - started
        self.query(work, 0)  # warm up
        self.latencies: list[float] = []
        self.found = []

    def timed_query(self, work: Workload, q: int) -> None:
        t0 = time.perf_counter()
        got = self.query(work, q)
        self.latencies.append(time.perf_counter() - t0)
        self.found.append(got)

    def updates(self, work: Workload) -> dict[str, Any]:
        """What a write costs, measured after the queries (it changes the index)."""
        return {}

    def result(self, work: Workload, truth: list[list[int]]) -> dict[str, Any]:
        started = time.perf_counter()
        batch = self.batch(work)
        qps = len(batch) / (time.perf_counter() - started)
        got = self.found
        lat = np.array(self.latencies) * 1e3
        recall = np.array([_recall(g, t) for g, t in zip(got, truth)])
        return {
            "method": self.name,
            "recall_at_10": float(recall.mean()),
            "recall_min": float(recall.min()),
            "exact_queries": float(np.mean([g == t for g, t in zip(got, truth)])),
            "p50_ms": float(np.percentile(lat, 50)),
            "p99_ms": float(np.percentile(lat, 99)),
            "urban_p50_ms": float(np.percentile(lat[work.urban], 50)),
            "county_p50_ms": float(np.percentile(lat[~work.urban], 50)),
            "urban_p99_ms": float(np.percentile(lat[work.urban], 99)),
            "county_p99_ms": float(np.percentile(lat[~work.urban], 99)),
            "batch_qps": float(qps),
            "build_s": self.build_s,
            "bytes_per_posting": self.bytes_per_posting(work),
            "batch_equals_single": batch == got,
            "load_avg": os.getloadavg()[0],
            "steal": self.steal,
            **self.extra(work, lat / 1e3),
            **self.updates(work),
        }


def measure_together(methods: list[Method], work: Workload, truth: list[list[int]]) -> list[dict[str, Any]]:
    """Every method built, then the queries timed interleaved: query q by each method in turn, in a shuffled
    order, so that load from other work on shared cores falls on all of them alike. Methods that read the whole
    collection per query (SCANS_ALL) are timed after, alone: each of their queries evicts the caches, which would
    slow whichever method came next. BLAS and OpenMP are held to one thread throughout, as the server runs
    (JOBCIRCLE_COMPUTE_THREADS=1)."""
    rng = np.random.default_rng(27)
    with threadpool_limits(1):  # BLAS and OpenMP (FAISS's)
        for group in ([m for m in methods if not m.scans_all], *([m] for m in methods if m.scans_all)):
            for method in group:
                method.timed_build(work)
                print(f"built {method.name} in {method.build_s:.1f} s", flush=True)
            machine_before = cpu_times()
            for q in range(len(work.query_lats)):
                for i in rng.permutation(len(group)).tolist():
                    group[i].timed_query(work, q)
            steal = steal_share(machine_before, cpu_times())  # a virtual machine's cores, given to others meanwhile
            for method in group:
                method.steal = steal
        return [method.result(work, truth) for method in methods]


class Ours(Method):
    storage: Storage = "float32"

    engine: type[GeoIndex] = GeoIndex
    label = "ours"

    def __init__(self) -> None:
        self.name = f"{self.label} ({self.storage})"

    def build(self, work: Workload) -> None:
        self.index = self.engine(work.vectors.shape[1], storage=self.storage)
        n = work.n
        self.index.replace_all(
            Columns.of(
                ids=work.ids,
                lats=work.lats,
                lons=work.lons,
                reach_km=np.full(n, math.inf),
                kind_masks=np.ones(n, np.int64),
                expires_at=np.full(n, math.inf),
                vectors=work.vectors,
                groups=np.zeros(n, np.int64),
                flags=np.zeros(n, np.int64),
            )
        )

    def query(self, work: Workload, q: int) -> list[int]:
        found = self.index.search(work.center(q), work.radius_km, work.query_vectors[q], limit=work.k)
        return [int(i) for i in found.ids]

    def bytes_per_posting(self, work: Workload) -> float:
        return self.index.nbytes() / work.n

    def extra(self, work: Workload, latencies_s: np.ndarray) -> dict[str, Any]:
        row_bytes = self.index.nbytes() / work.n
        scanned = np.array(
            [
                sum(s.stop - s.start for s in self.index.plan(work.center(q), work.radius_km)) * row_bytes
                for q in range(len(work.query_lats))
            ]
        )
        rate = scanned / latencies_s / 1e9
        return {
            "scanned_mb_p50": float(np.median(scanned) / 1e6),
            "scanned_mb_max": float(scanned.max() / 1e6),
            "scan_gbs_p50": float(np.median(rate)),
            "scan_gbs_heaviest_decile": float(np.median(rate[scanned >= np.percentile(scanned, 90)])),
        }

    def updates(self, work: Workload, writes: int = 1100) -> dict[str, Any]:
        """Single-item writes as the change feed makes them: upserts moving a posting a little, then removals.
        More upserts than DELTA_MAX, so that one merge of the recent writes into the sorted rows is counted."""
        rng = np.random.default_rng(5)
        rows = rng.choice(work.n, writes, replace=False).tolist()
        upsert_s, remove_s = [], []
        for row in rows:
            entry = IndexEntry(
                int(work.ids[row]),
                GeoPoint(float(work.lats[row]) + 1e-4, float(work.lons[row])),
                work.vectors[row],
                kind_mask=1,
            )
            t0 = time.perf_counter()
            self.index.upsert([entry])
            upsert_s.append(time.perf_counter() - t0)
        for row in rows[:300]:
            t0 = time.perf_counter()
            self.index.remove([int(work.ids[row])])
            remove_s.append(time.perf_counter() - t0)
        return {
            "upsert_ms_p50": float(np.median(upsert_s) * 1e3),
            "upsert_ms_mean": float(np.mean(upsert_s) * 1e3),  # the merge included
            "upsert_ms_max": float(np.max(upsert_s) * 1e3),  # the merge
            "remove_ms_p50": float(np.median(remove_s) * 1e3),
            "remove_ms_mean": float(np.mean(remove_s) * 1e3),
        }


class OursHalf(Ours):
    storage: Storage = "float16"


class OursFaiss(Ours):
    """Our layout and candidates, scored and ranked by FAISS's kernels (matching/faiss_index.py)."""

    engine = FaissGeoIndex
    label = "ours, FAISS-scored"


class OursFaissHalf(OursFaiss):
    storage: Storage = "float16"


def ours_at(revision: str, storage: Storage) -> Ours:
    """`Ours` with matching/index.py as it was at a git revision (imported under another name beside today's),
    so that old and new are timed interleaved in one run. Only that file is the revision's: what it imports is today's
    (since the splits of 2026-12-05, `sphere`, `similarity`, `columns`, `candidates`, `index_state` and `snapshots`),
    so a change in those is on both sides."""
    source = subprocess.run(
        ["git", "show", f"{revision}:matching/index.py"],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent,
    ).stdout
    module = types.ModuleType(f"index_at_{revision.replace('~', '_').replace('^', '_')}")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{revision}:matching/index.py", "exec"), module.__dict__)  # our own history, not input
    engine: type[GeoIndex] = module.GeoIndex
    method = type("OursAt", (Ours,), {"engine": engine, "storage": storage, "label": f"ours at {revision}"})()
    return method


def unit_sphere(lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lats), np.radians(lons)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


class KdTree(Method):
    """The obvious alternative (issue 27): scipy's k-d tree over the points on the unit sphere, every point within
    the radius's chord, one NumPy product over their vectors, the top k by argpartition (ties by id). Exact for
    distance; no kinds, expiry or other conditions, and no writes: a change rebuilds the tree (`build s`)."""

    name = "scipy cKDTree + numpy dot"

    def build(self, work: Workload) -> None:
        from scipy.spatial import cKDTree

        self.tree = cKDTree(unit_sphere(work.lats, work.lons))
        self.chord = 2 * math.sin((work.radius_km + 1e-9) / (2 * EARTH_RADIUS_KM))

    def query(self, work: Workload, q: int) -> list[int]:
        lat, lon = math.radians(work.query_lats[q]), math.radians(work.query_lons[q])
        centre = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
        rows = np.asarray(self.tree.query_ball_point(centre, self.chord), np.int64)
        sims = work.vectors[rows] @ work.query_vectors[q]
        if len(rows) > work.k:
            top = np.argpartition(-sims, work.k - 1)[: work.k]
            kth = sims[top].min()
            top = np.flatnonzero(sims >= kth)  # every tie at the k-th place, sorted out by id below
            rows, sims = rows[top], sims[top]
        ids = work.ids[rows]
        return [int(i) for i in ids[np.lexsort((ids, -sims))][: work.k]]

    def bytes_per_posting(self, work: Workload) -> float:
        # the tree's points and index; the vectors it reads are the workload's float32 rows
        return float((self.tree.data.nbytes + self.tree.indices.nbytes) / work.n + work.vectors[0].nbytes)


class FlatThenFilter(Method):
    """Exact: the 1024 most similar postings of all, filtered by distance; when fewer than k of them lie
    in the radius, every posting's similarity (a range search over all), filtered."""

    name = "FAISS IndexFlatIP, then distance filter"
    scans_all = True
    first_k = 1024

    def build(self, work: Workload) -> None:
        self.index = faiss.IndexFlatIP(work.vectors.shape[1])
        self.index.add(work.vectors)

    def query(self, work: Workload, q: int) -> list[int]:
        return self._filtered(work, q, *self.index.search(work.query_vectors[q : q + 1], self.first_k))

    def batch(self, work: Workload) -> list[list[int]]:
        sims, rows = self.index.search(work.query_vectors, self.first_k)
        return [self._filtered(work, q, sims[q : q + 1], rows[q : q + 1]) for q in range(len(rows))]

    def _filtered(self, work: Workload, q: int, sims: np.ndarray, rows: np.ndarray) -> list[int]:
        found = self._inside(work, q, sims[0], rows[0])
        if len(found[0]) < work.k:  # the first 1024 hold fewer than k inside: every similarity, unsorted
            _, all_sims, all_rows = self.index.range_search(work.query_vectors[q : q + 1], -2.0)
            found = self._inside(work, q, all_sims, all_rows)
        ids, s = found
        return [int(i) for i in ids[np.lexsort((ids, -s))][: work.k]]

    def _inside(self, work: Workload, q: int, sims: np.ndarray, rows: np.ndarray) -> tuple[IntArray, np.ndarray]:
        valid = rows >= 0
        d = haversine_km_many(work.center(q).lat, work.center(q).lon, work.lats[rows[valid]], work.lons[rows[valid]])
        inside = d <= work.radius_km + 1e-9
        return work.ids[rows[valid][inside]], sims[valid][inside]

    def bytes_per_posting(self, work: Workload) -> float:
        return float(faiss.serialize_index(self.index).nbytes) / work.n


class Selected(Method):
    """An approximate index over everything, searched with an IDSelector of the in-radius rows."""

    index: Any  # FAISS's SWIG classes carry no types
    scans_all = True  # the in-radius rows are found by a pass over every point

    def query(self, work: Workload, q: int) -> list[int]:
        rows = in_radius_rows(work, q)
        if not len(rows):
            return []
        params = self._params(faiss.IDSelectorBatch(rows.astype(np.int64)))
        sims, found = self.index.search(work.query_vectors[q : q + 1], work.k, params=params)
        keep = found[0] >= 0
        ids, s = work.ids[found[0][keep]], sims[0][keep]
        return [int(i) for i in ids[np.lexsort((ids, -s))]]

    def _params(self, selector: Any) -> Any:
        raise NotImplementedError

    def bytes_per_posting(self, work: Workload) -> float:
        return float(faiss.serialize_index(self.index).nbytes) / work.n


class Hnsw(Selected):
    name = "FAISS HNSW32 + IDSelector"
    ef_search = 128

    def build(self, work: Workload) -> None:
        self.index = faiss.IndexHNSWFlat(work.vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        self.index.hnsw.efConstruction = 40
        self.index.add(work.vectors)

    def _params(self, selector: Any) -> Any:
        return faiss.SearchParametersHNSW(sel=selector, efSearch=self.ef_search)  # type: ignore[attr-defined]


class Ivf(Selected):
    name = "FAISS IVFFlat + IDSelector"
    nprobe = 16

    def build(self, work: Workload) -> None:
        nlist = int(math.sqrt(work.n))
        self.quantizer = faiss.IndexFlatIP(work.vectors.shape[1])
        self.index = faiss.IndexIVFFlat(self.quantizer, work.vectors.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
        train = work.vectors[np.random.default_rng(1).choice(work.n, min(work.n, 39 * nlist), replace=False)]
        self.index.train(train)
        self.index.add(work.vectors)
        self.name = f"FAISS IVFFlat (nlist {nlist}, nprobe {self.nprobe}) + IDSelector"

    def _params(self, selector: Any) -> Any:
        return faiss.SearchParametersIVF(sel=selector, nprobe=self.nprobe)  # type: ignore[call-arg]


METHODS: dict[str, type[Method]] = {
    "ours": Ours,
    "ours-fp16": OursHalf,
    "ours-faiss": OursFaiss,
    "ours-faiss-fp16": OursFaissHalf,
    "kdtree": KdTree,
    "flat": FlatThenFilter,
    "hnsw": Hnsw,
    "ivf": Ivf,
}


def _recall(got: list[int], truth: list[int]) -> float:
    return 1.0 if not truth else len(set(got) & set(truth)) / len(truth)
