"""What a statistics request covers: a district, local days, a priority group."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, true
from sqlalchemy.orm import InstrumentedAttribute

from app.schemas.stats import Period, StatsQuery
from app.services.engine.eligibility import local_today
from app.services.errors import InvalidField
from app.vocabulary import GROUP_BIT, PriorityGroup

LOCAL = ZoneInfo("Asia/Shanghai")
MAX_DAYS = 3 * 366


@dataclass(frozen=True, slots=True)
class Scope:
    start: date
    end: date  # inclusive
    district: str | None
    group: PriorityGroup | None

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(), LOCAL)

    @property
    def end_at(self) -> datetime:
        """Exclusive: midnight after the last day, local time."""
        return datetime.combine(self.end + timedelta(days=1), time(), LOCAL)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def period(self) -> Period:
        return Period(start=self.start, end=self.end, district=self.district, group=self.group)

    def has_group(self, bits: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        return true() if self.group is None else bits.op("&", return_type=Integer)(GROUP_BIT[self.group]) != 0

    def in_district(self, code: InstrumentedAttribute[str | None]) -> ColumnElement[bool]:
        return true() if self.district is None else code.startswith(self.district)


def scope_of(query: StatsQuery) -> Scope:
    end = query.end or local_today()
    start = query.start or end.replace(month=1, day=1)
    if start > end:
        raise InvalidField("from", "must not be after `to`")
    if (end - start).days >= MAX_DAYS:
        raise InvalidField("from", f"a period covers at most {MAX_DAYS} days")
    return Scope(start, end, query.district, query.group)
