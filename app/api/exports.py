"""Rows of a statistics response as a CSV or XLSX download."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import Response
from pydantic import BaseModel

from app.schemas.stats import ExportFormat
from app.services.tables import write_csv, write_xlsx

MEDIA = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {MEDIA[ExportFormat.CSV]: {}, MEDIA[ExportFormat.XLSX]: {}},
        "description": "JSON; with `format=csv` or `format=xlsx`, the rows as a download",
    }
}


def tabular(rows: Sequence[BaseModel], name: str, fmt: ExportFormat) -> Response:
    """One row per item, one column per field, as the JSON names them; lists joined with "；"."""
    fields = [f for f in type(rows[0]).model_fields if not isinstance(getattr(rows[0], f), BaseModel)] if rows else []
    table = [[_cell(getattr(row, f)) for f in fields] for row in rows]
    body = write_csv(fields, table) if fmt is ExportFormat.CSV else write_xlsx(fields, table, title=name)
    return Response(
        body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}.{fmt.value}"'}
    )


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)
