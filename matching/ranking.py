"""Score fusion (semantics, distance, salary, freshness), exact top-k, and explanations."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from matching.candidates import Candidates
from matching.typed_text import Folding, folded

# 21.75 paid days a month and 8 hours a day: the statutory conversion (劳社部发〔2008〕3号).
DAYS_PER_MONTH = 21.75
HOURS_PER_MONTH = DAYS_PER_MONTH * 8


class SalaryUnit(StrEnum):
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    PIECE = "piece"


_PER_MONTH = {SalaryUnit.MONTH: 1.0, SalaryUnit.DAY: DAYS_PER_MONTH, SalaryUnit.HOUR: HOURS_PER_MONTH}
_UNIT_LABEL = {
    SalaryUnit.MONTH: "月薪",
    SalaryUnit.DAY: "日薪",
    SalaryUnit.HOUR: "时薪",
    SalaryUnit.PIECE: "计件",
}
NEUTRAL_SALARY_FIT = 0.5  # unknown fit neither rewards nor punishes much
NEUTRAL_OCCUPATION = 0.25  # an uncoded side: about what two unrelated trades in one group get


@dataclass(frozen=True, slots=True)
class Weights:
    semantic: float = 0.45
    keyword: float = 0.15
    occupation: float = 0.1
    distance: float = 0.15
    salary: float = 0.075
    freshness: float = 0.075
    fair: float = 0.05  # added while the posting's job fair runs: a time-boxed boost, not a factor
    wishes: float = 0.08  # times the share of the seeker's wishes a posting meets ("包吃住"); 0 without wishes
    # taken off a posting that requires a licence the person never mentions (`facts.Limits.unsaid`): demoted, not
    # left out, since people forget to list what they hold
    unsaid_licence: float = 0.2  # chosen on the 68 personas: 0.1 leaves s25 × 须持保安员证 in the top 5, 0.2-0.3 equal
    # taken off, times the pair's priors `added`, a posting silent on a family the person's limits refuse (nights,
    # loads, a full day, weekends) by how often postings of its kind demand it: demoted, never left out
    unsaid_prior: float = 0.1
    distance_half_km: float = 2.0  # a job this far away keeps half its distance score
    # The model's cosine between unrelated texts (m3e-small: about 0.66, so raw scores crowd into 0.62-0.78):
    # semantic = (cosine - floor) / (1 - floor), clipped to [0, 1], so what the job is can outweigh metres.
    semantic_floor: float = 0.0
    freshness_half_days: float = 14.0


@dataclass(frozen=True, slots=True)
class CandidateInputs:
    """What the database says about one candidate, beyond what the index knows."""

    salary_fit: float | None
    age_days: float
    keyword: float = 0.0  # BM25 of the asker's words in the candidate's text, in [0, 1]
    occupation: float | None = None  # agreement of the two sides' occupation codes; None: uncoded
    fair_running: bool = False  # its job fair is on now
    boost: float = 0.0  # already weighted, e.g. a priority group's when seekers are ranked for a job
    wishes: float = 0.0  # share of the seeker's wishes the pair meets (`facts.Limits.wishes_met`)
    unsaid: float = 0.0  # 1.0: the posting requires a licence the seeker never mentions (`facts.Limits.unsaid_in`)
    # `facts.priors.pair_priors`: by family, how likely the posting's kind demands what its text leaves unsaid and
    # the seeker refuses (nights, loads, a full day, weekends); 0 where either the text speaks or the seeker does not mind
    priors: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Factors:
    semantic: float
    distance: float
    salary: float | None
    freshness: float
    keyword: float
    occupation: float | None
    fair: float = 0.0
    wishes: float = 0.0
    unsaid: float = 0.0
    priors: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # `CandidateInputs.priors`


@dataclass(frozen=True, slots=True)
class Ranked:
    id: int
    score: float
    distance_km: float
    similarity: float
    factors: Factors


@dataclass(frozen=True, slots=True)
class RankedPage:
    items: list[Ranked]  # best first, the first k of the exact order
    total: int  # candidates in radius that the database confirmed or did not need to check
    stale: int  # index hits the database no longer confirms


InputsLoader = Callable[[Sequence[int]], Mapping[int, CandidateInputs]]


def semantic_of(similarity: npt.NDArray[np.floating], weights: Weights) -> npt.NDArray[np.float64]:
    """Cosine similarity on the model's own scale: 0 where unrelated texts sit, 1 for identical ones."""
    floor = weights.semantic_floor
    scaled = similarity.astype(np.float64)
    if floor:
        scaled = (scaled - floor) / (1.0 - floor)
    return np.clip(scaled, 0.0, 1.0)


