"""Who may touch what: the object-level rules every service applies (docs/security.md has the table).

A caller refused for their role (a seeker listing uploads) gets Forbidden before anything is looked up, the same
for every id. A caller refused one *private* object (a person, an upload, an employment record, an API key)
gets NotFound, word for word what a missing id gets: a 403 there would tell them the id exists. Public things
(postings, fairs, employers, stations) keep Forbidden: their existence is no secret.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel
from sqlalchemy import ColumnElement, false, or_, true
from sqlalchemy.orm import InstrumentedAttribute

from app.services.errors import Forbidden, NotFound
from app.services.identity.principal import Principal
from app.vocabulary import Role


def require_staff(principal: Principal, action: str) -> None:
    if not principal.is_staff:
        raise Forbidden(f"only operators and admins may {action}")


def require_admin(principal: Principal, action: str) -> None:
    if not principal.is_admin:
        raise Forbidden(f"only admins may {action}")


def require_area(principal: Principal, code: str | None, what: str) -> None:
    """Staff act inside their districts only; admins everywhere."""
    if not principal.covers(code):
        raise _outside(principal, what)


def covers_place(principal: Principal, division_code: str | None, *, placed: bool = True) -> bool:
    """A place belongs to the division stored with its point; a place-less thing to every operator."""
    if principal.is_admin:
        return True
    if principal.role is not Role.OPERATOR:
        return False
    return principal.covers(division_code) if placed else True


def _outside(principal: Principal, what: str) -> Forbidden:
    return Forbidden(
        f"{what} lies outside your districts"
        if principal.role is Role.OPERATOR
        else f"only staff of its district may access {what}"
    )


def require_place(principal: Principal, division_code: str | None, what: str, *, placed: bool = True) -> None:
    if not covers_place(principal, division_code, placed=placed):
        raise _outside(principal, what)


def require_employer(principal: Principal, employer_id: int | None, division_code: str | None, what: str) -> None:
    """An employer's own things: its members, and staff of the district where the thing is."""
    if principal.is_member_of(employer_id):
        return
    if principal.role is Role.EMPLOYER:
        raise Forbidden(f"{what} belongs to another employer")
    require_place(principal, division_code, what)


def can_see_seeker(principal: Principal, seeker_id: int, community_code: str | None) -> bool:
    """A person's own data: themselves, staff of their community's district, admins."""
    if principal.is_seeker(seeker_id):
        return True
    return principal.is_staff and principal.covers(community_code)


def require_seeker(principal: Principal, seeker_id: int, community_code: str | None) -> None:
    if not can_see_seeker(principal, seeker_id, community_code):
        raise NotFound("jobseeker", seeker_id)  # as if absent: see the module's note


Scoped = TypeVar("Scoped", bound=BaseModel)


def scoped(principal: Principal, query: Scoped) -> Scoped:
    """Statistics are for staff: an operator's report covers one of their districts, named or their only one."""
    require_staff(principal, "read statistics")
    district: str | None = getattr(query, "district")  # noqa: B009 (any query model with a `district`)
    if principal.is_admin:
        return query
    if district is None:
        if len(principal.districts) != 1 or len(principal.districts[0]) != 6:
            raise Forbidden("name the `district` to report on, one you serve: " + ", ".join(principal.districts))
        district = principal.districts[0]
    require_area(principal, district, f"district {district}")
    return query.model_copy(update={"district": district})


def in_area(principal: Principal, *codes: InstrumentedAttribute[str | None]) -> ColumnElement[bool]:
    """Rows whose community or district code lies in the principal's area (a list filter for operators)."""
    if principal.is_admin:
        return true()
    if principal.role is not Role.OPERATOR:
        return false()
    # false() first: an operator with no districts reaches nothing (an empty or_() would drop the filter)
    return or_(false(), *(code.startswith(prefix) for code in codes for prefix in principal.districts))
