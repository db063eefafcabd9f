"""The nightly batch kernel: every seeker's top-k postings within radius, one matrix multiply per cell group.

Seekers are grouped by their lat/lon cell (and radius class); each group's candidates are the
postings of the cells its disks can touch, so one `group x candidates` product scores them all.
Exact inside the radius: cells only narrow candidates, distance and the filters decide.
"""

from __future__ import annotations

import math
import os
from collections.abc import Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from matching.geo import EARTH_RADIUS_KM, GeoPoint, bounding_box
from matching.index import BOUNDARY_TOLERANCE_KM, DEFAULT_BAND_DEG
from matching.layout import FloatArray, IntArray, Vectors
from matching.ranking import NEUTRAL_SALARY_FIT, Weights, semantic_of

GROUP_ROWS = 256  # seekers scored per product: bounds the group x candidates matrices
SEEKER_CELL_DEG = 0.005  # ~550 m: a group's box is little larger than one disk, so most pairs scored count
QUAD_LEVELS = 6  # seeker cells from SEEKER_CELL_DEG up to 32 times wider where seekers are sparse
RESCORED_EXTRA = 8  # per seeker, this many beyond k are rescored exactly: float32 near-ties cannot slip out
NEAR_BOUNDARY_KM = 1e-3  # the fast pass keeps pairs this far beyond the radius; the exact pass decides
SERIES_MAX_CHORD_KM = 60.0  # below it the arc's series is exact to 1e-9; above it, arcsin
_HALF_TURN_KM = math.pi * EARTH_RADIUS_KM

Scores32 = npt.NDArray[np.float32]


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
    fact_bits: IntArray | None = None  # `facts.job_bits`; None: nothing known of any
    require_bits: IntArray | None = None  # when postings are people (an employer's digest): their limits
    exclude_bits: IntArray | None = None

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
    require_bits: IntArray | None = None  # `facts.Limits`: a posting must have all of these bits ...
    exclude_bits: IntArray | None = None  # ... and none of these; None: no written limits
    fact_bits: IntArray | None = None  # when seekers are postings (an employer's digest): the posting's bits

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


def top_k_within_radius(
    postings: Postings,
    seekers: Seekers,
    k: int,
    weights: Weights,
    *,
    excluded: Mapping[int, Collection[int]] | None = None,
    cell_deg: float = SEEKER_CELL_DEG,
    workers: int | None = None,
) -> TopK:
    """For every seeker, the k best postings by `pair_score` among those within min(radius, reach),
    of an accepted kind, published after the seeker's `since` and not in `excluded[seeker_id]`.
    Ties are broken by posting id, so the result equals a brute-force sort of all pairs.

    Seekers sharing a `cell_deg` cell form a group; its candidates are the postings in the box its disks
    span; one product scores the group. Scores are first computed fast (float32 nearness, a series for
    the arc); the best k + RESCORED_EXTRA per seeker are then scored exactly and the k best kept.
    Groups are scored by `workers` threads (default: one per core); the result does not depend on it."""
    m = len(seekers)
    out_ids = np.full((m, k), -1, np.int64)
    out_scores = np.full((m, k), -np.inf)
    out_sim = np.zeros((m, k), np.float32)
    out_dist = np.zeros((m, k))
    layout = _PostingBands(postings)
    seeker_xyz = unit_xyz(seekers.lats, seekers.lons)

    def score_group(rows: IntArray) -> int:
        """One group's k best into its own rows of the outputs (groups never share a row); pairs scored."""
        cand = layout.covering(seekers, rows)
        if not len(cand):
            return 0
        fast = _fast_scores(postings, seekers, rows, cand, layout.xyz[cand], seeker_xyz[rows], weights, excluded or {})
        short = _best_k(fast, postings.ids[cand], k + RESCORED_EXTRA)
        alive = np.isfinite(np.take_along_axis(fast, short, axis=1))
        score, sim, dist = _exact_scores(postings, seekers, rows, cand[short], weights, alive)
        # Pairs kept a hair beyond the radius were shortlisted and then dropped: if that left a row short
        # of k while its fast pass had more, score that row exactly over every candidate.
        redo = np.flatnonzero((np.isfinite(score).sum(1) < k) & (alive.sum(1) < np.isfinite(fast).sum(1)))
        if len(redo):
            short = np.tile(np.arange(len(cand)), (len(rows), 1))
            score, sim, dist = _exact_scores(postings, seekers, rows, cand[short], weights, np.isfinite(fast))
        best = _best_k(score, postings.ids[cand][short], k, per_row_ids=True)
        width = best.shape[1]
        picked = np.take_along_axis(score, best, axis=1)
        out_scores[rows, :width] = picked
        out_ids[rows, :width] = np.where(
            np.isfinite(picked), np.take_along_axis(postings.ids[cand][short], best, 1), -1
        )
        out_sim[rows, :width] = np.take_along_axis(sim, best, axis=1)
        out_dist[rows, :width] = np.take_along_axis(dist, best, axis=1)
        return len(rows) * len(cand)

    groups = list(_seeker_groups(seekers, cell_deg))
    threads = min(workers or _cores(), len(groups))
    if threads <= 1:
        return TopK(seekers.ids, out_ids, out_scores, out_sim, out_dist, sum(map(score_group, groups)))
    # NumPy's element-wise passes run on one core and release the GIL: groups in parallel threads use every
    # core for them; BLAS is held to one thread each, or the threads' products would oversubscribe the cores.
    with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(threads, "batch-kernel") as pool:
        scored = sum(pool.map(score_group, groups))
    return TopK(seekers.ids, out_ids, out_scores, out_sim, out_dist, scored)


