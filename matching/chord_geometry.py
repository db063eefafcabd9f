"""The fast pass's distances: points on the unit sphere (seekers' and postings' alike), squared chords between a
group's people and its candidates by one float32 product, with a bound on their error, and the pairs surely beyond
reach."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from matching.geo import EARTH_RADIUS_KM
from matching.group_columns import People, Scores32, Side
from matching.layout import FloatArray
from matching.ranking import Weights

NEAR_BOUNDARY_KM = 1e-3  # the fast pass keeps pairs this far beyond the radius; the exact pass decides
_FLOAT32_ERROR = 32 * 2.0**-24  # a generous bound on the relative error of a 5-term float32 dot product


def unit_xyz(lats: FloatArray, lons: FloatArray) -> FloatArray:
    """Points as unit vectors: the chord between two is the straight-line distance on the unit sphere."""
    lat, lon = np.radians(lats), np.radians(lons)
    xyz: FloatArray = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)
    return xyz


class ChordGeometry:
    """Squared chords in units of the distance half-life, by one 5-wide float32 product, and their error."""

    def __init__(
        self, seeker_xyz: FloatArray, cand_xyz: FloatArray, people: People, side: Side, weights: Weights
    ) -> None:
        scale_km = weights.distance_half_km
        origin = seeker_xyz.mean(axis=0)  # centred: the terms, and so the float32 error, are a box's size
        s = (seeker_xyz - origin) * (EARTH_RADIUS_KM / scale_km)
        c = (cand_xyz - origin) * (EARTH_RADIUS_KM / scale_km)
        s_norm2, c_norm2 = np.einsum("ij,ij->i", s, s), np.einsum("ij,ij->i", c, c)
        reach = math.sqrt(float(s_norm2.max())) + math.sqrt(float(c_norm2.max()))
        self.error = _FLOAT32_ERROR * reach * reach + 1e-12  # on chord^2; the product carries it so it is never < 0
        self.left = np.column_stack([s, s_norm2, np.ones(len(s))]).astype(np.float32)
        self.right = np.vstack([-2 * c.T, np.ones(len(c)), c_norm2 + self.error]).astype(np.float32)
        chord_km = _chord_km(np.minimum(people.radius_km, _HALF_TURN_KM) + NEAR_BOUNDARY_KM)
        self.row_limit2 = ((chord_km / scale_km) ** 2 + 2 * self.error).astype(np.float32)
        self.col_limit2 = (
            None
            if np.isinf(side.reach_km).all()
            else (
                (_chord_km(np.minimum(side.reach_km, _HALF_TURN_KM) + NEAR_BOUNDARY_KM) / scale_km) ** 2
                + 2 * self.error
            ).astype(np.float32)
        )
        longest_km = float(np.max(people.radius_km, initial=0.0)) + NEAR_BOUNDARY_KM
        # the fast distance is the chord, overstated by at most sqrt(2 error); the arc is longer by chord^3/24R^2
        slack_km = math.sqrt(2 * self.error) * scale_km + longest_km**3 / (24 * EARTH_RADIUS_KM**2)
        self.error_score = weights.distance * math.log(2) / scale_km * slack_km

    def chord2(self, start: int, stop: int, *, out: Scores32) -> None:
        np.matmul(self.left[start:stop], self.right, out=out)

    def outside(self, start: int, stop: int, chord2: Scores32, *, out: npt.NDArray[np.bool_]) -> None:
        """Pairs surely beyond min(radius, reach) (by more than NEAR_BOUNDARY_KM less the error)."""
        np.greater(chord2, self.row_limit2[start:stop, None], out=out)
        if self.col_limit2 is not None:
            out |= chord2 > self.col_limit2[None, :]


_HALF_TURN_KM = math.pi * EARTH_RADIUS_KM


def _chord_km(arc_km: FloatArray) -> FloatArray:
    chord: FloatArray = 2 * EARTH_RADIUS_KM * np.sin(arc_km / (2 * EARTH_RADIUS_KM))
    return chord
