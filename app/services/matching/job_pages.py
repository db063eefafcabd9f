"""A page of jobs: every posting in reach scored in memory, the page confirmed by the database, the wider ring."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.schemas.common import ExpectedSalary
from app.schemas.match import (
    JobMatch,
    MatchPage,
)
from app.services.engine.eligibility import local_today
from app.services.engine.index_feed import micros
from app.services.engine.matcher import Matcher
from app.services.engine.occupations import facets
from app.services.engine.texts import stored_facts
from app.services.matching.explanations import job_match, programme_words
from app.services.matching.gigs import FREE_HONOURED, SOON_SORT, GigVerdicts, asks_gigs, judge_gigs
from app.services.matching.request import Request, search
from app.services.postings.jobs import ShownJob, shown_jobs
from app.services.postings.livestreams import FairsNow, fairs_now
from matching.facts import Limits, words_of
from matching.index import Candidates
from matching.ranking import (
    Ranked,
    monthly_yuan,
)
from matching.score_table import Asked, Scored
from matching.tiers import tiers_of

CONFIRM_SPARE = 4  # read a few past the page at once: a stale one then needs no second query


@dataclass(frozen=True, slots=True)
class PageBasis:
    """What a page read of the postings in its reach, so that a change to one of them can be judged before the page
    is dropped (`clearance`): a scored candidate below `floor` was never read for the page, nor one of the ring's
    below `ring_floor`; `-inf`: every one was read."""

    request: Request
    asked: Asked
    floor: float
    ring_floor: float | None  # None: the ring was not searched (the circle was not thin)
    tiered: bool  # ranked in tiers before scores: no floor says what a change would move


def job_page(
    session: Session,
    matcher: Matcher,
    request: Request,
    *,
    now: datetime | None = None,
    on_now: FairsNow | None = None,
) -> MatchPage:
    """Every posting within reach scored in memory (`ScoreTable`), then only the page read from the database."""
    return job_page_and_basis(session, matcher, request, now=now, on_now=on_now)[0]


def job_page_and_basis(
    session: Session,
    matcher: Matcher,
    request: Request,
    *,
    now: datetime | None = None,
    on_now: FairsNow | None = None,
) -> tuple[MatchPage, PageBasis]:
    """`job_page`, and what it read of the postings in its reach (`PageBasis`)."""
    now = now or utcnow()
    # running (the boost) and streaming (直播带岗), in one statement
    fairs, lives = on_now if on_now is not None else fairs_now(session, now)
    gigs, judged = GigVerdicts(), asks_gigs(request.gigs, request.kind_mask)
    if judged:
        assert request.gigs is not None
        gigs = judge_gigs(session, request.gigs, request.point, request.ring_km or request.radius_km, request.radius_km)
        request = replace(request, exclude_ids=_joined(request.exclude_ids, gigs.unfit))
    first = gigs.soon if request.gigs is not None and request.gigs.soon_first else None
    candidates = search(matcher.job_index, request, ordered=False)  # ranked here, by the full score
    asked = Asked(
        request.terms,
        [(c.code, c.confidence) for c in request.codes],
        _expected_month(request.expected),
        micros(now),
        fairs.keys(),
        request.limits,
    )
    scored = _tiered(matcher, request, candidates, _scored(matcher, candidates, asked), first)
    jobs, ranked, stale, unfit, floor = _confirmed(
        session, scored, candidates, request.offset + request.limit, now, request.limits
    )
    programme = programme_words(request.applicant)
    vocabulary = matcher.coder.words
    items = [job_match(jobs[r.id], r, request, fairs, programme, vocabulary, lives) for r in ranked[request.offset :]]
    good = int((scored.scores >= matcher.thin.good_score).sum()) - stale - unfit
    thin = request.ring_km is not None and good < matcher.thin.good
    beyond, ring_floor = (
        _beyond(session, matcher, request, candidates, asked, now, fairs, programme, lives) if thin else ([], None)
    )
    tiered = scored.tier is not None
    page = MatchPage(
        items=items,
        total=len(scored) - stale - unfit,
        limit=request.limit,
        offset=request.offset,
        radius_km=request.radius_km,
        facets=facets(matcher.coder.catalog, candidates),
        honoured=[words_of(f) for f in dict.fromkeys(f for _, f in request.limits.because)]
        + ([FREE_HONOURED] if judged and request.gigs is not None and request.gigs.free is not None else []),
        excluded=scored.excluded + unfit + gigs.unfit_inside,
        thin=thin,
        beyond=beyond,
        sorted_by=SOON_SORT if first is not None and len(first) else None,
        request_id=uuid.uuid4().hex,
    )
    return page, PageBasis(request, asked, floor, ring_floor, tiered)


def _tiered(
    matcher: Matcher, request: Request, candidates: Candidates, scored: Scored, soon: np.ndarray | None
) -> Scored:
    """The scores in tiers (`matching.tiers`, as the nightly push orders them), each best first: 零工 on today or
    tomorrow (when asked), then the preferred kinds (零工优先), then the rest. Which candidates are of the preferred
    kinds, a second search of the same circle narrowed to them says: the index alone holds each posting's kind."""
    if not request.prefer_mask and (soon is None or not len(soon)):
        return scored
    preferred = None
    if request.prefer_mask:
        narrowed = replace(request, kind_mask=request.kind_mask & request.prefer_mask)
        preferred = search(matcher.job_index, narrowed, ordered=False).ids
    return replace(scored, tier=tiers_of(scored.ids, soon=soon, preferred=preferred))


