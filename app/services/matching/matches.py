"""Matching use-cases: jobs for a seeker, seekers for a job, and anonymous searches."""

from __future__ import annotations

import functools
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.metrics import MATCH_PAGES, MATCH_SECONDS, SEARCH_SECONDS
from app.models import Job, Jobseeker, ShownMatch
from app.models.base import utcnow
from app.schemas.common import ExpectedSalary
from app.schemas.match import (
    JobMatch,
    MaskedSeeker,
    MatchPage,
    MatchQuery,
    Reasons,
    SearchedPlace,
    SearchRequest,
    SeekerMatch,
    SeekerMatchPage,
)
from app.services.engine.availability import free_times_from, seeker_free_times
from app.services.engine.eligibility import applicant_of, limits_of, local_today, seeker_mask
from app.services.engine.index_feed import APPROXIMATE, micros
from app.services.engine.matcher import Matcher
from app.services.engine.occupations import codes_out, facets, filter_range
from app.services.engine.pages import Fingerprint
from app.services.engine.texts import stored_codes, stored_facts, stored_priors, text_of, title_and_body
from app.services.errors import InvalidField
from app.services.funnel.events import dismissed_jobs
from app.services.identity.access import require_seeker
from app.services.identity.principal import Principal
from app.services.matching.applicants import applicants, seeker_card
from app.services.matching.gigs import FREE_HONOURED, SOON_SORT, GigAsk, GigVerdicts, asks_gigs, gig_words, judge_gigs
from app.services.places.coordinates import check_radius, location_out, to_stored_point
from app.services.postings.fairs import check_fair
from app.services.postings.jobs import ShownJob, job_summary, load_owned_job, open_versions, shown_jobs
from app.services.postings.livestreams import FairsNow, fairs_now
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import expected_salary, load_jobseeker, seeker_columns
from app.services.storage import insert_ignoring_duplicates
from app.vocabulary import job_mask
from matching.coding import document_terms
from matching.facts import Fact, Limits, explain_facts, job_bits, seeker_facts, seeker_limits, words_of
from matching.facts.priors import FAMILIES, UNSAID_WORDS, pair_priors, prior_words, seeker_flags
from matching.geo import GeoPoint
from matching.index import Candidates, GeoIndex
from matching.occupations import Coded
from matching.places import PRECISION_WORDS, Precision
from matching.programmes import Applicant, verdict
from matching.ranking import (
    CandidateInputs,
    InputsLoader,
    Ranked,
    RankedPage,
    SalaryUnit,
    added,
    explain,
    monthly_yuan,
    offered_month,
    rank_top_k,
    salary_fit,
    salary_text,
    shared_keyword,
)
from matching.score_table import Asked, Scored
from matching.shifts import fit
from matching.tiers import tiers_of

SECONDS_PER_DAY = 86400.0
CONFIRM_SPARE = 4  # read a few past the page at once: a stale one then needs no second query
OCCUPATION_SHOWN = 0.5  # agreement at which the explanation names the occupation


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    """One match request, whoever asked: where, how far, what for, and which kinds."""

    point: GeoPoint
    radius_km: float
    vector: np.ndarray
    text: str
    terms: list[str]  # what the asker said, for keyword relevance (synonyms expanded)
    codes: list[Coded]  # the asker's occupation codes
    kind_mask: int
    expected: ExpectedSalary | None
    limit: int
    offset: int
    groups: tuple[int, int] | None = None  # occupation filter
    only_ids: np.ndarray | None = None  # e.g. one fair's postings
    exclude_flags: int = 0  # e.g. postings placed only approximately
    exclude_ids: np.ndarray | None = None  # e.g. jobs the seeker dismissed
    applicant: Applicant | None = None  # the asking seeker's, to explain programme eligibility
    limits: Limits = field(default_factory=Limits)  # what the asker's own words rule out and wish for
    ring_km: float | None = None  # a seeker's own page: how far the wider ring reaches when the circle is thin
    served: Mapping[str, str] = field(default_factory=dict)  # civilian code -> the veteran's specialty it came from
    prefer_mask: int = 0  # kinds shown before the others (零工优先); 0: by score alone
    gigs: GigAsk | None = None  # 零工: the asker's free times (a hard limit on shifts) and soon-first


