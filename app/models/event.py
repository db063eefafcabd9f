"""Feedback events: what a seeker saw and did with a job, counted through to 达成意向 and hires."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Event(Base):
    """One step of the funnel. The seeker's county, community and priority groups are copied in when it is
    recorded, so counts by district and group stay what they were after a profile changes or is erased."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_type_created", "type", "created_at"),
        Index("ix_events_seeker_job", "jobseeker_id", "job_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    type: Mapped[str] = mapped_column(String(12))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"))
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="SET NULL"))
    request_id: Mapped[str | None] = mapped_column(String(32), index=True)
    district_code: Mapped[str | None] = mapped_column(String(12), index=True)
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    group_bits: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ShownMatch(Base):
    """A seeker an employer's match page showed for one of its postings: one of the links (with a seeker's own
    events and pushes) that let the employer report invitations and hires about that seeker."""

    __tablename__ = "shown_matches"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(
        ForeignKey("jobseekers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    shown_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
