"""The pairs a group's fast pass leaves out whatever their score: not new to the seeker, excluded by the seeker, or
breaking a written limit of either side."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np
import numpy.typing as npt

from matching.group_columns import People, Side
from matching.layout import IntArray


def drop_pairs(
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