@MATCH_SECONDS.labels("jobs_for_seeker").time()
def matches_for_seeker(
    session: Session, matcher: Matcher, principal: Principal, seeker_id: int, query: MatchQuery
) -> MatchPage:
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code)
    return _built_page(session, matcher, seeker, query, dismissed_jobs(session, seeker.id))


def _built_page(
    session: Session, matcher: Matcher, seeker: Jobseeker, query: MatchQuery, dismissed: list[int]
) -> MatchPage:
    """A seeker's page built afresh, a fair's page restricted to that fair's postings."""
    request = _seeker_request(matcher, seeker, query, dismissed)
    return _job_page(session, matcher, replace(request, only_ids=_fair_jobs(session, query.fair_id)))


@MATCH_SECONDS.labels("jobs_for_seeker").time()
def matches_for_seeker_json(
    session: Session, matcher: Matcher, principal: Principal, seeker_id: int, query: MatchQuery
) -> bytes:
    """`matches_for_seeker` as its JSON, served again from `matcher.pages` while the database agrees with it: the
    seeker's row, their dismissals, the fairs on now, the day and the job index's generation are read afresh each
    time and must all equal what the page was built from (`app.services.engine.pages`)."""
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code)
    dismissed = dismissed_jobs(session, seeker.id)
    if not matcher.pages.enabled or not _cacheable(seeker, query):
        MATCH_PAGES.labels("uncached").inc()
        return _built_page(session, matcher, seeker, query, dismissed).model_dump_json().encode()
    now = utcnow()
    fairs = fairs_now(session, now)
    key = (seeker_id, query.model_dump_json())
    print_ = Fingerprint(
        seeker_columns(seeker),
        tuple(dismissed),
        (fairs.running, fairs.lives),
        local_today(),
        matcher.feed.job_generation,  # before the index is read: a change during the build makes the page stale
    )
    cached = matcher.pages.get(key, print_)
    if cached is not None and open_versions(session, list(cached.shown), now) == cached.shown:
        MATCH_PAGES.labels("kept").inc()
        return cached.body(uuid.uuid4().hex)  # every posting it shows is still open, unexpired and unchanged
    MATCH_PAGES.labels("built").inc()
    page = _job_page(session, matcher, _seeker_request(matcher, seeker, query, dismissed), now=now, on_now=fairs)
    body = page.model_dump_json().encode()
    ids = [m.job.id for m in (*page.items, *page.beyond)]
    shown = open_versions(session, ids, now)
    if len(shown) == len(ids):  # else one closed while the page was built: it is not kept
        matcher.pages.put(key, print_, body, shown)
    return body


def _cacheable(seeker: Jobseeker, query: MatchQuery) -> bool:
    """Pages that read only the seeker's row and the job index: not one fair's (its postings are read from the
    database), not one that judges 零工 shifts (read from the database too)."""
    return query.fair_id is None and not asks_gigs(_gig_ask(seeker, query, stored_facts(seeker)), _kinds(seeker, query))


def _kinds(seeker: Jobseeker, query: MatchQuery) -> int:
    mask = seeker_mask(seeker.job_types, applicant_of(seeker), local_today())
    return mask if query.job_type is None else mask & job_mask(query.job_type)


def _gig_ask(seeker: Jobseeker, query: MatchQuery, facts: list[Fact]) -> GigAsk:
    return GigAsk(
        seeker_free_times(seeker.free_times, facts),
        seeker.gigs_soon_first if query.gigs_soon_first is None else query.gigs_soon_first,
        local_today(),
    )


