"""The in-memory score table: its scores and order equal the one-candidate-at-a-time scoring of database rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from matching import score_table
from matching.coding import document_terms
from matching.facts import Limits
from matching.index import Candidates
from matching.keywords import Bm25, terms
from matching.occupations import Catalog, Coded, expected_agreement
from matching.ranking import (
    CandidateInputs,
    SalaryUnit,
    Weights,
    added,
    rank_top_k,
    salary_fit,
)
from matching.score_rows import ScoreRow
from matching.score_table import WORD_BASE, Asked, Scored, ScoreTable, TermIds, row_totals

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 21, 9, 30, 15, 123457, tzinfo=UTC)
WORDS = [
    "电焊工",
    "焊工",
    "叉车司机",
    "保洁员",
    "普工",
    "操作工",
    "厨师",
    "服务员",
    "快递员",
    "仓库管理",
    "Java",
    "开发",
    "CAD",
    "制图",
    "月薪",
    "包吃住",
    "五险一金",
    "长白班",
    "夜班",
    "合肥",
    "芜湖",
    "蚌埠",
    "经验",
    "学徒",
    "师傅",
    "带教",
    "机器人",
    "数控",
    "车床",
    "c++",
]


def micros(at: datetime) -> int:
    return (at - EPOCH) // timedelta(microseconds=1)


def random_text(rng: np.random.Generator, n: int) -> str:
    return "".join(str(w) for w in rng.choice(WORDS, n))


def random_rows(rng: np.random.Generator, catalog: Catalog, n: int) -> list[tuple[ScoreRow, str, str, list[Coded]]]:
    out = []
    for i in range(1, n + 1):
        title, body = random_text(rng, 2), random_text(rng, int(rng.integers(0, 40)))
        picked = rng.choice(len(catalog.codable), int(rng.integers(0, 4)), replace=False)
        codes = [Coded(catalog.codable[p].code, catalog.codable[p].name, round(float(rng.random()), 4)) for p in picked]
        pay = None if rng.random() < 0.2 else float(rng.integers(2000, 12000))
        published = NOW - timedelta(microseconds=int(rng.integers(-(10**9), 90 * 86400 * 10**6)))
        fair = None if rng.random() < 0.7 else int(rng.integers(1, 4))
        row = ScoreRow(
            i, pay, micros(published), fair, [(c.code, c.confidence) for c in codes], document_terms(title, body)
        )
        out.append((row, title, body, codes))
    return out


def scalar_inputs(
    row: ScoreRow, codes: list[Coded], asked_codes: list[Coded], asked: Asked, bm25: Bm25, catalog: Catalog
) -> CandidateInputs:
    """What the service computes from one database row (app/services/matching/seeker_pages.py `candidate_inputs`)."""
    fit = (
        None
        if asked.expected_month is None
        else salary_fit(row.pay_month, SalaryUnit.MONTH, asked.expected_month, SalaryUnit.MONTH)
    )
    age_days = timedelta(microseconds=asked.now_us - row.published_us).total_seconds() / 86400.0
    occupation = expected_agreement(asked_codes, codes, catalog) if codes and asked_codes else None
    return CandidateInputs(
        fit, age_days, bm25.prepare(asked.terms)(row.terms), occupation, row.fair in asked.running_fairs
    )


@pytest.mark.parametrize("seed", range(12))
def test_scores_equal_scoring_each_database_row(seed: int, catalog: Catalog):
    rng = np.random.default_rng(seed)
    rows = random_rows(rng, catalog, 400)
    bm25 = Bm25.fit([r.terms for r, *_ in rows[::3]])  # a reference corpus, as the coder's catalog is
    table = ScoreTable()
    table.upsert(r for r, *_ in rows[:250])
    table.upsert(r for r, *_ in rows[250:])
    ids = rng.permutation(np.arange(1, 421, dtype=np.int64))  # 20 ids the table never held
    candidates = Candidates(ids, rng.uniform(0, 3, len(ids)), rng.uniform(-0.2, 1, len(ids)).astype(np.float32))
    asked_codes = [Coded(c.code, c.name, 0.5) for c in rows[int(rng.integers(400))][3]]
    asked = Asked(
        terms(random_text(rng, 5)) * 3 + ["没有的词", "zzz"],
        [(c.code, c.confidence) for c in asked_codes],
        None if seed % 3 == 0 else float(rng.integers(3000, 9000)),
        micros(NOW),
        {1, 3},
    )
    weights = Weights()

    scored = table.score(
        candidates.ids, candidates.similarity, candidates.distance_km, asked, weights, bm25, catalog.agreement_of
    )

    inputs = {r.id: scalar_inputs(r, codes, asked_codes, asked, bm25, catalog) for r, _, _, codes in rows}
    oracle = rank_top_k(candidates, lambda got: {i: inputs[i] for i in got if i in inputs}, weights, len(candidates))
    assert scored.missing == 20
    assert np.array_equal(candidates.ids[scored.positions], scored.ids)
    order = np.lexsort((scored.ids, -scored.scores))
    assert scored.ids[order].tolist() == [r.id for r in oracle.items]
    # Every factor as the scalar path reports it; NumPy's vectorised power may round freshness's last bit.
    for at, r in zip(order.tolist(), oracle.items):
        mine = scored.ranked(at, r.distance_km, r.similarity)
        assert mine.score == pytest.approx(r.score, abs=1e-15)
        assert mine.factors.freshness == pytest.approx(r.factors.freshness, abs=1e-15)
        assert mine.factors == replace(r.factors, freshness=mine.factors.freshness)


def test_writes_replace_remove_and_survive_compaction_and_snapshots(tmp_path: Path, catalog: Catalog):
    rng = np.random.default_rng(7)
    rows = [r for r, *_ in random_rows(rng, catalog, 300)]
    table = ScoreTable()
    table.replace_all(rows[:100])
    for _ in range(60):  # enough rewrites of the same ids that dead rows outnumber live ones: compaction runs
        table.upsert(rows[:100])
    table.upsert(rows[100:])
    table.remove([5, 6, 7, 10_000])
    assert len(table) == 297 and 5 not in table and 8 in table
    table.save(tmp_path / "facts.npz", {"digest": "x"})
    loaded, meta = ScoreTable.load(tmp_path / "facts.npz")
    assert meta == {"digest": "x"} and len(loaded) == 297 and 5 not in loaded
    ids = np.arange(1, 301, dtype=np.int64)
    sim, km = np.linspace(0, 1, 300).astype(np.float32), np.linspace(0, 3, 300)
    asked = Asked(
        terms("电焊工 c++ CAD"), [(rows[0].codes[0][0], 1.0)] if rows[0].codes else [], 5000.0, micros(NOW), {2}
    )
    bm25 = Bm25.fit([r.terms for r in rows])
    a = table.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    b = loaded.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    assert a.missing == 3 and np.array_equal(a.ids, b.ids) and np.array_equal(a.scores, b.scores)
    fresh = ScoreTable()
    fresh.upsert([r for r in rows if r.id not in (5, 6, 7)])
    c = fresh.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    assert np.array_equal(a.scores, c.scores)


def test_rows_laid_out_in_a_given_order_score_the_same_and_keep_it_through_a_snapshot(tmp_path: Path, catalog: Catalog):
    rng = np.random.default_rng(11)
    rows = [r for r, *_ in random_rows(rng, catalog, 200)]
    table = ScoreTable()
    table.replace_all(rows)
    table.remove([3, 4])
    ids = np.arange(1, 201, dtype=np.int64)
    sim, km = rng.random(200).astype(np.float32), rng.random(200) * 3
    asked = Asked(
        terms("电焊工 叉车司机 CAD 包吃住"),
        [(rows[0].codes[0][0], 0.8)] if rows[0].codes else [],
        4000.0,
        micros(NOW),
        {1},
    )
    bm25 = Bm25.fit([r.terms for r in rows])
    before = table.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    order = np.r_[np.arange(150, 0, -1), 3, 999]  # a removed id and an unknown one are passed over
    table.trim(order=order)
    listed = np.arange(150, 0, -1)
    listed = listed[~np.isin(listed, [3, 4])]
    placed = table._state.row_of[np.r_[listed, np.arange(151, 201)]]
    assert np.array_equal(placed, np.arange(198))  # the listed first, in their order; the others after, as they were
    after = table.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    assert np.array_equal(before.ids, after.ids) and np.array_equal(before.scores, after.scores)
    table.save(tmp_path / "facts.npz", {})
    loaded, _ = ScoreTable.load(tmp_path / "facts.npz")
    assert np.array_equal(loaded._state.row_of[np.r_[listed, np.arange(151, 201)]], np.arange(198))
    again = loaded.score(ids, sim, km, asked, Weights(), bm25, catalog.agreement_of)
    assert np.array_equal(before.scores, again.scores)


def test_term_ids_are_code_points_for_han_and_a_vocabulary_for_the_rest():
    ids = TermIds()
    assert ids.of("焊") == 0x710A and ids.of("电焊") == 0x7535 << 16 | 0x710A
    assert ids.of("java") == WORD_BASE and ids.of("cad") == WORD_BASE + 1 and ids.of("java") == WORD_BASE
    assert ids.of("unseen", learn=False) is None and ids.words == ["java", "cad"]


def test_ids_must_be_database_serials():
    with pytest.raises(ValueError, match="database serials"):
        ScoreTable().upsert([ScoreRow(0, None, 0, None, [], [])])


def brute_positions(query: np.ndarray, terms: np.ndarray) -> np.ndarray:
    where = {int(t): i for i, t in enumerate(query)}
    return np.array([where.get(int(t), len(query)) for t in terms], np.int64)


@pytest.mark.parametrize(
    "multipliers",
    [score_table.HASH_MULTIPLIERS, (1,), (1, score_table.HASH_MULTIPLIERS[0])],
    ids=["hashed", "every-hash-collides", "second-hash"],
)
def test_query_positions_find_each_term_like_a_dictionary(
    multipliers: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
):
    # Multiplier 1 buckets by the top 16 bits, so 0x10000 and 0x10001 share one: the lookup must move on to the next
    # multiplier, or to the binary search when none is left.
    monkeypatch.setattr(score_table, "HASH_MULTIPLIERS", multipliers)
    rng = np.random.default_rng(5)
    for _ in range(20):
        query = np.unique(np.r_[rng.integers(0, 2**32, 40, dtype=np.uint64), 0x10000, 0x10001]).astype(np.uint32)
        rng.shuffle(query)
        terms = np.r_[rng.choice(query, 300), rng.integers(0, 2**32, 300, dtype=np.uint64), 0].astype(np.uint32)
        assert np.array_equal(score_table.query_positions(query, terms), brute_positions(query, terms))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("limit", [None, 0, 1, 7, 40])
def test_lower_tiers_come_first_each_best_first(seed: int, limit: int | None):
    """The oracle: one sort by (tier, -score, id), with ties in the scores to show ids break them."""
    rng = np.random.default_rng(seed)
    n = 30
    ids = rng.permutation(1000)[:n].astype(np.int64) + 1
    scores = rng.choice([0.2, 0.5, 0.7, 0.9], n) + 0.0
    tier = rng.integers(0, 3, n)  # soon 零工, a preferred kind, the rest
    zeros = np.zeros(n)
    scored = Scored(
        positions=np.arange(n, dtype=np.int64),
        ids=ids,
        scores=scores,
        semantic=zeros,
        nearness=zeros,
        salary=zeros,
        freshness=zeros,
        keyword=zeros,
        occupation=zeros,
        fair=zeros,
        wishes=zeros,
        missing=0,
        tier=tier,
    )
    expected = sorted(range(n), key=lambda i: (tier[i], -scores[i], ids[i]))
    assert scored.best(limit).tolist() == expected[:limit]
    assert (
        replace(scored, tier=None).best(limit).tolist() == sorted(range(n), key=lambda i: (-scores[i], ids[i]))[:limit]
    )
    empty = np.zeros(0, np.int64)  # a circle with nothing in it, tiers asked for
    assert replace(scored, positions=empty, ids=empty, scores=empty[:0] + 0.0, tier=empty).best(limit).tolist() == []


def test_row_totals_add_a_float32_table_in_float64_in_the_candidates_order():
    table = np.random.default_rng(7).random((50, 4)).astype(np.float32)
    totals = row_totals(table)
    assert totals.dtype == np.float64
    assert totals.tolist() == [added(float(v) for v in row) for row in table]


def test_row_totals_of_a_table_with_no_columns_are_zeros_a_row():
    totals = row_totals(np.zeros((3, 0), np.float32))
    assert totals.dtype == np.float64
    assert totals.tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("seed", range(6))
def test_the_ceiling_is_never_below_a_score_and_the_verdicts_are_scorings(seed: int, catalog: Catalog):
    """`score_ceiling` bounds every candidate's full score from its similarity and distance alone (what a kept page's
    judge asks first), whatever the asking: wishes met, a running fair, pay above what is asked, the best agreement;
    `verdicts` says of each id what `score` does with it (scored, left out by the limits, no row)."""
    rng = np.random.default_rng(100 + seed)
    rows = [
        replace(r, bits=int(rng.integers(0, 16)), priors=tuple(rng.uniform(0, 1, 4).round(3)))
        for r, *_ in random_rows(rng, catalog, 300)
    ]
    bm25 = Bm25.fit([r.terms for r in rows[::3]])
    table = ScoreTable()
    table.upsert(rows)
    ids = rng.permutation(np.arange(1, 311, dtype=np.int64))  # 10 ids without a row
    similarity = rng.uniform(-0.2, 1, len(ids)).astype(np.float32)
    distance = rng.uniform(0, 3, len(ids))
    wanted = rows[int(rng.integers(300))]
    limits = Limits(require=int(rng.integers(0, 2)), exclude=int(rng.integers(0, 2)) << 2, wishes=0b1010)
    asked = Asked(
        list(wanted.terms[:6]) * 4,  # a text that says what one posting says: keyword near its ceiling
        list(wanted.codes),  # its own codes: agreement near its ceiling
        float(rng.integers(1000, 3000)),  # asking less than most pay: salary fit 1
        micros(NOW),
        {1, 2, 3},  # every fair running
        limits,
    )
    weights = Weights()
    scored = table.score(ids, similarity, distance, asked, weights, bm25, catalog.agreement_of)
    ceiling = score_table.score_ceiling(similarity[scored.positions], distance[scored.positions], weights)
    assert (scored.scores <= ceiling).all() and len(scored) > 50
    assert (ceiling - scored.scores).min() < 0.3  # near the best candidates: not a bound any score would meet
    verdicts = table.verdicts(ids, limits)
    assert sorted(int(i) for i, v in zip(ids, verdicts) if v == "scored") == sorted(scored.ids.tolist())
    assert verdicts.count("excluded") == scored.excluded and verdicts.count("missing") == scored.missing == 10


@pytest.mark.parametrize("seed", range(6))
def test_a_few_rows_score_as_they_do_among_many_and_the_closer_ceiling_bounds_them(seed: int, catalog: Catalog):
    """A few rows (at most `FEW_ROWS`, as a kept page's judge asks one posting at a time) have their keyword added
    one by one: the same floats as the vectorised pass over many. `ceilings` lies between a row's score and
    `score_ceiling`, and takes keyword, the fair and the wishes as scored, so it is closer than `score_ceiling`."""
    rng = np.random.default_rng(200 + seed)
    rows = [replace(r, bits=int(rng.integers(0, 16))) for r, *_ in random_rows(rng, catalog, 300)]
    bm25 = Bm25.fit([r.terms for r in rows[::3]])
    table = ScoreTable()
    table.upsert(rows)
    ids = rng.permutation(np.arange(1, 301, dtype=np.int64))
    similarity = rng.uniform(-0.2, 1, len(ids)).astype(np.float32)
    distance = rng.uniform(0, 3, len(ids))
    wanted = rows[int(rng.integers(300))]
    asked = Asked(
        list(wanted.terms[:8]) * 2 + terms(random_text(rng, 4)),
        list(wanted.codes),
        float(rng.integers(1000, 9000)),
        micros(NOW),
        {1, 2} if seed % 2 else set(),
        Limits(wishes=0b1010 if seed % 3 else 0),
    )
    weights = Weights()
    many = table.score(ids, similarity, distance, asked, weights, bm25, catalog.agreement_of)
    assert len(many) == 300 and (many.keyword > 0).sum() > 30
    for at in range(0, 300, 7):
        few = slice(at, at + int(rng.integers(1, score_table.FEW_ROWS + 1)))
        alone = table.score(ids[few], similarity[few], distance[few], asked, weights, bm25, catalog.agreement_of)
        assert alone.keyword.tolist() == many.keyword[few].tolist()
        assert alone.scores.tolist() == many.scores[few].tolist()
    closer = table.ceilings(ids, similarity, distance, asked, weights, bm25)
    loose = score_table.score_ceiling(similarity, distance, weights)
    assert (many.scores <= closer + 1e-12).all() and (closer <= loose + 1e-12).all()
    assert np.median(loose - closer) > 0.1  # keyword's weight, the fair's and the wishes' mostly taken back
    # Weighing nothing it takes at its best, the closer ceiling is the score itself.
    exact = replace(weights, salary=0.0, freshness=0.0, occupation=0.0, unsaid_licence=0.0, unsaid_prior=0.0)
    scored = table.score(ids, similarity, distance, asked, exact, bm25, catalog.agreement_of)
    bound = table.ceilings(ids, similarity, distance, asked, exact, bm25)
    assert np.abs(bound[scored.positions] - scored.scores).max() < 1e-12


def test_a_query_remembered_counts_a_word_the_vocabulary_learns_later(catalog: Catalog):
    """`ScoreTable._query` keeps a query's known terms while the vocabulary stays as it was: a posting that brings
    a new word (Latin words have vocabulary ids, Han ones do not) is found by a query that asked for it before."""
    bm25 = Bm25.fit([["电焊", "Java"], ["普工"]])
    table = ScoreTable()
    table.upsert([ScoreRow(1, 5000.0, micros(NOW), None, [], ["电焊", "普工"])])
    asked = Asked(["Java", "电焊"], [], None, micros(NOW), set())
    one = np.array([1], np.int64)

    def keyword(ids: np.ndarray) -> list[float]:
        sim, dist = np.full(len(ids), 0.5, np.float32), np.zeros(len(ids))
        return table.score(ids, sim, dist, asked, Weights(), bm25, catalog.agreement_of).keyword.tolist()

    before = keyword(one)
    table.upsert([ScoreRow(2, 5000.0, micros(NOW), None, [], ["Java", "电焊"])])
    both = np.array([1, 2], np.int64)
    after = keyword(both)
    assert after[0] == before[0] > 0 and after[1] > after[0]
    fresh = ScoreTable()  # nothing remembered: the same answer
    fresh.upsert(
        [
            ScoreRow(1, 5000.0, micros(NOW), None, [], ["电焊", "普工"]),
            ScoreRow(2, 5000.0, micros(NOW), None, [], ["Java", "电焊"]),
        ]
    )
    sim, dist = np.full(2, 0.5, np.float32), np.zeros(2)
    assert fresh.score(both, sim, dist, asked, Weights(), bm25, catalog.agreement_of).keyword.tolist() == after
