"""The batch kernel against a brute-force sort of every (seeker, posting) pair, and the capped assignment."""

from __future__ import annotations

import numpy as np
import pytest

from matching import shortlist
from matching.batch import (
    PostingBands,
    Postings,
    Seekers,
    TopK,
    assign,
    pair_score,
    top_k_within_radius,
)
from matching.chord_geometry import NEAR_BOUNDARY_KM
from matching.geo import GeoPoint, haversine_km
from matching.ranking import Weights

WEIGHTS = Weights()


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _world(seed: int, n_postings: int = 600, n_seekers: int = 150, dim: int = 16) -> tuple[Postings, Seekers]:
    rng = np.random.default_rng(seed)
    centre = np.array([31.82, 117.23])
    p_lat = centre[0] + rng.normal(0, 0.05, n_postings)
    p_lon = centre[1] + rng.normal(0, 0.05, n_postings)
    postings = Postings(
        ids=rng.permutation(np.arange(1, n_postings + 1) * 7).astype(np.int64),
        lats=p_lat,
        lons=p_lon,
        vectors=_unit(rng, n_postings, dim),
        reach_km=np.where(rng.random(n_postings) < 0.2, rng.uniform(1, 5, n_postings), np.inf),
        kind_masks=(1 << rng.integers(0, 4, n_postings)).astype(np.int64),
        published_at=rng.uniform(0, 100, n_postings),
        monthly_pay=np.where(rng.random(n_postings) < 0.3, np.nan, rng.uniform(2000, 12000, n_postings)),
        bonus=rng.uniform(0, 0.1, n_postings),
        fact_bits=rng.integers(0, 64, n_postings).astype(np.int64),  # six facts: remote, night, ...
        require_bits=np.where(rng.random(n_postings) < 0.1, 1 << 2, 0).astype(np.int64),  # as in a digest
        exclude_bits=np.where(rng.random(n_postings) < 0.1, 1 << 3, 0).astype(np.int64),
    )
    seekers = Seekers(
        ids=np.arange(1, n_seekers + 1, dtype=np.int64) * 3,
        lats=centre[0] + rng.normal(0, 0.05, n_seekers),
        lons=centre[1] + rng.normal(0, 0.05, n_seekers),
        vectors=_unit(rng, n_seekers, dim),
        radius_km=rng.choice([1.0, 3.0, 3.0, 8.5], n_seekers),
        kind_masks=rng.integers(1, 16, n_seekers).astype(np.int64),
        since=rng.uniform(0, 60, n_seekers),
        expected_monthly=np.where(rng.random(n_seekers) < 0.4, np.nan, rng.uniform(3000, 9000, n_seekers)),
        require_bits=np.where(rng.random(n_seekers) < 0.2, 1 << 0, 0).astype(np.int64),  # "只能在家"
        exclude_bits=np.where(rng.random(n_seekers) < 0.3, (1 << 4) | (1 << 5), 0).astype(np.int64),  # "不上夜班"
        fact_bits=rng.integers(0, 64, n_seekers).astype(np.int64),
    )
    return postings, seekers


def _oracle(postings: Postings, seekers: Seekers, k: int, excluded: dict[int, set[int]]) -> list[list[int]]:
    rows = []
    for s in range(len(seekers)):
        scored = []
        for p in range(len(postings)):
            d = haversine_km(GeoPoint(seekers.lats[s], seekers.lons[s]), GeoPoint(postings.lats[p], postings.lons[p]))
            if d > min(seekers.radius_km[s], postings.reach_km[p]) + 1e-9:
                continue
            if not seekers.kind_masks[s] & postings.kind_masks[p] or postings.published_at[p] <= seekers.since[s]:
                continue
            if int(postings.ids[p]) in excluded.get(int(seekers.ids[s]), set()):
                continue
            if not _admits(seekers, s, postings, p):
                continue
            sim = np.float32(seekers.vectors[s] @ postings.vectors[p])
            score = pair_score(
                np.array([sim]),
                np.array([d]),
                postings.monthly_pay[p : p + 1],
                seekers.expected_monthly[s : s + 1],
                postings.bonus[p : p + 1],
                WEIGHTS,
            )[0]
            scored.append((-score, int(postings.ids[p])))
        rows.append([pid for _, pid in sorted(scored)[:k]])
    return rows


