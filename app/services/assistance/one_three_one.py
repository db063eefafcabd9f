"""1+3+1 for migrant workers (界首): one 职业指导, three suitable jobs from matching, one training referral."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.models import Jobseeker, OneThreeOne
from app.models.base import utcnow
from app.schemas.audit import SubjectKind
from app.schemas.common import Page
from app.schemas.one_three_one import (
    JOBS_DUE,
    Guidance,
    GuidanceCreate,
    JobsSend,
    OneThreeOneOut,
    OneThreeOneQuery,
    OneThreeOneSummary,
    Training,
    TrainingCreate,
)
from app.services.assistance.access import require_case_staff
from app.services.assistance.referrals import refer_jobs
from app.services.assistance.views import referred
from app.services.engine.eligibility import local_today
from app.services.engine.matcher import Matcher
from app.services.errors import Conflict, Forbidden, InvalidField, NotFound
from app.services.funnel.events import district_of
from app.services.identity.access import in_area, require_seeker
from app.services.identity.audit import record_read
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.privacy.pii import GUIDANCE_NOTE, open_note, seal_note
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import load_jobseeker
from app.vocabulary import PriorityGroup, Role


def record_guidance(
    session: Session, vault: Vault, principal: Principal, seeker_id: int, payload: GuidanceCreate
) -> OneThreeOneOut:
    record = _writable(session, principal, seeker_id)
    if record.guidance_on is not None:
        raise Conflict(f"已于 {record.guidance_on} 记录过职业指导")
    if payload.given_on > local_today():
        raise InvalidField("given_on", "指导日期不能晚于今天")
    record.guidance_on, record.guidance_by = payload.given_on, principal.user_id
    record.guidance_note_cipher = seal_note(vault, payload.note, GUIDANCE_NOTE)
    return _saved(session, vault, principal, record, "one_three_one.guidance")


def send_jobs(
    session: Session, matcher: Matcher, vault: Vault, principal: Principal, seeker_id: int, payload: JobsSend
) -> OneThreeOneOut:
    """Up to the three still due, the best matches not sent before; fewer nearby now, the rest later."""
    record = _writable(session, principal, seeker_id)
    due = JOBS_DUE - len(record.jobs or [])
    if due <= 0:
        raise Conflict(f"已发送 {JOBS_DUE} 个岗位")
    sent = refer_jobs(session, matcher, principal, seeker_id, min(payload.count, due))
    record.jobs, record.jobs_by = [*(record.jobs or []), *sent], principal.user_id  # a new list: JSON change seen
    return _saved(session, vault, principal, record, "one_three_one.jobs")


def record_training(
    session: Session, vault: Vault, principal: Principal, seeker_id: int, payload: TrainingCreate
) -> OneThreeOneOut:
    record = _writable(session, principal, seeker_id)
    if record.training_on is not None:
        raise Conflict(f"已于 {record.training_on} 推荐过培训")
    record.training_provider, record.training_course = payload.provider, payload.course
    record.training_on, record.training_by = payload.referred_on, principal.user_id
    return _saved(session, vault, principal, record, "one_three_one.training")


def get_record(session: Session, vault: Vault, principal: Principal, seeker_id: int) -> OneThreeOneOut:
    """The person, staff of their district, admins; an employer is refused for its role."""
    if principal.role is Role.EMPLOYER:
        raise Forbidden("用人单位不能查看1+3+1服务记录")
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code or district_of(seeker))
    record = session.scalar(select(OneThreeOne).where(OneThreeOne.jobseeker_id == seeker_id))
    if record is None:
        raise NotFound("1+3+1 record of jobseeker", seeker_id)
    return _disclose(session, vault, principal, record, "one_three_one.get")


def held_for(session: Session, vault: Vault, principal: Principal, seeker_id: int) -> OneThreeOneOut | None:
    """The person's record for their data export (the caller was checked there)."""
    record = session.scalar(select(OneThreeOne).where(OneThreeOne.jobseeker_id == seeker_id))
    return None if record is None else _disclose(session, vault, principal, record, "jobseeker.export")


def list_records(session: Session, principal: Principal, query: OneThreeOneQuery) -> Page[OneThreeOneSummary]:
    require_case_staff(principal)
    where: list[ColumnElement[bool]] = [in_area(principal, OneThreeOne.community_code, OneThreeOne.district_code)]
    if query.district:
        where.append(OneThreeOne.district_code == query.district)
    if query.complete is not None:
        done = OneThreeOne.completed_on.isnot(None)
        where.append(done if query.complete else ~done)
    total, rows = paged(session, OneThreeOne, where, (OneThreeOne.id.desc(),), query.limit, query.offset)
    return Page(items=[_summary(r) for r in rows], total=total, limit=query.limit, offset=query.offset)


def _writable(session: Session, principal: Principal, seeker_id: int) -> OneThreeOne:
    require_case_staff(principal)
    seeker = load_jobseeker(session, seeker_id, lock=True)  # one record per person, its parts written in turn
    require_seeker(principal, seeker.id, seeker.community_code or district_of(seeker))
    if PriorityGroup.MIGRANT_WORKER.value not in (seeker.priority_groups or []):
        raise InvalidField("seeker_id", "1+3+1 服务对象须登记为农民工（priority_groups 含 migrant_worker）")
    record = session.scalar(select(OneThreeOne).where(OneThreeOne.jobseeker_id == seeker.id))
    return record or _new(session, seeker)


def _new(session: Session, seeker: Jobseeker) -> OneThreeOne:
    record = OneThreeOne(
        jobseeker_id=seeker.id, community_code=seeker.community_code, district_code=district_of(seeker), jobs=[]
    )
    session.add(record)
    return record


def _saved(session: Session, vault: Vault, principal: Principal, record: OneThreeOne, purpose: str) -> OneThreeOneOut:
    if record.completed_on is None and _complete(record):
        record.completed_on = local_today()
    record.updated_at = utcnow()
    session.flush()
    return _disclose(session, vault, principal, record, purpose)


def _complete(record: OneThreeOne) -> bool:
    return record.guidance_on is not None and len(record.jobs or []) >= JOBS_DUE and record.training_on is not None


def _disclose(
    session: Session, vault: Vault, principal: Principal, record: OneThreeOne, purpose: str
) -> OneThreeOneOut:
    if principal.is_staff and principal.user_id and record.guidance_note_cipher:
        record_read(session, principal, SubjectKind.JOBSEEKER, record.jobseeker_id, ["guidance_note"], purpose)
    guidance = None
    if record.guidance_on is not None:
        note = open_note(vault, record.guidance_note_cipher, GUIDANCE_NOTE)
        guidance = Guidance(given_on=record.guidance_on, by_user_id=record.guidance_by or 0, note=note)
    training = None
    if record.training_on is not None:
        training = Training(
            provider=record.training_provider or "",
            course=record.training_course or "",
            referred_on=record.training_on,
            by_user_id=record.training_by or 0,
        )
    return OneThreeOneOut(
        id=record.id,
        jobseeker_id=record.jobseeker_id,
        community_code=record.community_code,
        district_code=record.district_code,
        guidance=guidance,
        jobs=referred(record.jobs),
        training=training,
        complete=record.completed_on is not None,
        completed_on=record.completed_on,
    )


def _summary(record: OneThreeOne) -> OneThreeOneSummary:
    return OneThreeOneSummary(
        id=record.id,
        jobseeker_id=record.jobseeker_id,
        district_code=record.district_code,
        guidance=record.guidance_on is not None,
        jobs_sent=len(record.jobs or []),
        training=record.training_on is not None,
        complete=record.completed_on is not None,
        completed_on=record.completed_on,
    )
