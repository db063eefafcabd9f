"""Subsidy statements (补贴对账单) as JSON or as an Excel workbook."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from app.api.deps import PrincipalDep, SessionDep, SubsidyRulesDep
from app.api.errors import ERROR_RESPONSES
from app.api.exports import MEDIA
from app.schemas.stats import ExportFormat
from app.schemas.subsidy import Statement, StatementQuery
from app.services.subsidies import statements as statement_service
from app.services.subsidies.workbook import statement_filename, statement_xlsx

router = APIRouter(prefix="/v1/subsidies", tags=["subsidies"], responses=ERROR_RESPONSES)
XLSX_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {MEDIA[ExportFormat.XLSX]: {}}, "description": "明细, 汇总 and 标准 sheets; amounts in 元"}
}


@router.get("/statements", response_model=Statement, summary="补贴对账单")
def get_statement(
    query: Annotated[StatementQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: SubsidyRulesDep
) -> Statement:
    """With `unit`: the unit's 见习补贴, insurance, 带教费 and 吸纳就业补贴; without: the area operator's service
    subsidies for claimable employments. Each line names its rule (setting and rate) and its source row."""
    return statement_service.statement(session, rules, principal, query)


@router.get("/statements.xlsx", response_class=Response, responses=XLSX_RESPONSE, summary="补贴对账单（Excel）")
def get_statement_xlsx(
    query: Annotated[StatementQuery, Query()], principal: PrincipalDep, session: SessionDep, rules: SubsidyRulesDep
) -> Response:
    """The same statement as a workbook: the lines, the totals by item with the grand total, the rates used."""
    statement = statement_service.statement(session, rules, principal, query)
    return Response(
        statement_xlsx(statement),
        media_type=MEDIA[ExportFormat.XLSX],
        headers={"Content-Disposition": f'attachment; filename="{statement_filename(statement)}"'},
    )
