"""A case as its reader sees it: notes opened (and the read audited) in the detail, none in lists."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseContact, CaseStep
from app.schemas.case import (
    CaseBasis,
    CaseOut,
    CaseStatus,
    CaseSummary,
    ContactChannel,
    ContactOut,
    Need,
    ReferredJob,
    StepKind,
    StepOut,
    StepStatus,
)
from app.services.assistance.log import actions_of, record_notes_read
from app.services.identity.principal import Principal
from app.services.privacy.pii import CASE_CLOSE_REASON, CASE_NEEDS, CONTACT_NOTE, STEP_NOTE, STEP_OUTCOME, open_note
from app.services.privacy.vault import Vault


def case_summary(case: Case) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        jobseeker_id=case.jobseeker_id,
        community_code=case.community_code,
        district_code=case.district_code,
        bases=[CaseBasis(b) for b in case.bases],
        owner_id=case.owner_id,
        status=CaseStatus(case.status),
        opened_on=case.opened_on,
        last_contact_on=case.last_contact_on,
        closed_on=case.closed_on,
        employment_id=case.employment_id,
    )


def disclose_case(session: Session, vault: Vault, principal: Principal, case: Case, purpose: str) -> CaseOut:
    record_notes_read(session, principal, case, purpose)
    steps = session.scalars(select(CaseStep).where(CaseStep.case_id == case.id).order_by(CaseStep.id))
    contacts = session.scalars(
        select(CaseContact).where(CaseContact.case_id == case.id).order_by(CaseContact.contacted_on, CaseContact.id)
    )
    return CaseOut(
        **case_summary(case).model_dump(),
        needs=[Need(**n) for n in json.loads(open_note(vault, case.needs_cipher, CASE_NEEDS) or "[]")],
        close_reason=open_note(vault, case.close_reason_cipher, CASE_CLOSE_REASON),
        steps=[step_out(vault, s) for s in steps],
        contacts=[contact_out(vault, c) for c in contacts],
        actions=actions_of(session, case.id),
    )


def step_out(vault: Vault, step: CaseStep) -> StepOut:
    return StepOut(
        id=step.id,
        kind=StepKind(step.kind),
        due_on=step.due_on,
        status=StepStatus(step.status),
        note=open_note(vault, step.note_cipher, STEP_NOTE),
        outcome=open_note(vault, step.outcome_cipher, STEP_OUTCOME),
        jobs=referred(step.jobs),
        created_by=step.created_by,
        created_at=step.created_at,
        updated_at=step.updated_at,
    )


def contact_out(vault: Vault, contact: CaseContact) -> ContactOut:
    return ContactOut(
        id=contact.id,
        contacted_on=contact.contacted_on,
        channel=ContactChannel(contact.channel),
        note=open_note(vault, contact.note_cipher, CONTACT_NOTE),
        by_user_id=contact.by_user_id,
    )


def referred(jobs: list[Any]) -> list[ReferredJob]:
    return [ReferredJob.model_validate(j) for j in jobs or []]
