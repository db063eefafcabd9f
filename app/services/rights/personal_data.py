"""A person's copy of everything held about them: profile, accounts, pushes, events, employments, placements,
reads."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, Employment, Event, Job, Placement, Push, PushItem, ShownMatch, User
from app.models.base import utcnow
from app.schemas.audit import SubjectKind
from app.schemas.event import EventOut, EventType
from app.schemas.personal_data import AccountHeld, PersonalData, ShownToEmployer
from app.schemas.push import InboxMessage
from app.services.assistance.one_three_one import held_for
from app.services.assistance.views import disclose_case
from app.services.funnel.employments import employment_out
from app.services.identity.audit import reads_about, record_read
from app.services.identity.principal import Principal
from app.services.privacy.vault import Vault
from app.services.pushes.inbox import messages
from app.services.seekers.jobseekers import jobseeker_out, load_own_jobseeker
from app.services.subsidies.placements import placement_out
from app.services.subsidies.rules import SubsidyRules


def export_seeker(
    session: Session, vault: Vault, rules: SubsidyRules, principal: Principal, seeker_id: int
) -> PersonalData:
    """For the person, or for staff of their district acting on their request (that read is audited)."""
    seeker = load_own_jobseeker(session, principal, seeker_id)
    owner = principal.is_seeker(seeker_id)
    if not owner and principal.user_id:
        fields = ["phone", "id_number"] if seeker.id_number_cipher else ["phone"]
        record_read(session, principal, SubjectKind.JOBSEEKER, seeker_id, fields, "jobseeker.export")
    return PersonalData(
        exported_at=utcnow(),
        profile=jobseeker_out(
            vault, seeker, in_full=True, show_point=owner or seeker.consent_precise_location_at is not None
        ),
        accounts=_accounts(session, seeker_id),
        pushes=_pushes(session, seeker_id),
        shown_to_employers=_shown(session, seeker_id),
        events=_events(session, seeker_id),
        employments=[
            employment_out(e)
            for e in session.scalars(
                select(Employment).where(Employment.jobseeker_id == seeker_id).order_by(Employment.id)
            )
        ],
        placements=[
            placement_out(rules, p)
            for p in session.scalars(
                select(Placement).where(Placement.jobseeker_id == seeker_id).order_by(Placement.id)
            )
        ],
        pii_reads=reads_about(session, SubjectKind.JOBSEEKER, seeker_id, seeker.created_at),
        cases=[
            disclose_case(session, vault, principal, c, "jobseeker.export")
            for c in session.scalars(select(Case).where(Case.jobseeker_id == seeker_id).order_by(Case.id))
        ],
        one_three_one=held_for(session, vault, principal, seeker_id),
    )


def _accounts(session: Session, seeker_id: int) -> list[AccountHeld]:
    return [
        AccountHeld(user_id=u.id, role=u.role, wechat_openid=u.wechat_openid, created_at=u.created_at)
        for u in session.scalars(select(User).where(User.seeker_id == seeker_id))
    ]


def _pushes(session: Session, seeker_id: int) -> list[InboxMessage]:
    pushes = session.scalars(
        select(Push).where(Push.jobseeker_id == seeker_id, Push.audience == "seeker").order_by(Push.created_at, Push.id)
    ).all()
    return messages(session, pushes, masked_seekers=False)


def _shown(session: Session, seeker_id: int) -> list[ShownToEmployer]:
    """Every time an employer was shown this person: in a digest, or on its match page for a posting."""
    digests = session.execute(
        select(PushItem.job_id, Job.employer_id, PushItem.created_at)
        .join(Job, Job.id == PushItem.job_id)
        .where(PushItem.jobseeker_id == seeker_id, PushItem.audience == "employer")
    )
    pages = session.execute(
        select(ShownMatch.job_id, Job.employer_id, ShownMatch.shown_at)
        .join(Job, Job.id == ShownMatch.job_id)
        .where(ShownMatch.jobseeker_id == seeker_id)
    )
    rows = sorted([*digests, *pages], key=lambda row: (row[2], row[0]))
    return [ShownToEmployer(job_id=job_id, employer_id=employer_id, created_at=at) for job_id, employer_id, at in rows]


def _events(session: Session, seeker_id: int) -> list[EventOut]:
    rows = session.scalars(select(Event).where(Event.jobseeker_id == seeker_id).order_by(Event.created_at, Event.id))
    return [
        EventOut(
            id=e.id,
            type=EventType(e.type),
            job_id=e.job_id,
            jobseeker_id=e.jobseeker_id,
            request_id=e.request_id,
            district_code=e.district_code,
            created_at=e.created_at,
        )
        for e in rows
    ]
