"""Accounts that sign in (users) and the API keys of operator integrations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # jobseeker | employer | operator | admin
    name: Mapped[str] = mapped_column(String(50), default="")
    # Staff and employer members sign in with phone + password; the phone is kept encrypted, found by its keyed hash.
    phone_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    phone_cipher: Mapped[str | None] = mapped_column(Text)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # argon2id
    # Jobseekers sign in from the WeChat mini-program: code2Session's openid.
    wechat_openid: Mapped[str | None] = mapped_column(String(64), unique=True)
    seeker_id: Mapped[int | None] = mapped_column(ForeignKey("jobseekers.id", ondelete="SET NULL"), unique=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"), index=True)
    districts: Mapped[list[Any]] = mapped_column(JSON, default=list)  # operator: division-code prefixes
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Bumped to revoke every token issued before (password change, deactivation, role change).
    token_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)  # shown in lists; finds the row
    secret_sha256: Mapped[str] = mapped_column(String(64))  # 32 random bytes: a plain hash is enough
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
