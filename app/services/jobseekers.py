"""Jobseeker profiles: fill once, change, and erase for real."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Jobseeker
from app.models.base import utcnow
from app.schemas.common import ExpectedSalary
from app.schemas.jobseeker import JobseekerCreate, JobseekerOut, JobseekerUpdate
from app.services.errors import InvalidField, NotFound
from app.services.index_feed import add_indexed, record_change
from app.services.places import check_radius, location_out, to_stored_point
from app.services.runtime import Matcher
from app.services.occupations import occupations_out
from app.services.texts import describe, is_stale

NOT_NULL = ("name", "phone", "location", "desired_job", "experience", "skills", "job_types", "radius_km",
            "priority_groups")


def create_jobseeker(session: Session, matcher: Matcher, payload: JobseekerCreate) -> JobseekerOut:
    radius_km = check_radius(payload.radius_km or matcher.default_radius_km, matcher.max_radius_km)
    point = to_stored_point(payload.location)
    seeker = Jobseeker(
        **payload.model_dump(exclude={"location", "expected_salary", "radius_km"}),
        lat=point.lat, lon=point.lon, radius_km=radius_km,
    )
    _set_expected_salary(seeker, payload.expected_salary)
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
    for name in changes.keys() - {"location", "expected_salary", "radius_km"}:
        setattr(seeker, name, getattr(payload, name))
    if payload.location is not None:
        point = to_stored_point(payload.location)
        seeker.lat, seeker.lon = point.lat, point.lon
    if payload.radius_km is not None:
        seeker.radius_km = check_radius(payload.radius_km, matcher.max_radius_km)
    if "expected_salary" in changes:
        _set_expected_salary(seeker, payload.expected_salary)
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


def load_jobseeker(session: Session, seeker_id: int) -> Jobseeker:
    seeker = session.get(Jobseeker, seeker_id)
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
        radius_km=seeker.radius_km, priority_groups=seeker.priority_groups, occupations=occupations_out(seeker),
        created_at=seeker.created_at, updated_at=seeker.updated_at,
    )


def _set_expected_salary(seeker: Jobseeker, salary: ExpectedSalary | None) -> None:
    seeker.expected_salary_min = salary.min if salary else None
    seeker.expected_salary_unit = salary.unit if salary else "month"
