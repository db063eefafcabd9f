"""Job fairs (招聘会) and the employers taking part in them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Fair(Base):
    __tablename__ = "fairs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    organiser: Mapped[str] = mapped_column(String(100))
    venue: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[float | None] = mapped_column(Float)  # WGS-84; online fairs have no venue point
    lon: Mapped[float | None] = mapped_column(Float)
    division_code: Mapped[str | None] = mapped_column(String(12), index=True)  # of the venue point, as jobs'
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    target_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    # 直播带岗 / 云聘会: the stream (an https link), its platform and room, and when it is on; null: none.
    live_url: Mapped[str | None] = mapped_column(String(500))
    live_platform: Mapped[str | None] = mapped_column(String(20))
    live_room: Mapped[str | None] = mapped_column(String(64))
    live_starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    live_ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FairEmployer(Base):
    """An employer taking part in a fair (参会单位)."""

    __tablename__ = "fair_employers"

    fair_id: Mapped[int] = mapped_column(ForeignKey("fairs.id", ondelete="CASCADE"), primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
