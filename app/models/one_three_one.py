"""1+3+1 records for migrant workers (界首): one 职业指导, three suitable jobs sent, one training referral."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class OneThreeOne(Base):
    """One per person; complete once all three parts are recorded (`completed_on`)."""

    __tablename__ = "one_three_one"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"), unique=True)
    community_code: Mapped[str | None] = mapped_column(String(12))
    district_code: Mapped[str | None] = mapped_column(String(6), index=True)
    guidance_on: Mapped[date | None] = mapped_column(Date)
    guidance_by: Mapped[int | None] = mapped_column(BigInteger)
    guidance_note_cipher: Mapped[str | None] = mapped_column(Text)  # sealed: a conversation about the person
    jobs: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{job_id, title, score, explanation, sent_on}]
    jobs_by: Mapped[int | None] = mapped_column(BigInteger)
    training_provider: Mapped[str | None] = mapped_column(String(100))
    training_course: Mapped[str | None] = mapped_column(String(100))
    training_on: Mapped[date | None] = mapped_column(Date)
    training_by: Mapped[int | None] = mapped_column(BigInteger)
    completed_on: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
