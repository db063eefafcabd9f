"""Seekers as an employer sees them among a job's matches: masked, until the seeker applies to that job."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, Jobseeker
from app.schemas.audit import SubjectKind
from app.schemas.event import EventType
from app.schemas.match import MaskedSeeker
from app.schemas.validators import mask_name, mask_phone
from app.services.identity.audit import record_read
from app.services.identity.principal import Principal
from app.services.privacy.pii import seeker_phone
from app.services.privacy.vault import Vault


def applicants(session: Session, job_id: int, seeker_ids: Collection[int]) -> set[int]:
    """Those of `seeker_ids` who applied to the job: by applying they give it their name and number."""
    if not seeker_ids:
        return set()
    return set(
        session.scalars(
            select(Event.jobseeker_id).where(
                Event.type == EventType.APPLY, Event.job_id == job_id, Event.jobseeker_id.in_(seeker_ids)
            )
        )
    )


def seeker_card(
    session: Session, vault: Vault, principal: Principal, seeker: Jobseeker, job_id: int, applied: bool
) -> MaskedSeeker:
    """Name and phone in full for an applicant (the read is audited), masked for everyone else."""
    name, phone = seeker.name, seeker_phone(vault, seeker)
    if applied and principal.user_id:
        record_read(session, principal, SubjectKind.JOBSEEKER, seeker.id, ["name", "phone"], f"job.{job_id}.applicants")
    if not applied:
        name, phone = mask_name(name), mask_phone(phone)
    return MaskedSeeker(
        id=seeker.id,
        name=name,
        phone=phone,
        applied=applied,
        desired_job=seeker.desired_job,
        skills=seeker.skills,
        education=seeker.education,
    )
