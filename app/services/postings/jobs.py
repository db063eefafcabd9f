"""Publishing, reading, changing and closing job postings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, false, or_, select, true
from sqlalchemy.orm import Session

from app.models import Employer, Job
from app.models.base import utcnow
from app.models.job import CLOSED_STATES, UNPUBLISHED
from app.schemas.common import Page, Salary
from app.schemas.job import (
    JobCreate,
    JobFilter,
    JobOut,
    JobStatus,
    JobSummary,
    JobUpdate,
)
from app.services.engine.duplicates import DuplicateRule, find_original
from app.services.engine.index_feed import add_indexed, record_change
from app.services.engine.matcher import Matcher
from app.services.engine.occupations import code_under, occupations_out
from app.services.engine.texts import describe, facts_out, is_stale, read_facts
from app.services.errors import Conflict, InvalidField, NotAuthenticated, NotFound
from app.services.identity.access import in_area, require_employer
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.places.coordinates import location_out, to_stored_point
from app.services.postings.fairs import check_fair, link_employers
from app.services.postings.screening import notes_of, review_of, screen_job
from app.vocabulary import Role
from matching.gazetteer import Gazetteer
from matching.occupations import Catalog
from matching.programmes import PostingTerms, posting_problems

# What the index or its ranking facts hold: a change to any of them reaches every process through the feed.
INDEXED_FIELDS = {
    "rejected_facts",  # the facts are in the score table
    "title",
    "description",
    "tags",
    "location",
    "job_type",
    "hiring_radius_km",
    "valid_until",
    "fair_id",
    "salary",
}
NOT_NULL = (
    "title",
    "description",
    "job_type",
    "salary",
    "location",
    "tags",
    "shifts",
    "rejected_facts",
)  # PATCH may not clear
SCREENED_FIELDS = {"title", "description", "tags", "job_type"}  # job_type: which age limits are the programme's


def create_job(session: Session, matcher: Matcher, principal: Principal, payload: JobCreate) -> JobOut:
    if session.get(Employer, payload.employer_id) is None:
        raise InvalidField("employer_id", f"employer {payload.employer_id} does not exist")
    _check_future(payload.valid_until)
    _check_external_id(session, payload.employer_id, payload.external_id)
    check_fair(session, payload.fair_id)
    point = to_stored_point(payload.location)
    division_code = matcher.gazetteer.division_of(point)
    require_employer(principal, payload.employer_id, division_code, "a posting for this employer here")
    job = Job(
        **payload.model_dump(exclude={"salary", "location"}),
        salary_min=payload.salary.min,
        salary_max=payload.salary.max,
        salary_unit=payload.salary.unit,
        lat=point.lat,
        lon=point.lon,
        division_code=division_code,
        status="open",
        channel="api",
        location_precision="point",
    )
    check_programme(job)
    screen_job(matcher.screening_mode, job)  # before the embedding: a rejected posting costs nothing
    describe([job], matcher.coder, session)
    publish(session, matcher.duplicates, job)
    return job_out(job)


def publish(session: Session, duplicates: DuplicateRule, job: Job) -> None:
    """Store a new, described posting: linked to its original if it repeats one, and fed to the index."""
    original = find_original(session, job, duplicates)
    job.duplicate_of_id = original.id if original is not None else None
    if job.fair_id is not None:
        link_employers(session, job.fair_id, [job.employer_id])
    add_indexed(session, job, "job")


def get_job(session: Session, caller: Principal | None, job_id: int) -> JobOut:
    job = load_job(session, job_id)
    if job.status in UNPUBLISHED and not _sees_unpublished(caller, job.employer_id):
        raise NotFound("job", job_id)  # as if it did not exist: its text is what screening held back
    return job_out(job)


def list_jobs(session: Session, matcher: Matcher, caller: Principal | None, query: JobFilter) -> Page[JobOut]:
    conditions = [*_filters(query, matcher.coder.catalog), _visible_to(caller)]
    if query.mine:
        conditions.append(_editable_by(caller))
    total, rows = paged(session, Job, conditions, (Job.id.desc(),), query.limit, query.offset)
    return Page(items=[job_out(j) for j in rows], total=total, limit=query.limit, offset=query.offset)


def update_job(session: Session, matcher: Matcher, principal: Principal, job_id: int, payload: JobUpdate) -> JobOut:
    job = load_owned_job(session, principal, job_id)
    changes = payload.model_dump(exclude_unset=True)
    for name in NOT_NULL:
        if name in changes and changes[name] is None:
            raise InvalidField(name, "may not be null")
    _check_future(payload.valid_until)
    check_fair(session, payload.fair_id)
    _apply(job, payload, changes, matcher.gazetteer)
    require_employer(principal, job.employer_id, job.division_code, f"job {job.id} at its new place")
    check_programme(job)
    if SCREENED_FIELDS & changes.keys():
        screen_job(matcher.screening_mode, job)
    if job.fair_id is not None and "fair_id" in changes:
        link_employers(session, job.fair_id, [job.employer_id])
    if is_stale(job, matcher.coder):
        describe([job], matcher.coder, session)
    elif "rejected_facts" in changes:
        read_facts([job])
    if INDEXED_FIELDS & changes.keys():
        _touch(session, job)
    return job_out(job)


def close_job(session: Session, principal: Principal, job_id: int) -> JobOut:
    job = load_owned_job(session, principal, job_id)
    if job.status not in CLOSED_STATES:
        job.status = "closed"
        _touch(session, job)
        _promote_duplicates(session, job)
    return job_out(job)


def _promote_duplicates(session: Session, closed: Job) -> None:
    """A closed original hands over to its oldest open duplicate, so the posting stays matchable."""
    copies = session.scalars(
        select(Job).where(Job.duplicate_of_id == closed.id, Job.status == "open").order_by(Job.id)
    ).all()
    if not copies:
        return
    heir, rest = copies[0], copies[1:]
    heir.duplicate_of_id = None
    _touch(session, heir)
    for copy in rest:
        copy.duplicate_of_id = heir.id


def load_job(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("job", job_id)
    return job


def load_owned_job(session: Session, principal: Principal, job_id: int) -> Job:
    """A posting its employer's members, or staff of its district, may change. A held or rejected posting is absent
    to anyone who may not read it (as `get_job` answers), so a 403 does not tell them it exists."""
    job = load_job(session, job_id)
    if job.status in UNPUBLISHED and not _sees_unpublished(principal, job.employer_id):
        raise NotFound("job", job_id)
    require_employer(principal, job.employer_id, job.division_code, f"job {job_id}")
    return job


def _sees_unpublished(caller: Principal | None, employer_id: int) -> bool:
    """Held and rejected postings: staff (who review them) and the employer's own members."""
    return caller is not None and (caller.is_staff or caller.is_member_of(employer_id))


