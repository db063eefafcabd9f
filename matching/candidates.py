"""What a search finds: `Candidates` (a search's answer), `Hits` (the rows it passed, with their vectors' slots),
and `best_first`, the order both are read in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from matching.layout import FloatArray, IntArray, StoredVectors, Vectors
from matching.similarity import HALF_SLACK, widened

NO_SCORES = np.zeros(0, np.float32)
FEW_TO_SORT = 256  # up to this many, sorting all beats selecting the best first


@dataclass(frozen=True, slots=True)
class Candidates:
    """Every item inside the radius, best similarity first (ties by id) unless asked for unordered."""

    ids: IntArray
    distance_km: FloatArray
    similarity: npt.NDArray[np.float32]
    groups: IntArray | None = None  # each item's group, for facets; None where not asked for

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def empty(cls) -> Candidates:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.float64), np.zeros(0, np.float32), np.zeros(0, np.int64))


class Hits(NamedTuple):
    """Candidates and where their vectors lie (arena slots), so float16 scores can be recomputed exactly
    (a tuple: built per search, cheaper than a dataclass)."""

    ids: IntArray
    chord2: FloatArray  # km^2: the distance follows for the hits returned only
    similarity: npt.NDArray[np.float32]
    groups: IntArray
    slots: IntArray

    @staticmethod
    def empty() -> Hits:
        none = np.zeros(0, np.int64)
        return Hits(none, np.zeros(0, np.float64), NO_SCORES, none, none)

    @staticmethod
    def concat(parts: Sequence[Hits]) -> Hits:
        return Hits(*(np.concatenate(column) for column in zip(*parts)))

    def scored(self, similarity: npt.NDArray[np.float32]) -> Hits:
        return self._replace(similarity=similarity)

    def refined(self, vectors: StoredVectors, query: Vectors, limit: int) -> Hits:
        """Exact float32 sums for every hit that can still be among the `limit` best: those whose fast score is
        within HALF_SLACK of the limit-th (nothing else can overtake)."""
        redo = np.arange(len(self.ids))
        if limit < len(redo):
            kth = np.partition(self.similarity, len(redo) - limit)[len(redo) - limit] if limit > 0 else np.inf
            redo = np.flatnonzero(self.similarity >= kth - HALF_SLACK)
        exact = widened(vectors[self.slots[redo]]) @ query
        return Hits(self.ids[redo], self.chord2[redo], exact, self.groups[redo], self.slots[redo])


def best_first(ids: IntArray, similarity: npt.NDArray[np.floating[Any]], limit: int | None) -> IntArray:
    """Positions by similarity (or any score) descending, ties by id; only the first `limit` when given."""
    if limit is not None and limit < len(ids) > FEW_TO_SORT:
        if limit <= 0:
            return np.zeros(0, np.int64)
        kth = np.partition(similarity, len(ids) - limit)[len(ids) - limit]
        contenders = np.flatnonzero(similarity >= kth)  # every tie at the limit, sorted out by id below
        order: IntArray = contenders[np.lexsort((ids[contenders], -similarity[contenders]))][:limit]
        return order
    full: IntArray = np.lexsort((ids, -similarity))
    return full if limit is None else full[: max(limit, 0)]
