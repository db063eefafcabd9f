"""Kept pages a change to postings cannot alter, told apart before the change feed drops them.

A kept page is dropped when any posting changes within its reach (`engine.pages`): at 1 M postings each edit dropped
some twenty pages a server process, almost all of which it could not have changed (bench/README.md, "Issue 27,
session 23"). A page reads of the postings in its reach only this: which are candidates and of which occupation
group (the total, the facets), which pass the asker's limits (the excluded count), which score at least the "good"
mark (whether the circle is thin), and, best first, those scoring at least the lowest score it read (`PageBasis`).
So a posting that is not on the page, is a candidate before and after the change or neither, keeps its group and
its verdict under the limits, stays on the same side of the good mark and scores below the lowest score read both
before and after cannot change it. Each is judged by the very search and scoring the page was built with, asked of
that one posting (`GeoIndex.search` among a few ids), with the page's own asking (the same time for freshness),
before the feed writes the batch and after; a page every posting of the batch is cleared of is then kept as built
after the batch. Scores are compared with a margin (`MARGIN`), so a posting scored one float rounding apart from
how the page scored it is never cleared by that rounding.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from app.metrics import MATCH_PAGES_JUDGED
from app.services.engine.matcher import Matcher
from app.services.engine.pages import CachedPage
from app.services.matching.job_pages import PageBasis
from app.services.matching.request import search
from matching.geo import GeoPoint
from matching.index import Candidates
from matching.score_rows import FloatArray, IntArray
from matching.score_table import score_ceiling

__all__ = ["MARGIN", "PageJudge"]

MARGIN = 1e-6  # scores are shown to 4 decimals; a float rounding is ~1e-16

# (occupation group, "scored" / "excluded" / "missing", score); None: no candidate
Verdict = tuple[int, str, float] | None


@dataclass(frozen=True, slots=True)
class Standing:
    """One posting as a page's own search would find it: inside the circle, and in the ring beyond."""

    inside: Verdict
    ring: Verdict  # only where the page searched the ring and the posting is not inside


class PageJudge:
    """The change feed's hook (`IndexFeed.on_jobs_changing`): before a batch of postings is written, the kept pages
    in reach of any of them and how each posting stands on each; after, which of those pages the batch left as they
    were, kept then as built after it."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher

    def before(self, ids: set[int], points: Sequence[GeoPoint], expires: Mapping[int, float]) -> Callable[[int], None]:
        """`points`: where the batch's postings were and will be; `expires`: when each of those written expires."""
        matcher = self._matcher
        pages = matcher.pages
        touched = matcher.feed.job_changes.touched
        judged: list[tuple[Hashable, CachedPage, PageBasis, dict[int, Standing]]] = []
        for key, page in pages.near(points):
            basis = page.basis
            # Left to be dropped: one with no basis, ranked in tiers, already changed by an earlier batch, or ending
            # sooner than it was built to because a posting of the batch now expires first.
            if (
                not isinstance(basis, PageBasis)
                or basis.tiered
                or basis.request.only_ids is not None
                or page.reach.changed(touched)
                or any(at < page.good_until for at in expires.values())
                or not ids.isdisjoint(page.shown)  # the page's postings, the ring's included
            ):
                continue
            judged.append((key, page, basis, _standings(matcher, basis, ids, matcher.thin.good_score)))

        def after(generation: int) -> None:
            for key, page, basis, was in judged:
                now = _standings(matcher, basis, ids, matcher.thin.good_score)
                cleared = all(_cleared(basis, was[i], now[i], matcher.thin.good_score) for i in ids)
                MATCH_PAGES_JUDGED.labels("kept" if cleared else "dropped").inc()
                if cleared:
                    pages.advance(key, page, generation)

        return after