def _seeker_request(matcher: Matcher, seeker: Jobseeker, query: MatchQuery, dismissed: list[int]) -> Request:
    facts = stored_facts(seeker)
    return Request(
        point=GeoPoint(seeker.lat, seeker.lon),
        radius_km=check_radius(query.radius_km or seeker.radius_km, matcher.max_radius_km),
        vector=seeker.vector(),
        text=text_of(seeker),
        terms=matcher.coder.query_terms(*title_and_body(seeker)),
        codes=stored_codes(seeker),
        kind_mask=_kinds(seeker, query),
        expected=expected_salary(seeker),
        limit=query.limit,
        offset=query.offset,
        groups=_groups(matcher, query.occupation),
        exclude_flags=_excluded(query.include_approximate),
        exclude_ids=np.array(dismissed, dtype=np.int64),
        applicant=applicant_of(seeker),
        limits=limits_of(facts, seeker.priority_groups),
        ring_km=_ring(matcher, query, seeker.radius_km),
        served={str(c["code"]): str(c["via"]) for c in seeker.occupations or [] if c.get("via")},
        gigs=_gig_ask(seeker, query, facts),
    )


@SEARCH_SECONDS.time()
def search_jobs(session: Session, matcher: Matcher, body: SearchRequest) -> MatchPage:
    mask = job_mask(body.job_type) if body.job_type else seeker_mask([], Applicant(), None)
    radius_km = check_radius(body.radius_km or matcher.default_radius_km, matcher.max_radius_km)
    groups = _groups(matcher, body.occupation)
    vector = matcher.embedder.embed([body.text])[0]
    codes = matcher.coder.code(body.text, title_vector=vector)  # the text is the title: embedded once
    said = [f for f in seeker_facts(body.text, "") if not f.sensitive]  # no consent to hold health facts here
    point, place = _search_point(matcher, body)
    request = Request(
        point=point,
        radius_km=radius_km,
        vector=vector,
        text=body.text,
        terms=matcher.coder.query_terms(body.text),
        codes=codes,
        kind_mask=mask,
        expected=body.expected_salary,
        limit=body.limit,
        offset=body.offset,
        groups=groups,
        only_ids=_fair_jobs(session, body.fair_id),
        exclude_flags=_excluded(body.include_approximate),
        limits=replace(seeker_limits(said), unsaid=0),  # a search is no profile: nothing in it is "unmentioned"
        prefer_mask=job_mask(body.prefer_job_type) if body.prefer_job_type else 0,
        gigs=GigAsk(free_times_from(body.free_times), body.gigs_soon_first, local_today()),
    )
    page = _job_page(session, matcher, request)
    return page if place is None else page.model_copy(update={"searched_from": place})


def search_jobs_json(session: Session, matcher: Matcher, body: SearchRequest) -> bytes:
    """`search_jobs` as its JSON, rendered in the worker thread (the route sends it as it is)."""
    return search_jobs(session, matcher, body).model_dump_json().encode()


def _search_point(matcher: Matcher, body: SearchRequest) -> tuple[GeoPoint, SearchedPlace | None]:
    """The point to search around: the location given, or the centre of the place named."""
    if body.location is None and body.place is None:
        raise InvalidField("location", "请给出位置（location），或给出地名（place，如「明光路」）")
    if body.location is not None and body.place is not None:
        raise InvalidField("place", "位置（location）和地名（place）只给一个")
    if body.location is not None:
        return to_stored_point(body.location), None
    assert body.place is not None
    located = matcher.gazetteer.locate_name(body.place)
    if located is None:
        raise InvalidField(
            "place", f"安徽的地名表里没有找到「{body.place}」：请写社区、街道、乡镇或区县的名字，如「明光路」"
        )
    found = located.place
    return found.point, SearchedPlace(
        code=found.code,
        name=found.name,
        precision=located.precision.value,
        county=found.county,
        location=location_out(found.point.lat, found.point.lon),
    )


