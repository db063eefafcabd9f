"""Jobseeker profiles (求职者). Deleting one erases the row; nothing keeps a copy.

Phone and ID numbers are held only as AES-GCM ciphertexts (app.services.privacy.vault) and keyed lookup hashes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UtcDateTime
from app.models.embedded import Embedded


class Jobseeker(Embedded, Base):
    __tablename__ = "jobseekers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    phone_cipher: Mapped[str] = mapped_column(Text)
    phone_hash: Mapped[str] = mapped_column(String(64), index=True)
    id_number_cipher: Mapped[str | None] = mapped_column(Text)  # 居民身份证号码, optional
    id_number_hash: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)  # one profile a person
    desired_job: Mapped[str] = mapped_column(String(100))
    experience: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[list[Any]] = mapped_column(JSON, default=list)
    education: Mapped[str | None] = mapped_column(String(20))
    expected_salary_min: Mapped[float | None] = mapped_column(Float)
    expected_salary_unit: Mapped[str] = mapped_column(String(10), default="month")
    job_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    radius_km: Mapped[float] = mapped_column(Float)
    priority_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Separate consent for sensitive information (PIPL art. 29), when given; None: not given. Without it the
    # group (disabled, poverty_alleviated) is not held and the home point is kept only on a coarse grid.
    consent_disability_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_poverty_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_precise_location_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Programme rules (见习): graduation (past or expected), birth date and employment status.
    birth_date: Mapped[date | None] = mapped_column(Date)
    graduation_date: Mapped[date | None] = mapped_column(Date)
    employment_status: Mapped[str | None] = mapped_column(String(12))
    # The registered community (社区/村): given, or the nearest community centre; and the 户 for
    # zero-employment-household counts, as community staff number it.
    community_code: Mapped[str | None] = mapped_column(String(12), index=True)
    household_id: Mapped[str | None] = mapped_column(String(32), index=True)
    # A veteran's 兵种 or military specialty ("汽车兵", "野战炊事员"), coded to civilian occupations like a title
    military_specialty: Mapped[str | None] = mapped_column(String(50))
    # Pushes (PIPL art. 24): personalised, non_personalised (newest nearby, not ranked by profile) or off.
    push_consent: Mapped[str] = mapped_column(String(20), default="off", server_default="off")
    push_channel: Mapped[str] = mapped_column(String(10), default="inbox", server_default="inbox")
    wechat_openid: Mapped[str | None] = mapped_column(String(64))
    # False once WeChat says the seeker revoked the subscription (errcode 43101); they renew it in the app.
    wechat_subscribed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # 零工: when the person is free ({"weekly": [{days, start, end}], "dates": [{date, start, end}]}); null: not said,
    # and 零工 are then not filtered by their shifts. gigs_soon_first: today's and tomorrow's 零工 first.
    free_times: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    gigs_soon_first: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
