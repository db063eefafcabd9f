"""Jobseeker profiles (求职者). Deleting one erases the row; nothing keeps a copy."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId
from app.models.embedded import Embedded


class Jobseeker(Embedded, Base):
    __tablename__ = "jobseekers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(20))
    desired_job: Mapped[str] = mapped_column(String(100))
    experience: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[list[Any]] = mapped_column(JSON, default=list)
    education: Mapped[str | None] = mapped_column(String(20))
    expected_salary_min: Mapped[float | None] = mapped_column(Float)
    expected_salary_unit: Mapped[str] = mapped_column(String(10), default="month")
    job_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    radius_km: Mapped[float] = mapped_column(Float)
    priority_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Programme rules (见习): graduation (past or expected), birth date and employment status.
    birth_date: Mapped[date | None] = mapped_column(Date)
    graduation_date: Mapped[date | None] = mapped_column(Date)
    employment_status: Mapped[str | None] = mapped_column(String(12))
    # The registered community (社区/村): given, or the nearest community centre; and the 户 for
    # zero-employment-household counts, as community staff number it.
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    household_id: Mapped[str | None] = mapped_column(String(32), index=True)
    # Pushes (PIPL art. 24): personalised, non_personalised (newest nearby, not ranked by profile) or off.
    push_consent: Mapped[str] = mapped_column(String(20), default="off", server_default="off")
    push_channel: Mapped[str] = mapped_column(String(10), default="inbox", server_default="inbox")
    wechat_openid: Mapped[str | None] = mapped_column(String(64))
    # False once WeChat says the seeker revoked the subscription (errcode 43101); they renew it in the app.
    wechat_subscribed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
