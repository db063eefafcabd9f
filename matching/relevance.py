"""The keyword and occupation factors of the nightly kernel: per pair, as the interactive ranking computes them.

Keyword: `Bm25.prepare(query)(document)` is sum over the query's distinct terms t of w_t x tf/(tf + norm) over the
query's ceiling; w_t / ceiling belongs to the seeker, tf/(tf + norm) to the posting: a sparse product. Occupation:
`occupations.expected_agreement` of the two sides' (code, confidence) lists is the sum over both sides' codes of
(c_a / total_asked) (d_j / total_row) agreement(a, j): a gather from one small agreement matrix. Terms are carried
as packed rows (`Sparse`), codes as rows padded to three (-1: none): `matching.factor_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from matching.factor_rows import Padded, Sparse
from matching.layout import FloatArray, IntArray
from matching.ranking import NEUTRAL_OCCUPATION, Weights


def pair_relevance(
    queries: Sparse | None,
    documents: Sparse | None,
    asked: Padded | None,
    offered: Padded | None,
    agreement: FloatArray | None,
    weights: Weights,
) -> FloatArray | None:
    """w_keyword x keyword + w_occupation x occupation of every (row, column) pair, rows the seekers' and columns the
    postings' (already taken); None when neither factor is fed. An uncoded side is NEUTRAL_OCCUPATION."""
    out: FloatArray | None = None
    if queries is not None and documents is not None and weights.keyword:
        out = weights.keyword * np.clip(keyword_scores(queries, documents), 0.0, 1.0)
    if asked is not None and offered is not None and agreement is not None and weights.occupation:
        occupation = weights.occupation * occupation_scores(asked, offered, agreement)
        out = occupation if out is None else out + occupation
    return out


DENSE_BREAK_EVEN = 0.7  # a query term whose seekers x candidates holding it exceed this x the group's pairs: one GEMM
_FLOAT32_ERROR = 64 * 2.0**-24  # relative error of the fast sums: a few dozen float32 products and additions


@dataclass(frozen=True, slots=True)
class GroupRelevance:
    """One seeker group's factors against its candidates: a float32 matrix for the kernel's fast pass (`fast`,
    within `error` of the exact part), and the exact float64 part of chosen pairs (`exact`)."""

    queries: Sparse | None
    documents: Sparse | None
    asked: Padded | None
    offered: Padded | None
    agreement: FloatArray | None
    weights: Weights
    agreement32: npt.NDArray[np.float32] | None = None  # `agreement` in float32, cast once for every group
    _hits: list[TermHits] = field(default_factory=list, repr=False, compare=False)  # `hits`, made once

    def hits(self) -> TermHits:
        """Which document entries hold a query's term, shared by the fast and the exact pass."""
        assert self.queries is not None and self.documents is not None
        if not self._hits:
            self._hits.append(TermHits.of(self.queries, self.documents))
        return self._hits[0]

    @property
    def keyword(self) -> bool:
        return self.queries is not None and self.documents is not None and self.weights.keyword > 0

    @property
    def occupation(self) -> bool:
        return (
            self.asked is not None
            and self.offered is not None
            and self.agreement is not None
            and self.weights.occupation > 0
        )

    @property
    def error(self) -> float:
        """A bound on |fast - exact| (before dividing by `unit`)."""
        return _FLOAT32_ERROR * (self.weights.keyword + self.weights.occupation) + 1e-9

    def fast(self, unit: float) -> npt.NDArray[np.float32] | None:
        """(w_keyword x keyword + w_occupation x occupation) / unit of every pair in float32; None: no factor fed."""
        out: npt.NDArray[np.float32] | None = None
        if self.keyword:
            assert self.queries is not None and self.documents is not None
            out = _keyword32(
                self.hits(), len(self.queries), len(self.documents), np.float32(self.weights.keyword / unit)
            )
        if self.occupation:
            assert self.asked is not None and self.offered is not None and self.agreement is not None
            agreement = self.agreement.astype(np.float32) if self.agreement32 is None else self.agreement32
            occupation = _occupation32(self.asked, self.offered, agreement, self.weights.occupation / unit)
            out = occupation if out is None else np.add(out, occupation, out=out)
        return out

    def exact(self, rows: IntArray, cols: IntArray) -> FloatArray | None:
        """The factors' part of pairs (rows[i], cols[i]) in float64, as `ScoreTable.score` sums them."""
        out: FloatArray | None = None
        if self.keyword:
            assert self.queries is not None and self.documents is not None
            out = self.weights.keyword * np.clip(_keyword_pairs(self.queries, self.hits(), rows, cols), 0.0, 1.0)
        if self.occupation:
            assert self.asked is not None and self.offered is not None and self.agreement is not None
            occupation = self.weights.occupation * _occupation_pairs(
                self.asked, self.offered, self.agreement, rows, cols
            )
            out = occupation if out is None else out + occupation
        return out


