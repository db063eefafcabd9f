"""The geo-partitioned vector index: exact in-radius search, incremental writes, snapshots.

Items live in latitude bands; inside a band rows are sorted by longitude, so the part of a band a
disk can reach is one contiguous slice. A search reads a handful of slices straight through:
distance decides membership, one matrix-vector product per slice scores it.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from matching.geo import EARTH_RADIUS_KM, GeoPoint, bounding_box
from matching.idmap import IdMap

ALL_KINDS = (1 << 62) - 1
BOUNDARY_TOLERANCE_KM = 1e-9  # 1 µm: a point exactly on the circle stays in despite float rounding
DEFAULT_BAND_DEG = 0.01  # ~1.1 km: a 3 km disk spans 6-7 bands, each read as one slice
WINDOW_MARGIN_DEG = 1e-7  # ~1 cm of slack on each slice's longitude window, against rounding
LAYOUT = 2  # snapshot layout; any older snapshot still loads, its items are re-banded

Storage = Literal["float32", "float16"]
BandKey = int
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Vectors = npt.NDArray[np.float32]
StoredVectors = npt.NDArray[np.float32] | npt.NDArray[np.float16]


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One indexed item. `reach_km` is its own radius; `kind_mask` its category bits."""

    id: int
    point: GeoPoint
    vector: npt.NDArray[np.float32]
    _: KW_ONLY
    reach_km: float = math.inf
    kind_mask: int = ALL_KINDS
    expires_at: float = math.inf  # epoch seconds
    group: int = 0  # a filterable number, e.g. the occupation code 6-18-02-04 as 6180204; 0 = none
    flags: int = 0  # bits a search may exclude, e.g. "placed only approximately"


@dataclass(frozen=True, slots=True)
class Columns:
    """Items as parallel arrays; one immutable block per band, so readers never see a torn write.

    The last four columns derive from the others (`Columns.of` computes them): each point in km on
    the Earth's sphere, and the square of the chord its reach allows. A chord is a few subtractions
    away from any centre, so membership needs no trigonometry; a distance is computed only for hits."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    reach_km: FloatArray
    kind_masks: IntArray
    expires_at: FloatArray
    vectors: StoredVectors
    groups: IntArray
    flags: IntArray
    x_km: FloatArray
    y_km: FloatArray
    z_km: FloatArray
    reach_chord2: FloatArray

    @classmethod
    def of(
        cls,
        *,
        ids: IntArray,
        lats: FloatArray,
        lons: FloatArray,
        reach_km: FloatArray,
        kind_masks: IntArray,
        expires_at: FloatArray,
        vectors: StoredVectors,
        groups: IntArray,
        flags: IntArray,
    ) -> Columns:
        x_km, y_km, z_km = sphere_km(lats, lons)
        return cls(
            ids,
            lats,
            lons,
            reach_km,
            kind_masks,
            expires_at,
            vectors,
            groups,
            flags,
            x_km,
            y_km,
            z_km,
            chord2_of(reach_km),
        )

    @classmethod
    def empty(cls, dim: int, storage: Storage = "float32") -> Columns:
        return cls.from_entries([], dim, storage)

    @classmethod
    def from_entries(cls, entries: Sequence[IndexEntry], dim: int, storage: Storage = "float32") -> Columns:
        vectors = np.zeros((len(entries), dim), dtype=storage)
        for row, entry in zip(vectors, entries):
            row[:] = entry.vector
        return cls.of(
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

    @property
    def nbytes(self) -> int:
        return sum(int(getattr(self, f).nbytes) for f in _COLUMN_FIELDS)

    def take(self, rows: npt.NDArray[Any]) -> Columns:
        return Columns(*(np.ascontiguousarray(getattr(self, f)[rows]) for f in _COLUMN_FIELDS))

    def stored_as(self, storage: Storage) -> Columns:
        if self.vectors.dtype == np.dtype(storage):
            return self
        return Columns(**{**_column_dict(self, _COLUMN_FIELDS), "vectors": self.vectors.astype(storage)})

    @staticmethod
    def concat(blocks: Sequence[Columns]) -> Columns:
        return Columns(*(np.concatenate([getattr(b, f) for b in blocks]) for f in _COLUMN_FIELDS))


_SAVED_FIELDS = ("ids", "lats", "lons", "reach_km", "kind_masks", "expires_at", "vectors", "groups", "flags")
_COLUMN_FIELDS = (*_SAVED_FIELDS, "x_km", "y_km", "z_km", "reach_chord2")


def sphere_km(lats: FloatArray, lons: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Points on the sphere of radius EARTH_RADIUS_KM, in km from its centre."""
    lat, lon = np.radians(np.asarray(lats, np.float64)), np.radians(np.asarray(lons, np.float64))
    return (
        EARTH_RADIUS_KM * np.cos(lat) * np.cos(lon),
        EARTH_RADIUS_KM * np.cos(lat) * np.sin(lon),
        EARTH_RADIUS_KM * np.sin(lat),
    )


