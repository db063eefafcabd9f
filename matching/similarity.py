"""Inner products of stored rows (float32, or float16 widened exactly) with a query: the exact ones, and the fast
float16 product within a stated slack (`HALF_SLACK`)."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.layout import IntArray, StoredVectors, Vectors

HALF_SLACK = 4e-3  # > twice the error of a float16 product (query and result rounded: <= 2 x 2^-11 on unit rows)


def fast_similarities(vectors: StoredVectors, query: Vectors) -> npt.NDArray[np.float32]:
    """Inner products (== cosine on unit vectors) of every row with the query: exact float32 sums for
    float32 rows; for float16 rows torch's float16 product, off by at most HALF_SLACK / 2."""
    if not len(vectors):
        return np.zeros(0, np.float32)
    if vectors.dtype == np.float32:
        return float_similarities(np.ascontiguousarray(vectors, np.float32), np.ascontiguousarray(query, np.float32))
    torch = torch_or_none()  # NumPy has no float16 BLAS: its float16 products run scalar code, ~20x slower
    if torch is None:
        return widened(vectors) @ query
    product = torch.mv(torch.from_numpy(np.ascontiguousarray(vectors)), torch.from_numpy(query.astype(np.float16)))
    similarities: npt.NDArray[np.float32] = product.float().numpy()
    return similarities


def float_similarities(rows: Vectors, query: Vectors) -> npt.NDArray[np.float32]:
    # FAISS's SIMD loop streams rows at the memory's speed on one core (37 GB/s here); NumPy's BLAS
    # sgemv reached a third of that (bench/README.md).
    import faiss

    out = np.empty(len(rows), np.float32)
    faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]  # SWIG: no stubs
        faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), rows.shape[1], len(rows)
    )
    return out


def exact_similarities(vectors: StoredVectors, slots: IntArray, query: Vectors) -> npt.NDArray[np.float32]:
    """Float32 sums of the rows at `slots` with the query: gathered, then one BLAS product. FAISS's
    `fvec_inner_products_by_idx` reads them in place but opens an OpenMP team per call, which on busy cores
    cost 6x the product (bench/README.md, issue 27); the server limits BLAS's threads, not OpenMP's.
    A few float16 rows are widened by `half_scaled` (three NumPy passes), not torch: its call costs ~4 us
    alone and ~15 us amid a search's other work (its code cold), more than the whole product of a sparse query."""
    if vectors.dtype == np.float32:
        return vectors.take(slots, axis=0) @ query
    if len(slots) <= FEW_HALF_ROWS or torch_or_none() is None:
        # each product (v * 2^-112) * (q * 2^112) is v * q exactly, so the sums are bit for bit the widened rows'
        return half_scaled(vectors.view(np.int16).take(slots, axis=0)) @ (query * HALF_SCALE)
    return widened(vectors.take(slots, axis=0)) @ query


def widened(vectors: StoredVectors) -> Vectors:
    if vectors.dtype == np.float32:
        return np.asarray(vectors, np.float32)
    torch = torch_or_none()
    if torch is None:  # NumPy's astype widens one value at a time, ~1.7 ns each; these passes are SIMD
        wide = half_scaled(np.ascontiguousarray(vectors).view(np.int16))
        wide *= HALF_SCALE  # exact: a power of two, into float32's normal range
        return wide
    as_float: Vectors = torch.from_numpy(np.ascontiguousarray(vectors)).float().numpy()  # F16C instructions
    return as_float


FEW_HALF_ROWS = 256  # up to this many float16 rows, `half_scaled` widens them faster than a torch call
HALF_SCALE = 2.0**112  # 2^(127 - 15): float32's exponent bias over float16's
_SIGN_AND_MAGNITUDE = np.int32(-0x70000001)  # 0x8FFFFFFF: the sign bit and the 28 bits below the exponent's top 3


def half_scaled(halves: npt.NDArray[np.int16]) -> Vectors:
    """Float16 values (their bits, as int16) as float32 values `v * 2**-112`, exactly, for every finite v.

    A float16's 15 bits below its sign, shifted up 13, are a float32 whose exponent is 112 smaller (float16
    subnormals become float32 subnormals, also exact); sign extension to int32 fills the 3 bits above them with
    the sign, which the mask clears, leaving it in bit 31. Three passes of integer SIMD, no table, no torch."""
    bits = halves.astype(np.int32)
    bits <<= 13
    bits &= _SIGN_AND_MAGNITUDE
    scaled: Vectors = bits.view(np.float32)
    return scaled


@functools.cache  # a failed import searches the path again each time: tens of microseconds
def torch_or_none() -> Any:
    """torch when installed (the `export` extras; a serving install has none), else None."""
    try:
        import torch
    except ImportError:
        return None
    return torch
