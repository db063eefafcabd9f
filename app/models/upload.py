"""Bulk uploads of postings: the stored file, its progress and counts, and row-level issues."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Upload(Base):
    """One uploaded sheet. The row is the task's state: a worker claims it with a lease and commits
    progress together with the rows it stored, so a killed worker leaves nothing half-done."""

    __tablename__ = "uploads"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    filename: Mapped[str] = mapped_column(String(200))
    file_format: Mapped[str] = mapped_column(String(10))  # csv | xlsx
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id", ondelete="SET NULL"), index=True)
    # Who sent it: operators see their own uploads; uploads from the CLI or before accounts have none.
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)  # queued|running|done|failed
    total_rows: Mapped[int] = mapped_column(Integer)
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    linked: Mapped[int] = mapped_column(Integer, default=0)  # created rows linked to an existing posting
    failure: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_token: Mapped[str | None] = mapped_column(String(64))
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class UploadFile(Base):
    """The uploaded bytes, in the database so workers on other machines can read them; sealed by the vault
    (a sheet is full of contact phones), and deleted `upload_file_retention_days` after the upload ended."""

    __tablename__ = "upload_files"

    upload_id: Mapped[int] = mapped_column(ForeignKey("uploads.id", ondelete="CASCADE"), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))  # the vault key that sealed `content`
    content: Mapped[bytes] = mapped_column(LargeBinary)  # nonce + AES-256-GCM ciphertext


class UploadIssue(Base):
    """A rejected row (severity error) or an accepted row with an assumption made (warning)."""

    __tablename__ = "upload_issues"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    upload_id: Mapped[int] = mapped_column(ForeignKey("uploads.id", ondelete="CASCADE"), index=True)
    row: Mapped[int] = mapped_column(Integer)  # the sheet's own row number, header included
    column: Mapped[str] = mapped_column(String(50))
    value: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(300))
    severity: Mapped[str] = mapped_column(String(10), default="error")