@MATCH_SECONDS.labels("seekers_for_job").time()
def seekers_for_job(
    session: Session, matcher: Matcher, vault: Vault, principal: Principal, job_id: int, query: MatchQuery
) -> SeekerMatchPage:
    """Nearby seekers for the employer (or its district's staff), masked; both radii apply."""
    job = load_owned_job(session, principal, job_id)
    asked_km = check_radius(query.radius_km or matcher.max_radius_km, matcher.max_radius_km)
    radius_km = min(asked_km, job.hiring_radius_km or asked_km)
    request = Request(
        point=GeoPoint(job.lat, job.lon),
        radius_km=radius_km,
        vector=job.vector(),
        text=job.title,
        terms=matcher.coder.query_terms(*title_and_body(job)),
        codes=stored_codes(job),
        kind_mask=job_mask(job.job_type),
        expected=None,
        limit=query.limit,
        offset=query.offset,
        groups=_groups(matcher, query.occupation),
    )
    seekers: dict[int, Jobseeker] = {}
    limits: dict[int, Limits] = {}
    today = local_today()
    keyword = matcher.coder.keyword_scorer(request.terms)
    job_facts = stored_facts(job)
    bits = job_bits(job_facts)
    priors = stored_priors(job)
    gig_fits: dict[int, str] = {}

    def load(ids: Sequence[int]) -> Mapping[int, CandidateInputs]:
        rows = []
        for s in session.scalars(select(Jobseeker).options(defer(Jobseeker.embedding)).where(Jobseeker.id.in_(ids))):
            facts = stored_facts(s)
            said = limits_of(facts, s.priority_groups)
            free = seeker_free_times(s.free_times, facts)
            shifts = fit(job.shifts or [], free, today) if job.job_type == "gig" else None
            if shifts is not None and not shifts.holds:
                continue  # a 零工 shift outside the person's free times: never offered, either way round
            if (
                verdict(job.job_type, applicant_of(s), today).eligible
                and said.admits(bits)
                and said.fits(job_facts, today)
            ):
                rows.append(s)  # the index holds a superset over time; a person's written limits are judged here
                limits[s.id] = said
                gig_fits[s.id] = shifts.why.replace("您的", "其") if shifts is not None else ""  # the employer reads it
        seekers.update((s.id, s) for s in rows)
        now = utcnow()
        return {
            s.id: _inputs(
                matcher,
                request,
                keyword,
                s,
                _seeker_fit(job, s),
                _age_days(s.updated_at, now),
                boost=matcher.boost_of(s.priority_groups),
                wishes=limits[s.id].wishes_met(bits),
                unsaid=limits[s.id].unsaid_in(bits),
                priors=pair_priors(seeker_flags(limits[s.id]), priors),
            )
            for s in rows
        }

    page = _rank(matcher, matcher.seeker_index, request, load, max_boost=matcher.max_boost)
    shown = page.items[request.offset :]
    applied = applicants(session, job.id, [r.id for r in shown])
    if principal.is_member_of(job.employer_id):  # what the employer saw links it to these seekers (events.met)
        insert_ignoring_duplicates(session, ShownMatch, [{"job_id": job.id, "jobseeker_id": r.id} for r in shown])
    items = [
        _seeker_match(
            seeker_card(session, vault, principal, seekers[r.id], job.id, r.id in applied),
            seekers[r.id],
            job,
            r,
            today,
            [
                w
                for w in (
                    gig_fits.get(r.id),
                    *_with_priors(explain_facts(limits[r.id], bits, job_facts, employer=True), r, job),
                )
                if w
            ],
            matcher.coder.words,
        )
        for r in shown
    ]
    return SeekerMatchPage(
        items=items,
        total=page.total,
        limit=request.limit,
        offset=request.offset,
        radius_km=radius_km,
        request_id=uuid.uuid4().hex,
    )


def _ring(matcher: Matcher, query: MatchQuery, radius_km: float) -> float | None:
    """How far the wider ring reaches for a seeker's first page; None where it does not apply."""
    if matcher.thin.good <= 0 or query.offset or query.radius_km is not None:
        return None  # a seeker who chose a radius for this page gets exactly that
    return min(radius_km * matcher.thin.ring, matcher.max_radius_km)


