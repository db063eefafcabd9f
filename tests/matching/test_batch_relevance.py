"""The kernel with the keyword and occupation factors against `matching.ranking` ranking every pair one at a time."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import cast

import numpy as np
import pytest

from matching import batch, relevance, shortlist
from matching.batch import Postings, Seekers, TopK, top_k_within_radius
from matching.factor_rows import agreement_matrix, code_rows, document_rows, query_rows
from matching.facts import Limits
from matching.facts.priors import FAMILIES, pair_priors
from matching.geo import GeoPoint, haversine_km
from matching.index import Candidates
from matching.keywords import Bm25
from matching.occupations import Catalog, Coded, expected_agreement
from matching.ranking import CandidateInputs, Weights, rank_top_k

WEIGHTS = Weights(semantic_floor=0.1)
HALF_DAYS = WEIGHTS.freshness_half_days
WORDS = [f"w{i}" for i in range(40)]
CODES = [f"c{i}" for i in range(12)]


class _Catalog:
    """agreement_of as a catalog answers it: 1 for a code with itself, some pairs partly, unknown pairs None."""

    def agreement_of(self, a: str, b: str) -> float | None:
        if a == b:
            return 1.0
        x, y = sorted((int(a[1:]), int(b[1:])))
        return None if (x + y) % 3 == 0 else ((x * 7 + y) % 5) / 5


def _texts(rng: np.random.Generator, n: int, longest: int) -> list[list[str]]:
    """Zipf-like words, repeats and empty texts included."""
    p = 1 / np.arange(1, len(WORDS) + 1)
    return [list(rng.choice(WORDS, size=rng.integers(0, longest + 1), p=p / p.sum())) for _ in range(n)]


def _coded(rng: np.random.Generator, n: int) -> list[list[tuple[str, float]]]:
    """0-3 codes each; a few with every confidence 0 (coded, agreeing in nothing)."""
    out = []
    for _ in range(n):
        codes = rng.choice(CODES, size=rng.integers(0, 4), replace=False).tolist()
        zero = rng.random() < 0.05
        out.append([(c, 0.0 if zero else float(rng.uniform(0.05, 1))) for c in codes])
    return out


def _bits(rng: np.random.Generator, n: int, p: float) -> np.ndarray:
    """Each of 6 bits (1, 2, 4, ... 32) set with probability p; many rows none, some several."""
    return ((rng.random((n, 6)) < p) * (1 << np.arange(6))).sum(axis=1).astype(np.int64)


def _priors(rng: np.random.Generator, n: int) -> np.ndarray:
    """A posting's priors by family (`facts.priors.posting_priors`): 0 where its text speaks, about half."""
    return np.round(rng.uniform(0, 1, (n, 4)) * (rng.random((n, 4)) < 0.5), 4)


