"""The nightly batch kernel: every seeker's top-k postings within radius, one matrix multiply per cell group.

Seekers are grouped by their lat/lon cell (and radius class); each group's candidates are the
postings of the cells its disks can touch, so one `group x candidates` product scores them all.
Exact inside the radius: cells only narrow candidates, distance and the filters decide.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar, cast

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from matching.geo import EARTH_RADIUS_KM, GeoPoint, bounding_box
from matching.index import DEFAULT_BAND_DEG
from matching.layout import FloatArray, IntArray, Vectors
from matching.ranking import NEUTRAL_SALARY_FIT, Weights, semantic_of
from matching.relevance import GroupRelevance, Padded, Sparse
from matching.shortlist import People, Side, add_bit_terms, bit_terms, block_order, score_unit, shortlist
from matching.sphere import BOUNDARY_TOLERANCE_KM

GROUP_ROWS = 256  # seekers scored per product: bounds the group x candidates matrices
SEEKER_CELL_DEG = 0.005  # ~550 m: a group's box is little larger than one disk, so most pairs scored count
QUAD_LEVELS = 6  # seeker cells from SEEKER_CELL_DEG up to 32 times wider where seekers are sparse


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
    terms: Sparse | None = None  # `relevance.document_rows`: each posting's terms for the keyword factor
    codes: Padded | None = None  # `relevance.code_rows`: its occupation codes; columns of the agreement matrix
    unsaid_bits: IntArray | None = None  # when postings are people (an employer's digest): `facts.Limits.unsaid`
    wish_bits: IntArray | None = None  # ... and `facts.Limits.wishes`
    # (n, 4) `facts.priors.posting_priors`, or when postings are people their `seeker_flags`: with the other side's,
    # the pair's term is -`Weights.unsaid_prior` x the two rows' dot product (`prior_terms`)
    priors: FloatArray | None = None

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
    terms: Sparse | None = None  # `relevance.query_rows`: what each asks for, for the keyword factor
    codes: Padded | None = None  # `relevance.code_rows`: their occupation codes; rows of the agreement matrix
    unsaid_bits: IntArray | None = None  # `facts.Limits.unsaid`: a posting with one is demoted by the weight
    wish_bits: IntArray | None = None  # `facts.Limits.wishes`: the share a posting meets adds `Weights.wishes`
    priors: FloatArray | None = None  # (m, 4) `facts.priors.seeker_flags`, or a posting's priors in a digest

    def __len__(self) -> int:
        return int(self.ids.shape[0])


_Column = TypeVar("_Column", IntArray, FloatArray, Sparse, Padded)
_Kept = tuple[IntArray, IntArray, IntArray, FloatArray, npt.NDArray[np.float32], FloatArray]


@dataclass(frozen=True, slots=True)
class TopK:
    """Row i holds seeker i's best postings, best first; padding is id -1 with score -inf."""

    seeker_ids: IntArray
    posting_ids: IntArray
    scores: FloatArray
    similarity: npt.NDArray[np.float32]
    distance_km: FloatArray
    pairs_scored: int  # seeker x candidate products computed: the work done

    def drop(self, row: int, unfit: Callable[[int], bool]) -> None:
        """Make padding, in place, of each pick of this row whose id `unfit` rules out (a hard limit applied
        after the kernel); the picks left keep their places."""
        ids = self.posting_ids[row]
        for c, pick in enumerate(ids.tolist()):
            if pick >= 0 and unfit(pick):
                ids[c], self.scores[row, c] = -1, -np.inf


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
    agreement: FloatArray | None = None,
    cell_deg: float = SEEKER_CELL_DEG,
    workers: int | None = None,
    bands: PostingBands | None = None,
) -> TopK:
    """For every seeker, the k best postings by `pair_score` (plus the keyword and occupation factors where both
    sides carry `terms`, or `codes` and the `agreement` of seekers' codes with postings', `matching.relevance`; and
    the wishes and unsaid-licence terms where the people carry `wish_bits` or `unsaid_bits` and the postings
    `fact_bits`, either way round, `shortlist.bit_terms`: the interactive ranking's score) among those within
    min(radius, reach),
    of an accepted kind, published after the seeker's `since` and not in `excluded[seeker_id]`.
    Ties are broken by posting id, so the result equals a brute-force sort of all pairs.

    Seekers sharing a `cell_deg` cell form a group; its candidates are the postings in the box its disks
    span; one product scores the group. A float32 score of bounded error (`matching.shortlist`) keeps each
    seeker's pairs within that error of its k-th best; those are scored exactly and the k best kept.
    Groups are scored by `workers` threads (default: one per core); the result does not depend on it. `bands`:
    `PostingBands(postings)` made once when the same postings meet several calls (chunks of seekers); else made
    here (seconds at a million postings)."""
    m = len(seekers)
    out_ids = np.full((m, k), -1, np.int64)
    out_scores = np.full((m, k), -np.inf)
    out_sim = np.zeros((m, k), np.float32)
    out_dist = np.zeros((m, k))
    if bands is not None and bands.postings is not postings:
        raise ValueError("bands were made for other postings")
    layout = PostingBands(postings) if bands is None else bands
    banded = layout.banded
    seeker_xyz = unit_xyz(seekers.lats, seekers.lons)
    agreement32 = None if agreement is None else agreement.astype(np.float32)

    def score_group(group: IntArray) -> int:
        """One group's k best into its own rows of the outputs (groups never share a row); pairs scored."""
        cand = layout.covering(seekers, group)  # positions in band order: runs of neighbouring rows of `banded`
        if not len(cand):
            return 0
        rows = group[block_order(seekers.kind_masks[group], seekers.expected_monthly[group])]
        sim = seekers.vectors[rows] @ postings.vectors[layout.order[cand]].T  # inner product == cosine on unit vectors
        people, side = _people(seekers, rows), _side(banded, cand)
        extra = _relevance(seekers, rows, banded, cand, (agreement, agreement32), weights)
        fast = None if extra is None else extra.fast(score_unit(weights))
        fast_error = 0.0 if extra is None else extra.error
        prior = prior_terms(_at(seekers.priors, rows), _at(banded.priors, cand), weights)
        if prior is not None:  # a rank-4 product: it joins the factors' matrix (made here if no factor is fed)
            fast = _plus(fast, prior, score_unit(weights))
            fast_error += _PRIOR_ERROR * weights.unsaid_prior
        if fast is not None:  # the wishes and unsaid terms join the factors' matrix once, not tile by tile
            add_bit_terms(fast, people, side, 0, len(rows), weights, score_unit(weights))
        args = (sim, seeker_xyz[rows], layout.xyz[cand], people, side, weights, k, excluded or {})
        short = shortlist(*args, extra=fast, extra_error=fast_error, bits_in_extra=fast is not None)
        best = _exact_best(side, seekers, rows, sim, short.rows, short.cols, weights, k, extra, banded.priors, cand)
        # Pairs kept a hair beyond the radius are dropped by the exact pass: if that left a capped row short of
        # k, score that row again with every candidate within reach.
        redo = np.flatnonzero(short.capped & (np.bincount(best[0], minlength=len(rows)) < k))
        if len(redo):
            again = shortlist(*args, uncapped=True, extra=fast, extra_error=fast_error, bits_in_extra=fast is not None)
            keep = np.isin(again.rows, redo)
            fixed = _exact_best(
                side, seekers, rows, sim, again.rows[keep], again.cols[keep], weights, k, extra, banded.priors, cand
            )
            stay = ~np.isin(best[0], redo)
            best = _joined(best, stay, fixed)
        at, rank, col, score, sim_kept, dist = best
        out_ids[rows[at], rank] = side.ids[col]
        out_scores[rows[at], rank] = score
        out_sim[rows[at], rank] = sim_kept
        out_dist[rows[at], rank] = dist
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


