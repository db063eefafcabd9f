"""When a 零工 seeker is free: weekly windows and dates, as the profile and a search give them."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Self

from pydantic import Field, StringConstraints, model_validator

from app.schemas.common import Strict
from matching.shifts import CLOCK, END_CLOCK, minutes

Clock = Annotated[
    str, StringConstraints(pattern=CLOCK.pattern), Field(title="开始时间", examples=["08:00"], description="HH:MM")
]
EndClock = Annotated[
    str,
    StringConstraints(pattern=END_CLOCK.pattern),
    Field(title="结束时间", examples=["12:00"], description="HH:MM, after the start; 24:00 ends the day"),
]
IsoWeekday = Annotated[int, Field(ge=1, le=7, title="星期", description="1 = 周一 … 7 = 周日")]


class _Window(Strict):
    start: Clock
    end: EndClock

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if minutes(self.end) <= minutes(self.start):
            raise ValueError("end must be after start (a night is two windows: 22:00-24:00 and 00:00-06:00)")
        return self


class WeeklyWindow(_Window):
    """每周这些天的这段时间有空."""

    days: list[IsoWeekday] = Field(min_length=1, max_length=7, title="星期几", examples=[[1, 2, 3, 4, 5]])

    model_config = {
        "title": "每周空闲时段",
        "json_schema_extra": {"examples": [{"days": [1, 2, 3, 4, 5], "start": "08:00", "end": "12:00"}]},
    }


class DatedWindow(_Window):
    """这一天的这段时间有空."""

    date: datetime.date = Field(title="日期", examples=["2026-12-06"])

    model_config = {
        "title": "某日空闲时段",
        "json_schema_extra": {"examples": [{"date": "2026-12-06", "start": "08:00", "end": "18:00"}]},
    }


FREE_TIMES_EXAMPLE: dict[str, Any] = {
    "weekly": [{"days": [1, 2, 3, 4, 5], "start": "08:00", "end": "12:00"}],
    "dates": [{"date": "2026-12-06", "start": "08:00", "end": "18:00"}],
}


class FreeTimesIn(Strict):
    """零工: when the person can work. A 零工 shift is matched only when it fits inside one of these windows."""

    weekly: list[WeeklyWindow] = Field(default_factory=list, max_length=21, title="每周空闲时段")
    dates: list[DatedWindow] = Field(default_factory=list, max_length=62, title="具体日期空闲时段")

    model_config = {"title": "空闲时间", "json_schema_extra": {"examples": [FREE_TIMES_EXAMPLE]}}
