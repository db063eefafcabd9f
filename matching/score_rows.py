"""The score table's storage: one item's facts as the database holds them (`ScoreRow`), and the columns that
hold them by id, appended to, grown in reserve and compacted, never changed under a reader (`TableState`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

CODES = 3  # occupation codes kept per item: the coder's top three
PRIORS = 4  # `facts.priors.FAMILIES`

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One item's facts as the database holds them."""

    id: int
    pay_month: float | None  # monthly yuan it can pay; None: not stated, or a piece rate
    published_us: int  # publication time, microseconds since the epoch (exact, like the database's)
    fair: int | None  # its job fair's id
    codes: Sequence[tuple[str, float]]  # (occupation code, confidence), best first
    terms: Sequence[str]  # `coding.document_terms` of its title and body
    bits: int = 0  # `facts.job_bits` of what its text says (remote, night shifts, licences required, ...)
    # `facts.priors.posting_priors`: how likely its kind demands each family its text is silent on (0: the text speaks)
    priors: Sequence[float] = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class TableState:
    """Rows [0, size) of capacity-sized columns; `row_of[id]` is an id's row or -1. Rows are only appended, so a
    reader holding an older state never sees a row change under it."""

    row_of: npt.NDArray[np.int32]
    size: int
    pay: FloatArray  # nan: unknown
    published_us: IntArray
    fair: IntArray  # 0: none
    bits: IntArray  # facts.job_bits
    priors: FloatArray  # (capacity, PRIORS): `ScoreRow.priors`
    code_rows: npt.NDArray[np.int32]  # (capacity, CODES) into the code vocabulary, -1: none
    confidence: FloatArray  # (capacity, CODES), 0 where none
    length: FloatArray  # terms with repeats, as BM25's length norm counts them
    start: IntArray  # into the term pool
    count: npt.NDArray[np.int32]
    pool_size: int
    term_ids: npt.NDArray[np.uint32]  # each row's distinct terms, ascending
    term_tf: npt.NDArray[np.uint16]
    live: int


ROW_FIELDS = ("pay", "published_us", "fair", "bits", "priors", "code_rows", "confidence", "length", "start", "count")


def empty_state() -> TableState:
    return TableState(
        row_of=np.full(0, -1, np.int32),
        size=0,
        pay=np.zeros(0),
        published_us=np.zeros(0, np.int64),
        fair=np.zeros(0, np.int64),
        bits=np.zeros(0, np.int64),
        priors=np.zeros((0, PRIORS)),
        code_rows=np.zeros((0, CODES), np.int32),
        confidence=np.zeros((0, CODES)),
        length=np.zeros(0),
        start=np.zeros(0, np.int64),
        count=np.zeros(0, np.int32),
        pool_size=0,
        term_ids=np.zeros(0, np.uint32),
        term_tf=np.zeros(0, np.uint16),
        live=0,
    )


def replaced(s: TableState, **changes: Any) -> TableState:
    fields = {f: getattr(s, f) for f in TableState.__slots__}
    return TableState(**{**fields, **changes})


def _grown(array: npt.NDArray[Any], used: int, need: int) -> npt.NDArray[Any]:
    """`array` if it has room for `need` rows, else a copy of its first `used` rows with room to spare."""
    if len(array) >= need:
        return array
    bigger = np.zeros((max(need, 2 * len(array), 1024), *array.shape[1:]), array.dtype)
    bigger[:used] = array[:used]
    return bigger


