"""The geo-partitioned vector index: exact in-radius search, incremental writes, snapshots."""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.geo import GeoPoint, bounding_box, haversine_km_many

ALL_KINDS = (1 << 62) - 1
BOUNDARY_TOLERANCE_KM = 1e-9  # 1 µm: a point exactly on the circle stays in despite float rounding
DEFAULT_CELL_DEG = 0.05  # ~5.5 km of latitude: a 3 km disk touches at most 3 x 3 cells

CellKey = tuple[int, int]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One indexed item. `reach_km` is its own radius; `kind_mask` its category bits."""

    id: int
    point: GeoPoint
    vector: npt.NDArray[np.float32]
    reach_km: float = math.inf
    kind_mask: int = ALL_KINDS
    expires_at: float = math.inf  # epoch seconds
    group: int = 0  # a filterable number, e.g. the occupation code 6-18-02-04 as 6180204; 0 = none
    flags: int = 0  # bits a search may exclude, e.g. "placed only approximately"


@dataclass(frozen=True, slots=True)
class Columns:
    """Items as parallel arrays; one immutable block per cell, so readers never see a torn write."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    reach_km: FloatArray
    kind_masks: IntArray
    expires_at: FloatArray
    vectors: Vectors
    groups: IntArray
    flags: IntArray

    @classmethod
    def empty(cls, dim: int) -> Columns:
        return cls.from_entries([], dim)

    @classmethod
    def from_entries(cls, entries: Sequence[IndexEntry], dim: int) -> Columns:
        vectors = np.zeros((len(entries), dim), dtype=np.float32)
        for row, entry in zip(vectors, entries):
            row[:] = entry.vector
        return cls(
            ids=np.array([e.id for e in entries], dtype=np.int64),
            lats=np.array([e.point.lat for e in entries], dtype=np.float64),
            lons=np.array([e.point.lon for e in entries], dtype=np.float64),
            reach_km=np.array([e.reach_km for e in entries], dtype=np.float64),
            kind_masks=np.array([e.kind_mask for e in entries], dtype=np.int64),
            expires_at=np.array([e.expires_at for e in entries], dtype=np.float64),
            vectors=vectors,
            groups=np.array([e.group for e in entries], dtype=np.int64),
            flags=np.array([e.flags for e in entries], dtype=np.int64),
        )

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def take(self, rows: npt.NDArray[Any]) -> Columns:
        return Columns(*(np.ascontiguousarray(getattr(self, f)[rows]) for f in _COLUMN_FIELDS))

    @staticmethod
    def concat(blocks: Sequence[Columns]) -> Columns:
        return Columns(*(np.concatenate([getattr(b, f) for b in blocks]) for f in _COLUMN_FIELDS))


_COLUMN_FIELDS = ("ids", "lats", "lons", "reach_km", "kind_masks", "expires_at", "vectors", "groups", "flags")


@dataclass(frozen=True, slots=True)
class Candidates:
    """Every item inside the radius, best similarity first (ties by id)."""

    ids: IntArray
    distance_km: FloatArray
    similarity: npt.NDArray[np.float32]
    groups: IntArray | None = None  # each item's group, for facets; None where not asked for

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def empty(cls) -> Candidates:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.float64), np.zeros(0, np.float32), np.zeros(0, np.int64))


@dataclass(slots=True)
class _State:
    cells: dict[CellKey, Columns] = field(default_factory=dict)
    cell_of: dict[int, CellKey] = field(default_factory=dict)