@dataclass(frozen=True, slots=True)
class TermHits:
    """A group's query terms (`vocabulary`, ascending; each query entry's place in it, `q_term`, and how many queries
    hold each, `seekers`) and the document entries holding one (`term` its place, `col` the document, `gain`), in
    document order, each document's terms ascending: so `keys` = col x len(vocabulary) + term ascend."""

    q_rows: IntArray
    q_term: IntArray
    q_weight: FloatArray
    vocabulary: IntArray
    seekers: IntArray
    term: IntArray
    col: IntArray
    gain: FloatArray

    @staticmethod
    def of(queries: Sparse, documents: Sparse) -> TermHits:
        q_rows, q_terms, q_weight = queries.entries()
        vocabulary, q_term, seekers = np.unique(q_terms, return_inverse=True, return_counts=True)
        d_cols, d_terms, d_gain = documents.entries()
        if not len(vocabulary) or not len(d_cols):
            none = np.zeros(0, np.int64)
            return TermHits(q_rows, q_term.reshape(-1), q_weight, vocabulary, seekers, none, none, np.zeros(0))
        position = np.full(int(max(d_terms.max(), vocabulary[-1])) + 1, -1, np.int64)  # ids: a dense vocabulary's
        position[vocabulary] = np.arange(len(vocabulary))
        at = position[d_terms]
        hit = np.flatnonzero(at >= 0)
        return TermHits(q_rows, q_term.reshape(-1), q_weight, vocabulary, seekers, at[hit], d_cols[hit], d_gain[hit])


def _keyword32(hits: TermHits, m: int, n: int, weight: np.float32) -> npt.NDArray[np.float32]:
    """weight x BM25 over the ceiling of every pair, float32. Query terms many seekers and many candidates share (the
    Zipf head: 工, 司机) go through one dense product; the rest as sparse contributions, one bincount."""
    q_rows, q_term, q_weight, vocabulary, seekers = (
        hits.q_rows,
        hits.q_term,
        hits.q_weight,
        hits.vocabulary,
        hits.seekers,
    )
    term, col, gain = hits.term, hits.col, hits.gain
    out = np.zeros((m, n), np.float32)
    if not len(term):
        return out
    holders = np.bincount(term, minlength=len(vocabulary))
    dense = seekers * holders > DENSE_BREAK_EVEN * n  # dense costs m x n a term at GEMM speed, sparse its pairs
    if dense.any():
        slot = np.cumsum(dense) - 1
        left = np.zeros((m, int(dense.sum())), np.float32)
        take = dense[q_term]
        left[q_rows[take], slot[q_term[take]]] = q_weight[take] * weight
        right = np.zeros((left.shape[1], n), np.float32)
        take = dense[term]
        right[slot[term[take]], col[take]] = gain[take]
        np.matmul(left, right, out=out)
    sparse = ~dense[term]
    term, col, gain = term[sparse], col[sparse], gain[sparse]
    if len(term):
        by_term = np.argsort(q_term, kind="stable")
        first = np.searchsorted(q_term[by_term], np.arange(len(vocabulary)))
        count = seekers[term]
        pick = by_term[np.repeat(first[term] - np.cumsum(count) + count, count) + np.arange(int(count.sum()))]
        flat = q_rows[pick] * n + np.repeat(col, count)
        parts = q_weight[pick] * np.repeat(gain, count) * float(weight)
        if len(flat) < m * n // 8:  # few: added in place, no pass over the whole matrix
            np.add.at(out.reshape(-1), flat, parts.astype(np.float32))
        else:
            np.add(out, np.bincount(flat, weights=parts, minlength=m * n).reshape(m, n), out=out, casting="unsafe")
    return out


