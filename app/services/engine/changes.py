"""Where postings changed lately, by the job index's generation: a kept page asks whether any change reached it."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.geo import GeoPoint
from matching.sphere import centre_km, chord2_one

CAPACITY = 8192  # points held (~200 KB): at a few writes a second across the province, well over a page's keep
MARGIN_KM = 0.001  # a change a metre outside a page's reach still counts: float rounding never keeps a stale page


@dataclass(frozen=True, slots=True)
class _Held:
    """One published content: every held point in km on the sphere, each with the generation that moved it."""

    xyz: npt.NDArray[np.float64]  # (n, 3)
    generations: npt.NDArray[np.int64]  # (n,), ascending
    floor: int  # changes after this generation are all held; earlier ones may have been let go


class ChangeLog:
    """The points at which postings changed, closed or were held, batch by batch, for the last `capacity` points.

    A posting counts at the point it had before (read from the index before the write) and the point it has after,
    so one that moved is seen leaving a circle and entering another. When more than `capacity` points are held,
    the oldest batches go and `floor` rises: a page built before then can no longer be cleared and is dropped.
    """

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._held = _Held(np.zeros((0, 3)), np.zeros(0, np.int64), 0)
        self._lock = threading.Lock()  # writers only: readers take the published content as it is

    @property
    def floor(self) -> int:
        return self._held.floor

    def record(self, generation: int, points: Sequence[GeoPoint]) -> None:
        """The points a batch of changes touched; `generation` is the one the index has after it."""
        with self._lock:
            held = self._held
            xyz = np.concatenate([held.xyz, np.array([centre_km(p) for p in points]).reshape(-1, 3)])
            generations = np.concatenate([held.generations, np.full(len(points), generation, np.int64)])
            floor = held.floor
            if len(generations) > self._capacity:
                # whole batches go: a generation is either all held or left behind the floor
                cut = int(np.searchsorted(generations, generations[len(generations) - self._capacity - 1], "right"))
                floor = int(generations[cut - 1])
                xyz, generations = xyz[cut:], generations[cut:]
            self._held = _Held(xyz, generations, floor)

    def touched(self, since: int, center: GeoPoint, reach_km: float) -> bool:
        """Whether a posting changed after generation `since` within `reach_km` of `center` (at either of its
        points), or the log no longer reaches back to `since`."""
        held = self._held
        if since < held.floor:
            return True
        after = int(np.searchsorted(held.generations, since, "right"))
        if after == len(held.generations):
            return False
        offset = held.xyz[after:] - np.array(centre_km(center))
        return bool(((offset * offset).sum(axis=1) <= chord2_one(reach_km + MARGIN_KM)).any())
