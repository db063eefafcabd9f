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
    ExportFormat,
    FairReport,
    GroupReport,
    Overview,
    StatsQuery,
    Trend,
    TrendQuery,
)
from app.services.stats import reports as stats_service

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
