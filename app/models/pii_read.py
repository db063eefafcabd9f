"""The audit log of personal data read in the clear by someone other than its owner (PIPL art. 54)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class PiiRead(Base):
    """Who saw which fields of whom, when and why; never the values themselves. No foreign keys: the log
    outlives the accounts and profiles it names (an erased seeker's id then points at nothing)."""

    __tablename__ = "pii_reads"
    __table_args__ = (Index("ix_pii_reads_subject", "subject_kind", "subject_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)  # 0: background work (SYSTEM)
    role: Mapped[str] = mapped_column(String(10))
    subject_kind: Mapped[str] = mapped_column(String(10))  # jobseeker | employer
    subject_id: Mapped[int] = mapped_column(BigInteger)
    fields: Mapped[str] = mapped_column(String(100))  # comma-separated field names, e.g. "phone,id_number"
    purpose: Mapped[str] = mapped_column(String(60))  # the use-case that showed them, e.g. "jobseeker.get"
