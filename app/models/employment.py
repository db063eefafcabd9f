"""Employment registrations (就业登记): the outcome a community operator records and may claim."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Employment(Base):
    """Stable (≥ 6-month contract with social insurance) or flexible (≥ 3 months at ≥ the minimum wage).
    The seeker's community, county and groups are copied in, like events, so statistics keep them."""

    __tablename__ = "employments"
    __table_args__ = (Index("ix_employments_seeker_started", "jobseeker_id", "started_on"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="SET NULL"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))  # stable | flexible
    started_on: Mapped[date] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    contract_months: Mapped[int] = mapped_column(Integer)
    social_insurance: Mapped[bool] = mapped_column(Boolean)
    monthly_wage_yuan: Mapped[float] = mapped_column(Float)
    claimable: Mapped[bool] = mapped_column(Boolean)  # counts toward the operator's yearly claim
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    district_code: Mapped[str | None] = mapped_column(String(6), index=True)
    household_id: Mapped[str | None] = mapped_column(String(32))
    group_bits: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
