"""The nightly batch kernel: every seeker's top-k postings within radius, one matrix multiply per cell group.

Seekers are grouped by their lat/lon cell (and radius class); each group's candidates are the
postings of the cells its disks can touch, so one `group x candidates` product scores them all.
Exact inside the radius: cells only narrow candidates, distance and the filters decide.

Its parts: the tables in and out (`batch_tables`), the groups (`seeker_groups`) and their candidates
(`posting_bands`), the fast pass (`shortlist`, with `relevance` and `bit_terms`) and the exact one (`exact_pass`).
Held here: the unsaid-prior term (`prior_terms`, a seeker's refused families against a posting's silent priors),
a rank-4 product added to the fast pass's factor matrix.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from matching.batch_tables import Postings as Postings  # re-exported, with the rest of the kernel's public face
from matching.batch_tables import Seekers as Seekers
from matching.batch_tables import TopK as TopK
from matching.batch_tables import column_rows
from matching.bit_terms import add_bit_terms
from matching.chord_geometry import unit_xyz
from matching.exact_pass import exact_best, joined
from matching.exact_pass import pair_score as pair_score
from matching.facts.priors import FAMILIES
from matching.group_columns import People, Side, block_order
from matching.layout import FloatArray, IntArray
from matching.posting_bands import PostingBands as PostingBands
from matching.ranking import Weights
from matching.relevance import GroupRelevance
from matching.seeker_groups import SEEKER_CELL_DEG, seeker_groups
from matching.shortlist import score_unit, shortlist


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
    `fact_bits`, either way round, `bit_terms.bit_terms`: the interactive ranking's score) among those within
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
        prior = prior_terms(column_rows(seekers.priors, rows), column_rows(banded.priors, cand), weights)
        if prior is not None:  # a rank-4 product: it joins the factors' matrix (made here if no factor is fed)
            fast = _plus(fast, prior, score_unit(weights))
            fast_error += _PRIOR_ERROR * weights.unsaid_prior
        if fast is not None:  # the wishes and unsaid terms join the factors' matrix once, not tile by tile
            add_bit_terms(fast, people, side, 0, len(rows), weights, score_unit(weights))
        args = (sim, seeker_xyz[rows], layout.xyz[cand], people, side, weights, k, excluded or {})
        short = shortlist(*args, extra=fast, extra_error=fast_error, bits_in_extra=fast is not None)
        best = exact_best(side, seekers, rows, sim, short.rows, short.cols, weights, k, extra, banded.priors, cand)
        # Pairs kept a hair beyond the radius are dropped by the exact pass: if that left a capped row short of
        # k, score that row again with every candidate within reach.
        redo = np.flatnonzero(short.capped & (np.bincount(best[0], minlength=len(rows)) < k))
        if len(redo):
            again = shortlist(*args, uncapped=True, extra=fast, extra_error=fast_error, bits_in_extra=fast is not None)
            keep = np.isin(again.rows, redo)
            fixed = exact_best(
                side, seekers, rows, sim, again.rows[keep], again.cols[keep], weights, k, extra, banded.priors, cand
            )
            stay = ~np.isin(best[0], redo)
            best = joined(best, stay, fixed)
        at, rank, col, score, sim_kept, dist = best
        out_ids[rows[at], rank] = side.ids[col]
        out_scores[rows[at], rank] = score
        out_sim[rows[at], rank] = sim_kept
        out_dist[rows[at], rank] = dist
        return len(rows) * len(cand)

    groups = list(seeker_groups(seekers, cell_deg))
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


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _people(seekers: Seekers, rows: IntArray) -> People:
    return People(
        seekers.ids[rows],
        seekers.kind_masks[rows],
        seekers.since[rows],
        seekers.expected_monthly[rows],
        seekers.radius_km[rows],
        column_rows(seekers.require_bits, rows),
        column_rows(seekers.exclude_bits, rows),
        column_rows(seekers.fact_bits, rows),
        column_rows(seekers.unsaid_bits, rows),
        column_rows(seekers.wish_bits, rows),
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
        column_rows(seekers.terms, rows),
        column_rows(postings.terms, cand),
        column_rows(seekers.codes, rows),
        column_rows(postings.codes, cand),
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
        column_rows(postings.fact_bits, cand),
        column_rows(postings.require_bits, cand),
        column_rows(postings.exclude_bits, cand),
        column_rows(postings.unsaid_bits, cand),
        column_rows(postings.wish_bits, cand),
    )


# The prior term is at most w x 4 (a flag of 1 against each family's prior, priors in [0, 1]). Its float64 product is
# cast to float32 and added to the fast matrix, and the bit terms are added after it: each rounding is within 2^-24 of
# a sum that holds the term, so four of them (16 = 4 x 4) bound the error it brings.
_PRIOR_MOST = len(FAMILIES)
_PRIOR_ERROR = 4 * _PRIOR_MOST * 2.0**-24


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