def _visible_to(caller: Principal | None) -> ColumnElement[bool]:
    if caller is not None and caller.is_staff:
        return true()
    published = Job.status.not_in(UNPUBLISHED)
    if caller is not None and caller.role is Role.EMPLOYER and caller.employer_id is not None:
        return or_(published, Job.employer_id == caller.employer_id)
    return published


def _editable_by(caller: Principal | None) -> ColumnElement[bool]:
    """The rows load_owned_job would let the caller change. Postings are public, so this narrows a list rather than
    guarding it: an operator naming another district gets an empty page, as GET /v1/jobseekers gives."""
    if caller is None:
        raise NotAuthenticated("sign in to list your own postings (mine=true)")
    if caller.role is Role.EMPLOYER:
        return Job.employer_id == caller.employer_id if caller.employer_id is not None else false()
    return in_area(caller, Job.division_code)


@dataclass(frozen=True, slots=True)
class ShownJob:
    """A posting as a match page shows it: its summary's columns and what the page checks, read as one Core row
    (loading a page's ORM objects cost twice the query)."""

    id: int
    employer_id: int
    title: str
    job_type: str
    salary_min: float | None
    salary_max: float | None
    salary_unit: str
    lat: float
    lon: float
    address: str | None
    location_precision: str
    fair_id: int | None
    status: str
    published_at: datetime
    valid_until: datetime | None
    duplicate_of_id: int | None
    occupations: list[Any]
    facts: list[Any]
    shifts: list[Any]
    employer_name: str  # last: the joined employers.name after the job's own columns (_SHOWN_COLUMNS)


# Built once: SQLAlchemy then finds its compiled form by the statement's memoised cache key; per request only the
# ids are bound (constructing a statement costs more than running it on SQLite).
_SHOWN_COLUMNS = [*(getattr(Job, f.name) for f in fields(ShownJob) if f.name != "employer_name"), Employer.name]
SHOWN_ROWS = (
    select(*_SHOWN_COLUMNS)
    .join(Employer, Employer.id == Job.employer_id)
    .where(Job.id.in_(bindparam("ids", expanding=True)))
)


ROW_STATES = select(Job.id, Job.version, Job.status, Job.duplicate_of_id, Job.valid_until).where(
    Job.id.in_(bindparam("ids", expanding=True))
)


def shown_jobs(session: Session, ids: Sequence[int]) -> list[ShownJob]:
    """The postings with these ids that exist, in no particular order."""
    return [ShownJob(*row) for row in session.execute(SHOWN_ROWS, {"ids": ids})]


