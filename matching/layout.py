"""How the geo index lays items out: rows sorted band by band, west to east, and their vectors in an arena.

One sort key per row, `band * KEY_SPAN + (lon + 180)`, makes the part of every band a disk can reach one
binary search away, all bands at once: a search costs the same few dozen array operations however many
bands it spans (a loop over bands was most of a sparse query's time: bench/README.md, issue 27).
Vectors live apart, in an append-only arena addressed by slot, so a write copies metadata, never vectors.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

ALL_KINDS = (1 << 62) - 1
KEY_SPAN = 512.0  # > 360: a band's keys never reach the next band's; float64 keeps ~2e-9 degree at 0.001 degree bands
ARENA_GROWTH = 1.125  # capacity multiplier when the arena is full: writes copy its vectors O(log n) times
# room left by a rebuild for its first writes (1.6%: 16 bytes a float16 posting), so they copy nothing
ARENA_SPARE = 1 / 64

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Vectors = npt.NDArray[np.float32]
StoredVectors = npt.NDArray[np.float32] | npt.NDArray[np.float16]


@dataclass(frozen=True, slots=True)
class Rows:
    """Items as columns: `xyz` (n, 3) each point in km on the Earth's sphere, `reach_chord2` the square of
    the chord its reach allows; `tags` (n, 4) its id, kind mask, group and flags (one gather for all four);
    `slots` where its vector lies in the arena. `keys` orders them when the rows are sorted."""

    keys: FloatArray
    xyz: FloatArray
    reach_chord2: FloatArray
    expires_at: FloatArray
    tags: IntArray
    slots: IntArray
    lats: FloatArray  # as given: snapshots and re-banding keep them
    lons: FloatArray
    reach_km: FloatArray

    def __len__(self) -> int:
        return int(self.slots.shape[0])

    @property
    def ids(self) -> IntArray:
        ids: IntArray = self.tags[:, 0]
        return ids

    @property
    def nbytes(self) -> int:
        return sum(int(getattr(self, f).nbytes) for f in Rows.__slots__)

    def take(self, rows: npt.NDArray[Any]) -> Rows:
        return Rows(*(np.ascontiguousarray(getattr(self, f)[rows]) for f in Rows.__slots__))

    def sorted(self) -> Rows:
        return self.take(np.lexsort((self.ids, self.keys)))

    @staticmethod
    def concat(blocks: Sequence[Rows]) -> Rows:
        return Rows(*(np.concatenate([getattr(b, f) for b in blocks]) for f in Rows.__slots__))

    def merged(self, other: Rows) -> Rows:
        """Both sorted blocks as one sorted block: `other` (small) inserted, one copy of each column."""
        at = np.searchsorted(self.keys, other.keys, "right")
        return Rows(*(np.insert(getattr(self, f), at, getattr(other, f), axis=0) for f in Rows.__slots__))


@dataclass(frozen=True, slots=True)
class Arena:
    """Vectors by slot. Slots are never reused, so rows past `used` are free to write while readers of
    this arena read theirs; a full arena is copied into a larger one, which readers of the old never see."""

    vectors: StoredVectors
    used: int

    @classmethod
    def of(cls, vectors: StoredVectors, rows: IntArray | None = None, spare: float = ARENA_SPARE) -> Arena:
        """The `vectors` (only `rows` of them, in that order, when given) with room for writes."""
        used = len(vectors) if rows is None else len(rows)
        store = np.empty((used + math.ceil(used * spare), *vectors.shape[1:]), vectors.dtype)
        if rows is None:
            store[:used] = vectors
        else:
            # straight into place, one copy of the vectors; "clip" since "raise" buffers `out` (a second copy)
            np.take(vectors, rows, axis=0, out=store[:used], mode="clip")
        return cls(store, used)

    def appended(self, vectors: StoredVectors) -> tuple[Arena, IntArray]:
        """An arena with `vectors` added, and their slots."""
        need = self.used + len(vectors)
        store = self.vectors
        if need > len(store):
            store = np.empty((max(need, math.ceil(len(store) * ARENA_GROWTH)), store.shape[1]), store.dtype)
            store[: self.used] = self.vectors[: self.used]
        store[self.used : need] = vectors
        return Arena(store, need), np.arange(self.used, need, dtype=np.int64)

    def compacted(self, slots: IntArray) -> tuple[Arena, IntArray]:
        """Only the rows at `slots`, in that order, and their new slots."""
        return Arena.of(self.vectors, slots), np.arange(len(slots), dtype=np.int64)


class Query(NamedTuple):
    """One search's conditions, prepared once (a tuple: built per search, cheaper than a dataclass)."""

    centre_km: FloatArray  # (3,)
    radius_chord2: float
    kind_mask: int
    now: float
    groups: tuple[int, int] | None
    exclude_flags: int
    only_ids: IntArray | None  # sorted, unique
    exclude_ids: IntArray | None  # sorted, unique

    @property
    def narrows_by_tags(self) -> bool:
        """A condition on group, flags or id is asked."""
        return (
            self.groups is not None
            or bool(self.exclude_flags)
            or self.only_ids is not None
            or self.exclude_ids is not None
        )