def assign(
    top: TopK,
    per_seeker: int,
    per_posting: int,
    taken: Mapping[int, int] | None = None,
    tier: IntArray | None = None,
) -> list[tuple[int, int]]:
    """Greedy in global score order: (row, column) picks with at most `per_seeker` per seeker and
    `per_posting` per posting (counting `taken` already), so one posting cannot absorb every seeker
    while equally good ones get none. With `tier` (one per pair, `matching.tiers`), a lower tier is picked before
    a higher whatever the scores: a seeker's soon 零工 fill their push before better-scored others."""
    rows, cols = np.nonzero(top.posting_ids >= 0)
    keys = [top.posting_ids[rows, cols], top.seeker_ids[rows], -top.scores[rows, cols]]
    order = np.lexsort(keys if tier is None else [*keys, tier[rows, cols]])
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


class _PostingBands:
    """Postings sorted by latitude band, then longitude: the part of a band inside a box is one slice."""

    def __init__(self, postings: Postings, band_deg: float = DEFAULT_BAND_DEG) -> None:
        self.band_deg = band_deg
        bands = np.floor(postings.lats / band_deg).astype(np.int64)
        self.order = np.lexsort((postings.lons, bands))
        self.lons, self.lats = postings.lons[self.order], postings.lats[self.order]
        self.band_keys, starts = np.unique(bands[self.order], return_index=True)
        self.band_starts = np.append(starts, len(bands)).astype(np.int64)
        self.xyz = unit_xyz(postings.lats, postings.lons)  # by posting row, as the caller indexes

    def covering(self, seekers: Seekers, rows: IntArray) -> IntArray:
        """Posting rows inside the box spanned by these seekers' disks (a superset of every disk)."""
        radius_km = float(seekers.radius_km[rows].max())
        lats, lons = seekers.lats[rows], seekers.lons[rows]
        # The corners' boxes together bound every disk centred inside the seekers' rectangle.
        boxes = [
            bounding_box(GeoPoint(float(lat), float(lon)), radius_km)
            for lat in (lats.min(), lats.max())
            for lon in (lons.min(), lons.max())
        ]
        lat_min, lat_max = min(b[0] for b in boxes), max(b[1] for b in boxes)
        lon_min, lon_max = min(b[2] for b in boxes), max(b[3] for b in boxes)
        if lon_min < -180 or lon_max > 180:  # across the antimeridian: every longitude of the bands
            lon_min, lon_max = -math.inf, math.inf
        first = int(np.searchsorted(self.band_keys, math.floor(lat_min / self.band_deg), "left"))
        last = int(np.searchsorted(self.band_keys, math.floor(lat_max / self.band_deg), "right"))
        parts = []
        for a, b in zip(self.band_starts[first:last].tolist(), self.band_starts[first + 1 : last + 1].tolist()):
            lons = self.lons[a:b]
            parts.append(
                np.arange(a + np.searchsorted(lons, lon_min, "left"), a + np.searchsorted(lons, lon_max, "right"))
            )
        found = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        found = found[(self.lats[found] >= lat_min) & (self.lats[found] <= lat_max)]
        picked: IntArray = self.order[found]
        return picked


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def unit_xyz(lats: FloatArray, lons: FloatArray) -> FloatArray:
    """Points as unit vectors: the chord between two is the straight-line distance on the unit sphere."""
    lat, lon = np.radians(lats), np.radians(lons)
    xyz: FloatArray = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)
    return xyz


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
    """Rows of seekers sharing a cell and a whole-km radius class, at most GROUP_ROWS at a time.

    Cells adapt to density like a quadtree: a seeker's cell is the coarsest of cell_deg x 2^j
    (j = QUAD_LEVELS-1 .. 0) holding at most GROUP_ROWS seekers, so sparse counties form a few
    large groups instead of many tiny products, and dense districts groups with small boxes."""
    level = np.zeros(len(seekers), np.int64)
    keys = _cell_keys(seekers.lats, seekers.lons, cell_deg)
    for j in range(QUAD_LEVELS - 1, 0, -1):  # coarse to fine; the first level that fits wins
        at_j = _cell_keys(seekers.lats, seekers.lons, cell_deg * 2**j)
        _, inverse, counts = np.unique(at_j, axis=0, return_inverse=True, return_counts=True)
        fits = (level == 0) & (counts[inverse.reshape(-1)] <= GROUP_ROWS)
        level[fits], keys[fits] = j, at_j[fits]
    radius_class = np.ceil(seekers.radius_km).astype(np.int64)
    order = np.lexsort((radius_class, keys[:, 1], keys[:, 0], level))
    group_keys = np.column_stack([level, keys, radius_class])[order]
    for group in np.split(order, _boundaries(group_keys)) if len(order) else []:
        for at in range(0, len(group), GROUP_ROWS):
            yield group[at : at + GROUP_ROWS]