def open_versions(session: Session, ids: Sequence[int], now: datetime) -> dict[int, int]:
    """The version of each of these postings that is open, unmerged and unexpired now: what a page may show."""
    if not ids:
        return {}
    # By primary key alone, then judged here (as `_confirmed` does: a status in the WHERE walks its index)
    rows = session.execute(ROW_STATES, {"ids": list(ids)})
    return {
        row.id: row.version
        for row in rows
        if row.status == "open" and row.duplicate_of_id is None and (row.valid_until is None or row.valid_until > now)
    }


def job_status(job: Job | ShownJob, now: datetime | None = None) -> JobStatus:
    if job.status in CLOSED_STATES:
        return JobStatus.CLOSED
    if job.status == "review":
        return JobStatus.REVIEW
    if job.valid_until is not None and job.valid_until <= (now or utcnow()):
        return JobStatus.EXPIRED
    return JobStatus.OPEN


def job_summary(job: Job | ShownJob) -> JobSummary:
    return JobSummary(
        id=job.id,
        employer_id=job.employer_id,
        title=job.title,
        job_type=job.job_type,
        salary=Salary(min=job.salary_min, max=job.salary_max, unit=job.salary_unit),
        location=location_out(job.lat, job.lon),
        address=job.address,
        location_precision=job.location_precision,
        fair_id=job.fair_id,
        shifts=job.shifts or [],
        status=job_status(job),
        published_at=job.published_at,
    )


def job_out(job: Job) -> JobOut:
    return JobOut(
        **job_summary(job).model_dump(),
        description=job.description,
        headcount=job.headcount,
        hiring_radius_km=job.hiring_radius_km,
        valid_until=job.valid_until,
        tags=job.tags,
        external_id=job.external_id,
        internship_months=job.internship_months,
        updated_at=job.updated_at,
        occupations=occupations_out(job),
        facts=facts_out(job),
        rejected_facts=list(job.rejected_facts or []),
        channel=job.channel,
        duplicate_of=job.duplicate_of_id,
        screening_warnings=notes_of(job, "warning"),
        screening_holds=notes_of(job, "reject"),
        review=review_of(job),
    )


def check_programme(job: Job) -> None:
    """The job type's own posting rules: 见习 runs 3–12 months, 零工 pays by the day or hour."""
    priced = job.salary_min is not None or job.salary_max is not None
    terms = PostingTerms(job.job_type, job.salary_unit if priced else None, job.internship_months, job.shifts or ())
    problems = posting_problems(terms)
    if problems:
        raise InvalidField(*problems[0])


def _apply(job: Job, payload: JobUpdate, changes: dict[str, object], gazetteer: Gazetteer) -> None:
    for name in changes.keys() - {"salary", "location"}:
        setattr(job, name, getattr(payload, name))
    if payload.salary is not None:
        job.salary_min, job.salary_max, job.salary_unit = payload.salary.min, payload.salary.max, payload.salary.unit
    if payload.location is not None:
        point = to_stored_point(payload.location)
        job.lat, job.lon, job.location_precision = point.lat, point.lon, "point"
        job.division_code = gazetteer.division_of(point)
    job.updated_at = utcnow()


def _touch(session: Session, job: Job) -> None:
    job.version += 1
    job.updated_at = utcnow()
    session.flush()
    record_change(session, "job", job.id)


def _check_future(valid_until: datetime | None) -> None:
    if valid_until is not None and valid_until <= utcnow():
        raise InvalidField("valid_until", "must be in the future")


def _check_external_id(session: Session, employer_id: int, external_id: str | None) -> None:
    if external_id is None:
        return
    taken = session.scalar(select(Job.id).where(Job.employer_id == employer_id, Job.external_id == external_id))
    if taken is not None:
        raise Conflict(f"employer {employer_id} already has job {taken} with external_id {external_id!r}")


def _filters(query: JobFilter, catalog: Catalog) -> list[ColumnElement[bool]]:
    now = utcnow()
    conditions: list[ColumnElement[bool]] = []
    if query.employer_id is not None:
        conditions.append(Job.employer_id == query.employer_id)
    if query.district:
        conditions.append(Job.division_code.startswith(query.district, autoescape=True))
    if query.job_type is not None:
        conditions.append(Job.job_type == query.job_type)
    if query.q:
        conditions.append(Job.title.contains(query.q, autoescape=True))
    if query.occupation is not None:
        conditions.append(code_under(Job.occupation_code, catalog, query.occupation))
    if query.fair_id is not None:
        conditions.append(Job.fair_id == query.fair_id)
    live = or_(Job.valid_until.is_(None), Job.valid_until > now)
    by_status = {
        JobStatus.OPEN: and_(Job.status == "open", live),
        JobStatus.EXPIRED: and_(Job.status == "open", Job.valid_until <= now),
        JobStatus.CLOSED: Job.status.in_(CLOSED_STATES),
        JobStatus.REVIEW: Job.status == "review",
    }
    if query.status is not None:
        conditions.append(by_status[query.status])
    return conditions