@dataclass(frozen=True, slots=True)
class Facts:
    """What holds for every row of a block, so a search can skip a condition no row can fail."""

    any_reach: bool  # some row's reach is finite
    min_expires_at: float
    any_kindless: bool  # some row has none of ALL_KINDS's bits

    @classmethod
    def of(cls, rows: Rows) -> Facts:
        if not len(rows):
            return cls(False, math.inf, False)
        return cls(
            bool(np.isfinite(rows.reach_chord2).any()),
            float(rows.expires_at.min()),
            bool(((rows.tags[:, 1] & ALL_KINDS) == 0).any()),
        )


def passing(rows: Rows, at: IntArray | None, facts: Facts, query: Query) -> tuple[IntArray, FloatArray]:
    """Of rows `at` (None: all), the positions in `at` that pass every condition, and their squared chords."""
    # `take` rather than indexing: a third of the time on a few dozen rows, which is what a sparse query has
    offset = rows.xyz - query.centre_km if at is None else rows.xyz.take(at, axis=0)
    if at is not None:
        offset -= query.centre_km  # in place: the gathered copy is this search's own
    offset *= offset
    chord2: FloatArray = np.add.reduce(offset, 1)  # the same sums as offset.sum(axis=1), without its wrapper
    if facts.any_reach:
        keep = chord2 <= np.minimum(
            rows.reach_chord2 if at is None else rows.reach_chord2.take(at), query.radius_chord2
        )
    else:
        keep = chord2 <= query.radius_chord2
    if query.now >= facts.min_expires_at:
        keep &= (rows.expires_at if at is None else rows.expires_at.take(at)) > query.now
    if facts.any_kindless or (query.kind_mask & ALL_KINDS) != ALL_KINDS or query.narrows_by_tags:
        _keep_tagged(keep, rows.tags if at is None else rows.tags.take(at, axis=0), query)
    kept = keep.nonzero()[0]
    return kept, chord2.take(kept)


def _keep_tagged(keep: npt.NDArray[np.bool_], tags: IntArray, query: Query) -> None:
    keep &= (tags[:, 1] & query.kind_mask) != 0
    if query.groups is not None:
        keep &= (tags[:, 2] >= query.groups[0]) & (tags[:, 2] < query.groups[1])
    if query.exclude_flags:
        keep &= (tags[:, 3] & query.exclude_flags) == 0
    if query.only_ids is not None:
        keep &= np.isin(tags[:, 0], query.only_ids)
    if query.exclude_ids is not None:
        keep &= ~np.isin(tags[:, 0], query.exclude_ids)


def ranges(keys: FloatArray, bands: range, lon_window: tuple[float, float] | None) -> IntArray:
    """Every row of `bands` whose longitude is in the window (None: whole bands), from a sorted `keys`."""
    # Array methods rather than NumPy's functions (keys.searchsorted, not np.searchsorted): the functions'
    # dispatch costs as much as the work on the few values a sparse query has.
    if lon_window is None:
        start, stop = keys.searchsorted((bands[0] * KEY_SPAN, (bands[-1] + 1) * KEY_SPAN)).tolist()
        return np.arange(start, stop, dtype=np.int64)
    # "left" for the ends too: a key equal to an end is a point outside the window's margin, hence the disk
    low, high = 180.0 + lon_window[0], 180.0 + lon_window[1]
    found = keys.searchsorted([b * KEY_SPAN + low for b in bands] + [b * KEY_SPAN + high for b in bands])
    starts, stops = found[: len(bands)], found[len(bands) :]
    if len(bands) <= 16:  # a 3 km disk spans 6-7 bands: a few short ranges are joined fastest in Python
        return np.array([row for a, b in zip(starts.tolist(), stops.tolist()) for row in range(a, b)], np.int64)
    lengths = stops - starts
    ends = np.cumsum(lengths)
    spread: IntArray = np.arange(int(ends[-1]), dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)
    return spread
