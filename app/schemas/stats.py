"""Statistics for community staff and 人社 officials: communities, groups, fairs, trends, headlines."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.schemas import stats_examples as examples
from app.schemas.common import MAX_OFFSET, Strict
from app.vocabulary import PriorityGroup


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


class StatsQuery(Strict):
    district: str | None = Field(None, pattern=r"^\d{6}$", description="county code, e.g. 340102 (瑶海区)")
    start: date | None = Field(None, alias="from", description="first day, inclusive; default: 1 January")
    end: date | None = Field(None, alias="to", description="last day, inclusive; default: today (Asia/Shanghai)")
    group: PriorityGroup | None = Field(None, description="only seekers in this priority group")
    format: ExportFormat = Field(ExportFormat.JSON, description="json, or a csv / xlsx download of the rows")


class Interval(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class TrendQuery(StatsQuery):
    interval: Interval = Interval.WEEK


class CommunityStatsQuery(StatsQuery):
    standard_met: bool | None = Field(None, description="only communities that meet (true) or miss (false) it")
    active: bool = Field(False, description="only communities with seekers or jobs nearby")
    limit: int = Field(100, ge=1, le=2000)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class Period(BaseModel):
    start: date = Field(serialization_alias="from")
    end: date = Field(serialization_alias="to")
    district: str | None
    group: PriorityGroup | None


class Standard(BaseModel):
    employment_rate: float = Field(description="employed share of the community's registered seekers, at least")
    zero_households: int = Field(description="zero-employment households, at most")
    jobs_within_km: float
    min_jobs: int = Field(description="open jobs within jobs_within_km of the centre, at least")


class CommunityStats(BaseModel):
    code: str
    name: str
    county: str
    town: str
    lat: float = Field(description="WGS-84 centre")
    lon: float
    stations: int = Field(description="就业驿站 and 零工驿站")
    seekers: int = Field(description="registered by the period's end")
    households: int
    jobs_nearby: int = Field(description="open jobs within the standard's circle, now")
    matched_seekers: int = Field(description="seekers shown at least one job in the period")
    intentions: int = Field(description="达成意向 events in the period")
    hires: int = Field(description="employments that started in the period")
    hires_stable: int
    hires_flexible: int
    claimable_stable: int = Field(description="what the operator may claim: once per person a year")
    claimable_flexible: int = Field(description="at most three times per person a year")
    employed: int = Field(description="registered seekers in a job on the period's last day")
    employment_rate: float | None = Field(description="employed / seekers; null without seekers")
    zero_employment_households: int = Field(description="households none of whose members is employed at the end")
    cleared_households: int = Field(description="zero-employment at the start, not at the end")
    standard_met: bool | None = Field(description="the full-employment standard; null without seekers")
    unmet: list[str] = Field(examples=[["就业率 52% 低于 70%", "零就业家庭 2 户"]])


class Unassigned(BaseModel):
    """Seekers in scope with no registered community: in every total, on no community's row."""

    seekers: int
    employed: int
    matched_seekers: int
    intentions: int
    hires: int
    hires_stable: int
    hires_flexible: int


class CommunityPage(BaseModel):
    items: list[CommunityStats]
    total: int
    limit: int
    offset: int
    period: Period
    standard: Standard
    unassigned: Unassigned = Field(description="the rows' numbers plus these make the overview's totals")

    model_config = ConfigDict(json_schema_extra={"examples": [examples.COMMUNITY_PAGE]})


class GroupStats(BaseModel):
    group: str = Field(description="a priority group, or `all`")
    boost: float = Field(description="the configured score boost when seekers are ranked for a job")
    seekers: int
    shown: int = Field(description="seekers shown at least one job")
    shown_rate: float | None
    applied: int
    intentions: int = Field(description="seekers who reached 达成意向")
    hired: int = Field(description="seekers with an employment that started in the period")
    hire_rate: float | None
    employed: int = Field(description="seekers in a job on the period's last day")
    employment_rate: float | None = Field(description="employed / seekers, as the overview's")
    exposure_ratio: float | None = Field(description="shown_rate / everyone's; below 0.8 is flagged")
    hire_ratio: float | None = Field(description="hire_rate / everyone's; below 0.8 is flagged")
    employment_ratio: float | None = Field(description="employment_rate / everyone's; below 0.8 is flagged")
    flagged: bool = Field(description="exposure, hiring or employment below four-fifths of everyone's")


class GroupReport(BaseModel):
    items: list[GroupStats]
    period: Period

    model_config = ConfigDict(json_schema_extra={"examples": [examples.GROUP_REPORT]})


class FairStats(BaseModel):
    id: int
    name: str
    kind: str
    status: str = Field(description="upcoming, running or held")
    starts_on: date
    ends_on: date
    district_code: str | None
    employers: int
    jobs: int
    intentions: int
    hires: int


class Target(BaseModel):
    measure: str
    achieved: int
    yearly_target: int
    period_target: int = Field(description="the yearly target pro-rated to the period's days")
    progress: float | None = Field(description="achieved / period_target")


class FairReport(BaseModel):
    items: list[FairStats]
    targets: list[Target]
    period: Period

    model_config = ConfigDict(json_schema_extra={"examples": [examples.FAIR_REPORT]})


class Overview(BaseModel):
    seekers: int
    open_jobs: int = Field(description="open jobs within the circle of any community in scope")
    communities: int
    communities_with_seekers: int
    communities_meeting_standard: int
    standard_share: float | None = Field(description="of communities with seekers")
    matched_seekers: int
    intentions: int
    hires: int
    hires_stable: int
    hires_flexible: int
    employed: int = Field(description="registered seekers in a job on the period's last day")
    employment_rate: float | None = Field(description="employed / seekers")
    zero_employment_households: int
    cleared_households: int
    fairs_held: int
    fair_employers: int
    period: Period

    model_config = ConfigDict(json_schema_extra={"examples": [examples.OVERVIEW]})


class Definition(BaseModel):
    measure: str = Field(description="the field it defines, in the overview and the tables")
    label: str
    text: str

    model_config = ConfigDict(json_schema_extra={"examples": [examples.DEFINITION]})


class JobPoint(BaseModel):
    """Open jobs at one rounded place: counts only, nothing about an employer or a person."""

    lat: float = Field(description="WGS-84, rounded to 0.005° (about 500 m)")
    lon: float
    jobs: int


class JobPoints(BaseModel):
    items: list[JobPoint]
    radius_km: float = Field(description="the circle the standard counts jobs in")

    model_config = ConfigDict(json_schema_extra={"examples": [examples.JOB_POINTS]})


class TrendPoint(BaseModel):
    period: date = Field(description="first day of the day, week (Monday) or month")
    impression: int
    view: int
    apply: int
    intention: int
    hired: int


class Trend(BaseModel):
    interval: Interval
    points: list[TrendPoint]
    period: Period

    model_config = ConfigDict(json_schema_extra={"examples": [examples.TREND]})
