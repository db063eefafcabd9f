"""Seekers for a job (the employer's list), each candidate scored from its database row."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.metrics import MATCH_SECONDS
from app.models import Job, Jobseeker, ShownMatch
from app.models.base import utcnow
from app.schemas.common import ExpectedSalary
from app.schemas.match import (
    MatchQuery,
    SeekerMatchPage,
)
from app.services.engine.availability import seeker_free_times
from app.services.engine.eligibility import applicant_of, limits_of, local_today
from app.services.engine.matcher import Matcher
from app.services.engine.texts import stored_codes, stored_facts, stored_priors, title_and_body
from app.services.identity.principal import Principal
from app.services.matching.applicants import applicants, seeker_card
from app.services.matching.explanations import seeker_match, with_priors
from app.services.matching.request import Request, occupation_groups, search
from app.services.places.coordinates import check_radius
from app.services.postings.jobs import load_owned_job
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import expected_salary
from app.services.storage import insert_ignoring_duplicates
from app.vocabulary import job_mask
from matching.coding import document_terms
from matching.facts import Limits, explain_facts, job_bits
from matching.facts.priors import pair_priors, seeker_flags
from matching.geo import GeoPoint
from matching.index import GeoIndex
from matching.programmes import verdict
from matching.ranking import (
    CandidateInputs,
    InputsLoader,
    RankedPage,
    SalaryUnit,
    offered_month,
    rank_top_k,
    salary_fit,
)
from matching.shifts import fit

SECONDS_PER_DAY = 86400.0


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
        groups=occupation_groups(matcher, query.occupation),
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
            s.id: candidate_inputs(
                matcher,
                request,
                keyword,
                s,
                _seeker_fit(job, s),
                age_days(s.updated_at, now),
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
        seeker_match(
            seeker_card(session, vault, principal, seekers[r.id], job.id, r.id in applied),
            seekers[r.id],
            job,
            r,
            today,
            [
                w
                for w in (
                    gig_fits.get(r.id),
                    *with_priors(explain_facts(limits[r.id], bits, job_facts, employer=True, today=today), r, job),
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


def candidate_inputs(
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
        search(index, request), load, matcher.weights, request.offset + request.limit, max_boost=max_boost
    )


def job_fit(job: Job, expected: ExpectedSalary | None) -> float | None:
    if expected is None:
        return None
    offered = offered_month(job.salary_min, job.salary_max, SalaryUnit(job.salary_unit))
    return salary_fit(offered, SalaryUnit.MONTH, expected.min, expected.unit)  # the fact table's pay, to the bit


def _seeker_fit(job: Job, seeker: Jobseeker) -> float | None:
    return job_fit(job, expected_salary(seeker))


def age_days(then: datetime, now: datetime) -> float:
    return (now - then).total_seconds() / SECONDS_PER_DAY
