"""The nightly kernel's fast pass: a group's shortlist per seeker by a float32 score of bounded error.

The fast score F of a pair differs from pair_score, over the semantic weight, by a per-seeker constant and
at most `margin`; so every posting whose F is within 2 x margin of the seeker's k-th best F holds the
seeker's exact top k. Few element-wise passes per pair: the chord comes out of a 5-wide product
(|s|^2 + |c|^2 - 2 s.c), per-posting terms and whole-column filters are one added row, and the matrix is
walked in tiles small enough to stay in the core's cache across its passes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.geo import EARTH_RADIUS_KM
from matching.layout import FloatArray, IntArray
from matching.ranking import NEUTRAL_SALARY_FIT, Weights

CHUNKS_PER_K = 4  # the shortlist's first bound: the k-th largest of 4k column sets' maxima
TILE_ELEMENTS = 1 << 15  # pairs per tile: its float32 buffers and mask stay within a 512 KiB L2
NEAR_BOUNDARY_KM = 1e-3  # the fast pass keeps pairs this far beyond the radius; the exact pass decides
_FLOAT32_ERROR = 32 * 2.0**-24  # a generous bound on the relative error of a 5-term float32 dot product
_LOWEST = np.float32(np.finfo(np.float32).min)

Scores32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Shortlist:
    """Pairs (row i, candidate column j) to score exactly; `capped[i]`: row i had k or more within reach, so
    pairs below its threshold were left out (if the exact pass drops some kept ones, score it again uncapped)."""

    rows: IntArray
    cols: IntArray
    capped: npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Side:
    """The columns of the kernel's group: what the fast pass reads of the candidates."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    kind_masks: IntArray
    published_at: FloatArray
    pay: FloatArray
    bonus: FloatArray
    reach_km: FloatArray
    fact_bits: IntArray | None
    require_bits: IntArray | None
    exclude_bits: IntArray | None
    unsaid: IntArray | None = None  # when the columns are people (an employer's digest): `facts.Limits.unsaid`
    wishes: IntArray | None = None  # ... and `facts.Limits.wishes`


@dataclass(frozen=True, slots=True)
class People:
    """The rows of the kernel's group, in block order (`blocks`)."""

    ids: IntArray
    kind_masks: IntArray
    since: FloatArray
    expected: FloatArray
    radius_km: FloatArray
    require_bits: IntArray | None
    exclude_bits: IntArray | None
    fact_bits: IntArray | None
    unsaid: IntArray | None = None  # `facts.Limits.unsaid`: licences never mentioned; None: none
    wishes: IntArray | None = None  # `facts.Limits.wishes`; None: none


def block_order(kind_masks: IntArray, expected: FloatArray) -> IntArray:
    """Group rows ordered so seekers with one kind mask and one kind of pay expectation sit together:
    a block's kind filter and pay term are then one added row."""
    order: IntArray = np.lexsort((_valid_pay(expected), kind_masks))
    return order


