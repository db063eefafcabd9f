"""Which band each indexed id lives in: 12 bytes an id, immutable, cheap to change a little."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
OVERLAY_MIN = 4096  # changes kept beside the sorted arrays before they are merged in


@dataclass(frozen=True, slots=True)
class IdMap:
    """Sorted ids with their bands, plus a small overlay of recent changes (None: removed).

    A Python dict would take ~90 bytes an id and a full copy on every write; here a write copies
    only the overlay, and merging it in costs one sort every OVERLAY_MIN or len/64 changes."""

    ids: IntArray = field(default_factory=lambda: np.zeros(0, np.int64))
    bands: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, np.int32))
    overlay: Mapping[int, int | None] = field(default_factory=dict)
    size: int = 0

    @classmethod
    def of(cls, ids: IntArray, bands: npt.NDArray[np.integer]) -> IdMap:
        order = np.argsort(ids, kind="stable")
        return cls(
            np.ascontiguousarray(ids[order], np.int64), np.ascontiguousarray(bands[order], np.int32), {}, len(ids)
        )

    def __len__(self) -> int:
        return self.size

    @property
    def nbytes(self) -> int:
        return int(self.ids.nbytes + self.bands.nbytes) + 100 * len(self.overlay)  # ~100 bytes a dict entry

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, (int, np.integer)) and self.get(int(item_id)) is not None

    def get(self, item_id: int) -> int | None:
        return self.overlay[item_id] if item_id in self.overlay else self._in_base(item_id)

    def _in_base(self, item_id: int) -> int | None:
        at = int(np.searchsorted(self.ids, item_id))
        return int(self.bands[at]) if at < len(self.ids) and self.ids[at] == item_id else None

    def all_ids(self) -> list[int]:
        kept: list[int] = self.ids[~np.isin(self.ids, np.fromiter(self.overlay, np.int64, len(self.overlay)))].tolist()
        return kept + [i for i, band in self.overlay.items() if band is not None]

    def changed(self, removed: Iterable[int], added: Mapping[int, int]) -> IdMap:
        """A new map with `removed` gone and `added` (id -> band) in place; this one is untouched."""
        overlay = dict(self.overlay)
        size = self.size

        def present(item_id: int) -> bool:
            return (overlay[item_id] if item_id in overlay else self._in_base(item_id)) is not None

        for item_id in removed:
            size -= present(item_id)
            overlay[item_id] = None
        for item_id, band in added.items():
            size += not present(item_id)
            overlay[item_id] = band
        merged = IdMap(self.ids, self.bands, overlay, size)
        return merged._merged() if len(overlay) > max(OVERLAY_MIN, len(self.ids) // 64) else merged

    def _merged(self) -> IdMap:
        changed = np.fromiter(self.overlay, np.int64, len(self.overlay))
        keep = ~np.isin(self.ids, changed)
        live = {i: b for i, b in self.overlay.items() if b is not None}
        ids = np.concatenate([self.ids[keep], np.fromiter(live, np.int64, len(live))])
        bands = np.concatenate([self.bands[keep], np.fromiter(live.values(), np.int32, len(live))])
        return IdMap.of(ids, bands)