def chord2_of(distance_km: FloatArray | float) -> FloatArray:
    """The squared chord (km^2) spanning a great-circle distance, with the boundary tolerance; inf stays inf."""
    arc = np.minimum(np.asarray(distance_km, np.float64) + BOUNDARY_TOLERANCE_KM, math.pi * EARTH_RADIUS_KM)
    chord2: FloatArray = np.square(2 * EARTH_RADIUS_KM * np.sin(arc / (2 * EARTH_RADIUS_KM)))
    return np.where(np.isinf(distance_km), np.inf, chord2)


def arc_km(chord2: FloatArray) -> FloatArray:
    """Great-circle distance from a squared chord (km^2): the inverse of chord2_of without the tolerance."""
    km: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(np.sqrt(chord2) / (2 * EARTH_RADIUS_KM), 1.0))
    return km


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


@dataclass(frozen=True, slots=True)
class Slice:
    """Rows [start, stop) of one band: the part of it a disk can reach."""

    band: BandKey
    start: int
    stop: int


@dataclass(slots=True)
class _State:
    bands: dict[BandKey, Columns] = field(default_factory=dict)
    band_of: IdMap = field(default_factory=IdMap)


class GeoIndex:
    """Vectors in latitude bands sorted by longitude. Exact: bands only narrow, distance decides.

    `storage="float16"` halves the vectors' memory; scores are still summed in float32.
    Writes are serialised and publish a new state by reference swap; searches read one state and
    are therefore safe while writes happen.
    """

    def __init__(self, dim: int, *, band_deg: float = DEFAULT_BAND_DEG, storage: Storage = "float32") -> None:
        if dim <= 0 or band_deg <= 0:
            raise ValueError("dim and band_deg must be positive")
        if storage not in ("float32", "float16"):
            raise ValueError(f"storage must be float32 or float16, got {storage!r}")
        self.dim = dim
        self.band_deg = band_deg
        self.storage: Storage = storage
        self._state = _State()
        self._write_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._state.band_of)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._state.band_of

    def ids(self) -> list[int]:
        return self._state.band_of.all_ids()

    def stored_order(self) -> IntArray:
        """Every id in the order the index holds them (band by band, west to east): what a search reads together."""
        bands = self._state.bands
        return np.concatenate([bands[k].ids for k in sorted(bands)]) if bands else np.zeros(0, np.int64)

    def band_count(self) -> int:
        return len(self._state.bands)

    def nbytes(self) -> int:
        """Bytes held: every band's columns and the id-to-band map."""
        state = self._state
        return sum(block.nbytes for block in state.bands.values()) + state.band_of.nbytes

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
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        keep_ids = None if only_ids is None else np.unique(np.asarray(only_ids, dtype=np.int64))
        drop_ids = None if exclude_ids is None or not len(exclude_ids) else np.unique(np.asarray(exclude_ids, np.int64))
        narrowing = _Narrowing(kind_mask, now, groups, exclude_flags, keep_ids, drop_ids)
        radius_chord2 = float(chord2_of(radius_km))
        centre_km = tuple(float(v[0]) for v in sphere_km(np.array([center.lat]), np.array([center.lon])))
        # float16 rows are scored fast, then exactly where it matters, when only the `limit` best are wanted;
        # without a limit every hit needs its exact sum, so it is taken at once.
        refine_to = limit if self.storage == "float16" else None
        found = [
            f
            for s in self._plan(center, radius_km, state)
            if len(
                f := _select(
                    state.bands[s.band], s, centre_km, radius_chord2, query, narrowing, exact=refine_to is None
                )
            )
        ]
        if not found:
            return Candidates.empty()
        hits = _Hits.concat(found)
        if refine_to is not None:
            hits = hits.refined(state.bands, query, refine_to)
        if not ordered and limit is None:
            return Candidates(hits.ids, arc_km(hits.chord2), hits.similarity, hits.groups)
        order = best_first(hits.ids, hits.similarity, limit)
        return Candidates(hits.ids[order], arc_km(hits.chord2[order]), hits.similarity[order], hits.groups[order])

    def plan(self, center: GeoPoint, radius_km: float) -> list[Slice]:
        """The slices a search around `center` reads: for benchmarks and tests of the layout."""
        return self._plan(center, radius_km, self._state)

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
        save_snapshot(path, header, _column_dict(block, _SAVED_FIELDS))

    @classmethod
    def load(cls, path: Path, *, storage: Storage | None = None) -> tuple[GeoIndex, dict[str, Any]]:
        """Read a snapshot; `storage` converts its vectors (default: as saved)."""
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            block = Columns.of(**{f: data[f] for f in _SAVED_FIELDS})
        saved: Storage = "float16" if block.vectors.dtype == np.float16 else "float32"
        index = cls(
            int(header["dim"]), band_deg=float(header.get("band_deg", DEFAULT_BAND_DEG)), storage=storage or saved
        )
        index.replace_all(block)
        return index, dict(header["meta"])

    def replace_all(self, block: Columns) -> None:
        """Swap in a whole new content at once (rebuilds and snapshot loads)."""
        block = block.stored_as(self.storage)
        keys = self._band_keys(block.lats)
        order = np.lexsort((block.ids, block.lons, keys))
        starts = np.flatnonzero(np.diff(keys[order]) != 0) + 1
        bands = {int(keys[rows[0]]): block.take(rows) for rows in (np.split(order, starts) if len(order) else [])}
        with self._write_lock:
            self._state = _State(bands, IdMap.of(block.ids, keys))

    def _check_entry(self, entry: IndexEntry) -> None:
        if entry.vector.shape != (self.dim,):
            raise ValueError(f"item {entry.id}: vector shape {entry.vector.shape}, want ({self.dim},)")
        if not (-90 <= entry.point.lat <= 90 and -180 <= entry.point.lon <= 180):
            raise ValueError(f"item {entry.id}: point {entry.point} is not a WGS-84 coordinate")

    def _band_keys(self, lats: FloatArray) -> IntArray:
        keys: IntArray = np.floor(np.asarray(lats, np.float64) / self.band_deg).astype(np.int64)
        return keys

    def _publish(self, added: Sequence[IndexEntry], removed_ids: set[int]) -> None:
        old = self._state
        bands = dict(old.bands)
        touched: dict[BandKey, list[IndexEntry]] = {}
        for item_id in removed_ids:
            key = old.band_of.get(item_id)
            if key is not None:
                touched.setdefault(key, [])
        placed = {entry.id: math.floor(entry.point.lat / self.band_deg) for entry in added}
        for entry in added:
            touched.setdefault(placed[entry.id], []).append(entry)
        removed = np.fromiter(removed_ids, np.int64, count=len(removed_ids))
        for key, new_entries in touched.items():
            block = bands.get(key, Columns.empty(self.dim, self.storage))
            merged = Columns.concat(
                [block.take(~np.isin(block.ids, removed)), Columns.from_entries(new_entries, self.dim, self.storage)]
            )
            if len(merged):
                bands[key] = merged.take(np.lexsort((merged.ids, merged.lons)))
            else:
                bands.pop(key, None)
        self._state = _State(bands, old.band_of.changed(removed_ids, placed))  # one swap publishes the write

    def _all_columns(self) -> Columns:
        blocks = list(self._state.bands.values())
        return Columns.concat(blocks) if blocks else Columns.empty(self.dim, self.storage)

    def _plan(self, center: GeoPoint, radius_km: float, state: _State) -> list[Slice]:
        lat_min, lat_max, _, _ = bounding_box(center, radius_km)
        low, high = math.floor(lat_min / self.band_deg), math.floor(lat_max / self.band_deg)
        if high - low + 1 > len(state.bands):  # a disk taller than the populated area: walk what exists
            keys: Iterable[BandKey] = sorted(k for k in state.bands if low <= k <= high)
        else:
            keys = (k for k in range(low, high + 1) if k in state.bands)
        plan = []
        for key in keys:
            block = state.bands[key]
            window = lon_window(center, radius_km, key * self.band_deg, (key + 1) * self.band_deg)
            start, stop = 0, len(block)
            if window is not None:
                start = int(np.searchsorted(block.lons, window[0], "left"))
                stop = int(np.searchsorted(block.lons, window[1], "right"))
            if stop > start:
                plan.append(Slice(key, start, stop))
        return plan