def _admits(seekers: Seekers, s: int, postings: Postings, p: int) -> bool:
    """Each side's written limits against the other side's facts, pair by pair."""
    assert seekers.require_bits is not None and seekers.exclude_bits is not None and seekers.fact_bits is not None
    assert postings.require_bits is not None and postings.exclude_bits is not None and postings.fact_bits is not None
    have, need, avoid = int(postings.fact_bits[p]), int(seekers.require_bits[s]), int(seekers.exclude_bits[s])
    back, back_need, back_avoid = (
        int(seekers.fact_bits[s]),
        int(postings.require_bits[p]),
        int(postings.exclude_bits[p]),
    )
    return have & need == need and not have & avoid and back & back_need == back_need and not back & back_avoid


@pytest.mark.parametrize("workers", [1, 3])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_top_k_equals_brute_force(seed: int, workers: int) -> None:
    """On one thread, and with seeker groups spread over threads (more than this machine's cores)."""
    postings, seekers = _world(seed)
    excluded = {int(seekers.ids[0]): set(postings.ids[:300].tolist()), int(seekers.ids[5]): {int(postings.ids[9])}}
    top = top_k_within_radius(postings, seekers, 10, WEIGHTS, excluded=excluded, workers=workers)
    expected = _oracle(postings, seekers, 10, excluded)
    got = [[int(i) for i in row if i >= 0] for row in top.posting_ids]
    assert got == expected
    assert sum(len(r) for r in expected) > 500  # the worlds are dense enough to mean something
    assert any(0 < len(r) < 10 for r in expected)  # and some seekers have fewer than k in reach


@pytest.mark.parametrize("k", [1, 3])
def test_top_k_equals_brute_force_in_tiny_tiles_and_small_k(monkeypatch: pytest.MonkeyPatch, k: int) -> None:
    """Tiles of a row or two (blocks of one kind mask and pay split across them), and a small k, so the
    shortlist's first bound (the k-th largest of 4k column sets' maxima) decides most rows."""
    monkeypatch.setattr(shortlist, "TILE_ELEMENTS", 600)
    postings, seekers = _world(6, n_postings=900)
    top = top_k_within_radius(postings, seekers, k, WEIGHTS, workers=1)
    got = [[int(i) for i in row if i >= 0] for row in top.posting_ids]
    assert got == _oracle(postings, seekers, k, {})


def test_bands_made_once_serve_every_chunk_of_seekers() -> None:
    """One `PostingBands` for several calls, each a chunk of the seekers, gives what one call for all of them gives
    (the brute force); bands of other postings are refused."""
    postings, seekers = _world(4)
    bands = PostingBands(postings)
    halves = [_rows(seekers, np.arange(len(seekers))[at::2]) for at in (0, 1)]
    for half in halves:
        top = top_k_within_radius(postings, half, 10, WEIGHTS, bands=bands)
        assert [[int(i) for i in row if i >= 0] for row in top.posting_ids] == _oracle(postings, half, 10, {})
    with pytest.raises(ValueError, match="other postings"):
        top_k_within_radius(_world(5)[0], seekers, 10, WEIGHTS, bands=bands)


def _rows(seekers: Seekers, rows: np.ndarray) -> Seekers:
    return Seekers(*(None if c is None else c[rows] for c in (getattr(seekers, f) for f in Seekers.__slots__)))


def test_ties_at_the_kth_place_break_by_id() -> None:
    postings, seekers = _world(4, n_postings=200, n_seekers=20)
    same = Postings(
        postings.ids,
        np.full(200, 31.82),
        np.full(200, 117.23),
        # one unit axis: every product is one seeker coordinate, exact in any summation order (a float32 GEMM on
        # AVX2 sums identical columns in different orders and parted such ties by an ulp)
        np.tile(np.eye(1, postings.vectors.shape[1], dtype=postings.vectors.dtype), (200, 1)),
        np.full(200, np.inf),
        np.ones(200, np.int64),
        np.full(200, 50.0),
        np.full(200, np.nan),
        np.zeros(200),
    )
    seekers = Seekers(
        seekers.ids,
        np.full(20, 31.821),
        np.full(20, 117.231),
        seekers.vectors,
        np.full(20, 3.0),
        np.ones(20, np.int64),
        np.zeros(20),
        np.full(20, np.nan),
    )
    top = top_k_within_radius(same, seekers, 5, WEIGHTS)
    assert (top.posting_ids == np.sort(postings.ids)[:5]).all()


def test_the_window_and_kinds_filter_everything_out() -> None:
    postings, seekers = _world(5, n_postings=50, n_seekers=10)
    late = Seekers(
        seekers.ids,
        seekers.lats,
        seekers.lons,
        seekers.vectors,
        seekers.radius_km,
        seekers.kind_masks,
        np.full(10, 1000.0),
        seekers.expected_monthly,
    )
    top = top_k_within_radius(postings, late, 3, WEIGHTS)
    assert (top.posting_ids == -1).all() and np.isneginf(top.scores).all()


