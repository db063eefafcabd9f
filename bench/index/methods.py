"""The contenders: our GeoIndex (float32 and float16) and FAISS flat, HNSW and IVF, measured alike."""

from __future__ import annotations

import math
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from bench.machine import cpu_times, steal_share
from matching.geo import GeoPoint, bounding_box, haversine_km_many
from matching.index import Columns, GeoIndex, Storage

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

    def measure(self, work: Workload, truth: list[list[int]]) -> dict[str, Any]:
        started = time.perf_counter()
        self.build(work)
        build_s = time.perf_counter() - started
        self.query(work, 0)  # warm up
        latencies, got = [], []
        machine_before = cpu_times()
        for q in range(len(work.query_lats)):
            t0 = time.perf_counter()
            got.append(self.query(work, q))
            latencies.append(time.perf_counter() - t0)
        steal = steal_share(machine_before, cpu_times())  # a virtual machine's cores, given to others meanwhile
        started = time.perf_counter()
        batch = self.batch(work)
        qps = len(batch) / (time.perf_counter() - started)
        self.found = got
        lat = np.array(latencies) * 1e3
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
            "batch_qps": float(qps),
            "build_s": build_s,
            "bytes_per_posting": self.bytes_per_posting(work),
            "batch_equals_single": batch == got,
            "load_avg": os.getloadavg()[0],
            "steal": steal,
            **self.extra(work, lat / 1e3),
        }


class Ours(Method):
    storage: Storage = "float32"

    def __init__(self) -> None:
        self.name = f"ours ({self.storage})"

    def measure(self, work: Workload, truth: list[list[int]]) -> dict[str, Any]:
        with threadpool_limits(1, user_api="blas"):  # as the server runs (JOBCIRCLE_COMPUTE_THREADS=1)
            return super().measure(work, truth)

    def build(self, work: Workload) -> None:
        self.index = GeoIndex(work.vectors.shape[1], storage=self.storage)
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


class OursHalf(Ours):
    storage: Storage = "float16"


class FlatThenFilter(Method):
    """Exact: the 1024 most similar postings of all, filtered by distance; when fewer than k of them lie
    in the radius, every posting's similarity (a range search over all), filtered."""

    name = "FAISS IndexFlatIP, then distance filter"
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
    "flat": FlatThenFilter,
    "hnsw": Hnsw,
    "ivf": Ivf,
}


def _recall(got: list[int], truth: list[int]) -> float:
    return 1.0 if not truth else len(set(got) & set(truth)) / len(truth)
