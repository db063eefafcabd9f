"""The nightly kernel's tables: `Postings` and `Seekers` in, as parallel arrays, and `TopK` out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from matching.factor_rows import Padded, Sparse
from matching.layout import FloatArray, IntArray, Vectors


@dataclass(frozen=True, slots=True)
class Postings:
    """What is matched against, as parallel arrays; `bonus` is an already weighted per-posting term."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    vectors: Vectors  # unit rows
    reach_km: FloatArray  # inf: no own radius
    kind_masks: IntArray
    published_at: FloatArray  # epoch seconds
    monthly_pay: FloatArray  # nan: unknown
    bonus: FloatArray  # e.g. weighted freshness and a running fair's boost
    fact_bits: IntArray | None = None  # `facts.job_bits`; None: nothing known of any
    require_bits: IntArray | None = None  # when postings are people (an employer's digest): their limits
    exclude_bits: IntArray | None = None
    terms: Sparse | None = None  # `factor_rows.document_rows`: each posting's terms for the keyword factor
    codes: Padded | None = None  # `factor_rows.code_rows`: its occupation codes; columns of the agreement matrix
    unsaid_bits: IntArray | None = None  # when postings are people (an employer's digest): `facts.Limits.unsaid`
    wish_bits: IntArray | None = None  # ... and `facts.Limits.wishes`
    # (n, 4) `facts.priors.posting_priors`, or when postings are people their `seeker_flags`: with the other side's,
    # the pair's term is -`Weights.unsaid_prior` x the two rows' dot product (`prior_terms`)
    priors: FloatArray | None = None

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(frozen=True, slots=True)
class Seekers:
    """Who asks, as parallel arrays; a posting published at or before `since` is not new to them."""

    ids: IntArray
    lats: FloatArray
    lons: FloatArray
    vectors: Vectors
    radius_km: FloatArray
    kind_masks: IntArray
    since: FloatArray  # epoch seconds
    expected_monthly: FloatArray  # nan: no expectation
    require_bits: IntArray | None = None  # `facts.Limits`: a posting must have all of these bits ...
    exclude_bits: IntArray | None = None  # ... and none of these; None: no written limits
    fact_bits: IntArray | None = None  # when seekers are postings (an employer's digest): the posting's bits
    terms: Sparse | None = None  # `factor_rows.query_rows`: what each asks for, for the keyword factor
    codes: Padded | None = None  # `factor_rows.code_rows`: their occupation codes; rows of the agreement matrix
    unsaid_bits: IntArray | None = None  # `facts.Limits.unsaid`: a posting with one is demoted by the weight
    wish_bits: IntArray | None = None  # `facts.Limits.wishes`: the share a posting meets adds `Weights.wishes`
    priors: FloatArray | None = None  # (m, 4) `facts.priors.seeker_flags`, or a posting's priors in a digest

    def __len__(self) -> int:
        return int(self.ids.shape[0])


@dataclass(frozen=True, slots=True)
class TopK:
    """Row i holds seeker i's best postings, best first; padding is id -1 with score -inf."""

    seeker_ids: IntArray
    posting_ids: IntArray
    scores: FloatArray
    similarity: npt.NDArray[np.float32]
    distance_km: FloatArray
    pairs_scored: int  # seeker x candidate products computed: the work done

    def drop(self, row: int, unfit: Callable[[int], bool]) -> None:
        """Make padding, in place, of each pick of this row whose id `unfit` rules out (a hard limit applied
        after the kernel); the picks left keep their places."""
        ids = self.posting_ids[row]
        for c, pick in enumerate(ids.tolist()):
            if pick >= 0 and unfit(pick):
                ids[c], self.scores[row, c] = -1, -np.inf


Column = TypeVar("Column", IntArray, FloatArray, Sparse, Padded)


def column_rows(column: Column | None, rows: IntArray) -> Column | None:
    """A column's rows, or None for a column not fed."""
    return None if column is None else column[rows]