def _top(scores: list[list[float]], ids: list[list[int]]) -> TopK:
    s, i = np.array(scores), np.array(ids)
    return TopK(np.arange(len(s), dtype=np.int64), i, s, np.zeros(s.shape, np.float32), np.zeros(s.shape), 0)


def test_drop_pads_only_the_ruled_out_picks_of_one_row() -> None:
    top = _top([[0.9, 0.5, -np.inf], [0.8, 0.7, 0.1]], [[1, 2, -1], [1, 2, 3]])
    asked: list[int] = []
    top.drop(0, lambda pick: asked.append(pick) or pick == 1)
    assert asked == [1, 2]  # padding is never asked about
    assert top.posting_ids.tolist() == [[-1, 2, -1], [1, 2, 3]]
    assert top.scores[0, 0] == -np.inf and top.scores[0, 1] == 0.5 and top.scores[1].tolist() == [0.8, 0.7, 0.1]


def test_assign_caps_each_posting_and_each_seeker() -> None:
    # Everyone's favourite is posting 1; the cap of 2 hands the third seeker its next best instead.
    top = _top([[0.9, 0.5, 0.4], [0.8, 0.7, 0.1], [0.7, 0.6, 0.5]], [[1, 2, 3], [1, 3, 4], [1, 2, 4]])
    picks = assign(top, per_seeker=2, per_posting=2)
    chosen = {(row, int(top.posting_ids[row, col])) for row, col in picks}
    assert chosen == {(0, 1), (0, 2), (1, 1), (1, 3), (2, 2), (2, 4)}


def test_assign_counts_what_was_taken_before() -> None:
    top = _top([[0.9, 0.5]], [[1, 2]])
    assert assign(top, per_seeker=1, per_posting=3, taken={1: 3}) == [(0, 1)]


def test_assign_picks_a_lower_tier_first_whatever_its_score() -> None:
    # Posting 3 is the seeker's soon 零工 (tier 0): it takes one of the two places before the better-scored posting 2.
    top = _top([[0.9, 0.5, 0.1]], [[1, 2, 3]])
    picks = assign(top, per_seeker=2, per_posting=5, tier=np.array([[2, 2, 0]], np.int64))
    assert {int(top.posting_ids[row, col]) for row, col in picks} == {3, 1}
    assert {int(top.posting_ids[row, col]) for row, col in assign(top, per_seeker=2, per_posting=5)} == {1, 2}


def test_pairs_just_beyond_the_radius_never_crowd_out_the_ones_inside() -> None:
    """The fast pass keeps pairs up to NEAR_BOUNDARY_KM beyond the radius; the exact pass must drop them
    and still find k inside, even when every shortlisted pair was one of them."""
    centre = GeoPoint(31.82, 117.23)
    beyond = _at_distance(centre, 3.0 + 0.4 * NEAR_BOUNDARY_KM)  # 0.4 m past the circle, north-east: inside the box
    n_out, n_in = 30, 5
    vectors = np.zeros((n_out + n_in, 4), np.float32)
    vectors[:, 0] = 1.0
    vectors[n_out:, 1] = 1.5  # the ones inside are less similar
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    lats = np.concatenate([np.full(n_out, beyond.lat), np.full(n_in, centre.lat + 0.01)])
    lons = np.concatenate([np.full(n_out, beyond.lon), np.full(n_in, centre.lon)])
    postings = Postings(
        np.arange(1, n_out + n_in + 1, dtype=np.int64),
        lats,
        lons,
        vectors,
        np.full(n_out + n_in, np.inf),
        np.ones(n_out + n_in, np.int64),
        np.ones(n_out + n_in),
        np.full(n_out + n_in, np.nan),
        np.zeros(n_out + n_in),
    )
    seekers = Seekers(
        np.array([1]),
        np.array([centre.lat]),
        np.array([centre.lon]),
        np.eye(4, dtype=np.float32)[:1],
        np.array([3.0]),
        np.ones(1, np.int64),
        np.zeros(1),
        np.full(1, np.nan),
    )
    top = top_k_within_radius(postings, seekers, 3, WEIGHTS)
    assert top.posting_ids[0].tolist() == [31, 32, 33]


def _at_distance(centre: GeoPoint, km: float) -> GeoPoint:
    """The point north-east of centre at exactly `km` (by bisection on haversine_km)."""
    low, high = 0.0, 1.0
    for _ in range(100):
        mid = (low + high) / 2
        point = GeoPoint(centre.lat + mid * 0.03, centre.lon + mid * 0.035)
        low, high = (mid, high) if haversine_km(centre, point) < km else (low, mid)
    return GeoPoint(centre.lat + high * 0.03, centre.lon + high * 0.035)
