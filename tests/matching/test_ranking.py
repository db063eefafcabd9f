"""Ranking: exact top-k against full scoring, salary conversion, explanations."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from matching.index import Candidates
from matching.ranking import (
    CandidateInputs,
    SalaryUnit,
    Weights,
    explain,
    monthly_yuan,
    rank_top_k,
    salary_fit,
    salary_text,
    shared_keyword,
)


def random_candidates(rng: np.random.Generator, n: int) -> Candidates:
    ids = rng.permutation(np.arange(1, n + 1, dtype=np.int64))
    return Candidates(ids, rng.uniform(0, 3, n), rng.uniform(-0.2, 1, n).astype(np.float32))


def full_order(candidates: Candidates, facts: dict[int, CandidateInputs], weights: Weights) -> list[int]:
    """Score every candidate, no bound: the oracle."""
    page = rank_top_k(
        candidates,
        lambda ids: {i: facts[i] for i in ids if i in facts},
        weights,
        k=len(candidates),
        batch=len(candidates) + 1,
    )
    return [r.id for r in page.items]


@pytest.mark.parametrize("seed", range(20))
def test_top_k_equals_scoring_everything_and_loads_less(seed: int):
    rng = np.random.default_rng(seed)
    candidates = random_candidates(rng, 500)
    facts = {
        int(i): CandidateInputs(
            salary_fit=None if rng.random() < 0.3 else float(rng.random()),
            age_days=float(rng.uniform(0, 60)),
            keyword=float(rng.random()),
            occupation=None if rng.random() < 0.2 else float(rng.random()),
            fair_running=bool(rng.random() < 0.1),
        )  # the fair boost: known only after loading
        for i in candidates.ids
        if rng.random() > 0.05  # 5% stale: in the index, gone from the database
    }
    loaded: list[int] = []

    def load(ids: Sequence[int]) -> dict[int, CandidateInputs]:
        loaded.extend(ids)
        return {i: facts[i] for i in ids if i in facts}

    weights = Weights()
    page = rank_top_k(candidates, load, weights, k=10, batch=16)
    assert [r.id for r in page.items] == full_order(candidates, facts, weights)[:10]
    # The bound spares database reads; keyword and occupation (a quarter of the weight) are only
    # known after loading, so on uniformly random similarities about a third are spared.
    assert len(loaded) < 0.75 * len(candidates)
    assert len(set(loaded)) == len(loaded)
    assert page.total == len(candidates) - page.stale


def test_keyword_and_occupation_move_a_candidate_up():
    candidates = Candidates(np.array([1, 2]), np.array([1.0, 1.0]), np.array([0.80, 0.78], np.float32))
    facts = {
        1: CandidateInputs(None, 1.0, keyword=0.0, occupation=0.0),
        2: CandidateInputs(None, 1.0, keyword=0.6, occupation=1.0),
    }
    page = rank_top_k(candidates, lambda ids: {i: facts[i] for i in ids}, Weights(), k=2)
    assert [r.id for r in page.items] == [2, 1]
    assert page.items[0].factors.keyword == 0.6 and page.items[0].factors.occupation == 1.0
    baseline = Weights(semantic=1.0, keyword=0.0, occupation=0.0, distance=0.0, salary=0.0, freshness=0.0)
    assert [r.id for r in rank_top_k(candidates, lambda ids: {i: facts[i] for i in ids}, baseline, k=2).items] == [1, 2]


def test_stale_hits_are_dropped_not_returned():
    candidates = Candidates(np.array([1, 2]), np.array([0.1, 0.2]), np.array([0.9, 0.8], np.float32))
    page = rank_top_k(candidates, lambda ids: {2: CandidateInputs(None, 0.0)} if 2 in ids else {}, Weights(), k=5)
    assert [r.id for r in page.items] == [2] and page.stale == 1 and page.total == 1


def test_closer_job_wins_when_text_is_equally_similar():
    candidates = Candidates(np.array([1, 2]), np.array([2.5, 0.5]), np.array([0.8, 0.8], np.float32))
    page = rank_top_k(candidates, lambda ids: {i: CandidateInputs(None, 1.0) for i in ids}, Weights(), k=2)
    assert [r.id for r in page.items] == [2, 1]


def test_salary_units_convert_to_monthly_with_statutory_days():
    assert monthly_yuan(200, SalaryUnit.DAY) == pytest.approx(4350.0)
    assert monthly_yuan(25, SalaryUnit.HOUR) == pytest.approx(4350.0)
    assert monthly_yuan(5, SalaryUnit.PIECE) is None


def test_salary_fit_full_when_job_pays_expectation_and_partial_below():
    assert salary_fit(8000, SalaryUnit.MONTH, 6000, SalaryUnit.MONTH) == 1.0
    assert salary_fit(200, SalaryUnit.DAY, 8700, SalaryUnit.MONTH) == pytest.approx(0.5)
    assert salary_fit(8000, SalaryUnit.MONTH, None, SalaryUnit.MONTH) is None


def test_shared_keyword_finds_the_trade_the_seeker_named():
    assert shared_keyword("会电焊，干过五年气保焊", "电焊工") == "电焊"
    assert shared_keyword("想找份工作", "餐厅服务员") == "餐厅服务员"


def test_shared_keyword_quotes_whole_words_only():
    """A veteran who drove a 班车 asking about a 货车司机 post shares 司机, never the fragment 车司机."""
    assert shared_keyword("开过五年班车司机", "货车司机") == "货车司机"  # no whole word in common: the title
    assert shared_keyword("开过五年班车司机", "货车司机", words={"司机", "货车"}) == "司机"
    assert shared_keyword("小区保洁", "小区保洁员") == "小区保洁"  # the title's own beginning is a word edge


def test_explanation_reads_like_the_product_copy():
    text = explain(1.234, "电焊", salary_text(6000, 8000, SalaryUnit.MONTH), 1.0)
    assert text == "1.2 km · 电焊 · 月薪 6000–8000 符合期望"
    assert explain(0.5, "保洁", salary_text(None, None, SalaryUnit.MONTH), None) == "0.5 km · 保洁 · 薪资面议"
    assert salary_text(180, 180, SalaryUnit.DAY) == "日薪 180"
    assert explain(1.5, "电焊", "", 1.0) == "1.5 km · 电焊 · 薪资符合期望"


def test_explanation_says_when_the_place_is_approximate_and_when_a_fair_runs():
    words = explain(1.25, "保洁", "日薪 150", None, placed_by="乡镇", fair="春风行动专场")
    assert words == "约 1.2 km（按乡镇中心估算） · 保洁 · 日薪 150 · 春风行动专场进行中"


@pytest.mark.parametrize("seed", range(20))
def test_top_k_stays_exact_with_a_heavy_fair_boost(seed: int):
    """The bound must include the fair weight: a boosted candidate just below it would be skipped."""
    rng = np.random.default_rng(seed)
    candidates = random_candidates(rng, 300)
    # Every other fact at its maximum, so only the fair weight can lift a candidate past the bound.
    facts = {
        int(i): CandidateInputs(1.0, 0.0, keyword=1.0, occupation=1.0, fair_running=bool(rng.random() < 0.3))
        for i in candidates.ids
    }
    weights = Weights(fair=0.5)
    page = rank_top_k(candidates, lambda ids: {i: facts[i] for i in ids}, weights, k=5, batch=4)
    assert [r.id for r in page.items] == full_order(candidates, facts, weights)[:5]


def test_a_running_fair_adds_its_weight_and_nothing_else():
    candidates = Candidates(np.array([1, 2]), np.array([1.0, 1.0]), np.array([0.8, 0.8], np.float32))
    facts = {1: CandidateInputs(None, 1.0), 2: CandidateInputs(None, 1.0, fair_running=True)}
    page = rank_top_k(candidates, lambda ids: {i: facts[i] for i in ids}, Weights(fair=0.05), k=2)
    assert [r.id for r in page.items] == [2, 1]
    assert page.items[0].score - page.items[1].score == pytest.approx(0.05)
    assert (page.items[0].factors.fair, page.items[1].factors.fair) == (1.0, 0.0)
