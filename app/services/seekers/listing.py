"""Staff's list of the seekers of their districts: each row disclosed, and audited, as a single read would be."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from app.models import Jobseeker
from app.schemas.common import Page
from app.schemas.jobseeker import JobseekerFilter, JobseekerOut
from app.services.identity.access import in_area, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import disclose


def list_jobseekers(session: Session, vault: Vault, principal: Principal, query: JobseekerFilter) -> Page[JobseekerOut]:
    """Newest first. Another district's people are not filtered out on request but never reached: the area
    condition is always there, so a district named outside one's own gives an empty page, not a 403 that
    would tell which districts have people."""
    require_staff(principal, "list jobseekers")
    where = [in_area(principal, Jobseeker.community_code), *_filters(query)]
    total, rows = paged(session, Jobseeker, where, (Jobseeker.id.desc(),), query.limit, query.offset)
    # disclose() per row: the same masking and the same PII-read audit rows as GET /v1/jobseekers/{id}
    items = [disclose(session, vault, principal, seeker, "jobseeker.list") for seeker in rows]
    return Page(items=items, total=total, limit=query.limit, offset=query.offset)


def _filters(query: JobseekerFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Jobseeker.id.in_(query.id)] if query.id else []
    if query.district:
        where.append(Jobseeker.community_code.startswith(query.district, autoescape=True))
    if query.community_code:
        where.append(Jobseeker.community_code == query.community_code)
    if query.employment_status:
        where.append(Jobseeker.employment_status == query.employment_status.value)
    if query.q:
        where.append(
            or_(
                Jobseeker.name.contains(query.q, autoescape=True),
                Jobseeker.desired_job.contains(query.q, autoescape=True),
            )
        )
    return where