def _fast_scores(
    postings: Postings,
    seekers: Seekers,
    rows: IntArray,
    cand: IntArray,
    cand_xyz: FloatArray,
    seeker_xyz: FloatArray,
    weights: Weights,
    excluded: Mapping[int, Collection[int]],
) -> Scores32:
    """pair_score for a group x candidates, cheaply: float32 terms, the arc from the chord; -inf outside."""
    origin = seeker_xyz.mean(axis=0)  # centred and in km, float32 keeps the chord to well under a millimetre
    s_km = ((seeker_xyz - origin) * EARTH_RADIUS_KM).astype(np.float32)
    c_km = ((cand_xyz - origin) * EARTH_RADIUS_KM).astype(np.float32)
    chord2 = np.square(s_km[:, :1] - c_km[:, 0])
    chord2 += np.square(s_km[:, 1:2] - c_km[:, 1])
    chord2 += np.square(s_km[:, 2:] - c_km[:, 2])
    reach = postings.reach_km[cand]
    limit = (
        seekers.radius_km[rows][:, None]
        if np.isinf(reach).all()
        else np.minimum(seekers.radius_km[rows][:, None], reach[None, :])
    )
    limit_chord = (
        2 * EARTH_RADIUS_KM * np.sin(np.minimum(limit + NEAR_BOUNDARY_KM, _HALF_TURN_KM) / (2 * EARTH_RADIUS_KM))
    )
    drop = chord2 > (limit_chord * limit_chord).astype(np.float32)  # a hair wide: the exact pass decides
    _drop_unwanted(drop, postings, seekers, rows, cand, excluded)
    chord = np.sqrt(chord2, out=chord2)
    arc_km = chord * (1 + chord * chord / np.float32(24 * EARTH_RADIUS_KM**2))  # 2R asin(x/2R), to 1e-9 below ~60 km
    far = chord > SERIES_MAX_CHORD_KM
    if far.any():
        arc_km[far] = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(chord[far] / (2 * EARTH_RADIUS_KM), 1))
    score = seekers.vectors[rows] @ postings.vectors[cand].T  # inner product == cosine on unit vectors
    if weights.semantic_floor:
        score -= np.float32(weights.semantic_floor)
        score *= np.float32(1 / (1 - weights.semantic_floor))
    np.clip(score, 0, 1, out=score)
    score *= np.float32(weights.semantic)
    arc_km *= np.float32(-1 / weights.distance_half_km)
    score += np.exp2(arc_km, out=arc_km) * np.float32(weights.distance)
    score += np.float32(weights.salary) * _fit(postings.monthly_pay[cand], seekers.expected_monthly[rows])
    score += postings.bonus[cand].astype(np.float32)
    np.copyto(score, np.float32(-np.inf), where=drop)
    return score


