"""Seekers grouped for the kernel's products: by a cell that adapts to their density, and a whole-km radius class."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from matching.batch_tables import Seekers
from matching.layout import FloatArray, IntArray

GROUP_ROWS = 256  # seekers scored per product: bounds the group x candidates matrices
SEEKER_CELL_DEG = 0.005  # ~550 m: a group's box is little larger than one disk, so most pairs scored count
QUAD_LEVELS = 6  # seeker cells from SEEKER_CELL_DEG up to 32 times wider where seekers are sparse


def seeker_groups(seekers: Seekers, cell_deg: float) -> Iterator[IntArray]:
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


def _boundaries(sorted_keys: IntArray) -> IntArray:
    """Rows where a run of equal keys begins, after the first."""
    if not len(sorted_keys):
        return np.zeros(0, np.int64)
    starts: IntArray = np.flatnonzero(np.any(np.diff(sorted_keys, axis=0) != 0, axis=1)) + 1
    return starts


def _cell_keys(lats: FloatArray, lons: FloatArray, cell_deg: float) -> IntArray:
    keys: IntArray = np.stack([np.floor(lats / cell_deg), np.floor(lons / cell_deg)], axis=1).astype(np.int64)
    return keys.reshape(-1, 2)
