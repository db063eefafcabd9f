"""Job postings (岗位)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
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
from app.models.embedded import Embedded

CLOSED_STATES = ("closed", "rejected")
UNPUBLISHED = ("review", "rejected")  # screening held it or review turned it down: not for the public


class Job(Embedded, Base):
    __tablename__ = "jobs"
    __table_args__ = (
        UniqueConstraint("employer_id", "external_id", name="uq_jobs_employer_external"),
        Index("ix_jobs_status_type", "status", "job_type"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    job_type: Mapped[str] = mapped_column(String(20))
    salary_min: Mapped[float | None] = mapped_column(Float)
    salary_max: Mapped[float | None] = mapped_column(Float)
    salary_unit: Mapped[str] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(200))
    headcount: Mapped[int | None] = mapped_column(Integer)
    hiring_radius_km: Mapped[float | None] = mapped_column(Float)
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    internship_months: Mapped[int | None] = mapped_column(Integer)  # 就业见习: 3–12
    shifts: Mapped[list[Any]] = mapped_column(
        JSON, default=list, server_default="[]"
    )  # ["08:00-12:00"], 零工 above all
    external_id: Mapped[str | None] = mapped_column(String(64))
    # Uploaded rows: a hash of what the row said, so a re-upload can tell unchanged from updated.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(10), default="api", server_default="api")  # api | upload
    upload_id: Mapped[int | None] = mapped_column(ForeignKey("uploads.id", ondelete="SET NULL"), index=True)
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id", ondelete="SET NULL"), index=True)
    # point: coordinates given; community/township/county: placed at that centre from the address.
    location_precision: Mapped[str] = mapped_column(String(10), default="point", server_default="point")
    # The 区划代码 the point was placed in (Gazetteer.division_of), resolved with the point: access checks read it.
    division_code: Mapped[str | None] = mapped_column(String(12), index=True)
    # The same posting arriving through another channel: linked to the first, never matched itself.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"), index=True)
    # open | closed | review (held by screening) | rejected (on review: shown to staff and its employer as closed)
    status: Mapped[str] = mapped_column(String(10), default="open")
    # What screening found ({findings, approved, review}); null when it found nothing (app/services/postings/screening.py).
    screening: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