def _joined(ids: np.ndarray | None, more: np.ndarray) -> np.ndarray | None:
    if not len(more):
        return ids
    return more if ids is None else np.concatenate([ids, more])


def _scored(matcher: Matcher, candidates: Candidates, asked: Asked) -> Scored:
    """Every candidate's full score from the in-memory table (`ScoreTable.score`)."""
    return matcher.job_scores.score(
        candidates.ids,
        candidates.similarity,
        candidates.distance_km,
        asked,
        matcher.weights,
        matcher.coder.bm25,
        matcher.coder.catalog.agreement_of,
    )


def _beyond(
    session: Session,
    matcher: Matcher,
    request: Request,
    inside: Candidates,
    asked: Asked,
    now: datetime,
    fairs: Mapping[int, str],
    programme: Callable[[str], str],
    lives: Mapping[int, str],
) -> tuple[list[JobMatch], float]:
    """The best good matches between the radius and the wider ring, each labelled 超出N公里 with its distance: the
    same limits, kinds and scoring, the circle's own postings left out; and the lowest score read of the ring."""
    assert request.ring_km is not None
    seen = inside.ids if request.exclude_ids is None else np.concatenate([inside.ids, request.exclude_ids])
    ring = replace(request, radius_km=request.ring_km, exclude_ids=seen, offset=0, limit=matcher.thin.good)
    candidates = search(matcher.job_index, ring, ordered=False)
    scored = _scored(matcher, candidates, asked)
    jobs, ranked, _, _, floor = _confirmed(session, scored, candidates, ring.limit, now, request.limits)
    label = f"超出{request.radius_km:g}公里"
    out = []
    for r in ranked:
        if r.score < matcher.thin.good_score:
            break  # best first: the rest are no better
        match = job_match(jobs[r.id], r, request, fairs, programme, matcher.coder.words, lives)
        out.append(match.model_copy(update={"explanation": f"{label} · {match.explanation}"}))
    return out, floor


def _confirmed(
    session: Session,
    scored: Scored,
    candidates: Candidates,
    k: int,
    now: datetime,
    limits: Limits,
) -> tuple[dict[int, ShownJob], list[Ranked], int, int, float]:
    """The k best that the database confirms, best first; how many it did not (the index is never trusted
    over it: a posting closed, merged or expired since the feed last ran is passed over, the next one taken); how
    many the asker's stated age, schooling or hours rule out (`Limits.fits`, read from the row's facts); and the
    lowest score read (-inf where every candidate was: then no score of theirs is beneath the page's notice)."""
    jobs: dict[int, ShownJob] = {}
    ranked: list[Ranked] = []
    stale = unfit = 0
    today = local_today(now)  # ages and birth years are judged on the local date, as the pushes judge them
    order = scored.best(k + CONFIRM_SPARE)
    at = 0
    while len(ranked) < k and at < len(order):
        positions = order[at : at + k - len(ranked) + CONFIRM_SPARE]
        at += len(positions)
        ids = [int(i) for i in scored.ids[positions]]
        # By primary key alone, then judged here: with the status in the WHERE, SQLite walks the status index over
        # every open posting.
        rows = {
            j.id: j
            for j in shown_jobs(session, ids)
            if j.status == "open" and j.duplicate_of_id is None and (j.valid_until is None or j.valid_until > now)
        }
        for p in positions.tolist():
            job = rows.get(int(scored.ids[p]))
            if job is None:
                stale += 1
            elif limits.checks_values and not limits.fits(stored_facts(job), today):
                unfit += 1
            elif len(ranked) < k:
                jobs[job.id] = job
                c = int(scored.positions[p])
                ranked.append(scored.ranked(p, float(candidates.distance_km[c]), float(candidates.similarity[c])))
        if len(ranked) < k and at == len(order) and len(order) < len(scored):
            order = scored.best(None)  # more stale than spared for: the whole order, rarely
    floor = float(scored.scores[order[:at]].min()) if 0 < at < len(scored) else -math.inf
    return jobs, ranked, stale, unfit, floor


def _expected_month(expected: ExpectedSalary | None) -> float | None:
    return None if expected is None else monthly_yuan(expected.min, expected.unit)