def _occupation32(
    asked: Padded, offered: Padded, agreement: npt.NDArray[np.float32], weight: float
) -> npt.NDArray[np.float32]:
    """weight x `expected_agreement` of every pair, float32: each seeker's agreement with every offered code, then
    gathered by the candidates' codes (rows of 4 x group bytes: contiguous copies)."""
    m, n = len(asked), len(offered)
    if not agreement.size:
        return np.full((m, n), np.float32(weight * NEUTRAL_OCCUPATION))
    shares = (weight * asked.values).astype(np.float32)
    rows = _weighted_rows(agreement, asked.ids, shares)  # each seeker's agreement with every offered code, x weight
    table = np.ascontiguousarray(rows.T)  # by offered code: a candidate's codes gather whole rows
    by_col = _weighted_rows(table, offered.ids, offered.values.astype(np.float32))
    by_col[~np.any(offered.ids >= 0, axis=1)] = weight * NEUTRAL_OCCUPATION
    by_col[:, ~np.any(asked.ids >= 0, axis=1)] = weight * NEUTRAL_OCCUPATION
    out: npt.NDArray[np.float32] = by_col.T  # a view: whoever adds it reads it as fast as a contiguous copy
    return out


def _weighted_rows(
    table: npt.NDArray[np.float32], ids: IntArray, shares: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """Row i: sum over slots j of shares[i, j] x table[ids[i, j]] (an empty slot, id -1, has share 0), summed in slot
    order from the first product, as `0 + ...` would give, into two buffers: no zeroed matrix, no temporary a slot."""
    if not ids.shape[1]:
        return np.zeros((len(ids), table.shape[1]), np.float32)
    out = np.empty((len(ids), table.shape[1]), np.float32)
    np.take(table, np.maximum(ids[:, 0], 0), axis=0, out=out)
    out *= shares[:, 0, None]
    part = np.empty_like(out)
    for j in range(1, ids.shape[1]):
        np.take(table, np.maximum(ids[:, j], 0), axis=0, out=part)
        part *= shares[:, j, None]
        out += part
    return out


def _keyword_pairs(queries: Sparse, hits: TermHits, rows: IntArray, cols: IntArray) -> FloatArray:
    """BM25 over the ceiling of pairs: each pair's query terms looked up among the group's document entries that hold
    a query term (`TermHits`, sorted keys), the gains summed in the query's order. The pairs' own documents are not
    gathered: a posting has dozens to hundreds of terms, a query a few."""
    q_counts = np.diff(queries.starts)[rows]
    total = int(q_counts.sum())
    if not total or not len(hits.term):
        return np.zeros(len(rows))
    span = len(hits.vocabulary)
    keys = hits.col * span + hits.term
    q_pair = np.repeat(np.arange(len(rows)), q_counts)
    at = np.repeat(queries.starts[rows] - np.cumsum(q_counts) + q_counts, q_counts) + np.arange(total)
    wanted = cols[q_pair] * span + hits.q_term[at]
    found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    gains = np.where(keys[found] == wanted, hits.gain[found], 0.0)
    summed: FloatArray = np.bincount(q_pair, weights=queries.values[at] * gains, minlength=len(rows)).astype(np.float64)
    return summed


def _occupation_pairs(
    asked: Padded, offered: Padded, agreement: FloatArray, rows: IntArray, cols: IntArray
) -> FloatArray:
    """`expected_agreement` of pairs; NEUTRAL_OCCUPATION where either side has no code."""
    a_ids, a_shares = asked.ids[rows], asked.values[rows]
    o_ids, o_shares = offered.ids[cols], offered.values[cols]
    total = np.zeros(len(rows))
    if agreement.size:  # every (asked code, offered code) of a pair at once; an empty slot's share is 0
        flat = np.maximum(a_ids, 0)[:, :, None] * agreement.shape[1] + np.maximum(o_ids, 0)[:, None, :]
        agreed = np.ravel(agreement).take(flat)  # one flat take: a 2-D fancy index costs more per pair
        total = np.einsum("pa,pj,paj->p", a_shares, o_shares, agreed)
    coded = np.any(a_ids >= 0, axis=1) & np.any(o_ids >= 0, axis=1)
    scores: FloatArray = np.where(coded, total, NEUTRAL_OCCUPATION)
    return scores


def keyword_scores(queries: Sparse, documents: Sparse) -> FloatArray:
    """BM25 over the ceiling of each query row against each document row: the products of shared terms, summed by
    one bincount (each contribution is one term of one seeker's query found in one posting)."""
    m, n = len(queries), len(documents)
    q_rows, q_terms, q_weight = queries.entries()
    by_term = np.argsort(q_terms, kind="stable")
    q_terms, q_rows, q_weight = q_terms[by_term], q_rows[by_term], q_weight[by_term]
    vocabulary, first, times = np.unique(q_terms, return_index=True, return_counts=True)
    d_cols, d_terms, d_gain = documents.entries()
    at = np.minimum(np.searchsorted(vocabulary, d_terms), max(len(vocabulary) - 1, 0))
    hit = np.flatnonzero(vocabulary[at] == d_terms) if len(vocabulary) else np.zeros(0, np.int64)
    if not len(hit):
        return np.zeros((m, n))
    term, col, gain = at[hit], d_cols[hit], d_gain[hit]
    count = times[term]
    pick = np.repeat(first[term] - np.cumsum(count) + count, count) + np.arange(int(count.sum()))
    col, gain = np.repeat(col, count), np.repeat(gain, count)
    flat = q_rows[pick] * n + col
    sums: FloatArray = np.bincount(flat, weights=q_weight[pick] * gain, minlength=m * n).astype(np.float64)
    return sums.reshape(m, n)


def occupation_scores(asked: Padded, offered: Padded, agreement: FloatArray) -> FloatArray:
    """`expected_agreement` of every (row, column) pair; NEUTRAL_OCCUPATION where either side has no code."""
    m, n = len(asked.ids), len(offered.ids)
    if not agreement.size:
        return np.full((m, n), NEUTRAL_OCCUPATION)
    table = np.zeros((m, agreement.shape[1]))  # row i: sum over its codes a of share_a x agreement(a, .)
    for a in range(asked.ids.shape[1]):
        table += asked.values[:, a, None] * agreement[np.maximum(asked.ids[:, a], 0)]  # an empty slot's share is 0
    out = np.zeros((m, n))
    for j in range(offered.ids.shape[1]):
        out += table[:, np.maximum(offered.ids[:, j], 0)] * offered.values[None, :, j]
    rows_coded: npt.NDArray[np.bool_] = np.any(asked.ids >= 0, axis=1)
    cols_coded: npt.NDArray[np.bool_] = np.any(offered.ids >= 0, axis=1)
    scores: FloatArray = np.where(rows_coded[:, None] & cols_coded[None, :], out, NEUTRAL_OCCUPATION)
    return scores
