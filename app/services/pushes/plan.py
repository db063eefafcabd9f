"""The nightly plan: for each consenting seeker, the best new jobs nearby, capped, written to the outbox; a seeker's
soon 零工 first when they asked, in the tiers their match page uses (`matching.tiers`)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import ColumnElement, Row, func, insert, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from app.models import Event, Job, Jobseeker, Push, PushItem, PushRun
from app.models.base import utcnow
from app.services.engine.availability import seeker_free_times
from app.services.engine.eligibility import applicant_of, limits_of, local_today, seeker_mask
from app.services.engine.texts import job_text, stored_codes
from app.services.matching.gigs import GigAsk, gig_words, goes_first
from app.services.postings.fairs import running_fairs
from app.services.postings.livestreams import livestreams
from app.services.pushes.rules import PushRules, Shard
from app.vocabulary import job_mask
from matching.batch import Postings, Seekers, TopK, assign, top_k_within_radius
from matching.coding import OccupationCoder, document_terms
from matching.factor_rows import agreement_matrix, code_rows, document_rows, query_rows
from matching.facts import Fact, Limits, job_bits
from matching.facts.prior_words import prior_words
from matching.facts.priors import FAMILIES, pair_priors, posting_priors, seeker_flags
from matching.layout import FloatArray
from matching.ranking import (
    SalaryUnit,
    Weights,
    explain,
    monthly_yuan,
    offered_month,
    salary_text,
    shared_keyword,
)
from matching.shifts import FreeTimes, fit, soonest
from matching.tiers import REST, tiered_best, tiers_of

logger = logging.getLogger(__name__)

SECONDS_PER_DAY = 86400.0
WRITE_CHUNK = 500  # seekers whose pushes commit together
# Any of these means the seeker has dealt with the job: it never comes back in a push.
SETTLED_EVENTS = ("apply", "dismiss", "invite", "interview", "intention", "hired")
# Non-personalised pushes (PIPL art. 24) rank by nothing about the person but where they asked to look.
NEWEST_FIRST = Weights(
    semantic=0.0,
    keyword=0.0,
    occupation=0.0,
    distance=0.0,
    salary=0.0,
    freshness=1.0,
    fair=0.0,
    wishes=0.0,
    unsaid_licence=0.0,
)

Progress = Callable[[int, int], None]
Table = TypeVar("Table", Seekers, Postings)
Pick = tuple[int, int, float, float, int]  # (seeker row, job id, score, distance, tier)


@dataclass
class PlanReport:
    run_id: int
    seekers_considered: int = 0
    seekers_skipped: int = 0  # weekly cap, minimum interval, or nothing deliverable
    new_jobs: int = 0
    pushes: int = 0
    items: int = 0
    digests: int = 0
    digest_items: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "run_id"}


@dataclass(frozen=True, slots=True)
class _SeekerRows:
    arrays: Seekers
    personalised: np.ndarray  # bool per row
    channels: list[str]
    desired: list[str]
    limits: list[Limits]  # what each wrote; ages, schooling and hours are checked against the picks
    gigs: list[GigAsk]  # 零工: when each is free (given or written; None: not said), and whether soon ones go first
    texts: list[tuple[str, str]]  # (title, body) as `texts.title_and_body` gives a seeker's: their keyword query
    codes: list[list[tuple[str, float]]]  # stored occupation codes, (code, confidence)


@dataclass(frozen=True, slots=True)
class _JobRows:
    arrays: Postings
    fair_ids: np.ndarray  # 0: none
    titles: dict[int, str]
    salaries: dict[int, str]
    facts: dict[int, list[Fact]]
    shifts: dict[int, list[str]]  # 零工 with shifts: judged against each seeker's free times
    lives: dict[int, str]  # postings whose fair streams them: 「直播带岗：抖音 12345，12月10日 19:00」
    texts: list[tuple[str, str]]  # (title, body) as `texts.title_and_body` gives a posting's
    codes: list[list[tuple[str, float]]]
    kinds: dict[int, tuple[str, str, str]]  # each posting's first occupation's name, job type and code: its prior words


def plan_pushes(
    session: Session,
    rules: PushRules,
    weights: Weights,
    run: PushRun,
    *,
    shard: Shard = Shard(),
    ready: frozenset[str] = frozenset({"inbox"}),
    progress: Progress | None = None,
    coder: OccupationCoder | None = None,
) -> PlanReport:
    """Plan one push per seeker who may get one now through a `ready` channel; commits every
    WRITE_CHUNK seekers, so a killed plan keeps what it wrote and a rerun adds only the rest. With the `coder`
    the kernel scores the keyword and occupation factors as the seeker's match page does; without, it leaves
    them out."""
    now = run.as_of
    report = PlanReport(run.id)
    seekers = _load_seekers(session, rules=rules, now=now, shard=shard, ready=ready, report=report)
    if not len(seekers.arrays):
        return report
    jobs = _load_jobs(session, now, float(seekers.arrays.since.min()))
    agreement = None
    if coder is not None:
        seekers, jobs, agreement = _with_relevance(seekers, jobs, coder)
    today = local_today(now)
    report.new_jobs = len(jobs.arrays)
    excluded = _settled_pairs(session, seekers.arrays.ids, float(seekers.arrays.since.min()))
    taken = _taken_today(session, now)
    fairs = running_fairs(session, now)
    soon = np.array([j for j, shifts in jobs.shifts.items() if soonest(shifts, None, today) is not None], np.int64)
    picks: list[Pick] = []
    for personal, row_weights in ((True, weights), (False, NEWEST_FIRST)):
        rows = np.flatnonzero(seekers.personalised == personal)
        if not len(rows) or not len(jobs.arrays):
            continue
        postings = _with_bonus(jobs, row_weights, now, fairs)
        asking = _take(seekers.arrays, rows)
        k = rules.candidates_per_seeker
        top = top_k_within_radius(postings, asking, k, row_weights, excluded=excluded, agreement=agreement)
        gigs = [seekers.gigs[int(row)] for row in rows]
        eager = np.array([g.soon_first for g in gigs], bool)
        if len(soon) and eager.any():  # soon 零工 go first even when their score is not among the k best
            within = _take(postings, np.flatnonzero(np.isin(postings.ids, soon)))
            asked = _take(asking, np.flatnonzero(eager))
            more = top_k_within_radius(within, asked, k, row_weights, excluded=excluded, agreement=agreement)
            top = _widened(top, more, np.flatnonzero(eager))
        _drop_unfit(top, [seekers.limits[int(row)] for row in rows], jobs.facts, today)
        _drop_off_shift(top, [g.free for g in gigs], jobs.shifts, today)
        tier = _tiers(top, gigs, jobs.shifts)
        for r, c in assign(top, rules.per_message, rules.per_job_per_day, taken, tier):
            job_id = int(top.posting_ids[r, c])
            taken[job_id] = taken.get(job_id, 0) + 1
            score, distance_km = float(top.scores[r, c]), float(top.distance_km[r, c])
            picks.append((int(rows[r]), job_id, score, distance_km, int(tier[r, c])))
    _write(session, run, picks, seekers=seekers, jobs=jobs, rules=rules, report=report, progress=progress)
    return report


def _load_seekers(
    session: Session, *, rules: PushRules, now: datetime, shard: Shard, ready: frozenset[str], report: PlanReport
) -> _SeekerRows:
    history = _push_history(session, now)
    deliverable: list[ColumnElement[bool]] = [Jobseeker.push_channel.in_(ready - {"wechat"})]
    if "wechat" in ready:  # and only while the seeker's subscription stands
        deliverable.append(
            (Jobseeker.push_channel == "wechat")
            & (Jobseeker.wechat_subscribed == true())
            & Jobseeker.wechat_openid.isnot(None)
        )
    query = (
        select(
            Jobseeker.id,
            Jobseeker.lat,
            Jobseeker.lon,
            Jobseeker.embedding,
            Jobseeker.radius_km,
            Jobseeker.job_types,
            Jobseeker.priority_groups,
            Jobseeker.expected_salary_min,
            Jobseeker.expected_salary_unit,
            Jobseeker.push_consent,
            Jobseeker.push_channel,
            Jobseeker.desired_job,
            Jobseeker.birth_date,
            Jobseeker.graduation_date,
            Jobseeker.employment_status,
            Jobseeker.facts,
            Jobseeker.free_times,
            Jobseeker.gigs_soon_first,
            Jobseeker.experience,
            Jobseeker.skills,
            Jobseeker.occupations,
        )
        .where(Jobseeker.push_consent != "off", or_(*deliverable), Jobseeker.id % shard.count == shard.index)
        .order_by(Jobseeker.id)
    )
    rows: list[Row[Any]] = []
    since: list[float] = []
    for row in session.execute(query).yield_per(5000):
        report.seekers_considered += 1
        last_as_of, last_sent, in_week = history.get(row.id, (None, None, 0))
        if in_week >= rules.per_week or (last_sent is not None and now - last_sent < rules.min_interval):
            report.seekers_skipped += 1
            continue
        rows.append(row)
        since.append((last_as_of or now - rules.lookback).timestamp())
    today = local_today(now)
    return _SeekerRows(
        _seeker_arrays(rows, since, today),
        np.array([r.push_consent == "personalised" for r in rows], bool),
        [r.push_channel for r in rows],
        [r.desired_job for r in rows],
        seeker_limits_of(rows),
        [_gig_ask(r, today) for r in rows],
        [(r.desired_job, " ".join([r.experience, *r.skills])) for r in rows],
        [codes_of(r) for r in rows],
    )


def priors_of(rows: Sequence[Row[Any]] | Sequence[Any]) -> FloatArray:
    """Each posting's `facts.priors.posting_priors` (by its first stored code, its job type and its whole text), as
    the match page's score table holds them (`texts.stored_priors`): the kernel's prior column. The rows carry
    title, description and tags: without the text, words that say a posting fits ("无需夜班") would be missed."""
    out = []
    for r in rows:
        codes = codes_of(r)
        facts = [Fact.from_json(f) for f in r.facts or []]
        text = job_text(r.title, r.description, r.tags)
        out.append(posting_priors(facts, codes[0][0] if codes else None, r.job_type, text))
    return np.array(out, np.float64).reshape(-1, len(FAMILIES))


def unsaid_words(priors: Sequence[float], flags: Sequence[float], kind: tuple[str, str, str]) -> list[str]:
    """「未写明是否夜班；保安员岗位常有夜班」 for each family a pushed posting leaves unsaid that the person refuses
    (`flags`, `facts.priors.seeker_flags`) and its kind (`kind`: its first occupation's name, its job type) often
    demands (`priors`, `priors_of`): what the match page says of the same pair (`facts.prior_words.prior_words`)."""
    return prior_words(pair_priors(flags, priors), *kind)


def kind_of(row: Row[Any] | Any) -> tuple[str, str, str]:
    """A posting row's first occupation's name (blank when uncoded), its job type and the code: what its prior words
    name (the code: whether the 大典 names its work as bodily)."""
    codes = stored_codes(row)
    return (codes[0].name if codes else "", row.job_type, codes[0].code if codes else "")


def codes_of(row: Row[Any] | Any) -> list[tuple[str, float]]:
    """A row's stored occupation codes (`texts.stored_codes`) as (code, confidence)."""
    return [(c.code, c.confidence) for c in stored_codes(row)]


def _with_relevance(
    seekers: _SeekerRows, jobs: _JobRows, coder: OccupationCoder
) -> tuple[_SeekerRows, _JobRows, FloatArray]:
    """Both sides with the keyword and occupation columns the kernel reads (`matching.relevance`), from the texts
    and codes stored: the terms and codes the match page's score table holds; and the agreement of their codes."""
    asking, postings, agreement = with_relevance(
        seekers.arrays, seekers.texts, seekers.codes, jobs.arrays, jobs.texts, jobs.codes, coder
    )
    return replace(seekers, arrays=asking), replace(jobs, arrays=postings), agreement


Texts = Sequence[tuple[str, str]]
Codes = Sequence[list[tuple[str, float]]]


def with_relevance(
    queries: Seekers,
    query_texts: Texts,
    query_codes: Codes,
    documents: Postings,
    texts: Texts,
    codes: Codes,
    coder: OccupationCoder,
) -> tuple[Seekers, Postings, FloatArray]:
    """The kernel's rows (who asks: seekers in a push, postings in an employer's digest) with their query terms and
    codes, its columns with their document terms and codes, from each side's (title, body) as `texts.title_and_body`
    gives it and its stored codes; and the agreement of the rows' codes with the columns' (`coder.agreement`'s
    order: the asker's first)."""
    vocabulary: dict[str, int] = {}
    asked: dict[str, int] = {}
    offered: dict[str, int] = {}
    columns = replace(
        documents,
        terms=document_rows([document_terms(*t) for t in texts], coder.bm25, vocabulary),
        codes=code_rows(codes, offered),
    )
    rows = replace(
        queries,
        terms=query_rows([coder.query_terms(*t) for t in query_texts], coder.bm25, vocabulary),
        codes=code_rows(query_codes, asked),
    )
    return rows, columns, agreement_matrix(asked, offered, coder.catalog.agreement_of)


def _gig_ask(row: Row[Any], today: date) -> GigAsk:
    """零工 as the seeker's match page reads them: the free times given, else those written, and soon-first."""
    free = seeker_free_times(row.free_times, (Fact.from_json(f) for f in row.facts or []))
    return GigAsk(free, bool(row.gigs_soon_first), today)


def seeker_limits_of(rows: Sequence[Row[Any]]) -> list[Limits]:
    return [limits_of((Fact.from_json(f) for f in r.facts or []), r.priority_groups) for r in rows]


def _seeker_arrays(rows: Sequence[Row[Any]], since: list[float], today: date) -> Seekers:
    expected = [monthly_yuan(r.expected_salary_min, SalaryUnit(r.expected_salary_unit)) for r in rows]
    limits = seeker_limits_of(rows)
    return Seekers(
        ids=np.array([r.id for r in rows], np.int64),
        lats=np.array([r.lat for r in rows], np.float64),
        lons=np.array([r.lon for r in rows], np.float64),
        vectors=stack_vectors(r.embedding for r in rows),
        radius_km=np.array([r.radius_km for r in rows], np.float64),
        kind_masks=np.array([seeker_mask(r.job_types, applicant_of(r), today) for r in rows], np.int64),
        since=np.array(since, np.float64),
        expected_monthly=np.array([np.nan if e is None else e for e in expected]),
        require_bits=np.array([lim.require for lim in limits], np.int64),
        exclude_bits=np.array([lim.exclude for lim in limits], np.int64),
        # in the kernel's score, as the match page adds them: so a posting from beyond its k can come in
        unsaid_bits=np.array([lim.unsaid for lim in limits], np.int64),
        wish_bits=np.array([lim.wishes for lim in limits], np.int64),
        priors=np.array([seeker_flags(lim) for lim in limits], np.float64).reshape(-1, len(FAMILIES)),
    )


def _push_history(session: Session, now: datetime) -> dict[int, tuple[datetime | None, datetime | None, int]]:
    """Per seeker: the last push's as-of time, when it was planned, and pushes in the last 7 days."""
    week_ago = now - timedelta(days=7)
    rows = session.execute(
        select(
            Push.jobseeker_id,
            func.max(Push.as_of),
            func.max(Push.created_at),
            func.count(Push.id).filter(Push.created_at > week_ago),
        )
        .where(Push.audience == "seeker", Push.status != "cancelled")
        .group_by(Push.jobseeker_id)
    ).all()
    return {sid: (as_of, created, int(n)) for sid, as_of, created, n in rows if sid is not None}


def _load_jobs(session: Session, now: datetime, since: float) -> _JobRows:
    """Open, precisely placed, unexpired, not-duplicate postings published after the oldest window."""
    since_at = datetime.fromtimestamp(since, tz=now.tzinfo)
    rows = session.execute(
        select(
            Job.id,
            Job.lat,
            Job.lon,
            Job.embedding,
            Job.hiring_radius_km,
            Job.job_type,
            Job.published_at,
            Job.salary_min,
            Job.salary_max,
            Job.salary_unit,
            Job.fair_id,
            Job.title,
            Job.facts,
            Job.shifts,
            Job.description,
            Job.tags,
            Job.occupations,
        )
        .where(
            Job.status == "open",
            Job.duplicate_of_id.is_(None),
            Job.location_precision == "point",
            Job.published_at > since_at,
            or_(Job.valid_until.is_(None), Job.valid_until > now),
        )
        .order_by(Job.id)
    ).all()
    pay = [offered_month(r.salary_min, r.salary_max, SalaryUnit(r.salary_unit)) for r in rows]
    arrays = Postings(
        ids=np.array([r.id for r in rows], np.int64),
        lats=np.array([r.lat for r in rows], np.float64),
        lons=np.array([r.lon for r in rows], np.float64),
        vectors=stack_vectors(r.embedding for r in rows),
        reach_km=np.array([r.hiring_radius_km or np.inf for r in rows], np.float64),
        kind_masks=np.array([job_mask(r.job_type) for r in rows], np.int64),
        published_at=np.array([r.published_at.timestamp() for r in rows], np.float64),
        monthly_pay=np.array([np.nan if p is None else p for p in pay]),
        bonus=np.zeros(len(rows)),
        fact_bits=np.array([job_bits(Fact.from_json(f) for f in r.facts or []) for r in rows], np.int64),
        priors=priors_of(rows),
    )
    titles = {r.id: r.title for r in rows}
    salaries = {r.id: salary_text(r.salary_min, r.salary_max, SalaryUnit(r.salary_unit)) for r in rows}
    facts = {r.id: [Fact.from_json(f) for f in r.facts or []] for r in rows}
    shifts = {r.id: list(r.shifts) for r in rows if r.job_type == "gig" and r.shifts}
    live = livestreams(session, {r.fair_id for r in rows if r.fair_id}, now)
    lives = {r.id: live[r.fair_id] for r in rows if r.fair_id in live}
    fair_ids = np.array([r.fair_id or 0 for r in rows], np.int64)
    texts = [(r.title, " ".join([r.description, *r.tags])) for r in rows]
    kinds = {r.id: kind_of(r) for r in rows}
    return _JobRows(arrays, fair_ids, titles, salaries, facts, shifts, lives, texts, [codes_of(r) for r in rows], kinds)


def _with_bonus(jobs: _JobRows, weights: Weights, now: datetime, fairs: dict[int, str]) -> Postings:
    """Freshness and a running fair's boost: the per-posting part of the score."""
    postings = jobs.arrays
    age_days = np.maximum(now.timestamp() - postings.published_at, 0.0) / SECONDS_PER_DAY
    fair_on = np.isin(jobs.fair_ids, np.array(list(fairs) or [-1], np.int64))
    bonus = weights.freshness * 0.5 ** (age_days / weights.freshness_half_days) + weights.fair * fair_on
    return replace(postings, bonus=bonus)


def _drop_unfit(top: TopK, limits: list[Limits], facts: dict[int, list[Fact]], today: date) -> None:
    """Picks whose posting's stated age range, schooling or hours the seeker's own words rule out (`Limits.fits`),
    made padding in place: the same limits the match page applies."""
    for r, said in enumerate(limits):
        if said.checks_values:
            top.drop(r, partial(_rules_out, said, facts, today))


def _drop_off_shift(top: TopK, free: list[FreeTimes | None], shifts: dict[int, list[str]], today: date) -> None:
    """零工 picks none of whose shifts fits the seeker's free times, made padding in place: the hard limit the match
    page applies, after the kernel (which knows nothing of shifts)."""
    for r, times in enumerate(free):
        if times is not None:
            top.drop(r, partial(_off_shift, times, shifts, today))


def _rules_out(said: Limits, facts: dict[int, list[Fact]], today: date, job_id: int) -> bool:
    return not said.fits(facts.get(job_id, []), today)


def _off_shift(times: FreeTimes, shifts: dict[int, list[str]], today: date, job_id: int) -> bool:
    return job_id in shifts and not fit(shifts[job_id], times, today).holds


def _tiers(top: TopK, gigs: list[GigAsk], shifts: dict[int, list[str]]) -> np.ndarray:
    """Each pick's tier (`matching.tiers`): SOON for a 零工 that goes first for its seeker (`gigs.goes_first`, the
    match page's own test), REST for every other."""
    tier = np.full(top.posting_ids.shape, REST, np.int64)
    for r, ask in enumerate(gigs):
        if ask.soon_first:
            ids = top.posting_ids[r]
            soon = [j for j in ids.tolist() if j in shifts and goes_first(shifts[j], ask)]
            tier[r] = tiers_of(ids, soon=np.array(soon, np.int64))
    return tier


def _widened(top: TopK, more: TopK, rows: np.ndarray) -> TopK:
    """`top` with `more`'s picks (found for `rows` of it) in columns of their own; those `top` holds already are
    left as padding, so no posting appears twice in a row."""
    width = more.posting_ids.shape[1]
    ids = np.full((len(top.seeker_ids), width), -1, np.int64)
    ids[rows] = np.where(
        (more.posting_ids[:, :, None] == top.posting_ids[rows][:, None, :]).any(2), -1, more.posting_ids
    )
    scores = np.full(ids.shape, -np.inf)
    scores[rows] = more.scores
    scores[ids < 0] = -np.inf
    similarity, distance_km = np.zeros(ids.shape, np.float32), np.zeros(ids.shape)
    similarity[rows], distance_km[rows] = more.similarity, more.distance_km
    return TopK(
        top.seeker_ids,
        np.hstack([top.posting_ids, ids]),
        np.hstack([top.scores, scores]),
        np.hstack([top.similarity, similarity]),
        np.hstack([top.distance_km, distance_km]),
        top.pairs_scored + more.pairs_scored,
    )


def _take(table: Table, rows: np.ndarray) -> Table:
    """The rows `rows` of a seekers' or postings' table."""
    columns: dict[str, Any] = {f.name: _rows_of(getattr(table, f.name), rows) for f in fields(table)}
    return replace(table, **columns)


def _rows_of(column: np.ndarray | None, rows: np.ndarray) -> np.ndarray | None:
    return None if column is None else column[rows]


def stack_vectors(blobs: Iterable[bytes]) -> np.ndarray:
    parts = [np.frombuffer(b, dtype=np.float32) for b in blobs]
    return np.stack(parts) if parts else np.zeros((0, 1), np.float32)


def _settled_pairs(session: Session, seeker_ids: np.ndarray, since: float) -> dict[int, set[int]]:
    """(seeker, job) pairs never to push again: pushed before, or applied to, dismissed, …"""
    wanted = set(seeker_ids.tolist())
    since_at = datetime.fromtimestamp(since, tz=utcnow().tzinfo)
    recent_jobs = select(Job.id).where(Job.published_at > since_at)
    pushed = select(PushItem.jobseeker_id, PushItem.job_id).where(
        PushItem.audience == "seeker", PushItem.job_id.in_(recent_jobs)
    )
    acted = select(Event.jobseeker_id, Event.job_id).where(
        Event.type.in_(SETTLED_EVENTS), Event.job_id.in_(recent_jobs)
    )
    pairs: dict[int, set[int]] = {}
    for query in (pushed, acted):
        for seeker_id, job_id in session.execute(query):
            if seeker_id is not None and seeker_id in wanted and job_id is not None:
                pairs.setdefault(seeker_id, set()).add(job_id)
    return pairs


def _taken_today(session: Session, now: datetime) -> dict[int, int]:
    rows = session.execute(
        select(PushItem.job_id, func.count())
        .where(PushItem.audience == "seeker", PushItem.created_at > now - timedelta(days=1))
        .group_by(PushItem.job_id)
    )
    return {job_id: int(n) for job_id, n in rows}


def _write(
    session: Session,
    run: PushRun,
    picks: list[Pick],
    *,
    seekers: _SeekerRows,
    jobs: _JobRows,
    rules: PushRules,
    report: PlanReport,
    progress: Progress | None,
) -> None:
    by_row: dict[int, list[tuple[int, float, float, int]]] = {}
    for row, job_id, score, distance_km, tier in picks:
        by_row.setdefault(row, []).append((job_id, score, distance_km, tier))
    rows = sorted(by_row)
    send_at = rules.quiet.next_open(run.as_of)
    for start in range(0, len(rows), WRITE_CHUNK):
        chunk = rows[start : start + WRITE_CHUNK]
        _write_chunk(
            session,
            run,
            {r: by_row[r] for r in chunk},
            seekers=seekers,
            jobs=jobs,
            send_at=send_at,
            report=report,
        )
        session.commit()  # the pushes and what they carry land together, or not at all
        if progress:
            progress(min(start + WRITE_CHUNK, len(rows)), len(rows))


def _write_chunk(
    session: Session,
    run: PushRun,
    chosen: dict[int, list[tuple[int, float, float, int]]],
    *,
    seekers: _SeekerRows,
    jobs: _JobRows,
    send_at: datetime,
    report: PlanReport,
) -> None:
    now = utcnow()
    heads = []
    for row in chosen:
        channel = seekers.channels[row]
        inbox = channel == "inbox"
        heads.append(
            {
                "audience": "seeker",
                "jobseeker_id": int(seekers.arrays.ids[row]),
                "run_id": run.id,
                "channel": channel,
                "personalised": bool(seekers.personalised[row]),
                "status": "sent" if inbox else "pending",
                "sent_at": now if inbox else None,
                "attempts": 0,
                "next_attempt_at": send_at,
                "request_id": uuid.uuid4().hex,
                "as_of": run.as_of,
                "created_at": now,
            }
        )
    push_ids = session.scalars(insert(Push).returning(Push.id, sort_by_parameter_order=True), heads).all()
    items = []
    at = {int(job_id): i for i, job_id in enumerate(jobs.arrays.ids.tolist())}
    job_priors, flags = jobs.arrays.priors, seekers.arrays.priors  # both are set by `_load_jobs`, `_seeker_arrays`
    for push_id, (row, picked) in zip(push_ids, chosen.items()):
        for rank, (job_id, score, distance_km, _) in enumerate(_in_tiers(picked), start=1):
            words = explain(
                distance_km,
                shared_keyword(seekers.desired[row], jobs.titles[job_id]),
                jobs.salaries[job_id],
                None,
                facts=[
                    *_item_notes(job_id, seekers.gigs[row], jobs),
                    *(
                        unsaid_words(job_priors[at[job_id]], flags[row], jobs.kinds[job_id])
                        if job_priors is not None and flags is not None
                        else []
                    ),
                ],
            )
            items.append(
                {
                    "push_id": push_id,
                    "audience": "seeker",
                    "jobseeker_id": int(seekers.arrays.ids[row]),
                    "job_id": job_id,
                    "rank": rank,
                    "score": round(score, 6),
                    "distance_km": round(distance_km, 3),
                    "explanation": words[:300],
                    "created_at": now,
                }
            )
    session.execute(insert(PushItem), items)
    report.pushes += len(push_ids)
    report.items += len(items)


def _in_tiers(picked: list[tuple[int, float, float, int]]) -> list[tuple[int, float, float, int]]:
    """One seeker's picks in the order their match page shows them: by tier, then best score (`tiered_best`)."""
    ids = np.array([p[0] for p in picked], np.int64)
    scores = np.array([p[1] for p in picked], np.float64)
    order = tiered_best(ids, scores, np.array([p[3] for p in picked], np.int64), None)
    return [picked[at] for at in order.tolist()]


def _item_notes(job_id: int, gigs: GigAsk, jobs: _JobRows) -> list[str]:
    """What a pushed job says beyond distance and pay: its shift's fit and 今天/明天有班 (as on the match page), its
    fair's livestream."""
    shifts = gig_words(jobs.shifts[job_id], "gig", gigs) if job_id in jobs.shifts else []
    return [*shifts, *([jobs.lives[job_id]] if job_id in jobs.lives else [])]


def new_run(
    sessions: sessionmaker[Session], kind: str, shard: Shard, *, slot: str | None = None, as_of: datetime | None = None
) -> PushRun:
    """Open a run row; with a slot, raises IntegrityError when another process holds it."""
    with sessions() as session:
        run = PushRun(kind=kind, shard=str(shard), slot=slot, as_of=as_of or utcnow(), counts={})
        session.add(run)
        session.commit()
        session.refresh(run)
        session.expunge(run)
        return run


def finish_run(sessions: sessionmaker[Session], run: PushRun, counts: dict[str, Any], status: str = "done") -> None:
    with sessions() as session:
        stored = session.get(PushRun, run.id)
        if stored is not None:
            stored.status, stored.counts, stored.finished_at = status, counts, utcnow()
            session.commit()
