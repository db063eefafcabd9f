"""就业见习 placements: interns placed at a unit, the source rows of the unit's subsidy statement."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import PrincipalDep, SessionDep, SubsidyRulesDep
from app.api.errors import ERROR_RESPONSES
from app.schemas.common import Page, PathId
from app.schemas.subsidy import PlacementCreate, PlacementOut, PlacementQuery, PlacementUpdate
from app.services.subsidies import placements as placement_service

router = APIRouter(prefix="/v1/placements", tags=["subsidies"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=PlacementOut, summary="登记就业见习")
def register_placement(
    payload: PlacementCreate, principal: PrincipalDep, session: SessionDep, rules: SubsidyRulesDep
) -> PlacementOut:
    """The seeker must be eligible for 就业见习 on the start day, the pay at least the minimum setting, the term
    at most 12 months; each refusal is a 422 naming the field and the rule."""
    return placement_service.register_placement(session, rules, principal, payload)


@router.get("", response_model=Page[PlacementOut], summary="就业见习列表")
def list_placements(
    query: Annotated[PlacementQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: SubsidyRulesDep
) -> Page[PlacementOut]:
    return placement_service.list_placements(session, rules, principal, query)


@router.get("/{placement_id}", response_model=PlacementOut, summary="查看就业见习")
def get_placement(
    placement_id: PathId, principal: PrincipalDep, session: SessionDep, rules: SubsidyRulesDep
) -> PlacementOut:
    return placement_service.get_placement(session, rules, principal, placement_id)


@router.patch("/{placement_id}", response_model=PlacementOut, summary="变更就业见习（提前结束、签订劳动合同）")
def update_placement(
    placement_id: PathId,
    payload: PlacementUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    rules: SubsidyRulesDep,
) -> PlacementOut:
    """An early end (`ended_on`), or the labour contract the unit signed (`contract_months`, `contract_signed_on`):
    long enough, signed during the placement or soon after
    (absorption_min_contract_months, absorption_within_days), earns 吸纳就业补贴."""
    return placement_service.update_placement(session, rules, principal, placement_id, payload)
