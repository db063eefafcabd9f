"""The geo index with FAISS as its scoring engine: the same layout, candidates scored by FAISS's kernels.

`GeoIndex` finds the candidates (geometry, kinds, expiry: numpy over the sorted rows) and scores them
with NumPy products; this one hands them to FAISS: `knn_inner_products_by_idx` reads float32 rows where
they lie and keeps the best in its heap; float16 rows are widened by FAISS's fp16 scalar quantizer.
Kept beside the served index so that bench/index measures both in one run (bench/README.md, issue 27).
"""

from __future__ import annotations

from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from matching.candidates import Hits
from matching.index import GeoIndex
from matching.layout import Arena, IntArray, StoredVectors, Vectors
from matching.similarity import exact_similarities


class FaissGeoIndex(GeoIndex):
    """`GeoIndex` whose candidates FAISS scores and ranks; exact like it (float32 sums, ties by id)."""

    def _scored(self, arena: Arena, hits: Hits, query: Vectors, limit: int | None) -> Hits:
        vectors = arena.vectors
        if limit is None or limit + 1 >= len(hits.slots):
            return hits.scored(_all_similarities(vectors, hits.slots, query))
        similarity, at = _best(vectors, hits.slots, query, limit + 1)
        if similarity[limit] == similarity[limit - 1]:  # a tie across the limit: ids decide, so score them all
            return hits.scored(_all_similarities(vectors, hits.slots, query))
        return Hits(hits.ids[at], hits.chord2[at], similarity, hits.groups[at], hits.slots[at])


def _all_similarities(vectors: StoredVectors, slots: IntArray, query: Vectors) -> npt.NDArray[np.float32]:
    if vectors.dtype == np.float32:
        return exact_similarities(vectors, slots, query)
    out = np.empty(len(slots), np.float32)
    rows = _decoded(vectors[slots])
    faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]  # SWIG: no stubs
        faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), rows.shape[1], len(rows)
    )
    return out


def _best(vectors: StoredVectors, slots: IntArray, query: Vectors, k: int) -> tuple[Vectors, IntArray]:
    """The k best similarities, descending, and their positions in `slots`."""
    values, at = np.empty(k, np.float32), np.empty(k, np.int64)
    if vectors.dtype == np.float32:
        faiss.knn_inner_products_by_idx(  # type: ignore[attr-defined]
            faiss.swig_ptr(query),
            faiss.swig_ptr(vectors),
            faiss.swig_ptr(slots),
            vectors.shape[1],
            1,
            len(vectors),
            len(slots),
            k,
            faiss.swig_ptr(values),
            faiss.swig_ptr(at),
        )
        return values, np.searchsorted(slots, at) if _ascending(slots) else _positions(slots, at)
    rows = _decoded(vectors[slots])
    faiss.knn_inner_product(
        faiss.swig_ptr(query),
        faiss.swig_ptr(rows),
        rows.shape[1],
        1,
        len(rows),
        k,
        faiss.swig_ptr(values),
        faiss.swig_ptr(at),
    )
    return values, at


def _decoded(rows: StoredVectors) -> Vectors:
    """Float16 rows widened by FAISS's fp16 scalar quantizer, whose codes are exactly IEEE half floats."""
    quantizer = _fp16_quantizer(rows.shape[1])
    codes = np.ascontiguousarray(rows).view(np.uint8)
    out = np.empty(rows.shape, np.float32)
    quantizer.decode_c(faiss.swig_ptr(codes), faiss.swig_ptr(out), len(rows))
    return out


_QUANTIZERS: dict[int, Any] = {}


def _fp16_quantizer(dim: int) -> Any:
    if dim not in _QUANTIZERS:
        _QUANTIZERS[dim] = faiss.ScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16)
    return _QUANTIZERS[dim]


def _ascending(slots: IntArray) -> bool:
    return bool(len(slots) < 2 or (slots[1:] > slots[:-1]).all())


def _positions(slots: IntArray, found: IntArray) -> IntArray:
    order = np.argsort(slots)
    at: IntArray = order[np.searchsorted(slots, found, sorter=order)]
    return at
