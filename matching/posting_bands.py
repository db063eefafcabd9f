"""The kernel's postings in latitude bands sorted by longitude, read as runs of neighbouring rows, and the box of
postings a seeker group's disks can touch."""

from __future__ import annotations

import math

import numpy as np

from matching.batch_tables import Postings, Seekers
from matching.chord_geometry import unit_xyz
from matching.geo import GeoPoint, bounding_box
from matching.index import DEFAULT_BAND_DEG
from matching.layout import IntArray


class PostingBands:
    """Postings sorted by latitude band, then longitude: the part of a band inside a box is one slice.

    `banded` holds every column but the vectors in that order, so a group's candidates are read as runs of
    neighbouring rows: taken by posting row, a candidate's dozen columns and its terms and codes were a dozen cache
    misses, about a tenth of the kernel's time with the factors. The vectors (kilobytes a row, read whole) stay in
    the caller's order, taken through `order`: a copy of them would cost more than it saves."""

    def __init__(self, postings: Postings, band_deg: float = DEFAULT_BAND_DEG) -> None:
        self.postings = postings
        self.band_deg = band_deg
        bands = np.floor(postings.lats / band_deg).astype(np.int64)
        self.order = np.lexsort((postings.lons, bands))
        self.lons, self.lats = postings.lons[self.order], postings.lats[self.order]
        self.band_keys, starts = np.unique(bands[self.order], return_index=True)
        self.band_starts = np.append(starts, len(bands)).astype(np.int64)
        self.banded = _taken(postings, self.order)
        self.xyz = unit_xyz(self.lats, self.lons)  # in band order, as `covering` answers

    def covering(self, seekers: Seekers, rows: IntArray) -> IntArray:
        """Positions in band order (rows of `banded`, ascending) of the postings inside the box spanned by these
        seekers' disks (a superset of every disk)."""
        radius_km = float(seekers.radius_km[rows].max())
        lats, lons = seekers.lats[rows], seekers.lons[rows]
        # The corners' boxes together bound every disk centred inside the seekers' rectangle.
        boxes = [
            bounding_box(GeoPoint(float(lat), float(lon)), radius_km)
            for lat in (lats.min(), lats.max())
            for lon in (lons.min(), lons.max())
        ]
        lat_min, lat_max = min(b[0] for b in boxes), max(b[1] for b in boxes)
        lon_min, lon_max = min(b[2] for b in boxes), max(b[3] for b in boxes)
        if lon_min < -180 or lon_max > 180:  # across the antimeridian: every longitude of the bands
            lon_min, lon_max = -math.inf, math.inf
        first = int(np.searchsorted(self.band_keys, math.floor(lat_min / self.band_deg), "left"))
        last = int(np.searchsorted(self.band_keys, math.floor(lat_max / self.band_deg), "right"))
        parts = []
        for a, b in zip(self.band_starts[first:last].tolist(), self.band_starts[first + 1 : last + 1].tolist()):
            lons = self.lons[a:b]
            parts.append(
                np.arange(a + np.searchsorted(lons, lon_min, "left"), a + np.searchsorted(lons, lon_max, "right"))
            )
        found = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        picked: IntArray = found[(self.lats[found] >= lat_min) & (self.lats[found] <= lat_max)]
        return picked


def _taken(postings: Postings, order: IntArray) -> Postings:
    """Every column but the vectors in this order."""
    columns = {
        name: column if name == "vectors" or column is None else column[order]
        for name in Postings.__slots__
        for column in [getattr(postings, name)]
    }
    return Postings(**columns)