def _job_page(
    session: Session,
    matcher: Matcher,
    request: Request,
    *,
    now: datetime | None = None,
    on_now: FairsNow | None = None,
) -> MatchPage:
    """Every posting within reach scored in memory (`ScoreTable`), then only the page read from the database."""
    now = now or utcnow()
    # running (the boost) and streaming (直播带岗), in one statement
    fairs, lives = on_now if on_now is not None else fairs_now(session, now)
    gigs, judged = GigVerdicts(), asks_gigs(request.gigs, request.kind_mask)
    if judged:
        assert request.gigs is not None
        gigs = judge_gigs(session, request.gigs, request.point, request.ring_km or request.radius_km, request.radius_km)
        request = replace(request, exclude_ids=_joined(request.exclude_ids, gigs.unfit))
    first = gigs.soon if request.gigs is not None and request.gigs.soon_first else None
    candidates = _search(matcher.job_index, request, ordered=False)  # ranked here, by the full score
    asked = Asked(
        request.terms,
        [(c.code, c.confidence) for c in request.codes],
        _expected_month(request.expected),
        micros(now),
        fairs.keys(),
        request.limits,
    )
    scored = _tiered(matcher, request, candidates, _scored(matcher, candidates, asked), first)
    jobs, ranked, stale, unfit = _confirmed(
        session, scored, candidates, request.offset + request.limit, now, request.limits
    )
    programme = _programme_words(request.applicant)
    vocabulary = matcher.coder.words
    items = [_job_match(jobs[r.id], r, request, fairs, programme, vocabulary, lives) for r in ranked[request.offset :]]
    good = int((scored.scores >= matcher.thin.good_score).sum()) - stale - unfit
    thin = request.ring_km is not None and good < matcher.thin.good
    beyond = _beyond(session, matcher, request, candidates, asked, now, fairs, programme, lives) if thin else []
    return MatchPage(
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
        preferred = _search(matcher.job_index, narrowed, ordered=False).ids
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
) -> list[JobMatch]:
    """The best good matches between the radius and the wider ring, each labelled 超出N公里 with its distance: the
    same limits, kinds and scoring, the circle's own postings left out."""
    assert request.ring_km is not None
    seen = inside.ids if request.exclude_ids is None else np.concatenate([inside.ids, request.exclude_ids])
    ring = replace(request, radius_km=request.ring_km, exclude_ids=seen, offset=0, limit=matcher.thin.good)
    candidates = _search(matcher.job_index, ring, ordered=False)
    scored = _scored(matcher, candidates, asked)
    jobs, ranked, _, _ = _confirmed(session, scored, candidates, ring.limit, now, request.limits)
    label = f"超出{request.radius_km:g}公里"
    out = []
    for r in ranked:
        if r.score < matcher.thin.good_score:
            break  # best first: the rest are no better
        match = _job_match(jobs[r.id], r, request, fairs, programme, matcher.coder.words, lives)
        out.append(match.model_copy(update={"explanation": f"{label} · {match.explanation}"}))
    return out


def _confirmed(
    session: Session,
    scored: Scored,
    candidates: Candidates,
    k: int,
    now: datetime,
    limits: Limits,
) -> tuple[dict[int, ShownJob], list[Ranked], int, int]:
    """The k best that the database confirms, best first; how many it did not (the index is never trusted
    over it: a posting closed, merged or expired since the feed last ran is passed over, the next one taken); and
    how many the asker's stated age, schooling or hours rule out (`Limits.fits`, read from the row's facts)."""
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
    return jobs, ranked, stale, unfit


def _expected_month(expected: ExpectedSalary | None) -> float | None:
    return None if expected is None else monthly_yuan(expected.min, expected.unit)


