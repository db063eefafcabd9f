"""Cases (一人一策): the help planned for one hard-to-employ person, step by step, every contact and action kept.

Free text about the person (needs, step notes and outcomes, contact notes, a closing reason) may tell of health,
family or money: it is held only sealed (AES-GCM, app.services.privacy.vault), the column name bound to it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status_district", "status", "district_code"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # a case is the person's data: erasing them erases it (its action log stays, naming no one)
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"), index=True)
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    district_code: Mapped[str | None] = mapped_column(String(6))
    bases: Mapped[list[Any]] = mapped_column(JSON, default=list)  # hard_to_employ, zero_employment_household
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | in_progress | closed_*
    needs_cipher: Mapped[str] = mapped_column(Text)  # sealed JSON [{kind, note}]
    opened_by: Mapped[int] = mapped_column(BigInteger)
    opened_on: Mapped[date] = mapped_column(Date)
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_by: Mapped[int | None] = mapped_column(BigInteger)
    close_reason_cipher: Mapped[str | None] = mapped_column(Text)
    employment_id: Mapped[int | None] = mapped_column(ForeignKey("employments.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseStep(Base):
    __tablename__ = "case_steps"
    __table_args__ = (Index("ix_case_steps_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # guidance | job_referral | training | public_welfare_post | other
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="planned")  # planned | done | cancelled
    note_cipher: Mapped[str | None] = mapped_column(Text)
    outcome_cipher: Mapped[str | None] = mapped_column(Text)
    jobs: Mapped[list[Any]] = mapped_column(JSON, default=list)  # job_referral: the matched jobs sent
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseContact(Base):
    __tablename__ = "case_contacts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    contacted_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(10))  # phone | visit | walk_in | wechat
    note_cipher: Mapped[str] = mapped_column(Text)
    by_user_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseAction(Base):
    """Who did what to a case, when: never the notes themselves. No foreign key: like the PII read log it
    outlives the case (an erased person's case goes; that staff acted on case 12 stays, naming no one)."""

    __tablename__ = "case_actions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(BigInteger, index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(10))
    action: Mapped[str] = mapped_column(String(30))  # open | plan_step | step_done | contact | close | ...
    detail: Mapped[str] = mapped_column(String(200), default="")  # ids and kinds only
