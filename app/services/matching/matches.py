"""Matching use-cases of the seeker's side: jobs for a seeker (built afresh or served again) and anonymous searches."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.metrics import MATCH_PAGES, MATCH_SECONDS, SEARCH_SECONDS, SEARCH_TEXTS
from app.models import Job, Jobseeker
from app.models.base import utcnow
from app.schemas.match import (
    MatchPage,
    MatchQuery,
    SearchedPlace,
    SearchRequest,
)
from app.services.engine.availability import free_times_from, seeker_free_times
from app.services.engine.eligibility import applicant_of, limits_of, local_today, seeker_mask
from app.services.engine.index_feed import APPROXIMATE
from app.services.engine.matcher import Matcher
from app.services.engine.pages import Fingerprint, Reach
from app.services.engine.text_reads import TextRead
from app.services.engine.texts import stored_codes, stored_facts, text_of, title_and_body
from app.services.errors import InvalidField
from app.services.funnel.events import dismissed_jobs
from app.services.identity.access import require_seeker
from app.services.identity.principal import Principal
from app.services.matching.gigs import GigAsk, asks_gigs
from app.services.matching.job_pages import job_page, job_page_and_basis
from app.services.matching.request import Request, occupation_groups
from app.services.matching.seeker_pages import seekers_for_job
from app.services.places.coordinates import check_radius, location_out, to_stored_point
from app.services.postings.fairs import check_fair
from app.services.postings.jobs import open_versions
from app.services.postings.livestreams import FairsNow, fairs_now
from app.services.seekers.jobseekers import expected_salary, load_jobseeker, seeker_columns
from app.vocabulary import job_mask
from matching.facts import VERSION as FACTS_VERSION
from matching.facts import Fact, seeker_facts, seeker_limits
from matching.geo import GeoPoint
from matching.programmes import Applicant

__all__ = [
    "matches_for_seeker",
    "matches_for_seeker_json",
    "page_key",
    "search_jobs",
    "search_jobs_json",
    "seekers_for_job",
    "warm_page",
]


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
    return job_page(session, matcher, replace(request, only_ids=_fair_jobs(session, query.fair_id)))


@MATCH_SECONDS.labels("jobs_for_seeker").time()
def matches_for_seeker_json(
    session: Session, matcher: Matcher, principal: Principal, seeker_id: int, query: MatchQuery
) -> bytes:
    """`matches_for_seeker` as its JSON, served again from `matcher.pages` while the database agrees with it: the
    seeker's row, their dismissals, the fairs on now and the day are read afresh each time and must all equal what the
    page was built from, and no posting may have changed, closed or expired within its reach since
    (`app.services.engine.pages`)."""
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code)
    dismissed = dismissed_jobs(session, seeker.id)
    if not matcher.pages.enabled or not _cacheable(seeker, query):
        MATCH_PAGES.labels("uncached").inc()
        return _built_page(session, matcher, seeker, query, dismissed).model_dump_json().encode()
    now = utcnow()
    fairs = fairs_now(session, now)
    key = page_key(seeker_id, query)
    print_ = _fingerprint(seeker, dismissed, fairs)
    cached = matcher.pages.get(key, print_, matcher.feed.job_changes.touched)
    if cached is not None and open_versions(session, list(cached.shown), now) == cached.shown:
        MATCH_PAGES.labels("kept").inc()
        return cached.body(uuid.uuid4().hex)  # every posting it shows is still open, unexpired and unchanged
    MATCH_PAGES.labels("built").inc()
    return _build_and_keep(session, matcher, seeker, query, dismissed, now, fairs, print_)


def _fingerprint(seeker: Jobseeker, dismissed: list[int], fairs: FairsNow) -> Fingerprint:
    return Fingerprint(seeker_columns(seeker), tuple(dismissed), (fairs.running, fairs.lives), local_today())


def page_key(seeker_id: int, query: MatchQuery) -> tuple[int, str]:
    """A kept page's key: the seeker and every parameter of the query as sent."""
    return (seeker_id, query.model_dump_json())


def warm_page(session: Session, matcher: Matcher, seeker_id: int) -> bool:
    """Build a stored seeker's first page (no parameters, as an app first asks for it) and keep it, ahead of their
    asking (`PageWarmer`); served later exactly as a page the seeker's own request kept, after the same checks.
    False where there is nothing to keep: the seeker is gone, or theirs is a page never kept (零工 shifts judged)."""
    seeker = session.get(Jobseeker, seeker_id)
    query = MatchQuery()
    if seeker is None or not matcher.pages.enabled or not _cacheable(seeker, query):
        return False
    now, dismissed = utcnow(), dismissed_jobs(session, seeker.id)
    fairs = fairs_now(session, now)
    _build_and_keep(session, matcher, seeker, query, dismissed, now, fairs, _fingerprint(seeker, dismissed, fairs))
    return True


