"""Jobseeker profiles: fill once, change, and erase for real; each read shown in full only to who may see it."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from sqlalchemy import inspect, select, true, update
from sqlalchemy.orm import Session

from app.models import Employment, Jobseeker, Placement, Push
from app.models.base import utcnow
from app.schemas.audit import SubjectKind
from app.schemas.availability import FreeTimesIn
from app.schemas.common import ExpectedSalary
from app.schemas.jobseeker import (
    JobseekerCreate,
    JobseekerOut,
    JobseekerUpdate,
    ProgrammeVerdict,
)
from app.schemas.push import PushChannel, PushConsent, PushSettings, PushSettingsOut
from app.schemas.validators import mask_id_number, mask_phone
from app.services.engine.availability import stored_free_times
from app.services.engine.eligibility import applicant_of, local_today, verdicts
from app.services.engine.index_feed import add_indexed, record_change
from app.services.engine.matcher import Matcher
from app.services.engine.occupations import occupations_out
from app.services.engine.texts import describe, facts_out, is_stale, read_facts
from app.services.errors import Conflict, Forbidden, InvalidField, NotFound
from app.services.idempotency import forget_seeker
from app.services.identity import accounts
from app.services.identity.access import require_area, require_seeker
from app.services.identity.audit import record_read
from app.services.identity.principal import Principal
from app.services.places.communities import community_for
from app.services.places.coordinates import check_radius, location_out, to_stored_point
from app.services.privacy.consents import (
    change_consent,
    check_groups,
    consent_of,
    consent_out,
    give_consent,
    home_point,
)
from app.services.privacy.pii import (
    ID_NUMBER,
    seal_seeker_id_number,
    seal_seeker_phone,
    seeker_id_number,
    seeker_phone,
)
from app.services.privacy.vault import Vault
from app.vocabulary import Role
from matching.geo import GeoPoint

NOT_NULL = (
    "name",
    "phone",
    "location",
    "desired_job",
    "experience",
    "skills",
    "job_types",
    "radius_km",
    "priority_groups",
    "push",
    "sensitive_consent",
    "rejected_facts",
    "gigs_soon_first",
)
SPECIAL = {
    "location",
    "expected_salary",
    "radius_km",
    "push",
    "community_code",
    "phone",
    "id_number",
    "sensitive_consent",
    "free_times",
}


def create_jobseeker(
    session: Session, matcher: Matcher, vault: Vault, principal: Principal, payload: JobseekerCreate
) -> JobseekerOut:
    """A jobseeker fills their own one profile; staff register a person of their districts on their behalf."""
    _check_creator(principal)
    check_groups(payload.priority_groups, payload.sensitive_consent)
    radius_km = check_radius(payload.radius_km or matcher.default_radius_km, matcher.max_radius_km)
    point = to_stored_point(payload.location)
    community_code = community_for(session, point, payload.community_code)  # from the point as given
    if principal.role is not Role.JOBSEEKER:
        require_area(principal, community_code, "the person's community")
    stored = home_point(point, payload.sensitive_consent)
    seeker = Jobseeker(
        **payload.model_dump(exclude=SPECIAL),
        lat=stored.lat,
        lon=stored.lon,
        radius_km=radius_km,
        community_code=community_code,
    )
    give_consent(seeker, payload.sensitive_consent, utcnow())
    seal_seeker_phone(vault, seeker, payload.phone)
    _set_id_number(session, vault, seeker, payload.id_number)
    _set_expected_salary(seeker, payload.expected_salary)
    seeker.free_times = stored_free_times(payload.free_times)
    own_account = principal.user_id if principal.role is Role.JOBSEEKER else None
    _set_push(seeker, payload.push, accounts.wechat_openid_of(session, own_account))
    describe([seeker], matcher.coder, session)
    add_indexed(session, seeker, "seeker")
    if principal.role is Role.JOBSEEKER:
        accounts.link_seeker(session, principal.user_id, seeker.id)
        principal = replace(principal, seeker_id=seeker.id)  # theirs from now on: they see it unmasked
    return disclose(session, vault, principal, seeker, "jobseeker.create")


def get_jobseeker(session: Session, vault: Vault, principal: Principal, seeker_id: int) -> JobseekerOut:
    return disclose(session, vault, principal, load_own_jobseeker(session, principal, seeker_id), "jobseeker.get")


def update_jobseeker(
    session: Session, matcher: Matcher, vault: Vault, principal: Principal, seeker_id: int, payload: JobseekerUpdate
) -> JobseekerOut:
    seeker = load_own_jobseeker(session, principal, seeker_id)
    changes = payload.model_dump(exclude_unset=True)
    for name in NOT_NULL:
        if name in changes and changes[name] is None:
            raise InvalidField(name, "may not be null")
    consent = payload.sensitive_consent or consent_of(seeker)
    if payload.priority_groups is not None:
        check_groups(payload.priority_groups, consent)
    if payload.sensitive_consent is not None:
        change_consent(session, seeker, payload.sensitive_consent, utcnow())
    for name in changes.keys() - SPECIAL:
        setattr(seeker, name, getattr(payload, name))
    if payload.phone is not None:
        seal_seeker_phone(vault, seeker, payload.phone)
    if "id_number" in changes:
        _set_id_number(session, vault, seeker, payload.id_number)
    _move(session, seeker, payload, "community_code" in changes)
    if payload.radius_km is not None:
        seeker.radius_km = check_radius(payload.radius_km, matcher.max_radius_km)
    if "expected_salary" in changes:
        _set_expected_salary(seeker, payload.expected_salary)
    if "free_times" in changes:
        seeker.free_times = stored_free_times(payload.free_times)
    if payload.push is not None:
        _set_push(seeker, payload.push, accounts.bound_wechat_openid(session, seeker.id), session)
    if not principal.is_seeker(seeker.id):  # staff may not move a person out of their area
        require_area(principal, seeker.community_code, "the person's new community")
    if is_stale(seeker, matcher.coder):
        describe([seeker], matcher.coder, session)
    else:
        read_facts([seeker])  # a consent given or withdrawn changes which facts may be kept
    seeker.version += 1
    seeker.updated_at = utcnow()
    record_change(session, "seeker", seeker.id)
    return disclose(session, vault, principal, seeker, "jobseeker.update")


def delete_jobseeker(session: Session, principal: Principal, seeker_id: int) -> None:
    """Erase the person. The change feed carries only the id, so every index drops them.

    What refers to them goes with them or loses the link (the foreign keys do most of it):
    - pushes and push items are deleted (ON DELETE CASCADE): they are messages to and about the person,
      and nothing counts them once the person is gone;
    - events and employment registrations are anonymised (jobseeker_id SET NULL): the funnel and the
      就业登记 counts of past periods must not change, and the county, community and group copied onto
      them name no one; the 户 number an employment copied is cleared here, as it would;
    - 见习 placements are anonymised the same way (a unit's subsidy statements must still add up); the
      person's own words their eligibility was read from ("按简历中「2025年6月毕业」判断") are cut off here;
    - an account keeps existing without a profile (users.seeker_id SET NULL) and may fill a new one;
    - the PII audit log keeps its rows: they hold no personal data, only that an id was read, and the
      controller must be able to show who read what (PIPL art. 54);
    - stored idempotent answers that may hold the profile are deleted.
    """
    seeker = load_own_jobseeker(session, principal, seeker_id)
    session.execute(update(Employment).where(Employment.jobseeker_id == seeker_id).values(household_id=None))
    for placement in session.scalars(select(Placement).where(Placement.jobseeker_id == seeker_id)):
        placement.eligibility = placement.eligibility.split("（", 1)[0]
    forget_seeker(session, seeker_id)
    session.delete(seeker)
    session.flush()
    record_change(session, "seeker", seeker_id)


def load_jobseeker(session: Session, seeker_id: int, *, lock: bool = False) -> Jobseeker:
    seeker = session.get(Jobseeker, seeker_id, with_for_update=lock)
    if seeker is None:
        raise NotFound("jobseeker", seeker_id)
    return seeker


def seeker_columns(seeker: Jobseeker) -> tuple[Any, ...]:
    """Every column of the row as loaded: two equal tuples mean nothing in the row changed in between."""
    return tuple(getattr(seeker, key) for key in _column_keys())


@functools.cache
def _column_keys() -> tuple[str, ...]:
    return tuple(column.key for column in inspect(Jobseeker).column_attrs)


def load_own_jobseeker(session: Session, principal: Principal, seeker_id: int) -> Jobseeker:
    """The person themselves, staff of their community's district, or an admin; to others they do not exist."""
    seeker = load_jobseeker(session, seeker_id)
    require_seeker(principal, seeker.id, seeker.community_code)
    return seeker


def expected_salary(seeker: Jobseeker) -> ExpectedSalary | None:
    if seeker.expected_salary_min is None:
        return None
    return ExpectedSalary(min=seeker.expected_salary_min, unit=seeker.expected_salary_unit)


def disclose(session: Session, vault: Vault, principal: Principal, seeker: Jobseeker, purpose: str) -> JobseekerOut:
    """The profile as this reader may see it; staff reading numbers in full are written to the audit log."""
    owner = principal.is_seeker(seeker.id)
    in_full = owner or (principal.is_staff and principal.covers(seeker.community_code))
    if in_full and not owner and principal.user_id:  # SYSTEM (user 0) is background work: no person reads
        fields = ["phone", "id_number"] if seeker.id_number_cipher else ["phone"]
        record_read(session, principal, SubjectKind.JOBSEEKER, seeker.id, fields, purpose)
    show_point = owner or (in_full and seeker.consent_precise_location_at is not None)
    return jobseeker_out(vault, seeker, in_full=in_full, show_point=show_point)


def jobseeker_out(vault: Vault, seeker: Jobseeker, *, in_full: bool, show_point: bool) -> JobseekerOut:
    phone, id_number = seeker_phone(vault, seeker), seeker_id_number(vault, seeker)
    if not in_full:
        phone, id_number = mask_phone(phone), mask_id_number(id_number) if id_number else None
    return JobseekerOut(
        id=seeker.id,
        name=seeker.name,
        phone=phone,
        id_number=id_number,
        location=location_out(seeker.lat, seeker.lon) if show_point else None,
        desired_job=seeker.desired_job,
        experience=seeker.experience,
        skills=seeker.skills,
        education=seeker.education,
        expected_salary=expected_salary(seeker),
        job_types=seeker.job_types,
        radius_km=seeker.radius_km,
        priority_groups=seeker.priority_groups,
        sensitive_consent=consent_out(seeker),
        birth_date=seeker.birth_date,
        graduation_date=seeker.graduation_date,
        employment_status=seeker.employment_status,
        community_code=seeker.community_code,
        household_id=seeker.household_id,
        military_specialty=seeker.military_specialty,
        occupations=occupations_out(seeker),
        facts=facts_out(seeker),
        rejected_facts=list(seeker.rejected_facts or []),
        free_times=None if seeker.free_times is None else FreeTimesIn.model_validate(seeker.free_times),
        gigs_soon_first=seeker.gigs_soon_first,
        push=PushSettingsOut(
            consent=seeker.push_consent,
            channel=seeker.push_channel,
            wechat_subscribed=seeker.wechat_subscribed,
            wechat_bound=seeker.wechat_openid is not None,
        ),
        created_at=seeker.created_at,
        updated_at=seeker.updated_at,
    )


def programmes(session: Session, principal: Principal, seeker_id: int) -> list[ProgrammeVerdict]:
    """Each job type's verdict for the seeker today, explained ("不符合见习条件：毕业超过2年")."""
    seeker = load_own_jobseeker(session, principal, seeker_id)
    return [
        ProgrammeVerdict(job_type=v.job_type, eligible=v.eligible, explanation=v.explanation)
        for v in verdicts(applicant_of(seeker), local_today())
    ]


def _check_creator(principal: Principal) -> None:
    if principal.role is Role.EMPLOYER:
        raise Forbidden("employers may not register jobseekers")
    if principal.role is Role.JOBSEEKER and principal.seeker_id is not None:
        raise Conflict(f"you already have a profile (jobseeker {principal.seeker_id}); change it with PATCH")


def _set_id_number(session: Session, vault: Vault, seeker: Jobseeker, id_number: str | None) -> None:
    if id_number is not None:
        id_hash = vault.lookup(ID_NUMBER, id_number)
        taken = session.scalar(
            select(Jobseeker.id).where(Jobseeker.id_number_hash == id_hash, Jobseeker.id != seeker.id)
        )  # id None: not yet stored
        if taken is not None:
            raise Conflict("a profile with this ID number already exists; a person has one profile")
    seal_seeker_id_number(vault, seeker, id_number)


def _move(session: Session, seeker: Jobseeker, payload: JobseekerUpdate, community_named: bool) -> None:
    """A new point is stored as the consents allow; a move re-derives an unnamed community from the point given."""
    point = to_stored_point(payload.location) if payload.location is not None else GeoPoint(seeker.lat, seeker.lon)
    if payload.location is not None:
        stored = home_point(point, consent_of(seeker))
        seeker.lat, seeker.lon = stored.lat, stored.lon
    if community_named or payload.location is not None:
        seeker.community_code = community_for(session, point, payload.community_code)


def _set_expected_salary(seeker: Jobseeker, salary: ExpectedSalary | None) -> None:
    seeker.expected_salary_min = salary.min if salary else None
    seeker.expected_salary_unit = salary.unit if salary else "month"


def _set_push(seeker: Jobseeker, push: PushSettings, openid: str | None, session: Session | None = None) -> None:
    """Consent and channel as chosen; planned pushes the seeker no longer wants are not sent. WeChat pushes go
    to `openid`, the one code2Session gave the seeker's own account at sign-in: a client never names it, so it
    cannot point someone's pushes elsewhere."""
    if push.channel is PushChannel.WECHAT and openid is None:
        raise InvalidField(
            "push.channel", "微信推送需要本人先用微信小程序登录：这份档案没有绑定微信账号（openid 由登录时微信返回）"
        )
    seeker.push_consent, seeker.push_channel = push.consent, push.channel
    seeker.wechat_openid, seeker.wechat_subscribed = openid, push.wechat_subscribed
    if session is None:
        return
    unwanted = Push.channel != push.channel
    if push.consent == PushConsent.OFF or (push.channel == PushChannel.WECHAT and not push.wechat_subscribed):
        unwanted = true()
    session.execute(
        update(Push)
        .where(Push.jobseeker_id == seeker.id, Push.status == "pending", unwanted)
        .values(status="cancelled", last_error="the seeker changed their push settings")
    )
