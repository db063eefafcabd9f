"""Items as the geo index takes them: one entry (`IndexEntry`), or parallel arrays (`Columns`) that writes,
rebuilds and snapshots hand over."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from matching.geo import GeoPoint
from matching.layout import ALL_KINDS, KEY_SPAN, FloatArray, IntArray, Rows, StoredVectors
from matching.sphere import chord2_of, sphere_km

Storage = Literal["float32", "float16"]


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
    """Items as parallel arrays: what writes, rebuilds and snapshots hand over."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    reach_km: FloatArray
    kind_masks: IntArray
    expires_at: FloatArray
    vectors: StoredVectors
    groups: IntArray
    flags: IntArray

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
        return cls(ids, lats, lons, reach_km, kind_masks, expires_at, vectors, groups, flags)

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

    def stored_as(self, storage: Storage) -> Columns:
        if self.vectors.dtype == np.dtype(storage):
            return self
        return Columns(**{**column_dict(self, SAVED_FIELDS), "vectors": self.vectors.astype(storage)})

    @staticmethod
    def concat(blocks: Sequence[Columns]) -> Columns:
        return Columns(*(np.concatenate([getattr(b, f) for b in blocks]) for f in SAVED_FIELDS))

    def rows(self, band_deg: float, slots: IntArray) -> Rows:
        """The layout's columns of these items, their vectors at `slots`."""
        lats, lons = np.asarray(self.lats, np.float64), np.asarray(self.lons, np.float64)
        return Rows(
            np.floor(lats / band_deg) * KEY_SPAN + (lons + 180.0),
            np.stack(sphere_km(lats, lons), axis=1),
            chord2_of(self.reach_km),
            np.asarray(self.expires_at, np.float64),
            np.stack([np.asarray(c, np.int64) for c in (self.ids, self.kind_masks, self.groups, self.flags)], axis=1),
            slots,
            lats,
            lons,
            np.asarray(self.reach_km, np.float64),
        )

    @classmethod
    def of_rows(cls, rows: Rows, vectors: StoredVectors) -> Columns:
        return cls(
            rows.ids,
            rows.lats,
            rows.lons,
            rows.reach_km,
            rows.tags[:, 1],
            rows.expires_at,
            vectors,
            rows.tags[:, 2],
            rows.tags[:, 3],
        )


SAVED_FIELDS = ("ids", "lats", "lons", "reach_km", "kind_masks", "expires_at", "vectors", "groups", "flags")


def column_dict(block: Columns, fields: Sequence[str]) -> dict[str, Any]:
    return {f: getattr(block, f) for f in fields}
