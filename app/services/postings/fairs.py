"""Job fairs: create, change, list, link employers; which fairs run now."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.orm import Session

from app.models import Employer, Fair, FairEmployer, Job
from app.models.base import utcnow
from app.schemas.common import Page
from app.schemas.fair import FairCreate, FairFilter, FairOut, FairStatus, FairUpdate
from app.services.errors import InvalidField, NotFound
from app.services.identity.access import require_place, require_staff
from app.services.identity.principal import Principal
from app.services.paging import paged
from app.services.places.coordinates import location_out, to_stored_point
from app.services.postings.livestreams import fair_livestream_words, livestream_of, set_livestream
from app.services.storage import insert_ignoring_duplicates
from matching.gazetteer import Gazetteer


def create_fair(session: Session, gazetteer: Gazetteer, principal: Principal, payload: FairCreate) -> FairOut:
    require_staff(principal, "hold job fairs")
    fair = Fair(
        **payload.model_dump(exclude={"location", "target_groups", "livestream"}),
        target_groups=[g.value for g in payload.target_groups],
    )
    set_livestream(fair, payload.livestream)
    _place(fair, payload, gazetteer)
    _require_venue(principal, fair, "the fair's venue")
    session.add(fair)
    session.flush()
    return fair_out(session, fair)


def get_fair(session: Session, fair_id: int) -> FairOut:
    return fair_out(session, load_fair(session, fair_id))


def update_fair(
    session: Session, gazetteer: Gazetteer, principal: Principal, fair_id: int, payload: FairUpdate
) -> FairOut:
    fair = load_run_fair(session, principal, fair_id)
    changes = payload.model_dump(exclude_unset=True, exclude={"location", "target_groups", "livestream"})
    for name in ("name", "kind", "organiser", "venue", "starts_at", "ends_at", "description"):
        if name in changes and changes[name] is None:
            raise InvalidField(name, "may not be null")
    for name, value in changes.items():
        setattr(fair, name, value)
    if payload.target_groups is not None:
        fair.target_groups = [g.value for g in payload.target_groups]
    if "livestream" in payload.model_fields_set:
        set_livestream(fair, payload.livestream)
    if "location" in payload.model_fields_set:
        _place(fair, payload, gazetteer)
        _require_venue(principal, fair, "the fair's new venue")
    if fair.ends_at <= fair.starts_at:
        raise InvalidField("ends_at", "must be after starts_at")
    fair.updated_at = utcnow()
    return fair_out(session, fair)


def list_fairs(session: Session, query: FairFilter) -> Page[FairOut]:
    conditions = _filters(query, utcnow())
    total, rows = paged(session, Fair, conditions, (Fair.starts_at.desc(), Fair.id.desc()), query.limit, query.offset)
    return Page(items=[fair_out(session, f) for f in rows], total=total, limit=query.limit, offset=query.offset)


def add_employer(session: Session, principal: Principal, fair_id: int, employer_id: int) -> FairOut:
    """Staff of the fair's district register employers; an employer's member may register their own."""
    fair = (
        load_fair(session, fair_id)
        if principal.is_member_of(employer_id)
        else load_run_fair(session, principal, fair_id)
    )
    if session.get(Employer, employer_id) is None:
        raise InvalidField("employer_id", f"employer {employer_id} does not exist")
    link_employers(session, fair_id, [employer_id])
    return fair_out(session, fair)


def link_employers(session: Session, fair_id: int, employer_ids: Iterable[int]) -> None:
    """Record participation; linking twice is a no-op, on every backend, even under concurrency."""
    rows = [{"fair_id": fair_id, "employer_id": e} for e in sorted(set(employer_ids))]
    insert_ignoring_duplicates(session, FairEmployer, rows)


def load_fair(session: Session, fair_id: int) -> Fair:
    fair = session.get(Fair, fair_id)
    if fair is None:
        raise NotFound("fair", fair_id)
    return fair


def load_run_fair(session: Session, principal: Principal, fair_id: int) -> Fair:
    fair = load_fair(session, fair_id)
    require_staff(principal, "change job fairs")
    _require_venue(principal, fair, f"fair {fair_id}")
    return fair


def check_fair(session: Session, fair_id: int | None, field: str = "fair_id") -> None:
    if fair_id is not None and session.get(Fair, fair_id) is None:
        raise InvalidField(field, f"fair {fair_id} does not exist")


RUNNING = select(Fair.id, Fair.name).where(Fair.starts_at <= bindparam("now"), Fair.ends_at > bindparam("now"))


def running_fairs(session: Session, now: datetime) -> dict[int, str]:
    """Fairs on at `now`, by id, with their names: their postings get the ranking's fair boost (read on every
    match: the statement is built once)."""
    rows = session.execute(RUNNING, {"now": now}).all()
    return {fair_id: name for fair_id, name in rows}


def fair_status(fair: Fair, now: datetime) -> FairStatus:
    if now < fair.starts_at:
        return FairStatus.UPCOMING
    return FairStatus.RUNNING if now < fair.ends_at else FairStatus.ENDED


def fair_out(session: Session, fair: Fair) -> FairOut:
    employers = session.scalar(select(func.count()).where(FairEmployer.fair_id == fair.id)) or 0
    postings = (
        session.scalar(select(func.count()).select_from(Job).where(Job.fair_id == fair.id, Job.status == "open")) or 0
    )
    location = location_out(fair.lat, fair.lon) if fair.lat is not None and fair.lon is not None else None
    return FairOut(
        id=fair.id,
        name=fair.name,
        kind=fair.kind,
        organiser=fair.organiser,
        venue=fair.venue,
        location=location,
        starts_at=fair.starts_at,
        ends_at=fair.ends_at,
        status=fair_status(fair, utcnow()),
        target_groups=fair.target_groups,
        description=fair.description,
        employers=employers,
        postings=postings,
        livestream=livestream_of(fair),
        livestream_words=fair_livestream_words(fair),
        created_at=fair.created_at,
        updated_at=fair.updated_at,
    )


def _place(fair: Fair, payload: FairCreate | FairUpdate, gazetteer: Gazetteer) -> None:
    if payload.location is None:
        fair.lat = fair.lon = fair.division_code = None
        return
    point = to_stored_point(payload.location)
    fair.lat, fair.lon, fair.division_code = point.lat, point.lon, gazetteer.division_of(point)


def _require_venue(principal: Principal, fair: Fair, what: str) -> None:
    """An online fair has no venue: any operator may run it."""
    require_place(principal, fair.division_code, what, placed=fair.lat is not None)


def _filters(query: FairFilter, now: datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.kind is not None:
        conditions.append(Fair.kind == query.kind)
    by_status = {
        FairStatus.UPCOMING: Fair.starts_at > now,
        FairStatus.RUNNING: (Fair.starts_at <= now) & (Fair.ends_at > now),
        FairStatus.ENDED: Fair.ends_at <= now,
    }
    if query.status is not None:
        conditions.append(by_status[query.status])
    return conditions
