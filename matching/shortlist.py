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

from matching.bit_terms import add_bit_terms
from matching.chord_geometry import ChordGeometry
from matching.group_columns import People, Scores32, Side, valid_pay
from matching.layout import FloatArray, IntArray
from matching.pair_filters import drop_pairs
from matching.ranking import NEUTRAL_SALARY_FIT, Weights

CHUNKS_PER_K = 4  # the shortlist's first bound: the k-th largest of 4k column sets' maxima
TILE_ELEMENTS = 1 << 15  # pairs per tile: its float32 buffers and mask stay within a 512 KiB L2
_LOWEST = np.float32(np.finfo(np.float32).min)


@dataclass(frozen=True, slots=True)
class Shortlist:
    """Pairs (row i, candidate column j) to score exactly; `capped[i]`: row i had k or more within reach, so
    pairs below its threshold were left out (if the exact pass drops some kept ones, score it again uncapped)."""

    rows: IntArray
    cols: IntArray
    capped: npt.NDArray[np.bool_]


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
    geometry = ChordGeometry(seeker_xyz, cand_xyz, people, side, weights)
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
        if valid_pay(people.expected[start : start + 1])[0] and weights.salary > 0:
            g = np.multiply(fit_a[start:stop, None], fit_b[None, :], out=g_buf[: stop - start])
            f += np.minimum(g, np.float32(weights.salary / unit), out=g)
        if block not in terms:
            terms = {block: _column_terms(people, side, block, weights, unit, fit_fix)}
        f += terms[block]
        if extra is not None:
            f += extra[start:stop]
        if not bits_in_extra:
            add_bit_terms(f, people, side, start, stop, weights, unit)
        drop_pairs(mask, people, side, start, stop, excluded)
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


def _max_abs(values: FloatArray) -> float:
    return float(np.max(np.abs(values), initial=0.0))


def _pay_terms(expected: FloatArray, pay: FloatArray, weight: float) -> tuple[Scores32, Scores32, Scores32]:
    """min(weight, a_i b_j) + fix_j is weight x the pay fit for rows that expect a pay; rows that do not get a
    constant, which does not change their order, so nothing. Unknown pay: b_j huge, fixed down to neutral."""
    valid_rows, valid_cols = valid_pay(expected), np.isfinite(pay)
    a = np.where(valid_rows, weight / np.where(valid_rows, expected, 1), 0).astype(np.float32)
    b = np.where(valid_cols, pay, 1e30).astype(np.float32)
    fix = np.where(valid_cols, 0, weight * (NEUTRAL_SALARY_FIT - 1)).astype(np.float32)
    return a, b, fix


def _tiles(people: People, tile_rows: int) -> Iterator[tuple[int, int, int]]:
    """(block's first row, start, stop): row ranges of at most tile_rows within one block (one kind mask, one
    kind of pay expectation)."""
    keys = np.column_stack([people.kind_masks, valid_pay(people.expected)])
    starts = [0, *(np.flatnonzero(np.any(np.diff(keys, axis=0) != 0, axis=1)) + 1).tolist(), len(keys)]
    for first, end in itertools.pairwise(starts):
        for at in range(first, end, tile_rows):
            yield first, at, min(at + tile_rows, end)


def _column_terms(people: People, side: Side, row: int, weights: Weights, unit: float, fit_fix: Scores32) -> Scores32:
    """What a block adds to each column: bonus, the unknown-pay fix where the block expects a pay, and -inf
    for postings of a kind the block does not take."""
    terms = (side.bonus / unit).astype(np.float32)
    if weights.salary > 0 and valid_pay(people.expected[row : row + 1])[0]:
        terms += fit_fix
    terms[(side.kind_masks & people.kind_masks[row]) == 0] = -np.inf
    return terms


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