class PostingBands:
    """Postings sorted by latitude band, then longitude: the part of a band inside a box is one slice.

    `banded` holds every column but the vectors in that order, so a group's candidates are read as runs of
    neighbouring rows: taken by posting row, a candidate's dozen columns and its terms and codes were a dozen cache
    misses, about a tenth of the kernel's time with the factors. The vectors (kilobytes a row, read whole) stay in
    the caller's order, taken through `order`: a copy of them would cost more than it saves."""

    def __init__(self, postings: Postings, band_deg: float = DEFAULT_BAND_DEG) -> None:
        self.postings = postings
        self.band_deg = band_deg
        bands = np.floor(postings.lats / band_deg).astype(np.int64)
        self.order = np.lexsort((postings.lons, bands))
        self.lons, self.lats = postings.lons[self.order], postings.lats[self.order]
        self.band_keys, starts = np.unique(bands[self.order], return_index=True)
        self.band_starts = np.append(starts, len(bands)).astype(np.int64)
        self.banded = _taken(postings, self.order)
        self.xyz = unit_xyz(self.lats, self.lons)  # in band order, as `covering` answers

    def covering(self, seekers: Seekers, rows: IntArray) -> IntArray:
        """Positions in band order (rows of `banded`, ascending) of the postings inside the box spanned by these
        seekers' disks (a superset of every disk)."""
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
        picked: IntArray = found[(self.lats[found] >= lat_min) & (self.lats[found] <= lat_max)]
        return picked


def _taken(postings: Postings, order: IntArray) -> Postings:
    """Every column but the vectors in this order."""
    columns = {
        name: column if name == "vectors" or column is None else column[order]
        for name in Postings.__slots__
        for column in [getattr(postings, name)]
    }
    return Postings(**columns)


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
        flat = at_j[:, 0] * (1 << 32) + at_j[:, 1]  # one int64 per cell: a 1-D unique, not a row-wise one
        _, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
        fits = (level == 0) & (counts[inverse.reshape(-1)] <= GROUP_ROWS)
        level[fits], keys[fits] = j, at_j[fits]
    radius_class = np.ceil(seekers.radius_km).astype(np.int64)
    order = np.lexsort((radius_class, keys[:, 1], keys[:, 0], level))
    group_keys = np.column_stack([level, keys, radius_class])[order]
    for group in np.split(order, _boundaries(group_keys)) if len(order) else []:
        for at in range(0, len(group), GROUP_ROWS):
            yield group[at : at + GROUP_ROWS]


