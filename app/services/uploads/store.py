"""Storing one chunk of checked rows: employers found or made, postings created, updated or left alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.models import Employer, Job, UploadIssue
from app.models.base import utcnow
from app.services.engine.duplicates import DuplicateRule
from app.services.engine.index_feed import record_change
from app.services.engine.texts import describe, is_stale
from app.services.identity.access import covers_place
from app.services.identity.principal import SYSTEM, Principal
from app.services.postings.fairs import link_employers
from app.services.postings.jobs import publish
from app.services.postings.screening import record
from app.services.privacy.pii import seal_employer_phone
from app.services.privacy.vault import Vault
from app.services.uploads.rows import Columns, Issue, RowPosting, read_row
from app.services.uploads.sheets import SheetRow
from app.vocabulary import ScreeningMode
from matching.coding import OccupationCoder
from matching.gazetteer import Gazetteer

OUTSIDE = "工作地点不在您负责的辖区内：请交由该辖区的经办人或管理员上传"


@dataclass(frozen=True, slots=True)
class ChunkCounts:
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    linked: int


def store_chunk(
    session: Session,
    rows: Sequence[SheetRow],
    *,
    coder: OccupationCoder,
    gazetteer: Gazetteer,
    duplicates: DuplicateRule,
    vault: Vault,
    upload_id: int,
    columns: Columns,
    fair_id: int | None,
    screening_mode: ScreeningMode = "reject",
    uploader: Principal = SYSTEM,
) -> ChunkCounts:
    """Every row of the chunk ends as exactly one of created, updated, unchanged or rejected. An operator's
    rows stay inside their districts, as their PATCHes do: a posting placed, or already standing, outside them
    is rejected with the reason."""
    now = utcnow()
    accepted: list[tuple[SheetRow, RowPosting]] = []
    rejected = 0
    for row in rows:
        result = read_row(row.cells, columns, gazetteer, now, screening_mode)
        if result.posting is not None and not covers_place(uploader, result.posting.division_code):
            result.errors.append(Issue(columns.name("address"), result.posting.address or "", OUTSIDE))
            result.posting = None
        _record(session, upload_id, row.number, result.errors, "error")
        _record(session, upload_id, row.number, result.warnings, "warning")
        if result.posting is None:
            rejected += 1
        else:
            accepted.append((row, result.posting))
    employers = _employers(session, vault, [p for _, p in accepted])
    outcome = _upsert(
        session,
        [(row.number, employers[_employer_key(p)], p) for row, p in accepted],
        coder=coder,
        duplicates=duplicates,
        fair_id=fair_id,
        upload_id=upload_id,
        uploader=uploader,
    )
    for number, address in outcome.outside:
        _record(session, upload_id, number, [Issue(columns.name("address"), address, OUTSIDE)], "error")
    if fair_id is not None:
        link_employers(session, fair_id, {e.id for e in employers.values()})
    return ChunkCounts(
        len(rows), outcome.created, outcome.updated, outcome.unchanged, rejected + len(outcome.outside), outcome.linked
    )


@dataclass(slots=True)
class _Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    outside: list[tuple[int, str]] = field(default_factory=list)  # (row, address): its posting stands elsewhere


def _upsert(
    session: Session,
    rows: Sequence[tuple[int, Employer, RowPosting]],
    *,
    coder: OccupationCoder,
    duplicates: DuplicateRule,
    fair_id: int | None,
    upload_id: int,
    uploader: Principal,
) -> _Outcome:
    keys = {(employer.id, posting.key(fair_id)) for _, employer, posting in rows}
    existing = (
        {
            (j.employer_id, j.external_id): j
            for j in session.scalars(select(Job).where(tuple_(Job.employer_id, Job.external_id).in_(list(keys))))
        }
        if keys
        else {}
    )
    outcome = _Outcome()
    new: list[Job] = []
    changed: list[Job] = []
    for number, employer, posting in rows:
        key = (employer.id, posting.key(fair_id))
        job = existing.get(key)
        digest = posting.content_hash(fair_id)
        if job is not None and job not in new and not covers_place(uploader, job.division_code):
            outcome.outside.append((number, posting.address or ""))
            continue
        if job is None:
            job = existing[key] = Job(
                employer_id=employer.id,
                external_id=key[1],
                channel="upload",
                upload_id=upload_id,
                status="open",
                tags=[],
            )
            new.append(job)
            outcome.created += 1
        elif job.content_hash == digest:
            outcome.unchanged += 1
            continue
        elif job not in new:
            changed.append(job)
            outcome.updated += 1
        else:
            outcome.updated += 1  # the same key twice in one chunk: the later row wins
        _fill(job, posting, digest, fair_id)
    describe([j for j in dict.fromkeys(new + changed) if j in new or is_stale(j, coder)], coder, session)  # one batch
    for job in new:
        publish(session, duplicates, job)
        outcome.linked += job.duplicate_of_id is not None
    for job in dict.fromkeys(changed):
        job.version += 1
        job.updated_at = utcnow()
        record_change(session, "job", job.id)
    return outcome


def _fill(job: Job, posting: RowPosting, digest: str, fair_id: int | None) -> None:
    job.title, job.description, job.job_type = posting.title, posting.description, posting.job_type.value
    job.salary_min, job.salary_max, job.salary_unit = posting.salary_min, posting.salary_max, posting.salary_unit.value
    job.lat, job.lon, job.location_precision = posting.point.lat, posting.point.lon, posting.precision
    job.division_code = posting.division_code
    job.address, job.headcount, job.valid_until = posting.address, posting.headcount, posting.valid_until
    job.internship_months, job.shifts = posting.internship_months, list(posting.shifts)
    job.content_hash, job.fair_id = digest, fair_id if fair_id is not None else job.fair_id
    if job.status == "closed":
        job.status = "open"  # an edited row reopens a closed posting (the sheet is the employer's word); the same
        # row again leaves it closed. One rejected on review stays rejected: only an operator undoes that.
    record(job, posting.screening)  # a discriminatory row kept under screening_mode=review waits for an operator


def _employer_key(posting: RowPosting) -> tuple[str | None, str]:
    return posting.credit_code, posting.employer_name


def _employers(
    session: Session, vault: Vault, postings: Sequence[RowPosting]
) -> dict[tuple[str | None, str], Employer]:
    """By credit code, then by exact name, else registered new; one lookup per distinct employer."""
    found: dict[tuple[str | None, str], Employer] = {}
    for posting in postings:
        key = _employer_key(posting)
        if key in found:
            continue
        employer = _by_code(session, posting.credit_code) or _by_name(
            session, posting.employer_name, posting.credit_code
        )
        if employer is None:
            employer = Employer(name=posting.employer_name, credit_code=posting.credit_code)
            seal_employer_phone(vault, employer, posting.phone)
            session.add(employer)
            session.flush()
        elif employer.credit_code is None and posting.credit_code:
            employer.credit_code = posting.credit_code  # a name-only employer learns its code
        found[key] = employer
    return found


def _by_code(session: Session, credit_code: str | None) -> Employer | None:
    if credit_code is None:
        return None
    return session.scalar(select(Employer).where(Employer.credit_code == credit_code))


def _by_name(session: Session, name: str, credit_code: str | None) -> Employer | None:
    """The oldest employer of that exact name, unless it holds another credit code (another legal entity)."""
    query = select(Employer).where(Employer.name == name).order_by(Employer.id)
    if credit_code is not None:
        query = query.where(Employer.credit_code.is_(None))
    return session.scalars(query.limit(1)).first()


def _record(session: Session, upload_id: int, row: int, issues: Sequence[Issue], severity: str) -> None:
    session.add_all(
        UploadIssue(
            upload_id=upload_id,
            row=row,
            column=i.column[:50],
            value=i.value[:200],
            reason=i.reason[:300],
            severity=severity,
        )
        for i in issues
    )
