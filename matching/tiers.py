"""What goes first on a list of jobs, whoever draws it (a match page, a nightly push): today's and tomorrow's 零工
for those who asked, then the kinds preferred (零工优先), then the rest; within a tier, best score first."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from matching.candidates import best_first

IntArray = npt.NDArray[np.int64]

SOON, PREFERRED, REST = 0, 1, 2


def tiers_of(ids: IntArray, *, soon: IntArray | None = None, preferred: IntArray | None = None) -> IntArray:
    """Each id's tier: SOON if among `soon`, else PREFERRED if among `preferred`, else REST."""
    tier = np.full(len(ids), REST, np.int64)
    if preferred is not None and len(preferred):
        tier[np.isin(ids, preferred)] = PREFERRED
    if soon is not None and len(soon):
        tier[np.isin(ids, soon)] = SOON
    return tier


def tiered_best(ids: IntArray, scores: npt.NDArray[np.floating], tier: IntArray | None, limit: int | None) -> IntArray:
    """Positions, a lower tier before a higher (None: one tier), each best score first, ties by id; only the first
    `limit` when given."""
    if tier is None or not len(ids):  # no tiers, or nothing to order (no circle, no parts)
        return best_first(ids, scores, limit)
    parts = [np.flatnonzero(tier == t) for t in np.unique(tier)]
    order: IntArray = np.concatenate([p[best_first(ids[p], scores[p], limit)] for p in parts])
    return order if limit is None else order[:limit]