def _flags(rng: np.random.Generator, n: int) -> np.ndarray:
    """A person's refused families (`facts.priors.seeker_flags`): 1.0 or 0.0, most none."""
    return (rng.random((n, 4)) < 0.3).astype(np.float64)


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _world(seed: int, n_postings: int = 500, n_seekers: int = 120, dim: int = 16) -> dict[str, object]:
    rng = np.random.default_rng(seed)
    centre = np.array([31.82, 117.23])
    documents, queries = _texts(rng, n_postings, 14), _texts(rng, n_seekers, 6)
    queries[:3] = [[], ["unseen", "w0"], ["unseen"]]  # no words; a word no posting has; only such words
    posting_codes, seeker_codes = _coded(rng, n_postings), _coded(rng, n_seekers)
    bm25 = Bm25.fit(documents)
    vocabulary: dict[str, int] = {}
    asked: dict[str, int] = {}
    offered: dict[str, int] = {}
    age_days = rng.uniform(0, 30, n_postings)
    postings = Postings(
        ids=rng.permutation(np.arange(1, n_postings + 1) * 7).astype(np.int64),
        lats=centre[0] + rng.normal(0, 0.04, n_postings),
        lons=centre[1] + rng.normal(0, 0.04, n_postings),
        vectors=_unit(rng, n_postings, dim),
        reach_km=np.where(rng.random(n_postings) < 0.2, rng.uniform(1, 5, n_postings), np.inf),
        kind_masks=(1 << rng.integers(0, 3, n_postings)).astype(np.int64),
        published_at=-age_days * 86400,
        monthly_pay=np.where(rng.random(n_postings) < 0.3, np.nan, rng.uniform(2000, 12000, n_postings)),
        bonus=WEIGHTS.freshness * 0.5 ** (age_days / HALF_DAYS),
        terms=document_rows(documents, bm25, vocabulary),
        codes=code_rows(posting_codes, offered),
        fact_bits=_bits(rng, n_postings, 0.3),
        priors=_priors(rng, n_postings),
    )
    seekers = Seekers(
        ids=np.arange(1, n_seekers + 1, dtype=np.int64) * 3,
        lats=centre[0] + rng.normal(0, 0.04, n_seekers),
        lons=centre[1] + rng.normal(0, 0.04, n_seekers),
        vectors=_unit(rng, n_seekers, dim),
        radius_km=rng.choice([1.0, 3.0, 3.0, 6.5], n_seekers),
        kind_masks=rng.integers(1, 8, n_seekers).astype(np.int64),
        since=np.full(n_seekers, -np.inf),
        expected_monthly=np.where(rng.random(n_seekers) < 0.4, np.nan, rng.uniform(3000, 9000, n_seekers)),
        terms=query_rows(queries, bm25, vocabulary),
        codes=code_rows(seeker_codes, asked),
        unsaid_bits=_bits(rng, n_seekers, 0.5),
        wish_bits=_bits(rng, n_seekers, 0.3),
        priors=_flags(rng, n_seekers),
    )
    agreement = agreement_matrix(asked, offered, _Catalog().agreement_of)
    return {
        "postings": postings,
        "seekers": seekers,
        "agreement": agreement,
        "documents": documents,
        "queries": queries,
        "posting_codes": posting_codes,
        "seeker_codes": seeker_codes,
        "bm25": bm25,
        "age_days": age_days,
    }


def _oracle(world: dict[str, object], k: int) -> list[list[tuple[int, float]]]:
    """Each seeker's top k by `rank_top_k`: every candidate's `CandidateInputs` computed on its own, the keyword by
    `Bm25.prepare`, the occupation by `occupations.expected_agreement`."""
    postings, seekers = world["postings"], world["seekers"]
    assert isinstance(postings, Postings) and isinstance(seekers, Seekers)
    bm25, catalog = world["bm25"], cast(Catalog, _Catalog())
    assert isinstance(bm25, Bm25)
    documents, queries = world["documents"], world["queries"]
    posting_codes, seeker_codes, age_days = world["posting_codes"], world["seeker_codes"], world["age_days"]
    assert isinstance(documents, list) and isinstance(queries, list) and isinstance(age_days, np.ndarray)
    assert isinstance(posting_codes, list) and isinstance(seeker_codes, list)
    out = []
    for s in range(len(seekers)):
        keyword_of = bm25.prepare(queries[s])
        asked = [Coded(c, c, w) for c, w in seeker_codes[s]]
        reach, inputs = [], {}
        for p in range(len(postings)):
            d = haversine_km(GeoPoint(seekers.lats[s], seekers.lons[s]), GeoPoint(postings.lats[p], postings.lons[p]))
            if (
                d > min(seekers.radius_km[s], postings.reach_km[p])
                or not seekers.kind_masks[s] & postings.kind_masks[p]
            ):
                continue
            offered = [Coded(c, c, w) for c, w in posting_codes[p]]
            expected, pay = float(seekers.expected_monthly[s]), float(postings.monthly_pay[p])
            fit = None if np.isnan(expected) or np.isnan(pay) else min(1.0, pay / expected)
            occupation = expected_agreement(asked, offered, catalog) if asked and offered else None
            keyword = keyword_of(documents[p])
            item = int(postings.ids[p])
            # the person is the seeker (a push) or, in an employer's digest, the posting
            unsaid = _bit(seekers.unsaid_bits, s) | _bit(postings.unsaid_bits, p)
            said = Limits(unsaid=unsaid, wishes=_bit(seekers.wish_bits, s) | _bit(postings.wish_bits, p))
            bits = _bit(postings.fact_bits, p) | _bit(seekers.fact_bits, s)
            pair = pair_priors(_row(seekers.priors, s), _row(postings.priors, p))  # flags x priors, either way
            inputs[item] = CandidateInputs(
                fit,
                float(age_days[p]),
                keyword,
                occupation,
                wishes=said.wishes_met(bits),
                unsaid=said.unsaid_in(bits),
                priors=pair,
            )
            reach.append((item, d, np.float32(seekers.vectors[s] @ postings.vectors[p])))
        candidates = Candidates(
            np.array([r[0] for r in reach], np.int64),
            np.array([r[1] for r in reach]),
            np.array([r[2] for r in reach], np.float32),
        )
        page = rank_top_k(candidates, lambda ids, known=inputs: {i: known[i] for i in ids}, WEIGHTS, k)
        out.append([(r.id, r.score) for r in page.items])
    return out


