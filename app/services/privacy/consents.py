"""Separate consent for sensitive information (PIPL art. 29): disability, poverty status, a precise home.

Without `precise_location` the home point is kept on a GRID_DEG grid: snapped to the nearest node, it moves
at most half a cell each way, about 280 m north-south and 240 m east-west at Hefei's latitude, 0.36 km at
worst. Against the 3 km default radius that blurs the circle's edge by ±12 %: jobs between about 2.65 and
3.35 km may fall in or out, and distances shown carry that error. A cell (about 0.25 km²) holds a few
thousand people in a town and still names no single home; a coarser grid would make 3 km matching visibly
wrong, a finer one would point at a building.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.models import Employment, Event, Jobseeker
from app.schemas.jobseeker import SensitiveConsent, SensitiveConsentOut
from app.services.errors import InvalidField
from app.vocabulary import GROUP_BIT, PriorityGroup
from matching.geo import GeoPoint

GRID_DEG = 0.005
GROUP_CONSENT = {PriorityGroup.DISABLED: "disability", PriorityGroup.POVERTY_ALLEVIATED: "poverty"}


def coarsen(point: GeoPoint) -> GeoPoint:
    return GeoPoint(_snap(point.lat), _snap(point.lon))


def home_point(point: GeoPoint, consent: SensitiveConsent) -> GeoPoint:
    """The point as it may be stored under this consent."""
    return point if consent.precise_location else coarsen(point)


def check_groups(groups: Iterable[str], consent: SensitiveConsent) -> None:
    """A group that is sensitive information may be declared only with its own consent (422 otherwise)."""
    for group in groups:
        flag = GROUP_CONSENT.get(PriorityGroup(group))
        if flag is not None and not getattr(consent, flag):
            raise InvalidField(
                "priority_groups",
                f"`{group}` is sensitive information and needs its own consent: send sensitive_consent.{flag}: true",
            )


def consent_of(seeker: Jobseeker) -> SensitiveConsent:
    return SensitiveConsent(
        disability=seeker.consent_disability_at is not None,
        poverty=seeker.consent_poverty_at is not None,
        precise_location=seeker.consent_precise_location_at is not None,
    )


def consent_out(seeker: Jobseeker) -> SensitiveConsentOut:
    return SensitiveConsentOut(
        **consent_of(seeker).model_dump(),
        disability_at=seeker.consent_disability_at,
        poverty_at=seeker.consent_poverty_at,
        precise_location_at=seeker.consent_precise_location_at,
    )


def give_consent(seeker: Jobseeker, consent: SensitiveConsent, now: datetime) -> None:
    """Consents newly given are stamped now; those kept keep their time; a new profile has none to withdraw."""
    seeker.consent_disability_at = _stamp(seeker.consent_disability_at, consent.disability, now)
    seeker.consent_poverty_at = _stamp(seeker.consent_poverty_at, consent.poverty, now)
    seeker.consent_precise_location_at = _stamp(seeker.consent_precise_location_at, consent.precise_location, now)


def change_consent(session: Session, seeker: Jobseeker, consent: SensitiveConsent, now: datetime) -> None:
    """Withdrawing a consent removes what it allowed: the group (from the profile and from the seeker's
    events and employments), or the precise point (coarsened)."""
    held = consent_of(seeker)
    withdrawn = {flag for flag, given in consent.model_dump().items() if not given and getattr(held, flag)}
    give_consent(seeker, consent, now)
    groups = {group for group, flag in GROUP_CONSENT.items() if flag in withdrawn}
    if groups:
        seeker.priority_groups = [g for g in seeker.priority_groups if PriorityGroup(g) not in groups]
        _clear_group_bits(session, seeker.id, groups)
    if "precise_location" in withdrawn:
        point = coarsen(GeoPoint(seeker.lat, seeker.lon))
        seeker.lat, seeker.lon = point.lat, point.lon


def _clear_group_bits(session: Session, seeker_id: int, groups: set[PriorityGroup]) -> None:
    keep = ~sum(GROUP_BIT[g] for g in groups)
    for model in (Event, Employment):
        session.execute(
            update(model).where(model.jobseeker_id == seeker_id).values(group_bits=model.group_bits.bitwise_and(keep))
        )


def _stamp(given_at: datetime | None, given: bool, now: datetime) -> datetime | None:
    return (given_at or now) if given else None


def _snap(degrees: float) -> float:
    return round(round(degrees / GRID_DEG) * GRID_DEG, 6)