def monthly_yuan(amount: float | None, unit: SalaryUnit) -> float | None:
    if amount is None or unit is SalaryUnit.PIECE:
        return None  # piece rates do not convert without an output figure
    return amount * _PER_MONTH[unit]


def offered_month(salary_min: float | None, salary_max: float | None, unit: SalaryUnit) -> float | None:
    """What a posting can pay a month: its maximum, else its minimum (None: neither stated, or a piece rate)."""
    return monthly_yuan(salary_max if salary_max is not None else salary_min, unit)


def salary_fit(
    job_max: float | None, job_unit: SalaryUnit, expected_min: float | None, expected_unit: SalaryUnit
) -> float | None:
    """1.0 when the job can pay what the seeker expects, less in proportion when it cannot."""
    offered = monthly_yuan(job_max, job_unit)
    expected = monthly_yuan(expected_min, expected_unit)
    if offered is None or expected is None or expected <= 0:
        return None
    return min(1.0, offered / expected)


def group_boost(boosts: Mapping[str, float], groups: Iterable[str]) -> float:
    """A seeker's boost when ranked for a job: the largest of their priority groups'."""
    return max((boosts.get(g, 0.0) for g in groups), default=0.0)


def rank_top_k(
    candidates: Candidates,
    load_inputs: InputsLoader,
    weights: Weights,
    k: int,
    *,
    batch: int = 64,
    max_boost: float = 0.0,
) -> RankedPage:
    """The exact top-k by full score, loading inputs only for candidates that could still enter it.

    Salary, freshness, keyword, occupation and the fair boost add at most their weights (and a
    candidate's own boost at most `max_boost`; an unsaid licence or prior only takes away), so a
    candidate whose semantic + distance part plus those weights cannot beat the current k-th score
    is never loaded.
    """
    semantic = semantic_of(candidates.similarity, weights)
    nearness = 0.5 ** (candidates.distance_km / weights.distance_half_km)
    partial = weights.semantic * semantic + weights.distance * nearness
    upper = (
        partial
        + weights.salary
        + weights.freshness
        + weights.keyword
        + weights.occupation
        + weights.fair
        + weights.wishes
        + max_boost
    )
    order = np.lexsort((candidates.ids, -partial))
    best: list[Ranked] = []
    stale = loaded = 0
    while loaded < len(order):
        if len(best) >= k and best[k - 1].score > upper[order[loaded]]:
            break
        rows = order[loaded : loaded + batch]
        loaded += len(rows)
        inputs = load_inputs([int(i) for i in candidates.ids[rows]])
        stale += len(rows) - len(inputs)
        best.extend(
            _score(candidates, int(r), inputs, semantic, nearness, weights)
            for r in rows
            if int(candidates.ids[r]) in inputs
        )
        best = heapq.nsmallest(k, best, key=_rank_key)  # only the k best can matter: no re-sort of all loaded
    return RankedPage(items=best, total=len(candidates) - stale, stale=stale)


@overload
def added(values: Iterable[float]) -> float: ...
@overload
def added(values: Iterable[npt.NDArray[np.float64]]) -> npt.NDArray[np.float64]: ...
def added(values: Iterable[Any]) -> Any:
    """The values added left to right from 0.0: the order the score table and the nightly kernel add them in.

    Given arrays, each element is added on its own, so the score table's columns (the rows of the transpose) give
    every row's total bit for bit as a candidate's own tuple does here.
    """
    total = 0.0
    for value in values:
        total += value
    return total


def _rank_key(ranked: Ranked) -> tuple[float, int]:
    return (-ranked.score, ranked.id)


