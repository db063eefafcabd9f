"""Statistics for community staff and officials, as JSON or CSV/XLSX downloads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import PrincipalDep, SessionDep, StatsRulesDep
from app.api.errors import ERROR_RESPONSES
from app.api.exports import EXPORT_RESPONSES, tabular
from app.schemas.stats import (
    CommunityPage,
    CommunityStatsQuery,
    Definition,
    ExportFormat,
    FairReport,
    GroupReport,
    JobPoints,
    Overview,
    StatsQuery,
    Trend,
    TrendQuery,
)
from app.services.stats import reports as stats_service
from app.services.stats.job_points import job_points
from app.services.stats.measures import DEFINITIONS

router = APIRouter(prefix="/v1/stats", tags=["statistics"], responses={**ERROR_RESPONSES, **EXPORT_RESPONSES})


@router.get("/overview", summary="总览数据", response_model=Overview, response_model_by_alias=True)
def get_overview(
    query: Annotated[StatsQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: StatsRulesDep
) -> Overview | Response:
    """Headline numbers: seekers, open jobs, communities meeting the full-employment standard, hires, fairs."""
    overview = stats_service.overview(session, rules, principal, query)
    return overview if query.format is ExportFormat.JSON else tabular([overview], "overview", query.format)


@router.get("/communities", summary="各社区统计", response_model=CommunityPage, response_model_by_alias=True)
def get_communities(
    query: Annotated[CommunityStatsQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: StatsRulesDep
) -> CommunityPage | Response:
    """Per community: seekers, jobs within 3 km, matches, intentions, hires and claims, employment rate,
    zero-employment households, and whether the configured full-employment standard is met."""
    page = stats_service.communities(session, rules, principal, query)
    return page if query.format is ExportFormat.JSON else tabular(page.items, "communities", query.format)


@router.get("/groups", summary="重点群体统计", response_model=GroupReport, response_model_by_alias=True)
def get_groups(
    query: Annotated[StatsQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: StatsRulesDep
) -> GroupReport | Response:
    """Exposure and outcomes per priority group against everyone's (flagged below four-fifths)."""
    report = stats_service.group_report(session, rules, principal, query)
    return report if query.format is ExportFormat.JSON else tabular(report.items, "groups", query.format)


@router.get("/fairs", summary="招聘会统计", response_model=FairReport, response_model_by_alias=True)
def get_fairs(
    query: Annotated[StatsQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: StatsRulesDep
) -> FairReport | Response:
    """Fairs in the period with employers, jobs, intentions and hires; totals against the yearly targets."""
    report = stats_service.fair_report(session, rules, principal, query)
    return report if query.format is ExportFormat.JSON else tabular(report.items, "fairs", query.format)


@router.get("/trend", summary="趋势统计", response_model=Trend, response_model_by_alias=True)
def get_trend(query: Annotated[TrendQuery, Query()], principal: PrincipalDep, session: SessionDep) -> Trend | Response:
    """Funnel steps per day, week or month (local time)."""
    trend = stats_service.trend(session, principal, query)
    return trend if query.format is ExportFormat.JSON else tabular(trend.points, "trend", query.format)


@router.get("/job-points", summary="在招岗位分布（按网格计数）", response_model=JobPoints)
def get_job_points(
    query: Annotated[StatsQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: StatsRulesDep
) -> JobPoints | Response:
    """The open jobs counted in the overview (within a community's circle in scope), as counts on a ~500 m grid:
    for the dashboard map's job layer; no posting, employer or person is named."""
    points = job_points(session, rules.standard, principal, query)
    return points if query.format is ExportFormat.JSON else tabular(points.items, "job-points", query.format)


@router.get("/definitions", summary="统计口径说明", response_model=list[Definition])
def get_definitions() -> list[Definition]:
    """What each headline total counts: the one definition behind the overview, the tables and the funnel."""
    return DEFINITIONS