def _inputs(
    matcher: Matcher,
    request: Request,
    keyword_of: Callable[[Sequence[str]], float],
    row: Job | Jobseeker,
    fit: float | None,
    age_days: float,
    *,
    fair_running: bool = False,
    boost: float = 0.0,
    wishes: float = 0.0,
    unsaid: float = 0.0,
    priors: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0),
) -> CandidateInputs:
    """Keyword relevance (`keyword_of`: the request's prepared BM25) and occupation agreement of one loaded
    candidate, with its salary and age."""
    codes = stored_codes(row)
    keyword = keyword_of(document_terms(*title_and_body(row)))
    occupation = matcher.coder.agreement(request.codes, codes) if codes and request.codes else None
    return CandidateInputs(fit, age_days, keyword, occupation, fair_running, boost, wishes, unsaid, priors)


def _rank(
    matcher: Matcher, index: GeoIndex, request: Request, load: InputsLoader, max_boost: float = 0.0
) -> RankedPage:
    return rank_top_k(
        _search(index, request), load, matcher.weights, request.offset + request.limit, max_boost=max_boost
    )


def _search(index: GeoIndex, request: Request, *, ordered: bool = True) -> Candidates:
    return index.search(
        request.point,
        request.radius_km,
        request.vector,
        kind_mask=request.kind_mask,
        now=time.time(),
        groups=request.groups,
        exclude_flags=request.exclude_flags,
        only_ids=request.only_ids,
        exclude_ids=request.exclude_ids,
        ordered=ordered,
    )


def _groups(matcher: Matcher, occupation: str | None) -> tuple[int, int] | None:
    return None if occupation is None else filter_range(matcher.coder.catalog, occupation)


def _fair_jobs(session: Session, fair_id: int | None) -> np.ndarray | None:
    """The ids a fair-only request may return (checked in the index, so top-k stays exact)."""
    if fair_id is None:
        return None
    check_fair(session, fair_id)
    ids = session.scalars(select(Job.id).where(Job.fair_id == fair_id, Job.status == "open")).all()
    return np.array(ids, dtype=np.int64)


def _placed_by(job: ShownJob) -> str | None:
    """How an address-only posting was placed ("乡镇"), so its distance reads as approximate."""
    precision = Precision(job.location_precision)
    return None if precision is Precision.POINT else PRECISION_WORDS[precision]


def _excluded(include_approximate: bool) -> int:
    return 0 if include_approximate else APPROXIMATE


def _programme_words(applicant: Applicant | None) -> Callable[[str], str]:
    """The seeker's eligibility words for a job type ("符合见习条件：毕业2年内"), worked out once a page: every
    posting of one type shares them. None (an anonymous search): no words."""
    if applicant is None:
        return lambda _job_type: ""
    today = local_today()
    return functools.cache(lambda job_type: verdict(job_type, applicant, today).explanation)


def _job_match(
    job: ShownJob,
    ranked: Ranked,
    request: Request,
    fairs: Mapping[int, str],
    programme: Callable[[str], str],
    vocabulary: Collection[str],
    lives: Mapping[int, str],
) -> JobMatch:
    unit = SalaryUnit(job.salary_unit)
    live = lives.get(job.fair_id) if job.fair_id is not None else None
    codes = stored_codes(job)
    words = explain(
        ranked.distance_km,
        shared_keyword(request.text, job.title, words=vocabulary),
        salary_text(job.salary_min, job.salary_max, unit),
        ranked.factors.salary,
        occupation=_agreed_name(codes, ranked),
        placed_by=_placed_by(job),
        fair=fairs.get(job.fair_id) if job.fair_id is not None else None,
        programme=programme(job.job_type),
        facts=gig_words(job.shifts, job.job_type, request.gigs)
        + _fact_words(request.limits, job, ranked)
        + _served_words(request.served, codes)
        + ([live] if live else []),
    )
    return JobMatch(
        job=job_summary(job),
        employer_name=job.employer_name,
        score=round(ranked.score, 4),
        distance_km=round(ranked.distance_km, 3),
        reasons=_reasons(ranked, codes),
        explanation=words,
        livestream=live,
    )


