"""就业见习 placements: an intern placed at a unit, the source row of the unit's internship subsidies."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Placement(Base):
    """The seeker's community and county are copied in, like employments, so a statement keeps its area
    after the person moves or is erased; `eligibility` keeps the 见习 verdict the placement was accepted on."""

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="SET NULL"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    started_on: Mapped[date] = mapped_column(Date, index=True)
    ended_on: Mapped[date] = mapped_column(Date)  # the agreed end, or the day the intern left
    monthly_pay_yuan: Mapped[float] = mapped_column(Float)
    contract_months: Mapped[int | None] = mapped_column(Integer)  # the labour contract the unit signed after, if any
    contract_signed_on: Mapped[date | None] = mapped_column(Date)
    eligibility: Mapped[str] = mapped_column(String(200))  # "符合见习条件：毕业2年内"
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    district_code: Mapped[str | None] = mapped_column(String(6), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
