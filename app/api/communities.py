"""The community registry and its employment stations (就业驿站, 零工驿站)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.api.deps import PrincipalDep, SessionDep, VaultDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.community import (
    CommunityOut,
    CommunityQuery,
    StationCreate,
    StationJob,
    StationListQuery,
    StationOut,
    StationQuery,
    StationSeeker,
)
from app.services.matching import stations as station_service
from app.services.places import communities as community_service

router = APIRouter(tags=["communities"], responses=ERROR_RESPONSES)
Code = Annotated[str, Path(pattern=r"^\d{12}$", description="12-digit community code")]


@router.get("/v1/communities", summary="社区（村）列表", response_model=Page[CommunityOut])
def list_communities(query: Annotated[CommunityQuery, Query()], session: SessionDep) -> Page[CommunityOut]:
    """Communities (社区/村) of the shipped gazetteer, by county."""
    return community_service.list_communities(session, query)


@router.get("/v1/communities/{code}", summary="查看社区（村）", response_model=CommunityOut)
def get_community(code: Code, session: SessionDep) -> CommunityOut:
    return community_service.community_out(community_service.load_community(session, code))


@router.post(
    "/v1/stations", summary="登记就业驿站或零工驿站", status_code=status.HTTP_201_CREATED, response_model=StationOut
)
def create_station(payload: StationCreate, principal: PrincipalDep, session: SessionDep) -> StationOut:
    """Register a 就业驿站 or 零工驿站; it belongs to the named community, or the nearest within 3 km."""
    return community_service.create_station(session, principal, payload)


@router.get("/v1/stations", summary="驿站列表", response_model=Page[StationOut])
def list_stations(query: Annotated[StationQuery, Query()], session: SessionDep) -> Page[StationOut]:
    return community_service.list_stations(session, query)


@router.delete(
    "/v1/stations/{station_id}", summary="删除驿站", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
def delete_station(station_id: PathId, principal: PrincipalDep, session: SessionDep) -> Response:
    community_service.delete_station(session, principal, station_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/v1/stations/{station_id}/jobs", response_model=Page[StationJob], summary="驿站周边的零工岗位")
def station_jobs(
    station_id: PathId, query: Annotated[StationListQuery, Query()], session: SessionDep
) -> Page[StationJob]:
    """Open 零工 within the station's reach (its 自助求职机 shows them), nearest first; `soon_first`: those with a
    shift today or tomorrow first."""
    return station_service.station_jobs(session, station_id, query)


@router.get("/v1/stations/{station_id}/jobseekers", response_model=Page[StationSeeker], summary="驿站周边的求职者")
def station_seekers(
    station_id: PathId,
    query: Annotated[StationListQuery, Query()],
    principal: PrincipalDep,
    session: SessionDep,
    vault: VaultDep,
) -> Page[StationSeeker]:
    """Seekers within the station's reach who take 零工, masked; staff of the station's area only."""
    return station_service.station_seekers(session, vault, principal, station_id, query)