def save_snapshot(path: Path, header: Mapping[str, Any], arrays: Mapping[str, Any]) -> None:
    """An .npz of `arrays` and a JSON `header`, written atomically: readers of `path` see the old or the new
    file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            np.savez(tmp, header=np.array(json.dumps(header, ensure_ascii=False)), **arrays)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def lon_window(center: GeoPoint, radius_km: float, lat_low: float, lat_high: float) -> tuple[float, float] | None:
    """Longitudes (low, high) holding every point of the disk whose latitude is in [lat_low, lat_high];
    None when the window crosses the antimeridian or reaches a pole (read the whole band then)."""
    angle = (radius_km + 2 * BOUNDARY_TOLERANCE_KM) / EARTH_RADIUS_KM
    phi0 = math.radians(center.lat)
    if angle >= math.pi / 2 - abs(phi0):
        return None
    # The disk is widest at the latitude of its tangent meridians; it narrows monotonically away from it.
    widest = math.asin(min(1.0, math.sin(phi0) / math.cos(angle)))
    low, high = max(math.radians(lat_low), phi0 - angle), min(math.radians(lat_high), phi0 + angle)
    if low > high:
        return (center.lon, center.lon)  # the band misses the disk
    phi = min(max(widest, low), high)
    cos_half = (math.cos(angle) - math.sin(phi) * math.sin(phi0)) / (math.cos(phi) * math.cos(phi0))
    half = math.degrees(math.acos(max(-1.0, min(1.0, cos_half)))) + WINDOW_MARGIN_DEG
    if center.lon - half < -180 or center.lon + half > 180:
        return None
    return (center.lon - half, center.lon + half)


@dataclass(frozen=True, slots=True)
class _Narrowing:
    """The non-spatial conditions of one search."""

    kind_mask: int
    now: float
    groups: tuple[int, int] | None
    exclude_flags: int
    only_ids: IntArray | None  # sorted, unique
    exclude_ids: IntArray | None = None  # sorted, unique


@dataclass(frozen=True, slots=True)
class _Hits:
    """Candidates plus where each lies (band, row), so float16 scores can be recomputed exactly."""

    ids: IntArray
    chord2: FloatArray  # km^2: the distance follows for the hits returned only
    similarity: npt.NDArray[np.float32]
    groups: IntArray
    bands: IntArray
    rows: IntArray

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @staticmethod
    def concat(parts: Sequence[_Hits]) -> _Hits:
        return _Hits(*(np.concatenate([getattr(p, f) for p in parts]) for f in _Hits.__slots__))

    def refined(self, bands: Mapping[BandKey, Columns], query: Vectors, limit: int) -> _Hits:
        """Exact float32 sums for every hit that can still be among the `limit` best: those whose fast score is
        within HALF_SLACK of the limit-th (nothing else can overtake)."""
        redo = np.arange(len(self))
        if limit < len(self):
            kth = np.partition(self.similarity, len(self) - limit)[len(self) - limit] if limit > 0 else np.inf
            redo = np.flatnonzero(self.similarity >= kth - HALF_SLACK)
        exact = np.empty(len(redo), np.float32)
        for band in np.unique(self.bands[redo]).tolist():
            at = np.flatnonzero(self.bands[redo] == band)
            exact[at] = _widened(bands[band].vectors[self.rows[redo[at]]]) @ query
        return _Hits(self.ids[redo], self.chord2[redo], exact, self.groups[redo], self.bands[redo], self.rows[redo])


def _select(
    block: Columns,
    part: Slice,
    centre_km: tuple[float, ...],
    radius_chord2: float,
    query: Vectors,
    narrowing: _Narrowing,
    *,
    exact: bool,
) -> _Hits:
    rows = slice(part.start, part.stop)
    cx, cy, cz = centre_km
    chord2 = np.square(block.x_km[rows] - cx)
    chord2 += np.square(block.y_km[rows] - cy)
    chord2 += np.square(block.z_km[rows] - cz)
    keep = chord2 <= np.minimum(block.reach_chord2[rows], radius_chord2)
    keep &= (block.kind_masks[rows] & narrowing.kind_mask) != 0
    keep &= block.expires_at[rows] > narrowing.now
    if narrowing.groups is not None:
        keep &= (block.groups[rows] >= narrowing.groups[0]) & (block.groups[rows] < narrowing.groups[1])
    if narrowing.exclude_flags:
        keep &= (block.flags[rows] & narrowing.exclude_flags) == 0
    if narrowing.only_ids is not None:
        keep &= np.isin(block.ids[rows], narrowing.only_ids)
    if narrowing.exclude_ids is not None:
        keep &= ~np.isin(block.ids[rows], narrowing.exclude_ids)
    kept = np.flatnonzero(keep)
    at = part.start + kept
    if exact and block.vectors.dtype != np.float32:
        similarity = _widened(block.vectors[at]) @ query  # the float32 sums `_Hits.refined` would compute
    elif 4 * len(kept) < len(keep):  # few survive: gathering them beats reading the whole slice
        similarity = fast_similarities(block.vectors[at], query)
    else:
        similarity = fast_similarities(block.vectors[rows], query)[kept]
    return _Hits(block.ids[at], chord2[kept], similarity, block.groups[at], np.full(len(at), part.band), at)


HALF_SLACK = 4e-3  # > twice the error of a float16 product (query and result rounded: <= 2 x 2^-11 on unit rows)


def fast_similarities(vectors: StoredVectors, query: Vectors) -> npt.NDArray[np.float32]:
    """Inner products (== cosine on unit vectors) of every row with the query: exact float32 sums for
    float32 rows; for float16 rows torch's float16 product, off by at most HALF_SLACK / 2."""
    if not len(vectors):
        return np.zeros(0, np.float32)
    if vectors.dtype == np.float32:
        return _float_similarities(np.ascontiguousarray(vectors, np.float32), np.ascontiguousarray(query, np.float32))
    try:
        import torch  # NumPy has no float16 BLAS: its float16 products run scalar code, ~20x slower
    except ImportError:
        return _widened(vectors) @ query
    product = torch.mv(torch.from_numpy(np.ascontiguousarray(vectors)), torch.from_numpy(query.astype(np.float16)))
    return product.float().numpy()


