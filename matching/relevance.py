"""The keyword and occupation factors of the nightly kernel: per pair, as the interactive ranking computes them.

Keyword: `Bm25.prepare(query)(document)` is sum over the query's distinct terms t of w_t x tf/(tf + norm) over the
query's ceiling; w_t / ceiling belongs to the seeker, tf/(tf + norm) to the posting: a sparse product. Occupation:
`occupations.expected_agreement` of the two sides' (code, confidence) lists is the sum over both sides' codes of
(c_a / total_asked) (d_j / total_row) agreement(a, j): a gather from one small agreement matrix. Both are carried
as padded rows (-1: no term, no code), so a table's rows are taken like any other column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.keywords import Bm25
from matching.layout import FloatArray, IntArray
from matching.ranking import NEUTRAL_OCCUPATION, Weights

CODES = 3  # occupation codes kept per side: the coder's top three, as the score table keeps


@dataclass(frozen=True, slots=True)
class Padded:
    """Rows of (id, value) pairs, padded with id -1 and value 0."""

    ids: IntArray
    values: FloatArray

    def __getitem__(self, rows: IntArray | slice) -> Padded:
        """These rows, as a table's other columns are taken (`column[rows]`)."""
        return Padded(self.ids[rows], self.values[rows])

    def __len__(self) -> int:
        return int(self.ids.shape[0])


def query_rows(queries: Sequence[Sequence[str]], bm25: Bm25, vocabulary: dict[str, int]) -> Padded:
    """Each seeker's distinct query terms with w_t / ceiling (w_t = idf x times, the ceiling over every term); terms
    no document holds are left out: they weigh in the ceiling and never hit."""
    rows: list[list[tuple[int, float]]] = []
    for query in queries:
        wanted = [(term, bm25.weight(term) * times) for term, times in Counter(query).items()]
        ceiling = 0.0
        for _, w in wanted:
            ceiling += w
        rows.append([(vocabulary[t], w / ceiling) for t, w in wanted if t in vocabulary and ceiling])
    return _padded(rows)


def document_rows(documents: Sequence[Sequence[str]], bm25: Bm25, vocabulary: dict[str, int]) -> Padded:
    """Each posting's distinct terms with tf / (tf + norm), `Bm25`'s saturation; new terms join `vocabulary`."""
    rows: list[list[tuple[int, float]]] = []
    for document in documents:
        counts = Counter(document)
        norm = bm25.k1 * (1 - bm25.b + bm25.b * sum(counts.values()) / bm25.avg_length)
        rows.append([(vocabulary.setdefault(t, len(vocabulary)), tf / (tf + norm)) for t, tf in counts.items()])
    return _padded(rows)


def code_rows(coded: Sequence[Sequence[tuple[str, float]]], codes: dict[str, int]) -> Padded:
    """Each side's first CODES (code, confidence) as (code number, confidence / their total); new codes join
    `codes`. A side with codes whose confidences add to 0 keeps them with share 0: coded, agreeing in nothing."""
    rows: list[list[tuple[int, float]]] = []
    for pairs in coded:
        kept = list(pairs)[:CODES]
        total = 0.0
        for _, c in kept:
            total += c
        rows.append([(codes.setdefault(code, len(codes)), c / total if total else 0.0) for code, c in kept])
    return _padded(rows, width=CODES)


def agreement_matrix(
    asked: Mapping[str, int], offered: Mapping[str, int], agreement_of: Callable[[str, str], float | None]
) -> FloatArray:
    """agreement_of(asked code, offered code), 0 where unknown: rows by the seekers' code numbers, columns by the
    postings'."""
    out = np.zeros((len(asked), len(offered)))
    for a, i in asked.items():
        for b, j in offered.items():
            out[i, j] = agreement_of(a, b) or 0.0
    return out


def pair_relevance(
    queries: Padded | None,
    documents: Padded | None,
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


def keyword_scores(queries: Padded, documents: Padded) -> FloatArray:
    """BM25 over the ceiling of each query row against each document row: the products of shared terms, summed by
    one bincount (each contribution is one term of one seeker's query found in one posting)."""
    m, n = len(queries.ids), len(documents.ids)
    q_rows, q_slots = np.nonzero(queries.ids >= 0)
    q_terms = queries.ids[q_rows, q_slots]
    by_term = np.argsort(q_terms, kind="stable")
    q_terms, q_rows, q_weight = q_terms[by_term], q_rows[by_term], queries.values[q_rows, q_slots][by_term]
    vocabulary, first, times = np.unique(q_terms, return_index=True, return_counts=True)
    d_cols, d_slots = np.nonzero(documents.ids >= 0)
    d_terms = documents.ids[d_cols, d_slots]
    at = np.minimum(np.searchsorted(vocabulary, d_terms), max(len(vocabulary) - 1, 0))
    hit = np.flatnonzero(vocabulary[at] == d_terms) if len(vocabulary) else np.zeros(0, np.int64)
    if not len(hit):
        return np.zeros((m, n))
    term, col, gain = at[hit], d_cols[hit], documents.values[d_cols[hit], d_slots[hit]]
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


def _padded(rows: list[list[tuple[int, float]]], width: int | None = None) -> Padded:
    wide = max((len(r) for r in rows), default=0) if width is None else width
    ids = np.full((len(rows), wide), -1, np.int64)
    values = np.zeros((len(rows), wide))
    for i, row in enumerate(rows):
        if row:
            ids[i, : len(row)] = [t for t, _ in row]
            values[i, : len(row)] = [v for _, v in row]
    return Padded(ids, values)
