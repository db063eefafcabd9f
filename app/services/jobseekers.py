"""Jobseeker profiles: fill once, change, and erase for real."""

from __future__ import annotations

from sqlalchemy import true, update
from sqlalchemy.orm import Session

from app.models import Jobseeker, Push
from app.models.base import utcnow
from app.schemas.common import ExpectedSalary
from app.schemas.jobseeker import JobseekerCreate, JobseekerOut, JobseekerUpdate, ProgrammeVerdict
from app.schemas.push import PushChannel, PushConsent, PushSettings
from app.services.communities import community_for
from app.services.eligibility import facts_of, local_today, verdicts
from app.services.errors import InvalidField, NotFound
from app.services.index_feed import add_indexed, record_change
from app.services.places import check_radius, location_out, to_stored_point
from app.services.runtime import Matcher
from app.services.occupations import occupations_out
from app.services.texts import describe, is_stale
from matching.geo import GeoPoint

NOT_NULL = ("name", "phone", "location", "desired_job", "experience", "skills", "job_types", "radius_km",
            "priority_groups", "push")
SPECIAL = {"location", "expected_salary", "radius_km", "push", "community_code"}


def create_jobseeker(session: Session, matcher: Matcher, payload: JobseekerCreate) -> JobseekerOut:
    radius_km = check_radius(payload.radius_km or matcher.default_radius_km, matcher.max_radius_km)
    point = to_stored_point(payload.location)
    seeker = Jobseeker(
        **payload.model_dump(exclude=SPECIAL),
        lat=point.lat, lon=point.lon, radius_km=radius_km,
    )
    _set_expected_salary(seeker, payload.expected_salary)
    _set_push(seeker, payload.push)
    seeker.community_code = community_for(session, point, payload.community_code)
    describe([seeker], matcher.coder)
    add_indexed(session, seeker, "seeker")
    return jobseeker_out(seeker)


def get_jobseeker(session: Session, seeker_id: int) -> JobseekerOut:
    return jobseeker_out(load_jobseeker(session, seeker_id))


def update_jobseeker(session: Session, matcher: Matcher, seeker_id: int, payload: JobseekerUpdate) -> JobseekerOut:
    seeker = load_jobseeker(session, seeker_id)
    changes = payload.model_dump(exclude_unset=True)
    for name in NOT_NULL:
        if name in changes and changes[name] is None:
            raise InvalidField(name, "may not be null")
    for name in changes.keys() - SPECIAL:
        setattr(seeker, name, getattr(payload, name))
    if payload.location is not None:
        point = to_stored_point(payload.location)
        seeker.lat, seeker.lon = point.lat, point.lon
    if "community_code" in changes or payload.location is not None:  # a move re-derives an unnamed one
        seeker.community_code = community_for(session, GeoPoint(seeker.lat, seeker.lon), payload.community_code)
    if payload.radius_km is not None:
        seeker.radius_km = check_radius(payload.radius_km, matcher.max_radius_km)
    if "expected_salary" in changes:
        _set_expected_salary(seeker, payload.expected_salary)
    if payload.push is not None:
        _set_push(seeker, payload.push, session)
    if is_stale(seeker, matcher.coder):
        describe([seeker], matcher.coder)
    seeker.version += 1
    seeker.updated_at = utcnow()
    record_change(session, "seeker", seeker.id)
    return jobseeker_out(seeker)


def delete_jobseeker(session: Session, seeker_id: int) -> None:
    """Erase the row itself; the change feed carries only the id, so every index drops it."""
    seeker = load_jobseeker(session, seeker_id)
    session.delete(seeker)
    session.flush()
    record_change(session, "seeker", seeker_id)


def load_jobseeker(session: Session, seeker_id: int, *, lock: bool = False) -> Jobseeker:
    seeker = session.get(Jobseeker, seeker_id, with_for_update=lock)
    if seeker is None:
        raise NotFound("jobseeker", seeker_id)
    return seeker


def expected_salary(seeker: Jobseeker) -> ExpectedSalary | None:
    if seeker.expected_salary_min is None:
        return None
    return ExpectedSalary(min=seeker.expected_salary_min, unit=seeker.expected_salary_unit)


def jobseeker_out(seeker: Jobseeker) -> JobseekerOut:
    return JobseekerOut(
        id=seeker.id, name=seeker.name, phone=seeker.phone, location=location_out(seeker.lat, seeker.lon),
        desired_job=seeker.desired_job, experience=seeker.experience, skills=seeker.skills,
        education=seeker.education, expected_salary=expected_salary(seeker), job_types=seeker.job_types,
        radius_km=seeker.radius_km, priority_groups=seeker.priority_groups, birth_date=seeker.birth_date,
        graduation_date=seeker.graduation_date, employment_status=seeker.employment_status,
        community_code=seeker.community_code, household_id=seeker.household_id, occupations=occupations_out(seeker),
        push=PushSettings(consent=seeker.push_consent, channel=seeker.push_channel, wechat_openid=seeker.wechat_openid,
                          wechat_subscribed=seeker.wechat_subscribed),
        created_at=seeker.created_at, updated_at=seeker.updated_at,
    )


def programmes(session: Session, seeker_id: int) -> list[ProgrammeVerdict]:
    """Each job type's verdict for the seeker today, explained ("不符合见习条件：毕业超过2年")."""
    seeker = load_jobseeker(session, seeker_id)
    return [ProgrammeVerdict(job_type=v.job_type, eligible=v.eligible, explanation=v.explanation)
            for v in verdicts(facts_of(seeker), local_today())]


def _set_expected_salary(seeker: Jobseeker, salary: ExpectedSalary | None) -> None:
    seeker.expected_salary_min = salary.min if salary else None
    seeker.expected_salary_unit = salary.unit if salary else "month"


def _set_push(seeker: Jobseeker, push: PushSettings, session: Session | None = None) -> None:
    """Consent and channel as chosen; planned pushes the seeker no longer wants are not sent."""
    seeker.push_consent, seeker.push_channel = push.consent, push.channel
    seeker.wechat_openid, seeker.wechat_subscribed = push.wechat_openid, push.wechat_subscribed
    if session is None:
        return
    unwanted = Push.channel != push.channel
    if push.consent == PushConsent.OFF or (push.channel == PushChannel.WECHAT and not push.wechat_subscribed):
        unwanted = true()
    session.execute(update(Push).where(Push.jobseeker_id == seeker.id, Push.status == "pending", unwanted)
                    .values(status="cancelled", last_error="the seeker changed their push settings"))