def _score(
    candidates: Candidates,
    row: int,
    inputs: Mapping[int, CandidateInputs],
    semantic: np.ndarray,
    nearness: np.ndarray,
    weights: Weights,
) -> Ranked:
    item_id = int(candidates.ids[row])
    candidate = inputs[item_id]
    freshness = 0.5 ** (max(candidate.age_days, 0.0) / weights.freshness_half_days)
    salary = NEUTRAL_SALARY_FIT if candidate.salary_fit is None else candidate.salary_fit
    occupation = NEUTRAL_OCCUPATION if candidate.occupation is None else candidate.occupation
    fair = 1.0 if candidate.fair_running else 0.0
    factors = Factors(
        semantic=float(semantic[row]),
        distance=float(nearness[row]),
        salary=candidate.salary_fit,
        freshness=freshness,
        keyword=candidate.keyword,
        occupation=candidate.occupation,
        fair=fair,
        wishes=candidate.wishes,
        unsaid=candidate.unsaid,
        priors=candidate.priors,
    )
    score = (
        weights.semantic * factors.semantic
        + weights.distance * factors.distance
        + weights.salary * salary
        + weights.freshness * freshness
        + weights.keyword * min(max(candidate.keyword, 0.0), 1.0)
        + weights.occupation * occupation
        + weights.fair * fair
        + weights.wishes * candidate.wishes
        - weights.unsaid_licence * candidate.unsaid
        - weights.unsaid_prior * added(candidate.priors)
        + candidate.boost
    )
    return Ranked(item_id, score, float(candidates.distance_km[row]), float(candidates.similarity[row]), factors)


def shared_keyword(query: str, title: str, *, min_chars: int = 2, words: Collection[str] = ()) -> str:
    """The longest run of characters the seeker's words share with the title, else the title. Only whole words
    count: a run that begins the title, or one of `words` (occupation names, aliases, synonyms); so "班车司机"
    and "货车司机" share 司机, never the fragment 车司机. Both are read full-width folded (ＢＤ经理 shares BD经理 with
    BD经理助理); the run is quoted as the title writes it."""
    typed, query = Folding.of(title), folded(query)
    best, span = "", (0, 0)
    for start in range(len(typed.text)):
        for end in range(len(typed.text), start + max(min_chars, len(best) + 1) - 1, -1):
            run = typed.text[start:end]
            if run in query and (start == 0 or run in words):
                best, span = run, (start, end)
                break
    return typed.typed_span(*span).strip() or title


def salary_text(salary_min: float | None, salary_max: float | None, unit: SalaryUnit) -> str:
    amounts = [f"{a:g}" for a in (salary_min, salary_max) if a is not None]
    if not amounts:
        return "薪资面议"
    span = "–".join(dict.fromkeys(amounts))
    return f"{_UNIT_LABEL[unit]} {span}"


def explain(
    distance_km: float,
    keyword: str,
    salary: str,
    fit: float | None,
    *,
    occupation: str | None = None,
    placed_by: str | None = None,
    fair: str | None = None,
    programme: str = "",
    facts: Sequence[str] = (),
) -> str:
    """ "1.2 km · 电焊 · 职业相符：焊工 · 月薪 6000–8000 符合期望"; with no salary text, "薪资符合期望".

    `placed_by` names how an address-only posting was placed ("乡镇"): its distance is then
    approximate and says so ("约 1.2 km（按乡镇中心估算）"). `fair` names a running job fair, and
    `programme` the eligibility of a programme job ("符合见习条件：毕业2年内"); `facts` the seeker's written limits
    and wishes the posting honours ("可居家办公 · 符合你的要求", "包吃包住")."""
    if fit is not None:
        verdict = "符合期望" if fit >= 1.0 else "低于期望"
        salary = f"{salary} {verdict}" if salary else f"薪资{verdict}"
    agreed = f"职业相符：{occupation}" if occupation and occupation != keyword else ""
    distance = f"约 {distance_km:.1f} km（按{placed_by}中心估算）" if placed_by else f"{distance_km:.1f} km"
    at_fair = f"{fair}进行中" if fair else ""
    return " · ".join(p for p in (distance, keyword, agreed, *facts, salary, at_fair, programme) if p)
