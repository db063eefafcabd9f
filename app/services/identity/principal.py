"""Who is asking: the authenticated principal every service checks objects against."""

from __future__ import annotations

from dataclasses import dataclass

from app.vocabulary import Role


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    role: Role
    seeker_id: int | None = None  # jobseeker: their own profile, once created
    employer_id: int | None = None  # employer: the employer they belong to
    # operator: division-code prefixes they serve ("3401" a city, "340104" a district, a 12-digit community)
    districts: tuple[str, ...] = ()
    via_api_key: bool = False  # an integration's key acts for its owner, but may not mint keys or accounts

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.OPERATOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def covers(self, code: str | None) -> bool:
        """Whether a community or district code lies in this principal's area (admins: everywhere)."""
        if self.role is Role.ADMIN:
            return True
        if self.role is not Role.OPERATOR or not code:
            return False
        return any(code.startswith(prefix) for prefix in self.districts)

    def is_seeker(self, seeker_id: int) -> bool:
        return self.role is Role.JOBSEEKER and self.seeker_id == seeker_id

    def is_member_of(self, employer_id: int | None) -> bool:
        return self.role is Role.EMPLOYER and employer_id is not None and self.employer_id == employer_id


# Background work (the nightly push, upload workers, the CLI) acts with no user behind it.
SYSTEM = Principal(user_id=0, role=Role.ADMIN)
