"""The list filter of an operator's area, checked by SQLite itself."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from app.models import Employment
from app.models.base import Base
from app.services.identity.access import in_area
from app.services.identity.principal import Principal
from app.vocabulary import Role


def _count(principal: Principal) -> int:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(
            [
                Employment(
                    kind="stable",
                    started_on=date(2026, 1, 5),
                    contract_months=12,
                    social_insurance=True,
                    monthly_wage_yuan=5000,
                    claimable=True,
                    community_code=code,
                )
                for code in ("340102001001", "340122100004")
            ]
        )
        session.flush()
        found = session.scalar(
            select(func.count()).select_from(Employment).where(in_area(principal, Employment.community_code))
        )
    return int(found or 0)


def test_an_operator_reaches_rows_of_their_districts_and_none_without_districts() -> None:
    assert _count(Principal(1, Role.OPERATOR, districts=("340102",))) == 1
    assert _count(Principal(1, Role.OPERATOR, districts=())) == 0  # an empty or_() would have matched both
    assert _count(Principal(1, Role.ADMIN)) == 2
    assert _count(Principal(1, Role.EMPLOYER, employer_id=1)) == 0
