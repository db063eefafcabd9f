"""Synthetic keyword and occupation columns for the nightly kernel's benchmark (`matching.relevance`'s layout).

Terms are drawn Zipf-like from a vocabulary, as Han characters and bigrams are: a few (工, 司机, 焊) in most texts,
most in few. A posting holds `doc_terms` distinct terms, a seeker's query `query_terms`; codes come 1-3 a side from
a catalog whose agreement is 1 within a code, 0.5 within its group of 10 and 0.25 within its field of 100.
"""

from __future__ import annotations

import numpy as np

from matching.layout import FloatArray
from matching.relevance import Padded, Sparse

VOCABULARY = 4000
CATALOG = 1600  # codes, about the national catalog's occupations
DOC_TERMS = 24
QUERY_TERMS = 8


def documents(rng: np.random.Generator, n: int) -> Sparse:
    ids = _distinct(rng, n, DOC_TERMS)
    return _packed(ids, np.where(ids >= 0, rng.uniform(0.2, 0.75, ids.shape), 0.0))


def queries(rng: np.random.Generator, m: int) -> Sparse:
    ids = _distinct(rng, m, QUERY_TERMS)
    raw = np.where(ids >= 0, rng.uniform(0.5, 1.5, ids.shape), 0.0)
    share = rng.uniform(0.5, 1.0, m)[:, None]  # the rest of the ceiling: words no posting has
    return _packed(ids, raw / np.maximum(raw.sum(axis=1, keepdims=True), 1e-12) * share)


def _packed(ids: np.ndarray, values: np.ndarray) -> Sparse:
    """Padded rows (ids ascending, -1 after them) packed."""
    kept = ids >= 0
    starts = np.concatenate([[0], np.cumsum(kept.sum(axis=1))]).astype(np.int64)
    return Sparse(starts, ids[kept], values[kept])


def codes(rng: np.random.Generator, n: int, uncoded: float) -> Padded:
    """1-3 codes each, confidences normalised; `uncoded` of the rows without any."""
    how_many = np.where(rng.random(n) < uncoded, 0, rng.integers(1, 4, n))
    ids = np.where(np.arange(3)[None, :] < how_many[:, None], rng.integers(0, CATALOG, (n, 3)), -1)
    raw = np.where(ids >= 0, rng.uniform(0.01, 1.0, ids.shape), 0.0)
    return Padded(ids, raw / np.maximum(raw.sum(axis=1, keepdims=True), 1e-12))


def agreement() -> FloatArray:
    at = np.arange(CATALOG)
    same_group = (at[:, None] // 10) == (at[None, :] // 10)
    same_field = (at[:, None] // 100) == (at[None, :] // 100)
    out: FloatArray = np.where(
        at[:, None] == at[None, :], 1.0, np.where(same_group, 0.5, np.where(same_field, 0.25, 0))
    )
    return out


def _distinct(rng: np.random.Generator, rows: int, width: int) -> np.ndarray:
    """`width` Zipf-drawn term ids a row, ascending, repeats within a row made padding (-1, after the ids)."""
    weights = 1.0 / np.arange(1, VOCABULARY + 1)
    cumulative = np.cumsum(weights / weights.sum())
    drawn = np.minimum(np.searchsorted(cumulative, rng.random((rows, width))), VOCABULARY - 1).astype(np.int64)
    drawn.sort(axis=1)
    repeat = np.zeros(drawn.shape, bool)
    repeat[:, 1:] = drawn[:, 1:] == drawn[:, :-1]
    drawn = np.where(repeat, VOCABULARY, drawn)
    drawn.sort(axis=1)
    return np.where(drawn == VOCABULARY, -1, drawn)
