"""The shapes of a nightly-kernel group as its passes read them: its people (rows, `People`, in `block_order`), its
candidates (columns, `Side`), and `Scores32`, the type of the float32 score matrix between them (built elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.layout import FloatArray, IntArray

Scores32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Side:
    """The columns of the kernel's group: what the fast pass reads of the candidates."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    kind_masks: IntArray
    published_at: FloatArray
    pay: FloatArray
    bonus: FloatArray
    reach_km: FloatArray
    fact_bits: IntArray | None
    require_bits: IntArray | None
    exclude_bits: IntArray | None
    unsaid: IntArray | None = None  # when the columns are people (an employer's digest): `facts.Limits.unsaid`
    wishes: IntArray | None = None  # ... and `facts.Limits.wishes`


@dataclass(frozen=True, slots=True)
class People:
    """The rows of the kernel's group, in block order (`blocks`)."""

    ids: IntArray
    kind_masks: IntArray
    since: FloatArray
    expected: FloatArray
    radius_km: FloatArray
    require_bits: IntArray | None
    exclude_bits: IntArray | None
    fact_bits: IntArray | None
    unsaid: IntArray | None = None  # `facts.Limits.unsaid`: licences never mentioned; None: none
    wishes: IntArray | None = None  # `facts.Limits.wishes`; None: none


def block_order(kind_masks: IntArray, expected: FloatArray) -> IntArray:
    """Group rows ordered so seekers with one kind mask and one kind of pay expectation sit together:
    a block's kind filter and pay term are then one added row."""
    order: IntArray = np.lexsort((valid_pay(expected), kind_masks))
    return order


def valid_pay(expected: FloatArray) -> npt.NDArray[np.bool_]:
    """Which rows expect a pay: a known, positive figure."""
    valid: npt.NDArray[np.bool_] = np.isfinite(expected) & (expected > 0)
    return valid
