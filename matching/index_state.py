"""One published content of the geo index: sorted rows, recent writes and the vectors' arena, and their merge."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from matching.geo import GeoPoint
from matching.idmap import IdMap
from matching.layout import Arena, Facts, IntArray, Query, Rows, passing

DELTA_MAX = 1024  # recent writes scanned whole before they are merged into the sorted rows (one copy of those)
GARBAGE_SHARE = 0.25  # the arena is compacted when this share of its slots holds removed vectors


@dataclass(frozen=True, slots=True)
class IndexState:
    """One published content: sorted rows (`alive` masks removed ones), recent writes, the vectors."""

    base: Rows
    base_facts: Facts
    alive: npt.NDArray[np.bool_] | None  # None: every sorted row is live
    delta: Rows
    delta_facts: Facts
    arena: Arena
    slot_of: IdMap  # id -> slot
    row_of_slot: IntArray  # slot -> sorted row, -1 where in `delta`; slots past its end are in `delta`

    @classmethod
    def of(cls, base: Rows, arena: Arena, delta: Rows) -> IndexState:
        """Sorted rows with every slot's row and id map derived."""
        row_of_slot = np.full(arena.used, -1, np.int64)
        row_of_slot[base.slots] = np.arange(len(base))
        slot_of = IdMap.of(np.concatenate([base.ids, delta.ids]), np.concatenate([base.slots, delta.slots]))
        return cls(base, Facts.of(base), None, delta, Facts.of(delta), arena, slot_of, row_of_slot)

    def live_base(self) -> Rows:
        return self.base if self.alive is None else self.base.take(self.alive)


def merged(state: IndexState) -> IndexState:
    """The recent writes merged into the sorted rows; the arena compacted when removals left much garbage."""
    base = state.live_base().merged(state.delta.sorted())
    arena = state.arena
    if arena.used - len(base) > GARBAGE_SHARE * arena.used:
        arena, slots = arena.compacted(base.slots)
        base = replace(base, slots=slots)
    return IndexState.of(base, arena, base.take(np.zeros(0, np.int64)))


def points_of(state: IndexState, ids: Iterable[int]) -> list[GeoPoint]:
    """The points of those of `ids` the state holds (sorted rows or recent writes)."""
    points = []
    for item_id in ids:
        slot = state.slot_of.get(item_id)
        if slot is None:
            continue
        row = int(state.row_of_slot[slot]) if slot < len(state.row_of_slot) else -1
        rows = state.base
        if row < 0:
            rows, row = state.delta, int(np.flatnonzero(state.delta.slots == slot)[0])
        points.append(GeoPoint(float(rows.lats[row]), float(rows.lons[row])))
    return points


def base_rows_of(state: IndexState, ids: IntArray) -> IntArray:
    """The sorted rows holding these ids, ascending (recent writes are not among them: a search reads all of those)."""
    rows = []
    for item_id in ids.tolist():
        slot = state.slot_of.get(item_id)
        if slot is not None and slot < len(state.row_of_slot) and (row := int(state.row_of_slot[slot])) >= 0:
            rows.append(row)
    return np.array(sorted(rows), np.int64)


def delta_rows_of(state: IndexState, ids: IntArray) -> IntArray:
    """The recent writes' rows holding these ids, ascending (an id has at most one: a write replaces its row)."""
    slots = [slot for item_id in ids.tolist() if (slot := state.slot_of.get(item_id)) is not None]
    if not slots or not len(state.delta):
        return np.zeros(0, np.int64)
    # One id (the judge's usual search) by a comparison: np.isin costs 15 µs where `==` costs 2, and a kept page's
    # judge searches some 60 times a posting written
    found = state.delta.slots == slots[0] if len(slots) == 1 else np.isin(state.delta.slots, slots)
    return np.flatnonzero(found)


def earliest_expiry(state: IndexState, rows: IntArray, query: Query) -> float:
    """The least `expires_at` of the items among sorted `rows` and recent writes that pass `query` (not expired at its
    `now`, within its radius and their reach, of its kinds); math.inf when none expires."""
    soonest = math.inf
    if len(rows):
        kept, _ = passing(state.base, rows, state.base_facts, query)
        at = rows.take(kept)
        if state.alive is not None:
            at = at[state.alive.take(at)]
        if len(at):
            soonest = float(state.base.expires_at.take(at).min())
    if len(state.delta):
        kept, _ = passing(state.delta, None, state.delta_facts, query)
        if len(kept):
            soonest = min(soonest, float(state.delta.expires_at.take(kept).min()))
    return soonest
