"""The wishes and unsaid-licence terms of (person, posting) pairs from their fact bits, exact or added into a group's
float32 scores only where a person's bits meet a posting's."""

from __future__ import annotations

import numpy as np

from matching.group_columns import People, Scores32, Side
from matching.layout import FloatArray, IntArray
from matching.ranking import Weights


def bit_terms(unsaid: IntArray | None, wishes: IntArray | None, bits: IntArray, weights: Weights) -> FloatArray:
    """The pairs' wishes and unsaid-licence part of the score, as the match page adds it (`Limits.wishes_met`,
    `Limits.unsaid_in`): `unsaid` and `wishes` the person's bits, `bits` the posting's, broadcast together."""
    part = np.zeros(np.broadcast_shapes(*(np.shape(a) for a in (unsaid, wishes, bits) if a is not None)))
    if wishes is not None and weights.wishes:
        wanted = np.bitwise_count(wishes)
        met = np.bitwise_count(bits & wishes) / np.maximum(wanted, 1)
        part += weights.wishes * met
    if unsaid is not None and weights.unsaid_licence:
        part -= weights.unsaid_licence * ((bits & unsaid) != 0)
    return part


def add_bit_terms(
    f: Scores32, people: People, side: Side, start: int, stop: int, weights: Weights, unit: float
) -> None:
    """`bit_terms` over the semantic weight into F's rows start:stop (a tile, or a whole group's `extra`), only where a person's bits meet a posting's: the
    person is the row (a seeker's push) or the column (people as postings, in an employer's digest)."""
    if side.fact_bits is not None:
        unsaid, wishes = _rows_of(people.unsaid, start, stop), _rows_of(people.wishes, start, stop)
        _add_person_bits(f, unsaid, wishes, side.fact_bits, weights, unit, across=False)
    if people.fact_bits is not None:
        _add_person_bits(f, side.unsaid, side.wishes, people.fact_bits[start:stop], weights, unit, across=True)


def _rows_of(column: IntArray | None, start: int, stop: int) -> IntArray | None:
    return None if column is None else column[start:stop]


def _add_person_bits(
    f: Scores32,
    unsaid: IntArray | None,
    wishes: IntArray | None,
    bits: IntArray,
    weights: Weights,
    unit: float,
    *,
    across: bool,
) -> None:
    """`bit_terms` of the people (one per row, or per column `across`) against the others' `bits`, added to the
    pairs where a weighted bit meets: each term on its own, so the unsaid licences touch only the few postings that
    require one, whatever wishes the same people have."""
    if unsaid is not None and weights.unsaid_licence:
        _add_where_met(f, unsaid, None, unsaid, bits, weights, unit, across=across)
    if wishes is not None and weights.wishes:
        _add_where_met(f, None, wishes, wishes, bits, weights, unit, across=across)


def _add_where_met(
    f: Scores32,
    unsaid: IntArray | None,
    wishes: IntArray | None,
    asked: IntArray,
    bits: IntArray,
    weights: Weights,
    unit: float,
    *,
    across: bool,
) -> None:
    people = np.flatnonzero(asked)
    if not len(people):
        return
    others = np.flatnonzero(bits & np.bitwise_or.reduce(asked[people]))
    if not len(others):
        return
    u = None if unsaid is None else unsaid[people][:, None]
    w = None if wishes is None else wishes[people][:, None]
    part = (bit_terms(u, w, bits[others][None, :], weights) / unit).astype(np.float32)
    if across:
        f[np.ix_(others, people)] += part.T
    else:
        f[np.ix_(people, others)] += part