def shortlist(
    sim: Scores32,
    seeker_xyz: FloatArray,
    cand_xyz: FloatArray,
    people: People,
    side: Side,
    weights: Weights,
    k: int,
    excluded: Mapping[int, Collection[int]],
    *,
    uncapped: bool = False,
    extra: Scores32 | None = None,
    extra_error: float = 0.0,
    bits_in_extra: bool = False,
) -> Shortlist:
    """Each row's candidates within reach whose F is within the error bound of its k-th best (every one with
    `uncapped`): a superset of the row's exact top k. `sim` is the group's cosine matrix, rows in block order;
    `extra` a per-pair part of F in the same layout (the keyword and occupation factors over `score_unit`), within
    `extra_error` (in score units) of the exact part, or None; `bits_in_extra`: `extra` already holds the wishes and
    unsaid-licence terms (`add_bit_terms` over the whole group: a few calls a group instead of a few a tile)."""
    geometry = _Geometry(seeker_xyz, cand_xyz, people, side, weights)
    unit = score_unit(weights)
    largest = (
        1
        + weights.distance
        + weights.salary
        + _max_abs(side.bonus)
        + weights.keyword
        + weights.occupation
        + weights.wishes
        + weights.unsaid_licence
    )
    margin = 2 * (geometry.error_score + extra_error + 1e-6 * largest) / unit
    fit_a, fit_b, fit_fix = _pay_terms(people.expected, side.pay, weights.salary / unit)
    n = sim.shape[1]
    tile_rows = max(1, TILE_ELEMENTS // max(n, 1))
    padded_n = -(-n // (CHUNKS_PER_K * k)) * CHUNKS_PER_K * k
    f_buf = np.full((tile_rows, padded_n), -np.inf, np.float32)  # the padding stays -inf: F is written to [:n]
    d_buf, g_buf = (np.empty((tile_rows, n), np.float32) for _ in range(2))
    mask_buf = np.empty((tile_rows, n), np.bool_)
    near_log2 = math.log2(weights.distance / unit) if weights.distance > 0 else 0.0
    picked_rows, picked_cols, capped = [], [], np.zeros(len(people.ids), np.bool_)
    terms: dict[int, Scores32] = {}
    for block, start, stop in _tiles(people, tile_rows):
        f, d, mask = f_buf[: stop - start, :n], d_buf[: stop - start], mask_buf[: stop - start]
        if weights.semantic > 0:
            np.clip(sim[start:stop], np.float32(weights.semantic_floor), np.float32(1), out=f)
        else:
            f.fill(0)
        geometry.chord2(start, stop, out=d)
        geometry.outside(start, stop, d, out=mask)
        if weights.distance > 0:  # w_d 2^(-chord/h) over the semantic weight, as 2^(log2(w_d/unit) - chord/h)
            np.sqrt(d, out=d)
            np.subtract(np.float32(near_log2), d, out=d)
            f += np.exp2(d, out=d)
        if _valid_pay(people.expected[start : start + 1])[0] and weights.salary > 0:
            g = np.multiply(fit_a[start:stop, None], fit_b[None, :], out=g_buf[: stop - start])
            f += np.minimum(g, np.float32(weights.salary / unit), out=g)
        if block not in terms:
            terms = {block: _column_terms(people, side, block, weights, unit, fit_fix)}
        f += terms[block]
        if extra is not None:
            f += extra[start:stop]
        if not bits_in_extra:
            add_bit_terms(f, people, side, start, stop, weights, unit)
        _drop_pairs(mask, people, side, start, stop, excluded)
        np.copyto(f, np.float32(-np.inf), where=mask)
        rows, cols, full = _above_threshold(f_buf[: stop - start], n, k, np.float32(margin), uncapped)
        picked_rows.append(rows + start)
        picked_cols.append(cols)
        capped[start:stop] = full
    return Shortlist(np.concatenate(picked_rows), np.concatenate(picked_cols), capped)


def score_unit(weights: Weights) -> float:
    """F is the score over this: the semantic weight on the clipped similarity's scale."""
    sem = weights.semantic / (1 - weights.semantic_floor)
    return sem if sem > 0 else 1.0


class _Geometry:
    """Squared chords in units of the distance half-life, by one 5-wide float32 product, and their error."""

    def __init__(
        self, seeker_xyz: FloatArray, cand_xyz: FloatArray, people: People, side: Side, weights: Weights
    ) -> None:
        scale_km = weights.distance_half_km
        origin = seeker_xyz.mean(axis=0)  # centred: the terms, and so the float32 error, are a box's size
        s = (seeker_xyz - origin) * (EARTH_RADIUS_KM / scale_km)
        c = (cand_xyz - origin) * (EARTH_RADIUS_KM / scale_km)
        s_norm2, c_norm2 = np.einsum("ij,ij->i", s, s), np.einsum("ij,ij->i", c, c)
        reach = math.sqrt(float(s_norm2.max())) + math.sqrt(float(c_norm2.max()))
        self.error = _FLOAT32_ERROR * reach * reach + 1e-12  # on chord^2; the product carries it so it is never < 0
        self.left = np.column_stack([s, s_norm2, np.ones(len(s))]).astype(np.float32)
        self.right = np.vstack([-2 * c.T, np.ones(len(c)), c_norm2 + self.error]).astype(np.float32)
        chord_km = _chord_km(np.minimum(people.radius_km, _HALF_TURN_KM) + NEAR_BOUNDARY_KM)
        self.row_limit2 = ((chord_km / scale_km) ** 2 + 2 * self.error).astype(np.float32)
        self.col_limit2 = (
            None
            if np.isinf(side.reach_km).all()
            else (
                (_chord_km(np.minimum(side.reach_km, _HALF_TURN_KM) + NEAR_BOUNDARY_KM) / scale_km) ** 2
                + 2 * self.error
            ).astype(np.float32)
        )
        longest_km = float(np.max(people.radius_km, initial=0.0)) + NEAR_BOUNDARY_KM
        # the fast distance is the chord, overstated by at most sqrt(2 error); the arc is longer by chord^3/24R^2
        slack_km = math.sqrt(2 * self.error) * scale_km + longest_km**3 / (24 * EARTH_RADIUS_KM**2)
        self.error_score = weights.distance * math.log(2) / scale_km * slack_km

    def chord2(self, start: int, stop: int, *, out: Scores32) -> None:
        np.matmul(self.left[start:stop], self.right, out=out)

    def outside(self, start: int, stop: int, chord2: Scores32, *, out: npt.NDArray[np.bool_]) -> None:
        """Pairs surely beyond min(radius, reach) (by more than NEAR_BOUNDARY_KM less the error)."""
        np.greater(chord2, self.row_limit2[start:stop, None], out=out)
        if self.col_limit2 is not None:
            out |= chord2 > self.col_limit2[None, :]


_HALF_TURN_KM = math.pi * EARTH_RADIUS_KM


def _chord_km(arc_km: FloatArray) -> FloatArray:
    chord: FloatArray = 2 * EARTH_RADIUS_KM * np.sin(arc_km / (2 * EARTH_RADIUS_KM))
    return chord


def _valid_pay(expected: FloatArray) -> npt.NDArray[np.bool_]:
    valid: npt.NDArray[np.bool_] = np.isfinite(expected) & (expected > 0)
    return valid


def _max_abs(values: FloatArray) -> float:
    return float(np.max(np.abs(values), initial=0.0))


def _pay_terms(expected: FloatArray, pay: FloatArray, weight: float) -> tuple[Scores32, Scores32, Scores32]:
    """min(weight, a_i b_j) + fix_j is weight x the pay fit for rows that expect a pay; rows that do not get a
    constant, which does not change their order, so nothing. Unknown pay: b_j huge, fixed down to neutral."""
    valid_rows, valid_cols = _valid_pay(expected), np.isfinite(pay)
    a = np.where(valid_rows, weight / np.where(valid_rows, expected, 1), 0).astype(np.float32)
    b = np.where(valid_cols, pay, 1e30).astype(np.float32)
    fix = np.where(valid_cols, 0, weight * (NEUTRAL_SALARY_FIT - 1)).astype(np.float32)
    return a, b, fix


def _tiles(people: People, tile_rows: int) -> Iterator[tuple[int, int, int]]:
    """(block's first row, start, stop): row ranges of at most tile_rows within one block (one kind mask, one
    kind of pay expectation)."""
    keys = np.column_stack([people.kind_masks, _valid_pay(people.expected)])
    starts = [0, *(np.flatnonzero(np.any(np.diff(keys, axis=0) != 0, axis=1)) + 1).tolist(), len(keys)]
    for first, end in itertools.pairwise(starts):
        for at in range(first, end, tile_rows):
            yield first, at, min(at + tile_rows, end)


def _column_terms(people: People, side: Side, row: int, weights: Weights, unit: float, fit_fix: Scores32) -> Scores32:
    """What a block adds to each column: bonus, the unknown-pay fix where the block expects a pay, and -inf
    for postings of a kind the block does not take."""
    terms = (side.bonus / unit).astype(np.float32)
    if weights.salary > 0 and _valid_pay(people.expected[row : row + 1])[0]:
        terms += fit_fix
    terms[(side.kind_masks & people.kind_masks[row]) == 0] = -np.inf
    return terms


def bit_terms(unsaid: IntArray | None, wishes: IntArray | None, bits: IntArray, weights: Weights) -> FloatArray:
    """The pairs' wishes and unsaid-licence part of the score, as the match page adds it (`Limits.wishes_met`,
    `Limits.unsaid_in`): `unsaid` and `wishes` the person's bits, `bits` the posting's, broadcast together."""
    part = np.zeros(np.broadcast_shapes(*(np.shape(a) for a in (unsaid, wishes, bits) if a is not None)))
    if wishes is not None and weights.wishes:
        wanted = np.bitwise_count(wishes)
        met = np.bitwise_count(bits & wishes) / np.maximum(wanted, 1)
        part += weights.wishes * met
    if unsaid is not None and weights.unsaid_licence:
        part -= weights.unsaid_licence * ((bits & unsaid) != 0)
    return part


def add_bit_terms(
    f: Scores32, people: People, side: Side, start: int, stop: int, weights: Weights, unit: float
) -> None:
    """`bit_terms` over the semantic weight into F's rows start:stop (a tile, or a whole group's `extra`), only where a person's bits meet a posting's: the
    person is the row (a seeker's push) or the column (people as postings, in an employer's digest)."""
    if side.fact_bits is not None:
        unsaid, wishes = _rows_of(people.unsaid, start, stop), _rows_of(people.wishes, start, stop)
        _add_person_bits(f, unsaid, wishes, side.fact_bits, weights, unit, across=False)
    if people.fact_bits is not None:
        _add_person_bits(f, side.unsaid, side.wishes, people.fact_bits[start:stop], weights, unit, across=True)


def _rows_of(column: IntArray | None, start: int, stop: int) -> IntArray | None:
    return None if column is None else column[start:stop]


def _add_person_bits(
    f: Scores32,
    unsaid: IntArray | None,
    wishes: IntArray | None,
    bits: IntArray,
    weights: Weights,
    unit: float,
    *,
    across: bool,
) -> None:
    """`bit_terms` of the people (one per row, or per column `across`) against the others' `bits`, added to the
    pairs where a weighted bit meets: each term on its own, so the unsaid licences touch only the few postings that
    require one, whatever wishes the same people have."""
    if unsaid is not None and weights.unsaid_licence:
        _add_where_met(f, unsaid, None, unsaid, bits, weights, unit, across=across)
    if wishes is not None and weights.wishes:
        _add_where_met(f, None, wishes, wishes, bits, weights, unit, across=across)


def _add_where_met(
    f: Scores32,
    unsaid: IntArray | None,
    wishes: IntArray | None,
    asked: IntArray,
    bits: IntArray,
    weights: Weights,
    unit: float,
    *,
    across: bool,
) -> None:
    people = np.flatnonzero(asked)
    if not len(people):
        return
    others = np.flatnonzero(bits & np.bitwise_or.reduce(asked[people]))
    if not len(others):
        return
    u = None if unsaid is None else unsaid[people][:, None]
    w = None if wishes is None else wishes[people][:, None]
    part = (bit_terms(u, w, bits[others][None, :], weights) / unit).astype(np.float32)
    if across:
        f[np.ix_(others, people)] += part.T
    else:
        f[np.ix_(people, others)] += part


def _drop_pairs(
    mask: npt.NDArray[np.bool_],
    people: People,
    side: Side,
    start: int,
    stop: int,
    excluded: Mapping[int, Collection[int]],
) -> None:
    """Marks pairs published too early for the seeker, excluded by the seeker, or breaking a written limit."""
    since = people.since[start:stop]
    if side.published_at.min(initial=np.inf) <= since.max():  # skip the matrix when every posting is new to all
        mask |= side.published_at[None, :] <= since[:, None]
    rows = np.arange(start, stop)
    cols = np.arange(len(side.ids))
    drop_limited(mask, people.require_bits, people.exclude_bits, rows, side.fact_bits, cols, across=False)
    drop_limited(mask, side.require_bits, side.exclude_bits, cols, people.fact_bits, rows, across=True)
    for i, seeker_id in enumerate(people.ids[start:stop].tolist()):
        if seeker_id in excluded:
            mask[i] |= np.isin(side.ids, np.fromiter(excluded[seeker_id], np.int64))


def drop_limited(
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


def _above_threshold(
    padded: Scores32, n: int, k: int, margin: np.float32, uncapped: bool
) -> tuple[IntArray, IntArray, npt.NDArray[np.bool_]]:
    """(row, column) of every finite F within margin of its row's k-th best; and which rows were capped.

    `padded` is F with -inf columns after the n real ones, to a multiple of CHUNKS_PER_K x k. No selection over
    the whole row: the k-th largest of the maxima of CHUNKS_PER_K x k strided column sets is a lower bound of
    the row's k-th best (k distinct pairs reach it), one pass finds the few pairs above it less the margin,
    and a sort of those finds the k-th best itself."""
    chunks = CHUNKS_PER_K * k
    if uncapped or n < 2 * chunks:
        at = np.flatnonzero(padded > -np.inf)  # flat, row-major: the padding is -inf, never picked
    else:
        maxima = padded.reshape(len(padded), -1, chunks).max(axis=1)
        bound = np.sort(maxima, axis=1)[:, chunks - k]
        at = np.flatnonzero(padded >= np.where(bound > -np.inf, bound - margin, _LOWEST)[:, None])
    rows, cols = np.divmod(at, padded.shape[1])
    if uncapped:
        return rows, cols, np.zeros(len(padded), np.bool_)
    values = padded.ravel()[at]
    counts = np.bincount(rows, minlength=len(padded))
    capped = counts >= k
    kth_at = (np.cumsum(counts) - counts + k - 1)[capped]
    kth = np.full(len(padded), _LOWEST)
    kth[capped] = values[np.lexsort((-values, rows))[kth_at]] - margin
    keep = values >= kth[rows]
    return rows[keep], cols[keep], capped