def _people(seekers: Seekers, rows: IntArray) -> People:
    return People(
        seekers.ids[rows],
        seekers.kind_masks[rows],
        seekers.since[rows],
        seekers.expected_monthly[rows],
        seekers.radius_km[rows],
        _at(seekers.require_bits, rows),
        _at(seekers.exclude_bits, rows),
        _at(seekers.fact_bits, rows),
        _at(seekers.unsaid_bits, rows),
        _at(seekers.wish_bits, rows),
    )


def _relevance(
    seekers: Seekers,
    rows: IntArray,
    postings: Postings,
    cand: IntArray,
    agreement: tuple[FloatArray | None, npt.NDArray[np.float32] | None],
    weights: Weights,
) -> GroupRelevance | None:
    """The group's keyword and occupation factors against its candidates; None when neither is fed."""

    group = GroupRelevance(
        _at(seekers.terms, rows),
        _at(postings.terms, cand),
        _at(seekers.codes, rows),
        _at(postings.codes, cand),
        agreement[0],
        weights,
        agreement[1],
    )
    return group if group.keyword or group.occupation else None


def _side(postings: Postings, cand: IntArray) -> Side:
    return Side(
        postings.ids[cand],
        postings.lats[cand],
        postings.lons[cand],
        postings.kind_masks[cand],
        postings.published_at[cand],
        postings.monthly_pay[cand],
        postings.bonus[cand],
        postings.reach_km[cand],
        _at(postings.fact_bits, cand),
        _at(postings.require_bits, cand),
        _at(postings.exclude_bits, cand),
        _at(postings.unsaid_bits, cand),
        _at(postings.wish_bits, cand),
    )


def _exact_best(
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
) -> _Kept:
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
            _at(seekers.unsaid_bits, seeker), _at(seekers.wish_bits, seeker), side.fact_bits[col], weights
        )
    if seekers.fact_bits is not None and (side.unsaid is not None or side.wishes is not None):
        score = score + bit_terms(_at(side.unsaid, col), _at(side.wishes, col), seekers.fact_bits[seeker], weights)
    if seekers.priors is not None and priors is not None and cand is not None and weights.unsaid_prior:
        score = score - weights.unsaid_prior * _dot_in_order(seekers.priors[seeker], priors[cand[col]])
    inside = dist <= np.minimum(seekers.radius_km[seeker], side.reach_km[col]) + BOUNDARY_TOLERANCE_KM
    order = np.flatnonzero(inside)
    order = order[np.lexsort((side.ids[col[order]], -score[order], at[order]))]
    sorted_at = at[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_at, sorted_at, "left")
    kept = order[rank < k]
    return at[kept], rank[rank < k], col[kept], score[kept], pair_sim[kept], dist[kept]


_PRIOR_ERROR = 16 * 2.0**-24  # float32 error of a 4-term product of values in [0, 1], and its addition


def prior_terms(rows: FloatArray | None, cols: FloatArray | None, weights: Weights) -> FloatArray | None:
    """-`Weights.unsaid_prior` x (rows @ cols.T): a seeker's refused families against a posting's priors where its text
    is silent (`facts.priors`), either way round; None when a side carries none or the weight is 0."""
    if rows is None or cols is None or not weights.unsaid_prior:
        return None
    out: FloatArray = -weights.unsaid_prior * (rows @ cols.T)
    return out


def _plus(fast: npt.NDArray[np.float32] | None, part: FloatArray, unit: float) -> npt.NDArray[np.float32]:
    scaled = (part / unit).astype(np.float32)
    return scaled if fast is None else np.add(fast, scaled, out=fast)


def _dot_in_order(a: FloatArray, b: FloatArray) -> FloatArray:
    """Row-wise dot products added family by family from 0.0, as `ranking.added` adds a pair's priors."""
    out = np.zeros(len(a))
    for family in range(a.shape[1]):
        out += a[:, family] * b[:, family]
    return out


def _at(column: _Column | None, rows: IntArray) -> _Column | None:
    """A column's rows, or None for a column not fed."""
    return None if column is None else column[rows]


def _joined(best: _Kept, stay: npt.NDArray[np.bool_], fixed: _Kept) -> _Kept:
    joined = (np.concatenate([b[stay], f]) for b, f in zip(best, fixed, strict=True))  # type: ignore[index]
    return cast(_Kept, tuple(joined))


def haversine_km_rows(lats: FloatArray, lons: FloatArray, to_lats: FloatArray, to_lons: FloatArray) -> FloatArray:
    """Row i: distances from point i to each of to_*[i], haversine_km's formula."""
    a, b = np.radians(lats)[:, None], np.radians(to_lats)
    h = np.sin((b - a) / 2) ** 2 + np.cos(a) * np.cos(b) * np.sin(np.radians(to_lons - lons[:, None]) / 2) ** 2
    km: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return km
