"""Operators' review of postings that screening held: the queue, and approve or reject."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Job
from app.models.base import utcnow
from app.schemas.common import Page
from app.schemas.job import JobOut
from app.schemas.screening import ReviewDecision, ReviewQuery, ReviewRequest
from app.services.engine.index_feed import record_change
from app.services.errors import Conflict, InvalidField
from app.services.identity.access import in_area, require_place, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.postings.jobs import job_out, load_job
from app.services.postings.screening import approved_phrases, blocking_of


def list_held(session: Session, principal: Principal, query: ReviewQuery) -> Page[JobOut]:
    """Postings waiting for a decision, oldest first: the ones waiting longest are answered first. An operator's
    queue holds their districts' postings only: the ones review_job would let them decide."""
    require_staff(principal, "review held postings")
    where = (Job.status == "review", in_area(principal, Job.division_code))
    total, rows = paged(session, Job, where, (Job.id,), query.limit, query.offset)
    return Page(items=[job_out(j) for j in rows], total=total, limit=query.limit, offset=query.offset)


def review_job(session: Session, principal: Principal, job_id: int, request: ReviewRequest) -> JobOut:
    """Approve: the posting opens and is matched from now on. Reject: it is closed, with the reason."""
    require_staff(principal, "review held postings")  # first: a 404 would tell others which job ids exist
    job = load_job(session, job_id)
    require_place(principal, job.division_code, f"job {job_id}")
    if job.status != "review":
        raise Conflict(f"job {job_id} is {job.status}; only a posting held for review can be reviewed")
    note = (request.note or "").strip() or None
    if request.decision == ReviewDecision.REJECT and note is None:
        raise InvalidField("note", "a rejection needs a reason the employer can act on")
    approved = approved_phrases(job) | (blocking_of(job) if request.decision == ReviewDecision.APPROVE else set())
    review = {"decision": request.decision.value, "note": note, "decided_at": utcnow().isoformat()}
    job.screening = {**(job.screening or {}), "approved": sorted([r, p] for r, p in approved), "review": review}
    job.status = "open" if request.decision == ReviewDecision.APPROVE else "rejected"
    # like an edit: the new version reaches every process's index through the change feed
    job.version += 1
    job.updated_at = utcnow()
    session.flush()
    record_change(session, "job", job.id)
    return job_out(job)