def _served_words(served: Mapping[str, str], codes: list[Coded]) -> list[str]:
    """「退役军人专业相符：汽车兵 → 道路货运汽车驾驶员」 when the posting is what the veteran's specialty maps to."""
    if not codes or codes[0].code not in served:
        return []
    return [f"退役军人专业相符：{served[codes[0].code]} → {codes[0].name}"]


def _fact_words(limits: Limits, job: ShownJob, ranked: Ranked) -> list[str]:
    facts = stored_facts(job)
    return _with_priors(explain_facts(limits, job_bits(facts), facts), ranked, job)


# what `explain_facts` says of a silent posting, and the family whose prior words say more ("未写明是否夜班；…")
_SILENT_WORDS = {"未写夜班": "night", "未写周末上班": "weekends"}


def _with_priors(words: list[str], ranked: Ranked, job: Job | ShownJob) -> list[str]:
    """The words, with 「未写明是否夜班；保安员岗位常有夜班」 for each refused family the posting is silent on and its
    kind often demands (the pair's `Factors.priors`, as scored), in place of the bare 「未写夜班」."""
    codes = stored_codes(job)
    said = prior_words(
        ranked.factors.priors, codes[0].name if codes else "", job.job_type, codes[0].code if codes else None
    )
    if not said:
        return words
    shown = {family for family in FAMILIES if any(w.startswith(UNSAID_WORDS[family]) for w in said)}
    return [w for w in words if _SILENT_WORDS.get(w) not in shown] + said


def _seeker_match(
    card: MaskedSeeker,
    seeker: Jobseeker,
    job: Job,
    ranked: Ranked,
    today: date,
    fact_words: list[str],
    vocabulary: Collection[str],
) -> SeekerMatch:
    codes = stored_codes(seeker)
    words = explain(
        ranked.distance_km,
        shared_keyword(text_of(seeker), job.title, words=vocabulary),
        "",
        ranked.factors.salary,
        occupation=_agreed_name(codes, ranked),
        programme=verdict(job.job_type, applicant_of(seeker), today).explanation,
        facts=fact_words,
    )
    return SeekerMatch(
        jobseeker=card,
        score=round(ranked.score, 4),
        distance_km=round(ranked.distance_km, 3),
        reasons=_reasons(ranked, codes),
        explanation=words,
    )


def _agreed_name(codes: list[Coded], ranked: Ranked) -> str | None:
    """The candidate's occupation, named in the explanation when both sides' codes agree."""
    agreed = ranked.factors.occupation is not None and ranked.factors.occupation >= OCCUPATION_SHOWN
    return codes[0].name if agreed and codes else None


def _reasons(ranked: Ranked, codes: list[Coded]) -> Reasons:
    f = ranked.factors
    return Reasons(
        similarity=round(ranked.similarity, 4),
        semantic=round(f.semantic, 4),
        keyword=round(f.keyword, 4),
        occupation=None if f.occupation is None else round(f.occupation, 4),
        distance=round(f.distance, 4),
        salary=None if f.salary is None else round(f.salary, 4),
        freshness=round(f.freshness, 4),
        fair=f.fair,
        unsaid_prior=round(added(f.priors), 4),
        occupations=codes_out(codes),
    )


def _job_fit(job: Job, expected: ExpectedSalary | None) -> float | None:
    if expected is None:
        return None
    offered = offered_month(job.salary_min, job.salary_max, SalaryUnit(job.salary_unit))
    return salary_fit(offered, SalaryUnit.MONTH, expected.min, expected.unit)  # the fact table's pay, to the bit


def _seeker_fit(job: Job, seeker: Jobseeker) -> float | None:
    return _job_fit(job, expected_salary(seeker))


def _age_days(then: datetime, now: datetime) -> float:
    return (now - then).total_seconds() / SECONDS_PER_DAY