def appended(s: TableState, rows: Sequence[ScoreRow], encoded: Sequence[tuple[Any, Any, list[int]]]) -> TableState:
    n, size = len(rows), s.size
    grown = {f: _grown(getattr(s, f), size, size + n) for f in ROW_FIELDS}
    terms = sum(len(e[0]) for e in encoded)
    term_ids, term_tf = (
        _grown(s.term_ids, s.pool_size, s.pool_size + terms),
        _grown(s.term_tf, s.pool_size, s.pool_size + terms),
    )
    at = size
    start = s.pool_size
    for row, (ids, tf, code_rows) in zip(rows, encoded):
        grown["pay"][at] = np.nan if row.pay_month is None else row.pay_month
        grown["published_us"][at] = row.published_us
        grown["fair"][at] = row.fair or 0
        grown["bits"][at] = row.bits
        grown["priors"][at] = row.priors
        grown["code_rows"][at] = -1
        grown["code_rows"][at, : len(code_rows)] = code_rows
        grown["confidence"][at] = 0.0
        grown["confidence"][at, : len(code_rows)] = [c for _, c in row.codes[:CODES]]
        grown["length"][at] = len(row.terms)
        grown["start"][at], grown["count"][at] = start, len(ids)
        term_ids[start : start + len(ids)], term_tf[start : start + len(ids)] = ids, tf
        start += len(ids)
        at += 1
    top = max((r.id for r in rows), default=0)
    moved = any(grown[f] is not getattr(s, f) for f in ROW_FIELDS) or term_ids is not s.term_ids
    # Readers of the old state index its own arrays: once those are copied, the old map must stay as it was.
    row_of = _grown_map(s.row_of, top) if top >= len(s.row_of) or moved else s.row_of
    fresh_ids = np.array([r.id for r in rows], np.int64)
    overwritten = int((row_of[fresh_ids] >= 0).sum()) if n else 0
    row_of[fresh_ids] = np.arange(size, size + n, dtype=np.int32)  # each id flips whole from old row to new
    return replaced(
        s,
        row_of=row_of,
        size=size + n,
        pool_size=start,
        term_ids=term_ids,
        term_tf=term_tf,
        live=s.live + n - overwritten,
        **grown,
    )


def _grown_map(row_of: npt.NDArray[np.int32], top: int) -> npt.NDArray[np.int32]:
    bigger = np.full(max(top + 1, len(row_of) * 3 // 2 if top >= len(row_of) else len(row_of)), -1, np.int32)
    bigger[: len(row_of)] = row_of
    return bigger


def compacted(s: TableState, *, force: bool = False, order: IntArray | None = None) -> TableState:
    """Rows no id points at any more (replaced or removed) copied away once they outnumber the live ones;
    `force`: now, with the reserve too (before a save, after a rebuild). Live rows keep their order, or take
    `order`'s (ids; the others after them, in their order)."""
    dead = s.size - s.live
    slack = len(s.pay) > s.size or len(s.term_ids) > s.pool_size  # room a growing table kept in reserve
    if order is None and not (force and (dead or slack)) and dead <= max(s.live, 4096):
        return s
    ids = np.flatnonzero(s.row_of >= 0)
    rank = s.row_of[ids].astype(np.int64)  # where each lies now
    if order is not None:
        listed = np.asarray(order, np.int64)
        listed = listed[(listed >= 0) & (listed < len(s.row_of))]
        listed = listed[s.row_of[listed] >= 0]
        rank = rank + len(listed)  # the unlisted after every listed one, in their present order
        rank[np.searchsorted(ids, listed)] = np.arange(len(listed))
    ids = ids[np.argsort(rank, kind="stable")]
    keep = s.row_of[ids].astype(np.int64)
    counts = s.count[keep].astype(np.int64)
    at = np.repeat(s.start[keep] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
    start = np.cumsum(counts) - counts
    row_of = np.full(len(s.row_of), -1, np.int32)
    row_of[ids] = np.arange(len(ids), dtype=np.int32)
    columns = {f: getattr(s, f)[keep] for f in ROW_FIELDS}
    columns["start"] = start
    return TableState(
        row_of=row_of,
        size=len(ids),
        pool_size=len(at),
        term_ids=s.term_ids[at],
        term_tf=s.term_tf[at],
        live=len(ids),
        **columns,
    )
