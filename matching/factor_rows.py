"""The keyword and occupation factors' columns: terms as packed rows (`Sparse`), codes as rows padded to three (-1:
none), each taken like any other column; built from seekers' queries, postings' texts and both sides' codes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from matching.keywords import Bm25
from matching.layout import FloatArray, IntArray

CODES = 3  # occupation codes kept per side: the coder's top three, as the score table keeps


@dataclass(frozen=True, slots=True)
class Padded:
    """Rows of (id, value) pairs, padded with id -1 and value 0 after them."""

    ids: IntArray
    values: FloatArray

    def __getitem__(self, rows: IntArray | slice) -> Padded:
        """These rows, as a table's other columns are taken (`column[rows]`)."""
        return Padded(self.ids[rows], self.values[rows])

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(frozen=True, slots=True)
class Sparse:
    """Rows of (id, value) pairs of any length, packed: row i's are ids[starts[i]:starts[i + 1]], ids ascending.
    A query or document's distinct terms: padded to the longest, a province's rows would take gigabytes."""

    starts: IntArray  # len(rows) + 1
    ids: IntArray
    values: FloatArray

    def __len__(self) -> int:
        return int(self.starts.shape[0]) - 1

    def __getitem__(self, rows: IntArray | slice) -> Sparse:
        """These rows, as a table's other columns are taken (`column[rows]`)."""
        picked = np.arange(len(self))[rows] if isinstance(rows, slice) else rows
        counts = self.starts[picked + 1] - self.starts[picked]
        at = np.repeat(self.starts[picked] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        return Sparse(np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), self.ids[at], self.values[at])

    def entries(self) -> tuple[IntArray, IntArray, FloatArray]:
        """(row, id, value) of every entry, row by row."""
        return np.repeat(np.arange(len(self)), np.diff(self.starts)), self.ids, self.values


def query_rows(queries: Sequence[Sequence[str]], bm25: Bm25, vocabulary: dict[str, int]) -> Sparse:
    """Each seeker's distinct query terms with w_t / ceiling (w_t = idf x times, the ceiling over every term); terms
    no document holds are left out: they weigh in the ceiling and never hit."""
    rows: list[list[tuple[int, float]]] = []
    for query in queries:
        wanted = [(term, bm25.weight(term) * times) for term, times in Counter(query).items()]
        ceiling = 0.0
        for _, w in wanted:
            ceiling += w
        rows.append(sorted((vocabulary[t], w / ceiling) for t, w in wanted if t in vocabulary and ceiling))
    return _sparse(rows)


def document_rows(documents: Sequence[Sequence[str]], bm25: Bm25, vocabulary: dict[str, int]) -> Sparse:
    """Each posting's distinct terms with tf / (tf + norm), `Bm25`'s saturation, by ascending id (the exact pass
    looks terms up in them); new terms join `vocabulary`."""
    rows: list[list[tuple[int, float]]] = []
    for document in documents:
        counts = Counter(document)
        norm = bm25.k1 * (1 - bm25.b + bm25.b * sum(counts.values()) / bm25.avg_length)
        rows.append(sorted((vocabulary.setdefault(t, len(vocabulary)), tf / (tf + norm)) for t, tf in counts.items()))
    return _sparse(rows)


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


def _sparse(rows: list[list[tuple[int, float]]]) -> Sparse:
    counts = np.array([len(r) for r in rows], np.int64)
    ids = np.array([t for r in rows for t, _ in r], np.int64)
    values = np.array([v for r in rows for _, v in r], np.float64)
    return Sparse(np.concatenate([[0], np.cumsum(counts)]).astype(np.int64), ids, values)


def _padded(rows: list[list[tuple[int, float]]], width: int | None = None) -> Padded:
    wide = max((len(r) for r in rows), default=0) if width is None else width
    ids = np.full((len(rows), wide), -1, np.int64)
    values = np.zeros((len(rows), wide))
    for i, row in enumerate(rows):
        if row:
            ids[i, : len(row)] = [t for t, _ in row]
            values[i, : len(row)] = [v for _, v in row]
    return Padded(ids, values)
