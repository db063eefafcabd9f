"""The score table: ranking inputs held in memory beside the vector index, so a request scores every candidate without the database.

What ranking needs of each posting beyond its vector (pay per month, publication time, job fair,
occupation codes, keyword terms) is kept in columns by id. A request gathers its candidates' rows and
computes the full score of each in a few array passes, what `rank_top_k` computes one candidate at a time
from database rows; only the page shown is then read from the database and checked
there. Like the index, the table is derived from the database, rebuilt from it and saved beside it.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.facts import Limits
from matching.facts.priors import seeker_flags
from matching.keywords import Bm25
from matching.ranking import (
    NEUTRAL_OCCUPATION,
    NEUTRAL_SALARY_FIT,
    Factors,
    Ranked,
    Weights,
    added,
    semantic_of,
)
from matching.score_rows import (
    CODES,
    PRIORS,
    ROW_FIELDS,
    FloatArray,
    IntArray,
    ScoreRow,
    TableState,
    appended,
    compacted,
    empty_state,
    replaced,
)
from matching.snapshots import save_snapshot
from matching.tiers import tiered_best

HAN_LOW, HAN_HIGH = 0x3400, 0x9FFF  # the Han runs `keywords.terms` cuts text into
WORD_BASE = 0xA000_0000  # ids of other words (Latin, digits): above every Han character pair
MAX_ID = 2**31 - 1  # ids are database serials; rows are found by direct indexing
LAYOUT = 3  # 2: each posting's fact bits; 3: its priors where its text is silent (`facts.priors`)
FEW_ROWS = 8  # rows this few have their keyword factor added one by one: NumPy's fixed cost is most of a few rows' work
QUERIES_KEPT = 8192  # queries remembered (`ScoreTable._query`): ~7 KiB one of 30 terms, so up to ~60 MiB
AGREEMENT_ROWS_KEPT = 1024  # asked codes remembered with their agreement rows: at most ~13 MiB for 1,600 codes

AgreementOf = Callable[[str, str], "float | None"]


@dataclass(frozen=True, slots=True)
class Asked:
    """What one request brings to the scoring of every candidate."""

    terms: Sequence[str]  # the asker's words (`OccupationCoder.query_terms`)
    codes: Sequence[tuple[str, float]]
    expected_month: float | None  # monthly yuan expected; None: no expectation
    now_us: int
    running_fairs: Collection[int]
    limits: Limits = field(
        default_factory=Limits
    )  # the asker's hard limits (candidates failing them are left out) and wishes


@dataclass(frozen=True, slots=True, kw_only=True)
class Scored:
    """The candidates the table holds, with their full scores and factors; `missing`: ids it had no row for.

    A factor that is unknown (no salary to compare, either side uncoded) is nan and counts as neutral."""

    positions: IntArray  # into the candidates scored
    ids: IntArray
    scores: FloatArray
    semantic: FloatArray
    nearness: FloatArray
    salary: FloatArray
    freshness: FloatArray
    keyword: FloatArray
    occupation: FloatArray
    fair: FloatArray
    wishes: FloatArray
    missing: int
    unsaid: FloatArray | None = None  # 1.0 where the posting requires a licence the asker never mentions
    # (n, 4): by family, the asker's refused families' priors where the posting's text is silent (`facts.priors`)
    priors: FloatArray | None = None
    excluded: int = 0  # candidates the asker's limits left out
    # ranked by tier first (0 before 1 before 2…) whatever the scores: soon 零工, a preferred kind; None: one tier
    tier: IntArray | None = None

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def best(self, limit: int | None) -> IntArray:
        """Positions in these arrays, best score first, ties by id; a lower `tier` before a higher when tiers are
        given (`tiers.tiered_best`); only the first `limit` when given."""
        return tiered_best(self.ids, self.scores, self.tier, limit)

    def ranked(self, at: int, distance_km: float, similarity: float) -> Ranked:
        """Candidate `at` (a position in these arrays) as `rank_top_k` reports one."""
        salary, occupation = float(self.salary[at]), float(self.occupation[at])
        factors = Factors(
            semantic=float(self.semantic[at]),
            distance=float(self.nearness[at]),
            salary=None if salary != salary else salary,
            freshness=float(self.freshness[at]),
            keyword=float(self.keyword[at]),
            occupation=None if occupation != occupation else occupation,
            fair=float(self.fair[at]),
            wishes=float(self.wishes[at]),
            unsaid=0.0 if self.unsaid is None else float(self.unsaid[at]),
            priors=(0.0,) * PRIORS if self.priors is None else tuple(float(v) for v in self.priors[at]),
        )
        return Ranked(int(self.ids[at]), float(self.scores[at]), distance_km, similarity, factors)


class TermIds:
    """Terms as 32-bit ids: a Han character or pair by its code points, so the millions of pairs a province's
    postings hold need no vocabulary; other words (Java, CAD, 3d) from a vocabulary that only grows."""

    def __init__(self, words: Sequence[str] = ()) -> None:
        self.words = list(words)
        self._ids = {w: WORD_BASE + i for i, w in enumerate(self.words)}

    def of(self, term: str, *, learn: bool = True) -> int | None:
        first = ord(term[0])
        if HAN_LOW <= first <= HAN_HIGH:
            if len(term) == 1:
                return first
            if len(term) == 2 and HAN_LOW <= ord(term[1]) <= HAN_HIGH:
                return first << 16 | ord(term[1])
        found = self._ids.get(term)
        if found is None and learn:
            found = self._ids[term] = WORD_BASE + len(self.words)
            self.words.append(term)
        return found


class ScoreTable:
    """Facts by id. Writes are serialised and publish a new state by reference; reads are lock-free."""

    def __init__(self) -> None:
        self.terms = TermIds()
        self.codes: list[str] = []
        self._code_rows: dict[str, int] = {}
        self._agreement_rows: dict[str, FloatArray] = {}
        self._queries: dict[tuple[str, ...], tuple[int, Bm25, list[tuple[int, float]], float, dict[int, int]]] = {}
        self._state = empty_state()
        self._write_lock = threading.Lock()

    def __len__(self) -> int:
        return self._state.live

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, (int, np.integer)) and self._row(self._state, int(item_id)) >= 0

    @property
    def nbytes(self) -> int:
        s = self._state
        return sum(
            int(a.nbytes)
            for a in (
                s.row_of,
                s.pay,
                s.published_us,
                s.fair,
                s.bits,
                s.priors,
                s.code_rows,
                s.confidence,
                s.length,
                s.start,
                s.count,
                s.term_ids,
                s.term_tf,
            )
        )

    def upsert(self, rows: Iterable[ScoreRow]) -> None:
        rows = list({r.id: r for r in rows}.values())
        for row in rows:
            if not 0 < row.id <= MAX_ID:
                raise ValueError(f"item {row.id}: ids must be positive database serials up to {MAX_ID}")
        with self._write_lock:
            encoded = [self._encode(r) for r in rows]
            self._state = compacted(appended(self._state, rows, encoded))

    def remove(self, ids: Iterable[int]) -> None:
        with self._write_lock:
            s = self._state
            gone = [i for i in ids if self._row(s, i) >= 0]
            s.row_of[gone] = -1  # in place: a reader sees the row or its absence, both whole
            self._state = replaced(s, live=s.live - len(gone))

    def trim(self, order: IntArray | None = None) -> None:
        """Give back dead rows and the reserve kept for growth: a rebuilt table is written to rarely.

        `order`: ids in the order to lay their rows out, e.g. the index's (`GeoIndex.stored_order`): a search's
        candidates then lie in a few runs of rows, and gathering their terms reads memory front to back (five
        times faster at 1 M postings than rows in id order). Ids not in it follow, in their present order."""
        with self._write_lock:
            self._state = compacted(self._state, force=True, order=order)

    def replace_all(self, rows: Iterable[ScoreRow]) -> None:
        with self._write_lock:
            rows = list({r.id: r for r in rows}.values())
            self._state = appended(empty_state(), rows, [self._encode(r) for r in rows])

    def score(
        self,
        ids: IntArray,
        similarity: npt.NDArray[np.floating],
        distance_km: FloatArray,
        asked: Asked,
        weights: Weights,
        bm25: Bm25,
        agreement_of: AgreementOf,
    ) -> Scored:
        """Every candidate's full score as `rank_top_k` computes it from `CandidateInputs` (equal to ~1e-15: NumPy's
        vectorised power may round a last bit differently); ids without a row are left out."""
        s = self._state
        looked_up = self._rows(s, ids)
        found = np.flatnonzero(looked_up >= 0)
        excluded = 0
        limits = asked.limits
        if limits.require or limits.exclude:
            bits = s.bits[looked_up[found]]
            admitted = ((bits & limits.require) == limits.require) & ((bits & limits.exclude) == 0)
            excluded = int(len(found) - admitted.sum())
            found = found[admitted]
        rows = looked_up[found]
        semantic = semantic_of(similarity[found], weights)
        nearness = 0.5 ** (distance_km[found] / weights.distance_half_km)
        salary = _salary(s.pay[rows], asked.expected_month)
        freshness = _freshness(s.published_us[rows], asked.now_us, weights)
        keyword = self._keyword(s, rows, asked.terms, bm25)
        occupation = self._occupation(s, rows, asked.codes, agreement_of)
        fair = _running_fair(s.fair[rows], asked.running_fairs)
        wishes = _wishes_met(s.bits[rows], limits.wishes)
        unsaid = ((s.bits[rows] & limits.unsaid) != 0).astype(np.float64)
        priors = s.priors[rows] * np.array(seeker_flags(limits))  # `facts.priors.pair_priors` of every row
        score = (
            weights.semantic * semantic
            + weights.distance * nearness
            + weights.salary * np.where(np.isnan(salary), NEUTRAL_SALARY_FIT, salary)
            + weights.freshness * freshness
            + weights.keyword * np.minimum(np.maximum(keyword, 0.0), 1.0)
            + weights.occupation * np.where(np.isnan(occupation), NEUTRAL_OCCUPATION, occupation)
            + weights.fair * fair
            + weights.wishes * wishes
            - weights.unsaid_licence * unsaid
            - weights.unsaid_prior * row_totals(priors)
        )
        return Scored(
            positions=found,
            ids=ids[found],
            scores=score,
            semantic=semantic,
            nearness=nearness,
            salary=salary,
            freshness=freshness,
            keyword=keyword,
            occupation=occupation,
            fair=fair,
            wishes=wishes,
            unsaid=unsaid,
            priors=priors,
            missing=len(ids) - len(found) - excluded,
            excluded=excluded,
        )

    def ceilings(
        self,
        ids: IntArray,
        similarity: npt.NDArray[np.floating],
        distance_km: FloatArray,
        asked: Asked,
        weights: Weights,
        bm25: Bm25,
    ) -> FloatArray:
        """A bound on each id's `score` closer than `score_ceiling`'s: that ceiling with keyword, the running fair and
        the wishes met taken as `score` has them, not at their best. Keyword is its loosest term (a tenth of its weight
        on average, where it allows all of it). For ids `score` scores (`verdicts` says "scored"); an id without a row
        keeps `score_ceiling`."""
        s = self._state
        looked_up = self._rows(s, ids)
        rows = np.maximum(looked_up, 0)
        keyword = self._keyword(s, rows, asked.terms, bm25)
        exact = (
            weights.keyword * np.minimum(np.maximum(keyword, 0.0), 1.0)
            + weights.fair * _running_fair(s.fair[rows], asked.running_fairs)
            + weights.wishes * _wishes_met(s.bits[rows], asked.limits.wishes)
        )
        loose = score_ceiling(similarity, distance_km, weights)
        allowed = max(weights.keyword, 0.0) + max(weights.fair, 0.0) + max(weights.wishes, 0.0)  # what it assumed
        bound: FloatArray = np.where(looked_up >= 0, loose - allowed + exact, loose)
        return bound

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        """Write the live rows atomically, in their order: readers of `path` see the old or the new file, never
        half."""
        with self._write_lock:
            s = self._state = compacted(self._state, force=True)
            ids = np.flatnonzero(s.row_of >= 0)
            header = {"layout": LAYOUT, "words": self.terms.words, "codes": self.codes, "meta": meta}
            columns = {
                "ids": ids,
                "rows": s.row_of[ids],
                **{f: getattr(s, f)[: s.size] for f in ROW_FIELDS},
                "term_ids": s.term_ids[: s.pool_size],
                "term_tf": s.term_tf[: s.pool_size],
            }
        save_snapshot(path, header, columns)

    @classmethod
    def load(cls, path: Path) -> tuple[ScoreTable, dict[str, Any]]:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            if header.get("layout") != LAYOUT:
                raise ValueError(f"fact table layout {header.get('layout')}, want {LAYOUT}")
            ids, rows = data["ids"], data["rows"]
            columns = {f: data[f] for f in (*ROW_FIELDS, "term_ids", "term_tf")}
        table = cls()
        table.terms = TermIds(header["words"])
        table.codes = list(header["codes"])
        table._code_rows = {c: i for i, c in enumerate(table.codes)}
        row_of = np.full(int(ids.max(initial=0)) + 1, -1, np.int32)
        row_of[ids] = rows
        table._state = TableState(
            row_of=row_of, size=len(columns["pay"]), pool_size=len(columns["term_ids"]), live=len(ids), **columns
        )
        return table, dict(header["meta"])

    def _encode(self, row: ScoreRow) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint16], list[int]]:
        counts = Counter(self.terms.of(t) for t in row.terms if t)
        ids = np.fromiter(counts, np.uint32, len(counts))
        order = np.argsort(ids)
        tf = np.fromiter(counts.values(), np.int64, len(counts))[order]
        code_rows = [self._code_row(code) for code, _ in row.codes[:CODES]]
        return ids[order], np.minimum(tf, np.iinfo(np.uint16).max).astype(np.uint16), code_rows

    def _code_row(self, code: str) -> int:
        if code not in self._code_rows:
            self._code_rows[code] = len(self.codes)
            self.codes.append(code)
        return self._code_rows[code]

    @staticmethod
    def _row(s: TableState, item_id: int) -> int:
        return int(s.row_of[item_id]) if 0 <= item_id < len(s.row_of) else -1

    def verdicts(self, ids: IntArray, limits: Limits) -> list[str]:
        """What `score` does with each of these ids: "scored", "excluded" (the asker's limits leave it out) or
        "missing" (no row), without scoring any."""
        s = self._state
        rows = self._rows(s, ids)
        out = []
        for row in rows.tolist():
            if row < 0:
                out.append("missing")
            elif limits.require or limits.exclude:
                bits = int(s.bits[row])
                out.append(
                    "scored" if bits & limits.require == limits.require and not bits & limits.exclude else "excluded"
                )
            else:
                out.append("scored")
        return out

    @staticmethod
    def _rows(s: TableState, ids: IntArray) -> npt.NDArray[np.int32]:
        inside = (ids >= 0) & (ids < len(s.row_of))
        out = np.full(len(ids), -1, np.int32)
        out[inside] = s.row_of[ids[inside]]
        return out

    def _keyword(self, s: TableState, rows: npt.NDArray[np.int32], terms: Sequence[str], bm25: Bm25) -> FloatArray:
        """`Bm25.prepare(terms)` of every row: the same products, summed in the query's order."""
        known, ceiling, position = self._query(terms, bm25)
        out = np.zeros(len(rows))
        if not known or not len(rows):
            return out
        if len(rows) <= FEW_ROWS:
            return _keyword_of_few(s, rows, known, position, ceiling, bm25)
        query = np.array([t for t, _ in known], np.uint32)  # distinct, in the query's order
        by_row = np.argsort(rows, kind="stable")  # ascending rows read the term pool front to back
        ascending = rows[by_row]
        counts = s.count[ascending].astype(np.int64)
        at = np.repeat(s.start[ascending] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        which = query_positions(query, s.term_ids[at])
        hit = np.flatnonzero(which < len(query))
        if not len(hit):
            return out
        doc = np.repeat(np.arange(len(rows)), counts)[hit]
        which = which[hit]
        # Each document's hits into the query's order. `doc` already ascends, so the keys are nearly sorted: the
        # stable sort (timsort, radix) takes them in one pass where a lexsort costs ten times as much.
        order = np.argsort(doc * len(query) + which, kind="stable")
        doc, which, tf = doc[order], which[order], s.term_tf[at[hit][order]].astype(np.float64)
        k1, b = bm25.k1, bm25.b
        norm = k1 * (1 - b + b * s.length[ascending][doc] / bm25.avg_length)
        gains = np.array([w for _, w in known])[which] * tf / (tf + norm)
        out[by_row] = _sums_in_order(doc, gains, len(rows)) / ceiling
        return out

    def _query(self, terms: Sequence[str], bm25: Bm25) -> tuple[list[tuple[int, float]], float, dict[int, int]]:
        """A query's distinct terms the vocabulary knows, each with its BM25 weight times its repeats, in the query's
        order, every term's weight added (the unknown ones' too) and each known term's place: remembered for the same
        terms while the vocabulary has not grown (a word learnt since could be one of them). A kept page's judge asks
        the same seeker's terms write after write."""
        size = len(self.terms.words)  # read first: a word learnt from here on makes this answer one not kept
        key = tuple(terms)
        kept = self._queries.get(key)
        if kept is not None and kept[0] == size and kept[1] is bm25:
            return kept[2], kept[3], kept[4]
        wanted = [
            (self.terms.of(term, learn=False), bm25.weight(term) * times) for term, times in Counter(terms).items()
        ]
        ceiling = 0.0
        for _, w in wanted:
            ceiling += w
        known = [(term_id, w) for term_id, w in wanted if term_id is not None]
        position = {term_id: at for at, (term_id, _) in enumerate(known)}
        if len(self._queries) >= QUERIES_KEPT:
            self._queries.clear()
        self._queries[key] = (size, bm25, known, ceiling, position)
        return known, ceiling, position

    def _occupation(
        self, s: TableState, rows: npt.NDArray[np.int32], asked: Sequence[tuple[str, float]], agreement_of: AgreementOf
    ) -> FloatArray:
        """`occupations.expected_agreement` of every row (the same products, added in its order); nan where either
        side is uncoded."""
        code_rows, confidence = s.code_rows[rows], s.confidence[rows]
        if not asked or not len(rows):
            return np.full(len(rows), np.nan)
        slots = np.maximum(code_rows, 0)  # an empty slot has confidence 0: it adds exactly nothing
        score = np.zeros(len(rows))
        for code, c in asked:
            agreed = self._agreements(code, agreement_of)
            for j in range(CODES):
                score += c * confidence[:, j] * agreed[slots[:, j]]
        total_asked = 0.0
        for _, c in asked:
            total_asked += c
        total_row = confidence[:, 0] + confidence[:, 1] + confidence[:, 2]
        with np.errstate(invalid="ignore", divide="ignore"):
            value = np.where((total_row != 0) & (total_asked != 0), score / (total_asked * total_row), 0.0)
        return np.where((code_rows >= 0).any(axis=1), value, np.nan)

    def _agreements(self, code: str, agreement_of: AgreementOf) -> FloatArray:
        """`code`'s agreement with every code of the vocabulary (0 where unknown), remembered: a request asks for
        three codes against hundreds of candidates' codes, and the same codes come back request after request."""
        known = self._agreement_rows.get(code)
        if known is None or len(known) < len(self.codes):
            if len(self._agreement_rows) >= AGREEMENT_ROWS_KEPT:
                self._agreement_rows.clear()
            codes = list(self.codes)  # the vocabulary only grows; a copy is one consistent length
            done = 0 if known is None else len(known)
            tail = np.array([agreement_of(code, other) or 0.0 for other in codes[done:]], np.float64)
            known = tail if known is None else np.concatenate([known, tail])
            self._agreement_rows[code] = known
        return known


def _keyword_of_few(
    s: TableState,
    rows: npt.NDArray[np.int32],
    known: Sequence[tuple[int, float]],
    position: Mapping[int, int],
    ceiling: float,
    bm25: Bm25,
) -> FloatArray:
    """`ScoreTable._keyword` of a few rows, each row's terms looked up one by one: the same products in the same
    order (a row's hits in the query's order, added from 0.0), so the same floats. A kept page's judge scores one
    posting at a time (`app.services.matching.clearance`), where the vectorised pass spent 0.2 ms on set-up."""
    k1, b = bm25.k1, bm25.b
    out = np.zeros(len(rows))
    for j, row in enumerate(rows.tolist()):
        start, stop = int(s.start[row]), int(s.start[row]) + int(s.count[row])
        terms, tfs = s.term_ids[start:stop].tolist(), s.term_tf[start:stop].tolist()
        hits = sorted((position[term], tf) for term, tf in zip(terms, tfs) if term in position)
        if not hits:
            continue
        norm = k1 * (1 - b + b * float(s.length[row]) / bm25.avg_length)
        total = 0.0
        for at, tf in hits:
            total += known[at][1] * tf / (tf + norm)
        out[j] = total / ceiling
    return out


def score_ceiling(similarity: npt.NDArray[np.floating], distance_km: FloatArray, weights: Weights) -> FloatArray:
    """The highest full score (`ScoreTable.score`) a candidate at this similarity and distance can have: every other
    factor at its best (keyword, salary fit, occupation agreement, freshness, wishes met, a running fair: each at most
    1), nothing taken off. A caller that only needs to know a candidate scores below some mark asks this first."""
    best = 0.0
    for w in (weights.keyword, weights.occupation, weights.salary, weights.freshness, weights.fair, weights.wishes):
        best += max(w, 0.0)
    nearness = 0.5 ** (distance_km / weights.distance_half_km)
    ceiling: FloatArray = weights.semantic * semantic_of(similarity, weights) + weights.distance * nearness + best
    return ceiling


HASH_BITS = 16
HASH_MULTIPLIERS = (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F)  # odd 32-bit constants (golden ratio, xxHash)


def query_positions(query: npt.NDArray[np.uint32], terms: npt.NDArray[np.uint32]) -> IntArray:
    """Each term's position in `query` (distinct ids), or len(query) where it is not there.

    One multiplicative-hash lookup per term, verified, costs a third of a binary search over the query. The first
    multiplier under which no two query ids share a bucket is used (one fails a 60-term query about 3% of the
    time); when all fail, the binary search."""
    shift = np.uint32(32 - HASH_BITS)
    padded = np.append(query, np.uint32(0))  # position len(query): "not there", whatever it holds
    for multiplier in HASH_MULTIPLIERS:
        m = np.uint32(multiplier)
        buckets = (query * m) >> shift  # uint32 products wrap: the hash is the top bits of the low word
        if len(np.unique(buckets)) < len(query):
            continue
        table = np.full(1 << HASH_BITS, len(query), np.int64)
        table[buckets] = np.arange(len(query))
        positions: IntArray = table[(terms * m) >> shift]
        positions[padded[positions] != terms] = len(query)
        return positions
    by_id = np.argsort(query)
    found = np.minimum(np.searchsorted(query[by_id], terms), len(query) - 1)
    return np.where(query[by_id][found] == terms, by_id[found], len(query))


def row_totals(table: npt.ArrayLike) -> FloatArray:
    """Each row's columns added in float64 in `ranking.added`'s order, so a row's total is bit for bit a candidate's
    own tuple added there (a float32 table is not added in float32); zeros, one a row, for a table of no columns."""
    rows_first = np.asarray(table, np.float64)
    columns: list[FloatArray] = list(rows_first.T)
    return added(columns) if columns else np.zeros(len(rows_first))


def _sums_in_order(doc: IntArray, gains: FloatArray, n: int) -> FloatArray:
    """Per document, its gains added left to right from 0.0 (`doc` ascending): NumPy's own reductions add in
    pairs, which can differ from a loop in the last bit and flip a tie."""
    out = np.zeros(n)
    firsts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    rank = np.arange(len(doc)) - np.repeat(firsts, np.diff(np.r_[firsts, len(doc)]))
    by_rank = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[by_rank], np.arange(int(rank.max()) + 2))
    for r in range(len(bounds) - 1):
        step = by_rank[bounds[r] : bounds[r + 1]]  # the r-th gain of each document that has one
        out[doc[step]] += gains[step]
    return out


def _running_fair(fairs: IntArray, running: Collection[int]) -> FloatArray:
    """1.0 for each row whose job fair is running, else 0.0."""
    if not running:
        return np.zeros(len(fairs))
    return np.isin(fairs, np.fromiter(running, np.int64)).astype(np.float64)


def _wishes_met(bits: IntArray, wishes: int) -> FloatArray:
    """`Limits.wishes_met` of every row: the share of the asker's wishes each meets."""
    if not wishes:
        return np.zeros(len(bits))
    met = np.zeros(len(bits))
    flags = [1 << b for b in range(wishes.bit_length()) if wishes >> b & 1]
    for flag in flags:
        met += (bits & flag) != 0
    return met / len(flags)


def _salary(pay: FloatArray, expected: float | None) -> FloatArray:
    """`ranking.salary_fit` of every row: nan where there is nothing to compare."""
    if expected is None or expected <= 0:
        return np.full(len(pay), np.nan)
    return np.minimum(1.0, pay / expected)  # nan pay stays nan


def _freshness(published_us: IntArray, now_us: int, weights: Weights) -> FloatArray:
    age_days = (now_us - published_us) / 10**6 / 86400.0  # exact microseconds, as timedelta.total_seconds
    fresh: FloatArray = 0.5 ** (np.maximum(age_days, 0.0) / weights.freshness_half_days)
    return fresh