def _standings(matcher: Matcher, basis: PageBasis, ids: set[int], good_score: float) -> dict[int, Standing]:
    request = replace(basis.request, only_ids=np.fromiter(ids, np.int64, len(ids)))
    inside_mark = min(basis.floor, good_score)
    inside = _verdicts(matcher, basis, search(matcher.job_index, request, ordered=False), inside_mark)
    ring: dict[int, Verdict] = {}
    beyond = ids - inside.keys()  # a posting inside is not asked again of the ring: the page counts it inside
    if basis.ring_floor is not None and request.ring_km is not None and beyond:
        wider = replace(request, radius_km=request.ring_km, only_ids=np.fromiter(beyond, np.int64, len(beyond)))
        ring = _verdicts(matcher, basis, search(matcher.job_index, wider, ordered=False), basis.ring_floor)
    return {i: Standing(inside.get(i), None if i in inside else ring.get(i)) for i in ids}


def _verdicts(matcher: Matcher, basis: PageBasis, candidates: Candidates, mark: float) -> dict[int, Verdict]:
    """The candidates scored as the page scored every one (`job_pages._scored`), where a bound allows no less: a
    candidate whose best possible score lies below `mark` has that bound stand for its score (all a judge asks of it
    then is that it is below). Two bounds, the cheaper first: `score_ceiling` (its similarity and distance, every
    other factor at its best), then `ScoreTable.ceilings` (its keyword, fair and wishes as scored too)."""
    table = matcher.job_scores
    ids = candidates.ids
    groups = np.full(len(ids), -1, np.int64) if candidates.groups is None else candidates.groups
    verdicts = table.verdicts(ids, basis.asked.limits)
    scored_at = np.array([at for at, v in enumerate(verdicts) if v == "scored"], np.int64)
    bound = score_ceiling(candidates.similarity, candidates.distance_km, matcher.weights)
    unsure = scored_at[bound[scored_at] >= mark - MARGIN]

    def of(at: IntArray) -> tuple[IntArray, npt.NDArray[np.float32], FloatArray]:
        return ids[at], candidates.similarity[at], candidates.distance_km[at]

    if len(unsure):
        closer = table.ceilings(*of(unsure), basis.asked, matcher.weights, matcher.coder.bm25)
        bound[unsure] = closer
        unsure = unsure[closer >= mark - MARGIN]
    out: dict[int, Verdict] = {
        int(ids[at]): (int(groups[at]), verdicts[at], float(bound[at])) for at in range(len(ids))
    }
    if len(unsure):
        coder = matcher.coder
        scored = table.score(*of(unsure), basis.asked, matcher.weights, coder.bm25, coder.catalog.agreement_of)
        group_of = dict(zip(ids[unsure].tolist(), groups[unsure].tolist()))
        for item_id in group_of:  # one not scored now was written between `verdicts` and `score`: never cleared
            out[item_id] = (group_of[item_id], "missing", math.nan)
        for item_id, score in zip(scored.ids.tolist(), scored.scores.tolist()):
            out[item_id] = (group_of[item_id], "scored", score)
    return out


def _cleared(basis: PageBasis, was: Standing, now: Standing, good_score: float) -> bool:
    """Whether a posting standing `was` before a change and `now` after it leaves the page as it was."""
    inside = _same(was.inside, now.inside, basis.floor, good_score)
    ring = basis.ring_floor is None or _same(was.ring, now.ring, basis.ring_floor, None)
    return inside and ring


def _same(was: Verdict, now: Verdict, floor: float, good_score: float | None) -> bool:
    if was is None or now is None:
        return was is None and now is None  # a candidate neither time; else one came or went: the counts change
    (group, verdict, before), (group_now, verdict_now, after) = was, now
    if group != group_now or verdict != verdict_now or verdict == "missing":
        return False
    if verdict == "excluded":
        return True  # counted among the excluded both times, scored neither
    below = before < floor - MARGIN and after < floor - MARGIN
    return below and (good_score is None or _side(before, good_score) == _side(after, good_score) != 0)


def _side(score: float, mark: float) -> int:
    """1 above the mark, -1 below, 0 too close to tell."""
    return 0 if abs(score - mark) <= MARGIN else (1 if score > mark else -1)
