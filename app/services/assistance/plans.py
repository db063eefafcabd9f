"""A case's plan and its follow-up: steps planned and done (a job referral from matching), contacts logged."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.models import Case, CaseContact, CaseStep
from app.models.base import utcnow
from app.schemas.case import CaseOut, CaseStatus, ContactCreate, StepCreate, StepKind, StepStatus, StepUpdate
from app.services.assistance.access import writable_case
from app.services.assistance.log import log_action
from app.services.assistance.referrals import refer_jobs
from app.services.assistance.views import disclose_case
from app.services.engine.eligibility import applicant_of, local_today
from app.services.engine.matcher import Matcher
from app.services.errors import InvalidField, NotFound
from app.services.identity.principal import Principal
from app.services.privacy.pii import CONTACT_NOTE, STEP_NOTE, STEP_OUTCOME, seal_note
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import load_jobseeker
from app.vocabulary import JobType
from matching.programmes import verdict

DUE_WITHIN_DAYS = 366  # a plan reaches a year ahead; a step may be entered late, up to a year after its date


def plan_step(
    session: Session, matcher: Matcher, vault: Vault, principal: Principal, case_id: int, payload: StepCreate
) -> CaseOut:
    case = writable_case(session, principal, case_id)
    today = local_today()
    if abs((payload.due_on - today).days) > DUE_WITHIN_DAYS:
        raise InvalidField("due_on", f"计划日期须在今天前后 {DUE_WITHIN_DAYS} 天内")
    if payload.kind is StepKind.PUBLIC_WELFARE_POST:
        _check_public_welfare(session, case, today)
    jobs = []
    if payload.kind is StepKind.JOB_REFERRAL:
        jobs = refer_jobs(session, matcher, principal, case.jobseeker_id, payload.job_count)
    step = CaseStep(
        case_id=case.id,
        kind=payload.kind.value,
        due_on=payload.due_on,
        status=StepStatus.PLANNED.value,
        note_cipher=seal_note(vault, payload.note, STEP_NOTE),
        jobs=jobs,
        created_by=principal.user_id,
    )
    session.add(step)
    session.flush()
    sent = f" jobs {','.join(str(j['job_id']) for j in jobs)}" if jobs else ""
    log_action(session, principal, case.id, "plan_step", f"step {step.id} {step.kind}{sent}")
    _touch(case)
    return disclose_case(session, vault, principal, case, "case.plan_step")


def update_step(
    session: Session, vault: Vault, principal: Principal, case_id: int, step_id: int, payload: StepUpdate
) -> CaseOut:
    case = writable_case(session, principal, case_id)
    step = session.get(CaseStep, step_id)
    if step is None or step.case_id != case.id:
        raise NotFound("case step", step_id)
    step.status = payload.status.value
    if payload.outcome:
        step.outcome_cipher = seal_note(vault, payload.outcome, STEP_OUTCOME)
    step.updated_at = utcnow()
    log_action(session, principal, case.id, f"step_{step.status}", f"step {step.id} {step.kind}")
    _touch(case, progressed=payload.status is StepStatus.DONE)
    return disclose_case(session, vault, principal, case, "case.update_step")


def add_contact(session: Session, vault: Vault, principal: Principal, case_id: int, payload: ContactCreate) -> CaseOut:
    case = writable_case(session, principal, case_id)
    today = local_today()
    if payload.contacted_on > today:
        raise InvalidField("contacted_on", "联系日期不能晚于今天")
    if payload.contacted_on < today - timedelta(days=DUE_WITHIN_DAYS):
        raise InvalidField("contacted_on", f"只能补录 {DUE_WITHIN_DAYS} 天内的联系")
    contact = CaseContact(
        case_id=case.id,
        contacted_on=payload.contacted_on,
        channel=payload.channel.value,
        note_cipher=seal_note(vault, payload.note, CONTACT_NOTE) or "",
        by_user_id=principal.user_id,
    )
    session.add(contact)
    session.flush()
    case.last_contact_on = _latest(case.last_contact_on, payload.contacted_on)
    log_action(session, principal, case.id, "contact", f"contact {contact.id} {contact.channel}")
    _touch(case, progressed=True)
    return disclose_case(session, vault, principal, case, "case.contact")


def _check_public_welfare(session: Session, case: Case, today: date) -> None:
    """公益性岗位 only for whom the programme rules admit, in the rules' own words."""
    judged = verdict(JobType.PUBLIC_WELFARE, applicant_of(load_jobseeker(session, case.jobseeker_id)), today)
    if not judged.eligible:
        raise InvalidField("kind", judged.explanation)


def _touch(case: Case, *, progressed: bool = False) -> None:
    if progressed and case.status == CaseStatus.OPEN.value:
        case.status = CaseStatus.IN_PROGRESS.value
    case.updated_at = utcnow()


def _latest(known: date | None, new: date) -> date:
    return new if known is None or new > known else known