def _float_similarities(rows: Vectors, query: Vectors) -> npt.NDArray[np.float32]:
    # FAISS's SIMD loop streams rows at the memory's speed on one core (37 GB/s here); NumPy's BLAS
    # sgemv reached a third of that (bench/README.md).
    import faiss

    out = np.empty(len(rows), np.float32)
    faiss.fvec_inner_products_ny(  # type: ignore[attr-defined]  # SWIG: no stubs
        faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(rows), rows.shape[1], len(rows)
    )
    return out


def _widened(vectors: StoredVectors) -> Vectors:
    if vectors.dtype == np.float32:
        return np.asarray(vectors, np.float32)
    try:
        import torch  # widens with F16C instructions, NumPy one value at a time
    except ImportError:
        return np.asarray(vectors, np.float32)
    wide: Vectors = torch.from_numpy(np.ascontiguousarray(vectors)).float().numpy()
    return wide


def best_first(ids: IntArray, similarity: npt.NDArray[np.floating[Any]], limit: int | None) -> IntArray:
    """Positions by similarity (or any score) descending, ties by id; only the first `limit` when given."""
    if limit is not None and limit < len(ids):
        if limit <= 0:
            return np.zeros(0, np.int64)
        kth = np.partition(similarity, len(ids) - limit)[len(ids) - limit]
        contenders = np.flatnonzero(similarity >= kth)  # every tie at the limit, sorted out by id below
        order: IntArray = contenders[np.lexsort((ids[contenders], -similarity[contenders]))][:limit]
        return order
    full: IntArray = np.lexsort((ids, -similarity))
    return full


def _column_dict(block: Columns, fields: Sequence[str]) -> dict[str, Any]:
    return {f: getattr(block, f) for f in fields}
