"""The geo-partitioned vector index: exact in-radius search, incremental writes, snapshots.

Items live in latitude bands; inside a band rows are sorted by longitude, so the part of a band a
disk can reach is one contiguous range (matching/layout.py). A search finds every band's range at once,
distance decides membership, one product scores the members. Writes go to a small unsorted block
scanned whole, merged into the sorted rows when it grows past DELTA_MAX (matching/index_state.py). What a search
finds is in matching/candidates.py.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.candidates import NO_SCORES, Hits, best_first
from matching.candidates import Candidates as Candidates  # re-exported: callers import a search's answer from here
from matching.columns import SAVED_FIELDS, Columns, IndexEntry, Storage, column_dict
from matching.geo import GeoPoint, bounding_box
from matching.index_state import DELTA_MAX, IndexState, base_rows_of, delta_rows_of, earliest_expiry, merged, points_of
from matching.layout import (
    ALL_KINDS,
    KEY_SPAN,
    Arena,
    Facts,
    IntArray,
    Query,
    Rows,
    Vectors,
    passing,
    ranges,
)
from matching.similarity import exact_similarities, fast_similarities
from matching.snapshots import save_snapshot
from matching.sphere import WINDOW_MARGIN_DEG, arc_km, centre_km, chord2_one

DEFAULT_BAND_DEG = 0.01  # ~1.1 km: a 3 km disk spans 6-7 bands, each read as one slice
MIN_BAND_DEG = 1e-3  # narrower bands would number so many that the sort keys' rounding nears WINDOW_MARGIN_DEG
LAYOUT = 2  # snapshot layout; any older snapshot still loads, its items are re-banded

# Up to this many hits, float16 rows are gathered, widened and scored exactly at once: no second pass. Timed
# interleaved at 1 M postings (bench/README.md, issue 27 items 2-3), the one exact pass over the fast float16
# product and its refinement: 0.82x at 65-256 hits, 0.88x at 257-512, 0.95x at 513-1,024, 1.00x at 1,025-2,048,
# 1.06x at 2,049-4,096, 1.42x beyond: past ~1,000 rows their widened copy (twice the bytes, written, read) costs more.
FEW_IDS = 64  # `only_ids` this few: their own rows are read, not the disk's (the same answer, found by id)
SMALL_HITS = 1024  # tests set `index.SMALL_HITS`: read here at each search, never copied

BandKey = int


@dataclass(frozen=True, slots=True)
class Slice:
    """Sorted rows [start, stop) of one band: the part of it a disk can reach."""

    band: BandKey
    start: int
    stop: int


class GeoIndex:
    """Vectors in latitude bands sorted by longitude. Exact: bands only narrow, distance decides.

    `storage="float16"` halves the vectors' memory; scores are still summed in float32.
    Writes are serialised and publish a new state by reference swap; searches read one state and
    are therefore safe while writes happen.
    """

    def __init__(self, dim: int, *, band_deg: float = DEFAULT_BAND_DEG, storage: Storage = "float32") -> None:
        if dim <= 0 or band_deg < MIN_BAND_DEG:
            raise ValueError(f"dim must be positive and band_deg at least {MIN_BAND_DEG}")
        if storage not in ("float32", "float16"):
            raise ValueError(f"storage must be float32 or float16, got {storage!r}")
        self.dim = dim
        self.band_deg = band_deg
        self.storage: Storage = storage
        empty = Columns.empty(dim, storage)
        rows = empty.rows(band_deg, np.zeros(0, np.int64))
        self._state = IndexState.of(rows, Arena.of(empty.vectors), rows)
        self._write_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._state.slot_of)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._state.slot_of

    def ids(self) -> list[int]:
        return self._state.slot_of.all_ids()

    def stored_order(self) -> IntArray:
        """Every id in the order the index holds them (band by band, west to east): what a search reads together."""
        state = self._state
        return state.live_base().merged(state.delta.sorted()).ids.copy()

    def band_count(self) -> int:
        state = self._state
        keys = np.concatenate([state.live_base().keys, state.delta.keys])
        return len(np.unique(np.floor(keys / KEY_SPAN)))

    def nbytes(self) -> int:
        """Bytes held: the sorted rows, recent writes, the vectors' arena and the id maps."""
        state = self._state
        alive = 0 if state.alive is None else state.alive.nbytes
        return (
            state.base.nbytes
            + alive
            + state.delta.nbytes
            + state.arena.vectors.nbytes
            + state.slot_of.nbytes
            + state.row_of_slot.nbytes
        )

    def upsert(self, entries: Iterable[IndexEntry]) -> None:
        entries = list({e.id: e for e in entries}.values())  # last write per id wins
        for entry in entries:
            self._check_entry(entry)
        with self._write_lock:
            self._publish(entries, removed_ids={e.id for e in entries})

    def remove(self, ids: Iterable[int]) -> None:
        with self._write_lock:
            self._publish([], removed_ids=set(ids))

    def search(
        self,
        center: GeoPoint,
        radius_km: float,
        vector: npt.NDArray[np.float32],
        *,
        kind_mask: int = ALL_KINDS,
        now: float = -math.inf,
        groups: tuple[int, int] | None = None,
        exclude_flags: int = 0,
        only_ids: IntArray | None = None,
        exclude_ids: IntArray | None = None,
        limit: int | None = None,
        ordered: bool = True,
    ) -> Candidates:
        """All items within min(radius_km, item.reach_km) of center, not expired at `now`, with
        low <= group < high when `groups` is given, none of `exclude_flags` set, among `only_ids`
        when given (a filter the caller computed, e.g. one fair's postings) and not in `exclude_ids`
        (e.g. jobs the seeker dismissed); only the `limit` most similar when a limit is given.
        `ordered=False` (without a limit) leaves them in the index's order, for a caller that ranks them itself."""
        state = self._state
        query = Query(
            np.array(centre_km(center)),
            chord2_one(radius_km),
            kind_mask,
            now,
            groups,
            exclude_flags,
            None if only_ids is None else np.unique(np.asarray(only_ids, dtype=np.int64)),
            None if exclude_ids is None or not len(exclude_ids) else np.unique(np.asarray(exclude_ids, np.int64)),
        )
        only = query.only_ids
        if only is not None and len(only) <= FEW_IDS:
            # Those ids' own rows, sorted and recent: no row of another id is read, so none is asked its id again.
            hits = self._hits(
                state, base_rows_of(state, only), query._replace(only_ids=None), delta_rows_of(state, only)
            )
        else:
            hits = self._hits(state, self._rows_to_read(center, radius_km, state.base), query)
        if not len(hits.ids):
            return Candidates.empty()
        if vector.dtype != np.float32 or vector.ndim != 1:
            vector = np.asarray(vector, dtype=np.float32).reshape(-1)
        hits = self._scored(state.arena, hits, vector, limit)
        if not ordered and limit is None:
            return Candidates(hits.ids, arc_km(hits.chord2), hits.similarity, hits.groups)
        order = best_first(hits.ids, hits.similarity, limit)
        return Candidates(
            hits.ids.take(order), arc_km(hits.chord2.take(order)), hits.similarity.take(order), hits.groups.take(order)
        )

    def points_of(self, ids: Iterable[int]) -> list[GeoPoint]:
        """Where these items lie now, those held (a writer reads them before it moves or removes them)."""
        return points_of(self._state, ids)

    def next_expiry(self, center: GeoPoint, radius_km: float, *, kind_mask: int = ALL_KINDS, now: float) -> float:
        """The earliest expiry after `now` among the items a search around `center` of these kinds could find
        (math.inf: none expires): until then only a write changes which of them a search finds."""
        state = self._state
        query = Query(np.array(centre_km(center)), chord2_one(radius_km), kind_mask, now, None, 0, None, None)
        return earliest_expiry(state, self._rows_to_read(center, radius_km, state.base), query)

    def plan(self, center: GeoPoint, radius_km: float) -> list[Slice]:
        """The ranges of sorted rows a search around `center` reads, band by band: for benchmarks and tests."""
        base = self._state.base
        rows = self._rows_to_read(center, radius_km, base)
        if not len(rows):
            return []
        bands = np.floor(base.keys[rows] / KEY_SPAN).astype(np.int64)
        starts = np.flatnonzero(np.diff(bands, prepend=bands[0] - 1))
        stops = [*starts[1:].tolist(), len(rows)]
        return [Slice(int(bands[a]), int(rows[a]), int(rows[b - 1]) + 1) for a, b in zip(starts.tolist(), stops)]

    def save(self, path: Path, meta: Mapping[str, Any] | None = None) -> None:
        """Write a snapshot atomically: readers of `path` see the old or the new file, never half."""
        block = self._all_columns()
        header = {
            "dim": self.dim,
            "band_deg": self.band_deg,
            "storage": self.storage,
            "layout": LAYOUT,
            "meta": dict(meta or {}),
        }
        save_snapshot(path, header, column_dict(block, SAVED_FIELDS))

    @classmethod
    def load(cls, path: Path, *, storage: Storage | None = None) -> tuple[GeoIndex, dict[str, Any]]:
        """Read a snapshot; `storage` converts its vectors (default: as saved)."""
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            block = Columns.of(**{f: data[f] for f in SAVED_FIELDS})
        saved: Storage = "float16" if block.vectors.dtype == np.float16 else "float32"
        index = cls(
            int(header["dim"]), band_deg=float(header.get("band_deg", DEFAULT_BAND_DEG)), storage=storage or saved
        )
        index.replace_all(block)
        return index, dict(header["meta"])

    def replace_all(self, block: Columns) -> None:
        """Swap in a whole new content at once (rebuilds and snapshot loads)."""
        block = block.stored_as(self.storage)
        rows = block.rows(self.band_deg, np.zeros(len(block), np.int64))
        order = np.lexsort((rows.ids, rows.keys))
        base = replace(rows.take(order), slots=np.arange(len(block), dtype=np.int64))  # vectors in reading order
        state = IndexState.of(base, Arena.of(block.vectors, order), base.take(np.zeros(0, np.int64)))
        with self._write_lock:
            self._state = state

    def _check_entry(self, entry: IndexEntry) -> None:
        if entry.vector.shape != (self.dim,):
            raise ValueError(f"item {entry.id}: vector shape {entry.vector.shape}, want ({self.dim},)")
        if not (-90 <= entry.point.lat <= 90 and -180 <= entry.point.lon <= 180):
            raise ValueError(f"item {entry.id}: point {entry.point} is not a WGS-84 coordinate")

    def _publish(self, added: Sequence[IndexEntry], removed_ids: set[int]) -> None:
        old = self._state
        dead = np.array([s for i in removed_ids if (s := old.slot_of.get(i)) is not None], np.int64)
        in_base = old.row_of_slot[dead[dead < len(old.row_of_slot)]]
        in_base = in_base[in_base >= 0]
        alive = old.alive
        if len(in_base):
            alive = np.ones(len(old.base), np.bool_) if alive is None else alive.copy()
            alive[in_base] = False
        block = Columns.from_entries(added, self.dim, self.storage)
        arena, slots = old.arena.appended(block.vectors)
        delta = Rows.concat([old.delta.take(~np.isin(old.delta.slots, dead)), block.rows(self.band_deg, slots)])
        slot_of = old.slot_of.changed(removed_ids, dict(zip(block.ids.tolist(), slots.tolist())))
        state = IndexState(old.base, old.base_facts, alive, delta, Facts.of(delta), arena, slot_of, old.row_of_slot)
        self._state = merged(state) if len(delta) > DELTA_MAX else state  # one swap publishes the write

    def _all_columns(self) -> Columns:
        state = self._state
        rows = state.live_base().merged(state.delta.sorted())
        return Columns.of_rows(rows, state.arena.vectors[rows.slots])

    def _rows_to_read(self, center: GeoPoint, radius_km: float, base: Rows) -> IntArray:
        if not len(base):
            return np.zeros(0, np.int64)
        lat_min, lat_max, lon_min, lon_max = bounding_box(center, radius_km)
        low, high = math.floor(lat_min / self.band_deg), math.floor(lat_max / self.band_deg)
        # One window for every band, the disk's widest (its box's): a few more rows at its top and bottom than a
        # window per band, but every band's range found by one search (a loop over bands was a sparse query's
        # main cost). A box across the antimeridian or over a pole reads whole bands.
        window = (
            None
            if lon_min <= -180.0 or lon_max >= 180.0
            else (lon_min - WINDOW_MARGIN_DEG, lon_max + WINDOW_MARGIN_DEG)
        )
        return ranges(base.keys, range(low, high + 1), window)

    def _hits(self, state: IndexState, rows: IntArray, query: Query, recent_rows: IntArray | None = None) -> Hits:
        """The rows (sorted ones among `rows`, and the recent ones among `recent_rows`, None: all) that pass,
        unscored."""
        base = self._passing_base(state, rows, query) if len(rows) else None
        if not len(state.delta) or (recent_rows is not None and not len(recent_rows)):
            return base if base is not None else Hits.empty()
        kept, chord2 = passing(state.delta, recent_rows, state.delta_facts, query)
        if recent_rows is not None:
            kept = recent_rows.take(kept)
        tags = state.delta.tags[kept]
        recent = Hits(tags[:, 0], chord2, NO_SCORES, tags[:, 2], state.delta.slots[kept])
        return Hits.concat([base, recent]) if base is not None else recent

    @staticmethod
    def _passing_base(state: IndexState, rows: IntArray, query: Query) -> Hits:
        kept, chord2 = passing(state.base, rows, state.base_facts, query)
        at = rows.take(kept)
        if state.alive is not None:
            live = state.alive.take(at)
            at, chord2 = at[live], chord2[live]
        tags = state.base.tags.take(at, axis=0)
        return Hits(tags[:, 0], chord2, NO_SCORES, tags[:, 2], state.base.slots.take(at))

    def _scored(self, arena: Arena, hits: Hits, query: Vectors, limit: int | None) -> Hits:
        """The hits with their similarities: exact float32 sums for float32 rows; for float16 rows, fast
        scores first when only the `limit` best are wanted among many, then exact sums where it matters."""
        vectors = arena.vectors
        if vectors.dtype == np.float32 or limit is None or len(hits.slots) <= SMALL_HITS:
            return Hits(hits.ids, hits.chord2, exact_similarities(vectors, hits.slots, query), hits.groups, hits.slots)
        return hits.scored(fast_similarities(vectors[hits.slots], query)).refined(vectors, query, limit)
