"""What goes first: soon 零工, then preferred kinds, then the rest, each best first (the page's and the push's order)."""

from __future__ import annotations

import numpy as np

from matching.tiers import PREFERRED, REST, SOON, tiered_best, tiers_of


def test_soon_outranks_preferred_which_outranks_the_rest() -> None:
    ids = np.array([5, 6, 7, 8], np.int64)
    tier = tiers_of(ids, soon=np.array([7], np.int64), preferred=np.array([7, 8], np.int64))
    assert tier.tolist() == [REST, REST, SOON, PREFERRED]
    scores = np.array([0.9, 0.8, 0.1, 0.2])
    assert tiered_best(ids, scores, tier, None).tolist() == [2, 3, 0, 1]
    assert tiered_best(ids, scores, tier, 2).tolist() == [2, 3]
    assert tiered_best(ids, scores, None, None).tolist() == [0, 1, 3, 2]  # no tiers: by score alone


def test_nothing_asked_leaves_one_tier() -> None:
    ids = np.array([1, 2], np.int64)
    assert tiers_of(ids).tolist() == [REST, REST]
    assert tiers_of(ids, soon=np.zeros(0, np.int64)).tolist() == [REST, REST]