class GeoIndex:
    """Vectors partitioned by lat/lon cells. Exact: cells only narrow candidates, distance decides.

    Writes are serialised and publish a new state by reference swap; searches read one state and
    are therefore safe while writes happen.
    """

    def __init__(self, dim: int, *, cell_deg: float = DEFAULT_CELL_DEG) -> None:
        if dim <= 0 or cell_deg <= 0:
            raise ValueError("dim and cell_deg must be positive")
        self.dim = dim
        self.cell_deg = cell_deg
        self._state = _State()
        self._write_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._state.cell_of)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._state.cell_of

    def ids(self) -> list[int]:
        return list(self._state.cell_of)

    def cell_count(self) -> int:
        return len(self._state.cells)

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
    ) -> Candidates:
        """All items within min(radius_km, item.reach_km) of center, not expired at `now`, with
        low <= group < high when `groups` is given, none of `exclude_flags` set, among `only_ids`
        when given (a filter the caller computed, e.g. one fair's postings) and not in `exclude_ids`
        (e.g. jobs the seeker dismissed)."""
        state = self._state
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        keep_ids = None if only_ids is None else np.unique(np.asarray(only_ids, dtype=np.int64))
        drop_ids = None if exclude_ids is None or not len(exclude_ids) else np.unique(np.asarray(exclude_ids, np.int64))
        narrowing = _Narrowing(kind_mask, now, groups, exclude_flags, keep_ids, drop_ids)
        found = [
            _select(block, center, radius_km, query, narrowing)
            for block in (state.cells.get(key) for key in self._covering(center, radius_km, state))
            if block is not None
        ]
        found = [c for c in found if len(c)]
        if not found:
            return Candidates.empty()
        merged = Candidates(*(np.concatenate(parts) for parts in zip(*(_fields(c) for c in found))))
        order = np.lexsort((merged.ids, -merged.similarity))
        ids, distance_km, similarity, item_groups = _fields(merged)
        return Candidates(ids[order], distance_km[order], similarity[order], item_groups[order])

    def save(self, path: Path, meta: Mapping[str, Any] | None = None) -> None:
        """Write a snapshot atomically: readers of `path` see the old or the new file, never half."""
        block = self._all_columns()
        path.parent.mkdir(parents=True, exist_ok=True)
        header = {"dim": self.dim, "cell_deg": self.cell_deg, "meta": dict(meta or {})}
        fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as tmp:
                np.savez(tmp, header=np.array(json.dumps(header)), **_column_dict(block))
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> tuple[GeoIndex, dict[str, Any]]:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            block = Columns(*(data[f] for f in _COLUMN_FIELDS))
        index = cls(int(header["dim"]), cell_deg=float(header["cell_deg"]))
        index.replace_all(block)
        return index, dict(header["meta"])

    def _check_entry(self, entry: IndexEntry) -> None:
        if entry.vector.shape != (self.dim,):
            raise ValueError(f"item {entry.id}: vector shape {entry.vector.shape}, want ({self.dim},)")
        if not (-90 <= entry.point.lat <= 90 and -180 <= entry.point.lon <= 180):
            raise ValueError(f"item {entry.id}: point {entry.point} is not a WGS-84 coordinate")

    def _key(self, lat: float, lon: float) -> CellKey:
        return (math.floor(lat / self.cell_deg), math.floor(lon / self.cell_deg))

    def _publish(self, added: Sequence[IndexEntry], removed_ids: set[int]) -> None:
        old = self._state
        cells = dict(old.cells)
        cell_of = dict(old.cell_of)
        touched: dict[CellKey, list[IndexEntry]] = {}
        for item_id in removed_ids:
            key = cell_of.pop(item_id, None)
            if key is not None:
                touched.setdefault(key, [])
        for entry in added:
            key = self._key(entry.point.lat, entry.point.lon)
            touched.setdefault(key, []).append(entry)
            cell_of[entry.id] = key
        removed = np.fromiter(removed_ids, np.int64, count=len(removed_ids))
        for key, new_entries in touched.items():
            block = cells.get(key, Columns.empty(self.dim))
            kept = block.take(~np.isin(block.ids, removed))
            merged = Columns.concat([kept, Columns.from_entries(new_entries, self.dim)])
            if len(merged):
                cells[key] = merged
            else:
                cells.pop(key, None)
        self._state = _State(cells, cell_of)  # one reference swap publishes the whole write

    def replace_all(self, block: Columns) -> None:
        """Swap in a whole new content at once (rebuilds and snapshot loads)."""
        keys = np.stack(
            [np.floor(block.lats / self.cell_deg), np.floor(block.lons / self.cell_deg)], axis=1
        ).astype(np.int64)
        order = np.lexsort((keys[:, 1], keys[:, 0]))
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.any(np.diff(sorted_keys, axis=0) != 0, axis=1)) + 1
        cells: dict[CellKey, Columns] = {}
        cell_of: dict[int, CellKey] = {}
        for rows in np.split(order, starts) if len(order) else []:
            key = (int(keys[rows[0], 0]), int(keys[rows[0], 1]))
            cells[key] = block.take(rows)
            cell_of.update(dict.fromkeys(block.ids[rows].tolist(), key))
        with self._write_lock:
            self._state = _State(cells, cell_of)

    def _all_columns(self) -> Columns:
        blocks = list(self._state.cells.values())
        return Columns.concat(blocks) if blocks else Columns.empty(self.dim)

    def _covering(self, center: GeoPoint, radius_km: float, state: _State) -> Iterable[CellKey]:
        lat_min, lat_max, lon_min, lon_max = bounding_box(center, radius_km)
        lat_keys = range(math.floor(lat_min / self.cell_deg), math.floor(lat_max / self.cell_deg) + 1)
        wraps = lon_min < -180 or lon_max > 180
        lon_keys = range(math.floor(lon_min / self.cell_deg), math.floor(lon_max / self.cell_deg) + 1)
        if wraps or len(lat_keys) * len(lon_keys) > len(state.cells):
            # Near the antimeridian, or a disk larger than the populated area: filter what exists.
            return [k for k in state.cells if k[0] in lat_keys and (wraps or k[1] in lon_keys)]
        return ((a, b) for a in lat_keys for b in lon_keys)


