"""Communities (社区/村) and the employment stations (就业驿站, 零工驿站) that serve them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime, utcnow


class Community(Base):
    """One village-level division of the shipped gazetteer; its code's first 6 digits are its county."""

    __tablename__ = "communities"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)  # 统计用区划代码
    name: Mapped[str] = mapped_column(String(50))
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    county: Mapped[str] = mapped_column(String(30))
    town: Mapped[str] = mapped_column(String(50))
    city: Mapped[str] = mapped_column(String(30))
    lat: Mapped[float] = mapped_column(Float)  # WGS-84 centre
    lon: Mapped[float] = mapped_column(Float)


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12))  # employment (就业驿站) | gig (零工驿站)
    community_code: Mapped[str] = mapped_column(ForeignKey("communities.code", ondelete="RESTRICT"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    opening_hours: Mapped[str] = mapped_column(String(50), default="")
    reach_km: Mapped[float] = mapped_column(Float, default=3.0, server_default="3")  # postings and seekers it serves
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
