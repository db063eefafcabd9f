"""The in-app inbox: every push a seeker or employer was sent, newest first; seekers masked for employers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.models import Employer, Job, Jobseeker, Push, PushItem
from app.schemas.common import Page
from app.schemas.push import InboxItem, InboxMessage, PushChannel
from app.schemas.validators import mask_name
from app.services.errors import Forbidden
from app.services.identity.access import require_seeker
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.postings.employers import load_employer
from app.services.seekers.jobseekers import load_jobseeker


def seeker_inbox(session: Session, principal: Principal, seeker_id: int, limit: int, offset: int) -> Page[InboxMessage]:
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code)
    return _page(session, Push.jobseeker_id == seeker_id, "seeker", limit, offset)


def employer_inbox(
    session: Session, principal: Principal, employer_id: int, limit: int, offset: int
) -> Page[InboxMessage]:
    """An employer's digests are its members' (and admins'): they name seekers, masked."""
    load_employer(session, employer_id)
    if not (principal.is_member_of(employer_id) or principal.is_admin):
        raise Forbidden(f"only members of employer {employer_id} read its inbox")
    return _page(session, Push.employer_id == employer_id, "employer", limit, offset)


def _page(session: Session, owner: ColumnElement[bool], audience: str, limit: int, offset: int) -> Page[InboxMessage]:
    where = (owner, Push.audience == audience, Push.status != "cancelled")
    total, pushes = paged(session, Push, where, (Push.created_at.desc(), Push.id.desc()), limit, offset)
    return Page(items=messages(session, pushes, audience == "employer"), total=total, limit=limit, offset=offset)


def messages(session: Session, pushes: Sequence[Push], masked_seekers: bool) -> list[InboxMessage]:
    """Each push as its recipient reads it, with what it carried."""
    items = push_items(session, [p.id for p in pushes], masked_seekers)
    return [
        InboxMessage(
            id=p.id,
            request_id=p.request_id,
            channel=PushChannel(p.channel),
            status=p.status,
            personalised=p.personalised,
            created_at=p.created_at,
            sent_at=p.sent_at,
            items=items.get(p.id, []),
        )
        for p in pushes
    ]


def push_items(session: Session, push_ids: list[int], masked_seekers: bool) -> dict[int, list[InboxItem]]:
    """Each push's jobs, as the inbox shows them and the channels send them."""
    rows = session.execute(
        select(PushItem, Job.title, Employer.name, Jobseeker.name)
        .join(Job, Job.id == PushItem.job_id)
        .join(Employer, Employer.id == Job.employer_id)
        .join(Jobseeker, Jobseeker.id == PushItem.jobseeker_id)
        .where(PushItem.push_id.in_(push_ids))
        .order_by(PushItem.push_id, *((PushItem.job_id, PushItem.rank) if masked_seekers else (PushItem.rank,)))
    ).all()
    out: dict[int, list[InboxItem]] = {}
    for item, title, employer, seeker_name in rows:
        seeker = {"id": item.jobseeker_id, "name": mask_name(seeker_name)} if masked_seekers else None
        out.setdefault(item.push_id, []).append(
            InboxItem(
                job_id=item.job_id,
                title=title,
                employer=employer,
                distance_km=item.distance_km,
                explanation=item.explanation,
                jobseeker=seeker,
            )
        )
    return out
