"""Pushes: the plan's runs, the outbox of messages with their delivery state, and what each carried."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class PushRun(Base):
    """One `push plan` or `push send` pass. `slot` is set by the scheduler: unique, so one process
    wins each night however many are running."""

    __tablename__ = "push_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # plan | send | fanout (a plan handed out in shards)
    shard: Mapped[str] = mapped_column(String(20), default="0/1")  # i/n; a fanout: */n
    slot: Mapped[str | None] = mapped_column(String(60), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="running")  # running | done | failed
    as_of: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)  # a fanout's shard: taken over after this


class Push(Base):
    """One message to one recipient: the outbox row. Written in the plan's transaction; the sender
    claims it (status sending, with a lease), delivers, and records the outcome."""

    __tablename__ = "pushes"
    __table_args__ = (Index("ix_pushes_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    audience: Mapped[str] = mapped_column(String(10))  # seeker | employer
    jobseeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("push_runs.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # inbox | wechat | webhook
    personalised: Mapped[bool] = mapped_column(Boolean, default=True)
    # pending -> sending -> sent | pending (retry) | dead | cancelled; in_doubt: the sender died mid-call
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str] = mapped_column(String(32), unique=True)  # events name it to link back
    as_of: Mapped[datetime] = mapped_column(UtcDateTime)  # jobs published after this are new next time
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PushItem(Base):
    """One (seeker, job) pair a push carried. Unique per audience: a pair is pushed once, ever."""

    __tablename__ = "push_items"
    __table_args__ = (
        UniqueConstraint("audience", "jobseeker_id", "job_id", name="uq_push_items_pair"),
        Index("ix_push_items_job_created", "job_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    push_id: Mapped[int] = mapped_column(ForeignKey("pushes.id", ondelete="CASCADE"), index=True)
    audience: Mapped[str] = mapped_column(String(10))
    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="CASCADE"), index=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    distance_km: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