def _drop_unwanted(
    drop: npt.NDArray[np.bool_],
    postings: Postings,
    seekers: Seekers,
    rows: IntArray,
    cand: IntArray,
    excluded: Mapping[int, Collection[int]],
) -> None:
    """Marks pairs of a kind the seeker does not take, published too early, excluded by the seeker, or breaking a
    limit the seeker wrote ("只能在家", "不上夜班")."""
    masks = seekers.kind_masks[rows]
    if (masks == masks[0]).all():  # one mask for the whole group, the usual case: a row of checks
        drop |= (postings.kind_masks[cand] & masks[0]) == 0
    else:
        drop |= (masks[:, None] & postings.kind_masks[cand][None, :]) == 0
    published, since = postings.published_at[cand], seekers.since[rows]
    if published.min() <= since.max():  # skip the matrix when every posting is new to every seeker
        drop |= published[None, :] <= since[:, None]
    _drop_limited(drop, seekers.require_bits, seekers.exclude_bits, rows, postings.fact_bits, cand, across=False)
    _drop_limited(drop, postings.require_bits, postings.exclude_bits, cand, seekers.fact_bits, rows, across=True)
    cand_ids = postings.ids[cand]
    for i, seeker_id in enumerate(seekers.ids[rows].tolist()):
        if seeker_id in excluded:
            drop[i] |= np.isin(cand_ids, np.fromiter(excluded[seeker_id], np.int64))


def _drop_limited(
    drop: npt.NDArray[np.bool_],
    require: IntArray | None,
    exclude: IntArray | None,
    limited: IntArray,
    bits: IntArray | None,
    other: IntArray,
    *,
    across: bool,
) -> None:
    """Marks pairs whose posting breaks a person's written limits: the person is the row (a seeker's push) or
    the column (`across`: people as postings, in an employer's digest)."""
    if require is None or exclude is None:
        return
    need, avoid = require[limited], exclude[limited]
    if not (need.any() or avoid.any()):
        return
    have = np.zeros(len(other), np.int64) if bits is None else bits[other]
    if across:
        need, avoid, have = need[None, :], avoid[None, :], have[:, None]
    else:
        need, avoid, have = need[:, None], avoid[:, None], have[None, :]
    drop |= (have & need) != need
    drop |= (have & avoid) != 0


def _fit(pay: FloatArray, expected: FloatArray) -> npt.NDArray[np.float32]:
    """min(1, pay / expected), NEUTRAL_SALARY_FIT where either is unknown, as pair_score has it."""
    valid_rows, valid_cols = np.isfinite(expected) & (expected > 0), np.isfinite(pay)
    inverse = np.where(valid_rows, 1 / np.where(valid_rows, expected, 1), 0).astype(np.float32)
    fit: npt.NDArray[np.float32] = np.minimum(
        np.float32(1), inverse[:, None] * np.where(valid_cols, pay, 0).astype(np.float32)[None, :]
    )
    fit[~valid_rows] = NEUTRAL_SALARY_FIT
    fit[:, ~valid_cols] = NEUTRAL_SALARY_FIT
    return fit


def _exact_scores(
    postings: Postings,
    seekers: Seekers,
    rows: IntArray,
    picked: IntArray,
    weights: Weights,
    finite: npt.NDArray[np.bool_],
) -> tuple[FloatArray, npt.NDArray[np.float32], FloatArray]:
    """pair_score of each seeker's shortlisted postings (row i: picked[i]) with haversine, in float64."""
    sim = np.einsum("ij,ikj->ik", seekers.vectors[rows], postings.vectors[picked]).astype(np.float32)
    dist = haversine_km_rows(seekers.lats[rows], seekers.lons[rows], postings.lats[picked], postings.lons[picked])
    limit = np.minimum(seekers.radius_km[rows][:, None], postings.reach_km[picked]) + BOUNDARY_TOLERANCE_KM
    score = pair_score(
        sim,
        dist,
        postings.monthly_pay[picked],
        seekers.expected_monthly[rows][:, None],
        postings.bonus[picked],
        weights,
    )
    return np.where(finite & (dist <= limit), score, -np.inf), sim, dist


def haversine_km_rows(lats: FloatArray, lons: FloatArray, to_lats: FloatArray, to_lons: FloatArray) -> FloatArray:
    """Row i: distances from point i to each of to_*[i], haversine_km's formula."""
    a, b = np.radians(lats)[:, None], np.radians(to_lats)
    h = np.sin((b - a) / 2) ** 2 + np.cos(a) * np.cos(b) * np.sin(np.radians(to_lons - lons[:, None]) / 2) ** 2
    km: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return km


def _best_k(score: npt.NDArray[np.floating], ids: IntArray, k: int, *, per_row_ids: bool = False) -> IntArray:
    """Column indices of each row's k best, ordered by (-score, id): exact, ties included.
    `ids` holds the columns' ids, or with `per_row_ids` each row's own (same shape as score)."""
    if per_row_ids:
        order: IntArray = np.lexsort((ids, -score), axis=1)[:, :k]
        return order
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