def _bit(column: np.ndarray | None, row: int) -> int:
    return 0 if column is None else int(column[row])


def _row(column: np.ndarray | None, row: int) -> list[float]:
    return [0.0] * 4 if column is None else [float(v) for v in column[row]]


def _got(top: TopK) -> list[list[tuple[int, float]]]:
    return [
        [(int(i), float(v)) for i, v in zip(ids, scores, strict=True) if i >= 0]
        for ids, scores in zip(top.posting_ids, top.scores, strict=True)
    ]


def _same(got: list[list[tuple[int, float]]], want: list[list[tuple[int, float]]]) -> None:
    assert [[i for i, _ in row] for row in got] == [[i for i, _ in row] for row in want]
    for g, w in zip(got, want, strict=True):
        assert np.allclose([v for _, v in g], [v for _, v in w], rtol=0, atol=1e-5)


def _run(world: dict[str, object], k: int, workers: int = 1) -> TopK:
    postings, seekers, agreement = world["postings"], world["seekers"], world["agreement"]
    assert isinstance(postings, Postings) and isinstance(seekers, Seekers) and isinstance(agreement, np.ndarray)
    return top_k_within_radius(postings, seekers, k, WEIGHTS, agreement=agreement, workers=workers)


@pytest.mark.parametrize(("seed", "break_even"), [(11, 0.7), (12, 0.7), (11, 0.0), (12, math.inf)])
def test_kernel_ranks_as_the_interactive_ranking(monkeypatch: pytest.MonkeyPatch, seed: int, break_even: float) -> None:
    """Same order and the same scores as `rank_top_k` of each seeker's candidates, keyword, occupation, wishes and
    unsaid licences in; the fast keyword pass's terms all dense (0), all sparse (inf) or split by cost (as served)."""
    monkeypatch.setattr(relevance, "DENSE_BREAK_EVEN", break_even)
    world = _world(seed)
    want = _oracle(world, 10)
    _same(_got(_run(world, 10, workers=2)), want)
    assert sum(len(r) for r in want) > 400 and any(0 < len(r) < 10 for r in want)


def test_kernel_ranks_as_the_interactive_ranking_in_tiny_tiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiles of a row or two and k = 2: the shortlist's first bound decides most rows, with the factors in F."""
    monkeypatch.setattr(shortlist, "TILE_ELEMENTS", 600)
    world = _world(13, n_postings=800)
    _same(_got(_run(world, 2)), _oracle(world, 2))


def test_the_factors_change_the_order() -> None:
    """Without them the kernel ranks otherwise: the test above could not pass by ignoring them."""
    world = _world(11)
    postings, seekers = world["postings"], world["seekers"]
    assert isinstance(postings, Postings) and isinstance(seekers, Seekers)
    bare = top_k_within_radius(replace(postings, terms=None, codes=None), seekers, 10, WEIGHTS, workers=1)
    want = _oracle(world, 10)
    assert [[i for i, _ in row] for row in _got(bare)] != [[i for i, _ in row] for row in want]


def test_people_as_postings_rank_as_the_interactive_ranking() -> None:
    """An employer's digest: the rows are postings (their `fact_bits`), the columns people with unsaid licences and
    wishes; the same order and scores as the page ranking the people for each posting."""
    world = _world(14)
    postings, seekers = world["postings"], world["seekers"]
    assert isinstance(postings, Postings) and isinstance(seekers, Seekers)
    world["postings"] = replace(
        postings,
        fact_bits=None,
        unsaid_bits=_bits(np.random.default_rng(1), len(postings), 0.5),
        wish_bits=_bits(np.random.default_rng(2), len(postings), 0.3),
        priors=_flags(np.random.default_rng(4), len(postings)),
    )
    world["seekers"] = replace(
        seekers,
        unsaid_bits=None,
        wish_bits=None,
        fact_bits=_bits(np.random.default_rng(3), len(seekers), 0.3),
        priors=_priors(np.random.default_rng(5), len(seekers)),
    )
    want = _oracle(world, 10)
    _same(_got(_run(world, 10)), want)
    assert any(i for row in want for i, _ in row)


