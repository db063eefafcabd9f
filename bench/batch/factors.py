"""Synthetic keyword and occupation columns for the nightly kernel's benchmark (`matching.factor_rows`' layout), and
licence and wish bits for its unsaid-licence and wishes terms.

Terms are drawn Zipf-like from a vocabulary, as Han characters and bigrams are: a few (工, 司机, 焊) in most texts,
most in few. A posting holds `doc_terms` distinct terms, a seeker's query `query_terms`; codes come 1-3 a side from
a catalog whose agreement is 1 within a code, 0.5 within its group of 10 and 0.25 within its field of 100.
"""

from __future__ import annotations

import numpy as np

from matching.factor_rows import Padded, Sparse
from matching.layout import FloatArray, IntArray

VOCABULARY = 4000
CATALOG = 1600  # codes, about the national catalog's occupations
DOC_TERMS = 24
QUERY_TERMS = 8
LICENCES = 12  # licence bits, as `facts.bits` has about that many (driving, 电工证, 护士, 会计, 焊工, 叉车, ...)
REQUIRING = 0.015  # postings requiring one: 540 of the 35,628 real postings (bench/README, the unsaid licence)
WISHES = (0.2, 0.15, 0.1)  # postings offering each wish (meals, housing, part time): a guess, not measured


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


def bits(rng: np.random.Generator, n_postings: int, n_seekers: int) -> tuple[IntArray, IntArray, IntArray]:
    """(postings' fact bits, seekers' unsaid licences, seekers' wishes): REQUIRING of postings require one licence,
    each wish bit offered by its share; 90% of seekers mention no licence (every licence unsaid), the rest one or two
    (those said); 15% wish for one or two of the three."""
    licence = np.where(rng.random(n_postings) < REQUIRING, 1 << rng.integers(0, LICENCES, n_postings), 0)
    offered = (rng.random((n_postings, len(WISHES))) < np.array(WISHES)) * (1 << (LICENCES + np.arange(len(WISHES))))
    every = (1 << LICENCES) - 1
    said = np.where(rng.random(n_seekers) < 0.9, 0, (1 << rng.integers(0, LICENCES, n_seekers)))
    said |= np.where(rng.random(n_seekers) < 0.5, 0, (1 << rng.integers(0, LICENCES, n_seekers)))
    wished = (rng.random((n_seekers, len(WISHES))) < 0.08) * (1 << (LICENCES + np.arange(len(WISHES))))
    return (
        (licence | offered.sum(axis=1)).astype(np.int64),
        (every & ~said).astype(np.int64),
        wished.sum(axis=1).astype(np.int64),
    )


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
