"""What a match says of itself: the explanation, its words and the reasons of a job or a seeker on a page."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Mapping
from datetime import date

from app.models import Job, Jobseeker
from app.schemas.match import (
    JobMatch,
    MaskedSeeker,
    Reasons,
    SeekerMatch,
)
from app.services.engine.eligibility import applicant_of, local_today
from app.services.engine.occupations import codes_out
from app.services.engine.texts import stored_codes, stored_facts, text_of
from app.services.matching.gigs import gig_words
from app.services.matching.request import Request
from app.services.postings.jobs import ShownJob, job_summary
from matching.facts import Limits, explain_facts, job_bits
from matching.facts.prior_words import UNSAID_WORDS, prior_words
from matching.facts.priors import FAMILIES
from matching.occupations import Coded
from matching.places import PRECISION_WORDS, Precision
from matching.programmes import Applicant, verdict
from matching.ranking import (
    Ranked,
    SalaryUnit,
    added,
    explain,
    salary_text,
    shared_keyword,
)

OCCUPATION_SHOWN = 0.5  # agreement at which the explanation names the occupation


def _placed_by(job: ShownJob) -> str | None:
    """How an address-only posting was placed ("乡镇"), so its distance reads as approximate."""
    precision = Precision(job.location_precision)
    return None if precision is Precision.POINT else PRECISION_WORDS[precision]


def programme_words(applicant: Applicant | None) -> Callable[[str], str]:
    """The seeker's eligibility words for a job type ("符合见习条件：毕业2年内"), worked out once a page: every
    posting of one type shares them. None (an anonymous search): no words."""
    if applicant is None:
        return lambda _job_type: ""
    today = local_today()
    return functools.cache(lambda job_type: verdict(job_type, applicant, today).explanation)


def job_match(
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
    return with_priors(explain_facts(limits, job_bits(facts), facts, today=local_today()), ranked, job)


# what `explain_facts` says of a silent posting, and the family whose prior words say more ("未写明是否夜班；…")
_SILENT_WORDS = {"未写夜班": "night", "未写周末上班": "weekends"}


def with_priors(words: list[str], ranked: Ranked, job: Job | ShownJob) -> list[str]:
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


def seeker_match(
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