@pytest.mark.parametrize("left_out", ["unsaid_bits", "wish_bits", "priors"])
def test_unsaid_licences_and_wishes_change_the_order(left_out: str) -> None:
    """Without the seekers' unsaid licences (or wishes, or refused families against the postings' priors) the
    kernel ranks otherwise than the page: the tests above could not pass by ignoring any."""
    world = _world(11)
    postings, seekers, agreement = world["postings"], world["seekers"], world["agreement"]
    assert isinstance(postings, Postings) and isinstance(seekers, Seekers) and isinstance(agreement, np.ndarray)
    bare = top_k_within_radius(postings, replace(seekers, **{left_out: None}), 10, WEIGHTS, agreement=agreement)
    assert [[i for i, _ in row] for row in _got(bare)] != [[i for i, _ in row] for row in _oracle(world, 10)]


@pytest.mark.parametrize(("seed", "k"), [(21, 1), (22, 5), (23, 20)])
def test_the_shortlist_never_drops_a_pair_the_unpruned_kernel_keeps(
    monkeypatch: pytest.MonkeyPatch, seed: int, k: int
) -> None:
    """The shortlist prunes by a float32 bound on each row's k-th best, factors and bit terms in: the kernel with it
    returns exactly what the kernel scoring every pair within reach exactly returns (ids and float64 scores), on
    worlds where the factors move the order (`test_the_factors_change_the_order`)."""
    world = _world(seed, n_postings=700, n_seekers=150)
    pruned = _run(world, k)
    real = batch.shortlist

    def unpruned(*args: object, **kwargs: object) -> shortlist.Shortlist:
        return real(*args, **{**kwargs, "uncapped": True})  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "shortlist", unpruned)
    every = _run(world, k)
    assert np.array_equal(pruned.posting_ids, every.posting_ids)
    assert np.array_equal(pruned.scores, every.scores)
    assert (pruned.posting_ids >= 0).sum() > 50 * k


def test_priors_alone_rank_as_the_unpruned_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no keyword or occupation factor fed, the prior term alone makes the fast matrix: the shortlist with it
    returns what scoring every pair within reach returns, and the priors move the order."""
    world = _world(24, n_postings=700, n_seekers=150)
    postings = world["postings"]
    assert isinstance(postings, Postings)
    world["postings"] = replace(postings, terms=None, codes=None)
    pruned = _run(world, 5)
    real = batch.shortlist

    def unpruned(*args: object, **kwargs: object) -> shortlist.Shortlist:
        return real(*args, **{**kwargs, "uncapped": True})  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "shortlist", unpruned)
    every = _run(world, 5)
    assert np.array_equal(pruned.posting_ids, every.posting_ids)
    assert np.array_equal(pruned.scores, every.scores)
    world["postings"] = replace(world["postings"], priors=None)  # type: ignore[type-var]
    assert not np.array_equal(_run(world, 5).posting_ids, every.posting_ids)


def test_the_prior_terms_error_bound_holds_at_the_largest_priors() -> None:
    """The fast prior term (cast to float32 and added to the fast matrix, bit terms added after it) stays within
    `_PRIOR_ERROR` x the weight of the exact term when every family's prior is near its most (1): the bound covers
    each rounding at the term's largest size."""
    bound = batch._PRIOR_ERROR
    assert bound >= 4 * len(FAMILIES) * 2.0**-24  # four roundings at w x 4
    rng = np.random.default_rng(7)
    weights = Weights(unsaid_prior=3.7)
    unit = shortlist.score_unit(weights)
    flags = np.ones((64, len(FAMILIES)))
    priors = rng.uniform(0.45, 1.0, (256, len(FAMILIES)))
    exact = batch.prior_terms(flags, priors, weights)
    assert exact is not None
    base = rng.uniform(0, 2, exact.shape).astype(np.float32)
    fast = batch._plus(base.copy(), exact, unit)
    bits = rng.uniform(0, 1, exact.shape).astype(np.float32)
    fast += bits
    error = np.abs(fast.astype(np.float64) * unit - (base.astype(np.float64) + bits) * unit - exact)
    assert error.max() <= bound * weights.unsaid_prior
