"""The nightly batch kernel: every seeker's top-k postings within radius, one matrix multiply per cell group.

Seekers are grouped by their lat/lon cell (and radius class); each group's candidates are the
postings of the cells its disks can touch, so one `group x candidates` product scores them all.
Exact inside the radius: cells only narrow candidates, distance and the filters decide.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.geo import GeoPoint, bounding_box, haversine_km_grid
from matching.index import BOUNDARY_TOLERANCE_KM, DEFAULT_CELL_DEG, FloatArray, IntArray, Vectors
from matching.ranking import NEUTRAL_SALARY_FIT, Weights

GROUP_ROWS = 256  # seekers scored per product: bounds the group x candidates matrices


@dataclass(frozen=True, slots=True)
class Postings:
    """What is matched against, as parallel arrays; `bonus` is an already weighted per-posting term."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    vectors: Vectors  # unit rows
    reach_km: FloatArray  # inf: no own radius
    kind_masks: IntArray
    published_at: FloatArray  # epoch seconds
    monthly_pay: FloatArray  # nan: unknown
    bonus: FloatArray  # e.g. weighted freshness and a running fair's boost

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(frozen=True, slots=True)
class Seekers:
    """Who asks, as parallel arrays; a posting published at or before `since` is not new to them."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    vectors: Vectors
    radius_km: FloatArray
    kind_masks: IntArray
    since: FloatArray  # epoch seconds
    expected_monthly: FloatArray  # nan: no expectation

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(frozen=True, slots=True)
class TopK:
    """Row i holds seeker i's best postings, best first; padding is id -1 with score -inf."""

    seeker_ids: IntArray
    posting_ids: IntArray
    scores: FloatArray
    similarity: npt.NDArray[np.float32]
    distance_km: FloatArray
    pairs_scored: int  # seeker x candidate products computed: the work done


def pair_score(similarity: npt.NDArray[np.floating], distance_km: FloatArray, pay: FloatArray,
               expected: FloatArray, bonus: FloatArray, weights: Weights) -> FloatArray:
    """The push score of (seeker, posting) pairs; the same terms rank_top_k gives these factors."""
    semantic = np.clip(similarity.astype(np.float64), 0.0, 1.0)
    nearness = 0.5 ** (distance_km / weights.distance_half_km)
    with np.errstate(invalid="ignore", divide="ignore"):
        fit = np.minimum(1.0, pay / expected)
    fit = np.where(np.isfinite(fit) & (expected > 0), fit, NEUTRAL_SALARY_FIT)
    score: FloatArray = weights.semantic * semantic + weights.distance * nearness + weights.salary * fit + bonus
    return score


def top_k_within_radius(
    postings: Postings,
    seekers: Seekers,
    k: int,
    weights: Weights,
    *,
    excluded: Mapping[int, Collection[int]] | None = None,
    cell_deg: float = DEFAULT_CELL_DEG,
) -> TopK:
    """For every seeker, the k best postings by `pair_score` among those within min(radius, reach),
    of an accepted kind, published after the seeker's `since` and not in `excluded[seeker_id]`.
    Ties are broken by posting id, so the result equals a brute-force sort of all pairs."""
    m = len(seekers)
    out_ids = np.full((m, k), -1, np.int64)
    out_scores = np.full((m, k), -np.inf)
    out_sim = np.zeros((m, k), np.float32)
    out_dist = np.zeros((m, k))
    cells = _PostingCells(postings, cell_deg)
    scored = 0
    for rows in _seeker_groups(seekers, cell_deg):
        candidates = cells.covering(seekers, rows)
        if not len(candidates):
            continue
        scored += len(rows) * len(candidates)
        score, sim, dist = _score_group(postings, seekers, rows, candidates, weights, excluded or {})
        best = _best_k(score, postings.ids[candidates], k)
        width = best.shape[1]
        picked = np.take_along_axis(score, best, axis=1)
        out_scores[rows, :width] = picked
        out_ids[rows, :width] = np.where(np.isfinite(picked), postings.ids[candidates][best], -1)
        out_sim[rows, :width] = np.take_along_axis(sim, best, axis=1)
        out_dist[rows, :width] = np.take_along_axis(dist, best, axis=1)
    return TopK(seekers.ids, out_ids, out_scores, out_sim, out_dist, scored)


def assign(top: TopK, per_seeker: int, per_posting: int, taken: Mapping[int, int] | None = None) -> list[tuple[int, int]]:
    """Greedy in global score order: (row, column) picks with at most `per_seeker` per seeker and
    `per_posting` per posting (counting `taken` already), so one posting cannot absorb every seeker
    while equally good ones get none."""
    rows, cols = np.nonzero(top.posting_ids >= 0)
    order = np.lexsort((top.posting_ids[rows, cols], top.seeker_ids[rows], -top.scores[rows, cols]))
    used = dict(taken or {})
    per_row: dict[int, int] = {}
    picks: list[tuple[int, int]] = []
    for row, col in zip(rows[order].tolist(), cols[order].tolist()):
        posting = int(top.posting_ids[row, col])
        if per_row.get(row, 0) >= per_seeker or used.get(posting, 0) >= per_posting:
            continue
        per_row[row] = per_row.get(row, 0) + 1
        used[posting] = used.get(posting, 0) + 1
        picks.append((row, col))
    return sorted(picks)


