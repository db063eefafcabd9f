"""Ranking metrics over graded relevance: nDCG@k, Recall@k, MRR."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def ndcg(ranked: Sequence[str], grades: Mapping[str, int], k: int) -> float:
    gains = [grades.get(i, 0) for i in ranked[:k]]
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = _dcg(ideal)
    return _dcg(gains) / idcg if idcg else 0.0


def recall(ranked: Sequence[str], grades: Mapping[str, int], k: int) -> float:
    relevant = {i for i, g in grades.items() if g > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: Sequence[str], grades: Mapping[str, int]) -> float:
    return next((1.0 / (r + 1) for r, i in enumerate(ranked) if grades.get(i, 0) > 0), 0.0)


def _dcg(gains: Sequence[int]) -> float:
    return sum((2**g - 1) / math.log2(r + 2) for r, g in enumerate(gains))
