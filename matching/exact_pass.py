"""The kernel's exact pass: the float64 score of shortlisted (seeker, posting) pairs, as the interactive ranking gives
it, and each seeker's k best by (-score, id)."""

from __future__ import annotations

from typing import cast

import numpy as np
import numpy.typing as npt

from matching.batch_tables import Seekers, column_rows
from matching.bit_terms import bit_terms
from matching.geo import EARTH_RADIUS_KM
from matching.group_columns import Side
from matching.layout import FloatArray, IntArray
from matching.ranking import NEUTRAL_SALARY_FIT, Weights, semantic_of
from matching.relevance import GroupRelevance
from matching.sphere import BOUNDARY_TOLERANCE_KM

Kept = tuple[IntArray, IntArray, IntArray, FloatArray, npt.NDArray[np.float32], FloatArray]


def pair_score(
    similarity: npt.NDArray[np.floating],
    distance_km: FloatArray,
    pay: FloatArray,
    expected: FloatArray,
    bonus: FloatArray,
    weights: Weights,
) -> FloatArray:
    """The push score of (seeker, posting) pairs; the same terms rank_top_k gives these factors."""
    semantic = semantic_of(similarity, weights)
    nearness = 0.5 ** (distance_km / weights.distance_half_km)
    with np.errstate(invalid="ignore", divide="ignore"):
        fit = np.minimum(1.0, pay / expected)
    fit = np.where(np.isfinite(fit) & (expected > 0), fit, NEUTRAL_SALARY_FIT)
    score: FloatArray = weights.semantic * semantic + weights.distance * nearness + weights.salary * fit + bonus
    return score


def exact_best(
    side: Side,
    seekers: Seekers,
    rows: IntArray,
    sim: npt.NDArray[np.float32],
    at: IntArray,
    col: IntArray,
    weights: Weights,
    k: int,
    extra: GroupRelevance | None,
    priors: FloatArray | None = None,
    cand: IntArray | None = None,
) -> Kept:
    """pair_score (plus `extra`, the pairs' keyword and occupation part) of shortlisted pairs (group row `at`,
    candidate `col`) with haversine in float64; each row's k best by (-score, id), as (row, rank, column, score,
    similarity, distance) of the kept pairs."""
    seeker = rows[at]
    dist = haversine_km_rows(seekers.lats[seeker], seekers.lons[seeker], side.lats[col, None], side.lons[col, None])[
        :, 0
    ]
    pair_sim = sim[at, col]
    score = pair_score(pair_sim, dist, side.pay[col], seekers.expected_monthly[seeker], side.bonus[col], weights)
    part = None if extra is None else extra.exact(at, col)
    if part is not None:
        score = score + part
    if side.fact_bits is not None and (seekers.unsaid_bits is not None or seekers.wish_bits is not None):
        score = score + bit_terms(
            column_rows(seekers.unsaid_bits, seeker),
            column_rows(seekers.wish_bits, seeker),
            side.fact_bits[col],
            weights,
        )
    if seekers.fact_bits is not None and (side.unsaid is not None or side.wishes is not None):
        score = score + bit_terms(
            column_rows(side.unsaid, col), column_rows(side.wishes, col), seekers.fact_bits[seeker], weights
        )
    if seekers.priors is not None and priors is not None and cand is not None and weights.unsaid_prior:
        score = score - weights.unsaid_prior * _dot_in_order(seekers.priors[seeker], priors[cand[col]])
    inside = dist <= np.minimum(seekers.radius_km[seeker], side.reach_km[col]) + BOUNDARY_TOLERANCE_KM
    order = np.flatnonzero(inside)
    order = order[np.lexsort((side.ids[col[order]], -score[order], at[order]))]
    sorted_at = at[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_at, sorted_at, "left")
    kept = order[rank < k]
    return at[kept], rank[rank < k], col[kept], score[kept], pair_sim[kept], dist[kept]


def _dot_in_order(a: FloatArray, b: FloatArray) -> FloatArray:
    """Row-wise dot products added family by family from 0.0, as `ranking.added` adds a pair's priors."""
    out = np.zeros(len(a))
    for family in range(a.shape[1]):
        out += a[:, family] * b[:, family]
    return out


def joined(best: Kept, stay: npt.NDArray[np.bool_], fixed: Kept) -> Kept:
    joined = (np.concatenate([b[stay], f]) for b, f in zip(best, fixed, strict=True))  # type: ignore[index]
    return cast(Kept, tuple(joined))


def haversine_km_rows(lats: FloatArray, lons: FloatArray, to_lats: FloatArray, to_lons: FloatArray) -> FloatArray:
    """Row i: distances from point i to each of to_*[i], haversine_km's formula."""
    a, b = np.radians(lats)[:, None], np.radians(to_lats)
    h = np.sin((b - a) / 2) ** 2 + np.cos(a) * np.cos(b) * np.sin(np.radians(to_lons - lons[:, None]) / 2) ** 2
    km: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return km