def _build_and_keep(
    session: Session,
    matcher: Matcher,
    seeker: Jobseeker,
    query: MatchQuery,
    dismissed: list[int],
    now: datetime,
    fairs: FairsNow,
    print_: Fingerprint,
) -> bytes:
    """The page built afresh as JSON, kept under `print_` unless a posting it shows closed while it was built."""
    generation, searched_at = matcher.feed.job_generation, time.time()  # before the index is read
    request = _seeker_request(matcher, seeker, query, dismissed)
    page, basis = job_page_and_basis(session, matcher, request, now=now, on_now=fairs)
    body = page.model_dump_json().encode()
    ids = [m.job.id for m in (*page.items, *page.beyond)]
    shown = open_versions(session, ids, now)
    if len(shown) == len(ids):  # else one closed while the page was built: it is not kept
        reach = _reach(matcher, request, page.thin, generation, searched_at)
        matcher.pages.put(page_key(seeker.id, query), print_, reach, body, shown, basis)
    return body


def _reach(matcher: Matcher, request: Request, thin: bool, generation: int, searched_at: float) -> Reach:
    """What a page depends on of the postings: those within its radius, or its ring when it offers the ring's best
    (a page not thin never searched the ring); the first of them to expire ends it."""
    km = request.ring_km if thin and request.ring_km is not None else request.radius_km
    until = matcher.job_index.next_expiry(request.point, km, kind_mask=request.kind_mask, now=searched_at)
    return Reach(request.point, km, generation, until)


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
        groups=occupation_groups(matcher, query.occupation),
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
    groups = occupation_groups(matcher, body.occupation)
    read = _read(matcher, body.text)
    point, place = _search_point(matcher, body)
    request = Request(
        point=point,
        radius_km=radius_km,
        vector=read.vector,
        text=body.text,
        terms=list(read.terms),
        codes=list(read.codes),
        kind_mask=mask,
        expected=body.expected_salary,
        limit=body.limit,
        offset=body.offset,
        groups=groups,
        only_ids=_fair_jobs(session, body.fair_id),
        exclude_flags=_excluded(body.include_approximate),
        limits=read.limits,
        prefer_mask=job_mask(body.prefer_job_type) if body.prefer_job_type else 0,
        gigs=GigAsk(free_times_from(body.free_times), body.gigs_soon_first, local_today()),
    )
    page = job_page(session, matcher, request)
    return page if place is None else page.model_copy(update={"searched_from": place})


def _read(matcher: Matcher, text: str) -> TextRead:
    """What the text alone decides, kept by the text (`Matcher.texts`) or read now."""
    key = (text, matcher.embedder.name, matcher.coder.version, FACTS_VERSION)
    kept = matcher.texts.get(key) if matcher.texts.enabled else None
    if kept is not None:
        SEARCH_TEXTS.labels("kept").inc()
        return kept
    SEARCH_TEXTS.labels("read").inc()
    vector = matcher.embedder.embed([text])[0]
    codes = matcher.coder.code(text, title_vector=vector)  # the text is the title: embedded once
    said = [f for f in seeker_facts(text, "") if not f.sensitive]  # no consent to hold health facts here
    limits = replace(seeker_limits(said), unsaid=0)  # a search is no profile: nothing in it is "unmentioned"
    read = TextRead(vector, tuple(codes), limits, tuple(matcher.coder.query_terms(text)))
    matcher.texts.put(key, read)
    return read


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


def _ring(matcher: Matcher, query: MatchQuery, radius_km: float) -> float | None:
    """How far the wider ring reaches for a seeker's first page; None where it does not apply."""
    if matcher.thin.good <= 0 or query.offset or query.radius_km is not None:
        return None  # a seeker who chose a radius for this page gets exactly that
    return min(radius_km * matcher.thin.ring, matcher.max_radius_km)


def _fair_jobs(session: Session, fair_id: int | None) -> np.ndarray | None:
    """The ids a fair-only request may return (checked in the index, so top-k stays exact)."""
    if fair_id is None:
        return None
    check_fair(session, fair_id)
    ids = session.scalars(select(Job.id).where(Job.fair_id == fair_id, Job.status == "open")).all()
    return np.array(ids, dtype=np.int64)


def _excluded(include_approximate: bool) -> int:
    return 0 if include_approximate else APPROXIMATE