@dataclass(frozen=True, slots=True)
class _Narrowing:
    """The non-spatial conditions of one search."""

    kind_mask: int
    now: float
    groups: tuple[int, int] | None
    exclude_flags: int
    only_ids: IntArray | None  # sorted, unique
    exclude_ids: IntArray | None = None  # sorted, unique


def _select(
    block: Columns, center: GeoPoint, radius_km: float, query: npt.NDArray[np.float32], narrowing: _Narrowing
) -> Candidates:
    distance_km = haversine_km_many(center.lat, center.lon, block.lats, block.lons)
    limit_km = np.minimum(block.reach_km, radius_km) + BOUNDARY_TOLERANCE_KM
    keep = (distance_km <= limit_km) & ((block.kind_masks & narrowing.kind_mask) != 0)
    keep &= block.expires_at > narrowing.now
    if narrowing.groups is not None:
        keep &= (block.groups >= narrowing.groups[0]) & (block.groups < narrowing.groups[1])
    if narrowing.exclude_flags:
        keep &= (block.flags & narrowing.exclude_flags) == 0
    if narrowing.only_ids is not None:
        keep &= np.isin(block.ids, narrowing.only_ids)
    if narrowing.exclude_ids is not None:
        keep &= ~np.isin(block.ids, narrowing.exclude_ids)
    rows = np.flatnonzero(keep)
    if not len(rows):
        return Candidates.empty()
    similarity = block.vectors[rows] @ query  # inner product == cosine on unit vectors
    return Candidates(block.ids[rows], distance_km[rows], similarity.astype(np.float32), block.groups[rows])


def _fields(c: Candidates) -> tuple[IntArray, FloatArray, npt.NDArray[np.float32], IntArray]:
    groups = c.groups if c.groups is not None else np.zeros(len(c), np.int64)
    return c.ids, c.distance_km, c.similarity, groups


def _column_dict(block: Columns) -> dict[str, Any]:
    return {f: getattr(block, f) for f in _COLUMN_FIELDS}