class _PostingCells:
    """Postings sorted by cell so each cell's rows are one contiguous slice."""

    def __init__(self, postings: Postings, cell_deg: float) -> None:
        self.cell_deg = cell_deg
        keys = _cell_keys(postings.lats, postings.lons, cell_deg)
        self.order = np.lexsort((keys[:, 1], keys[:, 0]))
        sorted_keys = keys[self.order]
        bounds = np.concatenate([[0], _boundaries(sorted_keys), [len(keys)]]).astype(np.int64)
        self.slices = {(int(sorted_keys[a, 0]), int(sorted_keys[a, 1])): (int(a), int(b))
                       for a, b in zip(bounds[:-1], bounds[1:]) if b > a}

    def covering(self, seekers: Seekers, rows: IntArray) -> IntArray:
        """Posting rows in every cell that any of these seekers' disks can touch."""
        radius_km = float(seekers.radius_km[rows].max())
        lats, lons = seekers.lats[rows], seekers.lons[rows]
        # The corners' boxes together bound every disk centred inside the seekers' rectangle.
        boxes = [bounding_box(GeoPoint(float(lat), float(lon)), radius_km)
                 for lat in (lats.min(), lats.max()) for lon in (lons.min(), lons.max())]
        lat_keys = _keys(min(b[0] for b in boxes), max(b[1] for b in boxes), self.cell_deg)
        lon_keys = _keys(min(b[2] for b in boxes), max(b[3] for b in boxes), self.cell_deg)
        found = [np.arange(*self.slices[(a, b)]) for a in lat_keys for b in lon_keys if (a, b) in self.slices]
        return self.order[np.concatenate(found)] if found else np.zeros(0, np.int64)


def _keys(low: float, high: float, cell_deg: float) -> range:
    return range(math.floor(low / cell_deg), math.floor(high / cell_deg) + 1)


def _boundaries(sorted_keys: IntArray) -> IntArray:
    """Rows where a run of equal keys begins, after the first."""
    if not len(sorted_keys):
        return np.zeros(0, np.int64)
    starts: IntArray = np.flatnonzero(np.any(np.diff(sorted_keys, axis=0) != 0, axis=1)) + 1
    return starts


def _cell_keys(lats: FloatArray, lons: FloatArray, cell_deg: float) -> IntArray:
    keys: IntArray = np.stack([np.floor(lats / cell_deg), np.floor(lons / cell_deg)], axis=1).astype(np.int64)
    return keys.reshape(-1, 2)


def _seeker_groups(seekers: Seekers, cell_deg: float) -> Iterator[IntArray]:
    """Rows of seekers sharing a cell and a whole-km radius class, at most GROUP_ROWS at a time."""
    keys = _cell_keys(seekers.lats, seekers.lons, cell_deg)
    radius_class = np.ceil(seekers.radius_km).astype(np.int64)
    order = np.lexsort((radius_class, keys[:, 1], keys[:, 0]))
    group_keys = np.column_stack([keys, radius_class])[order]
    for group in np.split(order, _boundaries(group_keys)) if len(order) else []:
        for at in range(0, len(group), GROUP_ROWS):
            yield group[at : at + GROUP_ROWS]


def _score_group(postings: Postings, seekers: Seekers, rows: IntArray, cand: IntArray, weights: Weights,
                 excluded: Mapping[int, Collection[int]]) -> tuple[FloatArray, npt.NDArray[np.float32], FloatArray]:
    sim = seekers.vectors[rows] @ postings.vectors[cand].T  # inner product == cosine on unit vectors
    dist = haversine_km_grid(seekers.lats[rows], seekers.lons[rows], postings.lats[cand], postings.lons[cand])
    limit = np.minimum(seekers.radius_km[rows][:, None], postings.reach_km[cand][None, :]) + BOUNDARY_TOLERANCE_KM
    keep = (dist <= limit) & ((seekers.kind_masks[rows][:, None] & postings.kind_masks[cand][None, :]) != 0)
    keep &= postings.published_at[cand][None, :] > seekers.since[rows][:, None]
    cand_ids = postings.ids[cand]
    for i, seeker_id in enumerate(seekers.ids[rows].tolist()):
        if seeker_id in excluded:
            keep[i] &= ~np.isin(cand_ids, np.fromiter(excluded[seeker_id], np.int64))
    score = pair_score(sim, dist, postings.monthly_pay[cand][None, :], seekers.expected_monthly[rows][:, None],
                       postings.bonus[cand][None, :], weights)
    return np.where(keep, score, -np.inf), sim, dist


def _best_k(score: FloatArray, ids: IntArray, k: int) -> IntArray:
    """Column indices of each row's k best, ordered by (-score, id): exact, ties included."""
    if score.shape[1] > k:
        part = np.argpartition(-score, k - 1, axis=1)[:, :k]
        kth = np.take_along_axis(score, part, axis=1).min(axis=1)
        tied = (score == kth[:, None]).sum(axis=1) > (np.take_along_axis(score, part, axis=1) == kth[:, None]).sum(1)
        for row in np.flatnonzero(tied & np.isfinite(kth)):
            part[row] = np.lexsort((ids, -score[row]))[:k]  # a tie across the k-th place: sort it out exactly
    else:
        part = np.tile(np.arange(score.shape[1]), (score.shape[0], 1))
    chosen = np.take_along_axis(score, part, axis=1)
    order = np.lexsort((ids[part], -chosen), axis=1) if part.size else part
    best: IntArray = np.take_along_axis(part, order, axis=1)
    return best
